"""Hostile text for round 8's format reads (DeepL `:fx` keys, `DeepL-Auth-Key` headers and clients,
IFTTT Maker URLs, API keys issued as JWTs, WakaTime and Weblate heads, Scale, Transifex, Postmark and
SparkPost keys asked whether their service is named): one 256 KB line repeating each form, or thousands
of lines of it, every value different, then a planted Telegram token. The scan must reach it (and report
it); each case must finish in a few seconds. Generated fakes only.
"""
from __future__ import annotations

import base64
import json
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_URLSAFE = _ALNUM + "-_"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("f8formats", number, length, alphabet)


def _uuid(number: int) -> str:
    value = _drawn(number, 32)
    return f"{value[:8]}-{value[8:12]}-4{value[13:16]}-a{value[17:20]}-{value[20:]}"


def _part(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def _api_key_jwt(number: int) -> str:
    claims = {"userId": _drawn(number, 25, _ALNUM[26:]), "apiKeyId": _drawn(number + 1, 25, _ALNUM[26:]),
              "iat": 1_700_000_000, "exp": 2_300_000_000}
    return f"{_part({'alg': 'HS256'})}.{_part(claims)}.{_drawn(number, 43, _URLSAFE)}"


CASES: List[HostileCase] = [
    fragment_line_case("f8-deepl-free-keys", "mt.py", lambda n: f'"{_uuid(n)}:fx", '),
    fragment_line_case("f8-deepl-headers", "usage.sh", lambda n: f"-H 'Authorization: DeepL-Auth-Key {_uuid(n)}' "),
    fragment_line_case("f8-deepl-clients", "mt.js", lambda n: f'new deepl.Translator("{_uuid(n)}"); '),
    fragment_line_case("f8-translators-unnamed", "cat.py", lambda n: f'Translator("{_uuid(n)}") '),
    fragment_line_case("f8-ifttt-urls", "hooks.ino",
                       lambda n: f"http://maker.ifttt.com/trigger/e{n}/with/key/{_drawn(n, 22, _URLSAFE)} "),
    fragment_line_case("f8-api-key-jwts", "debug.py", lambda n: f'"{_api_key_jwt(n)}", '),
    fragment_line_case("f8-wakatime-weblate", "keys.cfg", lambda n: f"waka_{_uuid(n)} wlu_{_drawn(n, 40, _ALNUM)} "),
    fragment_line_case("f8-scale-keys", "scale.py", lambda n: f'scaleapi.ScaleClient("live_{_drawn(n, 32)}") '),
    fragment_line_case("f8-transifex-tokens", "tx.sh", lambda n: f"tx --token 1/{_drawn(n, 40)} push; "),
    fragment_line_case("f8-sdk-clients", "mail.js",
                       lambda n: f'new postmark.ServerClient("{_uuid(n)}"); new SparkPost("{_drawn(n, 40)}"); '),
    many_lines_case("f8-api-key-jwt-lines", "notebooks/out.ipynb", '{"outputs": [{"text": [\n',
                    lambda n: f'    "{_api_key_jwt(n)}\\n",\n', count=1_500),  # (each line a finding: reporting is its cost)
    many_lines_case("f8-named-key-lines", "vendors/scale/keys.txt", "# scaleapi keys, tx push tokens\n",
                    lambda n: f"live_{_drawn(n, 32)} 1/{_drawn(n, 40)}\n"),
]
