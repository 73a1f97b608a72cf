"""Hostile scripts for the adversarial review of blind rounds ES-EX: thousands of lines each sending sixty-four
authentication headers their value from a variable (`X-Api-Key: $K`), every line holding the variable's name and an
`=`, so that each header's look-up of the variable's assignment above (up to 200 lines) had every line above read;
then a planted Telegram token. The scan must reach the token. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import many_lines_case

CASES: List[HostileCase] = [
    many_lines_case("esex-header-variables-each-line", "ops/probe.sh", "#!/bin/sh\n",
                    lambda n: " ".join([f"X-Api-Key: $K{n % 7}"] * 64) + " =\n", count=20_000),
    many_lines_case("esex-header-variable-braced-quote-broken", "ops/probe2.sh", "#!/bin/sh\n",
                    lambda n: f"curl -H 'X-Api-Key: '\"${{KEY}}\" -d x={n} https://api.example.net/\n", count=20_000),
]
