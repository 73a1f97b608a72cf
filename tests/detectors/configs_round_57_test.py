"""Blind round 57 (the share of configurations, logs, CSV and numeric passwords): Malay's password word `kata laluan`
naming a setting (`kata_laluan = …` in an INI section, `KATA_LALUAN=` in an .env, a YAML key); a device console's
session saved as a log, each command after its prompt (`shop-udm# set system login user U authentication
plaintext-password '…'`, `core-sw(config)# username U secret 0 …`). Decoys: the same forms holding a hash, a blank, a
placeholder, and a documentation page's prompted example. Through the engine. Generated fakes only (seeds
4230000-4239999)."""
from __future__ import annotations

import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking

_SHORT_WORDS = ("rimba", "pantai", "bukit", "sungai", "tasik", "lembah", "teluk", "padang", "dune", "opal", "sage", "kelp")


def _password(seed: int) -> str:
    """A chosen password: a capitalised word, a symbol, another word and digits."""
    generator = random.Random(seed)
    first, second = generator.sample(_SHORT_WORDS, 2)
    return f"{first.title()}{generator.choice('%#!*')}{second.title()}{generator.randint(1000, 9999)}"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- Malay's `kata laluan` naming a password setting ----------------------------------------------------------------------

_MALAY_PASSWORD = _password(4230000)


@pytest.mark.parametrize("filename, text", [
    ("config/kaunter.ini", f"[emel]\nhost = smtp.office365.com\nport = 587\npengguna = kaunter@kedai.example.my\n"
                           f"kata_laluan = {_MALAY_PASSWORD}\n"),
    ("config/kaunter.ini", f"[pangkalan_data]\nkata_laluan_db = {_MALAY_PASSWORD}\n"),
    (".env", f"SMTP_KATA_LALUAN={_MALAY_PASSWORD}\n"),
    ("config/app.yaml", f"emel:\n  kata_laluan: {_MALAY_PASSWORD}\n"),
])
def test_a_password_named_in_malay_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_MALAY_PASSWORD]


@pytest.mark.parametrize("text", [
    "[emel]\nkata_laluan = ${SMTP_KATA_LALUAN}\n",
    "[emel]\nkata_laluan =\n",
    "[emel]\nkata_laluan = <kata laluan anda>\n",
    "[emel]\nkata_laluan = changeme\n",
])
def test_a_malay_password_setting_without_its_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "config/kaunter.ini", text) == []


# --- a device console's session saved as a log: each command after its prompt --------------------------------------------

_CONSOLE_PASSWORD = _password(4230010)


@pytest.mark.parametrize("filename, text", [
    ("ops/logs/vpn-setup-2025-05-02.txt",
     "shop-udm# configure\nshop-udm# set vpn wireguard wg0 listen-port 51820\n"
     f"shop-udm# set system login user support authentication plaintext-password '{_CONSOLE_PASSWORD}'\n"
     "shop-udm# commit ; save\nSaving configuration to '/config/config.boot'...\nDone\n"),
    ("ops/logs/er-x.log", f"admin@er-x# set system login user ops authentication plaintext-password {_CONSOLE_PASSWORD}\n"),
    ("ops/logs/vyos-session.txt",
     f"vyos@edge1# set system host-name edge1\nvyos@edge1# set service snmp community {_CONSOLE_PASSWORD} authorization ro\n"),
    ("ops/logs/core-sw.txt",
     f"core-sw# conf t\ncore-sw(config)# username ops privilege 15 secret 0 {_CONSOLE_PASSWORD}\ncore-sw(config)# end\n"),
])
def test_a_console_sessions_command_after_its_prompt_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_CONSOLE_PASSWORD]


@pytest.mark.parametrize("filename, text", [
    # (stored hashed, blank, a placeholder)
    ("ops/logs/setup.txt", "shop-udm# configure\n"
                           "shop-udm# set system login user ops authentication encrypted-password '$6$Qm3xV8$Lk2Tz9Rw4Hp7Nc'\n"),
    ("ops/logs/setup.txt", "shop-udm# configure\nshop-udm# set system login user ops authentication plaintext-password ''\n"),
    ("ops/logs/setup.txt", "shop-udm# configure\n"
                           "shop-udm# set system login user ops authentication plaintext-password '<password>'\n"),
    ("ops/logs/core-sw.txt", "core-sw# conf t\ncore-sw(config)# username ops privilege 15 secret 9 $9$Qm3xV8Lk2Tz9Rw4Hp7Nc\n"),
    # (a documentation page's prompted example)
    ("docs/edgeos.md", f"```\nvyos@vyos# set system login user ops authentication plaintext-password '{_CONSOLE_PASSWORD}'\n```\n"),
    # (a prompt's likeness in prose)
    ("notes.txt", "Remember: root# is the prompt.\nuser> set the clock before you start\n"),
])
def test_a_console_session_without_a_clear_password_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
