"""Blind round of stop 68 (chat exports and notes): a chat's export filed as a team files one (in a folder named for its
messenger or for chats, named as the messenger saves it in the phone's language, `chat_WhatsApp_…`); a login's pair said
after the account's word, the password's abbreviation or a Turkic word (`compte "bord", mdp …`, `login admin, parol …
ve …`, `Usuario de prueba guia.nuevo / clave …`); a reply giving the password below a message naming it in a Romance
language (`la clave del correo cambió?` then `si, ahora es …`; `le PC redemande le mdp` then `session "tri" : …`). Their
near misses stay none. Through the engine. Generated fakes only: seeds 8870000-8870999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ["Lagoa", "Ramo", "Kirpi", "Daga", "Nalu", "Vaka", "Sisa", "Wayra", "Tarpa", "Poe", "Honu", "Mayu"]


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol between, a number (`Nalu%Wayra4821`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("!#$%@*?") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


_CHOSEN = [_chosen(8870000 + step) for step in range(12)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(c.isdigit() for c in value) for value in _CHOSEN)


# --- a chat's export filed as a team files one -----------------------------------------------------------------------

_ASKED = ("03/05/24, 9:10 am - Rui Costa: the NAS login again? which user?\n"
          "03/05/24, 9:12 am - Ana Lima: user backupsvc, pass {}\n"
          "03/05/24, 9:13 am - Rui Costa: 👍\n")


@pytest.mark.parametrize("name", ["shop/ops/whatsapp/warehouse-chat.txt",
                                  "shop/ops/whatsapp/2024-05-03.txt",
                                  "shop/telegram/Gespräch mit Lager.txt",
                                  "shop/office/chat/rui-ana-2024-05.txt",
                                  "shop/docs/chat-export/viber-lager.txt",
                                  "shop/admin/chat_WhatsApp_bodega.txt",
                                  "shop/bureau/Discussion WhatsApp avec Entrepot.txt",
                                  "shop/Chat de WhatsApp con Bodega.txt",
                                  "shop/Conversa do WhatsApp com Armazem.txt"])
def test_a_chat_export_filed_so_is_read_as_a_chat(engine: Engine, name: str) -> None:
    password = _CHOSEN[0]
    assert _secrets(engine, name, _ASKED.format(password)) == [(2, password)]


@pytest.mark.parametrize("name", ["shop/docs/whatsapp/setup.txt", "shop/docs/chat/widget.txt",
                                  "shop/docs/telegram/bot-api.txt", "shop/docs/chat/release-2024-05.txt",
                                  "shop/docs/whatsapp/groups-api.txt"])
def test_a_page_about_a_messenger_stays_documentation(engine: Engine, name: str) -> None:
    from secretfence.kinds._helpers import is_no_document

    assert not is_no_document(name.lower())


# --- a login's pair said after the account's word, an abbreviation or a Turkic word ----------------------------------

@pytest.mark.parametrize("line", ['06:40  accès au portail : compte "bord", mdp {} (donné par radio)',
                                  "- compte caisse, mdp {}",
                                  "Routerge kiriñiz: login admin, parol {} ve Reboot basıñız",
                                  "panel girişi: login muhasebe, şifre {}",
                                  "Usuario de prueba guia.nuevo / clave {} (se cambia al entrar).",
                                  "cuenta ventas, clave {}",
                                  "account ops; password {} and then reboot it"])
def test_a_spoken_pair_in_a_note_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[1]
    text = "Journal\n" + line.format(password) + "\n"
    assert _secrets(engine, "boat/notes/journal-2024.txt", text) == [(2, password)]


@pytest.mark.parametrize("line", ["- compte caisse, mdp à demander à Teva",
                                  "login admin, parol soñra ve bir daha",
                                  'compte "bord", mdp dans le Bitwarden',
                                  "account ops; password changeme123 and then reboot",
                                  "user admin, pass the word on and tell them"])
def test_a_spoken_pair_without_a_password_stays_none(engine: Engine, line: str) -> None:
    assert _secrets(engine, "boat/notes/journal-2024.txt", "Journal\n" + line + "\n") == []


# --- a reply below a message naming the password in another language ------------------------------------------------

@pytest.mark.parametrize("asked, reply", [("Segundo la clave del correo de pedidos cambió?", "si, ahora es {}"),
                                          ("Le PC du banc de tri redemande le mdp", 'session "tri" : {}'),
                                          ("cadê a senha do wifi novo?", "agora é {}"),
                                          ("Routerniñ parolı ne edi?", "yañısı: {}")])
def test_a_reply_below_a_romance_or_turkic_password_word_blocks(engine: Engine, asked: str, reply: str) -> None:
    password = _CHOSEN[2]
    text = (f"12/3/25, 19:07 - Mariela: {asked}\n"
            f"12/3/25, 19:09 - Segundo: {reply.format(password)}\n"
            "12/3/25, 19:09 - Segundo: no compartan afuera porfa\n")
    assert _secrets(engine, "coop/admin/chat_WhatsApp_directiva.txt", text) == [(2, password)]


def test_a_reply_below_no_password_word_stays_none(engine: Engine) -> None:
    text = ("12/3/25, 19:07 - Mariela: la clase de mañana cambió?\n"
            f"12/3/25, 19:09 - Segundo: si, ahora es {_CHOSEN[3]}\n")
    assert _secrets(engine, "coop/admin/chat_WhatsApp_directiva.txt", text) == []
    text = ("12/3/25, 19:07 - Mariela: la clave del correo cambió?\n"
            "12/3/25, 19:09 - Segundo: si, ahora es la de siempre\n")
    assert _secrets(engine, "coop/admin/chat_WhatsApp_directiva.txt", text) == []


def test_a_token_below_a_key_in_a_dated_chat_folder_blocks(engine: Engine) -> None:
    secret = drawn_mixed(8870100, 32)
    text = ("[10:02] Anton: SMS bondh zale\n"
            "[10:14] Savio: novi API key kaddli\n"
            f"[10:14] Savio: secret: {secret}\n")
    assert _secrets(engine, "office/chat/savio-anton-2024-05.txt", text) == [(3, secret)]


# --- a chat's JSON export (Telegram's result.json) -------------------------------------------------------------------

def _telegram(messages: list, pretty: bool = False) -> str:
    import json

    if not pretty:
        body = ",\n".join("  " + json.dumps(message, ensure_ascii=False) for message in messages)
        return '{\n "name": "Ops",\n "type": "private_group",\n "messages": [\n' + body + "\n ]\n}\n"
    return json.dumps({"name": "Ops", "type": "private_group", "messages": messages}, ensure_ascii=False, indent=1) + "\n"


def _message(number: int, sender: str, text: str) -> dict:
    return {"id": number, "type": "message", "date": f"2025-02-28T18:0{number % 10}:11", "from": sender, "text": text,
            "text_entities": [{"type": "plain", "text": text}]}


@pytest.mark.parametrize("pretty", [False, True])
def test_a_telegram_export_is_read_as_a_chat(engine: Engine, pretty: bool) -> None:
    password = _CHOSEN[4]
    text = _telegram([_message(1, "Kuri", "ari, cual es la clave nueva del panel?"),
                      _message(2, "Diego", f"usuario guias, clave {password}"),
                      _message(3, "Kuri", "yupaychani")], pretty)
    found = _secrets(engine, "oficina/chats/grupo_result.json", text)
    assert [secret for _, secret in found] == [password]
    assert password in text.split("\n")[found[0][0] - 1]


def test_a_telegram_reply_below_the_password_asked_blocks(engine: Engine) -> None:
    password = _CHOSEN[5]
    text = _telegram([_message(1, "Rosa", "la contraseña del correo cambió?"), _message(2, "Lema", f"si, ahora es {password}")])
    assert [secret for _, secret in _secrets(engine, "export/result.json", text)] == [password]


def test_a_new_hex_key_below_a_key_asked_blocks(engine: Engine) -> None:
    key = drawn_mixed(8870200, 32, "0123456789abcdef")
    text = _telegram([_message(1, "Lenur", "Kim Nova Poşta anahtarını deñiştirdi? Sayt hata bere"),
                      _message(2, "Oksana", f"Я, старий відкликали. Новий: {key}")])
    assert [secret for _, secret in _secrets(engine, "docs/chat-export/dev-chat-2024-03.json", text)] == [key]
    text = ("[10:02] Anton: which API key does the courier plugin use now?\n"
            f"[10:05] Savio: revoked the old one. New: {key}\n")
    assert [secret for _, secret in _secrets(engine, "office/chat/anton-2024-05.txt", text)] == [key]


def test_a_hex_digest_in_a_chat_stays_none(engine: Engine) -> None:
    digest = drawn_mixed(8870201, 32, "0123456789abcdef")
    commit = drawn_mixed(8870202, 40, "0123456789abcdef")
    text = _telegram([_message(1, "Lenur", "which build has the key fix?"), _message(2, "Oksana", f"New: {commit}"),
                      _message(3, "Lenur", "and the iso checksum?"), _message(4, "Oksana", f"md5: {digest}")])
    assert _secrets(engine, "docs/chat-export/dev-chat-2024-03.json", text) == []
    text = _telegram([_message(1, "Lenur", "build ok?"), _message(2, "Oksana", f"New: {digest}")])
    assert _secrets(engine, "docs/chat-export/dev-chat-2024-03.json", text) == []


def test_a_json_file_of_messages_without_a_password_stays_none(engine: Engine) -> None:
    text = _telegram([_message(1, "Kuri", "Mañana Imbabura con 6 pax"), _message(2, "Diego", "usuario guias, clave en el Bitwarden")])
    assert _secrets(engine, "oficina/chats/grupo_result.json", text) == []


# --- a calendar's event ----------------------------------------------------------------------------------------------

def _calendar(description: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ops//Cal//ES\r\nBEGIN:VEVENT\r\nUID:training-1@example.org\r\n"
            "DTSTART:20250405T090000\r\nSUMMARY:Capacitación app\r\n" + description
            + "LOCATION:Oficina\\, Otavalo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_description_giving_a_login_blocks(engine: Engine) -> None:
    password = _CHOSEN[6]
    text = _calendar(f"DESCRIPTION:Traer celular. Usuario de prueba guia.nuevo / clave {password} (se cambia al entrar).\r\n")
    assert _secrets(engine, "oficina/calendario/capacitacion.ics", text) == [(8, password)]


def test_a_folded_escaped_calendar_description_blocks(engine: Engine) -> None:
    password = _CHOSEN[7]
    text = _calendar("DESCRIPTION;LANGUAGE=fr:Formation caisse\\nPour la démo : compte \"caisse\"\\, mdp \r\n"
                     f" {password} (à changer après)\r\n")
    assert _secrets(engine, "bureau/agenda/formation.ics", text) == [(8, password)]


def test_a_calendar_without_a_password_stays_none(engine: Engine) -> None:
    text = _calendar("DESCRIPTION:Usuario de prueba guia.nuevo / clave en el correo de bienvenida\\, cambiar al entrar.\r\n")
    assert _secrets(engine, "oficina/calendario/capacitacion.ics", text) == []


# --- Tahitian's and the Turkic languages' password words ---------------------------------------------------------------

@pytest.mark.parametrize("line", ["Teie te parau huna 'āpī : {}", "Parau huna ʻāpī: {}"])
def test_tahitian_parau_huna_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[8]
    text = "'Ia ora na Hinano,\n" + line.format(password) + "\nMāuruuru,\nTeiki\n"
    assert _secrets(engine, "ferme/greffe/parau_na_teiki.txt", text) == [(2, password)]


def test_tahitian_parau_huna_without_a_password_stays_none(engine: Engine) -> None:
    text = "'Ia ora na Hinano,\nTeie te parau huna 'āpī : i roto i te Bitwarden\n"
    assert _secrets(engine, "ferme/greffe/parau_na_teiki.txt", text) == []


@pytest.mark.parametrize("line", ["- Eski bazanıñ root parolı `{}` — bir hafta soñ silinecek.",
                                  "- MySQL root parolası `{}`",
                                  "- panel şifresi `{}` (değiştirilecek)"])
def test_a_turkic_possessive_before_a_span_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[9]
    text = "# Hosting köçüvi — notlar\n\n" + line.format(password) + "\n"
    assert _secrets(engine, "anatil/docs/notlar/2024-04-hosting.md", text) == [(3, password)]


def test_a_turkic_possessive_before_a_stand_in_stays_none(engine: Engine) -> None:
    text = "# Kurulum\n\n- root parolı `<ROOT_PAROLI>` olarak yazılır.\n- parolası `${DB_PASS}`\n"
    assert _secrets(engine, "docs/kurulum.md", text) == []
