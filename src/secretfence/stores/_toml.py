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


def strings(value: Any) -> List[str]:
    """Every string of a parsed document, keys included: where a value could still be read."""
    found: List[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            found.extend(str(key) for key in item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def still_held(text: str, secrets: Sequence[str]) -> Optional[set]:
    """The secrets a TOML text still yields once parsed (escaped, split over lines by a line-ending
    backslash, in a key), or None when it does not parse (nothing can be said then)."""
    try:
        values = strings(tomllib.loads(text))
    except tomllib.TOMLDecodeError:
        return None
    return {secret for secret in secrets if any(secret in value for value in values)}


def basic_string(value: str) -> str:
    """`value` as a TOML basic string (JSON's escapes are TOML's; DEL escaped too)."""
    import json

    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


# A value spread over more lines than this (a multi-line string) is not looked for.
_VALUE_LINES = 64


def with_values_replaced(text: str, replacements: Dict[str, str]) -> str:
    """`text` with every `key = value` whose string value is one of `replacements`' keys, in any
    spelling (escapes, a literal or multi-line string), set to the replacement (a basic string);
    the rest kept as it is. A comment ending such a line goes with it."""
    lines = text.splitlines(keepends=True)
    out: List[str] = []
    index = 0
    while index < len(lines):
        assignment = _KEY.match(lines[index])
        replaced = False
        if assignment:
            for last in range(index, min(len(lines), index + _VALUE_LINES)):
                try:
                    parsed: Any = tomllib.loads("".join(lines[index:last + 1]))
                except tomllib.TOMLDecodeError:
                    continue
                while isinstance(parsed, dict) and len(parsed) == 1:
                    parsed = next(iter(parsed.values()))
                if isinstance(parsed, str) and parsed in replacements:
                    ending = lines[last][len(lines[last].rstrip("\r\n")):]
                    out.append(lines[index][:assignment.end()] + " " + basic_string(replacements[parsed]) + ending)
                    index, replaced = last + 1, True
                break
        if not replaced:
            out.append(lines[index])
            index += 1
    return "".join(out)
