"""Issue 14, siblings noticed at stop 64 (no blind case stands for them: these tests are their only check): a sign-in
sentence's pair split by a comma (`Log in with `admin`, `…``) or written in one span (`Log in with `admin/…``), which
the sign-in reader read but neither its line's triggers (notes, runbooks) nor the prefilter's hint (documentation:
it needed `/`) admitted; a password's word, the note's own language's copula (Sesotho's `ke`, Swahili's `ni`), then its
span (`password ke `…``), as English's `is` stands there; a password said bare after `mit dem Passwort` (with the
password) before the clause's last words, a German or Dutch clause's verb (`… angemeldet.`), not only before its end or
a conjunction; a notes table's password cell naming the password manager before the password and a note after it
(`KeePass: … (changed 21.12.)`), read as the value between (an entry's path after the store's name stays none); a
runbook's key labelled with what it is for after its words (`API key for SSL: `…``, Faroese's `API lykilin til SSL`),
judged under `API key` as `SSL API key` would be (a runbook is the team's own record by the README's policy: a README's
or a documentation page's same line stays an example).
Generated fakes only (seeds 7470000-7470099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7470000
# (a person's drawn password, its symbols inside: the siblings' shape)
_PASSWORD = fakes.drawn_mixed(_SEED + 1, 6) + "#" + fakes.drawn_mixed(_SEED + 2, 5) + "!" + fakes.drawn_mixed(_SEED + 3, 5)

_TOKEN = fakes.drawn_mixed(_SEED + 4, 24)
_HEX_KEY = fakes.drawn(_SEED + 5, 32, "0123456789abcdef")


def _page(sentence: str) -> str:
    return f"# NAS\n\nThe NAS sits in rack 2.\n\n{sentence}\n"


def _handover(cell: str) -> str:
    return f"# Handover\n\n| system | password |\n|---|---|\n| NAS | {cell} |\n| Router | see KeePass |\n"


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    *((name, _page(f"Log in with `admin`, `{_PASSWORD}`."), _PASSWORD)
      for name in ("docs/runbooks/nas.md", "notes/nas.md", "README.md")),
    *((name, _page(f"Log in with `admin/{_PASSWORD}`."), _PASSWORD)
      for name in ("docs/runbooks/nas.md", "notes/nas.md", "README.md")),
    ("notes/nas.md", _page(f"Sign in as `ops`,`{_PASSWORD}` and open Storage."), _PASSWORD),
    ("notes/nas.md", _page(f"Log in using `ops/{_PASSWORD}`."), _PASSWORD),
    ("notes/nas.md", _page(f"Anmeldung als `ops`, `{_PASSWORD}`."), _PASSWORD),
    ("notes/setup.md", _page(f"admin login ke `hireadmin`, password ke `{_PASSWORD}`"), _PASSWORD),
    ("docs/runbooks/nas.md", _page(f"Password ni `{_PASSWORD}` kwa sasa."), _PASSWORD),
    ("notes/setup.md", _page(f"API token ke `{_TOKEN}`"), _TOKEN),
    ("notes/setup.txt", f"Ich habe mich mit dem Passwort {_PASSWORD} angemeldet.\n", _PASSWORD),
    ("notes/setup.txt", f"Mit dem Passwort {_PASSWORD} erfolgreich angemeldet, dann neu gestartet.\n", _PASSWORD),
    ("notes/nas.md", _page(f"Ik heb met het wachtwoord {_PASSWORD} ingelogd."), _PASSWORD),
    ("notes/nas.md", _page(f"Logged in with the password {_PASSWORD} just now."), _PASSWORD),
    ("docs/notes/handover.md", _handover(f"KeePass: {_PASSWORD} (changed 21.12.)"), _PASSWORD),
    ("docs/notes/handover.md", _handover(f"Bitwarden: `{_PASSWORD}`"), _PASSWORD),
    ("docs/notes/handover.md", _handover(f"{_PASSWORD} (rotated 03/24)"), _PASSWORD),
    ("docs/runbook-ssl.md", _page(f"API key for SSL: `{_HEX_KEY}`"), _HEX_KEY),
    ("docs/runbooks/ssl.md", _page(f"API lykilin til SSL: `{_HEX_KEY}`"), _HEX_KEY),
    ("notes/ssl.md", _page(f"- Token for the status bot: `{_TOKEN}`"), _TOKEN),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # tools and methods listed after the sign-in's `with`, no pair
    ("notes/nas.md", _page("Log in with `ssh`, `mosh` or `et`.")),
    ("notes/nas.md", _page("Connect with `psql`, `pgcli` or `DBeaver`.")),
    ("docs/runbooks/nas.md", _page("Sign in using `kubectl/v1.29`.")),
    # a stock default pair
    ("notes/nas.md", _page("Log in with `admin/admin`.")),
    # after the copula a name, a variable's name, a stock example
    ("notes/setup.md", _page("password ke `hireadmin`")),
    ("notes/setup.md", _page("the token ni `TOKEN_NAME`")),
    ("notes/setup.md", _page("password ke `changeme`")),
    # the words after `mit dem Passwort` name where it is kept or a tool, no value
    ("notes/setup.txt", "Ich habe mich mit dem Passwort aus dem Tresor angemeldet.\n"),
    ("notes/setup.txt", "Ich habe mich mit dem Passwortmanager Bitwarden angemeldet.\n"),
    ("notes/setup.txt", "Login with password authentication is disabled now.\n"),
    # the store's entry, its path or its name, and a note of where it is kept
    ("docs/notes/handover.md", _handover("KeePass: `Infra/NAS` (changed 21.12.)")),
    ("docs/notes/handover.md", _handover("KeePass: Infra/NAS-01")),
    ("docs/notes/handover.md", _handover("Bitwarden (shared)")),
    ("docs/notes/handover.md", _handover('1Password: "Square"')),
    # a README's and a documentation page's key are examples; what it is for may say it is none
    ("README.md", _page(f"API key for SSL: `{_HEX_KEY}`")),
    ("docs/ssl.md", _page(f"API key for SSL: `{_HEX_KEY}`")),
    ("docs/runbook-ssl.md", _page(f"API key for testing: `{_HEX_KEY}`")),
    ("docs/runbook-ssl.md", _page(f"- API key for the public site: `{_HEX_KEY}`")),
]


@pytest.mark.parametrize("name,text,secret", FORMS)
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS)
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
