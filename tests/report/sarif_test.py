"""SARIF output validates against the official SARIF 2.1.0 schema (vendored in tests/data)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from secretfence.kinds.pypi_token import encode_token
from tests.conftest import assert_no_plaintext, write

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json").read_text())
TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
TOKEN = encode_token("pypi.org", "9c8b7a6d-0000-4000-8000-000000000002", [[3, "x"]])


def _validate(text: str) -> dict:
    document = json.loads(text)
    jsonschema.validate(document, SCHEMA)
    return document


def test_scan_sarif_is_valid_with_rules_locations_and_fingerprints(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "src" / "bot.py", f"import os\nTOKEN = '{TELEGRAM}'\n")
    code, out, _ = run_cli("scan", "--format", "sarif", "src/bot.py")
    assert code == 1
    document = _validate(out)
    run = document["runs"][0]
    (result,) = run["results"]
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == result["ruleId"] == "SecretfenceTelegramDetector"
    assert "/revoke" in rule["help"]["text"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "src/bot.py" and location["region"] == {"startLine": 2}
    assert result["partialFingerprints"]["secretHash/v1"].startswith("Telegram Bot API Token:")
    assert result["level"] == "error"
    assert_no_plaintext(out, TELEGRAM)


def test_fingerprint_is_stable_when_lines_move(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    first = json.loads(run_cli("scan", "--format", "sarif", "bot.py")[1])["runs"][0]["results"][0]
    write(tmp_path / "bot.py", f"\n\n# moved\nTOKEN = '{TELEGRAM}'\n")
    second = json.loads(run_cli("scan", "--format", "sarif", "bot.py")[1])["runs"][0]["results"][0]
    assert first["partialFingerprints"] == second["partialFingerprints"]
    assert first["locations"][0]["physicalLocation"]["region"] != second["locations"][0]["physicalLocation"]["region"]


def test_check_dist_sarif_nests_archive_members(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    with zipfile.ZipFile(tmp_path / "dist" / "p-1.0-py3-none-any.whl", "w") as archive:
        archive.writestr("p/release.py", f"T = '{TOKEN}'\n")
        archive.writestr("p/settings.py", 'password_hint = "correct-horse-battery-staple-42"\n')
    code, out, _ = run_cli("check-dist", "--format", "sarif")
    assert code == 1
    run = _validate(out)["runs"][0]
    assert run["artifacts"][:2] == [
        {"location": {"uri": "dist/p-1.0-py3-none-any.whl"}},
        {"location": {"uri": "p/release.py"}, "parentIndex": 0},
    ]
    levels = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["level"] for r in run["results"]}
    assert levels == {"p/release.py": "error", "p/settings.py": "warning"}
    assert_no_plaintext(out, TOKEN)


@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_no_format_ever_shows_a_whole_secret(tmp_path: Path, monkeypatch, run_cli, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    secrets = {
        "a.env": ("REDIS_URL=redis://:Hq7pLr2Vx9qzT4@cache.internal:6379/0", "Hq7pLr2Vx9qzT4"),
        "b.py": (f"T = '{TOKEN}'", TOKEN),
        "c.ini": ("[default]\naws_access_key_id = AKIA4NACSIJMDDNSEDTE\naws_secret_access_key = 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",
                  "9dAkm3fHzLq2W+Rr8TnPq0VbXy7uKs1GeZo4HcJd"),
    }
    for name, (text, _) in secrets.items():
        write(tmp_path / name, text + "\n")
    code, out, err = run_cli("scan", "--format", fmt, *secrets)
    assert code == 1
    assert_no_plaintext(out + err, *(secret for _, secret in secrets.values()), "AKIA4NACSIJMDDNSEDTE")
