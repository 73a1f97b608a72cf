"""Credentials in the environment the publishers read: the right place for a CI secret, so they
are reported as notes, never blocking and never moved; in a shell profile they are plaintext."""
from __future__ import annotations

import re
from typing import List

from secretfence.sources.pypirc import split_userinfo
from secretfence.stores import Credential, Where

TOOL = "environment"
# variable name -> the tool that sends it
_SECRETS = {
    "UV_PUBLISH_PASSWORD": "uv", "UV_PUBLISH_TOKEN": "uv", "TWINE_PASSWORD": "twine",
    "HATCH_INDEX_AUTH": "hatch", "PDM_PUBLISH_PASSWORD": "pdm", "FLIT_PASSWORD": "flit",
}
_PATTERNS = ((re.compile(r"UV_INDEX_[A-Z0-9_]+_PASSWORD\Z"), "uv"),
             (re.compile(r"POETRY_HTTP_BASIC_[A-Z0-9_]+_PASSWORD\Z"), "poetry"),
             (re.compile(r"POETRY_PYPI_TOKEN_[A-Z0-9_]+\Z"), "poetry"))
_URLS = {"PIP_INDEX_URL": "pip", "PIP_EXTRA_INDEX_URL": "pip", "UV_INDEX_URL": "uv", "UV_EXTRA_INDEX_URL": "uv",
         "UV_INDEX": "uv", "UV_DEFAULT_INDEX": "uv", "UV_PUBLISH_URL": "uv", "TWINE_REPOSITORY_URL": "twine"}

# Indexes uv reads as `[name=]url` (uv's Index::from_str), UV_INDEX a whitespace-separated list.
_NAMED_INDEXES = ("UV_INDEX", "UV_DEFAULT_INDEX")


def _index_url(index: str) -> str:
    """The URL of a uv index argument: `name=url` when the part before the first `=` holds no
    `:` (as uv splits it), else the whole of it."""
    name, equals, url = index.partition("=")
    return url if equals and ":" not in name else index


def credentials(where: Where) -> List[Credential]:
    found = []
    for name in sorted(where.env):
        value = where.env[name]
        tool = _SECRETS.get(name) or next((t for pattern, t in _PATTERNS if pattern.match(name)), None)
        if tool and value:
            found.append(Credential(tool, TOOL, 0, name, value, instead="fine as a CI secret; in a shell profile "
                                    "it is plaintext on disk"))
        elif name in _URLS:
            for url in value.split():
                if name in _NAMED_INDEXES:
                    url = _index_url(url)
                _, username, password = split_userinfo(url)
                if password:
                    found.append(Credential(_URLS[name], TOOL, 0, f"{name} URL", password, username or None,
                                            instead="fine as a CI secret; in a shell profile it is plaintext on disk"))
    return found
