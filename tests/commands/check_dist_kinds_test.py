"""check-dist on real archives built here: a key id that only signs a presigned URL warns (the AWS
CLI's own release must pass), a paired key still blocks, and the new Redis forms block (issue 14)."""
from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path
from typing import Dict

from tests.conftest import assert_no_plaintext
from tests.fakes import aws_key_id, aws_secret_key, redis_password

KEY_ID = aws_key_id(1414)
PRESIGNED = (
    "https://awscli-test.s3.amazonaws.com/key?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    f"&X-Amz-Credential={KEY_ID}%2F20140101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20140101T000000Z"
    "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + "0f3e" * 16
)


def _wheel(path: Path, members: Dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


def _sdist(path: Path, members: Dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as archive:
        for name, text in members.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_a_presigned_url_key_id_warns_in_the_wheel_and_the_sdist(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    member = "awscli/customizations/s3/presign_doc.py"
    text = f'EXAMPLE_OUTPUT = "{PRESIGNED}"\n'
    _wheel(tmp_path / "dist" / "awscli-1.0-py3-none-any.whl", {member: text})
    _sdist(tmp_path / "dist" / "awscli-1.0.tar.gz", {"awscli-1.0/" + member: text})
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 0, out
    assert out.count(": AWS Credentials ") == 2, out
    assert f"warning (not blocking): dist/awscli-1.0-py3-none-any.whl!{member}:1: AWS Credentials" in out
    assert f"warning (not blocking): dist/awscli-1.0.tar.gz!awscli-1.0/{member}:1: AWS Credentials" in out
    assert out.rstrip().endswith("— ok (exit 0)")
    assert_no_plaintext(out, KEY_ID)


def test_a_key_id_with_its_secret_beside_the_url_still_blocks(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    secret = aws_secret_key(1414)
    _wheel(tmp_path / "dist" / "p-1.0-py3-none-any.whl", {
        "p/presign.py": f'URL = "{PRESIGNED}"\naws_secret_access_key = "{secret}"\n',
    })
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 1, out
    assert "dist/p-1.0-py3-none-any.whl!p/presign.py\n  line 1: AWS Credentials" in out
    assert "paired with its secret access key" in out
    assert out.rstrip().endswith("2 new secrets in 1 file, 1 file scanned — blocked (exit 1)")
    assert_no_plaintext(out, secret)


def test_a_redis_password_in_a_compose_command_list_blocks(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    password = redis_password(1415)
    _sdist(tmp_path / "dist" / "p-1.0.tar.gz", {
        "p-1.0/deploy/compose.yaml": f"services:\n  cache:\n    command:\n      - redis-server\n      - --requirepass\n"
                                     f"      - {password}\n",
    })
    code, out, _ = run_cli("check-dist", "dist")
    assert code == 1, out
    assert "dist/p-1.0.tar.gz!p-1.0/deploy/compose.yaml\n  line 6: Redis Credentials" in out
    assert "what: Redis password as a command-list argument" in out
    assert_no_plaintext(out, password)
