"""Hostile inputs for the SQL statement, dump row, split ODBC string and redis-cli forms (issue 14):
a 1 MB line of each form's keyword repeated, then a real credential on its own line. Each ends
quickly and as it must; the planted password is never printed."""
from __future__ import annotations

from typing import Callable, List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
DATABASE = "Database Credentials"
REDIS = "Redis Credentials"
MEGABYTE = 1024 * 1024


# Bytes of a flooded line: in the suite an eighth, still far past twice the longest stretch of a line the
# database and Redis readers read (_database_reading.MAX_COMMAND, 4,096 characters).
FLOOD_BYTES = sized(MEGABYTE, MEGABYTE // 8)


def _flood(unit: bytes, then: str) -> Callable[[], bytes]:
    return lambda: unit * (FLOOD_BYTES // len(unit)) + b"\n" + then.encode() + "\n".encode()


STATEMENT = f"CREATE ROLE app LOGIN PASSWORD '{PASSWORD}';"
CASES: List[HostileCase] = [
    HostileCase("sql-password-words", _scan("roles.sql", _flood(b"PASSWORD 'x' ", STATEMENT)),
                1, DATABASE, secrets=(PASSWORD,)),
    HostileCase("sql-identified-by", _scan("users.sql", _flood(b"IDENTIFIED BY ", STATEMENT)),
                1, DATABASE, secrets=(PASSWORD,)),
    HostileCase("sql-set-password", _scan("users.sql", _flood(b"SET PASSWORD ", STATEMENT)),
                1, DATABASE, secrets=(PASSWORD,)),
    HostileCase("sql-statement-heads", _scan("users.sql", _flood(b"; CREATE USER a ", f"PASSWORD '{PASSWORD}';")),
                1, DATABASE, secrets=(PASSWORD,)),
    HostileCase("sql-dump-row-keys", _scan("dump.sql", _flood(b"('smtp_password','",
                                                              f"INSERT INTO s VALUES ('smtp_password','{PASSWORD}');")),
                1, DATABASE, secrets=(PASSWORD,)),
    HostileCase("odbc-literal-line", _scan("conn.py", _flood(b'"PWD=x;" ', f'"Server=a.corp.net;" "UID=u;" '
                                                             f'"PWD={PASSWORD};"')),
                1, DATABASE, secrets=(PASSWORD,)),
    HostileCase("odbc-literal-then-blanks", _scan("conn.py", lambda: b'"PWD=x;"' + b" " * MEGABYTE + b"x\n"),
                0, "no new secrets"),
    # (in the suite 2,000 lines: twice _database_reading._CALL_LINES, how far a call's literals are read)
    HostileCase("odbc-literal-lines", _scan("conn.py", lambda: b'    "PWD=Ab3;Server=s;UID=u;"\n' * sized(5_000, 2 * 1000)),
                0, "no new secrets"),
    HostileCase("redis-auth-words", _scan(".rediscli_history", _flood(b"AUTH ", f"AUTH {PASSWORD}")),
                1, REDIS, secrets=(PASSWORD,)),
    HostileCase("redis-config-set", _scan("ops.sh", _flood(b"redis-cli CONFIG SET requirepass ",
                                                           f"redis-cli CONFIG SET requirepass {PASSWORD}")),
                1, REDIS, secrets=(PASSWORD,)),
    HostileCase("redis-config-set-call", _scan("rotate.py", _flood(b"r.config_set('requirepass', '",
                                                                   f"r.config_set('requirepass', '{PASSWORD}')")),
                1, REDIS, secrets=(PASSWORD,)),
    HostileCase("redis-cli-auth-options", _scan("ops.sh", _flood(b"redis-cli -h h auth ", f"redis-cli AUTH {PASSWORD}")),
                1, REDIS, secrets=(PASSWORD,)),
    # (in the suite a quarter: still far past redis.MAX_HEREDOC_LINES, 20, and _MAX_PARENT_LINES, 200)
    HostileCase("redis-heredocs", _scan("ops.sh", lambda: b"redis-cli <<EOF\n" * sized(20_000, 5_000)
                                        + f"redis-cli <<EOF\nAUTH {PASSWORD}\nEOF\n".encode()),
                1, REDIS, secrets=(PASSWORD,)),
]
