"""Hostile text for issue 14's round L-N service keys and decoys: one 256 KB line repeating the
head each new pattern or context read would be slowest on (keys by the thousand on one line,
each asking what its neighbours say), or thousands of lines nested under an `encrypted` mapping,
then a planted Telegram token. The scan must reach it (and report it) in seconds. Generated
fakes only.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Sequence

from tests.hostile.case import HostileCase, sized
from tests.hostile.detectors_cases import bot_reason, fake_telegram
from tests.hostile.kinds_cases import fragment_line_case

_HEX = "0123456789abcdef"


def _hex(number: int, length: int = 32) -> str:
    return "".join(_HEX[(number * 7 + position * 13) % 16] for position in range(length))


def _encrypted_block_case(name: str, filename: str, count: int = 3_000) -> HostileCase:
    """A mapping `encrypted` with thousands of password lines, each walked up for its parent."""
    count = sized(count, count // 4)  # (in the suite: still far past _helpers._PARENT_READ, 40, and the 64-line JSON walk)
    token = fake_telegram(name)

    def build(directory: Path) -> Sequence[str]:
        body = "".join(f'    "password{number}": "Kq8Vm2Lx7Pz4Nw{number}",\n' for number in range(count))
        text = '{\n  "encrypted": {\n' + body + '    "last": "x"\n  },\n' + f'  "bot_token": "{token}"\n}}\n'
        (directory / filename).write_text(text, encoding="utf-8")
        return ["scan", "--no-baseline", filename]

    return HostileCase(name=name, build=build, exit_code=1, reason=bot_reason(token), secrets=(token,))


CASES: List[HostileCase] = [
    fragment_line_case("service-tailscale-heads", "user-data.yaml", lambda n: "tskey-auth-kABCD" + "1" * (n % 5) + "-"),
    fragment_line_case("service-fcm-joints", "keys.xml", lambda n: "AAAAbcdefgh:APA91b:APA91b"),
    fragment_line_case("service-mailgun-keys-no-mailgun", "cache.py", lambda n: f"key-{_hex(n)} "),
    fragment_line_case("service-mailgun-heads", "mail.env", lambda n: "api:key-api:key-"),
    fragment_line_case("service-ceph-keys-no-ceph", "app.yaml", lambda n: f"key = AQ{_hex(n, 36)}== "),
    fragment_line_case("service-keyed-hex-no-service", "keys.yaml", lambda n: f"routing_key: {_hex(n)} "),
    fragment_line_case("service-long-names-before-key", "names.env", lambda n: "a_b.c-d" * 12 + "key: "),
    fragment_line_case("service-datadog-keys", "datadog.yaml", lambda n: f"datadog Key: {_hex(n, 40)} "),
    fragment_line_case("service-firebase-api-keys", "firebase.js",
                       lambda n: f'apiKey: "AIzaSy{_hex(n, 33)}", authDomain: '),
    fragment_line_case("service-kms-blob-heads", "encrypted.py", lambda n: "AQICAH" * 4),
    fragment_line_case("service-vals-references", "helmfile.yaml", lambda n: "ref+vault://ref+sops://"),
    fragment_line_case("service-maven-markers", "app.properties", lambda n: "@db.password@"),
    _encrypted_block_case("service-renovate-encrypted-block", "renovate.json"),
]
