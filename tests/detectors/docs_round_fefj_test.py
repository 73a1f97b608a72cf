"""Blind rounds FE-FJ, passwords a team writes into its own documentation: a Markdown table's column named for what a
password is for (`| VNC password |`, `| Admin PW |`, `| Root password (prod) |`); a table's login column, its cell a
login's user and password split by `/` (plain `admin / …`, in code spans `` `ops` / `…` `` or one `` `ops / …` ``, bold
`**ops / …**`) under `| Login |`, `| Credentials |`, `| User / password |`; and a sentence signing in with such a pair
(`Log into the admin page at http://… with **admin / …**`, `Sign in using `ops` / `…``, a list item's `- Console login:
`ops / …``). A password chosen with care blocks; the same forms' decoys stay quiet (a placeholder, `********`,
`changeme`, `see 1Password`, `same as A`, `your own account`, a vendor's default `admin / admin`, `12345`, a tutorial's
`P@ssw0rd123!`). Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Basalt",
          "Juniper", "Thistle", "Granite")


def _chosen(seed: int) -> str:
    """A password chosen with care: two words, a symbol between them, digits (`Heron#Basalt2207`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#*!@%$") + second + str(generator.randint(1000, 9999))


_PASSWORDS = [_chosen(1860000 + step) for step in range(6)]
_DRAWN = drawn_mixed(1860100, 14, string.ascii_letters + string.digits + "!#%") + "7a!"


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a table's column named for what its password is for ------------------------------------------------------------

@pytest.mark.parametrize("header", ["VNC password", "Admin PW", "Root password (prod)", "**Console password**",
                                    "Wi-Fi passphrase", "iLO pwd"])
@pytest.mark.parametrize("password", [_PASSWORDS[0], _DRAWN])
def test_a_password_column_named_for_what_it_is_for_blocks(engine: Engine, header: str, password: str) -> None:
    text = ("# Line panels\n\n"
            f"| Panel | IP | {header} |\n|---|---|---|\n"
            f"| Line A | 10.40.1.41 | {password} |\n| Line B | 10.40.1.42 | same as A |\n")
    assert _secrets(engine, "docs/plant/panels.md", text) == [(5, password)]


@pytest.mark.parametrize("cell", ["same as A", "********", "changeme", "see 1Password", "<password>", "admin", "12345",
                                  "P@ssw0rd123!", "in the vault", "`{{ vnc_password }}`"])
def test_a_password_columns_stand_in_does_not_block(engine: Engine, cell: str) -> None:
    text = f"| Panel | IP | VNC password |\n|---|---|---|\n| Line A | 10.40.1.41 | {cell} |\n"
    assert _blocked(engine, "docs/plant/panels.md", text) == []


def test_a_column_about_passwords_that_holds_none_is_not_read(engine: Engine) -> None:
    text = (f"| System | Password policy | Password manager |\n|---|---|---|\n"
            f"| Portal | {_PASSWORDS[1]} | {_PASSWORDS[2]} |\n")
    assert _blocked(engine, "docs/it/systems.md", text) == []


# --- a table's login column: the user and the password split by `/` -------------------------------------------------

@pytest.mark.parametrize("header", ["Login", "Credentials", "Admin login", "User / password", "Creds"])
@pytest.mark.parametrize("cell", ["admin / {pw}", "`manager` / `{pw}`", "`ops / {pw}`", "**svc.backup** / **{pw}**",
                                  "root/{pw}"])
def test_a_login_columns_pair_blocks(engine: Engine, header: str, cell: str) -> None:
    password = _PASSWORDS[3]
    text = ("# Front desk\n\n"
            f"| System | Where | {header} |\n|---|---|---|\n"
            "| Memberships | https://app.example.org | your own account, ask Dana |\n"
            f"| Legacy POS | `POS-SERVER` desktop | {cell.replace('{pw}', password)} |\n"
            "| Waivers | https://waivers.example.org/login | shared via 1Password |\n")
    assert _secrets(engine, "docs/onboarding/front-desk.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["admin / admin", "admin / 12345", "`admin` / `<password>`", "SSO", "your own account",
                                  "see 1Password", "`ops` / `********`", "root / changeme", "admin / P@ssw0rd123!",
                                  "n/a", "admin / (blank)"])
def test_a_login_columns_stand_in_does_not_block(engine: Engine, cell: str) -> None:
    text = f"| Device | IP | Login |\n|---|---|---|\n| NVR | 10.40.0.5 | {cell} |\n"
    assert _blocked(engine, "docs/cctv/nvr.md", text) == []


# --- a sentence (or a list item) signing in with a login's pair -------------------------------------------------------

@pytest.mark.parametrize("template", [
    "5. Log into the admin page at http://localhost:5080/admin with **admin / {pw}**\n   and press *Test connection*.\n",
    "Sign in using `operator` / `{pw}`.\n",
    "Then log on to the NVR web UI as `admin / {pw}` and export the clip.\n",
    "- Console login: `ops / {pw}`\n",
    "- **Login:** **kiosk / {pw}**\n",
    "Log in with `svc-report` / `{pw}` (the reporting account).\n",
])
def test_a_sign_in_with_a_pair_blocks(engine: Engine, template: str) -> None:
    password = _PASSWORDS[4]
    text = "## Setup\n\n" + template.replace("{pw}", password)
    assert _secrets(engine, "pos-bridge/README.md", text) == [(3, password)]


@pytest.mark.parametrize("template", [
    "5. Log into the admin page at http://localhost:5080/admin with **admin / admin**.\n",
    "Sign in using `admin` / `<your password>`.\n",
    "Log in with **admin / 12345** (the vendor's default; change it at once).\n",
    "Log in with `admin / changeme` and set a new password.\n",
    "Sign in as `admin` / `P@ssw0rd123!` in the demo.\n",
    "Log in with **your own account / SSO**.\n",
    "Log in with `kubectl` / `helm` installed.\n",
])
def test_a_sign_in_with_a_stand_in_pair_does_not_block(engine: Engine, template: str) -> None:
    assert _blocked(engine, "pos-bridge/README.md", "## Setup\n\n" + template) == []
