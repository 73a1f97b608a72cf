"""Blind rounds GO-GT, Spanish documentation (and Portuguese's, French's and Italian's where the same rule serves): a
team's page and notes give a password in their own words and order (`- Contraseña del .p12: `…``, `- Senha do roteador:
…`, `- Mot de passe du NAS : `…``, `- Password del router: `…``; `la contraseña del router es `…``; `Clave de red`,
`Clave WPA2`; `Iniciar sesión como `ops` con `…``; `Credenciales: `ops` / `…``; a table's `Contraseña` column, a settings
table's `Valor`), and a tunnel's notes name its pre-shared key as the router's screen does (`Clave precompartida: …`):
each blocks where a person chose it or a generator drew it, as the English forms do. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Olivo", "Romero", "Tomillo", "Encina", "Sabina", "Vereda", "Ribera", "Solana", "Alcor", "Jara", "Retama", "Pinar")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Encina%Vereda3518`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _passphrase(seed: int) -> str:
    """A tunnel's pre-shared key a person chose: two chosen passwords joined (`Olivo*pinar322Sabina%retama585`)."""
    generator = random.Random(seed)
    parts = [generator.choice(_WORDS) + generator.choice("*%#") + generator.choice(_WORDS).lower() + str(generator.randint(100, 999))
             for _ in range(2)]
    return "".join(parts)


_CHOSEN = [_chosen(2630100 + step) for step in range(8)]
_PASSPHRASE = [_passphrase(2630200 + step) for step in range(2)]
_GENERATED = [drawn_mixed(2630300 + step, 16) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a tunnel's pre-shared key, named as the router's screen names it ---------------------------------------------------

_TUNNEL_NOTE = ("RED OFICINA - notas\n==========\n\nTúnel IPsec con la central:\n  - Fase 1: IKEv2, AES256-SHA256, DH 14\n"
                "  - Peer remoto: 198.51.100.20\n{item}\n  - Redes: 192.168.50.0/24 <-> 192.168.10.0/24\n")


@pytest.mark.parametrize("item", [
    "  - Clave precompartida: {v}",
    "  - Clave pre-compartida: {v}",
    "  - Chave pré-compartilhada: {v}",
    "  - Chave pré-partilhada: {v}",
    "  - Clé pré-partagée : {v}",
    "  - Chiave pre-condivisa: {v}",
    "  - Vorinstallierter Schlüssel: {v}",
    "  - Pre-Shared-Key: {v}",
])
def test_a_tunnel_s_localized_pre_shared_key_blocks(engine: Engine, item: str) -> None:
    value = _PASSPHRASE[0]
    text = _TUNNEL_NOTE.format(item=item.replace("{v}", value))
    assert _secrets(engine, "notas/red-oficina.txt", text) == [(7, value)]


def test_a_localized_pre_shared_key_in_a_code_span_blocks_in_documentation(engine: Engine) -> None:
    value = _PASSPHRASE[1]
    text = f"# VPN\n\n- Peer remoto: `198.51.100.20`\n- Clave precompartida: `{value}`\n"
    assert _secrets(engine, "docs/red/vpn.md", text) == [(4, value)]


@pytest.mark.parametrize("item", [
    "  - Clave precompartida: ver KeePass",
    "  - Clave precompartida: <clave>",
    "  - Clave precompartida: ${VPN_PSK}",
    "  - Clave precompartida: la tiene Lucía",
])
def test_a_localized_pre_shared_key_s_label_over_no_key_does_not_block(engine: Engine, item: str) -> None:
    assert _secrets(engine, "notas/red-oficina.txt", _TUNNEL_NOTE.format(item=item)) == []


# --- a label's password word before what it is for -----------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Contraseña del .p12: `{pw}`",
    "- Contraseña del certificado: {pw}",
    "- Contraseña para el NAS: `{pw}`",
    "- **Contraseña del router**: `{pw}`",
    "- Clave del router: `{pw}`",
    "- Senha do roteador: `{pw}`",
    "- Senha de acesso: {pw}",
    "- Mot de passe du routeur : `{pw}`",
    "- Mot de passe administrateur : {pw}",
    "- Password del router: `{pw}`",
    "- Password di amministrazione: {pw}",
])
def test_a_romance_label_s_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Certificado\n\n- Fichero: `secrets/representante-2025.p12` (en el servidor `reservas-02`)\n"
            f"{item.replace('{pw}', password)}\n- Caduca: 14/01/2027\n")
    assert _secrets(engine, "docs/legal/certificado.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Contraseña: ver KeePass",
    "- Contraseña del router: `<tu contraseña>`",
    "- Contraseña del router: `changeme`",
    "- Gestor de {w}s: `Bitwarden`",  # ({w}: the word put in at run time, as the project's own scan reads a label)
    "- Cambiar {w}: `Ajustes > Cuenta`",
    "- Contraseña mínima: `12` caracteres",
])
def test_a_romance_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _secrets(engine, "docs/legal/certificado.md", f"# Certificado\n\n{item.replace('{w}', 'contraseña')}\n") == []


@pytest.mark.parametrize("item", [
    "- Clave de API: `{key}`",
    "- Clave de la API: `{key}`",
    "- Clave de acceso: `{key}`",
    "- Clave pública: `{key}`",
    "Usa la clave de API `{key}` en la cabecera.",
    "La clave `{key}` del objeto identifica el pedido.",
])
def test_a_spanish_key_s_label_stays_the_docs_example(engine: Engine, item: str) -> None:
    # (`clave` is a password and a key: an API's, a public one, a record's key are a key's, read in documentation as the
    # English `API key` is: the docs' example)
    key = drawn_mixed(2630400, 32)
    assert _secrets(engine, "docs/api/pedidos.md", f"# API\n\n{item.replace('{key}', key)}\n") == []


# --- a sentence's password, after its word, what it is for or its verb -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "La contraseña del router es `{pw}`.",
    "Usuario `admin`, contraseña `{pw}`.",
    "A senha do roteador é `{pw}`.",
    "Le mot de passe du routeur est `{pw}`.",
    "La password del router è `{pw}`.",
])
def test_a_romance_sentence_s_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[1]
    assert _secrets(engine, "docs/onboarding/primer-dia.md", f"# Primer día\n\n{line.replace('{pw}', password)}\n") == [
        (3, password)]


@pytest.mark.parametrize("line", [
    "Por ejemplo, la contraseña del router es `{pw}`.",
    "Par exemple, le mot de passe est `{pw}`.",
    "Zum Beispiel: Kennwort `{pw}`",
])
def test_a_sentence_saying_example_is_not_read(engine: Engine, line: str) -> None:
    assert _secrets(engine, "docs/onboarding/primer-dia.md", f"# Primer día\n\n{line.replace('{pw}', _CHOSEN[1])}\n") == []


# --- a Wi-Fi network's key ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Wi-Fi `Oficina` (WPA2), clave `{v}`",
    "- Clave de red: `{v}`",
    "- Clave wifi: `{v}`",
    "- Clave WPA2: {v}",
    "- Contraseña de la wifi: `{v}`",
    "- Clave de seguridad de red: `{v}`",
    "- Senha do Wi-Fi: `{v}`",
    "- Mot de passe Wi-Fi : {v}",
])
def test_a_romance_wifi_key_blocks(engine: Engine, line: str) -> None:
    value = _GENERATED[0]
    assert _secrets(engine, "docs/red/wifi.md", f"# Wi-Fi\n\n{line.replace('{v}', value)}\n") == [(3, value)]


def test_a_wifi_line_s_security_mode_is_no_key(engine: Engine) -> None:
    assert _secrets(engine, "docs/red/wifi.md", "# Wi-Fi\n\n- Wi-Fi `Oficina` (WPA2), clave `WPA2-PSK`\n") == []


# --- a sign-in's pair and a login's details ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "2. Iniciar sesión como `admin` con `{pw}`",
    "Entrar como `admin` con la contraseña `{pw}`.",
    "Entrar como `admin` com a senha `{pw}`.",
    "Se connecter en tant que `admin` avec le mot de passe `{pw}`.",
    "Accedere come `admin` / `{pw}`",
    "- Credenciales: `admin` / `{pw}`",
    "- Acceso: `admin` / `{pw}`",
    "- Datos de acceso: admin / {pw}",
    "- Usuario/{W}: `admin` / `{pw}`",
])
def test_a_romance_sign_in_pair_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[2]
    line = line.replace("{W}", "Contraseña")
    assert _secrets(engine, "docs/it/nas.md", f"# NAS\n\n{line.replace('{pw}', password)}\n") == [(3, password)]


@pytest.mark.parametrize("line", [
    "Iniciar sesión como `ro` con `pgAdmin4`",
    "- Credenciales: `admin` / `<contraseña>`",
    "Entrar como `admin` / `admin`",
    "Entre `inicio` y `fin` con `{pw}` pasos.",
])
def test_a_romance_sign_in_with_a_tool_or_a_stock_password_does_not_block(engine: Engine, line: str) -> None:
    assert _secrets(engine, "docs/it/nas.md", f"# NAS\n\n{line.replace('{pw}', _CHOSEN[2])}\n") == []


# --- a table: a password or a login column, a settings table's `Valor` ----------------------------------------------------------

@pytest.mark.parametrize("header", ["Contraseña", "Contraseña admin", "Clave", "Senha", "Mot de passe", "Contraseña (local)"])
def test_a_romance_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[3]
    text = (f"| Equipo | IP | Usuario | {header} |\n|---|---|---|---|\n| NAS | 192.168.1.5 | admin | `{password}` |\n"
            f"| Impresora | 192.168.1.9 | admin | ver KeePass |\n")
    assert _secrets(engine, "docs/it/equipos.md", text) == [(3, password)]


@pytest.mark.parametrize("header,cell", [
    ("Acceso", "`admin` / `{pw}`"),
    ("Credenciales", "admin / {pw}"),
    ("Usuario / Contraseña", "`admin` / `{pw}`"),
])
def test_a_romance_login_column_blocks(engine: Engine, header: str, cell: str) -> None:
    password = _CHOSEN[4]
    text = f"| Equipo | IP | {header} |\n|---|---|---|\n| NAS | 192.168.1.5 | {cell.replace('{pw}', password)} |\n"
    assert _secrets(engine, "docs/it/equipos.md", text) == [(3, password)]


@pytest.mark.parametrize("header", ["Clave pública", "Clave API", "Política de contraseñas"])
def test_a_romance_column_naming_no_password_is_not_read(engine: Engine, header: str) -> None:
    text = f"| Servicio | {header} |\n|---|---|\n| prod | `{drawn_mixed(2630401, 32)}` |\n"
    assert _secrets(engine, "docs/it/equipos.md", text) == []


@pytest.mark.parametrize("row", ["| Contraseña | `{pw}` |", "| Clave | `{pw}` |", "| Contraseña del NAS | `{pw}` |"])
def test_a_romance_settings_table_s_password_row_blocks(engine: Engine, row: str) -> None:
    password = _CHOSEN[5]
    text = f"| Campo | Valor |\n|---|---|\n| Servidor | `nas01.interno` |\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "docs/it/copias.md", text) == [(4, password)]


def test_a_settings_table_s_key_row_stays_the_docs_example(engine: Engine) -> None:
    # (a key's, a token's, a secret's row in documentation is the docs' example, in Spanish's `Valor` table as in English's)
    text = f"| Campo | Valor |\n|---|---|\n| client_id | `demo-app` |\n| Clave de API | `{drawn_mixed(2630402, 32)}` |\n"
    assert _secrets(engine, "docs/api/pagos.md", text) == []
