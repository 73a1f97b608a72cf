"""Hostile text for the blind rounds AU-AZ reads of verifiers, ciphertext, stand-ins and stated passwords
(GeoServer's encoded passwords, SCRAM StoredKey/ServerKey pairs, a signed webhook's nonce, angle-bracket
stand-ins cut at a blank, a tool's `password is: …` notice, a document's team password, a MongoDB keyfile,
a Kubernetes Secret's `<name>.password` data): one 256 KB line repeating each form, or thousands of lines
of it, every value different, then a planted Telegram token. The scan must reach it (and report it).
Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_BASE64 = _ALNUM + "+/"
# Fewer lines where every line is a finding (each decoded value is judged, found and reported, about 4 ms,
# linear: 500 take 2.2 s, 2,000 take 7.9 s; main took 9 s on 2,000 when it read each value as a file).
_SCRAM_LINES = 500
_SECRET_DATA_LINES = 300


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fixdecoy", number, length, alphabet)


def _encoded(number: int) -> str:
    return base64.b64encode(f"harbor-{_drawn(number, 10, _ALNUM)}7".encode()).decode()


CASES: List[HostileCase] = [
    fragment_line_case("fixdecoy-geoserver-encoded", "datastore.xml",
                       lambda n: f'<entry key="passwd">crypt2:{_drawn(n, 44, _BASE64)}</entry> '),
    fragment_line_case("fixdecoy-stated-passwords", "masterpw.info", lambda n: f"the password is: {_drawn(n, 12, _ALNUM)} "),
    fragment_line_case("fixdecoy-stated-open", "masterpw.info", lambda n: "password for the team is: "),
    fragment_line_case("fixdecoy-team-statements", "team-setup.md",
                       lambda n: f"the shared password for team {n} is: "),
    fragment_line_case("fixdecoy-angle-stand-ins", ".env.example", lambda n: f"TOKEN_{n}=<{n}-character token> "),
    fragment_line_case("fixdecoy-webhook-tokens", "event.json",
                       lambda n: f'"timestamp": "{n}", "token": "{_drawn(n, 50)}", "signature": "{_drawn(n, 64)}", '),
    fragment_line_case("fixdecoy-gpg-keys", "inspect.json", lambda n: f'"GPG_KEY={_drawn(n, 40).upper()}", '),
    many_lines_case("fixdecoy-scram-lines", "accounts/user.dat", "return {\n",
                    lambda n: f'\t["stored_key"] = "{_drawn(n, 40)}";\n\t["server_key"] = "{_drawn(n + 1, 40)}";\n', count=_SCRAM_LINES),
    many_lines_case("fixdecoy-team-lines", "docs/onboarding/team.md", "# Team\n",
                    lambda n: f"The shared password for the team profile {n} is:\n\n    {_drawn(n, 20, _ALNUM)}\n\n"),
    many_lines_case("fixdecoy-keyfile-lines", "deploy/mongodb/files/mongodb-keyfile", "",
                    lambda n: f"{_drawn(n, 64, _BASE64)}\n"),
    many_lines_case("fixdecoy-secret-data", "secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n",
                    lambda n: f"  app{n}.password: {_encoded(n)}\n", count=_SECRET_DATA_LINES),
]
