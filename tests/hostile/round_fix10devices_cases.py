"""Hostile text for the device configuration reads of rounds BT-BV (kinds/_device_configs.py): Bambu
access codes (a command line repeating `-u bblp -P`, thousands of `access_code:` lines in a Bambu
farm's inventory), RepRapFirmware's M587 lines, NVS partition CSV rows, a Tasmota Backlog repeating
Password1, Weather Underground keys, ttn-lw-cli's root keys: one 256 KB line repeating each form, or
thousands of such lines, every value different, then a planted Telegram token. The scan must reach
it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case

_DIGITS = "0123456789"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix10devices", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fix10devices-bblp-options", "Makefile",
                       lambda n: f"mosquitto_sub -u bblp -P {_drawn(n, 8, _DIGITS)} -t device/x/report; "),
    fragment_line_case("fix10devices-access-code-settings", "bambu_printers.yaml",
                       lambda n: f'access_code: "{_drawn(n, 8, _DIGITS)}", '),
    many_lines_case("fix10devices-access-code-lines", "farm/printers.yaml", "# Bambu farm\nprinters:\n",
                    lambda n: f"  - name: p{n}\n    access_code: \"{_drawn(n, 8, _DIGITS)}\"\n"),
    many_lines_case("fix10devices-m587-lines", "macros/wifi.g", "; networks\n",
                    lambda n: f'M587 S"net-{n}" P"{_drawn(n, 14, ALNUM)}"\n'),
    many_lines_case("fix10devices-nvs-rows", "nvs.csv", "key,type,encoding,value\n",
                    lambda n: f"password,data,string,{_drawn(n, 14, ALNUM)}\n"),
    fragment_line_case("fix10devices-tasmota-backlog", "tasmota_setup.sh",
                       lambda n: f"Backlog SSID1 n{n}; Password1 {_drawn(n, 12, ALNUM)}; "),
    fragment_line_case("fix10devices-wu-keys", "pws_upload.ino", lambda n: f'WU_KEY = "{_drawn(n, 8, ALNUM)}"; '),
    many_lines_case("fix10devices-wu-key-lines", "pws/.env", "",
                    lambda n: f"WU_STATION_KEY={_drawn(n, 8, ALNUM)}\n"),
    fragment_line_case("fix10devices-ttn-root-keys", "lora_register.sh",
                       lambda n: f"--root-keys.app-key.key {_drawn(n, 32)} "),
    fragment_line_case("fix10devices-duet-m551", "config.g", lambda n: f'M551 P"{_drawn(n, 12, ALNUM)}" '),
]
