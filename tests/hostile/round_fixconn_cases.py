"""Hostile text for the connection-string round (fixconn): Oracle logins (`user/pw@db` after a client,
`userid=`, `CONNECT`, a JDBC thin URL, a driver's DSN literal), Exim's lookup server lists, a URL query
value holding `*`, a `.txt` line that is one URL, a pair with a bracketed password: one 256 KB line
repeating each form, or thousands of such lines, every value different, then a planted Telegram
token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int) -> str:
    return drawn("fixconn", number, length, _ALNUM)


CASES: List[HostileCase] = [
    fragment_line_case("fixconn-sqlplus-logins", "run.sh", lambda n: f"sqlplus -s app{n}/{_drawn(n, 14)}@DB{n} ; "),
    fragment_line_case("fixconn-userid-logins", "gl.par", lambda n: f"userid=u{n}/{_drawn(n, 14)}@FIN{n} "),
    fragment_line_case("fixconn-jdbc-oracle", "c.csv",
                       lambda n: f"jdbc:oracle:thin:U{n}/{_drawn(n, 14)}@//h{n}.corp.lan:1521/s{n},"),
    fragment_line_case("fixconn-oracle-literals", "load.py", lambda n: f'dsn="U{n}/{_drawn(n, 14)}@h{n}.lan:1521/svc", '),
    fragment_line_case("fixconn-slash-at-no-login", "load.py", lambda n: f"a{n}/b{n}/c{n}@d{n}/"),
    fragment_line_case("fixconn-exim-servers", "00_local_macros",
                       lambda n: f"h{n}/db/u{n}/{_drawn(n, 14)} : " if n else "hide mysql_servers = "),
    fragment_line_case("fixconn-query-stars", "apprise.yml", lambda n: f"&pass={_drawn(n, 6)}*{_drawn(n + 1, 6)}*"),
    fragment_line_case("fixconn-pair-brackets", "sync.py", lambda n: f'auth = ("u{n}", "{_drawn(n, 10)}[{n}]{{x}}<"), '),
    many_lines_case("fixconn-listed-urls", "apprise.txt", "# apprise\n",
                    lambda n: f"t{n}=matrixs://u{n}:{_drawn(n, 14)}@m{n}.corp-lan.net/#r\n"),
    many_lines_case("fixconn-connect-lines", "setup.sql", "-- logins\n",
                    lambda n: f"CONNECT u{n}/{_drawn(n, 14)}@//db{n}.corp.lan:1521/pdb{n}\n"),
    many_lines_case("fixconn-pgpass-lines", "files/pgpass.prod", "",
                    lambda n: f"db{n}.corp.lan:5432:app:u{n}:{_drawn(n, 20)}\n"),
]
