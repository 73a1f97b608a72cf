"""Hostile text for round 10's property forms (a bare key beside its API's root, R's `<-`, ACORD's
`<Pswd>`, a login list's password column, a settings table's name/value rows): one 256 KB line
repeating each form, or thousands of lines of it, every value different and generated-looking, then
a planted Telegram token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix10props", number, length, alphabet)


CASES: List[HostileCase] = [
    # a bare key beside an API's root: each key line reads its neighbours
    many_lines_case("fix10props-keyed-api-lines", "settings.py", "FEEDS = {\n",
                    lambda n: (f'    "BASE_URL": "https://api.feed{n}.example.net/v{n % 9}",\n' if n % 2 else
                               f'    "KEY": "{_drawn(n, 32)}",\n'), 2_000),
    fragment_line_case("fix10props-keyed-api-line", "api.js",
                       lambda n: f"const BASE = 'https://api.f{n}.example.io'; const KEY = '{_drawn(n, 32)}'; "),
    # R's assignment
    fragment_line_case("fix10props-r-assignments", "fetch.R", lambda n: f'token <- "{_drawn(n, 32)}"; '),
    # ACORD's abbreviated password elements, each line asking its neighbours for an encryption type
    many_lines_case("fix10props-pswd-lines", "quote.xml", "<SignonRq>\n",
                    lambda n: (f"<EncryptionTypeCd>NONE</EncryptionTypeCd>\n" if n % 3 == 0 else
                               f"<Pswd>{_drawn(n, 14, _ALNUM)}</Pswd>\n")),
    fragment_line_case("fix10props-pswd-line", "quote.xml", lambda n: f"<CustPswd><Pswd>{_drawn(n, 14, _ALNUM)}</Pswd></CustPswd>"),
    # a login list's rows
    many_lines_case("fix10props-login-list-rows", "logins.csv", "site,portal_url,login,password,notes\n",
                    lambda n: f"s{n},https://p{n}.example.com,u{n},{_drawn(n, 12, _ALNUM)}!,\n"),
    # a settings table's rows on one line (a mysqldump's)
    fragment_line_case("fix10props-settings-rows", "options.sql",
                       lambda n: f"({n},'vendor{n}_apikey','{_drawn(n, 22, _ALNUM)}','yes'),"),
]
