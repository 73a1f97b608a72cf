"""The bytes that can follow a pattern's head where its verify regex matches (read from the regex).

A head such as `pat` or `user` is written all over ordinary code (`path`, `users`), and each
occurrence costs the prefilter a verify match in Python. When the regex says what may follow the
head (`pat` then a quote, `]`, blank, `:` or `=`), the compiled scanner can look for the head
with each of those bytes instead: the same lines are candidates, and most occurrences are never
reported. Parsing the regexes costs milliseconds, so search.py does it only once a process has
scanned enough text to gain from it (never in a commit hook's run).

`follow_bytes` over-approximates: a construct it cannot read (a back-reference, an inline flag
group, a match that can end within the head) gives None, meaning "any byte".
"""
from __future__ import annotations

import functools
import importlib
import re
from typing import Any, Callable, FrozenSet, List, Optional, Sequence, Set, Tuple


def _regex_parser() -> Any:
    """re's own parser: `re._parser` from Python 3.11, `sre_parse` before."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python < 3.11
        return importlib.import_module("sre_parse")

_ALL = frozenset(range(256))
_NEWLINE = 0x0A
_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_DIGIT = frozenset(b"0123456789")
_SPACE = frozenset(b" \t\n\r\f\v")
_CATEGORIES = {
    "CATEGORY_DIGIT": _DIGIT, "CATEGORY_NOT_DIGIT": _ALL - _DIGIT,
    "CATEGORY_SPACE": _SPACE, "CATEGORY_NOT_SPACE": _ALL - _SPACE,
    "CATEGORY_WORD": _WORD, "CATEGORY_NOT_WORD": _ALL - _WORD,
    "CATEGORY_LINEBREAK": frozenset({_NEWLINE}), "CATEGORY_NOT_LINEBREAK": _ALL - {_NEWLINE},
}
_STEPS = 20_000  # a regex whose walk takes more is left unexpanded


class _Unreadable(Exception):
    """The regex has a construct this reading does not follow (or may end within the head)."""


def _cases(byte: int) -> Tuple[int, ...]:
    if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A:
        return (byte | 0x20, byte & ~0x20)
    return (byte,)


def _class(name: str, value: Any, ignorecase: bool, dotall: bool) -> FrozenSet[int]:
    """The bytes one character-consuming node matches (a superset)."""
    if name == "LITERAL":
        return frozenset(_cases(value) if ignorecase else (value,))
    if name == "NOT_LITERAL":
        return _ALL - {value}
    if name == "ANY":
        return _ALL if dotall else _ALL - {_NEWLINE}
    members: Set[int] = set()
    negated = False
    for op, argument in value:
        kind = str(op)
        if kind == "NEGATE":
            negated = True
        elif kind == "LITERAL":
            members.add(argument)
        elif kind == "RANGE":
            members.update(range(argument[0], argument[1] + 1))
        elif kind == "CATEGORY" and str(argument) in _CATEGORIES:
            members |= _CATEGORIES[str(argument)]
        else:
            raise _Unreadable(kind)
    if negated:
        return _ALL - members  # (without the other cases: a superset under IGNORECASE too)
    if ignorecase:
        members.update(case for byte in list(members) if byte < 0x80 for case in _cases(byte))
    return frozenset(byte for byte in members if byte < 256)


def follow_bytes(verify: Any, head: bytes, folded: bool) -> Optional[FrozenSet[int]]:
    """The bytes that can stand right after `head` where the byte regex `verify` matches at it
    (`folded`: the head is matched in any case), or None when any byte can (or it cannot tell)."""
    source = getattr(verify, "pattern", None)
    if not isinstance(source, bytes) or not head:
        return None
    try:
        parsed = _parsed(source, verify.flags)
        flags = parsed.state.flags
        return _walk_head(list(parsed), head, folded, bool(flags & re.IGNORECASE), bool(flags & re.DOTALL))
    except (_Unreadable, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None


@functools.lru_cache(maxsize=512)
def _parsed(source: bytes, flags: int) -> Any:
    """A regex's parse tree, parsed once however many heads it has: the literal kind's merged
    verify regex serves dozens of heads, and parsing it for each was most of the 0.24 s that
    spelling out the heads cost a process. The walk only reads the tree (`getwidth` caches
    widths in it, the same for every reader)."""
    return _regex_parser().parse(source, flags)


def _walk_head(items: List[Any], head: bytes, folded: bool, ignorecase: bool, dotall: bool) -> FrozenSet[int]:
    length = len(head)
    at_head = [frozenset(_cases(byte)) if folded else frozenset((byte,)) for byte in head]
    following: Set[int] = set()
    steps = [_STEPS]

    def ended(offset: int) -> None:
        raise _Unreadable("a match may end within the head, or right after it")

    def walk(nodes: Sequence[Any], index: int, offset: int, then: Callable[[int], None]) -> None:
        steps[0] -= 1
        if steps[0] < 0:
            raise _Unreadable("too many paths")
        if index == len(nodes):
            then(offset)
            return
        op, value = nodes[index]
        name = str(op)

        def rest(at: int) -> None:
            walk(nodes, index + 1, at, then)

        if name in ("LITERAL", "NOT_LITERAL", "ANY", "IN"):
            matched = _class(name, value, ignorecase, dotall)
            if offset == length:
                following.update(matched)
            elif matched & at_head[offset]:
                rest(offset + 1)
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            rest(offset)  # zero-width: ignoring what it asks only widens the set
        elif name == "BRANCH":
            for alternative in value[1]:
                walk(list(alternative), 0, offset, rest)
        elif name == "SUBPATTERN":
            if value[1] or value[2]:  # inline flags within the group
                raise _Unreadable(name)
            walk(list(value[3]), 0, offset, rest)
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            least, most, body = value
            if body.getwidth()[0] == 0:
                raise _Unreadable("a repeat that may match nothing")
            nodes_of_body = list(body)

            def repeat(count: int, at: int) -> None:
                if count >= least:
                    rest(at)
                if count < most:
                    walk(nodes_of_body, 0, at, lambda after: repeat(count + 1, after))

            repeat(0, offset)
        else:
            raise _Unreadable(name)

    walk(items, 0, 0, ended)
    return frozenset(following)
