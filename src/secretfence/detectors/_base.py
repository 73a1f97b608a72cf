"""The contract every secretfence detector meets.

A detector is plain Python (so the commit hook need not import detect-secrets to run it);
`secretfence.compat.detect_secrets.plugin_adapter` turns each into a detect-secrets plugin.
It declares:
- `keywords` / `exact_keywords`: cheap literals, one of which must be on a line before the full
  logic runs. The engine searches the whole file for them once, instead of every line.
- `find()`: richer matches than detect-secrets' bare strings (what it is, confidence, pairing).
- `true_samples` / `false_samples`: gitleaks-style samples, all run by one test.

Detectors never read files or print: lines in, matches out.
"""
from __future__ import annotations

import re
from abc import abstractmethod
from dataclasses import dataclass, field
from typing import (
    Any,
    ClassVar,
    Iterator,
    Mapping,
    Optional,
    Sequence,
    Tuple,
)

from secretfence.findings import HIGH, Confidence


class LazyPattern:
    """A regex compiled on first use: the hook imports every detector on every commit, but a
    detector whose keywords never appear never needs its (slow to compile) patterns."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: "str | bytes", flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: Optional["re.Pattern[Any]"] = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)


def lazy_regex(source: str, flags: int = 0) -> Any:
    return LazyPattern(source, flags)


@dataclass(frozen=True)
class Headed:
    """A prefilter regex, with the literals (`heads`) every match of it starts with.

    The pure-Python scan searches `regex` (this object stands in for it). The compiled scanner
    (secretfence/_scan.c) finds the heads in its one pass over all literals instead; when
    `verify` is given, a head counts only where that byte regex matches, which must match at
    least wherever `regex` does (on the folded text, for folded patterns: compile it with
    re.IGNORECASE, since the scanner may match heads on the unfolded bytes).
    """

    regex: "re.Pattern[Any]"
    heads: Tuple[str, ...]
    verify: Optional["re.Pattern[bytes]"] = None

    @property
    def pattern(self) -> Any:
        return self.regex.pattern

    def search(self, text: Any, *args: int) -> Any:
        return self.regex.search(text, *args)


@dataclass(frozen=True)
class Match:
    """One credential found by a detector.

    `line_offset` is relative to the analysed line: a key id may pull in its paired secret from a
    neighbouring line, which is then reported where it stands.
    """

    secret: str = field(repr=False)
    description: str = ""
    confidence: Confidence = HIGH
    line_offset: int = 0
    details: Mapping[str, Any] = field(default_factory=dict)
    # What a live check needs besides the secret (the secret access key paired with a key id);
    # never shown, never stored.
    partner: str = field(default="", repr=False)


@dataclass(frozen=True)
class Sample:
    """A labelled sample: `text` is a file's content, `filename` gives it context."""

    text: str
    filename: str = "sample.txt"
    note: str = ""


class SecretfenceDetector:
    """Base class of secretfence's own detectors (one credential kind each)."""

    secret_type: ClassVar[str] = ""  # the baseline key: never rename one (audited entries use it)
    keywords: ClassVar[Tuple[str, ...]] = ()  # lower-case; matched case-insensitively
    exact_keywords: ClassVar[Tuple[str, ...]] = ()  # matched case-sensitively
    # Optional regex replacing `exact_keywords` in the engine's prefilter (one pass, not several).
    keyword_pattern: ClassVar[Optional["re.Pattern[str] | Headed"]] = None
    # Byte regexes matched on the folded text (see `fold_bytes`): sharper than a keyword.
    folded_keyword_patterns: ClassVar[Tuple["re.Pattern[bytes] | Headed", ...]] = ()
    # Files (matched on the path) whose every line is a candidate, for formats without keywords.
    scan_whole_files: ClassVar[Optional["re.Pattern[str]"]] = None
    # Names of detect-secrets built-ins that cover exactly this kind and are turned off for it.
    replaces: ClassVar[Tuple[str, ...]] = ()
    kind: ClassVar[str] = ""  # short kind name: pypi, aws, redis, telegram, database
    remediation: ClassVar[str] = ""
    true_samples: ClassVar[Tuple[Sample, ...]] = ()
    false_samples: ClassVar[Tuple[Sample, ...]] = ()

    @abstractmethod
    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        """Yield the credentials on `lines[index]`, using its neighbours for context."""


# --- helpers shared by detectors ---------------------------------------------------------

# What Python's re.IGNORECASE equates to ASCII letters beyond their own case (found by trying
# every code point): line checks and literal passes fold these too, so that they stay
# necessary conditions for plugins compiled with IGNORECASE.
_IGNORECASE_EXTRAS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_IGNORECASE_EXTRA_CHARACTERS = tuple(map(chr, _IGNORECASE_EXTRAS))
_IGNORECASE_EXTRAS_UTF8 = tuple((chr(code).encode("utf-8"), ascii_.encode("ascii")) for code, ascii_ in _IGNORECASE_EXTRAS.items())


def fold(text: str) -> str:
    """Lower-case as IGNORECASE sees ASCII letters (str.casefold() misses ı and İ)."""
    # str.translate looks every character up in a dict (slow on megabytes): only when needed.
    if text.isascii() or not any(extra in text for extra in _IGNORECASE_EXTRA_CHARACTERS):
        return text.lower()
    return text.translate(_IGNORECASE_EXTRAS).lower()


def has_ignorecase_extras(data: bytes) -> bool:
    """Whether `fold_bytes(data)` differs from `data.lower()` (and so in length)."""
    # A one-byte search is a memchr: most texts lack the lead bytes, and never pay for more.
    return not data.isascii() and any(utf8[:1] in data and utf8 in data for utf8, _ in _IGNORECASE_EXTRAS_UTF8)


def fold_bytes(data: bytes) -> bytes:
    """`fold` on UTF-8 bytes: bytes.lower() touches A-Z only, the four extras are replaced.

    Lengths may change, newlines never move relative to each other: count lines in the result.
    """
    folded = data.lower()
    if not data.isascii():
        for utf8, ascii_ in _IGNORECASE_EXTRAS_UTF8:
            # A one-byte search is a memchr: far cheaper than replace's search for the sequence.
            if utf8[:1] in folded and utf8[-1:] in folded:
                folded = folded.replace(utf8, ascii_)
    return folded



_TEMPLATE = lazy_regex(
    r"""^(?:
        \$\{.*\}|\$\(.*\)|\$[A-Za-z_][A-Za-z0-9_]*|   # shell / compose variables
        \{\{.*\}\}|\{%.*%\}|                           # jinja, helm
        <[^<>]*>|\[[^\[\]]*\]|\{[^{}]*\}|              # <password>, [password], {password}
        %\(.*\)s|%[sd]|@[A-Za-z_]+@|__[A-Z_]+__|       # printf, autoconf, dunder markers
        !ENV.*|env\(.*\)|os\.environ.*|os\.getenv.*|getenv\(.*\)
    )$""",
    re.VERBOSE,
)

PLACEHOLDER_WORDS = frozenset(
    {
        "password", "passwd", "pass", "pwd", "secret", "changeme", "change_me", "change-me",
        "changeit", "foobared", "redis", "example", "placeholder", "token", "none", "null",
        "nil", "true", "false", "yourpassword", "your_password", "your-password", "mypassword",
        "my_password", "my-password", "mysecret", "my_secret", "password123", "pa55word",
        "p@ssw0rd", "p@ssword", "letmein", "admin", "test", "testing", "dummy", "fake",
        "foo", "bar", "baz", "foobar", "xxx", "todo", "tbd", "replace_me", "replaceme",
        "insert_password_here", "hunter2", "default", "undefined", "empty", "required",
        "your_token", "yourtoken", "user", "username", "xyz",
    }
)

_PLACEHOLDER_MARKERS = ("example", "placeholder", "changeme", "your_", "your-", "xxxx", "****", "....")


def is_placeholder(value: str) -> bool:
    """True for values that are obviously not real credentials."""
    stripped = value.strip().strip("\"'`")
    if not stripped:
        return True
    lowered = stripped.lower()
    if lowered in PLACEHOLDER_WORDS:
        return True
    if _TEMPLATE.match(stripped):
        return True
    if any(marker in lowered for marker in _PLACEHOLDER_MARKERS):
        return True
    if len(set(lowered)) <= 2:  # "xxxxxx", "******", "aaaa-aaaa"
        return True
    return False


def distinct_chars(value: str) -> int:
    return len(set(value))


def has_repeated_chunk(value: str, size: int = 4) -> bool:
    """True when the value is one short chunk repeated, like TESTTESTTESTTEST."""
    if len(value) < size * 3:
        return False
    for width in range(1, size + 1):
        chunk = value[:width]
        if (chunk * (len(value) // width + 1))[: len(value)] == value:
            return True
    return False


def quoted_or_bare_value(pattern_after_name: str = "") -> str:
    """Regex fragment: an assignment operator then a quoted or bare value in group 'value'."""
    return (
        r"""["'\]]*\s*(?::=|=>|==|=|:|\s)\s*"""
        + pattern_after_name
        + r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]]+))"""
    )


def value_of(match: "re.Match[str]") -> Tuple[str, int]:
    """The assigned value from a `quoted_or_bare_value` match and its start offset."""
    for group in ("dq", "sq", "bare"):
        value = match.group(group)
        if value is not None:
            return value, match.start(group)
    return "", match.end()


def line_text(lines: Sequence[str], index: int) -> str:
    return lines[index].rstrip("\r\n") if 0 <= index < len(lines) else ""


_SECTION_HEADER = lazy_regex(r"^\s*\[[^\]]+\]\s*$")


def window(lines: Sequence[str], index: int, radius: int = 5) -> Iterator[int]:
    """Indexes of neighbouring lines in the same INI section, nearest first."""
    reachable = []
    for step in (-1, 1):
        for offset in range(1, radius + 1):
            other = index + step * offset
            if other < 0 or other >= len(lines) or _SECTION_HEADER.match(lines[other]):
                break
            reachable.append(other)
    yield from sorted(reachable, key=lambda other: (abs(other - index), other))
