"""Review 69: a meeting transcript's reader (stop 68, notes: `.vtt`, `.srt`) read every subtitle file's cues as a team's
talk, so a film's or a course video's subtitles blocked on a line an actor or a narrator says (`The password is
Moneypenny007, James.`). A cue is now read only after its speaker (WebVTT's voice tag, or a name before a colon: words
capitalized or of an uncased script, numbers, a few particles), as Zoom's and Teams' transcripts write each one.

Generated fakes only (seeds 9001000-9001099)."""
from __future__ import annotations

import string
from typing import List

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking
from tests.fakes import drawn

_SEED = 9001000


def _chosen(step: int) -> str:
    """A password chosen with care: a capital, letters, a symbol, a capital, letters, four digits."""
    seed = _SEED + 10 * step
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 6, string.ascii_lowercase) + "*#$+"[step % 4]
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 4, string.ascii_lowercase)
            + drawn(seed + 4, 4, string.digits))


_HEX_SECRET = drawn(_SEED + 900, 32, "0123456789abcdef")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,cue", [
    ("media/film/subtitles.vtt", "The password is {password}, James."),
    ("course/videos/lesson-03.srt", "and the secret is {secret} here"),
    ("media/film/subtitles.vtt", "- the password is {password}, James."),
])
def test_a_subtitle_no_speaker_says_passes(engine: Engine, name: str, cue: str) -> None:
    text = f"WEBVTT\n\n00:01:02.000 --> 00:01:05.000\n{cue.format(password=_chosen(0), secret=_HEX_SECRET)}\n"
    assert _blocked(engine, name, text) == []


@pytest.mark.parametrize("cue", [
    "Ana: the router password is {password}, change it later",
    "Ana de la Cruz: the router password is {password}, change it later",
    "Speaker 2: the router password is {password}, change it later",
    "<v Dimas>the client secret is {secret}</v>",
])
def test_a_speakers_cue_still_blocks(engine: Engine, cue: str) -> None:
    value = _chosen(1) if "{password}" in cue else _HEX_SECRET
    text = f"1\n00:12:17,010 --> 00:12:24,300\n{cue.format(password=value, secret=value)}\n"
    assert value in _blocked(engine, "meetings/standup.srt", text)
