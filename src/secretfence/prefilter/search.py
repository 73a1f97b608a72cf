"""Candidate lines: where in a text each plugin's prefilter (prefilter/spec.py) hits.

Two scanners give the same answer (tests/prefilter/search_test.py compares them):
- the compiled one, `secretfence._scan` (built from _scan.c against the limited API when the
  install found a C compiler; typed by _scan.pyi), finds every literal and pattern head in one
  pass over the bytes (confirming the heads with their verify regexes) and every kind of run in
  another;
- the pure-Python one runs a str/bytes.find or regex pass per literal and pattern, and one
  bytes.translate per kind of run. SECRETFENCE_PURE_PYTHON=1 chooses it, and it is all a
  pure-Python wheel (SECRETFENCE_PURE_PYTHON_BUILD=1) has. SCANNER_DESCRIPTION says which runs.

Each domain (the str, its UTF-8 bytes, their folded form) maps its hits to line numbers by
counting newlines in itself, so hits from all of them land on the same lines.
"""
from __future__ import annotations

import copy
import os
import re
from typing import (TYPE_CHECKING, Any, Dict, FrozenSet, Iterable, Iterator, List, Mapping, Optional, Protocol,
                    Sequence, Set, Tuple)

from secretfence.prefilter.name_guards import may_match, source_flags
from secretfence.prefilter.spec import Headed, Prefilter, Run, fold_bytes, has_ignorecase_extras, lazy_regex

if TYPE_CHECKING:
    from secretfence import _scan  # the stub (_scan.pyi), whether or not the module was built


class Scanner(Protocol):
    """The compiled scanner module, as the prefilter uses it (_scan.pyi declares it)."""

    def compile_literals(self, exact: Sequence[bytes], folded: Sequence[bytes]) -> _scan.Literals: ...
    def find_literals(self, data: bytes, compiled: _scan.Literals) -> List[Tuple[int, int]]: ...
    def find_runs(self, data: bytes, table: bytes, groups: Sequence[Tuple[int, bool]]) -> List[List[Tuple[int, int]]]: ...

Hits = List[Tuple[int, FrozenSet[int]]]  # (offset, plugin numbers)
# What a hit on a literal means: (plugins outright, ((plugins, verify regex, follow table), …), the literal, folded).
# A follow table (256 bytes, or None) is non-zero at each byte that may stand right after the literal where the
# verify regex matches (prefilter.follow): where another byte stands, or none, the regex is not called.
# (plugins, verify regex, follow table: 256 bytes, window: 256 bytes a place after the literal) (see _confirmed)
Check = Tuple[FrozenSet[int], Any, Optional[bytes], Optional[bytes]]
Meaning = Tuple[FrozenSet[int], Tuple[Check, ...], bytes, bool]
PURE_PYTHON_VARIABLE = "SECRETFENCE_PURE_PYTHON"


def _load_scanner() -> Tuple[Optional[Scanner], str]:
    """(the compiled scanner or None, what runs and why): `secretfence --version` says it."""
    if os.environ.get(PURE_PYTHON_VARIABLE):
        return None, f"pure-Python scanner: {PURE_PYTHON_VARIABLE} is set"
    try:
        # Not `from secretfence import _scan`, which reports a missing module as a plain ImportError.
        import secretfence._scan as _scan
    except ModuleNotFoundError as missing:
        if missing.name != "secretfence._scan":
            raise
        return None, "pure-Python scanner: the compiled one is not installed (pure-Python wheel, or no C compiler)"
    except ImportError as broken:  # built, but this interpreter cannot load it
        reason = (str(broken).splitlines() or [""])[0]
        return None, f"pure-Python scanner: the compiled one failed to load ({type(broken).__name__}: {reason})"
    built_for = getattr(_scan, "LIMITED_API", 0)  # absent from builds before the limited API
    if built_for:
        return _scan, f"compiled scanner: abi3, CPython {built_for >> 24}.{(built_for >> 16) & 0xFF}+"
    return _scan, "compiled scanner: built for this CPython only"


def load_scanner() -> Optional[Scanner]:
    """The compiled scanner, or None (not built here, or turned off)."""
    return _load_scanner()[0]


SCANNER, SCANNER_DESCRIPTION = _load_scanner()
_DEFAULT: Any = object()  # Prefilters' scanner argument, when not given: SCANNER as it is then

# Runs recur (identifiers in JSON, across the versions of an API): judged once per process.
_VERDICTS_KEPT = 200_000
_VERDICT_VALUE_MAX = 256
_NOT_IN_RUN = lazy_regex(b"[^a]")  # the pure-Python scan's
_RUN_GROUPS_PER_PASS = 7  # the compiled scanner's table has a bit per group, and one for quotes
_QUOTES = b"'\""
# Heads are spelled out with what follows them (prefilter.follow) once a process has searched this
# many bytes: reading the verify regexes then pays for itself, and a hook never pays. (At stop 59
# reading the 1,600 heads' regexes took about 0.17 s of the tree's CPU: parsing 350 of them, then a
# walk a head.)
_EXPAND_AFTER = 4 << 20
_MAX_FOLLOWING = 8


class _RunGroup:
    """Plugins whose prefilter is a run of the same characters: runs are found once, and each
    is offered to the plugins it is long enough for (shortest first)."""

    def __init__(self, charset: str, non_ascii: bool, quoted: bool) -> None:
        table = bytearray(b" " * 256)
        for character in charset:
            table[ord(character)] = ord("a")
        if non_ascii:
            table[0x80:] = b"a" * 128
        if quoted:
            table[ord("'")] = table[ord('"')] = ord("q")
        self.table = bytes(table)
        self.quoted = quoted
        self.members: List[Tuple[Run, FrozenSet[int]]] = []
        self._quoted_runs: Any = None
        self._verdicts: Dict[bytes, FrozenSet[int]] = {}

    @property
    def shortest(self) -> int:
        return self.members[0][0].length

    def add(self, run: Run, number: int) -> None:
        self.members.append((run, frozenset({number})))
        self.members.sort(key=lambda member: member[0].length)
        if self.quoted:
            # The closing quote is looked ahead at, so it can open the next run. Only the
            # pure-Python scan searches it: compiled on its first search.
            self._quoted_runs = lazy_regex(b"q(" + b"a" * self.shortest + b"a*)(?=q)")

    def spans(self, data: bytes) -> Iterable[Tuple[int, int]]:
        """The runs, found in pure Python: translate, then search the translation."""
        translated = data.translate(self.table)
        if self.quoted:
            return [found.span(1) for found in self._quoted_runs.finditer(translated)]
        return self._unquoted_spans(translated)

    def _unquoted_spans(self, translated: bytes) -> Iterator[Tuple[int, int]]:
        # bytes.find skips through a long needle far faster than re scans for a repeat.
        shortest = self.shortest
        needle = b"a" * shortest
        find = translated.find
        end_of_run = _NOT_IN_RUN.search
        position = find(needle)
        while position >= 0:
            after = end_of_run(translated, position + shortest)
            stop = after.start() if after is not None else len(translated)
            yield position, stop
            position = find(needle, stop)

    def judge(self, data: bytes, spans: Iterable[Tuple[int, int]], hits: Hits) -> None:
        verdicts = self._verdicts
        if len(verdicts) > _VERDICTS_KEPT:
            verdicts.clear()
        get = verdicts.get
        append = hits.append
        for start, stop in spans:
            value = data[start:stop]
            numbers = get(value)
            if numbers is None:
                numbers = self._judge(value)
                if stop - start <= _VERDICT_VALUE_MAX:  # long runs are one-offs (and memory)
                    verdicts[value] = numbers
            if numbers:
                append((start, numbers))

    def _judge(self, value: bytes) -> FrozenSet[int]:
        """The plugins this run is a candidate for."""
        accepted: Set[int] = set()
        for run, numbers in self.members:
            if len(value) < run.length:
                break
            if run.accept is None or run.accept(value):
                accepted |= numbers
        return frozenset(accepted)


class _Literals:
    """Literals (and pattern heads) for the compiled scanner, with what a hit on each means:
    the plugins it is a candidate for outright, and the (plugins, regex) pairs whose regex must
    confirm a pattern's head first.

    Each distinct literal is one entry for the scanner, however many plugins and patterns share
    it (`pass` is a head of five): the scanner then reports it once a line, not once per pattern,
    and its later occurrences on a line are searched once for all of its unconfirmed patterns.
    """

    def __init__(self, scanner: Scanner) -> None:
        self.scanner = scanner
        # Per literal, by folded, in the order first added: the (plugin numbers, verify or None,
        # following) entries added for it, sorted into a meaning when the literal is first reported.
        self._added: Dict[bool, Dict[bytes, List[Tuple[FrozenSet[int], Any, Optional[FrozenSet[int]]]]]] = {
            False: {}, True: {}}

    def add(self, literal: bytes, folded: bool, numbers: FrozenSet[int], verify: Any = None,
            following: Optional[FrozenSet[int]] = None) -> None:
        """A hit on `literal` makes `numbers` candidates (once `verify` matches, when given).
        `following`, when known, holds every byte that can stand right after the literal where
        `verify` matches (prefilter.follow): at any other, `verify` is not asked."""
        # (called some 2,800 times at every start: one dict lookup and an append)
        added = self._added[folded]
        entries = added.get(literal)
        if entries is None:
            added[literal] = [(numbers, verify, following)]
        else:
            entries.append((numbers, verify, following))

    def compile(self, merge: bool = False) -> None:
        """`merge`: a literal's verify regexes for the same plugins are tried as one regex (one
        match call instead of several; compiled when first used)."""
        self._literals = {is_folded: list(added) for is_folded, added in self._added.items()}
        exact, folded = self._literals[False], self._literals[True]
        self._merge = merge
        # Indices run through the exact literals, then the folded ones. What a hit on each means
        # is worked out when one is first reported (`meaning`): a commit hook's few small files
        # report a few dozen of some 2,400 literals, and working out all of them cost it 5 ms.
        self.meanings: List[Optional[Meaning]] = [None] * (len(exact) + len(folded))
        self.both = self.scanner.compile_literals(exact, folded)
        self._exact_only: Optional[_scan.Literals] = None
        self._folded_only: Optional[_scan.Literals] = None
        self.folded_offset = len(exact)

    def meaning(self, index: int) -> "Meaning":
        """What a hit on literal `index` means: the plugins it makes candidates outright, and the
        (plugins, verify, follow table) checks whose regex must confirm it first (less the plugins
        already candidates outright: a confirmation would add nothing). Kept once worked out."""
        is_folded = index >= self.folded_offset
        position = index - self.folded_offset if is_folded else index
        literal = self._literals[is_folded][position]
        sure: FrozenSet[int] = frozenset()
        by_verify: Dict[int, Tuple[FrozenSet[int], Any, Optional[FrozenSet[int]]]] = {}
        for numbers, verify, following in self._added[is_folded][literal]:
            if verify is None:
                sure |= numbers
            else:
                known = by_verify.get(id(verify))
                by_verify[id(verify)] = (numbers if known is None else known[0] | numbers, verify, following)
        by_plugins: Dict[FrozenSet[int], List[Tuple[Any, Optional[FrozenSet[int]]]]] = {}
        for numbers, verify, following in by_verify.values():
            if not numbers <= sure:
                by_plugins.setdefault(numbers - sure, []).append((verify, following))
        checks: List[Check] = []
        for numbers, entries in by_plugins.items():
            verifies = [verify for verify, _ in entries]
            merged = _either(verifies) if self._merge else verifies
            if merged is verifies:
                checks.extend((numbers, verify, _follow_table((following,)), _window_table((verify,), literal, is_folded))
                              for verify, following in entries)
            else:  # one regex for them all: what may follow any of them
                checks.extend((numbers, verify, _follow_table([following for _, following in entries]),
                               _window_table(verifies, literal, is_folded)) for verify in merged)
        meaning = self.meanings[index] = (sure, tuple(checks), literal, is_folded)
        return meaning

    # The exact and the folded literals apart: for a text holding a letter `re` folds to ASCII (few
    # do), so built on first use.
    @property
    def exact_only(self) -> _scan.Literals:
        if self._exact_only is None:
            self._exact_only = self.scanner.compile_literals(self._literals[False], [])
        return self._exact_only

    @property
    def folded_only(self) -> _scan.Literals:
        if self._folded_only is None:
            self._folded_only = self.scanner.compile_literals([], self._literals[True])
        return self._folded_only

    def hits(self, buffer: bytes, compiled: _scan.Literals, offset: int, hits: Hits) -> None:
        """Scan `buffer`. The scanner reports a literal's first occurrence on a line; a head
        with a `verify` regex counts at the first occurrence on the line that the regex
        confirms (a match starts at a head: each head's later occurrences are all to try).

        What a line is a candidate for is all that counts (hits are mapped to lines): plugins
        a line is already a candidate for are not confirmed again on it.

        The scanner's find_heads runs this loop in C (a tree's ~470,000 heads and their ~700,000
        verify calls cost 2 s in Python); `hits_in_python` is the same loop, for a scanner built
        before find_heads (and to test it against)."""
        find_heads = getattr(self.scanner, "find_heads", None)
        if find_heads is None:
            self.hits_in_python(buffer, compiled, offset, hits)
        else:
            find_heads(buffer, compiled, offset, self.meanings, self.meaning, _HEAD_TRIES_A_LINE, hits)

    def hits_in_python(self, buffer: bytes, compiled: _scan.Literals, offset: int, hits: Hits) -> None:
        """`hits`, written in Python."""
        meanings = self.meanings
        append = hits.append
        # The buffer lowered as the scanner matched folded literals (ASCII only: same offsets),
        # once, when a folded head is first left unconfirmed: copying and lowering the rest of
        # the line at each such head cost botocore's long documentation lines a second.
        lowered: Optional[bytes] = None
        end_of_line = -1
        on_line: Set[int] = set()  # the plugins the current line is a candidate for, so far
        for position, index in self.scanner.find_literals(buffer, compiled):
            if position > end_of_line:  # a new line (hits come in offset order)
                end_of_line = buffer.find(b"\n", position)
                if end_of_line < 0:
                    end_of_line = len(buffer)
                on_line = set()
            meaning = meanings[index + offset]
            sure, checks, literal, folded = meaning if meaning is not None else self.meaning(index + offset)
            if sure:
                append((position, sure))
                on_line |= sure
            if not checks:
                continue
            length = len(literal)
            pending = []
            for check in checks:
                numbers, verify, follows = check[:3]
                if numbers <= on_line:
                    continue
                if _confirmed(verify, follows, buffer, position, position + length, check[3] if len(check) > 3 else None):
                    append((position, numbers))
                    on_line |= numbers
                else:
                    pending.append(check)
            if not pending:
                continue
            if folded:
                if lowered is None:
                    lowered = buffer.lower()
                find = lowered.find
            else:
                find = buffer.find
            at = find(literal, position + 1, end_of_line)
            tries = 0
            while at >= 0:
                tries += 1
                if tries > _HEAD_TRIES_A_LINE:
                    # A line of hundreds of one head (`cat cat cat …`) is a candidate outright: its
                    # readers judge it, each capped a line, for less than confirming every head.
                    for numbers, *_ in pending:
                        if not numbers <= on_line:
                            append((at, numbers))
                            on_line |= numbers
                    break
                left = []
                for check in pending:
                    numbers, verify, follows = check[:3]
                    if numbers <= on_line:
                        continue
                    if _confirmed(verify, follows, buffer, at, at + length, check[3] if len(check) > 3 else None):
                        append((at, numbers))
                        on_line |= numbers
                    else:
                        left.append(check)
                if not left:
                    break
                pending = left
                at = find(literal, at + 1, end_of_line)


_HEAD_TRIES_A_LINE = 64  # a head's later occurrences a line whose confirmation is tried (see `hits`)


def _confirmed(verify: Any, follows: Optional[bytes], buffer: bytes, at: int, after: int,
               window: Optional[bytes] = None) -> bool:
    """Whether `verify` matches at `at`, a head ending at `after`: not asked where the byte
    there (or the buffer's end) cannot follow the head in a match (`follows`, a follow table),
    nor where a byte of the few after it cannot stand there in a match (`window`: 256 bytes a
    place, non-zero where a byte may stand; the buffer's end right after the head rules a match
    out, later places past the end are not judged)."""
    if follows is not None and (after >= len(buffer) or not follows[buffer[after]]):
        return False
    if window is not None:
        for place in range(len(window) >> 8):
            if after + place >= len(buffer):
                if place == 0:
                    return False
                break
            if not window[(place << 8) + buffer[after + place]]:
                return False
    return verify.match(buffer, at) is not None


def _window_table(verifies: Sequence[Any], literal: bytes, folded: bool) -> Optional[bytes]:
    """The window (256 bytes a place, non-zero where a byte may stand) of a check whose regex matches where any of
    these does after `literal`, when each has one worked out (prefilter.follow.follow_window); else None."""
    from secretfence.prefilter.follow import WINDOW, follow_window

    table = bytearray(WINDOW << 8)
    for verify in verifies:
        window = follow_window(verify, literal, folded)
        if window is None:
            return None
        for place, allowed in enumerate(window):
            if allowed is None:
                table[place << 8:(place + 1) << 8] = b"\x01" * 256
            else:
                for byte in allowed:
                    table[(place << 8) + byte] = 1
    return bytes(table)


def _follow_table(followings: Iterable[Optional[FrozenSet[int]]]) -> Optional[bytes]:
    """The follow table (256 bytes, non-zero where a byte may follow) of a check whose regex
    matches where any of those whose following bytes these are does; None when one may be
    followed by any byte (or its bytes are not known)."""
    allowed = bytearray(256)
    for following in followings:
        if following is None:
            return None
        for byte in following:
            allowed[byte] = 1
    return bytes(allowed)
_GROUP_REFERENCE = lazy_regex(rb"\\[1-9]|\(\?P=|\(\?\(")  # (compiled on first use: only for a merge of verify regexes)


def _either(verifies: List[Any]) -> List[Any]:
    """One regex that matches where any of these byte regexes does, when they share their flags
    and refer to no group (numbers would shift), else the regexes as they are."""
    sources = [verify.pattern for verify in verifies]
    if len(verifies) < 2 or len({verify.flags for verify in verifies}) != 1 or not all(
            isinstance(source, bytes) and _GROUP_REFERENCE.search(source) is None for source in sources):
        return verifies
    merged = lazy_regex(b"|".join(b"(?:" + source + b")" for source in sources), verifies[0].flags)
    try:
        merged.match(b"")  # compiles it: a group name used twice, or an inline global flag, cannot be
    except re.error:
        return verifies
    return [merged]


def _takes(literal: str) -> bool:
    """Whether the compiled scanner can look for this literal (a pattern's head: ASCII)."""
    return literal.isascii() and len(literal) >= 2 and "\n" not in literal


def _takes_exact(literal: str) -> bool:
    """Whether the compiled scanner can look for this exact literal: its UTF-8 bytes (`пароль`,
    `密码`: searched in Python they cost a pass over every file's text each)."""
    return "\n" not in literal and len(literal.encode("utf-8", "surrogatepass")) >= 2


def _name_guard(pattern: Any) -> Optional[Tuple[str, ...]]:
    """The literals one of which a name must hold for this whole-files pattern to match it, when
    worked out ahead (prefilter.name_guards): the hook's names are then mostly not searched, and
    the largest patterns never compiled."""
    from secretfence.prefilter._name_guards import GUARDS

    return GUARDS.get((pattern.pattern, source_flags(pattern)))


def _heads_of(pattern: Any) -> Optional[Tuple[str, ...]]:
    return pattern.heads if isinstance(pattern, Headed) and all(map(_takes, pattern.heads)) else None


def _expanded_head(head: str, verify: Any, folded: bool) -> Tuple[Tuple[str, ...], Optional[FrozenSet[int]]]:
    """(`head` followed by each byte that can follow it where `verify` matches, when those are
    few ASCII bytes other than a newline, else `head` alone; and for `head` alone, the bytes
    that can follow it, when known: its hits then ask `verify` only where one does)."""
    from secretfence.prefilter.follow import follow_bytes

    return spelled_out(head, follow_bytes(verify, head.encode("ascii"), folded), folded)


def spelled_out(head: str, following: Optional[FrozenSet[int]],
                folded: bool) -> Tuple[Tuple[str, ...], Optional[FrozenSet[int]]]:
    """_expanded_head's answer from the bytes that may follow the head (prefilter.follow.follow_bytes)."""
    if following is None:
        return (head,), None
    spelled = {chr(byte).lower() if folded else chr(byte) for byte in following}
    if not spelled or len(spelled) > _MAX_FOLLOWING or not all(character.isascii() and character != "\n"
                                                                 for character in spelled):
        return (head,), following
    return tuple(sorted(head + character for character in spelled)), None


class Prefilters:
    """All plugins' prefilters, searched over a whole text at once.

    `specs[number]` is plugin `number`'s prefilter; None (or an empty one) means the plugin sees
    every line, unless `skip_missing`, when None means the plugin is not asked at all.
    """

    def __init__(self, specs: Sequence[Optional[Prefilter]], skip_missing: bool = False,
                 scanner: Optional[Scanner] = _DEFAULT) -> None:
        self.scanner: Optional[Scanner] = SCANNER if scanner is _DEFAULT else scanner
        exact: Dict[str, FrozenSet[int]] = {}
        folded: Dict[str, FrozenSet[int]] = {}
        by_pattern: Dict[Any, Tuple[Any, Set[int]]] = {}
        by_folded_pattern: Dict[Any, Tuple[Any, Set[int]]] = {}
        groups: Dict[Tuple[str, bool, bool], _RunGroup] = {}
        self.whole_files: List[Tuple["re.Pattern[str]", int, Optional[Tuple[str, ...]]]] = []
        self._whole_files_of: Tuple[Optional[str], FrozenSet[int]] = (None, frozenset())  # the last name asked
        # (the scanner's index of the name guards' literals, their owners' positions, whether it took them all)
        self._guard_index: Optional[Tuple[Optional[_scan.Literals], List[List[int]], bool]] = None
        self.every_line: Set[int] = set()
        for number, spec in enumerate(specs):
            if spec is None and skip_missing:
                continue
            if spec is None or spec.is_empty:
                self.every_line.add(number)
                continue
            # (some 2,500 literals at every start, most of them one plugin's: its numbers shared)
            just_this = frozenset((number,))
            for literals, owners in ((spec.exact, exact), (spec.folded, folded)):
                for literal in literals:
                    known = owners.get(literal)
                    owners[literal] = just_this if known is None else known | just_this
            for pattern in spec.patterns:
                by_pattern.setdefault(pattern.pattern, (pattern, set()))[1].add(number)
            for folded_pattern in spec.folded_patterns:
                by_folded_pattern.setdefault(folded_pattern.pattern, (folded_pattern, set()))[1].add(number)
            if spec.run is not None:
                group = groups.get(spec.run.table_key)
                if group is None:
                    group = groups[spec.run.table_key] = _RunGroup(*spec.run.table_key)
                group.add(spec.run, number)
            if spec.whole_files is not None:
                self.whole_files.append((spec.whole_files, number, _name_guard(spec.whole_files)))
        every_folded = "".join(folded)  # (all of them ASCII and lower case: checked as one string)
        if not (every_folded.isascii() and every_folded == every_folded.lower()):
            raise ValueError("folded prefilter literals must be lower-case ASCII")
        self.run_groups = list(groups.values())
        # What the pure-Python scan searches (and, of it, what the compiled scan cannot take).
        self.exact: Dict[str, FrozenSet[int]] = exact
        self.folded = {literal.encode("ascii"): numbers for literal, numbers in folded.items()}
        self.patterns = [(pattern, frozenset(numbers)) for pattern, numbers in by_pattern.values()]
        self.folded_patterns = [(pattern, frozenset(numbers)) for pattern, numbers in by_folded_pattern.values()]
        if self.scanner is not None:
            self._plan_compiled(self.scanner)

    def fresh(self) -> "Prefilters":
        """A copy with this one's plan (the literals, patterns and run tables, and the compiled scanner's tables with
        the meanings worked out so far, all read-only once built) and a scan state of its own: it starts with the
        heads unexpanded, no bytes counted and no name asked, as a new Prefilters does."""
        copied = copy.copy(self)
        copied._whole_files_of = (None, frozenset())
        copied._guard_index = None
        if self.scanner is not None:
            copied._literals = self._unexpanded
            copied._scanned = 0
            copied._expanded = False
        return copied

    def _plan_compiled(self, scanner: Scanner) -> None:
        # Each pattern's heads the compiled scanner can look for (None: searched as in pure Python).
        self._headed = [
            [(pattern, numbers, _heads_of(pattern)) for pattern, numbers in patterns]
            for patterns in (self.patterns, self.folded_patterns)
        ]
        self._literals = self._unexpanded = self._heads_and_literals(scanner, expand=False)
        self._scanned = 0  # bytes searched so far: the heads are expanded past _EXPAND_AFTER
        self._expanded = False
        # The rest is searched as in pure Python.
        self._left_exact = {literal: numbers for literal, numbers in self.exact.items() if not _takes_exact(literal)}
        self._left_folded = {literal: numbers for literal, numbers in self.folded.items() if len(literal) < 2}
        self._left_patterns, self._left_folded_patterns = (
            [(pattern, numbers) for pattern, numbers, heads in headed if heads is None] for headed in self._headed
        )
        # One table for up to seven kinds of run: a bit per kind, and the top bit for quotes.
        self._run_passes: List[Tuple[bytes, Tuple[Tuple[int, bool], ...], List[_RunGroup]]] = []
        for first in range(0, len(self.run_groups), _RUN_GROUPS_PER_PASS):
            chunk = self.run_groups[first : first + _RUN_GROUPS_PER_PASS]
            table = bytearray(256)
            for bit, group in enumerate(chunk):
                for byte, kind in enumerate(group.table):
                    if kind == ord("a"):
                        table[byte] |= 1 << bit
            for quote in _QUOTES:
                if table[quote] & 0x7F:
                    raise ValueError("a run's charset must not contain quotes")
                table[quote] |= 0x80
            self._run_passes.append((bytes(table), tuple((group.shortest, group.quoted) for group in chunk), chunk))

    def _heads_and_literals(self, scanner: Scanner, expand: bool) -> _Literals:
        """The literals and pattern heads the compiled scanner finds. `expand`: a head is looked
        for with each byte that can follow it where its verify regex matches (prefilter.follow),
        when there are few such bytes: the same lines are candidates, and the scanner reports
        far fewer heads for Python to verify (`pat` in `path`, `user` in `users`). A head left
        as it is keeps those bytes when known (its follow table): its verify regex is not called
        where another byte follows (a line of dashes and `--`, `...` and `..`)."""
        literals = _Literals(scanner)
        add = literals.add
        for literal, numbers in self.exact.items():
            if _takes_exact(literal):
                add(literal.encode("utf-8", "surrogatepass"), False, numbers)
        for folded_literal, numbers in self.folded.items():
            if len(folded_literal) >= 2:
                add(folded_literal, True, numbers)
        follow: Dict[Tuple[int, str, bool], Tuple[Tuple[str, ...], Optional[FrozenSet[int]]]] = {}
        for is_folded, headed in zip((False, True), self._headed):
            for pattern, numbers, heads in headed:
                if heads is None:
                    continue
                verify = pattern.verify
                for head in heads:
                    if not expand or verify is None:
                        add(head.encode("ascii"), is_folded, numbers, verify)
                        continue
                    key = (id(verify), head, is_folded)
                    if key not in follow:
                        follow[key] = _expanded_head(head, verify, is_folded)
                    spelled_heads, following = follow[key]
                    for spelled_head in spelled_heads:
                        add(spelled_head.encode("ascii"), is_folded, numbers, verify, following)
        literals.compile(merge=expand)
        return literals

    def _expand_heads(self, scanner: Scanner) -> None:
        """Past _EXPAND_AFTER bytes, the heads spelled out with what follows them (reading the
        verify regexes costs milliseconds: a commit hook's few files never pay for it)."""
        self._expanded = True
        self._literals = self._heads_and_literals(scanner, expand=True)

    def candidates(
        self, text: str, filename: str, utf8: Optional[bytes] = None
    ) -> Tuple[Dict[int, Set[int]], Set[int]]:
        """({line index: plugin numbers}, plugin numbers that see every line).

        `utf8`, when given, is `text` encoded as UTF-8 (the file's own bytes, spared a re-encode).
        """
        if self.scanner is None:
            by_line = self._pure_python(text, utf8)
        else:
            by_line = self._compiled(text, utf8)
        return by_line, self.every_line | self.whole_file_numbers(filename)

    def whole_file_numbers(self, filename: str) -> FrozenSet[int]:
        """The plugins that see every line of a file of this name. A file's text, its views and
        its re-read values are searched one after the other under its name: asked once for them."""
        if filename != self._whole_files_of[0]:
            held = self._guards_held(filename)
            self._whole_files_of = (
                filename, frozenset(number for position, (pattern, number, guard) in enumerate(self.whole_files)
                                    if (guard is None or (position in held if held is not None else may_match(guard, filename)))
                                    and pattern.search(filename)))
        return self._whole_files_of[1]

    def _guards_held(self, filename: str) -> Optional[Set[int]]:
        """The positions (in `whole_files`) whose guard this name passes, found by one pass of the
        compiled scanner for every guard's literals (an archive's every member is asked: a
        generator over each guard's literals cost a third of a tiny member's time); None when
        `may_match` is to be asked instead (no scanner, a non-ASCII name, a guard it cannot take)."""
        if self.scanner is None or not filename.isascii():
            return None
        if self._guard_index is None:
            owners: Dict[bytes, List[int]] = {}
            takes_all = True
            for position, (_, _, guard) in enumerate(self.whole_files):
                for literal in guard or ():
                    if not _takes(literal) or literal != literal.lower():
                        takes_all = False
                    owners.setdefault(literal.encode("ascii", "replace"), []).append(position)
            literals = list(owners)
            compiled = self.scanner.compile_literals([], literals) if takes_all and literals else None
            self._guard_index = (compiled, [owners[literal] for literal in literals], takes_all)
        compiled, positions, takes_all = self._guard_index
        if not takes_all:
            return None
        held: Set[int] = set()
        if compiled is not None:
            for _, index in self.scanner.find_literals(filename.encode("ascii"), compiled):
                held.update(positions[index])
        return held

    def _pure_python(self, text: str, utf8: Optional[bytes]) -> Dict[int, Set[int]]:
        by_line = _lines_of(text, _hits_in(text, self.exact, self.patterns, []), "\n")
        if self.folded or self.folded_patterns or self.run_groups:
            data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
            if self.folded or self.folded_patterns:
                folded = fold_bytes(data)
                _merge(by_line, _lines_of(folded, _hits_in(folded, self.folded, self.folded_patterns, []), b"\n"))
            run_hits: Hits = []
            for group in self.run_groups:
                group.judge(data, group.spans(data), run_hits)
            _merge(by_line, _lines_of(data, run_hits, b"\n"))
        return by_line

    def _compiled(self, text: str, utf8: Optional[bytes]) -> Dict[int, Set[int]]:
        by_line = _lines_of(text, _hits_in(text, self._left_exact, self._left_patterns, []), "\n")
        data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
        if not self._expanded:
            self._scanned += len(data)
            if self._scanned > _EXPAND_AFTER:
                self._expand_heads(self.scanner)  # type: ignore[arg-type]  # (compiled: a scanner)
        literals = self._literals
        byte_hits: Hits = []
        if not (self._left_folded or self._left_folded_patterns) and not has_ignorecase_extras(data):
            # Folding would change nothing but case: match folded literals case-insensitively
            # in the same pass (and their verify regexes are IGNORECASE).
            literals.hits(data, literals.both, 0, byte_hits)
        else:
            literals.hits(data, literals.exact_only, 0, byte_hits)
            folded = fold_bytes(data)
            folded_hits = _hits_in(folded, self._left_folded, self._left_folded_patterns, [])
            literals.hits(folded, literals.folded_only, literals.folded_offset, folded_hits)
            _merge(by_line, _lines_of(folded, folded_hits, b"\n"))
        for table, kinds, groups in self._run_passes:
            for group, spans in zip(groups, literals.scanner.find_runs(data, table, kinds)):
                group.judge(data, spans, byte_hits)
        _merge(by_line, _lines_of(data, byte_hits, b"\n"))
        return by_line


def _hits_in(text: Any, literals: Mapping[Any, FrozenSet[int]], patterns: Sequence[Tuple[Any, FrozenSet[int]]], hits: Hits) -> Hits:
    """Add each literal's and pattern's first hit on every line of `text` (str or bytes)."""
    newline = "\n" if isinstance(text, str) else b"\n"
    for literal, numbers in literals.items():
        _find_all(text, literal, numbers, hits)
    for pattern, numbers in patterns:
        _search_all(pattern, text, numbers, hits, newline)
    return hits


def _merge(into: Dict[int, Set[int]], other: Dict[int, Set[int]]) -> None:
    for line, numbers in other.items():
        into.setdefault(line, set()).update(numbers)


def _search_all(pattern: Any, text: Any, numbers: FrozenSet[int], hits: Hits, newline: Any) -> None:
    """Record the first match of `pattern` on each line that has one (str or bytes)."""
    position = 0
    while True:
        found = pattern.search(text, position)
        if found is None:
            return
        hits.append((found.start(), numbers))
        end_of_line = text.find(newline, found.start())
        if end_of_line < 0:
            return
        position = end_of_line + 1


def _lines_of(text: Any, hits: Hits, newline: Any) -> Dict[int, Set[int]]:
    """{0-based line: plugin numbers} for hits given as offsets into `text` (str or bytes)."""
    by_line: Dict[int, Set[int]] = {}
    if hits:
        hits.sort(key=lambda hit: hit[0])
        line, previous = 0, 0
        for position, plugin_numbers in hits:
            line += text.count(newline, previous, position)
            previous = position
            by_line.setdefault(line, set()).update(plugin_numbers)
    return by_line


def _find_all(text: Any, literal: Any, numbers: FrozenSet[int], hits: Hits) -> None:
    """Record the first occurrence of `literal` on each line that has one (str or bytes)."""
    find = text.find
    newline = "\n" if isinstance(text, str) else b"\n"
    position = find(literal)
    while position >= 0:
        hits.append((position, numbers))
        end_of_line = find(newline, position)
        if end_of_line < 0:
            return
        position = find(literal, end_of_line + 1)
