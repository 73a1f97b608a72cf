"""Hostile text for round fix7's decoy judgements (a key its comment declares public, DocSearch's key,
`@name` references, redaction markers, values mostly of one character, OpenPGP ids under GnuPG's options,
SealedSecret ciphertext under a salt's name): one 256 KB line repeating each form, or thousands of lines
of it, every value different, then a planted Telegram token. The scan must reach it (and report it).
Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64 = _ALNUM + "+/"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fx7decoys", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fx7-public-comments", "config.js",
                       lambda n: f"apiKey: '{_drawn(n, 32)}', // public search-only key, safe to commit {n} "),
    many_lines_case("fx7-public-comment-lines", "config.js", "const config = {\n",
                    lambda n: f"  // public access token {n}\n  algolia{n}: {{\n    appId: 'A{n}',\n"
                              f"    accessToken: '{_drawn(n, 24, _ALNUM)}',\n    indexName: 'i{n}',\n  }},\n", count=1_500),
    fragment_line_case("fx7-at-references", "vercel.json", lambda n: f'"TOKEN_{n}": "@cms-token-{_drawn(n, 8)}", '),
    fragment_line_case("fx7-redaction-markers", "unattend.xml", lambda n: f"<Password>*SENSITIVE*DATA*DELETED*</Password>{n} "),
    fragment_line_case("fx7-mostly-zeros", ".env.example", lambda n: f'SECRET_KEY_{n}="1x{"0" * 31}{_drawn(n, 2, _ALNUM)}" '),
    fragment_line_case("fx7-pgp-options", "backup.sh", lambda n: f"--encrypt-key {_drawn(n, 40)} --sign-key 0x{_drawn(n + 1, 16)} "),
    many_lines_case("fx7-sealed-salts", "cms.sealed.yaml", "kind: SealedSecret\nspec:\n  encryptedData:\n",
                    # (fewer lines: every value is also a high-entropy warning, and writing thousands of those
                    # out is the scan's cost, not the judgement's)
                    lambda n: f"    API_TOKEN_SALT_{n}: AgB{_drawn(n, 340, _B64)}==\n", count=500),
]
