"""Local stand-ins on 127.0.0.1 for the services --verify talks to."""
from __future__ import annotations

import base64
import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Dict, Iterator, List, Optional, Tuple

import pytest

if TYPE_CHECKING:
    from tests.verify.databases import Server

GOOD_TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
BAD_TELEGRAM = "5174039793:AAOYElGOH3iVvM4K6YKbtgsGmd8sFcGGkmz"


def wait_for_port(port: int, process: "subprocess.Popen[bytes]", what: str, seconds: float = 30,
                  host: str = "127.0.0.1") -> None:
    """Until the server listens on host:port; a server that dies or never listens fails the test."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"{what} did not start")
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    """What each stand-in received: the secrets must only reach their own service."""

    def __init__(self) -> None:
        self.requests: List[Tuple[str, str]] = []


def _serve(handler_class: type) -> Tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def telegram_api() -> Iterator[Tuple[str, Recorder]]:
    recorder = Recorder()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

        def do_GET(self) -> None:
            recorder.requests.append(("GET", self.path))
            if self.path == f"/bot{GOOD_TELEGRAM}/getMe":
                status, body = 200, {"ok": True, "result": {"id": 7213808860, "is_bot": True, "username": "leaky_bot"}}
            else:
                status, body = 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server, url = _serve(Handler)
    yield url, recorder
    server.shutdown()


@pytest.fixture
def pypi_upload() -> Iterator[Tuple[str, Recorder, List[str]]]:
    """Answers like warehouse's upload endpoint: 403 for a bad token, 400 for a good one."""
    recorder = Recorder()
    good: List[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            auth = self.headers.get("Authorization", "")
            token = base64.b64decode(auth[len("Basic "):]).decode().partition(":")[2] if auth.startswith("Basic ") else ""
            recorder.requests.append((self.path, token))
            if token in good:
                assert b'name=":action"' in body and b"file_upload" in body
                status, text = 400, b"Include at least one message digest."
            else:
                status, text = 403, b"Invalid or non-existent authentication information."
            self.send_response(status)
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

    server, url = _serve(Handler)
    yield url + "/legacy/", recorder, good
    server.shutdown()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: every check against it must time out as unknown."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield f"127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def _redis_server(tmp_path: Path, host: str) -> Iterator[Tuple[int, str]]:
    executable = shutil.which("redis-server")
    if executable is None:
        message = "redis-server is not installed (.ci/run and scripts/test.sh install it as root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port, password = free_port(), "Rp9xLq2Vt7Kz"
    process = subprocess.Popen(
        [executable, "--port", str(port), "--bind", host, "--requirepass", password, "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process, "redis-server", host=host)
    yield port, password
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[Tuple[int, str]]:
    yield from _redis_server(tmp_path, "127.0.0.1")


@pytest.fixture
def redis_server_ipv6(tmp_path: Path) -> Iterator[Tuple[int, str]]:
    """redis-server on the IPv6 loopback, ::1."""
    yield from _redis_server(tmp_path, "::1")


@pytest.fixture
def sts_server() -> Iterator[Tuple[str, str, str]]:
    """A moto server that enforces signatures; yields (url, live key id, its secret)."""
    from secretfence.verify._http import request
    from secretfence.verify._net import Deadline
    from secretfence.kinds.aws import sign

    port = free_port()
    env = {**os.environ, "INITIAL_NO_AUTH_ACTION_COUNT": "2"}  # CreateUser + CreateAccessKey, then enforce
    process = subprocess.Popen([str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    wait_for_port(port, process, "moto_server")

    def iam(params: Dict[str, str]) -> bytes:
        body = urllib.parse.urlencode({**params, "Version": "2010-05-08"}).encode()
        headers = sign("AKIAIOSFODNN7AAAAAAA", "x" * 40, url, body, datetime.datetime.now(datetime.timezone.utc), "iam")
        status, reply = request(url, method="POST", headers=headers, body=body, deadline=Deadline(30))
        assert status == 200, reply
        return reply

    iam({"Action": "CreateUser", "UserName": "leaky"})
    reply = iam({"Action": "CreateAccessKey", "UserName": "leaky"}).decode()
    key_id = re.search(r"<AccessKeyId>([^<]+)", reply).group(1)  # type: ignore[union-attr]
    secret = re.search(r"<SecretAccessKey>([^<]+)", reply).group(1)  # type: ignore[union-attr]
    yield url, key_id, secret
    process.terminate()
    process.wait(timeout=10)


class Listener:
    """A TCP server on 127.0.0.1 that records every connection and what it received."""

    def __init__(self, answer: Callable[[socket.socket, bytes], None]) -> None:
        self.connections = 0
        self.received: List[bytes] = []
        self.hung_up = threading.Event()  # the client closed a connection (or it broke)
        self._answer = answer
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port: int = self._sock.getsockname()[1]
        self.address = f"127.0.0.1:{self.port}"
        self._stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(10)
            try:
                data = connection.recv(65536)
                self.received.append(data)
                self._answer(connection, data)
            except OSError:
                pass
            self.hung_up.set()

    def close(self) -> None:
        self._stopped.set()
        # close() alone leaves the accepting thread blocked in accept() on the old socket, and
        # its descriptor number free for the next test's server: wake the thread first.
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()


TRICKLE_SECONDS = 600.0  # how long a trickling listener would keep a check alive without a deadline


def trickle(prefix: bytes, interval: float = 0.2) -> Callable[[socket.socket, bytes], None]:
    """Send `prefix`, then one byte every `interval` for TRICKLE_SECONDS, never completing a reply."""

    def answer(connection: socket.socket, _: bytes) -> None:
        connection.sendall(prefix)
        end = time.monotonic() + TRICKLE_SECONDS
        while time.monotonic() < end:
            time.sleep(interval)
            connection.sendall(b"x")

    return answer


def silent(connection: socket.socket, _: bytes) -> None:
    """Keep the connection open without a word until the client hangs up."""
    try:
        connection.recv(1)
    except OSError:
        pass


@pytest.fixture
def listen() -> Iterator[Callable[..., Listener]]:
    """listen(answer) -> a Listener on 127.0.0.1; all are closed after the test."""
    listeners: List[Listener] = []

    def start(answer: Optional[Callable[[socket.socket, bytes], None]] = None) -> Listener:
        listener = Listener(answer or silent)
        listeners.append(listener)
        return listener

    yield start
    for listener in listeners:
        listener.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator["Server"]:
    """A real PostgreSQL on 127.0.0.1 (SCRAM, MD5 and cleartext accounts, TLS), once per session."""
    from tests.verify.databases import postgres_server

    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def mariadb() -> Iterator["Server"]:
    """A real MariaDB on 127.0.0.1 (native-password and ed25519 accounts, TLS), once per session."""
    from tests.verify.databases import mariadb_server

    with mariadb_server() as server:
        yield server
