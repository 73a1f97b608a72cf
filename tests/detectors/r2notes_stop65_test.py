"""Blind round of stop 65, second notes share (plain-text notes, crew logs and wiki exports): the forms a team's own
text gives a credential in. Through the engine. Generated fakes only: seeds 7740000-7749999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Tenaya", "Olancha", "Kaweah", "Minaret", "Ritter", "Piute", "Tioga", "Mono", "Lembert", "Cathedral")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Tenaya#Kaweah4821`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@$.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(7740000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)


# --- a note's sentence giving the password right after its Romance word, no copula between ---------------------------

@pytest.mark.parametrize("line", [
    '- El portátil tien l\'usuariu "refuxu" y la contraseña {pw} (camudala en mayu).',  # (Asturian)
    "- el portátil tiene el usuario ops y la contraseña {pw}, cambiarla en mayo",  # (Spanish)
    "- o NAS tem o utilizador admin e a senha {pw} - trocar em maio",  # (Portuguese)
    "- avec le mot de passe {pw} (à changer)",  # (French)
    "- l'usuari ops i la contrasenya {pw}.",  # (Catalan)
])
@pytest.mark.parametrize("filename", ["notes/traspasu.txt", "ops/notas/refugio.txt"])
def test_a_notes_password_right_after_its_romance_word_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[0]
    text = f"Traspasu de temporada\n====================\n\n{line.format(pw=password)}\n- Falta reponer mantes (6).\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- y la contraseña nueva del portátil está en el sobre.",  # (prose after the word)
    "- la contraseña caducada-cada-mes.",  # (a compound of prose)
    "- la contraseña administrador.",  # (one word, no class beyond lower case)
    "- la contraseña Administrador (cambiar)",  # (a word capitalised)
    "- a senha ********, troca em maio",
])
def test_a_notes_romance_word_followed_by_prose_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Traspasu de temporada\n\n{line}\n"
    assert _blocked(engine, "notes/traspasu.txt", text) == []


# --- a note's Amharic sentence: the password's possessive word, the value, then the copula `ነው` -------------------------

@pytest.mark.parametrize("line", [
    "ተጠቃሚው admin ሲሆን የይለፍ ቃሉ {pw} ነው፤ በፋብሪካ የተሰጠውን ቀይረናል።",  # (the user is admin and its password is …)
    "የይለፍ ቃል {pw} ነው።",
])
@pytest.mark.parametrize("filename", ["docs/notes/oven-controller.txt", "notes/oven-controller.txt"])
def test_a_notes_amharic_sentence_with_its_password_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[1]
    text = f"የምድጃ መቆጣጠሪያ ማስታወሻ\n\nየመቆጣጠሪያው የድር ገጽ http://192.168.10.40 ላይ ነው።\n{line.format(pw=password)}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


def test_the_amharic_sentence_alone_on_its_line_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]  # (the prefilter admits the line by the possessive word itself)
    assert _secrets(engine, "notes/oven.txt", f"ተጠቃሚው admin ሲሆን የይለፍ ቃሉ {password} ነው፤\n") == [(1, password)]


@pytest.mark.parametrize("line", [
    "የይለፍ ቃሉ በቮልት ውስጥ ነው፤",  # (the password is in the vault)
    "የይለፍ ቃሉ changeme ነው፤",
    "የይለፍ ቃሉ ቢያንስ 12 ፊደላት ነው፤",  # (a rule: at least 12 letters)
])
def test_an_amharic_sentence_without_a_password_is_not_blocked(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/oven-controller.txt", f"ማስታወሻ\n\n{line}\n") == []


# --- a site note's Wi-Fi key, its label's words naming the network and its SSID, more than an assignment's key ---------

@pytest.mark.parametrize("label", ["field wifi GRID-FIELD psk", "site office WLAN Yard-AP passphrase", "back room wifi key"])
@pytest.mark.parametrize("filename", ["grid/docs/site-notes/tsaile.txt", "docs/notes/site.txt", "notes/site.txt"])
def test_a_site_notes_worded_wifi_key_blocks(engine: Engine, filename: str, label: str) -> None:
    password = _CHOSEN[2]
    text = f"Tsaile chapter house - microgrid notes\n-----\nrack: back room\n{label}: {password}\ninverters: 6x\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "field wifi GRID-FIELD psk: see vault",
    "field wifi GRID-FIELD psk: <your-psk-here>",
    "field wifi GRID-FIELD ssid: {pw}",  # (the network's name, no key)
    "field wifi GRID-FIELD psk: changeme123",
    "field wifi GRID-FIELD channel: 11",
])
def test_a_site_notes_worded_wifi_label_without_a_key_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Tsaile notes\n-----\nrack: back room\n{line.format(pw=_CHOSEN[2])}\n"
    assert _blocked(engine, "grid/docs/site-notes/tsaile.txt", text) == []


# --- a crew's dated log of its work: the team's own record, its lines opening with the day's stamp --------------------

@pytest.mark.parametrize("filename", ["grid/docs/crew-log-2024-07.txt", "ops/shift-log-2024-07-09.txt",
                                      "docs/site_logbook_2024.txt", "notes/crew.txt"])
@pytest.mark.parametrize("line", [
    "07-09  New BESS installer pw after vendor visit: {pw} (Jimmy)",
    "2024-07-09 14:10 reset the gate controller password: {pw}",
])
def test_a_crew_logs_dated_line_giving_a_password_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[3]
    text = (f"07-02  Shiprock feeder F3 trip, reset recloser, 42 homes back at 14:10.\n{line.format(pw=password)}\n"
            "07-12  Replaced meter 44819022, old one to the shop.\n")
    assert _secrets(engine, filename, text) == [(2, password)]


@pytest.mark.parametrize("line", [
    "07-09  New BESS installer pw after vendor visit: see vault (Jimmy)",
    "07-09  New BESS installer pw after vendor visit: changed (Jimmy)",
    "07-09  Installer pw policy after vendor visit: twelve-characters-minimum",
])
def test_a_crew_logs_dated_line_without_a_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"07-02  Shiprock feeder F3 trip, reset recloser.\n{line}\n"
    assert _blocked(engine, "grid/docs/crew-log-2024-07.txt", text) == []


@pytest.mark.parametrize("filename", ["docs/changelog-2024-07.txt", "docs/server-log-2024-07.txt"])
def test_a_dated_change_or_machine_log_in_docs_stays_documentation(engine: Engine, filename: str) -> None:
    password = _CHOSEN[4]  # (a documentation page's bare value after a head-first label in a sentence: not read there)
    text = f"07-02  Release.\n07-09  New BESS installer pw after vendor visit: {password} (Jimmy)\n"
    assert _blocked(engine, filename, text) == []


# --- a wiki page exported to plain text, its settings table in Confluence's markup (`||…||` header, `|…|` rows) --------

@pytest.mark.parametrize("header,row", [
    ("||ነገር||እሴት||", "|የይለፍ ቃል|{pw}|"),  # (Amharic: item, value; password)
    ("||Item||Value||", "|Password|{pw}|"),
    ("|| Setting || Value ||", "| SFTP password | {pw} |"),
])
def test_a_wiki_exports_confluence_table_row_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[5]
    text = f"h1. SFTP access\n\n{header}\n|Server|sftp.example.et|\n{row.format(pw=password)}\n\n{{note}}daily{{note}}\n"
    assert _secrets(engine, "docs/wiki/ecx-sftp.txt", text) == [(5, password)]


@pytest.mark.parametrize("header,row", [
    ("||Item||Value||", "|Password|see vault|"),
    ("||Item||Value||", "|Password|changeme|"),
    ("||Item||Notes||", "|Password|{pw}|"),  # (no value column: a notes table's prose)
    ("||Item||Value||", "|Password policy|twelve-chars-min|"),
])
def test_a_confluence_table_row_without_a_password_is_not_blocked(engine: Engine, header: str, row: str) -> None:
    text = f"h1. SFTP access\n\n{header}\n|Server|sftp.example.et|\n{row.format(pw=_CHOSEN[5])}\n"
    assert _blocked(engine, "docs/wiki/ecx-sftp.txt", text) == []
