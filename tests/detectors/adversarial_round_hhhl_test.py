"""Adversarial review of blind rounds HH-HL (fix53e, fix53h): a password manager's name passes only before an entry's
path or after a preposition (`z KeePass: Automaty/serwis`, `in LastPass: …`), so a note's `KeePass: <master password>`
and a `lastPass = "…"` variable block as they did before the round. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_PASSWORD = drawn_mixed(2970100, 14) + "#7"


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
