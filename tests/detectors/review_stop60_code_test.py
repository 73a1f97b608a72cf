"""Review of stop 60's code fixes: the Supabase client's call was searched for over the token's whole line (a long
line of the word took seconds a token). Generated fakes only (seeds 5762000-5762999)."""
from __future__ import annotations

import base64
import json
import random
import string

from secretfence.compat.detect_secrets.plugins import jwt_credential

_SEED = 5762000


def _b64(member: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(member, separators=(",", ":")).encode()).decode().rstrip("=")


def _token() -> str:
    generator = random.Random(_SEED)
    ref = "".join(generator.choice(string.ascii_lowercase) for _ in range(20))
    return (_b64({"alg": "HS256", "typ": "JWT"}) + "." + _b64({"iss": "supabase", "ref": ref, "role": "editor", "iat": 1700000000,
                                                              "exp": 4102444800}) + ".")


def _signature() -> str:
    generator = random.Random(_SEED + 1)
    return "".join(generator.choice(string.ascii_letters + string.digits + "-_") for _ in range(43))


def test_a_custom_role_given_to_the_client_is_still_a_credential() -> None:
    token = _token()
    line = f'const supabase = createClient("https://abc.supabase.co", "{token}{_signature()}");'
    assert jwt_credential(token, line)


def test_a_long_line_is_read_near_the_token_only() -> None:
    # (its time at a megabyte: benchmarks/hostile.py, long-line-supabase-words-full)
    token = _token()
    after = f'createClient("https://abc.supabase.co", "{token}{_signature()}", '
    assert jwt_credential(token, after + "supabase " * 110_000) == jwt_credential(token, after + "supabase " * 3) != ""
    alone = f'createClient("{token}{_signature()}", '  # (no project URL before it: no project key)
    assert jwt_credential(token, alone + "supabase " * 110_000) == jwt_credential(token, alone + "supabase " * 3) == ""
