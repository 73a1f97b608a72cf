"""Hostile inputs for the integration forms (kinds/_integration_forms.py and the wider readings of
round AA): 200 KB lines of each form's head (lftp's `-u`, a script's `-Password`, a VB index, an
attributed element, a scheme joined to a literal, a literal line, a worded password in a table, a
Redis ACL rule, `net use`, sqlplus's quoted logon), then a real credential or none. Each ends
quickly and as it must; the planted secret is never printed. Every secret here is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
# (bytes of the repeated head on one line; in the suite 128 KB, still twice tabular.MAX_ROW, 65,536 characters, the
# longest row a CSV reader reads, and far past the other readers' line reads, 16,384 characters at most)
HEAD = sized(200 * 1024, 128 * 1024)
FOUND = "Literal Credential"
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    HostileCase("integration-lftp-heads-line", _scan("push.sh", lambda: b"lftp -u a," * (HEAD // 10) + b"\n"
                                                     + f"lftp -u edi,'{PASSWORD}' sftp://h\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("integration-open-heads-line", _scan("mirror.lftp", lambda: b"open -u a," * (HEAD // 10) + b"\n"), 0, CLEAN),
    HostileCase("integration-dash-parameter-heads-line", _scan("run.ps1", lambda: b"-Password " * (HEAD // 10) + b"\n"
                                                               + f".\\x.ps1 -SqlPassword {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("integration-vb-index-heads-line", _scan("mail.bas", lambda: b'.Item("' * (HEAD // 7) + b'") = "x\n'
                                                         + f'.Item("sendpassword") = "{PASSWORD}"\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("integration-attributes-line", _scan("req.xml", lambda: b"<wsse:Password" + b' Type="x"' * (HEAD // 9)
                                                     + b">x</wsse:Password>\n"), 0, CLEAN),
    HostileCase("integration-joined-scheme-heads-line", _scan("post.js", lambda: b'"Bearer " + "' * (HEAD // 13) + b"\n"
                                                              + f'h("Authorization", "Bearer " + "{PASSWORD}");\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("integration-literal-line-blanks", _scan("dsn.py", lambda: b'    "PWD=x"' + b" " * HEAD + b"y\n"
                                                         + b'    "z;"\n'), 0, CLEAN),
    HostileCase("integration-worded-password-blanks", _scan("partners.csv", lambda: b"partner,notes\nx,pw" + b" " * HEAD
                                                            + b"x\n" + b"pw " * (HEAD // 3) + b"\n"), 0, CLEAN),
    HostileCase("integration-acl-user-heads-line", _scan("tier.conf", lambda: b"user " * (HEAD // 5) + b"\n"
                                                         + f"user jobs on ~jobs:* >{PASSWORD}\n".encode()),
                1, "Redis Credentials", secrets=(PASSWORD,)),
    HostileCase("integration-net-use-heads-line", _scan("map.cmd", lambda: b"net use P: %S% " * (HEAD // 15) + b"\n"), 0, CLEAN),
    HostileCase("integration-sqlplus-quoted-heads-line", _scan("gl.ksh", lambda: b'sqlplus a/\\"' * (HEAD // 12) + b"\n"
                                                               + f'sqlplus -s "gl/\\"{PASSWORD}\\"@DB"\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
]
