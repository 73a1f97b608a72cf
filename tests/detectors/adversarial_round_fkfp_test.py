"""Adversarial review of blind rounds FK-FP: a device's controller given its place as a host of two labels (pyunifi's
`Controller("unifi.local", "admin", "…", "8443", "v5")`, its arguments a line each) blocks as it did before the
controller was read as a client given its place; an HTTP client's auth object with its password member first
(`auth: { password: '', username: '<key>' }`) blocks as the username-first sibling does. A stand-in, a reference, a
login's own password in the object stay as they were. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Basalt")


def _chosen(seed: int) -> str:
    """A password chosen with care: two words, a symbol between them, digits (`Heron#Basalt2207`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#*!@%$") + second + str(generator.randint(1000, 9999))


_PASSWORD = _chosen(1980000)
_KEY = drawn_mixed(1980010, 32)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a controller given a host of two labels, an admin account, a password ---------------------------------------------

@pytest.mark.parametrize(("call", "line"), [
    ('c = Controller("unifi.local", "admin", "{pw}", "8443", "v5")\n', 2),
    ("c = Controller('unifi.lan', 'admin', '{pw}')\n", 2),
    ('c = Controller(\n    "unifi.local",\n    "admin",\n    "{pw}",\n    port=8443,\n)\n', 5),
    ('pdu = PduController("pdu.rack4", "admin", "{pw}")\n', 2),
])
def test_a_controller_given_a_short_host_and_the_admin_account_blocks(engine: Engine, call: str, line: int) -> None:
    text = "from pyunifi.controller import Controller\n" + call.replace("{pw}", _PASSWORD)
    assert _secrets(engine, "tools/unifi_sync.py", text) == [(line, _PASSWORD)]


@pytest.mark.parametrize("call", [
    'c = Controller("unifi.local", "admin", os.environ["UNIFI_PASSWORD"])\n',
    'c = Controller("unifi.local", "admin", "password")\n',
    'c = Controller("unifi.local", "admin", "<password>")\n',
    'c = MockController("unifi.local", "admin", "changeme")\n',
])
def test_a_controller_given_a_reference_or_a_stand_in_does_not_block(engine: Engine, call: str) -> None:
    assert _blocked(engine, "tools/unifi_sync.py", "import os\nfrom pyunifi.controller import Controller\n" + call) == []


# --- an HTTP client's auth object, its password member first -----------------------------------------------------------

@pytest.mark.parametrize(("template", "line"), [
    ("const checkr = axios.create({{\n  baseURL: 'https://api.checkr.com/v1',\n  auth: {{ password: '', username: '{key}' }},\n}});\n", 3),
    ("const checkr = axios.create({{\n  auth: {{\n    password: '',\n    username: '{key}',\n  }},\n}});\n", 4),
    ('HTTParty.get(url, basic_auth: {{ password: "X", username: "{key}" }})\n', 1),
    ('auth = {{"password": "", "username": "{key}"}}\n', 1),
])
def test_an_auth_object_with_its_password_first_blocks_as_its_sibling(engine: Engine, template: str, line: int) -> None:
    text = template.format(key=_KEY)
    assert _secrets(engine, "src/checkr.js", text) == [(line, _KEY)]


@pytest.mark.parametrize("text", [
    "const c = axios.create({ auth: { password: '', username: process.env.CHECKR_KEY } });\n",
    "const c = axios.create({ auth: { password: '', username: 'YOUR_CHECKR_API_KEY_HERE' } });\n",
    "const c = axios.create({ auth: { password: '', username: 'reporting-service-account' } });\n",
])
def test_an_auth_object_with_a_reference_a_placeholder_or_a_name_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "src/checkr.js", text) == []


def test_the_strings_are_what_the_forms_say() -> None:
    assert set(_PASSWORD) & set("#*!@%$") and _PASSWORD[-4:].isdigit()
    assert len(_KEY) == 32 and _KEY.isalnum() and not _KEY.isalpha()


# --- a drawn value between a template token's signs is a password, not a token's name ---------------------------

_DRAWN = [drawn_mixed(1985000 + n, 20) for n in range(3)]


@pytest.mark.parametrize("signs", [("@@", "@@"), ("##", "##"), ("__", "__")])
@pytest.mark.parametrize("value", _DRAWN)
def test_a_drawn_value_the_signs_wrap_still_blocks(signs: tuple, value: str) -> None:
    """`@@NAME@@`, `##NAME##`, `__Name__` are tokens a build fills in; `@@Xk9mP2qL7vR4…@@` is a password: its name parts
    would be words (capitals, or a word and its camel-case words), a number only at a part's end."""
    wrapped = signs[0] + value + signs[1]
    text = f"DB_PASSWORD={wrapped}\n"
    assert [secret for _, _, secret in _blocked(Engine(), "deploy/app.env", text)] != []


@pytest.mark.parametrize("token", ["@@CELLAR_PSK@@", "##API_TOKEN##", "__DbPassword__", "__db.password__", "@@WIFI_PSK2@@",
                                   "@@cellar-psk@@"])
def test_a_tokens_name_stays_a_placeholder(token: str) -> None:
    assert _blocked(Engine(), "deploy/app.env", f"DB_PASSWORD={token}\n") == []
