"""Review 64 of stop 63's shell exports on pages: a README's or a deployment page's `export NAME=…` and `NAME=… ./app`
blocked, and a live-mode key exported on any page; the same settings in other shells did not (PowerShell's
`$env:NAME = '…'`, fish's `set -x NAME '…'`, cmd's `set NAME=… &&`, `setx NAME …`), nor `env -i NAME=… ./app`, nor a
live-mode key given alone on its line in a page's `.env` block. Placeholders, variables, test-mode and publishable keys
still pass. Generated fakes only (seeds 7300030-7300039)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7300030, 16) + "#4"
_LIVE_KEY = "fpk_live_" + fakes.drawn_mixed(7300031, 28)


def _page(body: str, language: str = "sh") -> str:
    return f"# Running it\n\n```{language}\n{body}\n```\n"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("body, language", [
    (f"env -i MQTT_PASSWORD='{_PASSWORD}' ./cellarbridge", "sh"),
    (f"$env:MQTT_PASSWORD = '{_PASSWORD}'; .\\cellarbridge.exe", "powershell"),
    (f"PS C:\\bridge> $env:MQTT_PASSWORD = \"{_PASSWORD}\"", "powershell"),
    (f"set MQTT_PASSWORD={_PASSWORD} && cellarbridge.exe", "bat"),
    (f"set -x MQTT_PASSWORD '{_PASSWORD}'", "fish"),
    (f"setx MQTT_PASSWORD \"{_PASSWORD}\"", "bat"),
])
def test_a_readmes_other_shells_setting_blocks(engine: Engine, body: str, language: str) -> None:
    assert _PASSWORD in [finding.secret for finding in blocking(engine.scan_text("README.md", _page(body, language)))]


@pytest.mark.parametrize("body, language", [
    (f"HOTEL_PARTNER_KEY={_LIVE_KEY}", "env"),
    (f"$env:HOTEL_PARTNER_KEY = \"{_LIVE_KEY}\"", "powershell"),
    (f"set -gx HOTEL_PARTNER_KEY {_LIVE_KEY}", "fish"),
    (f"setx HOTEL_PARTNER_KEY {_LIVE_KEY}", "bat"),
])
def test_a_live_mode_key_set_on_any_page_blocks(engine: Engine, body: str, language: str) -> None:
    found = blocking(engine.scan_text("docs/partners/hotel.md", _page(body, language)))
    assert _LIVE_KEY in [finding.secret for finding in found]


@pytest.mark.parametrize("name, body, language", [
    ("README.md", "$env:MQTT_PASSWORD = '<your password>'; .\\cellarbridge.exe", "powershell"),
    ("README.md", "$env:MQTT_PASSWORD = $Secret; .\\cellarbridge.exe", "powershell"),
    ("README.md", "set -x MQTT_PASSWORD $PW", "fish"),
    ("README.md", "setx MQTT_PASSWORD %MQTT_PW%", "bat"),
    ("README.md", "set MQTT_PASSWORD=changeme && cellarbridge.exe", "bat"),
    ("docs/partners/hotel.md", "HOTEL_PARTNER_KEY=fpk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "env"),
    ("docs/partners/hotel.md", "HOTEL_PARTNER_KEY=fpk_test_" + fakes.drawn_mixed(7300032, 28), "env"),
    ("docs/partners/hotel.md", "HOTEL_PUBLIC_KEY=pk_live_" + fakes.drawn_mixed(7300033, 28), "env"),
    ("docs/partners/hotel.md", "set -x PATH $PATH /opt/bin", "fish"),
])
def test_stand_ins_and_public_keys_pass(engine: Engine, name: str, body: str, language: str) -> None:
    assert blocking(engine.scan_text(name, _page(body, language))) == []
