"""Blind set LM: a Hilo macadamia farm's online shop and an outrigger canoe club's regatta registration.

The farm (Mauna Loa side of Hilo) sells nuts, honey and gift boxes online: a storefront, payments,
shipping labels, mailers, inventory sync and a small ops crew. The canoe club (hoe wa'a) runs regatta
registration: crew entries, waivers, race-day timing and results. Notes and comments are partly in
Hawaiian ('ōlelo Hawai'i), as the crews write them. Generated fakes only (seeds 6580000-6589999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 6580000, 6589999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kona", "Mauna", "Honu", "Nalu", "Lehua", "Koa", "Makani", "Ohia", "Pueo", "Kalo", "Niu", "Hoku",
         "Moana", "Ulu", "Manu", "Ahi", "Iwa", "Pali", "Wai", "Lani"]
LOWER = ["paddle", "outrigger", "macnut", "husker", "orchard", "tradewind", "lava", "reef", "ama", "iako",
         "steersman", "regatta", "harvest", "cracker", "hilo", "bayfront"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


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


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"regatta-admin","iat":1767225600,"role":"service"}').rstrip("=").replace("+", "-").replace("/", "_")
    r = _rng()
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def aws_pair():
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


CASES: List[LabelledCase] = []
_MARK = re.compile(r"@@([a-z_0-9]+)@@")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    values = dict(fields)
    if secret is not None:
        values.setdefault("secret", secret)

    def fill(match: "re.Match[str]") -> str:
        return values[match.group(1)]

    body = _MARK.sub(fill, text)
    assert "@@" not in body, file_name
    CASES.append(LabelledCase(category, file_name, body, secret, source))


# ---------------------------------------------------------------- farm shop: secrets
S = "https://12factor.net/config"
add("blind-lm/dotenv/stripe-secret-key", "shop/.env.production", S, """# Hilo Mac Nut Co. storefront - production
# Mai ho'ololi i kēia faila me ka 'ole o ka 'ae 'ana o Keola
NODE_ENV=production
SHOP_BASE_URL=https://shop.hilomacnut.example
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_ORIGIN_ZIP=96720
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("blind-lm/python/shopify-token", "sync/inventory_sync.py", "https://shopify.dev/docs/api/admin-rest", '''"""Sync the husking shed's counts into the Shopify store every hour."""
import requests

SHOP = "hilo-macnut.myshopify.com"
ACCESS_TOKEN = "@@secret@@"  # TODO: neʻe i ka vault


def push_level(inventory_item_id: int, location_id: int, available: int) -> None:
    r = requests.post(
        f"https://{SHOP}/admin/api/2024-01/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": ACCESS_TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": available},
        timeout=20,
    )
    r.raise_for_status()
''', shopify_token())

add("blind-lm/js/sendgrid-key", "shop/mailer/orderConfirm.js", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs", """// Leka hōʻoia kauoha - order confirmation mail
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@secret@@');

module.exports = async function sendConfirmation(order) {
  await sgMail.send({
    to: order.email,
    from: 'aloha@hilomacnut.example',
    templateId: 'd-4f1c2a9e8b7d4c3a',
    dynamicTemplateData: { name: order.firstName, items: order.items },
  });
};
""", sendgrid_key())

add("blind-lm/yaml/database-password", "deploy/shop-values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# helm values: storefront
replicaCount: 2
image:
  repository: registry.hilomacnut.example/shop
  tag: "3.8.1"
postgresql:
  auth:
    username: shop
    database: orders
    password: "@@secret@@"
ingress:
  host: shop.hilomacnut.example
""", words_pw())

add("blind-lm/go/square-token", "pos/square_client.go", "https://developer.squareup.com/docs/build-basics/access-tokens", """package pos

// Square token for the farmers market tablet at the Hilo Farmers Market (Pōʻakolu & Pōʻaono)
const squareAccessToken = "@@secret@@"

func authHeader() map[string]string {
	return map[string]string{
		"Authorization":  "Bearer " + squareAccessToken,
		"Square-Version": "2024-01-18",
	}
}
""", square_token())

add("blind-lm/php/database-password", "shop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** WooCommerce for the gift boxes - Hilo Mac Nut Co. */
define( 'DB_NAME', 'hmn_wp' );
define( 'DB_USER', 'hmn_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'db.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'hmn_';
define( 'WP_DEBUG', false );
""", rand_pw(16, "!#%"))

add("blind-lm/ruby/mailgun-key", "shop/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/introduction/", """# Leka no nā mea kūʻai - customer newsletter
Mailgun.configure do |config|
  config.api_key = '@@secret@@'
end

MAILGUN_DOMAIN = 'mg.hilomacnut.example'.freeze
""", mailgun_key())

add("blind-lm/shell-history/aws-secret-key", "ops/keola.bash_history", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """cd ~/hmn-shop
git pull
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
aws s3 sync ./product-photos s3://hmn-shop-media/products/ --acl public-read
aws cloudfront create-invalidation --distribution-id E2Q3HMNSHOP --paths '/products/*'
history -c
""", *(lambda p: (p[1],))(_pair := aws_pair()), kid=_pair[0])

add("blind-lm/k8s-secret/stripe-webhook-secret", "deploy/k8s/stripe-webhook-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: stripe-webhook
  namespace: shop
type: Opaque
data:
  STRIPE_WEBHOOK_SECRET: @@enc@@
""", (_w := "whsec_" + fakes.drawn(_seed(), 32)), enc=b64(_w))

add("blind-lm/terraform/aws-secret-key", "infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """# Nā kumu waiwai o ka hale kūʻai
provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "media" {
  bucket = "hmn-shop-media"
}
""", *(lambda p: (p[1],))(_pair := aws_pair()), kid=_pair[0])

add("blind-lm/json/google-maps-key", "shop/src/config/maps.json", "https://developers.google.com/maps/documentation/javascript/get-api-key", """{
  "comment": "server-side geocoding for delivery zones (Hilo, Keaʻau, Pāhoa) - not restricted yet",
  "geocoder": {
    "apiKey": "@@secret@@",
    "region": "us",
    "bounds": [19.55, -155.2, 19.8, -154.9]
  }
}
""", google_api_key())

add("blind-lm/python/postgres-url", "reports/harvest_report.py", "https://docs.sqlalchemy.org/en/20/core/engines.html", '''# Hōʻike ʻohi - weekly harvest and sales report
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("postgresql+psycopg2://reports:@@secret@@@db.internal:5432/orders")

df = pd.read_sql("select sku, sum(qty) as qty from order_lines group by sku", engine)
df.to_csv("weekly_sales.csv", index=False)
print(df.head())
''', rand_pw(22))

add("blind-lm/ini/ups-password", "shipping/carriers.ini", "https://developer.ups.com/api/reference", """; Nā hui hoʻouna - shipping carriers
[ups]
account = 8X41R2
user = hilomacnut
password = @@secret@@
endpoint = https://onlinetools.ups.com

[usps]
enabled = true
""", words_pw())

add("blind-lm/markdown/admin-password", "docs/shop-runbook.md", "https://www.markdownguide.org/basic-syntax/", """# Shop runbook (kā mākou puke hana)

## Ke komo ʻana i ka admin
1. Go to https://shop.hilomacnut.example/admin
2. Log in as `ops@hilomacnut.example`, password `@@secret@@`
3. Orders -> Fulfilment, print the labels before 2pm (ka ʻoki o UPS)

## Inā hāʻule ka pūnaewele
- Call Keola first, then Malia.
""", words_pw())

add("blind-lm/csharp/sql-connection-string", "warehouse/WarehouseDb.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """using System.Data.SqlClient;

namespace HiloMacNut.Warehouse
{
    // Hale waihona - cracking shed inventory database
    public static class WarehouseDb
    {
        private const string Conn = "Server=tcp:hmn-sql.internal,1433;Database=Warehouse;User ID=shed;Password=@@secret@@;Encrypt=True;";

        public static SqlConnection Open() { var c = new SqlConnection(Conn); c.Open(); return c; }
    }
}
""", rand_pw(18, "!$"))

add("blind-lm/dockerfile/npm-token", "shop/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """FROM node:20-alpine
WORKDIR /app
# private @hmn/ui package
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci --omit=dev && rm .npmrc
COPY . .
CMD ["node", "server.js"]
""", npm_token())

add("blind-lm/github-actions/slack-webhook", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
      - name: Hoʻolaha i ka #shop channel
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Shop deployed :pineapple:"}' \\
            @@secret@@
""", slack_webhook())

add("blind-lm/typescript/paypal-secret", "shop/src/payments/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", """// PayPal checkout for mainland customers
const PAYPAL_CLIENT_ID = 'AeR3hmnQf0Lx2cV9PQzK1mN8bH7tYw4sDj6uG5kE2aZ0';
const PAYPAL_CLIENT_SECRET = '@@secret@@';

export async function paypalToken(): Promise<string> {
  const basic = Buffer.from(`${PAYPAL_CLIENT_ID}:${PAYPAL_CLIENT_SECRET}`).toString('base64');
  const res = await fetch('https://api-m.paypal.com/v1/oauth2/token', {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}` },
    body: 'grant_type=client_credentials',
  });
  return (await res.json()).access_token;
}
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"))

add("blind-lm/java/smtp-password", "shop-admin/src/main/java/example/hmn/MailConfig.java", "https://jakarta.ee/specifications/mail/", """package example.hmn;

import java.util.Properties;

// Leka uila no nā kauoha
public final class MailConfig {
    static final String SMTP_HOST = "smtp.hilomacnut.example";
    static final String SMTP_USER = "orders@hilomacnut.example";
    static final String SMTP_PASS = "@@secret@@";

    static Properties props() {
        Properties p = new Properties();
        p.put("mail.smtp.host", SMTP_HOST);
        p.put("mail.smtp.auth", "true");
        return p;
    }
}
""", words_pw())

add("blind-lm/compose/mysql-password", "shop/docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: hmn
      MYSQL_USER: hmn
      MYSQL_PASSWORD: @@secret@@
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
""", rand_pw(20))

add("blind-lm/rust/easypost-key", "labels/src/main.rs", "https://docs.easypost.com/docs/authentication", """// Pāʻālua hoʻouna - prints shipping labels for the cracking shed
use reqwest::blocking::Client;

const EASYPOST_API_KEY: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();
    let res = client.get("https://api.easypost.com/v2/shipments")
        .basic_auth(EASYPOST_API_KEY, Some(""))
        .send()?;
    println!("{}", res.status());
    Ok(())
}
""", fakes.fake("EZAK", 54, _seed()))

add("blind-lm/swift/stripe-secret-key", "ios/HMNShop/Config.swift", "https://stripe.com/docs/keys", """// Config.swift - HMN Shop iOS (farmers market pop-up)
import Foundation

enum Config {
    static let apiBase = URL(string: "https://shop.hilomacnut.example/api")!
    // TODO(malia): mai waiho i ke kī huna ma ka app
    static let stripeKey = "@@secret@@"
}
""", stripe_key("rk_live_"))

add("blind-lm/powershell/ftp-password", "ops/Upload-PriceList.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """# Hoʻouka i ka papa kumukūʻai i ka mea kūʻai nui (wholesale partner FTP)
$user = "hmn_wholesale"
$pass = "@@secret@@"
$cred = New-Object System.Net.NetworkCredential($user, $pass)
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred
$wc.UploadFile("ftp://ftp.partner.example/inbox/pricelist.csv", "C:\\hmn\\pricelist.csv")
""", words_pw())

add("blind-lm/kotlin/firebase-server-key", "android/app/src/main/java/example/hmn/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """package example.hmn

// Hoʻolaha push - "ua mākaukau kāu kauoha"
object Push {
    private const val SERVER_KEY = "@@secret@@"
    fun headers() = mapOf("Authorization" to "key=$SERVER_KEY", "Content-Type" to "application/json")
}
""", "AAAA" + fakes.drawn(_seed(), 7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("blind-lm/sql/user-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """-- 0007: mea hōʻike (reporting user) for the accountant
CREATE ROLE accountant LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE orders TO accountant;
GRANT USAGE ON SCHEMA public TO accountant;
GRANT SELECT ON orders, order_lines, refunds TO accountant;
""", rand_pw(16, "#%"))

add("blind-lm/log/stripe-secret-key", "logs/shop-2026-03-14.log", "https://stripe.com/docs/api/errors", """2026-03-14T18:02:11Z INFO  checkout started cart=8812 total=64.00
2026-03-14T18:02:12Z DEBUG stripe request POST /v1/payment_intents
2026-03-14T18:02:12Z DEBUG headers={'Authorization': 'Bearer @@secret@@', 'Stripe-Version': '2023-10-16'}
2026-03-14T18:02:13Z INFO  payment_intent=pi_3Oabc created
2026-03-14T18:02:14Z INFO  checkout finished cart=8812
""", stripe_key())

add("blind-lm/ansible/ssh-private-key", "ansible/roles/shop/files/deploy_key", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """@@secret@@
""", openssh_key())

add("blind-lm/notebook/shopify-token", "analysis/gift_box_sales.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Kūʻai pahu makana - gift box sales, Kalikimaka 2025"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import shopify\\n", "session = shopify.Session('hilo-macnut.myshopify.com', '2024-01', '@@secret@@')\\n", "shopify.ShopifyResource.activate_session(session)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", shopify_token())

add("blind-lm/xml/smtp-password", "shop-admin/src/main/resources/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <!-- leka uila -->
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.sendgrid.net"/>
    <property name="username" value="apikey"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", sendgrid_key())

add("blind-lm/toml/postgres-password", "shop-api/config/production.toml", "https://toml.io/en/v1.0.0", """# shop-api (Rust) production
[server]
bind = "0.0.0.0:8080"

[database]
host = "db.internal"
user = "shop_api"
password = "@@secret@@"
name = "orders"
""", passphrase())

add("blind-lm/csv/admin-password", "ops/accounts-2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """service,login,password,notes
Shopify admin,ops@hilomacnut.example,@@secret@@,main store
Instagram,@hilomacnut,(see Malia),2FA on her phone
UPS,hilomacnut,(in vault),labels
Farmers market wifi,guest,(on the sign at the stand),public
""", words_pw())

# ---------------------------------------------------------------- canoe club regatta: secrets
add("blind-lm/dotenv/postgres-url", "regatta/.env", "https://12factor.net/config", """# Hui Waʻa o Keaukaha - regatta registration
FLASK_ENV=production
DATABASE_URL=postgres://regatta:@@secret@@@regatta-db.internal:5432/entries
WAIVER_BUCKET=hwk-waivers
REGATTA_YEAR=2026
# e nānā i ka nānā kaʻina (race order) ma ka wiki
""", rand_pw(24))

add("blind-lm/python/django-secret-key", "regatta/regatta/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """# Regatta registration - Django settings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = '@@secret@@'
DEBUG = False
ALLOWED_HOSTS = ['regatta.huiwaa.example']
LANGUAGE_CODE = 'haw'  # ʻōlelo Hawaiʻi first, English fallback
TIME_ZONE = 'Pacific/Honolulu'
""", fakes.django_secret_key(_seed()))

add("blind-lm/js/twilio-auth-token", "regatta/sms/raceDayAlerts.js", "https://www.twilio.com/docs/usage/secure-credentials", """// Leka SMS lā heihei - race-day text alerts to steersmen
const twilio = require('twilio');
const client = twilio('@@sid@@', '@@secret@@');

async function alertCrew(phone, heat) {
  return client.messages.create({
    body: `E hoʻomākaukau! Heat ${heat} launches in 20 minutes. E hoe!`,
    from: '+18085550142',
    to: phone,
  });
}

module.exports = { alertCrew };
""", hexs(32), sid=twilio_sid())

add("blind-lm/yaml/stripe-secret-key", "regatta/config/payments.yml", "https://stripe.com/docs/keys", """# Uku komo - entry fees ($45 per crew of six)
stripe:
  mode: live
  publishable_key: pk_live_@@pk@@
  secret_key: @@secret@@
  currency: usd
fees:
  open_six: 4500
  keiki: 1500
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("blind-lm/markdown/wifi-and-admin-password", "regatta/docs/race-day-checklist.md", "https://www.markdownguide.org/basic-syntax/", """# Papa hana lā heihei (race day checklist)

- [ ] Pop-up tents at Keaukaha beach park by 5:30am
- [ ] Timing laptop charged; log in to https://regatta.huiwaa.example/admin
      user `timing`, pass: @@secret@@
- [ ] Radio check with the escort boats (ch. 72)
- [ ] Pule wehe (opening prayer) 7:00am - Kumu Kalani
""", words_pw())

add("blind-lm/github-actions/discord-webhook", ".github/workflows/results.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """name: post-results
on:
  workflow_dispatch:
jobs:
  post:
    runs-on: ubuntu-latest
    env:
      DISCORD_WEBHOOK: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/post_results.py --heat all  # hoʻolaha i nā hopena
""", discord_webhook())

add("blind-lm/go/mailgun-key", "regatta/notify/mail.go", "https://documentation.mailgun.com/docs/mailgun/sdk/go-sdk/", """package notify

import "github.com/mailgun/mailgun-go/v4"

// Leka hōʻoia komo - entry confirmation
func NewMailer() *mailgun.MailgunImpl {
	return mailgun.NewMailgun("mg.huiwaa.example", "@@secret@@")
}
""", mailgun_key())

add("blind-lm/k8s-secret/database-password", "regatta/k8s/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: regatta-db
  labels:
    app: regatta
type: Opaque
data:
  username: @@user@@
  password: @@enc@@
""", (_p := rand_pw(20)), user=b64("regatta"), enc=b64(_p))

add("blind-lm/php/paypal-secret", "club/dues/paypal_config.php", "https://developer.paypal.com/api/rest/authentication/", """<?php
// Uku lālā makahiki - yearly membership dues
return [
    'mode'          => 'live',
    'client_id'     => 'AZxHwk2026duesClientIdPublicValue0123456789abcdEF',
    'client_secret' => '@@secret@@',
    'currency'      => 'USD',
];
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"))

add("blind-lm/ruby/aws-secret-key", "club/photos/uploader.rb", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", """# Kiʻi heihei - regatta photo uploads for the club site
require 'aws-sdk-s3'

S3 = Aws::S3::Client.new(
  region: 'us-west-2',
  access_key_id: '@@kid@@',
  secret_access_key: '@@secret@@'
)

def upload(path)
  S3.put_object(bucket: 'hwk-photos', key: File.basename(path), body: File.read(path))
end
""", *(lambda p: (p[1],))(_pair := aws_pair()), kid=_pair[0])

add("blind-lm/shell/mysql-password", "regatta/scripts/backup_entries.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """#!/usr/bin/env bash
# Mālama i nā komo - nightly backup of crew entries
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h regatta-db.internal -u backup -p'@@secret@@' entries \\
  | gzip > /backups/entries-$STAMP.sql.gz
find /backups -name 'entries-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("blind-lm/typescript/google-sheets-private-key", "regatta/src/sheets/serviceAccount.ts", "https://cloud.google.com/iam/docs/keys-create-delete", """// Pepa heihei - heat sheets mirrored to Google Sheets for the announcers
export const serviceAccount = {
  type: 'service_account',
  project_id: 'hwk-regatta',
  client_email: 'sheets@hwk-regatta.iam.gserviceaccount.com',
  private_key: `@@secret@@`,
};
""", pem("RSA"))

add("blind-lm/ini/smtp-password", "club/newsletter/mailer.cfg", "https://docs.python.org/3/library/configparser.html", """# Nūhou hui - club newsletter
[smtp]
host = smtp.gmail.com
port = 587
username = nuhou@huiwaa.example
password = @@secret@@

[list]
name = Hui Waʻa nūhou
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("blind-lm/json/firebase-service-account", "regatta/timing-app/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup", """{
  "type": "service_account",
  "project_id": "hwk-timing",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x1q9@hwk-timing.iam.gserviceaccount.com",
  "client_id": "104938271650394827163"
}
""", pem("RSA").replace("\n", "\\n"), kid=hexs(40))

add("blind-lm/properties/jdbc-password", "timing/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """# Manawa heihei - race timing service
spring.datasource.url=jdbc:postgresql://timing-db.internal:5432/timing
spring.datasource.username=timing
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", rand_pw(18))

add("blind-lm/csharp/sendgrid-key", "club/Waivers/WaiverMailer.cs", "https://docs.sendgrid.com/for-developers/sending-email/v3-csharp-code-example", """using SendGrid;
using SendGrid.Helpers.Mail;

namespace HuiWaa.Waivers
{
    // Palapala ʻae - sends the signed waiver back to each paddler
    public class WaiverMailer
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public Task SendAsync(SendGridMessage msg) => _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("blind-lm/swift/twilio-auth-token", "ios/CrewCheckIn/Secrets.swift", "https://www.twilio.com/docs/usage/secure-credentials", """// CrewCheckIn - kau inoa ma kahakai (beach check-in)
import Foundation

struct TwilioCreds {
    static let accountSid = "@@sid@@"
    static let authToken = "@@secret@@"
}
""", hexs(32), sid=twilio_sid())

add("blind-lm/terraform/database-password", "regatta/infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """resource "aws_db_instance" "regatta" {
  identifier        = "regatta-entries"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "regatta"
  password          = "@@secret@@" # e hoʻololi ma hope o ka heihei
  skip_final_snapshot = true
}
""", words_pw())

add("blind-lm/shell-history/github-token", "ops/kalani.zsh_history", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """: 1772000001:0;cd ~/src/regatta
: 1772000009:0;git remote -v
: 1772000030:0;git remote set-url origin https://kalani:@@secret@@@github.com/huiwaa/regatta.git
: 1772000041:0;git push origin main
: 1772000050:0;ls
""", fakes.github_token(_seed()))

add("blind-lm/python/telegram-bot-token", "regatta/bots/heat_bot.py", "https://core.telegram.org/bots/api", '''"""Bot i nā hopena heihei - posts heat results to the club's Telegram group."""
import os
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = os.environ.get("HWK_CHAT_ID", "-1001234567890")


def post(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', fakes.telegram_token(_seed()))

add("blind-lm/rst/admin-password", "club/docs/timing.rst", "https://docutils.sourceforge.io/rst.html", """Ka ʻōnaehana manawa (timing system)
===================================

The finish-line laptop runs the timing app. Log in as ``finish`` with the
password ``@@secret@@`` and press **Start heat** when the flag drops.

.. note:: E kāhea iā Kalani inā paʻa ka polokalamu.
""", words_pw())

add("blind-lm/html/google-maps-key", "club/site/regatta.html", "https://developers.google.com/maps/documentation/javascript/overview", """<!doctype html>
<html lang="haw">
<head><meta charset="utf-8"><title>Heihei Waʻa 2026</title></head>
<body>
  <h1>E komo mai i ka Heihei Waʻa o Keaukaha</h1>
  <div id="map" style="height:400px"></div>
  <!-- server key pasted by mistake; browser key is the restricted one -->
  <script>const GEOCODE_SERVER_KEY = "@@secret@@";</script>
</body>
</html>
""", google_api_key())

add("blind-lm/helm/redis-password", "regatta/chart/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", """# live leaderboard cache
redis:
  architecture: standalone
  auth:
    enabled: true
    password: @@secret@@
leaderboard:
  refreshSeconds: 5
""", fakes.redis_password(_seed()))

add("blind-lm/xml/ftp-password", "timing/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/", """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.0">
  <Servers>
    <Server>
      <Host>ftp.ocra.example</Host>
      <Port>21</Port>
      <User>huiwaa</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Association results upload</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_p := words_pw()), enc=b64(_p))

add("blind-lm/powershell/azure-client-secret", "club/scripts/Sync-Members.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """# Hoʻolikelike i ka papa lālā (member list) me Microsoft 365
$tenant = "7c1a9e2b-3f4d-4a5e-9b8c-1d2e3f4a5b6c"
$appId  = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Get-MgGroupMember -GroupId $env:HWK_GROUP | Export-Csv members.csv
""", fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"))

add("blind-lm/kotlin/jwt-signing-secret", "regatta-api/src/main/kotlin/example/hwk/Auth.kt", "https://github.com/auth0/java-jwt", """package example.hwk

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm

// Kī pūlima no nā kāmaka kāleka komo (entry tokens)
private val algorithm = Algorithm.HMAC256("@@secret@@")

fun entryToken(crewId: String): String = JWT.create().withSubject(crewId).sign(algorithm)
""", rand_pw(40))

add("blind-lm/notebook/postgres-password", "regatta/analysis/times_2025.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Nā manawa 2025 - split times per crew"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import psycopg2\\n", "conn = psycopg2.connect(host='timing-db.internal', dbname='timing', user='analyst', password='@@secret@@')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", passphrase())

add("blind-lm/wiki/slack-bot-token", "club/wiki/Slack-bot.md", "https://api.slack.com/authentication/token-types", """# Slack bot "Hoe Bot"

The bot posts practice times to #hoe-kakahiaka every morning.

| Setting | Value |
|---|---|
| App | Hoe Bot |
| Bot token | `@@secret@@` |
| Channel | #hoe-kakahiaka |

E hoʻomaopopo: only Kalani and Noe can reinstall the app.
""", slack_bot())

add("blind-lm/log/postgres-url", "regatta/logs/worker-err.log", "https://www.postgresql.org/docs/current/libpq-connect.html", """[2026-05-02 06:11:40] ERROR worker: could not connect
Traceback (most recent call last):
  File "worker.py", line 41, in connect
    conn = psycopg2.connect("postgresql://regatta:@@secret@@@10.0.4.12:5432/entries")
psycopg2.OperationalError: connection to server at "10.0.4.12", port 5432 failed: timeout expired
[2026-05-02 06:11:45] INFO  retrying in 30s
""", rand_pw(20))

add("blind-lm/ansible/vault-less-password", "ansible/group_vars/regatta.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """---
# Nā ʻano loli no ka pūnaewele heihei
regatta_domain: regatta.huiwaa.example
regatta_db_user: regatta
regatta_db_password: "@@secret@@"
regatta_workers: 2
certbot_email: webmaster@huiwaa.example
""", words_pw())

add("blind-lm/gitlab-ci/gitlab-token", "regatta/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """stages: [test, release]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  script:
    - git push https://oauth2:@@secret@@@gitlab.com/huiwaa/regatta.git HEAD:release
""", gitlab_token())

add("blind-lm/text/wifi-note", "club/notes/halau-waa.txt", "https://en.wikipedia.org/wiki/Plain_text", """Hālau waʻa notes - na Noe

Kī o ka laka (boathouse lock): ask Uncle Keawe
Router admin (boathouse): http://192.168.8.1  admin / @@secret@@
E hoʻopaʻa i nā ama ma hope o ka hoe ʻana.
Koʻo (escort boat) fuel log is in the red binder.
""", words_pw())

add("blind-lm/cpp/api-key", "timing/firmware/uploader.cpp", "https://en.cppreference.com/w/cpp/language/string_literal", """// Pahu manawa (finish-line box) - pushes crossing times over LTE
#include <string>
#include "http.h"

static const std::string kUploadUrl = "https://regatta.huiwaa.example/api/v1/crossings";
static const std::string kDeviceToken = "@@secret@@";

bool upload(const std::string& json) {
    return http::post(kUploadUrl, json, {{"Authorization", "Bearer " + kDeviceToken}});
}
""", "hwk_live_" + fakes.drawn_mixed(_seed(), 32))

# ---------------------------------------------------------------- decoys, both teams
add("blind-lm/dotenv/decoy-placeholder", "shop/.env.example", "https://12factor.net/config", """# Kope i kēia i .env a hoʻopiha (copy to .env and fill in)
NODE_ENV=development
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://shop:CHANGE_ME@localhost:5432/orders
""")

add("blind-lm/yaml/decoy-env-reference", "deploy/k8s/shop-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: shop
          image: registry.hilomacnut.example/shop:3.8.1
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret_key}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: shop-db, key: password}
""")

add("blind-lm/python/decoy-env-reference", "sync/settings.py", "https://docs.python.org/3/library/os.html#os.environ", '''"""Nā hoʻonohonoho - settings read from the environment (never hard-coded)."""
import os

SHOPIFY_TOKEN = os.environ["SHOPIFY_ACCESS_TOKEN"]
SQUARE_TOKEN = os.getenv("SQUARE_ACCESS_TOKEN", "")
DB_PASSWORD = os.environ.get("DB_PASSWORD")
if not SHOPIFY_TOKEN.startswith("shpat_"):
    raise SystemExit("SHOPIFY_ACCESS_TOKEN looks wrong")
''')

add("blind-lm/js/decoy-publishable-key", "shop/public/js/checkout.js", "https://stripe.com/docs/keys#obtain-api-keys", """// Publishable key: safe in the browser (ʻaʻole huna)
const stripe = Stripe('pk_live_@@pk@@');
const elements = stripe.elements();
const card = elements.create('card');
card.mount('#card-element');
document.querySelector('#pay').addEventListener('click', () => stripe.confirmCardPayment(window.clientSecret));
""", pk=fakes.drawn(_seed(), 24))

add("blind-lm/markdown/decoy-redacted", "docs/incident-2026-02.md", "https://www.markdownguide.org/basic-syntax/", """# Incident 2026-02-11: Stripe key in a log

A debug log line printed the Stripe secret key (`sk_live_****************9fQa`).

- Rotated the key in the Stripe dashboard at 14:20 HST.
- Old key: `sk_live_[REDACTED]`
- New key lives only in the `stripe` Kubernetes secret.

Ka haʻawina: mai hoʻokomo i nā poʻo (headers) i nā log DEBUG.
""")

add("blind-lm/json/decoy-hashes", "shop/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "hmn-shop",
  "version": "3.8.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "14.12.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.12.0.tgz",
      "integrity": "sha512-@@integ@@"
    }
  }
}
""", integ=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-lm/terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """variable "db_password" {
  description = "Password for the orders database (pass with TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("blind-lm/github-actions/decoy-secrets-context", ".github/workflows/sync-inventory.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """name: sync-inventory
on:
  schedule:
    - cron: "0 * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python sync/inventory_sync.py
        env:
          SHOPIFY_ACCESS_TOKEN: ${{ secrets.SHOPIFY_ACCESS_TOKEN }}
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
""")

add("blind-lm/python/decoy-test-fixture", "shop/tests/test_checkout.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''"""Hoʻāʻo uku - checkout tests (fake keys, stripe-mock only)."""
import pytest

FAKE_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # Stripe docs' published test key


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_KEY)
    monkeypatch.setenv("STRIPE_API_BASE", "http://localhost:12111")
    from shop.app import create_app
    return create_app().test_client()
''')

add("blind-lm/yaml/decoy-vault-reference", "regatta/config/secrets.yml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """# Nā kī huna - all values come from Vault at deploy time
database:
  password: vault:secret/data/regatta/db#password
stripe:
  secret_key: vault:secret/data/regatta/stripe#secret_key
twilio:
  auth_token: vault:secret/data/regatta/twilio#auth_token
""")

add("blind-lm/csv/decoy-ids", "regatta/data/entries-2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """entry_id,crew,division,paid,stripe_charge,waiver_sha256
@@u1@@,Hui Waʻa o Keaukaha A,Open Men 6,yes,ch_3Pq8Rk2eZvKYlo2C1a2b3c4d,@@h1@@
@@u2@@,Keaukaha Wāhine,Open Women 6,yes,ch_3Pq8Rk2eZvKYlo2C5e6f7g8h,@@h2@@
@@u3@@,Puna Keiki 14,Keiki,no,,@@h3@@
@@u4@@,Kamehameha Masters,Masters 40,yes,ch_3Pq8Rk2eZvKYlo2C9i0j1k2l,@@h4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-lm/dotenv/decoy-empty", "regatta/.env.sample", "https://12factor.net/config", """# E hoʻopiha ma kāu mīkini ponoʻī (fill on your own machine)
DATABASE_URL=
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
STRIPE_SECRET_KEY=
DISCORD_WEBHOOK=
""")

add("blind-lm/k8s/decoy-sealed-secret", "regatta/k8s/sealed-db.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: regatta-db
  namespace: regatta
spec:
  encryptedData:
    password: AgB@@c1@@
    username: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 340, ALNUM + "+/"), c2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("blind-lm/markdown/decoy-doc-example", "regatta/docs/api.md", "https://www.markdownguide.org/basic-syntax/", """# Regatta API

Send your club token in the `Authorization` header:

```bash
curl -H "Authorization: Bearer <YOUR_CLUB_TOKEN>" \\
  https://regatta.huiwaa.example/api/v1/entries
```

E kiʻi i kāu token ma ka ʻaoʻao **Club settings**. Never paste it in an issue.
""")

add("blind-lm/shell/decoy-prompt", "regatta/scripts/restore.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """#!/usr/bin/env bash
# Hoʻihoʻi i nā komo mai ka backup
set -euo pipefail
read -r -s -p "DB password for regatta: " PGPASSWORD
export PGPASSWORD
gunzip -c "$1" | psql -h regatta-db.internal -U regatta entries
unset PGPASSWORD
""")

add("blind-lm/go/decoy-env-reference", "regatta/notify/config.go", "https://pkg.go.dev/os#Getenv", """package notify

import "os"

// Nā hoʻonohonoho leka - read from env, set by the systemd unit
var (
	MailgunDomain = "mg.huiwaa.example"
	MailgunKey    = os.Getenv("MAILGUN_API_KEY")
	TwilioToken   = os.Getenv("TWILIO_AUTH_TOKEN")
)
""")

add("blind-lm/ini/decoy-masked", "shipping/carriers.example.ini", "https://docs.python.org/3/library/configparser.html", """; template - copy to carriers.ini (that file is git-ignored)
[ups]
account = 8X41R2
user = hilomacnut
password = ********

[usps]
enabled = true
""")

add("blind-lm/json/decoy-public-key", "shop/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """{
  "keys": [
    {
      "kty": "RSA",
      "kid": "hmn-2026-01",
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-lm/ssh/decoy-public-key", "ansible/roles/shop/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """# Nā kī o ka hui hana (ops crew public keys)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ keola@hmn-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ malia@hmn-imac
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ deploy@ci
# removed: kimo (left 2025-09)
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"), k3=fakes.drawn(_seed(), 200, ALNUM + "+/"))

add("blind-lm/php/decoy-env-reference", "club/dues/config.php", "https://www.php.net/manual/en/function.getenv.php", """<?php
// Uku lālā - dues settings; secrets come from the host's environment
return [
    'mode'          => getenv('PAYPAL_MODE') ?: 'sandbox',
    'client_id'     => getenv('PAYPAL_CLIENT_ID'),
    'client_secret' => getenv('PAYPAL_CLIENT_SECRET'),
    'currency'      => 'USD',
];
""")

add("blind-lm/log/decoy-masked", "logs/regatta-2026-05-02.log", "https://docs.python.org/3/library/logging.html", """2026-05-02 05:58:01 INFO  registration closed: 64 crews
2026-05-02 05:58:03 INFO  twilio client ready sid=AC***************************91 token=****
2026-05-02 05:58:03 INFO  stripe key loaded (sk_live_...XXXX, from env)
2026-05-02 06:01:12 INFO  heat 1 start list posted
2026-05-02 06:40:55 INFO  heat 1 results: Keaukaha A 00:21:04.3
""")

add("blind-lm/compose/decoy-secret-file", "regatta/docker-compose.yml", "https://docs.docker.com/compose/use-secrets/", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: regatta
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("blind-lm/python/decoy-hash", "regatta/accounts/fixtures.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", '''"""Nā moʻokāki hoʻāʻo - test accounts; passwords stored only as hashes."""
TIMING_USER = {
    "username": "timing",
    "password": "pbkdf2_sha256$720000$@@salt@@$@@h@@=",
    "is_staff": True,
}
ANNOUNCER = {"username": "announcer", "password": "!", "is_staff": False}  # unusable password
''', salt=fakes.drawn(_seed(), 22), h=b64(hexs(24))[:43])

add("blind-lm/rst/decoy-placeholder", "club/docs/setup.rst", "https://docutils.sourceforge.io/rst.html", """Hoʻonohonoho (setup)
====================

1. Copy ``.env.sample`` to ``.env``.
2. Set ``TWILIO_AUTH_TOKEN=<token from the Twilio console>``.
3. Set ``STRIPE_SECRET_KEY=sk_live_...`` (ask the treasurer, never commit it).
4. Run ``make dev``.
""")

add("blind-lm/helm/decoy-existing-secret", "regatta/chart/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """postgresql:
  auth:
    username: regatta
    database: entries
    existingSecret: regatta-db
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    existingSecret: regatta-redis
""")

add("blind-lm/swift/decoy-publishable", "ios/HMNShop/PublicConfig.swift", "https://stripe.com/docs/keys", """// Public values only - the secret key stays on the server
import Foundation

enum PublicConfig {
    static let stripePublishableKey = "pk_live_@@pk@@"
    static let merchantIdentifier = "merchant.example.hilomacnut"
    static let supportEmail = "kokua@hilomacnut.example"
}
""", pk=fakes.drawn(_seed(), 24))

add("blind-lm/html/decoy-browser-key-restricted", "shop/templates/store-locator.html", "https://developers.google.com/maps/api-security-best-practices", """<!doctype html>
<html lang="en">
<head><title>Where to buy - Hilo Mac Nut Co.</title></head>
<body>
  <div id="map"></div>
  <!-- browser key: restricted to shop.hilomacnut.example referrers -->
  <script src="https://maps.googleapis.com/maps/api/js?key={{ maps_browser_key }}&callback=initMap" async></script>
</body>
</html>
""")

add("blind-lm/properties/decoy-env-reference", "timing/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """# prod: everything secret comes from the environment
spring.datasource.url=jdbc:postgresql://timing-db.internal:5432/timing
spring.datasource.username=timing
spring.datasource.password=${TIMING_DB_PASSWORD}
server.port=8081
""")

add("blind-lm/csharp/decoy-config-reference", "club/Waivers/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "SendGrid": {
    "ApiKey": "",
    "FromAddress": "palapala@huiwaa.example"
  },
  "ConnectionStrings": { "Waivers": "Server=localhost;Database=Waivers;Trusted_Connection=True;" }
}
""")

add("blind-lm/text/decoy-note-where", "club/notes/passwords-where.txt", "https://en.wikipedia.org/wiki/Plain_text", """Ma hea nā ʻōlelo huna? (where are the passwords?)

- All club logins are in the 1Password vault "Hui Waʻa - Papa Alakaʻi".
- Timing laptop: ask the race director on the day; it changes each regatta.
- Router: label under the router in the boathouse (not here!).
Mahalo - Noe
""")

add("blind-lm/ansible/decoy-vault-encrypted", "ansible/group_vars/shop/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-lm/toml/decoy-env-reference", "shop-api/config/default.toml", "https://toml.io/en/v1.0.0", """[server]
bind = "127.0.0.1:8080"

[database]
host = "localhost"
user = "shop_api"
password_env = "SHOP_API_DB_PASSWORD"
name = "orders_dev"
""")

add("blind-lm/sql/decoy-hash", "db/seed/dev_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """-- Nā mea hoʻohana hoʻomohala (dev users). Passwords are bcrypt hashes.
INSERT INTO staff (email, password_hash, role) VALUES
  ('keola@hilomacnut.example', '$2b$12$@@h1@@', 'admin'),
  ('malia@hilomacnut.example', '$2b$12$@@h2@@', 'staff'),
  ('test@hilomacnut.example',  '$2b$12$@@h3@@', 'staff');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lm/kotlin/decoy-build-config", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    defaultConfig {
        applicationId = "example.hilomacnut.shop"
        // read from local.properties / CI env, never committed
        buildConfigField("String", "API_BASE", "\\"https://shop.hilomacnut.example/api\\"")
        buildConfigField("String", "STRIPE_PK", "\\"${System.getenv("STRIPE_PK") ?: ""}\\"")
    }
}
""")

add("blind-lm/powershell/decoy-secure-prompt", "ops/Upload-PriceList.example.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """# Hoʻouka i ka papa kumukūʻai - prompts for the FTP login
$cred = Get-Credential -UserName "hmn_wholesale" -Message "Partner FTP"
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred.GetNetworkCredential()
$wc.UploadFile("ftp://ftp.partner.example/inbox/pricelist.csv", "C:\\hmn\\pricelist.csv")
""")

add("blind-lm/ruby/decoy-credentials-reference", "shop/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """# Ke kī Stripe mai Rails credentials (encrypted)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("blind-lm/dockerfile/decoy-build-secret", "regatta/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.huiwaa.example/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "regatta.wsgi"]
""")

add("blind-lm/typescript/decoy-type-definitions", "regatta/src/types/config.ts", "https://www.typescriptlang.org/docs/handbook/2/objects.html", """// Nā ʻano hoʻonohonoho - shapes only, values come from process.env
export interface PaymentConfig {
  stripeSecretKey: string;
  stripeWebhookSecret: string;
}

export const paymentConfig = (): PaymentConfig => ({
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
});
""")

add("blind-lm/yaml/decoy-checksums", "regatta/.pre-commit-config.yaml", "https://pre-commit.com/#plugins", """repos:
  - repo: https://github.com/psf/black
    rev: 24.2.0
    hooks: [{id: black}]
  - repo: https://github.com/pycqa/flake8
    rev: 7.0.0
    hooks: [{id: flake8}]
# pinned commit for the timing-format hook
  - repo: https://github.com/huiwaa/heat-format
    rev: @@sha@@
    hooks: [{id: heat-format}]
""", sha=hexs(40))

add("blind-lm/markdown/decoy-rotated-note", "club/wiki/Rotated-keys.md", "https://www.markdownguide.org/basic-syntax/", """# Nā kī i hoʻololi ʻia (rotated keys)

| Service | Last 4 | Rotated | By |
|---|---|---|---|
| Twilio auth token | `…a91c` | 2026-04-20 | Kalani |
| Stripe secret key | `…9fQa` | 2026-02-11 | Keola |
| Discord webhook | (deleted) | 2026-05-03 | Noe |

Values are in 1Password only.
""")

add("blind-lm/xml/decoy-placeholder", "timing/config/timing.example.xml", "https://www.w3.org/TR/xml/", """<?xml version="1.0" encoding="UTF-8"?>
<timing>
  <!-- copy to timing.xml and set your device token -->
  <upload url="https://regatta.huiwaa.example/api/v1/crossings" token="${DEVICE_TOKEN}"/>
  <clock source="gps" offsetMs="0"/>
  <lane count="6"/>
</timing>
""")

add("blind-lm/notebook/decoy-getpass", "analysis/refunds.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Hoʻihoʻi kālā - refunds by month"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n", "import psycopg2\\n", "conn = psycopg2.connect(host='db.internal', dbname='orders', user='reports', password=getpass('pw: '))"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lm/js/decoy-uuid-ids", "regatta/src/divisions.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Modules", """// Nā māhele heihei (race divisions) - ids from the registration DB
export const DIVISIONS = {
  '@@u1@@': { name: 'Open Men 6', distance: '5 mi' },
  '@@u2@@': { name: 'Open Women 6', distance: '5 mi' },
  '@@u3@@': { name: 'Keiki 12', distance: '0.5 mi' },
  '@@u4@@': { name: 'Masters 50', distance: '2.5 mi' },
};
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

# ---------------------------------------------------------------- more secrets: varied carriers
add("blind-lm/python/split-stripe-key", "shop/payments/legacy_charge.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", '''"""Legacy charge path for wholesale invoices (ka uku kahiko)."""
import stripe

stripe.api_key = ("@@a@@"
                  "@@b@@")


def charge_invoice(invoice):
    return stripe.Charge.create(amount=invoice.cents, currency="usd", source=invoice.token)
''', (_s := stripe_key()), a=_s[:16], b=_s[16:])

add("blind-lm/shell/heredoc-pgpass", "ops/bootstrap-reports.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """#!/bin/sh
# Hoʻomākaukau i ka mīkini hōʻike (reports box)
cat > ~/.pgpass <<'EOF'
db.internal:5432:orders:reports:@@secret@@
EOF
chmod 600 ~/.pgpass
psql -h db.internal -U reports orders -c 'select 1'
""", rand_pw(22))

add("blind-lm/python/json-in-string", "regatta/lambdas/waiver_pdf.py", "https://docs.python.org/3/library/json.html", '''"""Hana i ka PDF palapala ʻae (waiver PDF) and e-mail it."""
import json

CONFIG = json.loads('{"bucket": "hwk-waivers", "smtp_user": "palapala@huiwaa.example", "smtp_password": "@@secret@@"}')


def handler(event, context):
    return {"bucket": CONFIG["bucket"], "ok": True}
''', words_pw())

add("blind-lm/http/basic-auth-header", "regatta/http/ocra-upload.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", """### Upload results to the association (hōʻike i nā hopena)
POST https://results.ocra.example/api/upload
Authorization: Basic @@enc@@
Content-Type: text/csv

< ./results/2026-05-02.csv
""", (_b := b64("huiwaa:" + words_pw())), enc=_b)

add("blind-lm/yaml/url-credentials", "shop/config/queue.yml", "https://www.rabbitmq.com/docs/uri-spec", """# Queue for label printing jobs (hana paʻi lepili)
broker:
  url: amqp://labels:@@secret@@@mq.internal:5672/hmn
  prefetch: 4
workers:
  printers: [zebra-shed-1, zebra-shed-2]
""", rand_pw(18))

add("blind-lm/markdown/command-line", "regatta/docs/deploy.md", "https://www.markdownguide.org/basic-syntax/", """# Hoʻolele (deploy)

```bash
ssh deploy@regatta.huiwaa.example
cd /srv/regatta && git pull
PGPASSWORD='@@secret@@' psql -h regatta-db.internal -U regatta entries -f migrations/latest.sql
sudo systemctl restart regatta
```

Inā pilikia, e kāhea iā Kalani.
""", words_pw())

add("blind-lm/js/split-concat", "regatta/src/admin/export.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Addition", """// Export crews to the announcer's sheet
const axios = require('axios');

const SHEETS_TOKEN = '@@a@@' +
  '@@b@@';

module.exports = (rows) => axios.post('https://sheets.huiwaa.example/api/append', rows, {
  headers: { Authorization: `Bearer ${SHEETS_TOKEN}` },
});
""", (_t := "hwk_live_" + fakes.drawn_mixed(_seed(), 32)), a=_t[:20], b=_t[20:])

add("blind-lm/pem/rsa-private-key", "ops/keys/hmn-deploy.pem", "https://www.rfc-editor.org/rfc/rfc7468", """@@secret@@
""", pem("RSA"))

add("blind-lm/yaml/indented-private-key", "regatta/k8s/timing-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: timing-tls
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUTimingBoxCertPublicPart
    -----END CERTIFICATE-----
  tls.key: |
    @@key@@
""", (_k := pem("EC")), key=_k.replace("\n", "\n    "))

add("blind-lm/netrc/password", "ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc", """# Nā login no curl
machine pypi.huiwaa.example
  login kalani
  password @@secret@@
machine api.github.com
  login kalani
""", words_pw())

add("blind-lm/npmrc/npm-token", "shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """@hmn:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", npm_token())

add("blind-lm/pypirc/pypi-token", "regatta/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
# hwk-heat-format package (ka mea hoʻonohonoho pepa heihei)
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-lm/docker-config/registry-auth", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.hilomacnut.example": {
      "auth": "@@enc@@"
    }
  },
  "currentContext": "default"
}
""", (_b := b64("ci-pusher:" + rand_pw(24))), enc=_b)

add("blind-lm/go/dsn-argument", "regatta/cmd/seed/main.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", """package main

import (
	"database/sql"
	_ "github.com/go-sql-driver/mysql"
)

// Hoʻokomo i nā māhele heihei (seed divisions)
func main() {
	db, err := sql.Open("mysql", "regatta:@@secret@@@tcp(regatta-db.internal:3306)/entries")
	if err != nil {
		panic(err)
	}
	defer db.Close()
}
""", rand_pw(20))

add("blind-lm/java/aws-credentials", "shop-admin/src/main/java/example/hmn/Media.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", """package example.hmn;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

// Kiʻi huahana (product photos)
final class Media {
    static AwsBasicCredentials creds() {
        return AwsBasicCredentials.create("@@kid@@", "@@secret@@");
    }
}
""", *(lambda p: (p[1],))(_pair := aws_pair()), kid=_pair[0])

add("blind-lm/aws-credentials/secret-key", "ops/dotfiles/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = us-west-2

[hmn-shop]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", *(lambda p: (p[1],))(_pair := aws_pair()), kid=_pair[0])

add("blind-lm/python/aws-session-token", "ops/tmp_creds.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", '''# pasted from `aws sts get-session-token` to debug the photo bucket - hoʻopau ma hope
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
)
print(session.client("s3").list_objects_v2(Bucket="hmn-shop-media")["KeyCount"])
''', fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=fakes.aws_secret_key(_seed()))

add("blind-lm/ruby/slack-bot-token", "club/bots/practice_bot.rb", "https://api.slack.com/authentication/token-types#bot", """# Hoe Bot - hoʻolaha i ka manawa hoe kakahiaka
require 'slack-ruby-client'

Slack.configure do |config|
  config.token = '@@secret@@'
end

client = Slack::Web::Client.new
client.chat_postMessage(channel: '#hoe-kakahiaka', text: 'Hoe ma ka 5:30 ʻapōpō!')
""", slack_bot())

add("blind-lm/php/smtp-password", "club/site/contact.php", "https://github.com/PHPMailer/PHPMailer", """<?php
// Palapala hoʻokaʻaʻike (contact form)
use PHPMailer\\PHPMailer\\PHPMailer;
$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.gmail.com';
$mail->SMTPAuth = true;
$mail->Username = 'kokua@huiwaa.example';
$mail->Password = '@@secret@@';
$mail->Port = 587;
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("blind-lm/csharp/stripe-key", "shop-admin/Refunds/RefundService.cs", "https://stripe.com/docs/api/refunds", """using Stripe;

namespace HiloMacNut.Admin.Refunds
{
    // Hoʻihoʻi kālā - refunds from the back office
    public class RefundService
    {
        public RefundService() { StripeConfiguration.ApiKey = "@@secret@@"; }

        public Refund Refund(string paymentIntent) =>
            new Stripe.RefundService().Create(new RefundCreateOptions { PaymentIntent = paymentIntent });
    }
}
""", stripe_key())

add("blind-lm/dotenv/discord-webhook", "regatta/bots/.env", "https://discord.com/developers/docs/resources/webhook", """# Bot hopena - results bot
DISCORD_WEBHOOK_URL=@@secret@@
RESULTS_CHANNEL=hopena-heihei
TIMEZONE=Pacific/Honolulu
POST_AFTER_EACH_HEAT=true
""", discord_webhook())

add("blind-lm/properties/ftp-password", "shop-admin/src/main/resources/wholesale.properties", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html", """# Mea kūʻai nui (wholesale partner) feed
wholesale.ftp.host=ftp.partner.example
wholesale.ftp.user=hmn_wholesale
wholesale.ftp.password=@@secret@@
wholesale.ftp.dir=/inbox
wholesale.schedule=0 0 4 * * MON
""", words_pw())

add("blind-lm/powershell/sql-password", "ops/Export-Orders.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """# Hoʻopuka i nā kauoha no ka mea helu kālā (accountant)
Invoke-Sqlcmd -ServerInstance "hmn-sql.internal" -Database "Orders" `
  -Username "export" -Password "@@secret@@" `
  -Query "SELECT * FROM dbo.Orders WHERE OrderDate >= DATEADD(month,-1,GETDATE())" |
  Export-Csv -Path "C:\\hmn\\orders-month.csv" -NoTypeInformation
""", rand_pw(16, "!#"))

add("blind-lm/rust/postgres-url", "shop-api/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/", """// Waihona kauoha (orders store)
use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://shop_api:@@secret@@@db.internal/orders")
        .await
}
""", passphrase())

add("blind-lm/systemd/env-password", "ops/systemd/regatta.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=Regatta registration (Hui Waʻa)
After=network.target

[Service]
User=regatta
Environment=DATABASE_URL=postgres://regatta@regatta-db.internal/entries
Environment=DB_PASSWORD=@@secret@@
ExecStart=/srv/regatta/venv/bin/gunicorn regatta.wsgi -b 127.0.0.1:8000

[Install]
WantedBy=multi-user.target
""", words_pw())

add("blind-lm/nginx/basic-auth-htpasswd-note", "ops/nginx/regatta-admin.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """# Admin proxy to the timing box (pahu manawa)
location /timing/ {
    proxy_pass http://10.0.4.20:8081/;
    proxy_set_header Authorization "Basic @@enc@@";
    proxy_set_header Host $host;
}
""", (_b := b64("finish:" + words_pw())), enc=_b)

add("blind-lm/vscode/sftp-password", "club/site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """{
  "name": "huiwaa.example (pūnaewele hui)",
  "host": "huiwaa.example",
  "protocol": "sftp",
  "port": 22,
  "username": "huiwaa",
  "password": "@@secret@@",
  "remotePath": "/home/huiwaa/public_html",
  "uploadOnSave": true
}
""", words_pw())

add("blind-lm/lua/api-key", "timing/scripts/display.lua", "https://www.lua.org/manual/5.4/", """-- Papa hōʻike (scoreboard) at the finish tent
local http = require("socket.http")
local API = "https://regatta.huiwaa.example/api/v1/leaderboard"
local KEY = "@@secret@@"

local function fetch()
  return http.request(API .. "?key=" .. KEY)
end

return { fetch = fetch }
""", "hwk_live_" + fakes.drawn_mixed(_seed(), 32))

add("blind-lm/makefile/registry-password", "shop/Makefile", "https://www.gnu.org/software/make/manual/make.html", """IMAGE = registry.hilomacnut.example/shop
TAG ?= $(shell git rev-parse --short HEAD)

push:
\tdocker login registry.hilomacnut.example -u ci-pusher -p @@secret@@
\tdocker build -t $(IMAGE):$(TAG) .
\tdocker push $(IMAGE):$(TAG)
""", rand_pw(24))

add("blind-lm/yaml/sentry-dsn", "shop/config/sentry.yml", "https://docs.sentry.io/product/sentry-basics/dsn-explainer/", """# Sentry for the storefront - server side
sentry:
  dsn: https://@@pub@@:@@secret@@@o450123.ingest.sentry.io/5520141
  environment: production
  traces_sample_rate: 0.1
""", hexs(32), pub=hexs(32))

add("blind-lm/python/slack-webhook", "shop/alerts/low_stock.py", "https://api.slack.com/messaging/webhooks", '''"""Hōʻailona - alert when a SKU runs low (macadamia honey always does)."""
import requests

WEBHOOK = "@@secret@@"


def alert(sku: str, left: int) -> None:
    requests.post(WEBHOOK, json={"text": f":warning: {sku} emi loa: {left} left"}, timeout=5)
''', slack_webhook())

add("blind-lm/js/shopify-webhook-secret", "shop/api/webhooks.js", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https", """// Hōʻoia webhook - verify Shopify order webhooks
const crypto = require('crypto');
const SHOPIFY_WEBHOOK_SECRET = '@@secret@@';

module.exports = function verify(req) {
  const digest = crypto.createHmac('sha256', SHOPIFY_WEBHOOK_SECRET).update(req.rawBody).digest('base64');
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(req.get('X-Shopify-Hmac-Sha256')));
};
""", hexs(64))

add("blind-lm/text/handover-note", "ops/notes/handover-keola.txt", "https://en.wikipedia.org/wiki/Plain_text", """Hāʻawi hana (handover) - Keola -> Malia, Iune 2026

Shop is on Shopify now, WooCommerce is read-only.
The Square token for the market tablet is @@secret@@
(it's only on the tablet and here, please move it to 1Password).
Labels: UPS account 8X41R2. ʻOki (cutoff) 2pm.
""", square_token())

# ---------------------------------------------------------------- secrets, third round
add("blind-lm/k8s-secret/sendgrid-key", "shop/k8s/mailer-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """# leka uila (mailer) secret - generated by hand, oops
apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: shop
data:
  SENDGRID_API_KEY: @@enc@@
  FROM_ADDRESS: @@from@@
""", (_v := sendgrid_key()), enc=b64(_v), **{"from": b64("aloha@hilomacnut.example")})

add("blind-lm/k8s/stringdata-password", "regatta/k8s/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", """apiVersion: v1
kind: Secret
metadata:
  name: leaderboard-redis
  namespace: regatta
type: Opaque
stringData:
  redis-password: "@@secret@@"
""", fakes.redis_password(_seed()))

add("blind-lm/python/redis-url", "regatta/leaderboard/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''"""Papa alakaʻi ola - live leaderboard cache."""
import redis

r = redis.from_url("redis://:@@secret@@@leaderboard-redis.regatta.svc:6379/0")


def put(crew_id: str, seconds: float) -> None:
    r.zadd("heat:current", {crew_id: seconds})
''', fakes.redis_password(_seed()))

add("blind-lm/js/mongodb-url", "regatta/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """// Waihona palapala ʻae (waiver store)
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://waivers:@@secret@@@cluster0.hwk01.mongodb.net/waivers?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports = async () => (await client.connect()).db('waivers');
""", rand_pw(16))

add("blind-lm/yaml/openai-key", "shop/config/ai.yml", "https://platform.openai.com/docs/api-reference/authentication", """# Kōkua wehewehe huahana - product description helper
openai:
  api_key: @@secret@@
  model: gpt-4o-mini
  prompt: "Write a short product blurb for Hilo macadamia nuts, mention ka ʻāina."
""", fakes.openai_key(_seed()))

add("blind-lm/python/github-fine-grained", "ops/release_notes.py", "https://docs.github.com/en/rest/releases/releases", '''"""Kākau i nā memo hoʻopuka (release notes) for the shop repo."""
import requests

GH = "@@secret@@"


def create_release(tag: str, notes: str) -> None:
    requests.post("https://api.github.com/repos/hilomacnut/shop/releases",
                  headers={"Authorization": f"Bearer {GH}"},
                  json={"tag_name": tag, "body": notes}, timeout=20)
''', fakes.github_fine_grained_token(_seed()))

add("blind-lm/shell/curl-bearer", "regatta/scripts/close_registration.sh", "https://curl.se/docs/manpage.html#-H", """#!/usr/bin/env bash
# Pani i ka hoʻopaʻa inoa (close registration) - run at 6pm the night before
set -e
curl -fsS -X POST https://regatta.huiwaa.example/api/v1/registration/close \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" -d '{"year": 2026}'
echo "pani ʻia"
""", jwt_like())

add("blind-lm/ini/odbc-password", "ops/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[HMNOrders]
Driver = ODBC Driver 18 for SQL Server
Server = hmn-sql.internal
Database = Orders
UID = excel_reports
PWD = @@secret@@
TrustServerCertificate = yes
""", rand_pw(16, "!"))

add("blind-lm/yaml/ansible-become-password", "ansible/inventory/hosts.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """all:
  children:
    shop:
      hosts:
        shop1.hilomacnut.example:
        shop2.hilomacnut.example:
      vars:
        ansible_user: deploy
        ansible_become_password: "@@secret@@"
""", words_pw())

add("blind-lm/dotenv/twilio-token", "club/sms/.env.local", "https://www.twilio.com/docs/usage/secure-credentials", """# Leka SMS no nā lālā
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+18085550142
# e hoʻouna wale nō ma mua o ka 8pm (no texts after 8pm)
QUIET_HOURS=20-06
""", hexs(32), sid=twilio_sid())

add("blind-lm/toml/cargo-registry-token", "shop-api/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# private crates for the shop (hmn-ledger)
[registries.hmn]
token = "@@secret@@"

[registry]
default = "crates-io"
""", "cio" + fakes.drawn(_seed(), 32))

add("blind-lm/gradle/maven-password", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Waihona kūloko (internal maven)
hmnMavenUser=android-ci
hmnMavenPassword=@@secret@@
""", rand_pw(20))

add("blind-lm/jenkinsfile/password-argument", "regatta/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  stages {
    stage('Test') { steps { sh 'pytest -q' } }
    stage('Deploy') {
      steps {
        // TODO: hoʻohana i ka credentials() ma kahi o kēia
        sh 'sshpass -p "@@secret@@" rsync -az ./ deploy@regatta.huiwaa.example:/srv/regatta'
      }
    }
  }
}
""", words_pw())

add("blind-lm/vue/api-token", "club/site/src/components/Roster.vue", "https://vuejs.org/guide/essentials/application.html", """<template>
  <ul><li v-for="p in paddlers" :key="p.id">{{ p.name }} - {{ p.seat }}</li></ul>
</template>
<script setup>
// Papa inoa hoe (paddler roster)
import { ref, onMounted } from 'vue'
const paddlers = ref([])
onMounted(async () => {
  const r = await fetch('https://regatta.huiwaa.example/api/v1/roster', { headers: { 'X-Api-Key': '@@secret@@' } })
  paddlers.value = await r.json()
})
</script>
""", "hwk_live_" + fakes.drawn_mixed(_seed(), 32))

add("blind-lm/sql/connection-in-comment", "db/queries/monthly_wholesale.sql", "https://www.postgresql.org/docs/current/app-psql.html", """-- Kūʻai nui o ka mahina (monthly wholesale)
-- run: psql "postgresql://reports:@@secret@@@db.internal/orders" -f monthly_wholesale.sql
SELECT date_trunc('month', o.created_at) AS month, c.name, sum(l.qty * l.price) AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN order_lines l ON l.order_id = o.id
WHERE c.wholesale
GROUP BY 1, 2 ORDER BY 1, 3 DESC;
""", rand_pw(22))

add("blind-lm/csv/wifi-logins", "club/data/volunteers-2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """name,role,phone,login,password
Noe K.,registration desk,808-555-0101,desk1,@@secret@@
Kalani P.,timing,808-555-0102,,
Uncle Keawe,beach marshal,808-555-0103,,
Leilani A.,first aid,808-555-0104,,
""", words_pw())

add("blind-lm/yaml/docker-compose-url", "shop/docker-compose.prod.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """services:
  shop:
    image: registry.hilomacnut.example/shop:3.8.1
    environment:
      - DATABASE_URL=postgresql://shop:@@secret@@@db:5432/orders
      - NODE_ENV=production
    ports: ["3000:3000"]
  db:
    image: postgres:16
""", rand_pw(24))

add("blind-lm/csharp/azure-storage-key", "shop-admin/Media/BlobStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """using Azure.Storage.Blobs;

namespace HiloMacNut.Admin.Media
{
    // Kiʻi pahu makana - gift box photos
    public static class BlobStore
    {
        public static BlobContainerClient Container() => new BlobContainerClient(
            "DefaultEndpointsProtocol=https;AccountName=hmnmedia;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
            "giftboxes");
    }
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-lm/python/mailchimp-key", "shop/marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", '''"""Nūhou mahiʻai - farm newsletter signups."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})


def subscribe(email: str) -> None:
    client.lists.add_list_member("a1b2c3d4e5", {"email_address": email, "status": "subscribed"})
''', hexs(32) + "-us21")

add("blind-lm/go/stripe-key", "regatta/payments/stripe.go", "https://github.com/stripe/stripe-go", """package payments

import "github.com/stripe/stripe-go/v76"

// Uku komo (entry fees)
func init() {
	stripe.Key = "@@secret@@"
}
""", stripe_key())

add("blind-lm/php/env-file-array", "club/site/config/mail.php", "https://laravel.com/docs/mail", """<?php
// Leka hui - Laravel mail config (someone replaced env() here)
return [
    'default' => 'smtp',
    'mailers' => [
        'smtp' => [
            'host' => 'smtp.mailgun.org',
            'username' => 'postmaster@mg.huiwaa.example',
            'password' => '@@secret@@',
        ],
    ],
];
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("blind-lm/markdown/table-secret", "shop/docs/integrations.md", "https://www.markdownguide.org/extended-syntax/#tables", """# Nā hoʻohui (integrations)

| Service | Used for | Key |
|---|---|---|
| Shopify | storefront | see vault |
| EasyPost | labels | `@@secret@@` |
| Mailchimp | newsletter | see vault |

Mai kaʻana like i kēia ʻaoʻao ma waho o ka hui.
""", fakes.fake("EZAK", 54, _seed()))

add("blind-lm/typescript/jwt-secret", "regatta/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken", """import jwt from 'jsonwebtoken';

// Kī pūlima (signing secret) for crew captain logins
const JWT_SECRET = '@@secret@@';

export const sign = (captainId: string) => jwt.sign({ sub: captainId }, JWT_SECRET, { expiresIn: '12h' });
export const verify = (token: string) => jwt.verify(token, JWT_SECRET);
""", rand_pw(48))

add("blind-lm/shell-history/mysql-password", "ops/malia.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """ls -la
cd wp-backup
mysql -h db.internal -u hmn_wp -p@@secret@@ hmn_wp < restore.sql
wp cache flush
exit
""", rand_pw(16))

add("blind-lm/powershell/here-string-api-token", "club/scripts/New-Regatta.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", """# Hana heihei hou (create a new regatta in the registration API)
$body = @"
{ "name": "Heihei Waʻa o Keaukaha 2026", "date": "2026-05-02" }
"@
$headers = @{ Authorization = "Token @@secret@@" }
Invoke-RestMethod -Method Post -Uri https://regatta.huiwaa.example/api/v1/regattas -Headers $headers -Body $body
""", hexs(40))

add("blind-lm/yaml/datadog-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """# Nānā (monitoring) agent on shop1/shop2
api_key: @@secret@@
site: datadoghq.com
hostname_fqdn: true
logs_enabled: true
tags:
  - team:hmn
""", hexs(32))

add("blind-lm/dart/api-key", "apps/crew_app/lib/config.dart", "https://dart.dev/language/variables", """// Polokalamu hoe (crew app) configuration
class AppConfig {
  static const apiBase = 'https://regatta.huiwaa.example/api/v1';
  static const apiKey = '@@secret@@';
  static const locale = 'haw';
}
""", "hwk_live_" + fakes.drawn_mixed(_seed(), 32))

add("blind-lm/pgbouncer/userlist-password", "ops/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", """;; pgbouncer userlist - shop pool on shop1 (kahe hoʻokahi)
;; other roles authenticate through auth_query, not listed here
;; e hoʻololi ma ka pule aʻe (rotate next week)
"shop" "@@secret@@"
;; end
""", rand_pw(22))

add("blind-lm/python/ftp-url", "sync/wholesale_feed.py", "https://docs.python.org/3/library/ftplib.html", '''"""Kiʻi i ka papa kauoha nui (wholesale order feed)."""
from urllib.request import urlopen

FEED = "ftp://hmn_wholesale:@@secret@@@ftp.partner.example/outbox/orders.csv"


def fetch() -> bytes:
    with urlopen(FEED, timeout=30) as f:
        return f.read()
''', rand_pw(14))

add("blind-lm/json/vscode-settings-token", "shop/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "orders (prod)",
      "driver": "PostgreSQL",
      "server": "db.internal",
      "database": "orders",
      "username": "keola",
      "password": "@@secret@@"
    }
  ]
}
""", words_pw())

add("blind-lm/json/heroku-app-json-stripe-key", "regatta/app.json", "https://devcenter.heroku.com/articles/app-json-schema", """{
  "name": "hwk-regatta-staging",
  "description": "Regatta registration staging (ka papa hoʻāʻo)",
  "env": {
    "DJANGO_SETTINGS_MODULE": "regatta.settings",
    "STRIPE_SECRET_KEY": { "value": "@@secret@@" }
  }
}
""", stripe_key())

add("blind-lm/ruby/database-yml", "shop/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: db.internal
  database: orders
  username: rails
  password: @@secret@@
""", rand_pw(20))

add("blind-lm/dotenv/openai-key", "regatta/tools/.env", "https://platform.openai.com/docs/quickstart", """# Unuhi (translation) helper for bilingual heat sheets
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
SOURCE_LANG=en
TARGET_LANG=haw
""", fakes.openai_key(_seed()))

# ---------------------------------------------------------------- decoys, second round
add("blind-lm/aws-credentials/decoy-doc-example", "docs/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """# AWS setup for the photo bucket

Put your own keys in `~/.aws/credentials` like the AWS docs show:

```ini
[hmn-shop]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

E noi iā Keola no kāu mau kī ponoʻī (ask Keola for your own keys).
""")

add("blind-lm/python/decoy-secret-manager", "shop/payments/keys.py", "https://cloud.google.com/secret-manager/docs/reference/libraries", '''"""Kiʻi i nā kī mai Secret Manager (fetch keys at startup)."""
from google.cloud import secretmanager

_client = secretmanager.SecretManagerServiceClient()


def stripe_secret_key() -> str:
    name = "projects/hmn-shop/secrets/stripe-secret-key/versions/latest"
    return _client.access_secret_version(name=name).payload.data.decode()
''')

add("blind-lm/js/decoy-test-cards", "shop/tests/fixtures/cards.js", "https://stripe.com/docs/testing", """// Nā kāleka hoʻāʻo (Stripe test cards) - published by Stripe, not real cards
module.exports = {
  visa: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  threeDSecure: '4000002500003155',
  cvc: '123',
  expiry: '12/34',
};
""")

add("blind-lm/yaml/decoy-public-ids", "shop/config/products.yml", "https://stripe.com/docs/api/prices", """# Nā huahana (products) and their Stripe price ids - ids, not keys
products:
  - sku: MAC-DRY-8OZ
    name: Dry roasted macadamias 8oz
    stripe_price: price_1P@@p1@@
  - sku: MAC-HONEY-1LB
    name: Macadamia blossom honey 1lb
    stripe_price: price_1P@@p2@@
  - sku: GIFT-ALOHA
    name: Aloha gift box
    stripe_price: price_1P@@p3@@
""", p1=fakes.drawn(_seed(), 22), p2=fakes.drawn(_seed(), 22), p3=fakes.drawn(_seed(), 22))

add("blind-lm/json/decoy-firebase-web-config", "club/site/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "_note": "Firebase web config is public by design; rules protect the data",
  "apiKey": "AIza-PUBLIC-WEB-CONFIG-see-security-rules",
  "authDomain": "hwk-timing.firebaseapp.com",
  "projectId": "hwk-timing",
  "storageBucket": "hwk-timing.appspot.com",
  "appId": "1:104938271650:web:3f9a1c2e7b5d4a60"
}
""")

add("blind-lm/markdown/decoy-changelog", "shop/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """# Changelog

## 3.8.1 - 2026-03-20
### Security
- Stopped logging request headers (the Stripe key leak of 2026-02-11; key rotated).
- Moved `SHOPIFY_ACCESS_TOKEN` out of `inventory_sync.py` into the environment.

## 3.8.0 - 2026-03-02
- Aloha gift box variants (ʻano pahu makana hou).
""")

add("blind-lm/shell/decoy-env-usage", "shop/scripts/deploy.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """#!/usr/bin/env bash
# Hoʻolele i ka hale kūʻai
set -euo pipefail
: "${REGISTRY_PASSWORD:?set REGISTRY_PASSWORD}"
echo "$REGISTRY_PASSWORD" | docker login registry.hilomacnut.example -u ci-pusher --password-stdin
docker compose -f docker-compose.prod.yml pull
docker compose -f docker-compose.prod.yml up -d
""")

add("blind-lm/k8s-secret/decoy-empty-values", "regatta/k8s/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """# Template - fill with `kubectl create secret generic` instead of editing here
apiVersion: v1
kind: Secret
metadata:
  name: regatta-app
type: Opaque
data:
  TWILIO_AUTH_TOKEN: ""
  STRIPE_SECRET_KEY: ""
  DJANGO_SECRET_KEY: ""
""")

add("blind-lm/k8s-secret/decoy-base64-nonsecret", "regatta/k8s/app-config-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: regatta-settings
type: Opaque
data:
  REGATTA_YEAR: MjAyNg==
  TIME_ZONE: UGFjaWZpYy9Ib25vbHVsdQ==
  ADMIN_EMAIL: d2VibWFzdGVyQGh1aXdhYS5leGFtcGxl
""")

add("blind-lm/terraform/decoy-random-password", "regatta/infra/passwords.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """# Hana ʻia ka ʻōlelo huna e Terraform; mālama ʻia ma Secrets Manager
resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
""")

add("blind-lm/log/decoy-request-ids", "logs/shopify-webhooks.log", "https://shopify.dev/docs/apps/build/webhooks", """2026-03-15T02:11:09Z webhook orders/create id=@@u1@@ hmac=ok
2026-03-15T02:11:09Z order #4412 Aloha gift box x2 -> Keaʻau
2026-03-15T02:14:51Z webhook orders/paid id=@@u2@@ hmac=ok
2026-03-15T02:20:33Z webhook orders/fulfilled id=@@u3@@ hmac=ok
2026-03-15T02:20:33Z label 1Z8X41R20312345678 printed on zebra-shed-1
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-lm/go/decoy-test-constants", "regatta/payments/stripe_test.go", "https://go.dev/doc/tutorial/add-a-test", """package payments

import "testing"

// fake values for stripe-mock (ʻaʻole maoli - not real)
const testKey = "sk_test_FAKE_stripe_mock_key"

func TestFee(t *testing.T) {
	if fee("open_six") != 4500 {
		t.Fatal("fee changed")
	}
}
""")

add("blind-lm/ini/decoy-keyring-reference", "regatta/setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """[metadata]
name = hwk-heat-format
version = 1.4.0
description = Pepa heihei (heat sheet) formatter for the Hui Waʻa

[upload]
# credentials come from keyring (`keyring set https://upload.pypi.org/legacy/ __token__`)
repository = https://upload.pypi.org/legacy/
""")

add("blind-lm/html/decoy-password-form", "club/site/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", """<!doctype html>
<html lang="haw">
<body>
  <form method="post" action="/login">
    <label>Inoa hoʻohana <input name="username" autocomplete="username"></label>
    <label>ʻŌlelo huna <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <button>Komo</button>
  </form>
</body>
</html>
""")

add("blind-lm/python/decoy-password-validation", "regatta/accounts/validators.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#password-validation", '''"""Nā lula ʻōlelo huna (password rules) for captain accounts."""
BANNED = {"password", "aloha123", "hoewaa", "keaukaha", "changeme"}


def check(password: str) -> None:
    if len(password) < 12 or password.lower() in BANNED:
        raise ValueError("ʻōlelo huna nāwaliwali (weak password)")
''')

add("blind-lm/yaml/decoy-gitlab-ci-variables", "shop/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """variables:
  DOCKER_DRIVER: overlay2
  IMAGE: registry.hilomacnut.example/shop

build:
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
""")

add("blind-lm/rust/decoy-env-reference", "shop-api/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """// Nā hoʻonohonoho mai ke kaiapuni (from the environment)
use std::env;

pub struct Config { pub database_url: String, pub stripe_key: String }

pub fn load() -> Config {
    Config {
        database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
        stripe_key: env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY"),
    }
}
""")

add("blind-lm/csv/decoy-tracking-numbers", "shipping/shipments-2026-03.csv", "https://www.rfc-editor.org/rfc/rfc4180", """order,carrier,tracking,label_id,weight_oz
4410,UPS,1Z8X41R20312345671,lbl_@@l1@@,18
4411,USPS,9400111899223344556677,lbl_@@l2@@,9
4412,UPS,1Z8X41R20312345678,lbl_@@l3@@,36
4413,UPS,1Z8X41R20312345685,lbl_@@l4@@,12
""", l1=hexs(32), l2=hexs(32), l3=hexs(32), l4=hexs(32))

add("blind-lm/json/decoy-composer-lock", "club/site/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """{
    "content-hash": "@@h1@@",
    "packages": [
        {
            "name": "phpmailer/phpmailer",
            "version": "v6.9.1",
            "dist": {"type": "zip", "shasum": "@@h2@@"}
        }
    ]
}
""", h1=hexs(32), h2=hexs(40))

add("blind-lm/markdown/decoy-readme-setup", "regatta/README.md", "https://www.makeareadme.com/", """# Regatta registration (Hoʻopaʻa inoa heihei)

Registration, waivers and results for the Hui Waʻa o Keaukaha regatta.

## Setup
```bash
cp .env.sample .env        # then fill DATABASE_URL, TWILIO_AUTH_TOKEN, STRIPE_SECRET_KEY
make dev
```

Secrets live in 1Password ("Hui Waʻa - Papa Alakaʻi"). E mālama pono.
""")

add("blind-lm/toml/decoy-pyproject", "regatta/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """[project]
name = "hwk-regatta"
version = "2026.5.0"
dependencies = ["django>=5.0", "stripe>=8", "twilio>=9", "psycopg[binary]"]

[tool.pytest.ini_options]
env = ["STRIPE_SECRET_KEY=sk_test_dummy", "TWILIO_AUTH_TOKEN=dummy"]
""")

add("blind-lm/php/decoy-hash-compare", "club/site/admin/auth.php", "https://www.php.net/manual/en/function.password-verify.php", """<?php
// Komo luna (admin login) - compares against the stored bcrypt hash
$hash = '$2y$10$@@h@@';
if (!password_verify($_POST['password'] ?? '', $hash)) {
    http_response_code(403);
    exit('ʻAʻole ʻae ʻia');
}
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lm/ssh-config/decoy-identity-file", "ops/dotfiles/ssh_config", "https://man.openbsd.org/ssh_config", """# Nā mīkini (hosts)
Host shop1 shop2
    HostName %h.hilomacnut.example
    User deploy
    IdentityFile ~/.ssh/hmn_deploy_ed25519
Host regatta
    HostName regatta.huiwaa.example
    User deploy
    IdentityFile ~/.ssh/hwk_ed25519
""")

add("blind-lm/pem/decoy-certificate", "regatta/certs/timing-ca.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIIC" + fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-lm/python/decoy-placeholder-constant", "regatta/bots/heat_bot_example.py", "https://core.telegram.org/bots/api", '''"""Example config for the heat bot; copy and fill in (mai hoʻouna i ke kī maoli)."""
BOT_TOKEN = "<telegram-bot-token-from-botfather>"
CHAT_ID = "<chat id>"

if BOT_TOKEN.startswith("<"):
    raise SystemExit("E hoʻopiha i BOT_TOKEN")
''')

add("blind-lm/yaml/decoy-sops-encrypted", "shop/secrets.enc.yaml", "https://github.com/getsops/sops", """stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:123456789012:key/@@u@@
    lastmodified: "2026-03-20T01:02:03Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 28, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", u=uuid_s())

add("blind-lm/csharp/decoy-user-secrets", "club/Waivers/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """var builder = WebApplication.CreateBuilder(args);
// SendGrid key from `dotnet user-secrets set SendGrid:ApiKey ...` in dev, Key Vault in prod
builder.Configuration.AddUserSecrets<Program>();
var sendGridKey = builder.Configuration["SendGrid:ApiKey"];
builder.Services.AddSingleton(new SendGrid.SendGridClient(sendGridKey));
var app = builder.Build();
app.MapGet("/", () => "Aloha - palapala ʻae");
app.Run();
""")

add("blind-lm/properties/decoy-keystore-reference", "timing/src/main/resources/application-tls.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/howto.html#howto.webserver.configure-ssl", """server.ssl.enabled=true
server.ssl.key-store=classpath:timing.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${TIMING_KEYSTORE_PASSWORD}
server.ssl.key-alias=timing
""")

add("blind-lm/shell-history/decoy-safe-commands", "ops/noe.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd regatta
op signin
export TWILIO_AUTH_TOKEN=$(op read "op://Hui Waa/Twilio/auth token")
python manage.py send_reminders --dry-run
python manage.py send_reminders
unset TWILIO_AUTH_TOKEN
""")

add("blind-lm/notebook/decoy-masked-output", "regatta/analysis/entries_2026.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["connected as regatta (password: ***)\\n", "64 crews\\n"]}],
   "source": ["import os, psycopg2\\n", "conn = psycopg2.connect(os.environ['DATABASE_URL'])\\n", "print('64 crews')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lm/dotenv/decoy-local-dev", "shop/.env.development", "https://12factor.net/config", """# local docker only - these match docker-compose.dev.yml, nothing real (hoʻomohala wale nō)
DATABASE_URL=postgres://postgres:postgres@localhost:5432/orders_dev
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_placeholder
MAIL_HOST=localhost
MAIL_PORT=1025
""")

add("blind-lm/xml/decoy-nuget-env", "shop-admin/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="hmn" value="https://nuget.hilomacnut.example/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <hmn>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="%HMN_NUGET_PASSWORD%" />
    </hmn>
  </packageSourceCredentials>
</configuration>
""")

add("blind-lm/markdown/decoy-waiver-text", "regatta/docs/waiver.md", "https://www.markdownguide.org/basic-syntax/", """# Palapala ʻae (waiver)

I, the undersigned paddler, understand that outrigger canoe racing in open ocean carries risk.
My registration code is printed on my bib (e.g. `HWK-2026-0412`); it is not a password.

Kau inoa (signature): ____________________  Lā (date): __________
""")

add("blind-lm/js/decoy-hmac-test-vector", "shop/tests/webhooks.test.js", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", """// Hōʻoia webhook - uses a throwaway secret made for this test only
const verify = require('../api/webhooks');
const TEST_SECRET = 'test-secret-not-used-anywhere';

test('rejects a bad hmac', () => {
  const req = { rawBody: Buffer.from('{}'), get: () => 'bm90LWEtcmVhbC1obWFj' };
  expect(() => verify(req, TEST_SECRET)).toThrow();
});
""")

add("blind-lm/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """version: 2
registries:
  hmn-npm:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /shop
    registries: [hmn-npm]
    schedule: {interval: weekly}
""")

add("blind-lm/sql/decoy-api-key-hash", "regatta/db/api_keys.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """-- Nā kī API o nā kalapu (club API keys): only a prefix and a SHA-256 are stored
CREATE TABLE club_api_keys (club text, prefix text, key_sha256 text, created date);
INSERT INTO club_api_keys VALUES
  ('Keaukaha', 'hwk_live_4Fq', '@@h1@@', '2026-01-10'),
  ('Puna', 'hwk_live_9Zc', '@@h2@@', '2026-02-02');
""", h1=hexs(64), h2=hexs(64))

add("blind-lm/ansible/decoy-vault-vars", "ansible/group_vars/regatta/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """---
# Nā ʻano loli - real values in vault.yml (encrypted)
regatta_db_password: "{{ vault_regatta_db_password }}"
twilio_auth_token: "{{ vault_twilio_auth_token }}"
stripe_secret_key: "{{ vault_stripe_secret_key }}"
""")

add("blind-lm/kotlin/decoy-keystore-props", "android/app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """val props = java.util.Properties().apply {
    rootProject.file("keystore.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}
android.signingConfigs.create("release") {
    storeFile = file(props.getProperty("storeFile") ?: "release.jks")
    storePassword = System.getenv("HMN_STORE_PASSWORD") ?: props.getProperty("storePassword")
    keyPassword = System.getenv("HMN_KEY_PASSWORD") ?: props.getProperty("keyPassword")
}
""")

add("blind-lm/text/decoy-git-shas", "ops/notes/release-log.txt", "https://git-scm.com/docs/git-log", """Nā hoʻopuka (releases)
shop 3.8.1  @@s1@@  2026-03-20  Keola
shop 3.8.0  @@s2@@  2026-03-02  Keola
regatta 2026.5.0  @@s3@@  2026-04-28  Kalani
regatta 2026.4.2  @@s4@@  2026-04-10  Noe
""", s1=hexs(40), s2=hexs(40), s3=hexs(40), s4=hexs(40))

add("blind-lm/swift/decoy-keychain", "ios/CrewCheckIn/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security
import Foundation

// Mālama i ka token ma ka Keychain (never in code)
enum TokenStore {
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrAccount as String: "crew-token", kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary); SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-lm/dockerfile/decoy-arg-no-default", "shop/Dockerfile.worker", "https://docs.docker.com/reference/dockerfile/#arg", """FROM python:3.12-slim
# pass at run time, not build time: docker run -e DB_PASSWORD=...
ENV DB_HOST=db.internal \\
    DB_USER=labels
WORKDIR /app
COPY worker/ .
RUN pip install -r requirements.txt
CMD ["python", "print_labels.py"]
""")

add("blind-lm/powershell/decoy-secret-store", "club/scripts/Sync-Members.example.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# Hoʻolikelike i ka papa lālā - secret from SecretManagement vault
Import-Module Microsoft.PowerShell.SecretManagement
$secret = Get-Secret -Name "HuiWaa-Graph-ClientSecret"
$cred = New-Object System.Management.Automation.PSCredential($env:HWK_APP_ID, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $env:HWK_TENANT -Credential $cred
""")

add("blind-lm/yaml/decoy-openapi-example", "regatta/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """openapi: 3.1.0
info: {title: Regatta API, version: "1.0"}
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: "Club token, e.g. `hwk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`"
security: [{bearer: []}]
paths: {}
""")

add("blind-lm/json/decoy-jwt-public-claims", "regatta/tests/fixtures/token-claims.json", "https://www.rfc-editor.org/rfc/rfc7519", """{
  "_comment": "decoded claims only, no signature or key (hoʻāʻo)",
  "sub": "captain-0412",
  "club": "Keaukaha",
  "iat": 1767225600,
  "exp": 1767268800
}
""")

add("blind-lm/rst/decoy-env-table", "shop/docs/configuration.rst", "https://docutils.sourceforge.io/docs/ref/rst/directives.html#table", """Configuration
=============

=====================  =========================================
Variable               Meaning
=====================  =========================================
``STRIPE_SECRET_KEY``  From the Stripe dashboard (never commit)
``DATABASE_URL``       ``postgres://USER:PASSWORD@HOST/orders``
=====================  =========================================
""")

add("blind-lm/ruby/decoy-env-fetch", "club/bots/practice_bot_env.rb", "https://ruby-doc.org/3.3/ENV.html", """# Hoe Bot - token from the environment (systemd EnvironmentFile)
require 'slack-ruby-client'

Slack.configure do |config|
  config.token = ENV.fetch('SLACK_BOT_TOKEN')
end
""")

add("blind-lm/dotenv/decoy-commented-out", "regatta/bots/.env.example", "https://12factor.net/config", """# Bot hopena example
# DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>
RESULTS_CHANNEL=hopena-heihei
TIMEZONE=Pacific/Honolulu
POST_AFTER_EACH_HEAT=true
""")
