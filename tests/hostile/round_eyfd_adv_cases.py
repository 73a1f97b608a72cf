"""Hostile files for the adversarial review of blind rounds EY-FD: thousands of lines of the forms the review widened,
each read where it stands, then a planted Telegram token the scan must reach. A CloudFormation template's parameters
under credentials' names whose bare `Default:` runs a long value of `#` after no blank (the lazy bare value tries the
line's end at each character, within 512); a module assigning thousands of constants their bytes (`"…".encode()`,
`bytes("…", "utf-8")`) each given by name to `hmac.new` (the assignments are read once a file, each call bisects them);
INI sections of bare `Key =` lines with comments after them. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import many_lines_case

CASES: List[HostileCase] = [
    many_lines_case("eyfd-cfn-parameter-hash-runs", "cfn/app.yaml", "Parameters:\n",
                    lambda n: f"  ApiKey{n}:\n    Type: String\n    Default: {'a#' * 300}{n} x\n", count=20_000),
    many_lines_case("eyfd-encoded-constants-to-hmac", "app/sign.py", "import hmac\n",
                    lambda n: (f'K{n % 97} = "{"q" * 180}".encode("utf-8")\n' if n % 2 else f"sig = hmac.new(K{n % 97}, b, s)\n"),
                    count=20_000),
    many_lines_case("eyfd-ini-key-comments", "client/settings.ini", "",
                    lambda n: f"[api{n}]\nKey = {'k' * 400} ; {'#' * 200}\n", count=20_000),
]
