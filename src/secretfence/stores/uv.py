"""uv: `uv.toml` (UV_CONFIG_FILE; else the project's `uv.toml`, else `[tool.uv]` in its
`pyproject.toml`; and the user's `$XDG_CONFIG_HOME/uv/uv.toml` and the system's
(`$XDG_CONFIG_DIRS/uv/uv.toml`, else `/etc/xdg/uv/uv.toml`, else `/etc/uv/uv.toml`); none with UV_NO_CONFIG), with URLs holding `user:password@`: `[[index]]` `url` and `publish-url`,
`index-url`, `extra-index-url`, `publish-url`, and the same under `[pip]`.

uv reads a password from the keyring only when it is run with `--keyring-provider subprocess`
and the `keyring` command is on PATH: it runs `keyring get <URL> <username>` with the URL it
sends to (then its host). `--fix` keeps `user@` in the URL (uv needs the username for that
lookup), stores the password under the URL without credentials, and says to pass the option.
"""
from __future__ import annotations

import copy
import os
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from secretfence.sources.pypirc import split_userinfo
from secretfence.stores import Credential, StoreFile, Where, find_line, read_store
from secretfence.stores._toml import get, tomllib

TOOL = "uv"
KEYRING_NOTE = "uv reads it only with `--keyring-provider subprocess` (or UV_KEYRING_PROVIDER=subprocess) and the `keyring` command on PATH"
_URL_KEYS = ("index-url", "extra-index-url", "publish-url")
Path = Tuple[Union[str, int], ...]


def paths(where: Where) -> List[Tuple[str, Tuple[str, ...]]]:
    """(file, the table uv reads in it)."""
    if where.env.get("UV_CONFIG_FILE"):
        return [(where.env["UV_CONFIG_FILE"], ())]
    if where.env.get("UV_NO_CONFIG", "").lower() not in ("", "0", "false", "no", "off"):
        return []  # uv --no-config: no configuration file is discovered at all
    found: List[Tuple[str, Tuple[str, ...]]] = []
    project = _project_config(project_dir(where))
    if project is not None:
        found.append(project)
    found.append((os.path.join(where.xdg_config_dir("uv"), "uv.toml"), ()))
    found.append((system_config(where), ()))
    return found


# uv's own fallbacks when no $XDG_CONFIG_DIRS entry holds one, in its order (uv-settings' system_config_file)
_SYSTEM_FALLBACKS = ("/etc/xdg/uv/uv.toml", "/etc/uv/uv.toml")


def system_config(where: Where) -> str:
    """The system configuration uv reads (uv-settings' system_config_file): the first
    `$XDG_CONFIG_DIRS/uv/uv.toml` that is a file (its list ends at an empty entry), else
    /etc/xdg/uv/uv.toml, else /etc/uv/uv.toml. uv falls back to /etc/xdg whether XDG_CONFIG_DIRS
    is set or not: a list without it (a snap's, a container's, `:/etc/xdg`) still reads the
    uv.toml there."""
    for directory in (where.env.get("XDG_CONFIG_DIRS") or "").split(":"):
        if not directory:
            break
        candidate = os.path.join(directory, "uv", "uv.toml")
        if os.path.isfile(candidate):
            return candidate
    for candidate in _SYSTEM_FALLBACKS:
        if os.path.isfile(candidate):
            return candidate
    return _SYSTEM_FALLBACKS[-1]


def project_dir(where: Where) -> str:
    """uv's project directory: `--project`/UV_PROJECT (a pyproject.toml there means its folder),
    relative to where it runs, else where it runs."""
    given = where.env.get("UV_PROJECT")
    path = os.path.normpath(os.path.join(os.path.abspath(where.project), given)) if given else os.path.abspath(where.project)
    if os.path.basename(path) == "pyproject.toml" and os.path.isfile(path):
        path = os.path.dirname(path)
    return path


def _project_config(start: str) -> Optional[Tuple[str, Tuple[str, ...]]]:
    """The project configuration uv reads (uv's FilesystemOptions::find, from its workspace root
    when it finds a workspace, else from the project directory): the nearest folder from there up
    with a uv.toml (preferred) or a pyproject.toml holding [tool.uv]; a pyproject.toml without
    one, or one that does not parse, is passed over."""
    for directory in _ancestors(_workspace_root(start) or start):
        if os.path.lexists(os.path.join(directory, "uv.toml")):
            return os.path.join(directory, "uv.toml"), ()
        pyproject = _pyproject(directory)
        if pyproject is not None and isinstance(get(pyproject, "tool", "uv"), dict):
            return os.path.join(directory, "pyproject.toml"), ("tool", "uv")
    return None


def _workspace_root(start: str) -> Optional[str]:
    """uv's Workspace::discover: the nearest pyproject.toml is the project; it is the root when it
    declares [tool.uv.workspace], else the nearest folder above declaring a workspace whose
    members include it (and whose excludes do not), the search stopping at the first project or
    workspace above; else the project itself. None: no project."""
    import fnmatch

    project = next((d for d in _ancestors(start) if os.path.isfile(os.path.join(d, "pyproject.toml"))), None)
    if project is None:
        return None
    data = _pyproject(project)
    if data is None:
        return None
    if isinstance(get(data, "tool", "uv", "workspace"), dict):
        return project
    if not isinstance(data.get("project"), dict):
        return None
    for directory in _ancestors(os.path.dirname(project)):
        if not os.path.isfile(os.path.join(directory, "pyproject.toml")):
            continue
        above = _pyproject(directory)
        workspace = get(above, "tool", "uv", "workspace") if above is not None else None
        if not isinstance(workspace, dict):
            if above is not None and isinstance(above.get("project"), dict):
                return project  # inside another (non-workspace) project: uv ignores it
            continue
        relative = os.path.relpath(project, directory).replace(os.sep, "/")

        def matches(key: str) -> bool:
            given = workspace.get(key)
            patterns = given if isinstance(given, list) else []
            return any(isinstance(p, str) and fnmatch.fnmatchcase(relative, p.rstrip("/")) for p in patterns)

        if matches("members") and not matches("exclude"):
            return directory
        return project  # excluded or not a member: the project is its own workspace
    return project


def _ancestors(start: str) -> List[str]:
    found = []
    directory = os.path.abspath(start)
    while True:
        found.append(directory)
        parent = os.path.dirname(directory)
        if parent == directory:
            return found
        directory = parent


def _pyproject(directory: str) -> Optional[Dict[str, Any]]:
    """The parsed pyproject.toml of a folder, None when absent or not valid TOML (uv passes over
    an invalid one with a warning)."""
    try:
        with open(os.path.join(directory, "pyproject.toml"), "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None


def read(where: Where) -> List[StoreFile]:
    found = []
    for path, table in paths(where):
        store = read_store(TOOL, path, "a uv config file", "toml")
        if store is None:
            continue
        store.credentials = credentials(store, table)
        found.append(store)
    return found


def _urls(settings: Any, prefix: Path) -> List[Tuple[Path, str, str]]:
    """(key path, where, URL) of every URL uv reads in a settings table."""
    if not isinstance(settings, dict):
        return []
    found: List[Tuple[Path, str, str]] = []
    for position, index in enumerate(settings.get("index") or []):
        if isinstance(index, dict):
            name = index.get("name") if isinstance(index.get("name"), str) else str(position)
            for key in ("url", "publish-url"):
                if isinstance(index.get(key), str):
                    found.append((prefix + ("index", position, key), f"[[index]] {name} {key}", index[key]))
    for key in _URL_KEYS:
        value = settings.get(key)
        for position, url in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(url, str):
                path = prefix + ((key, position) if isinstance(value, list) else (key,))
                found.append((path, key, url))
    if prefix[-1:] != ("pip",):
        found.extend(_urls(settings.get("pip"), prefix + ("pip",)))
    return found


def credentials(store: StoreFile, table: Sequence[str]) -> List[Credential]:
    found = []
    settings = get(store.data, *table) if table else store.data
    for path, where, url in _urls(settings, tuple(table)):
        clean, username, password = split_userinfo(url)
        if not password:
            continue
        shown = f"{where} in [{'.'.join(table)}]" if table else where
        found.append(Credential(
            TOOL, store.path, find_line(store.text, url) or find_line(store.text, password), shown, password,
            username or None, keyring=(clean, username) if username else None, key=path,
            keyring_note=KEYRING_NOTE,
            instead="" if username else "put a username in the URL (uv looks the password up in the keyring under it), "
            "or use UV_PUBLISH_PASSWORD / UV_INDEX_<NAME>_PASSWORD as a CI secret, or Trusted Publishing",
            publishing=path[-1] == "publish-url" or "publish-url" in path))
    return found


def without_password(store: StoreFile, credential: Credential) -> Optional[str]:
    """The file with this URL's password removed (`user@` kept), or None when the URL cannot be
    rewritten exactly (it appears more than once, or the result does not parse as expected)."""
    url = _value(store.data, credential.key)
    if not isinstance(url, str):
        return None
    clean, username, _ = split_userinfo(url)
    scheme, _, rest = clean.partition("://")
    new_url = f"{scheme}://{username}@{rest}"
    quoted = [quote + url + quote for quote in ('"', "'") if store.text.count(quote + url + quote) == 1]
    if len(quoted) != 1 or store.text.count(url) != 1:
        return None
    new_text = store.text.replace(quoted[0], quoted[0][0] + new_url + quoted[0][0])
    expected = copy.deepcopy(store.data)
    parent: Any = expected
    for part in credential.key[:-1]:
        parent = parent[part]
    parent[credential.key[-1]] = new_url
    try:
        return new_text if tomllib.loads(new_text) == expected else None
    except tomllib.TOMLDecodeError:
        return None


def _value(data: Dict[str, Any], key: Sequence[Union[str, int]]) -> Any:
    value: Any = data
    for part in key:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value
