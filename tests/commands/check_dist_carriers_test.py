"""check-dist blocks every leaky artifact category of issue 14, in a real wheel and sdist built
by setuptools from a project that ships each: a compiled .so (gcc), a .pyd-like binary holding
UTF-16LE text, a gettext .mo, a SQLite database, bzip2/xz/lzma/zlib members, and in the sdist a
real `git init` repository's `.git/` (loose objects) and a packed one (`git gc`)."""
from __future__ import annotations

import bz2
import json
import lzma
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tarfile
import zlib
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from tests.fakes import pypi_token

# One planted token per place (a generated fake), so each finding is told apart by its member.
PLACES = {
    "leaky/_native.so": 1401, "leaky/_native.pyd": 1402, "leaky/locale/de/LC_MESSAGES/leaky.mo": 1403,
    "leaky/cache.sqlite3": 1404, "leaky/data.json.bz2": 1405, "leaky/data.json.xz": 1406,
    "leaky/data.lzma": 1407, "leaky/blob.zz": 1408,
}
GIT_LOOSE, GIT_PACKED = 1409, 1410
TYPE = "PyPI API Token"


def _so(path: Path, token: str) -> None:
    """A real shared object when gcc is here (CI has it), else an ELF-headed blob with the string."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        path.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(64) + token.encode() + bytes(64))
        return
    source = path.with_suffix(".c")
    source.write_text(f'const char *leaky_token(void) {{ return "{token}"; }}\n')
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(path), str(source)], check=True, capture_output=True)
    source.unlink()


def _mo(path: Path, token: str) -> None:
    """A GNU gettext catalogue (the format msgfmt writes): one message whose translation is the token."""
    original, translation = b"API token", f"Token: {token}".encode()
    count, header = 1, 7 * 4
    originals_at, translations_at = header, header + 8
    strings_at = translations_at + 8
    data = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, 0)
    data += struct.pack("<2I", len(original), strings_at)
    data += struct.pack("<2I", len(translation), strings_at + len(original) + 1)
    path.write_bytes(data + original + b"\0" + translation + b"\0")


def _sqlite(path: Path, token: str) -> None:
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE settings (key TEXT, value TEXT)")
        database.execute("INSERT INTO settings VALUES (?, ?)", ("pypi_token", token))
    database.close()


def _git(repo: Path, *argv: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *argv], cwd=repo, check=True,
                   capture_output=True)


def _repository(repo: Path, token: str, packed: bool) -> None:
    """A real repository whose history holds a token its work tree no longer has."""
    repo.mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / ".env").write_text(f"TWINE_PASSWORD={token}\n")
    _git(repo, "add", ".env")
    _git(repo, "commit", "-qm", "settings")
    _git(repo, "rm", "-q", ".env")
    _git(repo, "commit", "-qm", "no settings")
    if packed:
        _git(repo, "gc", "-q", "--aggressive")


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Path, Path]:
    work = tmp_path_factory.mktemp("leaky")
    project = work / "project"
    package = project / "leaky"
    (package / "locale" / "de" / "LC_MESSAGES").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    tokens = {place: pypi_token(seed) for place, seed in PLACES.items()}
    _so(project / "leaky/_native.so", tokens["leaky/_native.so"])
    (project / "leaky/_native.pyd").write_bytes(b"MZ\x90\x00" + bytes(120) + tokens["leaky/_native.pyd"].encode("utf-16-le")
                                                + bytes(40))
    _mo(project / "leaky/locale/de/LC_MESSAGES/leaky.mo", tokens["leaky/locale/de/LC_MESSAGES/leaky.mo"])
    _sqlite(project / "leaky/cache.sqlite3", tokens["leaky/cache.sqlite3"])
    (project / "leaky/data.json.bz2").write_bytes(bz2.compress(json.dumps({"token": tokens["leaky/data.json.bz2"]}).encode()))
    (project / "leaky/data.json.xz").write_bytes(lzma.compress(json.dumps({"token": tokens["leaky/data.json.xz"]}).encode()))
    (project / "leaky/data.lzma").write_bytes(lzma.compress(f"token={tokens['leaky/data.lzma']}\n".encode(),
                                                            format=lzma.FORMAT_ALONE))
    (project / "leaky/blob.zz").write_bytes(zlib.compress(f"token={tokens['leaky/blob.zz']}\n".encode()))
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "leaky"\nversion = "1.0"\n\n[tool.setuptools]\npackages = ["leaky"]\n\n'
        '[tool.setuptools.package-data]\nleaky = ["*.so", "*.pyd", "*.sqlite3", "*.bz2", "*.xz", "*.lzma", "*.zz",'
        ' "locale/*/LC_MESSAGES/*.mo"]\n')
    out = work / "dist"
    built = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(project)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    [sdist] = out.glob("*.tar.gz")
    [wheel] = out.glob("*.whl")
    # setuptools leaves VCS directories out of an sdist; other backends and hand-made tarballs do
    # not. The real repositories are added to the sdist setuptools built.
    _repository(work / "loose", pypi_token(GIT_LOOSE), packed=False)
    _repository(work / "packed", pypi_token(GIT_PACKED), packed=True)
    with_git = out / "with-git" / sdist.name
    with_git.parent.mkdir()
    with tarfile.open(sdist) as source, tarfile.open(with_git, "w:gz") as target:
        for member in source.getmembers():
            target.addfile(member, source.extractfile(member) if member.isfile() else None)
        target.add(str(work / "loose" / ".git"), arcname="leaky-1.0/.git")
        target.add(str(work / "packed" / ".git"), arcname="leaky-1.0/vendor/packed/.git")
    return wheel, with_git


def _check_dist(artifact: Path) -> Tuple[int, Dict[str, List[dict]]]:
    done = subprocess.run([sys.executable, "-m", "secretfence", "check-dist", "--json", str(artifact)],
                          capture_output=True, text=True, cwd=artifact.parent, env={**os.environ, "NO_COLOR": "1"})
    report = json.loads(done.stdout)
    return done.returncode, report["results"]


def _found_in(results: Dict[str, List[dict]], place: str, seed: int) -> List[str]:
    """The result names under `place` holding the token planted there, as a blocking PyPI token."""
    from secretfence.findings import hash_secret

    wanted = hash_secret(pypi_token(seed))
    return [name for name, findings in results.items() if place in name
            for finding in findings if finding["type"] == TYPE and finding["hashed_secret"] == wanted]


def test_the_wheel_is_blocked_for_each_binary_and_compressed_member(artifacts: Tuple[Path, Path]) -> None:
    wheel, _ = artifacts
    code, results = _check_dist(wheel)
    assert code == 1
    for place, seed in PLACES.items():
        assert _found_in(results, place, seed), place


def test_the_sdist_is_blocked_for_its_members_and_the_git_history_it_ships(artifacts: Tuple[Path, Path]) -> None:
    _, sdist = artifacts
    code, results = _check_dist(sdist)
    assert code == 1
    for place, seed in PLACES.items():
        assert _found_in(results, place, seed), place
    # A loose object is a zlib stream: the deleted .env's blob, inflated.
    assert any("/.git/objects/" in name and "<git objects>" not in name
               for name in _found_in(results, "leaky-1.0/.git/objects/", GIT_LOOSE))
    # `git gc` packed the other repository: its objects are read out of the packfile.
    assert [name.rsplit("!", 1)[-1] for name in _found_in(results, "vendor/packed/.git/objects/pack/", GIT_PACKED)] == [
        "<git objects>"]
