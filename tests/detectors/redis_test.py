"""The Redis detector's linear scans find what its former regexes found (as finditer did)."""
from __future__ import annotations

import random
import re
from typing import List

from secretfence.kinds._helpers import SETTING_ASSIGNMENT
from secretfence.kinds.redis import cli_passwords, named_settings
from secretfence.prefilter.spec import fold

# The regexes these scans replace (secretfence 0.x): quadratic or worse on long lines, kept
# here as the specification.
FORMER_CLI = re.compile(
    r"redis-cli\b[^\n]*?\s(?:-a|--pass|--askpass-from)\s+(?P<value>\"[^\"]*\"|'[^']*'|[^\s\"'`;|&]+)"
)
FORMER_NAMED = re.compile(
    r"(?i:(?<![A-Za-z0-9.])[\w-]*redis[\w-]*?(?:pass(?:word|wd)?|pwd|auth|secret)[\w-]*)"
    + SETTING_ASSIGNMENT  # `=`, `:`, Make's `?=`…, Python's `name: Type = SecretStr("…")` (case-sensitive)
    + r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""  # `#` inside a value: since stop 23
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
              "=", ":", ":=", "=>", "?=", "+=", "::=", ": str =", "SecretStr(", "Field(default=", " ", '"', "'", "]", "v4lue", "#", ",", "\u00e9", "\u0130", "\n"]
    lines = _soup(pieces, 30_000, 2) + ["REDIS_PASSWORD=Zt5KwQ8mPn3R", "settings.REDIS_PASSWORD = 'x'",
                                         'redis_password: "N8vLq2Xp5Tz"', "my-redis-auth-token => abc"]
    found = 0
    for line in lines:
        expected = [m.group("dq", "sq", "bare") for m in FORMER_NAMED.finditer(line)]
        got = [m.group("dq", "sq", "bare") for m in named_settings(line, fold(line))]
        assert got == expected, repr(line)
        found += bool(expected)
    assert 500 < found < 29_000


def test_an_ipv6_host_is_read_as_urllib_reads_it() -> None:
    """`[::1]` is the host (bracketed in the URI, bare to connect to), not `[` (review 1, 25)."""
    from urllib.parse import urlsplit

    from secretfence.engine import Engine
    from secretfence.findings import HIGH, MEDIUM

    uris = ["redis://:Hq7pLr2Vx9qz@[::1]:6380/0", "rediss://app:Zt5KwQ8mPn3R@[2001:db8::7]/1",
            "redis://:Wq8Lm3Zx7Vt@[fe80::1%25eth0]:7000"]
    text = "".join(f"URL{number} = {uri}\n" for number, uri in enumerate(uris))
    findings = Engine().scan_text("app.env", text)
    assert [finding.line_number for finding in findings] == [1, 2, 3]
    for finding, uri in zip(findings, uris):
        parsed = urlsplit(uri)
        assert finding.type == "Redis Credentials" and finding.secret == parsed.password
        assert (finding.details["host"], finding.details["port"]) == (parsed.hostname, str(parsed.port or 6379))
    assert [finding.description for finding in findings] == [
        "Redis password for the default user in a redis:// URI to [::1]",
        "Redis password for user 'app' in a rediss:// URI to [2001:db8::7]",
        "Redis password for the default user in a redis:// URI to [fe80::1%25eth0]",
    ]
    assert [finding.confidence for finding in findings] == [MEDIUM, HIGH, HIGH]
