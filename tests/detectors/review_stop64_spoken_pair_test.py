"""Review 64 of stop 63's spoken login pair in operators' notes (`user packfloor, pass …`): the same pair in the Romance
languages' and German's words (`usuario packfloor, clave …`, `usuário …, senha …`, `utilisateur …, mot de passe …`,
`Benutzer …, Passwort …`) went unread; Spanish's and Portuguese's, whose password words hold no `pass`, never reached the
reader (a prefilter pattern of their own now admits them). Prose, a store named and stock values still pass. Generated
fakes only (seed 7300051)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7300051, 16)


@pytest.mark.parametrize("text", [
    f"usuario packfloor, clave {_PASSWORD}\n",
    f"Usuario packfloor; contraseña {_PASSWORD}\n",
    f"usuário packfloor, senha {_PASSWORD}\n",
    f"utilisateur packfloor, mot de passe {_PASSWORD}\n",
    f"Benutzer packfloor, Passwort {_PASSWORD}\n",
])
def test_a_notes_spoken_pair_in_other_languages_blocks(text: str) -> None:
    assert _PASSWORD in [finding.secret for finding in blocking(Engine().scan_text("notes/ops.txt", text))]


@pytest.mark.parametrize("text", [
    "usuario admin, clave la de siempre\n",
    "utilisateur admin, mot de passe dans le coffre\n",
    "usuario admin, clave changeme123\n",
    "usuario admin, clave en el Bitwarden del equipo\n",
])
def test_prose_and_stock_values_pass(text: str) -> None:
    assert blocking(Engine().scan_text("notes/ops.txt", text)) == []
