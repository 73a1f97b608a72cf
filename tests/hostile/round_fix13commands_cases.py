"""Hostile text for round fix13commands' forms (kinds/_command_lines.py): GStreamer pipelines' secret properties
(a property's element looked for on the lines above), SNMP monitoring plugins' `-C`, the B2 CLI's `account authorize`:
one 256 KB line repeating each form, or thousands of such lines, every value different, then a planted Telegram
token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fix13commands", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fix13commands-gst-properties", "pipe.py", lambda n: f'"passphrase={_drawn(n, 12)} '),
    fragment_line_case("fix13commands-gst-elements", "pipe.py", lambda n: f"srtsink passphrase=p{_drawn(n, 10)} ! "),
    fragment_line_case("fix13commands-gst-unclosed", "pipe.c", lambda n: 'srtsrc user-pw="passphrase=\\"'),
    many_lines_case("fix13commands-gst-lines", "pipe.py", "PIPELINE = (\n    \"srtsink uri=srt://h:1 \"\n",
                    lambda n: f'    "passphrase={_drawn(n, 12)} pbkeylen=32 "\n'),
    fragment_line_case("fix13commands-snmp-plugins", "commands.cfg",
                       lambda n: f"check_snmp_x -C {_drawn(n, 10)} -c 1 check_if -C "),
    many_lines_case("fix13commands-snmp-lines", "commands.cfg", "",
                    lambda n: f"  command_line $USER1$/check_snmp_int.pl -H h{n} -C {_drawn(n, 12)} -c 90,95\n"),
    fragment_line_case("fix13commands-b2-authorize", "b2.sh", lambda n: f"b2 account authorize {_drawn(n, 8)} "),
    many_lines_case("fix13commands-b2-lines", "b2.sh", "",
                    lambda n: f"b2 authorize-account {_drawn(n, 25, '0123456789abcdef')} K{_drawn(n + 1, 30)}\n"),
]
