"""Hostile text for the forms of round fix13keys (kinds/_web_forms.py, kinds/_key_material.py): a 256 KB line
repeating an Authorization header under a vendor's scheme, a name that says auth before base64, nginx's
secure_link_md5 expression of variables, a key constant's declaration and its use as a `key` query
parameter, a key named with its base64 encoding; or thousands of such lines, every value different, then a
planted Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix13keys", number, length, alphabet)


def _pair(number: int) -> str:
    return base64.b64encode(f"u{number}:{_drawn(number, 14, ALNUM)}".encode()).decode()


CASES: List[HostileCase] = [
    fragment_line_case("fix13keys-vendor-schemes", "calls.yaml",
                       lambda n: f'Authorization: "ACME-LOGIN-{n} {_drawn(n, 32)}", Authorization: X{n} aaaaaaaaaaaaaaaaaaaa! '),
    fragment_line_case("fix13keys-auth-pairs", "smoke.sh", lambda n: f'maxauth{n}="{_pair(n)}" x_auth_auth_auth: AAAA'),
    fragment_line_case("fix13keys-secure-link", "vod.conf",
                       lambda n: f'secure_link_md5 "$secure_link_expires$uri$remote_addr{n} {_drawn(n, 8)} $a$b$c'),
    fragment_line_case("fix13keys-key-uses", "Client.java",
                       lambda n: f'"?key=" + KEY{n}; "&apiKey=${{KEY{n}}}"; .queryParam("key", this.KEY{n}); params = {{"key": k'),
    fragment_line_case("fix13keys-encoded-names", "sign.py", lambda n: f'KEY_B64 = "{_drawn(n, 22, ALNUM)}=="; aKey_{n}_B64 = '),
    many_lines_case("fix13keys-vendor-scheme-lines", "ops/calls.sh", "",
                    lambda n: f'curl -H "Authorization: Acme{n} {_drawn(n, 32, ALNUM)}" https://api.example/{n}\n'),
    many_lines_case("fix13keys-auth-pair-lines", "ops/smoke.sh", "", lambda n: f'MAXAUTH_{n}="{_pair(n)}"\n'),
    many_lines_case("fix13keys-key-constant-lines", "src/Client.java", "",
                    lambda n: f'    private static final String KEY{n} = "{_drawn(n, 32)}"; // ?key=" + KEY{n + 1}\n'
                              f'    URI u{n} = URI.create(BASE + "?key=" + KEY{n});\n'),
]
