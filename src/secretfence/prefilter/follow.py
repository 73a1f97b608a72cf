"""The bytes that can follow a pattern's head where its verify regex matches (read from the regex).

A head such as `pat` or `user` is written all over ordinary code (`path`, `users`), and each
occurrence costs the prefilter a verify match in Python. When the regex says what may follow the
head (`pat` then a quote, `]`, blank, `:` or `=`), the compiled scanner can look for the head
with each of those bytes instead: the same lines are candidates, and most occurrences are never
reported. Parsing the regexes costs milliseconds, so search.py does it only once a process has
scanned enough text to gain from it (never in a commit hook's run).

`follow_bytes` over-approximates: a construct it cannot read (a back-reference, an inline flag
group, a match that can end within the head) gives None, meaning "any byte".

Reading them is most of what spelling out the heads costs a long scan (parsing each verify regex,
compiling it to learn its flags, and walking it for each head: about 0.2 s of a process's CPU, paid
again by each worker of `--jobs 2`), so the built-in heads' answers are worked out ahead and kept in
`_follows.py`, keyed by the regex's source and flags, the head and its folding;
`tests/prefilter/follow_test.py` fails when that table is stale. A head not in the table (a changed
or a custom pattern's) is read as before: a stale table costs time, never a finding.

    PYTHONPATH=src python -m secretfence.prefilter.follow   # rewrites src/…/prefilter/_follows.py
"""
from __future__ import annotations

import functools
import importlib
import re
import sys
from typing import TYPE_CHECKING, Any, Callable, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

if TYPE_CHECKING:
    from pathlib import Path


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
    (`folded`: the head is matched in any case), or None when any byte can (or it cannot tell).
    Taken from the table worked out ahead when it holds the head (see the module's note)."""
    source = getattr(verify, "pattern", None)
    if not isinstance(source, bytes) or not head:
        return None
    flags = _source_flags(verify)
    from secretfence.prefilter._follows import FOLLOWS, PLACES

    known = FOLLOWS.get((source, flags))
    if known is not None:
        written = known[0].get((head, folded))
        if written is not None:
            place = PLACES[written]
            return None if place is None else frozenset(place)
    return read_follow_bytes(source, flags, head, folded)


WINDOW = 4  # bytes after a head a window reads (see follow_window)


def follow_window(verify: Any, literal: bytes, folded: bool) -> Optional[Tuple[Optional[bytes], ...]]:
    """The bytes that can stand at each of the WINDOW places after `literal` (a head, or a head spelled out with a byte
    that follows it) where `verify` matches at it: per place, the bytes (sorted) or None (any byte, as where a match
    may end before it). Taken from the table worked out ahead only (reading a regex that deep costs more than it
    spares at run time): None for a literal it lacks, or where a match may end within the literal or right after it."""
    source = getattr(verify, "pattern", None)
    if not isinstance(source, bytes) or not literal:
        return None
    from secretfence.prefilter._follows import FOLLOWS, PLACES

    known = FOLLOWS.get((source, _source_flags(verify)))
    written = known[1].get((literal, folded)) if known is not None else None
    return None if written is None else tuple(PLACES[place] for place in written)


def read_follow_window(source: bytes, flags: int, literal: bytes, folded: bool) -> Optional[Tuple[Optional[bytes], ...]]:
    """follow_window, read from the regex's parse tree (what the table holds for the built-in heads)."""
    try:
        parsed = _parsed(source, flags)
        state = parsed.state.flags
        places = _walk_window(list(parsed), literal, folded, bool(state & re.IGNORECASE), bool(state & re.DOTALL))
    except (_Unreadable, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return tuple(None if place is None else bytes(sorted(place)) for place in places)


def _source_flags(verify: Any) -> int:
    """The flags the regex was made with, without compiling a lazy one (the parser reads those its
    source sets itself)."""
    flags = getattr(verify, "source_flags", None)
    return int(flags if isinstance(flags, int) else verify.flags)


def read_follow_bytes(source: bytes, flags: int, head: bytes, folded: bool) -> Optional[FrozenSet[int]]:
    """follow_bytes, read from the regex's parse tree (what the table holds for the built-in heads)."""
    try:
        parsed = _parsed(source, flags)
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


def _walk_paths(items: List[Any], literal: bytes, folded: bool, ignorecase: bool, dotall: bool,
                past: Callable[[int, FrozenSet[int]], bool], ended: Callable[[int], None],
                cut: Optional[Callable[[int], bool]] = None) -> None:
    """Follows each path through the parsed regex `items` that matches `literal` (in any case when `folded`) from its
    start. A character-consuming node within the literal lets the path go on where it matches the literal's byte there;
    one at or past the literal's end gives `past` its offset and the bytes it matches, and goes on where `past` says so.
    `ended` is given the offset where a path ends; `cut` (when given) drops a path at an offset it need not be followed
    from. Raises _Unreadable for a construct it does not follow, or after _STEPS steps."""
    length = len(literal)
    at_literal = [frozenset(_cases(byte)) if folded else frozenset((byte,)) for byte in literal]
    steps = [_STEPS]

    def walk(nodes: Sequence[Any], index: int, offset: int, then: Callable[[int], None]) -> None:
        steps[0] -= 1
        if steps[0] < 0:
            raise _Unreadable("too many paths")
        if cut is not None and cut(offset):
            return
        if index == len(nodes):
            then(offset)
            return
        op, value = nodes[index]
        name = str(op)

        def rest(at: int) -> None:
            walk(nodes, index + 1, at, then)

        if name in ("LITERAL", "NOT_LITERAL", "ANY", "IN"):
            matched = _class(name, value, ignorecase, dotall)
            if offset >= length:
                if past(offset, matched):
                    rest(offset + 1)
            elif matched & at_literal[offset]:
                rest(offset + 1)
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            rest(offset)  # zero-width: ignoring what it asks only widens what follows
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


def _walk_head(items: List[Any], head: bytes, folded: bool, ignorecase: bool, dotall: bool) -> FrozenSet[int]:
    following: Set[int] = set()

    def after_head(offset: int, matched: FrozenSet[int]) -> bool:
        following.update(matched)
        return False  # (only the byte right after the head is asked)

    def ended(offset: int) -> None:
        raise _Unreadable("a match may end within the head, or right after it")

    _walk_paths(items, head, folded, ignorecase, dotall, after_head, ended)
    return frozenset(following)


def _walk_window(items: List[Any], literal: bytes, folded: bool, ignorecase: bool,
                 dotall: bool) -> Tuple[Optional[FrozenSet[int]], ...]:
    """_walk_head read WINDOW places deep: each path through the regex that matches the literal is followed past it,
    each character-consuming node adding what it matches to its place's set; a path that ends at a place leaves that
    place and those after it free (any byte: None). A path that ends within the literal or right after it: unreadable."""
    length = len(literal)
    places: List[Set[int]] = [set() for _ in range(WINDOW)]
    free = [WINDOW]  # the first place any byte may stand at (a match may end before it)
    limit = length + WINDOW

    def in_window(offset: int, matched: FrozenSet[int]) -> bool:
        places[offset - length].update(matched)
        return True

    def ended(offset: int) -> None:
        if offset <= length:
            raise _Unreadable("a match may end within the literal, or right after it")
        free[0] = min(free[0], offset - length)

    def beyond(offset: int) -> bool:
        return offset >= limit or offset - length >= free[0]  # (past the window, or where any byte may stand already)

    _walk_paths(items, literal, folded, ignorecase, dotall, in_window, ended, beyond)
    return tuple(frozenset(place) if number < free[0] else None for number, place in enumerate(places))


def built_in_heads() -> List[Tuple[bytes, int, bytes, bool]]:
    """(verify source, flags, head, folded) of every verified pattern head of the built-in plugins' prefilters
    and gates, as the prefilter spells them out (search.Prefilters)."""
    from secretfence.engine import Engine
    from secretfence.prefilter.search import _heads_of

    found: Set[Tuple[bytes, int, bytes, bool]] = set()
    for plugin in Engine().plugins:
        for spec in (plugin.prefilter, getattr(plugin, "gate", None)):
            for is_folded, patterns in ((False, spec.patterns), (True, spec.folded_patterns)) if spec is not None else ():
                for pattern in patterns:
                    heads = _heads_of(pattern)
                    verify = getattr(pattern, "verify", None) if heads else None
                    source = getattr(verify, "pattern", None)
                    if not isinstance(source, bytes):
                        continue
                    for head in heads or ():
                        found.add((source, _source_flags(verify), head.encode("ascii"), is_folded))
    return sorted(found)


# What the table holds, by regex (its source and flags): each head's following bytes (sorted; None: any byte), and
# the window of each literal the compiled scanner looks for (see windows()).
Worked = Dict[Tuple[bytes, int], Tuple[Dict[Tuple[bytes, bool], Optional[bytes]],
                                       Dict[Tuple[bytes, bool], Tuple[Optional[bytes], ...]]]]


def worked_out() -> Worked:
    """What `_follows.py` holds, read from the regexes: by regex, each built-in head's following bytes, and the
    window of each literal the compiled scanner looks for (each head, and each spelling of it with a byte that follows
    it: search.spelled_out) where it can be read and says more than that any byte may follow."""
    from secretfence.prefilter.search import spelled_out

    by_regex: Worked = {}
    for source, flags, head, folded in built_in_heads():
        heads, windows = by_regex.setdefault((source, flags), ({}, {}))
        following = read_follow_bytes(source, flags, head, folded)
        heads[head, folded] = None if following is None else bytes(sorted(following))
        spelled, _ = spelled_out(head.decode("ascii"), following, folded)
        for literal in {head} | {spelling.encode("ascii") for spelling in spelled}:
            window = read_follow_window(source, flags, literal, folded)
            if window is not None and any(place is not None for place in window):
                windows[literal, folded] = window
    return by_regex


def written() -> Worked:
    """The table `_follows.py` holds, as worked_out() gives it."""
    from secretfence.prefilter._follows import FOLLOWS, PLACES

    return {regex: ({key: PLACES[place] for key, place in heads.items()},
                    {key: tuple(PLACES[place] for place in window) for key, window in windows.items()})
            for regex, (heads, windows) in FOLLOWS.items()}


def written_table(by_regex: Optional[Worked] = None) -> str:
    """`_follows.py`: each distinct set of bytes written once (PLACES), the regexes' heads and windows by its number
    (of `by_regex`, worked_out()'s when it is given: working it out is most of the cost)."""
    by_regex = worked_out() if by_regex is None else by_regex
    places: Dict[Optional[bytes], int] = {None: 0}
    for _, (heads, windows) in sorted(by_regex.items()):  # (numbered in the order written: the same in every run)
        for place in [heads[key] for key in sorted(heads)] + [place for key in sorted(windows) for place in windows[key]]:
            places.setdefault(place, len(places))
    lines = ['"""Generated by `python -m secretfence.prefilter.follow`: the bytes that can follow each built-in',
             'prefilter head where its verify regex matches, and each looked-for literal\'s window (see follow.py).',
             'Do not edit."""',
             "from typing import Dict, Optional, Tuple", "",
             "PLACES: Tuple[Optional[bytes], ...] = ("]
    lines.extend(f"    {place!r}," for place in places)
    lines.append(")")
    lines.append("FOLLOWS: Dict[Tuple[bytes, int], Tuple[Dict[Tuple[bytes, bool], int], Dict[Tuple[bytes, bool], Tuple[int, ...]]]] = {")
    for (source, flags), (heads, windows) in sorted(by_regex.items()):
        lines.append(f"    ({source!r}, {flags!r}): (")
        lines.append("        {" + ", ".join(f"{key!r}: {places[place]}" for key, place in sorted(heads.items())) + "},")
        lines.append("        {" + ", ".join(f"{key!r}: {tuple(places[place] for place in window)!r}"
                                             for key, window in sorted(windows.items())) + "},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def table_path() -> "Path":
    from secretfence.prefilter.tables import generated_path

    return generated_path('_follows.py')


def main(argv: Optional[Sequence[str]] = None) -> int:
    from secretfence.prefilter.tables import write_generated

    return write_generated(table_path(), written_table())


if __name__ == "__main__":
    sys.exit(main())
