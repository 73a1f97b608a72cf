"""Hostile inputs for the carriers (issue 14): text carried inside text (block scalars, here-docs,
base64) nested and inflated past every bound, binaries made of text runs, compression bombs in
bzip2 and xz, and git objects that are damaged or inflate without end.

Everything is built here (zipfile, tarfile, bz2, lzma, zlib, git's pack format by hand); the
planted secret is the generated Telegram-shaped token of archives_cases, which the detectors find.
"""
from __future__ import annotations

import base64
import bz2
import hashlib
import lzma
import random
import zipfile
import zlib
from pathlib import Path
from typing import Callable, List, Sequence

from tests.hostile.archives_cases import SECRET_LINE, TOKEN, WHEEL, SDIST, put, tar_bytes, zip_bytes
from tests.hostile.case import HostileCase, sized

MiB = 1024 * 1024
FOUND = "Telegram Bot API Token"
CLEAN = "no new secrets"


def _scan(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return ["scan", "--no-baseline", relative]
    return build


def _dist(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return ["check-dist", "dist"]
    return build


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data)


def _base64_nested(levels: int) -> bytes:
    """The secret line base64-encoded `levels` times over (each level printable base64 again)."""
    data = SECRET_LINE
    for _ in range(levels):
        data = _b64(data)
    return b"value: " + data + b"\n"


def _base64_flood() -> bytes:
    """6,000 short base64 values, each decoding to printable text: past the decoded-value bound."""
    rng = random.Random(14)
    lines = [b"k%d: %s" % (n, _b64(bytes(rng.choice(b"abcdefghijklmnop0123456789") for _ in range(18))))
             for n in range(6_000)]
    return b"\n".join(lines) + b"\n"


def _nested_block_scalars(depth: int) -> bytes:
    """A block scalar in a block scalar in … `depth` deep, the secret at the bottom."""
    lines = [b"top: |"]
    for level in range(1, depth):
        lines.append(b"  " * level + b"level%d: |" % level)
    lines.append(b"  " * depth + SECRET_LINE.rstrip(b"\n"))
    return b"\n".join(lines) + b"\n"


def _huge_block_scalar() -> bytes:
    """A 10 MB block scalar in a Helm template (past the embedded-file bound): its lines are still
    scanned as lines. (A template is no YAML until rendered: detect-secrets' YAML transformer,
    which costs most of a 10 MB YAML file's scan, gives up at its first line.)"""
    body = b"    option value-of-some-length-for-padding\n" * (10 * MiB // 44)
    return (b"{{- if .Values.enabled }}\nkind: ConfigMap\ndata:\n  big.conf: |\n" + body + b"    " + SECRET_LINE
            + b"{{- end }}\n")


def _printable_binary() -> bytes:
    """20 MB (5 MB in the suite: no reader's bound lies between) of printable runs between NUL bytes
    (ASCII and UTF-16LE), the secret at the end."""
    rng = random.Random(50)
    run = bytes(rng.randrange(0x21, 0x7F) for _ in range(4096))
    chunk = b"\x7fELF" + b"\0".join(run[i:i + 60] for i in range(0, len(run), 60)) + "wide run".encode("utf-16-le")
    data, size = bytearray(), sized(20 * MiB, 5 * MiB)
    while len(data) < size:
        data += chunk
    return bytes(data) + b"\0" + SECRET_LINE


def _bz2_bomb() -> bytes:
    """Concatenated bzip2 streams of zeros: 320 MiB from a few hundred bytes."""
    return bz2.compress(bytes(8 * MiB)) * 40


def _xz_bomb() -> bytes:
    return lzma.compress(bytes(8 * MiB), preset=0) * 40


def _loose_object(content: bytes) -> bytes:
    return zlib.compress(b"blob %d\0" % len(content) + content)


def _pack(objects: List[bytes]) -> bytes:
    """A git packfile (version 2) of blobs, built by hand as git writes it."""
    body = b"PACK" + (2).to_bytes(4, "big") + len(objects).to_bytes(4, "big")
    for content in objects:
        size = len(content)
        header = bytearray([0x30 | (size & 0x0F) | (0x80 if size >> 4 else 0)])
        size >>= 4
        while size:
            header.append((size & 0x7F) | (0x80 if size >> 7 else 0))
            size >>= 7
        body += bytes(header) + zlib.compress(content)
    return body + hashlib.sha1(body).digest()


def _sdist_with_git(members: dict) -> Callable[[], bytes]:
    return lambda: tar_bytes({"pkg-1.0/PKG-INFO": b"Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n",
                              **{f"pkg-1.0/.git/{name}": data for name, data in members.items()}})


def _concatenations_on_one_line(count: int = 60_000) -> bytes:
    """One line of many token-like concatenations, the split token last on it: each one assembled
    had copied the line's rest (quadratic on one long line)."""
    token = TOKEN
    middle = len(token) // 2
    pieces = " + ".join('"abcdefghij%02d"' % (index % 100) for index in range(count))
    return f'x = ({pieces}, "{token[:middle]}" + "{token[middle:]}")\n'.encode()


CASES: List[HostileCase] = [
    # Encoded values: decoded twice, never more (a value encoded ten times is left as it is).
    # The encoded forms are the secret too: none is printed whole.
    HostileCase("base64-twice-found", _scan("values.yaml", lambda: _base64_nested(2)), 1, FOUND,
                secrets=(TOKEN, _b64(SECRET_LINE).decode(), _b64(_b64(SECRET_LINE)).decode())),
    # Ten levels down the token is not decoded (only the encoded text's entropy is reported).
    HostileCase("base64-nested-deep", _scan("values.yaml", lambda: _base64_nested(10)), 1, "Base64 High Entropy String",
                secrets=(TOKEN,)),
    HostileCase("base64-flood", _scan("values.yaml", _base64_flood), 1, "Base64 High Entropy String"),
    # Split tokens: a megabyte line of concatenations, the split token last on it.
    HostileCase("concatenations-on-one-line", _scan("settings.py", _concatenations_on_one_line), 1, FOUND,
                secrets=(TOKEN,)),
    HostileCase("base64-one-huge-value", _scan("notes.txt", lambda: b"blob: " + _b64(b"x = 1\n" * 50_000) + b"\n"),
                0, CLEAN),
    # Files inside files: nested past the depth bound, and one past the size bound.
    HostileCase("block-scalars-nested-deep", _scan("values.yaml", lambda: _nested_block_scalars(40)), 1, FOUND,
                secrets=(TOKEN,)),
    HostileCase("block-scalar-10mb", _scan("templates/configmap.yaml", _huge_block_scalar), 1, FOUND, secrets=(TOKEN,)),
    # A megabyte of blanks inside one YAML value, then a comment: detect-secrets' comment regex
    # (which the YAML transformer's placement runs) retried the run from each blank (15 s a 100 KB).
    # (128 KB in the suite: past that 100 KB, and far past any reader's line read, 16,384 characters.)
    HostileCase("yaml-value-blank-run", _scan("values.yaml", lambda: b"note: a" + b" " * sized(MiB, MiB // 8) + b"b  # why\n" + SECRET_LINE),
                1, FOUND, secrets=(TOKEN,)),
    # (an eighth in the suite, 250 KB: no reader bounds a here-document's lines; the body stays under
    # MAX_EMBEDDED, 2 MiB, as the full 2 MB one does, so it is read the same way)
    HostileCase("heredoc-never-closed", _scan("setup.sh", lambda: b"cat > .env <<EOF\n" + b"A=b\n" * sized(500_000, 62_500)
                                              + SECRET_LINE),
                1, FOUND, secrets=(TOKEN,)),
    # Inside artifacts.
    HostileCase("binary-20mb-printable-runs", _dist(WHEEL, lambda: zip_bytes({"pkg/_native.so": _printable_binary()},
                                                                         zipfile.ZIP_STORED)), 1, FOUND, secrets=(TOKEN,)),
    HostileCase("bz2-bomb-member", _dist(WHEEL, lambda: zip_bytes({"pkg/data.bz2": _bz2_bomb()})), 2, "refusing to scan"),
    HostileCase("xz-bomb-member", _dist(WHEEL, lambda: zip_bytes({"pkg/data.xz": _xz_bomb()})), 2, "refusing to scan"),
    HostileCase("git-loose-object-broken", _dist(SDIST, _sdist_with_git(
        {"objects/ab/cdef0123456789abcdef0123456789abcdef01": _loose_object(SECRET_LINE)[:-4] + b"\xff" * 4})),
        1, FOUND, secrets=(TOKEN,)),
    HostileCase("git-loose-object-cut-short", _dist(SDIST, _sdist_with_git(
        {"objects/ab/cdef0123456789abcdef0123456789abcdef02": _loose_object(SECRET_LINE + random.Random(6).randbytes(20_000))[:-2000]})),
        1, FOUND, secrets=(TOKEN,)),
    HostileCase("git-pack-found", _dist(SDIST, _sdist_with_git(
        {"objects/pack/pack-1.pack": _pack([b"unrelated\n", SECRET_LINE])})), 1, "<git objects>", secrets=(TOKEN,)),
    HostileCase("git-pack-truncated", _dist(SDIST, _sdist_with_git(
        {"objects/pack/pack-1.pack": _pack([SECRET_LINE, random.Random(5).randbytes(5000)])[:-3000]})), 1,
        "<git objects>", secrets=(TOKEN,)),
    HostileCase("git-pack-bomb", _dist(SDIST, _sdist_with_git(
        {"objects/pack/pack-1.pack": _pack([bytes(100 * MiB)])})), 2, "compression bomb?"),
]
