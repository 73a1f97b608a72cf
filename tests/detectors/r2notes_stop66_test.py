"""Blind round of stop 66, second notes share (notes, runbooks and meeting notes in Tigrinya, Igbo, Somali and Central
Kurdish): the forms a team's own text gives a credential in. Through the engine. Generated fakes only: seeds
7930000-7930999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Tenaya", "Olancha", "Kaweah", "Minaret", "Ritter", "Piute", "Tioga", "Mono", "Lembert", "Cathedral")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Tenaya#Kaweah4821`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@$.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(7930000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)


# --- Tigrinya's `ቃል ምሕላፍ` / `መሕለፊ ቃል` and Central Kurdish's `وشەی نهێنی` in a sentence of their scripts ----------------

@pytest.mark.parametrize("line", [
    "- ናይ weighbridge ተጠቃሚ ኣብ ዳታቤዝ ሓድሽ ቃል ምሕላፍ ሂበዮ: {pw} (ንሰሙን ጥራይ፡ ድሕሪኡ ቀይሮ)",  # (I gave it a new password: …)
    "- መሕለፊ ቃል፦ {pw}",  # (the Ethiopic preface colon)
    "- ቃል ምሕላፍ: {pw}",
    "2. چوونەژوورەوە بۆ پانێڵی کۆگا بە بەکارهێنەری office و وشەی نهێنی {pw}",  # (with the user office and password …)
    "- وشەی نهێنی: {pw}",
    "- وشەی تێپەڕ {pw}",
])
@pytest.mark.parametrize("filename", ["docs/notes/2026-11-handover.txt", "ops/notes/setup.md", "notes/setup.txt"])
def test_a_tigrinya_or_sorani_sentence_giving_its_password_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[0]
    text = f"Handover 2026-11\n\n{line.format(pw=password)}\n- 192.168.10.40\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("filename", ["hawler-mafur/notes/new-laptop-setup.md", "notes/setup.txt"])
def test_a_notes_sorani_sentence_with_its_user_in_a_span_blocks(engine: Engine, filename: str) -> None:
    password = _CHOSEN[0]  # (a note's; a documentation page's line holding a span is read by its span readers)
    line = f"2. چوونەژوورەوە بۆ پانێڵی کۆگا: https://erp.example.krd بە بەکارهێنەری `office` و وشەی نهێنی {password}"
    # (`in`: a page's URL before the sentence has the in-script reader find the value a second time with a `"` after it,
    # as it does after Russian's `пароль` on main; see the stop's report)
    assert (3, password) in _secrets(engine, filename, f"# لاپتۆپی نوێ\n\n{line}\n")


def test_the_tigrinya_sentence_alone_on_its_line_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]  # (the prefilter admits the line by the word itself)
    assert _secrets(engine, "docs/notes/handover.txt", f"ሓድሽ ቃል ምሕላፍ ሂበዮ: {password} (ንሰሙን ጥራይ)\n") == [(1, password)]
    assert _secrets(engine, "notes/setup.md", f"و وشەی نهێنی {password}\n") == [(1, password)]


@pytest.mark.parametrize("line", [
    "ቃል ምሕላፍ ንምቕያር ኣብዚ ጠውቑ: https://example.com/reset",  # (to change the password, click here: <link>)
    "ቃል ምሕላፍ ሓድሽ ንምግባር: Settings/Security/ChangePassword",  # (a menu's path)
    "ቃል ምሕላፍ ኣብ Bitwarden ኣሎ።",  # (the password is in Bitwarden)
    "ቃል ምሕላፍ: ********",
    "وشەی نهێنی لە Bitwarden دایە",
    "وشەی نهێنی بگۆڕە لە Settings/Account/Security",
])
def test_a_sentence_about_the_password_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "docs/notes/handover.txt", f"Handover\n\n{line}\n") == []


# --- Igbo's `paswọọdụ` (and `okwu ntughe`), what it is for, its copula `bụ`, then the value --------------------------------

@pytest.mark.parametrize("line", [
    "- Paswọọdụ router admin bụ {pw} - biko agwala ndị ọkwọ ụgbọala",  # (… please don't tell the drivers)
    "- paswọdụ Wi-Fi bụ {pw}",
    "- Paswo\u0323o\u0323du\u0323 router bụ {pw} (gbanwee ya)",  # (its dots as combining marks)
    "- Okwu ntughe router admin bụ {pw}",
])
@pytest.mark.parametrize("filename", ["ji-ops/notes/depot.txt", "ops/runbooks/router.txt"])
def test_an_igbo_sentence_giving_its_password_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[2]
    text = f"Depot - ihe ndị ọhụrụ\n\n{line.format(pw=password)}\n- Weighbridge PC: WB-01\n"
    assert _secrets(engine, filename, text) == [(3, password)]


def test_the_igbo_sentence_alone_on_its_line_blocks(engine: Engine) -> None:
    password = _CHOSEN[2]
    assert _secrets(engine, "notes/depot.txt", f"Paswọọdụ router admin bụ {password}\n") == [(1, password)]


@pytest.mark.parametrize("line", [
    "- Paswọọdụ router admin bụ nke ọhụrụ",  # (is a new one)
    "- Paswọọdụ bụ ihe nzuzo - biko agwala onye ọ bụla",  # (the password is a secret)
    "- Paswọọdụ router admin bụ ********",
])
def test_an_igbo_sentence_about_the_password_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/depot.txt", f"Depot\n\n{line}\n") == []


# --- Somali: `erayga sirta` (its `erayga` spelling) with `ah` before `waa`, and a runbook's numbered step ------------------

@pytest.mark.parametrize("line", [
    "- Erayga sirta ah waa **{pw}** (Cabdi ayaa beddelay 2026-10-02)",  # (the password is … (Cabdi changed it))
    "- Erayga sirta admin-ka waa `{pw}`",
])
@pytest.mark.parametrize("filename", ["wiki/hawlgal/router.md", "ops/notes/router.md"])
def test_a_somali_sentence_with_erayga_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[3]
    text = f"# Router-ka xarunta\n\n- IP: 192.168.88.1\n{line.format(pw=password)}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "3. Erayga sirta: {pw}",
    "3) Erayga sirta: {pw}",
    "12. Kalmar sirri: {pw}",  # (Hausa's, as any head-first label)
])
def test_a_runbooks_numbered_step_giving_the_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[4]
    text = f"VPN-ka - tilmaamo\n=================\n1. Fur FortiClient\n{line.format(pw=password)}\n"
    assert _secrets(engine, "ops/runbooks/vpn.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "3. Erayga sirta: weydii Cabdi",  # (ask Cabdi)
    "3. Erayga sirta: changeme",
    "- Erayga sirta ah waa **mid adag**",  # (a strong one)
    "- Erayga sirta ah waa **lagu beddelay**",  # (was changed)
])
def test_a_somali_line_about_the_password_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "ops/runbooks/vpn.txt", f"VPN\n\n{line}\n") == []
    assert _blocked(engine, "wiki/hawlgal/vpn.md", f"# VPN\n\n{line}\n") == []


# --- Somali's login word `gelitaanka`, what it signs in to after it, `waa`, then a pair in code spans ---------------------

@pytest.mark.parametrize("line", [
    "- Cabdiqani: gelitaanka RDP waa `ocr-admin` / `{pw}` ilaa Jimcaha.",  # (the RDP login is … until Friday)
    "- Gelitaanka server-ka OCR waa `ocr-admin` / `{pw}`.",
    "- Gelitaanka: `ocr-admin` / `{pw}`",
])
@pytest.mark.parametrize("filename", ["docs/shir/2026-11-20-kulanka.md", "ops/notes/kulanka.md"])
def test_a_somali_login_pair_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[5]
    text = f"# Kulanka hawlgalka\n\nGoobjoogayaal: Hodan, Xamse\n\n{line.format(pw=password)}\n"
    assert _secrets(engine, filename, text) == [(5, password)]


def test_the_somali_login_pair_alone_on_its_line_blocks(engine: Engine) -> None:
    password = _CHOSEN[5]
    assert _secrets(engine, "docs/shir/kulanka.md", f"gelitaanka RDP waa `ocr-admin` / `{password}`\n") == [(1, password)]


@pytest.mark.parametrize("line", [
    "- Cabdiqani: gelitaanka RDP waa `read` / `write`.",  # (two permissions)
    "- Cabdiqani: gelitaanka RDP waa `ocr-admin` / `ocr-admin`.",  # (the user twice)
    "- Gelitaanka RDP waa mid ku meel gaar ah / `Geel-Hargeysa`",  # (no pair: prose before the slash)
])
def test_a_somali_line_about_the_login_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "docs/shir/kulanka.md", f"# Kulanka\n\n{line}\n") == []
