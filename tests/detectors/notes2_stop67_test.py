"""Blind round of stop 67, second notes share (notes, minutes, handovers, e-mails and runbooks in Tok Pisin, Buryat and
Russian, Ewe and French, Upper Sorbian and German, Ilocano): the forms a team's own text gives a credential in. Through
the engine. Generated fakes only: seeds 8660000-8660999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Sprjewja", "Lipa", "Krosna", "Olkhon", "Tunka", "Danyi", "Kpeme", "Markham", "Loloata", "Vigan")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Lipa#Krosna4658`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@_") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(8660000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and value[-4:].isdigit() for value in _CHOSEN)


# --- the West Slavic password words, Polish's `hasło`, Czech's and Slovak's `heslo`, Upper Sorbian's `hesło` ------------

@pytest.mark.parametrize("line", [
    "nachwilne hesło je {pw} - prošu po prěnim přizjewjenju změnić!",  # (Upper Sorbian: the temporary password is …)
    "tymczasowe hasło jest {pw} (zmień po pierwszym logowaniu)",  # (Polish)
    "dočasné heslo je {pw}, prosím změnit",  # (Czech)
])
@pytest.mark.parametrize("filename", ["wiki/muzej/notica.txt", "notes/zastupjenje.txt"])
def test_a_west_slavic_sentence_giving_its_password_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[0]
    text = f"Notica za Hanku\n\nKasa: rano w 9:45 zapinać.\n{line.format(pw=password)}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


def test_upper_sorbian_labelled_password_in_a_mail_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = (f"From: Jurij <jurij@muzej.example.de>\nTo: Hanka <hanka@muzej.example.de>\nSubject: Přistup\n\nLuba Hanka,\n\n"
            f"wužiwar: hanka.nowak\nhesło: {password}\n\nPostrow, Jurij\n")
    assert _secrets(engine, "wiki/muzej/mejlka.eml", text) == [(8, password)]
    assert _secrets(engine, "notes/sorbian.txt", f"Serwer\n\nhesło: {password}\n") == [(3, password)]


@pytest.mark.parametrize("line", [
    "hasło jest wymagane przy logowaniu do systemu",  # (the password is required when signing in)
    "heslo je uloženo v Bitwardenu, položka Sprjewja-trezor",  # (the password is kept in Bitwarden, item …)
    "Hesło je na lisćiku w kasy",  # (the password is on the slip in the till)
    "hesło: ********",
])
def test_a_west_slavic_sentence_about_the_password_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/zastupjenje.txt", f"Notica\n\n{line}\n") == []


# --- a label in the note's language glossed by a colonial language's password word, what it is for after the gloss ----

@pytest.mark.parametrize("line", [
    "Gbeƒãɖeɖenya (mot de passe) routeur admin: {pw}",  # (Ewe, glossed in French: the router admin's password)
    "Gbeƒãɖeɖenya (mot de passe): {pw}",
    "Gbeƒãɖeɖenya (password) router admin: {pw}",
])
def test_a_glossed_label_and_what_it_is_for_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[2]
    text = f"Nyatakakawo (Kpalimé)\n----\nWi-Fi: KLOTO-COOP\n{line.format(pw=password)}\nMègatsɔe na ame bubu o!\n"
    assert _secrets(engine, "notes/nyatakakawo_wifi.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "Gbeƒãɖeɖenya (mot de passe) routeur admin: le nouveau",  # (prose, no value)
    "Gbeƒãɖeɖenya (mot de passe) routeur admin: voir_bitwarden",
    "Nkɔ (nom) routeur admin: Danyi*Kpeme4272",  # (a name's gloss, no password's)
])
def test_a_glossed_label_without_a_password_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/nyatakakawo_wifi.txt", f"Nyatakakawo\n\n{line}\n") == []


# --- a Vault unseal key share given to `vault operator unseal` in a runbook --------------------------------------------

def _unseal_share(seed: int) -> str:
    """An unseal key share as `vault operator init` prints it: 33 random bytes in base64 (44 characters)."""
    import base64

    return base64.b64encode(random.Random(seed).randbytes(33)).decode()


@pytest.mark.parametrize("command", [
    "    vault operator unseal {key}",
    "    vault operator unseal -address=https://vault-1.wind.internal:8200 {key}",
    "    vault operator unseal -address https://vault-1.wind.internal:8200 {key}",
    "    vault unseal {key}",  # (before Vault 0.9.2)
])
def test_a_runbooks_unseal_key_share_blocks(engine: Engine, command: str) -> None:
    key = _unseal_share(8660100)
    text = f"# Vault unseal\n\nTi share ni Dado (para iti emergency):\n\n{command.format(key=key)}\n\nKalpasanna: `vault status`.\n"
    assert _secrets(engine, "wind/runbooks/vault-unseal.md", text) == [(5, key)]


@pytest.mark.parametrize("command", [
    "    vault operator unseal",  # (it prompts)
    "    vault operator unseal -reset",
    "    vault operator unseal $UNSEAL_KEY_1",
    "    vault operator unseal <unseal-key-1>",
    "After the reboot do the vault unseal procedure with three keyholders present",
])
def test_an_unseal_without_a_key_gives_none(engine: Engine, command: str) -> None:
    assert _blocked(engine, "wind/runbooks/vault-unseal.md", f"# Vault unseal\n\n{command}\n") == []



# --- a login's user and its password after `pass` (no colon), each in a code span -------------------------------------

@pytest.mark.parametrize("filename", ["docs/notes/2026-11-20-meeting-mmoni.md", "notes/mmoni.txt"])
def test_user_then_pass_in_code_spans_blocks(engine: Engine, filename: str) -> None:
    password = "!j#" + _CHOSEN[3]
    line = f"- Peter i givim test login: user `lhkk_test`, pass `{password}` (sandbox SFTP, sftp-test.mmoni.com.pg)."
    assert _secrets(engine, filename, f"# Miting wantaim MMoni\n\n{line}\n") == [(3, password)]
    assert _secrets(engine, filename, f"# M\n\n- login `ops` / pass `{password}`\n") == [(3, password)]


@pytest.mark.parametrize("line", [
    "- set user `ops` and pass `--verbose` to the tool",  # (an option handed on)
    "- user `ops`, pass `changeme`",  # (a stock password)
    "- pass `{pw}` to the script",  # (no user's span before it: an instruction as often)
])
def test_pass_without_a_login_gives_none(engine: Engine, line: str) -> None:
    assert _blocked(engine, "docs/notes/cli.md", f"# CLI\n\n{line.format(pw=_CHOSEN[3])}\n") == []


# --- Rails' key file saved as text to be handed on (`master.key.txt`) ---------------------------------------------------

def test_a_rails_master_key_saved_as_text_blocks(engine: Engine) -> None:
    key = random.Random(8660200).randbytes(16).hex()
    text = f"# Rails master key (booking) - Kila i givim long Meri\n# Kopim i go long config/master.key long server!\n#\n{key}\n#\n"
    assert _secrets(engine, "booking/config/master.key.txt", text) == [(4, key)]
    assert _secrets(engine, "config/credentials/production.key.txt", f"{key}\n") == [(1, key)]


@pytest.mark.parametrize("filename, text", [
    ("booking/config/master.key.txt", "# Rails master key: ask Kila, it is in Bitwarden\n"),
    ("booking/config/master.key.txt", '<%= ENV["RAILS_MASTER_KEY"] %>\n'),
    ("docs/rails-keys.txt", "# Rails master key\n#\n{key}\n"),  # (a page, no key file: documentation's to judge)
])
def test_no_rails_key_or_no_key_file_gives_none(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(key=random.Random(8660201).randbytes(16).hex())) == []


# --- a login's pair alone on the indented line below the line naming its password -------------------------------------

@pytest.mark.parametrize("label", [
    "- Планшеты гидов: вход по PIN, общий пароль синхронизации группы",  # (the group's shared sync password)
    "- Tablets: shared password for the tablets:",
])
def test_a_pair_below_the_line_naming_its_password_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[4]
    text = f"Передача дел\n\n{label}\n  guide-tablet / {password}\n  (если меняешь — поменять на всех планшетах!)\n"
    assert _secrets(engine, "icetours/notes/handover.txt", text) == [(4, password)]


@pytest.mark.parametrize("label, pair", [
    ("- Wi-Fi password bands", "  2.4GHz / 5GHz"),  # (a choice, no pair)
    ("- общий пароль синхронизации группы", "  guide-tablet / changeme"),  # (a stock password)
    ("- Tablets: sync group", "  guide-tablet / {pw}"),  # (no password's word above)
    ("- общий пароль синхронизации группы", "guide-tablet / {pw} (a paragraph of its own)"),  # (no pair alone)
])
def test_a_pair_below_another_line_gives_none(engine: Engine, label: str, pair: str) -> None:
    text = f"Передача дел\n\n{label}\n{pair.format(pw=_CHOSEN[4])}\n"
    assert _blocked(engine, "icetours/notes/handover.txt", text) == []


# --- a list item's password label, what it is for, its colon, the value in bold (the label wrapping or not) ------------

@pytest.mark.parametrize("item, line", [
    ("3. Временный пароль для подрядчика по холодильникам (учётка `frost-contractor`\n"
     "   на сервере мониторинга): **{pw}** — Баир отключит после 20.12.", 4),  # (the label wrapped, the value below)
    ("3. Временный пароль для подрядчика: **{pw}** — Баир отключит после 20.12.", 3),
    ("3. Temporary password for the contractor (account `frost`): **{pw}** (until Friday)", 3),
])
@pytest.mark.parametrize("filename", ["wiki/Планёрки/2026-12-01.md", "notes/2026-12-01.md"])
def test_a_bold_password_after_its_label_blocks(engine: Engine, filename: str, item: str, line: int) -> None:
    password = _CHOSEN[5]
    text = f"# Планёрка\n\n{item.format(pw=password)}\n4. Мойка CIP: перейти на новую щёлочь.\n"
    assert _secrets(engine, filename, text) == [(line, password)]


@pytest.mark.parametrize("item", [
    "- Password reset: **Settings/Security2**",  # (a menu's trail)
    "- Password length: **at least 12**",
    "- Пароль хранится: **в Bitwarden**",  # (the password is kept in Bitwarden)
    "- Password: **MUST-be-changed-on-first-login**",
])
def test_a_bold_word_after_a_password_label_gives_none(engine: Engine, item: str) -> None:
    assert _blocked(engine, "wiki/Планёрки/2026-12-01.md", f"# Планёрка\n\n{item}\n") == []


# --- an operator's scratch pad, wherever kept, is no documentation -----------------------------------------------------

def _drawn(seed: int, size: int = 16) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(size - 2)) + "7q"


@pytest.mark.parametrize("filename", ["docs/notes/ops-scratch.md", "scratch.txt", "ops/kila_scratchpad.md"])
def test_a_scratch_pads_url_with_a_password_blocks(engine: Engine, filename: str) -> None:
    password = _drawn(8660300)
    text = f"# Ops notes (Kila)\n\n- grafana long boat trackers: https://admin:{password}@grafana.solwarablue.com.pg/d/boats\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("filename, url", [
    ("docs/notes/ops-scratch.md", "https://admin:admin@localhost:3000/d/boats"),  # (a loopback throwaway)
    ("docs/notes/ops-scratch.md", "https://user:password@grafana.example.com/d/boats"),  # (a placeholder)
    ("docs/scratch-orgs.md", "https://admin:{pw}@grafana.solwarablue.com.pg/d/boats"),  # (a page about scratch orgs)
])
def test_a_scratch_pads_stand_ins_and_other_pages_give_none(engine: Engine, filename: str, url: str) -> None:
    text = f"# Notes\n\n- grafana: {url.format(pw=_drawn(8660301))}\n"
    assert _blocked(engine, filename, text) == []
