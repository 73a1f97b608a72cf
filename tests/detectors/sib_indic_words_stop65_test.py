"""Siblings noticed at stop 65 (no blind case stands for them: these tests are their only check): the English word
borrowed into India's other scripts, as Hindi's `पासवर्ड` and Bengali's `পাসওয়ার্ড` are (Kannada's `ಪಾಸ್‌ವರ್ಡ್`, Telugu's
`పాస్‌వర్డ్`, Malayalam's `പാസ്‌വേഡ്`, Gujarati's `પાસવર્ડ`, Punjabi's `ਪਾਸਵਰਡ`, Odia's `ପାସୱାର୍ଡ`; Marathi's is Hindi's), with
the zero-width non-joiner some keyboards put after the virama or without it, blocks where Hindi's does: a note's key, a
list item's code span, a table's password column and a settings table's row, a note's sentence giving it bare; its
stand-ins and a word that only ends as it does (Kannada's `ಕೀವರ್ಡ್`, keyword) stay clean. Generated fakes only (seeds
7771000-7771099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7771000
_PASSWORD = fakes.drawn_mixed(_SEED + 1, 6) + "#" + fakes.drawn_mixed(_SEED + 2, 5) + "!" + fakes.drawn_mixed(_SEED + 3, 5)

_ZWNJ = "\u200c"
_WORDS = ("ಪಾಸ್" + _ZWNJ + "ವರ್ಡ್", "ಪಾಸ್ವರ್ಡ್", "పాస్" + _ZWNJ + "వర్డ్", "పాస్వర్డ్", "പാസ്" + _ZWNJ + "വേഡ്", "പാസ്വേഡ്",
          "പാസ്" + _ZWNJ + "വേർഡ്", "પાસવર્ડ", "ਪਾਸਵਰਡ", "ପାସୱାର୍ଡ", "पासवर्ड")


def _forms(word: str) -> List[Tuple[str, str]]:
    return [
        ("notes/nas.md", f"# NAS\n\n{word}: {_PASSWORD}\n"),
        ("notes/nas.txt", f"NAS\n{word}: {_PASSWORD}\n"),
        ("notes/nas.md", f"# NAS\n\n- {word}: `{_PASSWORD}`\n"),
        ("docs/runbooks/nas.md", f"# NAS\n\n| Service | User | {word} |\n|---|---|---|\n| NAS | backup | {_PASSWORD} |\n"),
        ("docs/runbooks/nas.md", f"# NAS\n\n| Setting | Value |\n|---|---|\n| Host | nas.lan |\n| {word} | `{_PASSWORD}` |\n"),
        ("notes/nas.txt", f"NAS {word} {_PASSWORD} — change it every quarter\n"),
    ]


FORMS: List[Tuple[str, str]] = [form for word in _WORDS for form in _forms(word)]

DECOYS: List[Tuple[str, str]] = [
    *((name, text.replace(_PASSWORD, stand_in)) for name, text in _forms(_WORDS[0]) + _forms(_WORDS[2])
      for stand_in in ("<password>", "changeme")),
    # Kannada's `ಕೀವರ್ಡ್` (keyword), Telugu's `క్రాస్‌వర్డ్` (crossword): no password's word
    ("notes/seo.md", f"# SEO\n\nಕೀವರ್ಡ್: {_PASSWORD}\n"),
    ("notes/puzzle.md", f"# Puzzle\n\n- క్రాస్{_ZWNJ}వర్డ్: `{_PASSWORD}`\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text", FORMS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [_PASSWORD]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
