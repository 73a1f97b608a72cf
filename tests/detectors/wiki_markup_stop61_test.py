"""Blind round 61 (a Breton team's Confluence export, `wiki/Kaisse-Montroulez.txt`): a page in Confluence's (and Jira's)
wiki markup (`h1.` headings, `{{monospace}}`, `* item`, `# numbered`, `** nested`, `{code}` blocks) is read as the
Markdown page it renders to, line for line, by every documentation reader: `* Ger-tremen root MySQL: {{…}}` is
Markdown's `* Ger-tremen root MySQL: `…``. Read only where the page shows the markup's own marks (a heading `hN. ` and a
monospace span) in a file of a wiki export's name (`.txt`, `.wiki`, `.confluence`, `.jira`, `.markup`): `{{ … }}` alone
is a template's expression. Placeholders and stores in monospace stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.engine.carriers import WIKI_MARKUP, embedded

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Menez", "Kastell", "Lann", "Mare", "Montroulez", "Kemper", "Brest", "Gwenn")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Menez*Kastell6844`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_CHOSEN = [_chosen(6210200 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)


def test_the_markup_is_read_as_markdown_line_for_line() -> None:
    text = ("h1. Kaisse\n\n* Servijer: {{kaisse.lan}}\n# Kentañ\n** Diabarzh\n{code:bash}\n# {{x}} as written\n"
            "mysql -u root\n{code}\n")
    items = [item for item in embedded("wiki/Kaisse.txt", text) if item.carrier == WIKI_MARKUP]
    assert len(items) == 1 and items[0].name == "wiki/Kaisse.md"
    assert items[0].text.split("\n")[:9] == ["# Kaisse", "", "* Servijer: `kaisse.lan`", "1. Kentañ", "- Diabarzh", "```",
                                             "# {{x}} as written", "mysql -u root", "```"]


@pytest.mark.parametrize("filename", ["wiki/Kaisse.md", "templates/welcome.html.j2", "src/mail.py"])
def test_no_other_files_markup_is_read(filename: str) -> None:
    text = "h1. Kaisse\n\n* Servijer: {{kaisse.lan}}\n"
    assert not [item for item in embedded(filename, text) if item.carrier == WIKI_MARKUP]


@pytest.mark.parametrize("item", [
    "* Ger-tremen root MySQL: {{{pw}}}",  # (Breton's, a Confluence export)
    "* MySQL root password: {{{pw}}}",  # (English's)
    "# DB login: {{kaisse}} / {{{pw}}}",  # (a numbered item's login pair in monospace: no backtick for the prefilter)
    "** implijer {{kaisse}}, ger-tremen {{{pw}}}",  # (a nested item)
])
@pytest.mark.parametrize("filename", ["wiki/Kaisse-Montroulez.txt", "wiki/Kaisse-Montroulez.wiki", "export/Kaisse.confluence"])
def test_a_wiki_markup_pages_password_blocks(engine: Engine, item: str, filename: str) -> None:
    password = _CHOSEN[0]
    text = ("h1. Kaisse Montroulez\n\n* Servijer: kaisse.montroulez.lan\n* Diazez: MySQL 8, implijer {{kaisse}}\n"
            f"{item.replace('{pw}', password)}\n* Enrolladennoù: bemnoz da 3e\n\n_Hizivaet gant Gwenola_\n")
    assert _secrets(engine, filename, text) == [(5, password)]


@pytest.mark.parametrize("filename, text", [
    # (no heading of the markup's: `{{…}}` is a template's expression)
    ("wiki/Kaisse.txt", "Kaisse\n\n* MySQL root password: {{{pw}}}\n"),
    # (the markup's, over placeholders, stores and stock values)
    ("wiki/Kaisse.txt", "h1. Kaisse\n\n* MySQL root password: {{db_password}}\n* Ger-tremen: {{ vault_pw }}\n"
                        "* Ger-tremen: {{changeme}}\n* MySQL root password: {{<ger-tremen>}}\n"),
    # (a file of no wiki export's name: a Markdown page's or a template's text is read as it stands)
    ("wiki/Kaisse.md", "h1. Kaisse\n\n* MySQL root password: {{{pw}}}\n"),
    ("templates/welcome.html.j2", "h1. Kaisse\n\n* MySQL root password: {{{pw}}}\n"),
])
def test_a_wiki_markup_page_giving_no_password_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.replace("{pw}", _CHOSEN[0])) == []
