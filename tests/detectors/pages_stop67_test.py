"""Stop 67's pages: documentation pages (Markdown, rST, HTML) in Uyghur, Bambara and French, Tetum and Portuguese,
Ossetian and Russian, and Kashubian. A Kashubian wiki's settings table headed `| Co | Wôrtnosc |` (what, value: NR 41),
its password row under Polish's `hasło` read as under Polish's `Wartość`; Uyghur's password word `پارول` (Russian's
`пароль` in its Arabic script, NN 185) in a list item's label before its code span, as Persian's `رمز` is. Near misses
pass: a stand-in, a template's expression, a row that is no password's. Generated fakes only: every value is built here
from a seeded generator (seeds 8270000-8279999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8270000
_WORDS = ("Kaszeba", "Puck", "Hel", "Kartuzy", "Medeu", "Kashgar", "Turpan", "Sikasso", "Dili", "Digora")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*%@") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


def _drawn(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, string.ascii_letters + string.digits)


def _kashubian_table(value_header: str, row: str) -> str:
    return ("# Sécz w bòsmanatce\n\n"
            f"| Co | {value_header} |\n|----|----------|\n| SSID gòscy | Gosc-Marina (bez hasła) |\n"
            f"| Router admin | http://192.168.8.1 |\n| Brëkòwnik | admin |\n{row}\n\n"
            "Ùwôga: hasło zmieniwómë pò kòżdim sezónie.\n")


def _uyghur_page(item: str) -> str:
    return ("# بوجخانا سىستېمىسى\n\nئېكسپورت دېكلاراتسىيىسى ئۈچۈن كىرىش:\n\n- ئادرېس: https://customs.portal.test\n"
            f"- ئىشلەتكۈچى: `broker01`\n{item}\n\nئەسكەرتىش: پارولنى ھەر 90 كۈندە ئالماشتۇرۇش كېرەك.\n")


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a Kashubian settings table's password row, what it is for after `hasło` (the router admin's)
    ("wiki/marina-siec.md", _kashubian_table("Wôrtnosc", f"| Hasło admina rutera | `{_drawn(1, 16)}` |"), _drawn(1, 16)),
    # ... its value column's word without its accent, a person's password bare in the cell
    ("wiki/marina-siec.md", _kashubian_table("Wortnosc", f"| Hasło | {_chosen(2)} |"), _chosen(2)),
    # Uyghur's `پارول` in a list item's label, its value in a code span
    ("wiki/customs.md", _uyghur_page(f"- پارول: `{_chosen(11)}`"), _chosen(11)),
    # ... its possessive `پارولى`, a drawn value
    ("wiki/customs.md", _uyghur_page(f"- سىستېما پارولى: `{_drawn(12, 20)}`"), _drawn(12, 20)),
]

# (file, text): each must pass.
DECOYS: List[Tuple[str, str]] = [
    # the Kashubian table's password row holding a stand-in, or a row naming no password (the guests' network's name)
    ("wiki/marina-siec.md", _kashubian_table("Wôrtnosc", "| Hasło admina rutera | `changeme` |")),
    ("wiki/marina-siec.md", _kashubian_table("Wôrtnosc", f"| Nazwa sécë | `{_drawn(3, 16)}` |")),
    # Uyghur's word before a stand-in, a template's expression, the word itself
    ("wiki/customs.md", _uyghur_page("- پارول: `changeme`")),
    ("wiki/customs.md", _uyghur_page("- پارول: `{{ customs_password }}`")),
    ("wiki/customs.md", _uyghur_page("- پارول: `password`")),
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
