"""Adversarial review of blind rounds DO-DT: the decoys added that round must not quiet a real secret. An API key
beside a secret of the same head that is left empty, `None` or a stand-in (kept nowhere), or a bare `API_KEY` beside
Django's own `SECRET_KEY` read from the environment, is no pair's public half: the key blocks. Through the engine.
Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_KEY = drawn_mixed(1297001, 32)
_OTHER = drawn_mixed(1297002, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


STILL_BLOCKS = [
    ("settings.py", f"import os\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nAPI_KEY = '{_KEY}'\n", 3),
    ("config.yml", f"api_key: {_KEY}\nsecret_key: ''\n", 1),
    ("src/client.js", f"const c = {{\n  apiKey: '{_KEY}',\n  secretKey: 'your-secret-key',\n}};\n", 2),
    ("app/keys.py", f"API_KEY = '{_KEY}'\nAPI_SECRET = None\n", 1),
    ("mail.py", f"SENDGRID_API_KEY = '{_KEY}'\nSENDGRID_API_SECRET = ''\n", 1),
    (".env", f"MAILGUN_API_KEY={_KEY}\nMAILGUN_API_SECRET=\n", 1),
    ("cfg.py", f"FOO_API_KEY = '{_KEY}'  # FOO_API_SECRET: in vault\n", 1),
]


@pytest.mark.parametrize(("filename", "text", "line"), STILL_BLOCKS)
def test_an_api_key_beside_an_unset_or_unrelated_secret_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert line in [found[0] for found in _blocked(engine, filename, text)]


QUIET = [
    ("src/shopify.js", f"const s = shopifyApi({{\n  apiKey: '{_KEY}',\n  apiSecretKey: process.env.SHOPIFY_API_SECRET,\n}});\n"),
    (".env", f"SHOPIFY_API_KEY={_KEY}\nSHOPIFY_API_SECRET=${{SHOPIFY_API_SECRET}}\n"),
    ("config/exchange.json", f'{{"apiKey": "{_OTHER}", "secretKey": "${{EXCHANGE_SECRET_KEY}}"}}\n'),
]


@pytest.mark.parametrize(("filename", "text"), QUIET)
def test_an_api_key_beside_its_secret_read_from_elsewhere_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    assert not _blocked(engine, filename, text)


# --- `HASHED` after a value: only SQL Server's binary literal of a hash is one, and no `hashed=` setting says so -------

_CHOSEN = "Tundra*" + drawn_mixed(1297003, 4) + "5520"
_HASH = "0x0200" + drawn(1297004, 136, "0123456789ABCDEF")
_DRAWN_NAME = drawn(1297005, 20, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


@pytest.mark.parametrize(("filename", "text", "line"), [
    ("conf/users.xml", f'<users>\n  <user name="admin" password="{_CHOSEN}" hashed="false"/>\n</users>\n', 2),
    ("conf/users.yml", f"admin: {{password: {_CHOSEN} hashed}}\n", 1),
    ("db/logins.sql", f"CREATE LOGIN a WITH PASSWORD = '{_CHOSEN}' HASHED;\n", 1),
])
def test_a_password_followed_by_a_hashed_word_still_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert line in [found[0] for found in _blocked(engine, filename, text)]


def test_a_stored_hash_with_hashed_stays_quiet(engine: Engine) -> None:
    assert not _blocked(engine, "db/logins.sql", f"ALTER LOGIN [app] WITH PASSWORD = '{_HASH}' HASHED;\n")


# --- a resolver's reference names words; a generated run after `env:` / `secret:` is a password -----------------------

@pytest.mark.parametrize("value", [f"env:{_DRAWN_NAME}", f"secret:{_DRAWN_NAME.lower()}"])
def test_a_generated_value_after_a_resolver_head_blocks(engine: Engine, value: str) -> None:
    assert [found[0] for found in _blocked(engine, "config/app.yml", f"db_password: {value}\n")] == [1]


@pytest.mark.parametrize("value", ["env:DB_PASSWORD", "secret:db-password", "secrets:prod/api", "env.TWILIO_AUTH_TOKEN"])
def test_a_resolver_reference_stays_quiet(engine: Engine, value: str) -> None:
    assert not _blocked(engine, "config/app.yml", f"db_password: {value}\n")


# --- a place's client: an identifier with a digit after the host and port is no password -------------------------------

@pytest.mark.parametrize("text", [
    "client = HttpClient('api.example.com', 443, 'my-app-v2', 'ua-Mozilla5')\n",
    "c = redis_client('localhost', 6379, 'db0', 'Cache2Prefix')\n",
])
def test_a_place_clients_identifiers_do_not_block(engine: Engine, text: str) -> None:
    assert not _blocked(engine, "app/clients.py", text)


def test_a_place_clients_chosen_password_blocks(engine: Engine) -> None:
    assert _blocked(engine, "cctv/ptz.py", f'cam = ONVIFCamera(ip, 80, "ptz_operator", "{_CHOSEN}")\n')


# --- a merchant's PIN: a constant's or a label's name beside the merchant's and the user's ids is none ---------------

@pytest.mark.parametrize(("filename", "text"), [
    ("locales/en.json", '{"merchant_id": "Merchant ID", "user_id": "User ID", "pin": "PIN_LABEL_TEXT_2"}\n'),
    ("config/form.yml", "merchant_id: MERCHANT_ID_FIELD\nuser_id: USER_ID_FIELD\npin: PIN_FIELD_NAME_V2\n"),
])
def test_a_pins_constant_name_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert not _blocked(engine, filename, text)


def test_an_issued_pin_still_blocks(engine: Engine) -> None:
    pin = drawn(1297006, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    text = f"<txn>\n  <ssl_merchant_id>7821044</ssl_merchant_id>\n  <ssl_user_id>webpos</ssl_user_id>\n  <ssl_pin>{pin}</ssl_pin>\n</txn>\n"
    assert [found[0] for found in _blocked(engine, "payments/sale.xml", text)] == [4]


# --- Fiery's accessrights: a permission's name of words beside a user is no API key ----------------------------------

@pytest.mark.parametrize("text", [
    '{"user": "bob", "accessRights": "ReadWriteExecute2024Admin"}\n',
    'perm = {"username": "bob", "accessrights": "rwxr-x---_Group4Admins"}\n',
])
def test_an_access_rights_permission_does_not_block(engine: Engine, text: str) -> None:
    assert not _blocked(engine, "app/roles.py", text)


def test_fierys_api_key_in_its_login_still_blocks(engine: Engine) -> None:
    text = f'body = {{"username": "operator", "password": pw, "accessrights": "{_KEY}"}}\n'
    assert [found[0] for found in _blocked(engine, "ops/fiery.py", text)] == [1]
