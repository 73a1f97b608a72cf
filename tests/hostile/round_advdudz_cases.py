"""Hostile text for the adversarial reading of blind rounds DU-DZ: thousands of lines ending in a settings call's
opening (`Config(`, `Settings(`), none given a place, a user and a literal (each line was once read by every call's
reader: a second per 100,000 characters), and mappings named for encryption holding generated values. Then a planted
Telegram token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("advdudz", number, length, alphabet)


CASES: List[HostileCase] = [
    many_lines_case("advdudz-opened-config", "app/src/main/java/a/Settings.kt", "",
                    lambda n: f"val c{n} = Config{_drawn(n, 4)}(\n", count=12_000),
    many_lines_case("advdudz-opened-settings-one-literal", "app/settings.py", "",
                    lambda n: f"s{n} = Settings(\n    \"{_drawn(n, 8)}\",\n", count=8_000),
    many_lines_case("advdudz-encrypted-mappings", "deploy/values.yaml", "",
                    lambda n: f"encryptedEnv{n}:\n  K{n}: {_drawn(n, 24)}\n", count=6_000),
]
