"""Blind rounds II-IJ, through the engine: values a vendor's form or a test's name says are no secret the file holds
(Midtrans' client key, a payment notification's signature, a hosted payment page's token beside its URL, a purchase's
token a log names, a documented key's shape cut at its placeholder, a JWT a test wrote to be rejected) and, beside
each, the secret of the same place that still blocks. Generated fakes only (seeds 3580000-3589999)."""
from __future__ import annotations

import base64
import json
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"
_URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- Midtrans' client key ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("head", ["Mid-client-", "SB-Mid-client-", "VT-client-"])
@pytest.mark.parametrize(("filename", "template"), [
    ("shop/frontend/.env.production", "VITE_MIDTRANS_CLIENT_KEY={key}\nVITE_SITE_NAME=Toko Kulit\n"),
    ("shop/k8s/configmap.yaml", 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-config\ndata:\n'
                                '  MIDTRANS_IS_PRODUCTION: "true"\n  MIDTRANS_CLIENT_KEY: "{key}"\n'),
    ("shop/src/payment.js", 'const snapConfig = {{ clientKey: "{key}", isProduction: true }};\n'),
])
def test_a_midtrans_client_key_goes_to_the_browser(engine: Engine, head: str, filename: str, template: str) -> None:
    assert _blocked(engine, filename, template.format(key=head + drawn_mixed(3580000, 16))) == []


@pytest.mark.parametrize(("filename", "template", "line"), [
    ("shop/.env", "MIDTRANS_CLIENT_KEY={client}\nMIDTRANS_SERVER_KEY={key}\n", 2),
    ("shop/k8s/configmap.yaml", 'apiVersion: v1\nkind: ConfigMap\ndata:\n  MIDTRANS_CLIENT_KEY: "{client}"\n'
                                '  MIDTRANS_SERVER_KEY: "{key}"\n', 5),
])
def test_a_midtrans_server_key_beside_it_still_blocks(engine: Engine, filename: str, template: str, line: int) -> None:
    key = "Mid-server-" + drawn_mixed(3580001, 24)
    text = template.format(client="Mid-client-" + drawn_mixed(3580002, 16), key=key)
    assert _blocked(engine, filename, text) == [(line, key)]


def test_a_client_key_of_no_browser_s_shape_still_blocks(engine: Engine) -> None:
    key = drawn_mixed(3580003, 32)
    assert _blocked(engine, "shop/.env", f"PAYMENT_CLIENT_KEY={key}\n") == [(1, key)]


# --- a payment notification's signature -------------------------------------------------------------------------

def _notification(signature: str, order: bool = True) -> str:
    members = {"transaction_time": "2024-06-14 09:14:40", "transaction_status": "settlement",
               "transaction_id": uuid4(3580010), "status_code": "200", "signature_key": signature,
               "payment_type": "qris", "gross_amount": "4850000.00", "currency": "IDR"}
    if order:
        members["order_id"] = "TK-240614-0031"
    return json.dumps(members, indent=2) + "\n"


@pytest.mark.parametrize("filename", ["shop/tests/fixtures/notif-settlement.json", "shop/samples/notification.json"])
def test_a_notification_s_signature_is_a_digest(engine: Engine, filename: str) -> None:
    assert _blocked(engine, filename, _notification(drawn(3580011, 128, _HEX))) == []


def test_a_logged_notification_s_signature_is_a_digest(engine: Engine) -> None:
    text = (f"2024-06-14 09:14:47 INFO  notif order_id=TK-240614-0031 status=settlement payment_type=qris "
            f"signature_key={drawn(3580012, 128, _HEX)}\n")
    assert _blocked(engine, "shop/logs/checkout-2024-06-14.log", text) == []


def test_a_signature_key_of_no_notification_still_blocks(engine: Engine) -> None:
    # (a SHA-512's length with no order beside it: a signing key drawn as 64 bytes of hex; a notification's order
    # beside a key of another shape: PayU Polska's second key, 32 hex)
    key = drawn(3580013, 128, _HEX)
    assert _blocked(engine, "api/.env", f"WEBHOOK_SIGNATURE_KEY={key}\n") == [(1, key)]
    short = drawn(3580014, 32, _HEX)
    text = f'PAYU = {{\n    "order_id_prefix": "TK",\n    "signature_key": "{short}",\n}}\n'
    assert _blocked(engine, "shop/settings.py", text) == [(3, short)]


@pytest.mark.parametrize("template", [
    # (a webhook handler's module: its own signing key of SHA-512's length over the code reading a notification's
    # order id into a variable, an argument's default; a key named for its webhook beside a record's order id)
    'SIGNATURE_KEY = "{key}"\n\n\ndef notify(payload, order_id=None):\n    order_id = payload["order_id"]\n',
    'signature_key = "{key}"\n\n\ndef handle(body):\n    check(order_id=body.order_id, status_code=body.status)\n',
    'WEBHOOK_SIGNATURE_KEY = "{key}"\nSAMPLE = {{"order_id": "TK-240614-0031", "gross_amount": "10000.00"}}\n',
])
def test_a_signing_key_beside_a_handler_s_order_id_still_blocks(engine: Engine, template: str) -> None:
    key = drawn(3610001, 128, _HEX)
    assert _blocked(engine, "shop/payments/webhook.py", template.format(key=key)) == [(1, key)]


# --- a hosted payment page's token ------------------------------------------------------------------------------

def test_a_payment_page_s_token_beside_its_url_goes_to_the_buyer(engine: Engine) -> None:
    token = uuid4(3580020)
    logged = (f"2024-06-14 09:12:04 INFO  snap.token token={token} "
              f"redirect=https://app.midtrans.com/snap/v4/redirection/{token}\n")
    assert _blocked(engine, "shop/logs/checkout.log", logged) == []
    answer = json.dumps({"token": token, "redirect_url": f"https://app.sandbox.midtrans.com/snap/v2/vtweb/{token}"},
                        indent=2) + "\n"
    assert _blocked(engine, "shop/tests/fixtures/snap-response.json", answer) == []
    assert _blocked(engine, "shop/fixtures.py", f'SNAP = {{"token": "{token}",\n'
                                                f'        "redirectUrl": "https://checkout.gateway.co/web/{token}"}}\n') == []


@pytest.mark.parametrize("template", [
    # (an OAuth implicit grant's access token in its redirect URI's fragment, a reset page's token in its path, a token
    # the URL does not hold)
    "2024-06-14 09:12:04 INFO  auth access_token={token} redirect=https://app.shop.co.id/pay/callback#access_token={token}\n",
    "2024-06-14 09:12:04 INFO  reset token={token} redirect=https://app.shop.co.id/account/reset/{token}\n",
    "2024-06-14 09:12:04 INFO  snap.token token={token} redirect=https://app.midtrans.com/snap/v4/redirection/{other}\n",
])
def test_a_token_no_payment_page_s_url_holds_still_blocks(engine: Engine, template: str) -> None:
    token = drawn_mixed(3580021, 32)
    text = template.format(token=token, other=drawn_mixed(3580022, 32))
    assert _blocked(engine, "shop/logs/app.log", text) == [(1, token)]


@pytest.mark.parametrize("template", [
    # (a credential's name beside a payment page's URL holding it: a callback's path carrying the shop's own secret)
    'WEBHOOK_TOKEN = "{token}"\nREDIRECT_URL = "https://shop.example.com/payment/callback/{token}/done"\n',
    'api_token = "{token}"\nredirect_url = "https://pay.example.com/checkout/{token}"\n',
    'const accessToken = "{token}";\nconst redirectUrl = "https://app.example.com/pay/" + "x";\n'
    '// redirect: https://app.example.com/pay/{token}\n',
])
def test_a_credential_s_token_beside_a_payment_url_holding_it_still_blocks(engine: Engine, template: str) -> None:
    token = drawn_mixed(3610002, 32)
    assert _blocked(engine, "shop/src/payments.py", template.format(token=token)) == [(1, token)]


# --- a purchase's token a log names -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["checkout_token", "cart_token", "checkoutToken"])
def test_a_logged_purchase_s_token_names_the_purchase(engine: Engine, name: str) -> None:
    text = (f"[2024-06-02 03:30:02] order #4821 line_items=3 {name}={drawn(3580030, 32, _HEX)}\n"
            "[2024-06-02 03:30:04] sync done orders=1\n")
    assert _blocked(engine, "shop/logs/sync.log", text) == []


def test_a_purchase_token_out_of_a_log_and_a_logged_access_token_still_block(engine: Engine) -> None:
    token = drawn(3580031, 32, _HEX)
    assert _blocked(engine, "shop/settings.py", f'CHECKOUT_TOKEN = "{token}"\n') == [(1, token)]
    access = drawn_mixed(3580032, 32)
    text = f"[2024-06-02 03:30:02] order #4821 checkout_token={token} access_token={access}\n"
    assert _blocked(engine, "shop/logs/sync.log", text) == [(1, access)]


# --- a documented key's shape cut at its placeholder ------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text"), [
    ("api/openapi.yaml", 'components:\n  securitySchemes:\n    ApiKey:\n      type: apiKey\n      in: header\n'
                         '      name: X-Api-Key\n      description: "Example: `X-Api-Key: lda_live_<32 characters>`."\n'),
    ("deploy/.env", "ACME_API_KEY=acme_live_<32 characters>\n"),
    ("deploy/settings.conf", "api_key = ACME_LIVE_<32 characters>\n"),
])
def test_a_key_s_shape_cut_at_its_placeholder_is_none(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_password_holding_an_angle_bracket_still_blocks(engine: Engine) -> None:
    password = "Kq9x_<" + drawn_mixed(3580040, 10)
    assert _blocked(engine, "deploy/.env", f"DB_PASSWORD={password}\n") == [(1, password)]


@pytest.mark.parametrize(("filename", "template"), [
    ("deploy/config.py", 'DB_PASSWORD = "{password}"\n'),
    ("deploy/app.yaml", 'database:\n  password: "{password}"\n'),
    ("deploy/.env", "DB_PASSWORD={password}\n"),
])
@pytest.mark.parametrize("head", ["winter-", "prod_", "TEAM-"])
def test_a_chosen_password_of_a_word_then_an_angle_bracket_still_blocks(engine: Engine, filename: str, template: str,
                                                                        head: str) -> None:
    # (a word of one case and its separator, then `<` and drawn letters and digits: no size, no word saying what goes
    # there)
    password = head + "<" + drawn_mixed(3610000, 14)
    text = template.format(password=password)
    assert _blocked(engine, filename, text) == [(text.count("\n"), password)]


# --- a JWT a test wrote to be rejected --------------------------------------------------------------------------

def _jwt(claims: dict, seed: int) -> str:
    def part(document: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(document, separators=(",", ":")).encode()).rstrip(b"=").decode()

    return part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims) + "." + drawn(seed, 43, _URL_SAFE)


_CLAIMS = {"sub": "rink-kiosk", "iss": "arena", "iat": 1733472000}


@pytest.mark.parametrize(("filename", "template"), [
    ("scoreboard/internal/auth/auth_test.go", 'package auth\n\nconst expiredToken = "{token}"\n\n'
                                              'var testKey = []byte("unit-test-signing-key")\n'),
    ("web/src/auth.test.ts", 'const tamperedToken = "{token}";\nexpect(() => verify(tamperedToken)).toThrow();\n'),
    ("api/auth_checks.py", 'INVALID_TOKEN = "{token}"\n'),
])
def test_a_jwt_a_test_wrote_to_be_rejected_opens_nothing(engine: Engine, filename: str, template: str) -> None:
    assert _blocked(engine, filename, template.format(token=_jwt(_CLAIMS, 3580050))) == []


def test_a_jwt_beside_it_under_a_held_name_still_blocks(engine: Engine) -> None:
    token = _jwt(_CLAIMS, 3580051)
    text = f'package auth\n\nconst expiredToken = "{_jwt(_CLAIMS, 3580052)}"\nconst serviceToken = "{token}"\n'
    assert _blocked(engine, "scoreboard/internal/auth/client.go", text) == [(4, token)]
