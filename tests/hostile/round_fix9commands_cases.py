"""Hostile text for blind round 9's command-line reads (kinds/_command_lines.py): a setting's `--name` and
`--set`, bimmerconnected's login, Conan's login, curl's `-u` of a variable's user, a browser's URL key (on a
line and on thousands of continued lines), Queclink's AT commands and Teltonika's SMS commands: one 256 KB
line repeating each form, or thousands of lines of it, every value different and generated-looking, then a
planted Telegram token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fix9commands", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fix9c-named-settings", "provision.sh",
                       lambda n: f"$CFG --component=mod_x{n} --name=x{n}_secret --set={_drawn(n, 32)} "),
    fragment_line_case("fix9c-names-never-set", "provision.sh", lambda n: f"--name=x{n}_secret --other=1 "),
    fragment_line_case("fix9c-bimmer-logins", "car.sh",
                       lambda n: f"bimmerconnected status u{n}@example.org {_drawn(n, 14)} rest_of_world "),
    fragment_line_case("fix9c-conan-logins", "ci.sh", lambda n: f"conan remote login r{n} u{n} -p {_drawn(n, 14)} "),
    fragment_line_case("fix9c-curl-variable-users", "Makefile", lambda n: f"curl -u '$(U{n}):{_drawn(n, 14)}' "),
    fragment_line_case("fix9c-browser-url-keys", "kiosk.sh",
                       lambda n: f"chromium --kiosk https://s{n}.example.net/d?key={_drawn(n, 32)} "),
    many_lines_case("fix9c-continued-url-keys", "kiosk.sh", "chromium --kiosk \\\n",
                    lambda n: f"  https://s{n}.example.net/d?key={_drawn(n, 32)} \\\n"),
    fragment_line_case("fix9c-queclink-commands", "init.txt", lambda n: f"AT+GTBSI={_drawn(n, 8)},apn{n},,,,FFFF$ "),
    many_lines_case("fix9c-queclink-lines", "bench/init.txt", "; bench\n",
                    lambda n: f"AT+GTSRI={_drawn(n, 8)},3,,1,gw{n}.example.net,5004,,0,,60,0,0,0,,0,FFFF$\n"),
    many_lines_case("fix9c-teltonika-lines", "sms/batch.txt", "# <login> <password> <command>\n",
                    lambda n: f"adm{n} {_drawn(n, 12)} setparam {2000 + n % 9}:apn{n}.example.net\n"),
    fragment_line_case("fix9c-teltonika-words", "batch.txt", lambda n: f"adm{n} setparam getparam "),
]
