"""Blind set KC: hurling clubs and turf-cutting co-operatives in Ireland.

Club websites and lotto apps, membership exports, match-video and scoreboard devices, co-op bog
plot registers, turf-machine trackers, weighbridges and weather stations, their payment, SMS and
mail vendors, CI, containers and runbooks (notes and comments partly in Irish), and their decoys.
Generated fakes only (seeds 5080000-5089999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5080000, 5089999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Camán", "Sliotar", "Portach", "Móin", "Sleán", "Bainne", "Croí", "Cnoc", "Abhainn", "Fraoch",
         "Curlew", "Heather", "Bogcotton", "Lapwing", "Sedge", "Hurley", "Ashgrove", "Turfstack", "Clamp", "Rushes"]
PLAIN = ["Hurley", "Sliotar", "Heather", "Curlew", "Bogland", "Turfbank", "Ashwood", "Lapwing", "Sedge",
         "Croker", "Thurles", "Semple", "Liamh", "Clamp", "Footing", "Rickle"]
LOWER = ["sliotar", "camog", "heather", "bogcotton", "curlew", "footing", "rickle", "clamp", "slean",
         "turbary", "ashgrove", "puckout", "sideline", "crossbar", "hurley", "bank"]


def words_pw() -> str:
    r = _rng()
    return r.choice(PLAIN) + r.choice("!#$%@*") + r.choice(PLAIN) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b32(n: int) -> str:
    r = _rng()
    return "".join(r.choice(B32) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64chars(n: int) -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gocardless_token() -> str:
    r = _rng()
    return "live_" + "".join(r.choice(ALNUM + "_-") for _ in range(40))


def sumup_key() -> str:
    return fakes.fake("sup_sk_", 32, _seed())


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def xero_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "_-") for _ in range(48))


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "_-") for _ in range(79))


def paypal_client_id() -> str:
    r = _rng()
    return "A" + "".join(r.choice(ALNUM + "_-") for _ in range(79))


def _b64url(n: int) -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "_-") for _ in range(n))


def mapbox(prefix: str = "sk") -> str:
    return f"{prefix}.eyJ1IjoiY29tbWFpbmUtbW9uYSIsImEiOiJ" + _b64url(21) + "." + _b64url(22)


def influx_token() -> str:
    return _b64url(86) + "=="


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{head}.{body}." + _b64url(43)


def ttn_key() -> str:
    return "NNSXS." + b32(39) + "." + b32(52)


def grafana_token() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def anthropic_key() -> str:
    return "sk-ant-api03-" + _b64url(93) + "AA"


def dropbox_token() -> str:
    return "sl." + _b64url(136)


def google_secret() -> str:
    return "GOCSPX-" + _b64url(28)


def google_api_key() -> str:
    return "AIza" + _b64url(35)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64chars(86) + "=="


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def facebook_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def recaptcha_site_key() -> str:
    return "6L" + _b64url(38)


def sealed() -> str:
    return "AgB" + b64chars(300)


def vault_blob() -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(4)]
    return "\n".join(lines)


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
    CASES.append(LabelledCase(f"blind-kc/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- club websites and lotto apps
add("python/stripe-secret-key", "clubsite/clubsite/settings/production.py",
    "Stripe docs: API keys (https://docs.stripe.com/keys); Django settings",
    """
# Cumann Iomána Bhaile an Mhuilinn - socruithe an tsuímh (production)
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["milltownhurling.ie", "www.milltownhurling.ie"]

DATABASES["default"]["HOST"] = "db.internal"

# Íocaíochtaí ballraíochta (membership payments) - Stripe
STRIPE_PUBLISHABLE_KEY = "@@pk@@"
STRIPE_SECRET_KEY = "@@secret@@"
STRIPE_CURRENCY = "eur"

MEMBERSHIP_FEES = {
    "adult": 12000,
    "juvenile": 4000,
    "family": 20000,
    "oap": 5000,
}

EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = "runai@milltownhurling.ie"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/database-password", "lotto-app/.env.production",
    "12factor config; SQLAlchemy database URLs (https://docs.sqlalchemy.org/en/20/core/engines.html)",
    """
# Crannchur seachtainiúil (weekly lotto) - Cnoc na Gaoithe CLG
APP_ENV=production
APP_URL=https://lotto.cnocnagaoithe-clg.ie
DATABASE_URL=postgresql://lotto_app:@@secret@@@pg-lotto.cnocnagaoithe-clg.ie:5432/lotto
JACKPOT_START_EUR=1000
JACKPOT_ROLLOVER_EUR=100
DRAW_DAY=sunday
DRAW_TIME=21:00
TZ=Europe/Dublin
LOG_LEVEL=info
""", words_pw())

add("env/decoy-placeholder", "lotto-app/.env.example",
    "12factor config; dotenv example files",
    """
# Cóipeáil chuig .env agus líon isteach (copy to .env and fill in)
APP_ENV=development
APP_URL=http://localhost:8000
DATABASE_URL=postgresql://lotto_app:<password>@localhost:5432/lotto
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
GOCARDLESS_ACCESS_TOKEN=
TWILIO_AUTH_TOKEN=your-twilio-auth-token
JACKPOT_START_EUR=1000
DRAW_DAY=sunday
TZ=Europe/Dublin
""")

add("python/gocardless-token", "lotto-app/lotto/payments/direct_debit.py",
    "GoCardless API reference: access tokens (https://developer.gocardless.com/api-reference)",
    """
\"\"\"Mandáidí dochar díreach don chrannchur (SEPA direct debit mandates for lotto members).\"\"\"
import gocardless_pro

# TODO(cisteoir): bog é seo go dtí an vault roimh an séasúr nua
client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def create_mandate_flow(member):
    return client.redirect_flows.create(params={
        "description": "Crannchur Cnoc na Gaoithe - EUR 10 / mí",
        "session_token": f"member-{member.id}",
        "success_redirect_url": "https://lotto.cnocnagaoithe-clg.ie/dd/complete",
        "prefilled_customer": {
            "given_name": member.first_name,
            "family_name": member.last_name,
            "email": member.email,
        },
    })


def collect_monthly(mandate_id, amount_cents=1000):
    return client.payments.create(params={
        "amount": amount_cents,
        "currency": "EUR",
        "links": {"mandate": mandate_id},
        "metadata": {"purpose": "lotto"},
    })
""", gocardless_token())

add("yaml/sumup-api-key", "lotto-app/config/payments.yml",
    "SumUp developer docs: API keys (https://developer.sumup.com/api)",
    """
# Teirminéal cárta sa chlubtheach (card reader at the clubhouse bar and lotto table)
sumup:
  merchant_code: MCX7PL4R
  api_key: @@secret@@
  currency: EUR
  readers:
    - name: bar-main
      serial: 110043218876
    - name: lotto-table
      serial: 110043219902
receipts:
  footer: "Go raibh maith agat as tacú leis an gclub!"
  email_copy: true
""", sumup_key())

add("typescript/decoy-publishable-key", "clubshop-web/src/config/stripe.ts",
    "Stripe docs: publishable keys are meant for client code (https://docs.stripe.com/keys)",
    """
// Siopa an chlub - client-side configuration only. The secret key lives in the API.
import { loadStripe } from "@stripe/stripe-js";

export const STRIPE_PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, {
  locale: "en-IE",
});

export const SHOP_CURRENCY = "eur";
export const JERSEY_SIZES = ["5-6", "7-8", "9-10", "11-12", "S", "M", "L", "XL", "XXL"];
""", pk=stripe_key("pk_live_"))

add("typescript/decoy-firebase-config", "lotto-mobile/src/firebase.ts",
    "Firebase docs: API keys for Firebase are not secret (https://firebase.google.com/docs/projects/api-keys)",
    """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Fógraí brú don chrannchur (push notifications for draw results)
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "cnoc-lotto.firebaseapp.com",
  projectId: "cnoc-lotto",
  storageBucket: "cnoc-lotto.appspot.com",
  messagingSenderId: "418822093317",
  appId: "1:418822093317:web:7c2b19e04a6f51d2a8e3f0",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_api_key())

add("php/database-password", "wordpress/wp-config.php",
    "WordPress docs: Editing wp-config.php (https://developer.wordpress.org/apis/wp-config-php/)",
    """
<?php
/** Camogie & Hurling Club Baile na Carraige - WordPress */
define( 'DB_NAME', 'wp_ballinacarrig' );
define( 'DB_USER', 'wp_bnc' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_MEMORY_LIMIT', '256M' );
define( 'DISALLOW_FILE_EDIT', true );

$table_prefix = 'bnc_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%^*"))

add("php/decoy-placeholder", "wordpress/wp-config-sample.php",
    "WordPress docs: wp-config-sample.php",
    """
<?php
/** Sample file shipped with WordPress; copy to wp-config.php. */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("python/mailchimp-api-key", "newsletter/send_weekly_notes.py",
    "Mailchimp Marketing API: API keys end in the data-centre (https://mailchimp.com/developer/marketing/guides/quick-start/)",
    """
\"\"\"Nótaí an chlub gach Luan (club notes every Monday) to the members' list.\"\"\"
from datetime import date

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@secret@@",
    "server": "@@dc@@",
})

LIST_ID = "5c1e7a90d2"


def send(notes_html: str) -> None:
    campaign = client.campaigns.create({
        "type": "regular",
        "recipients": {"list_id": LIST_ID},
        "settings": {
            "subject_line": f"Nótaí an Chlub - {date.today():%d/%m/%Y}",
            "from_name": "Rúnaí CLG Cnoc na Gaoithe",
            "reply_to": "runai@cnocnagaoithe-clg.ie",
        },
    })
    client.campaigns.set_content(campaign["id"], {"html": notes_html})
    client.campaigns.send(campaign["id"])
""", (mc := mailchimp_key()), dc=mc.split("-")[1])

add("ruby/twilio-auth-token", "match-reminders/lib/sms_sender.rb",
    "Twilio docs: Account SID and Auth Token (https://www.twilio.com/docs/iam/api/account)",
    """
# Meabhrúcháin cluiche (match reminders) for under-age panels
require "twilio-ruby"

class SmsSender
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN  = "@@secret@@"
  FROM        = "+353861234900"

  def initialize
    @client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
  end

  def remind(player, fixture)
    body = "Cluiche: #{fixture.opponent} @ #{fixture.venue}, #{fixture.throw_in.strftime('%a %H:%M')}. " \\
           "Bígí ann 45 nóiméad roimh ré."
    @client.messages.create(from: FROM, to: player.parent_mobile, body: body)
  end
end
""", hexs(32), sid=twilio_sid())

add("ruby/decoy-env-reference", "match-reminders/config/initializers/twilio.rb",
    "Twilio docs: store credentials in environment variables",
    """
# Credentials come from the environment (Heroku config vars); the SID is an account id.
Twilio.configure do |config|
  config.account_sid = ENV.fetch("TWILIO_ACCOUNT_SID", "@@sid@@")
  config.auth_token  = ENV.fetch("TWILIO_AUTH_TOKEN")
end

SMS_FROM = ENV.fetch("TWILIO_FROM", "+353861234900")
SMS_QUIET_HOURS = (22..7)
""", sid=twilio_sid())

add("javascript/shopify-access-token", "clubshop-sync/src/shopify.js",
    "Shopify docs: Admin API access tokens (shpat_) (https://shopify.dev/docs/apps/auth/access-token-types)",
    """
// Siopa gearr an chlub: sync stock of jerseys and hurleys from the supplier sheet
const SHOP = "milltown-hurling-shop.myshopify.com";
const ADMIN_TOKEN = "@@secret@@";

async function shopify(path, options = {}) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-04/${path}`, {
    ...options,
    headers: {
      "X-Shopify-Access-Token": ADMIN_TOKEN,
      "Content-Type": "application/json",
    },
  });
  if (!res.ok) throw new Error(`Shopify ${res.status}`);
  return res.json();
}

async function setStock(inventoryItemId, locationId, available) {
  return shopify("inventory_levels/set.json", {
    method: "POST",
    body: JSON.stringify({ inventory_item_id: inventoryItemId, location_id: locationId, available }),
  });
}

module.exports = { shopify, setStock };
""", shopify_token())

add("python/stripe-webhook-secret", "clubsite/payments/webhooks.py",
    "Stripe docs: check webhook signatures (https://docs.stripe.com/webhooks#verify-events)",
    """
import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from members.models import Membership

ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.META["HTTP_STRIPE_SIGNATURE"], ENDPOINT_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Membership.objects.filter(checkout_id=session["id"]).update(paid=True)
    return HttpResponse(status=200)
""", stripe_whsec())

add("compose/mysql-password", "deploy/docker-compose.yml",
    "Docker Hub mysql image: MYSQL_ROOT_PASSWORD (https://hub.docker.com/_/mysql)",
    """
services:
  wordpress:
    image: wordpress:6.5-php8.2-apache
    restart: unless-stopped
    ports:
      - "8080:80"
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp_bnc
      WORDPRESS_DB_PASSWORD: @@secret@@
      WORDPRESS_DB_NAME: wp_ballinacarrig
    volumes:
      - ./wp-content:/var/www/html/wp-content
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: wp_ballinacarrig
      MYSQL_USER: wp_bnc
      MYSQL_PASSWORD: @@secret@@
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata:
""", words_pw())

add("compose/decoy-env-reference", "lotto-app/docker-compose.yml",
    "Docker docs: variable interpolation in Compose files (https://docs.docker.com/compose/environment-variables/)",
    """
services:
  api:
    build: .
    environment:
      DATABASE_URL: postgresql://lotto_app:${POSTGRES_PASSWORD:?set it}@db:5432/lotto
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      GOCARDLESS_ACCESS_TOKEN: ${GOCARDLESS_ACCESS_TOKEN}
    depends_on: [db]
    ports: ["8000:8000"]
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: lotto_app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}
      POSTGRES_DB: lotto
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata:
""")

add("github-actions/ftp-password", ".github/workflows/deploy-site.yml",
    "SamKirkland/FTP-Deploy-Action docs (https://github.com/SamKirkland/FTP-Deploy-Action)",
    """
name: Deploy club site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build theme
        run: |
          npm ci
          npm run build
      # Blacknight shared hosting - FTP only, níl SSH againn
      - uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.ballinacarrighurling.ie
          username: bnc_deploy@ballinacarrighurling.ie
          password: "@@secret@@"
          local-dir: ./dist/
          server-dir: /public_html/wp-content/themes/bnc/
""", rand_pw(14, "#$!"))

add("github-actions/decoy-secrets-reference", ".github/workflows/lotto-ci.yml",
    "GitHub docs: using secrets in GitHub Actions (https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions)",
    """
name: lotto-ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${{ secrets.CI_PG_PASSWORD }}
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgresql://postgres:${{ secrets.CI_PG_PASSWORD }}@localhost:5432/postgres
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: pytest -q
""")

add("k8s-secret/database-password", "k8s/lotto/secret-db.yaml",
    "Kubernetes docs: Secrets, data values are base64 (https://kubernetes.io/docs/concepts/configuration/secret/)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: lotto-db
  namespace: lotto
  labels:
    app.kubernetes.io/part-of: cnoc-lotto
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@db@@
""", (p := rand_pw(22)), enc=b64(p), user=b64("lotto_app"), db=b64("lotto"))

add("k8s-secret/decoy-sealed-secret", "k8s/lotto/sealedsecret-stripe.yaml",
    "Bitnami sealed-secrets docs: SealedSecret encryptedData (https://github.com/bitnami-labs/sealed-secrets)",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: lotto-stripe
  namespace: lotto
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@a@@
    STRIPE_WEBHOOK_SECRET: @@b@@
  template:
    metadata:
      name: lotto-stripe
      namespace: lotto
    type: Opaque
""", a=sealed(), b=sealed())

add("csharp/xero-client-secret", "CoopAccounts/XeroSync/XeroSettings.cs",
    "Xero developer docs: OAuth 2.0 custom connections, client id and secret (https://developer.xero.com/documentation/guides/oauth2/custom-connections/)",
    """
namespace CoopAccounts.XeroSync
{
    // Comharchumann Móna Shliabh Bhreac - sync turf sales to Xero
    public static class XeroSettings
    {
        public const string ClientId = "@@cid@@";
        public const string ClientSecret = "@@secret@@";
        public const string Scopes = "accounting.transactions accounting.contacts";
        public const string TenantName = "Sliabh Bhreac Turf Co-operative Society Ltd";

        public const string SalesAccountCode = "200";
        public const string TurfLoadItemCode = "TURF-TRAILER";
        public const decimal VatRate = 0.135m;
    }
}
""", xero_secret(), cid=hexs(32).upper())

add("markdown/admin-password", "docs/handover-runai-2025.md",
    "Club secretary handover notes (GAA club officer handbook practice)",
    """
# Nótaí Aistrithe - Rúnaí 2025 (secretary handover)

Fáilte, a Shíle! Seo gach rud a bhíonn ag teastáil ón rúnaí.

## Córais (systems)

| Córas | Úsáideoir | Nóta |
|---|---|---|
| Foireann (ballraíocht) | runai.cnocnagaoithe@gaa.ie | SSO Chumann Lúthchleas Gael, 2FA ar fón an rúnaí |
| Clubforce (crannchur) | runai@cnocnagaoithe-clg.ie | féach thíos |
| Suíomh WordPress | admin | pasfhocal: `@@secret@@` |
| Bosca poist | runai@cnocnagaoithe-clg.ie | Microsoft 365, athraigh an pasfhocal ar an gcéad lá |

## Rudaí le déanamh

- Cláraigh na foirne faoi-aois roimh an 31 Márta.
- Seol na nótaí gach Luan roimh 6 i.n.
- Athraigh pasfhocal WordPress tar éis an aistrithe (níor deineadh fós).
- Eochracha an chlubthí: tá dhá cheann ag an gcathaoirleach.
""", words_pw())

add("markdown/decoy-placeholder", "lotto-app/README.md",
    "Project README conventions; Stripe docs on test vs live keys",
    """
# cnoc-lotto

Weekly club lotto for CLG Cnoc na Gaoithe: four numbers from 1-32, draw Sunday 9pm.

## Running locally

```bash
cp .env.example .env
# set STRIPE_SECRET_KEY=sk_test_... from the Stripe dashboard (test mode)
# set DATABASE_URL=postgresql://lotto_app:<password>@localhost:5432/lotto
docker compose up -d db
python manage.py migrate
python manage.py runserver
```

Live keys are in the club's 1Password vault ("Lotto - Stripe live"); never paste them here.

## Draw

`python manage.py run_draw --draw-date 2025-03-09` picks numbers with `secrets.SystemRandom`.
""")

add("csv/decoy-ids", "exports/ballrain-2025.csv",
    "Foireann membership export columns; IBANs printed on club membership forms",
    """
foireann_id,ainm,sloinne,catagóir,táille_eur,íoctha,modh,iban_clubtha,tagairt
GAA-0471-22981,Seán,Ó Briain,Adult,120,Y,Stripe,IE29AIBK93115212345678,cs_live_a1b2
GAA-0471-23015,Máire,Ní Dhuibhir,Family,200,Y,Cash,IE29AIBK93115212345678,CASH-0112
GAA-0471-23108,Pádraig,Mac Cárthaigh,Juvenile,40,N,,IE29AIBK93115212345678,
GAA-0471-23177,Aoife,Ní Riain,Adult,120,Y,DD,IE29AIBK93115212345678,MD000XK3T7Q9PZ
GAA-0471-23201,Ciarán,Ó Néill,OAP,50,Y,Cash,IE29AIBK93115212345678,CASH-0113
GAA-0471-23254,Niamh,de Búrca,Juvenile,40,Y,Stripe,IE29AIBK93115212345678,cs_live_c3d4
""")

add("log/smtp-password", "logs/notes-mailer-2025-03-03.log",
    "RFC 4954 SMTP AUTH PLAIN; Python smtplib debuglevel output",
    """
2025-03-03 18:02:11,402 INFO  notes-mailer: sending weekly notes to 412 members
2025-03-03 18:02:11,530 DEBUG send: 'ehlo clubpc\\r\\n'
2025-03-03 18:02:11,571 DEBUG reply: b'250-smtp.blacknight.com'
2025-03-03 18:02:11,571 DEBUG reply: b'250-AUTH PLAIN LOGIN'
2025-03-03 18:02:11,572 DEBUG reply: b'250 8BITMIME'
2025-03-03 18:02:11,590 DEBUG send: 'AUTH PLAIN @@secret@@\\r\\n'
2025-03-03 18:02:11,648 DEBUG reply: b'235 2.7.0 Authentication successful'
2025-03-03 18:02:11,650 DEBUG send: 'mail FROM:<nuacht@cnocnagaoithe-clg.ie>\\r\\n'
2025-03-03 18:02:11,701 DEBUG reply: b'250 2.1.0 Ok'
2025-03-03 18:02:14,220 INFO  notes-mailer: 412 sent, 0 bounced
""", b64("\0nuacht@cnocnagaoithe-clg.ie\0" + words_pw()))

add("sql/decoy-password-hash", "db/seeds/001_admin_users.sql",
    "Django password hashers: pbkdf2_sha256 stored format (https://docs.djangoproject.com/en/5.0/topics/auth/passwords/)",
    """
-- Úsáideoirí riaracháin don timpeallacht forbartha (dev admin users). Hashes only.
INSERT INTO auth_user (id, username, email, is_staff, is_superuser, password, date_joined)
VALUES
  (1, 'runai', 'runai@cnocnagaoithe-clg.ie', true, true,
   'pbkdf2_sha256$720000$@@salt1@@$@@h1@@', now()),
  (2, 'cisteoir', 'cisteoir@cnocnagaoithe-clg.ie', true, false,
   'pbkdf2_sha256$720000$@@salt2@@$@@h2@@', now());

SELECT setval('auth_user_id_seq', 2);
""", salt1=mixed(22), h1=b64chars(43) + "=", salt2=mixed(22), h2=b64chars(43) + "=")

add("sql/database-password", "db/migrations/0007_reporting_role.sql",
    "PostgreSQL docs: CREATE ROLE ... PASSWORD (https://www.postgresql.org/docs/current/sql-createrole.html)",
    """
-- Ról léite amháin don chisteoir (read-only role for the treasurer's Power BI report)
CREATE ROLE cisteoir_report WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE lotto TO cisteoir_report;
GRANT USAGE ON SCHEMA public TO cisteoir_report;
GRANT SELECT ON draws, tickets, payments TO cisteoir_report;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO cisteoir_report;
""", passphrase())

# ---------------------------------------------------------------- turf co-operatives: machines, bog sensors, weighbridge

add("python/mqtt-password", "bogtrack/tracker/publisher.py",
    "Eclipse Paho MQTT Python client: username_pw_set (https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html)",
    """
\"\"\"Suíomh na meaisíní móna (turf machine positions) to the co-op's MQTT broker.\"\"\"
import json
import time

import paho.mqtt.client as mqtt

from .gps import read_fix

BROKER = "mqtt.sliabhbhreac-mona.coop"
MACHINE_ID = "sleán-3"  # the Hymac with the turf extruder

client = mqtt.Client(client_id=f"tracker-{MACHINE_ID}")
client.username_pw_set("tracker", "@@secret@@")
client.tls_set()
client.connect(BROKER, 8883, keepalive=60)
client.loop_start()

while True:
    fix = read_fix()
    if fix:
        client.publish(f"bog/machines/{MACHINE_ID}/pos", json.dumps(fix), qos=1)
    time.sleep(30)
""", rand_pw(20))

add("xml/database-password", "traccar/conf/traccar.xml",
    "Traccar docs: configuration file, database.password (https://www.traccar.org/configuration-file/)",
    """
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <!-- Rianú tarracóirí agus meaisíní an chomharchumainn -->
    <entry key='config.default'>./conf/default.xml</entry>
    <entry key='web.port'>8082</entry>
    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://localhost/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=UTC</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@secret@@</entry>
    <entry key='geocoder.enable'>false</entry>
    <entry key='osmand.port'>5055</entry>
    <entry key='teltonika.port'>5027</entry>
</properties>
""", words_pw())

add("ini/grafana-admin-password", "monitoring/grafana/grafana.ini",
    "Grafana docs: configuration, [security] admin_password (https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/)",
    """
[server]
domain = grafana.sliabhbhreac-mona.coop
root_url = https://%(domain)s/

[security]
admin_user = admin
; athraigh é seo! (change this)
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = Comharchumann Móna
org_role = Viewer

[users]
allow_sign_up = false
""", words_pw())

add("toml/influxdb-token", "monitoring/telegraf/telegraf.conf",
    "InfluxData docs: Telegraf outputs.influxdb_v2 token (https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/)",
    """
[agent]
  interval = "60s"
  hostname = "bog-gw-01"

# Braiteoirí taise ar an bportach (bog moisture probes via LoRa gateway)
[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["bog/sensors/+/moisture", "bog/sensors/+/watertable"]
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://influx.sliabhbhreac-mona.coop"]
  token = "@@secret@@"
  organization = "comharchumann"
  bucket = "portach"
""", influx_token())

add("yaml/things-network-api-key", "bog-sensors/ttn-integration.yaml",
    "The Things Stack docs: API keys (NNSXS.) (https://www.thethingsindustries.com/docs/integrations/)",
    """
# Gléasanna LoRaWAN ar Phortach an Chnoic (water-table loggers)
ttn:
  cluster: eu1.cloud.thethings.network
  application_id: sliabh-bhreac-bog-sensors
  api_key: @@secret@@
  webhook_id: influx-ingest
devices:
  - dev_eui: 70B3D57ED005A1C2
    name: watertable-plot-14
  - dev_eui: 70B3D57ED005A1C9
    name: watertable-plot-22
  - dev_eui: 70B3D57ED005A1D0
    name: rain-gauge-yard
alert:
  watertable_cm_below: 25
  message: "Tá an portach fliuch - ná tóg an meaisín amach"
""", ttn_key())

add("python/weatherlink-api-secret", "bog-sensors/weather/weatherlink_pull.py",
    "Davis WeatherLink v2 API: api-key and api-secret (https://weatherlink.github.io/v2-api/authentication)",
    """
\"\"\"Aimsir ag an stáisiún ar an bportach (Davis Vantage Vue on the bog).\"\"\"
import requests

API_KEY = "@@key@@"
API_SECRET = "@@secret@@"
STATION_ID = 184422


def current_conditions():
    r = requests.get(
        f"https://api.weatherlink.com/v2/current/{STATION_ID}",
        params={"api-key": API_KEY},
        headers={"X-Api-Secret": API_SECRET},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["sensors"]


def drying_day(c) -> bool:
    \"\"\"Lá maith triomaithe? Wind over 15 km/h and no rain since dawn.\"\"\"
    return c["wind_speed_avg_last_10_min"] * 1.609 > 15 and c["rainfall_daily_mm"] == 0
""", hexs(32), key=hexs(32))

add("shell/ftp-password", "weighbridge/scripts/upload_tickets.sh",
    "curl manual: -u user:password for FTP uploads (https://curl.se/docs/manpage.html#-u)",
    """
#!/bin/bash
# Seol dockets an mheá-dhroichid chuig an oifig gach oíche (nightly weighbridge tickets)
set -euo pipefail

DAY=$(date +%Y-%m-%d)
SRC="/srv/weighbridge/tickets/$DAY"
[ -d "$SRC" ] || exit 0

tar czf "/tmp/tickets-$DAY.tgz" -C "$SRC" .
curl --ftp-ssl -sS -u "meadroichead:@@secret@@" \\
  -T "/tmp/tickets-$DAY.tgz" "ftp://ftp.sliabhbhreac-mona.coop/tickets/"
rm -f "/tmp/tickets-$DAY.tgz"
logger -t weighbridge "tickets $DAY uploaded"
""", rand_pw(12, "%!"))

add("powershell/sqlserver-password", "weighbridge/Export-WeighTickets.ps1",
    "Microsoft docs: SqlConnection.ConnectionString (https://learn.microsoft.com/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring)",
    """
# Easpórtáil na dticéad meá go CSV don chisteoir
param([datetime]$From = (Get-Date).AddDays(-7), [datetime]$To = (Get-Date))

$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=WEIGHPC\\SQLEXPRESS;Database=WeighBridge;User Id=wb_export;Password=@@secret@@;"
$conn.Open()

$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT TicketNo, Plate, Member, GrossKg, TareKg, NetKg, WeighedAt FROM Tickets WHERE WeighedAt BETWEEN @f AND @t"
[void]$cmd.Parameters.AddWithValue("@f", $From)
[void]$cmd.Parameters.AddWithValue("@t", $To)

$table = New-Object System.Data.DataTable
$table.Load($cmd.ExecuteReader())
$conn.Close()

$out = "\\\\OIFIG-NAS\\cuntais\\meá\\tickets-$($From.ToString('yyyyMMdd')).csv"
$table | Export-Csv -Path $out -NoTypeInformation -Encoding UTF8
Write-Host "Scríobhadh $($table.Rows.Count) ticéad go $out"
""", words_pw())

add("dockerfile/mapbox-secret-token", "plotmap/Dockerfile",
    "Mapbox docs: secret tokens (sk.) for uploads (https://docs.mapbox.com/accounts/guides/tokens/)",
    """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
# Uaslódáil teorainneacha na bplotaí (plot boundary tileset upload)
ENV MAPBOX_ACCESS_TOKEN=@@secret@@
RUN npx mapbox-tilesets upload-source commaine-mona plots ./data/plots.geojson.ld --replace
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", mapbox("sk"))

add("javascript/decoy-public-token", "plotmap/src/map.js",
    "Mapbox docs: public tokens (pk.) are for the browser (https://docs.mapbox.com/accounts/guides/tokens/)",
    """
import mapboxgl from "mapbox-gl";

// Léarscáil na bplotaí móna - public token, URL-restricted to plots.sliabhbhreac-mona.coop
mapboxgl.accessToken = "@@pk@@";

export function showPlots(container) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/mapbox/satellite-streets-v12",
    center: [-8.9214, 52.1873],
    zoom: 14,
  });
  map.on("load", () => {
    map.addSource("plots", { type: "vector", url: "mapbox://commaine-mona.plots" });
    map.addLayer({ id: "plots", type: "line", source: "plots", "source-layer": "plots",
      paint: { "line-color": "#c47f00", "line-width": 2 } });
  });
  return map;
}
""", pk=mapbox("pk"))

add("json/database-password", "WeighBridgeApp/appsettings.Production.json",
    "Microsoft docs: ASP.NET Core configuration, ConnectionStrings (https://learn.microsoft.com/aspnet/core/fundamentals/configuration/)",
    """
{
  "ConnectionStrings": {
    "WeighBridge": "Server=tcp:sbm-weigh.database.windows.net,1433;Initial Catalog=WeighBridge;User ID=wbapp;Password=@@secret@@;Encrypt=True;"
  },
  "Scale": {
    "Port": "COM3",
    "BaudRate": 9600,
    "Model": "Avery Weigh-Tronix E1205"
  },
  "Tickets": {
    "Header": "Comharchumann Móna Shliabh Bhreac Teo.",
    "PrintCopies": 2
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", rand_pw(18, "!$"))

add("json/decoy-ids", "plotmap/data/plots-sample.geojson",
    "RFC 7946 GeoJSON; Land Registry folio numbers and ITM coordinates",
    """
{
  "type": "FeatureCollection",
  "name": "plotai_mona_sample",
  "features": [
    {
      "type": "Feature",
      "id": "3f0c9b4e-7a21-4d3a-9b5e-2c81f06a7d14",
      "properties": {"plot": 14, "folio": "KY12345F", "turbary_holder": "Ó Súilleabháin",
                     "sha256": "@@h1@@"},
      "geometry": {"type": "Polygon", "coordinates": [[[-8.9221, 52.1869], [-8.9209, 52.1869],
        [-8.9209, 52.1877], [-8.9221, 52.1877], [-8.9221, 52.1869]]]}
    },
    {
      "type": "Feature",
      "id": "a7d2e410-55c3-4f8e-8d61-0b9f3e2c4a58",
      "properties": {"plot": 22, "folio": "KY16772", "turbary_holder": "Ní Chonchúir",
                     "sha256": "@@h2@@"},
      "geometry": {"type": "Polygon", "coordinates": [[[-8.9198, 52.1881], [-8.9187, 52.1881],
        [-8.9187, 52.1889], [-8.9198, 52.1889], [-8.9198, 52.1881]]]}
    }
  ]
}
""", h1=hexs(64), h2=hexs(64))

add("properties/database-password", "plot-booking/src/main/resources/application-prod.properties",
    "Spring Boot docs: spring.datasource.password (https://docs.spring.io/spring-boot/appendix/application-properties/)",
    """
# Áirithintí an mheaisín (machine bookings for cutting season)
server.port=8080
spring.datasource.url=jdbc:postgresql://db.sliabhbhreac-mona.coop:5432/bookings
spring.datasource.username=bookings
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
booking.season.start=04-15
booking.season.end=08-31
booking.max-days-per-member=3
""", passphrase())

add("java/vonage-api-secret", "plot-booking/src/main/java/coop/mona/booking/SmsNotifier.java",
    "Vonage docs: API key and secret (https://developer.vonage.com/en/messaging/sms/overview)",
    """
package coop.mona.booking;

import com.vonage.client.VonageClient;
import com.vonage.client.sms.messages.TextMessage;

public class SmsNotifier {
    // Teachtaireacht nuair a bhíonn an meaisín ag teacht (SMS when the machine is on its way)
    private static final VonageClient CLIENT = VonageClient.builder()
            .apiKey("@@key@@")
            .apiSecret("@@secret@@")
            .build();

    public void machineOnTheWay(String mobile, int plot, String eta) {
        String text = "Tá an meaisín ag teacht go plota " + plot + " thart ar " + eta + ". Comharchumann Móna.";
        CLIENT.getSmsClient().submitMessage(new TextMessage("MonaCoop", mobile, text));
    }
}
""", mixed(16), key=hexs(8))

add("kotlin/telegram-bot-token", "booking-bot/src/main/kotlin/coop/mona/bot/Main.kt",
    "Telegram Bot API: authorizing your bot, token format (https://core.telegram.org/bots/api#authorizing-your-bot)",
    """
package coop.mona.bot

import com.github.kotlintelegrambot.bot
import com.github.kotlintelegrambot.dispatch
import com.github.kotlintelegrambot.dispatcher.command

// Bota Telegram do bhaill: /aimsir, /plota, /meaisin
fun main() {
    val bot = bot {
        token = "@@secret@@"
        dispatch {
            command("aimsir") { bot.sendMessage(chatId(message), Weather.today()) }
            command("meaisin") { bot.sendMessage(chatId(message), Bookings.nextFree()) }
            command("plota") {
                val n = args.firstOrNull()?.toIntOrNull()
                bot.sendMessage(chatId(message), n?.let { Plots.describe(it) } ?: "Úsáid: /plota 14")
            }
        }
    }
    bot.startPolling()
}
""", fakes.telegram_token(_seed()))

add("go/redis-password", "lora-gw/internal/store/redis.go",
    "go-redis docs: redis.Options Password (https://redis.uptrace.dev/guide/go-redis.html)",
    """
package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Taisce na léamh is déanaí ó gach braiteoir (last reading per bog sensor)
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         "10.20.0.4:6379",
		Password:     "@@secret@@",
		DB:           2,
		DialTimeout:  5 * time.Second,
		ReadTimeout:  3 * time.Second,
	})
}

func SaveReading(ctx context.Context, rdb *redis.Client, devEUI string, payload []byte) error {
	return rdb.Set(ctx, "reading:"+devEUI, payload, 48*time.Hour).Err()
}
""", fakes.redis_password(_seed()))

add("rust/influxdb-token", "weigh-reader/src/main.rs",
    "InfluxDB v2 HTTP API: Authorization: Token header (https://docs.influxdata.com/influxdb/v2/api/)",
    """
use std::time::Duration;

// Léitheoir an mheá-dhroichid: reads the indicator on the serial port and writes to InfluxDB
const INFLUX_URL: &str = "https://influx.sliabhbhreac-mona.coop/api/v2/write?org=comharchumann&bucket=mea";
const INFLUX_TOKEN: &str = "@@secret@@";

fn main() -> anyhow::Result<()> {
    let mut port = serialport::new("/dev/ttyUSB0", 9600)
        .timeout(Duration::from_secs(2))
        .open()?;
    let client = reqwest::blocking::Client::new();
    loop {
        let kg = weigh_reader::read_stable_weight(&mut *port)?;
        client
            .post(INFLUX_URL)
            .header("Authorization", format!("Token {}", INFLUX_TOKEN))
            .body(format!("weighbridge,site=yard gross_kg={}", kg))
            .send()?;
    }
}
""", influx_token())

add("swift/decoy-public-sdk-key", "ClubApp/ClubApp/Config.swift",
    "RevenueCat docs: public app-specific API keys (appl_) are safe in apps (https://www.revenuecat.com/docs/welcome/authentication)",
    """
import Foundation

// Aip an Chlub - public configuration compiled into the app
enum Config {
    static let revenueCatPublicKey = "appl_@@rc@@"
    static let apiBase = URL(string: "https://api.milltownhurling.ie/v1")!
    static let fixturesFeed = URL(string: "https://milltownhurling.ie/fixtures.ics")!
    static let clubColours = ("#006633", "#FFFFFF")
    static let supportEmail = "aip@milltownhurling.ie"
}
""", rc=mixed(27))

add("terraform/digitalocean-token", "infra/do/main.tf",
    "Terraform DigitalOcean provider: token argument (https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs)",
    """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "traccar" {
  name   = "traccar-mona"
  region = "lon1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["comharchumann", "traccar"]
}
""", do_token())

add("ansible/camera-password", "ansible/roles/yard_cameras/vars/main.yml",
    "Hikvision ISAPI/RTSP stream URLs with credentials; Ansible role vars",
    """
---
# Ceamaraí an chlóis (yard cameras at the turf store and weighbridge)
yard_cameras:
  - name: weighbridge-north
    ip: 192.168.20.31
    rtsp: "rtsp://admin:@@secret@@@192.168.20.31:554/Streaming/Channels/101"
  - name: turf-shed
    ip: 192.168.20.32
    rtsp: "rtsp://admin:@@secret@@@192.168.20.32:554/Streaming/Channels/101"
nvr_host: 192.168.20.30
retention_days: 30
frigate_config_dir: /opt/frigate/config
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/yard/vault.yml",
    "Ansible docs: encrypting variables with ansible-vault (https://docs.ansible.com/ansible/latest/vault_guide/)",
    """
---
vault_nvr_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@blob@@
vault_mqtt_tracker_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@blob2@@
""", blob=vault_blob().replace("\n", "\n          "), blob2=vault_blob().replace("\n", "\n          "))

add("log/decoy-device-ids", "traccar/logs/tracker-server.log.20250612",
    "Traccar server log format; Teltonika IMEIs",
    """
2025-06-12 06:14:02  INFO: [T1a2b3c4d] connected
2025-06-12 06:14:02  INFO: [T1a2b3c4d: teltonika < 10.0.3.17] 000F333530353434303832313937333138
2025-06-12 06:14:02  INFO: [T1a2b3c4d] id: 350544082197318, time: 2025-06-12 06:14:00, lat: 52.18731, lon: -8.92140, course: 212.0
2025-06-12 06:15:33  INFO: [Tf9e8d7c6] connected
2025-06-12 06:15:33  INFO: [Tf9e8d7c6] id: 350544082201482, time: 2025-06-12 06:15:30, lat: 52.18902, lon: -8.91866, course: 40.0
2025-06-12 06:20:11  INFO: Event id: 350544082197318, type: geofenceEnter, geofence: Portach-Plota-14
2025-06-12 06:45:50  WARN: [Tf9e8d7c6] error - Connection reset by peer
2025-06-12 06:45:51  INFO: [Tf9e8d7c6] disconnected
""")

add("csv/decoy-ids", "exports/cearta-portaigh-2025.csv",
    "Turbary rights register export; Land Registry folio numbers; Irish Transverse Mercator coordinates",
    """
plota,sealbhóir,folio,cearta,itm_x,itm_y,limistéar_ha,tuairisc
14,Ó Súilleabháin Donncha,KY12345F,turbary,500412,612881,0.42,bóthar isteach ó thuaidh
15,Ó Súilleabháin Donncha,KY12345F,turbary,500463,612879,0.38,
22,Ní Chonchúir Bríd,KY16772,turbary,500571,612934,0.51,fliuch sa gheimhreadh
23,Mac Gearailt Séamus,KY20913F,turbary+grazing,500618,612940,0.47,
31,Ó Dálaigh Peadar,KY09118,turbary,500702,613011,0.33,an bruach ard
""")

add("markdown/router-password", "docs/oifig-it.md",
    "Eir F3000 router admin (office IT notes); handover notes",
    """
# IT na hOifige - Comharchumann Móna Shliabh Bhreac

- Líonra: eir Fibre 500, router eir F3000 sa chófra faoi staighre.
- Router admin: http://192.168.1.254 , úsáideoir `admin`, pasfhocal `@@secret@@`
- WiFi don phobal: `MonaCoop-Guest` (gan pasfhocal, captive portal)
- Printéir: Brother MFC-L2750DW ag 192.168.1.40
- PC an mheá-dhroichid: WEIGHPC, Windows 10, SQL Express
- Cúltaca: Synology DS220+ (OIFIG-NAS), Hyper Backup go Backblaze gach oíche

Má bhíonn fadhb leis an idirlíon glaoigh ar eir ar 1901 agus tabhair an uimhir chuntais
ón mbille (ní an pasfhocal!).
""", rand_pw(12))

add("notebook/aws-secret-key", "analysis/drone_survey_volumes.ipynb",
    "boto3 docs: passing credentials to boto3.client (https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Suirbhé drón ar an bportach - toirt na móna (turf volume from drone DEM)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "import rasterio\\n",
    "s3 = boto3.client('s3', region_name='eu-west-1',\\n",
    "    aws_access_key_id='@@kid@@',\\n",
    "    aws_secret_access_key='@@secret@@')\\n",
    "s3.download_file('sbm-drone-surveys', '2025-05/dem.tif', 'dem.tif')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "with rasterio.open('dem.tif') as dem:\\n",
    "    z = dem.read(1)\\n",
    "print(z.mean())"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("plist/decoy-public-dsn", "ClubApp/ClubApp/Info.plist",
    "Sentry docs: the DSN is not a secret (https://docs.sentry.io/concepts/key-terms/dsn-explainer/)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Baile an Mhuilinn</string>
	<key>CFBundleIdentifier</key>
	<string>ie.milltownhurling.app</string>
	<key>SentryDSN</key>
	<string>https://@@k@@@o4507112233.ingest.de.sentry.io/4507112299</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Chun treoracha chuig an bpáirc a thabhairt</string>
</dict>
</plist>
""", k=hexs(32))

add("yaml/decoy-secret-reference", "homeassistant/configuration.yaml",
    "Home Assistant docs: storing secrets with !secret (https://www.home-assistant.io/docs/configuration/secrets/)",
    """
homeassistant:
  name: Clubtheach
  time_zone: Europe/Dublin
  unit_system: metric

mqtt:
  sensor:
    - name: "Teocht an tseomra feistis"
      state_topic: "club/dressingroom/temp"
      unit_of_measurement: "°C"

http:
  use_x_forwarded_for: true
  trusted_proxies: [172.30.33.0/24]

shelly: !secret shelly_config
notify:
  - platform: smtp
    name: runai
    server: smtp.office365.com
    port: 587
    username: !secret smtp_user
    password: !secret smtp_password
    recipient: runai@milltownhurling.ie
""")

add("yaml/floodlight-controller-password", "homeassistant/secrets.yaml",
    "Home Assistant docs: secrets.yaml holds the values (https://www.home-assistant.io/docs/configuration/secrets/)",
    """
# Rúin - NÁ CUIR AR GITHUB (don't push). Floodlights, dressing-room heating, bar alarm.
smtp_user: runai@milltownhurling.ie
floodlight_controller_url: http://192.168.10.20
floodlight_controller_user: admin
floodlight_controller_password: "@@secret@@"
latitude: 52.8102
longitude: -7.7931
""", rand_pw(14))

add("ini/dropbox-token", "backup/rclone.conf",
    "rclone docs: Dropbox remote, token in rclone.conf (https://rclone.org/dropbox/)",
    """
[clubdropbox]
type = dropbox
token = {"access_token":"@@secret@@","token_type":"bearer","refresh_token":"@@rt@@","expiry":"2025-03-04T19:21:07.533Z"}

[nas]
type = sftp
host = 192.168.1.50
user = cultaca
key_file = ~/.ssh/id_ed25519_nas
shell_type = unix
""", dropbox_token(), rt=_b64url(64))

add("pgpass/database-password", "ops/dotfiles/.pgpass",
    "PostgreSQL docs: the password file (https://www.postgresql.org/docs/current/libpq-pgpass.html)",
    """
# hostname:port:database:username:password
pg-lotto.cnocnagaoithe-clg.ie:5432:lotto:lotto_app:@@secret@@
localhost:5432:*:postgres:postgres
localhost:55432:bogtrack_test:postgres:postgres
# cisteoir_report: féach 1Password (see 1Password), not here
""", rand_pw(24))

add("shell/mysql-password", "wordpress/bin/backup-db.sh",
    "MySQL docs: mysqldump --password on the command line (https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html)",
    """
#!/bin/sh
# Cúltaca oíche den bhunachar WordPress (nightly WordPress DB backup)
STAMP=$(date +%F)
mysqldump -u wp_bnc -p'@@secret@@' --single-transaction wp_ballinacarrig \\
  | gzip > /home/bnc/backups/wp-$STAMP.sql.gz
find /home/bnc/backups -name 'wp-*.sql.gz' -mtime +14 -delete
""", rand_pw(16, "!#%"))

add("python/decoy-keyring-reference", "weighbridge/tools/sync_members.py",
    "keyring docs: get_password from the OS credential store (https://pypi.org/project/keyring/)",
    """
\"\"\"Sync the members list from the co-op's Access database to the weighbridge PC.\"\"\"
import keyring
import pyodbc

SERVICE = "weighbridge-sql"
USER = "wb_export"

password = keyring.get_password(SERVICE, USER)
if password is None:
    raise SystemExit("Rith: keyring set weighbridge-sql wb_export  (set it once on the PC)")

conn = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=WEIGHPC\\\\SQLEXPRESS;"
    f"DATABASE=WeighBridge;UID={USER};PWD={password};TrustServerCertificate=yes"
)
for row in conn.execute("SELECT MemberNo, Name FROM Members ORDER BY MemberNo"):
    print(row.MemberNo, row.Name)
""")

add("go/decoy-regex", "lora-gw/internal/decode/imei.go",
    "Go regexp package; IMEI and DevEUI formats",
    """
package decode

import "regexp"

// Patrúin aitheantais (identifier patterns) for tracker and sensor payloads.
var (
	imeiRe    = regexp.MustCompile(`^[0-9]{15}$`)
	devEUIRe  = regexp.MustCompile(`^[0-9A-F]{16}$`)
	apiKeyRe  = regexp.MustCompile(`^NNSXS\\.[A-Z2-7]{39}\\.[A-Z2-7]{52}$`)
	tokenHint = "NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.YYYY..."
)

func ValidIMEI(s string) bool   { return imeiRe.MatchString(s) }
func ValidDevEUI(s string) bool { return devEUIRe.MatchString(s) }
func LooksLikeTTNKey(s string) bool { return apiKeyRe.MatchString(s) }
""")

add("dockerfile/decoy-build-secret-mount", "lotto-app/Dockerfile",
    "Docker docs: build secrets with RUN --mount=type=secret (https://docs.docker.com/build/building/secrets/)",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Private wheel index token comes in as a build secret, never an ENV/ARG
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.cnocnagaoithe-clg.ie/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=lotto.settings.production
CMD ["gunicorn", "lotto.wsgi", "-b", "0.0.0.0:8000"]
""")

add("k8s-secret/mqtt-password", "k8s/bog/mosquitto-secret.yaml",
    "Kubernetes docs: Secret stringData (https://kubernetes.io/docs/concepts/configuration/secret/)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: mosquitto-users
  namespace: portach
type: Opaque
stringData:
  MQTT_TRACKER_USER: tracker
  MQTT_TRACKER_PASSWORD: "@@secret@@"
  MQTT_BROKER: mqtts://mqtt.sliabhbhreac-mona.coop:8883
""", rand_pw(24))

add("xml/decoy-env-reference", "plot-booking/.mvn/settings.xml",
    "Maven docs: settings.xml servers with ${env.X} (https://maven.apache.org/settings.html)",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>coop-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>coop-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.sliabhbhreac-mona.coop/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""")

add("sql/decoy-ids", "db/seeds/002_devices.sql",
    "Device inventory table; Teltonika IMEIs, LoRaWAN DevEUIs and MAC addresses",
    """
-- Fardal gléasanna (device inventory)
INSERT INTO devices (name, kind, imei_or_eui, mac, installed_on) VALUES
  ('sleán-3', 'teltonika-fmb920', '350544082197318', NULL, '2024-04-10'),
  ('tarracóir-mf', 'teltonika-fmb920', '350544082201482', NULL, '2024-04-10'),
  ('watertable-plot-14', 'dragino-lsn50', '70B3D57ED005A1C2', NULL, '2024-09-02'),
  ('watertable-plot-22', 'dragino-lsn50', '70B3D57ED005A1C9', NULL, '2024-09-02'),
  ('bog-gw-01', 'rak7268', 'AC1F09FFFE0A3B21', 'ac:1f:09:0a:3b:21', '2024-08-28');
""")

add("powershell/decoy-secret-management", "weighbridge/Connect-WeighDb.ps1",
    "Microsoft docs: SecretManagement Get-Secret (https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview)",
    """
# Faigh an pasfhocal ón SecretStore (never typed in the script)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'WeighBridgeSql' -Vault 'CoopStore'
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=WEIGHPC\\SQLEXPRESS;Database=WeighBridge;Integrated Security=False;"
$conn.Credential = New-Object System.Data.SqlClient.SqlCredential($cred.UserName, $cred.Password)
$conn.Open()
Write-Host "Ceangailte (connected)"
""")

add("toml/decoy-lock-hashes", "bogtrack/poetry.lock",
    "Poetry docs: poetry.lock file hashes (https://python-poetry.org/docs/basic-usage/)",
    """
# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "paho-mqtt"
version = "2.1.0"
description = "MQTT version 5.0/3.1.1 client class"
optional = false
python-versions = ">=3.7"
files = [
    {file = "paho_mqtt-2.1.0-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "paho_mqtt-2.1.0.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

# ---------------------------------------------------------------- club IT, notifications, CI and packages

add("python/slack-webhook", "clubsite/fixtures/notify.py",
    "Slack docs: incoming webhooks (https://api.slack.com/messaging/webhooks)",
    """
\"\"\"Post results to the committee Slack (#torthaí) after each match.\"\"\"
import requests

SLACK_URL = "@@secret@@"


def post_result(home: str, away: str, home_score: str, away_score: str, comp: str) -> None:
    text = f":hurling: *{comp}*: {home} {home_score} - {away_score} {away}"
    if home == "Baile an Mhuilinn":
        text += "\\nMaith sibh a leaids!"
    requests.post(SLACK_URL, json={"text": text}, timeout=10).raise_for_status()


if __name__ == "__main__":
    post_result("Baile an Mhuilinn", "Cill Rónáin", "2-17", "1-14", "Sraith Shóisearach A")
""", slack_webhook())

add("json/discord-webhook", "juvenile-bot/config.json",
    "Discord docs: webhook URLs (https://discord.com/developers/docs/resources/webhook)",
    """
{
  "club": "CLG Cnoc na Gaoithe",
  "channels": {
    "u12": "@@secret@@",
    "u14": "https://discord.com/api/webhooks/<u14-id>/<u14-token>"
  },
  "reminderHoursBefore": 24,
  "language": "ga",
  "messages": {
    "training": "Traenáil anocht ag 7 i.n. - tabhair camán, clogad agus buidéal uisce!",
    "cancelled": "Níl traenáil ann anocht - tá an pháirc faoi uisce."
  }
}
""", discord_webhook())

add("yaml/sendgrid-api-key", "club-notes/config/mail.yaml",
    "SendGrid docs: API keys (SG.) (https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys)",
    """
mail:
  provider: sendgrid
  sendgrid:
    api_key: "@@secret@@"
    from: "nuacht@cnocnagaoithe-clg.ie"
    from_name: "Nuacht an Chlub"
  templates:
    weekly_notes: d-5e2a1b7c9f0d4e3a8b6c2d1e0f9a8b7c
    lotto_result: d-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d
  unsubscribe_group: 21877
""", sendgrid_key())

add("php/mailgun-api-key", "wordpress/wp-content/mu-plugins/bnc-mailgun.php",
    "Mailgun docs: API key authentication (https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/)",
    """
<?php
/**
 * Plugin Name: BNC Mailgun
 * Description: Seol ríomhphost an tsuímh trí Mailgun (site mail through Mailgun EU).
 */
define( 'MAILGUN_USEAPI', true );
define( 'MAILGUN_APIKEY', '@@secret@@' );
define( 'MAILGUN_DOMAIN', 'mg.ballinacarrighurling.ie' );
define( 'MAILGUN_REGION', 'eu' );
define( 'MAILGUN_FROM_NAME', 'Baile na Carraige CLG' );
define( 'MAILGUN_FROM_ADDRESS', 'eolas@ballinacarrighurling.ie' );
""", mailgun_key())

add("csharp/postmark-server-token", "CoopAccounts/Mail/StatementMailer.cs",
    "Postmark docs: server API token header X-Postmark-Server-Token (https://postmarkapp.com/developer/api/overview)",
    """
using PostmarkDotNet;

namespace CoopAccounts.Mail
{
    // Ráitis bhliantúla do bhaill an chomharchumainn (annual member statements)
    public class StatementMailer
    {
        private readonly PostmarkClient _client = new PostmarkClient("@@secret@@");

        public async Task SendAsync(string to, string memberName, byte[] pdf)
        {
            var message = new PostmarkMessage
            {
                From = "cuntais@sliabhbhreac-mona.coop",
                To = to,
                Subject = $"Ráiteas bliantúil 2024 - {memberName}",
                TextBody = "Tá do ráiteas bliantúil ceangailte. Go raibh maith agat.",
            };
            message.AddAttachment(pdf, "raiteas-2024.pdf", "application/pdf");
            await _client.SendMessageAsync(message);
        }
    }
}
""", uuid_s())

add("ini/pypi-token", "clubtools/.pypirc",
    "PyPI docs: API tokens in .pypirc (https://pypi.org/help/#apitoken)",
    """
[distutils]
index-servers =
    pypi
    testpypi

# gaa-fixtures-ics: publishes club fixtures as an iCalendar feed
[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/release-fixtures-ics.yml",
    "pypa/gh-action-pypi-publish docs: password input (https://github.com/pypa/gh-action-pypi-publish)",
    """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: python -m pip install build && python -m build
      # TODO: move to trusted publishing, a Chiaráin
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/github-token", "scripts/mirror-club-repos.sh",
    "GitHub docs: personal access tokens in HTTPS remotes (https://docs.github.com/en/authentication)",
    """
#!/usr/bin/env bash
# Scáthán de stórtha an chlub ar an NAS (mirror the club's repos onto the NAS)
set -e
TOKEN=@@secret@@
cd /volume1/git-mirror
for repo in clubsite cnoc-lotto club-notes juvenile-bot; do
  if [ -d "$repo.git" ]; then
    git -C "$repo.git" remote update --prune
  else
    git clone --mirror "https://cnoc-bot:${TOKEN}@github.com/cnocnagaoithe-clg/$repo.git"
  fi
done
""", fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", ".github/renovate-bot/config.yaml",
    "GitHub docs: fine-grained personal access tokens (github_pat_)",
    """
# Renovate self-hosted for the club repos (runs on the Raspberry Pi in the clubhouse)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - cnocnagaoithe-clg/clubsite
  - cnocnagaoithe-clg/cnoc-lotto
onboarding: false
timezone: Europe/Dublin
schedule: ["before 6am on monday"]
""", fakes.github_fine_grained_token(_seed()))

add("toml/gitlab-token", "sbm-tools/.cargo/config.toml",
    "Cargo docs: registries with token; GitLab personal access tokens (glpat-)",
    """
[registries.coop]
index = "sparse+https://gitlab.com/api/v4/projects/58812290/packages/cargo/"
token = "Bearer @@secret@@"

[build]
target-dir = "target"

[target.armv7-unknown-linux-gnueabihf]
linker = "arm-linux-gnueabihf-gcc"
""", gitlab_token())

add("npmrc/npm-token", "clubshop-web/.npmrc",
    "npm docs: _authToken in .npmrc (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc)",
    """
@milltown:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", npm_token())

add("npmrc/decoy-env-reference", "plotmap/.npmrc",
    "npm docs: environment variables in .npmrc (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc)",
    """
@commaine-mona:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("env/aws-secret-key", "drone-pipeline/.env",
    "AWS docs: environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY",
    """
# Íomhánna drón den phortach (drone orthophotos) -> S3
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-west-1
SURVEY_BUCKET=sbm-drone-surveys
ODM_PROCESSES=4
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials",
    "AWS docs: shared credentials file (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)",
    """
[default]
region = eu-west-1

[clubsite-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[drone]
role_arn = arn:aws:iam::418822093317:role/drone-upload
source_profile = clubsite-backup
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/azure-storage-key", "clubsite/storage_backends.py",
    "Azure docs: storage account connection strings, AccountKey (https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string)",
    """
from storages.backends.azure_storage import AzureStorage

# Grianghraif na gcluichí (match photos) are served from Azure Blob
AZURE_CONNECTION_STRING = (
    "DefaultEndpointsProtocol=https;AccountName=milltownmedia;"
    "AccountKey=@@secret@@;"
    "EndpointSuffix=core.windows.net"
)


class MatchPhotoStorage(AzureStorage):
    connection_string = AZURE_CONNECTION_STRING
    azure_container = "grianghraif"
    expiration_secs = None
    overwrite_files = False
""", azure_storage_key())

add("json/google-oauth-client-secret", "club-notes/client_secret.json",
    "Google docs: OAuth client secrets file (GOCSPX-) (https://developers.google.com/identity/protocols/oauth2)",
    """
{
  "installed": {
    "client_id": "418822093317-5p8k2r7q0v1m3n6b9c4x2z7w1y0t8s5a.apps.googleusercontent.com",
    "project_id": "club-notes-ga",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", google_secret())

add("json/gcp-service-account-key", "fixtures-sheet/credentials/service-account.json",
    "Google Cloud docs: service account key file (https://cloud.google.com/iam/docs/keys-create-delete)",
    """
{
  "type": "service_account",
  "project_id": "cnoc-fixtures",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "fixtures-sheet@cnoc-fixtures.iam.gserviceaccount.com",
  "client_id": "104882213377190455512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
""", pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("python/openai-key", "club-notes/translate_notes.py",
    "OpenAI API reference: authentication with sk-proj- keys (https://platform.openai.com/docs/api-reference/authentication)",
    """
\"\"\"Aistrigh nótaí an chlub go Gaeilge (translate the weekly notes into Irish).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Aistrigh na nótaí club seo go Gaeilge na Mumhan. Coinnigh ainmneacha daoine agus "
    "scóranna mar atá (e.g. 2-17 v 1-14)."
)


def translate(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": notes}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("typescript/anthropic-key", "club-notes-web/src/lib/summarise.ts",
    "Anthropic API docs: x-api-key header, sk-ant-api03- keys (https://docs.anthropic.com/en/api/getting-started)",
    """
import Anthropic from "@anthropic-ai/sdk";

// Achoimre ar mhiontuairiscí an choiste (summarise committee minutes)
const anthropic = new Anthropic({
  apiKey: "@@secret@@",
});

export async function summarise(minutes: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Achoimre i nGaeilge agus i mBéarla:\\n\\n${minutes}` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
""", anthropic_key())

add("javascript/paypal-client-secret", "clubshop-api/src/paypal.js",
    "PayPal developer docs: client ID and secret for OAuth (https://developer.paypal.com/api/rest/authentication/)",
    """
// Íocaíochtaí PayPal don siopa (the shop's server-side PayPal calls)
const PAYPAL_API = "https://api-m.paypal.com";
const CLIENT_ID = "@@cid@@";
const CLIENT_SECRET = "@@secret@@";

async function accessToken() {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    body: "grant_type=client_credentials",
    headers: { Authorization: `Basic ${auth}` },
  });
  return (await res.json()).access_token;
}

module.exports = { accessToken, PAYPAL_API };
""", paypal_secret(), cid=paypal_client_id())

add("html/decoy-public-client-id", "wordpress/wp-content/themes/bnc/partials/donate.html",
    "PayPal JS SDK: client-id is public in the script URL (https://developer.paypal.com/sdk/js/configuration/)",
    """
<section class="deontas">
  <h2>Tacaigh leis an gClub / Support the Club</h2>
  <p>Gach euro chuig na foirne faoi-aois. Every euro goes to the under-age teams.</p>
  <div id="paypal-donate"></div>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=EUR&components=buttons"></script>
  <script>
    paypal.Buttons({ style: { color: "gold", shape: "pill" } }).render("#paypal-donate");
  </script>
  <div class="g-recaptcha" data-sitekey="@@site@@"></div>
</section>
""", cid=paypal_client_id(), site=recaptcha_site_key())

add("python/square-access-token", "clubhouse-bar/till/square_sync.py",
    "Square developer docs: access tokens (EAAA) (https://developer.squareup.com/docs/build-basics/access-tokens)",
    """
\"\"\"Díolacháin an bheáir (bar sales) from Square into the club accounts sheet.\"\"\"
from square.client import Client

square = Client(access_token="@@secret@@", environment="production")
LOCATION_ID = "L7YK3Q2M9ZP4A"


def todays_sales(begin_time: str, end_time: str):
    result = square.payments.list_payments(begin_time=begin_time, end_time=end_time, location_id=LOCATION_ID)
    if result.is_error():
        raise RuntimeError(result.errors)
    return [(p["id"], p["amount_money"]["amount"] / 100) for p in result.body.get("payments", [])]
""", square_token())

add("python/facebook-page-token", "club-notes/post_to_facebook.py",
    "Meta Graph API: page access tokens (https://developers.facebook.com/docs/pages-api/getting-started)",
    """
\"\"\"Cuir na torthaí ar leathanach Facebook an chlub.\"\"\"
import requests

PAGE_ID = "104882213377190"
PAGE_TOKEN = "@@secret@@"


def post(message: str) -> str:
    r = requests.post(
        f"https://graph.facebook.com/v19.0/{PAGE_ID}/feed",
        data={"message": message, "access_token": PAGE_TOKEN},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]
""", facebook_token())

add("yaml/ldap-bind-password", "nas/authentik/ldap-outpost.yaml",
    "LDAP simple bind DN and password; authentik LDAP outpost docs (https://docs.goauthentik.io/docs/add-secure-apps/providers/ldap/)",
    """
# Logáil isteach aonair don NAS agus don WiFi (single login for the club NAS and WiFi)
ldap:
  url: ldaps://auth.cnocnagaoithe-clg.ie:636
  base_dn: dc=cnocnagaoithe-clg,dc=ie
  bind_dn: cn=ldapservice,ou=users,dc=cnocnagaoithe-clg,dc=ie
  bind_password: "@@secret@@"
  user_filter: "(&(objectClass=user)(memberOf=cn=coiste,ou=groups,dc=cnocnagaoithe-clg,dc=ie))"
  tls_verify: true
nas:
  host: cnoc-nas.local
  share: coiste
""", rand_pw(28))

add("ini/ldap-bind-password", "wifi/freeradius/mods-available/ldap",
    "FreeRADIUS docs: rlm_ldap identity and password",
    """
# Údarú WiFi an chlubthí ar an LDAP
ldap {
	server = 'ldaps://auth.cnocnagaoithe-clg.ie'
	port = 636
	identity = 'cn=radius,ou=service,dc=cnocnagaoithe-clg,dc=ie'
	password = @@secret@@
	base_dn = 'dc=cnocnagaoithe-clg,dc=ie'
	user {
		base_dn = "ou=users,${..base_dn}"
		filter = "(uid=%{%{Stripped-User-Name}:-%{User-Name}})"
	}
}
""", rand_pw(20))

add("shell/ssh-private-key", "scripts/provision-scoreboard-pi.sh",
    "OpenSSH private key format (openssh-key-v1); provisioning script writing a deploy key",
    """
#!/bin/bash
# Socraigh an Raspberry Pi don chlár scóir (scoreboard Pi): deploy key for the repo
set -e
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/pi/.ssh/id_ed25519
chown -R pi:pi /home/pi/.ssh
sudo -u pi git clone git@github.com:cnocnagaoithe-clg/scoreboard.git /home/pi/scoreboard
systemctl enable --now scoreboard.service
""", pem("OPENSSH"))

add("yaml/ec-private-key", "revolut-sync/config/revolut.yaml",
    "Revolut Business API: client assertion signed with your private key (https://developer.revolut.com/docs/business/business-api)",
    """
# Cuntas bainc an chomharchumainn (Revolut Business) - nightly statement pull
revolut:
  client_id: @@cid@@
  issuer: accounts.sliabhbhreac-mona.coop
  api: https://b2b.revolut.com/api/1.0
  private_key: |
    @@secret@@
  accounts:
    - name: Oibríochtaí
      currency: EUR
""", pem("EC").replace("\n", "\n    "), cid=_b64url(43))

add("python/django-secret-key", "clubsite/clubsite/settings/base.py",
    "Django docs: SECRET_KEY (https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key)",
    """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "members",
    "fixtures",
    "payments",
]

LANGUAGE_CODE = "ga"
LANGUAGES = [("ga", "Gaeilge"), ("en", "English")]
TIME_ZONE = "Europe/Dublin"
USE_I18N = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "clubsite/clubsite/settings/env.py",
    "django-environ docs (https://django-environ.readthedocs.io/)",
    """
import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL")}
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
""")

add("python/flask-secret-key", "scoreboard/app.py",
    "Flask docs: SECRET_KEY for sessions (https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY)",
    """
\"\"\"Clár scóir na páirce (pitch scoreboard) - web control from the sideline tablet.\"\"\"
from flask import Flask, redirect, render_template, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@secret@@"
SIDELINE_PIN = "4471"

score = {"home": [0, 0], "away": [0, 0]}  # [goals, points]


@app.post("/login")
def login():
    if request.form.get("pin") == SIDELINE_PIN:
        session["ok"] = True
    return redirect("/")


@app.post("/score/<team>/<kind>")
def add_score(team, kind):
    if not session.get("ok"):
        return "", 403
    score[team][0 if kind == "goal" else 1] += 1
    return render_template("board.html", score=score)
""", hexs(48))

add("typescript/jwt-signing-secret", "lotto-api/src/auth/jwt.ts",
    "jsonwebtoken docs: sign with a shared secret (https://github.com/auth0/node-jsonwebtoken)",
    """
import jwt from "jsonwebtoken";

// Comharthaí seisiúin don aip chrannchuir (session tokens for the lotto app)
const JWT_SECRET = "@@secret@@";
const ISSUER = "lotto.cnocnagaoithe-clg.ie";

export function issue(memberId: string): string {
  return jwt.sign({ sub: memberId }, JWT_SECRET, { issuer: ISSUER, expiresIn: "30d" });
}

export function verify(token: string): string {
  const payload = jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as jwt.JwtPayload;
  return payload.sub as string;
}
""", rand_pw(40))

add("yaml/veo-camera-password", "match-video/veo-upload.yaml",
    "Match-camera cloud account credentials in an uploader config",
    """
# Físeáin cluichí (match video) - Veo Cam 3 on the stand roof
camera:
  model: Veo Cam 3
  serial: VEO3-00A4-7718
account:
  email: fisean@milltownhurling.ie
  password: "@@secret@@"
  team: Milltown Senior Hurling
upload:
  after_match: true
  wifi_ssid: Clubtheach-Staff
  notify: [bainisteoir@milltownhurling.ie, fisean@milltownhurling.ie]
""", words_pw())

add("python/unifi-controller-password", "clubhouse-net/unifi_guest_vouchers.py",
    "UniFi Network controller API login (username/password) as community clients use it",
    """
\"\"\"Dearbháin WiFi d'aíonna (guest WiFi vouchers) printed for match days.\"\"\"
from pyunifi.controller import Controller

c = Controller("192.168.1.2", "admin", "@@secret@@", port=8443, version="UDMP-unifiOS", ssl_verify=False)


def match_day_vouchers(n: int = 50):
    vouchers = c.create_voucher(number=n, quota=1, expire=600, note="Lá cluiche")
    for v in vouchers:
        print(v["code"][:5] + "-" + v["code"][5:])


if __name__ == "__main__":
    match_day_vouchers()
""", rand_pw(14, "!@"))

add("markdown/decoy-redacted", "docs/incident-2024-11-lotto.md",
    "Incident report conventions: redacted credentials",
    """
# Tuairisc eachtra: eochair Stripe sceite (Nov 2024)

**Cad a tharla:** pasted the live key into the committee WhatsApp by mistake on 12/11.

**Eochair:** `sk_live_51Q...REDACTED...x9` (rolled in the Stripe dashboard within 20 minutes).

**Gníomhartha (actions):**

1. Rolled the key; the old one (`sk_live_****************Ab3x`) is revoked.
2. New key stored only in 1Password ("Lotto - Stripe live") and the server's env.
3. Checked Stripe logs for 12/11-13/11: no calls from unknown IPs.
4. Reminder to the committee: never share keys in chats.

Sínithe: Cisteoir, CLG Cnoc na Gaoithe
""")

add("yaml/decoy-sops-encrypted", "k8s/clubsite/secrets.enc.yaml",
    "SOPS docs: encrypted YAML values ENC[AES256_GCM,...] (https://github.com/getsops/sops)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: clubsite
type: Opaque
stringData:
  DJANGO_SECRET_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  DATABASE_URL: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2025-02-01T20:14:55Z"
  mac: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
  version: 3.8.1
""", d1=b64chars(68), iv1=b64chars(43) + "=", t1=b64chars(22) + "==",
    d2=b64chars(96), iv2=b64chars(43) + "=", t2=b64chars(22) + "==",
    d3=b64chars(88), iv3=b64chars(43) + "=", t3=b64chars(22) + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("terraform/decoy-variable-reference", "infra/aws/backup.tf",
    "Terraform docs: sensitive input variables (https://developer.hashicorp.com/terraform/language/values/variables)",
    """
variable "backup_db_password" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "clubsite_db" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:418822093317:secret:clubsite/db-Xq3k9P"
}

resource "aws_db_instance" "clubsite" {
  identifier          = "clubsite"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "clubsite"
  password            = var.backup_db_password
  skip_final_snapshot = false
}
""")

add("k8s/decoy-external-secret", "k8s/lotto/externalsecret.yaml",
    "External Secrets Operator docs: ExternalSecret (https://external-secrets.io/latest/api/externalsecret/)",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lotto-payments
  namespace: lotto
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: onepassword
  target:
    name: lotto-payments
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: "Lotto - Stripe live", property: credential}
    - secretKey: GOCARDLESS_ACCESS_TOKEN
      remoteRef: {key: "Lotto - GoCardless", property: credential}
""")

add("text/decoy-ssh-public-key", "scoreboard/deploy/authorized_keys",
    "OpenSSH docs: authorized_keys format (public keys)",
    """
# Eochracha poiblí (public keys) allowed on the scoreboard Pi
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ ciaran@laptop-oifig
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ sile@runai-pc
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ github-actions-deploy
# an Pi féin (its own key), for the NAS backups
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ pi@scoreboard
""", k1=b64chars(44), k2=b64chars(44), k3=b64chars(360), k4=b64chars(44))

add("text/decoy-certificate", "nas/certs/auth.cnocnagaoithe-clg.ie.crt",
    "RFC 7468 PEM certificate (public)",
    """
-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
""", body="\n".join(b64chars(64) for _ in range(10)))

add("text/decoy-checksums", "releases/scoreboard-1.4.2/SHA256SUMS",
    "GNU coreutils sha256sum output",
    """
@@a@@  scoreboard-1.4.2-armhf.deb
@@b@@  scoreboard-1.4.2-arm64.deb
@@c@@  scoreboard-1.4.2.tar.gz
@@d@@  scoreboard-firmware-led-panel-0.9.bin
@@e@@  install.sh
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("python/decoy-test-fixture", "lotto-app/tests/test_draw.py",
    "pytest fixtures with obviously fake test data; Stripe test mode",
    """
import pytest

from lotto.draw import pick_numbers, winners

TEST_MEMBER = {"email": "tastail@example.com", "password": "not-a-real-password"}


@pytest.fixture
def tickets():
    return [
        {"member": "M-0001", "numbers": [3, 11, 19, 27]},
        {"member": "M-0002", "numbers": [1, 2, 3, 4]},
    ]


def test_pick_numbers_are_unique():
    nums = pick_numbers(seed=42)
    assert len(set(nums)) == 4 and all(1 <= n <= 32 for n in nums)


def test_winner_found(tickets):
    assert winners(tickets, [27, 19, 11, 3]) == ["M-0001"]
""")

add("env/decoy-local-defaults", "bogtrack/.env.test",
    "Docker Hub postgres image defaults for throwaway local test databases",
    """
# Bunachar tástála áitiúil (local throwaway test DB, started by docker compose -f compose.test.yml)
DATABASE_URL=postgresql://postgres:postgres@localhost:55432/bogtrack_test
MQTT_URL=mqtt://localhost:18830
MQTT_USER=
MQTT_PASSWORD=
TRACCAR_URL=http://localhost:8082
LOG_LEVEL=debug
""")

add("html/decoy-sri-hash", "clubsite/templates/base.html",
    "MDN: Subresource Integrity (integrity=sha384-...)",
    """
<!doctype html>
<html lang="ga">
<head>
  <meta charset="utf-8">
  <title>{% block title %}CLG Cnoc na Gaoithe{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XZ1P"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7QK2M4XZ1P');</script>
</head>
<body>
  {% block content %}{% endblock %}
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@h2@@" crossorigin="anonymous"></script>
</body>
</html>
""", h1=b64chars(64), h2=b64chars(64))

# ---------------------------------------------------------------- clubhouse and co-op office IT

add("conf/wifi-password", "scoreboard/deploy/wpa_supplicant.conf",
    "wpa_supplicant.conf(5): network block psk",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=IE

# WiFi an chlubthí (clubhouse staff network) for the scoreboard Pi
network={
    ssid="Clubtheach-Staff"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", words_pw())

add("conf/wireguard-private-key", "bog-gw/etc/wireguard/wg0.conf",
    "WireGuard docs: wg-quick configuration, PrivateKey (https://www.wireguard.com/quickstart/)",
    """
# VPN ón ngeata ar an bportach go dtí an oifig (bog gateway to the office over 4G)
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.sliabhbhreac-mona.coop:51820
AllowedIPs = 10.99.0.0/24, 192.168.1.0/24
PersistentKeepalive = 25
""", b64chars(42) + "I=", pub=b64chars(42) + "Y=")

add("env/backblaze-application-key", "nas/restic/restic.env",
    "Backblaze B2 docs: application keys (keyID 005..., applicationKey K005...); restic docs: B2 backend",
    """
# Cúltaca den NAS go Backblaze B2 (restic)
export B2_ACCOUNT_ID=@@kid@@
export B2_ACCOUNT_KEY=@@secret@@
export RESTIC_REPOSITORY=b2:cnoc-nas-backup:/restic
export RESTIC_PASSWORD_FILE=/root/.restic-pass
export RESTIC_CACHE_DIR=/volume1/@restic-cache
""", "K005" + mixed(27), kid="005" + hexs(22))

add("env/restic-password", "bog-gw/backup/.restic.env",
    "restic docs: RESTIC_PASSWORD encrypts the repository (https://restic.readthedocs.io/)",
    """
RESTIC_REPOSITORY=sftp:cultaca@192.168.1.50:/volume1/restic/bog-gw
RESTIC_PASSWORD=@@secret@@
RESTIC_COMPRESSION=max
KEEP_DAILY=7
KEEP_WEEKLY=8
""", passphrase())

add("markdown/nas-admin-password", "docs/runbooks/nas-athshocru.md",
    "Synology DSM admin account; restore runbook",
    """
# Runbook: athshocrú an NAS (restoring the club NAS)

1. Cuir an DS220+ ar siúl agus ceangail le `http://find.synology.com`.
2. Logáil isteach: úsáideoir `coisteadmin`, pasfhocal `@@secret@@`
   (an cuntas riaracháin - admin account; the built-in `admin` is disabled).
3. Hyper Backup > Restore > "Backblaze - cnoc-nas-backup".
4. Roghnaigh an leagan is déanaí; athchóirigh `coiste`, `grianghraif`, `cuntais`.
5. Seiceáil go n-oibríonn Drive ar ríomhairí an choiste.

Má theipeann air, glaoigh ar Chiarán (087 555 0142).
""", words_pw())

add("yaml/bank-sftp-password", "treasurer-tools/config/bank.yaml",
    "Bank statement SFTP (file-transfer channel) credentials in a sync config",
    """
# Ráitis bhainc (bank statements) for reconciliation - AIB file transfer
bank:
  name: AIB
  sftp:
    host: sftp.files.aib.ie
    port: 22
    username: SBMCOOP01
    password: "@@secret@@"
    remote_dir: /outbound/statements
  iban: IE64AIBK93104712345678
  bic: AIBKIE2D
reconcile:
  xero_bank_account: "090"
  tolerance_eur: 0.01
""", rand_pw(16, "!$%"))

add("markdown/ros-certificate-password", "docs/cisteoir/revenue-ros.md",
    "Revenue Online Service (ROS) digital certificate and its password; treasurer's notes",
    """
# ROS - Revenue Online Service (don chisteoir)

- Uimhir CHY (charity number): CHY 21877
- Uimhir chláraithe cánach: 9812345T
- Teastas digiteach ROS: `ros-cert-sbm.p12` ar an USB sa tarraiceán glasáilte
- Pasfhocal an teastais: @@secret@@
- Athnuachan: gach dhá bhliain, Márta

## Rudaí bliantúla
- Form CT1 roimh 23 Meán Fómhair
- RCT for the machine contractors (turf cutting) gach mí
""", words_pw())

add("ini/sage-database-password", "treasurer-tools/sage50.ini",
    "ODBC/DSN credentials for the accounting package data export",
    """
[Sage50]
DSN=SageLine50v30
DataPath=\\\\OIFIG-NAS\\cuntais\\Sage\\COMPANY.000\\ACCDATA
UID=manager
PWD=@@secret@@

[Export]
Out=\\\\OIFIG-NAS\\cuntais\\exports
Nominals=4000,4010,4020,7100
""", rand_pw(10))

add("csv/nvr-password", "inventory/clubtheach-gleasanna.csv",
    "Device inventory spreadsheet exported to CSV with admin credentials",
    """
gléas,déantús,samhail,ip,úsáideoir,pasfhocal,suíomh
NVR,Hikvision,DS-7608NI-K2,192.168.10.30,admin,@@secret@@,oifig
Ceamara 1,Hikvision,DS-2CD2043G2,192.168.10.31,,,páirc thuaidh
Ceamara 2,Hikvision,DS-2CD2043G2,192.168.10.32,,,carrchlós
Printéir,Brother,MFC-L2750DW,192.168.10.40,,,oifig
Clár scóir,Raspberry Pi,4B,192.168.10.50,pi,(eochair SSH),seastán
""", rand_pw(12, "#"))

add("json/scoreboard-controller-password", "scoreboard/led-panel/controller.json",
    "LED sending-card controller network settings with login",
    """
{
  "controller": {
    "model": "Colorlight A100",
    "ip": "192.168.10.51",
    "user": "admin",
    "password": "@@secret@@"
  },
  "panel": {"width": 384, "height": 192, "brightness": 80},
  "layout": {
    "home": "BAILE AN MHUILINN",
    "away_default": "CUAIRTEOIRÍ",
    "clock": "countdown",
    "half_minutes": 30
  }
}
""", rand_pw(10))

add("python/shelly-relay-password", "clubhouse-net/floodlights.py",
    "Shelly Gen1 HTTP API with restricted login (Basic auth in URL)",
    """
\"\"\"Soilse tuile (floodlights): on at sunset for training, off at 22:15.\"\"\"
import requests

RELAYS = [
    "http://admin:@@secret@@@192.168.10.61/relay/0",
    "http://admin:@@secret@@@192.168.10.62/relay/0",
]


def set_lights(on: bool) -> None:
    for url in RELAYS:
        requests.get(url, params={"turn": "on" if on else "off"}, timeout=5)


if __name__ == "__main__":
    import sys
    set_lights(sys.argv[1:] == ["on"])
""", rand_pw(12))

add("markdown/alarm-installer-code", "docs/runbooks/aláram.md",
    "Intruder alarm panel engineer/installer code in a handover",
    """
# Aláram an chlubthí (Texecom Premier Elite 24)

- Cód úsáideora an choiste: leis an gcathaoirleach agus leis an rúnaí amháin.
- Cód innealtóra (engineer): @@secret@@ - ná tabhair é do chonraitheoir gan cead an choiste.
- Cuideachta monatóireachta: 1850 555 201, uimhir chuntais MON-22817.
- Má bhuaileann an t-aláram, seiceáil an doras cúil ar dtús (bíonn sé scaoilte).
""", str(_rng().randint(10000000, 99999999)))

add("yaml/stripe-restricted-key", "reports/config/stripe-report.yaml",
    "Stripe docs: restricted API keys (rk_live_) (https://docs.stripe.com/keys#limit-access)",
    """
# Tuarascáil mhíosúil don chisteoir (monthly payouts report), read-only key
stripe:
  restricted_key: @@secret@@
  account: acct_1Nv4Q2LmX8kP3rZt
report:
  type: balance.summary.1
  timezone: Europe/Dublin
  email_to: cisteoir@cnocnagaoithe-clg.ie
""", stripe_key("rk_live_"))

add("python/slack-bot-token", "committee-bot/bot.py",
    "Slack docs: bot tokens (xoxb-) (https://api.slack.com/authentication/token-types)",
    """
\"\"\"Bota an choiste: /cruinniu posts the next committee meeting agenda.\"\"\"
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token="@@secret@@")


@app.command("/cruinniu")
def next_meeting(ack, respond):
    ack()
    respond("Cruinniú an choiste: Dé Máirt 8 i.n. sa chlubtheach. Clár: airgeadas, páirc, crannchur.")


if __name__ == "__main__":
    SocketModeHandler(app, "xapp-PLACEHOLDER").start()
""", slack_bot())

add("env/twilio-auth-token", "match-reminders/.env",
    "Twilio docs: environment variables TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN",
    """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+353861234900
RAILS_ENV=production
QUIET_HOURS=22-7
""", hexs(32), sid=twilio_sid())

add("compose/sendgrid-api-key", "club-notes/docker-compose.prod.yml",
    "Docker Compose environment; SendGrid API keys",
    """
services:
  notes:
    image: ghcr.io/cnocnagaoithe-clg/club-notes:1.8.0
    restart: always
    environment:
      - MAIL_PROVIDER=sendgrid
      - SENDGRID_API_KEY=@@secret@@
      - NOTES_FROM=nuacht@cnocnagaoithe-clg.ie
      - TZ=Europe/Dublin
    volumes:
      - ./notes:/data/notes
""", sendgrid_key())

add("env/telegram-bot-token", "weather-alerts/.env",
    "Telegram Bot API token format; python-telegram-bot",
    """
# Foláirimh aimsire do bhaill (drying-day alerts to members' Telegram group)
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1002218877190
WEATHERLINK_STATION=184422
ALERT_HOUR=7
""", fakes.telegram_token(_seed()))

add("php/mailchimp-api-key", "wordpress/wp-content/plugins/bnc-signup/bnc-signup.php",
    "Mailchimp Marketing API: PHP client setConfig apiKey/server",
    """
<?php
/**
 * Plugin Name: BNC Newsletter Signup
 */
require_once __DIR__ . '/vendor/autoload.php';

function bnc_subscribe( $email, $first ) {
	$mc = new \\MailchimpMarketing\\ApiClient();
	$mc->setConfig( [
		'apiKey' => '@@secret@@',
		'server' => '@@dc@@',
	] );
	return $mc->lists->addListMember( '8a1f3c0e55', [
		'email_address' => $email,
		'status'        => 'pending',
		'merge_fields'  => [ 'FNAME' => $first ],
	] );
}
""", (mc2 := mailchimp_key()), dc=mc2.split("-")[1])

add("python/gocardless-webhook-secret", "lotto-app/lotto/payments/gc_webhooks.py",
    "GoCardless docs: webhook signature with the endpoint secret (https://developer.gocardless.com/getting-started/api/staying-up-to-date-with-webhooks)",
    """
import hashlib
import hmac
import json

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

WEBHOOK_SECRET = b"@@secret@@"


@csrf_exempt
def gocardless_webhook(request):
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("Webhook-Signature", "")):
        return HttpResponse(status=498)
    for event in json.loads(request.body)["events"]:
        if event["resource_type"] == "payments" and event["action"] == "failed":
            notify_treasurer(event["links"]["payment"])
    return HttpResponse(status=200)
""", _b64url(40))

add("env/redis-password", "lotto-app/.env.worker",
    "Redis URI scheme with password (rediss://:password@host) (https://www.iana.org/assignments/uri-schemes/prov/redis)",
    """
# Oibrí Celery an chrannchuir (lotto worker: reminders, draw emails)
CELERY_BROKER_URL=rediss://:@@secret@@@redis-lotto.cnocnagaoithe-clg.ie:6380/0?ssl_cert_reqs=required
CELERY_RESULT_BACKEND=django-db
DRAW_REMINDER_CRON=0 18 * * 0
WORKER_CONCURRENCY=2
""", fakes.redis_password(_seed()))

add("javascript/mongodb-password", "juvenile-bot/src/db.js",
    "MongoDB docs: connection string URI with credentials (https://www.mongodb.com/docs/manual/reference/connection-string/)",
    """
const { MongoClient } = require("mongodb");

// Freastal ar thraenáil (training attendance) per under-age panel
const uri = "mongodb+srv://juvbot:@@secret@@@cluster0.x7k2p.mongodb.net/attendance?retryWrites=true&w=majority";
const client = new MongoClient(uri);

async function markPresent(panel, playerId, date) {
  await client.connect();
  return client.db("attendance").collection(panel).updateOne(
    { playerId, date },
    { $set: { present: true } },
    { upsert: true },
  );
}

module.exports = { markPresent };
""", rand_pw(16))

add("python/smtp-password", "clubsite/clubsite/settings/mail.py",
    "Django docs: EMAIL_HOST_PASSWORD (https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password)",
    """
# Ríomhphost an tsuímh trí Microsoft 365
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "runai@milltownhurling.ie"
EMAIL_HOST_PASSWORD = "@@secret@@"
SERVER_EMAIL = "suiomh@milltownhurling.ie"
ADMINS = [("Rúnaí", "runai@milltownhurling.ie")]
""", words_pw())

add("conf/smtp-password", "weighbridge/etc/msmtprc",
    "msmtp docs: configuration file, password (https://marlam.de/msmtp/msmtp.html)",
    """
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

# Dockets an mheá-dhroichid chuig an oifig
account        oifig
host           smtp.blacknight.com
port           587
from           mea@sliabhbhreac-mona.coop
user           mea@sliabhbhreac-mona.coop
password       @@secret@@

account default : oifig
""", rand_pw(14, "!"))

add("xml/ftp-password", "docs/filezilla/sitemanager.xml",
    "FileZilla sitemanager.xml: Pass encoding=base64",
    """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.ballinacarrighurling.ie</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>bnc_deploy@ballinacarrighurling.ie</User>
			<Pass encoding="base64">@@secret@@</Pass>
			<Logontype>1</Logontype>
			<Name>Suíomh an chlub (Blacknight)</Name>
		</Server>
	</Servers>
</FileZilla3>
""", b64(rand_pw(14, "#$!")))

add("shell/camera-basic-auth", "match-video/snapshot.sh",
    "Hikvision ISAPI snapshot with HTTP Basic authorization header (RFC 7617)",
    """
#!/bin/sh
# Grianghraf ón gceamara gach 5 nóiméad (pitch snapshot for the website's 'páirc inniu' image)
OUT=/var/www/html/pairc/inniu.jpg
curl -s -H "Authorization: Basic @@secret@@" \\
  "http://192.168.10.31/ISAPI/Streaming/channels/101/picture" -o "$OUT.tmp" \\
  && mv "$OUT.tmp" "$OUT"
""", b64("admin:" + rand_pw(12)))

add("markdown/pypi-token", "clubtools/RELEASING.md",
    "Poetry docs: poetry config pypi-token.pypi (https://python-poetry.org/docs/repositories/#configuring-credentials)",
    """
# Eisiúint (releasing gaa-fixtures-ics)

1. Bump the version in `pyproject.toml` and add a line to `CHANGELOG.md`.
2. `poetry build`
3. One-time on the release laptop:

   ```
   poetry config pypi-token.pypi @@secret@@
   ```

4. `poetry publish`
5. Tag: `git tag v$(poetry version -s) && git push --tags`
""", fakes.pypi_token(_seed()))

add("makefile/github-token", "scoreboard/Makefile",
    "Docker docs: build-arg; GitHub personal access tokens for private Go modules",
    """
IMAGE := ghcr.io/cnocnagaoithe-clg/scoreboard
VERSION := $(shell git describe --tags --always)
GH_TOKEN := @@secret@@

build:
	docker build --build-arg GH_TOKEN=$(GH_TOKEN) -t $(IMAGE):$(VERSION) .

push: build
	echo $(GH_TOKEN) | docker login ghcr.io -u cnoc-bot --password-stdin
	docker push $(IMAGE):$(VERSION)

.PHONY: build push
""", fakes.github_token(_seed()))

add("php/aws-secret-key", "wordpress/wp-content/mu-plugins/bnc-backup-s3.php",
    "UpdraftPlus/WordPress S3 backup constants with AWS access keys",
    """
<?php
/**
 * Plugin Name: BNC S3 backup settings
 * Cúltaca an tsuímh go S3 (Dublin region).
 */
define( 'BNC_S3_BUCKET', 'bnc-site-backups' );
define( 'BNC_S3_REGION', 'eu-west-1' );
define( 'BNC_S3_KEY', '@@kid@@' );
define( 'BNC_S3_SECRET', '@@secret@@' );
define( 'BNC_S3_KEEP_DAYS', 30 );
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/azure-client-secret", "notes-mailbox/config/graph.yaml",
    "Microsoft identity platform: client secrets (Q~) for app-only Graph access",
    """
# Bosca poist nuacht@: read incoming club notes from correspondents via Microsoft Graph
graph:
  tenant_id: 6c1f2a0e-9b3d-4e77-8a15-2d0c9e4f7b31
  client_id: 0f7e2d1c-5a4b-4c3d-9e8f-7a6b5c4d3e2f
  client_secret: "@@secret@@"
  mailbox: nuacht@cnocnagaoithe-clg.ie
  folder: "Nótaí isteach"
poll_minutes: 15
""", azure_secret())

add("ansible/winrm-password", "ansible/inventory/hosts.yml",
    "Ansible docs: Windows remote management, ansible_password (https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html)",
    """
all:
  children:
    weighbridge:
      hosts:
        WEIGHPC:
          ansible_host: 192.168.1.20
          ansible_connection: winrm
          ansible_winrm_transport: ntlm
          ansible_user: oifig\\riarthoir
          ansible_password: "@@secret@@"
    bog:
      hosts:
        bog-gw-01:
          ansible_host: 10.99.0.2
          ansible_user: pi
""", words_pw())

add("gitlab-ci/ssh-password", ".gitlab-ci.yml",
    "GitLab CI/CD YAML; sshpass with a password on the command line",
    """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_bog_gw:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache openssh-client sshpass rsync
    - sshpass -p '@@secret@@' rsync -az -e "ssh -o StrictHostKeyChecking=no" ./ pi@bog-gw.sliabhbhreac-mona.coop:/opt/bogtrack/
    - sshpass -p '@@secret@@' ssh pi@bog-gw.sliabhbhreac-mona.coop 'sudo systemctl restart bogtrack'
""", rand_pw(12))

add("hocon/database-password", "booking-api/src/main/resources/application.conf",
    "Ktor docs: HOCON configuration (https://ktor.io/docs/server-configuration-file.html)",
    """
ktor {
    deployment {
        port = 8080
    }
    application {
        modules = [ coop.mona.api.ApplicationKt.module ]
    }
}

database {
    url = "jdbc:postgresql://db.sliabhbhreac-mona.coop:5432/bookings"
    user = "booking_api"
    password = "@@secret@@"
    poolSize = 5
}
""", rand_pw(20))

add("python/fcm-server-key", "lotto-app/lotto/notify/push.py",
    "Firebase Cloud Messaging legacy HTTP API: Authorization key=<server key> (AAAA...:APA91b...)",
    """
\"\"\"Fógra brú: torthaí an chrannchuir (lotto results push).\"\"\"
import requests

FCM_SERVER_KEY = "@@secret@@"


def push_results(numbers, jackpot_eur):
    body = {
        "to": "/topics/lotto",
        "notification": {
            "title": "Torthaí an Chrannchuir",
            "body": f"Uimhreacha: {' '.join(map(str, numbers))} - Pota óir €{jackpot_eur}",
        },
    }
    requests.post("https://fcm.googleapis.com/fcm/send", json=body,
                  headers={"Authorization": f"key={FCM_SERVER_KEY}"}, timeout=10)
""", "AAAA" + _b64url(7) + ":APA91b" + _b64url(134))

add("csharp/smtp-password", "CoopAccounts/Mail/SmtpSender.cs",
    "Microsoft docs: System.Net.NetworkCredential with SmtpClient",
    """
using System.Net;
using System.Net.Mail;

namespace CoopAccounts.Mail
{
    public static class SmtpSender
    {
        // Seol sonraisc na móna (turf invoices) from the office mailbox
        public static void Send(MailMessage message)
        {
            using var client = new SmtpClient("smtp.blacknight.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("cuntais@sliabhbhreac-mona.coop", "@@secret@@"),
            };
            client.Send(message);
        }
    }
}
""", words_pw())

add("go/database-password", "lora-gw/cmd/ingest/main.go",
    "pgx docs: PostgreSQL connection string (https://pkg.go.dev/github.com/jackc/pgx/v5)",
    """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://ingest:@@secret@@@db.sliabhbhreac-mona.coop:5432/portach?sslmode=require"

func main() {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatalf("ní féidir ceangal leis an mbunachar: %v", err)
	}
	defer pool.Close()
	runIngest(ctx, pool)
}
""", rand_pw(18))

add("rust/mqtt-password", "bog-sensor-fw/src/net.rs",
    "rumqttc docs: MqttOptions::set_credentials (https://docs.rs/rumqttc)",
    """
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

// Nasc MQTT ón ngeata (gateway MQTT link)
pub fn connect(id: &str) -> (AsyncClient, rumqttc::EventLoop) {
    let mut opts = MqttOptions::new(id, "mqtt.sliabhbhreac-mona.coop", 8883);
    opts.set_credentials("bog-gw", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    AsyncClient::new(opts, 64)
}

pub async fn publish(client: &AsyncClient, topic: &str, payload: Vec<u8>) {
    let _ = client.publish(topic, QoS::AtLeastOnce, false, payload).await;
}
""", rand_pw(22))

# ---------------------------------------------------------------- decoys: ids, public keys, references, hashes

add("json/decoy-price-ids", "clubsite/payments/catalogue.json",
    "Stripe docs: Price and Product ids are not secrets (https://docs.stripe.com/api/prices)",
    """
{
  "ballraíocht_2025": [
    {"name": "Adult", "price": "price_1QbT7xLmX8kP3rZtq4W2nB9c", "product": "prod_RUhT2k9WmXq3Ls", "eur": 120},
    {"name": "Family", "price": "price_1QbT8aLmX8kP3rZt7Hc1pV0e", "product": "prod_RUhU4n1ZpYr5Mt", "eur": 200},
    {"name": "Juvenile", "price": "price_1QbT9bLmX8kP3rZtK3s8dF2g", "product": "prod_RUhV6q3AcZt7Nu", "eur": 40},
    {"name": "OAP", "price": "price_1QbTAcLmX8kP3rZtM5u0hJ4k", "product": "prod_RUhW8s5CeBv9Pw", "eur": 50}
  ],
  "crannchur": {"price": "price_1QbTBdLmX8kP3rZtP7w2lN6m", "eur": 10},
  "account": "acct_1Nv4Q2LmX8kP3rZt"
}
""")

add("yaml/decoy-account-ids", "match-reminders/config/twilio.yml",
    "Twilio docs: Account SID and Messaging Service SID are identifiers",
    """
# Aitheantais amháin (identifiers only); the auth token is in the Rails credentials file
twilio:
  account_sid: @@sid@@
  messaging_service_sid: MG@@mg@@
  from: "+353861234900"
  status_callback: https://reminders.milltownhurling.ie/twilio/status
panels:
  u12: {manager: "+353871112233"}
  u14: {manager: "+353872223344"}
  minor: {manager: "+353873334455"}
""", sid=twilio_sid(), mg=hexs(32))

add("xml/decoy-manifest-placeholder", "lotto-android/app/src/main/AndroidManifest.xml",
    "Secrets Gradle Plugin for Android: ${MAPS_API_KEY} manifest placeholders",
    """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application
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

add("kotlin/decoy-buildconfig-reference", "lotto-android/app/build.gradle.kts",
    "Gradle docs: reading local.properties; Android BuildConfig fields",
    """
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val localProps = Properties().apply {
    rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}

android {
    namespace = "ie.cnocnagaoithe.lotto"
    compileSdk = 34
    defaultConfig {
        applicationId = "ie.cnocnagaoithe.lotto"
        minSdk = 26
        targetSdk = 34
        buildConfigField("String", "API_BASE", "\\"https://lotto.cnocnagaoithe-clg.ie/api/\\"")
        buildConfigField("String", "STRIPE_PK", "\\"${localProps.getProperty("stripe.publishableKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("ics/decoy-uuids", "clubsite/static/fixtures.ics",
    "RFC 5545 iCalendar: UID property",
    """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CLG Cnoc na Gaoithe//Fixtures//GA
X-WR-CALNAME:Cluichí an Chlub
BEGIN:VEVENT
UID:@@u1@@@cnocnagaoithe-clg.ie
DTSTART:20250406T140000Z
SUMMARY:Sraith Shinsearach: Cnoc na Gaoithe v Cill Rónáin
LOCATION:Páirc an Chnoic
END:VEVENT
BEGIN:VEVENT
UID:@@u2@@@cnocnagaoithe-clg.ie
DTSTART:20250413T110000Z
SUMMARY:Faoi-14: Cnoc na Gaoithe v Baile an Mhuilinn
LOCATION:Páirc Bhaile an Mhuilinn
END:VEVENT
END:VCALENDAR
""", u1=uuid_s(), u2=uuid_s())

add("markdown/decoy-commit-hashes", "scoreboard/CHANGELOG.md",
    "Keep a Changelog; git commit ids",
    """
# Athruithe (Changelog)

## 1.4.2 - 2025-03-01
- Ceartaigh an t-am breise ag leath ama (`@@c1@@`)
- Taispeáin ainmneacha na gcontae i nGaeilge (`@@c2@@`)

## 1.4.1 - 2025-02-10
- Gile an phainéil de réir an ama (`@@c3@@`)

## 1.4.0 - 2025-01-20
- Scór camógaíochta: 'cúl' agus 'cúilín' ag an mbarr
- Merge pull request #41 from cnocnagaoithe-clg/feature/tablet-pin (`@@c4@@`)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("compose/decoy-image-digests", "monitoring/docker-compose.yml",
    "Docker docs: pin images by digest (image@sha256:...)",
    """
services:
  influxdb:
    image: influxdb:2.7@sha256:@@d1@@
    volumes: [influx:/var/lib/influxdb2]
    ports: ["8086:8086"]
  telegraf:
    image: telegraf:1.31@sha256:@@d2@@
    volumes: ["./telegraf/telegraf.conf:/etc/telegraf/telegraf.conf:ro"]
    env_file: ./telegraf.env
  grafana:
    image: grafana/grafana-oss:11.1.0@sha256:@@d3@@
    ports: ["3000:3000"]
    env_file: ./grafana.env
volumes:
  influx:
""", d1=hexs(64), d2=hexs(64), d3=hexs(64))

add("json/decoy-integrity-hashes", "plotmap/package-lock.json",
    "npm docs: package-lock.json integrity (sha512 SRI)",
    """
{
  "name": "plotmap",
  "version": "0.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "plotmap", "version": "0.3.0", "dependencies": {"mapbox-gl": "^3.5.1"}},
    "node_modules/mapbox-gl": {
      "version": "3.5.1",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.1.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/earcut": {
      "version": "3.0.0",
      "resolved": "https://registry.npmjs.org/earcut/-/earcut-3.0.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=b64chars(86), i2=b64chars(86))

add("k8s-secret/decoy-placeholder", "k8s/bog/secret-template.yaml",
    "Kubernetes docs: Secret manifests; template with placeholders filled by CI",
    """
# Teimpléad - líonann an pípeline na luachanna (CI fills these from the vault)
apiVersion: v1
kind: Secret
metadata:
  name: bogtrack
  namespace: portach
type: Opaque
stringData:
  TTN_API_KEY: "<ttn-api-key>"
  INFLUX_TOKEN: "REPLACE_ME"
  MQTT_PASSWORD: "${MQTT_PASSWORD}"
""")

add("json/decoy-keyvault-reference", "WeighBridgeApp/appsettings.json",
    "Azure App Service Key Vault references; Azure AD tenant and client ids are identifiers",
    """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6c1f2a0e-9b3d-4e77-8a15-2d0c9e4f7b31",
    "ClientId": "0f7e2d1c-5a4b-4c3d-9e8f-7a6b5c4d3e2f"
  },
  "ConnectionStrings": {
    "WeighBridge": "@Microsoft.KeyVault(SecretUri=https://kv-sbm.vault.azure.net/secrets/WeighBridgeSql/)"
  },
  "Xero": {
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-sbm;SecretName=XeroClientSecret)"
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
""")

add("python/decoy-vault-reference", "treasurer-tools/bank_sync.py",
    "HashiCorp Vault hvac client: KV v2 read (https://hvac.readthedocs.io/)",
    """
\"\"\"Íoslódáil ráitis bhainc (bank statement pull) - credentials from Vault.\"\"\"
import os

import hvac
import paramiko

vault = hvac.Client(url="https://vault.sliabhbhreac-mona.coop", token=os.environ["VAULT_TOKEN"])
creds = vault.secrets.kv.v2.read_secret_version(path="bank/aib-sftp")["data"]["data"]

transport = paramiko.Transport(("sftp.files.aib.ie", 22))
transport.connect(username=creds["username"], password=creds["password"])
sftp = paramiko.SFTPClient.from_transport(transport)
for name in sftp.listdir("/outbound/statements"):
    sftp.get(f"/outbound/statements/{name}", f"statements/{name}")
""")

add("yaml/decoy-ssm-reference", "lotto-lambda/serverless.yml",
    "Serverless Framework docs: ${ssm:...} variables (https://www.serverless.com/framework/docs/providers/aws/guide/variables)",
    """
service: cnoc-lotto-draw
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    DATABASE_URL: ${ssm:/cnoc-lotto/prod/database-url}
    STRIPE_SECRET_KEY: ${ssm:/cnoc-lotto/prod/stripe-secret-key}
    DRAW_TOPIC_ARN: arn:aws:sns:eu-west-1:418822093317:lotto-draw
functions:
  draw:
    handler: draw.handler
    events:
      - schedule: cron(0 21 ? * SUN *)
""")

add("github-actions/decoy-oidc-role", ".github/workflows/backup-site.yml",
    "GitHub docs: OpenID Connect with AWS (aws-actions/configure-aws-credentials role-to-assume)",
    """
name: backup-site
on:
  schedule: [{cron: "30 2 * * *"}]
permissions:
  id-token: write
  contents: read
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418822093317:role/github-site-backup
          aws-region: eu-west-1
      - run: |
          curl -sf https://milltownhurling.ie/wp-json/bnc/v1/export -o export.json
          aws s3 cp export.json s3://bnc-site-backups/$(date +%F)/export.json
""")

add("terraform/decoy-random-password", "infra/aws/rds-password.tf",
    "Terraform random provider: random_password (https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password)",
    """
resource "random_password" "lotto_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "lotto_db" {
  name = "cnoc-lotto/prod/db-password"
}

resource "aws_secretsmanager_secret_version" "lotto_db" {
  secret_id     = aws_secretsmanager_secret.lotto_db.id
  secret_string = random_password.lotto_db.result
}

output "lotto_db_secret_arn" {
  value = aws_secretsmanager_secret.lotto_db.arn
}
""")

add("yaml/decoy-password-policy", "clubsite/config/security.yaml",
    "NIST SP 800-63B password guidance expressed as app config",
    """
# Polasaí pasfhocal do bhaill (member password policy)
password_policy:
  min_length: 12
  require_digit: false
  check_breached: true
  max_age_days: 0
  history: 5
lockout:
  attempts: 8
  minutes: 15
session:
  cookie_secure: true
  idle_minutes: 60
""")

add("python/decoy-regex", "treasurer-tools/validate.py",
    "IBAN structure (ISO 13616); Irish Eircode format",
    """
\"\"\"Bailíochtú (validation) of member bank details and addresses.\"\"\"
import re

IBAN_IE = re.compile(r"^IE\\d{2}[A-Z]{4}\\d{14}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y]\\d{2}|D6W ?[0-9AC-FHKNPRTV-Y]{4}$")
STRIPE_SECRET = re.compile(r"sk_live_[0-9a-zA-Z]{24,99}")  # used to refuse pasted keys in notes


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not IBAN_IE.match(s):
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1
""")

add("csv/decoy-draw-results", "exports/torthai-crannchuir-2025.csv",
    "Lotto draw log with commit-reveal seed hashes (sha256)",
    """
dáta,uimhreacha,pota_óir_eur,buaiteoirí,seed_sha256,ticéid
2025-01-05,3-11-19-27,6200,0,@@h1@@,388
2025-01-12,2-8-14-30,6300,0,@@h2@@,402
2025-01-19,5-9-21-32,6400,1,@@h3@@,415
2025-01-26,1-7-16-24,1000,0,@@h4@@,397
2025-02-02,4-12-20-28,1100,0,@@h5@@,391
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("markdown/decoy-ids", "docs/club-details.md",
    "Charity registration (CHY), Revenue tax reference and IBAN published for donations",
    """
# Sonraí an Chlub (club details for grant applications)

- Ainm: Cumann Lúthchleas Gael Cnoc na Gaoithe
- Seoladh: Páirc an Chnoic, Cnoc na Gaoithe, Co. Chiarraí, V92 X2K7
- Uimhir charthanais (CHY): 20114; RCN 20091877
- Uimhir chánach: 9812345T
- IBAN le haghaidh síntiús: IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D
- Uimhir Foireann an chlub: 0471
- Sport Ireland CSSP grant ref: CSSP-2024-KY-0318
""")

add("text/decoy-password-hash", "clubsite/deploy/htpasswd",
    "Apache docs: htpasswd bcrypt entries (https://httpd.apache.org/docs/2.4/programs/htpasswd.html)",
    """
# Basic auth for /staging (hashes only, bcrypt)
runai:$2y$10$@@h1@@
cisteoir:$2y$10$@@h2@@
bainisteoir:$2y$10$@@h3@@
fisean:$2y$10$@@h4@@
oifig:$2y$10$@@h5@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h5=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("php/decoy-site-key", "wordpress/wp-content/themes/bnc/inc/recaptcha.php",
    "Google reCAPTCHA docs: the site key is public, the secret key stays server-side",
    """
<?php
// reCAPTCHA ar fhoirm na ballraíochta (membership form)
const BNC_RECAPTCHA_SITE_KEY = '@@site@@';

function bnc_recaptcha_secret() {
	return getenv( 'BNC_RECAPTCHA_SECRET' ) ?: '';
}

function bnc_recaptcha_verify( $response ) {
	$r = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
		'body' => [ 'secret' => bnc_recaptcha_secret(), 'response' => $response ],
	] );
	$body = json_decode( wp_remote_retrieve_body( $r ), true );
	return ! empty( $body['success'] ) && $body['score'] >= 0.5;
}
""", site=recaptcha_site_key())

add("javascript/decoy-search-only-key", "clubsite/static/js/search.js",
    "Algolia docs: search-only API keys are safe in the frontend (https://www.algolia.com/doc/guides/security/api-keys/)",
    """
// Cuardach ar an suíomh (site search): search-only key, safe to ship
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

const searchClient = algoliasearch("Q7XK2M4ZPL", "@@k@@");

const search = instantsearch({ indexName: "nuacht_ga", searchClient });
search.addWidgets([
  searchBox({ container: "#cuardach", placeholder: "Cuardaigh nuacht an chlub..." }),
  hits({ container: "#torthai" }),
]);
search.start();
""", k=hexs(32))

add("html/decoy-public-ids", "wordpress/wp-content/themes/bnc/partials/head-tracking.html",
    "Meta Pixel, GA4 and Cloudflare Turnstile site keys are public identifiers",
    """
<!-- Rianú (tracking) - ids only, all public -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-9RK3T7XW2M"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-9RK3T7XW2M');
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '1048822133771904');
  fbq('track', 'PageView');
</script>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA@@ts@@"></div>
""", ts=_b64url(14))

add("html/decoy-publishable-key", "wordpress/wp-content/themes/bnc/partials/buy-button.html",
    "Stripe Buy Button embed with publishable key (https://docs.stripe.com/payment-links/buy-button)",
    """
<section class="ballraiocht">
  <h3>Ballraíocht 2025 / Membership 2025</h3>
  <script async src="https://js.stripe.com/v3/buy-button.js"></script>
  <stripe-buy-button
    buy-button-id="buy_btn_1QbU2eLmX8kP3rZtR9y4pQ8s"
    publishable-key="@@pk@@">
  </stripe-buy-button>
  <p>Ceisteanna? Scríobh chuig cisteoir@ballinacarrighurling.ie</p>
</section>
""", pk=stripe_key("pk_live_"))

add("ansible/decoy-vault-file", "ansible/group_vars/weighbridge/vault.yml.enc",
    "Ansible docs: whole-file encryption with ansible-vault",
    """
$ANSIBLE_VAULT;1.1;AES256
@@blob@@
""", blob=vault_blob() + "\n" + vault_blob())

add("env/decoy-placeholder", "bog-sensors/.env.example",
    "dotenv example with angle-bracket placeholders",
    """
# Cóipeáil go .env
TTN_APP_ID=sliabh-bhreac-bog-sensors
TTN_API_KEY=<NNSXS.your-key-here>
INFLUX_URL=https://influx.sliabhbhreac-mona.coop
INFLUX_TOKEN=<influx-token>
WEATHERLINK_API_KEY=
WEATHERLINK_API_SECRET=
""")

add("yaml/decoy-existing-secret", "helm/traccar/values.yaml",
    "Helm chart values: existingSecret pattern (Bitnami charts)",
    """
image:
  repository: traccar/traccar
  tag: "6.2"
service:
  type: ClusterIP
  port: 8082
mysql:
  enabled: true
  auth:
    username: traccar
    database: traccar
    existingSecret: traccar-mysql
    secretKeys:
      userPasswordKey: mysql-password
      rootPasswordKey: mysql-root-password
ingress:
  enabled: true
  hosts: [{host: traccar.sliabhbhreac-mona.coop, paths: ["/"]}]
""")

add("compose/decoy-secret-files", "traccar/docker-compose.yml",
    "Docker docs: Compose secrets from files (https://docs.docker.com/compose/how-tos/use-secrets/)",
    """
services:
  traccar:
    image: traccar/traccar:6.2
    ports: ["8082:8082", "5027:5027", "5055:5055"]
    volumes:
      - ./conf/traccar.xml:/opt/traccar/conf/traccar.xml:ro
    depends_on: [mysql]
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: traccar
      MYSQL_USER: traccar
      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password
    secrets: [mysql_password, mysql_root_password]
secrets:
  mysql_password:
    file: ./secrets/mysql_password.txt
  mysql_root_password:
    file: ./secrets/mysql_root_password.txt
""")

add("k8s/decoy-configmap", "k8s/bog/configmap.yaml",
    "Kubernetes docs: ConfigMap for non-secret settings",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: bogtrack
  namespace: portach
data:
  MQTT_HOST: mqtt.sliabhbhreac-mona.coop
  MQTT_PORT: "8883"
  MQTT_TOPICS: "bog/machines/+/pos,bog/sensors/+/moisture"
  TTN_APP_ID: sliabh-bhreac-bog-sensors
  INFLUX_ORG: comharchumann
  INFLUX_BUCKET: portach
  WATERTABLE_ALERT_CM: "25"
""")

add("python/decoy-form-fields", "clubsite/members/forms.py",
    "Django docs: forms.PasswordInput widget",
    """
from django import forms
from django.contrib.auth.password_validation import validate_password


class JoinForm(forms.Form):
    ainm = forms.CharField(label="Ainm", max_length=80)
    sloinne = forms.CharField(label="Sloinne", max_length=80)
    email = forms.EmailField(label="Ríomhphost")
    password = forms.CharField(label="Pasfhocal", widget=forms.PasswordInput, validators=[validate_password])
    password_confirm = forms.CharField(label="Pasfhocal arís", widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") != data.get("password_confirm"):
            raise forms.ValidationError("Ní hionann na pasfhocail.")
        return data
""")

add("sql/decoy-schema", "db/schema/members.sql",
    "PostgreSQL DDL with password hash and token hash columns",
    """
CREATE TABLE members (
    id            BIGSERIAL PRIMARY KEY,
    foireann_id   TEXT UNIQUE,
    ainm          TEXT NOT NULL,
    sloinne       TEXT NOT NULL,
    email         CITEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    api_token_sha256 CHAR(64),
    stripe_customer_id TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX members_sloinne_idx ON members (sloinne);
COMMENT ON COLUMN members.password_hash IS 'argon2id; never the password';
""")

add("terraform/decoy-sensitive-output", "infra/do/outputs.tf",
    "Terraform docs: sensitive outputs",
    """
output "traccar_ip" {
  value = digitalocean_droplet.traccar.ipv4_address
}

output "traccar_db_password" {
  value     = random_password.traccar_db.result
  sensitive = true
}

output "traccar_url" {
  value = "https://traccar.sliabhbhreac-mona.coop"
}
""")

add("log/decoy-masked-token", "logs/bank-sync-2025-02-28.log",
    "Application log with masked credentials",
    """
2025-02-28T06:00:01Z INFO  bank-sync starting (profile=aib-sftp)
2025-02-28T06:00:01Z DEBUG vault: read bank/aib-sftp (token=hvs.****...****, ttl=3600s)
2025-02-28T06:00:02Z DEBUG sftp: connect SBMCOOP01@sftp.files.aib.ie:22 password=********
2025-02-28T06:00:03Z INFO  sftp: 3 files in /outbound/statements
2025-02-28T06:00:05Z INFO  xero: Authorization: Bearer eyJ***redacted***
2025-02-28T06:00:07Z INFO  reconciled 41 lines, 0 unmatched
2025-02-28T06:00:07Z INFO  bank-sync done in 6.1s
""")

add("shell/decoy-password-manager", "scripts/deploy-lotto.sh",
    "1Password CLI docs: op read secret references (https://developer.1password.com/docs/cli/secret-references/)",
    """
#!/usr/bin/env bash
# Imscaradh an chrannchuir: secrets read from 1Password at deploy time, never stored
set -euo pipefail
export STRIPE_SECRET_KEY="$(op read 'op://Lotto/Stripe live/credential')"
export GOCARDLESS_ACCESS_TOKEN="$(op read 'op://Lotto/GoCardless/credential')"
export POSTGRES_PASSWORD="$(pass show cnoc/lotto/postgres)"
docker compose -f docker-compose.yml up -d --build
docker compose exec api python manage.py migrate --noinput
""")

add("powershell/decoy-get-credential", "weighbridge/Install-WeighService.ps1",
    "Microsoft docs: Get-Credential prompts for the account",
    """
# Suiteáil seirbhís an mheá-dhroichid (install the weighbridge service)
param([string]$ServiceName = "WeighReader")
$cred = Get-Credential -Message "Cuntas na seirbhíse (service account)" -UserName "oifig\\svc-weigh"
New-Service -Name $ServiceName -BinaryPathName "C:\\WeighReader\\weigh-reader.exe" `
    -Credential $cred -StartupType Automatic -Description "Léitheoir an mheá-dhroichid"
Start-Service $ServiceName
Write-Host "Suiteáilte."
""")

add("java/decoy-property-reference", "plot-booking/src/main/java/coop/mona/booking/MailConfig.java",
    "Spring docs: @Value property placeholders",
    """
package coop.mona.booking;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {
    @Bean
    JavaMailSenderImpl mailSender(@Value("${spring.mail.host}") String host,
                                  @Value("${spring.mail.username}") String user,
                                  @Value("${spring.mail.password}") String password) {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost(host);
        s.setPort(587);
        s.setUsername(user);
        s.setPassword(password);
        return s;
    }
}
""")

add("go/decoy-env-reference", "lora-gw/cmd/gw/config.go",
    "Go os.Getenv for configuration",
    """
package main

import (
	"log"
	"os"
)

type Config struct {
	MQTTUser     string
	MQTTPassword string
	TTNKey       string
}

func loadConfig() Config {
	c := Config{
		MQTTUser:     os.Getenv("MQTT_USER"),
		MQTTPassword: os.Getenv("MQTT_PASSWORD"),
		TTNKey:       os.Getenv("TTN_API_KEY"),
	}
	if c.TTNKey == "" {
		log.Fatal("TTN_API_KEY ar iarraidh (missing)")
	}
	return c
}
""")

add("rust/decoy-env-reference", "weigh-reader/src/config.rs",
    "Rust std::env::var for configuration",
    """
use std::env;

pub struct Config {
    pub influx_url: String,
    pub influx_token: String,
    pub serial_port: String,
}

impl Config {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            influx_url: env::var("INFLUX_URL")?,
            influx_token: env::var("INFLUX_TOKEN")?,
            serial_port: env::var("WEIGH_PORT").unwrap_or_else(|_| "/dev/ttyUSB0".into()),
        })
    }
}
""")

add("swift/decoy-keychain", "ClubApp/ClubApp/Auth/TokenStore.swift",
    "Apple docs: Keychain Services SecItemCopyMatching",
    """
import Foundation
import Security

// Stóráil an chomhartha seisiúin sa Keychain (never in UserDefaults)
enum TokenStore {
    static let service = "ie.milltownhurling.app.session"

    static func load() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("xml/decoy-user-secrets-id", "CoopAccounts/CoopAccounts.csproj",
    "Microsoft docs: Secret Manager UserSecretsId (an id, not a secret)",
    """
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>CoopAccounts</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Xero.NetStandard.OAuth2" Version="6.1.0" />
    <PackageReference Include="Postmark" Version="5.2.0" />
    <PackageReference Include="Microsoft.Extensions.Configuration.UserSecrets" Version="8.0.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("notebook/decoy-getpass", "analysis/turf_sales_2024.ipynb",
    "Python getpass for interactive credentials in notebooks",
    """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Díolacháin móna 2024 (turf sales by month)"]},
  {
   "cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "pw = getpass('Pasfhocal an bhunachair: ')\\n",
    "engine = sa.create_engine(sa.URL.create('postgresql+psycopg', username='report', password=pw, host='db.sliabhbhreac-mona.coop', database='weigh'))"
   ]
  },
  {
   "cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('SELECT date_trunc(\\\\'month\\\\', weighed_at) m, sum(net_kg) FROM tickets GROUP BY 1', engine)\\n", "df"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""")

add("csv/decoy-fixtures", "exports/cluichi-2025.csv",
    "Fixture list export with Foireann fixture ids",
    """
fixture_id,dáta,am,comórtas,baile,cuairteoirí,ionad,réiteoir
FX-2025-KY-004471,2025-04-06,15:00,Sraith Shinsearach,Cnoc na Gaoithe,Cill Rónáin,Páirc an Chnoic,P. Ó Sé
FX-2025-KY-004502,2025-04-13,12:00,Faoi-14 A,Cnoc na Gaoithe,Baile an Mhuilinn,Páirc Bhaile an Mhuilinn,M. Ní Bhriain
FX-2025-KY-004533,2025-04-20,15:00,Sraith Shinsearach,An Leacht,Cnoc na Gaoithe,Páirc an Leachta,S. de Barra
FX-2025-KY-004601,2025-05-04,11:00,Camógaíocht Faoi-12,Cnoc na Gaoithe,Baile na Carraige,Páirc an Chnoic,A. Ní Dhálaigh
""")

add("markdown/decoy-placeholder", "docs/runbooks/rotate-keys.md",
    "Key rotation runbook with placeholders",
    """
# Rothlú eochracha (rotating keys)

1. Stripe: Dashboard > Developers > API keys > Roll key. Paste the new key into 1Password
   item "Lotto - Stripe live" (format `sk_live_<new key>`), never into chat or Git.
2. GoCardless: create a new access token, `live_<token>`; revoke the old one after the deploy.
3. Update the server: `./scripts/deploy-lotto.sh` reads both from 1Password.
4. TTN: `ttn-lw-cli applications api-keys create --application-id sliabh-bhreac-bog-sensors`
   and store the `NNSXS.XXXX...` value in Vault at `bog/ttn`.
5. Log the rotation in `docs/security-log.md` (date and who, not the key).
""")

# ---------------------------------------------------------------- more carriers

add("python/clubforce-api-key", "lotto-app/lotto/integrations/clubforce.py",
    "Club membership/lotto platform REST API key sent as a header; split across string literals",
    """
\"\"\"Sioncronú leis an seanchóras crannchuir (import legacy lotto players from Clubforce).\"\"\"
import requests

BASE = "https://api.clubforce.com/v2"
# scoilt ar dhá líne mar gheall ar fad na líne (split for line length)
API_KEY = ("@@a@@"
           "@@b@@")


def players(page: int = 1):
    r = requests.get(f"{BASE}/lotto/players", params={"page": page},
                     headers={"X-Api-Key": API_KEY, "Accept": "application/json"}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
""", (cf := "cfk_live_" + mixed(40)), a=cf[:24], b=cf[24:])

add("yaml/eventbrite-private-token", "events/scor-night/eventbrite.yaml",
    "Eventbrite API docs: private token (https://www.eventbrite.com/platform/api#/introduction/authentication)",
    """
# Oíche Scór agus dinnéar an chlub - ticéid
eventbrite:
  organization_id: "2188771904"
  private_token: @@secret@@
  events:
    - id: "1048822133"
      name: "Scór na nÓg 2025"
    - id: "1048822190"
      name: "Dinnéar Bliantúil an Chlub"
export:
  to: cisteoir@milltownhurling.ie
  every: daily
""", fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("json/zoom-client-secret", "committee-bot/zoom.json",
    "Zoom docs: Server-to-Server OAuth app credentials (https://developers.zoom.us/docs/internal-apps/s2s-oauth/)",
    """
{
  "account_id": "x7K2pQ9mT4rLw3vZ8nB1cD",
  "client_id": "Rk4m2QpT9xLw7vZ3nB8c",
  "client_secret": "@@secret@@",
  "meeting_defaults": {
    "topic": "Cruinniú an Choiste",
    "duration": 90,
    "timezone": "Europe/Dublin",
    "settings": {"waiting_room": true, "join_before_host": false}
  }
}
""", mixed(32))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf",
    "Terraform Cloudflare provider: api_token (https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs)",
    """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "lotto" {
  zone_id = "a41f0c9d2e7b58163c4a9f0e2d1b7c85"
  name    = "lotto"
  content = "178.62.44.19"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "mg" {
  zone_id = "a41f0c9d2e7b58163c4a9f0e2d1b7c85"
  name    = "mg"
  content = "mxa.eu.mailgun.org"
  type    = "MX"
  priority = 10
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("shell/uptimerobot-api-key", "scripts/uptime-check.sh",
    "UptimeRobot API v2: api_key form parameter (https://uptimerobot.com/api/)",
    """
#!/bin/sh
# An bhfuil suíomh an chrannchuir beo? (is the lotto site up?) - run from cron on the Pi
curl -s -X POST https://api.uptimerobot.com/v2/getMonitors \\
  -d "api_key=@@secret@@" \\
  -d "format=json" -d "monitors=798441022" \\
  | jq -r '.monitors[] | "\\(.friendly_name): \\(.status)"'
""", "u" + str(_rng().randint(1000000, 9999999)) + "-" + hexs(24))

add("go/whatsapp-access-token", "juvenile-bot/whatsapp/send.go",
    "WhatsApp Cloud API: Bearer access token (https://developers.facebook.com/docs/whatsapp/cloud-api/get-started)",
    """
package whatsapp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const (
	phoneNumberID = "104882213377219"
	accessToken   = "@@secret@@"
)

// SendTemplate: "traenail_curtha_ar_ceal" (training cancelled) to a parent
func SendTemplate(to, template string) error {
	body, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp",
		"to":                to,
		"type":              "template",
		"template":          map[string]any{"name": template, "language": map[string]string{"code": "ga"}},
	})
	req, _ := http.NewRequest("POST", "https://graph.facebook.com/v19.0/"+phoneNumberID+"/messages", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+accessToken)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}
""", fakes.fake("EAAJ", 190, _seed()))

add("python/home-assistant-token", "clubhouse-net/heating_schedule.py",
    "Home Assistant REST API: long-lived access token as Bearer (https://developers.home-assistant.io/docs/api/rest/)",
    """
\"\"\"Téamh an tseomra feistis (dressing-room heating) from the fixtures calendar.\"\"\"
import requests

HA = "http://homeassistant.local:8123"
TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def heat(on: bool) -> None:
    service = "turn_on" if on else "turn_off"
    requests.post(f"{HA}/api/services/climate/{service}", headers=HEADERS,
                  json={"entity_id": "climate.seomra_feistis"}, timeout=10).raise_for_status()
""", jwt_like('{"iss":"' + hexs(32) + '","iat":1735689600,"exp":2051049600}'))

add("shell/grafana-service-token", "monitoring/provision-dashboards.sh",
    "Grafana docs: service account tokens (glsa_) as Bearer (https://grafana.com/docs/grafana/latest/administration/service-accounts/)",
    """
#!/usr/bin/env bash
# Uaslódáil na painéil (dashboards) chuig Grafana
set -e
GRAFANA=https://grafana.sliabhbhreac-mona.coop
for f in dashboards/*.json; do
  curl -sf -X POST "$GRAFANA/api/dashboards/db" \\
    -H "Authorization: Bearer @@secret@@" \\
    -H "Content-Type: application/json" \\
    -d "{\\"dashboard\\": $(cat "$f"), \\"overwrite\\": true, \\"folderUid\\": \\"portach\\"}"
  echo " <- $f"
done
""", grafana_token())

add("typescript/discord-bot-token", "juvenile-bot/src/index.ts",
    "Discord developer docs: bot token authentication (https://discord.com/developers/docs/reference#authentication)",
    """
import { Client, GatewayIntentBits } from "discord.js";

// Bota na bhfoirne faoi-aois: !traenail, !cluiche
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on("messageCreate", (msg) => {
  if (msg.content === "!traenail") msg.reply("Traenáil: Dé Máirt agus Déardaoin 6:30 i.n.");
  if (msg.content === "!cluiche") msg.reply("An chéad chluiche eile: Dé Sathairn 11 r.n. sa bhaile.");
});

client.login("@@secret@@");
""", b64(str(_rng().randint(10**17, 10**18))).rstrip("=") + "." + _b64url(6) + "." + _b64url(38))

add("kotlin/stripe-secret-key", "lotto-android/app/src/main/java/ie/cnocnagaoithe/lotto/pay/Checkout.kt",
    "Stripe docs: secret keys must stay server-side (https://docs.stripe.com/keys#safe-keys)",
    """
package ie.cnocnagaoithe.lotto.pay

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

// TODO: bog go dtí an freastalaí (move to the server!) - temporary for the pilot
private const val STRIPE_KEY = "@@secret@@"

object Checkout {
    private val http = OkHttpClient()

    fun createIntent(amountCents: Int, memberId: String): String {
        val body = FormBody.Builder()
            .add("amount", amountCents.toString())
            .add("currency", "eur")
            .add("metadata[member]", memberId)
            .build()
        val req = Request.Builder().url("https://api.stripe.com/v1/payment_intents")
            .header("Authorization", "Bearer $STRIPE_KEY").post(body).build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", stripe_key())

add("properties/smtp-password", "plot-booking/src/main/resources/application-mail.properties",
    "Spring Boot docs: spring.mail.password",
    """
# Ríomhphost deimhnithe áirithinte (booking confirmation mail)
spring.mail.host=smtp.blacknight.com
spring.mail.port=587
spring.mail.username=airithinti@sliabhbhreac-mona.coop
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
""", words_pw())

add("k8s-secret/gocardless-token", "k8s/lotto/secret-gocardless.yaml",
    "Kubernetes docs: Secret data is base64; GoCardless live access tokens",
    """
apiVersion: v1
kind: Secret
metadata:
  name: lotto-gocardless
  namespace: lotto
type: Opaque
data:
  GOCARDLESS_ENVIRONMENT: @@env@@
  GOCARDLESS_ACCESS_TOKEN: @@enc@@
""", (gc := gocardless_token()), enc=b64(gc), env=b64("live"))

add("dockerfile/database-password", "weighbridge/report/Dockerfile",
    "PostgreSQL docs: PGPASSWORD environment variable (https://www.postgresql.org/docs/current/libpq-envars.html)",
    """
FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
WORKDIR /report
COPY report.py requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
ENV PGHOST=db.sliabhbhreac-mona.coop \\
    PGUSER=report \\
    PGPASSWORD=@@secret@@ \\
    PGDATABASE=weigh
CMD ["python", "report.py", "--month", "last"]
""", rand_pw(18))

add("compose/grafana-admin-password", "monitoring/docker-compose.override.yml",
    "Grafana docs: GF_SECURITY_ADMIN_PASSWORD (https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/)",
    """
services:
  grafana:
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_SERVER_ROOT_URL: https://grafana.sliabhbhreac-mona.coop
      GF_USERS_DEFAULT_LANGUAGE: en-US
  influxdb:
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_ORG: comharchumann
      DOCKER_INFLUXDB_INIT_BUCKET: portach
""", words_pw())

add("yaml/database-password", "booking-rails/config/database.yml",
    "Rails guides: configuring a database, database.yml (https://guides.rubyonrails.org/configuring.html#configuring-a-database)",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: booking_development

test:
  <<: *default
  database: booking_test

production:
  <<: *default
  host: db.sliabhbhreac-mona.coop
  database: booking_production
  username: booking
  password: @@secret@@
""", rand_pw(24))

add("sql/mysql-password", "traccar/sql/init-users.sql",
    "MySQL docs: CREATE USER ... IDENTIFIED BY (https://dev.mysql.com/doc/refman/8.0/en/create-user.html)",
    """
-- Úsáideoirí Traccar (run once on the new droplet)
CREATE DATABASE IF NOT EXISTS traccar CHARACTER SET utf8mb4;
CREATE USER 'traccar'@'%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON traccar.* TO 'traccar'@'%';
-- grafana_ro is created by Terraform (password in Secrets Manager); only the grant is here
GRANT SELECT ON traccar.tc_positions TO 'grafana_ro'@'10.20.0.%';
FLUSH PRIVILEGES;
""", words_pw())

add("log/database-password", "logs/bogtrack-error.log",
    "Python traceback logging a SQLAlchemy URL with password (psycopg OperationalError)",
    """
2025-05-18 04:12:09,114 ERROR bogtrack.ingest: could not store reading for 70B3D57ED005A1C2
Traceback (most recent call last):
  File "/opt/bogtrack/bogtrack/ingest.py", line 48, in store
    engine = create_engine(settings.DB_URL)
  File "/opt/bogtrack/.venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 601, in create_engine
    dbapi = dbapi_meth(**dbapi_args)
sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: could not translate host name
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2025-05-18 04:12:09,115 ERROR bogtrack.ingest: DB_URL=postgresql+psycopg://ingest:@@secret@@@db.sliabhbhreac-mona.coop:5432/portach
2025-05-18 04:12:39,201 INFO  bogtrack.ingest: retrying in 30s
""", rand_pw(18))

add("notebook/database-password", "analysis/watertable_vs_rain.ipynb",
    "SQLAlchemy create_engine URL with password in a notebook",
    """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Leibhéal an uisce vs báisteach (water table vs rain), 2024"]},
  {
   "cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://report:@@secret@@@db.sliabhbhreac-mona.coop/portach')\\n",
    "wt = pd.read_sql('select * from watertable_daily', eng)\\n",
    "rain = pd.read_sql('select * from rain_daily', eng)"
   ]
  },
  {
   "cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["wt.merge(rain, on='day').plot(x='rain_mm', y='depth_cm', kind='scatter')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", passphrase())

add("powershell/smtp-password", "weighbridge/Send-DailyDockets.ps1",
    "Microsoft docs: ConvertTo-SecureString -AsPlainText with Send-MailMessage",
    """
# Seol dockets an lae chuig an oifig (email the day's weighbridge dockets)
$pw   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("mea@sliabhbhreac-mona.coop", $pw)
$file = "C:\\WeighBridge\\Dockets\\$(Get-Date -Format yyyy-MM-dd).pdf"
if (Test-Path $file) {
    Send-MailMessage -From "mea@sliabhbhreac-mona.coop" -To "oifig@sliabhbhreac-mona.coop" `
        -Subject "Dockets an lae $(Get-Date -Format dd/MM/yyyy)" -Attachments $file `
        -SmtpServer "smtp.blacknight.com" -Port 587 -UseSsl -Credential $cred
}
""", rand_pw(14, "!"))

add("swift/onesignal-rest-api-key", "ClubAdmin/ClubAdmin/Push/PushSender.swift",
    "OneSignal docs: REST API key (os_v2_app_) Authorization header (https://documentation.onesignal.com/docs/keys-and-ids)",
    """
import Foundation

// Aip riaracháin an chlub: seol fógra chuig gach ball (push to all members)
struct PushSender {
    static let appId = "@@appid@@"
    static let restKey = "@@secret@@"

    static func send(_ text: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.onesignal.com/notifications")!)
        req.httpMethod = "POST"
        req.setValue("Key \\(restKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = ["app_id": appId, "included_segments": ["Total Subscriptions"],
                                   "contents": ["ga": text, "en": text]]
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        _ = try await URLSession.shared.data(for: req)
    }
}
""", "os_v2_app_" + fakes.drawn(_seed(), 113, "abcdefghijklmnopqrstuvwxyz234567"), appid=uuid_s())

add("ini/mysql-password", "traccar/backup/.my.cnf",
    "MySQL docs: option files, [client] password (https://dev.mysql.com/doc/refman/8.0/en/option-files.html)",
    """
# Cúltaca Traccar (used by mysqldump from cron)
[client]
user=traccar_backup
password=@@secret@@
host=127.0.0.1

[mysqldump]
single-transaction
quick
""", rand_pw(20))

add("properties/keystore-password", "lotto-android/keystore.properties",
    "Android docs: signing config from keystore.properties (https://developer.android.com/studio/publish/app-signing#secure-shared-keystore)",
    """
# Eochair shínithe na haipe (app signing key) - Play Store upload key
storeFile=../keys/cnoc-lotto-upload.jks
storePassword=@@secret@@
keyAlias=cnoc-lotto
keyPassword=@@secret@@
""", words_pw())

add("markdown/traccar-api-password", "docs/runbooks/traccar-api.md",
    "Traccar API docs: HTTP Basic authentication with user and password (https://www.traccar.org/api-reference/)",
    """
# Traccar API - nótaí (export machine hours for billing)

Ní mór cuntas le rochtain léite (read access). Úsáid an cuntas `billing`:

```bash
curl -u billing@sliabhbhreac-mona.coop:@@secret@@ \\
  "https://traccar.sliabhbhreac-mona.coop/api/reports/summary?deviceId=3&from=2025-06-01T00:00:00Z&to=2025-06-30T23:59:59Z" \\
  -H "Accept: application/json"
```

`engineHours` (ms) / 3 600 000 = uaireanta an mheaisín. Táille: €95 san uair.
""", rand_pw(14))

add("github-actions/docker-hub-token", ".github/workflows/build-scoreboard.yml",
    "Docker docs: personal access tokens (dckr_pat_) with docker/login-action",
    """
name: build-scoreboard
on:
  push:
    branches: [main]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-qemu-action@v3
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: cnocclg
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          platforms: linux/arm64,linux/arm/v7
          push: true
          tags: cnocclg/scoreboard:latest
""", "dckr_pat_" + _b64url(27))

add("ansible/become-password", "ansible/group_vars/bog/main.yml",
    "Ansible docs: ansible_become_password connection variable",
    """
---
# Geataí an phortaigh (bog gateways): Raspberry Pi + RAK concentrator
ansible_user: pi
ansible_become: true
ansible_become_password: "@@secret@@"
lora_region: EU868
mqtt_host: mqtt.sliabhbhreac-mona.coop
telegraf_version: "1.31.1"
timezone: Europe/Dublin
""", rand_pw(12))

add("shell/redis-password", "lotto-app/ops/flush-draw-cache.sh",
    "redis-cli -a <password> on the command line (https://redis.io/docs/latest/develop/tools/cli/)",
    """
#!/bin/sh
# Glan taisce an chrannchuir tar éis an tarraingthe (clear the draw cache after the draw)
redis-cli -h redis-lotto.cnocnagaoithe-clg.ie -p 6380 --tls -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'draw:*' | xargs -r redis-cli -h redis-lotto.cnocnagaoithe-clg.ie -p 6380 --tls \\
  -a '@@secret@@' --no-auth-warning del
echo "Glanta."
""", fakes.redis_password(_seed()))

add("csv/vendor-api-key", "exports/cisteoir-seirbhisi.csv",
    "Treasurer's spreadsheet of services exported to CSV",
    """
seirbhís,úsáid,cuntas,eochair_api,athnuachan,costas_mí
Mailgun,ríomhphost an tsuímh,eolas@ballinacarrighurling.ie,@@secret@@,2025-09,0
Blacknight,óstáil,bnc_deploy,,2025-11,9.99
Stripe,ballraíocht,cisteoir@ballinacarrighurling.ie,(1Password),-,0
Zoom,cruinnithe,runai@ballinacarrighurling.ie,,2025-06,13.99
Canva,póstaeir,runai@ballinacarrighurling.ie,,2025-08,0
""", mailgun_key())

# ---------------------------------------------------------------- last decoys

add("kotlin/decoy-publishable-key", "lotto-android/app/src/main/java/ie/cnocnagaoithe/lotto/pay/StripeInit.kt",
    "Stripe Android SDK: PaymentConfiguration with the publishable key",
    """
package ie.cnocnagaoithe.lotto.pay

import android.content.Context
import com.stripe.android.PaymentConfiguration

object StripeInit {
    // Eochair fhoilsithe (publishable key) - designed to be in the app
    private const val PUBLISHABLE_KEY = "@@pk@@"

    fun init(context: Context) {
        PaymentConfiguration.init(context, PUBLISHABLE_KEY)
    }
}
""", pk=stripe_key("pk_live_"))

add("toml/decoy-env-reference", "clubsite-static/netlify.toml",
    "Netlify docs: netlify.toml build environment; secrets set in the UI",
    """
[build]
  command = "hugo --gc --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.128.0"
  HUGO_ENV = "production"
  # MAILCHIMP_API_KEY is set in Netlify UI > Site settings > Environment variables

[[redirects]]
  from = "/crannchur"
  to = "https://lotto.cnocnagaoithe-clg.ie"
  status = 301
""")

add("python/decoy-test-vector", "lotto-app/tests/test_gc_webhooks.py",
    "pytest test computing HMAC with a fixed test-only key",
    """
import hashlib
import hmac

from lotto.payments import gc_webhooks

TEST_SECRET = b"test-only-webhook-secret"


def test_rejects_bad_signature(rf, settings, monkeypatch):
    monkeypatch.setattr(gc_webhooks, "WEBHOOK_SECRET", TEST_SECRET)
    req = rf.post("/gc/webhook", data=b"{}", content_type="application/json",
                  HTTP_WEBHOOK_SIGNATURE="0" * 64)
    assert gc_webhooks.gocardless_webhook(req).status_code == 498


def test_accepts_good_signature(rf, monkeypatch):
    monkeypatch.setattr(gc_webhooks, "WEBHOOK_SECRET", TEST_SECRET)
    body = b'{"events": []}'
    sig = hmac.new(TEST_SECRET, body, hashlib.sha256).hexdigest()
    req = rf.post("/gc/webhook", data=body, content_type="application/json", HTTP_WEBHOOK_SIGNATURE=sig)
    assert gc_webhooks.gocardless_webhook(req).status_code == 200
""")

add("log/decoy-event-ids", "logs/stripe-webhooks-2025-03-09.log",
    "Stripe event, payment intent and checkout session ids in a webhook log",
    """
2025-03-09T21:00:04Z INFO webhook evt_3QbV1fLmX8kP3rZt0a9Kx2Lm checkout.session.completed cs_live_a1Q2w3E4r5T6y7U8i9O0pLmX8kP3rZt
2025-03-09T21:00:04Z INFO member M-0412 membership=adult paid=120.00 pi=pi_3QbV1fLmX8kP3rZt1b8Jw3Kn
2025-03-09T21:02:11Z INFO webhook evt_3QbV3hLmX8kP3rZt2c7Iv4Jo payment_intent.succeeded pi_3QbV3hLmX8kP3rZt3d6Hu5Ip
2025-03-09T21:02:11Z INFO lotto ticket T-2025-10-0388 numbers=3-11-19-27
2025-03-09T21:05:40Z WARN webhook evt_3QbV6kLmX8kP3rZt4e5Gt6Hq charge.refunded ch_3QbV6kLmX8kP3rZt5f4Fs7Gr
2025-03-09T21:05:40Z INFO refund re_3QbV6kLmX8kP3rZt6g3Er8Fs amount=10.00
""")

add("sql/decoy-uuids", "db/seeds/003_tickets.sql",
    "Seed data with UUID primary keys",
    """
-- Ticéid shamplacha don timpeallacht forbartha (sample tickets, dev only)
INSERT INTO tickets (id, member_id, draw_date, numbers) VALUES
  ('@@u1@@', 1, '2025-03-09', '{3,11,19,27}'),
  ('@@u2@@', 2, '2025-03-09', '{1,2,3,4}'),
  ('@@u3@@', 3, '2025-03-09', '{5,9,21,32}'),
  ('@@u4@@', 1, '2025-03-16', '{3,11,19,27}');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("go/decoy-test-fixture", "lora-gw/internal/store/redis_test.go",
    "testcontainers-go: throwaway Redis with a test password",
    """
package store

import (
	"context"
	"testing"

	"github.com/testcontainers/testcontainers-go/modules/redis"
)

func TestSaveReading(t *testing.T) {
	ctx := context.Background()
	c, err := redis.Run(ctx, "redis:7-alpine")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Terminate(ctx)
	uri, _ := c.ConnectionString(ctx)
	_ = uri
	// no password: the container is local and thrown away after the test
}
""")

