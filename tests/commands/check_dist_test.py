from __future__ import annotations

import json
import zipfile
from pathlib import Path

from secretfence.detectors.pypi_token import encode_token
from tests.conftest import assert_no_plaintext, write

TOKEN = encode_token("pypi.org", "1b2c3d4e-0000-4000-8000-000000000001", [[1, ["tinypkg"]]])


def _wheel(path: Path, members: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


def test_blocks_on_a_token_and_names_the_member(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {"p/__init__.py": "", "p/release.py": f"T = '{TOKEN}'\n"})
    code, out, _ = run_cli("check-dist", "--json")
    assert code == 1
    document = json.loads(out)
    (entry,) = document["results"]["dist/p-1.0-py3-none-any.whl!p/release.py"]
    assert (entry["type"], entry["line_number"], entry["details"]["scope"]) == ("PyPI API Token", 1, "projects")
    assert_no_plaintext(out, TOKEN)


def test_generic_and_fixture_hits_warn_but_do_not_block(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {
        "p/settings.py": 'password = "correct-horse-battery-staple-42"\n',
        "p/tests/test_keys.py": "KEY = '''-----BEGIN RSA PRIVATE KEY-----\nMIIB...\n'''\n",
    })
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 0
    assert "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/settings.py:1: Secret Keyword  cor…-42" in out
    assert "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/tests/test_keys.py:1: Private Key  BEG…EY" in out
    assert out.rstrip().endswith("— ok (exit 0)")


def test_team_policy_can_block_generic_hits(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", '[tool.secretfence.upload]\nblock = "low"\n')
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {"p/settings.py": 'password = "correct-horse-battery-staple-42"\n'})
    assert run_cli("check-dist")[0] == 1


def test_audited_false_positive_in_the_repo_is_accepted_inside_the_artifact(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "src" / "p" / "release.py", f"T = '{TOKEN}'\n")
    write(temp_git_dir / "pyproject.toml", '[tool.secretfence]\nbaseline = "baseline/secrets.baseline"\n')
    assert run_cli("baseline", "create", "src")[0] == 0
    _wheel(temp_git_dir / "dist" / "p-1.0-py3-none-any.whl", {"p/release.py": f"T = '{TOKEN}'\n"})
    assert run_cli("check-dist")[0] == 1  # in the baseline, but not audited: the release gate still blocks
    from secretfence.baseline import Baseline

    baseline = Baseline.load("baseline/secrets.baseline")
    for entry in baseline.results.values():
        entry["is_secret"] = False
    baseline.save()
    code, out, _ = run_cli("check-dist")
    assert code == 0 and "1 accounted for by the baseline" in out


def test_corrupt_artifact_is_one_clear_error(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "p-1.0.tar.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    code, out, err = run_cli("check-dist")
    assert code == 2
    assert "error: dist/p-1.0.tar.gz: corrupt or truncated archive" in out
    assert "Traceback" not in out + err


def test_no_artifacts_is_an_error(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    code, _, err = run_cli("check-dist")
    assert (code, err.strip()) == (2, "secretfence: error: no wheels or sdists found in dist")


def test_if_present_passes_when_nothing_is_built(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("check-dist", "--if-present", "dist")
    assert (code, out.strip(), err) == (0, "secretfence check-dist: nothing built to check — ok (exit 0)", "")
    assert run_cli("check-dist", "dist")[0] == 2  # without it, a missing dist/ is an error
