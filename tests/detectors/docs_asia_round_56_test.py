"""Stop 56: Korean, Vietnamese and Thai teams' documentation pages give a password in their own words, read by the
readers that read English's and the other languages' (not copies): a table's password column under `| 비밀번호 |`,
`| Mật khẩu |`, `| รหัสผ่าน |`; a table's login column under an account's word (`| Tài khoản |`, `| 계정 |`) over a
`user / password` cell; a list item's account label before its pair (`- 계정: admin / …`, `- Tài khoản: admin / …`);
Thai's password word, what it is for compounded before it, then its value after a colon, `คือ` or in a span, and its
short `รหัส` beside a Wi-Fi network's name. Notes in the page's own language, references, examples and other codes
beside the words stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.accuracy.labelled import reports
from tests.fakes import drawn_mixed

_WORDS = ("Hanbit", "Sejong", "Songhong", "Halong", "Chaophraya", "Doiinthanon", "Hallasan", "Mekhong", "Ayutthaya",
          "Namsan", "Sapa", "Hoian")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Namsan#Sapa4815`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#%!&*$@") + second + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3850000 + step) for step in range(8)]
_GENERATED = drawn_mixed(3850100, 20)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str, secret: str) -> bool:
    return any(reports(finding, secret) for finding in engine.scan_text(filename, text))


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(_GENERATED) == 20


# --- a table's password column ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["รหัสผ่าน", "비밀번호", "Mật khẩu", "비번"])
def test_a_tables_password_column_in_the_teams_language_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Network\n\n| Device | IP | User | {header} |\n|---|---|---|---|\n"
            f"| Router | 10.20.0.1 | admin | {password} |\n| Switch | 10.20.0.2 | admin | (same as router) |\n")
    assert _secrets(engine, "docs/it/network.md", text) == [(5, password)]


@pytest.mark.parametrize("header", ["Mật khẩu quản trị", "Mật khẩu Wi-Fi", "รหัสผ่าน Wi-Fi", "관리자 비밀번호", "DB 비번",
                                    "관리자비밀번호"])
def test_a_tables_password_column_named_for_what_it_is_for_blocks(engine: Engine, header: str) -> None:
    # (what the password is for after its word in Vietnamese and Thai, before it in Korean, as English's `Admin password`)
    password = _chosen(3910020)
    text = (f"# Network\n\n| Device | IP | {header} |\n|---|---|---|\n"
            f"| Router | 10.20.0.1 | {password} |\n| Switch | 10.20.0.2 | (same as router) |\n")
    assert _secrets(engine, "docs/it/network.md", text) == [(5, password)]


@pytest.mark.parametrize("header", ["Chính sách mật khẩu", "รหัสผ่านหมดอายุ", "비밀번호 변경일"])
def test_a_column_about_passwords_is_none(engine: Engine, header: str) -> None:
    text = (f"| Device | IP | {header} |\n|---|---|---|\n| Router | 10.20.0.1 | {_chosen(3910021)} |\n")
    assert _secrets(engine, "docs/it/network.md", text) == []


def test_a_thai_note_in_a_password_cell_is_none(engine: Engine) -> None:
    text = ("| สาขา | ผู้ใช้ | รหัสผ่าน |\n|---|---|---|\n| สาขาหนึ่ง | branch_one | ขอจากผู้จัดการสาขา |\n"
            "| สาขาสอง | branch_two | ดูใน Bitwarden |\n")
    assert engine.scan_text("docs/ops/gps.md", text) == []


@pytest.mark.parametrize(("filename", "text"), [
    # (a password of Thai letters and digits or symbols in code and configurations: typed on a Thai keyboard, a Thai word
    # and a number; the rule for a note in Thai text reads no password)
    ("app/settings.py", 'ADMIN_PASSWORD = "{thai}"\n'),
    ("config.json", '{{"smtp": {{"user": "ops", "password": "{mixed}"}}}}\n'),
])
def test_a_password_of_thai_letters_and_digits_in_code_blocks(engine: Engine, filename: str, text: str) -> None:
    generator = random.Random(3910000)
    letters = "".join(generator.choice("ฟหกดเสวงพะัีรนยบลฃ") for _ in range(8))
    thai, mixed = letters + str(generator.randint(1000, 9999)) + "!", drawn_mixed(3910001, 4) + "#" + letters
    text = text.format(thai=thai, mixed=mixed)
    assert _secrets(engine, filename, text), text


@pytest.mark.parametrize("header", ["รหัสผ่าน", "Password"])
def test_a_thai_note_with_a_number_in_a_password_cell_is_none(engine: Engine, header: str) -> None:
    # (on a documentation page a note of Thai text may hold a room's or an extension's number: still a note)
    text = (f"| สาขา | ผู้ใช้ | {header} |\n|---|---|---|\n| สาขาหนึ่ง | branch_one | ขอที่ห้อง302 |\n"
            "| สาขาสอง | branch_two | ถามฝ่ายIT(ต่อ2231) |\n")
    assert _secrets(engine, "docs/ops/gps.md", text) == []
    assert _secrets(engine, "docs/ops/gps.md", "- รหัสผ่าน: ขอที่ห้อง302\n- รหัสผ่าน: ถามฝ่ายIT(ต่อ2231)\n") == []


def test_a_thai_password_column_of_a_stock_password_stays_at_documentations_bar(engine: Engine) -> None:
    text = "| ผู้ใช้ | รหัสผ่าน |\n|---|---|\n| admin | Welcome1 |\n"
    assert _secrets(engine, "docs/setup.md", text) == []


# --- a table's login column under an account's word -----------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Tài khoản", "계정", "Tài khoản / mật khẩu", "아이디 / 비밀번호"])
def test_an_account_columns_pair_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[1]
    text = (f"## Thiết bị\n| Thiết bị | IP | {header} | Ghi chú |\n|---|---|---|---|\n"
            f"| NVR | 192.168.30.20 | admin / {password} | 8 camera |\n"
            f"| Router | 192.168.30.1 | xem vault `venue/router` | |\n")
    assert _secrets(engine, "docs/venues/hall.md", text) == [(4, password)]


def test_an_account_column_of_names_is_none(engine: Engine) -> None:
    text = "| Tài khoản | Vai trò |\n|---|---|\n| tohong.admin | quản trị |\n| svc-backup | sao lưu |\n"
    assert engine.scan_text("docs/accounts.md", text) == []


# --- a list item's account label before its pair ------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["계정", "로그인", "Tài khoản", "Đăng nhập"])
def test_an_account_labels_pair_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[2]
    text = f"## 매장 기기\n- CCTV NVR: http://192.168.0.64\n  - {label}: admin / {password}\n  - 녹화 보관 30일\n"
    assert _secrets(engine, "docs/branches/handover.md", text) == [(3, password)]


def test_an_account_label_without_a_pair_is_none(engine: Engine) -> None:
    text = "- 포스기: 비밀번호는 본사 문의\n- 계정: 본사 IT 담당자에게 요청\n- Tài khoản: xem vault\n"
    assert engine.scan_text("docs/branches/handover.md", text) == []


# --- Thai's password word -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["- รหัสผ่าน: {}", "เครื่องพิมพ์ที่สำนักงานใช้รหัสผ่าน: {}", "รหัสผ่านคือ `{}`",
                                  "- รหัสผ่านเครื่องสแกน: {}", "- รหัสผ่าน: `{}`"])
def test_a_thai_password_words_value_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[3]
    text = f"## พอร์ทัล\n- เว็บ: https://portal.example.co.th\n- ผู้ใช้: ops_admin\n{line.format(password)}\n"
    assert _secrets(engine, "docs/ops/portal.md", text) == [(4, password)]


@pytest.mark.parametrize("line", ["- **รหัสผ่าน:** {}", "- **รหัสผ่าน**: {}", "- **รหัสผ่าน:** `{}`", "- **รหัสผ่าน** คือ `{}`",
                                  "- รหัสผ่าน คือ {}"])
def test_a_thai_password_words_value_after_bold_or_a_spaced_khue_blocks(engine: Engine, line: str) -> None:
    # (Markdown's bold around the word or its colon, and `คือ` (is) written apart from the word, as English's readers read
    # `- **Password:** …`)
    password = _chosen(3910010)
    text = f"## พอร์ทัล\n- ผู้ใช้: ops_admin\n{line.format(password)}\n"
    assert _secrets(engine, "docs/ops/portal.md", text) == [(3, password)]


def test_a_generated_value_after_the_thai_word_blocks(engine: Engine) -> None:
    text = f"# บัญชีระบบ\n\n- รหัสผ่าน: {_GENERATED}\n"
    assert _secrets(engine, "docs/it/accounts.md", text) == [(3, _GENERATED)]


@pytest.mark.parametrize("line", ["- รหัสผ่าน: ขอจากหัวหน้าฝ่าย", "- รหัสผ่าน: อยู่ใน 1Password", "ตัวอย่างรหัสผ่าน: {}",
                                  "- รหัสสินค้า: {}", "- รหัส: {}", "รหัสผ่าน `{}` ในตัวอย่างนี้เป็นค่าสมมติ",
                                  "- `รหัสผ่าน`: {}"])
def test_thai_notes_examples_and_other_codes_are_none(engine: Engine, line: str) -> None:
    value = _CHOSEN[4]
    text = f"## พอร์ทัล\n{line.format(value)}\n"
    assert not _found(engine, "docs/ops/portal.md", text, value) or _secrets(engine, "docs/ops/portal.md", text) == []


# --- Thai's short word beside a Wi-Fi network ----------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["- Wi-Fi พนักงาน: `Staff-Net` รหัส `{}`", "- รหัส Wi-Fi: {}", "- SSID `Staff-Net` รหัสผ่าน `{}`"])
def test_a_wifi_networks_thai_password_blocks(engine: Engine, line: str) -> None:
    passphrase = _CHOSEN[5]
    text = f"# คู่มือพนักงานใหม่\n\n{line.format(passphrase)}\n- Wi-Fi ลูกค้า: `Guest` (ไม่มีรหัส)\n"
    assert _secrets(engine, "docs/depots/onboarding.md", text) == [(3, passphrase)]


def test_a_code_off_a_wifi_line_is_none(engine: Engine) -> None:
    value = _CHOSEN[6]
    text = f"- สินค้า: `Pallet-A` รหัส `{value}`\n"
    assert not _found(engine, "docs/ops/stock.md", text, value)


# --- Vietnamese's password word before its span, and a sentence wrapped after the word ----------------------------------

@pytest.mark.parametrize("line", ["- Máy chủ ảnh: `sftp albums@files.studio.vn`, mật khẩu `{}` nhé", "- Wifi văn phòng: mật khẩu là `{}`",
                                  "- Mật khẩu quản trị: `{}`", "Router: mật khẩu của router là: `{}`"])
def test_a_vietnamese_password_words_span_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[7]
    text = f"# Ghi chú IT\n\n{line.format(password)}\n"
    assert _secrets(engine, "docs/it/notes.md", text) == [(3, password)]


@pytest.mark.parametrize("filename", ["docs/handover/ban-giao-it.md", "docs/it/ghi-chu.md"])
def test_a_span_opening_the_line_below_the_password_word_blocks(engine: Engine, filename: str) -> None:
    password = _CHOSEN[0]
    text = ("1. **Máy chủ ảnh**: `sftp albums@files.studio.vn`, mật khẩu\n"
            f"   `{password}` – em chưa kịp chuyển sang key, anh đổi giúp em.\n"
            "2. **Website**: deploy qua Vercel.\n")
    assert _secrets(engine, filename, text) == [(2, password)]


def test_an_english_sentence_wrapped_after_its_password_word_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = f"The kiosk signs in with the shared password\n`{password}` (rotate it every term).\n"
    assert _secrets(engine, "docs/it/kiosk.md", text) == [(2, password)]


@pytest.mark.parametrize("text", [
    "Đổi mật khẩu bằng lệnh `passwd` sau khi đăng nhập.\n",
    "- Mật khẩu: `<mật khẩu của bạn>`\n",
    "Hướng dẫn đặt lại mật khẩu.\n`reset-password.sh` chạy trên máy chủ.\n",
    "## Mật khẩu\n`{}`\n",
])
def test_vietnamese_commands_placeholders_and_headings_are_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/it/notes.md", text.format(_CHOSEN[2])) == []


# --- an LDAP bind's DN in the team's own directory, its drawn password below ------------------------------------------

@pytest.mark.parametrize("dn", ["cn=svc-files,ou=service,dc=hq,dc=hanbit,dc=local", "`uid=nextcloud,ou=apps,dc=studio,dc=vn`"])
def test_a_drawn_password_below_a_teams_bind_dn_blocks(engine: Engine, dn: str) -> None:
    text = f"service account for the LDAP app:\n  bind DN: {dn}\n  password: {_GENERATED}\n"
    assert _secrets(engine, "docs/it/fileserver.md", text) == [(3, _GENERATED)]


@pytest.mark.parametrize("dn", ["cn=admin,dc=example,dc=com", "cn=ldap-reader,ou=svc,dc=contoso,dc=com", "cn=admin,dc=mycompany,dc=org"])
def test_a_tutorials_bind_dn_leaves_its_password_at_documentations_bar(engine: Engine, dn: str) -> None:
    text = f"Configure the LDAP app:\n  bind DN: {dn}\n  password: {_GENERATED}\n"
    assert _secrets(engine, "docs/admin/ldap.md", text) == []


# --- a table whose other rows keep their password in a store ----------------------------------------------------------

def test_a_persons_password_in_a_table_keeping_the_others_in_a_store_blocks(engine: Engine) -> None:
    password = "Sapa#Sapa" + str(random.Random(3850300).randint(100, 999))
    text = ("| Account | Used by | Password |\n|---|---|---|\n| svc-git | Gitea LDAP | in Vault |\n"
            f"| svc-scan | scan to folder | {password} |\n| svc-backup | Veeam | in Vault |\n")
    assert _secrets(engine, "docs/it/directory.md", text) == [(4, password)]


def test_the_same_password_in_a_table_without_a_store_stays_at_documentations_bar(engine: Engine) -> None:
    password = "Sapa#Sapa" + str(random.Random(3850300).randint(100, 999))
    text = f"| Account | Used by | Password |\n|---|---|---|\n| svc-scan | scan to folder | {password} |\n"
    assert _secrets(engine, "docs/it/directory.md", text) == []
