"""detect-secrets 1.5's filters, as secretfence applies them.

Which filters exist (a baseline may name these and nothing else), which run by default, which
secretfence applies itself (the regex filters, the file-name filters), which never apply, and
`load_filters`, which imports detect-secrets' own only once a plugin has reported something.

Three run in secretfence's own form, with the same verdicts, in time linear in the line. The
engine asks a line's filters once a plugin reports something on it, and its secret filters
once per reported secret. detect-secrets' own are super-linear there:
- `is_likely_id_string` searches the line up to each secret's first occurrence: quadratic in a
  line holding thousands of secrets;
- `is_line_allowlisted`'s regexes begin with `[ \\t]*` and end with `.*?{end}[ \\t]*$`, which
  retry a run of blanks from each of its characters: quadratic in a long run of blanks;
- `is_indirect_reference`'s regex is quadratic in the line's length (see `_INDIRECT_REFERENCE`).
tests/compat/detect_secrets/filters_test.py compares each with the original on generated lines.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Tuple

from secretfence.prefilter.spec import lazy_regex

# detect_secrets.filters.heuristic._get_id_detector_regex
_ID_MARKER = lazy_regex(r"(^(id|myid|userid)|_id)s?[^a-z0-9]", re.IGNORECASE)
# Plugins whose reported values are substrings of the line they were given.
_SUBSTRING_PLUGIN_MODULES = ("detect_secrets.plugins.", "secretfence.compat.detect_secrets.")


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


# --- which filters exist, and how secretfence runs them ----------------------------------------

# Filters detect-secrets enables by default (Settings.clear), minus verification: secretfence
# never sends a secret anywhere unless --verify is given, and then uses its own checks.
DEFAULT_FILTERS: Tuple[str, ...] = (
    "detect_secrets.filters.allowlist.is_line_allowlisted",
    "detect_secrets.filters.heuristic.is_indirect_reference",
    "detect_secrets.filters.heuristic.is_likely_id_string",
    "detect_secrets.filters.heuristic.is_lock_file",
    "detect_secrets.filters.heuristic.is_not_alphanumeric_string",
    "detect_secrets.filters.heuristic.is_potential_uuid",
    "detect_secrets.filters.heuristic.is_prefixed_with_dollar_sign",
    "detect_secrets.filters.heuristic.is_sequential_string",
    "detect_secrets.filters.heuristic.is_swagger_file",
    "detect_secrets.filters.heuristic.is_templated_secret",
)
_ALWAYS_FILTERS = (
    "detect_secrets.filters.common.is_invalid_file",
    "detect_secrets.filters.heuristic.is_non_text_file",
)
NEVER_FILTERS = frozenset({"detect_secrets.filters.common.is_ignored_due_to_verification_policies"})
# detect-secrets 1.5 filters applied lazily (line and secret level); filters_test.py checks that
# each exists in detect-secrets.
_LAZY_FILTERS = frozenset(
    {
        "detect_secrets.filters.allowlist.is_line_allowlisted",
        "detect_secrets.filters.heuristic.is_indirect_reference",
        "detect_secrets.filters.heuristic.is_likely_id_string",
        "detect_secrets.filters.heuristic.is_not_alphanumeric_string",
        "detect_secrets.filters.heuristic.is_potential_uuid",
        "detect_secrets.filters.heuristic.is_prefixed_with_dollar_sign",
        "detect_secrets.filters.heuristic.is_sequential_string",
        "detect_secrets.filters.heuristic.is_templated_secret",
        "detect_secrets.filters.regex.should_exclude_line",
        "detect_secrets.filters.regex.should_exclude_secret",
    }
)
_IGNORED_FILTERS = frozenset({"detect_secrets.filters.common.is_baseline_file"})
# The one filter that also applies to secretfence's detectors: a `pragma: allowlist secret`
# comment on the line is the author's own word, visible in review.
_ALLOWLIST_FILTER = "detect_secrets.filters.allowlist.is_line_allowlisted"
# detect-secrets' regex filters, applied by secretfence itself (to each pattern `re.search`, as
# detect-secrets does). A baseline's patterns may set aside only detect-secrets' plugins' findings,
# and only at the commit door: never secretfence's detectors, never at the upload gate.
REGEX_FILTERS: Dict[str, str] = {
    f"detect_secrets.filters.regex.should_exclude_{what}": what for what in ("line", "secret", "file")
}
# Built-in filters secretfence does not apply: they read files the baseline names (a word list,
# a model) and need packages detect-secrets leaves optional. Without them more is reported,
# never less.
UNAPPLIED_FILTERS = frozenset(
    {"detect_secrets.filters.wordlist.should_exclude_secret", "detect_secrets.filters.gibberish.should_exclude_secret"}
)
# detect-secrets' own lists (filters/heuristic.py), applied by name without importing it.
_LOCK_FILES = frozenset(
    {"Brewfile.lock.json", "Cartfile.resolved", "composer.lock", "Gemfile.lock", "Package.resolved",
     "package-lock.json", "Podfile.lock", "yarn.lock", "Pipfile.lock", "poetry.lock", "Cargo.lock",
     "packages.lock.json"}
)


def _is_lock_file(filename: str) -> bool:
    """detect_secrets.filters.heuristic.is_lock_file"""
    return os.path.basename(filename) in _LOCK_FILES


def _is_swagger_file(filename: str) -> bool:
    """detect_secrets.filters.heuristic.is_swagger_file"""
    return "swagger" in filename


NATIVE_FILE_FILTERS: Dict[str, Callable[[str], bool]] = {
    "detect_secrets.filters.heuristic.is_lock_file": _is_lock_file,
    "detect_secrets.filters.heuristic.is_swagger_file": _is_swagger_file,
}
# detect-secrets' regex for it is quadratic in the line's length (about 1 ms on a 1,000-character
# line of API docs). Any match can start at its operator, since what precedes it may be empty,
# and `[^\v]*[\]\)]` can stop at the first closer: so this finds a match exactly when detect-secrets'
# does, tried at operators only (filters_test.py compares the two). No possessive
# quantifiers (Python 3.11+): the classes are disjoint, so backtracking fails at once anyway.
_INDIRECT_REFERENCE = lazy_regex(r"(?::=?|[!=]{1,3})\s*[\w.-]+[\[\(][^\v\]\)]*[\]\)]")


def is_indirect_reference(line: str) -> bool:
    """detect_secrets.filters.heuristic.is_indirect_reference"""
    return len(line) <= 1000 and _INDIRECT_REFERENCE.search(line) is not None


# Filters secretfence runs in its own, linear, form (same verdicts: filters_test.py).
_NATIVE_FILTERS: Dict[str, Callable[..., bool]] = {
    "detect_secrets.filters.heuristic.is_indirect_reference": is_indirect_reference,
    "detect_secrets.filters.heuristic.is_likely_id_string": LikelyIdString(),
    "detect_secrets.filters.allowlist.is_line_allowlisted": is_line_allowlisted,
}
# Every filter detect-secrets 1.5 has (detect_secrets/filters/*; filters_test.py checks the
# list against the installed package). A baseline may name these and nothing else: a baseline is
# data, and secretfence never imports code it names (a `file://` path, any other dotted path).
BUILTIN_FILTERS = frozenset(
    set(DEFAULT_FILTERS) | set(_ALWAYS_FILTERS) | NEVER_FILTERS | _LAZY_FILTERS | _IGNORED_FILTERS
    | set(REGEX_FILTERS) | UNAPPLIED_FILTERS | set(NATIVE_FILE_FILTERS)
)


# A filter ready to run: the function, the names it is given (detect-secrets injects arguments
# by name), and whether it also judges secretfence's detectors' findings.
Filter = Tuple[Callable[..., Any], FrozenSet[str], bool]


def load_filters(entries: List[Dict[str, Any]]) -> Tuple[List[Filter], List[Filter]]:
    """(line filters, secret filters) of detect-secrets' filter machinery for these `filters_used`
    entries, each in secretfence's own form where it has one. Imports detect-secrets' filters:
    the engine calls it when a plugin first reports something (a clean commit never pays)."""
    from detect_secrets.settings import get_filters, get_settings

    line_filters: List[Filter] = []
    secret_filters: List[Filter] = []

    settings = get_settings()
    settings.configure_filters(entries)
    for path in _ALWAYS_FILTERS:
        settings.filters.setdefault(path, {})
    for function in get_filters():
        path = getattr(function, "path", "")
        variables = frozenset(function.injectable_variables)
        # The heuristics were written for generic detectors; ours judge placeholders
        # themselves, and is_indirect_reference would hide
        # `boto3.client(..., aws_secret_access_key="…")`.
        applies_to_ours = path == _ALLOWLIST_FILTER
        if path in _ALWAYS_FILTERS or path in _IGNORED_FILTERS or path in NATIVE_FILE_FILTERS:
            continue  # secretfence decides what is a file itself (archive members aren't on disk)
        function = _NATIVE_FILTERS.get(path, function)
        if "secret" in variables:
            secret_filters.append((function, variables, applies_to_ours))
        elif "line" in variables:
            line_filters.append((function, variables, applies_to_ours))
    return line_filters, secret_filters
