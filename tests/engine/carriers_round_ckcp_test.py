"""R's joins of literals with no separator (issue 14, blind round CP): `paste0("…", "…")`, stringr's
`str_c`, stringi's `stri_c`, and `paste(…, sep = "")` assemble a token split over their literals, read on
the join's first line with the name it is assigned to; joins of words and paths, and joins of reads, pass.
Every value here is generated."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine, carriers
from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn

LITERAL = "Literal Credential"
_TOKEN = drawn(13108, 128, "0123456789abcdef")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


FORMS = [
    ("analysis/publish.R", f'fs_token <- paste0("{_TOKEN[:64]}",\n                   "{_TOKEN[64:]}")\n'),
    ("analysis/upload.R", f'api_token <- paste("{_TOKEN[:40]}", "{_TOKEN[40:]}", sep = "")\n'),
    ("report.Rmd", f'```{{r}}\napi_token <- stringr::str_c("{_TOKEN[:50]}", "{_TOKEN[50:]}")\n```\n'),
]

DECOYS = [
    ("analysis/paths.R", 'path <- paste0("data/", "survey_2024.csv")\nmsg <- paste0("Hello ", "world")\n'
     'fs_token <- paste0(Sys.getenv("FS_TOKEN_A"), Sys.getenv("FS_TOKEN_B"))\n'),
    ("analysis/labels.R", f'label <- paste("{_TOKEN[:40]}", "{_TOKEN[40:80]}")\n'),  # (paste's blank between: no token)
]


@pytest.mark.parametrize(("filename", "text"), FORMS, ids=[row[0] for row in FORMS])
def test_the_join_blocks_at_its_first_line(engine: Engine, filename: str, text: str) -> None:
    line = 2 if filename.endswith(".Rmd") else 1
    assert (line, LITERAL, _TOKEN) in blocked_lines(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_passes(engine: Engine, filename: str, text: str) -> None:
    assert blocked_lines(engine, filename, text) == []


def test_paste0_is_read_in_r_files_only() -> None:
    text = f'fs_token <- paste0("{_TOKEN[:64]}", "{_TOKEN[64:]}")\n'
    view, _ = carriers.view(text, "publish.py")
    assert view is None or _TOKEN not in "\n".join(view.lines)
    view, _ = carriers.view(text, "publish.R")
    assert view is not None and _TOKEN in view.lines[0]
