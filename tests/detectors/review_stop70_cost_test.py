"""Review 70 (stop 69's chat JSON reader), a superlinear loop closed: the reader's token pattern read a string to its
closing quote, and on a line left open (`"text": "\\"\\"\\"…` to the line's end) each escaped quote began another read to
the line's end: a 40 KB line of a `.json` holding `"messages": [` took a minute, a megabyte hours. A string left open is
now read once and passed over. (A hostile line: 100 KB, a second at most where it took minutes.)"""
from __future__ import annotations

import time

from secretfence.engine import Engine


def test_a_json_chat_export_s_open_string_of_escaped_quotes_is_read_once(engine: Engine) -> None:
    text = '{"messages": [{"from": "a", "text": "' + '\\"' * 50_000 + "\n"
    engine.scan_text("export/result.json", '{"messages": [{"from": "a", "text": "hi"}]}\n')  # (the readers' set-up)
    started = time.perf_counter()
    engine.scan_text("export/result.json", text)
    assert time.perf_counter() - started < 5.0


def test_a_closed_message_is_still_read_after_an_open_string(engine: Engine) -> None:
    from secretfence.engine.carriers import chat_export_json
    from secretfence.engine.carriers import LineStarts

    text = ('{"messages": [\n{"from": "a", "bad": "\\"\\"\n'
            '{"from": "Ana", "date": "2024-01-01T10:00:00", "text": "hello there"}\n]}\n')
    views = list(chat_export_json("export/result.json", text.split("\n"), text, LineStarts(text)))
    assert views and "Ana: hello there" in views[0].text
