"""`[tool.secretfence]` in pyproject.toml: configure a team's policy once.

    [tool.secretfence]
    baseline = "baseline/secrets.baseline"   # audited findings, detect-secrets format
    exclude = ["^docs/fixtures/"]            # regexes on paths never scanned
    disable = ["KeywordDetector"]            # detector class names or kinds (pypi, aws, redis, telegram)

    [tool.secretfence.upload]
    block = "medium"                         # block findings at or above: "low", "medium", "high"
    verify = false                           # live-check credentials before deciding
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from secretfence.errors import ConfigError
from secretfence.findings import CONFIDENCES, MEDIUM

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older interpreters only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

DEFAULT_BASELINE = "baseline/secrets.baseline"
_KNOWN_KEYS = {"baseline", "exclude", "disable", "upload", "verify", "endpoints"}
_ENDPOINT_KEYS = {"telegram", "aws_sts", "pypi", "testpypi"}
_UPLOAD_KEYS = {"block", "verify"}


@dataclass
class Config:
    root: str = "."
    baseline: Optional[str] = None  # relative to root; None when not configured
    exclude: List[str] = field(default_factory=list)
    disable: List[str] = field(default_factory=list)
    upload_block: str = MEDIUM
    upload_verify: bool = False  # verify at the upload gate even when `verify` is off
    verify: bool = False
    endpoints: Dict[str, str] = field(default_factory=dict)  # base URLs for --verify
    source: str = ""  # the pyproject.toml it came from, for messages

    def baseline_target(self) -> str:
        """Where the team baseline lives (or is to be written)."""
        return os.path.join(self.root, self.baseline or DEFAULT_BASELINE)

    def baseline_path(self) -> Optional[str]:
        """The baseline to read: the configured one, else the default one if it exists."""
        target = self.baseline_target()
        return target if self.baseline is not None or os.path.exists(target) else None


def find_pyproject(start: str) -> Optional[str]:
    directory = os.path.abspath(start)
    while True:
        candidate = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(candidate):
            return candidate
        if os.path.isdir(os.path.join(directory, ".git")):
            return None
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def load_config(start: str = ".") -> Config:
    path = find_pyproject(start)
    if path is None:
        return Config(root=os.path.abspath(start))
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    table = document.get("tool", {}).get("secretfence", {})
    return parse_table(table, root=os.path.dirname(path), source=path)


def parse_table(table: Dict[str, Any], root: str, source: str = "pyproject.toml") -> Config:
    where = f"{source}: [tool.secretfence]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise ConfigError(f"{where} has unknown key(s): {', '.join(sorted(unknown))}")
    config = Config(root=root, source=source)
    if "baseline" in table:
        config.baseline = _string(table["baseline"], f"{where} baseline")
    config.exclude = _strings(table.get("exclude", []), f"{where} exclude")
    config.disable = _strings(table.get("disable", []), f"{where} disable")
    config.verify = _bool(table.get("verify", False), f"{where} verify")
    endpoints = table.get("endpoints", {})
    if not isinstance(endpoints, dict) or not all(isinstance(v, str) for v in endpoints.values()):
        raise ConfigError(f"{where}.endpoints must be a table of URLs")
    unknown = set(endpoints) - _ENDPOINT_KEYS
    if unknown:
        raise ConfigError(f"{where}.endpoints has unknown key(s): {', '.join(sorted(unknown))}")
    config.endpoints = dict(endpoints)
    upload = table.get("upload", {})
    if not isinstance(upload, dict):
        raise ConfigError(f"{where} upload must be a table")
    unknown = set(upload) - _UPLOAD_KEYS
    if unknown:
        raise ConfigError(f"{where}.upload has unknown key(s): {', '.join(sorted(unknown))}")
    block = upload.get("block", MEDIUM)
    if block not in CONFIDENCES:
        raise ConfigError(f"{where}.upload block must be one of {', '.join(CONFIDENCES)}, not {block!r}")
    config.upload_block = block
    if "verify" in upload:
        config.upload_verify = _bool(upload["verify"], f"{where}.upload verify")
    for pattern in config.exclude:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ConfigError(f"{where} exclude: {pattern!r} is not a valid regex: {error}") from None
    return config


def _string(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{what} must be a non-empty string")
    return value


def _strings(value: Any, what: str) -> List[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{what} must be a list of strings")
    return list(value)


def _bool(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{what} must be true or false")
    return value
