"""secretfence as pip installs it from PyPI: the sdist builds, wheels build from that sdist (the
abi3 one with the compiled scanner, and the pure-Python one), and each installs into a fresh
virtual environment where the tool runs. Offline: the builds use this environment's setuptools
(--no-isolation), the installs use the wheelhouse. Each artifact is built once per module."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

from secretfence import __version__
from secretfence.kinds import REGISTRY
from secretfence.kinds.pypi_token import encode_token
from tests.conftest import write
from tests.engine_test import BUILTIN_LINES

pytestmark = pytest.mark.e2e

LEAK = encode_token("pypi.org", "0b6c7a52-4a8e-4a6b-9d0e-2f1c3e4d5a6b", [[3, "0b6c7a52-4a8e-4a6b-9d0e-2f1c3e4d5a6b"]])
COMPILED = "compiled scanner: abi3, CPython 3.9+"
NOT_INSTALLED = "pure-Python scanner: the compiled one is not installed (pure-Python wheel, or no C compiler)"
# What detect-secrets' own plugins find in BUILTIN_LINES (secretfence's kinds come from their samples).
BUILTIN_TYPES = {
    "Azure Storage Account access key", "Base64 High Entropy String", "Basic Auth Credentials",
    "GitHub Token", "GitLab Token", "Hex High Entropy String", "JSON Web Token", "NPM tokens", "Private Key",
    "SendGrid API Key", "Secret Keyword", "Slack Token", "Stripe Access Key", "Twilio API Key",
}


def build(args: Tuple[str, ...], source: Path, output: Path, env: Optional[Dict[str, str]] = None) -> Path:
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", *args, "--outdir", str(output), str(source)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [built] = [path for path in output.iterdir() if path.name.endswith(".tar.gz" if "--sdist" in args else ".whl")]
    return built


def install(wheel: Path, venv: Path, env: Dict[str, str]) -> Path:
    """`wheel` installed into a new venv by this environment's pip (quicker than the venv's own
    pip, which would need bootstrapping); the venv's bin folder."""
    made = subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                                "--quiet", str(wheel)], env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    return venv / "bin"


def members(wheel: Path) -> List[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def compiler_expected() -> bool:
    """CI builds the compiled scanner (and .ci/run sets CI); elsewhere, where there is a compiler."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return bool(os.environ.get("CI")) or shutil.which(compiler) is not None


@pytest.fixture(scope="module")
def clean_env(offline_pip_env: Dict[str, str]) -> Dict[str, str]:
    env = {**os.environ, **offline_pip_env}
    for variable in ("PYTHONPATH", "SECRETFENCE_PURE_PYTHON", "SECRETFENCE_PURE_PYTHON_BUILD"):
        env.pop(variable, None)
    return env


@pytest.fixture(scope="module")
def sdist(hook_repo: Tuple[Path, str], tmp_path_factory: pytest.TempPathFactory, clean_env: Dict[str, str]) -> Path:
    snapshot, _ = hook_repo  # this checkout's files, as committed and about to be
    work = tmp_path_factory.mktemp("sdist")
    source = work / "source"
    shutil.copytree(snapshot, source, ignore=shutil.ignore_patterns(".git"))
    return build(("--sdist",), source, work / "dist", clean_env)


def wheel_from(sdist: Path, work: Path, env: Dict[str, str]) -> Path:
    """A wheel built from the unpacked sdist, as pip builds one."""
    safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python >= 3.9.17 / 3.11.4
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", **safe)  # type: ignore[arg-type]
    return build(("--wheel",), work / "unpacked" / f"secretfence-{__version__}", work / "dist", env)


@pytest.fixture(scope="module")
def abi3_wheel(sdist: Path, tmp_path_factory: pytest.TempPathFactory, clean_env: Dict[str, str]) -> Path:
    return wheel_from(sdist, tmp_path_factory.mktemp("abi3-wheel"), clean_env)


@pytest.fixture(scope="module")
def pure_wheel(sdist: Path, tmp_path_factory: pytest.TempPathFactory, clean_env: Dict[str, str]) -> Path:
    return wheel_from(sdist, tmp_path_factory.mktemp("pure-wheel"), {**clean_env, "SECRETFENCE_PURE_PYTHON_BUILD": "1"})


@pytest.fixture(scope="module")
def abi3_bin(abi3_wheel: Path, tmp_path_factory: pytest.TempPathFactory, clean_env: Dict[str, str]) -> Path:
    return install(abi3_wheel, tmp_path_factory.mktemp("abi3-venv") / "venv", clean_env)


@pytest.fixture(scope="module")
def pure_bin(pure_wheel: Path, tmp_path_factory: pytest.TempPathFactory, clean_env: Dict[str, str]) -> Path:
    return install(pure_wheel, tmp_path_factory.mktemp("pure-venv") / "venv", clean_env)


def test_sdist_builds_a_wheel_that_installs_and_runs(sdist: Path, abi3_wheel: Path, abi3_bin: Path, tmp_path: Path,
                                                     clean_env: Dict[str, str]) -> None:
    assert sdist.name == f"secretfence-{__version__}.tar.gz"
    with tarfile.open(sdist) as archive:
        sources = set(archive.getnames())
    assert {f"secretfence-{__version__}/src/secretfence/_scan.c", f"secretfence-{__version__}/src/secretfence/_scan.pyi"} <= sources
    names = set(members(abi3_wheel))
    assert {"secretfence/cli.py", "secretfence/py.typed", "secretfence/_scan.pyi",
            f"secretfence-{__version__}.dist-info/entry_points.txt"} <= names
    assert "secretfence/_scan.c" not in names  # the source stays in the sdist
    # The file `detect-secrets scan --plugin` loads ships in the package, and nothing is
    # installed that Python runs at start-up.
    assert "secretfence/compat/detect_secrets/plugins_dir/secretfence_plugins.py" in names
    assert not [name for name in names if name.endswith(".pth")]

    tool = str(abi3_bin / "secretfence")
    version = subprocess.run([tool, "--version"], env=clean_env, capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout in (f"secretfence {__version__} ({COMPILED})\n", f"secretfence {__version__} ({NOT_INSTALLED})\n")

    project = tmp_path / "project"
    write(project / "publish.py", f'TOKEN = "{LEAK}"\n')
    write(project / "clean.py", "VALUE = 1\n")
    scan = subprocess.run([tool, "scan", "--no-baseline", "--format", "json", "publish.py", "clean.py"], env=clean_env,
                          capture_output=True, text=True, cwd=project)
    assert scan.returncode == 1, scan.stdout + scan.stderr
    assert '"type": "PyPI API Token"' in scan.stdout and LEAK not in scan.stdout + scan.stderr
    clean = subprocess.run([tool, "scan", "--no-baseline", "clean.py"], env=clean_env, capture_output=True, text=True,
                           cwd=project)
    assert clean.returncode == 0, clean.stdout + clean.stderr


# --- the compiled scanner: one abi3 wheel per platform ---------------------------------------

PLATFORM_TAG = re.sub(r"[-.]", "_", sysconfig.get_platform())
# A small workout of every function, printed: the same on every CPython the abi3 binary serves.
EXERCISE = """
from secretfence import _scan
index = _scan.compile_literals([b"AKIA", b"ghp_"], [b"secret", b"pw"])
print(hex(_scan.LIMITED_API), _scan.__file__.rsplit("/", 1)[-1])
print(_scan.find_literals(b"x AKIA\\nthe SECRET ghp_ pw\\nakia PW", index))
table = bytearray(256)
for byte in b"abcdef0123456789":
    table[byte] |= 1
table[ord("'")] |= 0x80
print(_scan.find_runs(b"k = 'deadbeef' cafe0123456 'abc'", bytes(table), [(4, True), ]))
"""
EXERCISED = ("0x3090000 _scan.abi3.so\n"
             "[(2, 0), (11, 2), (18, 1), (23, 3), (31, 3)]\n"  # AKIA, SECRET, ghp_, pw, PW; not akia
             "[[(5, 13)]]\n")  # the quoted run only


def test_the_wheel_is_abi3_with_the_compiled_scanner_that_imports(abi3_wheel: Path, abi3_bin: Path,
                                                                  clean_env: Dict[str, str]) -> None:
    if not compiler_expected():
        pytest.skip("no C compiler here: the wheel has no compiled scanner (CI installs one)")
    assert abi3_wheel.name == f"secretfence-{__version__}-cp39-abi3-{PLATFORM_TAG}.whl"
    assert [name for name in members(abi3_wheel) if name.startswith("secretfence/_scan.")] == [
        "secretfence/_scan.abi3.so", "secretfence/_scan.pyi"]
    with zipfile.ZipFile(abi3_wheel) as archive:
        wheel_metadata = archive.read(f"secretfence-{__version__}.dist-info/WHEEL").decode()
    assert "Root-Is-Purelib: false" in wheel_metadata and f"Tag: cp39-abi3-{PLATFORM_TAG}" in wheel_metadata

    exercised = subprocess.run([str(abi3_bin / "python"), "-c", EXERCISE], env=clean_env, capture_output=True, text=True)
    assert (exercised.returncode, exercised.stderr, exercised.stdout) == (0, "", EXERCISED)
    version = subprocess.run([str(abi3_bin / "secretfence"), "--version"], env=clean_env, capture_output=True, text=True)
    assert (version.returncode, version.stdout) == (0, f"secretfence {__version__} ({COMPILED})\n"), version.stderr
    forced = subprocess.run([str(abi3_bin / "secretfence"), "--version"], capture_output=True, text=True,
                            env={**clean_env, "SECRETFENCE_PURE_PYTHON": "1"})
    assert forced.stdout == f"secretfence {__version__} (pure-Python scanner: SECRETFENCE_PURE_PYTHON is set)\n"


def _cpython(minor: int) -> Optional[str]:
    """An interpreter of CPython 3.<minor> on this machine: on PATH, or one pyenv installed."""
    candidates = [shutil.which(f"python3.{minor}") or ""]
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    candidates += sorted(str(path) for path in Path(pyenv_root).glob(f"versions/3.{minor}.*/bin/python3.{minor}"))
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
                               capture_output=True, text=True)
        if probe.stdout == f"cpython 3 {minor}\n":
            return candidate
    return None


@pytest.mark.parametrize("minor", [9, 13])
def test_the_one_abi3_wheel_serves_other_cpythons(minor: int, abi3_wheel: Path, tmp_path: Path,
                                                  clean_env: Dict[str, str]) -> None:
    """The wheel built here (CPython 3.11) installs into and runs on the oldest CPython it
    supports (3.9) and the newest (3.13): pip accepts its tag there, and the binary loads. (A
    stable-ABI binary that loads on both ends loads between them; 3.11's own install is tested
    above.) Its dependencies are not in the wheelhouse of this interpreter, so only the scanner runs."""
    if not compiler_expected():
        pytest.skip("no C compiler here: the wheel has no compiled scanner (CI installs one)")
    python = _cpython(minor)
    if python is None:
        pytest.skip(f"no CPython 3.{minor} on this machine")
    if sysconfig.get_config_var("py_version_nodot") == f"3{minor}":
        pytest.skip("this interpreter's own install is tested above")
    # That interpreter's own venv and pip (ours may not support it): pip decides whether the tag fits.
    venv = tmp_path / "venv"
    made = subprocess.run([python, "-m", "venv", str(venv)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps",
                                str(abi3_wheel)], env=clean_env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    bin_dir = venv / "bin"
    exercised = subprocess.run([str(bin_dir / "python"), "-c", EXERCISE], env=clean_env, capture_output=True, text=True)
    assert (exercised.returncode, exercised.stderr, exercised.stdout) == (0, "", EXERCISED)


# --- the pure-Python wheel -------------------------------------------------------------------

def _tree_with_every_kind(root: Path) -> List[str]:
    """Files with secrets of each kind: secretfence's detectors' own true samples, and lines
    detect-secrets' plugins find."""
    names = []
    for detector in REGISTRY.detectors():
        for index, sample in enumerate(detector.true_samples):
            names.append(f"{detector.kind}{index}/{sample.filename}")
            write(root / names[-1], sample.text)
    names.append("builtin/settings.py")
    write(root / names[-1], "\n".join(BUILTIN_LINES) + "\n")
    return names


def test_the_pure_wheel_installs_anywhere_and_finds_what_the_compiled_one_finds(
        pure_wheel: Path, pure_bin: Path, abi3_bin: Path, tmp_path: Path, clean_env: Dict[str, str]) -> None:
    assert pure_wheel.name == f"secretfence-{__version__}-py3-none-any.whl"
    names = members(pure_wheel)
    assert "secretfence/cli.py" in names
    assert [name for name in names if name.endswith((".so", ".pyd", ".c"))] == []
    with zipfile.ZipFile(pure_wheel) as archive:
        wheel_metadata = archive.read(f"secretfence-{__version__}.dist-info/WHEEL").decode()
    assert "Root-Is-Purelib: true" in wheel_metadata and "Tag: py3-none-any" in wheel_metadata

    version = subprocess.run([str(pure_bin / "secretfence"), "--version"], env=clean_env, capture_output=True, text=True)
    assert (version.returncode, version.stdout) == (0, f"secretfence {__version__} ({NOT_INSTALLED})\n"), version.stderr

    project = tmp_path / "project"
    files = _tree_with_every_kind(project)
    reports = {}
    for label, bin_dir in (("pure", pure_bin), ("compiled", abi3_bin)):
        scan = subprocess.run([str(bin_dir / "secretfence"), "scan", "--no-baseline", "--format", "json", *files],
                              env=clean_env, capture_output=True, text=True, cwd=project)
        assert (scan.returncode, scan.stderr) == (1, ""), scan.stdout
        reports[label] = json.loads(scan.stdout)
    assert reports["pure"] == reports["compiled"]
    found = {finding["type"] for findings in reports["pure"]["results"].values() for finding in findings}
    assert found == {detector.secret_type for detector in REGISTRY.detectors()} | BUILTIN_TYPES
    files_with_findings = set(reports["pure"]["results"])
    assert files_with_findings == set(files)
