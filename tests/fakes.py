"""Generated secrets of every kind secretfence reports: fakes that look real, never issued.

Each generator takes a seed, so a test gets the same secrets on every run, and different seeds
give different secrets (two tokens of a kind in one file, a token in a name and another inside).
"""
from __future__ import annotations

import random
import string
import uuid

from secretfence.kinds.pypi_token import encode_token

ALNUM = string.ascii_letters + string.digits
_BASE32 = string.ascii_uppercase + "234567"


def fake(prefix: str, length: int, seed: int) -> str:
    """A generated, never-issued token of the given shape."""
    rng = random.Random(seed)
    return prefix + "".join(rng.choice(ALNUM) for _ in range(length))


def drawn(seed: int, length: int, alphabet: str = ALNUM) -> str:
    """`length` characters of `alphabet`, drawn from the seed."""
    generator = random.Random(seed)
    return "".join(generator.choice(alphabet) for _ in range(length))


def drawn_mixed(seed: int, length: int, alphabet: str = ALNUM) -> str:
    """As `drawn`; of ALNUM, both cases and a digit, as services issue tokens (a rare all-letter draw
    is drawn again from the same generator)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            return value


def uuid4(seed: int) -> str:
    """A version-4 UUID drawn from the seed (an id, or a token shaped as one)."""
    return str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))


def fake_pem(seed: int, kind: str = "RSA", headers: str = "") -> str:
    rng = random.Random(seed)
    body = "\n".join("".join(rng.choice(ALNUM + "+/") for _ in range(64)) for _ in range(6))
    return f"-----BEGIN {kind} PRIVATE KEY-----\n{headers}{body}\n-----END {kind} PRIVATE KEY-----"


def pypi_token(seed: int) -> str:
    """A user-wide pypi.org token (a macaroon secretfence decodes, as PyPI issues them)."""
    token_id = str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))
    return encode_token("pypi.org", token_id, [[3, token_id]])


def github_token(seed: int) -> str:
    return fake("ghp_", 36, seed)


def telegram_token(seed: int) -> str:
    rng = random.Random(seed)
    return f"{rng.randint(1_000_000_000, 7_999_999_999)}:AA" + "".join(rng.choice(ALNUM + "_-") for _ in range(33))


def aws_key_id(seed: int) -> str:
    rng = random.Random(seed)
    return "AKIA" + "".join(rng.choice(_BASE32) for _ in range(16))


def aws_secret_key(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(ALNUM + "/+") for _ in range(40))


def password(seed: int) -> str:
    return fake("", 18, seed)


# The two shapes AWS STS session tokens have had: base64 of a protobuf-like blob that starts
# "\x17\n\x06er/aws" (2014-2019, FwoGZXIvYXdz… / FQoGZXIvYXdz…) and "!\n\torigin_ec…" (since 2019,
# IQoJb3JpZ2lu…). The rest is random base64, a few hundred characters long as STS issues them.
SESSION_TOKEN_HEADS = {"origin": "IQoJb3JpZ2luX2VjE", "er-aws": "FwoGZXIvYXdzE"}


def aws_session_token(seed: int, form: str = "origin") -> str:
    rng = random.Random(seed)
    length = rng.randint(300, 700) if form == "origin" else rng.randint(280, 360)
    return SESSION_TOKEN_HEADS[form] + "".join(rng.choice(ALNUM + "/+") for _ in range(length))


def redis_password(seed: int) -> str:
    """What a generated Redis password looks like: 16-32 characters, sometimes with symbols that
    stay valid in a URI's userinfo and on a command line."""
    rng = random.Random(seed)
    alphabet = ALNUM + ("-_." if rng.random() < 0.5 else "")
    return rng.choice(ALNUM) + "".join(rng.choice(alphabet) for _ in range(rng.randint(15, 31)))


def django_secret_key(seed: int) -> str:
    """As django.core.management.utils.get_random_secret_key makes one: 50 characters."""
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)") for _ in range(50))


def github_fine_grained_token(seed: int) -> str:
    """A fine-grained personal access token's shape: github_pat_ + 22 + _ + 59."""
    return fake("github_pat_", 22, seed) + fake("_", 59, seed + 1)


def openai_key(seed: int, scope: str = "proj") -> str:
    """An OpenAI key's shape: sk-<scope>- + key characters around T3BlbkFJ (base64 of "openai")."""
    return fake(f"sk-{scope}-", 74, seed) + fake("T3BlbkFJ", 74, seed + 1)
