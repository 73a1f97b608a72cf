"""Blind round of stop 62 (notes and chat exports): a team's notes give a password or a key under their own language's
word. Māori calls a password `kupuhipa`, Tatar `серсүз` (a secret word), Northern Sami `beassansátni` (an entering word),
Quechua `pakasqa simi` (a hidden word), Yoruba `ọ̀rọ̀ aṣínà` (a word that opens the way, written with tone marks over
dotted vowels); Northern Sami's key is `čoavddaš`, Xhosa's `isitshixo`. Read by the readers the other languages' words
go through: a note's `label: value`, a chat message's `user: …, password: …`. A stand-in, a note saying where the
password is, and a word naming no password (Quechua's `simi` alone, a word) stay none. Through the engine.
Generated fakes only: seeds 6730000-6730999."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Pounamu", "Koura", "Tonga", "Chinchero", "Goahti", "Kazan", "Ibadan", "Xhariep", "Mayu", "Niu")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Pounamu~Koura1784`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 20, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A key a generator drew (`khDQHhomF6PUyoTZ70HT`), at least two digits."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if sum(character.isdigit() for character in value) >= 2 and any(character.isalpha() for character in value):
            return value


_CHOSEN = [_chosen(6730000 + step) for step in range(6)]
_KEY = _drawn(6730100, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)
    assert len(_KEY) == 20 and _KEY.isalnum() and _KEY.upper() == _KEY


@pytest.mark.parametrize("key", ["kupuhipa", "Kupuhipa", "KUPUHIPA", "серсүз", "Серсүз", "beassansátni", "beassansatni",
                                 "pakasqa simi", "Pakasqa_Simi", "Ọ̀rọ̀ aṣínà", "oro asina", "ọ̀rọ̀ aṣínà tuntun"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["API isitshixo", "isitshixo API", "API čoavddaš"])
def test_the_key_words_name_a_credential_beside_a_qualifier(key: str) -> None:
    assert names_a_credential(key)


@pytest.mark.parametrize("key", ["simi", "pakasqa", "oro", "asina", "kupu", "čoavddaš", "isitshixo", "Ọ̀rọ̀"])
def test_words_naming_no_credential(key: str) -> None:
    assert not names_a_credential(key)


def test_tone_marks_over_a_dotted_vowel_stay_in_their_word() -> None:
    # (ọ̀ is ọ and a combining grave that composes with none: the word is one, not broken at each mark)
    assert key_words("Ọ̀rọ̀ aṣínà") == ("oro", "asina")


# --- a note's label before its password -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "UDM Pro papatohu: https://192.168.10.1  kaiwhakamahi: ahurei-admin  kupuhipa: {pw}",  # (Māori, after the login)
    "Kupuhipa: {pw}",
    "серсүз: {pw}",  # (Tatar)
    "beassansátni: {pw}",  # (Northern Sami)
    "Geavaheaddji: smtp@bierggut.example.no, beassansátni: {pw}",
])
def test_a_notes_label_in_these_languages_before_its_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[0]
    text = f"WAHI HUI - hangarau\nWhatunga kaimahi: AHUREI-KAIMAHI\n{line.format(pw=password)}\nKaitiaki: Rawiri\n"
    assert _secrets(engine, "notes/wahi-hui.txt", text) == [(3, password)]


def test_a_chat_exports_message_giving_a_login_in_northern_sami_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = ('[\n  {\n    "type": "message",\n    "user": "U04MARET1",\n'
            f'    "text": "Ođđa e-poastaservera lea gárvvis. Geavaheaddji: it@bierggut.example.no, beassansátni: {password}",\n'
            '    "ts": "1696321200.000100"\n  }\n]\n')
    assert _secrets(engine, "exports/slack/it/2026-10-03.json", text) == [(5, password)]


def test_a_notes_key_named_in_northern_sami_with_its_gloss_blocks(engine: Engine) -> None:
    text = f"Čoahkkin 14.11\n- eventbrite čoavddaš (key): {_KEY}\n- Áilu rievdada dan\n"
    assert _secrets(engine, "notes/eventbrite.txt", text) == [(2, _KEY)]


@pytest.mark.parametrize("line", [
    "kupuhipa: (kei a Rawiri)",  # (where it is kept)
    "kupuhipa: changeme",
    "beassansátni: ********",
    "серсүз: 1234",
    "simi: {pw}",  # (a word alone: a mouth, a word)
    "kupu: {pw}",
    "eventbrite čoavddaš: ok",
])
def test_a_notes_label_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Notes\n\n{line.format(pw=_CHOSEN[2])}\n"
    assert _blocked(engine, "notes/wahi-hui.txt", text) == []


# --- a chat export's login given in answer, a message's head-first label --------------------------------------------

def _chat(*messages: str) -> str:
    return "".join(f"[28/11/26, 18:0{step}] {message}\n" for step, message in enumerate(messages))


@pytest.mark.parametrize("question, answer", [
    # (Tongan: what is the admin's password for the door (scanner)?)
    ("Mele: Ko e hā 'a e password 'o e admin ki he matapā (scanner)?", "Siosaia: scanner / {pw}"),
    # (Wolof: the server is down, who has root's word?; the pair given with an arrow)
    ("Cheikh: Server bi dafa dee, kan moo am baat bu root bi?", "Ibou: root@api-02 -> {pw}"),
    ("Ana: what's the pwd for the NAS?", "Ben: admin => {pw}"),
])
def test_a_chats_login_pair_below_a_message_naming_the_password_or_root_blocks(engine: Engine, question: str,
                                                                                answer: str) -> None:
    password = _CHOSEN[3]
    text = _chat("Siosaia: Kuo mateuteu 'a e app tikite", question, answer.format(pw=password), "Mele: Mālō")
    assert _secrets(engine, "notes/whatsapp-komiti.txt", text) == [(3, password)]


@pytest.mark.parametrize("question, answer", [
    ("Mele: Ko e hā 'a e taimi 'o e koniseti?", "Siosaia: scanner / {pw}"),  # (asks the concert's time: no login)
    ("Mele: Ko e hā 'a e password 'o e admin?", "Siosaia: scanner / changeme"),  # (a stock password)
    ("Cheikh: kan moo am baat bu root bi?", "Ibou: root@api-02 -> (Bitwarden)"),  # (where it is kept)
    ("Cheikh: kan moo am baat bu root bi?", "Ibou: dakar -> thies"),  # (a route, no password)
])
def test_a_chats_pair_naming_no_login_or_no_password_is_not_blocked(engine: Engine, question: str, answer: str) -> None:
    text = _chat("Siosaia: Kuo mateuteu", question, answer.format(pw=_CHOSEN[4]))
    assert _blocked(engine, "notes/whatsapp-komiti.txt", text) == []


@pytest.mark.parametrize("name", ["docs/notes/whatsapp-ops-2026-09.txt", "notes/whatsapp-ops.txt",
                                  "team/notes/telegram-ops.txt"])
def test_a_chats_message_giving_a_head_first_label_after_a_mention_blocks(engine: Engine, name: str) -> None:
    password = _CHOSEN[5]
    text = ("[12/09/2026, 08:14:22] Ìyá Sade: Ẹ kú àárọ̀ o\n"
            f"[12/09/2026, 08:31:47] Segun: @Tunde password dashboard Termii tuntun: {password}\n"
            "[12/09/2026, 08:32:10] Tunde: Ó ti dé, ẹ ṣé\n")
    assert _secrets(engine, name, text) == [(2, password)]


@pytest.mark.parametrize("name, message", [
    ("notes/whatsapp-ops.txt", "Segun: @Tunde password dashboard Termii tuntun: (ninu Bitwarden)"),
    ("notes/whatsapp-ops.txt", "Segun: @Tunde password reset link: https://termii.example/reset"),
    # (a tutorial's chat transcript in a documentation tree, no notes folder: documentation's)
    ("docs/whatsapp-bot-example.txt", "Segun: password dashboard demo: {pw}"),
])
def test_a_chats_message_over_no_password_or_in_documentation_is_not_blocked(engine: Engine, name: str,
                                                                              message: str) -> None:
    text = f"[12/09/2026, 08:31:47] {message.format(pw=_CHOSEN[5])}\n"
    assert _blocked(engine, name, text) == []


# --- a password after its word in Tatar's and Tibetan's script -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "1. Wialon'га керү: логин `patp4_night`, серсүз `{pw}` (бер компьютерда гына).",  # (Tatar: login, password in spans)
    "- Серсүз: `{pw}`",
    "༣། གསང་ཚིག་ {pw}",  # (Tibetan: the secret word, its syllables' mark, the value bare)
    "གསང་ཚིག {pw} (change monthly)",
])
def test_a_notes_password_after_its_word_in_tatar_or_tibetan_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[0]
    text = f"# Смена тапшыру\n\n{line.format(pw=password)}\n2. Табло 1183 эшләми.\n"
    assert _secrets(engine, "notes/handover.md", text) == [(3, password)]


@pytest.mark.parametrize("line", [
    "1. Wialon'га керү: логин `patp4_night`, серсүз `changeme`",
    "- Серсүз: `********`",
    "༤། གསང་ཚིག་འདི་ཟླ་བ་རེར་བརྗེ་དགོས། (change monthly)",  # (the password must change monthly: no value)
    "གསང་ཚིག་ ********",
    "ཚིག་ {pw}",  # (a word alone, no secret's)
])
def test_a_notes_line_in_tatar_or_tibetan_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"# Notes\n\n{line.format(pw=_CHOSEN[1])}\n"
    assert _blocked(engine, "notes/handover.md", text) == []


# --- a note's label ending in a password's phrase of two words -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Router admin pakasqa simi: {pw}",  # (Quechua: the router's admin hidden word)
    "pakasqa simi: {pw}",
    "- Router admin teny miafina: {pw}",  # (Malagasy's, the same order)
    "Wi-Fi kalmar sirri: {pw}",  # (Hausa's)
])
def test_a_notes_label_ending_in_a_password_phrase_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[2]
    text = f"Oficina - red\n=============\nRouter admin: http://192.168.1.1  usuario admin\n{line.format(pw=password)}\n"
    assert _secrets(engine, "notas/oficina.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "Router admin pakasqa simi: changeme",
    "Router admin pakasqa simi: (KeePass)",
    "Qhichwa simi: {pw}",  # (the Quechua language, no hidden word)
    "Runa simi: {pw}",
    "Router admin pakasqa: {pw}",  # (hidden, no word)
])
def test_a_notes_label_ending_in_no_password_phrase_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Oficina\n{line.format(pw=_CHOSEN[3])}\n"
    assert _blocked(engine, "notas/oficina.txt", text) == []


# --- a note's sentence giving the password after Māori's word and copula ---------------------------------------------

@pytest.mark.parametrize("line", [
    # (the new password for the Eventfinda account is `…` (given to Mere): five words between the word and `ko`)
    "- Aroha: ko te kupuhipa hou mo te kaute Eventfinda ko `{pw}` (kua tukuna ki a Mere)",
    "- ko te kupuhipa o te router ko {pw}",
    "- Rawiri: ger-tremen Eventfinda a zo `{pw}`",  # (Breton's, its value in a span too)
])
def test_a_notes_sentence_giving_the_password_after_its_word_and_copula_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[4]
    text = f"# Hui komiti hangarau\n\nKua tae mai: Hemi, Aroha\n\n{line.format(pw=password)}\n- Mere: tiketi whanau\n"
    assert _secrets(engine, "ahurei-ops/notes/hui-2026-11-03.md", text) == [(5, password)]


@pytest.mark.parametrize("line", [
    "- ko te kupuhipa hou mo te kaute Eventfinda ko `changeme`",  # (a stock password)
    "- ko te kupuhipa hou ko `kei-a-Rawiri`",  # (with Rawiri: where it is)
    "- ko te kupuhipa hou mo te kaute Eventfinda ko te mea i roto i te Bitwarden",  # (the one in Bitwarden: prose)
    "- ko te kaute Eventfinda ko `{pw}`",  # (no password's word)
])
def test_a_notes_sentence_in_maori_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"# Hui\n\n{line.format(pw=_CHOSEN[5])}\n"
    assert _blocked(engine, "ahurei-ops/notes/hui.md", text) == []
