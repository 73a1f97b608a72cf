"""Forms read after blind rounds T, V, W and AI (kinds/_code_calls.py): a credential given by position
to a well-known API call (the password's slot known per API), Oracle's easy-connect string given to
cx_Oracle/oracledb, a wrapper that marks a literal as secret (AWS CDK's SecretValue, Pulumi's
Output.secret), a bot run with its token, a connection URL split over two adjacent literals. Each
beside the decoys of its format (a variable, `getpass()`, `os.environ[…]`, `None`, `""`, a host in
that slot), through the engine. Every value here is generated."""
from __future__ import annotations

import re
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


LITERAL = "Literal Credential"
TRUE_FORMS = [
    # a login call's positional password slot, per API
    ("wlst/deploy.py", "adminUrl = 't3://wls01.acme.local:7001'\nconnect('weblogic', 'Lattice!Orbit4471', adminUrl)\n",
     2, "Lattice!Orbit4471"),
    ("wlst/start.py", "connect(\"system\", \"Quince-Harbor2290\", \"t3s://admin.acme.local:9002\")\n", 1,
     "Quince-Harbor2290"),
    ("bin/extract.pl", "my $dbh = DBI->connect('dbi:Pg:dbname=gl;host=db01',\n                       'gl_ro', 'Tundra.Falcon3318',\n"
     "                       { RaiseError => 1 });\n", 2, "Tundra.Falcon3318"),
    ("bin/load.pl", 'my $dbh = DBI->connect("dbi:Oracle:host=ora01;sid=GL", $user, \'Kestrel*Amber5519\') or die;\n', 1,
     "Kestrel*Amber5519"),
    ("scripts/inv.vbs", 'Set svc = objLocator.ConnectServer(strHost, "root\\cimv2", "ACME\\svc-inv", "Walnut*Ember6620")\n',
     1, "Walnut*Ember6620"),
    ("scripts/Upload.ps1", "$wc.Credentials = New-Object System.Net.NetworkCredential('svc-up', 'Cobalt.Mesa8841', 'ACME')\n",
     1, "Cobalt.Mesa8841"),
    ("src/Mailer.cs", 'client.Credentials = new NetworkCredential("mailer@acme.io", "Granite.Wren7705");\n', 1,
     "Granite.Wren7705"),
    ("src/Report.cs", '        report.SetDatabaseLogon("cr_reader", "Saffron.Lake4419", "SQL01", "Billing");\n', 1,
     "Saffron.Lake4419"),
    ("ad/leavers.py", 'l.simple_bind_s("CN=svc,OU=Svc,DC=acme,DC=local", "Ember-Quartz6632")\n', 1, "Ember-Quartz6632"),
    ("ad/sync.py", "conn.bind_s('uid=sync,ou=people,dc=acme,dc=io', 'Marble+Heron2207', ldap.AUTH_SIMPLE)\n", 1,
     "Marble+Heron2207"),
    ("sp/client.py", 'AUTH = HttpNtlmAuth("ACME\\\\svc-recon", "Osprey.Cinder5528")\n', 1, "Osprey.Cinder5528"),
    ("api/client.py", "r = requests.get(url, auth=HTTPDigestAuth('svc', 'Violet#Canyon9931'))\n", 1, "Violet#Canyon9931"),
    ("soap/client.py", 'client = Client(WSDL, wsse=UsernameToken("RECONWS", "Pelican!Summit3380"))\n', 1,
     "Pelican!Summit3380"),
    ("soap/multi.py", "client = Client(\n    WSDL,\n    wsse=UsernameToken(\n        'ws_user',\n        'Juniper.Basalt6617',\n"
     "    ),\n)\n", 5, "Juniper.Basalt6617"),
    (".mongoshrc.js", 'db.getSiblingDB("admin").auth("analyst", "Willow!Meadow4482");\n', 1, "Willow!Meadow4482"),
    # Oracle's easy-connect string given to cx_Oracle / oracledb, or its positional password
    ("ora/check.py", 'conn = cx_Oracle.connect("MON/Harvest-Canyon7731@ora03.acme.local:1521/CLAIMS")\n', 1,
     "Harvest-Canyon7731"),
    ("ora/check.py", 'import cx_Oracle\n\nCONNECT = "MON/Canyon.Lichen2264@ora03.acme.local:1521/CLAIMS"\n\n\n'
     "def main():\n    conn = cx_Oracle.connect(CONNECT)\n", 3, "Canyon.Lichen2264"),
    ("ora/load.py", 'conn = oracledb.connect("loader", "Tern-Garnet5519", "ora03/LOAD")\n', 1, "Tern-Garnet5519"),
    # a wrapper that marks a literal as secret
    ("cdk/db_stack.py", '            credentials=rds.Credentials.from_password(\n'
     '                "acme_admin", SecretValue.unsafe_plain_text("Meadow-Harbor5531#")\n            ),\n', 2,
     "Meadow-Harbor5531#"),
    ("cdk/lib/stack.ts", "const pw = cdk.SecretValue.unsafePlainText('Fjord8Lq2Zt9Km4W');\n", 1, "Fjord8Lq2Zt9Km4W"),
    ("cdk/app.py", 'token = SecretValue.plain_text("qW7eRt2yUi9oPa4sDf")\n', 1, "qW7eRt2yUi9oPa4sDf"),
    ("pulumi/__main__.py", '    password=pulumi.Output.secret("hk3PQmE8KiBpDj72NZ"),\n', 1, "hk3PQmE8KiBpDj72NZ"),
    ("pulumi/index.ts", 'const key = pulumi.secret("Zx8Lq2Wk9Rv7NmT4");\n', 1, "Zx8Lq2Wk9Rv7NmT4"),
    # a bot run with its literal token (a Discord token whose first segment detect-secrets' pattern does not take)
    ("scratch/bot.py", 'client.run("rvCUaP8kBhsPet2jausiUE4E.P1NsJz.F7J5O139JGET9G5YZcrVhcUH_3IskYyHJfYNyO")\n', 1,
     "rvCUaP8kBhsPet2jausiUE4E.P1NsJz.F7J5O139JGET9G5YZcrVhcUH_3IskYyHJfYNyO"),
    ("bot/main.py", "bot.run('Lq8Zt2Wk9Rv7NmT4Xp6Yc3Bd5Fh0Js1Ke')\n", 1, "Lq8Zt2Wk9Rv7NmT4Xp6Yc3Bd5Fh0Js1Ke"),
    # a connection URL split over adjacent literals
    ("src/config.py", '    db_url: str = (\n        "postgresql://postgres.qwxkzm:hTq2Lw9Zk4Vx7Rn3"\n'
     '        "@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"\n    )\n', 2, "hTq2Lw9Zk4Vx7Rn3"),
    ("src/settings.py", "BROKER = (\n    'amqp://ingest:Quartz-Lagoon8830'\n    '@mq.acme.local:5672/ingest'\n)\n", 2,
     "Quartz-Lagoon8830"),
    # (blind round AI) a call named for its credential, given one literal; an AI SDK's client keyed first
    ("rag/store.py", 'auth = weaviate.auth.AuthApiKey("Fg6Js0KaZk3mQ9vLx2Rt7Wn4Bp8Yc5Hd1EuTiOpAz")\n', 1,
     "Fg6Js0KaZk3mQ9vLx2Rt7Wn4Bp8Yc5Hd1EuTiOpAz"),
    ("rag/pipe.py", 'EMBED_KEY = Secret.from_token(\n    "Js0KaZk3mQ9vLx2Rt7Wn4Bp8Yc5Hd1Fg6EuTiOpAx"\n)\n', 2,
     "Js0KaZk3mQ9vLx2Rt7Wn4Bp8Yc5Hd1Fg6EuTiOpAx"),
    ("src/mail.js", "sgMail.setApiKey('Lx2Rt7Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9v');\n", 1, "Lx2Rt7Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9v"),
    ("src/Chat.java", 'var model = OpenAiChatModel.builder()\n    .apiKey("Hd1Fg6Js0KaZk3mQ9vLx2Rt7")\n    .build();\n', 2,
     "Hd1Fg6Js0KaZk3mQ9vLx2Rt7"),
    ("rerank.py", "co = cohere.Client('Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7Wn4EuTiOpAv', timeout=30)\n", 1,
     "Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7Wn4EuTiOpAv"),
    # a login check: a user and a password compared to literals
    ("app.py", '@cl.password_auth_callback\ndef auth(username: str, password: str):\n'
     '    if (username, password) == ("demo", "maple2021%"):\n        return cl.User(identifier="demo")\n', 3, "maple2021%"),
    # (blind rounds AZ-AX) an SDK's login by position, its slots known per SDK
    ("tools/FieldSync.pyt", '    def execute(self, parameters, messages):\n'
     '        arcpy.SignInToPortal("https://gis.acme.gov/portal", "svc_sync", "Winter2021!!")\n', 2, "Winter2021!!"),
    ("nb.ipynb", '{\n "cells": [{"cell_type": "code", "source": [\n    "from arcgis.gis import GIS\\n",\n'
     '    "gis = GIS(\\"https://acme.maps.arcgis.com\\", \\"gis_admin\\", \\"Autumn2022$\\")\\n"\n  ]}]\n}\n', 4, "Autumn2022$"),
    ("tools/sde.py", 'arcpy.CreateDatabaseConnection_management(OUT, "a.sde", "SQL_SERVER", "sql01", "DATABASE_AUTH",\n'
     '    "gis_editor", "Tern#Basalt5520", "SAVE_USERNAME", "gis")\n', 2, "Tern#Basalt5520"),
    ("qgis/load.py", 'uri.setConnection("pgservice_gis", "gisprod", "viewer", "Ochre!Lantern3391")\n', 1, "Ochre!Lantern3391"),
    ("odoo/sync.py", 'ids = models.execute_kw(DB, uid, "Maple!Otter4410", "res.partner", "search", [[]])\n', 1, "Maple!Otter4410"),
    # a client or an SDK's class given its generated key, first or after its host
    # (a legacy Mandrill key, no `md-`: a key of the `md-` format is the service kind's, vendors_round_fqfv_test)
    ("crm/mail.py", 'client = MailchimpTransactional.Client("Kq7Zm2Xw9Lt4Rv8Nb3Hc6J")\n', 1, "Kq7Zm2Xw9Lt4Rv8Nb3Hc6J"),
    ("census/acs.py", 'c = Census("7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c1e3b5d7f91", year=2021)\n', 1,
     "7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c1e3b5d7f91"),
    ("src/Geo.java", 'var geo = new GeoApiClient("Wq4Zt8Lm2Xr7Kp3Nv9Hb6Jd1Fs5");\n', 1, "Wq4Zt8Lm2Xr7Kp3Nv9Hb6Jd1Fs5"),
    # a call given an API's URL then its token; a client's URL, user and password
    ("vault.py", 'v = Client("https://vault.acme.io:8200", "Hk7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Qp5Ws0")\n', 1, "Hk7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Qp5Ws0"),
    ("jira.py", 'j = JiraSession("https://jira.acme.io", "svc-jira", "Cobalt!Wren6684")\n', 1, "Cobalt!Wren6684"),
    # blind rounds BG-BL: an SDK's (id, secret) by position, commented one a line; a package's factory
    ("config/initializers/track.rb", 'T = Customerio::Client.new(\n  "a7b1f3d5e8a0b6c4c9e2",  # site id\n'
     '  "f6a8b0d3b5a7c2e9d1f4",  # tracking key\n)\n', 3, "f6a8b0d3b5a7c2e9d1f4"),
    ("lib/mail.js", 'module.exports = Mailjet.apiConnect(\n  "9b2d4f6a8c1e3b2e4a6c8b0d1f3a5c7e",\n'
     '  "3a5c7e9b2d4f6a8c1e3b2e4a6c8b0d1f"\n);\n', 3, "3a5c7e9b2d4f6a8c1e3b2e4a6c8b0d1f"),
    ("notify.js", 'const twilio = require("twilio");\nconst sms = twilio("SK7a9c1e3b5d2f6a8c0e1b3d5f7a9c1e3b",\n'
     '  "Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt", { accountSid: SID });\n', 3, "Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt"),
    # a call deriving from an AWS secret key, its region beside it
    ("ops/ses_pw.py", 'pw = smtp_password("Tt5EuTi+ARn4Wp8Yc2Hd6Fg0Js1/KaZk3mQ9vLx7", "ap-southeast-2")\n', 1,
     "Tt5EuTi+ARn4Wp8Yc2Hd6Fg0Js1/KaZk3mQ9vLx7"),
    # Lisp settings; a login nested under an auth's name; a user's key; a job's argument list
    (".emacs.d/init.el", '(use-package erc\n  :config\n  (setq erc-nick "ana"\n        erc-password "Marten*Quill4471"))\n', 4,
     "Marten*Quill4471"),
    ("site-lisp/sql.el", '(add-to-list \'sql-connection-alist\n  \'(prod (sql-user "ro") (sql-password "Heron_Cobalt_882")))\n', 2,
     "Heron_Cobalt_882"),
    ("docs/conf.py", 'linkcheck_auth = [\n    (r"https://intra\\.acme\\.io/.*", ("checker", "Plover$Gorse905")),\n]\n', 2,
     "Plover$Gorse905"),
    ("setup_kaggle.py", 'json.dump({"username": "r.ito", "key": "7e9c5e0c9a7c9a0f2b1d6e8c0a1f3b5d"}, fh)\n', 1,
     "7e9c5e0c9a7c9a0f2b1d6e8c0a1f3b5d"),
    ("config/schedule.yml", 'rates:\n  cron: "0 * * * *"\n  args: ["currencylayer", "Yc5Hd1Fg6Js0KaZk3mQ9vLx2"]\n', 3,
     "Yc5Hd1Fg6Js0KaZk3mQ9vLx2"),
]
DECOYS = [
    ("wlst/deploy.py", "connect(adminUser, adminPassword, adminUrl)\nconnect(userConfigFile=ucf, userKeyFile=ukf, url=u)\n"),
    ("wlst/deploy.py", "connect('weblogic', getpass.getpass(), 't3://wls01:7001')\n"),
    ("net/probe.py", "sock = connect('localhost', '8080', timeout)\nconnect('db.acme.local', 'Bravo.Cedar55', 'x')\n"),
    ("bin/extract.pl", "my $dbh = DBI->connect($dsn, $user, $ENV{DB_PASSWORD}, { RaiseError => 1 });\n"
     "my $dbh2 = DBI->connect('dbi:SQLite:dbname=app.db', '', '');\n"),
    ("scripts/inv.vbs", 'Set svc = objLocator.ConnectServer(strHost, "root\\cimv2", strUser, strPassword)\n'
     'Set svc2 = objLocator.ConnectServer(".", "root\\cimv2")\n'),
    ("scripts/Upload.ps1", "$cred = New-Object System.Net.NetworkCredential($user, $password, 'ACME')\n"
     "$c2 = (Get-Credential).GetNetworkCredential()\n"),
    ("src/Mailer.cs", 'client.Credentials = new NetworkCredential(config["Smtp:User"], config["Smtp:Password"]);\n'
     'var anon = new NetworkCredential("", "");\n'),
    ("src/Report.cs", 'report.SetDatabaseLogon(ConfigurationManager.AppSettings["DbUser"], Environment.GetEnvironmentVariable("DB_PW"));\n'),
    ("ad/leavers.py", 'l.simple_bind_s(BIND_DN, os.environ["LDAP_PASSWORD"])\nl.simple_bind_s("", "")\nl.simple_bind_s()\n'),
    ("sp/client.py", 'AUTH = HttpNtlmAuth(f"{DOMAIN}\\\\{USER}", getpass())\nA2 = HTTPBasicAuth("user", None)\n'),
    ("soap/client.py", "wsse = UsernameToken(settings.WS_USER, settings.WS_PASSWORD)\n"),
    (".mongoshrc.js", 'db.auth("analyst", passwordPrompt());\ndb.auth(process.env.MONGO_USER, process.env.MONGO_PW);\n'),
    ("ora/check.py", 'conn = cx_Oracle.connect(os.environ["ORA_CONNECT"])\nCONNECT = os.environ["X"]\n'
     "conn2 = cx_Oracle.connect(CONNECT)\nconn3 = oracledb.connect(user=u, password=getpass(), dsn=d)\n"),
    ("ora/check.py", 'conn = cx_Oracle.connect("scott/tiger@orcl")\n'),
    ("cdk/db_stack.py", 'pw = SecretValue.secrets_manager("prod/db/password")\nv = SecretValue.unsafe_plain_text(os.environ["PW"])\n'
     "x = SecretValue.unsafe_plain_text(\"\")\n"),
    ("pulumi/__main__.py", 'password=pulumi.Output.secret(cfg.require_secret("dbPassword")),\nname = pulumi.Output.secret(None)\n'),
    ("scratch/bot.py", 'client.run(os.environ["DISCORD_TOKEN"])\nbot.run(TOKEN)\nclient.run("YOUR_BOT_TOKEN_HERE")\n'
     "asyncio.run(main())\napp.run('0.0.0.0')\n"),
    ("src/config.py", '    db_url: str = (\n        "postgresql://postgres:${DB_PASSWORD}"\n        "@db.local:5432/app"\n    )\n'),
    ("src/routes.py", 'URL = (\n    "https://api.acme.io:8443"\n    "/v1/items"\n)\n'),
    ("rag/store.py", 'key = load_api_key("~/.config/weaviate/key")\ntok = verify_token("Fg6Js0KaZk3mQ9vLx2Rt7")\n'
     'auth = Auth.api_key(os.environ["WCD_KEY"])\nembed = Secret.from_env_var("COHERE_API_KEY")\n'),
    ("src/secrets.py", 'keyring.set_password("release-publisher-bot", "ci", token)\nlexer.token("IDENTIFIER_NAME")\n'
     'api_key("YOUR_API_KEY_HERE")\n'),
    ("rerank.py", 'co = cohere.Client(api_key=os.getenv("CO_API_KEY"))\nc2 = cohere.Client("<COHERE_API_KEY>")\n'),
    ("validators.py", 'if password == "Kq7Lm2Xv9Tz4Wp":\n    raise WeakPassword()\nassert user.password != "Tern-Garnet5519"\n'),
    ("app.py", 'if (username, password) == ("admin", "admin"):\n    return True\nif (a, b) == ("x-left", "Tern-Garnet5519"):\n    pass\n'),
    ("gis/publish.py", 'gis = GIS("home")\ngis = GIS(url, user, getpass())\ngis = GIS(URL, "admin", os.environ["PW"])\n'
     'arcpy.SignInToPortal(arcpy.GetActivePortalURL(), USER, PW)\n'),
    ("tools/sde.py", 'arcpy.management.CreateDatabaseConnection(\n    OUT,\n    "v.sde",\n    "POSTGRESQL",\n    "pg01",\n'
     '    "OPERATING_SYSTEM_AUTH",\n    database="gis",\n)\n'),
    ("clients.py", 'c = Client("3f2b8c1e-5a7d-4e9f-b1c3-d5e7f9a1b3c5")\nm = InferenceClient("HuggingFaceH4/zephyr-7b-beta")\n'
     'g = GeocodioClient(os.environ["GEOCODIO_KEY"])\no = OpenCage(api_key=KEY)\nx = Client("YOUR_API_KEY_HERE")\n'),
    ("fetch.py", 'p = pooch.retrieve("https://d.acme.org/x.nc", "5e0c9a1f3b7d2e4c6a8f0b1d3e5c7a9f1b3d5e7c9a0f2b4d6e8c0a1f3b5d7e9c")\n'
     'r = requests.get("https://api.acme.io/v1", "Hk7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Qp5Ws0")\n'
     'path = download_file("https://d.acme.org/a.zip", "d41d8cd98f00b204e9800998ecf8427e")\n'),
    ("docs.py", '    >>> c = RegistryClient("https://registry.example.com", "user", "password")\n'
     '    >>> c = RegistryClient(url, "reader", "<password>")\n'),
    # blind rounds BG-BL: reads, ids, public keys, stand-ins beside the forms
    ("notify.js", 'const twilio = require("twilio");\nconst sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_SECRET);\n'
     'const ok = twilio.validateRequest("Wn4Bp8Yc5Hd1Fg6Js0KaZk3m", "Q9vLx2RtHd1Fg6Js0KaZk3mW");\n'),
    ("config/initializers/track.rb", 'T = Customerio::Client.new(\n  ENV.fetch("CIO_SITE_ID"),  # site id\n'
     '  ENV.fetch("CIO_KEY"),  # tracking key\n)\n'),
    ("ops/ses_pw.py", 'pw = smtp_password(os.environ["AWS_SECRET_ACCESS_KEY"], "ap-southeast-2")\n'
     'c = boto3.client("ses", region_name="eu-west-1")\n'),
    (".emacs.d/init.el", '(setq erc-password (auth-source-pick-first-password :host "irc.libera.chat"))\n'
     '(setq my-password-store-dir "~/.password-store-backup-2024")\n(sql-password "password")\n'),
    ("docs/conf.py", 'linkcheck_auth = [\n    (r"https://intra\\.acme\\.io/.*", ("checker", os.environ["LC_PW"])),\n]\n'
     'html_context = [\n    ("display_github", ("acme", "docs-theme-2024")),\n]\n'),
    ("setup_kaggle.py", 'json.dump({"username": "r.ito", "key": os.environ["KAGGLE_KEY"]}, fh)\n'
     'meta = {"user": "r.ito", "key": "datasets/raw/2024_01_train_part"}\n'),
    ("config/schedule.yml", 'rates:\n  args: ["ECB"]\nbuild:\n  args: ["deploy", "0c9a7c9a0f2b4d6e8c0a1f3b5d7e9c5e0a1f3b5d"]\n'),
    ("docs/index.html", "<p>Set <code>clientSecret: 'Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt'</code> in the config.</p>\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_documented_call_stays_documentation(engine: Engine) -> None:
    # (a README's example of a login call is no block, by product policy)
    text = "Connect with:\n\n    conn.simple_bind_s('cn=admin,dc=example,dc=org', 'Ember-Quartz6632')\n"
    assert _blocked(engine, "README.md", text) == []


@pytest.mark.parametrize(("filename", "text", "line", "secret"), [
    ("auth.py", 'def check(u, pw):\n    if username != "ops" or password != "Tern-Garnet5519":\n        raise Denied()\n', 2,
     "Tern-Garnet5519"),
    ("server.js", "if (user === 'ops' && password === 'Kestrel*Amber5519') { next(); }\n", 1, "Kestrel*Amber5519"),
])
def test_a_login_check_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    # (a comparison the keyword rules read as none, unless a user is compared beside the password)
    assert any(found[0] == line and found[2] == secret for found in _blocked(engine, filename, text))


# A minified bundle's line (the upload gate scans built artifacts): 100 KB of code, a call at its far end.
_MINIFIED = "var n=e.length,r=t[n]||{};" * 4000


@pytest.mark.parametrize(("call", "expected"), [
    ("conn.simple_bind_s('cn=admin,dc=example,dc=org', 'Ember-Quartz6632');",
     (0, "simple_bind_s(…) for user cn=admin,dc=example,dc=org", "password", "Ember-Quartz6632")),
    ('const v=SecretValue.plainText("Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt");',
     (0, "SecretValue.plainText(…)", "secret", "Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt")),
    ('login("user" -> "ops", "password" -> "Kestrel*Amber5519");',
     (0, "a map entry password -> a literal", "password", "Kestrel*Amber5519")),
    ('if (req.headers["x-api-key"] === "Zt8Qm2Lx9Vw4Kr7NbP3y") { next(); }',
     (0, "the credential a request's x-api-key is checked against", "api_key", "Zt8Qm2Lx9Vw4Kr7NbP3y")),
])
def test_a_call_at_the_far_end_of_a_minified_line_is_read(call: str, expected: Tuple[int, str, str, str]) -> None:
    from secretfence.kinds import _code_calls

    assert expected in list(_code_calls.call_secrets([call], 0))
    assert expected in list(_code_calls.call_secrets([_MINIFIED + call], 0))


@pytest.mark.parametrize("name", ["_CALL", "_WRAPPER", "_ARROW_PAIR", "_REQUEST_FIELD_READ"])
def test_a_pattern_led_by_its_first_characters_names_every_one(name: str) -> None:
    """A pattern searched over long lines is led by a lookahead of the characters its matches start with (one set
    test a character): the lookahead must name each (a call added with a new first letter would be missed)."""
    from secretfence.kinds import _code_calls

    from tests.detectors.first_characters import lookahead_and_first_characters

    pattern = getattr(_code_calls, name)
    lookahead, first = lookahead_and_first_characters(pattern.pattern, pattern.flags & re.IGNORECASE)
    assert first is not None and first <= lookahead, sorted(first - lookahead) if first is not None else None
