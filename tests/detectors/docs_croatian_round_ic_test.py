"""Blind round IC: a Croatian team's handover notes, onboarding pages and exports give a password in their own words.
Croatian (and Serbian, Bosnian in Latin script) calls it `lozinka`, Slovene `geslo`, and orders what it is for after
the word as Czech and Polish do (`Lozinka administratora`, `lozinka za NAS je `…``): read by the readers those
languages' words go through (not copies). A cell or a sentence saying where the password is (`vidi Bitwarden`, `u
sefu`) stays none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Kornat", "Mosor", "Biokovo", "Cetina", "Krka", "Velebit", "Jadran", "Zrmanja", "Lastovo", "Vis", "Dinara", "Kupa")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Mosor#Krka4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3520000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)


# --- a Markdown table's password column ------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Lozinka", "Lozinka administratora", "Lozinka (admin)", "Geslo"])
def test_a_croatian_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Predaja IT-a\n\n| Sustav | Korisnik | {header} | Napomena |\n|---|---|---|---|\n"
            f"| Router | admin | vidi Bitwarden | |\n| NAS01 | it-admin | {password} | backup |\n| Kamere | - | u sefu | |\n")
    assert _secrets(engine, "docs/handover/predaja.md", text) == [(6, password)]


def test_a_croatian_password_columns_references_are_not_blocked(engine: Engine) -> None:
    text = ("| Sustav | Korisnik | Lozinka |\n|---|---|---|\n| Router | admin | vidi Bitwarden |\n| Kamere | - | u sefu |\n"
            "| NAS01 | it-admin | `<lozinka>` |\n")
    assert _blocked(engine, "docs/handover/predaja.md", text) == []


def test_a_croatian_policy_column_is_not_a_password_column(engine: Engine) -> None:
    # (`Lozinka` then four words is no column of passwords: the header's word reads at most three after it)
    text = ("| Sustav | Lozinka mora imati barem dvanaest znakova |\n|---|---|\n| NAS01 | Mosor#Krka4815Dinara |\n")
    assert _blocked(engine, "docs/pravila.md", text) == []


# --- a sentence's or a list item's password after its word ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "3. Privremena lozinka za sve nove korisnike je `{pw}` - sustav trazi promjenu kod prve prijave.",
    "- Lozinka za NAS: `{pw}`",
    "- Lozinka: `{pw}`",
    "Lozinka je `{pw}`.",
    "- Kamere: http://10.20.4.61, korisnik `admin`, lozinka `{pw}`",
    "Lozinka od routera je `{pw}`.",
    "Geslo za NAS je `{pw}`.",  # (Slovene's)
])
def test_a_croatian_sentences_or_labels_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# Novi poslovoda\n\n1. Preuzmi tablet u skladistu.\n{item.replace('{pw}', password)}\n- Pitanja: IT, lokal 212.\n"
    assert _secrets(engine, "docs/onboarding/prvi-dan.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Lozinka za NAS: vidi Bitwarden",
    "Lozinka za NAS je u sefu.",
    "- Lozinka: `<tvoja lozinka>`",
    "Lozinke prebaci u Bitwarden pa obrisi ovu datoteku.",
])
def test_a_croatian_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/onboarding/prvi-dan.md", f"# Prvi dan\n\n{item}\n") == []


# --- a CSV export's columns in Croatian --------------------------------------------------------------------------------

def _drawn(seed: int, length: int = 12) -> str:
    """A password a device's installer drew: letters and digits (`V3kQ9mLx2TbR`)."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(character.isdigit() for character in value) and any(character.isupper() for character in value):
            return value


@pytest.mark.parametrize("header,row", [
    ("uredjaj,lokacija,ip,korisnik,lozinka,zadnja_promjena", "RFID vrata,Dugopolje,10.20.4.11,gate,{pw},2024-05-17"),
    ("Uređaj;Serijski broj;Lozinka", "Vaga kamioni;QX7T2M9K;{pw}"),
    ("uredaj,mac_adresa,admin_lozinka", "Kamera 3,00:11:32:aa:bb:cc,{pw}"),
    ("sustav,url,korisnik,lozinka", "Pantheon,https://erp.firma.hr,ivana,{pw}"),  # (a login list's user in Croatian)
])
def test_a_croatian_device_inventorys_or_login_lists_password_blocks(engine: Engine, header: str, row: str) -> None:
    password = _drawn(3520100)
    delimiter = ";" if ";" in header else ","
    reference = delimiter.join(["Alarm centrala"] + ["Bitwarden"] * (header.count(delimiter)))
    text = f"{header}\n{reference}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "exports/uredjaji.csv", text) == [(3, password)]


def test_a_croatian_device_inventorys_references_are_not_blocked(engine: Engine) -> None:
    text = ("uredjaj,lokacija,ip,korisnik,lozinka\nKamera 1,Dugopolje,10.20.4.61,admin,Bitwarden\n"
            "Alarm,Zagreb,10.30.1.5,instalater,u sefu\nVaga,Dugopolje,10.20.4.70,operater,promijenjena\n")
    assert _blocked(engine, "exports/uredjaji.csv", text) == []


# --- a sheet of keys issued to partners ---------------------------------------------------------------------------------

def _issued_key(seed: int) -> str:
    """A team's own API key as it issues them: a live prefix and 40 drawn letters and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "tq_live_" + "".join(generator.choice(alphabet) for _ in range(40))


@pytest.mark.parametrize("header", [
    "partner,svrha,kljuc,vrijedi_do",
    "Partner,Svrha,Ključ,Vrijedi do",
    "partner,purpose,key,valid_until",
    "customer,key,expires",
    "kunde;zweck;schlüssel;gültig_bis",
])
def test_a_sheet_of_keys_issued_to_partners_blocks(engine: Engine, header: str) -> None:
    key = _issued_key(3520200)
    delimiter = ";" if ";" in header else ","
    width = header.count(delimiter) + 1
    reference = delimiter.join(["Grad Split"] + ["vidi ugovor"] * (width - 2) + ["2024-12-31"])
    row = delimiter.join(["Kamgrad Zagreb"] + ["dnevnik najma"] * (width - 3) + [key, "2025-03-31"])
    assert _secrets(engine, "exports/api_kljucevi.csv", f"{header}\n{reference}\n{row}\n") == [(3, key)]


@pytest.mark.parametrize("header,cell", [
    ("partner,svrha,kljuc,vrijedi_do", "opozvan"),  # (revoked: a word)
    ("partner,svrha,kljuc,vrijedi_do", "<kljuc>"),  # (a template's stand-in)
    ("partner,svrha,kljuc", "{key}"),  # (no validity: a party's column beside a bare key is a lookup table's as often)
    ("client,key,value", "{key}"),
])
def test_a_partner_sheets_key_column_without_an_issued_key_is_not_blocked(engine: Engine, header: str, cell: str) -> None:
    value = cell.replace("{key}", _issued_key(3520201))
    width = header.count(",") + 1
    row = ",".join(["Kamgrad Zagreb"] + ["dnevnik"] * (width - 1))
    cells = row.split(",")
    cells[header.split(",").index("kljuc" if "kljuc" in header else "key")] = value
    assert _blocked(engine, "exports/api_kljucevi.csv", f"{header}\n{','.join(cells)}\n") == []


# --- a server's log dumping its settings ---------------------------------------------------------------------------------

_ODOO_RECORD = "2024-09-30 06:00:02,410 1 DEBUG ? odoo.tools.config: "


@pytest.mark.parametrize("record", [
    _ODOO_RECORD + "admin_passwd = '{pw}'",
    _ODOO_RECORD + "db_password = '{pw}'",
    "INFO:app.settings:smtp_password = {pw}",  # (Python's logging, its default format)
])
def test_a_logged_settings_password_blocks(engine: Engine, record: str) -> None:
    password = _chosen(3520300)
    text = (_ODOO_RECORD.replace("DEBUG", "INFO").replace("odoo.tools.config", "odoo") + "Odoo version 17.0\n"
            + record.replace("{pw}", password) + "\n")
    assert _secrets(engine, "logs/odoo-server.log", text) == [(2, password)]


@pytest.mark.parametrize("record", [
    _ODOO_RECORD + "admin_passwd = 'admin'",  # (Odoo's default master password)
    _ODOO_RECORD + "admin_passwd = False",
    _ODOO_RECORD + "db_password = '********'",
])
def test_a_logged_settings_unset_or_masked_password_is_not_blocked(engine: Engine, record: str) -> None:
    assert _blocked(engine, "logs/odoo-server.log", record + "\n") == []
