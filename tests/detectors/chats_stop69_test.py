"""Blind round of stop 69 (chat exports): the JSON exports of Slack (a channel's day), Facebook Messenger (newest first, its
text's UTF-8 escaped byte by byte), Discord (DiscordChatExporter) and Google Chat (Takeout) read as the chat they hold, as
Telegram's `result.json` is; in any chat, a reply giving the password after a clause of its own (`…, pero wala ka pa
access. Ari: …`), a message naming the password itself before it (`пароль … поменял, новый: …`), the account's label
below a message naming the login (`root: …`), a token after a label of the reply's own words or in a code span with a
note after it, a login's pair after a label with an aside after it, a device's code or the Wi-Fi asked for. Their near
misses stay none: a UUID, a commit, a link's id, a version, a path. Through the engine. Generated fakes only: seeds
9010000-9010999."""
from __future__ import annotations

import json
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4


def _chosen(seed: int) -> str:
    """A password a person chose: two capitalised words, a symbol between, a number (`Kqzvb#Tmwpa4821`)."""
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 5, string.ascii_lowercase) + drawn(seed + 2, 1, "!#$%@*?")
            + drawn(seed + 3, 1, string.ascii_uppercase) + drawn(seed + 4, 5, string.ascii_lowercase)
            + drawn(seed + 5, 4, string.digits))


_CHOSEN = [_chosen(9010000 + 10 * step) for step in range(16)]
_TOKENS = [drawn_mixed(9010300 + step, 32) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _line_of(text: str, secret: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), 1) if secret in line)


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) == 17 and any(c.isdigit() for c in value) and not value.isalnum() for value in _CHOSEN)
    assert all(len(value) == 32 and not value.islower() for value in _TOKENS)


# --- Slack's export: a channel's day, a list of message objects -------------------------------------------------------

def _slack(messages: list, pretty: bool = True) -> str:
    """Slack's export of a channel's day: the text before the user, the user's profile and the text's blocks after."""
    written = []
    for number, (user, name, text) in enumerate(messages):
        written.append({"client_msg_id": uuid4(9010500 + number), "type": "message", "text": text, "user": user,
                        "ts": f"171000{number:02d}11.000{number:02d}0", "team": "T05OPS",
                        "user_profile": {"avatar_hash": "g0a1b2c3", "real_name": name, "display_name": name.split()[0],
                                         "name": name.lower().replace(" ", ".")},
                        "blocks": [{"type": "rich_text", "block_id": f"b{number}", "elements": [
                            {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]})
    if pretty:
        return json.dumps(written, indent=4, ensure_ascii=False) + "\n"
    return "[\n" + ",\n".join("  " + json.dumps({key: message[key] for key in ("type", "user", "text", "ts")},
                                               ensure_ascii=False) for message in written) + "\n]\n"


@pytest.mark.parametrize("pretty", [True, False])
def test_a_slack_export_token_below_the_key_asked_blocks(engine: Engine, pretty: bool) -> None:
    token = _TOKENS[0]
    text = _slack([("U05ANA", "Ana Reyes", "can someone paste the Sendgrid API key? mine expired"),
                   ("U05BEN", "Ben Cruz", token), ("U05ANA", "Ana Reyes", "thanks!")], pretty)
    assert _secrets(engine, "workspace-export/ops/2024-03-09.json", text) == [(_line_of(text, '"text": "' + token), token)]


def test_a_slack_export_password_after_a_reply_clause_blocks(engine: Engine) -> None:
    password = _CHOSEN[0]
    text = _slack([("U05ANA", "Ana Reyes", "the warehouse printer asks for the admin password again"),
                   ("U05BEN", "Ben Cruz", f"it's the same as the wifi in the back office: {password}")], pretty=False)
    assert _secrets(engine, "slack-export/warehouse/2024-03-09.json", text) == [(3, password)]


def test_a_slack_export_of_ids_below_a_token_asked_stays_none(engine: Engine) -> None:
    text = _slack([("U05ANA", "Ana Reyes", "which token does the deploy job use?"),
                   ("U05BEN", "Ben Cruz", f"the one in the vault, see run {uuid4(9010510)}"),
                   ("U05BEN", "Ben Cruz", f"commit: {drawn(9010511, 40, '0123456789abcdef')}"),
                   ("U05BEN", "Ben Cruz", f"sheet link: {drawn_mixed(9010512, 44)}")])
    assert _secrets(engine, "slack-export/dev/2024-03-10.json", text) == []


# --- Messenger, Discord, Google Chat, Telegram's pieces ---------------------------------------------------------------

def _messenger(messages: list) -> str:
    """Messenger's export: newest first, its text's UTF-8 bytes escaped one by one (`\\u00c3\\u00b1`)."""
    written = [{"sender_name": sender.encode("utf-8").decode("latin-1"), "timestamp_ms": 1764633600000 + 60000 * number,
                "content": content.encode("utf-8").decode("latin-1"), "is_geoblocked_for_viewer": False}
               for number, (sender, content) in enumerate(messages)]
    return json.dumps({"participants": [{"name": "Lucía"}, {"name": "Marta"}], "messages": written[::-1],
                       "title": "Oficina", "thread_path": "inbox/oficina_4411"}, indent=2) + "\n"


def test_a_messenger_export_read_oldest_first_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = _messenger([("Lucía Peña", "¿cuál es la contraseña del router de la oficina?"),
                       ("Marta Gómez", f"está pegada en la nevera, pero toma: {password}"), ("Lucía Peña", "¡gracias!")])
    assert _secrets(engine, "facebook-export/messages/inbox/oficina_4411/message_1.json", text) == \
        [(_line_of(text, password), password)]


def test_a_messenger_pair_after_a_label_with_an_aside_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = _messenger([("Rolan Sisa", "nakalimot ako sang password sang kiosk sa Iloilo"),
                       ("Mae Vaka", f"ang kiosk admin: kioskadmin / {password} . indi pag-ipakita sa iban")])
    assert _secrets(engine, "docs/chat/messenger_kiosk.json", text) == [(_line_of(text, password), password)]


def test_a_discord_export_token_in_a_span_with_a_note_blocks(engine: Engine) -> None:
    token = _TOKENS[1]
    messages = [{"id": str(7100 + number), "type": "Default", "timestamp": f"2024-03-05T10:0{number}:00+00:00",
                 "content": content, "author": {"id": str(9100 + number), "name": author, "nickname": author, "isBot": False},
                 "attachments": [], "embeds": [], "reactions": [], "mentions": []}
                for number, (author, content) in enumerate([("ana", "can you drop the grafana service account token here?"),
                                                            ("ben", f"`{token}` (expires friday)")])]
    text = json.dumps({"guild": {"id": "1", "name": "Ops"}, "channel": {"id": "2", "name": "infra"}, "messages": messages},
                      indent=2) + "\n"
    assert _secrets(engine, "backups/discord/infra.json", text) == [(_line_of(text, token), token)]


def test_a_google_chat_export_pair_blocks(engine: Engine) -> None:
    password = _CHOSEN[3]
    messages = [{"creator": {"name": author, "email": f"{author.lower()}@example.org", "user_type": "Human"},
                 "created_date": f"Tuesday, March 5, 2024 at 10:0{number}:00 AM UTC", "text": content, "topic_id": "q1"}
                for number, (author, content) in enumerate([("Ana", "what's the password for the NAS admin?"),
                                                            ("Ben", f"nas-admin / {password}")])]
    text = json.dumps({"messages": messages}, indent=2) + "\n"
    assert _secrets(engine, "Takeout/Google Chat/Groups/Space ops/messages.json", text) == [(_line_of(text, password), password)]


def _telegram(messages: list) -> str:
    return json.dumps({"name": "Ops", "type": "private_group", "messages": [
        {"id": number, "type": "message", "date": f"2024-08-14T08:0{number}:11", "from": sender, "text": text}
        for number, (sender, text) in enumerate(messages, 1)]}, indent=1, ensure_ascii=False) + "\n"


def test_a_telegram_message_of_pieces_is_read_whole(engine: Engine) -> None:
    token = _TOKENS[2]
    text = _telegram([("Ana", "need the Mailgun api key pls"), ("Ben", ["here it is: ", {"type": "code", "text": token}])])
    assert _secrets(engine, "chats/result.json", text) == [(_line_of(text, token), token)]


def test_a_telegram_tracking_uuid_below_the_password_named_stays_none(engine: Engine) -> None:
    text = _telegram([("Azamat", "CMR raqami tayyor. Parol so'rasa — menga yozing, chatga emas!"),
                      ("Shuhrat", f"Xo'p. Tracking: {uuid4(9010520)}")])
    assert _secrets(engine, "ops/chats/result.json", text) == []


# --- a chat's text export: the reply's forms -------------------------------------------------------------------------

_WHATSAPP = "arsip/WhatsApp Chat with IT Toko.txt"


def test_a_reply_clause_with_commas_before_its_label_blocks(engine: Engine) -> None:
    password = _CHOSEN[4]
    text = ("[11/24/25, 7:02 AM] Jun: Manong, ano ang password sang Odoo admin? ga-locked out si Ma'am\n"
            f"[11/24/25, 7:05 AM] Rudy: ara sa Bitwarden, pero wala ka pa access. Ari: {password}\n"
            "[11/24/25, 7:06 AM] Jun: sige po salamat\n")
    assert _secrets(engine, "coop/notes/viber_ops_group_2025-11.txt", text) == [(2, password)]


def test_a_message_naming_the_password_before_its_new_one_blocks(engine: Engine) -> None:
    password = _CHOSEN[5]
    text = ("14.01.24, 07:02 - Патимат: Салам, дорога открыта?\n"
            f"14.01.24, 07:30 - Загид: Патимат, пароль от кабинета поменял, новый: {password}\n")
    assert _secrets(engine, _WHATSAPP, text) == [(2, password)]
    text = ("14/01/24, 07:02 - Paula: buenos días\n"
            f"14/01/24, 07:30 - Iker: la contraseña del TPV la he cambiado, la nueva: {password}\n")
    assert _secrets(engine, _WHATSAPP, text) == [(2, password)]


def test_the_account_label_below_the_login_named_blocks(engine: Engine) -> None:
    password = _CHOSEN[6]
    text = ("12/02/24 08.16 - Ujang: login root VPS masih nu kamari?\n"
            f"12/02/24 08.17 - Dadan: henteu kang, tos diganti. root: {password}\n")
    assert _secrets(engine, _WHATSAPP, text) == [(2, password)]


def test_a_token_after_a_label_of_the_reply_own_words_blocks(engine: Engine) -> None:
    token = _TOKENS[3]
    text = ("06/06/24, 9:13 pm - Anil: broker पर login fail, password बदलल गइल रहे का?\n"
            f"06/06/24, 9:16 pm - Sonu: नया वाला इ बा: {token}\n")
    assert _secrets(engine, _WHATSAPP, text) == [(2, token)]
    text = ("06/06/24, 9:13 pm - Anil: nipe token ya Cloudflare tafadhali\n"
            f"06/06/24, 9:16 pm - Sonu: hii hapa, ni ya muda tu: `{token}` (Zone:DNS:Edit)\n")
    assert _secrets(engine, _WHATSAPP, text) == [(2, token)]


def test_a_bare_token_after_a_label_saying_neither_new_nor_the_credential_stays_none(engine: Engine) -> None:
    token = _TOKENS[4]
    for label in ("коммит", "build", "the doc link", "Tracking"):
        text = ("06/06/24, 9:13 pm - Anil: who changed the password?\n"
                f"06/06/24, 9:16 pm - Sonu: {label}: {token}\n")
        assert _secrets(engine, _WHATSAPP, text) == [], label


def test_a_device_code_asked_then_a_password_given_blocks(engine: Engine) -> None:
    password = _CHOSEN[7]
    text = ("[09/03/24, 10:01] Marcus: the walk-in alarm panel wants the installer code again\n"
            f"[09/03/24, 10:03] Jolene: it is on the sticker, but here: {password}\n")
    assert _secrets(engine, _WHATSAPP, text) == [(2, password)]


@pytest.mark.parametrize("ask, reply", [
    ("did you reset the password?", "yes, I opened a ticket, ref: HELP-2024#77"),
    ("did you reset the password?", "yes, the password manager got updated, new: v1.2.3-beta"),
    ("password?", "it is in the vault, path: kv/ops#db-2"),
    ("what's the wifi?", "the router is the new one, model: RT-AX86U"),
    ("login to the portal fails", "which browser, version: 122.0.6261.94?"),
    ("login root VPS?", "host: vps-03.example.net:2222"),
    ("which token do I use?", "commit: 9fceb02d0ae598e95dc970b74767f19372d61af8"),
    ("which token do I use?", "see the sheet 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms"),
    ("which token do I use?", "the doc link: 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms"),
    ("the api key?", "use `YOUR_API_KEY_HERE_REPLACE_ME` for now"),
    ("the api key?", "see `config/settings_production.py` line 40"),
    ("password for the kiosk?", "kiosk / the usual one (ask Mae)"),
    ("password for the kiosk?", "path: src / main.py"),
    ("door code?", "it's 4471, the usual"),
    ("parol?", "Xo'p. Tracking: 7bd6717d-a247-427e-99be-06866174c2dd"),
])
def test_a_reply_near_miss_stays_none(engine: Engine, ask: str, reply: str) -> None:
    text = f"12/02/24, 08:16 - Ujang: {ask}\n12/02/24, 08:17 - Dadan: {reply}\n"
    assert _secrets(engine, _WHATSAPP, text) == []
