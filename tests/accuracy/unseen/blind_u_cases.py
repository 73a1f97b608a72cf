"""Blind set U: a Python SaaS startup's third-party integrations (payments, email, SMS, OAuth,
CRM, analytics, search, storage, LLM APIs) in every place they land. Generated fakes only."""
from __future__ import annotations

import base64
import json
import random
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
HEX = "0123456789abcdef"
AN = string.ascii_letters + string.digits
_seed = [210000]


def _rng() -> random.Random:
    _seed[0] += 1
    return random.Random(_seed[0])


def tok(prefix: str, n: int, alphabet: str = AN, suffix: str = "") -> str:
    rng = _rng()
    return prefix + "".join(rng.choice(alphabet) for _ in range(n)) + suffix


def uid() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


def words_pw() -> str:
    rng = _rng()
    w = ["Harbor", "Falcon", "Copper", "Meadow", "Quartz", "Lantern", "Orchid", "Tundra", "Saffron", "Glacier", "Pepper", "Marble"]
    return rng.choice(w) + rng.choice(w).lower() + str(rng.randint(10, 99)) + rng.choice("!#%*") + rng.choice(w)[:3]


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def add(cat: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(f"blind-u/{cat}", file_name, text, secret, source))


# --- provider-shaped fakes -------------------------------------------------------------------
def stripe_sk() -> str: return tok("sk_live_", 99)
def stripe_rk() -> str: return tok("rk_live_", 99)
def stripe_pk() -> str: return tok("pk_live_", 99)
def stripe_whsec() -> str: return tok("whsec_", 32)
def sendgrid() -> str: return tok("SG.", 22, AN + "-_") + tok(".", 43, AN + "-_")
def twilio_sid() -> str: return tok("AC", 32, HEX)
def twilio_token() -> str: return tok("", 32, HEX)
def mailgun() -> str: return tok("", 32, HEX) + tok("-", 8, HEX) + tok("-", 8, HEX)
def mailchimp() -> str: return tok("", 32, HEX) + "-us21"
def google_secret() -> str: return tok("GOCSPX-", 28, AN + "-_")
def google_client_id() -> str: return tok("", 12, string.digits) + tok("-", 32, string.ascii_lowercase + string.digits) + ".apps.googleusercontent.com"
def ms_secret() -> str: return tok("", 3, AN) + "8Q~" + tok("", 34, AN + "_.-~")
def gh_oauth_secret() -> str: return tok("", 40, HEX)
def anthropic() -> str: return tok("sk-ant-api03-", 93, AN + "-_") + "AA"
def hf() -> str: return tok("hf_", 34, string.ascii_letters)
def replicate() -> str: return tok("r8_", 37, AN)
def cohere() -> str: return tok("", 40, AN)
def mapbox_sk() -> str: return "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I" + tok("", 22, AN) + "." + tok("", 22, AN + "-_")
def mapbox_pk() -> str: return "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I" + tok("", 22, AN) + "." + tok("", 22, AN + "-_")
def algolia_admin() -> str: return tok("", 32, HEX)
def square_token() -> str: return tok("EAAA", 60, AN + "-_")
def razorpay_secret() -> str: return tok("", 24, AN)
def paddle_key() -> str: return tok("pdl_live_apikey_01", 24, "0123456789abcdefghjkmnpqrstvwxyz") + tok("_", 22, AN) + tok("_", 3, AN)
def mollie() -> str: return tok("live_", 30, AN)
def hubspot() -> str: return "pat-na1-" + uid()
def okta() -> str: return tok("00", 40, AN + "-_")
def auth0_secret() -> str: return tok("", 64, AN + "-_")
def zendesk() -> str: return tok("", 40, AN)
def posthog_personal() -> str: return tok("phx_", 43, AN)
def posthog_project() -> str: return tok("phc_", 43, AN)
def ld_sdk() -> str: return "sdk-" + uid()
def ld_api() -> str: return "api-" + uid()
def b2_key() -> str: return tok("K005", 27, AN)
def paypal_secret() -> str: return tok("E", 79, AN + "-_")
def paypal_client() -> str: return tok("A", 79, AN + "-_")
def braintree_priv() -> str: return tok("", 32, HEX)
def adyen() -> str: return tok("AQE", 40, AN) + tok("+", 60, AN + "+/") + "="
def vonage_secret() -> str: return tok("", 16, AN)
def plivo_token() -> str: return tok("", 40, AN)
def messagebird() -> str: return tok("", 25, AN)
def intercom() -> str: return "dG9rO" + tok("", 55, AN) + "="
def salesforce_secret() -> str: return tok("", 64, "0123456789ABCDEF")
def mixpanel_secret() -> str: return tok("", 32, HEX)
def amplitude_secret() -> str: return tok("", 32, HEX)
def keycloak_secret() -> str: return tok("", 32, AN)
def freshdesk() -> str: return tok("", 20, AN)
def bunny_key() -> str: return uid() + tok("-", 4, HEX) + tok("-", 4, HEX)
def wasabi_id() -> str: return tok("", 20, string.ascii_uppercase + string.digits)
def elastic_api_key() -> str: return b64(tok("", 20, AN + "-_") + ":" + tok("", 22, AN + "-_"))
def mandrill() -> str: return tok("md-", 22, AN + "-_")
def postmark() -> str: return uid()
def optimizely_token() -> str: return tok("2:", 43, AN + "-_")
def sha256() -> str: return tok("", 64, HEX)
def sha1() -> str: return tok("", 40, HEX)


# === payments ================================================================================
s = stripe_sk()
add("django-settings/stripe-secret-key", "src/billing_site/settings/production.py", f'''from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["app.tallyworks.io", "api.tallyworks.io"]

# dj-stripe
STRIPE_LIVE_MODE = True
STRIPE_LIVE_SECRET_KEY = "{s}"
DJSTRIPE_WEBHOOK_VALIDATION = "retrieve_event"
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
DJSTRIPE_USE_NATIVE_JSONFIELD = True

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', s, "https://dj-stripe.dev/2.8/installation/")

pk = stripe_pk()
add("django-settings/decoy-stripe-publishable-key", "src/billing_site/settings/base.py", f'''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The publishable key is rendered into checkout.html; the secret one comes from the environment.
STRIPE_PUBLIC_KEY = "{pk}"
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
DJSTRIPE_WEBHOOK_SECRET = os.environ.get("DJSTRIPE_WEBHOOK_SECRET", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "djstripe",
    "billing",
]
''', None, "https://docs.stripe.com/keys")

w = stripe_whsec()
add("fastapi-route/stripe-webhook-secret", "app/routers/stripe_webhooks.py", f'''import stripe
from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/webhooks")

endpoint_secret = "{w}"


@router.post("/stripe")
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400, detail="bad signature")
    if event["type"] == "checkout.session.completed":
        await fulfil(event["data"]["object"])
    return {{"received": True}}
''', w, "https://docs.stripe.com/webhooks/quickstart")

ts = 1718000000 + _rng().randint(0, 9999999)
add("vcr-cassette/decoy-stripe-signature-header", "tests/cassettes/test_webhook_replay.yaml", f'''interactions:
- request:
    body: '{{"id": "evt_1PQ{tok("", 20)}", "object": "event", "type": "invoice.paid"}}'
    headers:
      Content-Type:
      - application/json
      Stripe-Signature:
      - t={ts},v1={sha256()}
      User-Agent:
      - Stripe/1.0 (+https://stripe.com/docs/webhooks)
    method: POST
    uri: http://testserver/webhooks/stripe
  response:
    body:
      string: '{{"received": true}}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
''', None, "https://vcrpy.readthedocs.io/en/latest/advanced.html")

s = stripe_sk()
add("vcr-cassette/stripe-secret-key-bearer", "tests/cassettes/billing/test_create_customer.yaml", f'''interactions:
- request:
    body: email=ada%40example.org&name=Ada+Lovelace
    headers:
      Authorization:
      - Bearer {s}
      Content-Type:
      - application/x-www-form-urlencoded
      Idempotency-Key:
      - {uid()}
      Stripe-Version:
      - '2024-06-20'
    method: POST
    uri: https://api.stripe.com/v1/customers
  response:
    body:
      string: '{{"id": "cus_Q{tok("", 13)}", "object": "customer", "email": "ada@example.org"}}'
    headers:
      Request-Id:
      - req_{tok("", 14)}
    status:
      code: 200
      message: OK
version: 1
''', s, "https://vcrpy.readthedocs.io/en/latest/usage.html")

add("vcr-cassette/decoy-filtered-authorization", "tests/cassettes/billing/test_refund.yaml", f'''interactions:
- request:
    body: charge=ch_3P{tok("", 22)}&amount=1500
    headers:
      Authorization:
      - DUMMY
      Content-Type:
      - application/x-www-form-urlencoded
      Idempotency-Key:
      - {uid()}
    method: POST
    uri: https://api.stripe.com/v1/refunds
  response:
    body:
      string: '{{"id": "re_3P{tok("", 22)}", "object": "refund", "status": "succeeded"}}'
    headers:
      Request-Id:
      - req_{tok("", 14)}
    status:
      code: 200
      message: OK
version: 1
''', None, "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

rk = stripe_rk()
add("github-issue/stripe-restricted-key-curl", "docs/support/issues/412-refund-sync-fails.md", f'''### Refund sync fails with `resource_missing`

**Steps to reproduce**

The nightly `sync_refunds` task logs `No such charge`. Reproduced by hand:

```console
$ curl https://api.stripe.com/v1/refunds?limit=3 \\
    -u {rk}:
{{
  "error": {{
    "code": "resource_missing",
    "message": "No such charge: 'ch_3Nx...'"
  }}
}}
```

**Expected** the refund list, as the dashboard shows.

**Environment** tallyworks 2.14.1, stripe-python 9.12.0, Python 3.12
''', rk, "https://docs.stripe.com/api/authentication")

add("markdown-docs/decoy-stripe-key-shape", "docs/integrations/stripe.md", '''# Stripe

Billing talks to Stripe with a **restricted key** that can only read charges and write refunds.

| Setting | Example | Where |
|---|---|---|
| `STRIPE_SECRET_KEY` | `rk_live_...` | Doppler, project `billing`, config `prd` |
| `STRIPE_PUBLIC_KEY` | `pk_live_...` | rendered into the checkout page |
| `STRIPE_WEBHOOK_SECRET` | `whsec_...` | one per endpoint, see Dashboard -> Developers -> Webhooks |

Never paste a live key in an issue. To try a call locally use the CLI:

```bash
stripe login
stripe listen --forward-to localhost:8000/webhooks/stripe
stripe trigger invoice.paid
```
''', None, "https://docs.stripe.com/keys")

bt = braintree_priv()
add("flask-config/braintree-private-key", "shop/config.py", f'''import braintree


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://shop@db.internal/shop"
    BRAINTREE_ENVIRONMENT = braintree.Environment.Production
    BRAINTREE_MERCHANT_ID = "vx7k3m9q2wz4hd6c"
    BRAINTREE_PUBLIC_KEY = "t8rnd3jqz5k2yx9f"
    BRAINTREE_PRIVATE_KEY = "{bt}"


def gateway(config=ProductionConfig):
    return braintree.BraintreeGateway(
        braintree.Configuration(
            environment=config.BRAINTREE_ENVIRONMENT,
            merchant_id=config.BRAINTREE_MERCHANT_ID,
            public_key=config.BRAINTREE_PUBLIC_KEY,
            private_key=config.BRAINTREE_PRIVATE_KEY,
        )
    )
''', bt, "https://developer.paypal.com/braintree/docs/start/hello-server/python")

add("javascript/decoy-braintree-tokenization-key", "frontend/src/checkout/dropin.js", f'''import dropin from "braintree-web-drop-in";

// A tokenization key is meant for the browser: it can only tokenize cards.
const TOKENIZATION_KEY = "production_{tok("", 8, string.ascii_lowercase + string.digits)}_{tok("", 16, string.ascii_lowercase + string.digits)}";

export async function mountDropin(container) {{
  const instance = await dropin.create({{
    authorization: TOKENIZATION_KEY,
    container,
    paypal: {{ flow: "vault" }},
  }});
  return instance;
}}
''', None, "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key")

ad = adyen()
add("postman-environment/adyen-api-key", "postman/Adyen-Live.postman_environment.json", json.dumps({
    "id": uid(), "name": "Adyen Live",
    "values": [
        {"key": "baseUrl", "value": "https://1797a841fbb37ca7-TallyWorks-checkout-live.adyenpayments.com/checkout/v71", "type": "default", "enabled": True},
        {"key": "merchantAccount", "value": "TallyWorksECOM", "type": "default", "enabled": True},
        {"key": "X-API-Key", "value": ad, "type": "secret", "enabled": True},
    ],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-05-14T09:12:44.201Z",
    "_postman_exported_using": "Postman/11.1.0"}, indent=2), ad, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

add("postman-environment/decoy-empty-secret-values", "postman/Adyen-Test.postman_environment.json", json.dumps({
    "id": uid(), "name": "Adyen Test",
    "values": [
        {"key": "baseUrl", "value": "https://checkout-test.adyen.com/v71", "type": "default", "enabled": True},
        {"key": "merchantAccount", "value": "TallyWorksECOM", "type": "default", "enabled": True},
        {"key": "X-API-Key", "value": "", "type": "secret", "enabled": True},
        {"key": "hmacKey", "value": "", "type": "secret", "enabled": True},
    ],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-05-14T09:13:02.877Z",
    "_postman_exported_using": "Postman/11.1.0"}, indent=2), None, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

pc, ps = paypal_client(), paypal_secret()
add("shell-script/paypal-basic-auth", "scripts/paypal_token.sh", f'''#!/usr/bin/env bash
# Fetch an OAuth access token for the PayPal REST API (live).
set -euo pipefail

CLIENT_ID="{pc}"
CLIENT_SECRET="{ps}"

curl -s -X POST "https://api-m.paypal.com/v1/oauth2/token" \\
  -u "$CLIENT_ID:$CLIENT_SECRET" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials" | jq -r .access_token
''', ps, "https://developer.paypal.com/api/rest/authentication/")

add("html-template/decoy-paypal-client-id", "templates/checkout/paypal_buttons.html", f'''{{% extends "checkout/base.html" %}}
{{% block head %}}
  <!-- The client id is public: the JS SDK needs it in the page. -->
  <script src="https://www.paypal.com/sdk/js?client-id={paypal_client()}&currency=EUR&intent=capture"></script>
{{% endblock %}}
{{% block content %}}
  <div id="paypal-button-container"></div>
  <script>
    paypal.Buttons({{
      createOrder: () => fetch("{{% url 'paypal-create-order' %}}", {{method: "POST"}}).then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch(`/paypal/capture/${{data.orderID}}`, {{method: "POST"}}),
    }}).render("#paypal-button-container");
  </script>
{{% endblock %}}
''', None, "https://developer.paypal.com/sdk/js/configuration/")

sq = square_token()
add("pydantic-settings/square-access-token", "services/pos_sync/pos_sync/settings.py", f'''from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class SquareSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SQUARE_", env_file=".env")

    environment: str = "production"
    location_id: str = "L8QXJ2V1B4M6T"
    access_token: SecretStr = SecretStr("{sq}")
    api_version: str = "2024-06-04"
    page_size: int = Field(100, ge=1, le=1000)


settings = SquareSettings()
''', sq, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

add("pydantic-settings/decoy-secretstr-no-default", "services/pos_sync/pos_sync/config_base.py", '''from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything secret is required and has no default: it comes from the environment."""

    model_config = SettingsConfigDict(env_file=".env", secrets_dir="/run/secrets")

    square_access_token: SecretStr
    sendgrid_api_key: SecretStr
    sentry_dsn: str | None = None
    square_location_id: str = "L8QXJ2V1B4M6T"
    log_level: str = "INFO"
''', None, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/#secrets")

rs = razorpay_secret()
add("dotenv/razorpay-key-secret", "deploy/india/.env.production", f'''# Razorpay (live) - India storefront
RAZORPAY_KEY_ID=rzp_live_{tok("", 14)}
RAZORPAY_KEY_SECRET={rs}
RAZORPAY_WEBHOOK_URL=https://in.tallyworks.io/hooks/razorpay
CURRENCY=INR
GST_STATE_CODE=29
''', rs, "https://razorpay.com/docs/api/authentication/")

add("dotenv-example/decoy-razorpay-placeholders", "deploy/india/.env.example", '''# Copy to .env.production and fill in from the Razorpay dashboard (Settings -> API Keys)
RAZORPAY_KEY_ID=rzp_live_xxxxxxxxxxxxxx
RAZORPAY_KEY_SECRET=<key secret shown once when the key is generated>
RAZORPAY_WEBHOOK_SECRET=changeme
RAZORPAY_WEBHOOK_URL=https://in.tallyworks.io/hooks/razorpay
CURRENCY=INR
''', None, "https://razorpay.com/docs/api/authentication/")

pd = paddle_key()
add("httpie-session/paddle-api-key", "tools/httpie/sessions/api.paddle.com/live.json", json.dumps({
    "__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.2"},
    "auth": {"password": None, "type": None, "username": None},
    "cookies": [],
    "headers": [
        {"name": "Authorization", "value": f"Bearer {pd}"},
        {"name": "Paddle-Version", "value": "1"},
        {"name": "Accept", "value": "application/json"},
    ]}, indent=4), pd, "https://httpie.io/docs/cli/sessions")

ml = mollie()
add("celery-config/mollie-api-key", "src/tallyworks/celeryconfig.py", f'''from celery.schedules import crontab

broker_url = "redis://redis.internal:6379/0"
result_backend = "redis://redis.internal:6379/1"
task_serializer = "json"
timezone = "Europe/Amsterdam"

beat_schedule = {{
    "reconcile-mollie-payments": {{
        "task": "billing.tasks.reconcile_mollie",
        "schedule": crontab(minute="*/15"),
        "kwargs": {{"api_key": "{ml}", "lookback_minutes": 30}},
    }},
    "expire-open-orders": {{
        "task": "billing.tasks.expire_orders",
        "schedule": crontab(hour=3, minute=0),
    }},
}}
''', ml, "https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html")

add("celery-config/decoy-env-broker", "src/tallyworks/celery_app.py", '''import os

from celery import Celery

app = Celery("tallyworks")
app.conf.update(
    broker_url=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"),
    result_backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_routes={"billing.tasks.*": {"queue": "billing"}},
)
app.autodiscover_tasks(["billing", "notifications", "crm"])
''', None, "https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html")

add("django-fixture/decoy-stripe-object-ids", "billing/fixtures/demo_subscriptions.json", json.dumps([
    {"model": "billing.customer", "pk": 1, "fields": {"stripe_id": "cus_" + tok("", 14), "email": "demo@tallyworks.io", "livemode": False}},
    {"model": "billing.subscription", "pk": 1, "fields": {"stripe_id": "sub_1P" + tok("", 22), "customer": 1, "status": "active", "price_id": "price_1P" + tok("", 22)}},
    {"model": "billing.invoice", "pk": 1, "fields": {"stripe_id": "in_1P" + tok("", 22), "subscription": 1, "amount_paid": 2900, "hosted_invoice_url": "https://invoice.stripe.com/i/acct_1N" + tok("", 14) + "/test_" + tok("", 40)}},
], indent=2), None, "https://docs.djangoproject.com/en/5.0/howto/initial-data/")

w = stripe_whsec()
add("terraform/stripe-webhook-secret-output", "infra/stripe/main.tf", f'''terraform {{
  required_providers {{
    stripe = {{
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }}
  }}
}}

provider "stripe" {{}}

resource "stripe_webhook_endpoint" "billing" {{
  url            = "https://api.tallyworks.io/webhooks/stripe"
  enabled_events = ["invoice.paid", "customer.subscription.deleted"]
}}

resource "aws_ssm_parameter" "stripe_webhook_secret" {{
  name  = "/billing/prod/stripe_webhook_secret"
  type  = "SecureString"
  value = "{w}"
}}
''', w, "https://registry.terraform.io/providers/lukasaron/stripe/latest/docs")

add("terraform/decoy-provider-from-variable", "infra/stripe/providers.tf", '''variable "stripe_api_key" {
  type      = string
  sensitive = true
}

provider "stripe" {
  api_key = var.stripe_api_key
}

data "aws_ssm_parameter" "stripe_webhook_secret" {
  name            = "/billing/prod/stripe_webhook_secret"
  with_decryption = true
}
''', None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")


# === email ===================================================================================
sg = sendgrid()
add("django-settings/sendgrid-smtp-password", "src/tallyworks/settings/mail.py", f'''# Outgoing mail through SendGrid's SMTP relay: the user is literally "apikey".
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "{sg}"
DEFAULT_FROM_EMAIL = "TallyWorks <no-reply@tallyworks.io>"
SERVER_EMAIL = "alerts@tallyworks.io"
''', sg, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/django")

sg = sendgrid()
add("jupyter-notebook/sendgrid-key-in-output", "notebooks/2024-03-churn-email-test.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import os\n", "from sendgrid import SendGridAPIClient\n", "sg = SendGridAPIClient(os.environ['SENDGRID_API_KEY'])\n", "sg.api_key"],
         "outputs": [{"data": {"text/plain": [f"'{sg}'"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": ["resp = sg.client.templates.get(query_params={'generations': 'dynamic'})\n", "resp.status_code"],
         "outputs": [{"data": {"text/plain": ["200"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.8"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), sg, "https://nbformat.readthedocs.io/en/latest/format_description.html")

add("jupyter-notebook/decoy-getpass", "notebooks/2024-04-mailgun-bounces.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["from getpass import getpass\n", "import requests\n", "MAILGUN_KEY = getpass('Mailgun API key: ')"],
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Mailgun API key: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["r = requests.get('https://api.eu.mailgun.net/v3/mg.tallyworks.io/bounces', auth=('api', MAILGUN_KEY))\n", "len(r.json()['items'])"],
         "outputs": [{"data": {"text/plain": ["412"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), None, "https://docs.python.org/3/library/getpass.html")

mg = mailgun()
add("python-requests/mailgun-auth-tuple", "scripts/send_digest.py", f'''"""Send the weekly digest through Mailgun's HTTP API (one-off, run from a laptop)."""
import sys

import requests

DOMAIN = "mg.tallyworks.io"


def send(to: str, html: str) -> None:
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{{DOMAIN}}/messages",
        auth=("api", "{mg}"),
        data={{"from": "Digest <digest@tallyworks.io>", "to": to, "subject": "Your week", "html": html}},
        timeout=10,
    )
    r.raise_for_status()


if __name__ == "__main__":
    send(sys.argv[1], open(sys.argv[2]).read())
''', mg, "https://documentation.mailgun.com/docs/mailgun/api-reference/")

pm = postmark()
add("toml-config/postmark-server-token", "config/production.toml", f'''[app]
name = "tallyworks"
base_url = "https://app.tallyworks.io"

[mail]
provider = "postmark"
server_token = "{pm}"
message_stream = "outbound"
from = "no-reply@tallyworks.io"

[queues]
default = "redis://redis.internal:6379/2"
''', pm, "https://postmarkapp.com/developer/api/overview#authentication")

add("toml-config/decoy-dynaconf-at-format", "config/settings.toml", '''[default]
mail_provider = "postmark"
postmark_server_token = "@format {env[POSTMARK_SERVER_TOKEN]}"
postmark_account_token = "@vault_path secret/data/postmark#account_token"
mail_from = "no-reply@tallyworks.io"

[development]
mail_provider = "console"
''', None, "https://www.dynaconf.com/dynamic/")

mc = mailchimp()
add("yaml-config/mailchimp-api-key", "config/marketing.yml", f'''newsletter:
  provider: mailchimp
  server: us21
  api_key: {mc}
  audience_id: 4f2a9c81d7
  double_opt_in: true
  tags:
    - trial
    - product-updates
''', mc, "https://mailchimp.com/developer/marketing/guides/quick-start/")

md = mandrill()
add("ini-config/mandrill-key", "deploy/mailer.ini", f'''[mailer]
backend = anymail.backends.mailchimp.EmailBackend
default_from = TallyWorks <no-reply@tallyworks.io>

[anymail]
mandrill_api_key = {md}
mandrill_webhook_url = https://api.tallyworks.io/anymail/mandrill/tracking/

[retry]
attempts = 3
backoff = 2.0
''', md, "https://anymail.dev/en/stable/esps/mandrill/")

ses_id, ses_pw = fakes.aws_key_id(210901), fakes.aws_secret_key(210902)
add("postfix-sasl/ses-smtp-password", "ops/postfix/sasl_passwd", f'''# Amazon SES SMTP credentials for the relay host (postmap /etc/postfix/sasl_passwd)
# Generated with IAM user ses-smtp-relay, 2024-02-11
[email-smtp.eu-west-1.amazonaws.com]:587 {ses_id}:{ses_pw}
# old region, keep until DNS cut-over is finished
# [email-smtp.us-east-1.amazonaws.com]:587 see 1Password "SES SMTP us-east-1"
''', ses_pw, "https://docs.aws.amazon.com/ses/latest/dg/postfix.html")

add("html-email/decoy-tracking-ids", "templates/email/receipt.html", f'''<!doctype html>
<html>
<body style="font-family: sans-serif">
  <p>Thanks for your payment of {{{{ amount }}}}.</p>
  <p>Receipt <code>{{{{ receipt_number }}}}</code></p>
  <img src="https://u{_rng().randint(1000000,9999999)}.ct.sendgrid.net/wf/open?upn={tok("", 60, AN + "-_")}" width="1" height="1" alt="">
  <a href="https://app.tallyworks.io/billing?utm_source=receipt&amp;mc_cid={tok("", 10, HEX)}&amp;mc_eid={tok("", 10, HEX)}">View billing</a>
</body>
</html>
''', None, "https://www.twilio.com/docs/sendgrid/ui/analytics-and-reporting/tracking-settings")

# === SMS / voice ==============================================================================
tw = twilio_token()
add("django-settings/twilio-auth-token", "src/tallyworks/settings/sms.py", f'''TWILIO_ACCOUNT_SID = "{twilio_sid()}"
TWILIO_AUTH_TOKEN = "{tw}"
TWILIO_FROM_NUMBER = "+14155550123"
TWILIO_MESSAGING_SERVICE_SID = "MG{tok("", 32, HEX)}"
TWILIO_VERIFY_SERVICE_SID = "VA{tok("", 32, HEX)}"

SMS_BACKEND = "sms.backends.twilio.SmsBackend"
SMS_RATE_LIMIT_PER_HOUR = 5
''', tw, "https://www.twilio.com/docs/usage/secure-credentials")

add("python-settings/decoy-twilio-sids", "src/tallyworks/settings/sms_base.py", f'''import os

# SIDs identify resources; they are not credentials. The auth token comes from the environment.
TWILIO_ACCOUNT_SID = "{twilio_sid()}"
TWILIO_MESSAGING_SERVICE_SID = "MG{tok("", 32, HEX)}"
TWILIO_VERIFY_SERVICE_SID = "VA{tok("", 32, HEX)}"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
SMS_BACKEND = "sms.backends.twilio.SmsBackend"
''', None, "https://www.twilio.com/docs/glossary/what-is-a-sid")

sid, tw = twilio_sid(), twilio_token()
add("restructuredtext/twilio-curl-u", "docs/runbooks/sms-outage.rst", f'''SMS outage runbook
==================

1. Check the Twilio status page.
2. Send a test message straight through the API:

.. code-block:: console

   $ curl -X POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json \\
       --data-urlencode "To=+14155550100" \\
       --data-urlencode "From=+14155550123" \\
       --data-urlencode "Body=runbook test" \\
       -u {sid}:{tw}

3. If the call succeeds but users get nothing, open a ticket with Twilio support.
''', tw, "https://www.twilio.com/docs/messaging/api/message-resource")

add("restructuredtext/decoy-twilio-env-curl", "docs/runbooks/voice-outage.rst", '''Voice outage runbook
====================

Place a test call with the credentials from the shell environment:

.. code-block:: console

   $ curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json" \\
       --data-urlencode "Url=http://demo.twilio.com/docs/voice.xml" \\
       --data-urlencode "To=+14155550100" \\
       --data-urlencode "From=+14155550123" \\
       -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"

Escalate to #oncall-telephony when the call does not ring.
''', None, "https://www.twilio.com/docs/voice/api/call-resource")

vs = vonage_secret()
add("yaml-config/vonage-api-secret", "config/sms_providers.yaml", f'''default: vonage
providers:
  vonage:
    api_key: 8f3c21ad
    api_secret: "{vs}"
    from: TallyWorks
    region: eu
  twilio:
    enabled: false
''', vs, "https://developer.vonage.com/en/getting-started/concepts/authentication")

mb = messagebird()
add("dockerfile/messagebird-env", "services/notifier/Dockerfile", f'''FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY notifier ./notifier

ENV MESSAGEBIRD_ACCESS_KEY={mb} \\
    MESSAGEBIRD_ORIGINATOR=TallyWorks \\
    PYTHONUNBUFFERED=1

CMD ["python", "-m", "notifier"]
''', mb, "https://docs.docker.com/reference/dockerfile/#env")

add("dockerfile/decoy-build-secret-mount", "services/notifier/Dockerfile.ci", '''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# The private index token is mounted for this step only and never lands in a layer.
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_index_token)@pypi.tallyworks.io/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY notifier ./notifier
CMD ["python", "-m", "notifier"]
''', None, "https://docs.docker.com/build/building/secrets/")

pl = plivo_token()
add("systemd-unit/plivo-auth-token", "ops/systemd/ivr-worker.service", f'''[Unit]
Description=TallyWorks IVR worker (Plivo)
After=network-online.target

[Service]
User=ivr
WorkingDirectory=/srv/ivr
Environment=PLIVO_AUTH_ID=MAZDQ1ZDC{tok("", 11, string.ascii_uppercase + string.digits)}
Environment=PLIVO_AUTH_TOKEN={pl}
ExecStart=/srv/ivr/.venv/bin/python -m ivr.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', pl, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

add("systemd-unit/decoy-environment-file", "ops/systemd/sms-worker.service", '''[Unit]
Description=TallyWorks SMS worker
After=network-online.target

[Service]
User=sms
EnvironmentFile=/etc/tallyworks/sms-worker.env
LoadCredential=twilio_token:/etc/credstore/twilio_token
ExecStart=/srv/sms/.venv/bin/celery -A tallyworks worker -Q sms
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', None, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

tw = twilio_token()
add("pytest-conftest/twilio-token-fixture", "tests/integration/conftest.py", f'''import pytest
from twilio.rest import Client

# Integration tests run against the real account on the nightly job.
LIVE_ACCOUNT_SID = "{twilio_sid()}"
LIVE_AUTH_TOKEN = "{tw}"


@pytest.fixture(scope="session")
def twilio_client():
    return Client(LIVE_ACCOUNT_SID, LIVE_AUTH_TOKEN)


@pytest.fixture
def verified_number():
    return "+14155550100"
''', tw, "https://www.twilio.com/docs/libraries/reference/twilio-python/")

add("pytest-conftest/decoy-fake-credentials", "tests/unit/conftest.py", '''import pytest
import responses


@pytest.fixture
def twilio_settings(settings):
    # Unit tests never leave the process: responses intercepts every call.
    settings.TWILIO_ACCOUNT_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
    settings.TWILIO_AUTH_TOKEN = "test-auth-token"
    return settings


@pytest.fixture
def mocked_responses():
    with responses.RequestsMock() as rsps:
        yield rsps
''', None, "https://github.com/getsentry/responses")


# === OAuth client secrets ======================================================================
gs = google_secret()
add("google-client-secret-json/oauth-client-secret", "src/tallyworks/auth/client_secret_web.json", json.dumps({"web": {
    "client_id": google_client_id(), "project_id": "tallyworks-prod",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs", "client_secret": gs,
    "redirect_uris": ["https://app.tallyworks.io/accounts/google/login/callback/"],
    "javascript_origins": ["https://app.tallyworks.io"]}}, indent=2), gs, "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred")

add("javascript/decoy-google-client-id", "frontend/src/auth/googleOneTap.ts", f'''// Google Identity Services: the client id is public and must be in the page.
const GOOGLE_CLIENT_ID = "{google_client_id()}";

export function initOneTap(onCredential: (jwt: string) => void) {{
  window.google.accounts.id.initialize({{
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp: {{ credential: string }}) => onCredential(resp.credential),
    auto_select: false,
  }});
  window.google.accounts.id.prompt();
}}
''', None, "https://developers.google.com/identity/gsi/web/guides/client-library")

ghs = gh_oauth_secret()
add("django-allauth-settings/github-oauth-secret", "src/tallyworks/settings/auth.py", f'''SOCIALACCOUNT_PROVIDERS = {{
    "github": {{
        "SCOPE": ["read:user", "user:email"],
        "APPS": [
            {{
                "client_id": "Iv1.{tok("", 16, HEX)}",
                "secret": "{ghs}",
                "key": "",
            }}
        ],
    }},
}}
SOCIALACCOUNT_LOGIN_ON_GET = False
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
''', ghs, "https://docs.allauth.org/en/latest/socialaccount/providers/github.html")

add("django-allauth-settings/decoy-apps-in-database", "src/tallyworks/settings/auth_base.py", '''# Social apps (client id + secret) live in the database, edited in the admin,
# so nothing secret is needed here.
SOCIALACCOUNT_PROVIDERS = {
    "google": {"SCOPE": ["profile", "email"], "AUTH_PARAMS": {"access_type": "online"}},
    "microsoft": {"TENANT": "organizations"},
    "github": {"SCOPE": ["read:user", "user:email"]},
}
SOCIALACCOUNT_ADAPTER = "accounts.adapters.SocialAccountAdapter"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
''', None, "https://docs.allauth.org/en/latest/socialaccount/configuration.html")

mss = ms_secret()
add("msal-config/entra-client-secret", "services/sso/app_config.py", f'''import os

AUTHORITY = "https://login.microsoftonline.com/{uid()}"
CLIENT_ID = "{uid()}"
CLIENT_SECRET = "{mss}"
REDIRECT_PATH = "/getAToken"
ENDPOINT = "https://graph.microsoft.com/v1.0/users"
SCOPE = ["User.ReadBasic.All"]
SESSION_TYPE = "filesystem"
DEBUG = os.getenv("FLASK_DEBUG") == "1"
''', mss, "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-web-app-python-sign-in")

ok = okta()
add("okta-yaml/okta-api-token", "ops/okta/okta.yaml", f'''okta:
  client:
    orgUrl: "https://tallyworks.okta.com"
    token: "{ok}"
    connectionTimeout: 30
    rateLimit:
      maxRetries: 4
    requestTimeout: 0
''', ok, "https://github.com/okta/okta-sdk-python#configuration-reference")

a0 = auth0_secret()
add("json-config/auth0-client-secret", "services/admin/auth0.json", json.dumps({
    "domain": "tallyworks.eu.auth0.com", "clientId": tok("", 32, AN), "clientSecret": a0,
    "audience": "https://api.tallyworks.io", "scope": "read:users update:users",
    "callbackUrl": "https://admin.tallyworks.io/callback"}, indent=2), a0, "https://auth0.com/docs/get-started/applications/application-settings")

add("json-config/decoy-auth0-spa-config", "frontend/public/auth_config.json", json.dumps({
    "domain": "tallyworks.eu.auth0.com", "clientId": tok("", 32, AN),
    "audience": "https://api.tallyworks.io", "authorizationParams": {"redirect_uri": "https://app.tallyworks.io"},
    "cacheLocation": "localstorage", "useRefreshTokens": True}, indent=2), None, "https://auth0.com/docs/libraries/auth0-single-page-app-sdk")

kc = keycloak_secret()
add("keycloak-realm-export/client-secret", "ops/keycloak/realm-tallyworks.json", json.dumps({
    "realm": "tallyworks", "enabled": True, "sslRequired": "external",
    "clients": [{"clientId": "billing-api", "enabled": True, "clientAuthenticatorType": "client-secret", "secret": kc,
                 "redirectUris": ["https://billing.tallyworks.io/*"], "serviceAccountsEnabled": True, "publicClient": False,
                 "protocol": "openid-connect"},
                {"clientId": "web", "enabled": True, "publicClient": True, "redirectUris": ["https://app.tallyworks.io/*"]}]},
    indent=2), kc, "https://www.keycloak.org/server/importExport")

add("keycloak-realm-export/decoy-masked-secret", "ops/keycloak/realm-staging.json", json.dumps({
    "realm": "tallyworks-staging", "enabled": True,
    "clients": [{"clientId": "billing-api", "enabled": True, "clientAuthenticatorType": "client-secret", "secret": "**********",
                 "redirectUris": ["https://billing.staging.tallyworks.io/*"], "publicClient": False}]},
    indent=2), None, "https://www.keycloak.org/server/importExport")

ghs = gh_oauth_secret()
add("authlib-flask/github-client-secret-split", "web/oauth.py", f'''from authlib.integrations.flask_client import OAuth

oauth = OAuth()

# split so the grep in the pre-receive hook does not trip (temporary!)
_GH_SECRET = ("{ghs[:20]}"
              "{ghs[20:]}")

oauth.register(
    name="github",
    client_id="Ov23li{tok("", 14, AN)}",
    client_secret=_GH_SECRET,
    access_token_url="https://github.com/login/oauth/access_token",
    authorize_url="https://github.com/login/oauth/authorize",
    api_base_url="https://api.github.com/",
    client_kwargs={{"scope": "user:email"}},
)
''', ghs, "https://docs.authlib.org/en/latest/client/flask.html")

gs = google_secret()
add("k8s-secret/google-oauth-secret-base64", "deploy/k8s/base/oauth-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: oauth-google
  namespace: tallyworks
type: Opaque
data:
  GOOGLE_CLIENT_ID: {b64(google_client_id())}
  GOOGLE_CLIENT_SECRET: {b64(gs)}
''', gs, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("k8s-external-secret/decoy-remote-ref", "deploy/k8s/base/oauth-externalsecret.yaml", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: oauth-google
  namespace: tallyworks
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: gcp-secret-manager
    kind: ClusterSecretStore
  target:
    name: oauth-google
  data:
    - secretKey: GOOGLE_CLIENT_SECRET
      remoteRef:
        key: google-oauth-client-secret
        version: latest
''', None, "https://external-secrets.io/latest/api/externalsecret/")

add("sealed-secret/decoy-ciphertext", "deploy/k8s/prod/oauth-sealedsecret.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: oauth-microsoft
  namespace: tallyworks
spec:
  encryptedData:
    MS_CLIENT_SECRET: AgB{tok("", 340, AN + "+/")}==
  template:
    metadata:
      name: oauth-microsoft
    type: Opaque
''', None, "https://github.com/bitnami-labs/sealed-secrets#usage")

# === webhook signing secrets ===================================================================
ws = "whsec_" + b64(tok("", 24, AN))
add("svix-python/webhook-secret", "app/webhooks/svix_receiver.py", f'''from fastapi import FastAPI, Request, Response
from svix.webhooks import Webhook, WebhookVerificationError

app = FastAPI()
wh = Webhook("{ws}")


@app.post("/webhooks/svix")
async def receive(request: Request, response: Response):
    body = await request.body()
    try:
        payload = wh.verify(body, dict(request.headers))
    except WebhookVerificationError:
        response.status_code = 400
        return
    return {{"ok": True, "type": payload["type"]}}
''', ws, "https://docs.svix.com/receiving/verifying-payloads/how")

hk = tok("", 32, HEX)
add("github-actions/shopify-hmac-secret", ".github/workflows/shopify-webhook-e2e.yml", f'''name: shopify-webhook-e2e
on:
  schedule:
    - cron: "0 4 * * *"
  workflow_dispatch:

jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_API_SECRET: {hk}
      SHOPIFY_SHOP: tallyworks-dev.myshopify.com
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -e .[test]
      - run: pytest tests/e2e/test_shopify_webhooks.py -v
''', hk, "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", '''name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
      SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
      TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl secrets set STRIPE_SECRET_KEY="$STRIPE_SECRET_KEY" SENDGRID_API_KEY="$SENDGRID_API_KEY" --stage
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
''', None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

hk = tok("", 40, AN)
add("python-hmac/webhook-signing-key-bytes", "app/webhooks/signing.py", f'''import hashlib
import hmac
import time

# Key we sign outgoing webhooks with; customers get it in the dashboard.
SIGNING_KEY = b"{hk}"


def sign(payload: bytes, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    mac = hmac.new(SIGNING_KEY, f"{{ts}}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={{ts}},v1={{mac}}"


def verify(payload: bytes, header: str, tolerance: int = 300) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    ts = int(parts["t"])
    return abs(time.time() - ts) < tolerance and hmac.compare_digest(sign(payload, ts), header)
''', hk, "https://docs.python.org/3/library/hmac.html")

add("python-test/decoy-hmac-test-vector", "tests/unit/test_signing.py", f'''from app.webhooks import signing


def test_sign_is_stable(monkeypatch):
    monkeypatch.setattr(signing, "SIGNING_KEY", b"unit-test-key")
    header = signing.sign(b'{{"id": 1}}', ts=1700000000)
    assert header == "t=1700000000,v1={sha256()}"


def test_verify_rejects_old(monkeypatch):
    monkeypatch.setattr(signing, "SIGNING_KEY", b"unit-test-key")
    assert not signing.verify(b"{{}}", "t=1,v1=00", tolerance=10)
''', None, "https://docs.python.org/3/library/hmac.html")


# === CRM / support ==========================================================================
sf = salesforce_secret()
add("simple-salesforce/consumer-secret", "crm/salesforce_client.py", f'''from simple_salesforce import Salesforce

CONSUMER_KEY = "3MVG9{tok("", 80, AN + "._")}"
CONSUMER_SECRET = "{sf}"


def connect(username: str, password: str) -> Salesforce:
    return Salesforce(
        username=username,
        password=password,
        consumer_key=CONSUMER_KEY,
        consumer_secret=CONSUMER_SECRET,
        domain="login",
    )
''', sf, "https://simple-salesforce.readthedocs.io/en/latest/user_guide/queries.html")

pem = fakes.fake_pem(210950)
add("pem-file/salesforce-jwt-private-key", "crm/certs/sf_jwt_server.key", pem, pem, "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm")

add("pem-file/decoy-salesforce-certificate", "crm/certs/sf_jwt_server.crt", "-----BEGIN CERTIFICATE-----\n" + "\n".join(tok("", 64, AN + "+/") for _ in range(14)) + "\n" + tok("", 20, AN + "+/") + "==\n-----END CERTIFICATE-----", None, "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm")

sfpw = words_pw()
add("xml-config/salesforce-build-password", "crm/sfdx/build.properties", f'''# Ant Migration Tool properties
sf.username = integration@tallyworks.io
sf.password = {sfpw}
sf.serverurl = https://login.salesforce.com
sf.maxPoll = 200
sf.pollWaitMillis = 10000
''', sfpw, "https://developer.salesforce.com/docs/atlas.en-us.daas.meta/daas/forcemigrationtool_connect.htm")

hs = hubspot()
add("hubspot-python/private-app-token", "crm/hubspot_sync.py", f'''import hubspot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

client = hubspot.Client.create(access_token="{hs}")


def upsert_contact(email: str, plan: str) -> str:
    obj = SimplePublicObjectInputForCreate(properties={{"email": email, "tallyworks_plan": plan}})
    created = client.crm.contacts.basic_api.create(simple_public_object_input_for_create=obj)
    return created.id
''', hs, "https://github.com/HubSpot/hubspot-api-python")

add("html-template/decoy-hubspot-portal-id", "templates/marketing/base.html", f'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{% block title %}}TallyWorks{{% endblock %}}</title>
  <!-- Start of HubSpot Embed Code -->
  <script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/{_rng().randint(10000000, 99999999)}.js"></script>
  <!-- End of HubSpot Embed Code -->
  <script src="https://www.google.com/recaptcha/api.js?render=6L{tok("", 38, AN + "-_")}"></script>
</head>
<body>{{% block content %}}{{% endblock %}}</body>
</html>
''', None, "https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code")

zd = zendesk()
add("support-ticket-export-csv/zendesk-token-in-comment", "exports/support/tickets-2024-05.csv", f'''id,created_at,requester,subject,status,latest_comment
48211,2024-05-02T08:14:11Z,ops@brightlane.example,"Invoice PDF missing",solved,"Regenerated the PDF, closed."
48219,2024-05-02T10:41:53Z,it@harbourfin.example,"SSO loop on login",pending,"Asked for a HAR file."
48230,2024-05-03T13:02:27Z,dev@pinecrest.example,"Zendesk sidebar app not loading",open,"Customer shared their setup: subdomain pinecrest, email admin@pinecrest.example/token, API token {zd} - please rotate after debugging"
48236,2024-05-03T15:22:09Z,finance@oakridge.example,"VAT number rejected",solved,"VIES was down; retried."
''', zd, "https://support.zendesk.com/hc/en-us/articles/4408886165402-Exporting-ticket-user-or-organization-data-from-your-account")

add("support-ticket-export-csv/decoy-redacted", "exports/support/tickets-2024-06.csv", f'''id,created_at,requester,subject,status,latest_comment
49102,2024-06-01T07:55:40Z,ops@brightlane.example,"Webhook retries",solved,"Signature header was t=1717228540,v1={sha256()}; clock skew on their side."
49117,2024-06-02T12:10:03Z,dev@pinecrest.example,"API key leaked?",solved,"Customer pasted a key; we revoked it and replaced it with [REDACTED] in this ticket."
49120,2024-06-02T16:48:19Z,it@harbourfin.example,"Request id for failed export",open,"Request id {uid()}"
49131,2024-06-03T09:30:12Z,finance@oakridge.example,"Card declined",solved,"Stripe decline code do_not_honor; customer used another card."
''', None, "https://support.zendesk.com/hc/en-us/articles/4408886165402")

ic = intercom()
add("env-file/intercom-access-token", "services/helpdesk/.env", f'''INTERCOM_APP_ID=x4k2q9ze
INTERCOM_ACCESS_TOKEN={ic}
INTERCOM_API_VERSION=2.11
HELPDESK_DEFAULT_ASSIGNEE=support-tier1
LOG_LEVEL=info
''', ic, "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication")

fd = freshdesk()
add("python-requests/freshdesk-basic-auth-base64", "crm/freshdesk_export.py", f'''import requests

# Freshdesk wants the API key as the Basic-auth user with any password ("X").
HEADERS = {{
    "Authorization": "Basic {b64(fd + ':X')}",
    "Content-Type": "application/json",
}}


def tickets(page: int = 1) -> list:
    r = requests.get(
        "https://tallyworks.freshdesk.com/api/v2/tickets",
        params={{"page": page, "per_page": 100}},
        headers=HEADERS,
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
''', fd, "https://developers.freshdesk.com/api/#authentication")

# === analytics / feature flags ====================================================================
ms_ = mixpanel_secret()
add("airflow-dag/mixpanel-api-secret", "dags/mixpanel_export.py", f'''from datetime import datetime

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["analytics"])
def mixpanel_export():
    @task
    def export(ds=None):
        import requests

        r = requests.get(
            "https://data-eu.mixpanel.com/api/2.0/export",
            params={{"from_date": ds, "to_date": ds}},
            auth=("{ms_}", ""),
            timeout=600,
        )
        r.raise_for_status()
        return len(r.content)

    export()


mixpanel_export()
''', ms_, "https://developer.mixpanel.com/reference/raw-event-export")

add("javascript/decoy-mixpanel-project-token", "frontend/src/analytics/mixpanel.ts", f'''import mixpanel from "mixpanel-browser";

// Project tokens are public by design: they only allow sending events.
mixpanel.init("{tok("", 32, HEX)}", {{
  api_host: "https://api-eu.mixpanel.com",
  track_pageview: "url-with-path",
  persistence: "localStorage",
}});

export const track = (event: string, props: Record<string, unknown> = {{}}) => mixpanel.track(event, props);
''', None, "https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript")

am = amplitude_secret()
add("dbt-profile/amplitude-secret-in-vars", "analytics/dbt_project.yml", f'''name: tallyworks_analytics
version: "1.4.0"
config-version: 2
profile: tallyworks

vars:
  amplitude_project_id: "412877"
  amplitude_api_key: "{tok("", 32, HEX)}"
  amplitude_secret_key: "{am}"
  start_date: "2023-01-01"

models:
  tallyworks_analytics:
    staging:
      +materialized: view
    marts:
      +materialized: table
''', am, "https://docs.getdbt.com/reference/dbt_project.yml")

ld = ld_sdk()
add("launchdarkly-python/server-sdk-key", "src/tallyworks/flags.py", f'''import ldclient
from ldclient import Context
from ldclient.config import Config

ldclient.set_config(Config("{ld}", send_events=True))
client = ldclient.get()


def enabled(flag: str, user_key: str, plan: str = "free") -> bool:
    ctx = Context.builder(user_key).kind("user").set("plan", plan).build()
    return client.variation(flag, ctx, False)
''', ld, "https://docs.launchdarkly.com/sdk/server-side/python")

add("javascript/decoy-launchdarkly-client-side-id", "frontend/src/flags/ld.ts", f'''import {{ initialize }} from "launchdarkly-js-client-sdk";

// The client-side ID is not secret; it is shipped to every browser.
const CLIENT_SIDE_ID = "{tok("", 24, HEX)}";

export const ld = initialize(CLIENT_SIDE_ID, {{ kind: "user", key: "anonymous", anonymous: true }}, {{
  bootstrap: "localStorage",
  streaming: true,
}});
''', None, "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side")

ldapi = ld_api()
add("terraform/launchdarkly-access-token", "infra/flags/main.tf", f'''terraform {{
  required_providers {{
    launchdarkly = {{
      source  = "launchdarkly/launchdarkly"
      version = "~> 2.18"
    }}
  }}
}}

provider "launchdarkly" {{
  access_token = "{ldapi}"
}}

resource "launchdarkly_feature_flag" "new_checkout" {{
  project_key    = "tallyworks"
  key            = "new-checkout"
  name           = "New checkout"
  variation_type = "boolean"
}}
''', ldapi, "https://registry.terraform.io/providers/launchdarkly/launchdarkly/latest/docs")

ph = posthog_personal()
add("makefile/posthog-personal-key", "analytics/Makefile", f'''POSTHOG_HOST ?= https://eu.posthog.com
POSTHOG_PROJECT ?= 31542
POSTHOG_PERSONAL_API_KEY ?= {ph}

.PHONY: export-insights
export-insights:
\tcurl -s -H "Authorization: Bearer $(POSTHOG_PERSONAL_API_KEY)" \\
\t  "$(POSTHOG_HOST)/api/projects/$(POSTHOG_PROJECT)/insights/?limit=200" > insights.json

.PHONY: clean
clean:
\trm -f insights.json
''', ph, "https://posthog.com/docs/api")

add("python-settings/decoy-posthog-project-key", "src/tallyworks/analytics.py", f'''import posthog

# phc_ project keys are write-only and safe to publish.
posthog.project_api_key = "{posthog_project()}"
posthog.host = "https://eu.i.posthog.com"
posthog.disabled = False


def capture(user_id: str, event: str, **props) -> None:
    posthog.capture(user_id, event, properties=props)
''', None, "https://posthog.com/docs/libraries/python")

op = optimizely_token()
add("bash-history/optimizely-token", "ops/notes/bastion_bash_history", f'''cd /srv/tallyworks
git pull --ff-only
sudo systemctl restart tallyworks-web
curl -s https://cdn.optimizely.com/datafiles/{tok("", 22, AN)}.json | jq .revision
curl -s -H "Authorization: Bearer {op}" https://api.optimizely.com/v2/projects | jq '.[].name'
tail -n 200 /var/log/tallyworks/web.log
exit
''', op, "https://docs.developers.optimizely.com/feature-experimentation/reference/authentication")

add("python-settings/decoy-optimizely-sdk-key", "src/tallyworks/experiments.py", f'''from optimizely import optimizely

# The SDK key only fetches the public datafile from the CDN.
client = optimizely.Optimizely(sdk_key="{tok("", 22, AN)}")


def bucket(user_id: str, flag: str = "pricing_page_v2"):
    user = client.create_user_context(user_id)
    return user.decide(flag).variation_key
''', None, "https://docs.developers.optimizely.com/feature-experimentation/docs/initialize-sdk-python")


# === search and maps ===========================================================================
al = algolia_admin()
add("django-settings/algolia-admin-key", "src/tallyworks/settings/search.py", f'''ALGOLIA = {{
    "APPLICATION_ID": "K7Q2ZP4M1X",
    "API_KEY": "{al}",
    "INDEX_PREFIX": "prod",
    "AUTO_INDEXING": True,
    "RAISE_EXCEPTIONS": False,
}}
''', al, "https://www.algolia.com/doc/framework-integration/django/setup/")

add("javascript/decoy-algolia-search-only-key", "frontend/src/search/client.ts", f'''import algoliasearch from "algoliasearch/lite";

// Search-only API key: safe in the browser, restricted to the prod_docs index.
export const searchClient = algoliasearch("K7Q2ZP4M1X", "{tok("", 32, HEX)}");
export const INDEX = "prod_docs";
export const HITS_PER_PAGE = 12;
''', None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

ek = elastic_api_key()
add("python-client/elastic-cloud-api-key", "search/es_client.py", f'''from elasticsearch import Elasticsearch

CLOUD_ID = "tallyworks-prod:{b64("europe-west1.gcp.cloud.es.io:443$" + tok("", 32, HEX) + "$" + tok("", 32, HEX))}"

es = Elasticsearch(
    cloud_id=CLOUD_ID,
    api_key="{ek}",
    request_timeout=30,
)


def search_docs(q: str):
    return es.search(index="docs", query={{"match": {{"body": q}}}}, size=20)
''', ek, "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html")

add("yaml-config/decoy-elastic-cloud-id", "deploy/filebeat/filebeat.yml", f'''filebeat.inputs:
  - type: filestream
    id: tallyworks-web
    paths:
      - /var/log/tallyworks/*.log

cloud.id: "tallyworks-prod:{b64("europe-west1.gcp.cloud.es.io:443$" + tok("", 32, HEX) + "$" + tok("", 32, HEX))}"
cloud.auth: "${{ES_USERNAME}}:${{ES_PASSWORD}}"

processors:
  - add_host_metadata: ~
''', None, "https://www.elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html")

mbk = mapbox_sk()
add("terraform-tfvars/mapbox-secret-token", "infra/maps/prod.tfvars", f'''region              = "eu-central-1"
tiles_bucket        = "tallyworks-tiles-prod"
mapbox_username     = "acme-maps"
mapbox_access_token = "{mbk}"
tileset_ids         = ["acme-maps.stores-v3", "acme-maps.regions-v1"]
''', mbk, "https://docs.mapbox.com/accounts/guides/tokens/")

add("javascript/decoy-mapbox-public-token", "frontend/src/maps/storeMap.js", f'''import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "{mapbox_pk()}";

export function storeMap(container) {{
  return new mapboxgl.Map({{
    container,
    style: "mapbox://styles/acme-maps/clt0store",
    center: [4.895, 52.370],
    zoom: 11,
  }});
}}
''', None, "https://docs.mapbox.com/help/glossary/access-token/")

# === storage / CDN ============================================================================
cl = tok("", 27, AN + "-_")
add("dotenv/cloudinary-url", "services/media/.env.production", f'''CLOUDINARY_URL=cloudinary://{_rng().randint(100000000000000, 999999999999999)}:{cl}@tallyworks
MEDIA_MAX_UPLOAD_MB=25
MEDIA_FOLDER=prod
MEDIA_SECURE_URLS=true
MEDIA_ALLOWED_TYPES=image/png,image/jpeg,image/webp
''', cl, "https://cloudinary.com/documentation/django_integration#configuration")

add("python-settings/decoy-cloudinary-public-urls", "services/media/media/defaults.py", f'''# Public delivery URLs: cloud name + public ids, no credentials.
DEFAULT_AVATAR = "https://res.cloudinary.com/tallyworks/image/upload/v1712{_rng().randint(100000,999999)}/avatars/default_{tok("", 8, string.ascii_lowercase + string.digits)}.png"
OG_IMAGE = "https://res.cloudinary.com/tallyworks/image/upload/c_fill,w_1200,h_630/marketing/og-home.jpg"
THUMB_TRANSFORM = "c_thumb,g_face,w_160,h_160"
MAX_UPLOAD_MB = 25
ALLOWED_FORMATS = ("png", "jpg", "webp")
''', None, "https://cloudinary.com/documentation/image_transformations")

bk = b2_key()
add("rclone-conf/backblaze-app-key", "ops/backup/rclone.conf", f'''[b2-backups]
type = b2
account = 005{tok("", 22, HEX)}
key = {bk}
hard_delete = false

[local-archive]
type = local
nounc = true
''', bk, "https://rclone.org/b2/")

wid, wsk = wasabi_id(), fakes.aws_secret_key(210960)
add("aws-credentials/wasabi-profile", "ops/backup/aws_credentials", f'''[default]
region = eu-central-1

[wasabi]
aws_access_key_id = {wid}
aws_secret_access_key = {wsk}
''', wsk, "https://docs.wasabi.com/docs/how-do-i-use-aws-cli-with-wasabi")

bn = bunny_key()
add("django-storages/bunny-storage-password", "src/tallyworks/settings/storage.py", f'''STORAGES = {{
    "default": {{
        "BACKEND": "django_bunny.storage.BunnyStorage",
        "OPTIONS": {{
            "username": "tallyworks-media",
            "password": "{bn}",
            "region": "de",
            "base_url": "https://media.tallyworks.io/",
        }},
    }},
    "staticfiles": {{"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}},
}}
''', bn, "https://docs.bunny.net/reference/storage-api")

aki, ask = fakes.aws_key_id(210961), fakes.aws_secret_key(210962)
add("s3cmd-config/s3-secret-key", "ops/backup/.s3cfg", f'''[default]
access_key = {aki}
secret_key = {ask}
host_base = s3.eu-central-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-central-1.amazonaws.com
use_https = True
signature_v2 = False
''', ask, "https://s3tools.org/kb/item14.htm")

add("python-settings/decoy-presigned-url", "tests/fixtures/export_links.py", f'''# Captured from a staging run; the link expired after an hour.
EXPORT_URL = (
    "https://tallyworks-exports.s3.eu-central-1.amazonaws.com/2024/05/export.csv"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=ASIA{tok("", 16, string.ascii_uppercase + "234567")}%2F20240514%2Feu-central-1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20240514T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature={sha256()}"
)
''', None, "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html")

# === LLM APIs =================================================================================
oa = fakes.openai_key(210970)
add("fastapi-settings/openai-key-default", "services/assistant/assistant/config.py", f'''from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    openai_api_key: str = "{oa}"
    openai_model: str = "gpt-4o-mini"
    max_tokens: int = 800
    temperature: float = 0.2


@lru_cache
def get_settings() -> Settings:
    return Settings()
''', oa, "https://fastapi.tiangolo.com/advanced/settings/")

an = anthropic()
add("jupyter-notebook/anthropic-key-in-source", "notebooks/ticket-triage-prototype.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Ticket triage with Claude\n", "Prototype, do not ship."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["import anthropic\n", f"client = anthropic.Anthropic(api_key=\"{an}\")"], "outputs": []},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["msg = client.messages.create(model='claude-3-5-sonnet-latest', max_tokens=200,\n", "    messages=[{'role': 'user', 'content': 'Classify: invoice missing'}])\n", "msg.content[0].text"],
         "outputs": [{"data": {"text/plain": ["'billing'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), an, "https://docs.anthropic.com/en/api/client-sdks")

co = cohere()
add("langchain-script/cohere-key", "services/assistant/rerank.py", f'''from langchain_cohere import CohereRerank
from langchain.retrievers import ContextualCompressionRetriever

from .store import vector_store

compressor = CohereRerank(
    model="rerank-english-v3.0",
    cohere_api_key="{co}",
    top_n=5,
)
retriever = ContextualCompressionRetriever(
    base_compressor=compressor,
    base_retriever=vector_store.as_retriever(search_kwargs={{"k": 20}}),
)
''', co, "https://python.langchain.com/docs/integrations/retrievers/cohere-reranker/")

h = hf()
add("github-actions/hf-token-env", ".github/workflows/push-model.yml", f'''name: push-model
on:
  workflow_dispatch:

jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install huggingface_hub
      - run: huggingface-cli upload tallyworks/ticket-classifier ./model .
        env:
          HF_TOKEN: {h}
''', h, "https://huggingface.co/docs/huggingface_hub/guides/cli")

rp = replicate()
add("shell-script/replicate-token-export", "scripts/gen_thumbnails.sh", f'''#!/bin/sh
# Generate marketing thumbnails with SDXL on Replicate.
export REPLICATE_API_TOKEN={rp}

for prompt in "invoice on a desk" "team dashboard" "mobile receipt"; do
  curl -s -X POST https://api.replicate.com/v1/predictions \\
    -H "Authorization: Bearer $REPLICATE_API_TOKEN" \\
    -H "Content-Type: application/json" \\
    -d "{{\\"version\\": \\"{sha256()}\\", \\"input\\": {{\\"prompt\\": \\"$prompt\\"}}}}"
done
''', rp, "https://replicate.com/docs/reference/http")

add("markdown-readme/decoy-openai-key-placeholder", "services/assistant/README.md", '''# Assistant service

Set the key in your shell before running:

```bash
export OPENAI_API_KEY="sk-proj-..."
export ANTHROPIC_API_KEY="sk-ant-api03-YOUR-KEY-HERE"
uvicorn assistant.main:app --reload
```

In production both keys come from AWS Secrets Manager (`assistant/prod/llm`).
Rotate them with `make rotate-llm-keys`.
''', None, "https://platform.openai.com/docs/quickstart")


# === the same integrations, in the other places they land ======================================
# Each carrier: (format, path pattern, text(name, value, n), decoy value for name, source).
def _compose(k, v, n):
    return f'''services:
  worker-{n}:
    image: ghcr.io/tallyworks/worker:2024.5.{n}
    command: celery -A tallyworks worker -Q integrations
    environment:
      DJANGO_SETTINGS_MODULE: tallyworks.settings.production
      {k}: "{v}"
      CELERY_BROKER_URL: redis://redis:6379/0
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
'''


def _helm(k, v, n):
    return f'''replicaCount: {n + 1}
image:
  repository: ghcr.io/tallyworks/api
  tag: "2024.5.{n}"
env:
  LOG_LEVEL: info
  {k}: "{v}"
resources:
  limits:
    memory: 512Mi
'''


def _ansible(k, v, n):
    return f'''---
app_user: tallyworks
app_release: "2024.5.{n}"
gunicorn_workers: 4
{k.lower()}: "{v}"
nginx_server_name: app.tallyworks.io
'''


def _serverless(k, v, n):
    return f'''service: tallyworks-hooks-{n}
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    {k}: {v}
functions:
  receive:
    handler: hooks.handler.receive
    events:
      - httpApi: "POST /hooks/{n}"
'''


def _zappa(k, v, n):
    return json.dumps({"production": {"app_function": "tallyworks.wsgi.application", "aws_region": "eu-west-1",
                                      "project_name": f"tallyworks-{n}", "runtime": "python3.12", "s3_bucket": f"zappa-tallyworks-{n}",
                                      "environment_variables": {"DJANGO_SETTINGS_MODULE": "tallyworks.settings.production", k: v}}}, indent=4)


def _gae(k, v, n):
    return f'''runtime: python312
service: integrations-{n}
entrypoint: gunicorn -b :$PORT tallyworks.wsgi
instance_class: F2
env_variables:
  DJANGO_SETTINGS_MODULE: "tallyworks.settings.production"
  {k}: "{v}"
automatic_scaling:
  max_instances: 4
'''


def _fly(k, v, n):
    return f'''app = "tallyworks-worker-{n}"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[env]
  LOG_LEVEL = "info"
  {k} = "{v}"

[[vm]]
  memory = "512mb"
'''


def _render(k, v, n):
    return f'''services:
  - type: worker
    name: tallyworks-worker-{n}
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: celery -A tallyworks worker
    envVars:
      - key: PYTHON_VERSION
        value: 3.12.3
      - key: {k}
        value: {v}
'''


def _supervisor(k, v, n):
    return f'''[program:integrations-{n}]
command=/srv/tallyworks/.venv/bin/celery -A tallyworks worker -Q integrations
directory=/srv/tallyworks
user=tallyworks
autostart=true
autorestart=true
environment=DJANGO_SETTINGS_MODULE="tallyworks.settings.production",{k}="{v}"
stdout_logfile=/var/log/tallyworks/integrations-{n}.log
'''


def _crontab(k, v, n):
    return f'''SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=ops@tallyworks.io
# m h dom mon dow command
{n} 2 * * * {k}={v} /srv/tallyworks/.venv/bin/python -m tallyworks.jobs.sync_{n} >> /var/log/tallyworks/sync_{n}.log 2>&1
30 3 * * 0 /srv/tallyworks/.venv/bin/python manage.py clearsessions
'''


def _tox(k, v, n):
    return f'''[tox]
envlist = py311, py312, integration{n}

[testenv]
deps = -r requirements-test.txt
commands = pytest {{posargs}}

[testenv:integration{n}]
setenv =
    {k} = {v}
commands = pytest tests/integration -m live
'''


def _gitlab(k, v, n):
    return f'''stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  {k}: "{v}"

integration-{n}:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest tests/integration -m live
'''


def _jenkins(k, v, n):
    return f'''pipeline {{
    agent {{ label 'python' }}
    environment {{
        DJANGO_SETTINGS_MODULE = 'tallyworks.settings.ci'
        {k} = '{v}'
    }}
    stages {{
        stage('Integration {n}') {{
            steps {{
                sh 'pip install -e .[test]'
                sh 'pytest tests/integration -m live'
            }}
        }}
    }}
}}
'''


def _powershell(k, v, n):
    return f'''# Local setup for Windows developers (integration {n})
$ErrorActionPreference = "Stop"
python -m venv .venv
.\\.venv\\Scripts\\Activate.ps1
pip install -e ".[dev]"
$env:{k} = "{v}"
python manage.py runserver 0.0.0.0:8000
'''


def _webconfig(k, v, n):
    return f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PYTHONPATH" value="D:\\home\\site\\wwwroot" />
    <add key="WSGI_HANDLER" value="tallyworks.wsgi.application" />
    <add key="{k}" value="{v}" />
  </appSettings>
  <system.webServer>
    <handlers>
      <add name="PythonHandler{n}" path="*" verb="*" modules="httpPlatformHandler" resourceType="Unspecified" />
    </handlers>
  </system.webServer>
</configuration>
'''


def _vscode(k, v, n):
    return json.dumps({"version": "0.2.0", "configurations": [{"name": f"Django: runserver {n}", "type": "debugpy", "request": "launch",
                                                               "program": "${workspaceFolder}/manage.py", "args": ["runserver"], "django": True,
                                                               "env": {"DJANGO_SETTINGS_MODULE": "tallyworks.settings.dev", k: v}}]}, indent=2)


def _devcontainer(k, v, n):
    return json.dumps({"name": f"tallyworks-{n}", "image": "mcr.microsoft.com/devcontainers/python:3.12",
                       "forwardPorts": [8000], "postCreateCommand": "pip install -e .[dev]",
                       "containerEnv": {"DJANGO_SETTINGS_MODULE": "tallyworks.settings.dev", k: v}}, indent=2)


def _configmap(k, v, n):
    return f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: integrations-{n}
  namespace: tallyworks
data:
  LOG_LEVEL: info
  {k}: "{v}"
'''


def _kustomize(k, v, n):
    return f'''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: tallyworks
resources:
  - ../../base
secretGenerator:
  - name: integrations-{n}
    literals:
      - {k}={v}
'''


def _http(k, v, n):
    return f'''@host = https://api.tallyworks.io
@token = {v}

### list integrations ({n})
GET {{{{host}}}}/v1/integrations
Authorization: Bearer {{{{token}}}}
Accept: application/json

### {k.lower()} health
GET {{{{host}}}}/v1/integrations/health
Authorization: Bearer {{{{token}}}}
'''


def _bru(k, v, n):
    return f'''meta {{
  name: Sync contacts {n}
  type: http
  seq: {n}
}}

post {{
  url: https://api.tallyworks.io/v1/sync
  body: json
  auth: bearer
}}

auth:bearer {{
  token: {v}
}}

body:json {{
  {{ "source": "{k.lower()}" }}
}}
'''


def _sql(k, v, n):
    return f'''-- Seed integration credentials for tenant {n} (staging restore)
BEGIN;
INSERT INTO integrations_connection (tenant_id, provider, setting, value, created_at)
VALUES ({n}, '{k.split("_")[0].lower()}', '{k.lower()}', '{v}', now());
UPDATE tenants SET onboarding_step = 'done' WHERE id = {n};
COMMIT;
'''


def _log(k, v, n):
    return f'''2024-05-14 10:1{n % 10}:01,412 INFO  tallyworks.integrations starting sync run={n}
2024-05-14 10:1{n % 10}:01,418 DEBUG tallyworks.integrations config loaded: {{'{k}': '{v}', 'timeout': 30}}
2024-05-14 10:1{n % 10}:02,003 INFO  tallyworks.integrations fetched 214 records
2024-05-14 10:1{n % 10}:02,551 WARNING tallyworks.integrations 3 records skipped (missing email)
2024-05-14 10:1{n % 10}:02,560 INFO  tallyworks.integrations done in 1.15s
'''


def _properties(k, v, n):
    return f'''# integration {n} (used by the Java invoice renderer)
renderer.threads=4
renderer.output.dir=/var/lib/tallyworks/pdf
{k.lower().replace("_", ".")}={v}
renderer.timeout.ms=30000
'''


def _netlify(k, v, n):
    return f'''[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  {k} = "{v}"

[[redirects]]
  from = "/api/*"
  to = "https://api.tallyworks.io/:splat"
  status = 200
'''


def _ini(k, v, n):
    return f'''[DEFAULT]
timeout = 30
retries = 3

[integration_{n}]
enabled = true
{k.lower()} = {v}
base_url = https://api.tallyworks.io
'''


CARRIERS = [
    ("docker-compose", "deploy/compose/worker-{n}.docker-compose.yml", _compose, "${{{k}}}", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"),
    ("helm-values", "deploy/helm/integrations/values-{n}.yaml", _helm, "", "https://helm.sh/docs/chart_template_guide/values_files/"),
    ("ansible-vars", "ops/ansible/group_vars/web{n}/vars.yml", _ansible, "{{{{ vault_{kl} }}}}", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible"),
    ("serverless-yaml", "hooks/svc{n}/serverless.yml", _serverless, "${{ssm:/tallyworks/prod/{kl}}}", "https://www.serverless.com/framework/docs/providers/aws/guide/variables"),
    ("zappa-settings", "deploy/zappa/{n}/zappa_settings.json", _zappa, "", "https://github.com/zappa/Zappa#remote-environment-variables"),
    ("gae-app-yaml", "deploy/gae/integrations-{n}/app.yaml", _gae, "", "https://cloud.google.com/appengine/docs/standard/reference/app-yaml"),
    ("fly-toml", "deploy/fly/worker-{n}/fly.toml", _fly, "", "https://fly.io/docs/reference/configuration/#the-env-variables-section"),
    ("render-yaml", "deploy/render/worker-{n}/render.yaml", _render, "", "https://docs.render.com/blueprint-spec"),
    ("supervisor-conf", "ops/supervisor/conf.d/integrations-{n}.conf", _supervisor, "%(ENV_{k})s", "http://supervisord.org/configuration.html#program-x-section-values"),
    ("crontab", "ops/cron/sync-{n}.crontab", _crontab, "$(cat /run/secrets/{kl})", "https://man7.org/linux/man-pages/man5/crontab.5.html"),
    ("tox-ini", "tools/integration{n}/tox.ini", _tox, "{{env:{k}}}", "https://tox.wiki/en/latest/config.html#set_env"),
    ("gitlab-ci", "ci/integration-{n}.gitlab-ci.yml", _gitlab, "$VAULT_{k}", "https://docs.gitlab.com/ee/ci/variables/"),
    ("jenkinsfile", "ci/jenkins/integration-{n}.Jenkinsfile", _jenkins, "", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials"),
    ("powershell", "scripts/windows/dev-setup-{n}.ps1", _powershell, "", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"),
    ("web-config-xml", "deploy/azure/site{n}/web.config", _webconfig, "#{{{k}}}#", "https://learn.microsoft.com/en-us/azure/app-service/configure-language-python"),
    ("vscode-launch", ".vscode/launch-{n}.json", _vscode, "${{env:{k}}}", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes"),
    ("devcontainer", ".devcontainer/integration-{n}/devcontainer.json", _devcontainer, "${{localEnv:{k}}}", "https://containers.dev/implementors/json_reference/"),
    ("k8s-configmap", "deploy/k8s/base/integrations-{n}-configmap.yaml", _configmap, "", "https://kubernetes.io/docs/concepts/configuration/configmap/"),
    ("kustomization", "deploy/k8s/overlays/tenant{n}/kustomization.yaml", _kustomize, "", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/"),
    ("rest-client-http", "tools/rest/integrations-{n}.http", _http, "{{{{$dotenv {k}}}}}", "https://github.com/Huachao/vscode-restclient#variables"),
    ("bruno-request", "bruno/tallyworks-api/sync-{n}.bru", _bru, "{{{{apiToken}}}}", "https://docs.usebruno.com/bru-lang/overview"),
    ("sql-seed", "db/seeds/tenant_{n}_integrations.sql", _sql, "", "https://www.postgresql.org/docs/current/sql-insert.html"),
    ("app-log", "logs/integrations-sync-{n}.log", _log, "********", "https://docs.python.org/3/library/logging.html"),
    ("java-properties", "renderer/src/main/resources/integration-{n}.properties", _properties, "${{{k}}}", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-"),
    ("netlify-toml", "sites/marketing-{n}/netlify.toml", _netlify, "", "https://docs.netlify.com/configure-builds/file-based-configuration/"),
    ("ini-config", "config/integration_{n}.ini", _ini, "%(ENV_{k})s", "https://docs.python.org/3/library/configparser.html"),
]

SECRET_KINDS = [
    ("stripe-secret-key", "STRIPE_SECRET_KEY", stripe_sk), ("stripe-restricted-key", "STRIPE_API_KEY", stripe_rk),
    ("sendgrid-api-key", "SENDGRID_API_KEY", sendgrid), ("twilio-auth-token", "TWILIO_AUTH_TOKEN", twilio_token),
    ("mailgun-api-key", "MAILGUN_API_KEY", mailgun), ("google-client-secret", "GOOGLE_CLIENT_SECRET", google_secret),
    ("okta-api-token", "OKTA_API_TOKEN", okta), ("hubspot-token", "HUBSPOT_ACCESS_TOKEN", hubspot),
    ("anthropic-api-key", "ANTHROPIC_API_KEY", anthropic), ("huggingface-token", "HF_TOKEN", hf),
    ("replicate-token", "REPLICATE_API_TOKEN", replicate), ("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", mapbox_sk),
    ("square-access-token", "SQUARE_ACCESS_TOKEN", square_token), ("paddle-api-key", "PADDLE_API_KEY", paddle_key),
    ("mollie-api-key", "MOLLIE_API_KEY", mollie), ("posthog-personal-key", "POSTHOG_PERSONAL_API_KEY", posthog_personal),
    ("launchdarkly-sdk-key", "LAUNCHDARKLY_SDK_KEY", ld_sdk), ("github-token", "GITHUB_TOKEN", lambda: fakes.github_token(_rng().randint(211000, 211999))),
    ("openai-api-key", "OPENAI_API_KEY", lambda: fakes.openai_key(_rng().randint(212000, 212999))),
    ("mailchimp-api-key", "MAILCHIMP_API_KEY", mailchimp), ("auth0-client-secret", "AUTH0_CLIENT_SECRET", auth0_secret),
    ("ms-client-secret", "AZURE_CLIENT_SECRET", ms_secret), ("algolia-admin-key", "ALGOLIA_ADMIN_API_KEY", algolia_admin),
    ("backblaze-app-key", "B2_APPLICATION_KEY", b2_key), ("cohere-api-key", "COHERE_API_KEY", cohere),
    ("zendesk-api-token", "ZENDESK_API_TOKEN", zendesk),
]

# Public identifiers that sit beside the secrets: decoys when alone in a file.
PUBLIC_KINDS = [
    ("stripe-publishable-key", "STRIPE_PUBLISHABLE_KEY", stripe_pk), ("google-client-id", "GOOGLE_CLIENT_ID", google_client_id),
    ("mapbox-public-token", "MAPBOX_PUBLIC_TOKEN", mapbox_pk), ("posthog-project-key", "POSTHOG_PROJECT_API_KEY", posthog_project),
    ("twilio-account-sid", "TWILIO_ACCOUNT_SID", twilio_sid), ("paypal-client-id", "PAYPAL_CLIENT_ID", paypal_client),
    ("recaptcha-site-key", "RECAPTCHA_SITE_KEY", lambda: tok("6L", 38, AN + "-_")),
    ("sentry-dsn-public", "SENTRY_DSN", lambda: f"https://{tok('', 32, HEX)}@o{_rng().randint(100000, 999999)}.ingest.de.sentry.io/{_rng().randint(1000000, 9999999)}"),
]

_n = 0
for i, (fmt, path, fn, ref, src) in enumerate(CARRIERS):
    for j in range(2):
        _n += 1
        kind, k, gen = SECRET_KINDS[(i * 2 + j) % len(SECRET_KINDS)]
        v = gen()
        add(f"{fmt}/{kind}", path.format(n=_n), fn(k, v, _n), v, src)
    _n += 1
    kind, k, gen = SECRET_KINDS[(i * 3 + 1) % len(SECRET_KINDS)]
    if ref:
        add(f"{fmt}/decoy-reference", path.format(n=_n), fn(k, ref.format(k=k, kl=k.lower()), _n), None, src)
    else:
        pkind, pk_, pgen = PUBLIC_KINDS[i % len(PUBLIC_KINDS)]
        add(f"{fmt}/decoy-{pkind}", path.format(n=_n), fn(pk_, pgen(), _n), None, src)


# === request tools, specs and traces ===========================================================
sg = sendgrid()
add("har/sendgrid-authorization-header", "docs/support/har/sendgrid-template-save.har", json.dumps({"log": {
    "version": "1.2", "creator": {"name": "Firefox", "version": "126.0"},
    "entries": [{"startedDateTime": "2024-05-14T10:21:33.120+02:00", "time": 182,
                 "request": {"method": "GET", "url": "https://api.sendgrid.com/v3/templates?generations=dynamic", "httpVersion": "HTTP/2",
                             "headers": [{"name": "Accept", "value": "application/json"}, {"name": "Authorization", "value": f"Bearer {sg}"}],
                             "queryString": [{"name": "generations", "value": "dynamic"}], "cookies": [], "headersSize": -1, "bodySize": 0},
                 "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [], "cookies": [],
                              "content": {"size": 812, "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": 812},
                 "cache": {}, "timings": {"send": 0, "wait": 170, "receive": 12}}]}}, indent=1), sg, "http://www.softwareishard.com/blog/har-12-spec/")

add("har/decoy-sri-and-etags", "docs/support/har/checkout-page-load.har", json.dumps({"log": {
    "version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [{"startedDateTime": "2024-05-14T08:02:11.004Z", "time": 64,
                 "request": {"method": "GET", "url": "https://js.stripe.com/v3/", "httpVersion": "h2", "headers": [{"name": "Accept", "value": "*/*"}],
                             "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                 "response": {"status": 200, "statusText": "", "httpVersion": "h2",
                              "headers": [{"name": "etag", "value": f'W/"{sha1()}"'}, {"name": "x-amz-cf-id", "value": tok("", 56, AN + "_-") + "=="},
                                          {"name": "x-request-id", "value": uid()}],
                              "cookies": [], "content": {"size": 48213, "mimeType": "application/javascript"}, "redirectURL": "", "headersSize": -1, "bodySize": 48213},
                 "cache": {}, "timings": {"send": 0, "wait": 51, "receive": 13}}]}}, indent=1), None, "http://www.softwareishard.com/blog/har-12-spec/")

zd = zendesk()
add("insomnia-export/zendesk-basic-auth", "tools/insomnia/zendesk-workspace.json", json.dumps({
    "_type": "export", "__export_format": 4, "__export_date": "2024-05-02T11:04:19.331Z", "__export_source": "insomnia.desktop.app:v9.2.0",
    "resources": [
        {"_id": "wrk_" + tok("", 32, HEX), "_type": "workspace", "name": "Zendesk", "scope": "collection"},
        {"_id": "req_" + tok("", 32, HEX), "_type": "request", "name": "List tickets", "method": "GET",
         "url": "https://tallyworks.zendesk.com/api/v2/tickets.json",
         "authentication": {"type": "basic", "username": "support-bot@tallyworks.io/token", "password": zd}},
    ]}, indent=2), zd, "https://docs.insomnia.rest/insomnia/import-export-data")

add("insomnia-export/decoy-environment-tags", "tools/insomnia/hubspot-workspace.json", json.dumps({
    "_type": "export", "__export_format": 4, "__export_date": "2024-05-02T11:06:40.118Z", "__export_source": "insomnia.desktop.app:v9.2.0",
    "resources": [
        {"_id": "req_" + tok("", 32, HEX), "_type": "request", "name": "Search contacts", "method": "POST",
         "url": "https://api.hubapi.com/crm/v3/objects/contacts/search",
         "authentication": {"type": "bearer", "token": "{{ _.hubspot_token }}"}},
        {"_id": "env_" + tok("", 32, HEX), "_type": "environment", "name": "Base Environment", "data": {"hubspot_token": "{% prompt 'HubSpot token', '', '', '', true %}"}},
    ]}, indent=2), None, "https://docs.insomnia.rest/insomnia/template-tags")

add("bruno-environment/decoy-secret-var-names", "bruno/tallyworks-api/environments/production.bru", '''vars {
  host: https://api.tallyworks.io
  tenant: acme
}
vars:secret [
  apiToken,
  stripeKey,
  webhookSecret
]
''', None, "https://docs.usebruno.com/secrets-management/secret-variables")

tw_sid, tw = twilio_sid(), twilio_token()
add("postman-collection/twilio-basic-auth", "postman/Twilio-SMS.postman_collection.json", json.dumps({
    "info": {"_postman_id": uid(), "name": "Twilio SMS", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "basic", "basic": [{"key": "username", "value": tw_sid, "type": "string"}, {"key": "password", "value": tw, "type": "string"}]},
    "item": [{"name": "Send SMS", "request": {"method": "POST", "url": {"raw": f"https://api.twilio.com/2010-04-01/Accounts/{tw_sid}/Messages.json"},
              "body": {"mode": "urlencoded", "urlencoded": [{"key": "To", "value": "+14155550100"}, {"key": "Body", "value": "hello"}]}}}]}, indent=2),
    tw, "https://learning.postman.com/collection-format/reference/auth/")

add("postman-collection/decoy-variable-auth", "postman/Mailgun.postman_collection.json", json.dumps({
    "info": {"_postman_id": uid(), "name": "Mailgun", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "basic", "basic": [{"key": "username", "value": "api", "type": "string"}, {"key": "password", "value": "{{mailgun_api_key}}", "type": "string"}]},
    "item": [{"name": "List domains", "request": {"method": "GET", "url": {"raw": "https://api.eu.mailgun.net/v4/domains"}}}],
    "variable": [{"key": "mailgun_api_key", "value": ""}]}, indent=2), None, "https://learning.postman.com/docs/sending-requests/variables/variables/")

add("openapi-spec/decoy-example-keys", "docs/api/openapi.yaml", f'''openapi: 3.1.0
info:
  title: TallyWorks API
  version: "2024-05-01"
servers:
  - url: https://api.tallyworks.io/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "A TallyWorks API key, e.g. `tw_live_<32 characters>`."
  schemas:
    Webhook:
      type: object
      properties:
        id:
          type: string
          example: "wh_{tok('', 16, string.ascii_lowercase + string.digits)}"
        secret:
          type: string
          description: Shown once when the endpoint is created.
          example: "whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
security:
  - bearerAuth: []
paths: {{}}
''', None, "https://spec.openapis.org/oas/v3.1.0#example-object")

key = tok("tw_live_", 32, AN)
add("openapi-spec/api-key-in-curl-sample", "docs/api/openapi-internal.yaml", f'''openapi: 3.1.0
info:
  title: TallyWorks internal admin API
  version: "0.9"
paths:
  /admin/tenants/{{id}}/resync:
    post:
      summary: Resync a tenant's integrations
      x-codeSamples:
        - lang: curl
          source: |
            curl -X POST https://admin-api.tallyworks.io/admin/tenants/42/resync \\
              -H "Authorization: Bearer {key}"
      responses:
        "202":
          description: queued
''', key, "https://redocly.com/docs/api-reference-docs/specification-extensions/x-code-samples")

dsn_pw = words_pw()
add("sentry-event/breadcrumb-db-url", "docs/support/sentry/event-8c1f.json", json.dumps({
    "event_id": tok("", 32, HEX), "level": "error", "platform": "python", "release": "tallyworks@2024.5.3",
    "exception": {"values": [{"type": "OperationalError", "value": "could not translate host name \"db-primary\""}]},
    "breadcrumbs": {"values": [
        {"timestamp": 1715678400.12, "category": "django.request", "message": "GET /billing/", "level": "info"},
        {"timestamp": 1715678400.31, "category": "log", "level": "debug",
         "message": f"connecting to postgresql://billing:{dsn_pw}@db-primary:5432/billing"},
    ]}}, indent=2), dsn_pw, "https://develop.sentry.dev/sdk/data-model/event-payloads/breadcrumbs/")

add("sentry-event/decoy-filtered", "docs/support/sentry/event-41aa.json", json.dumps({
    "event_id": tok("", 32, HEX), "level": "error", "platform": "python", "release": "tallyworks@2024.5.3",
    "request": {"url": "https://api.tallyworks.io/webhooks/stripe", "method": "POST",
                "headers": {"Stripe-Signature": "[Filtered]", "Authorization": "[Filtered]", "User-Agent": "Stripe/1.0"}},
    "extra": {"settings": {"STRIPE_SECRET_KEY": "[Filtered]", "SENDGRID_API_KEY": "[Filtered]"}},
    "contexts": {"trace": {"trace_id": tok("", 32, HEX), "span_id": tok("", 16, HEX)}}}, indent=2), None, "https://docs.sentry.io/platforms/python/data-management/sensitive-data/")

fp = fakes.password(213001)
add("factory-boy/integration-factory", "tests/factories.py", f'''import factory

from integrations.models import Connection


class ConnectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Connection

    tenant = factory.SubFactory("tests.factories.TenantFactory")
    provider = "freshdesk"
    # copied from the shared support account so the demo tenant "just works"
    api_key = "{fp}"
    subdomain = "tallyworks"
''', fp, "https://factoryboy.readthedocs.io/en/stable/")

add("factory-boy/decoy-faker-values", "tests/factories_crm.py", '''import factory

from crm.models import HubspotConnection


class HubspotConnectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HubspotConnection

    portal_id = factory.Sequence(lambda n: 20000000 + n)
    access_token = factory.Faker("pystr", min_chars=40, max_chars=40)
    refresh_token = factory.Faker("uuid4")
    scopes = "crm.objects.contacts.read"
''', None, "https://factoryboy.readthedocs.io/en/stable/reference.html#faker")

add("alembic-migration/decoy-encrypted-column", "migrations/versions/3f9c2a1b7d44_encrypt_tokens.py", f'''"""encrypt integration tokens

Revision ID: 3f9c2a1b7d44
Revises: {tok("", 12, HEX)}
Create Date: 2024-05-10 09:12:44.101122
"""
import sqlalchemy as sa
from alembic import op

revision = "3f9c2a1b7d44"
down_revision = "a81e0c5f2b19"


def upgrade():
    op.add_column("connections", sa.Column("token_ciphertext", sa.LargeBinary(), nullable=True))
    op.drop_column("connections", "token")


def downgrade():
    op.add_column("connections", sa.Column("token", sa.String(255)))
    op.drop_column("connections", "token_ciphertext")
''', None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

add("sops-yaml/decoy-encrypted-values", "deploy/secrets/prod.enc.yaml", f'''stripe_secret_key: ENC[AES256_GCM,data:{tok("", 140, AN + "+/")}=,iv:{tok("", 43, AN + "+/")}=,tag:{tok("", 22, AN + "+/")}==,type:str]
sendgrid_api_key: ENC[AES256_GCM,data:{tok("", 92, AN + "+/")},iv:{tok("", 43, AN + "+/")}=,tag:{tok("", 22, AN + "+/")}==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:111122223333:key/{uid()}
          created_at: "2024-05-01T10:00:00Z"
          enc: {tok("", 180, AN + "+/")}==
          aws_profile: ""
    lastmodified: "2024-05-01T10:00:02Z"
    mac: ENC[AES256_GCM,data:{tok("", 88, AN + "+/")}=,iv:{tok("", 43, AN + "+/")}=,tag:{tok("", 22, AN + "+/")}==,type:str]
    version: 3.8.1
''', None, "https://github.com/getsops/sops#encrypting-using-aws-kms")

add("poetry-lock/decoy-hashes", "poetry.lock", f'''# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

[[package]]
name = "stripe"
version = "9.12.0"
description = "Python bindings for the Stripe API"
optional = false
python-versions = ">=3.6"
files = [
    {{file = "stripe-9.12.0-py2.py3-none-any.whl", hash = "sha256:{sha256()}"}},
    {{file = "stripe-9.12.0.tar.gz", hash = "sha256:{sha256()}"}},
]

[[package]]
name = "twilio"
version = "9.1.0"
description = "Twilio API client and TwiML generator"
optional = false
python-versions = ">=3.7.0"
files = [
    {{file = "twilio-9.1.0-py2.py3-none-any.whl", hash = "sha256:{sha256()}"}},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "{sha256()}"
''', None, "https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control")

rs = razorpay_secret()
add("git-patch/razorpay-secret-removed-line", "patches/0007-move-razorpay-keys-to-env.patch", f'''From 5d1e2c7f0a9b Mon Sep 17 00:00:00 2001
From: Priya N <priya@tallyworks.io>
Date: Tue, 14 May 2024 11:02:18 +0530
Subject: [PATCH] move razorpay keys to env

---
 src/payments/razorpay_client.py | 5 +++--
 1 file changed, 3 insertions(+), 2 deletions(-)

diff --git a/src/payments/razorpay_client.py b/src/payments/razorpay_client.py
--- a/src/payments/razorpay_client.py
+++ b/src/payments/razorpay_client.py
@@ -1,6 +1,7 @@
+import os
 import razorpay
 
-client = razorpay.Client(auth=("rzp_live_{tok("", 14)}", "{rs}"))
+client = razorpay.Client(auth=(os.environ["RAZORPAY_KEY_ID"], os.environ["RAZORPAY_KEY_SECRET"]))
 client.set_app_details({{"title": "TallyWorks", "version": "2.14"}})
''', rs, "https://git-scm.com/docs/git-format-patch")

add("slack-export/decoy-rotated-key-mention", "exports/slack/ops-incidents/2024-05-14.json", json.dumps([
    {"type": "message", "user": "U04QK2L9M", "ts": "1715680931.204519", "text": "SendGrid key `SG.****` rotated, old one revoked at 11:02. New one is in 1Password (vault: Integrations)."},
    {"type": "message", "user": "U03ZX8P1R", "ts": "1715681012.918833", "text": "thanks! deploy <https://github.com/tallyworks/app/actions/runs/9081234567|run 9081234567> picked it up"},
    {"type": "message", "user": "U04QK2L9M", "ts": "1715681100.002211", "text": f"commit {sha1()} has the settings change"},
], indent=2), None, "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports")

ak = fakes.aws_key_id(213010); sk = fakes.aws_secret_key(213011)
add("email-eml/ses-credentials-mail", "docs/support/mail/ses-onboarding.eml", f'''From: ops@tallyworks.io
To: contractor@northwind.example
Subject: SES credentials for the staging relay
Date: Tue, 14 May 2024 09:40:12 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Sam,

as discussed, the IAM user for the staging mail relay:

  Access key id:     {ak}
  Secret access key: {sk}

Please put them in your vault and delete this mail.

-- ops
''', sk, "https://datatracker.ietf.org/doc/html/rfc5322")

add("nginx-conf/decoy-auth-request", "ops/nginx/sites-available/api.conf", f'''server {{
    listen 443 ssl http2;
    server_name api.tallyworks.io;
    ssl_certificate     /etc/letsencrypt/live/api.tallyworks.io/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.tallyworks.io/privkey.pem;

    location /webhooks/ {{
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header Authorization $http_authorization;
        proxy_pass http://127.0.0.1:8000;
    }}
}}
''', None, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html")

mg = mailgun()
add("caddyfile/mailgun-basic-auth-upstream", "ops/caddy/Caddyfile", f'''mailproxy.internal.tallyworks.io {{
    reverse_proxy https://api.eu.mailgun.net {{
        header_up Host api.eu.mailgun.net
        header_up Authorization "Basic {b64('api:' + mg)}"
    }}
    log {{
        output file /var/log/caddy/mailproxy.log
    }}
}}
''', mg, "https://caddyserver.com/docs/caddyfile/directives/reverse_proxy#header_up")
