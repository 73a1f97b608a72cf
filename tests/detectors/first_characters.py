"""The characters a pattern's match can start with, read from its parse: the tests' check that a pattern led by
a lookahead of its first characters (`(?=[BCDH…])`, a cheaper test at each character of a long line) names them all
(a name added to the pattern with a new first letter, not added to the lookahead, would be found no more)."""
from __future__ import annotations

import re
from typing import Any, FrozenSet, Optional, Tuple

from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

_LEADING_LOOKAHEAD = re.compile(r"^\(\?=\[(?P<characters>[^\]]+)\]\)")
_ZERO_WIDTH = (constants.AT, constants.ASSERT, constants.ASSERT_NOT)
_REPEATS = (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT)


def lookahead_and_first_characters(source: str, flags: int = 0) -> Tuple[FrozenSet[str], Optional[FrozenSet[str]]]:
    """(the characters of the pattern's leading lookahead, those its match can start with without it; None: any)."""
    lead = _LEADING_LOOKAHEAD.match(source)
    assert lead is not None, f"no leading lookahead of characters: {source[:60]}"
    lookahead = frozenset(_expanded(lead.group("characters")))
    first, _ = _first(list(parser.parse(source[lead.end():], flags)), bool(flags & re.IGNORECASE))
    return lookahead, first


def _expanded(characters: str) -> str:
    """A character class's text without ranges (the lookaheads here list characters only, `$` and `.` as written)."""
    assert "-" not in characters.strip("-"), characters
    return characters


def _cased(character: str, ignorecase: bool) -> FrozenSet[str]:
    return frozenset({character, character.lower(), character.upper()}) if ignorecase else frozenset({character})


def _first(items: Any, ignorecase: bool) -> Tuple[Optional[FrozenSet[str]], bool]:
    """(the first characters of a sequence of parsed items, None for any; whether it can match empty)."""
    found: FrozenSet[str] = frozenset()
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is constants.LITERAL:
            return found | _cased(chr(value), ignorecase), False
        if op is constants.IN:
            if any(kind is not constants.LITERAL for kind, _ in value):
                return None, False
            return found.union(*(_cased(chr(code), ignorecase) for _, code in value)), False
        if op is constants.BRANCH:
            nullable = False
            for alternative in value[1]:
                first, empty = _first(list(alternative), ignorecase)
                if first is None:
                    return None, False
                found |= first
                nullable |= empty
            if not nullable:
                return found, False
            continue
        if op is constants.SUBPATTERN:
            _, added, removed, inner = value
            first, empty = _first(list(inner), (ignorecase or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE)
        elif op in _REPEATS:
            least, _, inner = value
            first, empty = _first(list(inner), ignorecase)
            empty = empty or least == 0
        else:
            return None, False
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True
