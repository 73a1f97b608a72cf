"""PDM: its global `config.toml` (PDM_CONFIG_FILE, else platformdirs' user config dir `pdm`) and
the project's `pdm.toml`.

`[repository.<name>]` holds `url`, `username` and `password` for `pdm publish`; `[pypi.<name>]`
holds index sources with a `password` (installs, not publishing: reported, never sent). For a
repository without a password PDM asks the keyring, service = the repository URL, user = its
username (pdm's `models/auth.py` Keyring.get_auth_info / save_auth_info).
"""
from __future__ import annotations

import os
from typing import List

from secretfence.stores import Credential, StoreFile, Where, find_line, read_store
from secretfence.stores._toml import get, key_lines, tables, text_value

TOOL = "pdm"
DEFAULT_URLS = {"pypi": "https://upload.pypi.org/legacy/", "testpypi": "https://test.pypi.org/legacy/"}


def paths(where: Where) -> List[str]:
    return [where.env.get("PDM_CONFIG_FILE") or os.path.join(where.config_dir("pdm"), "config.toml"),
            os.path.join(where.project, "pdm.toml")]


def read(where: Where) -> List[StoreFile]:
    found = []
    for path in paths(where):
        store = read_store(TOOL, path, "a PDM config file", "toml")
        if store is None:
            continue
        store.credentials = credentials(store)
        found.append(store)
    return found


def credentials(store: StoreFile) -> List[Credential]:
    found = []
    for name, repository in tables(get(store.data, "repository")).items():
        password = text_value(repository.get("password"))
        if not password:
            continue
        key = ("repository", name, "password")
        user = text_value(repository.get("username"))
        url = text_value(repository.get("url")) or DEFAULT_URLS.get(name)
        lines = key_lines(store.text, key)
        line = lines[0] + 1 if lines else find_line(store.text, password)
        movable = bool(user and url)
        found.append(Credential(
            TOOL, store.path, line, ".".join(key), password, user,
            keyring=(url, user) if movable and url and user else None, key=key,
            instead="" if movable else "set the repository's username and url beside it: PDM looks the password up "
            "in the keyring under them (or use PDM_PUBLISH_PASSWORD as a CI secret, or Trusted Publishing)"))
    for name, source in tables(get(store.data, "pypi")).items():
        password = text_value(source.get("password"))
        if password:
            key = ("pypi", name, "password")
            lines = key_lines(store.text, key)
            found.append(Credential(
                TOOL, store.path, lines[0] + 1 if lines else find_line(store.text, password), ".".join(key), password,
                text_value(source.get("username")), key=key, publishing=False,
                instead="remove it and let PDM read it from the keyring (`keyring set <index URL> <username>`)"))
    return found
