"""Hostile text for blind round 9's forms whose name and value sit apart (kinds/_config_forms.py,
kinds/_test_tooling.py): one 256 KB line repeating each form, or thousands of lines of it, every value
different and generated-looking, then a planted Telegram token. The scan must reach it (and report it);
each case must finish in seconds. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("fix9structured", number, length, alphabet)


_REPORTED = 1_000  # lines that each report (a finding costs a millisecond or two, whatever its form)

CASES: List[HostileCase] = [
    # a custom metadata record's field and value, on one line, again and again
    fragment_line_case("fix9s-metadata-fields-one-line", "Setting.Partner.md-meta.xml",
                       lambda n: f'<values><field>Api_Secret{n}__c</field><value xsi:type="xsd:string">{_drawn(n, 24, _ALNUM)}</value></values>'),
    many_lines_case("fix9s-metadata-field-lines", "customMetadata/Setting.All.md-meta.xml", "<CustomMetadata>\n",
                    lambda n: f"<values>\n<field>Client_Secret{n}__c</field>\n<value>{_drawn(n, 24, _ALNUM)}</value>\n</values>\n", count=_REPORTED),
    # header names and values set apart
    many_lines_case("fix9s-header-pairs", "config/main.properties", "",
                    lambda n: f"api{n}.key = X-API-KEY-{n}\napi{n}.value = {_drawn(n, 24, _ALNUM)}\n", count=_REPORTED),
    fragment_line_case("fix9s-dotted-key-never-valued", "app.properties", lambda n: f"a{n}.key = b{n}."),
    # (half as many: YAML's parse costs as much again)
    many_lines_case("fix9s-yaml-key-value", "monitors.yaml", "headers:\n",
                    lambda n: f"  - key: CORP-API-KEY-{n}\n    value: {_drawn(n, 24, _ALNUM)}\n", count=_REPORTED // 2),
    # symmetric keys beside their algorithm: one line of objects, and thousands of objects over lines
    fragment_line_case("fix9s-aes-objects-one-line", "keys.json",
                       lambda n: f'{{"algorithm": "AES-128-CMAC", "value": "{_drawn(n, 32)}"}}, '),
    many_lines_case("fix9s-aes-object-lines", "bench/secoc_keys.json", '{"keys": [\n',
                    lambda n: f'  {{\n    "slot": "K{n}",\n    "algorithm": "AES-128",\n    "value": "{_drawn(n, 32)}"\n  }},\n', count=_REPORTED),
    # walks over thousands of lines that hold no value: names no credential's, objects with no key
    many_lines_case("fix9s-header-names-unvalued", "config/other.properties", "",
                    lambda n: f"trace{n}.header = X-Request-Id-{n}\nother{n}.value = {_drawn(n, 24, _ALNUM)}\n"),
    many_lines_case("fix9s-aes-objects-keyless", "ciphers.json", '{"suites": [\n',
                    lambda n: f'  {{\n    "name": "s{n}",\n    "algorithm": "AES-256-GCM",\n    "ivLength": {n % 16}\n  }},\n'),
    # WLAN profiles' key material
    many_lines_case("fix9s-wlan-key-material", "wifi/All.xml", "<WLANProfiles>\n",
                    lambda n: f"<sharedKey>\n<protected>false</protected>\n<keyMaterial>{_drawn(n, 20, _ALNUM)}</keyMaterial>\n</sharedKey>\n", count=_REPORTED),
    fragment_line_case("fix9s-key-material-one-line", "Flat.xml",
                       lambda n: f"<protected>false</protected><keyMaterial>{_drawn(n, 20, _ALNUM)}</keyMaterial>"),
    # OCPP device model variables
    many_lines_case("fix9s-ocpp-variables", "component_config/standardized/Big.json", '{"variables": {\n',
                    lambda n: f'  "Password{n}": {{\n    "characteristics": {{"dataType": "passwordString"}},\n'
                              f'    "attributes": [{{"type": "Actual", "value": "{_drawn(n, 20, _ALNUM)}"}}]\n  }},\n', count=_REPORTED),
    # Postman variables declared secret, on one line and over lines
    fragment_line_case("fix9s-postman-secret-one-line", "Big.postman_environment.json",
                       lambda n: f'{{"key": "k{n}", "value": "{_drawn(n, 24, _ALNUM)}", "type": "secret"}}, '),
    many_lines_case("fix9s-postman-secret-lines", "postman/Lines.postman_environment.json", '{"values": [\n',
                    lambda n: f'{{\n"key": "cred_{n}",\n"value": "{_drawn(n, 24, _ALNUM)}",\n"type": "secret"\n}},\n', count=_REPORTED),
]
