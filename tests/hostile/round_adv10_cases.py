"""Hostile text for the adversarial review of round 10 (branch adv10): Guzzle's auth option opened at
line after line (each joins the few lines below it, read once), the Orthanc images' variables on
thousands of lines and repeated along one line, espn-fantasy-football-api's espnS2 cookie and a Bambu
tool's --access-code option repeated along one line, RRF's lower-case M587, Shoutrrr's discord:// and
Pushbullet's notifier URLs. One 256 KB line repeating each
form, or thousands of lines of it, every value different and generated-looking, then a planted Telegram
token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("adv10", number, length, alphabet)


CASES: List[HostileCase] = [
    many_lines_case("adv10-guzzle-auth-opened", "Client.php", "<?php\n", lambda n: "    'auth' => [\n"),
    many_lines_case("adv10-guzzle-auth-arrays", "Client.php", "<?php\n",
                    lambda n: f"    'auth' => [\n        'u{n}',\n        '{_drawn(n, 14)}',\n    ],\n"),
    many_lines_case("adv10-orthanc-variables", "docker-compose.yml", "services:\n  pacs:\n    environment:\n",
                    lambda n: f"      ORTHANC__REGISTERED_USERS: |\n        {{\"u{n}\": \"{_drawn(n, 14)}\"}}\n"),
    many_lines_case("adv10-orthanc-variables-unopened", "docker-compose.yml", "services:\n",
                    lambda n: "      ORTHANC__ORTHANC_PEERS: |\n"),
    fragment_line_case("adv10-orthanc-variables-line", ".env",
                       lambda n: f'ORTHANC__REGISTERED_USERS={{"u{n}": "{_drawn(n, 14)}"}} '),
    fragment_line_case("adv10-espn-s2-camel", "league.js", lambda n: f"espnS2: '{_drawn(n, 120)}%2B', "),
    fragment_line_case("adv10-bambu-access-code-option", "bambu_watch.sh",
                       lambda n: f"--access-code {_drawn(n, 8, '0123456789')} "),
    fragment_line_case("adv10-shoutrrr-discord", "docker-compose.yml",
                       lambda n: f"discord://{_drawn(n, 68)}@{_drawn(n, 19, '0123456789')} "),
    fragment_line_case("adv10-shoutrrr-discord-no-id", "docker-compose.yml", lambda n: f"discord://{_drawn(n, 70)}@x "),
    fragment_line_case("adv10-pushbullet", "apprise.yml", lambda n: f"pbul://o.{_drawn(n, 32)} pushbullet://o.{_drawn(n + 1, 31)} "),
    fragment_line_case("adv10-duet-lower-case", "config.g", lambda n: f'm587 s"n{n}" p"{_drawn(n, 12)}" '),
]
