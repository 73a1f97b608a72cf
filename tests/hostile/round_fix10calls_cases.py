"""Hostile text for the reads of blind rounds BU-BX (fix10calls): Orthanc's users and peers, an XStream
map's entries, code escaped in XML elements, Faraday's and Guzzle's auth, Authorize.net's transaction key
and calls to a class the file defines: one 256 KB line repeating each form, or thousands of lines of it,
every value different and generated-looking, then a planted Telegram token (2,000 lines where each
reports a secret: the kind's judgement of each reported value is most of their time). The scan must reach it (and
report it); benchmarks/hostile.py times them. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int, alphabet: str = _ALNUM) -> str:
    return drawn("fix10calls", number, length, alphabet)


def _uuid(number: int) -> str:
    hexed = _drawn(number, 32, HEX)
    return f"{hexed[:8]}-{hexed[8:12]}-4{hexed[13:16]}-a{hexed[17:20]}-{hexed[20:]}"


CASES: List[HostileCase] = [
    # Orthanc: a users' object opened on every line, or one line of thousands of members
    fragment_line_case("fix10calls-orthanc-users-line", "orthanc.json",
                       lambda n: f'"AuthenticationEnabled": true, "RegisteredUsers": {{"u{n}": "{_drawn(n, 14)}", '),
    many_lines_case("fix10calls-orthanc-users-opened", "orthanc.json", '{\n  "AuthenticationEnabled" : true,\n',
                    lambda n: f'  "RegisteredUsers" : {{\n    "u{n}" : "{_drawn(n, 14)}",\n'),
    many_lines_case("fix10calls-orthanc-peers", "peers.json", '{\n  "OrthancPeers" : {\n',
                    lambda n: f'    "p{n}" : [ "https://pacs{n}.example.org/", "u{n}", "{_drawn(n, 14)}" ],\n'),
    # an XStream map: entries one a line, or all on one line
    many_lines_case("fix10calls-map-entries", "configurationMap.xml", "<map>\n",
                    lambda n: f"  <entry>\n    <string>svc{n}.password</string>\n    <string>{_drawn(n, 14)}</string>\n  </entry>\n", 2_000),
    fragment_line_case("fix10calls-map-entries-line", "configurationMap.xml",
                       lambda n: f"<entry><string>svc{n}.secret</string><string>{_drawn(n, 20)}</string></entry>"),
    # code escaped in XML: elements never closed on one line, and thousands closed
    fragment_line_case("fix10calls-xml-scripts-unclosed", "channel.xml",
                       lambda n: f"<script>var k{n} = &quot;{_drawn(n, 20)}&quot;; "),
    many_lines_case("fix10calls-xml-scripts", "channel.xml", "<channel>\n",
                    lambda n: f"<script>var authToken = &quot;{_drawn(n, 32, HEX)}&quot;;</script>\n"),
    # calls
    fragment_line_case("fix10calls-faraday", "client.rb",
                       lambda n: f'f.request :authorization, :basic, "u{n}", "{_drawn(n, 14)}"; '),
    fragment_line_case("fix10calls-guzzle-auth", "Client.php", lambda n: f"'auth' => ['{_drawn(n, 20)}', 'X'], "),
    fragment_line_case("fix10calls-transaction-keys", "Gateway.php", lambda n: f"$m->setTransactionKey('{_drawn(n, 16)}'); "),
    many_lines_case("fix10calls-defined-calls", "sprinkler.py",
                    "class Sprinkler:\n    def __init__(self, zone: str, token: str) -> None:\n        pass\n\n\n",
                    lambda n: f'Sprinkler("z{n}", "{_uuid(n)}")\n'),
    fragment_line_case("fix10calls-defined-calls-line", "sprinkler.py", lambda n: f'Sprinkler("{_uuid(n)}"), '),
    many_lines_case("fix10calls-definitions", "defs.py", "",
                    lambda n: f"def f{n}(token{n}, api_key):\n    pass\nf{n}('{_drawn(n, 24)}', 'k')\n", 2_000),
]
