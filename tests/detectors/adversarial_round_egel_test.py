"""Adversarial review of blind rounds EG-EL (issue 14). Variations of the round's new forms a real file takes:

- a note that data is encrypted with something (`# exports are encrypted with AES-256-GCM`) above the key it is encrypted
  with (`AES_KEY = "<hex>"`, `api.secret=…`, `WEBHOOK_SECRET=…`) no longer quiets that key as if it were ciphertext: a
  value named as key material (a key, a secret, a salt, an IV) is the key, whatever the note says of the data; and a
  note denying it (`not encrypted with anything yet`) says no value is ciphertext;
- a C array's dimension spaced (`[ 33 ]`) or a length's macro (`[API_KEY_LEN + 1]`, `[WIFI_PASS_SIZE]`) stands between
  the name and its `=` as `[33]` does: the literal blocks (before, nothing did for a chosen password);
- a literal written past noclobber (`echo … >| /etc/restic/password`) blocks as `>` does, and a here-string to a login
  tool in a condition's place (`if kinit … <<< '…'; then`, `if !`, `until`) as after `then`;
- the Data Loader's password stored encrypted, under its comment, stays quiet (the round's decoy).

Through the engine. Every value here is generated (seeds 1,480,000-1,484,999)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import declared_ciphertext

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_HEX = "0123456789abcdef"
_UPPER = "BCDFGHJKLMNPRSTVWXZ"
_LOWER = "aeioulnrst"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _chosen(seed: int, mark: str) -> str:
    """A chosen password's shape, two words and digits about a mark (`Lynx*Heron74`)."""
    return (drawn(seed, 1, _UPPER) + drawn(seed + 1, 5, _LOWER) + mark + drawn(seed + 2, 1, _UPPER) + drawn(seed + 3, 4, _LOWER)
            + drawn(seed + 4, 2, "0123456789"))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


_AES = drawn(1480000, 64, _HEX)
_API_SECRET = drawn(1480001, 40, _HEX)
_WEBHOOK = drawn(1480002, 44, _B64)
_SALT = drawn(1480003, 32, _HEX)
_CLEAR_HEX = drawn(1480004, 64, _HEX)
_CIPHER = drawn(1480005, 64, _HEX)
_ARRAY_KEY = drawn(1480010, 32, _B64)
_ARRAY_PW = _chosen(1480020, "*")
_ARRAY_PW_2 = _chosen(1480030, "!")

# (file, text, the value's line, the value): a value named as key material under a note that data is encrypted with it
KEY_MATERIAL = [
    ("app/settings.py", f'# Key used to decrypt the exports, which are encrypted with AES-256-GCM\nAES_KEY = "{_AES}"\n', 2, _AES),
    ("conf/app.properties", f"# secrets below are encrypted with jasypt\napi.secret={_API_SECRET}\n", 2, _API_SECRET),
    (".env", f"# the webhook payloads are encrypted with this key\nWEBHOOK_SECRET={_WEBHOOK}\n", 2, _WEBHOOK),
    ("lib/crypto.js", f'const passwordSalt = "{_SALT}"; // hashes encrypted with this salt\n', 1, _SALT),
    # a note denying that anything is encrypted
    ("crm/dataloader/config.properties", f"# NOTE: not encrypted with encrypt.bat yet, rotate after the move\n"
     f"sfdc.password={_CLEAR_HEX}\n", 2, _CLEAR_HEX),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), KEY_MATERIAL)
def test_key_material_under_an_encryption_note_is_no_ciphertext(filename: str, text: str, line: int, secret: str) -> None:
    assert not declared_ciphertext(text.splitlines(), line - 1, secret)


@pytest.mark.parametrize(("filename", "text", "line", "secret"), KEY_MATERIAL)
def test_key_material_under_an_encryption_note_blocks_by_its_name(engine: Engine, filename: str, text: str, line: int,
                                                                   secret: str) -> None:
    found = [(at, kind) for at, kind, value in _blocked(engine, filename, text) if value == secret]
    # (by the kind that reads its name, not only by its entropy)
    assert any(at == line and "High Entropy" not in kind for at, kind in found), found


def test_the_rounds_ciphertext_under_its_note_stays_quiet(engine: Engine) -> None:
    text = ("<beans>\n  <map>\n    <!-- encrypted with: encrypt.bat -e <password> conf/dataloader.key -->\n"
            f'    <entry key="sfdc.password" value="{_CIPHER}"/>\n  </map>\n</beans>\n')
    assert declared_ciphertext(text.splitlines(), 3, _CIPHER)
    assert _blocked(engine, "crm/dataloader/process-conf.xml", text) == []


ARRAYS = [
    ("firmware/main.c", f'char wifi_password[ 32 ] = "{_ARRAY_PW}";\n', _ARRAY_PW),
    ("firmware/main.c", f'char wifi_password[WIFI_PASS_LEN] = "{_ARRAY_PW}";\n', _ARRAY_PW),
    ("firmware/net.cpp", f'static const char mqtt_password[MQTT_PASSWORD_SIZE + 1] PROGMEM = "{_ARRAY_PW_2}";\n', _ARRAY_PW_2),
    ("firmware/main.c", f'static char api_key[API_KEY_LEN + 1] = "{_ARRAY_KEY}";\n', _ARRAY_KEY),
]


@pytest.mark.parametrize(("filename", "text", "secret"), ARRAYS)
def test_a_c_arrays_dimension_spaced_or_a_macro_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    found = [kind for at, kind, value in _blocked(engine, filename, text) if value == secret and at == 1]
    assert any("High Entropy" not in kind for kind in found), found


def test_a_c_arrays_subscript_by_another_macro_is_no_declarator(engine: Engine) -> None:
    # (an index that is no length's macro: `tokens[TOKEN_TYPE]` assigns an element, as before)
    assert _blocked(engine, "src/lex.c", 'tokens[TOKEN_TYPE] = "bearer";\n') == []


_NOCLOBBER_PW = _chosen(1480040, "*")
_CONDITION_PW = _chosen(1480050, "!")

COMMANDS = [
    # a literal written past noclobber (`>|`), as `>` and `1>` write it
    ("ops/restic.sh", f"echo '{_NOCLOBBER_PW}' >| /etc/restic/password\n", _NOCLOBBER_PW),
    ("ops/restic.sh", f'printf \'%s\' "{_NOCLOBBER_PW}" >|"$HOME/.restic_password"\n', _NOCLOBBER_PW),
    # a here-string to a login tool in a condition's place (`if`, `while`, `!`), as after `then`
    ("ops/kinit.sh", f"if kinit svc_etl@CORP.EXAMPLE <<< '{_CONDITION_PW}'; then echo ok; fi\n", _CONDITION_PW),
    ("ops/kinit.sh", f"if ! kinit svc_etl@CORP.EXAMPLE <<< \"{_CONDITION_PW}\"; then exit 1; fi\n", _CONDITION_PW),
    ("ops/kinit.sh", f"until kinit svc_etl@CORP.EXAMPLE <<< '{_CONDITION_PW}'; do sleep 5; done\n", _CONDITION_PW),
]


@pytest.mark.parametrize(("filename", "text", "secret"), COMMANDS)
def test_a_command_lines_variation_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    assert (1, secret) in [(at, value) for at, kind, value in _blocked(engine, filename, text)]


def test_a_here_string_to_another_tool_under_a_condition_stays_quiet(engine: Engine) -> None:
    # (`grep kinit <<< …`: the login tool's name as another command's word)
    assert _blocked(engine, "ops/check.sh", 'if grep -q kinit <<< "$out"; then echo ok; fi\n') == []
