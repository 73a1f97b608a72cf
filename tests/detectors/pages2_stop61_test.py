"""Blind round 61 (Markdown, MediaWiki and reStructuredText pages, round two): a Greenlandic, Igbo, Tigrinya, Kurdish,
Guarani or West Frisian team's runbooks, wiki pages and handover notes give a password in their own words. Greenlandic
calls it `isissutissaq`, its value column `Nalinga`; Igbo `okwuntughe`, its value column `Uru`; West Frisian
`wachtwurd` (compounded as Dutch's), its value `Wearde`; Guarani `ñe'ẽñemi` (its glottal stop an apostrophe, a modifier
letter or none), among Spanish's words and qualifiers; Central Kurdish `وشەی نهێنی`; Kurmanji `şîfre` and its login
`Têketin`; Tigrinya `መሕለፊ ቃል`. Read by the readers the other languages' words go through (a table's password or login
column, a settings table's row, a list item's label, a sentence's code span or bold), and a table's column headed by
any language's password word the key judgement knows. Three forms in any language: a settings table's row whose label
is glossed in English in brackets (`Isissutissaq (password)`); a Romance password word's adjective (`contraseña
temporal `…``); a documentation command's key or token option sent to its service's own host (`--server https://… \\`
then `--token …`), the page's own key where it looks issued, a warning beside an example's host. Placeholders, stores
named and prose stay none. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_a_localized_password_word, names_a_password
from secretfence.engine import Engine
from secretfence.findings import LOW

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Nuuk", "Qaqortoq", "Enugu", "Onitsha", "Asmara", "Keren", "Hewler", "Duhok", "Hohenau", "Encarnacion",
          "Snits", "Dokkum")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Nuuk#Keren4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _issued(seed: int) -> str:
    """A key as a service issues one: a prefix, then 32 letters of both cases and digits."""
    generator = random.Random(seed)
    body = "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(32))
    return "rp_" + body


_CHOSEN = [_chosen(6250000 + step) for step in range(8)]
_ISSUED = [_issued(6250100 + step) for step in range(3)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _warned(engine: Engine, filename: str, text: str) -> list:
    return [(finding.line_number, finding.secret) for finding in engine.scan_text(filename, text)
            if finding.confidence == LOW]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)
    assert all(len(value) == 35 and any(c.isupper() for c in value) and any(c.isdigit() for c in value) for value in _ISSUED)


@pytest.mark.parametrize("key", ["Isissutissaq", "isissutissat", "OKWUNTUGHE", "Wachtwurd", "adminwachtwurd",
                                 "smtp_wachtwurd", "Ñe'ẽñemi", "ñe\u2019ẽñemi", "ñe\u02bcẽñemi", "ñeẽñemi",
                                 "وشەی نهێنی", "وشەی تێپەڕ", "መሕለፊ ቃል", "Şîfre"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["ñe", "ẽñemi", "وشەی", "نهێنی", "ቃል", "Nalinga", "Uru", "Têketin"])
def test_a_word_of_the_phrases_alone_or_a_column_word_names_none(key: str) -> None:
    assert not names_a_password(key)


@pytest.mark.parametrize("header, expected", [("Isissutissaq", True), ("Ñe'ẽñemi", True), ("وشەی نهێنی", True),
                                              ("password", False), ("Isissutissaq admin", False), ("ẽñemi", False)])
def test_a_localized_password_word_alone(header: str, expected: bool) -> None:
    # (English's word is _tool_outputs' own header; a word with more after it is the key judgement's)
    assert is_a_localized_password_word(header) is expected


# --- a table's password column, a settings table's row -----------------------------------------------------------------

@pytest.mark.parametrize("header", ["Isissutissaq", "Okwuntughe", "Ñe'ẽñemi", "Ñe\u2019ẽñemi", "وشەی نهێنی", "Şîfre",
                                    "Wachtwurd", "መሕለፊ ቃል"])
def test_a_tables_password_column_in_these_languages_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Accounts\n\n| System | User | {header} |\n|---|---|---|\n| Office Wi-Fi | - | see the sticker |\n"
            f"| Scanner mailbox | scan@office.gl | {password} |\n| Bitwarden | your mail | you choose |\n")
    assert _secrets(engine, "wiki/Accounts.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["(Bitwarden)", "`<isissutissaq>`", "********", "you choose"])
def test_a_tables_password_column_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# Accounts\n\n| System | Atuisoq | Isissutissaq |\n|---|---|---|\n| Scanner | scan@office.gl | {cell} |\n"
    assert _blocked(engine, "wiki/Accounts.md", text) == []


@pytest.mark.parametrize("header", ["Têketin", "Teketin", "Ynloggegevens", "Têketin (db)"])
def test_a_tables_login_column_in_these_languages_blocks_its_pairs_password(engine: Engine, header: str) -> None:
    password = _CHOSEN[4]
    text = (f"# Servers\n\n| Server | Rol | {header} |\n|---|---|---|\n| db1.berra.lan | MySQL | root / {password} |\n"
            "| web1.berra.lan | nginx | bi SSH key |\n")
    assert _secrets(engine, "wiki/Servers.md", text) == [(5, password)]


@pytest.mark.parametrize("header, label", [
    ("| Qanoq | Nalinga |", "Isissutissaq"),  # (Greenlandic's value column and word)
    ("| Ihe | Uru |", "okwuntughe"),  # (Igbo's)
    ("| Ding | Wearde |", "Wachtwurd"),  # (West Frisian's)
    ("| Qanoq | Nalinga |", "Isissutissaq (password)"),
    ("| Qanoq | Nalinga |", "Iserfik (password)"),  # (a word no reader knows, glossed in English)
])
def test_a_settings_tables_password_row_under_these_value_columns_blocks(engine: Engine, header: str, label: str) -> None:
    password = _CHOSEN[1]
    text = (f"# VSAT router\n\n{header}\n|---|---|\n| Admin URL | https://192.168.100.1 |\n| User | admin |\n"
            f"| {label} | `{password}` |\n")
    assert _secrets(engine, "docs/runbooks/router.md", text) == [(7, password)]


@pytest.mark.parametrize("label", ["Iserfik (notes)", "Iserfik", "Iserfik (password manager)"])
def test_a_settings_tables_row_no_gloss_names_a_password_is_not_blocked(engine: Engine, label: str) -> None:
    text = (f"# VSAT router\n\n| Qanoq | Nalinga |\n|---|---|\n| User | admin |\n| {label} | `{_CHOSEN[1]}` |\n")
    assert _blocked(engine, "docs/runbooks/router.md", text) == []


def test_a_settings_table_with_a_note_column_under_igbos_value_column_blocks_its_secret(engine: Engine) -> None:
    secret = _ISSUED[0][3:]
    text = ("# Ịtọlite ụgwọ\n\n| Aha | Uru | Ndetu |\n|-----|-----|-------|\n| `SHOP_API_KEY` | `MK_PROD_8QZ1XJ4W` | |\n"
            f"| `SHOP_SECRET` | `{secret}` | nzuzo! |\n")
    assert _secrets(engine, "docs/payments-setup.md", text) == [(6, secret)]


# --- a list item's label, a sentence's span or bold ---------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- وشەی نهێنی: {pw}",  # (Central Kurdish's, its value bare)
    "* Wachtwurd: {pw}",  # (West Frisian's)
    "- wachtwurd: `{pw}` (feroarje it dyn earste wike)",
    "- Okwuntughe: `{pw}`",  # (Igbo's)
    "3. ኣብ ፖርታል ኣትዉ: ተጠቃሚ `frontdesk`, መሕለፊ ቃል **{pw}** (ቀይርዎ)።",  # (Tigrinya's, bold after its word)
    "- Servidor taller: `ssh admin@srv.lan` — ñe'ẽñemi temporal `{pw}`",  # (Guarani's, Spanish's adjective after it)
    "- Servidor: `ssh admin@srv.lan` — contraseña temporal `{pw}`",  # (Spanish's own)
    "- Portal: senha provisória `{pw}`",  # (Portuguese's)
])
def test_a_password_given_after_its_word_in_these_languages_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[2]
    text = f"# Notes\n\n- Camera: http://192.168.20.14\n- User: admin\n{item.replace('{pw}', password)}\n"
    assert _secrets(engine, "docs/onboarding/notes.md", text) == [(5, password)]


@pytest.mark.parametrize("item", [
    "* Wachtwurd: sjoch Bitwarden",
    "- Ñe'ẽñemi: ehecha **1Password** → bóveda \"Secaderos\"",
    "- contraseña temporal `<contraseña>`",
    "- contraseña temporal: la manda Rosa por WhatsApp",
    "- وشەی نهێنی: لە Bitwarden",
])
def test_these_words_before_no_password_are_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/onboarding/notes.md", f"# Notes\n\n{item}\n") == []


# --- MediaWiki pages (fix61_md1's reader) -------------------------------------------------------------------------------

def test_a_wikitables_kurmanji_login_column_blocks(engine: Engine) -> None:
    password = _CHOSEN[3]
    text = ("== Serverên me ==\n{| class=\"wikitable\"\n! Server !! Rol !! Têketin\n|-\n"
            f"| db1.berra.lan || MySQL || root / {password}\n|-\n| web1.berra.lan || nginx || bi SSH key\n|}}\n")
    assert _secrets(engine, "wiki/Servers.wiki", text) == [(5, password)]


def test_a_wikitables_masked_kurmanji_password_column_is_not_blocked(engine: Engine) -> None:
    text = ("== Hesab ==\n{| class=\"wikitable\"\n! Servîs !! Bikarhêner !! Şîfre\n|-\n"
            "| Etsy || berra || ******** (Bitwarden)\n|-\n| Kargo || berra || [veşartî]\n|}\n")
    assert _blocked(engine, "wiki/Hesab.wiki", text) == []


def test_a_wiki_pages_guarani_sentence_in_code_spans_blocks(engine: Engine) -> None:
    password = "IRhCFF3Uq5uM"  # (drawn, 12 characters: documentation's bar for a generated one)
    text = ("== Molino ==\n=== Acceso ===\n* PLC: 192.168.10.20\n"
            f"* Panel HMI web: http://192.168.10.21 — usuario <code>operador</code>, ñe'ẽñemi <code>{password}</code>\n")
    assert _secrets(engine, "wiki/Molino.wiki", text) == [(4, password)]


# --- a documentation command's key option sent to its service's own host -----------------------------------------------

def _upload_page(server: str, token: str) -> str:
    return ("ፕሮፋይላት ምስቃል (Uploading profiles)\n====================================\n\nTo upload::\n\n"
            f"    roast-profiles upload --server {server} \\\n        --token {token} batch-0412.alog\n\n"
            ".. note:: እዚ token ናይ ጉጅለ መጥበሲ እዩ።\n")


def test_a_documented_token_option_sent_to_its_services_own_host_blocks(engine: Engine) -> None:
    token = _ISSUED[1]
    assert _secrets(engine, "roast-lib/docs/upload.rst", _upload_page("https://profiles.buna-adulis.er", token)) == [(7, token)]
    text = f"# Upload\n\n```\nroast-profiles upload --server https://profiles.buna-adulis.er --api-key {token} x.alog\n```\n"
    assert _secrets(engine, "docs/upload.md", text) == [(4, token)]


@pytest.mark.parametrize("server", ["https://profiles.example.com", "http://localhost:8080", "https://your-server"])
def test_a_documented_token_option_for_an_examples_host_warns(engine: Engine, server: str) -> None:
    token = _ISSUED[2]
    page = _upload_page(server, token)
    assert _blocked(engine, "roast-lib/docs/upload.rst", page) == []
    assert _warned(engine, "roast-lib/docs/upload.rst", page) == [(7, token)]


@pytest.mark.parametrize("token", ["<TOKEN>", "$ROAST_TOKEN", "your-token-here", "abc123", "rp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
def test_a_documented_token_option_holding_no_issued_key_is_not_reported(engine: Engine, token: str) -> None:
    page = _upload_page("https://profiles.buna-adulis.er", token)
    assert [finding for finding in engine.scan_text("roast-lib/docs/upload.rst", page)] == []



def test_a_password_written_in_brackets_in_a_password_column_still_blocks() -> None:
    """The bracketed note a password column's cell may hold (`(Bitwarden)`, `(ask Nivi)`) is words; a password a team
    put in brackets (no blank, not letters alone) is still the column's password (the merge's review of fix61_pages2)."""
    engine = Engine()
    password = _chosen(6250200)
    page = f"# Accounts\n\n| System | User | Password |\n|---|---|---|\n| Router | admin | ({password}) |\n"
    assert [(line, secret) for line, _, secret in _blocked(engine, "docs/accounts.md", page)] == [(5, f"({password})")]
    for note in ("(Bitwarden)", "(ask Nivi)", "[hidden]"):
        assert _blocked(engine, "docs/accounts.md", page.replace(f"({password})", note)) == []
