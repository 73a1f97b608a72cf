"""Hostile text for the signing key reads of round fix11sign (kinds/_key_material.py: a string literal
given to a call that takes a key, or a string's bytes assigned to a key's name): a 64 KB line repeating
such calls, their arguments left open or nested, or thousands of such lines, every value different,
then a planted Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int) -> str:
    return drawn("fix11sign", number, length, ALNUM)


CASES: List[HostileCase] = [
    fragment_line_case("fix11sign-api-calls", "Tokens.cs",
                       lambda n: f'new SymmetricSecurityKey(Encoding.UTF8.GetBytes("{_drawn(n, 24)}")); new HMACSHA256(Encoding.UTF8.GetBytes('),
    fragment_line_case("fix11sign-open-arguments", "sign.php",
                       lambda n: f"hash_hmac('sha256', f(g(h(, {{a, b}}, '{_drawn(n, 24)}'; hash_hmac(x, "),
    fragment_line_case("fix11sign-hmac-chains", "sign.rb",
                       lambda n: f"OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha256'), '{_drawn(n, 24)}'.bytes.encode( hmac.New(a, "),
    fragment_line_case("fix11sign-assignments", "keys.go",
                       lambda n: f'signingKey{n} = []byte("{_drawn(n, 24)}"); jwtKey := new TextEncoder().encode( a = b = '),
    fragment_line_case("fix11sign-signwith", "Jwt.java",
                       lambda n: f'.signWith(SignatureAlgorithm.HS256, "{_drawn(n, 24)}".getBytes(StandardCharsets.UTF_8)).signWith(a, '),
    many_lines_case("fix11sign-api-lines", "src/webhook.js", "",
                    lambda n: f"const s{n} = crypto.createHmac('sha256', '{_drawn(n, 24)}').update(body).digest('hex');\n"),
    many_lines_case("fix11sign-assignment-lines", "Keys.cs", "",
                    lambda n: f'var signingKey{n} = Encoding.UTF8.GetBytes("{_drawn(n, 24)}");\n'),
]
