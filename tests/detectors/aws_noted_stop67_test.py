"""Stop 67's blocked decoy (blind set NO): an AWS key id as a mapping's key whose value is a note in words (`{"AKIA…":
"old reports key (revoked)"}`, YAML's `AKIA…: rotated by ops in May`): an inventory kept in code, a warning as a table's
id column is. A one-word value, a paired secret, an assignment block.
Generated fakes only: seeds 8310300-8310399."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8310300
_KEY_ID = fakes.aws_key_id(_SEED + 1)
_SECRET_KEY = fakes.aws_secret_key(_SEED + 2)


def _key_ids(entry: str, after: str = "") -> str:
    return f"# IAM audit: keys disabled on 2026-09-01 (ids only)\nDISABLED_KEYS = {{\n    {entry}\n}}\n{after}REGION = \"eu-west-3\"\n"


_NOTED = f'"{_KEY_ID}": "old reports key (revoked)",'

# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    ("coop_reports/iam_audit.py", _key_ids(f'"{_KEY_ID}": "reports",'), _KEY_ID),
    ("coop_reports/iam_audit.py", _key_ids(_NOTED, f'SECRET = "{_SECRET_KEY}"\n'), _KEY_ID),
    ("coop_reports/iam_audit.py", f'KEY_ID = "{_KEY_ID}"  # old reports key (revoked)\n', _KEY_ID),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    ("coop_reports/iam_audit.py", _key_ids(_NOTED)),
    ("audit/retired-keys.yaml", f"retired:\n  {_KEY_ID}: rotated by ops in May\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:8]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:8]) for finding in found]


def test_a_noted_key_id_still_warns(engine: Engine) -> None:
    # (the inventory's key id is reported, as a warning: a table's id column's rule)
    found = [finding for finding in engine.scan_text("coop_reports/iam_audit.py", _key_ids(_NOTED)) if finding.secret == _KEY_ID]
    assert found and all(finding.confidence.value == "low" for finding in found)
