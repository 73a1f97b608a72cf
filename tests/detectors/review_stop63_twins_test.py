"""Review 63: a file carried inside another is read by the readers of its own kind, but where the outer lines gave the
same secret of the same type on the same line, the carried finding was dropped as its twin whatever the two judged:
a Go raw string of INI settings (`password = …`, a bare value, low to Go's reading) never blocked, though the INI
reading blocks it. The carried finding now stands for its twin where it was judged higher; a twin judged the same is
still reported once.
Generated fakes only: every value is built here from a seeded generator (seeds 7100500-7100599)."""
from __future__ import annotations

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100500


def test_go_raw_string_of_ini_settings_blocks() -> None:
    password = fakes.drawn_mixed(_SEED + 1, 16)
    text = f"package main\n\nconst template = `[database]\nhost = db.internal\nuser = shop\npassword = {password}\n`\n"
    found = Engine().scan_text("tools/setup.go", text)
    assert password in [finding.secret for finding in blocking(found)]
    assert [finding.secret for finding in found].count(password) == 1


def test_one_report_of_a_twin() -> None:
    password = fakes.drawn_mixed(_SEED + 2, 16)
    text = f'TEMPLATE = """[database]\nhost = db.internal\npassword = {password}\n"""\n'
    found = Engine().scan_text("tools/setup.py", text)
    assert [finding.secret for finding in found].count(password) == 1
