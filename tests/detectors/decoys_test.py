"""Decoys of detect-secrets' format plugins: a placeholder after a valid prefix only warns (issue 14)."""
from __future__ import annotations

import pytest

from secretfence.compat.detect_secrets.plugins import is_placeholder_token, refine
from secretfence.findings import HIGH, LOW
from tests.fakes import drawn, github_token


@pytest.mark.parametrize("token", [
    "ghp_" + "x" * 36, "ghp_" + "0" * 36, "xoxb-" + "1234" * 6, "sk_live_" + "X" * 24, "ghp_EXAMPLEa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5",
    "glpat-" + "ab" * 10, "npm_" + "FAKE" * 9,
    # (an alphabet's run in order, up or down, as documentation writes a key's shape: Mailchimp's `-us21` after it)
    "0123456789abcdef0123456789abcdef-us21", "abcdef0123456789abcdef0123456789-us6", "fedcba9876543210fedcba9876543210-us21",
    "ghp_0123456789abcdefghijklmnopqrstuvwxyz", "sk_live_" + "1234567890" * 3,
])
def test_placeholders_after_a_valid_prefix_are_warnings(token: str) -> None:
    assert is_placeholder_token(token)
    assert refine("GitHubTokenDetector", [f"GITHUB_TOKEN={token}\n"], 0, token) == (
        LOW, "placeholder token (repeated characters, an alphabet in order, or a word that says it is made up)")


@pytest.mark.parametrize("seed", range(20))
def test_generated_tokens_still_block(seed: int) -> None:
    token = github_token(seed)
    assert not is_placeholder_token(token)
    assert refine("GitHubTokenDetector", [f"GITHUB_TOKEN={token}\n"], 0, token) == (HIGH, "")


@pytest.mark.parametrize("token", [
    "0123456789abcdef" + drawn(2290100, 16, "0123456789abcdef") + "-us21",  # (a run at the head only: drawn after it)
    drawn(2290101, 32, "0123456789abcdef") + "-us21",
    "ghp_" + drawn(2290102, 26) + "0123456789",
])
def test_a_run_in_part_of_a_token_is_no_placeholder(token: str) -> None:
    assert not is_placeholder_token(token)
