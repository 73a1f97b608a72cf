"""Hostile baselines and the files around them: a baseline that names code, filters that would
switch the gate off, files that are not files, malformed settings, links that lead outside the
repository, settings that hold a secret. Each ends in one line naming the problem (exit 2), or in
the finding the baseline tried to hide (exit 1)."""
from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

from tests.hostile.case import HostileCase

# Generated fakes with the right shape; neither was ever a live credential.
TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
GITHUB = "ghp_Zx8Kq2Lm9Np4Rt7Vw1Yb3Cd6Ef0Gh5Jk2Ls8"
SECRETS = (TELEGRAM, GITHUB)
TELEGRAM_SHA1 = "6559f48846812ad35d95fcb414177c66da368a60"
BASELINE = "baseline/secrets.baseline"
FOUND = "Telegram Bot API Token"
NOT_BUILTIN = "is not one of detect-secrets 1.5's built-in filters; a baseline is data"
REFUSED_LINK = "refused: a symbolic link leads outside the repository"
# The code a hostile baseline names: it would leave a marker (tests/commands/baseline_test.py
# checks that it never runs, with a listener too).
EVIL = "open('IMPORTED', 'w').close()\ndef f(*args, **kwargs):\n    return True\n"


def _git(directory: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=directory, check=True, capture_output=True)


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _baseline_text(**document: Any) -> bytes:
    return json.dumps({"version": "1.5.0", "results": {}, **document}).encode()


def _leak(directory: Path) -> None:
    _write(directory / "leak.py", f"TOKEN = '{TELEGRAM}'\n".encode())
    _write(directory / "baseline" / "evil.py", EVIL.encode())
    _write(directory / "sfevil.py", EVIL.encode())


def _scan_with(argv: Sequence[str] = ("scan", "leak.py"), **document: Any) -> Callable[[Path], Sequence[str]]:
    """leak.py beside a baseline made of `document`."""

    def build(directory: Path) -> Sequence[str]:
        _leak(directory)
        _write(directory / BASELINE, _baseline_text(**document))
        return list(argv)

    return build


def _scan_with_file(make: Callable[[Path], None], pyproject: Optional[bytes] = None) -> Callable[[Path], Sequence[str]]:
    """leak.py, and whatever `make` puts at the baseline's path."""

    def build(directory: Path) -> Sequence[str]:
        _leak(directory)
        (directory / "baseline").mkdir(exist_ok=True)
        if pyproject is not None:
            _write(directory / "pyproject.toml", pyproject)
        make(directory)
        return ["scan", "leak.py"]

    return build


def _wheel_with(**document: Any) -> Callable[[Path], Sequence[str]]:
    """A wheel holding the token, beside a baseline made of `document`: the upload gate."""

    def build(directory: Path) -> Sequence[str]:
        with zipfile.ZipFile(_write(directory / "dist" / "x-1.0-py3-none-any.whl", b""), "w") as archive:
            archive.writestr("pkg/c.py", f"T = '{TELEGRAM}'\nG = '{GITHUB}'\n")
        _write(directory / BASELINE, _baseline_text(**document))
        return ["check-dist", "dist"]

    return build


def _regex(kind: str, *patterns: Any) -> Dict[str, Any]:
    return {"path": f"detect_secrets.filters.regex.should_exclude_{kind}", "pattern": list(patterns)}


def _linked(name: str, argv: Sequence[str], inside: bool = False) -> Callable[[Path], Sequence[str]]:
    """A git repository whose `name` is a link: to a path beside the case's directory (never
    created: the write is refused first), or with `inside`, to a file in the repository."""

    def build(directory: Path) -> Sequence[str]:
        _git(directory, "init", "-q")
        _write(directory / "a.py", b"x = 'AKIA4NACSIJMDDNSEDTE'\n")
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        if inside:
            target = _write(directory / "security" / "team.baseline", _baseline_text())
        else:
            target = directory.parent / f"{directory.name}.outside" / "precious"
        os.symlink(os.path.relpath(target, (directory / name).parent), directory / name)
        _git(directory, "add", "-A")
        return list(argv)

    return build


def _many_results(directory: Path) -> Sequence[str]:
    """A large but honest baseline: 200,000 audited entries (about 40 MB)."""
    _leak(directory)
    results: Dict[str, List[Dict[str, Any]]] = {}
    for number in range(200_000):
        name = f"tests/fixtures/f{number // 4}.py"
        results.setdefault(name, []).append({"type": "Secret Keyword", "filename": name, "hashed_secret": f"{number:040x}",
                                             "is_verified": False, "line_number": number % 4 + 1, "is_secret": False})
    _write(directory / BASELINE, _baseline_text(results=results))
    return ["scan", "leak.py"]


def _sparse(size: int) -> Callable[[Path], None]:
    def make(directory: Path) -> None:
        with open(directory / BASELINE, "wb") as handle:
            handle.truncate(size)

    return make


CASES: List[HostileCase] = [
    # A baseline is data: nothing it names is imported.
    HostileCase("baseline-filter-file-url", _scan_with(filters_used=[{"path": "file://baseline/evil.py::f"}]), 2,
                f"filters_used[0]: filter 'fil…::f' {NOT_BUILTIN}", SECRETS),
    HostileCase("baseline-filter-dotted-module", _scan_with(filters_used=[{"path": "sfevil.f"}]), 2,
                f"filters_used[0]: filter 's…f' {NOT_BUILTIN}", SECRETS),
    HostileCase("baseline-filter-stdlib-function", _scan_with(filters_used=[{"path": "antigravity.geohash"}]), 2,
                f"filters_used[0]: filter 'an…sh' {NOT_BUILTIN}", SECRETS),
    HostileCase("baseline-filter-file-url-etc-passwd", _scan_with(filters_used=[{"path": "file:///etc/passwd::x"}]), 2,
                f"filters_used[0]: filter 'fil…:x' {NOT_BUILTIN}", SECRETS),
    HostileCase("baseline-plugin-path", _scan_with(plugins_used=[{"name": "EvilDetector", "path": "file://baseline/evil.py"}]),
                2, "plugins_used[0]: names plugin 'Ev…r', which secretfence cannot load", SECRETS),
    HostileCase("baseline-old-custom-plugin-paths",
                _scan_with(version="0.14.3", plugins_used=[], custom_plugin_paths=["baseline/evil.py"]), 2,
                "`custom_plugin_paths` names plugin code; a baseline is data", SECRETS),
    # Filters that would switch the gate off.
    HostileCase("baseline-exclude-secret-match-everything", _scan_with(filters_used=[_regex("secret", ".*")]), 2,
                "`pattern`[0] '**' matches the empty string, so it matches every secret", SECRETS),
    HostileCase("baseline-exclude-line-empty-pattern", _scan_with(filters_used=[_regex("line", "")]), 2,
                "`pattern`[0] '' matches the empty string, so it matches every line", SECRETS),
    HostileCase("baseline-exclude-file-match-everything", _scan_with(filters_used=[_regex("file", "^x?")]), 2,
                "`pattern`[0] '***' matches the empty string, so it matches every file", SECRETS),
    HostileCase("baseline-exclude-secret-any-character", _scan_with(filters_used=[_regex("secret", ".")]), 1,
                FOUND, SECRETS),
    HostileCase("baseline-exclude-line-any-character", _scan_with(filters_used=[_regex("line", ".")]), 1,
                FOUND, SECRETS),
    HostileCase("baseline-exclude-file-any-character", _scan_with(filters_used=[_regex("file", ".")]), 1,
                "skipped: leak.py: detect-secrets' plugins set aside by the baseline's should_exclude_file", SECRETS),
    HostileCase("baseline-gate-ignores-regex-filters",
                _wheel_with(filters_used=[_regex("file", "."), _regex("line", "T = "), _regex("secret", "AAH", "ghp")]),
                1, "2 new secrets in 1 file", SECRETS),
    HostileCase("baseline-gate-keeps-dropped-plugins", _wheel_with(plugins_used=[{"name": "KeywordDetector"}]), 1,
                "GitHub Token", SECRETS),
    HostileCase("baseline-gate-exact-entry-labelled-real", _wheel_with(results={"dist/x-1.0-py3-none-any.whl!pkg/c.py": [
        {"type": FOUND, "filename": "dist/x-1.0-py3-none-any.whl!pkg/c.py", "hashed_secret": TELEGRAM_SHA1,
         "is_secret": True}]}), 1, "2 new secrets in 1 file", SECRETS),
    HostileCase("baseline-gate-exact-entry-unaudited", _wheel_with(results={"dist/x-1.0-py3-none-any.whl!pkg/c.py": [
        {"type": FOUND, "filename": "dist/x-1.0-py3-none-any.whl!pkg/c.py", "hashed_secret": TELEGRAM_SHA1}]}), 1,
                "2 new secrets in 1 file", SECRETS),
    # Files that are not baselines.
    HostileCase("baseline-dev-zero-link", _scan_with_file(lambda d: os.symlink("/dev/zero", d / BASELINE)), 2,
                "secrets.baseline: cannot read baseline: not a regular file (a character device)", SECRETS),
    HostileCase("baseline-fifo", _scan_with_file(lambda d: os.mkfifo(d / BASELINE)), 2,
                "secrets.baseline: cannot read baseline: not a regular file (a FIFO)", SECRETS),
    HostileCase("baseline-directory", _scan_with_file(lambda d: (d / BASELINE).mkdir()), 2,
                "secrets.baseline: cannot read baseline: not a regular file (a directory)", SECRETS),
    HostileCase("baseline-configured-fifo",
                _scan_with_file(lambda d: os.mkfifo(d / "fifo"), b'[tool.secretfence]\nbaseline = "fifo"\n'), 2,
                "[tool.secretfence] baseline '****': cannot read baseline: not a regular file (a FIFO)", SECRETS),
    HostileCase("baseline-configured-outside-the-repository",
                _scan_with_file(lambda d: None, b'[tool.secretfence]\nbaseline = "../../.bashrc"\n'), 2,
                "[tool.secretfence] baseline '..…c' must be a path inside the repository", SECRETS),
    HostileCase("baseline-over-64-mib", _scan_with_file(_sparse(64 * 1024 * 1024 + 1)), 2,
                "cannot read baseline: larger than 64 MiB, too large for a settings file", SECRETS),
    HostileCase("baseline-nested-100k-deep", _scan_with_file(
        lambda d: _write(d / BASELINE, b"[" * 100_000 + b"]" * 100_000) and None), 2,
                "not a valid JSON baseline: nested too deeply", SECRETS),
    HostileCase("baseline-not-utf8", _scan_with_file(lambda d: _write(d / BASELINE, b'{"results": {"\xff": []}}') and None),
                2, "not a valid JSON baseline: not UTF-8 (byte 14)", SECRETS),
    HostileCase("baseline-200k-audited-entries", _many_results, 1, FOUND, SECRETS),
    # Malformed settings.
    HostileCase("baseline-plugin-limit-not-a-number",
                _scan_with(plugins_used=[{"name": "Base64HighEntropyString", "limit": "abc"}]), 2,
                "plugins_used[0]: plugin Base64HighEntropyString: `limit` must be a number between 0.0 and 8.0", SECRETS),
    HostileCase("baseline-plugin-unknown-setting", _scan_with(plugins_used=[{"name": "StripeDetector", "verify": True}]),
                2, "plugins_used[0]: plugin StripeDetector has no setting 'verify'", SECRETS),
    HostileCase("baseline-filter-without-path", _scan_with(filters_used=[{"pattern": "x"}]), 2,
                "filters_used[0]: has no `path`", SECRETS),
    HostileCase("baseline-filter-pattern-invalid-regex", _scan_with(filters_used=[_regex("file", "[")]), 2,
                "`pattern`[0] '*' is not a valid regular expression (unterminated character set at position 0)", SECRETS),
    HostileCase("baseline-filter-pattern-a-string", _scan_with(filters_used=[
        {"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": "["}]), 2,
                "`pattern` must be a list of regular expressions", SECRETS),
    HostileCase("baseline-version-a-number", _scan_with(version=1.5), 2, '`version` must be a string such as "1.5.0"',
                SECRETS),
    # str.isdigit() takes a superscript digit, which int() refuses: it was an internal error (ValueError).
    HostileCase("baseline-version-superscript-digit", _scan_with(version="\u00b9.5"), 2,
                "baseline/secrets.baseline: cannot upgrade a version '***' baseline", SECRETS),
    # Values that hold a secret are quoted masked.
    HostileCase("baseline-plugin-named-after-a-secret", _scan_with(plugins_used=[{"name": GITHUB}]), 2,
                "plugins_used[0]: names plugin 'ghp…Ls8'", SECRETS),
    HostileCase("baseline-filter-pattern-holding-a-secret", _scan_with(filters_used=[_regex("line", f"({TELEGRAM}")]), 2,
                "`pattern`[0] '(72…NjM' is not a valid regular expression (missing ), unterminated subpattern at "
                "position 0)", SECRETS),
    HostileCase("baseline-configured-path-holding-a-secret",
                _scan_with_file(lambda d: None, f'[tool.secretfence]\nbaseline = "{GITHUB}"\n'.encode()), 2,
                "[tool.secretfence] baseline 'ghp…Ls8': missing (create it with `secretfence baseline create`)", SECRETS),
    HostileCase("baseline-pyproject-exclude-holding-a-secret",
                _scan_with_file(lambda d: None, f'[tool.secretfence]\nexclude = ["{GITHUB}("]\n'.encode()), 2,
                "[tool.secretfence] exclude[0]: 'ghp…s8(' is not a valid regular expression", SECRETS),
    HostileCase("baseline-pyproject-disable-holding-a-secret",
                _scan_with_file(lambda d: None, f'[tool.secretfence]\ndisable = ["{GITHUB}"]\n'.encode()), 2,
                "[tool.secretfence] disable: unknown detector or kind 'ghp…Ls8'", SECRETS),
    HostileCase("baseline-pyproject-block-holding-a-secret",
                _scan_with_file(lambda d: None, f'[tool.secretfence.upload]\nblock = "{TELEGRAM}"\n'.encode()), 2,
                "upload block must be one of high, medium, low, not '721…NjM'", SECRETS),
    HostileCase("baseline-pyproject-exclude-everything",
                _scan_with_file(lambda d: None, b'[tool.secretfence]\nexclude = [".*"]\n'), 2,
                "[tool.secretfence] exclude[0]: '**' matches the empty string, so it matches every path", SECRETS),
    # Writes through links that lead outside the repository.
    HostileCase("baseline-create-through-link-outside", _linked(BASELINE, ["baseline", "create", "--force"]), 2,
                f"secrets.baseline: {REFUSED_LINK}"),
    HostileCase("baseline-create-through-directory-link-outside",
                _linked("baseline", ["baseline", "create", "--baseline", "baseline/x.baseline"]), 2,
                f"baseline/x.baseline: {REFUSED_LINK}"),
    HostileCase("baseline-gitattributes-link-outside", _linked(".gitattributes", ["baseline", "install-merge-driver"]),
                2, f".gitattributes: {REFUSED_LINK}"),
    HostileCase("baseline-update-through-link-inside", _linked(BASELINE, ["baseline", "update"], inside=True), 0,
                "secretfence: updated baseline/secrets.baseline: 1 added"),
]
