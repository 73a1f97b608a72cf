"""What the hostile files of the blind-set rounds share (`round_*_cases.py`): values drawn for a
round, different for every number and random-looking (a repeated value would be judged once, a
patterned one refused early), and a case of thousands of such lines before a planted token."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Sequence

from tests.hostile.case import HostileCase, sized
from tests.hostile.detectors_cases import bot_reason, fake_telegram

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def drawn(round_name: str, number: int, length: int, alphabet: str = HEX) -> str:
    """Value number n of a round: `length` characters of `alphabet`."""
    digest = b""
    counter = 0
    while len(digest) < length:
        digest += hashlib.sha256(f"round {round_name} {number} {counter}".encode()).digest()
        counter += 1
    return "".join(alphabet[byte % len(alphabet)] for byte in digest[:length])


def many_lines_case(name: str, filename: str, head: str, line: Callable[[int], str], count: int = 3_000) -> HostileCase:
    """`head`, then `count` different lines (450 at most in the suite: still past the readers' 400-line
    windows), then a planted token."""
    token = fake_telegram(name)
    count = sized(count, min(count, 450))

    def build(directory: Path) -> Sequence[str]:
        text = head + "".join(line(number) for number in range(count)) + f"bot_token: '{token}'\n"
        (directory / filename).parent.mkdir(parents=True, exist_ok=True)
        (directory / filename).write_text(text, encoding="utf-8")
        return ["scan", "--no-baseline", filename]

    return HostileCase(name=name, build=build, exit_code=1, reason=bot_reason(token), secrets=(token,))
