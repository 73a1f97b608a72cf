"""Review 63, a sibling of stop 62's `System.fetch_env!` decoy: Elixir's environment reads falling back to a literal
(`System.get_env("X") || "…"`, `System.fetch_env!("X") || "…"`, `System.get_env("X", "…")`) blocked in no form, where
Python's, Ruby's and JavaScript's do (the literal is in the file whatever the environment holds). A read with no
literal, a `raise` after `||` and a port's default still pass.
Generated fakes only: every value is built here from a seeded generator (seeds 7100200-7100299)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100200


def _key(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length)


def _repo(setting: str) -> str:
    return f"import Config\n\nconfig :shop, Shop.Repo,\n  username: \"shop\",\n  {setting}\n"


SECRETS: List[Tuple[str, str, str]] = [
    ("config/runtime.exs", _repo(f'password: System.get_env("DB_PASSWORD") || "{_key(1, 18)}"'), _key(1, 18)),
    ("config/runtime.exs", _repo(f'password: System.fetch_env!("DB_PASSWORD") || "{_key(2, 18)}"'), _key(2, 18)),
    ("config/runtime.exs", _repo(f'password: System.get_env("DB_PASSWORD", "{_key(3, 18)}")'), _key(3, 18)),
    ("config/runtime.exs",
     "config :shop, ShopWeb.Endpoint,\n"
     f'  secret_key_base: System.get_env("SECRET_KEY_BASE") || "{_key(4, 64)}"\n', _key(4, 64)),
]

DECOYS: List[Tuple[str, str]] = [
    ("config/runtime.exs", _repo('password: System.fetch_env!("DB_PASSWORD")')),
    ("config/runtime.exs",
     "config :shop, ShopWeb.Endpoint,\n  secret_key_base:\n"
     '    System.get_env("SECRET_KEY_BASE") || raise "environment variable SECRET_KEY_BASE is missing."\n'),
    ("config/runtime.exs", 'config :shop, ShopWeb.Endpoint,\n  http: [port: String.to_integer(System.get_env("PORT") || "4000")]\n'),
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
