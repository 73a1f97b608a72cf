"""Blind round 57: a handover note lists an account's sign-in after a label naming the account, its user a mail address
and its password split by `/` (`* Deco app owner account: owner@… / …`): read as a login's pair after the word `login`
is. A label naming an account over a menu's path (`Account: Billing / Invoices`), a reference or a stock password
stays none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Gergeti", "Truso", "Ushguli", "Mestia", "Kazbegi", "Sno", "Juta", "Tusheti")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS).lower() + str(generator.randint(1000, 9999))


_PASSWORD = _chosen(4270300)


def _note(item: str) -> str:
    return (f"2024 season — notes\n====================\n\n* Internet: Silknet, router TP-Link Deco.\n* {item}\n"
            f"* Cameras: Ezviz app, the same account.\n")


@pytest.mark.parametrize("item", [
    "Deco app owner account: guesthouse.owner@gmail.com / {pw}",
    "Router admin account: `guesthouse.owner@gmail.com` / `{pw}`",
    "Account for the NVR app: guesthouse.owner@gmail.com / {pw}",
])
@pytest.mark.parametrize("filename", ["docs/notes/2024-season-handover.txt", "docs/handover/season.md"])
def test_an_accounts_mail_and_password_pair_blocks(engine: Engine, item: str, filename: str) -> None:
    assert [(line, value) for line, _, value in _blocked(engine, filename, _note(item.replace("{pw}", _PASSWORD)))] \
        == [(5, _PASSWORD)]


@pytest.mark.parametrize("item", [
    "Account: Billing / Invoices2024",  # (a menu's path)
    "Owner account: guesthouse.owner@gmail.com / see 1Password",
    "Owner account: guesthouse.owner@gmail.com / changeme",
    "Owner account: owner@example.com / <password>",
])
def test_an_accounts_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/notes/2024-season-handover.txt", _note(item)) == []
