"""Blind round of stop 68, notes share (handover notes, meeting minutes, sticky notes, a meeting's transcript, SMS and
WhatsApp exports in Javanese, Indonesian, Hmong, Yiddish and Dhivehi): the forms a team's own text gives a credential in,
in those languages and in English where the form was missing there too. Through the engine. Generated fakes only
(tests/fakes.py): seeds 8840000-8849999."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_SEED = 8840000


def _chosen(step: int) -> str:
    """A password chosen with care: letters, a symbol, letters and digits, four digits (`Qwmtz#bK3pLq4821`)."""
    seed = _SEED + 10 * step
    return (drawn(seed, 1, string.ascii_uppercase) + drawn(seed + 1, 5, string.ascii_lowercase) + "#?+$"[step % 4]
            + drawn(seed + 2, 1, string.ascii_uppercase) + drawn(seed + 3, 5, string.ascii_lowercase)
            + drawn(seed + 4, 4, string.digits))


def _app_password(step: int) -> str:
    """Sixteen lower-case letters, as Google draws an app password."""
    return drawn(_SEED + 500 + step, 16, string.ascii_lowercase)


def _spaced(value: str) -> str:
    return " ".join(value[at:at + 4] for at in range(0, 16, 4))


_HEX_SECRET = drawn(_SEED + 900, 32, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(_chosen(step)) == 17 and _chosen(step)[-4:].isdigit() for step in range(8))
    assert all(len(_app_password(step)) == 16 and _app_password(step).islower() for step in range(4))
    assert len(set(_HEX_SECRET)) > 8


# --- a chat's message that is an app password alone, below a message naming an app password ------------------------------

@pytest.mark.parametrize("asked", [
    "Sing dienggo sandi aplikasi mbak, dudu sandi gmail biasa",  # (Javanese: use the app password, not gmail's own)
    "Pakai kata sandi aplikasi ya, bukan password Gmail",  # (Indonesian)
    "use the app password, not the normal gmail one",
    "es una contraseña de aplicación, no la de Gmail",
])
@pytest.mark.parametrize("spaced", [False, True])
def test_an_app_password_pasted_into_a_chat_blocks(engine: Engine, asked: str, spaced: bool) -> None:
    value = _spaced(_app_password(0)) if spaced else _app_password(0)
    text = (f"12/05/24, 19.02 - Woro: email sanggar ra iso mlebu neng Thunderbird\n12/05/24, 19.05 - Dimas: {asked}\n"
            f"12/05/24, 19.05 - Dimas: sanggar@example.org\n12/05/24, 19.06 - Dimas: {value}\n"
            f"12/05/24, 19.06 - Dimas: server smtp.gmail.com port 587\n")
    assert _secrets(engine, "komunitas/WhatsApp Chat with Pengurus.txt", text) == [(4, value)]


@pytest.mark.parametrize("asked, value", [
    ("Sesuk Kemis latihan tetep nggih", _app_password(1)),  # (no app password named above)
    ("use the app password, not the normal gmail one", "abcdefghijklmnop"),  # (a shape counting up: a stand-in)
    ("use the app password, not the normal gmail one", "xxxxxxxxxxxxxxxx"),
    ("use the app password, not the normal gmail one", "yourpasswordhere"),
])
def test_a_lone_word_or_a_stand_in_in_a_chat_passes(engine: Engine, asked: str, value: str) -> None:
    text = f"12/05/24, 19.05 - Dimas: {asked}\n12/05/24, 19.06 - Dimas: {value}\n"
    assert _secrets(engine, "komunitas/WhatsApp Chat with Pengurus.txt", text) == []


# --- a chat's login pair after its user's word -----------------------------------------------------------------------------

@pytest.mark.parametrize("pair", ["user ops / {pw}", "login: ops / {pw}", "username dispatch / {pw}"])
def test_a_chat_pair_after_its_user_word_blocks(engine: Engine, pair: str) -> None:
    password = _chosen(0)
    text = ("14/02/2026, 06:13 - Mariyam: ok. kaley dispatch board login kobaa? mi laptop ah log in nuvey\n"
            f"14/02/2026, 06:15 - Ali: {pair.format(pw=password)}\n14/02/2026, 06:15 - Ali: mi message delete kurey\n")
    assert _secrets(engine, "ops/chats/WhatsApp Chat with Ops Desk.txt", text) == [(2, password)]


def test_a_chat_pair_below_no_login_question_passes(engine: Engine) -> None:
    text = ("14/02/2026, 06:13 - Mariyam: ok. flights cancelled till 9?\n"
            "14/02/2026, 06:15 - Ali: user ops / see the dispatch binder\n")
    assert _secrets(engine, "ops/chats/WhatsApp Chat with Ops Desk.txt", text) == []


# --- a chat's reply below a question naming the password in the chat's language -------------------------------------------

@pytest.mark.parametrize("asked", [
    "yossi vos iz dos parol far dem nayem gmail?",  # (Yiddish, YIVO's letters)
    "יאָסי, וואָס איז דאָס פּאַראָל פֿאַר דעם נײַעם gmail?",  # (Yiddish, its Hebrew script)
    "mas, sandi wifi-ne apa?",  # (Javanese)
    "kata laluan untuk tablet tu apa?",  # (Malay)
    "Kou, lo lus zais rau lub tablet yog dab tsi?",  # (Hmong)
    "ކޮބާ ޕާސްވޯޑް؟",  # (Dhivehi)
])
def test_a_chat_reply_below_a_password_question_blocks(engine: Engine, asked: str) -> None:
    password = _chosen(1)
    text = (f"11/7/24, 8:02 PM - Feigy: {asked}\n11/7/24, 8:05 PM - Yossi: orders@example.com\n"
            f"11/7/24, 8:05 PM - Yossi: {password}\n11/7/24, 8:06 PM - Feigy: a dank\n")
    assert _secrets(engine, "ops/chats/WhatsApp Chat with Yossi.txt", text) == [(3, password)]


def test_a_chat_reply_below_no_password_question_passes(engine: Engine) -> None:
    text = f"11/7/24, 8:02 PM - Feigy: vos iz der numer fun dem bestelung?\n11/7/24, 8:05 PM - Yossi: {_chosen(2)}\n"
    assert _secrets(engine, "ops/chats/WhatsApp Chat with Yossi.txt", text) == []


# --- a plain-text note named as one ------------------------------------------------------------------------------------

@pytest.mark.parametrize("filename", ["sekretariat/catatan-meja.txt", "office/notes-desk.txt", "kontor/notitsn_kontor.txt",
                                      "office/cathetan_router.txt"])
def test_a_note_named_as_one_reads_its_login_pair(engine: Engine, filename: str) -> None:
    password = drawn(_SEED + 20, 18)
    text = f"CATATAN (aja dibuang!)\nPrinter: Epson L3210\nRouter admin (192.168.1.1): user admin, pass {password}\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("filename", ["release-notes.txt", "docs/notes-desk.txt"])
def test_release_notes_and_a_docs_tree_stay_documentation(engine: Engine, filename: str) -> None:
    text = "Changes\n- the router's admin login is now: user admin, pass set-on-first-boot\n"
    assert _secrets(engine, filename, text) == []


# --- a sentence giving the password after its word and the copula: Hmong's `yog`, Indonesian's `adalah`, Javanese's
# `yaiku`, Yiddish's `iz` ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "[11/22/24 6:43 PM] Kou: Password yog {pw}",  # (Hmong, an SMS export)
    "Lo lus zais rau lub router yog {pw}",  # (Hmong's own word)
    "Kata sandi wifi kantor adalah {pw}",  # (Indonesian)
    "sandine router saiki yaiku {pw}",  # (Javanese: the router's password now is …)
    "password-nya adalah {pw} (jangan disebar)",  # (Indonesian, the word borrowed with its possessive)
    "dos parol fun dem NAS iz {pw}",  # (Yiddish, YIVO's letters)
])
def test_a_sentence_with_the_languages_copula_blocks(engine: Engine, line: str) -> None:
    password = _chosen(3)
    text = f"notes\n\n{line.format(pw=password)}\n"
    assert _secrets(engine, "catering/notes/sms_2024-11.txt", text) == [(3, password)]


@pytest.mark.parametrize("line", [
    "Password yog hloov lawm, nug Kou",  # (the password was changed, ask Kou)
    "kata sandi adalah kombinasi huruf dan angka",  # (a password is a mix of letters and digits)
    "sandi wifi iku ana ing Bitwarden, item LarasMadya-Tamu",
    "dos parol iz in 1Password",
])
def test_prose_after_the_copula_passes(engine: Engine, line: str) -> None:
    assert _secrets(engine, "catering/notes/sms_2024-11.txt", f"notes\n\n{line}\n") == []


# --- a head-first label: Yiddish's `parol` and `פּאַראָל` after their article, Dhivehi's `ޕާސްވޯޑް`, Indonesian's `kata
# sandi` ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- dos parol far dem tablet in oyto (Square Team app): {pw}",
    "- דאָס פּאַראָל פֿון דעם NAS (admin): {pw}",
    "- דאס פאראל פון דעם NAS: {pw}",  # (its points left out)
    "  ޕާސްވޯޑް: {pw}",
    "  ޕާސްވޯޑު (UniFi): {pw}",
    "Kata sandi WiFi kantor: {pw}",
])
@pytest.mark.parametrize("filename", ["ops/notes/shloime-notitsn.txt", "team/notes/iberentfer.md"])
def test_a_head_first_label_in_the_languages_blocks(engine: Engine, line: str, filename: str) -> None:
    password = _chosen(4)
    text = f"notitsn\n=======\n{line.format(pw=password)}\n- fraytik: ershte rund 10:30\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("line", [
    "- dos parol far dem tablet: ikh vel es dir zogn",  # (I will tell you)
    "- דאָס פּאַראָל פֿון דעם NAS: ********",
    "  ޕާސްވޯޑް: ބަދަލުކުރި",  # (changed)
])
def test_a_head_first_label_without_a_password_passes(engine: Engine, line: str) -> None:
    assert _secrets(engine, "ops/notes/notitsn.txt", f"notitsn\n\n{line}\n") == []


# --- a code span after `sandi`, `kata sandi`, `kata laluan`, or after a credential's word with a possessive suffix ----------

def test_a_new_password_wrapped_into_its_span_below_blocks_in_the_minutes(engine: Engine) -> None:
    password = _chosen(5)
    text = ("# Notulen rapat pengurus\n\n2. **Akun email koperasi** — akun admin Google Workspace ganti sandi, sandi anyar:\n"
            f"   `{password}` (dicathet ing buku kas ijo).\n3. **Ongkir gratis** — mung Jawa-Bali.\n")
    assert _secrets(engine, "koperasi/notulen/2024-01-rapat-pengurus.md", text) == [(4, password)]
    text = f"- Kata sandi baru akun admin: `{password}`\n- kata laluan aplikasi kaunter adalah `{_chosen(6)}`\n"
    assert _secrets(engine, "koperasi/notulen/2024-01-rapat.md", text) == [(1, password), (2, _chosen(6))]


@pytest.mark.parametrize("line", [
    "  Tripay durung mlebu Bitwarden, iki private key-ne: `{key}`",  # (Javanese)
    "- Tripay belum masuk Bitwarden, ini private key-nya: `{key}`",  # (Indonesian)
])
def test_a_key_with_a_possessive_suffix_in_a_handover_blocks(engine: Engine, line: str) -> None:
    key = "-".join(drawn(_SEED + 40 + part, 5) for part in range(5))
    text = f"# Serah terima IT toko\n\n{line.format(key=key)}\n"
    assert _secrets(engine, "toko-batik/docs/serah-terima-it.md", text) == [(3, key)]


@pytest.mark.parametrize("line", ["- kata sandi: `********`", "- sandi wifi: `<sandi-wifi>`", "- password-nya: `${ADMIN_PASSWORD}`"])
def test_a_stand_in_span_after_the_words_passes(engine: Engine, line: str) -> None:
    assert _secrets(engine, "toko-batik/docs/serah-terima-it.md", f"# Serah terima\n\n{line}\n") == []


def test_an_app_password_named_before_other_words_blocks_below_its_line(engine: Engine) -> None:
    value = _spaced(_app_password(2))
    text = ("# Treasurer handoff\n\n3. Email reports (Google Workspace): script `send_monthly_report.py` siv app password no:\n"
            f"   `{value}`\n   (yog tias hloov Google password, app password no yuav tsis ua haujlwm lawm)\n")
    assert _secrets(engine, "docs/board/treasurer-handoff.md", text) == [(4, value)]


# --- a meeting's transcript (WebVTT, SubRip) --------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "Dimas: Client secret-e {secret} — ning engko tak lebokke Bitwarden wae mbak.",  # (Javanese)
    "Dimas: The client secret is {secret}, I'll put it in Bitwarden.",
    "<v Dimas>secret-nya adalah {secret}</v>",  # (Indonesian, a voice tag)
])
@pytest.mark.parametrize("filename", ["sekretariat/transkrip-rapat-zoom.vtt", "meetings/standup.srt"])
def test_a_secret_said_in_a_transcript_blocks(engine: Engine, said: str, filename: str) -> None:
    text = f"WEBVTT\n\n00:12:17.010 --> 00:12:24.300\n{said.format(secret=_HEX_SECRET)}\n"
    assert _secrets(engine, filename, text) == [(4, _HEX_SECRET)]


def test_a_password_said_in_a_transcript_blocks(engine: Engine) -> None:
    password = _chosen(7)
    text = f"1\n00:12:17,010 --> 00:12:24,300\nAna: the router password is {password}, change it later\n"
    assert _secrets(engine, "meetings/standup.srt", text) == [(3, password)]


@pytest.mark.parametrize("said", [
    "Dimas: the secret is that nobody reads the docs",
    "Dimas: client secret-e ana ing Bitwarden, item spotify-api",
    "Dimas: the password is in Bitwarden, ask Woro",
])
def test_prose_in_a_transcript_passes(engine: Engine, said: str) -> None:
    text = f"WEBVTT\n\n00:12:17.010 --> 00:12:24.300\n{said}\n"
    assert _secrets(engine, "sekretariat/transkrip-rapat-zoom.vtt", text) == []
