"""Blind rounds FK-FP, decoys: a template's token a build or a release pipeline fills in (`@@WIFI_PSK@@`, `##API_TOKEN##`,
the Replace Tokens task's `#{DbPassword}#` and `__DbPassword__`) is a placeholder in any credential's slot; a data URI
(`url("data:image/png;base64,…")`, any media type) given to a call on a line that says base64 is content, not an HTTP
Basic `user:password`; and a password policy's list of common passwords (`new Set(["password123", "qwertyuiop12", …])`)
is a denylist, not a call's name-value options. The same slots with a real value still block. Through the engine."""
from __future__ import annotations

import base64
import random
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_common_password, is_placeholder

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_ALNUM = string.ascii_letters + string.digits


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def _chosen(seed: int) -> str:
    """A password chosen with care: two words, a symbol, digits (`Heron#Basalt2207`)."""
    generator = random.Random(seed)
    words = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper")
    return generator.choice(words) + generator.choice("#*!") + generator.choice(words) + str(generator.randint(100, 9999))


# --- a template's tokens, filled in at build or release time -------------------------------------------------------

_TOKEN_NAMES = ("WIFI_PSK", "DbPassword", "Smtp.Password", "api-token", "STRIPE_SECRET_KEY")
_TOKEN_FORMS = ("@@{}@@", "##{}##", "#{{{}}}#", "__{}__")
_TOKENS = [form.format(name) for form in _TOKEN_FORMS for name in _TOKEN_NAMES]

_SLOTS = [
    ("pi-image/boot/wpa_supplicant.conf", 'network={\n    ssid="Office"\n    psk="{v}"\n    key_mgmt=WPA-PSK\n}\n'),
    ("ap/hostapd.conf", "interface=wlan0\nwpa_passphrase={v}\n"),
    ("config/app.yml", 'database:\n  host: db\n  password: "{v}"\n'),
    ("deploy/docker-compose.yml", 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "{v}"\n'),
    (".env.template", "SMTP_PASSWORD={v}\n"),
    ("app/settings.py", 'SECRET_KEY = "{v}"\n'),
    ("src/main/resources/application.properties", "spring.mail.password={v}\n"),
]


@pytest.mark.parametrize("token", _TOKENS)
def test_a_filled_in_token_is_a_placeholder(token: str) -> None:
    assert is_placeholder(token)


@pytest.mark.parametrize(("filename", "template"), _SLOTS, ids=[row[0] for row in _SLOTS])
@pytest.mark.parametrize("form", _TOKEN_FORMS)
def test_a_filled_in_token_does_not_block(engine: Engine, filename: str, template: str, form: str) -> None:
    for name in _TOKEN_NAMES[:3]:
        assert _blocked(engine, filename, template.replace("{v}", form.format(name))) == []


@pytest.mark.parametrize(("filename", "template"), _SLOTS, ids=[row[0] for row in _SLOTS])
def test_a_real_value_in_the_same_slot_still_blocks(engine: Engine, filename: str, template: str) -> None:
    value = drawn_mixed(1970000, 24) if "SECRET_KEY" in template else _chosen(1970001)
    assert _secrets(engine, filename, template.replace("{v}", value)) == [value]


@pytest.mark.parametrize("value", ["@@" + _chosen(1970002) + "@@", "##" + _chosen(1970003) + "##", "__" + _chosen(1970004) + "__"])
def test_a_password_between_the_signs_is_no_token(value: str) -> None:
    assert not is_placeholder(value)  # (a symbol inside: no name, a chosen password dressed so)


# --- data URIs ------------------------------------------------------------------------------------------------------

def _payload(seed: int, length: int = 137) -> str:
    """A small PNG's base64, as a stylesheet inlines an icon: its signature, its chunks' bytes, its IEND."""
    body = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(seed).randbytes(length) + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    return base64.b64encode(body).decode()


_DATA_URIS = [
    ("apps/web/src/styles/cards.css", '.card.done {{\n  background: #eef url("data:image/png;base64,{p}") no-repeat;\n}}\n'),
    ("src/styles/_fonts.scss", "@font-face {{\n  src: url('data:font/woff2;charset=utf-8;base64,{p}') format('woff2');\n}}\n"),
    ("src/icons.ts", 'export const check = fetch("data:image/svg+xml;base64,{p}");\n'),
    ("src/blob.js", "const blob = await (await fetch('data:application/octet-stream;base64,{p}')).blob();\n"),
    ("app/logo.py", 'LOGO = base64.b64decode(("data:image/gif;base64,{p}").split(",")[1])\n'),
    ("Assets/Icon.cs", 'var bytes = Convert.FromBase64String(Strip("data:image/jpeg;base64,{p}"));\n'),
]


@pytest.mark.parametrize(("filename", "template"), _DATA_URIS, ids=[row[0] for row in _DATA_URIS])
def test_a_data_uri_does_not_block(engine: Engine, filename: str, template: str) -> None:
    for seed in (1970010, 1970011):
        assert _blocked(engine, filename, template.format(p=_payload(seed))) == []


@pytest.mark.parametrize("user", ["data", "svc-report"])
def test_a_basic_pair_encoded_from_a_literal_still_blocks(engine: Engine, user: str) -> None:
    password = drawn_mixed(1970020, 18)
    for filename, line in [
        ("Clients/Report.cs", f'var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes("{user}:{password}"));\n'),
        ("client/report.py", f'auth = base64.b64encode(b"{user}:{password}").decode()\n'),
        ("src/report.js", f'const auth = btoa("{user}:{password}");\n'),
    ]:
        assert _secrets(engine, filename, line) == [password], filename


# --- a password policy's denylist -----------------------------------------------------------------------------------

_COMMON_WORDS = ("password", "qwerty", "letmein", "welcome", "iloveyou", "dragon", "sunshine", "football", "monkey", "trustno1")


def _common(seed: int, count: int = 4) -> list:
    """Common passwords as a denylist holds them: a word and digits (`sunshine2023`, `qwerty12345`)."""
    generator = random.Random(seed)
    words = generator.sample(_COMMON_WORDS[1:], count - 1)
    words.insert(generator.randrange(count - 2), "password")  # (a credential's word: read as an option's name before)
    return [word + str(generator.randint(1, 99999)).rjust(generator.choice((2, 3, 4)), "1") for word in words]


_DENYLISTS = [
    ("booking/src/auth/policy.ts", "const COMMON = new Set([{q}]);\n", '"'),
    ("src/main/java/auth/Policy.java", "private static final Set<String> BANNED = Set.of({q});\n", '"'),
    ("Auth/Policy.cs", "private static readonly HashSet<string> Blocklist = new() {{ {q} }};\n", '"'),
    ("app/src/main/kotlin/Policy.kt", "private val common = hashSetOf({q})\n", '"'),
    ("includes/policy.php", "$common = [{q}];\n", "'"),
    ("config/security.json", '{{"passwordPolicy": {{"denylist": [{q}]}}}}\n', '"'),
    ("lib/policy.js", "const WEAK = new Set([\n  {q}\n]);\n", "'"),
]


@pytest.mark.parametrize(("filename", "template", "quote"), _DENYLISTS, ids=[row[0] for row in _DENYLISTS])
def test_a_list_of_common_passwords_does_not_block(engine: Engine, filename: str, template: str, quote: str) -> None:
    for seed in (1970030, 1970031, 1970032):
        entries = ", ".join(f"{quote}{entry}{quote}" for entry in _common(seed))
        assert _blocked(engine, filename, template.format(q=entries)) == [], entries


def test_common_passwords_are_known() -> None:
    assert all(is_common_password(entry) for seed in range(1970040, 1970050) for entry in _common(seed))
    assert not any(is_common_password(name) for name in ("password", "Password", "secret", "timeout", "username"))
    assert not is_common_password(_chosen(1970050))


@pytest.mark.parametrize(("filename", "line"), [
    ("scripts/get_data.m", "opts = weboptions('Username', 'svc_loader', 'Password', '{v}', 'Timeout', 120);\n"),
    ("src/main/java/Client.java", 'Map<String, String> opts = Map.of("username", "admin1", "password", "{v}", "timeout", "30");\n'),
    ("src/test/java/SignupTest.java", 'Map<String, String> form = Map.of("password1", "{v}", "password2", "{v}", "email", "a@b.c");\n'),
])
def test_a_call_s_password_option_still_blocks(engine: Engine, filename: str, line: str) -> None:
    for value in (_chosen(1970060), drawn_mixed(1970061, 16)):
        assert value in _secrets(engine, filename, line.replace("{v}", value)), value
