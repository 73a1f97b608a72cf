"""Hostile text for round 9's vendor formats (Artifactory `AKCp` keys, Adyen `AQE…=-…` keys, flespi tokens
in their scheme and as an MQTT user name, Dropbox Sign keys as an SDK's username, PACER's nextGenCSO,
OCPI's base64 `Token` header): one 256 KB line repeating each form, or thousands of lines of it, every
value different and generated-looking, then a planted Telegram token. The scan must reach it (and
report it). Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case

_BASE64 = ALNUM + "+/"


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fix9formats", number, length, alphabet)


def _adyen(number: int) -> str:
    return f"AQE{_drawn(number, 61, _BASE64)}=-{_drawn(number + 7, 43, _BASE64)}=-{_drawn(number + 3, 10)}"


def _ocpi(number: int) -> str:
    return base64.b64encode(_drawn(number, 36).encode()).decode()


CASES: List[HostileCase] = [
    fragment_line_case("fix9formats-artifactory-keys", "Jenkinsfile", lambda n: f'\\"X-JFrog-Art-Api: AKCp{_drawn(n, 69)}\\" '),
    fragment_line_case("fix9formats-adyen-keys", "adyen.env", lambda n: f"ADYEN_API_KEY={_adyen(n)} "),
    fragment_line_case("fix9formats-adyen-cut-runs", "blob.txt", lambda n: f"AQE{_drawn(n, 180, _BASE64)}=-"),
    fragment_line_case("fix9formats-flespi-scheme", "flespi.sh", lambda n: f"FlespiToken {_drawn(n, 64)} "),
    fragment_line_case("fix9formats-flespi-usernames", "flespi-bridge.conf", lambda n: f"remote_username {_drawn(n, 64)} "),
    fragment_line_case("fix9formats-dropbox-sign-usernames", "dropbox_sign.ts",
                       lambda n: f"api.username = '{_drawn(n, 64, HEX)}'; "),
    fragment_line_case("fix9formats-pacer-tokens", "pacer.ipynb", lambda n: f"'nextGenCSO': '{_drawn(n, 128)}', "),
    fragment_line_case("fix9formats-ocpi-headers", "ocpi.py", lambda n: f'"Authorization": "Token {_ocpi(n)}", '),
    fragment_line_case("fix9formats-fareharbor-headers", "fh.py", lambda n: f'"X-FareHarbor-API-User": "{_drawn(n, 36, HEX)}", '),
    many_lines_case("fix9formats-flespi-bridge-lines", "mosquitto/bridge.conf", "address mqtt.flespi.io:8883\n",
                    lambda n: f"remote_username {_drawn(n, 64)}\n"),
    # (a dump of users whose names are hashed: no candidates, beside Dropbox Sign's name or not)
    many_lines_case("fix9formats-username-hex-lines", "exports/dropbox_sign_users.json", "[\n",
                    lambda n: f'  {{"id": {n}, "username": "{_drawn(n, 64, HEX)}"}},\n'),
]
