"""Review 68: guards stop 67 added or widened that let a real credential pass.

- A bare value opening another `name=value` pair was skipped as a log record's next pair (stop 67, blind set NM's decoy
  `INFO auth: agency=… token=…`) wherever it stood: a token drawn with `=` among its characters (`api_token=ab=9fK…` in a
  `.conf`) gave no finding. The skip holds in a log's record only, after a field's name in letters.
- A comment calling a key domain-, referrer- or origin-restricted, or meant for the browser, declared the value below it
  public (stop 67, Matterport's SDK key) even where the comment set a server's key or another key beside it (`the server
  key; the browser key is domain-restricted`) or said the restriction was gone (`was origin-restricted …; now
  unrestricted`), and where the browser was no consumer of the key but a noun's modifier (`BrowserStack access key, meant
  for browser tests`, `made for browser automation`).

Generated fakes only (seeds 8830000-8830099)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8830000
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_EQUALS_TOKEN = f"{fakes.drawn(_SEED + 1, 2, _LOWER)}={fakes.drawn_mixed(_SEED + 2, 24)}"
_EQUALS_SECRET = f"{fakes.drawn(_SEED + 3, 3, _LOWER)}={fakes.drawn_mixed(_SEED + 4, 20)}"
_TOKEN = fakes.drawn_mixed(_SEED + 10, 24)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,text", [
    ("deploy/app.conf", f"api_token={_EQUALS_TOKEN}\n"),
    ("deploy/app.conf", f"client_secret={_EQUALS_SECRET}\n"),
])
def test_a_drawn_value_holding_an_equals_sign_blocks_outside_a_log(engine: Engine, name: str, text: str) -> None:
    value = text.split("=", 1)[1].strip()
    assert value in _blocked(engine, name, text)


def test_a_log_records_next_pair_still_passes(engine: Engine) -> None:
    text = "2024-08-03T09:00:01Z INFO auth: agency=bohol-island-tours status=ok\n"
    assert _blocked(engine, "logs/auth-2024-08-03.log", text) == []


@pytest.mark.parametrize("comment", [
    "// the server key; the browser key is domain-restricted",
    "// was origin-restricted until the migration; now unrestricted",
    "// unlike the other key, which is referrer-restricted",
    "// BrowserStack access key, meant for browser tests in CI",
    "// grid token made for browser automation",
])
def test_a_restriction_said_of_another_key_does_not_declare_the_value_public(engine: Engine, comment: str) -> None:
    text = f"{comment}\nconst API_TOKEN = '{_TOKEN}';\n"
    assert _TOKEN in _blocked(engine, "src/app.js", text)


@pytest.mark.parametrize("comment", ["// SDK key: domain-restricted, meant for the browser",
                                     "// SDK key, meant for the browser.", "// SDK key meant for browsers and domain-restricted"])
def test_a_browser_sdks_domain_restricted_key_still_passes(engine: Engine, comment: str) -> None:
    text = f"{comment}\nconst SDK_KEY = '{_TOKEN}';\n"
    assert _blocked(engine, "src/app.js", text) == []
