"""Hostile text for the detectors: lines built to make a regex or a per-match loop super-linear.

Each 1 MB line repeats one detector's fragment (the shape that once made it quadratic or worse)
and ends with a planted Telegram token: the scan must reach the end of the line in seconds and
report it (the reason names the planted bot id). Every secret here is generated: a fake that was
never issued.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Sequence, Tuple

from tests.hostile.case import HostileCase, sized

LINE_BYTES = 1024 * 1024
BIG_LINE_BYTES = 50 * 1024 * 1024
# The suite runs every fragment line at an eighth of its size, and the costliest cases (every fragment
# a new candidate, the 50 MB line, 200,000 keys) at a fiftieth to a thirty-second: still 4 to 16 times
# the longest stretch of a line any reader looks at (8,192 characters), so a quadratic loop or a
# copy per line would still stand out, and the token at the end is still found.
# benchmarks/hostile.py runs their full sizes too (BENCHMARK_ONLY_CASES), measuring time and peak memory.
SUITE_LINE_BYTES = LINE_BYTES // 8
SUITE_DISTINCT_BYTES = LINE_BYTES // 32
SUITE_BIG_LINE_BYTES = 1024 * 1024
MANY_KEYS = 200_000
SUITE_MANY_KEYS = 40_000
ALNUM = string.ascii_letters + string.digits
BASE32 = string.ascii_uppercase + "234567"


def _rng(name: str) -> random.Random:
    return random.Random(hashlib.sha256(name.encode()).digest())


def fake_telegram(name: str) -> str:
    rng = _rng("telegram" + name)
    bot_id = str(rng.randrange(10**9, 10**10))
    return f"{bot_id}:AA" + "".join(rng.choice(ALNUM + "_-") for _ in range(33))


def fake_github(name: str) -> str:
    rng = _rng("github" + name)
    return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))


def fake_key_id(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice(BASE32) for _ in range(16))


def fake_secret_key(rng: random.Random) -> str:
    return "".join(rng.choice(ALNUM + "+/") for _ in range(40))


def bot_reason(token: str) -> str:
    return f"Telegram bot token for bot id {token.split(':')[0]}"


def repeat(fragment: Callable[[int], str], size: int) -> str:
    """Fragments 0, 1, 2, … joined until the text is `size` characters long."""
    parts: List[str] = []
    length = number = 0
    while length < size:
        part = fragment(number)
        parts.append(part)
        length += len(part)
        number += 1
    return "".join(parts)[:size]


def fragment_line_case(
    name: str, filename: str, fragment: Callable[[int], str], tail: str = "", planted: Sequence[str] = (),
    size: int = LINE_BYTES,
) -> HostileCase:
    """One line of `size` characters of `fragment`s, then `tail` (holding the `planted` secrets)
    and a planted token."""
    token = fake_telegram(name)

    def build(directory: Path) -> Sequence[str]:
        line = repeat(fragment, size) + tail + f" bot = '{token}'\n"
        (directory / filename).write_bytes(line.encode("utf-8"))
        return ["scan", "--no-baseline", filename]

    return HostileCase(name=name, build=build, exit_code=1, reason=bot_reason(token), secrets=(token, *planted))


def _distinct(kind: str) -> Callable[[int], str]:
    """Fragment number n of a kind, each different (and the same on every build)."""

    def fragment(number: int) -> str:
        digest = hashlib.sha256(f"{kind}{number}".encode()).digest()
        if kind == "key-id":
            return "AKIA" + base64.b32encode(digest).decode()[:16] + " "
        if kind == "base64":
            return '"' + base64.b64encode(digest[:30]).decode() + '" '
        if kind == "redis-uri":
            return f"redis://u{number}:{base64.b32encode(digest).decode()[:12]}@h{number} "
        if kind == "postgres-uri":
            return f"postgresql://u{number}:{base64.b32encode(digest).decode()[:12]}@h{number} "
        raise ValueError(kind)

    return fragment


def _key_id_then(fragment: str) -> Callable[[int], str]:
    key_id = fake_key_id(_rng("one key id"))
    return lambda number: f"{key_id} " if number == 0 else fragment


def _big_line(directory: Path, token: str, size: int) -> Sequence[str]:
    """One line of `size` bytes (50 MB in full) mixing every fragment below, a planted token at its end."""
    block = "".join(repeat(lambda _: fragment, 2048) for fragment in (
        "redis://u:p@h", "redis://u:p", "unix://", "REDIS_PASSWORD=", "REDIS_PASSWORD", "redis-cli", "://", "scheme://",
        "password", "secret", "password=`a`", "`a`==",
        "key", "AKIA", ' "QWxhZGRpbjpvcGVuIHNlc2FtZQ" ', "# pragma: no secret here", " " * 64,
    ))
    with open(directory / "bundle.min.js", "wb") as handle:
        for _ in range(size // len(block)):
            handle.write(block.encode("ascii"))
        handle.write(f" bot = '{token}'\n".encode("ascii"))
    return ["scan", "--no-baseline", "bundle.min.js"]


def _big_line_case(size: int) -> HostileCase:
    token = fake_telegram("50 MB line")
    return HostileCase(
        name=f"detectors-{size // (1024 * 1024)}mb-single-line",
        build=lambda directory: _big_line(directory, token, size),
        exit_code=1,
        reason=bot_reason(token),
        secrets=(token,),
    )


def _alias_bomb_case() -> HostileCase:
    """Billion laughs for detect-secrets' YAML transformer; the token stands on a raw line."""
    token = fake_telegram("alias bomb")

    def build(directory: Path) -> Sequence[str]:
        lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        lines += [f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]" for level in range(1, 10)]
        lines.append(f"bot_token: {token}")
        (directory / "values.yaml").write_text("\n".join(lines) + "\n")
        return ["scan", "--no-baseline", "values.yaml"]

    return HostileCase(name="detectors-yaml-alias-bomb", build=build, exit_code=1, reason=bot_reason(token),
                       secrets=(token,))


def _many_keys_case(
    name: str, filename: str, header: str, secret_line: str, reason: str, secret: str, keys: int,
) -> HostileCase:
    """`keys` (200,000 in full) `key = value` lines: detect-secrets' INI transformer placed each
    value with a regex compiled per key and a copy of the remaining lines per key (quadratic)."""

    def build(directory: Path) -> Sequence[str]:
        body = "".join(f"SETTING_{number} = value{number}\n" for number in range(keys))
        (directory / filename).write_text(header + body + secret_line + "\n")
        return ["scan", "--no-baseline", filename]

    return HostileCase(name=name, build=build, exit_code=1, reason=reason, secrets=(secret,))


UNQUOTED_BASE64 = base64.b64encode(hashlib.sha256(b"unquoted planted value").digest()).decode()


def _keyword_lines_case() -> HostileCase:
    """1,000 lines of 1,000 characters of backtick values: a bound on the line's length alone
    would leave each line quadratic."""
    token = fake_telegram("keyword lines")

    def build(directory: Path) -> Sequence[str]:
        line = repeat(lambda number: "password=`a`", 1000)
        # (250 lines in the suite: each line is the quadratic one, and no reader bounds how many there are)
        (directory / "app.py").write_text((line + "\n") * sized(1000, 250) + f"bot = '{token}'\n")
        return ["scan", "--no-baseline", "app.py"]

    return HostileCase(name="detectors-keyword-backtick-lines", build=build, exit_code=1, reason=bot_reason(token),
                       secrets=(token,))


def _fragment_hash_in_baseline_case() -> HostileCase:
    """A detect-secrets 1.5 baseline audited one GitHub token as a false positive: it stored
    sha1("ghp"), the regex group. Another token must still block."""
    token = fake_github("fragment baseline")

    def build(directory: Path) -> Sequence[str]:
        (directory / "app.py").write_text(f'GITHUB_TOKEN = "{token}"\n')
        entry = {"type": "GitHub Token", "filename": "app.py", "hashed_secret": hashlib.sha1(b"ghp").hexdigest(),
                 "is_verified": False, "line_number": 1, "is_secret": False}
        (directory / "old.baseline").write_text(json.dumps(
            {"version": "1.5.0", "plugins_used": [{"name": "GitHubTokenDetector"}], "filters_used": [],
             "results": {"app.py": [entry]}}))
        return ["scan", "--baseline", "old.baseline", "app.py"]

    return HostileCase(name="detectors-github-fragment-hash-in-baseline", build=build, exit_code=1,
                       reason="line 1: GitHub Token", secrets=(token,))


PAIRED_SECRET_KEY = fake_secret_key(_rng("paired secret key"))


@dataclass(frozen=True)
class FragmentLine:
    """A line of one fragment, repeated; `tail` (holding `planted`) goes before the token."""

    name: str
    filename: str
    fragment: Callable[[int], str]
    tail: str = ""
    planted: Tuple[str, ...] = ()
    suite_size: int = SUITE_LINE_BYTES  # smaller still where half the line is too slow for the suite


FRAGMENT_LINES: List[FragmentLine] = [
    # A URI cut before its `@`: every `://` tried the user and password up to the line's end.
    FragmentLine("detectors-redis-uri-fragments", "settings.py", lambda number: "redis://u:p"),
    FragmentLine("detectors-redis-uri-distinct", "settings.py", _distinct("redis-uri"), suite_size=SUITE_DISTINCT_BYTES),
    FragmentLine("detectors-unix-scheme-fragments", "settings.py", lambda number: "unix://"),
    FragmentLine("detectors-redis-setting-names", ".env", lambda number: "REDIS_PASSWORD"),
    FragmentLine("detectors-redis-cli-fragments", "run.sh", lambda number: "redis-cli"),
    FragmentLine("detectors-scheme-fragments", "notes.txt", lambda number: "scheme://"),
    FragmentLine("detectors-scheme-separator-fragments", "notes.txt", lambda number: "://"),
    FragmentLine("detectors-aws-distinct-key-ids", "keys.txt", _distinct("key-id"), suite_size=SUITE_DISTINCT_BYTES),
    FragmentLine("detectors-aws-key-ids-then-secret-key", "keys.txt", _distinct("key-id"),
                 f' aws_secret_access_key = "{PAIRED_SECRET_KEY}"', (PAIRED_SECRET_KEY,), SUITE_DISTINCT_BYTES),
    FragmentLine("detectors-aws-key-words-after-key-id", "keys.txt", _key_id_then("key")),
    FragmentLine("detectors-quoted-base64-distinct", "data.py", _distinct("base64"), suite_size=SUITE_DISTINCT_BYTES),
    FragmentLine("detectors-keyword-password-words", "app.py", lambda number: "password"),
    FragmentLine("detectors-keyword-secret-words", "app.py", lambda number: "secret"),
    # Backtick-quoted values may hold backticks: each one read to the line's end (cubic).
    FragmentLine("detectors-keyword-backtick-values", "app.py", lambda number: "password=`a`"),
    FragmentLine("detectors-keyword-compared-backticks", "app.py", lambda number: "secret " if number == 0 else "`a`=="),
    # Filters (is_line_allowlisted's `[ \t]*#`) are asked once a plugin reports on a line.
    FragmentLine("detectors-long-blank-run", "app.py", lambda number: " "),
    # Database URIs cut before their `@`, whole ones, and authorities that never end.
    FragmentLine("detectors-database-uri-fragments", "settings.py", lambda number: "postgresql://u:p"),
    FragmentLine("detectors-database-uri-distinct", "settings.py", _distinct("postgres-uri"), suite_size=SUITE_DISTINCT_BYTES),
    FragmentLine("detectors-database-jdbc-parameters", "app.properties",
                 lambda number: "jdbc:mysql://h/d?user=u&password="),
    FragmentLine("detectors-database-endless-authority", "settings.py",
                 lambda number: "mongodb+srv://" if number == 0 else "u:p@"),
    # libpq pairs, unclosed quotes, ADO pairs and Go DSN addresses, over and over.
    FragmentLine("detectors-database-libpq-pairs", "db.py", lambda number: "host=h dbname=d password=p "),
    FragmentLine("detectors-database-libpq-open-quotes", "db.py", lambda number: "password='\\' host='"),
    FragmentLine("detectors-database-ado-pairs", "app.config", lambda number: "Server=s;Database=d;Password=p;"),
    FragmentLine("detectors-database-go-dsn-addresses", "main.go", lambda number: "u:p@tcp(h:1)"),
    # Database-named settings, as one endless name and as many.
    FragmentLine("detectors-database-setting-name", ".env", lambda number: "DB_PASSWORD"),
    FragmentLine("detectors-database-setting-names", ".env", lambda number: "DB_PASSWORD= "),
    FragmentLine("detectors-database-kwargs", "db.py", lambda number: "psycopg2.connect(password='a', "),
]



def _fragment_line_cases(size_of: Callable[[FragmentLine], int]) -> List[HostileCase]:
    return [fragment_line_case(line.name + ("" if size_of(line) == LINE_BYTES else f"-{size_of(line) // 1024}k"),
                               line.filename, line.fragment, line.tail, line.planted, size_of(line))
            for line in FRAGMENT_LINES]


def _many_keys_cases(keys: int) -> List[HostileCase]:
    return [
        # A config file: its values are read through the INI transformer first.
        _many_keys_case(f"detectors-ini-{keys // 1000}k-keys", "settings.ini", "[main]\n",
                        f"bot = {fake_telegram('ini')}", bot_reason(fake_telegram("ini")), fake_telegram("ini"), keys),
        # An env file: nothing found on the raw lines, so it is re-read as a config file, quoted.
        _many_keys_case(f"detectors-env-{keys // 1000}k-keys", ".env", "", f"UPLOAD_BLOB={UNQUOTED_BASE64}",
                        "Base64 High Entropy String", UNQUOTED_BASE64, keys),
    ]


CASES: List[HostileCase] = [
    *_fragment_line_cases(lambda line: line.suite_size),
    _keyword_lines_case(),
    _big_line_case(SUITE_BIG_LINE_BYTES),
    _alias_bomb_case(),
    *_many_keys_cases(SUITE_MANY_KEYS),
    _fragment_hash_in_baseline_case(),
]

# The full sizes of the cases the suite runs smaller, for benchmarks/hostile.py.
BENCHMARK_ONLY_CASES: List[HostileCase] = [
    *(case for line, case in zip(FRAGMENT_LINES, _fragment_line_cases(lambda line: LINE_BYTES))
      if line.suite_size != LINE_BYTES),
    _big_line_case(BIG_LINE_BYTES),
    *_many_keys_cases(MANY_KEYS),
]
