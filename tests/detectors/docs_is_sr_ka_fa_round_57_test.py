"""Blind round 57: an Icelandic, Serbian, Georgian or Persian team's handover notes, device tables and onboarding pages
give a password in their own words. Icelandic calls it `lykilorð` (`lykilord` unaccented, `lykilorðið` definite),
Serbian `лозинка` in Cyrillic as `lozinka` in Latin (`лозинку` its object), Georgian `პაროლი`, Persian `رمز`, `رمز عبور`
or `گذرواژه`: read by the readers the Romance, Slavic, Baltic and Hebrew words go through (not copies), as a list item's
or a sentence's code span after the word and a Markdown table's password column. A cell or a sentence saying where the
password is (`sjá 1Password`, `у 1Password трезору`) and a placeholder stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Hekla", "Katla", "Esja", "Zlatibor", "Tara", "Kazbegi", "Ushba", "Tabriz", "Yazd", "Kerman", "Thingvellir", "Avala")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Hekla!Tara4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(4270100 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)


# --- a list item's or a sentence's password after its word ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- MQTT miðlari: `mqtt.example.is`, notandi `ops-admin`, lykilorð `{pw}`",  # (Icelandic's)
    "- Lykilorð: `{pw}`",
    "- Lykilord: `{pw}`",
    "Lykilorðið er `{pw}`.",
    "2. **Proxmox** (`https://10.20.0.2:8006`): корисник `root@pam`, лозинка `{pw}`",  # (Serbian's, in Cyrillic)
    "   - лозинка: `{pw}`",
    "- Лозинка за рутер: `{pw}`",
    "Лозинка је `{pw}`.",
    "- UniFi კონტროლერი: მომხმარებელი `mestia-admin`, პაროლი `{pw}`",  # (Georgian's)
    "- პაროლი: `{pw}`",
    "  - رمز عبور: `{pw}`",  # (Persian's)
    "  - رمز: `{pw}`",
    "- گذرواژه: `{pw}`",
])
def test_an_icelandic_serbian_georgian_or_persian_password_after_its_word_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# IT\n\n1. Fyrst.\n{item.replace('{pw}', password)}\n- Tengiliður: IT, 212.\n"
    assert _secrets(engine, "docs/handover/vaktaskipti.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Lykilorð: sjá 1Password",
    "- Lykilorð: `<lykilorð>`",
    "- лозинка: у 1Password трезору „ИТ“",
    "- лозинка: `${ROUTER_PASSWORD}`",
    "- პაროლი: `<პაროლი>`",
    "- رمز: در 1Password (خزانه «کارگاه»)",
    "- رمز عبور: `changeme`",
    "Wi-Fi gesta: `Gestir`, lykilorð prentað á skilti í móttöku.",
])
def test_an_icelandic_serbian_georgian_or_persian_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/handover/vaktaskipti.md", f"# IT\n\n{item}\n") == []


# --- a Markdown table's password column -------------------------------------------------------------------------------

@pytest.mark.parametrize("user, header", [("Notandi", "Lykilorð"), ("Корисник", "Лозинка"), ("მომხმარებელი", "პაროლი"),
                                          ("کاربر", "رمز"), ("کاربر", "رمز عبور")])
def test_an_icelandic_serbian_georgian_or_persian_password_column_blocks(engine: Engine, user: str, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Tæki\n\n| Tæki | IP | {user} | {header} |\n|---|---|---|---|\n"
            f"| Beinir | 10.30.0.1 | admin | {password} |\n| Cloud Key | 10.30.0.5 | ubnt-admin | (sjá 1Password) |\n"
            f"| Rofi | 10.30.1.2 | — | SSH lykill |\n")
    assert _secrets(engine, "docs/net/taeki.md", text) == [(5, password)]


def test_a_persian_wifi_tables_key_column_blocks(engine: Engine) -> None:
    generator = random.Random(4270150)
    passphrase = "-".join(generator.choice(("medallion", "lattice", "border", "indigo", "saffron", "warp")) for _ in range(4)) + "91"
    text = (f"## شبکه\n| نام شبکه | کاربرد | رمز |\n|---|---|---|\n| Office-Staff | کارکنان | `{passphrase}` |\n"
            f"| Office-Guest | مشتریان | روی کارت چاپ شده |\n")
    assert _secrets(engine, "docs/fa/office-it.md", text) == [(4, passphrase)]
