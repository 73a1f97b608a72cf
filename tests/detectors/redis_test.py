"""The Redis detector's linear scans find what its former regexes found (as finditer did)."""
from __future__ import annotations

import random
import re
from typing import List

from secretfence.detectors._base import fold
from secretfence.kinds.redis import cli_passwords, named_settings

# The regexes these scans replace (secretfence 0.x): quadratic or worse on long lines, kept
# here as the specification.
FORMER_CLI = re.compile(
    r"redis-cli\b[^\n]*?\s(?:-a|--pass|--askpass-from)\s+(?P<value>\"[^\"]*\"|'[^']*'|[^\s\"'`;|&]+)"
)
FORMER_NAMED = re.compile(
    r"(?i)(?<![A-Za-z0-9.])[\w-]*redis[\w-]*?(?:pass(?:word|wd)?|pwd|auth|secret)[\w-]*"
    r"""["'\]]*\s*(?::=|=>|=|:)\s*"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]]+))"""
)


def _soup(pieces: List[str], count: int, seed: int) -> List[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_cli_passwords_are_what_the_regex_found() -> None:
    words = ["redis-cli", "redis-cli", "redis-clix", "-a", "-a", "--pass", "--askpass-from", "-h", "host", "pw1",
             '"q w"', "'x'", '"', "'", ";", "|", "&x", "`"]
    rng = random.Random(1)
    separators = [" ", " ", " ", "\t", "", "\n"]
    lines = ["".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    lines += ["redis-cli -h cache -a Rd5Pw8Xz2Lq ping", "redis-cli --pass 'a b' -a c"]
    found = 0
    for line in lines:
        expected = [(m.span(), m.group("value")) for m in FORMER_CLI.finditer(line)]
        got = [(m.group("value")) for m in cli_passwords(line)]
        assert got == [value for _, value in expected], repr(line)
        found += bool(expected)
    assert 1000 < found < 19_000


def test_named_settings_are_what_the_regex_found() -> None:
    pieces = ["redis", "REDIS", "Redi\u017f", "_", "-", "pass", "PASSWORD", "pwd", "auth", "secret", "x", "9", ".",
              "=", ":", ":=", "=>", " ", '"', "'", "]", "v4lue", "#", ",", "\u00e9", "\u0130", "\n"]
    lines = _soup(pieces, 30_000, 2) + ["REDIS_PASSWORD=Zt5KwQ8mPn3R", "settings.REDIS_PASSWORD = 'x'",
                                         'redis_password: "N8vLq2Xp5Tz"', "my-redis-auth-token => abc"]
    found = 0
    for line in lines:
        expected = [m.group("dq", "sq", "bare") for m in FORMER_NAMED.finditer(line)]
        got = [m.group("dq", "sq", "bare") for m in named_settings(line, fold(line))]
        assert got == expected, repr(line)
        found += bool(expected)
    assert 500 < found < 29_000
