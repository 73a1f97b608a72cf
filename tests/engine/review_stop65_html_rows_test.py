"""Review 65: stop 64 read an HTML page's table as a Markdown table only where each row stood on one line; a row written
over several lines (`<tr>` alone on its line, each `<th>`/`<td>` on one of its own: what formatters and editors write)
left its cells blanks, so a password column passed. Such a row is now read as its lines joined, written on its `<tr>`
line. Generated fakes only: seeds 7700100-7700199."""
from __future__ import annotations

import string

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7700100, 18, string.ascii_letters + string.digits + "#!%")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _page(value: str, indent: str = "  ", cell_tag: str = "td") -> str:
    def row(tag: str, cells: list) -> str:
        inner = "".join(f"{indent * 3}<{tag}>{cell}</{tag}>\n" for cell in cells)
        return f"{indent * 2}<tr>\n{inner}{indent * 2}</tr>\n"
    return ("<html><body>\n<h1>Devices</h1>\n<table>\n" + f"{indent}<thead>\n" + row("th", ["Device", "User", "Password"])
            + f"{indent}</thead>\n{indent}<tbody>\n" + row(cell_tag, ["Core router", "admin", value])
            + row(cell_tag, ["Backup NAS", "backup", "see KeePass"]) + f"{indent}</tbody>\n</table>\n</body></html>\n")


def _secrets(engine: Engine, name: str, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("value,indent", [
    (_PASSWORD, "  "),
    (_PASSWORD, "\t"),
    (f"<code>{_PASSWORD}</code>", "    "),
])
def test_a_password_column_of_rows_over_several_lines_blocks(engine: Engine, value: str, indent: str) -> None:
    assert _PASSWORD in _secrets(engine, "docs/network/devices.html", _page(value, indent))


@pytest.mark.parametrize("value", ["********", "&lt;password&gt;", "see Bitwarden", "changeme"])
def test_a_password_column_of_rows_over_several_lines_with_no_password_passes(engine: Engine, value: str) -> None:
    assert _secrets(engine, "docs/network/devices.html", _page(value)) == []


def test_a_row_that_never_closes_is_left_as_it_was(engine: Engine) -> None:
    text = _page(_PASSWORD).replace("</tr>", "")
    assert _secrets(engine, "docs/network/devices.html", text) == []
