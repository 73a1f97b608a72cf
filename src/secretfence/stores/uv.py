"""uv: `uv.toml` (UV_CONFIG_FILE; else the project's `uv.toml`, else `[tool.uv]` in its
`pyproject.toml`; and the user's `$XDG_CONFIG_HOME/uv/uv.toml` and the system's
`/etc/uv/uv.toml`; none with UV_NO_CONFIG), with URLs holding `user:password@`: `[[index]]` `url` and `publish-url`,
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
from secretfence.stores._toml import get, load, tomllib

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
    project_toml = os.path.join(where.project, "uv.toml")
    if os.path.lexists(project_toml):
        found.append((project_toml, ()))
    else:
        found.append((os.path.join(where.project, "pyproject.toml"), ("tool", "uv")))
    found.append((os.path.join(where.xdg_config_dir("uv"), "uv.toml"), ()))
    found.append(("/etc/uv/uv.toml", ()))
    return found


def read(where: Where) -> List[StoreFile]:
    found = []
    for path, table in paths(where):
        read_back = read_store(TOOL, path, "a uv config file")
        if read_back is None:
            continue
        raw, text, real, mode = read_back
        store = StoreFile(TOOL, path, real, raw, text, mode, "toml", data=load(text, path))
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
