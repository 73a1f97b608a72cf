"""Forms read after blind rounds DU-DZ (kinds/_command_lines.py, kinds/literal_credential.py): a long option named for
a key, a token or a secret whose value a subcommand or a file follows (`<cli> --auth-key <key> usage`); a licence key
given to a command's activation option (`--activate`, `--license`, `--product-key`); a PowerShell cmdlet's parameter
named *Key/*Password/*Secret/*Token in a console's history kept as text (any name) or a pasted session; an AT command
whose name says it sets a key (a radio modem's link encryption, a LoRaWAN module's keys) and a device console's key
commands (MAVProxy's `signing setup|key`, Microchip's `mac set appkey`); a captured request's Authorization header in
a text file (its request line above its headers), Basic decoded to its password. Each beside the decoys of its form
(a variable, `$env:`, a placeholder, `<key>`, an all-zero or counting key, a licence's name, an example request's word
pair). Every value here is generated."""
from __future__ import annotations

import base64

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

LITERAL = "Literal Credential"
_HEX = "0123456789abcdef"
_GROUPED = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _licence(seed: int, groups: int = 5, size: int = 5) -> str:
    """A licence key as vendors issue one: groups of capitals and digits (`Q7XKD-…`)."""
    return "-".join(drawn(seed + group, size, _GROUPED) for group in range(groups))


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


_UUID_KEY = uuid4(1310000)
_UUID_KEY2 = uuid4(1310001)
_CLI_TOKEN = drawn_mixed(1310010, 32)
_CLI_SECRET = drawn_mixed(1310020, 40)
_LICENCE = _licence(1310030)
_LICENCE2 = _licence(1310040, 4, 6)
_LICENCE3 = _licence(1310050, 6, 4)
_ACCOUNT_KEY = base64.b64encode(bytes(drawn(1310060, 64, "".join(map(chr, range(256)))), "latin-1")).decode()
_PS_KEY = drawn_mixed(1310070, 36)
_PS_PASSWORD = drawn_mixed(1310080, 18, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#*")
_AES_KEY = drawn(1310090, 32, _HEX)
_AES_KEY2 = drawn(1310100, 64, _HEX).upper()
_APP_KEY = drawn(1310110, 32, _HEX).upper()
_SIGNING = drawn_mixed(1310120, 20)
_SIGNING2 = drawn_mixed(1310130, 14)
_CAPTURED_PW = drawn_mixed(1310140, 12)
_CAPTURED_PW2 = drawn_mixed(1310150, 16)
_CAPTURED_TOKEN = drawn_mixed(1310160, 40)

TRUE_FORMS = [
    # a long option named for a key, a token or a secret, a subcommand or a file after its value
    ("home/ops/.bash_history", f"pip install deepl\ndeepl --auth-key {_UUID_KEY} usage\nls out/\n", 2, _UUID_KEY, LITERAL),
    ("home/ops/.zsh_history", f": 1718000000:0;translator --api-key {_UUID_KEY2} document --to DE in.docx out/\n", 1,
     _UUID_KEY2, LITERAL),
    ("scripts/pull.sh", f"#!/bin/sh\nvendorctl --access-token '{_CLI_TOKEN}' export reports.csv\n", 2, _CLI_TOKEN, LITERAL),
    ("scripts/pull.sh", f"sync-tool --client-secret \"{_CLI_SECRET}\" pull bucket/\n", 1, _CLI_SECRET, LITERAL),
    ("scripts/blob.sh", f"storagecli --account-key {_ACCOUNT_KEY} upload backup.tar\n", 1, _ACCOUNT_KEY, LITERAL),
    # a licence key given to a command's activation option
    ("docker/photogrammetry/entrypoint.sh", "#!/bin/bash\nif [ ! -f /opt/app/app.lic ]; then\n"
     f"  /opt/app/app.sh --activate {_LICENCE}\nfi\n", 3, _LICENCE, LITERAL),
    ("provision/install.sh", f"./installer --accept-eula --license={_LICENCE2} --silent\n", 1, _LICENCE2, LITERAL),
    ("provision/install.ps1", f"& .\\setup.exe /quiet -licence \"{_LICENCE3}\"\n", 1, _LICENCE3, LITERAL),
    ("provision/Dockerfile", f"RUN /opt/tool/bin/tool --product-key {_LICENCE} --register\n", 1, _LICENCE, LITERAL),
    # a PowerShell cmdlet's secret-named parameter in a console's history kept as text, any name, or a pasted session
    ("ops/forensics/ConsoleHost_history-FS01.txt", "Get-Service *sql*\n"
     f"$ctx = New-AzStorageContext -StorageAccountName archive01 -StorageAccountKey \"{_ACCOUNT_KEY}\"\n"
     "Get-AzStorageContainer -Context $ctx\n", 2, _ACCOUNT_KEY, LITERAL),
    ("AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
     f"Connect-Vendor -Server api.example.net -ApiKey '{_PS_KEY}'\nGet-VendorJob\n", 1, _PS_KEY, LITERAL),
    ("notes/session.txt", f"PS C:\\> Set-RemoteAccount -Name svc_backup -AccountPassword '{_PS_PASSWORD}' -Force\n", 1,
     _PS_PASSWORD, LITERAL),
    # an AT command whose name says it sets a key; a device console's key commands
    ("radios/modem/gcs.cfg", f"AT+MWFREQ=76\nAT+MWNETWORKID=FLEET-3\nAT+MWVENCRYPT=2,{_AES_KEY}\nAT&W\n", 3, _AES_KEY, LITERAL),
    ("radios/modem/air.txt", f"AT+MWVENCRYPT=1,{_AES_KEY2}\nAT&W\n", 1, _AES_KEY2, LITERAL),
    ("lora/provision.txt", f"AT+DEVEUI=70B3D57ED0051A2B\nAT+APPKEY={_APP_KEY}\nAT+JOIN\n", 2, _APP_KEY, LITERAL),
    ("lora/rn2483_init.cmd", f"mac reset 868\nmac set appkey {_APP_KEY}\nmac save\n", 2, _APP_KEY, LITERAL),
    ("gcs/mavinit.scr", f"module load signing\nsigning setup {_SIGNING}\nparam set SERIAL2_BAUD 57\n", 2, _SIGNING, LITERAL),
    ("gcs/startup.scr", f"signing key {_SIGNING2}\n", 1, _SIGNING2, LITERAL),
    # a captured request's Authorization header in a text file (a documentation tree's too), Basic decoded
    ("docs/debug/caster_request.txt", "GET /MOUNT1 HTTP/1.1\nHost: caster.example.net:2101\nNtrip-Version: Ntrip/2.0\n"
     f"Authorization: Basic {_basic('rover7', _CAPTURED_PW)}\nConnection: close\n", 4, _CAPTURED_PW, LITERAL),
    ("notes/api-debug.md", "```\n> POST /v2/orders HTTP/1.1\n> Host: api.example.net\n> Content-Type: application/json\n"
     f"> Authorization: Basic {_basic('integrations', _CAPTURED_PW2)}\n```\n", 5, _CAPTURED_PW2, LITERAL),
    ("docs/traces/sync.txt", "PUT /api/items/7 HTTP/1.1\nHost: api.example.net\n"
     f"Authorization: Bearer {_CAPTURED_TOKEN}\n", 3, _CAPTURED_TOKEN, LITERAL),
]

DECOYS = [
    # (an option's value a variable, a placeholder; an option named for a key that names a file, a flag before a word)
    ("home/ops/.bash_history", "deepl --auth-key $DEEPL_AUTH_KEY usage\ndeepl --auth-key \"${DEEPL_KEY}\" usage\n"
     "deepl --auth-key <your-auth-key> usage\ndeepl --auth-key xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx usage\n"),
    ("scripts/pull.sh", "vendorctl --access-token \"$(cat /run/secrets/token)\" export reports.csv\n"
     "ssh-keygen --ssh-key ~/.ssh/id_ed25519.pub sign host.example.net\n"
     "sort --key 2,2 data.tsv out.tsv\ndocker login --password-stdin registry.example.net\n"),
    # (a licence's name, a placeholder's groups, counting groups, a variable)
    ("provision/install.sh", "pkg init --license Apache-2.0 mylib\npkg init --license MIT-0 mylib\n"
     "/opt/app/app.sh --activate XXXXX-XXXXX-XXXXX-XXXXX-XXXXX\n/opt/app/app.sh --activate ABCDE-12345-FGHIJ-67890-KLMNO\n"
     "/opt/app/app.sh --activate \"$LICENSE_KEY\"\n/opt/app/app.sh --activate 00000-00000-00000-00000-00000\n"),
    # (a cmdlet's parameter a variable, $env:, a subexpression, a placeholder; a name that is no secret)
    ("ops/ConsoleHost_history-FS01.txt", "$ctx = New-AzStorageContext -StorageAccountName archive01 -StorageAccountKey $key\n"
     "New-AzStorageContext -StorageAccountName a -StorageAccountKey $env:STORAGE_KEY\n"
     "New-AzStorageContext -StorageAccountName a -StorageAccountKey (Get-Secret -Name storage)\n"
     "New-AzStorageContext -StorageAccountName a -StorageAccountKey \"<storage-account-key>\"\n"
     "Get-ChildItem -Path HKLM:\\Software -Recurse | Select-Object -First 10\n"),
    ("docs/azure.txt", "Run: New-AzStorageContext -StorageAccountName <name> -StorageAccountKey \"<key>\"\n"
     "Connect-Vendor -ApiKey 'YOUR_API_KEY'\n"),
    # (an AT command's key all zeros, counting, a placeholder; a key-named command given no key; the console's other commands)
    ("radios/modem/gcs.cfg", "AT+MWVENCRYPT=0\nAT+MWVENCRYPT=2,00000000000000000000000000000000\n"
     "AT+MWVENCRYPT=2,0123456789abcdef0123456789abcdef\nAT+APPKEY=<appkey>\nAT+APPKEY=?\n"
     "AT+MWFREQ2400=76\nAT+MWNETWORKID=FLEET-3\n"),
    ("lora/rn2483_init.cmd", "mac set appkey 00000000000000000000000000000000\nmac set deveui 70B3D57ED0051A2B\n"),
    ("gcs/mavinit.scr", "module load signing\nsigning setup $SIGNING_PASSPHRASE\nsigning key <passphrase>\nsigning remove\n"
     "signing unsigned\n"),
    # (an example request's credential a word pair or a placeholder; a header with no request line above)
    ("docs/http.txt", "GET /protected HTTP/1.1\nHost: www.example.com\nAuthorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n"),
    ("docs/http.md", "```\nGET /api HTTP/1.1\nHost: api.example.com\n"
     f"Authorization: Basic {_basic('user', 'password')}\nAuthorization: Bearer <token>\n```\n"),
    ("docs/headers.txt", f"The client sends a header such as\n\nAuthorization: Basic {_basic('rover7', 'Rover7Demo')}\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_form_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
