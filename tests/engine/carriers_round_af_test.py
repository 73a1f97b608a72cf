"""Blind round AB-AF, the carriers' part (issue 14): a credential split into short one-word
literals, one a line, between a setting's `NAME = (` and `)` is joined as Python joins them, even
where a junction falls on a symbol (`"Cobalt"` / `"#Pelican"`), and read under the setting's
name on its first line. Only a credential-named setting's value, one word, at most
MAX_NAMED_JOIN long: prose split over lines, a local variable and a value of other words stay apart.
"""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from secretfence.findings import Finding
from tests import fakes
from tests.accuracy.labelled import blocking, reports

PASSWORD = "Kite#" + fakes.password(611)[:10]  # a symbol at a junction


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocking_for(engine: Engine, filename: str, text: str, secret: str) -> List[Finding]:
    return [finding for finding in blocking(engine.scan_text(filename, text)) if reports(finding, secret)]


def _split(name: str, secret: str, indent: str = "") -> str:
    pieces = [secret[:4], secret[4:9], secret[9:]]
    body = "".join(f'{indent}    "{piece}"\n' for piece in pieces)
    return f"{indent}{name} = (\n{body}{indent})\n"


@pytest.mark.parametrize("filename, text, line", [
    ("warehouse/settings/prod.py", "# rotated; kept split\n" + _split("DB_PASSWORD", PASSWORD)
     + 'DATABASES = {"default": {"PASSWORD": DB_PASSWORD}}\n', 3),
    ("app/config.py", "class Prod:\n" + _split("SMTP_PASSWORD", PASSWORD, "    "), 3),
    # blanks, or a comment, after the opening parenthesis
    ("settings/base.py", _split("DB_PASSWORD", PASSWORD).replace("= (\n", "= (  \n", 1), 2),
    ("settings/base.py", _split("DB_PASSWORD", PASSWORD).replace("= (\n", "= (  # rotated 2024-03\n", 1), 2),
])
def test_a_credential_split_one_literal_a_line_blocks_on_its_first_line(engine: Engine, filename: str, text: str,
                                                                          line: int) -> None:
    found = _blocking_for(engine, filename, text, PASSWORD)
    assert [finding.line_number for finding in found] == [line]


@pytest.mark.parametrize("filename, text", [
    ("app/help.py", 'HELP_TEXT = (\n    "Enter"\n    "your"\n    "password"\n)\n'),  # no credential's name
    ("app/views.py", 'def view():\n    password = (\n        "Kite#"\n        "Ab12Cd34Ef"\n    )\n'),  # a local
    ("app/texts.py", 'PASSWORD_HINT = (\n    "Use at least "\n    "twelve characters"\n)\n'),  # prose
    # longer than a split password (and each junction on a symbol: no token's join either)
    ("app/long.py", "API_TOKEN = (\n" + "".join(f'    "#{fakes.password(620 + n)[:20]}"\n' for n in range(4)) + ")\n"),
])
def test_other_parenthesized_literals_are_not_joined_into_a_credential(engine: Engine, filename: str, text: str) -> None:
    joined = "".join(part.strip().strip('"') for part in text.splitlines()[1:-1])
    assert _blocking_for(engine, filename, text, joined) == []


# --- an SQL statement over adjacent literals ----------------------------------------------------

SEEDED = fakes.password(631)


def test_a_statement_over_adjacent_literals_is_read_whole(engine: Engine) -> None:
    text = ('def upgrade():\n    op.execute(\n        "INSERT INTO export_targets (name, host, username, password) "\n'
            f"        \"VALUES ('courier', 'sftp.courier.eu', 'shopexport', '{SEEDED}')\"\n    )\n")
    found = _blocking_for(engine, "migrations/versions/3a1_add_target.py", text, SEEDED)
    assert [finding.line_number for finding in found] == [3]
    assert "SQL statement" in found[0].description


def test_a_statement_with_placeholders_over_adjacent_literals_holds_nothing(engine: Engine) -> None:
    text = ('cur.execute("INSERT INTO users (email, password) "\n'
            '            "VALUES (%s, %s)", (email, hashed))\n')
    assert blocking(engine.scan_text("app/db.py", text)) == []


def test_statements_on_one_line_before_a_split_one_do_not_use_up_its_joins(engine: Engine) -> None:
    text = "".join(f'cur.execute("INSERT INTO log (a) VALUES ({n})")\n' for n in range(20)) + (
        'cur.execute(\n    "INSERT INTO users (username, password) "\n'
        f"    \"VALUES ('admin', '{SEEDED}')\")\n")
    assert [finding.line_number for finding in _blocking_for(engine, "seed.py", text, SEEDED)] == [22]


# --- a Kubernetes Secret's declared data (second review of the round) -----------------------------

def test_a_secret_saved_with_crlf_line_ends_has_its_short_values_decoded(engine: Engine) -> None:
    import base64
    password = "tomas_" + str(1900 + len(SEEDED))
    text = f"kind: Secret\r\ndata:\r\n  password: {base64.b64encode(password.encode()).decode()}\r\n"
    assert any(password in finding.secret for finding in blocking(engine.scan_text("k8s/db.yaml", text)))


def test_many_data_blocks_are_read_in_time_linear_in_the_text() -> None:
    """Each `data:` line's number was counted from the document's start (quadratic); the values
    read stop at MAX_DECODED_VALUES."""
    from secretfence.engine import carriers

    text = "kind: Secret\n" + "data:\n  p: QUFBQUFBQUE=\n" * (carriers.MAX_DECODED_VALUES + 50)
    values = carriers._secret_data_values(text, text.split("\n"), {})
    assert len(values) == carriers.MAX_DECODED_VALUES and min(values) == 2
