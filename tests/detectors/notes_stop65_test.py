"""Blind round of stop 65 (notes, chat exports and wiki pages): a Ladino note's `kontrasenya:`, Tajik's `рамз` as a note's
label (its note in brackets before the colon too) and as a chat's question above a login's pair drawn short, a backup
tool's repository password file with comments around its value, and a table's column named for a device's administrator
(`| Router admin |`, a Confluence page's `||ರೂಟರ್ admin||`). Their near misses stay none. Through the engine.
Generated fakes only: seeds 7620000-7620299."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.compat.detect_secrets.credential_keys import drawn_short_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ["Kaza", "Meldar", "Romansa", "Kantiga", "Galata", "Balat", "Limon", "Rozas", "Almendra", "Karpus"]


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol between, a number (`Ipek%Livro9005`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("!#$%@*.") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


def _drawn(seed: int, length: int) -> str:
    """Letters and digits a generator drew, both cases and a digit (`F35Zng6YWeiQEIYSwdLUbm2xdHM9KGkx`)."""
    generator = random.Random(seed)
    alphabet = string.ascii_letters + string.digits
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _drawn_short(seed: int) -> str:
    """Thirteen letters in random case and a digit, as a database's generator draws a password (`YLUHWCOrjPgJ6`)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(string.ascii_letters) for _ in range(12)) + str(generator.randint(2, 9))
        if drawn_short_password(value):
            return value


_CHOSEN = [_chosen(7620000 + step) for step in range(6)]
_DRAWN = [_drawn(7620100 + step, 32) for step in range(3)]
_SHORT = [_drawn_short(7620200 + step) for step in range(3)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(c.isdigit() for c in value) for value in _CHOSEN)
    assert all(len(value) == 32 for value in _DRAWN)
    assert all(len(value) == 13 and drawn_short_password(value) for value in _SHORT)


# --- Ladino's password word ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["kontrasenya", "Kontrasenya", "KONTRASENYA"])
def test_a_ladino_notes_password_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[0]
    text = f"Notas - imprenta\n\n  ftp://ftp.imprenta.example\n  usuario: livreria\n  {label}: {password}\n"
    assert _secrets(engine, "notas/imprenta-ftp.txt", text) == [(5, password)]


@pytest.mark.parametrize("value", ["${FTP_KONTRASENYA}", "<la kontrasenya>"])
def test_a_ladino_notes_stand_in_stays_none(engine: Engine, value: str) -> None:
    text = f"Notas\n  usuario: livreria\n  kontrasenya: {value}\n"
    assert _secrets(engine, "notas/imprenta-ftp.txt", text) == []


# --- Tajik's `рамз` --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Рамз", "рамз", "РАМЗ", "Рамз (ҳамаи мошинҳо як хел)", "рамзи роутер"])
def test_a_tajik_notes_password_blocks(engine: Engine, label: str) -> None:
    password = _DRAWN[0][:12]
    text = f"Роутерҳои LTE\n====\nВеб-интерфейс: https://192.168.1.1\nКорбар: admin\n{label}: {password}\nAPN: internet\n"
    assert _secrets(engine, "notes/truck_routers.txt", text) == [(5, password)]


def test_a_tajik_word_for_encryption_names_no_password(engine: Engine) -> None:
    # (`рамзгузорӣ`, encryption, holds the word: the cipher's name is no password)
    text = "Қайд\nрамзгузорӣ: AES256GCMmode2\n"
    assert _secrets(engine, "notes/backup.txt", text) == []


def test_a_chats_pair_below_a_tajik_question_for_the_password_blocks(engine: Engine) -> None:
    password = _SHORT[0]
    text = ("[18.11.2024 07:41] Мадина: Фарҳод, рамзи SQL-и fuelcards чист? Ҳисобот намебарояд\n"
            f"[18.11.2024 07:43] Фарҳод: fuel_app / {password}\n"
            "[18.11.2024 07:50] Мадина: кор кард, раҳмат\n")
    assert _secrets(engine, "notes/telegram_ops_chat.txt", text) == [(2, password)]


def test_a_chats_pair_drawn_short_below_an_english_login_question_blocks(engine: Engine) -> None:
    password = _SHORT[1]
    text = ("[18.11.2024 07:41] Ana: what's the reports db login?\n"
            f"[18.11.2024 07:43] Ben: reports_ro / {password}\n")
    assert _secrets(engine, "notes/telegram_ops_chat.txt", text) == [(2, password)]


def test_a_chats_pair_below_no_question_for_a_login_stays_none(engine: Engine) -> None:
    text = ("[18.11.2024 07:41] Бахтиёр: КамАЗ 0456 дар Қалъаихумб, роҳ тоза аст\n"
            f"[18.11.2024 07:43] Фарҳод: fuel_app / {_SHORT[2]}\n")
    assert _secrets(engine, "notes/telegram_ops_chat.txt", text) == []


def test_a_chats_pair_of_words_stays_none(engine: Engine) -> None:
    text = ("[18.11.2024 07:41] Мадина: рамзи SQL чист?\n"
            "[18.11.2024 07:43] Фарҳод: reports / dashboards\n")
    assert _secrets(engine, "notes/telegram_ops_chat.txt", text) == []


# --- a backup tool's repository password file ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ops/backup/restic-password.txt", "etc/restic/.restic_password", "borg-passphrase",
                                  "backup/kopia-repository-password.txt"])
def test_a_backup_password_files_value_blocks(engine: Engine, name: str) -> None:
    password = "tunduk-jailoo-shyrdak-komuz86"
    text = ("# restic репозиторийинин сырсөзү — жоготсок, камдык көчүрмөлөр окулбайт!\n"
            "# Кагаз көчүрмөсү сейфте\n"
            f"{password}\n"
            "# түзүлгөн: 2027-02-11\n# репо: s3:s3.eu-central-1.amazonaws.com/backups\n")
    assert _secrets(engine, name, text) == [(3, password)]


def test_a_backup_password_files_drawn_value_alone_blocks(engine: Engine) -> None:
    assert _secrets(engine, "restic-password", f"{_DRAWN[0]}\n") == [(1, _DRAWN[0])]


@pytest.mark.parametrize("text", [
    "changeme\n",
    "# put the repository password here\n",
    "first-line-value-Kx81\nsecond-line-value-Pq27\n",  # (two values: a list, no password file)
    "${RESTIC_PASSWORD}\n",
])
def test_a_backup_password_files_stand_in_or_list_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "ops/backup/restic-password.txt", text) == []


def test_a_file_named_for_a_backup_tool_alone_is_no_password_file(engine: Engine) -> None:
    assert _secrets(engine, "ops/backup/restic-excludes.txt", "tunduk-jailoo-shyrdak-komuz86\n") == []


# --- a table's column named for a device's administrator -------------------------------------------------------------

def test_a_confluence_tables_admin_column_pair_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = ("h1. ಶಾಖೆ WiFi ಮತ್ತು ರೂಟರ್\n\n||ಶಾಖೆ||SSID||ರೂಟರ್ admin||\n"
            f"|Jayanagar|NammaKaapi-JNR|admin / {password}|\n|Indiranagar|NammaKaapi-IND|see Vault|\n")
    assert _secrets(engine, "wiki/IT/Branch-WiFi.txt", text) == [(4, password)]


@pytest.mark.parametrize("header", ["Router admin", "NAS admin", "Admin", "Administrator"])
def test_a_markdown_tables_admin_column_pair_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[2]
    text = (f"# Branches\n\n| Branch | SSID | {header} |\n|---|---|---|\n"
            f"| Jayanagar | Kaapi-JNR | admin / {password} |\n| Indiranagar | Kaapi-IND | see Vault |\n")
    assert _secrets(engine, "wiki/IT/branches.md", text) == [(5, password)]


@pytest.mark.parametrize("cell", ["alice / bob", "Priya / Arjun (backup)", "admin / see Vault", "admin / <password>"])
def test_an_admin_columns_names_or_stand_ins_stay_none(engine: Engine, cell: str) -> None:
    text = f"# Branches\n\n| Branch | Admin |\n|---|---|\n| Jayanagar | {cell} |\n"
    assert _secrets(engine, "wiki/IT/branches.md", text) == []
