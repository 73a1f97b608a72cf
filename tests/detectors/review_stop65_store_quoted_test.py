"""Review 65: stop 64 read a notes table's password cell naming its password manager before the password (`KeePass: …
(changed 21.12.)`), then, at the round-2 merge, took any quoted value after the store's name for the entry's name
(`1Password: "Square"`), so the same password quoted (`KeePass: "…" (changed 21.12.)`) only warned, as a whole cell. A
quoted value is the entry's name only where it is one (words, a path). Generated fakes only: seeds 7700400-7700499."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking



def _password() -> str:
    return fakes.drawn_mixed(7700401, 6) + "#" + fakes.drawn_mixed(7700402, 5) + "!" + fakes.drawn_mixed(7700403, 5)


def _handover(cell: str) -> str:
    return f"# Handover\n\n| system | password |\n|---|---|\n| NAS | {cell} |\n| Router | see KeePass |\n"


def _secrets(engine: Engine, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text("docs/notes/handover.md", text))]


@pytest.mark.parametrize("template", [
    'KeePass: "{value}" (changed 21.12.)',
    "Bitwarden: '{value}'",
    "1Password: \u201c{value}\u201d (rotated 03/24)",
])
def test_a_quoted_password_after_its_stores_name_blocks(engine: Engine, template: str) -> None:
    value = _password()
    assert value in _secrets(engine, _handover(template.format(value=value)))


@pytest.mark.parametrize("cell", ['1Password: "Square"', 'KeePass: "Infra/NAS"', 'Bitwarden: "NAS-admin" (shared)'])
def test_a_quoted_entry_name_after_its_stores_name_still_passes(engine: Engine, cell: str) -> None:
    assert _secrets(engine, _handover(cell)) == []
