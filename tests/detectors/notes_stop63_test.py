"""Blind round of stop 63 (notes, chat exports, saved e-mails, handover texts and a sheet): a team's notes give a
password under their own language's word. Occitan calls a password `senhal` (a sign), Sindhi borrows English's as
`پاسورڊ` (written with Sindhi's own `ڊ`, where Pashto's `پاسورډ` has `ډ`) and says `ڳجهو لفظ` (a secret word). Read by
the readers the other languages' words go through: a note's `label: value`, a head-first label (`senhal del wifi: …`),
a label ending in the word (`Leopards API جو نئون پاسورڊ: …`), a saved e-mail's body, a sheet's password column. A
stand-in, a note saying where the password is, and a word of the phrase alone stay none. Through the engine.
Generated fakes only: seeds 7030000-7030999."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Sauvia", "Mistral", "Lavanda", "Sorelh", "Ajrak", "Mehran", "Kinjhar", "Garona", "Indus", "Tolosa")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Sauvia!Mistral1658`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 14, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A password a generator drew (`dYdJZmuOMLZIi8`), both cases and a digit."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_CHOSEN = [_chosen(7030000 + step) for step in range(6)]
_DRAWN = [_drawn(7030100 + step) for step in range(3)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)
    assert all(len(value) == 14 and value.isalnum() for value in _DRAWN)


@pytest.mark.parametrize("key", ["senhal", "Senhal", "SENHAL", "senhals", "پاسورڊ", "ڳجهو لفظ", "ڳجھو لفظ",
                                 "Leopards API جو نئون پاسورڊ"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["ڳجهو", "لفظ", "senhalizacion"])
def test_words_naming_no_password(key: str) -> None:
    assert not names_a_credential(key)


def test_sindhis_secret_word_is_two_words() -> None:
    assert key_words("ڳجهو لفظ") == ("ڳجهو", "لفظ")


# --- a note's label before its password -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "  senhal: {pw}",  # (Occitan, indented under its service and its login)
    "  Senhal: {pw}",
    "  senhal del wifi: {pw}",  # (head first, what it is for after it, as Romance languages write it)
    "ڳجهو لفظ: {pw}",  # (Sindhi: a secret word)
    "ڳجھو لفظ: {pw}",
    "- Leopards API جو نئون پاسورڊ: {pw} (پراڻو بند)",  # (the Leopards API's new password (the old one is off))
    "پاسورڊ: {pw}",
])
def test_a_notes_label_in_occitan_or_sindhi_before_its_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[0]
    text = f"Notas - buvèta\n- Logicial: https://cotisacions.example.internal\n  login: tresorier\n{line.format(pw=password)}\n"
    assert _secrets(engine, "notes/passacion.txt", text) == [(4, password)]


def test_a_saved_mails_sindhi_login_blocks(engine: Engine) -> None:
    password = _DRAWN[0]
    text = ("From: merchants@courier.example\nTo: orders@shop.example\nSubject: account\n"
            "Content-Type: text/plain; charset=utf-8\n\nاسلام عليڪم،\nيوزر: hala-shop\n"
            f"پاسورڊ: {password}\nپهرين لاگ ان تي پاسورڊ مٽايو.\n")
    assert _secrets(engine, "notes/mail-merchant.eml", text) == [(8, password)]


@pytest.mark.parametrize("line", [
    "  senhal: (veire Bitwarden)",  # (where it is kept)
    "  senhal: changeme",
    "  senhal: ********",
    "  lo senhal es dins Bitwarden",  # (a sentence saying where, no value)
    "پاسورڊ: ********",
    "ڳجهو لفظ: (استاد کان پڇو)",  # (ask the teacher)
    "لفظ: {pw}",  # (a word alone)
    "ڳجهو: {pw}",  # (secret, an adjective alone)
])
def test_a_notes_label_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Notas\n  login: tresorier\n{line.format(pw=_CHOSEN[1])}\n"
    assert _blocked(engine, "notes/passacion.txt", text) == []


# --- a sheet's password column named in Occitan ---------------------------------------------------------------------

@pytest.mark.parametrize("separator, column", [(";", "senhal"), (",", "senhals"), (";", "Senhal")])
def test_a_sheets_occitan_password_column_blocks(engine: Engine, separator: str, column: str) -> None:
    password = _CHOSEN[2]
    rows = [["servici", "url", "login", column, "responsable"],
            ["Wifi buvèta", "http://192.168.10.1", "admin", "(veire Bitwarden)", "Jòrdi"],
            ["Camèra", "https://video.club.internal", "arbitratge", password, "Pèire"]]
    text = "".join(separator.join(row) + "\n" for row in rows)
    assert _secrets(engine, "docs/comptes-servicis.csv", text) == [(3, password)]


def test_a_sheets_occitan_column_of_stand_ins_is_not_blocked(engine: Engine) -> None:
    text = ("servici;url;login;senhal;responsable\nWifi;http://192.168.10.1;admin;(veire Bitwarden);Jòrdi\n"
            "Camèra;https://video.club.internal;arbitratge;changeme;Pèire\n")
    assert _blocked(engine, "docs/comptes-servicis.csv", text) == []


# --- a meeting's note: a sentence ending in a head-first password label ---------------------------------------------

@pytest.mark.parametrize("line", [
    # (Lingala: Papy changed the ledger's admin password (don't send it on WhatsApp!), French's word, Lingala's `ya`, of)
    "- Papy abongoli mot de passe ya admin ya ledger: {pw} (kotinda yango na WhatsApp te!)",
    "- Papy abongoli mot de passe ya admin ya ledger: {pw}",
    "- Papy a changé le mot de passe de l'admin du ledger : {pw}",  # (French)
    "2. Papy reset the password of the ledger admin: {pw}.",
])
def test_a_meeting_notes_sentence_ending_in_a_head_first_label_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[3]
    text = (f"Likita ya équipe tech - 24/11/2026\nBato: Papy, Grâce, Jonathan\n\n- Migration ya ledger na Postgres 16.\n"
            f"{line.format(pw=password)}\n- Likita ekolanda: 01/12.\n")
    assert _secrets(engine, "notes/2026-11-ba-notes-ya-likita.txt", text) == [(5, password)]


@pytest.mark.parametrize("line", [
    "- Papy a changé le mot de passe de l'admin : voir Bitwarden",  # (where it is, two words)
    "- Papy abongoli mot de passe ya admin ya ledger: (na Bitwarden)",
    "- Papy abongoli mot de passe ya admin ya ledger: changeme (ya test)",
    "- Papy a changé le mot de passe admin: ********",
    "- Nouvelle règle mot de passe admin: obligatoire",  # (a new rule for the admin password: mandatory)
    "- Papy a lu le mot de passe oublié: {pw}",  # (a label about passwords: the forgotten-password page)
    "- Papy abongoli mot de passe ya admin ya ledger: 24/11/2026",  # (when, no password)
    "- Nous avons discuté longuement de la politique sur le mot de passe admin: {pw}",  # (too far into a sentence)
])
def test_a_meeting_notes_sentence_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Likita ya équipe tech\n\n{line.format(pw=_CHOSEN[4])}\n"
    assert _blocked(engine, "notes/2026-11-ba-notes-ya-likita.txt", text) == []


# --- a login's pair said in a sentence, in a note and in a chat's message -------------------------------------------

def _chat(*messages: str) -> str:
    return "".join(f"[03/05/2026, 06:1{step}] {message}\n" for step, message in enumerate(messages))


@pytest.mark.parametrize("message", [
    "Litia: the booking site login for the new divemaster is seru.dm / {pw}",
    "Litia: the booking site login is seru.dm / {pw}",
    "Litia: booking site login: seru.dm / {pw}",  # (a label's pair inside a message, as a note's line gives it)
    "Litia: @Seru the login for the booking site was seru.dm / {pw} (change it today)",
])
def test_a_chats_message_giving_a_login_pair_blocks(engine: Engine, message: str) -> None:
    password = _CHOSEN[5]
    text = _chat("Seru: Bula! boat Vonu ready, 9 divers", message.format(pw=password), "Seru: vinaka, will change it")
    assert _secrets(engine, "cakau-ops/notes/chat-export-dive-shop.txt", text) == [(2, password)]


@pytest.mark.parametrize("line", [
    "- the booking site login for the new divemaster is seru.dm / {pw}",
    "The login for the staff portal is ops@cakau.example / {pw}.",
])
def test_a_notes_sentence_giving_a_login_pair_blocks(engine: Engine, line: str) -> None:
    password = _DRAWN[1]
    text = f"Front desk notes\n\n{line.format(pw=password)}\n- Room 4 no-show\n"
    assert _secrets(engine, "notes/front-desk.txt", text) == [(3, password)]


@pytest.mark.parametrize("message", [
    "Litia: the booking site login is admin / admin",  # (a stock pair)
    "Litia: the login for the wiki is ops / ********",
    "Litia: the login for staff is first.last / birthday",  # (a rule, no password)
    "Litia: the login for the NAS is admin / (ask Seru)",
    "Litia: login is by e-mail / SMS now",  # (a choice of ways)
    "Litia: the login page is slow / broken today",
    "Litia: booking site login: seru.dm / (in Bitwarden)",
])
def test_a_chats_message_over_no_login_password_is_not_blocked(engine: Engine, message: str) -> None:
    text = _chat("Seru: Bula!", message)
    assert _blocked(engine, "cakau-ops/notes/chat-export-dive-shop.txt", text) == []


def test_a_login_sentence_in_documentation_is_not_read(engine: Engine) -> None:
    # (a tutorial's page outside any notes folder: documentation's example)
    text = f"Getting started\n\nThe demo login for the sandbox is demo.user / {_DRAWN[2]}\n"
    assert _blocked(engine, "docs/getting-started.txt", text) == []


# --- a project's NOTES.txt: its scratch pad, as TODO.md is ------------------------------------------------------------

def _django_key(seed: int) -> str:
    """A key as Django's startproject draws one: 50 characters of its alphabet, less its brackets, `$` and `#` (a note's
    unquoted `KEY = …` is read up to a `)` and not at all from a `(` or a `$`: a limit of the notes' reading, not of
    this name's)."""
    generator = random.Random(seed)
    return "".join(generator.choice("abcdefghijklmnopqrstuvwxyz0123456789!@%^&*-_=+") for _ in range(50))


_DJANGO_KEY = _django_key(7030201)


def _handover_notes(value: str) -> str:
    # (Shona: handover notes; the backup runs at 02:00 every day; if the system falls over, phone Tinashe)
    return ("Zvinyorwa zve handover -- leaf-floor\n--------------------------------\n- Server: floor-app-2\n"
            f"- gallery shop Django:\n    DJANGO_SECRET_KEY = {value}\n- Backup inoitwa 02:00 CAT mazuva ese.\n"
            "- Kana system yadonha, fonera Tinashe.\n")


@pytest.mark.parametrize("name", ["leaf-floor/NOTES.txt", "NOTES.txt", "ops/notes.txt"])
def test_a_projects_notes_txt_settings_block(engine: Engine, name: str) -> None:
    assert _secrets(engine, name, _handover_notes(_DJANGO_KEY)) == [(5, _DJANGO_KEY)]


@pytest.mark.parametrize("name, value", [
    ("leaf-floor/NOTES.txt", "<set in the server's .env>"),
    ("leaf-floor/NOTES.txt", "django-insecure-****************"),
    ("docs/NOTES.txt", _DJANGO_KEY),  # (a documentation tree's page: its values are examples)
    ("leaf-floor/NOTES.md", _DJANGO_KEY),  # (a Markdown NOTES.md is a project's design notes as often)
    ("leaf-floor/RELEASE-NOTES.txt", _DJANGO_KEY),
])
def test_a_notes_txt_stand_in_or_a_documentation_page_is_not_blocked(engine: Engine, name: str, value: str) -> None:
    assert _blocked(engine, name, _handover_notes(value)) == []


# --- a note's sentence giving a secret bare after its word, in a project-named notes folder --------------------------

def _aws_secret(seed: int) -> str:
    """An AWS secret access key's shape: 40 characters of base64's alphabet."""
    generator = random.Random(seed)
    return "".join(generator.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))


_AWS_SECRET = _aws_secret(7030300)


@pytest.mark.parametrize("line", [
    "   la secreta es {value}",  # (Spanish: the secret one is, the AWS key's id named the line before)
    "   la clave secreta es {value}.",
    "   the secret key is {value} (rotate in March)",
    "   a chave secreta é {value}",  # (Portuguese)
])
def test_a_meeting_notes_sentence_giving_a_secret_blocks(engine: Engine, line: str) -> None:
    text = ("Reunión de directorio - 12/09/2024 - Achacachi\nJutirinaka: Doña Justina, Wilmer\n\n"
            "1. Precio de la juyra real: 780 Bs/qq.\n3. Wilmer lanti AWS clave: AKIA nueva ya está en el servidor;\n"
            f"{line.format(value=_AWS_SECRET)}\n4. Jutir tantachawi: 10/10.\n")
    assert _secrets(engine, "juphasuma-notas/2024-09-12-reunion-directorio.txt", text) == [(6, _AWS_SECRET)]


@pytest.mark.parametrize("name, line", [
    ("juphasuma-notas/2025-01-20-reunion.txt", "   la secreta es la que está en el gestor"),  # (prose: where it is)
    ("juphasuma-notas/2025-01-20-reunion.txt", "   el secreto es que nadie la anotó"),
    ("juphasuma-notas/2025-01-20-reunion.txt", "   the secret is out: the AKIA key was rotated"),
    ("juphasuma-notas/2025-01-20-reunion.txt", "   la secreta es ****************************************"),
    ("project/release-notes/2024-05.txt", "   the secret key is {value}"),  # (a project's release notes: documentation)
    ("docs/aws.txt", "   la secreta es {value}"),  # (a documentation page: its values are examples)
])
def test_a_notes_sentence_over_no_secret_or_in_documentation_is_not_blocked(engine: Engine, name: str, line: str) -> None:
    text = f"Reunión técnica\n3. AWS clave: AKIA rotada;\n{line.format(value=_AWS_SECRET)}\n"
    assert _blocked(engine, name, text) == []
