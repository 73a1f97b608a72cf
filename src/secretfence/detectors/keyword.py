"""detect-secrets' KeywordDetector with the same results, found faster on long lines.

Each of its regexes but one starts with the denylist group, compiled with IGNORECASE, so
`regex.search(line)` is tried at every offset of the line, and a documentation line of a few
kilobytes costs hundreds of microseconds. A match can only start where a denylist word starts
(found once, on the `fold`ed line: the letters IGNORECASE equates sit at the same offsets), so
this subclass asks each regex to `match` there, in order: the first success is exactly what
`search` returns. The regex that starts with a quote needs `==`/`!=`-like signs, and is skipped
without them.

Linear in the line: after the denylist word, each regex reads `\\w*` to the end of the word
and everything after depends on where that `\\w*` stops, not on where the word began; a later
denylist word in the same word has fewer places to stop (no denylist word lies inside another,
ending before it: tests/engine_test.py checks). So once a word start fails, the other starts in
the same word fail too and are not tried (a line of `passwordpassword…` was quadratic).
The class name is kept: baselines record plugins by class name.
"""
from __future__ import annotations

import re
from typing import Dict, Generator, List, Optional, Pattern

from detect_secrets.plugins import keyword as original

from secretfence.detectors._base import fold

# Every offset where a denylist word starts (overlapping: a zero-width look-ahead).
_WORD_STARTS = re.compile("(?=(?:" + "|".join(original.DENYLIST) + "))")
_WORD_REST = re.compile(r"\w*")
_COMPARISON_SIGNS = re.compile(r"[!=]{2}")


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


# Each denylist-led regex, its atomic form and the number of the original's group there.
_ATOMIC: Dict[Pattern[str], Pattern[str]] = {}


def _atomic(pattern: Pattern[str]) -> Pattern[str]:
    compiled = _ATOMIC.get(pattern)
    if compiled is None:
        compiled = _ATOMIC[pattern] = _without_backtracking(pattern)
    return compiled


def _moved(group_number: int) -> int:
    return group_number if group_number < 2 else group_number + 1


class KeywordDetector(original.KeywordDetector):
    def analyze_string(
        self,
        string: str,
        denylist_regex_to_group: Optional[Dict[Pattern[str], int]] = None,
    ) -> Generator[str, None, None]:
        if self.keyword_exclude and self.keyword_exclude.search(string):
            return
        if denylist_regex_to_group is None:
            denylist_regex_to_group = original.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP
        starts: Optional[List[int]] = None
        for regex, group_number in denylist_regex_to_group.items():
            if _starts_with_denylist(regex):
                if starts is None:
                    starts = [found.start() for found in _WORD_STARTS.finditer(fold(string))]
                failed_word_end = -1
                for start in starts:
                    if start < failed_word_end:
                        continue  # in a word whose first denylist word already failed
                    match = _atomic(regex).match(string, start)
                    if match:
                        yield match.group(_moved(group_number))
                        break
                    word = _WORD_REST.match(string, start)  # \w* always matches
                    failed_word_end = word.end() if word is not None else start
            elif regex is not original.PRECEDED_BY_EQUAL_COMPARISON_SIGNS_QUOTES_REQUIRED_REGEX or (
                _COMPARISON_SIGNS.search(string)
            ):
                match = regex.search(string)
                if match:
                    yield match.group(group_number)
