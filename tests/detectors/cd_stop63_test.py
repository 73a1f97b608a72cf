"""Issue 14, blind rounds of stop 63 (code and configuration, sets LW-MB): credentials their readers missed, each
beside the decoys nearest to it: Chapa's secret keys (`CHASECK-`, `CHASECK_TEST-`; test-mode keys block by policy);
JazzCash's `Integrity Salt` as its portal issues it, ten lower-case drawn characters (a PHP property, an `.env`);
a pre-shared key named with its protocol glued before `PSK` (Zabbix's `TLSPSK=`, `WPAPSK=`) in a configuration;
fastlane's settings written as one-literal calls (a Matchfile's `git_basic_authorization("…")`); a private key
split over JavaScript's `"…\\n" +` literals (firebase-admin's `credential.cert({privateKey: …})`), and one inside a
service account's JSON given to a call in code (`json.loads('{… "private_key": "-----BEGIN…\\\\n…"}')`), which
detect-secrets' indirect-reference filter hid; a Swift key constant sent as an API key header by URLRequest's
`setValue(key, forHTTPHeaderField: "X-…-Key")` (the value first).
Generated fakes only (seeds 7090000-7090099)."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7090000
_CHAPA_BODY = fakes.drawn_mixed(_SEED + 1, 32)
_SALT_LETTERS = "oxdmqbpujo"  # a draw of ten letters (four consonants running), the blind case's shape
_SALT_MIXED = fakes.drawn(_SEED + 2, 4, "abcdefghijklmnopqrstuvwxyz") + "3" + fakes.drawn(_SEED + 3, 4, "abcdefghijklmnopqrstuvwxyz") + "7"

_PSK_HEX = fakes.drawn(_SEED + 4, 64, "0123456789abcdef")

_MATCH_AUTH = base64.b64encode(f"ios-ci:{fakes.drawn_mixed(_SEED + 5, 40)}".encode()).decode()
_MATCH_PASSWORD = fakes.drawn_mixed(_SEED + 6, 24)


def _matchfile(setting: str) -> str:
    return ('git_url("https://github.com/acme-mobile/ios-certificates.git")\nstorage_mode("git")\ntype("appstore")\n'
            f'app_identifier(["org.acme.booking"])\n{setting}\n')

_WEATHER_KEY = fakes.uuid4(_SEED + 8)


def _weather_service(header: str, value: str = _WEATHER_KEY) -> str:
    return ("import Foundation\n\nfinal class WeatherService {\n"
            f'    private let key = "{value}"\n\n    func today() async throws -> Data {{\n'
            '        var req = URLRequest(url: URL(string: "https://api.weather.example.net/v2/forecast?lat=54.2")!)\n'
            f'        req.setValue(key, forHTTPHeaderField: "{header}")\n'
            "        let (data, _) = try await URLSession.shared.data(for: req)\n        return data\n    }\n}\n")


def _zabbix_agent(key: str, value: str) -> str:
    return f"TLSConnect=psk\nTLSAccept=psk\nTLSPSKIdentity=PSK-scale-7\n{key}={value}\n"


def _jazzcash_php(salt: str) -> str:
    return ("<?php\nclass JazzCash\n{\n    private string $merchantId = 'MC48213';\n"
            f"    private string $integritySalt = '{salt}';\n\n    public function hash(array $fields): string\n    {{\n"
            "        return hash_hmac('sha256', implode('&', $fields), $this->integritySalt);\n    }\n}\n")

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    (".env.staging", f"NODE_ENV=staging\nCHAPA_SECRET=CHASECK_TEST-{_CHAPA_BODY}\n", f"CHASECK_TEST-{_CHAPA_BODY}"),
    ("src/payments/chapa.js", f'const chapa = new Chapa({{ secretKey: "CHASECK-{_CHAPA_BODY}" }});\n',
     f"CHASECK-{_CHAPA_BODY}"),
    ("app/Payments/JazzCash.php", _jazzcash_php(_SALT_LETTERS), _SALT_LETTERS),
    (".env", f"JAZZCASH_MERCHANT_ID=MC48213\nJAZZCASH_INTEGRITY_SALT={_SALT_MIXED}\n", _SALT_MIXED),
    ("ops/zabbix/zabbix_agent2.d/psk.conf", _zabbix_agent("TLSPSK", _PSK_HEX), _PSK_HEX),
    ("router/hostapd.env", f"SSID=Shed\nWPAPSK={_PSK_HEX}\n", _PSK_HEX),
    ("ios/fastlane/Matchfile", _matchfile(f'git_basic_authorization("{_MATCH_AUTH}")'), _MATCH_AUTH),
    ("ios/fastlane/Fastfile", f"lane :certs do\n  match_password('{_MATCH_PASSWORD}')\nend\n", _MATCH_PASSWORD),
    ("ios/App/Services/WeatherService.swift", _weather_service("X-Weather-Key"), _WEATHER_KEY),
    ("ios/App/Services/WeatherService.swift", _weather_service("X-Api-Key").replace("setValue", "addValue"), _WEATHER_KEY),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # the public key goes to the browser's inline checkout
    (".env", f"CHAPA_PUBLIC_KEY=CHAPUBK_TEST-{_CHAPA_BODY}\n"),
    # a placeholder of the format
    (".env.example", "CHAPA_SECRET=CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    # a salt in words under the vendor's name, and a drawn one under a bare `SALT` (a hash's, not a merchant's)
    ("app/Payments/JazzCash.php", _jazzcash_php("mystoresalt")),
    ("app/Payments/JazzCash.php", _jazzcash_php("paymentsalt24")),
    (".env", f"APP_SALT={_SALT_LETTERS}\n"),
    # the PSK's file and its identity name no key; in code a glued `TLSPSK` is a protocol's test vector
    ("ops/zabbix/zabbix_agent2.d/psk.conf", _zabbix_agent("TLSPSKFile", "/etc/zabbix/agent.psk")),
    ("ops/zabbix/zabbix_agent2.d/psk.conf", _zabbix_agent("TLSPSKIdentity", "PSK-" + _PSK_HEX[:12])),
    ("tests/tls_vectors.py", f'TLSPSK = "{_PSK_HEX}"\n'),
    # the setting read from the environment; in Ruby code a one-literal call is a function's use
    ("ios/fastlane/Matchfile", _matchfile('git_basic_authorization(ENV["MATCH_GIT_BASIC_AUTHORIZATION"])')),
    ("lib/certs.rb", f'def certs\n  fetch_token("{_MATCH_PASSWORD}")\nend\n'),
    # a request's idempotency key is drawn per request, no credential; a key sent as no key's header is a name's
    ("ios/App/Services/WeatherService.swift", _weather_service("Idempotency-Key")),
    ("ios/App/Services/WeatherService.swift", _weather_service("X-Request-Id")),
]


@pytest.mark.parametrize("name,text,secret", FORMS)
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS)
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]


_PEM_LINES = fakes.fake_pem(_SEED + 7, kind="").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace(
    "END  PRIVATE", "END PRIVATE").split("\n")


def _firebase_admin(body: List[str]) -> str:
    literals = "".join(f'      "{line}\\n" +\n' for line in body)
    return ('const admin = require("firebase-admin");\n\nadmin.initializeApp({\n  credential: admin.credential.cert({\n'
            '    projectId: "acme-ride",\n    clientEmail: "firebase-adminsdk-x1@acme-ride.iam.gserviceaccount.com",\n'
            f'    privateKey: "-----BEGIN PRIVATE KEY-----\\n" +\n{literals}      "-----END PRIVATE KEY-----\\n",\n  }}),\n}});\n')


def _sheets_sync(body: List[str]) -> str:
    pem = "\\\\n".join(["-----BEGIN PRIVATE KEY-----", *body, "-----END PRIVATE KEY-----"])
    return ("import json\nfrom google.oauth2 import service_account\n\n"
            f"SA_INFO = json.loads('{{\"type\": \"service_account\", \"project_id\": \"acme-export\", "
            f"\"private_key\": \"{pem}\\\\n\", \"client_email\": \"sync@acme-export.iam.gserviceaccount.com\"}}')\n")


@pytest.mark.parametrize("name,text", [("src/push/admin.js", _firebase_admin(_PEM_LINES[1:-1])),
                                       ("export/sync/sheets_sync.py", _sheets_sync(_PEM_LINES[1:-1]))])
def test_private_keys_in_literals_block(name: str, text: str) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.type == "Private Key"]
    assert found and all(line in found[0].secret for line in _PEM_LINES[1:-1]), [(f.type, f.secret[:30]) for f in found]
    assert '" +' not in found[0].secret  # the key as its literals hold it, not the code around them


@pytest.mark.parametrize("name,text", [("src/push/admin.js", _firebase_admin(["<paste the key here>"])),
                                       ("export/sync/sheets_sync.py", _sheets_sync(["..."]))])
def test_private_key_stand_ins_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
