"""Issue 14, blind rounds of stop 62 (code): a Python triple-quoted string assigned or passed whole whose lines are an
INI's settings (`PLANTILLA = \"\"\"[reservas]` … `clave = …` … `\"\"\"`), a config file the code writes out, read as that
file. Generated fakes only (seeds 6750300-6750399)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 6750300
_PASSWORD = fakes.drawn_mixed(_SEED + 1, 16)


def _template(key: str, value: str, head: str = "PLANTILLA = ", tail: str = "") -> str:
    return ("from pathlib import Path\n\n# config for the new guide's laptop\n"
            f'{head}"""[reservas]\nurl = https://reservas.example.com\nusuario = guias\n{key} = {value}\n"""{tail}\n\n'
            'Path.home().joinpath(".reservas.ini").write_text(PLANTILLA)\n')


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    ("herramientas/crear_config.py", _template("clave", _PASSWORD), _PASSWORD),
    ("tools/make_config.py", _template("password", _PASSWORD), _PASSWORD),
    # passed whole to a call
    ("tools/make_config.py", _template("password", _PASSWORD, "Path('a.ini').write_text(", ")"), _PASSWORD),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # a placeholder the code fills, a stand-in
    ("tools/make_config.py", _template("password", "{password}", "PLANTILLA = f")),
    ("tools/make_config.py", _template("password", "changeme")),
    # a docstring telling the settings (documentation, not a file written)
    ("tools/make_config.py", f'def write():\n    """Writes:\n\n    [reservas]\n    usuario = guias\n    clave = {_PASSWORD}\n    """\n'),
    # a string of prose and code, not settings
    ("tools/help.py", f'HELP = """Run it so:\n\n    clave = leer_clave()\n    print(clave)\nand then x = {_PASSWORD}\n"""\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
