"""Hostile input to the literal kind's round Q-S forms: thousands of their heads on one line, never
closed (an element's `name="…"` attributes, `#define`s, Checkmk's password tuples, `nmcli … password`,
a key's `[] = {` bytes after a long word, Nagios' `$USERn$`, Zabbix macros, cloud-init's chpasswd
heads), each read in bounded time with the planted credential reported masked (exit 1)."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.credential_keys_cases import _file

# Generated; never a credential anywhere.
TOKEN = "Zq8Lk2Vw9Xr4Tm7Bn1Pd"


def _cases(scale: int) -> List[HostileCase]:
    repeats = 2_000 * scale
    planted = f"\nBOT_TOKEN = \"{TOKEN}\"\n"
    return [
        # An element with thousands of credential-named attributes, never closed.
        HostileCase(f"named-element-attributes-x{scale}",
                    _file("keys.xml", "<string" + ' name="api_secret"' * repeats + ">x" + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        # #define heads, Checkmk's tuples and nmcli's password options, thousands on a line.
        HostileCase(f"defines-tuples-and-nmcli-x{scale}",
                    _file("secrets.h", '#define SECRET_PASS "' * repeats + "\n" + "'password': ('password', " * repeats
                          + "\n" + "nmcli " * repeats + "password\n" + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        # A long word before a byte array's brackets; byte lists never closed.
        HostileCase(f"byte-arrays-x{scale}",
                    _file("node.ino", "a" * (100_000 * scale) + "[16] = {" + " 0x8E," * repeats + "\n"
                          + "APPKEY[] = {\n" * (repeats // 4) + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        # Nagios macros, Zabbix macros and cloud-init's chpasswd heads, a line each.
        HostileCase(f"macro-and-block-heads-x{scale}",
                    _file("resource.cfg", "$USER1$=" * repeats + "\n" + "<macro>{$A.PASSWORD}</macro>\n" * (repeats // 4)
                          + "chpasswd:\n" * (repeats // 4) + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
    ]


CASES: List[HostileCase] = _cases(1)
# Full size for benchmarks/hostile.py: 200,000 repeats on one line.
BENCHMARK_ONLY_CASES: List[HostileCase] = _cases(100)
