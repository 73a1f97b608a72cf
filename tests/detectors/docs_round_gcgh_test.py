"""Blind rounds GC-GH, documentation and exports: a handover note's accounts table whose column gives a password or
where it is kept (`| Password / where |`), and a cell's value in a code span with a note after it (`` `…` (not in the
vault yet!) ``). Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Basalt",
          "Juniper", "Thistle", "Granite")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Cedar%Lantern4471`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!*") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _short_chosen(seed: int) -> str:
    """A password a person chose with care, under the sixteen characters that read as generated: a five-letter word, a
    symbol, a four-letter word, four digits (`Cedar#Lynx4471`)."""
    generator = random.Random(seed)
    return (generator.choice(("Cedar", "Maple", "Amber", "Heron", "Flint")) + generator.choice("#%!*")
            + generator.choice(("Lynx", "Fern", "Moss", "Wren", "Pike")) + str(generator.randint(1000, 9999)))


_CHOSEN = [_chosen(2270000 + step) for step in range(6)]
_SHORT_CHOSEN = [_short_chosen(2270050 + step) for step in range(4)]
_GENERATED = [drawn_mixed(2270100 + step, 20) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(12 <= len(value) < 16 for value in _SHORT_CHOSEN)


# --- a handover note's accounts table: `| Password / where |`, a cell's note ---------------------------------------------

@pytest.mark.parametrize("header", ["Password / where", "Password or location", "Where / password",
                                    "Admin password / vault item", "**Password / where stored**", "PW / ref"])
def test_a_password_or_where_column_blocks_its_password(engine: Engine, header: str) -> None:
    for password in (_CHOSEN[0], _GENERATED[0]):
        text = (f"# IT handover\n\n## Accounts\n\n| System | Login | {header} | Notes |\n|---|---|---|---|\n"
                f"| Workspace super admin | admin@salon.co | `{password}` | break-glass account |\n"
                "| Square (owner) | owner@salon.co | owner's own | 2FA on the owner's phone |\n"
                "| Domain registrar | 1Password | 1Password | renews in March |\n")
        assert _secrets(engine, "docs/IT-handover.md", text) == [(7, password)]
        assert _found(engine, "docs/IT-handover.md", text) == [password]  # (where it is kept: no value)


@pytest.mark.parametrize("header", ["Password policy", "Password manager / where", "Where", "Password reset / link"])
def test_a_column_naming_no_password_is_not_read(engine: Engine, header: str) -> None:
    text = f"| System | {header} |\n|---|---|\n| Workspace | `{_CHOSEN[1]}` |\n"
    assert _blocked(engine, "docs/IT-handover.md", text) == []


def test_a_tutorials_password_in_a_password_or_where_column_warns(engine: Engine) -> None:
    text = "| System | Login | Password / where |\n|---|---|---|\n| Demo site | demo | `Welcome1!` |\n"
    assert _blocked(engine, "docs/demo.md", text) == []


@pytest.mark.parametrize("cell", ["`{pw}` (not in 1Password yet!)", "**{pw}** (set by the installer)",
                                  "`{pw}`  (rotate after the audit)"])
def test_a_password_cell_with_a_note_after_its_span_blocks(engine: Engine, cell: str) -> None:
    password = _CHOSEN[2]
    text = ("| System | Where | Login | Password |\n|--------|-------|-------|----------|\n"
            "| Microsoft 365 admin | admin.microsoft.com | derek@estate.co.uk | 1Password + MFA |\n"
            f"| Camera NVR (comms cupboard) | http://10.40.0.20 | admin | {cell.replace('{pw}', password)} |\n")
    assert _secrets(engine, "bellamy-it/docs/handover-2024.md", text) == [(4, password)]


@pytest.mark.parametrize("cell", ["`<password>` (ask IT)", "1Password (vault Venue Ops)", "`see vault` (entry NVR)"])
def test_a_noted_cell_holding_no_password_is_not_reported(engine: Engine, cell: str) -> None:
    text = f"| System | Login | Password |\n|---|---|---|\n| Camera NVR | admin | {cell} |\n"
    assert _found(engine, "docs/handover.md", text) == []
