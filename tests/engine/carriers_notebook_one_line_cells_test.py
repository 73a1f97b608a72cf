"""A notebook's one-line cells (issue 14): nbformat writes a cell's last line without its `\\n`, so
a cell of one line holds no escaped line break, and the JSON-strings carrier used to leave it to the
raw JSON line, where only the keyword plugin and the entropy heuristics read it (a password under a
database's name in a one-line cell was missed). In a notebook every run of string lines is a cell's
lines; elsewhere a run without an escaped line break is still plain string literals. Generated values."""
from __future__ import annotations

import json

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn_mixed

_PASSWORD = drawn_mixed(13120, 18)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _notebook(*cells: "list[str]") -> str:
    return json.dumps({"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                                  "source": source} for source in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def _line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), 1) if needle in line)


def test_a_one_line_cell_is_read_as_the_cell_it_is(engine: Engine) -> None:
    text = _notebook(["import psycopg2\n", "conn = psycopg2.connect(host='db.internal')"],
                     [f'db_password = "{_PASSWORD}"'])
    assert (_line_of(text, "db_password"), "Database Credentials", _PASSWORD) in blocked_lines(engine, "etl.ipynb", text)
    # (the same cell as a run of string literals in a JSON file that is no notebook: as before, no cell)
    assert blocked_lines(engine, "strings.json", text) == []


def test_a_one_line_cell_without_a_secret_stays_quiet(engine: Engine) -> None:
    text = _notebook(['db_password = os.environ["DB_PASSWORD"]'], ["db_password = getpass.getpass()"],
                     ['db_password = "<your password>"'])
    assert blocked_lines(engine, "etl.ipynb", text) == []
