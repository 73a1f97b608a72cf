"""Review of stop 61's page readers (md1, md2): what the batch's widened readers blocked wrongly or still missed.

A README's code block owns its key only where its note says so of this key: English's `our` before the credential's
word with at most a name, a possessive or a word saying which between (`our account's key`, `our ERP account's
credentials`), and not to share said of it (`do not share it`); a tutorial's `Our CLI reads the key from …`, `Our tool
needs a key.`, `Do not share API keys in issues.` own no key. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, count: int = 32) -> str:
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(count))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_KEY = _drawn(6219900)


def _readme(note: str, lead_in: str = "Run it:") -> str:
    return f"# exporter\n\n{lead_in}\n\n```sh\nexporter --api-key {_KEY} --shipment 2291\n```\n\n{note}\n"


@pytest.mark.parametrize("note, lead_in", [
    ("Our CLI reads the key from `--api-key` or `EXPORTER_KEY`.", "Run it:"),
    ("Do not share API keys in issues.", "Run it:"),
    ("Never share the key printed by `exporter init`.", "Run it:"),
    ("The shipment is labelled at once.", "Our tool needs a key for each carrier."),
    ("The key used by our CLI is read from the environment too.", "Run it:"),
])
def test_a_tutorials_block_under_a_note_owning_no_key_is_not_blocked(engine: Engine, note: str, lead_in: str) -> None:
    assert _blocked(engine, "README.md", _readme(note, lead_in)) == []


@pytest.mark.parametrize("note", [
    "This is our account's key; do not share it.",
    "Our ERP account's key, for the night batch.",
    "Never share this key outside the team.",
    "This key is ours: keep it in the team.",
])
def test_a_block_under_a_note_owning_its_key_blocks(engine: Engine, note: str) -> None:
    assert [secret for _, _, secret in _blocked(engine, "README.md", _readme(note))] == [_KEY]


# --- a note's head-first label in Kinyarwanda ----------------------------------------------------------------------------
# (md2 taught Kinyarwanda's `ijambo ry'ibanga` to the pages' readers; an operator's note's `Ijambo ry'ibanga: …`, read by the
# head-first label the other languages' notes go through, still passed)

_CHOSEN = "Karongi#Nyanza4815"


@pytest.mark.parametrize("label", ["Ijambo ry'ibanga", "Ijambo ry\u2019ibanga rya router", "IJAMBO RY'IBANGA",
                                   "Ijambo ry ibanga", "Ijambobanga rya admin",
                                   "\u067e\u0627\u0633\u0648\u0631\u0689 \u062f \u0631\u0648\u067c\u0631"])
def test_a_notes_label_in_these_languages_blocks(engine: Engine, label: str) -> None:
    assert [(line, secret) for line, _, secret in _blocked(engine, "notes/sitasiyo.txt", f"NAS\n{label}: {_CHOSEN}\n")] \
        == [(2, _CHOSEN)]


@pytest.mark.parametrize("line", ["Ijambo ry'ibanga: jereo Bitwarden", "Ijambo ry'ibanga: changeme",
                                  "Ijambo ry'ibanga rigomba kuba: inyuguti 12"])
def test_a_notes_label_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/sitasiyo.txt", f"NAS\n{line}\n") == []


# --- a page in Confluence's (and Jira's) wiki markup -----------------------------------------------------------------------
# (md2 read the markup's headings, monospace, items and code blocks; its tables, `||Servijer||Ger-tremen||` over
# `|kaisse.lan|…|`, its bold, `*Password:* {{…}}`, and a Jira page with no heading, `wiki/….jira`, stayed unread)

_BRETON = "Menez*Kastell6844"


@pytest.mark.parametrize("filename, text, line", [
    ("wiki/Kaisse.txt", "h1. Kaisse\n\n||Servijer||Implijer||Ger-tremen||\n|kaisse.lan|{{root}}|{pw}|\n", 4),
    ("wiki/Kaisse.txt", "h1. Kaisse\n\n||Server||User||Password||\n|kaisse.lan|root|{pw}|\n", 4),
    ("wiki/Kaisse.txt", "h2. DB\n\n*Password:* {{{pw}}}\n", 3),
    ("wiki/Kaisse.jira", "Kaisse, MySQL:\n* Ger-tremen root MySQL: {{{pw}}}\n", 2),
    ("export/Kaisse.confluence", "* DB login: {{kaisse}} / {{{pw}}}\n", 1),
])
def test_a_wiki_markup_pages_table_bold_and_unheaded_jira_page_block(engine: Engine, filename: str, text: str,
                                                                      line: int) -> None:
    assert [(at, secret) for at, _, secret in _blocked(engine, filename, text.replace("{pw}", _BRETON))] == [(line, _BRETON)]


@pytest.mark.parametrize("filename, text", [
    ("wiki/Kaisse.txt", "h1. Kaisse\n\n||Servijer||Implijer||Ger-tremen||\n|kaisse.lan|{{root}}|jereo Bitwarden|\n"
                        "|kaisse2.lan|root|{{db_password}}|\n"),
    ("wiki/Kaisse.jira", "* Ger-tremen: {{ vault_pw }}\n* MySQL root password: {{changeme}}\n"),
    ("wiki/Kaisse.txt", "h1. Kaisse\n\n*Password:* {{<ger-tremen>}}\n* *Note:* ask *Gwenola*\n"),
    # (a template's text, no heading of the markup's: `{{…}}` is its expression)
    ("templates/mail.txt", "* MySQL root password: {{{pw}}}\n"),
])
def test_a_wiki_markup_page_giving_no_password_stays_unblocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.replace("{pw}", _BRETON)) == []


# --- a runbook's sentence giving the password in bold, in Kinyarwanda and Breton -----------------------------------------
# (md1 read Malagasy's, Samoan's and Somali's words before a bold value; md2's words, what the password is for between the
# word and its is, `Ijambo ry'ibanga rya admin ni **…**`, `Ger-tremen ar merour eo **…**`, passed, wrapped or not)

@pytest.mark.parametrize("sentence, line", [
    ("Ijambo ry'ibanga rya admin ni **{pw}**.", 3),
    ("Ijambo ry'ibanga rya admin ni\n**{pw}**.", 4),
    ("Ger-tremen ar merour eo **{pw}**.", 3),
])
def test_a_runbooks_bold_password_in_these_languages_blocks(engine: Engine, sentence: str, line: int) -> None:
    text = "# DB\n\n" + sentence.replace("{pw}", _CHOSEN) + "\n"
    assert [(at, secret) for at, _, secret in _blocked(engine, "docs/runbooks/db.md", text)] == [(line, _CHOSEN)]


@pytest.mark.parametrize("sentence", ["Ijambo ry'ibanga rishya **rizoherezwa** kuri email.",
                                      "Ger-tremen ar merour eo **kemmet** bep miz.", "Ijambo ry'ibanga ni **changeme**."])
def test_a_runbooks_bold_prose_in_these_languages_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/runbooks/db.md", "# DB\n\n" + sentence + "\n") == []
