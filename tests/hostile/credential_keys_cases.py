"""Hostile input to the keyword confidence rule (credential_keys): lines built so that finding the
key of a keyword hit, or judging its value, would cost far more than reading the line. Each scan
ends with its finding reported masked (exit 1: `scan` reports every finding)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Sequence

from tests.hostile.case import HostileCase

# Generated; never a credential anywhere.
VALUE = "Qz7!kQz7!k"  # period 5: no short repeated chunk, so it is judged a literal
LONG_VALUE = "Kq7Lm2Xv9Tz4" * 25_000  # 300 KB of base64-ish text in one value


def _file(name: str, text: str) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        (directory / name).write_text(text)
        return ["scan", "--no-baseline", name]

    return build


def _cases(scale: int) -> List[HostileCase]:
    many = 500 * scale
    return [
        # The value repeated on its line before its assignment: the key is looked for before a
        # bounded number of occurrences only (then the hit stays low).
        HostileCase(f"value-repeated-before-its-key-x{scale}",
                    _file("config.yaml", "note: " + (VALUE + " ") * (2_000 * scale) + f"password: {VALUE}\n"),
                    1, "Secret Keyword", secrets=(VALUE,)),
        # A long value under a credential key: judged in time linear in its length.
        HostileCase(f"huge-value-under-a-credential-key-x{scale}",
                    _file("app.ini", f"[smtp]\npassword = {LONG_VALUE * scale}\n"),
                    1, "Secret Keyword", secrets=(LONG_VALUE * scale,)),
        # Assignments to credential keys, one per line, each a literal: every hit is judged.
        HostileCase(f"many-credential-assignments-x{scale}",
                    _file(".env", "".join(f"SMTP_PASSWORD_{n}=Hx{n}!kQ7vLm2\n" for n in range(many))),
                    1, "Secret Keyword", secrets=(f"Hx{many - 1}!kQ7vLm2",)),
    ]


CASES: List[HostileCase] = _cases(1)
# Full size for benchmarks/hostile.py: 200,000 repeats on one line, a 3 MB value, 50,000 hits.
BENCHMARK_ONLY_CASES: List[HostileCase] = _cases(100)
