"""Review of blind rounds DO-DT: documentation's passwords in a runbook's forms block only where they look generated
or chosen with care and are no tutorial's stock example. A tutorial's example that mixes every class (`P@ssw0rd123!`,
Microsoft's `YourStrong!Passw0rd`, `Admin@12345678`, a famous phrase with digits) or a line saying it gives an example
stays a warning; a runbook's own chosen or generated password still blocks in the same forms. Through the engine."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.detectors.configs_round_dodt_test import _CHOSEN, _GENERATED
from tests.fakes import drawn

# The forms documented_passwords reads (a settings table's row, an accounts table's column, a sentence's code span, a
# list item's bare value or code span), `{pw}` where the password stands, and the line it stands on.
_FORMS = [
    ("docs/configuration.md", "| Setting | Value |\n|---|---|\n| `DB_HOST` | `localhost` |\n| Password | `{pw}` |\n", 4),
    ("docs/tutorial/database.md", "| Setting | Value |\n|---|---|\n| Database password | {pw} |\n", 3),
    ("docs/quickstart.md", "| User | Email | Password |\n|---|---|---|\n| admin | admin@example.com | {pw} |\n", 3),
    ("docs/tutorial.md", "Log in with user `admin`, password `{pw}`.\n", 1),
    ("docs/getting-started.md", "1. Open the admin site\n2. Log in:\n   - Username: admin\n   - Password: {pw}\n", 4),
    ("docs/getting-started.md", "- Username: `admin`\n- Password: `{pw}`\n", 2),
    ("docs/demo.md", "# Demo\n\n- Username: admin\n- Password: {pw}\n", 4),
]

# Tutorials' example passwords: every class mixed, but a stock word in leetspeak, or a famous phrase with digits.
_TUTORIAL_PASSWORDS = ["P@ssw0rd123!", "YourStrong!Passw0rd", "Str0ngP@ssw0rd!", "MyS3cureP@ss!", "Admin@12345678",
                       "correct-horse-battery-staple-42", "changeme123!", "s3cr3t-P@ss", "correct-horse-battery-staple",
                       "<password>"]


@pytest.mark.parametrize("password", _TUTORIAL_PASSWORDS)
@pytest.mark.parametrize(("filename", "template", "line"), _FORMS, ids=[f"{row[0]}:{number}" for number, row in enumerate(_FORMS)])
def test_a_tutorials_example_password_does_not_block(engine: Engine, filename: str, template: str, line: int,
                                                     password: str) -> None:
    assert _blocked(engine, filename, template.format(pw=password)) == []


# A chosen password whose own word holds `pass` (not `password`) is no stock example.
_CHOSEN_WITH_PASS = "P@ss" + drawn(1195901, 1, "QWRTY") + "obalt" + drawn(1195902, 4, "0123456789")
_COMPASS = "Compass#" + drawn(1195903, 6, "bcdfghjk").capitalize() + drawn(1195904, 4, "0123456789")


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED, _CHOSEN_WITH_PASS, _COMPASS])
@pytest.mark.parametrize(("filename", "template", "line"), _FORMS, ids=[f"{row[0]}:{number}" for number, row in enumerate(_FORMS)])
def test_a_runbooks_own_password_still_blocks_at_its_line(engine: Engine, filename: str, template: str, line: int,
                                                          password: str) -> None:
    assert [(number, secret) for number, _, secret in _blocked(engine, filename, template.format(pw=password))] == [
        (line, password)]


def test_a_line_saying_it_gives_an_example_does_not_block(engine: Engine) -> None:
    for text in (f"For example, the password `{_CHOSEN}` would be accepted.\n",
                 f"- Password: `{_CHOSEN}` (e.g. what the installer suggests)\n",
                 f"| Password | `{_CHOSEN}` (example) |\n"):
        assert _blocked(engine, "docs/deploy.md", text) == []
        found = [finding for finding in engine.scan_text("docs/deploy.md", text) if finding.secret == _CHOSEN]
        assert all(finding.confidence == "low" for finding in found)


def test_a_tutorial_password_still_warns(engine: Engine) -> None:
    found = [finding for finding in engine.scan_text("docs/tutorial.md", "Log in with user `admin`, password `P@ssw0rd123!`.\n")
             if finding.secret == "P@ssw0rd123!"]
    assert found and all(finding.confidence == "low" for finding in found)


# A resolver's reference is a name (`secret:db-password`, `env:NAME`); a head before one run of lower-case letters and
# digits is a password that happens to start so.
_PASSWORD_AFTER_A_HEAD = "secret." + drawn(1195090, 6, "abcdefghijklmnopqrstuvwxyz") + drawn(1195091, 3, "0123456789")


def test_a_password_that_starts_with_a_resolvers_head_still_blocks(engine: Engine) -> None:
    text = f"db:\n  host: db.internal\n  password: {_PASSWORD_AFTER_A_HEAD}\n"
    assert [(line, secret) for line, _, secret in _blocked(engine, "config/app.yaml", text)] == [(3, _PASSWORD_AFTER_A_HEAD)]


def test_a_resolvers_reference_still_does_not_block(engine: Engine) -> None:
    text = "db:\n  password: secret:db-password\napi:\n  token: secrets:prod/api-token-v2\n  key: env:STRIPE_API_KEY\n"
    assert _blocked(engine, "config/app.yaml", text) == []
