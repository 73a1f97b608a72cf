"""Blind rounds FK-FP, code calls and naming forms: a network's or a device's controller given its place, a user and a
password by position (pyunifi's `Controller(host, user, pw, port=…)`); an API key as the user member of an HTTP
client's `auth` object, its password a stand-in (axios' `auth: { username: '<key>', password: '' }`, HTTParty's
`basic_auth:`, a Python dict); a credential's name assigned a literal wrapped in a URL-encoding call (`urlencode('…')`,
`encodeURIComponent`, `URLEncoder.encode`); an Avalara license key given to PHP's `define('…_LICENSE_KEY', '…')`
or a setter's call. The decoys of each form stay quiet. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"

_CONTROLLER_PASSWORD = "Lantern.Quiver." + drawn(1960000, 3, "0123456789")
_CONTROLLER_PASSWORD_2 = "Ferry-Walnut-" + drawn(1960010, 2, "0123456789") + "#"
_KEY_HEX = drawn(1960020, 40, _HEX)
_KEY_MIXED = drawn_mixed(1960030, 32)
_ENCODED_KEY = drawn_mixed(1960040, 44)
_ENCODED_TOKEN = drawn_mixed(1960050, 28)
_LICENSE = drawn(1960060, 16, "0123456789ABCDEF")
_LICENSE_LOWER = drawn(1960070, 16, _HEX)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a controller given its place, a user and a password ----------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("network/vouchers.py", 'from pyunifi.controller import Controller\n\n'
                            'c = Controller("unifi.branch.example.net", "netops", "{value}", port=8443, site_id="default")\n', 3),
    ("lights/scenes.py", 'ctl = LightingController("10.20.0.15", 8080, "installer", "{value}")\n', 1),
    ("src/Doors.java", 'AccessController controller = new AccessController(\n    "doors.example.org",\n    "svc_doors",\n'
                       '    "{value}");\n', 4),
])
@pytest.mark.parametrize("value", [_CONTROLLER_PASSWORD, _CONTROLLER_PASSWORD_2])
def test_a_controllers_password_by_position_blocks(engine: Engine, filename: str, template: str, line: int,
                                                    value: str) -> None:
    assert (line, value) in _secrets(engine, filename, template.format(value=value))


@pytest.mark.parametrize(("filename", "text"), [
    # (no place first: an MVC controller's route and view names)
    ("app/routes.py", 'c = PageController("index", "home", "Welcome.Page.2024")\n'),
    # (a place, then names and a word: no password's look)
    ("app/views.py", 'c = UserController("localhost", "profile", "settings")\n'),
    # (a stand-in class)
    ("tests/test_net.py", 'c = FakeController("unifi.example.net", "admin", "Rainbow.Pebble.123")\n'),
    # (the password a variable)
    ("network/vouchers.py", 'c = Controller("unifi.example.net", "netops", os.environ["UNIFI_PASSWORD"], port=8443)\n'),
])
def test_a_controllers_decoys_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- an API key as the user member of an auth object ----------------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("src/vetting/screening.ts", "const api = axios.create({{\n  baseURL: 'https://api.example.com/v1',\n"
                                 "  auth: {{ username: '{value}', password: '' }},\n}});\n", 3),
    ("src/billing.js", "const client = axios.create({{\n  auth: {{\n    username: '{value}',\n    password: '',\n  }},\n}});\n", 3),
    ("lib/vendor.rb", "class Vendor\n  include HTTParty\n  default_options.update(basic_auth: {{ username: '{value}', password: 'X' }})\nend\n", 3),
    ("tools/export.py", 'r = requests.get(URL, auth={{"user": "{value}", "pass": ""}})\n', 1),
    ("config/http.json", '{{\n  "auth": {{"username": "{value}", "password": ""}}\n}}\n', 2),
])
@pytest.mark.parametrize("value", [_KEY_HEX, _KEY_MIXED])
def test_an_api_key_as_an_auth_objects_user_blocks(engine: Engine, filename: str, template: str, line: int,
                                                    value: str) -> None:
    assert (line, value) in _secrets(engine, filename, template.format(value=value))


@pytest.mark.parametrize(("filename", "text"), [
    # (a user's name, no key)
    ("src/a.ts", "const api = axios.create({ auth: { username: 'reporting_service_user', password: '' } });\n"),
    # (a placeholder)
    ("src/a.ts", "const api = axios.create({ auth: { username: 'YOUR_API_KEY_GOES_HERE', password: '' } });\n"),
    # (the key a variable)
    ("src/a.ts", "const api = axios.create({ auth: { username: process.env.CHECK_KEY, password: '' } });\n"),
    # (an object that is no auth option)
    ("src/a.ts", f"const form = {{ username: '{_KEY_HEX}', password: '' }};\n"),
])
def test_an_auth_objects_decoys_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a literal wrapped in a URL-encoding call -----------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "template"), [
    ("website/includes/sms.php", "<?php\n$apiKey = urlencode('{value}');\n"),
    ("lib/notify.php", "<?php\n$token = rawurlencode(\"{value}\");\n"),
    ("src/send.js", "const apiKey = encodeURIComponent('{value}');\n"),
    ("tools/sms.py", 'API_KEY = urllib.parse.quote("{value}")\n'),
    ("src/Sms.java", 'private static final String API_KEY = URLEncoder.encode("{value}", "UTF-8");\n'),
    ("lib/sms.rb", "API_KEY = CGI.escape('{value}')\n"),
])
@pytest.mark.parametrize("value", [_ENCODED_KEY, _ENCODED_TOKEN])
def test_a_credential_wrapped_in_a_url_encoding_call_blocks(engine: Engine, filename: str, template: str,
                                                             value: str) -> None:
    text = template.format(value=value)
    assert (text.count("\n"), value) in _secrets(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), [
    ("sms.php", "<?php\n$sender = urlencode('Tiddlers');\n"),
    ("sms.php", "<?php\n$apiKey = urlencode('your-api-key-here');\n"),
    ("sms.php", "<?php\n$apiKey = urlencode($config['textlocal_key']);\n"),
    ("a.js", "const query = encodeURIComponent('tiles & fittings 2024');\n"),
])
def test_url_encoded_decoys_do_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a license key given to a call by name -------------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "<?php\nuse Avalara\\AvaTaxClient;\n\ndefine('AVATAX_ACCOUNT_ID', '2001234567');\ndefine('AVATAX_LICENSE_KEY', '{value}');\n",
    "<?php\n// Avalara tax for the shop\ndefine(\"TAX_LICENSE_KEY\", \"{value}\");\n",
    "# AvaTax settings\nimport os\nos.environ.setdefault('AVATAX_LICENSE_KEY', '{value}')\n",
])
@pytest.mark.parametrize("value", [_LICENSE, _LICENSE_LOWER])
def test_an_avalara_license_key_given_to_a_call_blocks(engine: Engine, template: str, value: str) -> None:
    filename = "mu-plugins/tax.php" if template.startswith("<?php") else "tax/settings.py"
    text = template.format(value=value)
    assert (text.count("\n"), value) in _secrets(engine, filename, text)


@pytest.mark.parametrize("text", [
    # (no Avalara said: a product's license key is no API credential)
    f"<?php\ndefine('PLUGIN_LICENSE_KEY', '{_LICENSE}');\n",
    # (a placeholder)
    "<?php\n// Avalara\ndefine('AVATAX_LICENSE_KEY', '0000000000000000');\n",
    # (no license's name)
    f"<?php\n// Avalara\ndefine('AVATAX_COMPANY_HASH', '{_LICENSE}');\n",
])
def test_a_license_keys_decoys_do_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "mu-plugins/tax.php", text) == []
