"""Databases: log in to the PostgreSQL or MySQL/MariaDB server named with the password, then leave.

Only the host named in the finding (a URI, a libpq or ADO string, a Go DSN) is contacted, and it
must resolve to public addresses unless the person running secretfence passed
--verify-allow-internal. Nothing is queried: the check ends at the login's answer.

- PostgreSQL (protocol 3.0, stdlib only): a StartupMessage, then the authentication the server
  asks for: SCRAM-SHA-256 (RFC 5802/7677; the server's own signature is checked too), MD5, or a
  cleartext password, which is sent only inside TLS. AuthenticationOk → live; SQLSTATE 28P01
  (invalid_password) → dead.
- MySQL / MariaDB: the server's handshake, then mysql_native_password or caching_sha2_password
  (its fast path; a full authentication sends the password itself, so only inside TLS),
  following the server's auth switch. OK → live; error 1045 (access denied) → dead.
- TLS when the finding asks for it (sslmode=require…, ssl=true, tls=true…), with certificate
  and host name checks; otherwise none: both logins above are challenge-response and never put
  the password itself on the wire.
- MongoDB, AMQP and SQL Server credentials are not checked.

What a server says reaches the report only as a SQLSTATE code (five of [0-9A-Z]), a MySQL error
number, or the name of a known authentication method; anything else is "unexpected reply".
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import socket
import stringprep
import struct
import unicodedata
from typing import Optional, Tuple
from urllib.parse import unquote

from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict
from secretfence.verify._net import (
    Deadline,
    InternalAddressRefused,
    NetworkError,
    open_connection,
    reader,
    send_all,
    start_tls,
)

MAX_MESSAGE = 1 << 16  # bytes; no login message comes near it
MAX_MESSAGES = 32  # a login that takes more is not one
MAX_SCRAM_ITERATIONS = 1_000_000  # PostgreSQL's default is 4096; more would only burn our time
ENGINE_NAMES = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}
NOT_CHECKED = {
    "mongodb": "MongoDB credentials are not checked",
    "amqp": "AMQP (RabbitMQ) credentials are not checked",
    "sqlserver": "SQL Server credentials are not checked",
}
_SQLSTATE = re.compile(rb"[0-9A-Z]{5}\Z")


class Unexpected(Exception):
    """The server said something a login does not say: the verdict is "unexpected reply"."""


class _Wire:
    """One connection, read and written under the check's deadline; TLS can be started on it."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self.sock: socket.socket = sock
        self.deadline = deadline
        self.stream = reader(sock, deadline)
        self.tls = False

    def send(self, data: bytes) -> None:
        send_all(self.sock, data, self.deadline)

    def read(self, size: int) -> bytes:
        data = self.stream.read(size)
        if data is None or len(data) < size:
            raise NetworkError("connection closed early")
        return data

    def start_tls(self, host: str) -> None:
        # The server says nothing more until the client's TLS hello, so nothing is left buffered.
        self.sock = start_tls(self.sock, host, self.deadline)
        self.stream = reader(self.sock, self.deadline)
        self.tls = True

    def close(self) -> None:
        self.sock.close()


def check(finding: Finding, options: Options, deadline: Deadline) -> Verdict:
    details = finding.details
    engine = str(details.get("engine", ""))
    if engine in NOT_CHECKED:
        return Verdict(UNKNOWN, NOT_CHECKED[engine])
    name = ENGINE_NAMES.get(engine)
    host = str(details.get("host", ""))
    if name is None or not host:
        return Verdict(UNKNOWN, "no host named with this password")
    if host.startswith("/") or "%2f" in host.lower():
        return Verdict(UNKNOWN, "unix socket: not contacted")
    port_text = str(details.get("port", ""))
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        return Verdict(UNKNOWN, "no valid port named with this password: not contacted")
    user = str(details.get("user", ""))
    if not user:
        return Verdict(UNKNOWN, "no user named with this password")
    password = password_of(finding)
    database = str(details.get("database", "")) or user
    tls = details.get("tls") == "required"
    try:
        sock = open_connection(host, int(port_text), deadline, refuse_internal=not options.allow_internal)
        wire = _Wire(sock, deadline)
        try:
            if engine == "postgresql":
                return postgres_login(wire, host, user, password, database, tls)
            return mysql_login(wire, host, user, password, tls, name)
        finally:
            wire.close()
    except InternalAddressRefused as refused:
        return Verdict(UNKNOWN, str(refused))
    except NetworkError as error:
        return Verdict(UNKNOWN, f"{name} server unreachable ({error})")
    except Unexpected:
        return Verdict(UNKNOWN, f"the {name} server sent an {UNEXPECTED}")


def password_of(finding: Finding) -> str:
    """The password as the client would send it: URIs are percent-encoded, libpq values escaped."""
    form = finding.details.get("form")
    if form == "uri":
        return unquote(finding.secret, errors="surrogateescape")
    if form == "libpq":
        return re.sub(r"\\(.)", r"\1", finding.secret)
    return finding.secret


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


# --- PostgreSQL ----------------------------------------------------------------------------------

_PG_PROTOCOL = 196608  # 3.0
_PG_SSL_REQUEST = 80877103
_PG_OTHER_METHODS = {2: "Kerberos V5", 6: "SCM credential", 7: "GSSAPI", 8: "GSSAPI", 9: "SSPI"}


def postgres_login(wire: _Wire, host: str, user: str, password: str, database: str, tls: bool) -> Verdict:
    if tls:
        wire.send(struct.pack("!ii", 8, _PG_SSL_REQUEST))
        answer = wire.read(1)
        if answer == b"N":
            return Verdict(UNKNOWN, "the PostgreSQL server does not offer TLS")
        if answer != b"S":
            raise Unexpected()
        wire.start_tls(host)
    parameters = b"user\0" + _utf8(user) + b"\0database\0" + _utf8(database) + b"\0\0"
    wire.send(struct.pack("!ii", 8 + len(parameters), _PG_PROTOCOL) + parameters)
    scram: Optional[Scram] = None
    for _ in range(MAX_MESSAGES):
        kind, body = _pg_message(wire)
        if kind == b"E":
            return _pg_error(body)
        if kind in (b"N", b"v"):  # a notice, or the server's protocol version: not an answer yet
            continue
        if kind != b"R" or len(body) < 4:
            raise Unexpected()
        (code,) = struct.unpack("!i", body[:4])
        if code == 0:
            return Verdict(LIVE, "the PostgreSQL server accepted the password")
        if code == 3:
            if not wire.tls:
                return Verdict(UNKNOWN, "the PostgreSQL server asks for the password in clear text outside TLS: "
                                        "not sent")
            _pg_send(wire, b"p", _utf8(password) + b"\0")
        elif code == 5 and len(body) == 8:
            _pg_send(wire, b"p", md5_response(user, password, body[4:8]) + b"\0")
        elif code == 10:
            if b"SCRAM-SHA-256" not in body[4:].split(b"\0"):
                return Verdict(UNKNOWN, "the PostgreSQL server asks for an unknown SASL mechanism")
            scram = Scram(password)
            first = scram.client_first()
            _pg_send(wire, b"p", b"SCRAM-SHA-256\0" + struct.pack("!i", len(first)) + first)
        elif code == 11 and scram is not None:
            _pg_send(wire, b"p", scram.client_final(body[4:]))
        elif code == 12 and scram is not None:
            if not scram.server_signature_matches(body[4:]):
                return Verdict(UNKNOWN, "the PostgreSQL server's SCRAM signature does not match: not trusted")
        elif code in _PG_OTHER_METHODS:
            return Verdict(UNKNOWN, f"the PostgreSQL server asks for {_PG_OTHER_METHODS[code]} authentication")
        else:
            raise Unexpected()
    raise Unexpected()


def _pg_message(wire: _Wire) -> Tuple[bytes, bytes]:
    kind = wire.read(1)
    (length,) = struct.unpack("!i", wire.read(4))
    if not 4 <= length <= MAX_MESSAGE:
        raise Unexpected()
    return kind, wire.read(length - 4)


def _pg_send(wire: _Wire, kind: bytes, body: bytes) -> None:
    wire.send(kind + struct.pack("!i", len(body) + 4) + body)


def _pg_error(body: bytes) -> Verdict:
    """The verdict for an ErrorResponse, from its SQLSTATE code alone (its text may quote anything)."""
    code = b""
    for field in body.split(b"\0"):
        if field[:1] == b"C":
            code = field[1:]
    if not _SQLSTATE.match(code):
        return Verdict(UNKNOWN, f"the PostgreSQL server sent an {UNEXPECTED}")
    sqlstate = code.decode("ascii")
    if sqlstate == "28P01":  # invalid_password
        return Verdict(DEAD, "the PostgreSQL server rejected the password (SQLSTATE 28P01)")
    return Verdict(UNKNOWN, f"the PostgreSQL server answered SQLSTATE {sqlstate}")


def md5_response(user: str, password: str, salt: bytes) -> bytes:
    """PostgreSQL's MD5 answer: "md5" + md5(md5(password + user) + salt), in hex."""
    inner = hashlib.md5(_utf8(password) + _utf8(user)).hexdigest().encode("ascii")
    return b"md5" + hashlib.md5(inner + salt).hexdigest().encode("ascii")


class Scram:
    """The client side of SCRAM-SHA-256 without channel binding (`n,,`), as libpq speaks it."""

    def __init__(self, password: str) -> None:
        self.password = saslprep_bytes(password)
        self.nonce = base64.b64encode(os.urandom(18)).decode("ascii")
        self.first_bare = "n=,r=" + self.nonce  # PostgreSQL takes the user from the startup message
        self.auth_message = b""
        self.server_key = b""

    def client_first(self) -> bytes:
        return ("n,," + self.first_bare).encode("ascii")

    def client_final(self, server_first: bytes) -> bytes:
        try:
            text = server_first.decode("ascii")
            attributes = dict(part.split("=", 1) for part in text.split(","))
            nonce, salt = attributes["r"], base64.b64decode(attributes["s"], validate=True)
            iterations = int(attributes["i"])
        except (ValueError, KeyError, UnicodeDecodeError):
            raise Unexpected() from None
        if not nonce.startswith(self.nonce) or len(nonce) == len(self.nonce):
            raise Unexpected()
        if not 0 < iterations <= MAX_SCRAM_ITERATIONS:
            raise Unexpected()
        salted = hashlib.pbkdf2_hmac("sha256", self.password, salt, iterations)
        client_key = _hmac(salted, b"Client Key")
        final_without_proof = "c=biws,r=" + nonce  # biws: base64 of the `n,,` header
        self.auth_message = f"{self.first_bare},{text},{final_without_proof}".encode("ascii")
        signature = _hmac(hashlib.sha256(client_key).digest(), self.auth_message)
        proof = bytes(a ^ b for a, b in zip(client_key, signature))
        self.server_key = _hmac(salted, b"Server Key")
        return (final_without_proof + ",p=" + base64.b64encode(proof).decode("ascii")).encode("ascii")

    def server_signature_matches(self, server_final: bytes) -> bool:
        if not server_final.startswith(b"v="):
            return False
        try:
            signature = base64.b64decode(server_final[2:].split(b",")[0], validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(signature, _hmac(self.server_key, self.auth_message))


def _hmac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def saslprep_bytes(password: str) -> bytes:
    """The password as PostgreSQL hashes it: SASLprep'd (RFC 4013) when that succeeds, else raw."""
    try:
        return saslprep(password).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return _utf8(password)


def saslprep(text: str) -> str:
    """RFC 4013 SASLprep (stored strings): map, NFKC, prohibit, check bidi. ValueError if prohibited."""
    if text.isascii() and text.isprintable():
        return text  # nothing to map, normalise or prohibit
    mapped = "".join(" " if stringprep.in_table_c12(c) else "" if stringprep.in_table_b1(c) else c for c in text)
    normalized = unicodedata.ucd_3_2_0.normalize("NFKC", mapped)
    prohibited = (stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3, stringprep.in_table_c4,
                  stringprep.in_table_c5, stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
                  stringprep.in_table_c9, stringprep.in_table_a1)
    if not normalized or any(test(c) for c in normalized for test in prohibited):
        raise ValueError("prohibited character")
    if any(stringprep.in_table_d1(c) for c in normalized):
        if any(stringprep.in_table_d2(c) for c in normalized):
            raise ValueError("mixed bidirectional text")
        if not (stringprep.in_table_d1(normalized[0]) and stringprep.in_table_d1(normalized[-1])):
            raise ValueError("bidirectional text not enclosed")
    return normalized


# --- MySQL / MariaDB -----------------------------------------------------------------------------

_CLIENT_LONG_PASSWORD = 0x1
_CLIENT_PROTOCOL_41 = 0x200
_CLIENT_SSL = 0x800
_CLIENT_SECURE_CONNECTION = 0x8000
_CLIENT_PLUGIN_AUTH = 0x80000
_MAX_PACKET = 1 << 24
_UTF8MB4 = 45
_NATIVE = b"mysql_native_password"
_CACHING_SHA2 = b"caching_sha2_password"
_CLEAR = b"mysql_clear_password"
# Methods a server may switch to that secretfence does not speak, by name (never echoed otherwise).
_KNOWN_METHODS = frozenset({
    b"client_ed25519", b"parsec", b"auth_gssapi_client", b"sha256_password", b"dialog", b"mysql_old_password",
    b"authentication_kerberos_client", b"authentication_ldap_sasl_client", b"authentication_oci_client",
    b"authentication_fido_client", b"authentication_webauthn_client", b"authentication_openid_connect_client",
})


def mysql_login(wire: _Wire, host: str, user: str, password: str, tls: bool, name: str) -> Verdict:
    sequence, payload = _my_packet(wire)
    if payload[:1] == b"\xff":
        return _my_error(payload, name)
    capabilities, scramble, method = _my_handshake(payload)
    if not capabilities & _CLIENT_PROTOCOL_41 or not capabilities & _CLIENT_SECURE_CONNECTION:
        return Verdict(UNKNOWN, f"the {name} server speaks a protocol older than 4.1: not checked")
    ours = _CLIENT_LONG_PASSWORD | _CLIENT_PROTOCOL_41 | _CLIENT_SECURE_CONNECTION | _CLIENT_PLUGIN_AUTH
    header = struct.pack("<IIB23x", ours, _MAX_PACKET, _UTF8MB4)
    if tls:
        if not capabilities & _CLIENT_SSL:
            return Verdict(UNKNOWN, f"the {name} server does not offer TLS")
        ours |= _CLIENT_SSL
        header = struct.pack("<IIB23x", ours, _MAX_PACKET, _UTF8MB4)
        sequence += 1
        _my_send(wire, sequence, header)
        wire.start_tls(host)
    if method not in (_NATIVE, _CACHING_SHA2):
        method = _NATIVE  # as the mysql client does; the server switches if the account needs another
    answer = scramble_response(method, password, scramble)
    sequence += 1
    _my_send(wire, sequence, header + _utf8(user) + b"\0" + bytes([len(answer)]) + answer + method + b"\0")
    for _ in range(MAX_MESSAGES):
        sequence, payload = _my_packet(wire)
        status = payload[:1]
        if status == b"\x00":
            _my_send(wire, 0, b"\x01")  # COM_QUIT
            return Verdict(LIVE, f"the {name} server accepted the password")
        if status == b"\xff":
            return _my_error(payload, name)
        if status == b"\xfe":  # AuthSwitchRequest: name NUL data
            method, _, data = payload[1:].partition(b"\0")
            if method in (_NATIVE, _CACHING_SHA2):
                answer = scramble_response(method, password, data[:20])  # then a NUL
            elif method == _CLEAR and wire.tls:
                answer = _utf8(password) + b"\0"
            elif method == _CLEAR:
                return Verdict(UNKNOWN, f"the {name} server asks for the password in clear text outside TLS: not sent")
            elif method in _KNOWN_METHODS or not method:
                shown = method.decode("ascii") if method else "mysql_old_password"
                return Verdict(UNKNOWN, f"the {name} server asks for {shown} authentication: not checked")
            else:
                return Verdict(UNKNOWN, f"the {name} server asks for an unknown authentication method")
            sequence += 1
            _my_send(wire, sequence, answer)
        elif status == b"\x01" and method == _CACHING_SHA2:  # AuthMoreData
            if payload[1:2] == b"\x03":  # fast authentication succeeded: OK follows
                continue
            if payload[1:2] != b"\x04":
                raise Unexpected()
            if not wire.tls:
                return Verdict(UNKNOWN, f"the {name} server asks for a full caching_sha2_password authentication, "
                                        "which sends the password itself: not without TLS")
            sequence += 1
            _my_send(wire, sequence, _utf8(password) + b"\0")
        else:
            raise Unexpected()
    raise Unexpected()


def _my_packet(wire: _Wire) -> Tuple[int, bytes]:
    header = wire.read(4)
    length = header[0] | header[1] << 8 | header[2] << 16
    if length > MAX_MESSAGE:
        raise Unexpected()
    return header[3], wire.read(length)


def _my_send(wire: _Wire, sequence: int, payload: bytes) -> None:
    wire.send(struct.pack("<I", len(payload))[:3] + bytes([sequence & 0xFF]) + payload)


def _my_handshake(payload: bytes) -> Tuple[int, bytes, bytes]:
    """(capabilities, 20-byte scramble, default auth method) of a protocol 10 handshake."""
    if payload[:1] != b"\x0a":
        raise Unexpected()
    end_of_version = payload.find(b"\0", 1)
    if end_of_version < 0 or len(payload) < end_of_version + 1 + 4 + 8 + 1 + 2:
        raise Unexpected()
    position = end_of_version + 1 + 4  # connection id
    scramble = payload[position:position + 8]
    position += 9  # and a filler byte
    (capabilities,) = struct.unpack("<H", payload[position:position + 2])
    position += 2
    method = b""
    if len(payload) >= position + 16:
        upper, auth_length = struct.unpack("<xxxHB", payload[position:position + 6])
        capabilities |= upper << 16
        position += 16  # character set, status, upper capabilities, length, 10 reserved bytes
        rest = max(13, auth_length - 8)
        scramble += payload[position:position + 12]  # then a NUL
        position += rest
        if capabilities & _CLIENT_PLUGIN_AUTH:
            method = payload[position:].split(b"\0", 1)[0]
    if len(scramble) != 20:
        raise Unexpected()
    return capabilities, scramble, method


def scramble_response(method: bytes, password: str, scramble: bytes) -> bytes:
    """mysql_native_password: SHA1(pw) XOR SHA1(scramble + SHA1(SHA1(pw)));
    caching_sha2_password: SHA256(pw) XOR SHA256(SHA256(SHA256(pw)) + scramble)."""
    if not password:
        return b""
    secret = _utf8(password)
    if method == _NATIVE:
        first = hashlib.sha1(secret).digest()
        mix = hashlib.sha1(scramble + hashlib.sha1(first).digest()).digest()
    else:
        first = hashlib.sha256(secret).digest()
        mix = hashlib.sha256(hashlib.sha256(first).digest() + scramble).digest()
    return bytes(a ^ b for a, b in zip(first, mix))


def _my_error(payload: bytes, name: str) -> Verdict:
    if len(payload) < 3:
        raise Unexpected()
    (code,) = struct.unpack("<H", payload[1:3])
    if code == 1045:  # ER_ACCESS_DENIED_ERROR
        return Verdict(DEAD, f"the {name} server rejected the password (error 1045)")
    if code == 1862:  # ER_MUST_CHANGE_PASSWORD_LOGIN: right password, expired
        return Verdict(LIVE, f"the {name} server accepted the password (it has expired: error 1862)")
    return Verdict(UNKNOWN, f"the {name} server answered error {code}")

