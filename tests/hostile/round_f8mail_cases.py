"""Hostile text for round 8's mail forms (kinds/_mail_configs.py): sendmail's AuthInfo entries, dma's
auth.conf lines, Monit's `allow user:password`, SMTP sessions' AUTH PLAIN and AUTH LOGIN records (the
latter a challenge line reading the lines after it): one 256 KB line repeating each form, or thousands
of lines of it, every value different and generated-looking, then a planted Telegram token. The scan
must reach it (and report it). A file whose every line is a finding holds 1,500 of them: the cost is then
the findings' own (judged, masked, printed), as for any file of thousands of passwords. Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case


def _drawn(number: int, length: int) -> str:
    return drawn("f8mail", number, length, ALNUM)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_FINDINGS = 1_500  # (lines of a file whose every line is a finding)

CASES: List[HostileCase] = [
    fragment_line_case("f8mail-authinfo-items", "authinfo",
                       lambda n: f'AuthInfo:h{n}.example "U:u{n}" "P:{_drawn(n, 14)}" "P={_b64(_drawn(n, 12))}" '),
    many_lines_case("f8mail-authinfo-lines", "etc/mail/access", "",
                    lambda n: f'AuthInfo:relay{n}.example "U:u{n}" "P:{_drawn(n, 14)}" "M:PLAIN"\n', _FINDINGS),
    many_lines_case("f8mail-dma-lines", "etc/dma/auth.conf", "# user|host:password\n",
                    lambda n: f"u{n}|smtp{n}.example:{_drawn(n, 16)}\n", _FINDINGS),
    fragment_line_case("f8mail-monit-allows", "monitrc", lambda n: f"allow u{n}:{_drawn(n, 14)} "),
    many_lines_case("f8mail-monit-allow-lines", "etc/watch/httpd.cfg", "set httpd port 2812 and\n",
                    lambda n: f"    allow u{n}:{_drawn(n, 14)} read-only\n", _FINDINGS),
    fragment_line_case("f8mail-auth-plain-tokens", "smtp.log",
                       lambda n: f"AUTH PLAIN {_b64(chr(0) + f'u{n}' + chr(0) + _drawn(n, 14))} "),
    fragment_line_case("f8mail-bare-auth-plain", "smtp-bare.log", lambda n: "AUTH PLAIN "),
    many_lines_case("f8mail-password-challenges", "logs/swaks.log", "",
                    lambda n: f"<-  334 UGFzc3dvcmQ6\n -> {_b64(_drawn(n, 14))}\n", _FINDINGS),
    many_lines_case("f8mail-challenges-only", "docs/swaks.txt", "", lambda n: "<-  334 UGFzc3dvcmQ6\n"),
    many_lines_case("f8mail-bare-auth-plain-lines", "logs/plain.log", "", lambda n: "AUTH PLAIN\n"),
    # kinds/_reference_lookalikes.py: Spring placeholders' defaults, PHP's single-quoted `$` literals
    fragment_line_case("f8mail-placeholder-defaults", "Config.java",
                       lambda n: f'@Value("${{svc{n}.auth-token:{_drawn(n, 24)}}}") '),
    fragment_line_case("f8mail-placeholders-no-default", "app.properties", lambda n: f"${{a{n}.password}}${{"),
    fragment_line_case("f8mail-php-dollar-literals", "config.php", lambda n: f"$smtp_password{n} = '${_drawn(n, 14)}'; "),
    many_lines_case("f8mail-php-dollar-lines", "lists/config/config.php", "<?php\n",
                    lambda n: f"define('SMTP_PASS_{n}', '${_drawn(n, 14)}');\n", _FINDINGS),
]
