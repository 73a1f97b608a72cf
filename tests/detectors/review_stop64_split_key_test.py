"""Review 64 of stop 63's split private key (plugins._joined_literals): a PEM key written over a code's string literals
one a line was read as its literals' text only where the literals were joined by `+`, `.`, `&` or nothing. The same key
joined by Ruby's or C's `\\` continuing the line, held in an array joined after it (`[…].join("\\n")`,
`"\\n".join([…])`), joined by VB's `& vbLf &`, written in Objective-C's `@"…"` literals, or with a line comment after the
operator warned only. Stand-ins in the literals still warn. Generated fakes only (seed 7300020)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_LINES = fakes.fake_pem(7300020, kind="").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace(
    "END  PRIVATE", "END PRIVATE").split("\n")
_BODY = _LINES[1:-1]
_HEADER, _END = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"


def _forms(body: List[str]) -> List[Tuple[str, str]]:
    return [
        ("lib/signer.rb", f'KEY = "{_HEADER}\\n" \\\n' + "".join(f'  "{line}\\n" \\\n' for line in body) + f'  "{_END}\\n"\n'),
        ("src/push/key.js", "const key = [\n" + f'  "{_HEADER}",\n' + "".join(f'  "{line}",\n' for line in body)
         + f'  "{_END}",\n].join("\\n");\n'),
        ("sync/key.py", "KEY = '\\n'.join([\n" + f'    "{_HEADER}",\n' + "".join(f'    "{line}",\n' for line in body)
         + f'    "{_END}",\n])\n'),
        ("Signer.vb", f'Dim key = "{_HEADER}" & vbLf &\n' + "".join(f'    "{line}" & vbLf &\n' for line in body) + f'    "{_END}"\n'),
        ("Signer.m", f'NSString *key = @"{_HEADER}\\n"\n' + "".join(f'    @"{line}\\n"\n' for line in body) + f'    @"{_END}\\n";\n'),
        ("src/push/admin.js", f'const key = "{_HEADER}\\n" + // the service account\'s key\n'
         + "".join(f'    "{line}\\n" +\n' for line in body) + f'    "{_END}\\n";\n'),
    ]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name, text", _forms(_BODY), ids=[form[0] for form in _forms(_BODY)])
def test_a_key_split_over_literals_blocks(engine: Engine, name: str, text: str) -> None:
    found = [finding for finding in blocking(engine.scan_text(name, text)) if finding.type == "Private Key"]
    assert found and all(line in found[0].secret for line in _BODY), [(f.type, f.secret[:30]) for f in found]


@pytest.mark.parametrize("name, text", _forms(["<paste the key here>"]), ids=[form[0] for form in _forms([])])
def test_stand_ins_split_over_literals_do_not_block(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
