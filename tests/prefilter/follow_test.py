"""prefilter.follow: the bytes that can follow a head where its verify regex matches."""
from __future__ import annotations

import random
import re
from typing import Any, List

from secretfence.engine import Engine
from secretfence.prefilter.follow import follow_bytes
from secretfence.prefilter.search import _heads_of


def test_the_bytes_after_a_head_are_read_from_the_regex() -> None:
    assignment = re.compile(rb"(?:pat|token)[\"'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*[a-z2-7]{52}", re.IGNORECASE)
    assert follow_bytes(assignment, b"pat", folded=True) == frozenset(b"\"']\t :=")
    assert follow_bytes(re.compile(rb"create[ \t]+secret\b", re.IGNORECASE), b"create", True) == frozenset(b" \t")
    # A case-sensitive head after which a letter follows: that letter's case only.
    assert follow_bytes(re.compile(rb"AKC[a-c]"), b"AKC", folded=False) == frozenset(b"abc")
    assert follow_bytes(re.compile(rb"ab[cd]", re.IGNORECASE), b"ab", folded=True) == frozenset(b"cdCD")
    # A head the regex cannot start with: no byte at all.
    assert follow_bytes(re.compile(rb"key="), b"pass", folded=False) == frozenset()


def test_what_it_cannot_tell_is_any_byte() -> None:
    assert follow_bytes(re.compile(rb"secret(?:_key)?"), b"secret", False) is None  # the match may end there
    assert follow_bytes(re.compile(rb"se"), b"secret", False) is None  # it ends within the head
    assert follow_bytes(re.compile(rb"(a)key\1"), b"akey", False) is None  # a back-reference
    assert follow_bytes(re.compile(rb"key(?i:x)"), b"key", False) is None  # flags within a group
    assert follow_bytes(re.compile(rb"key(?:x?)*y"), b"key", False) is None  # a repeat that may match nothing
    assert follow_bytes(re.compile("key="), b"key", False) is None  # a str regex: not a verify regex


def _verified_heads() -> List[Any]:
    """(head, verify, folded) of every verified pattern head of the default engine's plugins."""
    found = []
    for plugin in Engine().plugins:
        spec = plugin.prefilter
        for folded, patterns in ((False, spec.patterns), (True, spec.folded_patterns)) if spec is not None else ():
            for pattern in patterns:
                for head in _heads_of(pattern) or ():
                    if pattern.verify is not None:
                        found.append((head.encode("ascii"), pattern.verify, folded))
    return found


def test_every_verify_match_after_a_head_is_followed_by_a_byte_of_its_set() -> None:
    """The set is a superset of what follows: checked at every head in random texts built from
    the heads themselves and the bytes around assignments, where the verify regexes match."""
    heads = _verified_heads()
    assert len(heads) > 50
    rng = random.Random(5)
    pieces = [head for head, _, _ in heads] + [b"=", b":", b" ", b"\t", b'"', b"'", b"]", b"(", b",", b";", b"|",
                                                b"x", b"Ab9", b"-", b"_", b"@", b"/", b"\n", b"e" * 20, b"k9" * 30]
    texts = [b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    confirmed = 0
    for head, verify, folded in heads:
        following = follow_bytes(verify, head, folded)
        if following is None:
            continue
        for text in texts:
            haystack = text.lower() if folded else text
            at = haystack.find(head)
            while at >= 0:
                if verify.match(text, at) is not None:
                    confirmed += 1
                    assert at + len(head) < len(text) and text[at + len(head)] in following, (head, verify.pattern, text)
                at = haystack.find(head, at + 1)
    assert confirmed > 1000
