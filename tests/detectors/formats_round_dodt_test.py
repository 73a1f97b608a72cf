"""Blind rounds DO-DT, formats: Telnyx API v2 keys (`KEY`, 32 upper-case hex, `_`, 22 letters and digits) and Fly.io
personal access tokens (`fo1_` and 43 characters of base64url) anywhere;
a Google Cloud service account key file's `private_key` whatever its PEM header says (a word doubled or misspelt, no
armour); a header value's setting holding a credential (a game server plugin's `…_header_value "Bearer …"`, a webhook's
`headerValue` beside a `headerName` that says an authentication header); a payment gateway's merchant PIN or key beside
the merchant's and the user's ids (Converge's XML, a .NET `<add key=…>`, its form fields, YAML); Web Push VAPID private
keys given to web-push's calls by position. Decoys of each form stay quiet, and a VAPID *public* key (Firebase's
`getToken(…, { vapidKey })`, the Push API's `applicationServerKey`, a VAPID key in a config) is no secret. Generated
fakes only (seeds 1180000-1180999)."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocked_lines

UPPER_HEX = "0123456789ABCDEF"
UPPER_ALNUM = string.ascii_uppercase + string.digits
BASE64 = string.ascii_letters + string.digits + "+/"
BASE64URL = string.ascii_letters + string.digits + "-_"


def telnyx_key(seed: int) -> str:
    return "KEY" + fakes.drawn(seed, 32, UPPER_HEX) + "_" + fakes.drawn_mixed(seed + 1, 22)


def fly_token(seed: int) -> str:
    return "fo1_" + fakes.drawn_mixed(seed, 43, string.ascii_letters + string.digits + "_-")


def key_body(seed: int, lines: int = 6) -> str:
    """A PEM body's base64 as a JSON string writes it: 64-character lines joined by `\\n` escapes."""
    return "\\n".join(fakes.drawn(seed + line, 64, BASE64) for line in range(lines))


def service_account(header: str, body: str, key_type: str = "service_account") -> str:
    footer = header.replace("BEGIN", "END")
    return ('{\n  "type": "' + key_type + '",\n  "project_id": "tidewater-ops",\n'
            '  "private_key_id": "' + fakes.drawn(1180100, 40, "0123456789abcdef") + '",\n'
            '  "private_key": "' + header + "\\n" + body + "\\n" + footer + '\\n",\n'
            '  "client_email": "ledger-sync@tidewater-ops.iam.gserviceaccount.com",\n  "client_id": "10934857261094857261"\n}\n')


def bearer_token(seed: int) -> str:
    return fakes.drawn_mixed(seed, 40)


def converge_pin(seed: int) -> str:
    return fakes.drawn(seed, 64, UPPER_ALNUM)


def vapid_public(seed: int) -> str:
    """An uncompressed P-256 point's shape in base64url: 0x04 and 64 bytes, 87 characters from `B`."""
    generator = random.Random(seed)
    point = bytes([4]) + bytes(generator.getrandbits(8) for _ in range(64))
    return base64.urlsafe_b64encode(point).decode().rstrip("=")


def vapid_private(seed: int) -> str:
    return fakes.drawn_mixed(seed, 43, string.ascii_letters + string.digits)


def found(name: str, text: str) -> List[Tuple[int, str]]:
    return [(line, secret) for line, _, secret in blocked_lines(Engine(), name, text)]


# (file, text, secret, line): each blocks, its finding on the line.
FORMS: List[Tuple[str, str, str, int]] = [
    # Telnyx API v2 keys, wherever they stand: an SDK's argument, a notebook's output, a log, a list, a header
    ("sms/notify.ts", f"import Telnyx from 'telnyx';\nconst client = new Telnyx('{telnyx_key(1180000)}');\n", telnyx_key(1180000), 2),
    ("notebooks/sms.txt", f"In [4]: key\nOut[4]: '{telnyx_key(1180002)}'\n", telnyx_key(1180002), 2),
    ("logs/worker.log", f"2024-03-02T10:11:12Z sms: sending with {telnyx_key(1180004)} to +15550100\n", telnyx_key(1180004), 1),
    ("config/keys.json", f'{{"providers": ["{telnyx_key(1180006)}"]}}\n', telnyx_key(1180006), 1),
    ("scripts/send.sh", f'curl -X POST https://api.telnyx.com/v2/messages -H "Authorization: Bearer {telnyx_key(1180008)}"\n',
     telnyx_key(1180008), 1),
    # Fly.io personal access tokens (an old miss of the same category: a vendor's key format), in a how-to too
    ("docs/deploy/fly.md", f"```\nflyctl deploy --access-token {fly_token(1180010)}\n```\n", fly_token(1180010), 2),
    ("dotfiles/.fly/config.yml", f"access_token: {fly_token(1180011)}\nsend_metrics: false\n", fly_token(1180011), 1),
    # a service account's private_key under a malformed or missing PEM header
    ("keys/ledger-sync.json", service_account("-----BEGIN RSA RSA PRIVATE KEY-----", key_body(1180110)),
     "-----BEGIN RSA RSA PRIVATE KEY-----\\n" + key_body(1180110), 5),
    ("keys/ledger-sync.json", service_account("-----BEGIN PRIVTE KEY-----", key_body(1180120)), key_body(1180120), 5),
    ("creds.json", service_account("", key_body(1180130)).replace('"private_key": "\\n', '"private_key": "'), key_body(1180130), 5),
    ("etl/auth.py", "creds = service_account.Credentials.from_service_account_info({\n    'type': 'service_account',\n"
     "    'client_email': 'etl@tidewater-ops.iam.gserviceaccount.com',\n"
     f"    'private_key': '-----BEGIN KEY-----\\n{key_body(1180140, 4)}\\n-----END KEY-----\\n',\n}})\n", key_body(1180140, 4), 4),
    # a header value's setting: in an authentication scheme, or beside a sibling naming an authentication header
    ("cfg/get5/live.cfg", f'get5_remote_log_url "https://stats.example.net/ingest"\nget5_remote_log_header_value "Bearer {bearer_token(1180200)}"\n',
     bearer_token(1180200), 2),
    ("hooks.yaml", f"webhooks:\n  - url: https://ops.example.org/hook\n    header_value: \"Token {bearer_token(1180202)}\"\n",
     bearer_token(1180202), 3),
    ("alerts/webhook.json", f'{{"url": "https://ops.example.org/hook", "headerName": "X-API-Key", "headerValue": "{bearer_token(1180204)}"}}\n',
     bearer_token(1180204), 1),
    ("relay.ini", f"[relay]\nauth_header_name = Authorization\nauth_header_value = {bearer_token(1180206)}\n", bearer_token(1180206), 3),
    ("cfg/MatchZy/config.cfg", f'matchzy_demo_upload_header_key "X-Api-Key"\nmatchzy_demo_upload_header_value "{bearer_token(1180208)}"\n',
     bearer_token(1180208), 2),
    # a payment gateway's merchant PIN or key beside the merchant's and the user's ids
    ("payments/sale.xml", "<txn>\n  <ssl_merchant_id>7821044</ssl_merchant_id>\n  <ssl_user_id>webpos</ssl_user_id>\n"
     f"  <ssl_pin>{converge_pin(1180300)}</ssl_pin>\n  <ssl_transaction_type>ccsale</ssl_transaction_type>\n</txn>\n",
     converge_pin(1180300), 4),
    ("Web.config", '<appSettings>\n  <add key="Gateway.MerchantId" value="7821044" />\n  <add key="Gateway.UserId" value="webpos" />\n'
     f'  <add key="Gateway.Pin" value="{converge_pin(1180302)}" />\n</appSettings>\n', converge_pin(1180302), 4),
    ("bin/charge.sh", "curl -s https://api.convergepay.com/VirtualMerchant/process.do \\\n"
     f"  -d 'ssl_merchant_id=7821044&ssl_user_id=webpos&ssl_pin={converge_pin(1180304)}&ssl_amount=12.00'\n", converge_pin(1180304), 2),
    ("gateway/auth.xml", "<Auth>\n  <MerchantID>7821044</MerchantID>\n  <UserID>webpos</UserID>\n"
     f"  <MerchantPIN>{converge_pin(1180308)}</MerchantPIN>\n</Auth>\n", converge_pin(1180308), 4),
    ("config/payments.yml", f"gateway:\n  merchant_id: '7821044'\n  user_id: webpos\n  security_key: {fakes.drawn_mixed(1180306, 32)}\n",
     fakes.drawn_mixed(1180306, 32), 4),
    # a VAPID private key given to web-push by position
    ("server/push.js", f"webpush.setVapidDetails('mailto:ops@example.org', '{vapid_public(1180400)}', '{vapid_private(1180401)}');\n",
     vapid_private(1180401), 1),
    ("server/push.ts", f"webpush.setVapidDetails(\n  'mailto:ops@example.org',\n  '{vapid_public(1180402)}',\n  '{vapid_private(1180403)}',\n);\n",
     vapid_private(1180403), 4),
    ("Push/Sender.cs", f'var vapid = new VapidDetails("mailto:ops@example.org", "{vapid_public(1180404)}", "{vapid_private(1180405)}");\n',
     vapid_private(1180405), 1),
    ("src/main/java/Push.java", f'PushService service = new PushService("{vapid_public(1180406)}", "{vapid_private(1180407)}", "mailto:ops@example.org");\n',
     vapid_private(1180407), 1),
    ("src/push.rs", f'let builder = VapidSignatureBuilder::from_base64("{vapid_private(1180408)}", URL_SAFE_NO_PAD, &subscription)?;\n',
     vapid_private(1180408), 1),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_form_blocks(name: str, text: str, secret: str, line: int) -> None:
    assert any(number == line and secret in reported for number, reported in found(name, text))


DECOYS: List[Tuple[str, str]] = [
    # Telnyx: the key's id alone, a placeholder, a template
    ("docs/sms.txt", "The key id KEY" + fakes.drawn(1180500, 32, UPPER_HEX) + " is shown beside each key in the portal.\n"),
    ("sms/send.py", 'telnyx.api_key = "KEY' + "0" * 32 + '_' + "x" * 22 + '"\n'),
    ("sms/send.py", 'telnyx.api_key = "KEY' + fakes.drawn(1180502, 32, UPPER_HEX) + '_YourApiSecretGoesHere1"\n'),
    ("docs/deploy/fly.md", "fly deploy --access-token fo1_" + "x" * 43 + "\nfly deploy --access-token $FLY_API_TOKEN\n"),
    # a service account's private_key that holds no key: a placeholder, a reference, an empty one, one of repeats
    ("keys/sa.json", service_account("-----BEGIN PRIVATE KEY-----", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...")),
    ("keys/sa.json", '{\n  "type": "service_account",\n  "private_key": "${GCP_PRIVATE_KEY}",\n  "private_key_id": ""\n}\n'),
    ("keys/sa.json", '{\n  "type": "service_account",\n  "private_key": "",\n  "client_email": ""\n}\n'),
    ("keys/sa.json", service_account("-----BEGIN PRIVATE PRIVATE KEY-----", "\\n".join(["A" * 64] * 6))),
    # a header value's setting: a reference, a placeholder, built in code, a sibling naming no authentication header
    ("cfg/get5/live.cfg", 'get5_remote_log_header_value "Bearer ${GET5_TOKEN}"\n'),
    ("hooks.yaml", 'webhooks:\n  - header_value: "Bearer <YOUR_API_TOKEN>"\n'),
    ("Client.java", 'String headerValue = "Bearer " + token;\nif (headerValue.startsWith("Bearer ")) {\n'),
    ("alerts/webhook.json", '{"headerName": "Accept", "headerValue": "application/vnd.api+json"}\n'),
    ("cfg/live.cfg", f'get5_demo_upload_header_key "Authorization"\nget5_remote_log_header_value "{fakes.drawn(1180510, 24, UPPER_HEX)}"\n'),
    # a merchant's PIN: a card's short one, a reference, a placeholder, no merchant or user id beside it
    ("payments/sale.xml", "<txn>\n  <ssl_merchant_id>7821044</ssl_merchant_id>\n  <ssl_user_id>webpos</ssl_user_id>\n"
     "  <ssl_pin>${CONVERGE_PIN}</ssl_pin>\n  <CardPin>4821</CardPin>\n</txn>\n"),
    ("payments/sale.xml", "<txn>\n  <ssl_merchant_id>7821044</ssl_merchant_id>\n  <ssl_user_id>webpos</ssl_user_id>\n"
     "  <ssl_pin>XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</ssl_pin>\n</txn>\n"),
    ("kiosk.xml", f"<Kiosk>\n  <Pin>{fakes.drawn(1180520, 12, string.digits)}</Pin>\n  <DisplayName>Lobby</DisplayName>\n</Kiosk>\n"),
    # VAPID public keys, where browsers and phones subscribe with them
    ("src/firebase.js", f'export const subscribe = () => getToken(messaging, {{ vapidKey: "{vapid_public(1180600)}" }});\n'),
    ("src/sw-register.js", f'const applicationServerKey = "{vapid_public(1180601)}";\n'),
    (".env", f"VITE_FCM_VAPID_KEY={vapid_public(1180602)}\n"),
    ("src/environments/environment.ts", f"export const environment = {{\n  production: true,\n  vapidKey: '{vapid_public(1180603)}',\n}};\n"),
    # web-push's calls given references, or a placeholder
    ("server/push.js", "webpush.setVapidDetails(process.env.VAPID_SUBJECT, process.env.VAPID_PUBLIC_KEY, process.env.VAPID_PRIVATE_KEY);\n"),
    ("server/push.js", f"webpush.setVapidDetails('mailto:ops@example.org', '{vapid_public(1180604)}', '{'x' * 43}');\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_the_decoy_stays_quiet(name: str, text: str) -> None:
    assert found(name, text) == []
