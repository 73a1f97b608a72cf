"""Blind set LH: a Tibetan thangka painting studio's web shop and a yak-wool textile co-operative.

The studio sells thangka paintings and prints online; the co-operative weaves yak-wool shawls and
blankets in Lhasa and Dharamsala and ships them abroad. Their shop code, payment and shipping
integrations, configs, deploy files, notes and runbooks, with comments partly in Tibetan script,
and their decoys. Generated fakes only (seeds 6530000-6539999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 6530000, 6539999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Yak", "Thangka", "Lotus", "Kailash", "Mandala", "Tara", "Conch", "Turquoise", "Saffron", "Juniper",
         "Barley", "Snowlion", "Prayer", "Garuda", "Pema", "Norbu", "Dorje", "Tashi", "Drolma", "Khata"]
LOWER = ["wool", "loom", "indigo", "butter", "lamp", "azurite", "malachite", "cinnabar", "gold", "brush",
         "canvas", "silk", "felt", "spindle", "shawl", "madder"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB" + "".join(
        r.choice(ALNUM + "+/") for _ in range(270))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def razorpay_secret() -> str:
    return rand_pw(24)


def razorpay_key_id(mode: str = "live") -> str:
    return fakes.fake(f"rzp_{mode}_", 14, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return fakes.fake("hvs.", 24, _seed())


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def cloudflare_token() -> str:
    return rand_pw(40, "_-")


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def woo_secret() -> str:
    return "cs_" + hexs(40)


def woo_key() -> str:
    return "ck_" + hexs(40)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    r = _rng()
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    payload = b64('{"sub":"%s","role":"service_role","iat":%d}' % (hexs(12), r.randint(1700000000, 1790000000))).rstrip("=")
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{head}.{payload}.{sig}"


def sha256ish() -> str:
    return hexs(64)


def indent(text: str, pad: str) -> str:
    return "\n".join(pad + line for line in text.splitlines())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers of the text filled (`@@s@@` with the secret)."""
    if secret is not None:
        fields.setdefault("s", secret)
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    assert category.startswith("blind-lh/"), category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# --------------------------------------------------------------------------------------------
# The studio's web shop (thangka paintings and prints)
# --------------------------------------------------------------------------------------------

add("blind-lh/env/stripe-secret", "thangka-shop/.env", "https://github.com/motdotla/dotenv#usage", """
# ཐང་ཀའི་ཚོང་ཁང་ — web shop settings (production)
APP_NAME=norbu-thangka-shop
APP_URL=https://shop.norbuthangka.art
CURRENCY=USD
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@s@@
# བརྡ་ཐོ། ship from Dharamsala only
SHIP_ORIGIN=IN-HP
""", stripe_key(), pk=stripe_key("pk_live_"))

add("blind-lh/env/decoy-placeholder", "thangka-shop/.env.example", "https://github.com/motdotla/dotenv#usage", """
# ཐང་ཀའི་ཚོང་ཁང་ — copy to .env and fill in (དཔེ་ example only)
APP_NAME=norbu-thangka-shop
APP_URL=http://localhost:3000
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_<from the Stripe dashboard>
DATABASE_URL=postgres://thangka:CHANGE_ME@localhost:5432/thangka
""")

add("blind-lh/python/django-secret-key", "studio_site/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
# ནོར་བུ་ཐང་ཀ་རི་མོ་ཁང་ — production settings
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.norbuthangka.art", "www.norbuthangka.art"]

# གསང་ལྡེ། do not rotate during the Losar sale
SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "bo"
LANGUAGES = [("bo", "བོད་ཡིག"), ("en", "English")]
TIME_ZONE = "Asia/Kolkata"
""", django_key())

add("blind-lh/python/decoy-env-reference", "studio_site/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
# ཚོད་ལྟའི་ཞབས་ཞུ་ཆས། staging settings
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
DATABASES["default"]["PASSWORD"] = os.environ["PGPASSWORD"]
ALLOWED_HOSTS = ["staging.norbuthangka.art"]
""")

add("blind-lh/javascript/stripe-webhook-secret", "thangka-shop/api/webhooks/stripe.js", "https://docs.stripe.com/webhooks#verify-official-libraries", """
// Stripe webhook — order paid → mark thangka as sold
// ཉེན་བརྡ། one painting, one buyer: lock the item first
const express = require('express');
const Stripe = require('stripe');
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '@@s@@';

const router = express.Router();
router.post('/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') {
    // TODO: ཐང་ཀ་ཚོང་ཟིན། mark sold
  }
  res.json({ received: true });
});
module.exports = router;
""", stripe_whsec())

add("blind-lh/javascript/decoy-publishable-key", "thangka-shop/public/js/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", """
// ཉོ་སྒྲུབ། checkout page — the publishable key is meant for the browser
const stripe = Stripe('@@pk@@');
const checkoutButton = document.getElementById('buy-thangka');

checkoutButton.addEventListener('click', async () => {
  const res = await fetch('/api/checkout', { method: 'POST', body: JSON.stringify({ sku: checkoutButton.dataset.sku }) });
  const { sessionId } = await res.json();
  await stripe.redirectToCheckout({ sessionId });
});
""", pk=stripe_key("pk_live_"))

add("blind-lh/yaml/razorpay-secret", "thangka-shop/config/payments.yml", "https://razorpay.com/docs/api/authentication/", """
# དངུལ་སྤྲོད་སྒྲིག་འགོད། payment gateways (India buyers pay in INR)
razorpay:
  key_id: @@kid@@
  key_secret: @@s@@
  currency: INR
  capture: automatic
stripe:
  enabled: true
  secret_key: ${STRIPE_SECRET_KEY}
""", razorpay_secret(), kid=razorpay_key_id())

add("blind-lh/yaml/decoy-key-id-only", "thangka-shop/config/payments.staging.yml", "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", """
# ཚོད་ལྟ། staging — key_id is public (goes into checkout.js), secret from the vault
razorpay:
  key_id: @@kid@@
  key_secret: "{{ vault:secret/thangka/razorpay#key_secret }}"
  currency: INR
stripe:
  enabled: false
""", kid=razorpay_key_id("test"))

add("blind-lh/php/woocommerce-consumer-secret", "wool-coop-shop/wp-content/mu-plugins/sync-inventory.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
/**
 * བལ་ཐགས་མཉམ་ལས་ཚོགས་པ། — nightly stock sync from the loom sheet to WooCommerce
 */
use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://shop.yakwoolcoop.org',
    '@@ck@@',
    '@@s@@',
    ['version' => 'wc/v3']
);

foreach (load_loom_sheet() as $row) {
    // ཐགས་མ་ཚར། still on the loom: keep it out of stock
    $woocommerce->put('products/' . $row['id'], ['stock_quantity' => (int) $row['ready']]);
}
""", woo_secret(), ck=woo_key())

add("blind-lh/php/decoy-wp-config-placeholder", "wool-coop-shop/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// ** Database settings - You can get this info from your web host ** //
// སྒྲིག་འགོད་དཔེ། rename to wp-config.php on the server
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'yak_';
""")

add("blind-lh/php/wp-db-password", "wool-coop-shop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// གཡག་བལ་ཚོང་ཁང་ — live site, Lhasa mirror reads the same DB
define( 'DB_NAME', 'yakwool_shop' );
define( 'DB_USER', 'yakwool_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.internal.yakwoolcoop.org' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'WP_DEBUG', false );
$table_prefix = 'yak_';
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

_pw = rand_pw(22)
add("blind-lh/k8s-secret/postgres-password", "deploy/k8s/thangka-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-as-container-environment-variables", """
# ཐང་ཀའི་གནད་སྡུད་མཛོད། database credentials for the shop
apiVersion: v1
kind: Secret
metadata:
  name: thangka-db
  namespace: shop
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
""", _pw, u=b64("thangka_app"), p=b64(_pw))

add("blind-lh/k8s-secret/decoy-empty-template", "deploy/k8s/coop-db-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# མཉམ་ལས་ཚོགས་པའི་གནད་སྡུད་མཛོད། filled by the deploy job from Vault, never by hand
apiVersion: v1
kind: Secret
metadata:
  name: coop-db
  namespace: coop
type: Opaque
stringData:
  MYSQL_USER: coop_app
  MYSQL_PASSWORD: ""   # ས་སྟོང་། left empty on purpose
""")

add("blind-lh/k8s/decoy-secret-key-ref", "deploy/k8s/thangka-shop-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: thangka-shop
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: thangka-shop }
  template:
    metadata:
      labels: { app: thangka-shop }
    spec:
      containers:
        - name: web
          image: ghcr.io/norbu-thangka/shop:1.14.2
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: { name: thangka-db, key: POSTGRES_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe, key: secret_key }
""")

add("blind-lh/k8s/env-literal-password", "deploy/k8s/coop-worker.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """
# བལ་གྱི་ཐོ་གཞུང་ worker — sends order mails to weavers
apiVersion: apps/v1
kind: Deployment
metadata:
  name: coop-mailer
  namespace: coop
spec:
  replicas: 1
  selector:
    matchLabels: { app: coop-mailer }
  template:
    metadata:
      labels: { app: coop-mailer }
    spec:
      containers:
        - name: mailer
          image: registry.yakwoolcoop.org/mailer:0.9
          env:
            - name: SMTP_HOST
              value: smtp.zoho.in
            - name: SMTP_USER
              value: orders@yakwoolcoop.org
            - name: SMTP_PASSWORD
              value: "@@s@@"
""", words_pw())

add("blind-lh/helm/decoy-values-placeholder", "charts/thangka-shop/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
# ཐང་ཀའི་ཚོང་ཁང་ chart defaults — override in the environment's values file
image:
  repository: ghcr.io/norbu-thangka/shop
  tag: ""
postgresql:
  auth:
    username: thangka
    password: ""          # set with --set postgresql.auth.password=...
    existingSecret: thangka-db
stripe:
  secretKey: "<STRIPE_SECRET_KEY>"
  webhookSecret: "<STRIPE_WEBHOOK_SECRET>"
""")

add("blind-lh/helm/redis-password", "charts/thangka-shop/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """
# ཐོན་ཁུངས། production overrides (Mumbai cluster)
replicaCount: 3
ingress:
  enabled: true
  hosts: [shop.norbuthangka.art]
redis:
  architecture: standalone
  auth:
    enabled: true
    password: @@s@@
postgresql:
  auth:
    existingSecret: thangka-db
""", fakes.redis_password(_seed()))

add("blind-lh/compose/mysql-root-password", "wool-coop-shop/docker-compose.yml", "https://hub.docker.com/_/mysql", """
# གཡག་བལ་ཚོང་ཁང་ — the WordPress box in the Dharamsala office
services:
  db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_DATABASE: yakwool_shop
      MYSQL_USER: yakwool_wp
      MYSQL_ROOT_PASSWORD: @@s@@
    volumes:
      - dbdata:/var/lib/mysql
  wordpress:
    image: wordpress:6.5-php8.2-apache
    ports: ["8080:80"]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/wp_db_password
volumes:
  dbdata: {}
""", rand_pw(16))

add("blind-lh/compose/decoy-secrets-file", "thangka-shop/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
# ཐང་ཀ་ shop — local dev, secrets read from files outside the repo
services:
  web:
    build: .
    ports: ["3000:3000"]
    environment:
      DATABASE_URL: postgres://thangka@db:5432/thangka
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password, stripe_key]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
  stripe_key:
    file: ./secrets/stripe_key.txt
""")

add("blind-lh/terraform/digitalocean-token", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
# ཐང་ཀའི་ཚོང་ཁང་ infra — Bangalore region droplets
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "shop" {
  name   = "thangka-shop-1"
  region = "blr1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
""", do_token())

add("blind-lh/terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
# སྒྲིག་འགོད་ཀྱི་འགྱུར་ཚད། inputs — values come from TF_VAR_* in CI
variable "do_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Token with Zone.DNS edit on norbuthangka.art"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

add("blind-lh/terraform/cloudflare-token", "infra/terraform/dns.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# DNS for both shops — ཐང་ཀ and བལ་
zone_thangka         = "norbuthangka.art"
zone_coop            = "yakwoolcoop.org"
cloudflare_api_token = "@@s@@"
proxied              = true
""", cloudflare_token())

add("blind-lh/ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/shop/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("blind-lh/ansible/mysql-password", "infra/ansible/roles/coop_db/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
# བལ་ཐགས་མཉམ་ལས་ཚོགས་པ། database role defaults
coop_db_name: yakwool_shop
coop_db_user: yakwool_wp
coop_db_password: "@@s@@"
coop_db_host: 127.0.0.1
coop_db_backup_dir: /srv/backup/mysql
# རྗེས་ཤོར། backups rsync to the Lhasa NAS every night
coop_db_backup_hour: 2
""", passphrase())

add("blind-lh/ansible/decoy-vault-lookup", "infra/ansible/group_vars/coop/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """
---
# མཉམ་ལས་ཚོགས་པ། — variables point at the vault file, never the values
coop_db_password: "{{ vault_coop_db_password }}"
smtp_password: "{{ vault_smtp_password }}"
razorpay_key_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/coop/razorpay:key_secret') }}"
shop_domain: yakwoolcoop.org
""")

add("blind-lh/github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ཐང་ཀའི་ཚོང་ཁང་ build
        run: npm ci && npm run build
      - name: Deploy
        env:
          DIGITALOCEAN_ACCESS_TOKEN: ${{ secrets.DO_TOKEN }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: ./scripts/deploy.sh
""")

add("blind-lh/github-actions/slack-webhook", ".github/workflows/notify-weavers.yml", "https://github.com/slackapi/slack-github-action#technique-3-slack-incoming-webhook", """
name: notify-weavers
on:
  workflow_dispatch:
  schedule:
    - cron: "30 3 * * 1"   # Monday 09:00 IST
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: བལ་ཐགས་པ་ཚོར་བརྡ་ཐོ། weekly order summary
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"New shawl orders this week: see the sheet"}'
        env:
          SLACK_WEBHOOK_URL: @@s@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("blind-lh/gitlab-ci/npm-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """
# ཐང་ཀའི་ UI components — published to npm for the studio's other sites
stages: [test, publish]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

publish:
  stage: publish
  image: node:20
  only: [tags]
  script:
    - echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
    - npm publish --access public
""", npm_token())

add("blind-lh/npmrc/decoy-env-token", "packages/thangka-ui/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
; ཐང་ཀའི་ UI — token comes from the CI variable
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@norbu-thangka:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
always-auth=true
""")

add("blind-lh/dockerfile/github-token", "thangka-shop/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
# ཐང་ཀའི་ཚོང་ཁང་ image
FROM node:20-alpine AS build
WORKDIR /app
# private package @norbu-thangka/iconography lives on GitHub Packages
ARG GH_PACKAGES_TOKEN=@@s@@
RUN echo "//npm.pkg.github.com/:_authToken=${GH_PACKAGES_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
""", github_token())

add("blind-lh/dockerfile/decoy-build-secret", "wool-coop-shop/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1
# གཡག་བལ་ཚོང་ཁང་ — composer auth mounted at build time, never baked in
FROM php:8.2-apache
WORKDIR /var/www/html
COPY composer.json composer.lock ./
RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json \\
    composer install --no-dev --no-interaction
COPY . .
ENV WORDPRESS_DB_PASSWORD_FILE=/run/secrets/wp_db_password
""")

add("blind-lh/shell-history/mysql-password-arg", "ops/notes/tenzin_bash_history.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """
cd /srv/yakwool
ls -la backups/
mysqldump -u yakwool_wp -p'@@s@@' yakwool_shop > backups/shop-$(date +%F).sql
gzip backups/shop-*.sql
rsync -av backups/ lhasa-nas:/volume1/coop-backup/
df -h
exit
""", words_pw())

add("blind-lh/shell-history/decoy-prompted-password", "ops/notes/pema_bash_history.txt", "https://www.postgresql.org/docs/current/app-psql.html", """
cd ~/thangka-shop
git pull
psql -h db.internal -U thangka -W thangka
export PGPASSWORD=$(pass show thangka/db)
pg_dump -h db.internal -U thangka thangka > /tmp/thangka.sql
unset PGPASSWORD
ls /tmp
""")

add("blind-lh/shell/aws-secret-key", "scripts/upload-thangka-photos.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/usr/bin/env bash
# ཐང་ཀའི་པར་རིས། upload high-res photos of new paintings to S3
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=ap-south-1

SRC="${1:-$HOME/Pictures/thangka-new}"
aws s3 sync "$SRC" s3://norbu-thangka-media/originals/ --exclude "*.xmp"
echo "བཀྲ་ཤིས་བདེ་ལེགས། upload done"
""", *(lambda p: (p[1],))(aws_pair()), kid=fakes.aws_key_id(_seed()))

add("blind-lh/shell/decoy-aws-docs-example", "docs/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# S3 for thangka photos — ཐང་ཀའི་པར་རིས་ཉར་ས།

Run `aws configure` with your own key from IAM. It looks like this
(AWS's documented example values, not ours):

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-south-1
Default output format [None]: json
```

ལྡེ་མིག་ git ནང་མ་འཇུག — never commit `~/.aws/credentials`.
""")

_kid, _sk = aws_pair()
add("blind-lh/ini/aws-credentials", "ops/laptop-backup/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# copied from Dolma's laptop before reinstall — ཉེན་བརྡ། delete after restore
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ap-south-1

[thangka-media]
role_arn = arn:aws:iam::604812331907:role/thangka-media-upload
source_profile = default
""", _sk, kid=_kid)

add("blind-lh/python/sendgrid-key", "studio_site/orders/emails.py", "https://github.com/sendgrid/sendgrid-python#quick-start", """
# ཉོ་མཁན་ལ་འཕྲིན། order confirmation mails
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@s@@"
FROM = "studio@norbuthangka.art"


def send_confirmation(order):
    message = Mail(
        from_email=FROM,
        to_emails=order.email,
        subject=f"ཐུགས་རྗེ་ཆེ། Your thangka order {order.number}",
        html_content=render_order(order),
    )
    SendGridAPIClient(SENDGRID_API_KEY).send(message)
""", sendgrid_key())

add("blind-lh/python/decoy-fake-fixture", "studio_site/orders/tests/test_emails.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """
# ཚོད་ལྟ། tests — fake key, the client is mocked and never calls SendGrid
import pytest

from orders import emails

FAKE_SENDGRID_KEY = "SG.fake-key-for-tests.not-a-real-key"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(emails, "SENDGRID_API_KEY", FAKE_SENDGRID_KEY)
    monkeypatch.setattr(emails, "SendGridAPIClient", lambda key: DummyClient())


def test_subject_has_order_number(order):
    emails.send_confirmation(order)
    assert DummyClient.sent[-1].subject.endswith(order.number)
""")

add("blind-lh/python/telegram-bot-token", "coop_bot/bot.py", "https://docs.python-telegram-bot.org/en/stable/", """
# གཡག་བལ་མཉམ་ལས་ཚོགས་པའི་ Telegram bot — weavers report finished shawls
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"


async def done(update, context):
    # ཐགས་ཚར། e.g. /done SH-0412
    sku = context.args[0] if context.args else "?"
    await update.message.reply_text(f"ཐུགས་རྗེ་ཆེ། {sku} marked finished")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("done", done))
app.run_polling()
""", telegram())

add("blind-lh/python/decoy-token-from-file", "coop_bot/config.py", "https://docs.python.org/3/library/pathlib.html", """
# བཀོད་སྒྲིག་ — the bot token sits in /etc/coop-bot/token (root:coop 0640)
from pathlib import Path
import os

TOKEN_PATH = Path(os.environ.get("COOP_BOT_TOKEN_FILE", "/etc/coop-bot/token"))


def bot_token() -> str:
    return TOKEN_PATH.read_text(encoding="utf-8").strip()


ADMIN_CHAT_ID = -1001873320554   # ལས་བྱེད་ཚོགས་ཆུང་ group id, not a secret
""")

add("blind-lh/go/postgres-dsn", "inventory-svc/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """
// Package db — བལ་གྱི་ཉར་ཚགས། wool stock (raw yak fibre, yarn, finished pieces)
package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://inventory:@@s@@@db.lhasa.yakwoolcoop.org:5432/inventory?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(20))

add("blind-lh/go/decoy-getenv", "inventory-svc/cmd/server/main.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"net/http"
	"os"
)

// ཞབས་ཞུ་ཆས། inventory service — every secret from the environment
func main() {
	dsn := os.Getenv("INVENTORY_DSN")
	if dsn == "" {
		log.Fatal("INVENTORY_DSN not set (see docs/runbook.md)")
	}
	apiKey := os.Getenv("SHIPROCKET_API_PASSWORD")
	srv := newServer(dsn, apiKey)
	log.Fatal(http.ListenAndServe(":8080", srv))
}
""")

add("blind-lh/go/mailgun-key", "inventory-svc/internal/notify/mailgun.go", "https://github.com/mailgun/mailgun-go#usage", """
package notify

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

// ཉེན་བརྡ། low-stock mail to the Lhasa workshop
var mg = mailgun.NewMailgun("mg.yakwoolcoop.org", "@@s@@")

func LowStock(ctx context.Context, item string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	m := mg.NewMessage("stock@yakwoolcoop.org", "Low stock: "+item, "བལ་ཉུང་དུ་སོང་། please card more fibre", "lhasa@yakwoolcoop.org")
	_, _, err := mg.Send(ctx, m)
	return err
}
""", mailgun_key())

add("blind-lh/java/paypal-client-secret", "coop-export/src/main/java/org/yakwool/export/PayPalConfig.java", "https://developer.paypal.com/api/rest/authentication/", """
package org.yakwool.export;

// ཕྱི་རྒྱལ་ཚོང་། PayPal for buyers abroad (Europe, US)
public final class PayPalConfig {
    public static final String MODE = "live";
    public static final String CLIENT_ID = "@@cid@@";
    public static final String CLIENT_SECRET = "@@s@@";
    public static final String BASE_URL = "https://api-m.paypal.com";

    private PayPalConfig() {
    }
}
""", paypal_secret(), cid="A" + rand_pw(79, "-_"))

add("blind-lh/java/decoy-spring-placeholder", "coop-export/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
# ཕྱི་ཚོང་ཞབས་ཞུ། export service
spring.application.name=coop-export
spring.datasource.url=jdbc:postgresql://db.lhasa.yakwoolcoop.org:5432/export
spring.datasource.username=export
spring.datasource.password=${EXPORT_DB_PASSWORD}
paypal.client-id=${PAYPAL_CLIENT_ID}
paypal.client-secret=${PAYPAL_CLIENT_SECRET}
server.port=8081
""")

add("blind-lh/properties/jdbc-password", "coop-export/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", """
# ཐོན་ཁུངས། prod profile — Dharamsala office server
spring.datasource.url=jdbc:postgresql://10.20.0.5:5432/export
spring.datasource.username=export
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
logging.level.org.yakwool=INFO
""", words_pw())

add("blind-lh/kotlin/google-maps-server-key", "coop-ktor/src/main/kotlin/org/yakwool/shipping/ShippingDistance.kt", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
package org.yakwool.shipping

import okhttp3.OkHttpClient
import okhttp3.Request

// ཐག་རིང་ཚད། distance from the Dharamsala workshop to the buyer (server-side Distance Matrix key)
private const val DISTANCE_MATRIX_KEY = "@@s@@"

fun distanceRequest(destination: String): Request =
    Request.Builder()
        .url("https://maps.googleapis.com/maps/api/distancematrix/json?origins=Dharamsala&destinations=$destination&key=$DISTANCE_MATRIX_KEY")
        .build()

val client = OkHttpClient()
""", google_key())

add("blind-lh/kotlin/decoy-buildconfig", "coop-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
// གཡག་བལ་ app — keys come from local.properties / CI, not from here
android {
    namespace = "org.yakwool.app"
    defaultConfig {
        applicationId = "org.yakwool.app"
        minSdk = 24
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.yakwoolcoop.org\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("blind-lh/gradle/keystore-password", "coop-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# གཡག་བལ་ app build settings
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing — ལྡེ་མིག་སྒམ།
RELEASE_STORE_FILE=../keys/yakwool-release.jks
RELEASE_KEY_ALIAS=yakwool
RELEASE_STORE_PASSWORD=@@s@@
""", passphrase())

add("blind-lh/csharp/azure-storage-key", "StudioArchive/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
{
  "_comment": "ཐང་ཀའི་པར་མཛོད། archive of scanned thangkas (Central India region)",
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Archive": "DefaultEndpointsProtocol=https;AccountName=thangkaarchive;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  },
  "Archive": { "Container": "scans", "MaxWidth": 12000 }
}
""", azure_storage_key())

add("blind-lh/csharp/decoy-user-secrets", "StudioArchive/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "_comment": "ཐང་ཀའི་པར་མཛོད། — connection string is in user-secrets / Key Vault",
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Archive": "UseDevelopmentStorage=true"
  },
  "KeyVault": { "Uri": "https://thangka-kv.vault.azure.net/" },
  "Archive": { "Container": "scans", "MaxWidth": 12000 }
}
""")

add("blind-lh/csharp/smtp-password", "StudioArchive/Services/MailSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
using System.Net;
using System.Net.Mail;

namespace StudioArchive.Services;

// སྐུ་ཐང་སྒྲུབ་པ་པོ། notifies the painter when a commission is paid
public class MailSender
{
    private readonly SmtpClient _client = new("smtp.gmail.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("studio.norbuthangka@gmail.com", "@@s@@"),
    };

    public void Send(string to, string subject, string body) =>
        _client.Send(new MailMessage("studio.norbuthangka@gmail.com", to, subject, body));
}
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("blind-lh/ruby/shopify-admin-token", "print-shop/config/initializers/shopify.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# ཐང་ཀའི་པར་མ། prints are sold through a Shopify store, synced from the studio catalogue
ShopifyAPI::Context.setup(
  api_key: "@@ak@@",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET"),
  host: "https://prints.norbuthangka.art",
  scope: "read_products,write_products,read_orders",
  is_embedded: false,
  api_version: "2024-07",
  is_private: true,
)
SHOPIFY_SESSION = ShopifyAPI::Auth::Session.new(shop: "norbu-thangka-prints.myshopify.com", access_token: "@@s@@")
""", shopify_token(), ak=hexs(32))

add("blind-lh/kamal/decoy-secrets-commands", "print-shop/.kamal/secrets", "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets", """
# ཐང་ཀའི་པར་མ། — Kamal reads these at deploy time; values come from 1Password / the local key file
SECRETS=$(kamal secrets fetch --adapter 1password --account norbu-thangka --from Deploy/print-shop KAMAL_REGISTRY_PASSWORD SHOPIFY_API_SECRET)
KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)
SHOPIFY_API_SECRET=$(kamal secrets extract SHOPIFY_API_SECRET $SECRETS)
RAILS_MASTER_KEY=$(cat config/master.key)
""")

add("blind-lh/kamal/rails-master-key", "print-shop/.kamal/secrets.production", "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets", """
# production — Sonam's quick fix while 1Password was locked (ཉེན་ཁ། move back!)
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
SHOPIFY_API_SECRET=$SHOPIFY_API_SECRET
RAILS_MASTER_KEY=@@s@@
DATABASE_URL=$DATABASE_URL
""", hexs(32))

add("blind-lh/rust/discord-webhook", "loom-monitor/src/alert.rs", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
// ཐགས་འཕྲུལ་ལྟ་རྟོག — loom room humidity alerts (felt shrinks if it is too damp)
use serde_json::json;

const WEBHOOK: &str = "@@s@@";

pub async fn humidity_alert(room: &str, rh: f32) -> reqwest::Result<()> {
    let text = format!("རླན་ཚད་མཐོ་དྲགས། {room}: {rh:.0}% RH");
    reqwest::Client::new()
        .post(WEBHOOK)
        .json(&json!({ "content": text }))
        .send()
        .await?;
    Ok(())
}
""", discord_webhook())

add("blind-lh/rust/decoy-env-var", "loom-monitor/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
// བཀོད་སྒྲིག — all secrets from the environment (systemd EnvironmentFile)
use std::env;

pub struct Config {
    pub webhook: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            webhook: env::var("LOOM_DISCORD_WEBHOOK").expect("LOOM_DISCORD_WEBHOOK"),
            mqtt_password: env::var("MQTT_PASSWORD").unwrap_or_default(),
        }
    }
}
""")

add("blind-lh/toml/mqtt-password", "loom-monitor/config/lhasa.toml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# ལྷ་ས་ཐགས་ར། Lhasa loom room sensors
[site]
name = "lhasa-barkhor-workshop"
rooms = ["dyeing", "spinning", "weaving"]

[mqtt]
host = "10.8.0.1"
port = 1883
username = "loom-sensor"
password = "@@s@@"

[thresholds]
max_rh = 65
""", fakes.redis_password(_seed()))

add("blind-lh/toml/decoy-cargo-lock-checksum", "loom-monitor/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "reqwest"
version = "0.12.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde_json"
version = "1.0.120"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("blind-lh/swift/decoy-firebase-plist", "ThangkaApp/ThangkaApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418806337251</string>
	<key>BUNDLE_ID</key>
	<string>art.norbuthangka.app</string>
	<key>PROJECT_ID</key>
	<string>norbu-thangka</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418806337251:ios:@@g@@</string>
</dict>
</plist>
""", k=google_key(), g=hexs(22))

add("blind-lh/swift/revenuecat-secret", "ThangkaApp/ThangkaApp/Services/Receipts.swift", "https://www.revenuecat.com/docs/api-v1", """
import Foundation

// ཐང་ཀ་སློབ་ཚན། paid painting-lesson videos — server receipt check
// (should live on the server; ཉེན་བརྡ། this is the secret v1 key)
enum Receipts {
    static let secretKey = "@@s@@"

    static func subscriber(_ id: String) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.revenuecat.com/v1/subscribers/\\(id)")!)
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", fakes.fake("sk_", 32, _seed()))

add("blind-lh/swift/decoy-public-sdk-key", "ThangkaApp/ThangkaApp/App.swift", "https://www.revenuecat.com/docs/welcome/authentication", """
import SwiftUI
import RevenueCat

// བཀྲ་ཤིས་བདེ་ལེགས། app entry — the Apple SDK key is public by design
@main
struct ThangkaApp: App {
    init() {
        Purchases.configure(withAPIKey: "appl_@@k@@")
    }
    var body: some Scene {
        WindowGroup { ContentView() }
    }
}
""", k=rand_pw(27))

add("blind-lh/typescript/openai-key", "thangka-shop/src/lib/describe.ts", "https://github.com/openai/openai-node#usage", """
// ཐང་ཀའི་འགྲེལ་བཤད། drafts product descriptions (iconography, pigments) for the painter to edit
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: '@@s@@' });

export async function draftDescription(title: string, deity: string): Promise<string> {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You describe Tibetan thangka paintings respectfully and accurately.' },
      { role: 'user', content: `Title: ${title}. Deity: ${deity}. 120 words, English and བོད་ཡིག.` },
    ],
  });
  return res.choices[0].message.content ?? '';
}
""", openai_key())

add("blind-lh/typescript/decoy-process-env", "thangka-shop/src/lib/env.ts", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", """
// སྒྲིག་འགོད། typed access to the environment; nothing secret is written here
import { z } from 'zod';

const schema = z.object({
  OPENAI_API_KEY: z.string().startsWith('sk-'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  DATABASE_URL: z.string().url(),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().startsWith('pk_'),
});

export const env = schema.parse(process.env);
""")

add("blind-lh/typescript/supabase-service-role", "thangka-shop/src/server/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """
// ཐང་ཀའི་དཀར་ཆག catalogue lives in Supabase; server client bypasses RLS
import { createClient } from '@supabase/supabase-js';

const SUPABASE_URL = 'https://qzkfhtwnbvlmxoparsje.supabase.co';
const SUPABASE_SERVICE_ROLE_KEY =
  '@@s@@';

export const admin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});
""", jwt_like())

add("blind-lh/json/decoy-firebase-web-config", "thangka-shop/public/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "_note": "Firebase web config — public by design, protected by security rules (བདེ་འཇགས་སྒྲིག་སྲོལ།)",
  "apiKey": "@@k@@",
  "authDomain": "norbu-thangka.firebaseapp.com",
  "projectId": "norbu-thangka",
  "storageBucket": "norbu-thangka.appspot.com",
  "messagingSenderId": "418806337251",
  "appId": "1:418806337251:web:@@a@@"
}
""", k=google_key(), a=hexs(22))

_gpk = pem("RSA")
add("blind-lh/json/gcp-service-account", "ops/keys/norbu-thangka-sheets.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "norbu-thangka",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@norbu-thangka.iam.gserviceaccount.com",
  "client_id": "104877329001846613205",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gpk.replace("\n", "\\n") + "\\n", kid=hexs(40), pk=_gpk.replace("\n", "\\n") + "\\n")

# --------------------------------------------------------------------------------------------
# Notes, runbooks, wikis and documentation of both teams
# --------------------------------------------------------------------------------------------

add("blind-lh/markdown/wifi-and-router-password", "docs/office/dharamsala-office.md", "https://www.markdownguide.org/basic-syntax/", """
# དྷ་རམ་ས་ལའི་ལས་ཁུངས། Dharamsala office (McLeod Ganj, Jogiwara Road)

## Network

| what | value |
|------|-------|
| Wi-Fi (guests) | `YakWool-Guest`, password on the card at the counter |
| Router admin | http://192.168.1.1 |
| Router login | admin / `@@s@@` |
| ISP support | 1800-102-xxxx |

ཉེན་བརྡ། the router also forwards port 8080 to the WordPress box.
""", words_pw())

add("blind-lh/markdown/decoy-redacted-table", "docs/office/lhasa-workshop.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# ལྷ་སའི་ཐགས་ར། Lhasa workshop (near Barkhor)

| system | user | password |
|--------|------|----------|
| NAS (Synology) | coop-admin | `********` (in Bitwarden: "Lhasa NAS") |
| Printer | — | none |
| Sensor MQTT | loom-sensor | see `loom-monitor/config/lhasa.toml` on the Pi, not here |

བཀོད་སྒྲིག་གསར་པ། When you change one, update Bitwarden first.
""")

add("blind-lh/markdown/razorpay-runbook", "docs/runbooks/refunds.md", "https://razorpay.com/docs/api/refunds/create-normal/", """
# Refunds — ཕྱིར་སློག (thangka shop, INR orders)

1. Find the payment id in the Razorpay dashboard (`pay_...`).
2. Refund from the terminal when the dashboard is slow:

```sh
curl -u @@kid@@:@@s@@ \\
  -X POST https://api.razorpay.com/v1/payments/pay_Oq2xLnbD4Y7Kzc/refund \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 1850000, "speed": "normal"}'
```

3. Mark the order refunded in the admin; ཐང་ཀ returns go back to the studio wall.
""", razorpay_secret(), kid=razorpay_key_id())

add("blind-lh/markdown/decoy-curl-placeholders", "docs/runbooks/refunds-stripe.md", "https://docs.stripe.com/api/refunds/create", """
# Refunds through Stripe — ཕྱིར་སློག

```sh
curl https://api.stripe.com/v1/refunds \\
  -u "$STRIPE_SECRET_KEY:" \\
  -d payment_intent=pi_XXXXXXXXXXXXXXXXXXXXXXXX
```

Use the key from `pass show stripe/live`; never paste it here. A test-mode run uses
`sk_test_...` from your own dashboard.
""")

add("blind-lh/markdown/github-pat-in-notes", "notes/2024-03-onboarding-karma.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# Onboarding Karma — ལས་གསར་ཞུགས།

- laptop: ThinkPad from the Lhasa office, Ubuntu 24.04
- GitHub org invite sent (norbu-thangka)
- temporary deploy token until his own is approved:
  `@@s@@`
  (fine-grained, repo `shop`, contents read/write — ཟླ་བ་གཅིག་གི་རྗེས་སུ་བསུབ།)
- Bitwarden invite: pending
""", github_fg())

add("blind-lh/markdown/decoy-token-masked", "notes/2024-04-ci-tokens.md", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
# CI tokens rotated — ལྡེ་མིག་བརྗེ་བ།

| token | where | last 4 | rotated |
|-------|-------|--------|---------|
| DO_TOKEN | GitHub secret | `…a91f` | 2024-04-02 |
| NPM_TOKEN | GitLab variable | `npm_…Qe7x` | 2024-04-02 |
| GH deploy (Karma) | revoked | `github_pat_11A…` (revoked) | 2024-04-03 |

Values are only in Bitwarden → "CI" folder.
""")

add("blind-lh/rst/postgres-url", "docs/source/deploy.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """
Deploying the shop — ཚོང་ཁང་འགྲེམས་སྤེལ།
=========================================

The droplet reads its database from ``DATABASE_URL``. On the current server it is::

    DATABASE_URL=postgresql://thangka:@@s@@@10.110.0.3:5432/thangka

Restart with ``systemctl restart thangka-shop``. Logs are in ``journalctl -u thangka-shop``.

.. note:: ཐང་ཀའི་པར་རིས། are not in the database; they are on S3.
""", rand_pw(18))

add("blind-lh/rst/decoy-example-dsn", "docs/source/development.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """
Local development — རང་གི་གློག་ཀླད་ཐོག
========================================

Start Postgres with Docker and point the app at it::

    docker run -d -e POSTGRES_PASSWORD=postgres -p 5432:5432 postgres:16
    export DATABASE_URL=postgresql://postgres:postgres@localhost:5432/thangka_dev

The ``postgres``/``postgres`` pair is only for your own laptop.
""")

add("blind-lh/html/decoy-stripe-pk", "thangka-shop/templates/checkout.html", "https://docs.stripe.com/payments/checkout", """
<!doctype html>
<html lang="bo">
<head>
  <meta charset="utf-8">
  <title>ཉོ་སྒྲུབ། Checkout — Norbu Thangka</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://checkout.razorpay.com/v1/checkout.js"></script>
</head>
<body data-stripe-key="@@pk@@" data-razorpay-key="@@rk@@">
  <h1>ཐུགས་རྗེ་ཆེ། Thank you for supporting our painters</h1>
  <div id="payment-element"></div>
</body>
</html>
""", pk=stripe_key("pk_live_"), rk=razorpay_key_id())

add("blind-lh/html/mapbox-secret-token", "coop-site/map/index.html", "https://docs.mapbox.com/help/dive-deeper/access-tokens/", """
<!doctype html>
<html lang="bo">
<head>
  <meta charset="utf-8">
  <title>ང་ཚོའི་ཐགས་མཁན། Our weavers — map</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js"></script>
</head>
<body>
<div id="map" style="height:600px"></div>
<script>
  // secret (sk.) token — used by the upload script too, ཉེན་བརྡ།
  mapboxgl.accessToken = '@@s@@';
  new mapboxgl.Map({ container: 'map', center: [91.13, 29.65], zoom: 5 });
</script>
</body>
</html>
""", "sk.eyJ1Ijoi" + rand_pw(60) + "." + rand_pw(22, "-_"))

add("blind-lh/wiki/smtp-password", "wiki/Email-setup.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """
# Email setup — གློག་འཕྲིན།

All order mail for **yakwoolcoop.org** goes through Zoho.

* SMTP: `smtp.zoho.in`, port 587, STARTTLS
* user: `orders@yakwoolcoop.org`
* password: @@s@@
* IMAP for the shared inbox: `imap.zoho.in:993`

ཐགས་མཁན་ཚོས་ཡིག་འཕྲིན་འདི་ཀློག་ཐུབ། — weavers can read this inbox on the office tablet.
""", rand_pw(16))

add("blind-lh/wiki/decoy-password-policy", "wiki/Passwords.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
# Passwords — གསང་ཚིག

* Every account gets a Bitwarden entry; nothing goes into this wiki.
* Length 16+, generated. Example of the *format* only: `xxxx-xxxx-xxxx-xxxx`.
* Shared accounts (Zoho, Razorpay, Shiprocket): owner is the co-op secretary.
* When someone leaves: rotate every shared password the same week.

ཉེན་བརྡ། If you find a password in a file, tell Tenzin and rotate it.
""")

add("blind-lh/text/shiprocket-password", "notes/shipping-shiprocket.txt", "https://apidocs.shiprocket.in/#authentication", """
Shiprocket API user (created 2024-02-11) — ཕྱི་རྒྱལ་སྐྱེལ་འདྲེན།
email: api@yakwoolcoop.org
password: @@s@@
get token:
  curl -X POST https://apiv2.shiprocket.in/v1/external/auth/login \\
    -H 'Content-Type: application/json' \\
    -d '{"email":"api@yakwoolcoop.org","password":"<above>"}'
pickup location name: Dharamsala-Jogiwara
""", words_pw())

add("blind-lh/text/decoy-tracking-numbers", "notes/shipments-2024-05.txt", "https://www.dhl.com/in-en/home/tracking.html", """
ཕྱི་རྒྱལ་དུ་བསྐྱལ་བ། shipments May 2024
2024-05-03  SH-0388 shawl (natural brown)  -> Zürich     DHL 4417829930
2024-05-06  BL-0102 blanket (indigo)        -> Portland   DHL 4417830184
2024-05-09  SH-0391 shawl (grey)            -> Tokyo      EMS EE118420667IN
2024-05-14  TH-0077 thangka, Green Tara     -> Berlin     DHL 4417831552 (insured)
order ref hashes for the accountant: @@h@@
""", h=hexs(40))

add("blind-lh/csv/decoy-order-export", "exports/orders-2024-q1.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order_id,created,country,item,amount,currency,payment_ref,status
YW-10231,2024-01-04,DE,"Yak shawl, natural",145.00,EUR,pi_@@p1@@,paid
YW-10232,2024-01-09,IN,"Blanket, indigo",12800.00,INR,pay_@@p2@@,paid
YW-10240,2024-02-11,US,"Thangka print A3 (Medicine Buddha)",60.00,USD,pi_@@p3@@,refunded
YW-10251,2024-03-02,JP,"Yak shawl, grey",150.00,USD,pi_@@p4@@,paid
""", p1=rand_pw(24), p2=rand_pw(14), p3=rand_pw(24), p4=rand_pw(24))

add("blind-lh/csv/staff-accounts-password", "exports/pos-tablet-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
name,role,pos_login,shop,notes
Tsering Dolma,shop lead,tsering.d,Lhasa,ལྷ་ས་ཚོང་ཁང་།
Lobsang Tenzin,weaver,lobsang.t,Lhasa,
Pema Yangchen,accounts,pema.y,Dharamsala,"Zoho admin pw: @@s@@"
Karma Gyatso,volunteer,karma.g,Dharamsala,Dharamsala only
""", words_pw())

add("blind-lh/sql/seed-admin-password", "wool-coop-shop/db/seeds/001_admin.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- མཉམ་ལས་ཚོགས་པའི་ཚོང་ཁང་། reporting user for the accountant's Metabase
CREATE USER IF NOT EXISTS 'metabase_ro'@'10.20.0.%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON yakwool_shop.yak_wc_orders TO 'metabase_ro'@'10.20.0.%';
GRANT SELECT ON yakwool_shop.yak_wc_order_items TO 'metabase_ro'@'10.20.0.%';
FLUSH PRIVILEGES;
""", rand_pw(20))

add("blind-lh/sql/decoy-password-hash", "wool-coop-shop/db/seeds/002_wp_users.sql", "https://developer.wordpress.org/reference/functions/wp_hash_password/", """
-- ཚོད་ལྟ་བེད་སྤྱོད་པ། test users for the staging copy (phpass hashes, passwords not stored)
INSERT INTO yak_users (user_login, user_pass, user_email, display_name) VALUES
('staging_admin', '$P$B@@h1@@', 'staging@yakwoolcoop.org', 'Staging Admin'),
('weaver_demo',   '$P$B@@h2@@', 'demo@yakwoolcoop.org',    'ཐགས་མཁན་དཔེ།');
UPDATE yak_options SET option_value = 'https://staging.yakwoolcoop.org' WHERE option_name IN ('siteurl', 'home');
""", h1=rand_pw(30, "./"), h2=rand_pw(30, "./"))

add("blind-lh/log/decoy-masked-log", "logs/shop-2024-05-12.log", "https://docs.python.org/3/library/logging.html", """
2024-05-12 09:14:02,117 INFO  orders: new order YW-10288 (IN, 2 items)
2024-05-12 09:14:02,530 INFO  payments: razorpay key_id=rzp_live_**************, secret=****
2024-05-12 09:14:03,004 INFO  payments: captured pay_OqTc9Yh2aRZk1M amount=2450000
2024-05-12 09:14:03,219 INFO  mail: sent confirmation via smtp.zoho.in user=orders@yakwoolcoop.org password=[REDACTED]
2024-05-12 09:20:41,880 WARNING stock: SH-0402 only 1 left — བལ་ཉུང་།
""")

add("blind-lh/log/basic-auth-in-log", "logs/sync-2024-05-13.log", "https://www.rfc-editor.org/rfc/rfc7617", """
2024-05-13T02:00:01Z sync start (Lhasa -> Dharamsala)
2024-05-13T02:00:02Z GET https://shop.yakwoolcoop.org/wp-json/wc/v3/products?per_page=100
2024-05-13T02:00:02Z request headers: {"User-Agent": "coop-sync/1.3", "Authorization": "Basic @@s@@"}
2024-05-13T02:00:04Z 200 OK, 87 products
2024-05-13T02:00:09Z ཐགས་ཚར། sync done, 3 stock changes
""", b64("coop-sync:" + words_pw()))

add("blind-lh/ipynb/decoy-ciphertext-notebook", "analysis/sales-by-region.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# ཚོང་འབབ། sales by region, 2023\\n", "Credentials are loaded from the OS keyring."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import keyring, pandas as pd\\n",
    "pw = keyring.get_password('coop-metabase', 'metabase_ro')\\n",
    "df = pd.read_sql('select country, sum(total) from orders group by 1', f'mysql+pymysql://metabase_ro:{pw}@10.20.0.5/yakwool_shop')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lh/ipynb/mysql-url-password", "analysis/wool-yield.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# གཡག་བལ། fibre yield per herd, 2023 shearing"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('mysql+pymysql://metabase_ro:@@s@@@10.20.0.5/yakwool_shop')\\n",
    "herds = pd.read_sql('select * from fibre_batches', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(19))

add("blind-lh/powershell/decoy-secure-string", "ops/windows/Backup-Accounts.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# ཐོ་ཡིག་ཉར་ཚགས། back up Tally data from the accounts PC to the NAS
$cred = Get-Credential -UserName 'coop-admin' -Message 'Lhasa NAS password (Bitwarden)'
$src  = 'C:\\TallyPrime\\Data'
$dst  = '\\\\lhasa-nas\\coop-backup\\tally'
New-PSDrive -Name B -PSProvider FileSystem -Root $dst -Credential $cred | Out-Null
Copy-Item -Path $src -Destination 'B:\\' -Recurse -Force
Remove-PSDrive B
Write-Host 'བཀྲ་ཤིས། backup done'
""")

add("blind-lh/powershell/nas-password", "ops/windows/Map-NAS.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# ལྷ་སའི་ NAS drive for the accounts PC (runs at logon)
$user = 'coop-admin'
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name N -PSProvider FileSystem -Root '\\\\lhasa-nas\\coop' -Credential $cred -Persist
""", words_pw())

add("blind-lh/yaml/ssh-private-key", "infra/ansible/host_vars/lhasa-pi.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
---
# ལྷ་སའི་ Raspberry Pi (loom sensors) — reverse tunnel key to the Dharamsala server
ansible_host: 10.8.0.12
ansible_user: pi
tunnel_remote: tunnel@dsl.yakwoolcoop.org
tunnel_private_key: |
@@k@@
tunnel_port: 22022
""", (_ok := openssh_key()), k=indent(_ok, "  "))

add("blind-lh/yaml/decoy-public-key", "infra/ansible/host_vars/dsl-server.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html", """
---
# དྷ་རམ་ས་ལ། server — keys allowed to open the tunnel (public halves only)
tunnel_authorized_keys:
  - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ pi@lhasa-loom"
  - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ tenzin@thinkpad"
tunnel_port: 22022
fail2ban_enabled: true
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"))

add("blind-lh/pem/tls-private-key", "deploy/nginx/ssl/shop.norbuthangka.art.key", "https://nginx.org/en/docs/http/configuring_https_servers.html", """
@@s@@
""", pem("RSA"))

add("blind-lh/pem/decoy-certificate", "deploy/nginx/ssl/shop.norbuthangka.art.crt", "https://nginx.org/en/docs/http/configuring_https_servers.html", """
-----BEGIN CERTIFICATE-----
@@b1@@
@@b2@@
@@b3@@
@@b4@@
@@b5@@
-----END CERTIFICATE-----
""", b1="MIIF" + rand_pw(60, "+/"), b2=rand_pw(64, "+/"), b3=rand_pw(64, "+/"), b4=rand_pw(64, "+/"), b5=rand_pw(40, "+/") + "==")

add("blind-lh/nginx/decoy-ssl-paths", "deploy/nginx/shop.conf", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html", """
# ཐང་ཀའི་ཚོང་ཁང་ reverse proxy
server {
    listen 443 ssl http2;
    server_name shop.norbuthangka.art;
    ssl_certificate     /etc/nginx/ssl/shop.norbuthangka.art.crt;
    ssl_certificate_key /etc/nginx/ssl/shop.norbuthangka.art.key;
    ssl_password_file   /etc/nginx/ssl/passphrase.txt;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
""")

add("blind-lh/nginx/basic-auth-header", "deploy/nginx/staging.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
# ཚོད་ལྟ། staging — proxies to the Lhasa mirror which wants Basic auth
server {
    listen 443 ssl;
    server_name staging.yakwoolcoop.org;

    location / {
        proxy_pass https://lhasa-mirror.yakwoolcoop.org;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("mirror:" + rand_pw(18)))

add("blind-lh/xml/maven-settings-password", "coop-export/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- ཕྱི་ཚོང་ཞབས་ཞུ། internal Nexus for the co-op's Java libs -->
  <servers>
    <server>
      <id>yakwool-nexus</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(24))

add("blind-lh/xml/decoy-maven-encrypted", "coop-export/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- CI: password encrypted with the master password in ~/.m2/settings-security.xml -->
  <servers>
    <server>
      <id>yakwool-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-lh/xml/decoy-ui-strings", "coop-android/app/src/main/res/values-bo/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">གཡག་བལ།</string>
    <string name="login_password_hint">གསང་ཚིག</string>
    <string name="login_password_error">གསང་ཚིག་ནོར་འདུག</string>
    <string name="api_key_label">API key (from the admin page)</string>
    <string name="shawl">ཟླ་གམ།</string>
</resources>
""")

add("blind-lh/xml/web-config-connection", "StudioArchive/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- ཐང་ཀའི་ཐོ་གཞུང་། old commission tracker (IIS on the studio PC) -->
  <connectionStrings>
    <add name="Commissions"
         connectionString="Server=STUDIO-PC\\SQLEXPRESS;Database=Commissions;User Id=studio;Password=@@s@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StudioName" value="Norbu Thangka" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-lh/ini/decoy-odbc-dsn", "ops/windows/odbc.ini", "https://learn.microsoft.com/en-us/sql/odbc/reference/install/odbc-ini-file", """
; ཚོང་རྩིས། accounts PC — DSN for Tally export, password prompted by the driver
[CoopAccounts]
Driver=MySQL ODBC 8.0 Unicode Driver
Server=10.20.0.5
Database=yakwool_shop
User=metabase_ro
Password=
Option=3
""")

add("blind-lh/ini/pgpass", "ops/laptop-backup/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
# བཀོད་སྒྲིག། Tenzin's laptop (restored 2024-03)
localhost:5432:*:postgres:postgres
10.110.0.3:5432:thangka:thangka:@@s@@
db.lhasa.yakwoolcoop.org:5432:inventory:inventory:*
""", rand_pw(21))

add("blind-lh/ini/decoy-gitconfig", "ops/laptop-backup/gitconfig", "https://git-scm.com/docs/gitcredentials", """
[user]
	name = Tenzin Norbu
	email = tenzin@norbuthangka.art
	signingkey = @@k@@
[credential]
	helper = libsecret
[commit]
	gpgsign = true
""", k=hexs(16).upper())

add("blind-lh/netrc/github-token", "ops/laptop-backup/netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
# ~/.netrc from Tenzin's old laptop — ཉེན་བརྡ། revoke after the move
machine github.com
  login tenzin-norbu
  password @@s@@
machine api.github.com
  login tenzin-norbu
  password @@s@@
""", github_token())

# --------------------------------------------------------------------------------------------
# The co-operative's services, scripts and integrations
# --------------------------------------------------------------------------------------------

add("blind-lh/python/twilio-auth-token", "coop_bot/sms.py", "https://www.twilio.com/docs/libraries/python", """
# ཐགས་མཁན་ལ་འཕྲིན་ཐུང་། SMS to weavers without smartphones
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+14155550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def tell_weaver(phone: str, sku: str) -> None:
    client.messages.create(to=phone, from_=FROM, body=f"New order {sku}. ཐུགས་རྗེ་ཆེ།")
""", hexs(32), sid=hexs(32))

add("blind-lh/python/decoy-twilio-test-creds", "coop_bot/tests/test_sms.py", "https://www.twilio.com/docs/iam/test-credentials", """
# ཚོད་ལྟ། uses placeholder credentials; the Client is patched
from unittest import mock

from coop_bot import sms

DUMMY_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
DUMMY_TOKEN = "your_auth_token"


@mock.patch.object(sms, "client")
def test_tell_weaver(client):
    sms.tell_weaver("+919800000000", "SH-0400")
    assert client.messages.create.called
""")

add("blind-lh/python/ftp-password", "scripts/push_catalogue_to_printer.py", "https://docs.python.org/3/library/ftplib.html", """
#!/usr/bin/env python3
# ཐང་ཀའི་པར་མ། send print files to the giclée printer in Delhi
from ftplib import FTP_TLS
from pathlib import Path

ftp = FTP_TLS("ftp.delhifineprints.in")
ftp.login(user="norbuthangka", passwd="@@s@@")
ftp.prot_p()
ftp.cwd("/incoming/norbu")
for tif in Path("print-ready").glob("*.tif"):
    with tif.open("rb") as fh:
        ftp.storbinary(f"STOR {tif.name}", fh)
ftp.quit()
""", words_pw())

add("blind-lh/python/decoy-keyring", "scripts/push_catalogue_to_printer_v2.py", "https://pypi.org/project/keyring/", """
#!/usr/bin/env python3
# v2: password from the OS keyring (set once with `keyring set delhifineprints norbuthangka`)
from ftplib import FTP_TLS

import keyring

password = keyring.get_password("delhifineprints", "norbuthangka")
if not password:
    raise SystemExit("གསང་ཚིག་མེད། run: keyring set delhifineprints norbuthangka")
ftp = FTP_TLS("ftp.delhifineprints.in")
ftp.login(user="norbuthangka", passwd=password)
ftp.prot_p()
""")

add("blind-lh/python/dict-json-config-split", "scripts/etsy_sync.py", "https://developers.etsy.com/documentation/essentials/authentication", """
# Etsy listing sync for thangka prints — ཐང་ཀའི་པར་མ།
import os

import requests

ETSY = {
    "keystring": os.environ["ETSY_KEYSTRING"],
    "shared_secret": ("@@a@@"
                      "@@b@@"),
    "shop_id": 38812045,
}


def listings():
    r = requests.get(f"https://openapi.etsy.com/v3/application/shops/{ETSY['shop_id']}/listings/active",
                     headers={"x-api-key": ETSY["keystring"]})
    return r.json()["results"]
""", (_es := rand_pw(10).lower()), a=_es[:5], b=_es[5:])

add("blind-lh/python/vault-token", "scripts/rotate_db_password.py", "https://hvac.readthedocs.io/en/stable/overview.html", """
# གསང་ཚིག་བརྗེ་བ། rotate the shop DB password and store it in Vault
import secrets

import hvac

client = hvac.Client(url="https://vault.yakwoolcoop.org:8200", token="@@s@@")
new_pw = secrets.token_urlsafe(24)
client.secrets.kv.v2.create_or_update_secret(path="coop/db", secret={"password": new_pw})
print("ལེགས་གྲུབ། rotated")
""", vault_token())

add("blind-lh/python/decoy-vault-approle", "scripts/read_db_password.py", "https://hvac.readthedocs.io/en/stable/usage/auth_methods/approle.html", """
# AppRole login — role_id is not secret, secret_id comes from the systemd credential
import os
from pathlib import Path

import hvac

client = hvac.Client(url="https://vault.yakwoolcoop.org:8200")
client.auth.approle.login(
    role_id="@@rid@@",
    secret_id=Path(os.environ["CREDENTIALS_DIRECTORY"], "vault_secret_id").read_text().strip(),
)
password = client.secrets.kv.v2.read_secret_version(path="coop/db")["data"]["data"]["password"]
""", rid=uuid_s())

add("blind-lh/javascript/mongodb-uri", "coop-site/server/db.js", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/", """
// ཐགས་མཁན་གྱི་ངོ་སྤྲོད། weaver profiles for the "meet the makers" page
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://coopsite:@@s@@@cluster0.x7qkd.mongodb.net/makers?retryWrites=true&w=majority';
const client = new MongoClient(uri);

async function weavers() {
  await client.connect();
  return client.db('makers').collection('weavers').find({ active: true }).toArray();
}

module.exports = { weavers };
""", rand_pw(16))

add("blind-lh/javascript/decoy-mongodb-docs-uri", "coop-site/README.md", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
# coop-site — ང་ཚོའི་ཐགས་མཁན། "meet the makers"

Set `MONGODB_URI` before `npm start`, in the form from the MongoDB docs:

```
MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/makers
```

Photos of weavers are published only with their consent (གནང་བ།).
""")

add("blind-lh/javascript/algolia-admin-key", "coop-site/scripts/index-products.js", "https://www.algolia.com/doc/guides/security/api-keys/", """
// ཚོང་ཟོག་འཚོལ་ཞིབ། push product records to Algolia (admin key, server only)
const algoliasearch = require('algoliasearch');
const products = require('../data/products.json');

const client = algoliasearch('K7QF2ZP1XN', '@@s@@');
const index = client.initIndex('yakwool_products');

index.saveObjects(products, { autoGenerateObjectIDIfNotExist: true })
  .then(({ objectIDs }) => console.log(`བཀྲ་ཤིས། indexed ${objectIDs.length}`));
""", hexs(32))

add("blind-lh/javascript/decoy-algolia-search-key", "coop-site/public/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
// Search-only key: safe in the browser (ACL: search) — འཚོལ་ཞིབ་ཁོ་ན།
const searchClient = algoliasearch('K7QF2ZP1XN', '@@k@@');
const search = instantsearch({ indexName: 'yakwool_products', searchClient });
search.addWidgets([
  instantsearch.widgets.searchBox({ container: '#q', placeholder: 'ཟླ་གམ། shawl…' }),
  instantsearch.widgets.hits({ container: '#hits' }),
]);
search.start();
""", k=hexs(32))

add("blind-lh/go/slack-bot-token", "inventory-svc/internal/notify/slack.go", "https://pkg.go.dev/github.com/slack-go/slack", """
package notify

import "github.com/slack-go/slack"

// ཚོང་ཁང་གི་ Slack — #orders channel
var api = slack.New("@@s@@")

func Order(sku, country string) error {
	_, _, err := api.PostMessage("C05QX1ORDERS",
		slack.MsgOptionText("New order: "+sku+" → "+country+" (བཀྲ་ཤིས།)", false))
	return err
}
""", slack_bot())

add("blind-lh/go/decoy-test-token", "inventory-svc/internal/notify/slack_test.go", "https://pkg.go.dev/net/http/httptest", """
package notify

import (
	"net/http/httptest"
	"testing"

	"github.com/slack-go/slack"
)

// ཚོད་ལྟ། fake server, fake token
func TestOrder(t *testing.T) {
	srv := httptest.NewServer(fakeSlack(t))
	defer srv.Close()
	api = slack.New("xoxb-test-token-not-real", slack.OptionAPIURL(srv.URL+"/"))
	if err := Order("SH-0001", "DE"); err != nil {
		t.Fatal(err)
	}
}
""")

add("blind-lh/php/khalti-secret-key", "wool-coop-shop/wp-content/plugins/yak-khalti/khalti.php", "https://docs.khalti.com/khalti-epayment/", """
<?php
/*
 * Plugin Name: Yak Khalti — ནེ་པཱལ། buyers from Kathmandu pay with Khalti
 */
const YAK_KHALTI_SECRET = '@@s@@';

function yak_khalti_initiate( $order ) {
    return wp_remote_post( 'https://khalti.com/api/v2/epayment/initiate/', [
        'headers' => [ 'Authorization' => 'Key ' . YAK_KHALTI_SECRET ],
        'body'    => wp_json_encode( [ 'return_url' => home_url( '/khalti/return' ), 'amount' => $order->get_total() * 100,
                                       'purchase_order_id' => $order->get_id(), 'purchase_order_name' => 'Yak wool' ] ),
    ] );
}
""", "live_secret_key_" + hexs(32))

add("blind-lh/php/decoy-getenv", "wool-coop-shop/wp-content/plugins/yak-khalti/settings.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
// སྒྲིག་འགོད། Khalti keys from the server environment (set in the Apache vhost)
$khalti_public = getenv( 'KHALTI_PUBLIC_KEY' ) ?: 'live_public_key_' . str_repeat( 'x', 32 );
$khalti_secret = getenv( 'KHALTI_SECRET_KEY' );
if ( ! $khalti_secret ) {
    error_log( 'Khalti secret missing — གསང་ལྡེ་མེད།' );
}
""")

add("blind-lh/env/coop-mailgun", "coop_bot/.env", "https://github.com/theskumar/python-dotenv#getting-started", """
# གཡག་བལ་ bot — production
TELEGRAM_TOKEN_FILE=/etc/coop-bot/token
MAILGUN_DOMAIN=mg.yakwoolcoop.org
MAILGUN_API_KEY=@@s@@
ADMIN_CHAT_ID=-1001873320554
LANGUAGE=bo
""", mailgun_key())

add("blind-lh/env/decoy-vault-refs", "inventory-svc/.env.production", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# ཉར་ཚགས་ཞབས་ཞུ། rendered by vault-agent at boot; these are the references
INVENTORY_DSN=vault:kv/data/coop/inventory#dsn
SHIPROCKET_API_PASSWORD=vault:kv/data/coop/shiprocket#password
SLACK_BOT_TOKEN=vault:kv/data/coop/slack#bot_token
LOG_LEVEL=info
PORT=8080
""")

add("blind-lh/env/openai-key-quoted", "analysis/.env", "https://github.com/theskumar/python-dotenv#getting-started", """
# ཚོང་འབབ་དབྱེ་ཞིབ། notebooks — translate reviews Tibetan ↔ English
OPENAI_API_KEY="@@s@@"
OPENAI_MODEL=gpt-4o-mini
REVIEWS_CSV=./data/reviews-2024.csv
OUTPUT_DIR=./out
""", openai_key())

add("blind-lh/env/decoy-empty-values", "analysis/.env.sample", "https://github.com/theskumar/python-dotenv#getting-started", """
# ཚོང་འབབ་དབྱེ་ཞིབ། — copy to .env; leave blank what you do not use
OPENAI_API_KEY=
OPENAI_MODEL=gpt-4o-mini
METABASE_PASSWORD=
REVIEWS_CSV=./data/reviews-2024.csv
""")

add("blind-lh/env/cloudinary-url", "thangka-shop/.env.local", "https://cloudinary.com/documentation/node_integration#setting_the_cloudinary_url_environment_variable", """
# ཐང་ཀའི་པར་རིས། image CDN (thumbnails, zoom tiles)
CLOUDINARY_URL=cloudinary://@@kid@@:@@s@@@norbu-thangka
NEXT_PUBLIC_CLOUDINARY_CLOUD=norbu-thangka
NEXT_PUBLIC_SITE_URL=http://localhost:3000
IMAGE_MAX_WIDTH=4096
""", rand_pw(27, "_-"), kid=str(random.Random(_seed()).randint(10**14, 10**15)))

add("blind-lh/yaml/sendgrid-in-config", "coop-export/config/notifications.yml", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """
# ཕྱི་ཚོང་། shipping notifications to buyers abroad
notifications:
  provider: sendgrid
  sendgrid:
    api_key: "@@s@@"
    from: "shipping@yakwoolcoop.org"
  templates:
    shipped: d-8f2c41e07a6b4d1f9b02f3c6e5a7d910
    delivered: d-1e9a0b37c2d84f5aa6b1c7d09e3f2a44
""", sendgrid_key())

add("blind-lh/yaml/decoy-sops", "coop-export/config/secrets.enc.yaml", "https://github.com/getsops/sops#usage", """
# མཉམ་ལས་ཚོགས་པ། encrypted with sops (age recipients: tenzin, pema, ci)
sendgrid:
    api_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
paypal:
    client_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2024-04-22T08:12:45Z"
    version: 3.8.1
""", d1=b64(hexs(60)), iv1=b64(hexs(24)), t1=b64(hexs(16)), d2=b64(hexs(80)), iv2=b64(hexs(24)), t2=b64(hexs(16)),
    r="".join(random.Random(_seed()).choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)))

add("blind-lh/yaml/gitlab-token-renovate", "renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """
# ཐང་ཀའི་ཚོང་ཁང་ dependency updates (self-hosted Renovate on the Dharamsala box)
platform: gitlab
endpoint: https://gitlab.com/api/v4/
token: @@s@@
repositories:
  - norbu-thangka/shop
  - norbu-thangka/thangka-ui
onboarding: false
""", gitlab_token())

add("blind-lh/yaml/decoy-gitlab-ci-masked", "packages/thangka-ui/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
# ཐང་ཀའི་ UI — CI variables are masked and protected in the project settings
variables:
  NODE_VERSION: "20"
publish:
  image: node:${NODE_VERSION}
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npm publish
""")

add("blind-lh/circleci/docker-password", ".circleci/config.yml", "https://circleci.com/docs/private-images/", """
# གཡག་བལ་ app build
version: 2.1
jobs:
  build:
    docker:
      - image: registry.yakwoolcoop.org/ci/android-builder:34
        auth:
          username: ci-bot
          password: @@s@@
    steps:
      - checkout
      - run: ./gradlew assembleRelease
workflows:
  main:
    jobs: [build]
""", rand_pw(24))

add("blind-lh/jenkins/decoy-credentials-binding", "coop-export/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """
// ཕྱི་ཚོང་ཞབས་ཞུ། — credentials bound from the Jenkins store
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASSWORD')]) {
          sh './mvnw -s .mvn/settings-ci.xml deploy'
        }
      }
    }
  }
}
""")

add("blind-lh/jenkins/ssh-password-inline", "inventory-svc/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
// ཉར་ཚགས་ཞབས་ཞུ། deploy to the Lhasa box over a VPN
pipeline {
  agent any
  environment {
    LHASA_HOST = '10.8.0.2'
    LHASA_PASS = '@@s@@'
  }
  stages {
    stage('Deploy') {
      steps {
        sh 'sshpass -p "$LHASA_PASS" scp bin/inventory deploy@$LHASA_HOST:/opt/inventory/'
        sh 'sshpass -p "$LHASA_PASS" ssh deploy@$LHASA_HOST sudo systemctl restart inventory'
      }
    }
  }
}
""", words_pw())

add("blind-lh/systemd/env-password", "deploy/systemd/coop-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """
[Unit]
Description=Yak wool co-op Telegram bot (གཡག་བལ་ bot)
After=network-online.target

[Service]
User=coopbot
WorkingDirectory=/opt/coop_bot
Environment=TELEGRAM_TOKEN=@@s@@
Environment=LANGUAGE=bo
ExecStart=/opt/coop_bot/venv/bin/python bot.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", telegram())

add("blind-lh/systemd/decoy-load-credential", "deploy/systemd/inventory.service", "https://systemd.io/CREDENTIALS/", """
[Unit]
Description=Inventory service — ཉར་ཚགས།
After=network-online.target

[Service]
User=inventory
LoadCredentialEncrypted=vault_secret_id:/etc/credstore.encrypted/inventory.vault_secret_id
EnvironmentFile=-/etc/default/inventory
ExecStart=/opt/inventory/inventory
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-lh/shell/here-doc-pgpass", "scripts/restore-db.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
#!/bin/sh
# གནད་སྡུད་སླར་གསོ། restore last night's dump onto the staging DB
set -e
cat > ~/.pgpass <<EOF
10.110.0.4:5432:thangka_staging:thangka:@@s@@
EOF
chmod 600 ~/.pgpass
gunzip -c /srv/backup/thangka-latest.sql.gz | psql -h 10.110.0.4 -U thangka thangka_staging
rm ~/.pgpass
""", rand_pw(20))

add("blind-lh/shell/decoy-op-read", "scripts/restore-db-v2.sh", "https://developer.1password.com/docs/cli/reference/commands/read/", """
#!/bin/sh
# v2 — password from 1Password CLI, never on disk
set -e
PGPASSWORD="$(op read 'op://Deploy/thangka-staging-db/password')"
export PGPASSWORD
gunzip -c /srv/backup/thangka-latest.sql.gz | psql -h 10.110.0.4 -U thangka thangka_staging
unset PGPASSWORD
echo "ལེགས་གྲུབ།"
""")

add("blind-lh/shell/curl-bearer", "scripts/shiprocket-label.sh", "https://apidocs.shiprocket.in/", """
#!/usr/bin/env bash
# སྐྱེལ་འདྲེན་ཤོག་བྱང་། print a shipping label for an order id
ORDER_ID="$1"
curl -s -X POST https://apiv2.shiprocket.in/v1/external/courier/generate/label \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer @@s@@" \\
  -d "{\\"shipment_id\\": [\\"$ORDER_ID\\"]}" | jq -r .label_url
""", jwt_like())

add("blind-lh/shell/decoy-token-var", "scripts/shiprocket-track.sh", "https://apidocs.shiprocket.in/", """
#!/usr/bin/env bash
# རྗེས་འདེད། track an AWB; token fetched fresh with login.sh
set -euo pipefail
TOKEN="$(./login.sh)"
curl -s "https://apiv2.shiprocket.in/v1/external/courier/track/awb/$1" \\
  -H "Authorization: Bearer ${TOKEN}" | jq '.tracking_data.shipment_track[0].current_status'
""")

add("blind-lh/docker-config/registry-auth", "ops/laptop-backup/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.yakwoolcoop.org": {
      "auth": "@@s@@"
    }
  },
  "currentContext": "default"
}
""", b64("ci-bot:" + rand_pw(22)))

add("blind-lh/docker-config/decoy-creds-store", "ops/laptop-backup/docker-config-pema.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.yakwoolcoop.org": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}
""")

_dcp = rand_pw(20)
add("blind-lh/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
# གཡག་བལ་ registry pull secret
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: coop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", _dcp, d=b64('{"auths":{"registry.yakwoolcoop.org":{"username":"ci-bot","password":"%s"}}}' % _dcp))

add("blind-lh/k8s-secret/decoy-sealed-secret", "deploy/k8s/stripe-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
# ཐང་ཀའི་ཚོང་ཁང་ Stripe key, sealed for the cluster (safe to commit)
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: shop
spec:
  encryptedData:
    secret_key: Ag@@c1@@
    webhook_secret: Ag@@c2@@
""", c1=rand_pw(300, "+/") + "==", c2=rand_pw(300, "+/") + "==")

add("blind-lh/k8s-secret/stringdata-api-key", "deploy/k8s/openai-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", """
# ཐང་ཀའི་འགྲེལ་བཤད། description drafting job
apiVersion: v1
kind: Secret
metadata:
  name: openai
  namespace: shop
type: Opaque
stringData:
  api-key: @@s@@
""", openai_key())

_tok = telegram()
add("blind-lh/k8s-secret/telegram-base64", "deploy/k8s/coop-bot-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: coop-bot
  namespace: coop
  labels: { app: coop-bot }   # གཡག་བལ་ bot
type: Opaque
data:
  TELEGRAM_TOKEN: @@d@@
""", _tok, d=b64(_tok))

add("blind-lh/pypirc/pypi-token", "packages/tibetan-sku/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# བོད་ཡིག་ SKU helper (tibetan-sku) — publishing
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-lh/toml/decoy-pyproject", "packages/tibetan-sku/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "tibetan-sku"
version = "0.4.1"
description = "SKU and transliteration helpers for Tibetan product names (བོད་ཡིག་ → Wylie)"
authors = [{ name = "Norbu Thangka Studio", email = "dev@norbuthangka.art" }]
requires-python = ">=3.9"
dependencies = ["pyewts>=0.2"]

[tool.hatch.publish.index]
# token from the PYPI_TOKEN env var via `hatch publish -u __token__`
disable = false
""")

add("blind-lh/composer/auth-json", "wool-coop-shop/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", """
{
    "_comment": "གཡག་བལ་ཚོང་ཁང་ premium WooCommerce extensions",
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    }
}
""", hexs(40))

add("blind-lh/composer/decoy-composer-lock", "wool-coop-shop/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "@@h1@@",
    "packages": [
        {
            "name": "automattic/woocommerce",
            "version": "3.1.0",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/woocommerce/wc-api-php/zipball/@@sha@@",
                "shasum": ""
            }
        }
    ]
}
""", h1=hexs(32), sha=hexs(40))

add("blind-lh/pip-conf/index-password", "ops/laptop-backup/pip.conf", "https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication", """
# ཐང་ཀའི་ཚོང་ཁང་ private index (Gemfury) for iconography data package
[global]
index-url = https://pypi.org/simple
extra-index-url = https://norbu:@@s@@@pypi.fury.io/norbu-thangka/
timeout = 60
""", rand_pw(20))

add("blind-lh/nuget/decoy-clear-text-env", "StudioArchive/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- ཐང་ཀའི་པར་མཛོད། GitHub Packages feed; token from the environment -->
  <packageSources>
    <add key="github" value="https://nuget.pkg.github.com/norbu-thangka/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="norbu-thangka-ci" />
      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />
    </github>
  </packageSourceCredentials>
</configuration>
""")

add("blind-lh/ruby/redis-url", "print-shop/config/cable.yml", "https://guides.rubyonrails.org/action_cable_overview.html#subscription-adapter", """
# ཐང་ཀའི་པར་མ། live stock counter on product pages
development:
  adapter: async

production:
  adapter: redis
  url: redis://:@@s@@@redis-13821.c264.ap-south-1-1.ec2.cloud.redislabs.com:13821/0
  channel_prefix: print_shop_production
""", fakes.redis_password(_seed()))

add("blind-lh/ruby/heredoc-json-key", "print-shop/lib/tasks/printful.rake", "https://developers.printful.com/docs/#section/Authorization", """
# ཐང་ཀའི་པར་མ། — push new print designs to Printful
namespace :printful do
  task sync: :environment do
    config = JSON.parse(<<~JSON)
      {"store_id": 11823904, "token": "@@s@@", "variant": "poster-a3"}
    JSON
    client = Printful::Client.new(token: config["token"])
    Design.unsynced.find_each { |d| client.create_product(config["store_id"], d.to_printful) }
  end
end
""", rand_pw(40))

add("blind-lh/ruby/decoy-rails-credentials-fetch", "print-shop/config/initializers/printful.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Printful token from encrypted credentials (bin/rails credentials:edit)
# བཀོད་སྒྲིག། — nothing secret in this file
Printful.configure do |c|
  c.token = Rails.application.credentials.dig(:printful, :token)
  c.store_id = 11823904
  c.timeout = 15
end
""")

add("blind-lh/javascript/split-concat-key", "thangka-shop/scripts/backfill-sheets.js", "https://developers.google.com/sheets/api/guides/authorizing", """
// ཐང་ཀའི་ཐོ་གཞུང་། backfill the painting register from the Google Sheet
// (key split so it "isn't searchable" — ཉེན་བརྡ། it still is)
const KEY = '@@a@@' +
  '@@b@@';
const SHEET = '1fQ7tH0xYkqL2bN8vR3mZcW5aP9sD6gE4jU1oI0yT8kM';

fetch(`https://sheets.googleapis.com/v4/spreadsheets/${SHEET}/values/Register!A2:H?key=${KEY}`)
  .then((r) => r.json())
  .then((data) => console.log(`${data.values.length} paintings`));
""", (_gk := google_key()), a=_gk[:20], b=_gk[20:])

add("blind-lh/javascript/json-in-string", "coop-site/netlify/functions/contact.js", "https://docs.netlify.com/functions/overview/", """
// འབྲེལ་བ། contact form → Zoho mail
const nodemailer = require('nodemailer');
const cfg = JSON.parse('{"host":"smtp.zoho.in","port":465,"user":"hello@yakwoolcoop.org","pass":"@@s@@"}');

exports.handler = async (event) => {
  const { name, email, message } = JSON.parse(event.body);
  const t = nodemailer.createTransport({ host: cfg.host, port: cfg.port, secure: true, auth: { user: cfg.user, pass: cfg.pass } });
  await t.sendMail({ from: cfg.user, to: cfg.user, replyTo: email, subject: `འབྲེལ་བ། ${name}`, text: message });
  return { statusCode: 200, body: 'ཐུགས་རྗེ་ཆེ།' };
};
""", rand_pw(16))

add("blind-lh/netlify/decoy-toml", "coop-site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
# ང་ཚོའི་ཐགས་མཁན། site build
[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"

[build.environment]
  NODE_VERSION = "20"
  # SMTP_PASS is set in the Netlify UI (Site settings → Environment variables)
  SMTP_USER = "hello@yakwoolcoop.org"
""")

add("blind-lh/typescript/vercel-token", "thangka-shop/scripts/purge-cache.ts", "https://vercel.com/docs/rest-api#authentication", """
// ཐང་ཀ་གསར་པ། purge cache after a new painting is listed
const VERCEL_TOKEN = '@@s@@';
const PROJECT = 'prj_8KqZl2WvN4xTyR7bHc1dM9sFpE3o';

export async function purge(path: string): Promise<void> {
  await fetch(`https://api.vercel.com/v1/projects/${PROJECT}/cache/purge`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${VERCEL_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ paths: [path] }),
  });
}
""", rand_pw(24))

add("blind-lh/typescript/decoy-sri-hashes", "thangka-shop/src/app/head.tsx", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """
// ཐང་ཀའི་ཚོང་ཁང་ <head> — third-party scripts pinned with SRI hashes
export default function Head() {
  return (
    <>
      <script src="https://js.stripe.com/v3/" async />
      <script
        src="https://cdn.jsdelivr.net/npm/openseadragon@4.1.0/build/openseadragon/openseadragon.min.js"
        integrity="sha384-@@h@@"
        crossOrigin="anonymous"
      />
      <meta name="description" content="ནོར་བུ་ཐང་ཀ། Hand-painted Tibetan thangkas" />
    </>
  );
}
""", h=rand_pw(64, "+/"))

add("blind-lh/python/google-oauth-client-secret", "studio_site/social/google.py", "https://developers.google.com/identity/protocols/oauth2/web-server", """
# ཐོ་འགོད། "Sign in with Google" for returning buyers
from authlib.integrations.django_client import OAuth

oauth = OAuth()
oauth.register(
    name="google",
    client_id="418806337251-@@cid@@.apps.googleusercontent.com",
    client_secret="@@s@@",
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile"},
)
""", "GOCSPX-" + rand_pw(28, "_-"), cid=rand_pw(32).lower())

add("blind-lh/python/instagram-token", "studio_site/social/instagram.py", "https://developers.facebook.com/docs/instagram-platform/content-publishing", """
# ཐང་ཀ་གསར་པ་ Instagram ལ་འགྲེམས། post new paintings to the studio account
import requests

IG_USER = "17841405822304914"
ACCESS_TOKEN = "@@s@@"


def post_painting(image_url: str, caption: str) -> str:
    r = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER}/media",
                      data={"image_url": image_url, "caption": caption, "access_token": ACCESS_TOKEN})
    creation = r.json()["id"]
    requests.post(f"https://graph.facebook.com/v19.0/{IG_USER}/media_publish",
                  data={"creation_id": creation, "access_token": ACCESS_TOKEN})
    return creation
""", "EAAG" + rand_pw(180))

add("blind-lh/python/decoy-hmac-of-webhook", "studio_site/payments/razorpay_webhook.py", "https://razorpay.com/docs/webhooks/validate-test/", """
# དངུལ་སྤྲོད་ webhook — signature check; the secret is read from settings
import hashlib
import hmac

from django.conf import settings

EXAMPLE_SIGNATURE = "@@sig@@"  # from the docs' sample payload, for the unit test


def valid(body: bytes, signature: str) -> bool:
    expected = hmac.new(settings.RAZORPAY_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""", sig=sha256ish())

add("blind-lh/python/whatsapp-token", "coop_bot/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
# WhatsApp order updates for buyers in India — ཉོ་མཁན་ལ་བརྡ་ཐོ།
import httpx

PHONE_NUMBER_ID = "204981736655120"
TOKEN = "@@s@@"


def send_template(to: str, order_no: str) -> None:
    httpx.post(
        f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "template",
              "template": {"name": "order_shipped", "language": {"code": "en"},
                           "components": [{"type": "body", "parameters": [{"type": "text", "text": order_no}]}]}},
    )
""", "EAAJ" + rand_pw(190))

add("blind-lh/go/ec-private-key", "inventory-svc/internal/auth/signing.go", "https://pkg.go.dev/crypto/x509#ParseECPrivateKey", """
package auth

// ཐགས་མཁན་ app sessions — ES256 signing key (ཉེན་བརྡ། move to KMS)
const signingKeyPEM = `@@s@@`

var signer = mustSigner(signingKeyPEM)
""", pem("EC"))

add("blind-lh/go/decoy-public-key-pem", "inventory-svc/internal/auth/verify.go", "https://pkg.go.dev/crypto/x509#ParsePKIXPublicKey", """
package auth

// བདེན་དཔང་། verification key (public half of the signing key)
const verifyKeyPEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@a@@
@@b@@
-----END PUBLIC KEY-----`

var verifier = mustVerifier(verifyKeyPEM)
""", a=rand_pw(28, "+/"), b=rand_pw(60, "+/"))

add("blind-lh/java/alipay-private-key", "coop-export/src/main/resources/alipay.properties", "https://opendocs.alipay.com/open/02np8y", """
# ཕྱི་ཚོང་། Alipay for buyers in mainland China (cross-border)
alipay.gateway=https://openapi.alipay.com/gateway.do
alipay.app-id=2021004117682345
alipay.sign-type=RSA2
alipay.app-private-key=@@s@@
alipay.charset=UTF-8
""", rand_pw(200, "+/") + "=")

add("blind-lh/java/decoy-alipay-public", "coop-export/src/main/resources/alipay-public.properties", "https://opendocs.alipay.com/common/02kdnc", """
# Alipay's public key (to verify their notifications) — ཕྱི་ཚོང་། public, safe to share
alipay.gateway=https://openapi.alipay.com/gateway.do
alipay.app-id=2021004117682345
alipay.alipay-public-key=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@k@@IDAQAB
alipay.sign-type=RSA2
""", k=rand_pw(300, "+/"))

# --------------------------------------------------------------------------------------------
# Loom-room sensors, monitoring and data
# --------------------------------------------------------------------------------------------

add("blind-lh/cpp/wifi-password", "loom-sensors/firmware/src/main.cpp", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", """
// ཐགས་ར་ཚ་གྲང་ཚད་འཇལ་ཆས། ESP32 humidity/temperature node, Lhasa loom room
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "YakWool-Lhasa";
const char* WIFI_PASS = "@@s@@";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer("10.8.0.1", 1883);
}
""", passphrase())

add("blind-lh/cpp/decoy-secrets-header", "loom-sensors/firmware/include/secrets.example.h", "https://docs.platformio.org/en/latest/projectconf/sections/env/options/build/build_flags.html", """
// ལྡེ་མིག་དཔེ། copy to secrets.h (git-ignored) and fill in
#pragma once
#define WIFI_SSID "your-ssid"
#define WIFI_PASS "your-wifi-password"
#define MQTT_USER "loom-sensor"
#define MQTT_PASS "changeme"
""")

add("blind-lh/yaml/esphome-api-key", "loom-sensors/esphome/dyeing-room.yaml", "https://esphome.io/components/api.html#configuration-variables", """
# ཚོས་ཁང་། dyeing room sensor (steam from the madder vats)
esphome:
  name: dyeing-room
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: "@@s@@"
sensor:
  - platform: dht
    pin: GPIO4
    temperature: { name: "Dyeing temperature" }
    humidity: { name: "Dyeing humidity" }
""", base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(32))).decode())

add("blind-lh/yaml/decoy-esphome-secret-refs", "loom-sensors/esphome/spinning-room.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", """
# འཁེལ་ཁང་། spinning room — every secret is a !secret reference
esphome:
  name: spinning-room
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key_spinning
ota:
  - platform: esphome
    password: !secret ota_password
""")

add("blind-lh/yaml/esphome-secrets-file", "loom-sensors/esphome/secrets.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", """
# ལྷ་སའི་ཐགས་ར། — ཉེན་བརྡ། this file should be git-ignored
wifi_ssid: "YakWool-Lhasa"
wifi_password: "@@s@@"
""" + "# ota and api keys are per-device, see each node\n# updated 2024-03-18 by Lobsang\n", words_pw())

add("blind-lh/conf/decoy-password-hashes", "loom-sensors/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
loom-sensor:$7$101$@@s1@@$@@h1@@
dyeing-room:$7$101$@@s2@@$@@h2@@
spinning-room:$7$101$@@s3@@$@@h3@@
dashboard:$7$101$@@s4@@$@@h4@@
bridge-dsl:$7$101$@@s5@@$@@h5@@
""", s1=rand_pw(16, "+/"), h1=rand_pw(86, "+/") + "==", s2=rand_pw(16, "+/"), h2=rand_pw(86, "+/") + "==",
    s3=rand_pw(16, "+/"), h3=rand_pw(86, "+/") + "==", s4=rand_pw(16, "+/"), h4=rand_pw(86, "+/") + "==",
    s5=rand_pw(16, "+/"), h5=rand_pw(86, "+/") + "==")

add("blind-lh/conf/mosquitto-bridge-password", "loom-sensors/mosquitto/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# ལྷ་ས → དྷ་རམ་ས་ལ། bridge the Lhasa broker to the Dharamsala dashboard
connection bridge-dsl
address dsl.yakwoolcoop.org:8883
bridge_cafile /etc/mosquitto/ca.crt
remote_username bridge-dsl
remote_password @@s@@
topic looms/# out 1
""", fakes.redis_password(_seed()))

add("blind-lh/ini/grafana-admin-password", "monitoring/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """
; ཐགས་རའི་ལྟ་རྟོག dashboards (humidity, orders)
[server]
http_port = 3001
root_url = https://dash.yakwoolcoop.org/

[security]
admin_user = admin
admin_password = @@s@@

[users]
default_language = en-US
""", words_pw())

add("blind-lh/yaml/decoy-grafana-datasource-env", "monitoring/grafana/provisioning/datasources/mysql.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """
# ཚོང་འབབ། orders data source — password from the container environment
apiVersion: 1
datasources:
  - name: coop-orders
    type: mysql
    url: 10.20.0.5:3306
    user: metabase_ro
    jsonData:
      database: yakwool_shop
    secureJsonData:
      password: $__env{COOP_ORDERS_DB_PASSWORD}
""")

add("blind-lh/yaml/alertmanager-slack", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
# རླན་ཚད་ཉེན་བརྡ། humidity and disk alerts
route:
  receiver: loom-room
  group_wait: 30s
receivers:
  - name: loom-room
    slack_configs:
      - api_url: @@s@@
        channel: '#loom-room'
        title: 'ཉེན་བརྡ། {{ .CommonLabels.alertname }}'
""", slack_webhook())

add("blind-lh/yaml/datadog-api-key", "monitoring/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
# ཐང་ཀའི་ཚོང་ཁང་ droplet agent
api_key: @@s@@
site: datadoghq.com
hostname: thangka-shop-1
tags:
  - env:prod
  - team:studio
logs_enabled: true
""", hexs(32))

add("blind-lh/yaml/decoy-datadog-env", "monitoring/datadog/datadog.staging.yaml", "https://docs.datadoghq.com/agent/configuration/secrets-management/", """
# ཚོད་ལྟ། staging agent — key resolved by the secrets backend
api_key: ENC[datadog_api_key]
secret_backend_command: /opt/datadog-agent/bin/read-secret.sh
site: datadoghq.com
hostname: thangka-staging-1
logs_enabled: false
""")

add("blind-lh/yaml/dbt-profile-password", "analysis/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup", """
# ཚོང་འབབ་དབྱེ་ཞིབ། sales models
coop_sales:
  target: prod
  outputs:
    prod:
      type: postgres
      host: db.lhasa.yakwoolcoop.org
      user: analyst
      password: "@@s@@"
      port: 5432
      dbname: analytics
      schema: sales
      threads: 2
""", rand_pw(18))

add("blind-lh/yaml/decoy-dbt-env-var", "analysis/dbt/profiles.example.yml", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var", """
# དཔེ། example — dbt reads the password from the environment
coop_sales:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      port: 5432
      dbname: analytics
      schema: dbt_dev
""")

add("blind-lh/python/airflow-conn-uri", "analysis/airflow/dags/nightly_sales.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#uri-format", """
# ཚོང་འབབ། nightly sales rollup (Lhasa + Dharamsala shops)
import os
from datetime import datetime

from airflow import DAG
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator

os.environ["AIRFLOW_CONN_COOP_MYSQL"] = "mysql://metabase_ro:@@s@@@10.20.0.5:3306/yakwool_shop"

with DAG("nightly_sales", start_date=datetime(2024, 1, 1), schedule="0 2 * * *", catchup=False):
    SQLExecuteQueryOperator(task_id="rollup", conn_id="coop_mysql", sql="CALL sales_rollup(CURDATE())")
""", rand_pw(20))

add("blind-lh/terraform/tfstate-password", "infra/terraform/terraform.tfstate.backup", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", """
{
  "version": 4,
  "terraform_version": "1.8.2",
  "resources": [
    {
      "mode": "managed",
      "type": "digitalocean_database_user",
      "name": "shop",
      "instances": [
        {
          "attributes": {
            "cluster_id": "@@cid@@",
            "name": "thangka",
            "password": "@@s@@",
            "role": "normal"
          }
        }
      ]
    }
  ]
}
""", "AVNS_" + rand_pw(19, "_-"), cid=uuid_s())

add("blind-lh/terraform/decoy-random-password", "infra/terraform/database.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
# ཐང་ཀའི་གནད་སྡུད་མཛོད། managed Postgres — password generated, stored in state only
resource "random_password" "coop_db" {
  length  = 24
  special = false
}

resource "digitalocean_database_cluster" "shop" {
  name       = "thangka-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "blr1"
  node_count = 1
}
""")

add("blind-lh/conf/redis-requirepass", "deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """
# ཐང་ཀའི་ཚོང་ཁང་ sessions + cart
bind 127.0.0.1 10.110.0.2
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 256mb
maxmemory-policy allkeys-lru
""", fakes.redis_password(_seed()))

add("blind-lh/conf/decoy-htpasswd", "deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
tenzin:$apr1$@@a1@@$@@h1@@
pema:$apr1$@@a2@@$@@h2@@
lobsang:$apr1$@@a3@@$@@h3@@
dolma:$2y$05$@@b4@@
karma:$2y$05$@@b5@@
""", a1=rand_pw(8), h1=rand_pw(22, "./"), a2=rand_pw(8), h2=rand_pw(22, "./"), a3=rand_pw(8), h3=rand_pw(22, "./"),
    b4=rand_pw(53, "./"), b5=rand_pw(53, "./"))

add("blind-lh/crontab/password-in-cron", "ops/crontab-dsl-server.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command — Dharamsala server (crontab -l, 2024-05)
MAILTO=tenzin@norbuthangka.art
# ཉིན་རེའི་རྗེས་ཤོར། nightly backup of the shop DB
15 2 * * * mysqldump -h 10.20.0.5 -u backup --password=@@s@@ yakwool_shop | gzip > /srv/backup/shop-$(date +\\%F).sql.gz
45 2 * * * rsync -a /srv/backup/ lhasa-nas:/volume1/coop-backup/
0 4 * * 0 find /srv/backup -mtime +30 -delete
""", rand_pw(18))

add("blind-lh/crontab/decoy-defaults-file", "ops/crontab-lhasa-nas.txt", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
# ལྷ་སའི་ NAS crontab — credentials in /root/.my.cnf (0600), not here
MAILTO=lobsang@yakwoolcoop.org
15 3 * * * mysqldump --defaults-extra-file=/root/.my.cnf inventory | gzip > /volume1/backup/inv-$(date +\\%F).sql.gz
30 3 * * * /usr/local/bin/check-humidity-log.sh
0 5 1 * * /usr/local/bin/rotate-logs.sh
""")

add("blind-lh/ini/my-cnf-password", "ops/laptop-backup/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
# ~/.my.cnf — Pema (accounts)
[client]
host=10.20.0.5
user=pema_accounts
password="@@s@@"

[mysql]
database=yakwool_shop
""", words_pw())

# --------------------------------------------------------------------------------------------
# More notes, chats, mails and scripts (partly in Tibetan)
# --------------------------------------------------------------------------------------------

add("blind-lh/text/tibetan-note-password", "notes/ལས་ཁུངས་ཀྱི་ཟིན་ཐོ.txt", "https://www.unicode.org/charts/PDF/U0F00.pdf", """
ལས་ཁུངས་ཀྱི་ཟིན་ཐོ། — office notes, Dharamsala
༡། ཚོང་ཁང་གི་ WordPress admin: https://shop.yakwoolcoop.org/wp-admin
༢། ནང་འཛུལ་མིང་། coopadmin
༣། གསང་ཚིག་ @@s@@
༤། གསང་ཚིག་འདི་ཟླ་བ་རེར་བརྗེ་དགོས། (change monthly)
༥། Tenzin la ask before installing plugins.
""", words_pw())

add("blind-lh/text/decoy-tibetan-note-no-password", "notes/ལྷ་སའི་ཟིན་ཐོ.txt", "https://www.unicode.org/charts/PDF/U0F00.pdf", """
ལྷ་སའི་ཐགས་རའི་ཟིན་ཐོ། — Lhasa workshop notes
༡། NAS admin: http://10.8.0.5:5000
༢། ནང་འཛུལ་མིང་། coop-admin
༣། གསང་ཚིག Bitwarden ནང་ཡོད། ("Lhasa NAS") — not written here
༤། རླན་ཚད་ 65% ལས་མང་ན་ window open.
""")

add("blind-lh/eml/password-in-mail", "notes/mail/2024-02-20-shiprocket-access.eml", "https://www.rfc-editor.org/rfc/rfc5322", """
From: Pema Yangchen <pema@yakwoolcoop.org>
To: Karma Gyatso <karma@yakwoolcoop.org>
Subject: Shiprocket login for the export desk
Date: Tue, 20 Feb 2024 10:12:44 +0530
Content-Type: text/plain; charset=utf-8

བཀྲ་ཤིས་བདེ་ལེགས། Karma la,

The Shiprocket panel login for this week:
  user: export@yakwoolcoop.org
  password: @@s@@

Please print the labels for SH-0366 to SH-0371. ཐུགས་རྗེ་ཆེ།
Pema
""", rand_pw(14, "!@#"))

add("blind-lh/eml/decoy-reset-link-expired", "notes/mail/2024-02-21-password-reset.eml", "https://www.rfc-editor.org/rfc/rfc5322", """
From: Shiprocket <noreply@shiprocket.in>
To: export@yakwoolcoop.org
Subject: Your password was changed
Date: Wed, 21 Feb 2024 09:02:10 +0530
Content-Type: text/plain; charset=utf-8

Hi, the password for export@yakwoolcoop.org was changed on 21 Feb 2024.
If this wasn't you, reset it at https://app.shiprocket.in/forgot-password
Reference: @@ref@@
""", ref=uuid_s())

add("blind-lh/chat/slack-export-token", "notes/chat/dev-channel-2024-03.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", """
[
  {"user": "U04TENZIN", "ts": "1710312044.120019", "text": "ཐང་ཀའི་ཚོང་ཁང་ deploy is failing, anyone?"},
  {"user": "U05PEMA", "ts": "1710312102.330211", "text": "DO token expired. New one for now: @@s@@ — I'll put it in GitHub secrets tonight"},
  {"user": "U04TENZIN", "ts": "1710312160.004512", "text": "ཐུགས་རྗེ་ཆེ། works"},
  {"user": "U05PEMA", "ts": "1710312190.775001", "text": "please delete this message later 🙏"},
  {"user": "U04TENZIN", "ts": "1710312221.100220", "text": "ok"}
]
""", do_token())

add("blind-lh/chat/decoy-chat-no-secret", "notes/chat/dev-channel-2024-04.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", """
[
  {"user": "U04TENZIN", "ts": "1712041200.120019", "text": "rotated DO_TOKEN, STRIPE_SECRET_KEY, NPM_TOKEN — ལྡེ་མིག་གསར་པ། in Bitwarden"},
  {"user": "U05PEMA", "ts": "1712041262.330211", "text": "old ones revoked? the one starting dop_v1_… from March"},
  {"user": "U04TENZIN", "ts": "1712041300.004512", "text": "yes, revoked. commit a1c9e07 removed the .env from the repo"},
  {"user": "U05PEMA", "ts": "1712041390.775001", "text": "བཀྲ་ཤིས་བདེ་ལེགས།"},
  {"user": "U04TENZIN", "ts": "1712041401.100220", "text": "🙏"}
]
""")

add("blind-lh/perl/ftp-password", "ops/legacy/upload_catalogue.pl", "https://metacpan.org/pod/Net::FTP", """
#!/usr/bin/perl
# རྙིང་པ། legacy catalogue upload (old shop host, still used for the PDF catalogue)
use strict;
use warnings;
use Net::FTP;

my $ftp = Net::FTP->new("ftp.norbuthangka.art", Debug => 0) or die "connect: $@";
$ftp->login("catalogue", "@@s@@") or die "login: ", $ftp->message;
$ftp->binary;
$ftp->put("catalogue-2024.pdf") or die "put: ", $ftp->message;
$ftp->quit;
""", words_pw())

add("blind-lh/lua/decoy-openresty-env", "deploy/openresty/auth.lua", "https://github.com/openresty/lua-nginx-module#nginx-api-for-lua", """
-- ཚོད་ལྟ། staging gate: token compared to the one nginx gets from the environment
local expected = os.getenv("STAGING_GATE_TOKEN")
local got = ngx.var.http_x_gate_token
if not expected or expected == "" then
  ngx.log(ngx.ERR, "STAGING_GATE_TOKEN missing")
  return ngx.exit(500)
end
if got ~= expected then
  return ngx.exit(ngx.HTTP_FORBIDDEN)
end
""")

add("blind-lh/dart/decoy-flutter-firebase-options", "coop_flutter/lib/firebase_options.dart", "https://firebase.google.com/docs/flutter/setup", """
// File generated by FlutterFire CLI. — གཡག་བལ་ app (public client config)
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '@@k@@',
    appId: '1:418806337251:android:@@a@@',
    messagingSenderId: '418806337251',
    projectId: 'yakwool-coop',
    storageBucket: 'yakwool-coop.appspot.com',
  );
}
""", k=google_key(), a=hexs(22))

add("blind-lh/dart/razorpay-secret-in-app", "coop_flutter/lib/payments/razorpay_orders.dart", "https://razorpay.com/docs/api/orders/create/", """
// ཉོ་སྒྲུབ། creates a Razorpay order from the app (ཉེན་བརྡ། should go via our server)
import 'dart:convert';
import 'package:http/http.dart' as http;

const _keyId = '@@kid@@';
const _keySecret = '@@s@@';

Future<String> createOrder(int paise) async {
  final auth = base64Encode(utf8.encode('$_keyId:$_keySecret'));
  final res = await http.post(Uri.parse('https://api.razorpay.com/v1/orders'),
      headers: {'Authorization': 'Basic $auth', 'Content-Type': 'application/json'},
      body: jsonEncode({'amount': paise, 'currency': 'INR'}));
  return jsonDecode(res.body)['id'];
}
""", razorpay_secret(), kid=razorpay_key_id())

add("blind-lh/elixir/decoy-runtime-config", "coop_live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """
import Config

# ཐགས་མཁན་གྱི་ལས་གཞི། weaver job board — secrets from the environment at boot
if config_env() == :prod do
  config :coop_live, CoopLive.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: 5

  config :coop_live, CoopLiveWeb.Endpoint,
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end
""")

add("blind-lh/elixir/secret-key-base", "coop_live/config/prod.secret.exs", "https://hexdocs.pm/phoenix/Phoenix.Endpoint.html#module-runtime-configuration", """
import Config

# ཐགས་མཁན་གྱི་ལས་གཞི། (old style secret file — ཉེན་བརྡ། accidentally committed)
config :coop_live, CoopLiveWeb.Endpoint,
  secret_key_base: "@@s@@"

config :coop_live, CoopLive.Repo, pool_size: 5
""", rand_pw(64, "+/"))

add("blind-lh/makefile/docker-hub-pat", "loom-monitor/Makefile", "https://docs.docker.com/security/for-developers/access-tokens/", """
# ཐགས་འཕྲུལ་ལྟ་རྟོག image for the Lhasa Pi (arm64)
IMAGE := yakwoolcoop/loom-monitor
TAG   := $(shell git describe --tags --always)

login:
	echo "@@s@@" | docker login -u yakwoolcoop --password-stdin

push: login
	docker buildx build --platform linux/arm64 -t $(IMAGE):$(TAG) --push .
""", fakes.fake("dckr_pat_", 27, _seed()))

add("blind-lh/makefile/decoy-env-login", "inventory-svc/Makefile", "https://docs.docker.com/reference/cli/docker/login/#password-stdin", """
# ཉར་ཚགས་ཞབས་ཞུ།
IMAGE := registry.yakwoolcoop.org/inventory

login:
	@echo "$$REGISTRY_PASSWORD" | docker login registry.yakwoolcoop.org -u ci-bot --password-stdin

push: login
	docker build -t $(IMAGE):latest . && docker push $(IMAGE):latest
""")

add("blind-lh/python/notion-secret", "scripts/notion_commissions.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
# སྐུ་ཐང་བཅོལ་བ། commission requests from the website go to a Notion board
from notion_client import Client

notion = Client(auth="@@s@@")
BOARD = "8f2a7c41d09b4e63a1f5c2e7b9d04a16"


def add_request(name: str, deity: str, size_cm: int) -> None:
    notion.pages.create(parent={"database_id": BOARD}, properties={
        "Name": {"title": [{"text": {"content": name}}]},
        "Deity": {"rich_text": [{"text": {"content": deity}}]},
        "Size": {"number": size_cm},
    })
""", fakes.fake("secret_", 43, _seed()))

add("blind-lh/python/airtable-pat", "scripts/weaver_payments.py", "https://airtable.com/developers/web/guides/personal-access-tokens", """
# ཐགས་མཁན་གྱི་གླ་ཆ། weaver payouts tracked in Airtable
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appQ2x7LmK9bT4vRz", "Payouts")

for row in table.all(formula="{Paid} = FALSE()"):
    print(row["fields"]["Weaver"], row["fields"]["Amount INR"])
""", "pat" + rand_pw(14) + "." + hexs(64))

add("blind-lh/python/huggingface-token", "analysis/translate_reviews.py", "https://huggingface.co/docs/hub/security-tokens", """
# བོད་ཡིག → English review translation (private fine-tuned model)
from huggingface_hub import InferenceClient

client = InferenceClient(model="norbu-thangka/bo-en-reviews", token="@@s@@")


def translate(text: str) -> str:
    return client.translation(text)


print(translate("ཟླ་གམ་འདི་ཧ་ཅང་དྲོན་པོ་འདུག"))
""", fakes.fake("hf_", 34, _seed()))

add("blind-lh/javascript/stripe-restricted-key", "thangka-shop/scripts/export-payouts.js", "https://docs.stripe.com/keys#limit-access", """
// དངུལ་འབབ། monthly payout export for the accountant (restricted key: payouts read)
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

(async () => {
  const payouts = await stripe.payouts.list({ limit: 100, created: { gte: Math.floor(Date.now() / 1000) - 31 * 86400 } });
  for (const p of payouts.data) console.log(`${p.id},${p.amount / 100},${p.currency},${p.status}`);
})();
""", stripe_key("rk_live_"))

add("blind-lh/yaml/amqp-url", "coop-export/config/queues.yml", "https://www.rabbitmq.com/docs/uri-spec", """
# ཕྱི་ཚོང་། label printing queue between the shop and the export desk
queues:
  url: amqps://export:@@s@@@rabbit.yakwoolcoop.org:5671/coop
  labels:
    name: shipping.labels
    prefetch: 4
  invoices:
    name: shipping.invoices
""", rand_pw(22))

add("blind-lh/hocon/ktor-db-password", "coop-ktor/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", """
# ཐགས་མཁན་གྱི་ API (Ktor)
ktor {
    deployment { port = 8090 }
    application { modules = [ org.yakwool.ApplicationKt.module ] }
}
database {
    url = "jdbc:postgresql://db.lhasa.yakwoolcoop.org:5432/weavers"
    user = "weavers_api"
    password = "@@s@@"
}
""", words_pw())

add("blind-lh/hocon/decoy-ktor-env", "coop-ktor/src/main/resources/application-dev.conf", "https://ktor.io/docs/server-configuration-file.html#environment-variables", """
# ཚོད་ལྟ། dev — values from the environment with harmless defaults
database {
    url = "jdbc:postgresql://localhost:5432/weavers_dev"
    url = ${?DATABASE_URL}
    user = "weavers"
    password = ${?DATABASE_PASSWORD}
}
""")

add("blind-lh/json/dotnet-user-secrets", "ops/laptop-backup/usersecrets-StudioArchive.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#how-the-secret-manager-tool-works", """
{
  "_from": "%APPDATA%/Microsoft/UserSecrets/4f1c2a9e-7b3d-4e8a-9c61-0d2f5b8e7a13/secrets.json",
  "Archive:Container": "scans",
  "ConnectionStrings:Archive": "DefaultEndpointsProtocol=https;AccountName=thangkaarchive;AccountKey=@@s@@;EndpointSuffix=core.windows.net",
  "Logging:LogLevel:Default": "Debug"
}
""", azure_storage_key())

add("blind-lh/vagrant/decoy-default-insecure", "ops/vagrant/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/boxes/base#default-user-settings", """
# ཚོད་ལྟ། local VM copy of the Dharamsala server
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.hostname = "dsl-dev"
  config.vm.network "forwarded_port", guest: 8080, host: 8080
  # Vagrant's default vagrant/vagrant login, local VM only
  config.ssh.username = "vagrant"
  config.vm.provision "shell", path: "provision.sh"
end
""")

add("blind-lh/powershell/sql-connection-string", "ops/windows/Export-Commissions.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# སྐུ་ཐང་བཅོལ་བའི་ཐོ། export open commissions to CSV for the painters' meeting
$conn = 'Server=STUDIO-PC\\SQLEXPRESS;Database=Commissions;User Id=studio;Password=@@s@@;TrustServerCertificate=True'
$rows = Invoke-Sqlcmd -ConnectionString $conn -Query "SELECT Id, Client, Deity, DueDate FROM Commissions WHERE Status = 'open'"
$rows | Export-Csv -Path "$env:USERPROFILE\\Desktop\\commissions.csv" -NoTypeInformation -Encoding UTF8
Write-Host "ཐོ་གཞུང་གྲ་སྒྲིག་ཚར། $($rows.Count) rows"
""", words_pw())

add("blind-lh/markdown/ssh-key-in-runbook", "docs/runbooks/lhasa-pi-recovery.md", "https://www.markdownguide.org/basic-syntax/#code-blocks", """
# Lhasa Pi recovery — ལྷ་སའི་ Pi སླར་གསོ།

If the SD card dies, flash a new one and restore the tunnel key below to
`/home/pi/.ssh/id_ed25519` (chmod 600), then `systemctl restart autossh-tunnel`.

```
@@s@@
```

ཉེན་བརྡ། After restoring, generate a new key and replace this block.
""", openssh_key())

add("blind-lh/markdown/decoy-key-fingerprints", "docs/runbooks/ssh-keys.md", "https://man.openbsd.org/ssh-keygen", """
# SSH keys in use — ལྡེ་མིག་ཐོ།

| host | user | key type | fingerprint |
|------|------|----------|-------------|
| dsl-server | tenzin | ed25519 | `SHA256:@@f1@@` |
| lhasa-pi | pi | ed25519 | `SHA256:@@f2@@` |
| thangka-shop-1 | deploy | rsa-4096 | `SHA256:@@f3@@` |

Private keys never leave the owner's machine.
""", f1=rand_pw(43, "+/"), f2=rand_pw(43, "+/"), f3=rand_pw(43, "+/"))

add("blind-lh/yaml/postmark-token", "coop-live/config/mailer.yml", "https://postmarkapp.com/developer/api/overview#authentication", """
# ཐགས་མཁན་གྱི་ལས་གཞི། job-board mails
mailer:
  adapter: postmark
  server_token: @@s@@
  from: jobs@yakwoolcoop.org
  message_stream: outbound
""", uuid_s())

add("blind-lh/env/heroku-api-key", "coop-live/.env.deploy", "https://devcenter.heroku.com/articles/authentication#api-token-storage", """
# ཐགས་མཁན་གྱི་ལས་གཞི། deploy from Karma's laptop
HEROKU_APP=yakwool-jobs
HEROKU_API_KEY=@@s@@
HEROKU_REGION=eu
DEPLOY_BRANCH=main
""", uuid_s())

add("blind-lh/env/zoho-refresh-token", "coop-export/.env", "https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token-expiry.html", """
# ཕྱི་ཚོང་། invoices in Zoho Books (India DC)
ZOHO_CLIENT_ID=1000.@@cid@@
ZOHO_CLIENT_SECRET=$ZOHO_CLIENT_SECRET_FROM_VAULT
ZOHO_REFRESH_TOKEN=@@s@@
ZOHO_ORG_ID=60012345678
ZOHO_DC=in
""", "1000." + hexs(32) + "." + hexs(32), cid=rand_pw(30).upper())

add("blind-lh/yaml/new-relic-license", "monitoring/newrelic/newrelic-infra.yml", "https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/configuration/infrastructure-agent-configuration-settings/", """
# ཉར་ཚགས་ཞབས་ཞུ། host on the Lhasa VPN
license_key: @@s@@
display_name: lhasa-inventory
custom_attributes:
  site: lhasa
  team: coop
""", hexs(36) + "NRAL")

add("blind-lh/php/paytm-merchant-key", "wool-coop-shop/wp-content/plugins/yak-paytm/config.php", "https://developer.paytm.com/docs/checksum/", """
<?php
// Paytm for Indian buyers — ཉོ་མཁན་རྒྱ་གར།
return [
    'mid'          => 'YAKWOO48210937465521',
    'merchant_key' => '@@s@@',
    'website'      => 'DEFAULT',
    'env'          => 'production',
];
""", rand_pw(16, "#@%&_"))

add("blind-lh/go/wise-api-token", "coop-payouts/main.go", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", """
package main

// ཐགས་མཁན་གྱི་གླ་ཆ། EUR sales converted and paid out to weavers' INR accounts
import (
	"fmt"
	"net/http"
)

const wiseToken = "@@s@@"

func main() {
	req, _ := http.NewRequest("GET", "https://api.transferwise.com/v2/profiles", nil)
	req.Header.Set("Authorization", "Bearer "+wiseToken)
	resp, err := http.DefaultClient.Do(req)
	fmt.Println(resp, err)
}
""", uuid_s())

add("blind-lh/yaml/decoy-openapi-example", "coop-export/docs/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: Yak wool export API — ཕྱི་ཚོང་།
  version: 1.2.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Example header: `Authorization: Bearer <your-token>`"
security:
  - bearerAuth: []
paths: {}
""")

_s3k, _s3s = aws_pair()
add("blind-lh/ini/s3cfg-secret", "ops/laptop-backup/s3cfg", "https://s3tools.org/kb/item14.htm", """
[default]
# ཐང་ཀའི་པར་རིས། archive sync from the studio iMac
access_key = @@kid@@
secret_key = @@s@@
host_base = s3.ap-south-1.amazonaws.com
host_bucket = %(bucket)s.s3.ap-south-1.amazonaws.com
use_https = True
""", _s3s, kid=_s3k)

add("blind-lh/yaml/rubygems-credentials", "ops/laptop-backup/gem-credentials", "https://guides.rubygems.org/api-key-scopes/", """
---
# ཐང་ཀའི་པར་མ། publishing the thangka_sizes gem
# (~/.gem/credentials from Sonam's laptop)
:rubygems_api_key: @@s@@
:github: Bearer ${GITHUB_TOKEN}
""", "rubygems_" + hexs(48))

add("blind-lh/shell/helm-set-password", "scripts/deploy-shop.sh", "https://helm.sh/docs/helm/helm_upgrade/", """
#!/usr/bin/env bash
# ཐང་ཀའི་ཚོང་ཁང་ deploy (manual, when CI is down)
set -euo pipefail
helm upgrade --install thangka-shop charts/thangka-shop \\
  --namespace shop \\
  -f charts/thangka-shop/values-prod.yaml \\
  --set postgresql.auth.password='@@s@@' \\
  --set image.tag="$(git rev-parse --short HEAD)"
kubectl -n shop rollout status deploy/thangka-shop
""", rand_pw(22))

add("blind-lh/markdown/readme-sentence-token", "loom-monitor/README.md", "https://www.markdownguide.org/basic-syntax/", """
# loom-monitor — ཐགས་འཕྲུལ་ལྟ་རྟོག

Reads the ESP32 sensors over MQTT and posts humidity alerts to Discord.

## Running on the Lhasa Pi

The Pi pulls `yakwoolcoop/loom-monitor` from Docker Hub. If `docker pull` says
"unauthorized", log in again with user `yakwoolcoop` and the access token @@s@@
(read-only scope) — ལྡེ་མིག་འདི་ read-only ཡིན།

Alerts go to the #loom-room channel.
""", fakes.fake("dckr_pat_", 27, _seed()))
