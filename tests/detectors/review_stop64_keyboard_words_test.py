"""Review 64 of stop 63's Bashkir and Sakha password words (`серһүҙ`, `кистэлэҥ тыл`): a keyboard without the languages'
own letters types them with Russian's or Latin's nearest (`серһүз`, `серhүҙ`, `серhүз`; Tatar's `серсүз` as `серсуз`;
Sakha's `ҥ` as Khakas's `ӈ` or `н`), and those spellings went unread in a note's label, a page's code span after a login
and a chat's question. Stand-ins still pass. Generated fakes only (seeds 7300060-7300063)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = fakes.drawn_mixed(7300060, 14)
_SPAN_PASSWORD = fakes.drawn_mixed(7300061, 14) + "#2"
_TOKEN = "Ai2JmJAw9Z2pEKiCckO5zQ7rT1xYb3Nd8LwUvHs4"


@pytest.mark.parametrize("word", ["серһүзе", "серhүҙе", "серhүзе", "серсузе", "кистэлэӈ тыла", "кистэлэн тыла"])
def test_a_notes_label_in_a_keyboards_spelling_blocks(word: str) -> None:
    found = blocking(Engine().scan_text("notes/meeting.txt", f"- root {word}: {_PASSWORD}\n"))
    assert _PASSWORD in [finding.secret for finding in found]


@pytest.mark.parametrize("word", ["серhүз", "серһүз"])
def test_a_pages_code_span_after_a_login_in_a_keyboards_spelling_blocks(word: str) -> None:
    text = f"# Инеү\n\n- логин `dispatch`, {word} `{_SPAN_PASSWORD}`\n"
    assert _SPAN_PASSWORD in [finding.secret for finding in blocking(Engine().scan_text("docs/wiki/access.md", text))]


@pytest.mark.parametrize("word", ["серhүзе", "серһүзе", "серсузе"])
def test_a_chats_question_in_a_keyboards_spelling_blocks(word: str) -> None:
    text = (f"[04.04.2024 10:12] Тимур: Руслан, staging-тағы Redis {word} ниндәй ине?\n"
            f"[04.04.2024 10:15] Руслан: {_TOKEN}\n[04.04.2024 10:16] Тимур: рәхмәт\n")
    found = blocking(Engine().scan_text("notes/telegram-export/infra-chat-2024-04.txt", text))
    assert _TOKEN in [finding.secret for finding in found]


@pytest.mark.parametrize("value", ["Bitwarden", "<пароль>"])
def test_a_stand_in_under_a_keyboards_spelling_passes(value: str) -> None:
    assert blocking(Engine().scan_text("notes/meeting.txt", f"- root серhүзе: {value}\n")) == []
