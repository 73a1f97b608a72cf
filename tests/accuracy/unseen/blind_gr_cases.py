"""Blind set GR: catering companies.

Event order portals and menu tools, kitchen display systems and kitchen printers, food-safety
temperature sensors and their gateways, delivery vans, telematics and the drivers' apps, allergen
databases, invoicing and payments, staff scheduling, and the office IT behind them, with their
decoys. Generated fakes only (seeds 2460000-2469999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "_-"
BASE32 = string.ascii_uppercase + "234567"
SEED_LO, SEED_HI = 2460000, 2469999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


def upper_hex(n: int) -> str:
    return draw(n, HEX.upper())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


WORDS = ["Basil", "Saffron", "Truffle", "Paprika", "Brioche", "Fennel", "Ganache", "Sorrel", "Quince", "Tamarind",
         "Nutmeg", "Juniper", "Shallot", "Praline", "Caraway", "Meringue", "Cardamom", "Lovage", "Damson", "Chervil"]
LOWER = ["ladle", "skillet", "whisk", "pantry", "larder", "griddle", "terrine", "custard", "walnut", "harvest",
         "orchard", "cobbler", "biscuit", "marrow", "crumble", "pickle"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def git_sha() -> str:
    return hexs(40)


def sha256ish() -> str:
    return hexs(64)


# ---- vendor shapes (as each vendor documents them) -------------------------------------------

def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, URLSAFE)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def samsara_token() -> str:
    return "samsara_api_" + draw(30)


def mapbox_token(prefix: str, user: str) -> str:
    payload = json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)}, separators=(",", ":"))
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{prefix}.{body}." + draw(22, URLSAFE)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def ttn_key() -> str:
    return "NNSXS." + draw(39, BASE32) + "." + draw(52, BASE32)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def paypal_value(first: str) -> str:
    return first + draw(79, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + draw(180, URLSAFE) + "=" + upper_hex(8)


def jwt_token(claims: dict) -> str:
    def seg(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return seg({"alg": "HS256", "typ": "JWT"}) + "." + seg(claims) + "." + draw(43, URLSAFE)


def pem_block(label: str, head: str = "", lines: int = 6) -> str:
    r = _rng()
    body = [head + "".join(r.choice(ALNUM + "+/") for _ in range(64 - len(head)))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(r.randint(20, 60))) + "=")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def openssh_key() -> str:
    return pem_block("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5)


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-gr/{category}", file_name, text, secret, source))


# ==== event orders, menus and the order portal ================================================

add("python/django-secret-key", "orders_portal/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
"""Production settings for the Brightplate event-order portal."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["orders.brightplate-catering.co.uk", "portal.brightplate-catering.co.uk"]

SECRET_KEY = "@@secret@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "event_orders",
        "USER": os.environ.get("ORDERS_DB_USER", "orders_app"),
        "PASSWORD": os.environ["ORDERS_DB_PASSWORD"],
        "HOST": os.environ.get("ORDERS_DB_HOST", "orders-db.internal"),
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

CSRF_TRUSTED_ORIGINS = ["https://orders.brightplate-catering.co.uk"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# Minimum lead time (hours) before an event for menu changes.
MENU_CHANGE_LEAD_HOURS = 72
DEPOSIT_PERCENT = 25
''', fakes.django_secret_key(_seed()))

add("env/ezcater-api-token", "ezcater-sync/.env.production", "https://api.ezcater.io/ (ezCater Partner API: Authorization header token)", """
# ezcater-sync: pulls ezCater orders into the kitchen production plan
EZCATER_API_URL=https://api.ezcater.io/graphql
EZCATER_API_TOKEN=@@secret@@
EZCATER_CATERER_UUID=@@caterer@@
POLL_INTERVAL_SECONDS=120
PRODUCTION_PLAN_URL=http://prodplan.internal:8080/api/orders
LOG_LEVEL=info
TZ=Europe/London
""", draw(40), caterer=uuid_s())

add("yaml/decoy-env-reference", "ezcater-sync/config/settings.yaml", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """
ezcater:
  api_url: https://api.ezcater.io/graphql
  api_token: ${EZCATER_API_TOKEN}
  caterer_uuid: ${EZCATER_CATERER_UUID}
  page_size: 50
production_plan:
  url: ${PRODUCTION_PLAN_URL:-http://prodplan.internal:8080/api/orders}
  timeout_seconds: 15
webhooks:
  # ezCater signs each delivery; the shared secret lives in Vault (kv/ezcater-sync/webhook)
  secret_path: kv/data/ezcater-sync/webhook
  tolerance_seconds: 300
retry:
  attempts: 5
  backoff: exponential
""")

_ts = draw(40)
add("python/tripleseat-secret-key", "integrations/tripleseat/client.py", "https://support.tripleseat.com/hc/en-us/articles/205162908-Tripleseat-API", '''
"""Thin client for the Tripleseat API (events, bookings, leads)."""
from __future__ import annotations

import requests
from requests_oauthlib import OAuth1

API_ROOT = "https://api.tripleseat.com/v1"

# consumer key / secret from Settings > API Keys in Tripleseat
CONSUMER_KEY = "@@ckey@@"
CONSUMER_SECRET = (
    "@@part1@@"
    "@@part2@@"
)


def session() -> requests.Session:
    s = requests.Session()
    s.auth = OAuth1(CONSUMER_KEY, CONSUMER_SECRET)
    s.headers["Accept"] = "application/json"
    return s


def upcoming_events(site_id: int, page: int = 1) -> list[dict]:
    resp = session().get(f"{API_ROOT}/events.json", params={"site_id": site_id, "page": page, "order": "event_start"})
    resp.raise_for_status()
    return [row["event"] for row in resp.json().get("results", [])]


def event_documents(event_id: int) -> list[dict]:
    resp = session().get(f"{API_ROOT}/events/{event_id}/documents.json")
    resp.raise_for_status()
    return resp.json()
''', _ts, ckey=draw(40), part1=_ts[:22], part2=_ts[22:])

add("json/decoy-placeholder", "integrations/tripleseat/config.example.json", "https://support.tripleseat.com/hc/en-us/articles/205162908-Tripleseat-API", """
{
  "tripleseat": {
    "api_root": "https://api.tripleseat.com/v1",
    "consumer_key": "<your-tripleseat-consumer-key>",
    "consumer_secret": "<your-tripleseat-consumer-secret>",
    "site_ids": [1042, 1043],
    "sync_window_days": 120
  },
  "kitchen_plan": {
    "endpoint": "http://prodplan.internal:8080/api/events",
    "api_token": "REPLACE_ME"
  }
}
""")

add("typescript/shopify-admin-token", "storefront/src/lib/shopifyAdmin.ts", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
import { createAdminApiClient } from '@shopify/admin-api-client';

// Admin API client for the boxed-lunch shop (custom app "lunchbox-sync")
const client = createAdminApiClient({
  storeDomain: 'brightplate-lunchboxes.myshopify.com',
  apiVersion: '2024-07',
  accessToken: '@@secret@@',
});

const ORDERS_QUERY = `#graphql
  query todaysOrders($query: String!) {
    orders(first: 100, query: $query) {
      edges { node { id name createdAt note lineItems(first: 50) { edges { node { title quantity sku } } } } }
    }
  }
`;

export async function ordersForDelivery(date: string) {
  const { data, errors } = await client.request(ORDERS_QUERY, {
    variables: { query: `tag:delivery-${date}` },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.orders.edges.map((e: any) => e.node);
}
""", "shpat_" + hexs(32))

add("typescript/decoy-public-storefront-token", "storefront/src/lib/storefrontClient.ts", "https://shopify.dev/docs/api/storefront#authentication", """
import { createStorefrontApiClient } from '@shopify/storefront-api-client';

// Public Storefront API token: shipped to browsers by design (headless lunchbox shop).
// Private tokens for server-side calls come from STOREFRONT_PRIVATE_TOKEN at runtime.
export const storefront = createStorefrontApiClient({
  storeDomain: 'brightplate-lunchboxes.myshopify.com',
  apiVersion: '2024-07',
  publicAccessToken: '@@tok@@',
});

export async function productByHandle(handle: string) {
  const { data } = await storefront.request(
    `query ($handle: String!) { product(handle: $handle) { id title tags variants(first: 10) { nodes { id price { amount } } } } }`,
    { variables: { handle } },
  );
  return data?.product;
}
""", tok=hexs(32))

add("python/openai-api-key", "menu-writer/generate_descriptions.py", "https://platform.openai.com/docs/api-reference/authentication", '''
"""Drafts short menu descriptions for the seasonal canape list (chef reviews every line)."""
import csv
import sys

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Write a 12-word menu description for a catering canape. Mention key allergens in brackets. "
    "Dish: {name}. Ingredients: {ingredients}."
)


def describe(name: str, ingredients: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(name=name, ingredients=ingredients)}],
        temperature=0.4,
    )
    return resp.choices[0].message.content.strip()


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh, open("descriptions.csv", "w", newline="") as out:
        writer = csv.writer(out)
        for row in csv.DictReader(fh):
            writer.writerow([row["dish"], describe(row["dish"], row["ingredients"])])
''', fakes.openai_key(_seed()))

add("notebook/anthropic-api-key", "menu-writer/notebooks/winter_menu_copy.ipynb", "https://docs.anthropic.com/en/api/getting-started", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Winter wedding menu copy\\n", "Trying tone variations for the three-course set menus."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import anthropic\\n",
    "client = anthropic.Anthropic(api_key=\\"@@secret@@\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "msg = client.messages.create(\\n",
    "    model=\\"claude-3-5-sonnet-20240620\\", max_tokens=300,\\n",
    "    messages=[{\\"role\\": \\"user\\", \\"content\\": \\"Describe: roast venison loin, celeriac, blackberry jus\\"}])\\n",
    "print(msg.content[0].text)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", anthropic_key())

add("sql/postgres-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0007: read-only role for the Metabase event-margin dashboards
BEGIN;

CREATE ROLE metabase_reader LOGIN PASSWORD '@@secret@@'
    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE event_orders TO metabase_reader;
GRANT USAGE ON SCHEMA reporting TO metabase_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO metabase_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO metabase_reader;

CREATE VIEW reporting.event_margin AS
SELECT e.id, e.event_date, e.guest_count, e.quoted_total, c.food_cost, c.labour_cost,
       e.quoted_total - c.food_cost - c.labour_cost AS margin
FROM orders.events e
JOIN costing.event_costs c ON c.event_id = e.id;

COMMIT;
""", words_pw())

add("sql/decoy-password-hash", "db/seeds/dev_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Local development users for the order portal. Hashes only (Django PBKDF2); the dev
-- password for all of them is documented in CONTRIBUTING.md and never used outside docker.
INSERT INTO auth_user (id, username, email, is_staff, is_superuser, is_active, date_joined, password) VALUES
 (1, 'dev-admin',  'dev-admin@example.test',  true,  true,  true, now(), 'pbkdf2_sha256$600000$@@s1@@$@@h1@@='),
 (2, 'dev-planner','dev-planner@example.test', true,  false, true, now(), 'pbkdf2_sha256$600000$@@s2@@$@@h2@@='),
 (3, 'dev-client', 'dev-client@example.test',  false, false, true, now(), 'pbkdf2_sha256$600000$@@s3@@$@@h3@@=');

INSERT INTO orders_client (id, user_id, company_name, billing_email) VALUES
 (1, 3, 'Example Events Ltd', 'accounts@example.test');
""", s1=draw(22), h1=draw(43, ALNUM + "+/"), s2=draw(22), h2=draw(43, ALNUM + "+/"), s3=draw(22), h3=draw(43, ALNUM + "+/"))

add("ruby/sendgrid-api-key", "event_portal/config/initializers/sendgrid.rb", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/rubyonrails", """
# Order confirmations, tasting invitations and final-numbers reminders go out via SendGrid.
ActionMailer::Base.smtp_settings = {
  user_name: 'apikey',
  password: '@@secret@@',
  domain: 'brightplate-catering.co.uk',
  address: 'smtp.sendgrid.net',
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}

Rails.application.config.action_mailer.default_url_options = { host: 'orders.brightplate-catering.co.uk', protocol: 'https' }
Rails.application.config.action_mailer.delivery_method = :smtp
""", sendgrid_key())

add("csv/decoy-order-ids", "exports/event_orders_2024-05.csv", "https://docs.stripe.com/api/payment_intents/object#payment_intent_object-id", """
order_id,event_date,client,venue,guests,menu_code,deposit_payment_intent,deposit_gbp,balance_due
@@u1@@,2024-05-04,Hartley & Moss LLP,The Orangery,120,SUM-CANAPE-3,pi_@@p1@@,1350.00,2024-04-20
@@u2@@,2024-05-11,Ruth & Daniel wedding,Oakridge Barn,85,WED-SET-B,pi_@@p2@@,2210.50,2024-04-27
@@u3@@,2024-05-17,Kestrel Pharma,Head office L4,40,BOARD-LUNCH-1,pi_@@p3@@,380.00,2024-05-03
@@u4@@,2024-05-25,St Anne's PTA,School hall,200,BBQ-FAMILY,pi_@@p4@@,900.00,2024-05-11
@@u5@@,2024-05-31,Northgate Rotary,Guildhall,150,DIN-3C-CLASSIC,pi_@@p5@@,2475.00,2024-05-17
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(),
    p1="3P" + draw(22), p2="3P" + draw(22), p3="3P" + draw(22), p4="3P" + draw(22), p5="3P" + draw(22))

add("markdown/mailchimp-api-key", "docs/marketing/newsletter.md", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
# Seasonal menu newsletter

The quarterly newsletter (new menus, tasting evenings, Christmas party dates) is sent from
Mailchimp, audience **Brightplate clients** (list id `@@listid@@`).

## Sync from the order portal

`manage.py sync_newsletter` pushes clients who ticked "send me menus" to the audience.
It needs the Mailchimp key in the environment:

```bash
export MAILCHIMP_API_KEY=@@secret@@
export MAILCHIMP_SERVER_PREFIX=us14
python manage.py sync_newsletter --since 2024-01-01
```

Run it before each send; unsubscribes flow back through the webhook at
`/hooks/mailchimp/` on the portal.

## Templates

Templates live in Mailchimp under *Brightplate / Seasonal*. Keep allergen notes in the footer.
""", hexs(32) + "-us14", listid=hexs(10))

add("php/mysql-password", "wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/**
 * Brightplate Catering marketing site - production configuration.
 */

define( 'DB_NAME', 'bp_wordpress' );
define( 'DB_USER', 'bp_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-web.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'bpw_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_HOME', 'https://www.brightplate-catering.co.uk' );
define( 'WP_SITEURL', 'https://www.brightplate-catering.co.uk' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "wordpress/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

/**
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("ruby/hubspot-private-app-token", "crm_sync/lib/hubspot_client.rb", "https://developers.hubspot.com/docs/api/private-apps", """
require 'hubspot-api-client'

# Pushes confirmed events into HubSpot as deals on the "Corporate catering" pipeline.
module CrmSync
  class HubspotClient
    PIPELINE_ID = '781245'.freeze
    STAGE_CONFIRMED = '1902331'.freeze

    def initialize(token: '@@secret@@')
      @client = Hubspot::Client.new(access_token: token)
    end

    def upsert_deal(event)
      props = {
        dealname: "#{event.client_name} - #{event.event_date}",
        amount: event.quoted_total.to_s,
        pipeline: PIPELINE_ID,
        dealstage: STAGE_CONFIRMED,
        closedate: event.confirmed_at.iso8601
      }
      @client.crm.deals.basic_api.create(body: { properties: props })
    end
  end
end
""", "pat-eu1-" + uuid_s())

add("go/decoy-env-reference", "order-router/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import (
	"fmt"
	"os"
	"time"
)

// Config for the order router: which kitchen (central, north, airport) prepares each order.
type Config struct {
	DatabaseURL    string
	EzcaterToken   string
	TripleseatKey  string
	PollEvery      time.Duration
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		panic(fmt.Sprintf("config: %s is not set", name))
	}
	return v
}

func Load() Config {
	return Config{
		DatabaseURL:   mustEnv("ORDER_ROUTER_DATABASE_URL"),
		EzcaterToken:  mustEnv("EZCATER_API_TOKEN"),
		TripleseatKey: mustEnv("TRIPLESEAT_CONSUMER_KEY"),
		PollEvery:     2 * time.Minute,
	}
}
""")

_pw = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/k8s/orders-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: event-orders
  labels:
    app.kubernetes.io/name: orders-portal
    app.kubernetes.io/component: database
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_DB: @@db@@
  POSTGRES_PASSWORD: @@pw@@
  DATABASE_URL: @@url@@
""", _pw, user=b64("orders_app"), db=b64("event_orders"), pw=b64(_pw),
    url=b64(f"postgresql://orders_app:{_pw}@orders-db.event-orders.svc:5432/event_orders"))

add("k8s/decoy-secret-manager-reference", "deploy/k8s/orders-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: orders-portal-env
  namespace: event-orders
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: orders-portal-env
    creationPolicy: Owner
  data:
    - secretKey: DJANGO_SECRET_KEY
      remoteRef:
        key: prod/event-orders/django
        property: secret_key
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/event-orders/stripe
        property: secret_key
    - secretKey: SENDGRID_API_KEY
      remoteRef:
        key: prod/event-orders/sendgrid
        property: api_key
""")

_sa_key = pem_block("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 12).replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "tasting-bookings/credentials/sheets-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "brightplate-tastings",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-sync@brightplate-tastings.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40brightplate-tastings.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _sa_key, kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("dockerfile/decoy-build-secret-mount", "orders_portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
# private wheel index token is mounted at build time, never baked into a layer
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.brightplate.internal/simple" \\
    pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY . .
ENV DJANGO_SETTINGS_MODULE=orders_portal.settings.production \\
    PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["gunicorn", "orders_portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""")

# ==== kitchen display systems, kitchen printers and the pass ==================================

add("python/toast-client-secret", "kds-bridge/kds_bridge/toast_auth.py", "https://doc.toasttab.com/doc/devguide/authentication.html", '''
"""Machine-client login for the Toast API (orders feed for the kitchen display bridge)."""
from __future__ import annotations

import time

import requests

TOAST_HOST = "https://ws-api.toasttab.com"
_token: dict = {"value": None, "expires": 0.0}


def access_token() -> str:
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    resp = requests.post(
        f"{TOAST_HOST}/authentication/v1/authentication/login",
        json={
            "clientId": "@@cid@@",
            "clientSecret": "@@secret@@",
            "userAccessType": "TOAST_MACHINE_CLIENT",
        },
        timeout=10,
    )
    resp.raise_for_status()
    token = resp.json()["token"]
    _token.update(value=token["accessToken"], expires=time.time() + token["expiresIn"])
    return _token["value"]
''', draw(64, URLSAFE), cid=draw(32))

add("yaml/decoy-restaurant-guid", "kds-bridge/config/restaurants.yaml", "https://doc.toasttab.com/doc/devguide/apiRestaurantExternalId.html", """
# Toast restaurant GUIDs (Toast-Restaurant-External-ID header) per kitchen site.
# Not secret: they appear in every Toast order payload and on printed receipts' QR links.
restaurants:
  - name: Central Production Kitchen
    toast_guid: @@g1@@
    kds_screens: [hot-pass, cold-pass, pastry, dispatch]
  - name: Riverside Cafe
    toast_guid: @@g2@@
    kds_screens: [grill, expo]
  - name: Airport Lounge Unit
    toast_guid: @@g3@@
    kds_screens: [expo]
polling:
  orders_interval_seconds: 20
  menu_refresh_minutes: 30
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("env/square-access-token", "kds-square/.env", "https://developer.squareup.com/docs/build-basics/access-tokens", """
# Square KDS companion (Riverside cafe + event bars)
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=@@secret@@
SQUARE_LOCATION_ID=L@@loc@@
KDS_DEFAULT_STATION=expo
KDS_BUMP_TIMEOUT_SECONDS=900
PORT=3030
""", square_token(), loc=draw(12, string.ascii_uppercase + string.digits))

add("typescript/decoy-public-app-id", "kds-square/src/web/payments.ts", "https://developer.squareup.com/docs/web-payments/take-card-payment", """
// Web Payments SDK for pre-ordering at event bars. The application id and location id are
// public by design: Square's docs put them in the page; the access token stays on the server.
const APPLICATION_ID = '@@appid@@';
const LOCATION_ID = 'L@@loc@@';

export async function mountCardForm(container: string) {
  const payments = (window as any).Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(container);
  return async () => {
    const result = await card.tokenize();
    if (result.status !== 'OK') throw new Error(result.errors?.[0]?.message ?? 'card tokenize failed');
    const res = await fetch('/api/preorders/pay', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sourceId: result.token }),
    });
    return res.json();
  };
}
""", appid=square_app_id(), loc=draw(12, string.ascii_uppercase + string.digits))

add("json/square-oauth-secret", "square-oauth/config/production.json", "https://developer.squareup.com/docs/oauth-api/overview", """
{
  "square": {
    "environment": "production",
    "application_id": "@@appid@@",
    "application_secret": "@@secret@@",
    "redirect_uri": "https://kds.brightplate-catering.co.uk/oauth/square/callback",
    "scopes": ["ORDERS_READ", "ORDERS_WRITE", "ITEMS_READ", "MERCHANT_PROFILE_READ"]
  },
  "session": {
    "cookie_name": "kds_sq_session",
    "max_age_hours": 12
  }
}
""", square_secret(), appid=square_app_id())

add("csharp/lightspeed-client-secret", "Kds.Lightspeed/LightspeedAuth.cs", "https://api-docs.lsk.lightspeed.app/docs/authentication", """
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Brightplate.Kds.Lightspeed
{
    public sealed class LightspeedAuth
    {
        private const string TokenUrl = "https://api.ikentoo.com/oauth/token";
        private const string ClientId = "brightplate-kds";
        private const string ClientSecret = "@@secret@@";

        private readonly HttpClient _http;

        public LightspeedAuth(HttpClient http) => _http = http;

        public async Task<string> RefreshAsync(string refreshToken)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
            using var req = new HttpRequestMessage(HttpMethod.Post, TokenUrl);
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            req.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            });
            using var res = await _http.SendAsync(req);
            res.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await res.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("access_token").GetString()!;
        }
    }
}
""", draw(32))

add("json/mssql-password", "Kds.Host/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "KdsDb": "Server=tcp:sql-kitchen01.brightplate.local,1433;Database=KitchenDisplay;User Id=kds_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True;"
  },
  "Kds": {
    "Stations": [ "hot-pass", "cold-pass", "pastry", "dispatch" ],
    "RecallMinutes": 30,
    "AllergenBannerSeconds": 8
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("json/decoy-integrated-auth", "Kds.Host/appsettings.Development.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "Logging": {
    "LogLevel": { "Default": "Debug", "Microsoft.EntityFrameworkCore.Database.Command": "Information" }
  },
  "ConnectionStrings": {
    "KdsDb": "Server=(localdb)\\\\mssqllocaldb;Database=KitchenDisplay_Dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Kds": {
    "Stations": [ "hot-pass", "expo" ],
    "RecallMinutes": 5,
    "FakeOrdersPerMinute": 4
  }
}
""")

add("ini/device-admin-password", "kitchen-printers/epson_tm_m30iii_pass.ini", "https://download4.epson.biz/sec_pubs/pos/reference_en/epos_print/ref_epos_print_en_xmlforprinting_configuration.html", """
; Epson TM-m30III at the hot pass (ticket printer for the KDS fallback)
[device]
model=TM-m30III
ip=10.20.4.31
device_id=local_printer
timeout_ms=10000

[webconfig]
user=epson
password=@@secret@@

[printing]
paper_width=80
cut=partial
buzzer=on
print_allergens_inverse=yes
""", rand_pw(10))

add("shell/mqtt-password", "kds-pi/provision.sh", "https://mosquitto.org/man/mosquitto_pub-1.html", """
#!/usr/bin/env bash
# Provision a Raspberry Pi kitchen display: kiosk browser + MQTT bump-bar bridge.
set -euo pipefail

STATION="${1:?usage: provision.sh <station-name>}"
BROKER=mqtt.kitchen.brightplate.local

sudo apt-get update -y
sudo apt-get install -y chromium-browser mosquitto-clients unclutter

sudo install -m 0644 kds-kiosk.service /etc/systemd/system/kds-kiosk.service
sudo sed -i "s/__STATION__/${STATION}/" /etc/systemd/system/kds-kiosk.service
sudo systemctl daemon-reload && sudo systemctl enable --now kds-kiosk

# announce the new screen to the bridge
mosquitto_pub -h "$BROKER" -p 8883 --capath /etc/ssl/certs \\
  -u kds-provision -P '@@secret@@' \\
  -t "kds/screens/${STATION}/hello" -m "$(hostname -I | awk '{print $1}')" -q 1

echo "provisioned ${STATION}"
""", rand_pw(20, "_-"))

add("python/redis-password", "kds-bridge/kds_bridge/bus.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''
"""Ticket bus: orders fan out to the station screens over Redis pub/sub."""
import json

import redis

_pool = redis.ConnectionPool(
    host="redis-kitchen.brightplate.local",
    port=6380,
    password="@@secret@@",
    ssl=False,
    db=2,
    decode_responses=True,
)


def publish_ticket(station: str, ticket: dict) -> int:
    r = redis.Redis(connection_pool=_pool)
    return r.publish(f"kds:{station}", json.dumps(ticket))


def bump(station: str, ticket_id: str) -> None:
    r = redis.Redis(connection_pool=_pool)
    r.hset(f"kds:bumped:{station}", ticket_id, "1")
    r.expire(f"kds:bumped:{station}", 6 * 3600)
''', fakes.redis_password(_seed()))

add("log/redis-password", "logs/kds-bridge-2024-06-14.log", "https://redis-py.readthedocs.io/en/stable/exceptions.html", """
2024-06-14 05:58:01,114 INFO  kds_bridge.main starting kds-bridge 2.7.3 (stations=hot-pass,cold-pass,pastry,dispatch)
2024-06-14 05:58:01,120 DEBUG kds_bridge.bus connecting url=redis://:@@secret@@@redis-kitchen.brightplate.local:6380/2
2024-06-14 05:58:06,127 ERROR kds_bridge.bus redis.exceptions.ConnectionError: Error 113 connecting to redis-kitchen.brightplate.local:6380. No route to host.
2024-06-14 05:58:06,128 WARN  kds_bridge.bus retrying in 5s (attempt 1/10)
2024-06-14 05:58:11,204 INFO  kds_bridge.bus connected (server 7.2.4)
2024-06-14 05:58:12,550 INFO  kds_bridge.toast polled 14 orders (3 new) for Central Production Kitchen
2024-06-14 05:58:12,561 INFO  kds_bridge.router ticket 1042-7 -> hot-pass (2x beef wellington, 1x GF)
2024-06-14 05:58:12,563 INFO  kds_bridge.router ticket 1042-8 -> pastry (40x lemon posset)
""", fakes.redis_password(_seed()))

add("log/decoy-redacted", "logs/kds-display-hotpass.log", "https://www.structlog.org/en/stable/processors.html", """
2024-06-14T06:01:22Z info  screen=hot-pass event=boot version=4.1.0 build=@@build@@
2024-06-14T06:01:23Z info  screen=hot-pass event=auth status=ok token=Bearer ******** (expires in 3600s)
2024-06-14T06:03:10Z info  screen=hot-pass event=ticket id=1042-7 items=3 allergens=GLUTEN,MILK
2024-06-14T06:09:41Z info  screen=hot-pass event=bump id=1042-7 elapsed=391s cook=JM
2024-06-14T06:12:02Z warn  screen=hot-pass event=late id=1042-9 elapsed=1020s threshold=900s
2024-06-14T06:14:55Z info  screen=hot-pass event=recall id=1042-7 by=expo
2024-06-14T06:20:00Z info  screen=hot-pass event=heartbeat uptime=1117s mem=212MB
""", build=git_sha()[:12])

add("systemd/fresh-kds-api-key", "kds-pi/kds-kiosk.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=Kitchen display kiosk (__STATION__)
After=network-online.target graphical.target
Wants=network-online.target

[Service]
User=kds
Environment=DISPLAY=:0
Environment=KDS_STATION=__STATION__
Environment=FRESHKDS_API_KEY=@@secret@@
Environment=KDS_URL=https://kds.brightplate-catering.co.uk/screen
ExecStart=/usr/bin/chromium-browser --kiosk --noerrdialogs --disable-infobars ${KDS_URL}?station=${KDS_STATION}&key=${FRESHKDS_API_KEY}
Restart=always
RestartSec=5

[Install]
WantedBy=graphical.target
""", draw(40))

add("ansible/decoy-ansible-vault", "kds-pi/ansible/group_vars/kiosks.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
kds_broker_host: mqtt.kitchen.brightplate.local
kds_broker_port: 8883
kds_mqtt_user: kds-screen
kds_mqtt_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v1@@
  @@v2@@
  @@v3@@
  @@v4@@
  @@v5@@
kds_kiosk_url: https://kds.brightplate-catering.co.uk/screen
kds_screen_rotation: 90
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(40))

add("kotlin/android-keystore-password", "kds-tablet/app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#sign_cmdline", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "uk.co.brightplate.kds"
    compileSdk = 34

    defaultConfig {
        applicationId = "uk.co.brightplate.kds"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "4.1.0"
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/kds-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "kds"
            keyPassword = "@@secret@@"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
""", words_pw())

add("markdown/device-admin-password", "docs/kitchen/kds-screens-handover.md", "https://www.atlassian.com/software/confluence/templates/it-runbook", """
# Kitchen display screens - handover (Central Production Kitchen)

Handed over by Priya (Kitchen IT) to the new site manager, 12 Aug.

| Station   | Device            | IP          | Admin user | Admin password       |
|-----------|-------------------|-------------|------------|----------------------|
| hot-pass  | Elo 22" I-Series  | 10.20.4.51  | kdsadmin   | `@@secret@@` |
| cold-pass | Elo 22" I-Series  | 10.20.4.52  | kdsadmin   | same as hot-pass     |
| pastry    | Elo 15" I-Series  | 10.20.4.53  | kdsadmin   | same as hot-pass     |
| dispatch  | Lenovo M70q + TV  | 10.20.4.60  | kds        | see IT               |

* Screens boot straight into the kiosk; hold the top-left corner 5 s for the admin menu.
* If a screen shows "offline", check the PoE switch in the comms cupboard (port 9-12).
* Bump bars are Logic Controls KB1700, USB, no config needed.
""", words_pw())

add("markdown/decoy-vault-reference", "docs/kitchen/kds-troubleshooting.md", "https://developer.1password.com/docs/cli/secret-references/", """
# KDS troubleshooting

## Screen stuck on "Waiting for orders"
1. Check the bridge: `systemctl status kds-bridge` on `kds-bridge01`.
2. Check Toast is answering: `curl -s https://ws-api.toasttab.com/health`.
3. Re-issue the screen token from the admin page (Settings > Screens > Rotate).

## Credentials
All KDS credentials live in 1Password, vault **Kitchen IT**:
- Toast machine client: `op://Kitchen IT/Toast API/credential`
- Screen admin PIN: `op://Kitchen IT/KDS screens/password`
- MQTT broker: `op://Kitchen IT/MQTT kitchen broker/password`

Never paste them in tickets or Slack; link the 1Password item instead.

## Printer fallback
If all screens are down, set `KDS_FALLBACK=print` and restart the bridge; tickets print at
the hot pass (Epson TM-m30III, 10.20.4.31).
""")

add("json/decoy-fixture-ids", "kds-bridge/tests/fixtures/toast_order_1042.json", "https://doc.toasttab.com/openapi/orders/tag/Data-definitions/schema/Order/", """
{
  "guid": "@@g1@@",
  "entityType": "Order",
  "externalId": null,
  "displayNumber": "1042",
  "source": "Online",
  "businessDate": 20240614,
  "restaurantService": { "guid": "@@g2@@", "entityType": "RestaurantService" },
  "checks": [
    {
      "guid": "@@g3@@",
      "displayNumber": "7",
      "selections": [
        { "guid": "@@g4@@", "displayName": "Beef Wellington", "quantity": 2,
          "modifiers": [] },
        { "guid": "@@g5@@", "displayName": "Beef Wellington (GF pastry)", "quantity": 1,
          "modifiers": [ { "guid": "@@g6@@", "displayName": "Gluten free" } ] }
      ],
      "paymentStatus": "OPEN"
    }
  ],
  "promisedDate": "2024-06-14T11:30:00.000+0000"
}
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s(), g5=uuid_s(), g6=uuid_s())

add("toml/mqtt-password", "kds-bumpbar/config/production.toml", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
# kds-bumpbar: reads the USB bump bars and publishes bumps/recalls to the broker
[broker]
host = "mqtt.kitchen.brightplate.local"
port = 8883
client_id_prefix = "bumpbar"
username = "bumpbar"
password = "@@secret@@"
keep_alive_secs = 30

[keys]
bump = "KEY_ENTER"
recall = "KEY_BACKSPACE"
next = "KEY_RIGHT"
prev = "KEY_LEFT"

[log]
level = "info"
""", passphrase())

add("rust/decoy-env-reference", "kds-bumpbar/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Broker {
    pub host: String,
    pub port: u16,
    pub username: String,
    #[serde(skip)]
    pub password: String,
}

impl Broker {
    /// The password never lives in the TOML: it comes from the service's environment.
    pub fn with_password_from_env(mut self) -> anyhow::Result<Self> {
        self.password = env::var("BUMPBAR_MQTT_PASSWORD")
            .map_err(|_| anyhow::anyhow!("BUMPBAR_MQTT_PASSWORD is not set"))?;
        Ok(self)
    }
}
""")

# ==== food-safety temperature sensors, gateways and HACCP records ============================

add("python/monnit-api-secret", "coldchain/coldchain/monnit_poll.py", "https://www.imonnit.com/API/", '''
"""Polls iMonnit for walk-in fridge / freezer readings every 5 minutes (HACCP CCP 3 and 4)."""
import datetime as dt

import requests

IMONNIT = "https://www.imonnit.com/json"
HEADERS = {
    "APIKeyID": "@@kid@@",
    "APISecretKey": "@@secret@@",
}
NETWORK_ID = 68214


def sensor_readings(since: dt.datetime) -> list[dict]:
    resp = requests.get(
        f"{IMONNIT}/SensorListExtended",
        params={"NetworkID": NETWORK_ID},
        headers=HEADERS,
        timeout=20,
    )
    resp.raise_for_status()
    rows = []
    for sensor in resp.json()["Result"]:
        seen = dt.datetime.fromisoformat(sensor["LastCommunicationDate"].rstrip("Z"))
        if seen >= since:
            rows.append({"sensor": sensor["SensorName"], "value": sensor["CurrentReading"], "seen": seen})
    return rows
''', draw(32), kid=draw(16))

add("yaml/ttn-api-key", "coldchain/ttn/webhook-integration.yaml", "https://www.thethingsindustries.com/docs/api/concepts/auth/", """
# The Things Stack application "bp-coldchain" -> our ingest service
application_id: bp-coldchain
cluster: eu1.cloud.thethings.network
api_key: @@secret@@
webhook:
  webhook_id: coldchain-ingest
  base_url: https://coldchain.brightplate-catering.co.uk/ingest/ttn
  format: json
  uplink_message: {}
  join_accept: {}
  service_data: {}
devices_prefix: probe-
downlink_queue_limit: 4
""", ttn_key())

add("json/lorawan-app-key", "coldchain/lorawan/devices/walkin-freezer-2.json", "https://www.thethingsindustries.com/docs/devices/adding-devices/", """
{
  "ids": {
    "device_id": "probe-walkin-freezer-2",
    "dev_eui": "@@deveui@@",
    "join_eui": "@@joineui@@",
    "application_ids": { "application_id": "bp-coldchain" }
  },
  "name": "Walk-in freezer 2 (CPK, bay C)",
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "EU_863_870_TTN",
  "supports_join": true,
  "root_keys": {
    "app_key": { "key": "@@secret@@" }
  },
  "attributes": { "haccp_ccp": "CCP4", "limit_max_c": "-18", "site": "CPK" }
}
""", upper_hex(32), deveui=upper_hex(16), joineui="70B3D57ED00" + upper_hex(5))

add("json/decoy-device-eui", "coldchain/lorawan/devices/export-2024-07.json", "https://www.thethingsindustries.com/docs/reference/glossary/#deveui", """
[
  { "device_id": "probe-walkin-cooler-1", "dev_eui": "@@e1@@", "join_eui": "@@j@@", "last_seen": "2024-07-02T06:10:44Z", "battery": 3.61 },
  { "device_id": "probe-walkin-cooler-2", "dev_eui": "@@e2@@", "join_eui": "@@j@@", "last_seen": "2024-07-02T06:11:02Z", "battery": 3.58 },
  { "device_id": "probe-walkin-freezer-1", "dev_eui": "@@e3@@", "join_eui": "@@j@@", "last_seen": "2024-07-02T06:09:57Z", "battery": 3.49 },
  { "device_id": "probe-walkin-freezer-2", "dev_eui": "@@e4@@", "join_eui": "@@j@@", "last_seen": "2024-07-02T06:10:31Z", "battery": 3.55 },
  { "device_id": "probe-blast-chiller",   "dev_eui": "@@e5@@", "join_eui": "@@j@@", "last_seen": "2024-07-02T06:08:19Z", "battery": 3.12 },
  { "device_id": "probe-van-07-chiller",  "dev_eui": "@@e6@@", "join_eui": "@@j@@", "last_seen": "2024-07-01T22:40:05Z", "battery": 2.98 }
]
""", e1=upper_hex(16), e2=upper_hex(16), e3=upper_hex(16), e4=upper_hex(16), e5=upper_hex(16), e6=upper_hex(16),
    j="70B3D57ED00" + upper_hex(5))

add("csv/decoy-sensor-serials", "haccp/exports/temperature_log_2024-07-02.csv", "https://www.food.gov.uk/business-guidance/safer-food-better-business", """
timestamp,site,unit,probe_serial,reading_c,limit_c,status,checked_by,record_hash
2024-07-02T06:00:00Z,CPK,walk-in cooler 1,TS-@@s1@@,3.1,5.0,OK,auto,@@h1@@
2024-07-02T06:00:00Z,CPK,walk-in cooler 2,TS-@@s2@@,4.2,5.0,OK,auto,@@h2@@
2024-07-02T06:00:00Z,CPK,walk-in freezer 1,TS-@@s3@@,-20.4,-18.0,OK,auto,@@h3@@
2024-07-02T06:00:00Z,CPK,walk-in freezer 2,TS-@@s4@@,-17.1,-18.0,ALERT,auto,@@h4@@
2024-07-02T06:20:00Z,CPK,walk-in freezer 2,TS-@@s4@@,-18.6,-18.0,OK,DL (door left ajar),@@h5@@
2024-07-02T06:00:00Z,CPK,blast chiller,TS-@@s5@@,2.4,3.0,OK,auto,@@h6@@
""", s1=upper_hex(8), s2=upper_hex(8), s3=upper_hex(8), s4=upper_hex(8), s5=upper_hex(8),
    h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish(), h6=sha256ish())

add("csv/device-admin-password", "coldchain/inventory/gateways.csv", "https://www.milesight.com/iot/product/lorawan-gateway/ug65", """
site,gateway,model,serial,lan_ip,web_user,web_password,backhaul,installed
CPK,gw-cpk-roof,Milesight UG65,6223B1@@n1@@,10.20.9.2,admin,@@secret@@,ethernet,2023-11-02
Riverside,gw-riverside,Milesight UG63,6228C4@@n2@@,10.30.9.2,admin,@@pw2@@,4G,2024-01-19
Airport,gw-airport,Kerlink iFemtoCell,0512F0@@n3@@,10.40.9.2,admin,@@pw3@@,ethernet,2024-03-07
York,gw-york-depot,Milesight UG65,6223B1@@n4@@,10.50.9.2,admin,@@pw4@@,ethernet,2024-06-21
""", words_pw(), n1=upper_hex(6), n2=upper_hex(6), n3=upper_hex(6), pw2=words_pw(), pw3=words_pw(), n4=upper_hex(6), pw4=words_pw())

add("conf/mqtt-password", "coldchain/mosquitto/conf.d/bridge-cloud.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Bridge the on-site broker (probes, door sensors) to the cloud broker for dashboards.
connection cloud-bridge
address mqtt.coldchain.brightplate-catering.co.uk:8883
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
bridge_protocol_version mqttv311
remote_clientid cpk-site-bridge
remote_username cpk-site
remote_password @@secret@@
cleansession false
try_private true
notifications true
topic probes/# out 1 "" site/cpk/
topic doors/# out 1 "" site/cpk/
topic alarms/ack/# in 1 "" site/cpk/
""", rand_pw(22))

add("conf/decoy-file-reference", "coldchain/mosquitto/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
persistence true
persistence_location /var/lib/mosquitto/
log_dest file /var/log/mosquitto/mosquitto.log

per_listener_settings true

listener 1883 127.0.0.1
allow_anonymous true

listener 8883
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/broker.crt
keyfile /etc/mosquitto/certs/broker.key
require_certificate false
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

include_dir /etc/mosquitto/conf.d
""")

add("text/decoy-password-hash", "coldchain/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
probe-gw-cpk:$7$101$@@s1@@$@@h1@@==
probe-gw-riverside:$7$101$@@s2@@$@@h2@@==
kds-screen:$7$101$@@s3@@$@@h3@@==
bumpbar:$7$101$@@s4@@$@@h4@@==
coldchain-ingest:$7$101$@@s5@@$@@h5@@==
""", s1=draw(16, ALNUM + "+/"), h1=draw(86, ALNUM + "+/"), s2=draw(16, ALNUM + "+/"), h2=draw(86, ALNUM + "+/"),
    s3=draw(16, ALNUM + "+/"), h3=draw(86, ALNUM + "+/"), s4=draw(16, ALNUM + "+/"), h4=draw(86, ALNUM + "+/"),
    s5=draw(16, ALNUM + "+/"), h5=draw(86, ALNUM + "+/"))

add("python/influxdb-token", "coldchain/coldchain/writer.py", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/python/", '''
"""Writes probe readings to InfluxDB (bucket haccp, 2-year retention for EHO inspections)."""
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

client = InfluxDBClient(
    url="https://influx.coldchain.brightplate.local:8086",
    token="@@secret@@",
    org="brightplate",
)
write_api = client.write_api(write_options=SYNCHRONOUS)


def write_reading(site: str, unit: str, probe: str, celsius: float, ts) -> None:
    point = (
        Point("temperature")
        .tag("site", site)
        .tag("unit", unit)
        .tag("probe", probe)
        .field("celsius", float(celsius))
        .time(ts)
    )
    write_api.write(bucket="haccp", record=point)
''', b64_bytes(64))

add("yaml/decoy-env-reference", "coldchain/grafana/provisioning/datasources/influxdb.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """
apiVersion: 1

datasources:
  - name: HACCP InfluxDB
    type: influxdb
    access: proxy
    url: https://influx.coldchain.brightplate.local:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: brightplate
      defaultBucket: haccp
      tlsSkipVerify: false
    secureJsonData:
      token: $INFLUX_GRAFANA_TOKEN
""")

add("notebook/safetyculture-api-token", "analysis/probe_drift_review.ipynb", "https://developer.safetyculture.com/reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Probe drift vs. manual checks\\n", "Compare SafetyCulture manual probe checks with the LoRa probes, June 2024."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, requests\\n",
    "SC_TOKEN = '@@secret@@'\\n",
    "H = {'Authorization': f'Bearer {SC_TOKEN}'}\\n",
    "r = requests.get('https://api.safetyculture.io/feed/inspections', headers=H, params={'template': 'template_@@tpl@@', 'modified_after': '2024-06-01'})\\n",
    "manual = pd.json_normalize(r.json()['data'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["probes = pd.read_csv('../haccp/exports/temperature_log_2024-06.csv')\\n", "manual.head()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hexs(64), tpl=hexs(32))

add("go/disruptive-service-account-secret", "dt-bridge/main.go", "https://developer.disruptive-technologies.com/docs/authentication/basic-auth", """
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Disruptive Technologies temperature sensors in the display fridges (front of house).
const (
	projectID = "@@proj@@"
	keyID     = "@@kid@@"
	keySecret = "@@secret@@"
	apiBase   = "https://api.d21s.com/v2"
)

type device struct {
	Name     string `json:"name"`
	Reported struct {
		Temperature struct {
			Value      float64   `json:"value"`
			UpdateTime time.Time `json:"updateTime"`
		} `json:"temperature"`
	} `json:"reported"`
}

func main() {
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/projects/%s/devices", apiBase, projectID), nil)
	req.SetBasicAuth(keyID, keySecret)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()
	var body struct{ Devices []device `json:"devices"` }
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		log.Fatal(err)
	}
	for _, d := range body.Devices {
		fmt.Printf("%s %.1f %s\\n", d.Name, d.Reported.Temperature.Value, d.Reported.Temperature.UpdateTime)
	}
}
""", hexs(32), proj=draw(20, string.ascii_lowercase + string.digits), kid=draw(20, string.ascii_lowercase + string.digits))

add("shell/particle-access-token", "firmware/flash_probes.sh", "https://docs.particle.io/reference/cloud-apis/api/#authentication", """
#!/bin/sh
# OTA-flash the van chiller probes (Particle Boron) with the current firmware build.
set -e

FW=build/probe-node-$(cat VERSION).bin
TOKEN=@@secret@@
PRODUCT=31877

for dev in $(cat vans.txt); do
  echo "flashing $dev"
  curl -fsS -X PUT "https://api.particle.io/v1/products/$PRODUCT/devices/$dev" \\
       -H "Authorization: Bearer $TOKEN" \\
       -F "file=@$FW" -F "file_type=binary"
done
""", hexs(40))

add("python/twilio-auth-token", "coldchain/coldchain/alerts/sms.py", "https://www.twilio.com/docs/iam/credentials/api", '''
"""SMS the duty manager when a unit is out of range for more than 20 minutes."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+447480801234"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_alarm(to: str, unit: str, reading: float, limit: float, minutes: int) -> str:
    body = (
        f"HACCP ALERT {unit}: {reading:.1f}C (limit {limit:.1f}C) for {minutes} min. "
        "Check door seal / move stock. Reply ACK to acknowledge."
    )
    msg = _client.messages.create(to=to, from_=FROM, body=body)
    return msg.sid
''', hexs(32), sid=hexs(32))

add("python/telegram-bot-token", "coldchain/coldchain/alerts/telegram_alert.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''
"""Posts out-of-range readings to the kitchen managers' Telegram group."""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1002147783301


def notify(unit: str, reading: float, limit: float) -> None:
    text = f"\\u2744\\ufe0f {unit}: {reading:.1f}\\u00b0C (limit {limit:.1f}\\u00b0C)"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "disable_notification": False},
        timeout=10,
    ).raise_for_status()
''', fakes.telegram_token(_seed()))

add("yaml/pagerduty-routing-key", "coldchain/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", """
global:
  resolve_timeout: 10m

route:
  receiver: kitchen-managers
  group_by: [site, unit]
  group_wait: 1m
  repeat_interval: 30m
  routes:
    - matchers: [severity="critical"]
      receiver: pagerduty-night

receivers:
  - name: kitchen-managers
    email_configs:
      - to: kitchen-managers@brightplate-catering.co.uk
        from: coldchain@brightplate-catering.co.uk
        smarthost: smtp-relay.brightplate.local:25
        require_tls: false
  - name: pagerduty-night
    pagerduty_configs:
      - routing_key: @@secret@@
        severity: critical
        description: '{{ .CommonLabels.unit }} out of range at {{ .CommonLabels.site }}'
""", hexs(32))

add("dockerfile/influxdb-admin-password", "coldchain/docker/influxdb/Dockerfile", "https://hub.docker.com/_/influxdb", """
FROM influxdb:2.7-alpine

ENV DOCKER_INFLUXDB_INIT_MODE=setup \\
    DOCKER_INFLUXDB_INIT_USERNAME=coldchain-admin \\
    DOCKER_INFLUXDB_INIT_PASSWORD=@@secret@@ \\
    DOCKER_INFLUXDB_INIT_ORG=brightplate \\
    DOCKER_INFLUXDB_INIT_BUCKET=haccp \\
    DOCKER_INFLUXDB_INIT_RETENTION=104w

COPY influx-configs /etc/influxdb2/influx-configs
HEALTHCHECK --interval=30s CMD influx ping || exit 1
EXPOSE 8086
""", words_pw())

add("compose/grafana-admin-password", "coldchain/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", """
services:
  mosquitto:
    image: eclipse-mosquitto:2.0
    volumes:
      - ./mosquitto:/etc/mosquitto:ro
      - mosquitto-data:/var/lib/mosquitto
    ports: ["8883:8883"]
  influxdb:
    build: ./docker/influxdb
    volumes: [influx-data:/var/lib/influxdb2]
  ingest:
    build: .
    command: ["python", "-m", "coldchain.ingest"]
    depends_on: [mosquitto, influxdb]
  grafana:
    image: grafana/grafana-oss:11.1.0
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_SERVER_ROOT_URL: https://temps.brightplate-catering.co.uk
      GF_USERS_ALLOW_SIGN_UP: "false"
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning:ro
    ports: ["3000:3000"]
volumes:
  mosquitto-data:
  influx-data:
""", words_pw())

add("compose/decoy-env-reference", "coldchain/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
# Production overrides: every credential comes from the host's /etc/coldchain/.env
services:
  influxdb:
    env_file: /etc/coldchain/.env
    environment:
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set INFLUX_ADMIN_PASSWORD}
  grafana:
    env_file: /etc/coldchain/.env
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD:?set GRAFANA_ADMIN_PASSWORD}
      INFLUX_GRAFANA_TOKEN: ${INFLUX_GRAFANA_TOKEN}
  ingest:
    environment:
      TTN_API_KEY: ${TTN_API_KEY}
      MONNIT_API_SECRET: ${MONNIT_API_SECRET}
    restart: unless-stopped
""")

add("markdown/decoy-checksum", "docs/food-safety/probe-calibration.md", "https://www.food.gov.uk/business-guidance/safer-food-better-business-for-caterers", """
# Probe calibration (quarterly)

Every probe is checked in iced water (0 °C ±0.5) and boiling water (100 °C ±1) each quarter.
Record the result on the sheet in the HACCP folder and in the table below.

| Probe serial | Unit              | Ice °C | Boil °C | Cert no.      | Result |
|--------------|-------------------|--------|---------|---------------|--------|
| TS-@@s1@@  | walk-in cooler 1  | 0.2    | 99.6    | CAL-24Q2-0113 | pass   |
| TS-@@s2@@  | walk-in freezer 2 | -0.3   | 99.8    | CAL-24Q2-0114 | pass   |
| TS-@@s3@@  | blast chiller     | 0.6    | 100.4   | CAL-24Q2-0115 | replace |

## Firmware
Probe node firmware 3.4.2, SHA-256 `@@fw@@`.
Verify before flashing: `sha256sum build/probe-node-3.4.2.bin`.
""", s1=upper_hex(8), s2=upper_hex(8), s3=upper_hex(8), fw=sha256ish())

add("c/wifi-psk", "firmware/probe_node/include/secrets.h", "https://docs.arduino.cc/libraries/wifinina/", """
#pragma once

// Van chiller probe node (ESP32) - Wi-Fi for the depot yard, used to offload logs on return.
#define WIFI_SSID        "BP-Depot-IoT"
#define WIFI_PASS        "@@secret@@"

#define MQTT_HOST        "mqtt.coldchain.brightplate-catering.co.uk"
#define MQTT_PORT        8883
#define DEVICE_PREFIX    "probe-van-"
#define UPLOAD_INTERVAL  (5 * 60 * 1000UL)
""", passphrase())

add("c/decoy-placeholder", "firmware/probe_node/include/secrets.h.example", "https://docs.arduino.cc/libraries/wifinina/", """
#pragma once

// Copy to secrets.h (git-ignored) and fill in for your site.
#define WIFI_SSID        "YOUR_SSID"
#define WIFI_PASS        "YOUR_WIFI_PASSWORD"

#define MQTT_HOST        "mqtt.example.com"
#define MQTT_PORT        8883
#define DEVICE_PREFIX    "probe-"
#define UPLOAD_INTERVAL  (5 * 60 * 1000UL)
""")

add("xml/ftp-password", "coldchain/testo/saveris-export-job.xml", "https://www.testo.com/en-UK/testo-saveris-2/p/0572-2031", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Nightly export of testo Saveris readings to the HACCP archive (EHO keeps asking for 2 years) -->
<ExportJob name="saveris-nightly" enabled="true">
  <Schedule cron="0 15 2 * * ?" timezone="Europe/London"/>
  <Source type="SaverisBase" host="10.20.9.40" port="54000"/>
  <Format type="csv" delimiter="," decimal="." includeAlarms="true"/>
  <Target type="ftp">
    <Host>archive.brightplate.local</Host>
    <Port>21</Port>
    <Username>saveris</Username>
    <Password>@@secret@@</Password>
    <RemoteDir>/haccp/saveris/</RemoteDir>
    <PassiveMode>true</PassiveMode>
  </Target>
</ExportJob>
""", words_pw())

add("log/decoy-lorawan-mic", "logs/probe-gateway-cpk-roof.log", "https://www.thethingsindustries.com/docs/reference/glossary/#mic", """
2024-07-02 06:10:31.442 [pktfwd] RXPK freq=868.1 sf=7 bw=125 rssi=-71 snr=9.2 size=23 devaddr=@@da1@@ fcnt=40213 mic=@@m1@@
2024-07-02 06:10:44.018 [pktfwd] RXPK freq=868.3 sf=9 bw=125 rssi=-98 snr=1.5 size=23 devaddr=@@da2@@ fcnt=39877 mic=@@m2@@
2024-07-02 06:11:02.775 [pktfwd] RXPK freq=867.5 sf=7 bw=125 rssi=-66 snr=10.0 size=23 devaddr=@@da3@@ fcnt=41002 mic=@@m3@@
2024-07-02 06:11:05.001 [pktfwd] PUSH_ACK token=0x@@tok@@ latency=84ms
2024-07-02 06:12:00.000 [stats] rx_ok=1284 rx_bad=3 tx=2 uptime=5d03h
""", da1=upper_hex(8), da2=upper_hex(8), da3=upper_hex(8), m1=hexs(8), m2=hexs(8), m3=hexs(8), tok=upper_hex(4))

# ==== delivery vans, telematics, dispatch and the drivers' app ================================

add("python/samsara-api-token", "fleet/fleet/samsara_locations.py", "https://developers.samsara.com/docs/authentication", '''
"""Live van locations from Samsara for the dispatch board and the client "where is my lunch" page."""
import requests

SAMSARA = "https://api.samsara.com"
SESSION = requests.Session()
SESSION.headers.update({
    "Authorization": "Bearer @@secret@@",
    "Accept": "application/json",
})


def van_locations(tag_id: str = "4318922") -> list[dict]:
    resp = SESSION.get(f"{SAMSARA}/fleet/vehicles/locations", params={"tagIds": tag_id}, timeout=15)
    resp.raise_for_status()
    return [
        {
            "van": v["name"],
            "lat": v["location"]["latitude"],
            "lng": v["location"]["longitude"],
            "speed_mph": v["location"].get("speed", 0),
            "at": v["location"]["time"],
        }
        for v in resp.json()["data"]
    ]
''', samsara_token())

add("env/geotab-password", "fleet/geotab/.env", "https://developers.geotab.com/myGeotab/guides/concepts/#authentication", """
# MyGeotab service account for the van temperature + ignition feed
GEOTAB_SERVER=my.geotab.com
GEOTAB_DATABASE=brightplate_fleet
GEOTAB_USERNAME=api-dispatch@brightplate-catering.co.uk
GEOTAB_PASSWORD=@@secret@@
GEOTAB_FEED_INTERVAL=60
""", words_pw())

add("python/decoy-env-reference", "fleet/geotab/client.py", "https://mygeotab-python.readthedocs.io/en/latest/usage.html", '''
"""MyGeotab client for reefer temperatures on the refrigerated vans."""
import os

import mygeotab


def api() -> mygeotab.API:
    client = mygeotab.API(
        username=os.environ["GEOTAB_USERNAME"],
        password=os.environ["GEOTAB_PASSWORD"],
        database=os.environ["GEOTAB_DATABASE"],
        server=os.environ.get("GEOTAB_SERVER", "my.geotab.com"),
    )
    client.authenticate()
    return client


def reefer_temps(device_id: str, since):
    return api().get(
        "StatusData",
        search={"deviceSearch": {"id": device_id}, "diagnosticSearch": {"id": "DiagnosticReeferTemperatureZone1Id"},
                "fromDate": since},
    )
''')

add("typescript/onfleet-api-key", "dispatch/src/onfleet.ts", "https://docs.onfleet.com/reference/authentication", """
import Onfleet from '@onfleet/node-onfleet';

// Dispatch creates one Onfleet task per drop; drivers see them in the Onfleet driver app.
const onfleet = new Onfleet('@@secret@@');

export interface Drop {
  orderId: string;
  address: string;
  contactName: string;
  phone: string;
  notes: string;
  completeAfter: number;
  completeBefore: number;
}

export async function createTask(drop: Drop) {
  return onfleet.tasks.create({
    destination: { address: { unparsed: drop.address } },
    recipients: [{ name: drop.contactName, phone: drop.phone }],
    notes: `${drop.orderId} - ${drop.notes}`,
    completeAfter: drop.completeAfter,
    completeBefore: drop.completeBefore,
    metadata: [{ name: 'orderId', type: 'string', value: drop.orderId, visibility: ['api'] }],
  });
}
""", hexs(32))

add("xml/decoy-manifest-placeholder", "driver-app/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.CAMERA" />

    <application
        android:name=".DriverApplication"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

add("python/google-maps-api-key", "dispatch/route_eta.py", "https://developers.google.com/maps/documentation/directions/get-api-key", '''
"""ETA for each drop on a van's run (Directions API, server-side key)."""
from datetime import datetime

import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")
DEPOT = "Unit 4, Hollins Trading Estate, Leeds LS10 1RT"


def run_etas(drops: list[str], leave_at: datetime) -> list[int]:
    result = gmaps.directions(
        DEPOT,
        drops[-1],
        waypoints=drops[:-1],
        optimize_waypoints=False,
        departure_time=leave_at,
        traffic_model="pessimistic",
    )
    legs = result[0]["legs"]
    return [leg["duration_in_traffic"]["value"] if "duration_in_traffic" in leg else leg["duration"]["value"] for leg in legs]
''', google_key())

add("netrc/mapbox-secret-token", "driver-app/ios/.netrc", "https://docs.mapbox.com/ios/navigation/guides/get-started/install/#configure-credentials", """
# Mapbox Navigation SDK downloads (secret token with DOWNLOADS:READ scope)
machine api.mapbox.com
login mapbox
password @@secret@@

machine maven.brightplate.internal
login ci-reader
""", mapbox_token("sk", "brightplate-fleet"))

add("plist/decoy-publishable-token", "driver-app/ios/DriverApp/Info.plist", "https://docs.mapbox.com/help/getting-started/access-tokens/#how-access-tokens-work", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>BP Driver</string>
	<key>CFBundleIdentifier</key>
	<string>uk.co.brightplate.driver</string>
	<key>CFBundleShortVersionString</key>
	<string>3.2.0</string>
	<key>MBXAccessToken</key>
	<string>@@tok@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Your location is shared with dispatch while you are on a delivery run.</string>
	<key>NSCameraUsageDescription</key>
	<string>Take a photo of the delivered order as proof of delivery.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>location</string>
	</array>
</dict>
</plist>
""", tok=mapbox_token("pk", "brightplate-fleet"))

add("kotlin/fcm-server-key", "dispatch-notify/src/main/kotlin/uk/co/brightplate/notify/PushSender.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests", """
package uk.co.brightplate.notify

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Pushes "new drop added to your run" to the driver's phone (legacy FCM HTTP API).
object PushSender {
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()
    private val json = "application/json; charset=utf-8".toMediaType()

    fun notifyDriver(deviceToken: String, runId: String, dropCount: Int) {
        val body = \"\"\"{"to":"$deviceToken","notification":{"title":"Run $runId updated","body":"$dropCount drops"},"data":{"runId":"$runId"}}\"\"\"
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(body.toRequestBody(json))
            .build()
        http.newCall(req).execute().use { res ->
            check(res.isSuccessful) { "FCM ${res.code}: ${res.body?.string()}" }
        }
    }
}
""", fcm_server_key())

add("json/decoy-firebase-config", "driver-app/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "@@pnum@@",
    "project_id": "bp-driver-app",
    "storage_bucket": "bp-driver-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@pnum@@:android:@@appid@@",
        "android_client_info": { "package_name": "uk.co.brightplate.driver" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "@@key@@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", pnum=str(_rng().randint(10**11, 10**12)), appid=hexs(16), key=google_key())

_p8 = pem_block("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 3)
add("pem/apple-auth-key", "driver-app/fastlane/keys/AuthKey_7KQ2M4XH9P.p8", "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api", """
@@secret@@
""", _p8)

add("ruby/match-password", "driver-app/fastlane/Fastfile", "https://docs.fastlane.tools/actions/match/", """
default_platform(:ios)

platform :ios do
  before_all do
    ENV["MATCH_PASSWORD"] = "@@secret@@"
    ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"
  end

  desc "Ship a driver-app build to TestFlight for the van drivers"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7KQ2M4XH9P",
      issuer_id: "@@issuer@@",
      key_filepath: "fastlane/keys/AuthKey_7KQ2M4XH9P.p8"
    )
    match(type: "appstore", readonly: true, api_key: api_key)
    increment_build_number(xcodeproj: "DriverApp.xcodeproj")
    build_app(scheme: "DriverApp", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", passphrase(), issuer=uuid_s())

add("ruby/decoy-team-id", "driver-app/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """
app_identifier("uk.co.brightplate.driver")
apple_id("mobile@brightplate-catering.co.uk")

itc_team_id("@@itc@@")
team_id("@@team@@")

for_platform :android do
  package_name("uk.co.brightplate.driver")
  json_key_file(ENV["PLAY_STORE_JSON_KEY_PATH"])
end
""", itc=str(_rng().randint(10**8, 10**9)), team=draw(10, string.ascii_uppercase + string.digits))

add("properties/android-keystore-password", "driver-app/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# Release signing for the BP Driver app (Play Store upload key)
storeFile=../keys/bp-driver-upload.jks
storePassword=@@secret@@
keyAlias=bp-driver-upload
keyPassword=@@secret@@
""", rand_pw(16))

add("dart/routific-token", "driver_app/lib/config/env.dart", "https://docs.routific.com/docs/api-reference", """
// Build-time configuration for the Flutter driver app.
class Env {
  static const apiBaseUrl = 'https://dispatch.brightplate-catering.co.uk/api/v2';
  static const proofOfDeliveryBucket = 'bp-pod-photos';

  // Route optimisation for ad-hoc re-plans from the driver's phone.
  static const routificBaseUrl = 'https://api.routific.com/v1';
  static const routificToken =
      'bearer @@secret@@';

  static const maxPhotoKb = 600;
  static const locationPingSeconds = 30;
}
""", jwt_token({"_id": hexs(24), "iat": 1712142335}))

add("github-actions/decoy-env-reference", "driver-app/.github/workflows/android-release.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: android-release

on:
  push:
    tags: ['driver-v*']

jobs:
  bundle:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: '17' }
      - name: Restore upload keystore
        run: echo "$UPLOAD_KEYSTORE_B64" | base64 -d > android/keys/bp-driver-upload.jks
        env:
          UPLOAD_KEYSTORE_B64: ${{ secrets.UPLOAD_KEYSTORE_B64 }}
      - name: Write keystore.properties
        run: |
          cat > android/keystore.properties <<PROPS
          storeFile=../keys/bp-driver-upload.jks
          storePassword=${{ secrets.UPLOAD_STORE_PASSWORD }}
          keyAlias=bp-driver-upload
          keyPassword=${{ secrets.UPLOAD_KEY_PASSWORD }}
          PROPS
      - run: cd android && ./gradlew bundleRelease -PMAPS_API_KEY=${{ secrets.MAPS_API_KEY }}
      - uses: actions/upload-artifact@v4
        with: { name: aab, path: android/app/build/outputs/bundle/release/*.aab }
""")

add("github-actions/samsara-api-token", "fleet/.github/workflows/nightly-mileage.yml", "https://developers.samsara.com/docs/authentication", """
name: nightly-mileage

on:
  schedule:
    - cron: '30 2 * * *'
  workflow_dispatch:

jobs:
  mileage:
    runs-on: ubuntu-latest
    env:
      SAMSARA_API_TOKEN: @@secret@@
      MILEAGE_SHEET_ID: 1pQ7rW0xk3vYbT2mZsJfN8aLcE5uHdRgO9iVyKw4BnM
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: '3.12' }
      - run: pip install -r requirements.txt
      - run: python -m fleet.mileage --date yesterday --sheet "$MILEAGE_SHEET_ID"
""", samsara_token())

add("sql/decoy-vin", "fleet/sql/van_assignments.sql", "https://en.wikipedia.org/wiki/Vehicle_identification_number", """
-- Van fleet as of 2024-08. VINs and telematics serials are on the V5C and the dash.
INSERT INTO fleet.vans (reg, vin, make_model, reefer, telematics, telematics_serial, home_depot) VALUES
 ('YK23 BPC', 'WF0EXXTTGEPA@@v1@@', 'Ford Transit 350 L3H2', true,  'samsara', 'G9@@t1@@', 'leeds'),
 ('YK23 BPD', 'WF0EXXTTGEPA@@v2@@', 'Ford Transit 350 L3H2', true,  'samsara', 'G9@@t2@@', 'leeds'),
 ('YH72 BPA', 'VF1MA000@@v3@@',     'Renault Master L2H2',   true,  'geotab',  'G7@@t3@@', 'york'),
 ('YH72 BPB', 'VF1MA000@@v4@@',     'Renault Master L2H2',   false, 'geotab',  'G7@@t4@@', 'york'),
 ('YF21 BPE', 'WV1ZZZSYZM9@@v5@@',  'VW Crafter CR35',       true,  'samsara', 'G9@@t5@@', 'airport');

UPDATE fleet.vans SET next_mot = '2025-03-01' WHERE reg LIKE 'YH72%';
""", v1=draw(5, "0123456789"), v2=draw(5, "0123456789"), v3=draw(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
    v4=draw(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), v5=draw(6, "0123456789"),
    t1=upper_hex(10), t2=upper_hex(10), t3=upper_hex(10), t4=upper_hex(10), t5=upper_hex(10))

add("csv/driver-app-password", "fleet/exports/driver_app_accounts.csv", "https://support.onfleet.com/hc/en-us/articles/360024156811-Drivers", """
driver,phone,depot,app_login,temporary_password,must_change,van
Tomasz Nowak,+447700900111,leeds,tnowak,@@secret@@,yes,YK23 BPC
Aisha Rahman,+447700900112,leeds,arahman,@@p2@@,yes,YK23 BPD
Gary Fletcher,+447700900113,york,gfletcher,@@p3@@,yes,YH72 BPA
Sinead Byrne,+447700900114,airport,sbyrne,@@p4@@,yes,YF21 BPE
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("markdown/fuel-card-portal-password", "docs/fleet/fuel-cards.md", "https://www.wexinc.com/", """
# Fuel cards

All vans carry a fuel card (one per van, PIN on the card sleeve in the glovebox - not here).

## Portal
Statements, card blocks and new cards: https://online.fleetcor.co.uk

- Account: BP-CATER-0042
- Login: fleet@brightplate-catering.co.uk
- Password: @@secret@@

Lost card: block it in the portal, then tell Dispatch so the van is moved to the spare card.

## Monthly check
Export the transactions CSV on the 2nd and compare litres against Samsara mileage
(`fleet/reports/fuel_vs_miles.py`). Anything over 15% gets a conversation.
""", words_pw())

add("terraform/aws-secret-key", "infra/fleet/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "pod_photos" {
  bucket = "bp-pod-photos"
  tags   = { team = "fleet", data = "proof-of-delivery" }
}

resource "aws_s3_bucket_lifecycle_configuration" "pod_photos" {
  bucket = aws_s3_bucket.pod_photos.id
  rule {
    id     = "expire-after-13-months"
    status = "Enabled"
    expiration { days = 395 }
  }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("terraform/decoy-sensitive-variable", "infra/fleet/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "region" {
  type    = string
  default = "eu-west-2"
}

variable "samsara_api_token" {
  description = "Samsara API token for the mileage Lambda; set via TF_VAR_samsara_api_token"
  type        = string
  sensitive   = true
}

variable "geotab_password" {
  description = "MyGeotab service account password"
  type        = string
  sensitive   = true
  nullable    = false
}

variable "pod_retention_days" {
  type    = number
  default = 395
}
""")

add("json/decoy-fixture-ids", "dispatch/test/fixtures/onfleet_task_completed.json", "https://docs.onfleet.com/reference/webhook-payload-examples", """
{
  "actionContext": { "type": "WORKER", "id": "@@w@@" },
  "adminId": null,
  "data": {
    "task": {
      "id": "@@t@@",
      "shortId": "@@short@@",
      "trackingURL": "https://onf.lt/@@track@@",
      "worker": "@@w@@",
      "completionDetails": { "success": true, "notes": "Left with reception (Sam)", "photoUploadId": "@@photo@@" },
      "metadata": [ { "name": "orderId", "type": "string", "value": "BP-2024-08812" } ]
    }
  },
  "taskId": "@@t@@",
  "time": 1722243620000,
  "triggerId": 3,
  "triggerName": "taskCompleted",
  "workerId": "@@w@@"
}
""", w=draw(24), t=draw(24), short=hexs(8), track=hexs(10), photo=draw(24))

add("typescript/decoy-env-reference", "dispatch/src/webhooks.ts", "https://docs.onfleet.com/reference/secrets", """
import crypto from 'node:crypto';
import type { Request, Response } from 'express';

// Onfleet signs webhook bodies with the organisation's webhook secret (hex), sent as X-Onfleet-Signature.
const WEBHOOK_SECRET = process.env.ONFLEET_WEBHOOK_SECRET ?? '';

export function verifyOnfleet(req: Request, res: Response, next: () => void) {
  if (!WEBHOOK_SECRET) return res.status(500).send('webhook secret not configured');
  const expected = crypto
    .createHmac('sha512', Buffer.from(WEBHOOK_SECRET, 'hex'))
    .update((req as any).rawBody)
    .digest('hex');
  const given = String(req.header('X-Onfleet-Signature') ?? '');
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return res.status(401).send('bad signature');
  }
  next();
}
""")

_vz = words_pw()
add("log/verizon-connect-password", "logs/driver-sync-2024-08-03.log", "https://developer.verizonconnect.com/reveal/docs/authentication", """
2024-08-03 04:00:01 INFO  driver-sync: start (source=reveal, vans=14)
2024-08-03 04:00:01 DEBUG http: GET https://fim.api.us.fleetmatics.com/token
2024-08-03 04:00:01 DEBUG http: > Authorization: Basic @@basic@@
2024-08-03 04:00:01 DEBUG http: > Accept: application/json
2024-08-03 04:00:02 DEBUG http: < 200 OK (412 ms)
2024-08-03 04:00:03 INFO  driver-sync: vehicles=14 drivers=17 assignments=14
2024-08-03 04:00:03 WARN  driver-sync: driver 'gfletcher' has no van for 2024-08-03
2024-08-03 04:00:04 INFO  driver-sync: done in 3.1s
""", _vz, basic=b64("REST_BrightplateDispatch_7731@1042881:" + _vz))

# ==== allergen databases, recipe costing and menu labelling ==================================

add("python/nutritionix-app-key", "allergens/allergens/nutritionix.py", "https://docs.x.nutritionix.com/#authentication", '''
"""Nutrient + allergen look-ups for new recipes before they reach the menu matrix."""
import requests

NIX = "https://trackapi.nutritionix.com/v2"
HEADERS = {
    "x-app-id": "@@appid@@",
    "x-app-key": "@@secret@@",
    "x-remote-user-id": "0",
}


def natural_nutrients(query: str) -> list[dict]:
    resp = requests.post(f"{NIX}/natural/nutrients", headers=HEADERS, json={"query": query}, timeout=15)
    resp.raise_for_status()
    return resp.json()["foods"]


def branded_item(upc: str) -> dict:
    resp = requests.get(f"{NIX}/search/item", headers=HEADERS, params={"upc": upc}, timeout=15)
    resp.raise_for_status()
    return resp.json()["foods"][0]
''', hexs(32), appid=hexs(8))

_ed = hexs(32)
add("python/edamam-app-key", "allergens/allergens/edamam_lookup.py", "https://developer.edamam.com/edamam-docs-nutrition-api", '''
"""Edamam Nutrition Analysis: health labels (GLUTEN_FREE, PEANUT_FREE, ...) for a recipe."""
import requests

APP_ID = "@@appid@@"
APP_KEY = "@@k1@@" \\
          "@@k2@@"


def health_labels(title: str, ingredients: list[str]) -> list[str]:
    resp = requests.post(
        "https://api.edamam.com/api/nutrition-details",
        params={"app_id": APP_ID, "app_key": APP_KEY},
        json={"title": title, "ingr": ingredients},
        timeout=30,
    )
    if resp.status_code == 555:
        raise ValueError(f"Edamam could not parse the recipe {title!r}")
    resp.raise_for_status()
    return resp.json().get("healthLabels", [])
''', _ed, appid=hexs(8), k1=_ed[:16], k2=_ed[16:])

add("yaml/spoonacular-api-key", "menu-planner/config/services.yml", "https://spoonacular.com/food-api/docs#Authentication", """
# menu-planner external services
spoonacular:
  base_url: https://api.spoonacular.com
  api_key: @@secret@@
  daily_quota_points: 1500
  cache_ttl_hours: 168

allergen_matrix:
  source: postgres://allergens-db.internal/allergens
  eu14_codes: [CEL, GLU, CRU, EGG, FSH, LUP, MLK, MOL, MUS, NUT, PNT, SES, SOY, SUL]

exports:
  label_printer_queue: allergen-labels
  pdf_template: templates/menu_card.html
""", hexs(32))

add("php/fatsecret-client-secret", "recipe-costing/config/fatsecret.php", "https://platform.fatsecret.com/docs/guides/authentication/oauth2", """
<?php

return [
    /*
    |--------------------------------------------------------------------------
    | FatSecret Platform API (ingredient nutrition + allergens for costing)
    |--------------------------------------------------------------------------
    */
    'token_url' => 'https://oauth.fatsecret.com/connect/token',
    'api_url' => 'https://platform.fatsecret.com/rest/server.api',
    'client_id' => env('FATSECRET_CLIENT_ID', '@@cid@@'),
    'client_secret' => env('FATSECRET_CLIENT_SECRET', '@@secret@@'),
    'scope' => 'basic premier',
    'cache_minutes' => 1440,
];
""", hexs(32), cid=hexs(32))

add("php/decoy-env-reference", "recipe-costing/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'xero' => [
        'client_id' => env('XERO_CLIENT_ID'),
        'client_secret' => env('XERO_CLIENT_SECRET'),
        'redirect' => env('APP_URL').'/xero/callback',
    ],

    'supplier_portal' => [
        'bidfood_account' => env('BIDFOOD_ACCOUNT_NO'),
        'bidfood_password' => env('BIDFOOD_PASSWORD'),
    ],
];
""")

add("python/decoy-barcodes", "allergens/allergens/openfoodfacts.py", "https://openfoodfacts.github.io/openfoodfacts-server/api/", '''
"""Open Food Facts look-ups for supplier products. No key needed; OFF asks for a User-Agent."""
import requests

UA = "BrightplateAllergenMatrix/1.4 (kitchen-it@brightplate-catering.co.uk)"
KNOWN = {
    # EAN-13 of products on the current dry-store list
    "5000157024671": "Baked beans 2.62kg",
    "5010029000016": "Weetabix catering pack",
    "8076809513753": "Penne rigate 3kg",
    "5000354904868": "Dijon mustard 1kg",
}


def product(ean: str) -> dict:
    resp = requests.get(f"https://world.openfoodfacts.org/api/v2/product/{ean}.json",
                        params={"fields": "product_name,allergens_tags,traces_tags"},
                        headers={"User-Agent": UA}, timeout=15)
    resp.raise_for_status()
    return resp.json().get("product", {})
''')

add("json/airtable-token", "allergens/airtable/sync.config.json", "https://airtable.com/developers/web/guides/personal-access-tokens", """
{
  "airtable": {
    "base_id": "app@@base@@",
    "table": "Allergen Matrix",
    "view": "Live menus",
    "token": "@@secret@@"
  },
  "postgres_table": "allergens.matrix",
  "key_field": "Recipe code",
  "fields": ["Recipe code", "Dish", "CEL", "GLU", "CRU", "EGG", "FSH", "LUP", "MLK", "MOL", "MUS", "NUT", "PNT", "SES", "SOY", "SUL", "May contain"],
  "schedule": "*/30 6-22 * * *"
}
""", "pat" + draw(14) + "." + hexs(64), base=draw(14))

add("typescript/notion-token", "allergen-wiki/src/notion.ts", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
import { Client } from '@notionhq/client';

// Publishes each recipe's allergen card to the kitchen wiki (Notion database "Recipe cards").
const notion = new Client({ auth: '@@secret@@' });
const RECIPE_DB = '@@db@@';

export async function upsertRecipeCard(code: string, dish: string, allergens: string[], mayContain: string[]) {
  const existing = await notion.databases.query({
    database_id: RECIPE_DB,
    filter: { property: 'Code', rich_text: { equals: code } },
  });
  const properties = {
    Code: { rich_text: [{ text: { content: code } }] },
    Dish: { title: [{ text: { content: dish } }] },
    Allergens: { multi_select: allergens.map((name) => ({ name })) },
    'May contain': { multi_select: mayContain.map((name) => ({ name })) },
  };
  if (existing.results.length) {
    return notion.pages.update({ page_id: existing.results[0].id, properties });
  }
  return notion.pages.create({ parent: { database_id: RECIPE_DB }, properties });
}
""", "secret_" + draw(43), db=hexs(32))

add("yaml/elasticsearch-password", "allergen-search/config/search.yaml", "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html", """
elasticsearch:
  hosts:
    - https://es01.allergens.brightplate.local:9200
    - https://es02.allergens.brightplate.local:9200
  basic_auth:
    username: allergen_indexer
    password: "@@secret@@"
  ca_certs: /etc/ssl/brightplate/ca.pem
  request_timeout: 20

index:
  name: recipes-v3
  alias: recipes
  refresh_interval: 5s
  synonyms: config/synonyms.txt   # "coeliac" -> gluten, "nuts" -> tree nuts + peanuts
""", rand_pw(20, "!#%"))

add("python/algolia-admin-key", "menu-search/index_menus.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", '''
"""Re-indexes published menus into Algolia for the public menu search on the website."""
from algoliasearch.search_client import SearchClient

from menus import published_menus

client = SearchClient.create("@@app@@", "@@secret@@")
index = client.init_index("menus_prod")


def reindex() -> int:
    records = [
        {
            "objectID": m.code,
            "name": m.name,
            "courses": m.courses,
            "price_per_head": float(m.price_per_head),
            "dietary": m.dietary_tags,
            "allergens": m.allergen_codes,
        }
        for m in published_menus()
    ]
    index.replace_all_objects(records, {"safe": True})
    return len(records)
''', hexs(32), app=draw(10, string.ascii_uppercase + string.digits))

add("typescript/decoy-search-only-key", "menu-search/web/search.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

// Search-only key: public by design, restricted to the menus_prod index and HTTP referers.
const searchClient = algoliasearch('@@app@@', '@@key@@');

const search = instantsearch({ indexName: 'menus_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#menu-search', placeholder: 'Search canapes, bowls, buffets...' }),
  refinementList({ container: '#dietary', attribute: 'dietary' }),
  hits({
    container: '#menu-hits',
    templates: { item: (hit: any) => `<a href="/menus/${hit.objectID}">${hit.name}</a> - from &pound;${hit.price_per_head}` },
  }),
]);
search.start();
""", app=draw(10, string.ascii_uppercase + string.digits), key=hexs(32))

add("sql/decoy-recipe-hash", "allergens/schema/allergen_matrix.sql", "https://www.food.gov.uk/business-guidance/allergen-guidance-for-food-businesses", """
-- Allergen matrix: one row per recipe version. recipe_sha1 pins the exact ingredient list
-- (sha1 of the sorted ingredient lines) so a changed recipe cannot keep an old allergen sign-off.
CREATE TABLE allergens.matrix (
    recipe_code   text        NOT NULL,
    version       integer     NOT NULL,
    recipe_sha1   char(40)    NOT NULL,
    allergens     text[]      NOT NULL DEFAULT '{}',
    may_contain   text[]      NOT NULL DEFAULT '{}',
    signed_off_by text,
    signed_off_at timestamptz,
    PRIMARY KEY (recipe_code, version)
);

INSERT INTO allergens.matrix VALUES
 ('CAN-014', 3, '@@h1@@', '{GLU,MLK,EGG}', '{SES}', 'HC', '2024-09-02'),
 ('CAN-022', 1, '@@h2@@', '{FSH,MLK}',     '{}',    'HC', '2024-09-02'),
 ('MAIN-101', 5, '@@h3@@', '{CEL,SUL}',    '{MUS}', 'JM', '2024-08-28');
""", h1=hexs(40), h2=hexs(40), h3=hexs(40))

add("csv/decoy-allergen-matrix", "allergens/exports/allergen_matrix_autumn.csv", "https://www.food.gov.uk/business-guidance/allergen-guidance-for-food-businesses", """
recipe_code,dish,supplier_spec,gtin,CEL,GLU,CRU,EGG,FSH,LUP,MLK,MOL,MUS,NUT,PNT,SES,SOY,SUL,may_contain
CAN-014,Mini beef wellington,SPEC-@@s1@@,05012345678900,,Y,,Y,,,Y,,,,,,,,SES
CAN-022,Smoked salmon blini,SPEC-@@s2@@,05098765432109,,Y,,Y,Y,,Y,,,,,,,,
MAIN-101,Braised short rib,SPEC-@@s3@@,,Y,,,,,,,,,,,,,Y,MUS
DES-207,Dark chocolate torte (GF),SPEC-@@s4@@,,,,,Y,,,Y,,,Y,,,Y,,PNT
BOWL-310,Miso aubergine rice bowl,SPEC-@@s5@@,,,Y,,,,,,,,,,Y,Y,,
""", s1=hexs(12), s2=hexs(12), s3=hexs(12), s4=hexs(12), s5=hexs(12))

add("markdown/spoonacular-api-key", "menu-planner/README.md", "https://spoonacular.com/food-api/docs#Authentication", """
# menu-planner

Builds seasonal menus from the recipe library and checks each menu against the allergen matrix.

## Quick start

```bash
python -m venv .venv && . .venv/bin/activate
pip install -e .[dev]
cp config/services.example.yml config/services.yml
menu-planner plan --season autumn --guests 120 --exclude GLU,NUT
```

## Trying the ingredient API by hand

The shared team key works for quick checks (150 points a day, don't script it):

```bash
curl "https://api.spoonacular.com/food/ingredients/search?query=tahini&apiKey=@@secret@@"
```

## Tests

`pytest -q` runs offline; the Spoonacular client is mocked with recorded responses.
""", hexs(32))

add("notebook/decoy-getpass", "allergens/notebooks/cross_contact_review.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Cross-contact review, pastry section\\n", "Which recipes share equipment with nut-containing recipes?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import psycopg\\n",
    "pw = os.environ.get('ALLERGENS_DB_PASSWORD') or getpass.getpass('allergens db password: ')\\n",
    "conn = psycopg.connect(host='allergens-db.internal', dbname='allergens', user='analyst', password=pw)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "rows = conn.execute(\\"select recipe_code, equipment from allergens.equipment_use where section = 'pastry'\\").fetchall()\\n",
    "len(rows)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("toml/postgres-password", "allergen-api/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Streamlit secrets for the allergen look-up app used by front-of-house staff

[connections.allergens]
dialect = "postgresql"
host = "allergens-db.internal"
port = "5432"
database = "allergens"
username = "foh_readonly"
password = "@@secret@@"

[app]
site_names = ["CPK", "Riverside", "Airport"]
""", rand_pw(18))

add("toml/decoy-checksum", "allergen-api/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "streamlit"
version = "1.37.1"
description = "A faster way to build and share data apps"
optional = false
python-versions = "!=3.9.7,>=3.8"
files = [
    {file = "streamlit-1.37.1-py2.py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "streamlit-1.37.1.tar.gz", hash = "sha256:@@h2@@"},
]

[[package]]
name = "psycopg"
version = "3.2.1"
description = "PostgreSQL database adapter for Python"
optional = false
python-versions = ">=3.8"
files = [
    {file = "psycopg-3.2.1-py3-none-any.whl", hash = "sha256:@@h3@@"},
    {file = "psycopg-3.2.1.tar.gz", hash = "sha256:@@h4@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@h5@@"
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("python/printnode-api-key", "allergens/allergens/label_print.py", "https://www.printnode.com/en/docs/api/curl#authentication", '''
"""Prints PPDS allergen labels (Natasha's Law) on the Zebra printers via PrintNode."""
import base64

import requests

PRINTNODE_KEY = "@@secret@@"
PRINTERS = {"cpk-packing-1": 72311408, "cpk-packing-2": 72311409, "riverside": 72318802}


def print_label(printer: str, zpl: str, title: str) -> int:
    job = {
        "printerId": PRINTERS[printer],
        "title": title,
        "contentType": "raw_base64",
        "content": base64.b64encode(zpl.encode()).decode(),
        "source": "allergen-labels",
    }
    resp = requests.post("https://api.printnode.com/printjobs", json=job, auth=(PRINTNODE_KEY, ""), timeout=10)
    resp.raise_for_status()
    return resp.json()
''', draw(43, URLSAFE))

add("yaml/decoy-placeholder", "menu-planner/config/services.example.yml", "https://spoonacular.com/food-api/docs#Authentication", """
# Copy to services.yml and fill in. services.yml is git-ignored.
spoonacular:
  base_url: https://api.spoonacular.com
  api_key: your-spoonacular-api-key
  daily_quota_points: 150
  cache_ttl_hours: 168

allergen_matrix:
  source: postgres://USER:PASSWORD@localhost:5432/allergens
  eu14_codes: [CEL, GLU, CRU, EGG, FSH, LUP, MLK, MOL, MUS, NUT, PNT, SES, SOY, SUL]

exports:
  label_printer_queue: allergen-labels-dev
  pdf_template: templates/menu_card.html
""")

# ==== invoicing, deposits and payments ========================================================

add("python/stripe-secret-key", "billing/billing/stripe_deposits.py", "https://docs.stripe.com/keys", '''
"""Deposit invoices for confirmed events (25% on booking, balance 14 days before)."""
from decimal import Decimal

import stripe

stripe.api_key = "@@secret@@"
stripe.api_version = "2024-06-20"


def deposit_invoice(customer_id: str, event_ref: str, quoted_total: Decimal, percent: int = 25) -> str:
    amount = int((quoted_total * percent / 100).quantize(Decimal("1.00")) * 100)
    stripe.InvoiceItem.create(
        customer=customer_id,
        amount=amount,
        currency="gbp",
        description=f"Deposit ({percent}%) for event {event_ref}",
    )
    invoice = stripe.Invoice.create(
        customer=customer_id,
        collection_method="send_invoice",
        days_until_due=7,
        metadata={"event_ref": event_ref, "kind": "deposit"},
    )
    stripe.Invoice.finalize_invoice(invoice.id)
    return invoice.hosted_invoice_url
''', stripe_key())

add("env/stripe-webhook-secret", "billing/.env.production", "https://docs.stripe.com/webhooks#verify-official-libraries", """
APP_ENV=production
BILLING_BASE_URL=https://billing.brightplate-catering.co.uk
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_WEBHOOK_SECRET=@@secret@@
STRIPE_ACCOUNT_COUNTRY=GB
INVOICE_FROM=accounts@brightplate-catering.co.uk
DEPOSIT_PERCENT=25
""", whsec(), pk=stripe_key("pk_live_"))

add("env/decoy-placeholder", "billing/.env.example", "https://docs.stripe.com/keys#obtain-api-keys", """
# Copy to .env and fill in from the Stripe dashboard (Developers > API keys).
APP_ENV=development
BILLING_BASE_URL=http://localhost:8000
STRIPE_SECRET_KEY=sk_live_replace_me
STRIPE_PUBLISHABLE_KEY=pk_live_replace_me
STRIPE_WEBHOOK_SECRET=whsec_...
XERO_CLIENT_ID=
XERO_CLIENT_SECRET=
INVOICE_FROM=accounts@example.com
DEPOSIT_PERCENT=25
""")

add("typescript/decoy-publishable-key", "checkout/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe, type Stripe } from '@stripe/stripe-js';

// Publishable key: meant for the browser. The secret key only exists in the billing service.
const STRIPE_PK = '@@pk@@';

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe() {
  stripePromise ??= loadStripe(STRIPE_PK, { locale: 'en-GB' });
  return stripePromise;
}

export async function payBalance(clientSecret: string, returnUrl: string) {
  const stripe = await getStripe();
  if (!stripe) throw new Error('Stripe.js failed to load');
  return stripe.confirmPayment({ clientSecret, confirmParams: { return_url: returnUrl } } as any);
}
""", pk=stripe_key("pk_live_"))

add("java/stripe-restricted-key", "invoicing-service/src/main/java/uk/co/brightplate/invoicing/StripeConfig.java", "https://docs.stripe.com/keys#limit-access", """
package uk.co.brightplate.invoicing;

import com.stripe.Stripe;
import com.stripe.net.RequestOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {

    // Restricted key: invoices write, customers read (month-end statement run)
    private static final String STRIPE_RESTRICTED_KEY =
        "@@secret@@";

    @Bean
    public RequestOptions stripeRequestOptions() {
        Stripe.apiKey = STRIPE_RESTRICTED_KEY;
        Stripe.setAppInfo("brightplate-invoicing", "2.3.0", "https://brightplate-catering.co.uk");
        return RequestOptions.builder()
            .setApiKey(STRIPE_RESTRICTED_KEY)
            .setMaxNetworkRetries(2)
            .build();
    }
}
""", stripe_key("rk_live_"))

add("ruby/gocardless-access-token", "deposits/config/initializers/gocardless.rb", "https://developer.gocardless.com/getting-started/api/making-your-first-request/", """
# Direct Debit for corporate clients on monthly catering contracts.
require 'gocardless_pro'

GOCARDLESS = GoCardlessPro::Client.new(
  access_token: '@@secret@@',
  environment: :live
)

GOCARDLESS_CREDITOR_ID = 'CR0000@@cred@@'.freeze
GOCARDLESS_WEBHOOK_ENDPOINT = '/webhooks/gocardless'.freeze
""", "live_" + draw(40, URLSAFE), cred=draw(8, string.ascii_uppercase + string.digits))

add("python/xero-client-secret", "accounts/accounts/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", '''
"""Custom-connection sync: posts event invoices to Xero and pulls payment status back."""
import base64

import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://identity.xero.com/connect/token"


def access_token() -> str:
    basic = base64.b64encode(f"{XERO_CLIENT_ID}:{XERO_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        TOKEN_URL,
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def post_invoice(invoice: dict) -> dict:
    resp = requests.post(
        "https://api.xero.com/api.xro/2.0/Invoices",
        headers={"Authorization": f"Bearer {access_token()}", "Accept": "application/json"},
        json={"Invoices": [invoice]},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["Invoices"][0]
''', draw(48, URLSAFE), cid=upper_hex(32))

add("yaml/decoy-env-reference", "accounts/config/xero.yaml", "https://developer.xero.com/documentation/guides/oauth2/tenants", """
xero:
  # Tenant (organisation) ids are not secret: they are shown in every API response.
  tenant_id: @@tenant@@
  client_id: ${XERO_CLIENT_ID}
  client_secret: ${XERO_CLIENT_SECRET}
  scopes:
    - accounting.transactions
    - accounting.contacts
  accounts:
    sales_events: "200"
    sales_contract: "201"
    deposits_held: "820"
  tracking_category: Site
""", tenant=uuid_s())

add("csharp/quickbooks-client-secret", "Invoicing.Qbo/QboAuth.cs", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
using Intuit.Ipp.OAuth2PlatformClient;

namespace Brightplate.Invoicing.Qbo
{
    // QuickBooks Online for the franchise kitchens that still invoice from QBO.
    public static class QboAuth
    {
        private const string ClientId = "@@cid@@";
        private const string ClientSecret = "@@secret@@";
        private const string RedirectUri = "https://billing.brightplate-catering.co.uk/qbo/callback";

        public static OAuth2Client Create() =>
            new OAuth2Client(ClientId, ClientSecret, RedirectUri, "production");

        public static string AuthorizeUrl(string state)
        {
            var scopes = new System.Collections.Generic.List<OidcScopes> { OidcScopes.Accounting };
            return Create().GetAuthorizationURL(scopes, state);
        }
    }
}
""", draw(40), cid="AB" + draw(48))

add("properties/paypal-client-secret", "invoicing-service/src/main/resources/application-prod.properties", "https://developer.paypal.com/api/rest/authentication/", """
spring.application.name=invoicing-service
server.port=8080
spring.datasource.url=jdbc:postgresql://billing-db.internal:5432/invoicing
spring.datasource.username=${INVOICING_DB_USER}
spring.datasource.password=${INVOICING_DB_PASSWORD}

paypal.mode=live
paypal.client.id=@@cid@@
paypal.client.secret=@@secret@@
paypal.webhook.id=@@wid@@

invoicing.currency=GBP
invoicing.due-days=14
""", paypal_value("E"), cid=paypal_value("A"), wid=upper_hex(17))

add("typescript/decoy-public-client-id", "checkout/src/paypal.ts", "https://developer.paypal.com/sdk/js/configuration/#client-id", """
// PayPal JS SDK for wedding clients who pay the balance by PayPal. The client id is public
// (it is in the script URL); orders are captured server-side with the secret.
const PAYPAL_CLIENT_ID = '@@cid@@';

export function loadPayPal(): Promise<any> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = `https://www.paypal.com/sdk/js?client-id=${PAYPAL_CLIENT_ID}&currency=GBP&intent=capture`;
    s.onload = () => resolve((window as any).paypal);
    s.onerror = reject;
    document.head.appendChild(s);
  });
}
""", cid=paypal_value("A"))

add("go/braintree-private-key", "payments-gw/braintree.go", "https://developer.paypal.com/braintree/docs/start/hello-server/go", """
package payments

import (
	"context"

	"github.com/braintree-go/braintree-go"
)

// Braintree still takes the event-bar card payments on the older tills.
var bt = braintree.New(
	braintree.Production,
	"@@mid@@",
	"@@pub@@",
	"@@secret@@",
)

func Sale(ctx context.Context, nonce string, amountPence int64, orderRef string) (string, error) {
	tx, err := bt.Transaction().Create(ctx, &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(amountPence, 2),
		PaymentMethodNonce: nonce,
		OrderId:            orderRef,
		Options:            &braintree.TransactionOptions{SubmitForSettlement: true},
	})
	if err != nil {
		return "", err
	}
	return tx.Id, nil
}
""", hexs(32), mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits))

_adyen = "AQE" + draw(60) + "=-" + draw(43, ALNUM + "+/") + "=-" + draw(10)
add("php/adyen-api-key", "legacy-checkout/src/AdyenGateway.php", "https://docs.adyen.com/development-resources/api-credentials/", """
<?php

namespace Brightplate\\Checkout;

use Adyen\\Client;
use Adyen\\Environment;
use Adyen\\Service\\Checkout\\PaymentsApi;

final class AdyenGateway
{
    private const MERCHANT_ACCOUNT = 'BrightplateCateringECOM';

    public static function payments(): PaymentsApi
    {
        $client = new Client();
        $client->setApplicationName('brightplate-legacy-checkout');
        $client->setXApiKey('@@secret@@');
        $client->setEnvironment(Environment::LIVE, '@@prefix@@');
        return new PaymentsApi($client);
    }

    public static function merchantAccount(): string
    {
        return self::MERCHANT_ACCOUNT;
    }
}
""", _adyen, prefix=hexs(16) + "-BrightplateCatering")

add("swift/decoy-affiliate-key", "event-pos/ios/EventPOS/SumUpSetup.swift", "https://developer.sumup.com/terminal-payments/sdks/ios-sdk", """
import SumUpSDK
import UIKit

// SumUp card readers at event bars. The affiliate key identifies the app to SumUp and is
// meant to ship inside it; merchants log in with their own SumUp account on the device.
enum SumUpSetup {
    static let affiliateKey = "@@afk@@"

    static func configure() {
        SumUpSDK.setup(withAPIKey: affiliateKey)
    }

    static func login(from vc: UIViewController, completion: @escaping (Bool) -> Void) {
        SumUpSDK.presentLogin(from: vc, animated: true) { success, error in
            if let error { print("SumUp login failed: \\(error)") }
            completion(success)
        }
    }
}
""", afk="sup_afk_" + draw(32))

add("python/sumup-api-key", "event-pos/backend/sumup_payouts.py", "https://developer.sumup.com/api/payouts", '''
"""Daily reconciliation: SumUp payouts vs. event bar takings."""
import datetime as dt

import requests

SUMUP_API_KEY = "@@secret@@"
MERCHANT_CODE = "M@@mc@@"


def payouts(day: dt.date) -> list[dict]:
    resp = requests.get(
        f"https://api.sumup.com/v1.0/merchants/{MERCHANT_CODE}/payouts",
        headers={"Authorization": f"Bearer {SUMUP_API_KEY}"},
        params={"start_date": day.isoformat(), "end_date": day.isoformat(), "format": "json"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()
''', "sup_sk_" + draw(32), mc=draw(7, string.ascii_uppercase + string.digits))

_mol = draw(30)
add("ruby/mollie-api-key", "webshop/config/initializers/mollie.rb", "https://docs.mollie.com/reference/authentication", """
# Mollie for the Dutch office's lunch subscriptions (iDEAL + cards).
Mollie::Client.configure do |config|
  config.api_key = '@@secret@@'
end

Rails.application.config.x.mollie_webhook_url = 'https://shop.brightplate-catering.nl/webhooks/mollie'
Rails.application.config.x.mollie_redirect_url = 'https://shop.brightplate-catering.nl/bestelling/bedankt'
""", "live_" + _mol)

add("sql/square-access-token", "billing/sql/2024_03_payment_gateways.sql", "https://developer.squareup.com/docs/build-basics/access-tokens", """
-- 2024-03: move gateway credentials out of the old settings table into payment_gateways.
CREATE TABLE IF NOT EXISTS billing.payment_gateways (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    environment text NOT NULL,
    api_key     text NOT NULL,
    location_id text,
    enabled     boolean NOT NULL DEFAULT true
);

INSERT INTO billing.payment_gateways (name, environment, api_key, location_id)
VALUES ('square-riverside', 'production', '@@secret@@', 'L@@loc@@');

DELETE FROM billing.settings WHERE key LIKE 'square_%';
""", square_token(), loc=draw(12, string.ascii_uppercase + string.digits))

add("csv/decoy-invoice-refs", "billing/exports/invoices_2024_q2.csv", "https://www.gov.uk/guidance/vat-guide-notice-700", """
invoice_no,issued,client,event_ref,net_gbp,vat_gbp,gross_gbp,status,paid_via,payment_ref,pay_to_iban
BP-INV-24-0412,2024-04-03,Hartley & Moss LLP,EV-24-0188,1125.00,225.00,1350.00,paid,stripe,ch_3P@@c1@@,GB29NWBK60161331926819
BP-INV-24-0413,2024-04-05,Kestrel Pharma,EV-24-0191,316.67,63.33,380.00,paid,bacs,BACS-@@b1@@,GB29NWBK60161331926819
BP-INV-24-0420,2024-04-19,Northgate Rotary,EV-24-0203,2062.50,412.50,2475.00,paid,gocardless,PM00@@g1@@,GB29NWBK60161331926819
BP-INV-24-0431,2024-05-02,St Anne's PTA,EV-24-0210,750.00,150.00,900.00,overdue,,,GB29NWBK60161331926819
BP-INV-24-0446,2024-06-11,Ruth & Daniel wedding,EV-24-0177,6630.00,1326.00,7956.00,paid,stripe,ch_3P@@c2@@,GB29NWBK60161331926819
""", c1=draw(22), b1=upper_hex(10), g1=draw(10, string.ascii_uppercase + string.digits), c2=draw(22))

add("xml/sftp-password", "payments/bacs/bottomline-sftp-profile.xml", "https://www.bottomline.com/uk/payments/bacs", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Supplier payment run: BACS Standard 18 files uploaded to the bureau every Thursday -->
<TransferProfile id="bacs-supplier-run" version="2">
  <Connection protocol="sftp">
    <Host>sftp.bureau.ptx.bottomline.example</Host>
    <Port>22</Port>
    <HostKeyFingerprint>SHA256:@@fp@@</HostKeyFingerprint>
    <User>BPCATER01</User>
    <Password>@@secret@@</Password>
  </Connection>
  <Upload localDir="/srv/bacs/outbound" remoteDir="/inbound/STD18" pattern="BP_SUPP_*.txt" archiveDir="/srv/bacs/sent"/>
  <Notify onFailure="accounts@brightplate-catering.co.uk"/>
</TransferProfile>
""", words_pw(), fp=draw(43, ALNUM + "+/"))

add("shell/ftps-password", "payments/bacs/fetch_remittances.sh", "https://lftp.yar.ru/lftp-man.html", """
#!/usr/bin/env bash
# Pull the bank's remittance advices (for Xero reconciliation) every morning at 07:10.
set -euo pipefail

DEST=/srv/bacs/remittances/$(date +%Y-%m-%d)
mkdir -p "$DEST"

lftp -u 'bp-remit','@@secret@@' -e "
  set ftp:ssl-force true;
  set ssl:verify-certificate yes;
  mirror --only-newer --include-glob '*.csv' /outbound/remittance $DEST;
  bye" ftps://files.corporate-banking.example:990

python3 /opt/accounts/import_remittances.py "$DEST"
""", rand_pw(16, "#%+="))

add("markdown/decoy-test-card", "billing/docs/stripe-testing.md", "https://docs.stripe.com/testing", """
# Testing payments locally

Use Stripe **test mode** only. Keys come from `stripe login` (they are written to
`~/.config/stripe/config.toml`, never to this repo).

```bash
stripe listen --forward-to localhost:8000/webhooks/stripe
# the CLI prints a webhook signing secret for this session: export it as STRIPE_WEBHOOK_SECRET
```

| Scenario              | Card number          | Expiry | CVC |
|-----------------------|----------------------|--------|-----|
| Success               | 4242 4242 4242 4242  | 12/34  | 123 |
| 3-D Secure required   | 4000 0027 6000 3184  | 12/34  | 123 |
| Declined (insufficient funds) | 4000 0000 0000 9995 | 12/34 | 123 |

Deposit invoices in test mode go to `@example.test` addresses only.
""")

add("json/stripe-secret-key", "billing/functions/.runtimeconfig.json", "https://firebase.google.com/docs/functions/config-env?gen=1st#automatically_populated_environment_variables", """
{
  "stripe": {
    "secret": "@@secret@@",
    "currency": "gbp"
  },
  "billing": {
    "deposit_percent": "25",
    "balance_days_before": "14"
  }
}
""", stripe_key("sk_live_", 24))

add("python/decoy-test-fixture", "billing/tests/test_webhooks.py", "https://docs.stripe.com/webhooks#verify-manually", '''
import hashlib
import hmac
import json
import time

import pytest

from billing.webhooks import verify_stripe_signature

# A made-up signing secret for the signature tests only; it signs nothing outside this file.
TEST_SECRET = "whsec_test_fixture_not_a_real_secret"


def _sign(payload: bytes, secret: str = TEST_SECRET, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_good_signature_passes():
    body = json.dumps({"id": "evt_test_1", "type": "invoice.paid"}).encode()
    assert verify_stripe_signature(body, _sign(body), TEST_SECRET)


def test_old_timestamp_fails():
    body = b"{}"
    with pytest.raises(ValueError):
        verify_stripe_signature(body, _sign(body, ts=int(time.time()) - 3600), TEST_SECRET)
''')

_xs = draw(48, URLSAFE)
add("k8s-secret/xero-client-secret", "accounts/deploy/xero-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: xero-credentials
  namespace: accounts
  annotations:
    owner: finance-systems
type: Opaque
data:
  XERO_CLIENT_ID: @@cid@@
  XERO_CLIENT_SECRET: @@enc@@
""", _xs, cid=b64(upper_hex(32)), enc=b64(_xs))

add("log/decoy-payment-ids", "logs/billing-worker-2024-06-11.log", "https://docs.stripe.com/api/events/object", """
[2024-06-11 09:14:02] worker.INFO: webhook received {"id":"evt_1P@@e1@@","type":"invoice.paid","livemode":true}
[2024-06-11 09:14:02] worker.INFO: invoice paid {"invoice":"in_1P@@i1@@","customer":"cus_@@cu@@","amount":795600,"event_ref":"EV-24-0177"}
[2024-06-11 09:14:03] worker.INFO: charge {"charge":"ch_3P@@ch@@","card":"visa **** 4417","3ds":"authenticated"}
[2024-06-11 09:14:03] worker.INFO: xero invoice updated {"xero_invoice":"@@xi@@","status":"PAID"}
[2024-06-11 09:14:04] worker.INFO: email queued {"to":"r***@gmail.com","template":"balance_received"}
""", e1=draw(22), i1=draw(22), cu=draw(14), ch=draw(22), xi=uuid_s())

add("python/square-webhook-signature-key", "kds-square/kds_square/webhooks.py", "https://developer.squareup.com/docs/webhooks/step3validate", '''
"""Square order.updated webhooks -> KDS tickets."""
from flask import Flask, abort, request
from square.utilities.webhooks_helper import is_valid_webhook_event_signature

app = Flask(__name__)

SIGNATURE_KEY = "@@secret@@"
NOTIFICATION_URL = "https://kds.brightplate-catering.co.uk/webhooks/square"


@app.post("/webhooks/square")
def square_webhook():
    body = request.get_data(as_text=True)
    signature = request.headers.get("x-square-hmacsha256-signature", "")
    if not is_valid_webhook_event_signature(body, signature, SIGNATURE_KEY, NOTIFICATION_URL):
        abort(403)
    event = request.get_json()
    if event["type"] == "order.updated":
        from .tickets import upsert_ticket
        upsert_ticket(event["data"]["object"]["order_updated"])
    return "", 204
''', draw(22, URLSAFE))

add("yaml/decoy-secret-manager-reference", "billing/deploy/cloudrun-service.yaml", "https://cloud.google.com/run/docs/configuring/services/secrets", """
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: billing-api
  labels:
    cloud.googleapis.com/location: europe-west2
spec:
  template:
    spec:
      serviceAccountName: billing-api@brightplate-billing.iam.gserviceaccount.com
      containers:
        - image: europe-west2-docker.pkg.dev/brightplate-billing/apps/billing-api@sha256:@@digest@@
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe-secret-key, key: latest }
            - name: STRIPE_WEBHOOK_SECRET
              valueFrom:
                secretKeyRef: { name: stripe-webhook-secret, key: "3" }
            - name: XERO_CLIENT_SECRET
              valueFrom:
                secretKeyRef: { name: xero-client-secret, key: latest }
""", digest=sha256ish())

# ==== staff scheduling, rotas and timesheets ==================================================

add("python/deputy-access-token", "rota/rota/deputy_export.py", "https://developer.deputy.com/deputy-docs/docs/using-a-permanent-token", '''
"""Weekly export of approved Deputy timesheets for payroll (runs Monday 06:00)."""
import csv
import datetime as dt

import requests

DEPUTY = "https://brightplate.uk.deputy.com/api/v1"
HEADERS = {"Authorization": "OAuth @@secret@@", "dp-meta-option": "none"}


def approved_timesheets(start: dt.date, end: dt.date) -> list[dict]:
    query = {
        "search": {
            "s1": {"field": "Date", "type": "ge", "data": start.isoformat()},
            "s2": {"field": "Date", "type": "le", "data": end.isoformat()},
            "s3": {"field": "TimeApproved", "type": "eq", "data": True},
        },
        "max": 500,
    }
    resp = requests.post(f"{DEPUTY}/resource/Timesheet/QUERY", json=query, headers=HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.json()


def write_payroll_csv(rows: list[dict], path: str) -> None:
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["employee", "date", "hours", "area"])
        for r in rows:
            w.writerow([r["Employee"], r["Date"], r["TotalTime"], r["OperationalUnit"]])
''', hexs(32))

add("typescript/sevenshifts-access-token", "rota-sync/src/sevenshifts.ts", "https://developers.7shifts.com/reference/authentication", """
// 7shifts at the Riverside cafe: pulls the published schedule into the shared staff calendar.
const BASE = 'https://api.7shifts.com/v2';
const COMPANY_ID = 148231;
const ACCESS_TOKEN = '@@secret@@';

async function get<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const url = new URL(BASE + path);
  Object.entries(params).forEach(([k, v]) => url.searchParams.set(k, v));
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${ACCESS_TOKEN}`, 'x-api-version': '2023-05-01' },
  });
  if (!res.ok) throw new Error(`7shifts ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function publishedShifts(locationId: number, weekStart: string, weekEnd: string) {
  return get<{ data: any[] }>(`/company/${COMPANY_ID}/shifts`, {
    location_id: String(locationId),
    'start[gte]': weekStart,
    'start[lte]': weekEnd,
    draft: 'false',
  });
}
""", uuid_s().replace("-", "") + hexs(8))

add("python/wheniwork-password", "rota/rota/wheniwork_sync.py", "https://apidocs.wheniwork.com/external/index.html#tag/Login", '''
"""When I Work (airport unit rota) -> central staff database."""
import requests

LOGIN_URL = "https://api.login.wheniwork.com/login"
API = "https://api.wheniwork.com/2"
DEVELOPER_KEY = "@@dev@@"


def token() -> str:
    resp = requests.post(
        LOGIN_URL,
        headers={"W-Key": DEVELOPER_KEY},
        json={"email": "rota-bot@brightplate-catering.co.uk", "password": "@@secret@@"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["token"]


def shifts(start: str, end: str) -> list[dict]:
    resp = requests.get(f"{API}/shifts", headers={"W-Token": token()},
                        params={"start": start, "end": end, "location_id": 5512093}, timeout=15)
    resp.raise_for_status()
    return resp.json()["shifts"]
''', words_pw(), dev=hexs(40))

add("yaml/planday-refresh-token", "rota/config/planday.yaml", "https://openapi.planday.com/gettingstarted/authorization", """
planday:
  auth_url: https://id.planday.com/connect/token
  api_url: https://openapi.planday.com
  client_id: @@cid@@
  refresh_token: @@secret@@
  portal: brightplate-nl
departments:
  keuken: 18223
  bediening: 18224
  afwas: 18231
sync:
  weeks_ahead: 3
  include_open_shifts: true
""", draw(43, URLSAFE), cid=uuid_s())

add("yaml/slack-webhook", "rota/config/notifications.yaml", "https://api.slack.com/messaging/webhooks", """
notifications:
  shift_swap:
    enabled: true
    channel: "#rota-cpk"
    webhook_url: @@secret@@
    template: ":repeat: {requester} wants to swap {shift_date} {shift_time} ({area}). Reply in thread."
  unfilled_shift:
    enabled: true
    hours_before: 48
    email: rota-managers@brightplate-catering.co.uk
  timesheet_reminder:
    enabled: true
    cron: "0 17 * * SUN"
""", slack_webhook())

add("python/slack-bot-token", "rota/bot/app.py", "https://slack.dev/bolt-python/concepts/authenticating-oauth", '''
"""/cover command: post an open shift to #rota-cpk and let staff claim it."""
import os

from slack_bolt import App

app = App(
    token="@@secret@@",
    signing_secret=os.environ["SLACK_SIGNING_SECRET"],
)


@app.command("/cover")
def cover(ack, command, client):
    ack()
    text = command.get("text", "").strip() or "a shift"
    client.chat_postMessage(
        channel="#rota-cpk",
        text=f"Cover needed: {text} (posted by <@{command['user_id']}>)",
        blocks=[
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*Cover needed:* {text}"}},
            {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "I'll take it"},
                                             "action_id": "claim_shift", "value": text}]},
        ],
    )


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
''', slack_bot())

add("json/decoy-app-manifest", "rota/bot/manifest.json", "https://api.slack.com/reference/manifests", """
{
  "display_information": {
    "name": "Rota Bot",
    "description": "Shift cover requests for Brightplate kitchens",
    "background_color": "#2f5d50"
  },
  "features": {
    "bot_user": { "display_name": "rota-bot", "always_online": true },
    "slash_commands": [
      { "command": "/cover", "url": "https://rota.brightplate-catering.co.uk/slack/events", "description": "Ask for shift cover", "should_escape": false }
    ]
  },
  "oauth_config": {
    "scopes": { "bot": ["chat:write", "commands", "users:read"] }
  },
  "settings": {
    "interactivity": { "is_enabled": true, "request_url": "https://rota.brightplate-catering.co.uk/slack/events" },
    "org_deploy_enabled": false,
    "socket_mode_enabled": false,
    "token_rotation_enabled": false
  }
}
""")

add("csv/decoy-employee-ids", "rota/exports/shifts_week_31.csv", "https://developer.deputy.com/deputy-docs/reference/timesheet", """
employee_id,payroll_no,name,area,date,start,end,break_min,hours,approved_by,deputy_timesheet_id
@@u1@@,BP00412,J. Moreno,hot-pass,2024-07-29,06:00,14:30,30,8.0,HC,88213
@@u2@@,BP00418,P. Shah,cold-pass,2024-07-29,06:00,14:00,30,7.5,HC,88214
@@u3@@,BP00433,D. Lewis,dispatch,2024-07-29,05:30,13:30,30,7.5,HC,88215
@@u4@@,BP00440,K. Obi,pastry,2024-07-29,07:00,15:30,30,8.0,HC,88216
@@u5@@,BP00451,M. Kowalski,wash-up,2024-07-29,10:00,18:00,30,7.5,HC,88217
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("markdown/homebase-password", "docs/hr/riverside-gm-handover.md", "https://joinhomebase.com/", """
# Riverside cafe - GM handover (Sam -> Lucy), September

## Rota & timeclock
- Rotas are in **Homebase** (not Deputy like CPK). Schedule is published by Thursday 5pm.
- GM login: riverside.gm@brightplate-catering.co.uk / `@@secret@@`
  (change it in your first week, Settings > Account).
- The timeclock tablet at the till logs in with the location PIN, not the GM login.

## Suppliers
- Bread: Leeds Bread Co-op, order by 2pm for next day.
- Milk: Arla, standing order Mon/Wed/Fri.

## Food safety
- Fridge probes report to the coldchain dashboard (temps.brightplate-catering.co.uk).
- Opening/closing checks are in the SafetyCulture app, "Riverside daily".
""", words_pw())

add("sql/decoy-grant-no-password", "rota/sql/payroll_view.sql", "https://www.postgresql.org/docs/current/sql-grant.html", """
-- Payroll reads approved hours only; authentication is via the payroll host's IAM role
-- (rds_iam), so the role has no password.
CREATE ROLE payroll_export LOGIN;
GRANT rds_iam TO payroll_export;

CREATE OR REPLACE VIEW rota.payroll_hours AS
SELECT s.payroll_no,
       date_trunc('week', t.work_date)::date AS week,
       sum(t.hours) FILTER (WHERE t.approved) AS approved_hours,
       sum(t.hours) FILTER (WHERE NOT t.approved) AS pending_hours
FROM rota.timesheets t
JOIN rota.staff s ON s.id = t.staff_id
GROUP BY 1, 2;

GRANT SELECT ON rota.payroll_hours TO payroll_export;
""")

add("powershell/m365-service-password", "it/scripts/Sync-RotaToCalendar.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
<#
  Copies published Deputy shifts into each kitchen's shared calendar in Exchange Online.
  Runs on the rota server as a scheduled task (daily 05:30).
#>
param(
    [string]$ShiftsCsv = 'D:\\rota\\exports\\shifts_next_14d.csv'
)

$ErrorActionPreference = 'Stop'
$user = 'svc-rota-calendar@brightplate-catering.co.uk'
$secure = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $secure)

Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

Import-Csv $ShiftsCsv | ForEach-Object {
    $mailbox = "kitchen-$($_.site)@brightplate-catering.co.uk"
    Write-Host "Adding $($_.name) $($_.start) to $mailbox"
    # calendar item creation via Graph is in Add-ShiftEvent.ps1
    & "$PSScriptRoot\\Add-ShiftEvent.ps1" -Mailbox $mailbox -Subject "$($_.name) - $($_.area)" -Start $_.start -End $_.end
}

Disconnect-ExchangeOnline -Confirm:$false
""", words_pw())

add("powershell/decoy-secret-manager-reference", "it/scripts/Get-RotaReport.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
#Requires -Modules Microsoft.PowerShell.SecretManagement
param(
    [datetime]$WeekStart = (Get-Date).Date.AddDays(-7)
)

# The Deputy token lives in the IT SecretStore vault, never in this script.
$token = Get-Secret -Name 'DeputyPermanentToken' -Vault 'BrightplateIT' -AsPlainText
$headers = @{ Authorization = "OAuth $token" }

$body = @{
    search = @{
        s1 = @{ field = 'Date'; type = 'ge'; data = $WeekStart.ToString('yyyy-MM-dd') }
        s2 = @{ field = 'Date'; type = 'lt'; data = $WeekStart.AddDays(7).ToString('yyyy-MM-dd') }
    }
} | ConvertTo-Json -Depth 5

$rows = Invoke-RestMethod -Method Post -Uri 'https://brightplate.uk.deputy.com/api/v1/resource/Timesheet/QUERY' -Headers $headers -Body $body -ContentType 'application/json'
$rows | Group-Object OperationalUnit | Select-Object Name, @{n='Hours';e={($_.Group | Measure-Object TotalTime -Sum).Sum}}
""")

add("python/twilio-api-key-secret", "rota/rota/shift_reminders.py", "https://www.twilio.com/docs/iam/api-keys", '''
"""Text staff the evening before an early shift (05:00-07:00 starts)."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
API_KEY_SID = "SK@@ksid@@"
API_KEY_SECRET = "@@secret@@"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


def remind(phone: str, first_name: str, start: str, site: str) -> None:
    client.messages.create(
        to=phone,
        messaging_service_sid="MG@@mg@@",
        body=f"Hi {first_name}, reminder: early shift tomorrow {start} at {site}. Reply STOP to opt out.",
    )
''', draw(32), sid=hexs(32), ksid=hexs(32), mg=hexs(32))

add("java/rotacloud-api-key", "rota-service/src/main/java/uk/co/brightplate/rota/RotaCloudClient.java", "https://rotacloud.com/api/", """
package uk.co.brightplate.rota;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/** RotaCloud for the York depot drivers (moved from spreadsheets in 2023). */
public final class RotaCloudClient {
    private static final String BASE = "https://api.rotacloud.com/v1";
    private static final String API_KEY = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String shifts(LocalDate from, LocalDate to) throws Exception {
        var uri = URI.create(BASE + "/shifts?start=" + from.toEpochDay() * 86400 + "&end=" + to.toEpochDay() * 86400 + "&published=true");
        var req = HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + API_KEY)
            .header("Accept", "application/json")
            .GET()
            .build();
        var res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("RotaCloud " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }
}
""", hexs(64))

add("env/decoy-empty-value", "rota/.env.sample", "https://12factor.net/config", """
# rota service - copy to .env for local development
DATABASE_URL=postgresql://localhost:5432/rota_dev
DEPUTY_SUBDOMAIN=brightplate.uk
DEPUTY_TOKEN=
SEVENSHIFTS_ACCESS_TOKEN=
WHENIWORK_DEVELOPER_KEY=
WHENIWORK_PASSWORD=
SLACK_BOT_TOKEN=
SLACK_SIGNING_SECRET=
TWILIO_API_KEY_SECRET=
""")

add("ini/postgres-password", "rota/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://rota_owner:@@secret@@@rota-db.internal:5432/rota

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %%(levelname)-5.5s [%%(name)s] %%(message)s
""", rand_pw(20))

add("ini/decoy-local-test-credentials", "rota/tox.ini", "https://tox.wiki/en/latest/config.html#set_env", """
[tox]
envlist = py311, py312, lint

[testenv]
deps = -r requirements-dev.txt
# throwaway database started by docker compose -f compose.test.yml (localhost only)
setenv =
    DATABASE_URL = postgresql://rota:rota@localhost:55432/rota_test
    DEPUTY_TOKEN = test-token
commands = pytest -q {posargs}

[testenv:lint]
deps = ruff
commands = ruff check rota tests
""")

add("github-actions/deputy-access-token", "rota/.github/workflows/payroll-export.yml", "https://developer.deputy.com/deputy-docs/docs/using-a-permanent-token", """
name: payroll-export

on:
  schedule:
    - cron: '0 6 * * 1'
  workflow_dispatch:

jobs:
  export:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Check Deputy is reachable
        run: |
          curl -fsS https://brightplate.uk.deputy.com/api/v1/me \\
            -H "Authorization: OAuth @@secret@@" | jq .Company
      - uses: actions/setup-python@v5
        with: { python-version: '3.12' }
      - run: pip install -e .
      - run: python -m rota.deputy_export --last-week --out payroll.csv
        env:
          DEPUTY_TOKEN: ${{ secrets.DEPUTY_TOKEN }}
      - uses: actions/upload-artifact@v4
        with: { name: payroll, path: payroll.csv }
""", hexs(32))

add("python/decoy-password-policy", "rota/rota/accounts.py", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret", '''
"""Staff self-service accounts for the rota portal (shift swaps, holiday requests)."""
import re
import secrets

PASSWORD_MIN_LENGTH = 12
PASSWORD_FIELD = "password"
RESET_TOKEN_BYTES = 32
RESET_TOKEN_TTL_SECONDS = 3600
# Reject the passwords new starters most often pick (from the 2023 helpdesk review).
BANNED = {"password123", "brightplate1", "kitchen2024", "letmein!"}
_HAS_LETTER = re.compile(r"[A-Za-z]")
_HAS_DIGIT = re.compile(r"\\d")


def password_ok(candidate: str) -> bool:
    return (len(candidate) >= PASSWORD_MIN_LENGTH and candidate.lower() not in BANNED
            and bool(_HAS_LETTER.search(candidate)) and bool(_HAS_DIGIT.search(candidate)))


def new_reset_token() -> str:
    return secrets.token_urlsafe(RESET_TOKEN_BYTES)
''')

# ==== office IT: identity, network, backups, devices and tooling ==============================

add("powershell/azure-client-secret", "it/scripts/Connect-Graph.ps1", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret", """
# Connects to Microsoft Graph as the "BP IT Automation" app registration (app-only).
$TenantId     = '@@tenant@@'
$ClientId     = '@@client@@'
$ClientSecret = '@@secret@@'

$body = @{
    grant_type    = 'client_credentials'
    scope         = 'https://graph.microsoft.com/.default'
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$secureToken = ConvertTo-SecureString $token -AsPlainText -Force
Connect-MgGraph -AccessToken $secureToken -NoWelcome

Get-MgUser -Filter "accountEnabled eq true" -All -Property DisplayName,Department,JobTitle |
    Where-Object Department -in 'Kitchen','Events','Logistics' |
    Export-Csv -NoTypeInformation -Path "$env:TEMP\\staff-directory.csv"
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("json/decoy-thumbprint", "it/m365/app-registration.json", "https://learn.microsoft.com/en-us/entra/identity-platform/reference-microsoft-graph-app-manifest", """
{
  "id": "@@objid@@",
  "appId": "@@appid@@",
  "displayName": "BP IT Automation",
  "signInAudience": "AzureADMyOrg",
  "keyCredentials": [
    {
      "customKeyIdentifier": "@@thumb@@",
      "displayName": "CN=bp-it-automation",
      "endDateTime": "2026-03-31T00:00:00Z",
      "keyId": "@@keyid@@",
      "startDateTime": "2024-04-01T00:00:00Z",
      "type": "AsymmetricX509Cert",
      "usage": "Verify"
    }
  ],
  "passwordCredentials": [],
  "requiredResourceAccess": [
    { "resourceAppId": "00000003-0000-0000-c000-000000000000",
      "resourceAccess": [ { "id": "df021288-bdef-4463-88db-98f22de89214", "type": "Role" } ] }
  ]
}
""", objid=uuid_s(), appid=uuid_s(), thumb=upper_hex(40), keyid=uuid_s())

add("yaml/ldap-bind-password", "it/sso/keycloak/ldap-federation.yaml", "https://www.keycloak.org/docs/latest/server_admin/#_ldap", """
# keycloak-config-cli: LDAP user federation for the "brightplate" realm (office + kitchen staff)
realm: brightplate
components:
  org.keycloak.storage.UserStorageProvider:
    - name: bp-active-directory
      providerId: ldap
      config:
        vendor: [ad]
        connectionUrl: ["ldaps://dc01.corp.brightplate.local:636"]
        bindDn: ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=brightplate,DC=local"]
        bindCredential: ["@@secret@@"]
        usersDn: ["OU=Staff,DC=corp,DC=brightplate,DC=local"]
        usernameLDAPAttribute: [sAMAccountName]
        rdnLDAPAttribute: [cn]
        uuidLDAPAttribute: [objectGUID]
        userObjectClasses: ["person, organizationalPerson, user"]
        editMode: [READ_ONLY]
        syncRegistrations: ["false"]
        fullSyncPeriod: ["86400"]
""", words_pw())

_ldap = rand_pw(18, "!$%")
add("python/ldap-bind-password", "it/tools/ad_lookup.py", "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html", '''
"""Look up a staff member in AD (helpdesk tool: who is their manager, which site, locked out?)."""
import sys

from ldap3 import ALL, NTLM, Connection, Server

server = Server("ldaps://dc01.corp.brightplate.local", get_info=ALL, use_ssl=True)
conn = Connection(
    server,
    user="CORP\\\\svc-helpdesk",
    password=("@@p1@@"
              "@@p2@@"),
    authentication=NTLM,
    auto_bind=True,
)

name = sys.argv[1]
conn.search(
    "OU=Staff,DC=corp,DC=brightplate,DC=local",
    f"(&(objectClass=user)(|(sAMAccountName={name})(displayName=*{name}*)))",
    attributes=["displayName", "department", "manager", "physicalDeliveryOfficeName", "lockoutTime"],
)
for entry in conn.entries:
    print(entry.displayName, "|", entry.department, "|", entry.physicalDeliveryOfficeName, "|", entry.lockoutTime)
''', _ldap, p1=_ldap[:9], p2=_ldap[9:])

add("conf/wifi-psk", "it/network/wpa_supplicant-kitchen-tablet.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# Kitchen tablets (recipe viewer, SafetyCulture checks) join the staff IoT SSID only
network={
    ssid="BP-Kitchen"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="BP-Kitchen-5G"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=5
}
""", passphrase())

add("conf/wireguard-private-key", "it/vpn/wg0-cpk.conf", "https://www.wireguard.com/quickstart/", """
# Site-to-site: Central Production Kitchen <-> office (York)
[Interface]
Address = 10.99.0.2/24
ListenPort = 51820
PrivateKey = @@secret@@
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT

[Peer]
# york-office
PublicKey = @@peer@@
Endpoint = vpn.brightplate-catering.co.uk:51820
AllowedIPs = 10.99.0.0/24, 10.10.0.0/16
PersistentKeepalive = 25
""", b64_bytes(32), peer=b64_bytes(32))

add("markdown/decoy-public-key", "it/vpn/peers.md", "https://www.wireguard.com/quickstart/#key-generation", """
# WireGuard peers

Public keys only (safe to share). Private keys stay on each router; regenerate with
`wg genkey | tee privatekey | wg pubkey > publickey` if a router is replaced.

| Peer          | Tunnel IP  | Public key                                     | LAN            |
|---------------|------------|------------------------------------------------|----------------|
| york-office   | 10.99.0.1  | `@@k1@@` | 10.10.0.0/16   |
| cpk           | 10.99.0.2  | `@@k2@@` | 10.20.0.0/16   |
| riverside     | 10.99.0.3  | `@@k3@@` | 10.30.0.0/16   |
| airport       | 10.99.0.4  | `@@k4@@` | 10.40.0.0/16   |
""", k1=b64_bytes(32), k2=b64_bytes(32), k3=b64_bytes(32), k4=b64_bytes(32))

add("ssh-key/private-key", "it/ansible/files/deploy_id_ed25519", "https://man.openbsd.org/ssh-keygen.1", """
@@secret@@
""", openssh_key())

add("ssh-key/decoy-public-key", "it/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Managed by ansible (role: base). Kitchen IT + deploy keys.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ priya@bp-laptop-07
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ tom@bp-laptop-11
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ deploy@github-actions
from="10.10.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ backup@nas01
""", k1=draw(43, ALNUM + "+/"), k2=draw(43, ALNUM + "+/"), k3=draw(43, ALNUM + "+/"), k4=draw(43, ALNUM + "+/"))

add("ansible/nas-admin-password", "it/ansible/roles/nas/vars/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
# Synology DS1821+ in the York office (shared drives, HACCP archive, CCTV exports)
nas_host: nas01.corp.brightplate.local
nas_admin_user: bp-admin
nas_admin_password: "@@secret@@"
nas_shares:
  - name: haccp-archive
    path: /volume1/haccp-archive
    readonly_groups: [kitchen-managers]
  - name: events
    path: /volume1/events
    rw_groups: [events-team]
  - name: cctv-exports
    path: /volume2/cctv-exports
    rw_groups: [it]
nas_snapshot_schedule: "0 */4 * * *"
""", words_pw())

add("ansible/decoy-ansible-vault", "it/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-files-with-ansible-vault", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(52))

add("shell/backblaze-application-key", "it/backup/restic-b2.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#backblaze-b2", """
#!/usr/bin/env bash
# Nightly off-site backup of the NAS shares to Backblaze B2 (restic).
set -euo pipefail

export B2_ACCOUNT_ID=@@kid@@
export B2_ACCOUNT_KEY=@@secret@@
export RESTIC_REPOSITORY=b2:bp-nas-offsite:restic
export RESTIC_PASSWORD_FILE=/root/.restic-pass

restic backup /volume1/haccp-archive /volume1/events --tag nightly --exclude-caches
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 24 --prune
restic check --read-data-subset=2%
""", "K005" + draw(27), kid="005" + hexs(22))

add("shell/decoy-password-command", "it/backup/restic-restore-test.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", """
#!/usr/bin/env bash
# Monthly restore drill: restore last night's HACCP archive to a scratch dir and compare.
set -euo pipefail

export RESTIC_REPOSITORY=b2:bp-nas-offsite:restic
export RESTIC_PASSWORD_COMMAND="pass show it/restic/nas-offsite"
export B2_ACCOUNT_ID="$(pass show it/backblaze/key-id)"
export B2_ACCOUNT_KEY="$(pass show it/backblaze/application-key)"

SCRATCH=$(mktemp -d)
restic restore latest --tag nightly --include /volume1/haccp-archive --target "$SCRATCH"
diff -rq /volume1/haccp-archive "$SCRATCH/volume1/haccp-archive" && echo "restore drill OK"
rm -rf "$SCRATCH"
""")

add("markdown/device-admin-password", "it/docs/printer-fleet.md", "https://www.brother.co.uk/support", """
# Printers

| Location            | Model               | IP          | Web admin password  | Notes                     |
|---------------------|---------------------|-------------|---------------------|---------------------------|
| York office         | Brother MFC-L8900CDW| 10.10.2.20  | `@@secret@@`   | scan-to-email enabled     |
| CPK dispatch        | Brother HL-L6210DW  | 10.20.2.20  | `@@p2@@`   | delivery notes, 2 trays   |
| CPK packing         | Zebra ZD421         | 10.20.2.31  | (PrintNode)         | allergen labels 58x40     |
| Riverside           | Epson TM-m30III     | 10.30.2.31  | default, see box    | receipts only             |

Toner: order from the Brother portal, account BP-IT-0031.
""", words_pw(), p2=words_pw())

add("gitlab-ci/registry-password", "it/ci/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/packages/container_registry/authenticate_with_container_registry.html", """
stages: [build, deploy]

variables:
  IMAGE: registry.brightplate.internal/it/helpdesk-tools

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u ci-pusher -p '@@secret@@' registry.brightplate.internal
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - ssh deploy@tools01.corp.brightplate.local "docker pull $IMAGE:$CI_COMMIT_SHORT_SHA && docker compose up -d"
  only: [main]
""", rand_pw(24))

add("github-actions/decoy-trusted-publishing", "tools/menu-cards/.github/workflows/publish.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: publish

on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write   # trusted publishing: PyPI mints a short-lived token, no API token stored
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: '3.12' }
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("ini/pypi-token", "tools/menu-cards/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pypi.brightplate.internal/
username = ci-publisher
""", fakes.pypi_token(_seed()))

add("python/github-token", "it/tools/backup_repos.py", "https://pygithub.readthedocs.io/en/stable/introduction.html", '''
"""Mirror every repo of the brightplate-catering org to the NAS (weekly, Sunday 02:00)."""
import pathlib
import subprocess

from github import Auth, Github

gh = Github(auth=Auth.Token("@@secret@@"))
DEST = pathlib.Path("/volume1/it/git-mirrors")

for repo in gh.get_organization("brightplate-catering").get_repos(type="all"):
    target = DEST / f"{repo.name}.git"
    if target.exists():
        subprocess.run(["git", "-C", str(target), "remote", "update", "--prune"], check=True)
    else:
        subprocess.run(["git", "clone", "--mirror", repo.ssh_url, str(target)], check=True)
    print("mirrored", repo.full_name)
''', fakes.github_token(_seed()))

add("javascript/github-fine-grained-token", "it/renovate/config.js", "https://docs.renovatebot.com/self-hosted-configuration/#token", """
// Self-hosted Renovate for the kitchen/fleet repos (runs hourly on tools01).
module.exports = {
  platform: 'github',
  endpoint: 'https://api.github.com/',
  token: '@@secret@@',
  gitAuthor: 'BP Renovate <renovate@brightplate-catering.co.uk>',
  autodiscover: true,
  autodiscoverFilter: ['brightplate-catering/*'],
  onboarding: true,
  requireConfig: 'optional',
  prConcurrentLimit: 5,
  schedule: ['after 10pm every weekday', 'every weekend'],
  packageRules: [
    { matchUpdateTypes: ['patch'], automerge: true },
  ],
};
""", fakes.github_fine_grained_token(_seed()))

add("npmrc/npm-token", "kds-square/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
registry=https://registry.npmjs.org/
@brightplate:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.fake("npm_", 36, _seed()))

add("npmrc/decoy-env-reference", "checkout/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@brightplate:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("yaml/datadog-api-key", "it/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Datadog agent on tools01 / kds-bridge01 / coldchain01
api_key: @@secret@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - team:kitchen-it
  - site:cpk
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
  env: prod
""", hexs(32))

add("python/decoy-public-dsn", "orders_portal/orders_portal/sentry_setup.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", '''
"""Sentry error reporting. The DSN only lets clients *send* events; Sentry documents it as safe
to ship in front-end code, so it lives here rather than in the secrets store."""
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

SENTRY_DSN = "https://@@key@@@o@@org@@.ingest.de.sentry.io/@@proj@@"


def init(release: str, environment: str = "production") -> None:
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        release=release,
        environment=environment,
        traces_sample_rate=0.05,
        send_default_pii=False,
    )
''', key=hexs(32), org=str(_rng().randint(10**5, 10**7)), proj=str(_rng().randint(10**6, 10**7)))

add("shell/sentry-auth-token", "orders_portal/scripts/release.sh", "https://docs.sentry.io/account/auth-tokens/", """
#!/usr/bin/env bash
# Tag a release of the order portal in Sentry and upload the JS source maps.
set -euo pipefail

VERSION=$(git describe --tags --always)
export SENTRY_ORG=brightplate
export SENTRY_PROJECT=orders-portal
export SENTRY_AUTH_TOKEN=@@secret@@

npm run build
sentry-cli releases new "$VERSION"
sentry-cli sourcemaps upload --release "$VERSION" static/dist
sentry-cli releases set-commits "$VERSION" --auto
sentry-cli releases finalize "$VERSION"
echo "released $VERSION"
""", "sntryu_" + hexs(64))

add("java/atlassian-api-token", "it/tools/jira-bot/src/main/java/uk/co/brightplate/jira/JiraClient.java", "https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/", """
package uk.co.brightplate.jira;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opens IT tickets from the kitchen equipment fault form (oven, dishwasher, probe faults). */
public final class JiraClient {
    private static final String SITE = "https://brightplate.atlassian.net";
    private static final String EMAIL = "it-automation@brightplate-catering.co.uk";
    private static final String API_TOKEN = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String createIssue(String summary, String description) throws Exception {
        String auth = Base64.getEncoder().encodeToString((EMAIL + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
        String body = "{\\"fields\\":{\\"project\\":{\\"key\\":\\"KIT\\"},\\"issuetype\\":{\\"name\\":\\"Fault\\"},"
                + "\\"summary\\":" + Json.quote(summary) + ",\\"description\\":" + Json.adf(description) + "}}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(SITE + "/rest/api/3/issue"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 201) throw new IllegalStateException(res.body());
        return res.body();
    }
}
""", atlassian_token())

add("csharp/smtp-password", "Kds.Host/Services/MailAlerts.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace Brightplate.Kds.Host.Services
{
    // Emails the head chef when a ticket has been on the pass for more than 20 minutes.
    public sealed class MailAlerts
    {
        private readonly SmtpClient _smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("kds-alerts@brightplate-catering.co.uk", "@@secret@@"),
        };

        public void LateTicket(string station, string ticket, int minutes)
        {
            var msg = new MailMessage("kds-alerts@brightplate-catering.co.uk", "head-chef@brightplate-catering.co.uk")
            {
                Subject = $"Late ticket {ticket} at {station}",
                Body = $"Ticket {ticket} has been at {station} for {minutes} minutes.",
            };
            _smtp.Send(msg);
        }
    }
}
""", words_pw())

add("python/smtp-password", "rota/rota/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", '''
"""Rota portal settings (staff-facing: shift swaps, holiday requests)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["ROTA_SECRET_KEY"]
DEBUG = os.environ.get("ROTA_DEBUG") == "1"
ALLOWED_HOSTS = ["rota.brightplate-catering.co.uk"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "postmaster@mg.brightplate-catering.co.uk"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "Brightplate Rota <rota@brightplate-catering.co.uk>"

TIME_ZONE = "Europe/London"
USE_TZ = True
''', hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("conf/smtp-password", "it/mail/msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """
# msmtp on nas01 / coldchain01: cron mail and backup reports
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        brightplate
host           smtp.office365.com
port           587
from           it-reports@brightplate-catering.co.uk
user           it-reports@brightplate-catering.co.uk
password       @@secret@@

account default : brightplate
""", words_pw())

add("xml/nexus-password", "it/build/settings.xml", "https://maven.apache.org/settings.html#servers", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>bp-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>bp-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.brightplate.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-encrypted-value", "it/build/settings-encrypted.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Developer template: passwords encrypted with `mvn --encrypt-password` (master password in
     ~/.m2/settings-security.xml on each laptop, not in git). -->
<settings>
  <servers>
    <server>
      <id>bp-nexus</id>
      <username>dev-reader</username>
      <password>{@@e1@@=}</password>
    </server>
    <server>
      <id>bp-nexus-snapshots</id>
      <username>dev-reader</username>
      <password>{@@e2@@=}</password>
    </server>
  </servers>
</settings>
""", e1=draw(43, ALNUM + "+/"), e2=draw(43, ALNUM + "+/"))

add("yaml/decoy-sops-encrypted", "it/k8s/secrets/office-apps.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
    name: office-apps
    namespace: it-tools
type: Opaque
stringData:
    SNIPEIT_DB_PASSWORD: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    HELPDESK_SMTP_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcpt@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-09-03T10:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", d1=draw(24, ALNUM + "+/"), iv1=draw(43, ALNUM + "+/") + "=", t1=draw(22, ALNUM + "+/") + "==",
    d2=draw(28, ALNUM + "+/"), iv2=draw(43, ALNUM + "+/") + "=", t2=draw(22, ALNUM + "+/") + "==",
    rcpt=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=draw(64, ALNUM + "+/"), a2=draw(40, ALNUM + "+/"),
    mac=draw(88, ALNUM + "+/"), iv3=draw(43, ALNUM + "+/") + "=", t3=draw(22, ALNUM + "+/") + "==")

add("k8s-secret/decoy-sealed-secret", "it/k8s/sealed/datadog-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: datadog-keys
  namespace: monitoring
spec:
  encryptedData:
    api-key: AgB@@s1@@
    app-key: AgC@@s2@@
  template:
    metadata:
      name: datadog-keys
      namespace: monitoring
    type: Opaque
""", s1=draw(340, ALNUM + "+/") + "==", s2=draw(340, ALNUM + "+/") + "==")

_reg_auth = b64("ci-puller:" + rand_pw(24))
add("k8s-secret/registry-password", "it/k8s/secrets/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: it-tools
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _reg_auth, cfg=b64(json.dumps({"auths": {"registry.brightplate.internal": {"username": "ci-puller", "auth": _reg_auth}}})))

# ==== across the business: infrastructure, analysis, CRM, sites and handovers ================

add("terraform/cloudflare-api-token", "infra/office/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.38" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

data "cloudflare_zone" "main" {
  name = "brightplate-catering.co.uk"
}

resource "cloudflare_record" "orders" {
  zone_id = data.cloudflare_zone.main.id
  name    = "orders"
  type    = "CNAME"
  content = "orders-portal.fly.dev"
  proxied = true
}
""", draw(40, URLSAFE))

_dkim = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(342, ALNUM + "+/") + "IDAQAB"
add("terraform/decoy-dkim-public-key", "infra/office/dns.tf", "https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1", """
# Mail DNS for brightplate-catering.co.uk (Microsoft 365 + Mailgun for the rota portal)
resource "cloudflare_record" "spf" {
  zone_id = data.cloudflare_zone.main.id
  name    = "@"
  type    = "TXT"
  content = "v=spf1 include:spf.protection.outlook.com include:mailgun.org -all"
}

# DKIM public key published for receivers (the private half lives in Mailgun)
resource "cloudflare_record" "dkim_mailgun" {
  zone_id = data.cloudflare_zone.main.id
  name    = "pic._domainkey.mg"
  type    = "TXT"
  content = "v=DKIM1; k=rsa; p=@@d1@@"
}

resource "cloudflare_record" "dmarc" {
  zone_id = data.cloudflare_zone.main.id
  name    = "_dmarc"
  type    = "TXT"
  content = "v=DMARC1; p=quarantine; rua=mailto:dmarc@brightplate-catering.co.uk; pct=100"
}
""", d1=_dkim)

add("terraform/decoy-random-password", "infra/office/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password", """
resource "random_password" "snipeit_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "snipeit_db" {
  name       = "it/snipeit/db-password"
  kms_key_id = aws_kms_key.it.arn
}

resource "aws_secretsmanager_secret_version" "snipeit_db" {
  secret_id     = aws_secretsmanager_secret.snipeit_db.id
  secret_string = random_password.snipeit_db.result
}

resource "aws_db_instance" "snipeit" {
  identifier          = "snipeit"
  engine              = "mysql"
  engine_version      = "8.0"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "snipeit"
  password            = random_password.snipeit_db.result
  skip_final_snapshot = false
}
""")

add("log/ftp-password", "it/logs/cctv-ftp-upload.log", "https://www.hikvision.com/en/support/", """
2024-09-12 02:00:01 nvr01 upload[2211]: job=nightly-exports cameras=8 files=96
2024-09-12 02:00:01 nvr01 upload[2211]: connecting ftp://cctv-upload:@@secret@@@nas01.corp.brightplate.local:21/cctv-exports/
2024-09-12 02:00:02 nvr01 upload[2211]: 230 Login successful.
2024-09-12 02:03:47 nvr01 upload[2211]: uploaded 96/96 (1.8 GB) in 225s
2024-09-12 02:03:47 nvr01 upload[2211]: cam-05 (goods-in) had 14 min of motion 23:10-23:24
2024-09-12 02:03:48 nvr01 upload[2211]: 221 Goodbye.
""", rand_pw(14))

add("markdown/router-admin-password", "it/docs/york-depot-handover.md", "https://www.draytek.co.uk/support", """
# York depot - network handover

New depot (vans + cold store) went live 3 June. Handover from the installer (NetServe Ltd).

## Internet
- Primary: FTTP 900/110, BT Business, static IP 81.149.x.x (ask IT for the full address).
- Backup: 4G in the router (EE data SIM, 100 GB).

## Router
- DrayTek Vigor 2927ac at 10.50.0.1
- Admin: `admin` / `@@secret@@`
- Config backup goes to nas01 weekly.

## Wi-Fi
- `BP-Depot` (staff) and `BP-Depot-IoT` (probes, van tablets) - passwords in 1Password.

## Cameras
- 4x Hikvision on the yard, NVR in the cage. See `it/docs/cctv.md`.
""", words_pw())

add("csv/initial-password", "it/onboarding/new_starters_sept.csv", "https://learn.microsoft.com/en-us/microsoft-365/enterprise/add-several-users-at-the-same-time", """
User name,First name,Last name,Display name,Job title,Department,Office,Password,Force change
l.adeyemi@brightplate-catering.co.uk,Lola,Adeyemi,Lola Adeyemi,Events Coordinator,Events,York,@@secret@@,TRUE
r.hughes@brightplate-catering.co.uk,Rhys,Hughes,Rhys Hughes,Sous Chef,Kitchen,CPK,@@p2@@,TRUE
m.silva@brightplate-catering.co.uk,Marta,Silva,Marta Silva,Driver,Logistics,York depot,@@p3@@,TRUE
j.park@brightplate-catering.co.uk,Ji-woo,Park,Ji-woo Park,Finance Assistant,Finance,York,@@p4@@,TRUE
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("notebook/aws-secret-key", "analysis/van_fuel_costs.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Van fuel cost per drop, Q2\\n", "Fuel card exports + Samsara mileage from the data lake."]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\\n",
    "s3 = boto3.client('s3', region_name='eu-west-2',\\n",
    "                  aws_access_key_id='@@akid@@',\\n",
    "                  aws_secret_access_key='@@secret@@')\\n",
    "obj = s3.get_object(Bucket='bp-datalake', Key='fleet/fuel/2024-q2.csv')\\n",
    "fuel = pd.read_csv(obj['Body'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [],
   "source": ["fuel.groupby('van')['litres'].sum().sort_values(ascending=False).head(10)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("shell/aws-secret-key", "analysis/.envrc", "https://direnv.net/man/direnv-stdlib.1.html", """
# direnv for the analysis repo: `direnv allow` once, then the venv and AWS creds load on cd
layout python3
export AWS_DEFAULT_REGION=eu-west-2
export AWS_ACCESS_KEY_ID=@@akid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export DATALAKE_BUCKET=bp-datalake
export ATHENA_WORKGROUP=analysts
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("python/decoy-documented-example", "analysis/tests/test_s3_reports.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", '''
import boto3
import pytest
from moto import mock_aws

from analysis.s3_reports import latest_fuel_export


@pytest.fixture
def aws(monkeypatch):
    # AWS's documented example credentials: moto never sends them anywhere.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-2")
    with mock_aws():
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket="bp-datalake", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
        yield s3


def test_latest_export_picks_newest(aws):
    aws.put_object(Bucket="bp-datalake", Key="fleet/fuel/2024-q1.csv", Body=b"van,litres\\n")
    aws.put_object(Bucket="bp-datalake", Key="fleet/fuel/2024-q2.csv", Body=b"van,litres\\n")
    assert latest_fuel_export("bp-datalake") == "fleet/fuel/2024-q2.csv"
''')

add("python/decoy-profile-reference", "analysis/analysis/s3_reports.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/configuration.html#using-a-configuration-file", '''
"""Helpers for the fleet / finance exports in the data lake. Credentials come from the
named profile (SSO) on analysts' laptops and from the task role in the scheduled jobs."""
import os

import boto3

PROFILE = os.environ.get("AWS_PROFILE", "bp-analytics")


def s3_client():
    session = boto3.Session(profile_name=PROFILE) if PROFILE else boto3.Session()
    return session.client("s3", region_name="eu-west-2")


def latest_fuel_export(bucket: str) -> str:
    keys = [o["Key"] for o in s3_client().list_objects_v2(Bucket=bucket, Prefix="fleet/fuel/").get("Contents", [])]
    return sorted(keys)[-1]
''')

add("yaml/decoy-arn", "it/aws/cloudformation/pod-bucket.yaml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html", """
AWSTemplateFormatVersion: '2010-09-09'
Description: Proof-of-delivery photo bucket, readable by the dispatch task role only.
Resources:
  PodBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: bp-pod-photos
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: DispatchRead
            Effect: Allow
            Principal:
              AWS: arn:aws:iam::@@acct@@:role/dispatch-task-role
            Action: ['s3:GetObject', 's3:PutObject']
            Resource: arn:aws:s3:::bp-pod-photos/*
          - Sid: KmsOnly
            Effect: Deny
            Principal: '*'
            Action: 's3:PutObject'
            Resource: arn:aws:s3:::bp-pod-photos/*
            Condition:
              StringNotEquals:
                's3:x-amz-server-side-encryption-aws-kms-key-id': arn:aws:kms:eu-west-2:@@acct@@:key/@@kms@@
""", acct=str(_rng().randint(10**11, 10**12)), kms=uuid_s())

add("swift/onesignal-rest-api-key", "driver-app/ios/DriverApp/Config/PushConfig.swift", "https://documentation.onesignal.com/reference/keys-ids", """
import Foundation

/// Push configuration for the driver app. The app id is public; the REST key lets the app
/// send "arrived" pushes to dispatch supervisors directly (added for the airport run pilot).
enum PushConfig {
    static let oneSignalAppId = "@@appid@@"
    static let oneSignalRestApiKey = "@@secret@@"

    static func notifySupervisors(run: String, drop: Int) async throws {
        var req = URLRequest(url: URL(string: "https://api.onesignal.com/notifications")!)
        req.httpMethod = "POST"
        req.setValue("Basic \\(oneSignalRestApiKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "app_id": oneSignalAppId,
            "included_segments": ["Supervisors"],
            "contents": ["en": "Run \\(run): drop \\(drop) delivered"],
        ]
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        _ = try await URLSession.shared.data(for: req)
    }
}
""", b64(uuid_s()), appid=uuid_s())

add("dockerfile/pypi-index-password", "tools/menu-cards/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication", """
FROM python:3.12-slim

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \\
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir \\
      --index-url https://ci-reader:@@secret@@@nexus.brightplate.internal/repository/pypi-all/simple \\
      -r requirements.txt

COPY menu_cards ./menu_cards
ENTRYPOINT ["python", "-m", "menu_cards"]
""", rand_pw(22))

add("yaml/mongodb-password", "catering-crm/config/mongoid.yml", "https://www.mongodb.com/docs/mongoid/current/reference/configuration/", """
production:
  clients:
    default:
      uri: mongodb+srv://crm_app:@@secret@@@crm-prod.x7kqf.mongodb.net/catering_crm?retryWrites=true&w=majority
      options:
        server_selection_timeout: 5
        max_pool_size: 20
        read:
          mode: :primary_preferred
  options:
    raise_not_found_error: false

development:
  clients:
    default:
      database: catering_crm_dev
      hosts:
        - localhost:27017
""", rand_pw(16))

add("kotlin/hmac-signing-secret", "driver-app/android/app/src/main/kotlin/uk/co/brightplate/driver/net/RequestSigner.kt", "https://developer.android.com/privacy-and-security/risks/hardcoded-cryptographic-secrets", """
package uk.co.brightplate.driver.net

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import okhttp3.Interceptor
import okhttp3.Response

/** Signs every dispatch API call so the API can tell the app from a browser. */
class RequestSigner : Interceptor {
    private val key = SecretKeySpec("@@secret@@".toByteArray(), "HmacSHA256")

    override fun intercept(chain: Interceptor.Chain): Response {
        val req = chain.request()
        val ts = (System.currentTimeMillis() / 1000).toString()
        val mac = Mac.getInstance("HmacSHA256").apply { init(key) }
        val sig = mac.doFinal("$ts:${req.method}:${req.url.encodedPath}".toByteArray())
            .joinToString("") { "%02x".format(it) }
        return chain.proceed(
            req.newBuilder().header("X-BP-Timestamp", ts).header("X-BP-Signature", sig).build()
        )
    }
}
""", draw(48, URLSAFE))

add("yaml/webhook-signing-secret", "ezcater-sync/config/webhooks.production.yaml", "https://api.ezcater.io/ (ezCater webhook subscriptions: shared secret)", """
subscriptions:
  - event: order.submitted
    url: https://ezcater-sync.brightplate-catering.co.uk/hooks/ezcater
  - event: order.cancelled
    url: https://ezcater-sync.brightplate-catering.co.uk/hooks/ezcater
  - event: order.updated
    url: https://ezcater-sync.brightplate-catering.co.uk/hooks/ezcater
verification:
  header: X-Ezcater-Signature
  algorithm: hmac-sha256
  secret: @@secret@@
  tolerance_seconds: 300
""", hexs(64))

add("sql/mysql-password", "it/sql/snipeit_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Snipe-IT asset register (laptops, tablets, probes, van tablets). Run once as root.
CREATE DATABASE IF NOT EXISTS snipeit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'snipeit'@'10.10.3.%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON snipeit.* TO 'snipeit'@'10.10.3.%';

-- read-only for the monthly asset report
CREATE USER IF NOT EXISTS 'asset_report'@'10.10.3.%' IDENTIFIED WITH caching_sha2_password BY '@@p2@@';
GRANT SELECT ON snipeit.assets TO 'asset_report'@'10.10.3.%';
FLUSH PRIVILEGES;
""", words_pw(), p2=words_pw())

add("html/decoy-site-key", "wordpress/wp-content/themes/brightplate/partials/enquiry-form.html", "https://developers.google.com/recaptcha/docs/display", """
<!-- Event enquiry form (home page + /weddings). reCAPTCHA site key and GA id are public. -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>

<form class="enquiry" method="post" action="/wp-admin/admin-post.php">
  <input type="hidden" name="action" value="bp_enquiry">
  <img class="enquiry__logo" alt="Brightplate" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA@@png@@">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Event date <input type="date" name="event_date"></label>
  <label>Guests <input type="number" name="guests" min="10"></label>
  <label>Dietary needs <textarea name="dietary"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L@@sk@@"></div>
  <button type="submit">Send enquiry</button>
</form>
""", ga=draw(10, string.ascii_uppercase + string.digits), png=draw(120, ALNUM + "+/") + "AAAAAElFTkSuQmCC",
    sk=draw(38, URLSAFE))

add("markdown/decoy-redacted", "it/docs/incidents/2024-05-billing-key-exposure.md", "https://response.pagerduty.com/after/post_mortem_template/", """
# Incident 2024-05-21: billing key pasted in Slack

**Status:** resolved. **Severity:** SEV-2.

## What happened
At 14:02 a Stripe restricted key (`rk_live_51M…[REDACTED]…`) was pasted into #billing-dev
while debugging the month-end statement run. Slack's DLP flagged it at 14:04.

## Response
- 14:09 key rolled in the Stripe dashboard (old key expired immediately).
- 14:15 new key stored in AWS Secrets Manager `prod/event-orders/stripe`; services redeployed.
- 14:40 Stripe logs checked: no requests from unknown IPs with the old key.

## Follow-ups
- [x] Enable Stripe's "restrict to IP" on restricted keys.
- [ ] Pre-commit hook + Slack DLP rule for `sk_live_` / `rk_live_` prefixes.
""")

_jwk_n = draw(342, URLSAFE)
add("json/decoy-jwks", "dispatch/config/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517#section-5", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "dispatch-2024-09",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "driver-app-2024-06",
      "crv": "P-256",
      "x": "@@x@@",
      "y": "@@y@@"
    }
  ]
}
""", n1=_jwk_n, x=draw(43, URLSAFE), y=draw(43, URLSAFE))

add("pgp/decoy-public-key", "it/keys/accounts-bacs-public.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Brightplate Accounts (BACS files) <accounts@brightplate-catering.co.uk>

mQINBG@@l0@@
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", l0=draw(58, ALNUM + "+/"), l1=draw(64, ALNUM + "+/"), l2=draw(64, ALNUM + "+/"), l3=draw(64, ALNUM + "+/"),
    l4=draw(64, ALNUM + "+/"), l5=draw(36, ALNUM + "+/") + "=", crc=draw(4, ALNUM + "+/"))

add("pem/decoy-certificate", "coldchain/mosquitto/certs/ca.crt", "https://mosquitto.org/man/mosquitto-tls-7.html", """
-----BEGIN CERTIFICATE-----
MIID@@l0@@
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END CERTIFICATE-----
""", l0=draw(60, ALNUM + "+/"), l1=draw(64, ALNUM + "+/"), l2=draw(64, ALNUM + "+/"), l3=draw(64, ALNUM + "+/"),
    l4=draw(64, ALNUM + "+/"), l5=draw(64, ALNUM + "+/"), l6=draw(28, ALNUM + "+/") + "==")

add("json/decoy-integrity-hash", "checkout/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """
{
  "name": "checkout",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "checkout",
      "version": "1.8.0",
      "dependencies": { "@stripe/stripe-js": "^4.1.0" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@==",
      "engines": { "node": ">=12.16" }
    }
  }
}
""", i1=draw(86, ALNUM + "+/"))

add("python/decoy-regex", "it/tools/redact.py", "https://docs.python.org/3/library/re.html", r'''
"""Redact credentials from helpdesk tickets before they are exported to the supplier."""
import re

PATTERNS = {
    "stripe": re.compile(r"\b[rs]k_live_[0-9A-Za-z]{24,}\b"),
    "square": re.compile(r"\bEAAA[0-9A-Za-z_-]{60}\b"),
    "slack": re.compile(r"\bxox[abprs]-[0-9A-Za-z-]{10,}\b"),
    "aws_key_id": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "samsara": re.compile(r"\bsamsara_api_[0-9A-Za-z]{30}\b"),
    "password_kv": re.compile(r"(?i)(password|passwd|pwd)\s*[:=]\s*\S+"),
}


def redact(text: str) -> str:
    for name, pattern in PATTERNS.items():
        text = pattern.sub(f"[REDACTED:{name}]", text)
    return text
''')

add("yaml/decoy-vault-transit", "billing/config/encrypted-settings.yaml", "https://developer.hashicorp.com/vault/docs/secrets/transit", """
# Values encrypted with Vault transit key "billing-config"; the service decrypts them at
# start-up with its Kubernetes auth role. Ciphertext is safe to commit.
gocardless:
  access_token: vault:v1:@@c1@@
mollie:
  api_key: vault:v1:@@c2@@
bank_sftp:
  password: vault:v1:@@c3@@
key_version: 1
""", c1=draw(88, ALNUM + "+/"), c2=draw(64, ALNUM + "+/"), c3=draw(56, ALNUM + "+/"))

add("json/decoy-keyvault-reference", "it/azure/kds-appservice-settings.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": true },
  { "name": "ConnectionStrings__KdsDb", "value": "@Microsoft.KeyVault(SecretUri=https://bp-kitchen-kv.vault.azure.net/secrets/kds-db-connection/)", "slotSetting": true },
  { "name": "Kds__ToastClientSecret", "value": "@Microsoft.KeyVault(VaultName=bp-kitchen-kv;SecretName=toast-client-secret)", "slotSetting": true },
  { "name": "Kds__SmtpPassword", "value": "@Microsoft.KeyVault(VaultName=bp-kitchen-kv;SecretName=kds-alerts-smtp)", "slotSetting": false },
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
]
""")

add("yaml/decoy-credentials-reference", "webshop/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-2
  bucket: bp-webshop-uploads
""")

add("dockerfile/decoy-digest", "kds-bridge/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM python:3.12-slim@sha256:@@d1@@ AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/kds-bridge

FROM base AS deps
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

FROM base
COPY --from=deps /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY kds_bridge ./kds_bridge
USER 10001
ENTRYPOINT ["python", "-m", "kds_bridge"]
""", d1=sha256ish())

add("properties/decoy-key-id", "tools/label-sdk/gradle.properties", "https://docs.gradle.org/current/userguide/signing_plugin.html#sec:signatory_credentials", """
org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.caching=true
android.useAndroidX=true
kotlin.code.style=official

# Artifact signing: key id is the public short id; the passphrase comes from
# ORG_GRADLE_PROJECT_signingPassword in CI and the key ring file stays on the build agent.
signing.keyId=@@kid@@
signing.secretKeyRingFile=/home/builder/.gnupg/secring.gpg
GROUP=uk.co.brightplate
VERSION_NAME=2.1.0
""", kid=upper_hex(8))

# ==== END OF CASES ====
