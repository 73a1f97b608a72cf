"""Stop 64's reStructuredText tables: a simple table (`=====  =====` borders) and a grid table (`+---+` borders, a
`+===+` under its header) read as a Markdown table's rows under their header (a password column, a login's password
column in any language the readers know, inline literals as code spans), and the near misses beside each form that stay
unblocked: a table with no header, a password column's stand-ins, a key's row in a documentation page's settings table
(an example's, as a Markdown page's), prose between two tables. Generated fakes only: every value is built here from a
seeded generator (seeds 7220000-7229999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 7220500
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _simple(header: List[str], rows: List[List[str]]) -> str:
    widths = [max(len(cell) for cell in column) + 2 for column in zip(header, *rows)]
    border = "  ".join("=" * width for width in widths)

    def row(cells: List[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()

    body = "\n".join(row(cells) for cells in rows)
    return f"Servers\n=======\n\nThe shop's machines.\n\n{border}\n{row(header)}\n{border}\n{body}\n{border}\n\nAsk Wasswa first.\n"


def _grid(header: List[str], rows: List[List[str]]) -> str:
    widths = [max(len(cell) for cell in column) + 2 for column in zip(header, *rows)]

    def border(mark: str) -> str:
        return "+" + "+".join(mark * width for width in widths) + "+"

    def row(cells: List[str]) -> str:
        return "|" + "|".join(" " + cell.ljust(width - 1) for cell, width in zip(cells, widths)) + "|"

    body = "".join(f"{row(cells)}\n{border('-')}\n" for cells in rows)
    return f"Servers\n=======\n\n{border('-')}\n{row(header)}\n{border('=')}\n{body}\nAsk Wasswa first.\n"


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a simple table's password column, its value drawn
    ("docs/source/servers.rst", _simple(["Device", "User", "Password"],
                                        [["NAS", "backup", _alnum(1, 18)], ["Printer", "-", "(none)"]]), _alnum(1, 18)),
    # ... in an inline literal, under German's `Passwort`
    ("docs/source/kasse.rst", _simple(["System", "Benutzer", "Passwort"],
                                      [["Kassen-DB", "kasse", f"``{_alnum(2, 20)}``"]]), _alnum(2, 20)),
    # a grid table's password column, a password chosen with care
    ("docs/source/servers.rst", _grid(["Device", "User", "Password"],
                                      [["Router", "admin", _chosen(3)], ["Switch", "admin", "(in the safe)"]]), _chosen(3)),
    # a settings table's `Client secret` row beside its client's id, under `Setting | Value`
    ("docs/source/payments.rst", _simple(["Setting", "Value"],
                                         [["Client ID", fakes.uuid4(_SEED + 4)], ["Client secret", f"``{_alnum(5, 32)}``"]]),
     _alnum(5, 32)),
]

DECOYS: List[Tuple[str, str]] = [
    # a password column's stand-ins
    ("docs/source/servers.rst", _simple(["Device", "User", "Password"],
                                        [["NAS", "backup", "(in the safe)"], ["Router", "admin", "changeme"],
                                         ["Switch", "admin", "``<password>``"]])),
    # a key's row in a documentation page's settings table: an example's, as a Markdown page's
    ("docs/source/weather.rst", _simple(["Setting", "Value"],
                                        [["provider", "OpenWeatherMap"], ["api key", f"``{_alnum(11, 40)}``"]])),
    # a table with no header: two borders, the rows between them, no column named
    ("docs/source/servers.rst", "Servers\n=======\n\n======  ======  ==================\n"
                                f"NAS     backup  {_alnum(12, 18)}\n======  ======  ==================\n\nDone.\n"),
    # a grid table with no header border
    ("docs/source/servers.rst", "+--------+--------+--------------------+\n"
                                f"| NAS    | backup | {_alnum(13, 18)}   |\n+--------+--------+--------------------+\n"),
    # a table of owners: no credential column
    ("docs/source/owners.rst", _simple(["System", "Owner", "Runbook"], [["Router", "Wasswa", "router-" + _alnum(14, 16)]])),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
