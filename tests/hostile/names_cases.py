"""Hostile inputs for names and redaction: many secrets in names (every one scanned, every one
masked), long names, thousands of secrets quoted by each other's descriptions, and errors named
after secrets. Each must end with the right exit code, and no planted secret in any output."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import List, Sequence

from tests.fakes import aws_key_id, github_token, password, pypi_token, telegram_token
from tests.hostile.case import HostileCase

GITHUB = "GitHub Token"


def _zip(path: Path, names: Sequence[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name in names:
            archive.writestr(name, b"x = 1\n")
    path.write_bytes(buffer.getvalue())


def _member_names(count: int) -> HostileCase:
    # The tokens are drawn when the case is built, not when the module is imported: every pytest
    # worker imports this module to collect the suite, and the benchmark's 100,000 tokens cost seconds.
    def build(directory: Path) -> Sequence[str]:
        names = ("p/" + github_token(10_000 + index) + ".py" for index in range(count))
        _zip(directory / "dist" / "p-1.0-py3-none-any.whl", ["p/__init__.py", *names])
        return ["check-dist", "--format", "json", "dist"]

    planted = tuple(github_token(10_000 + index) for index in (*range(3), *range(count - 3, count)))
    return HostileCase(f"{count:,} members named after tokens", build, 1, GITHUB, secrets=planted)


def _one_directory_many_files(directory: Path) -> Sequence[str]:
    folder = directory / f"cfg_{github_token(1)}"
    for index in range(5_000):
        (folder / f"d{index % 50}").mkdir(parents=True, exist_ok=True)
        (folder / f"d{index % 50}" / f"f{index}.txt").write_bytes(b"x\n")
    return ["scan", "--no-baseline", "."]


def _long_member_name(directory: Path) -> Sequence[str]:
    # zip allows 64 KiB names: one of token fragments, then a token.
    _zip(directory / "dist" / "p-1.0-py3-none-any.whl", ["p/" + "ghp_" * 16_000 + github_token(2) + ".py"])
    return ["check-dist", "dist"]


def _quoted_by_each_other(directory: Path) -> Sequence[str]:
    """Every line a Redis URI whose user is a PyPI token and host an AWS key id: each finding's
    description quotes two other findings' secrets (a file-level Redactor of 3,000 secrets)."""
    lines = [f"R{index}=redis://{pypi_token(index)}:{password(index)}@{aws_key_id(index)}.example.com:6379/0"
             for index in range(1_000)]
    (directory / "redis.env").write_text("\n".join(lines) + "\n")
    return ["scan", "--no-baseline", "--format", "sarif", "redis.env"]


def _unreadable_names(directory: Path) -> Sequence[str]:
    names: List[str] = []
    for index in range(300):
        name = f"key_{telegram_token(20_000 + index)}"
        os.symlink("nowhere", directory / name)
        names.append(name)
    return ["scan", *names]


# The suite's member-name case holds 4,000 tokens (each one found, each one masked, in one JSON
# report); the benchmark runs 20,000 and the 100,000-member limit.
CASES: List[HostileCase] = [
    _member_names(4_000),
    HostileCase("5,000 files under a directory named after a token", _one_directory_many_files, 1, GITHUB,
                secrets=(github_token(1),)),
    HostileCase("a 64 KiB member name of token fragments", _long_member_name, 1, GITHUB, secrets=(github_token(2),)),
    HostileCase("1,000 Redis URIs quoting a PyPI token and an AWS key id each", _quoted_by_each_other, 1,
                "Redis Credentials",
                secrets=tuple(secret for index in (0, 999) for secret in (pypi_token(index), aws_key_id(index),
                                                                           password(index)))),
    HostileCase("300 dangling links named after tokens", _unreadable_names, 2, "dangling symbolic link",
                secrets=tuple(telegram_token(20_000 + index) for index in (0, 150, 299))),
]

BENCHMARK_ONLY_CASES: List[HostileCase] = [_member_names(20_000), _member_names(99_999)]  # with __init__.py: the 100,000-member limit
