"""Hostile text for the forms of blind rounds GU-GY (lftp's `-u` on a continued line, a login call's `Some("…")`,
reqwest's `bearer_auth`, a Rust constant of bytes or with a lifetime, an SMB device URI's `@`s, a JDBC URL's properties
joined below it, Android's `cmd wifi connect-network`): one 256 KB line repeating each form's head, or thousands of
lines of it, every value different and generated-looking, then a planted Telegram token the scan must still reach.
Generated fakes only."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int) -> str:
    return drawn("gugy", number, 16, ALNUM)


CASES: List[HostileCase] = [
    fragment_line_case("gugy-lftp-continued-users", "push.sh", lambda n: f"lftp -e 'put a{n}; bye' -u u{n}, \\ "),
    many_lines_case("gugy-lftp-continued-lines", "push.sh", "",
                    lambda n: f"lftp -e \"cd /in{n}; bye\" \\\n  -u u{n},'{_drawn(n)}' \\\n  -p 22{n % 10} \\\n"),
    fragment_line_case("gugy-some-literals", "fetch.rs", lambda n: f'.basic_auth("u{n}", Some("{_drawn(n)}".to_string( '),
    fragment_line_case("gugy-bearer-auth-heads", "fetch.rs", lambda n: f'.bearer_auth(".bearerAuth("{n}'),
    fragment_line_case("gugy-typed-lifetimes", "consts.rs", lambda n: f"const X{n}_SECRET: &'a &'static [u8; {n}] "),
    many_lines_case("gugy-typed-byte-constants", "consts.rs", "",
                    lambda n: f'const WEBHOOK{n}_SECRET: &[u8] = b"{_drawn(n)}";\n'),
    fragment_line_case("gugy-smb-at-signs", "printer.sh", lambda n: f"smb://WG/u{n}:{_drawn(n)}@"),
    fragment_line_case("gugy-password-joins", "Db.java", lambda n: f'"password=" + p{n} + ";" + '),
    # (a database's and redis' named setting read as a join on a long line: each value's quote count is bounded)
    fragment_line_case("gugy-database-password-joins", "db.py", lambda n: f'"db_password=" + p{n} + "'),
    fragment_line_case("gugy-redis-password-joins", "cache.py", lambda n: f"'redis_password=' + \"{_drawn(n)}\" + '"),
    many_lines_case("gugy-jdbc-joined-lines", "Db.java", "class Db {\n",
                    lambda n: f'    static final String URL{n} =\n        "jdbc:sqlserver://h{n}:1433;databaseName=d;"\n'
                              f'        + "user=u{n};password={_drawn(n)};encrypt=true";\n'),
    fragment_line_case("gugy-cmd-wifi-heads", "provision.sh", lambda n: f"cmd wifi add-request -g -i S{n} wpa2 "),
    many_lines_case("gugy-cmd-wifi-lines", "provision.sh", "",
                    lambda n: f"adb shell cmd wifi connect-network Net{n} wpa2 '{_drawn(n)}'\n"),
]
