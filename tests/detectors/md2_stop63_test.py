"""Blind round 63 (Markdown pages in Occitan and Sindhi, part 2): a team's pages give a password or a key in forms no
reader took. Occitan says password `senhal` (a sign, a token), its `is` `es` as Spanish's (`lo senhal es `…``); Sindhi
`ڳجهو لفظ` (a secret word), its settings table's value column `قدر`. A Twilio console's account is pasted as its
`Account SID` beside its `Auth token`: a security identifier's `SID` is the identifier the token was issued with, as a
client's id is its secret's. A Helm command continued over lines gives `--set db.password='…'` on a line of its own,
no SQL comment for opening with `--`. Placeholders, stock values, stores named, references and a tutorial's stand-ins
stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Bresca", "Mistral", "Garona", "Lengadoc", "Thatta", "Hala", "Indus", "Sukkur", "Estela", "Calanca")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Bresca+Mistral1081`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*+-.") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int = 18, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A value a generator drew: letters of both cases and digits (or hex, where `alphabet` says so)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


_CHOSEN = [_chosen(7010000 + step) for step in range(4)]
_DRAWN = [_drawn(7010100 + step) for step in range(4)]
_HEX = "0123456789abcdef"
_SID = "AC" + _drawn(7010200, 32, _HEX)
_AUTH_TOKEN = _drawn(7010201, 32, _HEX)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN)) == len(_CHOSEN) and len(set(_DRAWN)) == len(_DRAWN)
    assert len(_SID) == 34 and len(_AUTH_TOKEN) == 32 and len(set(_AUTH_TOKEN)) >= 10


@pytest.mark.parametrize("key", ["senhal", "Senhal", "senhals", "ڳجهو لفظ"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["ڳجهو", "لفظ", "senh"])
def test_a_word_of_the_phrase_alone_names_none(key: str) -> None:
    assert not names_a_password(key)


# --- Occitan's `senhal` in a page's sentence -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Per se connectar al ret staff, lo senhal es `{pw}` (cambiat en setembre).",  # (its `is`, a note after)
    "Senhal del ret staff: `{pw}`",  # (what it is for after `del`)
    "Los senhals: `{pw}`",  # (its plural)
])
def test_a_pages_password_after_the_occitan_word_blocks(engine: Engine, sentence: str) -> None:
    password = _DRAWN[0]
    text = (f"# Wifi de l'estadi\n\nLo ret `Staff` es per la caissa.\n\n{sentence.replace('{pw}', password)}\n"
            "Lo donar pas als supportaires, mercé !\n")
    assert _secrets(engine, "docs/notas/wifi-estadi.md", text) == [(5, password)]


@pytest.mark.parametrize("sentence", [
    "lo senhal es `<senhal>`",  # (a placeholder)
    "lo senhal es `changeme`",  # (a stock one)
    "lo senhal es dins `Bitwarden`",  # (where it is kept)
    "lo senhal es `${WIFI_STAFF_PSK}`",  # (a reference)
])
def test_the_occitan_word_over_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/notas/wifi-estadi.md", f"# Wifi\n\n{sentence}\n") == []


# --- Sindhi's `ڳجهو لفظ` in a runbook's settings table --------------------------------------------------------------------

def test_a_runbooks_settings_row_under_the_sindhi_word_blocks(engine: Engine) -> None:
    password = _CHOSEN[0]
    text = (f"# COD حساب\n\n| شي | قدر |\n|----|-----|\n| ڊيٽابيس | `10.20.4.15` / `settlements` |\n| يوزر | `cod_report` |\n"
            f"| ڳجهو لفظ | `{password}` |\n")
    assert _secrets(engine, "docs/runbooks/cod-settlement.md", text) == [(7, password)]


@pytest.mark.parametrize("row", ["| ڳجهو لفظ | Vault ۾ |", "| ڳجهو لفظ | `<ڳجهو لفظ>` |", "| ڳجهو لفظ | `changeme` |",
                                 "| لفظ | `{pw}` |"])
def test_a_sindhi_settings_table_over_no_password_is_not_blocked(engine: Engine, row: str) -> None:
    text = f"# COD\n\n| شي | قدر |\n|----|-----|\n| يوزر | `cod_report` |\n{row.replace('{pw}', _CHOSEN[1])}\n"
    assert _blocked(engine, "docs/runbooks/cod-settlement.md", text) == []


# --- a Twilio account's SID beside its auth token -------------------------------------------------------------------------

@pytest.mark.parametrize("page", [
    "- Account SID: `{sid}` (pas secret)\n- Auth token: `{token}`\n",  # (a wiki's list, a note on the SID)
    "| Paramètre | Valor |\n|---|---|\n| Account SID | `{sid}` |\n| Auth Token | `{token}` |\n",  # (a settings table)
])
def test_an_auth_token_beside_its_account_sid_blocks(engine: Engine, page: str) -> None:
    text = f"# Convocacions per SMS\n\nLo servici manda los SMS lo dimècres.\n\n{page.format(sid=_SID, token=_AUTH_TOKEN)}"
    found = _secrets(engine, "wiki/Convocacions-SMS.md", text)
    assert [secret for _, secret in found] == [_AUTH_TOKEN]


@pytest.mark.parametrize("sid, token, lead_in", [
    ("AC" + "x" * 32, _AUTH_TOKEN, ""),  # (the SID a stand-in: a tutorial's)
    (_SID, "your_auth_token", ""),  # (the token a stand-in)
    (_SID, "0" * 32, ""),  # (no drawn token)
    (_SID, _AUTH_TOKEN, "Add your credentials:\n\n"),  # (a page addressing its reader)
])
def test_a_sid_and_token_pair_a_tutorial_writes_is_not_blocked(engine: Engine, sid: str, token: str, lead_in: str) -> None:
    text = f"# SMS\n\n{lead_in}- Account SID: `{sid}`\n- Auth token: `{token}`\n"
    assert _blocked(engine, "wiki/SMS.md", text) == []


# --- a Helm command continued over lines ----------------------------------------------------------------------------------

def _helm(value: str) -> str:
    return (f"helm install billetaria charts/billetaria -n rcl \\\n  --set db.user=billetaria \\\n"
            f"  --set db.password={value} \\\n  --set ingress.host=billets.rugbi.example.org\n")


@pytest.mark.parametrize("filename, fence", [("docs/desplegament-billetaria.md", True), ("scripts/deploy.sh", False)])
def test_a_continued_helm_commands_database_password_blocks(engine: Engine, filename: str, fence: bool) -> None:
    password = _CHOSEN[2]
    command = _helm(f"'{password}'")
    text = f"# Desplegament\n\n```\n{command}```\n" if fence else command
    assert _secrets(engine, filename, text) == [(6 if fence else 3, password)]


@pytest.mark.parametrize("value", ["'<password>'", "$DB_PASSWORD", '"${DB_PASSWORD}"', "changeme"])
def test_a_continued_helm_command_over_no_password_is_not_blocked(engine: Engine, value: str) -> None:
    assert _blocked(engine, "docs/desplegament.md", f"# Desplegament\n\n```\n{_helm(value)}```\n") == []


def test_an_sql_files_comment_below_a_backslash_stays_a_comment_to_the_database_reader(engine: Engine) -> None:
    text = f"SELECT 'a\\' AS path; \\\n--db.password='{_CHOSEN[3]}'\n"
    assert [kind for _, kind, _ in _blocked(engine, "schema.sql", text) if kind == "Database Credentials"] == []


