"""Blind round 66 (Markdown and reStructuredText tables holding a password or a token).

- A key's word alone naming a login's password beside a user's row or column, as the Romance languages say `key` for
  both (Catalan's and Aragonese's `clau`, Portuguese's `chave`, Italian's `chiave`, Corsican's `chjave`, Latin
  America's `llave`): a settings table's `| Usuario | … |` then `| Clau | `…` |`, an accounts table's `| Usuario |
  Clau |` columns (a reStructuredText grid table's too). Beside no user the word is any key's: not read as a password.

Through the engine, prefilter on (every form reaches its reader from its own lines). Generated fakes only: seeds
7950000-7959999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Cierzo", "Moncayo", "Jiloca", "Ordesa", "Bielsa", "Aneto", "Monegros", "Canfranc", "Tramuntana", "Borrasca")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Cierzo%Aneto4125`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#%!&*$@") + second + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 40) -> str:
    """A token a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_CHOSEN = [_chosen(7950000 + step) for step in range(6)]
_DRAWN = [_drawn(7950100 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and len(set(value)) >= 9 and any(c.isdigit() for c in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN + _DRAWN)) == len(_CHOSEN) + len(_DRAWN)


# --- a key's word alone beside a user's ------------------------------------------------------------------------------

def _settings_table(user_row: str, key_word: str, value: str, user_first: bool = True) -> str:
    rows = [f"| {user_row} | safran_chiloca |", f"| {key_word} | `{value}` |"]
    if not user_first:
        rows.reverse()
    return ("# Exportación: FTP d'o distribuidor\n\n| Campo | Valor |\n|-------|-------|\n| Servidor | ftp.epices.example.fr |\n"
            + "\n".join(rows) + "\n\nOs ficheros van en CSV.\n")


@pytest.mark.parametrize("user_row, key_word", [("Usuario", "Clau"), ("Usuari", "Clau"), ("Usuário", "Chave"),
                                                ("Utente", "Chiave"), ("Usuario", "Llave"), ("User", "Chjave")])
def test_a_settings_tables_key_row_beside_its_user_row_blocks(engine: Engine, user_row: str, key_word: str) -> None:
    for user_first, value in ((True, _CHOSEN[0]), (False, _CHOSEN[1])):
        assert value in _secrets(engine, "docs/exportacion.md", _settings_table(user_row, key_word, value, user_first))


@pytest.mark.parametrize("other_row", ["Servidor", "Puerto", "Host"])
def test_a_key_row_beside_no_user_row_stays_any_key(engine: Engine, other_row: str) -> None:
    for key_word in ("Clau", "Chave", "Chiave", "Llave"):
        assert _secrets(engine, "docs/exportacion.md", _settings_table(other_row, key_word, _CHOSEN[2])) == []


def test_a_key_row_beside_its_user_holding_a_name_is_none(engine: Engine) -> None:
    for value in ("comandes_2024", "clau-de-la-cache", "pedidos"):
        assert _secrets(engine, "docs/exportacion.md", _settings_table("Usuario", "Clau", value)) == []


def _accounts_table(user_header: str, key_header: str, value: str) -> str:
    return (f"# Pantallas d'as estacions\n\n| Estación | IP | {user_header} | {key_header} |\n|---|---|---|---|\n"
            f"| Chaca | 10.40.1.31 | pi | {value} |\n")


@pytest.mark.parametrize("user_header, key_header", [("Usuario", "Clau"), ("Usuari", "Clau"), ("Usuário", "Chave"),
                                                     ("Utente", "Chiave"), ("Usuario", "Llave"), ("Login", "Chjave")])
def test_an_accounts_tables_key_column_beside_a_user_column_blocks(engine: Engine, user_header: str, key_header: str) -> None:
    assert _CHOSEN[3] in _secrets(engine, "docs/manual/pantallas.md", _accounts_table(user_header, key_header, _CHOSEN[3]))


def test_a_reStructuredText_grid_tables_key_column_beside_a_user_column_blocks(engine: Engine) -> None:
    value = _CHOSEN[4]
    width = len(value) + 2
    rule = "+-----------+---------------+----------+" + "-" * width + "+"
    text = ("Pantallas d'as estacions\n========================\n\n" + rule + "\n"
            + "| Estación  | IP            | Usuario  | " + "Clau".ljust(width - 1) + "|\n"
            + rule.replace("-", "=") + "\n"
            + "| Chaca     | 10.40.1.31    | pi       | " + value.ljust(width - 1) + "|\n" + rule + "\n")
    assert value in _secrets(engine, "docs/manual/pantallas.rst", text)


@pytest.mark.parametrize("user_header", ["Host", "Estación", "Servicio"])
def test_a_key_column_beside_no_user_column_stays_any_key(engine: Engine, user_header: str) -> None:
    for key_header in ("Clau", "Chiave", "Llave"):
        assert _secrets(engine, "docs/manual/pantallas.md", _accounts_table(user_header, key_header, _CHOSEN[5])) == []


def test_a_key_column_beside_a_user_column_holding_a_name_is_none(engine: Engine) -> None:
    assert _secrets(engine, "docs/manual/pantallas.md", _accounts_table("Usuario", "Clau", "comandes_2024")) == []


# --- the credential's word alone in the Romance languages heading a column -------------------------------------------

def _integrations_table(header: str, value: str, other_cell: str = "en 1Password") -> str:
    return (f"# Integraciones de la cooperativa\n\n| Servicio | Uso | {header} |\n|----------|-----|------------|\n"
            f"| Bsale | boletas de la tienda | `{value}` |\n| Starken | envíos a Santiago | {other_cell} |\n")


@pytest.mark.parametrize("header", ["Credencial", "credencial", "**Credencial**", "Credenziale"])
def test_a_localized_credential_column_blocks(engine: Engine, header: str) -> None:
    assert _DRAWN[0] in _secrets(engine, "witral/docs/integraciones.md", _integrations_table(header, _DRAWN[0]))
    # (as English's `| Credential |` column does, whatever its other rows hold)
    text = _integrations_table(header, _DRAWN[1], other_cell="pendiente")
    assert _DRAWN[1] in _secrets(engine, "witral/docs/integraciones.md", text)


@pytest.mark.parametrize("header", ["Credencial", "Credenziale"])
def test_a_localized_credential_columns_placeholders_and_words_are_none(engine: Engine, header: str) -> None:
    for value in ("<token-de-bsale>", "pendiente", "TU_TOKEN_AQUI"):
        assert _secrets(engine, "witral/docs/integraciones.md", _integrations_table(header, value)) == []


@pytest.mark.parametrize("header", ["Credencialización", "Uso", "Credencial pública"])
def test_a_column_naming_no_credential_alone_is_not_read_as_one(engine: Engine, header: str) -> None:
    assert _secrets(engine, "witral/docs/integraciones.md", _integrations_table(header, _DRAWN[2], "pendiente")) == []


# --- a table of facts' value column headed by a datum's word; a label joined by articles and prepositions ------------

def _facts_table(value_header: str, label: str, value: str) -> str:
    return (f"# Feria del Mole 2026\n\n| Qué | {value_header} |\n|-----|------|\n| Puesto | 27, pasillo B |\n"
            f"| Terminal | Mercado Pago Point (serie MP-4471) |\n| {label} | `{value}` |\n\n¡Bienvenidas!\n")


@pytest.mark.parametrize("value_header", ["Dato", "Datos", "Dado", "Dados", "Dati", "Dada", "Donnée", "Details", "Detalle"])
def test_a_facts_tables_datum_column_is_a_value_column(engine: Engine, value_header: str) -> None:
    for label in ("Contraseña", "Admin password", "Senha"):
        assert _CHOSEN[0] in _secrets(engine, "docs/feria.md", _facts_table(value_header, label, _CHOSEN[0]))


@pytest.mark.parametrize("label", ["Contraseña del panel de la tienda (admin)", "Contraseña del panel de la tienda",
                                   "Senha do painel da loja virtual", "Mot de passe du routeur de la boutique",
                                   "Contraseña de la caja de la feria"])
def test_a_head_first_label_joined_by_articles_and_prepositions_blocks(engine: Engine, label: str) -> None:
    for value_header in ("Dato", "Valor"):
        assert _CHOSEN[1] in _secrets(engine, "docs/feria.md", _facts_table(value_header, label, _CHOSEN[1]))


@pytest.mark.parametrize("label", [
    "Contraseña de la tienda de ejemplo",  # (an example's)
    "Contraseña del panel de control del sistema de caja",  # (five words naming something else: a page's topic)
    "Política de contraseñas de la tienda",  # (a policy's)
])
def test_a_label_naming_something_else_stays_none(engine: Engine, label: str) -> None:
    assert _secrets(engine, "docs/feria.md", _facts_table("Dato", label, _CHOSEN[2])) == []


@pytest.mark.parametrize("label", ["Puesto", "Wi-Fi del puesto", "Fecha"])
def test_a_datum_columns_other_rows_are_not_read(engine: Engine, label: str) -> None:
    assert _secrets(engine, "docs/feria.md", _facts_table("Dato", label, _CHOSEN[3])) == []


def test_a_datum_columns_weak_or_placeholder_password_does_not_block(engine: Engine) -> None:
    for value in ("tienda", "<contraseña>", "changeme"):
        assert _secrets(engine, "docs/feria.md", _facts_table("Dato", "Contraseña del panel de la tienda", value)) == []
