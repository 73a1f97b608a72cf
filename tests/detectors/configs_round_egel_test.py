"""Forms and decoys read after blind rounds EG-EL (configurations): a RADIUS or TACACS+ server's bare `key` in a JSON
or YAML tree (UniFi's config.gateway.json, VyOS' tree as YAML, an inventory's servers); a key's name with its
encoding after it (`HMAC_KEY_HEX`, `aesKeyHex`, `signing_key_b64`) named as the key it is; a file whose bare `key` is
its credential (`.cdsapirc`, `.adsapirc`, `.ecmwfapirc`) as it stands and written by code, its lines in one literal
joined by `\\n` escapes. And the decoys: a password stored encrypted as a comment or the key file beside it says
(Salesforce Data Loader's `process-conf.xml`), an XML element's own key holding its record's id, a translation's one
word under `token`; and, beside each, the forms that still block (a clear password under the same comment, base64
beside a key's path, a licence key on its element). Through the engine. Every value here is generated (seeds
1,470,000-1,470,099)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

_RADIUS = drawn_mixed(1470000, 18)
_RADIUS_2 = drawn_mixed(1470001, 22)
_TACACS = drawn_mixed(1470002, 16)
_RADIUS_3 = drawn_mixed(1470003, 20)
_HMAC_HEX = drawn(1470004, 32, HEX)
_AES_HEX = drawn(1470005, 64, HEX)
_SIGNING_HEX = drawn(1470006, 40, HEX)
_CDS = uuid4(1470007)
_ADS = uuid4(1470008)
_ECMWF = drawn(1470009, 32, HEX)
_CDS_FILE = uuid4(1470010)
_CLEAR = drawn_mixed(1470011, 14) + "#"
_BASE64_TOKEN = drawn(1470012, 88, B64)
_LICENCE = uuid4(1470013)
_CIPHER_HEX = drawn(1470014, 64, HEX)
# (64 digits, as Data Loader's encrypt.bat prints a password's: 96 would be read as a SHA-384 digest, quiet with no key
# file beside it, and the decoy would not test the key file)
_CIPHER_HEX_2 = drawn(1470015, 64, HEX)
_CIPHER_B64 = drawn(1470016, 43, B64) + "="
_RECORD = uuid4(1470017)
_RECORD_2 = uuid4(1470018)
_DRAWN = drawn_mixed(1470019, 20)
_PUBLIC_HEX = drawn(1470020, 64, HEX)
_KEY_ID_HEX = drawn(1470021, 32, HEX)

TRUE_FORMS = [
    # a RADIUS or TACACS+ server's shared secret as a JSON or YAML tree holds it
    ("network/unifi/sites/hq/config.gateway.json",
     '{\n  "service": {\n    "radius-server": {\n      "192.168.40.5": {\n'
     f'        "key": "{_RADIUS}",\n        "port": "1812"\n      }}\n    }}\n  }}\n}}\n', 5, _RADIUS, "Literal Credential"),
    ("network/vyos/hq.yaml", "system:\n  login:\n    radius:\n      server:\n        nps01.corp.internal:\n"
     f"          key: {_RADIUS_2}\n          timeout: 5\n", 6, _RADIUS_2, "Literal Credential"),
    ("inventory/group_vars/switches.yml", f"tacacs_servers:\n  primary:\n    address: 10.9.0.4\n    key: {_TACACS}\n",
     4, _TACACS, "Literal Credential"),
    ("network/ap/settings.json", '{\n  "wlan": {\n    "radius": {\n'
     f'      "key": "{_RADIUS_3}",\n      "host": "10.0.0.8"\n    }}\n  }}\n}}\n', 4, _RADIUS_3, "Literal Credential"),
    # a key named with its encoding after it
    ("firmware/lock/src/keys.c", f'#include <stdint.h>\n\nconst char DOOR_HMAC_KEY_HEX[] = "{_HMAC_HEX}";\n',
     3, _HMAC_HEX, "Literal Credential"),
    ("firmware/lock/src/keys.c", f'static const char aesKeyHex[] = "{_AES_HEX}";\n', 1, _AES_HEX, "Literal Credential"),
    ("src/sign.js", f'const signingKeyHex = "{_SIGNING_HEX}";\n', 1, _SIGNING_HEX, "Literal Credential"),
    # a file whose bare `key` is its credential, as it stands and written by code
    ("home/.cdsapirc", f"url: https://cds.climate.copernicus.eu/api\nkey: {_CDS_FILE}\n", 2, _CDS_FILE, "Literal Credential"),
    ("climate/fetch.py", 'from pathlib import Path\n\nrc = Path.home() / ".cdsapirc"\n'
     f'rc.write_text("url: https://cds.climate.copernicus.eu/api\\nkey: {_CDS}\\n")\n', 4, _CDS, "Literal Credential"),
    ("atmos/setup_ads.py", 'import os\n\nwith open(os.path.expanduser("~/.adsapirc"), "w") as handle:\n'
     f'    handle.write("url: https://ads.atmosphere.copernicus.eu/api\\nkey: 40213:{_ADS}\\n")\n', 4, _ADS, "Literal Credential"),
    ("mars/setup.py", 'import pathlib\n\ntarget = pathlib.Path.home().joinpath(".ecmwfapirc")\n'
     f'target.write_text(\'{{\\n  "url": "https://api.ecmwf.int/v1",\\n  "key": "{_ECMWF}",\\n  "email": "ops@lab.invalid"\\n}}\\n\')\n',
     4, _ECMWF, "Literal Credential"),
    # beside the decoys' forms, what still blocks: a clear password under an `encrypted with` comment, base64 beside a
    # key file's path (a token the key opens), a licence key on its own element
    ("crm/dataloader/process-conf.xml", '<map>\n  <!-- encrypted with: encrypt.bat -e <password> conf/key.txt -->\n'
     f'  <entry key="sfdc.password" value="{_CLEAR}"/>\n</map>\n', 3, _CLEAR, "Secret Keyword"),
    ("broker/oauth.json", f'{{\n  "access_token_secret": "{_BASE64_TOKEN}",\n  "encryption_key_path": "keys/enc.pem"\n}}\n',
     2, _BASE64_TOKEN, "Secret Keyword"),
    # hex beside the key file's setting, but no password: an API secret the key file does not decrypt (stop 45's review)
    ("broker/settings.properties", f"broker.api_secret={_CIPHER_HEX}\nprocess.encryptionKeyFile=/opt/broker/key.txt\n",
     1, _CIPHER_HEX, "Secret Keyword"),
    ("licences/seats.xml", f'<licences>\n  <licence licenceKey="{_LICENCE}" seats="20"/>\n</licences>\n',
     2, _LICENCE, "Literal Credential"),
]

DECOYS = [
    # a `key` under a server that is no AAA server's, under an AAA member that is no server's, a template's
    ("network/dns.json", '{\n  "dns-servers": {\n    "10.0.0.2": {\n' f'      "key": "{_DRAWN}"\n    }}\n  }}\n}}\n'),
    ("network/radius.yaml", f"radius:\n  attributes:\n    key: {_DRAWN}\n"),
    ("network/unifi/config.gateway.json", '{\n  "radius-server": {\n    "10.0.0.9": {\n      "key": "{{ radius_key }}"\n    }\n  }\n}\n'),
    # an encoding's suffix on what is no secret's name
    ("src/keys.c", f'const char PUBLIC_KEY_HEX[] = "{_PUBLIC_HEX}";\nconst char KEY_ID_HEX[] = "{_KEY_ID_HEX}";\n'),
    # a keyed file's lines written with a placeholder; a bare `key` written to a file that is none
    ("climate/fetch.py", 'rc = Path.home() / ".cdsapirc"\nrc.write_text("url: https://cds.climate.copernicus.eu/api\\nkey: <your-api-key>\\n")\n'),
    ("tools/write.py", f'cfg = Path("settings.yaml")\ncfg.write_text("url: https://maps.internal/api\\nkey: {_DRAWN}\\n")\n'),
    # a password stored encrypted, as a comment or the key file beside it says
    ("crm/dataloader/process-conf.xml",
     '<beans>\n  <map>\n    <entry key="sfdc.username" value="loader@crm.invalid"/>\n'
     "    <!-- encrypted with: encrypt.bat -e <password> conf/dataloader.key -->\n"
     f'    <entry key="sfdc.password" value="{_CIPHER_HEX}"/>\n  </map>\n</beans>\n'),
    ("crm/dataloader/config.properties", f"sfdc.username=loader@crm.invalid\nsfdc.password={_CIPHER_HEX_2}\n"
     "process.encryptionKeyFile=/opt/dataloader/conf/key.txt\n"),
    ("deploy/values.yaml", f"backup:\n  # encrypted using the team's age key\n  password: {_CIPHER_B64}\n"),
    # an element's own key holding its record's id
    ("gate/src/test/resources/visit.xml", f'<visit>\n  <truck-visit tos-tv-key="{_RECORD}" lane="G4"/>\n</visit>\n'),
    ("orders/fixtures/order.xml", f'<orders>\n  <order orderKey="{_RECORD_2}" status="OPEN"/>\n  <order orderKey="104233"/>\n</orders>\n'),
    # a translation's one word under a credential's name
    ("web/src/locales/nb.json", '{\n  "booking": {\n    "token": "Bestillingsreferanse",\n    "secret": "Hemmelighet"\n  }\n}\n'),
    ("app/i18n/de.json", '{"token": "Zugangsschlüssel", "password": "Kennwort"}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
