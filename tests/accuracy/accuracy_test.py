"""Every labelled case classified right: the carrier's secret blocks, the decoy does not."""
from __future__ import annotations

from collections import Counter
from typing import List

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import LabelledCase, all_cases, classified_right

CASES: List[LabelledCase] = all_cases()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.category}-{c.file_name}")
def test_case_classified_right(engine: Engine, case: LabelledCase) -> None:
    assert classified_right(engine, case), (
        f"{'missed' if case.expects_secret else 'decoy blocked'}: {case.category} in {case.file_name} ({case.source})"
    )


def test_every_category_has_cases_both_ways_overall() -> None:
    # A measure of recall needs secrets, one of precision needs decoys; each category is one or
    # the other, and there are enough of each to mean something.
    kinds = Counter(case.expects_secret for case in CASES)
    assert kinds[True] >= 1 and kinds[False] >= 1, kinds
    for case in CASES:
        assert case.source.strip(), case.category


def test_a_private_key_labelled_as_its_base64_is_reported_by_the_key_it_decodes_to() -> None:
    """A set may label a PEM key block as the base64 it is written as (fastlane's `key_content:` with
    `is_key_content_base64: true`, a Secret's `tls.key`); a finding of the key block it decodes to (what
    secretfence reports, from its BEGIN) stands for it, a finding of another key or of a certificate does not."""
    import base64

    from secretfence.findings import Finding
    from tests.accuracy.labelled import reports

    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg9x2Kq7Lm4Zr8Wc1Tn5Vb3Ye0Ud6Ha2Jf\nQs7Pk1Xo"
    block = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n"
    labelled = base64.b64encode(block.encode()).decode()

    def finding(secret: str) -> Finding:
        return Finding.create(type="Private Key", filename="Fastfile", line_number=9, secret=secret, detector="t")

    assert reports(finding(block.strip()[5:]), labelled)  # (the key as found, from its BEGIN)
    assert reports(finding(labelled), labelled)
    other = block.replace("9x2Kq7", "0a0a0a")
    assert not reports(finding(other.strip()[5:]), labelled)  # another key
    certificate = base64.b64encode(block.replace("PRIVATE KEY", "CERTIFICATE").encode()).decode()
    assert not reports(finding(block.strip()[5:]), certificate)  # the label is no key


def test_a_basic_credential_labelled_as_written_is_reported_by_its_decoded_password() -> None:
    """A set may label an `Authorization: Basic …` value (or a password sent base64-encoded) as its
    base64; a finding of the password it encodes (what secretfence reports) stands for it, a finding
    of another value does not."""
    import base64

    from secretfence.findings import Finding
    from tests.accuracy.labelled import reports

    labelled = base64.b64encode(b"relay:5RO31qkjoENO6x").decode()

    def finding(secret: str) -> Finding:
        return Finding.create(type="Literal Credential", filename="a.conf", line_number=1, secret=secret, detector="t")

    assert reports(finding("5RO31qkjoENO6x"), labelled)
    assert reports(finding(labelled), labelled)
    assert not reports(finding("5RO31qkjoENO6"), labelled)  # not the whole password
    assert not reports(finding("relay"), labelled)  # the user is no secret
    # A password sent base64-encoded alone (SOAP's passwordData), labelled as written: the same (since stop 48).
    assert reports(finding("5RO31qkjoENO6x"), base64.b64encode(b"5RO31qkjoENO6x").decode())
    assert not reports(finding("5RO31qkjoENO6"), base64.b64encode(b"5RO31qkjoENO6x").decode())  # not all of it
    assert not reports(finding("\x01\x02\x03\x04\x05\x06"), base64.b64encode(b"\x01\x02\x03\x04\x05\x06").decode())  # not text
    key_alone = base64.b64encode(b"3f9c1e7a5b2d4c6e8a0b1d3f5e7c9a2b:").decode()  # (an API key as the user, no password)
    assert reports(finding("3f9c1e7a5b2d4c6e8a0b1d3f5e7c9a2b"), key_alone)
    assert not reports(finding("3f9c1e7a5b2d"), key_alone)  # not the whole key
    assert not reports(finding("deploy-user"), base64.b64encode(b"deploy-user:").decode())  # a name is no key
