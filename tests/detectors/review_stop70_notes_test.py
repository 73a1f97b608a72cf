"""Review 70 (stop 69's notes readers), a false positive closed: stop 69 read a login's word heading its label, what it
signs in to after it (Indonesian's `login admin Resik: teknisi@… / …`), and took any value after an address for its
password. An English label so written says what about the login it gives, not what it signs in to (`Login help:
support@… / +62-21-…`, `Login issues: it@… / ext.4411`): a contact's pair blocked. Such words (help, support, issues,
page, flow…) now keep the label from being read so; the Indonesian and Malay labels still give their pair.
Generated fakes only (seeds 9300100-9300199)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn, drawn_mixed

_PASSWORD = f"{drawn_mixed(9300100, 9)}#{drawn(9300101, 4, '0123456789')}"


@pytest.mark.parametrize("line", ["Login help: support@acme.example / +62-21-5551234\n",
                                  "Login issues: it-help@corp.example / ext.4411\n",
                                  "Login support: helpdesk@corp.example / Slack#it-help\n"])
def test_a_contact_after_a_login_s_help_label_does_not_block(engine: Engine, line: str) -> None:
    assert blocked_lines(engine, "notes/kontak.md", line) == []


@pytest.mark.parametrize("line", ["login admin Resik: teknisi@villasari.example / {pw}\n",
                                  "Login cPanel toko: admin@tokobatik.example / {pw}\n"])
def test_a_head_first_login_label_still_gives_its_pair(engine: Engine, line: str) -> None:
    assert _PASSWORD in [secret for _, _, secret in blocked_lines(engine, "notes/akses.md", line.format(pw=_PASSWORD))]
