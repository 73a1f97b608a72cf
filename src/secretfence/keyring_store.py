"""The system keyring, as `pypirc --fix` uses it: never overwrite, always read back, undo.

twine looks a password up with `keyring.get_password(repository_url, username)`: storing under
exactly that pair is what lets twine find it. An entry that already holds a different value is
someone's credential, so it is never replaced.
"""
from __future__ import annotations

import os
import stat
from typing import Any, List, Optional, Tuple

from secretfence._dataclass import dataclass
from secretfence.atomic import create_exclusive
from secretfence.errors import KeyringError

# Backends known to write passwords to a file as they are (keyrings.alt's, old and new homes).
PLAINTEXT_BACKENDS = frozenset({"keyrings.alt.file.PlaintextKeyring", "keyrings.alt.pyfs.PlaintextKeyring"})


@dataclass(frozen=True)
class PlaintextStorage:
    backend: str  # class name
    path: Optional[str]  # the file it writes, when it says


class KeyringStore:
    """The default keyring backend, or KeyringError when there is none or keyring is missing."""

    def __init__(self, untouched: str) -> None:
        # `untouched`: the file named in every error, which nothing here has changed.
        self.untouched = untouched
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            raise KeyringError(f"the keyring package is not installed (pip install 'secretfence[upload]'); "
                               f"{untouched} left unchanged") from None
        try:
            self.backend: Any = keyring.get_keyring()
        except Exception as error:  # a misconfigured PYTHON_KEYRING_BACKEND, a broken plugin
            raise KeyringError(f"no usable keyring backend ({type(error).__name__}); {untouched} left unchanged") from None
        if isinstance(self.backend, fail.Keyring):
            raise KeyringError(f"no keyring backend is available (see `keyring --list-backends`); {untouched} left unchanged")
        self.created: List[Tuple[str, str]] = []

    def plaintext_storage(self) -> Optional[PlaintextStorage]:
        """The backend passwords would really go to, when it keeps them in plaintext."""
        backend = _storing_backend(self.backend)
        for klass in type(backend).__mro__:
            name = f"{klass.__module__}.{klass.__qualname__}"
            if name in PLAINTEXT_BACKENDS:
                path = getattr(backend, "file_path", None)
                return PlaintextStorage(type(backend).__name__, path if isinstance(path, str) else None)
        return None

    def get(self, service: str, username: str) -> Optional[str]:
        try:
            value = self.backend.get_password(service, username)
        except Exception as error:  # backends raise their own types; their text may quote values
            raise KeyringError(f"the keyring could not be read ({type(error).__name__}); {self.untouched} left unchanged") from None
        return value if isinstance(value, str) else None

    def store(self, service: str, username: str, password: str) -> None:
        """Store a new entry and read it back; remembered so `undo` can remove it."""
        try:
            self.backend.set_password(service, username, password)
        except Exception as error:
            raise KeyringError(f"the keyring refused the password for {service} (user {username}) "
                               f"({type(error).__name__}); {self.untouched} left unchanged") from None
        self.created.append((service, username))
        if self.get(service, username) != password:
            raise KeyringError(f"the keyring did not return the password stored for {service} (user {username}); "
                               f"{self.untouched} left unchanged")

    def undo(self) -> List[Tuple[str, str]]:
        """Delete the entries this run created; returns those that could not be deleted."""
        left = []
        for service, username in reversed(self.created):
            try:
                self.backend.delete_password(service, username)
            except Exception:
                left.append((service, username))
        self.created = []
        return left


def prepare_plaintext_file(path: str) -> List[str]:
    """Create a plaintext keyring's file 0600 (its directories 0700) before the backend does:
    keyrings.alt creates it with the umask's mode and narrows it afterwards, and a kill in
    between would leave it readable. Returns what it created, for `remove_if_empty`."""
    created = []
    missing = []
    directory = os.path.dirname(path)
    while directory and not os.path.isdir(directory):
        missing.append(directory)
        directory = os.path.dirname(directory)
    try:
        for directory in reversed(missing):
            os.mkdir(directory, 0o700)
            created.append(directory)
        create_exclusive(path, b"")
        created.append(path)
    except FileExistsError:
        pass
    except OSError as error:
        remove_if_empty(created)
        raise KeyringError(f"cannot create the keyring's file {path} ({error.strerror})") from None
    return created


def remove_if_empty(paths: List[str]) -> None:
    """Undo `prepare_plaintext_file` where nothing was stored since."""
    for path in reversed(paths):
        try:
            if os.path.isdir(path):
                os.rmdir(path)  # fails (kept) unless empty
            elif os.path.getsize(path) == 0:
                os.unlink(path)
        except OSError:
            pass


def _storing_backend(backend: Any) -> Any:
    """Where `set_password` writes: a chainer's first backend, a wrapper's inner keyring."""
    try:
        from keyring.backends.chainer import ChainerBackend
    except ImportError:  # an old keyring without the chainer
        ChainerBackend = ()  # type: ignore[assignment,misc]  # noqa: N806
    for _ in range(8):  # wrappers of wrappers, bounded
        if isinstance(backend, ChainerBackend) and backend.backends:
            backend = backend.backends[0]
        elif getattr(backend, "_keyring", None) is not None:  # keyrings.alt.multi.MultipartKeyringWrapper
            backend = backend._keyring
        else:
            break
    return backend


def readable_by_others(path: str) -> bool:
    try:
        return bool(os.stat(path).st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        return False
