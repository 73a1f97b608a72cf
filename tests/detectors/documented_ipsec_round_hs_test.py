"""Blind round HS: a page quoting ipsec.secrets in a fenced block (`/etc/ipsec.secrets` on each router:` then a fence
holding `%any vpn.corp.no : PSK "…"`), the block or its lead-in naming the file, blocks where the value looks issued;
XAUTH's and EAP's user secrets too. strongSwan's own examples (`moon.strongswan.org`), example hosts, placeholders, and
a line outside any fence (prose) stay below a block. Generated fakes only (seeds 3220100-3220199)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocked_lines


def found(name: str, text: str) -> List[Tuple[int, str]]:
    return [(line, secret) for line, _, secret in blocked_lines(Engine(), name, text)]


PSK = fakes.drawn_mixed(3220100, 28)
XAUTH = fakes.drawn_mixed(3220101, 20)

FORMS: List[Tuple[str, str, str, int]] = [
    ("docs/it/site-vpn.md", "# Site VPN\n\n`/etc/ipsec.secrets` on each barge router:\n\n```\n"
     f"%any vpn.fjordcorp.no : PSK \"{PSK}\"\n```\n", PSK, 6),
    # the block names the file in its comment
    ("docs/vpn.md", "Secrets:\n\n```\n# /etc/ipsec.secrets\n"
     f"gw.fjordcorp.no 10.4.0.1 : PSK '{PSK}'\n```\n", PSK, 5),
    ("README.md", "Road warriors (ipsec.secrets):\n\n~~~\n"
     f"anna : XAUTH \"{XAUTH}\"\n~~~\n", XAUTH, 4),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_form_blocks(name: str, text: str, secret: str, line: int) -> None:
    assert any(number == line and secret in reported for number, reported in found(name, text))


DECOYS: List[Tuple[str, str]] = [
    # strongSwan's own documentation's example
    ("docs/quickstart.md", "`/etc/ipsec.secrets`:\n\n```\n"
     f"moon.strongswan.org sun.strongswan.org : PSK \"{fakes.drawn_mixed(3220102, 28)}\"\n```\n"),
    # an example host, a placeholder
    ("docs/vpn.md", "ipsec.secrets:\n\n```\n"
     f"%any vpn.example.com : PSK \"{fakes.drawn_mixed(3220103, 28)}\"\n```\n"),
    ("docs/vpn.md", "ipsec.secrets:\n\n```\n%any vpn.fjordcorp.no : PSK \"<your pre-shared key>\"\n```\n"),
    # prose after the block closed, and a fence that does not say the file
    ("docs/vpn.md", "ipsec.secrets:\n\n```\nconn a\n```\n\n"
     f"and then : PSK \"{fakes.drawn_mixed(3220104, 28)}\" somewhere\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_the_decoy_stays_quiet(name: str, text: str) -> None:
    assert found(name, text) == []
