"""`secretfence upload` against a real pypiserver on 127.0.0.1, with real builds and twine."""
from __future__ import annotations

import json
import os
import py_compile
import re
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Dict, Iterator, List

import pytest

from secretfence.kinds.pypi_token import encode_token
from tests.e2e.conftest import running_pypiserver
from tests.conftest import write

pytestmark = pytest.mark.e2e

USER, PASSWORD = "uploader", "Upl0ad-Pass-9xQ"
LEAK = encode_token("pypi.org", "6a1f9e3c-2b7d-4c8e-9f0a-1d2c3b4a5e6f", [[3, "6a1f9e3c-2b7d-4c8e-9f0a-1d2c3b4a5e6f"]])


@pytest.fixture
def index(tmp_path: Path) -> Iterator[str]:
    packages = tmp_path / "packages"
    packages.mkdir()
    with running_pypiserver(packages, USER, PASSWORD) as url:
        yield url


def listed_files(index: str, project: str = "tinypkg") -> List[str]:
    try:
        page = urllib.request.urlopen(f"{index}simple/{project}/", timeout=5).read().decode()
    except urllib.error.HTTPError as error:
        assert error.code == 404
        return []
    return sorted(part.split("<")[0] for part in page.split('">')[1:] if part.startswith("tinypkg"))


def build(project: Path) -> List[Path]:
    write(project / "pyproject.toml", """[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "tinypkg"
version = "1.0"
readme = "README.md"

[tool.setuptools.package-data]
tinypkg = ["*.pyc", "*.zip"]
""")
    if not (project / "README.md").exists():
        write(project / "README.md", "# tinypkg\n\nA tiny package.\n")
    write(project / "src" / "tinypkg" / "__init__.py", "VALUE = 1\n")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "-q", str(project)], check=True, capture_output=True)
    return sorted((project / "dist").iterdir())


def pypirc(path: Path, index: str, with_password: bool = True) -> Path:
    lines = ["[distutils]", "index-servers = local", "", "[local]", f"repository = {index}", f"username = {USER}"]
    if with_password:
        lines.append(f"password = {PASSWORD}")
    write(path, "\n".join(lines) + "\n")
    path.chmod(0o600)
    return path


def secretfence(*args: str, cwd: Path, env: Dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secretfence", *args], cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture
def env(tmp_path: Path) -> Dict[str, str]:
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / "xdg")}


def test_clean_package_is_uploaded_and_listed(tmp_path: Path, index: str, env) -> None:
    project = tmp_path / "clean"
    dists = build(project)
    # The password comes from keyring here: a plaintext .pypirc password would block.
    config = pypirc(tmp_path / "pypirc", index, with_password=False)
    subprocess.run([sys.executable, "-c", f"import keyring; keyring.set_password({index!r}, {USER!r}, {PASSWORD!r})"],
                   env=env, check=True)
    result = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local",
                         *[str(d) for d in dists], cwd=project, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert listed_files(index) == ["tinypkg-1.0-py3-none-any.whl", "tinypkg-1.0.tar.gz"]


def _leaky(project: Path, case: str) -> str:
    """Plant the leak; return the member path the report must name."""
    if case == "sdist-env":
        write(project / ".env", f"PYPI_TOKEN={LEAK}\n")
        write(project / "MANIFEST.in", "include .env\n")
        return "tinypkg-1.0.tar.gz!tinypkg-1.0/.env"
    if case == "wheel-module":
        write(project / "src" / "tinypkg" / "publish.py", f'TOKEN = "{LEAK}"\n')
        return "tinypkg-1.0-py3-none-any.whl!tinypkg/publish.py"
    if case == "readme":
        write(project / "README.md", f"# tinypkg\n\nUpload with `twine upload -p {LEAK}`.\n")
        return "tinypkg-1.0-py3-none-any.whl!tinypkg-1.0.dist-info/METADATA"
    if case == "pyc":
        source = write(project / "leak_source.py", f'TOKEN = "{LEAK}"\n')
        target = project / "src" / "tinypkg" / "cached.pyc"
        target.parent.mkdir(parents=True, exist_ok=True)
        py_compile.compile(str(source), cfile=str(target), doraise=True)
        source.unlink()
        return "tinypkg-1.0-py3-none-any.whl!tinypkg/cached.pyc"
    if case == "nested-zip":
        target = project / "src" / "tinypkg" / "data.zip"
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("config/settings.ini", f"[upload]\ntoken = {LEAK}\n")
        return "tinypkg-1.0-py3-none-any.whl!tinypkg/data.zip!config/settings.ini"
    raise AssertionError(case)


@pytest.mark.parametrize("case", ["sdist-env", "wheel-module", "readme", "pyc", "nested-zip"])
def test_leak_blocks_the_upload_and_nothing_reaches_the_index(tmp_path: Path, index: str, env, case: str) -> None:
    project = tmp_path / "leaky"
    member = _leaky(project, case)
    dists = build(project)
    config = pypirc(tmp_path / "pypirc", index, with_password=False)
    result = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local",
                         *[str(d) for d in dists], cwd=project, env={**env, "TWINE_PASSWORD": PASSWORD})
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"dist/{member}" in output
    assert "PyPI API Token" in output and "user-wide PyPI token for pypi.org" in output
    assert "upload blocked: nothing was sent to the index" in result.stderr
    assert LEAK not in output
    assert listed_files(index) == []


def test_plaintext_pypirc_blocks_until_fixed_into_keyring(tmp_path: Path, index: str, env) -> None:
    project = tmp_path / "clean"
    dists = [str(d) for d in build(project)]
    config = pypirc(tmp_path / "pypirc", index, with_password=True)
    blocked = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local", *dists, cwd=project, env=env)
    assert blocked.returncode == 1
    assert ".pypirc Plaintext Password" in blocked.stdout and "plaintext [local] password" in blocked.stdout
    assert PASSWORD not in blocked.stdout + blocked.stderr
    assert listed_files(index) == []

    fixed = secretfence("pypirc", "--fix", "--config-file", str(config), cwd=project, env=env)
    assert fixed.returncode == 0, fixed.stderr
    assert "password" not in [line.split("=")[0].strip() for line in config.read_text().splitlines()]
    assert oct(config.stat().st_mode & 0o777) == "0o600"
    backup = Path(str(config) + ".secretfence-backup")
    assert PASSWORD not in backup.read_text() and oct(backup.stat().st_mode & 0o777) == "0o600"
    assert f"password = <in keyring: service {index}, user {USER}>\n" in backup.read_text()

    uploaded = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local", *dists, cwd=project, env=env)
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert listed_files(index) == ["tinypkg-1.0-py3-none-any.whl", "tinypkg-1.0.tar.gz"]


def test_fix_without_a_keyring_backend_leaves_the_file_untouched(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", "http://127.0.0.1:9/", with_password=True)
    before = config.read_bytes()
    result = secretfence("pypirc", "--fix", "--config-file", str(config), cwd=tmp_path,
                         env={**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 2
    assert result.stderr.strip().startswith("secretfence: error: no keyring backend is available")
    assert len(result.stderr.strip().splitlines()) == 1
    assert config.read_bytes() == before


def test_server_login_password_blocks_and_fix_moves_it_where_twine_finds_it(tmp_path: Path, index: str, env) -> None:
    """[local] sends [server-login]'s username and password: that blocks like its own would, and
    after --fix twine finds the password in the keyring under local's URL and that username."""
    project = tmp_path / "clean"
    dists = [str(d) for d in build(project)]
    config = tmp_path / "pypirc"
    write(config, f"[distutils]\nindex-servers = local\n\n[server-login]\nusername = {USER}\npassword = {PASSWORD}\n\n"
                  f"[local]\nrepository = {index}\n")
    config.chmod(0o600)
    blocked = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local", *dists, cwd=project, env=env)
    assert blocked.returncode == 1
    assert "plaintext [server-login] password, used by [local]" in blocked.stdout
    assert PASSWORD not in blocked.stdout + blocked.stderr and listed_files(index) == []

    fixed = secretfence("pypirc", "--fix", "--config-file", str(config), cwd=project, env=env)
    assert fixed.returncode == 0, fixed.stderr
    assert f"[local] password moved to the keyring (service {index}, user {USER})" in fixed.stdout
    assert PASSWORD not in config.read_text() and PASSWORD not in fixed.stdout + fixed.stderr

    uploaded = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local", *dists, cwd=project, env=env)
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert listed_files(index) == ["tinypkg-1.0-py3-none-any.whl", "tinypkg-1.0.tar.gz"]


def test_a_url_password_with_a_hash_blocks_the_upload(tmp_path: Path, index: str, env) -> None:
    project = tmp_path / "clean"
    dists = [str(d) for d in build(project)]
    secret = "Upl0ad#Pass?9xQ"
    config = tmp_path / "pypirc"
    write(config, f"[distutils]\nindex-servers = local\n\n[local]\nrepository = {index.replace('://', f'://{USER}:{secret}@')}\n")
    config.chmod(0o600)
    result = secretfence("upload", "--non-interactive", "--config-file", str(config), "-r", "local", *dists, cwd=project, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "plaintext password inside [local] repository URL" in result.stdout
    assert "upload blocked: nothing was sent to the index" in result.stderr
    assert secret not in result.stdout + result.stderr and listed_files(index) == []


# --- what twine sends beside the distributions, and twine's own failures -------------------------

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ATTESTATION = {"version": 1, "verification_material": {"certificate": "MIIB", "transparency_entries": []},
               "envelope": {"statement": "e30=", "signature": "MEUC"}}


def _twine_output(result: subprocess.CompletedProcess) -> str:
    """What the user sees, without rich's colours and with its wrapped lines joined."""
    return " ".join(ANSI.sub("", result.stdout + result.stderr).split())


def _upload(index: str, project: Path, env: Dict[str, str], *args: str, password: str = PASSWORD) -> subprocess.CompletedProcess:
    return secretfence("upload", "--non-interactive", "--repository-url", index, "-u", USER, "-p", password, *args,
                       cwd=project, env={**env, "COLUMNS": "200"})


def test_signature_holding_a_token_blocks_the_upload(tmp_path: Path, index: str, env) -> None:
    project = tmp_path / "signed"
    wheel = [dist for dist in build(project) if dist.suffix == ".whl"][0]
    signature = write(Path(f"{wheel}.asc"), f"-----BEGIN PGP SIGNATURE-----\ntoken {LEAK}\n-----END PGP SIGNATURE-----\n")
    result = _upload(index, project, env, str(wheel), str(signature))
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "dist/tinypkg-1.0-py3-none-any.whl.asc" in result.stdout and "PyPI API Token" in result.stdout
    assert "upload blocked: nothing was sent to the index" in result.stderr
    assert LEAK not in output
    assert listed_files(index) == []


def test_clean_signature_is_uploaded_with_its_wheel(tmp_path: Path, index: str, env) -> None:
    project = tmp_path / "signed"
    wheel = [dist for dist in build(project) if dist.suffix == ".whl"][0]
    signature = write(Path(f"{wheel}.asc"), "-----BEGIN PGP SIGNATURE-----\niQEzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n")
    result = _upload(index, project, env, str(wheel), str(signature))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "tinypkg-1.0-py3-none-any.whl" in listed_files(index)
    assert (tmp_path / "packages" / "tinypkg-1.0-py3-none-any.whl.asc").read_bytes() == signature.read_bytes()


def test_attestation_is_scanned_and_handed_to_twine(tmp_path: Path, index: str, env) -> None:
    """twine >= 6 sends `*.publish.attestation` files with --attestations. The local index takes
    the upload (pypiserver ignores the attestations field); twine itself refuses to upload with
    --attestations unless it was given the wheel's attestation: the upload succeeding shows that
    twine got exactly the files it was asked to send."""
    project = tmp_path / "attested"
    wheel = [dist for dist in build(project) if dist.suffix == ".whl"][0]
    attestation = write(Path(f"{wheel}.publish.attestation"), json.dumps(ATTESTATION))
    result = _upload(index, project, env, "--attestations", str(wheel), str(attestation))
    output = _twine_output(result)
    assert result.returncode == 0, output
    assert "not a zip or tar archive" not in output
    assert "Only PyPI and TestPyPI support attestations" in output  # twine's warning: it read the file
    assert listed_files(index) == ["tinypkg-1.0-py3-none-any.whl"]

    leaky = write(Path(f"{wheel}.publish.attestation"), json.dumps({**ATTESTATION, "note": LEAK}))
    blocked = _upload(index, project, env, "--attestations", str(wheel), str(leaky))
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "dist/tinypkg-1.0-py3-none-any.whl.publish.attestation" in blocked.stdout
    assert "PyPI API Token" in blocked.stdout and LEAK not in blocked.stdout + blocked.stderr
    assert "upload blocked: nothing was sent to the index" in blocked.stderr


def test_twine_failures_are_shown_as_twine_shows_them(tmp_path: Path, index: str, env) -> None:
    project = tmp_path / "clean"
    wheel = str([dist for dist in build(project) if dist.suffix == ".whl"][0])
    assert _upload(index, project, env, wheel).returncode == 0

    conflict = _upload(index, project, env, wheel)  # the same version again
    assert conflict.returncode == 1
    output = _twine_output(conflict)
    assert f"ERROR HTTPError: 400 Bad Request from {index} Bad Request" in output, output
    assert "Error during upload. Retry with the --verbose option for more details." in output
    assert "twine upload failed" not in output and "secretfence: error" not in output

    forbidden = _upload(index, project, env, wheel, password="not-the-password")
    assert forbidden.returncode == 1
    output = _twine_output(forbidden)
    assert f"ERROR HTTPError: 403 Forbidden from {index} Forbidden" in output, output
    assert "not-the-password" not in output

    refused = _upload(index, project, env, "--attestations", wheel)  # no attestation for the wheel
    assert refused.returncode == 1
    output = _twine_output(refused)
    assert ("ERROR InvalidDistribution: Upload with attestations requested, but "
            f"{wheel} has no associated attestations") in output, output
