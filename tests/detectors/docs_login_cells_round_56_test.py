"""Blind round 56: a team's runbooks and handover notes give a device's login in forms the readers took only in part:
a login's label naming the two systems it signs in to (`Login for the web UI and iVMS-4200: `admin` / `…``), a
device's address before a pair whose parts are code spans (`https://10.0.95.2 - admin / `…``), a table's notes cell
giving the password after its word (`| admin | password: … |`), and a sentence's bold password after another language's
word (`lietotājs **noma-admin**, parole **…**`, `uživatel **ops**, heslo **…**`). A cell or a sentence saying where the
password is, a placeholder and a tutorial's stock password stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Harbour", "Cobble", "Lantern", "Quarry", "Meadow", "Tinker", "Bramble", "Heron", "Kestrel", "Juniper")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Heron%Quarry4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3840100 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a login's label naming what it signs in to; an address before a pair in code spans --------------------------------

@pytest.mark.parametrize("item", [
    "- Login for the web UI and iVMS-4200: `admin` / `{pw}`",
    "- Login for the NVR UI and the app: `admin` / `{pw}`",
    "- Login for the web UI: `admin` / `{pw}`",
    "- Door controller (staff entrance, cash office): https://10.0.95.2 - admin / `{pw}`",
    "- Door controller: https://10.0.95.2 - `admin` / `{pw}`",
    "- Door controller: https://10.0.95.2 \u2013 admin / `{pw}`",
    "- Door controller: https://10.0.95.2 - admin / {pw}",
])
def test_a_devices_login_pair_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = f"# Handover\n\n## Access control\n{item.replace('{pw}', password)}\n- Alarm panel code is with the GM.\n"
    assert _secrets(engine, "docs/handover/it-contractor.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Login for the web UI and iVMS-4200: `admin` / `<password>`",
    "- Door controller: https://10.0.95.2 - admin / `admin`",
    "- Door controller: https://10.0.95.2 - admin / `changeme`",
    "- Paths: https://10.0.95.2 - `main` / `release`",
])
def test_a_devices_login_pair_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/handover/it-contractor.md", f"# Handover\n\n{item}\n") == []


# --- a table's cell giving the password after its word ------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["password: {pw}", "Password: {pw}", "pw: {pw}", "admin password: {pw}", "**password:** {pw}"])
def test_a_tables_labelled_cell_blocks(engine: Engine, cell: str) -> None:
    password = _CHOSEN[1]
    text = ("# Handover\n\n| System | Where | Login | Notes |\n|---|---|---|---|\n"
            "| Pay station | https://paystation.local | manager01 | reset via area manager |\n"
            f"| CCTV NVR | 192.168.1.64 | admin | {cell.replace('{pw}', password)} |\n| Rota | Deputy app | own login | |\n")
    assert _secrets(engine, "docs/handover/site-handover.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["password: see 1Password", "password: in the safe", "password: `<set on first login>`",
                                  "password: ********", "password: changeme", "password: Password123",
                                  "password policy: 12 characters"])
def test_a_tables_cell_over_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = ("| System | Where | Login | Notes |\n|---|---|---|---|\n"
            f"| CCTV NVR | 192.168.1.64 | admin | {cell} |\n")
    assert _blocked(engine, "docs/handover/site-handover.md", text) == []


# --- a sentence's bold password after another language's word -----------------------------------------------------------

@pytest.mark.parametrize("item", [
    "  lietotājs **noma-admin**, parole **{pw}**",  # (Latvian's, on a list item's next line)
    "- NAS: uživatel **ops**, heslo **{pw}**",  # (Czech's)
    "- NAS: usuario **ops**, contraseña **{pw}**",  # (Spanish's)
    "- NAS: Benutzer **ops**, Passwort **{pw}**",  # (German's)
    "- Parool: **{pw}**",  # (Estonian's)
    "- כניסה: משתמש **admin**, סיסמה **{pw}**",  # (Hebrew's)
])
def test_a_localized_bold_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[2]
    text = f"# Nodošana\n\n- NAS (Synology DS220+): http://192.168.20.5:5000\n{item.replace('{pw}', password)}\n- Printeris: Zebra.\n"
    assert _secrets(engine, "docs/nodosana.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "  lietotājs **noma-admin**, parole **žr. Bitwarden**",
    "  lietotājs **noma-admin**, parole **Bitwarden**",
    "- heslo **nikdy** neposílejte e-mailem",
    "- Parole **P@ssw0rd123!** ir piemērs, to nelietot.",
])
def test_a_localized_bold_word_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/nodosana.md", f"# Nodošana\n\n{item}\n") == []


def test_a_pages_short_bold_lines_make_no_candidate_lines() -> None:
    """(review 56: the bold alternative of the localized words' line hints took any `**` after a blank, so a page of
    short lines of `parole **x` made each line a candidate, 0.3 s to 19 s at 800k characters; the hint now asks for a
    bold value closed on its line and as long as a documented password that blocks, twelve characters)"""
    from secretfence.kinds._config_forms import _FOLDED_GERMAN_NAME, _FOLDED_ROMANCE_NAME
    from secretfence.prefilter.spec import fold_bytes, lazy_regex

    for pattern in (_FOLDED_GERMAN_NAME, _FOLDED_ROMANCE_NAME):
        hint = lazy_regex(pattern)
        for short in ("parole **x", "parola **ab**", "passwort **Kx9mPq2Lw7", "parool **Kx9mPq2Lw7!**"):
            assert hint.search(fold_bytes(short.encode())) is None, short
    assert lazy_regex(_FOLDED_ROMANCE_NAME).search(fold_bytes(f"parole **{_CHOSEN[3]}**".encode())) is not None
    assert lazy_regex(_FOLDED_GERMAN_NAME).search(fold_bytes(f"Passwort **{_CHOSEN[3]}**".encode())) is not None
