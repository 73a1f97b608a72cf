"""Review 63 of stop 62's string-as-file carrier (a Python triple-quoted string of INI settings read as the INI file the
code writes out): it read a string only after `=`, `(` or `,` on the same line, and none over 200 lines, so the same
settings passed when returned (`return \"\"\"…`), passed on the line after a call's parenthesis, dedented
(`textwrap.dedent(\"\"\"\\`, the settings indented under the code) or a long file's; and the same string in
JavaScript's and TypeScript's template literals and Kotlin's, Java's and C#'s triple-quoted strings was read in no form.
A docstring, prose, an interpolated reference, a tagged SQL template and Go's struct tags still pass.
Generated fakes only: every value is built here from a seeded generator (seeds 7100400-7100499)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100400


def _password(seed: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, 16)


def _ini(seed: int, indent: str = "") -> str:
    return "".join(indent + line + "\n" for line in (
        "[database]", "host = db.internal", "usuario = shop", f"clave = {_password(seed)}"))


SECRETS: List[Tuple[str, str, str]] = [
    ("tools/setup.py", f'def template():\n    return """{_ini(1)}"""\n', _password(1)),
    ("tools/setup.py", f'Path("app.ini").write_text(\n    """{_ini(2)}"""\n)\n', _password(2)),
    ("tools/setup.py", f'import textwrap\n\nTEMPLATE = textwrap.dedent("""\\\n{_ini(3, "    ")}    """)\n', _password(3)),
    ("tools/setup.py",
     'TEMPLATE = """' + _ini(4) + "".join(f"option_{number} = {number}\n" for number in range(230)) + '"""\n',
     _password(4)),
    ("tools/setup.js", f"const TEMPLATE = `{_ini(7)}`;\n", _password(7)),
    ("tools/setup.ts", f"export const template = (): string => `{_ini(8)}`;\n", _password(8)),
    ("tools/setup.js", f"module.exports = {{ template: `{_ini(9)}` }};\n", _password(9)),
    ("tools/Setup.kt", f'val template = """{_ini(10, "    ")}""".trimIndent()\n', _password(10)),
    ("tools/Setup.java", f'String template = """\n{_ini(11, "    ")}    """;\n', _password(11)),
    ("tools/Setup.cs", f'var template = """\n{_ini(12, "    ")}    """;\n', _password(12)),
]

DECOYS: List[Tuple[str, str]] = [
    ("tools/setup.py", f'def write():\n    """Writes:\n\n    [database]\n    usuario = shop\n    clave = {_password(5)}\n    """\n'),
    ("tools/setup.py", f'def template():\n    return """Run it so:\n\n    clave = leer_clave()\n    x = {_password(6)}\n"""\n'),
    ("tools/setup.py", 'def template():\n    return """[database]\nusuario = shop\nclave = {password}\n"""\n'),
    ("tools/setup.js", "const TEMPLATE = `[database]\nhost = db\npassword = ${process.env.DB_PASSWORD}\n`;\n"),
    ("tools/setup.js", f"const HELP = `Usage:\n  password = readPassword()\n  x = {_password(13)}\n`;\n"),
    ("tools/setup.ts", "const q = sql`\n  SELECT a = 1,\n  b = 2\n`;\n"),
    ("tools/setup.go", 'type Login struct {\n\tName string `json:"name"`\n\tPass string `json:"password"`\n}\n'),
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
