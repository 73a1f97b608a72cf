"""Blind sets IS and IV: Vietnamese and Thai payment and messaging vendors' secrets in code and configurations.

- VNPay's hash secret (`vnp_HashSecret`: the HMAC-SHA512 key that signs every payment URL and checks every return),
  as its samples and SDKs name it in Python, Java, C# and PHP (`VNP_HASH_SECRET`, `HASH_SECRET`, `HashSecret`,
  `$vnp_HashSecret`): `hash` before `secret` names the secret keying a hash (compat/detect_secrets/credential_keys.py);
  a hash of a secret is named the other way round (`secret_hash`, `hashed_secret`) and stays none.
- LINE's Messaging API SDKs given the channel secret or the channel access token by position (`WebhookHandler(…)`,
  `WebhookParser(…)`, v2's `LineBotApi(…)`, the PHP SDK's `new CurlHTTPClient(…)`), where the file names the SDK
  (kinds/_code_calls.py's documented_slots); references and stand-ins stay none, and so does another library's
  `WebhookHandler` given its route.
- ZaloPay's app keys under the bare names its API gives them (`key1`, the MAC key; `key2`, the callback key), where the
  file or the lines around name ZaloPay (kinds/_literal_reading.py); ZaloPay's published sandbox keys, references, and a
  `key1` where nothing says ZaloPay stay none.
- LINE Notify's access tokens (43 letters of both cases and digits) as quoted literals anywhere in a file naming its API's
  host (`notify-api.line.me`), however they are named (a dict of branches' tokens, a list of groups'): kinds/_vendor_keys.py.

Through the engine; every value here is generated (seeds 3870000-3879999).
"""
from __future__ import annotations

import string

import pytest
from secretfence.engine import Engine
from secretfence.findings import LOW

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

# (VNPay's merchant portal issues 32 upper-case letters and digits)
_VNPAY_SECRET = drawn(3870000, 32, string.ascii_uppercase + string.digits)
_VNPAY_LETTERS = drawn(3870001, 32, string.ascii_uppercase)
_HEX_DIGEST = drawn(3870002, 64, "0123456789abcdef")
# (a LINE channel secret is 32 hex; a channel access token, long-lived, 172 characters of base64 ending `=`)
_LINE_SECRET = drawn(3870010, 32, "0123456789abcdef")
_LINE_TOKEN = drawn_mixed(3870011, 171, string.ascii_letters + string.digits + "+/") + "="
# (ZaloPay's key1 and key2: 32 letters of both cases and digits)
_ZALOPAY_KEY1 = drawn_mixed(3870020, 32)
_ZALOPAY_KEY2 = drawn_mixed(3870021, 32)
# (LINE Notify's access tokens: 43 letters of both cases and digits)
_NOTIFY_FIRST = drawn_mixed(3870030, 43)
_NOTIFY_SECOND = drawn_mixed(3870031, 43)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert len(_VNPAY_SECRET) == 32 and _VNPAY_SECRET.isupper()
    assert len(_VNPAY_LETTERS) == 32 and _VNPAY_LETTERS.isalpha()


@pytest.mark.parametrize("filename,text,line,secret", [
    ("booking/payments/vnpay.py",
     'VNP_TMN_CODE = "SHOPVN01"\nVNP_HASH_SECRET = "{secret}"\nVNP_URL = "https://pay.vnpay.vn/vpcpay.html"\n', 2, _VNPAY_SECRET),
    ("booking/payments/vnpay.py", 'vnp_hash_secret = "{letters}"\n', 1, _VNPAY_LETTERS),
    ("src/main/java/vn/shop/pay/VnpayConfig.java",
     'public final class VnpayConfig {{\n    private static final String HASH_SECRET = "{secret}";\n}}\n', 2, _VNPAY_SECRET),
    ("Shop.Crm/Payments/VnpayOptions.cs",
     'public sealed class VnpayOptions\n{{\n    public string HashSecret {{ get; init; }} = "{secret}";\n}}\n', 3, _VNPAY_SECRET),
    ("vnpay_php/config.php", '<?php\n$vnp_TmnCode = "SHOPVN01";\n$vnp_HashSecret = "{secret}";\n', 3, _VNPAY_SECRET),
    ("config/vnpay.json", '{{\n  "vnp_HashSecret": "{letters}"\n}}\n', 2, _VNPAY_LETTERS),
])
def test_vnpays_hash_secret_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert _secrets(engine, filename, text.format(secret=_VNPAY_SECRET, letters=_VNPAY_LETTERS)) == [(line, secret)]


@pytest.mark.parametrize("filename,text", [
    ("booking/payments/vnpay.py", 'VNP_HASH_SECRET = os.environ["VNP_HASH_SECRET"]\n'),
    ("booking/payments/vnpay.py", 'from .crypto import hash_secret\n\ndigest = hash_secret(VNP_HASH_SECRET)\n'),
    ("booking/payments/vnpay.py", 'VNP_HASH_SECRET = "YOUR_HASH_SECRET"\n'),
    ("Shop.Crm/appsettings.json", '{{\n  "Vnpay": {{ "HashSecret": "" }}\n}}\n'),
    # (a hash of a secret, named so)
    ("accounts/models.py", 'hashed_secret = "{digest}"\n'),
    ("accounts/models.py", 'HASH_SECRET_FILE = "/run/secrets/vnp_hash_secret"\n'),
])
def test_vnpays_hash_secret_from_elsewhere_or_a_hash_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(digest=_HEX_DIGEST)) == []


@pytest.mark.parametrize("filename,text,line,secret", [
    ("line-bot/app.py",
     'from flask import Flask\nfrom linebot.v3 import WebhookHandler\n\napp = Flask(__name__)\nhandler = WebhookHandler("{secret}")\n',
     5, _LINE_SECRET),
    ("bot/webhook.py", 'from linebot import WebhookParser\n\nparser = WebhookParser(\n    "{secret}"\n)\n', 4, _LINE_SECRET),
    ("bot/main.py", 'import linebot\n\nhandler = linebot.WebhookHandler(\'{secret}\')\n', 3, _LINE_SECRET),
    ("bot/push.py", 'from linebot import LineBotApi\n\nline_bot_api = LineBotApi("{token}")\n', 3, _LINE_TOKEN),
    ("public/callback.php",
     "<?php\nuse LINE\\LINEBot;\nuse LINE\\LINEBot\\HTTPClient\\CurlHTTPClient;\n\n$httpClient = new CurlHTTPClient('{token}');\n",
     5, _LINE_TOKEN),
])
def test_lines_channel_secret_or_token_given_to_its_sdk_blocks(engine: Engine, filename: str, text: str, line: int,
                                                                secret: str) -> None:
    assert _secrets(engine, filename, text.format(secret=_LINE_SECRET, token=_LINE_TOKEN)) == [(line, secret)]


@pytest.mark.parametrize("filename,text", [
    ("line-bot/app.py", 'from linebot.v3 import WebhookHandler\n\nhandler = WebhookHandler(os.environ["LINE_CHANNEL_SECRET"])\n'),
    ("line-bot/app.py", "from linebot.v3 import WebhookHandler\n\nhandler = WebhookHandler(channel_secret)\n"),
    ("line-bot/app.py", "from linebot.v3 import WebhookHandler\n\nhandler = WebhookHandler('YOUR_CHANNEL_SECRET')\n"),
    ("bot/push.py", "from linebot import LineBotApi\n\nline_bot_api = LineBotApi('<channel access token>')\n"),
    # (another library's handler, given its route)
    ("hooks/server.py", 'from hooks import WebhookHandler\n\nhandler = WebhookHandler("/hooks/github")\n'),
])
def test_lines_sdk_given_references_or_stand_ins_is_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(secret=_LINE_SECRET)) == []


@pytest.mark.parametrize("filename,text,lines", [
    ("venue-portal/config/zalopay.php",
     "<?php\nreturn [\n    'app_id'    => 2553,\n    'key1'      => '{key1}',\n    'key2'      => '{key2}',\n"
     "    'endpoint'  => 'https://openapi.zalopay.vn/v2/create',\n];\n", [(4, _ZALOPAY_KEY1), (5, _ZALOPAY_KEY2)]),
    ("shop/payments/config.py",
     'ZALOPAY = {{\n    "app_id": 2553,\n    "key1": "{key1}",\n    "key2": "{key2}",\n'
     '    "endpoint": "https://sb-openapi.zalopay.vn/v2/create",\n}}\n', [(3, _ZALOPAY_KEY1), (4, _ZALOPAY_KEY2)]),
    ("server/routes/payment.js",
     "// ZaloPay\nconst config = {{\n  app_id: '2553',\n  key1: '{key1}',\n  key2: '{key2}',\n}};\n",
     [(4, _ZALOPAY_KEY1), (5, _ZALOPAY_KEY2)]),
    ("shop/zalopay_dao.py", "class ZaloPayDAO:\n    def __init__(self):\n        self.key1 = '{key1}'\n", [(3, _ZALOPAY_KEY1)]),
])
def test_zalopays_keys_under_their_bare_names_block(engine: Engine, filename: str, text: str, lines: list) -> None:
    assert sorted(_secrets(engine, filename, text.format(key1=_ZALOPAY_KEY1, key2=_ZALOPAY_KEY2))) == lines


@pytest.mark.parametrize("filename,text", [
    ("server/config/zalopay.js", "module.exports = {{\n  key1: process.env.ZALOPAY_KEY1,\n  key2: process.env.ZALOPAY_KEY2,\n}};\n"),
    # (ZaloPay's shared sandbox app, as its docs and every quick-start give it)
    ("server/config/zalopay.js",
     "const config = {{\n  app_id: '2554',\n  key1: 'sdngKKJmqEMzvh5QQcdD2A9XBSKUNaYn',\n  key2: 'trMrHtvjo6myautxDUiAcYsVtaeQ8nhf',\n"
     "  endpoint: 'https://sb-openapi.zalopay.vn/v2/create',\n}};\n"),
    # (a first and a second key where nothing says ZaloPay: a cache's, a test's)
    ("app/cache.py", 'PAIRS = {{\n    "key1": "{key1}",\n    "key2": "{key2}",\n}}\n'),
])
def test_zalopays_key_names_from_elsewhere_or_its_sandbox_are_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(key1=_ZALOPAY_KEY1, key2=_ZALOPAY_KEY2)) == []


@pytest.mark.parametrize("filename,text,lines", [
    ("depot/alerts/line_notify.py",
     'import requests\n\nNOTIFY_URL = "https://notify-api.line.me/api/notify"\nTOKENS = {{\n    "north": "{first}",\n'
     '    "south": None,\n}}\n', [(5, _NOTIFY_FIRST)]),
    # (the tokens above the host, a list of groups' tokens)
    ("ops/notify.py",
     "GROUP_TOKENS = [\n    '{first}',\n    '{second}',\n]\n\n\ndef send(message):\n    for token in GROUP_TOKENS:\n"
     "        requests.post('https://notify-api.line.me/api/notify', headers={{'Authorization': f'Bearer {{token}}'}},\n"
     "                      data={{'message': message}})\n", [(2, _NOTIFY_FIRST), (3, _NOTIFY_SECOND)]),
    ("server/alert.js",
     "const axios = require('axios');\nconst rooms = {{ kitchen: \"{first}\" }};\n"
     "axios.post('https://notify-api.line.me/api/notify', 'message=hi', {{ headers: {{ Authorization: `Bearer ${{rooms.kitchen}}` }} }});\n",
     [(2, _NOTIFY_FIRST)]),
])
def test_line_notify_tokens_in_a_file_posting_to_its_api_block(engine: Engine, filename: str, text: str, lines: list) -> None:
    assert sorted(_secrets(engine, filename, text.format(first=_NOTIFY_FIRST, second=_NOTIFY_SECOND))) == lines


@pytest.mark.parametrize("filename,text", [
    # (the tokens read from the environment)
    ("depot/alerts/line_notify.py",
     'NOTIFY_URL = "https://notify-api.line.me/api/notify"\nTOKENS = {{"north": os.environ["LINE_NOTIFY_NORTH"]}}\n'),
    # (a literal of the shape where nothing names LINE Notify's API: a digest's, an id's)
    ("app/cache.py", 'ENTRIES = {{\n    "north": "{first}",\n}}\n'),
    # (a stand-in of letters only, as a README writes one)
    ("depot/alerts/line_notify.py",
     'NOTIFY_URL = "https://notify-api.line.me/api/notify"\nTOKENS = {{"north": "YourLineNotifyAccessTokenGoesHereXxxxxxxxxxx"}}\n'),
])
def test_line_notify_shaped_literals_elsewhere_or_stand_ins_are_not_blocked(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(first=_NOTIFY_FIRST)) == []


def test_line_notify_tokens_on_a_documentation_page_warn() -> None:
    text = f"Send with:\n\n    curl -X POST https://notify-api.line.me/api/notify -d 'token=x'\n\n    TOKEN = \"{_NOTIFY_FIRST}\"\n"
    from secretfence.kinds._vendor_keys import _line_notify_tokens

    lines = text.splitlines()
    assert [(match.line_offset, match.confidence) for match in _line_notify_tokens(lines, 2, True)] == [(2, LOW)]
