"""Adversarial review of blind rounds DU-DZ. A mapping named for encryption (`encryptedBackups:`, `encryptedConnection:`)
quiets only values that read as ciphertext: the plain passphrase a backup is encrypted with, set under it, blocks
(Renovate's `encrypted:` and the ciphertext under `encryptedEnv:` stay quiet). A settings call opened at its line's
end is still read where its place, a user and a literal follow (the prefilter now asks for them: a line ending
`Config(` alone is no candidate). Through the engine. Every value here is generated."""
from __future__ import annotations

import base64
import random

import pytest
from secretfence.engine import Engine
from secretfence.kinds import _code_calls
from secretfence.kinds._helpers import in_encrypted_block
from secretfence.prefilter.spec import lazy_regex

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _ciphertext(seed: int, length: int) -> str:
    generator = random.Random(seed)
    return base64.b64encode(bytes(generator.randrange(256) for _ in range(length))).decode()


_PASSPHRASE = "Tundra-" + drawn_mixed(1320000, 6) + "-8841!"
_KEY = drawn_mixed(1320001, 20)
_CHOSEN = "Gravel*" + drawn_mixed(1320002, 5) + "5520"
_CIPHERTEXT = _ciphertext(1320003, 120)


# --- a mapping named for encryption holding a plain secret -------------------------------------------------------------

STILL_BLOCKS = [
    ("deploy/values.yaml", f"backup:\n  encryptedBackups:\n    enabled: true\n    passphrase: \"{_PASSPHRASE}\"\n", 4),
    ("config/app.yaml", f"encryptedConnection:\n  keystorePassword: {_KEY}\n", 2),
    ("config/app.json", f'{{\n  "encryptedStorage": {{\n    "enabled": true,\n    "password": "{_PASSPHRASE}"\n  }}\n}}\n', 4),
    ("config/app.yaml", f"encrypted_volume: {{passphrase: \"{_PASSPHRASE}\"}}\n", 1),
]


@pytest.mark.parametrize(("filename", "text", "line"), STILL_BLOCKS)
def test_a_plain_secret_under_a_mapping_named_for_encryption_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert line in [found[0] for found in _blocked(engine, filename, text)]


QUIET = [
    ("deploy/helm/values.yaml", f"encryptedEnv:\n  DB_PASSWORD: \"{_CIPHERTEXT}\"\n"),
    ("deploy/helm/values.yaml", f"encryptedSecrets:\n  API_TOKEN: \"ENC[AES256_GCM,data:{_KEY},iv:{_KEY[:12]},type:str]\"\n"),
    ("renovate.json", f'{{\n  "encrypted": {{\n    "npmToken": "{_CIPHERTEXT}"\n  }}\n}}\n'),
]


@pytest.mark.parametrize(("filename", "text"), QUIET)
def test_ciphertext_under_a_mapping_named_for_it_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    assert not _blocked(engine, filename, text)


def test_the_mapping_judges_the_value_by_its_look() -> None:
    lines = ["encryptedBackups:", f"  passphrase: {_PASSPHRASE}", f"  blob: {_CIPHERTEXT}"]
    assert not in_encrypted_block(lines, 1)
    assert in_encrypted_block(lines, 2)
    assert in_encrypted_block(["encrypted:", f"  npmToken: {_KEY}"], 1)  # (Renovate's: every value ciphertext)


# --- a settings call opened at its line's end -------------------------------------------------------------------------

OPENED = [
    ("app/src/main/java/a/Caster.kt", 'val s = NtripSettings( // the caster\n    "caster.example-rtk.net", 2101,\n'
     f'    "rover_17",\n    "{_CHOSEN}",\n)\n', 4),
    ("app/src/main/java/a/Caster.kt", f'val s = ServerConfig(\r\n    casterHost,\r\n    2101,\r\n    "rover_17",\r\n    "{_CHOSEN}"\r\n)\r\n', 5),
    ("gnss/caster.py", f's = ServerConfig(\n    "https://caster.example-rtk.net:2101",  # the caster\n    "rover_17",\n    r"{_CHOSEN}",\n)\n', 4),
    ("Edi/Partner.cs", f'var s = new ServerConfig(\n    "sftp.example-partner.net",\n    22,\n    "edi_out",\n    @"{_CHOSEN}");\n', 5),
]


@pytest.mark.parametrize(("filename", "text", "line"), OPENED)
def test_a_settings_call_opened_at_the_line_end_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert line in [found[0] for found in _blocked(engine, filename, text)]


def test_a_line_ending_with_a_settings_call_alone_is_no_candidate() -> None:
    hint = lazy_regex(_code_calls._FOLDED_OPENED_PLACE)
    assert hint.match(b"config(\nconfig(\n") is None
    assert hint.match(b'settings(\n    "h",\nsettings(\n') is None
    assert hint.match(b'settings(\n    host, 2101,\n    "rover",\n    "x"\n') is not None


# --- a password's word and its verb as a list item's label ------------------------------------------------------------

_SPOKEN = "Gravel*" + drawn_mixed(1320004, 5) + "4417"


@pytest.mark.parametrize("text", [
    f"- Password use: `{_SPOKEN}`\n",
    f"3. Password is: `{_SPOKEN}`\n",
    f"* The `sa` password use: `{_SPOKEN}`\n",
])
def test_a_password_labelled_with_its_verb_in_a_list_blocks(engine: Engine, text: str) -> None:
    assert 1 in [found[0] for found in _blocked(engine, "docs/setup/sql-restore.md", text)]


@pytest.mark.parametrize("text", [
    "- Password use: `<your-password>`\n",
    f"- Notes use: `{_SPOKEN}`\n",
    "- Password use: `$SQL_SA_PASSWORD`\n",
])
def test_a_labelled_verb_without_a_password_stays_quiet(engine: Engine, text: str) -> None:
    assert not _blocked(engine, "docs/setup/sql-restore.md", text)
