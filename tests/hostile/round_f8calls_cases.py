"""Hostile text for round BG-BL's code-call reads (kinds/_code_calls.py): a package's factory given a
key and its secret, a client's call opened at a line's end with commented arguments below, an AWS
secret key's shape beside a region, Lisp settings and a setq's continued pairs, (user, password)
pairs nested under a login's name, a user's key in a mapping, a job's argument list, a page's
script. One 256 KB line repeating each form, or thousands of lines of it, every value different
and generated-looking, then a planted Telegram token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_BASE64 = _ALNUM + "+/"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("f8calls", number, length, alphabet)


CASES: List[HostileCase] = [
    many_lines_case("f8calls-factory-lines", "sms.js", 'import twilio from "twilio";\n',
                    lambda n: f'const c{n} = twilio("SK{_drawn(n, 32)}", "{_drawn(n, 32, _ALNUM)}");\n'),
    fragment_line_case("f8calls-factory-fragments", "sms.js",
                       lambda n: f'require("twilio")("AC{_drawn(n, 32)}", "{_drawn(n, 32, _ALNUM)}"); '),
    many_lines_case("f8calls-opened-client-lines", "cio.rb", "",
                    lambda n: f'c{n} = Customerio::Client.new(\n  "{_drawn(n, 20)}",  # site id, eu\n'
                              f'  "{_drawn(n + 7, 20)}",  # key\n  # more\n'),
    fragment_line_case("f8calls-region-fragments", "ses.py",
                       lambda n: f'calculate_key("{_drawn(n, 40, _BASE64)}", "eu-west-{n % 3 + 1}"), '),
    fragment_line_case("f8calls-lisp-fragments", "init.el", lambda n: f'(sql-password "{_drawn(n, 18, _ALNUM)}") '),
    many_lines_case("f8calls-setq-pair-lines", "init.el", "(setq user-full-name \"Ana\"\n",
                    lambda n: f'      my-{n}-password "{_drawn(n, 18, _ALNUM)}"\n'),
    fragment_line_case("f8calls-nested-pair-fragments", "conf.py",
                       lambda n: f'(r"https://w{n}\\.acme\\.io/", ("u{n}", "{_drawn(n, 16, _ALNUM)}")), '),
    many_lines_case("f8calls-nested-pair-lines", "conf.py", "linkcheck_auth = [\n",
                    lambda n: f'    (r"https://w{n}\\.acme\\.io/", ("u{n}", "{_drawn(n, 16, _ALNUM)}")),\n'),
    fragment_line_case("f8calls-user-key-fragments", "get.py",
                       lambda n: f"{{'username': 'u{n}', 'key': '{_drawn(n, 32)}'}}, "),
    many_lines_case("f8calls-args-lines", "sidekiq.yml", ":schedule:\n",
                    lambda n: f'    args: ["svc{n}", "{_drawn(n, 24, _ALNUM)}", "{_drawn(n + 1, 24, _ALNUM)}"]\n'),
    many_lines_case("f8calls-page-script-lines", "docs/index.html", "<script>\n",
                    lambda n: f"  clientSecret{n}: '{_drawn(n, 40)}', <script>x</script>\n"),
    fragment_line_case("f8calls-page-script-fragments", "index.html",
                       lambda n: f"<script>clientSecret: '{_drawn(n, 40)}'</script> "),
]
