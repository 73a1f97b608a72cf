"""Review 69: near forms of stop 68's fixes that still gave nothing or only warned.

- The lead's head-first English password names (`PASSWORD_ADMIN`, `password_root`) read a closed list of owners: a
  service a settings file names as often (`PASSWORD_JENKINS`, `PASSWORD_KEYCLOAK`, `PASSWORD_SMTP_RELAY`) only warned, and
  the abbreviations head first (`PW_ROOT`, `PASS_DB`, `pass.admin`) gave nothing. The services are owners now; the
  abbreviations name a password where the value is drawn or chosen as one is (`pass` is a verb and a flag too).
- French's `mdp` was read in chats (stop 68) and after a qualifier (`DB_MDP`), but not alone nor head first (`$mdp = …`,
  `MDP_ADMIN`), French PHP's commonest spelling: read where the value is a drawn or chosen password (`mdp` alone is a
  Markov decision process too, which holds no such string).

Generated fakes only (seeds 9002000-9002099)."""
from __future__ import annotations

import string
from typing import List

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_SEED = 9002000


def _chosen(step: int) -> str:
    """A password chosen with care: a capital, letters, a symbol, a capital, letters, four digits."""
    seed = _SEED + 10 * step
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 5, string.ascii_lowercase) + "*#$+"[step % 4]
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 4, string.ascii_lowercase)
            + drawn(seed + 4, 4, string.digits))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,template", [
    ("deploy/.env", "PASSWORD_JENKINS={value}"),
    ("deploy/.env", "PASSWORD_KEYCLOAK={value}"),
    ("deploy/app.properties", "password.smtp.relay={value}"),
    ("deploy/.env", "PW_ROOT={value}"),
    ("deploy/.env", "PASS_DB={value}"),
    ("deploy/app.properties", "pass.admin={value}"),
    ("site/config.php", '$mdp = "{value}";'),
    ("deploy/.env", "MDP_ADMIN={value}"),
])
def test_a_head_first_password_name_blocks(engine: Engine, name: str, template: str) -> None:
    for value in (_chosen(0), drawn_mixed(_SEED + 500, 20)):
        assert value in _blocked(engine, name, template.format(value=value) + "\n")


@pytest.mark.parametrize("name,line", [
    ("agents/mdp.py", 'mdp = "gridworld-v0"'),
    ("agents/mdp.py", 'mdp = "FrozenLake8x8"'),
    ("app/settings.py", "PASS_USER = True"),
    ("app/settings.py", 'pass_through = "Tiger-Cedar"'),
    ("deploy/.env", "PASSWORD_POLICY=Strong*Policy2024"),
    ("deploy/.env", "PW_ADMIN=changeme"),
])
def test_other_values_under_such_names_pass(engine: Engine, name: str, line: str) -> None:
    assert _blocked(engine, name, line + "\n") == []

