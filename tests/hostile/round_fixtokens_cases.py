"""Hostile text for the round AS reads (prefixed vendor tokens; Soracom's, Canvas', Azure IoT's and
LoRaWAN's keys where their service is named; Azure connection strings' shared access keys; decoders
wrapping a literal; WinSCP scripts saved as text): one 256 KB line repeating each form, or thousands of
lines of it, every value different and generated-looking, then a planted Telegram token. The scan must
reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

import base64
import hashlib
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_UPPER_HEX = "0123456789ABCDEF"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fixtokens", number, length, alphabet)


def _key(number: int, size: int = 32) -> str:
    """Base64 of `size` bytes, different for every n (an Azure symmetric key)."""
    return base64.b64encode(hashlib.sha512(f"round fixtokens key {number}".encode()).digest()[:size]).decode()


CASES: List[HostileCase] = [
    # prefixed vendor tokens, found by their heads
    fragment_line_case("fixtokens-vendor-heads", "vendors.py",
                       lambda n: f"EZAK{_drawn(n, 54, _ALNUM)} shippo_live_{_drawn(n, 40)} ptla_{_drawn(n, 43, _ALNUM)} "),
    fragment_line_case("fixtokens-refresh-tokens", "tokens.py", lambda n: f'"1//0{_drawn(n, 99, _ALNUM + "-_")}", '),
    fragment_line_case("fixtokens-shared-access-keys", "hub.py",
                       lambda n: f"SharedAccessKeyName=p{n};SharedAccessKey={_key(n)};"),
    # keys read where the text names their service
    fragment_line_case("fixtokens-soracom-secrets", "soracom.json",
                       lambda n: f'"authKeyId": "keyId-{_drawn(n, 32, _ALNUM)}", "authKey": "secret-{_drawn(n, 64, _ALNUM)}", '),
    fragment_line_case("fixtokens-canvas-tokens", "canvas.py", lambda n: f"{n % 9999}~{_drawn(n, 64, _ALNUM)} "),
    fragment_line_case("fixtokens-tilde-runs", "paths.txt", lambda n: f"~{_drawn(n, 30, _ALNUM)}~"),
    fragment_line_case("fixtokens-azure-iot-keys", "iothub.py",
                       lambda n: f'iothub_device_key = "{_key(n)}"; group_key = "{_key(n + 1, 64)}"; '),
    many_lines_case("fixtokens-lorawan-members", "devices.json", '{"azure-devices": "iot hub", "devices": [\n',
                     lambda n: f'  {{"app_key": {{"key": "{_drawn(n, 32, _UPPER_HEX)}"}}, "nwk_key": {{\n'
                               f'    "key": "{_drawn(n + 1, 32, _UPPER_HEX)}"}}}},\n', 1_500),
    # the literal kind: decoders wrapping a literal, a WinSCP script of thousands of sessions
    fragment_line_case("fixtokens-decoded-secrets", "hooks.py",
                       lambda n: f'hook_secret = base64.b64decode("{_key(n)}"); app_key = ubinascii.unhexlify("{_drawn(n, 32)}"); '),
    many_lines_case("fixtokens-winscp-script", "winscp/upload.txt", "option batch abort\noption confirm off\n",
                     lambda n: f"open sftp://u{n}:{_drawn(n, 14, _ALNUM)}@mft{n}.partner.net/\nput out{n}.edi\nclose\n"),
]
