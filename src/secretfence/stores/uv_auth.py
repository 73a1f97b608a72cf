"""uv's plaintext credential store: `credentials.toml`, written by `uv auth login` (uv-auth's
TextCredentialStore, crates/uv-auth/src/store.rs). It lives in UV_CREDENTIALS_DIR (when set and
not empty), else in the `credentials` folder of uv's state directory (uv-state's
StateStore::from_settings, uv-dirs): the platform's own data directory `uv` when that exists
(macOS: ~/Library/Application Support/uv; Windows: %APPDATA%/uv/data), else
`$XDG_DATA_HOME/uv` (an absolute XDG_DATA_HOME only, else ~/.local/share/uv; Windows: %APPDATA%/uv).

Each `[[credential]]` holds a `service` URL, a `username`, `scheme` (basic, the default, or
bearer) and a `password` (basic) or `token` (bearer). uv's auth middleware reads the file for every
request it sends: index fetches and `uv publish` uploads alike, without being asked, choosing the
entry whose service is in the request's realm (scheme, host, port) and the longest path prefix
of its URL (TextCredentialStore::get_credentials).

uv reads a password from the keyring only with `--keyring-provider subprocess` and a username
(`uv publish --username`, `user@` in an index URL): it runs `keyring get <URL> <username>`,
then `keyring get <host[:port]> <username>`, then (not https) `keyring get <scheme>://<host[:port]>
<username>` (uv-auth's keyring.rs). `--fix` stores a basic entry's password under that host-level
service (the target uv's own keyring login computes) and removes the whole entry: an entry left
with its username and no password is found first and sent as it is, and uv never reaches the
keyring (checked with uv itself). A bearer token cannot be moved: uv's keyring lookup returns a
username and a password, not a token. uv's native store (`--preview-features native-auth`) is not
written: secretfence stores through Python's keyring, which uv reads with the subprocess provider.
"""
from __future__ import annotations

import copy
import os
import re
import sys
import time
from contextlib import contextmanager
from typing import Any, Dict, Iterator, List, Optional, Tuple
from urllib.parse import urlsplit

from secretfence.errors import SecretfenceError
from secretfence.sources.pypirc import read_regular_file, split_userinfo
from secretfence.stores import Credential, StoreFile, Where, find_line, read_store
from secretfence.stores._toml import _HEADER, _parts, text_value, tomllib

TOOL = "uv auth"
FILE = "credentials.toml"
# How long `--fix` waits for uv's own lock on the store (a uv command reading or writing it).
LOCK_WAIT_SECONDS = 10.0
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def working_dir(where: Where) -> str:
    """The directory uv runs in, against which it takes every relative path it is given:
    UV_WORKING_DIR (what `uv --directory` sets; `secretfence publish` passes the command's own),
    else the current directory."""
    return os.path.abspath(where.env.get("UV_WORKING_DIR") or ".")


def home(where: Where) -> str:
    """uv's home directory (etcetera, Rust's home_dir): HOME when set and not empty (a relative
    one taken from where uv runs), else the user's entry in the password database; never "/" for
    an empty HOME, as Python's expanduser would make it."""
    value = where.env.get("HOME") or ""
    if value:
        return os.path.join(working_dir(where), value)
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError):  # pragma: no cover - Windows, or a user without an entry
        return where.home()


def state_dir(where: Where) -> str:
    """uv's state directory (uv-state's StateStore::from_settings without a state dir): the
    legacy, platform-native data directory when it exists, else the XDG one (on every platform
    but Windows)."""
    if sys.platform == "win32":
        home_dir = where.home()
        appdata = where.env.get("APPDATA") or os.path.join(home_dir, "AppData", "Roaming")
        legacy, base = os.path.join(appdata, "uv", "data"), os.path.join(appdata, "uv")
    else:
        home_dir = home(where)
        xdg = where.env.get("XDG_DATA_HOME") or ""
        # etcetera ignores a relative XDG_DATA_HOME, as the XDG specification says.
        base = os.path.join(xdg if os.path.isabs(xdg) else os.path.join(home_dir, ".local", "share"), "uv")
        legacy = os.path.join(home_dir, "Library", "Application Support", "uv") if sys.platform == "darwin" else base
    return legacy if os.path.exists(legacy) else base


def paths(where: Where) -> List[str]:
    """The file `uv auth login` writes and uv reads (TextCredentialStore::default_file), as an
    absolute path: a relative UV_CREDENTIALS_DIR is relative to where uv runs (its `--directory`),
    and taken as it is written: uv expands no `~` (a `~/x` is a folder named `~` there)."""
    directory = where.env.get("UV_CREDENTIALS_DIR") or os.path.join(state_dir(where), "credentials")
    return [os.path.join(working_dir(where), directory, FILE)]


def read(where: Where) -> List[StoreFile]:
    found = []
    for path in paths(where):
        with _read_lock(path):
            store = read_store(TOOL, path, "uv's credential store", "toml")
        if store is None:
            continue
        store.credentials = credentials(store)
        found.append(store)
    return found


def keyring_service(service: str) -> Optional[str]:
    """The keyring service uv's subprocess lookup reaches for any URL of this service's host:
    `host[:port]` for https, `scheme://host[:port]` otherwise (the target uv-auth's
    KeyringProvider::store computes); None for a service URL uv does not take (Service::from_str:
    https, or http for localhost and 127.0.0.1; a URL without a scheme is https)."""
    url = service if _SCHEME.match(service) else f"https://{service}"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), parts.hostname
    if not host or not host.isascii() or any(c in host for c in " /?#@%"):
        return None  # a host the URL parser would decode or encode (percent-escapes, IDNA): not guessed
    if scheme != "https" and not (scheme == "http" and host in ("localhost", "127.0.0.1")):
        return None
    if port == _DEFAULT_PORTS[scheme]:
        port = None
    target = (f"[{host}]" if ":" in host else host) + (f":{port}" if port is not None else "")
    return target if scheme == "https" else f"{scheme}://{target}"


def _blocks(text: str, count: int) -> Optional[List[Tuple[int, int]]]:
    """(first line, line after) of each `[[credential]]` table, in order: None unless the file
    declares exactly `count` of them that way (an inline array is not edited)."""
    starts: List[int] = []
    headers: List[int] = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        header = _HEADER.match(line)
        if header:
            headers.append(index)
            if header.group(1) == "[[" and _parts(header.group(2)) == ("credential",):
                starts.append(index)
    if len(starts) != count:
        return None
    return [(start, next((h for h in headers if h > start), len(lines))) for start in starts]


def _key_line(store: StoreFile, block: Optional[Tuple[int, int]], key: str, secret: str) -> int:
    if block is not None:
        lines = store.text.splitlines()
        for index in range(*block):
            if re.match(rf"\s*{key}\s*=", lines[index]):
                return index + 1
    return find_line(store.text, secret)


def credentials(store: StoreFile) -> List[Credential]:
    entries = store.data.get("credential")
    if not isinstance(entries, list):
        return []
    blocks = _blocks(store.text, len(entries))
    found: List[Credential] = []
    for position, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue
        service = text_value(entry.get("service")) or ""
        clean, _, service_password = split_userinfo(service)
        username = text_value(entry.get("username"))
        scheme = entry.get("scheme", "basic")
        block = blocks[position] if blocks is not None else None
        for key in ("password", "token"):
            secret = text_value(entry.get(key))
            if not secret:
                continue
            where = f"[[credential]] {clean or '(no service)'}" + (" token" if key == "token" else "")
            credential = Credential(TOOL, store.path, _key_line(store, block, key, secret), where, secret,
                                    username if key == "password" else None, key=("credential", position))
            target = keyring_service(service)
            if key == "token" and scheme == "bearer":
                credential.instead = ("uv reads a bearer token from this file only (its keyring lookup returns a username "
                                      "and a password): remove it with `uv auth logout` where you can, else keep the file "
                                      "private")
            elif scheme != "basic" or "token" in entry:
                credential.instead = ("uv does not read this entry (a password with scheme bearer, a token without it, "
                                      "or both): remove it by hand")
            elif not username:
                credential.instead = "it has no username, and uv looks a password up in the keyring under one: move it by hand"
            elif target is None:
                credential.instead = ("uv takes no such service URL (https, or http for localhost and 127.0.0.1): "
                                      "remove the entry by hand")
            elif service_password and service_password != secret:
                credential.instead = "its service URL holds another password: remove the entry by hand (`uv auth logout`)"
            else:
                credential.keyring = (target, username)
                credential.keyring_note = (
                    "uv reads it from the keyring only with `--keyring-provider subprocess` (or "
                    f"UV_KEYRING_PROVIDER=subprocess), the `keyring` command on PATH and the username given: "
                    f"`uv publish --username {username}`, or `{username}@` in the index URL")
            found.append(credential)
        if service_password and service_password not in (text_value(entry.get("password")), text_value(entry.get("token"))):
            found.append(Credential(TOOL, store.path, find_line(store.text, service), f"[[credential]] {clean} service URL",
                                    service_password, username, key=("credential", position),
                                    instead="a password in the service URL: remove the entry by hand (`uv auth logout`)"))
    _unmovable_conflicts(found)
    return found


def _unmovable_conflicts(found: List[Credential]) -> None:
    """Entries that would need one keyring entry (host, user) to hold two passwords: none moves."""
    values: Dict[Tuple[str, str], set] = {}
    for credential in found:
        if credential.keyring is not None:
            values.setdefault(credential.keyring, set()).add(credential.secret)
    for credential in found:
        if credential.keyring is not None and len(values[credential.keyring]) > 1:
            service, username = credential.keyring
            credential.keyring, credential.keyring_note = None, ""
            credential.instead = (f"another entry for {service} and user {username} holds another password, and uv's "
                                  "keyring lookup is by host and user: one keyring entry cannot hold both; move them by hand")


def without_entry(original: StoreFile, current: StoreFile, credential: Credential) -> Optional[str]:
    """`current`'s text without the `[[credential]]` table this credential was read from (the
    comments and blank lines that end the table kept), or None when that cannot be done exactly:
    the table must be found once, declared as `[[credential]]`, and the result must parse as the
    file did without it."""
    entry = original.data["credential"][credential.key[1]]
    entries = current.data.get("credential")
    if not isinstance(entries, list):
        return None
    matching = [index for index, other in enumerate(entries) if other == entry]
    blocks = _blocks(current.text, len(entries))
    if len(matching) != 1 or blocks is None:
        return None
    start, end = blocks[matching[0]]
    lines = current.text.splitlines(keepends=True)
    # Comments after the table's last key (and the blank lines around them) belong to what follows.
    last = end
    while last > start + 1 and (not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
        last -= 1
    if any(line.lstrip().startswith("#") for line in lines[last:end]):
        end = last
    new_text = "".join(lines[:start] + lines[end:])
    expected: Dict[str, Any] = copy.deepcopy(current.data)
    del expected["credential"][matching[0]]
    if not expected["credential"]:
        del expected["credential"]
    try:
        return new_text if tomllib.loads(new_text) == expected else None
    except tomllib.TOMLDecodeError:
        return None


def _lock_within_wait(handle: int) -> bool:
    """Takes uv's exclusive flock on the open lock file `handle`, trying again until LOCK_WAIT_SECONDS have passed
    (a uv command holds it while it reads or writes the store): whether it was taken."""
    import fcntl

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)


def _held(lock_path: str, path: str) -> str:
    """The error where uv's lock stays held past LOCK_WAIT_SECONDS."""
    return f"{lock_path}: a uv command holds its lock on the store; try again once it ends; {path} left unchanged"


@contextmanager
def _read_lock(path: str) -> Iterator[None]:
    """uv's lock held while the file is read, as uv itself reads it: `uv auth login` rewrites the
    file in place (truncated, then written) under that lock, and a read in between would see
    it empty or cut short, and pass a publish uv then sends the whole file for. Only a lock uv
    has already created is taken (a report creates nothing); one held past LOCK_WAIT_SECONDS is
    a one-line error."""
    try:
        import fcntl  # noqa: F401 (whether there is one: _lock_within_wait takes the lock)
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    lock_path = path + ".lock"
    try:
        handle = os.open(lock_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:  # none yet (uv creates it on its first write), or not ours to open: read as it is
        yield
        return
    try:
        if not _lock_within_wait(handle):
            from secretfence.errors import UnreadableInputError

            raise UnreadableInputError(_held(lock_path, path)) from None
        yield
    finally:
        os.close(handle)


@contextmanager
def locked(store: StoreFile) -> Iterator[None]:
    """uv's own lock on the store (`credentials.toml.lock`, an exclusive flock uv takes to read or
    write it), held while the file is rewritten, and the file checked unchanged since it was read:
    a `uv auth login` meanwhile is never overwritten."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: uv locks with LockFileEx there
        fcntl = None  # type: ignore[assignment]
    path = os.path.expanduser(store.path)
    handle = None
    if fcntl is not None:
        lock_path = path + ".lock"
        try:
            handle = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as error:
            raise SecretfenceError(f"{lock_path}: cannot open uv's lock ({error.strerror}); {store.path} left unchanged") from None
        if not _lock_within_wait(handle):
            os.close(handle)
            raise SecretfenceError(_held(lock_path, store.path)) from None
    try:
        try:
            now, _ = read_regular_file(store.path, store.real, required=True, what="uv's credential store")
        except SecretfenceError:  # gone, replaced by a FIFO or a link to nothing: changed
            now = None
        if now != store.raw:
            raise SecretfenceError(f"{store.path} changed since it was read (a `uv auth login`?): run secretfence again; "
                                   f"{store.path} left unchanged")
        yield
    finally:
        if handle is not None:
            os.close(handle)  # closing the descriptor releases the flock
