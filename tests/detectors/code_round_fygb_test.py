"""Blind rounds FY-GB, credentials in code literals and data files: an HTTP Basic credential written as a literal
(`const BASIC = 'Basic <base64>'`) whose password is generated text that splits into word-like runs; a JSON-RPC login's
params in a literal or an object (`{"method": "login", "params": ["user", "…"]}`, escaped in a C# or Java string, a
namespaced `user.login`); an argument vector one element a line (a launchd plist's `ProgramArguments`, a YAML list's
`- --password` then `- …`, a JSON list); an AES key under a bare `key =` in an INI section whose `encryption = AES-128`
says it encrypts. Decoys: a vendor token declaring itself fake in capitals (`sk_live_" + "THISISNOTAREALKEY…`), a
seating chart's `chartKey` UUID, a record's `sessionId` UUID beside the record's title. Through the engine."""
from __future__ import annotations

import base64
import string

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _wordy_secret(seed: int) -> str:
    """A generated 16-character secret of few digits that the value judgement alone reads as a name
    (`FPK0egchlp5wleJj`: runs of letters, two digits), as a vendor's short consumer secret may draw."""
    while True:
        value = drawn(seed, 16, string.ascii_letters + string.digits)
        digits = sum(character.isdigit() for character in value)
        if 1 <= digits <= 2 and not value[-1].isdigit() and not is_literal_credential(value, True, False):
            return value
        seed += 1


def _hex32(seed: int) -> str:
    return drawn(seed, 32, "0123456789ABCDEF")


_BASIC_PASSWORDS = [_wordy_secret(2170000), _wordy_secret(2170100), drawn_mixed(2170200, 20)]
_CONSUMER_KEY = drawn_mixed(2170300, 32)
_RPC_PASSWORD = drawn_mixed(2170400, 14, string.ascii_letters + string.digits + "#%!")
_TOKEN = drawn_mixed(2170500, 40)
_PASSWORD = drawn_mixed(2170600, 18)


# --- an HTTP Basic credential written as a code literal -----------------------------------------------------------

_BASIC_FORMS = [
    ("bms/refresh.js", "const TOKEN_URL = 'https://api.vendor.example/oauth2/token';\nconst BASIC = 'Basic {b}';\n", 2),
    ("sync/client.py", 'AUTH = "Basic {b}"\n', 1),
    ("src/Auth.java", 'private static final String AUTH_HEADER = "Basic {b}";\n', 1),
    ("internal/auth.go", 'const basicAuth = "Basic {b}"\n', 1),
    ("lib/client.rb", "BASIC_AUTH = 'Basic {b}'.freeze\n", 1),
]


@pytest.mark.parametrize("password", _BASIC_PASSWORDS)
@pytest.mark.parametrize(("filename", "template", "line"), _BASIC_FORMS, ids=[row[0] for row in _BASIC_FORMS])
def test_a_basic_credential_literal_blocks_on_its_password(engine: Engine, filename: str, template: str, line: int,
                                                             password: str) -> None:
    encoded = base64.b64encode(f"{_CONSUMER_KEY}:{password}".encode()).decode()
    assert (line, password) in _lines(engine, filename, template.replace("{b}", encoded))


@pytest.mark.parametrize("pair", ["user:password", "admin:changeme", "Aladdin:open sesame", "{user}:{pw}"])
def test_a_basic_literal_of_an_example_or_a_template_does_not_block(engine: Engine, pair: str) -> None:
    encoded = base64.b64encode(pair.encode()).decode()
    assert _blocked(engine, "sync/client.py", f'AUTH = "Basic {encoded}"\n') == []


# --- a JSON-RPC login's params -------------------------------------------------------------------------------------

_RPC_FORMS = [
    ("src/Sync/Client.cs",
     '        var body = "{\\"method\\":\\"AuthenticateUser\\",\\"params\\":[\\"studio\\",\\"{pw}\\"],\\"id\\":1}";\n', 1),
    ("rpc/login.py", 'body = {"jsonrpc": "2.0", "method": "login", "params": ["svc_sync", "{pw}"], "id": 1}\n', 1),
    ("src/rpc.js", "const payload = JSON.stringify({\n  method: 'user.login',\n  params: ['reporting', '{pw}'],\n});\n", 3),
    ("src/Rpc.java", 'String body = "{\\"method\\":\\"signIn\\",\\"params\\":[\\"ops\\",\\"{pw}\\"],\\"id\\":7}";\n', 1),
    ("lib/rpc.rb", "req = {\n  \"method\" => \"session.login\",\n  \"params\" => [\"backup\", \"{pw}\"],\n}\n", 3),
]


@pytest.mark.parametrize("password", [_RPC_PASSWORD, _PASSWORD])
@pytest.mark.parametrize(("filename", "template", "line"), _RPC_FORMS, ids=[row[0] for row in _RPC_FORMS])
def test_a_json_rpc_logins_password_param_blocks(engine: Engine, filename: str, template: str, line: int,
                                                 password: str) -> None:
    assert (line, password) in _lines(engine, filename, template.replace("{pw}", password))


@pytest.mark.parametrize("text", [
    f'body = {{"method": "logout", "params": ["ops", "{_PASSWORD}"]}}\n',
    f'body = {{"method": "getChallenge", "params": ["ops", "{_PASSWORD}"]}}\n',
    'body = {"method": "login", "params": [USER, PASSWORD]}\n',
    'body = {"method": "login", "params": ["ops", "${RPC_PASSWORD}"]}\n',
    'body = {"method": "login", "params": ["db01.example.org", "5432"]}\n',
])
def test_a_json_rpc_call_of_no_login_or_no_literal_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "rpc/client.py", text) == []


# --- an argument vector one element a line -------------------------------------------------------------------------

_VECTOR_FORMS = [
    ("mac/com.studio.upload.plist",
     "<plist version=\"1.0\">\n<dict>\n  <key>ProgramArguments</key>\n  <array>\n    <string>/usr/local/bin/upload</string>\n"
     "    <string>--api-token</string>\n    <string>{v}</string>\n  </array>\n</dict>\n</plist>\n", 7),
    ("k8s/deploy.yaml",
     "spec:\n  containers:\n    - name: up\n      args:\n        - --password\n        - \"{v}\"\n", 6),
    ("k8s/job.yaml", "      command:\n        - /bin/agent\n        - '--auth-token'\n        - {v}\n", 4),
    ("tasks/run.json", '{{"args": [\n  "--token",\n  "{v}"\n]}}\n', 3),
]


@pytest.mark.parametrize("value", [_TOKEN, _PASSWORD])
@pytest.mark.parametrize(("filename", "template", "line"), _VECTOR_FORMS, ids=[row[0] for row in _VECTOR_FORMS])
def test_an_options_value_as_the_next_element_blocks(engine: Engine, filename: str, template: str, line: int,
                                                     value: str) -> None:
    text = template.replace("{{", "{").replace("}}", "}").replace("{v}", value)
    assert (line, value) in _lines(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), [
    ("mac/com.studio.upload.plist",
     "<array>\n  <string>--token-file</string>\n  <string>/Users/studio/.config/upload/token</string>\n</array>\n"),
    ("k8s/deploy.yaml", "      args:\n        - --password\n        - --verbose\n"),
    ("k8s/deploy.yaml", "      args:\n        - --password\n        - $(DB_PASSWORD)\n"),
    ("tasks/run.json", '{"args": [\n  "--token",\n  "${TOKEN}"\n]}\n'),
    ("k8s/deploy.yaml", "      args:\n        - --timeout\n        - " + _TOKEN + "\n"),
])
def test_an_option_whose_next_element_is_no_literal_credential_does_not_block(engine: Engine, filename: str,
                                                                              text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- an AES key in an INI section whose encryption setting names AES ----------------------------------------------

_AES_KEY = _hex32(2170700)


@pytest.mark.parametrize(("text", "key"), [
    (f"[receiver_primary]\nhost = 203.0.113.40\nencryption = AES-128\nkey = {_AES_KEY}\nsupervision_seconds = 90\n", _AES_KEY),
    (f"[receiver]\nkey = {_AES_KEY}\nencryption=AES128\naccount = 7A31\n", _AES_KEY),
    (f"[line1]\nprotocol = DC-09\nencrypt = aes-128\nkey = {_AES_KEY.lower()}\n", _AES_KEY.lower()),
])
def test_a_key_in_a_section_that_encrypts_with_aes_blocks(engine: Engine, text: str, key: str) -> None:
    assert [secret for _, secret in _lines(engine, "alarm/receiver.ini", text)] == [key]


@pytest.mark.parametrize("text", [
    f"[receiver_backup]\nencryption = AES-256\nkey = {_AES_KEY}\n",
    f"[receiver_backup]\nencryption = AES-128\nkey_ref = receiver_primary\n",
    f"[receiver]\nencryption = none\nkey = {_AES_KEY}\n",
    "[receiver]\nencryption = AES-128\nkey = 000102030405060708090A0B0C0D0E0F\n",
])
def test_a_key_of_another_length_a_reference_or_no_cipher_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "alarm/receiver.ini", text) == []


# --- a vendor token declaring itself fake, in capitals ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'FAKE_STRIPE = "sk_live_" + "THISISNOTAREALKEY0000000000"\n',
    'STRIPE = "sk_live_THISISNOTAREALKEY0000000000"\n',
    'const k = "sk_live_" + "NOTAREALKEYDONOTUSE12345678";\n',
    'TOKEN = "ghp_" + "NOTREALTOKEN" + "' + drawn(2170800, 24, string.ascii_uppercase) + '"\n',
])
def test_a_token_declaring_itself_fake_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "tests/test_redact.py", text) == []


def test_a_joined_token_of_a_generated_body_still_blocks(engine: Engine) -> None:
    body = drawn_mixed(2170900, 24)
    assert (1, f"sk_live_{body}") in _lines(engine, "billing/keys.py", f'STRIPE = "sk_live_" + "{body}"\n')


# --- a UUID that is a record's id ---------------------------------------------------------------------------------

def test_a_charts_key_is_its_id(engine: Engine) -> None:
    text = ('{\n  "screen": 2,\n  "name": "Studio",\n  "chartKey": "' + uuid4(2171000) + '",\n  "rows": [\n'
            '    {"row": "A", "seats": [{"id": "' + uuid4(2171001) + '", "label": "A1"}]}\n  ]\n}\n')
    assert _blocked(engine, "booking/data/seatmaps/screen2.json", text) == []


@pytest.mark.parametrize("text", [
    '{\n  "session": "2024-11-08 Editorial - Harbour Magazine",\n  "sessionId": "{id}",\n  "captureFolder": "/Capture"\n}\n',
    '{\n  "sessionId": "{id}",\n  "sessionName": "Spring catalogue shoot",\n  "bodies": []\n}\n',
    "- meeting_title: Board review Q3\n  meeting_id: {id}\n",
])
def test_a_records_id_beside_its_title_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "sessions/2024-11-08.json", text.replace("{id}", uuid4(2171100))) == []


@pytest.mark.parametrize(("filename", "text"), [
    ("config/seating.json", '{\n  "name": "Main hall",\n  "secretKey": "{id}"\n}\n'),
    ("config/seating.json", '{"chartKey": "' + uuid4(2171200) + '", "secretKey": "{id}"}\n'),
    ("state/session.json", '{\n  "sessionId": "{id}",\n  "user": "ops"\n}\n'),
    ("vault/approle.yaml", "secret: Team vault secret\nsecret_id: {id}\n"),
])
def test_a_uuid_secret_beside_no_title_of_its_own_still_blocks(engine: Engine, filename: str, text: str) -> None:
    secret = uuid4(2171300)
    assert secret in [value for _, value in _lines(engine, filename, text.replace("{id}", secret))]
