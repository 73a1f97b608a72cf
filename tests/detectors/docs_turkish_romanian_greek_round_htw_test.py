"""Blind rounds HT, HV and HW: Turkish, Romanian and Greek teams' runbooks, handover notes and branch pages give a password
in their own words, read by the readers that read German's, Dutch's, Polish's and the Romance languages' (not copies):
a settings table's `| Alan | Değer |` (`| Valoare |`, `| Τιμή |`) over a `Şifre` row; an accounts table's `| Parola /
cheie |` column; a sentence's `utilizator `…`, parola `…``, `κωδικός `…``, `şifre `…``; a label naming an account in the
team's language before a `user` / `password` pair (`- Modem yönetici: `admin` / `…``); and a settings table's tunnel
pre-shared key, its passphrase as a list item's is. References, placeholders and a row saying where the password is kept
stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Lokum", "Simit", "Cinar", "Dunarea", "Brad", "Carpati", "Elia", "Thalassa", "Kyma", "Pelin", "Olimp", "Izvor")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Lokum#Brad4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3170000 + step) for step in range(8)]
_GENERATED = [drawn_mixed(3170100 + step, 20) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 20 for value in _GENERATED)


# --- a settings table in the team's language --------------------------------------------------------------------------

@pytest.mark.parametrize("header,row", [("Değer", "Şifre"), ("Deger", "Sifre"), ("Değer", "Parola"), ("Valoare", "Parolă"),
                                        ("Τιμή", "Κωδικός"), ("Τιμη", "Password")])
def test_a_settings_tables_password_row_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[0]
    text = (f"# SMS gönderimi\n\n| Alan | {header} |\n|---|---|\n| Kullanıcı | 8503071234 |\n| {row} | {password} |\n"
            f"| Başlık | ACME |\n")
    assert _secrets(engine, "docs/runbooks/sms.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["kasada yazılı", "`<şifreniz>`", "`changeme`"])
def test_a_settings_tables_password_row_saying_where_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# SMS\n\n| Alan | Değer |\n|---|---|\n| Kullanıcı | 8503071234 |\n| Şifre | {cell} |\n"
    assert _blocked(engine, "docs/runbooks/sms.md", text) == []


@pytest.mark.parametrize("header", ["Τιμή", "Value", "Valoare"])
def test_a_settings_tables_pre_shared_key_row_blocks(engine: Engine, header: str) -> None:
    key = _GENERATED[0]
    text = (f"# VPN αποθήκης\n\n| Πεδίο | {header} |\n|---|---|\n| IKE | IKEv2, AES-256 |\n| Pre-shared key | `{key}` |\n"
            f"| Remote ID | warehouse-b.elaionas.gr |\n")
    assert _secrets(engine, "docs/it/vpn.md", text) == [(6, key)]


def test_a_settings_tables_pre_shared_key_placeholder_is_not_blocked(engine: Engine) -> None:
    text = "# VPN\n\n| Πεδίο | Τιμή |\n|---|---|\n| Pre-shared key | `<το κλειδί σας>` |\n"
    assert _blocked(engine, "docs/it/vpn.md", text) == []


# --- an accounts table's password column --------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Parola / cheie", "Parolă", "Parola root", "Şifre", "Utilizator / parolă"])
def test_an_accounts_tables_password_column_blocks(engine: Engine, header: str) -> None:
    value = _GENERATED[1]
    cell = f"root / `{value}`" if "/ par" in header.lower() else f"`{value}`"
    text = (f"# Predare IT\n\n## Acces\n| Sistem | Utilizator | {header} |\n|---|---|---|\n"
            f"| Cloudbeds | it@hostel.ro | SSO Google |\n| Netopia admin | carpati_admin | vezi 1Password |\n"
            f"| VPS Cluj | root | {cell} |\n| MikroTik | admin | in Ansible vault |\n")
    assert _secrets(engine, "docs/handover/predare-2025-03.md", text) == [(8, value)]


def test_an_accounts_tables_column_of_references_is_not_blocked(engine: Engine) -> None:
    text = ("# Predare IT\n\n| Sistem | Utilizator | Parola / cheie |\n|---|---|---|\n| Cloudbeds | it@hostel.ro | SSO Google |\n"
            "| Netopia | admin | vezi 1Password |\n| MikroTik | admin | in Ansible vault |\n")
    assert _blocked(engine, "docs/handover/predare-2025-03.md", text) == []


# --- a sentence's or a list item's password after its word ----------------------------------------------------------

@pytest.mark.parametrize("item", [
    "2. Winbox -> 10.20.0.1, utilizator `admin-carpati`, parola `{pw}`",
    "- Parola pentru router este `{pw}`",
    "- Parolă: `{pw}`",
    "- Kullanıcı `admin`, şifre `{pw}`",
    "- Λογαριασμός διαχειριστή: `itadmin`, κωδικός `{pw}`",
    "- Ο κωδικός είναι `{pw}`",
])
def test_a_sentences_password_after_its_word_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# Router\n\nDaca internetul pica:\n\n{item.replace('{pw}', password)}\n3. Verifica linia.\n"
    assert _secrets(engine, "docs/runbooks/router.md", text) == [(5, password)]


@pytest.mark.parametrize("item", [
    "- parola: vezi 1Password",
    "- Parola: `<parola ta>`",
    "- şifre `changeme`",
    "- Misafir Wi-Fi: Patili-Misafir (şifre kasada yazılı, haftalık değişir)",
    "- κωδικός: στο Bitwarden",
    "- Ο κωδικός σφάλματος είναι `401`",
])
def test_a_sentences_reference_or_placeholder_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/runbooks/router.md", f"# Router\n\n{item}\n") == []


# --- a login's pair after a label naming the account in the team's language ------------------------------------------

@pytest.mark.parametrize("label", ["Modem yönetici", "Yönetici hesabı", "Kullanıcı", "Cont utilizator",
                                   "Λογαριασμός διαχειριστή", "Χρήστης NAS"])
def test_a_labelled_login_pair_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[2]
    text = (f"# Kadıköy şubesi ağ bilgileri\n\n- Modem: ZTE H3601, arayüz http://192.168.1.1\n"
            f"- {label}: `admin` / `{password}`\n- Misafir Wi-Fi: Patili-Misafir (şifre kasada yazılı)\n")
    assert _secrets(engine, "docs/subeler/kadikoy-ag.md", text) == [(4, password)]


@pytest.mark.parametrize("label", ["Dallar", "Bölgeler", "Ramuri"])
def test_a_pair_after_a_label_naming_no_account_is_not_blocked(engine: Engine, label: str) -> None:
    text = f"# Sürüm\n\n- {label}: `main` / `release-2024.10`\n"
    assert _blocked(engine, "docs/subeler/surum.md", text) == []
