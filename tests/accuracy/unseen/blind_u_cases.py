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
