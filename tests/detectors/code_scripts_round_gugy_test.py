"""Blind rounds GU-GY, credentials as code and scripts give them: lftp's `-u user,password` on a line continuing its
command. Through the engine; every value is drawn here."""
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
