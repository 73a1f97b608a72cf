"""Blind rounds HN and HQ: a Swedish team's runbooks and a Czech team's handover notes give a password in their own
words, read by the readers German's, Dutch's, Polish's and the Romance languages' words go through (not copies).
Swedish, Norwegian and Danish build their words as German does (`Lösenord`, `Admin-lösenord`, `passord`,
`adgangskode`: German's readers); Czech and Slovak order theirs as Polish does (`heslo`, `heslo pro router`, `heslo je
`…``: Polish's and the Romance languages' readers). A label's clause saying the team uses it (`Lösenord vi använder för
p12-filen: …`) names the password as its preposition alone does. A reference where the password would be (`se Vault`,
`v 1Password`, `heslo ti pošlu SMS`) stays none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Fjord", "Skog", "Granit", "Lavin", "Hrad", "Potok", "Vltava", "Sumava", "Norrsken", "Ekorre", "Kamen", "Sever")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Skog#Hrad4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3120000 + step) for step in range(12)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)


# --- Swedish, Norwegian, Danish: German's readers ----------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Lösenord: `{pw}`",
    "- Losenord: `{pw}`",
    "- Admin-lösenord: `{pw}`",
    "Lösenordet är `{pw}`.",
    "- Passord: `{pw}`",
    "- Adgangskode: `{pw}`",
    "Användare `drift`, lösenord `{pw}`",
])
def test_a_nordic_labels_or_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = f"# Runbook: portalen\n\n- URL: https://fleet.vendor.test/\n{item.replace('{pw}', password)}\nRing supporten.\n"
    assert _secrets(engine, "docs/runbooks/portal.md", text) == [(4, password)]


@pytest.mark.parametrize("label", ["Lösenord vi använder för p12-filen", "Lösenord för p12-filen",
                                   "Passord til ruteren", "Lösenord till routern"])
def test_a_nordic_head_first_labels_bold_password_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Certifikat\n\n1. Skapa CSR.\n2. Bygg p12: `openssl pkcs12 -export -out prod.p12`\n"
            f"   {label}: **{password}**\n3. Lägg filen på servern.\n")
    # (a label of three words is also an assignment's key, its value read with its bold marks: the password within it)
    assert [(line, password in secret) for line, secret in _secrets(engine, "docs/betalning/certifikat.md", text)] == [
        (5, True)]


def test_a_swedish_login_pair_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = f"# Nätverk\n\n## Admin\n\nInloggning till controllern: `admin` / `{password}`\n(byt när någon slutar)\n"
    assert _secrets(engine, "docs/kontoret/natverk.md", text) == [(5, password)]


@pytest.mark.parametrize("header", ["Lösenord", "Wifi-lösenord", "Passord", "Adgangskode"])
def test_a_nordic_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[3]
    text = (f"| Enhet | Användare | {header} |\n|---|---|---|\n| NAS | admin | `{password}` |\n"
            f"| Skrivare | admin | se Vault |\n")
    assert _secrets(engine, "docs/it/enheter.md", text) == [(3, password)]


@pytest.mark.parametrize("item", [
    "- Lösenord: se Vault",
    "- Lösenord: `<ditt lösenord>`",
    "- Lösenord: `changeme`",
    "- Lösenordshanterare: `Bitwarden`",
    "- Passord: ligger i 1Password",
])
def test_a_nordic_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/runbooks/nas.md", f"# NAS\n\n{item}\n") == []


# --- Czech, Slovak: Polish's and the Romance languages' readers ------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Kamery: http://192.168.40.30, uživatel `admin`, heslo `{pw}`",
    "- Heslo pro router: `{pw}`",
    "- Heslo: `{pw}`",
    "Heslo je `{pw}`.",
    "- Heslo k NAS: {pw}",
    "- Kamery: používateľ `admin`, heslo `{pw}`",
])
def test_a_czech_labels_or_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[4]
    text = f"# Předání provozu\n\n- Rezervace: přes portál.\n{item.replace('{pw}', password)}\n- Veterinář: v noci.\n"
    assert _secrets(engine, "docs/predani-provozu.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "Heslo pre router je `{pw}`.",  # (Slovak's `pre`, Czech's `pro`)
    "Heslo k routeru je `{pw}`.",  # (Czech's `k`, `ke` before a consonant cluster)
    "Heslo ku kamerám je `{pw}`.",  # (Slovak's `ku`)
])
def test_a_czech_or_slovak_sentence_with_its_preposition_blocks(engine: Engine, item: str) -> None:
    password = _chosen(3190220)
    text = f"# Odovzdanie prevádzky\n\n- Rezervácie: cez portál.\n{item.replace('{pw}', password)}\n- Veterinár: v noci.\n"
    assert _secrets(engine, "docs/odovzdanie.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "Heslo pre router ti pošlem SMS.",
    "Heslo k routeru je v 1Password.",
])
def test_a_czech_or_slovak_sentence_with_its_preposition_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/odovzdanie.md", f"# Odovzdanie\n\n{item}\n") == []


@pytest.mark.parametrize("header", ["Heslo", "Heslo (WPA2)", "Heslo pro hosty"])
def test_a_czech_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[5]
    text = (f"| Síť | Kde | {header} | Poznámka |\n|---|---|---|---|\n| Stodola | stáj B | {password} | jen senzory |\n"
            f"| Kancl | kancelář | (v 1Password) | 802.1X |\n")
    assert _secrets(engine, "docs/provoz/wifi.md", text) == [(3, password)]


@pytest.mark.parametrize("item", [
    "- Rezervace: účet `tomas.admin`, heslo ti pošlu SMS.",
    "- Heslo: v 1Password",
    "- Heslo: `<vaše heslo>`",
    "- Heslo zapomenuté? Napiš správci.",
])
def test_a_czech_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/predani.md", f"# Předání\n\n{item}\n") == []


def test_a_password_words_table_cell_of_a_reference_is_not_blocked(engine: Engine) -> None:
    text = "| Síť | Heslo |\n|---|---|\n| Kancl | (v 1Password) |\n| Host | na tabuli |\n"
    assert _blocked(engine, "docs/provoz/wifi.md", text) == []
