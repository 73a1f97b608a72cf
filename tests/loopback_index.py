"""A package index that misbehaves on purpose, on 127.0.0.1: garbage pages, wrong hashes,
downloads cut short.

A real HTTP server (the stdlib's) in a process of its own, shared by every case: a case writes
its pages and files under its own directory (`DIR/_index/…`, each with a `.meta.json` saying the
content type and where to cut the body short) and gets the URL serving them. The server outlives
the process that started it (benchmarks/hostile.py builds each case in a child process that
exits before secretfence runs) and stops itself once idle for a minute. It serves only files
below the temporary directory.

    python -m tests.loopback_index serve PORT_FILE    (what base_url() starts)
"""
from __future__ import annotations

import hashlib
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Dict, Optional

IDLE_SECONDS = 60.0
_STATE = Path(tempfile.gettempdir()) / f"secretfence-loopback-index-{os.getuid()}"


def _port_alive(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2) as answer:
            return answer.read() == b"pong"
    except OSError:
        return False


def base_url() -> str:
    """The shared server's root URL, started when none answers."""
    _STATE.mkdir(exist_ok=True)
    port_file = _STATE / "port"
    try:
        port = int(port_file.read_text())
        if _port_alive(port):
            return f"http://127.0.0.1:{port}"
    except (OSError, ValueError):
        pass
    port_file.unlink(missing_ok=True)
    subprocess.Popen([sys.executable, "-m", "tests.loopback_index", "serve", str(port_file)],
                     cwd=str(Path(__file__).resolve().parent.parent), start_new_session=True,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            port = int(port_file.read_text())
            if _port_alive(port):
                return f"http://127.0.0.1:{port}"
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    raise RuntimeError("the loopback index did not start")


def _put(directory: Path, route: str, body: bytes, content_type: str, cut_after: Optional[int] = None) -> None:
    target = directory / "_index" / route
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    Path(str(target) + ".meta.json").write_text(json.dumps({"content_type": content_type, "cut_after": cut_after}))


def _root(directory: Path) -> str:
    return base_url() + urllib.parse.quote(str(directory.resolve()))


def json_page(directory: Path, project: str, files: Dict[str, bytes], hashes: Optional[Dict[str, str]] = None,
              cut: Optional[Dict[str, int]] = None) -> str:
    """Serve `project` as PEP 691 JSON with `files`; returns the index URL. `hashes`: sha256 to
    announce instead of the real one; `cut`: downloads to cut short after that many bytes."""
    entries = []
    for name, data in files.items():
        _put(directory, f"files/{name}", data, "application/octet-stream", (cut or {}).get(name))
        digest = (hashes or {}).get(name, hashlib.sha256(data).hexdigest())
        entries.append({"filename": name, "url": f"../../files/{name}", "hashes": {"sha256": digest}})
    page = json.dumps({"meta": {"api-version": "1.0"}, "name": project, "files": entries}).encode()
    _put(directory, f"simple/{project}/index", page, "application/vnd.pypi.simple.v1+json")
    return f"{_root(directory)}/_index/simple/"


def raw_page(directory: Path, project: str, body: bytes, content_type: str) -> str:
    _put(directory, f"simple/{project}/index", body, content_type)
    return f"{_root(directory)}/_index/simple/"


class _Handler(http.server.BaseHTTPRequestHandler):
    last_request = time.monotonic()

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        _Handler.last_request = time.monotonic()
        path = urllib.parse.unquote(self.path.split("?")[0])
        if path == "/ping":
            self._send(200, "text/plain", b"pong", None)
            return
        if path.endswith("/"):
            path += "index"
        real = os.path.realpath(path)
        if not real.startswith(os.path.realpath(tempfile.gettempdir()) + os.sep) or not os.path.isfile(real) \
                or real.endswith(".meta.json"):
            self.send_error(404)
            return
        with open(real + ".meta.json") as handle:
            meta = json.load(handle)
        with open(real, "rb") as handle:
            self._send(200, meta["content_type"], handle.read(), meta["cut_after"])

    def _send(self, status: int, content_type: str, body: bytes, cut_after: Optional[int]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body if cut_after is None else body[:cut_after])
        self.wfile.flush()
        if cut_after is not None:
            self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


def serve(port_file: str) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Path(port_file + ".tmp").write_text(str(server.server_address[1]))
    os.replace(port_file + ".tmp", port_file)
    while time.monotonic() - _Handler.last_request < IDLE_SECONDS:
        time.sleep(1)
    server.shutdown()


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"] and len(sys.argv) == 3:
        serve(sys.argv[2])
