"""Stop 66, the lead (a round-2 fixer's note): Persian's, Arabic's and Urdu's password words in a note's labelled line
(`- رمز عبور: …`, `- كلمة المرور: …`) gave no finding; only a table's column and a code span were read. Generated fakes
only (seeds 7800200-7800299)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7800200
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 8)}#{fakes.drawn(_SEED + 2, 4, '0123456789')}"
# Persian's (with the Persian kaf and yeh, its ezafe written with a zero-width non-joiner), Arabic's, Urdu's
_WORDS = ["رمز عبور", "کلمه عبور", "کلمه\u200cی عبور", "گذرواژه", "رمز", "كلمة المرور", "كلمة السر", "رمز المرور", "پاس ورڈ"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("word", _WORDS)
@pytest.mark.parametrize("name", ["notes/server.txt", "notes/server.md", "docs/runbooks/server.md"])
def test_a_labelled_password_in_arabic_script_blocks(engine: Engine, word: str, name: str) -> None:
    assert _PASSWORD in _blocked(engine, name, f"# سرور انبار\n\n- کاربر: admin\n- {word}: {_PASSWORD}\n")


@pytest.mark.parametrize("value", ["********", "changeme", "${DB_PASSWORD}", "در Bitwarden", "https://vault.example.org/x"])
@pytest.mark.parametrize("word", ["رمز عبور", "كلمة المرور"])
def test_a_labelled_password_in_arabic_script_with_no_password_passes(engine: Engine, word: str, value: str) -> None:
    assert _blocked(engine, "notes/server.txt", f"# سرور انبار\n\n- {word}: {value}\n") == []


def test_arabic_s_word_alone_is_no_password(engine: Engine) -> None:
    # (`كلمة`, a word: a glossary's `كلمة واحدة: …`, one word: …)
    assert _blocked(engine, "notes/glossary.txt", f"# مسرد\n\n- كلمة واحدة: {fakes.drawn_mixed(_SEED + 3, 14)}\n") == []
