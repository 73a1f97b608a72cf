"""Hostile text for round fix11commands' forms (kinds/_command_lines.py, _network_configs.py, _mail_configs.py):
sshpass's SSHPASS set again and again, a command of thousands of continued `-u` lines, Zebra SGD setvar and
JSON settings, RouterOS pre-shared keys (an unclosed quote before each next key), authinfo entries: one 256 KB
line repeating each form, or thousands of such lines, every value different, then a planted Telegram token.
The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fix11commands", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fix11commands-sshpass-exports", "deploy.sh", lambda n: f'SSHPASS="{_drawn(n, 12)}" SSHPASS='),
    many_lines_case("fix11commands-sshpass-lines", ".gitlab-ci.yml", "deploy:\n  script:\n",
                    lambda n: f"    - export SSHPASS='{_drawn(n, 12)}'\n"),
    many_lines_case("fix11commands-continued-users", "run.sh", "java -jar loader.jar \\\n",
                    lambda n: f"  -u user{n}@acme.example \\\n"),
    fragment_line_case("fix11commands-continued-user-line", "run.sh", lambda n: f"-u u{n} \\ "),
    fragment_line_case("fix11commands-sgd-setvars", "printer.zpl",
                       lambda n: f'! U1 setvar "wlan.wpa.psk" "{_drawn(n, 14)}" '),
    fragment_line_case("fix11commands-sgd-json", "printer.json", lambda n: f'{{}}{{"wlan.wpa.psk":"{_drawn(n, 14)}",'),
    fragment_line_case("fix11commands-routeros-unclosed", "ap.rsc", lambda n: 'wpa2-pre-shared-key="preshared-key='),
    fragment_line_case("fix11commands-routeros-yaml-unclosed", "routeros.yml", lambda n: 'wpa2-pre-shared-key: "preshared-key: '),
    many_lines_case("fix11commands-routeros-lines", "ap.rsc", "/interface wireless security-profiles\n",
                    lambda n: f'add name=p{n} wpa2-pre-shared-key="{_drawn(n, 12)}" \\\n'),
    many_lines_case("fix11commands-authinfo-lines", "_authinfo", "",
                    lambda n: f'host h{n}.acme.example user "u{n}" password "{_drawn(n, 14)}"\n'),
    fragment_line_case("fix11commands-authinfo-fragments", "notes.cfg", lambda n: 'host h user u password "'),
]
