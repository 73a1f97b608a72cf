"""Issue 14, blind round of stop 60: a team's documentation pages (Markdown and reStructuredText) in Luxembourgish,
Tajik, Turkmen, Burmese, Lao and Faroese giving a login's password, a service's key or token, and the decoys nearest to
each. Generated fakes only: every value is built here from a seeded generator (seeds 5700000-5709999)."""
from __future__ import annotations

import string
from typing import Any, List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 5700000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _word_pass(seed: int, joint: str = "#") -> str:
    """A password people make of words and digits around a `#` (or `%`, `!`): `Word#Word1234`."""
    return f"{_alnum(seed, 6).capitalize()}{joint}{_alnum(seed + 1, 7)}{fakes.drawn(_SEED + seed, 4, string.digits)}"


def _secret_of(text: str, name: str) -> List[str]:
    return [finding.secret for finding in blocking(Engine().scan_text(name, text))]


# (Luxembourgish's `Passwuert`, German's word as Luxembourg writes it, and its `Benotzer`, `Wäert`; Tajik's `парол`,
# Russian's word without its soft sign)
_BLOCKS: List[Tuple[str, str, str]] = [
    ("docs/notizen.md", "# Notizen\n\n| Wat | Wäert |\n|---|---|\n| Host | sftp.fiduciaire.lu |\n| Benotzer | weber |\n"
                        f"| Passwuert | {_word_pass(1)} |\n", _word_pass(1)),
    ("docs/onboarding.md", f"# Onboarding\n\n1. App opmaachen\n2. Benotzer: `lescht`\n3. Passwuert: `{_word_pass(3, '-')}`\n",
     _word_pass(3, '-')),
    ("docs/runbook/backup.rst", "Restore\n-------\n\n1. Datebank restauréieren::\n\n"
                                "      pg_restore -h localhost -U keller -d stock latest.dump\n"
                                f"      # Passwuert: {_word_pass(5)}\n", _word_pass(5)),
    ("wiki/Filial.md", "## Zougang\nDe Kassen-PC huet de Benotzer `filial` an d'Passwuert "
                       f"`{_word_pass(7, '%')}` (vum Patron gesat, w.e.g. net änneren).\n", _word_pass(7, '%')),
    ("docs/runbooks/sensors.md", "# Дастур\n\n1. Брокери MQTT: `mqtt.coop.tj:8883`, корбар `dryer`,\n"
                                 f"   парол `{_alnum(9, 16)}`\n", _alnum(9, 16)),
    ("docs/setup.md", f"# Танзимот\n\n- Парол: `{_word_pass(11)}`\n", _word_pass(11)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _BLOCKS)
def test_localized_password_words_block(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


# Near misses: a stand-in, a note saying where the password is kept, an abbreviation that does say "for example".
_PASSES: List[Tuple[str, str]] = [
    ("docs/notizen.md", "| Wat | Wäert |\n|---|---|\n| Benotzer | weber |\n| Passwuert | am 1Password |\n"),
    ("docs/onboarding.md", "1. Benotzer: `lescht`\n2. Passwuert: `<passwuert>`\n"),
    ("docs/runbooks/sensors.md", "1. корбар `dryer`, парол `${MQTT_PASSWORD}`\n"),
    ("docs/setup.md", "Set the admin password, e.g. `Hunter2Hunter2`, on first login.\n"),
]


@pytest.mark.parametrize(("name", "text"), _PASSES)
def test_near_misses_pass(name: str, text: str) -> None:
    assert _secret_of(text, name) == []


# An operator's note's or a runbook's sentence giving the password bare after its word, what it is for or when between
# the word and its `is` (read on documentation's pages already).
_SAID_BLOCKS: List[Tuple[str, str, str]] = [
    ("docs/runbooks/router-reset.md", "# Reset\n\n2. Log in at http://192.168.88.1 as `admin`.\n"
                                      f"3. Restore the backup; the admin password after restore is {_word_pass(21, '!')} (change it).\n",
     _word_pass(21, '!')),
    ("notes/handover-2024-05.md", f"- VPS: `ssh deploy@103.85.104.22`, password is {_word_pass(23, '$')} (please change it)\n",
     _word_pass(23, '$')),
    ("notes/vps.md", f"The password for the VPS is {_word_pass(25)}.\n", _word_pass(25)),
    ("docs/ops.md", f"The password on the router is {_word_pass(27)}.\n", _word_pass(27)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _SAID_BLOCKS)
def test_notes_sentence_password_blocks(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


_SAID_PASSES: List[Tuple[str, str]] = [
    ("notes/vps.md", "- VPS: `ssh deploy@vps`, password is automatically rotated every month.\n"),
    ("docs/runbooks/reset.md", "3. The admin password after restore is unchanged (see the vault).\n"),
    ("notes/vps.md", "The password for the VPS is in 1Password.\n"),
    ("docs/runbooks/reset.md", "3. The admin password after restore is ${ADMIN_PASSWORD_AFTER_RESTORE}.\n"),
]


@pytest.mark.parametrize(("name", "text"), _SAID_PASSES)
def test_notes_sentence_near_misses_pass(name: str, text: str) -> None:
    assert _secret_of(text, name) == []


# A code block's comment giving a password after its word in any language (`# parol: …` below the `ssh` it is for).
_COMMENT_BLOCKS: List[Tuple[str, str, str]] = [
    ("docs/onboarding.md", f"3. Admin girişi:\n\n   ```\n   ssh admin@10.20.0.21\n   # parol: {_word_pass(31, '%')}\n   ```\n",
     _word_pass(31, '%')),
    ("docs/setup.md", f"```sql\n-- contraseña: {_word_pass(33)}\nCREATE USER app;\n```\n", _word_pass(33)),
    ("docs/setup.rst", f"::\n\n   psql -U keller\n   # Passwuert: {_word_pass(35)}\n", _word_pass(35)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _COMMENT_BLOCKS)
def test_commented_password_blocks(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


_COMMENT_PASSES: List[Tuple[str, str]] = [
    ("docs/onboarding.md", "```\nssh admin@10.20.0.21\n# parol: <sizin parolyňyz>\n```\n"),
    ("docs/onboarding.md", "```\nssh admin@10.20.0.21\n# parol: $ADMIN_PAROL\n```\n"),
    ("docs/onboarding.md", "```\n# parol: Welcome1\n```\n"),
]


@pytest.mark.parametrize(("name", "text"), _COMMENT_PASSES)
def test_commented_password_near_misses_pass(name: str, text: str) -> None:
    assert _secret_of(text, name) == []


# `psw`, the password's abbreviation SMS gateways' HTTP APIs take (SMSC's `send.php?login=…&psw=…`) and code names it by.
_PSW_BLOCKS: List[Tuple[str, str, str]] = [
    ("docs/runbook-sms.md", f'```bash\ncurl "https://smsc.ru/sys/send.php?login=shop&psw={_word_pass(41, "%")}&phones=99365000000&mes=test"\n```\n',
     _word_pass(41, "%")),
    ("sms/send.php", f'<?php\n$psw = "{_word_pass(43)}";\n', _word_pass(43)),
    ("config/settings.py", f'SMSC_PSW = "{_alnum(45, 16)}"\n', _alnum(45, 16)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _PSW_BLOCKS)
def test_psw_blocks(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


_PSW_PASSES: List[Tuple[str, str]] = [
    ("firmware/cpu.c", "PSW = 0x1F;\n"),
    ("sms/send.php", '<?php\n$psw = getenv("SMSC_PSW");\n'),
    ("docs/api.md", 'curl "https://smsc.ru/sys/send.php?login=<login>&psw=<password>&phones=<phones>"\n'),
]


@pytest.mark.parametrize(("name", "text"), _PSW_PASSES)
def test_psw_near_misses_pass(name: str, text: str) -> None:
    assert _secret_of(text, name) == []


# An integrations table's key, token or secret column whose other rows say where theirs are kept: the team's record of
# its own integrations, a drawn value there the service's live credential.
_HEX = "0123456789abcdef"


def _hex(seed: int, length: int) -> str:
    value = fakes.drawn(_SEED + seed, length, _HEX)
    return value if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) else _hex(seed + 1, length)


_KEPT_BLOCKS: List[Any] = [
    ("docs/integrations.md", "| Service | Account | Key / token | Owner |\n|---|---|---|---|\n"
                             f"| SMSPoh | shweyun | `{_alnum(51, 48)}` | Ko Zaw |\n"
                             "| WavePay | WM-774120 | in Vault `kv/shop/wavepay` | Ma May |\n", _alnum(51, 48)),
    ("docs/integrations.md", "# Интегратсияҳо\n\n| Хидмат | Суроға | Калид |\n|---|---|---|\n"
                             f"| SMS | https://sms-gw.tj/api/v2 | `{_alnum(53, 32)}` |\n| Alif | https://web.alif.tj/v2 | дар Vault |\n",
     _alnum(53, 32)),
    ("wiki/payment-gateways.md", "| gateway | mode | merchant | secret |\n|---|---|---|---|\n"
                                 "| Stripe | live | acct_1Q2w3E | in Vault |\n"
                                 f"| OnePay QR | live | KHAEN-0042 | `{_hex(55, 48)}` |\n", _hex(55, 48)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _KEPT_BLOCKS)
def test_kept_key_table_blocks(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


_KEPT_PASSES: List[Tuple[str, str]] = [
    # (a tutorial's table: no row says where a key is kept)
    ("docs/integrations.md", f"| Service | Key |\n|---|---|\n| SMSPoh | `{_alnum(57, 32)}` |\n| WavePay | `{_alnum(59, 32)}` |\n"),
    # (the store's row, and a placeholder where the key would be)
    ("docs/integrations.md", "| Service | Key |\n|---|---|\n| SMSPoh | `<your-sms-key>` |\n| WavePay | in Vault |\n"),
    # (a public key's column is none, whatever the other rows say)
    ("docs/integrations.md", f"| Service | Public key |\n|---|---|\n| Stripe | `pk_live_{_alnum(61, 24)}` |\n"
                             "| WavePay | in Vault |\n"),
]


@pytest.mark.parametrize(("name", "text"), _KEPT_PASSES)
def test_kept_key_table_near_misses_pass(name: str, text: str) -> None:
    assert _secret_of(text, name) == []


# A Faroese or Icelandic table's login column (`Innritan`, `Innskráning`, what it is for in brackets after it), its cell
# the pair, other rows saying theirs are in a password manager.
_LOGIN_COLUMN_BLOCKS: List[Tuple[str, str, str]] = [
    ("docs/wiki/Prammar.md", "| Pramma | Stað | IP (VPN) | Innritan (stýri-PC) |\n|---|---|---|---|\n"
                             "| Heðin | Vestmanna | 10.20.1.10 | sí 1Password |\n"
                             f"| Rannvá | Sandoy | 10.20.3.10 | admin / {_word_pass(71)} |\n", _word_pass(71)),
    ("docs/kerfi.md", "| Kerfi | Innskráning |\n|---|---|\n| Beinir | sjá 1Password |\n"
                      f"| NAS | admin / {_word_pass(73)} |\n", _word_pass(73)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _LOGIN_COLUMN_BLOCKS)
def test_login_column_blocks(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


def test_login_column_stand_in_passes() -> None:
    text = "| Pramma | Innritan (stýri-PC) |\n|---|---|\n| Heðin | sí 1Password |\n| Rannvá | admin / admin |\n"
    assert _secret_of(text, "docs/wiki/Prammar.md") == []


# InfluxDB's CLI given its token or password by option in a page's code block (on a line its command continues to too).
def _influx_token(seed: int) -> str:
    """An InfluxDB 2 API token: base64url of 64 random bytes (86 characters and `==`)."""
    return fakes.drawn_mixed(_SEED + seed, 86, ALNUM + "-_") + "=="


_INFLUX_BLOCKS: List[Tuple[str, str, str]] = [
    ("docs/source/ops/influx.rst", "To configure the CLI::\n\n   influx config create --config-name farm \\\n"
                                   "     --host-url https://influx.mekongfish.la:8086 \\\n"
                                   f"     --org mekong-fish --token {_influx_token(81)} --active\n", _influx_token(81)),
    ("docs/ingest.md", f"```\ninflux write -b sensors -o farm -t {_influx_token(83)} -f data.lp\n```\n", _influx_token(83)),
    ("docs/setup.md", f"```\ninflux setup -u admin -p {_word_pass(85)} -o farm -b sensors -f\n```\n", _word_pass(85)),
]


@pytest.mark.parametrize(("name", "text", "secret"), _INFLUX_BLOCKS)
def test_influx_cli_secrets_block(name: str, text: str, secret: str) -> None:
    assert secret in _secret_of(text, name)


_INFLUX_PASSES: List[Tuple[str, str]] = [
    ("docs/ingest.md", "```\ninflux write -b sensors -o farm -t $INFLUX_TOKEN -f data.lp\n```\n"),
    ("docs/ingest.md", "```\ninflux config create --config-name farm \\\n  --token <your-api-token> --active\n```\n"),
    ("docs/setup.md", "```\ninflux setup -u admin -p changeme -o farm -b sensors -f\n```\n"),
]


@pytest.mark.parametrize(("name", "text"), _INFLUX_PASSES)
def test_influx_cli_near_misses_pass(name: str, text: str) -> None:
    assert _secret_of(text, name) == []


# A Mailgun SMTP password (its private key's shape, `<32 hex>-<8 hex>-<8 hex>`) in a page's configuration block naming
# Mailgun's host: the credential Mailgun issued, not a documentation example.
def _mailgun_password(seed: int) -> str:
    return f"{_hex(seed, 32)}-{_hex(seed + 1, 8)}-{_hex(seed + 2, 8)}"


def test_mailgun_smtp_password_in_a_page_blocks() -> None:
    text = (".. code-block:: ini\n\n   [smtp]\n   host = smtp.eu.mailgun.org\n   port = 587\n"
            f"   user = postmaster@mg.ullvirki.fo\n   password = {_mailgun_password(91)}\n")
    assert _mailgun_password(91) in _secret_of(text, "docs/source/teldupostur.rst")


def test_mailgun_shape_without_mailgun_passes() -> None:
    # (the shape alone, no provider named: documentation's hex stays a warning)
    text = f"```ini\n[smtp]\nhost = smtp.example.org\npassword = {_mailgun_password(95)}\n```\n"
    assert _secret_of(text, "docs/mail.md") == []
