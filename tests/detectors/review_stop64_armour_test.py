"""Review 64 of stop 63's private key armour check (engine/evaluate): a key whose `-----BEGIN` opens a quoted literal is
no indirect reference, but one with blanks between the quote and the armour (`load_pem_private_key(b'  -----BEGIN …')`)
was still hidden by detect-secrets' is_indirect_reference on an `x = call(…)` line: no finding at all. Blanks and escaped
line breaks between the quote and the armour are the literal's. Generated fakes only (seed 7300021)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_LINES = fakes.fake_pem(7300021, kind="").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace(
    "END  PRIVATE", "END PRIVATE").split("\n")
_PEM = "\\n".join(["-----BEGIN PRIVATE KEY-----", *_LINES[1:-1], "-----END PRIVATE KEY-----"])


@pytest.mark.parametrize("text", [
    f"KEY = serialization.load_pem_private_key(b'  {_PEM}', None)\n",
    f"KEY = serialization.load_pem_private_key(b'\\t{_PEM}', None)\n",
    f"KEY = serialization.load_pem_private_key(b'\\n  {_PEM}', None)\n",
])
def test_an_armour_after_blanks_in_a_call_literal_blocks(text: str) -> None:
    found = [finding for finding in blocking(Engine().scan_text("sync/signer.py", text)) if finding.type == "Private Key"]
    assert found, [(finding.type, finding.secret[:30]) for finding in Engine().scan_text("sync/signer.py", text)]


def test_a_stand_in_after_blanks_in_a_call_literal_does_not_block() -> None:
    text = "KEY = load_pem_private_key(b'  -----BEGIN PRIVATE KEY-----\\n<your key>\\n-----END PRIVATE KEY-----', None)\n"
    assert blocking(Engine().scan_text("sync/signer.py", text)) == []
