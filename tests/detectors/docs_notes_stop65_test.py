"""Blind round of stop 65 (notes): a plain-text note kept in a documentation tree's notes folder (`docs/notes/…txt`, a
go-live's notes) is the team's own record, its key, token and secret read as a handover's are (documentation's bar); a
page elsewhere in the docs, or a Markdown or reStructuredText page in that folder, stays documentation's alone. Through
the engine. Generated fakes only: seeds 7620300-7620399."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, length: int) -> str:
    """Letters and digits a generator drew, both cases and a digit (`F35Zng6YWeiQEIYSwdLUbm2xdHM9KGkx`)."""
    generator = random.Random(seed)
    alphabet = string.ascii_letters + string.digits
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_DRAWN = [_drawn(7620300 + step, 32) for step in range(3)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) == 32 and any(c.isdigit() for c in value) for value in _DRAWN)


# --- a notes folder's plain text kept among the docs -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["docs/notes/onepay-go-live.txt", "doc/notas/onepay.txt", "docs/ops/notes/onepay.txt"])
def test_a_docs_trees_notes_text_reads_a_secret_as_a_handover_does(engine: Engine, name: str) -> None:
    secret = _DRAWN[1]
    text = (f"OnePay go-live notes\n---\n- merchant id: mch5c2f1a3b\n- secret (from BCEL email 12/10): {secret}\n"
            "- callback: https://book.example.la/api/onepay/callback\n")
    assert _secrets(engine, name, text) == [(4, secret)]


@pytest.mark.parametrize("name", ["docs/guide/onepay.txt", "docs/notes/onepay.md", "docs/notes/onepay.rst"])
def test_a_docs_pages_secret_outside_a_notes_folders_text_stays_a_warning(engine: Engine, name: str) -> None:
    text = f"OnePay\n---\n- merchant id: mch5c2f1a3b\n- secret (from BCEL email 12/10): {_DRAWN[2]}\n"
    assert _secrets(engine, name, text) == []


def test_a_docs_notes_texts_placeholder_stays_none(engine: Engine) -> None:
    text = "OnePay go-live notes\n- secret (from BCEL email): <paste the secret here>\n- secret: see vault\n"
    assert _secrets(engine, "docs/notes/onepay-go-live.txt", text) == []
