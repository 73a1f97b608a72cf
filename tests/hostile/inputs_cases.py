"""Hostile inputs for `scan` and `scan --staged`: files that are not files, inputs git would
skip, and text that looks binary. Each is scanned, or is an error naming why (exit 2)."""
from __future__ import annotations

import marshal
import os
import random
import subprocess
import zipfile
from pathlib import Path
from typing import Callable, List, Sequence

from tests.hostile.case import HostileCase

# Generated fakes with the right shape; neither was ever a live credential.
TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
AWS_KEY_ID = "AKIA4NACSIJMDDNSEDTE"
SECRETS = (TELEGRAM, AWS_KEY_ID)
TEXT = f"caf\u00e9 = 1\nTOKEN = '{TELEGRAM}'\n"
FOUND = "Telegram Bot API Token"
NOT_A_REPOSITORY = "secretfence: error: --staged reads the git index, but this is not inside a git repository"


def _git(directory: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Hostile", "-c", "user.email=hostile@example.invalid", "-c", "init.defaultBranch=main",
         *args],
        cwd=directory, check=True, capture_output=True,
    )


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _with_clean_file(directory: Path, *argv: str) -> Sequence[str]:
    """Next to every broken input a scannable file, so the run is not empty either way."""
    _write(directory / "ok.py", b"x = 1\n")
    return ["scan", "ok.py", *argv]


def _dangling_link(directory: Path) -> Sequence[str]:
    os.symlink("nowhere.py", directory / "input.py")
    return _with_clean_file(directory, "input.py")


def _link_loop(directory: Path) -> Sequence[str]:
    os.symlink("input.py", directory / "other.py")
    os.symlink("other.py", directory / "input.py")
    return _with_clean_file(directory, "input.py")


def _fifo(directory: Path) -> Sequence[str]:
    os.mkfifo(directory / "pipe.env")
    return _with_clean_file(directory, "pipe.env")


def _fifo_staged_in_a_repository(directory: Path) -> Sequence[str]:
    _git(directory, "init", "-q")
    os.mkfifo(directory / "pipe.env")
    return ["scan", "--staged", "pipe.env"]


def _fifo_staged_outside_a_repository(directory: Path) -> Sequence[str]:
    os.mkfifo(directory / "pipe.env")
    return ["scan", "--staged", "pipe.env"]


def _dev_null(directory: Path) -> Sequence[str]:
    return _with_clean_file(directory, "/dev/null")


def _git_ignored_directory(directory: Path) -> Sequence[str]:
    _git(directory, "init", "-q")
    _write(directory / ".gitignore", b"build/\n")
    _write(directory / "build" / "lib" / "settings.py", TEXT.encode())
    return ["scan", "build"]


def _directory_with_staged(directory: Path) -> Sequence[str]:
    _git(directory, "init", "-q")
    _write(directory / "pkg" / "settings.py", TEXT.encode())
    _write(directory / "scratch" / "notes.py", TEXT.encode())
    _git(directory, "add", "pkg")
    return ["scan", "--staged", "pkg", "scratch"]


def _staged_without_paths(directory: Path) -> Sequence[str]:
    _git(directory, "init", "-q")
    _write(directory / "README.md", b"hello\n")
    _git(directory, "add", "-A")
    _git(directory, "commit", "-qm", "start")
    _write(directory / "deploy" / "aws.py", f"AWS_ACCESS_KEY_ID = '{AWS_KEY_ID}'\n".encode())
    _git(directory, "add", "-A")
    return ["scan", "--staged"]


def _too_deep_to_open(directory: Path) -> None:
    """A directory whose path is longer than PATH_MAX: opendir() fails for root too (chmod 000
    would not stop root), and the secret inside is out of reach of every scanner."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        for _ in range(25):
            os.mkdir("d" * 200, dir_fd=descriptor)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        secret = os.open("settings.py", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
        os.write(secret, TEXT.encode())
        os.close(secret)
    finally:
        os.close(descriptor)


def _unlistable_subdirectory_in_git(directory: Path) -> Sequence[str]:
    _git(directory, "init", "-q")
    (directory / "src").mkdir()
    _too_deep_to_open(directory / "src")
    return ["scan", "src"]


def _unlistable_subdirectory(directory: Path) -> Sequence[str]:
    (directory / "src").mkdir()
    _too_deep_to_open(directory / "src")
    return ["scan", "src"]


def _text_file(data: bytes) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        _write(directory / "notes.txt", data)
        return ["scan", "notes.txt"]

    return build


def _utf16_with_lone_surrogate() -> bytes:
    data = TEXT.encode("utf-16-le")
    return data[:8] + b"\x00\xd8" + data[8:]


def _pyc() -> bytes:
    banner = "\x1b[1m\x01\x02\x03\x04\x05\x06\x07 token " + TELEGRAM + "\x1b[0m\x00\x00"
    return b"\x00" * 16 + marshal.dumps(compile(f"BANNER = {banner!r}\n", "m.py", "exec"))


def _pyc_in_a_wheel(directory: Path) -> Sequence[str]:
    with zipfile.ZipFile(directory / "pkg-1.0-py3-none-any.whl", "w") as wheel:
        wheel.writestr("pkg/m.pyc", _pyc())
    return ["check-dist", "--no-baseline", "pkg-1.0-py3-none-any.whl"]


def _pyc_on_disk(directory: Path) -> Sequence[str]:
    _write(directory / "__pycache__" / "m.cpython-311.pyc", _pyc())
    return ["scan", "--no-baseline", "__pycache__/m.cpython-311.pyc"]


def _large_binary(directory: Path) -> Sequence[str]:
    """20 MB of (seeded) random bytes: read as text runs, in C-level passes, bounded memory."""
    _write(directory / "blob.bin", random.Random(12).randbytes(20 * 1024 * 1024))
    return ["scan", "blob.bin"]


def _case(name: str, build: Callable[[Path], Sequence[str]], exit_code: int, reason: str) -> HostileCase:
    return HostileCase(name=name, build=build, exit_code=exit_code, reason=reason, secrets=SECRETS)


CASES: List[HostileCase] = [
    # Files that are not files: each named input is an error with its reason.
    _case("inputs: dangling symlink", _dangling_link, 2, "error: input.py: dangling symbolic link (its target does not exist)"),
    _case("inputs: symlink loop", _link_loop, 2, "error: input.py: symbolic link loop"),
    _case("inputs: FIFO", _fifo, 2, "error: pipe.env: not a regular file (a FIFO)"),
    _case("inputs: FIFO with --staged in a repository", _fifo_staged_in_a_repository, 2,
          "error: pipe.env: not in the git index, and on disk: not a regular file (a FIFO)"),
    _case("inputs: FIFO with --staged outside a repository", _fifo_staged_outside_a_repository, 2, NOT_A_REPOSITORY),
    _case("inputs: /dev/null", _dev_null, 2, "error: /dev/null: not a regular file (a character device)"),
    # Inputs git would pass over: the named ones are scanned, what cannot be listed is an error.
    _case("inputs: git-ignored directory named", _git_ignored_directory, 1, FOUND),
    _case("inputs: directory with --staged", _directory_with_staged, 2, "error: scratch: directory with nothing staged in it"),
    _case("inputs: --staged with no path", _staged_without_paths, 1, "AWS"),
    _case("inputs: unlistable subdirectory in git", _unlistable_subdirectory_in_git, 2,
          "error: src: cannot list a directory below it (git could not open it)"),
    _case("inputs: unlistable subdirectory", _unlistable_subdirectory, 2, "cannot list directory: File name too long"),
    # Text that looks binary: the secret is found.
    _case("inputs: NUL before a secret", _text_file(b"\x00" + TEXT.encode()), 1, FOUND),
    _case("inputs: DEL before a secret", _text_file(b"#\x7f " + TEXT.encode()), 1, FOUND),
    _case("inputs: control bytes before a secret", _text_file(b"\x01\x02\x1a\x1b[0m " + TEXT.encode()), 1, FOUND),
    _case("inputs: UTF-32 without BOM", _text_file(TEXT.encode("utf-32-le")), 1, FOUND),
    _case("inputs: UTF-16 with an odd trailing byte", _text_file(TEXT.encode("utf-16-le") + b"A"), 1, FOUND),
    _case("inputs: UTF-16 with a lone surrogate", _text_file(_utf16_with_lone_surrogate()), 1, FOUND),
    _case("inputs: invalid UTF-8 around a secret", _text_file(b"\xc3\x28 " + TEXT.encode() + b"\xff\xfe"), 1, FOUND),
    _case("inputs: invalid UTF-8 and NUL around a secret", _text_file(b"\xc3\x00 " + TEXT.encode() + b"\xff\x00"), 1, FOUND),
    _case("inputs: .pyc constant with control characters, in a wheel", _pyc_in_a_wheel, 1, FOUND),
    _case("inputs: .pyc constant with control characters, on disk", _pyc_on_disk, 1, FOUND),
    _case("inputs: 20 MB random binary", _large_binary, 0, "no new secrets, 1 file scanned — ok (exit 0)"),
]
