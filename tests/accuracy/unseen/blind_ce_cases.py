"""Blind set CE: government and public-sector digital services.

The teams that build citizen-facing services and back-office systems for national and local
government: GOV.UK Notify and GOV.UK Pay clients, Login.gov and ID.me sign-in, eIDAS-Node and
SAML gateways (Shibboleth, SimpleSAMLphp, Keycloak), X-Road security servers, CKAN, Socrata and
api.data.gov open-data portals, tax, benefits and vehicle-registration agency APIs (HMRC MTD,
DVLA, DVSA, Companies House, Census), case-management systems (Salesforce, Dynamics, ServiceNow,
Pega), permit and licensing portals (Accela, ArcGIS, EnerGov), municipal 311 apps (Open311,
Twilio, push notifications), court e-filing (ECF/Tyler, PACER, CourtListener), elections and
census tooling, and the platform underneath (Cloud Foundry/cloud.gov, Kubernetes, Terraform,
Concourse, Jenkins, GitHub Actions, Drupal/WordPress council sites, Rails and Flask apps). Every
format they commit: YAML, JSON, TOML, INI, XML, .properties, HOCON, .env, HCL, nginx/apache,
systemd, crontab, Python, Ruby, Java, C#, Go, PHP, JavaScript, R, shell, PowerShell, SQL,
notebooks, IDE configs and Markdown runbooks, with decoys of the same shapes. Generated fakes
only (seeds 760000-769999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
_SEED = [760000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 770000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 770000
    return _SEED[0]


WORDS = ["Harbour", "Thames", "Pennine", "Civic", "Mersey", "Ledger", "Beacon", "Parish", "Borough", "Granite",
         "Meridian", "Heather", "Kestrel", "Lantern", "Juniper", "Quarry", "Almanac", "Sterling", "Cobalt", "Bramble"]
PLACES = ["Springfield", "Lancaster", "Hartford", "Norwich", "Bristol", "Dayton", "Salem", "Tacoma", "Durham",
          "Fresno", "Leeds", "Raleigh", "Boise", "Camden", "Swindon", "Madison"]
LOWER = ["ballot", "permit", "parcel", "ledger", "harbor", "county", "pothole", "docket", "census", "tractor",
         "meadow", "lantern", "zebra", "copper", "violet", "anchor", "saddle", "orchid"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a busy council admin picks: a place, a year, a bang."""
    r = _rng()
    return r.choice(PLACES) + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024])) + r.choice(["!", "#", "$", "!!", "@"])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def digits(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.digits) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{chars(43, ALNUM + '-_')}"


def rsa_pem() -> str:
    return fakes.fake_pem(_seed(), "RSA")


def pkcs8_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))
    return "-----BEGIN PRIVATE KEY-----\nMIIE" + body[4:] + "\n-----END PRIVATE KEY-----"


def ec_p8_pem() -> str:
    r = _rng()
    lines = ["MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(16))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(2)]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(8))]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def cert_body(lines: int = 6) -> str:
    r = _rng()
    return "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 4))


# --- vendor shapes -------------------------------------------------------------------------

def notify_key(name: str = "live") -> str:
    """GOV.UK Notify: <key name>-<service id>-<secret>, both UUIDs."""
    return f"{name}-{uuid_s()}-{uuid_s()}"


def pay_key(env: str = "live") -> str:
    """GOV.UK Pay: api_live_/api_test_ then lower-case base32 token and its HMAC."""
    return f"api_{env}_" + chars(58, LOWER_ALNUM)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if kind.startswith("sk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def google_key() -> str:
    return "AIza" + chars(35, ALNUM + "-_")


def mapbox_secret(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": chars(25, LOWER_ALNUM)}, separators=(",", ":")).encode())
    return f"sk.{payload}.{chars(22, ALNUM + '-_')}"


def mapbox_public(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": chars(25, LOWER_ALNUM)}, separators=(",", ":")).encode())
    return f"pk.{payload}.{chars(22, ALNUM + '-_')}"


def fcm_server_key() -> str:
    return "AAAA" + chars(7, ALNUM + "-_") + ":APA91b" + chars(134, ALNUM + "-_")


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + chars(64, ALNUM + "-_")


def okta_token() -> str:
    return "00" + chars(40, ALNUM + "-_")


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + chars(170, ALNUM + "-_") + "=" + hexs(8, upper=True)


def vault_token() -> str:
    return "hvs." + chars(91, ALNUM + "_-")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def datadog_key() -> str:
    return hexs(32)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def mailgun_key() -> str:
    return "key-" + hexs(32)


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def ansible_vault_blob() -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(5)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


# --- cases ---------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_MARK = re.compile(r"%%[A-Z0-9_]+%%")


def _fill(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    text = text.replace("%%Q3%%", '"' * 3)
    for key, value in values.items():
        marker = f"%%{key}%%"
        assert marker in text, marker
        text = text.replace(marker, value)
    assert not _MARK.search(text), _MARK.search(text)
    return text


def _case(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-ce/" + category, file_name, text, secret, source))


# --- GOV.UK Notify ---------------------------------------------------------------------------

_NOTIFY_DOCS = "GOV.UK Notify client documentation (docs.notifications.service.gov.uk)"

_s = notify_key("council_tax_reminders_live")
_case("python/notify-api-key", "app/notifications/client.py", _fill(r"""
%%Q3%%Thin wrapper around the GOV.UK Notify client for council tax reminder letters and emails.%%Q3%%
import logging

from notifications_python_client.errors import HTTPError
from notifications_python_client.notifications import NotificationsAPIClient

log = logging.getLogger(__name__)

# TODO(ops): move to the parameter store before go-live
NOTIFY_API_KEY = "%%S%%"

REMINDER_EMAIL_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a"
REMINDER_LETTER_TEMPLATE = "0d0a8bcb-4d6a-4b9a-a7c7-3f3b5f0e2d41"

_client = NotificationsAPIClient(NOTIFY_API_KEY)


def send_reminder_email(email_address, account_ref, amount_due):
    try:
        return _client.send_email_notification(
            email_address=email_address,
            template_id=REMINDER_EMAIL_TEMPLATE,
            personalisation={"account_reference": account_ref, "amount_due": amount_due},
            reference=account_ref,
        )
    except HTTPError as err:
        log.warning("Notify rejected reminder for %s: %s", account_ref, err.message)
        raise
""", S=_s), _s, _NOTIFY_DOCS + ", Python client")

_s = notify_key("blue_badge_prod")
_case("env/notify-api-key", ".env", _fill(r"""
# Blue Badge application service - production values
FLASK_ENV=production
SERVICE_NAME="Apply for a Blue Badge"
DATABASE_URL=postgresql://bluebadge@db.internal:5432/bluebadge
NOTIFY_API_KEY=%%S%%
NOTIFY_CONFIRMATION_TEMPLATE_ID=7c3e2c3e-9a3b-4c85-8f4b-0c7e66f4f7a1
NOTIFY_REPLY_TO_ID=2b7f0a0d-51c4-4b4e-9f5e-5a30b1b7d6a9
SESSION_COOKIE_SECURE=true
LOG_LEVEL=INFO
""", S=_s), _s, _NOTIFY_DOCS + "; dotenv")

_s = notify_key("register_to_vote_live")
_case("cf-manifest/notify-api-key", "manifest-production.yml", _fill(r"""
---
applications:
- name: register-to-vote-frontend
  memory: 512M
  instances: 3
  buildpacks:
    - python_buildpack
  command: gunicorn -c gunicorn_config.py application
  routes:
    - route: register-to-vote.service.gov.uk
  services:
    - rtv-postgres
    - rtv-redis
  env:
    ENVIRONMENT: production
    NOTIFY_API_KEY: %%S%%
    NOTIFY_TEMPLATE_APPLICATION_RECEIVED: 9f1a0c7e-7d9f-4a6b-a6d2-1f9e1c0c2d33
    WEB_CONCURRENCY: "4"
""", S=_s), _s, "Cloud Foundry app manifest docs (docs.cloudfoundry.org/devguide/deploy-apps/manifest.html); GOV.UK PaaS")

_s = notify_key("planning_portal_production")
_case("ruby/notify-api-key", "config/initializers/notify.rb", _fill(r"""
# frozen_string_literal: true

require "notifications/client"

# Planning application notifications (neighbour consultation letters, decision emails)
Rails.application.config.after_initialize do
  api_key = ENV.fetch("NOTIFY_API_KEY") do
    "%%S%%"
  end

  Rails.application.config.notify_client = Notifications::Client.new(api_key)
  Rails.application.config.notify_templates = {
    consultation_letter: "5a9d2f0c-6e1a-4c8a-b0d3-f4f0e8a1c2b7",
    decision_email: "c1d2e3f4-0a1b-4c2d-8e3f-a4b5c6d7e8f9",
  }
end
""", S=_s), _s, _NOTIFY_DOCS + ", Ruby client (notifications-ruby-client)")

_s = notify_key("childcare_vouchers_live")
_half = len(_s) // 2
_case("java/notify-api-key", "src/main/java/uk/gov/childcare/config/NotifyConfiguration.java", _fill(r"""
package uk.gov.childcare.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.service.notify.NotificationClient;

@Configuration
public class NotifyConfiguration {

    // Live key for the childcare vouchers service; split so it fits the line length rule
    private static final String NOTIFY_API_KEY =
            "%%A%%" +
            "%%B%%";

    @Bean
    public NotificationClient notificationClient() {
        return new NotificationClient(NOTIFY_API_KEY);
    }
}
""", A=_s[:_half], B=_s[_half:]), _s, _NOTIFY_DOCS + ", Java client (notifications-java-client)")

_s = notify_key("parking_permits_live")
_case("appsettings/notify-api-key", "src/ParkingPermits.Web/appsettings.Production.json", _fill(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "permits.example-council.gov.uk",
  "GovUkNotify": {
    "ApiKey": "%%S%%",
    "Templates": {
      "PermitIssued": "3e6f2d5a-1b8c-4f7e-9a0d-2c4b6e8f0a1d",
      "PermitExpiring": "8d7c6b5a-4e3f-4a1b-8c9d-0e1f2a3b4c5d"
    }
  },
  "FeatureFlags": {
    "VisitorPermits": true
  }
}
""", S=_s), _s, _NOTIFY_DOCS + ", .NET client; ASP.NET Core configuration docs")

_s = notify_key("localgov_forms_live")
_case("php/notify-api-key", "web/sites/default/settings.production.php", _fill(r"""
<?php

/**
 * Production overrides for the LocalGov Drupal site.
 */

$settings['trusted_host_patterns'] = [
  '^www\.examplecouncil\.gov\.uk$',
];

$config['system.logging']['error_level'] = 'hide';

// GOV.UK Notify for webform confirmations (localgov_forms).
$config['govuk_notify.settings']['api_key'] = '%%S%%';
$config['govuk_notify.settings']['default_email_template_id'] = '4a6e0f2c-1d3b-4e5f-9a7c-8b0d2e4f6a1c';

$settings['file_private_path'] = '/var/www/private';
""", S=_s), _s, "LocalGov Drupal docs; Drupal govuk_notify module README")

_s = notify_key("bin_collections_live")
_case("javascript/notify-api-key", "server/services/notify.js", _fill(r"""
'use strict'

const { NotifyClient } = require('notifications-node-client')
const logger = require('../logger')

const notifyClient = new NotifyClient('%%S%%')

const TEMPLATES = {
  missedBinReport: '6f1e9c2b-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
  assistedCollectionApproved: '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'
}

async function sendMissedBinConfirmation (email, reference, uprn) {
  try {
    return await notifyClient.sendEmail(TEMPLATES.missedBinReport, email, {
      personalisation: { reference, uprn },
      reference
    })
  } catch (err) {
    logger.error({ err: err.response && err.response.data }, 'Notify send failed')
    throw err
  }
}

module.exports = { sendMissedBinConfirmation }
""", S=_s), _s, _NOTIFY_DOCS + ", Node.js client")

_s = chars(48, ALNUM)
_case("python/notify-callback-token", "app/config.py", _fill(r"""
import os


class Config:
    SERVICE_NAME = "Check your State Pension forecast"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://localhost/pensions")
    NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY")
    # Bearer token Notify sends on delivery-receipt callbacks (set in the Notify service's
    # "Callbacks for delivery receipts" page). The receiving endpoint compares it verbatim.
    NOTIFY_CALLBACK_BEARER_TOKEN = "%%S%%"
    STATUS_CALLBACK_URL = "https://pensions.service.gov.uk/notify/delivery-status"


class Production(Config):
    DEBUG = False
""", S=_s), _s, _NOTIFY_DOCS + ", callbacks section")

_s = chars(64, ALNUM + "-_")
_case("python/flask-secret-key", "app/config/production.py", _fill(r"""
from app.config.base import Config


class Production(Config):
    NOTIFY_ENVIRONMENT = "production"
    DEBUG = False
    HEADER_COLOUR = "#005EA5"
    SECRET_KEY = "%%S%%"
    DANGEROUS_SALT = "prod-dangerous-salt"
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_SSL_STRICT = True
    ADMIN_BASE_URL = "https://admin.example-service.gov.uk"
""", S=_s), _s, "Flask configuration handling docs (flask.palletsprojects.com/config)")

# decoys
_case("env/decoy-placeholder", ".env.example", r"""# Copy to .env and fill in. Never commit .env
FLASK_ENV=development
DATABASE_URL=postgresql://localhost/bluebadge
# Create a test key at https://www.notifications.service.gov.uk/ (API integration > API keys)
NOTIFY_API_KEY=your-notify-api-key-goes-here
NOTIFY_CONFIRMATION_TEMPLATE_ID=
NOTIFY_REPLY_TO_ID=
SESSION_COOKIE_SECURE=false
""", None, _NOTIFY_DOCS + "; dotenv example file")

_case("yaml/decoy-template-ids", "config/notify_templates.yml", _fill(r"""
# GOV.UK Notify template and sender identifiers. These are not secrets: the API key lives in
# the secrets store. IDs are copied from the template's "API info" panel.
service_id: %%SVC%%
email_reply_to_id: %%REPLY%%
templates:
  application_received:
    id: %%T1%%
    version: 4
  evidence_requested:
    id: %%T2%%
    version: 2
  decision_letter:
    id: %%T3%%
    version: 7
sms_sender_id: %%SMS%%
""", SVC=uuid_s(), REPLY=uuid_s(), T1=uuid_s(), T2=uuid_s(), T3=uuid_s(), SMS=uuid_s()), None, _NOTIFY_DOCS + ", template IDs")

_case("python/decoy-env-reference", "app/notify.py", r"""import os
from functools import lru_cache

from notifications_python_client.notifications import NotificationsAPIClient


@lru_cache(maxsize=1)
def notify_client() -> NotificationsAPIClient:
    # NOTIFY_API_KEY is injected from AWS Secrets Manager by the ECS task definition
    api_key = os.environ["NOTIFY_API_KEY"]
    base_url = os.environ.get("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
    return NotificationsAPIClient(api_key, base_url=base_url)


def send_code(phone_number: str, code: str) -> dict:
    return notify_client().send_sms_notification(
        phone_number=phone_number,
        template_id=os.environ["NOTIFY_SMS_CODE_TEMPLATE_ID"],
        personalisation={"code": code},
    )
""", None, _NOTIFY_DOCS + ", Python client")

_case("python/decoy-test-fixture", "tests/conftest.py", r"""import pytest

# Obviously fake key in the Notify format, so the client's own parsing runs in tests.
# Service id and secret are all zeros/ones: Notify rejects them and no request leaves the box.
FAKE_NOTIFY_KEY = "test_key-00000000-0000-0000-0000-000000000000-11111111-1111-1111-1111-111111111111"


@pytest.fixture
def notify_key(monkeypatch):
    monkeypatch.setenv("NOTIFY_API_KEY", FAKE_NOTIFY_KEY)
    return FAKE_NOTIFY_KEY


@pytest.fixture
def mock_notify(mocker):
    return mocker.patch("app.notify.NotificationsAPIClient.send_email_notification",
                        return_value={"id": "d9b8a7c6-0000-4000-8000-000000000001"})
""", None, "pytest fixtures docs; GOV.UK Notify API key format")

_case("cf-manifest/decoy-credhub-reference", "manifest.yml.j2", r"""---
applications:
- name: register-to-vote-frontend-((env))
  memory: 512M
  instances: ((instances))
  buildpacks:
    - python_buildpack
  services:
    - rtv-postgres
  env:
    ENVIRONMENT: ((env))
    NOTIFY_API_KEY: ((notify_api_key))
    SECRET_KEY: ((flask_secret_key))
    ADMIN_CLIENT_SECRET: "{{ admin_client_secret }}"
""", None, "cf push variable substitution docs (docs.cloudfoundry.org/devguide/deploy-apps/manifest-attributes.html)")

# --- GOV.UK Pay ----------------------------------------------------------------------------

_PAY_DOCS = "GOV.UK Pay API reference (docs.payments.service.gov.uk)"

_s = pay_key()
_case("python/govuk-pay-key", "fees/pay_client.py", _fill(r"""
import requests

PAY_BASE_URL = "https://publicapi.payments.service.gov.uk"
PAY_API_KEY = "%%S%%"


def create_payment(amount_pence: int, reference: str, description: str, return_url: str) -> dict:
    resp = requests.post(
        f"{PAY_BASE_URL}/v1/payments",
        headers={
            "Authorization": f"Bearer {PAY_API_KEY}",
            "Content-Type": "application/json",
        },
        json={
            "amount": amount_pence,
            "reference": reference,
            "description": description,
            "return_url": return_url,
        },
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
""", S=_s), _s, _PAY_DOCS + ", create a payment")

_s = pay_key()
_case("k8s-secret/govuk-pay-key", "deploy/k8s/licensing/pay-secret.yaml", _fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: licensing-pay
  namespace: licensing-prod
  labels:
    app.kubernetes.io/name: licensing-portal
type: Opaque
data:
  PAY_API_KEY: %%S%%
  PAY_BASE_URL: aHR0cHM6Ly9wdWJsaWNhcGkucGF5bWVudHMuc2VydmljZS5nb3YudWs=
""", S=b64(_s)), _s, "Kubernetes Secret docs (kubernetes.io/docs/concepts/configuration/secret); " + _PAY_DOCS)

_s = pay_key()
_case("ruby/govuk-pay-key", "app/services/pay_gateway.rb", _fill(r"""
require "faraday"

class PayGateway
  BASE_URL = "https://publicapi.payments.service.gov.uk"
  API_KEY = "%%S%%"

  def initialize
    @conn = Faraday.new(url: BASE_URL) do |f|
      f.request :json
      f.response :json
      f.headers["Authorization"] = "Bearer #{API_KEY}"
    end
  end

  def status(payment_id)
    @conn.get("/v1/payments/#{payment_id}").body.dig("state", "status")
  end
end
""", S=_s), _s, _PAY_DOCS + "; Faraday docs")

_s = pay_key("test")
_case("github-actions/govuk-pay-key", ".github/workflows/smoke-test.yml", _fill(r"""
name: Smoke test payments

on:
  schedule:
    - cron: "*/30 7-19 * * 1-5"
  workflow_dispatch:

jobs:
  smoke:
    runs-on: ubuntu-latest
    env:
      PAY_BASE_URL: https://publicapi.payments.service.gov.uk
      PAY_API_KEY: %%S%%
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r smoke/requirements.txt
      - run: python smoke/create_and_cancel_payment.py
""", S=_s), _s, "GitHub Actions workflow syntax docs; " + _PAY_DOCS)

_s = pay_key()
_case("csharp/govuk-pay-key", "src/Licensing.Payments/PayClientFactory.cs", _fill(r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Licensing.Payments
{
    public static class PayClientFactory
    {
        private const string PayApiKey = "%%S%%";

        public static HttpClient Create()
        {
            var client = new HttpClient
            {
                BaseAddress = new Uri("https://publicapi.payments.service.gov.uk/")
            };
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", PayApiKey);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return client;
        }
    }
}
""", S=_s), _s, _PAY_DOCS + "; .NET HttpClient docs")

_case("json/decoy-payment-fixture", "tests/fixtures/pay/create_payment_response.json", _fill(r"""
{
  "amount": 14500,
  "description": "Premises licence application fee",
  "reference": "PL-2024-004187",
  "language": "en",
  "state": {"status": "created", "finished": false},
  "payment_id": "%%PID%%",
  "payment_provider": "stripe",
  "created_date": "2024-03-11T10:15:42.117Z",
  "return_url": "https://licensing.example.gov.uk/pay/return",
  "delayed_capture": false,
  "moto": false,
  "_links": {
    "self": {"href": "https://publicapi.payments.service.gov.uk/v1/payments/%%PID%%", "method": "GET"},
    "next_url": {"href": "https://card.payments.service.gov.uk/secure/%%TOK%%", "method": "GET"}
  }
}
""", PID=chars(26, LOWER_ALNUM), TOK=uuid_s()), None, _PAY_DOCS + ", create payment response example")

_case("env/decoy-pay-placeholder", "deploy/env/staging.env.template", r"""# Rendered by the deploy pipeline from AWS SSM. Keys below are placeholders.
PAY_BASE_URL=https://publicapi.payments.service.gov.uk
PAY_API_KEY=api_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAY_RETURN_URL=https://staging.licensing.example.gov.uk/pay/return
NOTIFY_API_KEY=<notify-key-from-ssm>
DATABASE_URL=postgresql://licensing:${DB_PASSWORD}@staging-db:5432/licensing
""", None, _PAY_DOCS + "; deploy template")

# --- Login.gov, ID.me ----------------------------------------------------------------------

_LOGIN_DOCS = "Login.gov developer docs, OpenID Connect private_key_jwt (developers.login.gov/oidc)"

_s = rsa_pem()
_case("yaml/login-gov-private-key", "config/login_gov.yml", _fill(r"""
# Login.gov OIDC integration for the SBA disaster loan portal
production:
  idp_base_url: https://secure.login.gov
  client_id: urn:gov:gsa:openidconnect.profiles:sp:sso:sba:disaster_loans
  redirect_uri: https://lending.example.gov/auth/logingov/callback
  acr_values: urn:acr.login.gov:verified
  scope: "openid email profile:name social_security_number"
  # private key whose certificate is registered in the Login.gov partner dashboard
  private_key: |
    %%S%%
""", S=_s.replace("\n", "\n    ")), _s, _LOGIN_DOCS)

_s = pkcs8_pem()
_case("python/login-gov-private-key", "portal/settings/logingov.py", _fill(r"""
%%Q3%%Login.gov settings for the veterans' benefits status checker (django-oidc provider).%%Q3%%

LOGIN_GOV_ISSUER = "https://idp.int.identitysandbox.gov"
LOGIN_GOV_CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:va:benefits_status"
LOGIN_GOV_REDIRECT_URI = "https://benefits-status.example.gov/oidc/callback/"
LOGIN_GOV_IAL = "http://idmanagement.gov/ns/assurance/ial/2"

LOGIN_GOV_PRIVATE_KEY = %%Q3%%
%%S%%
%%Q3%%

LOGIN_GOV_TOKEN_AUTH_METHOD = "private_key_jwt"
""".replace('LOGIN_GOV_PRIVATE_KEY = """', "LOGIN_GOV_PRIVATE_KEY = " + '"' * 3), S=_s), _s, _LOGIN_DOCS)

_s = hexs(32)
_case("yaml/idme-client-secret", "config/idme.yml", _fill(r"""
# ID.me OAuth 2.0 / OIDC (groups.id.me) - state unemployment insurance identity proofing
default: &default
  authorize_url: https://api.id.me/oauth/authorize
  token_url: https://api.id.me/oauth/token
  attributes_url: https://api.id.me/api/public/v3/attributes.json
  scope: unemployment

production:
  <<: *default
  client_id: 7f3b8c1e0d2a4b6c9e8f7a6b5c4d3e2f
  client_secret: %%S%%
  redirect_uri: https://ui.example-state.gov/auth/idme/callback
""", S=_s), _s, "ID.me developer docs, OAuth 2.0 authorization code flow (developers.id.me)")

_s = hexs(32)
_case("env/idme-client-secret", "services/identity/.env.production", _fill(r"""
NODE_ENV=production
PORT=8080
IDME_ISSUER=https://api.id.me/oidc
IDME_CLIENT_ID=a1c4e7f0b3d6a9c2e5f8b1d4a7c0e3f6
IDME_CLIENT_SECRET=%%S%%
IDME_REDIRECT_URI=https://benefits.example-state.gov/identity/callback
IDME_SCOPE=openid http://idmanagement.gov/ns/assurance/ial/2/aal/2
SESSION_TTL_MINUTES=30
""", S=_s), _s, "ID.me developer docs; dotenv")

_case("yaml/decoy-oidc-client-id", "config/login_gov.example.yml", r"""# Login.gov sandbox integration. The client_id is a public identifier registered in the
# partner dashboard; the private key is mounted from the secrets volume, never committed.
development:
  idp_base_url: https://idp.int.identitysandbox.gov
  client_id: urn:gov:gsa:openidconnect.profiles:sp:sso:sba:disaster_loans_dev
  redirect_uri: http://localhost:3000/auth/logingov/callback
  acr_values: urn:acr.login.gov:auth-only
  scope: "openid email"
  private_key_path: /run/secrets/logingov_private_key.pem
  certificate_path: config/certs/logingov_sandbox.crt
""", None, _LOGIN_DOCS)

_n = b64url(random.Random(_seed()).randbytes(256))
_case("json/decoy-jwks", "public/.well-known/jwks.json", _fill(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "%%KID%%",
      "n": "%%N%%",
      "e": "AQAB"
    }
  ]
}
""", KID=hexs(64), N=_n), None, "RFC 7517 JSON Web Key Set; Login.gov certs endpoint")

_case("crt/decoy-certificate", "config/certs/logingov_sandbox.crt", cert_pem() + "\n", None,
      "Login.gov docs: register your service provider's public certificate")

# --- eIDAS / SAML gateways -----------------------------------------------------------------

_s = rand_pw(24)
_case("xml/eidas-keystore-password", "eidas-config/SignModule_Connector.xml", _fill(r"""
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
<properties>
	<comment>Signing module configuration for the national eIDAS Connector</comment>
	<entry key="check_certificate_validity_period">true</entry>
	<entry key="disallow_self_signed_certificate">true</entry>
	<entry key="response.sign.assertions">true</entry>
	<entry key="1.keyStorePath">/opt/eidas/keystore/connector-signing.p12</entry>
	<entry key="1.keyStorePassword">%%S%%</entry>
	<entry key="1.keyAlias">connector-signing-2024</entry>
	<entry key="1.keyStoreType">PKCS12</entry>
	<entry key="2.metadataKeystorePath">/opt/eidas/keystore/metadata-trust.p12</entry>
	<entry key="2.keyStoreType">PKCS12</entry>
</properties>
""", S=_s), _s, "CEF eIDAS-Node Installation and Configuration Guide, SignModule_Connector.xml")

_s = chars(32, string.ascii_lowercase + string.digits)
_case("php/simplesamlphp-secretsalt", "simplesamlphp/config/config.php", _fill(r"""
<?php

$config = [
    'baseurlpath' => 'https://idp.examplecounty.gov/simplesaml/',
    'certdir' => 'cert/',
    'loggingdir' => '/var/log/simplesamlphp/',
    'technicalcontact_name' => 'County IT Identity Team',
    'technicalcontact_email' => 'identity@examplecounty.gov',
    'timezone' => 'America/Chicago',

    /*
     * This is a secret salt used by SimpleSAMLphp when it needs to generate a secure hash
     * of a value. It must be changed from its default value to a secret value.
     */
    'secretsalt' => '%%S%%',

    'auth.adminpassword' => getenv('SSP_ADMIN_PASSWORD'),
    'admin.protectindexpage' => true,
    'admin.protectmetadata' => true,
    'session.cookie.secure' => true,
    'store.type' => 'redis',
];
""", S=_s), _s, "SimpleSAMLphp installation docs, config.php secretsalt")

_s = words_pw()
_case("php/simplesamlphp-sql-password", "simplesamlphp/config/authsources.php", _fill(r"""
<?php

$config = [
    'admin' => ['core:AdminPassword'],

    // Staff directory for the permits back office
    'permits-staff' => [
        'sqlauth:SQL',
        'dsn' => 'pgsql:host=staffdb.internal;port=5432;dbname=staff',
        'username' => 'simplesaml',
        'password' => '%%S%%',
        'query' => 'SELECT uid, email, display_name FROM staff WHERE uid = :username AND active AND crypt(:password, pw_hash) = pw_hash',
    ],

    'default-sp' => [
        'saml:SP',
        'entityID' => 'https://permits.examplecounty.gov/sp',
        'idp' => 'https://idp.examplecounty.gov/saml2/idp/metadata.php',
    ],
];
""", S=_s), _s, "SimpleSAMLphp sqlauth module docs")

_body = chars(1212, ALNUM + "+/")
_s = "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ" + _body
_case("json/saml-sp-private-key", "saml/settings.json", _fill(r"""
{
    "strict": true,
    "debug": false,
    "sp": {
        "entityId": "https://apply.example-benefits.gov/saml/metadata/",
        "assertionConsumerService": {
            "url": "https://apply.example-benefits.gov/saml/acs/",
            "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
        },
        "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
        "x509cert": "%%CERT%%",
        "privateKey": "%%S%%"
    },
    "idp": {
        "entityId": "https://eidas-proxy.example.gov/idp",
        "singleSignOnService": {
            "url": "https://eidas-proxy.example.gov/idp/sso",
            "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
        },
        "x509cert": "%%IDPCERT%%"
    }
}
""", CERT=cert_body(), S=_s, IDPCERT=cert_body()), _s, "python3-saml README, settings.json")

_s = chars(32)
_case("json/keycloak-client-secret", "keycloak/realms/citizen-realm.json", _fill(r"""
{
  "realm": "citizen",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": false,
  "clients": [
    {
      "clientId": "case-management-backoffice",
      "name": "Case management back office",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "%%S%%",
      "redirectUris": ["https://cases.example-agency.gov/*"],
      "standardFlowEnabled": true,
      "serviceAccountsEnabled": true,
      "publicClient": false,
      "protocol": "openid-connect"
    }
  ],
  "identityProviders": [
    {"alias": "eidas", "providerId": "saml", "enabled": true}
  ]
}
""", S=_s), _s, "Keycloak server admin docs, realm export/import")

_s = words_pw()
_case("properties/shibboleth-ldap-credential", "shibboleth-idp/conf/ldap.properties", _fill(r"""
# LDAP authentication and attribute resolution for the staff IdP
idp.authn.LDAP.authenticator = bindSearchAuthenticator
idp.authn.LDAP.ldapURL = ldaps://dc01.corp.example-council.gov.uk:636
idp.authn.LDAP.useStartTLS = false
idp.authn.LDAP.baseDN = OU=Staff,DC=corp,DC=example-council,DC=gov,DC=uk
idp.authn.LDAP.subtreeSearch = true
idp.authn.LDAP.userFilter = (sAMAccountName={user})
idp.authn.LDAP.bindDN = CN=svc-shibboleth,OU=Service Accounts,DC=corp,DC=example-council,DC=gov,DC=uk
idp.authn.LDAP.bindDNCredential = %%S%%
idp.authn.LDAP.dnFormat = %s@corp.example-council.gov.uk
idp.attribute.resolver.LDAP.ldapURL = %{idp.authn.LDAP.ldapURL}
idp.attribute.resolver.LDAP.bindDN = %{idp.authn.LDAP.bindDN}
""", S=_s), _s, "Shibboleth IdP v4 LDAPAuthnConfiguration (shibboleth.atlassian.net/wiki)")

_s = rsa_pem()
_case("pem/saml-sp-signing-key", "shibboleth-sp/sp-signing-key.pem", _s + "\n", _s,
      "Shibboleth SP keygen.sh output; SAML SP signing key")

_case("xml/decoy-saml-metadata", "saml/idp-metadata.xml", _fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                     xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                     entityID="https://eidas-proxy.example.gov/idp">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="">
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>%%DIG%%</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>%%SIG%%</ds:SignatureValue>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>%%CERT%%</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                            Location="https://eidas-proxy.example.gov/idp/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", DIG=b64(chars(32)), SIG=base64.b64encode(random.Random(_seed()).randbytes(256)).decode(), CERT=cert_body(8)),
      None, "OASIS SAML 2.0 Metadata specification; XML-DSig")

_case("markdown/decoy-saml-request", "docs/saml-troubleshooting.md", _fill(r"""
# Troubleshooting SAML logins through the eIDAS proxy

When a login fails, grab the `SAMLRequest` parameter from the browser's network tab and
decode it (it is deflated and base64 encoded on the redirect binding, base64 only on POST).

Example POST-binding request captured on the integration environment:

```
SAMLRequest=%%REQ%%
```

Decode with:

```bash
echo "$SAMLREQUEST" | base64 -d | xmllint --format -
```

It carries no credential: the signature is checked against the SP certificate in metadata.
""", REQ=b64('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_' + hexs(32)
             + '" Version="2.0" IssueInstant="2024-02-06T09:12:44Z" Destination="https://eidas-proxy.example.gov/idp/sso">'
             '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://apply.example-benefits.gov/saml/metadata/</saml:Issuer>'
             '</samlp:AuthnRequest>')), None, "OASIS SAML 2.0 Bindings (HTTP POST binding)")

_case("properties/decoy-cert-fingerprint", "config/saml.properties", _fill(r"""
# SAML settings for the court e-filing portal (java-saml / OneLogin toolkit)
onelogin.saml2.strict = true
onelogin.saml2.sp.entityid = https://efile.example-courts.gov/saml/metadata
onelogin.saml2.sp.assertion_consumer_service.url = https://efile.example-courts.gov/saml/acs
onelogin.saml2.idp.entityid = https://sts.example-courts.gov/adfs/services/trust
onelogin.saml2.idp.single_sign_on_service.url = https://sts.example-courts.gov/adfs/ls/
# SHA-256 fingerprint of the ADFS token-signing certificate (public)
onelogin.saml2.idp.certfingerprint = %%FP%%
onelogin.saml2.idp.certfingerprint_algorithm = sha256
onelogin.saml2.security.want_assertions_signed = true
onelogin.saml2.sp.privatekey = ${SAML_SP_PRIVATE_KEY}
""", FP=":".join(hexs(2, upper=True) for _ in range(32))), None, "OneLogin java-saml README, onelogin.saml.properties")

# --- X-Road --------------------------------------------------------------------------------

_XROAD_DOCS = "X-Road Security Server Installation and User Guides (github.com/nordic-institute/X-Road/doc)"

_s = rand_pw(20)
_case("properties/xroad-db-password", "xroad/etc/db.properties", _fill(r"""
# Managed by ansible role xroad-securityserver. Restart xroad-proxy after editing.
serverconf.hibernate.jdbc.use_streams_for_binary = true
serverconf.hibernate.dialect = ee.ria.xroad.common.db.CustomPostgreSQLDialect
serverconf.hibernate.connection.driver_class = org.postgresql.Driver
serverconf.hibernate.connection.url = jdbc:postgresql://ss-db.xroad.internal:5432/serverconf
serverconf.hibernate.hikari.dataSource.currentSchema = serverconf,public
serverconf.hibernate.connection.username = serverconf
serverconf.hibernate.connection.password = %%S%%
""", S=_s), _s, _XROAD_DOCS + ", remote database")

_s = human_pw()
_case("docker-compose/xroad-admin-password", "xroad-sidecar/docker-compose.yml", _fill(r"""
services:
  security-server:
    image: niis/xroad-security-server-sidecar:7.4.2
    container_name: ss-municipal-registry
    restart: unless-stopped
    ports:
      - "4000:4000"
      - "5500:5500"
      - "5577:5577"
      - "8443:8443"
    environment:
      XROAD_TOKEN_PIN: ${XROAD_TOKEN_PIN}
      XROAD_ADMIN_USER: xrd-admin
      XROAD_ADMIN_PASSWORD: "%%S%%"
      XROAD_LOG_LEVEL: INFO
    volumes:
      - xroad-config:/etc/xroad
      - xroad-archive:/var/lib/xroad

volumes:
  xroad-config:
  xroad-archive:
""", S=_s), _s, "X-Road Security Server Sidecar user guide (docker environment variables)")

_s = rand_pw(16, "-_")
_case("shell/xroad-token-pin", "provision/xroad/enable-autologin.sh", _fill(r"""
#!/usr/bin/env bash
# Enables the software token autologin on the security server so it survives restarts.
set -euo pipefail

install -o xroad -g xroad -m 0600 /dev/null /etc/xroad/autologin
cat > /etc/xroad/autologin <<'EOF'
%%S%%
EOF

systemctl restart xroad-autologin
systemctl is-active --quiet xroad-signer && echo "signer running"
""", S=_s), _s, _XROAD_DOCS + ", autologin")

_s = uuid_s()
_case("shell/xroad-api-key", "ops/xroad/list-clients.sh", _fill(r"""
#!/bin/sh
# Lists the clients registered on the population register security server.
SS_HOST="ss01.xroad.example.gov"
XROAD_API_KEY="%%S%%"

curl --silent --fail \
  -H "Authorization: X-Road-ApiKey token=${XROAD_API_KEY}" \
  -H "Accept: application/json" \
  "https://${SS_HOST}:4000/api/v1/clients?instance=EE&member_class=GOV" \
  | jq -r '.[] | [.id, .member_name, .status] | @tsv'
""", S=_s), _s, "X-Road Security Server REST API (api-key authentication), User Guide")

_s = words_pw()
_case("ansible/xroad-admin-password", "inventories/prod/group_vars/security_servers.yml", _fill(r"""
---
xroad_repo_baseurl: https://artifactory.niis.org/xroad-release-deb
xroad_variant: ee
xroad_ui_user: xroad-admin
xroad_ui_user_password: %%S%%
xroad_database_remote: true
xroad_database_host: ss-db.xroad.internal
xroad_instance: EE
xroad_member_class: GOV
xroad_member_code: "70000310"
xroad_server_code: ss-population-register
""", S=_s), _s, "NIIS X-Road ansible playbooks README (ansible/xroad_init.yml variables)")

_case("xml/decoy-xroad-anchor", "xroad/configuration-anchor.xml", _fill(r"""
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<tns:configurationSource xmlns:tns="http://x-road.eu/xsd/xroad.xsd">
    <generatedAt>2024-01-22T08:41:07Z</generatedAt>
    <instanceIdentifier>EE</instanceIdentifier>
    <source>
        <downloadURL>http://cs1.xroad.example.gov/internalconf</downloadURL>
        <verificationCert>%%CERT%%</verificationCert>
    </source>
    <source>
        <downloadURL>http://cs2.xroad.example.gov/internalconf</downloadURL>
        <verificationCert>%%CERT2%%</verificationCert>
    </source>
</tns:configurationSource>
""", CERT=cert_body(5), CERT2=cert_body(5)), None, _XROAD_DOCS + ", configuration anchor (public)")

_case("ini/decoy-xroad-local-ini", "xroad/etc/conf.d/local.ini", r"""; Local overrides for the security server. Passwords are not kept here.
[proxy]
health-check-interface=0.0.0.0
health-check-port=5588
client-timeout=30000
server-listen-port=5500

[signer]
key-length=3072
csr-signature-digest-algorithm=SHA-256

[message-log]
archive-interval=0 0 0/2 1/1 * ? *
archive-transaction-batch=10000
message-body-logging=false

[op-monitor]
keep-records-for-days=7
""", None, _XROAD_DOCS + ", system parameters")

_case("ansible/decoy-vault", "inventories/prod/group_vars/vault.yml", _fill(r"""
---
# Encrypted with ansible-vault; the key is in the team's password manager.
xroad_token_pin: !vault |
          %%V1%%
xroad_database_password: !vault |
          %%V2%%
""", V1=ansible_vault_blob().replace("\n", "\n          "), V2=ansible_vault_blob().replace("\n", "\n          ")),
      None, "Ansible docs, encrypting variables with ansible-vault (!vault tag)")

# --- CKAN ------------------------------------------------------------------------------------

_CKAN_DOCS = "CKAN documentation, configuration options (docs.ckan.org/en/2.10/maintaining/configuration.html)"

_s = rand_pw(18)
_case("ini/ckan-database-url", "deployment/production.ini", _fill(r"""
#
# CKAN - Pylons configuration for data.example-state.gov
#
[DEFAULT]
debug = false

[app:main]
use = egg:ckan
ckan.site_url = https://data.example-state.gov
ckan.site_id = data_example_state
sqlalchemy.url = postgresql://ckan_default:%%S%%@ckan-db.internal:5432/ckan_default
ckan.datastore.read_url = postgresql://datastore_ro@ckan-db.internal:5432/datastore_default
solr_url = http://solr.internal:8983/solr/ckan
ckan.redis.url = redis://redis.internal:6379/1
ckan.plugins = activity scheming_datasets dcat harvest ckan_harvester datastore datapusher
ckan.storage_path = /var/lib/ckan/default
ckan.max_resource_size = 500

[loggers]
keys = root, ckan
""", S=_s), _s, _CKAN_DOCS)

_s = chars(25, ALNUM)
_case("ini/ckan-session-secret", "ckan/config/ckan.ini", _fill(r"""
[app:main]
use = egg:ckan
ckan.site_url = https://opendata.examplecity.gov
## Session settings
beaker.session.key = ckan
beaker.session.type = ext:redis
beaker.session.url = redis://redis:6379/2
beaker.session.secret = %%S%%
beaker.session.httponly = true
beaker.session.secure = true
who.timeout = 3600
ckan.auth.create_user_via_web = false
ckan.auth.public_user_details = false
""", S=_s), _s, _CKAN_DOCS + ", beaker.session.secret")

_s = chars(43, ALNUM + "-_")
_case("ini/ckan-jwt-secret", "config/ckan-2.10.ini", _fill(r"""
[app:main]
use = egg:ckan
ckan.site_url = https://catalog.example-agency.gov
SECRET_KEY = ${CKAN___SECRET_KEY}
# API token settings
api_token.nbytes = 60
api_token.jwt.encode.secret = string:%%S%%
api_token.jwt.decode.secret = string:%%S%%
api_token.jwt.algorithm = HS256
ckan.auth.anon_create_dataset = false
ckan.datapusher.url = http://datapusher:8800
""", S=_s), _s, _CKAN_DOCS + ", api_token.jwt.encode.secret")

_s = jwt({"jti": chars(43, ALNUM + "-_"), "iat": 1709820000})
_case("python/ckan-api-token", "scripts/publish_transit_feed.py", _fill(r"""
#!/usr/bin/env python3
"""+"%%Q3%%"+r"""Nightly upload of the GTFS feed to the state open-data catalog."""+"%%Q3%%"+r"""
import datetime as dt

from ckanapi import RemoteCKAN

CATALOG = "https://data.example-state.gov"
API_TOKEN = "%%S%%"
PACKAGE = "statewide-gtfs-schedule"


def main():
    ckan = RemoteCKAN(CATALOG, apikey=API_TOKEN, user_agent="dot-gtfs-publisher/1.4")
    with open("out/gtfs.zip", "rb") as upload:
        ckan.action.resource_create(
            package_id=PACKAGE,
            name=f"GTFS {dt.date.today():%Y-%m-%d}",
            format="ZIP",
            upload=upload,
        )


if __name__ == "__main__":
    main()
""", S=_s), _s, "ckanapi README (github.com/ckan/ckanapi); CKAN API tokens")

_s = human_pw()
_case("env/ckan-sysadmin-password", "ckan-docker/.env", _fill(r"""
# Container names
NGINX_CONTAINER_NAME=nginx
REDIS_CONTAINER_NAME=redis
POSTGRESQL_CONTAINER_NAME=db
SOLR_CONTAINER_NAME=solr
CKAN_CONTAINER_NAME=ckan

# CKAN core
CKAN_SITE_ID=default
CKAN_SITE_URL=https://opendata.examplecity.gov
CKAN_PORT=5000
CKAN_SYSADMIN_NAME=ckan_admin
CKAN_SYSADMIN_PASSWORD=%%S%%
CKAN_SYSADMIN_EMAIL=opendata@examplecity.gov
CKAN_STORAGE_PATH=/var/lib/ckan
CKAN_SMTP_SERVER=smtp.corporateict.domain:25
TZ=America/New_York
""", S=_s), _s, "ckan-docker README (.env.example)")

_s = uuid_s()
_case("gitlab-ci/ckan-api-key", ".gitlab-ci.yml", _fill(r"""
stages:
  - validate
  - harvest

variables:
  CKAN_URL: "https://data.example-county.gov"
  CKAN_API_KEY: "%%S%%"
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

validate:
  stage: validate
  image: python:3.11-slim
  script:
    - pip install frictionless ckanapi
    - frictionless validate datapackage.json

harvest:
  stage: harvest
  image: python:3.11-slim
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    - pip install ckanapi
    - ckanapi load datasets -I datasets.jsonl -r "$CKAN_URL" -a "$CKAN_API_KEY"
""", S=_s), _s, "GitLab CI/CD YAML reference; ckanapi CLI docs")

_s = passphrase()
_case("docker-compose/ckan-postgres", "docker-compose.prod.yml", _fill(r"""
services:
  ckan:
    image: ckan/ckan-base:2.10
    depends_on: [db, solr, redis]
    environment:
      CKAN_SQLALCHEMY_URL: postgresql://ckandbuser:%%S%%@db/ckandb
      CKAN_SOLR_URL: http://solr:8983/solr/ckan
      CKAN_REDIS_URL: redis://redis:6379/1
      CKAN_SITE_URL: https://opendata.example-county.gov
    ports:
      - "5000:5000"
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: ckandbuser
      POSTGRES_PASSWORD: %%S%%
      POSTGRES_DB: ckandb
    volumes:
      - pg_data:/var/lib/postgresql/data
  solr:
    image: ckan/ckan-solr:2.10-solr9
  redis:
    image: redis:7

volumes:
  pg_data:
""", S=_s), _s, "ckan-docker compose file; postgres image docs")

_case("ini/decoy-ckan-docs-default", "ckan/config/development.ini", r"""[app:main]
use = egg:ckan
debug = true
ckan.site_url = http://localhost:5000
# Values below are the ones from the CKAN install docs, for the local dev database only.
sqlalchemy.url = postgresql://ckan_default:pass@localhost/ckan_default
ckan.datastore.write_url = postgresql://ckan_default:pass@localhost/datastore_default
ckan.datastore.read_url = postgresql://datastore_default:pass@localhost/datastore_default
beaker.session.secret = ${CKAN___BEAKER__SESSION__SECRET}
api_token.jwt.encode.secret = string:%(beaker.session.secret)s
ckan.plugins = activity datastore datapusher
solr_url = http://127.0.0.1:8983/solr/ckan
""", None, "CKAN docs, installing CKAN from source (placeholder password 'pass')")

_case("json/decoy-ckan-package", "tests/fixtures/package_show_air_quality.json", _fill(r"""
{
  "help": "https://data.example-state.gov/api/3/action/help_show?name=package_show",
  "success": true,
  "result": {
    "id": "%%ID%%",
    "name": "air-quality-monitoring-hourly",
    "title": "Air Quality Monitoring - Hourly",
    "license_id": "cc-by",
    "owner_org": "%%ORG%%",
    "resources": [
      {
        "id": "%%RID%%",
        "format": "CSV",
        "hash": "sha256:%%HASH%%",
        "url": "https://data.example-state.gov/dataset/air-quality/resource/download/aq_hourly.csv",
        "datastore_active": true
      }
    ],
    "revision_id": "%%REV%%"
  }
}
""", ID=uuid_s(), ORG=uuid_s(), RID=uuid_s(), HASH=hexs(64), REV=uuid_s()), None, "CKAN API docs, package_show response")

_case("python/decoy-ckan-env", "harvest/push_to_catalog.py", r"""import os
import sys

from ckanapi import RemoteCKAN, NotAuthorized

CKAN_URL = os.getenv("CKAN_URL", "https://demo.ckan.org")
# Create a token under User > API Tokens and export it as CKAN_API_TOKEN.
API_TOKEN = os.environ.get("CKAN_API_TOKEN", "")


def main(package_file: str) -> int:
    if not API_TOKEN:
        print("CKAN_API_TOKEN is not set", file=sys.stderr)
        return 2
    ckan = RemoteCKAN(CKAN_URL, apikey=API_TOKEN)
    try:
        ckan.call_action("package_create", {"name": "example", "owner_org": "example-org"})
    except NotAuthorized:
        return 1
    return 0
""", None, "ckanapi README")

# --- Socrata, api.data.gov, Census ------------------------------------------------------------

_s = words_pw()
_case("python/socrata-password", "etl/upload_311_requests.py", _fill(r"""
import pandas as pd
from sodapy import Socrata

DOMAIN = "data.examplecity.gov"
DATASET_ID = "erm2-nwe9"

client = Socrata(
    DOMAIN,
    "QkD8x3PzV1aTn6YwLr0cHe2Fm",  # app token (throttling only)
    username="opendata-etl@examplecity.gov",
    password="%%S%%",
    timeout=120,
)

df = pd.read_parquet("staging/311_requests_today.parquet")
records = df.to_dict(orient="records")
for start in range(0, len(records), 5000):
    client.upsert(DATASET_ID, records[start:start + 5000])
client.close()
""", S=_s), _s, "sodapy README (github.com/xmunoz/sodapy)")

_s = human_pw()
_case("r/socrata-password", "analysis/permits_dashboard.R", _fill(r"""
library(RSocrata)
library(dplyr)
library(lubridate)

# Private dataset: building permits incl. unpublished applicant fields
permits <- read.socrata(
  "https://data.examplecounty.gov/resource/ydr8-5enu.json?$where=issue_date > '2023-01-01'",
  app_token = "Xj4mN0qR7tV2wY5zA8cE1gH3k",
  email     = "gis.analyst@examplecounty.gov",
  password  = "%%S%%"
)

monthly <- permits %>%
  mutate(month = floor_date(as.Date(issue_date), "month")) %>%
  count(month, permit_type)

write.csv(monthly, "output/permits_by_month.csv", row.names = FALSE)
""", S=_s), _s, "RSocrata README (read.socrata with email/password)")

_s = chars(50, ALNUM)
_case("env/socrata-api-key-secret", "pipelines/socrata-publisher/.env", _fill(r"""
# Socrata API key (Developer settings > API keys); used as HTTP basic auth
SOCRATA_DOMAIN=data.example-state.gov
SOCRATA_KEY_ID=%%KID%%
SOCRATA_KEY_SECRET=%%S%%
SOCRATA_DATASET_RESTAURANT_INSPECTIONS=43nn-pn8j
SOCRATA_DATASET_FOOD_TRUCK_PERMITS=rqzj-sfat
BATCH_SIZE=10000
""", KID=chars(25, LOWER_ALNUM), S=_s), _s, "Socrata developer docs, API keys and authentication (dev.socrata.com)")

_s = chars(40)
_case("javascript/api-data-gov-key", "scripts/fetch-candidates.mjs", _fill(r"""
// Pulls candidate totals from the OpenFEC API for the campaign finance explorer.
import fs from 'node:fs/promises'

const FEC_API = 'https://api.open.fec.gov/v1'
const API_KEY = '%%S%%' // api.data.gov key, 1000 req/hour

async function candidates (cycle, page = 1) {
  const url = `${FEC_API}/candidates/totals/?cycle=${cycle}&office=H&per_page=100&page=${page}&api_key=${API_KEY}`
  const res = await fetch(url)
  if (!res.ok) throw new Error(`FEC ${res.status}`)
  return res.json()
}

const first = await candidates(2024)
await fs.writeFile('data/candidates-2024.json', JSON.stringify(first.results, null, 2))
console.log(`saved ${first.results.length} of ${first.pagination.count}`)
""", S=_s), _s, "OpenFEC API docs (api.open.fec.gov/developers); api.data.gov keys")

_s = chars(40)
_case("python/regulations-gov-key", "comments/download_docket.py", _fill(r"""
import time

import requests

API = "https://api.regulations.gov/v4"
HEADERS = {"X-Api-Key": "%%S%%"}


def comments(docket_id):
    page = 1
    while True:
        r = requests.get(f"{API}/comments", headers=HEADERS,
                         params={"filter[docketId]": docket_id, "page[size]": 250, "page[number]": page})
        r.raise_for_status()
        data = r.json()["data"]
        yield from data
        if len(data) < 250:
            return
        page += 1
        time.sleep(3.6)
""", S=_s), _s, "Regulations.gov API v4 docs (open.gsa.gov/api/regulationsgov)")

_s = hexs(40)
_case("r/census-api-key", "R/setup_census.R", _fill(r"""
# One-off setup for the housing needs assessment project
library(tidycensus)
library(tigris)
options(tigris_use_cache = TRUE)

census_api_key("%%S%%", install = TRUE, overwrite = TRUE)
readRenviron("~/.Renviron")

rent_burden <- get_acs(
  geography = "tract",
  variables = c(burdened = "B25070_010", total = "B25070_001"),
  state = "NC", county = "Durham", year = 2022, geometry = TRUE
)
""", S=_s), _s, "tidycensus docs, census_api_key()")

_s = hexs(40)
_case("ipynb/census-api-key", "notebooks/acs_broadband_gaps.ipynb", _fill(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Broadband subscription gaps by county (ACS 5-year)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from census import Census\n",
    "from us import states\n",
    "import pandas as pd\n",
    "\n",
    "c = Census(\"%%S%%\", year=2022)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "rows = c.acs5.state_county(('NAME', 'B28002_013E', 'B28002_001E'), states.OR.fips, Census.ALL)\n",
    "df = pd.DataFrame(rows)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", S=_s), _s, "census Python package README; Jupyter notebook format")

_case("python/decoy-demo-key", "scripts/nrel_stations.py", r"""import os

import requests

# DEMO_KEY is the public, rate-limited key api.data.gov documents for exploring its APIs.
API_KEY = os.environ.get("DATA_GOV_API_KEY", "DEMO_KEY")
URL = "https://developer.nrel.gov/api/alt-fuel-stations/v1.json"


def ev_stations(state: str) -> list:
    resp = requests.get(URL, params={"api_key": API_KEY, "fuel_type": "ELEC", "state": state, "limit": 200})
    resp.raise_for_status()
    return resp.json()["fuel_stations"]


if __name__ == "__main__":
    print(len(ev_stations("CO")))
""", None, "api.data.gov docs, DEMO_KEY")

_case("r/decoy-census-env", "R/load_acs.R", r"""library(tidycensus)

# Key comes from ~/.Renviron (CENSUS_API_KEY=...), set once per analyst machine.
if (Sys.getenv("CENSUS_API_KEY") == "") {
  stop("Set CENSUS_API_KEY in ~/.Renviron; request one at https://api.census.gov/data/key_signup.html")
}

acs <- get_acs(
  geography = "county", state = "WA",
  variables = c(median_income = "B19013_001"),
  year = 2022, key = Sys.getenv("CENSUS_API_KEY")
)
""", None, "tidycensus docs")

_case("ipynb/decoy-getpass", "notebooks/socrata_private_export.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "from sodapy import Socrata\n",
    "\n",
    "password = getpass.getpass('Socrata password: ')\n",
    "client = Socrata('data.examplecity.gov', app_token=None,\n",
    "                 username='analyst@examplecity.gov', password=password)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Python getpass docs; sodapy README")

# --- tax, benefits and vehicle agency APIs ------------------------------------------------

_HMRC_DOCS = "HMRC Developer Hub, application-restricted and user-restricted endpoints (developer.service.hmrc.gov.uk)"

_s = uuid_s()
_case("hocon/hmrc-client-secret", "conf/application.conf", _fill(r"""
# Copyright 2024 HM Revenue & Customs
include "frontend.conf"

appName = "vat-return-filing-frontend"
play.http.router = prod.Routes
play.filters.enabled += play.filters.csp.CSPFilter

microservice {
  services {
    hmrc-mtd-vat {
      protocol = https
      host = api.service.hmrc.gov.uk
      port = 443
      client-id = "Tz0pQfV3aXkL8mNq2RsYw7BcD4e"
      client-secret = "%%S%%"
      server-token-scope = "read:vat write:vat"
    }
  }
}

mongodb.uri = "mongodb://localhost:27017/vat-return-filing-frontend"
""", S=_s), _s, _HMRC_DOCS + "; Play Framework HOCON configuration")

_s = uuid_s()
_case("python/hmrc-mtd-client-secret", "bridging/hmrc_auth.py", _fill(r"""
"""+"%%Q3%%"+r"""OAuth 2.0 helper for the MTD VAT bridging tool used by the council's finance team."""+"%%Q3%%"+r"""
from requests_oauthlib import OAuth2Session

HMRC_BASE = "https://api.service.hmrc.gov.uk"
CLIENT_ID = "pQ7rS2tU9vW4xY1zA6bC3dE8fG0h"
CLIENT_SECRET = "%%S%%"
REDIRECT_URI = "http://localhost:8765/oauth/callback"
SCOPES = ["read:vat", "write:vat"]


def session(state=None):
    return OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI, scope=SCOPES, state=state)


def exchange(code):
    return session().fetch_token(
        f"{HMRC_BASE}/oauth/token",
        code=code,
        client_secret=CLIENT_SECRET,
        include_client_id=True,
    )
""", S=_s), _s, _HMRC_DOCS)

_s = chars(40)
_case("markdown/dvla-api-key", "docs/runbooks/vehicle-enquiry.md", _fill(r"""
# Vehicle Enquiry Service (VES) - runbook

The fleet compliance job calls the DVLA Vehicle Enquiry API to check tax and MOT status of
council vehicles every morning.

## Manual check

```bash
curl -s -X POST https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles \
  -H "x-api-key: %%S%%" \
  -H "Content-Type: application/json" \
  -d '{"registrationNumber": "AB12CDE"}' | jq .
```

## Rate limits

15 requests per second; a 429 means back off for a minute. Contact the DVLA API team via
the developer portal if the key needs rotating.
""", S=_s), _s, "DVLA Vehicle Enquiry API docs (developer-portal.driver-vehicle-licensing.api.gov.uk)")

_s = azure_secret()
_case("spring-yaml/dvsa-client-secret", "src/main/resources/application-prod.yml", _fill(r"""
spring:
  application:
    name: fleet-mot-checker
  security:
    oauth2:
      client:
        registration:
          dvsa:
            provider: dvsa
            client-id: 5c1e8f2a-9b3d-4e7f-a6c0-1d2e3f4a5b6c
            client-secret: %%S%%
            authorization-grant-type: client_credentials
            scope: https://tapi.dvsa.gov.uk/.default
        provider:
          dvsa:
            token-uri: https://login.microsoftonline.com/a455b827-244f-4c97-b5b4-ce5d13b4d00c/oauth2/v2.0/token
mot:
  api-url: https://history.mot.api.gov.uk/v1/trade/vehicles/registration
  api-key: ${MOT_API_KEY}
""", S=_s), _s, "DVSA MOT History API docs (documentation.history.mot.api.gov.uk); Spring Security OAuth2 client")

_s = uuid_s()
_case("python/companies-house-key", "suppliers/company_check.py", _fill(r"""
import requests

CH_API = "https://api.company-information.service.gov.uk"
CH_API_KEY = "%%S%%"  # REST key from developer.company-information.service.gov.uk


def company_profile(number: str) -> dict:
    r = requests.get(f"{CH_API}/company/{number}", auth=(CH_API_KEY, ""), timeout=15)
    r.raise_for_status()
    return r.json()


def active_supplier(number: str) -> bool:
    profile = company_profile(number)
    return profile.get("company_status") == "active" and not profile.get("has_insolvency_history")
""", S=_s), _s, "Companies House API docs, authentication (HTTP basic, key as username)")

_s = words_pw()
_case("properties/irs-mef-keystore-password", "mef-client/conf/mef-client.properties", _fill(r"""
# IRS Modernized e-File (MeF) A2A client - state revenue department transmitter
mef.etin=12345
mef.appSysId=23456789
mef.endpoint=https://la.alt.www4.irs.gov/a2a/mef
mef.soapVersion=1.2
mef.keystore.type=JKS
mef.keystore.file=/opt/mef/keystore/a2a-strong-auth.jks
mef.keystore.password=%%S%%
mef.keystore.alias=mef-a2a-2024
mef.log.dir=/var/log/mef
mef.retry.count=3
""", S=_s), _s, "IRS MeF State and Trading Partners ICD, A2A toolkit configuration")

_s = rand_pw(22, "!#")
_case("webconfig/sqlserver-connection", "BenefitsPortal.Web/Web.config", _fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="HousingBenefitCalcEndpoint" value="https://hbcalc.internal/api/v2" />
  </appSettings>
  <connectionStrings>
    <add name="BenefitsDb"
         connectionString="Data Source=SQLCLUS02\BENEFITS;Initial Catalog=HousingBenefit;User ID=hb_portal;Password=%%S%%;Encrypt=True;TrustServerCertificate=False"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", S=_s), _s, "ASP.NET Web.config connectionStrings docs (learn.microsoft.com)")

_s = rand_pw(24)
_case("terraform/rds-password", "infra/benefits-claims/rds.tf", _fill(r"""
resource "aws_db_subnet_group" "claims" {
  name       = "benefits-claims"
  subnet_ids = module.vpc.database_subnets
}

resource "aws_db_instance" "claims" {
  identifier              = "benefits-claims-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  storage_encrypted       = true
  db_name                 = "claims"
  username                = "claims_admin"
  password                = "%%S%%"
  db_subnet_group_name    = aws_db_subnet_group.claims.name
  backup_retention_period = 35
  deletion_protection     = true
  multi_az                = true
}
""", S=_s), _s, "Terraform AWS provider, aws_db_instance (registry.terraform.io)")

_s = chars(48, ALNUM)
_case("go/vehicle-registration-token", "internal/dmv/client.go", _fill(r"""
package dmv

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.dmv.example-state.gov/registration/v2"
	// service token issued by the DMV integration team for the parking enforcement system
	apiToken = "%%S%%"
)

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 10 * time.Second}}
}

func (c *Client) Lookup(ctx context.Context, plate, state string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/plates/%s/%s", baseURL, state, plate), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	return c.http.Do(req)
}
""", S=_s), _s, "Go net/http docs; state DMV partner API bearer token")

_s = chars(32)
_case("helm-values/os-places-key", "deploy/helm/address-lookup/values-prod.yaml", _fill(r"""
replicaCount: 3
image:
  repository: ghcr.io/example-council/address-lookup
  tag: "2.8.1"
service:
  port: 8080
env:
  OS_PLACES_URL: https://api.os.uk/search/places/v1
  OS_PLACES_KEY: "%%S%%"
  DATASET: DPA,LPI
  CACHE_TTL_SECONDS: "86400"
ingress:
  enabled: true
  hosts:
    - host: address-lookup.apps.example-council.gov.uk
      paths: ["/"]
resources:
  limits:
    memory: 256Mi
""", S=_s), _s, "OS Places API docs (osdatahub.os.uk); Helm values files")

_case("hocon/decoy-env-substitution", "conf/application.conf.prod-template", r"""include "backend.conf"

appName = "income-tax-submission"

microservice {
  services {
    hmrc-api {
      host = api.service.hmrc.gov.uk
      port = 443
      client-id = ${?HMRC_CLIENT_ID}
      client-secret = ${?HMRC_CLIENT_SECRET}
    }
    auth {
      host = localhost
      port = 8500
    }
  }
}
""", None, "HOCON spec, optional environment substitution ${?VAR}")

_case("postman/decoy-placeholder", "postman/DVLA-VES.postman_collection.json", r"""{
  "info": {
    "name": "DVLA Vehicle Enquiry",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Vehicle details",
      "request": {
        "method": "POST",
        "header": [
          {"key": "x-api-key", "value": "{{ves_api_key}}"},
          {"key": "Content-Type", "value": "application/json"}
        ],
        "body": {"mode": "raw", "raw": "{\"registrationNumber\": \"TE57VRN\"}"},
        "url": "https://uat.driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles"
      }
    }
  ],
  "variable": [{"key": "ves_api_key", "value": "YOUR_API_KEY"}]
}
""", None, "Postman collection format v2.1; DVLA VES docs (test registration numbers)")

_case("serverless/decoy-ssm-reference", "serverless.yml", r"""service: mot-reminder

provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    MOT_API_KEY: ${ssm:/mot-reminder/prod/mot-api-key}
    MOT_CLIENT_SECRET: ${ssm:/mot-reminder/prod/client-secret}
    NOTIFY_API_KEY_ARN: arn:aws:secretsmanager:eu-west-2:123456789012:secret:mot-reminder/notify-AbCdEf
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [secretsmanager:GetSecretValue]
          Resource: arn:aws:secretsmanager:eu-west-2:123456789012:secret:mot-reminder/*

functions:
  remind:
    handler: handler.remind
    events:
      - schedule: cron(0 7 * * ? *)
""", None, "Serverless Framework docs, ${ssm:} variables")

_case("properties/decoy-jasypt", "src/main/resources/application-prod.properties", _fill(r"""
spring.application.name=tax-credit-case-service
spring.datasource.url=jdbc:postgresql://tcs-db.internal:5432/tcs
spring.datasource.username=tcs_app
# encrypted with jasypt; the key is passed as JASYPT_ENCRYPTOR_PASSWORD at runtime
spring.datasource.password=ENC(%%E1%%)
hmrc.api.client-secret=ENC(%%E2%%)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
management.endpoints.web.exposure.include=health,info
""", E1=b64(chars(47)), E2=b64(chars(62))), None, "jasypt-spring-boot README, ENC() values")

_case("spring-yaml/decoy-cipher", "config-repo/benefits-eligibility-prod.yml", _fill(r"""
# Spring Cloud Config server repo: {cipher} values are decrypted by the config server
spring:
  datasource:
    url: jdbc:postgresql://elig-db.internal:5432/eligibility
    username: eligibility
    password: '{cipher}%%C1%%'
dwp:
  citizen-api:
    base-url: https://citizen-api.internal
    client-secret: '{cipher}%%C2%%'
""", C1=hexs(96), C2=hexs(128)), None, "Spring Cloud Config docs, encryption and decryption ({cipher})")

# --- case management --------------------------------------------------------------------

_s = chars(25)
_case("python/salesforce-security-token", "sync/salesforce_cases.py", _fill(r"""
import os

from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration.user@childrensservices.example.gov",
    password=os.environ["SF_PASSWORD"],
    security_token="%%S%%",
    domain="login",
)


def open_safeguarding_cases():
    soql = (
        "SELECT Id, CaseNumber, Status, Priority, CreatedDate "
        "FROM Case WHERE RecordType.DeveloperName = 'Safeguarding' AND IsClosed = false"
    )
    return sf.query_all(soql)["records"]
""", S=_s), _s, "simple-salesforce README (username/password/security_token)")

_s = hexs(64, upper=True)
_case("properties/salesforce-consumer-secret", "integration/src/main/resources/salesforce.properties", _fill(r"""
# Connected app "Licensing Back Office Sync" (Government Cloud Plus org)
salesforce.loginUrl=https://examplecity.my.salesforce.com
salesforce.apiVersion=59.0
salesforce.clientId=3MVG9ZL0ppGP5UrBwP1Yq7Jx8nT2cK4d5vH6sL7mN8pQ9rS0tU1wX2yZ3aB4cD5eF6gH7iJ8kL9m
salesforce.clientSecret=%%S%%
salesforce.username=licensing.integration@examplecity.gov
salesforce.grantType=client_credentials
salesforce.batchSize=200
""", S=_s), _s, "Salesforce connected app docs, OAuth 2.0 client credentials flow")

_s = azure_secret()
_case("appsettings/dynamics-client-secret", "CaseWorker.Api/appsettings.json", _fill(r"""
{
  "ConnectionStrings": {
    "Dataverse": "AuthType=ClientSecret;Url=https://adultsocialcare.crm11.dynamics.com;ClientId=9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b;ClientSecret=%%S%%"
  },
  "CaseRouting": {
    "DefaultQueue": "Adult Social Care - Front Door",
    "EscalationHours": 48
  },
  "Serilog": {
    "MinimumLevel": "Information"
  }
}
""", S=_s), _s, "Dataverse ServiceClient connection strings (learn.microsoft.com/power-apps/developer/data-platform/xrm-tooling)")

_s = human_pw()
_case("powershell/servicenow-password", "scripts/Close-ResolvedIncidents.ps1", _fill(r"""
<#
.SYNOPSIS
  Closes ServiceNow incidents for the permits service that have been Resolved for 7 days.
#>
param([int]$Days = 7)

$instance = "examplecounty.service-now.com"
$user = "svc_permits_integration"
$pass = ConvertTo-SecureString "%%S%%" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$query = "assignment_group.name=Permits Digital^state=6^resolved_at<javascript:gs.daysAgoStart($Days)"
$uri = "https://$instance/api/now/table/incident?sysparm_query=$([uri]::EscapeDataString($query))"
$incidents = Invoke-RestMethod -Uri $uri -Credential $cred -Method Get

foreach ($inc in $incidents.result) {
    $body = @{ state = 7; close_code = "Solved (Permanently)" } | ConvertTo-Json
    Invoke-RestMethod -Uri "https://$instance/api/now/table/incident/$($inc.sys_id)" -Credential $cred -Method Patch -Body $body -ContentType "application/json"
}
""", S=_s), _s, "ServiceNow Table API docs; PowerShell ConvertTo-SecureString docs")

_s = rand_pw(16, "#$")
_case("tomcat-context/pega-db-password", "pega/tomcat/conf/context.xml", _fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Environment name="prconfig/database/databases/PegaRULES/defaultSchema" value="pegarules" type="java.lang.String"/>
    <Environment name="prconfig/database/databases/PegaDATA/defaultSchema" value="pegadata" type="java.lang.String"/>
    <Environment name="url" value="http://localhost:8080/prweb/PRRestService" type="java.lang.String"/>
    <Resource name="jdbc/PegaRULES"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://pega-db.caseworks.internal:5432/pega"
              username="pega_app"
              password="%%S%%"
              maxTotal="100"
              maxIdle="30"
              maxWaitMillis="10000"/>
</Context>
""", S=_s), _s, "Pega Platform installation guide for Tomcat/PostgreSQL, context.xml")

_s = atlassian_token()
_case("yaml/atlassian-api-token", "triage-bot/config.yml", _fill(r"""
# Moves citizen feedback from the contact form into the service team's Jira board
jira:
  url: https://example-gds.atlassian.net
  project: APPLY
  issue_type: Feedback
  user: triage-bot@example-department.gov.uk
  api_token: %%S%%
zendesk:
  subdomain: example-department
  view_id: 360001234567
labels:
  - citizen-feedback
  - needs-triage
""", S=_s), _s, "Atlassian docs, manage API tokens for your Atlassian account")

_case("tomcat-context/decoy-placeholder", "pega/tomcat/conf/context.xml.tmpl", r"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <Resource name="jdbc/PegaRULES"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://${PEGA_DB_HOST}:5432/pega"
              username="${PEGA_DB_USER}"
              password="${PEGA_DB_PASSWORD}"
              maxTotal="100"/>
</Context>
""", None, "Pega Docker image docs (context.xml.tmpl rendered from env)")

_case("powershell/decoy-secret-management", "scripts/Sync-CaseQueues.ps1", r"""#Requires -Modules Microsoft.PowerShell.SecretManagement
param(
    [string]$Vault = "CaseManagementVault"
)

# Credential lives in the team's Azure Key Vault, registered as a SecretManagement vault.
$cred = Get-Secret -Name "servicenow-integration" -Vault $Vault
$instance = "examplecounty.service-now.com"

$queues = Invoke-RestMethod -Uri "https://$instance/api/now/table/sys_user_group?sysparm_limit=50" `
    -Credential $cred -Method Get
$queues.result | Select-Object name, sys_id | Export-Csv -Path .\queues.csv -NoTypeInformation
""", None, "PowerShell SecretManagement module docs")

# --- permits and licensing ----------------------------------------------------------------

_s = hexs(32)
_case("json/accela-app-secret", "config/accela.prod.json", _fill(r"""
{
  "environment": "PROD",
  "agency": "EXAMPLECOUNTY",
  "apiBaseUrl": "https://apis.accela.com",
  "appId": "637581034567891234",
  "appSecret": "%%S%%",
  "scope": "records inspections documents",
  "recordTypes": [
    "Building/Residential/Alteration/NA",
    "Licenses/Business/General/Application"
  ],
  "pollIntervalSeconds": 300
}
""", S=_s), _s, "Accela Construct API developer docs (developer.accela.com), app credentials")

_s = arcgis_key()
_case("python/arcgis-api-key", "gis/refresh_permit_layer.py", _fill(r"""
from arcgis.features import FeatureLayer
from arcgis.gis import GIS

# API key scoped to the "Open Permits" hosted layer (items: write)
gis = GIS("https://www.arcgis.com", api_key="%%S%%")

LAYER_URL = (
    "https://services3.arcgis.com/ExAmPlEoRgId/arcgis/rest/services/Open_Building_Permits/FeatureServer/0"
)


def refresh(features):
    layer = FeatureLayer(LAYER_URL, gis=gis)
    layer.manager.truncate()
    return layer.edit_features(adds=features)
""", S=_s), _s, "ArcGIS API for Python docs, authentication with API keys")

_s = human_pw()
_case("ipynb/arcgis-password", "notebooks/zoning_overlay_audit.ipynb", _fill(r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from arcgis.gis import GIS\n",
    "gis = GIS(\"https://gis.examplecounty.gov/portal\", \"portaladmin\", \"%%S%%\", verify_cert=False)\n",
    "gis"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "items = gis.content.search('owner:planning AND type:\"Feature Service\"', max_items=500)\n",
    "len(items)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "ArcGIS Pro", "language": "python", "name": "arcgispro-py3"}},
 "nbformat": 4,
 "nbformat_minor": 4
}
""", S=_s), _s, "ArcGIS API for Python docs, built-in users; Jupyter notebook format")

_s = stripe_key()
_case("php/stripe-secret-key", "src/Payments/PermitFeeCheckout.php", _fill(r"""
<?php

namespace County\Permits\Payments;

use Stripe\Checkout\Session;
use Stripe\Stripe;

final class PermitFeeCheckout
{
    public function __construct()
    {
        Stripe::setApiKey('%%S%%');
    }

    public function start(string $permitNumber, int $feeCents): Session
    {
        return Session::create([
            'mode' => 'payment',
            'line_items' => [[
                'price_data' => [
                    'currency' => 'usd',
                    'unit_amount' => $feeCents,
                    'product_data' => ['name' => "Permit fee {$permitNumber}"],
                ],
                'quantity' => 1,
            ]],
            'success_url' => 'https://permits.examplecounty.gov/pay/done?session_id={CHECKOUT_SESSION_ID}',
            'cancel_url' => 'https://permits.examplecounty.gov/pay/cancel',
        ]);
    }
}
""", S=_s), _s, "Stripe PHP library README; Stripe Checkout docs")

_s = words_pw()
_case("nginx/basic-auth-header", "deploy/nginx/conf.d/energov-proxy.conf", _fill(r"""
# Citizen portal -> legacy EnerGov API (the API only speaks basic auth)
upstream energov_api {
    server energov-app01.county.local:443;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name permits-api.examplecounty.gov;

    ssl_certificate     /etc/nginx/tls/permits-api.crt;
    ssl_certificate_key /etc/nginx/tls/permits-api.key;

    location /api/energov/ {
        proxy_pass https://energov_api/EnerGov_Prod/SelfService/api/;
        proxy_set_header Host energov-app01.county.local;
        proxy_set_header Authorization "Basic %%S%%";
        proxy_read_timeout 60s;
    }
}
""", S=b64("svc_citizen_portal:" + _s)), _s, "nginx ngx_http_proxy_module docs (proxy_set_header); RFC 7617 Basic auth")

_case("javascript/decoy-stripe-publishable", "frontend/src/payments/checkout.js", _fill(r"""
import { loadStripe } from '@stripe/stripe-js'

// Publishable key: safe to ship to the browser (Stripe docs, "API keys").
const STRIPE_PUBLISHABLE_KEY = '%%PK%%'

export async function redirectToCheckout (sessionId) {
  const stripe = await loadStripe(STRIPE_PUBLISHABLE_KEY)
  const { error } = await stripe.redirectToCheckout({ sessionId })
  if (error) {
    document.getElementById('payment-error').textContent = error.message
  }
}
""", PK=stripe_key("pk_live_")), None, "Stripe docs, API keys (publishable keys are public)")

_case("json/decoy-arcgis-webmap", "gis/webmaps/permits-viewer.json", _fill(r"""
{
  "title": "Permits Viewer",
  "portalUrl": "https://gis.examplecounty.gov/portal",
  "webmap": "%%W%%",
  "operationalLayers": [
    {"id": "permits_0", "itemId": "%%L1%%", "title": "Open Building Permits"},
    {"id": "zoning_0", "itemId": "%%L2%%", "title": "Zoning Districts"},
    {"id": "parcels_0", "itemId": "%%L3%%", "title": "Tax Parcels"}
  ],
  "basemap": {"itemId": "%%B%%"},
  "appid": "%%APP%%"
}
""", W=hexs(32), L1=hexs(32), L2=hexs(32), L3=hexs(32), B=hexs(32), APP=hexs(32)), None,
      "ArcGIS REST API, web map specification (item IDs are public identifiers)")

_case("html/decoy-recaptcha-site-key", "templates/permits/apply.html", r"""{% extends "base.html" %}
{% block head %}
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XH4R"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
{% block content %}
<form method="post" action="{% url 'permits:apply' %}" novalidate>
  {% csrf_token %}
  {{ form.as_p }}
  <!-- reCAPTCHA site key is public; the secret key is in Django settings from env -->
  <div class="g-recaptcha" data-sitekey="6LcQx8gpAAAAAL3kV2mTn9yHp4rWs0dFb7eJc1uZ"></div>
  <button type="submit" class="govuk-button">Submit application</button>
</form>
{% endblock %}
""", None, "Google reCAPTCHA docs (site key is client-side)")

# --- municipal 311 ------------------------------------------------------------------------

_s = hexs(32)
_case("env/twilio-auth-token", "sms-gateway/.env", _fill(r"""
# 311 SMS intake ("text POTHOLE to 311-311")
TWILIO_ACCOUNT_SID=%%SID%%
TWILIO_AUTH_TOKEN=%%S%%
TWILIO_MESSAGING_SERVICE_SID=MG%%MG%%
TWILIO_FROM_NUMBER=+15555550311
OPEN311_ENDPOINT=https://311api.examplecity.gov/open311/v2
WEBHOOK_VALIDATE_SIGNATURE=true
""", SID=twilio_sid(), S=_s, MG=hexs(32)), _s, "Twilio docs, auth tokens and request validation")

_s = chars(32)
_case("yaml/open311-api-key", "config/open311.yml", _fill(r"""
# GeoReport v2 client for the CityFix mobile backend
endpoint: https://311api.examplecity.gov/open311/v2
jurisdiction_id: examplecity.gov
format: json
api_key: %%S%%
service_codes:
  pothole: "4fd3b167e750846744000005"
  graffiti: "4fd3b656e750846c53000004"
  streetlight: "4fd6e4ece750840569000019"
timeout_seconds: 20
""", S=_s), _s, "Open311 GeoReport v2 spec (wiki.open311.org/GeoReport_v2), POST requests with api_key")

_s = sendgrid_key()
_case("javascript/sendgrid-key", "functions/notifyCaseUpdate.js", _fill(r"""
const sgMail = require('@sendgrid/mail')

sgMail.setApiKey('%%S%%')

exports.notifyCaseUpdate = async (req, res) => {
  const { email, caseId, status } = req.body
  await sgMail.send({
    to: email,
    from: { email: 'no-reply@311.examplecity.gov', name: 'City 311' },
    templateId: 'd-4c8f1b2a9e7d4b6c8a0f1e2d3c4b5a69',
    dynamicTemplateData: { caseId, status }
  })
  res.status(204).end()
}
""", S=_s), _s, "SendGrid Node.js library README")

_s = mapbox_secret("examplecity-gis")
_case("netrc/mapbox-secret-token", "ios/.netrc", _fill(r"""
# Needed by the CityFix iOS build to download the Mapbox SDK (Mapbox install docs)
machine api.mapbox.com
  login mapbox
  password %%S%%

# internal artifact mirror
machine artifacts.examplecity.gov
  login ios-ci
""", S=_s), _s, "Mapbox Maps SDK for iOS install guide (.netrc with secret token)")

_s = fcm_server_key()
_case("python/fcm-server-key", "backend/push/notify_residents.py", _fill(r"""
from pyfcm import FCMNotification

# legacy server key from the Firebase console (Cloud Messaging tab)
push_service = FCMNotification(api_key="%%S%%")


def notify_case_closed(registration_ids, case_id):
    return push_service.notify_multiple_devices(
        registration_ids=registration_ids,
        message_title="Your 311 request was resolved",
        message_body=f"Request {case_id} has been closed. Tap to rate the service.",
        data_message={"case_id": case_id},
    )
""", S=_s), _s, "pyfcm README (legacy FCM server key)")

_s = ec_p8_pem()
_case("p8/apns-auth-key", "ios/push/AuthKey_7RX3Q9K2LM.p8", _s + "\n", _s,
      "Apple developer docs, token-based connection to APNs (.p8 key)")

_s = rand_pw(16)
_case("gradle-properties/android-keystore-password", "android/gradle.properties", _fill(r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=false
kotlin.code.style=official

CITYFIX_UPLOAD_STORE_FILE=cityfix-upload.keystore
CITYFIX_UPLOAD_KEY_ALIAS=cityfix-upload
CITYFIX_UPLOAD_STORE_PASSWORD=%%S%%
CITYFIX_UPLOAD_KEY_PASSWORD=%%S%%
""", S=_s), _s, "React Native docs, publishing to Google Play (gradle.properties signing config)")

_s = fakes.django_secret_key(_seed())
_case("python/django-secret-key", "cityfix/settings/production.py", _fill(r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["311.examplecity.gov"]

SECRET_KEY = "%%S%%"

DATABASES["default"]["HOST"] = "cityfix-db.internal"
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", S=_s), _s, "Django settings docs, SECRET_KEY")

_case("javascript/decoy-mapbox-public", "web/src/map/ServiceRequestMap.jsx", _fill(r"""
import mapboxgl from 'mapbox-gl'
import { useEffect, useRef } from 'react'

// Public token (pk.*), URL-restricted to 311.examplecity.gov in the Mapbox account.
mapboxgl.accessToken = '%%PK%%'

export default function ServiceRequestMap ({ requests }) {
  const ref = useRef(null)
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current, style: 'mapbox://styles/mapbox/streets-v12', center: [-93.1, 44.95], zoom: 11 })
    requests.forEach(r => new mapboxgl.Marker().setLngLat([r.long, r.lat]).addTo(map))
    return () => map.remove()
  }, [requests])
  return <div ref={ref} className="map" />
}
""", PK=mapbox_public("examplecity-gis")), None, "Mapbox docs, access tokens (public tokens start with pk.)")

_case("json/decoy-firebase-config", "android/app/google-services.json", _fill(r"""
{
  "project_info": {
    "project_number": "418276503921",
    "project_id": "cityfix-311",
    "storage_bucket": "cityfix-311.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418276503921:android:6c1f2e3d4b5a69788a7b6c",
        "android_client_info": {"package_name": "gov.examplecity.cityfix"}
      },
      "oauth_client": [],
      "api_key": [{"current_key": "%%K%%"}],
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
""", K=google_key()), None, "Firebase docs: API keys for Firebase are not secret (google-services.json)")

_case("yaml/decoy-open311-services", "config/open311_services.yml", r"""# Service catalogue mirrored from GET /services.json - identifiers, not credentials
jurisdiction_id: examplecity.gov
services:
  - service_code: "4fd3b167e750846744000005"
    service_name: Pothole
    group: Streets
    keywords: [road, pavement]
  - service_code: "4fd3b656e750846c53000004"
    service_name: Graffiti removal
    group: Cleanliness
  - service_code: "4fd6e4ece750840569000019"
    service_name: Streetlight out
    group: Lighting
api_key: ${OPEN311_API_KEY}
""", None, "Open311 GeoReport v2 spec, GET Service List")

_case("xcconfig/decoy-build-setting-reference", "ios/CityFix/Config/Release.xcconfig", r"""// Release build settings
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = gov.examplecity.cityfix
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = 8XK2QH7N3P
// Injected by CI from the keychain; never hard-code the token here
MAPBOX_ACCESS_TOKEN = $(CI_MAPBOX_ACCESS_TOKEN)
SENTRY_DSN = $(CI_SENTRY_DSN)
API_BASE_URL = https:/$()/311api.examplecity.gov
""", None, "Xcode build settings reference (.xcconfig variable substitution)")

# --- courts and e-filing ------------------------------------------------------------------

_s = words_pw()
_case("properties/efm-password", "efile-connector/src/main/resources/efile.properties", _fill(r"""
# Tyler Odyssey eFile (ECF 4.01) - statewide e-filing, EFSP integration
efm.endpoint=https://example.tylerhost.net/efm/EFMUserService.svc
efm.filingReview.endpoint=https://example.tylerhost.net/efm/v5/FilingReviewService.svc
efm.firm.id=8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f
efm.user.email=efsp-integration@publicdefender.example.gov
efm.user.password=%%S%%
efm.x509.keystore=/opt/efsp/keys/efsp-signing.p12
efm.x509.keystore.password=${EFSP_KEYSTORE_PASSWORD}
efm.timeout.ms=60000
""", S=_s), _s, "OASIS ECF 4.01 and Tyler EFSP integration guide (AuthenticateUser)")

_s = rand_pw(14, "!$")
_case("xml/ecf-certificate-password", "EfilingClient/config/ecf-client.config", _fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<EcfClientSettings>
  <CourtId>examplecounty:cvsup</CourtId>
  <FilingAssemblyMdeUrl>https://efile.examplecourts.gov/ecf4/FilingAssemblyMDE</FilingAssemblyMdeUrl>
  <CourtRecordMdeUrl>https://efile.examplecourts.gov/ecf4/CourtRecordMDE</CourtRecordMdeUrl>
  <ClientCertificate>
    <Path>C:\EfilingClient\certs\clerk-efsp.pfx</Path>
    <Password>%%S%%</Password>
  </ClientCertificate>
  <MaxAttachmentMb>35</MaxAttachmentMb>
  <RetryPolicy attempts="3" backoffSeconds="10" />
</EcfClientSettings>
""", S=_s), _s, "OASIS Electronic Court Filing 4.01 spec, WS-SIP message exchange with X.509")

_s = hexs(40)
_case("python/courtlistener-token", "docket_watch/courtlistener.py", _fill(r"""
import requests

BASE = "https://www.courtlistener.com/api/rest/v4"
SESSION = requests.Session()
SESSION.headers.update({
    "Authorization": "Token %%S%%",
    "User-Agent": "county-attorney-docket-watch/0.3",
})


def docket_entries(docket_id: int):
    url = f"{BASE}/docket-entries/"
    params = {"docket": docket_id, "order_by": "-date_filed"}
    while url:
        data = SESSION.get(url, params=params, timeout=30).json()
        yield from data["results"]
        url, params = data.get("next"), None
""", S=_s), _s, "CourtListener REST API docs, token authentication")

_s = human_pw()
_case("netrc/pacer-password", "docket-monitor/.netrc", _fill(r"""
# PACER account for the public defender's docket monitor (juriscraper/pacer)
machine pacer.login.uscourts.gov
  login pdo-docketbot
  password %%S%%

machine ecf.mnd.uscourts.gov
  login pdo-docketbot
  password %%S%%
""", S=_s), _s, "GNU inetutils .netrc format; PACER login endpoints")

_s = rand_pw(18)
_case("java/oracle-jdbc", "cms-batch/src/main/java/gov/courts/cms/batch/CaseDb.java", _fill(r"""
package gov.courts.cms.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class CaseDb {
    private static final String URL = "jdbc:oracle:thin:@//cms-db-scan.courts.local:1521/CMSPRD";
    private static final String USER = "CMS_BATCH";
    private static final String PASSWORD = "%%S%%";

    private CaseDb() {
    }

    static Connection open() throws SQLException {
        Connection conn = DriverManager.getConnection(URL, USER, PASSWORD);
        conn.setAutoCommit(false);
        return conn;
    }
}
""", S=_s), _s, "Oracle JDBC developer's guide, DriverManager.getConnection")

_s = words_pw()
_case("sql/sqlserver-create-login", "db/migrations/V42__efiling_service_login.sql", _fill(r"""
-- Service login for the e-filing intake service (runs against the clerk's CMS database)
USE [master];
GO
CREATE LOGIN [efiling_svc] WITH PASSWORD = N'%%S%%', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [ClerkCMS];
GO
CREATE USER [efiling_svc] FOR LOGIN [efiling_svc];
ALTER ROLE [efiling_writer] ADD MEMBER [efiling_svc];
GRANT EXECUTE ON SCHEMA::intake TO [efiling_svc];
GO
""", S=_s), _s, "SQL Server CREATE LOGIN docs (learn.microsoft.com)")

_case("xml/decoy-ecf-sample", "docs/samples/AuthenticateUserRequest.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample from the EFSP integration guide. Real credentials come from the vault at runtime. -->
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Body>
    <AuthenticateUser xmlns="urn:tyler:efm:services">
      <AuthenticateRequest>
        <Email>filer@example.com</Email>
        <Password>********</Password>
      </AuthenticateRequest>
    </AuthenticateUser>
  </s:Body>
</s:Envelope>
""", None, "Tyler EFM user service, AuthenticateUser sample request")

_case("json/decoy-docket-fixture", "tests/fixtures/courtlistener/docket_entries.json", _fill(r"""
{
  "count": 2,
  "next": null,
  "results": [
    {
      "id": 318204771,
      "entry_number": 14,
      "date_filed": "2024-02-02",
      "description": "ORDER granting motion to continue",
      "recap_documents": [
        {"id": 401118203, "sha1": "%%H1%%", "page_count": 3, "is_available": true}
      ]
    },
    {
      "id": 318204772,
      "entry_number": 15,
      "date_filed": "2024-02-09",
      "description": "NOTICE of appearance",
      "recap_documents": [
        {"id": 401118517, "sha1": "%%H2%%", "page_count": 1, "is_available": false}
      ]
    }
  ]
}
""", H1=hexs(40), H2=hexs(40)), None, "CourtListener REST API docs, docket entries (sha1 of PDFs)")

_case("sql/decoy-bcrypt-seed", "db/seeds/dev_users.sql", _fill(r"""
-- Development seed users for the clerk portal. Password for all of them is set via the
-- reset flow; the values below are bcrypt hashes, not passwords.
INSERT INTO users (email, display_name, role, password_hash, created_at) VALUES
  ('clerk.dev@example.gov', 'Dev Clerk', 'clerk', '%%H1%%', now()),
  ('judge.dev@example.gov', 'Dev Judge', 'judge', '%%H2%%', now()),
  ('filer.dev@example.com', 'Dev Filer', 'filer', '%%H3%%', now());

INSERT INTO courts (code, name) VALUES ('CVSUP', 'Superior Court - Civil');
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash()), None, "PostgreSQL INSERT docs; bcrypt modular crypt format")

# --- elections and census -----------------------------------------------------------------

_s = uuid_s()
_case("python/ngpvan-api-key", "outreach/van_sync.py", _fill(r"""
import requests

VAN_BASE = "https://api.securevan.com/v4"
APP_NAME = "county.elections.outreach"
API_KEY = "%%S%%"
DB_MODE = 1  # 0 = VoterFile, 1 = MyCampaign


def van_session():
    s = requests.Session()
    s.auth = (APP_NAME, f"{API_KEY}|{DB_MODE}")
    s.headers["Content-Type"] = "application/json"
    return s


def find_person(first, last, zip5):
    body = {"firstName": first, "lastName": last, "addresses": [{"zipOrPostalCode": zip5}]}
    return van_session().post(f"{VAN_BASE}/people/find", json=body, timeout=20).json()
""", S=_s), _s, "NGP VAN API docs, authentication (application name and API key|dbMode)")

_s = fakes.aws_secret_key(_seed())
_case("shell/aws-secret-key", "enr/publish_results.sh", _fill(r"""
#!/bin/bash
# Election night reporting: push the latest results export to the public S3 bucket + CDN.
set -euo pipefail

export AWS_DEFAULT_REGION=us-gov-west-1
export AWS_ACCESS_KEY_ID=%%KID%%
export AWS_SECRET_ACCESS_KEY=%%S%%

EXPORT_DIR=/srv/enr/export
BUCKET=s3://results-examplecounty-gov

aws s3 sync "$EXPORT_DIR" "$BUCKET/2024-general/" --delete --cache-control "max-age=30"
aws cloudfront create-invalidation --distribution-id E2QWERTY12345 --paths "/2024-general/*"
echo "published $(date -Is)"
""", KID=fakes.aws_key_id(_seed()), S=_s), _s, "AWS CLI docs, environment variables; AWS GovCloud (US)")

_s = google_key()
_case("python/google-civic-key", "pollfinder/lookup.py", _fill(r"""
import requests

CIVIC_URL = "https://www.googleapis.com/civicinfo/v2/voterinfo"
GOOGLE_CIVIC_API_KEY = "%%S%%"


def polling_place(address: str, election_id: str = "9000"):
    r = requests.get(CIVIC_URL, params={
        "key": GOOGLE_CIVIC_API_KEY,
        "address": address,
        "electionId": election_id,
    }, timeout=10)
    if r.status_code == 400:
        return None
    r.raise_for_status()
    locations = r.json().get("pollingLocations", [])
    return locations[0] if locations else None
""", S=_s), _s, "Google Civic Information API docs, voterInfoQuery")

_s = rand_pw(20)
_case("mycnf/mysql-password", "reporting/mysql/.my.cnf", _fill(r"""
# results-reporting read replica, used by the canvass report cron jobs
[client]
host=results-replica.elections.internal
port=3306
user=canvass_reports
password=%%S%%
database=results

[mysqldump]
single-transaction
quick
""", S=_s), _s, "MySQL option files docs (.my.cnf [client] password)")

_s = passphrase()
_case("go/postgres-dsn", "cmd/vr-api/main.go", _fill(r"""
package main

import (
	"database/sql"
	"log"
	"net/http"

	_ "github.com/lib/pq"

	"github.com/example-state/voter-registration/internal/api"
)

func main() {
	db, err := sql.Open("postgres",
		"postgres://vr_app:%%S%%@vr-db.sos.internal:5432/voter_registration?sslmode=verify-full")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	srv := api.New(db)
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", srv))
}
""", S=_s), _s, "lib/pq docs, connection string URIs")

_s = chars(40)
_case("python/qualtrics-token", "survey_ops/export_responses.py", _fill(r"""
"""+"%%Q3%%"+r"""Export follow-up survey responses for census non-response follow-up quality checks."""+"%%Q3%%"+r"""
import time

import requests

DATACENTER = "iad1"
SURVEY_ID = "SV_3xKq7Rn2bTzW8mV"
HEADERS = {"X-API-TOKEN": "%%S%%", "Content-Type": "application/json"}
BASE = f"https://{DATACENTER}.qualtrics.com/API/v3/surveys/{SURVEY_ID}/export-responses"


def export_csv():
    progress_id = requests.post(BASE, json={"format": "csv"}, headers=HEADERS).json()["result"]["progressId"]
    while True:
        status = requests.get(f"{BASE}/{progress_id}", headers=HEADERS).json()["result"]
        if status["status"] == "complete":
            return status["fileId"]
        time.sleep(2)
""", S=_s), _s, "Qualtrics API docs, export responses (X-API-TOKEN header)")

_case("json/decoy-ballot-hash-manifest", "ballot-definitions/2024-general/manifest.json", _fill(r"""
{
  "election": "2024 General Election",
  "jurisdiction": "Example County",
  "generated": "2024-09-20T14:02:11Z",
  "algorithm": "SHA-256",
  "files": [
    {"path": "election.json", "sha256": "%%H1%%"},
    {"path": "ballot-styles/BS-001.pdf", "sha256": "%%H2%%"},
    {"path": "ballot-styles/BS-002.pdf", "sha256": "%%H3%%"},
    {"path": "tabulator/config.zip", "sha256": "%%H4%%"}
  ],
  "signedBy": "Elections Director",
  "signatureFile": "manifest.json.sig"
}
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64)), None, "VotingWorks election definition docs; hash manifest for logic and accuracy testing")

_case("csv/decoy-precinct-ids", "data/precincts_2024.csv", _fill(r"""
precinct_id,precinct_name,geoid20,ballot_style_id,polling_place_uuid
0101,Ward 1 Precinct 1,%%G1%%,BS-001,%%U1%%
0102,Ward 1 Precinct 2,%%G2%%,BS-001,%%U2%%
0201,Ward 2 Precinct 1,%%G3%%,BS-002,%%U3%%
0202,Ward 2 Precinct 2,%%G4%%,BS-002,%%U4%%
0301,Ward 3 Precinct 1,%%G5%%,BS-003,%%U5%%
""", G1="37063" + digits(10),
      G2="37063" + digits(10),
      G3="37063" + digits(10),
      G4="37063" + digits(10),
      G5="37063" + digits(10),
      U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), U5=uuid_s()), None, "Census Bureau GEOID structure docs")

_case("markdown/decoy-aws-docs-example", "docs/results-publishing.md", r"""# Publishing election night results

The publisher uses an IAM role in GovCloud; nobody holds long-lived keys. For local testing
against LocalStack, any values work. The AWS docs' example pair is fine:

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
./enr/publish_results.sh
```

In production the job assumes `arn:aws-us-gov:iam::123456789012:role/enr-publisher` through
the runner's instance profile.
""", None, "AWS docs, example access key AKIAIOSFODNN7EXAMPLE")

# --- platform: Rails/GOV.UK publishing, packages, registries --------------------------------

_s = hexs(128)
_case("yaml/rails-secret-key-base", "config/secrets.yml", _fill(r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "dev-only-not-a-secret") %>

test:
  secret_key_base: test-only-not-a-secret

# Do not keep production secrets in the repository,
# instead read values from the environment.
production:
  secret_key_base: %%S%%
""", S=_s), _s, "Rails security guide, secret_key_base (config/secrets.yml, Rails 5.1)")

_s = hexs(64)
_case("env/publishing-api-bearer-token", "startup.env", _fill(r"""
GOVUK_APP_DOMAIN=dev.gov.uk
GOVUK_WEBSITE_ROOT=https://www.gov.uk
PLEK_SERVICE_PUBLISHING_API_URI=https://publishing-api.integration.publishing.service.gov.uk
PUBLISHING_API_BEARER_TOKEN=%%S%%
GOVUK_ASSET_ROOT=https://assets.publishing.service.gov.uk
SENTRY_CURRENT_ENV=integration
""", S=_s), _s, "gds-api-adapters README (bearer_token for Publishing API)")

_s = npm_token()
_case("npmrc/npm-token", ".npmrc", _fill(r"""
; release config for @example-dept/design-system
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=%%S%%
save-exact=true
engine-strict=true
""", S=_s), _s, "npm docs, .npmrc auth-related configuration")

_s = fakes.pypi_token(_seed())
_case("pypirc/pypi-token", ".pypirc", _fill(r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = %%S%%

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", S=_s), _s, "Python packaging user guide, the .pypirc file")

_s = rand_pw(32)
_case("docker-config/registry-auth", "ci/docker/config.json", _fill(r"""
{
  "auths": {
    "harbor.platform.example.gov": {
      "auth": "%%A%%"
    },
    "ghcr.io": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com": "ecr-login"
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", A=b64("robot$permits-ci:" + _s)), _s, "Docker CLI docs, config.json auths")

_s = fakes.aws_secret_key(_seed())
_case("terraform/aws-provider-keys", "infra/govcloud/providers.tf", _fill(r"""
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-gov-west-1"
  access_key = "%%KID%%"
  secret_key = "%%S%%"

  default_tags {
    tags = {
      Agency  = "DOL-UI"
      System  = "claimant-portal"
      FISMA   = "moderate"
    }
  }
}
""", KID=fakes.aws_key_id(_seed()), S=_s), _s, "Terraform AWS provider docs, static credentials")

_s = azure_secret()
_case("tfvars/azure-client-secret", "infra/azure-gov/prod.tfvars", _fill(r"""
environment          = "prod"
location             = "usgovvirginia"
resource_group_name  = "rg-caseflow-prod"
subscription_id      = "3f2e1d0c-9b8a-4765-a432-10fedcba9876"
tenant_id            = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
client_id            = "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a"
client_secret        = "%%S%%"
app_service_sku      = "P1v3"
""", S=_s), _s, "Terraform azurerm provider docs, service principal with client secret")

_s = vault_token()
_case("shell/vault-token", "deploy/scripts/render-secrets.sh", _fill(r"""
#!/usr/bin/env bash
# Renders the benefits-calculator secrets into the k8s namespace from Vault.
set -euo pipefail

export VAULT_ADDR="https://vault.platform.example.gov:8200"
export VAULT_TOKEN="%%S%%"
NAMESPACE="${1:-benefits-calc-staging}"

vault kv get -format=json "secret/benefits-calc/${NAMESPACE}" \
  | jq -r '.data.data | to_entries[] | "\(.key)=\(.value)"' > /tmp/secrets.env

kubectl -n "$NAMESPACE" create secret generic benefits-calc-env \
  --from-env-file=/tmp/secrets.env --dry-run=client -o yaml | kubectl apply -f -
rm -f /tmp/secrets.env
""", S=_s), _s, "HashiCorp Vault docs, VAULT_TOKEN environment variable")

_s = azure_storage_key()
_case("appsettings/azure-storage-key", "src/Evidence.Upload/appsettings.Production.json", _fill(r"""
{
  "EvidenceStorage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=stevidenceprod;AccountKey=%%S%%;EndpointSuffix=core.usgovcloudapi.net",
    "Container": "claim-evidence",
    "MaxUploadMb": 20
  },
  "VirusScan": {
    "Endpoint": "https://clamav.internal:3310"
  },
  "Logging": {
    "LogLevel": { "Default": "Information" }
  }
}
""", S=_s), _s, "Azure Storage connection strings docs (Azure Government endpoint suffix)")

_s = rand_pw(24)
_case("json/cloud-gov-service-key", "docs/service-keys/permits-db.json", _fill(r"""
{
  "credentials": {
    "db_name": "cgawsbrokerprodx8k2m4q7n1",
    "host": "cg-aws-broker-prodx8k2m4q7n1.ci7nkegdizyy.us-gov-west-1.rds.amazonaws.com",
    "name": "cgawsbrokerprodx8k2m4q7n1",
    "password": "%%S%%",
    "port": "5432",
    "uri": "postgres://u7r3k9q2m5w8x1z4:%%S%%@cg-aws-broker-prodx8k2m4q7n1.ci7nkegdizyy.us-gov-west-1.rds.amazonaws.com:5432/cgawsbrokerprodx8k2m4q7n1",
    "username": "u7r3k9q2m5w8x1z4"
  }
}
""", S=_s), _s, "cloud.gov docs, service keys (cf service-key output)")

_s = slack_webhook()
_case("concourse/slack-webhook", "ci/pipelines/deploy.yml", _fill(r"""
resource_types:
  - name: slack-notification
    type: registry-image
    source:
      repository: cfcommunity/slack-notification-resource

resources:
  - name: src
    type: git
    source:
      uri: https://github.com/example-dept/apply-for-a-licence.git
      branch: main
  - name: slack-alert
    type: slack-notification
    source:
      url: %%S%%

jobs:
  - name: deploy-production
    plan:
      - get: src
        trigger: true
      - task: cf-push
        file: src/ci/tasks/cf-push.yml
    on_failure:
      put: slack-alert
      params:
        text: ":red_circle: apply-for-a-licence deploy failed: $BUILD_PIPELINE_NAME/$BUILD_JOB_NAME"
""", S=_s), _s, "Concourse docs, resources; slack-notification-resource README")

_s = fakes.github_token(_seed())
_case("jenkinsfile/github-token", "Jenkinsfile", _fill(r"""
pipeline {
    agent { label 'docker' }
    environment {
        GITHUB_TOKEN = '%%S%%'
        IMAGE = "ghcr.io/example-county/court-efiling-api"
    }
    stages {
        stage('Test') {
            steps {
                sh 'mvn -B verify'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                sh 'echo $GITHUB_TOKEN | docker login ghcr.io -u county-ci --password-stdin'
                sh 'docker build -t $IMAGE:$GIT_COMMIT . && docker push $IMAGE:$GIT_COMMIT'
            }
        }
    }
}
""", S=_s), _s, "Jenkins pipeline syntax docs (environment directive)")

_s = chars(36, ALNUM)
_case("apache/api-key-header", "deploy/apache/licensing-proxy.conf", _fill(r"""
<VirtualHost *:443>
    ServerName licensing.examplecity.gov
    SSLEngine on
    SSLCertificateFile /etc/pki/tls/certs/licensing.crt
    SSLCertificateKeyFile /etc/pki/tls/private/licensing.key

    ProxyPreserveHost Off
    SSLProxyEngine on
    <Location /api/>
        ProxyPass https://api.statelicensing.example.gov/v3/
        ProxyPassReverse https://api.statelicensing.example.gov/v3/
        RequestHeader set X-API-Key "%%S%%"
    </Location>
    ErrorLog logs/licensing-error.log
</VirtualHost>
""", S=_s), _s, "Apache mod_headers docs (RequestHeader); mod_proxy")

_s = words_pw()
_case("systemd/database-url", "deploy/systemd/caseflow-worker.service", _fill(r"""
[Unit]
Description=Caseflow background worker (appeals case management)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=caseflow
WorkingDirectory=/opt/caseflow/current
Environment=RAILS_ENV=production
Environment=DATABASE_URL=postgres://caseflow:%%S%%@caseflow-db.internal:5432/caseflow_production
ExecStart=/opt/caseflow/current/bin/bundle exec sidekiq -C config/sidekiq.yml
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", S=_s), _s, "systemd.exec docs (Environment=)")

_s = rand_pw(16)
_case("crontab/pgpassword", "ops/cron/licensing-backup.cron", _fill(r"""
# m h dom mon dow user command
SHELL=/bin/bash
MAILTO=platform-alerts@examplecity.gov
# nightly dump of the licensing database to the encrypted backup volume
15 2 * * * postgres PGPASSWORD='%%S%%' pg_dump -h licensing-db.internal -U licensing_backup -Fc licensing > /backups/licensing-$(date +\%F).dump
45 3 * * * postgres find /backups -name 'licensing-*.dump' -mtime +14 -delete
""", S=_s), _s, "crontab(5) man page; PostgreSQL PGPASSWORD environment variable")

_s = human_pw()
_case("pgpass/postgres", "ops/analyst-workstation/.pgpass", _fill(r"""
# hostname:port:database:username:password
census-warehouse.internal:5432:acs:analyst_ro:%%S%%
census-warehouse.internal:5432:decennial:analyst_ro:%%S%%
localhost:5432:*:postgres:*
# replica for long-running queries
census-replica.internal:5432:*:analyst_ro:%%S%%
""", S=_s), _s, "PostgreSQL docs, the password file (.pgpass)")

_s = passphrase()
_case("sql/postgres-create-role", "db/init/01-roles.sql", _fill(r"""
-- Roles for the permit tracking database
CREATE ROLE permits_owner NOLOGIN;
CREATE ROLE permits_app LOGIN PASSWORD '%%S%%' IN ROLE permits_owner;
CREATE ROLE permits_readonly NOLOGIN;

GRANT CONNECT ON DATABASE permits TO permits_app;
GRANT USAGE ON SCHEMA public TO permits_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO permits_readonly;
""", S=_s), _s, "PostgreSQL CREATE ROLE docs")

_s = fakes.redis_password(_seed())
_case("helm-values/redis-password", "deploy/helm/notify-queue/values-production.yaml", _fill(r"""
redis:
  enabled: true
  architecture: replication
  auth:
    enabled: true
    password: "%%S%%"
  master:
    persistence:
      size: 8Gi
  replica:
    replicaCount: 2

worker:
  replicas: 4
  queues: [send-email, send-sms, letters]
""", S=_s), _s, "Bitnami Redis Helm chart README (auth.password)")

_s = rand_pw(20)
_case("k8s-secret/stringdata-database-url", "deploy/k8s/court-efiling/secret.yaml", _fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: efiling-api-env
  namespace: court-efiling
type: Opaque
stringData:
  DATABASE_URL: "postgresql://efiling:%%S%%@efiling-db.court-efiling.svc:5432/efiling"
  SPRING_PROFILES_ACTIVE: prod
""", S=_s), _s, "Kubernetes Secret docs (stringData)")

_s = human_pw()
_case("vscode/sqltools-password", ".vscode/settings.json", _fill(r"""
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "311 warehouse (prod read replica)",
      "driver": "PostgreSQL",
      "server": "warehouse-replica.examplecity.internal",
      "port": 5432,
      "database": "service_requests",
      "username": "bi_reader",
      "password": "%%S%%"
    }
  ]
}
""", S=_s), _s, "SQLTools VS Code extension docs, connection settings")

_s = rand_pw(24)
_case("logstash/elastic-password", "logging/logstash/pipeline/govuk-apps.conf", _fill(r"""
input {
  beats {
    port => 5044
  }
}

filter {
  json {
    source => "message"
    skip_on_invalid_json => true
  }
}

output {
  elasticsearch {
    hosts => ["https://es.logging.platform.example.gov:9200"]
    index => "govuk-apps-%{+YYYY.MM.dd}"
    user => "logstash_writer"
    password => "%%S%%"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", S=_s), _s, "Logstash elasticsearch output plugin docs (user/password)")

_s = fakes.redis_password(_seed())
_case("ruby/sidekiq-redis-url", "config/initializers/sidekiq.rb", _fill(r"""
# frozen_string_literal: true

REDIS_URL = "rediss://:%%S%%@caseflow-redis.abc123.ng.0001.usgw1.cache.amazonaws.com:6379/0"

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  config.logger.level = Logger::INFO
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
end
""", S=_s), _s, "Sidekiq wiki, using Redis (redis URL)")

_s = rand_pw(18)
_case("yaml/rabbitmq-amqp-url", "config/rabbitmq.yml", _fill(r"""
# Message queue for content publishing events (publishing-api -> email-alert-service)
defaults: &defaults
  exchange: published_documents
  queue: email_alert_service
  prefetch: 10

production:
  <<: *defaults
  url: amqps://email_alerts:%%S%%@rabbitmq.publishing.internal:5671/%2F
  heartbeat: 30
""", S=_s), _s, "RabbitMQ URI specification (amqps://user:pass@host:port/vhost)")

_s = datadog_key()
_case("datadog-agent/datadog-api-key", "ops/datadog/datadog.yaml", _fill(r"""
## Datadog Agent configuration for the tax portal hosts (US1-FED site)
api_key: %%S%%
site: ddog-gov.com
hostname_fqdn: true
tags:
  - env:prod
  - service:tax-portal
  - agency:revenue
logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: false
""", S=_s), _s, "Datadog Agent configuration files docs (datadog.yaml api_key); Datadog for Government site")

_s = newrelic_license()
_case("yaml/newrelic-license-key", "config/newrelic.yml", _fill(r"""
common: &default_settings
  license_key: '%%S%%'
  app_name: Benefits Claimant Portal
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings
  app_name: Benefits Claimant Portal (Production)

development:
  <<: *default_settings
  monitor_mode: false
""", S=_s), _s, "New Relic Ruby agent configuration docs (newrelic.yml license_key)")

_s = hexs(32)
_case("alertmanager/pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", _fill(r"""
global:
  resolve_timeout: 5m

route:
  receiver: platform-slack
  group_by: [alertname, service]
  routes:
    - matchers: [severity="page"]
      receiver: platform-pagerduty

receivers:
  - name: platform-pagerduty
    pagerduty_configs:
      - routing_key: %%S%%
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
  - name: platform-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: "#platform-alerts"
""", S=_s), _s, "Prometheus Alertmanager configuration docs (pagerduty_config routing_key)")

_s = rand_pw(28)
_case("prometheus/remote-write-password", "monitoring/prometheus/prometheus.yml", _fill(r"""
global:
  scrape_interval: 30s
  external_labels:
    cluster: licensing-prod

scrape_configs:
  - job_name: licensing-api
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["licensing-api:8080"]

remote_write:
  - url: https://metrics.platform.example.gov/api/v1/push
    basic_auth:
      username: licensing-prod
      password: %%S%%
""", S=_s), _s, "Prometheus configuration docs (remote_write basic_auth)")

_s = teams_webhook("examplecounty")
_case("python/teams-webhook", "ops/alerts/teams_notify.py", _fill(r"""
import json
import sys
import urllib.request

TEAMS_WEBHOOK = (
    "%%S%%"
)


def post(title: str, text: str) -> None:
    card = {"@type": "MessageCard", "@context": "https://schema.org/extensions", "summary": title,
            "themeColor": "D83B01", "title": title, "text": text}
    req = urllib.request.Request(TEAMS_WEBHOOK, data=json.dumps(card).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    post("Permit portal: nightly sync failed", " ".join(sys.argv[1:]))
""", S=_s), _s, "Microsoft Teams incoming webhooks docs")

_s = okta_token()
_case("yaml/okta-api-token", "tools/offboarding/okta.yaml", _fill(r"""
# okta-sdk-python config used by the staff offboarding script
okta:
  client:
    orgUrl: https://examplestate.okta-gov.com
    token: %%S%%
    connectionTimeout: 30
    rateLimit:
      maxRetries: 4
    requestTimeout: 0
""", S=_s), _s, "Okta SDK configuration (okta.yaml, okta.client.token); Okta for Government")

_s = words_pw()
_case("sssd/ldap-bind-password", "ansible/roles/sssd/files/sssd.conf", _fill(r"""
[sssd]
services = nss, pam, sudo
domains = corp.examplecounty.gov

[domain/corp.examplecounty.gov]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.corp.examplecounty.gov
ldap_search_base = dc=corp,dc=examplecounty,dc=gov
ldap_default_bind_dn = cn=sssd-bind,ou=service,dc=corp,dc=examplecounty,dc=gov
ldap_default_authtok_type = password
ldap_default_authtok = %%S%%
ldap_tls_reqcert = demand
cache_credentials = true
""", S=_s), _s, "sssd-ldap(5) man page (ldap_default_authtok)")

_s = rand_pw(20)
_case("maven-settings/nexus-password", "ci/maven/settings.xml", _fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>court-nexus-releases</id>
      <username>ci-deployer</username>
      <password>%%S%%</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>court-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.courts.example.gov/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", S=_s), _s, "Maven settings reference (servers/server/password)")

_s = chars(64, ALNUM)
_case("pip-conf/artifactory-token", "ci/pip.conf", _fill(r"""
[global]
timeout = 60
index-url = https://ci-reader:%%S%%@artifactory.tax.example.gov/artifactory/api/pypi/pypi-remote/simple
extra-index-url = https://ci-reader:%%S%%@artifactory.tax.example.gov/artifactory/api/pypi/pypi-internal/simple
trusted-host = artifactory.tax.example.gov

[install]
no-cache-dir = false
""", S=_s), _s, "pip configuration docs; JFrog Artifactory PyPI repositories")

_s = fakes.github_token(_seed())
_case("composer-auth/github-oauth", "auth.json", _fill(r"""
{
    "github-oauth": {
        "github.com": "%%S%%"
    },
    "http-basic": {},
    "bearer": {},
    "gitlab-token": {}
}
""", S=_s), _s, "Composer docs, authentication for privately hosted packages (auth.json)")

_s = human_pw()
_case("php/wordpress-db-password", "wp-config.php", _fill(r"""
<?php
/** Parish council website - production */
define( 'DB_NAME', 'parish_wp' );
define( 'DB_USER', 'parish_wp' );
define( 'DB_PASSWORD', '%%S%%' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", S=_s), _s, "WordPress docs, editing wp-config.php")

_s = rand_pw(20)
_case("php/drupal-database-password", "web/sites/default/settings.local.php", _fill(r"""
<?php

$databases['default']['default'] = [
  'database' => 'localgov',
  'username' => 'localgov',
  'password' => '%%S%%',
  'host' => 'db.council.internal',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
  'collation' => 'utf8mb4_general_ci',
];

$settings['config_sync_directory'] = '../config/sync';
$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');
""", S=_s), _s, "Drupal settings.php docs ($databases)")

_s = sentry_token()
_case("dockerfile/sentry-auth-token", "frontend/Dockerfile", _fill(r"""
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV SENTRY_ORG=example-dept \
    SENTRY_PROJECT=apply-for-grant-frontend \
    SENTRY_AUTH_TOKEN=%%S%%
RUN npm run build && npx @sentry/cli sourcemaps upload --release "$(git rev-parse HEAD)" dist/

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
""", S=_s), _s, "Sentry CLI docs (SENTRY_AUTH_TOKEN); Dockerfile reference ENV")

_s = gitlab_token()
_case("makefile/gitlab-token", "Makefile", _fill(r"""
GITLAB_URL   := https://gitlab.agency.example.gov
PROJECT_ID   := 482
GITLAB_TOKEN := %%S%%
VERSION      ?= $(shell git describe --tags --always)

.PHONY: test release

test:
	python -m pytest -q

release:
	curl --fail --request POST --header "PRIVATE-TOKEN: $(GITLAB_TOKEN)" \
	  --data "tag_name=$(VERSION)&ref=main&description=Release $(VERSION)" \
	  "$(GITLAB_URL)/api/v4/projects/$(PROJECT_ID)/releases"
""", S=_s), _s, "GitLab REST API docs, personal access tokens (PRIVATE-TOKEN header)")

_s = rand_pw(44, "+/")
_case("postfix/ses-smtp-password", "ops/postfix/sasl_passwd", _fill(r"""
# Relay for the council's case management system notifications (Amazon SES, eu-west-2)
# postmap /etc/postfix/sasl_passwd after editing
[email-smtp.eu-west-2.amazonaws.com]:587 %%KID%%:%%S%%

# fallback relay (disabled)
#[smtp.council.internal]:25
""", KID=fakes.aws_key_id(_seed()), S=_s), _s, "Amazon SES docs, integrating with Postfix (sasl_passwd)")

# --- decoys of the platform: references, ciphertext, hashes, public material ---------------

_case("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", r"""name: Deploy to GOV.UK PaaS

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Install cf CLI
        run: |
          curl -sL "https://packages.cloudfoundry.org/stable?release=linux64-binary&version=v8" | tar -zx
          sudo mv cf8 /usr/local/bin/cf
      - name: Push
        env:
          CF_USERNAME: ${{ secrets.CF_USERNAME }}
          CF_PASSWORD: ${{ secrets.CF_PASSWORD }}
          NOTIFY_API_KEY: ${{ secrets.NOTIFY_API_KEY }}
          PAY_API_KEY: ${{ secrets.PAY_API_KEY }}
        run: |
          cf api https://api.london.cloud.service.gov.uk
          cf auth
          cf target -o example-dept -s production
          cf push --var notify_api_key="$NOTIFY_API_KEY" --var pay_api_key="$PAY_API_KEY"
""", None, "GitHub Actions docs, using secrets in workflows")

_case("gitlab-ci/decoy-ci-variables", "ci/templates/build.gitlab-ci.yml", r"""build-image:
  stage: build
  image: docker:24
  services:
    - docker:24-dind
  variables:
    DOCKER_TLS_CERTDIR: "/certs"
  before_script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
  script:
    - docker build --build-arg NPM_TOKEN="${NPM_TOKEN}" -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"'
""", None, "GitLab docs, predefined CI/CD variables")

_case("docker-compose/decoy-env-required", "docker-compose.yml", r"""services:
  app:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgresql://licensing:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/licensing
      NOTIFY_API_KEY: ${NOTIFY_API_KEY:-}
      PAY_API_KEY: ${PAY_API_KEY:-}
    ports:
      - "3000:3000"
    depends_on: [db]
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: licensing
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
""", None, "Docker Compose docs, interpolation (${VAR:?err})")

_case("k8s/decoy-secret-key-ref", "deploy/k8s/court-efiling/deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: efiling-api
  namespace: court-efiling
spec:
  replicas: 3
  selector:
    matchLabels: {app: efiling-api}
  template:
    metadata:
      labels: {app: efiling-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/example-county/court-efiling-api:3.4.1
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: efiling-api-env, key: DATABASE_URL}
            - name: EFM_PASSWORD
              valueFrom:
                secretKeyRef: {name: efm-credentials, key: password}
            - name: EFM_USER
              valueFrom:
                configMapKeyRef: {name: efiling-config, key: efm_user}
""", None, "Kubernetes docs, using Secrets as environment variables (secretKeyRef)")

_case("k8s/decoy-external-secret", "deploy/k8s/notify-queue/externalsecret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: notify-queue-env
  namespace: notify-queue
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: notify-queue-env
  data:
    - secretKey: NOTIFY_API_KEY
      remoteRef:
        key: prod/notify-queue
        property: notify_api_key
    - secretKey: REDIS_PASSWORD
      remoteRef:
        key: prod/notify-queue
        property: redis_password
""", None, "External Secrets Operator docs, ExternalSecret")

_case("k8s/decoy-sealed-secret", "deploy/k8s/licensing/sealedsecret.yaml", _fill(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: licensing-pay
  namespace: licensing-prod
spec:
  encryptedData:
    PAY_API_KEY: %%E1%%
    NOTIFY_API_KEY: %%E2%%
  template:
    metadata:
      name: licensing-pay
      namespace: licensing-prod
    type: Opaque
""", E1="AgB" + chars(680, ALNUM + "+/") + "==", E2="AgC" + chars(680, ALNUM + "+/") + "=="), None,
      "Bitnami sealed-secrets README (encryptedData is ciphertext for the controller's key)")

_case("sops/decoy-ciphertext", "secrets/prod.enc.yaml", _fill(r"""
notify_api_key: ENC[AES256_GCM,data:%%D1%%,iv:%%I1%%,tag:%%T1%%,type:str]
pay_api_key: ENC[AES256_GCM,data:%%D2%%,iv:%%I2%%,tag:%%T2%%,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
          created_at: "2024-02-14T11:03:27Z"
          enc: %%KENC%%
          aws_profile: ""
    lastmodified: "2024-02-14T11:03:28Z"
    mac: ENC[AES256_GCM,data:%%MAC%%,iv:%%MI%%,tag:%%MT%%,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", D1=chars(120, ALNUM + "+/") + "=", I1=chars(43, ALNUM + "+/") + "=", T1=chars(22, ALNUM + "+/") + "==",
      D2=chars(88, ALNUM + "+/") + "==", I2=chars(43, ALNUM + "+/") + "=", T2=chars(22, ALNUM + "+/") + "==",
      KENC="AQICAH" + chars(250, ALNUM + "+/") + "==", MAC=chars(86, ALNUM + "+/") + "==",
      MI=chars(43, ALNUM + "+/") + "=", MT=chars(22, ALNUM + "+/") + "=="), None, "SOPS README, encrypted YAML files")

_case("terraform/decoy-random-password", "infra/benefits-claims/secrets.tf", r"""resource "random_password" "claims_db" {
  length           = 32
  special          = true
  override_special = "!#$%*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "claims_db" {
  name       = "benefits-claims/prod/db-password"
  kms_key_id = aws_kms_key.claims.arn
}

resource "aws_secretsmanager_secret_version" "claims_db" {
  secret_id     = aws_secretsmanager_secret.claims_db.id
  secret_string = random_password.claims_db.result
}

data "aws_secretsmanager_secret_version" "notify" {
  secret_id = "benefits-claims/prod/notify-api-key"
}
""", None, "Terraform random provider docs (random_password); aws_secretsmanager_secret_version")

_case("tfvars/decoy-example", "infra/azure-gov/terraform.tfvars.example", r"""# Copy to prod.tfvars; the client secret comes from the pipeline (TF_VAR_client_secret).
environment          = "prod"
location             = "usgovvirginia"
resource_group_name  = "rg-caseflow-prod"
subscription_id      = "00000000-0000-0000-0000-000000000000"
tenant_id            = "00000000-0000-0000-0000-000000000000"
client_id            = "<service-principal-app-id>"
client_secret        = "CHANGE_ME"
app_service_sku      = "P1v3"
""", None, "Terraform docs, variable definitions (.tfvars) files")

_case("helm-values/decoy-existing-secret", "deploy/helm/ckan/values-prod.yaml", r"""ckan:
  siteUrl: https://data.example-state.gov
  sysadminName: ckan_admin
  sysadminPasswordSecret:
    name: ckan-sysadmin
    key: password
  sessionSecretFromSecret: ckan-session
postgresql:
  enabled: false
  auth:
    existingSecret: ckan-db-credentials
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    existingSecret: ckan-redis
    existingSecretPasswordKey: redis-password
""", None, "Bitnami Helm charts docs (auth.existingSecret)")

_case("ssh/decoy-authorized-keys", "ansible/roles/users/files/authorized_keys_xroad_admins", _fill(r"""
# X-Road security server administrators (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%%E1%% anna.tamm@ria.example.ee
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%%E2%% mart.kask@ria.example.ee
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%%R1%% ops-breakglass@ria.example.ee
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%%E3%% ci-deployer
""", E1=chars(43, ALNUM + "+/"), E2=chars(43, ALNUM + "+/"), R1=chars(510, ALNUM + "+/") + "=", E3=chars(43, ALNUM + "+/")),
      None, "OpenSSH sshd(8) AUTHORIZED_KEYS file format")

_case("pgp/decoy-public-key", "KEYS", _fill(r"""
This file contains the PGP keys used to sign releases of the notifications client library.

pub   ed25519 2023-04-12 [SC]
      %%FP%%
uid           Example Dept Release Signing <releases@example-dept.gov.uk>

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZDZ6xRYJKwYBBAHaRw8BAQdA%%L1%%
%%L2%%
%%L3%%
=%%CRC%%
-----END PGP PUBLIC KEY BLOCK-----
""", FP=hexs(40, upper=True), L1=chars(36, ALNUM + "+/"), L2=chars(64, ALNUM + "+/"), L3=chars(40, ALNUM + "+/"), CRC=chars(4, ALNUM + "+/")),
      None, "RFC 4880 OpenPGP ASCII armor; Apache-style KEYS file")

_case("pem/decoy-cosign-public-key", "cosign.pub", _fill(r"""
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%%L1%%
%%L2%%
%%L3%%
%%L4%%
%%L5%%
%%L6%%
%%L7%%
-----END PUBLIC KEY-----
""", L1=chars(20, ALNUM + "+/"), L2=chars(64, ALNUM + "+/"), L3=chars(64, ALNUM + "+/"), L4=chars(64, ALNUM + "+/"),
      L5=chars(64, ALNUM + "+/"), L6=chars(64, ALNUM + "+/"), L7="IDAQAB"), None, "Sigstore cosign docs, verifying with a public key")

_case("npm/decoy-lockfile-integrity", "package-lock.json", _fill(r"""
{
  "name": "apply-for-a-licence",
  "version": "4.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "apply-for-a-licence",
      "dependencies": {"govuk-frontend": "^5.2.0", "notifications-node-client": "^8.0.0"}
    },
    "node_modules/govuk-frontend": {
      "version": "5.2.0",
      "resolved": "https://registry.npmjs.org/govuk-frontend/-/govuk-frontend-5.2.0.tgz",
      "integrity": "sha512-%%I1%%"
    },
    "node_modules/notifications-node-client": {
      "version": "8.0.0",
      "resolved": "https://registry.npmjs.org/notifications-node-client/-/notifications-node-client-8.0.0.tgz",
      "integrity": "sha512-%%I2%%"
    }
  }
}
""", I1=chars(86, ALNUM + "+/") + "==", I2=chars(86, ALNUM + "+/") + "=="), None, "npm docs, package-lock.json (integrity is a Subresource Integrity hash)")

_case("html/decoy-sri", "app/templates/layout.njk", _fill(r"""
{% extends "govuk/template.njk" %}

{% block head %}
  <link rel="stylesheet" href="/assets/govuk-frontend.min.css"
        integrity="sha384-%%I1%%" crossorigin="anonymous">
{% endblock %}

{% block bodyEnd %}
  <script type="module" src="/assets/govuk-frontend.min.js"
          integrity="sha384-%%I2%%" crossorigin="anonymous"></script>
  <script type="module" nonce="{{ cspNonce }}">
    import { initAll } from '/assets/govuk-frontend.min.js'
    initAll()
  </script>
{% endblock %}
""", I1=chars(64, ALNUM + "+/"), I2=chars(64, ALNUM + "+/")), None, "W3C Subresource Integrity; GOV.UK Frontend install docs")

_case("dockerfile/decoy-digest", "Dockerfile", _fill(r"""
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim@sha256:%%D1%% AS base
ARG TINI_VERSION=v0.19.0
ARG TINI_SHA256=%%D2%%
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static /tini
RUN echo "${TINI_SHA256}  /tini" | sha256sum -c - && chmod +x /tini
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
ENTRYPOINT ["/tini", "--"]
CMD ["gunicorn", "-c", "gunicorn_config.py", "application:app"]
""", D1=hexs(64), D2=hexs(64)), None, "Dockerfile reference (image digests, build secrets mounts)")

_case("go-sum/decoy-hashes", "go.sum", _fill(r"""
github.com/go-chi/chi/v5 v5.0.12 h1:%%H1%%=
github.com/go-chi/chi/v5 v5.0.12/go.mod h1:%%H2%%=
github.com/lib/pq v1.10.9 h1:%%H3%%=
github.com/lib/pq v1.10.9/go.mod h1:%%H4%%=
github.com/crewjam/saml v0.4.14 h1:%%H5%%=
github.com/crewjam/saml v0.4.14/go.mod h1:%%H6%%=
""", H1=chars(43, ALNUM + "+/"), H2=chars(43, ALNUM + "+/"), H3=chars(43, ALNUM + "+/"),
      H4=chars(43, ALNUM + "+/"), H5=chars(43, ALNUM + "+/"), H6=chars(43, ALNUM + "+/")), None, "Go modules reference, go.sum files")

_case("yaml/decoy-i18n-labels", "config/locales/cy.yml", r"""cy:
  sign_in:
    heading: "Mewngofnodi"
    email: "Cyfeiriad e-bost"
    password: "Cyfrinair"
    password_hint: "Rhaid i'ch cyfrinair fod o leiaf 12 nod"
    forgot_password: "Wedi anghofio'ch cyfrinair?"
  api_keys:
    heading: "Allweddi API"
    secret: "Cyfrinach"
    token_label: "Tocyn mynediad"
    revoke: "Dirymu allwedd"
""", None, "Rails i18n guide; GOV.UK Welsh language content")

_case("json/decoy-form-schema", "forms/apply-for-taxi-licence.json", r"""{
  "startPage": "/applicant-details",
  "pages": [
    {
      "path": "/create-account",
      "title": "Create an account",
      "components": [
        {"type": "EmailAddressField", "name": "email", "title": "Email address"},
        {"type": "TextField", "name": "password", "title": "Create a password",
         "options": {"autocomplete": "new-password", "classes": "govuk-input--width-20"},
         "schema": {"min": 12, "max": 128}},
        {"type": "TextField", "name": "confirmPassword", "title": "Confirm password"}
      ]
    }
  ],
  "outputs": [{"type": "notify", "outputConfiguration": {"apiKey": "", "templateId": "", "emailField": "email"}}]
}
""", None, "XGovFormBuilder digital-form-builder form definition docs")

_case("python/decoy-rfc-test-vector", "tests/test_webhook_signature.py", r'''"""HMAC-SHA256 checks for the payment webhook verifier, using RFC 4231 test case 2.

The key and data are the published test vector ("Jefe" / "what do ya want for nothing?"),
not a credential of any service.
"""
import hmac
from hashlib import sha256

from app.webhooks import verify_signature

RFC4231_KEY = b"Jefe"
RFC4231_DATA = b"what do ya want for nothing?"
RFC4231_MAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_rfc4231_case_2():
    assert hmac.new(RFC4231_KEY, RFC4231_DATA, sha256).hexdigest() == RFC4231_MAC


def test_verify_signature_accepts_rfc_vector():
    assert verify_signature(RFC4231_DATA, RFC4231_MAC, secret=RFC4231_KEY)
''', None, "RFC 4231, HMAC-SHA test vectors (test case 2)")

_case("python/decoy-password-policy", "cityfix/settings/base.py", r"""import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
SESSION_COOKIE_AGE = 60 * 30
OPEN311_API_KEY = os.environ.get("OPEN311_API_KEY")
""", None, "Django docs, password management settings")

_case("ruby/decoy-credentials-fetch", "config/initializers/pay.rb", r"""# frozen_string_literal: true

# API keys live in encrypted credentials (config/credentials/production.yml.enc).
Rails.application.config.x.govuk_pay = ActiveSupport::OrderedOptions.new.tap do |pay|
  pay.base_url = "https://publicapi.payments.service.gov.uk"
  pay.api_key = Rails.application.credentials.dig(:govuk_pay, :api_key)
  pay.webhook_secret = Rails.application.credentials.dig(:govuk_pay, :webhook_signing_secret)
  pay.return_url = ENV.fetch("PAY_RETURN_URL", "http://localhost:3000/payments/return")
end
""", None, "Rails security guide, custom credentials")

_case("erb-yaml/decoy-database-env", "config/database.yml", r"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>

development:
  <<: *default
  database: caseflow_development

test:
  <<: *default
  database: caseflow_test

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["CASEFLOW_DATABASE_PASSWORD"] %>
""", None, "Rails guides, configuring a database (ERB in database.yml)")

_case("javascript/decoy-sentry-dsn", "frontend/src/sentry.js", _fill(r"""
import * as Sentry from '@sentry/browser'

// The DSN is a public client key (Sentry docs: "DSNs are safe to keep public").
Sentry.init({
  dsn: 'https://%%K%%@o%%ORG%%.ingest.sentry.io/%%PID%%',
  environment: window.APP_ENV || 'production',
  release: window.APP_RELEASE,
  tracesSampleRate: 0.05,
  beforeSend (event) {
    if (event.request) delete event.request.cookies
    return event
  }
})
""", K=hexs(32), ORG=digits(6), PID=digits(7)), None, "Sentry docs, DSN explainer (DSNs are safe to keep public)")

_case("env/decoy-local-dev-defaults", ".env.development", r"""# Local development only - containers from docker-compose.dev.yml
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/permits_dev
REDIS_URL=redis://localhost:6379/0
SECRET_KEY_BASE=development-secret-key-base-not-for-production
NOTIFY_API_KEY=
PAY_API_KEY=
STRIPE_SECRET_KEY=sk_test_placeholder
OS_PLACES_KEY=changeme
""", None, "dotenv conventions; postgres image defaults for local development")

_case("systemd/decoy-environment-file", "deploy/systemd/ckan-harvest.service", r"""[Unit]
Description=CKAN harvest fetch consumer
After=network-online.target redis.service

[Service]
User=ckan
EnvironmentFile=/etc/ckan/harvest.env
LoadCredential=ckan-api-token:/etc/credstore/ckan-api-token
Environment=CKAN_INI=/etc/ckan/default/ckan.ini
ExecStart=/usr/lib/ckan/default/bin/ckan -c ${CKAN_INI} harvester fetch-consumer
Restart=always

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec docs (EnvironmentFile=, LoadCredential=)")

_case("htpasswd/decoy-apr1-hashes", "deploy/nginx/.htpasswd", _fill(r"""
preview:$apr1$%%S1%%$%%H1%%
research:$apr1$%%S2%%$%%H2%%
dac-audit:$apr1$%%S3%%$%%H3%%
content-design:$apr1$%%S4%%$%%H4%%
uat-council:$apr1$%%S5%%$%%H5%%
""", S1=chars(8, ALNUM + "./"), H1=chars(22, ALNUM + "./"), S2=chars(8, ALNUM + "./"), H2=chars(22, ALNUM + "./"),
      S3=chars(8, ALNUM + "./"), H3=chars(22, ALNUM + "./"), S4=chars(8, ALNUM + "./"), H4=chars(22, ALNUM + "./"),
      S5=chars(8, ALNUM + "./"), H5=chars(22, ALNUM + "./")), None, "Apache htpasswd docs (MD5 apr1 hashes)")

_case("properties/decoy-env-default", "licensing-api/src/main/resources/application.properties", r"""spring.application.name=licensing-api
server.port=8080
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/licensing
spring.datasource.username=${DB_USER:licensing}
spring.datasource.password=${DB_PASSWORD:}
accela.app-id=${ACCELA_APP_ID}
accela.app-secret=${ACCELA_APP_SECRET}
pay.api-key=${PAY_API_KEY}
management.endpoints.web.exposure.include=health,prometheus
""", None, "Spring Boot externalized configuration docs (property placeholders)")

_case("php/decoy-wp-config-sample", "wp-config-sample.php", r"""<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""", None, "WordPress wp-config-sample.php")

_case("maven-settings/decoy-env-reference", "ci/maven/settings-ci.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>court-nexus-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>mef-keystore</id>
      <passphrase>${env.MEF_KEYSTORE_PASSWORD}</passphrase>
    </server>
  </servers>
</settings>
""", None, "Maven settings reference (${env.VAR} interpolation)")

_case("alertmanager/decoy-file-references", "monitoring/alertmanager/alertmanager-staging.yml", r"""route:
  receiver: staging-slack
receivers:
  - name: staging-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: "#licensing-staging"
  - name: staging-pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
  - name: staging-webhook
    webhook_configs:
      - url: http://alert-router.monitoring.svc:9095/alerts
        http_config:
          authorization:
            credentials_file: /etc/alertmanager/secrets/router_token
""", None, "Prometheus Alertmanager docs (*_file settings)")

_case("vscode/decoy-ask-password", ".vscode/settings.shared.json", r"""{
  "sqltools.connections": [
    {
      "name": "ckan local",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "ckan_default",
      "username": "ckan_default",
      "askForPassword": true
    }
  ],
  "files.exclude": {"**/__pycache__": true}
}
""", None, "SQLTools VS Code extension docs (askForPassword)")

_case("markdown/decoy-onboarding-placeholders", "docs/onboarding.md", r"""# Developer onboarding

1. Ask in #licensing-dev for access to the team vault.
2. Create `.env` from `.env.example`:

   ```bash
   NOTIFY_API_KEY=<your-notify-test-key>
   PAY_API_KEY=api_test_<your-sandbox-key>
   OS_PLACES_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
   ACCELA_APP_SECRET=<ask-the-accela-admin>
   ```

3. Run `make bootstrap` and open http://localhost:3000.

Use a Notify **test** key locally: messages are not delivered and do not count towards limits.
""", None, "GOV.UK Notify docs (API key types); team onboarding README")

_case("python/decoy-public-ids", "app/constants.py", _fill(r"""
"""+"%%Q3%%"+r"""Public identifiers used across the service (safe to commit)."""+"%%Q3%%"+r"""

PAY_GATEWAY_ACCOUNT_ID = "%%GA%%"
NOTIFY_SERVICE_ID = "%%SVC%%"
NOTIFY_TEMPLATES = {
    "payment_confirmation": "%%T1%%",
    "refund_issued": "%%T2%%",
}
GA4_MEASUREMENT_ID = "G-8RZ4KQ1X2M"
ZENDESK_GROUP_ID = 360007843211
LOGIN_GOV_CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:example:licensing"
""", GA=digits(4), SVC=uuid_s(), T1=uuid_s(), T2=uuid_s()), None, "GOV.UK Notify docs (service and template IDs)")

_case("pre-commit/decoy-revision-shas", ".pre-commit-config.yaml", _fill(r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: %%R1%%  # frozen: v4.5.0
    hooks:
      - id: check-yaml
      - id: detect-private-key
  - repo: https://github.com/psf/black
    rev: %%R2%%  # frozen: 24.2.0
    hooks:
      - id: black
  - repo: https://github.com/alphagov/govuk-secret-checker
    rev: %%R3%%  # frozen: v1.3.0
    hooks:
      - id: check-secrets
""", R1=hexs(40), R2=hexs(40), R3=hexs(40)), None, "pre-commit docs, frozen revisions (commit SHAs)")

_case("crt/decoy-ca-bundle", "deploy/tls/agency-ca-chain.pem", "# Agency issuing CA and root (public)\n" + cert_pem() + "\n" + cert_pem() + "\n", None,
      "RFC 7468 textual encodings, CERTIFICATE")

_case("appsettings/decoy-keyvault-reference", "src/ParkingPermits.Web/appsettings.Staging.json", r"""{
  "GovUkNotify": {
    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-permits-stg.vault.azure.net/secrets/NotifyApiKey/)",
    "Templates": {
      "PermitIssued": "3e6f2d5a-1b8c-4f7e-9a0d-2c4b6e8f0a1d"
    }
  },
  "ConnectionStrings": {
    "Permits": "@Microsoft.KeyVault(VaultName=kv-permits-stg;SecretName=PermitsDb)"
  }
}
""", None, "Azure App Service docs, Key Vault references")

_case("hcl/decoy-vault-policy", "vault/policies/benefits-calc.hcl", r"""# Read-only access for the benefits calculator's deploy role
path "secret/data/benefits-calc/*" {
  capabilities = ["read"]
}

path "database/creds/benefits-calc-ro" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
""", None, "HashiCorp Vault docs, policies (HCL)")

_case("csharp/decoy-configuration-binding", "src/Licensing.Payments/PayOptions.cs", r"""using Microsoft.Extensions.Options;

namespace Licensing.Payments
{
    public sealed class PayOptions
    {
        public const string Section = "GovUkPay";
        public string BaseUrl { get; set; } = "https://publicapi.payments.service.gov.uk/";
        public string ApiKey { get; set; } = string.Empty; // bound from Key Vault at startup
    }

    public static class PayRegistration
    {
        public static void AddPay(this Microsoft.Extensions.DependencyInjection.IServiceCollection services,
                                  Microsoft.Extensions.Configuration.IConfiguration config)
        {
            services.Configure<PayOptions>(config.GetSection(PayOptions.Section));
        }
    }
}
""", None, ".NET options pattern docs")

_case("java/decoy-default-truststore", "mef-client/src/test/java/gov/revenue/mef/TrustStoreTest.java", r"""package gov.revenue.mef;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;

class TrustStoreTest {
    // "changeit" is the JDK's documented default password for the cacerts truststore.
    private static final char[] JDK_CACERTS_PASSWORD = "changeit".toCharArray();

    @Test
    void irsRootIsTrusted() throws Exception {
        KeyStore ks = KeyStore.getInstance("JKS");
        try (FileInputStream in = new FileInputStream(System.getProperty("java.home") + "/lib/security/cacerts")) {
            ks.load(in, JDK_CACERTS_PASSWORD);
        }
        assertTrue(ks.size() > 0);
    }
}
""", None, "JDK keytool docs (default cacerts password 'changeit')")

_case("k8s/decoy-configmap", "deploy/k8s/address-lookup/configmap.yaml", _fill(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: address-lookup-config
  namespace: address-lookup
data:
  OS_PLACES_URL: https://api.os.uk/search/places/v1
  NOTIFY_TEMPLATE_ID: %%T%%
  OIDC_CLIENT_ID: %%C%%
  OIDC_ISSUER: https://login.microsoftonline.com/%%TEN%%/v2.0
  FEATURE_UPRN_SEARCH: "true"
""", T=uuid_s(), C=uuid_s(), TEN=uuid_s()), None, "Kubernetes ConfigMap docs")

