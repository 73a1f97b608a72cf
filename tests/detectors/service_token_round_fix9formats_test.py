"""Blind round 9, vendor formats: Artifactory `AKCp` API keys (in an escaped string too), Adyen API keys
(`AQE…=-…`, split over concatenated literals too), Duffel tokens, flespi tokens (their `FlespiToken`
scheme, as an MQTT broker's user name), FareHarbor's key headers, PACER's nextGenCSO, OCPI's base64
`Token` header (the decoded token reported), Dropbox Sign keys as the SDK's username; and the decoys of
those worlds: DocuSign's integration key (an OAuth client id), placeholders, unnamed shapes.
Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH, LOW
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
BASE64 = ALNUM + "+/"

_random = fakes.drawn_mixed


def adyen(seed: int) -> str:
    return f"AQE{_random(seed, 57, BASE64)}=-{_random(seed + 1, 43, BASE64)}=-{_random(seed + 2, 10)}"


_ADYEN = adyen(5)
_OCPI_TOKEN = _random(9, 36)
_OCPI_UUID = fakes.uuid4(10)

# (file, text, secret, line): each must block, as a HIGH finding on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("ci/Jenkinsfile", "pipeline {\n  stages {\n    stage('Publish') {\n      steps {\n"
     f'        sh "curl -f -H \\"X-JFrog-Art-Api: AKCp{_random(1, 69)}\\" -T out.tgz $ART/libs/"\n', f"AKCp{_random(1, 69)}", 5),
    ("gradle.properties", f"artifactory_user=ci\nartifactory_password=AKCp{_random(2, 69)}\n", f"AKCp{_random(2, 69)}", 2),
    ("src/Pay/appsettings.Production.json", '{\n  "Adyen": {\n    "Environment": "Live",\n'
     f'    "ApiKey": "{_ADYEN}"\n  }}\n}}\n', _ADYEN, 4),
    ("pay/AdyenFactory.java", "final class AdyenFactory {\n    private static final String API_KEY =\n"
     f'        "{_ADYEN[:40]}" +\n        "{_ADYEN[40:80]}" +\n        "{_ADYEN[80:]}";\n}}\n', _ADYEN, 3),
    ("deploy/.env.production", f"ADYEN_API_KEY={adyen(20)}\n", adyen(20), 1),
    ("src/lib/flights.ts", f"export const duffel = new Duffel({{ token: 'duffel_test_{_random(3, 43, ALNUM + '-_')}' }});\n",
     f"duffel_test_{_random(3, 43, ALNUM + '-_')}", 1),
    ("ops/flespi.sh", f'curl -X POST https://flespi.io/gw/channels -H "Authorization: FlespiToken {_random(4, 64)}"\n',
     _random(4, 64), 1),
    ("mosquitto/conf.d/bridge.conf", "connection flespi\naddress mqtt.flespi.io:8883\nremote_clientid depot-1\n"
     f"remote_username {_random(6, 64)}\ncleansession false\n", _random(6, 64), 4),
    ("edge/flespi_pub.py", "client = mqtt.Client()\n"
     f'client.username_pw_set("{_random(7, 64)}", "")\nclient.connect("mqtt.flespi.io", 8883)\n', _random(7, 64), 2),
    ("activities/fareharbor.py", "HEADERS = {\n"
     f'    "X-FareHarbor-API-App": "{fakes.uuid4(8)}",\n    "X-FareHarbor-API-User": "{fakes.uuid4(11)}",\n}}\n',
     fakes.uuid4(11), 3),
    ("roaming/ocpi.py", f'AUTH = {{"Authorization": "Token {base64.b64encode(_OCPI_TOKEN.encode()).decode()}"}}\n',
     _OCPI_TOKEN, 1),
    ("roaming/check.sh", f"curl -H 'Authorization: Token {base64.b64encode((_OCPI_UUID + chr(10)).encode()).decode()}' "
     "https://cpo.example.net/ocpi/versions\n", _OCPI_UUID, 1),
    ("src/lib/esign.ts", "import * as DropboxSign from '@dropbox/sign';\nconst api = new DropboxSign.SignatureRequestApi();\n"
     f"api.username = '{_random(12, 64, HEX)}';\n", _random(12, 64, HEX), 3),
    ("notebooks/pacer.ipynb", '{"cells": [{"outputs": [{"data": {"text/plain": [\n'
     f'  "{{\'nextGenCSO\': \'{_random(13, 128)}\',\\n",\n  " \'loginResult\': \'0\'}}"\n]}}}}]}}]}}\n', _random(13, 128), 2),
    ("pacer/client.py", f'SESSION_HEADERS = {{"X-NEXT-GEN-CSO": "{_random(14, 128)}"}}\n', _random(14, 128), 1),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_vendor_format_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret]
    assert found and {finding.line_number for finding in found} == {line}


def test_a_format_reports_high() -> None:
    name, text, secret, _ = FORMS[2]
    assert HIGH in [finding.confidence for finding in Engine().scan_text(name, text) if finding.secret == secret]


# Known by a name only, in documentation: a warning (documentation's values are mostly examples).
WARNED: List[Tuple[str, str, str]] = [
    ("docs/pacer.md", f"```\nX-NEXT-GEN-CSO: {_random(15, 128)}\n```\n", _random(15, 128)),
    ("docs/bridge.md", f"```\naddress mqtt.flespi.io:8883\nremote_username {_random(16, 64)}\n```\n", _random(16, 64)),
]


@pytest.mark.parametrize("name, text, secret", WARNED, ids=[warned[0] for warned in WARNED])
def test_a_named_key_in_documentation_warns(name: str, text: str, secret: str) -> None:
    findings = Engine().scan_text(name, text)
    assert not [finding for finding in blocking(findings) if finding.secret == secret]
    assert LOW in [finding.confidence for finding in findings if finding.secret == secret]


DECOYS: List[Tuple[str, str]] = [
    ("esign/docusign_ids.py", '"""DocuSign objects."""\n'
     f'INTEGRATION_KEY = "{fakes.uuid4(17)}"\nACCOUNT_ID = "{fakes.uuid4(18)}"\n'),
    ("config/esign.yaml", f"docusign:\n  integrator_key: {fakes.uuid4(19)}\n  base_path: https://demo.docusign.net/restapi\n"),
    ("keys/public.txt", f"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{_random(21, 40, BASE64)}-AQE{_random(22, 60, BASE64)}\n"),
    (".env.example", "ADYEN_API_KEY=AQE...\nDUFFEL_ACCESS_TOKEN=duffel_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("mosquitto/bridge.conf", f"address broker.internal:8883\nremote_username {_random(23, 64)}\n"),
    ("exports/users.json", f'{{"username": "{_random(24, 64, HEX)}"}}\n'),
    ("src/sign.ts", "import * as DropboxSign from '@dropbox/sign';\napi.username = process.env.DROPBOX_SIGN_API_KEY!;\n"),
    ("fh.py", 'HEADERS = {"X-FareHarbor-API-App": os.environ["FH_APP"], "X-FareHarbor-API-User": os.environ["FH_USER"]}\n'),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_ids_placeholders_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
