"""Blind rounds GC-GH, credentials in code and configuration: eBay's `v^1.1#…#t^…` user, OAuth access and refresh
tokens by their head; an Asana personal access token (`2/<gid>/<gid>:<hex>` and its older forms) where the text says
Asana; a key given to a client named for its service (Jotform's `JotformAPIClient('…')`, pyowm's `OWM('…')`), whatever
its hex looks like; an OpenWeatherMap key under a name holding OWM (`OWM_APPID`); a session's key as bytes
(`SESSION_KEY = new TextEncoder().encode("…")`), a key given to jose's `jwtVerify` by its name; a secret named with
its form in clear (Zebra StageNow's `<parm name="PassphraseWPAClear" value="…"/>`, `password_plain`); a password on a
tool's input (AnyDesk's `--set-password`, a variable a line above assigns, PowerShell's pipeline). Decoys: made-up and placeholder
bodies, the shapes where nothing says the service, a key read from the environment. Through the engine. Generated
fakes only (seeds 2280000-2289999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"
_BASE64 = ALNUM + "+/"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _secrets(engine: Engine, filename: str, text: str) -> List[str]:
    return [secret for _, secret in _blocked(engine, filename, text)]


# --- eBay's `v^1.1#` tokens ----------------------------------------------------------------------------------------

def _ebay_access_token(seed: int, fields: str = "i^1#p^3#r^1#f^0#I^3#") -> str:
    """An OAuth user access token (or an Auth'n'Auth user token) as eBay issues it now: its fields, `t^` and gzip's base64."""
    return f"v^1.1#{fields}t^H4sIAAAAAAAAA{drawn_mixed(seed, 1200, _BASE64)}="


def _ebay_refresh_token(seed: int) -> str:
    return f"v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4x{drawn_mixed(seed, 64, ALNUM)}=="


@pytest.mark.parametrize("filename, template", [
    ("ebay-lister/config/ebay.toml", '[ebay]\nsite_id = 3\nuser_token = "{token}"\n'),
    ("lister/trading.py", 'api = Trading(domain="api.ebay.com", token="{token}", config_file=None)\n'),
    ("src/ebay.ts", 'const res = await fetch(url, {{ headers: {{ Authorization: "Bearer {token}" }} }});\n'),
    ("Sources/Listing.swift", '    private static let ebayToken =\n        "{token}"\n'),
    (".env", "EBAY_OAUTH_TOKEN={token}\n"),
])
@pytest.mark.parametrize("token", [_ebay_access_token(2280000), _ebay_access_token(2280011, "i^1#f^0#I^3#p^1#r^0#")],
                         ids=["user-token", "application-token"])
def test_ebay_token_blocks_by_its_head(engine: Engine, filename: str, template: str, token: str) -> None:
    assert token in _secrets(engine, filename, template.format(token=token))


def test_ebay_refresh_token_blocks(engine: Engine) -> None:
    token = _ebay_refresh_token(2280020)
    text = f"post_data = {{\n    'grant_type': 'refresh_token',\n    'refresh_token': '{token}',\n}}\n"
    assert token in _secrets(engine, "ebay/refresh.py", text)


@pytest.mark.parametrize("text", [
    'FAKE_TOKEN = "v^1.1#i^1#p^3#r^0#I^3#f^0#t^FakeToken-P13"\n',  # (a test's made-up body)
    'EBAY_TOKEN = "v^1.1#i^1#p^3#r^1#f^0#I^3#t^' + "X" * 200 + '"\n',
    'SHAPE = "v^1.1#i^1#p^3#r^1#f^0#I^3#t^' + "abcdefghijklmnopqrstuvwxyz" * 3 + '"\n',  # (one case, no digit)
])
def test_ebay_token_shapes_holding_no_token_do_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "ebay/settings.py", text) == []


# --- Asana personal access tokens where the text says Asana --------------------------------------------------------

def _gid(seed: int) -> str:
    return "1" + drawn(seed, 15, "0123456789")


def _asana_token(seed: int) -> str:
    return f"2/{_gid(seed)}/{_gid(seed + 1)}:{drawn(seed + 2, 32, _HEX)}"


@pytest.mark.parametrize("filename, template", [
    ("bookings/lib/tasks/asana.rake",
     'client = Asana::Client.new do |c|\n  c.authentication :access_token, "{token}"\nend\n'),
    ("tools/sync_tasks.py",
     "import asana\n\nconfiguration = asana.Configuration()\nconfiguration.access_token = '{token}'\n"),
    ("scripts/tasks.js",
     "const Asana = require('asana');\nconst client = Asana.ApiClient.instance;\n"
     "client.authentications['token'].accessToken = '{token}';\n"),
    (".env", "ASANA_PAT={token}\n"),
    ("scripts/me.sh", 'curl https://app.asana.com/api/1.0/users/me \\\n  -H "Authorization: Bearer {token}"\n'),
])
def test_asana_token_blocks_where_the_text_says_asana(engine: Engine, filename: str, template: str) -> None:
    token = _asana_token(2281000)
    assert token in _secrets(engine, filename, template.format(token=token))


@pytest.mark.parametrize("token", [f"1/{_gid(2281010)}:{drawn(2281011, 32, _HEX)}", f"0/{drawn(2281012, 32, _HEX)}"],
                         ids=["gid-and-hex", "hex-only"])
def test_asana_token_older_forms_block(engine: Engine, token: str) -> None:
    text = f'ASANA = {{"workspace": "{_gid(2281013)}", "token": "{token}"}}\n'
    assert token in _secrets(engine, "planner/asana_export.py", text)


@pytest.mark.parametrize("filename, text", [
    # (the shape where nothing says Asana)
    ("lib/tasks/sync.rake", f'  c.authentication :access_token, "{_asana_token(2281020)}"\n'),
    # (a placeholder's hex; Asana's app URLs: `/0/<project gid>/…`)
    ("asana/config.py", 'ASANA_PAT = "2/1111111111111111/2222222222222222:00000000000000000000000000000000"\n'),
    ("docs/asana.md", "Board: https://app.asana.com/0/1205339982716652/1205339982716653/f\n"),
])
def test_asana_shapes_holding_no_token_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a key given to a client named for its service ------------------------------------------------------------------

_JOTFORM_KEYS = [drawn(2282000, 32, _HEX), uuid4(2282001).replace("-", "")]


@pytest.mark.parametrize("filename, template", [
    ("forms/jotform_pull.py", 'from jotform import JotformAPIClient\n\nclient = JotformAPIClient("{key}")\n'),
    ("forms/pull.php", '<?php\n$jotformAPI = new JotForm("{key}");\n$forms = $jotformAPI->getForms();\n'),
    ("forms/pull.rb", 'jotform = JotForm::API.new("{key}")\nforms = jotform.getForms()\n'),
    ("forms/pull.go", 'jotformAPI := jotform.NewJotFormAPIClient("{key}", "json", false)\n'),
    ("Forms/Pull.cs", 'var client = new JotForm.APIClient("{key}");\n'),
])
@pytest.mark.parametrize("key", _JOTFORM_KEYS, ids=["drawn", "uuid-shaped"])
def test_jotform_key_given_to_its_client_blocks(engine: Engine, filename: str, template: str, key: str) -> None:
    assert key in _secrets(engine, filename, template.format(key=key))


@pytest.mark.parametrize("key", [drawn(2282010, 32, _HEX), uuid4(2282011).replace("-", "")], ids=["drawn", "uuid-shaped"])
def test_openweathermap_key_given_to_pyowm_blocks(engine: Engine, key: str) -> None:
    text = f"from pyowm import OWM\n\nowm = OWM('{key}')\nmgr = owm.weather_manager()\n"
    assert key in _secrets(engine, "scheduler/forecast.py", text)


@pytest.mark.parametrize("filename, text", [
    ("forms/pull.py", "client = JotformAPIClient('YOUR API KEY')\n"),
    ("forms/pull.py", 'client = JotformAPIClient(os.environ["JOTFORM_API_KEY"])\n'),
    ("forms/pull.py", 'client = JotformAPIClient("00000000000000000000000000000000")\n'),
    ("forms/pull.py", 'submissions = client.get_form_submissions("241847392011150", limit=1000)\n'),
    ("weather.py", "from pyowm import OWM\nowm = OWM(os.environ['OWM_API_KEY'])\n"),
])
def test_named_clients_given_no_key_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- an OpenWeatherMap key under a name holding OWM ----------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    (".github/workflows/forecast.yml", "jobs:\n  forecast:\n    env:\n      OWM_APPID: {key}\n      WIND_LIMIT_MPH: \"10\"\n"),
    ("src/config.json", '{{\n  "owmAppId": "{key}",\n  "units": "imperial"\n}}\n'),
    ("weather/settings.py", 'OWM_KEY = "{key}"\n'),
])
@pytest.mark.parametrize("key", [drawn(2283000, 32, _HEX), uuid4(2283001).replace("-", "")], ids=["drawn", "uuid-shaped"])
def test_openweathermap_key_under_an_owm_name_blocks(engine: Engine, filename: str, template: str, key: str) -> None:
    assert key in _secrets(engine, filename, template.format(key=key))


@pytest.mark.parametrize("text", [
    "    env:\n      OWM_APPID: ${{ secrets.OWM_APPID }}\n",
    "    env:\n      OWM_APPID: 00000000000000000000000000000000\n",
    f"    env:\n      STREAM_APPID: {uuid4(2283010).replace('-', '')}\n",  # (nothing says OpenWeatherMap)
])
def test_appid_names_holding_no_openweathermap_key_do_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, ".github/workflows/forecast.yml", "jobs:\n  forecast:\n" + text) == []


# --- a session's signing key as bytes; a key given to jose's verify by its name -----------------------------------------

_JWT_SECRETS = [drawn_mixed(2284000, 48, ALNUM + "*&%"), drawn_mixed(2284001, 32)]


@pytest.mark.parametrize("filename, template, line", [
    ("src/server/auth/session.ts",
     'import {{ SignJWT, jwtVerify }} from "jose";\n\nconst SESSION_KEY = new TextEncoder().encode("{secret}");\n', 3),
    ("internal/web/session.go", 'var sessionKey = []byte("{secret}")\n', 1),
    ("portal/auth.py", 'SESSION_SECRET = "{secret}".encode()\n', 1),
    ("src/Auth/Session.cs", 'private static readonly byte[] SessionKey = Encoding.UTF8.GetBytes("{secret}");\n', 1),
])
@pytest.mark.parametrize("secret", _JWT_SECRETS, ids=["symbols", "letters-digits"])
def test_session_key_as_bytes_blocks(engine: Engine, filename: str, template: str, line: int, secret: str) -> None:
    assert (line, secret) in _blocked(engine, filename, template.format(secret=secret))


@pytest.mark.parametrize("secret", _JWT_SECRETS, ids=["symbols", "letters-digits"])
def test_key_given_to_jose_verify_blocks_whatever_its_name(engine: Engine, secret: str) -> None:
    text = ('import { jwtVerify } from "jose";\n\n'
            f'const SIGNER = new TextEncoder().encode("{secret}");\n\n'
            "export async function verify(token: string) {\n"
            '  return (await jwtVerify(token, SIGNER, { issuer: "portal" })).payload;\n}\n')
    assert (3, secret) in _blocked(engine, "src/server/verify.ts", text)


@pytest.mark.parametrize("text", [
    'const SESSION_KEY = new TextEncoder().encode(process.env.SESSION_SECRET!);\n',
    'SESSION_KEY = "portal_session".encode()\n',  # (a store's key name, as bytes for a Redis client)
    'const SESSION_KEY = new TextEncoder().encode("changeme");\n',
    ('const JWKS = createRemoteJWKSet(new URL("https://issuer.example.com/.well-known/jwks.json"));\n'
     "const { payload } = await jwtVerify(token, JWKS);\n"),
    'const SIGNER = new TextEncoder().encode(readFileSync("/run/secrets/jwt", "utf8"));\nawait jwtVerify(token, SIGNER);\n',
])
def test_session_keys_and_jose_keys_holding_no_literal_do_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "src/server/auth/session.ts", text) == []


# --- a secret named with its form in clear (Zebra MX's Wi-Fi CSP) ---------------------------------------------------

_STAGENOW = ('<wap-provisioningdoc>\n  <characteristic type="Wi-Fi" version="10.4">\n'
             '    <characteristic type="Profile">\n      <parm name="SSID" value="YARD-SCAN" />\n'
             '      <characteristic type="Encryption">\n        <parm name="ProtectKey" value="0" />\n'
             '        <parm name="{name}" value="{value}" />\n'
             '      </characteristic>\n    </characteristic>\n  </characteristic>\n</wap-provisioningdoc>\n')
_PSK = drawn_mixed(2285000, 14, ALNUM + "-!")


@pytest.mark.parametrize("name, value", [
    ("PassphraseWPAClear", _PSK),
    ("PassphraseWEPClear", drawn_mixed(2285001, 13)),
    ("PasswordClear", _PSK),  # (an Enterprise network's EAP password)
    ("HexKeyClear", drawn(2285002, 64, _HEX)),
])
def test_stagenow_wifi_secret_in_clear_blocks(engine: Engine, name: str, value: str) -> None:
    assert (7, value) in _blocked(engine, "mdm/stagenow/yard_wifi.xml", _STAGENOW.format(name=name, value=value))


@pytest.mark.parametrize("filename, text, line", [
    ("config/mailer.yml", f"smtp:\n  user: notices\n  password_plain: {_PSK}\n", 3),
    ("src/settings.json", f'{{\n  "apiTokenPlaintext": "{drawn_mixed(2285010, 32)}"\n}}\n', 2),
])
def test_credential_named_with_its_form_in_clear_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert [found for found, _ in _blocked(engine, filename, text)] == [line]


@pytest.mark.parametrize("name, value", [
    ("PassphraseWPAClear", "$wifiPassword"),  # (a template's variable)
    ("PassphraseWPAEncrypted", drawn_mixed(2285020, 44, _BASE64)),  # (protected by the device: not in clear)
    ("KeyType", "Passphrase"),
    ("CacheKeyClear", drawn_mixed(2285021, 20)),  # (a cache's key)
])
def test_stagenow_parms_holding_no_secret_in_clear_do_not_block(engine: Engine, name: str, value: str) -> None:
    assert _blocked(engine, "mdm/stagenow/yard_wifi.xml", _STAGENOW.format(name=name, value=value)) == []


# --- a password given on a tool's standard input: AnyDesk's `--set-password`, a variable's value, PowerShell's pipeline ---

_UNATTENDED = drawn_mixed(2286000, 12, ALNUM) + "&" + drawn(2286001, 4, "0123456789")
_PLAIN_PASSWORD = drawn_mixed(2286002, 16)
_ANYDESK = '"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe"'


@pytest.mark.parametrize("filename, text, line, secret", [
    ("it/Install-RemoteSupport.ps1",
     f"$unattended = '{_UNATTENDED}'\n$unattended | & {_ANYDESK} --set-password\n", 1, _UNATTENDED),
    ("it/Install-RemoteSupport.ps1", f"'{_UNATTENDED}' | & \"$env:ProgramFiles\\AnyDesk\\AnyDesk.exe\" --set-password\n",
     1, _UNATTENDED),
    ("it/install.cmd", f"echo {_PLAIN_PASSWORD} | {_ANYDESK} --set-password\n", 1, _PLAIN_PASSWORD),
    ("setup/anydesk.sh", f'echo "{_UNATTENDED}" | sudo anydesk --set-password\n', 1, _UNATTENDED),
    ("setup/anydesk.sh", f"AD_UNATTENDED='{_UNATTENDED}'\nanydesk --get-id\necho \"$AD_UNATTENDED\" | anydesk --set-password\n",
     1, _UNATTENDED),
])
def test_anydesk_password_on_its_input_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    ("ci/push.ps1", f"$registry = '{_PLAIN_PASSWORD}'\n$registry | docker login -u ci --password-stdin registry.example.com\n"),
    ("ops/kinit.sh", f"SVC='{_PLAIN_PASSWORD}'\nprintf '%s' \"$SVC\" | kinit svc-backup@EXAMPLE.COM\n"),
    ("ops/kinit.sh", f"SVC='{_PLAIN_PASSWORD}'\nkinit svc-backup@EXAMPLE.COM <<< \"${{SVC}}\"\n"),
])
def test_variable_given_to_a_password_reader_blocks_at_its_assignment(engine: Engine, filename: str, text: str) -> None:
    assert (1, _PLAIN_PASSWORD) in _blocked(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    ("it/install.ps1", f"$unattended = Read-Host -AsSecureString\n$unattended | & {_ANYDESK} --set-password\n"),
    ("it/install.ps1", f"echo $env:ANYDESK_UNATTENDED | & {_ANYDESK} --set-password\n"),
    ("setup/anydesk.sh", 'AD_UNATTENDED="$(openssl rand -base64 12)"\necho "$AD_UNATTENDED" | anydesk --set-password\n'),
    ("setup/anydesk.sh", "AD_UNATTENDED='changeme'\necho \"$AD_UNATTENDED\" | anydesk --set-password\n"),
    ("it/install.ps1", f"$id = & {_ANYDESK} --get-id\n$id | Out-File C:\\ProgramData\\anydesk-id.txt\n"),
    ("ops/id.sh", f"NAME='{_PLAIN_PASSWORD}'\necho \"$NAME\" | tr a-z A-Z\n"),  # (no password reader)
    # (PowerShell's bare right side is an expression, no literal)
    ("build/login.ps1", "$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(\n"
                        "    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($cred.Password))\n"
                        "$plain | docker login registry.example.com --username $cred.UserName --password-stdin\n"),
    ("build/login.ps1", "$token = Get-Secret -Name AcrToken -AsPlainText\n$token | docker login acr.example.com -u ci --password-stdin\n"),
])
def test_input_of_no_literal_or_to_no_password_reader_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- review rev1: a name of many words ----------------------------------------------------------------------------

def test_a_name_of_many_words_is_read_in_one_pass() -> None:
    # (review rev1: each word of a name sliced the words after it, a 400,000-character identifier took some 40 seconds;
    # a name holding words in clear, `password_plain_clear_wpa_…`, read by the in-clear rule of this round)
    from secretfence.compat.detect_secrets.credential_keys import _unguarded_words

    words = ("password", "plain", "clear", "wpa") * 20000 + ("key",)
    # (its time: benchmarks/hostile.py, long-line-name-of-many-words-full)
    assert "password" in _unguarded_words(words)
