"""Blind round 59 (round 2): an Irish, Khmer or Sinhala team's handover notes, office IT pages, runbooks and device sheets
give a password in their own words. Irish calls it `pasfhocal` (`pasfhocail` its genitive and plural; lenited
`phasfhocal` after `a`, his, eclipsed `bpasfhocal` after `ar an`), its user `úsáideoir`, a device `gléas`; Khmer
`ពាក្យសម្ងាត់` (a secret word), its user `អ្នកប្រើ`; Sinhala `මුරපදය`. Read by the readers the other languages' words go
through (not copies): a list item's or a sentence's code span after the word, a Markdown table's cell, a note's label
before a bare value (a label in any script: Khmer's `ពាក្យសម្ងាត់:    …`, Russian's `пароль: …`), a device sheet's password
column. A cell or a sentence saying where the password is and a placeholder stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Burren", "Slaney", "Errigal", "Tonle", "Angkor", "Mekong", "Kandy", "Ella", "Sigiriya", "Boyne", "Shannon")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Boyne#Kandy4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int = 12) -> str:
    """A password a device's or a provider's generator drew: letters of both cases and digits (`7nQlFwIFUr2p`)."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if sum(character.isdigit() for character in value) >= 2 and any(character.isupper() for character in value[1:]) \
                and any(character.islower() for character in value):
            return value


_CHOSEN = [_chosen(5240000 + step) for step in range(8)]
_DRAWN = [_drawn(5240100 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 12 and value.isalnum() for value in _DRAWN)


@pytest.mark.parametrize("key", ["pasfhocal", "Pasfhocal", "PASFHOCAL_ROUTER", "pasfhocail", "phasfhocal", "bpasfhocal",
                                 "ពាក្យសម្ងាត់", "මුරපදය", "wifi_මුරපදය"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


# --- a list item's, a sentence's or a table cell's password after its word -------------------------------------------

@pytest.mark.parametrize("item", [
    "- Router admin: http://192.168.1.254 , úsáideoir `admin`, pasfhocal `{pw}`",  # (Irish's, a sentence's span)
    "- Pasfhocal: `{pw}`",
    "- Pasfhocal an teastais: {pw}",  # (what it is for after it, a genitive; a bare value ending the item)
    "2. Logáil isteach: úsáideoir `coiste`, pasfhocal `{pw}`",
    "- ពាក្យសម្ងាត់: `{pw}`",  # (Khmer's)
    "- මුරපදය: `{pw}`",  # (Sinhala's)
])
def test_a_password_after_its_word_in_these_languages_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# IT na hOifige\n\n1. Cuir an NAS ar siúl.\n{item.replace('{pw}', password)}\n- Teagmháil: Ciarán.\n"
    assert _secrets(engine, "docs/runbooks/oifig.md", text) == [(4, password)]


def test_a_password_in_a_table_cell_after_its_irish_word_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = ("# Nótaí Aistrithe\n\n| Córas | Úsáideoir | Nóta |\n|---|---|---|\n"
            "| Foireann | runai@example.ie | SSO, 2FA |\n"
            f"| Suíomh WordPress | admin | pasfhocal: `{password}` |\n"
            "| Bosca poist | runai@example.ie | athraigh an pasfhocal ar an gcéad lá |\n")
    assert _secrets(engine, "docs/handover-runai.md", text) == [(6, password)]


@pytest.mark.parametrize("item", [
    "- Pasfhocal: féach Bitwarden",
    "- Pasfhocal: `<pasfhocal>`",
    "- pasfhocal `${ROUTER_PASSWORD}`",
    "- WiFi don phobal: `MonaCoop-Guest` (gan pasfhocal, captive portal)",
    "- Athraigh pasfhocal WordPress tar éis an aistrithe.",
    "- ពាក្យសម្ងាត់: `changeme`",
    "- මුරපදය: Bitwarden හි ඇත",
])
def test_a_label_in_these_languages_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/runbooks/oifig.md", f"# IT\n\n{item}\n") == []


# --- a sentence's user in a span, then its password's word and the value bare --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "  Entrar por la VPN a http://10.30.0.1 con el usuario `admin` y la contraseña {pw}",  # (Spanish's, no colon)
    "- Log in at http://10.30.0.1 with the user `admin` and the password {pw}",  # (English's)
    "- Entrar em http://10.30.0.1 com o utilizador `admin` e a senha {pw}",  # (Portuguese's)
    # (Brazil's accented `usuário`, in either case: the prefilter's hint opens on its ASCII `usu`)
    "- Entrar em http://10.30.0.1 com o usuário `admin` e a senha {pw}",
    "- Entrar em http://10.30.0.1 com o USUÁRIO `admin` e a senha {pw}",
    "- Logáil isteach ag http://10.30.0.1 le úsáideoir `admin` agus pasfhocal {pw}",  # (Irish's)
    "- Entrar a http://10.30.0.1 con el usuario `admin`, contraseña: {pw}",  # (its colon, as before)
])
def test_a_bare_password_after_a_users_span_in_a_sentence_blocks(engine: Engine, sentence: str) -> None:
    password = _DRAWN[2]
    text = f"# Entrega de turno\n\n- El router se reinicia solo.\n{sentence.replace('{pw}', password)}\n  y revisar el registro.\n"
    assert _secrets(engine, "docs/entrega-turno.md", text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "- Entrar con el usuario `admin` y la contraseña que está en el sobre.",
    "- Entrar con el usuario `admin` y la contraseña de siempre.",
    "- Entrar con el usuario `admin` y la contraseña nueva (ver Bitwarden).",
    "- Log in with the user `admin` and the password changeme123.",
])
def test_a_sentence_after_a_users_span_giving_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/entrega-turno.md", f"# Entrega\n\n{sentence}\n") == []


# --- a note's label in another script before a bare value --------------------------------------------------------------

@pytest.mark.parametrize("label", ["ពាក្យសម្ងាត់", "Pasfhocal", "මුරපදය", "пароль"])
def test_a_notes_label_in_any_script_before_its_bare_password_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[3].replace("#", "%")
    text = f"កំណត់ចំណាំការិយាល័យ\n\nWi-Fi ហាង:      SHOP-NET\n{label}:    {password}\nម៉ាស៊ីនព្រីន: 192.168.1.50\n"
    assert _secrets(engine, "docs/km/office-notes.txt", text) == [(4, password)]


@pytest.mark.parametrize("value", ["(សួរ Dara)", "changeme", "1234"])
def test_a_notes_label_in_another_script_over_no_password_is_not_blocked(engine: Engine, value: str) -> None:
    text = f"កំណត់ចំណាំការិយាល័យ\n\nWi-Fi ហាង:      SHOP-NET\nពាក្យសម្ងាត់:    {value}\n"
    assert _blocked(engine, "docs/km/office-notes.txt", text) == []


def test_a_notes_label_in_another_script_naming_no_password_is_not_blocked(engine: Engine) -> None:
    text = f"កំណត់ចំណាំការិយាល័យ\n\nម៉ាស៊ីនព្រីន:    {_DRAWN[3]}\nអ្នកទទួលខុសត្រូវ: Dara\n"
    assert _blocked(engine, "docs/km/office-notes.txt", text) == []


# --- a device sheet's password column ---------------------------------------------------------------------------------

@pytest.mark.parametrize("device, user, word", [("gléas", "úsáideoir", "pasfhocal"), ("Gleas", "Usaideoir", "Pasfhocail"),
                                                ("ឧបករណ៍", "អ្នកប្រើ", "ពាក្យសម្ងាត់"), ("උපාංගය", "පරිශීලක", "මුරපදය")])
def test_a_device_sheets_password_column_in_these_languages_blocks(engine: Engine, device: str, user: str, word: str) -> None:
    password = _DRAWN[0]
    text = (f"{device},déantús,samhail,ip,{user},{word},suíomh\n"
            f"NVR,Hikvision,DS-7608NI-K2,192.168.10.30,admin,{password},oifig\n"
            "Ceamara 1,Hikvision,DS-2CD2043G2,192.168.10.31,,,páirc\n"
            "Clár scóir,Raspberry Pi,4B,192.168.10.50,pi,(eochair SSH),seastán\n")
    assert _secrets(engine, "inventory/gleasanna.csv", text) == [(2, password)]


def test_a_sheet_naming_no_device_and_no_site_is_not_read_as_an_inventory(engine: Engine) -> None:
    text = f"córas,úsáideoir,pasfhocal\nWordPress,admin,{_DRAWN[1]}\n"
    assert _blocked(engine, "inventory/coras.csv", text) == []
