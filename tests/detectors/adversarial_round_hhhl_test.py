"""Adversarial review of blind rounds HH-HL (fix53e, fix53h): a password manager's name passes only before an entry's
path or after a preposition (`z KeePass: Automaty/serwis`, `in LastPass: …`), so a note's `KeePass: <master password>`
and a `lastPass = "…"` variable block as they did before the round; a signature header's bare hex digest passes in a
test's file only (a client's code sending one fixed hex under `X-Signature` sends a static key); a Tasmota command's
password in a web request's query, its blank encoded (`/cm?cmnd=MqttPassword%20…`), blocks as the console's does; a Polish
note's `Hasło zmienione: …` (password changed) gives the new password, as German's `Passwort geändert: …` does. Through
the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

_PASSWORD = drawn_mixed(2970100, 14) + "#7"
_HEX32 = drawn(2970101, 32, "0123456789abcdef")
_HEX64 = drawn(2970102, 64, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


# --- a password manager's name ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("app/rotate.py", 'lastPass = "{pw}"\n'),
    ("app/rotate.php", "$lastPass = '{pw}';\n"),
    ("scripts/reset.ps1", '$NordPass = "{pw}"\n'),
    ("notes/handover.md", "KeePass: {pw}\n"),
    ("creds.txt", "KeePass: {pw}\n"),
    ("docs/handover.md", "- LastPass: `{pw}`\n"),
])
def test_a_password_under_a_managers_name_blocks(engine: Engine, filename: str, template: str) -> None:
    assert _secrets(engine, filename, template.format(pw=_PASSWORD)) == [_PASSWORD]


@pytest.mark.parametrize("text", [
    '$cred = Get-Credential -Message "Konto serwisowe (z KeePass: Automaty/serwis)"\n',
    'Write-Host "Password is in LastPass: Kiosks/service-2024"\n',
    'Write-Host "Password is in LastPass: KioskAdmin2024"\n',
    "KeePass: Infra/Routers/edge-01\n",
])
def test_a_managers_entry_passes(engine: Engine, text: str) -> None:
    assert _secrets(engine, "it/scripts/Reset-Station.ps1", text) == []


# --- a signature header's bare digest -----------------------------------------------------------------------------------

@pytest.mark.parametrize("header, value", [("X-Signature", _HEX64), ("X-Api-Signature", _HEX32), ("X-HMAC-Signature", _HEX32)])
def test_a_fixed_signature_in_a_clients_code_blocks(engine: Engine, header: str, value: str) -> None:
    text = f'req.Header.Set("{header}", "{value}")\n'
    assert _secrets(engine, "internal/client/otis.go", text) == [value]


@pytest.mark.parametrize("filename", ["verify/otis_test.go", "tests/test_webhooks.py", "src/webhook.spec.ts",
                                      "internal/__tests__/otis.go"])
def test_a_replayed_signature_in_a_test_passes(engine: Engine, filename: str) -> None:
    assert _secrets(engine, filename, f'req.Header.Set("X-Otis-Signature", "{_HEX64}")\n') == []


# --- a Tasmota command in a web request's query ----------------------------------------------------------------------

_PLUG = drawn_mixed(2970103, 10) + "!" + drawn(2970104, 4, "0123456789")
_PLUG_ENCODED = _PLUG.replace("!", "%21")


@pytest.mark.parametrize("filename, text", [
    ("docs/plugs.md", f"http://192.168.1.50/cm?cmnd=MqttPassword%20{_PLUG_ENCODED}\n"),
    ("docs/plugs.md", f"http://192.168.1.50/cm?cmnd=Backlog%20MqttUser%20plug%3BMqttPassword%20{_PLUG_ENCODED}\n"),
    ("scripts/flash.sh", f'curl "http://10.0.0.9/cm?cmnd=Backlog%20SSID1%20Yard%3B%20Password1%20{_PLUG_ENCODED}"\n'),
    ("scripts/flash.sh", f'curl "http://10.0.0.9/cm?cmnd=MqttPassword+{_PLUG_ENCODED}"\n'),
])
def test_a_tasmota_password_in_a_query_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text) == [_PLUG]


def test_a_tutorials_tasmota_query_is_not_blocked(engine: Engine) -> None:
    assert _secrets(engine, "docs/x.md", 'curl "http://tasmota.local/cm?cmnd=MqttPassword%20mypassword"\n') == []


# --- a Polish note's changed password ----------------------------------------------------------------------------------

_CHANGED = drawn_mixed(2970105, 12) + "#4"


@pytest.mark.parametrize("template", ["- Hasło zmienione: {pw}\n", "Hasło zmiana: {pw}\n", "- Password zmiana: {pw}\n"])
def test_a_changed_password_blocks(engine: Engine, template: str) -> None:
    assert _secrets(engine, "docs/runbook.md", template.format(pw=_CHANGED)) == [_CHANGED]


@pytest.mark.parametrize("text", ["- Hasło zmienione: 2026-03-02\n", "- Hasło zmiana: co 90 dni\n", "- Hasło zmienione: tak\n",
                                  "- Hasło zmienione: przez Jana\n"])
def test_a_note_of_a_password_change_passes(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/runbook.md", text) == []


# --- a session's UUID outside tests ------------------------------------------------------------------------------------

_SESSION = uuid4(2970106)


@pytest.mark.parametrize("filename, text", [
    ("examples/export_orders.py", f'session = "{_SESSION}"\n'),
    ("examples/request.json", f'{{"sessionId": "{_SESSION}", "user": "ops"}}\n'),
    ("samples/config.yaml", f'sid: "{_SESSION}"\n'),
    ("app/settings.sample.py", f'SESSION = "{_SESSION}"\n'),
])
def test_a_session_uuid_outside_tests_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text) == [_SESSION]


@pytest.mark.parametrize("filename", ["fixtures/p24_notification.json", "tests/unit/fixtures/session.json",
                                      "App.Tests/fixtures/session.json"])
def test_a_session_uuid_in_a_fixture_passes(engine: Engine, filename: str) -> None:
    assert _secrets(engine, filename, f'{{\n  "posId": 11111,\n  "sessionId": "{_SESSION}"\n}}\n') == []


# --- Przelewy24's CRC key in PHP's define() ------------------------------------------------------------------------------

_CRC = drawn(2970107, 16, "0123456789abcdef")


def test_przelewy24s_crc_key_in_a_define_blocks(engine: Engine) -> None:
    assert _secrets(engine, "config/p24.php", f"<?php\ndefine('P24_CRC', '{_CRC}');\n") == [_CRC]


def test_a_checksums_list_passes(engine: Engine) -> None:
    assert _secrets(engine, "src/Upload.php", "$fields = ['crc', 'size'];\n" f"define('CHUNK_CRC', '{_CRC}');\n") == []


# --- a token's issued day in the team's own date format ----------------------------------------------------------------

_ISSUED_TOKEN = drawn(2970108, 64, "0123456789ABCDEF")


@pytest.mark.parametrize("lead_in", [
    "- API-Token (erstellt am 01.10.2026 im Portal):",
    "- Token autoryzacyjny (wygenerowany w aplikacji podatnika 1.10.2026, uprawnienia: faktury):",
    "- Token de acceso (generado el 01/10/2026, permisos: facturas):",
])
def test_a_token_issued_on_a_localized_day_blocks(engine: Engine, lead_in: str) -> None:
    text = f"# Faktury\n\n{lead_in}\n\n`{_ISSUED_TOKEN}`\n"
    assert _secrets(engine, "docs/finanse/ksef.md", text) == [_ISSUED_TOKEN]


def test_a_test_token_issued_on_a_localized_day_passes(engine: Engine) -> None:
    text = f"# Faktury\n\n- Token testowy (wygenerowany w środowisku demo 01.10.2026):\n\n`{_ISSUED_TOKEN}`\n"
    assert _secrets(engine, "docs/finanse/ksef.md", text) == []
