"""Redis: connect to the host named in the finding and send AUTH (RESP). +OK → live.

Only the host from the URI (or --redis-host, for a bare `requirepass` with no host) is contacted.
`rediss://` uses TLS with certificate checks. Unix sockets are not contacted.
"""
from __future__ import annotations

import socket
import ssl
from typing import List, Optional

from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, Verdict


def _command(*parts: str) -> bytes:
    encoded = [part.encode("utf-8", "surrogateescape") for part in parts]
    return b"*%d\r\n" % len(encoded) + b"".join(b"$%d\r\n%s\r\n" % (len(part), part) for part in encoded)


def _target(finding: Finding, options: Options) -> Optional[List[str]]:
    host = str(finding.details.get("host", ""))
    port = str(finding.details.get("port", "6379"))
    if not host and options.redis_host:
        host, _, given_port = options.redis_host.partition(":")
        port = given_port or "6379"
    return [host, port] if host else None


def check(finding: Finding, options: Options) -> Verdict:
    if finding.details.get("scheme") == "unix":
        return Verdict(UNKNOWN, "unix socket: not contacted")
    target = _target(finding, options)
    if target is None:
        return Verdict(UNKNOWN, "no host named with this password (give one with --redis-host)")
    host, port = target
    user = str(finding.details.get("user", ""))
    auth = _command("AUTH", user, finding.secret) if user else _command("AUTH", finding.secret)
    try:
        with socket.create_connection((host, int(port)), timeout=options.timeout) as raw:
            connection = raw
            if finding.details.get("scheme") == "rediss":
                connection = ssl.create_default_context().wrap_socket(raw, server_hostname=host)
            connection.sendall(auth)
            reply = connection.recv(512).decode("utf-8", "replace").strip()
    except (OSError, ValueError) as error:
        return Verdict(UNKNOWN, f"{host}:{port} unreachable ({type(error).__name__})")
    if reply.startswith("+OK"):
        return Verdict(LIVE, f"{host}:{port} accepted the password")
    if reply.startswith("-WRONGPASS") or "invalid password" in reply or "invalid username-password" in reply:
        return Verdict(DEAD, f"{host}:{port} rejected the password")
    if "without any password configured" in reply:
        return Verdict(UNKNOWN, f"{host}:{port} asks for no password at all")
    return Verdict(UNKNOWN, f"{host}:{port} answered {reply[:40]!r}")
