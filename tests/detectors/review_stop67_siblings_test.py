"""Review 67: siblings of stop 66's widened readers that still gave no finding.

- msmtp's unquoted app password (cd52cb9e) after its directive and a tab, `password<TAB>qhzt wmvb rkpy fenx`: the reader
  was entered only on a line of four blanks or more, and a tab is none.
- A note's password said changed (2b6f4d6d) without its auxiliary, as a handover's line says it (`Admin password changed
  to …`), or `has now been changed to …`.

Generated fakes only (seeds 8290100-8290199)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8290100
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 10)}#{fakes.drawn(_SEED + 2, 3, '0123456789')}"
_APP_PASSWORD = " ".join(fakes.drawn(_SEED + 10 + group, 4, "abcdefghijklmnopqrstuvwxyz") for group in range(4))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


def test_an_msmtp_app_password_after_a_tab_blocks(engine: Engine) -> None:
    text = f"account gmail\nhost smtp.gmail.com\nuser ops@example.org\npassword\t{_APP_PASSWORD}\n"
    assert _APP_PASSWORD in _blocked(engine, ".msmtprc", text)


@pytest.mark.parametrize("sentence", ["Admin password changed to {}", "The admin password has now been changed to {}"])
def test_a_notes_password_said_changed_without_its_auxiliary_blocks(engine: Engine, sentence: str) -> None:
    assert _PASSWORD in _blocked(engine, "notes/kiosk.txt", "Kiosk\n" + sentence.format(_PASSWORD) + "\n")


@pytest.mark.parametrize("sentence", ["Admin password set to expire every 90 days.",
                                      "Admin password reset to factory-default after the update.",
                                      "password updated to meet-policy"])
def test_a_notes_sentence_saying_what_changed_about_a_password_passes(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "notes/kiosk.txt", "Kiosk\n" + sentence + "\n") == []


# --- the AWS CLI's `configure set` (stop 66, b8e2ddbb) with its profile before the verb (review 67) ---------------------

def test_aws_configure_with_its_profile_before_set_blocks(engine: Engine) -> None:
    secret = fakes.drawn_mixed(_SEED + 30, 40)
    text = f"#!/bin/sh\naws configure --profile prod set aws_secret_access_key {secret}\n"
    assert secret in _blocked(engine, "scripts/setup.sh", text)


def test_aws_configure_with_its_profile_before_set_of_a_region_passes(engine: Engine) -> None:
    assert _blocked(engine, "scripts/setup.sh", "#!/bin/sh\naws configure --profile prod set region eu-west-1\n") == []


# --- a page's password said changed (review 66, be2340a7) without its auxiliary (review 67) -----------------------------

@pytest.mark.parametrize("sentence", ["Admin password changed to `{}`.", "- 2024-06-01: admin password changed to `{}` (Jimmy)"])
def test_a_runbooks_password_said_changed_without_its_auxiliary_blocks(engine: Engine, sentence: str) -> None:
    text = "# Dock kiosk\n\n" + sentence.format(_PASSWORD) + "\n"
    assert _PASSWORD in _blocked(engine, "docs/runbooks/kiosk.md", text)


@pytest.mark.parametrize("sentence", ["Admin password changed to `<new-password>`.", "Admin password reset to `admin`.",
                                      "Admin password set to expire after 90 days."])
def test_a_runbooks_stand_in_after_changed_to_stays_none(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/runbooks/kiosk.md", "# Dock kiosk\n\n" + sentence + "\n") == []
