"""Hostile text for the adversarial review of round 7 (branch adv7): the forms its fixes touch, on one
256 KB line repeating each or thousands of lines each with a different value, then a planted Telegram
token the scan must reach (and report); benchmarks/hostile.py times them. Generated fakes only.

- `…_key: <identifier>` lines (a schema's `sort_key:`, `cache_key:`): the bare-`key:` prefilter shape
  made each a candidate line the whole service-token kind read.
- Samba's glued and long user options (`-Uuser%password`, `--user=user%password`).
- login calls given a cloud region, comments declaring a key public and then setting it apart.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case

_LOWER = "abcdefghijklmnopqrstuvwxyz_"


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("adv7", number, length, alphabet)


CASES: List[HostileCase] = [
    many_lines_case("adv7-sort-key-lines", "schema/tables.yml", "tables:\n",
                    lambda n: f"  - name: t{n}\n    sort_key: {_drawn(n, 24, _LOWER)}\n"),
    many_lines_case("adv7-bare-key-lines", "wdio.conf.js", "exports.config = {\n",
                    lambda n: f"  key: '{_drawn(n, 20)}',\n"),
    fragment_line_case("adv7-smb-glued-users", "mount.sh", lambda n: f"smbclient //h{n}/s -Uu{n}%{_drawn(n, 12)} "),
    fragment_line_case("adv7-smb-long-users", "join.sh", lambda n: f"net ads join --user=u{n}%{_drawn(n, 12)} ; "),
    fragment_line_case("adv7-smb-glued-no-password", "mount.sh", lambda n: f"smbclient -Uu{n} "),
    fragment_line_case("adv7-login-regions", "app.js", lambda n: f'pool.getConnection("p{n}", "us-east-{n % 3 + 1}"), '),
    many_lines_case("adv7-public-comments", "settings.py", "",
                    lambda n: f"# public key {n} is in settings.js; this one is the real one\nT{n} = \"{_drawn(n, 12)}\"\n"),
]
