"""Blind round of stop 70 (chat exports and tables): a chat copied out of Microsoft Teams, Slack, Skype, Discord or
another messenger and named so (`teams-export-….txt`) is a chat's export; a login's pair said with a word saying the
password is a temporary or first one (`login mngouabi, provisoire …`); a `name / password` pair below a message naming a
password in more languages (Hausa's `kalmar sirri`, Swahili's `nenosiri`) or a Wi-Fi network; a JSON Web Token a
message gives after its own label saying it is a new token, in a chat's export kept under `docs/` whatever its expiry;
a sheet's logins with Russian's and Ukrainian's system and person columns, the Romance languages' name columns and
French's `mdp` head first; an SQL seed's password column saying it holds them in clear. Their near misses stay none.
Through the engine. Generated fakes only: seeds 9410000-9419999."""
from __future__ import annotations

import base64
import json
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_no_document

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn


def _part(claims: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")


def _jwt(seed: int, expiry: int) -> str:
    """A service's API token as a JSON Web Token, ES256-signed, long (some 330 characters, past a key's 256)."""
    claims = {"ent": 1, "exp": expiry, "id": drawn(seed, 36, "0123456789abcdef-"), "iid": 48000000 + seed % 1000,
              "oid": 1190000 + seed % 1000, "s": 16, "sid": drawn(seed + 1, 36, "0123456789abcdef-"), "t": False,
              "uid": 48000000 + seed % 1000}
    signature = drawn(seed + 2, 86, string.ascii_letters + string.digits + "_-")
    return _part({"alg": "ES256", "typ": "JWT"}) + "." + _part(claims) + "." + signature


def _repeated(seed: int) -> str:
    """A password a person chose from one word said twice, a symbol between, a number (`Pondu#Pondu3684`'s form): no
    generator's, which a sheet's cell or a chat's reply is judged chosen with care by."""
    word = drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 4, string.ascii_lowercase)
    return word + drawn(seed + 2, 1, "#*?%") + word + drawn(seed + 3, 4, string.digits)


def _short(seed: int) -> str:
    """A short password a person chose, two words' heads joined by `_`, three digits (`Suu_Azau294`'s form)."""
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 2, string.ascii_lowercase) + "_"
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 3, string.ascii_lowercase) + drawn(seed + 4, 3, string.digits))


# (seeds whose repeated word reads as a password chosen with care, not a word: picked once, by hand)
_REPEATED_SEEDS = (9411000, 9411020, 9411030, 9411040, 9411050, 9411060, 9411090, 9411100, 9411120, 9411130, 9411140,
                   9411150, 9411160, 9411170, 9411180, 9411190, 9411210, 9411220, 9411230, 9411240, 9411250, 9411260,
                   9411270, 9411280)
_CHOSEN = [_repeated(seed) for seed in _REPEATED_SEEDS]
_SHORT = [_short(9411700 + 10 * step) for step in range(4)]
_LIVE_JWT = _jwt(9410500, 4102444800)  # (2100-01-01)
_EXPIRED_JWT = _jwt(9410510, 1700000000)  # (2023-11-14)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _line_of(text: str, secret: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), 1) if secret in line)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) == 15 and value[:5] == value[6:11] and not value.isalnum() for value in _CHOSEN)
    assert all(len(value) == 11 and value[3] == "_" and value[-3:].isdigit() for value in _SHORT)
    assert len(_LIVE_JWT) > 256 and _LIVE_JWT.startswith("eyJ") and _LIVE_JWT.count(".") == 2


# --- a chat's export named for its messenger ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["nzadi/exploitation/teams-export-compta.txt", "compta/msteams-export-caisse.txt",
                                  "support/slack-export-2024-06.txt", "achats/skype_export_vendors.txt",
                                  "guild/discord-group-raid.txt", "docs/mattermost-export-ops.txt"])
def test_a_messengers_export_named_so_is_a_chat(name: str) -> None:
    assert is_no_document(name)


@pytest.mark.parametrize("name", ["docs/teams.txt", "docs/teams-onboarding.txt", "docs/slack-integration.txt",
                                  "steams-export.txt", "docs/discord.txt"])
def test_a_page_about_a_messenger_is_no_chat(name: str) -> None:
    assert not is_no_document(name)


# --- a login's pair said with a word for a temporary password -----------------------------------------------------------

_TEMPORARY_PAIRS = [
    ("caisse/teams-export-caisse.txt", "[09:02] Awa: le compte de Rokia est bloqué\n[09:05] Paul: réinitialisé\n"
     "[09:05] Paul: login rsanogo, provisoire {value}\n[09:06] Awa: merci\n"),
    ("ops/WhatsApp Chat with Depot.txt", "12/03/2024, 08:14 - Ana: locked out of the till\n"
     "12/03/2024, 08:15 - Ben: user till3, temp {value} (change it at first login)\n"),
    ("notas/caja.txt", "Caja 2: usuario caja2, temporal {value}\nCambiar el viernes.\n"),
    ("notes/portail.txt", "Nouveau compte: utilisateur m.diallo, temporaire {value}\n"),
    ("ops/slack-export-it.txt", "[10:01] Gio: account reset for Bea\n[10:02] Gio: login bea.r; initial {value}\n"),
]


@pytest.mark.parametrize("number", range(len(_TEMPORARY_PAIRS)))
def test_a_pair_said_with_a_temporary_passwords_word_blocks(engine: Engine, number: int) -> None:
    name, text = _TEMPORARY_PAIRS[number]
    value = _CHOSEN[number]
    text = text.format(value=value)
    assert (_line_of(text, value), value) in _secrets(engine, name, text)


@pytest.mark.parametrize("text", [
    "[09:05] Paul: login rsanogo, temporary access until Friday\n",
    "[09:05] Paul: login rsanogo, temp folder /tmp/build-cache-2024\n",
    "[09:05] Paul: user rsanogo, provisoire changeme\n",
    "[09:05] Paul: login rsanogo, temp password in Bitwarden\n",
])
def test_a_temporary_word_before_no_password_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "caisse/teams-export-caisse.txt", text) == []


# --- a name / password pair below a message naming a password or a Wi-Fi network -------------------------------------

_PAIRS_BELOW = [
    "12/03/2024, 08:15 - Fatima: Na canza kalmar sirri ta wifi\n12/03/2024, 08:15 - Fatima: Ofis-Kano / {value}\n",
    "12/03/2024, 08:15 - Juma: nimebadilisha nenosiri la ofisi\n12/03/2024, 08:16 - Juma: ofisi-msa / {value}\n",
    "[08:15] Lea: new wifi at the depot\n[08:15] Lea: Depot-5G / {value}\n",
    "[08:15] Lea: le mdp du NAS a changé\n[08:16] Lea: nas-admin / {value}\n",
]


@pytest.mark.parametrize("number", range(len(_PAIRS_BELOW)))
def test_a_pair_below_a_message_naming_a_password_or_a_network_blocks(engine: Engine, number: int) -> None:
    value = _CHOSEN[8 + number]
    text = _PAIRS_BELOW[number].format(value=value)
    assert (_line_of(text, value), value) in _secrets(engine, "office/WhatsApp Chat with Ofis.txt", text)


@pytest.mark.parametrize("text", [
    "12/03/2024, 08:15 - Fatima: see you tomorrow\n12/03/2024, 08:15 - Fatima: Ofis-Kano / {value}\n",
    "12/03/2024, 08:15 - Fatima: wifi is back\n12/03/2024, 08:15 - Fatima: 10.0.0.1 / 255.255.255.0\n",
    "12/03/2024, 08:15 - Fatima: Na canza kalmar sirri ta wifi\n12/03/2024, 08:15 - Fatima: Ofis / see KeePass\n",
])
def test_a_pair_below_no_such_message_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "office/WhatsApp Chat with Ofis.txt", text.format(value=_CHOSEN[12])) == []


# --- a JSON Web Token a message gives after its label saying it is a new token ----------------------------------------

def _telegram(texts: list) -> str:
    messages = [{"id": 100 + number, "type": "message", "date": f"2025-04-02T14:{10 + number}:21", "from": who, "text": text}
                for number, (who, text) in enumerate(texts)]
    return json.dumps({"name": "IT", "type": "private_group", "id": 4011872390, "messages": messages},
                      ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("token", [_LIVE_JWT, _EXPIRED_JWT])
@pytest.mark.parametrize("label", ["выпустила новый токен, категория Маркетплейс:", "issued a new API token for the shop:",
                                   "nuevo token de la API:"])
def test_a_jwt_after_a_label_saying_new_token_blocks(engine: Engine, token: str, label: str) -> None:
    text = _telegram([("Ayyr", "WB returns 401 on stock again"), ("Shonchalai", f"{label} {token}"),
                      ("Ayyr", "works now")])
    assert (_line_of(text, token), token) in _secrets(engine, "coop/docs/chat-export/kooperativ-it.json", text)


def test_a_jwt_pasted_alone_below_a_question_for_the_token_blocks(engine: Engine) -> None:
    text = f"[14:10] Ayyr: can you send the token for WB?\n[14:12] Shon: {_LIVE_JWT}\n"
    assert (2, _LIVE_JWT) in _secrets(engine, "ops/telegram-chat-it.txt", text)


@pytest.mark.parametrize("label", ["категория Маркетплейс:", "the log shows:", "new build:"])
def test_a_jwt_after_a_label_saying_neither_stays_none(engine: Engine, label: str) -> None:
    text = _telegram([("Ayyr", "deploy went out"), ("Shonchalai", f"{label} {_EXPIRED_JWT}")])
    assert _secrets(engine, "coop/docs/chat-export/kooperativ-it.json", text) == []


# --- a sheet's and a seed's logins ---------------------------------------------------------------------------------------

_SHEETS = [
    ("terch/notes/export_uchetki.csv", "система;логин;пароль;ответственный;комментарий\n1С УТ (склад);sklad_tyr;{value};"
     "Улбашев Х.;только приход\nВесы;admin;—;Улбашев Х.;см. KeePass\n"),
    ("it/oblik.csv", "сервіс,логін,пароль,відповідальний\nПоштовий сервер,buh@firma.ua,{value},Коваль О.\n"),
    ("tresorerie/comptes.csv", "compte,operateur,titulaire,mdp_portail_marchand,note\ncaisse,Orange Money,Awa S.,{value},"
     "portail\ncaisse 2,Moov,Rokia S.,,code chez la trésorière\n"),
    ("rh/acces.csv", "nom,prénom,login,mdp\nTraoré,Mariam,mtraore,{value}\n"),
    ("rrhh/accesos.csv", "nombre,apellido,usuario,contraseña\nLucía,Pérez,lperez,{value}\n"),
    ("rh/comptes.csv", "login,nom,zone,mot_de_passe_clair\nsup.pp,Ngoma,PP,{value}\n"),
]


@pytest.mark.parametrize("number", range(len(_SHEETS)))
def test_a_sheets_login_blocks(engine: Engine, number: int) -> None:
    name, text = _SHEETS[number]
    value = _SHORT[number] if number < 2 else _CHOSEN[16 + number]
    text = text.format(value=value)
    assert (_line_of(text, value), value) in _secrets(engine, name, text)


@pytest.mark.parametrize("name,text", [
    ("terch/notes/export.csv", "система;логин;пароль;ответственный\n1С;sklad;********;Улбашев\nВесы;admin;см. KeePass;Улбашев\n"
     "Камеры;admin;changeme;Шогенов\n"),
    ("rh/acces.csv", "nom,prénom,login,mdp_hash\nTraoré,Mariam,mtraore,$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n"),
    ("rh/acces.csv", "nom,prénom,login,mdp\nTraoré,Mariam,mtraore,voir coffre\nSanou,Awa,asanou,\n"),
    ("data/mdp_runs.csv", "mdp,env,episodes\nFrozenLake-v1,gym,5000\nCartPole-v1,gym,300\n"),
    # (a bare name column names a school or a product as often: a school's code under a key's word stays none)
    ("escuelas.csv", "clave,nombre,usuario\n09DPR1234K,Primaria Juarez,director01\n"),
])
def test_a_sheets_references_and_stand_ins_stay_none(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text) == []


_SEEDS = [
    "INSERT INTO superviseurs (login, prenom, nom, mot_de_passe, actif)\nVALUES ('sup.pp', 'Prisca', 'Ngoma', '{value}', true);\n",
    "INSERT INTO comptes (login, zone, mot_de_passe_clair) VALUES ('sup.pp', 'PP', '{value}');\n",
    "INSERT INTO users (username, plaintext_password, active) VALUES ('ops', '{value}', 1);\n",
    "INSERT INTO usuarios (usuario, contraseña_plana) VALUES ('caja1', '{value}');\n",
]


@pytest.mark.parametrize("number", range(len(_SEEDS)))
def test_a_seeds_login_in_clear_blocks(engine: Engine, number: int) -> None:
    value = _CHOSEN[20 + number]
    text = _SEEDS[number].format(value=value)
    assert (_line_of(text, value), value) in _secrets(engine, "backoffice/db/seed_admin.sql", text)


@pytest.mark.parametrize("value", ["changeme", "********", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"])
def test_a_seeds_stock_masked_or_hashed_password_stays_none(engine: Engine, value: str) -> None:
    text = f"INSERT INTO comptes (login, nom, mot_de_passe_clair) VALUES ('sup.pp', 'Ngoma', '{value}');\n"
    assert _secrets(engine, "backoffice/db/seed_admin.sql", text) == []
