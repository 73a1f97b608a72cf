"""Adversarial review of blind rounds EM-ER (issue 14). Variations of the round's new forms a real file takes:

- an HTTP Basic credential's base64 under a name, the name then given to the scheme by a format rather than a join or an
  interpolation (Python's `"Basic %s" % pair`, `"Basic {}".format(pair)`, Go's `fmt.Sprintf("Basic %s", pair)`, Java's
  `String.format("Basic %s", pair)`) blocks as `f"Basic {pair}"` does (before, nothing did);
- a shell's bare assignment of the base64 (`PAIR=…`, `export PAIR=…`, no quotes) is read as the quoted one is;
- the name computed (`pair = base64.b64encode(…)`) or a shell's `$(…)` stays quiet.

Through the engine. Every value here is generated (seeds 1,580,000-1,580,999)."""
from __future__ import annotations

import base64

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_UPPER = "BCDFGHJKLMNPRSTVWXZ"
_LOWER = "aeioulnrst"


def _chosen(seed: int, mark: str) -> str:
    """A chosen password's shape, two words and digits about a mark (`Lynx*Heron74`)."""
    return (drawn(seed, 1, _UPPER) + drawn(seed + 1, 5, _LOWER) + mark + drawn(seed + 2, 1, _UPPER) + drawn(seed + 3, 4, _LOWER)
            + drawn(seed + 4, 2, "0123456789"))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


_PASSWORD = _chosen(1580000, "#")
_PAIR = base64.b64encode(f"{drawn(1580010, 6, _LOWER)}:{_PASSWORD}".encode()).decode()

# (file, text): the base64 on the first line, the scheme given it by a format or from a bare shell assignment
_FORMATTED = [
    ("client/api.py", f'pair = "{_PAIR}"\nheaders = {{"Authorization": "Basic %s" % pair}}\n'),
    ("client/api2.py", f'pair = "{_PAIR}"\nheaders = {{"Authorization": "Basic %s" % (pair)}}\n'),
    ("client/api3.py", f'pair = "{_PAIR}"\nheaders = {{"Authorization": "Basic {{}}".format(pair)}}\n'),
    ("client/api.go", f'pair := "{_PAIR}"\nreq.Header.Set("Authorization", fmt.Sprintf("Basic %s", pair))\n'),
    ("client/Api.java", f'String pair = "{_PAIR}";\nconn.setRequestProperty("Authorization", String.format("Basic %s", pair));\n'),
    ("ops/probe.sh", f'PAIR={_PAIR}\ncurl -H "Authorization: Basic $PAIR" https://api.example.net/\n'),
    ("ops/probe2.sh", f'export PAIR={_PAIR}  # svc\ncurl -H "Authorization: Basic ${{PAIR}}" https://api.example.net/\n'),
]


@pytest.mark.parametrize("filename, text", _FORMATTED, ids=[name for name, _ in _FORMATTED])
def test_a_basic_credential_given_by_a_format_blocks(engine: Engine, filename: str, text: str) -> None:
    assert (1, "Literal Credential", _PASSWORD) in _blocked(engine, filename, text)


_COMPUTED = [
    ("client/api4.py", 'pair = base64.b64encode(f"{user}:{password}".encode()).decode()\n'
                       'headers = {"Authorization": "Basic %s" % pair}\n'),
    ("ops/probe3.sh", 'PAIR=$(printf \'%s\' "$API_USER:$API_PASSWORD" | base64)\n'
                      'curl -H "Authorization: Basic $PAIR" https://api.example.net/\n'),
]


@pytest.mark.parametrize("filename, text", _COMPUTED, ids=[name for name, _ in _COMPUTED])
def test_a_computed_basic_credential_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# - a registry value written by a command continued over lines, an option a line (cmd's `^`, PowerShell's backtick), blocks
#   as the one-line command does (before, the continued form passed); a reference there stays quiet.
_REG_PASSWORD = _chosen(1580100, "!")
_WINLOGON = r'"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"'
_CONTINUED_REGISTRY = [
    ("deploy/autologon.bat", f"reg add {_WINLOGON} ^\n    /v DefaultPassword /t REG_SZ ^\n    /d \"{_REG_PASSWORD}\" /f\n", 3),
    ("deploy/autologon2.cmd", f"reg.exe add {_WINLOGON} ^\n  /v DefaultPassword /t REG_SZ /d {_REG_PASSWORD} /f\n", 2),
    ("deploy/autologon.ps1", f"Set-ItemProperty -Path $winlogon `\n    -Name DefaultPassword `\n    -Value '{_REG_PASSWORD}'\n", 3),
    ("deploy/autologon2.ps1", f"New-ItemProperty -Path $winlogon -Name 'DefaultPassword' `\n    -Value \"{_REG_PASSWORD}\" "
                              "-PropertyType String -Force\n", 2),
]


@pytest.mark.parametrize("filename, text, line", _CONTINUED_REGISTRY, ids=[name for name, _, _ in _CONTINUED_REGISTRY])
def test_a_registry_value_continued_over_lines_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert (line, "Literal Credential", _REG_PASSWORD) in _blocked(engine, filename, text)


_CONTINUED_REFERENCES = [
    ("deploy/autologon3.bat", f"reg add {_WINLOGON} ^\n    /v DefaultPassword /t REG_SZ ^\n    /d \"%AUTOLOGON_PW%\" /f\n"),
    ("deploy/autologon3.ps1", "Set-ItemProperty -Path $winlogon `\n    -Name DefaultPassword `\n    -Value $plainPassword\n"),
    ("deploy/autologon4.bat", f"reg add {_WINLOGON} ^\n    /v DefaultUserName /t REG_SZ ^\n    /d Administrator /f\n"),
]


@pytest.mark.parametrize("filename, text", _CONTINUED_REFERENCES, ids=[name for name, _ in _CONTINUED_REFERENCES])
def test_a_continued_registry_reference_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
