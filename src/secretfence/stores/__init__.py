"""Where Python publishers (and the installers beside them) keep credentials, read as each tool
reads them: one module per tool, one shape for all of them.

A store module exposes `TOOL` (its name) and `read(where) -> List[StoreFile]`: every file of
that tool that exists, parsed, with the plaintext credentials it holds. A file that cannot be
parsed is an UnreadableInputError naming it (one line): nothing is guessed from a broken store.
`secretfence credentials` reports (and `--fix` moves) them; `secretfence publish` checks the
stores of the publisher it runs.
"""
from __future__ import annotations

import os
import stat
import sys
from typing import Dict, List, Mapping, Optional, Tuple, Union

from secretfence._dataclass import dataclass, field
from secretfence.sources.pypirc import read_regular_file

# A credential store is a few kilobytes: anything this large is not one (and is not read whole).
READ_LIMIT = 1 << 20


@dataclass(frozen=True)
class Where:
    """Where the stores are looked for: the environment (HOME, XDG_CONFIG_HOME, the tools' own
    variables) and the project directory (project-level config)."""

    env: Mapping[str, str]
    project: str = "."

    def home(self) -> str:
        return self.env.get("HOME") or os.path.expanduser("~")

    def config_dir(self, app: str) -> str:
        """The user config directory of `app`, as platformdirs (which Poetry, Hatch, PDM and uv's
        own lookup follow) computes it."""
        if sys.platform == "win32":
            return os.path.join(self.env.get("APPDATA") or os.path.join(self.home(), "AppData", "Roaming"), app)
        if sys.platform == "darwin":
            return os.path.join(self.home(), "Library", "Application Support", app)
        return os.path.join(self.env.get("XDG_CONFIG_HOME") or os.path.join(self.home(), ".config"), app)

    def xdg_config_dir(self, app: str) -> str:
        """`$XDG_CONFIG_HOME/app` (else ~/.config/app) on every platform but Windows: uv and pip."""
        if sys.platform == "win32":
            return os.path.join(self.env.get("APPDATA") or os.path.join(self.home(), "AppData", "Roaming"), app)
        return os.path.join(self.env.get("XDG_CONFIG_HOME") or os.path.join(self.home(), ".config"), app)


@dataclass
class Credential:
    """One plaintext credential in a store, and where the tool would read it once moved.

    `keyring` is the (service, username) the tool itself looks up in the keyring, when it does
    and when the credential can be moved there by removing one line (`key`, a TOML key path);
    otherwise `instead` says what to use instead, and `--fix` changes nothing for it.
    """

    tool: str
    path: str  # the file (as shown), or "environment"
    line_number: int
    where: str  # what holds it, e.g. "http-basic.local.password" or "index-url in [global]"
    secret: str = field(repr=False)
    username: Optional[str] = None
    keyring: Optional[Tuple[str, str]] = None
    key: Tuple[Union[str, int], ...] = ()
    instead: str = ""
    # The keyring lookup needs something the tool is told separately (uv: --keyring-provider).
    keyring_note: str = ""
    # A publisher sends it (blocks `secretfence publish`); else an installer's or an index's.
    publishing: bool = True


@dataclass
class StoreFile:
    tool: str
    path: str  # as shown: the path the tool reads (links kept)
    real: str  # the file itself (links resolved): what is rewritten
    raw: bytes = field(repr=False)
    text: str = field(repr=False)
    mode: int = 0o600
    fmt: str = "toml"  # "toml", "ini" or "netrc"
    credentials: List[Credential] = field(default_factory=list)
    data: Dict = field(default_factory=dict, repr=False)  # the parsed TOML

    @property
    def loosely_readable(self) -> bool:
        return bool(self.mode & (stat.S_IRWXG | stat.S_IRWXO))


def read_store(tool: str, shown: str, what: str, fmt: str) -> Optional[StoreFile]:
    """A store file, read (and parsed when it is TOML), or None when there is none; its
    credentials are for the tool's module to find. A FIFO, a device, a directory or a huge file is
    an error naming it, never a blocking read."""
    path = os.path.expanduser(shown)
    if not os.path.lexists(path):
        return None
    real = os.path.realpath(path)
    raw, mode = read_regular_file(shown, real, required=True, what=what)
    assert raw is not None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        from secretfence.errors import UnreadableInputError

        raise UnreadableInputError(f"{shown}: not valid UTF-8 (byte {error.start}): {tool} cannot read it either") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    store = StoreFile(tool, shown, real, raw, text, mode, fmt)
    if fmt == "toml":
        from secretfence.stores._toml import load

        store.data = load(text, shown)
    return store


def find_line(text: str, needle: str, start: int = 0) -> int:
    """1-based line of the first occurrence of `needle` (0 when absent)."""
    if not needle:
        return 0
    position = text.find(needle, start)
    return text.count("\n", 0, position) + 1 if position >= 0 else 0
