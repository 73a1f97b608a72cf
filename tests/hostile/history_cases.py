"""Hostile inputs for `scan --history` (repositories that are not, ranges that are not, blobs
that are huge or hostile archives) and `check-released` (an index that is unreachable or answers
garbage, a hash that does not match, a download cut short, an artifact that is not one). Every
repository is made here with git, every archive with zipfile/tarfile, every index is a real HTTP
server on 127.0.0.1 (tests/loopback_index.py)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List, Sequence

from tests import fakes, loopback_index
from tests.hostile.archives_cases import _nested, small_sdist, small_wheel, zip_bytes
from tests.hostile.case import HostileCase

GITHUB = fakes.github_token(1701)
PYPI = fakes.pypi_token(1702)
MiB = 1024 * 1024


def _git(directory: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=directory, env=env, check=True, capture_output=True)


def _repo(directory: Path, files: "dict[str, bytes]", delete: Sequence[str] = ()) -> None:
    """A repository with one commit of `files`, then one deleting `delete`."""
    _git(directory, "init", "-q", "-b", "main")
    for name, data in files.items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        (directory / name).write_bytes(data)
    _git(directory, "add", "-A")
    _git(directory, "commit", "-q", "-m", "add")
    if delete:
        _git(directory, "rm", "-q", *delete)
        _git(directory, "commit", "-q", "-m", "delete")


def _history(files: "dict[str, bytes]", argv: Sequence[str] = ("scan", "--history"), delete: Sequence[str] = ()):  # type: ignore[no-untyped-def]
    def build(directory: Path) -> Sequence[str]:
        _repo(directory, files, delete)
        return list(argv)
    return build


def _token_dir_of_a_seen_blob(directory: Path) -> Sequence[str]:
    """An empty __init__.py, then the same empty blob under a directory named after a token."""
    _repo(directory, {"pkg/__init__.py": b""})
    (directory / "conf" / GITHUB).mkdir(parents=True)
    (directory / "conf" / GITHUB / "__init__.py").write_bytes(b"")
    _git(directory, "add", "-A")
    _git(directory, "commit", "-q", "-m", "conf")
    return ["scan", "--history", "--no-baseline"]


def _shallow_clone(directory: Path) -> Sequence[str]:
    """A clone cut to its last commit (the case's directory): the secret before the cut is not in it."""
    origin = directory / "origin"
    origin.mkdir()
    _repo(origin, {"settings.py": f"TOKEN = '{GITHUB}'\n".encode()}, delete=["settings.py"])
    _git(directory, "clone", "-q", "--depth", "1", f"file://{origin}", "clone")
    os.rename(directory / "clone" / ".git", directory / ".git")  # the case runs in its directory
    _git(directory, "reset", "-q", "--hard")
    return ["scan", "--history", "--no-baseline"]


def _no_repo(directory: Path) -> Sequence[str]:
    (directory / "app.py").write_text(f"TOKEN = '{GITHUB}'\n")
    return ["scan", "--history"]


def _broken_git_link(directory: Path) -> Sequence[str]:
    """A `.git` file pointing nowhere: a repository path that is not a repository."""
    (directory / ".git").write_text("gitdir: /nonexistent/secretfence/.git\n")
    return ["scan", "--history"]


def _huge_blob() -> bytes:
    line = b"value = 'ordinary text, nothing to see here, padding the blob out'\n"
    return line * (12 * MiB // len(line)) + f"GITHUB_TOKEN = '{GITHUB}'\n".encode()


# --- check-released ----------------------------------------------------------------------------

def _wheel(version: str, secret: str = "") -> bytes:
    members = {"demo/__init__.py": b"", f"demo-{version}.dist-info/METADATA":
               f"Metadata-Version: 2.1\nName: demo\nVersion: {version}\n".encode()}
    if secret:
        members["demo/settings.py"] = f"PYPI_TOKEN = '{secret}'\n".encode()
    return zip_bytes(members)


def _released(build_index, extra: Sequence[str] = ()):  # type: ignore[no-untyped-def]
    """check-released against the index `build_index(directory)` serves (tests/loopback_index.py)."""
    def build(directory: Path) -> Sequence[str]:
        return ["check-released", "demo", "--index-url", build_index(directory), "--cache-dir",
                str(directory / "cache"), *extra]
    return build


CASES: List[HostileCase] = [
    HostileCase("history-not-a-repository", _no_repo, 2, "not inside a git repository", secrets=(GITHUB,)),
    HostileCase("history-git-file-pointing-nowhere", _broken_git_link, 2, "not inside a git repository"),
    HostileCase("history-token-directory-of-a-seen-blob", _token_dir_of_a_seen_blob, 1, "in the name itself",
                secrets=(GITHUB,)),
    HostileCase("history-shallow-clone", _shallow_clone, 2, "shallow clone: history before ", secrets=(GITHUB,)),
    HostileCase("history-bad-range", _history({"a.txt": b"hello\n"}, ("scan", "--history", "nope..main")), 2,
                "bad revision range 'nope..main'"),
    HostileCase("history-option-as-range", _history({"a.txt": b"hello\n"}, ("scan", "--history=--output=x")), 2,
                "'--output=x' is not a revision range"),
    HostileCase("history-huge-deleted-blob", _history({"data/big.txt": _huge_blob(), "ok.txt": b"ok\n"},
                                                      delete=["data/big.txt"]),
                1, "deleted from HEAD, still in the history", secrets=(GITHUB,)),
    HostileCase("history-blob-is-a-hostile-archive", _history({"vendor/deep.zip": _nested(6)}, delete=["vendor/deep.zip"]),
                2, "archives nested more than 4 deep"),
    HostileCase("released-index-unreachable", _released(lambda _: "http://127.0.0.1:9/simple/"), 2,
                "index unreachable"),
    HostileCase("released-garbage-html", _released(lambda directory: loopback_index.raw_page(
        directory, "demo", bytes(range(7, 256)) * 64, "text/html")), 2, "is neither PEP 691 JSON nor HTML"),
    HostileCase("released-html-without-links", _released(lambda directory: loopback_index.raw_page(
        directory, "demo", b"<html><body><h1>nothing here</h1><a>no href</a></body></html>", "text/html")), 2,
        "lists no released files"),
    HostileCase("released-garbage-json", _released(lambda directory: loopback_index.raw_page(
        directory, "demo", b'{"files": [{"filename": ', "application/vnd.pypi.simple.v1+json")), 2, "is not valid JSON"),
    HostileCase("released-json-files-not-a-list", _released(lambda directory: loopback_index.raw_page(
        directory, "demo", b'{"files": 5}', "application/vnd.pypi.simple.v1+json")), 2, "has no `files` list"),
    HostileCase("released-hash-mismatch", _released(lambda directory: loopback_index.json_page(
        directory, "demo", {"demo-1.0-py3-none-any.whl": _wheel("1.0"), "demo-1.1-py3-none-any.whl": _wheel("1.1")},
        hashes={"demo-1.1-py3-none-any.whl": "0" * 64})), 2, "demo-1.1-py3-none-any.whl: error: sha256 mismatch"),
    HostileCase("released-truncated-download", _released(lambda directory: loopback_index.json_page(
        directory, "demo", {"demo-1.0-py3-none-any.whl": _wheel("1.0", PYPI)}, cut={"demo-1.0-py3-none-any.whl": 100})),
        2, "download ended early", secrets=(PYPI,)),
    HostileCase("released-artifact-not-an-archive", _released(lambda directory: loopback_index.json_page(
        directory, "demo", {"demo-1.0-py3-none-any.whl": b"this is no zip at all\n" * 20, "demo-1.0.tar.gz": small_sdist(),
                         "demo-1.1-py3-none-any.whl": _wheel("1.1", PYPI)})),
        2, "not a zip or tar archive", secrets=(PYPI,)),
    HostileCase("released-secret-in-a-release", _released(lambda directory: loopback_index.json_page(
        directory, "demo", {"demo-1.0-py3-none-any.whl": small_wheel(), "demo-1.1-py3-none-any.whl": _wheel("1.1", PYPI)}),
        ("--format", "json")), 1, '"yank": [\n    "1.1"\n  ]', secrets=(PYPI,)),
    HostileCase("released-bad-versions-spec", _released(lambda directory: loopback_index.json_page(
        directory, "demo", {"demo-1.0-py3-none-any.whl": small_wheel()}), ("--versions", "==>1")), 2,
        "is not a PEP 440 version specifier"),
]
