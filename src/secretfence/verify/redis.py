"""Redis: connect to the host named in the finding and send AUTH (RESP). +OK → live.

Only the host from the URI (or --redis-host, for a bare `requirepass` with no host) is contacted.
A host from the URI is scanned content: it must resolve to public addresses only, unless the
person running secretfence passed --verify-allow-internal (--redis-host is their own choice).
`rediss://` uses TLS with certificate checks. Unix sockets are not contacted. The server's
reply is matched against known answers; its text is never copied out (a server can echo the
password back).
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

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

MAX_REPLY = 512
# RESP error names (the first word of a `-` reply) that may be reported by name.
KNOWN_ERRORS = frozenset({
    "ERR", "WRONGPASS", "NOAUTH", "NOPERM", "LOADING", "BUSY", "MASTERDOWN", "READONLY", "MISCONF",
    "CLUSTERDOWN", "TRYAGAIN", "WRONGTYPE", "EXECABORT", "NOSCRIPT", "NOREPLICAS",
})
_ERROR_NAME = re.compile(rb"-([A-Z]{2,20})(?:[ \r]|$)")


def _command(*parts: str) -> bytes:
    encoded = [part.encode("utf-8", "surrogateescape") for part in parts]
    return b"*%d\r\n" % len(encoded) + b"".join(b"$%d\r\n%s\r\n" % (len(part), part) for part in encoded)


def _target(finding: Finding, options: Options) -> Optional[Tuple[str, str, bool]]:
    """(host, port, from scanned content?) or None when there is nowhere to send it."""
    host = str(finding.details.get("host", ""))
    if host:
        return host, str(finding.details.get("port", "6379")), True
    if options.redis_host:
        given_host, _, given_port = options.redis_host.rpartition(":") if _has_port(options.redis_host) else (
            options.redis_host, "", "")
        return given_host.strip("[]"), given_port or "6379", False
    return None


def _has_port(host_port: str) -> bool:
    # `::1` is a bare IPv6 address; `[::1]:6380` and `cache:6380` carry a port.
    return host_port.startswith("[") and "]:" in host_port or host_port.count(":") == 1


def check(finding: Finding, options: Options, deadline: Deadline) -> Verdict:
    if finding.details.get("scheme") == "unix":
        return Verdict(UNKNOWN, "unix socket: not contacted")
    target = _target(finding, options)
    if target is None:
        return Verdict(UNKNOWN, "no host named with this password (give one with --redis-host)")
    host, port_text, scanned = target
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        return Verdict(UNKNOWN, "no valid port named with this password: not contacted")
    user = str(finding.details.get("user", ""))
    auth = _command("AUTH", user, finding.secret) if user else _command("AUTH", finding.secret)
    try:
        sock = open_connection(host, int(port_text), deadline, refuse_internal=scanned and not options.allow_internal)
        connection = sock
        try:
            if finding.details.get("scheme") == "rediss":
                connection = start_tls(sock, host, deadline)
            send_all(connection, auth, deadline)
            reply = reader(connection, deadline).readline(MAX_REPLY)
        finally:
            connection.close()
    except InternalAddressRefused as refused:
        return Verdict(UNKNOWN, str(refused))
    except NetworkError as error:
        return Verdict(UNKNOWN, f"Redis server unreachable ({error})")
    return judge(reply)


def judge(reply: bytes) -> Verdict:
    """The verdict for an AUTH reply, in words of secretfence's own."""
    lowered = reply.lower()
    if reply.startswith(b"+OK\r\n"):
        return Verdict(LIVE, "the Redis server accepted the password")
    found = _ERROR_NAME.match(reply)
    name = found.group(1).decode() if found else ""
    if name == "WRONGPASS" or name == "ERR" and b"invalid password" in lowered:
        return Verdict(DEAD, f"the Redis server rejected the password ({name})")
    if name == "ERR" and (b"without any password configured" in lowered or b"no password is set" in lowered):
        return Verdict(UNKNOWN, "the Redis server has no password set: nothing to check")
    if name in KNOWN_ERRORS:
        return Verdict(UNKNOWN, f"the Redis server answered {name}")
    return Verdict(UNKNOWN, f"the Redis server sent an {UNEXPECTED}")
