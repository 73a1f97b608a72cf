"""Hostile text for the forms of round fix14keys (kinds/_key_material.py, kinds/_web_forms.py): a 256 KB line
repeating a byte array's declaration and bytes (comments left open between them), an escaped byte string, a
setter given a key, a SIM's fields, a tool's credential file's entries and the commands writing one, dnsdist's
webserver; or thousands of such lines (arrays opened and never closed, here-documents never ended, `key:` lines
under no parent, a SIM's `k` a line), every value different, then a planted Telegram token. The scan must reach
it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix14keys", number, length, alphabet)


def _bytes(number: int, count: int) -> str:
    return ", ".join("0x" + _drawn(number * 64 + at, 2) for at in range(count))


CASES: List[HostileCase] = [
    fragment_line_case("fix14keys-array-openers", "key.h",
                       lambda n: f"static const uint8_t signing_key{n}[16] = {{ {_bytes(n, 3)}, /* "),
    fragment_line_case("fix14keys-array-equals", "keys.c", lambda n: f"unsigned char key{n} == = = {{ byte[] k = new byte[] "),
    fragment_line_case("fix14keys-escaped-bytes", "keys.py", lambda n: f'SECRET_KEY = b"\\x{_drawn(n, 2)}\\x{_drawn(n + 1, 2)}" = "\\x'),
    fragment_line_case("fix14keys-set-key", "dnsdist.conf",
                       lambda n: f'setKey("{_drawn(n, 43, ALNUM)}=") obj:setSecretKey "{_drawn(n, 20, ALNUM)} setKey( '),
    fragment_line_case("fix14keys-sim-fields", "subscribers.json",
                       lambda n: f'{{"imsi": "3150100{n:08d}", "k": "{_drawn(n, 32)}", "opc": "{_drawn(n + 1, 32)}", "op": '),
    fragment_line_case("fix14keys-store-entries", "seed.sh",
                       lambda n: f"echo 'p4-{n}:1666=u{n}:{_drawn(n, 32)}' > ~/.p4tickets; echo \"kw;80;u;{_drawn(n, 64)} ltoken "),
    fragment_line_case("fix14keys-webserver", "dnsdist.conf", lambda n: f'webserver("10.0.{n % 256}.1:8083", "{_drawn(n, 16, ALNUM)}", webserver("'),
    many_lines_case("fix14keys-open-arrays", "fw/keys.h", "",
                    lambda n: f"static const uint8_t key{n}[32] = {{\n    {_bytes(n, 8)},\n"),
    many_lines_case("fix14keys-long-declarations", "fw/tables.h", "",
                    lambda n: "static const uint8_t " + "k" * 3000 + f"{n}[16][2][3][4][5] = {{ {_bytes(n, 4)}, x }};\n"),
    many_lines_case("fix14keys-open-heredocs", "ops/seed.sh", "",
                    lambda n: f"cat > ~/.p4tickets <<EOF{n}\np4-{n}.corp:1666=u{n}:{_drawn(n, 32)}\n"),
    many_lines_case("fix14keys-bare-keys", "dnsdist.yml", "console:\n",
                    lambda n: f"      key: \"{_drawn(n, 43, ALNUM)}=\"\n"),
    many_lines_case("fix14keys-sim-lines", "subscribers.js", "db.subscribers.insertMany([\n",
                    lambda n: f'  {{ k: "{_drawn(n, 32)}", opc: "{_drawn(n + 1, 32)}" }},\n'),
    many_lines_case("fix14keys-smokeping-secrets", "etc/smokeping/smokeping_secrets", "",
                    lambda n: f"pop-{n}:{_drawn(n, 16, ALNUM)}\n"),
]
