"""The tabular kind on SQL data (kinds/_sql_tables.py), through the command line: each row's
credential cell is reported on the row's own line, hashes, calls, parameters and unknown columns
are not. Every value here is generated."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import List, Tuple

DUMP = """-- sqlite3 .dump
CREATE TABLE integrations (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL, -- the vendor's (display) name
    password TEXT
);
INSERT INTO integrations VALUES(1,'ftp-export','Rk4Tn8Vw2Lq6Zp9Xc3Mb');
INSERT INTO integrations VALUES(2,'webdav',NULL);
INSERT INTO "main"."integrations" VALUES(3,'sftp','pbkdf2_sha256$600000$Xq9LmN2v$Kd8sX0vB3nQ7zYw1rT5uE9pA2cF6hJ4kL8mN0qS3v=');
INSERT INTO unknown_table VALUES(4,'Hy7Bc2Nm5Qw8Er3Ty6Ui');
INSERT INTO api_clients (name, client_secret) VALUES
  ('billing', 'Qx8vL2mT9rW4kZ7pN3bY6cAA'),
  ('crm', crypt('Zq8Lk2Vw9Xr4Tm7Bn1Pd', gen_salt('bf'))),
  ('ops', 'Fg5Hj8Kl2Zx4Cv7Bn9Mq');
COPY public.tokens (id, token, note) FROM stdin;
1\tPo9Iu7Yt5Re3Wq1As2Df\tseed
2\t\\N\tnone
\\.
COPY public.tokens (id, token_id, note) FROM stdin;
1\tLk8Jh6Gf4Ds2Aq1Zw3Ex\tan id column
\\.
"""


def _scan(directory: Path, name: str, text: str) -> Tuple[int, List[Tuple[int, str]], str]:
    (directory / name).write_text(text)
    result = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "--json", name],
                            cwd=directory, capture_output=True, text=True)
    found = sorted((f["line_number"], f["type"]) for entries in json.loads(result.stdout)["results"].values()
                   for f in entries if f["type"] == "Tabular Data Credential")
    return result.returncode, found, result.stdout


def test_rows_of_a_dump_are_reported_on_their_own_lines(tmp_path: Path) -> None:
    code, found, output = _scan(tmp_path, "seed.sql", DUMP)
    assert code == 1
    assert found == [(7, "Tabular Data Credential"), (12, "Tabular Data Credential"),
                     (14, "Tabular Data Credential"), (16, "Tabular Data Credential")]
    for whole in ("Rk4Tn8Vw2Lq6Zp9Xc3Mb", "Qx8vL2mT9rW4kZ7pN3bY6cAA", "Po9Iu7Yt5Re3Wq1As2Df"):
        assert whole not in output  # masked


def test_an_insert_in_a_code_string(tmp_path: Path) -> None:
    code, found, _ = _scan(tmp_path, "bootstrap.py",
                           'cur.execute("INSERT INTO users (username, password) VALUES (\'admin\', \'Harbor-Falcon-7712!x\')")\n'
                           'cur.execute("INSERT INTO users (username, password) VALUES (%s, %s)", (user, password))\n')
    assert (code, found) == (1, [(1, "Tabular Data Credential")])


def test_statements_without_credential_cells_pass(tmp_path: Path) -> None:
    code, found, _ = _scan(tmp_path, "clean.sql",
                           "INSERT INTO auth_user (username, password) VALUES ('alice', "
                           "'pbkdf2_sha256$600000$Xq9LmN2v$Kd8sX0vB3nQ7zYw1rT5uE9pA2cF6hJ4kL8mN0qS3v=');\n"
                           "INSERT INTO settings (name, secret_ref) VALUES ('stripe', 'vault:secret/data/stripe#key');\n"
                           "INSERT INTO users (username, password) VALUES (:username, :password);\n")
    assert (code, found) == (0, [])


def test_an_insert_in_documentation_is_a_warning_at_the_gate() -> None:
    """Documentation's values are examples (as every kind reads them there): low confidence."""
    from secretfence.engine import Engine
    from secretfence.findings import LOW

    text = "# Seeding\n\n    INSERT INTO users (username, password) VALUES ('admin', 'Harbor-Falcon-7712!x');\n"
    found = [(f.line_number, f.type, f.confidence) for f in Engine().scan_text("docs/seeding.md", text)]
    assert found == [(3, "Tabular Data Credential", LOW)]


def test_an_insert_whose_values_or_column_list_start_on_the_line_below(tmp_path: Path) -> None:
    text = ("INSERT INTO carrier_integration (scac, auth_header, api_key, enabled)\nVALUES\n"
            "  ('MAEU', 'Consumer-Key', NULL, false),\n  ('ZIMU', 'Ocp-Apim-Subscription-Key', 'Wq4Zt8Lm2Xv6Rk9Pb3Nc7Hd5', true);\n"
            "INSERT INTO vendor_accounts\n    (id, host, username, password,\n     transport)\nVALUES\n"
            "    (3, 'edi.vendor.example', 'LIB00412', 'Lantern*Quill4826', 'SFTP');\n"
            "INSERT INTO vendor_accounts\n    (id, host, username, password, transport)\nVALUES\n"
            "    (4, 'edi.vendor.example', 'LIB00413', NULL, 'SFTP');\n")
    code, found, output = _scan(tmp_path, "seed.sql", text)
    assert (code, found) == (1, [(4, "Tabular Data Credential"), (9, "Tabular Data Credential")])
    assert "Lantern*Quill4826" not in output


def test_a_radius_check_row_s_value_after_its_operator(tmp_path: Path) -> None:
    """FreeRADIUS's radcheck rows (`username, attribute, op, value`): the value of a plain password's
    attribute is read past the operator; an attribute holding a hash (NT-, MD5-, Crypt-, SSHA-Password),
    a placeholder and a reply attribute are not reported."""
    code, found, output = _scan(tmp_path, "radius.sql",
                                "INSERT INTO radcheck (username, attribute, op, value)\n"
                                "VALUES ('probe', 'Cleartext-Password', ':=', 'zy9B1MOa3gCnKt');\n"
                                "INSERT INTO radcheck (username,attribute,op,value) VALUES ('bob','User-Password','==','Kq7!Lm2Vx9Tz');\n"
                                "INSERT INTO radcheck (username, attribute, op, value) VALUES\n"
                                "  ('a', 'NT-Password', ':=', '8846F7EAEE8FB117AD06BDD830B7586C'),\n"
                                "  ('b', 'MD5-Password', ':=', '5f4dcc3b5aa765d61d8327deb882cf99'),\n"
                                "  ('c', 'Crypt-Password', ':=', 'aBcD1234eFgH5'),\n"
                                "  ('d', 'SSHA-Password', ':=', 'Xq8vL2mT9rW4kZ7pN3bY6cAAdGVzdA=='),\n"
                                "  ('e', 'Cleartext-Password', ':=', 'changeme'),\n"
                                "  ('f', 'Framed-IP-Address', ':=', '10.1.2.3');\n")
    assert (code, found) == (1, [(2, "Tabular Data Credential"), (3, "Tabular Data Credential")])
    assert "zy9B1MOa3gCnKt" not in output  # masked
