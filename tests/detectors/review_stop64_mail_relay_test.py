"""Review 64 of stop 63's own-relay login on pages (_config_forms.own_relay_login): a settings block's drawn password
beside its host and an account on the host's own domain blocked in INI, YAML and `.env` blocks, but not where the keys
are quoted (a Django settings dict's `'EMAIL_HOST': 'smtp.…',`, a JSON object's `"host": …`), nor where the host's
registered domain was guessed wrong (`mail.sap.de` for `…@sap.de`: three labels taken under a two-letter country code
after a short name). A public provider's relay and a tutorial's host still warn. Generated fakes only (seed 7300050)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7300050, 16)


def _page(body: str, language: str = "ini") -> str:
    return f"# Mail\n\nThe booking mails go out through our relay:\n\n```{language}\n{body}\n```\n"


@pytest.mark.parametrize("body, language", [
    (f"'EMAIL_HOST': 'smtp.deltamokoro.co.bw',\n'EMAIL_HOST_USER': 'reservations@deltamokoro.co.bw',\n"
     f"'EMAIL_HOST_PASSWORD': '{_PASSWORD}',", "python"),
    (f'{{\n  "host": "smtp.deltamokoro.co.bw",\n  "user": "res@deltamokoro.co.bw",\n  "password": "{_PASSWORD}"\n}}', "json"),
    (f"[smtp]\nhost = mail.sap.de\nuser = reservations@sap.de\npassword = {_PASSWORD}", "ini"),
])
def test_an_own_relays_login_blocks(body: str, language: str) -> None:
    assert _PASSWORD in [finding.secret for finding in blocking(Engine().scan_text("docs/mail.md", _page(body, language)))]


@pytest.mark.parametrize("body", [
    f"[smtp]\nhost = smtp.mail.yahoo.com\nuser = you@yahoo.com\npassword = {_PASSWORD}",
    f"[smtp]\nhost = smtp.gmail.com\nuser = you@gmail.com\npassword = {_PASSWORD}",
    f"[smtp]\nhost = smtp.example.com\nuser = you@example.com\npassword = {_PASSWORD}",
    f"[smtp]\nhost = smtp.acme.io\nuser = you@other.io\npassword = {_PASSWORD}",
])
def test_a_public_or_a_tutorials_relay_does_not_block(body: str) -> None:
    assert blocking(Engine().scan_text("docs/mail.md", _page(body))) == []
