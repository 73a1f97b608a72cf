"""Hatch: its `config.toml` (HATCH_CONFIG, else platformdirs' user config dir `hatch`).

`[publish.index]` holds `user` and `auth` for every repository, and `[publish.index.repos.<name>]`
its own. When no auth is configured, Hatch reads it from the keyring: service = the repository's
name as given to `-r` (default: `publish.index.repo`, else `main`), user = the user it sends
(hatch's `publish/index.py`: `keyring.get_password(repo, user)`).
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from secretfence.stores import Credential, StoreFile, Where, find_line, read_store
from secretfence.stores._toml import get, key_lines, tables, text_value

TOOL = "hatch"
DEFAULT_REPOSITORY = "main"


def paths(where: Where) -> List[str]:
    import os

    return [where.env.get("HATCH_CONFIG") or os.path.join(where.config_dir("hatch"), "config.toml")]


def read(where: Where) -> List[StoreFile]:
    found = []
    for path in paths(where):
        store = read_store(TOOL, path, "a Hatch config file", "toml")
        if store is None:
            continue
        store.credentials = credentials(store)
        found.append(store)
    return found


def credentials(store: StoreFile) -> List[Credential]:
    found: List[Credential] = []
    index = get(store.data, "publish", "index")
    if not isinstance(index, dict):
        return found
    default_user = text_value(index.get("user"))
    default_repo = text_value(index.get("repo")) or DEFAULT_REPOSITORY
    auth = text_value(index.get("auth"))
    if auth:
        key: Tuple[str, ...] = ("publish", "index", "auth")
        found.append(_credential(store, key, auth, default_user, default_repo,
                                 f"publish.index.auth (every repository; moved for `{default_repo}`)"))
    for name, repo in tables(index.get("repos")).items():
        repo_auth = text_value(repo.get("auth"))
        if repo_auth:
            key = ("publish", "index", "repos", name, "auth")
            found.append(_credential(store, key, repo_auth, text_value(repo.get("user")) or default_user, name, ".".join(key)))
    return found


def _credential(store: StoreFile, key: Tuple[str, ...], secret: str, user: Optional[str], repo: str, where: str) -> Credential:
    lines = key_lines(store.text, key)
    line = lines[0] + 1 if lines else find_line(store.text, secret)
    return Credential(
        TOOL, store.path, line, where, secret, user,
        keyring=(repo, user) if user else None, key=key,
        instead="" if user else "set the user beside it: Hatch looks the auth up in the keyring under the user "
        "(or use HATCH_INDEX_USER and HATCH_INDEX_AUTH as CI secrets, or Trusted Publishing)")
