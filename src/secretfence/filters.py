"""detect-secrets 1.5 filters, with the same verdicts, in time linear in the line.

The engine asks a line's filters once a plugin reports something on it, and its secret filters
once per reported secret. Two of detect-secrets' own are super-linear there:
- `is_likely_id_string` searches the line up to each secret's first occurrence: quadratic in a
  line holding thousands of secrets;
- `is_line_allowlisted`'s regexes begin with `[ \\t]*` and end with `.*?{end}[ \\t]*$`, which
  retry a run of blanks from each of its characters: quadratic in a long run of blanks.
tests/engine_test.py compares each with the original on generated lines.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, List, Optional, Tuple

# detect_secrets.filters.heuristic._get_id_detector_regex
_ID_MARKER = re.compile(r"(^(id|myid|userid)|_id)s?[^a-z0-9]", re.IGNORECASE)
# Plugins whose reported values are substrings of the line they were given.
_SUBSTRING_PLUGIN_MODULES = ("detect_secrets.plugins.", "secretfence.detectors.")


class LikelyIdString:
    """detect_secrets.filters.heuristic.is_likely_id_string: the secret follows an id marker
    (`id:`, `user_ids=`, `_id `) on its line.

    The marker that ends first is found once per line; a secret is then "likely an id" when its
    first occurrence starts at or after that end, which a bounded search tells.
    """

    def __init__(self) -> None:
        self._line: Optional[str] = None
        self._marker_end: Optional[int] = None

    def __call__(self, secret: str, line: str, plugin: Any = None) -> bool:
        from detect_secrets.plugins.base import RegexBasedDetector

        if plugin is not None and isinstance(plugin, RegexBasedDetector):
            return False
        end = self._first_marker_end(line)
        if end is None:
            return False
        if line.find(secret, 0, end - 1 + len(secret)) >= 0:
            return False  # it occurs before the marker is complete
        if type(plugin).__module__.startswith(_SUBSTRING_PLUGIN_MODULES):
            return True  # it occurs (the plugin found it in this line), so after the marker
        return secret in line

    def _first_marker_end(self, line: str) -> Optional[int]:
        if self._line is not line:
            self._line, self._marker_end = line, _first_match_end(line)
        return self._marker_end


def _first_match_end(line: str) -> Optional[int]:
    """The smallest end of any match of _ID_MARKER in the line. A match is 3 to 8 characters
    long, one per start: only starts before the leftmost match's end can end earlier."""
    first = _ID_MARKER.search(line)
    if first is None:
        return None
    end = first.end()
    for start in range(first.start() + 1, end):
        other = _ID_MARKER.match(line, start)
        if other is not None:
            end = min(end, other.end())
    return end


# How each comment style's closing part reads once `.*?{end}[ \t]*$` is satisfied: the
# line, right-stripped of blanks, ends with it (and nothing but a last newline follows).
_CLOSINGS = {"": "", r" *\*/": "*/", " *?-->": "-->"}


@lru_cache(maxsize=16)
def _allowlist_heads(extension: str) -> Optional[Tuple[List[Tuple["re.Pattern[str]", str]], ...]]:
    """Per payload (the line, then the previous line): [(head regex, closing)], or None when
    detect-secrets' comment styles are not the ones this was written for."""
    from detect_secrets.filters.allowlist import _get_comment_tuples, _get_file_to_index_dict

    tuples = _get_comment_tuples()
    if extension in _get_file_to_index_dict():
        tuples = [tuples[_get_file_to_index_dict()[extension]]]
    if any(end not in _CLOSINGS for _, end in tuples):
        return None
    heads = []
    for nextline in (False, True):
        compiled: List[Tuple["re.Pattern[str]", str]] = []
        for start, end in tuples:
            # `[# \t]*? *` is `[# \t]*` (the lazy part overlaps the spaces: quadratic).
            opening = start[: -len("[# \\t]*?")] + "[# \\t]*" if start.endswith("[# \\t]*?") else start + " *"
            word = "allowlist[ -]nextline" if nextline else "(allow|white)list"
            # The non-nextline regex's leading `[ \t]*` cannot decide whether it matches.
            head = ("[ \\t]*" if nextline else "") + f"{opening}pragma: ?{word}[ -]secret"
            compiled.append((re.compile(head), _CLOSINGS[end]))
        heads.append(compiled)
    return tuple(heads)


def is_line_allowlisted(filename: str, line: str, context: Any) -> bool:
    """detect_secrets.filters.allowlist.is_line_allowlisted: `# pragma: allowlist secret` on
    the line, or `# pragma: allowlist nextline secret` alone on the line before."""
    previous = context.previous_line
    if "pragma" not in line and "pragma" not in previous:  # every pragma spells it out
        return False
    _, extension = os.path.splitext(filename)
    heads = _allowlist_heads(extension[1:])
    if heads is None:
        from detect_secrets.filters.allowlist import is_line_allowlisted as original

        return bool(original(filename=filename, line=line, context=context))
    for payload, anchored, regexes in ((line, False, heads[0]), (previous, True, heads[1])):
        for regex, closing in regexes:
            if _allowlist_match(payload, regex, closing, anchored):
                return True
    return False


def _allowlist_match(payload: str, head: "re.Pattern[str]", closing: str, anchored: bool) -> bool:
    """Whether `head` + `.*?{closing}[ \\t]*$` matches (at the start only, when anchored)."""
    # `.` stops at a newline and `$` matches before a last one: the pragma and its closing
    # stand after the payload's last inner newline.
    body = payload[:-1] if payload.endswith("\n") else payload
    last_newline = body.rfind("\n")
    if anchored:
        if last_newline >= 0:
            return False
        found = head.match(payload)
    else:
        found = head.search(payload, last_newline + 1)
    if found is None:
        return False
    if not closing:
        return True
    rest = body[found.end() :].rstrip(" \t")
    return rest.endswith(closing)


@lru_cache(maxsize=8)
def _nextline_head(start: str) -> "re.Pattern[str]":
    return re.compile(f"[ \\t]*{start} *pragma: ?allowlist[ -]nextline[ -]secret")


def allowlist_nextline_comment(line: str, starts: Tuple[str, ...]) -> bool:
    """Whether detect-secrets' nextline pragma regex for one of these comment starts (regex
    source) matches: `^[ \\t]*{start} *pragma: ?allowlist[ -]nextline[ -]secret.*?[ \\t]*$`."""
    if "pragma" not in line:  # every head spells it out
        return False
    return any(_allowlist_match(line, _nextline_head(start), "", anchored=True) for start in starts)
