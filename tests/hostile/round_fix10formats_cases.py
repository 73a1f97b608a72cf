"""Hostile text for blind round 10's vendor formats (Onfido, Zillow, Okta's SSWS, Apprise URLs, ESPN's
cookie, OctoPrint keys, Agora certificates, Etsy shared secrets): one 256 KB line repeating each form, or
thousands of lines of it, every value different and generated-looking, then a planted Telegram token.
The scan must reach it (and report it). Generated fakes only."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
_UPPER_HEX = "0123456789ABCDEF"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix10formats", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fix10formats-onfido", "kyc.py", lambda n: f"api_live.{_drawn(n, 11, _ALNUM)}.{_drawn(n + 1, 32, _ALNUM)} "),
    fragment_line_case("fix10formats-zillow", "zillow.php", lambda n: f"'X1-ZW{_drawn(n, 13, _LOWER)}_{_drawn(n + 1, 5, _LOWER)}', "),
    fragment_line_case("fix10formats-ssws", "okta.py", lambda n: f"SSWS 00{_drawn(n, 40, _ALNUM)} "),
    fragment_line_case("fix10formats-apprise", "notifiers.cfg",
                       lambda n: f"discord://{_drawn(n, 18, '123456789')}/{_drawn(n + 1, 68, _ALNUM)} "),
    fragment_line_case("fix10formats-espn", "league.py", lambda n: f"espn_s2={_drawn(n, 120, _ALNUM)}%2B; "),
    # a key's word and upper-case hex over and over beside OctoPrint; a certificate's and a shared secret's names
    fragment_line_case("fix10formats-octoprint-keys", "octoprint.cfg", lambda n: f"api key {_drawn(n, 32, _UPPER_HEX)} "),
    fragment_line_case("fix10formats-octoprint-words", "octoprint.yaml", lambda n: f"key api token secret {n} "),
    fragment_line_case("fix10formats-agora", "agora.toml", lambda n: f'app_certificate = "{_drawn(n, 32)}"; '),
    fragment_line_case("fix10formats-etsy", "etsy.env", lambda n: f"shared_secret={_drawn(n, 10, _LOWER)} "),
    # (every line a finding: the report, not the reader, costs; two thousand lines)
    many_lines_case("fix10formats-octoprint-lines", "cura.cfg", "[octoprint]\n",
                    lambda n: f'keys_cache = {{"h{n}.local": "{_drawn(n, 32, _UPPER_HEX)}"}}\n', count=2_000),
]
