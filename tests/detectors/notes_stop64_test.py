"""Blind round of stop 64 (notes, chat exports, support tickets and sheets): a team's notes give a login's pair after a
label saying whom the login is for in their own language (`WaWi Login fir d'Keess: kees_rem / …`, Luxembourgish's `fir`,
German's `für`, Dutch's `voor`, French's `pour`, Spanish's and Portuguese's `para`, Italian's `per`), as English's `for`
was read. A stock pair, a choice of ways and a stand-in stay none. Through the engine.
Generated fakes only: seeds 7230000-7230999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, length: int = 19, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-") -> str:
    """A password a generator drew (`TO8f6ofLvY2R-5DeHIf`), both cases and a digit."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value) \
                and value[0].isalnum() and value[-1].isalnum():
            return value


_DRAWN = [_drawn(7230000 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) == 19 and any(c.isdigit() for c in value) for value in _DRAWN)


# --- a login's pair after a label saying whom it is for, in other languages -----------------------------------------

@pytest.mark.parametrize("label", [
    "WaWi Login fir d'Keess",  # (Luxembourgish: the stock system's login for the till)
    "Login für die Kasse",  # (German)
    "Login fuer die Kasse",
    "Login voor de kassa",  # (Dutch)
    "Login pour la caisse",  # (French)
    "Login para o painel",  # (Portuguese)
    "Login per il gestionale",  # (Italian)
    "Login for the till",  # (English, as before)
])
def test_a_login_for_whom_in_another_language_blocks(engine: Engine, label: str) -> None:
    password = _DRAWN[0]
    text = (f"Keess Remich -- Installatioun\n\n- PC: KEES-REM01, Windows 11\n- {label}: kees_rem / {password}\n"
            "- TeamViewer: lafen net méi\n")
    assert _secrets(engine, "notes/kees-setup.txt", text) == [(4, password)]


def test_a_docs_trees_notes_folder_reads_the_same_login(engine: Engine) -> None:
    password = _DRAWN[1]
    text = f"Installatioun 04.11.2026\n\n- WaWi Login fir d'Keess: kees_rem / {password}\n"
    assert _secrets(engine, "docs/notes/kees-setup.txt", text) == [(3, password)]


@pytest.mark.parametrize("pair", [
    "kees_rem / kees_rem",  # (the user again)
    "admin / admin",  # (a stock pair)
    "par e-mail / SMS",  # (a choice of ways)
    "kees_rem / <passwuert>",  # (a stand-in)
])
def test_no_password_after_a_login_for_whom_stays_none(engine: Engine, pair: str) -> None:
    text = f"Keess Remich -- Installatioun\n\n- Login fir d'Keess: {pair}\n"
    assert _secrets(engine, "notes/kees-setup.txt", text) == []


def test_a_word_that_says_no_whom_stays_none(engine: Engine) -> None:
    # (a login word, then words that are no preposition of whom, then a colon: a sentence's clause, no label)
    password = _DRAWN[2]
    text = f"- Der Login klappt nicht immer wenn man tippt: kees_rem / {password}\n"
    assert _secrets(engine, "notes/kees-setup.txt", text) == []


# --- a sheet's initial-password column, whatever column names the account -----------------------------------------

def _initial(seed: int) -> str:
    """A first-login password a generator drew, twelve characters (`SuJ8e2XRoG2z`)."""
    return _drawn(seed, length=12, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")


@pytest.mark.parametrize("header", [
    "terminal,buyer_code,contact,initial_password,notes",  # (a trade floor's terminals, each a buyer's account)
    "station;code;temp_password",  # (`;` separated, a temporary password)
    "desk,one_time_password",
])
def test_an_initial_password_column_with_no_user_column_blocks(engine: Engine, header: str) -> None:
    password = _initial(7230100)
    delimiter = ";" if ";" in header else ","
    cells = ["T01", "BK", "Akbar Brothers", password, "change at first login"][:header.count(delimiter) + 1]
    if header.startswith("desk"):
        cells = ["D4", password]
    elif header.startswith("station"):
        cells = ["S2", "HAY", password]
    text = f"{header}\n{delimiter.join(cells)}\nT02{delimiter}MJF{delimiter}(reset pending)\n"
    assert _secrets(engine, "data/accounts.csv", text) == [(2, password)]


@pytest.mark.parametrize("cell", ["(reset pending)", "(uses SSO)", "********", "ChangeMe123",
                                  "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5d3wQ6bH9H5xqBX8nZ1G5pKq6K8F0a2"])
def test_an_initial_password_column_without_a_password_stays_none(engine: Engine, cell: str) -> None:
    text = f"terminal,buyer_code,contact,initial_password,notes\nT01,BK,-,{cell},\n"
    assert _secrets(engine, "data/accounts.csv", text) == []


def test_a_plain_password_column_with_no_user_column_stays_as_it_was(engine: Engine) -> None:
    # (a password column named for no first login, no user, site or person beside it: the tabular reader's own bar,
    # 16 characters, so a 12-character cell passes)
    text = f"terminal,buyer_code,contact,password,notes\nT01,BK,-,{_initial(7230101)},\n"
    assert _secrets(engine, "data/accounts.csv", text) == []


# --- a settings sheet: each row's setting and its value side by side ----------------------------------------------

_KEY = _drawn(7230200, length=16, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")


@pytest.mark.parametrize("header, name", [
    ("setting,value,notes", "consumer_secret"),  # (a payment gateway's settings, a note beside each)
    ("name,value", "client_secret"),
    ("key,value", "api_key"),
    ("parameter;wert", "smtp_password"),  # (`;` separated, German's value column)
    ("option\tvalue", "webhook_secret"),
])
def test_a_settings_sheets_credential_setting_blocks(engine: Engine, header: str, name: str) -> None:
    delimiter = ";" if ";" in header else ("\t" if "\t" in header else ",")
    text = (f"{header}\nshortcode{delimiter}600321\n{name}{delimiter}{_KEY}\n"
            f"callback_url{delimiter}https://pay.example.org/callback\n")
    assert _secrets(engine, "payments/gateway_config.csv", text) == [(3, _KEY)]


@pytest.mark.parametrize("row", [
    "consumer_secret,changeme,",  # (a stand-in)
    "consumer_secret,${CONSUMER_SECRET},",  # (a reference)
    "secret_name,prod-gateway-consumer-secret,",  # (a name, no secret)
    "environment,production,",
    "shortcode,600321,consumer_secret",  # (the word in the notes column, no setting)
])
def test_a_settings_sheets_row_without_a_credential_stays_none(engine: Engine, row: str) -> None:
    text = f"setting,value,notes\n{row}\n"
    assert _secrets(engine, "payments/gateway_config.csv", text) == []


def test_a_value_column_without_a_settings_name_column_is_no_settings_sheet(engine: Engine) -> None:
    # (an `id` column is a row's number, no setting's name: `consumer_secret` in it is a label's text)
    text = f"id,value\nconsumer_secret,{_KEY}\n"
    assert _secrets(engine, "payments/gateway_config.csv", text) == []


# --- a chat's reply giving a password below a message naming it ---------------------------------------------------

_REPLY_WORDS = ("Maloti", "Khomo", "Nakawa", "Namirembe", "Tindur", "Smyril", "Letsie", "Kasubi")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Maloti$Khomo9205`)."""
    generator = random.Random(seed)
    return (generator.choice(_REPLY_WORDS) + generator.choice("$*#!@%") + generator.choice(_REPLY_WORDS)
            + str(generator.randint(1000, 9999)))


_CHOSEN = [_chosen(7230300 + step) for step in range(4)]


@pytest.mark.parametrize("asking, reply", [
    # (Sesotho: it asks for the admin password / try … (in capitals, as written))
    ("[2024/07/03, 06:44] Palesa: Ee, e botsa password ea admin",
     "[2024/07/03, 06:47] Tumelo: Leka {pw} (ka litlhaku tse kholo joalo ka ha li ngoliloe)"),
    # (Luganda: did we change the admin password? / yes. the new one: … (don't share it outside this group))
    ("12/05/2024, 08:15 - Kato Brian: Naye password ya admin ey'omukutu twagikyusa?",
     "12/05/2024, 08:17 - Mugisha IT: Yee. Empya: {pw} (tegigabana wabweru wa group eno)"),
    ("[03.07.24, 06:44] Anna: Wie war das Kennwort vom Kassen-PC?", "[03.07.24, 06:45] Jonas: {pw}"),
    ("[03/07/2024, 06:44] Sam: what's the wifi password again?", "[03/07/2024, 06:45] Lee: it's {pw}!"),
])
def test_a_chosen_password_replying_to_a_message_naming_it_blocks(engine: Engine, asking: str, reply: str) -> None:
    password = _CHOSEN[0]
    text = f"{asking}\n{reply.format(pw=password)}\n[2024/07/03, 06:49] Palesa: E bulehile, kea leboha!!\n"
    assert _secrets(engine, "notes/whatsapp-front-desk.txt", text) == [(2, password)]


def test_a_chat_export_named_so_in_a_docs_tree_is_read_as_a_chat(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = ("12/05/2024, 08:15 - Kato Brian: Naye password ya admin twagikyusa?\n"
            f"12/05/2024, 08:17 - Mugisha IT: Yee. Empya: {password}\n")
    assert _secrets(engine, "stalls/docs/whatsapp_IT_group_export.txt", text) == [(2, password)]


@pytest.mark.parametrize("reply", [
    "Leka {pw}",  # (no message above names a password: see the text below, it asks about the printer)
])
def test_a_reply_below_no_password_question_stays_none(engine: Engine, reply: str) -> None:
    text = (f"[2024/07/03, 06:44] Palesa: Printer ea ski hire ha e sebetse\n"
            f"[2024/07/03, 06:47] Tumelo: {reply.format(pw=_CHOSEN[2])}\n")
    assert _secrets(engine, "notes/whatsapp-front-desk.txt", text) == []


@pytest.mark.parametrize("reply", [
    "Leka https://pos.example.org/reset?u=admin1",  # (a link)
    "Leka v2.4.1-rc1",  # (a version)
    "Leka Welcome1!",  # (a tutorial's stock password)
    "Leka ho e reset ho admin-portal ka mor'a hora",  # (a sentence, no value ending it)
    "Leka palesa@ski-hire.co.ls",  # (an e-mail address)
    "Leka ***********",  # (masked)
])
def test_a_reply_with_no_chosen_password_stays_none(engine: Engine, reply: str) -> None:
    text = ("[2024/07/03, 06:44] Palesa: Ee, e botsa password ea admin\n"
            f"[2024/07/03, 06:47] Tumelo: {reply}\n")
    assert _secrets(engine, "notes/whatsapp-front-desk.txt", text) == []


def test_a_documentation_page_about_a_messenger_stays_documentation(engine: Engine) -> None:
    # (a page about a messenger's integration names no chat nor export: documentation, its chat-like lines examples)
    text = ("12/05/2024, 08:15 - Kato: Naye password ya admin twagikyusa?\n"
            f"12/05/2024, 08:17 - Mugisha: Yee. Empya: {_CHOSEN[3]}\n")
    assert _secrets(engine, "stalls/docs/whatsapp-integration.txt", text) == []


# --- a support ticket's record, and a key's label with words before its colon -------------------------------------

def _hex_key(seed: int) -> str:
    """A key a vendor's portal drew, 32 hex digits (`7b88e0e9197b36079409043daef71560`)."""
    return "%032x" % random.Random(seed).getrandbits(128)


_HEX_KEY = _hex_key(7230400)


@pytest.mark.parametrize("label", [
    "API key gye tukozesa",  # (Luganda: the API key we use)
    "API key we use",
    "Secret key ya prod",
    "Access token ya webhook",
])
@pytest.mark.parametrize("filename", ["genda_boda/support/ticket-4471.txt", "docs/support/2024-07-02-momo.txt",
                                      "helpdesk/INC-2291.txt", "notes/momo.txt"])
def test_a_key_label_then_words_in_a_ticket_or_a_note_blocks(engine: Engine, label: str, filename: str) -> None:
    text = (f"Ticket #4471 -- MoMo integration\nFrom: Wasswa\n\nPayouts zaffe zigaana ne 401.\n"
            f"{label}: {_HEX_KEY}\nTarget environment: production\n")
    assert _secrets(engine, filename, text) == [(5, _HEX_KEY)]


@pytest.mark.parametrize("line", [
    "API key id we use: {key}",  # (its id)
    "API key for the sandbox: {key}",  # (a test's)
    "Public key we share: {key}",  # (no compound secret name; public)
    "API key we use: see-the-vault-entry",  # (a note, no value)
    "API key rotation date: 2024-07-02T10:00:00Z",  # (a date)
])
def test_a_key_label_then_words_naming_no_secret_value_stays_none(engine: Engine, line: str) -> None:
    text = f"Ticket #4471\n\n{line.format(key=_HEX_KEY)}\n"
    assert _secrets(engine, "support/ticket-4471.txt", text) == []


@pytest.mark.parametrize("filename", ["docs/support/contact.txt", "docs/support/faq.txt"])
def test_a_support_folders_page_named_by_no_ticket_nor_day_stays_documentation(engine: Engine, filename: str) -> None:
    text = f"Contacting support\n\nAPI key we use: {_HEX_KEY}\n"
    assert _secrets(engine, filename, text) == []


# --- a sentence's password after `with the password` ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, line", [
    # (Faroese: logged in on the kiosk PC over AnyDesk with the password / … and restarted the print service)
    ("Loggaði inn á kiosk-PC'ina umvegis AnyDesk við loyniorðinum\n{pw} og endurbyrjaði \"Print Service\".", 4),
    ("Loggaði inn við loyniorðinum {pw} og endurbyrjaði tænastuna.", 3),
    ("Logged in over AnyDesk with the password\n{pw} and restarted the print service.", 4),
    ("Logged in with the admin password {pw}, then restarted the print service.", 3),
    ("Ingelogd met het wachtwoord {pw} en de printer herstart.", 3),  # (Dutch)
])
def test_a_password_given_after_with_the_password_blocks(engine: Engine, sentence: str, line: int) -> None:
    password = _CHOSEN[0]
    text = f"Mál #4471 - Kiosk TH-KIOSK-01\n\n{sentence.format(pw=password)}\nVirkar aftur kl. 07:55.\n"
    assert _secrets(engine, "docs/support/2024-07-02-kiosk.txt", text) == [(line, password)]


@pytest.mark.parametrize("sentence", [
    "Logged in with the password from the vault and restarted the service.",  # (where it is, no value)
    "Logged in with the password Welcome1! and restarted the service.",  # (a tutorial's stock password)
    "Logged in with password authentication and restarted the service.",  # (prose)
    "Loggaði inn við loyniorðinum\nsum stendur í KeePass og endurbyrjaði.",  # (Faroese: … with the password that is in KeePass)
])
def test_with_the_password_giving_no_password_stays_none(engine: Engine, sentence: str) -> None:
    text = f"Mál #4471\n\n{sentence}\n"
    assert _secrets(engine, "support/ticket-4471.txt", text) == []


def test_with_the_password_on_a_documentation_page_stays_none(engine: Engine) -> None:
    # (a product's page telling its reader what to type is documentation: the operators' notes' reader is not its)
    text = f"Signing in\n\nLog in with the password {_CHOSEN[1]} and change it.\n"
    assert _secrets(engine, "docs/guide/signing-in.txt", text) == []
