"""End-to-end fixtures: a snapshot of this checkout as a hook repository, offline pip, the
sdist and wheel built from it once per session, and virtual environments they install into."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterable, Iterator, NamedTuple, Tuple

import pytest

from secretfence import __version__
from tests.conftest import ROOT, git

WHEELHOUSE = ROOT / ".cache" / "wheelhouse"


class Built(NamedTuple):
    sdist: Path
    wheel: Path  # built from the sdist, as pip does from PyPI


class Venv(NamedTuple):
    path: Path
    env: Dict[str, str]  # offline pip, no PYTHONPATH: only what is installed is importable

    def bin(self, name: str) -> str:
        return str(self.path / "bin" / name)

    def run(self, *argv: str, cwd: Path) -> "subprocess.CompletedProcess[str]":
        """One of the environment's commands (`argv[0]` from its bin/), offline."""
        return subprocess.run([self.bin(argv[0]), *argv[1:]], cwd=cwd, env=self.env, capture_output=True, text=True)


def build(args: Tuple[str, ...], source: Path, output: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", *args, "--outdir", str(output), str(source)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [built] = [path for path in output.iterdir() if path.name.endswith(".tar.gz" if "--sdist" in args else ".whl")]
    return built


def make_venv(path: Path, requirements: Iterable[str], offline_pip_env: Dict[str, str]) -> Venv:
    """A fresh virtual environment with `requirements` installed offline from the wheelhouse."""
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, capture_output=True)
    env = {**os.environ, **offline_pip_env}
    env.pop("PYTHONPATH", None)
    installed = subprocess.run([str(path / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements],
                               env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    return Venv(path, env)


@pytest.fixture(scope="session")
def offline_pip_env() -> Dict[str, str]:
    """pip settings that install only from the wheelhouse scripts/test.sh prepared."""
    if not any(WHEELHOUSE.glob("detect_secrets-*.whl")):
        pytest.fail(f"{WHEELHOUSE} is missing: run scripts/test.sh, which prepares it")
    return {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELHOUSE), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Path, str]:
    """This checkout's files, committed as they are now (what `pre-commit try-repo` does)."""
    snapshot = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT, check=True, capture_output=True
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        name = os.fsdecode(raw)
        source = ROOT / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "snapshot"]):
        subprocess.run(["git", *args], cwd=snapshot, check=True, env=env, capture_output=True)
    sha = git(snapshot, "rev-parse", "HEAD").strip()
    return snapshot, sha


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hook environment for the whole session: pre-commit builds it once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture(scope="session")
def built(hook_repo: Tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The sdist of this checkout, and the wheel built from that sdist; once per session."""
    snapshot, _ = hook_repo  # this checkout's files, as committed and about to be
    work = tmp_path_factory.mktemp("built")
    source = work / "source"
    shutil.copytree(snapshot, source, ignore=shutil.ignore_patterns(".git"))
    sdist = build(("--sdist",), source, work / "sdist")
    unpacked = work / "unpacked"
    safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python >= 3.9.17 / 3.11.4
    with tarfile.open(sdist) as archive:
        archive.extractall(unpacked, **safe)  # type: ignore[arg-type]
    wheel = build(("--wheel",), unpacked / f"secretfence-{__version__}", work / "wheel")
    return Built(sdist, wheel)


@pytest.fixture(scope="session")
def secretfence_venv(built: Built, tmp_path_factory: pytest.TempPathFactory, offline_pip_env: Dict[str, str]) -> Venv:
    """A fresh environment where the built wheel is installed (with detect-secrets, its dependency)."""
    return make_venv(tmp_path_factory.mktemp("venvs") / "with-secretfence", [str(built.wheel)], offline_pip_env)


@pytest.fixture(scope="session")
def detect_secrets_venv(tmp_path_factory: pytest.TempPathFactory, offline_pip_env: Dict[str, str]) -> Venv:
    """A fresh environment with the same detect-secrets and no secretfence."""
    return make_venv(tmp_path_factory.mktemp("venvs") / "without-secretfence", ["detect-secrets>=1.5,<1.6"], offline_pip_env)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_pypiserver(packages: Path, user: str, password: str, authenticated: str = "update") -> Iterator[str]:
    """A real pypiserver on 127.0.0.1 serving `packages`, with one account (an htpasswd beside
    `packages`) required for the `authenticated` actions; yields its root URL."""
    from passlib.apache import HtpasswdFile

    htpasswd = HtpasswdFile(str(packages.parent / "htpasswd"), new=True)
    htpasswd.set_password(user, password)
    htpasswd.save()
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "pypi-server"), "run", "-p", str(port), "-i", "127.0.0.1",
         "-a", authenticated, "-P", str(packages.parent / "htpasswd"), "--disable-fallback", str(packages)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "simple/", timeout=1).read()
            break
        except urllib.error.HTTPError:  # answering (asking for the password): up
            break
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("pypiserver did not start")
            time.sleep(0.2)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
