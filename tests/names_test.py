"""Names are scanned like content and shown masked (review defect 14, issue 18).

File, directory and archive member names were printed whole (and stored twice in the baseline)
without being scanned, and errors quoted member names whole. Every test here plants generated
secrets in names and checks the finding, the masked spelling, and that no whole secret is shown.
"""
from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile
from pathlib import Path
from typing import Dict

import pytest

from secretfence.redact import mask
from tests.conftest import assert_no_plaintext, git, write
from tests.fakes import aws_key_id, github_token, pypi_token, telegram_token
from tests.hostile.archives_cases import directory_entries, patch_entry, zip_bytes

PYPI, GITHUB, TELEGRAM, KEY_ID = pypi_token(11), github_token(12), telegram_token(13), aws_key_id(14)
ALL = (PYPI, GITHUB, TELEGRAM, KEY_ID)
PYPI_WHAT = "user-wide PyPI token for pypi.org: can publish any of the account's projects"


def _json(out: str) -> Dict:
    return json.loads(out)


def _kinds(document: Dict, section: str = "results") -> Dict[str, list]:
    return {name: [(entry["type"], entry["line_number"], entry["details"].get("found_in")) for entry in entries]
            for name, entries in document[section].items()}


def test_a_token_in_a_file_name_is_a_finding_shown_masked(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / f"{PYPI}.py", f'k = "{KEY_ID}"\n')
    code, out, err = run_cli("scan", "--no-baseline", ".")
    assert (code, err) == (1, "")
    assert out.splitlines()[:3] == [
        f"{mask(PYPI)}.py",
        f"  name: PyPI API Token  {mask(PYPI)}",
        f"    what: in the name itself: {PYPI_WHAT}",
    ]
    assert f"  line 1: AWS Credentials  {mask(KEY_ID)}" in out
    assert_no_plaintext(out, *ALL)
    code, out, err = run_cli("scan", "--no-baseline", "--json", ".")
    assert _kinds(_json(out)) == {f"{mask(PYPI)}.py": [("PyPI API Token", 0, "name"), ("AWS Credentials", 1, None)]}
    assert _json(out)["results"][f"{mask(PYPI)}.py"][1]["details"]["part"] == "access_key_id"  # the detector's own
    assert_no_plaintext(out + err, *ALL)
    code, out, err = run_cli("scan", "--no-baseline", "--format", "sarif", ".")
    (run,) = _json(out)["runs"]
    assert [artifact["location"]["uri"] for artifact in run["artifacts"]] == [f"{mask(PYPI)}.py"]
    assert [(result["ruleId"], "region" in result["locations"][0]["physicalLocation"]) for result in run["results"]] == [
        ("SecretfencePypiTokenDetector", False), ("SecretfenceAwsDetector", True)]
    assert_no_plaintext(out + err, *ALL)


def test_a_directory_named_after_a_token_is_reported_once(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    for relative in ("a.py", "b.py", "sub/c.py"):
        write(tmp_path / f"cfg_{GITHUB}" / relative, "x = 1\n")
    code, out, err = run_cli("scan", "--no-baseline", "--json", ".")
    document = _json(out)
    assert (code, err, document["summary"]["files_scanned"]) == (1, "", 3)
    assert _kinds(document) == {f"cfg_{mask(GITHUB)}": [("GitHub Token", 0, "name")]}
    assert_no_plaintext(out, GITHUB)


@pytest.mark.parametrize("make", ["dangling link", "missing"])
def test_an_unreadable_input_named_after_a_token_is_masked_in_its_error(tmp_path: Path, monkeypatch, run_cli,
                                                                         make: str) -> None:
    monkeypatch.chdir(tmp_path)
    name = f"key_{TELEGRAM}"
    if make == "dangling link":
        os.symlink("nowhere", name)
        reason = "dangling symbolic link (its target does not exist)"
    else:
        reason = "no such file or directory"
    code, out, err = run_cli("scan", name)
    assert (code, err) == (2, "")
    assert f"error: key_{mask(TELEGRAM)}: {reason}" in out.splitlines()
    assert f"  name: Telegram Bot API Token  {mask(TELEGRAM)}" in out.splitlines()
    assert_no_plaintext(out, TELEGRAM)


def test_an_excluded_file_name_is_masked_but_not_reported(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", '[tool.secretfence]\nexclude = ["^vendor/"]\n')
    write(tmp_path / "vendor" / f"{GITHUB}.py", "x = 1\n")
    code, out, err = run_cli("scan", "--no-baseline", "vendor")
    assert (code, err) == (0, "")
    assert f"skipped: vendor/{mask(GITHUB)}.py: excluded by configuration" in out.splitlines()
    assert_no_plaintext(out, GITHUB)


def test_the_baseline_stores_masked_names_that_match_on_the_next_run(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / f"{PYPI}.py", f'k = "{KEY_ID}"\n')
    write(temp_git_dir / f"d_{GITHUB}" / "bot.py", f'T = "{TELEGRAM}"\n')
    write(temp_git_dir / "app.py", "x = 1\n")
    git(temp_git_dir, "add", "-A")
    git(temp_git_dir, "commit", "-qm", "files named after secrets", "--no-verify")
    code, out, err = run_cli("baseline", "create")
    assert code == 0, err
    stored = (temp_git_dir / "baseline" / "secrets.baseline").read_text()
    assert_no_plaintext(out + err + stored, *ALL)
    results = json.loads(stored)["results"]
    assert {name: sorted(entry["type"] for entry in entries) for name, entries in results.items()} == {
        f"{mask(PYPI)}.py": ["AWS Credentials", "PyPI API Token"],
        f"d_{mask(GITHUB)}": ["GitHub Token"],
        f"d_{mask(GITHUB)}/bot.py": ["Telegram Bot API Token"],
    }
    assert "line_number" not in results[f"d_{mask(GITHUB)}"][0]  # a name has no line
    for argv in (["scan"], ["scan", "--staged", f"{PYPI}.py", f"d_{GITHUB}"], ["scan", f"{PYPI}.py", f"d_{GITHUB}"]):
        code, out, err = run_cli(*argv)
        assert (code, err) == (0, ""), (argv, out)
        assert "4 accounted for by the baseline" in out, (argv, out)
        assert_no_plaintext(out, *ALL)
    code, out, err = run_cli("baseline", "update")
    assert (code, out.strip()) == (0, "secretfence: baseline/secrets.baseline is up to date (4 finding(s))"), err
    # A new file in the same directory: its content is new, the directory's name is known.
    write(temp_git_dir / f"d_{GITHUB}" / "more.py", "y = 2\n")
    git(temp_git_dir, "add", "-A")
    code, out, err = run_cli("scan", "--staged")
    assert (code, err) == (0, ""), out
    assert out.strip() == "secretfence scan: no new secrets, 1 accounted for by the baseline, 1 file scanned — ok (exit 0)"


def test_staged_file_names_are_scanned(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "conf" / f"{TELEGRAM}.txt", "hello\n")
    git(temp_git_dir, "add", "-A")
    code, out, err = run_cli("scan", "--staged", "--json")
    assert (code, err) == (1, "")
    assert _kinds(_json(out)) == {f"conf/{mask(TELEGRAM)}.txt": [("Telegram Bot API Token", 0, "name")]}
    assert_no_plaintext(out, TELEGRAM)


# --- archive members --------------------------------------------------------------------------


def _sdist(members: Dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_member_names_are_scanned_at_the_upload_gate(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    nested = zip_bytes({"inner.txt": b"x = 1\n", f"deep/{KEY_ID}.json": b"{}\n"})
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "p-1.0-py3-none-any.whl").write_bytes(
        zip_bytes({"p/__init__.py": b"", f"p/{GITHUB}.py": b"x = 1\n", f"p/data_{TELEGRAM}.zip": nested}))
    (tmp_path / "dist" / "p-1.0.tar.gz").write_bytes(_sdist({"p-1.0/PKG-INFO": b"Name: p\n", f"p-1.0/{PYPI}.cfg": b"[x]\n"}))
    code, out, err = run_cli("check-dist", "--json", "dist")
    assert (code, err) == (1, "")
    wheel = "dist/p-1.0-py3-none-any.whl"
    assert _kinds(_json(out)) == {
        f"{wheel}!p/{mask(GITHUB)}.py": [("GitHub Token", 0, "name")],
        f"{wheel}!p/data_{mask(TELEGRAM)}.zip": [("Telegram Bot API Token", 0, "name")],
        f"{wheel}!p/data_{mask(TELEGRAM)}.zip!deep/{mask(KEY_ID)}.json": [("AWS Credentials", 0, "name")],
        f"dist/p-1.0.tar.gz!p-1.0/{mask(PYPI)}.cfg": [("PyPI API Token", 0, "name")],
    }
    assert_no_plaintext(out, *ALL)
    code, out, err = run_cli("check-dist", "--format", "sarif", "dist")
    uris = [artifact["location"]["uri"] for artifact in _json(out)["runs"][0]["artifacts"]]
    assert f"data_{mask(TELEGRAM)}.zip" in " ".join(uris) and code == 1
    assert_no_plaintext(out + err, *ALL)


def _zip_with_local_name(central: str, local: str) -> bytes:
    """A zip whose entry is named `central` in the directory and `local` in its local header."""
    assert len(central) == len(local)
    raw = bytearray(zip_bytes({central: b"x = 1\n"}))
    (_, fields) = directory_entries(bytes(raw))[0]
    start = fields[16] + 30
    assert raw[start:start + len(central)] == central.encode()
    raw[start:start + len(local)] = local.encode()
    return bytes(raw)


def _bad_crc(name: str) -> bytes:
    raw = zip_bytes({"p/__init__.py": b"", name: b"x = 1\n"})
    (_, fields) = directory_entries(raw)[1]
    return patch_entry(raw, 1, crc=fields[7] ^ 0xFFFF)


def _encrypted(name: str) -> bytes:
    raw = zip_bytes({name: b"x = 1\n"})
    (_, fields) = directory_entries(raw)[0]
    return patch_entry(raw, 0, flags=fields[3] | 0x1)


@pytest.mark.parametrize(("label", "make", "line"), [
    ("bad CRC", lambda: _bad_crc(f"p/{GITHUB}.py"),
     f"error: dist/x-1.0-py3-none-any.whl: member 'p/{mask(GITHUB)}.py' has a bad CRC-32"),
    ("encrypted", lambda: _encrypted(f"p/{GITHUB}.py"),
     f"error: dist/x-1.0-py3-none-any.whl: member 'p/{mask(GITHUB)}.py' is encrypted and cannot be scanned"),
    ("header name", lambda: _zip_with_local_name(f"p/{GITHUB}.py", "p/" + "a" * len(GITHUB) + ".py"),
     f"error: dist/x-1.0-py3-none-any.whl: member 'p/{mask(GITHUB)}.py' has another name in its local header"),
], ids=["bad CRC", "encrypted", "header name"])
def test_member_names_in_archive_errors_are_masked(tmp_path: Path, monkeypatch, run_cli, label, make, line) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "dist" / "x-1.0-py3-none-any.whl", "")
    (tmp_path / "dist" / "x-1.0-py3-none-any.whl").write_bytes(make())
    code, out, err = run_cli("check-dist")
    assert (code, err) == (2, ""), label
    assert line in out.splitlines(), out
    assert_no_plaintext(out, GITHUB)


def test_a_name_only_the_local_header_holds_is_scanned(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    plain = "p/" + "a" * len(GITHUB) + ".py"
    write(tmp_path / "dist" / "x-1.0-py3-none-any.whl", "")
    (tmp_path / "dist" / "x-1.0-py3-none-any.whl").write_bytes(_zip_with_local_name(plain, f"p/{GITHUB}.py"))
    code, out, err = run_cli("check-dist", "--json")
    document = _json(out)
    assert (code, err) == (2, "")
    assert _kinds(document) == {f"dist/x-1.0-py3-none-any.whl!<local name of {plain}>": [("GitHub Token", 1, None)]}
    assert_no_plaintext(out, GITHUB)


def test_a_damaged_nested_member_named_after_a_token_warns_masked(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    wheel = zip_bytes({"p/__init__.py": b"", "p/fixture.zip": _bad_crc(f"t/{TELEGRAM}.txt")})
    write(tmp_path / "dist" / "x-1.0-py3-none-any.whl", "")
    (tmp_path / "dist" / "x-1.0-py3-none-any.whl").write_bytes(wheel)
    code, out, err = run_cli("check-dist")
    assert (code, err) == (1, "")  # the name blocks; the damage only warns
    member = f"dist/x-1.0-py3-none-any.whl!p/fixture.zip!t/{mask(TELEGRAM)}.txt"
    assert f"  name: Telegram Bot API Token  {mask(TELEGRAM)}" in out.splitlines()
    assert ("warning (not blocking): dist/x-1.0-py3-none-any.whl!p/fixture.zip: Unreadable Nested Archive "
            f"(member 't/{mask(TELEGRAM)}.txt' has a bad CRC-32; the readable part of it was scanned)") in out.splitlines()
    assert member in out.splitlines()
    assert_no_plaintext(out, TELEGRAM)


def test_an_artifact_named_after_a_token_is_masked_in_the_error(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("check-dist", f"dist/{PYPI}.whl")
    assert (code, out) == (2, "")
    assert err == f"secretfence: error: dist/{mask(PYPI)}.whl: no such file or directory\n"


def test_holder_is_the_component_that_holds_the_secret() -> None:
    from secretfence.names import holder

    assert holder(f"a/b_{GITHUB}/c/d.py", GITHUB) == f"a/b_{GITHUB}"
    assert holder(f"dist/x.whl!p/{GITHUB}.zip!inner.txt", GITHUB) == f"dist/x.whl!p/{GITHUB}.zip"
    assert holder(f"dist/x.whl!<comment of p/{GITHUB}/x.py>", GITHUB) == f"dist/x.whl!<comment of p/{GITHUB}/x.py>"
    assert holder(f"{GITHUB}.py", GITHUB) == f"{GITHUB}.py"


def test_names_are_scanned_in_batches_as_one_pseudo_file() -> None:
    from secretfence.engine import Engine

    names = [f"src/m{index}.py" for index in range(10_000)] + [f"x/{GITHUB}/y.py", f"k_{TELEGRAM}", "a\nb"]
    found = Engine().scan_names(names)
    assert [(index, [f.type for f in findings]) for index, findings in enumerate(found) if findings] == [
        (10_000, ["GitHub Token"]), (10_001, ["Telegram Bot API Token"])]
