"""The lead's, stop 70 (one of review 70's leftovers): Authlib's `jwt.encode(header, payload, key)` (`from authlib.jose
import jwt`) takes its key third, where PyJWT's `jwt.encode(payload, key)` takes it second, so a literal key there gave
nothing. A JOSE header first (its `alg` member written in the call, or a name saying header) now moves the key to the
third argument; PyJWT's payload in a dict literal keeps it second, and a key read at run time, a private key's name and
a stand-in still pass.

Generated fakes only (seeds 9450000-9450099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 9450000
_KEY = fakes.drawn_mixed(_SEED + 1, 26)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("text", [
    "from authlib.jose import jwt\n\ndef issue(payload):\n    return jwt.encode({{'alg': 'HS256'}}, payload, '{v}')\n",
    'from authlib.jose import jwt\n\ntoken = jwt.encode({{"alg": "HS512", "kid": "k1"}}, claims, "{v}")\n',
    "from authlib.jose import jwt\n\ndef issue(payload):\n    return jwt.encode(header, payload, '{v}')\n",
    "from authlib.jose import jwt\n\ndef issue(claims):\n    return jwt.encode(jws_header, claims, b'{v}')\n",
    # (PyJWT's form is read as before)
    "import jwt\n\ntoken = jwt.encode({{'user': 'alg'}}, '{v}', algorithm='HS256')\n",
])
def test_a_literal_key_after_a_jose_header_blocks(engine: Engine, text: str) -> None:
    assert _blocked(engine, "auth/tokens.py", text.format(v=_KEY)) == [_KEY]


def test_a_constant_named_as_the_third_argument_is_the_key(engine: Engine) -> None:
    text = (f"from authlib.jose import jwt\n\nSIGNING = '{_KEY}'\n\n\ndef issue(payload):\n"
            "    return jwt.encode({'alg': 'HS256'}, payload, SIGNING)\n")
    assert _blocked(engine, "auth/tokens.py", text) == [_KEY]


@pytest.mark.parametrize("text", [
    "from authlib.jose import jwt\n\ntoken = jwt.encode({'alg': 'HS256'}, payload, os.environ['JWT_KEY'])\n",
    "from authlib.jose import jwt\n\ntoken = jwt.encode({'alg': 'RS256'}, payload, private_key)\n",
    "from authlib.jose import jwt\n\ntoken = jwt.encode({'alg': 'HS256'}, payload, 'your-secret-key')\n",
    "from authlib.jose import jwt\n\ntoken = jwt.encode(header, payload, settings.JWT_SECRET)\n",
])
def test_a_key_read_at_run_time_or_a_stand_in_passes(engine: Engine, text: str) -> None:
    assert _blocked(engine, "auth/tokens.py", text) == []
