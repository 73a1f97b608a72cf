"""Blind round 58: a Swahili, Basque, Mongolian, Armenian or Bengali team's handover notes, device tables and vendor
pages give a password in their own words. Swahili calls it `nenosiri`, Basque `pasahitza` (`pasahitz` its stem), Mongolian
`нууц үг`, Armenian `գաղտնաբառ` (`գաղտնաբառը` with its article; its colon `՝`), Bengali `পাসওয়ার্ড`: read by the readers
the Romance, Slavic, Baltic, Hebrew and Georgian words go through (not copies), as a list item's or a sentence's code
span or bold after the word and a Markdown table's password column (a bilingual header too, `| Nenosiri / Password |`).
A cell or a sentence saying where the password is and a placeholder stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Kilimanjaro", "Simba", "Gorbea", "Aralar", "Khangai", "Tuul", "Aragats", "Sevan", "Padma", "Sundarban", "Serengeti")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Simba!Sevan4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@.") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(4700100 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)


@pytest.mark.parametrize("key", ["nenosiri", "Pasahitza", "routerraren pasahitza", "Нууц үг", "neno la siri", "գաղտնաբառ",
                                 "Գաղտնաբառը", "পাসওয়ার্ড", "পাসওয়ার্ড", "DB_পাসওয়ার্ড"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


def test_a_bengali_word_is_one_word_with_its_vowel_signs() -> None:
    assert key_words("পাসওয়ার্ড") == ("পাসওয়ার্ড",)


# --- a list item's or a sentence's password after its word ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Grabagailua (NVR): http://192.168.50.2 - erabiltzailea `admin`, pasahitza `{pw}`",  # (Basque's)
    "- Pasahitza: `{pw}`",
    "- pasahitza da `{pw}`",
    "- Nenosiri: `{pw}`",  # (Swahili's)
    "- Router: mtumiaji `admin`, nenosiri ni `{pw}`",
    "- Neno la siri: `{pw}`",  # (Swahili's written apart: no `nenosiri` on the line to trigger its readers)
    "- Seva ya barua: neno la siri ni `{pw}`",
    "- Нууц үг: `{pw}`",  # (Mongolian's)
    "- Хэрэглэгч `admin`, нууц үг `{pw}`",
    "- Հեռավար մուտք՝ TeamViewer ID 1 284 557 903, գաղտնաբառ `{pw}`",  # (Armenian's)
    "- 1C սերվերի ադմին գաղտնաբառը՝ `{pw}`",
    "- 1C սերվերի ադմին գաղտնաբառը՝ **{pw}** (օգտվող `Администратор`)",
    "- পাসওয়ার্ড: `{pw}`",  # (Bengali's)
    "- রাউটার পাসওয়ার্ড `{pw}`",
])
def test_a_swahili_basque_mongolian_armenian_or_bengali_password_after_its_word_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# IT\n\n1. Lehenik.\n{item.replace('{pw}', password)}\n- Kontaktua: IT, 212.\n"
    assert _secrets(engine, "docs/handover/aldaketa.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Pasahitza: ikus Bitwarden",
    "- Pasahitza: `<pasahitza>`",
    "- Nenosiri: iko kwenye 1Password",
    "- nenosiri: `${ROUTER_PASSWORD}`",
    "- Нууц үг: Vault дотор",
    "- Нууц үг: `changeme`",
    "- գաղտնաբառ `<գաղտնաբառ>`",
    "- পাসওয়ার্ড বদলানোর পর Bitwarden-এ আপডেট করবেন।",
    "- পাসওয়ার্ড: `password`",
])
def test_a_label_in_these_languages_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/handover/aldaketa.md", f"# IT\n\n{item}\n") == []


# --- a Markdown table's password column -------------------------------------------------------------------------------

@pytest.mark.parametrize("user, header", [("Mtumiaji", "Nenosiri"), ("Mtumiaji / User", "Nenosiri / Password"),
                                          ("Erabiltzailea", "Pasahitza"), ("Хэрэглэгч", "Нууц үг"),
                                          ("Օգտվող", "Գաղտնաբառ"), ("ইউজার", "পাসওয়ার্ড")])
def test_a_password_column_in_these_languages_blocks(engine: Engine, user: str, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Vifaa\n\n| Huduma | IP | {user} | {header} |\n|---|---|---|---|\n"
            f"| Router | 10.30.0.1 | admin | {password} |\n| NAS | 10.30.0.5 | itadmin | Vault дотор |\n"
            f"| Printer | 10.30.1.2 | admin | angalia lebo chini ya printer |\n")
    assert _secrets(engine, "docs/net/vifaa.md", text) == [(5, password)]


def test_a_bilingual_header_naming_no_password_on_one_side_is_no_password_column(engine: Engine) -> None:
    text = ("# Vifaa\n\n| Huduma | Mtumiaji / User | Maelezo / Notes |\n|---|---|---|\n"
            "| Router | admin | Kilimanjaro-Simba-Serengeti |\n")
    assert _blocked(engine, "docs/net/vifaa.md", text) == []


# --- a login's pair: its word in these languages, or an administrator's account after any label ------------------------

@pytest.mark.parametrize("item", [
    "- লগইন: `admin` / `{pw}`",  # (Bengali's login)
    "- Մուտք: admin / {pw}",  # (Armenian's)
    "- Нэвтрэх: `admin` / `{pw}`",  # (Mongolian's)
    "  - MikroTik: `admin` / `{pw}` (badilisha baada ya msimu!)",  # (a device's administrator account after its name)
    "- NVR: `root` / `{pw}`",
    "Роутерын админ: **admin / {pw}**",  # (in one bold span)
    "Router: **admin / {pw}**",
])
def test_a_login_pair_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[2]
    text = f"# IT\n\n- Solar: panels 6.\n{item.replace('{pw}', password)}\n- Maji: lita 2000.\n"
    assert _secrets(engine, "docs/camps/checklist.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Roles: `admin` / `viewer`",
    "- Branches: `main` / `release-2024.10`",
    "- Router: **admin / see Bitwarden**",
    "- MikroTik: `admin` / `<password>`",
])
def test_a_pair_naming_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/camps/checklist.md", f"# IT\n\n{item}\n") == []


@pytest.mark.parametrize("header", ["Մուտք", "Нэвтрэх", "লগইন"])
def test_a_login_column_in_these_languages_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[3]
    text = (f"# Ցանց\n\n| Սարք | Հասցե | {header} |\n|------|-------|-------|\n"
            f"| MikroTik hAP ax2 | 192.168.88.1 | admin / `{password}` |\n| Wi-Fi | — | տես սառնարանի վրա |\n")
    assert _secrets(engine, "docs/office-network.md", text) == [(5, password)]


# --- a CSV inventory's columns headed in these languages --------------------------------------------------------------

def _drawn(seed: int) -> str:
    """A device's admin password as its setup drew it: ten letters and digits, both cases."""
    generator = random.Random(seed)
    return "".join(generator.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9)) + "7"


@pytest.mark.parametrize("header", ["gailua,kokapena,ip,erabiltzailea,pasahitza,oharra",
                                    "kifaa,mahali,ip,mtumiaji,nenosiri,maelezo",
                                    "төхөөрөмж,байршил,ip,хэрэглэгч,нууц үг,тайлбар"])
def test_a_device_inventory_headed_in_these_languages_blocks_its_passwords(engine: Engine, header: str) -> None:
    password = _drawn(4700200)
    text = (f"{header}\nMikroTik hAP ac3,bulegoa,192.168.88.1,admin,ikus Bitwarden,\n"
            f"Carel,upategia,192.168.40.31,admin,{password},aldatua\n")
    assert _secrets(engine, "docs/inbentarioa/gailuak_2024.csv", text) == [(3, password)]


def test_a_device_inventory_without_a_password_column_is_not_read(engine: Engine) -> None:
    text = "gailua,kokapena,ip,erabiltzailea,oharra\nCarel,upategia,192.168.40.31,admin,Xk3pRq9TzW7\n"
    assert _blocked(engine, "docs/inbentarioa/gailuak_2024.csv", text) == []


# --- the words as a setting's key in code and configurations (the key judgement names them a password's: the literal
# reader must be given the line) -------------------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("mipangilio/seva.py", 'NENOSIRI = "{pw}"\n'),
    ("deploy/.env", "DB_NENOSIRI={pw}\n"),
    ("config/zerbitzaria.yml", "datubasea:\n  pasahitza: {pw}\n"),
    ("src/konfig.js", 'const konfig = {{ PASAHITZA: "{pw}" }};\n'),
    ("config/сервер.yml", "өгөгдлийн_сан:\n  нууц_үг: {pw}\n"),
    ("deploy/.env", "НУУЦ_ҮГ={pw}\n"),
    ("config/սերվեր.py", 'գաղտնաբառ = "{pw}"\n'),
    ("src/main/java/Sinatzailea.java", 'class S {{\n    private static final char[] PASAHITZA = "{pw}".toCharArray();\n}}\n'),
])
def test_a_setting_named_by_these_words_blocks(engine: Engine, filename: str, template: str) -> None:
    password = _chosen(4810010)
    assert [secret for _, secret in _secrets(engine, filename, template.format(pw=password))] == [password]


@pytest.mark.parametrize("filename, text", [
    ("locale/sw.json", '{"nenosiri": "Nenosiri", "nenosiri_jipya": "Nenosiri jipya"}\n'),
    ("locale/eu.yml", "eu:\n  pasahitza: Pasahitza\n  pasahitza_ahaztu: Pasahitza ahaztu duzu?\n"),
    ("locale/mn.yml", "mn:\n  нууц_үг: Нууц үг\n"),
    ("mipangilio/seva.py", 'NENOSIRI = os.environ["NENOSIRI"]\n'),
])
def test_a_setting_named_by_these_words_over_no_password_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
