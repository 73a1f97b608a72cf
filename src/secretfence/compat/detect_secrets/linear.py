"""detect-secrets plugins whose regexes are quadratic in a line's length, with linear scans.

Each class keeps its plugin's name (baselines record plugins by name) and yields exactly what
the plugin's `findall` yields (tests/compat/detect_secrets/linear_test.py compares them on
generated lines):
- JwtTokenDetector, `eyJ[…]+\\.[…]+\\.?[…]*?`: from every `eyJ` of a long run without a dot,
  `[…]+` reads to the run's end and gives up (quadratic on `eyJeyJeyJ…`). All `eyJ`s of a run
  share that end: one reading per run.
- NpmDetector, `//.+/:_authToken=\\s*((npm_.+)|([A-Fa-f0-9-]{36})).*`: from every `//`, `.+`
  reads to the line's end and walks back over every `/:_authToken=` (quadratic on a line of
  them). The last usable `/:_authToken=` of a line is the same for every `//` before it: found
  once, from the end.
"""
from __future__ import annotations

import re
from typing import Dict, Generator, Iterator, Type

from detect_secrets.plugins import jwt, npm
from detect_secrets.plugins.base import RegexBasedDetector

# JwtTokenDetector's classes (note `9-_`: a range, from `9` to `_`, as in the plugin).
_JWT_PART = re.compile(r"[A-Za-z0-9-_=]*")
_JWT_PART_CHAR = re.compile(r"[A-Za-z0-9-_=]")
_NPM_PREFIX = "/:_authToken="
_NPM_VALUE = re.compile(r"\s*((npm_.+)|([A-Fa-f0-9-]{36})).*")


def jwt_matches(line: str) -> Iterator[str]:
    """What `findall` of JwtTokenDetector's regex yields: `eyJ`, a part, `.`, a part, and a
    last `.` if one follows (its lazy tail matches nothing)."""
    position = 0
    while True:
        start = line.find("eyJ", position)
        if start < 0:
            return
        first_end = _part_end(line, start + 3)
        if first_end > start + 3 and line.startswith(".", first_end) and _JWT_PART_CHAR.match(line, first_end + 1):
            end = _part_end(line, first_end + 1)
            end += line.startswith(".", end)
            yield line[start:end]
            position = end
        else:
            # Every `eyJ` up to this part's end ends its part there too, and fails alike.
            position = max(first_end, start + 1)


def _part_end(line: str, start: int) -> int:
    found = _JWT_PART.match(line, start)
    return found.end() if found is not None else start


def npm_matches(line: str) -> Iterator["re.Match[str]"]:
    """The matches `findall` of NpmDetector's regex finds: on each physical line, the first
    `//` before the last `/:_authToken=` (at least one character after it) whose value reads."""
    position = 0
    while True:
        start = line.find("//", position)
        if start < 0:
            return
        line_end = line.find("\n", start)
        if line_end < 0:
            line_end = len(line)
        prefix = line.rfind(_NPM_PREFIX, start + 3, line_end)
        while prefix >= 0:
            value = _NPM_VALUE.match(line, prefix + len(_NPM_PREFIX))
            if value is not None:
                yield value
                break
            prefix = line.rfind(_NPM_PREFIX, start + 3, prefix + len(_NPM_PREFIX) - 1)
        else:
            position = line_end + 1  # no later `//` of this line does better
            continue
        position = value.end()
        if position == start:  # pragma: no cover - a match is never empty
            position += 1


class JwtTokenDetector(jwt.JwtTokenDetector):
    def analyze_string(self, string: str) -> Generator[str, None, None]:
        yield from filter(self.is_formally_valid, jwt_matches(string))


class NpmDetector(npm.NpmDetector):
    def analyze_string(self, string: str) -> Generator[str, None, None]:
        for found in npm_matches(string):
            yield from filter(None, found.groups())


LINEAR_CLASSES: Dict[str, Type[RegexBasedDetector]] = {
    "JwtTokenDetector": JwtTokenDetector,
    "NpmDetector": NpmDetector,
}
