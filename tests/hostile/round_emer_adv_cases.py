"""Hostile scripts for the adversarial review of blind rounds EM-ER: thousands of registry commands each continued on
the next line (`reg add … /d ^`, `Set-ItemProperty … `` ), each read across its continued lines, and thousands of
lines giving the Basic scheme a name (`"Basic %s" % pair`) no line above assigns, each read up to 40 lines back;
then a planted Telegram token. The scan must reach the token. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import many_lines_case

CASES: List[HostileCase] = [
    many_lines_case("emer-reg-add-continued-each-line", "deploy/autologon.bat", "@echo off\n",
                    lambda n: f"reg add HKLM\\SOFTWARE\\Vendor{n} /v DefaultPassword /d ^\n", count=20_000),
    many_lines_case("emer-set-itemproperty-continued-each-line", "deploy/autologon.ps1", "$p = 'HKLM:\\SOFTWARE\\X'\n",
                    lambda n: f"Set-ItemProperty -Path $p -Name DefaultPassword{n} `\n", count=20_000),
    many_lines_case("emer-basic-formatted-unassigned-name", "client/api.py", "import requests\n",
                    lambda n: f'h{n} = {{"Authorization": "Basic %s" % pair, "X": "Basic {{}}".format(pair)}}\n',
                    count=20_000),
]
