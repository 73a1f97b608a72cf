"""Blind round HB, a Dutch-Belgian team's export: a directory's bulk import of accounts names its columns in Dutch or
German (`voornaam`, `achternaam`, `gebruikersnaam`, `tijdelijk_wachtwoord`; `Vorname`, `Nachname`, `Passwort`), its
user by Entra ID's user principal name (`upn`, `userPrincipalName`): each row's initial password blocks, as a login
list's does; a reference, a masked cell and a digest do not. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Raam", "Kozijn", "Gevel", "Dakgoot", "Spiegel", "Tulp", "Molen", "Kade", "Hoeve", "Duin", "Schelde", "Reiger")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Kozijn#Reiger4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = _chosen(2860300)


# --- a directory's bulk import of accounts, its columns in Dutch or German ---------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("voornaam;achternaam;upn;ploeg;tijdelijk_wachtwoord;ipad", "svc;planbord;svc-planbord@example.local;-;{pw};-"),
    ("Vorname,Nachname,UPN,Passwort", "Tom,Peeters,tom@example.de,{pw}"),
    ("displayName,userPrincipalName,password", "Tom Peeters,tom@example.be,{pw}"),
    ("voornaam;achternaam;gebruikersnaam;wachtwoord", "Tom;Peeters;tpeeters;{pw}"),
])
def test_a_bulk_imports_password_column_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert [(line, secret) for line, _, secret in _blocked(engine, "exports/accounts.csv", text)] == [(2, password)]


@pytest.mark.parametrize("value", ["(per sms verstuurd)", "********", "5f4dcc3b5aa765d61d327deb882cf99b"])
def test_a_bulk_imports_reference_masked_or_digest_cell_does_not_block(engine: Engine, value: str) -> None:
    text = f"voornaam;achternaam;upn;tijdelijk_wachtwoord\nTom;Peeters;tom@example.be;{value}\n"
    assert _blocked(engine, "exports/accounts.csv", text) == []
