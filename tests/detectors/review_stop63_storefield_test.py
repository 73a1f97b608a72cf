"""Review 63 of stop 62's secret-store decoy: a store's path and field (`shop/prod/db#password`) passes in the database
reader's settings as in the keyword rules; the shape read any field, so a chosen password of lower-case words joined by
`/`, then `#` and a capitalised word with a year (`summer/beach#Sun2024`) passed under DB_PASSWORD in code and .env,
where stop 61's code blocked it. The field must be written as a field's name is. And the decoy passed in the database
reader's settings only: a Rails database.yml's `password: shop/prod/db#password` still blocked.
Generated fakes only: every value is built here from a seeded generator (seeds 7100100-7100199)."""
from __future__ import annotations

import random
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_SEED = 7100100
_WORDS = ("summer", "beach", "harbor", "quill", "maple", "tundra", "cobalt", "saffron", "juniper", "orchid")


def _chosen(seed: int) -> str:
    generator = random.Random(_SEED + seed)
    first, second, third = generator.sample(_WORDS, 3)
    return f"{first}/{second}#{third.capitalize()}{generator.randint(1990, 2030)}"


SECRETS: List[Tuple[str, str, str]] = [
    ("app/settings.py", f'DB_PASSWORD = "{_chosen(1)}"\n', _chosen(1)),
    (".env", f"DB_PASSWORD={_chosen(2)}\n", _chosen(2)),
    ("config/database.yml", f"production:\n  adapter: postgresql\n  password: {_chosen(3)}\n", _chosen(3)),
]

DECOYS: List[Tuple[str, str]] = [
    ("core/src/main/java/shop/config/SecretNames.java",
     'public final class SecretNames {\n    public static final String DB_PASSWORD = "shop/prod/db#password";\n}\n'),
    ("app/settings.py", 'DB_PASSWORD = "secret/data/app#password"\n'),
    ("app/settings.py", 'DB_PASSWORD = "kv/data/shop:DB_PASSWORD"\n'),
    # (the same store's path in a Rails database.yml and under a YAML database key: the database reader's other forms)
    ("config/database.yml", "production:\n  adapter: postgresql\n  password: shop/prod/db#password\n"),
    ("config/app.yml", 'db:\n  password: "secret/data/shop/db:password"\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
