"""Review 64 of stop 63's one-literal call setting (fastlane's Matchfile `git_basic_authorization("…")`): the setting,
and the Groovy-style `name "…"` beside it, were read only where nothing followed on the line, so a comment after it
(`match_password('…')  # ci`) let the password pass. An environment read and settings naming no credential still pass.
Generated fakes only (seed 7300041)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SECRET = fakes.drawn_mixed(7300041, 24) + "9"


@pytest.mark.parametrize("text", [
    f"  match_password('{_SECRET}')  # ci\n",
    f"match_password '{_SECRET}' # ci\n",
    f'git_basic_authorization("{_SECRET}") # base64 of user:token\n',
])
def test_a_matchfile_setting_with_a_comment_blocks(text: str) -> None:
    assert _SECRET in [finding.secret for finding in blocking(Engine().scan_text("fastlane/Matchfile", text))]


@pytest.mark.parametrize("text", [
    "match_password(ENV['MATCH_PASSWORD'])  # ci\n",
    "git_url('https://git.example.org/certs.git') # the repo\n",
])
def test_a_matchfile_setting_of_no_secret_passes(text: str) -> None:
    assert blocking(Engine().scan_text("fastlane/Matchfile", text)) == []
