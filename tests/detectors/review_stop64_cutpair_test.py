"""Review 64 of stop 63's cut bot pair in is_placeholder (shared by every reader): any `<digits>:<up to 8>` then an
ellipsis or `***` then up to 6 characters passed as a pair cut for show, so passwords a person chose in that shape
(`1987:Rosebud***`, `0815:Kq7x...Pz9`, `12:Blue***Sky9`) passed in a .env, a YAML setting, code and a note, where stop
62 blocked them. The cut pair is now Telegram's only: the token side opens with `AA`, the id is a bot's 8 to 10 digits or
cut itself. The blind sets' cut pairs (`5809…:AA…Xq4`, `58431...:AA***`) still pass (tests/detectors/dc_stop63_test.py)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_VALUES = ["1987:Rosebud***", "2024:Summer***", "0815:Kq7x...Pz9", "31337:Gr8t\u2026Pw", "12:Blue***Sky9"]


def _forms(value: str) -> List[Tuple[str, str]]:
    return [(".env", f"DB_PASSWORD={value}\n"), ("config/app.yaml", f'db:\n  password: "{value}"\n'),
            ("notes/handover.txt", f"wifi password: {value}\n"), ("src/db.py", f'PASSWORD = "{value}"\n')]


CASES = [(name, text, value) for value in _VALUES for name, text in _forms(value)]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name, text, value", CASES, ids=[f"{index}-{case[0]}" for index, case in enumerate(CASES)])
def test_a_chosen_password_shaped_as_a_cut_pair_blocks(engine: Engine, name: str, text: str, value: str) -> None:
    assert value in [finding.secret for finding in blocking(engine.scan_text(name, text))]
