"""Blind round 58: a Galician team's code, configurations, sheets and pages name a password `contrasinal` (its plural
`contrasinais`) and a user `usuario`, as Spanish's `contraseña` and Catalan's `contrasenya` are read; an Uzbek team's name
it `parol` (Romanian's word without its ending; its possessive `paroli`, `admin paroli`) and its user `login`: a setting's
key head first or alone (`Contrasinal=…`, `CONTRASINAL`, `<Contrasinal>…</Contrasinal>`, `PAROL = …`), a settings
table's row under Spanish's and Galician's `clave, valor` columns, a CSV sheet's columns (`dispositivo`, `usuario`,
`contrasinal`; `qurilma`, `login`, `parol`; a mailbox sheet's `pochta`, `egasi`, `parol`), a page's table column, its
list labels before a code span or a bare value, and an `ssh` prompt's `parol:` in a code block. References,
placeholders, a form's field names and a file's path stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Ameixa", "Navalla", "Zamburina", "Centola", "Lamprea", "Ourizo", "Samarkand", "Buxoro", "Xiva", "Termiz",
          "Chorsu", "Zarafshon")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Navalla%Xiva4712`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(4730000 + step) for step in range(10)]
_DRAWN = drawn_mixed(4730020, 12)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(_DRAWN) == 12 and _DRAWN.isalnum()


# --- a setting's key in code and configurations -------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("ERP/conexion.ini", "[ERP]\nServidor=SRV-ERP01\\A3ERP\nUsuario=integrador\nContrasinal={pw}\nTimeout=30\n"),
    ("ferramentas/reinicio.py", 'HOST = "10.10.5.20"\nUSUARIO = "reloxo"\nCONTRASINAL = "{pw}"\n'),
    ("src/main/java/gal/lonxa/Odoo.java", 'class Odoo {{\n    private static final String CONTRASINAL = "{pw}";\n}}\n'),
    ("ops/kepware/canle.xml", "<Autenticacion>\n  <Usuario>scada</Usuario>\n  <Contrasinal>{pw}</Contrasinal>\n</Autenticacion>\n"),
    ("config/correo.yml", "smtp:\n  contrasinal_smtp: {pw}\n"),
    ("einvoice/didox_client.py", 'STIR = "305114872"\nPAROL = "{pw}"\n'),
    ("config/app.yml", "ombor:\n  login: ombor\n  parol: {pw}\n"),
    ("config/.env", "ADMIN_PAROLI={pw}\n"),
])
def test_a_galician_or_uzbek_password_setting_blocks(engine: Engine, filename: str, template: str) -> None:
    password = _CHOSEN[0]
    text = template.format(pw=password)
    assert [secret for _, secret in _secrets(engine, filename, text)] == [password]


@pytest.mark.parametrize("filename, text", [
    ("ERP/conexion.ini", "[ERP]\nUsuario=integrador\nContrasinal=${ERP_PASSWORD}\n"),
    ("ERP/conexion.ini", "[ERP]\nContrasinal=<o teu contrasinal>\n"),
    ("config/app.py", 'CONTRASINAL = os.environ["CONTRASINAL_SMTP"]\n'),
    ("web/forms.py", 'campo_contrasinal = "contrasinal"\n'),
    ("config/app.py", 'ficheiro_contrasinal = "/etc/lonxa/smtp.pass"\n'),
    ("einvoice/client.py", 'PAROL = os.environ["DIDOX_PAROL"]\n'),
    ("locales/uz.json", '{\n  "parol": "Parol",\n  "login": "Kirish"\n}\n'),
    ("locales/gl.json", '{\n  "contrasinal": "Contrasinal",\n  "usuario": "Usuario"\n}\n'),
])
def test_a_setting_over_no_password_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a settings table's row under `clave, valor` ----------------------------------------------------------------------

@pytest.mark.parametrize("key", ["smtp.contrasinal", "smtp.contraseña", "smtp_contrasenya", "smtp.password"])
def test_a_settings_tables_password_row_under_clave_valor_blocks(engine: Engine, key: str) -> None:
    password = _CHOSEN[1]
    text = ("-- Correo saínte das facturas\nINSERT INTO parametros (clave, valor, descricion) VALUES\n"
            "  ('smtp.host', 'smtp.office365.com', 'Servidor SMTP'),\n"
            f"  ('{key}', '{password}', 'Contrasinal da conta'),\n  ('smtp.porto', '587', 'Porto');\n")
    assert {secret for _, secret in _secrets(engine, "db/migrations/V19__correo.sql", text)} == {password}


@pytest.mark.parametrize("text", [
    # (a settings table's row naming no password, and its password's row referenced)
    "INSERT INTO parametros (clave, valor) VALUES ('smtp.host', 'smtp.office365.com'), ('smtp.porto', '587');\n",
    "INSERT INTO parametros (clave, valor) VALUES ('smtp.contrasinal', '${SMTP_PASSWORD}');\n",
    "INSERT INTO parametros (clave, valor) VALUES ('smtp.contrasinal', '');\n",
])
def test_a_settings_tables_row_over_no_password_is_not_blocked(engine: Engine, text: str) -> None:
    assert _blocked(engine, "db/migrations/V19__correo.sql", text) == []


@pytest.mark.parametrize("text", [
    # (a user's table with a value column beside its `clave`: the key column's cells are the users' passwords, no
    # setting's names; its rows blocked before the settings-table reading and must still be)
    "INSERT INTO usuarios (usuario, clave, valor) VALUES ('jperez', '{pw}', 1);\n",
    "INSERT INTO usuarios (id, usuario, clave, rol, valor) VALUES (7, 'mlopez', '{pw}', 'caixa', 0);\n",
    "INSERT INTO servizos (servizo, clave, valor) VALUES ('pasarela', '{pw}', 'produccion');\n",
])
def test_a_generated_value_in_a_clave_column_beside_a_value_column_still_blocks(engine: Engine, text: str) -> None:
    password = drawn_mixed(4810000, 16)
    assert password in {secret for _, secret in _secrets(engine, "db/seed.sql", text.format(pw=password))}


def test_a_clave_column_without_a_value_column_stays_a_password_column(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = f"INSERT INTO usuarios (usuario, clave) VALUES ('ops', '{password}');\n"
    assert [secret for _, secret in _secrets(engine, "db/seed.sql", text)] == [password]


# --- a CSV sheet's columns ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header, row", [
    # (a device inventory in Galician or Spanish: each row's device, its user and its password)
    ("dispositivo,ip,modelo,usuario,contrasinal,ubicacion", "PLC-AC01,192.168.50.11,Siemens S7-1200,admin,{pw},Autoclave 1"),
    ("equipo,ip,usuario,contraseña", "Router,192.168.1.1,admin,{pw}"),
    # (an Uzbek one: `qurilma`, `login`, `parol`)
    ("qurilma,joy,ip,login,parol,izoh", "MikroTik hEX,server xona,192.168.1.1,admin,{pw},asosiy router"),
    # (a sheet of mailboxes, each with its owner: Uzbek's `pochta`, `egasi`; English's `email`, `owner`)
    ("pochta,egasi,bo'lim,parol,yaratilgan", "sex@example.uz,Usta Rustam,to'quv,{pw},2024-10-21"),
    ("email,owner,department,password,created", "sales@example.com,Madina R.,sales,{pw},2024-10-21"),
])
def test_a_sheets_password_cell_blocks(engine: Engine, header: str, row: str) -> None:
    for password in (_CHOSEN[3], _DRAWN):
        text = f"{header}\n{row.replace('{pw}', password)}\n"
        assert _secrets(engine, "inventario/dispositivos.csv", text) == [(2, password)]


@pytest.mark.parametrize("text", [
    "dispositivo,ip,modelo,usuario,contrasinal,ubicacion\nSW-NAVE,192.168.1.2,HPE 1920,,,Rack oficina\n"
    "HMI-L2,192.168.50.31,Weintek,operador,(KeePass),Liña 2\n",
    "pochta,egasi,bo'lim,parol,yaratilgan\nhisob@example.uz,Buxgalteriya,moliya,(1Password),2022-03-01\n"
    "ombor@example.uz,Ombor,ta'minot,-,2023-06-12\n",
    # (an owner's column beside no password's)
    "email,owner,department,created\nsales@example.com,Madina R.,sales,2024-10-21\n",
])
def test_a_sheets_references_and_blanks_are_not_blocked(engine: Engine, text: str) -> None:
    assert _blocked(engine, "inventario/dispositivos.csv", text) == []


# --- a page's label, column and code block ----------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Contrasinal da conta de servizo: `{pw}`",
    "- Contrasinal do router: `{pw}`",
    "- Contrasinal: `{pw}`",
    "- Contrasinal VNC (o mesmo nas tres): {pw}",
    "- Contrasinal admin: {pw}",
    "O contrasinal do NAS é `{pw}`.",
    "   - parol: `{pw}` (birinchi kirishda almashtiring!)",
    "- Parol: `{pw}`",
    "- Wi-Fi paroli: `{pw}`",
])
def test_a_pages_label_or_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[4]
    text = f"# Notas\n\n1. Revisar a rede.\n{item.replace('{pw}', password)}\n- Soporte: IT, ext. 212.\n"
    assert _secrets(engine, "docs/planta/rede.md", text) == [(4, password)]


@pytest.mark.parametrize("header, sentinel", [("| Equipo | IP | Usuario | Contrasinal |", "Contrasinal"),
                                              ("| Qurilma | IP | Login | Parol |", "Parol")])
def test_a_pages_password_column_blocks(engine: Engine, header: str, sentinel: str) -> None:
    password = _CHOSEN[5]
    text = (f"# Rede\n\n{header}\n|---|---|---|---|\n| Router | 192.168.1.1 | admin | `{password}` |\n"
            "| Switch | 192.168.1.2 | admin | (LDAP) |\n")
    assert sentinel in text and _secrets(engine, "docs/planta/rede.md", text) == [(5, password)]


def test_a_password_under_an_ssh_prompt_in_a_code_block_blocks(engine: Engine) -> None:
    password = _CHOSEN[6]
    text = ("# Internet uzilganda\n\n1. Ofis kompyuteridan kiring:\n\n   ```\n   ssh admin@192.168.1.1\n"
            f"   parol: {password}\n   ```\n")
    assert _secrets(engine, "docs/runbooks/internet.md", text) == [(7, password)]


@pytest.mark.parametrize("item", [
    "- Contrasinal: no 1Password",
    "- Contrasinal da conta: `<contrasinal>`",
    "- Contrasinal do usuario: o de sempre, pedídello a Xosé",
    "- Parol: `<parol>`",
    "- Parol: 1Password'da",
    "| Equipo | Contrasinal |\n|---|---|\n| Switch | (LDAP) |",
])
def test_a_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/planta/rede.md", f"# Notas\n\n{item}\n") == []
