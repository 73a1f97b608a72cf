"""Configuration: the team's policy in the project, and the runner's own choices outside it.

`[tool.secretfence]` in the project's pyproject.toml sets what the team shares:

    [tool.secretfence]
    baseline = "baseline/secrets.baseline"   # audited findings, detect-secrets format
    exclude = ["^docs/fixtures/"]            # regexes on paths never scanned
    disable = ["KeywordDetector"]            # detector class names or kinds (pypi, aws, redis, telegram, database)

    [tool.secretfence.upload]
    block = "medium"                         # block findings at or above: "low", "medium", "high"

Whether secrets are sent anywhere (`--verify`) and where is never read from the scanned tree:
anyone who can open a pull request could otherwise have the hook send the secrets it finds to a
host of their choosing. That comes from the person running secretfence only: the command line,
the environment (SECRETFENCE_VERIFY, SECRETFENCE_*_URL) or a user config file outside the
repository (`$XDG_CONFIG_HOME/secretfence/config.toml`, default `~/.config/secretfence/config.toml`):

    verify = true                  # like --verify on every run
    verify_allow_internal = false  # like --verify-allow-internal
    verify_timeout = 5             # seconds, the whole of one check (--verify-timeout)
    verify_deadline = 30           # seconds, the whole verification phase (--verify-deadline)

    [endpoints]                    # service base URLs (tests, private deployments)
    telegram = "https://api.telegram.org"

    [upload]
    verify = true                  # at the upload gate (--secretfence-verify); default: as `verify`
"""
from __future__ import annotations

import errno
import math
import os
import re
import stat
import sys
from typing import Any, Collection, Dict, List, Mapping, Optional, Sequence

from secretfence._dataclass import dataclass, field
from secretfence.errors import ConfigError
from secretfence.findings import CONFIDENCES, MEDIUM, Confidence
from secretfence.redact import mask, regex_error
from secretfence.sources.files import kind_of

DEFAULT_BASELINE = "baseline/secrets.baseline"
_KNOWN_KEYS = {"baseline", "exclude", "disable", "upload"}
_UPLOAD_KEYS = {"block"}
USER_CONFIG_DISPLAY = "~/.config/secretfence/config.toml"
_USER_KEYS = {"verify", "verify_allow_internal", "verify_timeout", "verify_deadline", "endpoints", "upload"}
_USER_UPLOAD_KEYS = {"verify"}
# Keys a project used to set. Each is now an error that says where it belongs: ignoring it would
# let a team believe verification runs when it does not.
_MOVED_KEYS = {
    "verify": "[tool.secretfence] verify is no longer read from the project: verification is turned on by "
    f"whoever runs secretfence (--verify, SECRETFENCE_VERIFY=1, or verify = true in {USER_CONFIG_DISPLAY})",
    "endpoints": "[tool.secretfence.endpoints] is no longer read from the project: where secrets may be sent "
    f"is set by whoever runs secretfence (SECRETFENCE_*_URL variables, or [endpoints] in {USER_CONFIG_DISPLAY})",
}
_MOVED_UPLOAD_KEYS = {
    "verify": "[tool.secretfence.upload] verify is no longer read from the project: verification is turned on "
    f"by whoever uploads (--secretfence-verify, SECRETFENCE_VERIFY=1, or [upload] verify = true in "
    f"{USER_CONFIG_DISPLAY})",
}
_TRUE_WORDS = ("1", "true", "yes", "on")
_FALSE_WORDS = ("0", "false", "no", "off", "")


@dataclass
class Config:
    root: str = "."
    baseline: Optional[str] = None  # relative to root; None when not configured
    exclude: List[str] = field(default_factory=list)
    disable: List[str] = field(default_factory=list)
    upload_block: Confidence = MEDIUM
    source: str = ""  # the pyproject.toml it came from, for messages

    def baseline_target(self) -> str:
        """Where the team baseline lives (or is to be written)."""
        return os.path.join(self.root, self.baseline or DEFAULT_BASELINE)

    def baseline_shown(self, path: str) -> str:
        """How messages name the baseline at `path`. A location pyproject.toml chose is a value of
        the repository's, masked like any other; the default one and a `--baseline` are shown."""
        if self.baseline is None or self.baseline == DEFAULT_BASELINE or path != self.baseline_target():
            return path
        return f"{self.source}: [tool.secretfence] baseline {mask(self.baseline)!r}"

    def baseline_path(self) -> Optional[str]:
        """The baseline to read: the configured one, else the default one if it exists."""
        target = self.baseline_target()
        return target if self.baseline is not None or os.path.exists(target) else None


def find_pyproject(start: str) -> Optional[str]:
    """The nearest pyproject.toml at or above `start`, not beyond the repository root.

    Whatever sits at that name counts (a directory, a FIFO, a dangling link): it is the team's
    configuration or an error, never silently skipped in favour of one further up.
    """
    directory = os.path.abspath(start)
    while True:
        candidate = os.path.join(directory, "pyproject.toml")
        if os.path.lexists(candidate):
            return candidate
        if os.path.lexists(os.path.join(directory, ".git")):
            return None
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def repository_root(start: str = ".") -> Optional[str]:
    """The git work tree holding `start` (the nearest `.git`, directory or file), if any."""
    directory = os.path.abspath(start)
    while True:
        if os.path.lexists(os.path.join(directory, ".git")):
            return directory
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


# A settings file (pyproject.toml, a baseline, .gitattributes, the user config) is read whole;
# one this large is not a settings file, and reading it could exhaust memory.
MAX_SETTINGS_BYTES = 64 * 1024 * 1024


class UnreadableSettings(Exception):
    """A settings file that cannot be read; the message is the reason (never the file's content)."""

    def __init__(self, reason: str, missing: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.missing = missing  # nothing at that path (or a dangling link)


def read_settings_file(path: str, limit: int = MAX_SETTINGS_BYTES) -> bytes:
    """The bytes of a regular file (links followed) of at most `limit` bytes.

    A repository decides where some of these files are (a baseline path, a committed link to
    /dev/zero or a FIFO): nothing but a regular file is read, and never more than `limit` bytes.
    """
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise UnreadableSettings(_os_reason(error), missing=error.errno == errno.ENOENT) from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableSettings(f"not a regular file ({kind_of(status.st_mode)})")
        if status.st_size > limit:
            raise UnreadableSettings(_too_large(limit))
        chunks = []
        size = 0
        while size <= limit:  # the file may grow while it is read
            chunk = os.read(descriptor, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnreadableSettings(_too_large(limit))
        return b"".join(chunks)
    except OSError as error:
        raise UnreadableSettings(_os_reason(error)) from None
    finally:
        os.close(descriptor)


def _too_large(limit: int) -> str:
    return f"larger than {limit // (1024 * 1024)} MiB, too large for a settings file"


def read_toml(path: str) -> Dict[str, Any]:
    """A TOML document, or one clear error naming what is wrong with the file."""
    try:
        data = read_settings_file(path)
    except UnreadableSettings as error:
        raise ConfigError(f"{path}: cannot read: {error.reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 (byte {error.start}); TOML files must be UTF-8") from None
    # Imported here: a hook run in a project without pyproject.toml never parses TOML, and the
    # parser (with datetime) is a tenth of start-up.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on older interpreters only
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None


def _os_reason(error: OSError) -> str:
    if error.errno == errno.EISDIR:
        return "it is a directory"
    return error.strerror or type(error).__name__


def load_config(start: str = ".") -> Config:
    path = find_pyproject(start)
    if path is None:
        return Config(root=os.path.abspath(start))
    document = read_toml(path)
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: [tool] must be a table, not {_toml_type(tool)}")
    table = tool.get("secretfence", {})
    config = parse_table(table, root=os.path.dirname(path), source=path)
    if config.baseline is not None:
        # The repository names this file, and secretfence writes it: it must lie in the repository.
        top = repository_root(config.root) or config.root
        if not _inside(os.path.abspath(config.baseline_target()), os.path.abspath(top)):
            raise ConfigError(f"{path}: [tool.secretfence] baseline {mask(config.baseline)!r} must be a path "
                              "inside the repository")
    return config


def parse_table(table: Any, root: str, source: str = "pyproject.toml") -> Config:
    where = f"{source}: [tool.secretfence]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table, not {_toml_type(table)}")
    for key, message in _MOVED_KEYS.items():
        if key in table:
            raise ConfigError(f"{source}: {message}")
    _refuse_unknown(table, _KNOWN_KEYS, where)
    config = Config(root=root, source=source)
    if "baseline" in table:
        config.baseline = _string(table["baseline"], f"{where} baseline")
        if "\0" in config.baseline:
            raise ConfigError(f"{where} baseline must not contain a NUL character")
    config.exclude = _strings(table.get("exclude", []), f"{where} exclude")
    config.disable = _strings(table.get("disable", []), f"{where} disable")
    _check_disabled_names(config.disable, f"{where} disable")
    upload = table.get("upload", {})
    if not isinstance(upload, dict):
        raise ConfigError(f"{where} upload must be a table, not {_toml_type(upload)}")
    for key, message in _MOVED_UPLOAD_KEYS.items():
        if key in upload:
            raise ConfigError(f"{source}: {message}")
    _refuse_unknown(upload, _UPLOAD_KEYS, f"{source}: [tool.secretfence.upload]")
    block = upload.get("block", MEDIUM)
    if block not in CONFIDENCES:
        raise ConfigError(f"{where}.upload block must be one of {', '.join(CONFIDENCES)}, not {_shown(block)}")
    config.upload_block = Confidence(block)
    for index, pattern in enumerate(config.exclude):
        problem = path_pattern_problem(pattern)
        if problem:
            raise ConfigError(f"{where} exclude[{index}]: {mask(pattern)!r} {problem}")
    return config


def path_pattern_problem(pattern: str) -> str:
    """Why a regex cannot set paths aside ("" when it can)."""
    return pattern_problem(pattern, "path")


def pattern_problem(pattern: Any, what: str, flags: int = 0) -> str:
    """Why a regex cannot be used to set `what`s aside ("" when it can): not a string, invalid,
    or matching the empty string, which `re.search` finds in every input (`""`, `.*`, `x?`): it
    would set every `what` aside, which is never what a team means."""
    if not isinstance(pattern, str):
        return "is not a string"
    try:
        compiled = re.compile(pattern, flags)
    except (re.error, RecursionError, OverflowError, ValueError) as error:
        detail = regex_error(pattern, error) if isinstance(error, re.error) else "too complex"
        return f"is not a valid regular expression ({detail})"
    if compiled.search("") is not None:
        return f"matches the empty string, so it matches every {what}"
    return ""


def _shown(value: Any) -> str:
    """A configuration value quoted in a message: masked (it may be a secret pasted by mistake)."""
    return repr(mask(value)) if isinstance(value, str) else _toml_type(value)


def known_detector_names() -> List[str]:
    """Everything `disable` accepts: detect-secrets 1.5 plugin class names, secretfence's detector
    class names and its kinds."""
    from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES
    from secretfence.kinds import REGISTRY

    return sorted(set(BUILTIN_MODULES) | REGISTRY.disable_names())


def _check_disabled_names(names: Sequence[str], where: str) -> None:
    known = known_detector_names()
    for name in names:
        if name not in known:
            raise ConfigError(f"{where}: unknown detector or kind {mask(name)!r}{_suggestion(name, known)}")


def _refuse_unknown(table: Mapping[str, Any], known: Collection[str], where: str) -> None:
    unknown = sorted(set(table) - set(known))
    if unknown:
        hint = _suggestion(unknown[0], known) if len(unknown) == 1 else ""
        raise ConfigError(f"{where} has unknown key(s): {', '.join(unknown)}{hint}")


def _suggestion(name: str, known: Collection[str]) -> str:
    """` (did you mean X?)` for the closest known name, case ignored; empty when none is close."""
    import difflib  # only on the way to an error

    by_folded = {candidate.lower(): candidate for candidate in known}
    close = difflib.get_close_matches(name.lower(), list(by_folded), n=1, cutoff=0.6)
    return f" (did you mean {by_folded[close[0]]}?)" if close else ""


def _toml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "a date or time" if not isinstance(value, dict) else "a table"


def _string(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{what} must be a non-empty string")
    return value


def _strings(value: Any, what: str) -> List[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{what} must be a list of strings")
    return list(value)


def _bool(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{what} must be true or false")
    return value


def positive_seconds(value: Any, what: str) -> float:
    """A finite number of seconds above zero (a timeout or deadline of 0 would check nothing)."""
    try:
        seconds = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
    except OverflowError:  # an integer beyond any float
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise ConfigError(f"{what} must be a positive number of seconds")
    return seconds


def endpoint_url(value: Any, what: str) -> str:
    """An http:// or https:// URL with a host. The value itself is not echoed: it may carry
    credentials (`https://user:pass@host`)."""
    from urllib.parse import urlsplit  # only when an endpoint is overridden

    if not isinstance(value, str):
        raise ConfigError(f"{what} must be an http:// or https:// URL")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise ConfigError(f"{what} must be an http:// or https:// URL (it does not parse)") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{what} must be an http:// or https:// URL with a host")
    return value


# --- the runner's own choices: environment and user config -------------------------------------


@dataclass(frozen=True)
class RunnerSettings:
    """Verification settings from the person running secretfence (never from the scanned tree).

    None means "not said here": the command line, then the environment, then the user config
    decide, in that order.
    """

    verify: Optional[bool] = None
    upload_verify: Optional[bool] = None
    allow_internal: Optional[bool] = None
    timeout: Optional[float] = None
    deadline: Optional[float] = None
    endpoints: Mapping[str, str] = field(default_factory=dict)  # overrides of the services' own URLs
    source: str = ""  # the user config file read, for messages; "" when there is none


def user_config_path() -> str:
    base = os.environ.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is invalid and ignored
        base = os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "secretfence", "config.toml")


def load_runner_settings(start: str = ".", project_roots: Sequence[str] = ()) -> RunnerSettings:
    """The user config (refused if it lies inside the scanned repository) overlaid by the environment."""
    path = user_config_path()
    user = _load_user_config(path, [root for root in (repository_root(start), *project_roots) if root])
    endpoints = dict(user.endpoints)
    from secretfence.kinds import REGISTRY

    for key, variable in REGISTRY.endpoint_variables().items():
        value = os.environ.get(variable)
        if value:
            endpoints[key] = endpoint_url(value, variable)
    verify = _environment_flag("SECRETFENCE_VERIFY")
    allow_internal = _environment_flag("SECRETFENCE_VERIFY_ALLOW_INTERNAL")
    return RunnerSettings(
        verify=verify if verify is not None else user.verify,
        # At the upload gate `[upload] verify` overrides `verify`; SECRETFENCE_VERIFY overrides both.
        upload_verify=(verify if verify is not None
                       else user.upload_verify if user.upload_verify is not None else user.verify),
        allow_internal=allow_internal if allow_internal is not None else user.allow_internal,
        timeout=user.timeout,
        deadline=user.deadline,
        endpoints=endpoints,
        source=user.source,
    )


def _environment_flag(variable: str) -> Optional[bool]:
    value = os.environ.get(variable)
    if value is None:
        return None
    word = value.strip().lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ConfigError(f"{variable} must be 1 or 0 (true/false, yes/no, on/off)")


def _inside(path: str, root: str) -> bool:
    root = os.path.join(root, "")
    return path.startswith(root)


def _load_user_config(path: str, roots: Sequence[str]) -> RunnerSettings:
    if not os.path.lexists(path):
        return RunnerSettings()
    # A repository could carry `.config/secretfence/config.toml` where CI sets HOME to the
    # checkout: whatever resolves into the scanned tree is the tree's, not the runner's.
    for root in roots:
        for candidate, real_root in ((os.path.abspath(path), os.path.abspath(root)),
                                     (os.path.realpath(path), os.path.realpath(root))):
            if _inside(candidate, real_root):
                raise ConfigError(
                    f"{path}: refused: a user config inside the scanned repository ({root}) would let the "
                    "repository decide where secrets are sent; keep it outside (XDG_CONFIG_HOME)"
                )
    document = read_toml(path)
    where = f"{path}:"
    _refuse_unknown(document, _USER_KEYS, f"{path}:")
    endpoints = document.get("endpoints", {})
    if not isinstance(endpoints, dict):
        raise ConfigError(f"{where} endpoints must be a table, not {_toml_type(endpoints)}")
    from secretfence.kinds import REGISTRY

    _refuse_unknown(endpoints, REGISTRY.default_endpoints(), f"{path}: [endpoints]")
    upload = document.get("upload", {})
    if not isinstance(upload, dict):
        raise ConfigError(f"{where} upload must be a table, not {_toml_type(upload)}")
    _refuse_unknown(upload, _USER_UPLOAD_KEYS, f"{path}: [upload]")
    return RunnerSettings(
        verify=_bool(document["verify"], f"{where} verify") if "verify" in document else None,
        upload_verify=_bool(upload["verify"], f"{where} [upload] verify") if "verify" in upload else None,
        allow_internal=(_bool(document["verify_allow_internal"], f"{where} verify_allow_internal")
                        if "verify_allow_internal" in document else None),
        timeout=(positive_seconds(document["verify_timeout"], f"{where} verify_timeout")
                 if "verify_timeout" in document else None),
        deadline=(positive_seconds(document["verify_deadline"], f"{where} verify_deadline")
                  if "verify_deadline" in document else None),
        endpoints={key: endpoint_url(value, f"{where} [endpoints] {key}") for key, value in endpoints.items()},
        source=path,
    )
