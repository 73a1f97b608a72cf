"""Hostile inputs for the API-call forms (kinds/_code_calls.py): each call's head repeated along a
200 KB line (at most _CALLS_A_LINE calls a line read, each over a bounded window), a call whose
arguments never close, a file of cx_Oracle.connect(NAME) lines (each name looked up a bounded
number of lines above), a URL head literal repeated. Each must end as it should, in time linear in
its size; a planted password is found and never printed."""
from __future__ import annotations

from typing import List

from tests.hostile.carrier_calls_cases import CLEAN, LINE, _repeated, _scan
from tests.hostile.case import HostileCase, sized

FOUND = "Literal Credential"
_PASSWORD = "Quince-Harbor2290"


def _oracle_named_connects(count: int, name: str = "oracle-named-connects-flood") -> HostileCase:
    return HostileCase(name, _scan("a.py", lambda: b"".join(
        b"conn%d = cx_Oracle.connect(CONNECT%d)\n" % (n, n) for n in range(count))), 0, CLEAN)


# Lines a flood has in the suite; the benchmark runs the full count (BENCHMARK_ONLY_CASES). The suite's
# is still far past where a loop reading on from each line would show.
SUITE_LINES = 10_000  # (a quarter: still ten times _NAME_LINES_ABOVE, 1,000, the reach of a name's lookup)
FULL_LINES = 40_000

CASES: List[HostileCase] = [
    HostileCase("code-call-found", _scan("wlst/start.py", lambda: b"connect('weblogic', '" + _PASSWORD.encode()
                                         + b"', 't3://wls01.acme.local:7001')\n"), 1, FOUND, secrets=(_PASSWORD,)),
    HostileCase("wlst-connect-head-repeated", _scan("a.py", lambda: _repeated(b" connect('a', '")), 0, CLEAN),
    HostileCase("dbi-connect-head-repeated", _scan("a.pl", lambda: _repeated(b"DBI->connect(")), 0, CLEAN),
    HostileCase("connect-server-commas", _scan("a.vbs", lambda: b"x.ConnectServer(" + _repeated(b"a, ")), 0, CLEAN),
    HostileCase("credential-brackets-unclosed", _scan("a.cs", lambda: b"new NetworkCredential(" + _repeated(b"([{'")), 0,
                CLEAN),
    HostileCase("auth-head-repeated", _scan("a.js", lambda: _repeated(b'db.auth("u", "')), 0, CLEAN),
    HostileCase("wrapper-head-repeated", _scan("a.py", lambda: _repeated(b'SecretValue.plain_text("')), 0, CLEAN),
    HostileCase("bot-run-head-repeated", _scan("a.py", lambda: _repeated(b"client.run('")), 0, CLEAN),
    _oracle_named_connects(SUITE_LINES),
    # (in the suite a quarter: still past twice _NAME_LINES_ABOVE, 1,000, the reach of a connect string's name)
    HostileCase("url-head-literals-flood", _scan("a.py", lambda: b'"postgresql://u:pw"\n' * sized(20_000, 5_000)), 0, CLEAN),
]

BENCHMARK_ONLY_CASES: List[HostileCase] = [
    _oracle_named_connects(FULL_LINES, "oracle-named-connects-flood-full"),
]
