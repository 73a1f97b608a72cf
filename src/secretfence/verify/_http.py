"""Minimal HTTP for the live checks: stdlib only, short timeouts, no redirects followed."""
from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from typing import Dict, Optional, Tuple


class NetworkError(Exception):
    """The service could not be reached or did not answer in time: the verdict is unknown."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect could carry the secret to another host: never follow one.
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def request(url: str, *, method: str = "GET", headers: Optional[Dict[str, str]] = None,
            body: Optional[bytes] = None, timeout: float = 5.0) -> Tuple[int, bytes]:
    """(status, body) for any HTTP answer, error statuses included."""
    prepared = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with _OPENER.open(prepared, timeout=timeout) as response:
            return response.status, response.read(65536)
    except urllib.error.HTTPError as error:
        return error.code, error.read(65536) if error.fp is not None else b""
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, ssl.SSLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise NetworkError(type(reason).__name__ if not isinstance(reason, str) else reason) from None
