"""Blind round 64 (Markdown pages, round 2, part 1: Romansh among a Cornish till's handover): a team's runbook, wiki and
handover pages give a password in Romansh, whose word for it is `pled-clav` (a key word; `pled` alone is any word, `clav`
any key), its plural `pleds-clav`: a runbook's step `Pled-clav: `…`` under its user, a wiki's `| pled-clav |` column, a
handover's sentence `Il pled-clav da l'admin es …` with Romansh's copula `es`. An accounts table's column headed with a
password and another secret a system signs in with (`Password / key`, `Password or token`, `API key / password`) holds
passwords as `Password / where` does. A word of the phrase alone, a note saying where the password is, stand-ins and
columns naming no password's value (`Public key / password`, `Password / key rotation`) stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import is_a_localized_password_word, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Zernez", "Tarasp", "Lavin", "Ardez", "Sent", "Ftan", "Muntogna", "Guarda", "Carnbrea", "Gwyns", "Lowena")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Zernez*tarasp9233`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS).lower() + str(
        generator.randint(1000, 9999))


_CHOSEN = [_chosen(7260000 + step) for step in range(6)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)


@pytest.mark.parametrize("key", ["Pled-clav", "pleds-clav", "PLED_CLAV", "pled-clav da l'admin"])
def test_the_romansh_word_names_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["pled", "clav", "pled da l'admin"])
def test_a_word_of_the_phrase_alone_names_none(key: str) -> None:
    assert not is_a_localized_password_word(key) and not names_a_password(key)


# --- a runbook's step: the password in a code span after its label -----------------------------------------------------

@pytest.mark.parametrize("label", ["Pled-clav", "pled-clav", "PLED-CLAV", "Pled-clav HMI"])
def test_a_romansh_label_before_its_span_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[0]
    text = ("# Runbook: Pumpstaziun\n\n1. Metter en funcziun la pumpa P2.\n"
            "2. S'annunziar al HMI cun l'utent `operatur`.\n"
            f"   {label}: `{password}` (müdà als 3.11.2025)\n3. Controllar la pressiun.\n")
    assert _secrets(engine, "snow/docs/runbook-pumpstaziun.md", text) == [(5, password)]


@pytest.mark.parametrize("value", ["`<pled-clav>`", "`changeme`", "`${HMI_PASSWORD}`"])
def test_a_romansh_label_before_a_stand_in_is_not_blocked(engine: Engine, value: str) -> None:
    text = f"# Runbook\n\n2. S'annunziar cun l'utent `operatur`.\n   Pled-clav: {value}\n"
    assert _blocked(engine, "snow/docs/runbook-pumpstaziun.md", text) == []


def test_a_word_of_the_phrase_alone_before_a_span_is_not_blocked(engine: Engine) -> None:
    text = f"# Runbook\n\n- Clav: `{_CHOSEN[1]}`\n- Pled: `{_CHOSEN[2]}`\n"
    assert _blocked(engine, "snow/docs/runbook-pumpstaziun.md", text) == []


# --- a wiki's pled-clav column -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["pled-clav", "Pled-clav", "Pleds-clav"])
def test_a_romansh_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Reception – accessos\n\n| sistem | utent | {header} | remarca |\n|---|---|---|---|\n"
            "| Protel PMS | reception1 | vair KeePass | — |\n"
            f"| Portal extranet | bogn.scuol | `{password}` | 2FA sün il telefon |\n| Printer | admin | (nagin) | |\n")
    assert _secrets(engine, "hotel/wiki/reception/accessos.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["vair KeePass", "(nagin)", "`<pled-clav>`", "changeme"])
def test_a_romansh_password_column_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"| sistem | utent | pled-clav |\n|---|---|---|\n| Protel PMS | reception1 | {cell} |\n"
    assert _blocked(engine, "hotel/wiki/reception/accessos.md", text) == []


# --- a handover's sentence: the password bare after its word and copula ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Il pled-clav da l'admin es {pw} – per plaschair müdar davo la prüma s'annunziada.",
    "Il pled-clav es {pw}.",
    "Ils pleds-clav da las portas: il pled-clav dal server es {pw}, be per tai.",
])
def test_a_romansh_sentence_giving_the_password_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[2]
    text = ("# Surdada da la stagiun\n\n- Server central: `central.example-bahnen.ch`, utent `admin-portas`\n"
            f"- {sentence.replace('{pw}', password)}\n")
    assert _secrets(engine, "gates/docs/surdada-stagiun.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "Il pled-clav es en KeePass, sut 'Portas'.",  # (where it is: a prose word after the copula)
    "Il pled-clav es <pled-clav-admin>.",
    "Il pled da l'admin es {pw}.",  # (`pled` alone is any word)
])
def test_a_romansh_sentence_giving_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    text = f"# Surdada\n\n- {sentence.replace('{pw}', _CHOSEN[3])}\n"
    assert _blocked(engine, "gates/docs/surdada-stagiun.md", text) == []


# --- an accounts table's `Password / key` column ---------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Password / key", "Password or token", "API key / password", "**Password / PIN**",
                                    "Admin password / access key"])
def test_a_password_or_key_column_blocks_its_password(engine: Engine, header: str) -> None:
    password = _CHOSEN[4]
    text = (f"# Tills handover\n\n| System | Where | Login | {header} |\n|---|---|---|---|\n"
            "| Till back office | https://tills.pryce.local | manager | (yours, from Lowena) |\n"
            "| Card terminals | Square dashboard | ops@pryce | 1Password |\n"
            f"| Stock DB | office PC, MariaDB | stock | {password} |\n| Receipt printer | 10.20.1.40 | - | none |\n")
    assert _secrets(engine, "docs/wiki/Tills-Handover.md", text) == [(7, password)]


@pytest.mark.parametrize("header", ["Public key / password", "Password / key rotation", "Key", "Password policy / key"])
def test_a_column_naming_no_password_or_key_is_not_read(engine: Engine, header: str) -> None:
    text = (f"| System | Login | {header} |\n|---|---|---|\n| Stock DB | stock | {_CHOSEN[5]} |\n")
    assert _blocked(engine, "docs/wiki/Tills-Handover.md", text) == []
