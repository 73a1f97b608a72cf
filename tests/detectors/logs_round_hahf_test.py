"""Blind rounds HA-HF, credentials logs record: an FTP login's USER and PASS commands as a log shows them; an access
log's request line whose query holds a bare `key` (`"GET /…/summary?key=<key> HTTP/1.1"`). Through the engine; every
value is drawn here."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"


# --- an FTP login's commands in a log -------------------------------------------------------------------------------------

_FTP_PASSWORD = drawn_mixed(2880041, 9) + "*" + drawn_mixed(2880042, 5)


@pytest.mark.parametrize(("text", "line"), [
    ("2024-03-18 06:00:01 DEBUG connecting ftp://10.40.2.21\n2024-03-18 06:00:02 DEBUG ftp login: USER admin / PASS {pw}\n", 2),
    ("06:00:02 ---> USER scale\n06:00:02 331 Password required for scale\n06:00:02 ---> PASS {pw}\n", 3),
    ("> USER scale\n< 331 Please specify the password.\n> PASS {pw}\n< 230 Login successful.\n", 3),
    ('[pid 2] FTP command: Client "10.0.0.9", "USER scale"\n[pid 2] FTP command: Client "10.0.0.9", "PASS {pw}"\n', 2),
    # (a trace kept with the protocol's CRLF line ends)
    ("06:00:02 ---> USER scale\r\n06:00:02 331 Password required for scale\r\n06:00:02 ---> PASS {pw}\r\n", 3),
    ("USER scale\r\nPASS {pw}\r\n", 2),
])
def test_a_logged_ftp_login_blocks(engine: Engine, text: str, line: int) -> None:
    assert _blocked(engine, "logs/scale-sync-2024-03-18.log", text.replace("{pw}", _FTP_PASSWORD)) == [
        (line, LITERAL, _FTP_PASSWORD)]


@pytest.mark.parametrize("text", [
    "06:00:02 ---> USER scale\n06:00:02 ---> PASS XXXX\n",  # (the client's mask)
    '[pid 2] FTP command: Client "10.0.0.9", "USER scale"\n[pid 2] FTP command: Client "10.0.0.9", "PASS <password>"\n',
    "06:00:02 ---> USER anonymous\n06:00:02 ---> PASS guest@\n",  # (anonymous FTP's address)
    "2024-03-18 06:00:02 INFO test suite: PASS test_upload_{pw} (0.3s)\n",  # (a test's verdict, no login)
    # (a USER three lines above: another exchange's)
    "06:00:02 ---> USER scale\n06:00:03 230 ok\n06:00:04 ---> CWD /in\n06:00:09 job 3 PASS {pw}\n",
])
def test_no_logged_ftp_login(engine: Engine, text: str) -> None:
    assert _blocked(engine, "logs/scale-sync-2024-03-18.log", text.replace("{pw}", _FTP_PASSWORD)) == []


# --- an access log's request line with a bare key in its query -----------------------------------------------------------

_QUERY_KEY = drawn(2880051, 32, _HEX)
_COMBINED = '10.0.0.31 - - [02/May/2025:06:00:04 +0000] "GET /proxy/solar/systems/4417721/summary?{query} HTTP/1.1" 200 612 "-" "python-requests/2.32.3"\n'


@pytest.mark.parametrize("query", ["key={key}", "key={key}&user_id=4d7a45774e6a", "start_at=1714600800&key={key}"])
def test_an_access_logs_request_with_a_key_parameter_blocks(engine: Engine, query: str) -> None:
    text = '10.0.0.12 - - [02/May/2025:06:00:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n' + \
        _COMBINED.replace("{query}", query.replace("{key}", _QUERY_KEY))
    assert _blocked(engine, "logs/nginx/access.log", text) == [(2, LITERAL, _QUERY_KEY)]


def test_an_app_logs_request_line_with_a_key_parameter_blocks(engine: Engine) -> None:
    text = f"2025-05-02T06:00:04Z INFO proxy: GET /v2/systems/4417721/summary?key={_QUERY_KEY} HTTP/1.1 -> 200 (84 ms)\n"
    assert _blocked(engine, "logs/proxy.log", text) == [(1, LITERAL, _QUERY_KEY)]


@pytest.mark.parametrize("query", [
    "key=user_profile_v2",  # (a cache entry's name)
    "key=20250502060004",  # (digits)
    "v={key}",  # (an asset's version)
    "cache_key={key}",
    "key={{api_key}}",
])
def test_an_access_logs_request_without_a_key_does_not_block(engine: Engine, query: str) -> None:
    assert _blocked(engine, "logs/nginx/access.log", _COMBINED.replace("{query}", query.replace("{key}", _QUERY_KEY))) == []
