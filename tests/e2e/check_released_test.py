"""`secretfence check-released` against a real pypiserver on 127.0.0.1 holding five versions of a
package: a secret enters in one version and leaves in a later one, another enters in the latest."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Callable, Dict, Iterator, Tuple

import jsonschema
import pytest

from tests import fakes
from tests.e2e.conftest import running_pypiserver

pytestmark = pytest.mark.e2e

TOKEN = fakes.pypi_token(1801)  # in 1.1 and 1.2 (wheel and sdist), gone in 2.0
BOT = fakes.telegram_token(1802)  # in the 2.1 sdist only: still in the latest release
SARIF_SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json").read_text())
USER, PASSWORD = "releaser", "Rel3ase/Pass-8qZ"
VERSIONS = ("1.0", "1.1", "1.2", "2.0", "2.1")


def _wheel(version: str, settings: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("leaky/__init__.py", f"__version__ = '{version}'\n")
        archive.writestr("leaky/settings.py", settings)
        archive.writestr(f"leaky-{version}.dist-info/METADATA", f"Metadata-Version: 2.1\nName: leaky\nVersion: {version}\n")
    return buffer.getvalue()


def _sdist(version: str, settings: str, extra: Dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        files = {"PKG-INFO": f"Metadata-Version: 2.1\nName: leaky\nVersion: {version}\n", "leaky/settings.py": settings,
                 **extra}
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(f"leaky-{version}/{name}")
            info.size, info.mtime = len(data), 1_700_000_000
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[str, Path]]:
    """(index URL, packages directory) of a pypiserver holding leaky 1.0 … 2.1, wheel and sdist each."""
    packages = tmp_path_factory.mktemp("released") / "packages"
    packages.mkdir()
    for version in VERSIONS:
        settings = f"PYPI_TOKEN = '{TOKEN}'\n" if version in ("1.1", "1.2") else "PYPI_TOKEN = os.environ['T']\n"
        (packages / f"leaky-{version}-py3-none-any.whl").write_bytes(_wheel(version, settings))
        extra = {"tests/bot.py": f"BOT = '{BOT}'\n"} if version == "2.1" else {}
        (packages / f"leaky-{version}.tar.gz").write_bytes(_sdist(version, settings, extra))
    # A private index: listing and downloads need the password (in the index URL, as pip takes it).
    with running_pypiserver(packages, USER, PASSWORD, authenticated="list,download,update") as root:
        yield root.replace("http://", f"http://{USER}:{PASSWORD.replace('/', '%2F')}@", 1) + "simple/", packages


def _tree(root: Path) -> Dict[str, Tuple[int, int]]:
    return {str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in root.rglob("*") if path.is_file()}


def _run(*args: str, cwd: Path, home: Path) -> "subprocess.CompletedProcess[str]":
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(home / "tmp"), "XDG_CACHE_HOME": str(home / "xdg-cache")}
    env.pop("SECRETFENCE_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "secretfence", "check-released", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_span_of_each_secret_and_the_versions_to_yank(released, tmp_path: Path) -> None:
    url, _ = released
    home, work = tmp_path / "home", tmp_path / "work"
    for directory in (home / "tmp", work):
        directory.mkdir(parents=True)
    before = _tree(tmp_path)
    done = _run("leaky", "--index-url", url, "--format", "json", cwd=work, home=home)
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    spans = {(entry["type"], entry["details"]["release"]["first_version"], entry["details"]["release"]["last_version"],
              entry["details"]["release"]["in_latest"], tuple(entry["details"]["release"]["versions"]))
             for entry in document["secrets"]}
    assert spans == {
        ("PyPI API Token", "1.1", "1.2", False, ("1.1", "1.2")),
        ("Telegram Bot API Token", "2.1", "2.1", True, ("2.1",)),
    }
    assert document["yank"] == ["1.1", "1.2", "2.1"]
    assert document["latest"] == "2.1"
    carried = {version: {name: entry["status"] for name, entry in info["artifacts"].items()}
               for version, info in document["versions"].items()}
    assert carried == {
        "1.0": {"leaky-1.0-py3-none-any.whl": "clean", "leaky-1.0.tar.gz": "clean"},
        "1.1": {"leaky-1.1-py3-none-any.whl": "secrets", "leaky-1.1.tar.gz": "secrets"},
        "1.2": {"leaky-1.2-py3-none-any.whl": "secrets", "leaky-1.2.tar.gz": "secrets"},
        "2.0": {"leaky-2.0-py3-none-any.whl": "clean", "leaky-2.0.tar.gz": "clean"},
        "2.1": {"leaky-2.1-py3-none-any.whl": "clean", "leaky-2.1.tar.gz": "secrets"},
    }
    assert document["summary"] == {"versions": 5, "files": 10, "secrets": 2, "warnings": 0, "known": 0, "errors": 0,
                                   "exit_code": 1}
    assert TOKEN not in done.stdout + done.stderr and BOT not in done.stdout + done.stderr
    assert PASSWORD not in done.stdout + done.stderr and PASSWORD.replace("/", "%2F") not in done.stdout
    # Nothing written anywhere but the cache ($XDG_CACHE_HOME/secretfence/releases), by sha256.
    after = _tree(tmp_path)
    written = sorted(set(after) - set(before))
    assert len(written) == 10 and all(name.startswith("home/xdg-cache/secretfence/releases/") for name in written)
    assert not any(name.endswith(".part") for name in written)

    # A second run reads the cache (nothing new written), and a range of versions narrows it.
    done = _run("leaky", "--index-url", url, "--versions", ">=1.2,<2.1", cwd=work, home=home)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("PyPI API Token  pypi-") and lines[0].endswith(": in 1.2 (1 of 2 versions checked)")
    assert lines[1] == "    latest release 2.1: not checked (outside --versions)"
    assert "  2.0: leaky-2.0-py3-none-any.whl: clean; leaky-2.0.tar.gz: clean" in lines
    assert lines[-2:] == ["yank: 1.2", "secretfence check-released: leaky: 1 secret in 1 of 2 versions, 4 files "
                                       "checked — blocked (exit 1)"]
    assert _tree(tmp_path) == after

    done = _run("leaky", "--index-url", url, "--format", "sarif", cwd=work, home=home)
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    jsonschema.validate(document, SARIF_SCHEMA)
    assert sorted((r["properties"]["releaseFirstVersion"], r["properties"]["releaseLastVersion"],
                   r["properties"]["releaseInLatest"]) for r in document["runs"][0]["results"]) == [
        ("1.1", "1.2", False), ("2.1", "2.1", True)]


def test_a_partial_download_is_resumed_and_checked(released, tmp_path: Path) -> None:
    from secretfence.sources import releases

    url, packages = released
    listing = releases.list_files("leaky", url, timeout=10)
    assert listing.api == "html"  # pypiserver speaks PEP 503 only: the fallback
    wheel = next(release for release in listing.files if release.filename == "leaky-1.1-py3-none-any.whl")
    assert wheel.version == "1.1" and len(wheel.sha256) == 64
    data = (packages / wheel.filename).read_bytes()
    final = releases.cached_path(str(tmp_path), wheel.sha256)
    os.makedirs(os.path.dirname(final))
    Path(final + ".part").write_bytes(data[:100])
    assert releases.fetch(wheel, str(tmp_path)) == final
    assert Path(final).read_bytes() == data and not os.path.exists(final + ".part")
    # A .part that is not the start of the file: the hash says so, and it is thrown away.
    other = next(release for release in listing.files if release.filename == "leaky-1.0.tar.gz")
    bad = releases.cached_path(str(tmp_path), other.sha256) + ".part"
    os.makedirs(os.path.dirname(bad), exist_ok=True)
    Path(bad).write_bytes(b"\0" * 50)
    with pytest.raises(releases.DownloadError, match="^sha256 mismatch: the index says "):
        releases.fetch(other, str(tmp_path))
    assert not os.path.exists(bad)
    assert releases.fetch(other, str(tmp_path)).endswith(other.sha256)  # the next run starts over, and succeeds


class _Origin:
    """An HTTP server on 127.0.0.1 (one origin per port) that logs each request's Authorization
    header and answers from `routes`: {path: (status, headers, body)}."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.routes: Dict[str, Tuple[int, Dict[str, str], bytes]] = {}
        # {path: a body written a piece at a time (the client may hang up at any point)}
        self.streams: Dict[str, Callable[[], Iterator[bytes]]] = {}
        self.seen: list = []
        origin = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                origin.seen.append((self.path, self.headers.get("Authorization")))
                stream = origin.streams.get(self.path)
                if stream is not None:
                    self._stream(stream)
                    return
                status, headers, body = origin.routes.get(self.path, (404, {}, b""))
                self.send_response(status)
                for name, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def _stream(self, stream: Callable[[], Iterator[bytes]]) -> None:
                pieces = stream()
                head = next(pieces)  # the header lines, as the stream wants them
                self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n" + head + b"\r\n")
                try:
                    for piece in pieces:
                        self.wfile.write(piece)
                        self.wfile.flush()
                except OSError:  # the client hung up: the point
                    pass
                self.close_connection = True

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_credentials_never_follow_a_redirect_to_another_origin(tmp_path: Path) -> None:
    import base64
    import hashlib

    from secretfence.sources import releases

    index, elsewhere = _Origin(), _Origin()
    try:
        names = ("leaky-1.0-py3-none-any.whl", "leaky-1.1-py3-none-any.whl")
        wheels = {name: _wheel(version, "DEBUG = True\n") for name, version in zip(names, ("1.0", "1.1"))}
        page = json.dumps({"meta": {"api-version": "1.0"}, "name": "leaky", "files": [
            {"filename": name, "url": f"/files/{name}", "hashes": {"sha256": hashlib.sha256(data).hexdigest()}}
            for name, data in wheels.items()]}).encode()
        index.routes = {
            "/simple/leaky/": (200, {"Content-Type": "application/vnd.pypi.simple.v1+json"}, page),
            # To another origin (a CDN, or an attacker's host): the index's password must stay home.
            f"/files/{names[0]}": (302, {"Location": f"{elsewhere.url}/cdn/{names[0]}"}, b""),
            # Within the index's own origin: still the index, still its login.
            f"/files/{names[1]}": (302, {"Location": f"/real/{names[1]}"}, b""),
            f"/real/{names[1]}": (200, {"Content-Type": "application/octet-stream"}, wheels[names[1]]),
        }
        elsewhere.routes = {f"/cdn/{names[0]}": (200, {"Content-Type": "application/octet-stream"}, wheels[names[0]])}
        login = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        index_url = f"http://{USER}:{PASSWORD.replace('/', '%2F')}@{index.url[len('http://'):]}/simple/"
        listing = releases.list_files("leaky", index_url, timeout=10)
        for release in listing.files:
            assert Path(releases.fetch(release, str(tmp_path), timeout=10)).read_bytes() == wheels[release.filename]
        assert elsewhere.seen == [(f"/cdn/{names[0]}", None)]
        assert index.seen == [("/simple/leaky/", login), (f"/files/{names[0]}", login),
                              (f"/files/{names[1]}", login), (f"/real/{names[1]}", login)]
    finally:
        index.close()
        elsewhere.close()


def _zeros_forever() -> Iterator[bytes]:
    yield b""  # no Content-Length: the body ends when the connection does, i.e. never
    while True:
        yield b"\0" * 65536


def _announces_3_gib() -> Iterator[bytes]:
    yield f"Content-Length: {3 << 30}\r\n".encode()
    yield b"\0" * 65536  # then hangs up: a client that reads before it judges keeps a .part


def _trickle_forever() -> Iterator[bytes]:
    yield b""
    while True:
        time.sleep(0.05)
        yield b"\0"


def test_a_download_never_grows_past_the_size_limit_or_the_deadline(tmp_path: Path) -> None:
    index = _Origin()
    names = {"1.0": "leaky-1.0-py3-none-any.whl", "1.1": "leaky-1.1-py3-none-any.whl",
             "1.2": "leaky-1.2-py3-none-any.whl"}
    try:
        # No sha256 listed: nothing but a limit stops a download that never ends.
        page = json.dumps({"meta": {"api-version": "1.0"}, "name": "leaky", "files": [
            {"filename": name, "url": f"/files/{name}", "hashes": {}} for name in names.values()]}).encode()
        index.routes = {"/simple/leaky/": (200, {"Content-Type": "application/vnd.pypi.simple.v1+json"}, page)}
        index.streams = {f"/files/{names['1.0']}": _zeros_forever, f"/files/{names['1.1']}": _announces_3_gib,
                         f"/files/{names['1.2']}": _trickle_forever}
        home, cache = tmp_path / "home", tmp_path / "cache"
        (home / "tmp").mkdir(parents=True)
        url = f"{index.url}/simple/"

        # By default (1 GiB), a file announced larger is refused before a byte of it is kept.
        done = _run("leaky", "--index-url", url, "--versions", "==1.1", "--cache-dir", str(cache), "--format", "json",
                    cwd=tmp_path, home=home)
        assert done.returncode == 2, done.stderr
        assert json.loads(done.stdout)["errors"] == {names["1.1"]: (
            f"the server announces {3 << 30} bytes, over the 1 GiB size limit (--max-size); not downloaded")}
        assert [path.name for path in cache.rglob("*") if path.is_file()] == []

        # An endless body is cut at --max-size and deleted; a trickle under it, at --download-deadline.
        done = _run("leaky", "--index-url", url, "--versions", "!=1.1", "--cache-dir", str(cache), "--max-size", "2M",
                    "--download-deadline", "2", "--format", "json", cwd=tmp_path, home=home)
        assert done.returncode == 2, done.stderr
        assert json.loads(done.stdout)["errors"] == {
            names["1.0"]: "over the 2 MiB size limit (--max-size) and still coming; download stopped and deleted",
            names["1.2"]: "download took longer than 2 s (--download-deadline); what arrived is kept to resume next run"}
        (kept,) = [path for path in cache.rglob("*") if path.is_file()]  # the trickle's, to resume
        assert kept.name.endswith(".part") and 0 < kept.stat().st_size < 2 << 20
        assert "Traceback" not in done.stderr
    finally:
        index.close()


def test_max_size_takes_units_and_refuses_nonsense(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    done = _run("leaky", "--max-size", "lots", cwd=tmp_path, home=home)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == ["secretfence: error: argument --max-size: must be a size above zero, in bytes "
                                        "or with a unit: 500M, 2G, 100MB (see `secretfence check-released --help`)"]


def test_a_file_the_index_lists_over_the_limit_is_not_requested(tmp_path: Path) -> None:
    from secretfence.sources import releases

    # Port 9 (discard) answers nothing: a request would fail otherwise than this refusal.
    listed = releases.ReleaseFile(filename="big-1.0-py3-none-any.whl", url="http://127.0.0.1:9/big.whl", sha256="",
                                  version="1.0", size=(1 << 30) + 1)
    with pytest.raises(releases.DownloadError) as refused:
        releases.fetch(listed, str(tmp_path))
    assert str(refused.value) == (f"the index lists it at {(1 << 30) + 1} bytes, over the 1 GiB size limit "
                                  "(--max-size); not downloaded")
    assert list(tmp_path.iterdir()) == []
