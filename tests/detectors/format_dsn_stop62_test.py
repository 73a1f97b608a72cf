"""Issue 14, blind rounds of stop 62 (code): a connection URI's or a Go MySQL DSN's password written as a format
template's conversion (`"postgresql://app:%s@%s:5432/db"`, `"gates:%s@tcp(%s:3306)/gates"`), the literal given to the
format call in its slot. Generated fakes only (seeds 6750000-6750099)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 6750000
_PASSWORD = fakes.drawn_mixed(_SEED + 1, 18)
_WORD_PASSWORD = f"{fakes.drawn(_SEED + 2, 6, string.ascii_lowercase).capitalize()}.{fakes.drawn(_SEED + 3, 5, string.ascii_lowercase).capitalize()}2317"


def _go(template: str, *arguments: str) -> str:
    return ('package store\n\nimport "fmt"\n\nfunc DSN(host string) string {\n'
            f'\treturn fmt.Sprintf("{template}", {", ".join(arguments)})\n}}\n')


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    ("internal/store/postgres.go", _go("postgresql://app:%s@%s:5432/scales", f'"{_WORD_PASSWORD}"', "host"), _WORD_PASSWORD),
    ("internal/store/redis.go", _go("redis://default:%s@%s:6379/0", f'"{_PASSWORD}"', "host"), _PASSWORD),
    ("internal/db/db.go", _go("gates:%s@tcp(%s:3306)/gates?parseTime=true", f'"{_PASSWORD}"', "host"), _PASSWORD),
    # Go's `%v`, the host first and the password second
    ("internal/store/mongo.go", _go("mongodb://%v:%v@db.internal:27017/app", '"app"', f'"{_PASSWORD}"'), _PASSWORD),
    # Python's `%` operand, PHP's numbered conversion
    ("app/db.py", f'URL = "postgresql://app:%s@%s:5432/db" % ("{_PASSWORD}", host)\n', _PASSWORD),
    ("app/db.php", f'<?php\n$dsn = sprintf("mysql://app:%1$s@%2$s/shop", "{_PASSWORD}", $host);\n', _PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # the password a variable, an environment read, a field
    ("internal/store/postgres.go", _go("postgresql://app:%s@%s:5432/scales", "password", "host")),
    ("internal/store/redis.go", _go("redis://default:%s@%s:6379/0", 'os.Getenv("REDIS_PASSWORD")', "host")),
    ("internal/db/db.go", _go("gates:%s@tcp(%s:3306)/gates", "cfg.Password", "host")),
    # the literal in another slot (the host's), a template with no format call
    ("internal/store/postgres.go", _go("postgresql://app:%s@%s:5432/scales", "password", '"db.internal"')),
    ("docs/dsn.go", 'const Template = "postgresql://app:%s@%s:5432/scales"\n'),
    # a stand-in given in the slot
    ("internal/store/redis.go", _go("redis://default:%s@%s:6379/0", '"changeme"', "host")),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
