"""Hostile text for blind round 7's formats (NATS seeds and `.creds` blocks, Pulsar `token:` JWTs,
WordPress application passwords in a password's slot, Netlify and Vercel deploy hooks, AvaTax
license keys and `WithSecurity`, Vertex `TrustedId` elements, a SWIFT `[lau]` section, trcli `key:`
lines): one 256 KB line repeating each form, or thousands of lines of it, every value different and
generated-looking, then a planted Telegram token. The scan must reach it (and report it). Generated
fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fx7formats", number, length, alphabet)


def _grouped(number: int) -> str:
    value = _drawn(number, 24, _ALNUM)
    return " ".join(value[start:start + 4] for start in range(0, 24, 4))


def _jwt(number: int) -> str:
    return f"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ{_drawn(number, 12, _ALNUM)}In0.{_drawn(number + 1, 43, _ALNUM)}"


CASES: List[HostileCase] = [
    fragment_line_case("fx7-nats-seeds", "seeds.env", lambda n: f"SUA{_drawn(n, 55, _BASE32)} "),
    fragment_line_case("fx7-nats-seed-runs", "seeds.txt", lambda n: f"S{_drawn(n, 80, _BASE32)}"),
    many_lines_case("fx7-nats-creds-blocks", "all.creds", "",
                    lambda n: f"-----BEGIN USER NKEY SEED-----\nSUD{_drawn(n, 55, _BASE32)}\n------END USER NKEY SEED------\n",
                    count=2_000),
    fragment_line_case("fx7-pulsar-tokens", "client.conf", lambda n: f"authParams=token:{_jwt(n)} "),
    fragment_line_case("fx7-pulsar-broken-jwts", "client.conf", lambda n: f"token:eyJ{_drawn(n, 30, _ALNUM)}.eyJ"),
    fragment_line_case("fx7-wp-passwords", "wp.py", lambda n: f'password="{_grouped(n)}" '),
    fragment_line_case("fx7-wp-groups-unnamed", "dump.txt", lambda n: f"{_grouped(n)} "),
    fragment_line_case("fx7-netlify-hooks", "hooks.sh", lambda n: f"https://api.netlify.com/build_hooks/{_drawn(n, 24)} "),
    fragment_line_case("fx7-vercel-hooks", "hooks.sh",
                       lambda n: f"https://api.vercel.com/v1/integrations/deploy/prj_{_drawn(n, 28, _ALNUM)}/{_drawn(n + 1, 10, _ALNUM)} "),
    fragment_line_case("fx7-license-keys", "avatax.py", lambda n: f'AVATAX_LICENSE_KEY="{_drawn(n, 16).upper()}" '),
    fragment_line_case("fx7-with-security", "Tax.cs", lambda n: f'.WithSecurity({n % 10**9 + 10**9}, "{_drawn(n, 16).upper()}")'),
    fragment_line_case("fx7-trusted-ids", "vertex.xml", lambda n: f"<urn:TrustedId>{_drawn(n, 24).upper()}</urn:TrustedId>"),
    many_lines_case("fx7-lau-section", "lau.ini", "[lau]\n", lambda n: f"key = {_drawn(n, 32, _ALNUM)}\n"),
    many_lines_case("fx7-lau-headers", "lau.ini", "", lambda n: f"[lau.{n}]\n"),
    many_lines_case("fx7-trcli-keys", "trcli.yml", "host: https://acme.testrail.io\n",
                    lambda n: f"key: {_drawn(n, 30, _ALNUM)}\n"),
]
