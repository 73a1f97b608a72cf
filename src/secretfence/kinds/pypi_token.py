"""PyPI API tokens: `pypi-` + a base64url macaroon (libmacaroons v2 binary), decoded offline.

Format sources: warehouse `warehouse/macaroons/caveats` (caveat tags 0 expiry, 1 project names,
2 project ids, 3 request user, 4 OIDC publisher = Trusted Publishing) and its legacy JSON caveats
(`{"version": 1, "permissions": "user" | {"projects": [...]}}`, `{"exp", "nbf"}`); pymacaroons'
v2 serializer for the binary layout.

Policy: a `pypi-` string that decodes as a macaroon located at pypi.org / test.pypi.org is
reported with high confidence and what it can do. A string with a documented token prefix that
does not decode is still reported. At least as long as the shortest real token (no caveats), it
blocks: it may be a live token in a layout this decoder does not know, and failing open on that
would let a real token through. Shorter (clearly truncated), its body a stand-in's filler (`x`
repeated), or in documentation (an example's altered token: a live one pasted there decodes), it is
a warning: a broken copy or a fixture, and a person should look. Anything else is not reported.
"""
from __future__ import annotations

import binascii
from typing import TYPE_CHECKING, Any, Iterator, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence._lazy import lazy_modules
from secretfence.findings import HIGH, LOW, MEDIUM, Finding
from secretfence.kinds._helpers import is_documentation, line_text
from secretfence.kinds._spec import Endpoint, Kind, Match, Sample, SecretfenceDetector, Verifier, built_on_first_read
from secretfence.prefilter.spec import lazy_regex
from secretfence.verify import DEAD, LIVE, UNKNOWN, Options, Verdict

if TYPE_CHECKING:
    import base64
    import json

    from secretfence.verify._net import Deadline
else:
    # A token's caveats are decoded on a hit only: kept out of the commit hook's start-up.
    lazy_modules(globals(), "base64", "json")

INDEXES = {"pypi.org": "https://pypi.org", "test.pypi.org": "https://test.pypi.org"}
DOCUMENTED_PREFIXES = ("pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw")

# "Ag" is base64 for the v2 version byte; a real token is far longer than 50 characters. It may
# follow `_` or `-` (`key_pypi-Ag…` in a file name, `TOKEN_pypi-…`), though not a letter or digit.
TOKEN_REGEX = lazy_regex(r"(?<![A-Za-z0-9])pypi-Ag[A-Za-z0-9_-]{50,}")

_EOS, _LOCATION, _IDENTIFIER, _VID, _SIGNATURE = 0, 1, 2, 4, 6
_UUID_CHARS = 36  # warehouse names a token by its UUID


def shortest_token_length(location: str) -> int:
    """Characters in the shortest real token for an index: no caveat, a UUID id, a 32-byte signature."""
    # version byte, location and identifier fields, header EOS, caveats EOS, signature field
    raw = 1 + (2 + len(location)) + (2 + _UUID_CHARS) + 1 + 1 + (2 + 32)
    return len("pypi-") + -(-raw * 4 // 3)  # unpadded base64


@dataclass
class PypiToken:
    """What an offline decode of a token says about it."""

    location: str
    identifier: str
    caveats: List[Any] = field(default_factory=list)
    scope: str = "unknown"  # "user", "projects", "trusted-publishing", "unknown"
    projects: List[str] = field(default_factory=list)
    expires: Optional[int] = None
    not_before: Optional[int] = None

    @property
    def index_url(self) -> str:
        return INDEXES.get(self.location, f"https://{self.location}")

    def is_expired(self, now: Optional[float] = None) -> bool:
        import datetime

        now = datetime.datetime.now(datetime.timezone.utc).timestamp() if now is None else now
        return self.expires is not None and self.expires < now

    def summary(self) -> str:
        where = self.location
        if self.scope == "user":
            text = f"user-wide PyPI token for {where}: can publish any of the account's projects"
        elif self.scope == "projects":
            text = f"PyPI token for {where} limited to project(s) {', '.join(self.projects) or '?'}"
        elif self.scope == "trusted-publishing":
            text = f"short-lived Trusted Publishing token for {where}"
        else:
            text = f"PyPI token for {where} with unknown scope (no known caveat): treat as user-wide"
        if self.expires is not None:
            import datetime

            when = datetime.datetime.fromtimestamp(self.expires, datetime.timezone.utc)
            state = "expired" if self.is_expired() else "expires"
            text += f", {state} {when:%Y-%m-%d %H:%M} UTC"
        return text


class MacaroonError(ValueError):
    """The text is not a v2 binary macaroon."""


def _varint(data: bytes, pos: int) -> Tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise MacaroonError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _field(data: bytes, pos: int) -> Tuple[int, bytes, int]:
    kind, pos = _varint(data, pos)
    if kind == _EOS:
        return kind, b"", pos
    length, pos = _varint(data, pos)
    if pos + length > len(data):
        raise MacaroonError("field runs past the end")
    return kind, data[pos : pos + length], pos + length


def _section(data: bytes, pos: int) -> Tuple[dict, int]:
    """Fields up to the next EOS marker."""
    fields: dict = {}
    while True:
        kind, value, pos = _field(data, pos)
        if kind == _EOS:
            return fields, pos
        if kind not in (_LOCATION, _IDENTIFIER, _VID) or kind in fields:
            raise MacaroonError(f"unexpected field type {kind}")
        fields[kind] = value


def decode_macaroon(raw: bytes) -> Tuple[bytes, bytes, List[bytes]]:
    """(location, identifier, caveat identifiers) of a v2 binary macaroon."""
    if not raw or raw[0] != 2:
        raise MacaroonError("not a version 2 macaroon")
    header, pos = _section(raw, 1)
    if _IDENTIFIER not in header:
        raise MacaroonError("no identifier")
    caveats: List[bytes] = []
    while True:
        if pos >= len(raw):
            raise MacaroonError("truncated caveats")
        if raw[pos] == _EOS:
            pos += 1
            break
        fields, pos = _section(raw, pos)
        if _IDENTIFIER not in fields:
            raise MacaroonError("caveat without identifier")
        caveats.append(fields[_IDENTIFIER])
    kind, signature, pos = _field(raw, pos)
    if kind != _SIGNATURE or len(signature) != 32:
        raise MacaroonError("no 32-byte signature")
    return header.get(_LOCATION, b""), header[_IDENTIFIER], caveats


def decode_token(token: str) -> Optional[PypiToken]:
    """Decode a `pypi-…` token offline; None when it is not a PyPI macaroon."""
    if not token.startswith("pypi-"):
        return None
    body = token[len("pypi-") :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        location, identifier, caveats = decode_macaroon(raw)
    except (binascii.Error, ValueError):
        return None
    location_text = location.decode("utf-8", "replace")
    if location_text not in INDEXES:
        return None
    info = PypiToken(location=location_text, identifier=identifier.decode("utf-8", "replace"))
    for caveat in caveats:
        try:
            info.caveats.append(json.loads(caveat))
        except (UnicodeDecodeError, ValueError):
            info.caveats.append(None)  # damaged caveat: scope stays unknown unless another says
    _apply_caveats(info)
    return info


def _apply_caveats(info: PypiToken) -> None:
    """Caveats are conjunctive: the narrowest restriction wins."""
    user = trusted = False
    for caveat in info.caveats:
        if isinstance(caveat, list) and caveat and isinstance(caveat[0], int):
            tag = caveat[0]
            if tag == 0 and len(caveat) >= 3:
                info.expires, info.not_before = _int_or_none(caveat[1]), _int_or_none(caveat[2])
            elif tag in (1, 2) and len(caveat) >= 2 and isinstance(caveat[1], list):
                info.projects.extend(str(p) for p in caveat[1])
                info.scope = "projects"
            elif tag == 3:
                user = True
            elif tag == 4:
                trusted = True
        elif isinstance(caveat, dict):
            permissions = caveat.get("permissions")
            if permissions == "user":
                user = True
            elif isinstance(permissions, dict) and isinstance(permissions.get("projects"), list):
                info.projects.extend(str(p) for p in permissions["projects"])
                info.scope = "projects"
            if "exp" in caveat:
                info.expires = _int_or_none(caveat.get("exp"))
                info.not_before = _int_or_none(caveat.get("nbf"))
    if info.scope != "projects":
        info.scope = "trusted-publishing" if trusted else "user" if user else "unknown"


def _int_or_none(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def encode_token(location: str, identifier: str, caveats: Sequence[Any], signature: bytes = b"\x5a" * 32) -> str:
    """Build a structurally valid (unsigned, useless) token: for samples and tests only."""

    def field_bytes(kind: int, value: bytes) -> bytes:
        return bytes([kind]) + _encode_varint(len(value)) + value

    raw = b"\x02" + field_bytes(_LOCATION, location.encode()) + field_bytes(_IDENTIFIER, identifier.encode())
    raw += b"\x00"
    for caveat in caveats:
        text = caveat if isinstance(caveat, str) else json.dumps(caveat, separators=(",", ":"))
        raw += field_bytes(_IDENTIFIER, text.encode()) + b"\x00"
    raw += b"\x00" + field_bytes(_SIGNATURE, signature)
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


REMEDIATION = (
    "Revoke the token at {index}/manage/account/token/ now, then publish with a project-scoped "
    "token kept in keyring or your CI's secret store, or better, with Trusted Publishing "
    "({index}/manage/account/publishing/)."
)

_UUID = "7a6d1c7e-1f0b-4c1e-9a55-6b1f3e2d4c5b"


class SecretfencePypiTokenDetector(SecretfenceDetector):
    """PyPI and TestPyPI API tokens, decoded to say what they can publish."""

    secret_type = "PyPI API Token"
    kind = "pypi"
    exact_keywords = ("pypi-Ag",)
    replaces = ("PypiTokenDetector",)
    remediation = REMEDIATION.format(index="https://pypi.org")

    # Built when read: encode_token() needs json and base64.
    true_samples = built_on_first_read(lambda: (
        Sample(f"PYPI_TOKEN={encode_token('pypi.org', _UUID, [[3, _UUID]])}", ".env", "user-wide"),
        Sample(
            f"password = {encode_token('test.pypi.org', _UUID, [[1, ['demo']]])}",
            ".pypirc",
            "project-scoped, TestPyPI",
        ),
        Sample(
            f'token = "{encode_token("pypi.org", _UUID, [{"version": 1, "permissions": "user"}])}"',
            "release.py",
            "legacy user caveat",
        ),
        Sample(f"  - {encode_token('pypi.org', _UUID, [])}", "ci.yml", "no caveats: unknown scope"),
        Sample(f"{DOCUMENTED_PREFIXES[0]}CJ{'Q' * 90}", "notes.txt", "undecodable, truncated: low confidence"),
        Sample(f"password = {DOCUMENTED_PREFIXES[0]}CJ_E8X_5HCjOWQYpgYUCmQrWituj-psj2OfJmjuhJTW2_B4P4znunVfVGgH8ga9gV10YmaMSh6BQ8sL01f"
               "WFWnJcqKz37erw4W1n0LpUn-9EZoyi_SZfG59PAB1-R5_3WTJ-XiymXohW64PFj7TCF9MTIxmS9xDYvu", ".pypirc",
               "undecodable at full length: blocks"),
        Sample(f"dist/key_{encode_token('pypi.org', _UUID, [[3, _UUID]])}.txt", "<names>", "after `_`, in a file name"),
    ))
    false_samples = built_on_first_read(lambda: (
        Sample(f"x{encode_token('pypi.org', _UUID, [[3, _UUID]])}", "notes.txt", "inside a longer word"),
        Sample("re.compile(r'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9-_]{70,}')", "detector.py", "a regex"),
        Sample('Keywords: []string{"pypi-AgEIcHlwaS5vcmc"}', "pypi.go", "prefix only"),
        Sample("pypi-AgEIcHlwaS5vcmcCJDU3OTM1MjliLWIyYTYtNDEwOC05NzRkLTM0MjNiNmEwNWIz", "notes.txt", "truncated"),
        Sample("password = pypi-your-token-here", ".pypirc", "placeholder"),
    ))

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        if "pypi-Ag" not in line:
            return
        for found in TOKEN_REGEX.finditer(line):
            token = found.group(0)
            info = decode_token(token)
            if info is not None:
                yield Match(
                    secret=token,
                    description=info.summary(),
                    confidence=MEDIUM if info.is_expired() else HIGH,
                    details={
                        "index": info.location,
                        "token_id": info.identifier,
                        "scope": info.scope,
                        "projects": ", ".join(info.projects),
                        "expires": "" if info.expires is None else str(info.expires),
                    },
                )
            elif token.startswith(DOCUMENTED_PREFIXES) and len(token) >= 90:
                yield _undecodable(token, filename.lower())


# A documented prefix's filler: one short run repeated (`pypi-AgEIcHlwaS5vcmc` then `x` a hundred times, `CJDQ5Zjk` twenty
# times), a placeholder's word (`YourTokenHere`). No token's macaroon bytes encode so: a placeholder, a warning.
_FILLER_WORDS = lazy_regex(r"(?i)your[-_]?(?:api[-_]?)?token|token[-_]?here|x{8}|placeholder|example|redacted")
_FILLER_CHUNK = 16  # the longest run a filler repeats
_FILLER_LEAD = 8  # characters of a real token's start before the filler


def _filler(body: str) -> bool:
    """The body after a documented prefix is a stand-in's filler (see above)."""
    if len(set(body)) <= 4 or _FILLER_WORDS.search(body) is not None:
        return True
    # (the run repeated after a few characters of a real token's start: `CJ` then the filler)
    return any(rest[width:] == rest[:-width] for rest in (body[skip:] for skip in range(_FILLER_LEAD + 1))
               for width in range(1, _FILLER_CHUNK + 1) if len(rest) >= 3 * width)


def _undecodable(token: str, lowered_name: str = "") -> Match:
    """A documented prefix that does not decode: blocks at full length, a warning when truncated, when its body is a
    stand-in's filler (`pypi-AgEIcHlwaS5vcmc` and `x` repeated), or in documentation (whose values are examples: a
    live token there decodes)."""
    test_index = token.startswith(DOCUMENTED_PREFIXES[1])
    index_name = "test.pypi.org" if test_index else "pypi.org"
    body = token[len(DOCUMENTED_PREFIXES[1] if test_index else DOCUMENTED_PREFIXES[0]):]
    confidence = LOW
    if len(token) < shortest_token_length(index_name):
        description = (
            f"PyPI token prefix for {index_name} that does not decode, shorter than any real token "
            "(truncated copy of a token?)"
        )
    elif _filler(body):
        description = f"PyPI token prefix for {index_name} and a stand-in's filler (a placeholder?)"
    elif is_documentation(lowered_name):
        description = (
            f"PyPI token for {index_name} at full length that does not decode as a macaroon, in documentation "
            "(an example's altered token?)"
        )
    else:
        description = (
            f"PyPI token for {index_name} at full length that does not decode as a macaroon "
            "(a token layout not known here, or an altered copy): treat it as live"
        )
        confidence = MEDIUM
    return Match(secret=token, description=description, confidence=confidence,
                 details={"index": index_name, "scope": "undecodable"})


# --- live check (--verify) ------------------------------------------------------------------
# PyPI: an upload request that cannot publish anything but tells a valid token from a bad one.
#
# The request names no file and no digest. The index authenticates first: an invalid, revoked or
# expired token gets 403; a valid one gets past authentication and is refused for the incomplete
# upload (400). The token is decoded first, so a test.pypi.org token only goes to TestPyPI.

PROBE_NAME = "secretfence-verify-probe"


def _form(fields: "dict[str, str]") -> "tuple[bytes, str]":
    import uuid  # only when a token is verified: it is slow to import, and the hook imports every kind

    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n' for name, value in fields.items()
    ]
    return ("".join(parts) + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


def check(finding: Finding, options: Options, deadline: "Deadline") -> Verdict:
    from secretfence.verify._http import request
    from secretfence.verify._net import NetworkError

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


KIND = Kind.of(
    SecretfencePypiTokenDetector,
    aliases=("PyPI Token",),
    # What follows the prefix is the macaroon's fixed header (its location): no entropy of its own.
    mask_prefixes=("pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw", "pypi-"),
    verifier=Verifier(check, endpoints=(
        Endpoint("pypi", "https://upload.pypi.org/legacy/", "SECRETFENCE_PYPI_UPLOAD_URL"),
        Endpoint("testpypi", "https://test.pypi.org/legacy/", "SECRETFENCE_TESTPYPI_UPLOAD_URL"),
    )),
)
