"""Review 65: stop 64's guard on a live-mode key read alone on a page (block_says_made_up_or_public) passed it wherever
the code block's note or lead-in held `example`, `sample`, `fake` or `public` at all, so a note keeping the key *from* the
public (`do not paste it anywhere public`, `never push it to a public repo`) or denying it is an example (`not a sample:
the shop's live key`) passed the team's live key. The word now counts only where the note calls the value so: not denied
in its clause, and `public` no place the key is kept from. Stop 62's reader of a block's key kept to the team asks the
same (`For the web team only, never make it public.` is the team's). Generated fakes only: seeds 7700000-7700099."""
from __future__ import annotations

import string

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits


def _key(seed: int, head: str = "fpk_live_") -> str:
    return head + fakes.drawn_mixed(7700000 + seed, 32, ALNUM)


def _page(key: str, lead_in: str, note: str = "") -> str:
    return f"# Payments\n\n{lead_in}\n\n```\n{key}\n```\n" + (f"\n{note}\n" if note else "")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text(filename, text))]


@pytest.mark.parametrize("lead_in,note", [
    ("Our live partner key for the shop (do not paste it anywhere public):", ""),
    ("Our live partner key for the shop. Never push it to a public repo:", ""),
    ("The shop's live partner key:", "Not a sample: rotate it if it leaks."),
    ("The shop's live partner key:", "Unlike the example above, this is the key the shop runs on."),
    ("The shop's live partner key, don't make it public:", ""),
    ("The shop's live partner key:", "Keep it out of the public wiki."),
])
def test_a_live_key_whose_note_keeps_it_from_the_public_blocks(engine: Engine, lead_in: str, note: str) -> None:
    key = _key(1)
    assert key in _secrets(engine, "docs/payments.md", _page(key, lead_in, note))


@pytest.mark.parametrize("lead_in,note", [
    ("An example key, for illustration:", ""),
    ("The public key the checkout page ships:", ""),
    ("A sample of what the dashboard shows:", ""),
    ("The shop's partner key:", "This is a fake key; use your own."),
])
def test_a_live_key_its_note_calls_an_example_or_public_still_passes(engine: Engine, lead_in: str, note: str) -> None:
    key = _key(2)
    assert key not in _secrets(engine, "docs/payments.md", _page(key, lead_in, note))


def _quickstart(key: str, note: str) -> str:
    return ("Quickstart\n==========\n\nInstall: ``pip install koloa-sdk``\n\n.. code-block:: python\n\n"
            "   from koloa_sdk import Client\n\n"
            f"   client = Client(base_url=\"https://api.koloa.to\", api_key=\"{key}\")\n"
            "   print(client.stock(\"vanila-A\"))\n\n" + f".. note:: {note}\n")


def test_a_block_key_kept_to_the_team_and_from_the_public_blocks(engine: Engine) -> None:
    key = _key(3, "vk_live_")
    assert key in _secrets(engine, "koloa-sdk/docs/quickstart.rst",
                           _quickstart(key, "For the web team only, never make it public."))


@pytest.mark.parametrize("note", ["An example key, for internal use only.", "The public key, for the web team only."])
def test_a_block_key_kept_to_the_team_but_called_an_example_or_public_still_passes(engine: Engine, note: str) -> None:
    key = _key(4, "vk_live_")
    assert key not in _secrets(engine, "koloa-sdk/docs/quickstart.rst", _quickstart(key, note))
