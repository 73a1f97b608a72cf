"""Issue 14, blind rounds of stop 62 (code): a database URI split over string literals, its password a literal of its
own after the scheme's on the same line, or wrapped in a URL-encoding call (`'mongodb+srv://app:' +
encodeURIComponent('<pw>') + '@cluster0…'`). Generated fakes only (seeds 6750100-6750199)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 6750100
_PASSWORD = (f"{fakes.drawn(_SEED + 1, 7, string.ascii_lowercase).capitalize()}@"
             f"{fakes.drawn(_SEED + 2, 6, string.ascii_lowercase).capitalize()}8225")
_TOKEN_PASSWORD = fakes.drawn_mixed(_SEED + 3, 20)


def _ts(piece: str) -> str:
    return ("import { MongoClient } from 'mongodb';\n\nconst uri =\n"
            f"  'mongodb+srv://gateway:' + {piece} +\n"
            "  '@cluster0.example.mongodb.net/bookings?retryWrites=true&w=majority';\n\n"
            "export const client = new MongoClient(uri);\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    ("api/src/db.ts", _ts(f"encodeURIComponent('{_PASSWORD}')"), _PASSWORD),
    ("api/src/db.ts", _ts(f"'{_PASSWORD}'"), _PASSWORD),
    ("api/src/db.js", _ts(f'encodeURIComponent("{_TOKEN_PASSWORD}")'), _TOKEN_PASSWORD),
    ("app/db.py", "URL = (\n    'postgresql://app:' + quote_plus('" + _PASSWORD + "') +\n    '@db.example.net:5432/app')\n",
     _PASSWORD),
    ("src/Db.java", 'String url =\n    "postgresql://app:" + URLEncoder.encode("' + _PASSWORD + '", "UTF-8") +\n'
     '    "@db.example.net:5432/app";\n', _PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # the password read from the environment, encoded or not
    ("api/src/db.ts", _ts("encodeURIComponent(process.env.MONGO_PASSWORD)")),
    ("api/src/db.ts", _ts("process.env.MONGO_PASSWORD")),
    # the encoded literal a stand-in; a URI's user alone before the host
    ("api/src/db.ts", _ts("encodeURIComponent('<password>')")),
    ("api/src/db.ts", "const uri =\n  'mongodb+srv://' + encodeURIComponent('gateway') +\n  '@cluster0.example.mongodb.net/b';\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
