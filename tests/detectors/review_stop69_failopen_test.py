"""Review 69: guards stop 68 added that let a real credential pass.

- Quoted-printable text (stop 68, decoys: `Parol=C4=B1_yeniden` in a mail's encoded-word subject) was read by its first
  escape alone wherever it stood: a value opening with a UTF-8 letter's escaped bytes (`[C-F]X=[89AB]X`) was passed as a
  word in any file, so a token drawn with `=` among its characters (`API_TOKEN=E2=80Kq9…` in a `.env`) gave no finding.
  Outside a saved mail and a line holding an encoded word, the value must now be such a word to its end.

Generated fakes only (seeds 9000000-9000099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 9000000
_TOKEN = fakes.drawn_mixed(_SEED + 1, 24)
_SECRET = fakes.drawn_mixed(_SEED + 2, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,line", [
    ("deploy/.env", f"API_TOKEN=E2=80{_TOKEN}"),
    ("deploy/app.conf", f"client_secret=C3=A9{_SECRET}"),
    ("deploy/app.properties", f"db.password=D0=9F{_TOKEN}"),
])
def test_a_drawn_value_opening_like_an_escaped_letter_blocks_outside_a_mail(engine: Engine, name: str, line: str) -> None:
    value = line.split("=", 1)[1]
    assert value in _blocked(engine, name, line + "\n")


@pytest.mark.parametrize("name,text", [
    ("app/mailer.py", 'SUBJECT = "=?UTF-8?Q?Parol=C4=B1_yeniden_qurmaq?="\n'),
    ("app/strings.conf", "Parol=C4=B1_yeniden\n"),
    ("mail/reset.eml", "From: a@example.com\nSubject: =?UTF-8?Q?Parol=C4=B1_yeniden_qurmaq?=\n\nSelam!\n"),
])
def test_quoted_printable_words_still_pass(engine: Engine, name: str, text: str) -> None:
    assert _blocked(engine, name, text) == []
