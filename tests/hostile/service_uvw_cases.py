"""Hostile text for issue 14's round U-W service reads: one 256 KB line repeating the head each
new pattern or context read would be slowest on (`api-`/`2:`/`token` shapes by the thousand where
the text names LaunchDarkly, Optimizely or Zendesk, `auth=(` pairs and `Basic` headers, blanks
after a token word, `secret_` names), then a planted Telegram token. The scan must reach it (and
report it) in seconds. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.service_keys_cases import _hex

CASES: List[HostileCase] = [
    fragment_line_case("service-launchdarkly-api-shapes", "launchdarkly.tf",
                       lambda n: f"launchdarkly api-{_hex(n, 8)}-{_hex(n, 4)}-{_hex(n + 1, 4)}-{_hex(n + 2, 4)}-{_hex(n, 12)} "),
    fragment_line_case("service-optimizely-heads", "optimizely.sh", lambda n: "optimizely 2:2:2:"),
    fragment_line_case("service-zendesk-token-blanks", "zendesk.csv", lambda n: "zendesk token" + " " * 40),
    fragment_line_case("service-basic-user-pairs", "client.py", lambda n: f'auth=("{_hex(n, 30)}", "xy") '),
    fragment_line_case("service-basic-headers", "headers.py", lambda n: f"Basic {_hex(n, 40)} "),
    fragment_line_case("service-secret-names", "names.py", lambda n: "secret_" + _hex(n, 42) + "_ "),
    fragment_line_case("service-sdk-heads", "deps.txt", lambda n: "sdk-mob-oy2phx_sk.eyJ"),
]
