"""The linear JwtTokenDetector and NpmDetector report what detect-secrets' own report."""
from __future__ import annotations

import random
from typing import List

import pytest
from detect_secrets.plugins.jwt import JwtTokenDetector as OriginalJwt
from detect_secrets.plugins.npm import NpmDetector as OriginalNpm

from secretfence.compat.detect_secrets.linear import JwtTokenDetector, NpmDetector

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"


def _lines(pieces: List[str], seed: int, count: int = 20_000) -> List[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


@pytest.mark.parametrize(
    ("fast", "original", "pieces"),
    [
        (JwtTokenDetector(), OriginalJwt(), ["eyJ", "eyJhbGciOiJIUzI1NiJ9", ".", "..", "a", "Z", "9", "_", "-", "=", ":", "[",
                                             "+", "/", " ", "\n", "eyJzdWIiOiIxIn0", JWT, "e", "y", "J"]),
        (NpmDetector(), OriginalNpm(), ["//", "/", "/:_authToken=", ":_authToken=", "npm_", "npm_x", " ", "\t", "\n",
                                        "0123456789abcdef0123456789abcdef-123", "a", "registry.npmjs.org", "-"]),
    ],
    ids=["jwt", "npm"],
)
def test_linear_plugin_reports_what_the_original_reports(fast, original, pieces: List[str]) -> None:  # type: ignore[no-untyped-def]
    found = 0
    for line in _lines(pieces, len(pieces)):
        expected = list(original.analyze_string(line))
        assert list(fast.analyze_string(line)) == expected, repr(line)
        found += bool(expected)
    assert 200 < found < 19_000
