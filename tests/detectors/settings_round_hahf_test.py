"""Blind rounds HA-HF, credentials settings hold: an SQL UPDATE setting a service's key column, the row picked by the
service's name (`UPDATE koppelingen SET sleutel = '…' WHERE naam = '…'`); a Tesla Powerwall gateway's five-character
customer password (Home Assistant's `powerwall:`, pypowerwall's). Through the engine; every value is drawn here."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
_HEX = "0123456789abcdef"


# --- an SQL UPDATE of a service's key column, the row picked by the service's name -----------------------------------------

_ROW_KEY = drawn(2880061, 32, _HEX)


@pytest.mark.parametrize("statement", [
    "UPDATE koppelingen SET sleutel = '{key}', laatst_gewijzigd = now()\n WHERE naam = 'planbord';\n",
    "UPDATE integrations SET key = '{key}' WHERE name = 'tracker';\n",
    "UPDATE integraciones\n   SET clave = '{key}'\n WHERE nombre = 'tracker';\n",
])
def test_an_update_of_a_services_key_column_blocks(engine: Engine, statement: str) -> None:
    text = "-- once, when the planning server moved\n" + statement.replace("{key}", _ROW_KEY)
    found = _blocked(engine, "db/seeds/010_integrations_prod.sql", text)
    assert [(secret) for _, _, secret in found] == [_ROW_KEY]


@pytest.mark.parametrize("statement", [
    "UPDATE translations SET key = 'checkout.title' WHERE name = 'tracker';\n",  # (a translation's key)
    "UPDATE assets SET key = '{key}' WHERE name = 'logo.png';\n",  # (a file's digest)
    "UPDATE koppelingen SET sleutel = NULL WHERE naam = 'planbord';\n",
    "UPDATE koppelingen SET sleutel = '{key}' WHERE id = 42;\n",  # (no service named)
])
def test_an_update_of_no_services_key_does_not_block(engine: Engine, statement: str) -> None:
    assert _blocked(engine, "db/seeds/010_integrations_prod.sql", statement.replace("{key}", _ROW_KEY)) == []


# --- a Powerwall gateway's five-character customer password ---------------------------------------------------------------

def _gateway_code(seed: int) -> str:
    """Five capitals and digits, both (as the gateway's label's last five)."""
    while True:
        code = drawn(seed, 5, string.ascii_uppercase + string.digits)
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
            return code
        seed += 1


_GATEWAY_CODE = _gateway_code(2880071)


@pytest.mark.parametrize(("name", "text", "line", "kind"), [
    ("homeassistant/customers/north/powerwall.yaml",
     "# Powerwall 2 + Backup Gateway 2\npowerwall:\n  ip_address: 10.20.4.15\n  password: {code}\n  scan_interval: 10\n", 4, KEYWORD),
    ("homeassistant/secrets.yaml", "powerwall_password: {code}\n", 1, KEYWORD),
    ("scripts/powerwall_poll.py", "import pypowerwall\n\npw = pypowerwall.Powerwall('10.20.4.15', password='{code}', email='ops@example.com')\n",
     3, LITERAL),
])
def test_a_powerwall_customer_password_blocks(engine: Engine, name: str, text: str, line: int, kind: str) -> None:
    assert _blocked(engine, name, text.replace("{code}", _GATEWAY_CODE)) == [(line, kind, _GATEWAY_CODE)]


@pytest.mark.parametrize(("name", "text"), [
    ("homeassistant/configuration.yaml", "alarm_panel:\n  host: 10.20.4.16\n  password: {code}\n"),  # (no Powerwall)
    ("homeassistant/configuration.yaml", "powerwall:\n  ip_address: 10.20.4.15\n  password: !secret powerwall_password\n"),
    ("homeassistant/configuration.yaml", "powerwall:\n  ip_address: 10.20.4.15\n  password: ABCDE\n"),
    ("homeassistant/configuration.yaml", "powerwall:\n  ip_address: 10.20.4.15\n  password: 12345\n"),
    ("docs/powerwall.md", "```yaml\npowerwall:\n  password: {code}\n```\n"),
])
def test_no_powerwall_customer_password(engine: Engine, name: str, text: str) -> None:
    assert _blocked(engine, name, text.replace("{code}", _GATEWAY_CODE)) == []
