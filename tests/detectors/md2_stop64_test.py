"""Blind round 64 (Markdown pages in Faroese, Luxembourgish, Luganda and Sinhala, part 2): a team's pages give a password
or a key in forms no reader took. A Germanic or Nordic password's word says what it is for after its preposition, a user
in a code span among those words, before the colon (`Loyniorð til `operator` á routaranum: `…``, `Neit Passwuert fir
`kbg_conf_in`: `…``), the sentence wrapped after the preposition too; Faroese's key `lykil` (`API lykilin til …: `…``)
on a meeting's minutes filed in a Nordic meetings' folder (`docs/fundir/2024-03-12.md`). Placeholders, stock values,
stores named and references stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_credential_holding, names_a_password
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_teams_own_record

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Tindur", "Lundi", "Skarvur", "Remich", "Elbling", "Ehnen", "Kampala", "Jinja", "Galle", "Kandy")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Lundi#Remich4158`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*+-.") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int = 18, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A value a generator drew: letters of both cases and digits (or hex, where `alphabet` says so)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


_CHOSEN = [_chosen(7210000 + step) for step in range(4)]
_DRAWN = [_drawn(7210100 + step) for step in range(4)]
_HEX_KEY = _drawn(7210200, 48, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN)) == len(_CHOSEN) and len(set(_DRAWN)) == len(_DRAWN)
    assert len(_HEX_KEY) == 48 and len(set(_HEX_KEY)) >= 10


# --- a Germanic or Nordic password's word, what it is for after its preposition --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "   Loyniorð til `operator` á routaranum: `{pw}`",  # (Faroese: a user's span, a second phrase)
    "- loyniorðið fyri `operator`: `{pw}`",  # (its definite, `fyri`)
    "Neit Passwuert fir `kbg_conf_in`: `{pw}` -- ech hunn et nach net an de Vault gesat.",  # (Luxembourgish, a note after)
    "Das Kennwort für den Router im Lager: `{pw}`",  # (German, words only)
    "Het wachtwoord voor `svc-backup` is `{pw}`",  # (Dutch, its `is`)
])
def test_a_password_said_for_its_account_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[0]
    text = f"# Runbook\n\n1. Rita inn á prámin.\n{sentence.replace('{pw}', password)}\n3. Kanna tænastuna.\n"
    assert _secrets(engine, "docs/runbook-pramur.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "Loyniorð til `operator` á routaranum: `<loyniord>`",  # (a placeholder)
    "Loyniorð til `operator` á routaranum: `changeme`",  # (a stock one)
    "Passwuert fir `kbg_conf_in` steet am Vault: `kv/ta/custodian`",  # (where it is kept)
    "Kennwort für den Router: `${ROUTER_PASSWORD}`",  # (a reference)
    "Loyniorð til `operator` á routaranum: `{pw}`".replace("Loyniorð", "Brúkari"),  # (a user's word, no password's)
])
def test_a_qualified_password_word_over_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    text = f"# Runbook\n\n{sentence.replace('{pw}', _CHOSEN[1])}\n"
    assert _blocked(engine, "docs/runbook-pramur.md", text) == []


@pytest.mark.parametrize("head", ["Neit Passwuert fir", "New password for", "Nýtt loyniorð til"])
def test_a_sentence_wrapped_after_its_preposition_blocks(engine: Engine, head: str) -> None:
    password = _DRAWN[0]
    text = (f"## BO-5120\n\nKommentar (Patrick): De Custodian huet d'Passwuert zeréckgesat. {head}\n"
            f"`kbg_conf_in`: `{password}` -- ech hunn et nach net an de Vault gesat.\n")
    assert _secrets(engine, "docs/tickets/BO-5120.md", text) == [(4, password)]


@pytest.mark.parametrize("value", ["kv/ta/custodian", "<passwuert>", "changeme"])
def test_a_wrapped_sentence_over_no_password_is_not_blocked(engine: Engine, value: str) -> None:
    text = f"## BO-5120\n\nKommentar: Neit Passwuert fir\n`kbg_conf_in`: `{value}` -- am Vault.\n"
    assert _blocked(engine, "docs/tickets/BO-5120.md", text) == []


def test_a_wrapped_line_whose_first_span_is_no_account_is_not_read_as_one(engine: Engine) -> None:
    # (the word's line ends in no preposition: the span line below is a setting's, its own)
    text = f"## Setup\n\nThe password policy is in\n`policy.yaml`: `{_DRAWN[1]}` -- see the wiki.\n"
    assert _blocked(engine, "docs/tickets/BO-5121.md", text) == []


# --- Faroese's key on a meeting's minutes in a Nordic meetings' folder ----------------------------------------------------

@pytest.mark.parametrize("label", ["API lykil", "API lykilin", "API-lykilin"])
def test_faroese_key_words_name_a_credential(label: str) -> None:
    assert names_a_credential_holding(label, _HEX_KEY)


@pytest.mark.parametrize("label", ["lykil", "lykilin"])
def test_the_bare_faroese_key_word_names_no_credential(label: str) -> None:
    assert not names_a_credential_holding(label, _HEX_KEY)


@pytest.mark.parametrize("name", ["docs/fundir/2024-03-12.md", "docs/møder/2024-03-12-leverandør.md", "möten/2024-03-12.md",
                                  "referater/2024-03-12.md"])
def test_a_nordic_meetings_folder_dated_file_is_the_teams_own_record(name: str) -> None:
    assert is_teams_own_record(name)


@pytest.mark.parametrize("name", ["docs/fundir/hvussu-skipa-fund.md", "docs/fundir.md", "docs/moder/2024-03-12.md"])
def test_a_meetings_folder_page_with_no_date_is_no_record(name: str) -> None:
    assert not is_teams_own_record(name)


@pytest.mark.parametrize("sentence", [
    "3. Marita sendi nýggja API lykilin til ferðaætlanina hjá SSL: `{key}`",  # (a sentence, what it is for after `til`)
    "3. API lykil (SSL): `{key}`",  # (a list item's label)
])
def test_a_key_on_a_nordic_meetings_minutes_blocks(engine: Engine, sentence: str) -> None:
    text = (f"# Fundur 12. mars\n\nTil staðar: Rógvi, Sunneva\n\n1. Tyrlan: nýggj sæti.\n{sentence.replace('{key}', _HEX_KEY)}\n"
            "   (Jákup setur hann í Vault)\n")
    assert _secrets(engine, "docs/fundir/2024-03-12.md", text) == [(6, _HEX_KEY)]


@pytest.mark.parametrize("filename, value", [
    ("docs/fundir/hvussu-skipa-fund.md", _HEX_KEY),  # (a page on holding meetings: documentation, its key an example's)
    ("docs/fundir/2024-03-12.md", "<api-lykil>"),  # (a placeholder)
    ("docs/fundir/2024-03-12.md", "0" * 48),  # (no drawn key)
])
def test_a_key_on_no_record_or_no_key_is_not_blocked(engine: Engine, filename: str, value: str) -> None:
    text = f"# Fundur\n\n3. Marita sendi nýggja API lykilin til SSL: `{value}`\n"
    assert _blocked(engine, filename, text) == []


# --- a login's pair in a sentence: the user in a span, the password bare after its word -----------------------------------

@pytest.mark.parametrize("sentence", [
    "- Admin vum NAS (nas-grev): Benotzer `admin`, Passwuert {pw} -- w.e.g. no der Iwwergab änneren!",  # (a `--` dash)
    "- NAS admin: user `admin`, password {pw} --- change it after the handover",  # (three hyphens)
    "- admin-síðan brúkar brúkaran `support` og loyniorðið {pw} inntil\n  tú fært tín egna.",  # (Faroese, prose after)
    "- The portal uses the user `support` and the password {pw} until you get your own.",  # (English, prose after)
    "- Kontoret: bruger `drift` og adgangskode {pw} indtil videre.",  # (Danish)
])
def test_a_sentences_login_pair_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[2]
    text = f"# Iwwergab\n\n- Backup all Nuecht 02:00.\n{sentence.replace('{pw}', password)}\n- Router: steet am KeePass.\n"
    assert _secrets(engine, "docs/notes/iwwergab-marc.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "- The portal uses the user `support` and the password manager Bitwarden until you get your own.",  # (a tool's name)
    "- The portal uses the user `support` and the password Welcome1 until you get your own.",  # (a stock one)
    "- admin-síðan brúkar brúkaran `support` og loyniorðið í KeePass inntil tú fært tín egna.",  # (where it is kept)
    "- Benotzer `admin`, Passwuert <passwuert> -- w.e.g. änneren",  # (a placeholder)
    "- Benotzer `admin`, Passwuert steet am KeePass -- w.e.g. änneren",  # (where it is kept)
])
def test_a_sentences_login_pair_over_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/notes/iwwergab-marc.md", f"# Iwwergab\n\n{sentence}\n") == []


# --- Sinhala's borrowed word, a value emphasised with one star (Confluence's bold) -----------------------------------------

@pytest.mark.parametrize("word", ["පස්වර්ඩ්", "පාස්වර්ඩ්"])
def test_sinhalas_borrowed_word_names_a_password(word: str) -> None:
    assert names_a_password(word)


@pytest.mark.parametrize("sentence", [
    "* HMS night-audit user: *nightaudit* පස්වර්ඩ් *{pw}*",  # (Sinhala's borrowed word, its short vowel)
    "* HMS night-audit user: *nightaudit* පාස්වර්ඩ් *{pw}*",  # (its long vowel)
    "* HMS night-audit user: *nightaudit* මුරපදය *{pw}*",  # (Sinhala's own word)
    "* HMS night-audit user: *nightaudit* password *{pw}*",  # (English's)
    "* Night audit login: user *nightaudit*, Passwort *{pw}*",  # (German's, a localized word)
])
def test_a_password_emphasised_with_one_star_blocks(engine: Engine, sentence: str) -> None:
    password = _DRAWN[2]
    text = (f"h1. රාත්‍රී ගිණුම් පරීක්ෂාව (Night audit)\n\n* 23:30 ට HMS එකේ \"Close day\" ඔබන්න.\n"
            f"{sentence.replace('{pw}', password)}\n* වාර්තාව GM ට email කරන්න.\n")
    assert _secrets(engine, "wiki/resort/front-office/night-audit.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "* The password *must* be changed every 90 days.",  # (an emphasised word)
    "* HMS user *nightaudit* password *Welcome1*",  # (a stock one)
    "* HMS user *nightaudit* පස්වර්ඩ් *<password>*",  # (a placeholder)
    "* HMS user *nightaudit* පස්වර්ඩ් *KeePass*",  # (where it is kept)
])
def test_an_emphasised_word_after_a_password_word_over_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "wiki/resort/front-office/night-audit.md", f"h1. Night audit\n\n{sentence}\n") == []


# --- a table of environments headed in Luganda or Swahili ------------------------------------------------------------------

_UUID = "-".join(_drawn(7210300 + step, length, "0123456789abcdef") for step, length in enumerate((8, 4, 4, 4, 12)))
_MOMO_KEY = _drawn(7210310, 32, "0123456789abcdef")


@pytest.mark.parametrize("header", ["Embeera", "Mazingira"])
def test_a_production_rows_key_in_an_environments_table_blocks(engine: Engine, header: str) -> None:
    text = (f"# MoMo: Sandbox ne Production\n\n| {header} | API user | API key | Subscription key |\n|---|---|---|---|\n"
            f"| sandbox | `{_UUID}` | (eggya buli lunaku) | buuza Kato |\n"
            f"| production | `{_UUID}` | `{_MOMO_KEY}` | mu Vault: `secret/momo/prod` |\n")
    assert _secrets(engine, "genda_boda/docs/wiki/MoMo.md", text) == [(6, _MOMO_KEY)]


@pytest.mark.parametrize("row", [
    "| sandbox | `{uuid}` | `{key}` | buuza Kato |",  # (a sandbox's: the vendor's throwaway key)
    "| production | `{uuid}` | `<api-key>` | mu Vault |",  # (a placeholder)
    "| production | `{uuid}` | mu Vault: `secret/momo/prod` | |",  # (where it is kept)
])
def test_an_environments_table_over_no_live_key_is_not_blocked(engine: Engine, row: str) -> None:
    text = (f"# MoMo\n\n| Embeera | API user | API key | Subscription key |\n|---|---|---|---|\n"
            f"{row.format(uuid=_UUID, key=_MOMO_KEY)}\n")
    assert _blocked(engine, "genda_boda/docs/wiki/MoMo.md", text) == []
