"""Hostile configuration: project and user config files, environment, options, a broken install.

Every case ends in one line naming the problem (exit 2), or, for --verify against a host the
scanned file names, in a finding whose check was refused without a connection (exit 1).
"""
from __future__ import annotations

import os
import shutil
import sysconfig
import zipfile
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from tests.hostile.case import HostileCase

REDIS_PASSWORD = "Hq7pLr2Vx9Zt4Wm8"
TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
APP = f"R = 'redis://:{REDIS_PASSWORD}@cache.internal:6379/0'\nT = '{TELEGRAM}'\n"
SECRETS = (REDIS_PASSWORD, TELEGRAM)


def _project(pyproject: Optional[bytes], argv: Sequence[str] = ("scan", "app.py"),
             extra: Optional[Callable[[Path], None]] = None) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        (directory / "app.py").write_text(APP)
        if pyproject is not None:
            (directory / "pyproject.toml").write_bytes(pyproject)
        if extra is not None:
            extra(directory)
        return list(argv)

    return build


def _user_config(content: bytes, repository: bool = False) -> Callable[[Path], None]:
    """A user config under ./home (HOME=home): outside the scanned repository unless `repository`
    makes the case directory one (then HOME=. puts it inside)."""

    def make(directory: Path) -> None:
        home = directory if repository else directory / "home"
        path = home / ".config" / "secretfence" / "config.toml"
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
        if repository:
            (directory / ".git").mkdir()

    return make


def _fifo_user_config(directory: Path) -> None:
    path = directory / "home" / ".config" / "secretfence" / "config.toml"
    path.parent.mkdir(parents=True)
    os.mkfifo(path)


def _without_plugin_module(module: str) -> Callable[[Path], None]:
    """A real copy of the installed detect_secrets minus one plugin module, in the current
    directory: `python -m` puts it ahead of the installed package on sys.path."""

    def make(directory: Path) -> None:
        source = Path(sysconfig.get_paths()["purelib"]) / "detect_secrets"
        shutil.copytree(source, directory / "detect_secrets", ignore=shutil.ignore_patterns("__pycache__"))
        (directory / "detect_secrets" / "plugins" / f"{module}.py").unlink()

    return make


def _wheel(directory: Path) -> None:
    (directory / "dist").mkdir()
    with zipfile.ZipFile(directory / "dist" / "p-1.0-py3-none-any.whl", "w") as archive:
        archive.writestr("p/app.py", APP)


# XDG_CONFIG_HOME="" (relative: ignored) so that a developer's own setting does not take over.
HOME: Dict[str, str] = {"HOME": "home", "XDG_CONFIG_HOME": ""}
IN_REPO_HOME: Dict[str, str] = {"HOME": ".", "XDG_CONFIG_HOME": ""}

CASES: List[HostileCase] = [
    # Where secrets may go: the scanned project decides nothing.
    HostileCase("config-project-verify", _project(b"[tool.secretfence]\nverify = true\n"), 2,
                "[tool.secretfence] verify is no longer read from the project", SECRETS),
    HostileCase("config-project-endpoints",
                _project(b'[tool.secretfence.endpoints]\ntelegram = "http://collector.example"\n'), 2,
                "[tool.secretfence.endpoints] is no longer read from the project", SECRETS),
    HostileCase("config-project-upload-verify", _project(b"[tool.secretfence.upload]\nverify = true\n"), 2,
                "[tool.secretfence.upload] verify is no longer read from the project", SECRETS),
    HostileCase("config-user-config-inside-repository",
                _project(None, ("scan", "app.py"), _user_config(b'verify = true\n', repository=True)), 2,
                "refused: a user config inside the scanned repository", SECRETS, env=IN_REPO_HOME),
    HostileCase("verify-scanned-loopback-host-refused",
                _project(None, ("scan", "--verify", "cfg.env"), lambda d: (d / "cfg.env").write_text(
                    f"REDIS_URL=redis://:{REDIS_PASSWORD}@127.0.0.1:1/0\n")), 1,
                "internal address refused; --verify-allow-internal to allow", SECRETS),
    HostileCase("verify-scanned-metadata-host-refused",
                _project(None, ("scan", "--verify", "--format", "json", "cfg.env"), lambda d: (d / "cfg.env").write_text(
                    f"REDIS_URL=redis://:{REDIS_PASSWORD}@169.254.169.254:6379/0\n")), 1,
                "internal address refused; --verify-allow-internal to allow", SECRETS),
    HostileCase("verify-scanned-localhost-name-refused",
                _project(None, ("scan", "--verify", "--format", "sarif", "cfg.env"), lambda d: (d / "cfg.env").write_text(
                    f"REDIS_URL=redis://:{REDIS_PASSWORD}@localhost:6379/0\n")), 1,
                "internal address refused; --verify-allow-internal to allow", SECRETS),
    # The project's pyproject.toml.
    HostileCase("config-tool-not-a-table", _project(b"tool = 1\n"), 2, "[tool] must be a table, not a number", SECRETS),
    HostileCase("config-secretfence-not-a-table", _project(b'[tool]\nsecretfence = "on"\n'), 2,
                "[tool.secretfence] must be a table, not a string", SECRETS),
    HostileCase("config-not-utf8", _project(b'[tool.secretfence]\nbaseline = "caf\xe9"\n'), 2,
                "not UTF-8 (byte 34); TOML files must be UTF-8", SECRETS),
    HostileCase("config-utf16", _project("[tool.secretfence]\n".encode("utf-16")), 2,
                "not UTF-8 (byte 0); TOML files must be UTF-8", SECRETS),
    HostileCase("config-invalid-toml", _project(b"[tool.secretfence\n"), 2, "invalid TOML", SECRETS),
    HostileCase("config-unknown-key", _project(b'[tool.secretfence]\nbaselin = "b"\n'), 2,
                "has unknown key(s): baselin (did you mean baseline?)", SECRETS),
    HostileCase("config-unknown-upload-key", _project(b'[tool.secretfence.upload]\nblok = "low"\n'), 2,
                "[tool.secretfence.upload] has unknown key(s): blok (did you mean block?)", SECRETS),
    HostileCase("config-disable-misspelled-detector", _project(b'[tool.secretfence]\ndisable = ["KeywordDetecter"]\n'), 2,
                "unknown detector or kind 'Ke…r' (did you mean KeywordDetector?)", SECRETS),
    HostileCase("config-disable-misspelled-kind", _project(b'[tool.secretfence]\ndisable = ["reddis"]\n'), 2,
                "unknown detector or kind 'r…' (did you mean redis?)", SECRETS),
    HostileCase("config-disable-not-a-list", _project(b'[tool.secretfence]\ndisable = "redis"\n'), 2,
                "[tool.secretfence] disable must be a list of strings", SECRETS),
    HostileCase("config-pyproject-directory", _project(None, extra=lambda d: (d / "pyproject.toml").mkdir()), 2,
                "pyproject.toml: cannot read: not a regular file (a directory)", SECRETS),
    HostileCase("config-pyproject-fifo", _project(None, extra=lambda d: os.mkfifo(d / "pyproject.toml")), 2,
                "pyproject.toml: cannot read: not a regular file (a FIFO)", SECRETS),
    HostileCase("config-pyproject-dangling-link",
                _project(None, extra=lambda d: (d / "pyproject.toml").symlink_to(d / "gone.toml")), 2,
                "pyproject.toml: cannot read: No such file or directory", SECRETS),
    HostileCase("config-pyproject-link-loop",
                _project(None, extra=lambda d: (d / "pyproject.toml").symlink_to(d / "pyproject.toml")), 2,
                "pyproject.toml: cannot read: Too many levels of symbolic links", SECRETS),
    # The user config and the environment.
    HostileCase("config-user-unknown-key", _project(None, extra=_user_config(b"verfy = true\n")), 2,
                "has unknown key(s): verfy (did you mean verify?)", SECRETS, env=HOME),
    HostileCase("config-user-endpoint-not-http",
                _project(None, extra=_user_config(b'[endpoints]\ntelegram = "file:///etc/passwd"\n')), 2,
                "[endpoints] telegram must be an http:// or https:// URL with a host", SECRETS, env=HOME),
    HostileCase("config-user-timeout-zero", _project(None, extra=_user_config(b"verify_timeout = 0\n")), 2,
                "verify_timeout must be a positive number of seconds", SECRETS, env=HOME),
    HostileCase("config-user-deadline-negative", _project(None, extra=_user_config(b"verify_deadline = -1.5\n")), 2,
                "verify_deadline must be a positive number of seconds", SECRETS, env=HOME),
    HostileCase("config-user-not-utf8", _project(None, extra=_user_config(b"verify = true # \xfe\n")), 2,
                "not UTF-8 (byte 16); TOML files must be UTF-8", SECRETS, env=HOME),
    HostileCase("config-user-fifo", _project(None, extra=_fifo_user_config), 2,
                "config.toml: cannot read: not a regular file (a FIFO)", SECRETS, env=HOME),
    HostileCase("config-env-endpoint-not-http", _project(None), 2,
                "SECRETFENCE_PYPI_UPLOAD_URL must be an http:// or https:// URL with a host", SECRETS,
                env={"SECRETFENCE_PYPI_UPLOAD_URL": "gopher://upload.pypi.org/"}),
    HostileCase("config-env-verify-not-a-flag", _project(None), 2,
                "SECRETFENCE_VERIFY must be 1 or 0 (true/false, yes/no, on/off)", SECRETS,
                env={"SECRETFENCE_VERIFY": "please"}),
    # Options.
    HostileCase("config-verify-timeout-zero", _project(None, ("scan", "--verify-timeout", "0", "app.py")), 2,
                "argument --verify-timeout: must be a positive number of seconds", SECRETS),
    HostileCase("config-verify-timeout-nan", _project(None, ("scan", "--verify-timeout", "nan", "app.py")), 2,
                "argument --verify-timeout: must be a positive number of seconds", SECRETS),
    HostileCase("config-verify-deadline-negative",
                _project(None, ("check-dist", "--verify-deadline", "-1", "dist"), _wheel), 2,
                "argument --verify-deadline: must be a positive number of seconds", SECRETS),
    HostileCase("config-jobs-zero", _project(None, ("scan", "--jobs", "0", "app.py")), 2,
                "argument --jobs: must be a whole number above zero", SECRETS),
    HostileCase("config-upload-verify-timeout-zero",
                _project(None, ("upload", "--secretfence-verify-timeout", "0", "dist/p-1.0-py3-none-any.whl"), _wheel), 2,
                "--secretfence-verify-timeout: must be a positive number of seconds", SECRETS),
    # A broken detect-secrets installation.
    HostileCase("config-missing-plugin-module", _project(None, extra=_without_plugin_module("stripe")), 2,
                "plugin StripeDetector cannot be loaded: module detect_secrets.plugins.stripe is missing", SECRETS,
                fresh_process=True),
]
