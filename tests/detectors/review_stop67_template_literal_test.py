"""Review 67, siblings of stop 66's template literal under a credential's name (95e5fd29: `const API_TOKEN = `…``): the
same literal after an environment read's fallback (`process.env.API_TOKEN || `…``) or as a setter's value
(`headers.set('X-API-Key', `…`)`) gave no finding, where the quoted forms block. A literal with a substitution passes.
Generated fakes only (seeds 8290500-8290599)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_TOKEN = fakes.drawn_mixed(8290501, 28)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,line", [
    ("src/client.js", "const token = process.env.API_TOKEN || `{v}`;"),
    ("src/client.ts", "const token = process.env.API_TOKEN ?? `{v}`;"),
    ("src/client.ts", "headers.set('X-API-Key', `{v}`);"),
])
def test_a_template_literal_in_an_env_fallback_or_a_setter_blocks(engine: Engine, name: str, line: str) -> None:
    assert _TOKEN in [f.secret for f in blocking(engine.scan_text(name, line.format(v=_TOKEN) + "\n"))]


def test_a_template_literal_with_a_substitution_passes(engine: Engine) -> None:
    text = "const token = process.env.API_TOKEN || `${prefix}-token`;\nheaders.set('Authorization', `Bearer ${token}`);\n"
    assert blocking(engine.scan_text("src/client.js", text)) == []
