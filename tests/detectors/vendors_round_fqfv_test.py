"""Blind rounds FQ-FV, vendor key formats and public-by-design values: Mailchimp Transactional's `md-` keys and
MessageBird's `live_` access keys where the text says their service, Wix API keys (`IST.` and a JWT), eBay Auth'n'Auth
tokens (`AgAAAA**…`), Agora app certificates as a property list's pair, a URL template's credential parameter filled by
a format call's positional literal, PaperCut's `server-command set-config` of a secret key; and the decoys: a Mailchimp
key of zeros before its data centre, a Web Push VAPID public key. Generated fakes only (seeds 2060000-2069999)."""
from __future__ import annotations

import base64
import json
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"
_BASE64 = ALNUM + "+/"
_BASE64URL = ALNUM + "-_"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _secrets(engine: Engine, filename: str, text: str) -> List[str]:
    return [secret for _, secret in _blocked(engine, filename, text)]


def _mandrill_key(seed: int) -> str:
    body = drawn_mixed(seed, 20)
    return f"md-{body[:7]}-{body[7:14]}_{body[14:]}"


def _b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _wix_key(seed: int) -> str:
    header = _b64url({"kid": drawn(seed, 8), "alg": "RS256"})
    # (as Wix writes its keys' claims: the key's id, its identity and its tenant, a JSON string in `data`)
    data = {"id": uuid4(seed + 1), "identity": {"type": "application", "id": uuid4(seed + 3)},
            "tenant": {"type": "account", "id": uuid4(seed + 4)}}
    payload = _b64url({"data": json.dumps(data), "iat": 1713200000})
    return f"IST.{header}.{payload}.{drawn_mixed(seed + 2, 342, _BASE64URL)}"


def _ebay_token(seed: int) -> str:
    groups = [drawn_mixed(seed, 8)] + [drawn(seed + number, 60, _BASE64) for number in range(1, 12)]
    return "AgAAAA**AQAAAA**aAAAAA**" + "**".join(groups)


def _vapid_public_key(seed: int, length: int = 87) -> str:
    return "B" + drawn(seed, length - 1, _BASE64URL)


# --- Mailchimp Transactional (Mandrill) and MessageBird keys given to their clients ------------------------------

@pytest.mark.parametrize("filename, template", [
    ("functions/receipt.js", 'const tx = require("@mailchimp/mailchimp_transactional")("{key}");\n'),
    ("app/mail.py", 'import mailchimp_transactional as MailchimpTransactional\n\nclient = MailchimpTransactional.Client("{key}")\n'),
    ("src/Mailer.php", "<?php\n$mailchimp = new \\MailchimpTransactional\\ApiClient();\n$mailchimp->setApiKey('{key}');\n"),
    ("config/mandrill.yml", "mandrill:\n  from: orders@shop.test\n  key: {key}\n"),
])
def test_mandrill_md_key_where_the_text_says_its_service(engine: Engine, filename: str, template: str) -> None:
    key = _mandrill_key(2060000)
    assert key in _secrets(engine, filename, template.format(key=key))


def test_md_shaped_names_that_are_no_mandrill_keys_do_not_block(engine: Engine) -> None:
    key = _mandrill_key(2060010)
    assert _blocked(engine, "src/theme.js", f'const CLASS = "{key}";\n') == []  # (nothing says Mandrill)
    text = '// mailchimp styles\n<button class="md-raised-button-primary_x">Send</button>\n'
    assert _blocked(engine, "templates/mail.html", text) == []
    assert _blocked(engine, "functions/receipt.js",
                    'const tx = require("@mailchimp/mailchimp_transactional")("md-xxxxxxxxxxxxxxxxxxxxxx");\n') == []


@pytest.mark.parametrize("filename, template", [
    ("app/jobs/reminder_job.rb", 'client = MessageBird::Client.new("{key}")\nclient.message_create("Shop", to, body)\n'),
    ("src/sms.js", 'const messagebird = require("messagebird").initClient("{key}");\n'),
    ("sms/send.php", "<?php\n$client = new \\MessageBird\\Client('{key}');\n"),
])
def test_messagebird_live_key_where_the_text_says_messagebird(engine: Engine, filename: str, template: str) -> None:
    key = "live_" + drawn_mixed(2060100, 25)
    assert key in _secrets(engine, filename, template.format(key=key))


def test_live_key_of_messagebirds_shape_with_no_messagebird_does_not_block(engine: Engine) -> None:
    key = "live_" + drawn_mixed(2060110, 25)
    assert _blocked(engine, "src/flags.js", f'const STREAM = "{key}";\n') == []
    assert _blocked(engine, "src/sms.js", 'const mb = require("messagebird").initClient("live_abcdefghijklmnopqrstuvwxy");\n') == []


# --- Wix API keys and eBay Auth'n'Auth tokens by their heads ------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("wix-sync/bookings.js", 'const wix = axios.create({{\n  headers: {{\n    Authorization: "{key}",\n  }},\n}});\n'),
    ("sync/wix.py", 'HEADERS = {{"Authorization": "{key}", "wix-site-id": SITE_ID}}\n'),
    (".env", "WIX_API_KEY={key}\n"),
])
def test_wix_api_key_blocks(engine: Engine, filename: str, template: str) -> None:
    key = _wix_key(2060200)
    assert key in _secrets(engine, filename, template.format(key=key))


def test_ist_head_before_no_signed_jwt_does_not_block(engine: Engine) -> None:
    header = _b64url({"alg": "none"})
    payload = _b64url({"sub": "demo"})
    text = f'const sample = "IST.{header}.{payload}.{"x" * 40}";\nconst zone = "IST.eyJ";\n'
    assert _blocked(engine, "docs/sample.js", text) == []


@pytest.mark.parametrize("filename, template", [
    ("tools/relist.py", 'EBAY_TOKEN = "{token}"\napi = Trading(domain="api.ebay.com", token=EBAY_TOKEN)\n'),
    ("ebay.yaml", "name: ebay_api_config\napi.ebay.com:\n    token: {token}\n"),
    ("Trading.xml", "<RequesterCredentials>\n  <eBayAuthToken>{token}</eBayAuthToken>\n</RequesterCredentials>\n"),
])
def test_ebay_auth_n_auth_token_blocks(engine: Engine, filename: str, template: str) -> None:
    token = _ebay_token(2060300)
    assert token in _secrets(engine, filename, template.format(token=token))


def test_ebay_token_placeholder_does_not_block(engine: Engine) -> None:
    text = 'EBAY_TOKEN = "AgAAAA**AQAAAA**aAAAAA**' + "X" * 120 + '"\n'
    assert _blocked(engine, "tools/relist.py", text) == []


# --- Agora app certificates as a property list's pair ----------------------------------------------------------

@pytest.mark.parametrize("pair", [
    "\t<key>AgoraAppCertificate</key>\n\t<string>{certificate}</string>\n",
    "\t<key>APP_CERTIFICATE</key><string>{certificate}</string>\n",
])
def test_agora_certificate_in_a_plist_blocks(engine: Engine, pair: str) -> None:
    certificate = drawn(2060400, 32, _HEX)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
            f"\t<key>AgoraAppID</key>\n\t<string>{drawn(2060401, 32, _HEX)}</string>\n"
            + pair.format(certificate=certificate) + "</dict>\n</plist>\n")
    assert _secrets(engine, "App/Resources/Streaming.plist", text) == [certificate]


def test_plist_certificate_hex_where_nothing_says_agora_does_not_block(engine: Engine) -> None:
    text = (f"<dict>\n\t<key>PinnedCertificate</key>\n\t<string>{drawn(2060410, 32, _HEX)}</string>\n"
            "\t<key>AgoraAppCertificate</key>\n\t<string>00000000000000000000000000000000</string>\n</dict>\n")
    assert _blocked(engine, "App/Resources/Pins.plist", text.replace("Agora", "Stream")) == []
    assert _blocked(engine, "App/Resources/Agora.plist", text.split("\t<key>Pinned")[0]
                    + "\t<key>AgoraAppCertificate</key>\n\t<string>00000000000000000000000000000000</string>\n</dict>\n") == []


# --- a URL template's credential parameter filled by position ------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("inc/consents.php", "$url = sprintf(\n    'https://api.forms.test/form/%s/submissions?apiKey=%s&limit=%d',\n"
                         "    FORM_ID,\n    '{key}',\n    $limit\n);\n"),
    ("inc/feed.php", "$url = sprintf('https://api.feed.test/v1/items?key=%2$s&feed=%1$s', $feed, '{key}');\n"),
    ("weather/client.go", 'url := fmt.Sprintf("https://api.wx.test/v1/forecast?lat=%f&lon=%f&token=%s", lat, lon, "{key}")\n'),
    ("sync/pull.py", 'url = "https://api.crm.test/v2/contacts?access_token=%s&page=%d" % ("{key}", page)\n'),
    ("src/Client.java", 'String url = String.format("https://api.crm.test/q?id=%s&api_key=%s", id,\n        "{key}");\n'),
])
def test_key_filling_a_url_templates_credential_parameter_blocks(engine: Engine, filename: str, template: str) -> None:
    key = drawn(2060500, 32, _HEX) if "php" in filename else drawn_mixed(2060501, 32)
    assert key in _secrets(engine, filename, template.format(key=key))


def test_template_arguments_that_fill_no_credential_parameter_do_not_block(engine: Engine) -> None:
    value = drawn_mixed(2060510, 32)
    texts = [
        # (the literal fills `form`, the key comes from the environment)
        f"$url = sprintf('https://api.forms.test/x?apiKey=%s&form=%s', getenv('FORMS_KEY'), '{value}');\n",
        # (the credential parameter's value is a variable)
        f"$url = sprintf('https://api.forms.test/x?form=%s&apiKey=%s', '{value}', $key);\n",
        # (a template of no credential parameter)
        f"$url = sprintf('https://api.forms.test/x?form=%s&limit=%d', '{value}', 10);\n",
    ]
    for text in texts:
        assert _blocked(engine, "inc/forms.php", text) == [], text


# --- PaperCut's server-command set-config of a secret key --------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("ops/papercut.bash_history", './server-command set-config auth.webservices.auth-token "{value}"\n'),
    ("scripts/setup.sh", "/opt/papercut/server/bin/linux-x64/server-command set-config auth.webservices.auth-token '{value}'\n"),
    ("scripts/mail.ps1", '& "C:\\Program Files\\PaperCut MF\\server\\bin\\win\\server-command.exe" set-config '
                         'notify.smtp.password "{value}"\n'),
])
def test_papercut_set_config_of_a_secret_key_blocks(engine: Engine, filename: str, template: str) -> None:
    value = drawn_mixed(2060600, 32)
    assert value in _secrets(engine, filename, template.format(value=value))


def test_papercut_set_config_of_other_keys_does_not_block(engine: Engine) -> None:
    text = ('./server-command set-config auth.webservices.allowed-addresses "10.10.0.40,10.10.0.41"\n'
            './server-command set-config auth.webservices.auth-token "$PC_TOKEN"\n'
            f'./server-command set-config print.job-name "{drawn_mixed(2060610, 20)}"\n'
            "./server-command get-config auth.webservices.auth-token\n")
    assert _blocked(engine, "ops/papercut.bash_history", text) == []


# --- decoys: a Mailchimp key of zeros before its data centre, Web Push's public key ------------------------------

@pytest.mark.parametrize("value", ["0" * 32 + "-us1", "0" * 32 + "-us21", "f" * 32 + "-us6"])
def test_mailchimp_placeholder_before_its_data_centre_does_not_block(engine: Engine, value: str) -> None:
    assert _blocked(engine, ".env.sample", f"MAILCHIMP_API_KEY={value}\n") == []


def test_a_mailchimp_key_still_blocks(engine: Engine) -> None:
    key = drawn(2060700, 32, _HEX) + "-us14"
    assert _secrets(engine, ".env", f"MAILCHIMP_API_KEY={key}\n") == [key]


@pytest.mark.parametrize("length", [85, 87, 88])
@pytest.mark.parametrize("template", [
    "return getToken(messaging, {{\n  vapidKey: \"{key}\",\n}});\n",
    "const subscription = await registration.pushManager.subscribe({{ userVisibleOnly: true, applicationServerKey: '{key}' }});\n",
    "NEXT_PUBLIC_VAPID_PUBLIC_KEY={key}\n",
])
def test_vapid_public_key_is_public_by_design(engine: Engine, template: str, length: int) -> None:
    key = _vapid_public_key(2060800 + length, length)
    if length == 88:
        key = key[:87] + "="
    assert _blocked(engine, "src/push.js", template.format(key=key)) == []


def test_vapid_private_key_still_blocks(engine: Engine) -> None:
    private = drawn_mixed(2060900, 43, _BASE64URL)
    text = f'VAPID_PRIVATE_KEY = "{private}"\nvapidKey = "{drawn_mixed(2060901, 43, _BASE64URL)}"\n'
    assert private in _secrets(engine, "push/settings.py", text)
