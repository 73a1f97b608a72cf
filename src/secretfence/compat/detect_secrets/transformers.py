"""detect-secrets' file transformers, run as detect-secrets runs them, in time linear in the file.

`detect_secrets.transformers.get_transformed_file` tries each transformer in turn; its config
(INI) transformer then places every value on its line with `IniFileParser`, which compiles a
regex per key and re-slices the list of remaining lines per key: quadratic in the number of
lines (a 40,000-line `.env` took 15 s), and its allowlist-comment regex retries a blank run
from each of its characters. Here the same transformers run in the same order, and the config
ones use `LinearIniFileParser`: the same placement, found with a moving index and plain string
comparisons. tests/compat/detect_secrets/transformers_test.py compares the output with
detect-secrets' own.

The YAML transformer is skipped for a document whose aliases would make its walk explode
(`yaml_walk_is_bounded`): the file's raw lines are scanned instead.

detect-secrets places each transformed value at the index of its line, padding with blank
lines, and reads the list index as the line number. A value can hold newlines (a YAML block
scalar, `"a\nb"`) and several values can share a line (`{a: x, b: y}`): every later index is
then off. `transformed_entries` keeps each value's own line number beside it instead; the engine
scans these entries in addition to the raw lines (engine.scan.Engine.scan_text), never instead.
"""
from __future__ import annotations

import configparser
import re
import base64
from typing import Any, Dict, Iterator, List, Optional, Tuple

import yaml  # type: ignore[import-untyped, unused-ignore]

from detect_secrets.transformers import get_transformers
from detect_secrets.transformers.config import (
    ConfigFileTransformer,
    EagerConfigFileTransformer,
    IniFileParser,
    _construct_values_list,
)
from detect_secrets.transformers.exceptions import ParsingError
from detect_secrets.transformers.yaml import YAMLFileParser, YAMLTransformer

from secretfence.compat.detect_secrets.filters import allowlist_nextline_comment

_ASSIGNMENT_SIGNS = re.compile(r"[ :=]*")

Entry = Tuple[int, str]  # (the 1-based source line a transformed value stands for, its text)


def transformed_entries(file: Any, eager: bool) -> Optional[List[Entry]]:
    """What detect_secrets.transformers.get_transformed_file gives, each value with its own
    line number (with linear config parsing)."""
    transformer: Any
    for transformer in get_transformers():
        if not transformer.should_parse_file(file.name) or eager != transformer.is_eager:
            continue
        if isinstance(transformer, YAMLTransformer) and not yaml_walk_is_bounded(file.getvalue()):
            continue  # an alias bomb: scan the raw lines
        try:
            if isinstance(transformer, (ConfigFileTransformer, EagerConfigFileTransformer)):
                return _config_entries(file, add_header=transformer.is_eager)
            if isinstance(transformer, YAMLTransformer):
                return _yaml_entries(file)
            # Any other transformer a later detect-secrets adds: its lines stand where it puts them.
            return list(enumerate(transformer.parse_file(file), start=1))
        except ParsingError:
            pass
        finally:
            file.seek(0)
    return None


def transformed_lines(file: Any, eager: bool) -> Optional[List[str]]:
    """detect_secrets.transformers.get_transformed_file, with linear config parsing: each value
    at the index of its line, as detect-secrets places it."""
    entries = transformed_entries(file, eager)
    return None if entries is None else padded(entries)


def padded(entries: List[Entry]) -> List[str]:
    """detect-secrets' placement: blank lines until the value's line, then the value (a value
    on a line already taken goes after it)."""
    lines: List[str] = []
    for line_number, text in entries:
        while len(lines) < line_number - 1:
            lines.append("")
        lines.append(text)
    return lines


def _yaml_entries(file: Any) -> List[Entry]:
    """detect_secrets.transformers.yaml.YAMLTransformer.parse_file, keeping line numbers."""
    try:
        items = sorted(YAMLFileParser(file), key=lambda item: item.line_number)
    except yaml.YAMLError:
        raise ParsingError from None
    seen = set()
    entries: List[Entry] = []
    for item in items:
        if item in seen:  # an anchor's values again, through an alias
            continue
        seen.add(item)
        value = item.value
        if isinstance(value, bytes):  # !!binary: its base64 text, as written
            value = base64.b64encode(value).decode()
        comment = yaml_comment(item.line.strip())
        value = value.replace('"', '\\"')
        entries.append((item.line_number, f'{item.key}: "{value}"{comment}'))
    return entries


def yaml_comment(line: str) -> str:
    """What detect-secrets' `_yaml_comment_regex().search(line)` matches (`\\s+#[\\S ]*`), or "",
    in time linear in the line: the regex retries a blank run from each of its characters (a
    100 KB run of blanks in one YAML value took 15 s). The match is the first blank run that
    ends at a `#`, then everything up to the first blank other than a space."""
    start = 0
    while True:
        hash_sign = line.find("#", start)
        if hash_sign < 0:
            return ""
        if hash_sign > 0 and line[hash_sign - 1].isspace():  # `\s` is `str.isspace` for text patterns
            run = hash_sign - 1
            while run > 0 and line[run - 1].isspace():
                run -= 1
            end = hash_sign + 1
            while end < len(line) and (line[end] == " " or not line[end].isspace()):
                end += 1
            return line[run:end]
        start = hash_sign + 1


# detect-secrets' YAML transformer walks the loaded document as a tree, so an alias is walked
# again wherever it is used: a billion-laughs document (aliases of aliases) of a few hundred
# bytes takes minutes and gigabytes. Past this many walked nodes, and this many times the nodes
# the document holds, the transformer is not run: the file's raw lines are scanned instead
# (every plugin still sees every line; only unquoted values miss the quotes it would add).
YAML_WALK_FLOOR = 100_000
YAML_WALK_RATIO = 10


def yaml_walk_is_bounded(text: str) -> bool:
    """Whether detect-secrets' YAML transformer would walk a bounded number of nodes."""
    if "*" not in text:  # no alias: nothing is walked twice
        return True
    counts = yaml_walk_size(text)
    return counts is not None and counts[0] <= max(YAML_WALK_FLOOR, YAML_WALK_RATIO * counts[1])


def yaml_walk_size(text: str) -> Optional[Tuple[int, int]]:
    """(nodes a walk that expands every alias visits, nodes the text holds); None when the
    text does not parse (the transformer fails on it too, and the raw lines are scanned).

    Counted from the parser's events alone, no document is built: an anchored node's expanded
    size is remembered, and each alias of it adds that size again.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the same events, faster
    sizes: Dict[str, int] = {}
    open_nodes: List[List[Any]] = []  # [anchor, expanded size so far] per open collection
    held = walked = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor, 1)
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                held += 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                open_nodes.append([event.anchor, 1])
                held += 1
                continue
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, size = open_nodes.pop()
                if anchor is not None:
                    sizes[anchor] = size
            else:
                continue
            if open_nodes:
                open_nodes[-1][1] += size
            else:
                walked += size
    except yaml.YAMLError:
        return None
    return walked, held


def _config_entries(file: Any, add_header: bool) -> List[Entry]:
    """detect_secrets.transformers.config._parse_file, keeping line numbers."""
    try:
        entries: List[Entry] = []
        for key, value, line_number in LinearIniFileParser(file, add_header=add_header):
            if _is_allowlist_nextline_secret_comment(value):
                entries.append((line_number, value))
                continue
            if len(value) > 6 and value.startswith('"""') and value.endswith('"""'):
                value = value[3:-3]  # (Grafana's ini: a value holding `#` or `;` is wrapped in triple quotes)
            elif value[0] in {"'", '"'} and value[-1] == value[0]:
                value = value[1:-1]
            value = value.replace('"', '\\"')
            entries.append((line_number, f'{key} = "{value}"'))
        return entries
    except configparser.Error:
        raise ParsingError from None


def _is_allowlist_nextline_secret_comment(line: str) -> bool:
    """detect_secrets.transformers.config._is_allowlist_nextline_secret_comment."""
    return allowlist_nextline_comment(line, ("#", ";"))


class LinearIniFileParser(IniFileParser):
    """IniFileParser, placing values on their lines in one pass over the file's lines."""

    def __init__(self, file: Any, add_header: bool = False) -> None:
        super().__init__(file, add_header=add_header)
        self._first = 0  # detect-secrets slices `self.lines` from here on

    def __iter__(self) -> Iterator[Tuple[str, str, int]]:
        """detect-secrets' walk, but a file configparser cannot interpolate (a `%` in a Django
        key, `100%`, a `%(asctime)s` log format) is read raw instead of failing whole: every
        unquoted value of such a `.env` went unseen. A file it can interpolate reads as before."""
        if not self.parser.sections():
            raise configparser.Error  # as detect-secrets: not an INI file
        try:
            sections = [self.parser.items(name) for name in self.parser]
        except configparser.InterpolationError:
            sections = [self.parser.items(name, raw=True) for name in self.parser]
        for items in sections:
            for key, values in items:
                for value, offset in self._get_value_and_line_offset(key, values):
                    if value:
                        yield key, value, offset

    def _get_value_and_line_offset(self, key: str, values: str) -> List[Tuple[str, int]]:
        values_list = _construct_values_list(values)
        if not values_list:
            return []
        current_value_list_index = 0
        output = []
        lines, first = self.lines, self._first
        for line_offset in range(len(lines) - first):
            line = lines[first + line_offset]
            if _is_allowlist_nextline_secret_comment(line):
                output.append((line, self.line_offset + line_offset + 1))
                continue
            if not line or self._comment_regex.match(line):
                continue
            if current_value_list_index == 0:
                if _assigns(line, key, values_list[0]):
                    output.append((values_list[0], self.line_offset + line_offset + 1))
                    current_value_list_index += 1
                continue
            if current_value_list_index == len(values_list):
                if line_offset == 0:
                    line_offset = 1  # Don't want to count the same line again
                self.line_offset += line_offset
                self._first += line_offset
                break
            output.append((values_list[current_value_list_index], self.line_offset + line_offset + 1))
            current_value_list_index += 1
        else:
            self._first = len(lines)
        return output


def _assigns(line: str, key: str, value: str) -> bool:
    """`re.match(r'^\\s*' + re.escape(key) + '[ :=]+' + re.escape(value), line)` on a stripped
    line, without compiling a regex per key: the signs' run gives back only what the value
    starts with."""
    if not line.startswith(key):
        return False
    start = len(key)
    signs_end = _ASSIGNMENT_SIGNS.match(line, start).end()  # type: ignore[union-attr]
    if signs_end == start:
        return False
    leading = len(value) - len(value.lstrip(" :="))
    if leading < len(value):  # the value's first other character stands right after the run
        return signs_end - leading > start and line.startswith(value, signs_end - leading)
    return line.find(value, start + 1, signs_end) >= 0  # all signs: inside the run
