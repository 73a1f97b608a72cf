"""Forms read after blind rounds V and W (kinds/_config_forms.py): cloud IaC parameters given a
literal (SAM's parameter overrides, CloudFormation's NoEcho parameter with a Default, an ARM
template's securestring defaultValue, Bicep's @secure() param default, an ARM parameters file's or
app.json's `{"value": "…"}`, a DigitalOcean app spec's `type: SECRET` env item) and dotfiles' keys
(OCI's pass_phrase, OfflineIMAP's remotepass, himalaya's auth.raw, Leiningen's :password, NuGet's
ClearTextPassword and apikeys, rclone's bare key, fetchmail's poll password, HexChat's servlist
P=/B=), and Notion's legacy `secret_` token. Each beside the decoys of its format, through the
engine; and .netrc's anonymous-FTP convention and macdef text (kinds/index_credential.py). Every
value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


TRUE_FORMS = [
    # SAM's parameter overrides: TOML's escaped string, the CLI's option, CloudFormation's key/value pairs
    ("services/api/samconfig.toml", '[prod.deploy.parameters]\nstack_name = "api-prod"\n'
     'parameter_overrides = "Env=\\"prod\\" RedisAuthToken=\\"Qv8Lk2Zt9Xw4Rm7N\\" Alarm=\\"ops@acme.io\\""\n',
     3, "Qv8Lk2Zt9Xw4Rm7N"),
    ("deploy.sh", "sam deploy --stack-name api --parameter-overrides Env=prod DbPassword=Cobalt-Heron6619 --no-confirm-changeset\n",
     1, "Cobalt-Heron6619"),
    ("deploy.sh", "aws cloudformation create-stack --stack-name db --parameters ParameterKey=Env,ParameterValue=prod "
     "ParameterKey=MasterUserPassword,ParameterValue=Tamarind_Owl4172\n", 1, "Tamarind_Owl4172"),
    # CloudFormation's NoEcho parameter with a literal Default (YAML, JSON; Default before NoEcho)
    ("cfn/db.yaml", "Parameters:\n  AdminSecret:\n    Type: String\n    NoEcho: true\n    Default: Wq7Zt2Lm9Kx4Vr\n"
     "Resources: {}\n", 5, "Wq7Zt2Lm9Kx4Vr"),
    ("cfn/db.json", '{\n  "Parameters": {\n    "DbPassword": {\n      "Type": "String",\n      "Default": "Orchid.Lantern5520",\n'
     '      "NoEcho": "true"\n    }\n  }\n}\n', 5, "Orchid.Lantern5520"),
    # an ARM template's securestring parameter with a defaultValue
    ("azure/main.json", '{\n  "parameters": {\n    "sqlAdminPassword": {\n      "type": "securestring",\n'
     '      "defaultValue": "Basalt#Finch3381"\n    }\n  }\n}\n', 5, "Basalt#Finch3381"),
    # Bicep's @secure() param with a default, another decorator between
    ("azure/sql.bicep", "@secure()\n@minLength(12)\nparam sqlAdminPassword string = 'Marigold_Stoat2207'\n", 3,
     "Marigold_Stoat2207"),
    # ARM parameters file and app.json env: one line, and below an opening line
    ("azure/prod.parameters.json", '{\n  "parameters": {\n    "vmAdminPassword": {"value": "Zx4Lm8Qt2Vw7Kr"}\n  }\n}\n',
     3, "Zx4Lm8Qt2Vw7Kr"),
    ("azure/prod.parameters.json", '{\n  "parameters": {\n    "storageAccountKey": {\n      "value": "Hk3Wq9Zt2Lm7Vx5Rp8Nb"\n'
     '    }\n  }\n}\n', 4, "Hk3Wq9Zt2Lm7Vx5Rp8Nb"),
    ("app.json", '{\n  "env": {\n    "WEBHOOK_SIGNING_SECRET": {\n      "description": "shared with the sender",\n'
     '      "required": true,\n      "value": "Lt6Qz2Wk9Xm4Vr8Np3Hb"\n    }\n  }\n}\n', 6, "Lt6Qz2Wk9Xm4Vr8Np3Hb"),
    # DigitalOcean's app spec: a SECRET env item's plaintext value, quoted or bare, type after value
    (".do/app.yaml", "services:\n  - name: web\n    envs:\n      - key: STRIPE_WEBHOOK_SECRET\n        type: SECRET\n"
     "        value: Pz7Lq2Wx9Kt4Vm8R\n        scope: RUN_TIME\n", 6, "Pz7Lq2Wx9Kt4Vm8R"),
    (".do/app.yaml", "envs:\n- key: DB_PASSWORD\n  value: \"Juniper-Sable4490\"\n  type: SECRET\n- key: HOST\n  value: db\n",
     3, "Juniper-Sable4490"),
    # dotfiles' keys
    ("home/.oci/config", "[DEFAULT]\nregion=eu-frankfurt-1\nkey_file=~/.oci/key.pem\npass_phrase=Walnut.Comet3318\n",
     4, "Walnut.Comet3318"),
    ("home/.offlineimaprc", "[Repository Remote]\ntype = IMAP\nremoteuser = ops\nremotepass = Kestrel-Dune8871\n",
     4, "Kestrel-Dune8871"),
    ("home/.config/himalaya/config.toml", '[accounts.work]\nbackend.type = "imap"\nbackend.passwd.raw = "Vq9Lk2Zt7Xw4Rm8N"\n',
     3, "Vq9Lk2Zt7Xw4Rm8N"),
    ("home/.config/himalaya/config.toml", '[accounts.work]\nmessage.send.backend.auth.raw = "ptkrwzcmvhqjxdla"\n',
     2, "ptkrwzcmvhqjxdla"),
    ("home/.lein/profiles.clj", '{:auth {:repository-auth {#"nexus" {:username "ci"\n'
     '                                  :password "Saffron-Ibis2264"}}}}\n', 2, "Saffron-Ibis2264"),
    ("deps.edn", '{:mvn/repos {"acme" {:url "https://mvn.acme.io" :username "ci" :password "Lm7Qx2Zt9Kw4Vr"}}}\n',
     1, "Lm7Qx2Zt9Kw4Vr"),
    ("NuGet.Config", '<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="ci" />\n'
     '      <add key="ClearTextPassword" value="Heron_Quartz5538" />\n    </acme>\n  </packageSourceCredentials>\n'
     '</configuration>\n', 5, "Heron_Quartz5538"),
    ("NuGet.Config", '<configuration>\n  <apikeys>\n    <add key="https://nuget.acme.io/v3/index.json" '
     'value="k7q2zt9xw4rm8np3hb6jd1fg5as0lc" />\n  </apikeys>\n</configuration>\n', 3, "k7q2zt9xw4rm8np3hb6jd1fg5as0lc"),
    ("home/.config/rclone/rclone.conf", "[azure]\ntype = azureblob\naccount = acmebak\nkey = Qm8Zt2Lx9Vw4Kr7Np3Yb6Hc1Jd\n",
     4, "Qm8Zt2Lx9Vw4Kr7Np3Yb6Hc1Jd"),
    ("home/.fetchmailrc", "poll imap.acme.io protocol imap\n  user 'ops' password 'Tundra.Vole5127' is ops here\n",
     2, "Tundra.Vole5127"),
    ("home/.fetchmailrc", "poll pop.acme.io proto pop3 user ops pass Osprey_Flint8803 ssl\n", 1, "Osprey_Flint8803"),
    ("home/.config/hexchat/servlist.conf", "N=OFTC\nI=ops\nB=Cinder-Magpie4471\nS=irc.oftc.net/6697\n", 3,
     "Cinder-Magpie4471"),
    # Notion's legacy integration token (its `secret_` head is no made-up word here)
    (".streamlit/secrets.toml", '[notion]\napi_token = "secret_Zq8Lk2Vw9Xr4Tm7Bn1Pd5Hc3Jf6Gy0As8Kq2Wx4Lm7V"\n',
     2, "secret_Zq8Lk2Vw9Xr4Tm7Bn1Pd5Hc3Jf6Gy0As8Kq2Wx4Lm7V"),
    # files that are credential lists by their role (round 7): rsync, davfs2, Jetty's realm, Artemis, JAAS, autorestic
    ("roles/rsync/files/rsyncd.secrets", "# rsync daemon users\nmirror:Sorrel&Beacon3194\n", 2, "Sorrel&Beacon3194"),
    ("roles/dav/files/davfs2-secrets", '# url user password\n/mnt/dav  "svc user"  "Pq7Lz2Wx9Kt4Vm8R"\n', 2, "Pq7Lz2Wx9Kt4Vm8R"),
    ("activemq/conf/jetty-realm.properties", "admin: Lichen!Marten2281, admin\nuser: Tundra.Vole6617, user\n", 2, "Tundra.Vole6617"),
    ("artemis/etc/artemis-users.properties", "ops=Cinder#Wren5530\n", 1, "Cinder#Wren5530"),
    ("kafka/kafka_server_jaas.conf", 'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n'
     '  username="broker"\n  user_orders="Wk4Zq8Lt2Xm7Vr3N";\n};\n', 4, "Wk4Zq8Lt2Xm7Vr3N"),
    ("server.properties", "listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
     'required user_billing="Hx3Pv8Lq2Zt7Wm9K";\n', 1, "Hx3Pv8Lq2Zt7Wm9K"),
    (".autorestic.yaml", "backends:\n  b2:\n    type: b2\n    path: bucket:/host\n    key: 'Ny5Kq2Zw8Lt3Xm7Vr4Pb9Hc6Jd1Fs0Ag'\n",
     5, "Ny5Kq2Zw8Lt3Xm7Vr4Pb9Hc6Jd1Fs0Ag"),
    # settings the keyword rules read as other words: a plural password list, an Erlang cookie, Kibana's keys, Hugo's algolia key
    ("docker-compose.yml", "services:\n  kafka:\n    environment:\n      - KAFKA_CLIENT_USERS=inventory\n"
     "      - KAFKA_CLIENT_PASSWORDS=Basalt*Grebe4419\n", 5, "Basalt*Grebe4419"),
    (".env", "RABBITMQ_ERLANG_COOKIE=PZKDLRMXQWTNVHYBGCFS\n", 1, "PZKDLRMXQWTNVHYBGCFS"),
    ("deploy/kibana.yml", 'xpack.encryptedSavedObjects.encryptionKey: "Mz8Kq3Wt7Lx2Vp9Rn4Hb6Jc5Ds1Fg0Ay"\n', 1,
     "Mz8Kq3Wt7Lx2Vp9Rn4Hb6Jc5Ds1Fg0Ay"),
    ("config.yaml", "algolia:\n  index: docs\n  appID: ZK4LM8QT2W\n  key: 7c1e9a3f5b2d4e6a8c0f1b3d5e7a9c2f\n", 4,
     "7c1e9a3f5b2d4e6a8c0f1b3d5e7a9c2f"),
    # values the judgement read as made up or as prose: a made-up word spelled by chance inside a generated value,
    # a word-year-symbols password, a generated key whose alphabet holds the space (WordPress's generator)
    ("console/config.yaml", "kafka:\n  sasl:\n    username: console\n    password: Rt7qBazXWk2mNpLsVe4Hd9Gy\n", 4, "Rt7qBazXWk2mNpLsVe4Hd9Gy"),
    ("grid/docker-compose.yml", "services:\n  hub:\n    environment:\n      - SE_ROUTER_PASSWORD=Testing2019!#\n", 4, "Testing2019!#"),
    ("wp-content/mu-plugins/jwt.php", "<?php\ndefine( 'JWT_AUTH_SECRET_KEY', 'Lp]:k=(*=~-73q>_W$TGm x*D$R~vb46;,H8ZPU~S2hY(ymc`sJ]>g]KXM5QVnkP' );\n",
     2, "Lp]:k=(*=~-73q>_W$TGm x*D$R~vb46;,H8ZPU~S2hY(ymc`sJ]>g]KXM5QVnkP"),
]
DECOYS = [
    ("samconfig.toml", '[default.deploy.parameters]\nparameter_overrides = "Env=\\"dev\\" DbSecretArn=\\"arn:aws:secretsmanager:'
     'us-east-1:123456789012:secret:db-AbC123\\" DbPassword=\\"${DB_PASSWORD}\\""\n'),
    ("cfn/db.yaml", "Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n"
     "  DbUser:\n    Type: String\n    Default: app_admin\n"),
    ("cfn/db.yaml", "Parameters:\n  DbPassword:\n    Type: AWS::SSM::Parameter::Value<String>\n    NoEcho: true\n"
     "    Default: /acme/prod/db-password\n"),
    ("azure/main.json", '{\n  "parameters": {\n    "sqlAdminPassword": {\n      "type": "securestring",\n'
     '      "metadata": {"description": "The admin password"}\n    }\n  }\n}\n'),
    ("azure/sql.bicep", "@secure()\nparam sqlAdminPassword string\n@secure()\nparam seed string = newGuid()\n"),
    ("azure/stg.parameters.json", '{\n  "parameters": {\n    "vmAdminPassword": {\n      "reference": {\n'
     '        "keyVault": {"id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"},\n'
     '        "secretName": "vm-admin-password"\n      }\n    },\n    "location": {"value": "westeurope"}\n  }\n}\n'),
    ("app.json", '{\n  "env": {\n    "SECRET_KEY": {\n      "description": "signs sessions",\n      "generator": "secret"\n'
     '    },\n    "WEB_CONCURRENCY": {"value": "2"}\n  }\n}\n'),
    (".do/app.yaml", "envs:\n  - key: API_SECRET\n    scope: RUN_TIME\n    type: SECRET\n    value: EV[1:Zq8Lk2Vw9Xr4Tm7Bn1Pd:Hc3Jf6Gy0As8Kq2Wx4Lm7Vz9Rt5]\n"
     "  - key: DATABASE_URL\n    type: SECRET\n    value: ${db.DATABASE_URL}\n  - key: REGION\n    value: fra1\n"),
    ("home/.oci/config", "[DEFAULT]\nkey_file=~/.oci/key.pem\nfingerprint=20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34\n"),
    ("home/.offlineimaprc", "[Repository Remote]\nremotepasseval = get_pass('work')\nremotepassfile = ~/.imap-pass\n"),
    ("home/.config/himalaya/config.toml", '[accounts.work]\nbackend.auth.cmd = "pass show mail/work"\n'
     'backend.auth.type = "password"\n'),
    ("home/.lein/profiles.clj", '{:auth {:repository-auth {#"nexus" {:username :env/nexus_user :password :env/nexus_pass}}}}\n'),
    ("NuGet.Config", '<configuration>\n  <packageSources>\n    <add key="acme" value="https://nuget.acme.io/v3/index.json" />\n'
     '  </packageSources>\n  <packageSourceCredentials>\n    <acme>\n      <add key="ClearTextPassword" value="%ACME_FEED_PAT%" />\n'
     '    </acme>\n  </packageSourceCredentials>\n</configuration>\n'),
    ("home/.config/rclone/rclone.conf", "[s3]\ntype = s3\nenv_auth = true\nsecret_access_key =\n[sftp]\ntype = sftp\nkey_file = ~/.ssh/id\n"),
    ("home/.fetchmailrc", "poll imap.acme.io protocol imap\n  user 'ops' passwordeval 'pass show mail/ops' is ops here\n"),
    ("home/.config/hexchat/servlist.conf", "N=OFTC\nI=ops\nP=\nS=irc.oftc.net/6697\nJ=#ops\n"),
    # .netrc: anonymous FTP's conventional passwords (an address, `guest`), and a macdef macro's text
    ("home/.netrc", "machine ftp.gnu.org\n  login anonymous\n  password ops@acme-mail.net\nmachine ftp.kernel.org\n"
     "  login ftp\n  password guest\ndefault login anonymous password user@host\n"),
    ("roles/rsync/templates/rsyncd.secrets", "# user:password\nmirror:{{ rsync_mirror_password }}\n"),
    ("etc/realm.properties", "admin: MD5:164c88b302622e17050af52c89945d44, admin\nguest: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, user\n"),
    ("kafka_server_jaas.conf", 'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n'
     '  user_alice="alice-secret";\n};\n'),
    ("values.yaml", "auth:\n  erlangCookie: \"\"\n  existingErlangSecret: rabbitmq-cookie\n"),
    ("kibana.yml", "xpack.security.encryptionKey: ${KIBANA_SECURITY_KEY}\n"),
    ("config.yaml", "algolia:\n  index: docs\n  key: ALGOLIA_ADMIN_KEY_FROM_THE_ENVIRONMENT\n"),
    ("config.yaml", "service:\n  password: Testing2019\n  token: foo-bar-baz-qux-fixture-0001\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    # (the literal kind is a fallback: where the keyword plugin or a database reader reports the
    # same value, that finding stands instead)
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_netrc_entry_after_an_anonymous_one_still_blocks(engine: Engine) -> None:
    text = "machine ftp.gnu.org login anonymous password guest\nmachine pkgs.acme.io\n  login ci\n  password Kq7vLm2Xp9Tz\n"
    assert [(line, secret) for line, _, secret in _blocked(engine, "home/.netrc", text)] == [(4, "Kq7vLm2Xp9Tz")]


def test_an_iac_parameter_in_markdown_stays_documentation(engine: Engine) -> None:
    text = "```yaml\nParameters:\n  DbPassword:\n    NoEcho: true\n    Default: Wq7Zt2Lm9Kx4Vr\n```\n"
    assert _blocked(engine, "docs/deploy.md", text) == []
