"""Blind round 57: a Catalan team's code, configurations, logs and pages name a password `contrasenya` (its older
`paraula de pas` too) and a key `clau`, as Spanish's `contraseña` and `clave` are read: a setting's key head first or
alone (`contrasenya = …`, `CONTRASENYA_SMTP`, `<contrasenya>…</contrasenya>`, `contrasenya_certificat`, `CLAU`,
`clau_api`), a page's table column and its label before a code span, what the password is for after its preposition,
elided before a vowel as Catalan writes it (`Contrasenya d'accés: `…``, `d'administrador`), or a note in brackets
before its colon. References, placeholders, a search's `paraula clau` and a file's path stay none. Through the
engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Mirall", "Fanal", "Garbi", "Tramuntana", "Canigo", "Montseny", "Ebre", "Segre", "Llobregat", "Cadi",
          "Pedraforca", "Siurana")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Garbi%Segre4712`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(4250000 + step) for step in range(8)]
_DRAWN_KEY = drawn_mixed(4250010, 32)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(_DRAWN_KEY) == 32 and _DRAWN_KEY.isalnum()


# --- a setting's key in code, configurations and logs -------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("tpv/config/botiga.ini", "[correu]\nservidor = smtp.office365.com\nusuari = tiquets@botiga.cat\ncontrasenya = {pw}\n"),
    ("comptabilitat/config.toml", '[aeat]\ncertificat = "/etc/botiga/cert.p12"\ncontrasenya_certificat = "{pw}"\n'),
    ("enviaments/config.xml", "<configuracio>\n  <usuari>wsbotiga</usuari>\n  <contrasenya>{pw}</contrasenya>\n</configuracio>\n"),
    ("serveis/db/db.go", 'package db\n\nconst (\n\tusuari      = "fidelitat"\n\tcontrasenya = "{pw}"\n)\n'),
    ("src/main/java/cat/botiga/Correu.java",
     'class Correu {{\n    private static final String CONTRASENYA = "{pw}";\n}}\n'),
    ("infra/.env", "CONTRASENYA_SMTP={pw}\n"),
    ("infra/logs/tpv.log",
     "2024-03-04 09:15:01,078 DEBUG tpv.correu config={{'servidor': 'smtp.office365.com', 'contrasenya': '{pw}'}}\n"),
    ("scripts/wifi.ps1", '$Ssid = "Botiga-Intern"\n$Clau = "{pw}"\n'),
    ("config/app.yml", "correu:\n  paraula_de_pas: {pw}\n"),
])
def test_a_catalan_password_setting_blocks(engine: Engine, filename: str, template: str) -> None:
    password = _CHOSEN[0]
    text = template.format(pw=password)
    assert [secret for _, secret in _secrets(engine, filename, text)] == [password]


@pytest.mark.parametrize("filename, template", [
    ("src/main/java/cat/botiga/RedsysConfig.java",
     'class RedsysConfig {{\n    // Clau de signatura del terminal\n    static final String CLAU = "{key}";\n}}\n'),
    ("config/botiga.py", 'CLAU_API = "{key}"\n'),
    ("config/botiga.php", "<?php\nreturn ['clau_secreta' => '{key}'];\n"),
])
def test_a_catalan_key_setting_holding_a_drawn_key_blocks(engine: Engine, filename: str, template: str) -> None:
    text = template.format(key=_DRAWN_KEY)
    assert [secret for _, secret in _secrets(engine, filename, text)] == [_DRAWN_KEY]


@pytest.mark.parametrize("filename, text", [
    ("tpv/config/botiga.ini", "[correu]\nusuari = tiquets@botiga.cat\ncontrasenya = ${SMTP_PASSWORD}\n"),
    ("tpv/config/botiga.ini", "[correu]\ncontrasenya = <la teva contrasenya>\n"),
    ("config/app.py", 'contrasenya = os.environ["CONTRASENYA_SMTP"]\n'),
    ("config/app.py", 'fitxer_clau = "/etc/botiga/holded.key"\n'),
    ("cerca/index.py", 'paraula_clau = "enquadernacio"\n'),
    ("db/query.py", 'where_clause = "estoc > 0 AND actiu = 1"\n'),
    ("web/forms.py", 'camp_contrasenya = "contrasenya"\n'),
    ("locales/ca.json", '{\n  "contrasenya": "Contrasenya",\n  "clau": "Clau d\'accés"\n}\n'),
])
def test_a_catalan_setting_over_no_password_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("filename, text", [
    # (review of round 57) `clau` alone naming a cache's or a dict's entry, as English's `key` does
    ("botiga/cache.py", "clau = 'cache_productes_v2'\nvalor = cache.get(clau)\n"),
    ("web/llistat.js", "const clau = 'llistat_2024';\nlocalStorage.setItem(clau, JSON.stringify(dades));\n"),
    ("botiga/informes.py", "clau = 'Comandes2024'\ninformes[clau] = total\n"),
    ("botiga/redis.py", "clau = 'comandes:2024'\n"),
])
def test_clau_alone_naming_an_entry_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a page's label, column and sentence ----------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Contrasenya: `{pw}`",
    "- Contrasenya d'accés desatès: `{pw}`",
    "- Contrasenya d'administrador: `{pw}`",
    "- Contrasenya de l'encaminador: `{pw}`",
    "- Contrasenya del router: `{pw}`",
    "- PPPoE: usuari `botiga@digi`, contrasenya `{pw}`.",
    "2. Nova contrasenya (provisional, canviar-la quan tornem de la fira): `{pw}`",
    "La contrasenya del NAS és `{pw}`.",
])
def test_a_catalan_label_or_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# Botiga de Vic\n\n1. Revisar la xarxa.\n{item.replace('{pw}', password)}\n- Incidències: IT, ext. 212.\n"
    assert _secrets(engine, "docs/botigues/vic.md", text) == [(4, password)]


def test_a_catalan_password_column_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = ("# Proveïdors\n\n| | |\n|---|---|\n| Servidor | `sftp.proveidor.cat` port 2222 |\n| Usuari | `botiga_edi` |\n"
            f"| Contrasenya | `{password}` |\n")
    assert _secrets(engine, "docs/proveidors/paper.md", text) == [(7, password)]


@pytest.mark.parametrize("item", [
    "- Contrasenya: al 1Password",
    "- Contrasenya d'accés: `<contrasenya>`",
    "- Contrasenya de l'usuari: la de sempre, demaneu-la al Jordi",
    "- Clients: `Papereria`, sense contrasenya, portal captiu.",
])
def test_a_catalan_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/botigues/vic.md", f"# Botiga de Vic\n\n{item}\n") == []


# --- a CSV sheet's columns headed in Catalan ---------------------------------------------------------------------------

@pytest.mark.parametrize("header, row", [
    # (a device inventory: each row's device, its user and its password)
    ("botiga,dispositiu,model,ip,usuari,contrasenya,notes", "GIR01,camera entrada,Axis M3086-V,192.168.20.60,root,{pw},2023"),
    ("botiga,equip,numero de serie,usuari,contrasenya", "LLE01,router,SN-4471,admin,{pw}"),
    # (a login list: the service each account is with, its user and its password)
    ("compte,servei,usuari,contrasenya,responsable,notes",
     "escaner@botiga.cat,Microsoft 365,escaner@botiga.cat,{pw},Botiga Born,multifuncio"),
    ("proveidor,nom d'usuari,contrasenya", "Papers Valles,botiga_edi,{pw}"),
])
def test_a_catalan_sheets_password_cell_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[3]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "infra/inventari/botigues.csv", text) == [(2, password)]


def test_a_catalan_sheets_references_are_not_blocked(engine: Engine) -> None:
    text = ("botiga,dispositiu,model,ip,usuari,contrasenya,notes\n"
            "GIR01,router,Teltonika RUT241,192.168.20.1,admin,(al 1Password),4G de reserva\n"
            "GIR01,impressora tiquets,Epson TM-m30III,192.168.20.41,epson,,sense acces web\n")
    assert _blocked(engine, "infra/inventari/botigues.csv", text) == []


# --- a bare value after a head-first label naming its account in a code span ----------------------------------------------

@pytest.mark.parametrize("item", [
    "- Contrasenya de l'usuari `operari`: {pw}",
    "- Contraseña del usuario `operari`: {pw}",  # (Spanish's, Portuguese's and English's the same form)
    "- Senha do usuário `operari`: {pw}",
    "- Password for user `svc-backup`: {pw}",
])
def test_a_bare_password_after_a_label_naming_its_account_in_a_span_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[4]
    text = f"# Taller\n\n- Ordinador: `TALLER-PC` (Windows 10).\n{item.replace('{pw}', password)}\n"
    assert _secrets(engine, "docs/taller/maquina.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Contrasenya de l'usuari `operari`: al 1Password",
    "- Contrasenya de `root`: <pendent>",
    "- Contrasenya de `root`: ${ROOT_PASSWORD}",
    "- Password for `admin`: changeme",
])
def test_a_label_naming_its_account_in_a_span_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/taller/maquina.md", f"# Taller\n\n{item}\n") == []


# --- a password joined from its halves under a credential's name -----------------------------------------------------

@pytest.mark.parametrize("template", [
    'CONTRASENYA = "".join((\n    "{a}",\n    "{b}",\n))\n',
    'SMTP_PASSWORD = "".join(["{a}", "{b}"])\n',
])
def test_a_password_joined_from_its_halves_blocks(engine: Engine, template: str) -> None:
    password = _CHOSEN[5]
    half = len(password) // 2
    text = 'import paramiko\n\n' + template.format(a=password[:half], b=password[half:])
    assert [secret for _, secret in _secrets(engine, "enviaments/edi/envia.py", text)] == [password]


@pytest.mark.parametrize("text", [
    'SEPARADOR = "".join(("Quadern", "*Marbre2120"))\n',  # (no credential's name)
    'CONTRASENYA = "".join(("contra", "senya"))\n',  # (a word)
    'PASSWORD_HELP = " ".join(("Use at least", "12 characters"))\n',
])
def test_a_join_that_is_no_password_is_not_blocked(engine: Engine, text: str) -> None:
    assert _blocked(engine, "enviaments/edi/envia.py", text) == []


# --- a Wi-Fi network's SSID and key as a pair of spans under an item naming Wi-Fi -------------------------------------

_OPENING = ("# Obertura de la botiga\n\n1. Router: ja instal·lat.\n2. Wi-Fi\n"
            "   - Clients: `Papereria`, sense contrasenya, portal captiu.\n{item}\n3. TPV: instal·lar l'aplicació.\n")


@pytest.mark.parametrize("item", [
    "   - Interna (TPV, tauleta de l'aparador): `Botiga-Vic-Intern` / `{pw}`",
    "   - Staff (POS, tablet): `Shop-Staff` / `{pw}`",
])
def test_a_wifi_networks_pair_under_its_item_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[6]
    text = _OPENING.replace("{item}", item.replace("{pw}", password))
    assert _secrets(engine, "docs/botigues/vic.md", text) == [(6, password)]


def test_a_wifi_pair_whose_label_names_wifi_blocks(engine: Engine) -> None:
    password = _CHOSEN[6]
    assert _secrets(engine, "docs/botigues/vic.md", f"# Xarxa\n\n- Wi-Fi interna: `Botiga-Intern` / `{password}`\n") == [
        (3, password)]


@pytest.mark.parametrize("text", [
    # (a guests' network, posted for them)
    _OPENING.replace("{item}", "   - Clients: `Botiga-Convidats` / `" + _CHOSEN[6] + "`"),
    # (a pair of spans under an item naming no Wi-Fi: a list's pair)
    "# X\n\n2. Branques\n   - Release: `main` / `release-2024.10`\n",
])
def test_a_pair_of_spans_that_is_no_staff_network_is_not_blocked(engine: Engine, text: str) -> None:
    assert _blocked(engine, "docs/botigues/vic.md", text) == []


@pytest.mark.parametrize("label", ["Wi-Fi convidats", "Convidats", "Wi-Fi per als visitants", "Invitados"])
def test_a_guests_network_named_in_catalan_or_spanish_is_not_blocked(engine: Engine, label: str) -> None:
    # (review of round 57: the guests' word in the shop's own language, as `Clients` is)
    password = _chosen(4320300)
    assert _blocked(engine, "docs/botigues/vic.md", f"2. Wi-Fi\n   - {label}: `Botiga-Convidats` / `{password}`\n") == []


@pytest.mark.parametrize("item", [
    # (review of round 57: a label naming the radio's property or hardware, its pair of spans two values of it)
    "- Wi-Fi adapters: `Intel-AX210` / `Realtek-8852BE`",
    "- Wi-Fi encryption: `WPA2-Personal` / `WPA3-Personal`",
    "- Xifratge Wi-Fi: `WPA2-Personal` / `WPA3-Personal`",
])
def test_a_wifi_property_pair_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/xarxa.md", f"# Xarxa\n\n{item}\n") == []
