"""Sockets for the live checks: one deadline for everything a check does, and vetted addresses.

A socket timeout bounds one read; an endpoint that sends a byte a second would keep a check
alive for ever. Here every operation gets the time left until the check's deadline, so the
whole check ends by then, however the other side trickles. Name resolution has no timeout of
its own: it runs beside the check, which stops waiting for it at the deadline.

Hosts that come from scanned content (a Redis URI) are vetted: if any address the name
resolves to is internal (loopback, private, link-local, multicast, reserved, unspecified,
shared or otherwise not global), nothing is sent; the socket connects to the vetted address
itself (no second lookup) and the connected peer is checked again.
"""
from __future__ import annotations

import io
import ipaddress
import socket
import ssl
import threading
import time
from typing import Any, List, Optional, Tuple, Union

TIMED_OUT = "no complete answer before the deadline"
REFUSED_INTERNAL = "internal address refused; --verify-allow-internal to allow"
IPAddress = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]
AddressInfo = Tuple[int, int, int, str, Any]  # getaddrinfo's (family, type, proto, canonname, sockaddr)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class NetworkError(Exception):
    """No usable answer (unreachable, refused, cut off at the deadline): the verdict is unknown.

    Its message is a fixed phrase or an exception class name, never text a server sent.
    """


class InternalAddressRefused(NetworkError):
    def __init__(self) -> None:
        super().__init__(REFUSED_INTERNAL)


class Deadline:
    """The moment a check (or the whole verification phase) must be over."""

    def __init__(self, seconds: float, not_after: Optional[float] = None) -> None:
        end = time.monotonic() + seconds
        self.end = min(end, not_after) if not_after is not None else end

    def remaining(self) -> float:
        """Seconds left; NetworkError once the deadline has passed."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise NetworkError(TIMED_OUT)
        return left

    def passed(self) -> bool:
        return time.monotonic() >= self.end


def is_internal(address: str) -> bool:
    """Not an address on the public internet, by itself or by the IPv4 address it embeds."""
    ip = _ip(address)
    candidates: List[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        # ::ffff:a.b.c.d and NAT64's 64:ff9b::a.b.c.d reach exactly the IPv4 address they carry;
        # 6to4 (2002:a.b.c.d::) is judged on both.
        if ip.ipv4_mapped is not None:
            candidates = [ip.ipv4_mapped]
        elif ip in _NAT64:
            candidates = [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
        elif ip.sixtofour is not None:
            candidates.append(ip.sixtofour)
    return any(
        not candidate.is_global or candidate.is_private or candidate.is_loopback or candidate.is_link_local
        or candidate.is_multicast or candidate.is_reserved or candidate.is_unspecified
        for candidate in candidates
    )


def _ip(address: str) -> IPAddress:
    return ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone (`fe80::1%eth0`) is local anyway


def resolve(host: str, port: int, deadline: Deadline) -> List[AddressInfo]:
    """getaddrinfo, abandoned (not waited for) at the deadline."""
    outcome: List[Any] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError, ValueError) as error:
            outcome.append(error)
        done.set()

    threading.Thread(target=lookup, name="secretfence-resolve", daemon=True).start()
    if not done.wait(deadline.remaining()):
        raise NetworkError(TIMED_OUT)
    if isinstance(outcome[0], BaseException):
        raise NetworkError("host not found")
    infos: List[AddressInfo] = outcome[0]
    if not infos:
        raise NetworkError("host not found")
    return infos


def open_connection(host: str, port: int, deadline: Deadline, *, refuse_internal: bool) -> socket.socket:
    """A TCP connection to host:port, tried address by address until the deadline."""
    infos = resolve(host, port, deadline)
    if refuse_internal and any(is_internal(info[4][0]) for info in infos):
        raise InternalAddressRefused()
    last: Optional[NetworkError] = None
    for family, kind, proto, _, address in infos:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(deadline.remaining())
            sock.connect(address)
            if refuse_internal:
                peer = sock.getpeername()[0]
                if is_internal(peer) or _ip(peer) != _ip(address[0]):
                    raise InternalAddressRefused()
            return sock
        except NetworkError:
            sock.close()
            raise
        except OSError as error:
            sock.close()
            last = NetworkError(describe(error))
            if isinstance(error, socket.timeout):
                raise last from None
    raise last if last is not None else NetworkError("host not found")


def start_tls(sock: socket.socket, server_hostname: str, deadline: Deadline) -> ssl.SSLSocket:
    """TLS with certificate and host name checks; the handshake as a whole is bounded by the
    socket timeout (Python >= 3.5), which is the time left."""
    sock.settimeout(deadline.remaining())
    try:
        return ssl.create_default_context().wrap_socket(sock, server_hostname=server_hostname)
    except (OSError, ValueError) as error:
        raise NetworkError(describe(error)) from None


def send_all(sock: socket.socket, data: bytes, deadline: Deadline) -> None:
    try:
        sock.settimeout(deadline.remaining())
        sock.sendall(data)  # the timeout bounds the whole sendall (Python >= 3.5)
    except OSError as error:
        raise NetworkError(describe(error)) from None


class _DeadlineReader(io.RawIOBase):
    """A socket's input where every read waits at most until the deadline."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        super().__init__()
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            self._sock.settimeout(self._deadline.remaining())
            return self._sock.recv_into(buffer)
        except OSError as error:
            raise NetworkError(describe(error)) from None


def reader(sock: socket.socket, deadline: Deadline, buffer_size: int = io.DEFAULT_BUFFER_SIZE) -> io.BufferedReader:
    return io.BufferedReader(_DeadlineReader(sock, deadline), buffer_size)


def describe(error: BaseException) -> str:
    """A fixed phrase for a network failure (never the error's text, which may quote a peer)."""
    if isinstance(error, NetworkError):
        return str(error)
    if isinstance(error, (socket.timeout, TimeoutError)):
        return TIMED_OUT
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return "connection reset"
    if isinstance(error, socket.gaierror):
        return "host not found"
    if isinstance(error, ssl.SSLCertVerificationError):
        return "TLS certificate not trusted"
    if isinstance(error, ssl.SSLError):
        return "TLS error"
    return type(error).__name__
