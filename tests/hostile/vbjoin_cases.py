"""Hostile inputs for round T-W's forms: Visual Basic joins (`"a" & _` heads repeated on a 200 KB
line and over 50,000 lines), short splits under a credential's name repeated on one line, and the
value judgments' heads (`@Microsoft.KeyVault(`, BuildKit's `id=…,`, Tomcat's `salt$1$`) repeated
inside one value. Each scan must end linear in its input; the planted token still blocks."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Sequence

from tests.hostile.archives_cases import SECRET_LINE, TOKEN, put
from tests.hostile.case import HostileCase

FOUND = "Telegram Bot API Token"
CLEAN = "no new secrets"
LINE = 200_000


def _scan(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return ["scan", "--no-baseline", relative]
    return build


def _repeated(head: bytes, tail: bytes = b"\n") -> bytes:
    return head * (LINE // len(head)) + tail


CASES: List[HostileCase] = [
    # One 200 KB concatenation of short literals under a credential's name, in VB and in Python.
    HostileCase("vb-join-line", _scan("modLong.bas", lambda: b'smtpPassword = "ab"' + _repeated(b' & "cd"') + SECRET_LINE),
                1, FOUND, secrets=(TOKEN,)),
    HostileCase("vb-continuations", _scan("modLong.bas", lambda: b'apiToken = "ab" & _\n' + b'    "cd" & _\n' * 50_000
                                          + b'    "ef"\n' + SECRET_LINE), 1, FOUND, secrets=(TOKEN,)),
    HostileCase("short-named-splits-line", _scan("long.py", lambda: _repeated(b'pw = "ab" + "cdefgh"; ') + SECRET_LINE),
                1, FOUND, secrets=(TOKEN,)),
    HostileCase("vb-declaration-heads", _scan("modDecl.bas", lambda: _repeated(b"Private Const X As ") + SECRET_LINE),
                1, FOUND, secrets=(TOKEN,)),
    # The value judgments' heads, repeated inside one value.
    HostileCase("keyvault-heads", _scan("appsettings.json",
                                        lambda: b'{"DB_PASSWORD": "' + _repeated(b"@Microsoft.KeyVault(", b'"}\n')),
                0, CLEAN),
    HostileCase("build-secret-heads", _scan("Dockerfile",
                                            lambda: b"RUN --mount=type=secret," + _repeated(b"id=a,src=b,", b" make\n")),
                0, CLEAN),
    HostileCase("tomcat-digest-heads", _scan("tomcat-users.xml",
                                             lambda: b'<user username="a" password="' + _repeated(b"0a1b2c3d$1$", b'"/>\n')),
                1, "Secret Keyword"),  # (no stored credential: a value of its heads blocks)
]
