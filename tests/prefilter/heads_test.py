"""A `Headed` prefilter pattern is found two ways: the pure-Python scan searches its regex, the compiled
scanner looks for its heads and confirms each with its verify regex *where the head is* (`verify.match`
at the head: prefilter/search.py, `_Literals.hits`). Both find the same lines only if every match of
the regex starts with one of its heads. Round 54's `Środowisko` (a head the scanner could not take)
and a stop-55 reading found twenty patterns whose matches could start elsewhere: `key" : "…"` (a
blank before the colon), `( 'AC…'` (a blank after the parenthesis), `"administrator'` (mixed quotes),
`<beans:bean` (a namespace before the head `:bean`), `essid` (before the head `ssid`).

The first test proves it for every pattern with a verify regex, from the regex itself: it walks every
way a match can begin, character by character, until the text read so far starts with a head (a way
that ends, or leaves every head's spelling, first is a witness). The second checks every pattern,
those without a verify regex too (whose head may stand anywhere on the line), on whole files: a
sample of every blind set's cases."""
from __future__ import annotations

import importlib
import re
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.prefilter.spec import fold_bytes
from tests.accuracy.blind_sample import sample

_parser: Any = importlib.import_module("re._parser")  # (sre_parse, deprecated as a module name since 3.11)
_compiler: Any = importlib.import_module("re._compiler")
_constants: Any = importlib.import_module("re._constants")

WAYS_AT_MOST = 300_000  # ways of beginning a match walked for one pattern before it is called too complex
# The characters a class is tried on: every byte; for text patterns the code points up to U+2FFF
# (Latin, Greek, Cyrillic, punctuation, the blanks), fullwidth forms and an emoji.
_TEXT_UNIVERSE = [chr(code) for code in (*range(0x3000), *range(0xFF00, 0xFF60), 0x1F600)]
_BYTE_UNIVERSE = [bytes([code]) for code in range(256)]


def _headed_patterns() -> List[Tuple[bool, Any, Tuple[str, ...]]]:
    """(searched on folded bytes, the pattern, its heads) of every pattern the compiled scanner finds by heads."""
    plan = Engine()._prefilters
    return [(bool(folded), pattern, heads)
            for folded, headed in enumerate(plan._headed) for pattern, _, heads in headed if heads]


class Witness(Exception):
    """A way a match begins that no head starts."""


def _characters_of(node: Any, state: Any, is_bytes: bool) -> List[Any]:
    """The characters (of the universe) that one character-matching node of a parsed regex matches."""
    compiled = _compiler.compile(_parser.SubPattern(state, [node]), state.flags)
    return [character for character in (_BYTE_UNIVERSE if is_bytes else _TEXT_UNIVERSE) if compiled.fullmatch(character)]


def first_uncovered_beginning(source: Any, flags: int, heads: Sequence[str]) -> Optional[Any]:
    """A beginning of a match of `source` that starts with none of `heads` (None: there is none). Zero-width
    assertions are passed over, which only widens the matches walked."""
    is_bytes = isinstance(source, bytes)
    spelled = [head.encode("ascii") if is_bytes else head for head in heads]
    parsed = _parser.parse(source, flags)
    classes: Dict[str, List[Any]] = {}
    ways = [0]
    Pending = Optional[Tuple[Any, Any]]  # the nodes still to match, as a linked list

    def pushed(nodes: Sequence[Any], rest: Pending) -> Pending:
        for node in reversed(list(nodes)):
            rest = (node, rest)
        return rest

    def walk(read: Any, pending: Pending) -> None:
        ways[0] += 1
        if ways[0] > WAYS_AT_MOST:
            raise RecursionError("too many ways to walk")
        if any(read.startswith(head) for head in spelled):
            return
        if not any(head.startswith(read) for head in spelled):
            raise Witness(read)
        if pending is None:
            raise Witness(read + (b"<end of match>" if is_bytes else "<end of match>"))
        node, rest = pending
        operator, argument = node
        if operator in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            walk(read, rest)
        elif operator is _constants.SUBPATTERN:
            walk(read, pushed(argument[3].data, rest))
        elif operator is _constants.ATOMIC_GROUP:
            walk(read, pushed(argument.data, rest))
        elif operator is _constants.BRANCH:
            for alternative in argument[1]:
                walk(read, pushed(alternative.data, rest))
        elif operator in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            least, most, repeated = argument
            if most == 0:
                walk(read, rest)
                return
            again = (operator, (max(least - 1, 0), most if most == _constants.MAXREPEAT else most - 1, repeated))
            if least == 0:
                walk(read, rest)
            walk(read, pushed(repeated.data, (again, rest)))
        elif operator in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.ANY, _constants.IN):
            key = repr(node)
            if key not in classes:
                classes[key] = _characters_of(node, parsed.state, is_bytes)
            for character in classes[key]:
                walk(read + character, rest)
        else:
            raise RecursionError(f"cannot walk {operator}")

    try:
        walk(b"" if is_bytes else "", pushed(parsed.data, None))
    except Witness as witness:
        return witness.args[0]
    return None


def test_the_walk_finds_a_beginning_no_head_starts() -> None:
    """(the check above can fail: a blank before the colon, a namespace, mixed quotes, a shorter match)"""
    assert first_uncovered_beginning(rb"key[ \t]*:", 0, ("key:",)) == b"key\t"
    assert first_uncovered_beginning(rb"key[ \t]*:", 0, ("key:", "key ", "key\t")) is None
    assert first_uncovered_beginning(rb"<(?:[a-z]{1,8}:)?bean", 0, ("<bean", ":bean")) == b"<a"
    assert first_uncovered_beginning(r"""["']admin["']""", 0, ('"admin"', "'admin'")) == "\"admin'"
    assert first_uncovered_beginning(r"ab?", 0, ("ab",)) == "a<end of match>"
    assert first_uncovered_beginning(r"(?i)(?<=x)ab\b", 0, ("ab",)) == "A"  # (a head is case-sensitive)
    assert first_uncovered_beginning(r"(?:e?ssid|wlan)", 0, ("ssid", "essid", "wlan")) is None


def test_every_match_of_a_headed_pattern_starts_with_a_head() -> None:
    # (the regex, not its verify: the verify regex matches at least where the regex does, and the regex
    # is what the pure-Python scan searches)
    walked, uncovered = 0, {}
    for _, pattern, heads in _headed_patterns():
        if pattern.verify is None:  # (its head may stand anywhere on the line: the test below)
            continue
        regex = pattern.regex
        try:
            witness = first_uncovered_beginning(regex.pattern, getattr(regex, "source_flags", None) or regex.flags, heads)
        except RecursionError as error:
            witness = f"too complex to walk ({error}): give it simpler heads or a simpler regex"
        walked += 1
        if witness is not None:
            uncovered[repr(regex.pattern)[:120]] = f"a match can begin {witness!r}, with none of the heads {heads}"
    assert walked > 300
    assert uncovered == {}


def _sample_texts(step: int = 0) -> Iterator[Tuple[str, str]]:
    """tests/accuracy/blind_sample.py's sample of the blind sets (step 1: every case; run this module)."""
    for name, case in sample(step):
        yield name, case.text


def lines_no_head_confirms(text: str, patterns: Sequence[Tuple[bool, Any, Tuple[str, ...]]]) -> Iterator[Tuple[int, Any]]:
    """(line number, pattern) wherever the pure-Python scan finds a pattern on a line on which the
    compiled scanner would confirm none of its heads."""
    data = text.encode("utf-8", "surrogatepass")
    folded_data = fold_bytes(data)
    for folded, pattern, heads in patterns:
        # Folded patterns are searched on the folded bytes, and their heads found there (lower case).
        subject: Any = folded_data if folded else text
        buffer = folded_data if folded else data
        newline: Any = b"\n" if folded else "\n"
        line_starts = [0] + [match.end() for match in re.finditer(b"\n", buffer)]
        position = 0
        while True:
            found = pattern.search(subject, position)
            if found is None:
                break
            line = subject.count(newline, 0, found.start())
            start = line_starts[line]
            end = buffer.find(b"\n", start)
            if not _confirmed(buffer, start, len(buffer) if end < 0 else end, heads, pattern.verify):
                yield line + 1, pattern
            end_of_line = subject.find(newline, found.start())
            if end_of_line < 0:
                break
            position = end_of_line + 1


def _confirmed(buffer: bytes, start: int, end: int, heads: Sequence[str], verify: Any) -> bool:
    for head in heads:
        at = buffer.find(head.encode("ascii"), start, end)
        while at >= 0:
            if verify is None or verify.match(buffer, at) is not None:
                return True
            at = buffer.find(head.encode("ascii"), at + 1, end)
    return False


def test_every_line_a_headed_pattern_finds_holds_a_confirmed_head() -> None:
    patterns = _headed_patterns()
    checked, unconfirmed = 0, []
    for name, text in _sample_texts():
        checked += 1
        unconfirmed += [(name, line, pattern.pattern) for line, pattern in lines_no_head_confirms(text, patterns)]
    assert checked > 1500
    assert unconfirmed == []


def test_the_line_check_sees_a_line_no_head_confirms() -> None:
    """(the check above can fail: WebdriverIO's `key: '…'` hint, given a head its matches never start with)"""
    wdio = [(folded, pattern, heads) for folded, pattern, heads in _headed_patterns()
            if folded and pattern.pattern.startswith(rb"""key["']?[ \t]*:""")]
    assert len(wdio) == 1
    folded, pattern, heads = wdio[0]
    text = "capabilities:\n  key: 'A1b2C3d4E5f6'\n"
    assert list(lines_no_head_confirms(text, [(folded, pattern, heads)])) == []
    assert list(lines_no_head_confirms(text, [(folded, pattern, ("zzzz",))])) == [(2, pattern)]


if __name__ == "__main__":  # every blind case, not a sample (some 75 s)
    import sys
    every = _headed_patterns()
    problems = [(name, line, pattern.pattern) for name, text in _sample_texts(1) for line, pattern in lines_no_head_confirms(text, every)]
    print("\n".join(map(str, problems)) or "every line a headed pattern finds holds a confirmed head")
    sys.exit(1 if problems else 0)
