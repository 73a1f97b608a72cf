"""Review of stop 60's decoy guards: the nearest real credentials each guard passed by mistake (a JWK's private key
read as a JWT's header alone, a drawn password before a fill-in tail, a chosen password starting with `changeit`, an
HMAC secret's name holding `<digest> of`). Generated fakes only (seeds 5760000-5760999)."""
from __future__ import annotations

import base64
import json
import random
import string

import pytest

from secretfence.compat.detect_secrets.credential_keys import names_a_credential_holding
from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder
from tests.accuracy.labelled import blocking

_SEED = 5760000
_ALNUM = string.ascii_letters + string.digits


def _drawn(seed: int, length: int, alphabet: str = _ALNUM) -> str:
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


def _b64(member: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(member, separators=(",", ":")).encode()).decode().rstrip("=")


_URLSAFE = _ALNUM + "-_"
_EC_JWK = _b64({"kty": "EC", "crv": "P-256", "alg": "ES256", "x": _drawn(1, 43, _URLSAFE), "y": _drawn(2, 43, _URLSAFE),
                "d": _drawn(3, 43, _URLSAFE)})
_SECRET_HEADER = _b64({"alg": "HS256", "secret": _drawn(4, 32)})


@pytest.mark.parametrize("value", [_EC_JWK, _SECRET_HEADER])
def test_a_jwk_with_its_alg_is_no_jwt_header(value: str) -> None:
    assert not is_placeholder(value)


def test_a_jwt_header_alone_is_still_a_placeholder() -> None:
    assert is_placeholder(_b64({"alg": "HS256", "typ": "JWT"}) + ".")
    assert is_placeholder(_b64({"alg": "RS256", "kid": "2024-key"}))


@pytest.mark.parametrize("value", [f"{_drawn(5, 14)}:TOKEN_HERE", f"https://u:{_drawn(6, 14)}@db.internal:PORT_HERE"])
def test_a_drawn_head_before_a_fill_in_tail_is_no_placeholder(value: str) -> None:
    assert not is_placeholder(value)


@pytest.mark.parametrize("value", ["4839201754:TOKEN_HERE", "deploy:YOUR_PASSWORD", "ci_bot2:PASSWORD_HERE"])
def test_a_fill_in_pair_is_still_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["changeit_river9Quartz!", "changeit.Basalt#4821", "Falcon#replaceit-quartz77", "changeit-river-quartz"])
def test_a_password_starting_with_changeit_is_no_placeholder(value: str) -> None:
    assert not is_placeholder(value)


@pytest.mark.parametrize("value", ["changeit-in-env", "changeit_in_prod", "changeit-in-env}", "CHANGEIT_SET_IN_VAULT"])
def test_changeit_with_a_note_is_still_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


def test_a_digest_keyed_by_a_secret_names_the_secret() -> None:
    assert names_a_credential_holding("SHA256_OF_PAYLOAD_HMAC_SECRET", _drawn(7, 32))
    assert not names_a_credential_holding("Fingerprint of the revoked key (sha256)", _drawn(8, 64, "0123456789abcdef"))


@pytest.mark.parametrize("name, text, secret", [
    ("deploy/b.py", f'PASSWORD = "{_drawn(9, 14)}:TOKEN_HERE"\n', f"{_drawn(9, 14)}:TOKEN_HERE"),
    ("config/settings.py", 'DB_PASSWORD = "changeit_river9Quartz!"\n', "changeit_river9Quartz!"),
])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret or finding.secret in secret for finding in found), [(f.type, f.secret) for f in found]
