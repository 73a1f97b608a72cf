"""pip: `pip.conf` / `pip.ini` files (PIP_CONFIG_FILE; else the global, user and site files pip
reads) and PIP_INDEX_URL / PIP_EXTRA_INDEX_URL, with `user:password@` in an index URL.

pip reads them with RawConfigParser (no interpolation: a `%` is part of the value). pip sends
them when installing, not publishing: reported, and blocking only inside an artifact (kinds).
pip reads a password from the keyring with `--keyring-provider import|subprocess`, service =
the index URL (then its host), so the fix is by hand: remove it from the URL and `keyring set`.
"""
from __future__ import annotations

import configparser
import os
import sys
from typing import List

from secretfence.errors import UnreadableInputError
from secretfence.sources.pypirc import split_userinfo
from secretfence.stores import Credential, StoreFile, Where, find_line, read_store

TOOL = "pip"
_URL_OPTIONS = ("index-url", "extra-index-url", "index_url", "extra_index_url")
INSTEAD = ("remove the password from the URL and store it with `keyring set <index URL> <username>` "
           "(pip reads it with --keyring-provider import or subprocess)")


def paths(where: Where) -> List[str]:
    if where.env.get("PIP_CONFIG_FILE"):
        # pip: PIP_CONFIG_FILE=os.devnull means "load no configuration file at all".
        return [] if where.env["PIP_CONFIG_FILE"] == os.devnull else [where.env["PIP_CONFIG_FILE"]]
    name = "pip.ini" if sys.platform == "win32" else "pip.conf"
    found = ["/etc/pip.conf", "/etc/xdg/pip/pip.conf"] if sys.platform != "win32" else []
    found += [os.path.join(where.home(), ".pip", name), os.path.join(where.xdg_config_dir("pip"), name)]
    if where.env.get("VIRTUAL_ENV"):
        found.append(os.path.join(where.env["VIRTUAL_ENV"], name))
    return found


def read(where: Where) -> List[StoreFile]:
    found = []
    for path in paths(where):
        store = read_store(TOOL, path, "a pip config file", "ini")
        if store is None:
            continue
        store.credentials = credentials(store)
        found.append(store)
    return found


def parse(text: str, shown: str) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser()
    try:
        parser.read_string(text, source=shown)
    except configparser.Error as error:
        line = getattr(error, "lineno", None)
        raise UnreadableInputError(f"{shown}: not a valid INI file ({type(error).__name__}"
                                   f"{f', line {line}' if line else ''})") from None
    return parser


def credentials(store: StoreFile) -> List[Credential]:
    found = []
    parser = parse(store.text, store.path)
    for section in parser.sections():
        for option in _URL_OPTIONS:
            if not parser.has_option(section, option):
                continue
            for url in parser.get(section, option).split():
                _, username, password = split_userinfo(url)
                if password:
                    found.append(Credential(TOOL, store.path, find_line(store.text, url) or find_line(store.text, password),
                                            f"{option} in [{section}]", password, username or None,
                                            publishing=False, instead=INSTEAD))
    return found
