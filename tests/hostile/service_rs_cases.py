"""Hostile text for issue 14's round R-S service reads: one 256 KB line repeating the head each
new pattern or context read would be slowest on (auth headers with no value, Grafana header values
by the thousand each looking for their name, `sk_` / `K00` / REDCap-named values where nothing
names the service), then a planted Telegram token. The scan must reach it (and report it) in
seconds. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.service_keys_cases import _hex

CASES: List[HostileCase] = [
    fragment_line_case("service-auth-header-heads", "collector.yaml", lambda n: "x-honeycomb-team: DD-API-KEY="),
    fragment_line_case("service-auth-header-values", "collector.yaml", lambda n: f"x-api-key: {_hex(n, 24)} "),
    fragment_line_case("service-authorization-schemes", "otel.yaml", lambda n: "Authorization: Splunk "),
    fragment_line_case("service-grafana-header-values", "datasource.yaml",
                       lambda n: f"httpHeaderValue{n % 999}: {_hex(n, 20)} "),
    fragment_line_case("service-benchling-shapes", "tasks.py", lambda n: f"sk_{_hex(n, 30)} "),
    fragment_line_case("service-b2-shapes", "ids.txt", lambda n: f"K005{_hex(n, 27)} "),
    fragment_line_case("service-redcap-names", "redcap.env", lambda n: f"REDCAP_TOKEN_{n}={_hex(n).upper()} "),
    fragment_line_case("service-token-names", "vars.env", lambda n: "a_b.token" * 5 + "="),
]
