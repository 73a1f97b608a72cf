"""Hostile text for blind round AQ's telecom reads (kinds/_telecom_configs.py, the SQL column list run
over lines, the hash verifiers beside a value): one 256 KB line repeating each form, or thousands of
lines of it, every value different and generated-looking, then a planted Telegram token. The scan
must reach it (and report it); each finishes in seconds. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fixvoip", number, length, alphabet)


CASES: List[HostileCase] = [
    # Asterisk's dial strings and register lines, curl's USERPWD, a Twilio SID beside its token
    fragment_line_case("fixvoip-iax2-dial-strings", "extensions.conf",
                       lambda n: f"Dial(IAX2/u{n}:{_drawn(n, 10, _ALNUM)}@h{n}.example/1,60) "),
    many_lines_case("fixvoip-register-lines", "sip.conf", "[general]\n",
                     lambda n: f"register => {n}:{_drawn(n, 12, _ALNUM)}@sip{n}.example/{n}\n", 1_500),
    fragment_line_case("fixvoip-userpwd", "extensions_custom.conf",
                       lambda n: f"Set(CURLOPT(userpwd)=u{n}:{_drawn(n, 12, _ALNUM)}) "),
    # (a line of thousands of pairs reports the first ones: the line's cap)
    fragment_line_case("fixvoip-twilio-pairs", "notify.ipynb",
                       lambda n: f"Client('AC{_drawn(n, 32)}', '{_drawn(n + 7, 32)}') "),
    fragment_line_case("fixvoip-twilio-sids-alone", "sids.py", lambda n: f"AC{_drawn(n, 32)}, AC{_drawn(n + 3, 31)}: "),
    # SIP proxies' modparams, FreeSWITCH's params, Grandstream's P-values, SIPp's -ap
    fragment_line_case("fixvoip-modparams", "kamailio.cfg",
                       lambda n: f'modparam("uac", "credential", "u{n}:d{n}.example:{_drawn(n, 12, _ALNUM)}") '),
    fragment_line_case("fixvoip-fs-credentials", "xml_curl.conf.xml",
                       lambda n: f'<param name="gateway-credentials" value="u{n}:{_drawn(n, 12, _ALNUM)}"/> '),
    many_lines_case("fixvoip-p-values", "provisioning/cfg000b82a1b2c3.txt", "",
                     lambda n: f"P{(2, 34, 196, 406)[n % 4]} = {_drawn(n, 10, _ALNUM)}\n", 1_500),
    fragment_line_case("fixvoip-sipp-options", "Makefile", lambda n: f"sipp h -au {n} -ap {_drawn(n, 10, _ALNUM)} -m 5 "),
    fragment_line_case("fixvoip-proxy-control", "subscribers.sh",
                       lambda n: f"kamctl add u{n}@sip.example {_drawn(n, 11, _ALNUM)}; "),
    fragment_line_case("fixvoip-esl-calls", "events.py",
                       lambda n: f'ESLconnection("10.0.{n % 250}.1", "8021", "{_drawn(n, 11, _ALNUM)}") '),
    fragment_line_case("fixvoip-attributed-elements", "settings.xml",
                       lambda n: f'<user_pass idx="{n}" perm="">{_drawn(n, 10, _ALNUM)}</user_pass>'),
    many_lines_case("fixvoip-sip-auth-lines", "sip.conf", "[general]\n",
                     lambda n: f"auth = u{n}:{_drawn(n, 11, _ALNUM)}@sip{n}.example\n", 1_500),
    fragment_line_case("fixvoip-ami-calls", "ami.py",
                       lambda n: f'AMI("10.0.{n % 250}.1", 5038, "u{n}", "{_drawn(n, 14, _ALNUM)}", '),
    # SMPP's short passwords and a console's command list, sections named in values
    fragment_line_case("fixvoip-short-values", "smpp.py",
                       lambda n: f'bind(system_id="s{n}", password="{_drawn(n, 7, _ALNUM)}", '),
    # (Kannel's groups: a YAML list of thousands of binds costs the YAML kinds' ancestor walks, not these reads)
    many_lines_case("fixvoip-smpp-binds", "kannel/smsc.conf", "",
                     lambda n: f"group = smsc\nsystem-id = S{n}\nsmsc-password = {_drawn(n, 6, _ALNUM)}\n", 1_500),
    many_lines_case("fixvoip-console-commands", "jasmin_setup.py", "CMDS = [\n",
                     lambda n: f'    "username u{n}",\n    "password {_drawn(n, 8, _ALNUM)}",\n', 1_500),
    many_lines_case("fixvoip-pjsip-sections", "pjsip.conf", "",
                     lambda n: f"[{n}]\ntype=endpoint\nauth={n}-auth\n\n[{n}-auth]\ntype=auth\nmd5_cred={_drawn(n, 32)}\n", 1_000),
    # SQL column lists over lines, hex digests beside their notes
    many_lines_case("fixvoip-wrapped-inserts", "uacreg.sql", "",
                     lambda n: f"INSERT INTO uacreg (l_uuid,\n  auth_username, auth_password)\nVALUES ('c{n}', 'u{n}', "
                               f"'{_drawn(n, 12, _ALNUM)}');\n", 1_500),
    fragment_line_case("fixvoip-open-column-list", "seed.sql", lambda n: f"INSERT INTO uacreg (c{n}, "),
    many_lines_case("fixvoip-noted-digests", "jasmin.cfg", "[jcli]\n",
                     lambda n: f"# MD5 password digest\nadmin_password = {_drawn(n, 32)}\n", 1_500),
]
