"""Stop 64's HTML pages: an HTML table's rows written one a line (`<tr><th>…</th>…</tr>`, then `<tr><td>…</td>…</tr>`)
read as a Markdown table's (a password column under its header in any language the readers know, a settings table's
`Client secret` row under a value column, Luganda's `Ekintu | Ekiri`; a table of row headers, `<th>Password</th><td>…`,
still read as a label and its value), and the near misses beside each form that stay unblocked: a table with no header
row, a header row with no blank line above it to take it, a password column's stand-ins, a key's row in a documentation
page, a table naming no credential. Generated fakes only: every value is built here from a seeded generator (seeds
7220000-7229999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 7220000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _page(table: str, title: str = "Network") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
            f"<h1>{title}</h1>\n{table}\n</body>\n</html>\n")


def _table(header: List[str], rows: List[List[str]], cell: str = "td") -> str:
    head = "  <tr>" + "".join(f"<th>{text}</th>" for text in header) + "</tr>\n"
    body = "".join("  <tr>" + "".join(f"<{cell}>{text}</{cell}>" for text in row) + "</tr>\n" for row in rows)
    return f'<table border="1">\n{head}{body}</table>'


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # an HTML table's password column under its English header, a device's admin login
    ("intranet/it/network.html", _page(_table(["Device", "Admin URL", "User", "Password"],
                                              [["Core router", "https://10.30.0.1", "admin", _alnum(1, 16)],
                                               ["Guest Wi-Fi", "captive portal", "-", "(given at check-in)"]])), _alnum(1, 16)),
    # ... under Luxembourgish's `Passwuert`, a shared account's password chosen with care
    ("docs/confluence/IT/Terminal.html", _page(_table(["Konto", "Benotzer", "Passwuert"],
                                                      [["Pricing Desk (gedeelt)", "PRICING1", _chosen(2)]])), _chosen(2)),
    # ... under German's `Passwort`, its cells' values in code spans and the cells with attributes
    ("wiki/kasse.html", _page('<table class="wiki">\n<thead>\n<tr><th scope="col">System</th><th scope="col">Benutzer</th>'
                              '<th scope="col">Passwort</th></tr>\n</thead>\n<tbody>\n'
                              f'<tr><td>Kassen-DB</td><td><code>kasse</code></td><td><code>{_alnum(3, 20)}</code></td></tr>\n'
                              "</tbody>\n</table>"), _alnum(3, 20)),
    # a settings table's `Client secret` row under Luganda's `Ekintu | Ekiri` (thing, what is there)
    ("docs/wiki/airtel-money.html", _page(_table(["Ekintu", "Ekiri"],
                                                 [["Client ID", f"<code>{fakes.uuid4(_SEED + 4)}</code>"],
                                                  ["Client secret", f"<code>{_alnum(5, 32)}</code>"],
                                                  ["Country", "UG"]])), _alnum(5, 32)),
    # ... under English's `Setting | Value`, an entity in the cell read as its character
    ("docs/wiki/payments.html", _page(_table(["Setting", "Value"],
                                             [["Merchant", "Bakery &amp; Sons"], ["Client ID", fakes.uuid4(_SEED + 7)],
                                              ["Client secret", f"<code>{_alnum(6, 32)}</code>"]])), _alnum(6, 32)),
    # a table of row headers (`<th>Password</th><td>…</td>`, no header row): its label and value read as a line's, as before
    ("docs/wiki/portal.html", _page('<table border="1">\n<tr><th>URL</th><td>https://portal.coop.et</td></tr>\n'
                                    "<tr><th>Username</th><td>export_desk</td></tr>\n"
                                    f"<tr><th>Password</th><td>{_chosen(8)}</td></tr>\n</table>"), _chosen(8)),
]

DECOYS: List[Tuple[str, str]] = [
    # a password column's stand-ins: where it is kept, a placeholder, a tutorial's stock password
    ("intranet/it/network.html", _page(_table(["Device", "User", "Password"],
                                              [["Core router", "admin", "(in the safe)"],
                                               ["NAS", "backup", "&lt;password&gt;"],
                                               ["Switch", "admin", "changeme"]]))),
    # the same row with no header row above it: no column names it
    ("intranet/it/network.html", _page('<table border="1">\n'
                                       f"  <tr><td>Core router</td><td>admin</td><td>{_alnum(11, 16)}</td></tr>\n</table>")),
    # a header row sharing its line with the page's text: no blank line to take it, so no header (as before, nothing)
    ("intranet/it/network.html", "<html><body>\n<p>Network</p><table><tr><th>Device</th><th>User</th><th>Password</th></tr>\n"
                                 f"<tr><td>Core router</td><td>admin</td><td>{_alnum(12, 16)}</td></tr>\n</table>\n</body></html>\n"),
    # a key's row in a documentation page's settings table: an example's, as a Markdown page's
    ("docs/wiki/weather.html", _page(_table(["Setting", "Value"],
                                            [["provider", "OpenWeatherMap"], ["api key", f"<code>{_alnum(13, 40)}</code>"]]))),
    # a table of who owns what: no credential column
    ("docs/wiki/owners.html", _page(_table(["System", "Owner", "Runbook"],
                                           [["Core router", "Wasswa", "runbooks/router-" + _alnum(14, 16) + ".md"]]))),
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
