"""Blind rounds GO-GT, documentation and spreadsheets as teams write them: a README's command sending a key drawn in
hex to the service's own host (`curl "https://api.<vendor>/…?apiKey=<32 hex>"`; to an example's host it stays the docs'
example). Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_HEX = "0123456789abcdef"
_HEX_KEYS = [drawn(2620100 + step, 32, _HEX) for step in range(3)]
_HEX_KEY_40 = drawn(2620110, 40, _HEX)
_HEX_KEY_UPPER = drawn(2620111, 32, _HEX.upper()[:10] + "ABCDEF")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _fenced(*lines: str) -> str:
    return "# menu-planner\n\nTry the API by hand:\n\n```bash\n" + "".join(line + "\n" for line in lines) + "```\n"


# --- a documented command's hex key to the service's own host -------------------------------------------------------

@pytest.mark.parametrize("command", [
    'curl "https://api.spoonacular.com/food/ingredients/search?query=tahini&apiKey={key}"',
    "curl -s 'https://newsapi.org/v2/top-headlines?country=gb&apiKey={key}' | jq .",
    'wget -qO- "https://api.nal.usda.gov/fdc/v1/foods/search?api_key={key}&query=oats"',
    'http GET "https://data.fixer.io/api/latest?access_key={key}"',
    'Invoke-RestMethod "https://api.vendor.co.uk/v2/orders?token={key}"',
    'curl "https://ops:$PW@api.vendor.co.uk:8443/v2/orders?token={key}"',
])
def test_a_documented_commands_hex_key_to_its_services_host_blocks(engine: Engine, command: str) -> None:
    for key in (_HEX_KEYS[0], _HEX_KEY_40, _HEX_KEY_UPPER):
        text = _fenced(command.replace("{key}", key))
        assert _secrets(engine, "menu-planner/README.md", text) == [(6, key)]


@pytest.mark.parametrize("command", [
    'curl "https://api.example.com/food/search?query=tahini&apiKey={key}"',  # (RFC 2606's host: the docs' example)
    'curl "https://api.spoonacular.test/food/search?apiKey={key}"',
    'curl "http://localhost:8080/v1/search?api_key={key}"',
    'curl "http://127.0.0.1:8080/v1/search?api_key={key}"',
    'curl "https://192.0.2.10/v1/search?api_key={key}"',
    'curl "https://api.vendor.io/v1/items?page_token={key}"',  # (a page's token: no key's name)
    'curl "https://api.vendor.io/v1/items?etag={key}"',
    'echo "https://api.vendor.io/v1/items?api_key={key}"',  # (no command sends it)
    'curl "https://api.vendor.io/v1/items" -d "x=1" # api_key={key}',  # (no URL's parameter)
])
def test_a_documented_hex_key_to_an_examples_host_or_under_no_keys_name_passes(engine: Engine, command: str) -> None:
    text = _fenced(command.replace("{key}", _HEX_KEYS[1]))
    assert _secrets(engine, "menu-planner/README.md", text) == []


@pytest.mark.parametrize("value", ["0123456789abcdef0123456789abcdef", "abcdefabcdefabcdefabcdefabcdefab",
                                   "00000000000000000000000000000000", "1e80a54ffd6a9f6c04fb5ebc0ff7a3",
                                   "1e80a54ffd6a9f6C04fb5ebc0ff7a381"])
def test_a_documented_hex_run_of_no_drawn_keys_shape_passes(engine: Engine, value: str) -> None:
    # (an alphabet's run, letters only, one digit repeated, 30 digits, mixed case: no key a service draws in hex)
    text = _fenced(f'curl "https://api.spoonacular.com/food/ingredients/search?apiKey={value}"')
    assert _secrets(engine, "menu-planner/README.md", text) == []
