"""Minimal HTTP for the live checks: stdlib only, one deadline per request, no redirects followed.

The request is written by hand and the answer parsed by http.client, over a socket whose every
read waits only until the deadline (`_net`). urllib cannot do that: its timeout is per read,
and its sockets are out of reach once the body is being read. HTTP(S)_PROXY and NO_PROXY are
honoured as urllib does (an http:// proxy; https through a CONNECT tunnel).
"""
from __future__ import annotations

import base64
import http.client
import io
import re
import socket
import urllib.request
from typing import Dict, Optional, Tuple
from urllib.parse import SplitResult, unquote, urlsplit

from secretfence import __version__
from secretfence.verify._net import Deadline, NetworkError, open_connection, reader, send_all, start_tls

MAX_BODY = 65536
_UNSAFE = re.compile(r"[\x00-\x20\x7f-\U0010ffff]")  # nothing that could end a request line or header


class _Socket:
    """What http.client.HTTPResponse needs of a socket: `makefile`, here over a deadline reader."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self._stream = stream

    def makefile(self, mode: str, *args: object, **kwargs: object) -> io.BufferedReader:
        return self._stream


def request(url: str, *, method: str = "GET", headers: Optional[Dict[str, str]] = None,
            body: Optional[bytes] = None, deadline: Deadline) -> Tuple[int, bytes]:
    """(status, first 64 KiB of the body) for any HTTP answer, error statuses included; a redirect
    is an answer like any other (3xx), never followed: it could carry the secret elsewhere."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise NetworkError("not an http(s) URL")
    host = parts.hostname
    port = parts.port or (443 if scheme == "https" else 80)
    authority = _authority(host, port)
    host_header = parts.netloc.rpartition("@")[2]  # as the URL spells it, as urllib sends it
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    extra: Dict[str, str] = {}
    proxy = _proxy_for(scheme, host)
    connect_to = (host, port) if proxy is None else (proxy.hostname or "", proxy.port or 8080)
    if proxy is not None:
        extra = _proxy_authorization(proxy)
    # The endpoint is the runner's choice (or the service's own): not vetted like scanned hosts.
    sock = open_connection(connect_to[0], connect_to[1], deadline, refuse_internal=False)
    connection = sock
    try:
        if proxy is not None and scheme == "https":
            _tunnel(sock, authority, extra, deadline)
            extra = {}
        elif proxy is not None:
            target = f"http://{authority}{target}"  # absolute form: the proxy forwards it
        connection = start_tls(sock, host, deadline) if scheme == "https" else sock
        given = {name.lower() for name in headers or {}}
        lines = [f"{method} {target} HTTP/1.1"] + ([] if "host" in given else [f"Host: {host_header}"])
        lines += [f"User-Agent: secretfence/{__version__}", "Accept-Encoding: identity", "Connection: close"]
        if body is not None:
            lines.append(f"Content-Length: {len(body)}")
        for name, value in {**(headers or {}), **extra}.items():
            if _UNSAFE.search(name) or re.search(r"[\x00-\x1f\x7f]", value):
                raise NetworkError("refused to send a malformed header")
            lines.append(f"{name}: {value}")
        if _UNSAFE.search(target):
            raise NetworkError("refused to send a malformed request line")
        send_all(connection, ("\r\n".join(lines) + "\r\n\r\n").encode("ascii", "strict") + (body or b""), deadline)
        response = http.client.HTTPResponse(_Socket(reader(connection, deadline)), method=method)  # type: ignore[arg-type]
        try:
            response.begin()
            return response.status, response.read(MAX_BODY)
        except (http.client.HTTPException, ValueError):
            raise NetworkError("malformed HTTP reply") from None
    except UnicodeEncodeError:
        raise NetworkError("refused to send a malformed request") from None
    finally:
        connection.close()


def _authority(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _proxy_for(scheme: str, host: str) -> Optional[SplitResult]:
    """The proxy urllib would use for this URL (HTTP(S)_PROXY, NO_PROXY), or None."""
    proxies = urllib.request.getproxies()
    proxy = proxies.get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if parts.scheme.lower() != "http" or not parts.hostname:
        raise NetworkError("unsupported proxy (only http:// proxies)")
    try:
        parts.port  # noqa: B018 - a port out of range raises ValueError
    except ValueError:
        raise NetworkError("unsupported proxy (bad port)") from None
    return parts


def _proxy_authorization(proxy: SplitResult) -> Dict[str, str]:
    if proxy.username is None:
        return {}
    credentials = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}"
    return {"Proxy-Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


def _tunnel(sock: socket.socket, authority: str, headers: Dict[str, str], deadline: Deadline) -> None:
    """CONNECT through the proxy; the answer is read a byte at a time so that nothing of the TLS
    stream that follows is consumed."""
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"] + [f"{k}: {v}" for k, v in headers.items()]
    send_all(sock, ("\r\n".join(lines) + "\r\n\r\n").encode("ascii"), deadline)
    stream = reader(sock, deadline, buffer_size=1)
    status_line = stream.readline(1024)
    found = re.match(rb"HTTP/1\.[01] (\d{3})[ \r\n]", status_line)
    if found is None:
        raise NetworkError("malformed proxy reply")
    for _ in range(100):
        line = stream.readline(8192)
        if line in (b"\r\n", b"\n"):
            break
        if not line:
            raise NetworkError("connection reset")
    else:
        raise NetworkError("malformed proxy reply")
    status = int(found.group(1))
    if status != 200:
        raise NetworkError(f"the proxy refused the tunnel (HTTP {status})")
