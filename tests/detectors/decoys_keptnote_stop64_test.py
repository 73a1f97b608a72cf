"""Stop 64's blocked decoys (2): a notes table's password cell saying where the password is kept and when it was changed,
read as a generated key whose alphabet holds the space (`KeePass: `Infra/NAS` (geännert 21.12.)`); and the true forms
beside it that still block (the nearest credential the narrowing could pass): a password in the same cell with the same
note, WordPress's salts with blanks among their characters. (A log's masked token: decoys_stop64_test.py.)
Generated fakes only: every value is built here from a seeded generator (seeds 7250500-7250999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_SEED = 7250500
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")
# WordPress's salt generator's alphabet (wp_generate_password with special characters), the space among them
_SALT_ALPHABET = string.ascii_letters + string.digits + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _salt(seed: int) -> str:
    """A WordPress salt of 64 drawn from its generator's alphabet, with one to three single blanks inside (drawn again
    until it has them: a salt without a blank is no sample of this form; nor one opening with `$`, read as a shell's
    expansion apart)."""
    generator = random.Random(_SEED + seed)
    while True:
        value = "".join(generator.choice(_SALT_ALPHABET) for _ in range(64))
        if value == value.strip() and "  " not in value and 1 <= value.count(" ") <= 3 and value[0] != "$":
            return value


def _handover(cell: str) -> str:
    return ("# Iwwergab -> neien IT-Prestataire\n\n| System | Benotzer | Passwuert |\n|---|---|---|\n"
            f"| NAS nas-01 | admin | {cell} |\n| Router | admin | KeePass: `Infra/Router` |\n")


_WP_SALTS = [_salt(seed) for seed in range(10, 16)]

# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a password in the handover table's cell, the same note of when it was changed after it
    ("docs/notes/iwwergab.md", _handover(f"`{_chosen(5)}` (geännert 21.12.)"), _chosen(5)),
    ("docs/notes/iwwergab.md", _handover(_chosen(6)), _chosen(6)),
] + [
    # WordPress's salts with blanks among their characters, in wp-config.php
    ("wp-config.php", f"<?php\ndefine( 'AUTH_KEY', '{salt}' );\n", salt) for salt in _WP_SALTS if "'" not in salt
]

# (file, text): nothing may block.
DECOYS: List[Tuple[str, str]] = [
    # a notes table's cell saying where the password is kept and when it was changed, in the team's language or English
    ("docs/notes/iwwergab.md", _handover("KeePass: `Infra/NAS` (geännert 21.12.)")),
    ("docs/notes/iwwergab.md", _handover("KeePass: `Infra/NAS` (changed 21.12.)")),
    ("docs/notes/iwwergab.md", _handover("LastPass: `IT/Firewall` (rotéiert 03.01.)")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []


def test_salts_are_drawn() -> None:
    # (the salts above are samples of the form: a blank inside each, and enough of them quoted in single quotes)
    assert len([salt for salt in _WP_SALTS if "'" not in salt]) >= 4


@pytest.mark.parametrize("salt", _WP_SALTS)
def test_salt_with_blanks_is_a_credential(salt: str) -> None:
    # (the judgement itself, whatever quotes the file would need)
    assert is_literal_credential(salt, True, False, key="AUTH_KEY")


@pytest.mark.parametrize("value", ["KeePass: `Infra/NAS` (geännert 21.12.)", "KeePass: `Infra/NAS` (changed 21.12.)"])
def test_note_with_blanks_is_none(value: str) -> None:
    assert not is_literal_credential(value, True, False, key="password")
