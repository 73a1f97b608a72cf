"""Siblings noticed at stop 65 (no blind case stands for them: these tests are their only check): a Python key constant
given through a decoding call to a cipher's constructor (PyCryptodome's `AES.new(bytes.fromhex(KEY), AES.MODE_GCM)`,
cryptography's `AESGCM(base64.b64decode(KEY))`, `algorithms.AES(binascii.unhexlify(KEY))`) or an HMAC's
(`hmac.new(bytes.fromhex(SECRET), …)`) blocks at its assignment's line, as Java's `new SecretKeySpec(Base64.getDecoder()
.decode(NAME), "AES")` does; a placeholder, an all-zero key, a published test vector under its standard's comment, an
environment read and a bare name given to a cipher stay clean. Generated fakes only (seeds 7772000-7772099)."""
from __future__ import annotations

import base64
import random
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_SEED = 7772000
_HEX_KEY = random.Random(_SEED + 1).getrandbits(256).to_bytes(32, "big").hex()
_B64_KEY = base64.b64encode(random.Random(_SEED + 2).getrandbits(256).to_bytes(32, "big")).decode()


def _module(assignment: str, call: str) -> str:
    return ("import base64\nimport binascii\nimport hashlib\nimport hmac\nimport os\n\nfrom Crypto.Cipher import AES\n"
            "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n"
            "from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305\n\n"
            f"{assignment}\n\n\ndef seal(body: bytes, iv: bytes) -> bytes:\n    cipher = {call}\n    return cipher\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    ("app/crypto.py", _module(f'KEY = "{_HEX_KEY}"', "AES.new(bytes.fromhex(KEY), AES.MODE_GCM)"), _HEX_KEY),
    ("app/crypto.py", _module(f'KEY = "{_B64_KEY}"', "AES.new(base64.b64decode(KEY), AES.MODE_GCM, nonce=iv)"), _B64_KEY),
    ("app/crypto.py", _module(f'SECRET = "{_HEX_KEY}"', "hmac.new(bytes.fromhex(SECRET), body, hashlib.sha256)"), _HEX_KEY),
    ("app/crypto.py", _module(f'SEAL_KEY = "{_B64_KEY}"', "AESGCM(base64.b64decode(SEAL_KEY))"), _B64_KEY),
    ("app/crypto.py", _module(f'K = "{_HEX_KEY}"', "ChaCha20Poly1305(binascii.unhexlify(K))"), _HEX_KEY),
    ("app/crypto.py", _module(f'KEY = "{_HEX_KEY}"', "Cipher(algorithms.AES(bytes.fromhex(KEY)), modes.GCM(iv))"), _HEX_KEY),
    ("app/crypto.py", _module(f'self_key = "{_HEX_KEY}"', "AES.new(bytes.fromhex(self_key), AES.MODE_CBC, iv)"), _HEX_KEY),
]

DECOYS: List[Tuple[str, str]] = [
    # a placeholder, an all-zero key
    ("app/crypto.py", _module('KEY = "<your-256-bit-hex-key>"', "AES.new(bytes.fromhex(KEY), AES.MODE_GCM)")),
    ("app/crypto.py", _module(f'KEY = "{"00" * 32}"', "AES.new(bytes.fromhex(KEY), AES.MODE_GCM)")),
    # a published test vector under its standard's comment (NIST SP 800-38A's AES-128 key)
    ("app/crypto.py", _module('# NIST SP 800-38A, F.1.1 ECB-AES128 test vector\nKEY = "2b7e151628aed2a6abf7158809cf4f3c"',
                              "AES.new(bytes.fromhex(KEY), AES.MODE_ECB)")),
    # an environment read
    ("app/crypto.py", _module('KEY = os.environ["SEAL_KEY"]', "AES.new(bytes.fromhex(KEY), AES.MODE_GCM)")),
    # a bare name given to a cipher: no decoding says what the literal is
    ("app/crypto.py", _module('KEY = b"Sixteen byte key"', "AES.new(KEY, AES.MODE_EAX)")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
