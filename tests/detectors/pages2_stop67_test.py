"""Stop 67's pages (round 2, fixer pages2): documentation pages and exports in Russian and Buryat, French and Ewe,
Upper Sorbian, Tok Pisin and Ilocano.

- Upper Sorbian's password word `hesło` (Czech's `heslo` with its `ł`) and Lower Sorbian's `gronidło` before a value's
  code span, as Polish's `hasło` is read (NX 132: a wiki table's cell `wužiwar `admin`, hesło `…``); and a page naming
  the store that keeps another credential of its by Vaultwarden's name (Bitwarden's self-hosted server) in a case ending
  (NX 64: `hesło w Vaultwardenje`, the password in Vaultwarden) is the team's own record, its API key item blocking.

Generated fakes only: every value is built here from a seeded generator (seeds 8670000-8670999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8670000
_WORDS = ("Mlyn", "Sitko", "Bobr", "Zyma", "Kapr", "Hat", "Lipa", "Wolsa", "Brjoza", "Rybak")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*%$?") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


def _drawn(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, string.ascii_letters + string.digits)


def _pi_table(cell: str) -> str:
    return ("# Hatowy dom – Raspberry Pi\n\nPi steji w hatowym domje při Wulkim haće.\n\n| Wěc | Hódnota |\n|---|---|\n"
            f"| IP (VPN) | 10.8.0.12 |\n| Grafana lokalnje | http://10.8.0.12:3000, {cell} |\n"
            "| Mosquitto | port 1883, jenož LAN |\n")


def _shipping_note(key_item: str, store_line: str) -> str:
    return ("# Pósłanje wuźenych kaprow (DHL) – notica za Pětra\n\nDHL Geschäftskunden-API:\n\n"
            f"{key_item}\n{store_line}\n- Billing number: 33333333330102\n")


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # Upper Sorbian's `hesło` after the user's span, in a wiki table's cell
    ("wiki/rybarnja/Hatowy-dom-Pi.md", _pi_table(f"wužiwar `admin`, hesło `{_chosen(1)}`"), _chosen(1)),
    # ... what it is for after `za`, its colon, in a list item
    ("docs/rybarnja/router.md", f"# Router\n\n- Hesło za router: `{_chosen(2)}`\n", _chosen(2)),
    # Lower Sorbian's `gronidło`, in upper case too
    ("docs/rybarnja/router.md", f"# Router\n\n- wužywaŕ `admin`, gronidło `{_chosen(3)}`\n", _chosen(3)),
    ("docs/rybarnja/router.md", f"# Router\n\nGRONIDŁO: `{_chosen(4)}`\n", _chosen(4)),
    # a page saying another of its credentials is kept in Vaultwarden (a case ending): its API key item is its own
    ("ryby/docs/posylki.md", _shipping_note(f"- API key (developer.dhl.com, app „rybarnja“): `{_drawn(11, 32)}`",
                                            "- GKP wužiwar: `kapry-luzica`, hesło w Vaultwardenje"), _drawn(11, 32)),
    # ... Bitwarden named so in Polish's locative
    ("ryby/docs/posylki.md", _shipping_note(f"- API key: `{_drawn(12, 32)}`", "- Hasło do portalu trzymamy w Bitwardenie"),
     _drawn(12, 32)),
]

# (file, text): each must pass.
DECOYS: List[Tuple[str, str]] = [
    # a stand-in and a template's expression after the Sorbian word
    ("wiki/rybarnja/Hatowy-dom-Pi.md", _pi_table("wužiwar `admin`, hesło `changeme`")),
    ("wiki/rybarnja/Hatowy-dom-Pi.md", _pi_table("wužiwar `admin`, hesło `{{ grafana_password }}`")),
    # the API key item on a page naming no store of its own (an integration's example), or advising one
    ("ryby/docs/posylki.md", _shipping_note(f"- API key: `{_drawn(13, 32)}`", "- GKP wužiwar: `kapry-luzica`")),
    ("ryby/docs/posylki.md", _shipping_note(f"- API key: `{_drawn(14, 32)}`",
                                            "- You should keep the password in a store such as Vaultwarden")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
