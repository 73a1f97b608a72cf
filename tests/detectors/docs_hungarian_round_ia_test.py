"""Blind round IA: Hungarian teams' runbooks, handover notes and integration pages give a password in their own words,
read by the readers that read the Romance languages', Polish's, Turkish's and Greek's (words added, not copies): a
settings table's `| Mező | Érték |` over a `Jelszó` row; a list item's or a sentence's `jelszó: `…`` after a Wi-Fi
network's SSID, `jelszó `…``, the possessive `a router jelszava: `…``; `ó` in UTF-8 or spelled `o`. References (a
1Passwordben), placeholders, a stock password and a row about passwords stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Harang", "Villam", "Csillag", "Patak", "Hegyi", "Fenyo", "Diofa", "Kavics", "Szello", "Tolgy", "Borostyan")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Patak!Tolgy4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3510000 + step) for step in range(4)]
_HEX_KEY = drawn(3510100, 32, "0123456789abcdef")
_MIXED_KEY = drawn_mixed(3510101, 32)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)


# --- a settings table in the team's language --------------------------------------------------------------------------

@pytest.mark.parametrize("header,row", [("Érték", "Jelszó"), ("Ertek", "Jelszo"), ("Érték", "Admin jelszó"),
                                        ("Value", "Jelszó"), ("Érték", "Password")])
def test_a_settings_tables_password_row_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[0]
    text = (f"# NAV Online Számla\n\n| Mező | {header} |\n|------|-------|\n| Technikai felhasználó | techuser01 |\n"
            f"| {row} | `{password}` |\n| XML aláírókulcs | a 1Passwordben |\n")
    assert _secrets(engine, "docs/konyveles/nav.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["a 1Passwordben", "`<jelszó>`", "`changeme`", "90 naponta kötelező"])
def test_a_settings_tables_password_row_saying_where_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# NAV\n\n| Mező | Érték |\n|------|-------|\n| Technikai felhasználó | techuser01 |\n| Jelszó | {cell} |\n"
    assert _blocked(engine, "docs/konyveles/nav.md", text) == []


def test_a_table_whose_second_column_describes_is_not_read(engine: Engine) -> None:
    text = f"# NAV\n\n| Mező | Leírás |\n|------|-------|\n| Jelszó | `{_CHOSEN[0]}` |\n"
    assert _blocked(engine, "docs/konyveles/nav.md", text) == []


# --- a list item's or a sentence's password after its word --------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- **Wi-Fi:** `depo-net`, jelszó: `{pw}`",
    "- Wi-Fi: `depo-net`, jelszo: `{pw}`",
    "- Wi-Fi `depo-net`, jelszó `{pw}`",
    "- A router jelszava: `{pw}`",
    "- Jelszó: `{pw}`",
])
def test_a_sentences_password_after_its_word_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# Első nap a depóban\n\n- Nyitás: 6:30\n{item.replace('{pw}', password)}\n- Töltők: a bal oldali polcon\n"
    assert _secrets(engine, "docs/depo/elso-nap.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- jelszó: a 1Passwordben",
    "- Wi-Fi: `depo-net`, jelszó: `<jelszó>`",
    "- Wi-Fi: `depo-net`, jelszó: `jelszo123`",
    "- A jelszavak a 1Passwordben vannak: `Ops vault`",
    "- Jelszócsere: 90 naponta",
])
def test_a_sentences_reference_or_placeholder_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/depo/elso-nap.md", f"# Depó\n\n{item}\n") == []


# --- a key's label in the team's language: `kulcs` after what names it a credential (`API kulcs`, `titkos kulcs`) ------

@pytest.mark.parametrize("label", ["Onfleet API kulcs", "Onfleet API kulcs (a régi integrációé, még nincs a vaultban)",
                                   "Titkos kulcs", "**Hozzáférési kulcs**"])
def test_a_handover_notes_key_after_its_label_blocks(engine: Engine, label: str) -> None:
    text = (f"# Átadás: diszpécser rendszer\n\n## Hozzáférések\n- Hetzner konzol: a közös ops fiók\n"
            f"- {label}: `{_HEX_KEY}`\n- Stripe: Réka már admin\n")
    assert _secrets(engine, "docs/handover/atadas-2026-10.md", text) == [(5, _HEX_KEY)]


@pytest.mark.parametrize("name", ["API_KULCS", "titkos_kulcs", "apiKulcs"])
def test_a_keys_name_in_code_blocks(engine: Engine, name: str) -> None:
    assert _secrets(engine, "app/settings.py", f'{name} = "{_MIXED_KEY}"\n') == [(1, _MIXED_KEY)]


@pytest.mark.parametrize("item", [
    "- A kulcs a kódos dobozban (kód: a műszakvezetőtől)",
    "- Kulcs: `{key}`",  # (a key of anything: no qualifier names it a credential)
    "- Nyilvános kulcs: `{key}`",  # (a public key)
    "- API kulcs: a 1Passwordben",
])
def test_a_key_of_anything_or_a_reference_is_not_blocked(engine: Engine, item: str) -> None:
    text = f"# Átadás\n\n{item.replace('{key}', _HEX_KEY)}\n"
    assert _blocked(engine, "docs/handover/atadas-2026-10.md", text) == []


def test_a_keys_name_without_a_qualifier_is_not_blocked(engine: Engine) -> None:
    assert _blocked(engine, "app/settings.py", f'kulcs = "{_MIXED_KEY}"\n') == []
