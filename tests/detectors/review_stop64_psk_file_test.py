"""Review 64 of stop 63's glued PSK names (Zabbix's `TLSPSK=` inline): the same key in the file Zabbix's `TLSPSKFile`
names (`agent.psk`: the key alone on its line, 32 to 512 hex digits) went unread. Stand-ins (zeros, a repeated word, a
placeholder) still pass. Generated fakes only (seed 7300043)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PSK = fakes.drawn(7300043, 64, "0123456789abcdef")


@pytest.mark.parametrize("name", ["etc/zabbix/agent.psk", "ansible/roles/zabbix/files/zabbix_agentd.psk"])
def test_a_psk_file_blocks(name: str) -> None:
    assert _PSK in [finding.secret for finding in blocking(Engine().scan_text(name, _PSK + "\n"))]


@pytest.mark.parametrize("text", ["0" * 64 + "\n", "<paste the PSK here>\n", "deadbeef" * 8 + "\n"])
def test_a_psk_files_stand_in_passes(text: str) -> None:
    assert blocking(Engine().scan_text("etc/zabbix/agent.psk", text)) == []
