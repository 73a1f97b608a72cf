"""The text values of a SQLite database (a cache or settings file shipped in a package), one row a
line, so a scan sees each value on its own.

Its bytes as `strings` reads them are scanned too, but SQLite stores a row's values back to back
(`pypi_tokenpypi-AgEI…`): a token glued to the column before it has no boundary a detector can
see. The database is read by sqlite3 itself (read-only, immutable, from a private temporary
copy), its work bounded by a progress handler, its output by a byte limit; a damaged database
gives what could be read (its bytes are scanned as they are in any case).
"""
from __future__ import annotations

import os
from typing import List, Optional

MAGIC = b"SQLite format 3\x00"
# sqlite3 virtual-machine steps (in thousands, see set_progress_handler) before a read gives up.
_MAX_STEPS_THOUSANDS = 200_000
_MAX_TABLES = 10_000


def looks_like_sqlite(head: bytes) -> bool:
    return head.startswith(MAGIC)


def sqlite_text(data: bytes, limit: int) -> Optional[bytes]:
    """`table: column = 'value', …` for every row of every table, at most `limit` bytes (the rest
    is left out); None when nothing could be read."""
    import tempfile  # here: only a SQLite file needs it, and every scan imports this module

    handle, path = tempfile.mkstemp(suffix=".sqlite3")
    try:
        with os.fdopen(handle, "wb") as copy:
            copy.write(data)
        return _rows(path, limit)
    finally:
        os.unlink(path)


def _rows(path: str, limit: int) -> Optional[bytes]:
    import sqlite3  # here: only a SQLite file needs it, and every scan imports this module

    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    steps = [0]

    def stop() -> int:
        steps[0] += 1
        return 1 if steps[0] > _MAX_STEPS_THOUSANDS else 0

    connection.set_progress_handler(stop, 1000)
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    lines: List[bytes] = []
    size = 0
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' LIMIT ?", (_MAX_TABLES,))]
        for table in tables:
            quoted = '"' + str(table).replace('"', '""') + '"'
            try:
                cursor = connection.execute(f"SELECT * FROM {quoted}")  # noqa: S608 (a name from the file, quoted)
                columns = [description[0] for description in cursor.description or ()]
                for row in cursor:
                    values = ", ".join(f"{column} = {_shown(value)}" for column, value in zip(columns, row)
                                       if isinstance(value, (str, bytes)))
                    if not values:
                        continue
                    line = f"{table}: {values}".replace("\n", " ").encode("utf-8", "replace")
                    size += len(line) + 1
                    if size > limit:
                        return b"\n".join(lines)
                    lines.append(line)
            except sqlite3.Error:
                continue  # one unreadable table (damage, a virtual table's module): the others
    except sqlite3.Error:
        pass
    finally:
        connection.close()
    return b"\n".join(lines) if lines else None


def _shown(value: "str | bytes") -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return "'" + value + "'"
