"""The .pypirc twine reads: sections, inherited `[server-login]` values, credentials in URLs.

Semantics follow the .pypirc specification and twine's `utils.get_config`: `[distutils]
index-servers` lists the sections (default "pypi testpypi"), `[server-login]` supplies default
username/password, `pypi`/`testpypi` have default repository URLs.
"""
from __future__ import annotations

import configparser
import os
import re
import stat
from dataclasses import dataclass, field
from typing import Dict, List, Optional
from urllib.parse import urlsplit, urlunsplit

from secretfence.errors import UnreadableInputError

DEFAULT_PATH = "~/.pypirc"
DEFAULT_REPOSITORIES = {
    "pypi": "https://upload.pypi.org/legacy/",
    "testpypi": "https://test.pypi.org/legacy/",
}
TOKEN_USERNAME = "__token__"


@dataclass
class Credential:
    """A plaintext password twine would send, and where it stands in the file."""

    section: str  # the index-server it applies to
    repository: str  # URL without userinfo
    username: Optional[str]
    password: str = field(repr=False)
    line_number: int = 0
    origin: str = "password"  # "password", "server-login" or "repository-url"


@dataclass
class Pypirc:
    path: str
    text: str = field(repr=False)
    mode: int = 0o600
    index_servers: List[str] = field(default_factory=list)
    repositories: Dict[str, str] = field(default_factory=dict)
    usernames: Dict[str, Optional[str]] = field(default_factory=dict)
    credentials: List[Credential] = field(default_factory=list)

    @property
    def loosely_readable(self) -> bool:
        return bool(self.mode & (stat.S_IRWXG | stat.S_IRWXO))

    def credentials_for(self, section: str) -> List[Credential]:
        return [credential for credential in self.credentials if credential.section == section]


def resolve_path(path: Optional[str]) -> str:
    return os.path.realpath(os.path.expanduser(path or DEFAULT_PATH))


def read_pypirc(path: Optional[str] = None, required: bool = False) -> Optional[Pypirc]:
    """Parse the file; None when the default file does not exist (twine's behaviour too)."""
    real = resolve_path(path)
    try:
        with open(real, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        if required:
            raise UnreadableInputError(f"{path or DEFAULT_PATH}: no such file") from None
        return None
    except OSError as error:
        raise UnreadableInputError(f"{path or DEFAULT_PATH}: cannot read: {error.strerror}") from None
    parser = configparser.RawConfigParser()
    try:
        parser.read_string(text, source=real)
    except configparser.Error:
        # The parser's message can quote the line, and with it a password: say only where.
        raise UnreadableInputError(f"{path or DEFAULT_PATH}: malformed .pypirc (not valid INI)") from None
    pypirc = Pypirc(path=real, text=text, mode=mode)
    pypirc.index_servers = parser.get("distutils", "index-servers", fallback="pypi testpypi").split()
    default_user = parser.get("server-login", "username", fallback=None)
    default_password = parser.get("server-login", "password", fallback=None)
    for section in pypirc.index_servers:
        url = parser.get(section, "repository", fallback=DEFAULT_REPOSITORIES.get(section, ""))
        clean_url, url_user, url_password = _split_userinfo(url)
        clean_url = normalize_repository_url(clean_url)
        pypirc.repositories[section] = clean_url
        username = parser.get(section, "username", fallback=default_user) or url_user
        pypirc.usernames[section] = username
        if parser.has_option(section, "password") and parser.get(section, "password"):
            pypirc.credentials.append(
                Credential(section, clean_url, username, parser.get(section, "password"),
                           _line_of(text, section, "password"), "password")
            )
        elif default_password:
            pypirc.credentials.append(
                Credential(section, clean_url, username, default_password,
                           _line_of(text, "server-login", "password"), "server-login")
            )
        if url_password:
            pypirc.credentials.append(
                Credential(section, clean_url, url_user, url_password, _line_of(text, section, "repository"),
                           "repository-url")
            )
    return pypirc


_PYPI_HOSTS = {"pypi.python.org", "testpypi.python.org", "upload.pypi.org", "test.pypi.org"}


def normalize_repository_url(url: str) -> str:
    """twine's normalisation: the keyring service name it looks passwords up under."""
    parts = urlsplit(url)
    if parts.netloc in _PYPI_HOSTS:
        return urlunsplit(("https", parts.netloc, parts.path, parts.query, parts.fragment))
    return url


def _split_userinfo(url: str) -> "tuple[str, Optional[str], Optional[str]]":
    parts = urlsplit(url)
    if not parts.password:
        return url, parts.username, None
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), parts.username, parts.password


def _line_of(text: str, section: str, key: str) -> int:
    current = None
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        header = re.match(r"^\[([^\]]+)\]", stripped)
        if header:
            current = header.group(1).strip()
        elif current == section and re.match(rf"^{re.escape(key)}\s*[=:]", stripped):
            return number
    return 0


def without_passwords(text: str, sections: List[str]) -> str:
    """The file with the `password` lines of `sections` removed (comments and order kept)."""
    out = []
    current = None
    for line in text.split("\n"):
        stripped = line.strip()
        header = re.match(r"^\[([^\]]+)\]", stripped)
        if header:
            current = header.group(1).strip()
        elif current in sections and re.match(r"^password\s*[=:]", stripped):
            continue
        out.append(line)
    return "\n".join(out)
