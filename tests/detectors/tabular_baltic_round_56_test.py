"""Blind round 56: CSV inventories and account sheets headed in a team's own language. Lithuanian calls the password
`slaptažodis`, Latvian `parole`, Estonian `parool` (`ajutine_parool`, a temporary one), Vietnamese `mật khẩu`, Hebrew
`סיסמה`; a device `įrenginys`, `ierīce`, `seade`, `thiết bị`; the user `vartotojas`, `lietotājs`, `kasutaja`, `tài
khoản`; a portal `portalas`, `portāls`, `portaal`; an API key `API raktas`, `api_ključ`. A device inventory's, a login
list's and a vendor-accounts sheet's password cells are judged as such (a chosen password blocks); a note in brackets
saying where a password is kept, a blank and a reference do not. A notes cell giving a Wi-Fi network's key in words
(`WPA2 key …`) blocks. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Nemunas", "Gauja", "Saaremaa", "Triglav", "Daugava", "Peipsi", "Neris", "Venta", "Emajogi", "Sava", "Dubysa",
          "Lielupe", "Pirita", "Kolpa")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Gauja#Pirita4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3860000 + step) for step in range(8)]
_GENERATED = drawn_mixed(3860100, 24)


def _chance_word(seed: int) -> str:
    """A drawn twelve-character password that spells a made-up word (`Baz`) by chance between drawn characters."""
    generator = random.Random(seed)
    digits, lower, upper = "23456789", "abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return (generator.choice(digits) + generator.choice(lower) + generator.choice(upper) + generator.choice(lower)
            + generator.choice(digits) + "Baz" + generator.choice(upper) + generator.choice(lower) + generator.choice(digits)
            + generator.choice(lower))


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(_chance_word(3860200)) == 12 and "Baz" in _chance_word(3860200)


# --- a device inventory's password column, headed in the team's language ----------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("salonas,irenginys,modelis,serijos_nr,ip,vartotojas,slaptazodis,pastabos", "VLN,kasa,X1,SN-1,10.0.0.5,admin,{pw},"),
    ("salonas,įrenginys,ip,slaptažodis", "VLN,kasa,10.0.0.5,{pw}"),
    ("ierice,veikals,ip,lietotajs,parole,piezimes", "Printeris,Riga,10.0.0.5,service,{pw},"),
    ("iekārta,ip,parole", "Printeris,10.0.0.5,{pw}"),
    ("pood,seade,mudel,ip,kasutaja,parool,märkus", "Tartu,Kaamera,X1,10.0.0.5,admin,{pw},"),
    ("san,thiet_bi,ip,tai_khoan,mat_khau,ghi_chu", "Kho 1,NAS,10.0.0.5,admin,{pw},"),
    ("lokacija,naprava,ip,uporabnik,geslo", "Ljubljana,NAS,10.0.0.5,admin,{pw}"),
    ("סניף,מכשיר,ip,משתמש,סיסמה", "תל אביב,NVR,10.0.0.5,admin,{pw}"),
    ("store_no,store_name,isp,router,router_admin_pw,staff_ssid,staff_wifi_pw", "01,Quay,Fiber,UDM-Pro,{pw},Staff,(keeper)"),
    ("site,firewall,admin_user,admin_password", "HQ,FortiGate 60F,admin,{pw}"),
])
def test_a_device_inventorys_chosen_password_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[0]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "exports/inventory.csv", text) == [(2, password)]


@pytest.mark.parametrize("value", ["(vault)", "(Bitwarden)", "[KeePass]", "vaata KeePass", "žr. Bitwarden", "", "********"])
def test_a_device_inventorys_reference_note_or_blank_does_not_block(engine: Engine, value: str) -> None:
    text = f"pood,seade,ip,kasutaja,parool\nTartu,Kaamera,10.0.0.5,admin,{value}\n"
    assert _blocked(engine, "exports/seadmed.csv", text) == []


def test_a_drawn_device_password_spelling_a_made_up_word_by_chance_blocks(engine: Engine) -> None:
    password = _chance_word(3860200)
    text = f"asset_tag,device,location,ip,admin_user,admin_password\nFEC-1,AP,Floor,10.0.0.5,admin,{password}\n"
    assert _secrets(engine, "exports/device_inventory.csv", text) == [(2, password)]


@pytest.mark.parametrize("value", ["FooBar12", "TestQux12345", "Baz1234567ab"])
def test_a_made_up_device_password_still_does_not_block(engine: Engine, value: str) -> None:
    text = f"asset_tag,device,location,ip,admin_user,admin_password\nFEC-1,AP,Floor,10.0.0.5,admin,{value}\n"
    assert _blocked(engine, "exports/device_inventory.csv", text) == []


# --- a login list or a sheet of vendor accounts ------------------------------------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("tiekejas,portalas,kliento_nr,vartotojas,slaptazodis,atsakingas", "Lab,https://b2b.lab.example,LT-1,studija,{pw},Ruta"),
    ("piegadatajs,kontaktpersona,portals,lietotajs,parole", "Lab,Toms,https://b2b.lab.example,noma,{pw}"),
    ("klient,akvaarium,portaali_kasutaja,ajutine_parool,tehnik", "Hotell,merevesi,hotell,{pw},Rasmus"),
    ("doi_tac,loai,website,tai_khoan,mat_khau,nguoi_phu_trach", "In thiep,thiep,https://dl.example.vn,shop,{pw},Vy"),
    ("vendor,purpose,login,password,owner,renewal", "Zoom,classes,admin@school.example,{pw},dana,2025-01-31"),
    ("service,username,password", "sftp,uploader,{pw}"),
])
def test_a_login_lists_chosen_password_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[1]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "docs/vendors/accounts.csv", text) == [(2, password)]


@pytest.mark.parametrize("value", ["(Bitwarden)", "(SSO)", "skat. 1Password", "in 1Password (Finance)", "n/a", "SSO"])
def test_a_login_lists_reference_or_note_does_not_block(engine: Engine, value: str) -> None:
    text = (f"vendor,portal_url,login,password\nNorthwind,https://partners.northwind.example.com,ops.team,{value}\n"
            f"tiekejas,portalas,vartotojas,slaptazodis\n")
    assert _blocked(engine, "ops/portal_logins.csv", text) == []


# --- an API key column named in the team's language --------------------------------------------------------------------

@pytest.mark.parametrize("column", ["api_kljuc", "API ključ", "api_raktas", "API atslēga", "api_voti"])
def test_an_api_key_column_in_the_teams_language_blocks(engine: Engine, column: str) -> None:
    key = "ks_live_" + _GENERATED
    text = f"partner,kontakt,{column},ustvarjen\nZavod,it@zavod.example,{key},2024-02-01\nDom,x@dom.example,(preklican),\n"
    assert _secrets(engine, "exports/partnerji.csv", text) == [(2, key)]


@pytest.mark.parametrize("header", ["kljuc,sl,en", "id,parole_chiave", "id,parole,traduzione"])
def test_a_bare_key_or_words_column_is_not_a_credential_column(engine: Engine, header: str) -> None:
    text = f"{header}\n{_GENERATED},Geslo,Password\n"
    assert _blocked(engine, "i18n/strings.csv", text) == []


# --- a Wi-Fi network's key given in words in a notes cell --------------------------------------------------------------

@pytest.mark.parametrize("note", ["WPA2 key {key}", "Wi-Fi key: {key}", "WPA PSK {key}", "network key is {key}"])
def test_a_worded_network_key_in_a_notes_cell_blocks(engine: Engine, note: str) -> None:
    generator = random.Random(3860300)
    key = "-".join(generator.choice(("harbor", "walnut", "copper", "glacier", "orchid", "lantern")) for _ in range(3)) + "-" \
        + generator.choice(("maple", "falcon")) + drawn(3860301, 2, "0123456789")
    text = (f"serial,model,depot,wifi_ssid,admin_pin,notes\n22187,TC21,North,WH-1,,\n"
            f"wifi,,,WH-1,,{note.replace('{key}', key)}\n")
    assert _secrets(engine, "docs/it/scanners.csv", text) == [(3, key)]


@pytest.mark.parametrize("note", ["WPA2 key same as WH-1", "WPA2 key (vault)", "network key rotated monthly",
                                  "Wi-Fi key: see-keeper", "WPA2 key changeme123"])
def test_a_worded_network_key_reference_does_not_block(engine: Engine, note: str) -> None:
    text = f"serial,model,depot,wifi_ssid,notes\nwifi,,,WH-1,{note}\n"
    assert _blocked(engine, "docs/it/scanners.csv", text) == []
