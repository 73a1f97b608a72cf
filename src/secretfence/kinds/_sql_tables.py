"""The rows of SQL data statements, for the tabular kind: a table's credential column in a dump
or a seed script is the same leak as in a CSV file.

Read forms:
- `INSERT INTO t (c1, c2, …) VALUES (…), (…);`, on one line or running on over the lines below
  it up to its `;` (hand-written seeds, `pg_dump --inserts --column-inserts`), also inside a code
  string (`cursor.execute("INSERT INTO …")`);
- the same with its VALUES on the line below a closed column list (`INSERT INTO t (a, b)` then `VALUES`),
  or its column list opening below a head that ends with the table (`INSERT INTO t` then `(a, b,`);
- `INSERT INTO t VALUES (…);` with its columns from the file's `CREATE TABLE t (…)` (`sqlite3
  .dump`, `mysqldump`, which puts a table's rows on one line);
- `COPY t (c1, c2, …) FROM stdin;` then tab-separated rows up to `\\.` (`pg_dump`).
A settings table's row gives a setting's name and the literal after it, an operator cell between them
skipped (FreeRADIUS's `radcheck (username, attribute, op, value)`: `'Cleartext-Password', ':=', '…'`).
A cell is a literal (`'…'`, with `''` and backslash escapes); a call (`crypt('…', gen_salt('bf'))`),
a bind parameter (`%s`, `?`, `:name`) or `NULL` is no value.
"""
from __future__ import annotations

import bisect
import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import LastFileMemo, line_text
from secretfence.prefilter.spec import lazy_regex

# (A statement's line is read at most this far; longer lines, a mysqldump table's rows on one
# line, are read up to it.)
MAX_STATEMENT_LINE = 1 << 20
# Lines an INSERT's VALUES may run on below its head, and lines a CREATE TABLE's columns may take.
MAX_STATEMENT_LINES = 2000
MAX_DEFINITION_LINES = 400

_NAME = r"""(?:[\w$]{1,128}|"[^"\n]{1,128}"|`[^`\n]{1,128}`|\[[^\]\n]{1,128}\])"""
_TABLE = rf"""(?P<table>{_NAME}(?:\.{_NAME}){{0,2}})"""
# `INSERT [IGNORE | OR <conflict>] INTO <table>`, the head of every INSERT form below.
_INSERT_INTO = r"""(?i)insert[ \t]+(?:(?:ignore|or[ \t]+(?:replace|ignore|abort|fail|rollback))[ \t]+)?into[ \t]+""" + _TABLE
INSERT = lazy_regex(_INSERT_INTO + r"""[ \t]*(?:\((?P<columns>[^()\n]{1,8192})\)[ \t]*)?values[ \t]*""")
# An INSERT whose column list runs on below its line (a formatted migration's), and the list's end.
INSERT_OPEN = lazy_regex(_INSERT_INTO + r"""[ \t]*\((?P<columns>[^()\n]{0,8192})$""")
# An INSERT whose column list closes on its line, VALUES on the line below (`INSERT INTO t (a, b)` then
# `VALUES (…)`), and one whose table ends the line, the column list opening on the line below.
INSERT_CLOSED = lazy_regex(_INSERT_INTO + r"""[ \t]*\((?P<columns>[^()\n]{1,8192})\)[ \t]*(?:--[^\n]*)?$""")
INSERT_BARE = lazy_regex(_INSERT_INTO + r"""[ \t]*(?:--[^\n]*)?$""")
_COLUMNS_OPEN = lazy_regex(r"""^[ \t]*\((?P<columns>[^()\n]{0,8192})$""")
_COLUMNS_END = lazy_regex(r"""^(?P<columns>[^()\n]{0,8192})\)[ \t]*(?:(?i:values)[ \t]*)?""")
_VALUES_HEAD = lazy_regex(r"""^[ \t]*(?i:values)[ \t]*""")
MAX_COLUMN_LINES = 16
COPY = lazy_regex(r"""(?i)^[ \t]*copy[ \t]+""" + _TABLE + r"""[ \t]*\((?P<columns>[^()\n]{1,8192})\)[ \t]+from[ \t]+stdin\b""")
_CREATE_TABLE = lazy_regex(
    r"""(?i)^[ \t]*create[ \t]+(?:(?:global[ \t]+|local[ \t]+)?(?:temporary|temp|unlogged)[ \t]+)?table[ \t]+"""
    r"""(?:if[ \t]+not[ \t]+exists[ \t]+)?""" + _TABLE + r"""[ \t]*\("""
)
# A VALUES list's tokens besides quoted literals (found by `_quoted_end`): a bare word or number,
# a parenthesis, a comma, a `;`, after blanks.
_TOKEN = lazy_regex(r"""\s*(?:([(),;])|([^\s(),;']+)|(?='))""")
_STATEMENT_HEAD = lazy_regex(r"""(?i)[ \t]*(?:insert|copy|create|update|delete|alter|drop|begin|commit)\b""")
_CONSTRAINTS = ("primary", "unique", "constraint", "foreign", "key", "index", "check", "exclude", "fulltext",
                "spatial", "period")


def unquoted_name(name: str) -> str:
    """A table's or a column's name without its quotes (`"…"`, `` `…` ``, `[…]`)."""
    return name.strip('"`[]')


def table_key(name: str) -> str:
    """A table's name as statements refer to it: unquoted, lowered, without its schema."""
    last = re.split(r"""\.(?=[\w$"`\[])""", name)[-1]
    return unquoted_name(last).lower()


def column_names(text: str) -> Tuple[str, ...]:
    return tuple(unquoted_name(part.strip()) for part in text.split(","))


def _unquote(token: str) -> Optional[str]:
    """A literal token's value, or None for anything else (NULL, a number is kept as text)."""
    if token.startswith("'"):
        inner = token[1:-1]
        if "\\" in inner:
            inner = re.sub(r"\\(.)", r"\1", inner)
        return inner.replace("''", "'")
    return None


def _quoted_end(text: str, start: int) -> int:
    """Where the quoted literal opening at `text[start]` ends (after its closing quote), or -1 if it
    does not close on the line. `''` and a backslash escape stay inside. Each character is looked
    at a bounded number of times: a line of unclosed quotes stays linear (a regex alternation
    `'(?:[^'\\]|''|\\.)*'` retried from each quote was quadratic)."""
    position = start + 1
    while True:
        quote = text.find("'", position)
        if quote < 0:
            return -1
        backslashes = 0
        while quote - backslashes - 1 > start and text[quote - backslashes - 1] == "\\":
            backslashes += 1
        if backslashes % 2:
            position = quote + 1  # an escaped quote
        elif text.startswith("'", quote + 1):
            position = quote + 2  # a doubled quote
        else:
            return quote + 1


def _tokens(text: str, position: int) -> Iterator[str]:
    """The VALUES list's tokens from `position`: a quoted literal (its quotes kept), a bare word,
    `(`, `)`, `,`, `;`. A quote that does not close ends the line's tokens."""
    end = len(text)
    while position < end:
        found = _TOKEN.match(text, position)
        if found is None:
            return
        if found.group(1) is not None or found.group(2) is not None:
            yield found.group(1) or found.group(2)
            position = found.end()
            continue
        quote = found.end()
        if quote >= end:
            return
        closing = _quoted_end(text, quote)
        if closing < 0:
            return
        yield text[quote:closing]
        position = closing


def value_rows(lines: Sequence[str], index: int, start: int, below: bool) -> Iterator[Tuple[int, List[Optional[str]]]]:
    """(line offset, cells) of each parenthesized row of a VALUES list that opens at `start` of
    `lines[index]`, read on over the lines below (when `below`) up to its `;`. A cell that is
    no literal (a call, a parameter, NULL) is None; a call's own parentheses are skipped."""
    offset = 0
    text = line_text(lines, index)[:MAX_STATEMENT_LINE]
    position = start
    depth = 0
    cells: List[Optional[str]] = []
    current: Optional[str] = None
    pieces = 0  # tokens in the current cell (a cell of more than one is an expression)
    while True:
        for value in _tokens(text, position):
            if value == "(":
                depth += 1
                if depth == 1:
                    cells, current, pieces = [], None, 0
                else:
                    pieces += 1  # a call's arguments: the cell is an expression
                continue
            if value == ")":
                depth -= 1
                if depth == 0:
                    cells.append(current if pieces == 1 else None)
                    yield offset, cells
                elif depth < 0:
                    return  # the statement's (or the code's) parenthesis closes: the list has ended
                continue
            if depth == 0:
                if value == ";" or value != ",":
                    return  # the statement's end, or what follows the list (`ON CONFLICT …`)
                continue
            if depth == 1 and value == ",":
                cells.append(current if pieces == 1 else None)
                current, pieces = None, 0
                continue
            if depth == 1:
                current = _unquote(value)
            pieces += 1
        offset += 1
        if not below or offset > MAX_STATEMENT_LINES or index + offset >= len(lines):
            return
        text = line_text(lines, index + offset)[:MAX_STATEMENT_LINE]
        if _STATEMENT_HEAD.match(text):
            return  # another statement: this one was left open (read from its own line: stays linear)
        position = 0


def wrapped_insert(lines: Sequence[str], index: int) -> Optional[Tuple[str, Tuple[str, ...], int, int]]:
    """(table, columns, line offset, position) of an INSERT opened on `lines[index]` whose column
    list or VALUES runs on over the lines below: its VALUES list opens at `position` of
    `lines[index + offset]`. The list opens on the head's line and runs on (`INSERT INTO t (a,` then
    `b) VALUES`), closes there with VALUES below (`INSERT INTO t (a, b)` then `VALUES (…)`), or opens
    on the line below a head that ends with the table (`INSERT INTO t` then `(a, b,` …)."""
    line = line_text(lines, index)[:MAX_STATEMENT_LINE]
    head = INSERT_OPEN.search(line)
    if head is not None:
        return _column_list_below(lines, index, head.group("table"), [head.group("columns")], 1)
    closed = INSERT_CLOSED.search(line)
    if closed is not None:
        return _values_below(lines, index, closed.group("table"), column_names(closed.group("columns")), 0)
    bare = INSERT_BARE.search(line)
    if bare is None or index + 1 >= len(lines):
        return None
    following = line_text(lines, index + 1)[:MAX_STATEMENT_LINE]
    opened = _COLUMNS_OPEN.match(following)
    if opened is not None:
        return _column_list_below(lines, index, bare.group("table"), [opened.group("columns")], 2)
    stripped = following.lstrip(" \t")
    if not stripped.startswith("("):
        return None
    end = _COLUMNS_END.match(stripped[1:])
    if end is None:
        return None
    columns = column_names(end.group("columns"))
    if end.group(0).rstrip().lower().endswith("values"):
        return bare.group("table"), columns, 1, len(following) - len(stripped) + 1 + end.end()
    return _values_below(lines, index, bare.group("table"), columns, 1)


def _column_list_below(lines: Sequence[str], index: int, table: str, parts: List[str],
                       first: int) -> Optional[Tuple[str, Tuple[str, ...], int, int]]:
    """An INSERT's column list that runs on from `lines[index + first]` up to its `)`, then VALUES."""
    for offset in range(first, MAX_COLUMN_LINES + 1):
        text = line_text(lines, index + offset)[:MAX_STATEMENT_LINE]
        if index + offset >= len(lines) or _STATEMENT_HEAD.match(text):
            return None
        end = _COLUMNS_END.match(text)
        if end is None:
            if "(" in text or ")" in text or ";" in text:
                return None
            parts.append(text)
            continue
        parts.append(end.group("columns"))
        columns = column_names(",".join(part.strip().rstrip(",") for part in parts if part.strip()))
        if end.group(0).rstrip().lower().endswith("values"):
            return table, columns, offset, end.end()
        return _values_below(lines, index, table, columns, offset)
    return None


def _values_below(lines: Sequence[str], index: int, table: str, columns: Tuple[str, ...],
                  offset: int) -> Optional[Tuple[str, Tuple[str, ...], int, int]]:
    """The VALUES that opens the line below `lines[index + offset]`, where an INSERT's column list closed."""
    following = line_text(lines, index + offset + 1)[:MAX_STATEMENT_LINE]
    values = _VALUES_HEAD.match(following)
    if values is None:
        return None
    return table, columns, offset + 1, values.end()


def copy_rows(lines: Sequence[str], index: int, max_row: int) -> Iterator[Tuple[int, List[Optional[str]]]]:
    """(line offset, cells) of a `COPY … FROM stdin;` block's rows below `lines[index]`, up to `\\.`
    (`\\N` is NULL)."""
    offset = 1
    while index + offset < len(lines):
        row = line_text(lines, index + offset)
        if row.rstrip("\r") == "\\." or COPY.match(row):
            return  # the end of the data, or a block left open: the next is read from its own line
        if len(row) <= max_row:
            yield offset, [None if cell == "\\N" else cell for cell in row.rstrip("\r").split("\t")]
        offset += 1


# A setting's name in a settings table's row: a word with `_`, `.`, `-`, `/`, `:` (WordPress's option
# names, Magento's config paths), no blanks.
_SETTING_NAME = lazy_regex(r"""^[A-Za-z_][\w.:/-]{2,127}$""")


# A comparison or assignment operator a row keeps between an attribute and its value (FreeRADIUS's
# radcheck/radreply/radgroupcheck rows: `username, attribute, op, value`, `'Cleartext-Password', ':=', '…'`).
_OPERATOR_CELL = lazy_regex(r"""^(?::=|==|\+=|-=|=|!=|>=|<=|>|<|=~|!~|=\*|!\*)$""")
# FreeRADIUS's attributes that hold a password's hash, not the password: `Cleartext-Password` and `User-Password`
# hold it plain (`Password-With-Header`'s `{scheme}` prefix says which, as the value judgement reads it).
_HASHED_ATTRIBUTES = frozenset({"crypt-password", "md5-password", "smd5-password", "sha-password", "ssha-password",
                                "sha1-password", "ssha1-password", "sha2-password", "ssha2-password", "sha2-224-password",
                                "sha2-256-password", "sha2-384-password", "sha2-512-password", "ssha2-224-password",
                                "ssha2-256-password", "ssha2-384-password", "ssha2-512-password", "nt-password",
                                "lm-password", "ns-mta-md5-password", "pbkdf2-password"})


def named_cells(cells: Sequence[Optional[str]], limit: int) -> Iterator[Tuple[str, str]]:
    """(name, value) of each literal cell that reads as a setting's name and the literal after it
    in a row (the row's first `limit` cells), an operator between them skipped (a RADIUS check row's
    `attribute, op, value`); a RADIUS attribute naming a hashed password gives none."""
    count = min(len(cells), limit)
    for position in range(count - 1):
        name, value = cells[position], cells[position + 1]
        if name is None or value is None or not _SETTING_NAME.match(name):
            continue
        if _OPERATOR_CELL.match(value):
            if position + 2 >= count or cells[position + 2] is None:
                continue
            value = cells[position + 2] or ""
        if name.lower() in _HASHED_ATTRIBUTES:
            continue
        yield name, value


class Schemas:
    """The columns of each table a file creates (`CREATE TABLE`), read once a file: the last
    few files' are kept (their lines objects held, so that an identity stands for the file)."""

    def __init__(self) -> None:
        self._files: List[Tuple[Sequence[str], Dict[str, Tuple[str, ...]]]] = []

    def of(self, lines: Sequence[str]) -> Dict[str, Tuple[str, ...]]:
        for known, tables in self._files:
            if known is lines:
                return tables
        tables = _created_tables(lines)
        self._files = [(lines, tables)] + self._files[:3]
        return tables


def _created_tables(lines: Sequence[str]) -> Dict[str, Tuple[str, ...]]:
    tables: Dict[str, Tuple[str, ...]] = {}
    for number, line in enumerate(lines):
        if "CREATE" not in line and "create" not in line and "Create" not in line:
            continue
        found = _CREATE_TABLE.match(line)
        if found is None:
            continue
        columns = _definition_columns(lines, number, found.end())
        if columns:
            tables.setdefault(table_key(found.group("table")), columns)
    return tables


def _definition_columns(lines: Sequence[str], index: int, start: int) -> Tuple[str, ...]:
    """The column names of a CREATE TABLE's definition list, opened at `start` of `lines[index]`."""
    parts: List[str] = []
    depth = 1
    current: List[str] = []
    for offset in range(MAX_DEFINITION_LINES):
        if index + offset >= len(lines):
            break
        text = line_text(lines, index + offset)[:MAX_STATEMENT_LINE]
        comment = text.find("--", start if offset == 0 else 0)
        if comment >= 0:
            text = text[:comment]  # a column's comment (`-- the user's (hashed) password`)
        if offset and _CREATE_TABLE.match(text):
            return ()  # another statement: this one's list never closed (not read on: stays linear)
        piece_start = start if offset == 0 else 0
        for position in range(piece_start, len(text)):
            character = text[position]
            if character == "(":
                depth += 1
            elif character == ")":
                depth -= 1
                if depth == 0:
                    parts.append("".join(current) + text[piece_start:position])
                    return _names_of(parts)
            elif character == "," and depth == 1:
                parts.append("".join(current) + text[piece_start:position])
                current = []
                piece_start = position + 1
        if ";" in text:
            return ()  # the statement ended before its list closed
        current.append(text[piece_start:] + " ")
    return ()


def _names_of(definitions: List[str]) -> Tuple[str, ...]:
    names: List[str] = []
    for definition in definitions:
        words = definition.split()
        if words and words[0].lower() not in _CONSTRAINTS:
            names.append(unquoted_name(words[0]))
    return tuple(names)


# --- a settings table's row set by an UPDATE -----------------------------------------------------------
# `UPDATE t SET value = '…' WHERE name = '…'` (Koha's systempreferences `variable`, WordPress's wp_options
# `option_name`/`option_value`, Magento's core_config_data `path`): the row's value column is set to a
# literal, the row picked by its name column; on one line, or `SET` on the line below `UPDATE t` and
# `WHERE` on the lines below it (a formatted script's).
_UPDATE_SET = lazy_regex(r"""(?i)\bupdate[ \t]+""" + _TABLE + r"""[ \t]+set[ \t]+""")
_SET_HEAD = lazy_regex(r"""(?i)^[ \t]*set[ \t]+""")
_UPDATE_LINE = lazy_regex(r"""(?i)^[ \t]*update[ \t]+""" + _TABLE + r"""[ \t]*(?:--[^\n]*)?$""")
_ASSIGNMENT = lazy_regex(
    r"""[ \t]*(?:[\w$]{1,128}\.)?(?P<column>""" + _NAME + r""")[ \t]*=[ \t]*"""
    r"""[Nn]?'(?P<value>(?:[^'\n]|''){0,1024})'""")
_NEXT_ASSIGNMENT = lazy_regex(r"""[ \t]*,""")
_WHERE = lazy_regex(r"""(?i)\bwhere\b""")
_VALUE_COLUMN = lazy_regex(r"""(?i)(?:^|_)(?:value|val|data|content)$|[a-z](?:Value|Val)$""")
_NAME_COLUMN = lazy_regex(
    r"""(?i)(?:^|_)(?:name|key|variable|var|path|option|setting|param|parameter|property|prop|code|config|field"""
    # (a name in the team's language: Dutch's `naam`, Spanish's `nombre`, Italian's and Portuguese's `nome`, French's `nom`)
    r"""|naam|nombre|nome|nom)$"""
    r"""|[a-z](?:Name|Key|Path)$""")
# (Blind rounds HA-HF) A service's row of an integrations table, its key column set (`UPDATE koppelingen SET sleutel =
# '…' WHERE naam = 'guardian'`, `UPDATE integrations SET key = '…' WHERE name = 'stripe'`): a column named a key's bare word
# (English's, or the team's language's: Dutch `sleutel`, Spanish `clave`, Italian `chiave`, Portuguese `chave`, French `cle`,
# German `schluessel`), the row picked by a service's name (a word: no file's or path's name). Read as the service's key,
# `<service>_<column>`, as `<SERVICE>_KEY` is (judged holding a generated value: a cache's or a translation's key is none).
_KEY_COLUMN = lazy_regex(r"""(?i)^(?:key|sleutel|clave|chiave|chave|cle|schluessel|schlussel)$""")
_SERVICE_ROW_NAME = lazy_regex(r"""^[A-Za-z][A-Za-z0-9_-]{1,63}$""")
# A table of tokens (Django REST framework's `authtoken_token`, a `partners_apitoken`, `api_keys`, `access_tokens`): its
# key column is each row's token whatever the WHERE picks (DRF's `key`): read under the table's name, which says token.
_TOKEN_TABLE = lazy_regex(r"""(?i)(?:^|[_.])(?:(?:api|auth|access)_?)?tokens?$|(?:^|[_.])(?:api|auth|access)_?keys?$""")
_ASSIGNMENTS_READ = 16
_WHERE_LINES = 6  # lines below the SET its WHERE may stand on (T-SQL's `FROM … JOIN …` between them)
_WHERE_READ = 4096  # characters of the WHERE clause read for the row's name
# An attribute-value store's row (Rock RMS's `AttributeValue`, an EAV table): the WHERE picks it by the
# attribute's id held in a variable (`AttributeId = @AttrId`, PL/pgSQL's `attribute_id = v_attr`), the variable
# set above by the statement that looks the attribute up by its key (`DECLARE @AttrId int = (SELECT a.Id FROM
# Attribute a WHERE a.[Key] = 'SecurityKey')`, `SET @a = (…)`, `SELECT @a = Id FROM …`, `SELECT id INTO v_attr
# FROM … WHERE key = '…'`): that statement's name literals name the row's value.
_VARIABLE_CONDITION = lazy_regex(
    r"""[ \t]*(?:[\w$]{1,128}\.)?""" + _NAME + r"""[ \t]*(?:=|(?i:in)[ \t]*\()[ \t]*(?P<variable>@?[A-Za-z_][\w$]{0,127})\b(?![.(])""")
_VARIABLE_WORDS = frozenset({"null", "true", "false", "select", "default", "current_user", "user"})
_LOOKUP_LINES = 120  # lines above the UPDATE where its variable's lookup may stand
_LOOKUP_READ = 1024  # characters of a line above read for the variable
_LOOKUP_STATEMENT_LINES = 8  # lines the lookup statement takes, up to its `;`
_NAMES_READ = 4  # name literals taken from one lookup


def settings_updates(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str]]:
    """(the setting's name, its value) of an UPDATE on this line that sets a settings table's value
    column to a literal where the row's name column is a literal (see above)."""
    line = line_text(lines, index)[:MAX_STATEMENT_LINE]
    head = _UPDATE_SET.search(line)
    table = head.group("table") if head is not None else ""
    if head is None:
        head = _SET_HEAD.match(line)
        above = _UPDATE_LINE.match(line_text(lines, index - 1)[:MAX_STATEMENT_LINE]) if head is not None and index > 0 else None
        if head is None or above is None:
            return
        table = above.group("table")
    values: List[str] = []
    keys: List[Tuple[str, str]] = []  # (the key column, its value: see _KEY_COLUMN)
    position = head.end()
    for _ in range(_ASSIGNMENTS_READ):
        assigned = _ASSIGNMENT.match(line, position)
        if assigned is None:
            break
        column = unquoted_name(assigned.group("column"))
        if _VALUE_COLUMN.search(column) and assigned.group("value"):
            values.append(assigned.group("value").replace("''", "'"))
        elif _KEY_COLUMN.match(column) and assigned.group("value"):
            keys.append((column.lower(), assigned.group("value").replace("''", "'")))
        position = assigned.end()
        following = _NEXT_ASSIGNMENT.match(line, position)
        if following is None:
            break
        position = following.end()
    if not values and not keys:
        return
    token_table = table_key(table)
    if keys and _TOKEN_TABLE.search(token_table):
        for _, value in keys:
            yield token_table, value  # (a token table's key column: see _TOKEN_TABLE)
        keys = []
        if not values:
            return
    text = line[position:]
    for offset in range(1, _WHERE_LINES + 1):
        if ";" in text or index + offset >= len(lines):
            break
        text += "\n" + line_text(lines, index + offset)[:_WHERE_READ]
    where = _WHERE.search(text)
    if where is None:
        return
    clause = text[where.end():where.end() + _WHERE_READ].split(";", 1)[0]
    names = _name_literals(clause)  # (a subquery's too: `AttributeId = (SELECT Id FROM Attribute WHERE [Key] = '…')`)
    if keys:
        for name in names:
            if _SERVICE_ROW_NAME.match(name):
                for column, value in keys:
                    yield f"{name}_{column}", value
    if not values:
        return
    if names:
        for name in names:
            for value in values:
                yield name, value
        return
    for count, condition in enumerate(_VARIABLE_CONDITION.finditer(clause)):
        if count >= _ASSIGNMENTS_READ:
            return
        variable = condition.group("variable")
        if variable.lower() in _VARIABLE_WORDS:
            continue
        names = _looked_up_names(lines, index, variable)
        if names:
            for name in names:
                for value in values:
                    yield name, value
            return


# The statements that set a variable (see _VARIABLE_CONDITION): T-SQL's and MySQL's `DECLARE @a int =`, `SET @a =`,
# `SELECT @a = …`, `…, @a =`; any `SELECT … INTO a` (not a table's INSERT INTO, MERGE INTO, REPLACE INTO).
_SETS_VARIABLE = lazy_regex(
    r"""(?i)(?:(?:\b(?:declare|set|select)[ \t]+|,[ \t]*)(?P<at>@[A-Za-z_][\w$]{0,127})(?![\w$])(?:[ \t]+[A-Za-z_][\w()]{0,32})?"""
    r"""[ \t]*:?=|(?<!insert[ \t])(?<!merge[ \t])(?<!replace[ \t])\binto[ \t]+(?P<into>@?[A-Za-z_][\w$]{0,127})(?![\w$]))""")
_SETS_A_LINE = 16


def _variable_lines(lines: Sequence[str]) -> Dict[str, List[int]]:
    """{variable (lowered): the lines that set it, in order}, read once a file."""
    found: Dict[str, List[int]] = {}
    for number, line in enumerate(lines):
        text = line[:_LOOKUP_READ]
        if "@" not in text and "into" not in text and "INTO" not in text and "Into" not in text:
            continue
        for count, assignment in enumerate(_SETS_VARIABLE.finditer(text)):
            if count >= _SETS_A_LINE:
                break
            variable = (assignment.group("at") or assignment.group("into")).lower()
            numbers = found.setdefault(variable, [])
            if not numbers or numbers[-1] != number:
                numbers.append(number)
    return found


_VARIABLES = LastFileMemo(_variable_lines)


def _looked_up_names(lines: Sequence[str], index: int, variable: str) -> List[str]:
    """The name literals of the statement above `lines[index]` that last sets `variable` (see
    _SETS_VARIABLE), within _LOOKUP_LINES."""
    numbers = _VARIABLES.of(lines).get(variable.lower())
    if not numbers:
        return []
    at = bisect.bisect_left(numbers, index) - 1
    if at < 0 or numbers[at] <= index - _LOOKUP_LINES:
        return []
    above = numbers[at]
    statement = line_text(lines, above)[:_LOOKUP_READ]
    for offset in range(1, _LOOKUP_STATEMENT_LINES):
        if ";" in statement or above + offset >= index:
            break
        statement += "\n" + line_text(lines, above + offset)[:_LOOKUP_READ]
    return _name_literals(statement.split(";", 1)[0])


def _name_literals(clause: str) -> List[str]:
    """The literals a clause compares its name columns with (`variable = '…'`, `a.[Key] = '…'`), the
    first few: a row picked by an entity's name and its attribute's key names both."""
    names: List[str] = []
    for count, condition in enumerate(_ASSIGNMENT.finditer(clause)):
        if count >= _ASSIGNMENTS_READ or len(names) >= _NAMES_READ:
            break
        name = condition.group("value").replace("''", "'")
        if _NAME_COLUMN.search(unquoted_name(condition.group("column"))) and name and name not in names:
            names.append(name)
    return names
