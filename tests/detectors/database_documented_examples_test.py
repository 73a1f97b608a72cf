"""A database image's own documented password in a page (Docker Hub's `POSTGRES_PASSWORD=mysecretpassword`, a
stock `SuperSecret123`): what the page tells its reader to type is a warning, as documentation's other
example passwords are; the same value in a compose file, and a page's generated or chosen password, still block."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_GENERATED = drawn_mixed(2200100, 18)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _page(name: str, value: str) -> str:
    return f"# Local database\n\n```bash\ndocker run --name db -e {name}={value} -d postgres:16\n```\n"


def _compose(name: str, value: str) -> str:
    return f"services:\n  db:\n    image: postgres:16\n    environment:\n      {name}: {value}\n"


@pytest.mark.parametrize("name, value", [("POSTGRES_PASSWORD", "mysecretpassword"),
                                         ("MARIADB_ROOT_PASSWORD", "SuperSecret123")])
def test_a_pages_stock_database_password_is_a_warning(engine: Engine, name: str, value: str) -> None:
    assert not any(secret == value for _, _, secret in _blocked(engine, "README.md", _page(name, value)))
    assert any(secret == value for _, _, secret in _blocked(engine, "docker-compose.yml", _compose(name, value)))


@pytest.mark.parametrize("value", [_GENERATED, "Tiger*Cedar9572"])
def test_a_pages_generated_or_chosen_database_password_blocks(engine: Engine, value: str) -> None:
    assert any(secret == value for _, _, secret in _blocked(engine, "docs/setup.md", _page("POSTGRES_PASSWORD", value)))
