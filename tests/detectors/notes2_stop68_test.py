"""Blind round of stop 68, second notes share (handover notes, SOPs, instructors' and accounting notes, plain `.txt`
notes in Indonesian and Balinese, Santali in Ol Chiki, Urdu and English, a WordPress application password in a notes
file): the forms a team's own text gives a password in. Through the engine. Generated fakes only (tests/fakes.py):
seeds 8880000-8880999."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Jempiring", "Galungan", "Sanur", "Pattal", "Kesar", "Lachha", "Kintamani", "Dona", "Amed", "Mongra")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Sanur#Dona4821`)."""
    first, second = (_WORDS[int(digit)] for digit in drawn(seed, 2, "0123456789"))
    return first + drawn(seed + 1, 1, "#%!&*@+") + second + drawn(seed + 2, 4, "0123456789")


def _wp_app_password(seed: int) -> str:
    """A WordPress application password as its profile screen shows it: 24 letters and digits in six groups of four."""
    value = drawn_mixed(seed, 24)
    return " ".join(value[at:at + 4] for at in range(0, 24, 4))


_CHOSEN = [_chosen(8880000 + 10 * step) for step in range(8)]
_WP = [_wp_app_password(8880500 + step) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 11 and value[-4:].isdigit() and not value[0].isdigit() for value in _CHOSEN)
    assert all(len(value) == 29 and value.count(" ") == 5 and len(set(value.replace(" ", ""))) >= 14 for value in _WP)


# --- Santali's borrowed word in Ol Chiki, `ᱯᱟᱥᱣᱟᱨᱰ`, read as India's other scripts' are ---------------------------------

@pytest.mark.parametrize("word", ["ᱯᱟᱥᱣᱟᱨᱰ", "ᱯᱟᱥᱣᱚᱨᱰ"])
def test_an_ol_chiki_password_label_blocks(engine: Engine, word: str) -> None:
    password = _CHOSEN[0]
    text = f"ᱚᱯᱷᱤᱥ ᱣᱟᱭᱯᱷᱟᱭ (office wifi)\nᱧᱩᱛᱩᱢ: Pattal-Office\n{word}: {password}\nᱨᱟᱣᱴᱚᱨ: 192.168.1.1\n"
    assert _secrets(engine, "samiti/notes/wifi.txt", text) == [(3, password)]
    assert _secrets(engine, "samiti/notes/wifi.md", f"# ᱣᱟᱭᱯᱷᱟᱭ\n\n- {word}: `{password}`\n") == [(3, password)]
    assert _secrets(engine, "samiti/config.yml", f'{word}: "{password}"\n') == [(1, password)]


@pytest.mark.parametrize("value", ["********", "<password>", "ᱵᱚᱫᱚᱞ ᱢᱮ"])
def test_an_ol_chiki_label_over_no_password_passes(engine: Engine, value: str) -> None:
    assert _secrets(engine, "samiti/notes/wifi.txt", f"ᱣᱟᱭᱯᱷᱟᱭ\nᱯᱟᱥᱣᱟᱨᱰ: {value}\n") == []


# --- Urdu's `پاس ورڈ`, Arabic's `كلمة المرور`, Persian's `کلمه عبور` as a label's or a key's words ---------------------

@pytest.mark.parametrize("label", ["ای میل کا پاس ورڈ", "پاس ورڈ", "پاسورڈ", "كلمة المرور للراوتر", "کلمه عبور"])
def test_a_perso_arabic_password_label_before_a_span_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[1]
    text = f"# حوالگی نوٹ\n\n- دکان کی ای میل: shop@example.in\n- {label}: `{password}`\n"
    assert _secrets(engine, "shop/notes/handover-ur.md", text) == [(4, password)]


@pytest.mark.parametrize("key", ["پاس_ورڈ", "كلمة_المرور"])
def test_a_perso_arabic_password_key_blocks(engine: Engine, key: str) -> None:
    password = _CHOSEN[2]
    assert _secrets(engine, "shop/config.yml", f'{key}: "{password}"\n') == [(1, password)]


def test_perso_arabic_labels_over_no_password_pass(engine: Engine) -> None:
    assert _secrets(engine, "shop/notes/h.md", "# نوٹ\n\n- پاس ورڈ: `<password>`\n- پاس ورڈ: `اپنا پاس ورڈ`\n") == []
    # (a form's labels: forgotten, confirmation)
    text = '{\n  "نسيت_كلمة_المرور": "' + _CHOSEN[3] + '",\n  "تأكيد_كلمة_المرور": "' + _CHOSEN[3] + '"\n}\n'
    assert _secrets(engine, "shop/forms.json", text) == []


# --- Indonesian's, Malay's and Balinese's password words: `kata sandi`, `kata laluan`, `kruna sandi`, `sandi` ----------

@pytest.mark.parametrize("line", [
    "  kruna sandi: {pw}",
    "- Kata sandi wifi kantor: {pw}",
    "Kata laluan pelayan: {pw} (tukar bulan depan)",
    "kata sandi: {pw}",
])
def test_a_malay_password_label_in_a_note_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[4]
    text = f"Catatan Made\n\n- Login dashboard booking: made@example.com\n{line.format(pw=password)}\n- Besok Purnama\n"
    assert _secrets(engine, "ombak/notes/catatan.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "2. Login akun bersama shift pagi: `shift.pagi@villa-resik.co.id`, sandi `{pw}`",
    "2. Kata sandi admin adalah `{pw}`",
    "2. Akun tablet: `petugas01`, kata laluan `{pw}`",
])
@pytest.mark.parametrize("filename", ["villa/resik-docs/SOP_tablet.md", "villa/notes/sop.md"])
def test_a_malay_password_word_before_a_span_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[5]
    text = f"# SOP Tablet\n\n1. Nyalakan tablet, buka aplikasi.\n{line.format(pw=password)}\n3. Pilih villa.\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("filename, text", [
    ("ombak/notes/catatan.txt", "Catatan\n\nKata sandi: minimal 8 karakter, harus ada angka\n- Kata sandi lupa: hubungi IT\n"),
    ("ombak/notes/catatan.txt", "Catatan\n- kata sandi wifi: <tanya resepsionis>\n"),
    ("ombak/notes/sop.md", "# SOP\n\n- sandi morse untuk SOS: `...---...`\n- Kata sandi: `<tanya resepsionis>`\n"),
    ("docs/panduan.md", "# Panduan\n\n1. Masuk dengan akun Anda: `nama@contoh.com`, sandi `sandi-anda`\n"),
])
def test_malay_words_over_no_password_pass(engine: Engine, filename: str, text: str) -> None:
    assert _secrets(engine, filename, text) == []


# --- a note after the value: a dash's or an arrow's, in brackets; a PIN's word before the password's -------------------

@pytest.mark.parametrize("filename, line", [
    ("ombak/notes/serah-terima.md", "- Password Workspace ops sementara: `{pw}` - Dewi tolong ganti setelah login"),
    ("ombak/notes/serah-terima.md", "- Password Wi-Fi kantor: `{pw}` — tanya Made kalau ganti"),
    ("villa/accounting/catatan.md", "- PIN/Password KlikBCA: {pw}   <- tulis di sini biar ga lupa, nanti hapus"),
    ("villa/accounting/catatan.md", "- Password KlikBCA: {pw} (ganti bulan depan)"),
    ("ops/notes/catatan.txt", "- Password router: {pw} -- jangan dibagi"),
    ("ops/notes/catatan.txt", "PIN/Password KlikBCA: {pw} ← nanti hapus"),
])
def test_a_password_with_a_note_after_it_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[6]
    text = f"# Catatan\n\n- Rekening: BCA KCP Ubud\n{line.format(pw=password)}\n- Token ada di laci\n"
    assert _secrets(engine, filename, text) == [(4, password)]


def test_a_login_pair_after_a_dash_still_gives_the_password(engine: Engine) -> None:
    password = _CHOSEN[7]
    assert _secrets(engine, "ops/notes/catatan.txt", f"Catatan\n- User: admin - Password: {password}\n") == [(2, password)]


@pytest.mark.parametrize("line", [
    "- Password manager: Bitwarden <- pakai ini",
    "- Password KlikBCA: ******** <- disensor",
    "- PIN/Password: lihat di brankas",
    "- Password manager: `Bitwarden` - pakai ini",
])
def test_a_note_after_no_password_passes(engine: Engine, line: str) -> None:
    for filename in ("ops/notes/catatan.txt", "ops/notes/catatan.md", "villa/accounting/catatan.md"):
        assert _secrets(engine, filename, f"# Catatan\n\n{line}\n") == []


# --- a WordPress application password alone below its label ------------------------------------------------------------

@pytest.mark.parametrize("below", ["\n    {wp}", "\n\n    {wp}", "\n`{wp}`", "\n{wp}"])
@pytest.mark.parametrize("label", ["- Application password (Users > Profile > Application Passwords):", "App password for erp-sync:"])
def test_a_wordpress_application_password_below_its_label_blocks(engine: Engine, label: str, below: str) -> None:
    password = _WP[0]
    text = f"WooCommerce <-> ERPNext stock sync\n\n- WP user: erp-sync\n{label}{below.format(wp=password)}\n- sync every 30 min\n"
    line = 6 if below.startswith("\n\n") else 5  # (the label on line 4)
    assert _secrets(engine, "site/notes/woocommerce_sync.txt", text) == [(line, password)]


def test_a_wordpress_application_password_after_a_worded_label_blocks(engine: Engine) -> None:
    password = _WP[1]
    assert _secrets(engine, "site/notes/sync.md", f"# Sync\n\nApplication password for erp-sync: `{password}`\n") == [(3, password)]
    assert _secrets(engine, "site/notes/sync.md", f"# Sync\n\n- app password (WooCommerce sync): {password}\n") == [(3, password)]


@pytest.mark.parametrize("text", [
    "Sync\n\n- Application password:\n    xxxx xxxx xxxx xxxx xxxx xxxx\n",
    "Sync\n\n- Application password:\n    abcd efgh ijkl mnop qrst uvwx\n",
    "Sync\n\n- Password:\n    see the vault, item WP sync\n    {wp}\n",
])
def test_grouped_values_that_are_no_application_password_pass(engine: Engine, text: str) -> None:
    assert _secrets(engine, "site/notes/sync.txt", text.format(wp=_WP[0])) == []
