"""Hostile inputs for the enterprise configuration forms (kinds/_enterprise_forms.py): 200 KB lines
of an answer file's, FileZilla's, SSIS's, an RSAKeyValue's and Perl's heads, a logging.ini `args=`
that is no literal, then a real credential. Each ends quickly and as it must; the planted secret is
never printed. Every secret here is generated."""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
ENCODED = base64.b64encode(PASSWORD.encode()).decode()
HEAD = 200 * 1024  # (bytes of the repeated head on one line)
FOUND = "Literal Credential"
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    # 200 KB of `<Password><Value>` with no close, then a real answer-file password.
    HostileCase("enterprise-answer-heads-line", _scan("autounattend.xml", lambda: b"<Password><Value>" * (HEAD // 17) + b"\n"
                                                      + f"<Password><Value>{PASSWORD}</Value><PlainText>true</PlainText>"
                                                        "</Password>\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # 200 KB of FileZilla's `<Pass encoding="base64">` head, then a real one.
    HostileCase("enterprise-filezilla-heads-line", _scan("sitemanager.xml", lambda: b'<Pass encoding="base64">' * (HEAD // 24)
                                                         + b"\n" + f'<Pass encoding="base64">{ENCODED}</Pass>\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # 200 KB of an SSIS variable's head (50 KB in the suite, over a thousand heads: still past twice the
    # longest stretch of a line any reader reads, 16,384 characters): no password anywhere.
    HostileCase("enterprise-dtsx-heads-line", _scan("p.dtsx", lambda: b'<DTS:Variable DTS:ObjectName="Password" '
                                                    * (sized(HEAD, HEAD // 4) // 39) + b"\n"), 0, CLEAN),
    # an RSAKeyValue opened and 200 KB of `<D>` never closed: no key.
    HostileCase("enterprise-rsa-unclosed", _scan("k.xml", lambda: b"<RSAKeyValue><D>" + b"A" * HEAD + b"\n"), 0, CLEAN),
    # 200 KB of Perl `=> q{` heads, then a real one.
    HostileCase("enterprise-perl-heads-line", _scan("Config.pm", lambda: b"password => q{" * (HEAD // 14) + b"\n"
                                                    + f"password => q{{{PASSWORD}}},\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # an SMTPHandler's `args=` of 1,990 nested tuples (within the read length): no literal, no traceback.
    HostileCase("enterprise-smtp-args-nested", _scan("logging.ini", lambda: b"[handler_m]\nclass=handlers.SMTPHandler\nargs="
                                                     + b"(" * 1990 + b")" * 1990 + b"\n"), 0, CLEAN),
]
