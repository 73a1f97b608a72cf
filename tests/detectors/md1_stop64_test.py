"""Blind round 64 (Markdown pages and wikis, part 1: Chichewa and Sesotho among English, a Malawian tea estate and a
Lesotho ski lodge): a team's runbooks, procedures, chat pastes and wikis give a password in their own words. Chichewa calls
a password `mawu achinsinsi` (secret words): whose it is after it as its possessive's `a` (`Mawu achinsinsi a `pi`:
**…**`), after a user's name in a login's sentence (`dzina `mkulu`, mawu achinsinsi `…``), as a table's column. A chat's
sign-in sentence in Chichewa or Swahili gives the pair after its verb and `ndi` / `na` / `kama` (`Lowani ndi `…` / `…`
mpaka …`), as English's `Log in with `…` / `…``. A settings table whose value column Sesotho or Setswana heads `Boleng`
holds its Password row's value as one headed `Value` does. A word of the phrase alone (`mawu`, `achinsinsi`), placeholders,
stock values and a tool's name stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_a_localized_password_word, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Usipa", "Chambo", "Mulanje", "Zomba", "Likoma", "Nkhata", "Thyolo", "Chiuta", "Maloti", "Semonkong")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Usipa%Mulanje4932`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#%!&*$@") + second + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 20) -> str:
    """A secret a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_CHOSEN = [_chosen(7200000 + step) for step in range(6)]
_DRAWN = [_drawn(7200100 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and len(set(value)) >= 9 and any(c.isdigit() for c in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN)) == len(_CHOSEN) and len(set(_DRAWN)) == len(_DRAWN)


# --- Chichewa's `mawu achinsinsi` -------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["Mawu achinsinsi", "mawu_achinsinsi", "MAWU ACHINSINSI"])
def test_the_phrase_names_a_password(key: str) -> None:
    assert names_a_password(key) and is_a_localized_password_word(key)


@pytest.mark.parametrize("key", ["mawu", "achinsinsi", "mawu atsopano"])
def test_a_word_of_the_phrase_alone_names_none(key: str) -> None:
    assert not is_a_localized_password_word(key)


@pytest.mark.parametrize("filename", ["docs/runbooks/scale-gateway.md", "wiki/Gateway.md"])
def test_a_runbooks_bold_password_after_the_phrase_and_whose_it_is_blocks(engine: Engine, filename: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Scale gateway\n\n1. Lowani: `ssh pi@10.20.9.5`\n2. Mawu achinsinsi a `pi`: **{password}** (tisinthe pambuyo pa"
            f" nyengo ya mvula)\n3. `sudo systemctl restart scale-bridge`\n")
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("filename", ["docs/ndondomeko/kutseka.md", "notes/drier.md"])
def test_a_procedures_password_span_after_the_user_and_the_phrase_blocks(engine: Engine, filename: str) -> None:
    password = _DRAWN[0]
    text = (f"# Ndondomeko\n\n1. Zimitsani ma fan onse.\n2. Lowani pa PLC ya drier: http://192.168.50.31, dzina `mkulu`,"
            f" mawu achinsinsi `{password}`.\n")
    assert _secrets(engine, filename, text) == [(4, password)]


def test_a_chichewa_password_column_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = (f"# Makina\n\n| Makina | Dzina | Mawu achinsinsi |\n|---|---|---|\n| Weighbridge PC | weigh | {password} |\n"
            f"| Drier PLC | mkulu | ali mu Bitwarden |\n")
    assert _secrets(engine, "docs/makina.md", text) == [(5, password)]


@pytest.mark.parametrize("sentence", [
    "2. Mawu achinsinsi a `pi`: **ali mu Bitwarden**",  # (where it is kept)
    "2. Mawu achinsinsi a `pi`: **<mawu achinsinsi>**",  # (a placeholder)
    "2. dzina `mkulu`, mawu achinsinsi `Password123!`.",  # (a stock example)
    "2. dzina `mkulu`, mawu `Usipa%Mulanje4932`.",  # (`mawu` alone is any words)
    "2. Lembani mawu achinsinsi atsopano mu Bitwarden.",  # (prose: write the new password in Bitwarden)
])
def test_a_chichewa_sentence_giving_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/runbooks/scale-gateway.md", f"# Scale gateway\n\n{sentence}\n") == []


# --- a chat's sign-in sentence in Chichewa or Swahili -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "**[08/03 06:17] Kondwani:** Lowani ndi `dokomb` / `{pw}` mpaka Chimwemwe akonze SSO.",
    "**[08/03 06:17] Kondwani:** lowani pa tablet ya ku doko ndi `dokomb` / `{pw}`.",  # (where, between)
    "- Ingia kama `dokomb` na nenosiri `{pw}` leo.",  # (Swahili's, the password said)
    "- Mulowe ngati `dokomb` / `{pw}` lero.",  # (as the user, Chichewa's `ngati`)
])
def test_a_chats_sign_in_pair_blocks(engine: Engine, sentence: str) -> None:
    password = _DRAWN[1]
    text = f"# Zokambirana (ferry ops)\n\n{sentence.replace('{pw}', password)}\n"
    assert _secrets(engine, "notes/whatsapp-ferry-ops.md", text) == [(3, password)]


@pytest.mark.parametrize("sentence", [
    "Lowani ndi `dokomb` / `<password>` mpaka SSO.",  # (a placeholder)
    "Ingia kama `dokomb` na `pgAdmin4` leo.",  # (a tool's name after a bare `na`)
    "Lowani m'chipinda ndi `Ctrl` / `Alt` mpaka.",  # (keys, no password's shape)
    "Kumbukirani `dokomb` / `kkkZNbKCkeJn1Ej24qWq` pamodzi.",  # (no sign-in's verb: a list's pair of spans)
])
def test_a_chats_sentence_giving_no_sign_in_pair_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "notes/whatsapp-ferry-ops.md", f"# Zokambirana\n\n{sentence}\n") == []


# --- a settings table's value column headed in Sesotho ------------------------------------------------------------------

@pytest.mark.parametrize("filename", ["wiki/Mangolo-a-baeti.md", "docs/mail.md"])
def test_a_settings_tables_password_row_under_boleng_blocks(engine: Engine, filename: str) -> None:
    password = _DRAWN[2]
    text = (f"# Mangolo\n\n| Ntho | Boleng |\n|---|---|\n| SMTP host | smtp.mailgun.org:587 |\n"
            f"| User | postmaster@mg.lodge.co.ls |\n| Password | `{password}` |\n")
    assert _secrets(engine, filename, text) == [(7, password)]


@pytest.mark.parametrize("header, cell", [
    ("| Ntho | Boleng |", "`<password>`"),  # (a placeholder)
    ("| Ntho | Boleng |", "ho Bitwarden"),  # (where it is kept)
    ("| Ntho | Tlhaloso |", "`{pw}`"),  # (a description's column, not a value's)
])
def test_a_settings_table_holding_no_password_value_is_not_blocked(engine: Engine, header: str, cell: str) -> None:
    text = (f"# Mangolo\n\n{header}\n|---|---|\n| SMTP host | smtp.mailgun.org:587 |\n"
            f"| Password | {cell.replace('{pw}', _DRAWN[3])} |\n")
    assert _blocked(engine, "wiki/Mangolo.md", text) == []


# --- a note's label led by the phrase, what it is for after it ---------------------------------------------------------

@pytest.mark.parametrize("filename, label", [
    ("notes/2025-01-20-msonkhano.md", "- Mawu achinsinsi atsopano"),  # (the new password, its adjective after it)
    ("notes/weighbridge.txt", "Mawu achinsinsi a weighbridge"),  # (whose it is, its possessive's phrase)
])
def test_a_notes_label_led_by_the_phrase_blocks(engine: Engine, filename: str, label: str) -> None:
    password = _CHOSEN[2]
    text = f"IT\n\nAkaunti ya weigh:\n{label}: {password}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("value", ["ali mu Bitwarden", "Password123!", "<mawu achinsinsi>"])
def test_a_notes_label_led_by_the_phrase_holding_no_password_is_not_blocked(engine: Engine, value: str) -> None:
    assert _blocked(engine, "notes/weighbridge.txt", f"IT\n\nMawu achinsinsi a weighbridge: {value}\n") == []
