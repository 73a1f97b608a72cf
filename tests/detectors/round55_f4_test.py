"""Blind round 55 (code and configs): an iOS Maps key whose comment says it has no app (or application, key, referrer)
restriction blocks as an unrestricted key does; the same call with no such comment, or one naming the restriction it has,
stays a warning. Generated fakes only (seeds 3530000-3539999)."""
from __future__ import annotations

from typing import List

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn_mixed

_BASE64URL = ALNUM + "-_"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, filename: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(filename, text))]


def _google_key(seed: int) -> str:
    return "AIza" + drawn_mixed(seed, 35, _BASE64URL)


# --- an iOS Maps key said to have no restriction of the console's kinds ----------------------------------------------

@pytest.mark.parametrize("comment", [
    "// server key pasted by mistake, no app restriction",
    "// NOTE: no application restrictions set on this key",
    "// no API restrictions and no key restriction yet",
    "// temporary: No iOS restriction until the bundle id is final",
    "// no referrer restriction (copied from the web project)",
])
def test_ios_maps_key_said_unrestricted_blocks(engine: Engine, comment: str) -> None:
    key = _google_key(3530010)
    text = f'import GoogleMaps\n\n{comment}\nGMSServices.provideAPIKey("{key}")\n'
    assert key in _blocked(engine, "ios/App/AppDelegate.swift", text)


@pytest.mark.parametrize("comment", [
    "// restricted to the app's bundle id in the console",
    "// app restriction: iOS apps (com.example.shop)",
    "// key restriction set to the Maps SDK for iOS only",
])
def test_ios_maps_key_with_its_restriction_passes(engine: Engine, comment: str) -> None:
    key = _google_key(3530011)
    text = f'import GoogleMaps\n\n{comment}\nGMSServices.provideAPIKey("{key}")\n'
    assert _blocked(engine, "ios/App/AppDelegate.swift", text) == []
