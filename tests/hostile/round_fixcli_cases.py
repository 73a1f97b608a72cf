"""Hostile text for the command-line forms of the container tools and logins (blind rounds AU-AZ:
skopeo's/buildah's `--creds user:password`, a login's `-p` continued on the next line, a command's
`-u user … -p password`, OMERO's `-w`, gpg's `--passphrase`, `-Dmule.key=`): one 256 KB line repeating
each form, or thousands of lines of it, every value different and generated-looking, then a planted
Telegram token the scan must still reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int) -> str:
    return drawn("fixcli", number, 16, _ALNUM)


CASES: List[HostileCase] = [
    fragment_line_case("fixcli-skopeo-creds", "mirror.sh", lambda n: f"skopeo copy --dest-creds u{n}:{_drawn(n)} a b; "),
    fragment_line_case("fixcli-user-password", "run.bat", lambda n: f"-u user{n} -p {_drawn(n)} "),
    fragment_line_case("fixcli-dash-u-only", "run.sh", lambda n: f"-u user{n} "),
    fragment_line_case("fixcli-login-words", "login.sh", lambda n: f"docker login cf login -w {_drawn(n)} "),
    fragment_line_case("fixcli-gpg", "enc.sh", lambda n: f"gpg --passphrase {_drawn(n)} "),
    fragment_line_case("fixcli-mule-keys", "Makefile", lambda n: f"-Dmule.key={_drawn(n)} "),
    fragment_line_case("fixcli-zip-lftp", "pack.sh", lambda n: f"zip -P {_drawn(n)} a.zip lftp -u u{n},{_drawn(n)} h; "),
    fragment_line_case("fixcli-zip-words", "zips.py", lambda n: f"zip -r zip( unzip -p zip "),
    # (two lines a command: 3,000 lines, all one continued command)
    many_lines_case("fixcli-continued-logins", "login.sh", "",
                    lambda n: f"podman login --authfile /a/{n}.json \\\n  -u u{n} -p {_drawn(n)} r{n}.example \\\n", count=1_500),
    many_lines_case("fixcli-continued-mysql", "restore.sh", "",
                    lambda n: f"mysql -h db{n} \\\n  -u root -p db{n} \\\n", count=1_500),
    # (every line a finding: a finding costs what it costs in any form, 3,000 of round AI-AN's proxy lines take
    # 2.6 s; 2,000 here keep the margin to 3 s on a loaded machine)
    many_lines_case("fixcli-user-password-lines", "jobs.bat", "",
                    lambda n: f"%PY% job{n}.py -s https://h{n}.example -u admin{n} -p {_drawn(n)} >> %LOG%\n", count=2_000),
]
