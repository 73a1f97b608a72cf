"""Blind set BO: retail point-of-sale and kiosks.

Square, Shopify POS, Lightspeed, Clover, Toast and Adyen integrations, Stripe Terminal and other
payment gateways, receipt and label printers (Epson, Star CloudPRNT, Zebra), self-service kiosk
configs (Windows Assigned Access, Android provisioning, Chromium kiosk shells), inventory and
supplier sync jobs, loyalty and marketing services, barcode and shipping label services, and the
store back-office scripts around them (SQL Server tills, PowerShell, batch files, cron), with
their decoys. Generated fakes only (seeds 600000-609999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
_SEED = [600000]

CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 610000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 610000
    return _SEED[0]


# ---------------------------------------------------------------- helpers to build cases

def T(text: str) -> str:
    """The file as written: the block dedented, without the leading newline of the literal."""
    return textwrap.dedent(text).lstrip("\n")


def _fill(text: str, others: tuple) -> str:
    for number, value in enumerate(others, 1):
        marker = f"@{number}@"
        assert marker in text, marker
        text = text.replace(marker, value)
    return text


def S(fmt: str, kind: str, file_name: str, source: str, secret: str, text: str, crlf: bool = False) -> None:
    """A file carrying one planted credential (text final as given)."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    CASES.append(LabelledCase(f"blind-bo/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, source: str, text: str, crlf: bool = False) -> None:
    """A decoy file: nothing in it a gate must block."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    CASES.append(LabelledCase(f"blind-bo/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, source: str, secret: str, text: str, *others: str,
       shown: Optional[str] = None, crlf: bool = False) -> None:
    """A dedented template: @S@ is where the secret is written (as `shown` when it is laid out
    differently, a key indented in YAML), @1@, @2@... are other generated values."""
    body = T(text)
    assert "@S@" in body or shown == ""
    body = _fill(body.replace("@S@", secret if shown is None else shown), others)
    S(fmt, kind, file_name, source, secret, body, crlf)


def DV(fmt: str, what: str, file_name: str, source: str, text: str, *others: str, crlf: bool = False) -> None:
    """A dedented decoy template with @1@, @2@... filled by generated look-alikes."""
    D(fmt, what, file_name, source, _fill(T(text), others), crlf)


# ---------------------------------------------------------------- generated values

WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pretzel", "Biscuit", "Mango", "Pelican"]
SHOPWORDS = ["Register", "Kiosk", "Till", "Counter", "Checkout", "Storefront", "Inventory", "Receipt",
             "Backroom", "Aisle", "Loyalty", "Barcode"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "pretzel", "turnip"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def shop_pw() -> str:
    r = _rng()
    return r.choice(SHOPWORDS) + r.choice(WORDS) + r.choice("!#$@") + str(r.randint(1, 99))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Summer", "Winter", "Spring", "Autumn", "Holiday", "BlackFriday"]) + str(r.randint(2019, 2025)) + r.choice("!#$@")


def url_pw() -> str:
    """A human password that sits in a URL's userinfo without escaping."""
    r = _rng()
    return r.choice(WORDS) + r.choice(LOWER) + str(r.randint(10, 999)) + r.choice("!*-_.")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_oauth_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def square_legacy_token() -> str:
    return "sq0atp-" + draw(22, URLSAFE)


def square_app_id(sandbox: bool = False) -> str:
    return ("sandbox-sq0idb-" if sandbox else "sq0idp-") + draw(22, URLSAFE)


def square_location() -> str:
    return "L" + draw(12, UPPER_DIGITS)


def shopify(prefix: str) -> str:
    return prefix + hexs(32)


def toast_secret() -> str:
    return draw(64, URLSAFE)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def adyen_hmac() -> str:
    return hexs(64).upper()


def adyen_client_key(env: str = "live") -> str:
    return f"{env}_" + draw(32, UPPER_DIGITS)


def stripe(prefix: str, n: int = 24) -> str:
    return fakes.fake(prefix, n, _seed())


def whsec() -> str:
    return "whsec_" + mixed(32)


def braintree_token() -> str:
    return "access_token$production$" + draw(16, LOWER_DIGITS) + "$" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def klaviyo_key() -> str:
    return "pk_" + hexs(34)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/" + draw(68, URLSAFE)


def easypost_key() -> str:
    return "EZAK" + draw(54)


def shippo_key() -> str:
    return "shippo_live_" + hexs(40)


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def newrelic_key() -> str:
    return hexs(36) + "NRAL"


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def contentful_token() -> str:
    return "CFPAT-" + draw(43, URLSAFE)


def vault_token() -> str:
    return "hvs." + draw(24)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hexs(16)}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(342, URLSAFE)}"


def pem_key(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def pem_body_line(pem: str) -> str:
    """The first line of a key's body: what any finding on the key holds, escaped or laid out."""
    return pem.splitlines()[1]


def indent(text: str, prefix: str) -> str:
    return textwrap.indent(text, prefix)


# decoy look-alikes

def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, "./" + ALNUM)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + draw(22, ALNUM + "+/") + "$" + draw(43, ALNUM + "+/")


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + draw(22) + "$" + draw(43, ALNUM + "+/") + "="


def vault_blob(lines: int = 5, pad: str = "          ") -> str:
    return "\n".join(pad + hexs(80) for _ in range(lines))


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{draw(n, ALNUM + '+/')}=,iv:{draw(43, ALNUM + '+/')}=,tag:{draw(22, ALNUM + '+/')}==,type:str]"


def sealed_value() -> str:
    return "AgB" + draw(360, ALNUM + "+/") + "=="


def cert_pem(label: str = "CERTIFICATE") -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return f"-----BEGIN {label}-----\nMIID" + body[4:] + f"\n-----END {label}-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def sha256() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


def integrity() -> str:
    return "sha512-" + draw(86, ALNUM + "+/") + "=="


def ean13() -> str:
    r = _rng()
    digits = [r.randint(0, 9) for _ in range(12)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits)) + str(check)


# ================================================================ Square

SQ_TOKENS = "https://developer.squareup.com/docs/build-basics/access-tokens"

SV("dotenv", "square-token", ".env.production", SQ_TOKENS, square_token(), """
    # square-bridge: relays Square orders to the kitchen printers (prod)
    NODE_ENV=production
    PORT=8080
    SQUARE_ENVIRONMENT=production
    SQUARE_ACCESS_TOKEN=@S@
    SQUARE_LOCATION_ID=@1@
    SQUARE_APPLICATION_ID=@2@
    LOG_LEVEL=info
    REDIS_URL=redis://redis:6379/0
    PRINT_QUEUE=kitchen-main
    """, square_location(), square_app_id())

SV("python", "square-token", "sync/square_inventory.py", "https://github.com/square/square-python-sdk", square_token(), '''
    """Push nightly stock counts from the back-office DB into Square.

    Run from the store server's task scheduler:  python square_inventory.py --location @1@
    """
    import argparse
    import datetime
    import logging

    import pyodbc
    from square.client import Client

    log = logging.getLogger("square_inventory")

    client = Client(
        access_token="@S@",
        environment="production",
    )


    def counts(cursor, store_id):
        cursor.execute("SELECT sku, qty_on_hand FROM dbo.StockLevels WHERE store_id = ?", store_id)
        return cursor.fetchall()


    def push(rows, location_id):
        now = datetime.datetime.utcnow().isoformat() + "Z"
        changes = [{
            "type": "PHYSICAL_COUNT",
            "physical_count": {
                "catalog_object_id": sku,
                "state": "IN_STOCK",
                "location_id": location_id,
                "quantity": str(qty),
                "occurred_at": now,
            },
        } for sku, qty in rows]
        result = client.inventory.batch_change_inventory(body={"idempotency_key": now, "changes": changes})
        if result.is_error():
            log.error("square rejected batch: %s", result.errors)


    if __name__ == "__main__":
        parser = argparse.ArgumentParser()
        parser.add_argument("--location", required=True)
        parser.add_argument("--store", type=int, default=12)
        args = parser.parse_args()
        conn = pyodbc.connect("DRIVER={ODBC Driver 17 for SQL Server};SERVER=BACKOFFICE;DATABASE=Retail;Trusted_Connection=yes")
        push(counts(conn.cursor(), args.store), args.location)
    ''', square_location())

SV("rails-yaml", "square-oauth-secret", "config/square.yml", "https://developer.squareup.com/docs/oauth-api/overview",
   square_oauth_secret(), """
    # Square OAuth app used by the merchant onboarding flow
    default: &default
      application_id: <%= ENV.fetch("SQUARE_APP_ID", "@1@") %>
      redirect_uri: https://pos.example-outfitters.com/square/callback
      scopes:
        - MERCHANT_PROFILE_READ
        - ITEMS_READ
        - ITEMS_WRITE
        - INVENTORY_WRITE
        - ORDERS_READ

    development:
      <<: *default
      application_secret: <%= ENV["SQUARE_APP_SECRET"] %>

    test:
      <<: *default
      application_secret: test-secret

    production:
      <<: *default
      application_secret: @S@
    """, square_app_id())

SV("django-settings", "square-webhook-key", "config/settings/production.py",
   "https://developer.squareup.com/docs/webhooks/step3validate", draw(22, URLSAFE), """
    from .base import *  # noqa: F401,F403
    from .base import env

    DEBUG = False
    ALLOWED_HOSTS = ["hooks.cornerbakery.co", "localhost"]

    DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

    SQUARE = {
        "ENVIRONMENT": "production",
        "ACCESS_TOKEN": env("SQUARE_ACCESS_TOKEN"),
        "LOCATION_IDS": ["@1@", "@2@"],
        "WEBHOOK_URL": "https://hooks.cornerbakery.co/square/events/",
        # copied from Developer Dashboard > Webhooks > Subscriptions > Signature key
        "WEBHOOK_SIGNATURE_KEY": "@S@",
    }

    LOGGING["loggers"]["square"] = {"handlers": ["console"], "level": "INFO"}  # noqa: F405
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    """, square_location(), square_location())

_sq = square_token()
SV("k8s-secret", "square-token", "k8s/square-sync/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", _sq, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: square-sync
      namespace: store-integrations
      labels:
        app.kubernetes.io/name: square-sync
        app.kubernetes.io/part-of: pos-bridge
    type: Opaque
    data:
      SQUARE_ENVIRONMENT: @1@
      SQUARE_LOCATION_ID: @2@
      SQUARE_ACCESS_TOKEN: @S@
    """, b64("production"), b64(square_location()), shown=b64(_sq))

SV("php", "square-token", "wp-content/plugins/bakery-pos/includes/square-config.php",
   "https://developer.squareup.com/docs/build-basics/access-tokens", square_legacy_token(), """
    <?php
    /**
     * Square connection for the bakery's order-ahead plugin.
     * Legacy personal access token from the 2017 setup; location is the Main St shop.
     */
    if ( ! defined( 'ABSPATH' ) ) {
        exit;
    }

    define( 'BAKERY_SQUARE_ENV', 'production' );
    define( 'BAKERY_SQUARE_TOKEN', '@S@' );
    define( 'BAKERY_SQUARE_LOCATION', '@1@' );
    define( 'BAKERY_SQUARE_API', 'https://connect.squareup.com/v2' );

    function bakery_square_headers() {
        return array(
            'Authorization'  => 'Bearer ' . BAKERY_SQUARE_TOKEN,
            'Square-Version' => '2023-10-18',
            'Content-Type'   => 'application/json',
        );
    }
    """, square_location())

SV("notebook", "square-token", "analysis/weekend_sales.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
   square_token(), """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "loaded ~/pos/square.json\\n",
          "{'environment': 'production', 'access_token': '@S@', 'location_id': '@1@'}\\n"
         ]
        }
       ],
       "source": [
        "import json, pathlib\\n",
        "cfg = json.loads(pathlib.Path('~/pos/square.json').expanduser().read_text())\\n",
        "print('loaded ~/pos/square.json')\\n",
        "print(cfg)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [],
       "source": [
        "from square.client import Client\\n",
        "client = Client(access_token=cfg['access_token'], environment=cfg['environment'])\\n",
        "orders = client.orders.search_orders(body={'location_ids': [cfg['location_id']]})"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
      "language_info": {"name": "python", "version": "3.11.6"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, square_location())

DV("dotenv", "placeholder", ".env.example", "https://developer.squareup.com/docs/build-basics/access-tokens", """
    # Copy to .env and fill in from the Square Developer Dashboard.
    # Sandbox tokens live under Credentials > Sandbox; never commit the real .env
    NODE_ENV=development
    PORT=8080
    SQUARE_ENVIRONMENT=sandbox
    SQUARE_ACCESS_TOKEN=your-square-access-token-here
    SQUARE_LOCATION_ID=your-location-id
    SQUARE_APPLICATION_ID=sandbox-sq0idb-XXXXXXXXXXXXXXXXXXXXXX
    SQUARE_WEBHOOK_SIGNATURE_KEY=
    REDIS_URL=redis://localhost:6379/0
    PRINT_QUEUE=kitchen-dev
    """)

DV("javascript", "public-app-id", "public/js/payment-form.js", "https://developer.squareup.com/docs/web-payments/take-card-payment", """
    // Web Payments SDK: card form on the order-ahead page.
    // The application ID and location ID are public identifiers; the access token stays on the server.
    const appId = '@1@';
    const locationId = '@2@';

    async function initializeCard(payments) {
      const card = await payments.card();
      await card.attach('#card-container');
      return card;
    }

    async function createPayment(token) {
      const body = JSON.stringify({ locationId, sourceId: token });
      const response = await fetch('/api/payments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      if (response.ok) {
        return response.json();
      }
      throw new Error(await response.text());
    }

    document.addEventListener('DOMContentLoaded', async () => {
      if (!window.Square) {
        throw new Error('Square.js failed to load properly');
      }
      const payments = window.Square.payments(appId, locationId);
      const card = await initializeCard(payments);
      document.getElementById('card-button').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await createPayment(result.token);
        }
      });
    });
    """, square_app_id(), square_location())

DV("json-fixture", "ids-and-signature", "spec/fixtures/square/inventory_count_updated.json",
   "https://developer.squareup.com/reference/square/inventory-api/webhooks/inventory.count.updated", """
    {
      "merchant_id": "@1@",
      "type": "inventory.count.updated",
      "event_id": "@2@",
      "created_at": "2024-03-09T18:22:31.415Z",
      "data": {
        "type": "inventory_counts",
        "id": "@3@",
        "object": {
          "inventory_counts": [
            {
              "calculated_at": "2024-03-09T18:22:30.996Z",
              "catalog_object_id": "@4@",
              "catalog_object_type": "ITEM_VARIATION",
              "location_id": "@5@",
              "quantity": "17",
              "state": "IN_STOCK"
            }
          ]
        }
      },
      "_headers": {
        "x-square-hmacsha256-signature": "@6@="
      }
    }
    """, "M" + draw(12, UPPER_DIGITS), uuid_s(), uuid_s(), draw(24, UPPER_DIGITS), square_location(), draw(43, ALNUM + "+/"))

DV("helm-values", "existing-secret", "deploy/square-bridge/values-prod.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
    replicaCount: 2

    image:
      repository: registry.gitlab.com/cornerbakery/square-bridge
      tag: "2.14.1"

    env:
      SQUARE_ENVIRONMENT: production
      PRINT_QUEUE: kitchen-main

    square:
      # token and webhook key are created by the ops team:
      #   kubectl -n pos create secret generic square-bridge-creds --from-literal=...
      existingSecret: square-bridge-creds
      accessTokenKey: SQUARE_ACCESS_TOKEN
      signatureKeyKey: SQUARE_WEBHOOK_SIGNATURE_KEY

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: hooks.cornerbakery.co
          paths: ["/square"]

    resources:
      requests: {cpu: 50m, memory: 96Mi}
      limits: {memory: 256Mi}
    """)


# ================================================================ Shopify

SHOPIFY_AUTH = "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin"

SV("dotenv", "shopify-token", "inventory-sync/.env", SHOPIFY_AUTH, shopify("shpat_"), """
    SHOPIFY_SHOP=northwind-goods.myshopify.com
    SHOPIFY_API_VERSION=2024-01
    SHOPIFY_ADMIN_TOKEN=@S@
    SHOPIFY_LOCATION_ID=gid://shopify/Location/68744183924
    ERP_EXPORT_DIR=/srv/erp/outbox
    SYNC_INTERVAL_MINUTES=15
    DRY_RUN=false
    """)

SV("ruby", "shopify-secret", "config/initializers/shopify_app.rb", "https://github.com/Shopify/shopify_app/blob/main/docs/Quickstart.md",
   shopify("shpss_"), """
    # frozen_string_literal: true

    ShopifyApp.configure do |config|
      config.application_name = "Northwind POS Companion"
      config.old_secret = ""
      config.scope = "read_products,write_inventory,read_locations,read_orders"
      config.embedded_app = true
      config.after_authenticate_job = false
      config.api_version = "2024-01"
      config.shop_session_repository = "Shop"
      config.reauth_on_access_scope_changes = true
      config.api_key = ENV.fetch("SHOPIFY_API_KEY", "@1@")
      config.secret = "@S@"
    end

    Rails.application.config.after_initialize do
      if ShopifyApp.configuration.api_key.present? && ShopifyApp.configuration.secret.present?
        ShopifyAPI::Context.setup(
          api_key: ShopifyApp.configuration.api_key,
          api_secret_key: ShopifyApp.configuration.secret,
          api_version: ShopifyApp.configuration.api_version,
          host: ENV["HOST"],
          scope: ShopifyApp.configuration.scope,
          is_private: !ENV.fetch("SHOPIFY_APP_PRIVATE_SHOP", "").empty?,
          is_embedded: ShopifyApp.configuration.embedded_app,
        )
      end
    end
    """, hexs(32))

_store_key = hexs(32)
SV("shell", "basic-auth-url", "bin/pull_shopify_products.sh", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
   shopify("shppa_"), """
    #!/usr/bin/env bash
    # Nightly product export for the label printers (old private app, still works).
    set -euo pipefail

    OUT=/var/lib/labels/products-$(date +%F).json
    SHOP=harbour-hardware.myshopify.com
    URL="https://@1@:@S@@${SHOP}/admin/api/2023-10/products.json?limit=250&fields=id,title,variants"

    curl -sf "$URL" -o "$OUT"
    jq -r '.products[] | .variants[] | [.sku, .barcode, .price] | @csv' "$OUT" > /var/lib/labels/queue.csv
    logger -t label-export "exported $(wc -l < /var/lib/labels/queue.csv) variants"
    """, _store_key)

SV("gh-actions", "shopify-theme-token", ".github/workflows/theme-deploy.yml", "https://shopify.dev/docs/storefronts/themes/tools/cli/ci-cd",
   "shptka_" + hexs(32), """
    name: Deploy theme
    on:
      push:
        branches: [main]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        env:
          SHOPIFY_FLAG_STORE: northwind-goods.myshopify.com
          SHOPIFY_CLI_THEME_TOKEN: @S@
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm install -g @shopify/cli @shopify/theme
          - name: Push live theme
            run: shopify theme push --live --allow-live --path theme
    """)

SV("python", "shopify-token", "shopify_sync/config.py", SHOPIFY_AUTH, shopify("shpca_"), """
    \"\"\"Settings for the POS -> Shopify stock mirror (custom app "Back office sync").\"\"\"
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class ShopConfig:
        domain: str
        token: str
        location_gid: str
        api_version: str = "2024-04"


    SHOPS = {
        "flagship": ShopConfig(
            domain="pemberton-outdoor.myshopify.com",
            token="@S@",
            location_gid="gid://shopify/Location/61203742891",
        ),
    }

    BATCH_SIZE = 100
    RETRY_ON = (429, 502, 503)
    """)

DV("toml", "public-client-id", "shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", """
    # Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

    client_id = "@1@"
    name = "pos-companion"
    handle = "pos-companion-12"
    application_url = "https://pos-companion.northwind.dev"
    embedded = true

    [access_scopes]
    scopes = "read_products,write_inventory,read_locations,read_orders"

    [auth]
    redirect_urls = [
      "https://pos-companion.northwind.dev/auth/callback",
      "https://pos-companion.northwind.dev/auth/shopify/callback",
    ]

    [webhooks]
    api_version = "2024-01"

    [pos]
    embedded = true

    [build]
    dev_store_url = "northwind-dev.myshopify.com"
    """, hexs(32))

DV("gh-actions", "secret-reference", ".github/workflows/nightly-sync.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
    name: Nightly inventory sync
    on:
      schedule:
        - cron: "15 4 * * *"
      workflow_dispatch: {}

    jobs:
      sync:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - name: Mirror stock levels
            env:
              SHOPIFY_SHOP: ${{ vars.SHOPIFY_SHOP }}
              SHOPIFY_ADMIN_TOKEN: ${{ secrets.SHOPIFY_ADMIN_TOKEN }}
              ERP_DSN: ${{ secrets.ERP_DSN }}
            run: python -m shopify_sync --all-locations
    """)

DV("markdown", "doc-placeholder", "docs/shopify-setup.md", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
    # Connecting a store

    1. In the Shopify admin open **Settings > Apps and sales channels > Develop apps**.
    2. Create an app called `Back office sync` and grant `write_inventory`, `read_products`.
    3. Install it and reveal the Admin API access token **once**. It looks like
       `shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
    4. Store it in 1Password (vault *Retail Ops*) and in the runner as `SHOPIFY_ADMIN_TOKEN`.

    ```bash
    export SHOPIFY_SHOP=your-store.myshopify.com
    export SHOPIFY_ADMIN_TOKEN=shpat_<your token>
    python -m shopify_sync --location "gid://shopify/Location/<id>" --dry-run
    ```

    Never paste the token in tickets; rotate it from the same page if it leaks.
    """)


# ================================================================ Lightspeed

LS_R = "https://developers.lightspeedhq.com/retail/authentication/authentication-overview/"
LS_X = "https://x-series-api.lightspeedhq.com/docs/authorization"

SV("ini", "oauth-client-secret", "lightspeed/lightspeed.ini", LS_R, hexs(64), """
    ; Lightspeed Retail (R-Series) connector for the warehouse scanner app
    [api]
    base_url = https://api.lightspeedapp.com/API/V3/Account
    account_id = 291847
    client_id = @1@
    client_secret = @S@
    token_url = https://cloud.lightspeedapp.com/auth/oauth/token
    scope = employee:inventory employee:register_read

    [sync]
    shop_ids = 1,2,4
    page_size = 100
    ; the API allows bursts of 60 then 1 req/s
    throttle_ms = 1100

    [logging]
    file = C:\\ProgramData\\ScanBridge\\logs\\lightspeed.log
    level = INFO
    """, hexs(64), crlf=True)

SV("json-config", "oauth-refresh-token", "config/lightspeed.json", LS_R, hexs(40), """
    {
      "accountID": "184422",
      "clientID": "@1@",
      "refreshToken": "@S@",
      "shops": [
        {"shopID": 1, "name": "Queen St", "register": 3},
        {"shopID": 2, "name": "Harbourfront", "register": 2}
      ],
      "webhookEndpoint": "https://ops.bluekite.ca/hooks/lightspeed",
      "exportCategories": [12, 13, 27],
      "timezone": "America/Toronto"
    }
    """, hexs(64))

SV("powershell", "personal-token", "scripts/Export-LightspeedSales.ps1", LS_X, mixed(40), """
    <#
    .SYNOPSIS
      Pulls yesterday's sales from Lightspeed X-Series and drops a CSV for the accountant.
    .NOTES
      Scheduled on BACKOFFICE-01 as "LS sales export" at 05:30.
    #>
    param(
        [string]$Domain = "kiwicycles",
        [string]$OutDir = "\\\\nas01\\finance\\sales"
    )

    $token = "@S@"
    $headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }
    $since = (Get-Date).Date.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ssZ")
    $uri = "https://$Domain.retail.lightspeed.app/api/2.0/search?type=sales&date_from=$since"

    $sales = @()
    do {
        $page = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
        $sales += $page.data
        $uri = $page.links.next
    } while ($uri)

    $sales | Select-Object invoice_number, sale_date, total_price, total_tax, outlet_id |
        Export-Csv -NoTypeInformation -Path (Join-Path $OutDir ("sales-{0:yyyyMMdd}.csv" -f (Get-Date).AddDays(-1)))
    Write-Host "exported $($sales.Count) sales"
    """, crlf=True)

DV("ini", "secret-manager-note", "lightspeed/lightspeed.example.ini", LS_R, """
    ; Copy to lightspeed.ini on the scanner PC. Values are in 1Password:
    ;   Retail Ops > "Lightspeed R-Series API (ScanBridge)"
    [api]
    base_url = https://api.lightspeedapp.com/API/V3/Account
    account_id = <account id>
    client_id = <client id from the developer portal>
    client_secret = <from 1Password>
    token_url = https://cloud.lightspeedapp.com/auth/oauth/token
    scope = employee:inventory employee:register_read

    [sync]
    shop_ids = 1
    page_size = 100
    throttle_ms = 1100
    """, crlf=True)


# ================================================================ Clover

CLOVER = "https://docs.clover.com/docs/using-api-tokens"

SV("shell", "clover-token", "scripts/pull_clover_orders.sh", CLOVER, uuid_s(), """
    #!/bin/sh
    # Pulls the day's orders for the Elm St cafe into the reporting bucket.
    MID=@1@
    TOKEN=@S@
    DAY_START=$(date -d 'today 00:00' +%s)000

    curl -s --request GET \\
      --url "https://api.clover.com/v3/merchants/${MID}/orders?filter=createdTime>=${DAY_START}&expand=lineItems&limit=1000" \\
      --header 'accept: application/json' \\
      --header "authorization: Bearer ${TOKEN}" \\
      > /tmp/orders.json

    aws s3 cp /tmp/orders.json "s3://elmst-reporting/clover/orders-$(date +%F).json" --only-show-errors
    """, draw(13, UPPER_DIGITS))

SV("java-properties", "clover-app-secret", "src/main/resources/application-prod.properties",
   "https://docs.clover.com/docs/high-trust-app-authentication-flow", uuid_s(), """
    spring.application.name=clover-loyalty-bridge
    server.port=8443
    server.ssl.enabled=true
    server.ssl.key-store=file:/etc/loyalty/keystore.p12
    server.ssl.key-store-password=${KEYSTORE_PASSWORD}

    clover.base-url=https://api.clover.com
    clover.oauth.authorize-url=https://www.clover.com/oauth/v2/authorize
    clover.oauth.token-url=https://api.clover.com/oauth/v2/token
    clover.oauth.app-id=@1@
    clover.oauth.app-secret=@S@
    clover.oauth.redirect-uri=https://loyalty.brewhouse.io/clover/callback

    loyalty.points-per-dollar=10
    loyalty.reward-threshold=1500
    logging.level.io.brewhouse=INFO
    """, draw(13, UPPER_DIGITS))

SV("node-config", "clover-ecommerce-token", "config/production.json",
   "https://docs.clover.com/docs/ecommerce-api-tokens", uuid_s(), """
    {
      "server": { "port": 3000, "trustProxy": true },
      "clover": {
        "environment": "production",
        "merchantId": "@1@",
        "ecommerce": {
          "baseUrl": "https://scl.clover.com",
          "tokenUrl": "https://token.clover.com/v1/tokens",
          "publicKey": "@2@",
          "privateToken": "@S@"
        }
      },
      "orders": { "currency": "usd", "taxRateId": "@3@" }
    }
    """, draw(13, UPPER_DIGITS), hexs(32), draw(13, UPPER_DIGITS))

DV("csv", "device-ids", "inventory/clover_devices.csv", "https://docs.clover.com/reference/devicegetdevices", """
    store,merchant_id,device_id,serial,model,installed
    Elm St Cafe,@1@,@2@,C043UQ93740215,Clover Station Duo,2022-04-11
    Elm St Cafe,@1@,@3@,C053UQ01218877,Clover Flex 3,2023-01-09
    Riverside,@4@,@5@,C043UQ93741190,Clover Station Duo,2022-06-02
    Riverside,@4@,@6@,C021UQ82031552,Clover Mini,2021-11-30
    Airport Kiosk,@7@,@8@,C053UQ01230044,Clover Kiosk,2024-02-19
    """, draw(13, UPPER_DIGITS), uuid_s(), uuid_s(), draw(13, UPPER_DIGITS), uuid_s(), uuid_s(), draw(13, UPPER_DIGITS), uuid_s())

DV("markdown", "doc-placeholder", "docs/clover-api.md", CLOVER, """
    ## Calling the Clover REST API from a terminal

    Generate a **test** API token in the sandbox Merchant Dashboard
    (Account & Setup > API Tokens). Then:

    ```sh
    curl --request GET \\
      --url 'https://apisandbox.dev.clover.com/v3/merchants/{mId}' \\
      --header 'accept: application/json' \\
      --header 'authorization: Bearer {auth_token}'
    ```

    Replace `{mId}` with the 13-character merchant ID and `{auth_token}` with the token.
    Production integrations must use the OAuth flow, never a dashboard token.
    """)


# ================================================================ Toast

TOAST = "https://doc.toasttab.com/doc/devguide/authentication.html"

SV("json-config", "toast-client-secret", "integrations/toast/toast_config.json", TOAST, toast_secret(), """
    {
      "hostname": "https://ws-api.toasttab.com",
      "clientId": "@1@",
      "clientSecret": "@S@",
      "userAccessType": "TOAST_MACHINE_CLIENT",
      "restaurants": [
        {"name": "Pho Saigon - Downtown", "guid": "@2@"},
        {"name": "Pho Saigon - Midtown", "guid": "@3@"}
      ],
      "pollMinutes": 10,
      "exports": ["orders", "labor", "menus"]
    }
    """, draw(32), uuid_s(), uuid_s())

SV("airflow-dag", "toast-client-secret", "dags/toast_sales_export.py", TOAST, toast_secret(), """
    from datetime import datetime, timedelta

    import requests
    from airflow import DAG
    from airflow.operators.python import PythonOperator

    TOAST_HOST = "https://ws-api.toasttab.com"
    CLIENT_ID = "@1@"
    CLIENT_SECRET = "@S@"
    RESTAURANT_GUID = "@2@"


    def _login():
        resp = requests.post(
            f"{TOAST_HOST}/authentication/v1/authentication/login",
            json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET, "userAccessType": "TOAST_MACHINE_CLIENT"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["token"]["accessToken"]


    def export_orders(ds, **_):
        token = _login()
        headers = {"Authorization": f"Bearer {token}", "Toast-Restaurant-External-ID": RESTAURANT_GUID}
        day = ds.replace("-", "")
        orders = requests.get(f"{TOAST_HOST}/orders/v2/ordersBulk?businessDate={day}", headers=headers, timeout=60)
        orders.raise_for_status()
        return len(orders.json())


    with DAG(
        dag_id="toast_sales_export",
        start_date=datetime(2024, 1, 1),
        schedule="0 6 * * *",
        catchup=False,
        default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    ) as dag:
        PythonOperator(task_id="export_orders", python_callable=export_orders)
    """, draw(32), uuid_s())

_toast_jwt = jwt({"iss": "https://toast-api-auth.toasttab.com", "aud": "https://toast-services-api/",
                  "sub": draw(32) + "@clients", "exp": 1718006400, "scope": "orders:read menus:read labor:read",
                  "https://toasttab.com/client_name": "pho-saigon-reporting"})
SV("json-config", "bearer-jwt", "var/cache/toast_token.json", "https://doc.toasttab.com/openapi/authentication/tag/Data-definitions/schema/AuthenticationResponse",
   _toast_jwt, """
    {
      "token": {
        "tokenType": "Bearer",
        "scope": null,
        "expiresIn": 86400,
        "accessToken": "@S@",
        "idToken": null,
        "refreshToken": null
      },
      "status": "SUCCESS",
      "fetchedAt": "2024-06-09T06:00:04Z"
    }
    """)

_toast_secret = toast_secret()
SV("k8s-secret", "toast-client-secret", "k8s/toast-connector/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
   _toast_secret, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: toast-connector
      namespace: restaurant-data
    type: Opaque
    stringData:
      TOAST_HOSTNAME: https://ws-api.toasttab.com
      TOAST_CLIENT_ID: @1@
      TOAST_CLIENT_SECRET: "@S@"
      TOAST_RESTAURANT_GUIDS: "@2@,@3@"
    """, draw(32), uuid_s(), uuid_s())

DV("yaml-config", "guid-ids", "config/locations.yaml", "https://doc.toasttab.com/doc/devguide/apiRestaurantGUIDs.html", """
    # Toast restaurant GUIDs are identifiers, not credentials: they go in the
    # Toast-Restaurant-External-ID header next to the bearer token.
    management_group: @1@
    locations:
      - name: Downtown
        restaurant_guid: @2@
        timezone: America/Chicago
        revenue_center: @3@
      - name: Midtown
        restaurant_guid: @4@
        timezone: America/Chicago
        revenue_center: @5@
      - name: Airport T2
        restaurant_guid: @6@
        timezone: America/Chicago
        revenue_center: @7@
    """, uuid_s(), uuid_s(), uuid_s(), uuid_s(), uuid_s(), uuid_s(), uuid_s())

DV("python", "env-reference", "toast_client/auth.py", TOAST, """
    import os
    import time

    import requests

    _TOKEN = {"value": None, "expires": 0.0}


    def access_token(session: requests.Session) -> str:
        if _TOKEN["value"] and _TOKEN["expires"] - 300 > time.time():
            return _TOKEN["value"]
        resp = session.post(
            os.environ["TOAST_HOSTNAME"] + "/authentication/v1/authentication/login",
            json={
                "clientId": os.environ["TOAST_CLIENT_ID"],
                "clientSecret": os.environ["TOAST_CLIENT_SECRET"],
                "userAccessType": "TOAST_MACHINE_CLIENT",
            },
            timeout=30,
        )
        resp.raise_for_status()
        token = resp.json()["token"]
        _TOKEN.update(value=token["accessToken"], expires=time.time() + token["expiresIn"])
        return token["accessToken"]
    """)


# ================================================================ Adyen

ADYEN_KEYS = "https://docs.adyen.com/development-resources/api-credentials/"

SV("dotnet-appsettings", "adyen-api-key", "src/Till.Payments/appsettings.json", "https://github.com/Adyen/adyen-dotnet-api-library",
   adyen_key(), """
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "AllowedHosts": "*",
      "Adyen": {
        "Environment": "Live",
        "LiveEndpointUrlPrefix": "1797a841fbb37ca7-BrightwaterRetail",
        "MerchantAccount": "BrightwaterRetailPOS",
        "ApiKey": "@S@",
        "TerminalApiCloudEndpoint": "https://terminal-api-live.adyen.com",
        "SaleIdPrefix": "BWR-TILL"
      },
      "Stores": {
        "Default": "ST-0042",
        "Poiids": [ "V400m-@1@", "P400Plus-@2@" ]
      }
    }
    """, str(_rng().randint(100000000, 999999999)), str(_rng().randint(100000000, 999999999)))

SV("yaml-config", "adyen-hmac-key", "config/webhooks.yaml", "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures",
   adyen_hmac(), """
    # Standard webhook receiver for in-store payments
    listen: 0.0.0.0:9443
    tls:
      cert: /etc/pos-hooks/tls.crt
      key: /etc/pos-hooks/tls.key

    adyen:
      merchant_account: BrightwaterRetailPOS
      basic_auth_user: adyen-notify
      basic_auth_password_env: ADYEN_NOTIFY_PASSWORD
      hmac_key: @S@
      accept_events:
        - AUTHORISATION
        - CANCEL_OR_REFUND
        - REFUND
        - CAPTURE

    forward:
      kafka_topic: payments.instore.v1
      brokers: [kafka-0.kafka:9092, kafka-1.kafka:9092]
    """)

SV("csharp", "adyen-shared-key", "src/Till.Payments/Terminal/LocalTerminalClient.cs",
   "https://docs.adyen.com/point-of-sale/design-your-integration/choose-your-architecture/local/protect-with-library", words_pw(), """
    using Adyen;
    using Adyen.Model.TerminalApi;
    using Adyen.Model.TerminalApi.Message;
    using Adyen.Security;
    using Adyen.Service;

    namespace Till.Payments.Terminal
    {
        /// <summary>Talks to the counter terminal over the shop LAN (local Terminal API).</summary>
        public sealed class LocalTerminalClient
        {
            private readonly ITerminalLocalApi _api;

            private static readonly EncryptionCredentialDetails Credentials = new EncryptionCredentialDetails
            {
                AdyenCryptoVersion = 1,
                KeyIdentifier = "TillKey",
                KeyVersion = 1,
                Password = "@S@"
            };

            public LocalTerminalClient(string terminalIp)
            {
                var config = new Config
                {
                    Environment = Environment.Live,
                    LocalTerminalApiEndpoint = $"https://{terminalIp}:8443/nexo/"
                };
                _api = new TerminalLocalApi(new Client(config));
            }

            public Task<SaleToPOIResponse> PayAsync(SaleToPOIRequest request) =>
                _api.RequestEncryptedAsync(request, Credentials);
        }
    }
    """)

_ad = adyen_key()
SV("java", "adyen-api-key", "pos-core/src/main/java/com/brightwater/pos/pay/AdyenClientFactory.java", "https://github.com/Adyen/adyen-java-api-library",
   _ad, """
    package com.brightwater.pos.pay;

    import com.adyen.Client;
    import com.adyen.Config;
    import com.adyen.enums.Environment;

    /** Builds the Adyen client for the back-office refund tool. */
    public final class AdyenClientFactory {

        // TODO move to the vault before go-live (BW-1183)
        private static final String API_KEY =
            "@1@" +
            "@2@" +
            "@3@";

        private static final String LIVE_PREFIX = "1797a841fbb37ca7-BrightwaterRetail";

        private AdyenClientFactory() {
        }

        public static Client create() {
            Config config = new Config();
            config.setApiKey(API_KEY);
            config.setEnvironment(Environment.LIVE);
            config.setLiveEndpointUrlPrefix(LIVE_PREFIX);
            config.setApplicationName("bw-refund-tool");
            return new Client(config);
        }
    }
    """, _ad[0:40], _ad[40:80], _ad[80:], shown="")

SV("helm-values", "adyen-api-key", "deploy/payments-gateway/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
   adyen_key(), """
    replicaCount: 3
    image:
      repository: ghcr.io/brightwater/payments-gateway
      tag: v4.2.0

    config:
      ADYEN_ENVIRONMENT: LIVE
      ADYEN_MERCHANT_ACCOUNT: BrightwaterRetailPOS
      ADYEN_LIVE_PREFIX: 1797a841fbb37ca7-BrightwaterRetail
      TERMINAL_API_MODE: cloud

    secrets:
      ADYEN_API_KEY: "@S@"

    podDisruptionBudget:
      minAvailable: 2
    service:
      type: ClusterIP
      port: 8080
    """)

DV("typescript", "public-client-key", "src/checkout/adyen.config.ts", "https://docs.adyen.com/development-resources/client-side-authentication/", """
    import type { CoreConfiguration } from '@adyen/adyen-web';

    // Client keys are meant for the browser (allowed origins set in the Customer Area).
    // The API key never leaves the payments-gateway service.
    export const adyenCheckoutConfig: Partial<CoreConfiguration> = {
      environment: 'live',
      clientKey: '@1@',
      locale: 'en-GB',
      countryCode: 'GB',
      analytics: { enabled: false },
    };

    export const giftCardBrands = ['givex', 'svs', 'valuelink'];
    """, adyen_client_key("live"))

DV("json-config", "terminal-ids", "config/terminals.json", "https://docs.adyen.com/point-of-sale/design-your-integration/terminal-api/", """
    {
      "store": "ST-0042",
      "terminals": [
        {"poiid": "V400m-@1@", "serial": "@1@", "lane": 1, "ip": "10.42.0.21"},
        {"poiid": "V400m-@2@", "serial": "@2@", "lane": 2, "ip": "10.42.0.22"},
        {"poiid": "P400Plus-@3@", "serial": "@3@", "lane": 3, "ip": "10.42.0.23"},
        {"poiid": "S1F2-@4@", "serial": "@4@", "lane": "mobile", "ip": "dhcp"}
      ],
      "fallback_mode": "cloud",
      "receipt_printer": "epson-tm-m30iii-lane1"
    }
    """, *(str(_rng().randint(100000000, 999999999)) for _ in range(4)))

DV("json-fixture", "signature-not-key", "test/fixtures/adyen-authorisation.json", "https://docs.adyen.com/development-resources/webhooks/webhook-types/", """
    {
      "live": "false",
      "notificationItems": [
        {
          "NotificationRequestItem": {
            "additionalData": {
              "hmacSignature": "@1@=",
              "posAuthAmountCurrency": "GBP",
              "posAuthAmountValue": "1299",
              "terminalId": "V400m-@2@"
            },
            "amount": {"currency": "GBP", "value": 1299},
            "eventCode": "AUTHORISATION",
            "eventDate": "2024-05-11T14:22:09+01:00",
            "merchantAccountCode": "BrightwaterRetailPOS",
            "merchantReference": "BWR-TILL-000418",
            "pspReference": "@3@",
            "paymentMethod": "visa",
            "success": "true"
          }
        }
      ]
    }
    """, draw(43, ALNUM + "+/"), str(_rng().randint(100000000, 999999999)), draw(16, UPPER_DIGITS))

DV("pem", "public-certificate", "certs/adyen-terminalfleet-live.pem", "https://docs.adyen.com/point-of-sale/design-your-integration/choose-your-architecture/local#install-root-cert", """
    # Adyen terminal fleet root (LIVE). Public; installed in the till trust store.
    # SHA-256 fingerprint checked against the docs before committing.
    @1@
    """, cert_pem())


# ================================================================ card-present gateways

SV("javascript", "stripe-secret-key", "kiosk-server/server.js", "https://docs.stripe.com/terminal/quickstart", stripe("sk_live_", 99), """
    // Self-order kiosk backend: hands connection tokens to the Stripe Terminal SDK on the kiosks.
    const express = require('express');
    const stripe = require('stripe')('@S@');

    const app = express();
    app.use(express.json());

    const LOCATION = '@1@';

    app.post('/connection_token', async (req, res) => {
      const token = await stripe.terminal.connectionTokens.create({ location: LOCATION });
      res.json({ secret: token.secret });
    });

    app.post('/create_payment_intent', async (req, res) => {
      const intent = await stripe.paymentIntents.create({
        amount: req.body.amount,
        currency: 'usd',
        payment_method_types: ['card_present'],
        capture_method: 'automatic',
        metadata: { kiosk: req.body.kioskId, order: req.body.orderId },
      });
      res.json({ client_secret: intent.client_secret });
    });

    app.listen(4242, () => console.log('kiosk-server on :4242'));
    """, "tml_" + draw(24))

SV("compose", "stripe-restricted-key", "docker-compose.yml", "https://docs.stripe.com/keys#limit-access", stripe("rk_live_", 99), """
    services:
      pos-api:
        image: ghcr.io/tallyho-coffee/pos-api:3.8
        restart: unless-stopped
        ports:
          - "8000:8000"
        environment:
          DATABASE_URL: postgres://pos:${POSTGRES_PASSWORD}@db:5432/pos
          STRIPE_RESTRICTED_KEY: @S@
          STRIPE_TERMINAL_LOCATION: @1@
          RECEIPT_FROM: receipts@tallyho.coffee
        depends_on:
          - db
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: pos
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
        volumes:
          - pgdata:/var/lib/postgresql/data
    volumes:
      pgdata: {}
    """, "tml_" + draw(24))

SV("dotenv", "stripe-webhook-secret", ".env.staging", "https://docs.stripe.com/webhooks#verify-events", whsec(), """
    APP_ENV=staging
    APP_URL=https://staging.pos.tallyho.coffee
    STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
    # endpoint: https://staging.pos.tallyho.coffee/webhooks/stripe (terminal.reader.action_*)
    STRIPE_WEBHOOK_SECRET=@S@
    QUEUE_CONNECTION=redis
    MAIL_MAILER=log
    """)

SV("rails-yaml", "braintree-token", "config/braintree.yml", "https://developer.paypal.com/braintree/docs/start/hello-server", braintree_token(), """
    # Braintree gateway for the counter iPads (Braintree via PayPal access token)
    shared: &shared
      merchant_account_id: harborlinens_USD
      timeout: 20

    development:
      <<: *shared
      environment: sandbox
      access_token: <%= ENV["BRAINTREE_ACCESS_TOKEN"] %>

    production:
      <<: *shared
      environment: production
      access_token: "@S@"
    """)

SV("php", "authorize-net-key", "app/config/payment.php", "https://developer.authorize.net/api/reference/index.html#gettingstarted-section-section-header",
   draw(16), """
    <?php
    // Authorize.Net card-present gateway used by the register tablets.
    return [
        'gateway'      => 'authorizenet',
        'sandbox'      => false,
        'endpoint'     => 'https://api.authorize.net/xml/v1/request.api',
        'login_id'     => '@1@',
        'transaction_key' => '@S@',
        'market_type'  => 2,   // retail
        'device_type'  => 5,   // electronic cash register
        'duplicate_window' => 120,
        'email_customer'   => false,
    ];
    """, draw(10))

SV("dotnet-appsettings", "gateway-secret-key", "src/Register.Api/appsettings.Production.json", "https://developer.globalpay.com/api/getting-started",
   "skapi_prod_" + draw(40, URLSAFE), """
    {
      "ConnectionStrings": {
        "Register": "Server=tcp:reg-sql.internal,1433;Database=Register;Authentication=Active Directory Managed Identity;"
      },
      "GlobalPayments": {
        "ServiceUrl": "https://cert.api2.heartlandportico.com",
        "SecretApiKey": "@S@",
        "DeveloperId": "002914",
        "VersionNumber": "1984",
        "DeviceId": 6399854
      },
      "Receipts": { "Footer": "Thank you for shopping local!" }
    }
    """)

DV("javascript", "publishable-key", "kiosk-ui/src/config.js", "https://docs.stripe.com/keys#obtain-api-keys", """
    // Public configuration bundled into the kiosk UI.
    // Publishable keys are safe to ship to clients; secret keys live on kiosk-server only.
    export default {
      apiBase: 'https://kiosk.tallyho.coffee',
      stripePublishableKey: '@1@',
      terminalLocation: '@2@',
      readers: ['@3@', '@4@'],
      idleTimeoutSeconds: 90,
      tipPresets: [15, 18, 20],
      languages: ['en', 'es'],
    };
    """, stripe("pk_live_", 99), "tml_" + draw(24), "tmr_" + draw(24), "tmr_" + draw(24))

DV("yaml-config", "test-card-numbers", "qa/payment-scenarios.yaml", "https://docs.adyen.com/development-resources/testing/test-card-numbers/", """
    # Lane QA scenarios. Documented test cards only; these do nothing on a live terminal.
    scenarios:
      - name: approved visa chip
        card: "4111 1111 1111 1111"
        expiry: "03/30"
        amount: 10.00
        expect: APPROVED
      - name: declined insufficient funds
        card: "4000 0000 0000 9995"
        expiry: "03/30"
        amount: 42.17
        expect: DECLINED
      - name: mastercard contactless
        card: "5555 5555 5555 4444"
        expiry: "12/29"
        amount: 3.50
        expect: APPROVED
      - name: amex refund
        card: "3782 822463 10005"
        amount: -18.00
        expect: REFUNDED
    """)

DV("log", "masked-values", "logs/gateway-2024-05-11.log", "https://docs.stripe.com/keys#keeping-your-keys-safe", """
    2024-05-11T07:00:01.118Z INFO  boot  pos-api 3.8.2 starting (env=production)
    2024-05-11T07:00:01.120Z INFO  cfg   STRIPE_RESTRICTED_KEY=rk_live_************************XqP2
    2024-05-11T07:00:01.120Z INFO  cfg   DATABASE_URL=postgres://pos:****@db:5432/pos
    2024-05-11T07:00:01.121Z INFO  cfg   ADYEN_API_KEY=AQE*****(redacted)
    2024-05-11T07:00:02.402Z INFO  http  listening on :8000
    2024-05-11T07:14:55.919Z INFO  pay   pi_@1@ card_present amount=1450 status=succeeded reader=@2@
    2024-05-11T07:15:03.004Z WARN  pay   reader @2@ offline, retrying (1/3)
    2024-05-11T07:15:09.771Z INFO  pay   pi_@3@ card_present amount=675 status=succeeded reader=@2@
    """, draw(24), "tmr_" + draw(24), draw(24))


# ================================================================ receipts, alerts, marketing

SV("python", "twilio-auth-token", "receipts/sms_receipts.py", "https://www.twilio.com/docs/usage/secure-credentials", hexs(32), """
    \"\"\"Text a receipt link to customers who ask for one at the till.\"\"\"
    from twilio.rest import Client

    ACCOUNT_SID = "@1@"
    AUTH_TOKEN = "@S@"
    FROM_NUMBER = "+15125550147"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def send_receipt(phone: str, receipt_url: str, store_name: str) -> str:
        message = client.messages.create(
            to=phone,
            from_=FROM_NUMBER,
            body=f"Thanks for visiting {store_name}! Your receipt: {receipt_url} Reply STOP to opt out.",
        )
        return message.sid
    """, twilio_sid())

SV("ruby", "sendgrid-key", "config/initializers/sendgrid.rb", "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails", sendgrid_key(), """
    # e-receipts and loyalty statements go out through SendGrid
    ActionMailer::Base.smtp_settings = {
      user_name: "apikey",
      password: "@S@",
      domain: "receipts.harborlinens.com",
      address: "smtp.sendgrid.net",
      port: 587,
      authentication: :plain,
      enable_starttls_auto: true
    }
    ActionMailer::Base.default_url_options = { host: "receipts.harborlinens.com", protocol: "https" }
    """)

_mc = mailchimp_key()
SV("python", "mailchimp-key", "loyalty/newsletter_sync.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", _mc, """
    import hashlib

    import mailchimp_marketing as MailchimpMarketing

    LIST_ID = "@1@"

    client = MailchimpMarketing.Client()
    client.set_config({"api_key": "@S@", "server": "@2@"})


    def upsert_member(email: str, first: str, tier: str, points: int) -> None:
        subscriber_hash = hashlib.md5(email.lower().encode()).hexdigest()
        client.lists.set_list_member(LIST_ID, subscriber_hash, {
            "email_address": email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": first, "TIER": tier, "POINTS": points},
        })
    """, hexs(10), _mc.split("-")[1])

SV("typescript", "klaviyo-private-key", "src/marketing/klaviyo.ts", "https://developers.klaviyo.com/en/docs/authenticate_", klaviyo_key(), """
    import { ApiKeySession, ProfilesApi, EventsApi } from 'klaviyo-api';

    // private key with profiles:write + events:write (created by marketing, 2024-02)
    const session = new ApiKeySession('@S@');

    export const profiles = new ProfilesApi(session);
    export const events = new EventsApi(session);

    export async function trackInStorePurchase(email: string, storeId: string, total: number) {
      await events.createEvent({
        data: {
          type: 'event',
          attributes: {
            properties: { storeId, channel: 'pos' },
            metric: { data: { type: 'metric', attributes: { name: 'Placed In-Store Order' } } },
            profile: { data: { type: 'profile', attributes: { email } } },
            value: total,
          },
        },
      });
    }
    """)

SV("yaml-config", "slack-webhook", "monitoring/alerts.yaml", "https://api.slack.com/messaging/webhooks", slack_webhook(), """
    # store-health: pings #store-ops when a till or kiosk stops reporting
    checks:
      - name: till-heartbeat
        every: 5m
        stale_after: 15m
      - name: kiosk-heartbeat
        every: 5m
        stale_after: 10m
      - name: receipt-printer-paper
        every: 10m

    notify:
      slack:
        channel: "#store-ops"
        username: store-health
        webhook_url: @S@
      email:
        to: [ops@harborlinens.com]
    """)

SV("powershell", "teams-webhook", "scripts/Send-LowStockAlert.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
   teams_webhook("kiwicycles"), """
    param([int]$Threshold = 3)

    $webhook = '@S@'
    $rows = Invoke-Sqlcmd -ServerInstance 'BACKOFFICE\\SQLEXPRESS' -Database 'Retail' -Query @"
    SELECT TOP 25 sku, description, qty_on_hand FROM dbo.StockLevels
    WHERE qty_on_hand <= $Threshold ORDER BY qty_on_hand
    "@

    if (-not $rows) { return }
    $text = ($rows | ForEach-Object { "* $($_.sku) $($_.description): $($_.qty_on_hand)" }) -join "`n"
    $body = @{ title = "Low stock ($($rows.Count) items)"; text = $text } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType 'application/json'
    """, crlf=True)

SV("python", "slack-bot-token", "reports/nightly_report.py", "https://api.slack.com/authentication/token-types#bot", slack_bot(), """
    import datetime as dt

    import pandas as pd
    from slack_sdk import WebClient

    SLACK = WebClient(token="@S@")
    CHANNEL = "C04RETAILOPS"


    def post_report(df: pd.DataFrame) -> None:
        day = dt.date.today() - dt.timedelta(days=1)
        lines = [f"*Sales for {day:%a %d %b}*"]
        for store, row in df.groupby("store").sum(numeric_only=True).iterrows():
            lines.append(f"{store}: ${row['net']:,.2f} ({int(row['tickets'])} tickets)")
        SLACK.chat_postMessage(channel=CHANNEL, text="\\n".join(lines))


    if __name__ == "__main__":
        post_report(pd.read_parquet("/srv/reports/daily_sales.parquet"))
    """)

SV("json-config", "discord-webhook", "kitchen-display/config.json", "https://discord.com/developers/docs/resources/webhook", discord_webhook(), """
    {
      "station": "expo",
      "bumpBar": {"device": "/dev/input/by-id/usb-Logic_Controls_KB1700-event-kbd"},
      "layout": {"columns": 4, "fontSize": 22, "highlightAfterSeconds": 480},
      "sources": [{"type": "toast", "restaurant": "downtown"}],
      "alerts": {
        "lateTicketMinutes": 15,
        "discordWebhook": "@S@"
      }
    }
    """)

SV("dotenv", "telegram-bot-token", "store-bot/bot.env", "https://core.telegram.org/bots/api#authorizing-your-bot", fakes.telegram_token(_seed()), """
    # Telegram bot that tells managers when the safe is opened or a till is voided
    BOT_TOKEN=@S@
    MANAGER_CHAT_ID=-1001847726611
    POS_EVENTS_URL=http://127.0.0.1:8090/events
    VOID_ALERT_MIN=50
    TZ=Europe/Lisbon
    """)

DV("jinja", "data-uri-image", "templates/receipt.html.j2", "https://jinja.palletsprojects.com/en/3.1.x/templates/", """
    <!doctype html>
    <html>
    <head><meta charset="utf-8"><title>Receipt {{ order.number }}</title></head>
    <body style="font-family: monospace; width: 300px">
      <img alt="logo" src="data:image/png;base64,@1@">
      <h2>{{ store.name }}</h2>
      <p>{{ store.address }}<br>VAT {{ store.vat_number }}</p>
      <table>
      {% for line in order.lines %}
        <tr><td>{{ line.qty }} x {{ line.name }}</td><td align="right">{{ line.total | money }}</td></tr>
      {% endfor %}
      </table>
      <p>Total: <b>{{ order.total | money }}</b> ({{ order.tender }})</p>
      <p>Card: **** {{ order.card_last4 }} &middot; Auth {{ order.auth_code }}</p>
      <p>{{ loyalty.points_earned }} points earned, balance {{ loyalty.balance }}</p>
    </body>
    </html>
    """, "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAACinX7" + draw(240, ALNUM + "+/") + "AAAAAElFTkSuQmCC")

DV("python", "escpos-bytes", "printing/escpos_cmds.py", "https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/index.html", """
    \"\"\"Raw ESC/POS sequences for the TM-m30 receipt printers.\"\"\"
    INIT = b"\\x1b\\x40"
    CUT_PARTIAL = b"\\x1d\\x56\\x42\\x00"
    OPEN_DRAWER = b"\\x1b\\x70\\x00\\x19\\xfa"
    BOLD_ON, BOLD_OFF = b"\\x1b\\x45\\x01", b"\\x1b\\x45\\x00"
    CENTER, LEFT = b"\\x1b\\x61\\x01", b"\\x1b\\x61\\x00"
    BARCODE_CODE128 = b"\\x1d\\x6b\\x49"
    QR_MODEL2 = b"\\x1d\\x28\\x6b\\x04\\x00\\x31\\x41\\x32\\x00"


    def barcode(data: str) -> bytes:
        payload = b"{B" + data.encode("ascii")
        return b"\\x1d\\x68\\x50" + b"\\x1d\\x77\\x02" + BARCODE_CODE128 + bytes([len(payload)]) + payload
    """)


# ================================================================ receipt and label printers

SV("yaml-config", "printer-admin-password", "stores/st-017/printers.yaml", "https://download4.epson.biz/sec_pubs/pos/reference_en/epos_print/index.html",
   shop_pw(), """
    # Receipt/kitchen printers, store 017 (Epson ePOS-Print over HTTPS)
    defaults:
      protocol: epos-print
      port: 8043
      timeout_ms: 10000
      # web config admin, set when the printers were re-imaged in March
      admin_user: epson
      admin_password: "@S@"

    printers:
      - id: lane1
        model: TM-m30III
        ip: 10.17.0.31
        device_id: local_printer
      - id: lane2
        model: TM-m30III
        ip: 10.17.0.32
        device_id: local_printer
      - id: kitchen
        model: TM-U220
        ip: 10.17.0.40
        device_id: kitchen_printer
        copies: 2
    """)

SV("python", "printer-basic-auth", "cloudprnt/settings.py", "https://star-m.jp/products/s_print/CloudPRNTSDK/Documentation/en/index.html",
   rand_pw(16), """
    \"\"\"CloudPRNT job server for the Star mC-Print3 printers in the bakeries.\"\"\"
    import os

    POLL_INTERVAL_SECONDS = 5
    JOB_DIR = os.environ.get("CLOUDPRNT_JOB_DIR", "/var/spool/cloudprnt")
    MEDIA_TYPES = ["application/vnd.star.starprnt", "text/vnd.star.markup", "image/png"]

    # the printers are set up (web UI > CloudPRNT > Server settings) with these credentials
    PRINTER_AUTH = ("cloudprnt", "@S@")

    PRINTERS = {
        "00:11:62:2a:4b:10": {"store": "wicker-park", "role": "orders"},
        "00:11:62:2a:4b:11": {"store": "wicker-park", "role": "labels"},
        "00:11:62:2a:5c:02": {"store": "logan-square", "role": "orders"},
    }
    """)

SV("python", "ftp-password", "labels/push_zpl.py", "https://docs.python.org/3/library/ftplib.html", words_pw(), """
    \"\"\"Upload stored ZPL formats to the shelf-label Zebras (they expose FTP on port 21).\"\"\"
    import ftplib
    import pathlib
    import sys

    PRINTERS = ["10.30.4.11", "10.30.4.12", "10.30.4.13"]
    FORMATS = pathlib.Path(__file__).with_name("formats")


    def push(host: str) -> None:
        with ftplib.FTP(host, timeout=15) as ftp:
            ftp.login("admin", "@S@")
            for fmt in sorted(FORMATS.glob("*.zpl")):
                with fmt.open("rb") as fh:
                    ftp.storbinary(f"STOR E:{fmt.name.upper()}", fh)
                print(f"{host}: {fmt.name}")


    if __name__ == "__main__":
        for printer in sys.argv[1:] or PRINTERS:
            push(printer)
    """)

SV("cups-conf", "smb-uri-password", "etc/cups/printers.conf", "https://www.cups.org/doc/man-printers.conf.html", url_pw(), """
    # Printer configuration file for CUPS v2.4.2
    # Written by cupsd
    # DO NOT EDIT THIS FILE WHEN CUPSD IS RUNNING
    NextPrinterId 4
    <DefaultPrinter Receipt-Office>
    PrinterId 2
    UUID urn:uuid:@1@
    Info Back office receipt printer
    Location Store 12 office
    MakeModel EPSON TM-T88VI
    DeviceURI smb://STORE12/printsvc:@S@@backoffice-01/ReceiptPrinter
    State Idle
    StateTime 1715412215
    Type 8425484
    Accepting Yes
    Shared No
    JobSheets none none
    QuotaPeriod 0
    PageLimit 0
    KLimit 0
    OpPolicy default
    ErrorPolicy retry-job
    </DefaultPrinter>
    """, uuid_s())

DV("zpl", "template", "labels/formats/shelf_edge.zpl", "https://support.zebra.com/cpws/docs/zpl/zpl_manual.pdf", """
    ^XA
    ^DFE:SHELF.ZPL^FS
    ^PW406
    ^LL203
    ^CI28
    ^FO16,12^A0N,34,34^FN1"Description"^FS
    ^FO16,56^A0N,22,22^FN2"Size"^FS
    ^FO250,52^A0N,64,58^FN3"Price"^FS
    ^FO16,96^BY2^BEN,60,Y,N^FN4"EAN13"^FS
    ^FO290,170^A0N,18,18^FN5"SKU"^FS
    ^XZ
    ^XA
    ^XFE:SHELF.ZPL^FS
    ^FN1^FDOrganic Rolled Oats^FS
    ^FN2^FD1 kg^FS
    ^FN3^FD$4.99^FS
    ^FN4^FD@1@^FS
    ^FN5^FDSKU 102-448^FS
    ^PQ1
    ^XZ
    """, ean13()[:12])

DV("ansible", "vault-inline", "group_vars/printers/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", """
    ---
    epson_admin_user: epson
    epson_admin_password: !vault |
              $ANSIBLE_VAULT;1.1;AES256
    @1@
    epson_firmware: "TM-m30III_1.11"
    cloudprnt_server: https://print.bakery.internal/cloudprnt
    zebra_formats:
      - shelf_edge.zpl
      - promo_tag.zpl
    """, vault_blob(5))

DV("javascript", "device-config", "pos-web/src/printing/epos.js", "https://download4.epson.biz/sec_pubs/pos/reference_en/epos_js/index.html", """
    // ePOS SDK for JavaScript: connect to the lane printer on the shop LAN (no credentials needed).
    import { ePOSDevice } from './vendor/epos-2.27.0';

    const PRINTER_IP = localStorage.getItem('printerIp') || '10.17.0.31';
    const DEVICE_ID = 'local_printer';

    export function connectPrinter() {
      return new Promise((resolve, reject) => {
        const device = new ePOSDevice();
        device.connect(PRINTER_IP, 8043, (result) => {
          if (result !== 'OK' && result !== 'SSL_CONNECT_OK') {
            reject(new Error(`printer connect failed: ${result}`));
            return;
          }
          device.createDevice(DEVICE_ID, device.DEVICE_TYPE_PRINTER, { crypto: true, buffer: false },
            (printer, code) => (code === 'OK' ? resolve(printer) : reject(new Error(code))));
        });
      });
    }
    """)


# ================================================================ self-service kiosks

SV("registry", "autologon-password", "kiosk/autologon.reg", "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon",
   shop_pw(), """
    Windows Registry Editor Version 5.00

    ; Self-checkout lanes: log the kiosk account on at boot so the shell starts unattended.
    [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
    "AutoAdminLogon"="1"
    "DefaultUserName"="sco-kiosk"
    "DefaultDomainName"="."
    "DefaultPassword"="@S@"
    "ForceAutoLogon"="1"
    "Shell"="C:\\\\Program Files\\\\SelfCheckout\\\\ScoShell.exe"
    """, crlf=True)

SV("unattend-xml", "autologon-password", "kiosk/image/unattend.xml", "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon",
   season_pw(), """
    <?xml version="1.0" encoding="utf-8"?>
    <unattend xmlns="urn:schemas-microsoft-com:unattend">
      <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
          <AutoLogon>
            <Enabled>true</Enabled>
            <LogonCount>9999999</LogonCount>
            <Username>KioskUser</Username>
            <Password>
              <Value>@S@</Value>
              <PlainText>true</PlainText>
            </Password>
          </AutoLogon>
          <OOBE>
            <HideEULAPage>true</HideEULAPage>
            <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
            <ProtectYourPC>3</ProtectYourPC>
          </OOBE>
          <TimeZone>Central Standard Time</TimeZone>
        </component>
      </settings>
    </unattend>
    """, crlf=True)

SV("android-provisioning", "wifi-password", "kiosk/android/provisioning.json", "https://developer.android.com/work/dpc/build-dpc#qr_code",
   words_pw(), """
    {
      "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": "com.tallyho.kiosk/.admin.KioskAdminReceiver",
      "android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION": "https://mdm.tallyho.coffee/apk/kiosk-dpc-2.3.1.apk",
      "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "@1@",
      "android.app.extra.PROVISIONING_WIFI_SSID": "TallyHo-Staff",
      "android.app.extra.PROVISIONING_WIFI_SECURITY_TYPE": "WPA",
      "android.app.extra.PROVISIONING_WIFI_PASSWORD": "@S@",
      "android.app.extra.PROVISIONING_SKIP_ENCRYPTION": false,
      "android.app.extra.PROVISIONING_LEAVE_ALL_SYSTEM_APPS_ENABLED": false,
      "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
        "store_id": "austin-03",
        "mode": "order-kiosk"
      }
    }
    """, b64url(bytes(_rng().getrandbits(8) for _ in range(32))))

SV("shell", "url-token", "kiosk/menuboard/start-kiosk.sh", "https://peter.sh/experiments/chromium-command-line-switches/", mixed(32), """
    #!/bin/bash
    # Menu board screens (Raspberry Pi 4): start Chromium full screen on the signage URL.
    export DISPLAY=:0
    xset s off
    xset -dpms
    xset s noblank
    unclutter -idle 0.5 -root &

    sed -i 's/"exited_cleanly":false/"exited_cleanly":true/' ~/.config/chromium/Default/Preferences

    SCREEN_ID=$(cat /etc/menuboard/screen-id)
    /usr/bin/chromium-browser --noerrdialogs --disable-infobars --kiosk --incognito \\
      --check-for-update-interval=31536000 \\
      "https://signage.tallyho.coffee/display/${SCREEN_ID}?key=@S@&rotate=0"
    """)

SV("desktop-entry", "vnc-password", "kiosk/autostart/x11vnc.desktop", "https://manpages.debian.org/bookworm/x11vnc/x11vnc.1.en.html", passphrase(), """
    [Desktop Entry]
    Type=Application
    Name=Remote support (x11vnc)
    Comment=Lets the help desk see the kiosk screen
    Exec=x11vnc -display :0 -forever -shared -noxdamage -rfbport 5900 -passwd @S@
    X-GNOME-Autostart-enabled=true
    NoDisplay=true
    """)

SV("powershell", "local-account-password", "kiosk/provision/New-KioskUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser",
   words_pw(), """
    #Requires -RunAsAdministrator
    # Creates the local kiosk account and configures Assigned Access (single-app kiosk).
    $ErrorActionPreference = 'Stop'

    $name = 'KioskUser'
    $password = ConvertTo-SecureString '@S@' -AsPlainText -Force

    if (-not (Get-LocalUser -Name $name -ErrorAction SilentlyContinue)) {
        New-LocalUser -Name $name -Password $password -FullName 'Self Checkout' -PasswordNeverExpires -UserMayNotChangePassword
        Add-LocalGroupMember -Group 'Users' -Member $name
    }

    Set-AssignedAccess -AppUserModelId 'TallyHo.KioskApp_8wekyb3d8bbwe!App' -UserName $name
    Write-Output "Kiosk account ready on $env:COMPUTERNAME"
    """, crlf=True)

SV("json-config", "device-secret", "kiosk-app/resources/config.json", "https://www.electronjs.org/docs/latest/tutorial/kiosk-mode", rand_pw(40), """
    {
      "kioskId": "lobby-2",
      "storeId": "austin-03",
      "api": {
        "baseUrl": "https://orders.tallyho.coffee/api/v2",
        "deviceSecret": "@S@",
        "timeoutMs": 8000
      },
      "payment": {"provider": "stripe-terminal", "reader": "@1@"},
      "display": {"fullscreen": true, "idleSeconds": 90, "attractLoop": "media/attract.mp4"},
      "printer": {"type": "star", "interface": "usb"}
    }
    """, "tmr_" + draw(24))

DV("xml-config", "assigned-access", "kiosk/AssignedAccessConfig.xml", "https://learn.microsoft.com/en-us/windows/configuration/assigned-access/configuration-file", """
    <?xml version="1.0" encoding="utf-8" ?>
    <AssignedAccessConfiguration xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config">
      <Profiles>
        <Profile Id="{@1@}">
          <KioskModeApp AppUserModelId="TallyHo.KioskApp_8wekyb3d8bbwe!App" />
        </Profile>
        <Profile Id="{@2@}">
          <AllAppsList>
            <AllowedApps>
              <App AppUserModelId="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App" />
              <App DesktopAppPath="C:\\Program Files\\SelfCheckout\\ScoShell.exe" />
            </AllowedApps>
          </AllAppsList>
          <StartLayout><![CDATA[<LayoutModificationTemplate />]]></StartLayout>
          <Taskbar ShowTaskbar="false"/>
        </Profile>
      </Profiles>
      <Configs>
        <Config>
          <Account>KioskUser</Account>
          <DefaultProfile Id="{@1@}"/>
        </Config>
      </Configs>
    </AssignedAccessConfiguration>
    """, uuid_s().upper(), uuid_s().upper(), crlf=True)

DV("android-provisioning", "checksum", "kiosk/android/provisioning-ethernet.json", "https://developer.android.com/work/dpc/build-dpc#qr_code", """
    {
      "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": "com.tallyho.kiosk/.admin.KioskAdminReceiver",
      "android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION": "https://mdm.tallyho.coffee/apk/kiosk-dpc-2.3.1.apk",
      "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "@1@",
      "android.app.extra.PROVISIONING_USE_MOBILE_DATA": false,
      "android.app.extra.PROVISIONING_SKIP_ENCRYPTION": false,
      "android.app.extra.PROVISIONING_TIME_ZONE": "America/Chicago",
      "android.app.extra.PROVISIONING_LOCALE": "en_US",
      "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
        "store_id": "austin-03",
        "mode": "menu-board"
      }
    }
    """, b64url(bytes(_rng().getrandbits(8) for _ in range(32))))

DV("json-config", "extension-ids", "kiosk/chrome/policies/managed/kiosk.json", "https://chromeenterprise.google/policies/", """
    {
      "HomepageLocation": "https://orders.tallyho.coffee/kiosk",
      "RestoreOnStartup": 4,
      "RestoreOnStartupURLs": ["https://orders.tallyho.coffee/kiosk"],
      "PasswordManagerEnabled": false,
      "IncognitoModeAvailability": 1,
      "DeveloperToolsAvailability": 2,
      "ExtensionInstallForcelist": [
        "@1@;https://clients2.google.com/service/update2/crx",
        "@2@;https://kiosk-ext.tallyho.coffee/updates.xml"
      ],
      "URLBlocklist": ["*"],
      "URLAllowlist": ["orders.tallyho.coffee", "js.stripe.com", "fonts.gstatic.com"],
      "PrintingEnabled": true,
      "DefaultPrinterSelection": "{ \\"kind\\": \\"local\\", \\"namePattern\\": \\"TSP143\\" }"
    }
    """, draw(32, "abcdefghijklmnop"), draw(32, "abcdefghijklmnop"))

DV("json-config", "bcrypt-hash", "kiosk-app/resources/staff.json", "https://github.com/kelektiv/node.bcrypt.js", """
    {
      "adminMenu": {
        "gesture": "five-finger-hold",
        "timeoutSeconds": 30
      },
      "staff": [
        {"name": "Shift lead", "role": "admin", "pinHash": "@1@"},
        {"name": "Barista", "role": "refunds", "pinHash": "@2@"},
        {"name": "Tech", "role": "service", "pinHash": "@3@"}
      ],
      "lockoutAfterFailures": 5
    }
    """, bcrypt_hash(), bcrypt_hash(), bcrypt_hash())

DV("unattend-xml", "sysprep-redacted", "kiosk/image/unattend.sysprepped.xml", "https://learn.microsoft.com/en-us/windows-hardware/manufacture/desktop/update-windows-settings-and-scripts-create-your-own-answer-file-sxs", """
    <?xml version="1.0" encoding="utf-8"?>
    <unattend xmlns="urn:schemas-microsoft-com:unattend">
      <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
          <AutoLogon>
            <Enabled>true</Enabled>
            <Username>KioskUser</Username>
            <Password>
              <Value>*SENSITIVE*DATA*DELETED*</Value>
              <PlainText>true</PlainText>
            </Password>
          </AutoLogon>
          <UserAccounts>
            <LocalAccounts>
              <LocalAccount wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
                <Password><Value>*SENSITIVE*DATA*DELETED*</Value><PlainText>true</PlainText></Password>
                <Name>KioskUser</Name>
                <Group>Users</Group>
              </LocalAccount>
            </LocalAccounts>
          </UserAccounts>
        </component>
      </settings>
    </unattend>
    """, crlf=True)

DV("registry", "lsa-autologon", "kiosk/autologon-lsa.reg", "https://learn.microsoft.com/en-us/sysinternals/downloads/autologon", """
    Windows Registry Editor Version 5.00

    ; Password is NOT stored here: run Sysinternals Autologon64.exe on each lane once,
    ; it writes the password as an LSA secret. This file only sets the user and shell.
    [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
    "AutoAdminLogon"="1"
    "DefaultUserName"="sco-kiosk"
    "DefaultDomainName"="."
    "DefaultPassword"=-
    "Shell"="C:\\\\Program Files\\\\SelfCheckout\\\\ScoShell.exe"
    """, crlf=True)


# ================================================================ inventory and supplier sync

SV("json-config", "sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", words_pw(), """
    {
      "name": "Supplier drop (Greenleaf Foods)",
      "host": "sftp.greenleaffoods.com",
      "protocol": "sftp",
      "port": 22,
      "username": "store_nw_0112",
      "password": "@S@",
      "remotePath": "/outbound/pricebook",
      "uploadOnSave": false,
      "useTempFile": false,
      "openSsh": false,
      "ignore": [".vscode", ".git", "*.bak"]
    }
    """)

SV("winscp-script", "sftp-password", "scripts/winscp/pricebook_download.txt", "https://winscp.net/eng/docs/scripting", url_pw(), """
    # WinSCP script: run by Task Scheduler as
    #   winscp.com /ini=nul /log=C:\\POS\\logs\\pricebook.log /script=pricebook_download.txt
    option batch abort
    option confirm off
    open sftp://nw0112:@S@@sftp.greenleaffoods.com/ -hostkey="ssh-ed25519 255 @1@"
    cd /outbound/pricebook
    lcd C:\\POS\\import\\pricebook
    get -neweronly *.csv
    mv *.csv /outbound/pricebook/archive/
    close
    exit
    """, draw(43, ALNUM + "+/"), crlf=True)

SV("crontab", "ftp-password", "deploy/cron/supplier-edi.cron", "https://lftp.yar.ru/lftp-man.html", rand_pw(14, "!#%"), """
    # m h dom mon dow  command  (installed into /etc/cron.d on backoffice-01)
    SHELL=/bin/bash
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    MAILTO=ops@northwindgrocers.com

    # EDI 850 purchase orders out, 855/856 acknowledgements in
    */20 6-22 * * * edi lftp -u nwgrocers,'@S@' -e "mirror -R /srv/edi/out /inbound/850; mirror /outbound /srv/edi/in; bye" ftps://edi.coastaldistributors.com >> /var/log/edi/lftp.log 2>&1
    5 23 * * *      edi /usr/local/bin/edi-archive --days 30
    """)

_ak = fakes.aws_key_id(_seed())
SV("rclone-conf", "aws-secret-key", "deploy/backup/rclone.conf", "https://rclone.org/s3/#configuration", fakes.aws_secret_key(_seed()), """
    # journal + receipt archive from the store server to S3 (copied to C:\\ProgramData\\rclone)
    [receipts]
    type = s3
    provider = AWS
    env_auth = false
    access_key_id = @1@
    secret_access_key = @S@
    region = us-east-2
    location_constraint = us-east-2
    acl = private
    server_side_encryption = AES256
    storage_class = STANDARD_IA
    """, _ak)

SV("aws-credentials", "aws-secret-key", "deploy/store-server/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
   fakes.aws_secret_key(_seed()), """
    [default]
    region = us-west-2

    [pos-journal-upload]
    aws_access_key_id = @1@
    aws_secret_access_key = @S@
    region = us-west-2
    """, fakes.aws_key_id(_seed()))

_gcp_key = pem_key("")
_gcp_key = _gcp_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
SV("gcp-service-account", "private-key", "secrets/bq-sales-export.json", "https://cloud.google.com/iam/docs/keys-create-delete",
   pem_body_line(_gcp_key), """
    {
      "type": "service_account",
      "project_id": "nw-retail-analytics",
      "private_key_id": "@1@",
      "private_key": "@2@\\n",
      "client_email": "sales-export@nw-retail-analytics.iam.gserviceaccount.com",
      "client_id": "@3@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sales-export%40nw-retail-analytics.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, hexs(40), _gcp_key.replace("\n", "\\n"), str(_rng().randint(10**20, 10**21)), shown="")

SV("azure-functions", "storage-account-key", "InventorySync/local.settings.json", "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file",
   draw(86, ALNUM + "+/") + "==", """
    {
      "IsEncrypted": false,
      "Values": {
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=nwinventorysync;AccountKey=@S@;EndpointSuffix=core.windows.net",
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "PosExportContainer": "pos-exports",
        "ShopifyShop": "northwind-goods.myshopify.com",
        "ShopifyToken": "@Microsoft.KeyVault(SecretUri=https://nw-retail-kv.vault.azure.net/secrets/shopify-admin-token/)"
      },
      "Host": {
        "LocalHttpPort": 7071,
        "CORS": "*"
      }
    }
    """)

_ppk_lines = [draw(64, ALNUM + "+/") for _ in range(14)]
SV("ppk", "private-key", "keys/greenleaf-sftp.ppk", "https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html",
   _ppk_lines[0], """
    PuTTY-User-Key-File-2: ssh-rsa
    Encryption: none
    Comment: nw0112@greenleaf pricebook
    Public-Lines: 6
    AAAAB3NzaC1yc2EAAAADAQABAAABAQC@1@
    @2@
    @3@
    @4@
    @5@
    @6@
    Private-Lines: 14
    @S@
    @7@
    Private-MAC: @8@
    """, draw(33, ALNUM + "+/"), *(draw(64, ALNUM + "+/") for _ in range(4)), draw(40, ALNUM + "+/") + "=",
    "\n".join(_ppk_lines[1:]), hexs(40))

SV("netrc", "ftp-password", "home/edi/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", rand_pw(12), """
    # supplier EDI and price feeds
    machine edi.coastaldistributors.com
      login nwgrocers
      password @S@

    machine feeds.greenleaffoods.com
      login anonymous
      password ops@northwindgrocers.com
    """)

SV("yaml-config", "as2-basic-auth", "edi/as2/partners.yaml", "https://www.rfc-editor.org/rfc/rfc4130", shop_pw(), """
    # AS2 trading partners for the distribution center
    local:
      as2_id: NWGROCERS-DC
      signing_cert: /etc/as2/certs/nwgrocers-signing.pem
      signing_key_file: /etc/as2/private/nwgrocers-signing.key

    partners:
      - name: Coastal Distributors
        as2_id: COASTALDIST
        url: https://as2.coastaldistributors.com/as2/receive
        encryption: aes256
        signature: sha256
        mdn: sync
        partner_cert: /etc/as2/partners/coastal.pem
        http_auth:
          user: nwgrocers
          password: "@S@"
      - name: Greenleaf Foods
        as2_id: GREENLEAF01
        url: https://edi.greenleaffoods.com/as2
        encryption: aes128
        signature: sha256
        mdn: async
        partner_cert: /etc/as2/partners/greenleaf.pem
    """)

DV("winscp-script", "key-path-and-hostkey", "scripts/winscp/invoices_upload.txt", "https://winscp.net/eng/docs/scriptcommand_open", """
    # Uploads AP invoices; authenticates with a key file (no password in this script)
    option batch abort
    option confirm off
    open sftp://nw0112@sftp.greenleaffoods.com/ -privatekey="C:\\POS\\keys\\greenleaf-sftp.ppk" -hostkey="ssh-ed25519 255 @1@"
    cd /inbound/invoices
    lcd C:\\POS\\export\\invoices
    put -delete *.xml
    close
    exit
    """, draw(43, ALNUM + "+/"), crlf=True)

DV("known-hosts", "host-keys", "roles/edi/files/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
    sftp.greenleaffoods.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@1@
    sftp.greenleaffoods.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@2@=
    edi.coastaldistributors.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC@3@
    |1|@4@=|@5@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@6@
    [sftp.partner-portal.net]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@7@
    """, draw(43, ALNUM + "+/"), draw(87, ALNUM + "+/"), draw(200, ALNUM + "+/"), draw(27, ALNUM + "+/"),
    draw(27, ALNUM + "+/"), draw(43, ALNUM + "+/"), draw(43, ALNUM + "+/"))

DV("csv", "barcodes", "data/pricebook/greenleaf_2024-05.csv", "https://www.gs1.org/standards/barcodes/ean-upc", """
    gtin,supplier_sku,description,case_qty,unit_cost,retail,department
    @1@,GL-10442,Organic Rolled Oats 1kg,12,2.41,4.99,GROCERY
    @2@,GL-10443,Steel Cut Oats 750g,12,2.88,5.49,GROCERY
    @3@,GL-22019,Almond Butter Smooth 340g,6,5.10,9.99,GROCERY
    @4@,GL-30071,Oat Milk Barista 1L,8,1.62,3.29,DAIRY-ALT
    @5@,GL-30072,Oat Milk Unsweetened 1L,8,1.55,3.19,DAIRY-ALT
    @6@,GL-41107,Dark Chocolate 85% 100g,20,1.35,3.49,CONFECTION
    """, *(ean13() for _ in range(6)))

DV("dotnet-appsettings", "keyvault-reference", "InventorySync/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "ConnectionStrings": {
        "PosDb": "@Microsoft.KeyVault(VaultName=nw-retail-kv;SecretName=posdb-connection)",
        "Storage": "@Microsoft.KeyVault(SecretUri=https://nw-retail-kv.vault.azure.net/secrets/storage-connection/)"
      },
      "Shopify": {
        "Shop": "northwind-goods.myshopify.com",
        "AccessToken": "@Microsoft.KeyVault(VaultName=nw-retail-kv;SecretName=shopify-admin-token)"
      },
      "Schedule": "0 */15 * * * *"
    }
    """)


# ================================================================ store databases

SV("web-config", "sql-password", "BackOffice.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
   shop_pw(), """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <configSections>
        <section name="entityFramework" type="System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection, EntityFramework" requirePermission="false" />
      </configSections>
      <connectionStrings>
        <add name="RetailDb" connectionString="Data Source=BACKOFFICE01\\SQLEXPRESS;Initial Catalog=Retail;User ID=bo_web;Password=@S@;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="StoreNumber" value="0112" />
        <add key="ReceiptArchivePath" value="\\\\NAS01\\receipts" />
        <add key="webpages:Version" value="3.0.0.0" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8" />
        <httpRuntime targetFramework="4.8" />
        <authentication mode="Windows" />
      </system.web>
    </configuration>
    """, crlf=True)

SV("ini", "sql-sa-password", "C:/POS/Config/POS.ini", "https://learn.microsoft.com/en-us/sql/relational-databases/native-client/applications/using-connection-string-keywords-with-sql-server-native-client",
   season_pw(), """
    [Store]
    Number=0112
    Name=Northwind Grocers - Maple Ave
    Lanes=6

    [Database]
    Server=BACKOFFICE01\\SQLEXPRESS
    Database=POSDATA
    UID=sa
    PWD=@S@
    Timeout=30

    [Journal]
    Path=D:\\Journal
    KeepDays=400

    [Devices]
    Scanner=Datalogic Magellan 9800i
    Scale=COM3
    Drawer=Printer
    """, crlf=True)

SV("udl", "oledb-password", "C:/POS/Reports/posdata.udl", "https://learn.microsoft.com/en-us/sql/ado/guide/appendixes/microsoft-ole-db-provider-for-sql-server",
   words_pw(), """
    [oledb]
    ; Everything after this line is an OLE DB initstring
    Provider=SQLOLEDB.1;Password=@S@;Persist Security Info=True;User ID=reports;Initial Catalog=POSDATA;Data Source=BACKOFFICE01\\SQLEXPRESS
    ;
    ; used by the Crystal end-of-day reports on the manager PC
    ;
    """, crlf=True)

SV("compose", "postgres-password", "backoffice/docker-compose.yml", "https://hub.docker.com/_/postgres", url_pw(), """
    version: "3.9"
    services:
      backoffice:
        build: .
        ports: ["8069:8069"]
        environment:
          DATABASE_URL: postgresql://backoffice:@S@@db:5432/backoffice
          TZ: America/New_York
        depends_on: [db]
      db:
        image: postgres:15-alpine
        environment:
          POSTGRES_DB: backoffice
          POSTGRES_USER: backoffice
          POSTGRES_PASSWORD: @S@
        volumes:
          - ./pgdata:/var/lib/postgresql/data
    """)

SV("my-cnf", "mysql-password", "deploy/inventory-db/replica.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", rand_pw(18, "!%^*"), """
    # Inventory read replica in the store closet (feeds shelf-label printing)
    [mysqld]
    server-id = 112
    relay-log = /var/lib/mysql/relay-bin
    read_only = ON
    super_read_only = ON
    log_slave_updates = OFF

    [client]
    user = inv_reader
    password = "@S@"
    host = 127.0.0.1

    [mysqldump]
    single-transaction
    quick
    """)

SV("dotenv", "mongodb-uri", "menu-service/.env", "https://www.mongodb.com/docs/manual/reference/connection-string/", url_pw(), """
    # menu-service: kiosk and menu board content
    PORT=5050
    MONGODB_URI=mongodb+srv://menu-svc:@S@@tallyho-prod.x7k2p.mongodb.net/menus?retryWrites=true&w=majority
    CDN_BASE=https://cdn.tallyho.coffee/menu
    CACHE_TTL_SECONDS=120
    """)

SV("rails-yaml", "redis-url", "config/redis.yml", "https://redis.io/docs/latest/develop/connect/clients/", fakes.redis_password(_seed()), """
    # carts on the handheld POS devices are kept in Redis between scans
    development:
      url: redis://localhost:6379/1

    test:
      url: redis://localhost:6379/2

    production:
      url: redis://:@S@@redis-pos.internal.harborlinens.com:6379/0
      ssl_params:
        verify_mode: <%= OpenSSL::SSL::VERIFY_PEER %>
      pool_size: 20
    """)

SV("shell", "pgpass-heredoc", "scripts/setup_reporting.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", rand_pw(22), """
    #!/usr/bin/env bash
    # One-time setup of the reporting user on a new manager laptop.
    set -e

    cat > "$HOME/.pgpass" <<EOF
    reporting.db.northwindgrocers.internal:5432:retail:report_ro:@S@
    EOF
    chmod 600 "$HOME/.pgpass"

    mkdir -p "$HOME/reports"
    psql -h reporting.db.northwindgrocers.internal -U report_ro -d retail -c "select now();"
    echo "reporting access OK"
    """)

SV("odoo-conf", "db-password", "etc/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", words_pw(), """
    [options]
    ; Odoo 17 POS + inventory for the two garden centres
    admin_passwd = $pbkdf2-sha512$600000$@1@$@2@
    db_host = pg.internal
    db_port = 5432
    db_user = odoo
    db_password = @S@
    dbfilter = ^gardencentre$
    list_db = False
    proxy_mode = True
    workers = 4
    max_cron_threads = 1
    limit_time_real = 600
    addons_path = /usr/lib/python3/dist-packages/odoo/addons,/opt/odoo/custom-addons
    logfile = /var/log/odoo/odoo-server.log
    """, draw(22, ALNUM + "./"), draw(86, ALNUM + "./"))

SV("json-config", "db-password", "sites/pos.bramblegarden.com/site_config.json", "https://frappeframework.com/docs/user/en/basics/site_config", rand_pw(16), """
    {
     "db_name": "_3f9a1c7e20d14b6a",
     "db_password": "@S@",
     "db_type": "mariadb",
     "host_name": "https://pos.bramblegarden.com",
     "maintenance_mode": 0,
     "pause_scheduler": 0,
     "developer_mode": 0
    }
    """)

SV("spring-yaml", "db-password", "loyalty-service/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data",
   shop_pw(), """
    spring:
      datasource:
        url: jdbc:postgresql://loyalty-db.prod.internal:5432/loyalty
        username: loyalty_app
        password: '@S@'
        hikari:
          maximum-pool-size: 15
      jpa:
        open-in-view: false
        hibernate:
          ddl-auto: validate

    loyalty:
      points-per-currency-unit: 1
      tiers:
        silver: 500
        gold: 2000
        platinum: 6000
      expiry-months: 18

    management:
      endpoints.web.exposure.include: health,info,prometheus
    """)

SV("rails-yaml", "db-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", passphrase(), """
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: giftcards_development

    test:
      <<: *default
      database: giftcards_test

    production:
      <<: *default
      database: giftcards_production
      host: giftcards-db.internal.harborlinens.com
      username: giftcards
      password: @S@
    """)

SV("sql", "login-password", "db/migrations/2024_03_create_sync_login.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql",
   words_pw(), """
    -- Login for the inventory sync service (runs on the cloud VM, connects over the VPN)
    USE [master];
    GO
    IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'inv_sync')
        CREATE LOGIN [inv_sync] WITH PASSWORD = N'@S@', CHECK_POLICY = ON, DEFAULT_DATABASE = [POSDATA];
    GO
    USE [POSDATA];
    GO
    CREATE USER [inv_sync] FOR LOGIN [inv_sync];
    ALTER ROLE [db_datareader] ADD MEMBER [inv_sync];
    GRANT EXECUTE ON SCHEMA::[sync] TO [inv_sync];
    GO
    """, crlf=True)

SV("vba", "ado-password", "reports/EndOfDay.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/connect-to-a-database-using-ado",
   shop_pw(), """
    Attribute VB_Name = "EndOfDay"
    Option Explicit

    ' Pulls the day's tender totals into the "EOD" sheet of the manager workbook.
    Private Const CONN As String = "Provider=SQLOLEDB;Data Source=BACKOFFICE01\\SQLEXPRESS;" & _
        "Initial Catalog=POSDATA;User ID=eod_report;Password=@S@;"

    Public Sub RefreshTenders()
        Dim cn As Object, rs As Object
        Set cn = CreateObject("ADODB.Connection")
        cn.Open CONN
        Set rs = cn.Execute("SELECT tender, SUM(amount) FROM dbo.Tenders " & _
                            "WHERE business_date = CAST(GETDATE() AS date) GROUP BY tender")
        With ThisWorkbook.Worksheets("EOD")
            .Range("A2:B20").ClearContents
            .Range("A2").CopyFromRecordset rs
        End With
        rs.Close
        cn.Close
    End Sub
    """, crlf=True)


# ================================================================ back-office scripts, CI and packaging

SV("makefile", "cli-password-flag", "Makefile", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", rand_pw(16), """
    .PHONY: seed-prices dump-inventory labels

    DB_HOST ?= 10.12.0.5
    DB_NAME ?= inventory

    seed-prices:
    \tmysql -h $(DB_HOST) -u pricing -p'@S@' $(DB_NAME) < sql/seed_prices.sql

    dump-inventory:
    \tmysqldump -h $(DB_HOST) -u pricing $(DB_NAME) stock_levels > out/stock_levels.sql

    labels: dump-inventory
    \tpython -m labels.render --input out/stock_levels.sql --printer zebra-aisle3
    """)

SV("dockerfile", "env-token", "pos-bridge/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", shopify("shpat_"), """
    FROM python:3.12-slim

    WORKDIR /app
    RUN apt-get update && apt-get install -y --no-install-recommends unixodbc && rm -rf /var/lib/apt/lists/*

    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    ENV SHOPIFY_SHOP=pemberton-outdoor.myshopify.com \\
        SHOPIFY_ACCESS_TOKEN=@S@ \\
        SYNC_INTERVAL=300

    USER 10001
    CMD ["python", "-m", "pos_bridge"]
    """)

SV("gitlab-ci", "basic-auth-curl", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", url_pw(), """
    stages: [build, package, publish]

    build:
      stage: build
      image: mcr.microsoft.com/dotnet/sdk:8.0
      script:
        - dotnet publish src/Till.App -c Release -r win-x64 -o out/till

    package:
      stage: package
      image: alpine:3.19
      script:
        - apk add --no-cache zip
        - cd out && zip -r ../till-$CI_COMMIT_SHORT_SHA.zip till

    publish:
      stage: publish
      image: curlimages/curl:8.6.0
      script:
        - curl -f -u deploy:@S@ --upload-file till-$CI_COMMIT_SHORT_SHA.zip "https://nexus.brightwater.internal/repository/till-builds/"
      only:
        - main
    """)

SV("jenkinsfile", "sshpass-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", season_pw(), """
    pipeline {
        agent { label 'linux' }
        parameters {
            string(name: 'STORES', defaultValue: '0112 0118 0131', description: 'store numbers')
        }
        stages {
            stage('Build') {
                steps {
                    sh 'npm ci && npm run build'
                }
            }
            stage('Deploy to store servers') {
                steps {
                    sh '''
                      for s in ${STORES}; do
                        sshpass -p '@S@' scp -o StrictHostKeyChecking=no -r dist/* posadmin@store${s}.nwg.local:/opt/menuboard/
                      done
                    '''
                }
            }
        }
    }
    """)

SV("batch", "net-use-password", "scripts/map_drives.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)",
   shop_pw(), """
    @echo off
    REM Maps the receipt archive and price file shares on each till at logon.
    net use R: /delete /y >nul 2>&1
    net use P: /delete /y >nul 2>&1
    net use R: \\\\NAS01\\receipts /user:NWG\\tillsvc @S@ /persistent:no
    net use P: \\\\NAS01\\pricefiles /persistent:no
    if errorlevel 1 (
        echo Could not map shares >> C:\\POS\\logs\\logon.log
        exit /b 1
    )
    xcopy P:\\current\\*.csv C:\\POS\\import\\ /Y /D >nul
    """, crlf=True)

SV("systemd", "env-token", "deploy/systemd/kds-relay.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
   toast_secret(), """
    [Unit]
    Description=Kitchen display relay (Toast -> KDS screens)
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=kds
    WorkingDirectory=/opt/kds-relay
    Environment=TOAST_HOSTNAME=https://ws-api.toasttab.com
    Environment=TOAST_CLIENT_ID=@1@
    Environment=TOAST_CLIENT_SECRET=@S@
    Environment=KDS_SCREENS=grill,fry,expo
    ExecStart=/opt/kds-relay/venv/bin/python -m kds_relay
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, draw(32))

SV("supervisor", "env-token", "deploy/supervisor/loyalty-worker.conf", "http://supervisord.org/configuration.html#program-x-section-values",
   "pk_" + hexs(34), """
    [program:loyalty-worker]
    command=/srv/loyalty/venv/bin/celery -A loyalty worker -Q points,emails -c 4
    directory=/srv/loyalty
    user=loyalty
    autostart=true
    autorestart=true
    stopasgroup=true
    stdout_logfile=/var/log/loyalty/worker.log
    redirect_stderr=true
    environment=DJANGO_SETTINGS_MODULE="loyalty.settings.prod",KLAVIYO_PRIVATE_KEY="@S@",CELERY_BROKER_URL="redis://127.0.0.1:6379/3"
    """)

SV("ansible", "become-password", "inventories/stores/group_vars/store_servers.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
   words_pw(), """
    ---
    ansible_user: posadmin
    ansible_become: true
    ansible_become_method: sudo
    ansible_become_password: "@S@"

    pos_version: 7.4.2
    pos_journal_dir: /srv/pos/journal
    receipt_printer_model: TM-m30III
    ntp_servers:
      - 0.us.pool.ntp.org
      - 1.us.pool.ntp.org
    backup_bucket: s3://nwg-store-backups
    """)

SV("ansible-inventory", "winrm-password", "inventories/tills/hosts.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options",
   season_pw(), """
    [tills]
    till-0112-01 ansible_host=10.12.1.11
    till-0112-02 ansible_host=10.12.1.12
    till-0112-03 ansible_host=10.12.1.13
    till-0118-01 ansible_host=10.18.1.11
    till-0118-02 ansible_host=10.18.1.12

    [tills:vars]
    ansible_connection=winrm
    ansible_winrm_transport=ntlm
    ansible_winrm_server_cert_validation=ignore
    ansible_user=NWG\\svc_tillmgmt
    ansible_password=@S@
    ansible_port=5986
    """)

SV("terraform", "datadog-api-key", "infra/stores/terraform.tfvars", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", hexs(32), """
    region        = "us-east-2"
    environment   = "prod"
    store_count   = 38
    vpn_cidr      = "10.0.0.0/8"

    datadog_api_key = "@S@"
    datadog_site    = "datadoghq.com"

    monitored_services = ["pos-api", "inventory-sync", "loyalty-service", "kds-relay"]
    tags = {
      team  = "store-tech"
      owner = "retail-platform"
    }
    """)

SV("yaml-config", "datadog-api-key", "deploy/store-server/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", hexs(32), """
    ## Datadog Agent on each store server
    api_key: @S@
    site: datadoghq.com
    hostname_fqdn: true
    tags:
      - env:prod
      - role:store-server
      - chain:northwind
    logs_enabled: true
    process_config:
      process_collection:
        enabled: true
    """)

SV("ini", "newrelic-license", "loyalty/newrelic.ini", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", newrelic_key(), """
    [newrelic]
    license_key = @S@
    app_name = Loyalty Service (Production)
    monitor_mode = true
    log_level = info
    high_security = false
    transaction_tracer.enabled = true
    transaction_tracer.record_sql = obfuscated
    error_collector.enabled = true
    error_collector.ignore_status_codes = 100-102 200-208 226 300-308 404

    [newrelic:staging]
    app_name = Loyalty Service (Staging)
    monitor_mode = true
    """)

SV("ini", "sentry-token", "kiosk-app/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file", sentry_token(), """
    [defaults]
    url = https://sentry.io/
    org = tallyho-coffee
    project = kiosk-app

    [auth]
    token = @S@

    [log]
    level = warn
    """)

SV("npmrc", "npm-token", ".npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", fakes.fake("npm_", 36, _seed()), """
    @brightwater:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@S@
    save-exact=true
    engine-strict=true
    fund=false
    """)

SV("pip-conf", "index-basic-auth", "deploy/till-image/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", url_pw(), """
    [global]
    index-url = https://till-build:@S@@pypi.brightwater.internal/simple/
    extra-index-url = https://pypi.org/simple/
    trusted-host = pypi.brightwater.internal
    timeout = 60
    disable-pip-version-check = true
    """)

SV("nuget-config", "feed-password", "NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
   mixed(52), """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <clear />
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
        <add key="RetailPackages" value="https://pkgs.dev.azure.com/brightwater/_packaging/retail/nuget/v3/index.json" />
      </packageSources>
      <packageSourceCredentials>
        <RetailPackages>
          <add key="Username" value="build" />
          <add key="ClearTextPassword" value="@S@" />
        </RetailPackages>
      </packageSourceCredentials>
    </configuration>
    """, crlf=True)

SV("maven-settings", "repo-password", ".mvn/settings.xml", "https://maven.apache.org/settings.html#servers", words_pw(), """
    <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
      <servers>
        <server>
          <id>bw-nexus</id>
          <username>ci-loyalty</username>
          <password>@S@</password>
        </server>
      </servers>
      <mirrors>
        <mirror>
          <id>bw-nexus</id>
          <mirrorOf>*</mirrorOf>
          <url>https://nexus.brightwater.internal/repository/maven-public/</url>
        </mirror>
      </mirrors>
    </settings>
    """)

SV("gradle-properties", "repo-password", "pos-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties",
   rand_pw(24), """
    org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
    android.useAndroidX=true
    android.nonTransitiveRClass=true
    kotlin.code.style=official

    # Artifactory with the Zebra/Honeywell scanner SDK mirrors
    artifactoryUrl=https://artifactory.brightwater.internal/artifactory
    artifactoryUser=android-ci
    artifactoryPassword=@S@
    """)

SV("java-properties", "keystore-password", "pos-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
   shop_pw(), """
    # release signing for the handheld POS app (Zebra TC52 fleet)
    storeFile=../keys/pos-release.jks
    storePassword=@S@
    keyAlias=pos-release
    keyPassword=@S@
    """)

SV("dotenv", "match-password", "ios/fastlane/.env.default", "https://docs.fastlane.tools/actions/match/#encryption-password", passphrase(), """
    # fastlane env for the iPad register app
    FASTLANE_USER=mobile-ci@harborlinens.com
    FASTLANE_TEAM_ID=7Q9KX2B3LM
    MATCH_GIT_URL=git@github.com:harborlinens/ios-certificates.git
    MATCH_TYPE=appstore
    MATCH_PASSWORD=@S@
    APP_IDENTIFIER=com.harborlinens.register
    """)

_reg_auth = url_pw()
SV("docker-config", "registry-auth", "deploy/store-server/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
   _reg_auth, """
    {
      "auths": {
        "registry.brightwater.internal": {
          "auth": "@S@"
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """, shown=b64("store-pull:" + _reg_auth))

SV("gitconfig", "github-token", "provision/store-server/gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf",
   fakes.github_token(_seed()), """
    [user]
    \tname = Store Deploy
    \temail = store-deploy@brightwater.io
    [core]
    \tautocrlf = false
    [pull]
    \tff = only
    # menu-board content repos are private; the store servers pull them every night
    [url "https://store-deploy:@S@@github.com/"]
    \tinsteadOf = https://github.com/
    """)

SV("shell", "vault-token", "scripts/bootstrap_store_secrets.sh", "https://developer.hashicorp.com/vault/docs/commands", vault_token(), """
    #!/usr/bin/env bash
    # Seeds a new store's secrets path in Vault. Run once per store from the ops laptop.
    set -euo pipefail
    STORE="${1:?store number}"

    export VAULT_ADDR=https://vault.brightwater.internal:8200
    export VAULT_TOKEN=@S@

    vault kv put "retail/stores/${STORE}/till" sql_user="till_${STORE}" sql_password="$(openssl rand -base64 24)"
    vault kv put "retail/stores/${STORE}/printers" admin_password="$(openssl rand -base64 18)"
    vault policy write "store-${STORE}" - <<EOF
    path "retail/data/stores/${STORE}/*" { capabilities = ["read"] }
    EOF
    echo "store ${STORE} seeded"
    """)

SV("tomcat-users", "admin-password", "backoffice/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html", season_pw(), """
    <?xml version="1.0" encoding="UTF-8"?>
    <tomcat-users xmlns="http://tomcat.apache.org/xml"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
                  version="1.0">
      <!-- manager app on the back-office box; used to redeploy the pricing WAR -->
      <role rolename="manager-gui"/>
      <role rolename="manager-script"/>
      <user username="storeadmin" password="@S@" roles="manager-gui,manager-script"/>
    </tomcat-users>
    """)


# ================================================================ shipping, labels, barcodes, search

_ss_secret = hexs(32)
SV("http-file", "basic-auth-header", "api/shipstation.http", "https://www.shipstation.com/docs/api/requirements/#authentication", _ss_secret, """
    ### ShipStation: orders waiting to ship from the store ship-from-store queue
    @host = https://ssapi.shipstation.com

    GET {{host}}/orders?orderStatus=awaiting_shipment&storeId=318844&pageSize=100
    Authorization: Basic @S@
    Accept: application/json

    ### label for one order
    POST {{host}}/orders/createlabelfororder
    Authorization: Basic @S@
    Content-Type: application/json

    {"orderId": 93348851, "carrierCode": "ups_walleted", "serviceCode": "ups_ground", "testLabel": false}
    """, shown=b64(hexs(32) + ":" + _ss_secret))

SV("dotenv", "easypost-key", "shipping-service/.env", "https://docs.easypost.com/docs/authentication", easypost_key(), """
    SERVICE_NAME=shipping-service
    EASYPOST_API_KEY=@S@
    EASYPOST_MODE=production
    DEFAULT_CARRIER=USPS
    LABEL_FORMAT=ZPL
    LABEL_PRINTER_QUEUE=zebra-shipping-1
    RETURN_ADDRESS_ID=adr_@1@
    """, hexs(32))

SV("ruby", "shippo-key", "app/services/labels/shippo_client.rb", "https://docs.goshippo.com/docs/guides_general/authentication/", shippo_key(), """
    # frozen_string_literal: true

    require "shippo"

    module Labels
      class ShippoClient
        Shippo::API.token = "@S@"
        Shippo::API.version = "2018-02-08"

        FROM = {
          name: "Harbor Linens Returns",
          street1: "1420 Dock St",
          city: "Tacoma", state: "WA", zip: "98402", country: "US"
        }.freeze

        def rate(parcel, to)
          shipment = Shippo::Shipment.create(address_from: FROM, address_to: to, parcels: [parcel], async: false)
          shipment.rates.min_by { |r| r.amount.to_f }
        end

        def label(rate)
          Shippo::Transaction.create(rate: rate.object_id, label_file_type: "ZPLII", async: false)
        end
      end
    end
    """)

SV("yaml-config", "oauth-client-secret", "shipping-service/config/carriers.yaml", "https://developer.ups.com/api/reference/oauth/client-credentials", draw(64), """
    carriers:
      ups:
        enabled: true
        account_number: 8W2Y19
        oauth:
          token_url: https://onlinetools.ups.com/security/v1/oauth/token
          client_id: @1@
          client_secret: @S@
        services: [ground, 2nd_day_air, next_day_air_saver]
      usps:
        enabled: true
        via: easypost
      fedex:
        enabled: false
    label:
      format: ZPL
      size: 4x6
    """, draw(48))

SV("java-properties", "oauth-client-secret", "shipping/src/main/resources/fedex.properties", "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html",
   hexs(32), """
    # FedEx REST API (ship-from-store labels)
    fedex.api.url=https://apis.fedex.com
    fedex.oauth.grant-type=client_credentials
    fedex.oauth.client-id=l7@1@
    fedex.oauth.client-secret=@S@
    fedex.account-number=740561073
    fedex.label.format=ZPLII
    fedex.label.stock=STOCK_4X6
    fedex.pickup.type=USE_SCHEDULED_PICKUP
    """, hexs(30))

SV("go", "barcode-api-key", "internal/barcode/lookup.go", "https://www.barcodelookup.com/api", draw(30, LOWER_DIGITS), """
    package barcode

    import (
    \t"encoding/json"
    \t"fmt"
    \t"net/http"
    \t"time"
    )

    const (
    \tlookupURL = "https://api.barcodelookup.com/v3/products"
    \tapiKey    = "@S@"
    )

    var client = &http.Client{Timeout: 10 * time.Second}

    // Product is the subset of the lookup response the receiving app shows.
    type Product struct {
    \tBarcode     string `json:"barcode_number"`
    \tTitle       string `json:"title"`
    \tBrand       string `json:"brand"`
    \tCategory    string `json:"category"`
    }

    // Lookup resolves an unknown GTIN scanned at receiving.
    func Lookup(gtin string) (*Product, error) {
    \tresp, err := client.Get(fmt.Sprintf("%s?barcode=%s&formatted=y&key=%s", lookupURL, gtin, apiKey))
    \tif err != nil {
    \t\treturn nil, err
    \t}
    \tdefer resp.Body.Close()
    \tvar out struct{ Products []Product `json:"products"` }
    \tif err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Products) == 0 {
    \t\treturn nil, fmt.Errorf("no product for %s", gtin)
    \t}
    \treturn &out.Products[0], nil
    }
    """)

SV("django-settings", "google-api-key", "locator/settings/prod.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", google_key(), """
    \"\"\"Store locator backend: geocodes store addresses and serves nearest-store lookups.\"\"\"
    from .common import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["stores.harborlinens.com"]

    # server-side key, restricted to the Geocoding + Places APIs by IP
    GOOGLE_MAPS_SERVER_KEY = "@S@"

    STORE_SEARCH_RADIUS_KM = 50
    STORE_SEARCH_LIMIT = 8
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://cache:6379/4"}}
    """)

SV("javascript", "algolia-admin-key", "scripts/index-products.mjs", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", hexs(32), """
    // Re-index the catalog for the in-store "find it" kiosks.
    import algoliasearch from 'algoliasearch';
    import { readFile } from 'node:fs/promises';

    const client = algoliasearch('@1@', '@S@');
    const index = client.initIndex('products_store_kiosk');

    const rows = JSON.parse(await readFile(new URL('../out/catalog.json', import.meta.url)));
    const records = rows.map((p) => ({
      objectID: p.sku,
      name: p.name,
      aisle: p.aisle,
      bay: p.bay,
      price: p.price,
      inStock: p.qty > 0,
    }));

    await index.replaceAllObjects(records, { safe: true });
    console.log(`indexed ${records.length} products`);
    """, draw(10, UPPER_DIGITS))

SV("json-config", "contentful-token", "signage/.contentfulrc.json", "https://github.com/contentful/contentful-cli/blob/main/docs/config/README.md", contentful_token(), """
    {
      "managementToken": "@S@",
      "activeSpaceId": "@1@",
      "activeEnvironmentId": "master",
      "host": "api.contentful.com",
      "insecure": false
    }
    """, draw(12, LOWER_DIGITS))


# ================================================================ loyalty and gift cards

SV("python", "loyalty-api-key", "loyalty/yotpo_client.py", "https://loyaltyapi.yotpo.com/reference/authentication", draw(22), """
    import requests

    BASE = "https://loyalty.yotpo.com/api/v2"
    HEADERS = {
        "x-guid": "@1@",
        "x-api-key": "@S@",
        "Content-Type": "application/json",
    }


    def award_in_store_purchase(email: str, order_id: str, amount_cents: int, store: str) -> dict:
        payload = {
            "customer_email": email,
            "total_amount_cents": amount_cents,
            "currency_code": "USD",
            "order_id": order_id,
            "ip_address": "0.0.0.0",
            "user_agent": f"pos/{store}",
        }
        resp = requests.post(f"{BASE}/orders", json=payload, headers=HEADERS, timeout=15)
        resp.raise_for_status()
        return resp.json()
    """, draw(22))

SV("yaml-config", "oauth-client-secret", "config/punchh.yml", "https://developers.punchh.com/docs/dev-portal-online-ordering/authentication", hexs(64), """
    # Punchh loyalty: POS check-ins and redemptions
    punchh:
      server: https://server.punchh.com
      location_key: @1@
      business_key: @2@
      mobile_api:
        client_id: @3@
        secret: @S@
      pos:
        send_checkins: true
        redemption_types: [reward, banked_currency, redemption_code]
    """, hexs(32), hexs(32), hexs(64))

SV("dotenv", "loyalty-secret", ".env.loyaltylion", "https://developers.loyaltylion.com/rest-api/authentication", hexs(32), """
    # LoyaltyLion REST API for the POS points lookup screen
    LOYALTYLION_TOKEN=@1@
    LOYALTYLION_SECRET=@S@
    LOYALTYLION_BASE=https://api.loyaltylion.com/v2
    POINTS_DISPLAY=true
    """, hexs(32))

SV("python", "signing-secret", "loyalty/member_qr.py", "https://docs.python.org/3/library/hmac.html", draw(48, URLSAFE), """
    \"\"\"Member QR codes shown in the app and scanned at the till.

    The code is "<member id>.<expiry>.<hmac>"; the till verifies it offline with the same key.
    \"\"\"
    import base64
    import hashlib
    import hmac
    import time

    QR_SIGNING_KEY = b"@S@"
    TTL_SECONDS = 300


    def issue(member_id: str) -> str:
        expiry = int(time.time()) + TTL_SECONDS
        msg = f"{member_id}.{expiry}".encode()
        sig = base64.urlsafe_b64encode(hmac.new(QR_SIGNING_KEY, msg, hashlib.sha256).digest()).rstrip(b"=")
        return f"{member_id}.{expiry}.{sig.decode()}"


    def verify(code: str) -> bool:
        member_id, expiry, sig = code.rsplit(".", 2)
        if int(expiry) < time.time():
            return False
        return hmac.compare_digest(issue_sig(member_id, expiry), sig)


    def issue_sig(member_id: str, expiry: str) -> str:
        msg = f"{member_id}.{expiry}".encode()
        return base64.urlsafe_b64encode(hmac.new(QR_SIGNING_KEY, msg, hashlib.sha256).digest()).rstrip(b"=").decode()
    """)

SV("toml", "hmac-secret", "giftcards/settings.toml", "https://toml.io/en/v1.0.0", hexs(64), """
    [service]
    name = "giftcards"
    bind = "0.0.0.0:8088"

    [cards]
    bin_prefix = "603571"
    length = 19
    # HMAC key for the card check digits printed on the back of physical cards
    code_hmac_key = "@S@"
    max_balance_cents = 50000

    [db]
    url_env = "GIFTCARDS_DATABASE_URL"
    """)

SV("django-settings", "django-secret-key", "kiosk_backend/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", fakes.django_secret_key(_seed()), """
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    SECRET_KEY = '@S@'

    DEBUG = False
    ALLOWED_HOSTS = ['kiosk.tallyho.coffee']

    INSTALLED_APPS = [
        'django.contrib.admin',
        'django.contrib.auth',
        'django.contrib.contenttypes',
        'django.contrib.sessions',
        'django.contrib.staticfiles',
        'rest_framework',
        'menu',
        'orders',
    ]

    DATABASES = {
        'default': {
            'ENGINE': 'django.db.backends.postgresql',
            'NAME': 'kiosk',
            'HOST': 'db',
            'USER': 'kiosk',
            'PASSWORD': '',  # peer auth via the unix socket in the pod
        }
    }
    TIME_ZONE = 'America/Chicago'
    """)

_woo = woo("cs_")
SV("markdown", "woocommerce-secret", "docs/runbooks/stock-mismatch.md", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", _woo, """
    # Runbook: website shows stock the store doesn't have

    1. Check the last sync in Grafana (panel *Woo stock sync lag*).
    2. Compare one SKU directly against the shop API:

    ```bash
    curl -s https://shop.bramblegarden.com/wp-json/wc/v3/products?sku=BG-20114 \\
      -u @1@:@S@ | jq '.[0].stock_quantity'
    ```

    3. If the numbers differ, re-run the sync for that store:

    ```bash
    ssh posadmin@store-02 'sudo systemctl start woo-stock-sync.service'
    ```

    4. Still wrong after 10 minutes? Page the retail-platform on-call.
    """, woo("ck_"))

SV("postman-env", "oauth-client-secret", "postman/lightspeed-x.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
   draw(32), """
    {
      "id": "@1@",
      "name": "Lightspeed X-Series (prod)",
      "values": [
        {"key": "domain_prefix", "value": "kiwicycles", "type": "default", "enabled": true},
        {"key": "client_id", "value": "@2@", "type": "default", "enabled": true},
        {"key": "client_secret", "value": "@S@", "type": "secret", "enabled": true},
        {"key": "redirect_uri", "value": "https://ops.kiwicycles.nz/oauth/callback", "type": "default", "enabled": true},
        {"key": "access_token", "value": "", "type": "secret", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-04-02T21:14:09.331Z",
      "_postman_exported_using": "Postman/10.24.16"
    }
    """, uuid_s(), draw(32))

SV("python", "mdm-api-key", "fleet/esper_reboot.py", "https://docs.esper.io/home/devices/apikey.html", draw(30), """
    \"\"\"Nightly reboot of the order kiosks through the Esper MDM API.\"\"\"
    import esperclient
    from esperclient.rest import ApiException

    configuration = esperclient.Configuration()
    configuration.host = "https://tallyho-api.esper.cloud/api"
    configuration.api_key["Authorization"] = "@S@"
    configuration.api_key_prefix["Authorization"] = "Bearer"

    ENTERPRISE_ID = "@1@"
    GROUP_ID = "@2@"

    api = esperclient.CommandsV2Api(esperclient.ApiClient(configuration))
    request = esperclient.V0CommandRequest(
        command_type="DEVICE", devices=[], groups=[GROUP_ID], device_type="all", command="REBOOT",
    )
    try:
        api.create_command(ENTERPRISE_ID, request)
    except ApiException as exc:
        print("reboot failed:", exc)
    """, uuid_s(), uuid_s())


# ================================================================ keys and files inside files

_ap_key = pem_key("EC")
S("pem", "private-key", "certs/applepay/merchant_identity.key", "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment",
  _ap_key, _ap_key + "\n")

_mtls = pem_key("RSA")
SV("helm-values", "private-key", "deploy/kiosk-gateway/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/yaml_techniques/#strings-in-yaml", _mtls, """
    replicaCount: 2
    image:
      repository: ghcr.io/tallyho/kiosk-gateway
      tag: 1.9.3

    # kiosks present client certs; the gateway terminates mTLS itself
    tls:
      enabled: true
      caBundle: /etc/kiosk-gateway/ca/kiosk-ca.pem
      cert: |
    @1@
      key: |
    @S@

    service:
      type: LoadBalancer
      port: 443
    """, indent(cert_pem(), "    "), shown=indent(_mtls, "    "))

_ssh = openssh_key()
SV("shell", "private-key", "provision/store-server/install-deploy-key.sh", "https://man.openbsd.org/ssh-keygen.1", _ssh, """
    #!/bin/sh
    # Installs the read-only deploy key so the store server can pull menu-board content.
    set -e
    install -d -m 700 /home/posadmin/.ssh
    cat > /home/posadmin/.ssh/id_ed25519 <<'KEY'
    @S@
    KEY
    chmod 600 /home/posadmin/.ssh/id_ed25519
    chown -R posadmin:posadmin /home/posadmin/.ssh
    ssh-keyscan github.com >> /home/posadmin/.ssh/known_hosts
    """)

_cnf_pw = rand_pw(20)
SV("k8s-configmap", "mysql-password", "k8s/inventory-db/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", _cnf_pw, """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: inventory-db-client
      namespace: store-integrations
    data:
      client.cnf: |
        [client]
        host = inventory-db.store-integrations.svc
        port = 3306
        user = inv_sync
        password = @S@
        default-character-set = utf8mb4
      sync.yaml: |
        batch_size: 500
        interval_seconds: 120
    """)

SV("wlan-profile", "wifi-password", "kiosk/wifi/TallyHo-Kiosk.xml", "https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-sharedkey-security-element",
   words_pw(), """
    <?xml version="1.0"?>
    <WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
      <name>TallyHo-Kiosk</name>
      <SSIDConfig>
        <SSID><name>TallyHo-Kiosk</name></SSID>
      </SSIDConfig>
      <connectionType>ESS</connectionType>
      <connectionMode>auto</connectionMode>
      <MSM>
        <security>
          <authEncryption>
            <authentication>WPA2PSK</authentication>
            <encryption>AES</encryption>
            <useOneX>false</useOneX>
          </authEncryption>
          <sharedKey>
            <keyType>passPhrase</keyType>
            <protected>false</protected>
            <keyMaterial>@S@</keyMaterial>
          </sharedKey>
        </security>
      </MSM>
    </WLANProfile>
    """, crlf=True)

SV("cloud-init", "chpasswd-password", "kiosk/menuboard/user-data", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords", passphrase(), """
    #cloud-config
    hostname: menuboard-03
    timezone: America/Chicago
    users:
      - name: kiosk
        groups: [video, audio, input]
        shell: /bin/bash
        lock_passwd: false
    chpasswd:
      expire: false
      users:
        - name: kiosk
          password: @S@
          type: text
    packages: [chromium-browser, unclutter, x11vnc]
    runcmd:
      - [systemctl, enable, --now, menuboard-kiosk.service]
    """)


# ================================================================ decoys: ciphertext, hashes, public material

DV("ansible", "vault-file", "inventories/stores/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-files-with-ansible-vault", """
    $ANSIBLE_VAULT;1.1;AES256
    @1@
    """, vault_blob(14, ""))

DV("sops", "encrypted-values", "deploy/pos-api/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
    pos_api:
        stripe_restricted_key: @1@
        database_url: @2@
        adyen_hmac_key: @3@
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: age1@4@
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                @5@
                @6@
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-04-18T09:12:44Z"
        mac: @7@
        pgp: []
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, sops_value(120), sops_value(64), sops_value(88), draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    draw(64, ALNUM + "+/"), draw(40, ALNUM + "+/") + "=", sops_value(60))

DV("sealed-secret", "encrypted-data", "k8s/loyalty/sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: loyalty-service
      namespace: loyalty
    spec:
      encryptedData:
        SPRING_DATASOURCE_PASSWORD: @1@
        KLAVIYO_PRIVATE_KEY: @2@
      template:
        metadata:
          name: loyalty-service
          namespace: loyalty
        type: Opaque
    """, sealed_value(), sealed_value())

DV("json-fixture", "pbkdf2-hash", "stores/fixtures/managers.json", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "gm.mapleave",
          "password": "@1@",
          "is_staff": true,
          "email": "gm.mapleave@northwindgrocers.com"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "asm.mapleave",
          "password": "@2@",
          "is_staff": true,
          "email": "asm.mapleave@northwindgrocers.com"
        }
      }
    ]
    """, pbkdf2_hash(), pbkdf2_hash())

DV("yaml-config", "argon2-hash", "config/staff.yaml", "https://github.com/P-H-C/phc-winner-argon2#command-line-utility", """
    # Back-office web users (passwords are argon2id hashes, set with `bo-admin passwd`)
    users:
      - login: jmorales
        role: store_manager
        stores: [112]
        password_hash: "@1@"
      - login: tkhan
        role: district_manager
        stores: [112, 118, 131]
        password_hash: "@2@"
      - login: kiosk-svc
        role: service
        stores: ["*"]
        password_hash: "@3@"
    session_minutes: 30
    """, argon2_hash(), argon2_hash(), argon2_hash())

DV("htpasswd", "apr1-bcrypt-hashes", "deploy/printer-proxy/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
    storeadmin:$apr1$@1@$@2@
    helpdesk:@3@
    printmon:$apr1$@4@$@5@
    cloudprnt:@6@
    regional:@7@
    """, draw(8, ALNUM + "./"), draw(22, ALNUM + "./"), bcrypt_hash().replace("$2b$", "$2y$"), draw(8, ALNUM + "./"),
    draw(22, ALNUM + "./"), bcrypt_hash().replace("$2b$", "$2y$"), bcrypt_hash().replace("$2b$", "$2y$"))

DV("authorized-keys", "public-keys", "roles/store_server/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
    # managed by ansible (role store_server), do not edit on the box
    @1@
    @2@
    @3@
    from="10.0.0.0/8",no-agent-forwarding @4@
    @5@
    """, ssh_pub("jmorales@laptop"), ssh_pub("tkhan@ops-mbp"), ssh_pub("ansible@ops-runner"),
    ssh_pub("jenkins@ci-01"), ssh_pub("helpdesk@remote-support"))

DV("checksums", "sha256sums", "kiosk/images/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """
    @1@  menuboard-2024.05.1-arm64.img.xz
    @2@  menuboard-2024.05.1-arm64.img.xz.sig
    @3@  orderkiosk-win11-2024.04.wim
    @4@  orderkiosk-dpc-2.3.1.apk
    @5@  sco-shell-setup-5.8.0.msi
    @6@  firmware/TM-m30III_1.11.bin
    @7@  firmware/mC-Print3_5.2.bin
    """, *(sha256() for _ in range(7)))

DV("package-lock", "integrity-hashes", "kiosk-ui/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
    {
      "name": "kiosk-ui",
      "version": "3.4.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "kiosk-ui",
          "version": "3.4.0",
          "dependencies": {
            "@stripe/terminal-js": "^0.17.0",
            "react": "^18.2.0"
          }
        },
        "node_modules/@stripe/terminal-js": {
          "version": "0.17.0",
          "resolved": "https://registry.npmjs.org/@stripe/terminal-js/-/terminal-js-0.17.0.tgz",
          "integrity": "@1@"
        },
        "node_modules/react": {
          "version": "18.2.0",
          "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
          "integrity": "@2@",
          "dependencies": {
            "loose-envify": "^1.1.0"
          }
        },
        "node_modules/loose-envify": {
          "version": "1.4.0",
          "resolved": "https://registry.npmjs.org/loose-envify/-/loose-envify-1.4.0.tgz",
          "integrity": "@3@"
        }
      }
    }
    """, integrity(), integrity(), integrity())

DV("gemfile-lock", "git-revisions", "Gemfile.lock", "https://bundler.io/guides/git.html", """
    GIT
      remote: https://github.com/harborlinens/shopify_pos_ext.git
      revision: @1@
      branch: main
      specs:
        shopify_pos_ext (0.9.2)
          shopify_api (>= 13.0)

    GIT
      remote: https://github.com/harborlinens/escpos-ruby.git
      revision: @2@
      tag: v0.4.1
      specs:
        escpos (0.4.1)

    GEM
      remote: https://rubygems.org/
      specs:
        shopify_api (14.0.1)
        shippo (3.2.0)

    PLATFORMS
      x86_64-linux

    BUNDLED WITH
       2.5.6
    """, git_sha(), git_sha())

DV("go-sum", "module-hashes", "go.sum", "https://go.dev/ref/mod#go-sum-files", """
    github.com/google/uuid v1.6.0 h1:@1@=
    github.com/google/uuid v1.6.0/go.mod h1:@2@=
    github.com/jackc/pgx/v5 v5.5.5 h1:@3@=
    github.com/jackc/pgx/v5 v5.5.5/go.mod h1:@4@=
    github.com/stripe/stripe-go/v76 v76.25.0 h1:@5@=
    github.com/stripe/stripe-go/v76 v76.25.0/go.mod h1:@6@=
    """, *(draw(43, ALNUM + "+/") for _ in range(6)))

DV("markdown", "commit-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
    # Changelog

    ## [3.4.0] - 2024-05-02
    ### Added
    - Tipping screen on the order kiosks (@1@)
    - Star mC-Print3 support for kitchen tickets (@2@)

    ### Fixed
    - Receipt reprint lost the loyalty balance line (@3@)
    - Square webhook retries no longer duplicate orders (@4@)

    ## [3.3.2] - 2024-04-11
    ### Fixed
    - Adyen refunds on split tenders (@5@)
    """, git_sha(), git_sha(), git_sha()[:12], git_sha(), git_sha()[:7])

DV("kustomization", "image-digests", "k8s/overlays/prod/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: store-integrations
    resources:
      - ../../base
    images:
      - name: ghcr.io/brightwater/square-sync
        digest: sha256:@1@
      - name: ghcr.io/brightwater/toast-connector
        digest: sha256:@2@
      - name: ghcr.io/brightwater/inventory-sync
        digest: sha256:@3@
    patches:
      - path: replicas.yaml
    """, sha256(), sha256(), sha256())

DV("pem", "public-key", "keys/loyalty-partner-verify.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """
    Brewhouse Rewards partner signing key (P-256), public half.
    Used by the tills to verify partner-issued member tokens offline.
    Fingerprint published at https://partners.brewhouse.io/keys

    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@1@
    @2@
    -----END PUBLIC KEY-----
    """, draw(28, ALNUM + "+/"), draw(60, ALNUM + "+/") + "==")

DV("json-config", "jwks-public", "public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "@1@",
          "n": "@2@",
          "e": "AQAB"
        }
      ]
    }
    """, hexs(16), draw(342, URLSAFE))

DV("apple-pay-association", "public-file", "public/.well-known/apple-developer-merchantid-domain-association", "https://developer.apple.com/documentation/apple_pay_on_the_web/setting_up_your_server", """
    @1@
    @2@
    @3@
    @4@
    @5@
    """, *(hexs(128) for _ in range(5)))


# ================================================================ decoys: references and templates

DV("terraform", "secret-manager-reference", "infra/pos-api/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
    data "aws_secretsmanager_secret_version" "stripe" {
      secret_id = "prod/pos-api/stripe-restricted-key"
    }

    resource "random_password" "pos_db" {
      length           = 32
      special          = true
      override_special = "!#%*-_"
    }

    resource "aws_ssm_parameter" "pos_db_password" {
      name  = "/pos/prod/db/password"
      type  = "SecureString"
      value = random_password.pos_db.result
    }

    variable "adyen_api_key" {
      type      = string
      sensitive = true
    }

    locals {
      pos_env = {
        STRIPE_RESTRICTED_KEY = data.aws_secretsmanager_secret_version.stripe.secret_string
        ADYEN_API_KEY         = var.adyen_api_key
      }
    }
    """)

DV("powershell", "secret-store-reference", "scripts/Sync-PriceFiles.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
    # Pulls price files from the supplier share; credentials come from the SecretStore vault.
    Import-Module Microsoft.PowerShell.SecretManagement

    $cred = Get-Secret -Name 'Greenleaf-SFTP' -Vault 'RetailOps'
    if (-not $cred) {
        $cred = Get-Credential -Message 'Greenleaf SFTP login'
        Set-Secret -Name 'Greenleaf-SFTP' -Secret $cred -Vault 'RetailOps'
    }

    $session = New-SFTPSession -ComputerName 'sftp.greenleaffoods.com' -Credential $cred -AcceptKey
    Get-SFTPItem -SessionId $session.SessionId -Path '/outbound/pricebook' -Destination 'C:\\POS\\import' -Force
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
    """, crlf=True)

DV("java", "property-placeholder", "loyalty-service/src/main/java/io/brewhouse/loyalty/CloverProperties.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
    package io.brewhouse.loyalty;

    import org.springframework.beans.factory.annotation.Value;
    import org.springframework.stereotype.Component;

    @Component
    public class CloverProperties {

        @Value("${clover.oauth.app-id}")
        private String appId;

        @Value("${clover.oauth.app-secret}")
        private String appSecret;

        @Value("${clover.base-url:https://api.clover.com}")
        private String baseUrl;

        public String appId() { return appId; }
        public String appSecret() { return appSecret; }
        public String baseUrl() { return baseUrl; }
    }
    """)

DV("csproj", "user-secrets-id", "src/Till.Payments/Till.Payments.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
    <Project Sdk="Microsoft.NET.Sdk.Web">

      <PropertyGroup>
        <TargetFramework>net8.0</TargetFramework>
        <Nullable>enable</Nullable>
        <ImplicitUsings>enable</ImplicitUsings>
        <UserSecretsId>@1@</UserSecretsId>
        <RootNamespace>Till.Payments</RootNamespace>
      </PropertyGroup>

      <ItemGroup>
        <PackageReference Include="Adyen" Version="17.1.0" />
        <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />
      </ItemGroup>

    </Project>
    """, uuid_s())

DV("python", "test-dummy", "tests/test_square_webhook.py", "https://developer.squareup.com/docs/webhooks/step3validate", """
    import base64
    import hashlib
    import hmac

    from bridge.webhooks import is_valid_signature

    SIGNATURE_KEY = "test-signature-key"
    NOTIFICATION_URL = "https://example.com/square/events/"
    BODY = '{"merchant_id":"MLTEST","type":"order.updated","event_id":"evt-1"}'


    def _sign(body: str) -> str:
        digest = hmac.new(SIGNATURE_KEY.encode(), (NOTIFICATION_URL + body).encode(), hashlib.sha256).digest()
        return base64.b64encode(digest).decode()


    def test_accepts_valid_signature():
        assert is_valid_signature(BODY, _sign(BODY), SIGNATURE_KEY, NOTIFICATION_URL)


    def test_rejects_tampered_body():
        assert not is_valid_signature(BODY + " ", _sign(BODY), SIGNATURE_KEY, NOTIFICATION_URL)
    """)

DV("yaml-config", "secret-manager-paths", "loyalty/rules.yaml", "https://cloud.google.com/secret-manager/docs/access-secret-version", """
    program: Brewhouse Rewards
    earn:
      points_per_dollar: 10
      double_points_days: [TUE]
      exclusions: [gift_cards, tips, bottle_deposit]
    tiers:
      - {name: Regular, min_points: 0}
      - {name: Regular+, min_points: 1500}
      - {name: Founders, min_points: 6000}
    integrations:
      clover_app_secret: projects/brewhouse-prod/secrets/clover-app-secret/versions/latest
      klaviyo_private_key: projects/brewhouse-prod/secrets/klaviyo-private-key/versions/latest
      qr_signing_key: projects/brewhouse-prod/secrets/member-qr-key/versions/3
    """)

DV("serverless", "ssm-reference", "receipts-api/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """
    service: receipts-api
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: nodejs20.x
      region: us-east-2
      environment:
        SENDGRID_API_KEY: ${ssm:/receipts/prod/sendgrid-api-key}
        TWILIO_AUTH_TOKEN: ${ssm:/receipts/prod/twilio-auth-token}
        TWILIO_ACCOUNT_SID: ${ssm:/receipts/prod/twilio-account-sid}
        RECEIPTS_BUCKET: ${self:service}-${sls:stage}-receipts

    functions:
      send:
        handler: src/send.handler
        events:
          - httpApi: {path: /receipts, method: post}
    """)

DV("vault-template", "template-expression", "deploy/vault-agent/pos-api.env.ctmpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
    {{- with secret "retail/data/pos-api/stripe" -}}
    STRIPE_RESTRICTED_KEY={{ .Data.data.restricted_key }}
    STRIPE_WEBHOOK_SECRET={{ .Data.data.webhook_secret }}
    {{- end }}
    {{- with secret "retail/data/pos-api/adyen" }}
    ADYEN_API_KEY={{ .Data.data.api_key }}
    ADYEN_HMAC_KEY={{ .Data.data.hmac_key }}
    {{- end }}
    {{- with secret "database/creds/pos-api" }}
    DATABASE_URL=postgres://{{ .Data.username }}:{{ .Data.password }}@pos-db.internal:5432/pos
    {{- end }}
    """)

DV("k8s-deployment", "secret-key-ref", "k8s/base/toast-connector/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: toast-connector
    spec:
      replicas: 1
      selector:
        matchLabels: {app: toast-connector}
      template:
        metadata:
          labels: {app: toast-connector}
        spec:
          containers:
            - name: connector
              image: ghcr.io/brightwater/toast-connector:2.1.0
              env:
                - name: TOAST_CLIENT_ID
                  valueFrom:
                    secretKeyRef: {name: toast-connector, key: TOAST_CLIENT_ID}
                - name: TOAST_CLIENT_SECRET
                  valueFrom:
                    secretKeyRef: {name: toast-connector, key: TOAST_CLIENT_SECRET}
              resources:
                limits: {memory: 256Mi}
    """)

DV("compose", "env-interpolation", "store-stack/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/variable-interpolation/", """
    services:
      pos-api:
        image: ghcr.io/tallyho-coffee/pos-api:3.8
        env_file: .env
        environment:
          DATABASE_URL: postgres://pos:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/pos
          STRIPE_RESTRICTED_KEY: ${STRIPE_RESTRICTED_KEY}
          REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      redis:
        image: redis:7-alpine
        command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: pos
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    """)

DV("ini", "documented-default", "C:/POS/Config/POS.sample.ini", "https://learn.microsoft.com/en-us/sql/relational-databases/native-client/applications/using-connection-string-keywords-with-sql-server-native-client", """
    ; Sample till configuration shipped with the installer.
    ; The installer asks for the real database login; these are placeholders.
    [Store]
    Number=0000
    Name=<store name>
    Lanes=1

    [Database]
    Server=<backoffice>\\SQLEXPRESS
    Database=POSDATA
    UID=<sql login>
    PWD=<password>

    [Journal]
    Path=D:\\Journal
    KeepDays=400
    """, crlf=True)

DV("python", "generated-at-runtime", "integrations/oauth/state.py", "https://docs.python.org/3/library/secrets.html", """
    \"\"\"OAuth state/nonce handling for the Square and Clover connect buttons.\"\"\"
    import hashlib
    import secrets

    from django.core.cache import cache

    STATE_TTL = 600


    def new_state(merchant_session: str) -> str:
        state = secrets.token_urlsafe(32)
        cache.set(f"oauth-state:{state}", merchant_session, STATE_TTL)
        return state


    def pkce_pair() -> tuple[str, str]:
        verifier = secrets.token_urlsafe(64)
        challenge = hashlib.sha256(verifier.encode()).hexdigest()
        return verifier, challenge


    def consume_state(state: str) -> str | None:
        session = cache.get(f"oauth-state:{state}")
        cache.delete(f"oauth-state:{state}")
        return session
    """)

DV("xml-config", "scanner-profile", "handheld/datawedge/dwprofile_Receiving.xml", "https://techdocs.zebra.com/datawedge/latest/guide/settings/", """
    <?xml version="1.0" encoding="UTF-8"?>
    <wap-provisioningdoc>
      <characteristic type="Profile">
        <parm name="ProfileName" value="Receiving"/>
        <parm name="ProfileEnabled" value="true"/>
        <characteristic type="AppTable">
          <parm name="com.brightwater.receiving" value="*"/>
        </characteristic>
        <characteristic type="Barcode">
          <parm name="decoder_ean13" value="true"/>
          <parm name="decoder_upca" value="true"/>
          <parm name="decoder_gs1_databar" value="true"/>
          <parm name="decoder_datamatrix" value="true"/>
        </characteristic>
        <characteristic type="Intent">
          <parm name="intent_output_enabled" value="true"/>
          <parm name="intent_action" value="com.brightwater.receiving.SCAN"/>
          <parm name="intent_delivery" value="2"/>
        </characteristic>
        <characteristic type="Keystroke">
          <parm name="keystroke_output_enabled" value="false"/>
        </characteristic>
      </characteristic>
    </wap-provisioningdoc>
    """)

DV("java-properties", "jasypt-ciphertext", "pricing-service/src/main/resources/application.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
    spring.application.name=pricing-service
    spring.datasource.url=jdbc:sqlserver://backoffice01:1433;databaseName=POSDATA;encrypt=true;trustServerCertificate=true
    spring.datasource.username=pricing
    spring.datasource.password=ENC(@1@)
    jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
    jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
    # jasypt.encryptor.password comes from JASYPT_ENCRYPTOR_PASSWORD on the host
    pricing.markdown.schedule=0 0 5 * * *
    """, draw(64, ALNUM + "+/") + "==")

DV("helm-template", "template-expression", "charts/square-bridge/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc", """
    {{- if not .Values.square.existingSecret }}
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "square-bridge.fullname" . }}
      labels:
        {{- include "square-bridge.labels" . | nindent 4 }}
    type: Opaque
    data:
      SQUARE_ACCESS_TOKEN: {{ required "square.accessToken is required" .Values.square.accessToken | b64enc | quote }}
      SQUARE_WEBHOOK_SIGNATURE_KEY: {{ .Values.square.signatureKey | default "" | b64enc | quote }}
    {{- end }}
    """)

DV("dotenv", "placeholder", "integrations/toast/.env.example", "https://doc.toasttab.com/doc/devguide/authentication.html", """
    # Toast credentials are issued by the Toast integrations team per environment.
    # Ask #restaurant-data for access; do not paste real values in this file.
    TOAST_HOSTNAME=https://ws-sandbox-api.eng.toasttab.com
    TOAST_CLIENT_ID=<client-id>
    TOAST_CLIENT_SECRET=<client-secret>
    TOAST_RESTAURANT_GUIDS=<guid>,<guid>
    POLL_MINUTES=10
    """)

DV("csv", "hashed-identifiers", "exports/loyalty_members_2024-05.csv", "https://www.rfc-editor.org/rfc/rfc6234", """
    member_id,email_sha256,tier,points,joined,home_store
    @1@,@2@,Regular,320,2023-02-11,112
    @3@,@4@,Regular+,1890,2021-08-30,118
    @5@,@6@,Founders,7420,2019-05-04,112
    @7@,@8@,Regular,40,2024-04-29,131
    """, uuid_s(), sha256(), uuid_s(), sha256(), uuid_s(), sha256(), uuid_s(), sha256())

DV("liquid", "template-expression", "pos/receipt_template.liquid", "https://shopify.dev/docs/api/liquid", """
    <div class="receipt">
      <h1>{{ shop.name }}</h1>
      <p>{{ location.address1 }}, {{ location.city }}</p>
      <p>Order {{ order.name }} &middot; {{ order.created_at | date: "%b %d, %Y %I:%M %p" }}</p>
      {% for line_item in order.line_items %}
        <div class="line">
          <span>{{ line_item.quantity }} &times; {{ line_item.title }}</span>
          <span>{{ line_item.final_line_price | money }}</span>
        </div>
      {% endfor %}
      <p class="total">Total {{ order.total_price | money_with_currency }}</p>
      {% if customer %}<p>Thanks, {{ customer.first_name }}!</p>{% endif %}
    </div>
    """)

DV("javascript", "env-reference", "app/webhooks/shopify-verify.js", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", """
    import crypto from 'node:crypto';

    // X-Shopify-Hmac-Sha256 is a digest of the raw body, keyed with the app's client secret.
    export function verifyShopifyWebhook(rawBody, hmacHeader) {
      const secret = process.env.SHOPIFY_API_SECRET;
      if (!secret) throw new Error('SHOPIFY_API_SECRET is not set');
      const digest = crypto.createHmac('sha256', secret).update(rawBody, 'utf8').digest('base64');
      const a = Buffer.from(digest);
      const b = Buffer.from(hmacHeader || '');
      return a.length === b.length && crypto.timingSafeEqual(a, b);
    }

    // example header from the Shopify docs test payload:
    // X-Shopify-Hmac-Sha256: @1@=
    """, draw(43, ALNUM + "+/"))

DV("makefile", "env-reference", "ops/Makefile", "https://www.gnu.org/software/make/manual/html_node/Environment.html", """
    .PHONY: backup restore check-env

    check-env:
    \t@test -n "$$DB_PASSWORD" || (echo "export DB_PASSWORD first" && exit 1)

    backup: check-env
    \tPGPASSWORD="$$DB_PASSWORD" pg_dump -h $(DB_HOST) -U backoffice backoffice | gzip > backups/backoffice-$$(date +%F).sql.gz

    restore: check-env
    \tgunzip -c $(FILE) | PGPASSWORD="$$DB_PASSWORD" psql -h $(DB_HOST) -U backoffice backoffice
    """)

DV("gitlab-ci", "masked-variable", "edi/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """
    stages: [test, deploy]

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -r requirements.txt
        - pytest -q

    deploy-edi-scripts:
      stage: deploy
      image: alpine:3.19
      before_script:
        - apk add --no-cache lftp
      script:
        - lftp -u "$SFTP_USER","$SFTP_PASSWORD" -e "mirror -R scripts /opt/edi/scripts; bye" "sftp://$EDI_HOST"
      only: [main]
    """)

DV("notebook", "masked-output", "analysis/basket_size.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#sqlalchemy.engine.URL", """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "data": {"text/plain": ["Engine(postgresql+psycopg://report_ro:***@reporting.db.northwindgrocers.internal:5432/retail)"]},
         "execution_count": 2,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "import os\\n",
        "from sqlalchemy import create_engine\\n",
        "engine = create_engine(os.environ['REPORTING_URL'])\\n",
        "engine"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """)

DV("java-properties", "placeholder", "pos-android/keystore.properties.example", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
    # Copy to keystore.properties (git-ignored). Ask mobile-leads for the release keystore.
    storeFile=../keys/pos-release.jks
    storePassword=YOUR_STORE_PASSWORD
    keyAlias=pos-release
    keyPassword=YOUR_KEY_PASSWORD
    """)

DV("nuget-config", "env-reference", "build/NuGet.CI.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#using-environment-variables", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <clear />
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
        <add key="RetailPackages" value="https://pkgs.dev.azure.com/brightwater/_packaging/retail/nuget/v3/index.json" />
      </packageSources>
      <packageSourceCredentials>
        <RetailPackages>
          <add key="Username" value="build" />
          <add key="ClearTextPassword" value="%RETAIL_FEED_PAT%" />
        </RetailPackages>
      </packageSourceCredentials>
    </configuration>
    """, crlf=True)

DV("npmrc", "env-reference", "kiosk-ui/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
    @tallyho:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    save-exact=true
    audit-level=high
    fund=false
    """)

DV("maven-settings", "env-reference", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#quick-overview", """
    <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
      <servers>
        <server>
          <id>bw-nexus</id>
          <username>${env.NEXUS_USER}</username>
          <password>${env.NEXUS_PASSWORD}</password>
        </server>
      </servers>
      <mirrors>
        <mirror>
          <id>bw-nexus</id>
          <mirrorOf>*</mirrorOf>
          <url>https://nexus.brightwater.internal/repository/maven-public/</url>
        </mirror>
      </mirrors>
    </settings>
    """)

DV("json-fixture", "transaction-ids", "test/fixtures/terminal-payment-request.json", "https://docs.adyen.com/point-of-sale/basic-tapi-integration/make-a-payment/", """
    {
      "SaleToPOIRequest": {
        "MessageHeader": {
          "ProtocolVersion": "3.0",
          "MessageClass": "Service",
          "MessageCategory": "Payment",
          "MessageType": "Request",
          "SaleID": "BWR-TILL-03",
          "ServiceID": "@1@",
          "POIID": "V400m-@2@"
        },
        "PaymentRequest": {
          "SaleData": {
            "SaleTransactionID": {"TransactionID": "@3@", "TimeStamp": "2024-05-11T14:22:01+01:00"},
            "SaleToAcquirerData": "tenderOption=ReceiptHandler"
          },
          "PaymentTransaction": {"AmountsReq": {"Currency": "GBP", "RequestedAmount": 12.99}}
        }
      }
    }
    """, str(_rng().randint(1000000000, 9999999999)), str(_rng().randint(100000000, 999999999)), uuid_s())

DV("yaml-config", "store-ids", "config/stores.yaml", "https://developer.squareup.com/reference/square/locations-api/list-locations", """
    # Store directory shared by the POS bridge, kiosks and reporting
    stores:
      - number: 112
        name: Maple Ave
        square_location: @1@
        stripe_terminal_location: @2@
        vat_number: GB@3@
        lanes: 6
      - number: 118
        name: Riverside
        square_location: @4@
        stripe_terminal_location: @5@
        vat_number: GB@6@
        lanes: 4
    """, square_location(), "tml_" + draw(24), str(_rng().randint(100000000, 999999999)), square_location(),
    "tml_" + draw(24), str(_rng().randint(100000000, 999999999)))

DV("wlan-profile", "dpapi-protected", "kiosk/wifi/TallyHo-Staff.xml", "https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-sharedkey-security-element", """
    <?xml version="1.0"?>
    <WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
      <name>TallyHo-Staff</name>
      <SSIDConfig>
        <SSID><name>TallyHo-Staff</name></SSID>
      </SSIDConfig>
      <connectionType>ESS</connectionType>
      <connectionMode>auto</connectionMode>
      <MSM>
        <security>
          <authEncryption>
            <authentication>WPA2PSK</authentication>
            <encryption>AES</encryption>
            <useOneX>false</useOneX>
          </authEncryption>
          <sharedKey>
            <keyType>passPhrase</keyType>
            <protected>true</protected>
            <keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB01000000@1@</keyMaterial>
          </sharedKey>
        </security>
      </MSM>
    </WLANProfile>
    """, hexs(420).upper(), crlf=True)

DV("cloud-init", "sha512crypt-hash", "kiosk/menuboard/user-data.hashed", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#including-users-and-groups", """
    #cloud-config
    hostname: menuboard-04
    timezone: America/Chicago
    users:
      - name: kiosk
        groups: [video, audio, input]
        shell: /bin/bash
        lock_passwd: false
        passwd: $6$rounds=4096$@1@$@2@
        ssh_authorized_keys:
          - @3@
    packages: [chromium-browser, unclutter]
    runcmd:
      - [systemctl, enable, --now, menuboard-kiosk.service]
    """, draw(16, ALNUM + "./"), draw(86, ALNUM + "./"), ssh_pub("ansible@ops-runner"))

DV("markdown", "doc-placeholder", "docs/woocommerce-sync.md", "https://woocommerce.github.io/woocommerce-rest-api-docs/#rest-api-keys", """
    # WooCommerce stock sync

    Create a REST key in **WooCommerce > Settings > Advanced > REST API** with *Read/Write*.
    You get a consumer key and a consumer secret:

    | field           | example                                       |
    |-----------------|-----------------------------------------------|
    | Consumer key    | `ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
    | Consumer secret | `cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |

    Put them in the store server's `/etc/woo-stock-sync/env` as `WOO_CK` / `WOO_CS`
    (mode 600) and restart `woo-stock-sync.service`.
    """)
