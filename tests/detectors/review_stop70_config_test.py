"""Review 70 (stop 69's XML elements in any alphabet), a sibling false positive closed: with 1C's `<Пароль>` read, a
value that is a name in CamelCase in the same alphabet (`<Пароль>ЗначениеПоУмолчанию</Пароль>`, default value) blocked,
where English's `<Password>DefaultValue</Password>` is a name (_is_identifier reads ASCII's words only); a YAML
`password: ПарольПользователя` blocked the same way before stop 69. A name's words in a cased non-Latin alphabet are now
read as ASCII's are; a password of them with a digit or four words under a password's name still blocks.
Generated fakes only (seeds 9300300-9300399)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn, drawn_mixed


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in blocked_lines(engine, filename, text)]


@pytest.mark.parametrize("name, text", [
    ("conf/exchange.xml", "<Пароль>ЗначениеПоУмолчанию</Пароль>\n"),
    ("conf/exchange.xml", "<Пароль>ПарольПользователя</Пароль>\n"),
    ("conf/app.yml", "password: ЗначениеПоУмолчанию\n"),
    ("conf/app.yml", "пароль: Κωδικός_Χρήστη\n"),
])
def test_a_name_in_another_alphabet_is_no_password(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text) == []


@pytest.mark.parametrize("value", [f"{drawn_mixed(9300300, 9)}#{drawn(9300301, 3, '0123456789')}",
                                   "СинийКотЛетитДомой", "Синий_Кот_7_Летит"])
def test_a_password_in_another_alphabet_still_blocks(engine: Engine, value: str) -> None:
    assert _secrets(engine, "conf/exchange.xml", f"<Пароль>{value}</Пароль>\n") == [value]

