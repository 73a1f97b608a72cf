"""Review 67 of stop 66's older ciphers' keys (fb15f6cd: a `DES3.new(…)` literal blocks as AES's does): Triple DES's
three-key example in tutorials, K1 K2 K3 (`0123456789ABCDEF` `FEDCBA9876543210` `89ABCDEF01234567`), blocked as a drawn
key; the two-key one, NIST SP 800-67's worked example and AES's published keys passed already. A drawn key still
blocks. Generated fakes only (seeds 8290600-8290699)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _des3(key: str) -> str:
    return f'from Crypto.Cipher import DES3\ncipher = DES3.new(bytes.fromhex("{key}"), DES3.MODE_ECB)\n'


@pytest.mark.parametrize("key", ["0123456789ABCDEF23456789ABCDEF01456789ABCDEF0123",
                                 "0123456789ABCDEFFEDCBA987654321089ABCDEF01234567"])
def test_triple_des_published_example_keys_pass(engine: Engine, key: str) -> None:
    assert blocking(engine.scan_text("src/crypt.py", _des3(key))) == []


def test_a_drawn_triple_des_key_blocks(engine: Engine) -> None:
    key = fakes.drawn(8290601, 48, "0123456789ABCDEF")
    assert key in [finding.secret for finding in blocking(engine.scan_text("src/crypt.py", _des3(key)))]
