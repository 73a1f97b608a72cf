"""The .pypirc twine reads: which password each index server would send, and where it stands.

twine's `utils.get_config` is mirrored exactly (tests compare the two on many files):

- `[distutils] index-servers` lists the index servers (default "pypi testpypi");
- `[server-login]` supplies the default username and password of every index server, and of
  `pypi` even when it is not listed (twine always knows `pypi`);
- an index server's own option, even an empty one, hides the default; configparser adds that a
  listed section inherits `[DEFAULT]` values;
- `pypi`, and `testpypi` when listed, have default repository URLs;
- for a PyPI repository twine sends the username `__token__` whatever the file says, and looks
  the password up in the keyring under (repository URL, username).
"""
from __future__ import annotations

import collections
import configparser
import errno
import os
import re
import stat
from typing import DefaultDict, Dict, Iterable, List, Optional, Set, Tuple
from urllib.parse import urlparse, urlunparse

from secretfence._dataclass import dataclass, field
from secretfence.errors import UnreadableInputError

DEFAULT_PATH = "~/.pypirc"
DEFAULT_REPOSITORY = "https://upload.pypi.org/legacy/"
TEST_REPOSITORY = "https://test.pypi.org/legacy/"
DEFAULT_REPOSITORIES = {"pypi": DEFAULT_REPOSITORY, "testpypi": TEST_REPOSITORY}
TOKEN_USERNAME = "__token__"
SERVER_LOGIN = "server-login"
DEFAULT_SECTION = configparser.DEFAULTSECT
# A .pypirc is a few hundred bytes; anything this large is not one (and is not read whole).
READ_LIMIT = 1 << 20
# A name no section can have: with it, configparser keeps [DEFAULT] as a plain section, so an
# option's own section can be told from the one it inherits from.
_NO_DEFAULT_SECTION = "\0"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # twine opens the file with universal newlines

RepositoryConfig = Dict[str, Optional[str]]


@dataclass
class Credential:
    """A plaintext password in the file, and where it stands.

    `section` is the index server twine sends it to (for an "unused" password: the section that
    holds it); `repository` and `username` are what twine looks the password up under in the
    keyring once the file no longer holds it (username None: twine has none to send).
    """

    section: str
    repository: str
    username: Optional[str]
    password: str = field(repr=False)
    line_number: int = 0
    # "password": the section's own line; "default": inherited from [DEFAULT];
    # "server-login": twine's default; "repository-url": user:password@ in the URL;
    # "unused": a [server-login]/[DEFAULT] password that every index server overrides.
    origin: str = "password"


@dataclass
class Pypirc:
    path: str  # the file itself (symbolic links resolved): what is read and rewritten
    raw: bytes = field(repr=False)
    text: str = field(repr=False)
    mode: int = 0o600
    utf8: bool = True
    index_servers: List[str] = field(default_factory=list)
    repositories: Dict[str, str] = field(default_factory=dict)  # index server -> twine's URL ("" when none)
    usernames: Dict[str, Optional[str]] = field(default_factory=dict)  # index server -> username twine sends
    credentials: List[Credential] = field(default_factory=list)
    # Every `password` option twine reads, as (section holding it, 1-based line): the lines
    # `--fix` removes. Removing only some would let twine fall back to another one.
    password_lines: List[Tuple[str, int]] = field(default_factory=list)
    named: str = ""  # the path as the user named it (absolute, links kept): where backups go

    @property
    def loosely_readable(self) -> bool:
        return bool(self.mode & (stat.S_IRWXG | stat.S_IRWXO))

    def credentials_for(self, section: str) -> List[Credential]:
        return [credential for credential in self.credentials if credential.section == section]


def resolve_path(path: Optional[str]) -> str:
    return os.path.realpath(os.path.expanduser(path or DEFAULT_PATH))


def read_pypirc(path: Optional[str] = None, required: bool = False) -> Optional[Pypirc]:
    """Parse the file; None when the default file does not exist (twine's behaviour too)."""
    shown = path or DEFAULT_PATH
    real = resolve_path(path)
    raw, mode = read_regular_file(shown, real, required)
    if raw is None:
        return None
    return parse_pypirc(raw, shown, path=real, mode=mode, named=os.path.abspath(os.path.expanduser(shown)))


def parse_pypirc(raw: bytes, shown: str, *, path: str, mode: int = 0o600, named: str = "") -> Pypirc:
    """What twine would read from these bytes (`shown` names them in errors)."""
    try:
        text, utf8 = raw.decode("utf-8"), True
    except UnicodeDecodeError:
        # twine cannot read it in a UTF-8 locale either; its passwords are still plaintext here.
        text, utf8 = raw.decode("utf-8", errors="replace"), False
    pypirc = Pypirc(path=path, raw=raw, text=text, mode=mode, utf8=utf8, named=named or path)
    _analyse(pypirc, shown)
    return pypirc


def read_regular_file(shown: str, real: str, required: bool, *, follow_links: bool = True,
                      what: str = "a .pypirc") -> Tuple[Optional[bytes], int]:
    """The bytes of a regular file and its mode; a FIFO or a device is refused without blocking
    on it. `follow_links=False`: a symbolic link at `real` is refused, not followed. `what` names
    the kind of file in errors ("a .pypirc")."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(real, flags)
    except FileNotFoundError:
        if not required:
            return None, 0
        if os.path.lexists(os.path.expanduser(shown)):
            raise UnreadableInputError(f"{shown}: a symbolic link to a file that does not exist") from None
        raise UnreadableInputError(f"{shown}: no such file") from None
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_links:
            raise UnreadableInputError(f"{shown}: a symbolic link, not followed") from None
        raise UnreadableInputError(f"{shown}: cannot read: {error.strerror}") from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise UnreadableInputError(f"{shown}: is a directory, not {what}")
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableInputError(f"{shown}: not a regular file (a FIFO, socket or device), not read")
        if status.st_size > READ_LIMIT:
            raise UnreadableInputError(f"{shown}: {status.st_size} bytes, too large for {what}")
        chunks = []
        remaining = READ_LIMIT + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        raw = b"".join(chunks)
        if len(raw) > READ_LIMIT:
            raise UnreadableInputError(f"{shown}: too large for {what}")
        return raw, stat.S_IMODE(status.st_mode)
    except OSError as error:
        raise UnreadableInputError(f"{shown}: cannot read: {error.strerror}") from None
    finally:
        os.close(descriptor)


# --- parsing, the way configparser and twine do it ---------------------------------------------


def split_lines(text: str) -> List[str]:
    """Lines with their line breaks kept (joining them gives the text back, byte for byte)."""
    lines = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(text[start:match.end()])
        start = match.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def parse(text: str, source: str, *, keep_default_section: bool = False) -> configparser.RawConfigParser:
    """configparser's reading of the file (twine's parser: RawConfigParser, no interpolation).

    Raises UnreadableInputError for a file configparser (and so twine) rejects.
    """
    parser = (configparser.RawConfigParser(default_section=_NO_DEFAULT_SECTION) if keep_default_section
              else configparser.RawConfigParser())
    try:
        parser.read_file(split_lines(text), source=source)
    except configparser.Error as error:
        # The parser's message can quote the line, and with it a password: say only what and where.
        line = getattr(error, "lineno", None) or _first_error_line(error, text)
        where = f" (line {line})" if line else ""
        raise UnreadableInputError(f"{source}: malformed .pypirc{where}: {_error_kind(error)}") from None
    return parser


def _first_error_line(error: configparser.Error, text: str) -> Optional[int]:
    errors = getattr(error, "errors", None)
    if errors:
        return int(errors[0][0])
    if isinstance(error, configparser.ParsingError):
        # detect-secrets replaces configparser.ParsingError with a class that drops the lines.
        unreadable = _read_lines(split_lines(text))[1]
        return unreadable + 1 if unreadable is not None else None
    return None


_ERROR_KINDS = (
    # MissingSectionHeaderError first: it is a ParsingError too.
    (configparser.MissingSectionHeaderError, "text before the first [section]"),
    (configparser.DuplicateSectionError, "a section appears twice"),
    (configparser.DuplicateOptionError, "an option appears twice in one section"),
    (configparser.ParsingError, "a line that is neither a [section], an option nor a comment"),
)


def _error_kind(error: configparser.Error) -> str:
    return next((kind for klass, kind in _ERROR_KINDS if isinstance(error, klass)), "not valid INI")


def twine_config(parser: configparser.RawConfigParser) -> Dict[str, RepositoryConfig]:
    """twine's `utils.get_config`, statement for statement, from a parser already read."""
    defaults: RepositoryConfig = {
        "username": parser.get(SERVER_LOGIN, "username", fallback=None),
        "password": parser.get(SERVER_LOGIN, "password", fallback=None),
    }
    config: DefaultDict[str, RepositoryConfig] = collections.defaultdict(lambda: defaults.copy())
    index_servers = parser.get("distutils", "index-servers", fallback="pypi testpypi").split()
    config["pypi"]["repository"] = DEFAULT_REPOSITORY
    if "testpypi" in index_servers:
        config["testpypi"]["repository"] = TEST_REPOSITORY
    for repository in index_servers:
        for key in ["username", "repository", "password", "ca_cert", "client_cert"]:
            if parser.has_option(repository, key):
                config[repository][key] = parser.get(repository, key)
    return dict(config)


def normalize_repository_url(url: str) -> str:
    """twine's normalisation: the keyring service name it looks passwords up under."""
    parsed = urlparse(url)
    if parsed.netloc in _PYPI_HOSTS:
        return urlunparse(("https",) + tuple(parsed[1:]))
    return urlunparse(parsed)


_PYPI_HOSTS = {"pypi.python.org", "testpypi.python.org", "upload.pypi.org", "test.pypi.org"}


def is_pypi(repository: str) -> bool:
    """twine's `Resolver.is_pypi`: such a repository gets the username `__token__`."""
    return repository.startswith((DEFAULT_REPOSITORY, TEST_REPOSITORY))


def username_sent(repository: str, config: RepositoryConfig) -> Optional[str]:
    """The username twine sends (and looks the password up under) with no -u option."""
    if is_pypi(repository):
        return TOKEN_USERNAME
    return config.get("username")


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HOST_AND_PORT = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[^\s/?#@\[\]:]*)(:[0-9]*)?(?=[/?#]|$)")


def split_userinfo(url: str) -> Tuple[str, Optional[str], Optional[str]]:
    """(URL without userinfo, username, password): the userinfo is everything before the last
    `@` of the authority, whatever `#`, `?` or `/` the password holds.

    urllib stops the authority at the first `#`, `?` or `/`, so `https://u:pa#ss@host/` would
    hide its password in a "fragment": people do not escape their passwords, and the file holds
    it in plaintext whatever a URL parser thinks.
    """
    scheme = _SCHEME.match(url)
    if not scheme:
        return url, None, None
    rest = url[scheme.end():]
    path_start = len(rest) if "/" not in rest else rest.index("/")
    at = rest.rfind("@", 0, path_start)
    if at < 0:
        # A password with a "/" in it: the last "@" followed by something shaped like a host.
        at = next((position for position in _positions(rest, "@")[::-1]
                   if ":" in rest[:position] and _HOST_AND_PORT.match(rest[position + 1:])), -1)
    if at < 0:
        return url, None, None
    userinfo = rest[:at]
    username, colon, password = userinfo.partition(":")
    clean = url[:scheme.end()] + rest[at + 1:]
    return clean, username, (password if colon else None)


def _positions(text: str, character: str) -> List[int]:
    return [index for index, found in enumerate(text) if found == character]


def option_lines(lines: Iterable[str]) -> Dict[Tuple[str, str], Tuple[int, int]]:
    """Where each (section, option) stands: its first and last line (0-based), continuation
    lines included. This follows configparser's reader (3.9-3.13) for files it accepts:
    comments and blank lines leave a value open, a line indented deeper than the option's
    continues it, and option names are lower-cased. `[DEFAULT]` is a section like any other here.
    """
    return _read_lines(lines)[0]


def _read_lines(lines: Iterable[str]) -> Tuple[Dict[Tuple[str, str], Tuple[int, int]], Optional[int]]:
    """(option spans, index of the first line configparser cannot read, if any)."""
    spans: Dict[Tuple[str, str], Tuple[int, int]] = {}
    unreadable: Optional[int] = None
    section: Optional[str] = None
    option: Optional[str] = None
    indent_level = 0
    for index, line in enumerate(lines):
        value = line.strip()
        if not value or value.startswith(("#", ";")):
            continue
        first_nonspace = re.search(r"\S", line)
        indent = first_nonspace.start() if first_nonspace else 0
        if section is not None and option is not None and indent > indent_level:
            spans[(section, option)] = (spans[(section, option)][0], index)
            continue
        indent_level = indent
        header = configparser.RawConfigParser.SECTCRE.match(value)
        if header:
            section, option = header.group("header"), None
            continue
        match = configparser.RawConfigParser.OPTCRE.match(value)
        if section is not None and match and match.group("option").strip():
            option = match.group("option").rstrip().lower()
            spans[(section, option)] = (index, index)
        elif unreadable is None:
            unreadable = index
    return spans, unreadable


# --- what twine would send ---------------------------------------------------------------------


def _analyse(pypirc: Pypirc, shown: str) -> None:
    parser = parse(pypirc.text, shown)
    own = parse(pypirc.text, shown, keep_default_section=True)
    spans = option_lines(split_lines(pypirc.text))
    config = twine_config(parser)
    index_servers = _unique(parser.get("distutils", "index-servers", fallback="pypi testpypi").split())
    pypirc.index_servers = index_servers

    def line_of(section: str, option: str) -> int:
        span = spans.get((section, option))
        return span[0] + 1 if span else 0

    def holder(section: str, option: str) -> str:
        """The section whose line supplies `option` to a listed index server."""
        return section if own.has_option(section, option) else DEFAULT_SECTION

    sent_lines: Set[Tuple[str, int]] = set()
    for section, values in config.items():
        url = values.get("repository") or ""
        clean_url, url_user, url_password = split_userinfo(url)
        repository = normalize_repository_url(url) if url else ""
        pypirc.repositories[section] = repository
        username = username_sent(repository, values)
        pypirc.usernames[section] = username
        password = values.get("password")
        if password:
            listed_own = section in index_servers and parser.has_option(section, "password")
            if listed_own:
                where = holder(section, "password")
                origin = "password" if where == section else "default"
            else:
                where = SERVER_LOGIN if own.has_option(SERVER_LOGIN, "password") else DEFAULT_SECTION
                origin = "server-login" if where == SERVER_LOGIN else "default"
            line = line_of(where, "password")
            sent_lines.add((where, line))
            pypirc.credentials.append(Credential(section, repository, username, password, line, origin))
        if url_password:
            where = holder(section, "repository") if section in index_servers else section
            pypirc.credentials.append(
                Credential(section, normalize_repository_url(clean_url), url_user, url_password,
                           line_of(where, "repository"), "repository-url")
            )
    for where in [*index_servers, SERVER_LOGIN, DEFAULT_SECTION]:
        if own.has_option(where, "password"):
            line = line_of(where, "password")
            if (where, line) not in pypirc.password_lines:
                pypirc.password_lines.append((where, line))
            password = own.get(where, "password")
            if password and (where, line) not in sent_lines:
                pypirc.credentials.append(Credential(where, "", None, password, line, "unused"))


def _unique(names: List[str]) -> List[str]:
    return list(dict.fromkeys(names))


# --- rewriting ---------------------------------------------------------------------------------


def without_passwords(pypirc: Pypirc) -> str:
    """The file without every `password` option twine reads (comments, order, line breaks kept).

    Raises UnreadableInputError when the result is not the same file minus those options, as
    configparser reads it: a layout this function does not understand is refused, not guessed.
    """
    lines = split_lines(pypirc.text)
    spans = option_lines(lines)
    dropped: Set[int] = set()
    removed: Set[Tuple[str, str]] = set()
    for section, _ in pypirc.password_lines:
        span = spans.get((section, "password"))
        if span is None:
            raise UnreadableInputError(f"{pypirc.path}: its layout is not one secretfence can rewrite safely; "
                                       "remove the password lines by hand")
        first, last = span
        dropped.update(range(first, last + 1))
        removed.add((section, "password"))
    new_text = "".join(line for index, line in enumerate(lines) if index not in dropped)
    _check_rewrite(pypirc, new_text, removed)
    return new_text


def _check_rewrite(pypirc: Pypirc, new_text: str, removed: Set[Tuple[str, str]]) -> None:
    def as_dict(parser: configparser.RawConfigParser) -> Dict[str, Dict[str, str]]:
        return {name: dict(parser.items(name, raw=True)) for name in parser.sections()}

    refusal = UnreadableInputError(f"{pypirc.path}: its layout is not one secretfence can rewrite safely; "
                                   "remove the password lines by hand")
    try:
        before = as_dict(parse(pypirc.text, pypirc.path, keep_default_section=True))
        after = as_dict(parse(new_text, pypirc.path, keep_default_section=True))
        still_sent = [values for values in twine_config(parse(new_text, pypirc.path)).values()
                      if values.get("password") is not None]
    except UnreadableInputError:
        raise refusal from None
    for section, option in removed:
        before[section].pop(option, None)
    if before != after or still_sent:
        raise refusal


# --- password values in place (the --fix backup) ------------------------------------------------


@dataclass
class _ValueLine:
    """One line of an option's value: the text before its part of the value, the part, and the
    text after it (spaces and the line break). `part` None: a comment line inside the value."""

    before: str
    part: Optional[str] = field(repr=False)
    after: str


def _value_lines(lines: List[str], first: int, last: int) -> List[_ValueLine]:
    """How configparser reads the value of the option on lines `first`..`last` (as `option_lines`
    spans them): every line's part, as configparser strips it, and the text around it."""
    result = []
    for index in range(first, last + 1):
        line = lines[index]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if index == first:
            match = configparser.RawConfigParser.OPTCRE.match(stripped)
            if match is None:
                raise ValueError("not an option line")
            start, end = indent + match.start("value"), indent + match.end("value")
            result.append(_ValueLine(line[:start], line[start:end], line[end:]))
        elif not stripped:
            body = line.rstrip("\r\n")
            result.append(_ValueLine(body, "", line[len(body):]))  # a blank line: an empty part
        elif stripped.startswith(("#", ";")):
            result.append(_ValueLine(line, None, ""))  # configparser skips comments inside a value
        else:
            result.append(_ValueLine(line[:indent], stripped, line[indent + len(stripped):]))
    return result


def password_value_parts(pypirc: Pypirc) -> Dict[int, List[str]]:
    """The value of every `password` option twine reads, by its 1-based line, in parts: the
    text on the option's line, then one part per continuation line (blank lines: ""). configparser
    reads the value as the parts joined with line breaks."""
    lines = split_lines(pypirc.text)
    spans = option_lines(lines)
    parts = {}
    for section, line_number in pypirc.password_lines:
        span = spans.get((section, "password"))
        if span is None or span[0] + 1 != line_number:
            raise UnreadableInputError(f"{pypirc.path}: its layout is not one secretfence can rewrite safely; "
                                       "remove the password lines by hand")
        try:
            value_lines = _value_lines(lines, *span)
        except ValueError:
            raise UnreadableInputError(f"{pypirc.path}: its layout is not one secretfence can rewrite safely; "
                                       "remove the password lines by hand") from None
        parts[line_number] = [line.part for line in value_lines if line.part is not None]
    return parts


def replace_password_values(pypirc: Pypirc, replacements: Dict[int, List[str]]) -> str:
    """The file with the value parts of the `password` options at the given lines replaced,
    part for part (as `password_value_parts` splits them); every other byte is kept.

    Raises UnreadableInputError when configparser would not read exactly the new values there
    and everything else as before: a layout this function does not understand is refused.
    """
    refusal = UnreadableInputError(f"{pypirc.path}: its layout is not one secretfence can rewrite safely; "
                                   "remove the password lines by hand")
    lines = split_lines(pypirc.text)
    spans = option_lines(lines)
    by_line = {line_number: section for section, line_number in pypirc.password_lines}
    expected: Dict[Tuple[str, str], str] = {}
    new_lines = list(lines)
    for line_number, new_parts in replacements.items():
        section = by_line.get(line_number)
        span = spans.get((section, "password")) if section is not None else None
        if section is None or span is None or span[0] + 1 != line_number:
            raise refusal
        try:
            value_lines = _value_lines(lines, *span)
        except ValueError:
            raise refusal from None
        holding = [index for index, line in enumerate(value_lines) if line.part is not None]
        if len(holding) != len(new_parts):
            raise refusal
        for index, part in zip(holding, new_parts):
            old = value_lines[index]
            if "\n" in part or "\r" in part or part != part.strip() or (index > 0 and (old.part == "") != (part == "")):
                raise refusal  # a part must stay on its line, and blank lines stay blank
            new_lines[span[0] + index] = old.before + part + old.after
        expected[(section, "password")] = "\n".join(new_parts)
    new_text = "".join(new_lines)
    try:
        before = _options(parse(pypirc.text, pypirc.path, keep_default_section=True))
        after = _options(parse(new_text, pypirc.path, keep_default_section=True))
    except UnreadableInputError:
        raise refusal from None
    for (section, option), value in expected.items():
        before[section][option] = value
    if before != after or option_lines(split_lines(new_text)) != spans:
        raise refusal
    return new_text


def _options(parser: configparser.RawConfigParser) -> Dict[str, Dict[str, str]]:
    return {name: dict(parser.items(name, raw=True)) for name in parser.sections()}
