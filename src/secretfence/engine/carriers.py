"""Text a file carries that its lines do not show as it is (issue 14): files inside files,
encoded values and split tokens.

- **Files inside files** (`embedded`): a YAML block scalar (`redis.conf: |`), a run of JSON
  strings (a notebook's `source`/`outputs` lists) or one JSON string with `\\n` escapes, a shell
  here-document (`cat > ~/.pypirc <<EOF`), the `echo`/`printf` lines that write a file. Each is
  an `Embedded` text, named after the file it is when the carrier says (the YAML key, the
  here-doc's or the echo's target), with the outer line each of its lines stands on.
- **Encoded values and split tokens** (`view`): the file's text with base64 values decoded in
  place and tokens assembled from adjacent string literals (`"pypi-AgEI" "cHlw…"`, `+`,
  implicit concatenation across lines, shell `\\` continuations, a folded YAML scalar of one
  word a line), every line where it was. Only the changed lines are scanned again.
- **Code escaped in XML** (`xml_code`): a code element's text (Mirth's `<script>`, Jenkins' `<command>`),
  its `&quot;` entities unescaped, read as the JavaScript, shell or Groovy it is.

Everything here is a regex pass over the text (C speed) plus work only where a carrier is;
texts, candidates and decoded sizes are bounded (the `MAX_*` constants below).
"""
from __future__ import annotations

import binascii
import itertools
import re
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING, Callable, Dict, Iterator, List, Optional, Set, Tuple

from secretfence._dataclass import dataclass, field
from secretfence._lazy import lazy_modules
from secretfence.prefilter.spec import LazyPattern, lazy_regex

if TYPE_CHECKING:
    import base64
    import json
else:
    # Used on a candidate value only: kept out of the commit hook's start-up.
    lazy_modules(globals(), "base64", "json")

# How deep carriers nest (a here-doc in a workflow's `run: |`, base64 in a block scalar): the
# outer file is depth 0, each carrier opened adds one.
MAX_DEPTH = 3
# A text larger than this is not searched for carriers (its raw lines are scanned as ever).
MAX_TEXT = 16 * 1024 * 1024
# An embedded file larger than this is not scanned as a file of its own (its lines are, in the
# outer file); all embedded files of one text together at most MAX_EMBEDDED_TOTAL.
MAX_EMBEDDED = 2 * 1024 * 1024
MAX_EMBEDDED_TOTAL = 8 * 1024 * 1024
MAX_EMBEDDED_COUNT = 2000
# Base64: runs from 16 characters (a 12-character password) up to a decoded 64 KiB; at most this
# many decoded per text; decoded again while the result is base64 itself, this many times.
MIN_BASE64 = 16
MAX_BASE64 = 64 * 1024 * 4 // 3 + 4
MAX_DECODED_VALUES = 4096
MAX_DECODE_DEPTH = 2
# Split tokens: an assembled run of token characters across a join at least this long.
MIN_JOINED_TOKEN = 16
MAX_LITERALS = 64  # literals in one concatenation

BLOCK_SCALAR = "a YAML block scalar"
JSON_STRINGS = "JSON strings"
HERE_DOCUMENT = "a here-document"
ECHO_LINES = "echo/printf lines"
DECODED = "base64"
ASSEMBLED = "split string literals"
HOISTED = "a value on the line after its name"
STATEMENT = "an SQL statement written over adjacent literals"
NAMED_PAIRS = "name/value fields"
ASSIGNMENTS = "typed or Make assignments, or XML elements"
XML_CODE = "code escaped in an XML element"
HTML_PAGE = "an HTML page's text"
PAGE_SCRIPT = "an HTML page's script"
WIKI_PAGE = "a MediaWiki page's text"
WIKI_MARKUP = "a wiki page's markup"
RST_PAGE = "a reStructuredText page's literals"
PYTHON_STRING = "a Python string holding an INI file"
XML_STRING = "a string in code holding an XML document"
CHAT_EXPORT = "a chat's JSON export"
CALENDAR_TEXT = "a calendar event's text"
REVIEW_DIFF = "a code review's diff"


@dataclass(frozen=True)
class Embedded:
    """A text a file holds as a whole file: scanned under `name`, each of its lines reported on
    the outer line `lines[index]` (1-based)."""

    name: str
    text: str = field(repr=False)
    lines: Tuple[int, ...]
    carrier: str


@dataclass
class View:
    """The text with values decoded and literals assembled in place (same number of lines);
    `changed`: line index -> what was done there."""

    lines: List[str]
    changed: Dict[int, str] = field(default_factory=dict)
    # line index -> the one-token value a decoding call in the code hides there (`_K = "<base64>"`
    # then `base64.b64decode(_K)`): written so that it does not read as what it is
    hidden: Dict[int, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def assemble(self, first: int, last: int, line: str, how: str = ASSEMBLED) -> None:
        """Lines `first` to `last` read as the one line `line`, standing on the first (the others left
        blank: the line numbers stay the source's); `how` says what was done there."""
        self.lines[first] = line
        for index in range(first + 1, last + 1):
            self.lines[index] = ""
        self.changed[first] = how


# --- names ---------------------------------------------------------------------------------------

_NAME_CHARACTERS = lazy_regex(r"^[\w.@+~$-]+$")


def file_name_of(key: str) -> str:
    """The file a key or a path names (its last component), or "" when it names none."""
    key = key.strip().strip("\"'").rstrip("/")
    key = key.rsplit("/", 1)[-1]
    return key if key and len(key) <= 128 and _NAME_CHARACTERS.match(key) else ""


def _inner_name(outer: str, key: str) -> str:
    """The name an embedded text is scanned under: the file its key names, or the key itself
    (`redis`, `credentials` still say what the text is), or a name of no known type."""
    named = file_name_of(key)
    if named:
        return named
    return outer.rsplit("/", 1)[-1] + "!embedded"


# --- YAML block scalars ---------------------------------------------------------------------------

_BLOCK_HEADER = lazy_regex(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)*"
    # (a key's last character is no blank: a lazy run of any character before `[ \t]*:` would read a blank run
    # once for each of its blanks, on a line of `echo`, 60,000 blanks and `>`)
    r"(?:(?P<key>\"[^\"\n]*\"|'[^'\n]*'|[^\s#'\"\-|>](?:[^\n:]*[^\s:])?|-[^\s:](?:[^\n:]*[^\s:])?)[ \t]*:[ \t]+)?"
    r"(?P<style>[|>])(?P<indicators>[1-9][+-]?|[+-][1-9]?)?[ \t]*(?:#[^\n]*)?$",
    re.MULTILINE,
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


# Where a block scalar's header can be (searched from its `|` or `>`, at C speed): the gate
# before the full header pattern is tried on every line. Only the blank before the indicator is
# looked behind for: YAML allows any number of blanks after the `:` or `-` (`key:  |`), and a
# lookbehind has a fixed width; the header pattern checks the rest.
_BLOCK_GATE_LITERAL = lazy_regex(r"\|(?<=[ \t]\|)[1-9+\-]{0,2}[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
_BLOCK_GATE_FOLDED = lazy_regex(r">(?<=[ \t]>)[1-9+\-]{0,2}[ \t]*(?:#[^\n]*)?$", re.MULTILINE)


class _BlockGate:
    """A block scalar's header can be here: `: |` or `- >` (and indicators) at a line's end.
    Two searches led by the `|` or `>` itself (a literal: memchr speed), not one led by a class."""

    @staticmethod
    def search(text: str) -> Optional["re.Match[str]"]:
        found = _BLOCK_GATE_LITERAL.search(text) if "|" in text else None
        return found or (_BLOCK_GATE_FOLDED.search(text) if ">" in text else None)


_BLOCK_GATE = _BlockGate()
# A folded header's `>` follows a blank (`key: >`, `- >`) or opens its line, as in _BLOCK_HEADER:
# a `>` that ends a line of HTML or of prose is no header (363 of 5,861 files of the benchmark
# tree passed the gate without the lookbehind, 2 with it).
_FOLDED_GATE = lazy_regex(r">(?<![^ \t\n]>)[1-9+\-]{0,2}[ \t]*$", re.MULTILINE)


def block_scalars(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    if _BLOCK_GATE.search(text) is None:
        return
    for header in _BLOCK_HEADER.finditer(text):
        index = _line_index(starts, header.start())
        parent = len(header.group("indent"))
        body: List[str] = []
        content_indent = -1
        end = index + 1
        held = 0
        while end < len(lines) and held <= MAX_EMBEDDED:
            line = lines[end]
            held += len(line) + 1
            if line.strip():
                if content_indent < 0:
                    content_indent = _indent(line)
                    if content_indent <= parent:
                        break
                elif _indent(line) < content_indent:
                    break
            body.append(line)
            end += 1
        while body and not body[-1].strip():
            body.pop()
        if content_indent <= parent or not body or held > MAX_EMBEDDED:
            continue
        content = [line[content_indent:] if line.strip() else "" for line in body]
        key = header.group("key") or ""
        yield Embedded(_inner_name(outer, key), "\n".join(content) + "\n",
                       tuple(range(index + 2, index + 2 + len(content))), BLOCK_SCALAR)


# --- JSON strings ---------------------------------------------------------------------------------

_JSON_ELEMENT = lazy_regex(r'^[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*(?:,[ \t]*)?$', re.MULTILINE)
_ELEMENT_GATE = lazy_regex(r'\\n"[ \t]*(?:,[ \t]*)?$', re.MULTILINE)
_FILE_KEY = lazy_regex(r'"(?:[^"\n/]{0,120}/)?([^"\n/]{1,120}\.[A-Za-z0-9]{1,8})"[ \t]*:[ \t]*"')
# What every _FILE_KEY match holds, led by the dot: _FILE_KEY itself, tried at every quote of a
# Python file, backtracks over the key in search of its dot.
_FILE_KEY_GATE = lazy_regex(r'\.[A-Za-z0-9]{1,8}"[ \t]*:[ \t]*"')
_KEY_WINDOW = 160  # how far before a value its key is looked for (a key is at most 128 characters)
_STRING_AT = lazy_regex(r'"((?:[^"\\\n]|\\.)*)"')
_ESCAPED_NEWLINE = lazy_regex(r"\\n")  # searched from its backslash (memchr): twice as fast as `"\\n" in text`
_HEREDOC_MARK = lazy_regex("<<")
_CELL_MAGIC = lazy_regex("%%")
_ESCAPED_PERCENT = lazy_regex(r"\\u0025")


def _has_code_escape(text: str) -> bool:
    return "&quot;" in text or "&apos;" in text or "&#34;" in text or "&#39;" in text


def _may_open_with_magic(text: str) -> bool:
    """A `%%writefile` magic can be in the text (as it is, or with its `%` escaped)."""
    return _CELL_MAGIC.search(text) is not None or _ESCAPED_PERCENT.search(text) is not None


def _has_escaped_newline(text: str) -> bool:
    return _ESCAPED_NEWLINE.search(text) is not None


_JSON_KEY_BEFORE = lazy_regex(r'"([^"\n]{1,128})"[ \t]*:[ \t]*$')
_WRITEFILE = lazy_regex(r"^%%(?:writefile|file)(?:[ \t]+-a)?[ \t]+(\S+)")


def _json_text(body: str) -> Optional[str]:
    try:
        value = json.loads('"' + body + '"')
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def json_strings(outer: str, lines: List[str], text: str, starts: "LineStarts",
                 hits: Optional[Set[int]] = None, named: Callable[[str], bool] = lambda name: False) -> Iterator[Embedded]:
    """Runs of lines that are each one JSON string (a notebook's source and outputs), joined as
    the tool that reads them joins them; and single strings holding `\\n` escapes."""
    # (in a notebook every run of string lines is a cell's lines, a one-line cell's too: nbformat
    # writes a cell's last line without its `\n`, so a one-line cell holds no escaped line break)
    notebook = outer.lower().endswith(".ipynb")
    if '"' not in text or not (notebook or _has_escaped_newline(text)):
        return
    # Elsewhere a run of string lines is text split into them only if one ends in an escaped line break.
    has_runs = notebook or _ELEMENT_GATE.search(text) is not None
    if has_runs and hits is not None and not _may_open_with_magic(text):
        # Only runs with a hit line in them are read (a gettext .po file is one long run of
        # string lines): found around the hits, not by reading every line of the file. (A run
        # opening with a `%%writefile` magic is read wherever it is: its name may need no hit.)
        runs, is_element = _runs_around(lines, hits)
    else:
        runs = _all_runs(text, starts) if has_runs else []
        in_all_runs = {first + offset for first, pieces in runs for offset in range(len(pieces))}
        is_element = in_all_runs.__contains__
    for first, pieces in runs:
        if not notebook and not any("\\n" in piece for piece in pieces):
            continue  # lines of plain string literals (Python, YAML): no text was split into them
        magic_line = _WRITEFILE.match(_json_text(pieces[0]) or "")
        magic_name = file_name_of(magic_line.group(1)) if magic_line else ""
        if hits is not None and not any(first + offset in hits for offset in range(len(pieces))) and not (
                magic_name and named(magic_name)):
            continue  # no keyword of any detector in it, escaped or not, and no name that needs none
        decoded_lines: List[str] = []
        numbers: List[int] = []
        # The pending (unfinished) decoded line's pieces, kept apart and joined once it ends: a run of
        # thousands of pieces without a line break (a notebook's) is read in linear time.
        pending: List[str] = []
        pending_from = first + 1  # the outer line the pending decoded line began on
        for offset, piece in enumerate(pieces):
            decoded = _json_text(piece)
            if decoded is None:
                decoded = piece
            if not pending:
                pending_from = first + offset + 1
            parts = decoded.split("\n")
            if len(parts) > 1:
                decoded_lines.append("".join(pending) + parts[0])
                numbers.append(pending_from)
                for part in parts[1:-1]:
                    decoded_lines.append(part)
                    numbers.append(first + offset + 1)
                pending, pending_from = [], first + offset + 1
            if parts[-1]:
                pending.append(parts[-1])
        if pending:
            decoded_lines.append("".join(pending))
            numbers.append(pending_from)
        name = outer.rsplit("/", 1)[-1] + ("!cell.py" if outer.endswith(".ipynb") else "!strings")
        magic = _WRITEFILE.match(decoded_lines[0]) if decoded_lines else None
        if magic:
            name = file_name_of(magic.group(1)) or name
            decoded_lines[0] = ""
        yield Embedded(name, "\n".join(decoded_lines) + "\n", tuple(numbers), JSON_STRINGS)
    inline: Set[int] = set()  # (lines read as a whole cell: their strings are not read one by one again)
    for index in (_inline_cell_lines(lines, hits) if notebook and "[" in text else ()):
        cell = _inline_cell(outer, lines[index], index + 1)
        if cell is not None:
            inline.add(index)
            yield cell
    if hits is not None:
        # Lines a prefilter hit on (a string's keywords show through its escapes), and strings
        # under a key naming a file whose name alone makes its lines candidates.
        chosen = {index for index in hits if index < len(lines) and "\\n" in lines[index]}
        if _FILE_KEY_GATE.search(text) is not None:
            chosen.update(_line_index(starts, key.start()) for key in _FILE_KEY.finditer(text) if named(key.group(1)))
        for index in sorted(chosen):
            if not (has_runs and is_element(index)) and index not in inline:
                yield from _escaped_strings(outer, lines[index], index + 1)
        return
    done = -1
    for escape in _ESCAPED_NEWLINE.finditer(text):
        index = _line_index(starts, escape.start())
        if index <= done or is_element(index) or index in inline:
            continue
        done = index
        yield from _escaped_strings(outer, lines[index], index + 1)


# A notebook cell's lines written as one JSON array on one line (`"source": ["import requests\\n", "KEY = …"]`, as
# a compact writer or a hand leaves them; a stream output's `"text": [...]` too): the cell is the strings joined.
_INLINE_CELL = lazy_regex(
    r'"(?:source|text)"[ \t]*:[ \t]*(?P<array>\[[ \t]*"(?:[^"\\\n]|\\.)*"(?:[ \t]*,[ \t]*"(?:[^"\\\n]|\\.)*"){0,4096}[ \t]*\])')
_INLINE_CELL_GATE = lazy_regex(r'"(?:source|text)"[ \t]*:[ \t]*\[[ \t]*"')


def _inline_cell_lines(lines: List[str], hits: Optional[Set[int]]) -> Iterator[int]:
    """The lines (0-based) of a notebook that may hold a cell's lines as one array: a prefilter's hit lines, or all."""
    for index in (sorted(hits) if hits is not None else range(len(lines))):
        if index < len(lines) and _INLINE_CELL_GATE.search(lines[index]) is not None:
            yield index


def _inline_cell(outer: str, line: str, number: int) -> Optional[Embedded]:
    """The cell a notebook's line holds as one JSON array of its lines (see _INLINE_CELL), read as a cell is."""
    found = _INLINE_CELL.search(line)
    if found is None:
        return None
    try:
        pieces = json.loads(found.group("array"))
    except ValueError:
        return None
    if not all(isinstance(piece, str) for piece in pieces):
        return None
    decoded = "".join(pieces)
    if "\n" not in decoded:
        return None  # (a one-line cell: the line's own reading has it)
    return Embedded(outer.rsplit("/", 1)[-1] + "!cell.py", decoded + "\n", tuple([number] * (decoded.count("\n") + 1)),
                    JSON_STRINGS)


def _all_runs(text: str, starts: "LineStarts") -> List[Tuple[int, List[str]]]:
    """Every run of lines that are each one JSON string: (first line index, the strings' bodies)."""
    runs: List[Tuple[int, List[str]]] = []
    for element in _JSON_ELEMENT.finditer(text):
        index = _line_index(starts, element.start())
        if runs and runs[-1][0] + len(runs[-1][1]) == index:
            runs[-1][1].append(element.group(1))
        else:
            runs.append((index, [element.group(1)]))
    return runs


def _runs_around(lines: List[str], hits: Set[int]) -> Tuple[List[Tuple[int, List[str]]], Callable[[int], bool]]:
    """The runs of JSON string lines that hold a hit line (as `_all_runs` finds them), and a test
    of whether a line is one such string: each line is matched at most once."""
    bodies: Dict[int, Optional[str]] = {}

    def body(index: int) -> Optional[str]:
        if index not in bodies:
            element = _JSON_ELEMENT.match(lines[index]) if 0 <= index < len(lines) else None
            bodies[index] = element.group(1) if element else None
        return bodies[index]

    runs: List[Tuple[int, List[str]]] = []
    covered = -1
    for hit in sorted(hits):
        if hit <= covered or body(hit) is None:
            continue
        first, last = hit, hit
        while body(first - 1) is not None:
            first -= 1
        while body(last + 1) is not None:
            last += 1
        covered = last
        runs.append((first, [body(index) or "" for index in range(first, last + 1)]))
    return runs, lambda index: body(index) is not None


def _escaped_strings(outer: str, line: str, number: int,
                     only_named: Optional[Callable[[str], bool]] = None) -> Iterator[Embedded]:
    """The strings with `\\n` escapes on one line, read left to right: each character is looked
    at once (an unterminated string ends the line's reading; no quote is tried twice)."""
    position = 0
    while True:
        quote = line.find('"', position)
        if quote < 0:
            return
        found = _STRING_AT.match(line, quote)
        if found is None:
            return
        position = found.end()
        body = found.group(1)
        if "\\n" not in body:
            continue
        key = _JSON_KEY_BEFORE.search(line, max(0, quote - _KEY_WINDOW), quote)
        name = _inner_name(outer, key.group(1) if key else "")
        if only_named is not None and not only_named(name):
            continue
        decoded = _json_text(body)
        if decoded is None or "\n" not in decoded:
            continue
        yield Embedded(name, decoded + "\n", tuple([number] * (decoded.count("\n") + 1)), JSON_STRINGS)


# --- shell: here-documents, echo and printf -------------------------------------------------------

_REDIRECT = lazy_regex(r"(?:(?<![<>&\d])>>?|\btee(?:[ \t]+-a)?)[ \t]*(?P<target>[^\s;&|<>()]+)")
_COPY_HEREDOC = lazy_regex(r"^\s*(?:COPY|ADD)\b.*<<.*?[ \t](?P<target>[^\s<]+)[ \t]*$", re.IGNORECASE)


def _dedented(body: List[str]) -> List[str]:
    """The lines without the indentation all their non-blank lines share (`textwrap.dedent`'s; Ruby's `<<~`,
    a dedented Python string)."""
    indents = [len(line) - len(line.lstrip(" \t")) for line in body if line.strip()]
    common = min(indents) if indents else 0
    return [line[common:] for line in body]


def here_documents(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    if _HEREDOC_MARK.search(text) is None:
        return
    # (the kinds import this module: their helpers load once the package is whole)
    from secretfence.kinds._helpers import HERE_DOCUMENT_OPENING, here_document_body
    total = len(lines)
    done = -1
    for anywhere in HERE_DOCUMENT_OPENING.finditer(text):
        index = _line_index(starts, anywhere.start())
        if index <= done:
            continue  # a second here-doc on the line, or one inside the body of another
        line = lines[index]
        opening_start, opening_end = anywhere.start() - starts[index], anywhere.end() - starts[index]  # (on its line)
        word = anywhere.group("word")
        target = ""
        for redirect in _REDIRECT.finditer(line):
            if not (opening_start <= redirect.start() < opening_end):
                target = redirect.group("target")
        copy = _COPY_HEREDOC.match(line)
        if copy:
            target = copy.group("target")
        held, _ = here_document_body(lines, index, word, total)
        dash = anywhere.group("dash")
        body = [held_line.lstrip("\t") if dash == "-" else held_line for _, held_line in held]
        if dash == "~":
            body = _dedented(body)  # (Ruby's squiggly here-document: its text as if written at the margin)
        done = index + len(held) + 1
        if not body:
            continue
        name = file_name_of(target.strip("\"'")) if target else ""
        yield Embedded(name or outer.rsplit("/", 1)[-1] + "!heredoc", "\n".join(body) + "\n",
                       tuple(range(index + 2, index + 2 + len(body))), HERE_DOCUMENT)


# A Python triple-quoted string assigned or passed whole (`TEMPLATE = """[section]` … `"""`, `write_text("""…""")`) whose
# lines are an INI's settings (`[section]`, `key = value`): a config file the code writes out, read as that file (in the
# code its `clave = …` lines read as Python's names). A docstring, a string standing alone as a statement, is
# documentation: not read so.
# (review 63: `return """…`, a call's string on the line after its parenthesis, `textwrap.dedent("""\` with the settings
# indented under the code, and a string over MAX_STRING_FILE_LINES read in pieces of that many lines, each judged alone:
# stop 62 read none of them)
# (review 63: the string's first written line a section or a setting, a comment or a few blank lines before it, asked of
# the opening at C speed: a file of many short strings, `= \`…\`` on every line, costs one pass; the opening led by a
# class of characters, `[=(,]`, which the regex engine scans for quickly)
_INI_BODY_AHEAD = r"""(?=\\?(?:[ \t]*(?:[#;][^\n]{0,256})?\r?\n){0,4}[ \t]*(?:\[[\w .:-]{1,64}\]|[A-Za-z_][\w.-]{0,63}[ \t]*=))"""
# (stop 64) or an XML document's first element, a SOAP envelope's, a settings file's (`BODY = """<soap:Envelope>` …
# `<password>…</password>`): read as the XML file it is, by the XML readers (an HTML page's elements are no settings)
_XML_BODY_AHEAD = r"""(?=\\?(?:[ \t]*\r?\n){0,4}[ \t]*<[?A-Za-z])"""
_FILE_BODY_AHEAD = r"(?:" + _INI_BODY_AHEAD + "|" + _XML_BODY_AHEAD + ")"
_PYTHON_STRING_OPENING = lazy_regex(r"""(?:[=(,][ \t]*(?:\r?\n[ \t]*)?|return[ \t]+)[fFrRuU]{0,2}(?P<quote>\"\"\"|''')"""
                                    + _FILE_BODY_AHEAD)
_INI_SECTION_LINE = lazy_regex(r"^[ \t]*\[[\w .:-]{1,64}\][ \t]*$")
_INI_SETTING_LINE = lazy_regex(r"^[ \t]*[A-Za-z_][\w.-]{0,63}[ \t]*=[ \t]*\S")
MAX_STRING_FILE_LINES = 200  # lines of a string read as a file (a longer string: in pieces of so many)


def _ini_lines(body: List[str]) -> bool:
    """Settings, and nothing but settings, sections and comments: no prose, no code."""
    settings = sum(1 for line in body if _INI_SETTING_LINE.match(line) is not None)
    sections = sum(1 for line in body if _INI_SECTION_LINE.match(line) is not None)
    written = sum(1 for line in body if line.strip())
    return settings >= 2 and settings + sections >= written - sum(1 for line in body if line.lstrip().startswith(("#", ";")))


def python_string_files(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """Every triple-quoted string of a Python file that holds an INI's settings (see _PYTHON_STRING_OPENING), as an INI."""
    return _string_files(outer, text, starts, _PYTHON_STRING_OPENING)


# (review 63) The same in the other languages' multi-line strings: JavaScript's and TypeScript's template literals and
# Go's raw strings (backticks), Kotlin's, Java's text blocks, Swift's, Scala's, Groovy's and C#'s raw strings (three
# double quotes): a config file the code writes out (`const template = \`[database]` … `password = …` … `\``) is read
# as the INI it is; a `${…}` interpolation is a reference, as the INI reader judges it.
_BACKTICK_STRING_FILES = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".go")
_TRIPLE_QUOTE_STRING_FILES = (".kt", ".kts", ".java", ".swift", ".scala", ".groovy", ".gradle", ".cs")
# (an arrow function's body and an object's member too, `() => \``, `template: \``)
_BACKTICK_STRING_OPENING = lazy_regex(r"""(?:[=(,:]>?[ \t]*(?:\r?\n[ \t]*)?|return[ \t]+)(?P<quote>`)""" + _FILE_BODY_AHEAD)
_TRIPLE_QUOTE_STRING_OPENING = lazy_regex(r"""(?:[=(,][ \t]*(?:\r?\n[ \t]*)?|return[ \t]+)(?P<quote>\"\"\")"""
                                          + _FILE_BODY_AHEAD)


# (review 65) C#'s verbatim strings (`@"…"`, `$@"…"`, `@$"…"`), where a SOAP envelope or a settings file is most often
# written (its quotes doubled, `version=""1.0""`), as C# 11's raw strings are: the string closes at a quote not doubled
_CSHARP_VERBATIM_OPENING = lazy_regex(r"""(?:[=(,][ \t]*(?:\r?\n[ \t]*)?|return[ \t]+)(?:\$@|@\$?)(?P<quote>")"""
                                      + _FILE_BODY_AHEAD)


def code_string_files(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """Every multi-line string of another language's code that holds an INI's settings (_BACKTICK_STRING_FILES,
    _TRIPLE_QUOTE_STRING_FILES), as an INI; C#'s verbatim strings too (_CSHARP_VERBATIM_OPENING)."""
    opening = _BACKTICK_STRING_OPENING if outer.lower().endswith(_BACKTICK_STRING_FILES) else _TRIPLE_QUOTE_STRING_OPENING
    yield from _string_files(outer, text, starts, opening)
    if outer.lower().endswith(".cs") and ('@"' in text or '@$"' in text):
        yield from _string_files(outer, text, starts, _CSHARP_VERBATIM_OPENING, True)


def _verbatim_closing(text: str, start: int) -> int:
    """Where a C# verbatim string opened before `start` closes: its first quote not doubled (-1: none)."""
    at = text.find('"', start)
    while at >= 0 and text.startswith('""', at):
        at = text.find('"', at + 2)
    return at


_XML_FIRST_ELEMENT = lazy_regex(r"""^[ \t]*<(?:\?xml[ \t]|(?P<tag>[A-Za-z_][\w.-]{0,63})(?::[A-Za-z_][\w.-]{0,63})?[ \t/>\r]|"""
                                r"""(?P<bare>[A-Za-z_][\w.:-]{0,127})$)""")
# (an HTML page's or fragment's first element: its text is a page's, read as such where pages are; a template in code
# holds no settings file)
_HTML_ELEMENTS = frozenset((
    "html", "head", "body", "div", "span", "p", "a", "table", "tr", "td", "th", "thead", "tbody", "form", "input",
    "button", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "link", "meta", "img", "br", "hr",
    "section", "article", "nav", "header", "footer", "main", "label", "select", "option", "textarea", "pre", "code",
    "em", "strong", "b", "i", "small", "iframe", "svg", "template", "title", "dl", "dt", "dd", "blockquote", "tt",
))


def xml_document(body: List[str]) -> bool:
    """Whether a string's lines are an XML document (a declaration or a first element that is no HTML one, and an
    element closed somewhere in it), not a page's markup."""
    return _opens_an_xml_document(next((line for line in body if line.strip()), "")) \
        and any("</" in line or "/>" in line for line in body)


def _opens_an_xml_document(first: str) -> bool:
    found = _XML_FIRST_ELEMENT.match(first)
    return found is not None and (found.group("tag") or "").lower() not in _HTML_ELEMENTS


# (stop 64) PHP's here-documents and now-documents (`$body = <<<XML` … `XML;`, `<<<'INI'`): the text a script sends
# or writes out, its closing word indented and followed by `;`, `,` or `)` since PHP 7.3 (the indentation taken off
# every line). Read as the file its lines are (an XML document, an INI's settings), or as a here-document's text.
_PHP_HERE_DOCUMENT = lazy_regex(r"""<<<[ \t]*(?P<quote>["']?)(?P<word>[A-Za-z_][A-Za-z0-9_]{0,63})(?P=quote)[ \t]*\r?$""",
                                re.MULTILINE)
# (a line's first word, where a closing word would stand: found once a file, so that many openings never closing
# cost one pass, not one a line each)
_LEADING_WORD = lazy_regex(r"[ \t]*(?P<word>[A-Za-z_][A-Za-z0-9_]{0,63})(?![A-Za-z0-9_\x80-\U0010ffff])")


def php_here_documents(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """Every PHP here- or now-document's text (_PHP_HERE_DOCUMENT), as the file it is."""
    openings = list(itertools.islice(_PHP_HERE_DOCUMENT.finditer(text), MAX_EMBEDDED_COUNT * 4))
    if not openings:
        return
    first_line = _line_index(starts, openings[0].start())
    leading: Dict[str, List[int]] = {}
    for number in range(first_line + 1, len(lines)):
        word = _LEADING_WORD.match(lines[number])
        if word is not None:
            leading.setdefault(word.group("word"), []).append(number)
    done = -1
    for opening in openings:
        index = _line_index(starts, opening.start())
        if index <= done:
            continue
        closings = leading.get(opening.group("word"), [])
        at = bisect_right(closings, index)
        if at == len(closings):
            continue
        end = closings[at]
        done = end
        indent = len(lines[end]) - len(lines[end].lstrip(" \t"))
        body = [line[indent:] if line[:indent].strip() == "" else line.lstrip(" \t") for line in lines[index + 1:end]]
        body = [line.rstrip("\r") for line in body]
        if not any(line.strip() for line in body):
            continue
        base = outer.rsplit("/", 1)[-1] + "!heredoc"
        name = base + ".xml" if xml_document(body) else base + ".ini" if _ini_lines(body) else base
        yield Embedded(name, "\n".join(body) + "\n", tuple(range(index + 2, index + 2 + len(body))), HERE_DOCUMENT)


def _may_hold_xml(text: str, start: int, end: int) -> bool:
    """Whether a string's text (text[start:end]) closes an element and opens with no HTML one, asked before its lines
    are split."""
    if text.find("</", start, end) < 0 and text.find("/>", start, end) < 0:
        return False
    first = text.find("<", start, end)
    line_end = text.find("\n", first, end)
    return _opens_an_xml_document(text[first:line_end if line_end >= 0 else end])


def _string_files(outer: str, text: str, starts: "LineStarts", openings: "LazyPattern",
                  verbatim: bool = False) -> Iterator[Embedded]:
    reached = 0
    for opening in openings.finditer(text):
        if opening.start() < reached:
            continue  # (inside a string read already)
        quote = opening.group("quote")
        closing = _verbatim_closing(text, opening.end()) if verbatim else text.find(quote, opening.end())
        if closing < 0:
            return
        reached = closing + len(quote)
        if text.find("\n", opening.end(), closing) < 0:
            continue
        if text.count("=", opening.end(), closing) < 2 and not _may_hold_xml(text, opening.end(), closing):
            continue  # (no two settings, no XML document: at C speed, a file of many short strings costs a pass)
        written = text[opening.end():closing]
        body = (written.replace('""', '"') if verbatim else written).split("\n")
        if body[0].strip() == "\\":
            body[0] = ""  # (`"""\`: the backslash joins the opening's line to the next, no line of the file)
        first = _line_index(starts, opening.end())
        for start in range(0, len(body), MAX_STRING_FILE_LINES):
            piece = _dedented(body[start:start + MAX_STRING_FILE_LINES])
            if _ini_lines(piece):
                yield Embedded(outer.rsplit("/", 1)[-1] + "!string.ini", "\n".join(piece) + "\n",
                               tuple(range(first + 1 + start, first + 1 + start + len(piece))), PYTHON_STRING)
            elif start == 0 and xml_document(piece):
                yield Embedded(outer.rsplit("/", 1)[-1] + "!string.xml", "\n".join(body) + "\n",
                               tuple(range(first + 1, first + 1 + len(body))), XML_STRING)
                break  # (the whole document at once: its elements' context spans the pieces)


# (a digit is a redirection's handle only as a word of its own, `echo x 2>f`, in a POSIX shell as in cmd: the
# digit of `echo Rogue994>> f` is the text's)
_ECHO = lazy_regex(
    r"\b(?P<command>echo|printf)(?:[ \t]+-[neE]+)*[ \t]+"
    r"(?P<body>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|[^\"'\n<>|;&]+?)[ \t]*"
    r"(?:(?:(?<=[ \t])\d)?>>?|\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?)[ \t]*(?P<target>[^\s;&|<>()]+)"
)
# `\b(?:echo|printf)\b`, led by the words themselves (a leading `\b` is tried at every position).
_ECHO_WORD = lazy_regex(r"(?:echo(?<!\wecho)|printf(?<!\wprintf))\b")
# Lines longer than this, or with more echo/printf words, are no script a person wrote: each
# word costs a scan of its line, so both are bounded (the lines are still scanned as they are).
MAX_SHELL_LINE = 4096
MAX_ECHOES_A_LINE = 16
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "$": "$", "`": "`"}
_ESCAPE = lazy_regex(r"\\(.)")


def _shell_text(body: str, command: str) -> str:
    if body[:1] in "\"'" and body[-1:] == body[:1] and len(body) >= 2:
        body = body[1:-1]
    text = _ESCAPE.sub(lambda escape: _ESCAPES.get(escape.group(1), escape.group(0)), body)
    if command == "printf":
        return text.replace("%%", "%")
    return text + "\n"


def echo_lines(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """Every `echo …`/`printf …` written to the same file, in order, as that file."""
    if "echo" not in text and "printf" not in text:
        return
    by_target: Dict[str, Tuple[List[str], List[int]]] = {}
    done = -1
    writes: List[Tuple[int, "re.Match[str]"]] = []
    for word in _ECHO_WORD.finditer(text):
        index = _line_index(starts, word.start())
        if index <= done:
            continue
        done = index
        line = lines[index]
        if len(line) > MAX_SHELL_LINE or len(_ECHO_WORD.findall(line)) > MAX_ECHOES_A_LINE:
            continue
        writes.extend((index + 1, found) for found in _ECHO.finditer(line))
    for number, found in writes:
        target = found.group("target").strip("\"'")
        if target.startswith("/dev/") or target.startswith("&"):
            continue
        written = _shell_text(found.group("body"), found.group("command"))
        texts, numbers = by_target.setdefault(target, ([], []))
        texts.append(written)
        numbers.append(number)
    for target, (texts, numbers) in by_target.items():
        content: List[str] = []
        lines_of: List[int] = []
        pending = ""
        for written, number in zip(texts, numbers):
            parts = (pending + written).split("\n")
            for part in parts[:-1]:
                content.append(part)
                lines_of.append(number)
            pending = parts[-1]
        if pending:
            content.append(pending)
            lines_of.append(numbers[-1])
        name = file_name_of(target) or outer.rsplit("/", 1)[-1] + "!echo"
        yield Embedded(name, "\n".join(content) + "\n", tuple(lines_of), ECHO_LINES)


# --- named value pairs ----------------------------------------------------------------------------

# A setting's name and its value as two fields of one item: Kubernetes/compose env lists
# (`- name: DB_PASSWORD` / `value: "…"`), XML (`<property name="password" value="…"/>`,
# `<env name="X" value="…"/>`, `<add key="X" value="…"/>`), Terraform/ECS/JSON
# (`{ name = "X", value = "…" }`, `set { name = "auth.password" value = "…" }`), CloudFormation
# parameters, Boomi's environment extensions (`{"id": "password", "value": "…"}`). Each pair is
# presented as `NAME="value"` on the value's line, so every detector (the keyword logic, the
# database, Redis and AWS kinds) reads it as the setting it is.
_PAIR_NAME = lazy_regex(
    r"(?<![\w.\[-])[\"']?(?:name|Name|NAME|key|Key|ParameterKey|ParameterName|(?<=\")id(?=\"))[\"']?[ \t]*[:=][ \t]*"
    r"(?:\"(?P<dq>[A-Za-z_][\w.-]{0,127})\"|'(?P<sq>[A-Za-z_][\w.-]{0,127})'|"
    r"(?P<bare>[A-Za-z_][\w.-]{0,127})(?=[ \t]*(?:[,}\]#]|$)))",
    re.MULTILINE,
)
# Where a value field can be: led by the literal (`value:`, `Value =`, `"value": `, `value="`);
# what stands before it is checked in Python.
_PAIR_VALUE_GATE = lazy_regex(r"alue[\"']?[ \t]*[:=]")
_PAIR_VALUE = lazy_regex(
    r"[\"']?[ \t]*[:=][ \t]*(?:\"(?P<dq>(?:[^\"\\\n]|\\.){0,1024})\"|'(?P<sq>[^'\n]{0,1024})'|"
    r"(?P<bare>[^\s\"'#,}\]<>|&*!][^\s,}\]]{0,1023})(?=[ \t]*(?:[,}\]]|#|$)))",
    re.MULTILINE,
)
_PAIR_LOOKBACK = 2  # lines above a value its name may stand on (YAML and HCL items: the line above)
MAX_PAIRS = 2000
# Lines longer than this (minified JSON, data) are not read for pairs (they are scanned as they
# are); a value is at most 1,024 characters, a name looked for at most this far after its value.
MAX_PAIR_LINE = 4096
_NAME_AFTER = 256
_CODE_FILES = (".py", ".pyi", ".js", ".jsx", ".ts", ".tsx", ".go", ".java", ".rb", ".php", ".cs", ".rs", ".kt",
               ".scala", ".swift", ".c", ".cc", ".cpp", ".h", ".ipynb")
# Only this may stand before a field that pairs with one on another line (YAML, HCL, JSON items):
# a field inside code or markup (`Signer(key="…")` … `value = "…"`) pairs on its own line only.
_ITEM_LEAD = frozenset(" \t-{[\"'")
# HTML form fields (`<input name="password" value="…">`) are a page's defaults, not settings. (A hidden one too: a
# payment form's merchant key, a newsletter's public access key are posted by every visitor's browser.)
_FORM_FIELD = lazy_regex(r"<(?:input|select|textarea|button)\b", re.IGNORECASE)
_XML_ENTITIES = lazy_regex(r"&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});")


def _may_name(text: str, start: int, end: int) -> bool:
    """Can a name field be in text[start:end]? (Substring searches first: the pattern is led by
    a lookbehind and a class, tried at every offset.)"""
    return (text.find("ame", start, end) >= 0 or text.find("ey", start, end) >= 0 or text.find("AME", start, end) >= 0
            or text.find('"id"', start, end) >= 0)  # (Boomi's JSON `"id": "password"`)


def _pair_name(found: "re.Match[str]") -> str:
    return found.group("dq") or found.group("sq") or found.group("bare") or ""


def _presented(name: str, value: str) -> str:
    if '"' not in value:
        return f'{name}="{value}"'
    if "'" not in value:
        return f"{name}='{value}'"
    return f"{name}={value}"


def named_pairs(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """Every name/value pair of the text as `NAME="value"` lines, one file (`<file>!pairs`), each
    line standing on its value's line (a blank one on the name's line, when that is another)."""
    in_code = outer.lower().endswith(_CODE_FILES)
    content: List[str] = []
    numbers: List[int] = []
    done = -1
    # The line being read, how far names were looked for on it, and the last name found: each
    # line is searched for names once, however many values it holds.
    current, searched_to, last_name = -1, 0, None
    position = 0
    while True:
        gate = _PAIR_VALUE_GATE.search(text, position)
        if gate is None:
            break
        position = gate.end()
        start = gate.start() - 1  # the `v`/`V` of value, or of ParameterValue
        if start < 0 or text[start] not in "vV":
            continue
        if text[start] == "V" and text.startswith("Parameter", start - 9):
            start -= 9
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-[" or text[start - 2:start] in ('["', "['")):
            continue  # default_value:, attr.value =, a CSS selector's [value="…"]
        index = _line_index(starts, start)
        line = lines[index]
        if index <= done or len(line) > MAX_PAIR_LINE or ("<" in line and _FORM_FIELD.search(line)):
            # One pair a line; a line too long or a form's fields: none. On to the next line.
            done = index
            line_end = text.find("\n", start)
            position = len(text) if line_end < 0 else max(position, line_end)
            continue
        value = _PAIR_VALUE.match(text, gate.start() + 4)
        if value is None or (in_code and value.group("bare") is not None):
            continue  # no value, or an expression in code
        line_start = text.rfind("\n", 0, start) + 1
        if index != current:
            current, searched_to, last_name = index, line_start, None
        for found in (_PAIR_NAME.finditer(text, searched_to, start) if _may_name(text, searched_to, start) else ()):
            last_name = found  # the last name before the value on its line
        searched_to = max(searched_to, start)
        name = last_name
        name_index = index
        if name is None:
            # `value="…" name="…"` (XML attributes in either order): the name after it, same line.
            line_end = line_start + len(line)
            name_end = min(line_end, value.end() + _NAME_AFTER)
            name = _PAIR_NAME.search(text, value.end(), name_end) if _may_name(text, value.end(), name_end) else None
        if name is None and not line.lstrip().startswith("-") and _ITEM_LEAD.issuperset(line[:start - line_start]):
            # The name on a line just above, in the same item: no new list item, no other value,
            # the name the line's first field.
            for above in range(index - 1, max(-1, index - 1 - _PAIR_LOOKBACK), -1):
                above_line = lines[above]
                found_above = _PAIR_NAME.search(above_line) if _may_name(above_line, 0, len(above_line)) else None
                if found_above is not None:
                    if _ITEM_LEAD.issuperset(lines[above][:found_above.start()]):
                        name, name_index = found_above, above
                    break
                if _PAIR_VALUE_GATE.search(lines[above]) or lines[above].lstrip().startswith("-"):
                    break
        if name is None:
            continue
        done = index
        position = max(position, line_start + len(line))
        raw = value.group("dq") if value.group("dq") is not None else (
            value.group("sq") if value.group("sq") is not None else value.group("bare"))
        if "&" in raw and _XML_ENTITIES.search(raw):
            import html  # only here: its entity tables are not worth importing at every start

            raw = html.unescape(raw)
        if name_index != index:
            content.append("")
            numbers.append(name_index + 1)
        content.append(_presented(_pair_name(name), raw))
        numbers.append(index + 1)
        if len(numbers) >= MAX_PAIRS:
            break
    if content:
        yield Embedded(outer.rsplit("/", 1)[-1] + "!pairs", "\n".join(content) + "\n", tuple(numbers), NAMED_PAIRS)


# Assignments detect-secrets' keyword rule does not read, presented as `name="value"`: Python's
# annotated class attributes (dataclasses, pydantic settings, attrs: `db_password: str = "…"`,
# `token: SecretStr = SecretStr("…")`, `password: str = Field(default="…")`), and Make's `?=`,
# `+=`, `::=`, `:::=`, `:=` (`!=` runs a shell command: not a value).
# A Python annotation: a type and its parameters in brackets, a union of such (`str | None`), or one quoted (`"str"`).
_PYTHON_ONE_TYPE = r"""[A-Za-z_][\w.]{0,127}(?:\[[\w.\[\], |]{0,200}\])?"""
_PYTHON_TYPE = (r"""(?:""" + _PYTHON_ONE_TYPE + r"""(?:[ \t]*\|[ \t]*""" + _PYTHON_ONE_TYPE + r"""){0,7}"""
                r"""|"[\w.\[\], |]{1,200}"|'[\w.\[\], |]{1,200}')""")
_PYTHON_ANNOTATED = lazy_regex(
    r"""^[ \t]*(?P<name>[A-Za-z_]\w{0,127})[ \t]*:[ \t]*""" + _PYTHON_TYPE + r"""[ \t]*=[ \t]*"""
    r"""(?:(?:SecretStr|SecretBytes|Secret|Field|field|attr\.ib|attrs\.field)\([ \t]*(?:default[ \t]*=[ \t]*)?)?"""
    r"""(?:"(?P<dq>[^"\n\\]{1,1024})"|'(?P<sq>[^'\n\\]{1,1024})')"""
)
# A typed parameter's literal default in a signature on one line (`def __init__(self, api_key: str = "…") -> None:`,
# `async def connect(host: str, password: Optional[str] = '…', …)`): the default is a literal in code, as a class
# attribute's is. (An untyped `api_key="…"` the keyword rule reads itself; a parameter alone on its line, as black
# splits a long signature, _PYTHON_ANNOTATED.)
_PYTHON_PARAMETER = lazy_regex(
    r"""[(,][ \t]*(?P<name>[A-Za-z_]\w{0,127})[ \t]*:[ \t]*""" + _PYTHON_TYPE + r"""[ \t]*=[ \t]*"""
    r"""(?:"(?P<dq>[^"\n\\]{1,1024})"|'(?P<sq>[^'\n\\]{1,1024})')(?=[ \t]*[,)])"""
)
_MAKE_ASSIGNMENT = lazy_regex(
    r"^(?:(?:export|override)[ \t]+)?(?P<name>[A-Za-z_][\w.-]{0,127})[ \t]*(?:\?=|\+=|:{1,3}=)[ \t]*"
    r"(?P<bare>[^\s#][^\n#]{0,1023})(?:#.*)?$"
)
_MAKEFILE = lazy_regex(r"(?i)(?:^|[/!\\])(?:GNUmakefile|makefile|[^/!\\]*\.mk)$")
# A typed declaration of Swift, Kotlin, TypeScript, Scala or Rust (`static let partnerSecret: String = "…"`,
# `const val API_SECRET: String = "…"`, `private readonly apiKey: string = '…'`, `const TOKEN: &str = "…"`):
# detect-secrets' keyword rule reads no type between a name and its `=`.
# (blind rounds GU-GY) Rust's byte and raw strings and its lifetimes: `const HMAC_SECRET: &[u8] = b"…";`,
# `static TOKEN: &'static str = r"…";` (a lifetime's `'` before its name; a quoted type, TypeScript's `'a' | 'b'`, is none).
_TYPED_DECLARATION = lazy_regex(
    r"""^[ \t]*(?:(?:public|private|internal|fileprivate|open|protected|static|final|override|lateinit|const|"""
    r"""export|readonly|declare|pub(?:\([\w:]{1,32}\))?|class|let|var|val|mut)[ \t]+){0,6}"""
    r"""(?P<name>[A-Za-z_]\w{0,127})(?P<annotation>[ \t]*:[ \t]*(?:[^=\n"'`]|'(?=[A-Za-z_]\w{0,31}[^\w'])){1,64}?)"""
    r"""[ \t]*=(?!=)[ \t]*(?:(?:b|r|br)?"(?P<dq>[^"\n\\]{1,1024})"|'(?P<sq>[^'\n\\]{1,1024})'"""
    r"""|`(?P<bq>(?:[^`\n\\$]|\$(?!\{)){1,1024})`)(?=[ \t]*(?:[;,)][ \t]*)?(?://|$))"""
)  # (the literal ends the statement: the first of pieces `+` joins is no value of its own; a `,` or `)` after it ends
# a constructor's property or a parameter, one a line: Kotlin's `data class OtpRequest(\n    val api_key: String = "…",`,
# TypeScript's `constructor(private readonly apiKey: string = '…',`; stop 66: TypeScript's template literal with no
# substitution, `apiToken: string = `…``, is a literal too)
_TYPED_FILES = (".swift", ".kt", ".kts", ".ts", ".tsx", ".mts", ".cts", ".scala", ".rs")
# Swift's typed string: a `RawRepresentable` type's initializer holding the literal (`static let apiKey =
# APIKey(rawValue: "…")`, Algolia's Swift client's `APIKey` and `ApplicationID`, an app's `Token(rawValue: "…")`),
# read as `name = "value"`: the literal is the constant's value, its type a wrapper the keyword rule does not open.
_SWIFT_RAW_VALUE = lazy_regex(
    r"""^[ \t]*(?:(?:public|private|internal|fileprivate|open|static|final|override|class|lazy)[ \t]+){0,5}(?:let|var)[ \t]+"""
    r"""(?P<name>[A-Za-z_]\w{0,127})(?:[ \t]*:[ \t]*[A-Za-z_][\w.]{0,63})?[ \t]*=[ \t]*[A-Za-z_][\w.]{0,63}\([ \t]*rawValue:[ \t]*"""
    r""""(?P<dq>[^"\n\\]{1,1024})"[ \t]*\)(?=[ \t]*(?:;[ \t]*)?(?://|$))"""
)
_SWIFT_FILES = (".swift",)
# Visual Basic's typed declaration (`Private Const SMTP_PASSWORD As String = "…"`, `Dim x As String = "…"`),
# read as `name = "value"` (VB's keywords are in any case; a `'` opens its comments).
_VB_DECLARATION = lazy_regex(
    r"""^[ \t]*(?:(?:public|private|friend|protected|shared|static|readonly|const|dim|global)[ \t]+){0,5}"""
    r"""(?P<name>[A-Za-z_]\w{0,127})(?P<annotation>[ \t]+as[ \t]+[A-Za-z_][\w.]{0,63})[ \t]*=[ \t]*"""
    r""""(?P<dq>[^"\r\n]{1,1024})"(?=[ \t]*\r?(?:'|$))""", re.IGNORECASE
)
_PYTHON_FILES = (".py", ".pyi")
# An XML element holding one value on its line (Maven's settings.xml `<password>…</password>`,
# NuGet, Ant, Tomcat's context, a .NET config): the element's name is the value's name.
_XML_ELEMENT = lazy_regex(r"^[ \t]*<(?P<name>[A-Za-z_][\w.:-]{0,63})>(?P<bare>[^<>\s][^<>\n]{0,1023})</(?P=name)>")
_XML_FILES = (".xml", ".config", ".xml.dist", ".jelly")


def typed_assignments(outer: str, lines: List[str], text: str, starts: "LineStarts",
                      hits: Optional[Set[int]] = None) -> Iterator[Embedded]:
    """The annotated (Python), typed (Swift, Kotlin, TypeScript, Scala, Rust, VB; a Swift RawRepresentable's
    `Type(rawValue: "…")`) or Make assignments, or an XML file's one-value elements, on the
    prefilter's hit lines (every line when they are not known) as `name="value"` lines of one file
    (`<file>!assignments`)."""
    lowered = outer.lower()
    pattern = _PYTHON_ANNOTATED if lowered.endswith(_PYTHON_FILES) else (
        _TYPED_DECLARATION if lowered.endswith(_TYPED_FILES) else (_VB_DECLARATION if lowered.endswith(_VB_FILES) else (
            _MAKE_ASSIGNMENT if _MAKEFILE.search(outer) else (_XML_ELEMENT if lowered.endswith(_XML_FILES) else None))))
    if pattern is None:
        return
    content: List[str] = []
    numbers: List[int] = []
    for index in (sorted(hits) if hits is not None else range(len(lines))):
        if index >= len(lines) or len(lines[index]) > MAX_PAIR_LINE:
            continue
        line = lines[index][:-1] if lines[index].endswith("\r") else lines[index]  # (a CRLF file's line: its `$` before the CR)
        found = pattern.match(line)
        if found is None and lowered.endswith(_SWIFT_FILES):
            found = _SWIFT_RAW_VALUE.match(line)
        if found is None and pattern is _PYTHON_ANNOTATED and "def " in line:
            for parameter in _PYTHON_PARAMETER.finditer(line):
                content.append(_presented(parameter.group("name"), (parameter.group("dq") or parameter.group("sq")).rstrip()))
                numbers.append(index + 1)
            if len(numbers) >= MAX_PAIRS:
                break
            continue
        if found is None:
            continue
        value = next(group for group in (found.groupdict().get("dq"), found.groupdict().get("sq"),
                                         found.groupdict().get("bq"), found.groupdict().get("bare")) if group is not None)
        name = found.group("name")
        if pattern is _XML_ELEMENT and ":" in name:
            name = name.rsplit(":", 1)[1]  # (a namespace prefix says no more: `<wsse:Password>` is a Password)
        content.append(_presented(name, value.rstrip()))
        numbers.append(index + 1)
        if len(numbers) >= MAX_PAIRS:
            break
    if content:
        yield Embedded(outer.rsplit("/", 1)[-1] + "!assignments", "\n".join(content) + "\n", tuple(numbers),
                       ASSIGNMENTS)


# --- code escaped in XML ----------------------------------------------------------------------------

# A tool's export holding code as an element's text, XML-escaped (`var authToken = &quot;…&quot;;`):
# Mirth Connect's channels and code templates (`<script>`, `<preprocessingScript>`, `<code>`), Jenkins'
# jobs (`<command>` of a shell step, `<script>` of a pipeline, `<scriptText>`), SSIS' and Talend's
# script tasks. The element's text, unescaped, is read as the code it is (its lines on the element's).
_CODE_ELEMENT = lazy_regex(
    r"<(?P<tag>[A-Za-z]{0,40}(?:[Ss]cript|SCRIPT)(?:Text|Body|Source|Code)?|command|code|groovy)(?:[ \t][^<>\n]{0,512})?>")
_CODE_ELEMENT_FILES = (".xml", ".jelly", ".dtsx", ".item", ".ktr", ".kjb", ".bpmn", ".jrxml", ".xsl", ".xslt")
_CODE_ESCAPES = ("&quot;", "&apos;", "&#34;", "&#39;", "&lt;", "&gt;")
MAX_CODE_ELEMENTS = 512
MAX_CODE_ELEMENT = 512 * 1024


def _code_language(tag: str, text: str) -> str:
    """The suffix the element's code is read under: a shell step's, Groovy for Jenkins, or JavaScript
    (Mirth's scripts, most tools' script steps)."""
    lowered = tag.lower()
    if lowered == "command":
        return ".sh"
    if "groovy" in lowered or "<flow-definition" in text[:4096] or "<project>" in text[:4096] or "hudson." in text[:4096]:
        return ".groovy"
    return ".js"


def xml_code(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """The code elements' texts holding an escaped quote, unescaped, as one file a language
    (`<file>!script.js`), each line on its element's."""
    position, count = 0, 0
    closes: Dict[str, int] = {}  # a tag -> where it next closes (-1: nowhere after), each text searched once a tag
    files: Dict[str, Tuple[List[str], List[int]]] = {}  # a language's suffix -> its lines and their outer line numbers
    while count < MAX_CODE_ELEMENTS:
        found = _CODE_ELEMENT.search(text, position)
        if found is None:
            break
        count += 1
        tag = found.group("tag")
        close = closes.get(tag, 0)
        if 0 <= close < found.end():
            close = closes[tag] = text.find(f"</{tag}>", found.end())
        if close < 0 or close - found.end() > MAX_CODE_ELEMENT:
            position = found.end()
            continue
        position = close
        body = text[found.end():close]
        if "&" not in body or not any(escape in body for escape in _CODE_ESCAPES) or "<" in body:
            continue  # (no escaped code, or elements inside: markup, not code)
        first = _line_index(starts, found.end())
        content, numbers = files.setdefault(_code_language(tag, text), ([], []))
        for number, line in enumerate(body.split("\n"), first + 1):
            content.append(_unescaped(line))
            numbers.append(number)
    for suffix, (content, numbers) in files.items():
        yield Embedded(f"{outer.rsplit('/', 1)[-1]}!script{suffix}", "\n".join(content) + "\n", tuple(numbers), XML_CODE)


# --- an HTML page's text ----------------------------------------------------------------------------

# A page written in HTML says what a Markdown page says, in tags: `Password: <code>…</code>`, `<b>…</b>`,
# `<li>User: …</li>`, a note in a `<!-- … -->` comment. Its text is read as the same page written in Markdown
# (`<page>.md`, in the page's folder), line for line: the documentation readers know Markdown's spans, not
# tags. Scripts and styles are no prose (the page's own lines are read as code as ever): blanked.
_HTML_PAGE_FILES = (".html", ".htm", ".xhtml")
# (stop 62) A server's page template is an HTML page as well, its code in the server's own marks (`<?php … ?>`,
# `<%= … %>`), blanked as a script is (the template's own lines are read as code as ever): a Laravel Blade view's
# `<pre>… pass: …</pre>`, a WordPress theme's `footer.php` with an HTML comment for the agency, a Twig or an ERB view.
# (review 63: ASP.NET's pages, controls and master pages, classic ASP, FreeMarker, Velocity, Grails, JSP documents, Go's
# HTML templates, Smarty's `.tpl`, Jinja's `.html.j2`, server-side includes' `.shtml`, Vue's and Svelte's components:
# the same pages under other servers' names)
_TEMPLATE_PAGE_FILES = (".php", ".phtml", ".twig", ".erb", ".hbs", ".handlebars", ".mustache", ".njk", ".jinja", ".jinja2",
                        ".liquid", ".ejs", ".cshtml", ".jsp",
                        ".aspx", ".ascx", ".master", ".asp", ".ftl", ".ftlh", ".vm", ".gsp", ".jspx", ".gohtml",
                        ".html.tmpl", ".tpl", ".html.j2", ".htm.j2", ".shtml", ".vue", ".svelte")
# (PHP may leave its last block open: it runs to the file's end, `<?php` with no `?>`, a class's file; blanked to it)
_SERVER_CODE_OPEN = lazy_regex(r"""<\?(?:php\b|=)|<%""")
_SERVER_CODE_CLOSE = {"<?": lazy_regex(r"""\?>"""), "<%": lazy_regex(r"""%>""")}
# (a tag the page's text is written in: the readers have nothing to read in a page of none)
# (a page's text in blocks and spans of other names as well: `<div>Wi-Fi password: …</div>`, `<span>`, `<dd>`, a heading)
_HTML_TEXT_TAG = lazy_regex(r"(?i)<(?:code|kbd|samp|tt|b|strong|li|p|td|th|pre|dd|dt|div|span|em|i|var|mark|label|h[1-6]"
                            r"|blockquote|body)[\s>]|<!--"
                            # (stop 65: a form's partial of fields alone, a filled password field among them)
                            r"|<input\b[^<>]{0,1024}?\stype[ \t]*=[ \t]*[\"']?password")
_HTML_SCRIPT_OPEN = lazy_regex(r"(?i)<(script|style)\b[^<>]{0,1024}>")
_HTML_SCRIPT_CLOSE = {"script": lazy_regex(r"(?i)</script\s*>"), "style": lazy_regex(r"(?i)</style\s*>")}
# (a run of dashes is tried from its first only: from each of its dashes, a line of dashes with no `>` is quadratic)
_HTML_COMMENT_MARK = lazy_regex(r"<!--+|(?<!-)-{2,}>")
# A tag: inline code and bold as Markdown's spans, a list item and a heading as their marks, a line break and a table
# cell as a blank, any other tag as nothing (its attributes are the page's own lines' to read).
_HTML_TAG = lazy_regex(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,2048})?/?>")
_HTML_SPANS = {"code": "`", "kbd": "`", "samp": "`", "tt": "`", "b": "**", "strong": "**"}
_HTML_BLANKS = frozenset(("br", "td", "th", "dd", "dt", "hr"))
MAX_HTML_PAGE = 1024 * 1024


# (stop 65, pages) A password field filled in (`<input name="contrasena" type="password" value="…">`, a login form's
# defaults left in to test faster) shows its value as a page's `Password: `…`` does: read so, under the documentation
# readers' bar for a password (stand-ins such as `********` pass). Only a literal value with no blank and no template's
# mark (`{{ password }}`, `${pw}`, `#{…}`); a field of any other type keeps its attributes the page's own lines' to read
# (a hidden field's merchant key, a text field's default).
_PASSWORD_FIELD_TYPE = lazy_regex(r"""(?i)\stype[ \t]*=[ \t]*(?:"password"|'password'|password(?=[\s/>]))""")
# (review 66: and HTML's unquoted value, `value=Kx7#…>`, as the unquoted `type=password` is read)
_FIELD_VALUE = lazy_regex(r"""(?i)\svalue[ \t]*=[ \t]*(?:"(?P<dq>[^"\s<>`]{1,256})"|'(?P<sq>[^'\s<>`]{1,256})'"""
                          r"""|(?P<bare>[^\s"'=<>`]{1,256}?)(?=\s|/?>|$))""")
_TEMPLATE_EXPRESSION = lazy_regex(r"""\{\{|\}\}|\{%|[$#@]\{|^\$[A-Za-z_][\w.\->\[\]'"]*$""")


def _filled_password_field(tag: str) -> Optional[str]:
    """A filled password field's value as a page's label and code span (`Password: `…``), or None."""
    if _PASSWORD_FIELD_TYPE.search(tag) is None:
        return None
    value = _FIELD_VALUE.search(tag)
    if value is None:
        return None
    text = next(group for group in (value.group("dq"), value.group("sq"), value.group("bare")) if group is not None)
    return None if _TEMPLATE_EXPRESSION.search(text) is not None else f"Password: `{text}` "


def _html_tag(found: "re.Match[str]") -> str:
    name = found.group("name").lower()
    newlines = "\n" * found.group().count("\n")  # (line for line: a tag over lines keeps their count)
    if name in _HTML_SPANS:
        return _HTML_SPANS[name] + newlines
    # (review 66: the type in any case, `TYPE="PASSWORD"`, as _PASSWORD_FIELD_TYPE reads it)
    if name == "input" and not found.group("close") and "assword" in found.group().lower():
        filled = _filled_password_field(found.group())
        if filled is not None:
            return filled + newlines
    if name == "li" and not found.group("close"):
        return "- " + newlines
    if len(name) == 2 and name[0] == "h" and name[1] in "123456" and not found.group("close"):
        return "# " + newlines
    return (" " if name in _HTML_BLANKS else "") + newlines


def _blanked(text: str, opening: "LazyPattern", closing: Callable[["re.Match[str]"], "LazyPattern"],
             unclosed_to_end: bool) -> str:
    """The text with each block from `opening` to the pattern `closing` gives for it blanked to its newlines, each searched
    once. A block never closed ends the search (`unclosed_to_end`: is blanked to the end): a text of unclosed openings
    costs one pass."""
    parts: List[str] = []
    position = 0
    while True:
        opened = opening.search(text, position)
        if opened is None:
            break
        closed = closing(opened).search(text, opened.end())
        if closed is None and not unclosed_to_end:
            break
        end = closed.end() if closed is not None else len(text)
        parts.append(text[position:opened.start()])
        parts.append("\n" * text.count("\n", opened.start(), end))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _without_scripts(text: str) -> str:
    """The page with each script's and style's element blanked to its newlines (one never closed ends the blanking)."""
    return _blanked(text, _HTML_SCRIPT_OPEN, lambda opened: _HTML_SCRIPT_CLOSE[opened.group(1).lower()], False)


def _without_server_code(text: str) -> str:
    """The template with each block of its server's code (_SERVER_CODE_OPEN) blanked to its newlines; a block never
    closed runs to the end (PHP's last block may stay open)."""
    return _blanked(text, _SERVER_CODE_OPEN, lambda opened: _SERVER_CODE_CLOSE[opened.group()[:2]], True)


def html_page(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """The page's text written as Markdown (see _HTML_PAGE_FILES), each line on its own, read as `<page>.md`. A page over
    MAX_HTML_PAGE is read in pieces of whole lines of at most that much each (a line longer alone is left out): a big
    exported wiki page's password is read as a small one's is."""
    stem = outer.rsplit(".", 1)[0] if "." in outer.rsplit("/", 1)[-1] else outer
    if outer.lower().endswith(_TEMPLATE_PAGE_FILES):
        text = _without_server_code(text)
        lines = text.split("\n")
    if len(text) <= MAX_HTML_PAGE:
        page = _html_page_lines(text, len(lines))
        if page is not None:
            yield Embedded(stem + ".md", "\n".join(page) + "\n", tuple(range(1, len(page) + 1)), HTML_PAGE)
        return
    for first, end in _pieces(lines):
        piece = _html_page_lines("\n".join(lines[first:end]), end - first)
        if piece is not None and any(piece):
            yield Embedded(stem + ".md", "\n".join(piece) + "\n", tuple(range(first + 1, end + 1)), HTML_PAGE)


# (stop 67) An HTML page's own scripts are code the browser runs, no prose: read as `<page>.js`, line for line, the page's
# other text blanked, so that every kind reads them as it reads a script file (a Basic header of `btoa("user:…")`, a
# URL's `?api_secret=…`, a key constant), where the page's text is documentation's. A script of another type is no
# JavaScript (`application/ld+json`, `text/template`, `importmap`): left to the page's own lines.
_SCRIPT_TYPE = lazy_regex(r"""(?i)\stype[ \t]*=[ \t]*["']?(?P<type>[^"'\s>]{0,64})""")
_JAVASCRIPT_TYPES = frozenset(("", "text/javascript", "application/javascript", "application/x-javascript",
                               "text/ecmascript", "application/ecmascript", "module", "text/babel", "text/jsx"))


def _is_javascript(opened: "re.Match[str]") -> bool:
    if opened.group(1).lower() != "script":
        return False  # (a style)
    typed = _SCRIPT_TYPE.search(opened.group())
    return typed is None or typed.group("type").lower() in _JAVASCRIPT_TYPES


# A script address's query, up to its closing quote (see _page_script_lines).
_SCRIPT_QUERY = lazy_regex(r"""\?[^"'\s<>]*""")


def _page_script_lines(text: str) -> List[str]:
    """The page's lines with all but its JavaScript elements' bodies blanked (one never closed ends the reading)."""
    parts: List[str] = []
    position = 0
    while True:
        opened = _HTML_SCRIPT_OPEN.search(text, position)
        if opened is None:
            break
        closed = _HTML_SCRIPT_CLOSE[opened.group(1).lower()].search(text, opened.end())
        if closed is None:
            break
        parts.append("\n" * text.count("\n", position, opened.start()))
        # (a script loaded from its vendor's host, kept as a comment on its line: the readers that know a vendor's browser
        # SDK by its script, the Buy Button's storefront token's, see it as in the page. Without its query: the page's
        # own readers judge a key the browser sends in it (a maps API's `?apikey=…`, public by design) with the page's
        # notes beside it, which this view blanks)
        tag = _SCRIPT_QUERY.sub("", opened.group())
        parts.append("// " + tag.replace("\n", "\n// ") if " src" in tag.lower() else "\n" * tag.count("\n"))
        if _is_javascript(opened):
            parts.append(text[opened.end():closed.start()])
        else:
            parts.append("\n" * text.count("\n", opened.end(), closed.start()))
        position = closed.start()
    parts.append("\n" * text.count("\n", position))
    return "".join(parts).split("\n")


def page_scripts(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """The page's scripts read as `<page>.js` (see _JAVASCRIPT_TYPES), from the first script's line to the last's; in pieces
    of whole lines of at most MAX_HTML_PAGE each, as html_page reads a big page."""
    stem = outer.rsplit(".", 1)[0]
    script = _page_script_lines(text)
    if len(script) != len(lines):
        return  # (cannot be: every blanking keeps its newlines)
    yield from _blanked_page_pieces(script, stem + ".js", PAGE_SCRIPT)


# (stop 70, commands) A code review's record kept as a page (`reviews/PR-118-semaphore-fallback.md`, `code-review/MR-42.md`,
# `pr_118_review.md`): its ```diff (```patch) fences quote the team's own change as a patch shows it, its `+` lines the
# code the change adds (_helpers.is_review_record). Read as `<page>.patch`, line for line, the page's other text blanked, so that every kind reads
# the change as it reads a patch file (`+FALLBACK_KEY = "…"`), where the page's own text is documentation's. A page
# named for no review (a tutorial's `docs/upgrading.md` showing a change to make) is left to the documentation policy.
_DIFF_FENCE = lazy_regex(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?:diff|patch|udiff)(?![\w-])", re.IGNORECASE)
_DIFF_FENCE_GATE = lazy_regex(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:diff|patch|udiff)(?![\w-])", re.IGNORECASE | re.MULTILINE)
_FENCE_MARK = lazy_regex(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")


def _is_review_record(outer: str) -> bool:
    from secretfence.kinds._helpers import is_review_record

    return is_review_record(outer.lower())


def review_diffs(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """A code review's diff fences read as `<page>.patch` (see _REVIEW_RECORD), the page's other lines blank."""
    stem = outer.rsplit(".", 1)[0]
    patch = [""] * len(lines)
    closing: Optional[str] = None
    in_diff = False
    for number, line in enumerate(lines):
        if closing is None:
            opened = _FENCE_MARK.match(line)
            if opened is not None:
                closing = opened.group("fence")
                in_diff = _DIFF_FENCE.match(line) is not None
            continue
        mark = _FENCE_MARK.match(line)
        if mark is not None and mark.group("fence").startswith(closing) and not line[mark.end():].strip():
            closing, in_diff = None, False
            continue
        if in_diff:
            patch[number] = line
    yield from _blanked_page_pieces(patch, stem + ".patch", REVIEW_DIFF)


def _blanked_page_pieces(blanked: List[str], name: str, how: str) -> Iterator[Embedded]:
    """A page's lines with all but one language's blanked (its scripts, its diffs), read as `name`: from the first kept
    line to the last, in pieces of whole lines of at most MAX_HTML_PAGE each, as html_page reads a big page."""
    coded = [number for number, line in enumerate(blanked) if line.strip()]
    if not coded:
        return
    first, last = coded[0], coded[-1] + 1
    for start, end in _pieces(blanked[first:last]):
        piece = blanked[first + start:first + end]
        if any(line.strip() for line in piece):
            yield Embedded(name, "\n".join(piece) + "\n", tuple(range(first + start + 1, first + end + 1)), how)


def _pieces(lines: List[str]) -> Iterator[Tuple[int, int]]:
    """(first, end) of each piece of whole lines of at most MAX_HTML_PAGE characters, in order; a line longer than a
    piece alone is in none (left out), so that a big page is read as small ones are."""
    first, held = 0, 0
    for index in range(len(lines) + 1):
        size = len(lines[index]) + 1 if index < len(lines) else 0
        if index < len(lines) and held + size <= MAX_HTML_PAGE:
            held += size
            continue
        if index > first:
            yield first, index
        if size > MAX_HTML_PAGE:
            first, held = index + 1, 0
        else:
            first, held = index, size


# (stop 64) A table's row written on one line (`<tr><th>Device</th><th>User</th><th>Password</th></tr>`, then
# `<tr><td>Core router</td><td>admin</td><td>…</td></tr>`) is a Markdown table's row (`| Core router | admin | … |`): the
# documentation readers then read its columns and its settings rows under their header, as a Markdown page's or a
# MediaWiki page's (a password column, a `Client secret` row). A header row of `<th>` cells is written on the blank line
# above it (the `<table>`, `<thead>` line's) and the delimiter row on its own, line for line; with no blank line above
# it, or no header row, the rows keep their text as before (a table of row headers, `<th>Password</th><td>…</td>`, read
# as a label and its value). A row over several lines is left as it was (its cells blanks).
_HTML_ROW = lazy_regex(r"(?i)^[ \t]*(?:<(?:table|thead|tbody)\b[^<>]{0,512}>[ \t]*){0,2}<tr\b[^<>]{0,512}>"
                       r"(?P<cells>.{0,8192}?)</tr\s*>[ \t]*(?:</(?:thead|tbody|table)\s*>[ \t]*){0,2}$")
_HTML_CELL = lazy_regex(r"(?is)<t(?P<kind>[dh])\b[^<>]{0,512}>(?P<text>.{0,4096}?)</t[dh]\s*>")
# (a line of a table's own tags alone, between its rows)
_HTML_STRUCTURE = lazy_regex(r"(?i)^[ \t]*(?:</?(?:thead|tbody|tfoot|tr|colgroup|col)\b[^<>]{0,512}>[ \t]*){1,4}$")
_HTML_ROW_WIDTH = 17  # cells a Markdown row is read with (_helpers.table_delimiter_row)


def _unescaped(text: str) -> str:
    """The text with HTML's character references read (`&lt;`, `&#64;`), untouched where it holds no `&`."""
    import html  # only here: its entity tables are not worth importing at every start

    return html.unescape(text) if "&" in text else text


def _html_table_row(line: str) -> Optional[Tuple[bool, List[str]]]:
    """(whether every cell is a header's, the cells' texts as Markdown's) of a table's row on one line, or None."""
    if "<t" not in line and "<T" not in line:
        return None
    row = _HTML_ROW.match(line)
    if row is None:
        return None
    cells = list(itertools.islice(_HTML_CELL.finditer(row.group("cells")), _HTML_ROW_WIDTH))
    if not cells:
        return None
    texts = [_unescaped(_HTML_TAG.sub(_html_tag, cell.group("text"))).strip().replace("|", "\\|") for cell in cells]
    return all(cell.group("kind").lower() == "h" for cell in cells), texts


# (review 65) A row written over several lines, its `<tr>` alone on its line and each cell on one of its own (a
# formatter's or an editor's layout, `<tr>` / `  <td>admin</td>` / `</tr>`): read as the one-line row its lines joined
# are, written on its `<tr>` line, its other lines rows of blanks, so the table runs on as one written a row a line does
_HTML_ROW_OPENING = lazy_regex(r"(?i)^[ \t]*(?:<(?:table|thead|tbody)\b[^<>]{0,512}>[ \t]*){0,2}<tr\b[^<>]{0,512}>[ \t]*$")
_HTML_ROW_CLOSING = lazy_regex(r"(?i)</tr\s*>[ \t]*(?:</(?:thead|tbody|table)\s*>[ \t]*){0,2}$")
_HTML_ROW_LINES = 64  # lines a row over several lines is read over (its cells, each one a line or a few)


def _html_rows_over_lines(body: List[str]) -> Iterator[Tuple[int, int, Tuple[bool, List[str]]]]:
    """(first, last line, the row as _html_table_row reads it) of each table row of `body`, on one line or over several
    (see _HTML_ROW_OPENING)."""
    index = 0
    while index < len(body):
        line = body[index]
        row = _html_table_row(line)
        if row is not None:
            yield index, index, row
        elif ("<tr" in line or "<TR" in line) and _HTML_ROW_OPENING.match(line) is not None:
            for end in range(index + 1, min(len(body), index + _HTML_ROW_LINES)):
                if "<tr" in body[end] or "<TR" in body[end]:
                    break  # (a row opening before this one closed: no row over lines)
                if _HTML_ROW_CLOSING.search(body[end]) is not None:
                    joined = _html_table_row(" ".join(part.strip() for part in body[index:end + 1]))
                    if joined is not None:
                        yield index, end, joined
                        index = end
                    break
        index += 1


def _html_table_rows(body: List[str], page: List[str]) -> None:
    """Writes each table row of the page's `body` (its lines less scripts and comments) under a header row into
    `page` (its lines as Markdown, the same count) as a Markdown row (see _HTML_ROW, _html_rows_over_lines). A row under no
    header (a table of row headers, `<tr><th>Password</th><td>…</td></tr>`) keeps its text as it was: its label and value
    read as a line's."""
    last = -2  # (the line of the table's row written last; -2: no table under a header being written)
    for index, end, row in _html_rows_over_lines(body):
        header, cells = row
        written = "| " + " | ".join(cell or " " for cell in cells) + " |"
        blanks = "| " + " | ".join(" " for _ in cells) + " |"
        if header and index > 0 and not page[index - 1].strip():
            page[index - 1] = written
            page[index] = "| " + " | ".join("---" for _ in cells) + " |"
            for below in range(index + 1, end + 1):
                page[below] = blanks
            last = end
            continue
        if last < 0 or not all(not page[between] and _HTML_STRUCTURE.match(body[between]) is not None
                               for between in range(last + 1, index)):
            last = -2  # (no header above, or the table ended: the row's text as it was)
            continue
        # (a table's own tags between its rows, `</thead>`, `<tbody>`: rows of blanks, so the table runs on)
        for between in range(last + 1, index):
            page[between] = blanks
        page[index] = written
        for below in range(index + 1, end + 1):
            page[below] = blanks
        last = end


def _html_page_lines(text: str, count: int) -> Optional[List[str]]:
    body = _HTML_COMMENT_MARK.sub(" ", _without_scripts(text))
    tagged = _HTML_TAG.sub(_html_tag, body)
    page = [_unescaped(line).strip() for line in tagged.split("\n")]
    if len(page) != count:
        return None  # (cannot be: every replacement keeps its newlines; a page read off its lines would mislead)
    if "<tr" in body or "<TR" in body:
        _html_table_rows(body.split("\n"), page)
    return page


# --- a MediaWiki page's text --------------------------------------------------------------------------

# A page in MediaWiki's markup (a wiki's exported `.wiki` page) says what a Markdown page says in its own marks:
# `'''bold'''`, `<code>…</code>`, `== Heading ==`, `* item`, and tables written `{| … ! a !! b … |- … | c || d … |}`.
# Its text is read as the same page written in Markdown (`<page>.md`, in the page's folder), line for line, as an HTML
# page's is: every documentation reader then reads it (a table's password column, a label before a code span).
_WIKI_PAGE_FILES = (".wiki", ".mediawiki", ".wikitext")
_WIKI_HEADING = lazy_regex(r"^(?P<marks>={1,6})[ \t]*(?P<title>[^=\n][^\n]{0,254}?)[ \t]*(?P=marks)[ \t]*$")
_WIKI_LIST = lazy_regex(r"^(?P<marks>[*#:;]{1,8})[ \t]*")
_WIKI_BOLD = lazy_regex(r"'''(?P<text>[^\n]{1,256}?)'''")
_WIKI_ITALIC = lazy_regex(r"''(?P<text>[^'\n][^\n]{0,255}?)''")
# (an internal link shows its text, or its page's name: `[[Router|the router]]`; its `|` is no cell's)
_WIKI_LINK = lazy_regex(r"\[\[(?:[^\[\]|\n]{1,256}\|)?(?P<text>[^\[\]|\n]{1,256})\]\]")
# (a cell's attributes before its single `|`: `| style="color:red" | …`, `! scope="col" | …`)
_WIKI_CELL_ATTRIBUTES = lazy_regex(r"^[^|\[{]{0,256}=[^|\[{]{0,256}\|(?!\|)")
_WIKI_TABLE_WIDTH = 17  # cells a Markdown row is read with (_helpers.table_delimiter_row)


def _wiki_inline(line: str) -> str:
    """A line's inline marks as Markdown's: bold, italics, links' texts, tags (_html_tag: `<code>` as a code span)."""
    if "''" in line:
        line = _WIKI_ITALIC.sub(lambda found: "*" + found.group("text") + "*",
                                _WIKI_BOLD.sub(lambda found: "**" + found.group("text") + "**", line))
    if "[[" in line:
        line = _WIKI_LINK.sub(lambda found: found.group("text"), line)
    if "<" in line:
        line = _HTML_TAG.sub(_html_tag, line)
    return line


def _wiki_cells(text: str, separator: str) -> List[str]:
    """A table line's cells (after its leading mark), each less its attributes."""
    cells = []
    for cell in text.split(separator)[:_WIKI_TABLE_WIDTH]:
        attributes = _WIKI_CELL_ATTRIBUTES.match(cell)
        cells.append((cell[attributes.end():] if attributes is not None else cell).strip())
    return cells


def _markdown_row(cells: List[str]) -> str:
    return "| " + " | ".join(cell or " " for cell in cells) + " |"


def _wiki_page_lines(lines: List[str]) -> List[str]:
    """The page's lines as Markdown (see _WIKI_PAGE_FILES), one for each. A table's header row (`! a !! b`, or a header
    cell a line) becomes a Markdown header on its last line, the row separator after it the delimiter row; a body row
    written on one line (`| c || d`) becomes one row, and a body cell on a line of its own a row holding it alone in its
    column (the others blank), so that each value is read on its own line under its header."""
    page: List[str] = []
    in_table = False
    header: List[str] = []
    width = 0  # (the header's cells, once its delimiter row is written; 0 before)
    column = 0  # (the next body cell's column in the row being read)
    for raw in lines:
        line = _wiki_inline(raw.strip())
        if line.startswith("{|"):
            in_table, header, width, column = True, [], 0, 0
            page.append("")
        elif in_table and line.startswith("|}"):
            in_table = False
            page.append("")
        elif in_table and line.startswith("|+"):
            page.append(_markdown_row([""] * width) if width else "")  # (a caption)
        elif in_table and line.startswith("|-"):
            column = 0
            if header and not width:
                width = len(header)
                page.append("|" + "---|" * width)
            else:
                page.append(_markdown_row([""] * width) if width else "")
        elif in_table and line.startswith("!") and not width:
            header += _wiki_cells(line[1:].replace("||", "!!"), "!!")
            header = header[:_WIKI_TABLE_WIDTH]
            page.append(_markdown_row(header))
        elif in_table and line.startswith(("|", "!")) and width:
            cells = _wiki_cells(line[1:], "!!" if line.startswith("!") else "||")
            if column == 0 and len(cells) >= width:
                page.append(_markdown_row(cells[:width]))
                column = width
            else:
                row = [""] * width
                for offset, cell in enumerate(cells):
                    if column + offset < width:
                        row[column + offset] = cell
                column += len(cells)
                page.append(_markdown_row(row))
        elif in_table:
            page.append(_markdown_row([""] * width) if width else "")  # (a cell's text run on: the table goes on)
        else:
            heading = _WIKI_HEADING.match(line)
            if heading is not None:
                line = "#" * len(heading.group("marks")) + " " + heading.group("title")
            else:
                listed = _WIKI_LIST.match(line)
                if listed is not None:
                    mark = listed.group("marks")[-1]
                    line = {"*": "- ", "#": "1. "}.get(mark, "") + line[listed.end():]
            page.append(line)
    return page


def wiki_page(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """The page's text written as Markdown (see _WIKI_PAGE_FILES), read as `<page>.md`, in pieces of whole lines of at
    most MAX_HTML_PAGE each, as an HTML page's (a line longer alone is left out)."""
    stem = outer.rsplit(".", 1)[0]
    for first, end in _pieces(lines):
        piece = [_unescaped(line) for line in _wiki_page_lines(lines[first:end])]
        if any(piece):
            yield Embedded(stem + ".md", "\n".join(piece) + "\n", tuple(range(first + 1, end + 1)), WIKI_PAGE)


# --- a wiki page written in Confluence's (and Jira's) markup -------------------------------------------------------

# A page exported from Confluence or Jira in their wiki markup (`h1. Title`, `{{monospace}}`, `* item`, `# numbered`,
# `{code}` blocks; a team's `wiki/…txt` export) says what a Markdown page says in other marks: `* Password: {{…}}` is
# Markdown's `* Password: `…``. Its lines are read as that Markdown page's (`<page>.md`, in the page's folder), line for
# line, by every documentation reader. Read only where the page shows the markup's own marks, a heading `hN. ` and a
# monospace span: `{{ … }}` alone is a template's expression (Jinja, Handlebars, Angular), which a page's text is not.
_WIKI_MARKUP_FILES = (".txt", ".wiki", ".confluence", ".jira", ".markup")
_WIKI_MARKUP_HEADING = lazy_regex(r"(?m)^h[1-6]\.[ \t]+\S")
_WIKI_MONOSPACE = lazy_regex(r"\{\{(?P<text>[^{}\n]{1,256}?)\}\}")
_WIKI_HEADING_LINE = lazy_regex(r"^h(?P<level>[1-6])\.[ \t]+")
_WIKI_NUMBERED = lazy_regex(r"^[ \t]*#{1,6}[ \t]+")  # (a numbered item: Markdown's `#` is a heading)
_WIKI_NESTED = lazy_regex(r"^[ \t]*[*-]{2,6}[ \t]+")  # (a nested item, `** item`: Markdown's `**` is bold)
_WIKI_BLOCK = lazy_regex(r"^[ \t]*\{(?:code|noformat)(?::[^{}\n]{0,64})?\}[ \t]*\r?$")
MAX_WIKI_PAGE = 1024 * 1024


# (review) A table's header row, its cells between `||` (`||Servijer||Implijer||Ger-tremen||`), its body rows a cell
# between `|` each as Markdown's are (`|kaisse.lan|root|…|`): the header is written as Markdown's with its delimiter row
# after it (both lines the header's line); a row led by a header cell (`||Ger-tremen|{{…}}|`, a page's two columns of
# names and values) as a body row.
_WIKI_TABLE_HEADER = lazy_regex(r"^[ \t]*\|\|(?P<cells>[^\n]{1,4096}?)\|\|[ \t]*\r?$")
_WIKI_LED_ROW = lazy_regex(r"^[ \t]*\|\|(?=[^|\n])")


def wiki_markup_page(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """The page's text written as Markdown (see _WIKI_MARKUP_FILES), each line on its own, read as `<page>.md`."""
    if len(text) > MAX_WIKI_PAGE:
        return
    stem = outer.rsplit(".", 1)[0]
    page: List[str] = []
    numbers: List[int] = []
    in_block = False
    for number, line in enumerate(lines, 1):
        if "{" in line and _WIKI_BLOCK.match(line) is not None:
            in_block = not in_block
            page.append("```")
        elif not in_block and line.lstrip().startswith("||"):
            header = _WIKI_TABLE_HEADER.match(line)
            if header is not None:
                cells = [_wiki_line(cell).strip() or " " for cell in header.group("cells").split("||")][:_WIKI_TABLE_WIDTH]
                page.append("| " + " | ".join(cells) + " |")
                numbers.append(number)
                page.append("|" + "---|" * len(cells))
            else:
                page.append(_wiki_line(_WIKI_LED_ROW.sub("|", line, count=1)))
        else:
            page.append(line if in_block else _wiki_line(line))  # (a code block's lines as written: `# a comment`)
        numbers.append(number)
    yield Embedded(stem + ".md", "\n".join(page) + "\n", tuple(numbers), WIKI_MARKUP)


# --- a chat's JSON export, a calendar's events --------------------------------------------------------------------

# (stop 68, chats) A chat exported as JSON, as Telegram Desktop saves it (`result.json`: `"messages": [` then each message's
# `"date"`, `"from"` and `"text"`, on one line each or one line a message): the team's conversation as it was held, its
# messages what a chat's text export says (`[date] Name: text`). Each message whose text is a string is written as that
# line, on its `"text"` line (read as `telegram-chat-<file>.txt`, a chat's export by its name), so that every chat reader
# reads it as it reads a WhatsApp export's (a password below the message asking for it, a login's pair in a message).
# (stop 69, chats) And the other messengers' JSON exports, each message an object holding its text and its sender: Slack's
# (a channel's day, `<channel>/2024-03-09.json`: a list of `{"type": "message", "user": "U…", "text": …, "ts": …}`, the
# sender's `user_profile` beside, the text before or after the user), Facebook Messenger's (`"messages": [` of
# `"sender_name"`, `"timestamp_ms"`, `"content"`, newest first, its text's UTF-8 escaped byte by byte), Discord's as
# DiscordChatExporter saves it and Google Chat's as Takeout does (`"author"` / `"creator"`: `{"name": …}`, `"content"` /
# `"text"`). Each object is read whole, whatever its fields' order and lines: its text (a string, or Telegram's list of
# pieces, a code piece in backticks), its sender (its own field, or the name in its sender's object), its time; a piece
# of a message (Slack's blocks, Telegram's `text_entities`, an attachment) names no sender and is none. A list newest
# first is written oldest first, as the chat was held.
_CHAT_JSON_GATE = lazy_regex(r'"messages"[ \t]*:[ \t]*\[')
_SLACK_MESSAGE_GATE = lazy_regex(r'"type"[ \t]*:[ \t]*"message"')
_CHAT_JSON_SENDER_WORDS = ('"from"', '"sender_name"', '"author"', '"creator"')
# (review 70: a string left open on its line is read to the line's end once, as one token (`closed` unset) and then passed
# over: read as a string to close, each escaped quote inside it (`\"\"\"…`) began another read to the line's end, and a
# 40 KB line took a minute)
_CHAT_JSON_TOKEN = lazy_regex(r'"(?P<string>[^"\\\n]*(?:\\.[^"\\\n]*)*)(?:(?P<closed>")'
                              r'(?P<key>[ \t\r\n]*:[ \t\r\n]*(?P<number>-?[0-9]{1,20}(?:\.[0-9]{1,12})?)?)?)?|(?P<mark>[][{}])')
_CHAT_JSON_FILES = (".json",)
MAX_CHAT_JSON = 4 * 1024 * 1024
_CHAT_JSON_TEXTS = ("text", "content")
_CHAT_JSON_SENDERS = ("from", "sender_name", "user_name", "username", "user")  # (a sender's own field, first found first)
_CHAT_JSON_PEOPLE = ("author", "creator", "user_profile", "sender")  # (a sender's object, its name inside)
_CHAT_JSON_NAMES = ("real_name", "name", "display_name", "nickname")
_CHAT_JSON_DATES = ("date", "ts", "timestamp_ms", "timestamp", "created_date")
_CHAT_JSON_CODE = ("code", "pre")  # (Telegram's pieces set as code)
_CHAT_JSON_DEPTH = 64
_JSON_ESCAPES = {"n": " ", "t": " ", "r": " ", "\"": "\"", "\\": "\\", "/": "/", "b": " ", "f": " "}
_JSON_ESCAPE = lazy_regex(r"\\(?:u(?P<code>[0-9A-Fa-f]{4})|(?P<char>.))")


def _json_unescaped(value: str) -> str:
    """A JSON string's text, its escapes read (a line break as a blank: a message stays one line)."""
    if "\\" not in value:
        return value

    def one(found: "re.Match[str]") -> str:
        if found.group("code") is not None:
            character = chr(int(found.group("code"), 16))
            return " " if character in "\r\n\t" or 0xD800 <= ord(character) <= 0xDFFF else character
        return _JSON_ESCAPES.get(found.group("char"), found.group("char"))

    return _JSON_ESCAPE.sub(one, value)


def _bytes_as_text(value: str) -> str:
    """Messenger's text, each UTF-8 byte escaped as a character of its own (`contrase\\u00c3\\u00b1a`), read as UTF-8."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


class _ChatJsonFrame:
    """An object or a list being read (see chat_export_json): what it is set under, its fields of note so far."""

    __slots__ = ("key", "is_object", "fields", "pieces", "at", "code_at", "person")

    def __init__(self, key: Optional[str], is_object: bool) -> None:
        self.key = key
        self.is_object = is_object
        self.fields: Dict[str, str] = {}
        self.pieces: List[str] = []  # (a text's pieces, for a list set under `text`)
        self.at = -1  # (where its text starts)
        self.code_at = -1  # (where its text's first code piece starts: a message of pieces is reported there)
        self.person = ""  # (the name in its sender's object)


def chat_export_json(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """A chat's JSON export's messages written as a chat's text export (see _CHAT_JSON_GATE), read as
    `telegram-chat-<file>.txt` in the file's folder."""
    if len(text) > MAX_CHAT_JSON:
        return
    folder, _, base = outer.rpartition("/")
    name = (folder + "/" if folder else "") + "telegram-chat-" + base.rsplit(".", 1)[0] + ".txt"
    messenger = '"sender_name"' in text
    written: List[Tuple[Optional[float], int, str]] = []  # (when, line number, the message's line)
    stack: List[_ChatJsonFrame] = []
    deeper = 0  # (objects and lists opened below the depth read)
    key: Optional[str] = None
    for token in _CHAT_JSON_TOKEN.finditer(text):
        mark = token.group("mark")
        if mark is None:
            if token.group("closed") is None:
                key = None  # (a string left open: no JSON's, passed over)
                continue
            string = token.group("string")
            frame = stack[-1] if stack and not deeper else None
            if token.group("key") is not None:
                key = string
                number = token.group("number")
                if number is not None and frame is not None and frame.is_object and key in _CHAT_JSON_DATES:
                    frame.fields.setdefault(key, number)
                if number is not None:
                    key = None
                continue
            if frame is not None:
                if frame.is_object and key is not None and key not in frame.fields and (
                        key in _CHAT_JSON_TEXTS or key in _CHAT_JSON_SENDERS or key in _CHAT_JSON_DATES
                        or key in _CHAT_JSON_NAMES or key == "type"):
                    frame.fields[key] = string
                    if key in _CHAT_JSON_TEXTS and frame.at < 0:
                        frame.at = token.start()
                elif not frame.is_object and frame.key == "text" and len(frame.pieces) < 64:
                    frame.pieces.append(string)
                    if frame.at < 0:
                        frame.at = token.start()
            key = None
            continue
        if mark in "{[":
            if deeper or len(stack) >= _CHAT_JSON_DEPTH:
                deeper += 1
            else:
                inherited = key if stack and stack[-1].is_object else (stack[-1].key if stack else None)
                stack.append(_ChatJsonFrame(inherited, mark == "{"))
            key = None
            continue
        key = None
        if deeper:
            deeper -= 1
            continue
        if not stack:
            continue
        frame = stack.pop()
        parent = stack[-1] if stack else None
        if not frame.is_object:
            if parent is not None and parent.is_object and frame.key == "text" and frame.pieces and "text" not in parent.fields:
                parent.fields["text"] = "".join(frame.pieces)
                parent.at = frame.code_at if frame.code_at >= 0 else frame.at
            continue
        said = next((frame.fields[field] for field in _CHAT_JSON_TEXTS if field in frame.fields), None)
        sender = frame.person or next((frame.fields[field] for field in _CHAT_JSON_SENDERS if field in frame.fields), "")
        if parent is not None and not parent.is_object and parent.key == "text":
            # (a piece of Telegram's text, `{"type": "code", "text": …}`)
            if said is not None and len(parent.pieces) < 64:
                code = frame.fields.get("type") in _CHAT_JSON_CODE
                parent.pieces.append(f"`{said}`" if code else said)
                if parent.at < 0:
                    parent.at = frame.at
                if code and parent.code_at < 0:
                    parent.code_at = frame.at
            continue
        if parent is not None and parent.is_object and frame.key in _CHAT_JSON_PEOPLE and not parent.person:
            parent.person = next((frame.fields[field] for field in _CHAT_JSON_NAMES if field in frame.fields), "")
            continue
        if said is None or not sender or frame.at < 0:
            continue
        message = _json_unescaped(said).strip()
        if messenger:
            message = _bytes_as_text(message)
        if not message:
            continue
        sender = _json_unescaped(sender)[:48].replace(":", " ").strip()
        if messenger:
            sender = _bytes_as_text(sender)
        date = _json_unescaped(next((frame.fields[field] for field in _CHAT_JSON_DATES if field in frame.fields), ""))[:40]
        try:
            when: Optional[float] = float(date)
        except ValueError:
            when = None
        written.append((when, starts.index_of(frame.at) + 1,
                        f"[{date if len(date) >= 6 else 'no date'}] {sender or 'someone'}: {message}"))
        if len(written) >= 100_000:
            break
    if not written:
        return
    if len(written) > 1 and all(when is not None for when, _, _ in written) \
            and (written[0][0] or 0.0) > (written[-1][0] or 0.0):
        written.reverse()  # (Messenger's list, newest first)
    yield Embedded(name, "\n".join(line for _, _, line in written) + "\n", tuple(number for _, number, _ in written),
                   CHAT_EXPORT)


# (stop 68, chats) A calendar's event (`.ics`, RFC 5545): its `DESCRIPTION`, `SUMMARY`, `COMMENT` and `LOCATION` are what
# a person wrote about the meeting (a training's test login, a visit's gate code), a note's prose; folded onto lines
# opened by a blank, their commas, semicolons and line breaks escaped (`\,`, `\;`, `\n`). Each is written unfolded and
# unescaped, a line of its text on its property's first line, and read as a note (`<file>.ics-notes/event.txt` in a
# `notes` folder), so that a note's readers read it (`Usuario de prueba … / clave … (…)`).
_CALENDAR_FILES = (".ics", ".ical", ".ifb", ".vcs")
_CALENDAR_GATE = lazy_regex(r"(?m)^BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL)")
_CALENDAR_TEXT_PROPERTY = lazy_regex(r"^(?i:DESCRIPTION|SUMMARY|COMMENT|LOCATION|X-ALT-DESC)(?:;[^:\n]{0,256})?:(?P<value>.*)$")
_CALENDAR_ESCAPE = lazy_regex(r"\\(.)")
MAX_CALENDAR = 4 * 1024 * 1024
_CALENDAR_FOLDED_LINES = 64  # (continuation lines one property takes at most)


def calendar_text(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """A calendar's events' text properties, unfolded and unescaped (see _CALENDAR_TEXT_PROPERTY), read as a note."""
    if len(text) > MAX_CALENDAR:
        return
    folder, _, base = outer.rpartition("/")
    name = (folder + "/" if folder else "") + "notes/" + base + "-event.txt"
    written: List[str] = []
    numbers: List[int] = []
    index = 0
    while index < len(lines):
        found = _CALENDAR_TEXT_PROPERTY.match(lines[index].rstrip("\r"))
        if found is None:
            index += 1
            continue
        first = index
        value = found.group("value")
        index += 1
        while index < len(lines) and index - first <= _CALENDAR_FOLDED_LINES and lines[index][:1] in (" ", "\t"):
            value += lines[index].rstrip("\r")[1:]
            index += 1
        unescaped = _CALENDAR_ESCAPE.sub(lambda escape: "\n" if escape.group(1) in "nN" else escape.group(1), value)
        for part in unescaped.split("\n"):
            if part.strip():
                written.append(part)
                numbers.append(first + 1)
    if written:
        yield Embedded(name, "\n".join(written) + "\n", tuple(numbers), CALENDAR_TEXT)


def _wiki_line(line: str) -> str:
    if "{" in line:
        line = _WIKI_MONOSPACE.sub(lambda found: "`" + found.group("text").strip() + "`", line)
    heading = _WIKI_HEADING_LINE.match(line)
    if heading is not None:
        return "#" * int(heading.group("level")) + " " + line[heading.end():]
    if line[:1] in "# \t":
        line = _WIKI_NUMBERED.sub("1. ", line, count=1)
    if line.lstrip()[:2] in ("**", "--", "*-", "-*"):
        line = _WIKI_NESTED.sub("- ", line, count=1)
    if line.count("*") >= 2:  # (review: `*Password:* {{…}}`; a monospace span's text as written, `{{*Kastell*6844}}`)
        parts = line.split("`")
        line = "`".join(part if at % 2 else _WIKI_STRONG.sub(lambda found: "**" + found.group("text") + "**", part)
                        for at, part in enumerate(parts))
    return line


# (review) A span in bold, `*Password:*`: Markdown's `**Password:**` (its `*…*` is italics). No list item's mark: a bold
# span opens on a character, a mark before its blank.
_WIKI_STRONG = lazy_regex(r"(?<![\w*])\*(?P<text>[^\s*][^*\n]{0,254}?(?<=[^\s*]))\*(?![\w*])")


# (review) A page named for the markup itself (`.confluence`, `.jira`: a Jira issue's description or comment, seldom
# headed) shows it whatever marks it holds; a `.txt` or `.wiki` page by its heading and a monospace span, or by a table's
# header row written `||…||`, which no template's text is.
_WIKI_MARKUP_ONLY_FILES = (".confluence", ".jira")
_WIKI_TABLE_HEADER_LINE = lazy_regex(r"(?m)^[ \t]*\|\|[^|\n][^\n]{0,4096}?\|\|[ \t]*\r?$")


# (stop 66) A table's header row written `||…||` with a body row `|…|` right below it shows the markup on its own, in a
# page with no heading (a notes `.txt` holding a login table pasted from Confluence, `||System||User||Password||` then
# `|router|admin|…|`): no other text starts a line with `||` and ends it so, a body row below.
_WIKI_TABLE_WITH_ROW = lazy_regex(r"(?m)^[ \t]*\|\|[^|\n][^\n]{0,4096}?\|\|[ \t]*\r?\n[ \t]*\|(?!\|)[^\n]{0,4096}?\|[ \t]*\r?$")


def _is_wiki_markup(outer: str, text: str) -> bool:
    lowered = outer.lower()
    if not lowered.endswith(_WIKI_MARKUP_FILES):
        return False
    if lowered.endswith(_WIKI_MARKUP_ONLY_FILES):
        return True
    if "||" in text and _WIKI_TABLE_WITH_ROW.search(text) is not None:
        return True
    if _WIKI_MARKUP_HEADING.search(text) is None:
        return False
    return ("{{" in text and _WIKI_MONOSPACE.search(text) is not None) \
        or ("||" in text and _WIKI_TABLE_HEADER_LINE.search(text) is not None)


# --- a reStructuredText page's inline literals ----------------------------------------------------------------

# A Sphinx page (`.rst`) writes a code span as an inline literal in double backticks (``` ``…`` ```) or a role's
# (`:code:`…``, `:samp:`…``), where Markdown writes one backtick: `* Password: ``…``` is Markdown's `* Password: `…``.
# The documentation readers read a page's own lines (a `.rst` page's single-backtick spans, its `::` blocks, its list
# tables); a page holding inline literals is read once more as the same page with its literals written as Markdown's
# spans (`<page>.md`, in the page's folder), line for line, so that every reader of a span reads its literals too.
# (review 63: and Sphinx's copy of a page's source, `_sources/<page>.rst.txt`)
_RST_PAGE_FILES = (".rst", ".rest", ".rst.txt")
_RST_INLINE_LITERAL = lazy_regex(r"``(?P<text>[^`\s](?:[^`\n]{0,254}[^`\s])?)``")
_RST_LITERAL_ROLE = lazy_regex(r":(?:code|literal|samp|kbd|file|command|envvar|option)(?::[\w-]{1,32})?:`(?P<text>[^`\n]{1,256})`")


def _rst_line(line: str) -> str:
    if ":`" in line:
        line = _RST_LITERAL_ROLE.sub(lambda found: "`" + found.group("text") + "`", line)
    if "``" in line:
        line = _RST_INLINE_LITERAL.sub(lambda found: "`" + found.group("text") + "`", line)
    return line


# (stop 64) A page's tables, simple (`=====  =====` borders, the header's rows between the first two) and grid (`+---+`
# borders, `| … |` rows, the header's rows above a `+===+` border), say what a Markdown table says: each is written as
# one (`| Device | User | Password |`, its delimiter row on the border under the header), line for line, so that a
# password column, a login column and a settings table's rows are read under their header as a Markdown page's are. A
# table with no header (a simple table of two borders, a grid table with no `+===+`) is written under none: its rows are
# Markdown rows no reader reads as a table's (as before, nothing). A simple table's row is cut at its columns' starts
# (its last column runs to the line's end, as reStructuredText lets it); a row over more than one line is read a line
# at a time, as a Markdown row.
_RST_SIMPLE_BORDER = lazy_regex(r"^[ \t]*={2,}(?:[ \t]+={2,}){1,16}[ \t]*$")
_RST_GRID_BORDER = lazy_regex(r"^[ \t]*\+(?:-{2,}\+){1,17}[ \t]*$|^[ \t]*\+(?:={2,}\+){1,17}[ \t]*$")
_RST_TABLE_GATE = lazy_regex(r"(?m)^[ \t]*(?:==+[ \t]+==|\+--+\+|\+==+\+|\.\.[ \t]+csv-table::)")
_RST_SIMPLE_HEADER_ROWS = 4  # (lines a simple table's header may take before its second border)
_RST_SIMPLE_BODY_ROWS = 400  # (lines a simple table's body is looked through for its bottom border)


def _rst_simple_row(line: str, starts: List[int]) -> str:
    cells = [line[start:end].strip() for start, end in zip(starts, starts[1:] + [len(line)])]
    return "| " + " | ".join(_rst_line(cell).replace("|", "\\|") or " " for cell in cells) + " |"


def _rst_tables(piece: List[str]) -> List[str]:
    """The piece's lines with each table written as Markdown's (see _RST_SIMPLE_BORDER, _RST_CSV_TABLE), line for line."""
    written = [_rst_line(line) for line in piece]
    index = 0
    while index < len(piece):
        line = piece[index]
        if _RST_SIMPLE_BORDER.match(line) is not None:
            index = _rst_simple_table(piece, index, written)
        elif line.lstrip().startswith("+") and _RST_GRID_BORDER.match(line) is not None:
            index = _rst_grid_table(piece, index, written)
        elif "csv-table::" in line and _RST_CSV_TABLE.match(line) is not None:
            index = _rst_csv_table(piece, index, written)
        else:
            index += 1
    return written


# (stop 65) A CSV table (`.. csv-table:: Accounts`, its header in a `:header: "Service", "User", "Password"` option or
# its first row under `:header-rows: 1`, then its rows as CSV: quoted cells, commas or its `:delim:`'s character) says
# what a simple table says: written as a Markdown table, line for line, its header row and delimiter row on the two
# lines above its first body row (the options' and the blank line's, or the blank line's and the header row's own),
# each record on its first line (a record run on over lines, a quoted cell's line break, leaves rows of blanks below
# it). A table with no header, or its data in a file (`:file:`, `:url:`), is written as before.
_RST_CSV_TABLE = lazy_regex(r"^(?P<indent>[ \t]*)\.\.[ \t]+csv-table::")
_RST_CSV_OPTION = lazy_regex(r"^[ \t]*:(?P<name>[a-z-]{1,32}):(?:[ \t]+(?P<value>\S[^\n]{0,4095}?))?[ \t]*\r?$")
_RST_CSV_DELIMITERS = {"tab": "\t", "space": " "}
_RST_CSV_LINES = 400  # (a table's body lines read)


def _rst_csv_records(body: List[str], delimiter: str, quote: str, escape: Optional[str]) -> Optional[List[Tuple[int, List[str]]]]:
    """(the body line a record starts on, its cells) of each of the CSV body's records (blank lines skipped); None where
    it reads as no CSV."""
    import csv

    records: List[Tuple[int, List[str]]] = []
    index = 0
    while index < len(body):
        if not body[index].strip():
            index += 1
            continue
        first = index
        text = body[index]
        # (a quoted cell's line break: the record runs on while its quotes are unbalanced)
        while text.count(quote) % 2 and index + 1 < len(body) and index + 1 - first < 16:
            index += 1
            text += "\n" + body[index]
        try:
            cells = next(csv.reader([text], delimiter=delimiter, quotechar=quote, escapechar=escape,
                                    skipinitialspace=True, strict=False))
        except (csv.Error, StopIteration):
            return None
        records.append((first, [" ".join(cell.split()) for cell in cells]))
        index += 1
    return records


def _rst_csv_table(piece: List[str], top: int, written: List[str]) -> int:
    """Writes the CSV table whose directive is line `top` (see _RST_CSV_TABLE); the index after it."""
    directive = _RST_CSV_TABLE.match(piece[top])
    if directive is None:
        return top + 1
    margin = len(directive.group("indent"))
    options: Dict[str, str] = {}
    index = top + 1
    while index < len(piece) and piece[index].strip():
        option = _RST_CSV_OPTION.match(piece[index])
        if option is None or len(piece[index]) - len(piece[index].lstrip()) <= margin:
            break
        options[option.group("name")] = option.group("value") or ""
        index += 1
    body_first = index
    end = index
    while end < min(len(piece), body_first + _RST_CSV_LINES) and (
            not piece[end].strip() or len(piece[end]) - len(piece[end].lstrip()) > margin):
        end += 1
    if "file" in options or "url" in options or body_first == top + 1 or body_first >= end:
        return top + 1
    delimiter = options.get("delim", ",")
    delimiter = _RST_CSV_DELIMITERS.get(delimiter, delimiter)
    quote = options.get("quote", '"')
    escape = options.get("escape")
    if len(delimiter) != 1 or len(quote) != 1 or (escape is not None and len(escape) != 1):
        return top + 1
    records = _rst_csv_records(piece[body_first:end], delimiter, quote, escape)
    header_rows = options.get("header-rows", "0").strip()
    if "header" in options:
        header = _rst_csv_records([options["header"]], ",", quote, escape)
        if not header or not records:
            return top + 1
        cells = header[0][1]
    elif header_rows == "1" and records and len(records) >= 2:
        cells = records[0][1]
        records = records[1:]
    else:
        return top + 1
    first_row = body_first + records[0][0]
    if first_row - 2 <= top:
        return top + 1

    def row(cells: List[str]) -> str:
        return "| " + " | ".join(_rst_line(cell).replace("|", "\\|") or " " for cell in cells) + " |"

    blanks = "| " + " | ".join(" " for _ in cells) + " |"
    for at in range(top, end):
        written[at] = ""
    written[first_row - 2] = row(cells)
    written[first_row - 1] = "| " + " | ".join("---" for _ in cells) + " |"
    last = body_first + records[-1][0]
    for at in range(first_row, last + 1):
        written[at] = blanks  # (a record's run-on lines and the blank lines between records: the table goes on)
    for start, record in records:
        written[body_first + start] = row(record)
    return end


def _rst_simple_table(piece: List[str], top: int, written: List[str]) -> int:
    """Writes the simple table whose top border is `top` (see _RST_SIMPLE_BORDER); the index after it."""
    border = piece[top]
    starts = [found.start() for found in re.finditer(r"=+", border)]
    second = next((index for index in range(top + 1, min(top + 2 + _RST_SIMPLE_HEADER_ROWS, len(piece)))
                   if _RST_SIMPLE_BORDER.match(piece[index]) is not None), None)
    if second is None or second == top + 1:
        return top + 1
    following = second + 1
    while following < min(len(piece), second + 1 + _RST_SIMPLE_BODY_ROWS) and             _RST_SIMPLE_BORDER.match(piece[following]) is None:
        following += 1
    if second + 1 == len(piece) or not piece[second + 1].strip() or following == len(piece) or             _RST_SIMPLE_BORDER.match(piece[following]) is None:
        # (a border with a blank line after it ends a table: two borders only, a table with no header, its rows between
        # them; written under none)
        written[top] = ""
        for index in range(top + 1, second):
            written[index] = _rst_simple_row(piece[index], starts) if piece[index].strip() else ""
        written[second] = ""
        return second + 1
    written[top] = ""
    for index in range(top + 1, second):
        written[index] = _rst_simple_row(piece[index], starts)
    written[second] = "| " + " | ".join("---" for _ in starts) + " |"
    for index in range(second + 1, following):
        written[index] = _rst_simple_row(piece[index], starts)
    written[following] = ""
    return following + 1


def _rst_grid_table(piece: List[str], top: int, written: List[str]) -> int:
    """Writes the grid table whose top border is `top` (see _RST_GRID_BORDER); the index after it."""
    end = top + 1
    while end < len(piece) and piece[end].strip()[:1] in ("|", "+"):
        end += 1
    header = next((index for index in range(top + 1, end) if "=" in piece[index]
                   and _RST_GRID_BORDER.match(piece[index]) is not None), None)
    width = piece[top].strip().count("+") - 1
    for index in range(top, end):
        line = piece[index]
        if _RST_GRID_BORDER.match(line) is None:
            continue
        if index == top or index == end - 1:
            written[index] = ""
        elif index == header:
            written[index] = "| " + " | ".join("---" for _ in range(width)) + " |"
        else:
            written[index] = "| " + " | ".join(" " for _ in range(width)) + " |"  # (a row's end: a row of blanks)
    if header is None:
        written[top] = ""
    return end


def rst_page(outer: str, lines: List[str], text: str, starts: "LineStarts") -> Iterator[Embedded]:
    """The page's text with its inline literals written as Markdown's code spans and its tables as Markdown's (see
    _RST_PAGE_FILES, _RST_SIMPLE_BORDER), read as `<page>.md`, in pieces of whole lines of at most MAX_HTML_PAGE each (a
    line longer alone is left out)."""
    stem = outer.rsplit(".", 1)[0]
    tables = _RST_TABLE_GATE.search(text) is not None
    for first, end in _pieces(lines):
        piece = lines[first:end]
        if not tables and not any("``" in line or ":`" in line for line in piece):
            continue
        page = _rst_tables(piece) if tables else [_rst_line(line) for line in piece]
        yield Embedded(stem + ".md", "\n".join(page) + "\n", tuple(range(first + 1, end + 1)), RST_PAGE)


def embedded(outer: str, text: str, hits: Optional[Set[int]] = None,
             named: Callable[[str], bool] = lambda name: False, lines: Optional[List[str]] = None) -> List[Embedded]:
    """Every file held inside `text` (bounded in count and size). `hits`: the lines (0-based) a
    prefilter hit on, when known: JSON strings elsewhere are not unescaped (their keywords would
    show through the escapes); files named by a key or a redirection are read wherever they are
    (their name alone can make their lines candidates). `lines`: `text.split("\\n")`, when the
    caller has it (read, never changed)."""
    if len(text) > MAX_TEXT:
        return []
    carriers = [carrier for carrier, gate in (
        (block_scalars, _BLOCK_GATE.search(text) is not None),  # (which looks for `|` and `>` first)
        # With the hit lines known and none of them, only a string under a file's name or a
        # notebook's %%writefile can be read (their names alone can make lines candidates).
        (json_strings, '"' in text and (_has_escaped_newline(text) or outer.lower().endswith(".ipynb")) and (
            hits is None or bool(hits) or _may_open_with_magic(text) or _FILE_KEY_GATE.search(text) is not None)),
        (here_documents, _HEREDOC_MARK.search(text) is not None),
        (php_here_documents, "<<<" in text),
        (python_string_files, outer.lower().endswith(_PYTHON_FILES) and ('"""' in text or "\'\'\'" in text)),
        (code_string_files, (outer.lower().endswith(_BACKTICK_STRING_FILES) and "`" in text)
         or (outer.lower().endswith(_TRIPLE_QUOTE_STRING_FILES) and '"""' in text)
         or (outer.lower().endswith(".cs") and ('@"' in text or '@$"' in text))),
        (echo_lines, ("echo" in text or "printf" in text) and _ECHO_WORD.search(text) is not None),
        # Pairs are kept only where a prefilter hit one of their lines: with no hit line, none is.
        (named_pairs, (hits is None or bool(hits)) and _PAIR_VALUE_GATE.search(text) is not None),
        (xml_code, "&" in text and outer.lower().endswith(_CODE_ELEMENT_FILES) and _has_code_escape(text)
         and _CODE_ELEMENT.search(text) is not None),
        (html_page, (hits is None or bool(hits)) and outer.lower().endswith(_HTML_PAGE_FILES + _TEMPLATE_PAGE_FILES)
         and _HTML_TEXT_TAG.search(text) is not None),
        (page_scripts, (hits is None or bool(hits)) and outer.lower().endswith(_HTML_PAGE_FILES)
         and _HTML_SCRIPT_OPEN.search(text) is not None),
        (wiki_page, (hits is None or bool(hits)) and outer.lower().endswith(_WIKI_PAGE_FILES)),
        # (stop 61: a Confluence or Jira export's wiki markup, `* Password: {{…}}`, read as Markdown; whatever lines the
        # prefilter hit, as its spans become Markdown's: `DB login: {{kaisse}} / {{…}}` holds no backtick to hit)
        (wiki_markup_page, _is_wiki_markup(outer, text)),
        # (stop 62: a reStructuredText page's inline literals, `* Password: ``…```, read as Markdown's code spans)
        # (review 63: a page whose literals are all roles', `:samp:`…``, holds no double backtick)
        # (stop 64: and its tables, a password column under its header)
        (rst_page, outer.lower().endswith(_RST_PAGE_FILES) and (hits is None or bool(hits)) and (
            "``" in text or ":`" in text or _RST_TABLE_GATE.search(text) is not None)),
        # (stop 68: a chat's JSON export, Telegram's `result.json`, read as a chat's text export; a calendar's events' text
        # read as a note)
        # (whatever lines the prefilter hit: a message's JSON line ends in its quote and its other fields, where a chat's
        # reader looks for a token ending its message)
        # (stop 69: and Slack's, Messenger's, Discord's and Google Chat's, each message an object: chat_export_json)
        (chat_export_json, outer.lower().endswith(_CHAT_JSON_FILES) and (
            (any(word in text for word in _CHAT_JSON_SENDER_WORDS) and _CHAT_JSON_GATE.search(text) is not None)
            or ('"ts"' in text and _SLACK_MESSAGE_GATE.search(text) is not None))),
        # (whatever lines the prefilter hit: a property folded over lines splits its words and its value apart)
        (calendar_text, outer.lower().endswith(_CALENDAR_FILES) and _CALENDAR_GATE.search(text) is not None),
        # (stop 70: a code review's record, its diff fences read as a patch)
        (review_diffs, (hits is None or bool(hits)) and ("```" in text or "~~~" in text) and _is_review_record(outer)
         and _DIFF_FENCE_GATE.search(text) is not None),
        (lambda outer, lines, text, starts: typed_assignments(outer, lines, text, starts, hits),
         (hits is None or bool(hits)) and (
            ("=" in text and (outer.lower().endswith(_PYTHON_FILES + _TYPED_FILES + _VB_FILES) or _MAKEFILE.search(outer) is not None))
            or ("</" in text and outer.lower().endswith(_XML_FILES)))),
    ) if gate]
    if not carriers:
        return []
    if lines is None:
        lines = text.split("\n")
    starts = LineStarts(text)
    found: List[Embedded] = []
    budget = MAX_EMBEDDED_TOTAL
    for carrier in carriers:
        if carrier is json_strings:
            items = json_strings(outer, lines, text, starts, hits, named)
        else:
            items = carrier(outer, lines, text, starts)
        for item in items:
            if len(item.text) > MAX_EMBEDDED or len(item.text) > budget or not item.text.strip():
                continue
            budget -= len(item.text)
            found.append(item)
            if len(found) >= MAX_EMBEDDED_COUNT:
                return found
    return found


# --- base64 ---------------------------------------------------------------------------------------

# A run with a digit in it (base64 of text almost always has one; identifiers and words do not),
# found in one C-level pass.
# Base64 of text in a value (after `:` or `=`, quoted or not: YAML, JSON, .env, code), by its
# shape: the first character of every 4-character group holds the top six bits of a text byte
# (printable ASCII, tab, line break: C, D, I to f), so words, identifiers and hashes rarely pass;
# and a digit somewhere. The search is led by `:`/`=`, so it is one fast C-level pass.
_GROUP = r"[CDI-Za-f][A-Za-z0-9+/_-]{3}"
_BASE64_VALUE = (
    r"[ \t]*[\"']?(?=[CDI-Za-f])(?P<run>(?=[A-Za-z_+/-]*[0-9])(?:%s){%d,}"
    r"(?:[CDI-Za-f][A-Za-z0-9+/_-]{1,2}={0,2}|[CDI-Za-f][A-Za-z0-9+/_-]{3}=)?)"
    r"(?![\w+/=-])" % (_GROUP, MIN_BASE64 // 4)
)
_BASE64_RUN = lazy_regex(r"[:=]" + _BASE64_VALUE)
# Whether a text has any run at all: a search led by one literal character is several times
# faster than one led by the class `[:=]`, so the two are searched for apart (they match where
# _BASE64_RUN does, at `=` or at `:`).
_BASE64_AFTER_EQUALS = lazy_regex("=" + _BASE64_VALUE)
_BASE64_AFTER_COLON = lazy_regex(":" + _BASE64_VALUE)


# An HTTP Basic credential written as its header's value (`"Basic <base64 of user:password>"`, with
# or without `Authorization:` before it): decoded in place as well, so that every kind reads the
# user and password (a PyPI token sent as `__token__:pypi-…`).
# (The lookbehind follows the literal: a pattern opening with one is tried at every character.)
_BASIC_RUN = lazy_regex(r"Basic(?<![\w]Basic)(?=[ \t])" + _BASE64_VALUE)
# npm's base64 settings (`_auth`, base64 of `user:password`; `_password`, base64 of the password) given as a
# command's argument after a blank (`npm config set //<registry>/:_auth <base64>`, in a Dockerfile's RUN or a
# CI script) or as a .yarnrc's `"//<registry>/:_auth" "<base64>"`: decoded as after `=`.
_NPM_AUTH_RUN = lazy_regex(r"_(?:auth|password)(?<![\w-]_auth)(?<![\w-]_password)[\"']?(?=[ \t])" + _BASE64_VALUE)


_NPM_SETTING_BLANK = lazy_regex(r"""(?<![\w-])_(?:auth|password)["']?(?P<blank>[ \t]+)["']?$""")


def _has_base64_run(text: str) -> bool:
    return ("=" in text and _BASE64_AFTER_EQUALS.search(text) is not None) or (
        ":" in text and _BASE64_AFTER_COLON.search(text) is not None) or _has_basic_run(text) or _has_npm_auth_run(text)


def _has_npm_auth_run(text: str) -> bool:
    # (tried at each `_auth`/`_password` found with `str.find`: a search tried the pattern at every
    # `_` of a file, 0.12 s of botocore's wheel)
    for literal in ("_auth", "_password"):
        at = text.find(literal)
        while at >= 0:
            if _NPM_AUTH_RUN.match(text, at) is not None:
                return True
            at = text.find(literal, at + 1)
    return False


def _has_basic_run(text: str) -> bool:
    return "Basic" in text and _BASIC_RUN.search(text) is not None


def _base64_runs(text: str) -> Iterator["re.Match[str]"]:
    """The base64 runs after `:`/`=` in the text, then those after `Basic` and after npm's `_auth`."""
    yield from _BASE64_RUN.finditer(text)
    if "Basic" in text:
        yield from _BASIC_RUN.finditer(text)
    if "_auth" in text or "_password" in text:
        yield from _NPM_AUTH_RUN.finditer(text)
_DIGIT = lazy_regex(r"[0-9]")
_TEXT = lazy_regex(r"^[\t\n\r\x20-\x7e\u00a0-\uffff]*$")
_KEY_BEFORE = lazy_regex(r"[\"']?([\w.@~$/-]{1,128})[\"']?[ \t]*[:=][ \t]*[\"']?$")


def decode_base64(run: str, called: bool = False) -> Optional[str]:
    """The text `run` is the base64 (standard or URL-safe) of, or None: it must decode cleanly
    to UTF-8 text of printable characters (what holds a credential). `called`: a decoding call
    says it is base64 (from MIN_DECODED_CALL characters, no digit asked for)."""
    if not (MIN_DECODED_CALL if called else MIN_BASE64) <= len(run) <= MAX_BASE64 or (
            not called and _DIGIT.search(run) is None):
        return None
    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return None
    standard = "-" not in body and "_" not in body
    if not standard and ("+" in body or "/" in body):
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(padded, validate=True) if standard else base64.urlsafe_b64decode(padded)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if len(text.strip()) < 4 or not _TEXT.match(text):
        return None
    return text


def _decoded_fully(run: str, called: bool = False) -> Optional[str]:
    """Decoded, and decoded again while the whole result is base64 itself (bounded)."""
    text = decode_base64(run, called)
    for _ in range(MAX_DECODE_DEPTH - 1):
        if text is None:
            break
        again = decode_base64(text.strip())
        if again is None:
            break
        text = again
    return text


# --- values decoded where they are used ---------------------------------------------------------

# A base64 literal handed to a decoding call (`atob("…")`, `base64.b64decode(b"…")`,
# `Buffer.from("…", "base64")`, `[Convert]::FromBase64String("…")`, HCL's `base64decode("…")`,
# `echo … | base64 -d`): the program reads the decoded text there, so the view holds it there as a
# literal (`LEGACY_PASS = "…"`), and every detector reads it with the name on its line. The call
# says the run is base64: neither its shape nor a digit is asked of it, only that it decodes
# cleanly to text (as `decode_base64`), from 8 characters (a 6-character password) up to
# MAX_BASE64. Each pattern is led by its call's literal name (memchr speed), searched for only
# when that name is in the text at all.
MIN_DECODED_CALL = 8
_CALL_RUN = r"(?P<q>[\"'`])(?P<run>[A-Za-z0-9+/_-]{%d,%d}={0,2})(?P=q)" % (MIN_DECODED_CALL, MAX_BASE64)
# A call's argument may be the literal or a name (`Buffer.from(TOKEN_B64, "base64")`,
# `Base64.decode(ENCODED_CLIENT_SECRET, Base64.NO_WRAP)`): a name the text sets to a literal is
# read where it is set (see `_decode_named`).
_CALL_NAME = r"(?P<name>[A-Za-z_$][\w$.]{0,127})(?![\w$.(\[\"'`])"


def _call_argument(prefix: str = "") -> str:
    return "(?:" + prefix + _CALL_RUN + "|" + _CALL_NAME + ")"


_ARGUMENT = _call_argument()
_BYTES_ARGUMENT = _call_argument("[bB]?")
_DECODE_CALLS = (
    # (a word the text must hold, the call from its name on, the callee words it may follow)
    ("atob", lazy_regex(r"atob\([ \t]*" + _ARGUMENT + r"[ \t]*\)")),
    # Python's b64decode, standard_/urlsafe_b64decode, decodebytes; Ruby's (strict_)decode64;
    # PHP's base64_decode; HCL's base64decode; Go's DecodeString; Java's getDecoder().decode.
    ("b64decode", lazy_regex(r"b64decode\([ \t]*" + _BYTES_ARGUMENT + r"[ \t]*(?:,[ \t]*(?:validate[ \t]*=[ \t]*)?\w{1,8}[ \t]*)?\)")),
    ("decodebytes", lazy_regex(r"decodebytes\([ \t]*" + _BYTES_ARGUMENT + r"[ \t]*\)")),
    ("decode64", lazy_regex(r"decode64\([ \t]*" + _ARGUMENT + r"[ \t]*\)")),
    ("base64_decode", lazy_regex(r"base64_decode\([ \t]*" + _ARGUMENT + r"[ \t]*(?:,[ \t]*\w{1,8}[ \t]*)?\)")),
    ("base64decode", lazy_regex(r"base64decode\([ \t]*" + _ARGUMENT + r"[ \t]*\)")),
    ("DecodeString", lazy_regex(r"(?<=Encoding\.)DecodeString\([ \t]*" + _ARGUMENT + r"[ \t]*\)")),
    ("getDecoder", lazy_regex(r"getDecoder\(\)\.decode\([ \t]*" + _ARGUMENT + r"[ \t]*\)")),
    ("FromBase64String", lazy_regex(r"FromBase64String\([ \t]*" + _ARGUMENT + r"[ \t]*\)")),
    ("Buffer", lazy_regex(r"Buffer\.from\([ \t]*" + _ARGUMENT + r"[ \t]*,[ \t]*(?P<eq>[\"'`])base64(?P=eq)[ \t]*\)")),
    # Android's android.util.Base64.decode(…, flags) (Kotlin, Java), Apache Commons' decodeBase64,
    # Swift's Data(base64Encoded: …).
    ("Base64.decode", lazy_regex(r"Base64\.decode(?:Base64)?\([ \t]*" + _ARGUMENT + r"[ \t]*(?:,[ \t]*[\w.|]{1,64}(?:[ \t]+(?:or|and)[ \t]+[\w.]{1,64}){0,4}[ \t]*)?\)")),
    ("base64Encoded", lazy_regex(r"Data\([ \t]*base64Encoded:[ \t]*" + _ARGUMENT + r"[ \t]*(?:,[ \t]*options:[ \t]*[\w.\[\]]{1,64}[ \t]*)?\)")),
)
# A name handed to a decoding call, set to a literal in the text (`const val NAME = "…"`, `NAME = b"…"`,
# `let NAME: String = "…"`, `$NAME = '…'`, `NAME := "…"`): led by the name (memchr speed), the
# lookbehind after it (a pattern opening with one is tried at every character).
_NAMED_LITERAL = r"%s(?<![\w.]%s)[ \t]*(?::[ \t]*[\w.?<>]{1,64}[ \t]*)?:?=(?!=)[ \t]*[bB]?" + _CALL_RUN
MAX_NAMED_DECODES = 16
# What stands before a call's name as part of it (`base64.`, `window.`, `Base64.strict_`,
# `[System.Convert]::`, `base64.StdEncoding.`): walked back over in `_callee_start`.
_CALLEE_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$.")
_CALLEE_LIMIT = 128


# Wrappers that turn the decoded bytes into text, kept out of the literal: `new String(…)`,
# `[Text.Encoding]::UTF8.GetString(…)`, `String(…)` (Kotlin), `string(…)` (Go), `.decode()`, `.toString()`.
_WRAPPER_BEFORE = lazy_regex(r"(?:new[ \t]+String|(?:\[[\w.]{1,64}\]::)?[\w.]{0,64}GetString|\bString|\bstring|\bstr)\([ \t]*$")
_WRAPPER_AFTER = lazy_regex(r"[ \t]*(?:,[ \t]*(?:[\w.]{1,64}|[\"'][\w-]{1,16}[\"'])[ \t]*)?\)")
_TEXT_AFTER = lazy_regex(r"\.(?:decode|toString|to_s|force_encoding)\([ \t]*(?:(?:encoding[ \t]*=[ \t]*)?[\"'][\w-]{1,16}[\"']|[\w.]{1,64})?[ \t]*\)")
# The shell's `echo X | base64 -d` (also `printf`, `--decode`, `-D`, `| base64 -di`) and
# `base64 -d <<< X`. The pipeline is read forward from its echo (each run is read once).
_BASE64_DECODE_OPTION = r"[ \t]+(?:-d[a-z]{0,3}|--decode|-D)(?![\w-])"
_SHELL_RUN = r"(?P<q>[\"']?)(?P<run>[A-Za-z0-9+/_-]{%d,%d}={0,2})(?P=q)" % (MIN_DECODED_CALL, MAX_BASE64)
_SHELL_PIPED = lazy_regex(
    r"(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:'%s'|\"%s\"|%s))?)[ \t]+" + _SHELL_RUN
    + r"[ \t]*\|[ \t]*base64" + _BASE64_DECODE_OPTION + r"(?:[ \t]+-[iw][ \t]*\d{0,4})?")
_SHELL_HERESTRING = lazy_regex(r"base64" + _BASE64_DECODE_OPTION + r"[ \t]*<<<[ \t]*" + _SHELL_RUN + r"(?![\w+/=-])")
_SHELL_DECODING = lazy_regex(r"base64" + _BASE64_DECODE_OPTION)  # the gate: a decoding base64 at all
_SUBSTITUTION_OPEN = lazy_regex(r"\$\([ \t]*$")
_BACKQUOTE_BEFORE = lazy_regex(r"`[ \t]*$")
_BACKQUOTE_AFTER = lazy_regex(r"[ \t]*`")
_SUBSTITUTION_CLOSE = lazy_regex(r"[ \t]*\)")
_SHELL_REDIRECT_AFTER = lazy_regex(r"[ \t]*>>?[ \t]*(?P<target>[^\s;&|<>()]+)")


def _callee_start(line: str, start: int) -> int:
    """Where the callee whose last name starts at `start` begins (`base64.` before `b64decode`,
    `[System.Convert]::` before `FromBase64String`), at most _CALLEE_LIMIT characters back."""
    limit = max(0, start - _CALLEE_LIMIT)
    position = start
    while True:
        while position > limit and line[position - 1] in _CALLEE_CHARACTERS:
            position -= 1
        if position - 2 > limit and line[position - 2:position] == "::" and line[position - 3] == "]":
            opening = line.rfind("[", limit, position - 3)
            if opening >= 0 and all(character in _CALLEE_CHARACTERS for character in line[opening + 1:position - 3]):
                position = opening
                continue
        return position


def _decoded_call_text(run: str) -> Optional[str]:
    """The text a run handed to a decoding call decodes to (any length from MIN_DECODED_CALL),
    decoded again while it is base64 itself, as `_decoded_fully`."""
    return _decoded_fully(run, called=True)


def _as_literal(value: str, quote: str) -> str:
    """`value` as a string literal: in its call's quote, or in one it does not hold."""
    for candidate in (quote if quote in "\"'" else '"', '"', "'"):
        if candidate not in value:
            return candidate + value + candidate
    return quote + value + quote


def _decode_calls_on_line(line: str) -> Tuple[str, List[Tuple[str, str]]]:
    """(the line with each decoding call of a base64 literal replaced by what it decodes to,
    [(key, text)] of those that decode to a whole file): only runs that decode to text count."""
    replaced: List[Tuple[int, int, str]] = []
    files: List[Tuple[str, str]] = []
    for word, pattern in _DECODE_CALLS:
        if word not in line:
            continue
        for found in pattern.finditer(line):
            if found.group("run") is None:
                continue  # a name: read where the text sets it (`_decode_named`)
            decoded = _decoded_call_text(found.group("run"))
            if decoded is None:
                continue
            start, end = found.start(), found.end()
            start = _callee_start(line, start)
            wrapper = _WRAPPER_BEFORE.search(line, max(0, start - 128), start)
            if wrapper is not None:
                closing = _WRAPPER_AFTER.match(line, end)
                if closing is not None:
                    start, end = wrapper.start(), closing.end()
            as_text = _TEXT_AFTER.match(line, end)
            if as_text is not None:
                end = as_text.end()
            if "\n" in decoded.strip("\n"):
                key = _KEY_BEFORE.search(line, max(0, start - _KEY_WINDOW), start)
                files.append((key.group(1) if key else "", decoded))
                continue
            replaced.append((start, end, _as_literal(decoded.strip("\r\n"), found.group("q"))))
    if "base64" in line and _SHELL_DECODING.search(line) is not None:
        for found in _SHELL_PIPED.finditer(line):
            if found.start() == 0 or not (line[found.start() - 1].isalnum() or line[found.start() - 1] in "_-"):
                replaced.extend(_shell_decoded(line, found.start(), found.end(), found.group("run"), files))
        for found in _SHELL_HERESTRING.finditer(line):
            replaced.extend(_shell_decoded(line, found.start(), found.end(), found.group("run"), files))
    if not replaced:
        return line, files
    pieces: List[str] = []
    position = 0
    for start, end, literal in sorted(replaced):
        if start < position:
            continue  # inside a call already replaced (a wrapper's)
        pieces.append(line[position:start])
        pieces.append(literal)
        position = end
    return "".join(pieces) + line[position:], files


def _shell_decoded(line: str, start: int, end: int, run: str, files: List[Tuple[str, str]]) -> List[Tuple[int, int, str]]:
    """A shell pipeline decoding `run`: inside `$( … )` or backquotes the substitution is the
    decoded text (`PASSWORD=$(echo … | base64 -d)`); otherwise it prints it (`echo <text>`), or
    writes it to the file it is redirected to (read as that file when it holds several lines)."""
    decoded = _decoded_call_text(run)
    if decoded is None:
        return []
    opening = _SUBSTITUTION_OPEN.search(line, max(0, start - 8), start)
    closing = _SUBSTITUTION_CLOSE.match(line, end) if opening is not None else None
    backquoted = opening is None and _BACKQUOTE_BEFORE.search(line, max(0, start - 8), start) is not None and (
        _BACKQUOTE_AFTER.match(line, end) is not None)
    if "\n" in decoded.strip("\n"):
        redirect = _SHELL_REDIRECT_AFTER.match(line, end)
        key = redirect.group("target") if redirect else ""
        if not key:
            named = _KEY_BEFORE.search(line, max(0, start - _KEY_WINDOW), opening.start() if opening else start)
            key = named.group(1) if named else ""
        files.append((key, decoded))
        return []
    value = decoded.strip("\r\n")
    if opening is not None and closing is not None:
        return [(opening.start(), closing.end(), value)]
    if backquoted:
        return [(line.rindex("`", 0, start), line.index("`", end) + 1, value)]
    return [(start, end, "echo " + _as_literal(value, "'"))]


# Files whose language has `atob` (the browser's and Node's): every other decoding call is
# named after base64 or sits in a file that imports base64 (`from base64 import b64decode`,
# `Base64.getDecoder()`, `base64.StdEncoding`, `[Convert]::FromBase64String`, `base64_decode`).
_ATOB_FILES = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".vue", ".svelte", ".html", ".htm")


# Prose and translations run no code (a call there is an example): not searched for calls.
_NO_CALL_FILES = (".po", ".pot", ".mo", ".txt", ".rst", ".md", ".css", ".svg", ".csv", ".map")


def _may_decode_calls(text: str, filename: str) -> bool:
    """A decoding call's name is in the text: one substring search over the text (two in a
    script of the browser's) before the call names are looked for."""
    lowered = filename.lower()
    if lowered.endswith(_NO_CALL_FILES) or not (
            "ase64" in text or (lowered.endswith(_ATOB_FILES) and "atob(" in text)):
        return False
    return any(word in text for word, _ in _DECODE_CALLS) or (
        "base64" in text and _SHELL_DECODING.search(text) is not None)


def _decode_calls(text: str, view: View, starts: "LineStarts", files: List[Tuple[int, str, str]]) -> None:
    """Each line holding a decoding call of a base64 literal, with the call read as its text."""
    indices: Set[int] = set()
    names: List[str] = []
    for word, pattern in _DECODE_CALLS:
        if word in text:
            for found in pattern.finditer(text):
                if found.group("run") is not None:
                    indices.add(_line_index(starts, found.start()))
                elif len(names) < MAX_NAMED_DECODES:
                    name = found.group("name").rsplit(".", 1)[-1]
                    if name and name not in names:
                        names.append(name)
    if "base64" in text:
        indices.update(_line_index(starts, found.start()) for found in _SHELL_DECODING.finditer(text))
    for index in sorted(indices)[:MAX_DECODED_VALUES]:  # (each line's runs are disjoint: linear in it)
        line, whole_files = _decode_calls_on_line(view.lines[index])
        files.extend((index, key, decoded) for key, decoded in whole_files)
        if line != view.lines[index]:
            view.lines[index] = line
            view.changed[index] = DECODED if index not in view.changed else view.changed[index] + ", " + DECODED
    for name in names:
        _decode_named(text, name, view, starts, files)


_DOTTED_PART = lazy_regex(r"\.[A-Za-z0-9_-]")
_HIDDEN_TOKEN = lazy_regex(r"^(?=[^0-9]*[0-9])(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9+/=_.:-]{20,512}$")


def hidden_token(value: str) -> bool:
    """A value a decoding call hides that reads as a generated token (one word of letters and
    digits mixed, 20 characters or more, 12 distinct): not a word, a path or a sentence."""
    return _HIDDEN_TOKEN.match(value) is not None and len(set(value)) >= 12


def _decode_named(text: str, name: str, view: View, starts: "LineStarts", files: List[Tuple[int, str, str]]) -> None:
    """Where the text sets `name` (handed to a decoding call) to a base64 literal, the literal
    is read as its text there: the line keeps its name (`ENCODED_CLIENT_SECRET = "<decoded>"`)."""
    if name.startswith("$"):
        name = name[1:]
    escaped = re.escape(name)
    for count, found in enumerate(re.finditer(_NAMED_LITERAL % (escaped, escaped), text)):
        if count >= MAX_DECODED_VALUES:
            break
        index = _line_index(starts, found.start())
        if index in view.changed:
            continue  # read already
        decoded = _decoded_call_text(found.group("run"))
        if decoded is None:
            continue
        if "\n" in decoded.strip("\n"):
            files.append((index, name, decoded))
            continue
        line = view.lines[index]
        start, end = found.start("q") - starts[index], found.end() - starts[index]
        value = decoded.strip("\r\n")
        view.lines[index] = line[:start] + _as_literal(value, found.group("q")) + line[end:]
        view.changed[index] = DECODED
        view.hidden[index] = value


# --- split tokens ---------------------------------------------------------------------------------

# A literal ends at the next quote, escaped or not (tokens hold no quotes): each quote then starts
# at most one scan, which stops at the next one, so the search stays linear.
_LITERAL = r"\"(?:[^\"\\\n]|\\[^\"\n])*\"|'(?:[^'\\\n]|\\[^'\n])*'"
_CONCATENATION = lazy_regex(
    r"(?:%s)(?:(?:[ \t\r\n+]|\\\r?\n)*(?:%s)){1,%d}" % (_LITERAL, _LITERAL, MAX_LITERALS - 1)
)
_ONE_LITERAL = lazy_regex(_LITERAL)
# A concatenation read from a junction's opening literal (never searched over the text): its literals may hold
# escaped quotes (a JAAS line `"… password=\"<first part>" +` then `"<rest>\";"` in Java, C#, JavaScript).
_ESCAPED_LITERAL = r"\"(?:[^\"\\\n]|\\[^\n])*\"|'(?:[^'\\\n]|\\[^\n])*'"
_ESCAPED_CONCATENATION = lazy_regex(
    r"(?:%s)(?:(?:[ \t\r\n+]|\\\r?\n)*(?:%s)){1,%d}" % (_ESCAPED_LITERAL, _ESCAPED_LITERAL, MAX_LITERALS - 1)
)
_ESCAPED_ONE_LITERAL = lazy_regex(_ESCAPED_LITERAL)
MAX_ESCAPED_QUOTES = 16  # escaped quotes passed, back from a junction, to its literal's opening
MAX_LINES_BACK = 8  # lines above a junction's line its concatenation's first literal may stand on
MAX_BACKSLASHES = 64  # backslashes counted before a quote (a longer run escapes nothing more)
_LINE_END_READ = 2048  # characters of a line's end read back for the literal that ends it
# (A token URL-encoded where it is sent, an X app bearer's `%2B` and `%3D`, split before or after one: a
# percent-encoding is a token's, a format's `%s` is none.)
_TOKEN_TAIL = lazy_regex(r"^(?:[\w+/=.:-]|%[0-9A-Fa-f]{2})+")
_TOKEN_PUNCTUATION = frozenset("_+/=.:-")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _trailing_token_length(text: str, enough: int) -> int:
    """The length of the run of token characters (`_TOKEN_TAIL`'s) that ends `text`, counted back from its end up to
    `enough`. (Walked by hand: a search for the run anchored at the end tried every start, quadratic in a long run
    that a stray character ends just short of the quote.)"""
    position = len(text)
    while position > 0 and len(text) - position < enough:
        character = text[position - 1]
        if character.isalnum() or character in _TOKEN_PUNCTUATION:
            position -= 1
        elif (character == "%" and len(text) - position >= 2 and text[position] in _HEX_DIGITS
              and text[position + 1] in _HEX_DIGITS):
            position -= 1  # (a percent-encoding: its two hex digits are already in the run)
        else:
            break
    return len(text) - position
# (a password's symbols too, `@`, `!`, `*`, `#`, `%`, `?`, `~`, `^`: the shell joins any word so; `&`, `|`, `;` end a
# command before a continuation, `cmd && \`)
_CONTINUED = lazy_regex(r"[\w+/=.@!*#%?~^-]\\$")
# Where one literal ends inside a token and the next goes on with one: blanks, `+` or line breaks
# between the quotes, a token character on both sides (not `""`, not `' '.join`). Led by the
# quote character, searched at C speed before the full concatenation pattern. A literal that
# ends in an escaped line break or tab (`"…\\n"`, every line of a gettext .po file) ends no
# token: its last letter is the escape's, so that junction is none. A password's symbols (`!*#$@&?~^`) stand
# beside a junction too: a password split where a credential's name is given it (`password="…"` then `"*…"` below
# it, Python's implicit concatenation), which only _named_short_join assembles.
_JUNCTION_DOUBLE = lazy_regex(r'"(?<=[\w+/=.%!*#$@&?~^-]")(?<!(?<!\\)\\[nrt]")(?:[ \t\r\n+]|\\\r?\n)+"(?=[\w+/=.%!*#$@&?~^-])')
_JUNCTION_SINGLE = lazy_regex(r"'(?<=[\w+/=.%!*#$@&?~^-]')(?<!(?<!\\)\\[nrt]')(?:[ \t\r\n+]|\\\r?\n)+'(?=[\w+/=.%!*#$@&?~^-])")
_CONTINUED_GATE = lazy_regex(r"\\\n(?<=[\w+/=.@!*#%?~^-]\\\n)[\w+/=.@!*#%?~^-]")  # led by the backslash-newline, not a class

# Visual Basic (VBA modules, VBScript, VB.NET, classic ASP) joins literals with `&` or `+` and goes
# on to the next line after ` _`; its literals have no backslash escapes (`""` is a quote).
_VB_FILES = (".bas", ".cls", ".frm", ".vb", ".vbs", ".vba", ".wsf", ".hta", ".asp")
_VB_LITERAL = r"\"[^\"\r\n]*\""
_VB_JOIN = r"(?:[ \t\r\n+&]|_(?=\r?\n))"  # (VB.NET goes on after `&` without ` _`)
_VB_CONCATENATION = lazy_regex(r"(?:%s)(?:%s*(?:%s)){1,%d}" % (_VB_LITERAL, _VB_JOIN, _VB_LITERAL, MAX_LITERALS - 1))
_VB_ONE_LITERAL = lazy_regex(_VB_LITERAL)
_VB_JUNCTION = lazy_regex(r'"(?<=[\w+/=.%%-]")%s+"(?=[\w+/=.%%-])' % _VB_JOIN)
# A password split in two (`FtpPass = "<first half>" + "<second half>"`, `PASSWORD = "…" & _`):
# shorter than a token, so joined only where the concatenation is assigned to a credential-named
# key and is one word (no blank, quote or bracket in any piece: not code written in strings).
MIN_NAMED_JOIN = 8
MAX_NAMED_JOIN = 64
_ONE_WORD = lazy_regex(r"^[^\s'\"`{}()\[\]<>;,]*$")
_ASSIGNED_BEFORE = lazy_regex(
    r"(?P<key>[A-Za-z_$][\w.$-]{0,127})[\"'\]]?(?:[ \t]+[Aa]s[ \t]+[\w.]{1,64})?[ \t]*(?::=|=>|[:=])[ \t]*(?:\([ \t]*)?$")


# A connection string's or a query's parameter whose value a join splits (`"host=… user=etl password=Kyauk@"` then
# `"Ananda5807 sslmode=require"`, a line broken to fit the page): the value goes on in the next literal, so the parts
# joined give the credential the driver reads. (Only a parameter named for a credential: `password=`, `pwd=`, `token=`.)
_PARAMETER_TAIL = lazy_regex(r"""(?:^|(?<=[\s;&?,(]))(?P<name>[A-Za-z][\w.-]{0,63})[ \t]*=[ \t]*[^\s;&'"=${}]{1,128}$""")
_VALUE_GOES_ON = lazy_regex(r"""^[^\s;&'"=${}]""")
_PARAMETER_READ = 256  # characters of a part's end read for the parameter it ends in


def _splits_a_named_value(parts: List[str]) -> bool:
    """Some join between two parts falls inside the value of a parameter named for a credential (_PARAMETER_TAIL)."""
    for before, after in zip(parts, parts[1:]):
        if _VALUE_GOES_ON.match(after) is None:
            continue
        tail = _PARAMETER_TAIL.search(before[-_PARAMETER_READ:])
        if tail is not None and _CREDENTIAL_WORD.search(tail.group("name")) is not None:
            return True
    return False


# A shell's double-quoted value broken by a backslash at a line's end (`CLAVE="Mayu@Wa\` then `yra4451"`): inside double
# quotes the shell drops the backslash and the line break, so the value is one word (in single quotes both are kept:
# no form of this). The name before it says a credential: a password's halves, however short.
_QUOTED_VALUE_TAIL = lazy_regex(r"""(?:^|(?<=[\s;&(]))(?P<name>[A-Za-z_][\w.-]{0,63})="[^\s"'`$\\]{1,128}$""")
_QUOTED_VALUE_CLOSES = lazy_regex(r"""^[^\s"'`$\\]{1,128}"(?:[ \t;&|)]|$)""")


def _continues_a_named_quoted_value(parts: List[str]) -> bool:
    """The first join falls inside a double-quoted one-word value assigned to a name that says a credential, in any
    language the names' reader knows (`PASSWORD=`, `CLAVE=`, `SENHA=`), closed on the next part."""
    if len(parts) != 2 or _QUOTED_VALUE_CLOSES.match(parts[1]) is None:
        return False
    tail = _QUOTED_VALUE_TAIL.search(parts[0][-_PARAMETER_READ:])
    if tail is None:
        return False
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    name = tail.group("name")
    return _CREDENTIAL_WORD.search(name) is not None or names_a_credential(name)


def _joins_a_token(parts: List[str], least: int = MIN_JOINED_TOKEN) -> bool:
    """Some join between two parts falls inside a run of token characters long enough to be one."""
    for before, after in zip(parts, parts[1:]):
        tail = _TOKEN_TAIL.match(after)
        if tail and _trailing_token_length(before, least) + len(tail.group(0)) >= least:
            return True
    return False


# Files whose double quotes keep a `$` as written (`"Walnut" "$Lagoon7485"` is a password's halves in Python, JavaScript,
# Java, C#, Go); elsewhere (a shell's, PHP's, Perl's, Kotlin's, Groovy's, Dart's, PowerShell's double quotes) `"$NAME"`
# is a variable's value: `DB_PASSWORDS=("$PROD_DB_PASSWORD" "$STAGE_DB_PASSWORD")`, a shell's array of references.
_LITERAL_DOLLAR_FILES = (".py", ".pyi", ".pyw", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".rs", ".vue", ".svelte", ".java",
                         ".cs", ".go", ".c", ".h", ".cc", ".cpp", ".hpp", ".swift", ".lua")
_INTERPOLATION = lazy_regex(r"\$[A-Za-z_{(]")


def _named_short_join(parts: List[str], text: str, line_start: int, opening: int, interpolating: bool = False) -> bool:
    """A one-word value at least MIN_NAMED_JOIN long assigned to a credential-named name. (Every part is one word, a
    password's symbols and all, so the join is inside the word: `"Harbor" "*Cobalt8541"` as much as a token's.)
    `interpolating`: the literals' quotes interpolate `$NAME` (see _LITERAL_DOLLAR_FILES' note): a part holding one is a
    variable's value, no password's half."""
    if interpolating and any("$" in part and _INTERPOLATION.search(part) is not None for part in parts):
        return False
    return (MIN_NAMED_JOIN <= len("".join(parts)) <= MAX_NAMED_JOIN and all(_ONE_WORD.match(part) for part in parts)
            and _assigned_to_a_credential(text, line_start, opening))


def _assigned_to_a_credential(text: str, line_start: int, opening: int) -> bool:
    """The concatenation opening at `opening` is assigned to a name with a credential's word in it: on its
    line, or, where the concatenation leads its line, at the end of the line above (Java's, C#'s, JavaScript's
    `private static final String PASSWORD =` then `"…" +` / `"…";` below it, as google-java-format and
    Prettier break a long one)."""
    found = _ASSIGNED_BEFORE.search(text, max(line_start, opening - _KEY_WINDOW), opening)
    if found is None and line_start > 0 and not text[line_start:opening].strip(" \t("):
        end = line_start - 2 if line_start >= 2 and text[line_start - 2] == "\r" else line_start - 1
        above = text.rfind("\n", 0, end) + 1
        found = _ASSIGNED_BEFORE.search(text, max(above, end - _KEY_WINDOW), end)
    return found is not None and _CREDENTIAL_WORD.search(found.group("key")) is not None


def _junction_gates(text: str, visual_basic: bool = False) -> Tuple[int, int]:
    """Where the first junction of each quote is (-1: none): the gate, and where
    `_assemble_literals` goes on searching from (the text before it is not searched twice).
    Visual Basic's literals are double-quoted only."""
    if visual_basic:
        found = _VB_JUNCTION.search(text) if '"' in text else None
        return (found.start() if found else -1), -1
    double = _JUNCTION_DOUBLE.search(text) if '"' in text else None
    single = _JUNCTION_SINGLE.search(text) if "'" in text else None
    return (double.start() if double else -1), (single.start() if single else -1)


def _escaped(text: str, at: int, low: int) -> bool:
    """The character at `at` follows an odd run of backslashes (counted back to `low`, MAX_BACKSLASHES at most)."""
    count = 0
    while count < MAX_BACKSLASHES and at - 1 - count >= low and text[at - 1 - count] == "\\":
        count += 1
    return count % 2 == 1


def _opening_quote(text: str, quote: str, low: int, closing: int, escapes: bool) -> int:
    """The quote opening the literal the quote at `closing` ends (from `low`; -1: none): the one before it, or,
    where literals escape quotes, the first one before it not escaped (MAX_ESCAPED_QUOTES passed at most)."""
    at = closing
    for _ in range(MAX_ESCAPED_QUOTES + 1):
        at = text.rfind(quote, low, at)
        if at < 0 or not escapes or not _escaped(text, at, low):
            return at
    return -1


def _literal_ending_line_above(text: str, starts: "LineStarts", line_index: int, opening: int, low: int,
                               visual_basic: bool) -> int:
    """Where the literal that ends the line above opens (-1: none), where the literal at `opening` leads its
    line (blanks or a join's operator before it) and that line ends in a literal and a join: blanks, `+`,
    Python's `\\` (Visual Basic's `&`, ` _`). Whether the two make one concatenation the pattern decides."""
    line_start = starts[line_index]
    joins = " \t+&" if visual_basic else " \t+"
    if line_index == 0 or text[line_start:opening].strip(joins):
        return -1
    above = starts[line_index - 1]
    if above < low:
        return -1
    end = line_start - 1
    window = max(above, end - _LINE_END_READ)
    tail = text[window:end].rstrip(" \t\r")
    if tail.endswith("_" if visual_basic else "\\"):
        tail = tail[:-1].rstrip(" \t")
    if tail.endswith(("+", "&") if visual_basic else "+"):
        tail = tail[:-1].rstrip(" \t")
    if not tail or tail[-1] not in ("\"" if visual_basic else "\"'"):
        return -1
    closing = window + len(tail) - 1
    if not visual_basic and _escaped(text, closing, window):
        return -1
    return _opening_quote(text, tail[-1], window, closing, not visual_basic)


# Parentheses that only group a concatenation a name is given (Python's `APPID = ("…"` then `"…")`, a mapping's
# `"appid": ("…" "…")`): the value the name is set to, led by `=` or `:` (a call's parenthesis follows its name).
_GROUPING_OPEN = lazy_regex(r"[=:][ \t]*\([ \t]*$")
_GROUPING_CLOSE = lazy_regex(r"[ \t]*\)")
_GROUPING_READ = 64  # characters before a concatenation its grouping parenthesis is looked for in


def _grouping_parentheses(text: str, line_start: int, start: int, end: int) -> Tuple[int, int]:
    """The concatenation's span (`start`, `end`) widened to the parentheses that only group it, where they do:
    assembled, the name reads `NAME = "…"`, the shape a name-led reader knows."""
    low = max(line_start, start - _GROUPING_READ)
    opening = _GROUPING_OPEN.search(text, low, start)
    if opening is None:
        return start, end
    closing = _GROUPING_CLOSE.match(text, end)
    if closing is None:
        return start, end
    return text.rfind("(", low, start), closing.end()


def _assemble_literals(text: str, view: View, starts: "LineStarts", first_junctions: Tuple[int, int] = (0, 0),
                       visual_basic: bool = False, literal_dollar: bool = True) -> None:
    """Each concatenation is read from the literal before a token-like junction (found by the
    quote-led gates): the whole file is never run through the concatenation pattern.
    `first_junctions`: where the first double- and single-quote junctions are (-1: none).

    A line is rebuilt once, with every concatenation that opens on it assembled: rebuilding it
    for each (and finding its start by searching back) made a long line of many quadratic."""
    reached = 0
    double_from, single_from = first_junctions
    double_junction, concatenation, one_literal = ((_VB_JUNCTION, _VB_CONCATENATION, _VB_ONE_LITERAL) if visual_basic
                                                   else (_JUNCTION_DOUBLE, _ESCAPED_CONCATENATION, _ESCAPED_ONE_LITERAL))
    junctions = sorted([found.start() for found in (double_junction.finditer(text, double_from) if double_from >= 0 else ())]
                       + [found.start() for found in (_JUNCTION_SINGLE.finditer(text, single_from) if single_from >= 0 else ())])
    # first line -> (start, end, the literal assembled, last line) of each concatenation opening on it
    assembled: Dict[int, List[Tuple[int, int, str, int]]] = {}
    for closing in junctions:
        if closing < reached:
            continue  # inside a concatenation already read
        line_index = _line_index(starts, closing)
        line_start = starts[line_index]
        opening = _opening_quote(text, text[closing], max(line_start, reached), closing, not visual_basic)
        if opening < 0:
            continue
        # (the concatenation may begin on a line above: `AUTH = "<scheme> <id>:" \` then the secret's parts below)
        first_opening, first_line = opening, line_index
        for _ in range(MAX_LINES_BACK):
            above = _literal_ending_line_above(text, starts, first_line, first_opening, reached, visual_basic)
            if above < 0:
                break
            first_opening, first_line = above, first_line - 1
        found = concatenation.match(text, first_opening)
        if first_opening != opening and (found is None or found.end() <= closing):
            found, first_opening, first_line = concatenation.match(text, opening), opening, line_index
        if found is None:
            continue
        line_start, opening = starts[first_line], first_opening
        reached = found.end()
        literals = [literal.group(0) for literal in one_literal.finditer(found.group(0))]
        parts = [literal[1:-1] for literal in literals]
        if (not _joins_a_token(parts) and not _splits_a_named_value(parts)
                and not _named_short_join(parts, text, line_start, opening, not literal_dollar and literals[0][0] == '"')):
            continue
        quote = literals[0][0]
        first = _line_index(starts, found.start())
        start, end = _grouping_parentheses(text, starts[first], found.start(), found.end())
        assembled.setdefault(first, []).append(
            (start, end, quote + "".join(parts) + quote, _line_index(starts, found.end() - 1)))
    for first, pieces in assembled.items():
        rebuilt = []
        at = starts[first]
        for start, end, literal, _ in pieces:
            rebuilt.append(text[at:start])
            rebuilt.append(literal)
            at = end
        line_end = text.find("\n", at)
        rebuilt.append(text[at:line_end if line_end >= 0 else len(text)])
        view.assemble(first, pieces[-1][3], "".join(rebuilt))


def _join_continuations(view: View) -> None:
    """Shell/Dockerfile `\\` at the end of a line inside a word: the next line goes on, as the
    shell reads it (the backslash and the line break go, nothing else)."""
    lines = list(view.lines)
    index = 0
    while index < len(lines) - 1:
        if index in view.changed or not _CONTINUED.search(lines[index]):
            index += 1
            continue
        first = index
        parts = [lines[index][:-1]]
        while index + 1 < len(lines):
            index += 1
            following = lines[index]
            if _CONTINUED.search(following):
                parts.append(following[:-1])
                continue
            parts.append(following)
            break
        if _joins_a_token(parts) or _continues_a_named_quoted_value(parts):
            view.assemble(first, index, "".join(parts))
        index += 1


def _folded_words(text: str, lines: List[str], view: View, starts: LineStarts) -> None:
    """A folded (or plain) YAML scalar of one word a line (`token: >-` then the token's pieces):
    the pieces joined, on the first line, as a token split to fit the page was meant. Only the
    lines that end in `>` (found at C speed) are looked at."""
    for gate in _FOLDED_GATE.finditer(text):
        index = _line_index(starts, gate.start())
        line = lines[index]
        stripped = line.rstrip()
        if not stripped.endswith((">", ">-", ">+")):
            continue
        header = _BLOCK_HEADER.match(line)
        if header is None or header.group("style") != ">":
            continue
        pieces: List[str] = []
        end = index + 1
        parent = len(header.group("indent"))
        while end < len(lines) and lines[end].strip() and _indent(lines[end]) > parent:
            word = lines[end].strip()
            if " " in word or "\t" in word:
                pieces = []
                break
            pieces.append(word)
            end += 1
        if len(pieces) < 2 or not _joins_a_token(pieces):
            continue
        view.assemble(index, end - 1, line[:header.start("style")] + "".join(pieces))


# Tokens joined by a call: Python's `"".join(["a", "b"])` (a list or a tuple, over lines), Rust's
# `concat!("a", "b")`, JavaScript's `["a", "b"].join("")`. Each is led by its call's literal text;
# the items are literals only (separated by commas and blanks), at most MAX_LITERALS of them.
_JOINED_ITEMS = r"[ \t\n]*(?P<body>(?:%s)(?:[ \t\n]*,[ \t\n]*(?:%s)){1,%d})[ \t\n]*(?:,[ \t\n]*)?" % (
    _LITERAL, _LITERAL, MAX_LITERALS - 1)
_PYTHON_JOIN = lazy_regex(r"\.join\((?<=(?:\"\"|'')\.join\()[ \t\n]*(?P<open>[\[(]?)" + _JOINED_ITEMS + r"[\])]?[ \t\n]*\)")
_RUST_CONCAT = lazy_regex(r"concat!\(" + _JOINED_ITEMS + r"\)")
_JS_JOIN = lazy_regex(r"\]\.join\([ \t]*(?:\"\"|''|``)[ \t]*\)")
# R's joins with no separator: `paste0("a", "b")`, stringr's `str_c`, stringi's `stri_c`/`stri_paste`/`stri_join`
# (a package's `pkg::` before them), and `paste("a", "b", sep = "")` (R files only: see `view`).
_R_PASTE = lazy_regex(r"(?<![\w.:])(?:[A-Za-z][\w.]{0,63}::)?(?:paste0|str_c|stri_c|stri_paste|stri_join)\(" + _JOINED_ITEMS + r"\)")
_R_PASTE_SEP = lazy_regex(r"(?<![\w.:])(?:base::)?paste\(" + _JOINED_ITEMS + r"sep[ \t]*=[ \t]*(?:\"\"|'')[ \t\n]*\)")
_R_FILES = (".r", ".rmd", ".qmd", ".rprofile")
_JS_JOINED_LIST = lazy_regex(r"\[" + _JOINED_ITEMS + r"\]\.join\(")
# PHP's join with no glue: `implode('', ['sk_live_', '…'])` (its alias `join`, an `array(…)` list), as a plugin hides a
# key from a scanner of whole literals.
_PHP_IMPLODE = lazy_regex(r"(?<![\w$>:\\])(?:implode|join)\([ \t\n]*(?:\"\"|'')[ \t\n]*,[ \t\n]*(?:\[|array\()"
                          + _JOINED_ITEMS + r"[\])][ \t\n]*\)")
_JS_LIST_REACH = 4096  # how far before `].join("")` its list may open
# A join of a sequence by its name (`TOKEN = "".join(_PARTS)`, `password="".join(_PASS_PARTS)`),
# the sequence a constant of literals the same text sets (`_PARTS = ("ghp_…", "…")`): the pieces,
# assembled, stand where the join is. At most MAX_NAMED_JOINS names a text.
_NAMED_JOIN = lazy_regex(r"""\.join\((?<=(?:\"\"|'')\.join\()[ \t]*(?P<name>[A-Za-z_][\w.]{0,127})[ \t]*\)""")
MAX_NAMED_JOINS = 16
# A value in parentheses on the lines after its name (`EMAIL_HOST_PASSWORD = (`, then one literal,
# or literals assembled into one, then `)`): the name is set beside the value, on the value's line.
# One literal alone between `= (` or `: (` and `)` (led by the literal `(` and line break; black
# writes a long string so). A concatenation so placed is found where it was assembled.
# Only a word-like literal (no blank: no prose) under a name that says it holds a credential is
# worth the view: only name-led detectors gain from the name (a token's format is found as is).
_SINGLE_PARENTHESIZED = lazy_regex(
    r"\(\n(?:(?<=[=:] \(\n)|(?<=[=:]\(\n))[ \t]*(?:\"[^\"\\\s]{8,4096}\"|'[^'\\\s]{8,4096}')"
    r"[ \t]*(?:,[ \t]*)?(?:#[^\n]*)?\n[ \t]*\)")
# (Spanish's and Catalan's password, `contraseña`, `contrasenya`: `CONTRASENYA = "".join((…))`; and a personal access
# token's `PAT` as a word of its own: `CALENDLY_PAT`, `githubPat`, `ado_pat`; not `path`, `patch`)
_CREDENTIAL_WORD = lazy_regex(r"(?i)pass|pw|token|secret|key|auth|cred|sess|contrase|(?-i:(?<![A-Za-z])(?:PAT|pat)(?![A-Za-z])|(?<=[a-z])Pat(?![a-z]))")
# Only a setting's name: at a line's start (a module's constant), a constant's (upper case), or a
# mapping's quoted key. A function's local variable (`password = (` in a test) is a value the
# code computes with more often than a setting (Django's own tests hold one).
_NAMED_OPENING = lazy_regex(
    r"^(?P<indent>[ \t]*)(?:(?:export|const|let|var|final|static|public|private|readonly|pub)[ \t]+)*"
    r"(?:(?P<name>[A-Za-z_$][\w.$]{0,127})(?:\[[^\]\n]{1,128}\])?(?:[ \t]*:[ \t]*[^=\n]{1,128}?)?[ \t]*=|"
    r"(?P<key>[\"'][\w.-]{1,128}[\"'])[ \t]*:)[ \t]*\($")


def _names_a_setting(opening: "re.Match[str]") -> bool:
    """The name is a setting's (see _NAMED_OPENING) and has a credential's word in it."""
    name = opening.group("key") or opening.group("name")
    if _CREDENTIAL_WORD.search(name) is None:
        return False
    if opening.group("key") or not opening.group("indent"):
        return True
    last = name.rsplit(".", 1)[-1]
    return last.upper() == last and any(character.isalpha() for character in last)
_COMMENT_AFTER_OPENING = lazy_regex(r"\([ \t]*#[^\n\"']*$")
_LONE_LITERAL = lazy_regex(r"^[ \t]*(?P<literal>%s)[ \t]*(?:,[ \t]*)?(?:#[^\n]*)?$" % _LITERAL)
_CLOSING_PARENTHESIS = lazy_regex(r"^[ \t]*\)")


def _joined_calls(text: str, view: View, starts: "LineStarts", r_file: bool = False) -> None:
    """Each join of literals with a token across a join, assembled on its first line (the rest
    of its lines blank), as `_assemble_literals` does."""
    if ".join(" in text:
        for match in _PYTHON_JOIN.finditer(text):
            _assemble_joined(text, view, starts, match.start() - 2, match.end(), match.group("body"))
        if "].join(" in text:
            for ending in _JS_JOIN.finditer(text):
                opening = text.rfind("[", max(0, ending.start() - _JS_LIST_REACH), ending.start())
                listed = _JS_JOINED_LIST.match(text, opening) if opening >= 0 else None
                if listed is not None and listed.end() == ending.start() + len("].join("):
                    _assemble_joined(text, view, starts, opening, ending.end(), listed.group("body"))
    if "implode(" in text or "join(" in text:
        for match in _PHP_IMPLODE.finditer(text):
            _assemble_joined(text, view, starts, match.start(), match.end(), match.group("body"))
    if "concat!(" in text:  # (a Rust file's: see `view`)
        for match in _RUST_CONCAT.finditer(text):
            _assemble_joined(text, view, starts, match.start(), match.end(), match.group("body"))
    if r_file:
        for pattern in (_R_PASTE, _R_PASTE_SEP):
            for match in pattern.finditer(text):
                _assemble_joined(text, view, starts, match.start(), match.end(), match.group("body"))
    if ".join(" in text:
        _named_joins(text, view, starts)


def _named_joins(text: str, view: View, starts: "LineStarts") -> None:
    """Each join of a sequence by its name, where the text sets that name to literals (see
    _NAMED_JOIN): the join's line reads the assembled literal in the join's place."""
    sequences: Dict[str, Optional[List[str]]] = {}
    for match in _NAMED_JOIN.finditer(text):
        name = match.group("name")
        if name not in sequences:
            if len(sequences) >= MAX_NAMED_JOINS:
                break
            definition = re.search(r"^[ \t]*%s[ \t]*(?::[^=\n]{1,128})?=[ \t]*[(\[]%s[\])]" % (re.escape(name), _JOINED_ITEMS),
                                   text, re.MULTILINE)
            sequences[name] = ([literal.group(0) for literal in _ONE_LITERAL.finditer(definition.group("body"))]
                               if definition is not None else None)
        literals = sequences[name]
        if not literals or len(literals) < 2 or not _joins_a_token([literal[1:-1] for literal in literals]):
            continue
        index = _line_index(starts, match.start())
        if index in view.changed:
            continue  # read already
        line_start = starts[index]
        line = view.lines[index]
        quote = literals[0][0]
        joined = quote + "".join(literal[1:-1] for literal in literals) + quote
        # (`"".join(` opens two characters before the match: its quotes)
        view.lines[index] = line[:match.start() - 2 - line_start] + joined + line[match.end() - line_start:]
        view.changed[index] = ASSEMBLED


def _assemble_joined(text: str, view: View, starts: "LineStarts", start: int, end: int, body: str) -> None:
    literals = [literal.group(0) for literal in _ONE_LITERAL.finditer(body)]
    parts = [literal[1:-1] for literal in literals]
    # (or a one-word value joined under a credential's name, as a concatenation's: `PASSWORD = "".join(("Harbor",
    # "*Cobalt8541"))`, its halves a password's)
    line_start = text.rfind("\n", 0, start) + 1
    if len(parts) < 2 or not (_joins_a_token(parts) or _named_short_join(parts, text, line_start, start)):
        return
    first = _line_index(starts, start)
    last = _line_index(starts, end - 1)
    if any(index in view.changed for index in range(first, last + 1)):
        return  # read already (its literals assembled)
    quote = literals[0][0]
    prefix = text[text.rfind("\n", 0, start) + 1:start]
    line_end = text.find("\n", end)
    suffix = text[end:line_end if line_end >= 0 else len(text)]
    view.assemble(first, last, prefix + quote + "".join(parts) + quote + suffix)


def _may_join(text: str, lowered: str) -> bool:
    """A join of literals is in the text: its call, then the whole join (not just its head)."""
    if ".join(" in text:
        if ('"".join(' in text or "''.join(" in text) and (
                _PYTHON_JOIN.search(text) is not None or _NAMED_JOIN.search(text) is not None):
            return True
        if "].join(" in text and _JS_JOIN.search(text) is not None:
            return True
    # (PHP's `join` alias only where the file is PHP: `os.path.join(` is in most Python files)
    if ("implode(" in text or ("join(" in text and lowered.endswith(_PHP_FILES))) and _PHP_IMPLODE.search(text) is not None:
        return True
    if lowered.endswith(_R_FILES):
        return ((("paste0(" in text or "str_c(" in text or "stri_" in text) and _R_PASTE.search(text) is not None)
                or ("paste(" in text and "sep" in text and _R_PASTE_SEP.search(text) is not None))
    return lowered.endswith(".rs") and "concat!(" in text and _RUST_CONCAT.search(text) is not None


def _after_named_openings(pattern: "re.Pattern[str]", text: str) -> Iterator["re.Match[str]"]:
    """The matches of `pattern` (led by `(` and a line break) that open a setting's value:
    `NAME = (` with a credential's word in the name (see _names_a_setting)."""
    for found in pattern.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if found.start() - line_start <= MAX_PAIR_LINE:
            named = _NAMED_OPENING.match(text[line_start:found.start() + 1].rstrip())
            if named is not None and _names_a_setting(named):
                yield found


def _may_hoist_single(text: str) -> bool:
    """A lone literal after a setting's `NAME = (` is in the text (black writes any long string
    so: the setting's name is asked for before the text is viewed)."""
    return next(_after_named_openings(_SINGLE_PARENTHESIZED, text), None) is not None


# An SQL statement written over adjacent literals (`op.execute(` / `"INSERT INTO t (user, password) "` /
# `"VALUES ('svc', '…')"`: a migration's seed): joined as the language joins them, so the SQL
# readers see the statement whole. Led by the statement's literal head; at most MAX_SQL_JOIN long.
_SQL_OPENING = lazy_regex(r"""(?i)["'][ \t]*INSERT[ \t]+INTO\b""")
MAX_SQL_JOIN = 4096


def _assemble_sql_literals(text: str, view: View, starts: "LineStarts") -> None:
    joins = 0
    for opening in _SQL_OPENING.finditer(text):
        if joins >= MAX_NAMED_JOINS:
            break  # (joins made, not statements seen: one-line statements before a split one cost nothing)
        found = _CONCATENATION.match(text, opening.start())
        if found is None or "\n" not in found.group(0) or found.end() - found.start() > MAX_SQL_JOIN:
            continue  # (one literal on one line is read as it stands)
        first, last = _line_index(starts, found.start()), _line_index(starts, found.end() - 1)
        if any(index in view.changed for index in range(first, last + 1)):
            continue
        literals = [literal.group(0) for literal in _ONE_LITERAL.finditer(found.group(0))]
        joined = literals[0][0] + "".join(literal[1:-1] for literal in literals) + literals[0][0]
        line = view.lines[first]
        line_end = text.find("\n", found.end())
        view.assemble(first, last, line[:found.start() - starts[first]] + joined
                      + text[found.end():line_end if line_end >= 0 else len(text)], STATEMENT)
        joins += 1


# A credential split into short one-word literals, one a line, between a setting's `NAME = (`
# and `)` (`DB_PASSWORD = (` / `"Cobalt"` / `"#Pelican"` / `"4471"` / `)`: split so that a grep
# for the old value misses it). Joined as Python joins them; the junctions need not be token
# characters (a password's symbols), so only under a credential-named setting, one word, at most
# MAX_NAMED_JOIN long.
# One one-word literal, as the splits below are made of.
_SPLIT_LITERAL = r"(?:\"[^\"\\\s]{1,64}\"|'[^'\\\s]{1,64}')"
_PARENTHESIZED_WORDS = lazy_regex(
    r"\((?:(?<=[=:] \()|(?<=[=:]\())[ \t]*(?:#[^\n]{0,256})?\n(?:[ \t]*" + _SPLIT_LITERAL + r"[ \t]*\n){2,8}[ \t]*\)")


def _assemble_parenthesized_words(text: str, view: View, starts: "LineStarts") -> None:
    for found in _after_named_openings(_PARENTHESIZED_WORDS, text):
        first = _line_index(starts, found.start()) + 1
        literals = [literal.group(0) for literal in _ONE_LITERAL.finditer(found.group(0))]
        joined = "".join(literal[1:-1] for literal in literals)
        last = first + len(literals) - 1
        if (first in view.changed or not MIN_NAMED_JOIN <= len(joined) <= MAX_NAMED_JOIN
                or any(index in view.changed for index in range(first, last + 1))):
            continue
        line = view.lines[first]
        quote = literals[0][0]
        view.assemble(first, last, line[:len(line) - len(line.lstrip())] + quote + joined + quote)


# A credential split at a symbol in the parentheses after its name (Python's implicit concatenation: a keyword
# argument's `api_key=("q5d*26^p8"` then `")pyff…"),` below it, a setting's `PASSWORD = ("Ledge" "r#Heritage")`,
# a mapping's `"password": ("…"` / `"…")`): the junction need not fall between token characters (the password's
# own symbols are where it was cut), so only where the parentheses hold nothing but 2 to 8 one-word literals (no
# blank, no trailing comma: a tuple), the name before `(` has a credential's word, and the value joined is
# MIN_NAMED_JOIN to MAX_NAMED_JOIN long. Led by the literal `(`; each literal a line at most.
_PARENTHESIZED_SPLIT = lazy_regex(
    r"\((?:(?<=[=:] \()|(?<=[=:]\())[ \t]*%s(?:[ \t]*(?:\n[ \t]*)?%s){1,7}[ \t]*(?:\n[ \t]*)?\)" % (_SPLIT_LITERAL, _SPLIT_LITERAL))
MAX_PARENTHESIZED_SPLITS = 64


def _assemble_parenthesized_split(text: str, view: View, starts: "LineStarts") -> None:
    for count, found in enumerate(_PARENTHESIZED_SPLIT.finditer(text)):
        if count >= MAX_PARENTHESIZED_SPLITS:
            break
        first = _line_index(starts, found.start())
        last = _line_index(starts, found.end() - 1)
        if any(index in view.changed for index in range(first, last + 1)):
            continue  # (read already: assembled at a token's junction, or one word a line)
        literals = [literal.group(0) for literal in _ONE_LITERAL.finditer(found.group(0))]
        joined = "".join(literal[1:-1] for literal in literals)
        if not MIN_NAMED_JOIN <= len(joined) <= MAX_NAMED_JOIN or not _assigned_to_a_credential(
                text, starts[first], found.start() + 1):
            continue
        quote = literals[0][0]
        line_end = text.find("\n", found.end())
        view.assemble(first, last, text[starts[first]:found.start()] + "(" + quote + joined + quote + ")"
                      + text[found.end():line_end if line_end >= 0 else len(text)])


# A (user, password) pair in parentheses over lines, assigned to a name with a credential's word (`AUTH = ("poller",`
# then the password on the line below, or split there by Python's implicit concatenation: `"zVMN…"` / `"HWdk…")`): read
# as the pair on one line (`AUTH = ("poller", "zVMN…HWdk…")`), as the readers of `auth=(…)` pairs read one. The user one
# literal ending its line after a comma (on the opening's line or the next, as black writes a pair); the password 1 to 8 one-word literals. Led by the literal `(` after `=`.
_PAIR_OVER_LINES = lazy_regex(
    r"\((?:(?<=[=:] \()|(?<=[=:]\())[ \t]*(?:\n[ \t]*)?(?P<user>%s)[ \t]*,[ \t]*\n[ \t]*(?P<password>%s(?:[ \t]*(?:\n[ \t]*)?%s){0,7})"
    r"[ \t]*(?:,[ \t]*)?(?:\n[ \t]*)?\)" % (_SPLIT_LITERAL, _SPLIT_LITERAL, _SPLIT_LITERAL))
_PAIR_GATE = lazy_regex(r"""[=:][ \t]*\([ \t]*(?:\n[ \t]*)?["'][^"'\\\s]{1,64}["'][ \t]*,[ \t]*\n""")
MAX_PAIRS_OVER_LINES = 64


def _assemble_pairs_over_lines(text: str, view: View, starts: "LineStarts") -> None:
    """(see _PAIR_OVER_LINES)"""
    for count, found in enumerate(_PAIR_OVER_LINES.finditer(text)):
        if count >= MAX_PAIRS_OVER_LINES:
            break
        first = _line_index(starts, found.start())
        last = _line_index(starts, found.end() - 1)
        if any(index in view.changed for index in range(first, last + 1)):
            continue  # (read already)
        literals = [literal.group(0) for literal in _ONE_LITERAL.finditer(found.group("password"))]
        password = "".join(literal[1:-1] for literal in literals)
        if not MIN_NAMED_JOIN <= len(password) <= MAX_NAMED_JOIN or not _assigned_to_a_credential(
                text, starts[first], found.start() + 1):
            continue
        quote = literals[0][0]
        line_end = text.find("\n", found.end())
        view.assemble(first, last, text[starts[first]:found.start()] + "(" + found.group("user") + ", " + quote + password
                      + quote + ")" + text[found.end():line_end if line_end >= 0 else len(text)])
        if len(literals) == 1:
            # (one literal: the password as written, set beside its user on the pair's line; the lines as they are hold
            # it, but not beside the name saying what it is)
            view.changed[first] = ASSEMBLED + ", " + HOISTED


# A credential's value joined from literals on the lines below its name, cut at a symbol (`private static final String
# DB_PASSWORD =` then `"Fjord#" +` / `"Mapl3#9921";`; PHP's `.`, VB's `&`; the operator ending a line or leading the
# next): the junctions need not be token characters, so only one-word literals (2 to 8, no blank), joined
# MIN_NAMED_JOIN to MAX_NAMED_JOIN long, under a name ending its line with a credential's word (_NAME_ENDS_LINE).
# Assembled on the first value line; _hoist_after_name then sets the name beside it. Led by the literal `=`.
_JOIN_OPERATOR = r"[ \t]*(?:[+&.][ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*[+&.][ \t]*)"
_JOINED_BELOW = lazy_regex(r"=[ \t]*\r?\n[ \t]*%s(?:%s%s){1,7}[ \t]*(?:;[ \t]*)?\r?$" % (
    _SPLIT_LITERAL, _JOIN_OPERATOR, _SPLIT_LITERAL), re.MULTILINE)
MAX_JOINED_BELOW = 64


def _assemble_joined_below(text: str, view: View, starts: "LineStarts") -> bool:
    """(see _JOINED_BELOW) True where a value was assembled."""
    done = False
    for count, found in enumerate(_JOINED_BELOW.finditer(text)):
        if count >= MAX_JOINED_BELOW:
            break
        name_index = _line_index(starts, found.start())
        first, last = name_index + 1, _line_index(starts, found.end() - 1)
        if any(index in view.changed for index in range(name_index, last + 1)) or found.start() - starts[name_index] > MAX_PAIR_LINE:
            continue
        named = _NAME_ENDS_LINE.match(text[starts[name_index]:found.start() + 1])
        if named is None or _CREDENTIAL_WORD.search(named.group("key") or named.group("name")) is None:
            continue
        literals = [literal.group(0) for literal in _ONE_LITERAL.finditer(text, starts[first], found.end())]
        joined = "".join(literal[1:-1] for literal in literals)
        if not MIN_NAMED_JOIN <= len(joined) <= MAX_NAMED_JOIN:
            continue
        line = view.lines[first]
        quote = literals[0][0]
        view.assemble(first, last, line[:len(line) - len(line.lstrip())] + quote + joined + quote + (";" if found.group(0).rstrip().endswith(";") else ""))
        done = True
    return done


# (stop 69) A value joined from names the file sets to literals (`const AT_PART1 = "pat…";` / `const AT_PART2 = "…";` then
# `const AIRTABLE_TOKEN = AT_PART1 + AT_PART2;`, a key cut in pieces "so that it is not seen"; Python's, Go's, Java's,
# C#'s, Kotlin's, Swift's, Ruby's `+`, PHP's `.` between `$names`): the join's line reads the literals joined in the
# names' place, where a run of token characters crosses a junction (_joins_a_token, as adjacent literals' are) or the
# value, one word, is set to a credential's name (_named_short_join). Each name is set once, to one literal, on a line of
# its own (a name set twice, or to anything else, is no constant: not read). Led by the join's line (a name, `=`,
# names and `+` to the line's end) found at C speed; the names' literals looked up once a text.
_NAME_JOIN_FILES = (".py", ".pyi", ".pyw", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts",
                                          ".vue", ".svelte", ".go", ".java", ".kt", ".kts", ".cs", ".swift", ".scala",
                                          ".groovy", ".gradle", ".rb", ".dart", ".php", ".phtml", ".inc")
# (led by the `=`, not by the line's start: a declaration's words before the name made the regex engine try each split
# of them at every line; each run unambiguous, a name's characters, blanks, `+`/`.` and `;` apart, so a line of names that
# does not end the join fails after one pass: no possessive quantifier, which Python reads from 3.11 only)
_JOINED_NAMES = lazy_regex(
    r"""=(?<![=!<>+*/%&|^~-]=)(?![=>~])[ \t]*(?P<names>\$?[A-Za-z_]\w{0,63}(?:[ \t]*[+.][ \t]*\$?[A-Za-z_]\w{0,63}){1,7})"""
    r"""[ \t]*(?:;[ \t]*)?\r?$""", re.MULTILINE)
_JOINED_NAME = lazy_regex(r"""\$?[A-Za-z_]\w{0,63}""")
_NAME_SET_TO_LITERAL = lazy_regex(
    r"""^[ \t]*(?:(?:export|const|let|var|val|final|static|private|public|protected|internal|readonly)[ \t]+){0,5}"""
    r"""(?:[A-Za-z_][\w<>\[\]?]{0,40}[ \t]+)?(?P<name>\$?[A-Za-z_]\w{0,63})(?:[ \t]*:[ \t]*[\w.<>\[\]?]{1,40})?"""
    r"""[ \t]*(?::=|=)[ \t]*(?P<literal>"[^"\\\n]{1,256}"|'[^'\\\n]{1,256}'|`[^`\\$\n]{1,256}`)[ \t]*(?:;[ \t]*)?"""
    r"""(?:(?://|#)[^\n]{0,256})?\r?$""", re.MULTILINE)
MAX_NAME_JOINS = 64


def _assemble_joined_names(text: str, view: View, starts: "LineStarts", php: bool) -> None:
    """(see _JOINED_NAMES) Each join of names set to literals, read on its line as the literals joined."""
    literals: Optional[Dict[str, Optional[str]]] = None
    for count, found in enumerate(_JOINED_NAMES.finditer(text)):
        if count >= MAX_NAME_JOINS:
            break
        joined = found.group("names")
        # (PHP joins with `.`, the others with `+`: a `.` elsewhere is a member's, `self.a + self.b` is no join of names)
        if ("." in joined) != php or ("+" in joined and php):
            continue
        names = _JOINED_NAME.findall(joined)
        if literals is None:
            literals = {}
            for assigned in _NAME_SET_TO_LITERAL.finditer(text):
                name = assigned.group("name")
                literals[name] = assigned.group("literal") if name not in literals else None  # (set twice: no constant)
        values = [literals.get(name) for name in names]
        if any(value is None for value in values):
            continue
        parts = [value[1:-1] for value in values if value is not None]
        index = _line_index(starts, found.start())
        line_start = starts[index]
        if index in view.changed or not (_joins_a_token(parts) or _named_short_join(
                parts, text, line_start, found.start("names"))):
            continue
        quote = '"' if all('"' not in part for part in parts) else "'"
        line = view.lines[index]
        view.assemble(index, index, line[:found.start("names") - line_start] + quote + "".join(parts) + quote
                      + line[found.end("names") - line_start:])


def _hoist_parenthesized(text: str, lines: List[str], view: View, starts: "LineStarts", single: bool) -> None:
    """`NAME = (` then one literal (as written, or assembled) then `)`: the view's value line
    reads `NAME = "…"`, so the name applies to it as it does on one line. `single`: the text
    holds one literal so placed (else only concatenations assembled in the view are looked at)."""
    openings = [index - 1 for index, how in view.changed.items() if how == ASSEMBLED and index > 0]
    if single:
        openings.extend(_line_index(starts, found.start()) for found in _SINGLE_PARENTHESIZED.finditer(text))
    for index in sorted(set(openings)):
        if index + 2 >= len(view.lines) or index in view.changed or len(lines[index]) > MAX_PAIR_LINE:
            continue
        head = _COMMENT_AFTER_OPENING.sub("(", view.lines[index])  # (`NAME = (  # split`)
        if not head.rstrip().endswith("("):
            continue
        named = _NAMED_OPENING.match(head.rstrip())
        if named is None or not _names_a_setting(named):
            continue
        value_index = index + 1
        value = _LONE_LITERAL.match(view.lines[value_index])
        if value is None:
            continue
        assembled = view.changed.get(value_index) == ASSEMBLED
        closing = value_index + 1
        while assembled and closing < len(view.lines) and closing - value_index <= MAX_LITERALS and not view.lines[closing].strip():
            closing += 1  # lines a concatenation was assembled from, blank in the view
        if closing >= len(view.lines) or _CLOSING_PARENTHESIS.match(view.lines[closing]) is None:
            continue
        view.lines[value_index] = head.rstrip()[:-1].rstrip() + " " + value.group("literal")
        view.lines[index] = ""
        view.lines[closing] = ""
        view.changed[value_index] = ASSEMBLED + ", " + HOISTED if assembled else HOISTED


# A setting's name ending its line (`token:` of an object, `const token =`, `private static final String TOKEN =`),
# its value a concatenation on the lines below: as Prettier breaks a long concatenation (and google-java-format,
# and a hand keeping a token out of one grep).
_NAME_ENDS_LINE = lazy_regex(
    r"^[ \t]*(?:[A-Za-z_][\w<>\[\]?]{0,40}[ \t]+){0,6}"
    r"(?:(?P<name>[A-Za-z_$][\w.$]{0,127})(?:[ \t]*:[ \t]*[^=\n]{1,128}?)?[ \t]*=|"
    r"(?P<key>[A-Za-z_$][\w$-]{0,127}|\"[\w.-]{1,128}\"|'[\w.-]{1,128}')[ \t]*:)[ \t]*$")
_VALUE_ALONE = lazy_regex(r"^[ \t]*(?P<literal>%s)(?P<end>[ \t]*[,;]?)[ \t]*(?://[^\n]*|#[^\n]*)?$" % _LITERAL)


def _hoist_after_name(lines: List[str], view: View) -> None:
    """A concatenation assembled on the line below its setting's name (see _NAME_ENDS_LINE): the view's
    value line reads `name: "…"`, so the name applies to it as it does on one line."""
    for value_index in sorted(index for index, how in view.changed.items() if how == ASSEMBLED and index > 0):
        index = value_index - 1
        if index in view.changed or not view.lines[index].strip() or len(lines[index]) > MAX_PAIR_LINE:
            continue
        named = _NAME_ENDS_LINE.match(view.lines[index])
        if named is None or _CREDENTIAL_WORD.search(named.group("key") or named.group("name")) is None:
            continue
        value = _VALUE_ALONE.match(view.lines[value_index])
        if value is None:
            continue
        view.lines[value_index] = view.lines[index].rstrip() + " " + value.group("literal") + value.group("end").strip()
        view.lines[index] = ""
        view.changed[value_index] = ASSEMBLED + ", " + HOISTED


def _untyped_declarations(view: View, declaration: "re.Pattern[str]" = _TYPED_DECLARATION) -> None:
    """A typed declaration assembled in the view (`static let partnerSecret: String = "a" + "b"`,
    VB's `Const X As String = "a" & "b"`) reads without its type (`static let partnerSecret = "ab"`),
    as detect-secrets' keyword rule reads an assignment."""
    for index, how in view.changed.items():
        if ASSEMBLED not in how:
            continue
        line = view.lines[index]
        if len(line) > MAX_PAIR_LINE:
            continue
        found = declaration.match(line)
        if found is not None:
            view.lines[index] = line[:found.start("annotation")] + line[found.end("annotation"):]


_NO_CONCATENATION = (".json", ".ipynb", ".geojson", ".jsonl", ".yarnrc")  # formats with no string concatenation
_JOINING_FILES = (".py", ".pyi", ".pyw", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".rs", ".vue", ".svelte")
_PHP_FILES = (".php", ".phtml", ".inc")  # (their joins by call only: `implode('', […])`, _PHP_IMPLODE)


def view(text: str, filename: str = "", lines: Optional[List[str]] = None) -> Tuple[Optional[View], List[Tuple[int, str, str]]]:
    """(the text with split tokens assembled and base64 values decoded in place, or None when
    nothing changed; decoded values that are whole files: (line index, key, text)). `lines`:
    `text.split("\\n")`, when the caller has it (read, never changed)."""
    if len(text) > MAX_TEXT:
        return None, []
    visual_basic = filename.lower().endswith(_VB_FILES)
    first_junctions = (-1, -1) if filename.lower().endswith(_NO_CONCATENATION) else _junction_gates(text, visual_basic)
    literals = first_junctions != (-1, -1)
    continued = _CONTINUED_GATE.search(text) is not None  # led by the backslash: no `in` before it
    folded = ">" in text and _FOLDED_GATE.search(text) is not None
    encoded = _has_base64_run(text)
    secret = is_kubernetes_secret(text)
    # Joins and values after `NAME = (` are code's: looked for in the languages that write them
    # (`concat!` is Rust's macro: in Rust files only).
    lowered = filename.lower()
    joining = lowered.endswith(_JOINING_FILES)
    r_file = lowered.endswith(_R_FILES)
    joined = (joining or r_file or lowered.endswith(_PHP_FILES)) and _may_join(text, lowered)
    calls = _may_decode_calls(text, filename)
    single = joining and _may_hoist_single(text)
    words = joining and next(_after_named_openings(_PARENTHESIZED_WORDS, text), None) is not None
    statements = joining and ("NSERT" in text or "nsert" in text) and _SQL_OPENING.search(text) is not None
    split = joining and _PARENTHESIZED_SPLIT.search(text) is not None
    pairs = joining and _PAIR_GATE.search(text) is not None
    below = not lowered.endswith(_NO_CONCATENATION) and "=" in text and _JOINED_BELOW.search(text) is not None
    named_parts = lowered.endswith(_NAME_JOIN_FILES) and "=" in text and _JOINED_NAMES.search(text) is not None
    if not (literals or continued or folded or encoded or secret or joined or calls or single or words or statements
            or split or below or pairs or named_parts):
        return None, []
    if lines is None:
        lines = text.split("\n")
    result = View(list(lines))
    starts = LineStarts(text)
    files: List[Tuple[int, str, str]] = []
    if pairs:
        # (before the junctions: a password split below its user is the pair's, read whole on the pair's line)
        _assemble_pairs_over_lines(text, result, starts)
    if literals:
        _assemble_literals(text, result, starts, first_junctions, visual_basic, lowered.endswith(_LITERAL_DOLLAR_FILES))
    if continued:
        _join_continuations(result)
    if folded:
        _folded_words(text, lines, result, starts)
    if joined:
        _joined_calls(text, result, starts, r_file)
    if calls:
        _decode_calls(text, result, starts, files)
    if words:
        _assemble_parenthesized_words(text, result, starts)
    if split:
        _assemble_parenthesized_split(text, result, starts)
    if statements:
        _assemble_sql_literals(text, result, starts)
    if single or literals or words or split:
        _hoist_parenthesized(text, lines, result, starts, single)
    if below:
        below = _assemble_joined_below(text, result, starts)
    if named_parts:
        _assemble_joined_names(text, result, starts, lowered.endswith(_PHP_FILES))
    if literals or below:
        _hoist_after_name(lines, result)
    if (literals or below or joined) and lowered.endswith(_TYPED_FILES):
        # (a join by call too: Rust's `const TOKEN: &str = concat!("…", "…");`, TypeScript's `["…", "…"].join("")`)
        _untyped_declarations(result)
    elif (literals or below) and visual_basic:
        _untyped_declarations(result, _VB_DECLARATION)
    # Runs are looked for in the whole text once (C speed), then per line only where the text
    # was changed above (an assembled value may be base64 itself).
    runs: Dict[int, List[Tuple[int, int, str]]] = {}
    # A Kubernetes Secret's data values are base64 by declaration: read from 8 characters (a
    # 6-character password) and of any text, whatever the run's shape (`Coração` encodes to
    # groups the shape of ASCII text's runs does not take).
    declared = _secret_data_values(text, lines, result.changed) if secret else {}
    for index, value in declared.items():
        runs[index] = [value]
    for found in (_base64_runs(text) if encoded else ()):
        index = _line_index(starts, found.start())
        if index not in result.changed and index not in declared:  # (a declared value is read once)
            runs.setdefault(index, []).append((found.start("run") - starts[index], found.end("run") - starts[index],
                                               found.group("run")))
    for index in list(result.changed):
        if result.changed[index] in (HOISTED, DECODED):
            # the value as written (a JWT's header is no value of its own); a value a decoding
            # call read was decoded whole already (a Discord token's base64 id is no value of its own)
            continue
        changed_line = result.lines[index]
        for found in _base64_runs(changed_line):
            if _DOTTED_PART.match(changed_line, found.end("run")):
                continue  # an assembled token's first part (a Discord token's base64 id, a JWT's header)
            runs.setdefault(index, []).append((found.start("run"), found.end("run"), found.group("run")))
    decoded_count = 0
    for index in sorted(runs):
        if decoded_count >= MAX_DECODED_VALUES:
            break
        line = result.lines[index]
        pieces: List[str] = []
        position = 0
        for start, end, run in sorted(runs[index]):  # (a line's `Basic` runs were found apart)
            if start < position:
                continue
            is_declared = declared.get(index) == (start, end, run)
            decoded = _decoded_fully(run, is_declared)
            if decoded is None or (is_declared and _fill_in(decoded)):
                continue  # (a Secret template's value saying what to put there carries nothing)
            decoded_count += 1
            key = _KEY_BEFORE.search(line, max(0, start - _KEY_WINDOW), start)
            key_name = key.group(1) if key else ""
            if "\n" in decoded.strip("\n") or ("." in file_name_of(key_name) and not _names_a_secret_file(key_name)):
                # A file (several lines, or named as one: `users.acl: <base64>`): read as that file. (One line
                # under a name whose suffix says what it holds, `cosign.password`, `db.token`: that value, in place.)
                files.append((index, key_name, decoded))
                continue
            before = line[position:start]
            setting = _NPM_SETTING_BLANK.search(before) if ("_auth" in before or "_password" in before) else None
            if setting is not None:
                # (npm's setting given after a blank reads as its .npmrc line, `_auth=user:password`: the
                # decoded pair is judged as there, whatever its password's shape)
                before = before[:setting.start("blank")] + "=" + before[setting.end("blank"):]
            pieces.append(before)
            pieces.append(decoded.strip("\r\n"))
            position = end
        if pieces:
            result.lines[index] = "".join(pieces) + line[position:]
            result.changed[index] = DECODED if index not in result.changed else result.changed[index] + ", " + DECODED
    return (result if result.changed else None), files


def _fill_in(decoded: str) -> bool:
    from secretfence.kinds._helpers import is_fill_in_instruction

    return is_fill_in_instruction(decoded)


# A file name whose suffix is the credential it holds (`cosign.password`, as `cosign generate-key-pair k8s://`
# writes it; `admin.secret`, `api.token`): one line of it is the credential itself, read under its name.
_SECRET_FILE_SUFFIX = lazy_regex(r"(?i)\.(?:password|passwd|pass|pwd|passphrase|secret|token)$")


def _names_a_secret_file(key: str) -> bool:
    return _SECRET_FILE_SUFFIX.search(file_name_of(key)) is not None


# A `data:` value in a Secret's document: `  key: <base64>` (quoted or not), indented under `data:`.
# (`\r?` before each end: a manifest saved with CRLF line ends)
_SECRET_DATA = lazy_regex(r"^(?P<indent>[ \t]*)data:[ \t]*(?:#.*)?\r?$", re.MULTILINE)
_SECRET_DATA_VALUE = lazy_regex(r"^(?P<indent>[ \t]+)[\"']?[\w.-]{1,253}[\"']?:[ \t]*[\"']?"
                                r"(?P<run>[A-Za-z0-9+/]{8,}={0,2})[\"']?[ \t]*\r?$")
_DOCUMENT_START = lazy_regex(r"^---", re.MULTILINE)
MAX_SECRET_DATA_LINES = 256  # lines read under one `data:`


def _secret_data_values(text: str, lines: List[str], changed: Dict[int, str]) -> Dict[int, Tuple[int, int, str]]:
    """line index -> (start, end, run) of each base64 value under `data:` in a Kubernetes Secret's
    document of the text (not a ConfigMap's beside it: its data is plain text)."""
    values: Dict[int, Tuple[int, int, str]] = {}
    documents = [0] + [found.start() for found in _DOCUMENT_START.finditer(text)] + [len(text)]
    first_line = 0
    for start, end in zip(documents, documents[1:]):
        document = text[start:end]
        last_line = first_line + document.count("\n")
        if "data:" in document and is_kubernetes_secret(document):
            counted, lines_before = 0, 0  # (line breaks counted from the last `data:` on, not from the start)
            for found in _SECRET_DATA.finditer(document):
                if len(values) >= MAX_DECODED_VALUES:
                    return values
                lines_before += document.count("\n", counted, found.start())
                counted = found.start()
                below = first_line + lines_before + 1
                indent = len(found.group("indent"))
                for index in range(below, min(last_line + 1, below + MAX_SECRET_DATA_LINES, len(lines))):
                    line = lines[index]
                    if not line.strip() or line.lstrip().startswith("#"):
                        continue
                    if _indent(line) <= indent:
                        break
                    value = _SECRET_DATA_VALUE.match(line)
                    if value is not None and index not in changed and len(values) < MAX_DECODED_VALUES:
                        values[index] = (value.start("run"), value.end("run"), value.group("run"))
        first_line = last_line
    return values


_KUBERNETES_SECRET = lazy_regex(r"^kind:[ \t]*[\"']?Secret[\"']?[ \t]*(?:#.*)?\r?$", re.MULTILINE)


def is_kubernetes_secret(text: str) -> bool:
    # The pattern is led by `^` (tried at every line); the words it needs are looked for first.
    return "kind:" in text and "Secret" in text and _KUBERNETES_SECRET.search(text) is not None


# --- positions ------------------------------------------------------------------------------------


class LineStarts:
    """The offsets a text's lines start at, found on first use: most texts no carrier is in need
    none, and finding them was a fifth of the carriers' cost on a tree of Python sources."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._offsets: Optional[List[int]] = None
        # Offsets asked for in ascending order (the usual case: a pattern's matches) are counted
        # from the last one asked for, without the list.
        self._counted_to = 0
        self._counted_lines = 0

    def index_of(self, offset: int) -> int:
        """The index of the line the offset is on."""
        if self._offsets is None and offset >= self._counted_to:
            self._counted_lines += self._text.count("\n", self._counted_to, offset)
            self._counted_to = offset
            return self._counted_lines
        return bisect_right(self.offsets, offset) - 1

    @property
    def offsets(self) -> List[int]:
        if self._offsets is None:
            # Each line's length plus its line break, summed (all at C speed).
            self._offsets = list(accumulate(map((1).__add__, map(len, self._text.split("\n")[:-1])), initial=0))
        return self._offsets

    def __getitem__(self, index: int) -> int:
        return self.offsets[index]

    def __len__(self) -> int:
        return len(self.offsets)


def _line_index(starts: LineStarts, offset: int) -> int:
    return starts.index_of(offset)


# --- samples (run by tests/engine/carriers_test.py) -----------------------------------------------


class CarriedSample:
    """A file whose secret only its carrier shows (`secret`), or a decoy of that carrier (None).
    (A plain class, as sources.decode.Decoded is: every hook run imports it.)"""

    __slots__ = ("filename", "text", "secret", "note")

    def __init__(self, filename: str, text: str, secret: Optional[str], note: str) -> None:
        self.filename = filename
        self.text = text
        self.secret = secret
        self.note = note


def _b64(text: str) -> str:
    # base64.b64encode itself, without importing base64 (and struct) into every commit hook's run.
    return binascii.b2a_base64(text.encode(), newline=False).decode()


_REDIS_PASSWORD = "Qz7Lm3Xv9PwRt2"
_AWS_KEY_ID = "AKIA4NACSIJMDDNSEDTE"
_AWS_SECRET = "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"
_TOKEN = (
    "pypi-AgEIcHlwaS5vcmcCJDk2ZjRmZWE4LWM0MDgtNDJkYy04ZWQxLTA0YjY5YTg2ZTcxNQACKlszLCI5NmY0ZmVhOC1j"
    "NDA4LTQyZGMtOGVkMS0wNGI2OWE4NmU3MTUiXQAABiBt3bC5XnyDzN6OS0u4Ef7y6vA6lN4jZcSBjP1lRr2rTg"
)

# (a Discord bot token opens with the base64 of the bot's id)
_DISCORD_TOKEN = _b64("824613579024681357") + ".Gq7ZxW." + "Zq8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5AaEeUu"
# (an X app bearer token, URL-encoded as its developer portal shows it: `%2B`, `%3D`)
_X_BEARER = "A" * 21 + "Im8c8fZ7jWSedkI4IRetcQlEam" + "%2BjfFcY2aFr7k" + "%3DwAwmLlj7ZoGOk8LDimqHgE4nZqSM2sEojxtXIvVvPkC5t8pVp"
# (an Artifactory API key: `AKCp` and 69 letters and digits, generated for this sample)
_ARTIFACTORY_KEY = "AKCp" + "8kR2mZ7vLw4QxN9tB3sYh6Jd1Fg5Aa0EeUuPq2Wn8Xc4Vb7Mz3Lk9Rr2Ws7nYb4Hc6Jd0Fg5"[:69]

TRUE_SAMPLES = (
    CarriedSample("channels/Notify.xml", "<channel>\n  <transformer>\n    <script>var smtpUser = &quot;alerts&quot;;\n"
                  "var smtpPassword = &quot;Cobalt#Meadow5517&quot;;\nsend(smtpUser, smtpPassword);</script>\n"
                  "  </transformer>\n</channel>\n", "Cobalt#Meadow5517", "JavaScript escaped in a Mirth channel's <script>"),
    CarriedSample(".mvn/settings.xml", "<settings>\n  <servers>\n    <server>\n      <id>corp-nexus</id>\n"
                  "      <username>ci-deployer</username>\n      <password>Bramble-Zephyr2129#</password>\n"
                  "    </server>\n  </servers>\n</settings>\n", "Bramble-Zephyr2129#",
                  "an XML element's value (Maven settings.xml)"),
    CarriedSample("configmap.yaml", "kind: ConfigMap\ndata:\n  redis.conf: |\n    port 6379\n"
                  f"    requirepass {_REDIS_PASSWORD}\n", _REDIS_PASSWORD, "block scalar named redis.conf"),
    CarriedSample("values.yaml", "redis:\n  acl:\n    users.acl: |+\n"
                  f"      user worker on ~jobs:* +@all >{_REDIS_PASSWORD}\n", _REDIS_PASSWORD,
                  "ACL file in Helm values, keep chomping"),
    CarriedSample("release.yml", "steps:\n  - run: |\n      sudo tee /etc/redis/redis.conf <<-'EOF'\n"
                  f"      \tport 6379\n      \trequirepass {_REDIS_PASSWORD}\n      EOF\n", _REDIS_PASSWORD,
                  "here-doc inside a workflow's block scalar"),
    CarriedSample("Dockerfile", "FROM redis:7\nRUN echo 'port 6379' > /etc/redis/redis.conf && \\\n"
                  f"    echo 'requirepass {_REDIS_PASSWORD}' >> /etc/redis/redis.conf\n", _REDIS_PASSWORD,
                  "echo lines writing a redis.conf"),
    CarriedSample("setup.sh", f"printf 'port 6379\\nrequirepass {_REDIS_PASSWORD}\\n' > redis.conf\n",
                  _REDIS_PASSWORD, "printf with \\n escapes"),
    CarriedSample("notes.ipynb", '{"cells": [{"source": [\n    "%%writefile redis.conf\\n",\n'
                  f'    "requirepass {_REDIS_PASSWORD}\\n"\n  ]}}]}}\n', _REDIS_PASSWORD, "notebook cell %%writefile"),
    CarriedSample("task.json", '{"files": {"redis.conf": "port 6379\\nrequirepass '
                  f'{_REDIS_PASSWORD}\\n"}}}}\n', _REDIS_PASSWORD, "JSON string with \\n escapes, named by its key"),
    CarriedSample("secret.yaml", f"apiVersion: v1\nkind: Secret\ndata:\n  password: {_b64(_REDIS_PASSWORD)}\n",
                  _REDIS_PASSWORD, "Kubernetes Secret data"),
    # A Secret's data is base64 by declaration: a short value (under the runs' 16 characters) and
    # the UTF-8 of a password with accents (its runs leave ASCII text's shape) are read too.
    CarriedSample("k8s/db-secret.yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
                  f"  db-user: {_b64('app')}\n  db-password: {_b64('tomas_1991')}\n", "tomas_1991",
                  "a Kubernetes Secret's short data value"),
    CarriedSample("k8s/segredo.yaml", f"kind: Secret\ndata:\n  senha: {_b64('Lençol#8816')}\n", "Lençol#8816",
                  "a Kubernetes Secret's data value of UTF-8 text"),
    CarriedSample("secret.yaml", f"kind: Secret\ndata:\n  credentials: {_b64('[default]' + chr(10) + 'aws_access_key_id = ' + _AWS_KEY_ID + chr(10) + 'aws_secret_access_key = ' + _AWS_SECRET + chr(10))}\n",
                  _AWS_SECRET, "a whole credentials file in base64"),
    CarriedSample(".env", f"PYPI_TOKEN_B64={_b64(_b64(_TOKEN))}\n", _TOKEN, "base64 twice"),
    CarriedSample("publish.py", f'TOKEN = (\n    "{_TOKEN[:40]}"\n    "{_TOKEN[40:]}"\n)\n', _TOKEN,
                  "implicit concatenation across lines"),
    CarriedSample("publish.js", f'const token = "{_TOKEN[:50]}" +\n  "{_TOKEN[50:]}";\n', _TOKEN, "+ concatenation"),
    CarriedSample("x_autopost.py", f'BEARER = ("{_X_BEARER[:47]}"\n          "{_X_BEARER[47:]}")\n', _X_BEARER,
                  "implicit concatenation split at a URL-encoded token's `%2B`"),
    CarriedSample("deploy.sh", f"export TWINE_PASSWORD={_TOKEN[:60]}\\\n{_TOKEN[60:]}\n", _TOKEN,
                  "shell line continuation"),
    CarriedSample("values.yaml", f"pypi:\n  token: >-\n    {_TOKEN[:70]}\n    {_TOKEN[70:]}\n", _TOKEN,
                  "folded scalar, one word a line"),
    CarriedSample("deployment.yaml", "      env:\n        - name: DB_HOST\n          value: pg.data.svc\n"
                  f"        - name: DB_PASSWORD\n          value: \"{_REDIS_PASSWORD}\"\n", _REDIS_PASSWORD,
                  "Kubernetes env list: name and value on two lines"),
    CarriedSample("applicationContext.xml", '<bean id="ds" class="org.springframework.jdbc.datasource.DriverManagerDataSource">\n'
                  '  <property name="url" value="jdbc:oracle:thin:@ora.corp.net:1521/HR"/>\n'
                  f'  <property name="password" value="{_REDIS_PASSWORD}"/>\n</bean>\n', _REDIS_PASSWORD,
                  "Spring XML bean property beside a JDBC URL"),
    CarriedSample("migrate.xml", f'<envs>\n  <env name="DB_PASSWORD" value="{_REDIS_PASSWORD}" />\n</envs>\n',
                  _REDIS_PASSWORD, "IDE run configuration env"),
    CarriedSample("ecs.tf", f'environment = [\n  {{ name = "REDIS_PASSWORD", value = "{_REDIS_PASSWORD}" }},\n]\n',
                  _REDIS_PASSWORD, "ECS/Terraform name/value object"),
    # Values decoded where they are used: the decoded text is the literal, the line's name applies.
    CarriedSample("legacy.js", f'const LEGACY_PASSWORD = atob("{_b64("Harbor-Quill4821%z")}");\n', "Harbor-Quill4821%z",
                  "atob() of a base64 literal"),
    CarriedSample("settings.py", "import base64\n" + "DB_PASSWORD" + f' = base64.b64decode(b"{_b64("Kestrel-Vapor7719!m")}").decode()\n',
                  "Kestrel-Vapor7719!m", "base64.b64decode() of a bytes literal, .decode()"),
    CarriedSample("deploy.yml", "steps:\n  - run: |\n      echo \"DB_PASSWORD=$(echo "
                  f"{_b64('Juniper-Flint3068^w')} | base64 -d)\" >> \"$GITHUB_ENV\"\n", "Juniper-Flint3068^w",
                  "$(echo … | base64 -d) in a workflow step"),
    CarriedSample("client.ts", f'const apiSecret = Buffer.from("{_b64("Marble-Tundra5527&q")}", "base64").toString("utf8");\n',
                  "Marble-Tundra5527&q", "Buffer.from(…, 'base64')"),
    CarriedSample("connect.ps1", "$password = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("
                  f"'{_b64('Cobalt-Sierra9043@k')}'))\n", "Cobalt-Sierra9043@k", "PowerShell FromBase64String"),
    CarriedSample("main.tf", f'resource "x" "y" {{\n  password = base64decode("{_b64("Willow-Ember2286#t")}")\n}}\n',
                  "Willow-Ember2286#t", "HCL base64decode()"),
    CarriedSample("publish.sh", f"echo {_b64('[pypi]' + chr(10) + 'username = __token__' + chr(10) + 'password = ' + _TOKEN + chr(10))}"
                  " | base64 --decode > ~/.pypirc\n", _TOKEN, "a whole .pypirc decoded into its file"),
    # Tokens joined by a call, and a value on the line after its name.
    CarriedSample("sync.py", f'stripe.api_key = "".join([\n    "{_TOKEN[:33]}",\n'
                  f'    "{_TOKEN[33:]}",\n])\n', _TOKEN, '"".join([…]) over lines'),
    CarriedSample("release.rs", f'const TOKEN: &str = concat!("{_TOKEN[:30]}", "{_TOKEN[30:]}");\n', _TOKEN,
                  "Rust concat!()"),
    CarriedSample("upload.js", f'const token = [\n  "{_TOKEN[:45]}",\n  "{_TOKEN[45:]}",\n].join("");\n', _TOKEN,
                  'a JavaScript list .join("")'),
    CarriedSample("email.py", 'EMAIL_HOST_PASSWORD = (\n    "Canopy-Drift"\n    "er5590#k2QpLm"\n)\n',
                  "Canopy-Drifter5590#k2QpLm", "implicit concatenation under NAME = ("),
    # (the parentheses only group the pieces: `APPID = "…"` is the shape a short name's reader knows)
    CarriedSample("weather.py", 'import requests\n\nAPPID = ("69234b6aea9a40bd"\n         "445790c3043f05b1")\n\n'
                  'def forecast(lat, lon):\n    return requests.get("https://api.openweathermap.org/data/2.5/forecast",\n'
                  '                        params={"lat": lat, "lon": lon, "appid": APPID}, timeout=10)\n',
                  "69234b6aea9a40bd445790c3043f05b1", "implicit concatenation in parentheses under a short name"),
    CarriedSample("weather_cfg.py", 'import requests\nSETTINGS = {"appid": ("ecd83c3f0140be08"\n'
                  '                      "57b4ca6254ed1682"), "units": "metric"}\n'
                  'requests.get("https://api.openweathermap.org/data/2.5/weather", params=SETTINGS)\n',
                  "ecd83c3f0140be0857b4ca6254ed1682", "implicit concatenation in parentheses under a mapping's key"),
    CarriedSample("mail.py", 'SMTP_PASSWORD = (\n    "Lantern-Moss8840$pQ2x"\n)\n', "Lantern-Moss8840$pQ2x",
                  "one literal on the line after NAME = ("),
    CarriedSample("auth.py", f'_PARTS = (\n    "{_TOKEN[:20]}",\n    "{_TOKEN[20:]}",\n)\nTOKEN = "".join(_PARTS)\n', _TOKEN,
                  "a tuple of pieces joined by its name"),
    # A name handed to a decoding call: its literal is read decoded where the name is set.
    CarriedSample("ApiKeys.kt", f'object ApiKeys {{\n    private const val ENCODED_API_SECRET = "{_b64("Vesper-Loam6184!q")}"\n'
                  "    val apiSecret: String\n        get() = String(Base64.decode(ENCODED_API_SECRET, Base64.NO_WRAP))\n}\n",
                  "Vesper-Loam6184!q", "Android's Base64.decode(NAME, flags), the name set to a literal"),
    CarriedSample("release.js", f"const SECRET_B64 = '{_b64('Tamarack-Dune3307^p')}';\n"
                  "const secret = Buffer.from(SECRET_B64, 'base64').toString('utf8');\n", "Tamarack-Dune3307^p",
                  "Buffer.from(NAME, 'base64'), the name's encoding suffix"),
    CarriedSample("client.py", f'import base64\n_ENC_PASSWORD = b"{_b64("Gannet-Moraine5520&r")}"\n'
                  "PASSWORD = base64.b64decode(_ENC_PASSWORD).decode()\n", "Gannet-Moraine5520&r", "b64decode(NAME) in Python"),
    CarriedSample("Keys.swift", f'enum Keys {{\n    static let apiSecretEncoded = "{_b64("Osier-Flume4471#t")}"\n'
                  "    static var apiSecret: String { String(data: Data(base64Encoded: apiSecretEncoded)!, encoding: .utf8)! }\n}\n",
                  "Osier-Flume4471#t", "Swift's Data(base64Encoded: NAME)"),
    CarriedSample("Config.kt", f'val clientSecret = String(android.util.Base64.decode("{_b64("Bittern-Scree2093@w")}", Base64.DEFAULT))\n',
                  "Bittern-Scree2093@w", "Android's Base64.decode of a literal"),
    # Typed declarations (Swift, Kotlin, TypeScript): as written, and assembled from pieces.
    CarriedSample("APIEnvironment.swift", 'enum API {\n    static let partnerSecret: String = "Wq7Rt2Lm" +\n'
                  '        "9Xk4Vp8Z" +\n        "s3NbHc6J"\n}\n', "Wq7Rt2Lm9Xk4Vp8Zs3NbHc6J", "a Swift typed constant split in pieces"),
    CarriedSample("Secrets.kt", 'object Secrets {\n    const val CLIENT_SECRET: String = "Lk4Vp8ZsWq7Rt2Nb9Xm3"\n}\n',
                  "Lk4Vp8ZsWq7Rt2Nb9Xm3", "a Kotlin typed constant"),
    CarriedSample("api.ts", "export class Api {\n  private readonly apiSecret: string = 'Zs3NbHc6JWq7Rt2LmXk4';\n}\n",
                  "Zs3NbHc6JWq7Rt2LmXk4", "a TypeScript typed class field"),
    CarriedSample("Search.swift", 'enum Search {\n    static let appID = ApplicationID(rawValue: "WZAM1Q9891")\n'
                  '    static let apiKey = APIKey(rawValue: "7d1c3e9a0b5f48e2c6a9d0f3b7e1c4a8")\n}\n',
                  "7d1c3e9a0b5f48e2c6a9d0f3b7e1c4a8", "a Swift RawRepresentable's literal (Algolia's APIKey(rawValue:))"),
    # Visual Basic: `&` and ` _` joins, typed constants; a short password split under its name.
    CarriedSample("modUpload.bas", 'Private Function FtpPass() As String\n'
                  f'    FtpPass = "{_REDIS_PASSWORD[:5]}" & _\n        "{_REDIS_PASSWORD[5:]}"\nEnd Function\n',
                  _REDIS_PASSWORD, "a VBA password split with & over a _ continuation"),
    CarriedSample("modMail.bas", f'Private Const SMTP_PASSWORD As String = "{_REDIS_PASSWORD}"\n', _REDIS_PASSWORD,
                  "a VBA typed constant"),
    CarriedSample("upload.py", f'FTP_PASSWORD = "{_REDIS_PASSWORD[:6]}" + "{_REDIS_PASSWORD[6:]}"\n', _REDIS_PASSWORD,
                  "a short password split under a credential's name"),
    # A generated token kept in base64 under a name, decoded where it is used.
    CarriedSample("app/_keys.py", f'import base64\n\n_K = "{_b64(_AWS_SECRET[:32])}"\n\n\ndef key() -> str:\n'
                  '    return base64.b64decode(_K).decode()\n', _AWS_SECRET[:32], "a token hidden behind a decoding call"),
    CarriedSample("run.py", 'import base64\n\n_T = "' + _b64(_DISCORD_TOKEN) + '"\nBot().run(base64.b64decode(_T).decode())\n',
                  _DISCORD_TOKEN, "a Discord token in base64 (its own first part base64 too) decoded whole"),
    CarriedSample("cogs/config.py", 'TOKEN = "".join([\n' + "".join(f'    "{_DISCORD_TOKEN[i:i + 20]}",\n' for i in range(0, 80, 20))
                  + "])\n", _DISCORD_TOKEN, "a Discord token joined from parts (its base64 id not decoded apart)"),
    # npm's base64 settings after a blank: `npm config set <registry>:_auth <base64>`, a .yarnrc's line.
    CarriedSample("docker/api/Dockerfile", "FROM node:20-alpine\nRUN npm config set registry https://acme.jfrog.io/"
                  "artifactory/api/npm/npm/ \\\n && npm config set //acme.jfrog.io/artifactory/api/npm/npm/:_auth "
                  f"{_b64('ci-npm:' + _ARTIFACTORY_KEY)}\nRUN npm ci\n", _ARTIFACTORY_KEY,
                  "npm's _auth given to npm config set"),
    CarriedSample("Dockerfile", f"RUN npm config set //npm.acme.example/:_auth {_b64('ci-npm:Xq7#Lm2Vn9Rt4Kp8')}\n",
                  "Xq7#Lm2Vn9Rt4Kp8", "npm's _auth after a blank, any password"),
    CarriedSample(".yarnrc", f'registry "https://acme.jfrog.io/artifactory/api/npm/npm/"\n"//acme.jfrog.io/artifactory/api/'
                  f'npm/npm/:_auth" "{_b64("ci-npm:" + _ARTIFACTORY_KEY)}"\n', _ARTIFACTORY_KEY, "a .yarnrc's _auth"),
    # A concatenation on the lines below its setting's name (Prettier's and google-java-format's breaks).
    CarriedSample("src/config/api.ts", f"export const apiConfig = {{\n  baseUrl: 'https://api.acme.io',\n  apiToken:\n"
                  f"    '{_TOKEN[:60]}' +\n    '{_TOKEN[60:120]}' +\n    '{_TOKEN[120:]}',\n}} as const;\n", _TOKEN,
                  "an object key's value concatenated on the lines below it"),
    CarriedSample("src/main/java/com/acme/Upload.java", "public final class Upload {\n    private static final String "
                  f'PYPI_TOKEN =\n        "{_TOKEN[:80]}"\n            + "{_TOKEN[80:]}";\n}}\n', _TOKEN,
                  "a constant's value concatenated on the lines below it"),
    # A short credential split at a symbol: in parentheses after its name, or joined below its name.
    CarriedSample("nuke/menu.py", 'import shotgun_api3\n_SG = shotgun_api3.Shotgun(\n    SITE,\n    script_name="menu",\n'
                  '    api_key=("Wv3#k9Lm"\n             "^p2Qx7Rt"),\n)\n', "Wv3#k9Lm^p2Qx7Rt",
                  "a keyword argument split at a symbol in parentheses"),
    CarriedSample("mail.py", 'SMTP_PASSWORD = ("Tundra8" "&Heron52")\n', "Tundra8&Heron52", "a setting split at a symbol in parentheses"),
    CarriedSample("src/main/java/com/acme/Ledger.java", "final class Ledger {\n    private static final String DB_PASSWORD =\n"
                  '        "Fjord#" +\n        "Mapl3#9921";\n}\n', "Fjord#Mapl3#9921",
                  "a password joined at a symbol on the lines below its name"),
    CarriedSample("src/main/java/com/acme/Audit.java", "final class Audit {\n    private static final String AUDIT_PASSWORD =\n"
                  '        "Osprey" +\n        "Lake2207";\n}\n', "OspreyLake2207",
                  "a short password joined inside a token, its name on the line above"),
    # A concatenation whose first literal stands on the line above the token's junction (Python's `\\`, Java's `+`),
    # and literals holding escaped quotes (a JAAS line in a Java string).
    CarriedSample("dur/client.py", 'API_TOKEN = "Bearer " \\\n    "Rk4vTq9Wm2Lx7Np3" \\\n    "Hb6Jd1Fg5Zc8Vy0s"\n',
                  "Rk4vTq9Wm2Lx7Np3Hb6Jd1Fg5Zc8Vy0s", "a value's scheme, then its token's parts below, continued by backslashes"),
    CarriedSample("src/main/java/com/acme/Stream.java", 'class Stream {\n  void f(Properties p) {\n    p.put("sasl.jaas.config",\n'
                  '      "org.apache.kafka.common.security.plain.PlainLoginModule required " +\n'
                  '      "username=\\"ingest\\" password=\\"Mq3vLx8T" +\n      "k2Rw9Zp4Hn\\";");\n  }\n}\n',
                  "Mq3vLx8Tk2Rw9Zp4Hn", "a JAAS password split inside a Java string with escaped quotes"),
)
FALSE_SAMPLES = (
    # (a call's parentheses are the call's: the pieces a function is given are no value set to `appid`)
    CarriedSample("weather_log.py", 'import requests\nappid = log("69234b6aea9a40bd"\n'
                  '            "445790c3043f05b1")\nrequests.get("https://api.openweathermap.org/data/2.5/weather")\n',
                  None, "pieces given to a call under a short name"),
    CarriedSample("social/search.py", 'QUERY = ("from%3Adailyledger%20-is%3Aretweet"\n         "%20lang%3Aen")\n'
                  'BEARER = ("AAAAAAAAAAAAAAAAAAAAA%3D"\n          "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")\n', None,
                  "a URL-encoded query joined over its literals; a bearer's placeholder split at its `%3D`"),
    CarriedSample("pipeline/cfg.py", 'sg = Shotgun(SITE, script_name="x", api_key=("${SG_" "SCRIPT_KEY}"))\n'
                  'LABEL = ("Script" "#Key")\nTOKENS = ("Wv3#k9Lm", "^p2Qx7Rt")\n', None,
                  "a placeholder split in parentheses; a split under no credential's name; a tuple"),
    CarriedSample("src/main/java/com/acme/Msg.java", "final class Msg {\n    private static final String PASSWORD_HINT =\n"
                  '        "Use 12 characters, " +\n        "a digit and a symbol.";\n    private static final String TITLE =\n'
                  '        "Fjord#" +\n        "Mapl3#9921";\n}\n', None, "prose joined under a password's name; a join under no credential's name"),
    CarriedSample("channels/Notify.xml", "<channel>\n  <script>var smtpPassword = $(&quot;smtpPassword&quot;);\n"
                  "logger.info(&quot;sent&quot;);</script>\n  <description>Use &quot;Basic&quot; auth</description>\n</channel>\n",
                  None, "a Mirth script reading its password from the configuration map"),
    CarriedSample("modReport.bas", 'Private Const APP_TITLE As String = "Price " & _\n    "Uploader v2"\n'
                  'MsgBox "Finished: " & count & " rows" & vbCrLf & "See the log."\n'
                  'conn.Open "Provider=SQLOLEDB;Data Source=sql01;" & _\n    "Password=" & GetSetting("db", "pw")\n',
                  None, "VB concatenations of prose and of a connection string around a value read at run time"),
    CarriedSample("build.py", f'greeting = "{_REDIS_PASSWORD[:6]}" + "{_REDIS_PASSWORD[6:]}"\n', None,
                  "a short split under no credential's name"),
    CarriedSample("hello.js", f'const greeting = atob("{_b64("Hello, World!")}");\n', None, "atob() of prose"),
    CarriedSample("db.js", f'const password = atob("{_b64("${DB_PASSWORD}")}");\n', None, "atob() of a placeholder"),
    CarriedSample("deploy.sh", f"SERVICE_USER=$(echo {_b64('service-account')} | base64 -d)\n"
                  'echo "$SIGNING_KEY_B64" | base64 -d > signing.key\n', None, "a decoded user name; a variable decoded"),
    CarriedSample("icon.py", 'import base64\nICON = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAZ0lEQVR4")\n',
                  None, "b64decode() of a binary"),
    CarriedSample("urls.py", 'API = "".join([\n    "https://",\n    "api.example.com",\n    "/v1/",\n])\n'
                  'TAGS = ", ".join(["alpha", "beta"])\n', None, "a URL joined from parts; a list joined with a separator"),
    CarriedSample("links.py", '_DOCS = ("https://docs.acme.io/", "guide/index.html")\nDOCS_URL = "".join(_DOCS)\n', None,
                  "a URL's pieces joined by their name"),
    CarriedSample("build.rs", 'const AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));\n'
                  'const ROOT: &str = concat!("https://", "api.github.com", "/repos");\n', None, "Rust concat!() of a user agent"),
    CarriedSample("forms.py", 'PASSWORD_HELP = (\n    "Your password needs at least twelve characters."\n)\n'
                  'DEFAULT_PASSWORD = (\n    os.environ.get("APP_PASSWORD")\n)\n', None, "prose and an environment read under NAME = ("),
    CarriedSample("settings.xml", "<servers>\n  <server>\n    <id>corp</id>\n    <password>${env.NEXUS_PASSWORD}</password>\n"
                  "  </server>\n</servers>\n", None, "an XML element holding a property reference"),
    CarriedSample("configmap.yaml", "data:\n  redis.conf: |\n    port 6379\n    requirepass foobared\n", None,
                  "stock example password"),
    CarriedSample("values.yaml", "pypirc: |\n  [pypi]\n  username = __token__\n  password = ${PYPI_TOKEN}\n", None,
                  "placeholder in a block scalar"),
    CarriedSample("secret.yaml", f"kind: Secret\ndata:\n  username: {_b64('service-account-user')}\n"
                  f"  host: {_b64('cache.internal.example.com')}\n", None, "base64 of non-secrets"),
    CarriedSample("secret.yaml", f"kind: Secret\ndata:\n  username: {_b64('postgres')}\n  password: {_b64('postgres')}\n"
                  f"  port: {_b64('5432')}\n  database: {_b64('orders')}\n---\nkind: ConfigMap\ndata:\n  mode: "
                  f"{_b64('Ab3dE6')}\n", None, "a Secret's short data: a stock default, a port, a name; a ConfigMap's data is plain"),
    CarriedSample("icon.json", '{"icon": "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAZ0lEQVR4"}\n', None,
                  "base64 of a binary"),
    CarriedSample("messages.py", 'HELP = ("Set the token in TWINE_PASSWORD " "or in the keyring, never "\n'
                  '        "in the repository itself.")\n', None, "concatenated prose"),
    CarriedSample("setup.sh", "cat > ~/.pypirc <<EOF\n[pypi]\nusername = __token__\npassword = $PYPI_TOKEN\nEOF\n",
                  None, "here-doc of a variable"),
    CarriedSample("deployment.yaml", "      env:\n        - name: DB_PASSWORD\n          valueFrom:\n"
                  "            secretKeyRef:\n              name: db\n              key: password\n", None,
                  "valueFrom: a reference to a Secret"),
    CarriedSample("run.xml", '<envs>\n  <env name="DB_PASSWORD" value="${DB_PASSWORD}" />\n</envs>\n', None,
                  "name/value pair holding a variable"),
    CarriedSample("release.js", f"const SECRET_B64 = '{_b64('${APP_SECRET}')}';\n"
                  "const secret = Buffer.from(SECRET_B64, 'base64').toString();\n", None, "a named literal decoding to a placeholder"),
    CarriedSample("Icons.kt", 'object Icons {\n    private const val ICON = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAZ0lEQVR4"\n'
                  "    val icon = Base64.decode(ICON, Base64.DEFAULT)\n"
                  '    val extra = Base64.decode(intent.getStringExtra("token"), 0)\n}\n', None,
                  "a named binary decoded; a call's value decoded"),
    CarriedSample("Strings.swift", 'enum Strings {\n    static let passwordPlaceholder: String = "Enter your password"\n'
                  '    static let tokenHeader: String = "X-Auth-Token"\n    static let secretKeyName: String = "api_secret"\n}\n',
                  None, "Swift typed constants of prose, a header's name, a key's name"),
    CarriedSample("Search.swift", 'enum Search {\n    static let searchKey = APIKey(rawValue: "7d1c3e9a0b5f48e2c6a9d0f3b7e1c4a8")\n'
                  '    static let index = IndexName(rawValue: "lodging_units_prod")\n'
                  '    static let apiKey = APIKey(rawValue: ProcessInfo.processInfo.environment["ALGOLIA_KEY"] ?? "")\n}\n',
                  None, "Swift RawRepresentables of a search-only key, an index's name, the environment"),
    CarriedSample("env.rs", 'const TOKEN_ENV: &str = "GITHUB_TOKEN";\nconst API_URL: &str = "https://api.example.com/v1";\n', None,
                  "Rust typed constants naming a variable and a URL"),
    CarriedSample("release.yml", "env:\n  TAURI_SIGNING_PUBLIC_KEY: " + _b64(
                  "untrusted comment: minisign public key 6E2A\n" + _AWS_SECRET.replace("/", "")[:56] + "\n") + "\n", None,
                  "base64 of a minisign public key"),
    CarriedSample("k8s/base/sync-secret.template.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: sync\n"
                  f"type: Opaque\ndata:\n  api-key: {_b64('REPLACE_WITH_PAYROLL_API_KEY')}\n  password: {_b64('INSERT_DB_PASSWORD_HERE')}\n"
                  f"  x-api-token: {_b64('SET_ME_IN_VAULT')}\n  client-secret: {_b64('TODO_FILL_IN')}\n", None,
                  "a Secret template's base64 of instructions to fill it in"),
    CarriedSample("src/config/api.ts", "export const apiConfig = {\n  tokenUrl:\n    'https://auth.acme.io/' +\n"
                  "    'oauth2/v1/tokens/exchange2024',\n  apiToken:\n    process.env.API_TOKEN_PREFIX +\n    'suffix',\n};\n",
                  None, "a URL concatenated under a token's name; a reference concatenated"),
    CarriedSample("app/_text.py", f'import base64\n\n_B = "{_b64("Welcome back to the dashboard, 2024")}"\n'
                  '_P = "' + _b64("/var/lib/app/cache/v2/index.db") + '"\n\n\ndef banner() -> str:\n'
                  '    return base64.b64decode(_B).decode() + base64.b64decode(_P).decode()\n', None,
                  "prose and a path kept in base64 and decoded"),
    CarriedSample("src/main/java/com/acme/Stream.java", 'class Stream {\n  void f(Properties p) {\n    p.put("sasl.jaas.config",\n'
                  '      "org.apache.kafka.common.security.plain.PlainLoginModule required " +\n'
                  '      "username=\\"ingest\\" password=\\"" + System.getenv("KAFKA_PASSWORD") +\n      "\\";");\n  }\n}\n',
                  None, "a JAAS line in a Java string, its password read"),
    CarriedSample("dur/client.py", 'AUTH_HEADER = "Bearer " \\\n    "YOUR_TOKEN_" \\\n    "GOES_HERE_PLEASE"\n', None,
                  "a stand-in continued by backslashes below its scheme"),
)
