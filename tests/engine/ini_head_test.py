"""Which texts the INI transformer is tried on: the first statement (no comment, no blank) of
the first 200 lines, or of the rest past them, must be a section header. `_might_be_ini` finds
it by searching; the expected answers are those of the line-splitting version it replaced."""
from __future__ import annotations

import pytest

from secretfence.engine.scan import _might_be_ini


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", False),
        ("\n\n  [server]\nx=1", True),
        ("# c\n; c\n[a]", True),
        ("key = 1\n[a]", False),
        ("   # [a]", False),
        ("#\n" * 199 + "[a]", True),  # the header on line 200
        ("#\n" * 200 + "[a]", True),  # the rest past 200 lines opens with it
        ("#\n" * 201 + "[a]", False),  # the rest past 200 lines opens with a comment
        ("\n" * 300 + "[a]", True),  # blank lines: the rest's first character is the header's
        ("#" * 70000 + "\n[a]", False),  # past the 64 KiB looked at
        ("\u2028[a]", True),  # what str.strip() strips is blank
        ("\x0b\x1c;x\n\t[a]", True),
    ],
)
def test_the_first_statement_decides(text: str, expected: bool) -> None:
    assert _might_be_ini(text) is expected
