"""Blind round 61 (Markdown and wiki pages, share one): a Malagasy, Samoan or Somali team's runbooks, wiki pages and
Wi-Fi notes give a password in their own words. Malagasy calls it `tenimiafina` (a hidden word; `teny miafina` apart),
Samoan `upu fa'alilolilo` (a secret word; its glottal stop an apostrophe, an ʻokina or left out), Somali `erayga sirta`
(the secret's word; `ereyga` too, `ah` after it). Read by the readers the other languages' words go through (not
copies): a Markdown table's password column, a list item's label before a code span, a head-first label with what it
is for after the word. Placeholders, stores named and words about passwords stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Vanila", "Tanety", "Fetu", "Moana", "Tiale", "Hawd", "Sanaag", "Jilaal", "Rano", "Niu", "Ulu")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Tanety#Fetu4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_CHOSEN = [_chosen(6200000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)


@pytest.mark.parametrize("key", ["Tenimiafina", "tenimiafina_router", "TENIMIAFINA", "teny miafina", "Upu fa'alilolilo",
                                 "Upu fa\u2019alilolilo", "upu fa\u02bbalilolilo", "upu_faalilolilo", "Erayga sirta",
                                 "erayga_sirta", "Ereyga sirta ah"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["teny", "miafina", "upu", "alilolilo", "erayga", "sirta"])
def test_a_word_of_the_phrases_alone_names_none(key: str) -> None:
    assert not names_a_password(key)


# --- a table's password column -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Tenimiafina", "Teny miafina", "Upu fa'alilolilo", "Upu faʻalilolilo",
                                    "Upu faalilolilo", "Erayga sirta", "Erayga sirta ah"])
def test_a_tables_password_column_in_these_languages_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Rafitra\n\n| Rafitra | Mpampiasa | {header} |\n|---|---|---|\n"
            "| Router | admin | jereo Bitwarden |\n"
            f"| NAS | sary | {password} |\n| Mizana | - | tsy misy |\n")
    assert _secrets(engine, "docs/fidirana.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["(weydii Warsame)", "`<erayga-sirta>`", "Bitwarden", "changeme"])
def test_a_tables_password_column_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# Xafiiska\n\n| Shabakad | Erayga sirta | Fiiro |\n|---|---|---|\n| STAFF | {cell} | shaqaalaha |\n"
    assert _blocked(engine, "docs/xafiiska/wifi.md", text) == []


# --- a list item's label before a code span; a head-first label ------------------------------------------------------

@pytest.mark.parametrize("label", ["Tenimiafina", "Upu fa'alilolilo", "Erayga sirta", "Erayga sirta ah ee Grafana",
                                   "Tenimiafina admin", "Tenimiafiny"])
def test_a_labelled_code_span_in_these_languages_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Mailaka\n\nNy mailaka dia mandalo amin'ny `smtp.sava.example.mg`.\n\n* Mpampiasa: `ops`\n"
            f"* {label}: `{password}`\n* Fetra: 500\n")
    assert _secrets(engine, "wiki/Mailaka.md", text) == [(6, password)]


@pytest.mark.parametrize("item", [
    "* Tenimiafina: jereo Bitwarden",
    "* Erayga sirta: `<erayga-sirta>`",
    "* Upu fa'alilolilo: `changeme`",
])
def test_a_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "wiki/Mailaka.md", f"# IT\n\n{item}\n") == []


# --- a label whose words hold an apostrophe (a glottal stop, an elided vowel) before its code span ----------------------

@pytest.mark.parametrize("label", ["Upu fa'alilolilo a le pule (admin)", "Upu fa\u2019alilolilo a le pule",
                                   "Upu fa'alilolilo (admin)", "Tenimiafin'ny admin"])
def test_a_label_with_an_apostrophe_before_its_code_span_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[2]
    text = (f"# Fale siapo - Initaneti\n\n- Igoa o le feso'otaiga: `FaleSiapo-Manono`\n"
            f"- Tuatusi o le router: http://192.168.8.1\n- Igoa o le pule: `admin`\n- {label}: `{password}`\n")
    assert _secrets(engine, "manono-notes/fale-siapo-wifi.md", text) == [(6, password)]


@pytest.mark.parametrize("label", ["Igoa o le feso'otaiga", "Password manager's entry", "Password manager\u2019s entry",
                                   "Upu fa'alilolilo a le pule"])
def test_a_label_with_an_apostrophe_naming_no_password_or_over_none_is_not_blocked(engine: Engine, label: str) -> None:
    value = "`<upu-fa'alilolilo>`" if label.startswith("Upu") else f"`{_CHOSEN[3]}`"
    assert _blocked(engine, "notes/wifi.md", f"# Wi-Fi\n\n- {label}: {value}\n") == []


# --- a MediaWiki page read as the Markdown page it renders to -----------------------------------------------------------

def _wiki_table(header: str, cell: str, one_cell_a_line: bool = False) -> str:
    if one_cell_a_line:
        rows = ("|-\n| Router\n| 10.50.0.1\n| admin\n| (weydii Warsame)\n"
                f"|-\n| MikroTik hEX\n| 10.50.0.2\n| admin\n| {cell}\n")
    else:
        rows = ("|-\n| Router || 10.50.0.1 || admin || (weydii Warsame)\n"
                f"|-\n| style=\"color:red\" | MikroTik hEX || 10.50.0.2 || admin || {cell}\n")
    return (f"== Shabakadda ==\nRouter-ka beerta.\n\n{{| class=\"wikitable\"\n|+ Qalabka\n"
            f"! Qalab !! IP !! Isticmaale !! {header}\n{rows}|}}\n")


@pytest.mark.parametrize("header", ["Erayga sirta", "Password", "Upu fa'alilolilo", "scope=\"col\" | Tenimiafina"])
@pytest.mark.parametrize("one_cell_a_line, line", [(False, 10), (True, 16)])
def test_a_wiki_tables_password_column_blocks(engine: Engine, header: str, one_cell_a_line: bool, line: int) -> None:
    password = _CHOSEN[4]
    text = _wiki_table(header, password, one_cell_a_line)
    assert _secrets(engine, "wiki/Shabakadda_Beerta.wiki", text) == [(line, password)]


@pytest.mark.parametrize("header, cell", [
    ("Erayga sirta", "changeme"),  # (a stock password)
    ("Erayga sirta", "&lt;erayga-sirta&gt;"),  # (a placeholder, its brackets escaped)
    ("Erayga sirta", "Bitwarden"),
    ("Fiiro", "{pw}"),  # (no password's column)
])
def test_a_wiki_table_giving_no_password_is_not_blocked(engine: Engine, header: str, cell: str) -> None:
    text = _wiki_table(header, cell.replace("{pw}", _CHOSEN[4]))
    assert _blocked(engine, "wiki/Shabakadda_Beerta.wiki", text) == []


@pytest.mark.parametrize("item", ["* Upu fa'alilolilo: <code>{pw}</code>", "* Password: <code>{pw}</code>",
                                  "* Erayga sirta: '''{pw}'''", "# Tenimiafina: <tt>{pw}</tt>"])
def test_a_wiki_pages_labelled_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[5]
    text = (f"== Upega tafa'ilagi ==\nO le upega e tausia e Losa.\n\n=== Fa'afou ata ===\n* Tuatusi FTP: ftp.siapo.example.ws\n"
            f"* Igoa: '''siapoftp'''\n{item.replace('{pw}', password)}\n")
    assert password in {secret for _, secret in _secrets(engine, "wiki/Upega.wiki", text)}
    assert {line for line, _ in _secrets(engine, "wiki/Upega.wiki", text)} == {7}


@pytest.mark.parametrize("item", ["* Upu fa'alilolilo: <code>&lt;upu-fa'alilolilo&gt;</code>",
                                  "* Password: <code>changeme</code>", "* Erayga sirta: ku jira Bitwarden",
                                  "* Igoa: <code>siapoftp</code>"])
def test_a_wiki_pages_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "wiki/Upega.wiki", f"== FTP ==\n{item}\n") == []
