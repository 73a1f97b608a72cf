"""Decoys of detect-secrets' format plugins: a placeholder after a valid prefix only warns (issue 14)."""
from __future__ import annotations

import pytest

from secretfence.compat.detect_secrets.plugins import is_placeholder_token, refine
from secretfence.findings import HIGH, LOW
from tests.fakes import github_token


@pytest.mark.parametrize("token", [
    "ghp_" + "x" * 36, "ghp_" + "0" * 36, "xoxb-" + "1234" * 6, "sk_live_" + "X" * 24, "ghp_EXAMPLEa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5",
    "glpat-" + "ab" * 10, "npm_" + "FAKE" * 9,
])
def test_placeholders_after_a_valid_prefix_are_warnings(token: str) -> None:
    assert is_placeholder_token(token)
    assert refine("GitHubTokenDetector", [f"GITHUB_TOKEN={token}\n"], 0, token) == (
        LOW, "placeholder token (repeated characters or a word that says it is made up)")


@pytest.mark.parametrize("seed", range(20))
def test_generated_tokens_still_block(seed: int) -> None:
    token = github_token(seed)
    assert not is_placeholder_token(token)
    assert refine("GitHubTokenDetector", [f"GITHUB_TOKEN={token}\n"], 0, token) == (HIGH, "")
