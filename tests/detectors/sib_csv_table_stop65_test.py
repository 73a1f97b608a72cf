"""Siblings noticed at stop 65 (no blind case stands for them: these tests are their only check): a reStructuredText
CSV table (`.. csv-table:: Accounts`, its header in a `:header:` option or its first row under `:header-rows: 1`, its
rows as CSV: quoted cells, commas or its `:delim:`'s character) read as the Markdown table it renders to, as stop 64's
simple, grid and list tables are: a password column's cell blocks where it looks drawn or chosen with care, and its
stand-ins (`see vault`, a placeholder), a table with no header, a table whose data is in a file and a column of no
credential stay clean. Generated fakes only (seeds 7770000-7770099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7770000
# (a person's password, symbols inside; a drawn token)
_PASSWORD = fakes.drawn_mixed(_SEED + 1, 5) + "#" + fakes.drawn_mixed(_SEED + 2, 6) + "!" + fakes.drawn_mixed(_SEED + 3, 5)
_OTHER = fakes.drawn_mixed(_SEED + 4, 7) + "%" + fakes.drawn_mixed(_SEED + 5, 9)
_TOKEN = fakes.drawn_mixed(_SEED + 6, 32)


def _page(table: str) -> str:
    return f"Access\n======\n\nThe shop's accounts.\n\n{table}\nAsk Wasswa before changing any of them.\n"


def _headed(rows: str, header: str = '"Service", "User", "Password"', options: str = "") -> str:
    return f".. csv-table:: Accounts\n   :header: {header}\n{options}\n{rows}"


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # the header in the `:header:` option, quoted cells
    ("docs/ops/access.rst", _page(_headed(f'   "ERP", "svc-erp", "{_PASSWORD}"\n   "Wiki", "admin", "see vault"\n')),
     _PASSWORD),
    # ... its widths given too, cells bare
    ("docs/ops/access.rst", _page(_headed(f"   ERP, svc-erp, {_PASSWORD}\n",
                                          options="   :widths: 20, 20, 40\n")), _PASSWORD),
    # the header as the first row, under `:header-rows: 1`
    ("docs/ops/access.rst", _page(".. csv-table::\n   :header-rows: 1\n\n   Service,User,Password\n"
                                  f"   Wiki,admin,see vault\n   NAS,backup,{_PASSWORD}\n"), _PASSWORD),
    # a `;` delimiter, a cell holding a comma
    ("docs/ops/access.rst", _page('.. csv-table:: Accounts\n   :header: "System", "Benutzer", "Passwort"\n   :delim: ;\n\n'
                                  f'   "Kasse"; "kasse"; "{_PASSWORD},7"\n'), _PASSWORD + ",7"),
    # a tab delimiter
    ("docs/source/access.rst", _page(".. csv-table::\n   :header-rows: 1\n   :delim: tab\n\n"
                                     f"   Service\tUser\tPassword\n   NAS\tbackup\t{_OTHER}\n"), _OTHER),
    # an inline literal in the cell, the table indented inside a section's note
    ("docs/ops/access.rst", _page("  .. csv-table:: Accounts\n     :header: Service, User, Password\n\n"
                                  f"     Router, admin, ``{_PASSWORD}``\n"), _PASSWORD),
    # a record run on over two lines (a quoted cell's line break) above the password's row
    ("docs/ops/access.rst", _page(_headed(f'   "Mail", "ops", "see vault\n   (rotated)"\n   "NAS", "backup", "{_OTHER}"\n')),
     _OTHER),
    # a settings table's `Client secret` row beside its client's id, under `Setting, Value`
    ("docs/source/payments.rst", _page(_headed(f'   "Client ID", "{fakes.uuid4(_SEED + 8)}"\n   "Client secret", "``{_TOKEN}``"\n',
                                               header='"Setting", "Value"')), _TOKEN),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # a password column's stand-ins
    ("docs/ops/access.rst", _page(_headed('   "ERP", "svc-erp", "see vault"\n   "NAS", "backup", "<password>"\n'
                                          '   "Router", "admin", "changeme"\n   "Mail", "ops", "(in 1Password)"\n'))),
    # a table with no header: no column is named
    ("docs/ops/access.rst", _page(f'.. csv-table:: Accounts\n   :widths: 20, 20, 40\n\n   "NAS", "backup", "{_PASSWORD}"\n')),
    # the data in a file
    ("docs/ops/access.rst", _page('.. csv-table:: Accounts\n   :header: "Service", "User", "Password"\n'
                                  "   :file: accounts.csv\n")),
    # a column of no credential
    ("docs/ops/owners.rst", _page(_headed(f'   "Router", "Wasswa", "router-{fakes.drawn_mixed(_SEED + 7, 16)}"\n',
                                          header='"System", "Owner", "Runbook"'))),
    # the directive's header names a password column, its body the first line after it: prose, not a row
    ("docs/ops/access.rst", _page(_headed("Passwords are rotated every quarter.\n"))),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
