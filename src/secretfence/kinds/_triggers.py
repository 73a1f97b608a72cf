"""A kind's per-line dispatch: which of its readers may find something on a line, from one pass of
the compiled scanner over the line for every reader's literals.

A reader declares `Triggers`: what a line (or its file's name) must hold for the reader to find
anything on it. They are necessary conditions, never sufficient ones: a reader whose triggers a
line lacks finds nothing there, so it is not asked; one whose trigger is present reads the line as
it always did (its own tests decide). A trigger too many costs a call; one missing loses a form:
a reader's triggers sit beside it, and `tests/detectors/literal_dispatch_test.py` checks, on every sample of
the kinds, that no reader finds something on a line its triggers do not admit.

Without the compiled scanner (a pure-Python install) every reader reads every candidate line, as
before the dispatch (the same findings: the dispatch only skips readers that find nothing).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence, Tuple

if TYPE_CHECKING:
    from secretfence.prefilter.search import Scanner

# Characters whose lower-case form holds an ASCII letter (`İ`, the Kelvin sign), or that `re`'s
# IGNORECASE matches to one (`ı`, `ſ`), and their kin: a line holding one is read by every reader
# (the scanner folds ASCII letters only; a reader lowering the line, or searching it case-blind, would
# see a literal the scanner did not).
_FOLDS_TO_ASCII = frozenset("\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u212a"
                            "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")


class Triggers:
    """What a line must hold for a reader to find anything on it: any one of `exact` as written, any
    one of `folded` (lower-case ASCII) in either case, both of a pair in `pairs` (as written), or
    the file's (lowered) name is one `names` accepts (the reader then reads each line of the file).
    (A plain class: a NamedTuple's class is built at import, a tenth of a millisecond of the hook's.)"""

    __slots__ = ("exact", "folded", "pairs", "names")

    def __init__(self, exact: Tuple[str, ...] = (), folded: Tuple[str, ...] = (), pairs: Tuple[Tuple[str, str], ...] = (),
                 names: Optional[Callable[[str], bool]] = None) -> None:
        self.exact = exact
        self.folded = folded
        self.pairs = pairs
        self.names = names


def _check(triggers: Triggers) -> None:
    for literal in triggers.exact + triggers.folded:
        if not literal or not literal.isascii() or "\n" in literal:
            raise ValueError(f"a trigger is ASCII text of one line: {literal!r}")
    # (a pair's part may be a word in another alphabet, Greek's `κωδικός` beside a code span: the compiled scanner
    # looks for its UTF-8 in the line's, as `Words` does, and a one-byte part is looked up with `in`)
    for literal in (part for pair in triggers.pairs for part in pair):
        if not literal or "\n" in literal:
            raise ValueError(f"a pair's part is text of one line: {literal!r}")
    for literal in triggers.folded:
        if literal != literal.lower() or len(literal) < 2:
            raise ValueError(f"a folded trigger is lower-case, two characters or more: {literal!r}")


class Dispatch:
    """Readers added with their triggers, each given a bit; `of(line, lowered_name)` is the mask of
    those that may find something on the line."""

    def __init__(self) -> None:
        self._triggers: List["Triggers | Callable[[], Triggers]"] = []
        self._built = False
        self._all = 0
        self._scanner: Optional["Scanner"] = None
        self._compiled: Any = None  # the scanner's index of every reader's literals
        self._masks: List[int] = []  # by the scanner's literal index
        self._single: List[Tuple[str, int]] = []  # one-character literals, found by `in`
        self._pairs: List[Tuple[str, str, int]] = []
        # The pairs' parts, each given a bit of its own: those of 2+ bytes found in the same pass of the scanner
        # as the literals (`_parts`, by its literal index), one-byte ones by `in`; each part's bit, then what
        # it makes with the other part of each pair it opens: (the other part's bit, the reader's bit).
        self._parts: List[int] = []
        self._single_parts: List[Tuple[str, int]] = []
        self._pairs_of: Dict[int, List[Tuple[int, int]]] = {}
        self._named: List[Tuple[Callable[[str], bool], int]] = []
        self._last_name: Tuple[Optional[str], int] = (None, 0)

    def add(self, triggers: "Triggers | Callable[[], Triggers]") -> int:
        """The bit of a reader with these triggers (added before the first `of`). A callable gives
        them when the dispatch is first used: a reader's module is then imported only by a scan
        that asks a reader something, never by one (a commit hook's) that does not."""
        if self._built:
            raise RuntimeError("readers are added before the dispatch is first used")
        if isinstance(triggers, Triggers):
            _check(triggers)
        bit = 1 << len(self._triggers)
        self._triggers.append(triggers)
        self._all |= bit
        return bit

    def _build(self) -> None:
        """Made on first use (a hook that asks nothing never pays), in locals published last: a
        thread seeing `_built` sees every field (two threads building at once build the same)."""
        from secretfence.prefilter.search import SCANNER

        exact: Dict[str, int] = {}
        folded: Dict[str, int] = {}
        single: Dict[str, int] = {}
        pairs: List[Tuple[str, str, int]] = []
        named: List[Tuple[Callable[[str], bool], int]] = []
        for number, given in enumerate(self._triggers):
            bit = 1 << number
            triggers = given if isinstance(given, Triggers) else given()
            if triggers is not given:
                _check(triggers)
            for literal in triggers.exact:
                if len(literal) == 1:
                    single[literal] = single.get(literal, 0) | bit
                else:
                    exact[literal] = exact.get(literal, 0) | bit
            for literal in triggers.folded:
                folded[literal] = folded.get(literal, 0) | bit
            pairs.extend((first, second, bit) for first, second in triggers.pairs)
            if triggers.names is not None:
                named.append((triggers.names, bit))
        # The exact literals and the pairs' parts of 2+ bytes (as UTF-8: a line's UTF-8 holds a part's where its text
        # does), each once: (its readers' bits, its part's bit).
        exact_entries: Dict[bytes, Tuple[int, int]] = {literal.encode("ascii"): (bits, 0) for literal, bits in exact.items()}
        part_bits: Dict[str, int] = {}
        single_parts: List[Tuple[str, int]] = []
        pairs_of: Dict[int, List[Tuple[int, int]]] = {}
        for first, second, bit in pairs:
            for part in (first, second):
                if part not in part_bits:
                    part_bits[part] = part_bit = 1 << len(part_bits)
                    encoded = part.encode("utf-8", "surrogatepass")
                    if len(encoded) < 2:
                        single_parts.append((part, part_bit))
                    else:
                        bits, _ = exact_entries.get(encoded, (0, 0))
                        exact_entries[encoded] = (bits, part_bit)
            pairs_of.setdefault(part_bits[first], []).append((part_bits[second], bit))
        if SCANNER is not None:
            self._compiled = SCANNER.compile_literals(list(exact_entries), [literal.encode("ascii") for literal in folded])
        self._masks = [bits for bits, _ in exact_entries.values()] + list(folded.values())
        self._parts = [part_bit for _, part_bit in exact_entries.values()] + [0] * len(folded)
        self._single_parts, self._pairs_of = single_parts, pairs_of
        self._single, self._pairs, self._named = sorted(single.items()), pairs, named
        self._scanner = SCANNER
        self._built = True

    def _by_name(self, lowered_name: str) -> int:
        name, mask = self._last_name
        if name != lowered_name:
            mask = 0
            for accepts, bit in self._named:
                if accepts(lowered_name):
                    mask |= bit
            self._last_name = (lowered_name, mask)
        return mask

    def of(self, line: str, lowered_name: str) -> int:
        """The readers (their bits) that may find something on `line` of a file so named."""
        if not self._built:
            self._build()
        if self._scanner is None or (not line.isascii() and not _FOLDS_TO_ASCII.isdisjoint(line)):
            return self._all
        mask = self._by_name(lowered_name) if self._named else 0
        masks, parts = self._masks, self._parts
        present = 0  # the pairs' parts the line holds
        for _, index in self._scanner.find_literals(line.encode("utf-8", "surrogatepass"), self._compiled):
            mask |= masks[index]
            present |= parts[index]
        for literal, bits in self._single:
            if literal in line:
                mask |= bits
        for part, part_bit in self._single_parts:
            if part in line:
                present |= part_bit
        # Both parts of a pair: looked up from each part the line holds (a few), not tried pair by pair (some 300
        # `in` tests a line).
        pairs_of = self._pairs_of
        left = present
        while left:
            part_bit = left & -left  # (the lowest part left)
            left ^= part_bit
            for other, bit in pairs_of.get(part_bit, ()):
                if present & other:
                    mask |= bit
        return mask

    @property
    def compiled(self) -> bool:
        """Whether the compiled scanner answers (without it, `of` gives every reader)."""
        if not self._built:
            self._build()
        return self._scanner is not None

    @property
    def everything(self) -> int:
        """Every reader's bit (what `of` gives without the compiled scanner)."""
        return self._all


class Words:
    """Which of a reader's groups of words a line holds (any one word of a group, as written), from one
    pass of the compiled scanner over the line: a dispatcher's many `any(word in line for word in
    GROUP)` tests answered at once. Without the scanner, those `in` tests: the same answer, a line's
    UTF-8 holding a word's exactly where its text does."""

    def __init__(self) -> None:
        self._given: List[Tuple[str, ...]] = []
        self._built = False
        self._scanner: Optional["Scanner"] = None
        self._compiled: Any = None
        self._masks: List[int] = []  # by the scanner's literal index
        self._single: List[Tuple[str, int]] = []  # one-character words, found by `in`
        self._groups: List[Tuple[Tuple[str, ...], int]] = []  # (the words, their bit): the pure-Python answer

    def add(self, words: Sequence[str]) -> int:
        """The bit of a group of words (the scanner's index of them all is built on the first `of`: a
        scan that never asks never builds it)."""
        if self._built:
            raise RuntimeError("groups are added before the first `of`")
        self._given.append(tuple(words))
        return 1 << (len(self._given) - 1)

    def _build(self) -> None:
        """Made on first use, in locals published last (as Dispatch._build)."""
        from secretfence.prefilter.search import SCANNER

        by_word: Dict[str, int] = {}
        groups: List[Tuple[Tuple[str, ...], int]] = []
        for number, words in enumerate(self._given):
            for word in words:
                if not word or "\n" in word:
                    raise ValueError(f"a word is text of one line: {word!r}")
                by_word[word] = by_word.get(word, 0) | (1 << number)
            groups.append((words, 1 << number))
        long_words = [word for word in by_word if len(word.encode("utf-8")) >= 2]
        if SCANNER is not None:
            self._compiled = SCANNER.compile_literals([word.encode("utf-8") for word in long_words], [])
        self._masks = [by_word[word] for word in long_words]
        self._single = sorted((word, bits) for word, bits in by_word.items() if len(word.encode("utf-8")) < 2)
        self._groups = groups
        self._scanner = SCANNER
        self._built = True

    def of(self, line: str) -> int:
        """The bits of the groups one of whose words `line` holds."""
        if not self._built:
            self._build()
        mask = 0
        if self._scanner is None:
            for words, bit in self._groups:
                if any(word in line for word in words):
                    mask |= bit
            return mask
        masks = self._masks
        for _, index in self._scanner.find_literals(line.encode("utf-8", "surrogatepass"), self._compiled):
            mask |= masks[index]
        for word, bits in self._single:
            if word in line:
                mask |= bits
        return mask


def admitted(triggers: Triggers, line: str, lowered_name: str) -> bool:
    """Whether `line` (of a file so named) holds one of `triggers`, found by `in` (the tests'
    reference for what the scanner finds)."""
    lowered = line.lower()
    return (any(literal in line for literal in triggers.exact) or any(literal in lowered for literal in triggers.folded)
            or any(first in line and second in line for first, second in triggers.pairs)
            or (triggers.names is not None and triggers.names(lowered_name)))


__all__: Sequence[str] = ("Dispatch", "Triggers", "Words", "admitted")
