"""Blind round of stop 63 (notes and chat exports, sets LW-MB): a team's notes give a password under their own
language's word. Bashkir calls a password `серһүҙ` (a secret word, Tatar's `серсүз` with Bashkir's own `һ` and `ҙ`), its
possessive `серһүҙе`; Sakha says `кистэлэҥ тыл` (a hidden word), its possessive `кистэлэҥ тыла`. Read by the readers the
other languages' words go through: a note's `label: value` (`root серһүҙе: …`), a label ending in Sakha's phrase with what
it is for before it and the writer's note in brackets after the value (`Весы панелин саҥа кистэлэҥ тыла: … (эргэтэ
үлэлээбэт).`). A stand-in, a note saying where the password is, and a word of the phrase alone stay none. Through the
engine. Generated fakes only: seeds 7080000-7080999."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Iremel", "Agidel", "Yamantau", "Ural", "Lena", "Vilyuy", "Olenek", "Kurai", "Tuimaada", "Sylgy")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Agidel!Lena1658`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(7080000 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and value[-4:].isdigit() for value in _CHOSEN)


@pytest.mark.parametrize("key", ["серһүҙ", "серһүҙе", "Серһүҙ", "root серһүҙе", "кистэлэҥ тыл", "кистэлэҥ тыла",
                                 "Весы панелин саҥа кистэлэҥ тыла"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["кистэлэҥ", "тыл", "тыла"])
def test_words_naming_no_password(key: str) -> None:
    assert not names_a_credential(key)


@pytest.mark.parametrize("line", [
    "- Руслан яңы VPS алды (hetzner), root серһүҙе: {pw}",  # (Bashkir: Ruslan bought a new VPS, its root password)
    "  серһүҙ: {pw}",
    "Серһүҙ: {pw}",
    "- кистэлэҥ тыла: {pw}",  # (Sakha: its password)
    "- Весы панелин саҥа кистэлэҥ тыла: {pw} (эргэтэ үлэлээбэт).",  # (the scales panel's new password (the old one is off))
    "Кистэлэҥ тыл: {pw}",
])
def test_a_notes_label_in_bashkir_or_sakha_before_its_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[1]
    text = f"Осрашыу, 2024-05-14\n\n- Шифахана: бронь 90% тулы.\n{line.format(pw=password)}\n- Киләһе осрашыу: 28 май.\n"
    assert _secrets(engine, "notes/osrashyu.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- root серһүҙе: Bitwarden",  # (it is in Bitwarden)
    "- root серһүҙе: <пароль>",
    "- root серһүҙе: ********",
    "- Весы панелин саҥа кистэлэҥ тыла: Bitwarden (эргэтэ үлэлээбэт).",
    "- Весы панелин саҥа кистэлэҥ тыла: changeme",
    "- Панель кистэлэҥ: {pw}",  # (a word of the phrase alone: any secret, no password's label)
    "- Саҥа тыла: {pw}",  # (`тыл` alone is any word, a language)
])
def test_stand_ins_stores_and_a_word_alone_stay_none(engine: Engine, line: str) -> None:
    text = f"Смена кэпсээнэ, 05.12.2026\n\n{line.format(pw=_CHOSEN[2])}\n- Паром кыстыкка турда.\n"
    assert _secrets(engine, "ops/notes/smena.txt", text) == []


# --- a wiki's login pair in bold after a Russian label naming the sign-in ---------------------------------------------

@pytest.mark.parametrize("label", ["оперативный вход", "Вход", "логин", "доступ к SCADA", "учётная запись", "вхід"])
def test_a_wikis_bold_pair_after_a_russian_sign_in_label_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[3]
    text = (f"====== SCADA: доступ ======\n\n  * сервер: scada01.tram.local (RDP)\n"
            f"  * {label}: **dispatcher** / **{password}**\n  * инженерный вход — только у Васильева\n")
    assert _secrets(engine, "depot/wiki/scada-access.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "  * входящие: **dispatcher** / **{pw}**",  # (an inbox: `вход` inside a longer word names no sign-in)
    "  * оперативный вход: **dispatcher** / **changeme**",
    "  * оперативный вход: **dispatcher** / **<пароль>**",
    "  * маршрут: **Депо-2** / **Центр**",
])
def test_near_misses_of_the_russian_sign_in_pair_stay_none(engine: Engine, line: str) -> None:
    text = f"====== SCADA ======\n\n{line.format(pw=_CHOSEN[3])}\n"
    assert _secrets(engine, "depot/wiki/scada-access.txt", text) == []


# --- a chat's or a note's login pair said after its words, no colon --------------------------------------------------

@pytest.mark.parametrize("message", [
    "user packfloor, pass {pw}",  # (Balochi's chat, English's words for the login: `user …, pass …`)
    "login packfloor; pwd {pw}",
    "username packfloor, password {pw}",
])
def test_a_chats_login_pair_said_after_its_words_blocks(engine: Engine, message: str) -> None:
    password = _CHOSEN[0]
    text = ("12/11/2026, 08:14 - Gulzar: Chitkan packhouse e scale PC restart but\n"
            "12/11/2026, 08:15 - Mahnaz: ERP a login nabit, password chi ent?\n"
            f"12/11/2026, 08:17 - Gulzar: {message.format(pw=password)}\n"
            "12/11/2026, 08:20 - Mahnaz: mehrbani, OK but\n")
    assert _secrets(engine, "ops/notes/whatsapp-packhouse-group.txt", text) == [(3, password)]


@pytest.mark.parametrize("message", [
    "user admin, pass the word on to Lisa",  # (a verb: prose)
    "user packfloor, pass Bitwarden",  # (where it is kept)
    "user packfloor, pass changeme123",
    "user packfloor, pass <password>",
    "user packfloor, pass ********",
    "the user count went up, pass rate 97% this week",
])
def test_near_misses_of_the_spoken_pair_stay_none(engine: Engine, message: str) -> None:
    text = f"12/11/2026, 08:15 - Mahnaz: ERP login?\n12/11/2026, 08:17 - Gulzar: {message}\n"
    assert _secrets(engine, "ops/notes/whatsapp-packhouse-group.txt", text) == []


# --- a chat's drawn token in answer to a message asking for the credential -------------------------------------------

def _token(seed: int, length: int = 40) -> str:
    """A drawn token (both cases and digits), as a vendor's console shows one."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_TOKEN = _token(7080100)


@pytest.mark.parametrize("question", [
    "Руслан, staging-тағы Redis серһүҙе ниндәй ине?",  # (Bashkir: what was the staging Redis's password?)
    "Redis серсүзе кайда?",  # (Tatar: where is the Redis password?)
])
def test_a_token_alone_below_a_question_naming_the_password_in_bashkir_or_tatar_blocks(engine: Engine, question: str) -> None:
    text = (f"[04.04.2024 10:12] Тимур: {question}\n[04.04.2024 10:15] Руслан: {_TOKEN}\n"
            "[04.04.2024 10:16] Тимур: рәхмәт, Bitwarden-ға ла индерәм\n")
    assert _secrets(engine, "notes/telegram-export/infra-chat-2024-04.txt", text) == [(2, _TOKEN)]


@pytest.mark.parametrize("answer", ["новый ключ: vk_{t}", "ключ: {t}", "new token: {t}", "Новый токен: {t}"])
def test_a_token_after_a_short_label_naming_it_below_a_question_blocks(engine: Engine, answer: str) -> None:
    token = answer.format(t=_TOKEN).rpartition(" ")[2]
    text = ("[09.09.2024 08:14] Сергей: кто поменял пароль на validators API?\n"
            "[09.09.2024 08:15] Алексей: я, старый утёк в скриншот\n"
            f"[09.09.2024 08:15] Алексей: {answer.format(t=_TOKEN)}\n[09.09.2024 08:16] Сергей: тав\n")
    assert _secrets(engine, "depot/notes/chat_it_depot_2024-09.txt", text) == [(3, token)]


@pytest.mark.parametrize("lines", [
    # (no message above asks for a credential: a build's id pasted)
    ("[09.09.2024 08:14] Сергей: какой билд на стенде?", "[09.09.2024 08:15] Алексей: новый ключ: {t}"),
    # (a label naming no credential)
    ("[09.09.2024 08:14] Сергей: кто поменял пароль?", "[09.09.2024 08:15] Алексей: коммит: {t}"),
    # (a hash: one case only, no token)
    ("[09.09.2024 08:14] Сергей: кто поменял пароль?", "[09.09.2024 08:15] Алексей: ключ: " + "9f" * 20),
    # (Bashkir's word in an unrelated message, then a hash)
    ("[04.04.2024 10:12] Тимур: серһүҙ алмаштырҙым", "[04.04.2024 10:15] Руслан: " + "a3" * 16),
])
def test_near_misses_of_the_chats_token_stay_none(engine: Engine, lines: tuple) -> None:
    text = "\n".join(line.format(t=_TOKEN) for line in lines) + "\n"
    assert _secrets(engine, "notes/telegram-export/chat.txt", text) == []


# --- a handover's or a note's password after English's word and Setswana's copula `ke` ----------------------------

@pytest.mark.parametrize("filename", ["docs/notes/handover-kabelo.txt", "notes/handover.txt", "ops/notes/phetolo.txt"])
@pytest.mark.parametrize("line", [
    "- LITS: user fantisi-auction, password ke {pw} - Onalenna o e itse.",  # (the password is …, Onalenna knows it)
    "- LITS password ke {pw}",
    "- Password ke {pw} (e ntšhwa)",
])
def test_a_password_after_setswanas_copula_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[2]
    text = f"Handover - Kabelo\n\n{line.format(pw=password)}\n- Stripe: bona Vault.\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("line", [
    "- password ke a le itse",  # (the password, I know it: prose)
    "- password ke Bitwarden",
    "- password ke changeme1",
    "- password ke <password>",
    "- password ke mo Vault-ing",  # (the password is in the Vault)
])
def test_near_misses_after_setswanas_copula_stay_none(engine: Engine, line: str) -> None:
    text = f"Handover - Kabelo\n\n{line}\n"
    assert _secrets(engine, "docs/notes/handover-kabelo.txt", text) == []
    assert _secrets(engine, "notes/handover.txt", text) == []
