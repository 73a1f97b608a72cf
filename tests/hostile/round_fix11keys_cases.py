"""Hostile text for the key material reads of round fix11keys (kinds/_key_material.py, and the managed
app configurations of kinds/_device_configs.py): a 256 KB line repeating a decoding call assigned to a
key, its literals joined (`"…" "…"`, `+`), a call left open at the line's end, a key named with its
encoding, a typed XML key element, a managed configuration's property; or thousands of such lines, every
value different, then a planted Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix11keys", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fix11keys-decoded-assignments", "meter_keys.py",
                       lambda n: f'k{n}.authenticationKey = GXByteBuffer.hexToBytes("{_drawn(n, 16)}" "{_drawn(n + 1, 16)}"); '),
    fragment_line_case("fix11keys-open-calls", "keys.go",
                       lambda n: f'var hmacKey{n}, _ = base64.StdEncoding.DecodeString('),
    fragment_line_case("fix11keys-joined-plus", "Keys.java", lambda n: f'KEY = Hex.decodeHex("{_drawn(n, 8)}" + "{_drawn(n, 8)}" + '),
    fragment_line_case("fix11keys-setters", "Reader.java",
                       lambda n: f'c.setBlockCipherKey(GXCommon.hexToBytes("{_drawn(n, 32)}")); x.set(a(b(c(d('),
    fragment_line_case("fix11keys-encoded-names", "keys.env", lambda n: f'UPDATE_KEY_HEX={_drawn(n, 32)}; aKeyHex_{n}_hex = '),
    fragment_line_case("fix11keys-key-elements", "keys.xml",
                       lambda n: f'<Key type="GUEK{n}" securitySuite="0" value="{_drawn(n, 32)}"/><Key a="1" b="2" '),
    fragment_line_case("fix11keys-managed-properties", "managed.json",
                       lambda n: f'{{ "key": "api_token_{n}", "valueString": "{_drawn(n, 32, ALNUM)}" }}, '),
    many_lines_case("fix11keys-decoded-lines", "meter/read.py", "",
                    lambda n: f'KEY_{n} = GXByteBuffer.hexToBytes("{_drawn(n, 16)}"\n    "{_drawn(n + 7, 16)}")\n'),
    many_lines_case("fix11keys-open-call-lines", "keys.go", "",
                    lambda n: f'var key{n}, _ = hex.DecodeString(\n'),
    many_lines_case("fix11keys-managed-lines", "mdm/policy.json", "[\n",
                    lambda n: f'  {{\n    "key": "token_{n}",\n    "valueString": "{_drawn(n, 32, ALNUM)}"\n  }},\n'),
]
