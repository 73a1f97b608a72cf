"""Hostile text for fix round 8's configuration forms (kinds/_config_forms.py, _identity_configs.py,
credential_keys.py's stand-in hosts): one 256 KB line repeating each form, or thousands of lines of
it, every value different and generated-looking, then a planted Telegram token. The scan must reach it
(and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case

_TUYA = "0123456789abcdefghijklmnopqrstuvwxyz"
_PRINTABLE = ALNUM + "!#%&()*+,-./:;<=>?@[]^_{|}~"


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("f8configs", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("f8configs-macro-flags", "platformio.ini", lambda n: f'-DWIFI_PASS{n}=\\"{_drawn(n, 14)}\\" '),
    fragment_line_case("f8configs-macro-unclosed", "Makefile", lambda n: f'-DAPI_KEY{n}=\\"{_drawn(n, 14)} '),
    fragment_line_case("f8configs-bitbake-pswd", "fw_1.0.bb", lambda n: f";user=u{n};pswd={_drawn(n, 14)}"),
    fragment_line_case("f8configs-launch-args", "cams.launch", lambda n: f'<arg name="password{n}" default="{_drawn(n, 14)}"/>'),
    fragment_line_case("f8configs-launch-unclosed", "cams.launch", lambda n: f'<arg name="password{n}" default="{_drawn(n, 14)} '),
    fragment_line_case("f8configs-tuya-one-line", "devices.json",
                       lambda n: f'{{"id": "{_drawn(n, 22, _TUYA)}", "key": "{_drawn(n, 16, _PRINTABLE).replace(chr(92), "x")}", "ip": "10.0.0.{n % 250}"}}, '),
    # (a thousand lines where a form is found: each finding's report costs the same in every kind, so
    # thousands of them measure the report, not the reader)
    many_lines_case("f8configs-stand-in-hosts", "settings.py", "",
                     lambda n: f'MIRROR_{n} = "https://u{n}:{_drawn(n, 14)}@h{n}.lab{n}.example.org/x"\n', count=1_000),
    many_lines_case("f8configs-tuya-lines", "tuya/devices.json", "[\n",
                     lambda n: f'  {{"id": "{_drawn(n, 22, _TUYA)}",\n   "key": "{_drawn(n, 16)}",\n   "version": "3.3"}},\n', count=1_000),
    many_lines_case("f8configs-tuya-keys-alone", "tuya/devices.json", "[\n", lambda n: f'   "key": "{_drawn(n, 16)}",\n'),
    many_lines_case("f8configs-turn-credentials", "config/webrtc.yaml", "",
                     lambda n: f'turn_credential{n}: "{_drawn(n, 24)}"\n', count=1_000),
]
