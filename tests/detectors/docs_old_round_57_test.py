"""Stop 57 (older misses): documentation's login pairs in the forms teams write them, read by the pair readers the other
languages' are read by: a Japanese account word (`管理者`, `アカウント`, `ログイン`, `認証情報`) opening a list item's later
clause before `user` / `password` spans, and a pair alone on the line below a list item's lead-in that names the account
(`- …, service account for the field app:` then `  `svc-…` / `…``). Two spans after any other words (a list's pair of
branches, regions or users) stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.accuracy.labelled import reports
from tests.fakes import drawn_mixed

_WORDS = ("Kestrel", "Juniper", "Sakura", "Momiji", "Basalt", "Cobalt", "Heron", "Tamarind", "Sequoia", "Lantana")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Heron%Cobalt4815`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#%!&*$@") + second + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(4240000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str, secret: str) -> bool:
    return any(reports(finding, secret) for finding in engine.scan_text(filename, text))


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)


# --- a Japanese account word before the pair ----------------------------------------------------------------------------

@pytest.mark.parametrize("item", ["- ファイルサーバ fs01: 管理者 `Administrator` / `{pw}`",
                                  "- ファイルサーバ fs01：管理者 `Administrator` / `{pw}`",
                                  "- NAS: アカウント `ops` / `{pw}`",
                                  "- 勤怠システム、ログイン `soumu` / `{pw}`",
                                  "- 認証情報: `svc-backup` / `{pw}`",
                                  "- ログイン情報：`kanri` / `{pw}`"])
def test_a_japanese_account_word_before_the_pair_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = f"# 情報システム メモ\n\n## サーバ\n\n{item.format(pw=password)}\n- UTM: 管理画面は別紙\n"
    assert _secrets(engine, "docs/wiki/情報システム.md", text) == [(5, password)]


@pytest.mark.parametrize("item", ["- 対象ブランチ: `main` / `release-2024.10`",
                                  "- リージョン: 東京 `ap-northeast-1` / `ap-northeast-3`",
                                  "- ファイルサーバ fs01: 管理者 `Administrator` / `<パスワード>`",
                                  "- ファイルサーバ fs01: 管理者 `Administrator` / 別紙"])
def test_other_spans_and_stand_ins_after_japanese_words_stay_none(engine: Engine, item: str) -> None:
    text = f"# 情報システム メモ\n\n{item}\n"
    assert _secrets(engine, "docs/wiki/情報システム.md", text) == []


def test_an_example_password_after_the_japanese_account_word_only_warns(engine: Engine) -> None:
    # (a tutorial's stock password under the same words: documentation's bar, a warning at most)
    text = "# 初期設定\n\n- 管理者 `admin` / `Password123!`\n"
    assert _secrets(engine, "docs/setup.md", text) == []


# --- the pair below the lead-in naming the account ------------------------------------------------------------------------

@pytest.mark.parametrize("lead_in", ["- Domain controller `dc01.corp.lan`, service account for the field app:",
                                     "- NAS admin login:",
                                     "- **Console credentials:**",
                                     "1. Local admin account on the kiosks:",
                                     "- ファイルサーバの管理者："])
def test_a_pair_below_the_lead_in_naming_its_account_blocks(engine: Engine, lead_in: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Systems\n\nEverything below is in the vault too.\n\n{lead_in}\n  `svc-fieldapp` / `{password}`\n"
            "- Backups: nightly at 01:00.\n")
    assert _secrets(engine, "docs/it/systems.md", text) == [(6, password)]


def test_a_pair_below_an_account_lead_in_blocks_in_a_runbook(engine: Engine) -> None:
    password = _CHOSEN[2]
    text = f"# Scanner share\n\n- Scan-to-folder account on the copiers:\n  `scanuser` / `{password}`\n"
    assert _secrets(engine, "docs/runbooks/scan-share.md", text) == [(4, password)]


@pytest.mark.parametrize("lead_in", ["- Branches we protect:", "- Regions:", "Sign-in accounts:", "- The service account"])
def test_two_spans_below_another_lead_in_stay_none(engine: Engine, lead_in: str) -> None:
    # (a list's pair under words naming no account; a lead-in that is no list item or has no colon)
    password = _CHOSEN[3]
    text = f"# Notes\n\n{lead_in}\n  `main` / `{password}`\n"
    assert _secrets(engine, "docs/notes.md", text) == []


def test_a_stand_in_below_an_account_lead_in_stays_none(engine: Engine) -> None:
    text = "# Setup\n\n- Service account for the app:\n  `svc-app` / `<password>`\n- Another item\n"
    assert not _found(engine, "docs/setup.md", text, "<password>")


# --- a configuration's comment telling who signs in with what ------------------------------------------------------------

@pytest.mark.parametrize("filename, comment", [
    ("it/printers/scan-share.conf", "# Copiers in exam rooms 1-4 log in as scanuser / {pw}"),
    ("etc/kiosk.ini", "; the kiosks sign in as kiosk01 / {pw} (set on each unit)"),
    ("ops/backup.sh", "# the job logs on as svc-backup / {pw}"),
    ("app/config/mail.php", "// the mailer logged in as notify@corp.lan / {pw}."),
    # (review 57: the pair quoted, as a comment often writes what to type)
    ("it/printers/scan-share.conf", "# Copiers log in as 'scanuser' / '{pw}'"),
    ("etc/kiosk.ini", '; the kiosks sign in as "kiosk01" / "{pw}" (set on each unit)'),
    ("ops/backup.sh", "# the job logs on as svc-backup / `{pw}`"),
])
def test_a_comments_sign_in_pair_blocks(engine: Engine, filename: str, comment: str) -> None:
    password = _CHOSEN[4]
    text = "[global]\n   workgroup = CLINIC\n" + comment.format(pw=password) + "\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("comment", ["# operators log in as admin / operator depending on the shift",
                                     "# log in as <user> / <password>",
                                     "# log in as admin / Password123!",
                                     "# log in as admin / $ADMIN_PASSWORD",
                                     "# routes in as /api/v1 / kiosk",
                                     "# log in as 'admin' / 'operator' depending on the shift",
                                     "# log in as 'admin' / '$ADMIN_PASSWORD'"])
def test_other_comments_stay_none(engine: Engine, comment: str) -> None:
    text = "[global]\n   workgroup = CLINIC\n" + comment + "\n"
    assert _secrets(engine, "it/printers/scan-share.conf", text) == []


def test_the_same_sentence_outside_a_comment_is_not_read_as_one(engine: Engine) -> None:
    # (a line of the file's own syntax, no comment: the form reads comments only)
    password = _CHOSEN[5]
    text = f"[scans]\n   comment = copiers log in as scanuser / {password}\n"
    assert not any("comment's sign-in" in finding.description for finding in engine.scan_text("scan.conf", text)
                   if reports(finding, password))


# --- a network access server's shared secret ------------------------------------------------------------------------------

_DRAWN = drawn_mixed(4240300, 24)


@pytest.mark.parametrize("text", [
    "RADIUS server: `10.20.0.5`, port 1812.\nShared secret configured on the APs: `{s}`\n",
    "| SSID | Auth |\n|---|---|\n| Staff | WPA2-Enterprise |\n\n- RADIUS shared secret (APs): `{s}`\n",
    "## TACACS+\n\n- Shared key on the switches: `{s}`\n",
])
def test_a_radius_or_tacacs_shared_secret_blocks(engine: Engine, text: str) -> None:
    page = "# Wi-Fi\n\n" + text.format(s=_DRAWN)
    assert [secret for _, secret in _secrets(engine, "docs/network/wifi.md", page)] == [_DRAWN]


@pytest.mark.parametrize("text", [
    "Shared secret for the webhooks: `{s}`\n",  # (no access control named: a key's label, an example's)
    "RADIUS server: `10.20.0.5`.\nShared secret configured on the APs: `testing123`\n",  # (FreeRADIUS' stock example)
    "RADIUS server: `10.20.0.5`.\nShared secret configured on the APs: `<secret>`\n",
])
def test_other_shared_secrets_stay_none(engine: Engine, text: str) -> None:
    page = "# Wi-Fi\n\n" + text.format(s=_DRAWN)
    assert _secrets(engine, "docs/network/wifi.md", page) == []


# --- a Japanese page naming the store its other credentials are kept in -----------------------------------------------

def _word_and_number(seed: int) -> str:
    """A password a person made of one word, a symbol and four digits (`momiji*4417`): documentation's bar alone warns."""
    generator = random.Random(seed)
    return generator.choice(("momiji", "sakura", "tsubaki", "hinoki")) + generator.choice("*#%!") + str(
        generator.randint(1000, 9999))


_PAGE = "# 検証環境 接続情報\n\n## データベース\n- ホスト：stg-db.internal.lan\n- ユーザー名：app_stg\n- パスワード：{pw}\n\n{note}\n"


@pytest.mark.parametrize("note", ["※本番環境の接続情報は 1Password の「本番インフラ」保管庫を参照してください。",
                                  "本番の認証情報は Bitwarden の「インフラ」フォルダにある。",
                                  "- 管理画面のログイン情報: 1Password 参照"])
def test_a_japanese_line_naming_the_store_of_its_credentials_makes_the_page_its_own(engine: Engine, note: str) -> None:
    password = _word_and_number(4240200)
    assert _secrets(engine, "docs/接続情報.md", _PAGE.format(pw=password, note=note)) == [(6, password)]


@pytest.mark.parametrize("note", ["パスワードは 1Password などで管理しましょう。", "接続情報は 1Password での管理を推奨します。",
                                  "本番環境は別紙を参照してください。", ""])
def test_advice_to_keep_credentials_in_a_store_or_no_store_leaves_the_page_a_tutorial(engine: Engine, note: str) -> None:
    password = _word_and_number(4240201)
    text = _PAGE.format(pw=password, note=note)
    assert _secrets(engine, "docs/接続情報.md", text) == []
    assert _found(engine, "docs/接続情報.md", text, password)  # (still a warning)
