from __future__ import annotations

import pytest

from secretfence.kinds.aws import SecretfenceAwsDetector, account_id, is_placeholder_key_id

SECRET = "9dAkm3fHzLq2W+Rr8TnPq0VbXy7uKs1GeZo4HcJd"


def test_account_id_is_derived_from_the_key_id() -> None:
    # Worked example from the public write-ups of the key id encoding.
    assert account_id("ASIAY34FZKBOKMUTVV7A") == "609629065308"
    assert account_id("AKIA0ON7V2DD57PL3JXM") is None  # '0' is not base32: an older id


@pytest.mark.parametrize("key_id", ["AKIAIOSFODNN7EXAMPLE", "AKIAXXXXXXXXXXXXXXXX", "AKIATESTTESTTESTTEST"])
def test_placeholders(key_id: str) -> None:
    assert is_placeholder_key_id(key_id)


def test_id_and_secret_in_one_ini_section_are_paired() -> None:
    lines = ["[prod]", "aws_access_key_id = AKIA4NACSIJMDDNSEDTE", f"aws_secret_access_key = {SECRET}", "[other]", f"x = {SECRET[::-1]}"]
    matches = list(SecretfenceAwsDetector().find(lines, 1, "credentials"))
    assert [(m.secret, m.line_offset, m.details["part"]) for m in matches] == [
        ("AKIA4NACSIJMDDNSEDTE", 0, "access_key_id"),
        (SECRET, 1, "secret_access_key"),
    ]
    assert "paired with its secret access key" in matches[0].description
    assert "of account 8525" in matches[0].description


def test_pairing_stops_at_the_next_section() -> None:
    lines = ["[a]", "aws_access_key_id = AKIA4NACSIJMDDNSEDTE", "[b]", f"aws_secret_access_key = {SECRET}"]
    matches = list(SecretfenceAwsDetector().find(lines, 1, "credentials"))
    assert [m.secret for m in matches] == ["AKIA4NACSIJMDDNSEDTE"]


@pytest.mark.parametrize(
    "line",
    [
        f'"SecretAccessKey": "{SECRET}",',
        f"AWS_SECRET_ACCESS_KEY={SECRET}",
        f"aws_secret_access_key: {SECRET}",
        f's3 = boto3.client("s3", aws_secret_access_key="{SECRET}")',
        f"export AWS_SECRET_KEY='{SECRET}'",
    ],
)
def test_secret_access_key_by_name(line: str) -> None:
    assert [m.secret for m in SecretfenceAwsDetector().find([line], 0, "f")] == [SECRET]


def test_generic_secrets_are_what_the_former_regex_found() -> None:
    """The linear scan gives finditer's values of the regex it replaces (quadratic on a word
    like `keykeykey…`)."""
    import random
    import re

    from secretfence.prefilter.spec import fold
    from secretfence.kinds.aws import generic_secrets

    former = re.compile(
        r"(?i)(?:secret|token|key|password|pass|pwd|sk|credential)\w*"
        r"""["'\]]*\s*(?::=|=>|=|:)\s*["'`]?(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"""
    )
    value = "Zq8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5Aa/Ee+Uu"
    pieces = ["secret", "TOKEN", "key", "Key", "pass", "pwd", "\u017fk", "credential", "_", "x", "9", " ", "=", ":",
              ":=", "=>", '"', "'", "`", "]", value, value[:39], "+", "=", "\u00e9"]
    rng = random.Random(4)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(30_000)]
    found = 0
    for line in lines:
        expected = [m.group("value") for m in former.finditer(line)]
        assert list(generic_secrets(line, fold(line))) == expected, repr(line)
        found += bool(expected)
    assert 200 < found < 29_000


def test_every_key_id_on_a_line_gets_the_pairing_of_its_line() -> None:
    lines = ["AKIA4NACSIJMDDNSEDTE AKIAQWADE5R42RDZ4JEM", f"aws_secret_access_key = {SECRET}"]
    matches = list(SecretfenceAwsDetector().find(lines, 0, "credentials"))
    assert [(m.secret, m.line_offset, m.partner) for m in matches] == [
        ("AKIA4NACSIJMDDNSEDTE", 0, SECRET), (SECRET, 1, ""), ("AKIAQWADE5R42RDZ4JEM", 0, SECRET),
    ]


def _id_findings(filename: str, text: str) -> list:
    from secretfence.engine import Engine

    return [(f.line_number, f.confidence.value) for f in Engine().scan_text(filename, text) if f.type == "AWS Credentials"]


def test_a_table_listing_key_ids_with_no_secret_column_warns() -> None:
    from tests import fakes

    key_id = fakes.aws_key_id(3150200)
    audit = f"service,key_name,key_id,last4,created\nMailgun,crew,0fd41fec,7c1f,2025-09-18\nAWS,uploader,{key_id},n/a,2025-02-14\n"
    assert _id_findings("exports/keys_audit.csv", audit) == [(3, "low")]
    listed = f"UserName,AccessKeyId,Status,CreateDate\nbackup,{key_id},Active,2025-02-14T09:12:00Z\n"
    assert _id_findings("iam/list-access-keys.csv", listed) == [(2, "low")]
    assert _id_findings("keys.tsv", listed.replace(",", "\t")) == [(2, "low")]


@pytest.mark.parametrize(
    ("filename", "template"),
    [
        # the console's credentials download names its secret's column
        ("new_user_credentials.csv", "User name,Password,Access key ID,Secret access key,Console login link\nbob,,{id},{secret},https://x\n"),
        # a secret column, even an empty cell of it: a credential table, not an inventory
        ("keys.csv", "service,key_id,secret,created\nAWS,{id},,2025-02-14\n"),
        # the column does not say id
        ("keys.csv", "service,aws_key,created\nAWS,{id},2025-02-14\n"),
        # a secret beside the id pairs it whatever the header says
        ("keys.csv", "service,key_id,last4\nAWS,{id},n/a\n# aws_secret_access_key = {secret}\n"),
        # not a table
        ("notes.txt", "key_id,{id}\n"),
    ],
)
def test_a_key_id_outside_an_inventory_of_ids_still_blocks(filename: str, template: str) -> None:
    from tests import fakes

    text = template.format(id=fakes.aws_key_id(3150202), secret=fakes.aws_secret_key(3150203))
    assert (2 if filename != "notes.txt" else 1, "high") in _id_findings(filename, text)
