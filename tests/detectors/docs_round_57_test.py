"""Blind round of stop 57 (sets IW to IZ): passwords and keys on documentation pages in the team's own words. Bulgarian's
`парола` (its definite `паролата`) read where Russian's and Ukrainian's `пароль` is (a list item's label, a sentence's
word before its span, a Wi-Fi line, a settings table's row, a table's column); Malay's `Kata laluan` and Indonesian's
`Kata sandi` heading a table's password column. References, placeholders and commands stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Ramka", "Vitosha", "Kobalt", "Pastel", "Struma", "Rila", "Lipa", "Yantra", "Maritsa", "Perun")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Rila#Lipa4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _passphrase(seed: int) -> str:
    """A Wi-Fi passphrase of words as a generator draws them, a number last (`lipa-struma-perun-kobalt42`)."""
    generator = random.Random(seed)
    return "-".join(generator.choice(_WORDS).lower() for _ in range(4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(4210000 + step) for step in range(6)]
_GENERATED = [drawn_mixed(4210100 + step, 20) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 20 for value in _GENERATED)
    assert _passphrase(4210200).count("-") == 3


# --- Bulgarian's `парола` ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Парола: `{}`",
    "- парола: `{}` (да се смени!)",
    "   - парола: `{}` (еднаква за всички магазини)",
    "4. ПАРОЛА: `{}`",
    "- Парола за админ панела: `{}`",
    "- Паролата е `{}`",
    "- Портал: потребител `ops`, парола `{}`",
])
def test_a_bulgarian_password_word_before_its_span_blocks(engine: Engine, line: str) -> None:
    password = _GENERATED[0]
    text = "# Предаване на поддръжката\n\n" + line.format(password) + "\n- Спиди: данните са в Bitwarden\n"
    assert _secrets(engine, "docs/handover/predavane.md", text) == [(3, password)]


def test_a_chosen_password_in_a_runbooks_list_blocks(engine: Engine) -> None:
    password = _CHOSEN[0]
    text = (f"# Нов магазин\n\n3. NVR Hikvision:\n   - IP 192.168.x.10, потребител `admin`\n"
            f"   - парола: `{password}` (еднаква за всички магазини, да се смени!)\n4. Принтер Zebra.\n")
    assert _secrets(engine, "docs/runbooks/nov-magazin.md", text) == [(5, password)]


def test_a_wifi_networks_passphrase_after_the_word_blocks(engine: Engine) -> None:
    passphrase = _passphrase(4210201)
    text = (f"# Магазин Пловдив\n\n- Рутер: MikroTik hAP ax2, 192.168.42.1\n"
            f"- Wi-Fi за персонала: `Shop-Staff`, парола `{passphrase}`\n- Wi-Fi за клиенти: `Shop-Guest` (отворена)\n")
    assert _secrets(engine, "docs/shops/plovdiv.md", text) == [(4, passphrase)]


@pytest.mark.parametrize("header,row", [("Стойност", "Парола"), ("Стойност", "Парола за SMTP"), ("", "Парола")])
def test_a_bulgarian_settings_tables_password_row_blocks(engine: Engine, header: str, row: str) -> None:
    password = _GENERATED[1]
    text = f"# SMS\n\n| Параметър | {header} |\n|---|---|\n| Потребител | ramkart |\n| {row} | `{password}` |\n"
    assert _secrets(engine, "docs/runbooks/sms.md", text) == [(6, password)]


@pytest.mark.parametrize("line", [
    "- Паролата е в `Bitwarden`",
    "- Парола: `<вашата-парола>`",
    "- Парола: `${DB_PASSWORD}`",
    "- Парола: `changeme`",
    "- Сменете паролата с `passwd`",
    "- Паролата се задава с променливата `DB_PASSWORD`",
])
def test_a_bulgarian_password_word_before_a_reference_or_a_placeholder_is_not_blocked(engine: Engine, line: str) -> None:
    text = "# Предаване\n\n" + line + "\n"
    assert _blocked(engine, "docs/handover/predavane.md", text) == []


# --- a table's password column in Malay, Indonesian, Bulgarian or Russian -----------------------------------------------

@pytest.mark.parametrize("column", ["Kata laluan", "KATA LALUAN", "Kata laluan admin", "Kata sandi", "Парола", "Пароль"])
@pytest.mark.parametrize("filename", ["docs/runbook/cctv-depoh.md", "docs/cctv/depoh.md"])
def test_a_password_column_in_the_teams_language_blocks(engine: Engine, column: str, filename: str) -> None:
    password = drawn_mixed(4210300, 10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#")
    text = (f"# CCTV\n\n| Depoh | NVR | IP | Pengguna | {column} |\n|---|---|---|---|---|\n"
            f"| Larkin | DS-7732NI-K4 | 192.168.10.200 | admin | {password} |\n"
            f"| TBS | DS-7616NI-K2 | 192.168.20.200 | admin | (Bitwarden: \"NVR TBS\") |\n")
    assert _secrets(engine, filename, text) == [(5, password)]


@pytest.mark.parametrize("cell", ["(Bitwarden: \"NVR TBS\")", "`<kata-laluan>`", "********", "rujuk 1Password"])
def test_a_malay_password_column_saying_where_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# CCTV\n\n| Depoh | IP | Pengguna | Kata laluan |\n|---|---|---|---|\n| TBS | 192.168.20.200 | admin | {cell} |\n"
    assert _blocked(engine, "docs/runbook/cctv.md", text) == []


def test_a_malay_route_column_is_no_password_column(engine: Engine) -> None:
    value = drawn_mixed(4210301, 14)
    text = f"# Bas\n\n| Laluan | Kod |\n|---|---|\n| KL - Desaru | `{value}` |\n"
    assert _blocked(engine, "docs/laluan.md", text) == []


# --- a login's pair after a label saying what uses it, and in a settings table's login row -------------------------------

@pytest.mark.parametrize("label", ["SQL login used by the fitting bridge", "SQL login used for the nightly sync",
                                   "Database login by the backup job", "SQL login for the fitting bridge"])
def test_a_login_pair_after_what_uses_it_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Noah server handover\n\n- SQL Server 2019 Express, instance `NOAH`\n"
            f"- {label}: `noahsync` / `{password}`\n- Licence renewal in March\n")
    assert _secrets(engine, "docs/handover/noah-server.md", text) == [(4, password)]


@pytest.mark.parametrize("label", ["SQL login used by the bridge", "Login used by the kiosk"])
def test_a_login_pair_after_what_uses_it_holding_a_placeholder_is_not_blocked(engine: Engine, label: str) -> None:
    text = f"# Setup\n\n- {label}: `<user>` / `<password>`\n- {label}: `sa` / `changeme`\n"
    assert _blocked(engine, "docs/setup.md", text) == []


@pytest.mark.parametrize("cell", ["`admin` / `{}`", "admin / `{}`", "`admin / {}`", "admin / {}", "**admin** / **{}**"])
@pytest.mark.parametrize("name", ["NVR admin login", "Portal credentials", "Login", "Admin login (NVR)"])
def test_a_settings_tables_login_row_blocks(engine: Engine, cell: str, name: str) -> None:
    password = _CHOSEN[2]
    text = ("# Dubai Mall branch handover\n\n| Item | Value |\n|------|-------|\n| Branch code | DXB-MALL |\n"
            f"| NVR | 10.41.1.5 (Hikvision) |\n| {name} | {cell.format(password)} |\n| Wi-Fi (staff) | see 1Password |\n")
    assert _secrets(engine, "docs/runbooks/branch-handover-dxb.md", text) == [(7, password)]
    assert _secrets(engine, "docs/branches/dxb.md", text) == [(7, password)]


@pytest.mark.parametrize("name,cell", [("NVR admin login", "`admin` / `<password>`"), ("NVR admin login", "see 1Password"),
                                       ("NVR admin login", "`admin` / `admin`"), ("Branches", "`main` / `release-2024.10`"),
                                       ("Login page", "/admin / /login"), ("Regions", "`me-central-1` / `eu-west-1`")])
def test_a_settings_tables_login_row_without_a_password_is_not_blocked(engine: Engine, name: str, cell: str) -> None:
    text = f"# Branch\n\n| Item | Value |\n|------|-------|\n| {name} | {cell} |\n"
    assert _blocked(engine, "docs/runbooks/branch-handover-dxb.md", text) == []


# --- an account's password below the item saying its host and user in a sentence ------------------------------------------

@pytest.mark.parametrize("details", [
    "- Price lists: FTP `ftp.supplier-traders.in`, user `oudmajlis`",
    "- SFTP host `sftp.partner.co.uk`, login `acme01`",
    "- Server: `ftp.supplier-traders.in`\n- User: `oudmajlis`",
    "- Feed: SSH `files.supplier-traders.in:2222`, username `oudmajlis`",
])
def test_a_password_below_its_accounts_host_and_user_blocks(engine: Engine, details: str) -> None:
    password = drawn_mixed(4210400, 12)
    text = f"# Suppliers\n\n## Assam\n{details}\n- Password: `{password}` (changed after Eid)\n- Contact: Mr. Baruah\n"
    line = text.split("\n").index(f"- Password: `{password}` (changed after Eid)") + 1
    assert _secrets(engine, "docs/suppliers/agarwood.md", text) == [(line, password)]


@pytest.mark.parametrize("details,password", [
    ("- Price lists: FTP `ftp.example.com`, user `demo`", drawn_mixed(4210401, 12)),  # (a tutorial's host)
    ("- Price lists: FTP `ftp.supplier-traders.in`", drawn_mixed(4210402, 12)),  # (no user)
    ("- Price lists: FTP `ftp.supplier-traders.in`, user `ops`", "Password123"),  # (a stock password)
    ("- Price lists: FTP `ftp.supplier-traders.in`, user `ops`", "Traders2024"),  # (a word and a year: a stand-in)
    ("- Price lists: FTP `ftp.supplier-traders.in`, user `ops`", "<password>"),
    ("- Price lists: in the `prices` folder, user `ops`", drawn_mixed(4210403, 12)),  # (no host)
])
def test_a_password_below_no_accounts_host_and_user_is_not_blocked(engine: Engine, details: str, password: str) -> None:
    text = f"# Suppliers\n\n{details}\n- Password: `{password}`\n"
    assert _blocked(engine, "docs/suppliers/agarwood.md", text) == []


# --- a handover note's key on the line below its wrapped list item ----------------------------------------------------------

_WRAPPED_ITEMS = [
    "- Razer Merchant Services: **secret key** belum dipindah ke Secrets Manager, masih dalam\n"
    "  cron pelayan lama `tiket-legacy-01`. Nilai semasa:\n  `{}`\n  (verify key sama seperti dalam portal).\n",
    "- Payment gateway: the **secret key** has not moved to Secrets Manager yet; it is still in\n"
    "  the old server's cron. Current value:\n  `{}`\n",
    "- Courier API token not rotated since 2022,\n  still in the legacy box. Value:\n  `{}` (rotate after I leave)\n",
    "- Razer: **secret key** not moved yet, current value:\n  `{}`\n",
]


@pytest.mark.parametrize("item", _WRAPPED_ITEMS)
@pytest.mark.parametrize("filename", ["docs/serahan/serahan_tugas_it_2024.md", "docs/handover/it-2024.md",
                                      "docs/serah-terima/it.md"])
def test_a_handover_notes_key_below_its_wrapped_item_blocks(engine: Engine, item: str, filename: str) -> None:
    key = drawn_mixed(4210500, 32, "0123456789abcdef")
    text = "# Nota serahan tugas\n\n## Gerbang pembayaran\n" + item.format(key) + "- Billplz: OK, dalam k8s Secret.\n"
    line = text.split("\n").index(f"  `{key}`" + (" (rotate after I leave)" if "rotate" in item else "")) + 1
    assert _secrets(engine, filename, text) == [(line, key)]


@pytest.mark.parametrize("filename", ["docs/api/payments.md", "docs/serahan/projek.md"])
def test_a_key_below_a_wrapped_item_off_the_teams_own_record_is_not_blocked(engine: Engine, filename: str) -> None:
    key = drawn_mixed(4210501, 32, "0123456789abcdef")
    text = "# Payments\n\n" + _WRAPPED_ITEMS[1].format(key)
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("below", ["  `<secret-key>`", "  `YOUR_SECRET_KEY_HERE`", "  `tiket-legacy-01`",
                                   "  `https://portal.example/settings`"])
def test_a_wrapped_items_span_that_is_no_drawn_key_is_not_blocked(engine: Engine, below: str) -> None:
    text = ("# Handover\n\n- Razer: **secret key** not moved yet; it is still in\n  the old cron. Current value:\n"
            + below + "\n")
    assert _blocked(engine, "docs/handover/it.md", text) == []


def test_a_wrapped_item_naming_no_credential_is_not_blocked(engine: Engine) -> None:
    value = drawn_mixed(4210502, 32, "0123456789abcdef")
    text = f"# Handover\n\n- Deploys: the last release's commit is\n  recorded in the wiki. Current value:\n  `{value}`\n"
    assert _blocked(engine, "docs/handover/it.md", text) == []
