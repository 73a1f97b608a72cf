"""`secretfence publish -- <publisher>` and `secretfence credentials --fix` with the real uv and
Poetry (installed by scripts/test.sh) against one real pypiserver on 127.0.0.1 that requires a
password (htpasswd), in a private HOME, XDG directories and file keyring."""
from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Dict, Iterator, List

import pytest

from tests.e2e.conftest import running_pypiserver
from tests.conftest import ROOT, write
from tests.fakes import pypi_token

pytestmark = pytest.mark.e2e

USER, PASSWORD = "uploader", "Publ1sh-Pass-7wR"
LEAK = pypi_token(41)
BIN = Path(sys.executable).parent
POETRY = ROOT / ".cache" / "tools" / "poetry" / "bin"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One index for the module (each test publishes its own project names)."""
    packages = tmp_path_factory.mktemp("index") / "packages"
    packages.mkdir()
    with running_pypiserver(packages, USER, PASSWORD) as url:
        yield url


def listed(index: str, project: str) -> List[str]:
    try:
        page = urllib.request.urlopen(f"{index}simple/{project}/", timeout=5).read().decode()
    except urllib.error.HTTPError as error:
        assert error.code == 404
        return []
    return sorted(part.split("<")[0] for part in page.split('">')[1:] if part.startswith(project))


@pytest.fixture
def env(tmp_path: Path) -> Dict[str, str]:
    """A private HOME and XDG directories, a file keyring every tool shares, no system pip.conf,
    and secretfence, uv, the keyring CLI and Poetry on PATH. `python -m secretfence` runs this
    checkout's code (src), not whatever copy the environment has installed."""
    for name in ("home", "config", "data", "cache"):
        (tmp_path / name).mkdir()
    if not (POETRY / "poetry").exists():
        pytest.fail(f"{POETRY}/poetry is missing: run scripts/test.sh, which installs it")
    kept = {name: value for name, value in os.environ.items()
            if not name.startswith(("UV_", "POETRY_", "PIP_", "TWINE_", "HATCH_", "PDM_", "XDG_"))}
    return {**kept, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "PIP_CONFIG_FILE": os.devnull, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
            "PYTHON_KEYRING_BACKEND": "tests.commands.keyrings.FileKeyring",
            "PATH": os.pathsep.join([str(BIN), str(POETRY), os.environ["PATH"]]), "NO_COLOR": "1"}


def project(directory: Path, name: str, version: str, module: str = "VALUE = 1\n") -> Path:
    """A project with its wheel already built in dist/ (a real wheel: METADATA, WHEEL, RECORD)."""
    write(directory / "pyproject.toml", f'[project]\nname = "{name}"\nversion = "{version}"\n')
    wheel = directory / "dist" / f"{name}-{version}-py3-none-any.whl"
    wheel.parent.mkdir(parents=True, exist_ok=True)
    info = f"{name}-{version}.dist-info"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(f"{name}/__init__.py", module)
        archive.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        archive.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        archive.writestr(f"{info}/RECORD", "")
    return directory


def secretfence(*args: str, cwd: Path, env: Dict[str, str]) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([sys.executable, "-m", "secretfence", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_uv_publish_uploads_a_clean_package_and_refuses_a_leaky_one(tmp_path: Path, index: str, env) -> None:
    # The credentials come from the environment, as a CI secret: a note, not a block.
    env = {**env, "UV_PUBLISH_USERNAME": USER, "UV_PUBLISH_PASSWORD": PASSWORD}
    clean = project(tmp_path / "clean", "pubuv", "1.0")
    result = secretfence("publish", "--", "uv", "publish", "--publish-url", index, cwd=clean, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "UV_PUBLISH_PASSWORD holds a uv credential" in result.stderr
    assert "running uv" in result.stderr and PASSWORD not in result.stdout + result.stderr
    assert listed(index, "pubuv") == ["pubuv-1.0-py3-none-any.whl"]

    leaky = project(tmp_path / "leaky", "pubuv", "2.0", f'TOKEN = "{LEAK}"\n')
    blocked = secretfence("publish", "--", "uv", "publish", "--publish-url", index, cwd=leaky, env=env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode == 1, output
    assert "dist/pubuv-2.0-py3-none-any.whl!pubuv/__init__.py" in blocked.stdout and "PyPI API Token" in blocked.stdout
    assert "publish blocked: uv was not run, nothing was sent to the index." in blocked.stderr
    assert LEAK not in output and listed(index, "pubuv") == ["pubuv-1.0-py3-none-any.whl"]


def test_poetry_publish_uploads_a_clean_package_and_refuses_a_leaky_one(tmp_path: Path, index: str, env) -> None:
    write(tmp_path / "config" / "pypoetry" / "config.toml", f'[repositories.local]\nurl = "{index}"\n')
    env = {**env, "POETRY_HTTP_BASIC_LOCAL_USERNAME": USER, "POETRY_HTTP_BASIC_LOCAL_PASSWORD": PASSWORD}
    clean = project(tmp_path / "clean", "pubpoetry", "1.0")
    result = secretfence("publish", "--", "poetry", "publish", "-r", "local", cwd=clean, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert listed(index, "pubpoetry") == ["pubpoetry-1.0-py3-none-any.whl"]

    leaky = project(tmp_path / "leaky", "pubpoetry", "2.0", f'TOKEN = "{LEAK}"\n')
    blocked = secretfence("publish", "--", "poetry", "publish", "-r", "local", cwd=leaky, env=env)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "dist/pubpoetry-2.0-py3-none-any.whl!pubpoetry/__init__.py" in blocked.stdout
    assert "publish blocked: poetry was not run" in blocked.stderr
    assert LEAK not in blocked.stdout + blocked.stderr and listed(index, "pubpoetry") == ["pubpoetry-1.0-py3-none-any.whl"]


def test_fix_makes_uv_read_its_publish_password_from_the_keyring(tmp_path: Path, index: str, env) -> None:
    uv_toml = write(tmp_path / "config" / "uv" / "uv.toml",
                    f'[[index]]\nname = "local"\nurl = "{index}simple/"\n'
                    f'publish-url = "{index.replace("://", f"://{USER}:{PASSWORD}@")}"\n')
    uv_toml.chmod(0o644)
    work = project(tmp_path / "work", "pubuvfix", "1.0")
    blocked = secretfence("publish", "--", "uv", "publish", "--index", "local", cwd=work, env=env)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "plaintext uv credential: [[index]] local publish-url, user uploader" in blocked.stdout
    assert "uv.toml is readable by group/others (mode 0644)" in blocked.stdout
    assert PASSWORD not in blocked.stdout + blocked.stderr and listed(index, "pubuvfix") == []

    fixed = secretfence("credentials", "--fix", cwd=work, env=env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert (f"uv [[index]] local publish-url moved to the keyring (service {index}, user {USER}); uv reads it only "
            "with `--keyring-provider subprocess`") in fixed.stdout
    assert PASSWORD not in uv_toml.read_text() + fixed.stdout + fixed.stderr
    assert f'publish-url = "{index.replace("://", f"://{USER}@")}"' in uv_toml.read_text()
    assert uv_toml.stat().st_mode & 0o777 == 0o600
    backup = Path(f"{uv_toml}.secretfence-backup")
    assert f"<in keyring: service {index}, user {USER}>" in backup.read_text() and PASSWORD not in backup.read_text()

    uploaded = secretfence("publish", "--", "uv", "publish", "--index", "local", *NO_OIDC, "--keyring-provider", "subprocess",
                           cwd=work, env=env)
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert listed(index, "pubuvfix") == ["pubuvfix-1.0-py3-none-any.whl"]


# Given no password on its command line or in its environment, uv first asks the index for a Trusted Publishing
# audience over https and retries for some 10 s (uv 0.13.9; no environment variable turns it off); the loopback index has
# none. The runs that reach uv's upload say so (`--trusted-publishing never`, an option the gate reads past).
NO_OIDC = ("--trusted-publishing", "never")


def _uv(*args: str, cwd: Path, env: Dict[str, str]) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([str(BIN / "uv"), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)


def test_uv_auth_login_store_blocks_uv_publish_until_fix_moves_it_where_uv_reads_it(
        tmp_path: Path, index: str, env) -> None:
    # `uv auth login` keeps the password in credentials.toml, and uv sends it, unasked, to any URL
    # of that realm: the real uv publishes with nothing else given.
    login = _uv("auth", "login", index, "--username", USER, "--password", PASSWORD, cwd=tmp_path, env=env)
    assert login.returncode == 0, login.stdout + login.stderr
    store = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    assert PASSWORD in store.read_text()
    direct = project(tmp_path / "direct", "pubuvauthdirect", "1.0")
    sent = _uv("publish", "--publish-url", index, *NO_OIDC, cwd=direct, env=env)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert listed(index, "pubuvauthdirect") == ["pubuvauthdirect-1.0-py3-none-any.whl"]

    work = project(tmp_path / "work", "pubuvauth", "1.0")
    blocked = secretfence("publish", "--", "uv", "publish", "--publish-url", index, cwd=work, env=env)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert f"plaintext uv auth credential: [[credential]] {index}, user {USER}" in blocked.stdout
    assert f"{store}\n  line " in blocked.stdout
    assert "publish blocked: uv was not run" in blocked.stderr
    assert PASSWORD not in blocked.stdout + blocked.stderr and listed(index, "pubuvauth") == []

    fixed = secretfence("credentials", "--fix", cwd=work, env=env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    service = index.rstrip("/")  # uv's subprocess lookup: the URL, then host:port, then http://host:port
    assert (f"uv auth [[credential]] {index} moved to the keyring (service {service}, user {USER}); uv reads it "
            "from the keyring only with `--keyring-provider subprocess`") in fixed.stdout
    assert PASSWORD not in store.read_text() + fixed.stdout + fixed.stderr and "[[credential]]" not in store.read_text()
    read_back = subprocess.run([str(BIN / "keyring"), "get", service, USER], env=env, capture_output=True, text=True)
    assert read_back.stdout == PASSWORD + "\n"

    # Without the keyring, uv has nothing to send any more; with it, the gate passes and uv uploads.
    bare = _uv("publish", "--publish-url", index, *NO_OIDC, cwd=work, env=env)
    assert bare.returncode != 0 and listed(index, "pubuvauth") == []
    uploaded = secretfence("publish", "--", "uv", "publish", "--publish-url", index, *NO_OIDC, "--username", USER,
                           "--keyring-provider", "subprocess", cwd=work, env=env)
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert listed(index, "pubuvauth") == ["pubuvauth-1.0-py3-none-any.whl"]

    # An index that asks for the password on every download: uv finds it in the keyring too.
    private = tmp_path / "private" / "packages"
    private.mkdir(parents=True)
    (private / "pubuvauth-1.0-py3-none-any.whl").write_bytes(
        (work / "dist" / "pubuvauth-1.0-py3-none-any.whl").read_bytes())
    with running_pypiserver(private, USER, PASSWORD, authenticated="download,list,update") as private_index:
        keyring_set = subprocess.run([str(BIN / "keyring"), "set", private_index.rstrip("/"), USER],
                                     input=PASSWORD + "\n", env=env, capture_output=True, text=True)
        assert keyring_set.returncode == 0, keyring_set.stderr
        with_user = private_index.replace("://", f"://{USER}@")
        installed = _uv("pip", "install", "--python", sys.executable, "--target", str(tmp_path / "target"),
                        "--index-url", f"{with_user}simple/", "--keyring-provider", "subprocess", "pubuvauth",
                        cwd=work, env=env)
        assert installed.returncode == 0, installed.stdout + installed.stderr
        assert (tmp_path / "target" / "pubuvauth" / "__init__.py").exists()


def test_fix_makes_poetry_read_its_password_from_the_keyring(tmp_path: Path, index: str, env) -> None:
    write(tmp_path / "config" / "pypoetry" / "config.toml", f'[repositories.local]\nurl = "{index}"\n')
    auth = write(tmp_path / "config" / "pypoetry" / "auth.toml",
                 f'[http-basic.local]\nusername = "{USER}"\npassword = "{PASSWORD}"\n')
    auth.chmod(0o600)
    work = project(tmp_path / "work", "pubpoetryfix", "1.0")
    blocked = secretfence("publish", "--", "poetry", "publish", "-r", "local", cwd=work, env=env)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "plaintext poetry credential: http-basic.local.password, user uploader" in blocked.stdout
    assert f"{auth}\n  line 3: Plaintext Publishing Credential" in blocked.stdout
    assert PASSWORD not in blocked.stdout + blocked.stderr and listed(index, "pubpoetryfix") == []

    fixed = secretfence("credentials", "--fix", cwd=work, env=env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert f"poetry http-basic.local.password moved to the keyring (service poetry-repository-local, user {USER})" in fixed.stdout
    assert auth.read_text() == f'[http-basic.local]\nusername = "{USER}"\n'

    uploaded = secretfence("publish", "--", "poetry", "publish", "-r", "local", cwd=work, env=env)
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert listed(index, "pubpoetryfix") == ["pubpoetryfix-1.0-py3-none-any.whl"]


def test_a_broken_store_stops_the_publish_with_one_line_and_nothing_changes(tmp_path: Path, index: str, env) -> None:
    broken = f'[http-basic.local]\nusername = "{USER}"\npassword = "{PASSWORD}\n'
    auth = write(tmp_path / "config" / "pypoetry" / "auth.toml", broken)
    work = project(tmp_path / "work", "pubbroken", "1.0")
    for args in (["publish", "--", "poetry", "publish", "-r", "local"], ["credentials", "--fix"]):
        result = secretfence(*args, cwd=work, env=env)
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr == f"secretfence: error: {auth}: not valid TOML (at line 3, column 29)\n"
        assert auth.read_text() == broken and not Path(f"{auth}.secretfence-backup").exists()
    assert listed(index, "pubbroken") == []


def test_twine_upload_is_handed_to_the_upload_gate_attestation_included(tmp_path: Path, index: str, env) -> None:
    """`publish -- twine upload` is `secretfence upload` (twine's own parser, in process): the
    attestation twine sends is scanned as text and passed through; twine's failure is its own."""
    import json

    work = project(tmp_path / "work", "pubtwine", "1.0")
    wheel = work / "dist" / "pubtwine-1.0-py3-none-any.whl"
    attestation = write(Path(f"{wheel}.publish.attestation"), json.dumps(
        {"version": 1, "verification_material": {"certificate": "MIIB", "transparency_entries": []},
         "envelope": {"statement": "e30=", "signature": "MEUC"}}))
    args = ["publish", "--", "twine", "upload", "--non-interactive", "--repository-url", index, "-u", USER]
    uploaded = secretfence(*args, "--attestations", str(wheel), str(attestation), cwd=work,
                           env={**env, "TWINE_PASSWORD": PASSWORD})
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert listed(index, "pubtwine") == ["pubtwine-1.0-py3-none-any.whl"]

    again = secretfence(*args, str(wheel), cwd=work, env={**env, "TWINE_PASSWORD": PASSWORD, "COLUMNS": "200"})
    assert again.returncode == 1
    assert f"HTTPError: 400 Bad Request from {index}" in " ".join((again.stdout + again.stderr).split())


def test_a_relative_uv_credentials_dir_is_read_where_uv_directory_runs_uv(tmp_path: Path, index: str, env) -> None:
    # UV_CREDENTIALS_DIR=creds is relative to where uv runs: `uv --directory pkg` (or
    # UV_WORKING_DIR=pkg) reads pkg/creds/credentials.toml and sends it, whatever directory
    # secretfence was started in. The gate must read that file, not ./creds.
    env = {**env, "UV_CREDENTIALS_DIR": "creds"}
    pkg = project(tmp_path / "ws" / "pkg", "pubuvauthdir", "1.0")
    login = _uv("auth", "login", index, "--username", USER, "--password", PASSWORD, cwd=pkg, env=env)
    assert login.returncode == 0, login.stdout + login.stderr
    store = pkg / "creds" / "credentials.toml"
    assert PASSWORD in store.read_text() and not (tmp_path / "ws" / "creds").exists()
    for command, extra in ((["uv", "--directory", "pkg", "publish"], {}), (["uv", "publish"], {"UV_WORKING_DIR": "pkg"})):
        blocked = secretfence("publish", "--", *command, "--publish-url", index, cwd=tmp_path / "ws",
                              env={**env, **extra})
        assert blocked.returncode == 1, blocked.stdout + blocked.stderr
        assert f"{store}\n  line " in blocked.stdout and "publish blocked: uv was not run" in blocked.stderr
        assert PASSWORD not in blocked.stdout + blocked.stderr
    assert listed(index, "pubuvauthdir") == []
    # What uv itself does there: it sends the stored password, unasked.
    sent = _uv("--directory", "pkg", "publish", "--publish-url", index, *NO_OIDC, cwd=tmp_path / "ws", env=env)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert listed(index, "pubuvauthdir") == ["pubuvauthdir-1.0-py3-none-any.whl"]


def test_uv_credentials_dir_is_taken_as_uv_takes_it_with_no_tilde_expanded(tmp_path: Path, index: str, env) -> None:
    # uv expands no `~`: UV_CREDENTIALS_DIR="~/creds" (quoted in a CI file or an env file) is a
    # folder named `~` where uv runs, and uv sends what `uv auth login` put there.
    env = {**env, "UV_CREDENTIALS_DIR": "~/creds"}
    work = project(tmp_path / "work", "pubuvauthtilde", "1.0")
    login = _uv("auth", "login", index, "--username", USER, "--password", PASSWORD, cwd=work, env=env)
    assert login.returncode == 0, login.stdout + login.stderr
    store = work / "~" / "creds" / "credentials.toml"
    assert PASSWORD in store.read_text()
    (tmp_path / "home" / "creds").mkdir()  # the expanded spelling exists, empty: not what uv reads
    report = secretfence("credentials", cwd=work, env=env)
    assert report.returncode == 1 and f"{store}\n  line " in report.stdout, report.stdout + report.stderr
    blocked = secretfence("publish", "--", "uv", "publish", "--publish-url", index, cwd=work, env=env)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert PASSWORD not in blocked.stdout + blocked.stderr and listed(index, "pubuvauthtilde") == []


def test_a_relative_netrc_is_read_where_uv_directory_runs_uv(tmp_path: Path, index: str, env) -> None:
    # NETRC=mynetrc is opened by uv where `--directory` puts it: pkg/mynetrc, whose password uv
    # sends. The gate read ./mynetrc (none) and let uv publish.
    pkg = project(tmp_path / "ws" / "pkg", "pubuvnetrcdir", "1.0")
    netrc = write(pkg / "mynetrc", f"machine 127.0.0.1\n  login {USER}\n  password {PASSWORD}\n")
    netrc.chmod(0o600)
    blocked = secretfence("publish", "--", "uv", "--directory", "pkg", "publish", "--publish-url", index,
                          cwd=tmp_path / "ws", env={**env, "NETRC": "mynetrc"})
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert f"{netrc}\n  line " in blocked.stdout and "publish blocked: uv was not run" in blocked.stderr
    assert PASSWORD not in blocked.stdout + blocked.stderr and listed(index, "pubuvnetrcdir") == []
