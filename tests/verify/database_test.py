"""--verify for database credentials: real PostgreSQL and MariaDB servers on 127.0.0.1.

The servers (tests/verify/databases.py) start once per session. MySQL 8's caching_sha2_password
has no Debian server package, so it is checked against a stand-in that verifies the scramble as
MySQL does; so is what a server's error text may carry into the report.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import struct
import threading
from pathlib import Path
from typing import Callable, Iterator, List
from urllib.parse import quote

import pytest

from secretfence.engine import Engine
from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, verify
from secretfence.verify._net import REFUSED_INTERNAL, TIMED_OUT
from secretfence.kinds._database_reading import saslprep, scramble_response
from tests.conftest import assert_no_plaintext, write
from tests.verify.databases import Server

WRONG = "Wr0ngPassw0rd9q"


def findings(filename: str, text: str) -> List[Finding]:
    return Engine().scan_text(filename, text)


def checked(text: str, filename: str = "app.env", allow_internal: bool = True, timeout: float = 5.0) -> List[tuple]:
    found = findings(filename, text)
    assert len(found) == text.count("\n"), [f.description for f in found]
    return [(f.verification, f.verification_detail)
            for f in verify(found, Options(allow_internal=allow_internal, timeout=timeout))]


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch) -> Callable[[Server], None]:
    """trusted(server): its test CA is where TLS checks look for trust anchors."""
    return lambda server: monkeypatch.setenv("SSL_CERT_FILE", server.ca_file)


# --- PostgreSQL ----------------------------------------------------------------------------------


def test_postgres_scram_and_md5_passwords_live_and_dead(postgres: Server) -> None:
    port, passwords = postgres.port, postgres.passwords
    text = (f"A=postgres://scram_user:{passwords['scram_user']}@127.0.0.1:{port}/postgres\n"
            f"B=postgresql://scram_user:{WRONG}@127.0.0.1:{port}/postgres\n"
            f"C=postgresql+psycopg2://md5_user:{passwords['md5_user']}@127.0.0.1:{port}/postgres\n"
            f"D=postgresql://md5_user:{WRONG}@127.0.0.1:{port}/postgres\n"
            f"E=postgresql://nobody_here:{passwords['scram_user']}@127.0.0.1:{port}/postgres\n"
            # The login succeeds before the server looks for the database.
            f"F=postgres://scram_user:{passwords['scram_user']}@127.0.0.1:{port}/no_such_database\n")
    accepted = (LIVE, "the PostgreSQL server accepted the password")
    rejected = (DEAD, "the PostgreSQL server rejected the password (SQLSTATE 28P01)")
    assert checked(text) == [accepted, rejected, accepted, rejected, rejected, accepted]


def test_postgres_password_as_libpq_jdbc_and_ado_forms_send(postgres: Server) -> None:
    """Percent-encoding, libpq escapes and SASLprep are undone as each client would."""
    port, odd = postgres.port, postgres.passwords["odd_user"]
    libpq = odd.replace("\\", "\\\\").replace("'", "\\'")
    text = (f"A=postgresql://odd_user:{quote(odd, safe='')}@127.0.0.1:{port}/postgres\n"
            f"B = psycopg2.connect(\"host=127.0.0.1 port={port} dbname=postgres user=odd_user password='{libpq}'\")\n"
            f"C=jdbc:postgresql://127.0.0.1:{port}/postgres?user=scram_user&password={postgres.passwords['scram_user']}\n"
            f"D=Host=127.0.0.1;Port={port};Database=postgres;Username=md5_user;Password={postgres.passwords['md5_user']}\n")
    assert checked(text, "settings.cfg") == [(LIVE, "the PostgreSQL server accepted the password")] * 4


def test_postgres_cleartext_password_goes_only_inside_tls(postgres: Server, trusted) -> None:
    port, password = postgres.port, postgres.passwords["clear_user"]
    plain = f"A=postgresql://clear_user:{password}@127.0.0.1:{port}/postgres\n"
    over_tls = f"B=postgresql://clear_user:{password}@127.0.0.1:{port}/postgres?sslmode=require\n"
    assert checked(plain) == [(UNKNOWN, "the PostgreSQL server asks for the password in clear text outside TLS: "
                                        "not sent")]
    # The certificate is checked: not trusted yet, so nothing is sent.
    assert checked(over_tls) == [(UNKNOWN, "PostgreSQL server unreachable (TLS certificate not trusted)")]
    trusted(postgres)
    # The same password for the same server is checked once, but not with and without TLS.
    assert checked(plain + over_tls) == [
        (UNKNOWN, "the PostgreSQL server asks for the password in clear text outside TLS: not sent"),
        (LIVE, "the PostgreSQL server accepted the password")]
    scram_over_tls = (f"C=postgresql://scram_user:{postgres.passwords['scram_user']}@127.0.0.1:{port}/postgres"
                      "?sslmode=verify-full\n")
    assert checked(scram_over_tls) == [(LIVE, "the PostgreSQL server accepted the password")]


# --- MariaDB -------------------------------------------------------------------------------------


def test_mariadb_native_password_live_and_dead(mariadb: Server) -> None:
    port, password = mariadb.port, mariadb.passwords["native_user"]
    text = (f"A=mysql://native_user:{password}@127.0.0.1:{port}/\n"
            f"B=mariadb://native_user:{WRONG}@127.0.0.1:{port}/app\n"
            f"C=mysql+pymysql://nobody_here:{password}@127.0.0.1:{port}/app\n"
            f'D = "native_user:{password}@tcp(127.0.0.1:{port})/app"\n'
            f"E=jdbc:mariadb://127.0.0.1:{port}/app?user=native_user&password={password}\n")
    assert checked(text, "settings.cfg") == [
        (LIVE, "the MySQL server accepted the password"),
        (DEAD, "the MariaDB server rejected the password (error 1045)"),
        (DEAD, "the MySQL server rejected the password (error 1045)"),
        (LIVE, "the MySQL server accepted the password"),
        (LIVE, "the MariaDB server accepted the password"),
    ]


def test_mariadb_over_tls_and_a_method_secretfence_does_not_speak(mariadb: Server, trusted) -> None:
    port = mariadb.port
    tls = f"A=mysql://native_user:{mariadb.passwords['native_user']}@127.0.0.1:{port}/app?ssl-mode=REQUIRED\n"
    assert checked(tls) == [(UNKNOWN, "MySQL server unreachable (TLS certificate not trusted)")]
    trusted(mariadb)
    assert checked(tls) == [(LIVE, "the MySQL server accepted the password")]
    ed25519 = f"B=mariadb://ed_user:{mariadb.passwords['ed_user']}@127.0.0.1:{port}/app\n"
    assert checked(ed25519) == [(UNKNOWN, "the MariaDB server asks for client_ed25519 authentication: not checked")]


# --- where a check may go --------------------------------------------------------------------------


def test_servers_named_in_scanned_files_are_internal_here_and_refused_without_the_flag(
        postgres: Server, mariadb: Server, listen) -> None:
    listener = listen()
    text = (f"A=postgres://scram_user:{postgres.passwords['scram_user']}@127.0.0.1:{postgres.port}/postgres\n"
            f"B=mysql://native_user:{mariadb.passwords['native_user']}@localhost:{mariadb.port}/app\n"
            f"C=postgres://scram_user:{postgres.passwords['scram_user']}@127.0.0.1:{listener.port}/postgres\n")
    assert checked(text, allow_internal=False) == [(UNKNOWN, REFUSED_INTERNAL)] * 3
    assert listener.connections == 0


def test_unreachable_servers_are_unknown(silent_server: str) -> None:
    closed = _closed_port()
    text = (f"A=postgres://app:Zt5KwQ8mPn3R@127.0.0.1:{closed}/app\n"
            f"B=mysql://app:Zt5KwQ8mPn3R@{silent_server}/app\n")
    assert checked(text, timeout=1.0) == [
        (UNKNOWN, "PostgreSQL server unreachable (connection refused)"),
        (UNKNOWN, f"MySQL server unreachable ({TIMED_OUT})"),
    ]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once it is closed


def test_what_is_not_checked_says_why(listen) -> None:
    listener = listen()
    text = (f"A=mongodb://app:Zt5KwQ8mPn3R@127.0.0.1:{listener.port}/app\n"
            f"B=amqps://app:Zt5KwQ8mPn3R@127.0.0.1:{listener.port}/vhost\n"
            f"C=jdbc:sqlserver://127.0.0.1:{listener.port};user=app;password=Zt5KwQ8mPn3R\n"
            "POSTGRES_PASSWORD=Kd8Wq3Zx6Lp1\n"
            "D=postgres://:Zt5KwQ8mPn3R@db.example-corp.net/app\n"
            "E=postgres://app:Zt5KwQ8mPn3R@/app?host=%2Fvar%2Frun%2Fpostgresql\n"
            "F=postgres://app:Zt5KwQ8mPn3R@db.example-corp.net:99999/app\n")
    assert checked(text) == [
        (UNKNOWN, "MongoDB credentials are not checked"),
        (UNKNOWN, "AMQP (RabbitMQ) credentials are not checked"),
        (UNKNOWN, "SQL Server credentials are not checked"),
        (UNKNOWN, "no host named with this password"),
        (UNKNOWN, "no user named with this password"),
        (UNKNOWN, "unix socket: not contacted"),
        (UNKNOWN, "no valid port named with this password: not contacted"),
    ]
    assert listener.connections == 0


def test_the_cli_reports_a_live_database_password_masked(postgres: Server, tmp_path: Path, monkeypatch,
                                                         run_cli) -> None:
    password = postgres.passwords["scram_user"]
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.env", f"DATABASE_URL=postgres://scram_user:{password}@127.0.0.1:{postgres.port}/app\n")
    code, out, err = run_cli("scan", "--verify", "app.env")
    assert code == 1 and f"    checked: {REFUSED_INTERNAL}" in out.splitlines()
    code, out, err = run_cli("scan", "--verify", "--verify-allow-internal", "--format", "json", "app.env")
    (entry,) = json.loads(out)["results"]["app.env"]
    assert (entry["type"], entry["detector"], entry["verification"], entry["verification_detail"], entry["is_verified"]) == (
        "Database Credentials", "SecretfenceDatabaseDetector", LIVE, "the PostgreSQL server accepted the password", True)
    assert_no_plaintext(out + err, password)


# --- stand-ins: MySQL 8's caching_sha2_password, and servers that echo -----------------------------

CACHED = "C4chedPassw0rd7"


class MySqlStandIn:
    """Answers like a MySQL 8 server whose one account (`app`, CACHED) uses caching_sha2_password.

    `default` is the method named in the handshake (a switch follows when it is not the
    account's); `cached`: the server holds the password's hash, so the fast path decides.
    """

    def __init__(self, default: bytes, cached: bool) -> None:
        self.default = default
        self.cached = cached
        self.received: List[bytes] = []
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(4)
        self.port = self._sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            connection, _ = self._sock.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(10)
            self._login(connection)

    def _packet(self, connection: socket.socket) -> bytes:
        header = connection.recv(4, socket.MSG_WAITALL)
        payload = connection.recv(header[0] | header[1] << 8 | header[2] << 16, socket.MSG_WAITALL)
        self.received.append(payload)
        return payload

    @staticmethod
    def _send(connection: socket.socket, sequence: int, payload: bytes) -> None:
        connection.sendall(struct.pack("<I", len(payload))[:3] + bytes([sequence]) + payload)

    def _login(self, connection: socket.socket) -> None:
        scramble = os.urandom(20)
        capabilities = 0x200 | 0x8000 | 0x80000
        handshake = (b"\x0a8.0.36\0" + struct.pack("<I", 7) + scramble[:8] + b"\0"
                     + struct.pack("<HBHHB", capabilities & 0xFFFF, 45, 2, capabilities >> 16, 21) + b"\0" * 10
                     + scramble[8:] + b"\0" + self.default + b"\0")
        self._send(connection, 0, handshake)
        response = self._packet(connection)
        sequence = 2
        user, _, rest = response[32:].partition(b"\0")
        answer = rest[1:1 + rest[0]]
        if self.default != b"caching_sha2_password":
            scramble = os.urandom(20)
            self._send(connection, sequence, b"\xfecaching_sha2_password\0" + scramble + b"\0")
            answer = self._packet(connection)
            sequence += 2
        if user != b"app" or answer != scramble_response(b"caching_sha2_password", CACHED, scramble):
            self._send(connection, sequence, b"\xff\x15\x04#28000Access denied for user " + answer)
            return
        if not self.cached:
            self._send(connection, sequence, b"\x01\x04")  # perform full authentication
            try:
                self._packet(connection)
            except (OSError, IndexError):
                pass
            return
        self._send(connection, sequence, b"\x01\x03")  # fast authentication succeeded
        self._send(connection, sequence + 1, b"\x00\x00\x00\x02\x00\x00\x00")

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def mysql8() -> Iterator[Callable[..., MySqlStandIn]]:
    servers: List[MySqlStandIn] = []

    def start(default: bytes = b"caching_sha2_password", cached: bool = True) -> MySqlStandIn:
        servers.append(MySqlStandIn(default, cached))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.mark.parametrize(
    ("default", "cached", "password", "expected"),
    [
        (b"caching_sha2_password", True, CACHED, (LIVE, "the MySQL server accepted the password")),
        (b"caching_sha2_password", True, WRONG, (DEAD, "the MySQL server rejected the password (error 1045)")),
        (b"mysql_native_password", True, CACHED, (LIVE, "the MySQL server accepted the password")),
        (b"caching_sha2_password", False, CACHED,
         (UNKNOWN, "the MySQL server asks for a full caching_sha2_password authentication, which sends the password "
                   "itself: not without TLS")),
    ],
    ids=["fast-path", "wrong", "after-switch", "full-authentication"],
)
def test_mysql8_caching_sha2_password(mysql8, default: bytes, cached: bool, password: str, expected: tuple) -> None:
    server = mysql8(default, cached)
    assert checked(f"A=mysql://app:{password}@127.0.0.1:{server.port}/app\n") == [expected]
    assert all(password.encode() not in payload for payload in server.received)  # never the password itself


def _postgres_error(fields: bytes) -> Callable[[socket.socket, bytes], None]:
    """A PostgreSQL stand-in that answers the startup message with one ErrorResponse."""

    def answer(connection: socket.socket, _: bytes) -> None:
        connection.sendall(b"E" + struct.pack("!i", len(fields) + 5) + fields + b"\0")

    return answer


@pytest.mark.parametrize(
    ("fields", "detail"),
    [
        (b"SFATAL\0C28P01\0Mpassword {pw} is wrong\0", "the PostgreSQL server rejected the password (SQLSTATE 28P01)"),
        (b"SFATAL\0C{pw}\0", "the PostgreSQL server sent an unexpected reply"),
        (b"SFATAL\0C53300\0Mtoo many clients for {pw}\0", "the PostgreSQL server answered SQLSTATE 53300"),
    ],
    ids=["message", "code", "other-code"],
)
def test_a_postgres_error_text_never_reaches_the_report(listen, tmp_path: Path, monkeypatch, run_cli,
                                                        fields: bytes, detail: str) -> None:
    password = "Ech0edPassw0rd7Q"
    listener = listen(_postgres_error(fields.replace(b"{pw}", password.encode())))
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.env", f"DATABASE_URL=postgres://app:{password}@127.0.0.1:{listener.port}/app\n")
    code, out, err = run_cli("scan", "--verify", "--verify-allow-internal", "app.env")
    assert code == 1 and f"    checked: {detail}" in out.splitlines()
    assert_no_plaintext(out + err, password)


# --- the pieces without a network --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prepared"),
    [("user", "user"), ("I\u00adX", "IX"), ("\u00aa", "a"), ("\u2168", "IX"), ("a\u00a0b", "a b"),
     ("P@ss w'rd%\u00e9", "P@ss w'rd%\u00e9")],
)
def test_saslprep_follows_rfc_4013(text: str, prepared: str) -> None:
    assert saslprep(text) == prepared


@pytest.mark.parametrize("text", ["\u0007", "\u0627\u0031", "a\u0000", "\ufffe"])
def test_saslprep_refuses_what_rfc_4013_prohibits(text: str) -> None:
    with pytest.raises(ValueError):
        saslprep(text)


def test_mysql_native_password_scramble_matches_the_servers_check() -> None:
    """The server stores SHA1(SHA1(pw)) and checks SHA1(answer XOR SHA1(scramble + stored)) == stored."""
    scramble = bytes(range(1, 21))
    answer = scramble_response(b"mysql_native_password", "N4tivePassw0rd8", scramble)
    stored = hashlib.sha1(hashlib.sha1(b"N4tivePassw0rd8").digest()).digest()
    mix = hashlib.sha1(scramble + stored).digest()
    assert hashlib.sha1(bytes(a ^ b for a, b in zip(answer, mix))).digest() == stored
    assert scramble_response(b"mysql_native_password", "", scramble) == b""
