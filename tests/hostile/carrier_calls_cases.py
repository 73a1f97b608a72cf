"""Hostile inputs for the values programs decode or assemble where they use them (issue 14):
decoding calls, joins of literals and `NAME = (` values, each head repeated along a 200 KB line
or a file of them, unterminated, or flooding the bounds. Each must end as it should, in time
linear in its size; the planted token (archives_cases') is found where it is carried."""
from __future__ import annotations

import base64
from pathlib import Path
from typing import Callable, List, Sequence

from tests.hostile.archives_cases import TOKEN, put
from tests.hostile.case import HostileCase

FOUND = "Telegram Bot API Token"
CLEAN = "no new secrets"
LINE = 200 * 1024


def _scan(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return ["scan", "--no-baseline", relative]
    return build


def _repeated(head: bytes, tail: bytes = b"\n") -> bytes:
    return head * (LINE // len(head)) + tail


_ENCODED = base64.b64encode(TOKEN.encode())
_WORDS = base64.b64encode(b"hello-world-again")

CASES: List[HostileCase] = [
    HostileCase("decode-call-found", _scan("deploy.sh", lambda: b"export BOT_TOKEN=$(echo " + _ENCODED + b" | base64 -d)\n"),
                1, FOUND, secrets=(TOKEN,)),
    HostileCase("atob-head-repeated", _scan("app.js", lambda: _repeated(b'atob("')), 0, CLEAN),
    HostileCase("atob-unterminated-run", _scan("app.js", lambda: b'x = atob("' + b"QUJD" * (LINE // 4) + b"\n"), 0, CLEAN),
    HostileCase("b64decode-calls-flood", _scan("keys.py", lambda: _repeated(b'k = base64.b64decode("' + _WORDS + b'"); ')),
                0, CLEAN),
    HostileCase("echo-base64-pipes-flood", _scan("run.sh", lambda: _repeated(b"echo " + _WORDS + b" | base64 -d | ")),
                0, CLEAN),
    HostileCase("echo-run-without-pipe", _scan("run.sh", lambda: b"echo " + b"QUJD" * (LINE // 4) + b" base64 -d\n"),
                0, CLEAN),
    HostileCase("base64-decode-heads-repeated", _scan("run.sh", lambda: _repeated(b"| base64 -d <<< ")), 0, CLEAN),
    HostileCase("join-list-never-closed", _scan("parts.py", lambda: b'x = "".join([' + _repeated(b'"abcdefgh", ')), 0, CLEAN),
    HostileCase("join-heads-repeated", _scan("parts.py", lambda: _repeated(b"''.join((")), 0, CLEAN),
    # Joins by name: each name's definition is searched once, for at most MAX_NAMED_JOINS names.
    HostileCase("named-joins-flood", _scan("parts.py", lambda: b"".join(
        b'P%d = ("abcdefghij", "klmnopqrst")\nT%d = "".join(P%d)\n' % (n, n, n) for n in range(40_000))), 0, CLEAN),
    HostileCase("concat-heads-repeated", _scan("lib.rs", lambda: _repeated(b'concat!("abcdefghij", ')), 0, CLEAN),
    HostileCase("js-join-far-from-list", _scan("a.js", lambda: b"[" + _repeated(b'"abcdefghij" + ', b'].join("")\n') * 2),
                0, CLEAN),
    HostileCase("parenthesized-names-flood", _scan("settings.py", lambda: b'X = (\n    "abcdefghij"\n)\n' * 40_000),
                0, CLEAN),
]
