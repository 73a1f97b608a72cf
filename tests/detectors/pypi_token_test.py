from __future__ import annotations

import pytest

from secretfence.kinds.pypi_token import SecretfencePypiTokenDetector, decode_token, encode_token
from secretfence.findings import HIGH, LOW, MEDIUM

UUID = "0d6bd2cc-0f0e-4c3a-8f7a-0e4b5f3c2a11"


@pytest.mark.parametrize(
    ("location", "caveats", "scope", "projects"),
    [
        ("pypi.org", [[3, UUID]], "user", []),
        ("pypi.org", [{"version": 1, "permissions": "user"}], "user", []),
        ("test.pypi.org", [[1, ["alpha", "beta"]]], "projects", ["alpha", "beta"]),
        ("pypi.org", [[2, ["5c0a3a2e"]]], "projects", ["5c0a3a2e"]),
        ("pypi.org", [{"version": 1, "permissions": {"projects": ["gamma"]}}], "projects", ["gamma"]),
        ("pypi.org", [[3, UUID], [1, ["delta"]]], "projects", ["delta"]),  # caveats narrow each other
        ("pypi.org", [[4, "publisher-id", "ref"]], "trusted-publishing", []),
        ("pypi.org", [], "unknown", []),
    ],
)
def test_decode_reports_scope(location: str, caveats: list, scope: str, projects: list) -> None:
    info = decode_token(encode_token(location, UUID, caveats))
    assert info is not None
    assert (info.location, info.identifier, info.scope, info.projects) == (location, UUID, scope, projects)
    assert info.index_url == f"https://{location}"


def test_expiry_from_new_and_legacy_caveats() -> None:
    new = decode_token(encode_token("pypi.org", UUID, [[0, 4102444800, 1700000000], [3, UUID]]))
    legacy = decode_token(encode_token("pypi.org", UUID, [{"exp": 1000, "nbf": 10}, {"permissions": "user", "version": 1}]))
    assert new is not None and (new.expires, new.not_before, new.is_expired()) == (4102444800, 1700000000, False)
    assert legacy is not None and (legacy.expires, legacy.is_expired()) == (1000, True)
    assert "expired 1970-01-01 00:16 UTC" in legacy.summary()


def test_expired_token_is_reported_with_medium_confidence() -> None:
    token = encode_token("pypi.org", UUID, [{"exp": 1000, "nbf": 10}])
    matches = list(SecretfencePypiTokenDetector().find([f"t = '{token}'"], 0, "x.py"))
    assert [(m.secret, m.confidence) for m in matches] == [(token, MEDIUM)]


@pytest.mark.parametrize("text", ["pypi-AgEI", "pypi-notatoken" + "A" * 80, "pypi-Ag" + "%" * 80])
def test_non_tokens_do_not_decode(text: str) -> None:
    assert decode_token(text) is None


def test_undecodable_documented_prefix_is_low_confidence() -> None:
    token = "pypi-AgEIcHlwaS5vcmc" + "CJ" + "x" * 90
    matches = list(SecretfencePypiTokenDetector().find([token], 0, "notes.txt"))
    assert [(m.confidence, m.details["scope"]) for m in matches] == [(LOW, "undecodable")]


def test_user_wide_summary_says_what_it_can_do() -> None:
    token = encode_token("pypi.org", UUID, [[3, UUID]])
    (match,) = SecretfencePypiTokenDetector().find([token], 0, "x")
    assert match.confidence == HIGH
    assert match.description == "user-wide PyPI token for pypi.org: can publish any of the account's projects"
    assert match.details["token_id"] == UUID
