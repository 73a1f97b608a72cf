"""Blind sets NM to NR (stop 67, code and config): credentials their readers missed, each beside the decoys nearest to it:
a token named for its kind after a sync service's name (`SYNC_API_TOKEN` in a Nomad `env {}` block); a bundler's define
given the literal as JSON (webpack's `DefinePlugin({'process.env.X': JSON.stringify('…')})`); a command's quoted option
before a redirection (a crontab's `--sftp-pass '…' >> log 2>&1`); PowerShell's `Set-ItemProperty` given its name and
value by position (Winlogon's `DefaultPassword`); C#'s target-typed `new(…)` of a key's class (`SymmetricSecurityKey Key
=` then `new(Encoding.UTF8.GetBytes("…"))`); an OpenAPI security scheme's example key in lower-case hex after a vendor's
prefix; a page's form field named for a token or a secret (EmailJS' `accessToken`); YooKassa's
`Configuration.configure(id, secret)`. Generated fakes only (seeds 8280000-8280099)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking, reports

_SEED = 8280000
_HEX = "0123456789abcdef"

_SYNC_TOKEN = "kio_" + fakes.drawn_mixed(_SEED + 1, 36)
_ALGOLIA_KEY = fakes.drawn(_SEED + 2, 32, _HEX)
_SFTP_PASSWORD = fakes.drawn_mixed(_SEED + 3, 16)
_AUTOLOGON_PASSWORD = "Digora#Karmadon" + fakes.drawn(_SEED + 4, 4, string.digits)
_SIGNING_KEY = fakes.drawn_mixed(_SEED + 5, 48)
_SCHEME_KEY = "agk_" + fakes.drawn(_SEED + 6, 40, _HEX)
_FORM_TOKEN = fakes.drawn_mixed(_SEED + 7, 22)
_YOOKASSA_SECRET = "live_" + fakes.drawn_mixed(_SEED + 8, 43)


def _nomad(name: str, value: str) -> str:
    return ('job "kiosk-sync" {\n  group "sync" {\n    task "sync" {\n      driver = "docker"\n      env {\n'
            f'        {name} = "{value}"\n        SYNC_INTERVAL  = "60s"\n      }}\n    }}\n  }}\n}}\n')


def _webpack(name: str, argument: str) -> str:
    return ("const webpack = require('webpack');\n\nmodule.exports = {\n  plugins: [\n    new webpack.DefinePlugin({\n"
            "      'process.env.API_BASE': JSON.stringify('https://api.ferry.example'),\n"
            f"      '{name}': JSON.stringify({argument}),\n    }}),\n  ],\n}};\n")


def _crontab(command: str) -> str:
    return ("# m h dom mon dow command\n"
            f"30 5 * * * {command} >> /var/log/manifest.log 2>&1\n"
            "0 7 * * * /opt/manifest/bin/export --route DAN-CON >> /var/log/manifest.log 2>&1\n")


def _autologon(line: str) -> str:
    return ('$Reg = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"\n'
            'Set-ItemProperty $Reg "AutoAdminLogon" -Value "1"\nSet-ItemProperty $Reg "DefaultUserName" -Value "reception"\n'
            f"{line}\nRestart-Computer -Confirm\n")


def _csharp(declaration: str) -> str:
    return ("using System.Text;\nusing Microsoft.IdentityModel.Tokens;\n\nnamespace Kiosk.Auth;\n\n"
            f"public static class TokenService\n{{\n{declaration}\n\n"
            "    public static SigningCredentials Signing => new(Key, SecurityAlgorithms.HmacSha256);\n}\n")


def _openapi(member: str) -> str:
    return ('openapi: 3.1.0\ninfo: { title: Ferry Agency API, version: "1.4" }\ncomponents:\n  securitySchemes:\n'
            f"    agencyKey:\n      type: apiKey\n      in: header\n      name: X-Agency-Key\n      {member}\n"
            "security: [{ agencyKey: [] }]\n")


def _page(field: str) -> str:
    return ('<!doctype html>\n<html lang="fr">\n<body>\n  <form id="f" action="https://api.emailjs.com/api/v1.0/email/send" '
            f'method="post">\n    {field}\n    <input name="email" type="email">\n    <button>Ci</button>\n  </form>\n</body>\n</html>\n')


def _yookassa(call: str, package: str = "yookassa") -> str:
    return (f'"""Billing."""\nfrom {package} import Configuration, Payment\n\n{call}\n\n\ndef create(invoice):\n'
            '    return Payment.create({"amount": {"value": str(invoice.total), "currency": "RUB"}})\n')


FORMS: List[Tuple[str, str, str]] = [
    # a token named for its kind after a sync service's name; a page's access token
    ("deploy/nomad/kiosk-sync.nomad.hcl", _nomad("SYNC_API_TOKEN", _SYNC_TOKEN), _SYNC_TOKEN),
    ("config/settings.py", f'PAGE_ACCESS_TOKEN = "{_SYNC_TOKEN}"\n', _SYNC_TOKEN),
    # a bundler's define given the literal as JSON
    ("web/webpack.config.js", _webpack("process.env.ALGOLIA_ADMIN_KEY", f"'{_ALGOLIA_KEY}'"), _ALGOLIA_KEY),
    # a quoted option before a redirection (a crontab's log, a script's error stream)
    ("deploy/cron/manifest.crontab", _crontab(f"/opt/manifest/bin/export --sftp-pass '{_SFTP_PASSWORD}'"), _SFTP_PASSWORD),
    ("deploy/run-export.sh", f"/opt/manifest/bin/export --sftp-password '{_SFTP_PASSWORD}' 2>/tmp/export.err\n", _SFTP_PASSWORD),
    # Set-ItemProperty's name and value by position
    ("reception/setup-autologon.ps1", _autologon(f'Set-ItemProperty $Reg "DefaultPassword" -Value "{_AUTOLOGON_PASSWORD}"'),
     _AUTOLOGON_PASSWORD),
    ("reception/setup-autologon.ps1", _autologon(f'Set-ItemProperty -Path $Reg "DefaultPassword" "{_AUTOLOGON_PASSWORD}" -Force'),
     _AUTOLOGON_PASSWORD),
    # C#'s target-typed new of a key's class, on the declaration's line or the next
    ("Kiosk/Auth/TokenService.cs", _csharp("    private static readonly SymmetricSecurityKey Key =\n"
                                           f'        new(Encoding.UTF8.GetBytes("{_SIGNING_KEY}"));'), _SIGNING_KEY),
    ("Kiosk/Auth/TokenService.cs", _csharp(f'    private static readonly HMACSHA256 Mac = new(Encoding.ASCII.GetBytes("{_SIGNING_KEY}"));'),
     _SIGNING_KEY),
    # an OpenAPI scheme's example key in lower-case hex after a prefix
    ("docs/api/openapi.yaml", _openapi(f"x-example: {_SCHEME_KEY}"), _SCHEME_KEY),
    # a page's form field named for a token or a secret, its attributes in any order
    ("site/public/contact.html", _page(f'<input type="hidden" name="accessToken" value="{_FORM_TOKEN}">'), _FORM_TOKEN),
    ("site/public/contact.html", _page(f"<input value='{_FORM_TOKEN}' type='hidden' name='client_secret'>"), _FORM_TOKEN),
    ("site/partials/emailjs-field.html", f"<INPUT VALUE='{_FORM_TOKEN}' TYPE='hidden' NAME='accessToken'>\n", _FORM_TOKEN),
    # YooKassa's configure call (and its older package's)
    ("portal/billing/payments.py", _yookassa(f'Configuration.configure("318442", "{_YOOKASSA_SECRET}")'), _YOOKASSA_SECRET),
    ("portal/billing/payments.py", _yookassa(f"Configuration.configure('318442', '{_YOOKASSA_SECRET}')", "yandex_checkout"),
     _YOOKASSA_SECRET),
    ("portal/billing/payments.py", _yookassa(f'Configuration.configure_auth_token("{_YOOKASSA_SECRET[5:]}")'),
     _YOOKASSA_SECRET[5:]),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # a sync cursor in code and JSON; a public token
    ("sync/client.py", f'next_sync_token = "{_SYNC_TOKEN}"\n'),
    ("sync/state.json", f'{{"nextSyncToken": "{_SYNC_TOKEN}"}}\n'),
    ("deploy/nomad/kiosk-sync.nomad.hcl", _nomad("PUBLIC_API_TOKEN", _SYNC_TOKEN)),
    # a define given the environment's value, a stand-in
    ("web/webpack.config.js", _webpack("process.env.ALGOLIA_ADMIN_KEY", "process.env.ALGOLIA_ADMIN_KEY")),
    ("web/webpack.config.js", _webpack("process.env.ALGOLIA_ADMIN_KEY", "'YOUR_ALGOLIA_ADMIN_KEY'")),
    # an option's variable before a redirection; a non-secret option's value there
    ("deploy/cron/manifest.crontab", _crontab('/opt/manifest/bin/export --sftp-pass "$SFTP_PASS"')),
    ("deploy/cron/manifest.crontab", _crontab("/opt/manifest/bin/export --route 'MND-TAG-Kq8Lm2Zx7R'")),
    # a registry value by position that names no secret; a variable
    ("reception/setup-autologon.ps1", _autologon(f'Set-ItemProperty -Path $Reg -Type String "DefaultUserName" "{_AUTOLOGON_PASSWORD}"')),
    ("reception/setup-autologon.ps1", _autologon("Set-ItemProperty $Reg DefaultPassword $password")),
    # a target-typed key read from configuration; a documentation's stand-in
    ("Kiosk/Auth/TokenService.cs", _csharp("    private static readonly SymmetricSecurityKey Key =\n"
                                           '        new(Encoding.UTF8.GetBytes(Config["Jwt:Key"]));')),
    ("Kiosk/Auth/TokenService.cs", _csharp('    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("your-256-bit-secret"));')),
    # a scheme's hex stand-in counting up, zeros; a schema's hex example
    ("docs/api/openapi.yaml", _openapi("x-example: agk_0123456789abcdef0123456789abcdef01234567")),
    ("docs/api/openapi.yaml", _openapi("x-example: agk_" + "0" * 40)),
    ("docs/api/openapi.yaml", "components:\n  schemas:\n    Agency:\n      properties:\n        id:\n"
                              f"          example: {_SCHEME_KEY[4:]}\n"),
    # a form's protection against forgery; Laravel's `_token`; a form service's public access key; a template's value
    ("site/public/contact.html", _page(f'<input type="hidden" name="authenticity_token" value="{_FORM_TOKEN}">')),
    ("site/public/contact.html", _page(f'<input type="hidden" name="_token" value="{_FORM_TOKEN}">')),
    ("site/public/contact.html", _page(f'<input type="hidden" name="access_key" value="{_FORM_TOKEN}">')),
    ("site/public/contact.html", _page('<input type="hidden" name="accessToken" value="{{ emailjs_token }}">')),
    # YooKassa's secret from the environment, its documentation's stand-ins; another library's configure call
    ("portal/billing/payments.py", _yookassa('Configuration.configure("318442", os.environ["YOOKASSA_SECRET_KEY"])')),
    ("portal/billing/payments.py", _yookassa("Configuration.configure('<Account Id>', '<Secret Key>')")),
    ("portal/billing/setup.py", f'import structlog\n\nlogging.Configuration.configure("318442", "{_YOOKASSA_SECRET}")\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(reports(finding, secret) for finding in found), [(finding.type, finding.secret[:6]) for finding in found]
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
