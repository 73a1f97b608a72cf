"""PyPI: an upload request that cannot publish anything but tells a valid token from a bad one.

The request names no file and no digest. The index authenticates first: an invalid, revoked or
expired token gets 403; a valid one gets past authentication and is refused for the incomplete
upload (400). The token is decoded first, so a test.pypi.org token only goes to TestPyPI.
"""
from __future__ import annotations

import base64
import uuid

from secretfence.detectors.pypi_token import decode_token
from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, Verdict
from secretfence.verify._http import request
from secretfence.verify._net import Deadline, NetworkError

PROBE_NAME = "secretfence-verify-probe"


def _form(fields: "dict[str, str]") -> "tuple[bytes, str]":
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n' for name, value in fields.items()
    ]
    return ("".join(parts) + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


def check(finding: Finding, options: Options, deadline: Deadline) -> Verdict:
    info = decode_token(finding.secret)
    if info is None:
        return Verdict(UNKNOWN, "not a decodable PyPI token: not sent anywhere")
    # decode_token only accepts the indexes it knows: the location is one of a fixed few names.
    endpoint = options.endpoints["testpypi" if info.location == "test.pypi.org" else "pypi"]
    body, content_type = _form({
        ":action": "file_upload", "protocol_version": "1", "metadata_version": "2.1",
        "name": PROBE_NAME, "version": "0.0.0", "filetype": "sdist", "pyversion": "source",
    })
    credentials = base64.b64encode(f"__token__:{finding.secret}".encode()).decode()
    headers = {"Authorization": f"Basic {credentials}", "Content-Type": content_type}
    try:
        status, _ = request(endpoint, method="POST", headers=headers, body=body, deadline=deadline)
    except NetworkError as error:
        return Verdict(UNKNOWN, f"{info.location} unreachable ({error})")
    if status in (401, 403):
        return Verdict(DEAD, f"{info.location} rejected the token (HTTP {status}): revoked, expired or invalid")
    if status == 400:
        return Verdict(LIVE, f"{info.location} accepted the token (the probe upload was refused as incomplete)")
    return Verdict(UNKNOWN, f"{info.location} answered HTTP {status}")
