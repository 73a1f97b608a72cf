"""TOML stores: parsed with tomllib (tomli before 3.11), and a key removed by deleting the one line
that sets it, checked by parsing the result: the new file must read exactly as the old one
without that key, or nothing is rewritten (an inline table, a multi-line string, a key set in
an unusual layout are refused, never guessed)."""
from __future__ import annotations

import copy
import re
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple

from secretfence.errors import UnreadableInputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older interpreters only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*'))*)\s*=""")
_PART = re.compile(r"""\s*([A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')\s*(?:\.|$)""")


def load(text: str, shown: str) -> Dict[str, Any]:
    """The parsed document, or a one-line error naming the file and the line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends "(at line N, column M)": the position, never the value.
        where = re.search(r"\(at line \d+, column \d+\)|\(at end of document\)", str(error))
        raise UnreadableInputError(f"{shown}: not valid TOML {where.group(0) if where else ''}".rstrip()) from None


def _parts(dotted: str) -> Tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _PART.findall(dotted))


def key_lines(text: str, key: Sequence[str]) -> List[int]:
    """0-based lines that set `key` (a full key path) directly: `k = …` under its table's header,
    or a dotted key under a parent's header."""
    found = []
    table: Tuple[str, ...] = ()
    array = False
    for index, line in enumerate(text.splitlines()):
        header = _HEADER.match(line)
        if header:
            table, array = _parts(header.group(2)), header.group(1) == "[["
            continue
        assignment = _KEY.match(line)
        if assignment and not array and table + _parts(assignment.group(1)) == tuple(key):
            found.append(index)
    return found


def without_key(text: str, data: Dict[str, Any], key: Sequence[str], shown: str) -> Optional[str]:
    """`text` without the line setting `key`, or None when that cannot be done exactly."""
    lines = key_lines(text, key)
    if len(lines) != 1:
        return None
    kept = text.splitlines(keepends=True)
    del kept[lines[0]]
    new_text = "".join(kept)
    expected = copy.deepcopy(data)
    parent: Any = expected
    for part in key[:-1]:
        parent = parent[part]
    del parent[key[-1]]
    try:
        if tomllib.loads(new_text) != expected:
            return None
    except tomllib.TOMLDecodeError:
        return None
    return new_text


def get(data: Dict[str, Any], *key: str) -> Any:
    """data[key[0]][key[1]]…, or None."""
    value: Any = data
    for part in key:
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def tables(value: Any) -> Dict[str, Dict[str, Any]]:
    """The sub-tables of a table (name -> table), ignoring anything else."""
    if not isinstance(value, dict):
        return {}
    return {name: table for name, table in value.items() if isinstance(table, dict)}



def text_value(value: object) -> Optional[str]:
    """A setting's value when it is a non-empty string (a password, a user name, a URL)."""
    return value if isinstance(value, str) and value else None
