"""Which scanner runs, and why: the compiled one must be there where CI expects it (a build that
silently fell back to pure Python fails the run), and `--version` says what runs."""
from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import secretfence
from secretfence import __version__
from secretfence.prefilter import search
from tests.commands.scan_test import TELEGRAM
from tests.conftest import write

COMPILED = "compiled scanner: abi3, CPython 3.9+"
FORCED = "pure-Python scanner: SECRETFENCE_PURE_PYTHON is set"
NOT_INSTALLED = "pure-Python scanner: the compiled one is not installed (pure-Python wheel, or no C compiler)"
ABI3_SUFFIX = ".abi3.so"  # CPython's file name for a limited-API extension on POSIX


def _compiler_here() -> bool:
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(compiler) is not None


def test_the_compiled_scanner_was_built_and_imports_where_ci_expects_it() -> None:
    """CI (.ci/run sets CI=true) installs a compiler: a scanner that did not build or does not
    import there is a failure, not a silent fallback. Elsewhere a compiler means the same."""
    if not os.environ.get("CI") and not _compiler_here():
        pytest.skip("no C compiler at install (.ci/run and scripts/test.sh install one as root)")
    try:
        # Imported directly: SECRETFENCE_PURE_PYTHON turns it off at run time, not at install.
        from secretfence import _scan
    except ImportError as error:
        pytest.fail(f"secretfence._scan did not build or does not import ({error}): is there a C compiler and Python.h?")
    assert _scan.LIMITED_API == 0x03090000
    assert Path(_scan.__file__ or "").name == "_scan" + ABI3_SUFFIX
    assert Path(_scan.__file__ or "").parent == Path(secretfence.__file__).parent  # the installed package's
    if os.environ.get("SECRETFENCE_PURE_PYTHON"):
        assert (search.SCANNER, search.SCANNER_DESCRIPTION) == (None, FORCED)
    else:
        assert (search.SCANNER, search.SCANNER_DESCRIPTION) == (_scan, COMPILED)


def _version(env: dict, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secretfence", "--version"], env=env, capture_output=True, text=True,
                          cwd=cwd)


def test_version_says_when_the_pure_python_scanner_is_forced(tmp_path: Path) -> None:
    env = {**os.environ, "SECRETFENCE_PURE_PYTHON": "1"}
    done = _version(env, tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"secretfence {__version__} ({FORCED})\n", "")


def _package_copy(tmp_path: Path) -> Path:
    """The installed package, copied without its compiled scanner: a folder for PYTHONPATH."""
    installed = Path(secretfence.__file__).parent
    target = tmp_path / "site" / "secretfence"
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    shutil.copytree(installed, target, ignore=lambda _, names: [n for n in names if n.endswith(suffixes)])
    return target


def test_version_says_when_the_compiled_scanner_is_not_installed(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    env.pop("SECRETFENCE_PURE_PYTHON", None)
    done = _version(env, tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"secretfence {__version__} ({NOT_INSTALLED})\n", "")


def test_version_says_when_the_compiled_scanner_fails_to_load(tmp_path: Path) -> None:
    """A binary this interpreter cannot load (another platform's, a damaged one): named, with
    the loader's reason, and the scans run in pure Python."""
    package = _package_copy(tmp_path)
    (package / ("_scan" + ABI3_SUFFIX)).write_bytes(b"not an ELF object\n" * 8)
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    env.pop("SECRETFENCE_PURE_PYTHON", None)
    done = _version(env, tmp_path)
    prefix = f"secretfence {__version__} (pure-Python scanner: the compiled one failed to load (ImportError: "
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(prefix) and done.stdout.endswith("))\n"), done.stdout
    assert "_scan.abi3.so" in done.stdout and len(done.stdout.splitlines()) == 1
    write(tmp_path / "project" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    scan = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "bot.py"], env=env,
                          capture_output=True, text=True, cwd=tmp_path / "project")
    assert (scan.returncode, scan.stderr) == (1, "")
    assert scan.stdout.splitlines()[:2] == ["bot.py", "  line 1: Telegram Bot API Token  721…NjM"]
