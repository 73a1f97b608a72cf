"""Issue 14, blind round AS (logistics and IoT) and the prefixed vendor tokens of rounds AO-AT: service
tokens by format (EasyPost `EZAK`/`EZTK`, Shippo `shippo_live_`/`shippo_test_`, Samsara `samsara_api_`,
Pterodactyl `ptla_`/`ptlc_`, Contentful `CFPAT-`, Google refresh tokens `1//0…`, an Azure connection
string's `SharedAccessKey=`), by the service the text names (Soracom's `secret-…`, Canvas' `<shard>~…`,
Azure IoT symmetric keys, LoRaWAN keys as The Things Stack's `{"key": …}` members), the literal kind's
new wrappers and files (a decoder of the literal, a WinSCP script saved as `.txt`), and the decoys of
those worlds. Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"

_random = fakes.drawn_mixed


def key_base64(seed: int, size: int) -> str:
    """Base64 of `size` random bytes (an Azure symmetric key: 32 or 64)."""
    generator = random.Random(seed)
    return base64.b64encode(bytes(generator.randrange(256) for _ in range(size))).decode()


# (file, text, secret, line): each must block, on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    # by their own heads, anywhere
    ("app/shipping.py", f'client = easypost.EasyPostClient("EZAK{_random(1, 54)}")\n', f"EZAK{_random(1, 54)}", 1),
    ("scripts/refund.sh", f'curl -sS -X POST "$URL" \\\n  -u "EZTK{_random(2, 54)}:"\n', f"EZTK{_random(2, 54)}", 2),
    ("rates.ipynb", f'    "sdk = shippo.Shippo(api_key_header=\\"ShippoToken shippo_live_{_random(3, 40, HEX)}\\")\\n",\n',
     f"shippo_live_{_random(3, 40, HEX)}", 1),
    ("serverless.yml", f"provider:\n  environment:\n    SHIPPO_KEY: shippo_test_{_random(4, 40, HEX)}\n",
     f"shippo_test_{_random(4, 40, HEX)}", 3),
    ("dags/hos.py", f'    "token": Variable.get("samsara_token", default_var="samsara_api_{_random(5, 30)}"),\n',
     f"samsara_api_{_random(5, 30)}", 1),
    ("bot/panel.py", f'api = PterodactylClient(PANEL_URL, "ptla_{_random(6, 43)}")\n', f"ptla_{_random(6, 43)}", 1),
    ("bot/power.js", f'const client = new Nodeactyl.NodeactylClient(HOST, "ptlc_{_random(7, 43)}");\n', f"ptlc_{_random(7, 43)}", 1),
    ("cms/migrate.py", f'client = contentful_management.Client("CFPAT-{_random(8, 43, ALNUM + "-_")}")\n',
     f"CFPAT-{_random(8, 43, ALNUM + '-_')}", 1),
    ("audit.ipynb", f'      "refresh token: 1//0{_random(9, 99, ALNUM + "-_")}\\n"\n', f"1//0{_random(9, 99, ALNUM + '-_')}", 1),
    ("stream/consumer.py", 'CONN = ("Endpoint=sb://ns-4.servicebus.windows.net/;"\n'
     f'        "SharedAccessKeyName=service;SharedAccessKey={key_base64(10, 32)};"\n        "EntityPath=hub")\n',
     key_base64(10, 32), 2),
    # where the text names the service
    ("cellular/default.json", f'{{\n  "authKeyId": "keyId-{_random(11, 32)}",\n  "authKey": "secret-{_random(12, 64)}"\n}}\n',
     f"secret-{_random(12, 64)}", 3),
    ("lms/roster.py", f'"""Canvas roster helpers.\n\n    >>> fetch("https://u.instructure.com", "17~{_random(13, 64)}")\n"""\n',
     f"17~{_random(13, 64)}", 3),
    (".env", f"CANVAS_API_URL=https://canvas.school.edu\nCANVAS_TOKEN=4821~{_random(14, 64)}\n", f"4821~{_random(14, 64)}", 2),
    ("iotedge/config-dps.toml", '[provisioning]\nsource = "dps"\nglobal_endpoint = "https://global.azure-devices-provisioning.net"\n'
     f'id_scope = "0ne00{_random(15, 6, UPPER_HEX)}"\n\n[provisioning.attestation]\nmethod = "symmetric_key"\n'
     f'symmetric_key = {{ value = "{key_base64(16, 32)}" }}\n', key_base64(16, 32), 8),
    ("iotcentral/provision.py", "from azure.iot.device.aio import ProvisioningDeviceClient\n\n"
     f'GROUP_KEY = "{key_base64(17, 64)}"  # SAS-IoT-Devices group, primary\n', key_base64(17, 64), 3),
    ("dps/enrollment.json", f'{{"attestation": {{"type": "symmetricKey", "symmetricKey": {{"primaryKey": "{key_base64(18, 32)}"}}}},'
     ' "iotHubs": ["plant.azure-devices.net"]}\n', key_base64(18, 32), 1),
    ("lorawan/devices/node-3.json", '{\n  "ids": {"device_id": "node-3"},\n  "root_keys": {\n'
     f'    "app_key": {{"key": "{_random(19, 32, UPPER_HEX)}"}}\n  }}\n}}\n', _random(19, 32, UPPER_HEX), 4),
    ("lorawan/devices/node-4.json", '{\n  "root_keys": {\n    "nwk_key": {\n'
     f'      "key": "{_random(20, 32, UPPER_HEX)}"\n    }}\n  }}\n}}\n', _random(20, 32, UPPER_HEX), 4),
    # the literal kind: a decoder wrapping the literal, a WinSCP script, a random 16-character secret
    ("pycom/main.py", f'app_eui = ubinascii.unhexlify("70B3D57ED0{_random(21, 6, UPPER_HEX)}")\n'
     f'app_key = ubinascii.unhexlify("{_random(22, 32, UPPER_HEX)}")\n', _random(22, 32, UPPER_HEX), 2),
    ("webhooks/hook.py", f'HOOK_SECRET = base64.b64decode("{key_base64(23, 32)}")\n', key_base64(23, 32), 1),
    ("edi/winscp/upload.txt", "# nightly 810s\noption batch abort\noption confirm off\n"
     "open sftp://edi810:Quarry!Lantern5821@mft.partner-retail.com/ -hostkey=\"ssh-ed25519 255 q9Zx\"\nput *.edi\nexit\n",
     "Quarry!Lantern5821", 4),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_round_as_token_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret]
    assert found and {finding.line_number for finding in found} == {line}


# What must not block: placeholders, masked keys, zero and example keys, and the shapes where nothing
# says their service.
DECOYS: List[Tuple[str, str]] = [
    ("docs/shipping/easypost.md", "Never paste a production key (`EZAK...`).\n\n| EASYPOST_API_KEY | `EZTK_your_test_key` |\n"),
    ("wms/.env.example", "SHIPPO_API_TOKEN=shippo_test_" + "x" * 40 + "\nSAMSARA_API_TOKEN=samsara_api_" + "x" * 30 + "\n"),
    ("storage/logs/laravel.log", '[2024-03-02] production.INFO: api.request {"key":"ptla_Kx7' + "*" * 40 + '","status":200}\n'),
    ("tests/test_math.py", "assert 1//0x10 == 0 and (1//0b1) == 1\n"),
    ("names.py", f'TEMPLATE = "secret-{_random(30, 64)}"\n'),
    ("fixtures/rows.json", f'{{"cacheKey": "{key_base64(31, 32)}", "partitionKey": "{key_base64(34, 32)}"}}\n'),
    ("iot/settings.py", f'# azure iot hub\nDEVICE_PUBLIC_KEY = "{key_base64(32, 32)}"\n'),
    ("lorawan/devices/_template.json", '{\n  "root_keys": {\n    "app_key": {"key": "' + "0" * 32 + '"},\n'
     '    "nwk_key": {"key": "2B7E151628AED2A6ABF7158809CF4F3C"}\n  }\n}\n'),
    ("lorawan/ids.json", f'{{"dev_eui": {{"key": "{_random(33, 32, UPPER_HEX)}"}}}}\n'),
    ("tests/conftest.py", 'CONN = "Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;"\n'),
    ("edi/winscp/pull.txt", 'open sftp://edi850@mft.partner-retail.com/ -privatekey="C:\\EDI\\keys\\edi850.ppk"\nget *.edi\nexit\n'),
    ("docs/winscp.txt", "WinSCP opens a session from a URL, for example:\n\n    open sftp://martin:password@example.com/\n"),
    ("paging.py", 'NEXT_TOKEN = os.environ.get("NEXT_TOKEN", "CsrfTokenMgrSrcCtx")\n'),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_placeholders_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
