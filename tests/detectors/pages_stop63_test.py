"""Stop 63's reStructuredText, HTML and MediaWiki pages: a MediaWiki table's login or password column, its header after
`!!` in any language the login's word is read in (Sindhi's and Urdu's `لاگ ان`); and the near misses beside each form that
stay unblocked. Generated fakes only: every value is built here from a seeded generator (seeds 7020000-7029999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 7020000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _wiki_table(header: str, rows: List[str]) -> str:
    body = "".join(f"|-\n| {row}\n" for row in rows)
    return f"== Servers ==\n{{| class=\"wikitable\"\n! {header}\n{body}|}}\n[[Category:Ops]]\n"


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a MediaWiki table's login column, its header after `!!`: each row's `user / password` pair, in Sindhi's word and
    # English's
    ("wiki/Dispatch_Servers.wiki", _wiki_table("سرور !! ڪم !! لاگ ان", ["app01 || API || deploy / ssh key",
                                                                       f"sql01 || SQL سرور || sa / {_chosen(1)}"]), _chosen(1)),
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! Login", [f"sql02 || SQL server || sa / {_chosen(2)}"]), _chosen(2)),
    # ... and its password column
    ("wiki/Servers.wiki", _wiki_table("Server !! User !! Password", [f"nas01 || backup || {_alnum(3, 18)}"]), _alnum(3, 18)),
    # Urdu's word written as one, in a Markdown table
    ("docs/servers.md", f"| سرور | لاگان |\n|---|---|\n| sql03 | sa / {_chosen(4)} |\n", _chosen(4)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a login column's stock password, and its cell naming a key instead of a password
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! لاگ ان", ["sql01 || SQL || sa / changeme"])),
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! Login", ["app01 || API || deploy / ssh key"])),
    # a header naming no login: a table of roles, a `Login` word inside another header's cell
    ("wiki/Servers.wiki", _wiki_table("Server !! Role !! Owner", [f"sql01 || SQL || ops / {_chosen(5)}"])),
    ("wiki/Servers.wiki", _wiki_table("Server !! Login shell !! Notes", [f"sql01 || /bin/bash || see {_chosen(6)}"])),
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
