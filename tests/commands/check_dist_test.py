from __future__ import annotations

import gzip
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest

from secretfence.kinds.pypi_token import encode_token
from tests.conftest import assert_no_plaintext, write
from tests.hostile.archives_cases import (
    SECRET_LINE,
    directory_entries,
    patch_entry,
    rebuild_directory,
    small_sdist,
    small_wheel,
    tar_bytes,
    zip_bytes,
)
from tests.hostile.archives_cases import TOKEN as TELEGRAM

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
        # A keyword hit on a key that names no credential (a hint) stays a heuristic.
        "p/settings.py": 'password_hint = "correct-horse-battery-staple-42"\n',
        "p/tests/test_keys.py": "KEY = '''-----BEGIN RSA PRIVATE KEY-----\nMIIB...\n'''\n",
    })
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 0
    assert "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/settings.py:1: Secret Keyword  cor…-42" in out
    assert "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/tests/test_keys.py:1: Private Key  BEG…EY" in out
    assert out.rstrip().endswith("— ok (exit 0)")


@pytest.mark.parametrize("member", ["p/tests/conftest.py", "p/tests/fixtures/workspace.json", "p/examples/demo.py"])
def test_a_format_specific_token_in_a_fixture_path_still_blocks(tmp_path: Path, monkeypatch, run_cli, member: str) -> None:
    # A live-mode Stripe key (or a Slack token) under tests/ ships and works like anywhere else;
    # the made-up ones fixtures hold declare themselves and only warn (next test).
    from tests.fakes import fake

    live = fake("sk_live_", 24, 4101)
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {member: f'STRIPE_KEY = "{live}"\n'})
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 1
    # (shown by its known prefix, two characters and the last two: `sk_live_` is a mask prefix since Culqi's keys)
    assert f"dist/p-1.0-py3-none-any.whl!{member}\n  line 1: Stripe Access Key  sk_live_{live[8:10]}…{live[-2:]}" in out
    assert "1 new secret in 1 file" in out
    assert_no_plaintext(out, live)


def test_a_declared_fake_token_in_a_fixture_path_only_warns(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl",
           {"p/tests/test_billing.py": 'STRIPE_KEY = "sk_live_EXAMPLE0000000000000000"\n'})
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 0
    assert out.rstrip().endswith("— ok (exit 0)")


def test_a_twilio_sid_in_the_docs_only_warns(tmp_path: Path, monkeypatch, run_cli) -> None:
    # The AWS CLI's own wheel prints a Twilio account SID in an example: an identifier, not the
    # auth token; blocking it would block the release of awscli.
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl",
           {"p/examples/connector.rst": '"TwilioAccountSid": "AC1a2b3c4d5e6f708192a3b4c5d6e7f8a9"\n'})
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 0
    assert "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/examples/connector.rst:1: Twilio API Key" in out


def test_a_literal_password_under_a_credential_key_blocks_where_it_ships(tmp_path: Path, monkeypatch, run_cli) -> None:
    """A keyword hit that is a literal credential assigned to a credential-named key is medium:
    it blocks in the package's code, and warns in its tests like every detect-secrets hit."""
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {
        "p/settings.py": 'SMTP_PASSWORD = "Harbor.cedar2291!"\nSMTP_USER_HINT = "${SMTP_USER}"\n',
        "p/tests/test_mail.py": 'SMTP_PASSWORD = "Falcon-maple731?"\n',
    })
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 1
    assert "dist/p-1.0-py3-none-any.whl!p/settings.py\n  line 1: Secret Keyword  Ha…1!\n" in out
    assert "what: literal credential assigned to the credential-named key SMTP_PASSWORD" in out
    assert "1 new secret in 1 file, 1 warning, 2 files scanned — blocked (exit 1)" in out
    assert "warning (not blocking): dist/p-1.0-py3-none-any.whl!p/tests/test_mail.py:1: Secret Keyword  Fa…1?" in out
    assert "Harbor.cedar2291!" not in out and "Falcon-maple731?" not in out


@pytest.mark.parametrize("member", ["p/data/iam/examples-1.json", "p/.env.example", "p/settings.sample.json"])
def test_a_password_in_a_file_named_as_examples_only_warns(tmp_path: Path, monkeypatch, run_cli, member: str) -> None:
    # botocore's and awscli's own wheels ship IAM's ChangePassword example (examples-1.json):
    # a literal password under a credential key, in a file that says it holds examples.
    monkeypatch.chdir(tmp_path)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {member: '{"OldPassword": "3s0K_;xh4~8XXI"}\n'})
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 0
    assert f"warning (not blocking): dist/p-1.0-py3-none-any.whl!{member}:1: Secret Keyword" in out


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
    assert "error: dist/p-1.0.tar.gz: truncated: the compressed data ends before its end-of-stream marker\n" in out
    assert "Traceback" not in out + err


def _put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_tar_cut_inside_a_member_header_is_unreadable(tmp_path: Path, monkeypatch, run_cli) -> None:
    """tarfile takes a short header for the end of the archive: that used to pass with exit 0."""
    monkeypatch.chdir(tmp_path)
    whole = tar_bytes({"p-1.0/a.py": b"x = 1\n", "p-1.0/b.py": SECRET_LINE}, mode="w")
    _put(tmp_path / "dist" / "p-1.0.tar.gz", gzip.compress(whole[: 1024 + 200]))
    code, out, _ = run_cli("check-dist")
    assert code == 2
    assert out.splitlines()[0] == "error: dist/p-1.0.tar.gz: truncated: the tar stream ends before its end-of-archive marker"
    # a.py, and the 200 bytes after it (b.py's cut header) read as the rest of the damaged archive.
    assert out.rstrip().endswith("2 files scanned, 1 unreadable — blocked: could not scan everything (exit 2)")


def test_a_zip_entry_missing_from_the_central_directory_is_scanned(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    raw = rebuild_directory(zip_bytes({"p/__init__.py": b"", "p/_secret.py": SECRET_LINE}), keep=[0])
    _put(tmp_path / "dist" / "p-1.0-py3-none-any.whl", raw)
    code, out, _ = run_cli("check-dist", "--json")
    assert code == 1
    (entry,) = json.loads(out)["results"]["dist/p-1.0-py3-none-any.whl!<unlisted entry p/_secret.py>"]
    assert (entry["type"], entry["line_number"]) == ("Telegram Bot API Token", 1)
    assert_no_plaintext(out, TELEGRAM)


def test_member_bytes_never_carry_a_signal(tmp_path: Path, monkeypatch, run_cli) -> None:
    """A member starting with the bytes secretfence once used as an in-band "unreadable" mark was
    not scanned, and its content, token included, was printed in a warning."""
    monkeypatch.chdir(tmp_path)
    data = b"\x00secretfence-unreadable-archive\x00" + SECRET_LINE
    _put(tmp_path / "dist" / "p-1.0-py3-none-any.whl", zip_bytes({"p/data.bin": data}))
    code, out, err = run_cli("check-dist", "--json")
    document = json.loads(out)
    assert document["warnings"] == {} and document["errors"] == {}
    # The member reached the scanner like any other, and its text was read around the NULs.
    name = "dist/p-1.0-py3-none-any.whl!p/data.bin"
    assert [entry["type"] for entry in document["results"][name]] == ["Telegram Bot API Token"]
    assert code == 1
    assert_no_plaintext(out + err, TELEGRAM)


def test_the_readable_part_of_a_damaged_nested_archive_is_scanned(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    fixture = zip_bytes({"ok.txt": b"fine\n", "creds.txt": SECRET_LINE})
    bad_crc = patch_entry(fixture, 1, crc=directory_entries(fixture)[1][1][7] ^ 1)
    _put(tmp_path / "dist" / "p-1.0-py3-none-any.whl", zip_bytes({"p/__init__.py": b"", "p/tests/fixtures.zip": bad_crc}))
    code, out, _ = run_cli("check-dist")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "dist/p-1.0-py3-none-any.whl!p/tests/fixtures.zip!creds.txt"
    assert lines[1].startswith("  line 1: Telegram Bot API Token  721…NjM")
    assert ("warning (not blocking): dist/p-1.0-py3-none-any.whl!p/tests/fixtures.zip: Unreadable Nested Archive "
            "(member 'creds.txt' has a bad CRC-32; the readable part of it was scanned)") in lines
    assert_no_plaintext(out, TELEGRAM)


def test_names_and_reasons_are_separate_fields(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    bad_crc = patch_entry(zip_bytes({"p/a.py": b"x = 1\n"}), 0, crc=0)
    _put(tmp_path / "dist" / "p-1.0-py3-none-any.whl", bad_crc)
    _put(tmp_path / "dist" / "q-1.0-py3-none-any.whl", zip_bytes({"q/fixtures.zip": bad_crc}))
    code, out, _ = run_cli("check-dist", "--json")
    document = json.loads(out)
    assert code == 2
    assert document["errors"] == {"dist/p-1.0-py3-none-any.whl": "member 'p/a.py' has a bad CRC-32"}
    (warning,) = document["warnings"]["dist/q-1.0-py3-none-any.whl!q/fixtures.zip"]
    assert warning["details"] == {"member": "p/a.py", "reason": "has a bad CRC-32"}


def test_a_fifo_named_like_a_wheel_is_refused_without_waiting(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    fifo = tmp_path / "dist" / "p-1.0-py3-none-any.whl"
    os.mkfifo(fifo)  # opening it for reading blocks until a writer comes
    # Hang guard: if secretfence does open it, a writer comes after 20 s, so the test fails instead of hanging.
    guard = threading.Timer(20.0, _release_a_blocked_reader, [fifo])
    guard.start()
    try:
        code, out, _ = run_cli("check-dist")
    finally:
        guard.cancel()
    assert code == 2
    assert out.splitlines()[0] == ("error: dist/p-1.0-py3-none-any.whl: is a named pipe (FIFO), not a regular file: "
                                   "not an artifact")


def _release_a_blocked_reader(fifo: Path) -> None:
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader is waiting: nothing to release


# A sample of cut points in a small wheel and sdist, chosen where readers go wrong: inside the
# first header, inside a member, on a header boundary, inside the directory, one byte short.
@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_check_dist_never_passes_a_truncated_artifact(kind: str, tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    whole = small_wheel() if kind == "wheel" else small_sdist()
    name = "p-1.0-py3-none-any.whl" if kind == "wheel" else "p-1.0.tar.gz"
    for cut in sorted({1, 4, 30, 100, len(whole) // 3, len(whole) // 2, len(whole) - 23, len(whole) - 8, len(whole) - 1}):
        _put(tmp_path / "dist" / name, whole[:cut])
        code, out, err = run_cli("check-dist")
        assert code == 2, (cut, out)
        assert out.count("error: ") == 1 and "Traceback" not in out + err, (cut, out)


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


def test_if_present_refuses_a_dangling_link_it_is_named(tmp_path: Path, monkeypatch, run_cli) -> None:
    # Something is there (a link whose artifact is gone): it cannot be read, so the run fails
    # closed; --if-present only lets nothing at all pass.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    os.symlink(tmp_path / "gone.whl", tmp_path / "dist" / "a-1.0-py3-none-any.whl")
    os.symlink(tmp_path / "gone", tmp_path / "out")
    for named in ("dist/a-1.0-py3-none-any.whl", "out"):
        assert run_cli("check-dist", "--if-present", named)[0] == 2, named
