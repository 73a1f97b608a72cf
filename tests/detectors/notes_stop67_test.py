"""Blind round of stop 67 (notes, chat exports and wiki pages): Cebuano's and Tagalog's copulas (`kay`, `ay`) after the
password's word, its value bare or in a page's code span (`Ang password sa kiosk-admin karon kay `…``); a chat's export
named so and dated wherever it is kept, its messages stamped with the time alone (`[09:15] Inday: …`), a reply giving the
password after a short sentence of its own (`giilisan na to. Bag-o: …`). Their near misses stay none. Through the engine.
Generated fakes only: seeds 8260000-8260099."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ["Bangka", "Pawikan", "Dagat", "Balod", "Isla", "Bitoon", "Buwan", "Adlaw", "Hangin", "Jezioro", "Fala", "Morze"]


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol between, a number (`Balod$Isla4557`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("!#$%@*") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


_CHOSEN = [_chosen(8260000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(c.isdigit() for c in value) for value in _CHOSEN)


# --- Cebuano's `kay` and Tagalog's `ay` after the password's word ---------------------------------------------------

@pytest.mark.parametrize("sentence", ["Ang password sa kiosk-admin karon kay `{}` (giilisan ni Jun niadtong Lunes).",
                                      "Ang password sa kiosk-admin kay {}.",
                                      "Ang password ng kiosk ngayon ay `{}`"])
def test_a_page_sentence_after_kay_or_ay_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[0]
    text = "# Kiosk setup\n\n1. I-plug ang printer.\n" + "2. " + sentence.format(password) + "\n"
    assert _secrets(engine, "wiki/kiosk-setup.md", text) == [(4, password)]


def test_a_notes_item_after_kay_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = f"TODO sa kiosk\n- ilisi ang UPS battery\n- BIOS password kay {password} (para ma-disable ang USB boot)\n"
    assert _secrets(engine, "notes/kiosk-todo.txt", text) == [(3, password)]


@pytest.mark.parametrize("sentence", ["Ang password sa kiosk-admin kay `changeme`.",
                                      "Ang password kay nakalimtan ni Jun-jun.",
                                      "Ang password sa kiosk-admin kay `${KIOSK_PASSWORD}`.",
                                      "Ang password ay nasa Bitwarden-vault."])
def test_kay_or_ay_before_prose_or_a_stand_in_stays_none(engine: Engine, sentence: str) -> None:
    text = f"# Kiosk setup\n\n2. {sentence}\n"
    assert _secrets(engine, "wiki/kiosk-setup.md", text) == []
    assert _secrets(engine, "notes/kiosk-todo.txt", text) == []


# --- a dated chat export, its messages stamped with the time alone ------------------------------------------------

def _chat(reply: str, asked: str = "unsa imong gigamit nga password?") -> str:
    return ("[09:12] Nonoy: Bai, di ko ka-login sa admin panel sa ferry\n"
            f"[09:13] Inday: {asked}\n"
            "[09:13] Nonoy: ang daan pa, kadtong sa Marso\n"
            f"[09:15] Inday: {reply}\n"
            "[09:16] Nonoy: sige salamat!\n")


@pytest.mark.parametrize("name", ["support/chat-export-2024-06-12.txt", "ops/chat_log_2024-06.txt",
                                  "notes/ferry-chat.txt"])
def test_a_reply_after_a_short_sentence_in_a_dated_chat_export_blocks(engine: Engine, name: str) -> None:
    password = _CHOSEN[2]
    assert _secrets(engine, name, _chat(f"giilisan na to. Bag-o: {password}")) == [(4, password)]


def test_a_reply_with_no_password_asked_or_an_undated_export_stays_none(engine: Engine) -> None:
    password = _CHOSEN[3]
    assert _secrets(engine, "support/chat-export-2024-06-12.txt",
                    _chat(f"giilisan na to. Bag-o: {password}", asked="unsa imong ticket number?")) == []
    # (a page about a product's chat export, no date: documentation)
    assert _secrets(engine, "docs/chat-export.txt", _chat(f"giilisan na to. Bag-o: {password}")) == []


def test_a_reply_of_prose_or_a_version_stays_none(engine: Engine) -> None:
    for reply in ["giilisan na to. Bag-o: naa sa Bitwarden", "giilisan na to. Version: v2.14.1-rc.3",
                  "Ok na. Tan-awa ang https://kiosk.example.ph/a!b?c=1234"]:
        assert _secrets(engine, "support/chat-export-2024-06-12.txt", _chat(reply)) == []


# --- a login's pair in brackets after the system's address ---------------------------------------------------------

@pytest.mark.parametrize("pair", ["(admin / `{}`)", "(admin / {})", "(admin / {}) - zmień po zimie"])
@pytest.mark.parametrize("name", ["docs/notatki/przekazanie-warsztatu.md", "notes/handover.txt"])
def test_a_bracketed_pair_after_an_address_blocks(engine: Engine, pair: str, name: str) -> None:
    password = _CHOSEN[4]
    text = ("# Przekazanie warsztatu\n\n- Szlifierki: sprawdzać wodę.\n"
            f"- Grafana: http://grafana.warsztat.local:3000 {pair.format(password)}\n")
    assert _secrets(engine, name, text) == [(4, password)]


@pytest.mark.parametrize("pair", ["(admin / `changeme`)", "(admin / viewer)", "(admin / `{}`"])
def test_a_bracketed_pair_of_roles_or_unclosed_stays_none(engine: Engine, pair: str) -> None:
    text = f"# Przekazanie\n\n- Grafana: http://grafana.warsztat.local:3000 {pair.format(_CHOSEN[4])}\n"
    assert _secrets(engine, "docs/notatki/przekazanie-warsztatu.md", text) == []


# --- Polish's and Kashubian's access word; a configuration's comment giving a login's pair --------------------------

@pytest.mark.parametrize("word", ["dostãp", "dostęp", "Dostep", "login"])
def test_a_config_comments_login_pair_blocks(engine: Engine, word: str) -> None:
    password = _CHOSEN[5]
    text = ("server {\n    server_name grafana.example.pl;\n"
            f"    # {word}: warsztat / {password}  (zmienić po sezonie)\n"
            '    auth_basic "Warsztat";\n    auth_basic_user_file /etc/nginx/htpasswd-grafana;\n}\n')
    assert _secrets(engine, "infra/nginx/sites/grafana.conf", text) == [(3, password)]


def test_a_notes_access_word_before_a_pair_blocks(engine: Engine) -> None:
    password = _CHOSEN[6]
    assert _secrets(engine, "notes/warsztat.txt", f"Grafana\n- dostęp: warsztat / {password}\n") == [(2, password)]


@pytest.mark.parametrize("comment", ["# dostęp: tylko admin / operator", "# dostęp: warsztat / <hasło w Bitwarden>",
                                     "# login: admin / admin", "# dostęp: /var/www / /srv/www"])
def test_a_config_comments_roles_paths_or_stand_ins_stay_none(engine: Engine, comment: str) -> None:
    text = f"server {{\n    {comment}\n    auth_basic \"Warsztat\";\n}}\n"
    assert _secrets(engine, "infra/nginx/sites/grafana.conf", text) == []


def test_a_code_files_comment_is_left_to_codes_readers(engine: Engine) -> None:
    assert _secrets(engine, "app/settings.py", f"# login: warsztat / {_CHOSEN[5]}\nDEBUG = False\n") == []


# --- a remote-support session's ID and its password -----------------------------------------------------------------

def _session_password(seed: int) -> str:
    """A session password as TeamViewer draws it: ten lower-case letters and digits (`4k7pq2xzm9`)."""
    generator = random.Random(seed)
    return "".join(generator.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))


_SESSION = [_session_password(8260050 + step) for step in range(3)]


@pytest.mark.parametrize("name", ["docs/notes/smena-2026-11-28.txt", "notes/shift.txt", "wiki/line3.md"])
def test_a_session_password_beside_its_id_blocks(engine: Engine, name: str) -> None:
    password = _SESSION[0]
    text = ("Ночная смена, 28.11\nЛиния 3 стояла 40 минут.\nПодрядчик подключался удалённо через TeamViewer:\n"
            f"  ID 1 482 339 107, пароль {password}\nПароль после сеанса не сменили!\n")
    assert _secrets(engine, name, text) == [(4, password)]


@pytest.mark.parametrize("line", ["AnyDesk ID: 482 339 107 / password: {}", "RustDesk ID 482339107, hasło: {}",
                                  "TeamViewer: ID 482-339-107; Passwort {} (nach dem Termin ändern)"])
def test_a_session_password_in_other_tools_and_words_blocks(engine: Engine, line: str) -> None:
    password = _SESSION[1]
    assert _secrets(engine, "docs/notes/vendor-visit.txt", f"Vendor visit\n{line.format(password)}\n") == [(2, password)]


@pytest.mark.parametrize("line", ["TeamViewer ID 123 456 789, password {}",  # (an example's ID counts up)
                                  "Grafana ID 482 339 107, password {}",  # (no remote-support tool named)
                                  "TeamViewer ID 482 339 107, password xxxxxx", "TeamViewer ID 482 339 107, hasło Bratwurst",
                                  "TeamViewer ID 482 339 107, password <from the vendor>", "TeamViewer ID 4823, password {}"])
def test_a_session_password_near_miss_stays_none(engine: Engine, line: str) -> None:
    text = f"Vendor visit\n{line.format(_SESSION[2])}\n"
    assert _secrets(engine, "docs/notes/vendor-visit.txt", text) == []


# --- a head-first label in a quoted mail's lines --------------------------------------------------------------------

def _drawn(seed: int) -> str:
    """A temporary password a portal draws: twelve letters in both cases and digits (`0KByMb4OME6p`)."""
    generator = random.Random(seed)
    return "".join(generator.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(11)) + "7"


@pytest.mark.parametrize("quote", ["> ", ">", "> > "])
def test_a_quoted_mails_head_first_label_blocks_in_notes(engine: Engine, quote: str) -> None:
    password = _drawn(8260080)
    text = (f"# Mail from the wholesaler\n\n{quote}Good morning, your B2B portal:\n{quote}login: jantar.kartuzy\n"
            f"{quote}hasło tymczasowe: {password}\n{quote}Please change it after the first login.\n")
    assert _secrets(engine, "notes/wholesaler-mail.md", text) == [(5, password)]


def test_a_quoted_mails_label_on_a_page_keeps_documentations_bar(engine: Engine) -> None:
    text = "# Mail\n\n> login: jantar.kartuzy\n> hasło tymczasowe: {}\n"
    # (a drawn value on a documentation page is an example's; one chosen with care blocks, as a list item's does)
    assert _secrets(engine, "docs/notatki/hurtownia-mail.md", text.format(_drawn(8260081))) == []
    assert _secrets(engine, "docs/notatki/hurtownia-mail.md", text.format(_CHOSEN[7])) == [(4, _CHOSEN[7])]


@pytest.mark.parametrize("value", ["nowe-hasło", "<hasło z maila>", "${B2B_PASSWORD}"])
def test_a_quoted_mails_label_before_prose_stays_none(engine: Engine, value: str) -> None:
    assert _secrets(engine, "notes/wholesaler-mail.md", f"# Mail\n\n> hasło tymczasowe: {value}\n") == []
