"""The lead's, stop 68: English's password word head first, whose password it is after it (`PASSWORD_ADMIN`,
`password_root`, `password.db`, `PASSWORD_DB_PROD`), named a credential as `ADMIN_PASSWORD` is. Before, only the
keyword plugin's warning stood for it, in every format (a `.properties` file gave nothing). A word saying what the value
is instead (`password_hash`, `password_hint`, `password_policy`, `password_reset`) still names no password, and a stand-in
under the name still passes.

Generated fakes only (seeds 8910000-8910099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8910000
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 9)}#{fakes.drawn(_SEED + 2, 4, '0123456789')}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name, text", [
    (".env", "PASSWORD_ADMIN={pw}\n"),
    ("settings.py", 'PASSWORD_ROOT = "{pw}"\n'),
    ("config.json", '{{"password_db": "{pw}"}}\n'),
    ("application.properties", "password.admin={pw}\n"),
    ("config.yaml", "accounts:\n  password_smtp: {pw}\n"),
    ("docker-compose.yml", "services:\n  app:\n    environment:\n      - PASSWORD_DB_PROD={pw}\n"),
])
def test_a_password_named_head_first_with_its_owner_blocks(engine: Engine, name: str, text: str) -> None:
    assert _PASSWORD in _blocked(engine, name, text.format(pw=_PASSWORD))


@pytest.mark.parametrize("key", ["password_hash", "password_hint", "password_policy", "password_reset",
                                 "password_min_length", "password_admin_hash", "password_field"])
def test_a_name_saying_what_the_value_is_instead_still_names_no_password(engine: Engine, key: str) -> None:
    assert _blocked(engine, "config.yaml", f"auth:\n  {key}: \"{_PASSWORD}\"\n") == []


@pytest.mark.parametrize("value", ["changeme", "${ADMIN_PASSWORD}", "<password>", "xxxxxxxx"])
def test_a_stand_in_under_the_name_still_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, ".env", f"PASSWORD_ADMIN={value}\n") == []
