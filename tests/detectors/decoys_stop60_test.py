"""Stop 60's decoys blocked by mistake, each a form of its own: a label naming a digest of a credential (`Fingerprint of
the revoked key (sha256): `…``); and the true samples beside it that still block. Generated fakes only: every value is
built here from a seeded generator (seeds 5740000-5749999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 5741000


def _hex(seed: int, length: int) -> str:
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


def _chosen(seed: int) -> str:
    generator = random.Random(_SEED + seed)
    return (generator.choice(("Harbor", "Quill", "Maple", "Cobalt")) + generator.choice("!#$%*@")
            + generator.choice(("Tundra", "Orchid", "Falcon", "Basalt")) + str(generator.randint(100, 9999)))


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a digest's word after the `of` names what the password is for, not a digest of it
    ("notes/hash-service.txt", f"- Password of the hash service: `{_chosen(1)}`\n", _chosen(1)),
    ("notes/digest-db.txt", f"- Password of the digest database: `{_chosen(2)}`\n", _chosen(2)),
    ("config/gateway.py", f'API_KEY = "{fakes.drawn_mixed(_SEED + 3, 32)}"\n', fakes.drawn_mixed(_SEED + 3, 32)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a label naming a digest of the key, as an incident's write-up keeps one to recognise the key
    ("docs/incidents/2025-08-key.md", f"- Fingerprint of the revoked key (sha256): `{_hex(10, 64)}`\n"),
    ("docs/incidents/2025-09-token.md", f"- SHA-256 of the old token: `{_hex(11, 64)}`\n"),
    ("notes/rotation.txt", f'fingerprint_of_key = "{_hex(12, 64)}"\n'),
    ("notes/rotation2.txt", f"Checksum of the API key: {_hex(13, 40)}\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
