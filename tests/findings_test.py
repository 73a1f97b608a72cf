"""Closed sets are enums (findings.Confidence, Verification, Part) that every output shows as the
same words as before: "high", "dead", "access_key_id", never "Confidence.HIGH"."""
from __future__ import annotations

import json
from secretfence._dataclass import replace
from enum import Enum
from typing import List

import pytest

from secretfence.findings import Confidence, Finding, Part, Verification
from secretfence.report import ScanReport
from secretfence.report import json as json_report
from secretfence.report import sarif

MEMBERS: List[Enum] = [*Confidence, *Verification, *Part]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: str(member))
def test_a_member_is_its_word_wherever_it_is_printed(member: Enum) -> None:
    word = member.value
    assert member == word and hash(member) == hash(word)
    assert (str(member), f"{member}", "%s" % member, f"{member:>3}") == (word, word, word, f"{word:>3}")
    assert json.dumps({member: member}) == json.dumps({word: word})


def test_the_words_are_the_ones_outputs_always_had() -> None:
    assert [member.value for member in Confidence] == ["high", "medium", "low"]
    assert [member.value for member in Verification] == ["live", "dead", "unknown"]
    assert [member.value for member in Part] == ["access_key_id", "secret_access_key", "session_token"]


def _verified_key_id() -> Finding:
    finding = Finding.create(
        type="AWS Access Key", filename="app.py", line_number=3, secret="AKIAZ3MSJV4WWNKWW4TA",  # pragma: allowlist secret
        detector="SecretfenceAwsDetector", confidence=Confidence.HIGH, description="AWS access key id",
        details={"part": Part.ACCESS_KEY_ID, "account_id": "", "paired": False},
    )
    return replace(finding, verification=Verification.DEAD, verification_detail="STS rejected the key (InvalidClientTokenId)")


def test_json_and_sarif_carry_plain_strings() -> None:
    report = ScanReport(command="scan", findings=[_verified_key_id()], files_scanned=1)
    entry = json.loads(json_report.render(report))["results"]["app.py"][0]
    assert (entry["confidence"], entry["verification"], entry["details"]["part"]) == ("high", "dead", "access_key_id")
    properties = json.loads(sarif.render(report))["runs"][0]["results"][0]["properties"]
    assert (properties["confidence"], properties["verification"]) == ("high", "dead")
    # Built with .value: exactly str, so no serializer or template downstream sees an Enum.
    plain = _verified_key_id().to_json()
    assert {type(plain["confidence"]), type(plain["verification"]), type(plain["details"]["part"])} == {str}
