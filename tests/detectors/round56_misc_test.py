"""Round 56's configs, logs and documentation forms: each form beside the decoys nearest to it,
through the engine. Fakes are drawn from seeds 3890000-3899999."""
from __future__ import annotations

import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn

_WORDS = ("harbor", "walnut", "cobalt", "lagoon", "pepper", "quartz", "maple", "tundra", "falcon", "ember")


def _phrase(seed: int) -> str:
    """A diceware-like password: four words and two digits, drawn from the seed."""
    rng = random.Random(seed)
    return "-".join(rng.sample(_WORDS, 4)) + str(rng.randint(10, 99))


def _password(seed: int) -> str:
    """A person's password: a capitalised word, a symbol, another word and four digits."""
    rng = random.Random(seed)
    first, second = rng.sample(_WORDS, 2)
    return first.capitalize() + rng.choice("!*$#") + second.capitalize() + str(rng.randint(1000, 9999))


_VAULT = _phrase(3890001)

TRUE_FORMS = [
    # an Ansible vault password file's line, comments after it
    ("ansible/.vault_pass", f"{_VAULT}\n# vault password for group_vars/*/vault.yml\n# owner: ops\n", 1, _VAULT),
    ("deploy/vault_password.txt", f"{_VAULT}\n\n# rotate yearly\n", 1, _VAULT),
]

DECOYS = [
    # a vault password file whose lines after the first are not comments: not one password
    ("ansible/.vault_pass", f"{_VAULT}\nsecond-line-of-notes here\n"),
]


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_the_fakes_are_drawn() -> None:
    assert len(drawn(3890000, 8)) == 8
