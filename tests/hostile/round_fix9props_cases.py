"""Hostile text for round 9's properties, YAML and judgement reads (Open edX's LTI passports, Spring
Security's `{noop}` passwords, Sakai's bean-qualified properties, CUPS's SMB device URIs with a
workgroup, a bare `key:` beside its API's `base_url:`, a secret broken at capitals with a `-` in it):
one 256 KB line repeating each form, or thousands of lines of it, every value different and
generated-looking, then a planted Telegram token. The scan must reach it (and report it);
benchmarks/hostile.py times them. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case

_LOWER_UPPER = ALNUM[:52]
# Lines of a form whose every value is reported: the engine's reporting of each (and the entropy plugins'
# findings beside it) costs what it costs on any form; the readers' own cost shows on the decoys' 3,000.
_REPORTED_LINES = 300


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fix9props", number, length, alphabet)


CASES: List[HostileCase] = [
    # one line: a course policy whose passports list never closes, every passport different
    fragment_line_case("fix9props-lti-passports-line", "policy.json",
                       lambda n: f'"lti_passports": ["tool{n}:key-{n}:{_drawn(n, 32)}", '),
    many_lines_case("fix9props-lti-passports-lines", "course/policies/2025/policy.json", '{\n  "lti_passports": [\n',
                    lambda n: f'    "tool{n}:key-{n}:{_drawn(n, 32)}",\n'),
    fragment_line_case("fix9props-noop-line", "application.properties",
                       lambda n: f"{{noop}}{_drawn(n, 16)} "),
    many_lines_case("fix9props-noop-lines", "src/main/resources/application.properties", "",
                    lambda n: f"hawkbit.security.user.u{n}.password={{noop}}${{PW_{n}}}\n"),
    many_lines_case("fix9props-noop-reported-lines", "src/main/resources/application.properties", "",
                    lambda n: f"hawkbit.security.user.u{n}.password={{noop}}{_drawn(n, 16)}\n", count=_REPORTED_LINES),
    many_lines_case("fix9props-sakai-bean-lines", "sakai/sakai.properties", "",
                    lambda n: f"password@javax.sql.DataSource{n}=${{DB_{n}}}\n"),
    many_lines_case("fix9props-sakai-bean-reported-lines", "sakai/sakai.properties", "",
                    lambda n: f"password@javax.sql.DataSource{n}=Q{_drawn(n, 14)}!\n", count=_REPORTED_LINES),
    fragment_line_case("fix9props-sakai-bean-heads", "sakai.properties",
                       lambda n: f"password@a{n}.B{_drawn(n, 6, _LOWER_UPPER)}"),
    fragment_line_case("fix9props-smb-uri-line", "printers.conf",
                       lambda n: f"DeviceURI smb://WG{n}/u{n}:{_drawn(n, 14)}@host-{n}/q{n} "),
    many_lines_case("fix9props-smb-uri-lines", "etc/cups/printers.conf", "",
                    lambda n: f"DeviceURI smb://WG{n}/u{n}:${{PW_{n}}}@host-{n}/q{n}\n"),
    many_lines_case("fix9props-smb-uri-reported-lines", "etc/cups/printers.conf", "",
                    lambda n: f"DeviceURI smb://WG{n}/u{n}:{_drawn(n, 14)}@host-{n}/q{n}\n", count=_REPORTED_LINES),
    many_lines_case("fix9props-base-url-key-lines", "config/services.yml", "services:\n",
                    lambda n: f"  s{n}:\n    base_url: https://api{n}.svc.net/api\n    key: {_drawn(n, 40, HEX)}\n",
                    count=_REPORTED_LINES),
    # a value that is one long run of words and separators (checked by the identifier rule)
    fragment_line_case("fix9props-separated-run-line", "application.yml",
                       lambda n: f"client-secret: Ab{_drawn(n, 18, _LOWER_UPPER)}-"),
]
