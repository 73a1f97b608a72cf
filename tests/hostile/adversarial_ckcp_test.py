"""Adversarial review of blind rounds CK-CP, cost: a GStreamer property's element is looked for in the text
before it once a line, not once a property (kinds/_command_lines._gstreamer_properties). Sixteen properties
each 2 KB past the last `!` read that 2 KB once, not 32 KB. Counted, not timed. Generated fakes only."""
from __future__ import annotations

from typing import Any, List, Tuple

import pytest
from secretfence.kinds import _command_lines

from tests.hostile.rounds import drawn


class _Counting:
    """A pattern that counts the characters its searches are given."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int = -1) -> Any:
        endpos = len(text) if endpos < 0 else endpos
        self.read += max(0, endpos - pos)
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = -1) -> List[Any]:
        endpos = len(text) if endpos < 0 else endpos
        self.read += max(0, endpos - pos)
        return self.pattern.findall(text, pos, endpos)


def _read(monkeypatch: pytest.MonkeyPatch, lines: List[str]) -> Tuple[int, List[Any]]:
    counting = _Counting(_command_lines._GST_ELEMENT)
    monkeypatch.setattr(_command_lines, "_GST_ELEMENT", counting)
    found = list(_command_lines._gstreamer_properties(lines, len(lines) - 1))
    return counting.read, found


def test_a_lines_properties_share_one_reading_of_the_text_before_them(monkeypatch: pytest.MonkeyPatch) -> None:
    values = [drawn("adv-ckcp", number, 12) for number in range(16)]
    line = "x" * 2040 + " " + "".join(f"passphrase={value} " for value in values)
    read, found = _read(monkeypatch, [line])
    assert found == []  # (no element before them)
    assert read <= len(line)  # was 16 windows of 2 KB


def test_the_element_is_still_the_last_one_since_the_last_link(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, third = (drawn("adv-ckcp", number, 14) for number in range(20, 23))
    line = (f'p = Gst.parse_launch("srtsrc uri=srt://:7001 passphrase={first} ! queue ! filesink passwd={second} '
            f'! srtsink passphrase={third} ! fakesink")')
    read, found = _read(monkeypatch, [line])
    assert [value for _, _, value in found] == [first, third]
    far = "srtsink " + "y" * 2100 + f" passphrase={first}"  # (an element farther than the read window before it)
    assert _read(monkeypatch, [far])[1] == []
    near = "srtsink " + "y" * 1900 + f" passphrase={first}" + " z" * 40 + f" passphrase={second}"
    assert [value for _, _, value in _read(monkeypatch, [near])[1]] == [first, second]
