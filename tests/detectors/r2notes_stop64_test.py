"""Blind round of stop 64, second notes share (runbooks, handover notes, a person's notes pad, chats, tickets, a log and
sheets): the forms a team's own text gives a credential in. Through the engine. Generated fakes only: seeds
7440000-7449999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Fiore", "Limbara", "Zernez", "Naluns", "Morvoren", "Lotus", "Gallura", "Ogliastra", "Sulcis", "Teni")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Fiore#Limbara9075`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 14, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A password or key a generator drew (`dYdJZmuOMLZIi8`), both cases and a digit."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_CHOSEN = [_chosen(7440000 + step) for step in range(8)]
_DRAWN = [_drawn(7440100 + step) for step in range(6)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)
    assert all(len(value) == 14 and value.isalnum() for value in _DRAWN)


# --- a Romance language's sentence borrowing English's `password`, on a documentation page ----------------------------

@pytest.mark.parametrize("line", [
    '  Usare "itadmin", la password è {pw} (cambiala appena puoi).',  # (Italian: use "itadmin", the password is …)
    "- La password del NAS ora è {pw}.",  # (the NAS's password is now …)
    "La password de la caja es {pw}, no la compartas",  # (Spanish's borrowing)
    "A password do router é {pw}",  # (Portuguese's)
])
def test_a_pages_borrowed_password_after_a_romance_copula_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[0]
    text = f"Passaggio consegne IT\n\n{line.format(pw=password)}\n- Il backup gira alle 02:30.\n"
    assert _secrets(engine, "docs/note/consegne.txt", text) == [(3, password)]


@pytest.mark.parametrize("line", [
    "la password è scaduta ieri, chiedere a Mario.",  # (the password expired yesterday: prose)
    "la password è lunga almeno dodici caratteri",  # (a policy)
    "la password è cambiata-ogni-mese.",  # (a compound of prose)
    "la password è nel Bitwarden del reparto",  # (where it is kept)
    "la password è ********",
])
def test_a_pages_borrowed_password_sentence_without_one_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Passaggio consegne IT\n\n{line}\n"
    assert _blocked(engine, "docs/note/consegne.txt", text) == []


# --- a notes pad's label led by password's abbreviation, what it is for after it ---------------------------------------

@pytest.mark.parametrize("filename", ["gates/docs/notas_curdin.txt", "notes/curdin.txt", "ops/notes.txt"])
@pytest.mark.parametrize("label", ["pw vpn", "PW VPN", "Pw vpn portas", "pwd wifi gäste", "passwd router",
                                   "pw vpn (office)"])
def test_an_abbreviated_head_first_label_blocks(engine: Engine, filename: str, label: str) -> None:
    password = _CHOSEN[1]
    text = f"notas curdin\n\nvpn portas: vpn.gates.internal\nutent: curdin.b\n{label}: {password}\n"
    assert _secrets(engine, filename, text) == [(5, password)]


@pytest.mark.parametrize("line", [
    "pw reset: done",
    "pw manager: Bitwarden",
    "pwd router: see vault",
    "pw vpn: changeme",
    "pw vpn: ********",
    "pw vpn: (ask Curdin)",
])
def test_an_abbreviated_head_first_label_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"notas curdin\nutent: curdin.b\n{line}\n"
    assert _blocked(engine, "notes/curdin.txt", text) == []


# --- a label in the note's language glossed `(password)` --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "4. Still failing? The sync user on the DB is till_sync, ger-tremena (password): {pw}",  # (Cornish, glossed)
    "- cyfrinair (password): {pw}.",  # (Welsh)
    "Kennung (PW): {pw}",
])
def test_a_label_glossed_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[2]
    text = f"TILLS OFFLINE\n1. Restart the router.\n{line.format(pw=password)}\n   Run: psql -h db.tills.internal -U till_sync\n"
    assert _secrets(engine, "docs/runbooks/tills-offline.txt", text) == [(3, password)]


@pytest.mark.parametrize("line", [
    "The sync user is till_sync, ger-tremena (password): ask Lowena",
    "ger-tremena (password): changeme",
    "ger-tremena (password): ********",
    "ger-tremena (password): see-the-vault-entry",  # (a compound of prose)
])
def test_a_label_glossed_password_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"TILLS OFFLINE\n{line}\n"
    assert _blocked(engine, "docs/runbooks/tills-offline.txt", text) == []


# --- an import's initial password column, English's word head first before a Romance language's ----------------------

@pytest.mark.parametrize("column", ["password_iniziale", "password temporanea", "Password_Provvisoria", "password_inicial",
                                    "password_temporal", "password_provisoire", "password_initial", "pwd_temp"])
def test_an_imports_head_first_initial_password_column_blocks(engine: Engine, column: str) -> None:
    password = _DRAWN[0]
    text = (f"partita_iva,ragione_sociale,email,utente,{column}\n"
            f"01234560921,Trasporti Nord srl,ufficio@trnord.example,trnord,{password}\n"
            "02345670924,Autolinee Sud snc,info@alsud.example,alsud,(inviata via PEC)\n")
    assert _secrets(engine, "porto/import/utenti.csv", text) == [(2, password)]


@pytest.mark.parametrize("column", ["password_iniziale", "password_policy", "password_hint"])
def test_an_initial_password_column_of_no_passwords_is_not_blocked(engine: Engine, column: str) -> None:
    text = (f"partita_iva,ragione_sociale,email,utente,{column}\n"
            "01234560921,Trasporti Nord srl,ufficio@trnord.example,trnord,(inviata via PEC)\n"
            "02345670924,Autolinee Sud snc,info@alsud.example,alsud,cambiami\n"
            "03456780925,Sulcis spa,log@sulcis.example,sulcis,5f4dcc3b5aa765d61d8327deb882cf99\n")
    assert _blocked(engine, "porto/import/utenti.csv", text) == []


# --- a sheet's free-text cell giving a key in words --------------------------------------------------------------------

def _token(seed: int) -> str:
    return "hk_" + _drawn(seed, 32)


@pytest.mark.parametrize("cell", [
    '"temp key {key} (Sreyneang, rotate!)"',
    '"new token: {key}"',
    "live key {key}",
    '"API key is {key}, rotate in May"',
])
def test_a_cells_worded_key_blocks(engine: Engine, cell: str) -> None:
    key = _token(7440200)
    text = ("hotel,contact,webhook_url,notes\n"
            'Angkor Inn,frontdesk@angkor.example,https://wheels.example/hooks/hotel/avr,"key in vault"\n'
            f"Lotus Inn,ops@lotus.example,https://wheels.example/hooks/hotel/lbr,{cell.format(key=key)}\n")
    assert _secrets(engine, "booking/ops/partner_hotels.csv", text) == [(3, key)]


@pytest.mark.parametrize("cell", [
    '"key in vault"',
    '"api key 550e8400-e29b-41d4-a716-446655440000"',  # (an id, one case)
    '"new key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',  # (a digest)
    '"temp key ROTATED-BY-OPS-TEAM"',
    '"new key generated yesterday, see vault"',
    '"new key {{SREYNEANG_WEBHOOK_KEY}}"',
])
def test_a_cells_worded_key_without_one_is_not_blocked(engine: Engine, cell: str) -> None:
    text = ("hotel,contact,webhook_url,notes\n"
            f"Lotus Inn,ops@lotus.example,https://wheels.example/hooks/hotel/lbr,{cell}\n")
    assert _blocked(engine, "booking/ops/partner_hotels.csv", text) == []


# --- a chat message's login pair, the user given with `=`, a word of the message's language before the password's -----

@pytest.mark.parametrize("message", [
    "kiosk user = kiosk, புது password {pw} , try pannunga",  # (Tamil's new)
    "user = kiosk, new password {pw}",
    "login = kiosk, nouveau pwd {pw}, essaie",  # (French's new)
])
def test_a_chats_spoken_pair_with_a_word_before_the_password_blocks(engine: Engine, message: str) -> None:
    password = _DRAWN[1]
    text = ("12/03/26, 10:02 - Suresh IT: branch printer offline again\n"
            f"12/03/26, 10:07 - Suresh IT: {message.format(pw=password)}\n12/03/26, 10:09 - Kavitha: ok working\n")
    assert _secrets(engine, "ops/notes/it_group_chat_2026-03.txt", text) == [(2, password)]


@pytest.mark.parametrize("message", [
    "user kiosk, the password is in the vault",
    "user = kiosk, new password pending , ask Suresh",
    "user kiosk, reset password tomorrow-morning , ok",
    "user = kiosk, new password ******** , ask me",
])
def test_a_chats_spoken_pair_without_a_password_is_not_blocked(engine: Engine, message: str) -> None:
    text = f"12/03/26, 10:07 - Suresh IT: {message}\n"
    assert _blocked(engine, "ops/notes/it_group_chat_2026-03.txt", text) == []
