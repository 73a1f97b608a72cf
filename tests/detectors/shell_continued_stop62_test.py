"""Issue 14, blind rounds of stop 62 (code): a shell's double-quoted value broken by a backslash at a line's end
(`CLAVE="Mayu@Wa\\` then `yra4451"`), which the shell reads as one word, assigned to a name saying a credential in any
language the names' reader knows. Generated fakes only (seeds 6750200-6750299)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 6750200
_HEAD = fakes.drawn(_SEED + 1, 4, string.ascii_lowercase).capitalize()
_TAIL = fakes.drawn(_SEED + 2, 5, string.ascii_lowercase)
_PASSWORD = f"{_HEAD}@{_TAIL}4451"  # (14 characters: short of a token's join)


def _script(name: str, first: str, second: str, quote: str = '"') -> str:
    return (f"#!/usr/bin/env bash\nset -e\n{name}={quote}{first}\\\n{second}{quote}\n"
            f"psql -h db.example.internal -U postgres -c \"CREATE ROLE metabase LOGIN PASSWORD '${name}'\"\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    ("scripts/crear_usuario_db.sh", _script("CLAVE", _PASSWORD[:7], _PASSWORD[7:]), _PASSWORD),
    ("scripts/create_user.sh", _script("DB_PASSWORD", _PASSWORD[:5], _PASSWORD[5:]), _PASSWORD),
    ("scripts/criar_usuario.sh", _script("SENHA", _PASSWORD[:9], _PASSWORD[9:]), _PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # single quotes keep the backslash and the line break: no one word
    ("scripts/crear_usuario_db.sh", _script("CLAVE", _PASSWORD[:7], _PASSWORD[7:], "'")),
    # a name saying no credential, a message broken over lines
    ("scripts/saludo.sh", _script("SALUDO", _PASSWORD[:7], _PASSWORD[7:])),
    ("scripts/crear_usuario_db.sh", '#!/bin/sh\nCLAVE="$(cat /run/secrets/cl\\\nave)"\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
