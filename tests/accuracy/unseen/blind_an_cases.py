"""Blind set AN: e-commerce and marketing-operations teams using Python.

Shopify apps and Admin API tokens, WooCommerce consumer keys, Magento env.php and composer auth,
BigCommerce, Salesforce (simple_salesforce, connected apps, sfdx) and HubSpot integrations,
Mailchimp / Klaviyo / Brevo keys, google-ads.yaml, Meta Marketing API tokens, Google Analytics
service accounts, Segment, ERP syncs and feed exports, SFTP drops to partners, Airflow and cron
feed jobs; and the decoys of that world: SKUs, order ids, storefront tokens meant to be public,
pixel and measurement ids, example keys in docs, env references, ciphertext and hashes.
Generated fakes only (seeds 330000-339999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
HEXUP = "0123456789ABCDEF"
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
_SEED = [330000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 340000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def mixed_of(n: int, alphabet: str) -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# ---- human passwords -------------------------------------------------------------------------
WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Cobalt", "Pebble", "Velvet", "Bramble", "Sparrow", "Hazel"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "basket", "parcel", "ribbon", "cinder"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Holiday", "BlackFriday", "Cyber", "Checkout", "Storefront",
           "Welcome", "Shopping", "Warehouse"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.choice([2021, 2022, 2023, 2024, 2025])) + r.choice(["!", "#", "!!", "$", "*"])


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed_of(n, ALNUM + extra) if not extra else draw(n, ALNUM + extra)


# ---- service tokens (documented shapes, generated) ----------------------------------------------
def shopify(prefix: str) -> str:
    """shpat_ (Admin API), shpca_ (custom app), shppa_ (legacy private app), shpss_ (shared
    secret), shptka_ (Theme Access), prtapi_ (Partner API): prefix + 32 hex."""
    return prefix + hexs(32)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def mailchimp_key(dc: str) -> str:
    return hexs(32) + "-" + dc


def klaviyo_pk() -> str:
    return "pk_" + hexs(34)


def brevo_key(prefix: str = "xkeysib-") -> str:
    return prefix + hexs(64) + "-" + mixed(16)


def gocspx() -> str:
    return "GOCSPX-" + mixed_of(28, URLSAFE)


def google_refresh() -> str:
    r = _rng()
    return "1//0" + r.choice("3459cg") + mixed_of(98, URLSAFE)


def dev_token() -> str:
    return mixed_of(22, URLSAFE)


def meta_token() -> str:
    r = _rng()
    return "EAA" + r.choice("BGIJKLMN") + mixed(r.randint(170, 210))


def sf_consumer_key() -> str:
    return "3MVG9" + mixed_of(80, ALNUM + "._")


def sf_consumer_secret() -> str:
    return draw(64, HEXUP)


def sf_session() -> str:
    return "00D" + mixed(12) + "!AR" + draw(1, "0-9ABCDEFGH") + "AQ" + mixed_of(92, ALNUM + "._")


def sfdx_refresh() -> str:
    return "5Aep861" + mixed_of(81, ALNUM + "._")


def hubspot_pat(region: str = "na1") -> str:
    return f"pat-{region}-" + uuid_s()


def stripe_live(prefix: str = "sk_live_", long: bool = True) -> str:
    return prefix + ("51" + mixed(97) if long else mixed(24))


def paypal_secret() -> str:
    return "E" + mixed_of(79, URLSAFE)


def lwa_secret() -> str:
    return "amzn1.oa2-cs.v1." + hexs(64)


def lwa_refresh() -> str:
    return "Atzr|IwEBI" + mixed_of(300, URLSAFE)


def fernet_key() -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def ebay_cert() -> str:
    return f"PRD-{hexs(12)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(4)}"


def pinterest_token() -> str:
    return "pina_" + draw(96, UPALNUM)


def ga_api_secret() -> str:
    return mixed_of(22, URLSAFE)


# ---- keys and certificates -----------------------------------------------------------------------
def _b64_lines(count: int, head: str = "", width: int = 64, last: int = 0) -> List[str]:
    r = _rng()
    lines = []
    for i in range(count):
        line = "".join(r.choice(B64) for _ in range(width))
        if i == 0 and head:
            line = head + line[len(head):]
        lines.append(line)
    if last:
        lines.append("".join(r.choice(B64) for _ in range(last)) + "=")
    return lines


def rsa_pem(pkcs8: bool = False, lines: int = 25) -> str:
    label = "PRIVATE KEY" if pkcs8 else "RSA PRIVATE KEY"
    head = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" if pkcs8 else "MIIEpAIBAAKCAQEA"
    body = _b64_lines(lines, head, last=44)
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def ec_pem() -> str:
    body = _b64_lines(2, "MHcCAQEEI", last=18)
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    body = _b64_lines(6, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", width=70, last=10)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    body = _b64_lines(lines, "MIIDdzCCAl+gAwIBAgIU", last=20)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    body = _b64_lines(6, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", last=6)
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# ---- decoy values ------------------------------------------------------------------------------
def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, "./" + ALNUM)


def phpass_hash() -> str:
    return "$P$B" + draw(31, "./" + ALNUM)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=4,p=1$" + draw(22, B64) + "$" + draw(43, B64)


def vault_blob(lines: int = 5) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def sops_value(n: int = 40) -> str:
    return f"ENC[AES256_GCM,data:{draw(n, B64)},iv:{draw(43, B64)}=,tag:{draw(22, B64)}==,type:str]"


# ---- case constructors -----------------------------------------------------------------------
def ind(value: str, n: int) -> str:
    """Indent every line of a multi-line value but the first (it follows the template's own indent)."""
    return value.replace("\n", "\n" + " " * n)


def T(text: str, **values: str) -> str:
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        marker = "@@" + key + "@@"
        assert marker in text, key
        text = text.replace(marker, value)
    assert "@@" not in text, text[:80]
    return text


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str) -> LabelledCase:
    return LabelledCase(f"blind-an/{fmt}/{kind}", name, text, secret, source)


def D(fmt: str, what: str, name: str, text: str, source: str) -> LabelledCase:
    return LabelledCase(f"blind-an/{fmt}/decoy-{what}", name, text, None, source)


def SV(fmt: str, kind: str, name: str, template: str, secret: str, source: str, **values: str) -> LabelledCase:
    return S(fmt, kind, name, T(template, S=secret, **values), secret, source)


def DV(fmt: str, what: str, name: str, template: str, source: str, **values: str) -> LabelledCase:
    return D(fmt, what, name, T(template, **values), source)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


CASES: List[LabelledCase] = []
add = CASES.append

# =============================================================================================
# Shopify
# =============================================================================================
add(SV("python", "shopify-admin-token", "apps/shopify_sync/config.py", '''
    """Settings for the nightly Shopify -> warehouse sync (custom app "WMS Bridge")."""
    import os

    SHOP_DOMAIN = "northwind-outfitters.myshopify.com"
    API_VERSION = "2024-07"

    # Admin API access token of the custom app, installed 2024-03-11 by @dana
    SHOPIFY_ACCESS_TOKEN = "@@S@@"

    LOCATION_IDS = {
        "main_dc": 68412039187,
        "retail_soho": 68412071955,
    }
    BATCH_SIZE = int(os.getenv("SYNC_BATCH_SIZE", "250"))
    DRY_RUN = os.getenv("DRY_RUN", "0") == "1"
''', shopify("shpat_"), "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin"))

add(SV("dotenv", "shopify-api-secret", ".env.production", '''
    # Shopify app (Partners > Apps > Loyalty Ledger > Client credentials)
    SHOPIFY_API_KEY=@@K@@
    SHOPIFY_API_SECRET=@@S@@
    SCOPES=read_orders,write_customers,read_products
    HOST=https://loyalty.northwind.io
    DATABASE_URL=postgres://loyalty@db.internal:5432/loyalty
    REDIS_URL=redis://cache.internal:6379/2
    LOG_LEVEL=info
''', shopify("shpss_"), "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets", K=hexs(32)))

add(SV("python", "shopify-admin-token", "scripts/bulk_update_prices.py", '''
    #!/usr/bin/env python3
    """Apply the spring price list (prices/spring.csv) to every variant by SKU."""
    import csv
    import shopify

    SHOP_URL = "kettle-and-crumb.myshopify.com"
    API_VERSION = "2024-04"

    session = shopify.Session(SHOP_URL, API_VERSION, "@@S@@")
    shopify.ShopifyResource.activate_session(session)

    with open("prices/spring.csv", newline="") as fh:
        prices = {row["sku"]: row["price"] for row in csv.DictReader(fh)}

    for product in shopify.Product.find(limit=250):
        for variant in product.variants:
            new_price = prices.get(variant.sku)
            if new_price and variant.price != new_price:
                print(f"{variant.sku}: {variant.price} -> {new_price}")
                variant.price = new_price
                variant.save()

    shopify.ShopifyResource.clear_session()
''', shopify("shpat_"), "https://github.com/Shopify/shopify_python_api#usage"))

add(SV("notebook", "shopify-custom-app-token", "notebooks/inventory_audit.ipynb", '''
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Inventory audit: Shopify vs. WMS\\n", "Run monthly before the stock count."]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "import requests\\n",
        "import pandas as pd\\n",
        "\\n",
        "SHOP = \\"harbor-home-goods\\"\\n",
        "HEADERS = {\\"X-Shopify-Access-Token\\": \\"@@S@@\\",\\n",
        "           \\"Content-Type\\": \\"application/json\\"}\\n",
        "url = f\\"https://{SHOP}.myshopify.com/admin/api/2024-01/inventory_levels.json\\""
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["fetched 1843 inventory levels\\n"]
        }
       ],
       "source": [
        "resp = requests.get(url, headers=HEADERS, params={\\"location_ids\\": \\"71203844213\\"})\\n",
        "levels = pd.DataFrame(resp.json()[\\"inventory_levels\\"])\\n",
        "print(f\\"fetched {len(levels)} inventory levels\\")"
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
''', shopify("shpca_"), "https://nbformat.readthedocs.io/en/latest/format_description.html"))

_tok = shopify("shpat_")
add(S("k8s-secret", "shopify-admin-token-base64", "deploy/k8s/shopify-credentials.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: shopify-credentials
      namespace: storefront-sync
      labels:
        app.kubernetes.io/name: order-sync
        app.kubernetes.io/part-of: commerce
    type: Opaque
    data:
      SHOPIFY_SHOP: @@SHOP@@
      SHOPIFY_ACCESS_TOKEN: @@TOK@@
''', SHOP=b64("copperline-bikes.myshopify.com"), TOK=b64(_tok)), _tok,
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets"))

add(SV("toml", "shopify-private-app-basic-auth", "config/stores.toml", '''
    # Legacy private apps (pre-2022). Migrate to custom apps before Jan 2023! -- still pending for CA store
    [stores.us]
    domain = "tidewater-tea.myshopify.com"
    api_version = "2023-01"
    admin_token_env = "SHOPIFY_US_TOKEN"

    [stores.ca]
    domain = "tidewater-tea-ca.myshopify.com"
    api_version = "2023-01"
    # private app "ERP export": https://<api key>:<password>@shop/admin
    base_url = "https://@@K@@:@@S@@@tidewater-tea-ca.myshopify.com/admin/api/2023-01"

    [export]
    formats = ["csv", "xlsx"]
    timezone = "America/Toronto"
''', shopify("shppa_"), "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/private-app-access-tokens", K=hexs(32)))

add(SV("makefile", "shopify-theme-access-password", "Makefile", '''
    STORE ?= lumen-candle-co.myshopify.com
    THEME_DIR := theme
    LIVE_THEME_ID := 142318559420

    .PHONY: serve pull push-staging push-live check

    serve:
    \tshopify theme dev --store $(STORE) --path $(THEME_DIR)

    pull:
    \tshopify theme pull --store $(STORE) --path $(THEME_DIR) --live

    push-staging:
    \tshopify theme push --store $(STORE) --path $(THEME_DIR) --unpublished \\
    \t\t--password @@S@@ --json > .push.json

    push-live: check
    \tshopify theme push --store $(STORE) --theme $(LIVE_THEME_ID) --path $(THEME_DIR) --allow-live

    check:
    \tshopify theme check --path $(THEME_DIR) --fail-level error
''', shopify("shptka_"), "https://shopify.dev/docs/storefronts/themes/tools/theme-access"))

add(SV("gh-actions", "shopify-theme-access-password", ".github/workflows/theme-deploy.yml", '''
    name: Deploy theme
    on:
      push:
        branches: [main]
        paths: ["theme/**"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        env:
          SHOPIFY_FLAG_STORE: fernhill-apparel.myshopify.com
          SHOPIFY_CLI_THEME_TOKEN: @@S@@
          SHOPIFY_FLAG_PATH: theme
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm install -g @shopify/cli@3
          - name: Push to live theme
            run: shopify theme push --live --allow-live --no-color
''', shopify("shptka_"), "https://shopify.dev/docs/storefronts/themes/tools/cli/ci-cd"))

add(SV("python", "shopify-client-secret", "app/webhooks.py", '''
    import base64
    import hashlib
    import hmac

    from flask import Blueprint, abort, request

    bp = Blueprint("webhooks", __name__)

    # client secret of the public app (Partners dashboard > Client credentials)
    SHOPIFY_CLIENT_SECRET = "@@S@@"


    def verify(data: bytes, header_hmac: str) -> bool:
        digest = hmac.new(SHOPIFY_CLIENT_SECRET.encode(), data, hashlib.sha256).digest()
        return hmac.compare_digest(base64.b64encode(digest).decode(), header_hmac)


    @bp.post("/webhooks/orders/create")
    def orders_create():
        if not verify(request.get_data(), request.headers.get("X-Shopify-Hmac-Sha256", "")):
            abort(401)
        order = request.get_json()
        enqueue_fulfilment(order["id"], order["line_items"])
        return "", 200
''', hexs(32), "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook"))

add(SV("python", "shopify-partner-token", "partners/payouts_report.py", '''
    """Monthly app-revenue report from the Partner API (GraphQL)."""
    import datetime as dt
    import requests

    ORG_ID = "1893524"
    PARTNER_API = f"https://partners.shopify.com/{ORG_ID}/api/2024-04/graphql.json"
    TOKEN = "@@S@@"

    QUERY = """
    query($after: DateTime) {
      transactions(createdAtMin: $after, first: 100) {
        edges { node { id createdAt ... on AppSubscriptionSale { netAmount { amount } } } }
      }
    }
    """

    def fetch(after: dt.datetime) -> dict:
        r = requests.post(PARTNER_API, json={"query": QUERY, "variables": {"after": after.isoformat()}},
                          headers={"X-Shopify-Access-Token": TOKEN}, timeout=30)
        r.raise_for_status()
        return r.json()
''', shopify("prtapi_"), "https://shopify.dev/docs/api/partner#authentication"))

add(SV("compose", "shopify-admin-token", "docker-compose.override.yml", '''
    # local overrides -- do not commit (oops)
    services:
      sync-worker:
        build: .
        command: celery -A sync worker -l info -Q orders,inventory
        environment:
          SHOPIFY_SHOP: "bluebird-pantry.myshopify.com"
          SHOPIFY_ADMIN_TOKEN: "@@S@@"
          CELERY_BROKER_URL: redis://redis:6379/0
        depends_on: [redis]
      redis:
        image: redis:7-alpine
        ports: ["6379:6379"]
''', shopify("shpat_"), "https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/"))

add(SV("python", "shopify-admin-token-docstring", "tools/sync_collections.py", '''
    """Copy smart-collection rules from the US store to the EU store.

    Usage (the EU token is the one in 1Password "EU store - collections bot"):

        python tools/sync_collections.py \\
            --src tidewater-tea.myshopify.com --dst tidewater-tea-eu.myshopify.com \\
            --token @@S@@

    The source store token is read from $SHOPIFY_US_TOKEN.
    """
    import argparse
    import os


    def main() -> None:
        p = argparse.ArgumentParser()
        p.add_argument("--src", required=True)
        p.add_argument("--dst", required=True)
        p.add_argument("--token", required=True, help="Admin API token of the destination store")
        args = p.parse_args()
        src_token = os.environ["SHOPIFY_US_TOKEN"]
        copy_rules(args.src, src_token, args.dst, args.token)
''', shopify("shpat_"), "https://docs.python.org/3/library/argparse.html"))

_a = shopify("shpat_")
add(S("python", "shopify-admin-token-split", "integrations/shopify/client.py", T('''
    from dataclasses import dataclass

    import requests


    @dataclass
    class ShopifyClient:
        shop: str = "saltmarsh-soap.myshopify.com"
        version: str = "2024-10"
        # split so the old grep-based pre-commit hook stops complaining
        token: str = ("@@A@@"
                      "@@B@@")

        def graphql(self, query: str, **variables) -> dict:
            url = f"https://{self.shop}/admin/api/{self.version}/graphql.json"
            resp = requests.post(url, json={"query": query, "variables": variables},
                                 headers={"X-Shopify-Access-Token": self.token}, timeout=20)
            resp.raise_for_status()
            return resp.json()["data"]
''', A=_a[:18], B=_a[18:]), _a, "https://shopify.dev/docs/api/admin-graphql#authentication"))

# =============================================================================================
# WooCommerce / WordPress
# =============================================================================================
add(SV("python", "woocommerce-consumer-secret", "woo/client.py", '''
    from woocommerce import API

    wcapi = API(
        url="https://shop.greenleaf-nursery.co.uk",
        consumer_key="@@K@@",
        consumer_secret="@@S@@",
        wp_api=True,
        version="wc/v3",
        timeout=30,
    )


    def orders_since(iso_date: str):
        page = 1
        while True:
            batch = wcapi.get("orders", params={"after": iso_date, "per_page": 100, "page": page}).json()
            if not batch:
                return
            yield from batch
            page += 1
''', woo("cs_"), "https://github.com/woocommerce/wc-api-python#setup", K=woo("ck_")))

add(SV("dotenv", "woocommerce-consumer-secret", "feeds/.env", '''
    WC_STORE_URL=https://www.bramblecrafts.com
    WC_CONSUMER_KEY=@@K@@
    WC_CONSUMER_SECRET=@@S@@
    FEED_OUTPUT=/var/feeds/google_shopping.xml
    FEED_CURRENCY=EUR
''', woo("cs_"), "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", K=woo("ck_")))

add(SV("shell", "woocommerce-consumer-secret-curl", "scripts/export_woo_orders.sh", '''
    #!/usr/bin/env bash
    # Pull yesterday's completed orders for the accountant (runs from cron on ops-box-2)
    set -euo pipefail

    SITE="https://shop.hollowayceramics.com"
    DAY=$(date -d yesterday +%F)
    OUT="/srv/exports/orders-${DAY}.json"

    curl -sS -G "${SITE}/wp-json/wc/v3/orders" \\
      -u "@@K@@:@@S@@" \\
      --data-urlencode "after=${DAY}T00:00:00" \\
      --data-urlencode "before=${DAY}T23:59:59" \\
      --data-urlencode "status=completed" \\
      --data-urlencode "per_page=100" \\
      -o "${OUT}"

    echo "wrote ${OUT}"
''', woo("cs_"), "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https", K=woo("ck_")))

add(SV("php", "wordpress-db-password", "wp-config.php", '''
    <?php
    /**
     * WooCommerce storefront -- production
     */
    define( 'DB_NAME', 'wp_shop_prod' );
    define( 'DB_USER', 'wp_shop' );
    define( 'DB_PASSWORD', '@@S@@' );
    define( 'DB_HOST', 'mysql-prod.c9xk2ab1.eu-west-1.rds.amazonaws.com' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    /* Keys and salts live outside the web root, generated by the deploy job. */
    require_once '/etc/wordpress/wp-salt.php';

    $table_prefix = 'wp_';

    define( 'WP_DEBUG', false );
    define( 'DISALLOW_FILE_EDIT', true );
    define( 'WP_MEMORY_LIMIT', '256M' );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
''', words_pw(), "https://developer.wordpress.org/apis/wp-config-php/"))

add(SV("postman", "woocommerce-consumer-secret", "postman/WooCommerce-prod.postman_environment.json", '''
    {
      "id": "@@ID@@",
      "name": "WooCommerce prod",
      "values": [
        {"key": "base_url", "value": "https://store.kiteandkettle.com/wp-json/wc/v3", "type": "default", "enabled": true},
        {"key": "consumer_key", "value": "@@K@@", "type": "default", "enabled": true},
        {"key": "consumer_secret", "value": "@@S@@", "type": "secret", "enabled": true},
        {"key": "order_id", "value": "48213", "type": "default", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-05-02T09:14:51.337Z",
      "_postman_exported_using": "Postman/10.24.16"
    }
''', woo("cs_"), "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", K=woo("ck_"), ID=uuid_s()))

# =============================================================================================
# Magento / Adobe Commerce
# =============================================================================================
add(SV("php", "magento-crypt-key", "app/etc/env.php", '''
    <?php
    return [
        'backend' => [
            'frontName' => 'admin_k7q2'
        ],
        'crypt' => [
            'key' => '@@S@@'
        ],
        'db' => [
            'table_prefix' => '',
            'connection' => [
                'default' => [
                    'host' => getenv('MAGENTO_DB_HOST'),
                    'dbname' => 'magento',
                    'username' => 'magento',
                    'password' => getenv('MAGENTO_DB_PASSWORD'),
                    'model' => 'mysql4',
                    'engine' => 'innodb',
                    'initStatements' => 'SET NAMES utf8;',
                    'active' => '1'
                ]
            ]
        ],
        'resource' => [
            'default_setup' => [
                'connection' => 'default'
            ]
        ],
        'x-frame-options' => 'SAMEORIGIN',
        'MAGE_MODE' => 'production',
        'session' => [
            'save' => 'redis',
            'redis' => [
                'host' => 'redis-session',
                'port' => '6379',
                'database' => '2'
            ]
        ],
        'install' => [
            'date' => 'Thu, 14 Sep 2023 08:41:07 +0000'
        ]
    ];
''', hexs(32), "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp"))

add(SV("php", "magento-db-password", "deploy/staging/env.php", '''
    <?php
    return [
        'backend' => ['frontName' => 'backoffice'],
        'crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')],
        'db' => [
            'table_prefix' => '',
            'connection' => [
                'default' => [
                    'host' => 'staging-mysql.internal',
                    'dbname' => 'm2_staging',
                    'username' => 'm2_app',
                    'password' => '@@S@@',
                    'model' => 'mysql4',
                    'engine' => 'innodb',
                    'initStatements' => 'SET NAMES utf8;',
                    'active' => '1',
                    'driver_options' => [1014 => false]
                ]
            ]
        ],
        'resource' => ['default_setup' => ['connection' => 'default']],
        'MAGE_MODE' => 'developer',
        'cache' => [
            'frontend' => [
                'default' => ['id_prefix' => '3ab_'],
                'page_cache' => ['id_prefix' => '3ab_']
            ]
        ],
        'lock' => ['provider' => 'db', 'config' => ['prefix' => null]],
        'downloadable_domains' => ['staging.alpinegear.eu']
    ];
''', season_pw(), "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp"))

add(SV("json", "magento-composer-auth", "auth.json", '''
    {
        "http-basic": {
            "repo.magento.com": {
                "username": "@@K@@",
                "password": "@@S@@"
            }
        },
        "github-oauth": {}
    }
''', hexs(32), "https://experienceleague.adobe.com/en/docs/commerce-operations/installation-guide/prerequisites/authentication-keys", K=hexs(32)))

add(SV("python", "magento-integration-token", "magento/catalog_export.py", '''
    """Export enabled simple products from Magento 2 for the Meta catalog feed."""
    import requests

    BASE = "https://www.alpinegear.eu/rest/default/V1"
    # System > Integrations > "Feed exporter" > Access Token
    HEADERS = {"Authorization": "Bearer @@S@@"}


    def products(page_size: int = 200):
        page = 1
        while True:
            params = {
                "searchCriteria[filterGroups][0][filters][0][field]": "status",
                "searchCriteria[filterGroups][0][filters][0][value]": "1",
                "searchCriteria[pageSize]": page_size,
                "searchCriteria[currentPage]": page,
            }
            data = requests.get(f"{BASE}/products", params=params, headers=HEADERS, timeout=60).json()
            yield from data["items"]
            if page * page_size >= data["total_count"]:
                break
            page += 1
''', draw(32, LOWALNUM), "https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/"))

# =============================================================================================
# BigCommerce
# =============================================================================================
add(SV("python", "bigcommerce-access-token", "bc/connection.py", '''
    import bigcommerce

    STORE_HASH = "x7k2qp9d1m"

    api = bigcommerce.api.BigcommerceApi(
        client_id="@@C@@",
        store_hash=STORE_HASH,
        access_token="@@S@@",
    )

    if __name__ == "__main__":
        for product in api.Products.all(limit=5):
            print(product.id, product.sku, product.name)
''', draw(31, LOWALNUM), "https://github.com/bigcommerce/bigcommerce-api-python#usage", C=draw(31, LOWALNUM)))

add(SV("yaml", "bigcommerce-access-token", "config/channels/bigcommerce.yml", '''
    # Channel config for the feed exporter
    channel: bigcommerce
    store_hash: r4t8n2w6za
    api_base: https://api.bigcommerce.com/stores/r4t8n2w6za/v3
    auth:
      x_auth_token: @@S@@
    catalog:
      include_hidden: false
      price_list_id: 3
      currency: USD
    schedule: "15 */2 * * *"
''', draw(31, LOWALNUM), "https://developer.bigcommerce.com/docs/start/authentication/api-accounts"))

add(SV("dotenv", "bigcommerce-client-secret", "bc-app/.env", '''
    # BigCommerce single-click app "Bundle Builder"
    BC_CLIENT_ID=@@C@@
    BC_CLIENT_SECRET=@@S@@
    BC_AUTH_CALLBACK=https://bundles.sprucecart.app/auth
    APP_URL=https://bundles.sprucecart.app
    JWT_ISSUER=bc
''', draw(31, LOWALNUM), "https://developer.bigcommerce.com/docs/integrations/apps/guide/auth", C=draw(31, LOWALNUM)))

# =============================================================================================
# Salesforce
# =============================================================================================
add(SV("python", "salesforce-security-token", "crm/sf_client.py", '''
    import os

    from simple_salesforce import Salesforce


    def connect() -> Salesforce:
        return Salesforce(
            username="integration.user@northwind.com",
            password=os.environ["SF_PASSWORD"],
            security_token="@@S@@",
            domain="login",
            client_id="order-sync",
        )


    def upsert_orders(sf: Salesforce, rows: list) -> None:
        results = sf.bulk.Order__c.upsert(rows, "Shopify_Order_Id__c", batch_size=5000)
        failed = [r for r in results if not r["success"]]
        if failed:
            raise RuntimeError(f"{len(failed)} orders failed to upsert")
''', mixed(25), "https://github.com/simple-salesforce/simple-salesforce#usage"))

add(SV("dotenv", "salesforce-password", ".env.salesforce", '''
    # Salesforce integration user (IP-restricted profile, no security token needed from the VPC)
    SF_USERNAME=svc-marketing-sync@brightloom.com
    SF_PASSWORD=@@S@@
    SF_DOMAIN=login
    SF_API_VERSION=59.0
''', words_pw(), "https://simple-salesforce.readthedocs.io/en/latest/user_guide/examples.html"))

add(SV("pem", "salesforce-jwt-server-key", "certs/salesforce/server.key", '''
    @@S@@
''', rsa_pem(), "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm"))

add(SV("yaml", "salesforce-consumer-secret", "config/salesforce.yaml", '''
    salesforce:
      instance_url: https://brightloom.my.salesforce.com
      api_version: "60.0"
      oauth:
        grant_type: client_credentials
        consumer_key: @@K@@
        consumer_secret: @@S@@
      objects:
        - Account
        - Contact
        - Opportunity
      sync_window_hours: 6
''', sf_consumer_secret(), "https://help.salesforce.com/s/articleView?id=sf.connected_app_client_credentials_setup.htm", K=sf_consumer_key()))

add(SV("gitlab-ci", "sfdx-auth-url", ".gitlab-ci.yml", '''
    stages: [validate, deploy]

    variables:
      SF_ORG_ALIAS: prod
      # TODO move to masked CI variable
      SFDX_AUTH_URL: "force://PlatformCLI::@@S@@@brightloom.my.salesforce.com"

    .sf: &sf
      image: salesforce/cli:latest-full
      before_script:
        - echo "$SFDX_AUTH_URL" > auth.txt
        - sf org login sfdx-url --sfdx-url-file auth.txt --alias $SF_ORG_ALIAS
        - rm auth.txt

    validate:
      <<: *sf
      stage: validate
      script:
        - sf project deploy validate --target-org $SF_ORG_ALIAS --test-level RunLocalTests

    deploy:
      <<: *sf
      stage: deploy
      only: [main]
      script:
        - sf project deploy start --target-org $SF_ORG_ALIAS
''', sfdx_refresh(), "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm"))

add(SV("notebook", "salesforce-session-id", "analysis/lead_scoring.ipynb", '''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "data": {
          "text/plain": ["('@@S@@',\\n", " 'brightloom.my.salesforce.com')"]
         },
         "execution_count": 2,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "from simple_salesforce import SalesforceLogin\\n",
        "session_id, instance = SalesforceLogin(username=USER, password=PW, security_token=TOKEN)\\n",
        "session_id, instance"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "sf = Salesforce(instance=instance, session_id=session_id)\\n",
        "leads = sf.query_all(\\"SELECT Id, Email, LeadSource, Score__c FROM Lead WHERE CreatedDate = LAST_N_DAYS:90\\")"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
''', sf_session(), "https://simple-salesforce.readthedocs.io/en/latest/user_guide/examples.html"))

add(SV("python", "salesforce-consumer-secret-numeric", "legacy/sfdc_oauth.py", '''
    # Old connected app from 2016 -- numeric consumer secret, still in use by the lead importer
    import requests

    TOKEN_URL = "https://login.salesforce.com/services/oauth2/token"
    CLIENT_ID = "@@K@@"
    CLIENT_SECRET = "@@S@@"


    def password_grant(username: str, password_and_token: str) -> dict:
        resp = requests.post(TOKEN_URL, data={
            "grant_type": "password",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "username": username,
            "password": password_and_token,
        }, timeout=30)
        resp.raise_for_status()
        return resp.json()
''', draw(1, "123456789") + draw(18, "0123456789"), "https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_username_password_flow.htm", K=sf_consumer_key()))

# =============================================================================================
# HubSpot
# =============================================================================================
add(SV("python", "hubspot-private-app-token", "crm/hubspot_sync.py", '''
    from hubspot import HubSpot
    from hubspot.crm.contacts import SimplePublicObjectInputForCreate

    client = HubSpot(access_token="@@S@@")


    def push_customer(email: str, first: str, last: str, lifetime_value: float) -> str:
        body = SimplePublicObjectInputForCreate(properties={
            "email": email,
            "firstname": first,
            "lastname": last,
            "shopify_ltv": f"{lifetime_value:.2f}",
        })
        created = client.crm.contacts.basic_api.create(simple_public_object_input_for_create=body)
        return created.id
''', hubspot_pat("na1"), "https://github.com/HubSpot/hubspot-api-python#quickstart"))

add(SV("dotenv", "hubspot-private-app-token", "services/crm-bridge/.env.eu", '''
    HUBSPOT_PORTAL_ID=143920571
    HUBSPOT_PRIVATE_APP_TOKEN=@@S@@
    HUBSPOT_PIPELINE=default
    SYNC_DEALS=true
    SYNC_TICKETS=false
''', hubspot_pat("eu1"), "https://developers.hubspot.com/docs/api/private-apps"))

add(SV("python", "hubspot-legacy-api-key", "legacy/hubspot_lists.py", '''
    # 2019 script: export static list members for the quarterly win-back campaign.
    # HubSpot sunset API keys in 2022 -- this still runs against the sandbox portal.
    import requests

    HAPIKEY = "@@S@@"
    LIST_ID = 482


    def members():
        url = f"https://api.hubapi.com/contacts/v1/lists/{LIST_ID}/contacts/all"
        offset = 0
        while True:
            r = requests.get(url, params={"hapikey": HAPIKEY, "count": 100, "vidOffset": offset}).json()
            yield from r["contacts"]
            if not r["has-more"]:
                break
            offset = r["vid-offset"]
''', uuid_s(), "https://legacydocs.hubspot.com/docs/methods/lists/get_list_contacts"))

# =============================================================================================
# Mailchimp / Mandrill
# =============================================================================================
add(SV("python", "mailchimp-api-key", "marketing/mailchimp_audience.py", '''
    import hashlib

    import mailchimp_marketing as MailchimpMarketing
    from mailchimp_marketing.api_client import ApiClientError

    client = MailchimpMarketing.Client()
    client.set_config({
        "api_key": "@@S@@",
        "server": "us14",
    })

    AUDIENCE_ID = "3f1c9a7e52"


    def upsert(email: str, merge_fields: dict, tags: list) -> None:
        h = hashlib.md5(email.lower().encode()).hexdigest()
        try:
            client.lists.set_list_member(AUDIENCE_ID, h, {"email_address": email, "status_if_new": "subscribed",
                                                         "merge_fields": merge_fields})
            client.lists.update_list_member_tags(AUDIENCE_ID, h, {"tags": [{"name": t, "status": "active"} for t in tags]})
        except ApiClientError as err:
            print(err.text)
''', mailchimp_key("us14"), "https://mailchimp.com/developer/marketing/guides/quick-start/"))

add(SV("ini", "mailchimp-api-key", "config/newsletter.ini", '''
    [newsletter]
    provider = mailchimp
    list_id = 9a2e61bd07
    double_opt_in = yes

    [mailchimp]
    apikey = @@S@@
    datacenter = us6
    timeout = 20

    [logging]
    level = INFO
''', mailchimp_key("us6"), "https://mailchimp.com/developer/marketing/docs/fundamentals/#api-structure"))

add(SV("python", "mandrill-api-key", "shop/settings/production.py", '''
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["www.cinderandsage.com", "cinderandsage.com"]

    EMAIL_BACKEND = "anymail.backends.mandrill.EmailBackend"
    ANYMAIL = {
        "MANDRILL_API_KEY": "@@S@@",
        "MANDRILL_WEBHOOK_KEY": None,
    }
    DEFAULT_FROM_EMAIL = "Cinder & Sage <orders@cinderandsage.com>"

    CSRF_TRUSTED_ORIGINS = ["https://www.cinderandsage.com"]
    SESSION_COOKIE_SECURE = True
''', "md-" + mixed_of(22, URLSAFE), "https://anymail.dev/en/stable/esps/mandrill/"))

# =============================================================================================
# Klaviyo
# =============================================================================================
add(SV("python", "klaviyo-private-key", "marketing/klaviyo_events.py", '''
    from klaviyo_api import KlaviyoAPI

    klaviyo = KlaviyoAPI("@@S@@", max_delay=60, max_retries=3)


    def track_back_in_stock(email: str, sku: str, title: str) -> None:
        klaviyo.Events.create_event({
            "data": {
                "type": "event",
                "attributes": {
                    "properties": {"SKU": sku, "ProductName": title},
                    "metric": {"data": {"type": "metric", "attributes": {"name": "Back In Stock"}}},
                    "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
                },
            }
        })
''', klaviyo_pk(), "https://github.com/klaviyo/klaviyo-api-python#usage-example"))

add(SV("airflow-variables", "klaviyo-private-key", "airflow/variables/marketing.json", '''
    {
      "klaviyo_list_vip": "XyT4pQ",
      "klaviyo_private_key": "@@S@@",
      "segment_sync_enabled": "true",
      "feed_bucket": "s3://acme-marketing-feeds/prod",
      "slack_channel": "#mkt-ops-alerts"
    }
''', klaviyo_pk(), "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html"))

add(SV("shell", "klaviyo-private-key-curl", "docs/snippets/klaviyo_check.sh", '''
    #!/bin/sh
    # quick sanity check that the flows account key still works (Ines, 2024-02)
    curl --request GET \\
         --url 'https://a.klaviyo.com/api/lists/?fields[list]=name,created' \\
         --header 'Authorization: Klaviyo-API-Key @@S@@' \\
         --header 'accept: application/json' \\
         --header 'revision: 2024-02-15'
''', klaviyo_pk(), "https://developers.klaviyo.com/en/docs/authenticate_"))

# =============================================================================================
# Brevo (Sendinblue)
# =============================================================================================
add(SV("python", "brevo-api-key", "marketing/brevo_contacts.py", '''
    import sib_api_v3_sdk
    from sib_api_v3_sdk.rest import ApiException

    configuration = sib_api_v3_sdk.Configuration()
    configuration.api_key["api-key"] = "@@S@@"

    contacts = sib_api_v3_sdk.ContactsApi(sib_api_v3_sdk.ApiClient(configuration))


    def add_to_list(email: str, list_id: int = 7) -> None:
        body = sib_api_v3_sdk.CreateContact(email=email, list_ids=[list_id], update_enabled=True)
        try:
            contacts.create_contact(body)
        except ApiException as e:
            print("Brevo error: %s" % e)
''', brevo_key(), "https://github.com/sendinblue/APIv3-python-library#getting-started"))

add(SV("python", "brevo-smtp-key", "storefront/settings.py", '''
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

    INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                      "django.contrib.sessions", "django.contrib.staticfiles", "orders", "catalog"]

    # transactional mail through Brevo SMTP relay
    EMAIL_HOST = "smtp-relay.brevo.com"
    EMAIL_PORT = 587
    EMAIL_USE_TLS = True
    EMAIL_HOST_USER = "7c1e2a001@smtp-brevo.com"
    EMAIL_HOST_PASSWORD = "@@S@@"
    DEFAULT_FROM_EMAIL = "orders@pebbleandpine.shop"
''', brevo_key("xsmtpsib-"), "https://help.brevo.com/hc/en-us/articles/7924908994450"))

# =============================================================================================
# Google Ads / Google OAuth / Google Analytics
# =============================================================================================
add(SV("yaml", "google-ads-developer-token", "google-ads.yaml", '''
    # Google Ads API client config (service-account flow, MCC 482-113-9076)
    developer_token: @@S@@
    use_proto_plus: True
    json_key_file_path: /etc/ads/ads-reporting-sa.json
    impersonated_email: ads-reporting@harborandhide.com
    login_customer_id: 4821139076
''', dev_token(), "https://developers.google.com/google-ads/api/docs/client-libs/python/configuration#configuration_fields"))

add(SV("yaml", "google-oauth-client-secret", "config/google-ads.prod.yaml", '''
    # developer_token and refresh_token come from GOOGLE_ADS_DEVELOPER_TOKEN / GOOGLE_ADS_REFRESH_TOKEN
    client_id: @@C@@.apps.googleusercontent.com
    client_secret: @@S@@
    login_customer_id: 7390021845
    use_proto_plus: True
    logging:
      version: 1
      disable_existing_loggers: False
      formatters:
        default_fmt:
          format: '[%(asctime)s - %(levelname)s] %(message).5000s'
      handlers:
        default_handler:
          class: logging.StreamHandler
          formatter: default_fmt
      loggers:
        "":
          handlers: [default_handler]
          level: WARNING
''', gocspx(), "https://github.com/googleads/google-ads-python/blob/main/google-ads.yaml", C=draw(12, "0123456789") + "-" + draw(32, LOWALNUM)))

add(SV("python", "google-ads-refresh-token", "ads/budget_pacing.py", '''
    """Daily budget pacing report for all client accounts under the MCC."""
    import os

    from google.ads.googleads.client import GoogleAdsClient

    CONFIG = {
        "developer_token": os.environ["GOOGLE_ADS_DEVELOPER_TOKEN"],
        "client_id": os.environ["GOOGLE_ADS_CLIENT_ID"],
        "client_secret": os.environ["GOOGLE_ADS_CLIENT_SECRET"],
        "refresh_token": "@@S@@",
        "login_customer_id": "5128830417",
        "use_proto_plus": True,
    }

    QUERY = """
        SELECT campaign.id, campaign.name, campaign_budget.amount_micros, metrics.cost_micros
        FROM campaign
        WHERE segments.date DURING THIS_MONTH AND campaign.status = 'ENABLED'
    """

    client = GoogleAdsClient.load_from_dict(CONFIG)
    service = client.get_service("GoogleAdsService")
''', google_refresh(), "https://developers.google.com/google-ads/api/docs/client-libs/python/configuration#configuration_using_a_dict"))

add(SV("json", "google-oauth-client-secret", "credentials/client_secret_desktop.json", '''
    {
      "installed": {
        "client_id": "@@C@@.apps.googleusercontent.com",
        "project_id": "mkt-ops-reporting",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "@@S@@",
        "redirect_uris": ["http://localhost"]
      }
    }
''', gocspx(), "https://developers.google.com/identity/protocols/oauth2/native-app", C=draw(12, "0123456789") + "-" + draw(32, LOWALNUM)))

_pem = rsa_pem(pkcs8=True, lines=25)
_line = _pem.splitlines()[9]
add(S("json", "gcp-service-account-key", "secrets/ga4-export-sa.json", T('''
    {
      "type": "service_account",
      "project_id": "northwind-analytics",
      "private_key_id": "@@KID@@",
      "private_key": "@@PK@@\\n",
      "client_email": "ga4-export@northwind-analytics.iam.gserviceaccount.com",
      "client_id": "@@CID@@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ga4-export%40northwind-analytics.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
''', KID=hexs(40), PK=_pem.replace("\n", "\\n"), CID=draw(21, "0123456789")), _line,
    "https://cloud.google.com/iam/docs/keys-create-delete#creating"))

_pem = rsa_pem(pkcs8=True, lines=25)
add(S("python", "gcp-service-account-key-dict", "analytics/ga_client.py", T('''
    """GA4 Data API client for the weekly channel report (sa: reporting-bot)."""
    from google.analytics.data_v1beta import BetaAnalyticsDataClient
    from google.oauth2 import service_account

    SA_INFO = {
        "type": "service_account",
        "project_id": "kettle-crumb-bi",
        "private_key_id": "@@KID@@",
        "private_key": """@@PK@@
    """,
        "client_email": "reporting-bot@kettle-crumb-bi.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token",
    }

    PROPERTY_ID = "312845907"

    creds = service_account.Credentials.from_service_account_info(
        SA_INFO, scopes=["https://www.googleapis.com/auth/analytics.readonly"])
    client = BetaAnalyticsDataClient(credentials=creds)
''', KID=hexs(40), PK=_pem), _pem, "https://googleapis.dev/python/google-auth/latest/reference/google.oauth2.service_account.html"))

add(SV("python", "ga4-measurement-protocol-secret", "tracking/server_events.py", '''
    """Send offline conversions (phone orders) to GA4 through the Measurement Protocol."""
    import requests

    MEASUREMENT_ID = "G-7QK2M4XZ1B"
    API_SECRET = "@@S@@"
    ENDPOINT = "https://www.google-analytics.com/mp/collect"


    def purchase(client_id: str, order_id: str, value: float, currency: str = "USD") -> int:
        payload = {
            "client_id": client_id,
            "events": [{"name": "purchase", "params": {"transaction_id": order_id, "value": value,
                                                        "currency": currency}}],
        }
        r = requests.post(ENDPOINT, params={"measurement_id": MEASUREMENT_ID, "api_secret": API_SECRET},
                          json=payload, timeout=10)
        return r.status_code
''', ga_api_secret(), "https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events"))

# =============================================================================================
# Meta Marketing API / Conversions API, Pinterest, TikTok
# =============================================================================================
add(SV("python", "meta-access-token", "ads/meta_insights.py", '''
    import os

    from facebook_business.adobjects.adaccount import AdAccount
    from facebook_business.api import FacebookAdsApi

    APP_ID = "918273645501928"
    APP_SECRET = os.environ["META_APP_SECRET"]
    # long-lived system-user token (Business Settings > System users > marketing-bot)
    ACCESS_TOKEN = "@@S@@"

    FacebookAdsApi.init(APP_ID, APP_SECRET, ACCESS_TOKEN, api_version="v19.0")

    FIELDS = ["campaign_name", "spend", "impressions", "clicks", "actions", "action_values"]


    def yesterday(account_id: str = "act_1029384756"):
        return AdAccount(account_id).get_insights(fields=FIELDS, params={"date_preset": "yesterday",
                                                                          "level": "campaign"})
''', meta_token(), "https://github.com/facebook/facebook-python-business-sdk#bootstrapping"))

add(SV("dotenv", "meta-app-secret", "services/capi/.env", '''
    META_APP_ID=1187462093351827
    META_APP_SECRET=@@S@@
    META_PIXEL_ID=402918374650192
    META_TEST_EVENT_CODE=TEST48213
    CAPI_ACCESS_TOKEN_SECRET_NAME=projects/mkt-prod/secrets/capi-token
''', hexs(32), "https://developers.facebook.com/docs/facebook-login/security/#appsecret"))

add(SV("yaml", "meta-conversions-api-token", "helm/capi-gateway/values-prod.yaml", '''
    replicaCount: 2
    image:
      repository: ghcr.io/cinderandsage/capi-gateway
      tag: "1.8.3"

    env:
      PIXEL_ID: "551028374619203"
      GRAPH_API_VERSION: v19.0
      CAPI_ACCESS_TOKEN: "@@S@@"
      DEDUP_WINDOW_SECONDS: "172800"

    resources:
      requests: {cpu: 100m, memory: 128Mi}
      limits: {cpu: 500m, memory: 256Mi}

    ingress:
      enabled: true
      hosts: [capi.cinderandsage.com]
''', meta_token(), "https://developers.facebook.com/docs/marketing-api/conversions-api/get-started"))

add(SV("python", "pinterest-access-token", "ads/pinterest_catalog.py", '''
    import requests

    API = "https://api.pinterest.com/v5"
    AD_ACCOUNT = "549755885175"
    TOKEN = "@@S@@"


    def register_feed(feed_url: str) -> dict:
        body = {
            "name": "Main catalog (US)",
            "format": "XML",
            "location": feed_url,
            "default_currency": "USD",
            "default_locale": "en-US",
            "default_availability": "IN_STOCK",
        }
        r = requests.post(f"{API}/catalogs/feeds", params={"ad_account_id": AD_ACCOUNT}, json=body,
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
        r.raise_for_status()
        return r.json()
''', pinterest_token(), "https://developers.pinterest.com/docs/api/v5/feeds-create/"))

add(SV("python", "tiktok-access-token", "ads/tiktok_report.py", '''
    import json

    import requests

    ADVERTISER_ID = "7012938475610293847"
    ACCESS_TOKEN = "@@S@@"


    def report(start: str, end: str) -> list:
        params = {
            "advertiser_id": ADVERTISER_ID,
            "report_type": "BASIC",
            "data_level": "AUCTION_CAMPAIGN",
            "dimensions": json.dumps(["campaign_id", "stat_time_day"]),
            "metrics": json.dumps(["spend", "impressions", "clicks", "conversion"]),
            "start_date": start,
            "end_date": end,
        }
        r = requests.get("https://business-api.tiktok.com/open_api/v1.3/report/integrated/get/",
                         params=params, headers={"Access-Token": ACCESS_TOKEN}, timeout=30)
        return r.json()["data"]["list"]
''', hexs(40), "https://business-api.tiktok.com/portal/docs?id=1738864915188737"))

# =============================================================================================
# Segment
# =============================================================================================
add(SV("python", "segment-write-key", "tracking/segment_server.py", '''
    """Server-side Segment source "order-service (python)"."""
    import segment.analytics as analytics

    analytics.write_key = "@@S@@"
    analytics.max_queue_size = 10000
    analytics.on_error = lambda err, batch: print("segment error", err)


    def order_completed(user_id: str, order: dict) -> None:
        analytics.track(user_id, "Order Completed", {
            "order_id": order["name"],
            "total": order["total_price"],
            "currency": order["currency"],
            "products": [{"sku": li["sku"], "quantity": li["quantity"]} for li in order["line_items"]],
        })
''', mixed(32), "https://segment.com/docs/connections/sources/catalog/libraries/server/python/"))

add(SV("yaml", "segment-write-key", "deploy/order-service/values.yaml", '''
    orderService:
      replicas: 3
      config:
        SHOPIFY_SHOP: copperline-bikes.myshopify.com
        SEGMENT_WRITE_KEY: "@@S@@"
        SEGMENT_FLUSH_INTERVAL: "0.5"
        FEATURE_FLAGS: "returns-v2,split-shipments"
      secretsFrom:
        - shopify-credentials
''', mixed(32), "https://segment.com/docs/connections/find-writekey/"))

# =============================================================================================
# Payments seen by shop teams: Stripe, PayPal, Braintree
# =============================================================================================
add(SV("python", "stripe-secret-key", "checkout/payments.py", '''
    import stripe

    stripe.api_key = "@@S@@"
    stripe.api_version = "2024-04-10"


    def create_checkout(cart, success_url: str, cancel_url: str) -> str:
        session = stripe.checkout.Session.create(
            mode="payment",
            line_items=[{"price": item.stripe_price_id, "quantity": item.qty} for item in cart.items],
            success_url=success_url + "?session_id={CHECKOUT_SESSION_ID}",
            cancel_url=cancel_url,
            metadata={"cart_id": cart.id},
        )
        return session.url
''', stripe_live("sk_live_", long=True), "https://docs.stripe.com/keys"))

add(SV("dotenv", "stripe-restricted-key", ".env.subscriptions", '''
    # restricted key: read charges + write refunds only (for the returns bot)
    STRIPE_RESTRICTED_KEY=@@S@@
    STRIPE_ACCOUNT=acct_1N8xQ2LkT4vBz9Rm
    RETURNS_WINDOW_DAYS=30
    NOTIFY_EMAIL=returns@fernhill-apparel.com
''', stripe_live("rk_live_", long=True), "https://docs.stripe.com/keys#limit-access"))

add(SV("yaml", "stripe-webhook-secret", "config/stripe.yml", '''
    stripe:
      publishable_key: pk_live_@@P@@
      secret_key_env: STRIPE_SECRET_KEY
      webhook:
        endpoint: /hooks/stripe
        signing_secret: @@S@@
        tolerance_seconds: 300
      tax:
        automatic: true
''', "whsec_" + mixed(32), "https://docs.stripe.com/webhooks#verify-events", P=mixed(99)))

add(SV("python", "paypal-client-secret", "payments/paypal_config.py", '''
    PAYPAL = {
        "mode": "live",
        "client_id": "@@C@@",
        "client_secret": "@@S@@",
        "webhook_id": "4JH86294D6297924G",
        "return_url": "https://www.lumencandle.co/checkout/paypal/return",
        "cancel_url": "https://www.lumencandle.co/cart",
    }
''', paypal_secret(), "https://developer.paypal.com/api/rest/authentication/", C="A" + mixed_of(79, URLSAFE)))

add(SV("ini", "braintree-private-key", "config/braintree.cfg", '''
    [braintree]
    environment = production
    merchant_id = 7qkz4m9v2xw8bn3c
    public_key = h2r8tq6p4n9wz5yd
    private_key = @@S@@

    [risk]
    kount_enabled = true
    three_d_secure = required_for_eu
''', hexs(32), "https://developer.paypal.com/braintree/docs/start/hello-server/python"))

# =============================================================================================
# Marketplaces: Amazon SP-API, eBay
# =============================================================================================
add(SV("python", "amazon-lwa-client-secret", "marketplaces/amazon/credentials.py", '''
    """Selling Partner API credentials for the EU marketplace (seller A2F8K3L9Q0XW1Z)."""
    import os

    from sp_api.base import Marketplaces

    CREDENTIALS = dict(
        refresh_token=os.environ["SP_API_REFRESH_TOKEN"],
        lwa_app_id="amzn1.application-oa2-client.@@APP@@",
        lwa_client_secret="@@S@@",
    )
    MARKETPLACE = Marketplaces.DE
''', lwa_secret(), "https://python-amazon-sp-api.readthedocs.io/en/latest/credentials.html", APP=hexs(32)))

add(SV("dotenv", "amazon-lwa-refresh-token", "marketplaces/amazon/.env", '''
    # Selling Partner API -- EU seller account, self-authorised private app
    SP_API_REFRESH_TOKEN=@@S@@
    LWA_APP_ID=amzn1.application-oa2-client.@@APP@@
    SP_API_REGION=eu
    SELLER_ID=A2F8K3L9Q0XW1Z
    MARKETPLACE_IDS=A1PA6795UKMFR9,A13V1IB3VIYZZH
''', lwa_refresh(), "https://developer-docs.amazon.com/sp-api/docs/authorizing-selling-partner-api-applications", APP=hexs(32)))

add(SV("yaml", "ebay-cert-id", "marketplaces/ebay/ebay.yaml", '''
    # ebaysdk config
    name: ebay_api_config

    api.ebay.com:
        compatibility: 1173
        appid: NorthwindO-FeedSync-PRD-@@AID@@
        certid: @@S@@
        devid: @@DID@@
        token: ${EBAY_AUTH_TOKEN}

    svcs.ebay.com:
        appid: NorthwindO-FeedSync-PRD-@@AID@@
        version: 1.0.0
''', ebay_cert(), "https://github.com/timotheus/ebaysdk-python/wiki/YAML-Configuration", AID=hexs(9) + "-" + hexs(8), DID=uuid_s()))

# =============================================================================================
# ERP, PIM and order-management connectors
# =============================================================================================
add(SV("python", "netsuite-token-secret", "erp/netsuite_config.py", '''
    """NetSuite token-based auth (TBA) for the order export RESTlet."""
    import os

    ACCOUNT = "7290514_SB1"
    REALM = ACCOUNT
    CONSUMER_KEY = os.environ["NS_CONSUMER_KEY"]
    CONSUMER_SECRET = os.environ["NS_CONSUMER_SECRET"]
    TOKEN_ID = os.environ["NS_TOKEN_ID"]
    TOKEN_SECRET = "@@S@@"
    RESTLET_URL = ("https://7290514-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl"
                   "?script=1284&deploy=1")
''', hexs(64), "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html"))

add(SV("python", "odoo-password", "erp/odoo_stock_sync.py", '''
    """Push Shopify stock levels into Odoo (stock.quant) every 15 minutes."""
    import xmlrpc.client

    URL = "https://erp.bramblecrafts.com"
    DB = "bramble_prod"
    USER = "shopify-bot@bramblecrafts.com"
    PASSWORD = "@@S@@"

    common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
    uid = common.authenticate(DB, USER, PASSWORD, {})
    models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")


    def product_ids(skus):
        return models.execute_kw(DB, uid, PASSWORD, "product.product", "search_read",
                                 [[["default_code", "in", list(skus)]]], {"fields": ["id", "default_code"]})
''', passphrase(), "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html"))

add(SV("json", "sap-b1-service-layer-password", "erp/sap_b1/login.json", '''
    {
      "CompanyDB": "SBO_ALPINEGEAR_LIVE",
      "UserName": "webshop",
      "Password": "@@S@@",
      "Language": "23"
    }
''', words_pw(), "https://help.sap.com/doc/056f69366b5345a386bb8149f1700c19/10.0/en-US/Working_with_SAP_Business_One_Service_Layer.pdf"))

add(SV("yaml", "akeneo-client-secret", "pim/akeneo.yaml", '''
    akeneo:
      base_uri: https://pim.harborandhide.com
      client_id: 3_4k8x2qz1m7ws8cgk4ow0kc8c0go8wg4swcw8sow0g08ggs
      secret: @@S@@
      username: feed_exporter_4821
      password_env: AKENEO_API_PASSWORD
    channels: [ecommerce, marketplace]
    locales: [en_US, fr_FR, de_DE]
''', draw(50, LOWALNUM), "https://api.akeneo.com/documentation/authentication.html"))

add(SV("python", "shipstation-api-secret", "fulfilment/shipstation.py", '''
    import requests
    from requests.auth import HTTPBasicAuth

    API_KEY = "@@K@@"
    API_SECRET = "@@S@@"
    AUTH = HTTPBasicAuth(API_KEY, API_SECRET)


    def mark_shipped(order_id: int, carrier: str, tracking: str) -> None:
        requests.post("https://ssapi.shipstation.com/orders/markasshipped", auth=AUTH, json={
            "orderId": order_id,
            "carrierCode": carrier,
            "trackingNumber": tracking,
            "notifyCustomer": True,
            "notifySalesChannel": True,
        }, timeout=30).raise_for_status()
''', hexs(32), "https://www.shipstation.com/docs/api/requirements/#authentication", K=hexs(32)))

add(SV("python", "odoo-api-key", "erp/odoo_invoices.py", '''
    # Odoo 17 API key of the "feeds" user (Preferences > Account Security > New API key)
    import xmlrpc.client

    ODOO = {
        "url": "https://pebbleandpine.odoo.com",
        "db": "pebbleandpine-main-9182734",
        "login": "feeds@pebbleandpine.shop",
        "api_key": "@@S@@",
    }

    common = xmlrpc.client.ServerProxy(ODOO["url"] + "/xmlrpc/2/common")
    UID = common.authenticate(ODOO["db"], ODOO["login"], ODOO["api_key"], {})
''', hexs(40), "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html#api-keys"))

add(SV("properties", "erp-db-password", "connectors/erp-bridge/application.properties", '''
    # ERP bridge (Spring Boot) -- order import from the shop database into Dynamics NAV staging
    server.port=8085
    spring.datasource.url=jdbc:sqlserver://nav-sql01.corp.local:1433;databaseName=NAV_STAGING;encrypt=true;trustServerCertificate=true
    spring.datasource.username=svc_webshop
    spring.datasource.password=@@S@@
    spring.jpa.hibernate.ddl-auto=none
    bridge.poll-interval=PT5M
    bridge.shop-api=https://api.northwind.io/orders
''', season_pw(), "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password"))

# =============================================================================================
# Feed exports and SFTP drops to partners
# =============================================================================================
add(SV("python", "sftp-password", "feeds/upload_google_merchant.py", '''
    """Upload the nightly product feed to Google Merchant Center's SFTP drop."""
    import logging
    from pathlib import Path

    import paramiko

    HOST = "partnerupload.google.com"
    PORT = 19321
    USER = "mc-sftp-118273645"
    PASSWORD = "@@S@@"
    FEED = Path("/srv/feeds/out/products_en_US.xml")

    log = logging.getLogger("feeds.gmc")


    def upload() -> None:
        transport = paramiko.Transport((HOST, PORT))
        transport.connect(username=USER, password=PASSWORD)
        sftp = paramiko.SFTPClient.from_transport(transport)
        try:
            sftp.put(str(FEED), FEED.name)
            log.info("uploaded %s (%d bytes)", FEED.name, FEED.stat().st_size)
        finally:
            sftp.close()
            transport.close()
''', rand_pw(12, "!#%"), "https://support.google.com/merchants/answer/13813117"))

add(SV("python", "sftp-password", "dags/partner_inventory_drop.py", '''
    from datetime import datetime, timedelta

    import pysftp
    from airflow import DAG
    from airflow.operators.python import PythonOperator

    CNOPTS = pysftp.CnOpts(knownhosts="/opt/airflow/known_hosts")


    def push_inventory(**context):
        ds = context["ds_nodash"]
        with pysftp.Connection("sftp.retailpartner-logistics.com", username="acme_outdoor",
                               password="@@S@@", cnopts=CNOPTS) as sftp:
            with sftp.cd("/inbound/inventory"):
                sftp.put(f"/data/exports/inventory_{ds}.csv")


    with DAG(
        dag_id="partner_inventory_drop",
        start_date=datetime(2024, 1, 1),
        schedule="30 4 * * *",
        catchup=False,
        default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
        tags=["feeds", "partners"],
    ) as dag:
        PythonOperator(task_id="push_inventory", python_callable=push_inventory)
''', words_pw(), "https://pysftp.readthedocs.io/en/release_0.2.9/cookbook.html"))

add(SV("netrc", "ftp-password", "ops/dotfiles/.netrc", '''
    machine feeds.pricecompare.example-partner.net
    login northwind_feeds
    password @@S@@

    machine ftp.affiliatenet.io
    login nw-products
    password ${AFFILIATE_FTP_PASSWORD}
''', season_pw(), "https://everything.curl.dev/usingcurl/netrc.html"))

add(SV("crontab", "sftp-password-lftp", "ops/cron/feeds.crontab", '''
    # m h dom mon dow  command
    MAILTO=ops-alerts@harborandhide.com
    PATH=/usr/local/bin:/usr/bin:/bin

    # build feeds
    5 2 * * *  cd /srv/feeds && /srv/feeds/.venv/bin/python build_feeds.py --all >> /var/log/feeds/build.log 2>&1
    # drop the price file for the comparison site
    40 2 * * * lftp -u hh_prices,@@S@@ sftp://upload.pricespy-partner.net -e "cd incoming; put /srv/feeds/out/prices.csv; bye" >> /var/log/feeds/upload.log 2>&1
    # rotate
    0 3 * * 0  find /srv/feeds/out -name '*.csv' -mtime +14 -delete
''', rand_pw(14), "https://lftp.yar.ru/lftp-man.html"))

add(SV("rclone", "s3-secret-access-key", "ops/rclone/rclone.conf", '''
    [feeds-s3]
    type = s3
    provider = AWS
    access_key_id = @@K@@
    secret_access_key = @@S@@
    region = eu-west-1
    acl = private

    [partner-sftp]
    type = sftp
    host = sftp.marketplace-partner.com
    user = kettlecrumb
    key_file = ~/.ssh/partner_feed_ed25519
    shell_type = unix
''', fakes.aws_secret_key(_seed()), "https://rclone.org/s3/#configuration", K=fakes.aws_key_id(_seed())))

add(SV("rclone", "sftp-obscured-password", "deploy/rclone/rclone-feeds.conf", '''
    [wholesale-drop]
    type = sftp
    host = files.wholesale-distributor.de
    user = alpinegear_eu
    port = 22
    pass = @@S@@
    md5sum_command = md5sum
    sha1sum_command = sha1sum

    [local-archive]
    type = local
''', mixed_of(40, URLSAFE), "https://rclone.org/sftp/#standard-options"))

add(S("bat", "sftp-password-winscp", "scripts/windows/upload_orders.bat", crlf(T('''
    @echo off
    REM Scheduled task "Upload orders to 3PL" on WHS-APP02, every 30 minutes
    set WINSCP="C:\\Program Files (x86)\\WinSCP\\WinSCP.com"
    set LOG=D:\\Exports\\logs\\winscp_%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.log

    %WINSCP% /log=%LOG% /ini=nul /command ^
      "open sftp://bluebird:@@S@@@sftp.3pl-fulfilment.co.uk/ -hostkey=""ssh-ed25519 255 @@HK@@""" ^
      "cd /in/orders" ^
      "put D:\\Exports\\orders\\*.xml" ^
      "exit"

    if %ERRORLEVEL% neq 0 echo Upload failed >> %LOG%
''', S="Bluebird2023", HK=draw(43, B64))), "Bluebird2023", "https://winscp.net/eng/docs/guide_automation"))

_key = openssh_key()
add(S("yaml", "sftp-private-key-block", "airflow/connections/partner_sftp.yaml", T('''
    # airflow connections import airflow/connections/partner_sftp.yaml
    partner_sftp:
      conn_type: sftp
      host: sftp.dropship-partner.com
      login: copperline
      port: 22
      extra:
        no_host_key_check: false
        host_key: "AAAAC3NzaC1lZDI1NTE5AAAAI@@HK@@"
        private_key: |
          @@KEY@@
''', HK=draw(43, B64), KEY=ind(_key, 6)), _key, "https://airflow.apache.org/docs/apache-airflow-providers-sftp/stable/connections/sftp.html"))

_key = openssh_key()
add(S("shell", "sftp-private-key-heredoc", "provision/setup_feed_box.sh", T('''
    #!/usr/bin/env bash
    # Provision the feed box: user, key for the partner SFTP, cron.
    set -euo pipefail

    useradd -m -s /bin/bash feeds || true
    install -d -m 700 -o feeds -g feeds /home/feeds/.ssh

    cat > /home/feeds/.ssh/partner_ed25519 <<'EOF'
    @@KEY@@
    EOF
    chmod 600 /home/feeds/.ssh/partner_ed25519
    chown feeds:feeds /home/feeds/.ssh/partner_ed25519

    ssh-keyscan -p 2222 drop.wholesale-club.com >> /home/feeds/.ssh/known_hosts
    crontab -u feeds /opt/feeds/feeds.crontab
''', KEY=_key), _key, "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents"))

add(SV("python", "ftp-password", "feeds/affiliate_ftp.py", '''
    """Daily product CSV for the affiliate network (plain FTPS, they do not support SFTP)."""
    from ftplib import FTP_TLS

    with FTP_TLS("ftp.affiliatewindow.example.net") as ftps:
        ftps.login(user="merchant_48213", passwd="@@S@@")
        ftps.prot_p()
        ftps.cwd("/datafeeds")
        with open("/srv/feeds/out/affiliate_products.csv", "rb") as fh:
            ftps.storbinary("STOR affiliate_products.csv", fh)
''', passphrase(), "https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS"))

# =============================================================================================
# Airflow and cron jobs
# =============================================================================================
add(SV("ini", "airflow-fernet-key", "airflow/airflow.cfg", '''
    [core]
    dags_folder = /opt/airflow/dags
    executor = CeleryExecutor
    load_examples = False
    fernet_key = @@S@@
    default_timezone = Europe/Amsterdam

    [database]
    sql_alchemy_conn_cmd = cat /run/secrets/airflow_db_uri

    [webserver]
    base_url = https://airflow.mkt-ops.internal
    expose_config = False

    [celery]
    broker_url = redis://airflow-redis:6379/0
    worker_concurrency = 8
''', fernet_key(), "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html"))

add(SV("compose", "airflow-connection-uri-password", "airflow/docker-compose.yaml", '''
    x-airflow-common: &airflow-common
      image: apache/airflow:2.9.2-python3.11
      environment:
        AIRFLOW__CORE__EXECUTOR: LocalExecutor
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow
        AIRFLOW_CONN_WAREHOUSE: postgresql://mkt_etl:@@S@@@warehouse.internal:5432/marketing
        AIRFLOW_CONN_PARTNER_SFTP: sftp://copperline@sftp.dropship-partner.com:22?key_file=%2Fkeys%2Fpartner
      volumes:
        - ./dags:/opt/airflow/dags
        - ./keys:/keys:ro

    services:
      postgres:
        image: postgres:16
        environment:
          POSTGRES_USER: airflow
          POSTGRES_PASSWORD: airflow
          POSTGRES_DB: airflow
      scheduler:
        <<: *airflow-common
        command: scheduler
      webserver:
        <<: *airflow-common
        command: webserver
        ports: ["8080:8080"]
''', rand_pw(18),
    "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables"))

add(SV("json", "airflow-connection-password", "airflow/connections_export.json", '''
    {
      "shopify_admin": {
        "conn_type": "http",
        "description": "Shopify Admin API",
        "host": "https://northwind-outfitters.myshopify.com",
        "login": null,
        "password": null,
        "schema": "",
        "port": null,
        "extra": "{\\"api_version\\": \\"2024-07\\", \\"token_secret\\": \\"shopify/admin-token\\"}"
      },
      "mysql_magento_replica": {
        "conn_type": "mysql",
        "description": "read replica for feed exports",
        "host": "m2-replica.internal",
        "login": "feeds_ro",
        "password": "@@S@@",
        "schema": "magento",
        "port": 3306,
        "extra": ""
      }
    }
''', rand_pw(16), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#exporting-connections-from-the-cli"))

add(SV("crontab", "mailchimp-api-key-inline-env", "ops/cron/marketing.crontab", '''
    SHELL=/bin/bash
    MAILTO=""
    MAILCHIMP_API_KEY=@@S@@
    MC_AUDIENCE=9a2e61bd07

    # sync new customers to the newsletter audience every hour
    7 * * * * /opt/mkt/.venv/bin/python /opt/mkt/sync_subscribers.py >> /var/log/mkt/sync.log 2>&1
    # weekly unsubscribe export for the CRM
    0 6 * * 1 /opt/mkt/.venv/bin/python /opt/mkt/export_unsubs.py --since 7d
''', mailchimp_key("us21"), "https://man7.org/linux/man-pages/man5/crontab.5.html"))

add(SV("crontab", "mysql-password-cli-flag", "ops/cron/db-backup.cron", '''
    # /etc/cron.d/magento-backup
    SHELL=/bin/sh
    PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin

    15 1 * * * backup mysqldump -h m2-db.internal -u backup -p'@@S@@' --single-transaction --quick magento | gzip > /backups/magento-$(date +\\%F).sql.gz
    45 1 * * * backup find /backups -name 'magento-*.sql.gz' -mtime +7 -delete
''', words_pw(), "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html"))

add(SV("systemd", "klaviyo-private-key-environment", "deploy/systemd/review-sync.service", '''
    [Unit]
    Description=Sync product reviews into Klaviyo profiles
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=mkt
    WorkingDirectory=/opt/review-sync
    Environment=KLAVIYO_API_KEY=@@S@@
    Environment=REVIEWS_SOURCE=judgeme
    ExecStart=/opt/review-sync/.venv/bin/python -m review_sync --interval 900
    Restart=on-failure
    RestartSec=30

    [Install]
    WantedBy=multi-user.target
''', klaviyo_pk(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="))

add(SV("supervisor", "shopify-admin-token-environment", "deploy/supervisor/order-webhook-worker.conf", '''
    [program:order-webhook-worker]
    command=/srv/app/.venv/bin/rq worker orders --url redis://localhost:6379/3
    directory=/srv/app
    user=app
    numprocs=2
    process_name=%(program_name)s_%(process_num)02d
    autostart=true
    autorestart=true
    environment=SHOPIFY_SHOP="lumen-candle-co.myshopify.com",SHOPIFY_TOKEN="@@S@@",PYTHONUNBUFFERED="1"
    stdout_logfile=/var/log/app/worker.log
    redirect_stderr=true
''', shopify("shpat_"), "http://supervisord.org/configuration.html#program-x-section-values"))

# =============================================================================================
# Warehouses and databases behind the marketing stack
# =============================================================================================
add(SV("dbt-profiles", "snowflake-password", "dbt/profiles.yml", '''
    marketing:
      target: prod
      outputs:
        prod:
          type: snowflake
          account: nw48213.eu-west-1
          user: DBT_MARKETING
          password: "@@S@@"
          role: TRANSFORMER
          database: MARKETING
          warehouse: TRANSFORMING
          schema: MARTS
          threads: 8
        dev:
          type: snowflake
          account: nw48213.eu-west-1
          user: "{{ env_var('DBT_USER') }}"
          authenticator: externalbrowser
          role: ANALYST
          database: MARKETING_DEV
          warehouse: DEV_WH
          schema: "dbt_{{ env_var('DBT_USER') | lower }}"
          threads: 4
''', words_pw(), "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup"))

_pem = rsa_pem(pkcs8=True, lines=25)
add(S("dbt-profiles", "bigquery-keyfile-json", "analytics/dbt/profiles.yml", T('''
    ecommerce_bq:
      target: prod
      outputs:
        prod:
          type: bigquery
          method: service-account-json
          project: kettle-crumb-bi
          dataset: ecommerce
          threads: 4
          keyfile_json:
            type: service_account
            project_id: kettle-crumb-bi
            private_key_id: @@KID@@
            private_key: |
              @@PK@@
            client_email: dbt-runner@kettle-crumb-bi.iam.gserviceaccount.com
            client_id: "@@CID@@"
            auth_uri: https://accounts.google.com/o/oauth2/auth
            token_uri: https://oauth2.googleapis.com/token
''', KID=hexs(40), PK=ind(_pem, 10), CID=draw(21, "0123456789")), _pem,
    "https://docs.getdbt.com/docs/core/connect-data-platform/bigquery-setup#service-account-json"))

add(SV("python", "redshift-password-in-url", "reporting/attribution.py", '''
    """Last-touch attribution rollup; writes to marts.attribution_daily."""
    import pandas as pd
    from sqlalchemy import create_engine, text

    ENGINE = create_engine(
        "postgresql+psycopg2://mkt_etl:@@S@@@analytics.c3xq9ab2kd1z.eu-west-1.redshift.amazonaws.com:5439/analytics"
    )

    SQL = text("""
        select order_id, utm_source, utm_medium, utm_campaign, revenue
        from staging.orders_with_sessions
        where order_date = :day
    """)


    def run(day: str) -> None:
        df = pd.read_sql(SQL, ENGINE, params={"day": day})
        rollup = df.groupby(["utm_source", "utm_medium", "utm_campaign"], as_index=False)["revenue"].sum()
        rollup["day"] = day
        rollup.to_sql("attribution_daily", ENGINE, schema="marts", if_exists="append", index=False)
''', rand_pw(16), "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls"))

add(SV("dotenv", "mongodb-uri-password", "services/cart-recovery/.env", '''
    NODE_ENV=production
    PORT=4000
    MONGO_URI=mongodb+srv://cartrecovery:@@S@@@cluster0.x8kq2.mongodb.net/carts?retryWrites=true&w=majority
    ABANDONED_AFTER_MINUTES=60
    EMAIL_PROVIDER=klaviyo
''', rand_pw(16), "https://www.mongodb.com/docs/manual/reference/connection-string/"))

add(SV("python", "redis-password-in-url", "sync/celeryconfig.py", '''
    # Celery settings for the order / inventory sync workers
    broker_url = "rediss://:@@S@@@master.orders-cache.x1y2z3.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
    result_backend = None
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_routes = {
        "sync.tasks.push_inventory": {"queue": "inventory"},
        "sync.tasks.import_order": {"queue": "orders"},
    }
    beat_schedule = {
        "inventory-every-10-min": {"task": "sync.tasks.push_inventory", "schedule": 600.0},
    }
''', fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html"))

add(SV("pgpass", "postgres-password", "ops/dotfiles/.pgpass", '''
    # hostname:port:database:username:password
    warehouse.internal:5432:marketing:mkt_analyst:@@S@@
    warehouse-replica.internal:5432:marketing:mkt_analyst:*
    # local dev db
    localhost:5432:*:postgres:postgres
''', passphrase(), "https://www.postgresql.org/docs/current/libpq-pgpass.html"))

add(SV("makefile", "postgres-password-env", "marts/Makefile", '''
    PGHOST ?= warehouse.internal
    PGUSER ?= mkt_etl
    export PGPASSWORD := @@S@@

    SQL := $(wildcard sql/*.sql)

    .PHONY: refresh vacuum

    refresh:
    \tfor f in $(SQL); do psql -h $(PGHOST) -U $(PGUSER) -d marketing -v ON_ERROR_STOP=1 -f $$f; done

    vacuum:
    \tpsql -h $(PGHOST) -U $(PGUSER) -d marketing -c "VACUUM ANALYZE marts.attribution_daily"
''', season_pw(), "https://www.postgresql.org/docs/current/libpq-envars.html"))

_pw = rand_pw(18)
add(S("k8s-secret", "magento-db-url-base64", "deploy/k8s/m2-db-secret.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: magento-db
      namespace: magento
    type: Opaque
    data:
      DATABASE_URL: @@U@@
      DATABASE_NAME: @@N@@
''', U=b64(f"mysql://m2_app:{_pw}@m2-db.magento.svc:3306/magento"), N=b64("magento")), _pw,
    "https://kubernetes.io/docs/concepts/configuration/secret/"))

# =============================================================================================
# Infrastructure files carrying marketing credentials
# =============================================================================================
add(SV("terraform", "klaviyo-private-key", "infra/marketing/terraform.tfvars", '''
    environment        = "prod"
    region             = "eu-west-1"
    feed_bucket_name   = "harborandhide-feeds-prod"
    klaviyo_public_key = "UxR7pQ"
    klaviyo_private_key = "@@S@@"
    alert_emails       = ["mkt-ops@harborandhide.com"]
''', klaviyo_pk(), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files"))

add(SV("terraform", "aws-secret-access-key", "infra/feeds/main.tf", '''
    provider "aws" {
      region     = "us-east-1"
      access_key = "@@K@@"
      secret_key = "@@S@@"
    }

    resource "aws_s3_bucket" "feeds" {
      bucket = "lumencandle-product-feeds"
    }

    resource "aws_s3_bucket_public_access_block" "feeds" {
      bucket                  = aws_s3_bucket.feeds.id
      block_public_acls       = true
      block_public_policy     = true
      ignore_public_acls      = true
      restrict_public_buckets = true
    }
''', fakes.aws_secret_key(_seed()), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#static-credentials", K=fakes.aws_key_id(_seed())))

add(SV("ini", "aws-secret-access-key", "ops/dotfiles/aws/credentials", '''
    [default]
    region = eu-west-1

    [feeds-uploader]
    aws_access_key_id = @@K@@
    aws_secret_access_key = @@S@@

    [mkt-readonly]
    role_arn = arn:aws:iam::482113907612:role/marketing-readonly
    source_profile = feeds-uploader
''', fakes.aws_secret_key(_seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", K=fakes.aws_key_id(_seed())))

add(SV("dockerfile", "sendgrid-api-key", "services/notifications/Dockerfile", '''
    FROM python:3.12-slim

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt

    COPY . .

    ENV PYTHONUNBUFFERED=1 \\
        SENDGRID_API_KEY=@@S@@ \\
        FROM_EMAIL=orders@saltmarsh-soap.com

    EXPOSE 8000
    CMD ["gunicorn", "-b", "0.0.0.0:8000", "notifications.app:app"]
''', sendgrid_key(), "https://docs.docker.com/reference/dockerfile/#env"))

_tok = mixed(20)
add(S("pip-conf", "gemfury-token-in-index-url", "pip.conf", T('''
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://@@T@@:@pypi.fury.io/northwind-commerce/

    [install]
    trusted-host = pypi.fury.io
''', T=_tok), _tok, "https://gemfury.com/help/pypi-server/#install-a-private-package"))

_tok = fakes.github_token(_seed())
add(S("requirements", "github-token-in-vcs-url", "requirements.txt", T('''
    Django==4.2.13
    ShopifyAPI==12.5.0
    celery[redis]==5.4.0
    requests==2.32.3
    # private helpers shared with the theme team
    git+https://@@T@@@github.com/northwind-commerce/shop-utils.git@v0.9.4#egg=shop-utils
    python-dotenv==1.0.1
''', T=_tok), _tok, "https://pip.pypa.io/en/stable/topics/vcs-support/"))

_env = T('''
    SHOPIFY_SHOP=fernhill-apparel.myshopify.com
    KLAVIYO_API_KEY=@@K@@
    SEGMENT_WRITE_KEY_NAME=projects/mkt/secrets/segment
    LOG_LEVEL=info
''', K=klaviyo_pk())
_k = _env.split("KLAVIYO_API_KEY=")[1].split("\n")[0]
add(S("ansible", "klaviyo-private-key-block-scalar", "ansible/roles/review_sync/tasks/main.yml", T('''
    ---
    - name: Create app directory
      ansible.builtin.file:
        path: /opt/review-sync
        state: directory
        owner: mkt
        mode: "0750"

    - name: Write environment file
      ansible.builtin.copy:
        dest: /opt/review-sync/.env
        owner: mkt
        mode: "0600"
        content: |
          @@ENV@@

    - name: Restart service
      ansible.builtin.systemd:
        name: review-sync
        state: restarted
        daemon_reload: true
''', ENV=ind(_env.rstrip("\n"), 6)), _k, "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html"))

add(SV("k8s-secret", "brevo-api-key-stringdata", "deploy/k8s/newsletter-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: newsletter
      namespace: marketing
    type: Opaque
    stringData:
      BREVO_API_KEY: "@@S@@"
      BREVO_DEFAULT_LIST: "12"
''', brevo_key(), "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data"))

# =============================================================================================
# Other services of the shop stack
# =============================================================================================
add(SV("python", "slack-webhook", "monitoring/order_alerts.py", '''
    """Post to #orders-ops when the hourly order count drops below the forecast band."""
    import requests

    SLACK_WEBHOOK = "@@S@@"


    def alert(hour: str, orders: int, expected_low: int) -> None:
        text = (f":rotating_light: {hour}: {orders} orders, expected at least {expected_low}. "
                "Check checkout + payment gateway status.")
        requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
''', slack_webhook(), "https://api.slack.com/messaging/webhooks"))

add(SV("python", "sendgrid-api-key", "emails/order_confirmation.py", '''
    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Mail

    sg = SendGridAPIClient("@@S@@")
    TEMPLATE_ID = "d-4f7a2c91b8e34d5f9a0c6b1e2d3f4a5b"


    def send_confirmation(order: dict) -> int:
        message = Mail(from_email="orders@kiteandkettle.com", to_emails=order["email"])
        message.template_id = TEMPLATE_ID
        message.dynamic_template_data = {"order_number": order["name"], "items": order["line_items"],
                                         "total": order["total_price"]}
        return sg.send(message).status_code
''', sendgrid_key(), "https://github.com/sendgrid/sendgrid-python#quick-start"))

add(SV("python", "algolia-admin-key", "search/reindex.py", '''
    """Full reindex of the product catalog into Algolia (runs after the nightly PIM import)."""
    from algoliasearch.search_client import SearchClient

    APP_ID = "QX7R2KD9LM"
    ADMIN_API_KEY = "@@S@@"  # write access -- never ship to the browser

    client = SearchClient.create(APP_ID, ADMIN_API_KEY)
    index = client.init_index("prod_products")


    def reindex(products):
        records = [{"objectID": p["sku"], "title": p["title"], "price": p["price"], "brand": p["brand"],
                    "in_stock": p["inventory"] > 0} for p in products]
        index.replace_all_objects(records, {"batchSize": 1000})
''', hexs(32), "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key"))

add(SV("python", "zendesk-api-token", "support/zendesk_tags.py", '''
    import requests

    SUBDOMAIN = "copperlinebikes"
    EMAIL = "ops-bot@copperlinebikes.com"
    API_TOKEN = "@@S@@"
    AUTH = (f"{EMAIL}/token", API_TOKEN)


    def tag_order_tickets(order_name: str, tag: str) -> None:
        q = f'type:ticket "{order_name}"'
        r = requests.get(f"https://{SUBDOMAIN}.zendesk.com/api/v2/search.json", params={"query": q}, auth=AUTH)
        for t in r.json()["results"]:
            requests.put(f"https://{SUBDOMAIN}.zendesk.com/api/v2/tickets/{t['id']}/tags.json",
                         json={"tags": [tag]}, auth=AUTH)
''', mixed(40), "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token"))

add(SV("dotenv", "gorgias-api-key", "support/.env", '''
    GORGIAS_DOMAIN=bluebird-pantry.gorgias.com
    GORGIAS_USERNAME=support-ops@bluebirdpantry.com
    GORGIAS_API_KEY=@@S@@
    MACRO_REFUND_ID=183920
    TAG_WISMO=where-is-my-order
''', hexs(64), "https://developers.gorgias.com/reference/authentication"))

add(SV("dotenv", "cloudinary-url", ".env.media", '''
    # product image pipeline
    CLOUDINARY_URL=cloudinary://@@K@@:@@S@@@lumencandle
    IMAGE_MAX_WIDTH=2048
    IMAGE_FORMATS=webp,avif
    IMAGE_FOLDER=products/2024
''', mixed_of(27, URLSAFE), "https://cloudinary.com/documentation/python_integration#configuration", K=draw(15, "0123456789")))

add(SV("python", "postmark-server-token", "shop/config.py", '''
    class Config:
        SQLALCHEMY_DATABASE_URI = "postgresql:///shop"
        POSTMARK_SERVER_TOKEN = "@@S@@"
        POSTMARK_MESSAGE_STREAM = "outbound"
        ORDER_FROM = "hello@pebbleandpine.shop"


    class TestConfig(Config):
        POSTMARK_SERVER_TOKEN = "POSTMARK_API_TEST"
        SQLALCHEMY_DATABASE_URI = "sqlite://"
''', uuid_s(), "https://postmarkapp.com/developer/api/overview#authentication"))

add(SV("python", "twilio-auth-token", "notifications/sms.py", '''
    from twilio.rest import Client

    ACCOUNT_SID = "AC@@SID@@"
    AUTH_TOKEN = "@@S@@"
    FROM = "+14155550134"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def shipped(phone: str, order_name: str, tracking_url: str) -> str:
        msg = client.messages.create(to=phone, from_=FROM,
                                     body=f"Your order {order_name} is on its way: {tracking_url}")
        return msg.sid
''', hexs(32), "https://www.twilio.com/docs/libraries/reference/twilio-python", SID=hexs(32)))

add(SV("python", "mailgun-api-key", "emails/mailgun_client.py", '''
    import requests

    MAILGUN_DOMAIN = "mg.tidewatertea.com"
    MAILGUN_API_KEY = "key-@@S@@"


    def send(to: str, subject: str, html: str) -> None:
        requests.post(f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                      auth=("api", MAILGUN_API_KEY),
                      data={"from": "Tidewater Tea <orders@tidewatertea.com>", "to": to,
                            "subject": subject, "html": html}, timeout=15).raise_for_status()
''', hexs(32), "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"))

add(SV("python", "django-secret-key", "storefront/settings/prod.py", '''
    from .base import *  # noqa: F401,F403

    SECRET_KEY = "@@S@@"
    DEBUG = False
    ALLOWED_HOSTS = ["shop.kiteandkettle.com"]

    DATABASES["default"]["HOST"] = "shop-db.internal"  # noqa: F405
    SECURE_HSTS_SECONDS = 31536000
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#std-setting-SECRET_KEY"))

add(SV("python", "sfmc-client-secret", "marketing_cloud/config.py", '''
    """Salesforce Marketing Cloud (FuelSDK) config for the triggered-send service."""
    SFMC = {
        "clientid": "@@C@@",
        "clientsecret": "@@S@@",
        "authenticationurl": "https://mc4x8q2b1z9k7r3t5v0w6y.auth.marketingcloudapis.com/",
        "baseapiurl": "https://mc4x8q2b1z9k7r3t5v0w6y.rest.marketingcloudapis.com/",
        "soapendpoint": "https://mc4x8q2b1z9k7r3t5v0w6y.soap.marketingcloudapis.com/Service.asmx",
        "useOAuth2Authentication": "True",
        "accountId": "514009871",
    }
    TRIGGERED_SEND_KEY = "order_shipped_v3"
''', mixed(24), "https://developer.salesforce.com/docs/marketing/marketing-cloud/guide/access-token-s2s.html", C=draw(24, LOWALNUM)))

add(SV("markdown", "sftp-password-runbook", "docs/runbooks/wholesale-feed.md", '''
    # Runbook: wholesale price feed

    The distributor pulls nothing; we push `prices_wholesale.csv` every night at 02:40.

    ## If the upload fails

    1. Check `/var/log/feeds/upload.log` on `feeds-01`.
    2. Try by hand:

       ```
       sftp -P 2222 alpinegear_eu@files.wholesale-distributor.de
       ```

       Password: `@@S@@` (rotated 2024-03 with Jana from their IT)
    3. If their server is down, mail edi@wholesale-distributor.de and post in #wholesale.

    ## Contacts
    - Jana Richter (distributor IT), +49 30 5550 1847
''', words_pw(), "https://www.openssh.com/manual.html"))

add(SV("notebook", "hubspot-private-app-token", "notebooks/deal_pipeline.ipynb", '''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import hubspot\\n",
        "import pandas as pd\\n",
        "client = hubspot.Client.create(access_token=\\"@@S@@\\")"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "deals = client.crm.deals.get_all(properties=[\\"dealname\\", \\"amount\\", \\"dealstage\\", \\"closedate\\"])\\n",
        "df = pd.DataFrame([d.properties for d in deals])\\n",
        "df.groupby(\\"dealstage\\")[\\"amount\\"].sum()"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
''', hubspot_pat("na1"), "https://github.com/HubSpot/hubspot-api-python"))

add(SV("python", "microsoft-ads-developer-token", "ads/msads_reports.py", '''
    from bingads.authorization import AuthorizationData, OAuthDesktopMobileAuthCodeGrant

    CLIENT_ID = "4c0b1a55-3e2d-4b8e-9a1f-2d6c7e8f9a01"
    DEVELOPER_TOKEN = "@@S@@"
    CUSTOMER_ID = 182734651
    ACCOUNT_ID = 140928374

    authentication = OAuthDesktopMobileAuthCodeGrant(client_id=CLIENT_ID, env="production")
    authorization_data = AuthorizationData(
        account_id=ACCOUNT_ID,
        customer_id=CUSTOMER_ID,
        developer_token=DEVELOPER_TOKEN,
        authentication=authentication,
    )
''', draw(16, UPALNUM), "https://learn.microsoft.com/en-us/advertising/guides/get-started?view=bingads-13#get-developer-token"))

add(SV("yaml", "yotpo-secret-key", "config/reviews.yml", '''
    reviews:
      provider: yotpo
      app_key: Xq7TzK2mPa9vBn4cRw8sYd1fGh6jLo3e
      secret_key: @@S@@
      sync:
        interval_minutes: 30
        min_rating_for_syndication: 4
''', mixed(40), "https://apidocs.yotpo.com/reference/yotpo-authentication"))

add(SV("python", "woocommerce-webhook-secret", "woo/webhook_receiver.py", '''
    import base64
    import hashlib
    import hmac

    from fastapi import FastAPI, Header, HTTPException, Request

    app = FastAPI()
    WC_WEBHOOK_SECRET = b"@@S@@"


    @app.post("/wc/order-updated")
    async def order_updated(request: Request, x_wc_webhook_signature: str = Header(...)):
        body = await request.body()
        sig = base64.b64encode(hmac.new(WC_WEBHOOK_SECRET, body, hashlib.sha256).digest()).decode()
        if not hmac.compare_digest(sig, x_wc_webhook_signature):
            raise HTTPException(status_code=401)
        return {"ok": True}
''', draw(50, ALNUM + "!#$%^&*()-_[]{}<>~+=,.;:/?|"), "https://woocommerce.com/document/webhooks/"))

# =============================================================================================
# DECOYS -- Shopify
# =============================================================================================
add(DV("toml", "public-client-id", "shopify.app.toml", '''
    # Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

    client_id = "@@C@@"
    name = "Loyalty Ledger"
    handle = "loyalty-ledger"
    application_url = "https://loyalty.northwind.io"
    embedded = true

    [access_scopes]
    scopes = "read_orders,write_customers,read_products"

    [auth]
    redirect_urls = ["https://loyalty.northwind.io/auth/callback"]

    [webhooks]
    api_version = "2024-07"

      [[webhooks.subscriptions]]
      topics = ["app/uninstalled", "orders/create"]
      uri = "/webhooks"

    [build]
    automatically_update_urls_on_dev = false
''', "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", C=hexs(32)))

add(DV("liquid", "public-storefront-token", "theme/snippets/headless-cart.liquid", '''
    {%- comment -%}
      Mini cart rendered client-side through the Storefront API.
      The Storefront access token is public by design (unauthenticated scopes only).
    {%- endcomment -%}
    <div id="mini-cart" data-cart-count="{{ cart.item_count }}"></div>
    <script type="module">
      import { createStorefrontApiClient } from "https://cdn.jsdelivr.net/npm/@shopify/storefront-api-client@1/+esm";

      const client = createStorefrontApiClient({
        storeDomain: "{{ shop.permanent_domain }}",
        apiVersion: "2024-07",
        publicAccessToken: "@@T@@",
      });

      window.miniCart = { client, cartId: "{{ cart.token }}" };
    </script>
''', "https://shopify.dev/docs/api/storefront#authentication", T=hexs(32)))

add(DV("dotenv", "placeholder", ".env.example", '''
    # Copy to .env and fill in. Never commit the real .env.
    SHOPIFY_API_KEY=
    SHOPIFY_API_SECRET=
    SHOPIFY_ACCESS_TOKEN=shpat_your_admin_api_access_token
    SHOP=your-store.myshopify.com
    SCOPES=read_orders,read_products
    DATABASE_URL=postgres://localhost:5432/app_dev
    REDIS_URL=redis://localhost:6379/0
''', "https://shopify.dev/docs/apps/build/cli-for-apps/environment-variables"))

add(DV("markdown", "doc-example", "README.md", '''
    # shop-sync

    Syncs orders and inventory between Shopify and our WMS.

    ## Setup

    1. Create a custom app in the store admin (Settings > Apps > Develop apps) with the
       `read_orders`, `write_inventory` scopes, and install it.
    2. Copy the Admin API access token; it starts with `shpat_` and is shown once:

       ```bash
       export SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
       export SHOPIFY_SHOP=your-store.myshopify.com
       ```

    3. `make run` starts the worker; `make test` runs the suite against recorded cassettes.

    ## Webhooks

    Register `orders/create` and `inventory_levels/update` to `https://<host>/webhooks`.
    The HMAC is checked with the app's client secret (`SHOPIFY_API_SECRET`).
''', "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin"))

add(DV("python", "test-fixture", "tests/test_webhooks.py", '''
    import base64
    import hashlib
    import hmac
    import json

    import pytest

    from app.webhooks import verify

    TEST_SECRET = "hush"
    PAYLOAD = json.dumps({"id": 820982911946154508, "email": "jon@example.com", "total_price": "403.00"}).encode()


    def sign(body: bytes, secret: str = TEST_SECRET) -> str:
        return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


    def test_valid_signature(monkeypatch):
        monkeypatch.setattr("app.webhooks.SHOPIFY_CLIENT_SECRET", TEST_SECRET)
        assert verify(PAYLOAD, sign(PAYLOAD))


    @pytest.mark.parametrize("header", ["", "@@H@@", "not-base64"])
    def test_invalid_signature(monkeypatch, header):
        monkeypatch.setattr("app.webhooks.SHOPIFY_CLIENT_SECRET", TEST_SECRET)
        assert not verify(PAYLOAD, header)
''', "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", H=draw(43, B64) + "="))

add(DV("python", "env-reference", "apps/order_export/settings.py", '''
    """Order export settings; every credential comes from the environment (see deploy/secrets.md)."""
    import os

    SHOP = os.environ["SHOPIFY_SHOP"]
    SHOPIFY_ACCESS_TOKEN = os.environ["SHOPIFY_ACCESS_TOKEN"]
    SHOPIFY_API_SECRET = os.getenv("SHOPIFY_API_SECRET", "")
    API_VERSION = os.getenv("SHOPIFY_API_VERSION", "2024-07")

    SFTP_HOST = os.getenv("EXPORT_SFTP_HOST", "sftp.3pl-fulfilment.co.uk")
    SFTP_USER = os.getenv("EXPORT_SFTP_USER", "bluebird")
    SFTP_PASSWORD = os.environ.get("EXPORT_SFTP_PASSWORD")
    SFTP_KEY_FILE = os.getenv("EXPORT_SFTP_KEY", "/run/secrets/sftp_ed25519")

    EXPORT_STATUSES = ("paid", "partially_refunded")
''', "https://docs.python.org/3/library/os.html#os.environ"))

add(DV("graphql", "ids", "queries/orders_to_fulfil.graphql", '''
    # Orders paid but not fulfilled, oldest first. Cursor-paginated.
    # Example variables: {"after": null, "location": "gid://shopify/Location/68412039187"}
    query OrdersToFulfil($after: String) {
      orders(first: 50, after: $after, sortKey: CREATED_AT,
             query: "financial_status:paid fulfillment_status:unfulfilled") {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id            # e.g. gid://shopify/Order/5823419084861
            name          # e.g. #NW10482
            createdAt
            lineItems(first: 50) {
              edges { node { sku quantity variant { id inventoryItem { id } } } }
            }
          }
        }
      }
    }
''', "https://shopify.dev/docs/api/admin-graphql/latest/queries/orders"))

add(DV("text", "signature-header", "logs/webhook-sample.log", '''
    2024-06-03T09:12:44.118Z INFO  webhook received topic=orders/create shop=harbor-home-goods.myshopify.com
    2024-06-03T09:12:44.118Z DEBUG headers X-Shopify-Webhook-Id=@@W@@ X-Shopify-Hmac-Sha256=@@H@@
    2024-06-03T09:12:44.119Z DEBUG headers X-Shopify-Triggered-At=2024-06-03T09:12:43.904Z X-Shopify-Event-Id=@@E@@
    2024-06-03T09:12:44.121Z INFO  hmac ok order_id=5823419084861 name=#HH20931 total=118.40 EUR
    2024-06-03T09:12:44.160Z INFO  enqueued job=fulfilment:@@J@@
''', "https://shopify.dev/docs/apps/build/webhooks/subscribe/https", W=uuid_s(), H=draw(43, B64) + "=", E=uuid_s(), J=hexs(24)))

add(DV("python", "ids", "apps/shopify_sync/constants.py", '''
    """Store constants: ids are not secrets (they show up in admin URLs)."""
    LOCATIONS = {
        "gid://shopify/Location/68412039187": "Main DC (Reno)",
        "gid://shopify/Location/68412071955": "Retail - SoHo",
    }
    PUBLICATION_ONLINE_STORE = "gid://shopify/Publication/96423985331"
    METAFIELD_NAMESPACE = "wms"
    WEBHOOK_TOPICS = ["ORDERS_CREATE", "ORDERS_CANCELLED", "INVENTORY_LEVELS_UPDATE"]
    # theme asset checksums recorded by the last deploy (md5)
    THEME_ASSET_CHECKSUMS = {
        "assets/base.css": "@@M1@@",
        "assets/global.js": "@@M2@@",
        "layout/theme.liquid": "@@M3@@",
    }
''', "https://shopify.dev/docs/api/usage/gids", M1=hexs(32), M2=hexs(32), M3=hexs(32)))

add(DV("json", "theme-settings", "theme/config/settings_data.json", '''
    {
      "current": {
        "logo_width": 120,
        "colors_solid_button_labels": "#FFFFFF",
        "type_header_font": "assistant_n4",
        "social_instagram_link": "https://instagram.com/kettleandcrumb",
        "predictive_search_enabled": true,
        "cart_type": "drawer",
        "sections": {
          "header": {"type": "header", "settings": {"menu": "main-menu", "sticky_header_type": "on-scroll-up"}}
        },
        "content_for_index": ["image_banner", "featured_collection"],
        "blocks": {
          "@@B1@@": {"type": "shopify://apps/judge-me-reviews/blocks/preview_badge/@@A1@@", "disabled": false},
          "@@B2@@": {"type": "shopify://apps/klaviyo-email-marketing-sms/blocks/klaviyo-onsite-embed/@@A2@@", "disabled": false}
        }
      }
    }
''', "https://shopify.dev/docs/storefronts/themes/architecture/config/settings-data-json",
    B1=draw(19, "0123456789"), A1=uuid_s(), B2=draw(19, "0123456789"), A2=uuid_s()))

# =============================================================================================
# DECOYS -- WooCommerce / WordPress / Magento / BigCommerce
# =============================================================================================
add(DV("markdown", "doc-example", "docs/woocommerce-api.md", '''
    ## Connecting to the WooCommerce REST API

    Generate keys in WooCommerce > Settings > Advanced > REST API (permission: Read/Write).

    ```python
    from woocommerce import API

    wcapi = API(
        url="https://example.com",
        consumer_key="ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        consumer_secret="cs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        version="wc/v3",
    )
    print(wcapi.get("orders", params={"per_page": 5}).json())
    ```

    Store the real values in the `WC_CONSUMER_KEY` / `WC_CONSUMER_SECRET` variables of the
    deployment, never in this repository.
''', "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication"))

add(DV("php", "env-reference", "wp-config.docker.php", '''
    <?php
    // wp-config for the Docker image; values come from the container environment.
    define( 'DB_NAME',     getenv( 'WORDPRESS_DB_NAME' ) ?: 'wordpress' );
    define( 'DB_USER',     getenv( 'WORDPRESS_DB_USER' ) ?: 'wordpress' );
    define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
    define( 'DB_HOST',     getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );

    define( 'AUTH_KEY',         getenv( 'WORDPRESS_AUTH_KEY' ) );
    define( 'SECURE_AUTH_KEY',  getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
    define( 'LOGGED_IN_KEY',    getenv( 'WORDPRESS_LOGGED_IN_KEY' ) );
    define( 'NONCE_KEY',        getenv( 'WORDPRESS_NONCE_KEY' ) );

    $table_prefix = getenv( 'WORDPRESS_TABLE_PREFIX' ) ?: 'wp_';
    define( 'WP_DEBUG', (bool) getenv( 'WORDPRESS_DEBUG' ) );

    require_once ABSPATH . 'wp-settings.php';
''', "https://github.com/docker-library/wordpress/blob/master/wp-config-docker.php"))

add(DV("sql", "password-hash", "db/seed/wp_users_staging.sql", '''
    -- Staging users (anonymised copy of prod, 2024-05-20). Passwords are phpass / bcrypt hashes.
    INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_registered`, `display_name`) VALUES
    (1, 'shopadmin', '@@H1@@', 'shopadmin', 'admin@staging.bramblecrafts.com', '2019-02-11 10:02:33', 'Shop Admin'),
    (2, 'fulfilment', '@@H2@@', 'fulfilment', 'fulfilment@staging.bramblecrafts.com', '2021-07-01 08:15:00', 'Fulfilment'),
    (3, 'marketing', '$wp@@H3@@', 'marketing', 'marketing@staging.bramblecrafts.com', '2023-03-14 12:44:10', 'Marketing');

    INSERT INTO `wp_usermeta` (`user_id`, `meta_key`, `meta_value`) VALUES
    (1, 'wp_capabilities', 'a:1:{s:13:"administrator";b:1;}'),
    (2, 'wp_capabilities', 'a:1:{s:12:"shop_manager";b:1;}'),
    (3, 'wp_capabilities', 'a:1:{s:6:"editor";b:1;}');
''', "https://developer.wordpress.org/reference/functions/wp_hash_password/",
    H1=phpass_hash(), H2=phpass_hash(), H3=bcrypt_hash().replace("$2b$", "$2y$")))

add(DV("json", "order-data", "tests/fixtures/wc_order_updated.json", '''
    {
      "id": 48213,
      "parent_id": 0,
      "status": "processing",
      "currency": "GBP",
      "date_created": "2024-05-14T10:22:07",
      "total": "64.90",
      "customer_id": 1182,
      "order_key": "wc_order_@@OK@@",
      "billing": {"first_name": "Test", "last_name": "Customer", "email": "test.customer@example.com"},
      "payment_method": "stripe",
      "transaction_id": "pi_@@PI@@",
      "cart_hash": "@@CH@@",
      "line_items": [
        {"id": 9120, "name": "Hand-thrown mug (sage)", "product_id": 311, "sku": "HC-MUG-SAGE-12", "quantity": 2, "total": "48.00"},
        {"id": 9121, "name": "Gift wrap", "product_id": 58, "sku": "GIFTWRAP", "quantity": 1, "total": "3.50"}
      ]
    }
''', "https://woocommerce.github.io/woocommerce-rest-api-docs/#order-properties", OK=mixed(13), PI=mixed(24), CH=hexs(32)))

add(DV("php", "env-reference", "deploy/prod/env.php", '''
    <?php
    // Generated by deploy/render-env.php from the container environment -- no literals here.
    return [
        'backend' => ['frontName' => getenv('MAGENTO_ADMIN_PATH')],
        'crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')],
        'db' => [
            'table_prefix' => '',
            'connection' => [
                'default' => [
                    'host' => getenv('MAGENTO_DB_HOST'),
                    'dbname' => getenv('MAGENTO_DB_NAME'),
                    'username' => getenv('MAGENTO_DB_USER'),
                    'password' => getenv('MAGENTO_DB_PASSWORD'),
                    'model' => 'mysql4',
                    'engine' => 'innodb',
                    'initStatements' => 'SET NAMES utf8;',
                    'active' => '1'
                ]
            ]
        ],
        'resource' => ['default_setup' => ['connection' => 'default']],
        'MAGE_MODE' => 'production',
        'session' => ['save' => 'redis', 'redis' => ['host' => getenv('REDIS_HOST'), 'port' => '6379']],
    ];
''', "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp"))

add(DV("sql", "password-hash", "db/fixtures/admin_user.sql", '''
    -- Magento 2.4 admin users for the integration test database.
    -- `password` holds hash:salt:version (3 = argon2id13), never the password itself.
    INSERT INTO admin_user (user_id, firstname, lastname, email, username, password, created, is_active)
    VALUES
      (1, 'Store', 'Owner', 'owner@example.com', 'owner',
       '@@H1@@:@@S1@@:3_32_2_67108864', '2023-09-14 08:41:07', 1),
      (2, 'Feed', 'Exporter', 'feeds@example.com', 'feeds',
       '@@H2@@:@@S2@@:3_32_2_67108864', '2023-09-14 08:41:07', 1);

    INSERT INTO authorization_role (role_id, parent_id, tree_level, role_type, user_id, user_type, role_name)
    VALUES (2, 1, 2, 'U', 1, 2, 'owner'), (3, 1, 2, 'U', 2, 2, 'feeds');
''', "https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key",
    H1=hexs(64), S1=mixed(32), H2=hexs(64), S2=mixed(32)))

add(D("json", "placeholder", "auth.json.sample", T('''
    {
        "http-basic": {
            "repo.magento.com": {
                "username": "<public-key>",
                "password": "<private-key>"
            }
        },
        "_comment": "Copy to auth.json with your Commerce Marketplace access keys; auth.json is git-ignored."
    }
'''), "https://experienceleague.adobe.com/en/docs/commerce-operations/installation-guide/prerequisites/authentication-keys"))

add(DV("php", "no-secret", "app/etc/config.php", '''
    <?php
    return [
        'modules' => [
            'Magento_Store' => 1,
            'Magento_Directory' => 1,
            'Magento_Catalog' => 1,
            'Magento_Sales' => 1,
            'Magento_Checkout' => 1,
            'Magento_GoogleAnalytics' => 1,
            'Magento_GoogleGtag' => 1,
            'Klaviyo_Reclaim' => 1,
            'Yotpo_Reviews' => 1,
            'Magento_TwoFactorAuth' => 0
        ],
        'system' => [
            'default' => [
                'google' => [
                    'gtag' => ['analytics4' => ['active' => '1', 'measurement_id' => 'G-@@G@@']]
                ],
                'general' => ['locale' => ['code' => 'de_DE']]
            ]
        ]
    ];
''', "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-configphp", G=draw(10, UPALNUM)))

_h = base64.urlsafe_b64encode(b'{"alg":"ES256","typ":"JWT"}').decode().rstrip("=")
_p = base64.urlsafe_b64encode(('{"cid":[1],"cors":["https://www.sprucecart.com"],"eat":1767225600,"iat":1704067200,'
                               '"iss":"BC","sid":1001234567,"sub":"' + draw(31, LOWALNUM)
                               + '","sub_type":2,"token_type":1}').encode()).decode().rstrip("=")
add(DV("javascript", "public-storefront-token", "storefront/src/lib/bigcommerce.js", '''
    // GraphQL Storefront API token: created for channel 1 with allowed_cors_origins, meant to be
    // shipped to the browser (it only reads the public catalog and the shopper's own cart).
    const STOREFRONT_TOKEN =
      "@@H@@.@@P@@.@@SIG@@";

    export async function storefront(query, variables = {}) {
      const res = await fetch("https://www.sprucecart.com/graphql", {
        method: "POST",
        credentials: "include",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${STOREFRONT_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()).data;
    }
''', "https://developer.bigcommerce.com/docs/storefront/graphql#authentication", H=_h, P=_p, SIG=draw(86, URLSAFE)))

# =============================================================================================
# DECOYS -- Salesforce / HubSpot / email platforms
# =============================================================================================
add(DV("csv", "record-ids", "migration/account_id_map.csv", '''
    shopify_customer_id,salesforce_account_id,salesforce_contact_id,owner_id
    6483920184381,@@A1@@,@@C1@@,0055g00000Ax9QzAAJ
    6483920217149,@@A2@@,@@C2@@,0055g00000Ax9QzAAJ
    6483921002597,@@A3@@,@@C3@@,0055g00000BvT2kAAF
    6483921461349,@@A4@@,@@C4@@,0055g00000BvT2kAAF
    6483922575461,@@A5@@,@@C5@@,0055g00000Ax9QzAAJ
''', "https://help.salesforce.com/s/articleView?id=000385008&type=1",
    A1="0015g00000" + mixed(5) + "AA" + draw(1, UPALNUM), C1="0035g00000" + mixed(5) + "AA" + draw(1, UPALNUM),
    A2="0015g00000" + mixed(5) + "AA" + draw(1, UPALNUM), C2="0035g00000" + mixed(5) + "AA" + draw(1, UPALNUM),
    A3="0015g00000" + mixed(5) + "AA" + draw(1, UPALNUM), C3="0035g00000" + mixed(5) + "AA" + draw(1, UPALNUM),
    A4="0015g00000" + mixed(5) + "AA" + draw(1, UPALNUM), C4="0035g00000" + mixed(5) + "AA" + draw(1, UPALNUM),
    A5="0015g00000" + mixed(5) + "AA" + draw(1, UPALNUM), C5="0035g00000" + mixed(5) + "AA" + draw(1, UPALNUM)))

add(DV("python", "key-path", "crm/sf_jwt.py", '''
    """Salesforce JWT bearer flow: the private key stays on disk, mounted from the secret store."""
    from pathlib import Path

    from simple_salesforce import Salesforce

    CONSUMER_KEY = "@@K@@"
    KEY_FILE = Path("/run/secrets/salesforce/server.key")


    def connect() -> Salesforce:
        return Salesforce(
            username="integration.user@northwind.com",
            consumer_key=CONSUMER_KEY,
            privatekey_file=str(KEY_FILE),
            domain="login",
        )
''', "https://simple-salesforce.readthedocs.io/en/latest/user_guide/examples.html#jwt-bearer", K=sf_consumer_key()))

add(DV("shell", "key-path", "scripts/sf_ci_login.sh", '''
    #!/usr/bin/env bash
    # CI login to the production org with the JWT flow; the key is a masked CI file variable.
    set -euo pipefail

    sf org login jwt \\
      --client-id "${SF_CONSUMER_KEY}" \\
      --jwt-key-file "${SF_JWT_KEY_FILE:-/tmp/server.key}" \\
      --username "ci-deploy@brightloom.com" \\
      --instance-url https://login.salesforce.com \\
      --alias prod \\
      --set-default

    sf org display --target-org prod --json | jq '.result | {username, instanceUrl}'
''', "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm#cli_reference_org_login_jwt_unified"))

add(DV("json", "package-ids", "sfdx-project.json", '''
    {
      "packageDirectories": [
        {"path": "force-app", "default": true, "package": "Commerce Sync", "versionNumber": "2.3.0.NEXT"}
      ],
      "name": "commerce-sync",
      "namespace": "",
      "sfdcLoginUrl": "https://login.salesforce.com",
      "sourceApiVersion": "60.0",
      "packageAliases": {
        "Commerce Sync": "0Ho5g000000@@P@@",
        "Commerce Sync@2.2.0-1": "04t5g000000@@V1@@",
        "Commerce Sync@2.2.1-2": "04t5g000000@@V2@@"
      }
    }
''', "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm",
    P=mixed(4) + "AA" + draw(1, UPALNUM), V1=mixed(4) + "AA" + draw(1, UPALNUM), V2=mixed(4) + "AA" + draw(1, UPALNUM)))

add(DV("html", "public-form-id", "theme/sections/newsletter-hubspot.liquid", '''
    <section class="newsletter">
      <h2>{{ section.settings.heading | escape }}</h2>
      <script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
      <script>
        hbspt.forms.create({
          region: "eu1",
          portalId: "143920571",
          formId: "@@F@@",
          target: "#hs-newsletter"
        });
      </script>
      <div id="hs-newsletter"></div>
    </section>
    {% schema %}
    {"name": "Newsletter (HubSpot)", "settings": [{"type": "text", "id": "heading", "default": "Join the list"}]}
    {% endschema %}
''', "https://knowledge.hubspot.com/forms/how-can-i-share-a-hubspot-form-if-im-using-an-external-site", F=uuid_s()))

add(DV("html", "public-form-id", "landing/spring-signup.html", '''
    <!-- Mailchimp embedded signup form (audience "Newsletter EU") -->
    <div id="mc_embed_signup">
      <form action="https://tidewatertea.us6.list-manage.com/subscribe/post?u=@@U@@&amp;id=@@L@@&amp;f_id=00b1c2e0f0"
            method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" target="_blank">
        <label for="mce-EMAIL">Email address</label>
        <input type="email" name="EMAIL" id="mce-EMAIL" required>
        <input type="hidden" name="tags" value="3719201">
        <!-- bot trap -->
        <div aria-hidden="true" style="position:absolute;left:-5000px">
          <input type="text" name="b_@@U@@_@@L@@" tabindex="-1" value="">
        </div>
        <input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe">
      </form>
    </div>
''', "https://mailchimp.com/help/add-a-signup-form-to-your-website/", U=hexs(25), L=hexs(10)))

add(DV("python", "secret-manager", "marketing/mailchimp_settings.py", '''
    """Mailchimp settings. The API key is fetched from AWS Secrets Manager at start-up."""
    import json

    import boto3

    AUDIENCE_ID = "3f1c9a7e52"
    SERVER_PREFIX = "us14"
    INTEREST_CATEGORY_ID = "b2d7e90c41"
    TAG_VIP = "vip-2024"


    def api_key() -> str:
        client = boto3.client("secretsmanager", region_name="eu-west-1")
        value = client.get_secret_value(SecretId="prod/marketing/mailchimp")["SecretString"]
        return json.loads(value)["api_key"]
''', "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html"))

add(DV("liquid", "public-key", "theme/snippets/klaviyo-onsite.liquid", '''
    {%- comment -%} Klaviyo onsite JS: the company id is the public key, safe in the storefront. {%- endcomment -%}
    <script async type="text/javascript"
            src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@K@@"></script>
    <script>
      !function(){if(!window.klaviyo){window._klOnsite=window._klOnsite||[];try{window.klaviyo=new Proxy({},{get:function(n,i){return"push"===i?function(){var n;(n=window._klOnsite).push.apply(n,arguments)}:function(){for(var n=arguments.length,o=new Array(n),w=0;w<n;w++)o[w]=arguments[w];var t="function"==typeof o[o.length-1]?o.pop():void 0,e=new Promise((function(n){window._klOnsite.push([i].concat(o,[function(i){t&&t(i),n(i)}]))}));return e}}})}catch(n){window.klaviyo=window.klaviyo||[],window.klaviyo.push=function(){var n;(n=window._klOnsite).push.apply(n,arguments)}}}}();
    </script>
    {%- if customer -%}
    <script>
      klaviyo.identify({ email: {{ customer.email | json }}, first_name: {{ customer.first_name | json }} });
    </script>
    {%- endif -%}
''', "https://developers.klaviyo.com/en/docs/introduction_to_the_klaviyo_object", K=mixed(6)))

add(DV("markdown", "doc-example", "docs/klaviyo-integration.md", '''
    # Klaviyo integration notes

    Server-side calls use a **private** key (prefix `pk_`), sent as a header:

    ```
    Authorization: Klaviyo-API-Key your-private-api-key
    revision: 2024-02-15
    ```

    The storefront only ever gets the 6-character public key (site id), e.g. `AbC123`.

    Key storage: 1Password vault "Marketing Ops" > item "Klaviyo - server key (prod)". The
    review-sync service reads it from `KLAVIYO_API_KEY`; rotate it every 90 days and update the
    item, then `systemctl restart review-sync`.
''', "https://developers.klaviyo.com/en/docs/authenticate_"))

add(DV("dotenv", "placeholder", "services/newsletter/.env.sample", '''
    # Brevo (ex-Sendinblue) settings for the newsletter service
    BREVO_API_KEY=xkeysib-your-api-key-here
    BREVO_SMTP_LOGIN=
    BREVO_SMTP_KEY=
    BREVO_DEFAULT_LIST=12
    DOUBLE_OPT_IN_TEMPLATE=4
''', "https://developers.brevo.com/docs/getting-started"))

add(DV("json", "event-payload", "tests/fixtures/brevo_webhook_delivered.json", '''
    {
      "event": "delivered",
      "email": "example@example.com",
      "id": 183920,
      "date": "2024-05-02 11:04:09",
      "ts": 1714640649,
      "message-id": "<@@MID@@@smtp-relay.mailin.fr>",
      "ts_event": 1714640649,
      "subject": "Your order #PP-20931 has shipped",
      "tag": "order-shipped",
      "sending_ip": "185.41.28.109",
      "ts_epoch": 1714640649223,
      "template_id": 17,
      "tags": ["order-shipped", "transactional"]
    }
''', "https://developers.brevo.com/docs/transactional-webhooks", MID=hexs(8) + "." + hexs(16)))

# =============================================================================================
# DECOYS -- ads and analytics
# =============================================================================================
add(D("yaml", "placeholder", "config/google-ads.yaml.template", T('''
    # Copy to ~/google-ads.yaml and fill in, or set the GOOGLE_ADS_* environment variables.
    # https://developers.google.com/google-ads/api/docs/client-libs/python/configuration
    developer_token: INSERT_DEVELOPER_TOKEN_HERE
    use_proto_plus: True

    # OAuth2 (installed / web app flow)
    client_id: INSERT_OAUTH2_CLIENT_ID_HERE
    client_secret: INSERT_OAUTH2_CLIENT_SECRET_HERE
    refresh_token: INSERT_REFRESH_TOKEN_HERE

    # Service account flow
    # json_key_file_path: INSERT_PATH_TO_JSON_KEY_FILE_HERE
    # impersonated_email: INSERT_DOMAIN_WIDE_DELEGATION_ACCOUNT

    login_customer_id: INSERT_LOGIN_CUSTOMER_ID_HERE
'''), "https://github.com/googleads/google-ads-python/blob/main/google-ads.yaml"))

add(DV("liquid", "conversion-label", "theme/snippets/google-ads-conversion.liquid", '''
    {%- if first_time_accessed -%}
    <!-- Google Ads purchase conversion (tag AW-@@AW@@) -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=AW-@@AW@@"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'AW-@@AW@@', { allow_enhanced_conversions: true });
      gtag('event', 'conversion', {
        send_to: 'AW-@@AW@@/@@L@@',
        value: {{ checkout.total_price | divided_by: 100.0 }},
        currency: '{{ checkout.currency }}',
        transaction_id: '{{ checkout.order_id }}'
      });
    </script>
    {%- endif -%}
''', "https://support.google.com/google-ads/answer/6331314", AW=draw(10, "0123456789"), L=mixed_of(20, URLSAFE)))

add(DV("html", "pixel-id", "theme/snippets/meta-pixel.liquid", '''
    <!-- Meta Pixel Code -->
    <script>
    !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
    n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
    n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
    t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
    document,'script','https://connect.facebook.net/en_US/fbevents.js');
    fbq('init', '@@P@@');
    fbq('track', 'PageView');
    </script>
    <noscript><img height="1" width="1" style="display:none"
    src="https://www.facebook.com/tr?id=@@P@@&ev=PageView&noscript=1"/></noscript>
    <!-- End Meta Pixel Code -->
''', "https://developers.facebook.com/docs/meta-pixel/get-started", P=draw(1, "123456789") + draw(14, "0123456789")))

add(D("markdown", "doc-example", "docs/meta-capi.md", T('''
    # Conversions API gateway

    Events are deduplicated against the browser pixel with `event_id` (the Shopify checkout token).

    ## Getting a token

    Business Settings > System users > `capi-gateway` > Generate new token, scopes
    `ads_management`, `business_management`. The token looks like `EAAB...ZDZD`; do **not** paste it
    here. Put it in Secret Manager as `projects/mkt-prod/secrets/capi-token`.

    ## Test

    ```bash
    curl -X POST "https://graph.facebook.com/v19.0/<PIXEL_ID>/events?access_token=<ACCESS_TOKEN>" \\
      -H 'Content-Type: application/json' \\
      -d '{"data":[{"event_name":"Purchase","event_time":1714640649,"action_source":"website"}],
           "test_event_code":"TEST48213"}'
    ```
'''), "https://developers.facebook.com/docs/marketing-api/conversions-api/using-the-api"))

add(DV("html", "measurement-id", "templates/base.html", '''
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>{% block title %}Pebble & Pine{% endblock %}</title>
      <!-- Google tag (gtag.js) -->
      <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@G@@"></script>
      <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-@@G@@');
      </script>
      <!-- Google Tag Manager -->
      <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
      var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;
      f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-@@GTM@@');</script>
    </head>
    <body>{% block content %}{% endblock %}</body>
    </html>
''', "https://developers.google.com/tag-platform/gtagjs/install", G=draw(10, UPALNUM), GTM=draw(7, UPALNUM)))

add(D("dotenv", "key-path", ".env.analytics", T('''
    # GA4 / BigQuery export job
    GOOGLE_APPLICATION_CREDENTIALS=/var/run/secrets/google/ga4-export-sa.json
    GA4_PROPERTY_ID=312845907
    BQ_DATASET=analytics_312845907
    EXPORT_DAYS=3
'''), "https://cloud.google.com/docs/authentication/application-default-credentials#GAC"))

add(DV("json", "redacted", "docs/examples/service-account.redacted.json", '''
    {
      "type": "service_account",
      "project_id": "northwind-analytics",
      "private_key_id": "<redacted>",
      "private_key": "-----BEGIN PRIVATE KEY-----\\n<redacted: download your own key from IAM>\\n-----END PRIVATE KEY-----\\n",
      "client_email": "ga4-export@northwind-analytics.iam.gserviceaccount.com",
      "client_id": "@@CID@@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
''', "https://cloud.google.com/iam/docs/keys-create-delete", CID=draw(21, "0123456789")))

add(DV("liquid", "public-write-key", "theme/snippets/segment.liquid", '''
    {%- comment -%}
      Segment analytics.js for the storefront source "web (theme)". This write key belongs to a
      client-side source and is visible in every page by design; server events use a separate source.
    {%- endcomment -%}
    <script>
      !function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["track","identify","page","reset","group","alias"];analytics.factory=function(e){return function(){var t=Array.prototype.slice.call(arguments);t.unshift(e);analytics.push(t);return analytics}};for(var n=0;n<analytics.methods.length;n++){var key=analytics.methods[n];analytics[key]=analytics.factory(key)}analytics.load=function(key,n){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r);analytics._loadOptions=n};analytics.SNIPPET_VERSION="5.2.0";
      analytics.load("@@K@@");
      analytics.page();
      }}();
    </script>
''', "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/", K=mixed(32)))

add(DV("python", "ids", "ads/gaql_search_terms.py", '''
    """Search-terms report for the shopping campaigns. Customer ids are account numbers, not secrets."""
    from google.ads.googleads.client import GoogleAdsClient

    CUSTOMER_IDS = ["482-113-9076", "739-002-1845", "512-883-0417"]
    QUERY = """
        SELECT search_term_view.search_term, campaign.id, metrics.clicks, metrics.conversions_value
        FROM search_term_view
        WHERE segments.date DURING LAST_7_DAYS AND campaign.advertising_channel_type = 'SHOPPING'
        ORDER BY metrics.clicks DESC
        LIMIT 500
    """


    def run(client: GoogleAdsClient):
        ga = client.get_service("GoogleAdsService")
        for cid in CUSTOMER_IDS:
            for batch in ga.search_stream(customer_id=cid.replace("-", ""), query=QUERY):
                yield from batch.results
''', "https://developers.google.com/google-ads/api/fields/v16/search_term_view"))

add(DV("yaml", "ids", "config/meta_catalog.yml", '''
    meta:
      business_id: "1029384756102938"
      catalog_id: "748392018374652"
      pixel_id: "402918374650192"
      product_sets:
        bestsellers: "918273645019283"
        clearance: "918273645019911"
      feed:
        url: https://feeds.cinderandsage.com/meta/products.xml
        schedule: daily
        hour: 4
      access_token_secret: projects/mkt-prod/secrets/capi-token  # resolved at runtime
''', "https://developers.facebook.com/docs/marketing-api/catalog/reference"))

add(DV("html", "pixel-id", "theme/snippets/tiktok-pinterest.liquid", '''
    <script>
      !function (w, d, t) {
        w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify"];
        ttq.load=function(e){var i="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{};
        ttq._i[e]=[];var o=d.createElement("script");o.async=!0;o.src=i+"?sdkid="+e+"&lib="+t;
        var a=d.getElementsByTagName("script")[0];a.parentNode.insertBefore(o,a)};
        ttq.load('@@TT@@');
        ttq.page();
      }(window, document, 'ttq');
    </script>
    <script type="text/javascript">
      !function(e){if(!window.pintrk){window.pintrk=function(){window.pintrk.queue.push(Array.prototype.slice.call(arguments))};
      var n=window.pintrk;n.queue=[],n.version="3.0";var t=document.createElement("script");t.async=!0,t.src=e;
      var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r)}}("https://s.pinimg.com/ct/core.js");
      pintrk('load', '@@PIN@@', {em: '{{ customer.email | sha256 }}'});
      pintrk('page');
    </script>
''', "https://ads.tiktok.com/help/article/get-started-pixel", TT="C" + draw(19, UPALNUM), PIN=draw(1, "123456789") + draw(12, "0123456789")))

add(DV("csv", "click-ids", "exports/sessions_with_clicks_2024-05-12.csv", '''
    session_id,landing_page,utm_source,utm_medium,utm_campaign,gclid,fbclid,order_name
    @@S1@@,/products/sage-mug,google,cpc,shopping_uk,@@G1@@,,#HC48213
    @@S2@@,/collections/spring,facebook,paid_social,spring_launch,,@@F1@@,
    @@S3@@,/,newsletter,email,may_digest,,,#HC48219
    @@S4@@,/products/gift-card,google,cpc,brand_uk,@@G2@@,,
''', "https://support.google.com/google-ads/answer/9744275",
    S1=uuid_s(), S2=uuid_s(), S3=uuid_s(), S4=uuid_s(),
    G1="Cj0KCQjw" + mixed_of(76, URLSAFE) + "_BwE", G2="EAIaIQob" + mixed_of(76, URLSAFE) + "_BwE",
    F1="IwAR" + mixed_of(58, URLSAFE)))

# =============================================================================================
# DECOYS -- storefront keys that are public by design
# =============================================================================================
add(DV("javascript", "publishable-key", "storefront/src/checkout/stripe.js", '''
    import { loadStripe } from "@stripe/stripe-js";

    // Publishable key: identifies the account in the browser; it cannot create charges.
    const stripePromise = loadStripe("pk_live_51@@P@@");

    export async function mountPaymentElement(clientSecret, el) {
      const stripe = await stripePromise;
      const elements = stripe.elements({ clientSecret, appearance: { theme: "stripe" } });
      const payment = elements.create("payment", { layout: "tabs" });
      payment.mount(el);
      return { stripe, elements };
    }
''', "https://docs.stripe.com/keys#obtain-api-keys", P=mixed(97)))

add(DV("html", "public-client-id", "templates/checkout/paypal_button.html", '''
    <div id="paypal-button-container"></div>
    <script src="https://www.paypal.com/sdk/js?client-id=A@@C@@&currency=USD&intent=capture&components=buttons"></script>
    <script>
      paypal.Buttons({
        createOrder: () => fetch("/api/paypal/orders", { method: "POST" }).then(r => r.json()).then(o => o.id),
        onApprove: (data) => fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: "POST" })
          .then(() => { window.location = "/checkout/thank-you"; }),
      }).render("#paypal-button-container");
    </script>
''', "https://developer.paypal.com/sdk/js/configuration/#client-id", C=mixed_of(79, URLSAFE)))

add(DV("javascript", "search-only-key", "storefront/src/search/instantsearch.js", '''
    import algoliasearch from "algoliasearch/lite";
    import instantsearch from "instantsearch.js";
    import { searchBox, hits } from "instantsearch.js/es/widgets";

    // Search-only API key, restricted by referer to *.copperlinebikes.com: safe to ship.
    const searchClient = algoliasearch("QX7R2KD9LM", "@@K@@");

    const search = instantsearch({ indexName: "prod_products", searchClient });
    search.addWidgets([
      searchBox({ container: "#searchbox", placeholder: "Search bikes, parts, apparel" }),
      hits({ container: "#hits", templates: { item: (h, { html }) => html`<a href="${h.url}">${h.title}</a>` } }),
    ]);
    search.start();
''', "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", K=hexs(32)))

add(DV("html", "site-key", "templates/account/register.html", '''
    {% extends "base.html" %}
    {% block content %}
    <form method="post" action="{% url 'account:register' %}">
      {% csrf_token %}
      {{ form.as_p }}
      <div class="g-recaptcha" data-sitekey="6L@@K@@"></div>
      <button type="submit">Create account</button>
    </form>
    <script src="https://www.google.com/recaptcha/api.js" async defer></script>
    {% endblock %}
''', "https://developers.google.com/recaptcha/docs/display", K=mixed_of(38, URLSAFE)))

add(DV("javascript", "public-dsn", "storefront/src/sentry.js", '''
    import * as Sentry from "@sentry/browser";

    // The DSN is public: it only allows sending events to this project.
    Sentry.init({
      dsn: "https://@@K@@@o@@O@@.ingest.sentry.io/@@P@@",
      release: process.env.RELEASE,
      environment: "production",
      tracesSampleRate: 0.05,
      denyUrls: [/extensions\\//i, /^chrome:\\/\\//i],
    });
''', "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", K=hexs(32), O=draw(7, "0123456789"), P=draw(7, "0123456789")))

_mb = base64.b64encode(('{"u":"lumencandle","a":"' + draw(25, LOWALNUM) + '"}').encode()).decode().rstrip("=")
add(DV("javascript", "public-token", "storefront/src/stores/locator.js", '''
    import mapboxgl from "mapbox-gl";

    // public (pk.) token, URL-restricted to lumencandle.co in the Mapbox account
    mapboxgl.accessToken = "pk.@@T@@.@@S@@";

    export function renderStoreMap(container, stores) {
      const map = new mapboxgl.Map({ container, style: "mapbox://styles/mapbox/light-v11", center: [-0.12, 51.5], zoom: 9 });
      stores.forEach((s) => new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
      return map;
    }
''', "https://docs.mapbox.com/help/glossary/access-token/", T=_mb, S=mixed_of(22, URLSAFE)))

add(DV("javascript", "tokenization-key", "storefront/src/checkout/braintree.js", '''
    import dropin from "braintree-web-drop-in";

    // Tokenization key: client-side only, can tokenize cards but not charge them.
    const TOKENIZATION_KEY = "production_@@A@@_@@B@@";

    export function mountDropin(selector) {
      return dropin.create({
        authorization: TOKENIZATION_KEY,
        container: selector,
        paypal: { flow: "checkout", amount: window.cartTotal, currency: "USD" },
      });
    }
''', "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key", A=draw(8, LOWALNUM), B=draw(16, LOWALNUM)))

# =============================================================================================
# DECOYS -- secret stores, ciphertext, templates
# =============================================================================================
add(DV("yaml", "ansible-vault", "ansible/group_vars/prod/vault.yml", '''
    @@V@@
''', "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", V=vault_blob(12)))

add(DV("yaml", "ansible-vault-inline", "ansible/group_vars/prod/feeds.yml", '''
    feeds_user: feeds
    feeds_sftp_host: sftp.dropship-partner.com
    feeds_sftp_login: copperline
    feeds_sftp_password: !vault |
              @@V@@
    feeds_cron_hour: 2
''', "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault",
    V=ind(vault_blob(5), 10)))

add(DV("yaml", "sops", "secrets/marketing.enc.yaml", '''
    klaviyo:
        private_key: @@A@@
    mailchimp:
        api_key: @@B@@
    shopify:
        admin_token: @@C@@
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:482113907612:key/@@KMS@@
              created_at: "2024-04-22T09:31:07Z"
              enc: @@E@@
              aws_profile: ""
        lastmodified: "2024-04-22T09:31:08Z"
        mac: @@MAC@@
        unencrypted_suffix: _unencrypted
        version: 3.8.1
''', "https://github.com/getsops/sops#encrypting-using-aws-kms",
    A=sops_value(37), B=sops_value(36), C=sops_value(38), KMS=uuid_s(), E=draw(184, B64),
    MAC=sops_value(64)))

add(DV("dotenv", "sops", ".env.prod.enc", '''
    SHOPIFY_ACCESS_TOKEN=@@A@@
    WC_CONSUMER_SECRET=@@B@@
    SFTP_PASSWORD=@@C@@
    LOG_LEVEL=info
    sops_kms__list_0__map_arn=arn:aws:kms:eu-west-1:482113907612:key/@@KMS@@
    sops_kms__list_0__map_enc=@@E@@
    sops_lastmodified=2024-05-30T14:02:51Z
    sops_mac=@@MAC@@
    sops_unencrypted_suffix=_unencrypted
    sops_version=3.8.1
''', "https://github.com/getsops/sops#encrypting-env-files", A=sops_value(38), B=sops_value(43), C=sops_value(16),
    KMS=uuid_s(), E=draw(184, B64), MAC=sops_value(64)))

add(DV("yaml", "sealed-secret", "deploy/k8s/sealed-klaviyo.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: klaviyo
      namespace: marketing
    spec:
      encryptedData:
        KLAVIYO_API_KEY: @@A@@
      template:
        metadata:
          name: klaviyo
          namespace: marketing
        type: Opaque
''', "https://github.com/bitnami-labs/sealed-secrets#usage", A="AgB" + draw(681, B64) + "="))

add(D("yaml", "secret-manager", "deploy/k8s/external-secret-shopify.yaml", T('''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: shopify-credentials
      namespace: storefront-sync
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: shopify-credentials
      data:
        - secretKey: SHOPIFY_ACCESS_TOKEN
          remoteRef:
            key: prod/shopify/admin
            property: access_token
        - secretKey: SHOPIFY_API_SECRET
          remoteRef:
            key: prod/shopify/admin
            property: client_secret
'''), "https://external-secrets.io/latest/api/externalsecret/"))

add(D("helm", "template", "helm/order-sync/templates/secret.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "order-sync.fullname" . }}
      labels:
        {{- include "order-sync.labels" . | nindent 4 }}
    type: Opaque
    data:
      SHOPIFY_ACCESS_TOKEN: {{ .Values.shopify.accessToken | b64enc | quote }}
      WC_CONSUMER_SECRET: {{ .Values.woocommerce.consumerSecret | b64enc | quote }}
      {{- if .Values.sftp.password }}
      SFTP_PASSWORD: {{ .Values.sftp.password | b64enc | quote }}
      {{- end }}
'''), "https://helm.sh/docs/chart_template_guide/builtin_objects/"))

add(D("gh-actions", "template", ".github/workflows/feeds.yml", T('''
    name: Build and upload feeds
    on:
      schedule:
        - cron: "10 3 * * *"
      workflow_dispatch:

    jobs:
      feeds:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - name: Build feeds
            env:
              SHOPIFY_ACCESS_TOKEN: ${{ secrets.SHOPIFY_ACCESS_TOKEN }}
              SHOPIFY_SHOP: ${{ vars.SHOPIFY_SHOP }}
            run: python build_feeds.py --all
          - name: Upload to partners
            env:
              SFTP_PASSWORD: ${{ secrets.PARTNER_SFTP_PASSWORD }}
              GMC_SFTP_PASSWORD: ${{ secrets.GMC_SFTP_PASSWORD }}
            run: python upload_feeds.py
'''), "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"))

add(D("terraform", "secret-manager", "infra/marketing/secrets.tf", T('''
    variable "klaviyo_private_key" {
      description = "Klaviyo private API key for the review-sync service"
      type        = string
      sensitive   = true
    }

    resource "aws_secretsmanager_secret" "klaviyo" {
      name = "prod/marketing/klaviyo"
    }

    resource "aws_secretsmanager_secret_version" "klaviyo" {
      secret_id     = aws_secretsmanager_secret.klaviyo.id
      secret_string = jsonencode({ private_key = var.klaviyo_private_key })
    }

    data "aws_secretsmanager_secret_version" "mailchimp" {
      secret_id = "prod/marketing/mailchimp"
    }

    locals {
      mailchimp_api_key = jsondecode(data.aws_secretsmanager_secret_version.mailchimp.secret_string)["api_key"]
    }
'''), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version"))

add(D("compose", "env-reference", "docker-compose.yml", T('''
    services:
      web:
        build: .
        ports: ["8000:8000"]
        environment:
          DATABASE_URL: postgres://shop:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/shop
          STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
          SHOPIFY_ACCESS_TOKEN: ${SHOPIFY_ACCESS_TOKEN:-}
        depends_on: [db]
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: shop
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
        volumes: ["pgdata:/var/lib/postgresql/data"]
    volumes:
      pgdata:
'''), "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/"))

add(D("python", "conn-reference", "dags/feeds_daily.py", T('''
    from datetime import datetime

    from airflow import DAG
    from airflow.models import Variable
    from airflow.providers.sftp.operators.sftp import SFTPOperator
    from airflow.providers.http.operators.http import HttpOperator

    with DAG("feeds_daily", start_date=datetime(2024, 1, 1), schedule="0 3 * * *", catchup=False,
             tags=["feeds"]) as dag:
        build = HttpOperator(
            task_id="build_feed",
            http_conn_id="feed_builder",
            endpoint="/build?store={{ var.value.feed_store }}",
            method="POST",
        )
        upload = SFTPOperator(
            task_id="upload_partner",
            ssh_conn_id="partner_sftp",
            local_filepath="/data/feeds/{{ ds_nodash }}/products.csv",
            remote_filepath="/inbound/products_{{ ds_nodash }}.csv",
            operation="put",
        )
        build >> upload

    KLAVIYO_KEY = Variable.get("klaviyo_private_key", default_var=None)  # resolved from the secrets backend
'''), "https://airflow.apache.org/docs/apache-airflow-providers-sftp/stable/operators/sftp.html"))

add(D("ini", "secret-manager", "airflow/airflow.prod.cfg", T('''
    [core]
    dags_folder = /opt/airflow/dags
    executor = KubernetesExecutor
    fernet_key_cmd = cat /run/secrets/airflow/fernet_key
    load_examples = False

    [database]
    sql_alchemy_conn_secret = airflow/config/sql_alchemy_conn

    [secrets]
    backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
    backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "region_name": "eu-west-1"}

    [webserver]
    secret_key_cmd = cat /run/secrets/airflow/webserver_secret_key
'''), "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/secrets-backend/index.html"))

add(D("yaml", "template", "airflow/dags/sql/export_partner.yaml", T('''
    # Task config rendered by Airflow (Jinja); credentials resolve from connections at runtime
    export:
      source: "{{ conn.mysql_magento_replica.host }}"
      user: "{{ conn.mysql_magento_replica.login }}"
      password: "{{ conn.mysql_magento_replica.password }}"
      query_file: sql/partner_stock.sql
      output: "/data/exports/stock_{{ ds_nodash }}.csv"
    upload:
      conn_id: partner_sftp
      remote_dir: /inbound/stock
      notify: "{{ var.value.slack_channel }}"
'''), "https://airflow.apache.org/docs/apache-airflow/stable/templates-ref.html"))

add(D("dbt-profiles", "template", "dbt/profiles.ci.yml", T('''
    marketing:
      target: ci
      outputs:
        ci:
          type: postgres
          host: "{{ env_var('DBT_HOST') }}"
          user: "{{ env_var('DBT_USER') }}"
          password: "{{ env_var('DBT_PASSWORD') }}"
          port: 5432
          dbname: marketing
          schema: "ci_{{ env_var('CI_JOB_ID', 'local') }}"
          threads: 4
'''), "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var"))

add(D("hcl", "template", "deploy/vault-agent/shop.env.ctmpl", T('''
    {{ with secret "kv/data/commerce/shopify" -}}
    SHOPIFY_ACCESS_TOKEN={{ .Data.data.admin_token }}
    SHOPIFY_API_SECRET={{ .Data.data.client_secret }}
    {{- end }}
    {{ with secret "kv/data/commerce/klaviyo" -}}
    KLAVIYO_API_KEY={{ .Data.data.private_key }}
    {{- end }}
    {{ with secret "database/creds/shop-readonly" -}}
    DATABASE_URL=postgres://{{ .Data.username }}:{{ .Data.password }}@shop-db.internal:5432/shop
    {{- end }}
'''), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template"))

add(D("makefile", "env-reference", "theme/Makefile", T('''
    # Requires SHOPIFY_CLI_THEME_TOKEN and SHOPIFY_FLAG_STORE in the environment (see 1Password).
    THEME_ID ?= $(shell jq -r .theme_id .theme.json)

    .PHONY: push preview
    push:
    \t@test -n "$(SHOPIFY_CLI_THEME_TOKEN)" || (echo "SHOPIFY_CLI_THEME_TOKEN not set"; exit 1)
    \tshopify theme push --theme $(THEME_ID) --password "$(SHOPIFY_CLI_THEME_TOKEN)" --store $(SHOPIFY_FLAG_STORE)

    preview:
    \tshopify theme dev --store $(SHOPIFY_FLAG_STORE) --password "$${SHOPIFY_CLI_THEME_TOKEN}"
'''), "https://shopify.dev/docs/storefronts/themes/tools/cli/commands#theme-push"))

_ph = b64("REPLACE_ME")
add(D("k8s-secret", "placeholder-base64", "deploy/k8s/examples/secret.example.yaml", T('''
    # Example only -- the real Secret is created by External Secrets (see external-secret-shopify.yaml).
    apiVersion: v1
    kind: Secret
    metadata:
      name: shopify-credentials
      namespace: storefront-sync
    type: Opaque
    data:
      SHOPIFY_SHOP: @@SHOP@@
      SHOPIFY_ACCESS_TOKEN: @@PH@@
      SFTP_PASSWORD: @@CM@@
''', SHOP=b64("your-store.myshopify.com"), PH=_ph, CM=b64("changeme")),
    "https://kubernetes.io/docs/concepts/configuration/secret/"))

# =============================================================================================
# DECOYS -- feed and order data, checksums, digests
# =============================================================================================
add(DV("json", "checksum", "feeds/out/manifest.json", '''
    {
      "generated_at": "2024-05-21T03:14:07Z",
      "generator": "build_feeds.py 3.4.1",
      "git_commit": "@@GC@@",
      "files": [
        {"name": "products_en_US.xml", "rows": 4821, "sha256": "@@H1@@"},
        {"name": "products_de_DE.xml", "rows": 4790, "sha256": "@@H2@@"},
        {"name": "prices.csv", "rows": 4821, "sha256": "@@H3@@"},
        {"name": "inventory.csv", "rows": 5210, "md5": "@@M4@@"}
      ]
    }
''', "https://www.rfc-editor.org/rfc/rfc6234", GC=hexs(40), H1=hexs(64), H2=hexs(64), H3=hexs(64), M4=hexs(32)))

add(DV("xml", "feed-data", "feeds/out/products_en_US.xml", '''
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
      <channel>
        <title>Copperline Bikes</title>
        <link>https://www.copperlinebikes.com</link>
        <description>Product feed (Google Merchant Center)</description>
        <item>
          <g:id>CL-GRV-700-54-SLT</g:id>
          <g:item_group_id>8123940182341</g:item_group_id>
          <title>Gravel 700 - 54cm - Slate</title>
          <link>https://www.copperlinebikes.com/products/gravel-700?variant=44829103847493</link>
          <g:image_link>https://cdn.shopify.com/s/files/1/0612/3941/8291/products/gravel700-slate.jpg?v=1714640649</g:image_link>
          <g:price>1899.00 USD</g:price>
          <g:availability>in_stock</g:availability>
          <g:gtin>00842310554127</g:gtin>
          <g:mpn>GRV700-54-SL</g:mpn>
          <g:brand>Copperline</g:brand>
          <g:custom_label_0>@@CL@@</g:custom_label_0>
        </item>
        <item>
          <g:id>CL-HLM-AERO-M-BLK</g:id>
          <title>Aero helmet - M - Black</title>
          <link>https://www.copperlinebikes.com/products/aero-helmet?variant=44829104011333</link>
          <g:price>149.00 USD</g:price>
          <g:sale_price>119.00 USD</g:sale_price>
          <g:availability>in_stock</g:availability>
          <g:gtin>00842310554981</g:gtin>
          <g:brand>Copperline</g:brand>
        </item>
      </channel>
    </rss>
''', "https://support.google.com/merchants/answer/7052112", CL="promo-" + hexs(8)))

add(D("csv", "feed-data", "data/products_master.csv", T('''
    sku,barcode,title,variant,price,compare_at,weight_g,hs_code,shopify_variant_id,erp_item_no
    KC-TIN-EARL-100,5060412830017,Earl Grey tin,100g,8.50,,140,0902.30,44820193847109,ITM-004812
    KC-TIN-EARL-250,5060412830024,Earl Grey tin,250g,17.00,19.00,310,0902.30,44820193879877,ITM-004813
    KC-TIN-SNCH-100,5060412830130,Sencha tin,100g,9.50,,140,0902.10,44820193912645,ITM-004820
    KC-GIFT-BOX-03,5060412830901,Tasting gift box,3 tins,29.00,,520,0902.30,44820194010949,ITM-005101
    KC-INF-STEEL,5060412831045,Steel infuser,one size,6.00,,45,7323.93,44820194043717,ITM-005230
    KC-GC-050,,Gift card,50 GBP,50.00,,0,,44820194076485,GC-050
'''), "https://help.shopify.com/en/manual/products/import-export/using-csv"))

add(DV("csv", "order-data", "exports/shipped_orders_2024-05-20.csv", '''
    order_name,order_id,shipped_at,carrier,tracking_number,service,weight_kg,3pl_ref
    #BB10482,5823419084861,2024-05-20T14:02:11Z,UPS,1Z@@U1@@,Ground,1.4,SHP-@@R1@@
    #BB10483,5823419117629,2024-05-20T14:05:43Z,USPS,9400@@P1@@,Priority,0.6,SHP-@@R2@@
    #BB10485,5823419183165,2024-05-20T15:21:09Z,FedEx,@@F1@@,Home Delivery,3.2,SHP-@@R3@@
    #BB10486,5823419215933,2024-05-20T15:40:56Z,UPS,1Z@@U2@@,Next Day Air,0.9,SHP-@@R4@@
''', "https://www.ups.com/us/en/tracking/help", U1=draw(16, UPALNUM), U2=draw(16, UPALNUM), P1=draw(18, "0123456789"),
    F1=draw(12, "0123456789"), R1=hexs(10), R2=hexs(10), R3=hexs(10), R4=hexs(10)))

add(DV("yaml", "digest", "deploy/argocd/order-sync/kustomization.yaml", '''
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: storefront-sync
    resources:
      - ../../base/order-sync
    images:
      - name: ghcr.io/northwind-commerce/order-sync
        newTag: "2024.05.21-@@SHORT@@"
        digest: sha256:@@D@@
    commonAnnotations:
      northwind.io/git-commit: "@@GC@@"
      northwind.io/deployed-by: argocd
    configMapGenerator:
      - name: order-sync-config
        literals:
          - SHOPIFY_API_VERSION=2024-07
          - SYNC_BATCH_SIZE=250
''', "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", SHORT=hexs(7), D=hexs(64), GC=hexs(40)))

add(DV("csv", "coupon-codes", "marketing/promos/spring24_codes.csv", '''
    code,discount,usage_limit,starts_at,ends_at,campaign
    SPRING24-@@C1@@,15%,1,2024-03-20,2024-04-30,influencer_batch_1
    SPRING24-@@C2@@,15%,1,2024-03-20,2024-04-30,influencer_batch_1
    SPRING24-@@C3@@,15%,1,2024-03-20,2024-04-30,influencer_batch_1
    WELCOME10,10%,,2024-01-01,,newsletter_signup
    FREESHIP75,free_shipping,,2024-03-01,2024-05-31,site_banner
''', "https://shopify.dev/docs/api/admin-graphql/latest/mutations/discountCodeBasicCreate",
    C1=draw(6, UPALNUM), C2=draw(6, UPALNUM), C3=draw(6, UPALNUM)))

add(DV("requirements", "checksum", "requirements.lock.txt", '''
    # generated by pip-compile --generate-hashes
    certifi==2024.2.2 \\
        --hash=sha256:@@H1@@ \\
        --hash=sha256:@@H2@@
    shopifyapi==12.5.0 \\
        --hash=sha256:@@H3@@
    klaviyo-api==9.0.0 \\
        --hash=sha256:@@H4@@
    paramiko==3.4.0 \\
        --hash=sha256:@@H5@@ \\
        --hash=sha256:@@H6@@
''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
    H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64), H6=hexs(64)))

add(DV("json", "uuid-ids", "tests/fixtures/fulfilment_requests.json", '''
    [
      {"idempotency_key": "@@U1@@", "order": "#NW10482", "location": "main_dc", "items": [["NW-JKT-RAIN-M", 1]]},
      {"idempotency_key": "@@U2@@", "order": "#NW10483", "location": "main_dc", "items": [["NW-BTL-STEEL", 2]]},
      {"idempotency_key": "@@U3@@", "order": "#NW10485", "location": "retail_soho", "items": [["NW-CAP-WOOL", 1]]},
      {"idempotency_key": "@@U4@@", "order": "#NW10486", "location": "main_dc", "items": [["NW-JKT-RAIN-L", 1], ["NW-SOCK-3PK", 2]]}
    ]
''', "https://shopify.dev/docs/api/usage/idempotent-requests", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s()))

add(DV("notebook", "masked", "notebooks/token_check.ipynb", '''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["token loaded from env: shpat_****************************@@L4@@\\n", "scopes: read_orders, read_products\\n"]
        }
       ],
       "source": [
        "import os\\n",
        "tok = os.environ[\\"SHOPIFY_ACCESS_TOKEN\\"]\\n",
        "print(\\"token loaded from env:\\", tok[:6] + \\"*\\" * 28 + tok[-4:])\\n",
        "print(\\"scopes:\\", \\", \\".join(current_scopes(tok)))"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
''', "https://nbformat.readthedocs.io/en/latest/format_description.html", L4=hexs(4)))

add(DV("eml", "presigned-url", "docs/partner-emails/feed-link-2024-05.eml", '''
    From: Feeds Bot <feeds@harborandhide.com>
    To: catalog-team@retailpartner.example
    Subject: Harbor & Hide product feed (May)
    Date: Tue, 21 May 2024 03:20:11 +0000
    Content-Type: text/plain; charset=utf-8

    Hello,

    This month's product feed is ready. The link expires in 7 days:

    https://harborandhide-feeds-prod.s3.eu-west-1.amazonaws.com/partners/retailpartner/products_2024-05.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA@@KID@@%2F20240521%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240521T032011Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@SIG@@

    Regards,
    Feeds Bot
''', "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", KID=draw(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), SIG=hexs(64)))

# =============================================================================================
# DECOYS -- public keys, host keys, certificates, hashes
# =============================================================================================
add(DV("known-hosts", "host-keys", "deploy/feeds/known_hosts", '''
    # partner SFTP hosts, pinned (verified by phone with each partner)
    [sftp.dropship-partner.com]:22 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@
    # Google Merchant Center SFTP
    partnerupload.google.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@K2@@
    # wholesale distributor
    [files.wholesale-distributor.de]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@K3@@=
''', "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", K1=draw(43, B64), K2=draw(340, B64), K3=draw(86, B64)))

add(DV("authorized-keys", "public-key", "deploy/sftp-inbound/authorized_keys", '''
    # /srv/sftp/partners/.ssh/authorized_keys -- partners who push stock files to us
    # dropship partner (rotated 2024-02)
    restrict,command="internal-sftp" @@K1@@
    # wholesale distributor
    restrict,command="internal-sftp" @@K2@@
    # our own feed box, for the smoke test
    restrict,command="internal-sftp" @@K3@@
''', "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", K1=ssh_pub("sftp@dropship-partner"),
    K2=ssh_pub("edi-push@wholesale-distributor.de"), K3=ssh_pub("feeds@copperline-feeds-01")))

add(DV("pgp", "public-key", "keys/wholesale-distributor-feeds.asc", '''
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: Wholesale distributor EDI feeds <edi@wholesale-distributor.de>

    mQINBGY@@B1@@
    @@B2@@
    @@B3@@
    @@B4@@
    @@B5@@
    @@B6@@
    =@@CRC@@
    -----END PGP PUBLIC KEY BLOCK-----
''', "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", B1=draw(57, B64), B2=draw(64, B64), B3=draw(64, B64),
    B4=draw(64, B64), B5=draw(64, B64), B6=draw(40, B64), CRC=draw(4, B64)))

add(DV("pem", "certificate", "certs/applepay/merchant_id.pem", '''
    Bag Attributes
        friendlyName: Merchant ID: merchant.com.lumencandle.shop
    subject=UID=merchant.com.lumencandle.shop, CN=Merchant ID: merchant.com.lumencandle.shop, OU=8K2XQ4RZ7M, O=Lumen Candle Co, C=GB
    issuer=CN=Apple Worldwide Developer Relations Certification Authority, OU=G3, O=Apple Inc., C=US
    @@C@@
''', "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment", C=cert_pem()))

add(DV("htpasswd", "password-hash", "deploy/nginx/staging.htpasswd", '''
    # staging storefront basic auth (nginx auth_basic_user_file); bcrypt via htpasswd -B
    preview:@@H1@@
    agency-lumen:@@H2@@
    qa:@@H3@@
    # removed 2024-04: agency-old
''', "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", H1=bcrypt_hash().replace("$2b$", "$2y$"),
    H2=bcrypt_hash().replace("$2b$", "$2y$"), H3=bcrypt_hash().replace("$2b$", "$2y$")))

add(DV("python", "password-hash", "tests/fixtures/users.py", '''
    """Storefront account fixtures (argon2 hashes of throwaway passwords, generated by the fixture builder)."""
    USERS = [
        {"email": "vip.customer@example.com", "password_hash": "@@H1@@", "tags": ["vip"]},
        {"email": "wholesale.buyer@example.com", "password_hash": "@@H2@@", "tags": ["wholesale"]},
        {"email": "new.customer@example.com", "password_hash": "@@H3@@", "tags": []},
    ]
    PBKDF2_EXAMPLE = "pbkdf2_sha256$720000$@@SALT@@$@@DK@@="
''', "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#using-argon2-with-django",
    H1=argon2_hash(), H2=argon2_hash(), H3=argon2_hash(), SALT=mixed(22), DK=draw(43, B64)))

# =============================================================================================
# DECOYS -- docs, cassettes, changelogs, code that handles secrets
# =============================================================================================
add(DV("yaml", "redacted", "tests/cassettes/test_klaviyo_sync.yaml", '''
    interactions:
    - request:
        body: '{"data": {"type": "profile", "attributes": {"email": "test@example.com"}}}'
        headers:
          Authorization:
          - Klaviyo-API-Key FILTERED
          revision:
          - '2024-02-15'
        method: POST
        uri: https://a.klaviyo.com/api/profiles/
      response:
        body:
          string: '{"data": {"type": "profile", "id": "01HX@@ID@@"}}'
        headers:
          Content-Type:
          - application/vnd.api+json
        status:
          code: 201
          message: Created
    version: 1
''', "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request", ID=draw(22, UPALNUM)))

add(D("markdown", "doc-example", "docs/feeds-s3.md", T('''
    # Feed bucket access

    The exporter uploads to `s3://lumencandle-product-feeds` using the `feeds-uploader` role. For
    local testing, configure a profile in `~/.aws/credentials` (example from the AWS docs; these are
    not real keys):

    ```ini
    [feeds-uploader]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    ```

    In CI and production the job assumes `arn:aws:iam::482113907612:role/feeds-uploader` through
    OIDC; no static keys exist.
'''), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"))

add(DV("markdown", "masked", "CHANGELOG.md", '''
    # Changelog

    ## 3.4.1 - 2024-05-21
    - Rotated the Klaviyo private key after the agency offboarding (old key `pk_…@@K4@@` revoked,
      new key only in Secrets Manager).
    - Shopify: moved from API version 2024-01 to 2024-07.
    - Feed: `custom_label_0` now carries the promo id.

    ## 3.4.0 - 2024-04-30
    - Partner SFTP now uses key auth (fingerprint `SHA256:@@FP@@`).
    - Removed the legacy HubSpot API-key client.
''', "https://keepachangelog.com/en/1.1.0/", K4=hexs(4), FP=draw(43, B64)))

add(D("python", "schema", "app/settings_model.py", T('''
    from pydantic import SecretStr
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        """All credentials are SecretStr read from env / .env; nothing has a default."""
        model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

        shopify_shop: str
        shopify_access_token: SecretStr
        shopify_api_secret: SecretStr
        klaviyo_private_key: SecretStr
        sftp_host: str = "sftp.dropship-partner.com"
        sftp_user: str = "copperline"
        sftp_password: SecretStr | None = None
        sftp_key_path: str | None = "/run/secrets/sftp_ed25519"


    settings = Settings()  # type: ignore[call-arg]
'''), "https://docs.pydantic.dev/latest/concepts/pydantic_settings/"))

add(D("python", "code", "app/oauth.py", T('''
    """Shopify OAuth install flow: state nonce and HMAC check of the callback query."""
    import hashlib
    import hmac
    import os
    import secrets
    from urllib.parse import urlencode

    API_KEY = os.environ["SHOPIFY_API_KEY"]
    API_SECRET = os.environ["SHOPIFY_API_SECRET"].encode()


    def install_url(shop: str, redirect_uri: str, scopes: str) -> tuple[str, str]:
        state = secrets.token_urlsafe(24)
        query = urlencode({"client_id": API_KEY, "scope": scopes, "redirect_uri": redirect_uri, "state": state})
        return f"https://{shop}/admin/oauth/authorize?{query}", state


    def valid_callback(params: dict) -> bool:
        received = params.pop("hmac", "")
        message = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        digest = hmac.new(API_SECRET, message.encode(), hashlib.sha256).hexdigest()
        return hmac.compare_digest(digest, received)
'''), "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/authorization-code-grant"))

add(DV("text", "log-ids", "logs/sync-2024-05-21.log", '''
    2024-05-21 03:00:01,118 INFO  sync.start run_id=@@R@@ shop=northwind-outfitters.myshopify.com
    2024-05-21 03:00:02,907 INFO  shopify.call GET /admin/api/2024-07/orders.json x-request-id=@@X1@@ status=200 cost=12/1000
    2024-05-21 03:00:03,441 INFO  shopify.call GET /admin/api/2024-07/orders.json x-request-id=@@X2@@ status=200 cost=12/1000
    2024-05-21 03:00:05,002 WARN  wms.reject order=#NW10490 sku=NW-JKT-RAIN-XXL reason=unknown_sku
    2024-05-21 03:00:06,377 INFO  salesforce.upsert Order__c ok=148 failed=0 job=7505g00000@@J@@
    2024-05-21 03:00:06,901 INFO  sync.done run_id=@@R@@ orders=149 duration=5.78s
''', "https://shopify.dev/docs/api/usage/response-codes", R=uuid_s(), X1=uuid_s(), X2=uuid_s(), J=mixed(5) + "AAA"))

add(D("dockerfile", "build-arg", "services/feeds/Dockerfile", T('''
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim AS build
    WORKDIR /app
    COPY requirements.txt .
    # private index token is a BuildKit secret, never an ARG or ENV
    RUN --mount=type=secret,id=pip_index_url \\
        pip install --no-cache-dir --extra-index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt

    FROM python:3.12-slim
    WORKDIR /app
    COPY --from=build /usr/local/lib/python3.12 /usr/local/lib/python3.12
    COPY . .
    ENV SHOPIFY_API_VERSION=2024-07 FEED_OUTPUT=/data/feeds
    USER 10001
    CMD ["python", "build_feeds.py", "--all"]
'''), "https://docs.docker.com/build/building/secrets/"))
