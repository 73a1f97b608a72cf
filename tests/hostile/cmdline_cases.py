"""Hostile inputs for the command-line, setter and console forms (kinds/_command_lines.py): a
line of thousands of tool names and password options, a Backlog of thousands of commands, a long
word after a tool, floods of setter and fallback heads, then a real credential. Each ends quickly
and as it must; the planted secret is never printed. Every secret here is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
# (bytes of the repeated head on one line; in the suite a quarter, still past twice the longest stretch of a
# line _command_lines reads, _SGD_LINE_READ's 16,384 characters)
HEAD = sized(200 * 1024, 50 * 1024)
FOUND = "Literal Credential"
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    # 200 KB of `signtool /p ` on one line: sixteen commands are read, the rest of the line is not.
    HostileCase("cmdline-tool-heads-line", _scan("sign.ps1", lambda: b"signtool /p " * (HEAD // 12) + b"\n"
                                                 + f'signtool sign /f c.pfx /p "{PASSWORD}" app.exe\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # a tool then 200 KB of one word: its tokens are bounded.
    HostileCase("cmdline-tool-long-word", _scan("run.sh", lambda: b"sshpass -p " + b"x" * HEAD + b"\n"
                                                + f"sshpass -p '{PASSWORD}' ssh ops@h uptime\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # the monitoring plugins' head, 200 KB of it, and no password anywhere.
    HostileCase("cmdline-check-heads-line", _scan("nrpe.cfg", lambda: b"check_redis.pl -x " * (HEAD // 18) + b"\n"), 0, CLEAN),
    # a Backlog of 20,000 commands: the first 64 are read (the password is the first).
    HostileCase("cmdline-backlog-flood", _scan("plug.cfg", lambda: f"Backlog MqttPassword {PASSWORD}; ".encode()
                                                + b"Topic t; " * 20_000 + b"\n"),
                1, FOUND, secrets=(PASSWORD,)),
    # 200 KB of setter and fallback heads on one line, then the real ones.
    HostileCase("cmdline-setter-heads-line", _scan("pub.py", lambda: b'username_pw_set("a", ' * (HEAD // 21) + b"\n"
                                                   + f'client.username_pw_set("probe", "{PASSWORD}")\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("cmdline-fallback-heads-line", _scan("build.gradle", lambda: b'System.getenv("STORE_PASSWORD") ?: ' * (HEAD // 35)
                                                     + f'"{PASSWORD}"\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # an SMB mount's heads (`mount … -t smbfs`, `//u:p@` paths, `@` runs) along 200 KB lines, then a real mount.
    HostileCase("cmdline-smb-mount-heads-line", _scan("mount.sh", lambda: b"mount " * (HEAD // 6) + b"-t smbfs //a:b@c\n"
                                                      + b"mount_smbfs " + b"//a:x@" * (HEAD // 6) + b"\n"
                                                      + b"mount_smbfs //a:" + b"@" * HEAD + b"\n"
                                                      + f"mount_smbfs //ops:{PASSWORD}@nas.example.lan/share /Volumes/s\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # `net use` then 200 KB of words holding a `$`; curl's -u of a password of 200 KB of `$` and digits.
    HostileCase("cmdline-net-use-dollar-words", _scan("map.cmd", lambda: b"net use X: \\\\h\\s /user:a " + b"a$b " * (HEAD // 4)
                                                      + b"\n"), 0, CLEAN),
    HostileCase("cmdline-curl-dollar-digits", _scan("ci.sh", lambda: b"curl -u a:" + b"ab$1" * (HEAD // 4) + b"\n"), 0, CLEAN),
]
