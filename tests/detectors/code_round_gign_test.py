"""Blind rounds GI-GN, credentials in code, scripts and logs: a mail client's login by position (MailKit's
`AuthenticateAsync(user, password)` and its documented overloads, .NET's Task-returning twins of a login's calls, MailKit's
SASL mechanisms). Decoys: the same calls given names, a configuration's read, a stand-in, another signature. Through the
engine. Generated fakes only (seeds 2380000-2389999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn_mixed


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- a mail client's login by position: MailKit's Authenticate(Async), .NET's Task-returning twins --------------------

_MAIL_PASSWORD = drawn_mixed(2380000, 14)
_MAIL_USER = "workshop@bikes.example.org"


@pytest.mark.parametrize("filename, text", [
    ("BackOffice/Mail/Mailer.cs", f'await client.AuthenticateAsync("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Mail/Mailer.cs", f'client.Authenticate("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Mail/Mailer.cs", f'await client.AuthenticateAsync("{_MAIL_USER}", "{{pw}}", cancellationToken);\n'),
    ("BackOffice/Mail/Mailer.cs", f'await imap.AuthenticateAsync(Encoding.UTF8, "{_MAIL_USER}", "{{pw}}", ct);\n'),
    ("BackOffice/Mail/Mailer.cs", 'await client.AuthenticateAsync(SmtpUser, "{pw}");\n'),
    # (GemBox's mechanism after the pair; Ruby's Net::IMAP a mechanism's name before it)
    ("BackOffice/Mail/Mailer.cs", f'smtp.Authenticate("{_MAIL_USER}", "{{pw}}", SmtpAuthentication.Login);\n'),
    ("mail/fetch.rb", f'imap.authenticate("PLAIN", "{_MAIL_USER}", "{{pw}}")\n'),
    # (its arguments one a line below the call)
    ("BackOffice/Mail/Mailer.cs", f'await client.AuthenticateAsync(\n    "{_MAIL_USER}",\n    "{{pw}}");\n'),
    # (MailKit's SASL mechanisms, a Task-returning twin of a login's call)
    ("BackOffice/Mail/Mailer.cs", f'var sasl = new SaslMechanismPlain("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Mail/Mailer.cs", f'var sasl = new SaslMechanismScramSha256("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Sync/Portal.cs", f'await portal.LoginAsync("{_MAIL_USER}", "{{pw}}");\n'),
])
def test_mail_client_login_by_position_blocks(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{pw}", _MAIL_PASSWORD)
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_MAIL_PASSWORD]


@pytest.mark.parametrize("text", [
    f'await client.AuthenticateAsync("{_MAIL_USER}", _config["Smtp:Password"]);\n',
    'await client.AuthenticateAsync("apikey", Environment.GetEnvironmentVariable("SENDGRID_API_KEY"));\n',
    "await client.AuthenticateAsync(Encoding.UTF8, user, password, ct);\n",
    f'await client.AuthenticateAsync("{_MAIL_USER}", "<your-password>");\n',
    f'await client.AuthenticateAsync("{_MAIL_USER}", "");\n',
    'await client.AuthenticateAsync(new SaslMechanismOAuth2(_options.User, accessToken));\n',
    'await client.ConnectAsync("smtp.bikes.example.org", 587, SecureSocketOptions.StartTls);\n',
    'await connection.ConnectAsync("wss://hub.bikes.example.org/chat", "workshop-room");\n',
    # (passport's strategy and options, a request given first)
    'passport.authenticate("local", { failureRedirect: "/login" });\n',
    'const user = await auth.authenticate(request, "session");\n',
])
def test_mail_client_login_given_no_literal_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "BackOffice/Mail/Mailer.cs", text) == []
