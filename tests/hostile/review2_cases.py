"""Hostile inputs of the second outside review (a fresh clone tried as an attacker would): a
.pypirc whose URL and user name hold tokens, secrets outside a `password` key, a file named after
the password it holds, escape sequences in file names, links inside a scanned directory."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Sequence

from tests.fakes import aws_key_id, aws_secret_key, github_token, pypi_token, telegram_token
from tests.hostile.case import HostileCase

GITHUB, TELEGRAM, KEY_ID, PYPI = github_token(71), telegram_token(72), aws_key_id(73), pypi_token(74)
REDIS_PASSWORD = "S3cr3tPassw0rd9q"
KEY_SECRET = next(key for key in (aws_secret_key(seed) for seed in range(75, 200)) if "/" not in key)  # a file name


def _pypirc(directory: Path, text: str) -> Path:
    config = directory / "q.pypirc"
    config.write_text(text)
    config.chmod(0o600)
    return config


def _tokens_in_url_and_user(directory: Path) -> Sequence[str]:
    config = _pypirc(directory, f"[distutils]\nindex-servers = priv\n[priv]\n"
                                f"repository = https://pkgs.example.com/{GITHUB}/simple/?k={TELEGRAM}\n"
                                f"username = {KEY_ID}\npassword = hunter2hunter2\n")
    return ["pypirc", "--config-file", str(config), "--format", "sarif"]


def _token_outside_a_password(directory: Path) -> Sequence[str]:
    config = _pypirc(directory, f"[distutils]\nindex-servers = local\n# backup token: {GITHUB}\n[local]\n"
                                f"repository = http://127.0.0.1:9/\nusername = bob\naws_secret = {PYPI}\n")
    return ["pypirc", "--config-file", str(config)]


def _file_named_after_its_password(directory: Path) -> Sequence[str]:
    (directory / f"{REDIS_PASSWORD}.py").write_text(f'R = "redis://:{REDIS_PASSWORD}@cache.example.com:6379"\n')
    (directory / f"cfg-{KEY_SECRET[:20]}").mkdir()
    (directory / f"cfg-{KEY_SECRET[:20]}" / f"{KEY_SECRET}.ini").write_text(
        f"aws_access_key_id = {KEY_ID}\naws_secret_access_key = {KEY_SECRET}\n")
    return ["scan", "--no-baseline", "--format", "json", "."]


def _escape_sequence_in_a_name(directory: Path) -> Sequence[str]:
    (directory / "tok\x1b]0;owned\x07.py").write_text(f'T = "{GITHUB}"\n')
    (directory / "two\nlines.py").write_text(f'T = "{GITHUB}"\n')
    return ["scan", "--no-baseline", "."]


def _links_in_a_directory(directory: Path) -> Sequence[str]:
    tree = directory / "tree"
    tree.mkdir()
    outside = directory / "outside.py"
    outside.write_text(f'T = "{GITHUB}"\n')
    os.symlink(outside, tree / "link.py")
    os.symlink("nowhere", tree / "dangling.py")
    (tree / "ok.py").write_text("x = 1\n")
    subprocess.run(["git", "init", "-q", str(directory)], check=True)
    return ["scan", "--no-baseline", "tree"]


CASES = [
    HostileCase("review2: tokens in a .pypirc URL and user name are masked in every part of the report",
                _tokens_in_url_and_user, 1, "GitHub Token", secrets=(GITHUB, TELEGRAM, KEY_ID, "hunter2hunter2")),
    HostileCase("review2: a token in a .pypirc comment or another key is a finding",
                _token_outside_a_password, 1, "PyPI API Token", secrets=(GITHUB, PYPI)),
    HostileCase("review2: a file and a directory named after the secrets they hold",
                _file_named_after_its_password, 1, "Redis Credentials", secrets=(REDIS_PASSWORD, KEY_SECRET)),
    HostileCase("review2: escape sequences and line breaks in file names are shown escaped",
                _escape_sequence_in_a_name, 1, "tok\\x1b]0;owned\\x07.py", secrets=(GITHUB, "\x1b", "\x07")),
    HostileCase("review2: links inside a scanned directory are named, not dropped",
                _links_in_a_directory, 0, "skipped: tree/link.py: a symbolic link: not followed", secrets=(GITHUB,)),
]
