"""Blind round 64, part 2 (Markdown pages): a team's pages give a credential in forms no reader took. A VPN's settings
table names its tunnel's pre-shared key as the router's screen does, `IPsec secret` (MikroTik's L2TP server, RouterOS'
`ipsec-secret=`) or a bare `PSK` / `IPsec PSK`, and heads its value column in Nepali (`| सेटिङ | मान |`, Hindi's `मान`
and `मूल्य` too). Placeholders, stock values, stores named and a PSK's identity stay none. Through the engine.
Generated fakes only (seeds 7270000-7270099)."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_SEED = 7270000


def _drawn(seed: int, length: int = 20, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") -> str:
    """A value a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_PSK = _drawn(_SEED + 1)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _vpn_page(row: str, value: str, header: str = "| Setting | Value |") -> str:
    return (f"# VPN between the factory and the office\n\nMikroTik L2TP/IPsec.\n\n{header}\n|-------|-----|\n"
            f"| Server | vpn.factory.example.net |\n| {row} | {value} |\n| User | your AD name |\n")


def test_the_fake_has_the_shape_it_stands_for() -> None:
    assert len(_PSK) == 20 and len(set(_PSK)) >= 12


# --- a tunnel's pre-shared key's row ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("row", ["IPsec secret", "IPsec Secret", "ipsec-secret", "IPsec PSK", "PSK", "L2TP PSK",
                                 "Pre-shared secret", "Pre-shared secret key"])
@pytest.mark.parametrize("header", ["| Setting | Value |", "| सेटिङ | मान |", "| सेटिंग | मूल्य |"])
def test_a_vpn_pages_pre_shared_key_row_blocks(engine: Engine, row: str, header: str) -> None:
    text = _vpn_page(row, f"`{_PSK}`", header)
    assert _secrets(engine, "ops/wiki/VPN-setup.md", text) == [(8, _PSK)]


@pytest.mark.parametrize("row, value", [
    ("IPsec secret", "`<ipsec-secret>`"),  # (a placeholder)
    ("IPsec PSK", "in Vault (`kv/vpn/factory`)"),  # (where it is kept)
    ("PSK", "`changeme`"),  # (a stock one)
    ("PSK", "`${VPN_PSK}`"),  # (a reference)
    ("PSK identity", f"`{_PSK}`"),  # (the identity a PSK is sent with: a name, no key)
    ("IPsec secret", "`Kolam2024`"),  # (short and plain: under documentation's bar)
])
def test_a_vpn_pages_row_over_no_pre_shared_key_is_not_blocked(engine: Engine, row: str, value: str) -> None:
    assert _blocked(engine, "ops/wiki/VPN-setup.md", _vpn_page(row, value)) == []


@pytest.mark.parametrize("header", ["| सेटिङ | विवरण |", "| Setting | Description |"])
def test_a_table_describing_its_settings_is_not_blocked(engine: Engine, header: str) -> None:
    assert _blocked(engine, "ops/wiki/VPN-setup.md", _vpn_page("IPsec secret", f"`{_PSK}`", header)) == []
