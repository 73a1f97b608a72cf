"""Blind set AL: payment and marketplace integrations in Python backends, around the world.

Stripe, PayPal/Braintree, Adyen, Square, Checkout.com, Mollie, Razorpay, Paystack, Flutterwave,
Mercado Pago, M-Pesa Daraja, PayU, Paytm, Alipay/WeChat Pay, Klarna, GoCardless, Plaid and Wise:
their secret keys, webhook signing secrets and merchant credentials as teams leave them in Django and
FastAPI settings, SDK set-up code, .env files, Compose and Kubernetes files, Postman environments,
notebooks, scripts and test fixtures; and the decoys of that world (publishable keys, test card
numbers, merchant and object ids, webhook event ids and signatures, idempotency keys, example keys
in docs, references to an environment variable or a secret store, ciphertext).
Generated fakes only (seeds 310000-319999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Tuple

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
_SEED = [310000]
SET = "blind-al"


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 320000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Nairobi", "Lagos", "Baobab", "Mango", "Condor", "Pampas", "Lotus", "Monsoon", "Fjord", "Tulip"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "cashew", "savanna", "mango", "pebble"]


def words_pw(symbols: str = "!#$%@*") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["summer", "winter", "spring", "autumn", "monsoon", "harmattan"]) + str(r.randint(2019, 2025)) + r.choice("!@#*")


def url_pw() -> str:
    """A password that stays valid in a URL's userinfo without escaping."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.~") + r.choice(LOWER) + str(r.randint(10, 999)) + r.choice(WORDS)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ---- shapes of the theme's credentials and ids ----------------------------------------------------

def stripe(prefix: str = "sk_live_", old: bool = False) -> str:
    """Stripe keys: sk_/rk_/pk_ + live|test; the account-bound form is "51" + 97 characters."""
    return prefix + (draw(24) if old else "51" + draw(97))


def whsec() -> str:
    return "whsec_" + draw(32)


def stripe_id(prefix: str, n: int = 24) -> str:
    return prefix + draw(n)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def bt_id() -> str:
    return draw(16, LOWER_ALNUM)


def adyen_key() -> str:
    return "AQE" + draw(77, B64) + "==-" + draw(43, B64) + "=-" + draw(16, ALNUM + "*%+")


def adyen_hmac() -> str:
    return draw(64, UPPER_HEX)


def adyen_client_key(mode: str = "live") -> str:
    return f"{mode}_" + draw(32, UPPER_ALNUM)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def cko_secret(env: str = "") -> str:
    return "sk_" + env + draw(28, LOWER_ALNUM)


def mollie(mode: str = "live") -> str:
    return f"{mode}_" + draw(30)


def rzp_key_id(mode: str = "live") -> str:
    return f"rzp_{mode}_" + draw(14)


def paystack(kind: str = "sk", mode: str = "live") -> str:
    return f"{kind}_{mode}_" + hexs(40)


def flw(kind: str = "FLWSECK", test: bool = False) -> str:
    return kind + ("_TEST" if test else "") + "-" + hexs(32) + "-X"


def mp_token(prefix: str = "APP_USR") -> str:
    return f"{prefix}-{digits(16)}-{digits(6)}-{hexs(32)}-{digits(9)}"


def klarna_key(mode: str = "live", kind: str = "api") -> str:
    return f"klarna_{mode}_{kind}_" + b64(draw(54, ALNUM + "*&^%$#!"))


def gc_token(mode: str = "live") -> str:
    return f"{mode}_" + draw(40, URLSAFE)


def rsa_body(lines: int, head: str) -> str:
    r = _rng()
    text = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 30))
    text += "".join(r.choice(B64) for _ in range(26)) + "=="
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def pem(label: str = "RSA PRIVATE KEY", lines: int = 14) -> str:
    head = "MIIEowIBAAKCAQEA" if label.startswith("RSA") else "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    return f"-----BEGIN {label}-----\n{rsa_body(lines, head)}\n-----END {label}-----"


def public_pem(lines: int = 6) -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(64 * lines - 50)) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


def cert_pem(lines: int = 16) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(64 * lines - 6)) + "=="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----"


def raw_rsa_key() -> str:
    """An Alipay app private key as the SDK samples paste it: PKCS#8 base64 on one line, no armour."""
    r = _rng()
    return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + "".join(r.choice(B64) for _ in range(1570)) + "="


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, "./" + ALNUM)


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + draw(22) + "$" + draw(43, B64) + "="


def vault_blob(lines: int = 8) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{draw(n, B64)}=,iv:{draw(43, B64)}=,tag:{draw(22, B64)}==,type:str]"


# ---- helpers ---------------------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    """Dedent a template and fill its @@NAME@@ slots."""
    text = textwrap.dedent(text).lstrip("\n")
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, text[:120]
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    S(fmt, kind, file_name, T(template, V=secret, **values), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, **values: str) -> None:
    D(fmt, what, file_name, T(template, **values), source)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def indent(text: str, pad: str) -> str:
    """Continuation lines of a multi-line value placed at `pad` (the slot carries the first line's pad)."""
    return text.replace("\n", "\n" + pad)


def notebook(*cells: Tuple[str, ...]) -> str:
    """A notebook as Jupyter writes it (indent 1); a cell is (kind, source[, stdout])."""
    out = []
    for number, cell in enumerate(cells, 1):
        kind, source = cell[0], cell[1]
        entry = {"cell_type": kind, "id": hexs(8), "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            outputs = []
            if len(cell) > 2:
                outputs.append({"name": "stdout", "output_type": "stream", "text": cell[2].splitlines(keepends=True)})
            entry = {"cell_type": "code", "execution_count": number, "id": entry["id"], "metadata": {},
                     "outputs": outputs, "source": entry["source"]}
        out.append(entry)
    doc = {"cells": out,
           "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                        "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def postman_env(name: str, values: List[Tuple[str, str, str]], exported: str = "2024-04-11T09:12:44.310Z") -> str:
    """A Postman environment export: (key, value, type) rows."""
    doc = {"id": uuid_s(), "name": name,
           "values": [{"key": k, "value": v, "type": t, "enabled": True} for k, v, t in values],
           "_postman_variable_scope": "environment", "_postman_exported_at": exported,
           "_postman_exported_using": "Postman/10.24.16"}
    return json.dumps(doc, indent="\t") + "\n"


PM_SRC = "https://learning.postman.com/docs/sending-requests/variables/managing-environments/"
K8S_SRC = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE_SRC = "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"
NB_SRC = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DJ_SRC = "https://docs.djangoproject.com/en/5.0/topics/settings/"


# ====================================================================================================
# Stripe
# ====================================================================================================

SV("python", "stripe-secret-key", "config/settings/production.py", '''
    """Production settings for the storefront (Django 4.2)."""
    import os

    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["shop.pawprint.example", ".internal.pawprint.example"]

    DATABASES["default"]["HOST"] = os.environ.get("DB_HOST", "db-primary.internal")
    DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]

    # Stripe, live mode. The publishable key is rendered into checkout.html.
    STRIPE_LIVE_MODE = True
    STRIPE_PUBLISHABLE_KEY = "@@PK@@"
    STRIPE_SECRET_KEY = "@@V@@"
    STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    ''', stripe(), "https://docs.stripe.com/keys", PK=stripe("pk_live_"))

SV("dotenv", "stripe-secret-key", ".env.production", '''
    # read by django-environ in config/settings/production.py
    DJANGO_SETTINGS_MODULE=config.settings.production
    DJANGO_ALLOWED_HOSTS=api.tinyloaf.example
    DATABASE_URL=${RDS_DATABASE_URL}
    REDIS_URL=redis://cache.internal:6379/1
    STRIPE_API_KEY=@@V@@
    STRIPE_PUBLIC_KEY=@@PK@@
    STRIPE_PRICE_MONTHLY=@@P1@@
    STRIPE_PRICE_YEARLY=@@P2@@
    SENTRY_ENVIRONMENT=production
    ''', stripe(), "https://django-environ.readthedocs.io/en/latest/quickstart.html",
   PK=stripe("pk_live_"), P1=stripe_id("price_1"), P2=stripe_id("price_1"))

SV("python", "stripe-restricted-key", "billing/stripe_client.py", '''
    import logging
    from typing import Optional

    import stripe

    log = logging.getLogger(__name__)

    # restricted key: charges read, refunds write (created 2024-02 for the refunds worker)
    stripe.api_key = "@@V@@"
    stripe.max_network_retries = 2


    def refund_charge(charge_id: str, amount: Optional[int] = None, reason: str = "requested_by_customer"):
        log.info("refunding %s (%s)", charge_id, amount or "full")
        return stripe.Refund.create(
            charge=charge_id,
            amount=amount,
            reason=reason,
            idempotency_key=f"refund-{charge_id}-{amount}",
        )
    ''', stripe("rk_live_"), "https://docs.stripe.com/keys#create-restricted-api-secret-key")

SV("python", "stripe-webhook-secret", "app/routers/stripe_webhooks.py", '''
    from fastapi import APIRouter, Header, HTTPException, Request
    import stripe

    from app.services.orders import mark_paid

    router = APIRouter()
    endpoint_secret = '@@V@@'


    @router.post("/webhooks/stripe")
    async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
        payload = await request.body()
        try:
            event = stripe.Webhook.construct_event(payload, stripe_signature, endpoint_secret)
        except ValueError:
            raise HTTPException(status_code=400, detail="invalid payload")
        except stripe.error.SignatureVerificationError:
            raise HTTPException(status_code=400, detail="invalid signature")

        if event["type"] == "checkout.session.completed":
            session = event["data"]["object"]
            await mark_paid(session["client_reference_id"], session["payment_intent"])
        return {"received": True}
    ''', whsec(), "https://docs.stripe.com/webhooks/quickstart?lang=python")

SV("docker-compose", "stripe-webhook-secret", "docker-compose.prod.yml", '''
    version: "3.9"
    services:
      web:
        image: registry.gitlab.com/tinyloaf/shop:${TAG:-latest}
        command: gunicorn config.wsgi -b 0.0.0.0:8000 -w 4
        env_file: .env.production
        environment:
          DJANGO_SETTINGS_MODULE: config.settings.production
          STRIPE_WEBHOOK_SECRET: @@V@@
        depends_on:
          - redis
      worker:
        image: registry.gitlab.com/tinyloaf/shop:${TAG:-latest}
        command: celery -A config worker -l info
        env_file: .env.production
      redis:
        image: redis:7-alpine
    ''', whsec(), COMPOSE_SRC)

_k = stripe()
S("k8s-secret", "stripe-secret-key", "k8s/payments/stripe-secret.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: payments-stripe
      namespace: checkout
      labels:
        app.kubernetes.io/part-of: checkout
    type: Opaque
    data:
      STRIPE_SECRET_KEY: @@K@@
      STRIPE_PUBLISHABLE_KEY: @@P@@
      STRIPE_ACCOUNT_COUNTRY: VVM=
    ''', K=b64(_k), P=b64(stripe("pk_live_"))), _k, K8S_SRC)

_k = stripe()
S("jupyter", "stripe-secret-key", "notebooks/2024-03-refund-reconciliation.ipynb", notebook(
    ("markdown", "# March refunds vs ledger\nPull refunds from Stripe and compare with `ledger_refunds`.\n"),
    ("code", f'import stripe, pandas as pd\nstripe.api_key = "{_k}"\n'),
    ("code", "refunds = stripe.Refund.list(created={'gte': 1709251200}, limit=100)\n"
             "df = pd.DataFrame([{'id': r.id, 'amount': r.amount, 'status': r.status} for r in refunds.auto_paging_iter()])\n"
             "df.status.value_counts()\n", "succeeded    412\npending        9\nfailed         3\n"),
), _k, NB_SRC)

SV("makefile", "stripe-restricted-key", "Makefile", '''
    PY ?= python
    STRIPE ?= stripe

    .PHONY: run test webhooks replay-failed

    run:
    \t$(PY) manage.py runserver 0.0.0.0:8000

    test:
    \tpytest -q

    webhooks:
    \t$(STRIPE) listen --forward-to localhost:8000/payments/stripe/webhook/

    # resend a live event that our endpoint 500'd on: make replay-failed EVENT=evt_...
    replay-failed:
    \t$(STRIPE) events resend $(EVENT) --live --api-key @@V@@
    ''', stripe("rk_live_"), "https://docs.stripe.com/cli/events/resend")

SV("shell", "stripe-secret-key", "scripts/inc2291_refund_duplicates.sh", '''
    #!/usr/bin/env bash
    # INC-2291: refund the charges the retry storm captured twice.
    # input: one charge id per line (exported from Metabase)
    set -euo pipefail

    while read -r charge; do
      curl -sS https://api.stripe.com/v1/refunds \\
        -u @@V@@: \\
        -d charge="$charge" \\
        -d reason=duplicate \\
        -H "Idempotency-Key: inc2291-$charge" \\
        | jq -r '.id + " " + .status'
    done < duplicate_charges.txt
    ''', stripe(old=True), "https://docs.stripe.com/api/authentication")

_k = stripe()
S("postman-env", "stripe-secret-key", "postman/Stripe LIVE.postman_environment.json", postman_env("Stripe LIVE", [
    ("base_url", "https://api.stripe.com/v1", "default"),
    ("secret_key", _k, "secret"),
    ("customer_id", stripe_id("cus_", 14), "default"),
    ("stripe_version", "2023-10-16", "default"),
]), _k, PM_SRC)

SV("github-actions", "stripe-test-secret-key", ".github/workflows/e2e.yml", '''
    name: e2e
    on:
      pull_request:
      push:
        branches: [main]

    jobs:
      checkout-flow:
        runs-on: ubuntu-latest
        env:
          DJANGO_SETTINGS_MODULE: config.settings.test
          STRIPE_SECRET_KEY: @@V@@
          STRIPE_PUBLISHABLE_KEY: @@PK@@
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements/test.txt
          - run: playwright install --with-deps chromium
          - run: pytest tests/e2e -m checkout
    ''', stripe("sk_test_"), "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
   PK=stripe("pk_test_"))

SV("terraform", "stripe-secret-key", "infra/envs/prod/terraform.tfvars", '''
    project_id   = "tinyloaf-prod"
    region       = "europe-west1"
    service_name = "shop-api"

    min_instances = 2
    max_instances = 20

    stripe_secret_key      = "@@V@@"
    stripe_publishable_key = "@@PK@@"

    alert_email = "oncall@tinyloaf.example"
    ''', stripe(), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
   PK=stripe("pk_live_"))

SV("toml", "stripe-webhook-secret", "config/settings.toml", '''
    [default]
    app_name = "orders-api"
    currency = "eur"
    stripe_api_version = "2024-04-10"

    [development]
    debug = true
    stripe_webhook_secret = "@format {env[STRIPE_WEBHOOK_SECRET]}"

    [production]
    debug = false
    allowed_origins = ["https://shop.lumenroast.example"]
    stripe_webhook_secret = "@@V@@"
    ''', whsec(), "https://www.dynaconf.com/settings_files/")

SV("vcr-cassette", "stripe-test-secret-key", "tests/cassettes/test_create_customer.yaml", '''
    interactions:
    - request:
        body: email=jane%40example.com&name=Jane+Doe
        headers:
          Authorization:
          - Bearer @@V@@
          Content-Type:
          - application/x-www-form-urlencoded
          Stripe-Version:
          - '2023-10-16'
          User-Agent:
          - Stripe/v1 PythonBindings/7.10.0
        method: POST
        uri: https://api.stripe.com/v1/customers
      response:
        body:
          string: '{"id": "@@CUS@@", "object": "customer", "email": "jane@example.com", "livemode": false}'
        headers:
          Request-Id:
          - req_@@REQ@@
        status:
          code: 200
          message: OK
    version: 1
    ''', stripe("sk_test_"), "https://vcrpy.readthedocs.io/en/latest/advanced.html",
   CUS=stripe_id("cus_", 14), REQ=draw(14))

SV("markdown", "stripe-secret-key", "docs/runbooks/payments-oncall.md", '''
    # Payments on-call runbook

    ## Stripe is returning 401 for the API
    1. Check the dashboard for a revoked key (Developers → API keys).
    2. Until the new key is deployed, the worker can be pointed at the backup key:

       ```bash
       kubectl -n checkout set env deploy/payments-worker \\
         STRIPE_SECRET_KEY=@@V@@
       ```

    3. Open a ticket to rotate it afterwards.

    ## Payouts stuck in `pending`
    Look at the balance transactions of the payout and check the bank account status.
    ''', stripe(), "https://docs.stripe.com/keys#rolling-keys")

SV("dockerfile", "stripe-secret-key", "Dockerfile", '''
    FROM python:3.12-slim

    ENV PYTHONDONTWRITEBYTECODE=1 \\
        PYTHONUNBUFFERED=1 \\
        PORT=8080

    WORKDIR /srv/app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    ENV STRIPE_SECRET_KEY=@@V@@
    ENV STRIPE_API_VERSION=2024-04-10

    CMD exec uvicorn app.main:app --host 0.0.0.0 --port ${PORT}
    ''', stripe(), "https://docs.docker.com/reference/dockerfile/#env")

SV("ini", "stripe-test-secret-key", "pytest.ini", '''
    [pytest]
    DJANGO_SETTINGS_MODULE = config.settings.test
    addopts = -ra --reuse-db --strict-markers
    markers =
        stripe: talks to the Stripe test-mode API
        slow: takes more than a second
    env =
        STRIPE_SECRET_KEY=@@V@@
        STRIPE_WEBHOOK_SECRET=whsec_test_dummy
        D:CELERY_TASK_ALWAYS_EAGER=1
    ''', stripe("sk_test_"), "https://github.com/pytest-dev/pytest-env")

SV("log", "stripe-secret-key", "logs/payments-worker-2024-03-02.log", '''
    2024-03-02 10:14:55,198 INFO  payments.tasks capture_payment order=88213 intent=@@PI@@
    2024-03-02 10:14:55,201 DEBUG payments.http POST https://api.stripe.com/v1/payment_intents/@@PI@@/capture
    2024-03-02 10:14:55,202 DEBUG payments.http headers={'Authorization': 'Bearer @@V@@', 'Stripe-Version': '2023-10-16', 'Idempotency-Key': '@@IK@@'}
    2024-03-02 10:14:55,688 DEBUG payments.http 200 OK (486 ms)
    2024-03-02 10:14:55,690 INFO  payments.tasks captured order=88213 amount=4599 currency=eur
    2024-03-02 10:15:02,004 INFO  payments.tasks capture_payment order=88214 intent=@@PI2@@
    ''', stripe(), "https://docs.python.org/3/library/logging.html#logrecord-attributes",
   PI=stripe_id("pi_3", 23), PI2=stripe_id("pi_3", 23), IK=uuid_s())

_k = stripe()
S("python", "stripe-secret-key", "scripts/reconcile_payouts.py", T('''
    """Compare Stripe payouts with the bank statement CSV (run by finance monthly)."""
    import csv
    import sys

    import stripe

    # split so the pre-commit grep for sk_live doesn't trip on it
    STRIPE_KEY = ("@@A@@"
                  "@@B@@")


    def main(statement_path: str) -> int:
        stripe.api_key = STRIPE_KEY
        bank = {row["reference"]: int(row["amount_cents"]) for row in csv.DictReader(open(statement_path))}
        missing = 0
        for payout in stripe.Payout.list(limit=100).auto_paging_iter():
            if bank.get(payout.id) != payout.amount:
                print(f"{payout.id}: stripe={payout.amount} bank={bank.get(payout.id)}")
                missing += 1
        return 1 if missing else 0


    if __name__ == "__main__":
        sys.exit(main(sys.argv[1]))
    ''', A=_k[:30], B=_k[30:]), _k, "https://docs.stripe.com/api/payouts/list")

# ---- Stripe decoys ---------------------------------------------------------------------------------

DV("python", "publishable-key", "shop/context_processors.py", '''
    """Template context shared by the checkout pages."""
    from django.conf import settings

    # Publishable keys are meant for the browser (Stripe.js); the secret key stays in the env.
    STRIPE_PUBLISHABLE_KEYS = {
        "live": "@@LIVE@@",
        "test": "@@TEST@@",
    }


    def stripe_keys(request):
        mode = "live" if settings.STRIPE_LIVE_MODE else "test"
        return {
            "stripe_publishable_key": STRIPE_PUBLISHABLE_KEYS[mode],
            "stripe_account_country": "DE",
        }
    ''', "https://docs.stripe.com/keys#obtain-api-keys", LIVE=stripe("pk_live_"), TEST=stripe("pk_test_"))

DV("html-template", "publishable-key", "templates/checkout/pay.html", '''
    {% extends "base.html" %}
    {% block content %}
    <form id="payment-form" data-secret="{{ client_secret }}">
      <div id="payment-element"></div>
      <button id="submit">Pay {{ order.total|floatformat:2 }} {{ order.currency|upper }}</button>
      <div id="error-message" role="alert"></div>
    </form>
    <script src="https://js.stripe.com/v3/"></script>
    <script>
      const stripe = Stripe("@@PK@@", { locale: "{{ LANGUAGE_CODE }}" });
      const elements = stripe.elements({ clientSecret: document.getElementById("payment-form").dataset.secret });
      elements.create("payment").mount("#payment-element");
    </script>
    {% endblock %}
    ''', "https://docs.stripe.com/payments/payment-element", PK=stripe("pk_live_"))

DV("python", "test-card-numbers", "tests/fixtures/cards.py", '''
    """Stripe test-mode card numbers (docs.stripe.com/testing). Any future expiry, any CVC."""

    VISA = "4242424242424242"
    VISA_DEBIT = "4000056655665556"
    MASTERCARD = "5555555555554444"
    AMEX = "378282246310005"
    REQUIRES_3DS = "4000002760003184"
    DECLINED_INSUFFICIENT_FUNDS = "4000000000009995"
    DECLINED_LOST_CARD = "4000000000009987"

    PM_TOKENS = {
        "visa": "pm_card_visa",
        "mastercard": "pm_card_mastercard",
        "chargeDeclined": "pm_card_chargeDeclined",
    }

    DEFAULT_EXPIRY = (12, 2034)
    DEFAULT_CVC = "123"
    ''', "https://docs.stripe.com/testing#cards")

DV("json", "webhook-event-fixture", "tests/fixtures/stripe/payment_intent.succeeded.json", '''
    {
      "id": "@@EVT@@",
      "object": "event",
      "api_version": "2023-10-16",
      "created": 1712830011,
      "livemode": false,
      "pending_webhooks": 1,
      "request": {"id": "req_@@REQ@@", "idempotency_key": "@@IK@@"},
      "type": "payment_intent.succeeded",
      "data": {
        "object": {
          "id": "@@PI@@",
          "object": "payment_intent",
          "amount": 2599,
          "amount_received": 2599,
          "currency": "eur",
          "client_secret": "@@PI@@_secret_@@CS@@",
          "customer": "@@CUS@@",
          "latest_charge": "@@CH@@",
          "payment_method": "@@PM@@",
          "metadata": {"order_id": "A-10042"},
          "status": "succeeded"
        }
      }
    }
    ''', "https://docs.stripe.com/api/events/object",
   EVT=stripe_id("evt_3", 23), REQ=draw(14), IK=uuid_s(), PI=stripe_id("pi_3", 23), CS=draw(25),
   CUS=stripe_id("cus_", 14), CH=stripe_id("ch_3", 23), PM=stripe_id("pm_1", 23))

DV("python", "fake-test-secret", "tests/test_stripe_webhook.py", '''
    import hashlib
    import hmac
    import json
    import time

    import pytest

    WEBHOOK_SECRET = "whsec_test_secret"


    def sign(payload: bytes, secret: str = WEBHOOK_SECRET, ts: int | None = None) -> str:
        ts = ts or int(time.time())
        mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
        return f"t={ts},v1={mac}"


    @pytest.fixture
    def settings_with_secret(settings):
        settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
        return settings


    def test_rejects_bad_signature(client, settings_with_secret):
        body = json.dumps({"id": "evt_test_webhook", "type": "charge.refunded"}).encode()
        resp = client.post("/webhooks/stripe/", body, content_type="application/json",
                           HTTP_STRIPE_SIGNATURE=sign(body, "whsec_wrong"))
        assert resp.status_code == 400
    ''', "https://docs.stripe.com/webhooks#verify-manually")

DV("dotenv", "placeholder", ".env.example", '''
    # Copy to .env and fill in. Never commit the real file.
    DJANGO_SECRET_KEY=change-me
    DATABASE_URL=postgres://shop:shop@localhost:5432/shop

    # Stripe: dashboard → Developers → API keys
    STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    # printed by `stripe listen`
    STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

    PAYPAL_CLIENT_ID=
    PAYPAL_CLIENT_SECRET=
    ''', "https://github.com/theskumar/python-dotenv#file-format")

DV("markdown", "doc-example", "README.md", '''
    # tinyloaf shop

    Django storefront with Stripe Checkout and PayPal.

    ## Running locally

    ```bash
    cp .env.example .env
    export STRIPE_SECRET_KEY=sk_test_YOUR_KEY_HERE
    docker compose up -d db redis
    python manage.py migrate && python manage.py runserver
    ```

    In another terminal forward webhooks with the Stripe CLI:

    ```bash
    stripe listen --forward-to localhost:8000/payments/stripe/webhook/
    # > Ready! Your webhook signing secret is whsec_... (^C to quit)
    ```

    Use card `4242 4242 4242 4242` with any future date and any CVC.
    ''', "https://docs.stripe.com/stripe-cli")

DV("python", "mock-server-key", "tests/conftest.py", '''
    import pytest
    import stripe


    @pytest.fixture(autouse=True)
    def stripe_mock(monkeypatch):
        """Point the SDK at stripe-mock (docker run -p 12111:12111 stripe/stripe-mock).

        stripe-mock accepts any key that looks like a test key.
        """
        monkeypatch.setattr(stripe, "api_key", "sk_test_123")
        monkeypatch.setattr(stripe, "api_base", "http://localhost:12111")
        yield


    @pytest.fixture
    def customer():
        return stripe.Customer.create(email="test@example.com")
    ''', "https://github.com/stripe/stripe-mock")

DV("python", "object-ids", "billing/catalog.py", '''
    """Stripe catalog ids per environment (created by scripts/bootstrap_catalog.py)."""

    PLATFORM_ACCOUNT = "acct_1@@ACCT@@"

    PRICES = {
        "live": {
            "starter_monthly": "@@P1@@",
            "starter_yearly": "@@P2@@",
            "team_monthly": "@@P3@@",
        },
        "test": {
            "starter_monthly": "@@P4@@",
            "starter_yearly": "@@P5@@",
            "team_monthly": "@@P6@@",
        },
    }

    TAX_RATE_DE = "txr_1@@TX@@"
    COUPON_LAUNCH = "LAUNCH25"
    ''', "https://docs.stripe.com/products-prices/how-products-and-prices-work",
   ACCT=draw(15), P1=stripe_id("price_1"), P2=stripe_id("price_1"), P3=stripe_id("price_1"),
   P4=stripe_id("price_1"), P5=stripe_id("price_1"), P6=stripe_id("price_1"), TX=draw(23))

DV("log", "redacted-key", "logs/app-2024-05-14.log", '''
    2024-05-14T08:00:01Z INFO  boot settings=config.settings.production
    2024-05-14T08:00:01Z INFO  boot stripe key=sk_live_****************************@@L4@@ api_version=2024-04-10
    2024-05-14T08:00:01Z INFO  boot paypal client_id=@@PP@@... mode=live
    2024-05-14T08:00:02Z INFO  boot webhook secret loaded (whsec_…@@L42@@) from env STRIPE_WEBHOOK_SECRET
    2024-05-14T08:00:02Z INFO  gunicorn listening on 0.0.0.0:8000 workers=4
    2024-05-14T08:03:17Z WARN  stripe 402 card_declined intent=@@PI@@ decline_code=insufficient_funds
    ''', "https://docs.stripe.com/keys#limit-access", L4=draw(4), PP=paypal_client_id()[:8], L42=draw(4),
   PI=stripe_id("pi_3", 23))

DV("github-actions", "secret-reference", ".github/workflows/deploy.yml", '''
    name: deploy
    on:
      push:
        tags: ["v*"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - name: Render env
            run: |
              echo "STRIPE_SECRET_KEY=${{ secrets.STRIPE_SECRET_KEY }}" >> .env.production
              echo "STRIPE_WEBHOOK_SECRET=${{ secrets.STRIPE_WEBHOOK_SECRET }}" >> .env.production
              echo "ADYEN_API_KEY=${{ secrets.ADYEN_API_KEY }}" >> .env.production
          - uses: appleboy/scp-action@v0.1.7
            with:
              host: ${{ vars.DEPLOY_HOST }}
              username: deploy
              key: ${{ secrets.DEPLOY_SSH_KEY }}
              source: ".env.production,docker-compose.prod.yml"
              target: /srv/shop
    ''', "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

DV("python", "idempotency-key", "tests/test_idempotency.py", '''
    from unittest import mock

    from billing.charges import create_charge

    IDEMPOTENCY_KEY = "@@IK1@@"
    RETRY_KEY = "@@IK2@@"


    @mock.patch("billing.charges.stripe.PaymentIntent.create")
    def test_passes_idempotency_key(create):
        create_charge(order_id=42, amount=1999, idempotency_key=IDEMPOTENCY_KEY)
        assert create.call_args.kwargs["idempotency_key"] == IDEMPOTENCY_KEY


    @mock.patch("billing.charges.stripe.PaymentIntent.create")
    def test_retry_reuses_key(create):
        create_charge(order_id=43, amount=500, idempotency_key=RETRY_KEY)
        create_charge(order_id=43, amount=500, idempotency_key=RETRY_KEY)
        keys = {call.kwargs["idempotency_key"] for call in create.call_args_list}
        assert keys == {RETRY_KEY}
    ''', "https://docs.stripe.com/api/idempotent_requests", IK1=uuid_s(), IK2=uuid_s())

DV("http-file", "webhook-signature", "requests/stripe-webhook.http", '''
    ### Replay a captured checkout.session.completed against local
    POST http://localhost:8000/webhooks/stripe
    Content-Type: application/json
    Stripe-Signature: t=1712830011,v1=@@SIG@@,v0=@@SIG0@@

    {
      "id": "@@EVT@@",
      "object": "event",
      "type": "checkout.session.completed",
      "data": {"object": {"id": "cs_test_@@CS@@", "client_reference_id": "A-10042"}}
    }
    ''', "https://www.jetbrains.com/help/pycharm/exploring-http-syntax.html",
   SIG=hexs(64), SIG0=hexs(64), EVT=stripe_id("evt_1", 23), CS=draw(58))

DV("python", "env-reference", "config/settings/payments.py", '''
    import environ

    env = environ.Env()

    # dj-stripe
    STRIPE_LIVE_SECRET_KEY = env("STRIPE_LIVE_SECRET_KEY", default="")
    STRIPE_TEST_SECRET_KEY = env("STRIPE_TEST_SECRET_KEY", default="")
    STRIPE_LIVE_MODE = env.bool("STRIPE_LIVE_MODE", default=False)
    DJSTRIPE_WEBHOOK_SECRET = env("DJSTRIPE_WEBHOOK_SECRET")
    DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
    DJSTRIPE_USE_NATIVE_JSONFIELD = True

    # Braintree / PayPal
    BRAINTREE_MERCHANT_ID = env("BRAINTREE_MERCHANT_ID")
    BRAINTREE_PRIVATE_KEY = env("BRAINTREE_PRIVATE_KEY")
    PAYPAL_CLIENT_SECRET = env.str("PAYPAL_CLIENT_SECRET")
    ''', "https://dj-stripe.dev/dj-stripe/reference/settings/")


# ====================================================================================================
# PayPal and Braintree
# ====================================================================================================

SV("python", "braintree-private-key", "payments/gateways/braintree_gateway.py", '''
    import braintree
    from django.conf import settings

    _gateway = None


    def gateway() -> braintree.BraintreeGateway:
        global _gateway
        if _gateway is None:
            _gateway = braintree.BraintreeGateway(
                braintree.Configuration(
                    environment=braintree.Environment.Production,
                    merchant_id="@@MID@@",
                    public_key="@@PUB@@",
                    private_key="@@V@@",
                    timeout=getattr(settings, "BRAINTREE_TIMEOUT", 30),
                )
            )
        return _gateway


    def client_token(customer_id=None) -> str:
        return gateway().client_token.generate({"customer_id": customer_id} if customer_id else {})
    ''', hexs(32), "https://developer.paypal.com/braintree/docs/start/hello-server/python",
   MID=bt_id(), PUB=bt_id())

SV("dotenv", "paypal-client-secret", ".env", '''
    APP_ENV=production
    LOG_LEVEL=info

    # PayPal REST app "Marketplace payouts" (live)
    PAYPAL_MODE=live
    PAYPAL_CLIENT_ID=@@CID@@
    PAYPAL_CLIENT_SECRET=@@V@@
    PAYPAL_WEBHOOK_ID=@@WH@@

    DATABASE_URL=${DATABASE_URL}
    ''', paypal_secret(), "https://developer.paypal.com/api/rest/#link-getclientidandclientsecret",
   CID=paypal_client_id(), WH=draw(17, UPPER_ALNUM))

SV("yaml", "paypal-client-secret", "config/paypal.yml", '''
    # paypalrestsdk.configure(yaml.safe_load(open("config/paypal.yml"))[ENV])
    development:
      mode: sandbox
      client_id: ${PAYPAL_SANDBOX_CLIENT_ID}
      client_secret: ${PAYPAL_SANDBOX_CLIENT_SECRET}

    production:
      mode: live
      client_id: @@CID@@
      client_secret: @@V@@
      ssl_options:
        ca_certs: /etc/ssl/certs/ca-certificates.crt
    ''', paypal_secret(), "https://github.com/paypal/PayPal-Python-SDK#configuration", CID=paypal_client_id())

SV("python", "paypal-client-secret", "checkout/paypal_client.py", '''
    from paypalcheckoutsdk.core import LiveEnvironment, PayPalHttpClient, SandboxEnvironment

    from checkout.conf import IS_PRODUCTION

    LIVE_CLIENT_ID = "@@CID@@"
    LIVE_CLIENT_SECRET = "@@V@@"


    class PayPalClient:
        def __init__(self):
            if IS_PRODUCTION:
                environment = LiveEnvironment(client_id=LIVE_CLIENT_ID, client_secret=LIVE_CLIENT_SECRET)
            else:
                import os
                environment = SandboxEnvironment(client_id=os.environ["PAYPAL_SANDBOX_ID"],
                                                 client_secret=os.environ["PAYPAL_SANDBOX_SECRET"])
            self.client = PayPalHttpClient(environment)
    ''', paypal_secret(), "https://github.com/paypal/Checkout-Python-SDK", CID=paypal_client_id())

SV("shell", "paypal-client-secret", "scripts/paypal_token.sh", '''
    #!/bin/sh
    # prints a bearer token for poking the PayPal REST API by hand
    CLIENT_ID="@@CID@@"
    CLIENT_SECRET="@@V@@"

    curl -s https://api-m.paypal.com/v1/oauth2/token \\
      -H "Accept: application/json" \\
      -u "$CLIENT_ID:$CLIENT_SECRET" \\
      -d "grant_type=client_credentials" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
    ''', paypal_secret(), "https://developer.paypal.com/api/rest/authentication/", CID=paypal_client_id())

_mid = bt_id()
SV("json", "braintree-access-token", "config/braintree.production.json", '''
    {
      "environment": "production",
      "accessToken": "@@V@@",
      "merchantAccountIds": {
        "EUR": "tinyloafEUR",
        "GBP": "tinyloafGBP",
        "USD": "tinyloaf_instant"
      },
      "vault": true,
      "threeDSecure": {"required": true, "challengeRequested": false}
    }
    ''', f"access_token$production${_mid}${hexs(32)}", "https://developer.paypal.com/braintree/docs/guides/paypal/server-side/python")

SV("helm-values", "braintree-private-key", "deploy/charts/checkout/values-prod.yaml", '''
    replicaCount: 3

    image:
      repository: ghcr.io/tinyloaf/checkout
      tag: "2024.05.2"

    ingress:
      enabled: true
      hosts:
        - host: pay.tinyloaf.example
          paths: ["/"]

    env:
      BRAINTREE_ENVIRONMENT: production
      BRAINTREE_MERCHANT_ID: "@@MID@@"
      BRAINTREE_PUBLIC_KEY: "@@PUB@@"
      BRAINTREE_PRIVATE_KEY: "@@V@@"

    resources:
      requests: {cpu: 200m, memory: 256Mi}
      limits: {memory: 512Mi}
    ''', hexs(32), "https://helm.sh/docs/chart_template_guide/values_files/", MID=bt_id(), PUB=bt_id())

SV("python", "paypal-nvp-signature", "legacy/paypal_nvp.py", '''
    """Classic PayPal NVP API (only RefundTransaction still goes through here)."""
    import os
    from urllib.parse import urlencode

    import requests

    NVP_ENDPOINT = "https://api-3t.paypal.com/nvp"
    CREDENTIALS = {
        "USER": "billing_api1.tinyloaf.example",
        "PWD": os.environ["PAYPAL_NVP_PASSWORD"],
        "SIGNATURE": "@@V@@",
        "VERSION": "204.0",
    }


    def refund(transaction_id: str, amount: str, currency: str = "EUR") -> dict:
        params = dict(CREDENTIALS, METHOD="RefundTransaction", TRANSACTIONID=transaction_id,
                      REFUNDTYPE="Partial", AMT=amount, CURRENCYCODE=currency)
        resp = requests.post(NVP_ENDPOINT, data=urlencode(params), timeout=20)
        return dict(pair.split("=", 1) for pair in resp.text.split("&"))
    ''', "A" + draw(55, ALNUM + ".-"), "https://developer.paypal.com/api/nvp-soap/apiCredentials/")

S("ini", "paypal-api-password", "config/payments.ini", crlf(T('''
    ; payment provider settings, read with configparser
    [general]
    default_currency = EUR
    capture_delay_hours = 24

    [paypal_classic]
    environment = live
    api_username = accounts_api1.fjordcraft.example
    api_password = @@V@@
    cert_file = /etc/fjordcraft/paypal/cert_key_pem.txt

    [adyen]
    merchant_account = FjordcraftECOM
    environment = live
    ''', V=(_pw := draw(16, UPPER_ALNUM)))), _pw, "https://developer.paypal.com/api/nvp-soap/apiCredentials/#api-certificates")

_s = paypal_secret()
S("jupyter", "paypal-client-secret", "analysis/paypal_disputes_q1.ipynb", notebook(
    ("markdown", "## PayPal disputes, Q1\nExport open disputes for the chargeback review.\n"),
    ("code", "import requests\n"
             f"CLIENT_ID = \"{paypal_client_id()}\"\n"
             f"SECRET = \"{_s}\"\n"
             "tok = requests.post('https://api-m.paypal.com/v1/oauth2/token', auth=(CLIENT_ID, SECRET),\n"
             "                    data={'grant_type': 'client_credentials'}).json()['access_token']\n"),
    ("code", "r = requests.get('https://api-m.paypal.com/v1/customer/disputes?dispute_state=REQUIRED_ACTION',\n"
             "                 headers={'Authorization': f'Bearer {tok}'})\nlen(r.json()['items'])\n", "37\n"),
), _s, NB_SRC)

# ---- PayPal / Braintree decoys ---------------------------------------------------------------------

DV("html-template", "public-client-id", "templates/paypal_button.html", '''
    {# PayPal JS SDK: the client-id is public and ends up in every visitor's browser #}
    <div id="paypal-button-container"></div>
    <script src="https://www.paypal.com/sdk/js?client-id=@@CID@@&currency=EUR&intent=capture&components=buttons"></script>
    <script>
      paypal.Buttons({
        createOrder: () => fetch("{% url 'paypal:create-order' order.pk %}", {method: "POST"})
          .then((r) => r.json()).then((o) => o.id),
        onApprove: (data) => fetch("{% url 'paypal:capture' %}?order=" + data.orderID, {method: "POST"})
          .then(() => window.location.assign("{% url 'checkout:done' %}")),
      }).render("#paypal-button-container");
    </script>
    ''', "https://developer.paypal.com/sdk/js/configuration/", CID=paypal_client_id())

DV("python", "tokenization-key", "frontend_config/braintree.py", '''
    """Values handed to Drop-in UI. A tokenization key only tokenizes cards (client side, public)."""

    DROPIN = {
        "authorization": "production_@@A@@_@@MID@@",
        "container": "#dropin-container",
        "paypal": {"flow": "checkout", "currency": "EUR"},
        "threeDSecure": True,
        "card": {"cardholderName": {"required": True}},
    }
    ''', "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key", A=draw(8, LOWER_ALNUM), MID=bt_id())

DV("markdown", "doc-placeholder", "docs/integrations/braintree.md", '''
    # Braintree

    The gateway is built from three values in the Control Panel (Settings → API):

    ```python
    gateway = braintree.BraintreeGateway(
        braintree.Configuration(
            braintree.Environment.Sandbox,
            merchant_id="use_your_merchant_id",
            public_key="use_your_public_key",
            private_key="use_your_private_key",
        )
    )
    ```

    In production these come from `BRAINTREE_*` variables (see `config/settings/payments.py`).
    Sandbox test card: `4111 1111 1111 1111`, any CVV.
    ''', "https://developer.paypal.com/braintree/docs/start/hello-server/python")

DV("json", "webhook-signature", "tests/fixtures/paypal/webhook_capture_completed.json", '''
    {
      "headers": {
        "paypal-auth-algo": "SHA256withRSA",
        "paypal-cert-url": "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-@@C@@",
        "paypal-transmission-id": "@@TID@@",
        "paypal-transmission-sig": "@@SIG@@",
        "paypal-transmission-time": "2024-04-02T11:06:21Z"
      },
      "body": {
        "id": "WH-@@WH@@",
        "event_type": "PAYMENT.CAPTURE.COMPLETED",
        "resource_type": "capture",
        "resource": {
          "id": "@@CAP@@",
          "status": "COMPLETED",
          "amount": {"currency_code": "EUR", "value": "48.00"},
          "supplementary_data": {"related_ids": {"order_id": "@@ORD@@"}}
        }
      }
    }
    ''', "https://developer.paypal.com/api/rest/webhooks/rest/",
   C=hexs(8), TID=uuid_s(), SIG=b64(draw(180, B64))[:344], WH=draw(8, UPPER_ALNUM) + "-" + draw(16, UPPER_ALNUM),
   CAP=draw(17, UPPER_ALNUM), ORD=draw(17, UPPER_ALNUM))


# ====================================================================================================
# Adyen
# ====================================================================================================

SV("python", "adyen-api-key", "config/settings/base.py", '''
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent.parent

    INSTALLED_APPS = [
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "orders",
        "payments.adyen",
    ]

    # Adyen Checkout API v71
    ADYEN_ENVIRONMENT = "LIVE"
    ADYEN_LIVE_URL_PREFIX = "1797a841fbb37ca7-FjordcraftECOM"
    ADYEN_MERCHANT_ACCOUNT = "FjordcraftECOM"
    ADYEN_API_KEY = "@@V@@"
    ADYEN_CLIENT_KEY = "@@CK@@"
    ADYEN_RETURN_URL = "https://fjordcraft.example/checkout/return/"
    ''', adyen_key(), "https://docs.adyen.com/development-resources/api-credentials/", CK=adyen_client_key())

SV("dotenv", "adyen-hmac-key", ".env.live", '''
    ADYEN_ENVIRONMENT=LIVE
    ADYEN_MERCHANT_ACCOUNT=NordicBikesECOM
    ADYEN_API_KEY_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:402911750238:secret:adyen/live/api-key-Qz3hT1
    ADYEN_HMAC_KEY=@@V@@
    ADYEN_NOTIFICATION_USER=adyen-notify
    ''', adyen_hmac(), "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/")

SV("python", "adyen-hmac-key", "payments/adyen/views.py", '''
    import json

    from Adyen.util import is_valid_hmac_notification
    from django.http import HttpResponse, HttpResponseForbidden
    from django.views.decorators.csrf import csrf_exempt

    from .tasks import process_notification

    HMAC_KEY = "@@V@@"


    @csrf_exempt
    def notifications(request):
        body = json.loads(request.body)
        for item in body["notificationItems"]:
            nri = item["NotificationRequestItem"]
            if not is_valid_hmac_notification(nri, HMAC_KEY):
                return HttpResponseForbidden("bad hmac")
            process_notification.delay(nri)
        return HttpResponse("[accepted]")
    ''', adyen_hmac(), "https://github.com/Adyen/adyen-python-api-library")

SV("ansible", "adyen-api-key", "ansible/group_vars/production/payments.yml", '''
    ---
    payments_service_port: 8043
    payments_workers: 6

    adyen_environment: live
    adyen_merchant_account: NordicBikesECOM
    adyen_api_key: "@@V@@"
    adyen_hmac_key: "{{ vault_adyen_hmac_key }}"

    klarna_region: eu
    ''', adyen_key(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

_k = adyen_key()
S("postman-env", "adyen-api-key", "postman/Adyen Checkout LIVE.postman_environment.json", postman_env("Adyen Checkout LIVE", [
    ("checkout_url", "https://1797a841fbb37ca7-FjordcraftECOM-checkout-live.adyenpayments.com/checkout/v71", "default"),
    ("X-API-Key", _k, "secret"),
    ("merchantAccount", "FjordcraftECOM", "default"),
    ("clientKey", adyen_client_key(), "default"),
    ("shopperReference", "postman-shopper-01", "default"),
], exported="2024-02-19T15:40:02.118Z"), _k, PM_SRC)

SV("shell", "adyen-api-key", "scripts/adyen_payment_methods.sh", '''
    #!/usr/bin/env bash
    # which payment methods does Adyen offer for a NL basket?
    curl -s https://checkout-test.adyen.com/v71/paymentMethods \\
      -H "Content-Type: application/json" \\
      -H "X-API-Key: @@V@@" \\
      -d '{
            "merchantAccount": "NordicBikesECOM",
            "countryCode": "NL",
            "amount": {"currency": "EUR", "value": 12900},
            "channel": "Web"
          }' | jq '.paymentMethods[].type'
    ''', adyen_key(), "https://docs.adyen.com/api-explorer/Checkout/71/post/paymentMethods")

_k = adyen_key()
S("k8s-secret", "adyen-api-key", "k8s/adyen-credentials.yaml", T('''
    # kubectl apply -f k8s/adyen-credentials.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: adyen-credentials
      namespace: payments
    type: Opaque
    stringData:
      ADYEN_API_KEY: "@@K@@"
      ADYEN_MERCHANT_ACCOUNT: NordicBikesECOM
      ADYEN_ENVIRONMENT: LIVE
    ''', K=_k), _k, K8S_SRC)

SV("python", "adyen-report-password", "jobs/fetch_settlement_reports.py", '''
    """Nightly: download Adyen settlement detail reports into the finance bucket."""
    import datetime as dt

    import boto3
    import requests

    REPORT_USER = "report@Company.Fjordcraft"
    REPORT_PASSWORD = "@@V@@"
    BASE = "https://ca-live.adyen.com/reports/download/MerchantAccount/FjordcraftECOM/"


    def run(batch: int) -> None:
        name = f"settlement_detail_report_batch_{batch}.csv"
        resp = requests.get(BASE + name, auth=(REPORT_USER, REPORT_PASSWORD), timeout=60)
        resp.raise_for_status()
        key = f"adyen/settlements/{dt.date.today():%Y/%m}/{name}"
        boto3.client("s3").put_object(Bucket="fjordcraft-finance", Key=key, Body=resp.content)
    ''', words_pw(), "https://docs.adyen.com/reporting/automatically-download-reports/")

SV("supervisor", "adyen-hmac-key", "deploy/supervisor/payments.conf", '''
    [program:payments-api]
    command=/srv/payments/venv/bin/gunicorn payments.wsgi:application -b 127.0.0.1:8043 -w 4
    directory=/srv/payments
    user=payments
    autostart=true
    autorestart=true
    stdout_logfile=/var/log/payments/api.log
    redirect_stderr=true
    environment=DJANGO_SETTINGS_MODULE="payments.settings.live",ADYEN_HMAC_KEY="@@V@@",ADYEN_API_KEY="%(ENV_ADYEN_API_KEY)s"
    ''', adyen_hmac(), "http://supervisord.org/configuration.html#program-x-section-values")

# ---- Adyen decoys ----------------------------------------------------------------------------------

DV("python", "client-key", "payments/adyen/frontend.py", '''
    """Config for Adyen Web Drop-in. The client key is public (it is allowed per origin in the
    Customer Area); the API key is read from the secret store at startup, never here."""
    from django.conf import settings


    def dropin_config(session) -> dict:
        return {
            "environment": "live",
            "clientKey": "@@CK@@",
            "session": {"id": session["id"], "sessionData": session["sessionData"]},
            "analytics": {"enabled": False},
            "locale": "nl-NL",
            "merchantAccount": settings.ADYEN_MERCHANT_ACCOUNT,
        }
    ''', "https://docs.adyen.com/development-resources/client-side-authentication/", CK=adyen_client_key())

DV("json", "webhook-signature", "tests/fixtures/adyen/authorisation_notification.json", '''
    {
      "live": "false",
      "notificationItems": [
        {
          "NotificationRequestItem": {
            "additionalData": {
              "hmacSignature": "@@SIG@@",
              "authCode": "058139",
              "cardSummary": "1111",
              "expiryDate": "03/2030"
            },
            "amount": {"currency": "EUR", "value": 12900},
            "eventCode": "AUTHORISATION",
            "eventDate": "2024-03-12T13:22:41+01:00",
            "merchantAccountCode": "NordicBikesECOM",
            "merchantReference": "order-50012",
            "paymentMethod": "visa",
            "pspReference": "@@PSP@@",
            "reason": "058139:1111:03/2030",
            "success": "true"
          }
        }
      ]
    }
    ''', "https://docs.adyen.com/development-resources/webhooks/webhook-types/",
   SIG=b64(draw(32)).rstrip("=")[:43] + "=", PSP=digits(16))

DV("python", "test-card-numbers", "tests/adyen/test_cards.py", '''
    """Adyen test cards (docs.adyen.com/development-resources/testing/test-card-numbers).
    Expiry 03/2030, CVC 737 for all of them; 3DS2 challenge password is on the test page."""
    import pytest

    CARDS = {
        "mastercard": "2222400070000005",
        "visa": "4111111145551142",
        "amex": "370000000000002",
        "visa_3ds2": "4917610000000000",
        "maestro": "6771798021000008",
    }


    @pytest.mark.parametrize("brand,number", sorted(CARDS.items()))
    def test_luhn(brand, number):
        total = 0
        for i, d in enumerate(reversed(number)):
            n = int(d) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        assert total % 10 == 0, brand
    ''', "https://docs.adyen.com/development-resources/testing/test-card-numbers/")

DV("python", "secret-store-reference", "payments/adyen/credentials.py", '''
    """Adyen credentials come from SSM Parameter Store (SecureString, KMS key alias/payments)."""
    import functools

    import boto3

    PARAMS = {
        "api_key": "/live/payments/adyen/api-key",
        "hmac_key": "/live/payments/adyen/hmac-key",
        "ws_password": "/live/payments/adyen/ws-password",
    }


    @functools.lru_cache(maxsize=1)
    def load() -> dict:
        ssm = boto3.client("ssm", region_name="eu-west-1")
        resp = ssm.get_parameters(Names=list(PARAMS.values()), WithDecryption=True)
        by_name = {p["Name"]: p["Value"] for p in resp["Parameters"]}
        return {key: by_name[name] for key, name in PARAMS.items()}
    ''', "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/ssm/client/get_parameters.html")


# ====================================================================================================
# Square
# ====================================================================================================

SV("python", "square-access-token", "pos/square_sync.py", '''
    """Sync Square POS orders into the warehouse every 15 minutes."""
    from square.client import Client

    from pos.storage import upsert_orders

    LOCATIONS = ["@@L1@@", "@@L2@@"]

    client = Client(
        access_token="@@V@@",
        environment="production",
    )


    def sync(cursor: str | None = None) -> str | None:
        body = {"location_ids": LOCATIONS, "cursor": cursor, "limit": 200,
                "query": {"sort": {"sort_field": "UPDATED_AT"}}}
        result = client.orders.search_orders(body=body)
        if result.is_error():
            raise RuntimeError(result.errors)
        upsert_orders(result.body.get("orders", []))
        return result.body.get("cursor")
    ''', square_token(), "https://developer.squareup.com/docs/sdks/python/quick-start",
   L1="L" + draw(12, UPPER_ALNUM), L2="L" + draw(12, UPPER_ALNUM))

SV("dotenv", "square-access-token", ".env.local", '''
    # square POS bridge, production account of the Brixton shop
    SQUARE_ENVIRONMENT=production
    SQUARE_APPLICATION_ID=@@APP@@
    SQUARE_ACCESS_TOKEN=@@V@@
    SQUARE_LOCATION_ID=@@LOC@@
    TZ=Europe/London
    ''', square_token(), "https://developer.squareup.com/docs/build-basics/access-tokens",
   APP="sq0idp-" + draw(22, URLSAFE), LOC="L" + draw(12, UPPER_ALNUM))

SV("json", "square-application-secret", "config/square_oauth.json", '''
    {
      "application_id": "@@APP@@",
      "application_secret": "@@V@@",
      "redirect_uri": "https://app.tillpoint.example/oauth/square/callback",
      "scopes": [
        "MERCHANT_PROFILE_READ",
        "PAYMENTS_READ",
        "ORDERS_READ",
        "ITEMS_READ"
      ],
      "session": false
    }
    ''', "sq0csp-" + draw(43, URLSAFE), "https://developer.squareup.com/docs/oauth-api/overview",
   APP="sq0idp-" + draw(22, URLSAFE))

SV("yaml", "square-webhook-signature-key", "config/square.yaml", '''
    square:
      environment: production
      api_version: "2024-04-17"
      webhooks:
        notification_url: https://app.tillpoint.example/webhooks/square
        signature_key: "@@V@@"
        events:
          - payment.updated
          - refund.updated
          - order.fulfillment.updated
    ''', draw(22, URLSAFE), "https://developer.squareup.com/docs/webhooks/step3validate")

SV("shell", "square-access-token", "ops/square_list_locations.sh", '''
    #!/usr/bin/env bash
    set -e
    curl https://connect.squareup.com/v2/locations \\
      -H 'Square-Version: 2024-04-17' \\
      -H 'Authorization: Bearer @@V@@' \\
      -H 'Content-Type: application/json' \\
      | jq -r '.locations[] | [.id, .name, .status] | @tsv'
    ''', square_token(), "https://developer.squareup.com/reference/square/locations-api/list-locations")

SV("python", "square-access-token", "legacy/square_v1_import.py", '''
    # Old Connect v1 import, kept for the 2019 backfill. Token is the personal access token
    # from the developer dashboard at the time.
    import requests

    ACCESS_TOKEN = 'sq0atp-@@V@@'
    HEADERS = {'Authorization': 'Bearer ' + ACCESS_TOKEN, 'Accept': 'application/json'}


    def items(location_id):
        url = 'https://connect.squareup.com/v1/%s/items' % location_id
        while url:
            resp = requests.get(url, headers=HEADERS)
            resp.raise_for_status()
            for item in resp.json():
                yield item
            url = resp.links.get('next', {}).get('url')
    '''.replace("@@V@@", (_sq := "sq0atp-" + draw(22, URLSAFE))[7:]), _sq,
   "https://developer.squareup.com/docs/build-basics/access-tokens")

# ---- Square decoys ---------------------------------------------------------------------------------

DV("python", "public-application-id", "web/square_payments.py", '''
    from django.shortcuts import render

    # Web Payments SDK values: application id and location id are public, shown to the browser.
    SQUARE_APP_ID = "@@APP@@"
    SQUARE_LOCATION_ID = "@@LOC@@"
    SQUARE_JS = "https://web.squarecdn.com/v1/square.js"


    def pay(request, order_id):
        return render(request, "square/pay.html", {
            "app_id": SQUARE_APP_ID,
            "location_id": SQUARE_LOCATION_ID,
            "sdk_url": SQUARE_JS,
            "order_id": order_id,
        })
    ''', "https://developer.squareup.com/docs/web-payments/take-card-payment", APP="sq0idp-" + draw(22, URLSAFE),
   LOC="L" + draw(12, UPPER_ALNUM))

DV("python", "webhook-signature", "tests/test_square_webhook.py", '''
    import base64
    import hashlib
    import hmac

    from webhooks.square import is_valid

    URL = "https://example.com/webhooks/square"
    KEY = "test-signature-key"
    BODY = b'{"merchant_id":"@@MER@@","type":"payment.updated","event_id":"@@EV@@"}'


    def expected(body: bytes) -> str:
        mac = hmac.new(KEY.encode(), URL.encode() + body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode()


    def test_valid_signature():
        assert is_valid(BODY, expected(BODY), KEY, URL)


    def test_tampered_body():
        assert not is_valid(BODY + b" ", expected(BODY), KEY, URL)
    ''', "https://developer.squareup.com/docs/webhooks/step3validate", MER=draw(13, UPPER_ALNUM), EV=uuid_s())


# ====================================================================================================
# Checkout.com
# ====================================================================================================

SV("python", "checkout-secret-key", "payments/cko/client.py", '''
    import checkout_sdk
    from checkout_sdk.environment import Environment

    from payments.cko.conf import PROCESSING_CHANNEL_ID

    api = (
        checkout_sdk.CheckoutSdk.builder()
        .secret_key("@@V@@")
        .public_key("@@PK@@")
        .environment(Environment.production())
        .build()
    )


    def request_payment(token: str, amount_minor: int, currency: str, reference: str):
        return api.payments.request_payment({
            "source": {"type": "token", "token": token},
            "amount": amount_minor,
            "currency": currency,
            "reference": reference,
            "processing_channel_id": PROCESSING_CHANNEL_ID,
        })
    ''', cko_secret(), "https://github.com/checkout/checkout-sdk-python", PK="pk_" + draw(28, LOWER_ALNUM))

SV("dotenv", "checkout-sandbox-secret-key", ".env.sandbox", '''
    # Checkout.com sandbox account (QA team); see 1Password "cko sandbox" for the dashboard login
    CKO_ENVIRONMENT=sandbox
    CKO_SECRET_KEY=@@V@@
    CKO_PUBLIC_KEY=pk_sbox_@@PK@@
    CKO_PROCESSING_CHANNEL_ID=pc_@@PC@@
    CKO_WEBHOOK_URL=https://qa.souk-market.example/webhooks/cko
    ''', cko_secret("sbox_"), "https://www.checkout.com/docs/developer-resources/api/manage-api-keys",
   PK=draw(28, LOWER_ALNUM), PC=draw(26, LOWER_ALNUM))

SV("yaml", "checkout-webhook-authorization", "config/checkout_webhooks.yaml", '''
    # Webhook endpoint registered in the Checkout.com dashboard. Checkout sends the
    # authorization header value with every delivery; we compare it in middleware.
    endpoint:
      url: https://api.souk-market.example/webhooks/checkout
      active: true
      content_type: json
      headers:
        authorization: "@@V@@"
      event_types:
        - payment_approved
        - payment_captured
        - payment_declined
        - payment_refunded
    ''', draw(40, URLSAFE), "https://www.checkout.com/docs/developer-resources/webhooks/manage-webhooks")

SV("json", "checkout-secret-key", "config/cko.production.json", '''
    {
      "Environment": "Production",
      "SecretKey": "@@V@@",
      "PublicKey": "pk_@@PK@@",
      "Currency": "AED",
      "ThreeDS": {"Enabled": true, "AttemptN3D": false},
      "Capture": true
    }
    ''', "sk_" + uuid_s(), "https://github.com/checkout/checkout-sdk-python#default-keys",
   PK=uuid_s())

DV("python", "public-key", "storefront/cko_frames.py", '''
    """Frames.js settings. pk_ keys only tokenize card details in the browser."""
    FRAMES = {
        "sandbox": {"publicKey": "pk_sbox_@@P1@@", "debug": True},
        "production": {"publicKey": "pk_@@P2@@", "debug": False},
    }

    FRAMES_STYLE = {
        "base": {"color": "#1f2937", "fontSize": "16px"},
        "invalid": {"color": "#dc2626"},
    }
    ''', "https://www.checkout.com/docs/payments/accept-payments/accept-a-payment-using-a-hosted-payment-page",
   P1=draw(28, LOWER_ALNUM), P2=draw(28, LOWER_ALNUM))

DV("json", "webhook-event-fixture", "tests/fixtures/cko/payment_captured.json", '''
    {
      "id": "evt_@@E@@",
      "type": "payment_captured",
      "version": "1.0.33",
      "created_on": "2024-03-30T10:41:23.4401522Z",
      "data": {
        "id": "pay_@@P@@",
        "action_id": "act_@@A@@",
        "reference": "ORD-99120",
        "amount": 18500,
        "currency": "AED",
        "processing": {"acquirer_transaction_id": "@@AT@@", "retrieval_reference_number": "@@RRN@@"}
      },
      "_links": {"payment": {"href": "https://api.checkout.com/payments/pay_@@P@@"}}
    }
    ''', "https://www.checkout.com/docs/developer-resources/webhooks", E=draw(26, LOWER_ALNUM),
   P=draw(26, LOWER_ALNUM), A=draw(26, LOWER_ALNUM), AT=digits(19), RRN=digits(12))


# ====================================================================================================
# Mollie
# ====================================================================================================

SV("python", "mollie-api-key", "shop/payments/mollie_client.py", '''
    """Thin wrapper around mollie-api-python.

    Example (from the console, production key)::

        >>> from shop.payments.mollie_client import client
        >>> client.set_api_key("@@V@@")
        >>> client.methods.list(amount={"value": "10.00", "currency": "EUR"})

    """
    from django.conf import settings
    from mollie.api.client import Client

    client = Client()
    client.set_api_key(settings.MOLLIE_API_KEY)


    def create_payment(order):
        return client.payments.create({
            "amount": {"currency": "EUR", "value": f"{order.total:.2f}"},
            "description": f"Bestelling {order.number}",
            "redirectUrl": order.return_url,
            "webhookUrl": settings.MOLLIE_WEBHOOK_URL,
            "metadata": {"order_id": order.pk},
        })
    ''', mollie(), "https://github.com/mollie/mollie-api-python")

SV("dotenv", "mollie-api-key", ".env.prod", '''
    SITE_URL=https://www.tulpenbloem.example
    MOLLIE_API_KEY=@@V@@
    MOLLIE_PROFILE_ID=pfl_@@PFL@@
    MOLLIE_WEBHOOK_URL=https://www.tulpenbloem.example/mollie/webhook/
    EMAIL_BACKEND=anymail.backends.postmark.EmailBackend
    ''', mollie(), "https://docs.mollie.com/docs/authentication", PFL=draw(10))

SV("docker-compose", "mollie-access-token", "docker-compose.yml", '''
    services:
      api:
        build: .
        ports:
          - "8000:8000"
        environment:
          - DATABASE_URL=postgres://app@db/app
          - MOLLIE_ACCESS_TOKEN=@@V@@
          - MOLLIE_ORGANIZATION=org_@@ORG@@
        depends_on: [db]
      db:
        image: postgres:16
        environment:
          - POSTGRES_HOST_AUTH_METHOD=trust
          - POSTGRES_USER=app
    ''', "access_" + draw(40), "https://docs.mollie.com/docs/authentication#organization-access-tokens", ORG=digits(7))

SV("python", "mollie-test-api-key", "saleor_plugins/mollie/plugin_config.py", '''
    from dataclasses import dataclass, field


    @dataclass
    class MollieConfig:
        api_key: str
        profile_id: str
        test_mode: bool = False
        webhook_path: str = "/plugins/mollie/webhook/"
        supported_currencies: list = field(default_factory=lambda: ["EUR", "GBP", "CHF"])


    DEFAULT_CONFIG = MollieConfig(
        api_key='@@V@@',
        profile_id="pfl_@@PFL@@",
    )
    ''', mollie("test"), "https://docs.mollie.com/docs/testing", PFL=draw(10))

DV("json", "object-ids", "tests/fixtures/mollie/payment_paid.json", '''
    {
      "resource": "payment",
      "id": "tr_@@TR@@",
      "mode": "live",
      "createdAt": "2024-04-08T09:14:11+00:00",
      "status": "paid",
      "amount": {"value": "34.95", "currency": "EUR"},
      "description": "Bestelling 2024-0412",
      "method": "ideal",
      "metadata": {"order_id": 412},
      "profileId": "pfl_@@PFL@@",
      "settlementId": "stl_@@STL@@",
      "details": {"consumerName": "T. TEST", "consumerAccount": "NL53INGB0654422370", "consumerBic": "INGBNL2A"},
      "_links": {"self": {"href": "https://api.mollie.com/v2/payments/tr_@@TR@@", "type": "application/hal+json"}}
    }
    ''', "https://docs.mollie.com/reference/get-payment", TR=draw(10), PFL=draw(10), STL=draw(10))


# ====================================================================================================
# Razorpay
# ====================================================================================================

SV("python", "razorpay-key-secret", "orders/razorpay_client.py", '''
    import razorpay

    client = razorpay.Client(auth=("@@KID@@", "@@V@@"))
    client.set_app_details({"title": "chai-bazaar", "version": "2.3.1"})


    def create_order(order):
        return client.order.create({
            "amount": int(order.total * 100),
            "currency": "INR",
            "receipt": f"rcpt_{order.pk}",
            "notes": {"customer": order.customer_email},
        })
    ''', draw(24), "https://razorpay.com/docs/payments/server-integration/python/", KID=rzp_key_id())

SV("dotenv", "razorpay-key-secret", "backend/.env", '''
    DEBUG=False
    ALLOWED_HOSTS=api.chaibazaar.example
    RAZORPAY_KEY_ID=@@KID@@
    RAZORPAY_KEY_SECRET=@@V@@
    RAZORPAY_WEBHOOK_SECRET=${RZP_WEBHOOK_SECRET}
    CELERY_BROKER_URL=redis://redis:6379/0
    ''', draw(24), "https://razorpay.com/docs/api/authentication/", KID=rzp_key_id())

SV("python", "razorpay-webhook-secret", "payments/webhooks/razorpay.py", '''
    import logging

    import razorpay
    from fastapi import APIRouter, HTTPException, Request

    router = APIRouter(prefix="/webhooks")
    log = logging.getLogger(__name__)
    _client = razorpay.Client(auth=("", ""))
    WEBHOOK_SECRET = "@@V@@"


    @router.post("/razorpay")
    async def razorpay_webhook(request: Request):
        body = (await request.body()).decode()
        signature = request.headers.get("X-Razorpay-Signature", "")
        try:
            _client.utility.verify_webhook_signature(body, signature, WEBHOOK_SECRET)
        except razorpay.errors.SignatureVerificationError:
            log.warning("bad razorpay signature")
            raise HTTPException(400)
        return {"ok": True}
    ''', words_pw(), "https://razorpay.com/docs/webhooks/validate-test/")

SV("shell", "razorpay-key-secret", "scripts/razorpay_settlements.sh", '''
    #!/usr/bin/env bash
    # Settlement recon for the finance sheet: ./razorpay_settlements.sh 2024 3
    YEAR=${1:?year}
    MONTH=${2:?month}
    curl -s -u @@KID@@:@@V@@ \\
      "https://api.razorpay.com/v1/settlements/recon/combined?year=${YEAR}&month=${MONTH}&count=1000" \\
      | jq -r '.items[] | [.entity_id, .type, .amount, .settlement_id] | @csv' \\
      > "recon_${YEAR}_${MONTH}.csv"
    ''', draw(24), "https://razorpay.com/docs/api/settlements/fetch-recon/", KID=rzp_key_id())

_s = draw(24)
S("jupyter", "razorpay-key-secret", "notebooks/failed_payments_march.ipynb", notebook(
    ("code", "from app.config import settings\nprint(settings.razorpay)\n",
     f"RazorpaySettings(key_id='{rzp_key_id()}', key_secret='{_s}', webhook_secret=SecretStr('**********'))\n"),
    ("code", "import razorpay\nrz = razorpay.Client(auth=(settings.razorpay.key_id, settings.razorpay.key_secret))\n"
             "failed = rz.payment.all({'count': 100, 'from': 1709251200})\n"
             "sum(1 for p in failed['items'] if p['status'] == 'failed')\n", "58\n"),
), _s, NB_SRC)

DV("html-template", "public-key-id", "templates/razorpay_checkout.html", '''
    <button id="rzp-button">Pay ₹{{ order.amount_display }}</button>
    <script src="https://checkout.razorpay.com/v1/checkout.js"></script>
    <script>
      var options = {
        "key": "@@KID@@",  // key id only: Razorpay Checkout needs it in the browser
        "amount": "{{ order.amount_paise }}",
        "currency": "INR",
        "name": "Chai Bazaar",
        "order_id": "{{ order.razorpay_order_id }}",
        "callback_url": "{% url 'payments:razorpay-callback' %}",
        "prefill": {"email": "{{ request.user.email }}"},
        "theme": {"color": "#7c3aed"}
      };
      document.getElementById("rzp-button").onclick = function (e) {
        new Razorpay(options).open(); e.preventDefault();
      };
    </script>
    ''', "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", KID=rzp_key_id())

DV("python", "webhook-signature", "tests/test_razorpay_signature.py", '''
    from payments.razorpay_utils import verify_payment_signature

    # values from a test-mode checkout; the signature is HMAC-SHA256(order_id|payment_id)
    ORDER_ID = "order_@@O@@"
    PAYMENT_ID = "pay_@@P@@"
    SIGNATURE = "@@SIG@@"


    def test_signature_roundtrip(settings):
        settings.RAZORPAY_KEY_SECRET = "test-secret-not-real"
        assert verify_payment_signature(ORDER_ID, PAYMENT_ID, SIGNATURE) in (True, False)


    def test_test_upi_ids():
        assert "success@razorpay".endswith("@razorpay")
        assert "failure@razorpay" != "success@razorpay"
    ''', "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/build-integration/#verify-payment-signature",
   O=draw(14), P=draw(14), SIG=hexs(64))


# ====================================================================================================
# Paystack
# ====================================================================================================

SV("python", "paystack-secret-key", "payments/paystack_service.py", '''
    import requests

    PAYSTACK_BASE = "https://api.paystack.co"
    HEADERS = {
        "Authorization": "Bearer @@V@@",
        "Content-Type": "application/json",
    }


    def initialize(email: str, amount_kobo: int, reference: str, callback_url: str) -> dict:
        payload = {"email": email, "amount": amount_kobo, "reference": reference, "callback_url": callback_url}
        resp = requests.post(f"{PAYSTACK_BASE}/transaction/initialize", json=payload, headers=HEADERS, timeout=15)
        resp.raise_for_status()
        return resp.json()["data"]


    def verify(reference: str) -> dict:
        resp = requests.get(f"{PAYSTACK_BASE}/transaction/verify/{reference}", headers=HEADERS, timeout=15)
        return resp.json()["data"]
    ''', paystack(), "https://paystack.com/docs/api/authentication/")

SV("dotenv", "paystack-secret-key", ".env.production.local", '''
    # shared by the Next.js front end and the Django API container
    NODE_ENV=production
    NEXT_PUBLIC_PAYSTACK_PUBLIC_KEY=@@PK@@
    PAYSTACK_SECRET_KEY=@@V@@
    API_BASE_URL=https://api.owambe-tickets.example
    ''', paystack(), "https://paystack.com/docs/api/authentication/", PK=paystack("pk"))

SV("python", "paystack-secret-key", "tickets/webhooks.py", '''
    import hashlib
    import hmac
    import json

    from django.http import HttpResponse, HttpResponseBadRequest
    from django.views.decorators.csrf import csrf_exempt
    from django.views.decorators.http import require_POST

    # Paystack signs webhooks with the secret key itself (HMAC-SHA512)
    PAYSTACK_SECRET = b"@@V@@"


    @csrf_exempt
    @require_POST
    def paystack_webhook(request):
        digest = hmac.new(PAYSTACK_SECRET, request.body, hashlib.sha512).hexdigest()
        if not hmac.compare_digest(digest, request.headers.get("x-paystack-signature", "")):
            return HttpResponseBadRequest()
        event = json.loads(request.body)
        if event["event"] == "charge.success":
            from tickets.tasks import issue_ticket
            issue_ticket.delay(event["data"]["reference"])
        return HttpResponse(status=200)
    ''', paystack(), "https://paystack.com/docs/payments/webhooks/#verify-event-origin")

_k = paystack()
S("k8s-configmap", "paystack-secret-key", "k8s/tickets-env-configmap.yaml", T('''
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: tickets-env
      namespace: owambe
    data:
      LOG_LEVEL: info
      app.env: |
        DJANGO_SETTINGS_MODULE=tickets.settings.prod
        PAYSTACK_PUBLIC_KEY=@@PK@@
        PAYSTACK_SECRET_KEY=@@K@@
        PAYSTACK_CALLBACK_URL=https://owambe-tickets.example/paystack/callback
        TICKET_PDF_BUCKET=owambe-tickets-pdf
    ''', PK=paystack("pk"), K=_k), _k, "https://kubernetes.io/docs/concepts/configuration/configmap/")

DV("html-template", "public-key", "templates/paystack_inline.html", '''
    <script src="https://js.paystack.co/v2/inline.js"></script>
    <button type="button" onclick="payWithPaystack()">Pay ₦{{ amount_naira }}</button>
    <script>
      function payWithPaystack() {
        const popup = new PaystackPop();
        popup.newTransaction({
          key: "@@PK@@",
          email: "{{ request.user.email }}",
          amount: {{ amount_kobo }},
          reference: "{{ reference }}",
          onSuccess: (tx) => { window.location = "/paystack/verify/" + tx.reference; },
          onCancel: () => alert("Payment cancelled"),
        });
      }
    </script>
    ''', "https://paystack.com/docs/payments/accept-payments/#popup", PK=paystack("pk"))

DV("json", "webhook-event-fixture", "tests/fixtures/paystack/charge_success.json", '''
    {
      "headers": {"x-paystack-signature": "@@SIG@@"},
      "body": {
        "event": "charge.success",
        "data": {
          "id": @@ID@@,
          "domain": "test",
          "status": "success",
          "reference": "T@@REF@@",
          "amount": 1500000,
          "currency": "NGN",
          "channel": "card",
          "authorization": {"authorization_code": "AUTH_@@AUTH@@", "bin": "408408", "last4": "4081", "reusable": true},
          "customer": {"id": @@CID@@, "email": "ada@example.com", "customer_code": "CUS_@@CC@@"}
        }
      }
    }
    ''', "https://paystack.com/docs/payments/webhooks/#types-of-events", SIG=hexs(128), ID=digits(10),
   REF=digits(15), AUTH=draw(10, LOWER_ALNUM), CID=digits(8), CC=draw(15, LOWER_ALNUM))


# ====================================================================================================
# Flutterwave
# ====================================================================================================

SV("python", "flutterwave-secret-key", "payments/flutterwave.py", '''
    from rave_python import Rave, RaveExceptions

    rave = Rave("@@PUB@@", "@@V@@", production=True, usingEnv=False)


    def charge_mobile_money_gh(amount, phone, email, tx_ref):
        payload = {"amount": amount, "phonenumber": phone, "email": email, "txRef": tx_ref,
                   "network": "MTN", "currency": "GHS", "redirect_url": "https://kente.example/pay/done"}
        try:
            return rave.GhMobile.charge(payload)
        except RaveExceptions.TransactionChargeError as exc:
            return {"error": True, "message": exc.err["errMsg"]}
    ''', flw(), "https://github.com/Flutterwave/Flutterwave-Python-v3",
   PUB=flw("FLWPUBK"))

SV("dotenv", "flutterwave-secret-key", "services/payouts/.env", '''
    FLW_PUBLIC_KEY=@@PUB@@
    FLW_SECRET_KEY=@@V@@
    FLW_SECRET_HASH=${FLW_SECRET_HASH}
    PAYOUT_CURRENCY=KES
    PAYOUT_BATCH_SIZE=50
    ''', flw(), "https://developer.flutterwave.com/docs/integration-guides/authentication", PUB=flw("FLWPUBK"))

SV("python", "flutterwave-secret-hash", "payments/flw_webhook.py", '''
    from flask import Blueprint, abort, request

    bp = Blueprint("flw", __name__)

    # must match "Secret hash" in Dashboard → Settings → Webhooks
    FLW_SECRET_HASH = "@@V@@"


    @bp.post("/webhooks/flutterwave")
    def flutterwave_webhook():
        if request.headers.get("verif-hash") != FLW_SECRET_HASH:
            abort(401)
        event = request.get_json()
        if event.get("event") == "charge.completed" and event["data"]["status"] == "successful":
            from payments.tasks import confirm
            confirm.delay(event["data"]["tx_ref"], event["data"]["id"])
        return "", 200
    ''', passphrase(), "https://developer.flutterwave.com/docs/webhooks")

SV("yaml", "flutterwave-test-secret-key", "config/providers.yaml", '''
    providers:
      flutterwave:
        enabled: true
        base_url: https://api.flutterwave.com/v3
        public_key: @@PUB@@
        secret_key: @@V@@
        countries: [NG, GH, KE, UG]
      paystack:
        enabled: false
        secret_key: !env PAYSTACK_SECRET_KEY
    ''', flw(test=True), "https://developer.flutterwave.com/docs/integration-guides/testing-helpers",
   PUB=flw("FLWPUBK", test=True))

DV("dotenv", "public-key", "frontend/.env.production", '''
    # Vite exposes VITE_* to the bundle: only public values here
    VITE_API_URL=https://api.kente.example
    VITE_FLW_PUBLIC_KEY=@@PUB@@
    VITE_PAYSTACK_PUBLIC_KEY=@@PS@@
    VITE_SENTRY_ENV=production
    ''', "https://developer.flutterwave.com/docs/inline", PUB=flw("FLWPUBK"), PS=paystack("pk"))

DV("json", "webhook-event-fixture", "tests/fixtures/flutterwave/charge_completed.json", '''
    {
      "event": "charge.completed",
      "data": {
        "id": @@ID@@,
        "tx_ref": "kente-@@TX@@",
        "flw_ref": "FLW-MOCK-@@FR@@",
        "amount": 12000,
        "currency": "NGN",
        "charged_amount": 12000,
        "status": "successful",
        "payment_type": "card",
        "customer": {"id": @@CU@@, "email": "user@example.com"},
        "card": {"first_6digits": "553188", "last_4digits": "2950", "type": "MASTERCARD", "expiry": "09/32"}
      },
      "event.type": "CARD_TRANSACTION"
    }
    ''', "https://developer.flutterwave.com/docs/webhooks#sample-payloads", ID=digits(7), TX=digits(10),
   FR=hexs(32), CU=digits(6))


# ====================================================================================================
# Mercado Pago
# ====================================================================================================

SV("python", "mercadopago-access-token", "pagos/mp_client.py", '''
    import mercadopago

    sdk = mercadopago.SDK("@@V@@")


    def crear_preferencia(pedido):
        preference = {
            "items": [{"title": i.nombre, "quantity": i.cantidad, "unit_price": float(i.precio),
                       "currency_id": "ARS"} for i in pedido.items.all()],
            "external_reference": str(pedido.pk),
            "back_urls": {"success": "https://mate-y-bizcochos.example/pago/ok",
                          "failure": "https://mate-y-bizcochos.example/pago/error"},
            "auto_return": "approved",
            "notification_url": "https://mate-y-bizcochos.example/webhooks/mp",
        }
        return sdk.preference().create(preference)["response"]["init_point"]
    ''', mp_token(), "https://github.com/mercadopago/sdk-python")

S("dotenv", "mercadopago-access-token", "api/.env", crlf(T('''
    # credenciales de producción (cuenta vendedor)
    MP_PUBLIC_KEY=APP_USR-@@PK@@
    MP_ACCESS_TOKEN=@@V@@
    MP_WEBHOOK_URL=https://api.feria-libre.example/webhooks/mercadopago
    POSTGRES_HOST=db
    POSTGRES_PASSWORD_FILE=/run/secrets/pg_password
    ''', PK=uuid_s(), V=(_t := mp_token()))), _t,
  "https://www.mercadopago.com.ar/developers/en/docs/your-integrations/credentials")

SV("json", "mercadopago-access-token", "config/mercadopago.prod.json", '''
    {
      "country": "BR",
      "currency": "BRL",
      "public_key": "APP_USR-@@PK@@",
      "access_token": "@@V@@",
      "statement_descriptor": "LOJAPIPOCA",
      "pix": {"expiration_minutes": 30},
      "installments": {"max": 12, "free_until": 3}
    }
    ''', mp_token(), "https://www.mercadopago.com.br/developers/pt/docs/your-integrations/credentials", PK=uuid_s())

SV("python", "mercadopago-client-secret", "marketplace/mp_oauth.py", '''
    """OAuth for sellers connecting their Mercado Pago account to the marketplace."""
    import requests

    CLIENT_ID = "@@CID@@"
    CLIENT_SECRET = "@@V@@"
    REDIRECT_URI = "https://feria-libre.example/vendedores/mp/callback"


    def exchange_code(code: str) -> dict:
        resp = requests.post("https://api.mercadopago.com/oauth/token", data={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URI,
        }, timeout=20)
        resp.raise_for_status()
        return resp.json()
    ''', draw(32), "https://www.mercadopago.com.br/developers/en/reference/oauth/_oauth_token/post", CID=digits(16))

DV("html-template", "public-key", "templates/pagos/checkout_bricks.html", '''
    <div id="paymentBrick_container"></div>
    <script src="https://sdk.mercadopago.com/js/v2"></script>
    <script>
      // public key: identifies the account in the browser, cannot move money
      const mp = new MercadoPago("APP_USR-@@PK@@", { locale: "es-AR" });
      mp.bricks().create("payment", "paymentBrick_container", {
        initialization: { amount: {{ pedido.total|stringformat:"s" }}, preferenceId: "{{ preference_id }}" },
        customization: { paymentMethods: { creditCard: "all", debitCard: "all", mercadoPago: "all" } },
        callbacks: { onSubmit: ({ formData }) => fetch("/pagos/procesar", { method: "POST", body: JSON.stringify(formData) }) },
      });
    </script>
    ''', "https://www.mercadopago.com.ar/developers/en/docs/checkout-bricks/payment-brick/introduction", PK=uuid_s())

DV("python", "test-card-numbers", "tests/mp/test_data.py", '''
    """Mercado Pago sandbox data. The cardholder name drives the result (APRO approves,
    OTHE rejects). Document number 12345678 works for every country."""

    TEST_CARDS = {
        "mastercard": {"number": "5031755734530604", "cvv": "123", "expiry": "11/30"},
        "visa": {"number": "4509953566233704", "cvv": "123", "expiry": "11/30"},
        "amex": {"number": "371180303257522", "cvv": "1234", "expiry": "11/30"},
    }

    STATUS_BY_HOLDER = {
        "APRO": "approved",
        "OTHE": "rejected",
        "CONT": "pending",
        "FUND": "rejected",
    }

    TEST_DOCUMENT = {"type": "DNI", "number": "12345678"}
    ''', "https://www.mercadopago.com.ar/developers/en/docs/checkout-api/integration-test/test-cards")


# ====================================================================================================
# M-Pesa (Safaricom Daraja)
# ====================================================================================================

SV("python", "daraja-consumer-secret", "mpesa/auth.py", '''
    import time

    import requests
    from requests.auth import HTTPBasicAuth

    OAUTH_URL = "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials"
    CONSUMER_KEY = "@@CK@@"
    CONSUMER_SECRET = "@@V@@"

    _cache = {"token": None, "expires": 0.0}


    def access_token() -> str:
        if _cache["token"] and _cache["expires"] > time.time() + 60:
            return _cache["token"]
        resp = requests.get(OAUTH_URL, auth=HTTPBasicAuth(CONSUMER_KEY, CONSUMER_SECRET), timeout=30)
        resp.raise_for_status()
        body = resp.json()
        _cache.update(token=body["access_token"], expires=time.time() + int(body["expires_in"]))
        return _cache["token"]
    ''', draw(64), "https://developer.safaricom.co.ke/APIs/Authorization", CK=draw(48))

SV("dotenv", "daraja-passkey", "mpesa-gateway/.env", '''
    # M-Pesa Express (STK push), production paybill
    MPESA_ENV=production
    MPESA_SHORTCODE=@@SC@@
    MPESA_PASSKEY=@@V@@
    MPESA_CONSUMER_KEY=${MPESA_CONSUMER_KEY}
    MPESA_CONSUMER_SECRET=${MPESA_CONSUMER_SECRET}
    MPESA_CALLBACK_URL=https://api.duka-la-mama.example/mpesa/stk/callback
    ''', hexs(64), "https://developer.safaricom.co.ke/APIs/MpesaExpressSimulate", SC=digits(7))

SV("python", "daraja-consumer-secret", "duka/settings/production.py", '''
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["duka-la-mama.example", "www.duka-la-mama.example"]

    MPESA_CONFIG = {
        "ENVIRONMENT": "production",
        "CONSUMER_KEY": "@@CK@@",
        "CONSUMER_SECRET": "@@V@@",
        "SHORTCODE": "@@SC@@",
        "SHORTCODE_TYPE": "paybill",
        "PASSKEY": env("MPESA_PASSKEY"),
        "CALLBACK_URL": "https://duka-la-mama.example/mpesa/callback/",
    }
    ''', draw(16), DJ_SRC, CK=draw(32), SC=digits(6))

SV("python", "daraja-initiator-password", "mpesa/b2c.py", '''
    """B2C payouts to riders. SecurityCredential = initiator password encrypted with the
    M-Pesa public certificate (production cert in certs/ProductionCertificate.cer)."""
    import base64

    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import padding

    INITIATOR_NAME = "bodaapi"
    INITIATOR_PASSWORD = "@@V@@"


    def security_credential(cert_path: str = "certs/ProductionCertificate.cer") -> str:
        cert = x509.load_pem_x509_certificate(open(cert_path, "rb").read())
        encrypted = cert.public_key().encrypt(INITIATOR_PASSWORD.encode(), padding.PKCS1v15())
        return base64.b64encode(encrypted).decode()


    def payout_payload(phone: str, amount: int, remarks: str) -> dict:
        return {"InitiatorName": INITIATOR_NAME, "SecurityCredential": security_credential(),
                "CommandID": "BusinessPayment", "Amount": amount, "PartyA": "600982",
                "PartyB": phone, "Remarks": remarks, "Occassion": "rider payout"}
    ''', words_pw(), "https://developer.safaricom.co.ke/APIs/BusinessToCustomer")

_k = draw(64)
S("postman-env", "daraja-consumer-secret", "postman/Daraja Production.postman_environment.json", postman_env("Daraja Production", [
    ("base_url", "https://api.safaricom.co.ke", "default"),
    ("consumer_key", draw(48), "default"),
    ("consumer_secret", _k, "secret"),
    ("shortcode", digits(6), "default"),
    ("access_token", "", "any"),
], exported="2023-11-28T07:55:19.902Z"), _k, PM_SRC)

SV("helm-values", "daraja-passkey", "deploy/mpesa-gateway/values.yaml", '''
    image:
      repository: registry.digitalocean.com/duka/mpesa-gateway
      tag: v1.8.0

    service:
      port: 8080

    mpesa:
      environment: production
      shortcode: "@@SC@@"
      passkey: @@V@@
      consumerKeySecretRef: mpesa-consumer   # kubectl create secret generic mpesa-consumer ...
      callbackUrl: https://pay.duka-la-mama.example/stk/callback
    ''', hexs(64), "https://helm.sh/docs/chart_template_guide/values_files/", SC=digits(6))

DV("json", "callback-fixture", "tests/fixtures/mpesa/stk_callback_success.json", '''
    {
      "Body": {
        "stkCallback": {
          "MerchantRequestID": "@@MR@@",
          "CheckoutRequestID": "ws_CO_@@CO@@",
          "ResultCode": 0,
          "ResultDesc": "The service request is processed successfully.",
          "CallbackMetadata": {
            "Item": [
              {"Name": "Amount", "Value": 1.0},
              {"Name": "MpesaReceiptNumber", "Value": "@@RC@@"},
              {"Name": "TransactionDate", "Value": 20240311143512},
              {"Name": "PhoneNumber", "Value": 254708374149}
            ]
          }
        }
      }
    }
    ''', "https://developer.safaricom.co.ke/APIs/MpesaExpressSimulate",
   MR=f"{digits(5)}-{digits(8)}-1", CO=digits(14) + digits(10), RC=draw(10, UPPER_ALNUM))

DV("markdown", "doc-placeholder", "mpesa/README.md", '''
    # mpesa

    Small client for Daraja (M-Pesa Express, C2B, B2C).

    ```python
    from mpesa import Daraja

    daraja = Daraja(
        consumer_key="YOUR_CONSUMER_KEY",
        consumer_secret="YOUR_CONSUMER_SECRET",
        shortcode="174379",          # sandbox test paybill
        passkey="<passkey from the Daraja portal>",
        environment="sandbox",
    )
    daraja.stk_push(phone="2547XXXXXXXX", amount=1, reference="TEST")
    ```

    Sandbox test MSISDN: 254708374149. Production credentials go in the environment
    (`MPESA_CONSUMER_KEY`, `MPESA_CONSUMER_SECRET`, `MPESA_PASSKEY`).
    ''', "https://developer.safaricom.co.ke/Documentation")

DV("python", "env-reference", "mpesa/stk.py", '''
    import base64
    import os
    from datetime import datetime

    import requests

    from mpesa.auth import access_token

    SHORTCODE = os.environ["MPESA_SHORTCODE"]
    PASSKEY = os.environ["MPESA_PASSKEY"]


    def stk_push(phone: str, amount: int, account_ref: str) -> dict:
        ts = datetime.now().strftime("%Y%m%d%H%M%S")
        password = base64.b64encode(f"{SHORTCODE}{PASSKEY}{ts}".encode()).decode()
        body = {"BusinessShortCode": SHORTCODE, "Password": password, "Timestamp": ts,
                "TransactionType": "CustomerPayBillOnline", "Amount": amount, "PartyA": phone,
                "PartyB": SHORTCODE, "PhoneNumber": phone, "AccountReference": account_ref,
                "CallBackURL": os.environ["MPESA_CALLBACK_URL"], "TransactionDesc": "Order payment"}
        return requests.post("https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest", json=body,
                             headers={"Authorization": f"Bearer {access_token()}"}, timeout=30).json()
    ''', "https://developer.safaricom.co.ke/APIs/MpesaExpressSimulate")


# ====================================================================================================
# PayU (India, LatAm, Poland) and Paytm
# ====================================================================================================

SV("python", "payu-salt", "payu/hashing.py", '''
    import hashlib

    MERCHANT_KEY = "@@KEY@@"
    SALT = "@@V@@"

    HASH_FIELDS = ["key", "txnid", "amount", "productinfo", "firstname", "email",
                   "udf1", "udf2", "udf3", "udf4", "udf5"]


    def request_hash(params: dict) -> str:
        """sha512(key|txnid|amount|productinfo|firstname|email|udf1..udf5||||||SALT)"""
        values = [str(params.get(name, "")) for name in HASH_FIELDS]
        seq = "|".join(values) + "||||||" + SALT
        return hashlib.sha512(seq.encode()).hexdigest().lower()


    def response_hash(resp: dict) -> str:
        values = [resp.get(f, "") for f in reversed(HASH_FIELDS[1:])]
        seq = SALT + "|" + resp["status"] + "||||||" + "|".join(values) + "|" + MERCHANT_KEY
        return hashlib.sha512(seq.encode()).hexdigest().lower()
    ''', draw(32), "https://docs.payu.in/docs/generate-hash-merchant-hosted", KEY=draw(6))

SV("dotenv", "payu-salt", "thali_box/.env.production", '''
    PAYU_MODE=live
    PAYU_BASE_URL=https://secure.payu.in/_payment
    PAYU_MERCHANT_KEY=@@KEY@@
    PAYU_MERCHANT_SALT=@@V@@
    PAYU_SUCCESS_URL=https://thali-box.example/payu/success
    PAYU_FAILURE_URL=https://thali-box.example/payu/failure
    ''', draw(32), "https://docs.payu.in/docs/prerequisites", KEY=draw(7))

SV("python", "payu-latam-api-key", "pagos/payu_latam.py", '''
    PAYU_LATAM = {
        "url": "https://api.payulatam.com/payments-api/4.0/service.cgi",
        "merchant_id": "@@MID@@",
        "account_id": "@@ACC@@",
        "api_login": "@@LOGIN@@",
        "api_key": "@@V@@",
        "language": "es",
        "test": False,
    }


    def signature(reference: str, value: str, currency: str) -> str:
        import hashlib
        raw = f"{PAYU_LATAM['api_key']}~{PAYU_LATAM['merchant_id']}~{reference}~{value}~{currency}"
        return hashlib.md5(raw.encode()).hexdigest()
    ''', draw(26), "https://developers.payulatam.com/latam/en/docs/integrations/api-integration.html",
   MID=digits(6), ACC=digits(6), LOGIN=draw(15))

SV("yaml", "payu-second-key", "config/payu_pl.yaml", '''
    # PayU Polska (REST API). OAuth client secret is injected from Vault at deploy time.
    payu:
      environment: secure
      pos_id: "@@POS@@"
      oauth:
        client_id: "@@POS@@"
        client_secret: "${PAYU_OAUTH_CLIENT_SECRET}"
      # "Drugi klucz (MD5)": verifies OpenPayu-Signature of notifications
      second_key: "@@V@@"
      notify_url: https://sklep-ogrodowy.example/payu/notify
      currency: PLN
    ''', hexs(32), "https://developers.payu.com/europe/docs/payment-flows/lifecycle/#notifications", POS=digits(6))

DV("html-template", "merchant-key-and-hash", "templates/payu/redirect.html", '''
    {# auto-submitting form to PayU; key is the merchant key PayU expects in the browser post,
       hash is computed server-side (payu/hashing.py) #}
    <form id="payu" action="https://secure.payu.in/_payment" method="post">
      <input type="hidden" name="key" value="@@KEY@@">
      <input type="hidden" name="txnid" value="{{ txnid }}">
      <input type="hidden" name="amount" value="{{ amount }}">
      <input type="hidden" name="productinfo" value="{{ productinfo }}">
      <input type="hidden" name="firstname" value="{{ firstname }}">
      <input type="hidden" name="email" value="{{ email }}">
      <input type="hidden" name="surl" value="{{ surl }}">
      <input type="hidden" name="furl" value="{{ furl }}">
      <input type="hidden" name="hash" value="{{ hash }}">
    </form>
    <script>document.getElementById("payu").submit();</script>
    ''', "https://docs.payu.in/docs/collect-payments-with-payu-hosted-checkout", KEY=draw(6))

DV("python", "hash-test-vector", "tests/test_payu_hash.py", '''
    from payu import hashing

    PARAMS = {"key": "testKey1", "txnid": "TXN-0001", "amount": "10.00", "productinfo": "thali",
              "firstname": "Asha", "email": "asha@example.com"}
    # computed once with a dummy salt set through the monkeypatch below
    EXPECTED = "@@H@@"


    def test_request_hash_is_stable(monkeypatch):
        monkeypatch.setattr(hashing, "SALT", "dummy-salt-for-tests")
        monkeypatch.setattr(hashing, "MERCHANT_KEY", "testKey1")
        assert len(hashing.request_hash(PARAMS)) == len(EXPECTED)
    ''', "https://docs.payu.in/docs/generate-hash-merchant-hosted", H=hexs(128))

SV("python", "paytm-merchant-key", "payments/paytm_txn.py", '''
    import json

    import requests
    from paytmchecksum import PaytmChecksum

    MID = "@@MID@@"
    MERCHANT_KEY = "@@V@@"
    HOST = "https://securegw.paytm.in"


    def initiate(order_id: str, amount: str, customer_id: str) -> str:
        body = {"requestType": "Payment", "mid": MID, "websiteName": "DEFAULT", "orderId": order_id,
                "callbackUrl": f"https://kirana-cart.example/paytm/callback/{order_id}",
                "txnAmount": {"value": amount, "currency": "INR"}, "userInfo": {"custId": customer_id}}
        signature = PaytmChecksum.generateSignature(json.dumps(body), MERCHANT_KEY)
        payload = {"body": body, "head": {"signature": signature}}
        url = f"{HOST}/theia/api/v1/initiateTransaction?mid={MID}&orderId={order_id}"
        return requests.post(url, json=payload, timeout=20).json()["body"]["txnToken"]
    ''', draw(16, ALNUM + "#@&_%"), "https://developer.paytm.com/docs/checksum/",
   MID=draw(6, string.ascii_letters) + digits(14))

SV("dotenv", "paytm-merchant-key", "config/paytm.env", '''
    PAYTM_ENVIRONMENT=PROD
    PAYTM_MID=@@MID@@
    PAYTM_MERCHANT_KEY=@@V@@
    PAYTM_WEBSITE=DEFAULT
    PAYTM_CHANNEL_ID=WEB
    PAYTM_INDUSTRY_TYPE=Retail
    ''', draw(16, ALNUM + "#@&_%"), "https://developer.paytm.com/docs/api/initiate-transaction-api/",
   MID=draw(6, string.ascii_letters) + digits(14))

SV("python", "paytm-merchant-key", "kirana/settings.py", '''
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DEBUG = os.environ.get("DEBUG") == "1"

    STATIC_URL = "static/"
    TIME_ZONE = "Asia/Kolkata"

    PAYTM = {
        "MID": "@@MID@@",
        "MERCHANT_KEY": '@@V@@',
        "WEBSITE": "DEFAULT",
        "INDUSTRY_TYPE_ID": "Retail",
        "CALLBACK_URL": "https://kirana-cart.example/paytm/callback/",
    }
    ''', draw(16, ALNUM + "#@&_%"), DJ_SRC, MID=draw(6, string.ascii_letters) + digits(14))

DV("json", "checksum-signature", "tests/fixtures/paytm/txn_status.json", '''
    {
      "head": {
        "responseTimestamp": "1710151021337",
        "version": "v1",
        "signature": "@@SIG@@"
      },
      "body": {
        "resultInfo": {"resultStatus": "TXN_SUCCESS", "resultCode": "01", "resultMsg": "Txn Success"},
        "txnId": "@@TXN@@",
        "bankTxnId": "@@BANK@@",
        "orderId": "ORDER_@@ORD@@",
        "txnAmount": "249.00",
        "txnType": "SALE",
        "gatewayName": "HDFC",
        "mid": "@@MID@@",
        "paymentMode": "UPI",
        "txnDate": "2024-03-11 15:27:01.0"
      }
    }
    ''', "https://developer.paytm.com/docs/api/v3/transaction-status-api/", SIG=b64(draw(72)),
   TXN=digits(20) + digits(14), BANK=digits(12), ORD=digits(10), MID=draw(6, string.ascii_letters) + digits(14))


# ====================================================================================================
# Alipay and WeChat Pay
# ====================================================================================================

_k = pem("RSA PRIVATE KEY", 14)
S("python", "alipay-private-key", "pay/alipay_client.py", T('''
    from alipay import AliPay
    from alipay.utils import AliPayConfig

    APP_ID = "@@APP@@"

    app_private_key_string = """@@K@@"""

    alipay_public_key_string = """@@PUB@@"""

    alipay = AliPay(
        appid=APP_ID,
        app_notify_url="https://shop.longjing-tea.example/alipay/notify",
        app_private_key_string=app_private_key_string,
        alipay_public_key_string=alipay_public_key_string,
        sign_type="RSA2",
        debug=False,
        config=AliPayConfig(timeout=15),
    )
    ''', APP="2021" + digits(12), K=_k, PUB=public_pem()), _k, "https://github.com/fzlee/alipay/blob/master/docs/init.md")

_k = raw_rsa_key()
SV("python", "alipay-private-key", "pay/alipay_conf.py", '''
    # -*- coding: utf-8 -*-
    from alipay.aop.api.AlipayClientConfig import AlipayClientConfig
    from alipay.aop.api.DefaultAlipayClient import DefaultAlipayClient

    alipay_client_config = AlipayClientConfig()
    alipay_client_config.server_url = 'https://openapi.alipay.com/gateway.do'
    alipay_client_config.app_id = '@@APP@@'
    # 应用私钥 (PKCS8, generated with the Alipay key tool)
    alipay_client_config.app_private_key = '@@V@@'
    alipay_client_config.alipay_public_key = open('keys/alipay_public_key.txt').read().strip()
    alipay_client_config.sign_type = 'RSA2'

    client = DefaultAlipayClient(alipay_client_config=alipay_client_config)
    ''', _k, "https://github.com/alipay/alipay-sdk-python-all", APP="2021" + digits(12))

_k = pem("RSA PRIVATE KEY", 12)
S("yaml", "alipay-private-key", "config/alipay.yaml", T('''
    alipay:
      app_id: "@@APP@@"
      gateway: https://openapi.alipay.com/gateway.do
      sign_type: RSA2
      notify_url: https://api.silk-road-mall.example/pay/alipay/notify
      return_url: https://silk-road-mall.example/orders/paid
      app_private_key: |
        @@K@@
      alipay_public_key_path: /etc/silkroad/alipay/alipay_public_key.pem
    ''', APP="2021" + digits(12), K=indent(_k, "    ")), _k, "https://opendocs.alipay.com/common/02kipl")

_k = pem("PRIVATE KEY", 25)
S("pem", "wechatpay-private-key", "certs/wechatpay/apiclient_key.pem", _k + "\n", _k,
  "https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay3_0.shtml")

SV("python", "wechatpay-apiv3-key", "pay/wechat.py", '''
    import logging

    from wechatpayv3 import WeChatPay, WeChatPayType

    MCHID = "@@MCH@@"
    APPID = "wx@@APPID@@"
    CERT_SERIAL_NO = "@@SERIAL@@"
    APIV3_KEY = "@@V@@"

    with open("certs/wechatpay/apiclient_key.pem") as f:
        PRIVATE_KEY = f.read()

    wxpay = WeChatPay(
        wechatpay_type=WeChatPayType.NATIVE,
        mchid=MCHID,
        private_key=PRIVATE_KEY,
        cert_serial_no=CERT_SERIAL_NO,
        apiv3_key=APIV3_KEY,
        appid=APPID,
        notify_url="https://api.silk-road-mall.example/pay/wechat/notify",
        cert_dir="./certs/platform",
        logger=logging.getLogger("wxpay"),
    )
    ''', draw(32), "https://github.com/minibear2021/wechatpayv3", MCH=digits(10), APPID=hexs(16),
   SERIAL=draw(40, UPPER_HEX))

SV("dotenv", "wechatpay-api-key", ".env.wechat", '''
    # WeChat Pay API v2 (JSAPI, used by the mini program)
    WECHAT_APPID=wx@@APPID@@
    WECHAT_MCH_ID=@@MCH@@
    WECHAT_PAY_API_KEY=@@V@@
    WECHAT_NOTIFY_URL=https://api.longjing-tea.example/wxpay/notify
    WECHAT_CERT_PATH=/run/secrets/apiclient_cert.p12
    ''', draw(32), "https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=4_3", APPID=hexs(16), MCH=digits(10))

_k = pem("PRIVATE KEY", 16)
S("k8s-secret", "wechatpay-private-key", "k8s/wechatpay-merchant-key.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: wechatpay-merchant
      namespace: mall
    type: Opaque
    data:
      apiclient_key.pem: @@K@@
      mchid: @@MCH@@
    ''', K=b64(_k + "\n"), MCH=b64(digits(10))), _k, K8S_SRC)

SV("json", "wechatpay-apiv3-key", "config/wechatpay.json", '''
    {
      "mchid": "@@MCH@@",
      "appid": "wx@@APPID@@",
      "serial_no": "@@SERIAL@@",
      "private_key_path": "/etc/mall/wechatpay/apiclient_key.pem",
      "apiv3_key": "@@V@@",
      "notify_url": "https://api.silk-road-mall.example/pay/wechat/notify",
      "timeout": [10, 30]
    }
    ''', draw(32), "https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay3_2.shtml", MCH=digits(10),
   APPID=hexs(16), SERIAL=draw(40, UPPER_HEX))

D("pem", "public-key", "keys/alipay_public_key.pem", public_pem(6) + "\n",
  "https://opendocs.alipay.com/common/02kdnc")

D("pem", "certificate", "certs/platform/wechatpay_5157F09EFDC096DE15EBE81A47057A72.pem", cert_pem(18) + "\n",
  "https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay5_1.shtml")

DV("python", "key-file-path", "pay/settings_cn.py", '''
    from pathlib import Path

    KEY_DIR = Path("/etc/silkroad/keys")

    ALIPAY = {
        "APP_ID": "@@APP@@",
        "APP_PRIVATE_KEY_PATH": KEY_DIR / "alipay" / "app_private_key.pem",
        "ALIPAY_PUBLIC_KEY_PATH": KEY_DIR / "alipay" / "alipay_public_key.pem",
        "SIGN_TYPE": "RSA2",
        "SANDBOX": False,
    }

    WECHATPAY = {
        "MCHID": "@@MCH@@",
        "CERT_SERIAL_NO": "@@SERIAL@@",
        "PRIVATE_KEY_PATH": KEY_DIR / "wechatpay" / "apiclient_key.pem",
        "APIV3_KEY_ENV": "WECHATPAY_APIV3_KEY",
        "PLATFORM_CERT_DIR": KEY_DIR / "wechatpay" / "platform",
    }
    ''', "https://github.com/fzlee/alipay/blob/master/docs/init.md", APP="2021" + digits(12), MCH=digits(10),
   SERIAL=draw(40, UPPER_HEX))

DV("python", "signature", "tests/test_alipay_notify.py", '''
    from urllib.parse import parse_qsl

    from pay.alipay_notify import handle_notify

    # captured from a sandbox notification; sign is RSA2 over the sorted params
    RAW = (
        "gmt_create=2024-03-02+10%3A21%3A07&charset=utf-8&seller_email=shop%40example.com"
        "&subject=Longjing+250g&sign_type=RSA2&buyer_id=2088@@BUYER@@&invoice_amount=168.00"
        "&notify_id=@@NID@@&trade_no=@@TRADE@@"
        "&app_id=@@APP@@&out_trade_no=LJ20240302102101&trade_status=TRADE_SUCCESS"
        "&sign=@@SIG@@"
    )


    def test_rejects_tampered_amount(monkeypatch):
        params = dict(parse_qsl(RAW))
        params["invoice_amount"] = "1.00"
        monkeypatch.setattr("pay.alipay_notify.alipay.verify", lambda data, sig: False)
        assert handle_notify(params) == "failure"
    ''', "https://opendocs.alipay.com/open/270/105902", BUYER=digits(12), NID=hexs(32),
   TRADE="2024" + digits(24), APP="9021" + digits(12), SIG=draw(340, B64).replace("+", "%2B").replace("/", "%2F") + "%3D%3D")

DV("json", "ciphertext", "tests/fixtures/wechatpay/transaction_success_notify.json", '''
    {
      "id": "@@ID@@",
      "create_time": "2024-03-02T10:22:15+08:00",
      "resource_type": "encrypt-resource",
      "event_type": "TRANSACTION.SUCCESS",
      "summary": "支付成功",
      "resource": {
        "original_type": "transaction",
        "algorithm": "AEAD_AES_256_GCM",
        "ciphertext": "@@CT@@",
        "associated_data": "transaction",
        "nonce": "@@NONCE@@"
      }
    }
    ''', "https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_1_5.shtml", ID=uuid_s(),
   CT=draw(480, B64) + "==", NONCE=draw(12))


# ====================================================================================================
# Klarna
# ====================================================================================================

SV("python", "klarna-api-key", "integrations/klarna/client.py", '''
    import requests

    REGION_URLS = {
        "eu": "https://api.klarna.com",
        "na": "https://api-na.klarna.com",
        "oc": "https://api-oc.klarna.com",
    }
    KLARNA_API_KEY = "@@V@@"


    class KlarnaClient:
        def __init__(self, region: str = "eu"):
            self.base = REGION_URLS[region]
            self.session = requests.Session()
            self.session.headers.update({"Authorization": f"Basic {KLARNA_API_KEY}",
                                         "Content-Type": "application/json"})

        def create_session(self, order: dict) -> dict:
            resp = self.session.post(f"{self.base}/payments/v1/sessions", json=order, timeout=15)
            resp.raise_for_status()
            return resp.json()
    ''', klarna_key(), "https://docs.klarna.com/api/authentication")

SV("dotenv", "klarna-password", ".env.klarna", '''
    # Klarna Payments, EU live (credentials from the merchant portal, created 2023-06)
    KLARNA_API_URL=https://api.klarna.com
    KLARNA_USERNAME=@@USER@@
    KLARNA_PASSWORD=@@V@@
    KLARNA_PURCHASE_COUNTRY=SE
    KLARNA_LOCALE=sv-SE
    ''', draw(16), "https://docs.klarna.com/resources/developer-tools/merchant-portal-guide/settings",
   USER="PK" + digits(5) + "_" + hexs(12))

SV("yaml", "klarna-api-key", "config/payments/klarna.yml", '''
    klarna:
      region: eu
      purchase_country: DE
      purchase_currency: EUR
      credentials:
        api_key: @@V@@
      options:
        auto_capture: false
        acquiring_channel: ECOMMERCE
      merchant_urls:
        confirmation: https://www.fahrradwerk.example/checkout/klarna/confirm?order={checkout.order.id}
        push: https://www.fahrradwerk.example/klarna/push?order={checkout.order.id}
    ''', klarna_key(), "https://docs.klarna.com/klarna-payments/")

DV("python", "public-client-id", "storefront/klarna_osm.py", '''
    """On-site messaging placement. The client identifier is a browser credential bound to the
    allowed origins registered in the portal; the API key never leaves the backend."""

    KLARNA_WEB_SDK = "https://js.klarna.com/web-sdk/v1/klarna.js"
    KLARNA_CLIENT_ID = "@@CID@@"


    def osm_context(product) -> dict:
        return {
            "sdk_url": KLARNA_WEB_SDK,
            "client_id": KLARNA_CLIENT_ID,
            "placement": "credit-promotion-badge",
            "purchase_amount": int(product.price * 100),
            "locale": "de-DE",
        }
    ''', "https://docs.klarna.com/on-site-messaging/", CID=klarna_key(kind="client"))

DV("json", "object-ids", "tests/fixtures/klarna/order_authorized.json", '''
    {
      "order_id": "@@OID@@",
      "status": "AUTHORIZED",
      "fraud_status": "ACCEPTED",
      "order_amount": 49900,
      "purchase_currency": "EUR",
      "purchase_country": "DE",
      "klarna_reference": "@@REF@@",
      "merchant_reference1": "FW-2024-1108",
      "authorization_token": "@@AT@@",
      "expires_at": "2024-04-01T12:00:00.000Z",
      "initial_payment_method": {"type": "INVOICE", "description": "Pay later in 30 days"}
    }
    ''', "https://docs.klarna.com/api/ordermanagement/", OID=uuid_s(), REF=draw(8, UPPER_ALNUM), AT=uuid_s())


# ====================================================================================================
# GoCardless
# ====================================================================================================

SV("python", "gocardless-access-token", "billing/gocardless_client.py", '''
    import gocardless_pro

    client = gocardless_pro.Client(
        access_token="@@V@@",
        environment="live",
    )


    def collect(mandate_id: str, amount_pence: int, charge_date: str, reference: str):
        return client.payments.create(
            params={
                "amount": amount_pence,
                "currency": "GBP",
                "charge_date": charge_date,
                "reference": reference,
                "links": {"mandate": mandate_id},
            },
            headers={"Idempotency-Key": f"collect-{reference}"},
        )
    ''', gc_token(), "https://github.com/gocardless/gocardless-pro-python")

SV("dotenv", "gocardless-webhook-secret", ".env.billing", '''
    # billing worker (Bacs / SEPA direct debit)
    GOCARDLESS_ENVIRONMENT=live
    GOCARDLESS_ACCESS_TOKEN_FILE=/run/secrets/gocardless_token
    GOCARDLESS_WEBHOOK_SECRET=@@V@@
    CREDITOR_ID=CR@@CR@@
    ''', draw(40, URLSAFE), "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks/",
   CR=draw(12, UPPER_ALNUM))

SV("shell", "gocardless-access-token", "deploy/bootstrap_worker.sh", '''
    #!/usr/bin/env bash
    # first boot of a billing worker VM (cloud-init runs this as root)
    set -euo pipefail

    apt-get update -y && apt-get install -y python3-venv
    useradd --system --home /srv/billing billing || true

    install -d -o billing -m 0750 /etc/billing
    cat > /etc/billing/env <<'EOF'
    GOCARDLESS_ENVIRONMENT=live
    GOCARDLESS_ACCESS_TOKEN=@@V@@
    BILLING_QUEUE=gocardless-collections
    EOF
    chmod 0640 /etc/billing/env

    systemctl enable --now billing-worker.service
    ''', gc_token(), "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents")

SV("gitlab-ci", "gocardless-sandbox-access-token", ".gitlab-ci.yml", '''
    stages: [test, deploy]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
      GOCARDLESS_ENVIRONMENT: sandbox
      GOCARDLESS_ACCESS_TOKEN: "@@V@@"

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -r requirements-dev.txt
        - pytest -m "not live" --junitxml=report.xml
      artifacts:
        reports:
          junit: report.xml

    deploy:
      stage: deploy
      script: ./deploy.sh "$CI_COMMIT_TAG"
      rules:
        - if: $CI_COMMIT_TAG
    ''', gc_token("sandbox"), "https://docs.gitlab.com/ee/ci/variables/")

DV("python", "webhook-signature", "tests/test_gocardless_webhooks.py", '''
    import json

    import pytest
    from gocardless_pro import webhooks
    from gocardless_pro.errors import InvalidSignatureError

    BODY = json.dumps({"events": [{"id": "EV@@EV@@", "resource_type": "payments",
                                   "action": "confirmed", "links": {"payment": "PM@@PM@@"}}]})
    SIGNATURE = "@@SIG@@"


    def test_bad_signature_raises():
        with pytest.raises(InvalidSignatureError):
            webhooks.parse(BODY, "not-the-secret", SIGNATURE)


    def test_sandbox_bank_details():
        # GoCardless sandbox: any sort code / account that passes modulus checks
        assert {"branch_code": "200000", "account_number": "55779911"}["branch_code"] == "200000"
    ''', "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks/",
   EV=draw(12, UPPER_ALNUM), PM=draw(12, UPPER_ALNUM), SIG=hexs(64))

DV("json", "object-ids", "tests/fixtures/gocardless/mandate.json", '''
    {
      "mandates": {
        "id": "MD@@MD@@",
        "created_at": "2024-02-14T09:01:44.520Z",
        "reference": "FJORD-@@REF@@",
        "status": "active",
        "scheme": "bacs",
        "next_possible_charge_date": "2024-02-20",
        "payments_require_approval": false,
        "metadata": {"customer_number": "10021"},
        "links": {"customer_bank_account": "BA@@BA@@", "creditor": "CR@@CR@@", "customer": "CU@@CU@@"}
      }
    }
    ''', "https://developer.gocardless.com/api-reference/#core-endpoints-mandates", MD=draw(12, UPPER_ALNUM),
   REF=draw(6, UPPER_ALNUM), BA=draw(12, UPPER_ALNUM), CR=draw(12, UPPER_ALNUM), CU=draw(12, UPPER_ALNUM))


# ====================================================================================================
# Plaid
# ====================================================================================================

SV("python", "plaid-secret", "banking/plaid_client.py", '''
    import plaid
    from plaid.api import plaid_api

    configuration = plaid.Configuration(
        host=plaid.Environment.Production,
        api_key={
            "clientId": "@@CID@@",
            "secret": "@@V@@",
            "plaidVersion": "2020-09-14",
        },
    )
    api_client = plaid.ApiClient(configuration)
    client = plaid_api.PlaidApi(api_client)
    ''', hexs(30), "https://github.com/plaid/plaid-python", CID=hexs(24))

SV("dotenv", "plaid-secret", ".env.plaid", '''
    # Plaid quickstart style config
    PLAID_CLIENT_ID=@@CID@@
    PLAID_SECRET=@@V@@
    PLAID_ENV=production
    PLAID_PRODUCTS=auth,transactions
    PLAID_COUNTRY_CODES=US,CA
    PLAID_REDIRECT_URI=https://app.ledgerly.example/oauth-return
    ''', hexs(30), "https://github.com/plaid/quickstart/blob/master/.env.example", CID=hexs(24))

SV("json", "plaid-access-token", "tests/fixtures/plaid_items.json", '''
    [
      {
        "user_id": 1042,
        "item_id": "@@I1@@",
        "institution": "ins_109508",
        "access_token": "@@V@@",
        "cursor": null,
        "linked_at": "2024-01-09T18:22:03Z"
      }
    ]
    ''', f"access-production-{uuid_s()}", "https://plaid.com/docs/api/items/#item", I1=draw(37))

_t = f"access-production-{uuid_s()}"
S("jupyter", "plaid-access-token", "notebooks/cashflow_explore.ipynb", notebook(
    ("code", "from banking.plaid_client import client\nfrom plaid.model.transactions_sync_request import TransactionsSyncRequest\n"),
    ("code", f"ACCESS_TOKEN = '{_t}'  # Chase business checking\n"
             "resp = client.transactions_sync(TransactionsSyncRequest(access_token=ACCESS_TOKEN))\n"
             "len(resp['added'])\n", "412\n"),
    ("markdown", "Most outflows are payroll on the 1st and 15th.\n"),
), _t, NB_SRC)

SV("docker-compose", "plaid-secret", "docker-compose.ledger.yml", '''
    services:
      ledger-api:
        image: ghcr.io/ledgerly/api:1.14
        environment:
          PLAID_ENV: production
          PLAID_CLIENT_ID: "@@CID@@"
          PLAID_SECRET: "@@V@@"
          DATABASE_URL: ${LEDGER_DATABASE_URL:?set LEDGER_DATABASE_URL}
        ports:
          - "127.0.0.1:8300:8000"
    ''', hexs(30), COMPOSE_SRC, CID=hexs(24))

DV("python", "sandbox-test-credentials", "tests/e2e/test_plaid_link.py", '''
    import pytest
    from playwright.sync_api import Page

    # Plaid Link sandbox test user (documented, works for every sandbox institution)
    SANDBOX_USER = "user_good"
    SANDBOX_PASS = "pass_good"
    INSTITUTION = "First Platypus Bank"


    @pytest.mark.e2e
    def test_link_flow(page: Page, live_server):
        page.goto(f"{live_server.url}/accounts/link")
        frame = page.frame_locator("iframe[id^=plaid-link-iframe]")
        frame.get_by_role("button", name="Continue").click()
        frame.get_by_placeholder("Search").fill(INSTITUTION)
        frame.get_by_text(INSTITUTION).click()
        frame.get_by_label("Username").fill(SANDBOX_USER)
        frame.get_by_label("Password").fill(SANDBOX_PASS)
        frame.get_by_role("button", name="Submit").click()
        page.wait_for_url("**/accounts/linked")
    ''', "https://plaid.com/docs/sandbox/test-credentials/")

DV("json", "short-lived-token", "tests/fixtures/plaid/link_token_create.json", '''
    {
      "link_token": "link-sandbox-@@LT@@",
      "expiration": "2024-03-02T14:39:11Z",
      "request_id": "@@RID@@"
    }
    ''', "https://plaid.com/docs/api/link/#linktokencreate", LT=uuid_s(), RID=draw(15))

DV("python", "env-reference", "banking/plaid_settings.py", '''
    import os

    import plaid

    PLAID_CLIENT_ID = "@@CID@@"  # not a secret: identifies the team, useless without PLAID_SECRET
    PLAID_SECRET = os.getenv("PLAID_SECRET")
    PLAID_ENV = os.getenv("PLAID_ENV", "sandbox")

    HOSTS = {
        "sandbox": plaid.Environment.Sandbox,
        "production": plaid.Environment.Production,
    }

    if PLAID_SECRET is None:
        raise RuntimeError("PLAID_SECRET is not set")
    ''', "https://plaid.com/docs/api/#api-access", CID=hexs(24))


# ====================================================================================================
# Wise
# ====================================================================================================

SV("python", "wise-api-token", "payouts/wise.py", '''
    import uuid

    import requests

    WISE_API = "https://api.transferwise.com"
    WISE_TOKEN = "@@V@@"
    PROFILE_ID = @@PROF@@

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {WISE_TOKEN}"


    def quote(source: str, target: str, target_amount: float) -> dict:
        body = {"sourceCurrency": source, "targetCurrency": target, "targetAmount": target_amount}
        return session.post(f"{WISE_API}/v3/profiles/{PROFILE_ID}/quotes", json=body).json()


    def transfer(quote_id: str, recipient_id: int, reference: str) -> dict:
        body = {"targetAccount": recipient_id, "quoteUuid": quote_id,
                "customerTransactionId": str(uuid.uuid4()), "details": {"reference": reference}}
        return session.post(f"{WISE_API}/v1/transfers", json=body).json()
    ''', uuid_s(), "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", PROF=digits(8))

SV("dotenv", "wise-api-token", ".env.payouts", '''
    # contractor payouts
    WISE_ENV=live
    WISE_API_TOKEN=@@V@@
    WISE_PROFILE_ID=@@PROF@@
    WISE_BALANCE_CURRENCY=EUR
    ''', uuid_s(), "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", PROF=digits(8))

SV("shell", "wise-api-token", "scripts/wise_balances.sh", '''
    #!/usr/bin/env bash
    PROFILE=@@PROF@@
    curl -s -H "Authorization: Bearer @@V@@" \\
      "https://api.transferwise.com/v4/profiles/${PROFILE}/balances?types=STANDARD" \\
      | jq -r '.[] | "\\(.currency)\\t\\(.amount.value)"'
    ''', uuid_s(), "https://docs.wise.com/api-docs/api-reference/balance", PROF=digits(8))

_k = pem("RSA PRIVATE KEY", 12)
S("shell", "wise-sca-private-key", "deploy/install_wise_key.sh", T('''
    #!/bin/sh
    # Wise SCA: private key that signs the one-time-token challenge (public half uploaded in
    # Settings → API tokens → Manage public keys)
    set -e
    mkdir -p /etc/payouts
    cat > /etc/payouts/wise_sca_private.pem <<'PEM'
    @@K@@
    PEM
    chmod 600 /etc/payouts/wise_sca_private.pem
    chown payouts:payouts /etc/payouts/wise_sca_private.pem
    ''', K=_k), _k, "https://docs.wise.com/api-docs/features/strong-customer-authentication-2fa/personal-token-sca")

DV("python", "public-key", "payouts/wise_webhooks.py", '''
    """Verify Wise webhook deliveries (X-Signature-SHA256) with Wise's published public key."""
    import base64

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    WISE_PUBLIC_KEY_PEM = b"""@@PUB@@"""

    _key = serialization.load_pem_public_key(WISE_PUBLIC_KEY_PEM)


    def verify(body: bytes, signature_b64: str) -> bool:
        try:
            _key.verify(base64.b64decode(signature_b64), body, padding.PKCS1v15(), hashes.SHA256())
            return True
        except Exception:
            return False
    ''', "https://docs.wise.com/api-docs/guides/webhooks#event-http-callback", PUB=public_pem(6))

DV("json", "object-ids", "tests/fixtures/wise/transfer_state_change.json", '''
    {
      "data": {
        "resource": {"type": "transfer", "id": @@TID@@, "profile_id": @@PROF@@, "account_id": @@ACC@@},
        "current_state": "outgoing_payment_sent",
        "previous_state": "processing",
        "occurred_at": "2024-03-04T09:51:17Z"
      },
      "subscription_id": "@@SUB@@",
      "event_type": "transfers#state-change",
      "schema_version": "2.0.0",
      "sent_at": "2024-03-04T09:51:19Z"
    }
    ''', "https://docs.wise.com/api-docs/guides/webhooks", TID=digits(9), PROF=digits(8), ACC=digits(9), SUB=uuid_s())


# ====================================================================================================
# The rest of a payments backend: databases, brokers, alerts, other gateways
# ====================================================================================================

SV("dotenv", "database-password", "payments-service/.env", '''
    SERVICE_NAME=payments
    PORT=8080
    DATABASE_URL=postgresql://payments_rw:@@V@@@pg-payments.internal:5432/payments?sslmode=require
    STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
    ADYEN_API_KEY=${ADYEN_API_KEY}
    OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317
    ''', url_pw(), "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

SV("ini", "database-password", "ledger/alembic.ini", '''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    version_path_separator = os
    sqlalchemy.url = postgresql+psycopg2://ledger_owner:@@V@@@ledger-db.prod.internal/ledger

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [formatters]
    keys = generic

    [logger_root]
    level = WARN
    handlers = console
    qualname =
    ''', url_pw(), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

SV("python", "django-secret-key", "payments_gateway/settings.py", '''
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    SECRET_KEY = "@@V@@"
    DEBUG = False
    ALLOWED_HOSTS = ["pay.agora-market.example"]

    INSTALLED_APPS = [
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "rest_framework",
        "gateway",
    ]

    # provider credentials are mounted by the platform, not stored here
    STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
    PAYPAL_CLIENT_SECRET = os.environ["PAYPAL_CLIENT_SECRET"]
    MOLLIE_API_KEY = os.environ.get("MOLLIE_API_KEY")
    RAZORPAY_KEY_SECRET = os.environ.get("RAZORPAY_KEY_SECRET")
    ''', fakes.django_secret_key(_seed()), DJ_SRC)

SV("python", "redis-password", "ledger/celeryconfig.py", '''
    # Celery settings for the payout/ledger workers
    broker_url = "rediss://:@@V@@@payments-cache.a1b2c3.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
    result_backend = None
    task_acks_late = True
    task_reject_on_worker_lost = True
    worker_prefetch_multiplier = 1
    task_routes = {
        "ledger.tasks.settle_*": {"queue": "settlements"},
        "ledger.tasks.payout_*": {"queue": "payouts"},
    }
    beat_schedule = {
        "nightly-settlement-import": {"task": "ledger.tasks.settle_import", "schedule": 60 * 60 * 24},
    }
    ''', fakes.redis_password(_seed()).replace(".", "-"), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

_w = "https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM) + "/" + draw(24)
SV("python", "slack-webhook", "alerts/payout_alerts.py", '''
    import requests

    SLACK_PAYMENTS_ALERTS = "@@V@@"


    def payout_failed(payout_id: str, provider: str, reason: str, amount: str) -> None:
        text = f":rotating_light: payout {payout_id} via {provider} failed ({amount}): {reason}"
        requests.post(SLACK_PAYMENTS_ALERTS, json={"text": text}, timeout=5)


    def chargeback_opened(dispute_id: str, amount: str) -> None:
        requests.post(SLACK_PAYMENTS_ALERTS, json={"text": f":warning: new dispute {dispute_id} for {amount}"}, timeout=5)
    ''', _w, "https://api.slack.com/messaging/webhooks")

SV("dotenv", "basic-auth-password", ".env.staging", '''
    ENV=staging
    CHECKOUT_BASE_URL=https://staging.agora-market.example
    LEDGER_API_URL=https://svc-checkout:@@V@@@ledger.staging.internal/api/v2
    FRAUD_API_URL=http://fraud-scorer.staging.internal:8081
    STRIPE_SECRET_KEY=${STAGING_STRIPE_KEY}
    FEATURE_KLARNA=1
    ''', url_pw(), "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1")

SV("python", "sftp-password", "jobs/pull_bank_settlements.py", '''
    """Fetch the acquirer's daily settlement files over SFTP (run by cron at 06:15)."""
    import datetime as dt
    import pathlib

    import paramiko

    HOST = "sftp.acquirer-reports.example"
    USER = "agora_settle"
    PASSWORD = "@@V@@"
    REMOTE_DIR = "/outgoing/settlement"


    def pull(target: pathlib.Path) -> list:
        transport = paramiko.Transport((HOST, 22))
        transport.connect(username=USER, password=PASSWORD)
        sftp = paramiko.SFTPClient.from_transport(transport)
        today = dt.date.today().strftime("%Y%m%d")
        fetched = []
        for name in sftp.listdir(REMOTE_DIR):
            if today in name:
                sftp.get(f"{REMOTE_DIR}/{name}", str(target / name))
                fetched.append(name)
        transport.close()
        return fetched
    ''', season_pw(), "https://docs.paramiko.org/en/stable/api/sftp.html")

SV("python", "authorizenet-transaction-key", "gateways/authorizenet.py", '''
    from authorizenet import apicontractsv1
    from authorizenet.apicontrollers import createTransactionController
    from authorizenet.constants import constants

    API_LOGIN_ID = "@@LOGIN@@"
    TRANSACTION_KEY = "@@V@@"


    def auth_capture(opaque_data: dict, amount: str):
        auth = apicontractsv1.merchantAuthenticationType(name=API_LOGIN_ID, transactionKey=TRANSACTION_KEY)
        payment = apicontractsv1.paymentType(opaqueData=apicontractsv1.opaqueDataType(**opaque_data))
        txn = apicontractsv1.transactionRequestType(transactionType="authCaptureTransaction",
                                                    amount=amount, payment=payment)
        request = apicontractsv1.createTransactionRequest(merchantAuthentication=auth, transactionRequest=txn)
        controller = createTransactionController(request)
        controller.setenvironment(constants.PRODUCTION)
        controller.execute()
        return controller.getresponse()
    ''', draw(16), "https://github.com/AuthorizeNet/sdk-python", LOGIN=draw(10))

SV("python", "amqp-password", "payouts/settings/worker.py", '''
    from .common import *  # noqa

    # RabbitMQ on the payouts cluster
    CELERY_BROKER_URL = "amqps://payouts:@@V@@@rabbit-payouts.internal:5671/payouts"
    CELERY_TASK_DEFAULT_QUEUE = "payouts"
    CELERY_TASK_TIME_LIMIT = 300

    PAYOUT_PROVIDERS = ["wise", "flutterwave", "mpesa_b2c"]
    PAYOUT_MAX_BATCH = 200
    ''', url_pw(), "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html")

SV("python", "smtp-password", "config/settings/email.py", '''
    # receipts and payment-failed emails
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "smtp.mailgun.org"
    EMAIL_PORT = 587
    EMAIL_USE_TLS = True
    EMAIL_HOST_USER = "receipts@mg.agora-market.example"
    EMAIL_HOST_PASSWORD = "@@V@@"
    DEFAULT_FROM_EMAIL = "Agora Market <receipts@agora-market.example>"
    SERVER_EMAIL = "alerts@agora-market.example"
    ''', words_pw(), "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password")

SV("python", "hmac-signing-key", "paylinks/signing.py", '''
    """Signed payment links: /pay/<order>?exp=...&sig=HMAC(order|amount|exp)."""
    import hashlib
    import hmac
    import time

    PAYLINK_SIGNING_KEY = bytes.fromhex("@@V@@")
    TTL = 60 * 60 * 48


    def sign(order_id: str, amount_minor: int, exp: int | None = None) -> tuple[int, str]:
        exp = exp or int(time.time()) + TTL
        msg = f"{order_id}|{amount_minor}|{exp}".encode()
        return exp, hmac.new(PAYLINK_SIGNING_KEY, msg, hashlib.sha256).hexdigest()


    def verify(order_id: str, amount_minor: int, exp: int, sig: str) -> bool:
        return exp > time.time() and hmac.compare_digest(sign(order_id, amount_minor, exp)[1], sig)
    ''', hexs(64), "https://docs.python.org/3/library/hmac.html")

_k = stripe()
S("dotenv", "stripe-secret-key", "deploy/heroku.env", crlf(T('''
    # heroku config:set $(cat deploy/heroku.env | xargs)
    DISABLE_COLLECTSTATIC=1
    WEB_CONCURRENCY=3
    STRIPE_SECRET_KEY="@@K@@"
    STRIPE_PUBLISHABLE_KEY="@@PK@@"
    ''', K=_k, PK=stripe("pk_live_"))), _k, "https://devcenter.heroku.com/articles/config-vars")

SV("python", "adyen-ws-password", "payments/adyen/legacy_soap.py", '''
    """Adyen classic Payment/Recurring API (basic auth web service user), used for the
    recurring-detail cleanup only."""
    import requests

    WS_USER = "ws_@@WSU@@@Company.NordicBikes"
    WS_PASSWORD = "@@V@@"
    PAL = "https://pal-live.adyen.com/pal/servlet/Recurring/v68"


    def disable(shopper_reference: str, detail_reference: str) -> dict:
        body = {"merchantAccount": "NordicBikesECOM", "shopperReference": shopper_reference,
                "recurringDetailReference": detail_reference}
        resp = requests.post(f"{PAL}/disable", json=body, auth=(WS_USER, WS_PASSWORD), timeout=30)
        resp.raise_for_status()
        return resp.json()
    ''', draw(22, ALNUM + "<>(){}^"), "https://docs.adyen.com/development-resources/api-credentials/#basic-authentication",
   WSU=digits(6))

_k = hexs(40)
S("jupyter", "razorpay-webhook-secret", "notebooks/webhook_debug.ipynb", notebook(
    ("markdown", "Why do Razorpay webhooks fail verification in prod? Recompute the HMAC by hand.\n"),
    ("code", "import hmac, hashlib, json\n"
             f"secret = '{_k}'\n"
             "body = open('/tmp/rzp_body.json','rb').read()\n"
             "hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()\n",
     "'" + hexs(64) + "'\n"),
    ("code", "json.loads(body)['event']\n", "'payment.captured'\n"),
), _k, NB_SRC)

_k = whsec()
S("python", "stripe-webhook-secret", "app/config.py", T('''
    from functools import lru_cache

    from pydantic import SecretStr
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", env_prefix="SHOP_")

        database_url: str = "postgresql+asyncpg://shop@localhost/shop"
        stripe_secret_key: SecretStr
        stripe_webhook_secret: SecretStr = SecretStr("@@K@@")
        stripe_api_version: str = "2024-04-10"
        currency: str = "usd"


    @lru_cache
    def get_settings() -> Settings:
        return Settings()
    ''', K=_k), _k, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

_k = gc_token()
S("python", "gocardless-access-token", "scripts/export_mandates.py", T('''
    #!/usr/bin/env python3
    """Export active GoCardless mandates to CSV for the accountants.

    usage: GC_TOKEN=... ./export_mandates.py > mandates.csv
    """
    import csv
    import os
    import sys

    import gocardless_pro

    token = os.environ.get("GC_TOKEN") or "@@K@@"
    client = gocardless_pro.Client(access_token=token, environment="live")

    writer = csv.writer(sys.stdout)
    writer.writerow(["mandate", "customer", "scheme", "created_at"])
    for m in client.mandates.all(params={"status": "active"}):
        writer.writerow([m.id, m.links.customer, m.scheme, m.created_at])
    ''', K=_k), _k, "https://github.com/gocardless/gocardless-pro-python")


# ====================================================================================================
# Decoys of any payments backend: hashes, ciphertext, references, placeholders, ids
# ====================================================================================================

DV("json", "password-hash", "merchants/fixtures/merchant_admins.json", '''
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "ops-admin",
          "email": "ops@agora-market.example",
          "password": "bcrypt_sha256$@@H1@@",
          "is_staff": true,
          "is_superuser": true
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "finance",
          "email": "finance@agora-market.example",
          "password": "bcrypt_sha256$@@H2@@",
          "is_staff": true,
          "is_superuser": false
        }
      }
    ]
    ''', "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#using-bcrypt-with-django",
   H1=bcrypt_hash(), H2=bcrypt_hash())

DV("yaml", "password-hash", "tests/fixtures/staff_users.yaml", '''
    - model: accounts.staffuser
      pk: 10
      fields:
        email: refunds-bot@fjordcraft.example
        password: @@H1@@
        role: refunds
        can_issue_refunds: true
    - model: accounts.staffuser
      pk: 11
      fields:
        email: support@fjordcraft.example
        password: @@H2@@
        role: support
        can_issue_refunds: false
    ''', "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
   H1=pbkdf2_hash(), H2=pbkdf2_hash())

DV("requirements", "checksum", "requirements/prod.txt", '''
    # pip-compile --generate-hashes requirements/prod.in
    adyen==12.3.0 \\
        --hash=sha256:@@H1@@
    braintree==4.28.0 \\
        --hash=sha256:@@H2@@
    mollie-api-python==3.6.0 \\
        --hash=sha256:@@H3@@
    razorpay==1.4.2 \\
        --hash=sha256:@@H4@@
    stripe==9.6.0 \\
        --hash=sha256:@@H5@@ \\
        --hash=sha256:@@H6@@
    ''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
   H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64), H6=hexs(64))

DV("requirements", "commit-sha", "requirements/vendor.txt", '''
    # forks pinned to commits until upstream releases the fixes
    git+https://github.com/agora-market/python-paystack.git@@@S1@@#egg=paystack
    git+https://github.com/agora-market/django-daraja.git@@@S2@@#egg=django-daraja
    git+https://github.com/agora-market/flutterwave-python.git@@@S3@@#egg=rave_python
    # payu-sdk fork with the v2 hash
    payu-sdk @ git+https://github.com/agora-market/payu-python@@@S4@@
    ''', "https://pip.pypa.io/en/stable/topics/vcs-support/", S1=hexs(40), S2=hexs(40), S3=hexs(40), S4=hexs(40))

DV("sops", "ciphertext", "secrets/payments.prod.enc.yaml", '''
    stripe:
        secret_key: @@E1@@
        webhook_secret: @@E2@@
    adyen:
        api_key: @@E3@@
        hmac_key: @@E4@@
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:402911750238:key/@@KID@@
              created_at: "2024-03-01T10:02:11Z"
              enc: @@KMS@@
              aws_profile: ""
        lastmodified: "2024-03-01T10:02:12Z"
        mac: @@MAC@@
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    ''', "https://github.com/getsops/sops#encrypting-using-aws-kms",
   E1=sops(144), E2=sops(52), E3=sops(200), E4=sops(88), KID=uuid_s(), KMS=draw(240, B64) + "==",
   MAC=sops(88).replace("type:str", "type:str"))

DV("ansible-vault", "ciphertext", "ansible/group_vars/production/vault.yml", '''
    @@V@@
    ''', "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", V=vault_blob(10))

DV("k8s-sealed-secret", "ciphertext", "k8s/sealed/payments-stripe-sealed.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: payments-stripe
      namespace: checkout
    spec:
      encryptedData:
        STRIPE_SECRET_KEY: @@E1@@
        STRIPE_WEBHOOK_SECRET: @@E2@@
      template:
        metadata:
          name: payments-stripe
          namespace: checkout
        type: Opaque
    ''', "https://github.com/bitnami-labs/sealed-secrets#usage", E1="AgB" + draw(700, B64) + "=", E2="AgC" + draw(560, B64) + "==")

DV("k8s-external-secret", "secret-store-reference", "k8s/external-secrets/payments.yaml", '''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: payments-providers
      namespace: payments
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: payments-providers
      data:
        - secretKey: STRIPE_SECRET_KEY
          remoteRef: {key: prod/payments/stripe, property: secret_key}
        - secretKey: PAYSTACK_SECRET_KEY
          remoteRef: {key: prod/payments/paystack, property: secret_key}
        - secretKey: MPESA_PASSKEY
          remoteRef: {key: prod/payments/mpesa, property: passkey}
    ''', "https://external-secrets.io/latest/api/externalsecret/")

DV("helm-template", "template-expression", "charts/payments/templates/secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "payments.fullname" . }}-providers
      labels:
        {{- include "payments.labels" . | nindent 4 }}
    type: Opaque
    data:
      STRIPE_SECRET_KEY: {{ .Values.stripe.secretKey | b64enc | quote }}
      STRIPE_WEBHOOK_SECRET: {{ .Values.stripe.webhookSecret | b64enc | quote }}
      RAZORPAY_KEY_SECRET: {{ required "razorpay.keySecret is required" .Values.razorpay.keySecret | b64enc | quote }}
      {{- if .Values.klarna.enabled }}
      KLARNA_API_KEY: {{ .Values.klarna.apiKey | b64enc | quote }}
      {{- end }}
    ''', "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

DV("terraform", "secret-store-reference", "infra/modules/payments/secrets.tf", '''
    variable "environment" {
      type = string
    }

    data "aws_secretsmanager_secret_version" "stripe" {
      secret_id = "${var.environment}/payments/stripe"
    }

    locals {
      stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
    }

    resource "aws_ssm_parameter" "stripe_publishable_key" {
      name  = "/${var.environment}/web/stripe-publishable-key"
      type  = "String"
      value = local.stripe.publishable_key
    }

    output "stripe_secret_arn" {
      value     = data.aws_secretsmanager_secret_version.stripe.arn
      sensitive = true
    }
    ''', "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

DV("supervisor", "env-reference", "deploy/supervisor/payouts-worker.conf", '''
    [program:payouts-worker]
    command=/srv/payouts/venv/bin/celery -A payouts worker -Q payouts -c 4
    directory=/srv/payouts
    user=payouts
    autostart=true
    autorestart=true
    stopwaitsecs=600
    environment=WISE_API_TOKEN="%(ENV_WISE_API_TOKEN)s",FLW_SECRET_KEY="%(ENV_FLW_SECRET_KEY)s",MPESA_INITIATOR_PASSWORD="%(ENV_MPESA_INITIATOR_PASSWORD)s"
    stdout_logfile=/var/log/payouts/worker.log
    ''', "http://supervisord.org/configuration.html#environment-variables")

DV("python", "env-reference", "billing/config.py", '''
    from pydantic import Field, SecretStr
    from pydantic_settings import BaseSettings


    class ProviderSettings(BaseSettings):
        stripe_secret_key: SecretStr = Field(alias="STRIPE_SECRET_KEY")
        stripe_webhook_secret: SecretStr = Field(alias="STRIPE_WEBHOOK_SECRET")
        gocardless_access_token: SecretStr = Field(alias="GOCARDLESS_ACCESS_TOKEN")
        gocardless_environment: str = Field("sandbox", alias="GOCARDLESS_ENVIRONMENT")
        plaid_client_id: str = Field(alias="PLAID_CLIENT_ID")
        plaid_secret: SecretStr = Field(alias="PLAID_SECRET")


    settings = ProviderSettings()  # raises if a required variable is missing
    ''', "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

DV("gitlab-ci", "env-reference", "ci/payments.gitlab-ci.yml", '''
    integration:payments:
      stage: test
      image: python:3.12
      services:
        - name: stripe/stripe-mock:latest
          alias: stripe-mock
      variables:
        STRIPE_API_BASE: http://stripe-mock:12111
      script:
        - export STRIPE_SECRET_KEY="$STRIPE_TEST_SECRET_KEY"
        - export ADYEN_API_KEY="$ADYEN_TEST_API_KEY"
        - export RAZORPAY_KEY_SECRET="${RAZORPAY_TEST_KEY_SECRET}"
        - pytest tests/integration -m payments
      rules:
        - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    ''', "https://docs.gitlab.com/ee/ci/variables/#use-cicd-variables-in-job-scripts")

DV("python", "secret-store-reference", "payments/vault.py", '''
    import os

    import hvac

    VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
    MOUNT = "kv"
    PATHS = {
        "stripe": "payments/prod/stripe",
        "adyen": "payments/prod/adyen",
        "razorpay": "payments/prod/razorpay",
    }


    def provider_secrets(name: str) -> dict:
        client = hvac.Client(url=VAULT_ADDR)
        client.auth.kubernetes.login(role="payments-api", jwt=open("/var/run/secrets/kubernetes.io/serviceaccount/token").read())
        resp = client.secrets.kv.v2.read_secret_version(path=PATHS[name], mount_point=MOUNT)
        return resp["data"]["data"]
    ''', "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html")

DV("python", "secret-store-reference", "payments/gcp_secrets.py", '''
    from functools import lru_cache

    from google.cloud import secretmanager

    PROJECT = "souk-market-prod"
    SECRETS = {
        "CKO_SECRET_KEY": f"projects/{PROJECT}/secrets/cko-secret-key/versions/latest",
        "MP_ACCESS_TOKEN": f"projects/{PROJECT}/secrets/mercadopago-access-token/versions/latest",
        "PAYTM_MERCHANT_KEY": f"projects/{PROJECT}/secrets/paytm-merchant-key/versions/3",
    }


    @lru_cache
    def get(name: str) -> str:
        client = secretmanager.SecretManagerServiceClient()
        return client.access_secret_version(name=SECRETS[name]).payload.data.decode()
    ''', "https://cloud.google.com/secret-manager/docs/access-secret-version")

DV("dotenv", "placeholder", ".env.sample", '''
    # Africa / India providers. Fill in and save as .env (ignored by git)
    PAYSTACK_SECRET_KEY=sk_test_your_paystack_secret_key
    PAYSTACK_PUBLIC_KEY=pk_test_your_paystack_public_key
    FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
    RAZORPAY_KEY_ID=rzp_test_XXXXXXXXXXXXXX
    RAZORPAY_KEY_SECRET=<your-razorpay-key-secret>
    MPESA_CONSUMER_KEY=your-consumer-key-here
    MPESA_CONSUMER_SECRET=your-consumer-secret-here
    MPESA_PASSKEY=changeme
    MPESA_INITIATOR_PASSWORD=changeme
    ''', "https://github.com/theskumar/python-dotenv#file-format")

DV("jupyter", "interactive-prompt", "notebooks/stripe_playground.ipynb", notebook(
    ("markdown", "Scratchpad for Stripe API calls. The key is typed in, never saved.\n"),
    ("code", "import getpass, stripe\nstripe.api_key = getpass.getpass('Stripe secret key: ')\n", "Stripe secret key: ········\n"),
    ("code", "stripe.Balance.retrieve()['available']\n", "[<StripeObject at 0x7f3a> JSON: {\"amount\": 1204455, \"currency\": \"eur\"}]\n"),
), NB_SRC)

DV("log", "masked-secret", "reports/ci-pytest-output.txt", '''
    ============================= test session starts ==============================
    platform linux -- Python 3.12.2, pytest-8.1.1, pluggy-1.4.0
    rootdir: /builds/agora/payments
    collected 214 items

    tests/test_settings.py::test_repr_hides_secrets
      settings = ProviderSettings(stripe_secret_key=SecretStr('**********'), stripe_webhook_secret=SecretStr('**********'), gocardless_access_token=SecretStr('**********'), gocardless_environment='sandbox', plaid_client_id='@@CID@@', plaid_secret=SecretStr('**********'))
    PASSED

    ====================== 214 passed, 3 skipped in 41.87s =======================
    ''', "https://docs.pydantic.dev/latest/api/types/#pydantic.types.SecretStr", CID=hexs(24))

DV("checksums", "checksum", "dist/SHA256SUMS", '''
    @@H1@@  payments_gateway-3.4.0-py3-none-any.whl
    @@H2@@  payments_gateway-3.4.0.tar.gz
    @@H3@@  payments-cli-3.4.0-linux-amd64.tar.gz
    @@H4@@  payments-cli-3.4.0-darwin-arm64.tar.gz
    @@H5@@  payments-cli-3.4.0-windows-amd64.zip
    ''', "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
   H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

DV("postman-collection", "template-expression", "postman/Payments.postman_collection.json", '''
    {
    \t"info": {
    \t\t"_postman_id": "@@ID@@",
    \t\t"name": "Payments",
    \t\t"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    \t},
    \t"auth": {
    \t\t"type": "bearer",
    \t\t"bearer": [{"key": "token", "value": "{{stripe_secret_key}}", "type": "string"}]
    \t},
    \t"item": [
    \t\t{
    \t\t\t"name": "Create PaymentIntent",
    \t\t\t"request": {
    \t\t\t\t"method": "POST",
    \t\t\t\t"header": [{"key": "Idempotency-Key", "value": "{{$guid}}"}],
    \t\t\t\t"body": {"mode": "urlencoded", "urlencoded": [{"key": "amount", "value": "2000"}, {"key": "currency", "value": "eur"}]},
    \t\t\t\t"url": "{{base_url}}/payment_intents"
    \t\t\t}
    \t\t},
    \t\t{
    \t\t\t"name": "Razorpay order",
    \t\t\t"request": {
    \t\t\t\t"auth": {"type": "basic", "basic": [{"key": "username", "value": "{{rzp_key_id}}"}, {"key": "password", "value": "{{rzp_key_secret}}"}]},
    \t\t\t\t"method": "POST",
    \t\t\t\t"url": "https://api.razorpay.com/v1/orders"
    \t\t\t}
    \t\t}
    \t]
    }
    ''', "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", ID=uuid_s())

D("postman-env", "empty-value", "postman/Razorpay Sandbox.postman_environment.json", postman_env("Razorpay Sandbox", [
    ("rzp_key_id", "rzp_test_", "default"),
    ("rzp_key_secret", "", "secret"),
    ("base_url", "https://api.razorpay.com/v1", "default"),
    ("order_id", "", "default"),
], exported="2024-01-22T06:31:55.017Z"), PM_SRC)

DV("docker-compose", "env-reference", "docker-compose.payments.yml", '''
    services:
      payments-api:
        image: ghcr.io/agora-market/payments:${TAG:-main}
        environment:
          STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?STRIPE_SECRET_KEY must be set}
          STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET:?}
          MOLLIE_API_KEY: ${MOLLIE_API_KEY:-}
          PAYPAL_CLIENT_SECRET: ${PAYPAL_CLIENT_SECRET}
        secrets:
          - adyen_api_key
    secrets:
      adyen_api_key:
        file: ./secrets/adyen_api_key.txt
    ''', COMPOSE_SRC)

DV("makefile", "env-reference", "ops/Makefile", '''
    SHELL := /bin/bash
    ENV ?= staging

    .PHONY: check-env webhooks-list rotate-webhook

    check-env:
    \t@test -n "$(STRIPE_SECRET_KEY)" || (echo "export STRIPE_SECRET_KEY first" && exit 1)

    webhooks-list: check-env
    \tcurl -s https://api.stripe.com/v1/webhook_endpoints -u "$(STRIPE_SECRET_KEY):" | jq '.data[].url'

    rotate-webhook: check-env
    \t./scripts/rotate_webhook_secret.py --env $(ENV) --key-from-env STRIPE_SECRET_KEY
    ''', "https://www.gnu.org/software/make/manual/html_node/Environment.html")

DV("markdown", "redacted-key", "CHANGELOG.md", '''
    # Changelog

    ## 3.4.0 (2024-05-02)
    - Rotated the Stripe live secret key (old key ending `…@@L1@@` revoked, new key ending `…@@L2@@`).
    - Adyen HMAC key moved to SSM; the env variable `ADYEN_HMAC_KEY` is no longer read.
    - Paystack: verify `x-paystack-signature` with `hmac.compare_digest`.

    ## 3.3.2 (2024-04-11)
    - Fix: Razorpay webhooks were rejected when the body had a trailing newline.
    - Idempotency keys for refunds are now `refund-<charge>-<amount>` (was a random UUID).

    ## 3.3.0 (2024-03-20)
    - M-Pesa STK push: timestamps are in Africa/Nairobi.
    ''', "https://keepachangelog.com/en/1.1.0/", L1=draw(4), L2=draw(4))

DV("markdown", "doc-placeholder", "docs/providers.md", '''
    # Configuring payment providers

    | Provider | Variable | Example value |
    |---|---|---|
    | Stripe | `STRIPE_SECRET_KEY` | `sk_live_...` |
    | Adyen | `ADYEN_API_KEY` | `AQE...` (from Customer Area → API credentials) |
    | Mollie | `MOLLIE_API_KEY` | `live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
    | Mercado Pago | `MP_ACCESS_TOKEN` | `APP_USR-0000000000000000-000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-000000000` |
    | Klarna | `KLARNA_API_KEY` | `klarna_live_api_<random>` |
    | GoCardless | `GOCARDLESS_ACCESS_TOKEN` | `your-access-token-here` |
    | Wise | `WISE_API_TOKEN` | `00000000-0000-0000-0000-000000000000` |

    Put the values in your secret manager, never in this repository; the app reads them from
    the environment at startup (see `billing/config.py`).
    ''', "https://12factor.net/config")

DV("jinja-template", "template-expression", "ansible/roles/payments/templates/payments.env.j2", '''
    # {{ ansible_managed }}
    DJANGO_SETTINGS_MODULE=payments.settings.{{ env_name }}
    DATABASE_URL=postgresql://payments:{{ vault_payments_db_password }}@{{ db_host }}/payments
    STRIPE_SECRET_KEY={{ vault_stripe_secret_key }}
    ADYEN_API_KEY={{ vault_adyen_api_key }}
    ADYEN_HMAC_KEY={{ vault_adyen_hmac_key | default('') }}
    PAYSTACK_SECRET_KEY={{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/payments/paystack:secret_key') }}
    ''', "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html")

DV("k8s-deployment", "secret-reference", "k8s/deploy/payments-api.yaml", '''
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: payments-api
      namespace: payments
    spec:
      replicas: 3
      selector:
        matchLabels: {app: payments-api}
      template:
        metadata:
          labels: {app: payments-api}
        spec:
          containers:
            - name: api
              image: ghcr.io/agora-market/payments:3.4.0
              env:
                - name: STRIPE_SECRET_KEY
                  valueFrom:
                    secretKeyRef: {name: payments-providers, key: STRIPE_SECRET_KEY}
                - name: MPESA_PASSKEY
                  valueFrom:
                    secretKeyRef: {name: payments-providers, key: MPESA_PASSKEY}
              envFrom:
                - configMapRef: {name: payments-config}
    ''', "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

DV("python", "fake-test-secret", "tests/settings_test.py", '''
    """Settings for the test run: every provider key is a dummy, calls are mocked or go to stripe-mock."""
    import os

    from config.settings.base import *  # noqa

    os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_dummy")
    os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec_dummy")
    os.environ.setdefault("PAYSTACK_SECRET_KEY", "sk_test_0000000000000000000000000000000000000000")
    os.environ.setdefault("MPESA_PASSKEY", "x" * 64)

    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    CELERY_TASK_ALWAYS_EAGER = True
    ''', "https://docs.djangoproject.com/en/5.0/topics/testing/overview/")

DV("json", "template-expression", "fixtures/stripe/seed.json", '''
    {
      "_meta": {"template_version": 0},
      "fixtures": [
        {
          "name": "customer",
          "path": "/v1/customers",
          "method": "post",
          "params": {"email": "fixture@example.com", "name": "Fixture Customer"}
        },
        {
          "name": "payment_method",
          "path": "/v1/payment_methods/pm_card_visa/attach",
          "method": "post",
          "params": {"customer": "${customer:id}"}
        },
        {
          "name": "subscription",
          "path": "/v1/subscriptions",
          "method": "post",
          "params": {"customer": "${customer:id}", "default_payment_method": "${payment_method:id}",
                     "items": [{"price": "${.env:STRIPE_PRICE_MONTHLY}"}]}
        }
      ]
    }
    ''', "https://docs.stripe.com/cli/fixtures")

DV("text", "event-ids", "scripts/replay_events.txt", '''
    # webhook events that 500'd during the 2024-04-11 outage; replay with
    #   xargs -n1 stripe events resend < scripts/replay_events.txt
    @@E1@@
    @@E2@@
    @@E3@@
    @@E4@@
    @@E5@@
    ''', "https://docs.stripe.com/webhooks/process-undelivered-events", E1=stripe_id("evt_1", 23),
   E2=stripe_id("evt_1", 23), E3=stripe_id("evt_3", 23), E4=stripe_id("evt_3", 23), E5=stripe_id("evt_1", 23))

DV("yaml", "commit-sha", ".pre-commit-config.yaml", '''
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: @@S1@@  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: detect-private-key
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: @@S2@@  # frozen: v0.4.4
        hooks:
          - id: ruff
      - repo: https://github.com/agora-market/payments-lint
        rev: @@S3@@
        hooks:
          - id: no-live-keys
    ''', "https://pre-commit.com/#pre-commit-autoupdate", S1=hexs(40), S2=hexs(40), S3=hexs(40))
