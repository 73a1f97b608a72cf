"""Hostile text for the fixcalls round's reads (kinds/_code_calls.py: an SDK's login by position, a
client or an SDK's class given its key, a call given an API's URL then a token): one 256 KB line
repeating each form, or thousands of lines of it, every value different and generated-looking,
then a planted Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fixcalls", number, length, alphabet)


CASES: List[HostileCase] = [
    # an SDK's login by position: closed calls, and heads never closed (their arguments read below)
    fragment_line_case("fixcalls-gis-logins", "publish.py",
                       lambda n: f'GIS("https://gis{n}.example.net", "u{n}", "{_drawn(n, 14, _ALNUM)}") '),
    fragment_line_case("fixcalls-open-sdk-heads", "tools.py", lambda n: "arcpy.management.CreateDatabaseConnection(OUT, "),
    many_lines_case("fixcalls-odoo-lines", "sync.py", "import xmlrpc.client\n",
                    lambda n: f'uid = common.authenticate("db{n}", "u{n}@x.io", "{_drawn(n, 40)}", {{}})\n'),
    # a client or an SDK's class given its key, first or after its host
    fragment_line_case("fixcalls-keyed-clients", "clients.py", lambda n: f'GeocodioClient("{_drawn(n, 39)}") '),
    fragment_line_case("fixcalls-host-then-key", "desk.py",
                       lambda n: f'API("d{n}.freshdesk.com", "{_drawn(n, 20, _ALNUM)}"), '),
    # a call given an API's URL then a token
    fragment_line_case("fixcalls-url-then-token", "redcap.py",
                       lambda n: f'connect("https://r{n}.example.org/api/", "{_drawn(n, 32).upper()}") '),
    fragment_line_case("fixcalls-url-heads-unclosed", "urls.py", lambda n: f'f("https://h{n}.example.org/", '),
]
