"""Forms read after stop 58's blind round (vendors' credentials in code): Lichess' personal and OAuth access tokens
(`lip_` / `lio_`, as lila issues them) wherever they stand. Each beside the decoys of its form, through the engine.
Every value here is generated (seeds 4750000-4759999)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

SERVICE = "Service API Token"

_LICHESS_PERSONAL = "lip_" + drawn_mixed(4750000, 20)
_LICHESS_PERSONAL_2 = "lip_" + drawn_mixed(4750001, 20)
_LICHESS_OAUTH = "lio_" + drawn_mixed(4750002, 32)


TRUE_FORMS = [
    # --- Lichess' access tokens: a personal one given to berserk, in a page's code block, an OAuth one in a setting
    ("broadcast/push.py", f'import berserk\n\nsession = berserk.TokenSession("{_LICHESS_PERSONAL}")\n'
     "client = berserk.Client(session=session)\n", 3, _LICHESS_PERSONAL, SERVICE),
    ("docs/broadcast.md", "# Broadcast\n\n1. Paste the account's token:\n\n   ```\n"
     f"   {_LICHESS_PERSONAL_2}\n   ```\n", 6, _LICHESS_PERSONAL_2, SERVICE),
    ("bot/config.yml", f"token: \"{_LICHESS_OAUTH}\"\nurl: \"https://lichess.org/\"\n", 1, _LICHESS_OAUTH, SERVICE),
    ("scripts/export.sh", f"curl -H 'Authorization: Bearer {_LICHESS_PERSONAL}' https://lichess.org/api/account\n", 1,
     _LICHESS_PERSONAL, SERVICE),
]

DECOYS = [
    # (names run on after `lip_` / `lio_`: one case, or no digit; a `clip_` name; a run of another length; a stand-in)
    ("vision/lips.py", "lip_landmarksdetector = load('lip_landmarksdetector')\nclip_Ab3dEf5hIj7kLm9nOp1q = 1\n"),
    ("vision/model.py", "LIP_SYNC = lip_MouthShapeDetectorV = None\nx = 'lip_" + drawn(4750010, 20, "abcdefghij") + "'\n"),
    ("anim/frames.py", "lip_" + drawn_mixed(4750011, 24) + " = load_frames(12)\n"),
    ("bot/README.md", "token: lip_xxxxxxxxxxxxxxxxxxxx\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
