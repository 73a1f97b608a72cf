"""Blind round of stop 61 (notes, e-mails, chat exports and CSV sheets): a team's notes and account sheets give a
password or a key in their own words. Somali calls a password `erayga sirta` (the secret's word), Breton `ger-tremen`
(a passing word), Samoan `upu faalilolilo` (a hidden word), Malagasy `teny miafina`, Pashto `پټنوم` (a hidden name);
Malagasy's key is `fanalahidy` (`fanalahidy_api`, the API key). Their sheets name each row's user `isticmaale`,
`implijer`, `mpampiasa`, `igoa` (Samoan's name: the login's, beside a site and a password). Read by the readers the
other languages' words go through: a note's `label: value`, a sheet's password column, a login sheet's password cells. A note saying where the password is,
a stand-in, and a word that names no password (`erayga` alone, Breton's `ger`, a word) stay none. Through the engine.
Generated fakes only: seeds 6220000-6220999."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Daruur", "Hargeysa", "Gwinizh", "Kemper", "Tiale", "Manono", "Vohemar", "Sava", "Kandahar", "Rubaya")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Gwinizh@Sava7412`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int = 20) -> str:
    """A password or key a generator drew: letters of both cases and digits (`khDQHhomF6PUyoTZ70HT`)."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if sum(character.isdigit() for character in value) >= 2 and any(character.isupper() for character in value[1:]) \
                and any(character.islower() for character in value):
            return value


def _passphrase(seed: int) -> str:
    """Four words a generator drew and two digits (`roob-dhir-saxan-daruur81`)."""
    generator = random.Random(seed)
    words = ("daruur", "dhir", "roob", "saxan", "gwinizh", "mor", "sistr", "holen", "imvura", "intore")
    return "-".join(generator.sample(words, 4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(6220000 + step) for step in range(8)]
_DRAWN = [_drawn(6220100 + step) for step in range(4)]
_PASSPHRASES = [_passphrase(6220200 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 20 and value.isalnum() for value in _DRAWN)
    assert all(value.count("-") == 3 and value[-2:].isdigit() for value in _PASSPHRASES)


@pytest.mark.parametrize("key", ["erayga sirta", "Erayga_Sirta", "ereyga sirta", "ger-tremen", "Ger-tremen", "ger_tremen",
                                 "gerioù-tremen", "upu_faalilolilo", "Upu faalilolilo", "upu fa'alilolilo",
                                 "teny_miafina", "پټنوم"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["fanalahidy_api", "API fanalahidy", "fanalahidy miafina"])
def test_malagasy_s_api_key_names_a_credential(key: str) -> None:
    assert names_a_credential(key)


@pytest.mark.parametrize("key", ["erayga", "sirta", "ger", "tremen", "upu", "teny", "fanalahidy", "fanalahidy_anarana"])
def test_words_naming_no_credential(key: str) -> None:
    assert not names_a_credential(key)


# --- a note's label before its bare value -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "  erayga sirta: {pw}",  # (Somali, under its list item)
    "Erayga sirta SFTP: {pw}",
    "- Ger-tremen: {pw}",  # (Breton)
    "ger_tremen = {pw}",
    "Upu faalilolilo: {pw}",  # (Samoan)
    "teny miafina: {pw}",  # (Malagasy)
    "پټنوم: {pw}",  # (Pashto)
])
def test_a_notes_label_in_these_languages_before_its_password_blocks(engine: Engine, line: str) -> None:
    password = _PASSPHRASES[0]
    text = f"Wareejinta shaqada\n\n- Server-ka SFTP: sftp.port.example\n{line.format(pw=password)}\n- Mahadsanid!\n"
    assert _secrets(engine, "notes/handover.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "erayga sirta: (Bitwarden)",
    "Ger-tremen: changeme",
    "Upu faalilolilo: 1234",
    "erayga: {pw}",  # (a word alone: no password)
    "ger: {pw}",
    "پټنوم: ********",
])
def test_a_notes_label_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Notenn\n\n{line.format(pw=_PASSPHRASES[1])}\n"
    assert _blocked(engine, "notes/handover.txt", text) == []


# --- a sheet's password or key column -----------------------------------------------------------------------------------

@pytest.mark.parametrize("header, value", [
    ("dukaan,magaalo,isticmaale,erayga_sirta,xaalad", _DRAWN[0]),  # (Somali: a shop's tills)
    ("servij,url,implijer,ger_tremen,notenn", _CHOSEN[0]),  # (Breton: a team's accounts, a chosen password too)
    ("auaunaga,url,igoa,upu_faalilolilo,faamatalaga", _CHOSEN[1]),  # (Samoan: a site, its login's name, a password)
    ("serivisy,tompony,fanalahidy_api,fanamarihana", _DRAWN[1] + _DRAWN[2]),  # (Malagasy: an API key)
])
def test_a_sheets_credential_column_in_these_languages_blocks(engine: Engine, header: str, value: str) -> None:
    columns = header.split(",")
    word = next(number for number, name in enumerate(columns)
                if name in ("erayga_sirta", "ger_tremen", "upu_faalilolilo", "fanalahidy_api"))
    row = ["cell"] * len(columns)
    row[word] = value
    kept = ["cell"] * len(columns)
    kept[word] = "(Bitwarden)"
    text = f"{header}\n{','.join(kept)}\n{','.join(row)}\n{','.join([''] * len(columns))}\n"
    assert _secrets(engine, "exports/akoonnada.csv", text) == [(3, value)]


@pytest.mark.parametrize("text", [
    "auaunaga,url,igoa,upu_faalilolilo\nfaleoloa,https://siapo.ws/admin,pule,o loo i le password manager\n",
    "servij,url,implijer,ger_tremen\nOVH,https://ovh.com,admin,(e Bitwarden)\n",
    "dukaan,isticmaale,erayga_sirta\nCaano 1,pos_1,changeme\n",
    "serivisy,tompony,fanalahidy_api\nSMS,Hery,tsy misy\nSarintany,Lala,ao amin'ny Vault\n",
    "auaunaga,url,igoa,faamatalaga\nfaleoloa,https://siapo.ws/admin,pule,{pw}\n",  # (no password column: a note's cell)
])
def test_a_sheets_column_over_no_password_is_not_blocked(engine: Engine, text: str) -> None:
    assert _blocked(engine, "exports/akoonnada.csv", text.format(pw=_CHOSEN[2])) == []


# --- a head-first label of five words, what it is for after a possessive ------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Password ya sa kuri SQL Express (TeaScale): {pw}",  # (Kinyarwanda: the sa login's on SQL Express)
    "- Password ya admin kuri router Rubaya: {pw}",
    "Password for sa on SQL Express: {pw}",
])
def test_a_head_first_label_of_five_words_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[3]
    text = f"Guhererekanya akazi\n\n- Seriveri ya Rubaya: ssh kivuadmin@10.42.0.10\n{line.format(pw=password)}\n- Murakoze\n"
    assert _secrets(engine, "docs/notes/guhererekanya.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- Password ya sa kuri SQL Express: (muri Bitwarden)",
    "- Password reset link for the new users: {pw}",  # (a label about passwords)
    "- Password ya sa kuri SQL Express: changeme",
])
def test_a_head_first_label_of_five_words_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Guhererekanya akazi\n\n{line.format(pw=_CHOSEN[4])}\n"
    assert _blocked(engine, "docs/notes/guhererekanya.txt", text) == []


# --- a note's sentence giving the password bare after its word, its copula and when --------------------------------------

@pytest.mark.parametrize("filename, line", [
    ("notennoù/merour-odoo.txt", "Ger-tremen merour Odoo a zo bremañ {pw} (cheñchet d'ar Meurzh)."),  # (Breton's folder)
    ("notes/odoo.txt", "Ger-tremen merour Odoo a zo {pw}."),
    ("notes/sftp.txt", "Erayga sirta SFTP waa {pw}, ha la wadaagin."),  # (Somali)
    ("notes/nas.txt", "Das Passwort vom NAS ist jetzt {pw} (seit März)."),  # (German)
    ("notes/router.txt", "Password ya router ni {pw}."),  # (Kinyarwanda)
])
def test_a_notes_sentence_giving_the_password_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _PASSPHRASES[2]
    text = f"Notenn evit Soazig:\n{line.format(pw=password)}\nNa gasit ket anezhañ dre bostel.\n"
    assert _secrets(engine, filename, text) == [(2, password)]


@pytest.mark.parametrize("filename, line", [
    ("notes/odoo.txt", "Ger-tremen merour Odoo a zo e Bitwarden."),  # (a word after the copula: prose)
    ("notes/odoo.txt", "Ger-tremen merour Odoo a zo cheñchet-bep-miz-gant-Yann, mar plij."),  # (prose's compound)
    ("notes/nas.txt", "Das Passwort vom NAS ist abgelaufen-und-gesperrt."),
    # (stop 63: a documentation tree's page reads the sentence as English's `password is …` at documentation's bar, a
    # drawn passphrase blocking there as in English; its placeholder stays none)
    ("docs/odoo.txt", "Ger-tremen merour Odoo a zo <ger-tremen-merour>."),
])
def test_a_notes_sentence_over_no_password_is_not_blocked(engine: Engine, filename: str, line: str) -> None:
    text = f"Notenn:\n{line.format(pw=_PASSPHRASES[3])}\n"
    assert _blocked(engine, filename, text) == []


# --- an e-mail saved among the notes, its sentence in another script ----------------------------------------------------

_MAIL_HEAD = "From: Zarghun <zarghun@wachamewa.example>\nTo: Mena <mena@wachamewa.example>\nSubject: SMS\n" \
             "Content-Type: text/plain; charset=utf-8\n\n"


@pytest.mark.parametrize("line", [
    "مینې جانې، د SMS پینل نوی پټنوم دا دی: {pw}",  # (Pashto: the SMS panel's new password is this)
    "د SMS پینل پټنوم: {pw}",
    "The SMS panel password is {pw}.",
    "Passwort SMS-Panel: {pw}",
])
def test_a_saved_mails_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[5]
    text = _MAIL_HEAD + line.format(pw=password) + "\nمننه\n"
    assert _secrets(engine, "notes/mail-from-zarghun.eml", text) == [(6, password)]


@pytest.mark.parametrize("line", [
    "د SMS پینل نوی پټنوم دا دی: (Bitwarden)",
    "د SMS پینل نوی پټنوم دا دی: changeme",
    "The SMS panel password is in Bitwarden.",
    "Message-ID: <{pw}@mail.wachamewa.example>",
])
def test_a_saved_mail_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = _MAIL_HEAD + line.format(pw=_DRAWN[3]) + "\n"
    assert _blocked(engine, "notes/mail-from-zarghun.eml", text) == []


# --- a chat's login pair pasted below a message naming the login -----------------------------------------------------

@pytest.mark.parametrize("above", [
    "د فرمایشونو پورټال ته ننوځه",  # (Pashto: log in to the orders portal)
    "can you log in to the supplier portal?",
    "нужен вход в портал заказов",
])
def test_a_chats_login_pair_below_a_message_naming_the_login_blocks(engine: Engine, above: str) -> None:
    password = _CHOSEN[6]
    text = (f"12/1/25, 09:14 - Lmar: printer is down again\n12/1/25, 09:20 - Zarghun: {above}\n"
            f"12/1/25, 09:21 - Zarghun: workshop_kdh / {password}\n12/1/25, 09:25 - Lmar: 👍\n")
    assert _secrets(engine, "notes/whatsapp-workshop.txt", text) == [(3, password)]


@pytest.mark.parametrize("above, pair", [
    ("printer is down again", "workshop_kdh / {pw}"),  # (no login named above)
    ("log in to the portal", "workshop_kdh / (Bitwarden)"),
    ("log in to the portal", "workshop_kdh / changeme1"),
    ("log in to the portal", "reports / monthly-summary-sheets"),  # (a folder's path in words)
])
def test_a_chats_pair_over_no_login_is_not_blocked(engine: Engine, above: str, pair: str) -> None:
    text = (f"12/1/25, 09:20 - Zarghun: {above}\n12/1/25, 09:21 - Zarghun: {pair.format(pw=_CHOSEN[7])}\n")
    assert _blocked(engine, "notes/whatsapp-workshop.txt", text) == []
