"""detect-secrets' KeywordDetector with the same results, in time linear in the line.

Each of its regexes (detect_secrets/plugins/keyword.py) but one reads a denylist word, the rest
of that word (`\\w*`), an assignment, then a value between quotes: `SECRET`, which reads up to
the next `'`, `"` or `\\v` and gives characters back until the closing quote. `search` tries
that at every offset of the line. Three things made it quadratic or worse on long lines:
- every denylist word of a long word (`passwordpassword…`) read the word's rest again;
- a value opened by a backtick may hold backticks, so its reading ran to the next `'`/`"` (the
  line's end, on a line without them) from every backtick-quoted value, and gave it all back
  when no closing backtick fitted (`password=`a``… with a `;` required after it: cubic);
- the comparison regex (`"value" == password`) tried that from every quote of the line.

Here a match can only start where a denylist word starts (found once, on the `fold`ed line for
the IGNORECASE regexes: their letters sit at the same offsets), and only the first denylist word
of each word is tried: what follows `\\w*` does not depend on where the word began, and a later
denylist word ends no earlier (no denylist word lies inside another, ending before it:
tests/compat/detect_secrets/keyword_test.py checks). What follows the word is judged in Python
from positions found once per line (the quotes, the closing backticks): the assignment leaves
one opening quote (or a few, for `…[^\\s]{0,50}?"value";`), and whether a value can close after
it is a look-up. The regex itself then runs once, where it matches, for its groups. Before any
of that, the regex's head (up to its value, a bounded read) must match: on most lines it does
not, and that costs one regex try per word, as before.

Any regex this module does not know (a newer detect-secrets) goes the old way: `match` at the
first denylist word of each word. The class name is kept: baselines record plugins by class name.
"""
from __future__ import annotations

import bisect
import os
import re
from typing import Any, Callable, Dict, Generator, List, NamedTuple, Optional, Pattern, Set, Tuple

from detect_secrets.plugins import keyword as original

from secretfence.prefilter.spec import fold

# Every offset where a denylist word starts (overlapping: a zero-width look-ahead).
_WORD_STARTS = re.compile("(?=(?:" + "|".join(original.DENYLIST) + "))")
_WORD_REST = re.compile(r"\w*")
_WORD_CHAR = re.compile(r"\w")
_BLANKS = re.compile(r"\s*")
_COMPARISON_SIGNS = re.compile(r"[!=]{2}")
_QUOTES = "'\"`"
_BARRIERS = re.compile("[\\v'\"]")  # SECRET's body stops before these
_NOT_LAST = "\v,'\"`"  # SECRET's last character is none of these
_CLOSING_RUN = re.compile("[]'\"]{0,2}")  # CLOSING
_NON_BLANKS = re.compile(r"[^\s]{0,51}")  # one more than OPTIONAL_NON_WHITESPACE reads
_QUOTE = re.compile("['\"`]")
_OPENING_BACKTICK = re.compile(r"`(?=\w)")
_CLOSINGS: Dict[str, Pattern[str]] = {}
# What follows the closing quote of PRECEDED_BY_EQUAL_COMPARISON_SIGNS_QUOTES_REQUIRED_REGEX.
_COMPARED_TO = re.compile(r"\s*[!=]{2,3}\s*" + original.DENYLIST_REGEX_WITH_PREFIX)

Candidate = Tuple[int, str]  # (where the value starts, its opening quote or "")


def _starts_with_denylist(pattern: Pattern[str]) -> bool:
    return pattern.pattern.startswith(original.DENYLIST_REGEX)


def _without_backtracking(pattern: Pattern[str]) -> Pattern[str]:
    """The regex with its `(denylist)\\w*` reading the word's rest atomically, `(?=(\\w*))\\2`.

    Exact: what follows `\\w*` in each regex cannot start with a word character, or (`.assign(`,
    `[^\\s]{0,50}?"…";`) matches only where it would after the word's end too. It spares a retry
    of the rest of the regex at every character of a long word. The new group is number 2: later
    groups and back-references move up by one.
    """
    rest = pattern.pattern[len(original.DENYLIST_REGEX) :]
    rest = re.sub(r"\\([1-9])", lambda ref: "\\" + str(int(ref.group(1)) + (ref.group(1) != "1")), rest)
    compiled = re.compile(original.DENYLIST_REGEX[: -len(r"\w*")] + r"(?=(\w*))\2" + rest, pattern.flags)
    assert compiled.groups == pattern.groups + 1, pattern.pattern
    return compiled


_SECRET_GROUP = "(" + original.SECRET + ")"


def _head(pattern: Pattern[str]) -> Pattern[str]:
    """The atomic regex up to its value: word, assignment, opening quote. It reads a bounded
    stretch (blanks aside), so it can be tried at every word."""
    source = _without_backtracking(pattern).pattern
    return re.compile(source[: source.index(_SECRET_GROUP)], pattern.flags)


def _moved(group_number: int) -> int:
    return group_number if group_number < 2 else group_number + 1


class _Line:
    """One line, and what the value-closing look-ups need of it (found on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._barriers: Optional[List[int]] = None
        self._closings: Dict[str, List[int]] = {}
        self._openings: Optional[List[int]] = None

    def blanks_end(self, position: int) -> int:
        found = _BLANKS.match(self.text, position)
        return found.end() if found is not None else position

    def char(self, position: int) -> str:
        return self.text[position] if 0 <= position < len(self.text) else ""

    def barrier_after(self, position: int) -> int:
        """The first `'`, `"` or `\\v` at or after `position` (the line's length if none)."""
        if self._barriers is None:
            self._barriers = [found.start() for found in _BARRIERS.finditer(self.text)]
        index = bisect.bisect_left(self._barriers, position)
        return self._barriers[index] if index < len(self._barriers) else len(self.text)

    def barrier_before(self, position: int) -> int:
        """The last `'`, `"` or `\\v` before `position` (-1 if none)."""
        self.barrier_after(0)
        assert self._barriers is not None
        index = bisect.bisect_left(self._barriers, position) - 1
        return self._barriers[index] if index >= 0 else -1

    def closings(self, after: str, quotes: str = "`") -> List[int]:
        """Quotes of these kinds that can close a value (not after a character SECRET cannot
        end with), followed by what `after` names: nothing, `;`, or a comparison with a
        denylist word. One regex pass over the line."""
        key = after + quotes
        found = self._closings.get(key)
        if found is None:
            pattern = _CLOSINGS.get(key)
            if pattern is None:
                pattern = _CLOSINGS[key] = re.compile(
                    f"(?<=[^\\v,'\"`])[{quotes}]" + {"": "", ";": "(?=;)", "==": f"(?={_COMPARED_TO.pattern})"}[after]
                )
            found = self._closings[key] = [closing.start() for closing in pattern.finditer(self.text)]
        return found

    def opening_backtick_after(self, position: int) -> int:
        """The first backtick at or after `position` that a word character follows (-1: none)."""
        if self._openings is None:
            self._openings = [opening.start() for opening in _OPENING_BACKTICK.finditer(self.text)]
        index = bisect.bisect_left(self._openings, position)
        return self._openings[index] if index < len(self._openings) else -1

    def followed(self, closing: int, after: str) -> bool:
        if after == ";":
            return self.char(closing + 1) == ";"
        if after == "==":
            return _COMPARED_TO.match(self.text, closing + 1) is not None
        return True

    def value_closes(self, start: int, quote: str, after: str = "") -> bool:
        """Whether `({quote})(SECRET)(\\N)` + `after` matches with the value starting at `start`
        (the opening quote just before it; "" for none)."""
        text = self.text
        if not _WORD_CHAR.match(text, start):
            return False  # SECRET's (?=\\w+)
        if quote == "":
            return True  # it gives back to its last allowed character: there is one, at `start`
        end = self.barrier_after(start)
        if quote == "`":
            # A backtick does not stop the body: the last closing backtick before the barrier.
            closings = self.closings(after)
            index = bisect.bisect_left(closings, end) - 1
            return index >= 0 and closings[index] > start
        return (
            self.char(end) == quote and end > start and text[end - 1] not in _NOT_LAST and self.followed(end, after)
        )


# --- after the word: where each regex's value can open -----------------------------------------


def _closing_end(line: _Line, end: int) -> int:
    """After `([]'"]{0,2})?`: only its longest reading leaves a `:`, blank, `=` or `!` next."""
    return _CLOSING_RUN.match(line.text, end).end()  # type: ignore[union-attr]


def _opening(line: _Line, position: int, required: bool) -> List[Candidate]:
    """`\\s*({quote})` or `\\s*({quote}?)` from `position`."""
    start = line.blanks_end(position)
    quote = line.char(start)
    if quote and quote in _QUOTES:
        return [(start + 1, quote)]
    return [] if required else [(start, "")]


def _after_colon_equals(line: _Line, end: int) -> List[Candidate]:
    position = line.blanks_end(_closing_end(line, end))
    if line.text.startswith(":=", position):
        return _opening(line, position + 2, required=False)
    return []


def _after_colon(required: bool) -> Callable[[_Line, int], List[Candidate]]:
    def candidates(line: _Line, end: int) -> List[Candidate]:
        position = _closing_end(line, end)
        return _opening(line, position + 1, required) if line.char(position) == ":" else []

    return candidates


def _equal_signs(line: _Line, position: int) -> int:
    """Length of `(={1,3}|!==?)` at `position` (0: none); a shorter reading leaves a sign where
    a blank or a quote must follow."""
    text = line.text
    if text.startswith("!=", position):
        return 3 if text.startswith("!==", position) else 2
    count = 0
    while count < 3 and line.char(position + count) == "=":
        count += 1
    return count


def _after_equals(required: bool) -> Callable[[_Line, int], List[Candidate]]:
    def candidates(line: _Line, end: int) -> List[Candidate]:
        position = line.blanks_end(_closing_end(line, end))
        signs = _equal_signs(line, position)
        return _opening(line, position + signs, required) if signs else []

    return candidates


def _after_c_assignment(line: _Line, end: int) -> List[Candidate]:
    """`(\\[[0-9]*\\])?\\s*[!=]{1,2}\\s*(@)?(")`."""
    text = line.text
    position = end
    if line.char(position) == "[":
        digits = position + 1
        while line.char(digits) and line.char(digits) in "0123456789":
            digits += 1
        if line.char(digits) == "]":
            position = digits + 1
    position = line.blanks_end(position)
    signs = 0
    while signs < 2 and line.char(position + signs) in ("!", "="):
        signs += 1
    if not signs:
        return []
    position = line.blanks_end(position + signs)
    if line.char(position) == "@":
        position += 1
    return [(position + 1, '"')] if text.startswith('"', position) else []


def _after_call(line: _Line, end: int) -> List[Candidate]:
    """`(.assign)?\\((")` (case-sensitive, as its regex)."""
    text = line.text
    if line.char(end) not in ("", "\n") and text.startswith("assign(\"", end + 1):
        return [(end + 9, '"')]
    return [(end + 2, '"')] if text.startswith('("', end) else []


def _after_arrow(line: _Line, end: int) -> List[Candidate]:
    position = line.blanks_end(_closing_end(line, end))
    if line.char(position) != "=":
        return []
    return _opening(line, position + (2 if line.char(position + 1) == ">" else 1), required=True)


def _before_semicolon(line: _Line, end: int) -> List[Candidate]:
    r"""`[^\s]{0,50}?\s*({quote})`: up to 50 non-blank characters, lazily, then blanks."""
    text = line.text
    stop = _NON_BLANKS.match(text, end).end()  # type: ignore[union-attr]
    # A quote among the non-blank characters (with no blanks after them)...
    candidates = [(found.end(), found.group()) for found in _QUOTE.finditer(text, end, stop)]
    # ... or after the blanks that end them, when at most 50 came before.
    if stop - end <= 50 and stop < len(text):
        start = line.blanks_end(stop)
        if line.char(start) and line.char(start) in _QUOTES:
            candidates.append((start + 1, line.char(start)))
    return candidates


# Each known regex: where its value may open after the word, and what must follow the value.
_AFTER_WORD: Dict[Pattern[str], Tuple[Callable[[_Line, int], List[Candidate]], str]] = {
    original.FOLLOWED_BY_COLON_EQUAL_SIGNS_REGEX: (_after_colon_equals, ""),
    original.FOLLOWED_BY_COLON_REGEX: (_after_colon(required=False), ""),
    original.FOLLOWED_BY_COLON_QUOTES_REQUIRED_REGEX: (_after_colon(required=True), ""),
    original.FOLLOWED_BY_EQUAL_SIGNS_OPTIONAL_BRACKETS_OPTIONAL_AT_SIGN_QUOTES_REQUIRED_REGEX: (_after_c_assignment, ""),
    original.FOLLOWED_BY_OPTIONAL_ASSIGN_QUOTES_REQUIRED_REGEX: (_after_call, ""),
    original.FOLLOWED_BY_EQUAL_SIGNS_REGEX: (_after_equals(required=False), ""),
    original.FOLLOWED_BY_EQUAL_SIGNS_QUOTES_REQUIRED_REGEX: (_after_equals(required=True), ""),
    original.FOLLOWED_BY_QUOTES_AND_SEMICOLON_REGEX: (_before_semicolon, ";"),
    original.FOLLOWED_BY_ARROW_FUNCTION_SIGN_QUOTES_REQUIRED_REGEX: (_after_arrow, ""),
}


# The denylist each file extension gets (detect-secrets' determine_file_type reads only the
# extension, and builds its dict of extensions on every call: once per candidate line).
_DENYLIST_BY_EXTENSION: Dict[str, Dict[Pattern[str], int]] = {}
_DENYLISTS_KEPT = 1024


def _denylist_for(filename: str) -> Dict[Pattern[str], int]:
    extension = os.path.splitext(filename)[1]
    denylist = _DENYLIST_BY_EXTENSION.get(extension)
    if denylist is None:
        denylist = original.REGEX_BY_FILETYPE.get(
            original.determine_file_type(filename), original.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP)
        if len(_DENYLIST_BY_EXTENSION) < _DENYLISTS_KEPT:
            _DENYLIST_BY_EXTENSION[extension] = denylist
    return denylist


class KeywordDetector(original.KeywordDetector):
    def analyze_line(self, filename: str, line: str, line_number: int = 0, context: Any = None,
                     **kwargs: Any) -> Set[Any]:
        """detect-secrets' own, with the file type's denylist looked up once per extension."""
        return super(original.KeywordDetector, self).analyze_line(  # BasePlugin's: the strings found
            filename=filename, line=line, line_number=line_number, context=context,
            denylist_regex_to_group=_denylist_for(filename),
        )

    def analyze_string(
        self,
        string: str,
        denylist_regex_to_group: Optional[Dict[Pattern[str], int]] = None,
    ) -> Generator[str, None, None]:
        if self.keyword_exclude and self.keyword_exclude.search(string):
            return
        if denylist_regex_to_group is None:
            denylist_regex_to_group = original.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP
        line = _Line(string)
        starts: Dict[bool, List[int]] = {}
        for step in _plan(denylist_regex_to_group):
            if step.word_led:
                if step.folded not in starts:
                    text = fold(string) if step.folded else string
                    starts[step.folded] = [found.start() for found in _WORD_STARTS.finditer(text)]
                match = _first_after_word(step, line, starts[step.folded])
            elif step.regex is original.PRECEDED_BY_EQUAL_COMPARISON_SIGNS_QUOTES_REQUIRED_REGEX:
                match = _first_compared(step.regex, line) if _COMPARISON_SIGNS.search(string) else None
            else:  # pragma: no cover - a regex of a newer detect-secrets
                match = step.regex.search(string)
            if match:
                yield match.group(step.group)


class _Step(NamedTuple):
    """One regex of a denylist dict, with what this module runs in its place."""

    regex: Pattern[str]
    group: int  # the value's group, in the regex that is run (`atomic` for word-led ones)
    word_led: bool
    folded: bool  # IGNORECASE: denylist words are looked for on the folded line
    atomic: Optional[Pattern[str]] = None
    head: Optional[Pattern[str]] = None
    after_word: Optional[Tuple[Callable[[_Line, int], List[Candidate]], str]] = None


_PLANS: Dict[int, Tuple[Dict[Pattern[str], int], List[_Step]]] = {}


def _plan(regex_to_group: Dict[Pattern[str], int]) -> List[_Step]:
    """The steps for one of detect-secrets' dicts of regexes, made once per dict."""
    cached = _PLANS.get(id(regex_to_group))
    if cached is not None and cached[0] is regex_to_group:
        return cached[1]
    steps = []
    for regex, group in regex_to_group.items():
        folded = bool(regex.flags & re.IGNORECASE)
        if _starts_with_denylist(regex):
            after_word = _AFTER_WORD.get(regex)
            steps.append(_Step(regex, _moved(group), True, folded, _without_backtracking(regex),
                               _head(regex) if after_word is not None else None, after_word))
        else:
            steps.append(_Step(regex, group, False, folded))
    _PLANS[id(regex_to_group)] = (regex_to_group, steps)
    return steps


def _first_after_word(step: _Step, line: _Line, starts: List[int]) -> "Optional[re.Match[str]]":
    """The leftmost match of a denylist-led regex, tried at the first denylist word of each word,
    where its head matches and the look-ups say its value closes."""
    atomic, head, after_word = step.atomic, step.head, step.after_word
    assert atomic is not None
    text = line.text
    word_end = -1
    for start in starts:
        if start < word_end:
            continue  # in a word whose first denylist word was tried
        found = _WORD_REST.match(text, start)  # \w* always matches
        word_end = found.end() if found is not None else start
        if head is not None and after_word is not None:
            if head.match(text, start) is None:
                continue
            candidates, after = after_word
            if not any(line.value_closes(value, quote, after) for value, quote in candidates(line, word_end)):
                continue
        match = atomic.match(text, start)
        if match:
            return match
    return None


def _first_compared(regex: Pattern[str], line: _Line) -> "Optional[re.Match[str]]":
    """The leftmost match of `({quote})(SECRET)(\\1)\\s*[!=]{2,3}\\s*\\w*(denylist)\\w*`.

    Found from its closing quotes (those a comparison with a denylist word follows: few), each
    paired with the leftmost quote that can open a value closed there: for `'` or `"`, the
    barrier just before it (a value holds neither); for a backtick, the first backtick that
    opens a word after that barrier.
    """
    text = line.text
    first = -1
    for closing in line.closings("==", _QUOTES):
        barrier = line.barrier_before(closing)
        if text[closing] == "`":
            opening = line.opening_backtick_after(barrier + 1)
            if not 0 <= opening < closing - 1:
                continue
        else:
            opening = barrier
            if opening < 0 or text[opening] != text[closing] or opening + 1 >= closing or not _WORD_CHAR.match(text, opening + 1):
                continue
        if first < 0 or opening < first:
            first = opening
    return regex.match(text, first) if first >= 0 else None
