"""Blind round 58 (two): an Azerbaijani, a Kazakh and a Welsh team's pages and sheets. Azerbaijani writes Turkish's
`şifre` with its schwa, `şifrə` (and `sifre` in ASCII), and its user `istifadəçi`: a page's `istifadəçi `admin`, şifrə
`…``, a table's `| İstifadəçi | Şifrə |` column, a sheet's `istifadeci,sifre` beside its devices' `cihaz` column. A
Kazakh page writes Russian's `логин` and `пароль` (`логин `admin`, пароль: …`), its key `кілт` (`Жаңа API кілті:
`…``) and a token's label with a dated note (`Токен (full access, 2025-01-01 дейін): `…``). A table's cell gives a
device's address, then a login's `user` / `password` (`| DGT LiveChess admin | http://…:1982 - `arbiter` / `…` |`), and a
sheet's column named for a login holds `user/password` (`hub_login`). The nearest decoys stay none. Through the
engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Quba", "Sheki", "Lerik", "Gabala", "Astana", "Turan", "Esil", "Arman", "Seren", "Mynydd", "Eryri", "Llyn")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Quba%Esil4712`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(4740000 + step) for step in range(8)]
_DRAWN_PASSWORD = drawn_mixed(4740010, 14)
_DRAWN_KEY = "kz" + drawn(4740011, 62, "0123456789abcdef")
_DRAWN_TOKEN = drawn(4740012, 72, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(_DRAWN_PASSWORD) == 14 and _DRAWN_PASSWORD.isalnum()
    assert len(_DRAWN_TOKEN) == 72 and len(_DRAWN_KEY) == 64


# --- Azerbaijani's şifrə -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("docs/handover/yeni-menecer.md", "3. Kamera NVR (Hikvision): http://192.168.1.64 — istifadəçi `admin`, şifrə `{pw}`\n"),
    ("docs/filial.md", "- Router: şifrə `{pw}`\n"),
    ("docs/filial.md", "- Router: ŞİFRƏ `{pw}`\n"),
    ("docs/filial-sebeke.md", "| Cihaz | IP | İstifadəçi | Şifrə |\n|---|---|---|---|\n| MikroTik | 192.168.88.1 | admin | {pw} |\n"),
    ("docs/filial-sebeke.md", "| Cihaz | Şifrə |\n|---|---|\n| MikroTik | {pw} |\n"),
    ("docs/filial.md", "- Router 192.168.88.1, istifadəçi: admin, şifrə: {pw}\n"),
    ("config/app.json", '{{"verilənlər_bazası": {{"şifrə": "{pw}"}}}}\n'),
])
def test_an_azerbaijani_password_blocks(engine: Engine, filename: str, template: str) -> None:
    password = _CHOSEN[0]
    assert _secrets(engine, filename, template.format(pw=password)) == [password]


@pytest.mark.parametrize("header", [
    "filial,cihaz,model,ip,istifadeci,sifre,qeyd",  # (Azerbaijani's, in ASCII)
    "filial,cihaz,model,ip,istifadəçi,şifrə,qeyd",  # (in its letters)
    "sube,cihaz,model,ip,kullanici,sifre,not",  # (Turkish's)
])
def test_a_device_sheet_in_azerbaijani_or_turkish_blocks(engine: Engine, header: str) -> None:
    text = (f"{header}\nNizami,kassa-1,Sunmi T2,192.168.10.21,manager,{_DRAWN_PASSWORD[:10]},kassa\n"
            "Nizami,printer,Xprinter XP-80,192.168.10.31,,,\n"
            "Nizami,nvr,Hikvision DS-7608,192.168.10.64,admin,${NVR_PASSWORD},vault\n"
            "Genclik,kassa-1,Sunmi T2,192.168.20.21,manager,dəyişdirilməli,yeni\n")
    assert _secrets(engine, "exports/filial_cihazlari.csv", text) == [_DRAWN_PASSWORD[:10]]


@pytest.mark.parametrize("filename, text", [
    ("docs/filial.md", "Router şifrəsini yalnız Rəşad bəy dəyişə bilər.\n"),  # (prose about the password)
    ("docs/filial.md", "| Cihaz | Şifrə |\n|---|---|\n| Wi-Fi qonaq | menyuda yazılıb |\n"),
    ("docs/filial.md", "- Router: şifrə `${ROUTER_PASSWORD}`\n"),
    ("docs/filial.md", "- Router: şifrə `şifrə`\n"),
    ("exports/cihazlar.csv", "cihaz,ip,sifre\nkassa-1,192.168.10.21,dəyişdirilməli\nnvr,192.168.10.64,vault-da\n"),
])
def test_azerbaijani_words_that_give_no_password_stay_none(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text) == []


# --- Kazakh's (and Russian's) login, password, key and token -----------------------------------------------------------

@pytest.mark.parametrize("template", [
    "* Роутер MikroTik — 10.20.0.1, логин `admin`, пароль: {pw}\n",
    "* Роутер MikroTik — 10.20.0.1, логин: admin, пароль: {pw}\n",
    "* Роутер 10.20.0.1 — пайдаланушы: admin, құпиясөз: {pw}\n",
    "* Router — 10.20.0.1, user: admin, password: {pw}\n",
])
def test_a_kazakh_or_russian_login_pair_blocks(engine: Engine, template: str) -> None:
    assert _secrets(engine, "docs/handover/atbasar-it.md", template.format(pw=_DRAWN_PASSWORD)) == [_DRAWN_PASSWORD]


@pytest.mark.parametrize("text", [
    "* Wi-Fi (офис): SSID `Astyq-Office`, кілт KeePass-та\n",
    "* Роутер: логин `admin`, пароль: KeePass-та\n",  # (where it is kept: a word)
    "* Роутер: логин `admin`, пароль: ${ROUTER_PASSWORD}\n",
    "* AnyDesk: парольсіз қосылу өшірілген\n",
])
def test_kazakh_notes_that_give_no_password_stay_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/handover/atbasar-it.md", text) == []


@pytest.mark.parametrize("template", [
    "1. **SMS**: SMSC.kz-тан Mobizon-ға көштік. Жаңа API кілті: `{key}`\n",
    "- API кілті: `{key}`\n",
    "1. **SMS**: переехали на Mobizon. Новый API ключ: `{key}`\n",
])
def test_a_kazakh_or_russian_api_key_in_a_meeting_note_blocks(engine: Engine, template: str) -> None:
    assert _secrets(engine, "docs/meetings/2024-08-20-it.md", template.format(key=_DRAWN_KEY)) == [_DRAWN_KEY]


@pytest.mark.parametrize("text", [
    "1. **SMS**: Жаңа API кілті: `<MOBIZON_API_KEY>`\n",
    "1. Кілт: `enabled`\n",  # (a bare key's word: any key's)
    "1. **SMS**: Жаңа API кілті: `${MOBIZON_KEY}`\n",
])
def test_kazakh_key_words_that_give_no_key_stay_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/meetings/2024-08-20-it.md", text) == []


@pytest.mark.parametrize("template", [
    "Токен (full access, 2025-01-01 дейін): `{token}`\n",
    "Token (full access, until 2025-01-01): `{token}`\n",
    "API key (created 11.03.2024): `{token}`\n",
])
def test_a_token_whose_label_dates_it_blocks_on_a_page(engine: Engine, template: str) -> None:
    assert _secrets(engine, "docs/integrations/wialon.md", template.format(token=_DRAWN_TOKEN)) == [_DRAWN_TOKEN]


@pytest.mark.parametrize("template", [
    "Token: `{token}`\n",  # (no date: a page's example as often)
    "Token (full access): `{token}`\n",
    "Token (until 2025-01-01): `<YOUR_TOKEN>`\n",
    "Token (since v2.3.1): `{token}`\n",  # (a version, no date)
])
def test_an_undated_or_stand_in_token_on_a_page_stays_none(engine: Engine, template: str) -> None:
    assert _secrets(engine, "docs/integrations/wialon.md", template.format(token=_DRAWN_TOKEN)) == []


# --- a table cell's address and login pair; a sheet's login column --------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "http://10.0.5.2:1982 - `arbiter` / `{pw}`",
    "https://nvr.branch.lan, admin / {pw}",
    "rtsp://10.0.5.9:554 — `viewer` / `{pw}`",
])
def test_a_table_cell_s_address_then_login_pair_blocks(engine: Engine, cell: str) -> None:
    text = ("| Eitem | Manylion |\n|---|---|\n| Printer | HP, no login |\n"
            f"| DGT LiveChess admin | {cell.format(pw=_CHOSEN[1])} |\n")
    assert _secrets(engine, "docs/venue-setup.md", text) == [_CHOSEN[1]]


@pytest.mark.parametrize("cell", [
    "http://10.0.5.2:1982 - `arbiter` / `changeme`",
    "http://10.0.5.2:1982 - `arbiter` / `<password>`",
    "https://docs.example.org/setup - read / write",  # (words, no login)
    "http://10.0.5.2:1982 - see KeePass",
])
def test_a_table_cell_s_address_without_a_login_stays_none(engine: Engine, cell: str) -> None:
    text = f"| Eitem | Manylion |\n|---|---|\n| DGT LiveChess admin | {cell} |\n"
    assert _secrets(engine, "docs/venue-setup.md", text) == []


@pytest.mark.parametrize("column, cell", [
    ("hub_login", "admin/{pw}"),
    ("hub_login", "admin:{pw}"),
    ("login", "admin / {pw}"),
    ("credentials", "ops@club.cymru/{pw}"),
    ("user/password", "admin/{pw}"),
])
def test_a_sheet_s_login_column_holding_its_pair_blocks(engine: Engine, column: str, cell: str) -> None:
    text = (f"asset,type,serial,location,{column}\nWCU-B01,DGT e-Board USB,EB-20417,Storfa Caerdydd,\n"
            f"WCU-H01,DGT LiveChess hub,PI-4410,Storfa Caerdydd,{cell.format(pw=_DRAWN_PASSWORD)}\n")
    assert _secrets(engine, "inventory/dgt_boards.csv", text) == [_DRAWN_PASSWORD]


@pytest.mark.parametrize("column, cell", [
    ("hub_login", "admin/admin"),
    ("hub_login", "admin"),  # (the user alone)
    ("login", "admin/********"),
    ("login", "ops/see-vault"),
    ("login_url", "https://hub.club.cymru/login"),
    ("blog", "posts/2024"),  # (no login's column)
])
def test_a_sheet_s_login_column_without_a_password_stays_none(engine: Engine, column: str, cell: str) -> None:
    text = f"asset,type,{column}\nWCU-H01,DGT LiveChess hub,{cell}\n"
    assert _secrets(engine, "inventory/dgt_boards.csv", text) == []
