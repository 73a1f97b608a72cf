"""Hostile text for round BF's test-tooling reads (kinds/_test_tooling.py): one 256 KB line repeating
each form, or thousands of lines of it, every value different and generated-looking, then a planted
Telegram token. The scan must reach it (and report it). Generated fakes only."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int) -> str:
    return drawn("fx7tt", number, length, _ALNUM)


CASES: List[HostileCase] = [
    fragment_line_case("fx7tt-postman-apikey-objects", "a.postman_collection.json",
                       lambda n: f'"apikey": [{{"key": "value", "value": "{_drawn(n, 32)}"}}, '),
    fragment_line_case("fx7tt-postman-open-objects", "b.postman_environment.json",
                       lambda n: f'{{"key": "token{n}", "value": "{_drawn(n, 24)}", '),
    fragment_line_case("fx7tt-escaped-members", "state.json", lambda n: f'\\"refresh_token\\":\\"{_drawn(n, 32)}\\",'),
    fragment_line_case("fx7tt-jmx-values", "plan.jmx", lambda n: f'<stringProp name="Header.value">Bearer {_drawn(n, 24)}</stringProp>'),
    many_lines_case("fx7tt-cassette-headers", "tests/cassettes/c.yaml", "interactions:\n- request:\n    headers:\n",
                    lambda n: f"      X-Key-{n}-Token:\n      - {_drawn(n, 32)}\n"),
    many_lines_case("fx7tt-postman-attribute-lines", "c.postman_collection.json", '"apikey": [\n',
                    lambda n: f'  {{\n    "key": "value",\n    "value": "{_drawn(n, 32)}"\n  }},\n'),
    many_lines_case("fx7tt-doc-table-rows", "docs/accounts.md", "| User | Password | Notes |\n|---|---|---|\n",
                    lambda n: f"| u{n} | `{_drawn(n, 12)}` | shared |\n"),
    many_lines_case("fx7tt-wdio-keys", "wdio.conf.js", "exports.config = {\n  user: 'qa',\n",
                    lambda n: f"  key: '{_drawn(n, 20)}',\n"),
    many_lines_case("fx7tt-json-cassette-headers", "tests/cassettes/c.json", '{"headers": {\n',
                    lambda n: f'  "X-Key-{n}-Token": [\n    "{_drawn(n, 32)}"\n  ],\n'),
    fragment_line_case("fx7tt-json-cassette-one-line", "cassette-d.json",
                       lambda n: f'"headers": {{"X-Api-Key": ["{_drawn(n, 32)}"]}}, '),
]
