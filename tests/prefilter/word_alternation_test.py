"""`word_alternation` writes a trie of words as one pattern: it must match exactly the words given,
at the same places and to the same ends as a plain alternation of them (longest word first)."""
from __future__ import annotations

import random
import re

import pytest

from secretfence.prefilter.spec import word_alternation

_ALPHABET = "ab.-_(é"


def _words(rng: random.Random) -> list[str]:
    return [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 6)))
        for _ in range(rng.randint(1, 40))
    ]


@pytest.mark.parametrize("seed", range(60))
def test_matches_what_a_plain_alternation_matches(seed: int) -> None:
    rng = random.Random(seed)
    words = _words(rng)
    trie = re.compile(word_alternation(words))
    plain = re.compile("|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True)))
    for word in set(words):
        assert trie.fullmatch(word), word
    for _ in range(50):
        text = "".join(rng.choice(_ALPHABET + "xy") for _ in range(rng.randint(0, 12)))
        assert bool(trie.fullmatch(text)) == (text in set(words)), text
        for start in range(len(text)):
            found, expected = trie.match(text, start), plain.match(text, start)
            # (a trie prefers the longer word where a plain alternation would too: `?` is greedy)
            assert (found and found.group()) == (expected and expected.group()), (text, start)


def test_prefixes_of_one_another_and_escaping() -> None:
    pattern = word_alternation(["pass", "passwd", "password", "pa.ss", "pa"])
    assert re.compile(pattern).fullmatch("pa.ss")
    assert not re.compile(pattern).fullmatch("paxss")
    assert [re.compile(pattern).match(word).group() for word in ("pa", "pass", "passw", "passwd", "password")] == [
        "pa", "pass", "pass", "passwd", "password"]
