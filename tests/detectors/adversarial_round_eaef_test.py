"""Adversarial review of blind rounds EA-EF (issue 14). Variations of the round's new forms a real file takes, and
harmless files of the same forms:

- a PowerShell cmdlet's quoted secret-named parameter ending its line with a comment (`-Password '…' # vCenter`,
  `<# … #>`) blocks as it does before `|` or at the line's end (the prefilter let it by);
- a here-string given to a login tool, its output redirected (`kinit … <<< '…' >/dev/null 2>&1`), blocks;
- `net use` of PowerShell's `"$env:NAS\\share"` or `"$($nas)\\share"` blocks as `"$nas\\share"` does;
- MATLAB's `...` continuation with a comment after it (`'Username','u', ... login`) still continues the options;
- a credentials file quoted in a block comment opened on the header's line (`/* password file contains:` then
  ` *   user:…`) is read; an /etc/passwd, shadow or group line quoted under `passwd file has:` is no password;
- a bold login pair whose password holds a `*` (`**ops** / **Lynx*Heron74**`) blocks;
- an ARN after an account's number (`Client("us-east-1", "<12 digits>", "arn:aws:…")`) is no password;
- a chosen passphrase of capitalised words ending `-value` or `-here` (`Summer-Breeze-value`) is no fill-in
  instruction: only one-case instructions (`REPLACE_WITH_KEY`, `db-password-value`) are placeholders;
- a PyPI token's documented prefix then a filler (one run repeated, `xxxxxxxx`) is a warning, not a block.

Through the engine. Every value here is generated (seeds 1,420,000-1,424,999)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine
from secretfence.findings import LOW, MEDIUM
from secretfence.kinds.pypi_token import DOCUMENTED_PREFIXES, SecretfencePypiTokenDetector

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_UPPER = "BCDFGHJKLMNPRSTVWXZ"
_LOWER = "aeioulnrst"


def _chosen(seed: int, mark: str) -> str:
    """A chosen password's shape, two words and digits about a mark (`Lynx*Heron74`)."""
    return (drawn(seed, 1, _UPPER) + drawn(seed + 1, 5, _LOWER) + mark + drawn(seed + 2, 1, _UPPER) + drawn(seed + 3, 4, _LOWER)
            + drawn(seed + 4, 2, "0123456789"))


def _word(seed: int) -> str:
    return drawn(seed, 1, _UPPER) + drawn(seed + 1, 5, _LOWER)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


_PS_PW = _chosen(1420000, "*")
_HERE_PW = _chosen(1420010, "!")
_NET_PW = _chosen(1420020, "#")
_MATLAB_PW = _chosen(1420030, "*")
_QUOTED_PW = _chosen(1420040, "!")
_BOLD_PW = _chosen(1420050, "*")
_PASSPHRASE = f"{_word(1420060)}-{_word(1420062)}-value"
_PASSPHRASE_2 = f"{_word(1420064)}-{_word(1420066)}-here"
_P2_PW = _chosen(1420070, "*")
_ACCOUNT = drawn(1420080, 12, "0123456789")

BLOCKS = [
    # a PowerShell parameter's quoted value, a comment after it
    ("scripts/Connect-Lab.ps1", f"Connect-VIServer -Server vc01 -User admin -Password '{_PS_PW}' # vCenter lab\n", 1, _PS_PW),
    ("scripts/Connect-Lab.ps1", f'Connect-VIServer -Server vc01 -User admin -Password "{_PS_PW}" <# lab #>\n', 1, _PS_PW),
    # a here-string to a login tool, its output redirected
    ("ops/kinit.sh", f"#!/bin/bash\nkinit svc_etl@CORP.EXAMPLE <<< '{_HERE_PW}' >/dev/null 2>&1 || exit 1\n", 2, _HERE_PW),
    ("ops/kinit.sh", f"kinit svc_etl@CORP.EXAMPLE <<< \"{_HERE_PW}\" 2>&1\n", 1, _HERE_PW),
    # net use of PowerShell's variables
    ("scripts/Map-Drives.ps1", f'net use T: "$env:NAS\\team" /user:$env:SVC_USER {_NET_PW} /persistent:no\n', 1, _NET_PW),
    ("scripts/Map-Drives.ps1", f'net use T: "$($nas)\\team" /user:$user {_NET_PW}\n', 1, _NET_PW),
    # MATLAB's continuation with a comment after it
    ("ctd/fetch.m", f"opts = weboptions('Username','ctd', ... login of the CTD portal\n    'Password','{_MATLAB_PW}');\n",
     2, _MATLAB_PW),
    # a credentials file quoted in a block comment opened on the header's line
    ("src/auth.c", f"/* password file contains:\n *   admin:{_QUOTED_PW}\n */\n", 2, _QUOTED_PW),
    # a bold login pair, a `*` in the password
    ("docs/ops/console.md", f"1. Open the console.\n2. Sign in as **admin** / **{_BOLD_PW}**\n", 2, _BOLD_PW),
    ("notes/runbook.md", f"- Console login: **operator** / **{_BOLD_PW}** (rotate monthly)\n", 1, _BOLD_PW),
    # a chosen passphrase ending like a fill-in instruction
    (".env", f"DB_PASSWORD={_PASSPHRASE}\n", 1, _PASSPHRASE),
    (".env", f"DB_PASSWORD={_PASSPHRASE_2}\n", 1, _PASSPHRASE_2),
    # the numbered user's login still read
    ("p2/submit.py", f'api = p2api.ApiConnection("production", "40917", "{_P2_PW}")\n', 1, _P2_PW),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), BLOCKS)
def test_a_variation_of_the_rounds_forms_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(found[0], found[2]) for found in _blocked(engine, filename, text)]


QUIET = [
    # the here-string and the parameter from variables, the comment and redirection after them
    ("ops/kinit.sh", 'kinit svc_etl@CORP.EXAMPLE <<< "$KPASS" >/dev/null 2>&1 || exit 1\n'),
    ("scripts/Connect-Lab.ps1", "Connect-VIServer -Server vc01 -User admin -Password $env:VC_PW # from the vault\n"),
    ("scripts/Connect-Lab.ps1", "Connect-VIServer -Server vc01 -User admin -Password '<your password>' # fill in\n"),
    ("scripts/Map-Drives.ps1", 'net use T: "$env:NAS\\team" /user:$env:SVC_USER $env:SVC_PW\n'),
    # the system's account databases quoted under `passwd file has:`
    ("roles/users/tasks/main.yml", "# the passwd file has:\n#   root:x:0:0:root:/root:/bin/bash\n"
     "#   deploy:x:1001:1001:Deploy:/home/deploy:/bin/sh\n"),
    ("roles/users/tasks/main.yml", "# shadow password file entries:\n"
     "#   deploy:$6$rounds=5000$abcdefgh$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ:19700:0:99999:7:::\n"),
    ("roles/users/tasks/main.yml", "# the group password file has:\n#   wheel:x:10:deploy,ops\n"),
    # an ARN after an account's number
    ("infra/assume.py", f'c = ApiClient("us-east-1", "{_ACCOUNT}", "arn:aws:iam::{_ACCOUNT}:role/deploy")\n'),
    # fill-in instructions of one case
    (".env", "DB_PASSWORD=db-password-value\nAPI_TOKEN=REPLACE_WITH_PIPELINE_VALUE\nSMTP_PASSWORD=set-in-vault\n"),
    # a bold pair of navigation, no login
    ("docs/ops/console.md", "Login: **Project*Settings** / **Service_Accounts**\n"),
]


@pytest.mark.parametrize(("filename", "text"), QUIET)
def test_a_harmless_file_of_the_rounds_forms_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def _matches(text: str) -> list:
    return list(SecretfencePypiTokenDetector().find([text], 0, ".pypirc"))


@pytest.mark.parametrize("filler", ["x" * 160, "X" * 150, drawn(1420090, 8) * 20, "CJ" + drawn(1420091, 5) * 30,
                                    "CJGYourTokenHere" + "A" * 120])
def test_a_pypi_prefix_then_a_filler_is_a_warning(filler: str) -> None:
    matches = _matches(f"password = {DOCUMENTED_PREFIXES[0]}{filler}")
    assert [(match.confidence, match.details["scope"]) for match in matches] == [(LOW, "undecodable")]


def test_a_pypi_prefix_then_a_drawn_body_still_blocks() -> None:
    body = drawn_mixed(1420092, 160, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    matches = _matches(f"password = {DOCUMENTED_PREFIXES[1]}{body}")
    assert [(match.confidence, match.details["scope"]) for match in matches] == [(MEDIUM, "undecodable")]
