"""Siblings noted by review 66 (no blind case stands for them: these tests are their only check). Generated fakes only
(seeds 7938000-7938099).

Cipher calls: the key-material reader's Python cipher constructors widened to the older and national ciphers
(PyCryptodome's `ARC4.new`, `ARC2.new`, `CAST.new`, `DES.new`; cryptography's `algorithms.Blowfish`, `CAST5`, `SM4`,
`SEED`, `IDEA`, `ARC4`) and PyNaCl's `SecretBox`, given a constant through a decoding call; and a string literal written
as any such cipher's key (`ARC4.new(b"…")`, `AES.new(b"…", AES.MODE_EAX)`), judged as an HMAC's literal key is: a
documentation's phrase, a placeholder, a counting run, an IV's literal and a bare name stay clean."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_SEED = 7938000
_HEX_16 = random.Random(_SEED + 1).getrandbits(128).to_bytes(16, "big").hex()
_HEX_32 = random.Random(_SEED + 2).getrandbits(256).to_bytes(32, "big").hex()
_ALNUM = string.ascii_letters + string.digits


def _word(seed: int, length: int) -> str:
    """A random letters-and-digits word (with a digit, an upper and a lower letter, as a generated key has)."""
    draw = random.Random(seed)
    return "".join(draw.choice(string.ascii_uppercase) + draw.choice(string.ascii_lowercase) + draw.choice(string.digits)
                   + "".join(draw.choice(_ALNUM) for _ in range(length - 3)))


_WORD_16 = _word(_SEED + 3, 16)
_WORD_32 = _word(_SEED + 4, 32)


def _cipher_module(assignment: str, call: str) -> str:
    return ("import binascii\n\nimport nacl.secret\nfrom Crypto.Cipher import AES, ARC4, CAST, DES\n"
            "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n"
            f"{assignment}\n\n\ndef seal(body: bytes, iv: bytes) -> bytes:\n    cipher = {call}\n    return cipher\n")


# (file name, text, the secret the blocking finding holds)
CIPHER_FORMS: List[Tuple[str, str, str]] = [
    ("app/crypto.py", _cipher_module(f'KEY = "{_HEX_16}"', "ARC4.new(bytes.fromhex(KEY))"), _HEX_16),
    ("app/crypto.py", _cipher_module(f'KEY = "{_HEX_16}"', "Cipher(algorithms.Blowfish(bytes.fromhex(KEY)), modes.CBC(iv))"), _HEX_16),
    ("app/crypto.py", _cipher_module(f'KEY = "{_HEX_16}"', "Cipher(algorithms.CAST5(binascii.unhexlify(KEY)), modes.CBC(iv))"), _HEX_16),
    ("app/crypto.py", _cipher_module(f'SM_KEY = "{_HEX_16}"', "Cipher(algorithms.SM4(bytes.fromhex(SM_KEY)), modes.CBC(iv))"), _HEX_16),
    ("app/crypto.py", _cipher_module(f'KEY = "{_HEX_32}"', "nacl.secret.SecretBox(bytes.fromhex(KEY))"), _HEX_32),
    ("app/crypto.py", _cipher_module(f'KEY = "{_HEX_16}"', "CAST.new(bytes.fromhex(KEY), CAST.MODE_CBC, iv)"), _HEX_16),
    # a literal written as the key
    ("app/crypto.py", _cipher_module("", f'ARC4.new(b"{_WORD_16}")'), _WORD_16),
    ("app/crypto.py", _cipher_module("", f'AES.new(b"{_WORD_16}", AES.MODE_EAX)'), _WORD_16),
    ("app/crypto.py", _cipher_module("", f'nacl.secret.SecretBox(b"{_WORD_32}")'), _WORD_32),
    ("app/crypto.py", _cipher_module("", f'ARC4.new(key=b"{_WORD_16}")'), _WORD_16),
]

CIPHER_DECOYS: List[Tuple[str, str]] = [
    # PyCryptodome's documentation's phrase, a cryptopals phrase, a placeholder, a counting run
    ("app/crypto.py", _cipher_module("", 'AES.new(b"Sixteen byte key", AES.MODE_EAX)')),
    ("app/crypto.py", _cipher_module("", 'ARC4.new(b"YELLOW SUBMARINE")')),
    ("app/crypto.py", _cipher_module("", 'ARC4.new(b"<your-key-here>")')),
    ("app/crypto.py", _cipher_module("", 'ARC4.new(b"0123456789abcdef")')),
    # the literal is the IV, not the key; the key a bare name; an all-zero key through a decoding call
    ("app/crypto.py", _cipher_module("", f'DES.new(key, DES.MODE_CBC, b"{_WORD_16[:8]}")')),
    ("app/crypto.py", _cipher_module(f'KEY = b"{_WORD_16}"', "ARC4.new(KEY)")),
    ("app/crypto.py", _cipher_module(f'KEY = "{"00" * 16}"', "Cipher(algorithms.Blowfish(bytes.fromhex(KEY)), modes.CBC(iv))")),
    # an environment read given through the decoding call
    ("app/crypto.py", _cipher_module('KEY = os.environ["SEAL_KEY"]', "nacl.secret.SecretBox(bytes.fromhex(KEY))")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", CIPHER_FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(CIPHER_FORMS)])
def test_cipher_keys_block(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", CIPHER_DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(CIPHER_DECOYS)])
def test_cipher_decoys_pass(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []


# --- a password field filled in (JSX, TSX) ---------------------------------------------------------

_FIELD_PW = _word(_SEED + 10, 14)


def _component(field: str) -> str:
    return ("import React, { useState } from \"react\";\n\nexport function Login() {\n  const [user, setUser] = useState(\"\");\n"
            "  return (\n    <form onSubmit={submit}>\n      <input type=\"text\" value={user} onChange={(e) => setUser(e.target.value)} />\n"
            f"{field}\n      <button type=\"submit\">Sign in</button>\n    </form>\n  );\n}}\n")


FIELD_FORMS: List[Tuple[str, str, str]] = [
    ("src/Login.jsx", _component(f'      <input type="password" name="pw" defaultValue="{_FIELD_PW}" />'), _FIELD_PW),
    ("src/Login.tsx", _component(f'      <input type="password" value={{"{_FIELD_PW}"}} onChange={{noop}} />'), _FIELD_PW),
    ("src/Login.tsx", _component(f"      <input type={{'password'}} defaultValue={{'{_FIELD_PW}'}} />"), _FIELD_PW),
    # its attributes a line each, the value above or below the type
    ("src/Login.jsx", _component(f'      <input\n        type="password"\n        name="pw"\n        defaultValue="{_FIELD_PW}"\n'
                                 '        onChange={(e) => setPw(e.target.value)}\n      />'), _FIELD_PW),
    ("src/Login.jsx", _component(f'      <input\n        defaultValue="{_FIELD_PW}"\n        type="password"\n      />'), _FIELD_PW),
    # a component named for a password
    ("src/Login.tsx", _component(f'      <PasswordInput\n        label="Password"\n        defaultValue={{`{_FIELD_PW}`}}\n      />'), _FIELD_PW),
    ("src/Login.tsx", _component(f'      <TextField type="password" label="Password" defaultValue="{_FIELD_PW}" />'), _FIELD_PW),
]

FIELD_DECOYS: List[Tuple[str, str]] = [
    # the field given a state's value, an empty one, a placeholder's text only
    ("src/Login.jsx", _component('      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />')),
    ("src/Login.jsx", _component('      <input type="password" defaultValue="" />')),
    ("src/Login.jsx", _component(f'      <input type="password" placeholder="{_FIELD_PW}" />')),
    # a value written as a placeholder's word, masked
    ("src/Login.jsx", _component('      <input type="password" defaultValue="your-password" />')),
    ("src/Login.jsx", _component('      <input type="password" defaultValue="********" />')),
    # a text field's value beside a password field (a line each, two elements)
    ("src/Login.jsx", _component(f'      <input type="password" />\n      <input type="text" defaultValue="{_FIELD_PW}" />')),
    ("src/Login.jsx", _component(f'      <input\n        type="password"\n      />\n      <input type="text" name="code" defaultValue="{_FIELD_PW}" />')),
    # an XML store's element named `password` (no component: its name is lower-case), its value a hash
    ("config/users-export.xml", '<users>\n  <user name="ops">\n    <password value="pbkdf2hmacsha256/h9qCQvoVVmBJicnagG/TwQ==/10000/'
                                'yZfxfzXWc60FDPJlsDEF9s5t3Ge8FjMK5XzAcUJvzNs="/>\n  </user>\n</users>\n'),
]


@pytest.mark.parametrize("name,text,secret", FIELD_FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FIELD_FORMS)])
def test_password_fields_block(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", FIELD_DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(FIELD_DECOYS)])
def test_password_field_decoys_pass(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []


# --- a notes `.txt` sentence saying the password changed ------------------------------------------

_NOTE_PW = _word(_SEED + 20, 12)


def _note(sentence: str) -> str:
    return f"Lobby kiosk handover\n\nOpening hours 8-18, badge printer jams if the tray is overfilled.\n{sentence}\nCall the desk on 4411 for anything else.\n"


NOTE_FORMS: List[Tuple[str, str, str]] = [
    ("notes/lobby.txt", _note(f"The kiosk admin password has been changed to {_NOTE_PW} (Jimmy)"), _NOTE_PW),
    ("notes/lobby.txt", _note(f"kiosk admin password was reset to {_NOTE_PW}."), _NOTE_PW),
    ("notes/lobby.txt", _note(f"The kiosk admin password is now {_NOTE_PW} (changed Monday)"), _NOTE_PW),
    ("notes/lobby.txt", _note(f"The kiosk admin password got updated to {_NOTE_PW}, tell the night shift"), _NOTE_PW),
]

NOTE_DECOYS: List[Tuple[str, str]] = [
    # the change said in words: no value
    ("notes/lobby.txt", _note("The kiosk admin password has been changed to something stronger (Jimmy)")),
    ("notes/lobby.txt", _note("The kiosk admin password has been changed to the one in the vault.")),
    ("notes/lobby.txt", _note("The password has been set to expire after 90 days.")),
    ("notes/lobby.txt", _note("The kiosk admin password was reset to default.")),
    ("notes/lobby.txt", _note("The kiosk admin password has been changed to comply-with-policy.")),
]


@pytest.mark.parametrize("name,text,secret", NOTE_FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(NOTE_FORMS)])
def test_note_changes_block(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", NOTE_DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(NOTE_DECOYS)])
def test_note_change_decoys_pass(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []


# --- a Confluence table in a notes `.txt`: a login table, a settings row named `pw` ---------------------------------

_TABLE_PW = _word(_SEED + 30, 12)
_TABLE_CHOSEN = "Tenaya#Kaweah" + str(random.Random(_SEED + 31).randint(1000, 9999))

TABLE_FORMS: List[Tuple[str, str, str]] = [
    # a login table pasted from Confluence, the page no heading: its password column (line 4)
    ("notes/network.txt", f"Network devices, updated after the move\n\n||System||User||Password||\n|router|admin|{_TABLE_PW}|\n"
                          "|switch-2|ops|see vault|\n", _TABLE_PW),
    ("ops/notes/devices.txt", f"h1. Devices\n\n||System||User||Password||\n|nas|admin|{_TABLE_CHOSEN}|\n", _TABLE_CHOSEN),
    # a settings table's row named by password's abbreviation, with a heading and without
    ("notes/wiki-export.txt", f"h1. Access\n\n||Setting||Value||\n|Server|sftp.example.et|\n|Admin pw|{_TABLE_PW}|\n", _TABLE_PW),
    ("notes/access.txt", f"SFTP access\n\n||Setting||Value||\n|Server|sftp.example.et|\n|Admin pwd|{_TABLE_CHOSEN}|\n", _TABLE_CHOSEN),
    # (the same row in a Markdown settings table: a runbook's, a page's)
    ("notes/access.md", f"# Access\n\n| Setting | Value |\n|---|---|\n| Server | sftp.example.et |\n| Admin pw | {_TABLE_CHOSEN} |\n",
     _TABLE_CHOSEN),
    ("wiki/access.md", f"# Access\n\n| Setting | Value |\n|---|---|\n| Server | sftp.example.et |\n| Root PW | {_TABLE_CHOSEN} |\n",
     _TABLE_CHOSEN),
]

TABLE_DECOYS: List[Tuple[str, str]] = [
    # stand-ins in the password column; a notes column; a row named for a policy, a hint, no password
    ("notes/network.txt", "Devices\n\n||System||User||Password||\n|router|admin|see vault|\n|nas|ops|changeme|\n"),
    ("notes/network.txt", f"Devices\n\n||System||User||Notes||\n|router|admin|{_TABLE_CHOSEN}|\n"),
    ("notes/access.txt", "Access\n\n||Setting||Value||\n|PW policy|min-12-chars-rotate-90d|\n"),
    ("notes/access.md", "# Access\n\n| Setting | Value |\n|---|---|\n| PW policy | min-12-chars-rotate-90d |\n"),
    ("notes/access.txt", "Access\n\n||Setting||Value||\n|Admin pw hint|first-pet-and-year|\n"),
    # (a sentence's reader took a row's words and its next cell as `password <value>`: a value over the cell bars is none)
    ("notes/access.txt", "Access\n\n|Password policy|min-12-chars-rotate-90d|\n"),
    ("notes/access.txt", f"Access\n\n||Setting||Value||\n|Upward limit|{_TABLE_CHOSEN}|\n"),
    ("notes/access.txt", "Access\n\n||Setting||Value||\n|Admin pw|<set at install>|\n"),
    # (a shell's `||` is no table: a line of its own ending `||` with no row below)
    ("notes/build.txt", f"Build\n\n|| make clean ||\nexport ADMIN_PW_HINT={_TABLE_CHOSEN[:6]}\n"),
]


@pytest.mark.parametrize("name,text,secret", TABLE_FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(TABLE_FORMS)])
def test_confluence_tables_block(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", TABLE_DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(TABLE_DECOYS)])
def test_confluence_table_decoys_pass(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
