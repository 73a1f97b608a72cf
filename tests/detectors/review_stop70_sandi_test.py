"""Review 70 (stop 69's Indonesian `sandi` in config keys), a sibling closed: stop 69 passed a name holding a code's word
beside `sandi` (`SANDI_BANK`, `sandi_morse`) by the name alone, so a point of sale's password (`SANDI_POS=…`: POS's `pos`
is a post office's code's word too) and `SANDI_KODE_ADMIN` passed whatever they held. Such a name now gives a value drawn,
or chosen with both cases, a digit and a symbol; a bank's code (digits) and Morse's (signs) still pass.
Generated fakes only (seeds 9300300-9300399)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn, drawn_mixed


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in blocked_lines(engine, filename, text)]


@pytest.mark.parametrize("key", ["SANDI_POS", "SANDI_POS_KASIR", "SANDI_KODE_ADMIN"])
def test_a_password_under_a_code_s_sandi_name_blocks(engine: Engine, key: str) -> None:
    value = f"{drawn_mixed(9300310, 7)}!{drawn(9300311, 3, '0123456789')}"
    assert _secrets(engine, ".env", f"{key}={value}\n") == [value]


@pytest.mark.parametrize("line", ["SANDI_BANK=0140397\n", "SANDI_MORSE=...---...\n", "KODE_SANDI_CABANG=0391\n"])
def test_a_code_under_a_code_s_sandi_name_still_passes(engine: Engine, line: str) -> None:
    assert _secrets(engine, ".env", line) == []
