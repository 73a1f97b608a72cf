"""Forms read after blind rounds DI-DN (kinds/_code_calls.py): a JAX-RPC stub's login set under its constant (Apache Axis
1's `stub._setProperty(Stub.PASSWORD_PROPERTY, "…")`, a package-qualified constant), Decipher's Beacon `api.login(key,
host)`, LimeSurvey's RemoteControl `get_session_key(user, password)` (by its literal name in a hand-built request, or
called on its client), a Stata command's `password(…)` option (`sctoapi`, `odbc`), dash-auth's mapping of users'
passwords (`VALID_USERNAME_PASSWORD_PAIRS`, a mapping given to `BasicAuth`). Each beside the decoys of its format,
through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_PASSWORD = drawn_mixed(17250, 14)
_PASSWORD_2 = drawn_mixed(17251, 18)
# (Decipher's Beacon API key: lower-case letters and digits, two parts of 32)
_BEACON_KEY = drawn(17252, 64, "abcdefghijklmnopqrstuvwxyz0123456789")
# (a chosen password's shape: letters, digits and a symbol, as the sets' authors write them)
_CHOSEN = drawn_mixed(17253, 10) + "@"
_CHOSEN_2 = drawn_mixed(17254, 12) + "*"


TRUE_FORMS = [
    # Apache Axis 1's generated stub: its HTTP login set by `_setProperty` under javax.xml.rpc.Stub's constants
    ("n4/groovy/RefreshJob.groovy", "class RefreshJob {\n    String execute(Map params) {\n        Stub stub = (Stub) port\n"
     '        stub._setProperty(Stub.USERNAME_PROPERTY, "wsintegration")\n'
     f'        stub._setProperty(Stub.PASSWORD_PROPERTY, "{_PASSWORD}")\n    }}\n}}\n', 5, _PASSWORD, LITERAL),
    ("src/main/java/a/Port.java", "class Port {\n  void open(ArgoServicePort port) {\n"
     f'    ((org.apache.axis.client.Stub) port)._setProperty(javax.xml.rpc.Stub.PASSWORD_PROPERTY, "{_PASSWORD}");\n  }}\n}}\n',
     3, _PASSWORD, LITERAL),
    # Decipher's Beacon API package: `api.login(key, host)`, the key first
    ("tools/beacon_pull.py", "from decipher.beacon import api\n\nSERVER = \"https://survey.example-research.co.uk\"\n"
     f'api.login("{_BEACON_KEY}", SERVER)\nrows = api.get("surveys/selfserve/53b/data", format="json")\n', 4, _BEACON_KEY, LITERAL),
    ("tools/pull.py", f'from decipher import beacon\nb = beacon.BeaconAPI()\nb.login("{_BEACON_KEY}", "selfserve.decipherinc.com")\n',
     3, _BEACON_KEY, LITERAL),
    # LimeSurvey's RemoteControl: the method's literal name, then its user and password (a call's arguments, a list)
    ("lime/export.py", '"""Export responses from LimeSurvey."""\nimport requests\n\n\ndef call(method, *params):\n'
     '    r = requests.post(RPC, json={"method": method, "params": list(params), "id": 1})\n    return r.json()["result"]\n\n\n'
     f'session = call("get_session_key", "dp_export", "{_CHOSEN}")\n', 10, _CHOSEN, LITERAL),
    ("lime/rpc.py", f"session = rpc('get_session_key', ['dp_export', '{_CHOSEN}'])\n", 1, _CHOSEN, LITERAL),
    # a JSON-RPC request's body: its params a line below the method, or on its line, the quotes escaped in a string
    ("lime/body.py", f'payload = {{\n    "method": "get_session_key",\n    "params": ["admin", "{_CHOSEN}"],\n    "id": 1,\n}}\n', 3,
     _CHOSEN, LITERAL),
    ("lime/raw.py", "data = '{\\\"method\\\":\\\"get_session_key\\\",\\\"params\\\":[\\\"admin\\\","
     f"\\\"{_CHOSEN}\\\"],\\\"id\\\":1}}'\n", 1, _CHOSEN, LITERAL),
    ("lime/export.php", "<?php\n$rpc = new \\org\\jsonrpcphp\\JsonRPCClient(LS_BASEURL . '/admin/remotecontrol');\n"
     f"$key = $rpc->get_session_key('dp_export', '{_CHOSEN}');\n", 3, _CHOSEN, LITERAL),
    ("lime/xml.py", f'import xmlrpc.client\nproxy = xmlrpc.client.ServerProxy(URL)\nkey = proxy.get_session_key("admin", "{_CHOSEN}")\n',
     3, _CHOSEN, LITERAL),
    # a Stata command's password option: on a line `///` continues, beside another option, quoted
    ("do/00_import.do", "version 17\nclear all\nsctoapi endline_hh_v5, server(acme) username(analyst@acme.example.net) ///\n"
     f'    password({_CHOSEN}) date(0) output("$root/01_raw")\n', 4, _CHOSEN, LITERAL),
    ("do/01_odbc.do", f'odbc load, exec("select * from visits") dsn("survey") user(etl) password({_CHOSEN})\n', 1, _CHOSEN, LITERAL),
    ("do/02_scto.do", "sctoapi hh_v5, server(acme) username(a@acme.example.net) ///\n"
     f"    password({_CHOSEN})\n", 2, _CHOSEN, LITERAL),
    ("do/03_scto.do", f'sctoapi hh_v5, server(acme) username(a@acme.example.net) password("{_CHOSEN}") date(0)\n', 1, _CHOSEN,
     LITERAL),
    # dash-auth: its documented mapping's name, older releases' pairs, a mapping given to BasicAuth inline or by name
    ("dashboards/app.py", "import dash\nimport dash_auth\n\nVALID_USERNAME_PASSWORD_PAIRS = {\n"
     f'    "acme_marketing": "{_CHOSEN_2}",\n}}\napp = dash.Dash(__name__)\nauth = dash_auth.BasicAuth(app, VALID_USERNAME_PASSWORD_PAIRS)\n',
     5, _CHOSEN_2, LITERAL),
    ("dashboards/old.py", f"VALID_USERNAME_PASSWORD_PAIRS = [\n    ['hello', '{_CHOSEN_2}'],\n]\n", 2, _CHOSEN_2, LITERAL),
    ("dashboards/inline.py", f'import dash_auth\nauth = dash_auth.BasicAuth(\n    app,\n    {{"ops": "{_CHOSEN_2}"}},\n)\n', 4,
     _CHOSEN_2, LITERAL),
    ("dashboards/named.py", f'import dash_auth\n\nUSERS = {{\n    "ops": "{_CHOSEN_2}",\n}}\nauth = dash_auth.BasicAuth(app, USERS)\n', 4,
     _CHOSEN_2, LITERAL),
    ("dashboards/kw.py", f'from dash_auth import BasicAuth\nBasicAuth(app, username_password_list={{"ops": "{_CHOSEN_2}"}})\n', 2,
     _CHOSEN_2, LITERAL),
    # a JAX-RPC Call's property under its class written with its package
    ("src/main/java/a/Rpc.java", f'call.setProperty(javax.xml.rpc.Call.PASSWORD_PROPERTY, "{_PASSWORD_2}");\n', 1, _PASSWORD_2,
     LITERAL),
    # JAX-WS: the request context's property under BindingProvider's constant, its package written
    ("src/main/java/a/Ws.java", "((javax.xml.ws.BindingProvider) port).getRequestContext()"
     f'.put(javax.xml.ws.BindingProvider.PASSWORD_PROPERTY, "{_PASSWORD_2}");\n', 1, _PASSWORD_2, LITERAL),
    # AutoHotkey v2: the user and Tab sent, the password by SendText alone (it types braces as they are), Enter next
    ("desk/Logins.ahk", '; agent portal login\n^!a:: {\n    Send "hvagency{Tab}"\n'
     f'    SendText "{_PASSWORD}"\n    Send "{{Enter}}"\n}}\n', 4, _PASSWORD, LITERAL),
    # a generated request class's password setter, digits in the service's name
    ("src/main/java/a/Rater.java", f'req.setOdfl4MeUser("rater");\nreq.setOdfl4MePassword("{_PASSWORD}");\n', 2, _PASSWORD,
     LITERAL),
]

DECOYS = [
    # (the password from a variable, the environment, a placeholder; the user and the endpoint set beside it)
    ("n4/groovy/RefreshJob.groovy", "class RefreshJob {\n    String execute(Map params) {\n"
     '        stub._setProperty(Stub.USERNAME_PROPERTY, "wsintegration")\n'
     "        stub._setProperty(Stub.PASSWORD_PROPERTY, params.password)\n"
     '        stub._setProperty(Stub.PASSWORD_PROPERTY, System.getenv("N4_PASSWORD"))\n'
     '        stub._setProperty(Stub.PASSWORD_PROPERTY, "${n4Password}")\n'
     '        stub._setProperty(Stub.ENDPOINT_ADDRESS_PROPERTY, "http://n4-app-01.terminal.local:9080/apex/services/argoservice")\n'
     '        stub._setProperty(javax.xml.rpc.Stub.SESSION_MAINTAIN_PROPERTY, "true")\n    }\n}\n'),
    ("src/main/java/a/Ws.java", 'ctx.put(javax.xml.ws.BindingProvider.PASSWORD_PROPERTY, "<your-password>");\n'
     "ctx.put(javax.xml.ws.BindingProvider.PASSWORD_PROPERTY, cfg.getPassword());\n"),
    # (Decipher's key from the environment, a name, a stand-in, its README's example; a user's name)
    ("tools/beacon_pull.py", "from decipher.beacon import api\napi.login(os.environ[\"BEACON_KEY\"], SERVER)\napi.login(KEY, SERVER)\n"
     'api.login("YOUR_64_CHARACTER_API_KEY_GOES_HERE", SERVER)\n'
     'api.login("analyst@bluebridge-research.co.uk", SERVER)\n'),
    # (a key's shape given to another API's login, in a file importing no Decipher package)
    ("tools/other.py", f'import acme_sdk\nclient.login("{_BEACON_KEY}", SERVER)\n'),
    # (a cache's get_session_key given literals; LimeSurvey's given names, the environment, a stand-in)
    ("app/sessions.py", f'def get_session_key(user, sid):\n    return f"session:{{user}}:{{sid}}"\n\n'
     f'k = get_session_key("alice", "{_CHOSEN}")\nk2 = cache.get_session_key("alice", "{_CHOSEN}")\n'),
    ("lime/export.py", 'session = call("get_session_key", LS_USER, LS_PASSWORD)\n'
     'session = call("get_session_key", "admin", os.environ["LS_PASSWORD"])\n'
     'payload = {"method": "get_session_key", "params": [user, password], "id": 1}\n'
     'payload = {"method": "get_session_key", "params": ["admin", "YOUR_PASSWORD"], "id": 1}\n'
     f'payload = {{"method": "release_session_key", "params": ["{_CHOSEN}"]}}\n'),
    # (a Stata option's macro or global, a stand-in; a setter's argument and a function's call in code)
    ("do/00_import.do", "sctoapi hh, server(k) username(a@b.example) password(`pw')\n"
     "sctoapi hh, server(k) username(a@b.example) password($SCTO_PW)\n"
     "sctoapi hh, server(k) username(a@b.example) password(\"`pw'\")\n"
     "sctoapi hh, server(k) username(a@b.example) password(YOUR_PASSWORD)\n"),
    ("app/users.py", f"user.set_password({_CHOSEN[:-1]})\nprint(password({_CHOSEN[:-1]}))\nx = check_password(pw) and f(a)\n"),
    # (a doc comment's `///` alone above a call in Rust)
    ("src/lib.rs", f"/// Sets it.\n///\npassword({_CHOSEN[:-1]});\n"),
    # (dash-auth's pairs from the environment or a file, stand-ins; mappings of no users' passwords; aiohttp's BasicAuth)
    ("dashboards/app.py", "import dash_auth\nVALID_USERNAME_PASSWORD_PAIRS = {\"admin\": os.environ[\"DASH_PASSWORD\"]}\n"
     'VALID_USERNAME_PASSWORD_PAIRS = json.loads(os.environ["PAIRS"])\n'
     'VALID_USERNAME_PASSWORD_PAIRS = {\n    "ops": "<password>",\n    "bi": "${DASH_PW}",\n}\n'
     "auth = dash_auth.BasicAuth(app, load_users())\n"),
    ("app/forms.py", f'USER_PASSWORD_RULES = {{"min_length": "8", "hint": "{_CHOSEN_2}"}}\n'
     f'PASSWORD_FIELDS = {{"old": "{_CHOSEN_2}"}}\nUSER_PASSWORD = {{"label": "Password", "help": "Enter your password"}}\n'),
    ("app/client.py", f'import aiohttp\nUSERS = {{"ops": "{_CHOSEN_2}"}}\nauth = aiohttp.BasicAuth(login, USERS)\n'),
    # the password sent alone but no Enter after it (a Tab to the next field), and a variable sent
    ("desk/Fill.ahk", f'; login form\nSend "hvagency{{Tab}}"\nSendText "{_PASSWORD}"\nSend "{{Tab}}"\n'),
    ("desk/Env.ahk", '; login\nSend "hvagency{Tab}"\nSendText "%AGENCY_PASSWORD%"\nSend "{Enter}"\n'),
    # a form's field toggled, not a password set
    ("src/main/java/a/Form.java", 'view.setShowPassword("true");\nview.setPasswordHint("Your password");\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
