"""Blind rounds GC-GH, credentials in code and configuration: eBay's `v^1.1#…#t^…` user, OAuth access and refresh
tokens by their head. Decoys: a token cut for show, a made-up body, a placeholder's. Through the engine. Generated
fakes only (seeds 2280000-2289999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn, drawn_mixed

_HEX = "0123456789abcdef"
_BASE64 = ALNUM + "+/"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _secrets(engine: Engine, filename: str, text: str) -> List[str]:
    return [secret for _, secret in _blocked(engine, filename, text)]


# --- eBay's `v^1.1#` tokens ----------------------------------------------------------------------------------------

def _ebay_access_token(seed: int, fields: str = "i^1#p^3#r^1#f^0#I^3#") -> str:
    """An OAuth user access token (or an Auth'n'Auth user token) as eBay issues it now: its fields, `t^` and gzip's base64."""
    return f"v^1.1#{fields}t^H4sIAAAAAAAAA{drawn_mixed(seed, 1200, _BASE64)}="


def _ebay_refresh_token(seed: int) -> str:
    return f"v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4x{drawn_mixed(seed, 64, ALNUM)}=="


@pytest.mark.parametrize("filename, template", [
    ("ebay-lister/config/ebay.toml", '[ebay]\nsite_id = 3\nuser_token = "{token}"\n'),
    ("lister/trading.py", 'api = Trading(domain="api.ebay.com", token="{token}", config_file=None)\n'),
    ("src/ebay.ts", 'const res = await fetch(url, {{ headers: {{ Authorization: "Bearer {token}" }} }});\n'),
    ("Sources/Listing.swift", '    private static let ebayToken =\n        "{token}"\n'),
    (".env", "EBAY_OAUTH_TOKEN={token}\n"),
])
@pytest.mark.parametrize("token", [_ebay_access_token(2280000), _ebay_access_token(2280011, "i^1#f^0#I^3#p^1#r^0#")],
                         ids=["user-token", "application-token"])
def test_ebay_token_blocks_by_its_head(engine: Engine, filename: str, template: str, token: str) -> None:
    assert token in _secrets(engine, filename, template.format(token=token))


def test_ebay_refresh_token_blocks(engine: Engine) -> None:
    token = _ebay_refresh_token(2280020)
    text = f"post_data = {{\n    'grant_type': 'refresh_token',\n    'refresh_token': '{token}',\n}}\n"
    assert token in _secrets(engine, "ebay/refresh.py", text)


@pytest.mark.parametrize("text", [
    'FAKE_TOKEN = "v^1.1#i^1#p^3#r^0#I^3#f^0#t^FakeToken-P13"\n',  # (a test's made-up body)
    'EBAY_TOKEN = "v^1.1#i^1#p^3#r^1#f^0#I^3#t^' + "X" * 200 + '"\n',
    'SHAPE = "v^1.1#i^1#p^3#r^1#f^0#I^3#t^' + "abcdefghijklmnopqrstuvwxyz" * 3 + '"\n',  # (one case, no digit)
])
def test_ebay_token_shapes_holding_no_token_do_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "ebay/settings.py", text) == []
