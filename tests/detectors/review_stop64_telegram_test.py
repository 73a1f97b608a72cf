"""Review 64 of stop 63's cut bot pair (`5809…:AA…Xq4` passes as is_placeholder's cut pair): a whole Telegram token with
an ellipsis typed inside it (every one of its characters still shown: `6857716057:AAfq…pSyR…`) was never read by the
Telegram detector, whose pattern the ellipsis broke, and on a documentation page (an accounts table, an incident page) the
literal readers held it to documentation's bar: it passed. The token is read with the ellipsis taken out; a pair cut on
both sides, showing far too little of the token, still passes. Generated fakes only (seeds 7300001-7300009)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_TOKEN = fakes.telegram_token(7300001)
_BOT_ID, _KEY = _TOKEN.split(":")


def _accounts(cell: str) -> str:
    return ("# Accounts\n\n| Service | Login | Secret |\n|---|---|---|\n"
            f"| Telegram price bot | @ShopPriceBot | `{cell}` |\n| Grafana | admin | ******** |\n")


def _incident(token: str) -> str:
    return f"# Incident 2026-03-11\n\nToken `{token}` leaked in the error log; revoked at 10:42.\n"


WHOLE: List[str] = [
    f"{_BOT_ID}:{_KEY[:9]}\u2026{_KEY[9:]}",
    f"{_BOT_ID}:{_KEY[:3]}...{_KEY[3:]}",
    f"{_BOT_ID}\u2026:{_KEY}",
    f"{_BOT_ID[:4]}...{_BOT_ID[4:]}:{_KEY}",
    f"{_BOT_ID}:{_KEY[:-1]}\u2026{_KEY[-1]}",
]

CUT: List[str] = [
    f"{_BOT_ID[:4]}\u2026:AA\u2026{_KEY[-3:]}",
    f"{_BOT_ID[:5]}...:AA***",
    f"{_BOT_ID}:AA\u2026",
    f"{_BOT_ID}:{_KEY[:8]}\u2026{_KEY[-6:]}",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("page", [_accounts, _incident], ids=["accounts", "incident"])
@pytest.mark.parametrize("token", WHOLE)
def test_a_whole_token_with_an_ellipsis_typed_inside_blocks(engine: Engine, page, token: str) -> None:
    found = blocking(engine.scan_text("docs/accounts.md" if page is _accounts else "wiki/incidents/bot.md", page(token)))
    assert token in [finding.secret for finding in found], [(finding.type, finding.secret) for finding in found]


@pytest.mark.parametrize("token", WHOLE[:2])
def test_a_whole_token_with_an_ellipsis_in_a_bot_api_url_blocks(engine: Engine, token: str) -> None:
    text = f"Check it: `curl https://api.telegram.org/bot{token}/getMe`\n"
    assert token in [finding.secret for finding in blocking(engine.scan_text("docs/bot.md", text))]


@pytest.mark.parametrize("page", [_accounts, _incident], ids=["accounts", "incident"])
@pytest.mark.parametrize("token", CUT)
def test_a_pair_cut_on_both_sides_passes(engine: Engine, page, token: str) -> None:
    assert blocking(engine.scan_text("docs/accounts.md" if page is _accounts else "wiki/incidents/bot.md", page(token))) == []
