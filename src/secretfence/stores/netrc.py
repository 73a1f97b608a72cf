"""`~/.netrc` (NETRC, as uv and curl honour it; else HOME's): `machine … login … password …`.
uv sends it to an index or upload URL on that host; pip and requests-based tools read it too.

Parsed by the standard library's netrc module. Its password cannot be moved into a keyring entry
the tools read without also changing how they are run, so the fix is by hand.
"""
from __future__ import annotations

import io
import netrc as stdlib_netrc
import os
from typing import List

from secretfence.errors import UnreadableInputError
from secretfence.stores import Credential, StoreFile, Where, find_line, read_store

TOOL = "netrc"
INSTEAD = ("remove it and store it in the keyring (`keyring set <host> <login>`); uv reads it there with "
           "--keyring-provider subprocess and the username, pip with --keyring-provider import")


def paths(where: Where) -> List[str]:
    if where.env.get("NETRC") == os.devnull:
        return []  # an empty file to every reader: no credentials, and no device to open
    return [where.env.get("NETRC") or os.path.join(where.home(), ".netrc")]


def read(where: Where) -> List[StoreFile]:
    found = []
    for path in paths(where):
        store = read_store(TOOL, path, "a .netrc", "netrc")
        if store is None:
            continue
        store.credentials = credentials(store)
        found.append(store)
    return found


def parse(text: str, shown: str) -> "stdlib_netrc.netrc":
    """The stdlib's parser, given the text already read (it would open the path itself, FIFO or not)."""
    parsed = stdlib_netrc.netrc.__new__(stdlib_netrc.netrc)
    parsed.hosts, parsed.macros = {}, {}
    try:
        parsed._parse(shown, io.StringIO(text), False)  # type: ignore[attr-defined]
    except stdlib_netrc.NetrcParseError as error:
        raise UnreadableInputError(f"{shown}: not a valid .netrc (line {error.lineno})") from None
    return parsed


def credentials(store: StoreFile) -> List[Credential]:
    found = []
    for host, (login, _account, password) in parse(store.text, store.path).hosts.items():
        if password:
            found.append(Credential(TOOL, store.path, find_line(store.text, password),
                                    f"password for machine {host}" if host != "default" else "default password",
                                    password, login or None, instead=INSTEAD))
    return found
