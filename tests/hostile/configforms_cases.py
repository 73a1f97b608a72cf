"""Hostile inputs for the configuration forms (kinds/_config_forms.py): a parameter_overrides line
of 200 KB of `X=` pairs, a line of 200 KB of `:password "` heads, thousands of `NoEcho: true` and
`@secure()` lines (each reads a bounded window of siblings), a NuGet `<add key=` flood, a JSON
object opened on thousands of lines, a fetchmail line of `password` heads, then a real credential.
Each ends quickly and as it must; the planted secret is never printed. Every secret is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
# (bytes of the repeated head on one line; in the suite a quarter, still past twice the longest stretch of a line
# _config_forms reads, 4,096 characters)
HEAD = sized(200 * 1024, 50 * 1024)
# (lines of a flood; in the suite a quarter, still far past the readers' sibling and parent windows, 200 lines at most)
FLOOD = sized(20_000, 5_000)
FOUND = "Literal Credential"
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    # found by review: a sibling's bare value before blanks backtracked cubically
    HostileCase("configforms-noecho-default-blanks", _scan("template.yaml", lambda: (
        b"Parameters:\n" + b"".join(b"  P%d:\n    NoEcho: true\n    Default: a" % n + b" " * 400 + b"b\n" for n in range(sized(2000, 500)))
        + f"  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: {PASSWORD}\n".encode())),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("configforms-overrides-line", _scan("samconfig.toml", lambda: b'parameter_overrides = "' + b"A=b " * (HEAD // 4)
                                                    + f'CacheAuthToken={PASSWORD}"\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("configforms-edn-heads-line", _scan("profiles.clj", lambda: b':password "' * (HEAD // 11) + b"\n"
                                                    + f'{{:username "ci" :password "{PASSWORD}"}}\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("configforms-noecho-flood", _scan("cfn/db.yaml", lambda: b"Parameters:\n" + b"    NoEcho: true\n" * FLOOD
                                                  + f"  P:\n    NoEcho: true\n    Default: {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("configforms-secure-flood", _scan("main.bicep", lambda: b"@secure()\n" * FLOOD
                                                  + f"param adminPassword string = '{PASSWORD}'\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("configforms-nuget-add-line", _scan("NuGet.Config", lambda: b'<add key="https://x" value="' * (HEAD // 28)
                                                    + b"\n"), 0, CLEAN),
    HostileCase("configforms-opened-objects", _scan("main.parameters.json", lambda: b'"adminPassword": {\n' * FLOOD
                                                    + f'"value": "{PASSWORD}"\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("configforms-fetchmail-heads-line", _scan(".fetchmailrc", lambda: b"password " * (HEAD // 9) + b"\n"), 0, CLEAN),
]
