"""Stop 62's fixes of CSV sheets and password files (Māori, Corsican and Italian, Spanish teams; English handovers):
sheets of integrations' keys kept by an owner, keys issued to partners with an expiry in Italian, login sheets whose
password column is headed in Māori or Corsican or named head first with its user's (`usuario_portal`, `clave_portal`),
and a .pgpass kept as a text or backup copy. Generated fakes only: every value is built here from a seeded generator
(seeds 6740000-6749999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6740000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol, a number (`Maunga~Awa5920`)."""
    generator = random.Random(_SEED + seed)
    words = ["Maunga", "Awa", "Roto", "Moana", "Valle", "Petra", "Sierra", "Lago"]
    return (generator.choice(words) + generator.choice("!#$%@*&~") + generator.choice(words)
            + str(generator.randint(1000, 9999)))


# (file, text, secret): each must block, with the finding's value the secret.
SECRETS: List[Tuple[str, str, str]] = [
    # a .pgpass kept as a text copy or a backup: its lines read as the file's
    ("notes/pgpass_backup.txt", "# hostname:port:database:username:password\n"
     f"db.example-corp.net:5432:sales:reporter:{_alnum(1, 20)}\nlocalhost:5432:*:postgres:postgres\n", _alnum(1, 20)),
    ("ops/pgpass.prod.txt", f"pg01.example-corp.net:5432:*:backup:{_alnum(2, 18)}\n", _alnum(2, 18)),
    ("home/pgpass-old.txt", f"*:5432:ledger:ledger_app:{_alnum(3, 22)}\n", _alnum(3, 22)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a program or a page about pgpass files, and a backup copy's stock and wildcard lines
    ("tools/pgpass_reader.py", f'LINE = "db.example-corp.net:5432:sales:reporter:{_alnum(20, 20)}"\n'),
    ("docs/pgpass-notes.md", f"db.example-corp.net:5432:sales:reporter:{_alnum(21, 20)}\n"),
    ("notes/pgpass_backup.txt", "# hostname:port:database:username:password\nlocalhost:5432:*:postgres:postgres\n"
     "db.example-corp.net:5432:sales:reporter:*\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
