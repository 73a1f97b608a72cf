"""Blind set IE: Japanese teams' wiki pages, runbooks and meeting minutes give a password in their own words, read by the
readers that read English's and the other languages' (not copies): a label whose word opens with any alphabet's letter
before its colon, half- or full-width (`共通パスワード: `…``, `- 初期パスワード：`…``); a sentence's or list item's
password word, what it is for compounded before it, then its span after `は` (is), a colon or nothing (`パスワードは
`…``, `SSID `Staff` / パスワード `…``). Commands, tasks, references and placeholders beside the word stay none. Through
the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Sakura", "Kaede", "Momiji", "Yuki", "Hikari", "Sora", "Umi", "Tsuki", "Kawa", "Mori", "Hana", "Kumo")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Sakura#Kaede4815`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#%!&*$@") + second + str(generator.randint(1000, 9999))


def _passphrase(seed: int) -> str:
    """A Wi-Fi passphrase of words as a generator draws them, two digits after (`mori-kawa-sora-yuki42`)."""
    generator = random.Random(seed)
    return "-".join(generator.choice(_WORDS).lower() for _ in range(4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(3560000 + step) for step in range(8)]
_GENERATED = [drawn_mixed(3560100 + step, 20) for step in range(4)]
_PASSPHRASE = _passphrase(3560200)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 20 for value in _GENERATED)
    assert _PASSPHRASE.count("-") == 3


# --- a label and its colon before the span ----------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["共通パスワード: ", "- 初期パスワード: ", "- パスワード：", "* 管理者パスワード：", "暗証番号: "])
def test_a_japanese_labels_span_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[0]
    text = (f"# 炉 HMI 運用手順\n\n| 炉 | ホスト | ユーザー |\n|----|----|----|\n| 1号炉 | hmi-1.local | operator |\n\n"
            f"{label}`{password}`\n(口頭で伝えること)\n")
    assert _secrets(engine, "docs/runbooks/hmi.md", text) == [(7, password)]
    assert _secrets(engine, "docs/wiki/hmi.md", text) == [(7, password)]


def test_a_generated_value_under_a_japanese_label_blocks(engine: Engine) -> None:
    password = _GENERATED[0]
    assert _secrets(engine, "docs/wiki/nas.md", f"- NAS の管理者パスワード：`{password}`\n") == [(1, password)]


# --- the word, then its span ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["初期パスワードは `{}` (次回作業後に変更)", "   - 初期パスワード `{}`", "保守用パスワードは`{}`です"])
def test_a_sentences_span_after_the_password_word_blocks(engine: Engine, said: str) -> None:
    password = _CHOSEN[1]
    text = f"# 定例 議事録\n\n3. 遠隔保守 VPN\n   - ID: `vendor-maint`\n{said.format(password)}\n"
    assert _secrets(engine, "docs/wiki/meeting.md", text) == [(5, password)]


def test_a_wifi_networks_passphrase_after_its_ssid_blocks(engine: Engine) -> None:
    text = f"# 引き継ぎメモ\n\n- 館内 Wi-Fi (スタッフ用): SSID `KITA-STAFF` / パスワード `{_PASSPHRASE}`\n- 来客用は掲示を参照\n"
    assert _secrets(engine, "docs/wiki/notes.md", text) == [(3, _PASSPHRASE)]


@pytest.mark.parametrize("line", [
    "パスワードを `passwd` で変更する",  # (a command, the object marker after the word)
    "- パスワード変更コマンド: `passwd`",  # (a task's command)
    "- パスワード: `<パスワードを入力>`",  # (a placeholder)
    "- パスワード: `********`",  # (masked)
    "- パスワードは `1Password` の「炉」項目を参照",  # (where it is kept)
    "- パスワード: `changeme`",  # (a default to change)
])
def test_commands_references_and_placeholders_beside_the_word_are_not_blocked(engine: Engine, line: str) -> None:
    assert _blocked(engine, "docs/wiki/setup.md", f"# 設定\n\n{line}\n") == []


@pytest.mark.parametrize("line", [
    "- 例：パスワード `{}`",  # (an example's: `例` alone, `例えば`, `サンプル`, `のような`)
    "- 例えばパスワード: `{}`",
    "- サンプルパスワード: `{}`",
    "- 新しいパスワード：`{}`（例）",
    "パスワードは `{}` のような形式で指定します。",
    "- テストパスワード: `{}`",  # (a test's, a stand-in's)
    "- ダミーパスワード：`{}`",
    "- 示例密码：`{}`",  # (Chinese's example)
])
def test_an_example_s_or_a_test_s_password_is_not_blocked(engine: Engine, line: str) -> None:
    # (as English's `Example password: …`, `Test password: …` are none: a label's words say what the value is)
    assert _blocked(engine, "docs/wiki/setup.md", f"# 設定\n\n{line.format(drawn_mixed(3610004, 16))}\n") == []


def test_a_regular_meeting_s_password_still_blocks(engine: Engine) -> None:
    # (`定例`, a regular meeting, holds `例` in a word of its own: no example)
    password = _CHOSEN[2]
    assert _secrets(engine, "docs/wiki/meeting.md", f"- 定例会議のパスワード：`{password}`\n") == [(1, password)]


@pytest.mark.parametrize("header", ["| 項目 | 値 |", "| 項目 | 設定値 |", "| 項目 | 内容 |", "| Key | Value |"])
@pytest.mark.parametrize("row", ["パスワード", "管理者パスワード", "暗証番号"])
def test_a_settings_tables_password_row_blocks(engine: Engine, header: str, row: str) -> None:
    # (as a Ukrainian `| Параметр | Значення |` table's `| Пароль |` row does)
    password = _CHOSEN[3]
    text = f"# 接続情報\n\n{header}\n|---|---|\n| ホスト | `nas-01.local` |\n| {row} | `{password}` |\n"
    assert _secrets(engine, "docs/wiki/nas.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["`<パスワードを入力>`", "`********`", "`changeme`", "1Password 参照"])
def test_a_settings_tables_password_row_saying_where_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# 接続情報\n\n| 項目 | 値 |\n|---|---|\n| パスワード | {cell} |\n"
    assert _blocked(engine, "docs/wiki/nas.md", text) == []


@pytest.mark.parametrize("line", ["- 暗号化パスワード: `{}`", "- 加密密码：`{}`"])
def test_an_encrypted_password_is_not_blocked(engine: Engine, line: str) -> None:
    # (as English's `Encrypted password: …` is none: ciphertext, its key elsewhere)
    assert _blocked(engine, "docs/wiki/setup.md", f"# 設定\n\n{line.format(drawn_mixed(3610005, 16))}\n") == []


def test_an_encryption_key_still_blocks(engine: Engine) -> None:
    # (`加密密钥`, an encryption's key, is a secret key: only a password's word after `加密` says ciphertext)
    key = drawn_mixed(3610006, 32)
    assert _secrets(engine, "app/config.py", f'加密密钥 = "{key}"\n') == [(1, key)]
