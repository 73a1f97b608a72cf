"""Blind rounds GV-GZ, a team's notes in French, Italian, Spanish, Portuguese and German: a label led by the password's
word with what it is for after it (`Mot de passe gérante : …`, `password SIP: …`, `Contraseña del router: …`, `Passwort
SIP: …`; French's `Mot de passe : …` alone), which the keyword rules (one word before the colon) do not read; a notes
folder named in the team's language (Italian's `note/`, Spanish's `notas/`); and a Wi-Fi network's line in the team's
words (`Wi-Fi équipe : …`, `Rete WiFi ospiti: …`) with its key's line below it (`Clé : …`, `Chiave: …`, `Key: …`). Each
blocks where a person chose the password or a generator drew it, as `SIP password: …` does. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import _bare_key, head_first_labelled_value
from secretfence.kinds._helpers import is_no_document

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Lierre", "Bruyere", "Genet", "Saule", "Tilleul", "Sureau", "Aulne", "Charme", "Frene", "Erable", "Houx", "Orme")
_PASSPHRASE_WORDS = ("pebble", "juniper", "basalt", "kestrel", "harbor", "lantern", "meadow", "quartz", "thistle", "walnut")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Saule#Houx4821`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _word_passphrase(seed: int) -> str:
    """A passphrase as a generator draws one of words: four words joined by `-`, a number on the last."""
    generator = random.Random(seed)
    return "-".join(generator.sample(_PASSPHRASE_WORDS, 4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(2660100 + step) for step in range(4)]
_DRAWN = [drawn_mixed(2660200 + step, 16) for step in range(2)]
_PASSPHRASE = [_word_passphrase(2660300 + step) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a head-first password label in a note ---------------------------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "Mot de passe gérante :",
    "Mot de passe :",
    "Mot de passe du NAS :",
    "password SIP:",
    "  password SIP:",
    "Password menu tecnico (uguale su tutti):",
    "Contraseña del router:",
    "Contraseña admin:",
    "Senha caixa:",
    "Passwort SIP:",
    "Kennwort Router:",
    "- Mot de passe caisse :",
])
def test_a_head_first_password_label_in_a_note_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[0]
    text = f"Caisse - aide-mémoire\n\nCompte : boutique@example.org\n{label} {password}\n"
    assert _secrets(engine, "notes/caisse.txt", text) == [(4, password)]


def test_a_head_first_password_label_s_drawn_value_blocks_in_a_note(engine: Engine) -> None:
    value = _DRAWN[0]
    text = f"Account SIP:\n  server: sip.example.net\n  utente SIP: 5301872\n  password SIP: {value}\n"
    assert _secrets(engine, "notes/centralino.txt", text) == [(4, value)]


@pytest.mark.parametrize("line", [
    "Password manager: {v}",
    "Mot de passe oublié : {v}",
    "Password reset: {v}",
    "Contraseña mínima: {v}",
    "Mot de passe : changeme",
    "password SIP: <password SIP>",
    "Mot de passe gérante : voir Bitwarden",
])
def test_a_label_about_passwords_or_a_stand_in_does_not_block(engine: Engine, line: str) -> None:
    text = f"Caisse\n\n{line.replace('{v}', _CHOSEN[1])}\n"
    assert _secrets(engine, "notes/caisse.txt", text) == []


def test_a_head_first_label_is_judged_in_english_order() -> None:
    assert _bare_key("password SIP") == "SIP_password"
    assert _bare_key("Mot de passe gérante") == "gérante_Mot_de_passe"
    assert _bare_key("Password manager") == "Password_manager"
    assert _bare_key("Mot de passe du NAS") == "Mot_de_passe"
    assert list(head_first_labelled_value("Password: x")) == []  # (one word: the keyword rules' own)


def test_a_head_first_label_in_documentation_is_judged_as_english_s() -> None:
    # (documentation's bar: a person's chosen password blocks, as `SIP password: …` does there)
    assert _bare_key("password del router") == "password"


# --- a notes folder named in the team's language ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["note/centralino-voip.txt", "notas/oficina.txt", "appunti/rete.md", "notizen/wlan.txt",
                                  "notes/passation.txt"])
def test_a_notes_folder_in_the_team_s_language_is_no_documentation(name: str) -> None:
    assert is_no_document(name)


@pytest.mark.parametrize("name", ["docs/note/centralino.txt", "docs/notas/oficina.md", "release-note.txt", "notebook/a.txt"])
def test_a_documentation_tree_s_notes_stay_documentation(name: str) -> None:
    assert not is_no_document(name)


# --- a Wi-Fi network's key below its line, in the team's words -------------------------------------------------------------

@pytest.mark.parametrize("network,key", [
    ("Wi-Fi équipe : Boutique-Equipe", "Clé :"),
    ("Wi-Fi équipe : Boutique-Equipe", "Clef :"),
    ("Réseau Wi-Fi : Boutique", "Clé :"),
    ("Rete WiFi ospiti: Bottega", "Chiave:"),
    ("Red Wi-Fi: Oficina", "Clave:"),
    ("Wi-Fi da equipe: Loja", "Chave:"),
    ("WLAN Team: Laden", "Schlüssel:"),
    ("SSID: Depot", "Key:"),
    ("Staff Wi-Fi: Depot", "Network key:"),
])
def test_a_wifi_network_s_key_below_its_line_blocks_in_a_note(engine: Engine, network: str, key: str) -> None:
    value = _PASSPHRASE[0]
    text = f"Ouverture : alarme, lumières.\n\n{network}\n{key} {value}\n(pas aux clientes)\n"
    assert _secrets(engine, "notes/passation.txt", text) == [(4, value)]


@pytest.mark.parametrize("network,key", [
    ("Wi-Fi équipe : Boutique-Equipe", "Clé : WPA2-PSK"),  # (the security mode, no key)
    ("Wi-Fi équipe : Boutique-Equipe", "Clé : <la clé>"),
    ("Wi-Fi clientes : Boutique-Invitees, code affiché au salon.", ""),
    ("Wi-Fi password manager: Bitwarden", "Clé : {v}"),  # (no network named: a key of anything)
    ("Wi-Fi équipe : Boutique-Equipe", "\nClé : {v}"),  # (a blank line ends the network's block)
])
def test_a_wifi_line_without_its_key_below_does_not_block(engine: Engine, network: str, key: str) -> None:
    text = f"Ouverture\n\n{network}\n{key.replace('{v}', _PASSPHRASE[1])}\n"
    assert _secrets(engine, "notes/passation.txt", text) == []
