"""Stop 66, round 2's decoys, each beside the nearest real credential of its form:

- A Google app password's shape filled in as Google's documentation shows it (`abcd efgh ijkl mnop`): groups that count
  up, as a mail example's config writes it (YAML, a dotenv, Django's settings, nodemailer's `auth`, mbsync's `Pass`, an
  `.authinfo`). A drawn app password in the same places still blocks; so does a counting run's drawn neighbour.
- The app key of a Pusher-protocol app (Pusher Channels, Laravel Reverb, Soketi) in a front end's config or a dotenv:
  the browser's client takes it, so every page ships it. The app's secret beside it, and a key named secret, still block.
Generated fakes only: seeds 7936000-7936199."""
from __future__ import annotations

import random
import string

import pytest

from secretfence.engine import Engine
from secretfence.kinds._helpers import counts_up_in_groups, is_placeholder

from tests.accuracy.labelled import blocking

_SEED = 7936000


def _drawn(seed: int, length: int, alphabet: str) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


def _app_password(seed: int) -> str:
    """A drawn Google app password: sixteen lower-case letters in four groups."""
    letters = _drawn(_SEED + seed, 16, string.ascii_lowercase)
    return " ".join(letters[at:at + 4] for at in range(0, 16, 4))


_STAND_INS = ["abcd efgh ijkl mnop", "ABCD EFGH IJKL MNOP", "abcd-efgh-ijkl-mnop", "mnop qrst uvwx yzab"]

_MAIL_FILES = [
    ("auction/notify/config/mail.example.yaml",
     '# Gmail "App password" - the example Google shows\nsmtp:\n  host: smtp.gmail.com\n  port: 587\n'
     '  username: you@example.com\n  password: "{password}"\nfrom: "Example <you@example.com>"\n'),
    (".env", "EMAIL_HOST=smtp.gmail.com\nEMAIL_HOST_USER=desk@example.org\nEMAIL_HOST_PASSWORD=\"{password}\"\n"),
    ("shop/settings.py", "EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_USER = 'desk@example.org'\nEMAIL_HOST_PASSWORD = '{password}'\n"),
    ("src/mail.ts", "const transporter = nodemailer.createTransport({{\n  service: 'gmail',\n"
                    "  auth: {{ user: 'desk@example.org', pass: '{password}' }},\n}});\n"),
    (".mbsyncrc", "IMAPAccount gmail\nHost imap.gmail.com\nUser desk@gmail.com\nPass \"{password}\"\n"),
    (".authinfo", "machine smtp.gmail.com login desk@gmail.com password \"{password}\" port 587\n"),
]


@pytest.mark.parametrize("password", _STAND_INS)
def test_counting_groups_are_a_placeholder(password: str) -> None:
    assert counts_up_in_groups(password.lower())
    assert is_placeholder(password)


@pytest.mark.parametrize("value", ["qhzt wmvb rkpy fenx", "abce fghi jkmn opqr stuv", "10.11.12.13", "2026-12-07",
                                   "ab cd", "1.2.3.4.5.6.7.8"])
def test_groups_that_do_not_count_up_are_none(value: str) -> None:
    # (a drawn password's groups, a run with a step out of order in each group, an address, a date, a version)
    assert not counts_up_in_groups(value)


@pytest.mark.parametrize("name, template", _MAIL_FILES)
@pytest.mark.parametrize("password", ["abcd efgh ijkl mnop", "ABCD EFGH IJKL MNOP"])
def test_an_app_password_counting_up_passes(engine: Engine, name: str, template: str, password: str) -> None:
    findings = blocking(engine.scan_text(name, template.format(password=password)))
    assert not any(password in finding.secret for finding in findings)


@pytest.mark.parametrize("name, template", _MAIL_FILES)
@pytest.mark.parametrize("seed", [1, 2])
def test_a_drawn_app_password_still_blocks(engine: Engine, name: str, template: str, seed: int) -> None:
    password = _app_password(seed)
    findings = blocking(engine.scan_text(name, template.format(password=password)))
    assert any(finding.secret == password for finding in findings)


@pytest.mark.parametrize("name, template", _MAIL_FILES[:3])
def test_a_chosen_password_of_groups_still_blocks(engine: Engine, name: str, template: str) -> None:
    # (four words counting nothing: a passphrase, the credential it reads as)
    password = "Tide-Cedar-" + _drawn(_SEED + 3, 4, string.digits) + "-Ferry"
    findings = blocking(engine.scan_text(name, template.format(password=password)))
    assert any(finding.secret == password for finding in findings)


_PUSHER_KEY = _drawn(_SEED + 10, 20, "0123456789abcdef")
_PUSHER_SECRET = _drawn(_SEED + 11, 20, "0123456789abcdef")

_PUBLIC_KEY_FILES = [
    ("auction/live-board/src/config.ts",
     "// only public values reach the browser\nexport const config = {{\n"
     "  apiBase: import.meta.env.VITE_API_BASE ?? 'https://api.example.in',\n  pusherKey: '{key}',\n"
     "  pusherCluster: 'ap2',\n  sentryDsn: import.meta.env.VITE_SENTRY_DSN,\n}};\n"),
    ("frontend/.env.production", "VITE_PUSHER_APP_KEY={key}\nVITE_PUSHER_APP_CLUSTER=eu\n"),
    ("frontend/.env", "VITE_REVERB_APP_KEY={key}\nVITE_REVERB_HOST=ws.example.in\n"),
    ("realtime/settings.py", "PUSHER_APP_ID = '1834412'\nPUSHER_KEY = '{key}'\nPUSHER_CLUSTER = 'ap2'\n"),
    ("soketi/.env", "SOKETI_DEFAULT_APP_ID=app-id\nSOKETI_DEFAULT_APP_KEY={key}\n"),
]


@pytest.mark.parametrize("name, template", _PUBLIC_KEY_FILES)
def test_a_pusher_protocol_app_key_passes(engine: Engine, name: str, template: str) -> None:
    findings = blocking(engine.scan_text(name, template.format(key=_PUSHER_KEY)))
    assert not any(_PUSHER_KEY in finding.secret for finding in findings)


@pytest.mark.parametrize("name, text", [
    ("src/config.ts", f"export const config = {{\n  pusherSecret: '{_PUSHER_SECRET}',\n}};\n"),
    (".env", f"PUSHER_APP_ID=1834412\nPUSHER_APP_KEY={_PUSHER_KEY}\nPUSHER_APP_SECRET={_PUSHER_SECRET}\n"),
    (".env", f"REVERB_APP_KEY={_PUSHER_KEY}\nREVERB_APP_SECRET={_PUSHER_SECRET}\n"),
    ("config/beams.py", f"PUSHER_BEAMS_SECRET_KEY = '{_PUSHER_SECRET}'\n"),
    ("src/config.ts", f"export const config = {{\n  pusherSecretKey: '{_PUSHER_SECRET}',\n}};\n"),
])
def test_a_pusher_secret_still_blocks(engine: Engine, name: str, text: str) -> None:
    findings = blocking(engine.scan_text(name, text))
    assert any(finding.secret == _PUSHER_SECRET for finding in findings)
    assert not any(finding.secret == _PUSHER_KEY for finding in findings)


def test_another_vendor_s_key_in_the_same_config_still_blocks(engine: Engine) -> None:
    key = _drawn(_SEED + 12, 32, string.ascii_letters + string.digits)
    text = f"export const config = {{\n  mailgunKey: '{key}',\n  pusherCluster: 'ap2',\n}};\n"
    findings = blocking(engine.scan_text("src/config.ts", text))
    assert any(finding.secret == key for finding in findings)
