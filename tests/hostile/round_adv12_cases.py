"""Hostile text for the second reading of round 12 (blind sets CE-CJ): a REST client file's header
lines whose values hold long runs of blanks (a value's trailing blanks were once retried blank by
blank, for every header line and the 40 lines read above it), CORS headers set along one line, and
browser globals beside image sources. Thousands of lines of each form, or one 256 KB line, every
value different and generated-looking, then a planted Telegram token the scan must reach. Generated
fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("adv12", number, length, alphabet)


CASES: List[HostileCase] = [
    many_lines_case("adv12-http-header-blank-runs", "api/requests.http", "GET https://api.example.com/v1/items\n",
                    lambda n: f"X-K{n}: {_drawn(n, 4)}" + " " * 1000 + f"{_drawn(n, 6)}\n"),
    fragment_line_case("adv12-cors-headers", "server.js",
                       lambda n: f"res.setHeader('Access-Control-Allow-Headers', 'X-{_drawn(n, 8)},Authorization'); "),
    many_lines_case("adv12-browser-globals", "public/app.js", "",
                    lambda n: f"window.c{n} = {{\n  apiKey: '{_drawn(n, 32)}',\n}};\nimg{n}.src = 'https://cdn.example.com/{n}.png';\n"),
]
