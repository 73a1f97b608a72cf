"""Stop 65, the lead's check of a fixer's note: Spanish's `contraseña: …` on a notes file's line below a bare title
(`Router de la tienda`, then the login) gave no finding at all, where English's `password: …`, Portuguese's `senha: …`
and the same line first in the file blocked (detect-secrets' keyword rule reads no line there, and the literal
reader's prefilter had no head for the word). Generated fakes only (seeds 7800000-7800099)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7800000
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 9)}!{fakes.drawn(_SEED + 2, 4, '0123456789')}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name", ["notes/router.txt", "notes/router.md", "docs/notes/tienda.txt", "router.txt"])
@pytest.mark.parametrize("title", ["Router de la tienda\n", "Router\nusuario: admin\n", "Wi-Fi oficina\n\n"])
def test_contrasena_below_a_notes_title_blocks(engine: Engine, name: str, title: str) -> None:
    assert _PASSWORD in _blocked(engine, name, f"{title}contraseña: {_PASSWORD}\n")
    assert _PASSWORD in _blocked(engine, name, f"{title}Contraseña: {_PASSWORD}\n")


@pytest.mark.parametrize("value", ["<tu contraseña>", "changeme", "${ROUTER_PASSWORD}", "ver Bitwarden", "********"])
def test_contrasena_below_a_title_with_no_password_passes(engine: Engine, value: str) -> None:
    assert _blocked(engine, "notes/router.txt", f"Router de la tienda\nusuario: admin\ncontraseña: {value}\n") == []
