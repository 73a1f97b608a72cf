"""Blind round of stop 69, notes share (network notes, meeting minutes, runbooks, handover notes and mails in Sundanese,
Indonesian, Hiligaynon, French, Palauan and English): the forms a team's own text gives a credential in, in those
languages and in English where the form was missing there too. Through the engine. Generated fakes only
(tests/fakes.py): seeds 9020000-9029999."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_SEED = 9020000


def _chosen(step: int) -> str:
    """A password chosen with care: a word, a symbol, a word and four digits (`Qwmtz#Bkplq4821`)."""
    seed = _SEED + 10 * step
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 6, string.ascii_lowercase) + "#*%+"[step % 4]
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 5, string.ascii_lowercase)
            + drawn(seed + 4, 4, string.digits))


_HEX_KEY = drawn(_SEED + 900, 32, "0123456789abcdef")
_TOKEN = drawn(_SEED + 901, 32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(_chosen(step)) == 18 and _chosen(step)[-4:].isdigit() for step in range(8))
    assert len(set(_HEX_KEY)) > 8 and len(_TOKEN) == 32


# --- `sandi` alone as a note's or a mail's label --------------------------------------------------------------------

@pytest.mark.parametrize("filename, text, line", [
    ("kantor/catatan_wifi.txt", "SSID     : GUDANG-2\nSandi    : {pw}\nVLAN 30  : tamu\n", 2),
    ("arsip/2024-02-akun.eml", "Subject: akun\n\nIeu akunna:\n  email : kasir@toko.id\n  sandi : {pw}\n", 5),
    ("catatan/router.txt", "- Sandi: {pw}\n", 1),
    ("notes/akun.md", "Router admin\n\nSANDI: {pw}\n", 3),
])
def test_sandi_alone_labels_a_notes_password(engine: Engine, filename: str, text: str, line: int) -> None:
    value = _chosen(1)
    assert _secrets(engine, filename, text.format(pw=value)) == [(line, value)]


@pytest.mark.parametrize("text", [
    "Sandi Morse: ...---...\n",  # (a code of another kind)
    "Sandi: 1234\n",  # (a PIN-like code, no password chosen with care)
    "Sandi: rahasia\n",  # (a word)
    "sandi : diganti unggal bulan\n",  # (prose)
])
def test_sandi_alone_before_no_password_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "kantor/catatan.txt", text) == []


# --- a Wi-Fi network's pair after a label placing the network ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Wi-Fi a hangar", "Wi-Fi at the depot", "WiFi di kantor", "Wi-Fi du bureau",
                                   "WLAN im Lager"])
def test_wifi_pair_after_a_placed_network_label(engine: Engine, label: str) -> None:
    value = _chosen(2)
    assert _secrets(engine, "notes/site.txt", f"- {label}: Depot-Staff / {value}\n") == [(1, value)]


@pytest.mark.parametrize("text", [
    "- Wi-Fi in the lab: 2.4 GHz / 5 GHz\n",
    "- Wi-Fi adapters: Intel-AX210 / Realtek-8852BE\n",
    "- Wi-Fi at the cafe: guests / ask the staff\n",
    "- Wi-Fi at the depot: WPA2-Personal / WPA3-Personal\n",
])
def test_wifi_label_pairs_of_no_key_stay_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "notes/site.txt", text) == []


# --- a sentence's password before a dash ending its line -------------------------------------------------------------

def test_password_said_before_a_dash_that_ends_the_line(engine: Engine) -> None:
    value = _chosen(3)
    text = (f"3. Wifi at the grounds: network \"Events\", the gate VLAN password is {value} —\n"
            "   the venue's IT gives us this each year.\n")
    assert _secrets(engine, "docs/ops/gate-runbook.md", text) == [(1, value)]
    assert _secrets(engine, "ops/notes.txt", text.replace(" —\n", " -\n")) == [(1, value)]


def test_password_word_before_a_dash_and_prose_stays_quiet(engine: Engine) -> None:
    text = "3. the password is rotated automatically —\n   ask IT.\n"
    assert _secrets(engine, "docs/ops/gate-runbook.md", text) == []


# --- a sentence wrapped between its password's word and its value ------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("- Le logiciel de caisse s'ouvre avec le compte \"caisse\", le mot de passe", "  c'est {pw} (on le change en mai)."),
    ("- the till opens with the account \"till\", and the admin password", "  is {pw} until Friday."),
    ("- Die Kasse öffnet mit dem Konto kasse, das Passwort", "  ist {pw} (bis Freitag)."),
    ("- akun kasir sudah dibuat, kata sandi", "  adalah {pw} (ganti besok)."),
])
def test_password_sentence_wrapped_before_its_value(engine: Engine, first: str, second: str) -> None:
    value = _chosen(4)
    text = first + "\n" + second.format(pw=value) + "\n"
    assert _secrets(engine, "moulin/notes/passation.txt", text) == [(2, value)]


@pytest.mark.parametrize("text", [
    "- we talked about the password\n  is automatically rotated each month.\n",
    "- the password policy says the password\n- Harbour*Lantern5531\n",  # (a new item, no sentence going on)
    "- le mot de passe\n  est changé chaque mois par l'équipe.\n",
    "# hostname:port:database:username:password\nlocalhost:5432:*:postgres:Abcdef*Ghijk1234\n",  # (a field list's header)
    "# host,user,password\n  db1,app,Abcdef*Ghijk1234\n",
])
def test_wrapped_password_word_before_prose_stays_quiet(engine: Engine, text: str) -> None:
    assert _secrets(engine, "notes/passation.txt", text) == []


# --- a label's qualifier in a Philippine language, its span below a long item ---------------------------------------

def test_password_label_with_sa_before_its_span(engine: Engine) -> None:
    value = _chosen(5)
    assert _secrets(engine, "notes/board.txt", f"3. password sa umpisa: `{value}`\n") == [(1, value)]
    assert _secrets(engine, "notes/board.txt", f"- password sang router: {value}\n") == [(1, value)]


def test_password_span_below_a_long_items_last_clause(engine: Engine) -> None:
    value = _chosen(6)
    text = ("3. **IT**: ang bag-o nga email para sa board (board@kalamay-coop.ph) — password sa umpisa:\n"
            f"   `{value}` — ilisan sang kada miembro pagkatapos sang una nga login.\n")
    assert _secrets(engine, "coop/docs/board/page.md", text) == [(2, value)]
    english = ("- IT: the board's new mailbox is ready, and we agreed on the address; initial password for the board:\n"
               f"   `{value}` — change it after the first sign-in.\n")
    assert _secrets(engine, "coop/notes/board.txt", english) == [(2, value)]


def test_span_below_a_long_line_naming_no_password_stays_quiet(engine: Engine) -> None:
    text = ("3. **IT**: ang bag-o nga email para sa board (board@coop.example.ph) — the new address is:\n"
            "   `board@coop.example.ph` — ilisan.\n")
    assert _secrets(engine, "coop/docs/board/page.md", text) == []


# --- a key's label with a possessive suffix, a note and a sentence after its value ------------------------------------

@pytest.mark.parametrize("label", ["API key-na", "API key-nya", "API key"])
def test_key_label_with_suffix_and_a_sentence_after_its_value(engine: Engine, label: str) -> None:
    text = f"  {label}: {_HEX_KEY} (akun rizal@koperasi.example.id). Dede rek nyieun cron jam 05.00.\n"
    assert _secrets(engine, "koperasi/notes/rapat.txt", text) == [(1, _HEX_KEY)]


def test_named_services_key_under_a_suffixed_label(engine: Engine) -> None:
    text = f"- Cuaca: urang make OpenWeatherMap.\n  API key-na: {_HEX_KEY} (akun rizal).\n"
    assert _secrets(engine, "koperasi/docs/wiki/cuaca.md", text) == [(2, _HEX_KEY)]


def test_public_key_with_a_note_after_it_stays_quiet(engine: Engine) -> None:
    text = f"  Public key: {_HEX_KEY} (the published one). Ask Dede.\n  API key: see the dashboard (Settings). Ask.\n"
    assert _secrets(engine, "koperasi/notes/rapat.txt", text) == []


# --- a meeting's minutes named with their date in the file's own name ------------------------------------------------

@pytest.mark.parametrize("filename", ["coop/docs/board/minutes_2025-11-15.md", "docs/2024-03-02-board-minutes.md",
                                      "koperasi/docs/catatan_rapat_it_2024-05.md", "docs/notulen-2024-01-10.md"])
def test_dated_minutes_by_their_name_are_the_teams_own(engine: Engine, filename: str) -> None:
    text = f"# Minutes\n\nPresent: A, B\n\n- API token: `{_TOKEN}`\n"
    assert _secrets(engine, filename, text) == [(5, _TOKEN)]


@pytest.mark.parametrize("filename", ["docs/minutes-template.md", "docs/how-to-take-minutes.md", "docs/release-2024-05.md"])
def test_pages_about_minutes_stay_documentation(engine: Engine, filename: str) -> None:
    text = f"# Minutes\n\nPresent: A, B\n\n- API token: `{_TOKEN}`\n"
    assert _secrets(engine, filename, text) == []
