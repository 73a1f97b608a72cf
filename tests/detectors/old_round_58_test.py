"""Stop 58 (older misses), through the engine: an Authorization header line written whole as one string in code with
its credential raw, no scheme before it (PHP's curl header list, libcurl's `curl_slist_append`, pycurl's `HTTPHEADER`;
Qonto's `login:secret-key`); a variable, a format, a placeholder or a signing algorithm's name there stays none."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_TOKEN = drawn_mixed(4600001, 20)
_HEX_KEY = drawn(4600002, 32, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert len(_TOKEN) == 20 and not _TOKEN.isalpha() and len(_HEX_KEY) == 32


# --- a raw Authorization header line in code ------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, text", [
    ("inc/wa-notif.php", "<?php\ncurl_setopt_array($curl, [\n    CURLOPT_HTTPHEADER => ['Authorization: {token}'],\n]);\n"),
    ("inc/notify.php", "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array(\"Authorization: {token}\", 'Accept: */*'));\n"),
    ("src/client.c", "struct curl_slist *h = NULL;\nh = curl_slist_append(h, \"Authorization: {token}\");\n"),
    ("jobs/push.py", "import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.HTTPHEADER, [\"Authorization: {token}\"])\n"),
    ("net/raw.py", "import socket\nREQUEST = \"GET /send HTTP/1.1\\r\\nHost: api.example.net\\r\\n\"\n"
                   "AUTH = \"Authorization: {token}\\r\\n\"\n"),
])
def test_a_raw_authorization_header_line_in_code_blocks(engine: Engine, filename: str, text: str) -> None:
    source = text.format(token=_TOKEN)
    line = next(number for number, row in enumerate(source.splitlines(), 1) if _TOKEN in row)
    assert _secrets(engine, filename, source) == [(line, _TOKEN)]


def test_a_login_and_key_header_line_reports_the_key(engine: Engine) -> None:
    text = f"HEADERS = [\"Authorization: atelier-4821:{_HEX_KEY}\"]\n"
    assert _secrets(engine, "compta/qonto.py", text) == [(1, _HEX_KEY)]


@pytest.mark.parametrize("value", ["%s", "{token}", "$FONNTE_TOKEN", "AWS4-HMAC-SHA256", "GOOG4-RSA-SHA256",
                                   "your-api-key-here-xx", "xxxxxxxxxxxxxxxxxxxxxx", "YOUR_FONNTE_TOKEN_HERE",
                                   "application/json; charset=utf-8"])
def test_a_variable_a_placeholder_or_an_algorithm_stays_none(engine: Engine, value: str) -> None:
    text = f"<?php\n$headers = ['Authorization: {value}', 'Content-Type: application/json'];\n"
    assert _secrets(engine, "inc/notify.php", text) == []


def test_a_header_line_in_documentation_is_not_this_reading(engine: Engine) -> None:
    # (documentation's example headers are its own readers' to judge)
    text = f"Send the header as `\"Authorization: {_TOKEN}\"`.\n"
    assert _secrets(engine, "docs/api.md", text) == []
