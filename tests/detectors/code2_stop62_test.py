"""Blind rounds of stop 62 (code and configuration, second share): credentials in code and settings that their readers
missed, each beside the decoys nearest to it. Generated fakes only: every value is built here from a seeded generator
(seeds 6760000-6769999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6760000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _word_pass(seed: int, joint: str = "#") -> str:
    """A password people make of words and digits around a symbol: `Word#Word1234`."""
    return f"{_alnum(seed, 6).capitalize()}{joint}{_alnum(seed + 1, 5)}{fakes.drawn(_SEED + seed, 4, string.digits)}"


def _uuid_upper(seed: int) -> str:
    return fakes.uuid4(_SEED + seed).upper()


_KEY_ID = fakes.aws_key_id(_SEED + 1)
_SECRET_KEY = fakes.aws_secret_key(_SEED + 2)
_BASIC_PASSWORD = _alnum(3, 24)
_CHOSEN_PASSWORD = _word_pass(4)
_PAIR_PASSWORD = _alnum(6, 18)
_SMSRU_ID = _uuid_upper(7)
_SMSRU_ID_LOWER = fakes.uuid4(_SEED + 8)
_PARTNER_KEY = _alnum(9, 32)


def _java_split(key_id: str, first: str, second: str) -> str:
    return ('import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;\n\npublic final class Store {\n'
            '    static final AwsBasicCredentials CREDS = AwsBasicCredentials.create(\n'
            f'        "{key_id}",\n        "{first}" +\n        "{second}");\n}}\n')


def _ps_basic(pair: str) -> str:
    return (f'$pair = "{pair}"\n$bytes = [System.Text.Encoding]::ASCII.GetBytes($pair)\n'
            '$auth = [Convert]::ToBase64String($bytes)\n'
            'Invoke-RestMethod -Uri "https://reports.acme.example.org/api/daily" -Headers @{ Authorization = "Basic $auth" }\n')


def _openapi(member: str, parent: str = "components:\n  securitySchemes:") -> str:
    return ('openapi: 3.1.0\ninfo: {title: Partners API, version: "2.0"}\n'
            f'{parent}\n    partnerKey:\n      type: apiKey\n      in: header\n      name: X-Partner-Key\n'
            f'      {member}\nsecurity: [{{partnerKey: []}}]\npaths: {{}}\n')


def _smsru(value: str, host: str = "https://sms.ru/sms/send") -> str:
    return ('import requests\n\n'
            f'SMSRU_API_ID = "{value}"\n\n\ndef notify(phone: str, text: str) -> None:\n'
            f'    requests.get("{host}", params={{"api_id": SMSRU_API_ID, "to": phone, "msg": text}}, timeout=10)\n')


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = []
# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = []
# (file name, text, a value no blocking finding holds) beside a key id of its own (which blocks)
SPLIT_DECOYS: List[Tuple[str, str, str]] = []

# --- aws
FORMS += [
    # an AWS secret access key split over literals below its key id, joined by the language's concatenation
    ("src/main/java/s3/Store.java", _java_split(_KEY_ID, _SECRET_KEY[:20], _SECRET_KEY[20:]), _SECRET_KEY),
    ("src/main/java/s3/Store.java", _java_split(_KEY_ID, _SECRET_KEY[:13], _SECRET_KEY[13:]), _SECRET_KEY),
    ("s3/client.js", f'const creds = new AWS.Credentials("{_KEY_ID}",\n  "{_SECRET_KEY[:25]}" +\n  "{_SECRET_KEY[25:]}");\n',
     _SECRET_KEY),
    ("s3/client.php", f"<?php\n$c = new Credentials('{_KEY_ID}',\n    '{_SECRET_KEY[:20]}' .\n    '{_SECRET_KEY[20:]}');\n",
     _SECRET_KEY),
    ("s3/upload.py", f'session = boto3.Session("{_KEY_ID}",\n                        "{_SECRET_KEY[:20]}"\n'
                     f'                        "{_SECRET_KEY[20:]}")\n', _SECRET_KEY),
]
DECOYS += [
    # AWS's documented key id and secret, split
    ("src/main/java/s3/Store.java", _java_split("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG", "/bPxRfiCYEXAMPLEKEY")),
]
SPLIT_DECOYS += [
    # the split literals a stand-in's, their join no key's length, or two values of a list (commas between)
    ("src/main/java/s3/Store.java", _java_split(_KEY_ID, "EXAMPLEEXAMPLEEXAMPLE", "EXAMPLEEXAMPLEEXAMPL"),
     "EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPL"),
    ("src/main/java/s3/Store.java", _java_split(_KEY_ID, _SECRET_KEY[:20], _SECRET_KEY[20:39]), _SECRET_KEY[:39]),
    ("s3/keys.py", f'KEYS = ["{_KEY_ID}",\n        "{_SECRET_KEY[:20]}",\n        "{_SECRET_KEY[20:]}"]\n', _SECRET_KEY),
]
# --- end

# --- basic
FORMS += [
    # OkHttp's `Credentials.basic(user, pw)`, Kotlin's and Java's
    ("app/src/main/java/net/Api.kt", f'object Api {{\n    private val basic = Credentials.basic("gate-android", "{_BASIC_PASSWORD}")\n}}\n',
     _BASIC_PASSWORD),
    ("src/main/java/net/Api.java",
     f'class Api {{\n    static final String BASIC = Credentials.basic("reports", "{_CHOSEN_PASSWORD}");\n}}\n', _CHOSEN_PASSWORD),
    # a literal `user:password` converted to bytes on a line of its own, the bytes then base64-encoded for the scheme
    ("scripts/Get-Report.ps1", _ps_basic(f"reports:{_PAIR_PASSWORD}"), _PAIR_PASSWORD),
    ("Reports/Client.cs", f'var pair = "reports:{_PAIR_PASSWORD}";\nvar raw = Encoding.UTF8.GetBytes(pair);\n'
                          'var auth = Convert.ToBase64String(raw);\n'
                          'client.DefaultRequestHeaders.Add("Authorization", "Basic " + auth);\n', _PAIR_PASSWORD),
    ("reports/client.go", f'pair := "reports:{_PAIR_PASSWORD}"\nraw := []byte(pair)\n'
                          'auth := base64.StdEncoding.EncodeToString(raw)\nreq.Header.Set("Authorization", "Basic "+auth)\n',
     _PAIR_PASSWORD),
    ("reports/client.py", f'pair = "reports:{_PAIR_PASSWORD}"\nraw = pair.encode("utf-8")\n'
                          'auth = base64.b64encode(raw).decode()\nheaders = {"Authorization": f"Basic {auth}"}\n', _PAIR_PASSWORD),
]
DECOYS += [
    # OkHttp's Basic credential of names, of the build's fields, or of a stand-in
    ("app/src/main/java/net/Api.kt", 'object Api {\n    private val basic = Credentials.basic(user, password)\n}\n'),
    ("app/src/main/java/net/Api.kt", 'val basic = Credentials.basic(BuildConfig.API_USER, BuildConfig.API_PASSWORD)\n'),
    ("app/src/main/java/net/Api.kt", 'val basic = Credentials.basic("user", "password")\n'),
    # the pair converted to bytes an interpolation's (the encoding's `[Convert]::…($bytes)` no literal either, a password's
    # word above it), a host and its port, or a name read from the environment
    ("scripts/Get-Report.ps1", _ps_basic("${User}:${Password}")),
    ("scripts/Get-Report.ps1", _ps_basic("reports.acme.example.org:8443")),
    ("scripts/Get-Report.ps1", '$pair = $env:REPORTS_PAIR\n$bytes = [System.Text.Encoding]::ASCII.GetBytes($pair)\n'
                               '$auth = [Convert]::ToBase64String($bytes)\n'
                               'Invoke-RestMethod -Uri $u -Headers @{ Authorization = "Basic $auth" }\n'),
]
# --- end

# --- smsru
FORMS += [
    # sms.ru's api_id where the text says sms.ru: a constant, a PHP array's member, its URL's query
    ("bots/sms_notify.py", _smsru(_SMSRU_ID), _SMSRU_ID),
    ("bots/sms_notify.py", _smsru(_SMSRU_ID_LOWER), _SMSRU_ID_LOWER),
    ("lib/sms.php", f"<?php\n// SMS через sms.ru\n$params = [\n    'api_id' => '{_SMSRU_ID}',\n    'to' => $phone,\n];\n",
     _SMSRU_ID),
    ("notify.sh", f'curl -s "https://sms.ru/sms/send?api_id={_SMSRU_ID}&to=$PHONE&msg=ok&json=1"\n', _SMSRU_ID),
]
DECOYS += [
    # a UUID api_id where no text says sms.ru (another API's application id), sms.ru's stand-in or zero UUID
    ("bots/vk_notify.py", f'VK_API_ID = "{_SMSRU_ID}"\nrequests.get("https://api.vk.example/method/x", params={{"v": "5.199"}})\n'),
    ("bots/sms_notify.py", _smsru("YOUR-API-ID")),
    ("bots/sms_notify.py", _smsru("00000000-0000-0000-0000-000000000000")),
]
# --- end

# --- openapi
FORMS += [
    # an OpenAPI security scheme's example drawn as a key is (OpenAPI 3's securitySchemes, Swagger 2's securityDefinitions)
    ("api/openapi/partners.yaml", _openapi(f'x-example: "{_PARTNER_KEY}"'), _PARTNER_KEY),
    ("api/openapi/partners.yaml", _openapi(f"example: {_PARTNER_KEY}"), _PARTNER_KEY),
    ("api/swagger.yaml", 'swagger: "2.0"\nsecurityDefinitions:\n  partnerKey:\n    type: apiKey\n    in: header\n'
                         f"    name: X-Partner-Key\n    x-example: '{_PARTNER_KEY}'\n", _PARTNER_KEY),
]
DECOYS += [
    # the security scheme's example a stand-in, a word's run without capitals; a parameter's example drawn as ids are
    ("api/openapi/partners.yaml", _openapi('x-example: "YOUR_PARTNER_KEY_GOES_HERE"')),
    ("api/openapi/partners.yaml", _openapi("x-example: your-partner-api-key-here-2024")),
    ("api/openapi/partners.yaml", _openapi("example: <your-partner-key-from-portal>")),
    ("api/openapi/orders.yaml", 'openapi: 3.0.3\npaths:\n  /orders/{id}:\n    get:\n      parameters:\n        - name: id\n'
                                f'          in: path\n          example: {_PARTNER_KEY}\n'),
]
# --- end


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6], finding.description) for finding in found]


@pytest.mark.parametrize("name, text, value", SPLIT_DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(SPLIT_DECOYS)])
def test_split_decoys_are_no_secret_key(name: str, text: str, value: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == _KEY_ID for finding in found)
    assert not any(value in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]
