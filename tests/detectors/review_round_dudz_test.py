"""Second reading of blind rounds DU-DZ's fixes (documentation's passwords, a runbook's forms). A login's two code
spans after a label block only where the label names what is signed in to (a list's pair of names, versions,
regions or hashes after any other label is no login); a sentence's bare password ends its clause (the word
`password` before a hash algorithm's name in a sentence going on is prose); a documentation page's code-block
assignment blocks where chosen with care (a drawn value there is an example's: the keyword rule's older decision for a
README's INI block); a device's key command is judged as the kind judges a key; a runbook under `docs/` is an
operator's notes, where a stock-looking password is the system's own. Generated fakes only (seeds 1325000-1329999). Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import steps_up

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_GENERATED = drawn_mixed(1325000, 18)
_GENERATED_2 = drawn_mixed(1325001, 20)
_HEX = drawn(1325002, 40, "0123456789abcdef")
_USER = "svc_" + drawn(1325003, 6, "abcdefghijklmnopqrstuvwxyz")
_CHOSEN = "Ocean#" + drawn(1325004, 1, "HKMNPRT") + "arbor" + drawn(1325005, 4, "123456789")


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- two code spans after a label that names no account -----------------------------------------------------------

_LIST_PAIRS = (
    "# Deploy\n- Branches: `main` / `release-2024.10`\n- Image tags: `v1.4.2` / `sha-{hex12}`\n"
    "- Regions: `us-east-1` / `eu-west-1`\n- Commit range: `a1b2c3d` / `{hex}`\n- Build ids: `build-4821` / `bld_{gen}`\n"
    "- Hash algorithms: `sha256` / `PBKDF2-HMAC-SHA256`\n- Docker images: `postgres` / `postgres:16.2-alpine3.19`\n"
)


@pytest.mark.parametrize("filename", ["docs/runbooks/deploy.md", "docs/guide/deploy.md", "ops/runbook.md"])
def test_two_spans_after_a_label_naming_no_account_do_not_block(engine: Engine, filename: str) -> None:
    text = _LIST_PAIRS.format(hex12=_HEX[:12], hex=_HEX, gen=_GENERATED)
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("label", ["Admin UI", "Web UI / ONVIF admin", "NVR root access", "Service account",
                                   "**BMS front end (local):**"])
@pytest.mark.parametrize("filename", ["docs/runbooks/site.md", "docs/sites/site.md"])
def test_two_spans_after_a_label_naming_an_account_block(engine: Engine, label: str, filename: str) -> None:
    head = f"* {label}" if label.endswith(":**") else f"- {label}:"
    for password in (_CHOSEN, _GENERATED):
        assert _lines(engine, filename, f"{head} `{_USER}` / `{password}`\n") == [(1, password)]


# --- a sentence's bare value ends its clause ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Each password is PBKDF2-HMAC-SHA256 hashed before it is stored.\n",
    "The password is AES-256-GCM-SHA384 encrypted at rest and in transit.\n",
    "Every password is SCRAM-SHA-256-PLUS bound to the channel.\n",
])
def test_a_word_after_a_bare_value_makes_it_prose(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/security.md", sentence) == []


@pytest.mark.parametrize("template", [
    "The kiosk's password is {pw}, rotated by the vendor.\n",
    "Fallback: log in as \"night\", password {pw} (tell day shift).\n",
    "The badge printer's password is {pw}.\n",
])
def test_a_bare_value_ending_its_clause_blocks(engine: Engine, template: str) -> None:
    assert _lines(engine, "docs/desk/notes.md", template.format(pw=_GENERATED_2)) == [(1, _GENERATED_2)]


# --- a code block's assignment: chosen with care blocks (a drawn value is an example's, as the keyword rule decided) --

@pytest.mark.parametrize(("filename", "template"), [
    ("docs/howto/backup.md", "Put this in `/etc/restic.env`:\n\n```bash\nexport RESTIC_PASSWORD='{pw}'\n```\n"),
    ("docs/howto/staging.rst", "Put this in ``~/.acme.ini``::\n\n    [staging]\n    password = {pw}\n"),
    ("docs/handover/notes.txt", "Reporting database\n    password = {pw}\n"),
])
def test_a_code_blocks_chosen_password_blocks_and_a_drawn_one_warns(engine: Engine, filename: str, template: str) -> None:
    line = template.count("\n", 0, template.index("{pw}")) + 1
    assert _lines(engine, filename, template.format(pw=_CHOSEN)) == [(line, _CHOSEN)]
    assert _blocked(engine, filename, template.format(pw=_GENERATED)) == []


@pytest.mark.parametrize("password", ["P@ssw0rd123!", "YourStrong!Passw0rd", "Admin@12345678", "changeme", "hunter2"])
def test_a_code_blocks_stock_password_does_not_block(engine: Engine, password: str) -> None:
    text = f"Put this in `/etc/restic.env`:\n\n```bash\nexport RESTIC_PASSWORD='{password}'\n```\n"
    assert _blocked(engine, "docs/howto/backup.md", text) == []


# --- a runbook under docs/ is an operator's notes -----------------------------------------------------------------

def test_a_runbooks_stock_password_is_the_systems_own(engine: Engine) -> None:
    text = "1. Sign in as `sa` / `P@ssw0rd123!`.\n"
    assert _lines(engine, "docs/runbooks/db-restore.md", text) == [(1, "P@ssw0rd123!")]
    assert _blocked(engine, "docs/guide/db-restore.md", text) == []


# --- one check of a group stepping up (a licence key's, an app password's, a webhook's placeholder) ----------------

def test_steps_up() -> None:
    assert steps_up("abcd") and steps_up("12345") and steps_up("ABCDE") and steps_up("x")
    assert not steps_up("abce") and not steps_up("dcba") and not steps_up(drawn(1325006, 5, "abcdefghijklmnopqrstuvwxyz"))


# --- a device's key command: the kind's judgement (a specification's test vector is a tutorial's) -----------------

@pytest.mark.parametrize("line", [
    "AT+APPKEY=2B7E151628AED2A6ABF7158809CF4F3C\n",  # (FIPS-197's example AES key, LoRaWAN tutorials' favourite)
    "AT+NWKSKEY=000102030405060708090A0B0C0D0E0F\n",
    "AT+APPSKEY=00112233445566778899AABBCCDDEEFF\n",
    "mac set appkey 2B7E151628AED2A6ABF7158809CF4F3C\n",
    "mac set nwkskey 000102030405060708090A0B0C0D0E0F\n",
])
@pytest.mark.parametrize("filename", ["firmware/provision.txt", "scripts/provision.sh"])
def test_a_device_key_commands_test_vector_does_not_block(engine: Engine, line: str, filename: str) -> None:
    assert _blocked(engine, filename, line) == []


def test_a_device_key_commands_drawn_key_blocks(engine: Engine) -> None:
    key = drawn(1325010, 32, "0123456789ABCDEF")
    assert _lines(engine, "firmware/provision.txt", f"AT+APPKEY={key}\nmac set appskey {key}\n") == [(1, key), (2, key)]
