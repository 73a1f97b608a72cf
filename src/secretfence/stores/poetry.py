"""Poetry: `auth.toml` and `config.toml` in its config directory (POETRY_CONFIG_DIR, else
platformdirs' user config dir `pypoetry`), and the project's `poetry.toml`.

Poetry keeps `http-basic.<repository>` (username, password) and `pypi-token.<repository>` there
when no keyring is available. It reads a missing password from the keyring, service
`poetry-repository-<repository>`, user the configured username (`__token__` for a token): poetry's
`utils/password_manager.py` (PoetryKeyring with namespace "poetry-repository").
"""
from __future__ import annotations

import os
from typing import List, Tuple

from secretfence.stores import Credential, StoreFile, Where, find_line, read_store
from secretfence.stores._toml import get, key_lines, tables

TOOL = "poetry"
TOKEN_USERNAME = "__token__"


def service(repository: str) -> str:
    return f"poetry-repository-{repository}"


def paths(where: Where) -> List[str]:
    directory = where.env.get("POETRY_CONFIG_DIR") or where.config_dir("pypoetry")
    return [os.path.join(directory, "auth.toml"), os.path.join(directory, "config.toml"),
            os.path.join(where.project, "poetry.toml")]


def read(where: Where) -> List[StoreFile]:
    found = []
    for path in paths(where):
        store = read_store(TOOL, path, "a Poetry config file", "toml")
        if store is None:
            continue
        store.credentials = credentials(store)
        found.append(store)
    return found


def _line(store: StoreFile, key: Tuple[str, ...], secret: str) -> int:
    lines = key_lines(store.text, key)
    return lines[0] + 1 if lines else find_line(store.text, secret)


def credentials(store: StoreFile) -> List[Credential]:
    found = []
    for name, auth in tables(get(store.data, "http-basic")).items():
        password, username = auth.get("password"), auth.get("username")
        if isinstance(password, str) and password:
            key: Tuple[str, ...] = ("http-basic", name, "password")
            user = username if isinstance(username, str) and username else None
            found.append(Credential(
                TOOL, store.path, _line(store, key, password), ".".join(key), password, user,
                keyring=(service(name), user) if user else None, key=key,
                instead="" if user else f"set http-basic.{name}.username: Poetry looks the password up under it"))
    tokens = get(store.data, "pypi-token")
    if isinstance(tokens, dict):
        for name, token in tokens.items():
            if isinstance(token, str) and token:
                key = ("pypi-token", name)
                found.append(Credential(TOOL, store.path, _line(store, key, token), ".".join(key), token,
                                        TOKEN_USERNAME, keyring=(service(name), TOKEN_USERNAME), key=key))
    return found
