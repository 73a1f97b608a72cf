"""The database detector: what each form yields, its confidence rules, and how a URI is read."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import List

import pytest

from secretfence.kinds._database_reading import (
    _ASSIGNED,
    _DECLARED,
    _DATABASE_NAME,
    go_dsns,
    libpq_strings,
    named_settings,
    password_kwargs,
    uris,
)
from secretfence.engine import Engine
from secretfence.findings import HIGH, MEDIUM, Finding, hash_secret
from secretfence.prefilter.spec import fold
from tests.conftest import assert_no_plaintext, write
from tests.fakes import password as fake_password

TYPE = "Database Credentials"


def ours(filename: str, text: str) -> List[Finding]:
    return [f for f in Engine().scan_text(filename, text) if f.type == TYPE]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("postgresql+asyncpg://app:pw@db.example.net:6543/main?sslmode=require&application_name=x",
         ("postgresql+asyncpg", False, "app", "pw", "db.example.net", "6543", "main",
          {"sslmode": "require", "application_name": "x"})),
        ("jdbc:mysql://[::1]:3307/shop?user=u&password=p%26q",
         ("mysql", True, "", "", "::1", "3307", "shop", {"user": "u", "password": "p%26q"})),
        ("mongodb://u:p@ss@h1:1,h2:2/admin", ("mongodb", False, "u", "p@ss", "h1", "1", "admin", {})),
        ("mysql://u:p@tcp(127.0.0.1:3306)/db", ("mysql", False, "u", "p", "127.0.0.1", "3306", "db", {})),
        ("jdbc:sqlserver://sql.corp:1433;databaseName=hr;user=u;password=p",
         ("sqlserver", True, "", "", "sql.corp", "1433", "", {"databasename": "hr", "user": "u", "password": "p"})),
        ("amqp://guest@rabbit//", ("amqp", False, "guest", "", "rabbit", "", "/", {})),
        ("POSTGRES://U:P@H", ("postgres", False, "U", "P", "H", "", "", {})),
    ],
)
def test_a_uri_is_read_like_a_driver_reads_it(line: str, expected: tuple) -> None:
    (uri,) = uris(f'url = "{line}"')
    assert (uri.scheme, uri.jdbc, uri.user, uri.password, uri.host, uri.port, uri.path, uri.parameters) == expected


@pytest.mark.parametrize(
    "line",
    ["sqlserver://u:p@h/db", "xpostgres://u:p@h", "jdbc:oracle:thin:@h:1521:db", "postgres:/u:p@h",
     "postgres+" + "a" * 30 + "://u:p@h"],
)
def test_what_is_not_a_database_uri(line: str) -> None:
    assert list(uris(line)) == []


def test_uris_on_one_line_end_where_the_next_begins() -> None:
    found = [(uri.scheme, uri.password, uri.host) for uri in uris("postgres://a:1@h mysql://b:2@i,amqp://c:3@j")]
    assert found == [("postgres", "1", "h"), ("mysql", "2", "i"), ("amqp", "3", "j")]


def test_go_dsns_and_libpq_strings() -> None:
    assert [dsn[:5] for dsn in go_dsns('a = "root:p:w@tcp(db:3306)/app" b=DSN=u:q@unix(/tmp/s)/x')] == [
        ("root", "p:w", "db", "3306", "app"), ("u", "q", "", "", "x")]
    line = "conn = connect(\"host=h port=5 password='a\\'b c' x=1 user=u password=p host=i\")"
    assert [group for group, _ in libpq_strings(line)] == [{"host": "h", "port": "5", "password": "a\\'b c"},
                                                           {"user": "u", "password": "p", "host": "i"}]


# The regex `named_settings` replaces: a lazy scan from every run's start (the specification).
FORMER_RUN = re.compile(r"(?i)(?<![\w.-])[\w.-]*?(?:pass|pwd)[\w.-]*")


def test_named_settings_read_the_runs_the_former_regex_read() -> None:
    pieces = ["DB", "db", "PG", "postgres", "_", "-", ".", "PASS", "pass", "PWD", "word", "FILE", "x", "9", " ",
              "=", ":", "'", '"', "v4lue", "\u017f", "\u0130", "#", "\u00e9"]
    rng = random.Random(5)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(10_000)]
    lines += ["POSTGRES_PASSWORD=Kd8Wq3Zx6Lp1", "export PGPASSWORD='x'", "spring.datasource.password: y"]
    found = 0
    for line in lines:
        folded = fold(line)
        expected = []
        for run in FORMER_RUN.finditer(line):
            if _DATABASE_NAME.search(folded, run.start(), run.end()) and not re.search(
                    "file|path|dir", folded[run.start():run.end()]):
                # (a declaration typing the name, `: T := "…"`, is read to its literal: _database_reading._DECLARED)
                value = (_DECLARED.match(line, run.end()) if ":" in line else None) or _ASSIGNED.match(line, run.end())
                if value is not None:
                    expected.append(value.span())
        assert [value.span() for value in named_settings(line, folded)] == expected, repr(line)
        found += bool(expected)
    assert 100 < found < 9_000


@pytest.mark.parametrize(("line", "read"), [
    ("$string['dbpass_desc'] = 'Password of the replica account. Leave empty to use config.php.';", False),
    ("$string['dbpass_help'] = 'Ask the registrar.';", False),
    ("DB_PASSWORD_HINT=Twelve characters, one digit", False),
    ("dbPasswordLabel: Replica password", False),
    ("db.password.tooltip = Shown beside the field", False),
    ("DB_PASSWORD=Wv4Kq8Zt2Lm6", True),
    ("label_db_password = 'Wv4Kq8Zt2Lm6'", True),
    ("dbpassdesc = 'Wv4Kq8Zt2Lm6'", True),  # (no separator: one word, which the setting may be named)
])
def test_a_setting_named_for_text_about_the_password_is_not_read(line: str, read: bool) -> None:
    assert bool(list(named_settings(line, fold(line)))) is read


FORMER_KWARG = re.compile(
    r"""(?i)(?:^|[\s,;({"'])["']?(?:password|passwd)["']?\s*(?:=|:)\s*"""
    # (a `#` after a bare value's first character is part of it since stop 23: a comment needs a
    # blank before it, in .env, INI, YAML and shell alike)
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
)


def test_password_kwargs_are_what_the_former_regex_found() -> None:
    pieces = ["password", "PASSWD", "pa\u017f\u017fword", "passwor", " ", "\t", ",", ";", "(", "{", '"', "'", "=", ":",
              "x", "v4lue", "#", ")", "]", "`", "\u00e9"]
    rng = random.Random(6)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(10_000)]
    lines += ["connect(user='scott', password='Qw8Er5Ty2Ui7')", "'PASSWORD': 'Gm4Xq7Lz2Vt9',"]
    found = 0
    for line in lines:
        expected = [m.group("dq", "sq", "bare") for m in FORMER_KWARG.finditer(line)]
        assert [m.group("dq", "sq", "bare") for m in password_kwargs(line, fold(line))] == expected, repr(line)
        found += bool(expected)
    assert 100 < found < 9_500


# --- findings ---------------------------------------------------------------------------------------


def test_a_uri_finding_names_engine_user_and_host_and_carries_what_a_check_needs() -> None:
    (finding,) = ours("settings.py", 'DB = "postgresql+psycopg2://app:Hq7pLr2Vx9Kw@db.corp-db.net:5433/main?sslmode=verify-full"\n')
    assert (finding.detector, finding.confidence, finding.line_number, finding.masked) == (
        "SecretfenceDatabaseDetector", HIGH, 1, "Hq…w")
    assert finding.description == "PostgreSQL password for user 'app' in a postgresql+psycopg2:// URI to db.corp-db.net"
    assert dict(finding.details) == {"form": "uri", "engine": "postgresql", "scheme": "postgresql+psycopg2",
                                     "host": "db.corp-db.net", "port": "5433", "database": "main", "tls": "required",
                                     "user": "app"}


@pytest.mark.parametrize(
    ("line", "confidence"),
    [
        ("postgres://app:Hq7pLr2Vx9Kw@db.corp-db.net/app", HIGH),
        ("postgres://app:Hq7pLr2Vx9Kw@localhost/app", MEDIUM),
        ("postgres://app:Hq7pLr2Vx9Kw@127.0.0.1/app", MEDIUM),
        ("postgres://app:Hq7pLr2Vx9Kw@[::1]/app", MEDIUM),
        ("mysql://app:Hq7pLr2Vx9Kw@mysql:3306/app", MEDIUM),  # a docker-compose service
        ("mongodb://app:Hq7pLr2Vx9Kw@mongo-2/app", MEDIUM),
        ("amqp://app:Hq7pLr2Vx9Kw@host.docker.internal//", MEDIUM),
        ("postgres://app:Hq7pLr2Vx9Kw@db.staging.example.com/app", MEDIUM),
        ("postgres://app:Hq7pLr2Vx9Kw@/app?host=/var/run/postgresql", MEDIUM),  # a unix socket
        ("postgres://app:hunter22@db.corp-db.net/app", MEDIUM),  # weak-looking
        ("postgres://app:Hq7pLr2Vx9KwZt5KwQ8m@db.corp-db.net/app", HIGH),
    ],
)
def test_confidence_follows_the_host_and_the_password(line: str, confidence: str) -> None:
    (finding,) = ours(".env", f"DATABASE_URL={line}\n")
    assert finding.confidence == confidence


def test_a_password_read_as_a_connection_string_is_not_read_again_as_a_keyword_argument() -> None:
    text = "conn = psycopg2.connect(\"host=pg.corp dbname=app user=app password='Lq8\\'Xv3Tz6Wm2'\")\n"
    assert [(f.secret, f.details["form"]) for f in ours("db.py", text)] == [("Lq8\\'Xv3Tz6Wm2", "libpq")]


def test_a_commented_out_uri_is_still_found_but_not_a_commented_setting() -> None:
    text = "# DATABASE_URL=postgres://app:Hq7pLr2Vx9Kw@db.corp-db.net/app\n# DB_PASSWORD=Kd8Wq3Zx6Lp1\n"
    assert [(f.line_number, f.details["form"]) for f in ours(".env", text)] == [(1, "uri")]


def test_generic_hits_on_the_same_password_are_dropped_as_noise() -> None:
    text = "DATABASE_URL=postgres://app:Hq7pLr2Vx9Kw@db.corp-db.net/app\nDB_PASSWORD=Kd8Wq3Zx6Lp1\n"
    assert [(f.type, f.line_number) for f in Engine().scan_text(".env", text)] == [(TYPE, 1), (TYPE, 2)]


# --- baselines made before secretfence knew databases -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "secret", "old_type"),
    [("DATABASE_URL=postgres://app:Hq7pLr2Vx9Kw@db.corp-db.net/app", "Hq7pLr2Vx9Kw", "Basic Auth Credentials"),
     ("DB_PASSWORD=Kd8Wq3Zx6Lp1", "Kd8Wq3Zx6Lp1", "Secret Keyword")],
)
def test_an_entry_audited_under_the_generic_type_still_accounts_for_the_secret(
        tmp_path: Path, monkeypatch, run_cli, line: str, secret: str, old_type: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.env", line + "\n")
    entry = {"type": old_type, "filename": "app.env", "hashed_secret": hash_secret(secret), "is_verified": False,
             "line_number": 1, "is_secret": False}
    write(tmp_path / "old.baseline", json.dumps({"version": "1.5.0", "plugins_used": [], "filters_used": [],
                                                 "results": {"app.env": [entry]}}))
    code, out, err = run_cli("scan", "--baseline", "old.baseline", "app.env")
    assert (code, out, err) == (
        0, "secretfence scan: no new secrets, 1 accounted for by the baseline, 1 file scanned — ok (exit 0)\n", "")
    code, out, _ = run_cli("scan", "--no-baseline", "app.env")
    assert code == 1 and f"  line 1: {TYPE}  " in out
    assert_no_plaintext(out, secret)


# --- round fixconn: Oracle logins, Exim's server lists, pgpass files by another name ------------


@pytest.mark.parametrize(
    ("filename", "text", "password"),
    [
        ("gl.par", "userid=system/Quartz*Fennel4418@ERPPRD\n", "Quartz*Fennel4418"),
        ("load.par", 'USERID="etl/Wq2Lm9Xt4Kp@//ora1.corp-erp.net:1521/dwh"\n', "Wq2Lm9Xt4Kp"),
        ("exp.sh", "exp gl/Tz4Kw8Pn2Yb6@FINPRD file=gl.dmp\n", "Tz4Kw8Pn2Yb6"),
        ("setup.sql", "SQL> connect app/Rv5Tk8Mq2Zp@//db.corp-erp.net/apps\n", "Rv5Tk8Mq2Zp"),
        ("c.csv", 'A,"jdbc:oracle:thin:APP/Lantern_moss418@//h.corp-erp.net:1521/s",B\n', "Lantern_moss418"),
        ("c.properties", "url=jdbc:oracle:thin:app/Pq3Wo7Ei9Ru5@db-host:1521:ORCL\n", "Pq3Wo7Ei9Ru5"),
        ("load.py", 'import cx_Oracle\nDSN = "GL/Birch.Anvil2209@fin-db.corp-erp.net:1521/fin"\n', "Birch.Anvil2209"),
        (".env", "ORACLE_CONNECT=app/Kx8Lm2Qw9Zt4@ora.corp-erp.net:1521/app\n", "Kx8Lm2Qw9Zt4"),
        ("db.py", 'e = create_engine("oracle+cx_oracle://rpt:Wq9Lm2Xv7Tz4@ora.corp-erp.net:1521/rpt")\n', "Wq9Lm2Xv7Tz4"),
        ("00_local_macros", "hide pgsql_servers = pg1.corp-net.net::5433/exim/exim/Kq7Lm2Xp9Tz : pg2/exim/exim/Kq7Lm2Xp9Tz\n",
         "Kq7Lm2Xp9Tz"),
        ("exim.conf", "  data = ${lookup mysql{servers=db1.corp-net.net/mail/ro/Basalt!Heron2208; SELECT 1}}\n",
         "Basalt!Heron2208"),
        ("roles/pg/files/pgpass.prod", "db.corp-net.net:5432:app:app:Zx2Cv4Bn6Mq8Wr0T\n", "Zx2Cv4Bn6Mq8Wr0T"),
        ("ops/billing.pgpass", "db.corp-net.net:5432:app:app:Zx2Cv4Bn6Mq8Wr0T\n", "Zx2Cv4Bn6Mq8Wr0T"),
    ],
)
def test_oracle_logins_exim_servers_and_renamed_pgpass_files_are_read(filename: str, text: str, password: str) -> None:
    assert [f.secret for f in ours(filename, text)] == [password]


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        ("ci.yml", "      - uses: actions/checkout@v4\n"),
        ("release.py", 'import oracledb\nREF = "acme/loader@main"\nPKG = "@acme/ui@2.4.1"\n'),
        ("x.sql", "CONNECT sys/&sys_pw@ORCL AS SYSDBA\n"),
        ("x.par", "userid=$ORA_USER/$ORA_PW@PRD\n"),
        ("x.par", "userid=scott/tiger@orcl\n"),
        ("notes.md", "Connect to catalog items/products@2x in the shop.\n"),
        ("00_local_macros", "hide mysql_servers = localhost/exim/exim/${env{DB_PW}}\n"),
        ("pgpass.py", 'ROW = "db.corp-net.net:5432:app:app:Zx2Cv4Bn6Mq8Wr0T"\n'),
    ],
)
def test_oracle_exim_and_pgpass_shapes_without_a_password_are_left_alone(filename: str, text: str) -> None:
    assert ours(filename, text) == []


def _notebook(*sources: str) -> str:
    """A Jupyter notebook whose one code cell holds these lines, JSON-escaped as nbformat writes them."""
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": list(sources)}],
                       "nbformat": 4, "nbformat_minor": 5})


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        # a prompt's last words read as a setting: its closing quote opens no value, the code after it is no password
        ("rooms.ipynb", _notebook("import getpass, sqlalchemy as sa\n", "pw = getpass.getpass('reporting password: ')\n",
                                   "eng = sa.create_engine(f'postgresql://reporting:{pw}@pg.corp-net.net/rooms')")),
        ("rooms.ipynb", _notebook("import psycopg2\n", "pw = input('DB password: ')\n",
                                   "conn = psycopg2.connect(host='pg.corp-net.net', password=pw)")),
        ("load.py", "import psycopg2\npw = input('DB password: '); conn = psycopg2.connect(host='pg.corp-net.net', password=pw)\n"),
        ("load.py", 'import pymysql\npw = input("MySQL password: "), pymysql.connect(host="db.corp-net.net", user="app")\n'),
    ],
)
def test_a_prompt_ending_in_password_is_no_setting(filename: str, text: str) -> None:
    assert ours(filename, text) == []


@pytest.mark.parametrize(
    ("filename", "template"),
    [
        ("rooms.ipynb", _notebook("import sqlalchemy as sa\n", "eng = sa.create_engine('postgresql://reporting:{pw}@pg.corp-net.net/rooms')")),
        ("rooms.ipynb", _notebook("import psycopg2\n", "conn = psycopg2.connect(host='pg.corp-net.net', password='{pw}')")),
        ("load.py", "import psycopg2\nconn = psycopg2.connect(host='pg.corp-net.net', password='{pw}')\n"),
    ],
)
def test_a_password_in_a_notebook_or_after_a_literal_still_blocks(filename: str, template: str) -> None:
    secret = fake_password(3150001)
    assert secret in [f.secret for f in ours(filename, template.replace("{pw}", secret))]


@pytest.mark.parametrize("lead", [")", ",", ";"])  # (`]` and `}` lead no password this reader reads, before as now)
@pytest.mark.parametrize(
    ("filename", "template"),
    [
        # an apostrophe earlier on the line makes the password's opening quote the count's odd one: the password itself
        # (led by a sign that ends code, with no blank in it) is no code after a prompt
        ("deploy.sh", "echo \"Don't panic\"; export PGPASSWORD='{pw}'; psql -h pg.corp-net.net -U app reporting\n"),
        ("load.py", "print(\"Can't wait\"); conn = psycopg2.connect(host='pg.corp-net.net', password='{pw}')\n"),
        ("app.js", "console.log(\"Can't\"); const DB_PASSWORD = '{pw}';\n"),
    ],
)
def test_a_password_led_by_a_closing_sign_after_an_apostrophe_is_the_password(filename: str, template: str, lead: str) -> None:
    secret = lead + fake_password(3200011)
    assert secret in [f.secret for f in ours(filename, template.replace("{pw}", secret))]

