"""Blind rounds HA-HF, credentials code gives by its language's forms: a PHP client named with its namespace
(`new \\Vendor\\Client('<key>', '<secret>')`); a Basic credential encoded from a literal whose password holds a `%` a
person put there (no format's conversion); an SDK's login given its account's number quoted (`add_credentials("<account>",
"<license key>")`); a (user, password) pair assigned to a name the code then gives as a request's auth. Through the
engine; every value is drawn here."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"


# --- a PHP client named with its namespace, given a key and its secret ------------------------------------------------

_MAIL_KEY = drawn(2880001, 32, _HEX)
_MAIL_SECRET = drawn(2880002, 32, _HEX)


@pytest.mark.parametrize("construction", [
    "new \\Mailjet\\Client('{key}', '{secret}', true, ['version' => 'v3.1'])",
    "new Mailjet\\Client('{key}', '{secret}')",
    "new \\Acme\\Sdk\\ApiClient('{key}', '{secret}')",
])
def test_a_namespaced_php_client_given_a_hex_key_and_secret_blocks_both(engine: Engine, construction: str) -> None:
    text = "<?php\nrequire 'vendor/autoload.php';\n\n$mj = " + construction.replace("{key}", _MAIL_KEY).replace(
        "{secret}", _MAIL_SECRET) + ";\n"
    assert _blocked(engine, "office/mail/send.php", text) == sorted([(4, LITERAL, _MAIL_KEY), (4, LITERAL, _MAIL_SECRET)])


@pytest.mark.parametrize("construction", [
    "new \\Mailjet\\Client(getenv('MJ_APIKEY_PUBLIC'), getenv('MJ_APIKEY_PRIVATE'), true)",
    "new \\Vcs\\GitClient('{key}', '{secret}')",  # (two revisions' digests)
])
def test_a_namespaced_php_client_of_references_revisions_or_a_stand_in_does_not_block(engine: Engine,
                                                                                         construction: str) -> None:
    text = "<?php\n$c = " + construction.replace("{key}", _MAIL_KEY).replace("{secret}", _MAIL_SECRET) + ";\n"
    assert _blocked(engine, "office/mail/send.php", text) == []


# --- a Basic credential encoded from a literal, a `%` in its password ---------------------------------------------------

_PERCENT_PASSWORD = drawn_mixed(2880011, 6) + "%" + drawn_mixed(2880012, 7)


@pytest.mark.parametrize(("name", "line"), [
    ("Portal/SupplierClient.cs",
     'var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("shop-portal:{pw}"));'),
    ("portal/client.py", 'TOKEN = base64.b64encode(b"shop-portal:{pw}").decode()'),
    ("portal/client.js", 'const basic = btoa("shop-portal:{pw}");'),
])
def test_an_encoded_basic_pair_whose_password_holds_a_percent_blocks(engine: Engine, name: str, line: str) -> None:
    assert _blocked(engine, name, line.replace("{pw}", _PERCENT_PASSWORD) + "\n") == [(1, LITERAL, _PERCENT_PASSWORD)]


@pytest.mark.parametrize(("name", "line"), [
    ("portal/client.py", 'TOKEN = base64.b64encode(b"shop-portal:%s" % password).decode()'),
    ("portal/client.py", 'TOKEN = base64.b64encode(b"shop-portal:%(password)s" % settings).decode()'),
    ("portal/client.go", 'basic := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("shop-portal:%v", pw)))'),
    ("Portal/SupplierClient.cs", 'var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("shop-portal:%-12s;"));'),
])
def test_an_encoded_pair_whose_password_is_a_format_does_not_block(engine: Engine, name: str, line: str) -> None:
    assert _blocked(engine, name, line + "\n") == []


# --- an SDK's login given its account's number quoted ----------------------------------------------------------------------

_LICENSE_KEY = drawn(2880021, 16, "0123456789ABCDEF")
_ACCOUNT = "20" + drawn(2880022, 8, string.digits)


@pytest.mark.parametrize("call", [
    'client.add_credentials("{account}", "{key}")',
    "client.add_credentials({account}, '{key}')",  # (bare, as before)
    'client = AvaTaxClient("billing", "1.0", "office", "production").WithSecurity("{account}", "{key}")',
])
def test_a_login_given_a_quoted_account_number_and_its_key_blocks(engine: Engine, call: str) -> None:
    text = ("from avalara import AvataxClient\n\nclient = AvataxClient('billing', '1.0', 'office', 'production')\n"
            + call.replace("{account}", _ACCOUNT).replace("{key}", _LICENSE_KEY) + "\n")
    assert _blocked(engine, "billing/tax/quote.py", text) == [(4, LITERAL, _LICENSE_KEY)]


@pytest.mark.parametrize("call", [
    'client.add_credentials("{account}", os.environ["AVALARA_LICENSE_KEY"])',
    'client.add_credentials("{account}", "changeme")',
    'client.add_credentials("{account}", "<license key>")',
])
def test_a_login_given_a_quoted_account_number_and_no_literal_key_does_not_block(engine: Engine, call: str) -> None:
    text = "import os\n\n" + call.replace("{account}", _ACCOUNT) + "\n"
    assert _blocked(engine, "billing/tax/quote.py", text) == []


# --- a (user, password) pair assigned to a name, given as a request's auth ------------------------------------------------

_GATEWAY_PASSWORD = drawn_mixed(2880031, 8) + "%" + drawn_mixed(2880032, 6)


@pytest.mark.parametrize(("assignment", "use"), [
    ('ADMIN = ("admin", "{pw}")   # the gateway\'s web console', 'requests.post(URL, data={"port": 1}, auth=ADMIN, timeout=5)'),
    ('ADMIN = ["admin", "{pw}"]', "r = httpx.get(URL, auth=ADMIN)"),
    ("CONSOLE = ('admin', '{pw}')", "session.auth = CONSOLE"),
])
def test_a_pair_assigned_to_a_name_given_as_the_auth_blocks(engine: Engine, assignment: str, use: str) -> None:
    text = ("import requests\n\nURL = \"http://10.40.2.15/goform/port_reset\"\n" + assignment.replace("{pw}", _GATEWAY_PASSWORD)
            + "\n\n\ndef reset_port():\n    " + use + "\n")
    assert _blocked(engine, "telemetry/scada/reset.py", text) == [(4, LITERAL, _GATEWAY_PASSWORD)]


@pytest.mark.parametrize(("assignment", "use"), [
    ('ADMIN = ("admin", "{pw}")', "requests.post(URL, json=ADMIN)"),  # (sent as data, no login)
    ('ADMIN = ("admin", os.environ["GATEWAY_PASSWORD"])', "requests.post(URL, auth=ADMIN)"),
    ('ADMIN = ("admin", "changeme")', "requests.post(URL, auth=ADMIN)"),
    ('OTHER = ("admin", "{pw}")', "requests.post(URL, auth=ADMIN)"),  # (another name's pair)
])
def test_a_pair_not_given_as_the_auth_or_of_no_literal_does_not_block(engine: Engine, assignment: str, use: str) -> None:
    text = "import os\nimport requests\n\n" + assignment.replace("{pw}", _GATEWAY_PASSWORD) + "\n" + use + "\n"
    assert _blocked(engine, "telemetry/scada/reset.py", text) == []
