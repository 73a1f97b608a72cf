"""Review 64 of stop 63's live-mode key exported on any documentation page (`export X_KEY=fpk_live_…`): the body had to
mix upper case, lower case and digits, so a vendor's key drawn in one case (`fpk_live_r1vqx1k8…`, `FPK_LIVE` bodies in
capitals) exported on a partner page passed. A one-case body drawn with digits in three runs blocks too; repeated
letters, short bodies and publishable keys still pass. Generated fakes only (seeds 7300081-7300083)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_LOWER = fakes.drawn(7300081, 32, "abcdefghijklmnopqrstuvwxyz0123456789")


def _page(command: str) -> str:
    return f"# Partner setup\n\n```sh\n{command}\n```\n"


@pytest.mark.parametrize("key", [f"fpk_live_{_LOWER}", f"fpk_live_{_LOWER.upper()}"])
def test_a_one_case_live_key_exported_on_a_page_blocks(key: str) -> None:
    found = blocking(Engine().scan_text("docs/partners/hotel.md", _page(f"export HOTEL_PARTNER_KEY={key}")))
    assert key in [finding.secret for finding in found]


@pytest.mark.parametrize("key", ["fpk_live_" + "a" * 32, "fpk_live_" + fakes.drawn_mixed(7300083, 20),
                                 "pk_live_" + _LOWER, "fpk_test_" + _LOWER])
def test_stand_ins_short_and_public_keys_pass(key: str) -> None:
    assert blocking(Engine().scan_text("docs/partners/hotel.md", _page(f"export HOTEL_PARTNER_KEY={key}"))) == []
