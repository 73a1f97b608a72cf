"""Forms read after stop 57's blind round (vendors' keys in code and scripts): a header named for an API key in an HTTP
request a debug log writes as one line, its lines joined by escaped CRLFs (Rezdy's `apiKey`); Malay's and Indonesian's
`kunci` (key), head first: a key's bytes under `KUNCI_<what for>` (`KUNCI_QR`), `kunci_api` as a table's column; an
SMS API's application credential by its name, `AppSid` (Unifonic's); a pre-shared key written to its file by a script
(Zabbix's `echo … > /etc/zabbix/zabbix_agentd.psk`); a short key a generator drew, its letters in both cases,
under a key's name (iPay88's ten-character merchant key, whole or split over adjacent literals); a payment gateway's
bare `key` property beside its account's id (Besteron's `$cid` and `$key`). Each beside the decoys of its form, through the
engine. Every value here is generated (seeds 4220000-4229999)."""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
SERVICE = "Service API Token"
TABULAR = "Tabular Data Credential"
_HEX = "0123456789abcdef"

_HEADER_HEX = drawn(4220100, 32, _HEX)
_HEADER_MIXED = drawn_mixed(4220101, 40)
_HEADER_HEX_2 = drawn(4220102, 32, _HEX)
_KEY_BYTES = drawn(4220110, 64, _HEX)
_KEY_BYTES_2 = drawn(4220111, 64, _HEX)
_KEY_BYTES_UPPER = drawn(4220112, 32, _HEX).upper()
_KUNCI_API = drawn_mixed(4220113, 32)
_KUNCI_API_2 = drawn_mixed(4220114, 32)

_APP_SID = drawn_mixed(4220120, 30)
_APP_SID_2 = drawn_mixed(4220121, 30)
_APP_SID_3 = drawn_mixed(4220122, 30)
_APP_SID_4 = drawn_mixed(4220123, 30)
_TWILIO_APP_SID = "AP" + drawn(4220124, 32, _HEX)
_PSK = drawn(4220130, 64, _HEX)
_PSK_2 = drawn(4220131, 64, _HEX)
_PSK_3 = drawn(4220132, 32, _HEX)
_WIREGUARD_PSK = drawn_mixed(4220133, 43) + "="
_SHORT_KEY = drawn(4220140, 10, string.ascii_letters)
_SHORT_KEY_2 = drawn(4220142, 10, string.ascii_letters)
_SHORT_KEY_3 = drawn(4220143, 12, string.ascii_letters)
_GATEWAY_KEY = drawn_mixed(4220160, 32)
_GATEWAY_KEY_2 = drawn_mixed(4220161, 32)
_GATEWAY_KEY_3 = drawn_mixed(4220162, 40)

_DEBUG_SEND = "2025-03-02 09:14:07 DEBUG send: b'GET /v1/products?limit=10 HTTP/1.1\\r\\nHost: api.example.net\\r\\n{}\\r\\nAccept: */*\\r\\n\\r\\n'\n"

TRUE_FORMS = [
    # --- a header named for an API key or token in a request logged as one line (urllib3's and http.client's `send:`)
    ("logs/booking-debug.log", "2025-03-02 09:14:07 DEBUG Starting new HTTPS connection (1): api.example.net:443\n"
     + _DEBUG_SEND.format(f"apiKey: {_HEADER_HEX}"), 2, _HEADER_HEX, SERVICE),
    ("var/log/worker.log", _DEBUG_SEND.format(f"authToken: {_HEADER_MIXED}"), 1, _HEADER_MIXED, SERVICE),
    ("tests/fixtures/request_dump.txt", _DEBUG_SEND.format(f"api_key: {_HEADER_HEX_2}"), 1, _HEADER_HEX_2, SERVICE),
    # --- Malay's `kunci` head first: a key's bytes under what the key is for, a signing key, a secret key, an API key
    ("cetak/src/main.rs", "// Kunci HMAC untuk kod QR tiket\n"
     f'const KUNCI_QR: &str = "{_KEY_BYTES}";\n', 2, _KEY_BYTES, LITERAL),
    ("app/tandatangan.py", f'KUNCI_HMAC = "{_KEY_BYTES_2}"\n', 1, _KEY_BYTES_2, LITERAL),
    ("src/webhook.go", f'const kunciWebhook = "{_KEY_BYTES_UPPER}"\n', 1, _KEY_BYTES_UPPER, LITERAL),
    ("config/rahsia.py", f'KUNCI_API = "{_KUNCI_API}"\n', 1, _KUNCI_API, LITERAL),
    ("db/seed/0003_rakan.sql", "INSERT INTO rakan (kod, nama, kunci_api, aktif) VALUES\n"
     f"('BOT', 'Bas Online', '{_KUNCI_API_2}', TRUE);\n", 2, _KUNCI_API_2, TABULAR),
    # --- an SMS API's application credential by its name (Unifonic's AppSid): a setting, a default argument, a form field
    ("notifications/.env.staging", f"SMS_BASE_URL=https://sms.example.net/rest\nSMS_APP_SID={_APP_SID}\n", 2, _APP_SID, LITERAL),
    ("notifications/sms.py", "class SmsSender:\n"
     f'    def __init__(self, app_sid: str = "{_APP_SID_2}", sender: str = "Shop"):\n        self.app_sid = app_sid\n', 2,
     _APP_SID_2, LITERAL),
    ("ops/sms/send.sh", "curl -X POST https://sms.example.net/rest/SMS/messages \\\n"
     f'  -d "AppSid={_APP_SID_3}" \\\n  -d "Recipient=966500000000"\n', 2, _APP_SID_3, LITERAL),
    ("src/notify.ts", f'const sms = {{ appSid: "{_APP_SID_4}", senderId: "Shop" }};\n', 1, _APP_SID_4, LITERAL),
    # --- a pre-shared key written to its file by a script (Zabbix's TLSPSKFile, a tunnel's, WireGuard's preshared key)
    ("infra/scripts/install_zabbix_agent.sh", "#!/bin/sh\nset -e\napt-get install -y zabbix-agent\n"
     f'echo "{_PSK}" > /etc/zabbix/agent.psk\nchmod 640 /etc/zabbix/agent.psk\n', 4, _PSK, LITERAL),
    ("provision.sh", f"echo {_PSK_2} | sudo tee /etc/zabbix/zabbix_agentd.psk >/dev/null\n", 1, _PSK_2, LITERAL),
    ("provision.sh", f"cat > /etc/zabbix/zabbix_agentd.psk <<EOF\n{_PSK_3}\nEOF\n", 2, _PSK_3, LITERAL),
    ("wg/setup.sh", f'echo "{_WIREGUARD_PSK}" > /etc/wireguard/preshared.key\n', 1, _WIREGUARD_PSK, LITERAL),
    # --- a short drawn key under a key's name (iPay88's merchant key): split over adjacent literals, or whole
    ("payments/ipay88_legacy.py", 'MERCHANT_CODE = "M00123"\n'
     f'MERCHANT_KEY = ("{_SHORT_KEY[:5]}"\n                "{_SHORT_KEY[5:]}")\n', 2, _SHORT_KEY, LITERAL),
    ("app/Payments/Ipay88.php", f"<?php\nconst IPAY88_MERCHANT_KEY = '{_SHORT_KEY_2}';\n", 2, _SHORT_KEY_2, LITERAL),
    ("src/payments/gateway.js", f"const merchantKey = '{_SHORT_KEY_3}';\n", 1, _SHORT_KEY_3, LITERAL),
    # --- a gateway's bare `key` beside the account's id it signs for: a class's properties, a settings array, an object
    ("eshop/app/Payments/Gateway.php", "<?php\n\nfinal class Gateway\n{\n    private string $cid = '4410';\n"
     f"    private string $key = '{_GATEWAY_KEY}';\n}}\n", 6, _GATEWAY_KEY, LITERAL),
    ("config/payments.php", "<?php\nreturn [\n    'merchant_id' => '4410',\n"
     f"    'key' => '{_GATEWAY_KEY_2}',\n];\n", 4, _GATEWAY_KEY_2, LITERAL),
    ("src/payments/gateway.ts", "export const gateway = {\n  merchantId: '4410',\n"
     f"  key: '{_GATEWAY_KEY_3}',\n}};\n", 3, _GATEWAY_KEY_3, LITERAL),
]

DECOYS = [
    # (Pusher's app key beside its app id: public; a bare key alone; a name's words; a hex digest; a record's id and key)
    ("src/realtime.js", "const pusher = {\n  appId: '1234',\n" f"  key: '{_GATEWAY_KEY}',\n}};\n"),
    ("app/Cache.php", f"<?php\nclass Cache {{\n    private $key = '{_GATEWAY_KEY}';\n}}\n"),
    ("app/Gateway.php", "<?php\nclass Gateway {\n    private $cid = '4410';\n    private $key = 'MerchantSigningKeyName';\n}\n"),
    ("app/Gateway.php", "<?php\nclass Gateway {\n    private $cid = '4410';\n"
     f"    private $key = '{drawn(4220163, 40, _HEX)}';\n}}\n"),
    ("app/items.py", f"item = {{\n    'id': 7,\n    'key': '{_GATEWAY_KEY}',\n}}\n"),
    # (an identifier under a key's name: a name's words, an acronym's; a short hex; a key's name split in two)
    ("payments/gateway.py", 'MERCHANT_KEY = "MerchantKey"\n'),
    ("payments/gateway.py", 'API_KEY = "getAPIKey"\n'),
    ("payments/gateway.py", 'SECRET_KEY = "HelloWorld"\n'),
    ("payments/gateway.py", 'API_KEY = "b4d20e8f"\n'),
    # (capitals and digits, or lower case and digits: an id's or a code's as often)
    ("payments/gateway.py", f'API_KEY = "{drawn(4220144, 10, string.ascii_uppercase + string.digits)}"\n'),
    ("payments/gateway.py", f'API_KEY = "{drawn(4220151, 10, string.ascii_lowercase + string.digits)}"\n'),
    ("payments/gateway.py", 'MERCHANT_KEY = ("Merchant"\n                "KeyName")\n'),
    # (the key drawn on the host, or from a variable; the agent's settings naming the file; the PSK's identity; a stand-in)
    ("provision.sh", "openssl rand -hex 32 > /etc/zabbix/zabbix_agentd.psk\n"),
    ("provision.sh", 'echo "$ZABBIX_PSK" > /etc/zabbix/zabbix_agentd.psk\n'),
    ("provision.sh", 'echo "TLSPSKFile=/etc/zabbix/zabbix_agentd.psk" >> /etc/zabbix/zabbix_agentd.d/psk.conf\n'),
    ("provision.sh", 'echo "PSK-pos-frontdesk-01" > /etc/zabbix/psk_identity\n'),
    ("provision.sh", 'echo "<paste the PSK here>" > /etc/zabbix/zabbix_agentd.psk\n'),
    # (review 57: a log named for the PSK's setup is no key's file: what a step says it did)
    ("provision.sh", 'echo "installing psk support" > /var/log/psk-install.log\n'),
    ("provision.sh", 'echo "rotatedKeysOnAllAgents" >> /var/log/zabbix/psk-rotate.log\n'),
    # (Twilio's TwiML application SID, a resource's id; an app SID from the environment; a stand-in; an app's name)
    (".env", f"TWILIO_APP_SID={_TWILIO_APP_SID}\n"),
    ("notifications/sms.py", 'APP_SID = os.environ["SMS_APP_SID"]\n'),
    ("notifications/.env.example", "SMS_APP_SID=your_app_sid_here\n"),
    ("config.py", 'APP_SID = "shop-notifications"\n'),
    # (a reference, a stand-in, a browser's public key in the logged request)
    ("logs/booking-debug.log", _DEBUG_SEND.format("apiKey: ${BOOKING_API_KEY}")),
    ("logs/booking-debug.log", _DEBUG_SEND.format("apiKey: your-booking-api-key-here")),
    ("logs/booking-debug.log", _DEBUG_SEND.format(f"public_api_key: {_HEADER_MIXED}")),
    # (a header of no credential; the request id, a hex id)
    ("logs/booking-debug.log", _DEBUG_SEND.format(f"X-Request-Id: {_HEADER_HEX}")),
    # (a public key, a cache's key, a digest's, an example's, under `kunci`; a counting stand-in; a product's code)
    ("app/kunci.py", f'KUNCI_AWAM = "{_KEY_BYTES}"\n'),
    ("app/kunci.py", f'KUNCI_CACHE = "{_KEY_BYTES}"\n'),
    ("app/kunci.py", f'KUNCI_MD5 = "{_KEY_BYTES[:32]}"\n'),
    ("app/kunci.py", f'KUNCI_CONTOH = "{_KEY_BYTES}"\n'),
    ("app/kunci.py", 'KUNCI_QR = "0123456789abcdef0123456789abcdef"\n'),
    ("app/kunci.py", 'kunci_produk = "PRD-2291-KL"\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_bare_keys_line_of_blanks_is_read_once(engine: Engine) -> None:
    # (review 57: blanks after a bare key's literal, no `;` and no comment after them, were split two ways at every
    # blank, `[ \t]*[;,]?[ \t]*`: 20,000 of them took a minute)
    # (its time at a megabyte: benchmarks/hostile.py, long-line-blanks-after-a-bare-key-full)
    line = 'key: "' + drawn_mixed(4300020, 18) + '"' + " " * 20000 + "x\n"
    assert _blocked(engine, "src/Pay.php", "client_id: 7,\n" + line) == []
