"""Hostile text for blind round 8's command-line reads (kinds/_command_lines.py): localization CLIs'
tokens, a tool's token given a variable assigned above, a scheduled task's XML arguments, curl's -u with a
literal `$` or a key with no password, deployment environment setters, dvc remote settings, login operands:
one 256 KB line repeating each form, or thousands of lines of it, every value different and generated-looking,
then a planted Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("f8commands", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("f8c-token-references", "i18n.sh", lambda n: f'lokalise2 --token "$LK{n}" tx --token $TX{n} '),
    many_lines_case("f8c-assigned-then-referenced", "i18n.sh", "",
                    lambda n: f"export LK{n}={_drawn(n, 40)}\nlokalise2 --token \"$LK{n}\" --project-id {n} file download\n"),
    many_lines_case("f8c-references-never-assigned", "i18n.sh", "",
                    lambda n: f"crowdin upload -T $C{n} --token ${{T{n}}} -T $D{n} -T $E{n}\n"),
    fragment_line_case("f8c-task-arguments", "Backup.xml",
                       lambda n: f"<Command>sqlcmd.exe</Command><Arguments>-S h{n} -U u -P {_drawn(n, 14, _ALNUM)} -Q &quot;x&quot; "),
    many_lines_case("f8c-task-argument-lines", "Many.xml", "<Task>\n",
                    lambda n: f"<Command>C:\\T\\sqlcmd.exe</Command>\n<Arguments>-S h{n} -U u -P {_drawn(n, 14, _ALNUM)}</Arguments>\n"),
    fragment_line_case("f8c-curl-dollar-passwords", "push.groovy",
                       lambda n: f"curl -u u{n}:Ab{_drawn(n, 6, _ALNUM)}$Cd{n}x -T f https://h/ "),
    fragment_line_case("f8c-curl-keys-no-password", "api.sh", lambda n: f"curl -u {_drawn(n, 32)}: https://h/{n} "),
    many_lines_case("f8c-continued-curl-users", "api.sh", "",
                    lambda n: f"curl https://h/{n} \\\n  -u {_drawn(n, 32)}: \\\n  -u u{n}:Ab{_drawn(n, 6, _ALNUM)}$Cd{n}x\n"),
    fragment_line_case("f8c-environment-setters", "deploy.sh",
                       lambda n: f"heroku config:set K{n}_PASSWORD={_drawn(n, 14, _ALNUM)} balena env add P{n}_TOKEN {_drawn(n, 20)} "),
    fragment_line_case("f8c-dvc-settings", "Makefile",
                       lambda n: f"dvc remote modify --local r{n} password {_drawn(n, 16, _ALNUM)} ; "),
    fragment_line_case("f8c-login-operands", "job.sbatch", lambda n: f"wandb login {_drawn(n, 40)} ; snyk auth {_drawn(n, 36)} ; "),
]
