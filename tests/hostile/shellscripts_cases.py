"""Hostile inputs for the Windows, Oracle, FTP-script, JCL, .curlrc and secret-store forms
(kinds/_command_lines.py, round T-W): 200 KB lines of each form's head, floods of `^`-continued
lines and of `open host` lines, then a real credential. Each ends quickly and as it must; the
planted secret is never printed. Every secret here is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
HEAD = 200 * 1024  # (bytes of the repeated head on one line)
FOUND = "Literal Credential"
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    # 200 KB of `net use \\h\s ` then a real one: sixteen commands a line are read.
    HostileCase("shell-net-use-heads-line", _scan("map.cmd", lambda: b"net use \\\\h\\s " * (HEAD // 15) + b"\n"
                                                  + f"net use \\\\h\\s {PASSWORD} /user:D\\u\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # 200 KB of `sqlplus -s ` with no logon.
    HostileCase("shell-sqlplus-heads-line", _scan("run.sh", lambda: b"sqlplus -s " * (HEAD // 11) + b"\n"), 0, CLEAN),
    # 20,000 lines continued with `^` below a schtasks head, the password on the last: twenty are read.
    HostileCase("shell-continuation-flood", _scan("tasks.cmd", lambda: b"schtasks /create /tn x ^\n" + b"/sc daily ^\n" * 20_000
                                                  + f"/ru D\\u /rp {PASSWORD}\n".encode()
                                                  + f"schtasks /create /tn y /ru D\\u /rp {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # 20,000 `open host` lines (5,000 in the suite: still far past _FTP_SCRIPT_HEAD_LINES, 40), then a script with a user line.
    HostileCase("shell-ftp-open-flood", _scan("get.ftp", lambda: b"open h.example\n" * sized(20_000, 5_000)
                                              + f"open h.example\nuser u {PASSWORD}\nbye\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # 200 KB of `echo x | ` and of `password=` on a JCL card's line.
    HostileCase("shell-pipe-heads-line", _scan("boot.sh", lambda: b"echo x | " * (HEAD // 9) + b"\n"
                                               + f"echo -n '{PASSWORD}' | gh secret set DEPLOY_KEY\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("shell-jcl-password-heads-line", _scan("JOB.jcl", lambda: b"//  PASSWORD=&PW," * (HEAD // 17) + b"\n"), 0, CLEAN),
]
