"""No pattern spells a run, an optional item, and the same run again (`[ \\t]*[({]?[ \\t]*`).

Where the optional item is absent the two runs are one, and a match that fails after them tries
every split of the run between the two: a line of a head and 65,000 blanks took minutes in the
prefilter's confirming regex (`clientSecret:` then spaces, no value). `[ \\t]*(?:[({][ \\t]*)?`
says the same and tries each blank once. The check reads the sources line by line, so it covers
the kinds' readers, the carriers and the prefilter heads alike, but not a form split over two source
lines or one around a named group; tests/hostile/blank_runs_cases.py holds the floods and
benchmarks/hostile.py measures them."""
from __future__ import annotations

import re
from pathlib import Path

import secretfence

# One regex item: a class, an escape, or a plain character.
_ITEM = r"(?:\[(?:\\.|[^\]\\])+\]|\\[sdwSDW]|\\.|[^\\()\[\]|?*+{}])"
# An optional item or group: `[({]?`, `(?:,[ \t]*)?`.
_OPTIONAL = r"(?:" + _ITEM + r"\?|\(\?:(?:\\.|[^()\\])*\)\?)"
# A run (`X*` or `X+`), optional items, and the same run again (`X*`).
AMBIGUOUS_RUN = re.compile(r"(" + _ITEM + r")[*+]" + _OPTIONAL + r"+\1\*(?![?+*{])")
# A blank run, then what may be one blank itself (a class holding a blank, a group with a blank
# as one alternative), then a blank run again: `[ \t]*(?::=|=|:|[ \t])[ \t]*`, `[ \t]*[=: \t][ \t]*`.
_BLANK = r"\[ \\t\]"
_MAY_BE_A_BLANK = (r"(?:\[[^\]]*(?: |\\t)[^\]]*\]|\(\?:(?:\\.|[^()\\])*\|" + _BLANK + r"\)|\(\?:" + _BLANK
                   + r"\|(?:\\.|[^()\\])*\))")
BLANK_AROUND_A_BLANK = re.compile(_BLANK + r"[*+]" + _MAY_BE_A_BLANK + r"\??" + _BLANK + r"\*")

SOURCES = Path(secretfence.__file__).parent


def ambiguous(source: str) -> "list[str]":
    """The ambiguous runs a line of source spells (`\\s` and `[ \\t]` read the same blanks on a line)."""
    normalized = source.replace(r"\s", r"[ \t]")
    return [match.group(0) for pattern in (AMBIGUOUS_RUN, BLANK_AROUND_A_BLANK) for match in pattern.finditer(normalized)]


def test_the_check_sees_the_ambiguous_form_and_not_its_rewriting() -> None:
    assert AMBIGUOUS_RUN.search(r'''rb"""pat[ \t]*(?::=|=)[ \t]*[({]?[ \t]*["'`]?"""''')
    assert AMBIGUOUS_RUN.search(r"\s*[+,)]?\s*")
    assert AMBIGUOUS_RUN.search(r"[ \t]+\(?[ \t]*")
    assert not AMBIGUOUS_RUN.search(r"[ \t]*(?:[({][ \t]*)?")
    assert ambiguous(r"[ \t]*(?:,[ \t]*)?\)?[ \t]*$")  # (two optionals, both absent)
    assert ambiguous(r"(?:=>|[:=])[ \t]*[\"']?(?:splunk|apikey)?[ \t]*[a-z]{16}")
    assert not ambiguous(r"[ \t]*(?:,[ \t]*)?(?:\)[ \t]*)?$")
    assert ambiguous(r"[ \t]*,?\s*x")  # (both runs read a blank)
    assert not ambiguous(r"[ \t]*,?[a-z]*")
    assert ambiguous(r"[ \t]*(?::=|=>|=|:|\(|[ \t])[ \t]*")  # (a blank as the separator)
    assert ambiguous(r"user[ \t]*[=: \t][ \t]*")
    assert not ambiguous(r"(?:[ \t]*(?::=|=>|=|:|\()[ \t]*|[ \t]+)")
    assert not ambiguous(r"user(?:[ \t]*[=:][ \t]*|[ \t]+)")


def test_no_pattern_in_the_package_spells_an_ambiguous_run() -> None:
    found = [f"{path.relative_to(SOURCES)}:{number}: {match}"
             for path in sorted(SOURCES.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             for match in ambiguous(line)]
    assert found == []

