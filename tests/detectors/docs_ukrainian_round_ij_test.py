"""Blind round IJ: Ukrainian (and Russian) teams' handover notes, operator pages and device sheets give a password in
their own words, read by the readers that read the Romance languages', Polish's and Greek's (not copies): a label's or a
sentence's `пароль` / `гасло` before its code span (`4. Пароль: `…``, `- Пароль мерчанта: `…``, `користувач `ops`,
пароль `…``), a settings table's `| Параметр | Значення |` over a `Пароль` row, and a device inventory's password
column under a `пристрій` (`устройство`) column. References, placeholders, variables and a cell saying where the
password is kept stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Lyod", "Kovzan", "Shayba", "Dnipro", "Kashtan", "Verba", "Hora", "Sokil", "Zoria", "Buk")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Shayba#Verba4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3570000 + step) for step in range(6)]
_GENERATED = [drawn_mixed(3570100 + step, 24) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 24 for value in _GENERATED)


# --- a label's or a sentence's password word before its code span -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "4. Пароль: `{}`",
    "Пароль: `{}`",
    "- ПАРОЛЬ: `{}`",
    "- Пароль мерчанта: `{}`",
    "- Пароль адміністратора: `{}`",
    "- Пароль для входу: `{}`",
    "- Гасло до роутера: `{}`",
    "- Контролер: https://10.20.0.2:8443, користувач `ops`, пароль `{}`",
    "- Панель: логин `operator`, пароль `{}`",
])
def test_a_password_word_before_its_span_blocks(engine: Engine, line: str) -> None:
    password = _GENERATED[0]
    text = "# Передача зміни\n\n" + line.format(password) + "\n- Черговий: Оксана\n"
    assert _secrets(engine, "docs/uk/zmina.md", text) == [(3, password)]


def test_a_chosen_password_in_a_handover_blocks(engine: Engine) -> None:
    password = _CHOSEN[0]
    text = f"# Табло\n\n3. Логін: `operator`\n4. Пароль: `{password}`\n"
    assert _secrets(engine, "docs/uk/tablo.md", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- Пароль зберігається у `1Password`",
    "- Пароль змінюється командою `passwd`",
    "- Пароль адміністратора: `<ваш-пароль>`",
    "- Пароль: `${DB_PASSWORD}`",
    "- Пароль задайте змінною `DB_PASSWORD`",
    "- Пароль від Wi-Fi шукайте в `vault/wifi`",
    "- пароль: `changeme`",
    "- Скиньте пароль через `reset-password.sh`",
])
def test_a_password_word_before_a_reference_or_a_placeholder_is_not_blocked(engine: Engine, line: str) -> None:
    text = "# Передача зміни\n\n" + line + "\n"
    assert _blocked(engine, "docs/uk/zmina.md", text) == []


# --- a settings table in the team's language --------------------------------------------------------------------------

@pytest.mark.parametrize("header,row", [("Значення", "Пароль"), ("Значение", "Пароль"), ("Значення", "Гасло"),
                                        ("Значення", "Пароль адміністратора")])
def test_a_settings_tables_password_row_blocks(engine: Engine, header: str, row: str) -> None:
    password = _GENERATED[1]
    text = f"# SMS\n\n| Параметр | {header} |\n|---|---|\n| Логін | ledova |\n| {row} | `{password}` |\n| Відправник | ACME |\n"
    assert _secrets(engine, "docs/runbooks/sms.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["у KeePass", "`<ваш пароль>`", "`changeme`"])
def test_a_settings_tables_password_row_saying_where_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# SMS\n\n| Параметр | Значення |\n|---|---|\n| Логін | ledova |\n| Пароль | {cell} |\n"
    assert _blocked(engine, "docs/runbooks/sms.md", text) == []


# --- a device inventory's password column -------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["пристрій,розташування,ip,логін,пароль,примітка",
                                    "устройство,место,ip,логин,пароль,примечание",
                                    "Пристрій;Розташування;IP;Користувач;Пароль;Примітка"])
def test_a_device_inventorys_password_column_blocks(engine: Engine, header: str) -> None:
    password = drawn_mixed(3570200, 12)
    delimiter = ";" if ";" in header else ","
    rows = [f"Камера 1{delimiter}Трибуна{delimiter}10.20.4.11{delimiter}admin{delimiter}{password}{delimiter}Hikvision",
            f"Камера 2{delimiter}Трибуна{delimiter}10.20.4.12{delimiter}admin{delimiter}(у KeePass){delimiter}Hikvision",
            f"Принтер{delimiter}Каса{delimiter}10.20.1.40{delimiter}{delimiter}{delimiter}"]
    text = header + "\n" + "\n".join(rows) + "\n"
    assert _secrets(engine, "it/inventory/devices.csv", text) == [(2, password)]


def test_a_device_inventorys_masked_or_kept_elsewhere_cells_are_not_blocked(engine: Engine) -> None:
    text = ("пристрій,розташування,ip,логін,пароль,примітка\nКамера 1,Трибуна,10.20.4.11,admin,********,\n"
            "Камера 2,Трибуна,10.20.4.12,admin,(у KeePass),\nТабло,Поле,10.20.6.2,operator,див. сейф,\n")
    assert _blocked(engine, "it/inventory/devices.csv", text) == []


@pytest.mark.parametrize("line", [
    "- Пароль (приклад): `{}`",  # (an example's, said in a note)
    "- Пароль (пример): `{}`",
    "Наприклад, пароль `{}`",
    "- Тестовий пароль: `{}`",  # (a test's, a stand-in's: English's `Test password`, `Dummy password`)
    "- Тестовый пароль: `{}`",
    "- Фиктивный пароль: `{}`",
])
def test_an_example_s_or_a_test_s_password_is_not_blocked(engine: Engine, line: str) -> None:
    # (as English's `Password (example): …`, `Test password: …` are none: a label's words say what the value is)
    assert _blocked(engine, "docs/wiki/onboarding.md", f"# Доступи\n\n{line.format(drawn_mixed(3610003, 16))}\n") == []


@pytest.mark.parametrize("line", ["Пароль — `{}`", "- Гасло від роутера – `{}`", "Пароль адміністратора — `{}`."])
def test_a_password_word_then_a_dash_before_its_span_blocks(engine: Engine, line: str) -> None:
    # (Russian and Ukrainian write the sentence's `is` as a dash: `Пароль — …` says the password is …)
    password = _CHOSEN[3]
    assert _secrets(engine, "docs/wiki/handover.md", f"# Передача справ\n\n{line.format(password)}\n") == [(3, password)]


@pytest.mark.parametrize("value", ["`echo $PASS`", "`<ваш пароль>`", "`changeme`", "`${DB_PASSWORD}`"])
def test_a_password_word_then_a_dash_before_a_reference_is_not_blocked(engine: Engine, value: str) -> None:
    assert _blocked(engine, "docs/wiki/handover.md", f"# Передача справ\n\nПароль — {value}\n") == []


@pytest.mark.parametrize("line", ["- Зашифрованный пароль: `{}`", "- Зашифрований пароль: `{}`"])
def test_an_encrypted_password_is_not_blocked(engine: Engine, line: str) -> None:
    # (as English's `Encrypted password: …` is none: ciphertext, its key elsewhere)
    assert _blocked(engine, "docs/wiki/onboarding.md", f"# Доступи\n\n{line.format(drawn_mixed(3610007, 16))}\n") == []
