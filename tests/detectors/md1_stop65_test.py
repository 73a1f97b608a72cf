"""Blind round 65 (Markdown and reStructuredText pages, part 1): a team's wiki and onboarding pages give a credential in
their own language's words.

- An integrations table's API key column headed in the team's language (Turkish's `| API anahtarı |`, its `ı` typed `i`
  on a keyboard without it; German's `| API-Schlüssel |`; Spanish's `| Clave de API |`; French's `| Clé API |`), whose
  other rows say where theirs are kept (`bkz. Bitwarden`, see Bitwarden): the column holds the team's live keys, as one
  headed `API key` does. The column of a table whose rows name no store stays a reader's example (no blocking finding).
- Ladino's (Judeo-Spanish) `kontrasenya` and Papiamento's `kontraseña`, Spanish's password word spelled with `k`, in a
  login's sentence (`usuario `…`, kontrasenya `…``), a list item's label or after its `es`.

Through the engine, prefilter on (every form reaches its reader from its own line). Generated fakes only: seeds
7600000-7600999."""
from __future__ import annotations

import random
import uuid

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Almendra", "Meldar", "Kumkapi", "Trokar", "Livro", "Sefarad", "Balat", "Kuzguncuk", "Galata", "Pera")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Meldar@Almendra4125`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#%!&*$@") + second + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 24) -> str:
    """A key a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _uuid(seed: int) -> str:
    return str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))


_CHOSEN = [_chosen(7600000 + step) for step in range(4)]
_DRAWN = [_drawn(7600100 + step) for step in range(6)]
_UUIDS = [_uuid(7600200 + step) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and len(set(value)) >= 9 and any(c.isdigit() for c in value) for value in _CHOSEN + _DRAWN)
    assert len(set(_CHOSEN + _DRAWN + _UUIDS)) == len(_CHOSEN) + len(_DRAWN) + len(_UUIDS)


# --- an API key column headed in the team's language ---------------------------------------------------------------

def _accounts_table(header: str, value: str, store_cell: str = "bkz. Bitwarden") -> str:
    return (f"# Pazaryeri hesaplari\n\n| Pazaryeri | Kullanici | {header} |\n|-----------|-----------|------|\n"
            f"| Trendyol | satici4829 | {store_cell} |\n| n11 | ornekmagaza | `{value}` |\n"
            f"| Hepsiburada | ornekmagaza_dev | {store_cell} |\n")


@pytest.mark.parametrize("header", ["API anahtari", "API anahtarı", "API Anahtarı", "API-Schlüssel", "API sleutel",
                                    "Clave de API", "Clé API", "Chave da API", "API kulcs"])
def test_a_localized_api_key_column_beside_kept_rows_blocks(engine: Engine, header: str) -> None:
    for value in (_UUIDS[0], _DRAWN[0]):
        assert value in _secrets(engine, "wiki/Pazaryeri-Hesaplari.md", _accounts_table(header, value))


def test_a_localized_api_key_column_whose_rows_name_no_store_stays_an_example(engine: Engine) -> None:
    text = _accounts_table("API anahtarı", _DRAWN[1], store_cell=f"`{_DRAWN[2]}`")
    assert _secrets(engine, "docs/pazaryeri.md", text) == []


@pytest.mark.parametrize("header", ["REST API", "API", "API sürümü", "Clave pública"])
def test_a_column_naming_no_api_key_is_not_read(engine: Engine, header: str) -> None:
    assert _secrets(engine, "wiki/Pazaryeri-Hesaplari.md", _accounts_table(header, _DRAWN[3])) == []


def test_a_placeholder_in_the_column_is_none(engine: Engine) -> None:
    text = _accounts_table("API anahtarı", "<api-anahtari-buraya>")
    assert _secrets(engine, "wiki/Pazaryeri-Hesaplari.md", text) == []


# --- Ladino's and Papiamento's password word ------------------------------------------------------------------------

@pytest.mark.parametrize("form", [
    "- El panel: https://livreria.example.org/wp-admin\n  (usuario `redaksion`, kontrasenya `{v}` - trokala la primera vez)\n",
    "- Kontrasenya del panel: `{v}`\n",
    "- Kontraseña: `{v}`\n",
    "La kontrasenya del ruter es `{v}`.\n",
])
def test_ladino_and_papiamento_password_word_blocks(engine: Engine, form: str) -> None:
    for value in _CHOSEN[:2]:
        assert value in _secrets(engine, "docs/bienvenida.md", form.format(v=value))


@pytest.mark.parametrize("value", ["kontrasenya", "tu_kontrasenya", "abc", "changeme"])
def test_ladino_placeholders_and_short_values_are_none(engine: Engine, value: str) -> None:
    text = f"(usuario `redaksion`, kontrasenya `{value}`)\n"
    assert _secrets(engine, "docs/bienvenida.md", text) == []


def test_a_word_holding_kontra_names_no_password(engine: Engine) -> None:
    text = f"- Kontrato del panel: `{_CHOSEN[2]}`\n- kontrasto `{_CHOSEN[3]}`\n"
    assert _secrets(engine, "docs/bienvenida.md", text) == []


# --- a client's call given its service's address and its key --------------------------------------------------------

@pytest.mark.parametrize("page", ["sdk/README.md", "docs/quickstart.rst", "docs/usage.md"])
@pytest.mark.parametrize("form", [
    '```python\nk = Kilns(base_url="https://kilns.peel.im", api_key="{v}")\nprint(k.temperature("a-2"))\n```\n',
    "```js\nconst k = new Kilns({{ baseUrl: 'https://kilns.peel.im/v2', apiKey: '{v}' }});\n```\n",
    '```ruby\nclient = Kilns::Client.new(api_url: "https://api.peel.im", api_key: "{v}")\n```\n',
])
def test_a_key_given_to_a_call_beside_its_services_address_blocks(engine: Engine, page: str, form: str) -> None:
    for value in (_DRAWN[4], _drawn(7600300, 40)):
        assert value in _secrets(engine, page, form.format(v=value))


@pytest.mark.parametrize("call", [
    'Kilns(base_url="http://localhost:8080", api_key="{v}")',  # (the reader's own machine)
    'Kilns(base_url="https://kilns.peel.im", api_key="your-api-key-here")',  # (a placeholder)
    'Kilns(base_url="https://kilns.peel.im", api_key="abc123")',  # (no issued key)
    'Kilns(base_url="https://kilns.peel.im", public_key="{v}")',  # (a public key)
])
def test_a_call_whose_key_is_no_account_key_at_its_service_is_none(engine: Engine, call: str) -> None:
    text = "```python\nk = " + call.format(v=_DRAWN[5]) + "\n```\n"
    assert _secrets(engine, "sdk/README.md", text) == []


def test_a_readme_call_given_another_services_drawn_key_blocks(engine: Engine) -> None:
    """(merge of stop 65) The README reader of round 2 (`_readme_call_keys`) reads any credential-named keyword argument
    of a call in a README's code block whose value is drawn: a key named for another service than the call's address is
    still a drawn key the project's quick start runs with (fail closed; this file's call reader alone took it for none)."""
    text = "```python\nk = " + 'Kilns(stripe_url="https://kilns.peel.im", hearth_key="{v}")'.format(v=_DRAWN[5]) + "\n```\n"
    assert _DRAWN[5] in _secrets(engine, "sdk/README.md", text)
    # An example domain's address keeps a drawn key, as it keeps a URL's drawn password (the README's policy).
    text = "```python\nk = " + 'Kilns(base_url="https://api.example.com", api_key="{v}")'.format(v=_DRAWN[5]) + "\n```\n"
    assert _DRAWN[5] in _secrets(engine, "sdk/README.md", text)
