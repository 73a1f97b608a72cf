"""Blind rounds GU-GY, credentials as code and scripts give them: lftp's `-u user,password` on a line continuing its
command; reqwest's `.basic_auth(user, Some("…"))` (an owned or optional literal: `"…".to_string()`, `String::from("…")`)
and its `.bearer_auth("…")`. Through the engine; every value is drawn here."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

LITERAL = "Literal Credential"


# --- lftp's -u on a line continuing its command -------------------------------------------------------------------------

_LFTP_PASSWORD = drawn_mixed(2640001, 15)


@pytest.mark.parametrize(("text", "line"), [
    ('lftp -e "set sftp:auto-confirm yes; cd /in; put $FILE; bye" \\\n     -u svc_tc,\'{pw}\' sftp://sftp.example.net\n', 2),
    ("lftp -e 'mirror -R out /in; quit' \\\n  --user svc_tc,\"{pw}\" \\\n  sftp://sftp.example.net\n", 2),
    ("lftp \\\n  -e 'put a.csv; bye' \\\n  -p 2222 \\\n  -u svc_tc,{pw} sftp://sftp.example.net\n", 4),
    ("lftp -e \"put a.csv; bye\" \\\n  -u 'svc_tc,{pw}' sftp://sftp.example.net\n", 2),
    ("lftp -e \"put a.csv; bye\" ^\n  -u svc_tc,{pw} sftp://sftp.example.net\n", 2),  # (cmd's continuation)
])
def test_lftps_login_on_a_continued_line_blocks(engine: Engine, text: str, line: int) -> None:
    assert _blocked(engine, "payroll/scripts/push.sh", text.replace("{pw}", _LFTP_PASSWORD)) == [
        (line, LITERAL, _LFTP_PASSWORD)]


@pytest.mark.parametrize("text", [
    'lftp -e "put a.csv; bye" \\\n     -u "$SFTP_USER","$SFTP_PASSWORD" sftp://sftp.example.net\n',
    'lftp -e "put a.csv; bye" \\\n     -u svc_tc sftp://sftp.example.net\n',  # (a user alone: lftp prompts)
    # (another command's options after the command ended, or on a line naming no lftp above it)
    'lftp -e "put a.csv; bye" sftp://sftp.example.net \\\n  | tee log.txt && tool -u svc_tc,{pw}\n',
    'rsync -a out/ \\\n  -u svc_tc,{pw} host:/in\n',
    'lftp -e "put a.csv; bye" sftp://sftp.example.net\n  -u svc_tc,{pw}\n',  # (no continuation)
])
def test_no_lftp_login_on_a_continued_line(engine: Engine, text: str) -> None:
    assert _blocked(engine, "payroll/scripts/push.sh", text.replace("{pw}", _LFTP_PASSWORD)) == []


# --- reqwest's basic_auth with Some(password), bearer_auth ---------------------------------------------------------------

_RUST_PASSWORD = drawn_mixed(2640011, 18)
_RUST_TOKEN = drawn_mixed(2640012, 32)


def _fetch_rs(call: str) -> str:
    return ("use reqwest::blocking::Client;\n\npub fn fetch(client: &Client, url: &str) -> reqwest::Result<Vec<u8>> {\n"
            "    let bytes = client\n        .get(url)\n        " + call + "\n        .send()?\n        .bytes()?;\n"
            "    Ok(bytes.to_vec())\n}\n")


@pytest.mark.parametrize("call", [
    '.basic_auth("reader-updater", Some("{pw}"))',
    '.basic_auth("reader-updater", Some("{pw}".to_string()))',
    '.basic_auth("reader-updater", Some("{pw}".to_owned()))',
    '.basic_auth(String::from("reader-updater"), Some("{pw}".into()))',
])
def test_reqwests_basic_auth_with_a_literal_password_blocks(engine: Engine, call: str) -> None:
    assert _blocked(engine, "reader-updater/src/fetch.rs", _fetch_rs(call.replace("{pw}", _RUST_PASSWORD))) == [
        (6, LITERAL, _RUST_PASSWORD)]


@pytest.mark.parametrize("call", ['.bearer_auth("{token}")', '.bearer_auth("{token}".to_string())', '.bearerAuth("{token}")'])
def test_a_bearer_auth_call_given_a_literal_token_blocks(engine: Engine, call: str) -> None:
    assert _blocked(engine, "reader-updater/src/fetch.rs", _fetch_rs(call.replace("{token}", _RUST_TOKEN))) == [
        (6, LITERAL, _RUST_TOKEN)]


@pytest.mark.parametrize("call", [
    '.basic_auth("reader-updater", None::<&str>)',
    '.basic_auth(&cfg.user, Some(&cfg.password))',
    '.basic_auth("reader-updater", Some(std::env::var("UPDATER_PASSWORD")?))',
    '.basic_auth("reader-updater", Some(""))',
    '.basic_auth("reader-updater", Some("changeme"))',
    '.basic_auth("reader-updater", Some("<password>".to_string()))',
    '.bearer_auth(&token)',
    '.bearer_auth(std::env::var("UPDATER_TOKEN")?)',
    '.bearer_auth("YOUR_TOKEN_HERE")',
])
def test_reqwests_auth_from_a_reference_or_a_stand_in_does_not_block(engine: Engine, call: str) -> None:
    assert _blocked(engine, "reader-updater/src/fetch.rs", _fetch_rs(call)) == []
