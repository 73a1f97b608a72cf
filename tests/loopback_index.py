"""A package index that misbehaves on purpose, on 127.0.0.1: garbage pages, wrong hashes,
downloads cut short. A real HTTP server (the stdlib's), in a thread of the test process; each
case registers its own routes under its own prefix."""
from __future__ import annotations

import hashlib
import http.server
import threading
from dataclasses import dataclass
from typing import Dict, Optional

_lock = threading.Lock()
_server: Optional[http.server.ThreadingHTTPServer] = None


@dataclass(frozen=True)
class Route:
    body: bytes
    content_type: str = "application/octet-stream"
    status: int = 200
    cut_after: Optional[int] = None  # announce the whole length, send this many bytes, hang up


ROUTES: Dict[str, Route] = {}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        route = ROUTES.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404)
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body if route.cut_after is None else route.body[:route.cut_after])
        self.wfile.flush()
        if route.cut_after is not None:
            self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


def base_url() -> str:
    """The server's root URL, starting it on first use."""
    global _server
    with _lock:
        if _server is None:
            _server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
            _server.daemon_threads = True
            threading.Thread(target=_server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{_server.server_address[1]}"


def json_page(prefix: str, project: str, files: Dict[str, bytes], hashes: Optional[Dict[str, str]] = None,
              cut: Optional[Dict[str, int]] = None) -> str:
    """Serve `project` under /PREFIX/simple/ as PEP 691 JSON with `files`; returns the index URL.
    `hashes`: sha256 to announce instead of the real one; `cut`: downloads to cut short."""
    import json

    entries = []
    for name, data in files.items():
        ROUTES[f"/{prefix}/files/{name}"] = Route(data, cut_after=(cut or {}).get(name))
        digest = (hashes or {}).get(name, hashlib.sha256(data).hexdigest())
        entries.append({"filename": name, "url": f"../../files/{name}", "hashes": {"sha256": digest}})
    page = json.dumps({"meta": {"api-version": "1.0"}, "name": project, "files": entries}).encode()
    ROUTES[f"/{prefix}/simple/{project}/"] = Route(page, "application/vnd.pypi.simple.v1+json")
    return f"{base_url()}/{prefix}/simple/"


def raw_page(prefix: str, project: str, body: bytes, content_type: str) -> str:
    ROUTES[f"/{prefix}/simple/{project}/"] = Route(body, content_type)
    return f"{base_url()}/{prefix}/simple/"
