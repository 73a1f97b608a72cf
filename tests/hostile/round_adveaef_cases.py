"""Hostile text for the adversarial reading of blind rounds EA-EF: thousands of lines in the round's new forms, each
read by a reader that looks below or behind it (a DSN's call opened on the line above, weboptions' `...` continuations
with a comment after them, bold login pairs holding `*`, comment headers naming a credentials file, here-strings to a
login tool). Then a planted Telegram token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("adveaef", number, length, alphabet)


CASES: List[HostileCase] = [
    many_lines_case("adveaef-dsn-opened", "lib/db.php", "<?php\n",
                    lambda n: f"$d{n} = new PDO(\n    'pgsql:host=h{n};dbname=d',\n", count=8_000),
    many_lines_case("adveaef-matlab-continued", "ctd/fetch.m", "",
                    lambda n: f"o{n} = weboptions('Timeout',{n}, ... note {_drawn(n, 6)}\n", count=12_000),
    many_lines_case("adveaef-bold-stars", "notes/runbook.md", "",
                    lambda n: f"Sign in as **u{n}** / **{_drawn(n, 4)}*" + "*a" * 40 + "**\n", count=8_000),
    many_lines_case("adveaef-quoted-headers", "etc/rsyncd.conf", "",
                    lambda n: f"# password file {n} contains:\n", count=12_000),
    many_lines_case("adveaef-here-strings", "ops/kinit.sh", "",
                    lambda n: f"kinit svc{n}@CORP <<< \"$P{n}\" >/dev/null 2>&1\n", count=12_000),
]
