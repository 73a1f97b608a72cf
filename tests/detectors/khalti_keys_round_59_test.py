"""Blind round 59: Khalti's (Nepal's payment gateway's) secret keys, `live_secret_key_` / `test_secret_key_` and 32 hex,
as a merchant's server sends them (`Authorization: Key …` to the ePayment API), wherever they stand: a runbook's code
block, a setting, a client's header. Its public keys (`live_public_key_…`), the key Khalti's own documentation prints,
and placeholders stay quiet. Generated fakes only: every value is built here from a seeded generator (seeds
5,200,100-5,200,199)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking, reports

_ENGINE = Engine()

HEX = "0123456789abcdef"


def _hex(seed: int) -> str:
    value = fakes.drawn(seed, 32, HEX)
    assert any(character.isdigit() for character in value) and any(character.isalpha() for character in value)
    return value


def khalti_key(seed: int, environment: str = "live", kind: str = "secret") -> str:
    return f"{environment}_{kind}_key_{_hex(seed)}"


def _blocks(name: str, text: str, secret: str) -> List[int]:
    return sorted({finding.line_number for finding in blocking(_ENGINE.scan_text(name, text)) if reports(finding, secret)})


@pytest.mark.parametrize("name, template", [
    ("docs/runbooks/payment-outage.md",
     "# Runbook: भुक्तानी बन्द भयो\n\n1. Current live key:\n\n   ```\n   Authorization: Key {key}\n   ```\n"),
    (".env", "KHALTI_SECRET_KEY={key}\n"),
    ("payments/khalti.py", "headers = {'Authorization': 'Key {key}', 'Content-Type': 'application/json'}\n"),
    ("src/khalti.ts", "const secretKey = process.env.KHALTI_SECRET_KEY || '{key}';\n"),
])
@pytest.mark.parametrize("environment", ["live", "test"])
def test_a_khalti_secret_key_blocks_wherever_it_stands(name: str, template: str, environment: str) -> None:
    key = khalti_key(5_200_100 + len(name), environment)
    text = template.replace("{key}", key)
    line = next(number for number, content in enumerate(text.splitlines(), 1) if key in content)
    assert _blocks(name, text, key) == [line]


@pytest.mark.parametrize("name, text", [
    ("checkout.js", f"KhaltiCheckout({{ publicKey: '{khalti_key(5_200_150, 'live', 'public')}' }});\n"),
    (".env", f"KHALTI_PUBLIC_KEY={khalti_key(5_200_151, 'test', 'public')}\n"),
    ("docs/khalti.md", "Authorization: Key live_secret_key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("docs/khalti.md", "Authorization: Key test_secret_key_00000000000000000000000000000000\n"),
    ("docs/khalti.md", "Authorization: Key live_secret_key_<your secret key>\n"),
    # (the key Khalti's ePayment documentation prints, copied into every sample shop)
    ("views.py", "headers = {'Authorization': 'key live_secret_key_68791341fdd94846a146f0457ff7b455'}\n"),
])
def test_public_keys_the_documented_key_and_placeholders_do_not_block(name: str, text: str) -> None:
    assert blocking(_ENGINE.scan_text(name, text)) == []
