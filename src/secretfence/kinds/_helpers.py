"""Helpers the kinds' detectors share: placeholders, assigned values, neighbouring lines.

Case folding (`fold`) and lazily compiled patterns (`lazy_regex`) are the prefilter's
(secretfence.prefilter.spec): a detector's line checks must see text as its prefilter does.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence, Tuple

from secretfence.prefilter.spec import lazy_regex


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
