"""Hostile inputs for the tabular kind's SQL rows (kinds/_sql_tables.py): floods of statement
heads that never close, a megabyte of rows on one line, unbalanced quotes and parentheses, then a
real credential. Each ends quickly and as it must, and the planted secret is never printed. Every
secret here is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Wv3Nq8Lz2Tx6Rk9Pm4Yb"  # generated
MEGABYTE = 1024 * 1024
_LAST = f"INSERT INTO accounts (name, password) VALUES ('ops', '{PASSWORD}');\n".encode()


def _inserts_never_closed(count: int, name: str = "sql-inserts-never-closed") -> HostileCase:
    return HostileCase(name, _scan("seed.sql", lambda: b"INSERT INTO t (a, password) VALUES\n  ('x', 'y'),\n" * (count // 2)
                                   + _LAST), 1, "Tabular Data Credential", secrets=(PASSWORD,))


def _create_tables_never_closed(count: int, name: str = "sql-create-tables-never-closed") -> HostileCase:
    return HostileCase(name, _scan("dump.sql", lambda: b"CREATE TABLE t (\n  password text,\n" * (count // 2)
                                   + b"INSERT INTO t VALUES('x');\n" * 1000 + _LAST),
                       1, "Tabular Data Credential", secrets=(PASSWORD,))


def _copy_heads_flood(count: int, name: str = "sql-copy-heads-flood") -> HostileCase:
    return HostileCase(name, _scan("backup.sql", lambda: b"COPY t (a, token) FROM stdin;\n" * count + _LAST),
                       1, "Tabular Data Credential", secrets=(PASSWORD,))


# Lines a flood has in the suite; the benchmark runs the full count (BENCHMARK_ONLY_CASES). The suite's
# is still far past where a loop reading on from each line would show.
SUITE_LINES = 12_500  # (an eighth: still past twice _sql_tables.MAX_STATEMENT_LINES, 2,000)
# Lines of the COPY and INSERT floods: in the suite an eighth (a quarter under 100,000), still past
# twice MAX_STATEMENT_LINES. (The megabyte lines stay: they cross MAX_STATEMENT_LINE, 1 MiB, itself.)
COPY_ROWS = sized(200_000, 25_000)
INDENTED_HEADS = sized(50_000, 12_500)
FORM_FED_INSERTS = sized(20_000, 5_000)
FULL_LINES = 100_000

CASES: List[HostileCase] = [
    # statements left open: each reads on only to the next statement, not to the file's end
    _inserts_never_closed(SUITE_LINES),
    _create_tables_never_closed(SUITE_LINES),
    # a megabyte of rows on one line (mysqldump's form), and of parentheses that never close
    HostileCase("sql-megabyte-of-rows", _scan("dump.sql", lambda: b"CREATE TABLE t (a int, password text);\nINSERT INTO t VALUES "
                                              + b"(1,'short')," * (MEGABYTE // 12) + b"(2,NULL);\n" + _LAST),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("sql-unbalanced-parentheses", _scan("seed.sql", lambda: b"INSERT INTO t (a, password) VALUES " + b"(" * MEGABYTE
                                                    + b"\n" + _LAST),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("sql-unclosed-quotes", _scan("seed.sql", lambda: b"INSERT INTO t (a, password) VALUES ('" + b"x'''" * (MEGABYTE // 4)
                                             + b"\n" + _LAST),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("sql-copy-without-end", _scan("backup.sql", lambda: b"COPY public.t (id, token) FROM stdin;\n"
                                              + b"1\tshort\n" * COPY_ROWS + b"2\t" + PASSWORD.encode() + b"\n"),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    # found by review: indented COPY heads each read to the file's end; form-fed INSERTs each ran
    # on below; a line of escaped quotes was retried from each quote
    HostileCase("sql-copy-indented-heads", _scan("backup.sql", lambda: b" COPY t (id, token) FROM stdin;\n" * INDENTED_HEADS
                                                 + b"COPY t (id, token) FROM stdin;\n1\t" + PASSWORD.encode() + b"\n\\.\n"),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("sql-form-fed-inserts", _scan("seed.sql", lambda: b"\x0cINSERT INTO t (id, password) VALUES (\n" * FORM_FED_INSERTS + _LAST),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("sql-escaped-quotes-line", _scan("seed.sql", lambda: b"INSERT INTO t (a, password) VALUES ('" + b"\\'" * (MEGABYTE // 2)
                                                 + b"\n" + _LAST),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    HostileCase("sql-rows-of-credentials-line", _scan("dump.sql", lambda: b"INSERT INTO t (a, password) VALUES "
                                                      + b",".join(b"(1,'Zq8Lk2Vw9Xr4Tm7B%06d')" % n for n in range(20_000))
                                                      + b";\n" + _LAST),
                1, "Tabular Data Credential", secrets=(PASSWORD,)),
    _copy_heads_flood(SUITE_LINES),
]

BENCHMARK_ONLY_CASES: List[HostileCase] = [
    _inserts_never_closed(FULL_LINES, "sql-inserts-never-closed-full"),
    _create_tables_never_closed(FULL_LINES, "sql-create-tables-never-closed-full"),
    _copy_heads_flood(FULL_LINES, "sql-copy-heads-flood-full"),
]
