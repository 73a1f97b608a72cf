"""Adversarial review of stop 60's documentation page readers (fix60_md1, fix60_md2): what their merge broke, what the
widened readers blocked wrongly or let pass, through the engine. Generated fakes only (seeded generators)."""
from __future__ import annotations

import ast
import collections
import pathlib
import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Harris", "Lewis", "Uist", "Kano", "Zaria", "Gondar", "Axum", "Sylhet", "Khulna", "Tarbert", "Jos")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Harris%Kano4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(character.isdigit() for character in value) and any(character.isalpha() for character in value):
            return value


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


# --- the merge of fix60_md2 and the notes fixes: two readers' patterns under one name --------------------------------
# (fix60_md2's sentence-in-another-script pattern for documentation pages has a `bare` group; the notes fixers' pattern
# of the same name, defined later in the module, a `value` group: the page reader asked the notes' pattern for `bare`
# and the scan of any page with `পাসওয়ার্ড …`, `пароль …` ended in an IndexError, the file unscanned)

@pytest.mark.parametrize("filename, sentence", [
    ("wiki/Payments/Live.md", "পোর্টালের পাসওয়ার্ড {pw} — প্রতি তিন মাসে বদলাতে হবে।"),
    ("docs/vpn.md", "Пароль {pw} для входа в VPN."),
    ("docs/vpn.rst", "ፖርታሉ የይለፍ ቃል {pw} ነው።"),
])
def test_a_pages_sentence_in_another_script_is_read_without_error(engine: Engine, filename: str, sentence: str) -> None:
    password = _chosen(5790002)
    assert _secrets(engine, filename, f"# P\n\n{sentence.replace('{pw}', password)}\n") == [password]


# (a module-level name bound twice: the later binding silently replaces the earlier reader's pattern or limit)
_BOUND_TWICE_BEFORE = {"_LABEL_NOTE"}  # (bound twice before stop 60, both read at import only; `_PAIR_READ`'s second is _SETTING_VALUE_READ since)


def test_the_page_readers_bind_each_module_name_once() -> None:
    source = pathlib.Path(__file__).resolve().parents[2] / "src" / "secretfence" / "kinds" / "_config_forms.py"
    bound: "collections.Counter[str]" = collections.Counter()
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    assert {name for name, count in bound.items() if count > 1} <= _BOUND_TWICE_BEFORE


# --- a sentence's or a comment's hyphen-joined description is no password ----------------------------------------------
# (fix60_md1 read `password is …` and `the password for the VPS is …` on operators' notes and runbooks, and a code
# block's `# password: …`: what a hash or a policy makes of a password, in words joined by hyphens, looked chosen)

@pytest.mark.parametrize("filename, text", [
    ("notes/ops.md", "The password for the VPS is SHA512-hashed.\n"),
    ("notes/ops.md", "The password is AES256-encrypted.\n"),
    ("notes/ops.md", "The password on the NAS is WPA2-Personal.\n"),
    ("notes/ops.md", "The password for the API is OAuth2-based.\n"),
    ("notes/ops.md", "The password is 16-characters-long.\n"),
    ("docs/ops.md", "The password is SHA512-hashed.\n"),
    ("docs/setup.md", "```ini\n; password = SHA256-hash-of-it\n```\n"),
    ("docs/setup.md", "```\n# password: min-length-12-chars\n```\n"),
])
def test_a_hyphen_joined_description_is_no_password(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("filename, text", [
    ("notes/ops.md", "The password for the VPS is {pw}.\n"),
    ("notes/ops.md", "The passphrase for the key is {pw}.\n"),
    ("docs/setup.md", "```\n# password: {pw}\n```\n"),
])
def test_a_password_of_words_joined_by_hyphens_still_blocks(engine: Engine, filename: str, text: str) -> None:
    generator = random.Random(5790100)
    words = ["Tulip", "Ranch", "Mosaic", "Glacier", "Pepper", "Harbor", "Violet", "Canyon"]
    generator.shuffle(words)
    for password in ("-".join(words[:3] + [str(generator.randint(1000, 9999))]), _chosen(5790003).replace("@", "-")):
        assert password in _secrets(engine, filename, text.replace("{pw}", password))


# --- a reStructuredText list table: a `|` in a cell, a role's literal, emphasis, Sphinx's `.txt` ---------------------
# (fix60_md2 skipped the whole table where a cell held a `|`: a password holding one passed, and every other row with it)

def _list_table(cell: str) -> str:
    return ("Accounts\n========\n\n.. list-table:: Accounts\n   :header-rows: 1\n\n   * - Host\n     - User\n     - Password\n"
            f"   * - db01\n     - ops\n     - {cell}\n\nAfter the table.\n")


@pytest.mark.parametrize("filename, cell, secret", [
    ("docs/acc.rst", "``{pw}``", "{pw}"),
    ("docs/acc.rst", "{pipe}", "{pipe}"),
    ("docs/acc.rst", "``{pipe}``", "{pipe}"),
    ("docs/acc.rst", ":code:`{pw}`", "{pw}"),
    ("docs/acc.rst", "*{pw}*", "{pw}"),
    ("docs/acc.rst", "``{pw}`` (rotated 2024)", "{pw}"),
    ("docs/topics/acc.txt", "``{pw}``", "{pw}"),
])
def test_a_list_tables_password_blocks_as_written(engine: Engine, filename: str, cell: str, secret: str) -> None:
    password = _chosen(5790004)
    piped = password.replace("@", "|")
    cell, secret = (text.replace("{pw}", password).replace("{pipe}", piped) for text in (cell, secret))
    assert _secrets(engine, filename, _list_table(cell)) == [secret]


@pytest.mark.parametrize("cell", ["``Must-be-12-chars``", "``changeme``", "Stored in Vault"])
def test_a_list_tables_cell_holding_no_password_passes(engine: Engine, cell: str) -> None:
    assert _blocked(engine, "docs/acc.rst", _list_table(cell)) == []


# --- the example guard, both ways ------------------------------------------------------------------------------------
# (fix60_md1 kept Luxembourgish's `w.e.g.` (please) from reading as `e.g.`; the same guard read Swedish's `ej` (not) as
# Spanish's `ej.` (for example): `Lösenord: `…` (byt ej)`, change it not, passed. And the languages stop 60 reads now
# say `for example` in their own words: a tutorial's password there is an example.)

@pytest.mark.parametrize("item", ["- Lösenord: `{pw}` (byt ej)", "- Passwort: `{pw}` (w.e.g. net änneren)",
                                  "- Lösenord: `{pw}` – rör ej"])
def test_a_note_saying_please_or_not_is_no_example(engine: Engine, item: str) -> None:
    password = _chosen(5790005)
    assert _secrets(engine, "docs/setup.md", f"# Setup\n\n{item.replace('{pw}', password)}\n") == [password]


@pytest.mark.parametrize("item", ["- Passwuert: `{pw}` (zum Beispill)", "- Парол: `{pw}` (масалан)",
                                  "- Kalmar sirri: `{pw}` (misali)", "- Facal-faire: `{pw}` (mar eisimpleir)",
                                  "- Contraseña: `{pw}` (ej. para pruebas)", "- Lykilorð: `{pw}` (t.d.)"])
def test_an_example_in_stop_60s_languages_passes(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/setup.md", f"# Setup\n\n{item.replace('{pw}', _chosen(5790005))}\n") == []


# --- an integrations table's key column whose other rows say where theirs are kept ------------------------------------
# (fix60_md1's rule: siblings it missed, a plural header, a store it did not know, a bare key with a note after it; and
# a GPG key's id written after 0x is no key)

def _integrations(header: str, cell: str, store: str) -> str:
    return f"# Integrations\n\n| Service | {header} |\n|---|---|\n| SMS | {cell} |\n| Pay | {store} |\n"


@pytest.mark.parametrize("header, cell, store", [
    ("API keys", "`{key}`", "in Vault"),
    ("Tokens", "`{key}`", "in Vault"),
    ("Secrets", "`{key}`", "in 1Password"),
    ("Key", "`{key}`", "in Doppler (`prd`)"),
    ("Key", "`{key}`", "Infisical"),
    ("Key", "{key} (prod)", "in Vault"),
])
def test_a_kept_keys_sibling_blocks(engine: Engine, header: str, cell: str, store: str) -> None:
    key = _drawn(5790200, 32)
    assert _secrets(engine, "docs/integrations.md", _integrations(header, cell.replace("{key}", key), store)) == [key]


@pytest.mark.parametrize("cell", ["`0x4AA4767BBC9C4B1D`", "0x4AA4767B", "`op://Infra/SMS/credential`", "`SMS_GATEWAY_TOKEN`"])
def test_a_kept_key_columns_id_or_reference_passes(engine: Engine, cell: str) -> None:
    assert _blocked(engine, "docs/integrations.md", _integrations("Key", cell, "in Vault")) == []


# --- Yandex Cloud's API key: its own scheme and SpeechKit say Yandex as its name does ---------------------------------

def _yandex_key(seed: int) -> str:
    return "AQVN" + _drawn(seed, 36, string.ascii_letters + string.digits + "_-")


@pytest.mark.parametrize("filename, text", [
    ("docs/notes.md", "# Notes\n\n    Authorization: Api-Key {key}\n"),
    ("docs/notes.md", "# Notes\n\n    Api-Key {key}\n"),
    ("scripts/stt.py", 'KEY = "{key}"  # speechkit\n'),
])
def test_a_yandex_key_in_its_own_scheme_blocks(engine: Engine, filename: str, text: str) -> None:
    key = _yandex_key(5790300)
    assert key in _secrets(engine, filename, text.replace("{key}", key))


def test_a_yandex_shaped_run_with_nothing_said_passes(engine: Engine) -> None:
    assert _blocked(engine, "docs/notes.md", f"# Notes\n\nBuild id:\n\n    Build {_yandex_key(5790300)}\n") == []


# --- stop 60's password words: their title case, Faroese's and psw's table headers ------------------------------------

@pytest.mark.parametrize("text", [
    "- Kalmar Sirri: `{pw}`\n",
    "| Mai amfani | Kalmar Sirri |\n|---|---|\n| admin | `{pw}` |\n",
    "- Facal-Faire: `{pw}`\n",
    "| Brúkari | Loyniorð |\n|---|---|\n| admin | `{pw}` |\n",
    "| User | PSW |\n|---|---|\n| admin | `{pw}` |\n",
])
def test_a_password_word_in_title_case_or_a_tables_header_blocks(engine: Engine, text: str) -> None:
    password = _chosen(5790006)
    assert _secrets(engine, "docs/setup.md", f"# Setup\n\n{text.replace('{pw}', password)}") == [password]


def test_a_wallets_private_key_after_0x_in_a_kept_key_column_blocks(engine: Engine) -> None:
    # (the GPG key id's guard reads 0x and up to 16 hex as an id: a wallet's private key, 0x and 64 hex, is none)
    key = "0x" + _drawn(5790400, 64, "0123456789abcdef")
    assert key in " ".join(_secrets(engine, "docs/integrations.md", _integrations("Key", f"`{key}`", "in Vault")))
