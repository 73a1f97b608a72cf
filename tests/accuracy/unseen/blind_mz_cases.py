"""Blind set MZ: a Navajo (Dine bizaad) rug-weavers' trading post and a solar microgrid utility.

The trading post's web shop, consignment ledger, wool and dye suppliers, card payments and
shipping, and the microgrid's SCADA historian, inverter gateways, metering, billing and field
crews' runbooks (notes partly in Dine bizaad), with their decoys. Generated fakes only
(seeds 7590000-7599999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 7590000, 7599999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Diyogi", "Hooghan", "Dibe", "Johonaa", "Tsaile", "Chinle", "Ganado", "Shiprock", "Tseyi", "Naatsis",
         "Yeibichai", "Turquoise", "Juniper", "Mesa", "Canyon", "Loom", "Wool", "Cochineal", "Sumac", "Sagebrush"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if kind.startswith("sk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-mz/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- trading post: web shop
DOTENV = "https://github.com/motdotla/dotenv#usage"
add("dotenv/stripe", "shop/.env", DOTENV, """\
# Diyogi shop - naaltsoos bee ninaaltsoos (production)
APP_ENV=production
SHOP_NAME="Tse Bighanilini Trading Post"
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_ORIGIN_ZIP=86503
""", secret=stripe_key(), pk=stripe_key("pk_live_"))

add("dotenv/decoy-placeholder", "shop/.env.example", DOTENV, """\
# Copy to .env - t'aadoo le'e commit (never commit the real one)
APP_ENV=development
SHOP_NAME="Tse Bighanilini Trading Post"
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_replace_me
SHIPPING_ORIGIN_ZIP=86503
""")

add("python/sendgrid", "shop/notify/mailer.py", "https://github.com/sendgrid/sendgrid-python#quick-start", """\
\"\"\"Ahehee' emails to buyers after a rug ships.\"\"\"
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

_CLIENT = SendGridAPIClient("@@secret@@")


def thank_buyer(email: str, rug_name: str) -> None:
    body = f"Ahehee'! Your rug '{rug_name}' is on its way from the trading post."
    _CLIENT.send(Mail(from_email="orders@tradingpost.example", to_emails=email,
                      subject="Ahehee' - your diyogi shipped", plain_text_content=body))
""", secret=sendgrid_key())

add("python/decoy-env-reference", "shop/notify/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """\
import os

# Bee ak'e'elchi: the keys come from the host, never from this file.
SENDGRID_API_KEY = os.environ["SENDGRID_API_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
DATABASE_URL = os.getenv("DATABASE_URL", "postgres://localhost/tradingpost_dev")
""")

add("javascript/shopify", "shop/scripts/sync-inventory.js", "https://shopify.dev/docs/api/admin-rest#authentication", """\
// Diyogi inventory -> Shopify (runs nightly on the back-office PC)
const fetch = require("node-fetch");

const SHOP = "tse-bighanilini.myshopify.com";
const headers = {
  "X-Shopify-Access-Token": "@@secret@@",
  "Content-Type": "application/json",
};

async function pushRug(rug) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-01/products.json`, {
    method: "POST", headers, body: JSON.stringify({ product: rug }),
  });
  return res.json();
}

module.exports = { pushRug };
""", secret=shopify_token())

add("typescript/decoy-publishable", "shop/web/src/checkout.ts", "https://docs.stripe.com/keys#obtain-api-keys", """\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser (bee ak'e'elchi t'aa ahooti'i).
const STRIPE_PK = "@@pk@@";

export async function startCheckout(sessionId: string): Promise<void> {
  const stripe = await loadStripe(STRIPE_PK);
  await stripe?.redirectToCheckout({ sessionId });
}
""", pk=stripe_key("pk_live_"))

add("php/mysql", "shop/legacy/config.inc.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Old consignment shop (2014). Hastiin Begay wrote this, do not delete.
define('DB_HOST', 'localhost');
define('DB_NAME', 'consign');
define('DB_USER', 'consign_app');
define('DB_PASS', '@@secret@@');

$pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME, DB_USER, DB_PASS);
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
""", secret=words_pw())

add("php/decoy-getenv", "shop/legacy/config.sample.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
// Sample config - copy to config.inc.php on the server.
define('DB_HOST', getenv('DB_HOST') ?: 'localhost');
define('DB_NAME', 'consign');
define('DB_USER', getenv('DB_USER'));
define('DB_PASS', getenv('DB_PASS'));  // set in the Apache vhost, not here
""")

add("ruby/mailgun", "shop/lib/weaver_payouts_mailer.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby", """\
require 'mailgun-ruby'

# Weavers get a note when their consignment rug sells.
class WeaverPayoutsMailer
  CLIENT = Mailgun::Client.new('@@secret@@')
  DOMAIN = 'mg.tradingpost.example'

  def self.sold(weaver_email, rug)
    CLIENT.send_message(DOMAIN, from: 'post@tradingpost.example', to: weaver_email,
                        subject: "Nizhoni! #{rug} sold", text: 'Your payout is on the way.')
  end
end
""", secret=mailgun_key())

add("ruby/decoy-credentials-reference", "shop/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Stripe keys live in the encrypted credentials (bin/rails credentials:edit).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key:      Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("yaml/square", "shop/pos/square.yml", "https://developer.squareup.com/docs/build-basics/access-tokens", """\
# Square POS at the front counter (Ganado store)
environment: production
location_id: L8Z3KQ1R9X2PA
access_token: @@secret@@
receipt_footer: "Ahehee' - come back to the post"
currency: USD
""", secret=square_token())

add("yaml/decoy-sandbox-placeholder", "shop/pos/square.sandbox.yml", "https://developer.squareup.com/docs/devtools/sandbox/overview", """\
# Sandbox - t'aa naashch'aa' da (not real money)
environment: sandbox
location_id: LSANDBOX000000
access_token: <SANDBOX_ACCESS_TOKEN>
receipt_footer: "TEST RECEIPT"
currency: USD
""")

add("json/google-maps", "shop/web/public/config.json", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
{
  "storeLocator": {
    "title": "Find the trading post",
    "mapsServerKey": "@@secret@@",
    "center": [35.7114, -109.5420],
    "zoom": 9
  }
}
""", secret=google_api_key())

add("markdown/decoy-redacted", "shop/docs/payments.md", "https://www.markdownguide.org/basic-syntax/", """\
# Payments at the post

| Service | Key in use | Where the real value lives |
|---------|------------|----------------------------|
| Stripe  | `sk_live_****************3fQa` | 1Password, vault "Trading Post" |
| Square  | `EAAA…(redacted)` | 1Password, vault "Trading Post" |
| Shopify | `shpat_••••••••` | Shopify admin > Apps |

Ei doo bee ak'e'elchi ninaaltsoos bii' t'aadoo ahilne'. Never paste a whole key here.
""")

add("go/stripe", "shop/payouts/main.go", "https://github.com/stripe/stripe-go#usage", """\
package main

import (
\t"log"

\t"github.com/stripe/stripe-go/v76"
\t"github.com/stripe/stripe-go/v76/transfer"
)

// Weaver payouts: each sold rug sends the weaver her share.
func main() {
\tstripe.Key = "@@secret@@"
\tt, err := transfer.New(&stripe.TransferParams{
\t\tAmount:      stripe.Int64(48000),
\t\tCurrency:    stripe.String(string(stripe.CurrencyUSD)),
\t\tDestination: stripe.String("acct_weaver_tsosie"),
\t})
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tlog.Printf("payout %s sent", t.ID)
}
""", secret=stripe_key("rk_live_"))

add("go/decoy-test-fixture", "shop/payouts/main_test.go", "https://pkg.go.dev/testing", """\
package main

import "testing"

// Fake key for the stripe-mock server; not a key Stripe ever issued.
const fakeKey = "sk_test_123"

func TestPayoutAmount(t *testing.T) {
\tif share(60000, 0.8) != 48000 {
\t\tt.Fatal("weaver share should be 80%")
\t}
\t_ = fakeKey
}
""")

# ---------------------------------------------------------------- trading post: back office
add("ini/postgres", "ledger/odbc.ini", "https://www.postgresql.org/docs/current/libpq-connect.html", """\
; Consignment ledger - Dine weavers' accounts (naaltsoos bee ak'e'elchi)
[TradingPostLedger]
Driver     = PostgreSQL Unicode
Servername = ledger.post.lan
Port       = 5432
Database   = consignment
Username   = bookkeeper
Password   = @@secret@@
SSLmode    = require
""", secret=words_pw())

add("ini/decoy-prompt", "ledger/odbc.template.ini", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
; Template - the password comes from ~/.pgpass on each PC
[TradingPostLedger]
Driver     = PostgreSQL Unicode
Servername = ledger.post.lan
Port       = 5432
Database   = consignment
Username   = bookkeeper
Password   =
""")

add("sql/create-user", "ledger/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- 0007: read-only role for the weavers' statements report
-- Ei diyogi naalyeehe bee haz'aa (sales per weaver)
CREATE ROLE statements_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE consignment TO statements_reader;
GRANT USAGE ON SCHEMA ledger TO statements_reader;
GRANT SELECT ON ledger.sales, ledger.weavers TO statements_reader;
""", secret=rand_pw(16))

add("sql/decoy-hash", "ledger/seeds/staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- Staff logins for the back-office app; bcrypt hashes only.
INSERT INTO staff (login, display_name, password_hash) VALUES
  ('lbegay',  'Lorraine Begay',  '$2b$12$@@h1@@'),
  ('jtsosie', 'Jimmy Tsosie',    '$2b$12$@@h2@@'),
  ('mbenally','Marie Benally',   '$2b$12$@@h3@@');
-- Passwords are set by each person at first login.
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("csv/decoy-ids", "ledger/exports/weavers_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
weaver_id,name,chapter,style,stripe_account,tax_form
@@u1@@,Lorraine Begay,Ganado,Ganado Red,acct_1Nq8ZxLkT2bVv9Qa,W-9 on file
@@u2@@,Ella Yazzie,Two Grey Hills,Two Grey Hills,acct_1Nq8aQ3fPz7wMm1C,W-9 on file
@@u3@@,Rose Nez,Teec Nos Pos,Teec Nos Pos,acct_1Nq8bR4hLx0dYy2E,pending
@@u4@@,Alice Tsinajinnie,Chinle,Chinle,acct_1Nq8cS5jMw1eZz3G,W-9 on file
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/password", "ledger/exports/vendor_logins.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
vendor,portal,login,password,notes
Navajo Spinning Mill,https://orders.spinmill.example,tradingpost,@@secret@@,wool orders (Churro)
Dye House,https://dyehouse.example/login,see 1Password,,cochineal + indigo
UPS,https://www.ups.com,see 1Password,,freight pickups Tue/Fri
FedEx,https://www.fedex.com,see 1Password,,rugs over 40 lb
""", secret=words_pw())

add("powershell/smtp", "backoffice/Send-WeaverStatements.ps1", "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage", """\
# Monthly statements to the weavers (naaltsoos bee ak'e'elchi) - Task Scheduler, 1st of month
$smtpUser = 'statements@tradingpost.example'
$smtpPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

Get-ChildItem 'C:\\Statements\\*.pdf' | ForEach-Object {
    $to = ($_.BaseName -split '_')[0] + '@weavers.example'
    Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
        -From $smtpUser -To $to -Subject 'Ahehee - your statement' -Attachments $_.FullName
}
""", secret=words_pw())

add("powershell/decoy-secretmanagement", "backoffice/Send-Reminders.ps1", "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview", """\
# Reminders to pick up unsold rugs. Password from the SecretStore vault.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'TradingPostSmtp' -Vault 'PostVault'
$list = Import-Csv 'C:\\Consign\\unsold.csv'
foreach ($row in $list) {
    Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
        -From 'post@tradingpost.example' -To $row.Email -Subject 'Ya at eeh - rug pickup'
}
""")

add("csharp/connection-string", "backoffice/LabelPrinter/App.config", "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Rug tag printer: reads weaver + price from the ledger -->
  <connectionStrings>
    <add name="Ledger"
         connectionString="Server=ledger.post.lan;Database=consignment;User Id=tagprinter;Password=@@secret@@;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", secret=rand_pw(14, "!#"))

add("csharp/decoy-integrated", "backoffice/LabelPrinter/App.Release.config", "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Windows auth on the store domain; no password in the file -->
    <add name="Ledger" connectionString="Server=ledger.post.lan;Database=consignment;Integrated Security=SSPI;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""")

add("csharp/api-key", "backoffice/LabelPrinter/ShippingRates.cs", "https://learn.microsoft.com/dotnet/api/system.net.http.httpclient", """\
using System.Net.Http;
using System.Threading.Tasks;

namespace TradingPost.LabelPrinter
{
    // Freight quote for big rugs (diyogi ntsaaigii).
    public static class ShippingRates
    {
        private const string ApiKey = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        public static async Task<string> QuoteAsync(string zip, int pounds)
        {
            Http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
            return await Http.GetStringAsync($"https://api.freightquote.example/v2/rates?from=86505&to={zip}&lb={pounds}");
        }
    }
}
""", secret=rand_pw(32))

add("markdown/password", "wiki/Back-Office-PC.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """\
# Back-office PC (ofis bii' computer)

- Windows login: `post\\frontdesk`
- Ledger app opens on startup.
- The label printer is on USB, Zebra GK420d.

If the ledger asks again, the bookkeeper password is **@@secret@@** - Lorraine changes it in spring.

Hagoonee'!
""", secret=words_pw())

add("markdown/decoy-placeholder", "wiki/New-Staff.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """\
# Ya'at'eeh, new staff

1. Ask Lorraine for your own login - never share one.
2. Your first password is printed on the sealed card; change it at first login.
3. Shopify staff account: `https://tse-bighanilini.myshopify.com/admin` with `<your email>` / `<your password>`.
4. Square POS PIN: 4 digits you choose.
""")

add("rst/decoy-docs-example", "docs/ops/api.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Rug catalogue API
=================

Every request carries a key in the ``Authorization`` header::

    curl -H "Authorization: Bearer YOUR_API_KEY" https://api.tradingpost.example/v1/rugs

Replace ``YOUR_API_KEY`` with the key from *Settings > API* (diyogi naalyeehe bee).
Keys start with ``tp_live_`` and are shown once.
""")

add("shell-history/mysql", "backoffice/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /srv/consign
ls -la backups/
mysqldump -u consign_app -p'@@secret@@' consign > backups/consign-$(date +%F).sql
gzip backups/consign-*.sql
rsync -av backups/ nas.post.lan:/volume1/backups/consign/
exit
""", secret=words_pw())

add("shell-history/decoy-prompted", "backoffice/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1709251200:0;cd /srv/consign
: 1709251210:0;mysqldump -u consign_app -p consign > backups/consign.sql
: 1709251230:0;gpg --symmetric --cipher-algo AES256 backups/consign.sql
: 1709251260:0;shred -u backups/consign.sql
: 1709251280:0;ls backups
""")

add("yaml/github-actions-npm", "shop/web/.github/workflows/release.yml", "https://docs.github.com/en/actions/publishing-packages/publishing-nodejs-packages", """\
name: release-widget
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: "https://registry.npmjs.org" }
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", secret=npm_token())

add("yaml/decoy-github-secret", "shop/web/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
      SHOPIFY_TOKEN: ${{ secrets.SHOPIFY_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
""")

add("npmrc/npm", "shop/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
# Diyogi widget package (embed on weavers' own sites)
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", secret=npm_token())

add("npmrc/decoy-env", "shop/web/.npmrc.ci", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# CI only - the token is injected by the runner
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

add("python/slack-webhook", "shop/alerts/low_stock.py", "https://api.slack.com/messaging/webhooks", """\
import json
import urllib.request

# Dibe bighaa' (wool) running low -> tell #wool-orders
WEBHOOK = "@@secret@@"


def alert(yarn: str, pounds: float) -> None:
    msg = {"text": f":sheep: {yarn} down to {pounds:.1f} lb - order from the spinning mill"}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(msg).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req)
""", secret=slack_webhook())

add("markdown/decoy-example-webhook", "shop/alerts/README.md", "https://api.slack.com/messaging/webhooks", """\
# Low-stock alerts

Set the webhook in the environment before running:

    export LOW_STOCK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    python low_stock.py

(That is Slack's own example URL; ask Jimmy for the real one.)
""")

# ---------------------------------------------------------------- microgrid: SCADA and historian
add("yaml/k8s-secret-base64", "grid/k8s/historian-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Johonaa'ei microgrid historian (InfluxDB) - Chilchinbito site
apiVersion: v1
kind: Secret
metadata:
  name: historian-influx
  namespace: scada
type: Opaque
data:
  INFLUX_ORG: @@org@@
  INFLUX_TOKEN: @@enc@@
""", secret=(_tok := fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "=="), org=b64("johonaa-grid"), enc=b64(_tok))

add("yaml/decoy-k8s-sealed", "grid/k8s/historian-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: historian-influx
  namespace: scada
spec:
  encryptedData:
    INFLUX_TOKEN: AgB@@c1@@
    INFLUX_ORG: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 120, ALNUM + "+/"))

add("toml/influx", "grid/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """\
# Telegraf on the inverter shed gateway (Bidaa' Biyi' substation)
[agent]
  interval = "10s"
  hostname = "gw-chilchinbito-01"

[[outputs.influxdb_v2]]
  urls = ["https://historian.grid.lan:8086"]
  token = "@@secret@@"
  organization = "johonaa-grid"
  bucket = "inverters"

[[inputs.modbus]]
  name = "sma_inverter_1"
  controller = "tcp://10.40.1.11:502"
""", secret=fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "==")

add("toml/decoy-env-reference", "grid/telegraf/telegraf.d/outputs.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """\
# Token comes from /etc/default/telegraf (root:root 0600)
[[outputs.influxdb_v2]]
  urls = ["https://historian.grid.lan:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "johonaa-grid"
  bucket = "meters"
""")

add("python/modbus-mqtt", "grid/gateway/bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """\
\"\"\"Modbus -> MQTT bridge for the battery bank (atsinilt'ish bee na'ahaah).\"\"\"
import paho.mqtt.client as mqtt
from pymodbus.client import ModbusTcpClient

BROKER = "mqtt.grid.lan"
client = mqtt.Client(client_id="gw-bess-01")
client.username_pw_set("gw-bess-01", "@@secret@@")
client.tls_set()
client.connect(BROKER, 8883)

bess = ModbusTcpClient("10.40.2.20")
soc = bess.read_holding_registers(843, 1).registers[0]
client.publish("grid/bess/01/soc", soc, retain=True)
""", secret=rand_pw(24))

add("python/decoy-keyring", "grid/gateway/bridge_secure.py", "https://pypi.org/project/keyring/", """\
\"\"\"Same bridge, password from the OS keyring (as we do on new gateways).\"\"\"
import keyring
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="gw-bess-02")
client.username_pw_set("gw-bess-02", keyring.get_password("mqtt.grid.lan", "gw-bess-02"))
client.tls_set()
client.connect("mqtt.grid.lan", 8883)
""")

add("conf/mosquitto-passwd", "grid/mqtt/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Broker for the microgrid (naaki nahasdzaan bikaa' - all sites)
listener 8883
cafile /etc/mosquitto/ca.crt
certfile /etc/mosquitto/broker.crt
keyfile /etc/mosquitto/broker.key
allow_anonymous false
password_file /etc/mosquitto/passwd

# bridge to the utility's head end
connection headend
address headend.johonaa-power.example:8883
remote_username chilchinbito
remote_password @@secret@@
topic grid/# out 1
""", secret=words_pw())

add("conf/decoy-mosquitto-hashes", "grid/mqtt/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
gw-bess-01:$7$101$@@s1@@$@@h1@@
gw-bess-02:$7$101$@@s2@@$@@h2@@
gw-pv-01:$7$101$@@s3@@$@@h3@@
telegraf:$7$101$@@s4@@$@@h4@@
nodered:$7$101$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s5=fakes.drawn(_seed(), 16, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/node-red", "grid/nodered/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", """\
{
    "b3f1c2d4.a9e8": {
        "user": "nodered",
        "password": "@@secret@@"
    },
    "c7d2e1f0.11aa": {
        "user": "historian"
    }
}
""", secret=rand_pw(20))

add("markdown/decoy-ciphertext", "grid/nodered/CREDENTIALS.md", "https://nodered.org/docs/user-guide/runtime/configuration", """\
# Node-RED credentials (bee ak'e'elchi)

`flows_cred.json` is committed **encrypted** with `credentialSecret`
(from `NODE_RED_CREDENTIAL_SECRET` on the controller). In git it looks like:

```json
{"$": "@@c@@"}
```

Never edit it by hand; change credentials in the editor and deploy.
""", c=fakes.drawn(_seed(), 240, HEX))

add("javascript/node-red-settings", "grid/nodered/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration", """\
// Node-RED on the microgrid controller (Tsaile)
module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: "@@secret@@",
    adminAuth: {
        type: "credentials",
        users: [{ username: "operator", password: "$2b$08$@@h@@", permissions: "*" }]
    },
    flowFile: "flows.json",
};
""", secret=rand_pw(32), h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("javascript/decoy-node-red-env", "grid/nodered/settings.prod.js", "https://nodered.org/docs/user-guide/runtime/configuration", """\
// Production: every secret from the environment (systemd EnvironmentFile)
module.exports = {
    uiPort: 1880,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: require("./auth-from-env.js"),
    flowFile: "flows.json",
};
""")

add("go/grafana", "grid/tools/dashsync/main.go", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """\
package main

import (
\t"fmt"
\t"net/http"
)

// dashsync copies the "Johonaa'ei output" dashboards to the community screen.
const grafanaURL = "https://grafana.grid.lan"
const grafanaToken = "@@secret@@"

func get(path string) (*http.Response, error) {
\treq, _ := http.NewRequest("GET", grafanaURL+path, nil)
\treq.Header.Set("Authorization", fmt.Sprintf("Bearer %s", grafanaToken))
\treturn http.DefaultClient.Do(req)
}
""", secret="glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8))

add("ini/decoy-grafana-defaults", "grid/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
[server]
domain = grafana.grid.lan
root_url = https://grafana.grid.lan/

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin}
secret_key = $__env{GF_SECURITY_SECRET_KEY}

[auth.anonymous]
enabled = true
org_role = Viewer
""")

add("ini/grafana-admin", "grid/grafana/grafana.pilot.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """\
; pilot box at the chapter house (2023) - replaced by grafana.ini
[server]
http_port = 3000

[security]
admin_user = admin
admin_password = @@secret@@

[auth.anonymous]
enabled = true
""", secret=words_pw())

add("sql/timescale", "grid/historian/init/01-roles.sql", "https://docs.timescale.com/self-hosted/latest/", """\
-- Meter readings historian (TimescaleDB)
CREATE EXTENSION IF NOT EXISTS timescaledb;
CREATE ROLE meter_ingest WITH LOGIN PASSWORD '@@secret@@';
CREATE TABLE readings (meter_id text, ts timestamptz, kwh double precision);
SELECT create_hypertable('readings', 'ts');
GRANT INSERT ON readings TO meter_ingest;
""", secret=rand_pw(22))

add("sql/decoy-psql-variable", "grid/historian/init/02-grafana.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", """\
-- Run: psql -v grafana_pw="$GRAFANA_DB_PASSWORD" -f 02-grafana.sql
CREATE ROLE grafana_ro WITH LOGIN PASSWORD :'grafana_pw';
GRANT SELECT ON readings TO grafana_ro;
-- t'aa biyi' binahji' (read only)
ALTER ROLE grafana_ro SET statement_timeout = '30s';
""")

add("rust/modbus-api", "grid/edge/src/config.rs", "https://doc.rust-lang.org/book/ch03-01-variables-and-constants.html#constants", """\
//! Edge controller for the PV array at Naatsis'aan.

pub const HEADEND_URL: &str = "https://headend.johonaa-power.example/api/v1";
pub const HEADEND_API_KEY: &str = "@@secret@@";
pub const MODBUS_ADDR: &str = "10.40.3.10:502";
pub const POLL_SECONDS: u64 = 5;
""", secret="jp_live_" + fakes.drawn_mixed(_seed(), 40))

add("rust/decoy-env", "grid/edge/src/secrets.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

/// The head-end key is read at start; the unit file sets it from the TPM-sealed store.
pub fn headend_key() -> String {
    env::var("HEADEND_API_KEY").expect("HEADEND_API_KEY not set")
}
""")

add("swift/decoy-keychain", "grid/app/GridStatus/Sources/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Foundation
import Security

// Field app: the crew's token stays in the Keychain.
enum Credentials {
    static let service = "org.johonaa.gridstatus"
    static func token() -> String? {
        var item: CFTypeRef?
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service, kSecReturnData as String: true]
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("swift/api-token", "grid/app/GridStatus/Sources/HeadEnd.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

// Debug build talked straight to the head end. Hastiin Yazzie: remove before TestFlight!
struct HeadEnd {
    static let base = URL(string: "https://headend.johonaa-power.example/api/v1")!
    static let token = "@@secret@@"

    static func outages() -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent("outages"))
        r.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", secret="jp_live_" + fakes.drawn_mixed(_seed(), 40))

add("kotlin/mqtt", "grid/app/android/app/src/main/java/org/johonaa/grid/MqttLink.kt", "https://eclipse.dev/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """\
package org.johonaa.grid

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

// Crew tablet: live battery state of charge (na'ahaah bii' atsinilt'ish)
object MqttLink {
    fun options(): MqttConnectOptions = MqttConnectOptions().apply {
        userName = "crew-tablet"
        password = "@@secret@@".toCharArray()
        isCleanSession = true
    }
}
""", secret=rand_pw(18))

add("kotlin/decoy-buildconfig", "grid/app/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    defaultConfig {
        applicationId = "org.johonaa.grid"
        // from local.properties / CI secret, never committed
        buildConfigField("String", "MQTT_PASSWORD", "\\"${project.findProperty("mqttPassword") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: "MISSING"}\\"")
    }
}
""")

add("java/jdbc", "grid/billing/src/main/java/org/johonaa/billing/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """\
package org.johonaa.billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Prepaid meter billing (naaltsoos bee atsinilt'ish baa ni'iilyeeh). */
public final class Db {
    private static final String URL = "jdbc:postgresql://billing-db.grid.lan:5432/billing";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "billing_app", "@@secret@@");
    }
}
""", secret=words_pw())

add("java/decoy-properties-placeholder", "grid/billing/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
spring.datasource.url=jdbc:postgresql://billing-db.grid.lan:5432/billing
spring.datasource.username=billing_app
spring.datasource.password=${BILLING_DB_PASSWORD}
payments.gateway.key=${PAYMENTS_KEY:changeme}
server.port=8080
""")

add("properties/spring-mail", "grid/billing/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/io/email.html", """\
# Prepaid top-up receipts (English + Dine bizaad templates)
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", secret=sendgrid_key())

# ---------------------------------------------------------------- microgrid: infrastructure
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
add("terraform/aws-keys", "grid/infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
# Off-site backups of the historian (AWS us-west-2)
provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "historian_backup" {
  bucket = "johonaa-grid-historian-backup"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variables", "grid/infra/variables.tf", TF, """\
variable "db_password" {
  description = "Billing DB password (from TF_VAR_db_password in CI)"
  type        = string
  sensitive   = true
}

variable "headend_api_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("terraform/tfvars", "grid/infra/prod.auto.tfvars", TF, """\
# prod - Johonaa'ei Power microgrid
region           = "us-west-2"
site_name        = "chilchinbito"
db_password      = "@@secret@@"
headend_api_key  = ""
backup_retention = 35
""", secret=words_pw())

add("terraform/decoy-tfvars-example", "grid/infra/prod.tfvars.example", TF, """\
region           = "us-west-2"
site_name        = "chilchinbito"
db_password      = "CHANGE_ME"
headend_api_key  = "<from head-end admin page>"
backup_retention = 35
""")

add("hcl/vault-token", "grid/infra/vault.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", """\
provider "vault" {
  address = "https://vault.grid.lan:8200"
  token   = "@@secret@@"
}

data "vault_kv_secret_v2" "billing" {
  mount = "grid"
  name  = "billing/db"
}
""", secret="hvs." + fakes.drawn_mixed(_seed(), 91, ALNUM + "_-"))

add("hcl/decoy-vault-path", "grid/infra/billing.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs/data-sources/kv_secret_v2", """\
# Billing DB password read from Vault at plan time (bee ak'e'elchi Vault bii')
resource "aws_db_instance" "billing" {
  identifier     = "billing"
  engine         = "postgres"
  username       = "billing_app"
  password       = data.vault_kv_secret_v2.billing.data["password"]
  instance_class = "db.t4g.small"
}
""")

COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
add("compose/postgres", "grid/stack/docker-compose.yml", COMPOSE, """\
# Microgrid controller stack (Tsaile chapter house rack)
services:
  historian:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_USER: grid
      POSTGRES_PASSWORD: @@secret@@
    volumes: ["pgdata:/var/lib/postgresql/data"]
  nodered:
    image: nodered/node-red:3.1
    ports: ["1880:1880"]
volumes:
  pgdata: {}
""", secret=rand_pw(20))

add("compose/decoy-secrets-file", "grid/stack/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  historian:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_USER: grid
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("compose/redis-url", "grid/stack/docker-compose.billing.yml", COMPOSE, """\
services:
  billing:
    image: registry.grid.lan/billing:1.8.3
    environment:
      - REDIS_URL=redis://:@@secret@@@cache:6379/0
      - TZ=America/Denver
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "$${REDIS_PASSWORD}"]
""", secret=fakes.redis_password(_seed()))

add("dockerfile/pip-index", "grid/gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM python:3.12-slim
# private wheels for the inverter drivers
ENV PIP_INDEX_URL=https://gw-build:@@secret@@@pypi.grid.lan/simple/
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "bridge.py"]
""", secret=rand_pw(22))

add("dockerfile/decoy-build-secret", "grid/edge/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM rust:1.77 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=cargo_token,env=CARGO_REGISTRIES_GRID_TOKEN cargo build --release
FROM debian:bookworm-slim
COPY --from=build /src/target/release/edge /usr/local/bin/edge
ENTRYPOINT ["edge"]
""")

K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
add("yaml/k8s-stringdata", "grid/k8s/billing-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: billing-payments
  namespace: billing
type: Opaque
stringData:
  STRIPE_SECRET_KEY: @@secret@@
  PAYMENTS_CURRENCY: usd
""", secret=stripe_key())

add("yaml/decoy-external-secret", "grid/k8s/billing-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing-payments
  namespace: billing
spec:
  secretStoreRef: { name: vault-grid, kind: ClusterSecretStore }
  target: { name: billing-payments }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: grid/billing/stripe, property: secret_key }
""")

add("yaml/k8s-dockerconfig", "grid/k8s/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: grid-registry
  namespace: scada
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=(_gl := gitlab_token()), enc=b64('{"auths":{"registry.gitlab.com":{"username":"grid-deploy","password":"' + _gl + '"}}}'))

add("yaml/decoy-k8s-configmap", "grid/k8s/historian-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: historian-config
  namespace: scada
data:
  INFLUX_URL: https://historian.grid.lan:8086
  INFLUX_ORG: johonaa-grid
  INFLUX_TOKEN_PATH: /var/run/secrets/influx/token
  RETENTION: 400d
""")

HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
add("helm/values-password", "grid/charts/billing/values-prod.yaml", HELM, """\
image:
  repository: registry.grid.lan/billing
  tag: 1.8.3
postgresql:
  auth:
    username: billing_app
    password: "@@secret@@"
    database: billing
ingress:
  host: pay.johonaa-power.example
""", secret=words_pw())

add("helm/decoy-existing-secret", "grid/charts/billing/values.yaml", HELM, """\
image:
  repository: registry.grid.lan/billing
  tag: latest
postgresql:
  auth:
    username: billing_app
    password: ""            # set with --set or use existingSecret
    existingSecret: billing-db
    database: billing
""")

ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
add("ansible/group-vars", "grid/ansible/group_vars/gateways.yml", ANSIBLE, """\
# Inverter shed gateways (all chapters)
mqtt_broker: mqtt.grid.lan
mqtt_user: "{{ inventory_hostname }}"
modbus_poll_seconds: 5
snmp_community_ro: public
wifi_ssid: GRID-FIELD
wifi_psk: "@@secret@@"
""", secret=words_pw())

add("ansible/decoy-vault-encrypted", "grid/ansible/group_vars/gateways_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

add("ansible/task-password", "grid/ansible/roles/historian/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """\
- name: Telegraf writer role (naalyeehe bee atsinilt'ish)
  community.postgresql.postgresql_user:
    db: historian
    name: telegraf
    password: "@@secret@@"
    priv: "readings:INSERT"
  become_user: postgres
""", secret=rand_pw(18))

add("ansible/decoy-lookup", "grid/ansible/roles/billing/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
- name: Billing DB user
  community.postgresql.postgresql_user:
    db: billing
    name: billing_app
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=grid/data/billing/db:password') }}"
  become_user: postgres
""")

add("gitlab-ci/token", "grid/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
build:
  stage: build
  script:
    - docker login -u grid-ci -p @@secret@@ registry.gitlab.com
    - docker build -t registry.gitlab.com/johonaa/grid/gateway:$CI_COMMIT_SHA gateway/
    - docker push registry.gitlab.com/johonaa/grid/gateway:$CI_COMMIT_SHA
""", secret=gitlab_token())

add("gitlab-ci/decoy-ci-variable", "grid/gateway/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html", """\
build:
  stage: build
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"
""")

add("shell/curl-basic", "grid/scripts/pull-meter-reads.sh", "https://curl.se/docs/manpage.html#-u", """\
#!/usr/bin/env bash
# Daily pull of AMI meter reads from the head end (atsinilt'ish bee naaltsoos)
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -fsS -u "ami-export:@@secret@@" \\
  "https://headend.johonaa-power.example/ami/reads?day=${DAY}" \\
  -o "/data/ami/reads-${DAY}.csv"
""", secret=words_pw())

add("shell/decoy-netrc", "grid/scripts/pull-meter-reads-v2.sh", "https://curl.se/docs/manpage.html#--netrc", """\
#!/usr/bin/env bash
# v2: credentials in ~/.netrc (chmod 600), not in this script
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -fsS --netrc "https://headend.johonaa-power.example/ami/reads?day=${DAY}" \\
  -o "/data/ami/reads-${DAY}.csv"
""")

add("netrc/password", "grid/scripts/netrc.headend", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """\
machine headend.johonaa-power.example
  login ami-export
  password @@secret@@
machine pypi.grid.lan
  login gw-build
""", secret=words_pw())

add("shell/heredoc-pgpass", "grid/scripts/bootstrap-historian.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/bin/sh
# first boot of the historian VM - Hastiin Nez, 2024-03
set -e
cat > /root/.pgpass <<'EOF'
historian.grid.lan:5432:*:grid:@@secret@@
EOF
chmod 600 /root/.pgpass
psql -h historian.grid.lan -U grid -c 'select 1'
""", secret=rand_pw(20))

add("shell/decoy-generated", "grid/scripts/rotate-mqtt.sh", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
#!/usr/bin/env bash
# Rotate a gateway's MQTT password: new one is random, stored in Vault, never printed.
set -euo pipefail
host="$1"
pw="$(openssl rand -base64 24)"
mosquitto_passwd -b /etc/mosquitto/passwd "$host" "$pw"
vault kv put "grid/mqtt/$host" password="$pw"
unset pw
""")

# ---------------------------------------------------------------- keys, tokens, notebooks, logs
add("pem/ssh-key", "grid/ansible/files/deploy_id_rsa", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@secret@@
""", secret=pem())

add("yaml/pem-block", "grid/k8s/headend-tls.values.yaml", "https://helm.sh/docs/chart_template_guide/yaml_techniques/#strings-in-yaml", """\
headendClient:
  url: https://headend.johonaa-power.example
  tls:
    cert: /etc/grid/client.crt
    key: |
      @@ind@@
""", secret=(_pk := pem("EC")), ind=_pk.replace("\n", "\n      "))

add("pem/decoy-public-cert", "grid/mqtt/ca.crt.md", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """\
# Grid CA certificate (public; install on every gateway)

```
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
-----END CERTIFICATE-----
```
SHA-256 fingerprint: @@fp@@
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==", fp=":".join(hexs(2).upper() for _ in range(16)))

add("ssh/decoy-public-key", "grid/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# crew laptops (naaki bee na'anish - field crew)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ lorraine@crew-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ jimmy@crew-02
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ansible@deploy
# end
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("notebook/openai", "grid/analysis/forecast_pv.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Johonaa'ei PV forecast\\n", "Summaries of the week's output for the chapter meeting."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "summary = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=msgs)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "grid/analysis/load_curves.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\\n",
    "pw = getpass.getpass('historian password: ')\\n",
    "conn = psycopg.connect(host='historian.grid.lan', user='analyst', password=pw)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/db-url", "shop/analysis/sales_by_chapter.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://bookkeeper:@@secret@@@ledger.post.lan/consignment')\\n",
    "pd.read_sql('select chapter, sum(price) from ledger.sales group by 1', eng)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(16))

add("log/bearer", "grid/logs/gateway-2024-06-02.log", "https://www.rfc-editor.org/rfc/rfc6750#section-2.1", """\
2024-06-02T06:00:01Z INFO  poll start site=chilchinbito inverters=6
2024-06-02T06:00:02Z DEBUG POST https://headend.johonaa-power.example/api/v1/readings
2024-06-02T06:00:02Z DEBUG headers: {'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2024-06-02T06:00:03Z INFO  201 Created batch=8812
2024-06-02T06:00:11Z INFO  poll done soc=87% pv_kw=41.2
""", secret="jp_live_" + fakes.drawn_mixed(_seed(), 40))

add("log/decoy-masked", "grid/logs/gateway-2024-06-03.log", "https://owasp.org/www-community/vulnerabilities/Insertion_of_Sensitive_Information_into_Log_File", """\
2024-06-03T06:00:01Z INFO  poll start site=chilchinbito inverters=6
2024-06-03T06:00:02Z DEBUG POST https://headend.johonaa-power.example/api/v1/readings
2024-06-03T06:00:02Z DEBUG headers: {'Authorization': 'Bearer jp_live_****', 'Content-Type': 'application/json'}
2024-06-03T06:00:03Z INFO  201 Created batch=8840 request_id=@@rid@@
2024-06-03T06:00:11Z INFO  poll done soc=91% pv_kw=44.8
""", rid=uuid_s())

add("log/db-url", "shop/logs/worker.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """\
[2024-11-29 08:01:12] worker boot, Black Friday queue
[2024-11-29 08:01:12] config: DATABASE_URL=postgresql://shop:@@secret@@@db.post.lan:5432/shop
[2024-11-29 08:01:13] connected, 214 orders pending
[2024-11-29 08:05:40] order 10231 paid (Two Grey Hills, 4x6)
[2024-11-29 08:05:41] label printed
""", secret=words_pw())

add("log/decoy-hash-ids", "shop/logs/webhooks.log", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
2024-11-29T08:05:40Z stripe event evt_1PzXk2LkT2bVv9Qa8h1c type=payment_intent.succeeded
2024-11-29T08:05:40Z signature ok t=1732867540 v1=@@sig@@
2024-11-29T08:05:40Z order 10231 -> paid
2024-11-29T08:07:02Z stripe event evt_1PzXlQLkT2bVv9QaQ0aT type=charge.refunded
2024-11-29T08:07:02Z signature ok t=1732867622 v1=@@sig2@@
""", sig=hexs(64), sig2=hexs(64))

add("html/google-key", "shop/web/public/find-us.html", "https://developers.google.com/maps/documentation/javascript/load-maps-js-api", """\
<!doctype html>
<html lang="en">
<head><title>Find the trading post - Yá'át'ééh</title></head>
<body>
  <h1>Ya'at'eeh! Come see the weavers</h1>
  <div id="map" style="height:400px"></div>
  <script>
    // server key pasted by mistake (restricted key is in the CMS)
    const MAPS_SERVER_KEY = "@@secret@@";
  </script>
  <script async src="/js/map.js"></script>
</body>
</html>
""", secret=google_api_key())

add("html/decoy-recaptcha-site-key", "shop/web/public/contact.html", "https://developers.google.com/recaptcha/docs/display", """\
<!doctype html>
<html lang="nv">
<head><script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/contact" method="post">
    <label>Nitsizhi (your name) <input name="name"></label>
    <textarea name="message"></textarea>
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button>Send - Ahehee'</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("xml/maven-settings", "grid/billing/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>grid-nexus</id>
      <username>billing-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", secret=rand_pw(20))

add("xml/decoy-maven-env", "grid/billing/.mvn/settings.ci.xml", "https://maven.apache.org/settings.html#quick-overview", """\
<settings>
  <servers>
    <server>
      <id>grid-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/nuget", "backoffice/NuGet.Config", "https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="post-feed" value="https://pkgs.dev.azure.com/tradingpost/_packaging/post/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <post-feed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </post-feed>
  </packageSourceCredentials>
</configuration>
""", secret=fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

add("python/telegram", "grid/alerts/outage_bot.py", "https://core.telegram.org/bots/api#making-requests", """\
\"\"\"Outage alerts to the chapter's Telegram group (atsinilt'ish ádin - power out).\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001822334455


def notify(feeder: str, homes: int) -> None:
    text = f"Atsinilt'ish adin: feeder {feeder}, {homes} homes. Crew on the way."
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", secret=fakes.telegram_token(_seed()))

add("python/decoy-telegram-docs", "grid/alerts/test_outage_bot.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """\
import outage_bot


def test_notify_builds_url(monkeypatch):
    calls = []
    monkeypatch.setattr(outage_bot, "BOT_TOKEN", "123456:FAKE-TOKEN-FOR-TESTS")
    monkeypatch.setattr(outage_bot.requests, "post", lambda url, **kw: calls.append(url))
    outage_bot.notify("F2", 14)
    assert calls == ["https://api.telegram.org/bot123456:FAKE-TOKEN-FOR-TESTS/sendMessage"]
""")

add("javascript/discord", "shop/bots/new-rug.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// Post each new rug to the weavers' Discord (#diyogi-new)
const HOOK = "@@secret@@";

export async function announce(rug) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Nizhoni! New ${rug.style} by ${rug.weaver}, ${rug.size}` }),
  });
}
""", secret=discord_webhook())

add("yaml/github-token", "shop/.github/workflows/labels.yml", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """\
name: sync-labels
on: workflow_dispatch
jobs:
  labels:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -X POST -H "Authorization: token @@secret@@" \\
            https://api.github.com/repos/tradingpost/shop/labels -d '{"name":"diyogi"}'
""", secret=fakes.github_token(_seed()))

add("git-credentials/github-pat", "shop/.git-credentials.bak", "https://git-scm.com/docs/git-credential-store#_storage_format", """\
https://jtsosie:@@secret@@@github.com
""" + "\n".join(["# backup of ~/.git-credentials from old back-office PC",
                 "# (moved here during the 2023 PC swap)",
                 "# TODO delete", "# -- Jimmy"]) + "\n",
    secret=fakes.github_fine_grained_token(_seed()))

add("pypirc/pypi", "grid/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("pypirc/decoy-keyring", "grid/tools/pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
# password: stored with `keyring set https://upload.pypi.org/legacy/ __token__`
""")

add("env/aws-session", "grid/.aws-session.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
# MFA session for the backup job (expires in 12h) - Hastiin Nez
export AWS_ACCESS_KEY_ID=ASIA@@kid@@
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@secret@@
export AWS_DEFAULT_REGION=us-west-2
""", secret=fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"),
    sk=fakes.aws_secret_key(_seed()))

add("ini/aws-credentials", "grid/infra/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = us-west-2

[grid-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-sso", "grid/infra/aws-config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile grid-admin]
sso_session = johonaa
sso_account_id = 111122223333
sso_role_name = GridAdmin
region = us-west-2

[sso-session johonaa]
sso_start_url = https://johonaa.awsapps.com/start
sso_region = us-west-2
""")

add("python/django", "shop/backoffice_site/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# Diyogi back office (consignment intake)
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["office.tradingpost.example"]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Denver"
""", secret=fakes.django_secret_key(_seed()))

add("python/decoy-django-dev", "shop/backoffice_site/settings_dev.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """\
from .settings import *  # noqa

# Local development only - this key is public and fine to lose.
SECRET_KEY = "django-insecure-dev-only-not-a-secret"
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
""")

# ---------------------------------------------------------------- notes, runbooks, client configs
add("markdown/runbook-password", "grid/docs/runbooks/bess-reset.md", "https://www.markdownguide.org/basic-syntax/", """\
# BESS controller reset (na'ahaah bii' atsinilt'ish)

1. Open the enclosure at the Chilchinbito yard (key on the red ring).
2. Plug the laptop into port 3 of the controller.
3. Log in to `https://10.40.2.20` as `installer`, password `@@secret@@`.
4. Maintenance > Reset > Soft reset. Wait for SOC to come back.
5. Write it in the crew log. Hagoonee'.
""", secret=words_pw())

add("markdown/decoy-runbook-vault", "grid/docs/runbooks/inverter-firmware.md", "https://www.markdownguide.org/basic-syntax/", """\
# Inverter firmware update

1. `vault kv get grid/inverters/sma-installer` - the installer password is there.
2. Sunny Explorer > Options > Update firmware.
3. Never write the password in this wiki; it rotates after each visit.
4. T'aa hwo' aji t'eego - check every string after the update.
""")

add("text/notes-wifi", "grid/docs/site-notes/tsaile.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
Tsaile chapter house - microgrid notes (Ella, 2024-05)
------------------------------------------------------
rack: back room, left of the water heater
switch: 10.40.0.2 (admin / see vault)
field wifi GRID-FIELD psk: @@secret@@
inverters: 6x SMA STP 25 on strings A-F
batteries: 2x 200 kWh, BESS controller 10.40.2.20
""", secret=words_pw())

add("text/decoy-notes", "grid/docs/site-notes/chinle.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
Chinle warehouse - microgrid notes
----------------------------------
rack: office closet
switch: 10.41.0.2 (admin / password in vault: grid/switches/chinle)
field wifi GRID-FIELD: same psk as every site, ask the crew lead
meter serials: 44819021, 44819022, 44819023
""")

add("rst/password-table", "grid/docs/handover.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#tables", """\
Handover to the new crew lead
=============================

=================  ===============  ========================
System             Login            Password
=================  ===============  ========================
Historian (psql)   grid             @@secret@@
Grafana            admin            (in Vault)
Head end           ami-export       (in Vault)
=================  ===============  ========================

Ahehee' for taking this on.
""", secret=rand_pw(20))

add("rst/decoy-masked-table", "grid/docs/handover-2025.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#tables", """\
Handover (2025)
===============

=================  ===============  =====================
System             Login            Password
=================  ===============  =====================
Historian (psql)   grid             ``********``
Grafana            admin            ``********``
=================  ===============  =====================

All passwords rotated 2025-01-15 and kept in Vault only.
""")

add("ssh-config/decoy-identityfile", "grid/docs/ssh_config", "https://man.openbsd.org/ssh_config", """\
Host gw-*
    User crew
    IdentityFile ~/.ssh/grid_ed25519
    ProxyJump bastion.grid.lan
Host bastion.grid.lan
    User crew
    IdentityFile ~/.ssh/grid_ed25519
""")

add("rclone/password", "grid/backup/rclone.conf", "https://rclone.org/sftp/", """\
[nas]
type = sftp
host = nas.grid.lan
user = backup
pass = @@secret@@

[offsite]
type = s3
provider = AWS
env_auth = true
""", secret=fakes.drawn(_seed(), 64, ALNUM + "-_"))

add("restic/decoy-password-file", "grid/backup/restic.env", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", """\
RESTIC_REPOSITORY=s3:s3.us-west-2.amazonaws.com/johonaa-grid-historian-backup
RESTIC_PASSWORD_FILE=/etc/restic/password
AWS_PROFILE=grid-backup
RESTIC_CACHE_DIR=/var/cache/restic
# password file is root:root 0400, made with `openssl rand -hex 32`
""")

add("dotenv/billing", "grid/billing/.env.production", DOTENV, """\
# Prepaid billing (Johonaa'ei Power)
NODE_ENV=production
DATABASE_URL=postgres://billing_app:@@secret@@@billing-db.grid.lan:5432/billing
REDIS_URL=redis://cache:6379/0
SMS_SENDER=+19285550143
""", secret=words_pw())

add("dotenv/twilio", "grid/billing/.env.sms", "https://www.twilio.com/docs/usage/secure-credentials", """\
# SMS top-up reminders: "Nitsidiigo'i atsinilt'ish" (low balance)
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+19285550143
REMIND_BELOW_KWH=5
""", secret=hexs(32), sid=hexs(32))

add("dotenv/decoy-empty", "grid/billing/.env.test", DOTENV, """\
NODE_ENV=test
DATABASE_URL=postgres://postgres@localhost:5432/billing_test
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
STRIPE_SECRET_KEY=
""")

add("typescript/twilio-split", "grid/billing/src/sms.ts", "https://www.twilio.com/docs/libraries/reference/twilio-node", """\
import twilio from "twilio";

// Low balance SMS (Dine bizaad + English). TODO move to env - Ella
const sid = "AC@@sid@@";
const token = "@@a@@" +
  "@@b@@";

export const sms = twilio(sid, token);
export const lowBalance = (kwh: number) => `Atsinilt'ish ${kwh} kWh bilááh. Top up soon.`;
""", secret=(_tw := hexs(32)), sid=hexs(32), a=_tw[:16], b=_tw[16:])

add("typescript/decoy-zod-env", "grid/billing/src/env.ts", "https://zod.dev/?id=basic-usage", """\
import { z } from "zod";

export const env = z.object({
  DATABASE_URL: z.string().url(),
  TWILIO_ACCOUNT_SID: z.string().startsWith("AC"),
  TWILIO_AUTH_TOKEN: z.string().length(32),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
}).parse(process.env);
""")

add("php/stripe-webhook-secret", "shop/wordpress/wp-content/mu-plugins/stripe-webhook.php", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
<?php
/* Plugin Name: Trading post Stripe webhook */
const TP_STRIPE_WHSEC = '@@secret@@';

add_action('rest_api_init', function () {
    register_rest_route('tp/v1', '/stripe', ['methods' => 'POST', 'callback' => function ($req) {
        $event = \\Stripe\\Webhook::constructEvent($req->get_body(), $_SERVER['HTTP_STRIPE_SIGNATURE'], TP_STRIPE_WHSEC);
        return ['ok' => $event->type];
    }]);
});
""", secret=fakes.fake("whsec_", 32, _seed()))

add("php/wp-config", "shop/wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Blog of the weavers (naaltsoos bee ch'iyaa'ii - stories of each rug)
define( 'DB_NAME', 'wp_weavers' );
define( 'DB_USER', 'wp_weavers' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(24, "!#%^*"))

add("php/decoy-wp-salts-placeholder", "shop/wordpress/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("ruby/database-yml", "shop/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: tradingpost_production
  username: tradingpost
  password: @@secret@@
  host: db.post.lan
""", secret=words_pw())

add("ruby/decoy-database-yml-erb", "shop/config/database.ci.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
test:
  adapter: postgresql
  database: tradingpost_test
  username: <%= ENV.fetch("PGUSER", "postgres") %>
  password: <%= ENV["PGPASSWORD"] %>
  host: localhost
""")

add("ruby/capistrano", "shop/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """\
server 'web1.post.lan', user: 'deploy', roles: %w[app web db]

set :ssh_options, {
  user: 'deploy',
  auth_methods: %w[password],
  password: '@@secret@@'
}
set :branch, 'main'
""", secret=words_pw())

add("yaml/circleci-slack", "shop/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  deploy:
    docker: [{ image: cimg/ruby:3.3 }]
    steps:
      - checkout
      - run: bundle exec cap production deploy
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Diyogi shop deployed"}' @@secret@@
workflows:
  main: { jobs: [deploy] }
""", secret=slack_webhook())

add("yaml/decoy-circleci-context", "grid/.circleci/config.yml", "https://circleci.com/docs/contexts/", """\
version: 2.1
jobs:
  test:
    docker: [{ image: cimg/python:3.12 }]
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main:
    jobs: [{ test: { context: grid-secrets } }]
""")

add("json/vscode-sqltools", "shop/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", """\
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "ledger (prod)",
      "driver": "PostgreSQL",
      "server": "ledger.post.lan",
      "database": "consignment",
      "username": "bookkeeper",
      "password": "@@secret@@"
    }
  ]
}
""", secret=words_pw())

add("json/decoy-vscode-prompt", "grid/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", """\
{
  "sqltools.connections": [
    {
      "name": "historian",
      "driver": "PostgreSQL",
      "server": "historian.grid.lan",
      "database": "historian",
      "username": "analyst",
      "askForPassword": true
    }
  ]
}
""")

add("json/package-json-script", "grid/dashboard/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", """\
{
  "name": "johonaa-dashboard",
  "private": true,
  "scripts": {
    "dev": "vite",
    "deploy": "netlify deploy --prod --auth @@secret@@ --dir dist"
  },
  "dependencies": { "vite": "^5.2.0" }
}
""", secret="nfp_" + fakes.drawn_mixed(_seed(), 36))

add("json/decoy-firebase-web", "grid/dashboard/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "apiKey": "@@k@@",
  "authDomain": "johonaa-grid.firebaseapp.com",
  "projectId": "johonaa-grid",
  "appId": "1:482910337461:web:@@app@@",
  "_comment": "Firebase web config is public by design; rules protect the data."
}
""", k=google_api_key(), app=hexs(22))

# ---------------------------------------------------------------- more code paths
add("python/azure-client-secret", "grid/reports/upload_to_sharepoint.py", "https://learn.microsoft.com/python/api/azure-identity/azure.identity.clientsecretcredential", """\
\"\"\"Monthly chapter report -> SharePoint (Johonaa'ei Power board).\"\"\"
from azure.identity import ClientSecretCredential

cred = ClientSecretCredential(
    tenant_id="@@tid@@",
    client_id="@@cid@@",
    client_secret="@@secret@@",
)
token = cred.get_token("https://graph.microsoft.com/.default")
print("token ok, expires", token.expires_on)
""", secret=azure_secret(), tid=uuid_s(), cid=uuid_s())

add("python/decoy-azure-default", "grid/reports/upload_v2.py", "https://learn.microsoft.com/python/api/azure-identity/azure.identity.defaultazurecredential", """\
\"\"\"v2: managed identity on the reports VM, no secret anywhere.\"\"\"
from azure.identity import DefaultAzureCredential

TENANT_ID = "@@tid@@"   # tenant and client ids are not secrets
CLIENT_ID = "@@cid@@"
cred = DefaultAzureCredential(managed_identity_client_id=CLIENT_ID)
token = cred.get_token("https://graph.microsoft.com/.default")
""", tid=uuid_s(), cid=uuid_s())

add("python/kwargs-dict", "grid/gateway/sunspec_poll.py", "https://pymodbus.readthedocs.io/en/latest/source/client.html", """\
import requests

# SunSpec inverter web API (installer level) - Naatsis'aan array
INVERTER = {
    "host": "10.40.3.11",
    "user": "installer",
    "password": "@@secret@@",
}

s = requests.Session()
s.post(f"https://{INVERTER['host']}/dyn/login.json", json={"right": INVERTER["user"], "pass": INVERTER["password"]}, verify=False)
print(s.get(f"https://{INVERTER['host']}/dyn/getValues.json").json())
""", secret=words_pw())

add("python/json-in-string", "grid/gateway/headend_client.py", "https://docs.python.org/3/library/json.html", """\
import json

# Head-end client config as shipped on the first gateways (2022)
_CONFIG = '{"url": "https://headend.johonaa-power.example", "site": "chilchinbito", "api_key": "@@secret@@"}'
CONFIG = json.loads(_CONFIG)


def base_url() -> str:
    return CONFIG["url"] + "/api/v1"
""", secret="jp_live_" + fakes.drawn_mixed(_seed(), 40))

add("python/decoy-hmac-digest", "grid/gateway/verify.py", "https://docs.python.org/3/library/hmac.html", """\
import hashlib
import hmac

# Expected digest of the firmware image (sha256), not a key.
FIRMWARE_SHA256 = "@@d@@"


def ok(image: bytes) -> bool:
    return hmac.compare_digest(hashlib.sha256(image).hexdigest(), FIRMWARE_SHA256)
""", d=hexs(64))

add("javascript/redis-url", "shop/api/src/cache.js", "https://github.com/redis/node-redis#usage", """\
import { createClient } from "redis";

// cart cache (diyogi bee naalyeehe - rugs in carts)
export const cache = createClient({
  url: "redis://default:@@secret@@@cache.post.lan:6379",
});
cache.on("error", (err) => console.error("redis", err));
await cache.connect();
""", secret=fakes.redis_password(_seed()))

add("javascript/decoy-redis-env", "shop/api/src/cache.prod.js", "https://github.com/redis/node-redis#usage", """\
import { createClient } from "redis";

export const cache = createClient({ url: process.env.REDIS_URL });
cache.on("error", (err) => console.error("redis", err));
await cache.connect();
// REDIS_URL is set by the host (redis://default:<password>@cache:6379)
""")

add("javascript/mongo-uri", "shop/api/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const { MongoClient } = require("mongodb");

// Weaver stories (ch'iyaa'ii) collection
const uri = "mongodb+srv://stories:@@secret@@@post-cluster.x7k2q.mongodb.net/stories?retryWrites=true";
const client = new MongoClient(uri);

module.exports = client;
""", secret=rand_pw(16))

add("go/decoy-config-struct", "grid/tools/meterd/config.go", "https://pkg.go.dev/os#Getenv", """\
package main

import "os"

type Config struct {
\tHeadendURL string
\tAPIKey     string
}

func load() Config {
\treturn Config{HeadendURL: "https://headend.johonaa-power.example", APIKey: os.Getenv("HEADEND_API_KEY")}
}
""")

add("go/dsn", "grid/tools/meterd/db.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", """\
package main

import (
\t"database/sql"

\t_ "github.com/go-sql-driver/mysql"
)

// MDM (meter data) database at the head end
func openMDM() (*sql.DB, error) {
\treturn sql.Open("mysql", "mdm_reader:@@secret@@@tcp(mdm.johonaa-power.example:3306)/mdm?parseTime=true")
}
""", secret=words_pw())

add("java/decoy-spring-vault", "grid/billing/src/main/resources/bootstrap.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """\
spring:
  application:
    name: billing
  cloud:
    vault:
      uri: https://vault.grid.lan:8200
      authentication: KUBERNETES
      kubernetes:
        role: billing
""")

add("java/sftp", "grid/billing/src/main/java/org/johonaa/billing/BankExport.java", "https://www.matez.de/index.php/jsch/", """\
package org.johonaa.billing;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** Nightly ACH file to the credit union (Dine community bank). */
public class BankExport {
    public Session connect() throws Exception {
        Session s = new JSch().getSession("johonaa_ach", "sftp.cu.example", 22);
        s.setPassword("@@secret@@");
        s.connect();
        return s;
    }
}
""", secret=rand_pw(18, "!$"))

add("kotlin/decoy-local-properties", "grid/app/android/local.properties.example", "https://developer.android.com/build#properties-files", """\
## Copy to local.properties (ignored by git)
## Ask the crew lead for the tablet password; never commit it.
sdk.dir=/Users/you/Library/Android/sdk
mqttPassword=YOUR_CREW_TABLET_PASSWORD
MAPS_KEY=YOUR_ANDROID_RESTRICTED_MAPS_KEY
""")

add("kotlin/properties", "grid/app/android/local.properties", "https://developer.android.com/build#properties-files", """\
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/ella/Library/Android/sdk
mqttPassword=@@secret@@
MAPS_KEY=YOUR_ANDROID_RESTRICTED_MAPS_KEY
""", secret=rand_pw(18))

add("csharp/appsettings", "backoffice/TagApi/appsettings.Production.json", "https://learn.microsoft.com/aspnet/core/fundamentals/configuration/", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Ledger": "Host=ledger.post.lan;Database=consignment;Username=tagapi;Password=@@secret@@"
  },
  "AllowedHosts": "*"
}
""", secret=words_pw())

add("csharp/decoy-user-secrets", "backoffice/TagApi/appsettings.json", "https://learn.microsoft.com/aspnet/core/security/app-secrets", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Ledger": "Host=localhost;Database=consignment_dev;Username=dev;Password=<set with dotnet user-secrets>"
  },
  "UserSecretsId": "@@u@@"
}
""", u=uuid_s())

add("rust/cargo-credentials", "grid/edge/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# private registry for the edge controller crates
[registries.grid]
token = "@@secret@@"

[net]
git-fetch-with-cli = true
""", secret="cio" + fakes.drawn_mixed(_seed(), 32))

add("rust/decoy-cargo-config", "grid/edge/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/registries.html", """\
[registries.grid]
index = "sparse+https://cargo.grid.lan/index/"
credential-provider = ["cargo:token-from-stdout", "vault", "kv", "get", "-field=token", "grid/cargo"]

[build]
target = "armv7-unknown-linux-gnueabihf"
""")

add("swift/decoy-plist", "grid/app/GridStatus/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key><string>Johonaa'ei Grid</string>
  <key>HeadEndBaseURL</key><string>https://headend.johonaa-power.example/api/v1</string>
  <key>HeadEndToken</key><string>$(HEADEND_TOKEN)</string>
</dict>
</plist>
""")

add("swift/fastlane", "grid/app/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """\
app_identifier("org.johonaa.gridstatus")
apple_id("ella@johonaa-power.example")
team_id("Q8ZK2M4N7P")
# app-specific password for altool uploads (Ella's)
ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "@@secret@@"
""", secret="-".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("powershell/azure-devops-pat", "backoffice/Publish-TagApi.ps1", "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", """\
# Publish the tag API package to the post's feed
$pat = '@@secret@@'
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
$headers = @{ Authorization = "Basic $b64" }
Invoke-RestMethod -Uri 'https://dev.azure.com/tradingpost/_apis/projects?api-version=7.0' -Headers $headers
dotnet nuget push .\\bin\\Release\\TagApi.1.2.0.nupkg --source post-feed --api-key az
""", secret=fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

add("bat/net-use", "backoffice/map-drives.bat", "https://learn.microsoft.com/windows-server/administration/windows-commands/net-use", """\
@echo off
REM Map the photo share (diyogi photos) and the ledger exports
net use P: \\\\nas.post.lan\\photos /user:POST\\frontdesk @@secret@@ /persistent:yes
net use L: \\\\nas.post.lan\\ledger /persistent:yes
echo Ahehee' - drives mapped
pause
""", secret=words_pw())

add("bat/decoy-net-use-prompt", "backoffice/map-drives-v2.bat", "https://learn.microsoft.com/windows-server/administration/windows-commands/net-use", """\
@echo off
REM v2: Windows asks for the password once and keeps it in Credential Manager
net use P: \\\\nas.post.lan\\photos /user:POST\\%USERNAME% * /persistent:yes
net use L: \\\\nas.post.lan\\ledger /persistent:yes
echo Ahehee' - drives mapped
""")

add("json/docker-config-auth", "grid/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.grid.lan": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", secret=b64("grid-ci:" + rand_pw(20)))

add("json/decoy-docker-credstore", "grid/ci/docker-config.laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.grid.lan": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "default"
}
""")

# ---------------------------------------------------------------- field crew, metering and misc carriers
add("yaml/k8s-basic-auth", "grid/k8s/headend-basic-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", """\
apiVersion: v1
kind: Secret
metadata:
  name: headend-ami
  namespace: scada
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@enc@@
""", secret=(_hp := words_pw()), u=b64("ami-export"), enc=b64(_hp))

add("yaml/k8s-env-literal", "grid/k8s/meterd-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: meterd, namespace: scada }
spec:
  replicas: 1
  selector: { matchLabels: { app: meterd } }
  template:
    metadata: { labels: { app: meterd } }
    spec:
      containers:
        - name: meterd
          image: registry.grid.lan/meterd:0.9.1
          env:
            - name: MDM_DSN
              value: "mdm_reader:@@secret@@@tcp(mdm.johonaa-power.example:3306)/mdm"
""", secret=words_pw())

add("yaml/decoy-k8s-secretkeyref", "grid/k8s/meterd-deployment.prod.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: meterd, namespace: scada }
spec:
  template:
    spec:
      containers:
        - name: meterd
          image: registry.grid.lan/meterd:0.9.1
          env:
            - name: MDM_DSN
              valueFrom: { secretKeyRef: { name: meterd-mdm, key: dsn } }
""")

add("text/crew-log", "grid/docs/crew-log-2024-07.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
07-02  Shiprock feeder F3 trip, reset recloser, 42 homes back at 14:10.
07-05  Inverter 4 at Tsaile fault 3501 (grid freq). Cleared.
07-09  New BESS installer pw after vendor visit: @@secret@@ (Jimmy)
07-12  Replaced meter 44819022, old one to the shop.
07-18  Yá'át'ééh from the chapter president, thanks for the quick work.
""", secret=words_pw())

add("text/decoy-crew-log", "grid/docs/crew-log-2024-08.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
08-01  Chinle feeder F1 planned outage 09:00-11:00 for transformer swap.
08-03  BESS installer password rotated again, new one in Vault (grid/bess/installer).
08-07  Meter 44819031 reading zero - CT loose. Fixed.
08-15  Firmware 3.1.2 sha256 9f2c...e41a verified on all gateways.
08-22  Ahehee' to the Tsaile crew.
""")

add("csv/meter-api-keys", "grid/metering/ami_vendors.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
vendor,endpoint,auth,key,owner
Itron,https://ami.itron.example/api,header,(in vault),Ella
Landis+Gyr,https://lg.example/head-end,header,(in vault),Ella
SolarEdge monitoring,https://monitoringapi.solaredge.com,query,@@secret@@,Jimmy
Enphase,https://api.enphaseenergy.com,oauth,(in vault),Jimmy
""", secret=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("csv/decoy-meter-serials", "grid/metering/meters_chilchinbito.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
meter_serial,home_id,feeder,install_date,firmware_sha256
44819021,@@h1@@,F1,2023-04-11,@@s1@@
44819022,@@h2@@,F1,2023-04-11,@@s1@@
44819023,@@h3@@,F2,2023-04-12,@@s1@@
44819024,@@h4@@,F2,2023-04-12,@@s1@@
""", h1=uuid_s(), h2=uuid_s(), h3=uuid_s(), h4=uuid_s(), s1=hexs(64))

add("python/solaredge-url", "grid/metering/solaredge_pull.py", "https://knowledge-center.solaredge.com/sites/kc/files/se_monitoring_api.pdf", """\
import requests

SITE_ID = 2871456
URL = ("https://monitoringapi.solaredge.com/site/2871456/energy"
       "?timeUnit=DAY&startDate=2024-06-01&endDate=2024-06-30"
       "&api_key=@@secret@@")

print(requests.get(URL, timeout=30).json()["energy"]["values"][:3])
""", secret=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("python/decoy-solaredge-arg", "grid/metering/solaredge_cli.py", "https://docs.python.org/3/library/argparse.html", """\
import argparse
import os

import requests

p = argparse.ArgumentParser(description="SolarEdge daily energy")
p.add_argument("--site", type=int, required=True)
p.add_argument("--api-key", default=os.environ.get("SOLAREDGE_API_KEY"), help="monitoring API key (env SOLAREDGE_API_KEY)")
a = p.parse_args()
print(requests.get(f"https://monitoringapi.solaredge.com/site/{a.site}/overview", params={"api_key": a.api_key}).json())
""")

add("shell/openssl-pass", "grid/scripts/make-gateway-bundle.sh", "https://docs.openssl.org/master/man1/openssl-pkcs12/", """\
#!/usr/bin/env bash
# Bundle a gateway's client cert for the head end (p12 for the Windows tool)
set -euo pipefail
gw="$1"
openssl pkcs12 -export -in "certs/$gw.crt" -inkey "certs/$gw.key" \\
  -out "bundles/$gw.p12" -passout pass:@@secret@@
echo "bundle ready: bundles/$gw.p12"
""", secret=rand_pw(16))

add("shell/decoy-openssl-env", "grid/scripts/make-gateway-bundle-v2.sh", "https://docs.openssl.org/master/man1/openssl-passphrase-options/", """\
#!/usr/bin/env bash
set -euo pipefail
gw="$1"
: "${P12_PASS:?set P12_PASS from vault first}"
openssl pkcs12 -export -in "certs/$gw.crt" -inkey "certs/$gw.key" \\
  -out "bundles/$gw.p12" -passout env:P12_PASS
""")

add("shell/mysql-cnf-heredoc", "shop/scripts/setup-backup-user.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
#!/bin/bash
# Backup user for the consignment DB (run once on web1)
cat > ~/.my.cnf <<EOF
[client]
user=backup
password=@@secret@@
EOF
chmod 600 ~/.my.cnf
mysql -e "SHOW DATABASES;"
""", secret=words_pw())

add("shell/export-token", "grid/scripts/env.sh", "https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html#index-export", """\
# source me: . scripts/env.sh
export VAULT_ADDR=https://vault.grid.lan:8200
export VAULT_TOKEN=@@secret@@
export GRID_SITE=chilchinbito
export PS1="(grid) $PS1"
""", secret="s." + fakes.drawn_mixed(_seed(), 24))  # (a Vault token of the format before 1.10)

add("shell/decoy-vault-login", "grid/scripts/env-v2.sh", "https://developer.hashicorp.com/vault/docs/commands/login", """\
# source me: . scripts/env-v2.sh
export VAULT_ADDR=https://vault.grid.lan:8200
vault login -method=oidc role=crew >/dev/null
export VAULT_TOKEN="$(vault print token)"
export GRID_SITE=chilchinbito
""")

add("markdown/readme-curl", "grid/tools/meterd/README.md", "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes", """\
# meterd

Pulls AMI reads from the head end into the historian.

## Try it

```sh
curl -H "X-Api-Key: @@secret@@" https://headend.johonaa-power.example/api/v1/meters | jq .
```

Ahehee' - Ella
""", secret="jp_live_" + fakes.drawn_mixed(_seed(), 40))

add("markdown/decoy-readme-example", "grid/tools/dashsync/README.md", "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes", """\
# dashsync

```sh
export GRAFANA_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx
go run . --from grafana.grid.lan --to screen.chapter.lan
```

Make a service account token in Grafana (Viewer role is enough).
""")

add("html/basic-auth-url", "grid/dashboard/public/kiosk.html", "https://developer.mozilla.org/docs/Web/HTTP/Authentication", """\
<!doctype html>
<html>
<head><meta http-equiv="refresh" content="300"><title>Johonaa'ei - chapter screen</title></head>
<body style="margin:0">
  <!-- kiosk at the chapter house lobby -->
  <iframe src="https://kiosk:@@secret@@@grafana.grid.lan/d/pv-output?kiosk" width="100%" height="100%"></iframe>
</body>
</html>
""", secret=rand_pw(14))

add("xml/decoy-web-config-transform", "backoffice/TagApi/Web.Release.config", "https://learn.microsoft.com/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/configuring-parameters-for-web-package-deployment", """\
<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Ledger" connectionString="__LEDGER_CONNECTION_STRING__"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
</configuration>
""")

add("xml/soap-password", "grid/metering/mdm-request.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", """\
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>johonaa_mdm</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><GetReads><Meter>44819021</Meter></GetReads></soapenv:Body>
</soapenv:Envelope>
""", secret=words_pw())

add("yaml/spring-datasource", "grid/billing/src/main/resources/application-staging.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """\
spring:
  datasource:
    url: jdbc:postgresql://billing-db-staging.grid.lan:5432/billing
    username: billing_app
    password: @@secret@@
  jpa:
    open-in-view: false
""", secret=rand_pw(18))

add("yaml/decoy-spring-placeholder", "grid/billing/src/main/resources/application-dev.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/billing
    username: ${DB_USER:billing_app}
    password: ${DB_PASSWORD:}
  jpa:
    open-in-view: false
""")

add("yaml/sentry-auth-token", "shop/api/config/sentry.yml", "https://docs.sentry.io/platforms/javascript/configuration/options/#dsn", """\
# Errors from the rug catalogue API
sentry:
  environment: production
  auth_token: @@secret@@
  org: tradingpost
  project: catalogue-api
  traces_sample_rate: 0.1
""", secret="sntrys_" + fakes.drawn_mixed(_seed(), 64))

add("yaml/decoy-sentry-public-dsn", "shop/web/sentry.client.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
# Browser DSN: public by design (it only lets clients send events)
sentry:
  dsn: https://@@k@@@o450211.ingest.sentry.io/4505771
  environment: production
  replays_session_sample_rate: 0
""", k=hexs(32))

add("ini/supervisor", "grid/gateway/supervisord.conf", "https://supervisord.org/configuration.html#inet-http-server-section-settings", """\
[inet_http_server]
port = 0.0.0.0:9001
username = crew
password = @@secret@@

[program:bridge]
command = /opt/gw/venv/bin/python /opt/gw/bridge.py
autorestart = true
""", secret=words_pw())

add("ini/decoy-supervisor-sha", "grid/gateway/supervisord.prod.conf", "https://supervisord.org/configuration.html#inet-http-server-section-settings", """\
[inet_http_server]
port = 127.0.0.1:9001
username = crew
; SHA-1 of the password (supervisord accepts {SHA} hashes)
password = {SHA}@@h@@

[program:bridge]
command = /opt/gw/venv/bin/python /opt/gw/bridge.py
autorestart = true
""", h=hexs(40))

add("toml/pyproject-token", "grid/tools/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """\
[tool.poetry]
name = "grid-tools"
version = "0.4.0"
description = "Johonaa'ei microgrid helpers"

[tool.poetry.dependencies]
python = "^3.11"

# FIXME: moved here from poetry config by mistake
[tool.poetry.http-basic.grid]
username = "gw-build"
password = "@@secret@@"
""", secret=rand_pw(22))

add("toml/decoy-netlify", "grid/dashboard/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_GRAFANA_URL = "https://grafana.grid.lan"
""")

# ---------------------------------------------------------------- last carriers
add("json/gcp-service-account", "grid/reports/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "johonaa-grid-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "reports@johonaa-grid-reports.iam.gserviceaccount.com",
  "client_id": "104829103374610293847",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("dotenv/jwt-secret", "shop/api/.env", DOTENV, """\
PORT=8080
# signs the weavers' portal sessions (naaltsoos bee ak'e'elchi)
JWT_SECRET=@@secret@@
JWT_EXPIRES_IN=7d
CORS_ORIGIN=https://weavers.tradingpost.example
""", secret=hexs(64))

add("dotenv/shippo", "shop/shipping/.env", DOTENV, """\
# Labels for rugs going out (Shippo)
SHIPPO_API_TOKEN=@@secret@@
SHIP_FROM_NAME="Tse Bighanilini Trading Post"
SHIP_FROM_ZIP=86505
DEFAULT_PARCEL=rug-roll-48in
""", secret="shippo_live_" + hexs(40))

add("dotenv/easypost", "shop/shipping/.env.easypost", DOTENV, """\
EASYPOST_API_KEY=@@secret@@
EASYPOST_MODE=production
INSURE_OVER_USD=500
# every rug over $500 goes insured - Lorraine
LABEL_FORMAT=ZPL
""", secret="EZAK" + hexs(54))

add("python/paypal", "shop/payments/paypal_client.py", "https://developer.paypal.com/api/rest/authentication/", """\
import requests

CLIENT_ID = "A@@cid@@"
CLIENT_SECRET = "E@@secret_tail@@"


def token() -> str:
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token", auth=(CLIENT_ID, CLIENT_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=20)
    return r.json()["access_token"]
""", secret="E" + (_pp := fakes.drawn_mixed(_seed(), 79, ALNUM + "-_")), secret_tail=_pp, cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("javascript/algolia-admin", "shop/scripts/reindex.mjs", "https://www.algolia.com/doc/guides/security/api-keys/", """\
import algoliasearch from "algoliasearch";

// Rebuild the rug search index (by weaver, chapter, style)
const client = algoliasearch("Q7K2M9ZP1L", "@@secret@@");
const index = client.initIndex("rugs");
const rugs = JSON.parse(await (await import("node:fs/promises")).readFile("rugs.json", "utf8"));
await index.replaceAllObjects(rugs, { autoGenerateObjectIDIfNotExist: true });
console.log("Ahehee' - reindexed", rugs.length);
""", secret=hexs(32))

add("javascript/decoy-algolia-search-key", "shop/web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """\
import algoliasearch from "algoliasearch/lite";

// Search-only key: meant for the browser (can only read the public index)
export const searchClient = algoliasearch("Q7K2M9ZP1L", "@@k@@");
export const INDEX = "rugs";
""", k=hexs(32))

add("yaml/cloudflare", "shop/infra/dns-update.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """\
# ddns for the back-office camera box
provider: cloudflare
zone: tradingpost.example
record: cam.tradingpost.example
api_token: @@secret@@
interval: 300
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("json/mapbox", "grid/dashboard/src/map.config.json", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
{
  "style": "mapbox://styles/johonaa/outages",
  "uploadToken": "sk.eyJ1Ijoiam9ob25hYSIsImEiOiJ@@secret_tail@@",
  "center": [-109.55, 36.15],
  "zoom": 8
}
""", secret="sk.eyJ1Ijoiam9ob25hYSIsImEiOiJ" + (_mb := fakes.drawn_mixed(_seed(), 20) + "In0." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-")),
    secret_tail=_mb)

add("ldap/bind-password", "grid/infra/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5", """\
[sssd]
services = nss, pam
domains = grid

[domain/grid]
id_provider = ldap
ldap_uri = ldaps://ldap.grid.lan
ldap_search_base = dc=grid,dc=lan
ldap_default_bind_dn = cn=sssd,ou=svc,dc=grid,dc=lan
ldap_default_authtok = @@secret@@
""", secret=words_pw())

add("python/amqp-url", "grid/billing/worker/tasks.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
from celery import Celery

# Top-up events from the meters -> billing (naaltsoos bee ni'iilyeeh)
app = Celery("billing", broker="amqp://billing:@@secret@@@rabbit.grid.lan:5672/billing")


@app.task
def credit_meter(meter_id: str, kwh: float) -> None:
    print(f"credit {kwh} kWh to {meter_id}")
""", secret=rand_pw(20))

add("python/ftp", "shop/scripts/upload_photos.py", "https://docs.python.org/3/library/ftplib.html", """\
from ftplib import FTP_TLS
from pathlib import Path

# Rug photos to the old gallery host (diyogi bee naaltsoos)
ftp = FTP_TLS("ftp.gallery-host.example")
ftp.login("tradingpost", "@@secret@@")
ftp.prot_p()
for photo in Path("photos/new").glob("*.jpg"):
    with photo.open("rb") as fh:
        ftp.storbinary(f"STOR rugs/{photo.name}", fh)
ftp.quit()
""", secret=words_pw())

add("text/smtp-auth-plain", "grid/alerts/smtp-trace.txt", "https://www.rfc-editor.org/rfc/rfc4616", """\
S: 220 smtp.johonaa-power.example ESMTP
C: EHLO alerts.grid.lan
S: 250-AUTH PLAIN LOGIN
C: AUTH PLAIN @@secret@@
S: 235 2.7.0 Authentication successful
C: QUIT
""", secret=base64.b64encode(("\0alerts@johonaa-power.example\0" + words_pw()).encode()).decode())

add("http/basic-header", "grid/tools/headend.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", """\
### AMI reads for one meter (IntelliJ HTTP client)
GET https://headend.johonaa-power.example/ami/reads?meter=44819021&day=2024-06-01
Authorization: Basic @@secret@@
Accept: application/json

###
""", secret=b64("ami-export:" + words_pw()))

add("http/decoy-env-var", "grid/tools/headend.env.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### AMI reads (credentials from http-client.private.env.json, gitignored)
GET https://headend.johonaa-power.example/ami/reads?meter=44819021&day=2024-06-01
Authorization: Basic {{ami_basic}}
Accept: application/json

###
""")

add("yaml/airflow-connection", "grid/airflow/connections.yaml", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """\
historian:
  conn_type: postgres
  host: historian.grid.lan
  login: airflow
  password: @@secret@@
  schema: historian
  port: 5432
""", secret=rand_pw(20))

add("php/mailchimp", "shop/wordpress/wp-content/themes/diyogi/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", """\
<?php
// Newsletter: new rugs each month ("Diyogi aniid" - new rugs)
$client = new \\MailchimpMarketing\\ApiClient();
$client->setConfig([
    'apiKey' => '@@secret@@',
    'server' => 'us21',
]);
$client->lists->addListMember('a1b2c3d4e5', ['email_address' => $_POST['email'], 'status' => 'pending']);
""", secret=hexs(32) + "-us21")

add("ruby/postmark", "shop/config/initializers/postmark.rb", "https://postmarkapp.com/developer/user-guide/send-email-with-api", """\
# Receipts for rug buyers
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: '@@secret@@' }
  config.action_mailer.default_url_options = { host: 'tradingpost.example' }
end
""", secret=uuid_s())

add("dotenv/airtable", "shop/inventory/.env", DOTENV, """\
# Weavers' inventory base (Airtable) - Ella keeps it
AIRTABLE_BASE=app7Q2kLmN9pXz4Rt
AIRTABLE_TOKEN=pat@@p1@@.@@p2@@
AIRTABLE_TABLE=Rugs
SYNC_EVERY_MIN=30
""", secret=(_at := "pat" + (_a1 := fakes.drawn_mixed(_seed(), 14)) + "." + (_a2 := hexs(64))), p1=_a1, p2=_a2)

add("shell-history/psql-url", "grid/docs/jimmy-history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  501  ssh bastion.grid.lan
  502  psql "postgresql://grid:@@secret@@@historian.grid.lan:5432/historian?sslmode=require"
  503  \\dt
  504  exit
  505  history > docs/jimmy-history.txt
""", secret=rand_pw(20))

add("powershell/invoke-sqlcmd", "backoffice/Export-Sales.ps1", "https://learn.microsoft.com/powershell/module/sqlserver/invoke-sqlcmd", """\
# Sales per chapter for the council report (naaltsoos)
$params = @{
    ServerInstance = 'ledger.post.lan'
    Database       = 'consignment'
    Username       = 'reports'
    Password       = '@@secret@@'
    Query          = 'SELECT chapter, SUM(price) FROM sales GROUP BY chapter'
}
Invoke-Sqlcmd @params | Export-Csv 'C:\\Reports\\sales-by-chapter.csv' -NoTypeInformation
""", secret=words_pw())

add("jenkins/credentials", "grid/ci/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  environment {
    // TODO: use withCredentials - Hastiin Nez
    NEXUS_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Publish') {
      steps { sh './gradlew publish -PnexusUser=billing-ci -PnexusPassword=$NEXUS_PASSWORD' }
    }
  }
}
""", secret=rand_pw(20))

add("jenkins/decoy-with-credentials", "grid/ci/Jenkinsfile.release", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  stages {
    stage('Publish') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-billing', usernameVariable: 'NU', passwordVariable: 'NP')]) {
          sh './gradlew publish -PnexusUser=$NU -PnexusPassword=$NP'
        }
      }
    }
  }
}
""")

add("yaml/bitbucket-pipelines", "shop/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy widget
          script:
            - npm ci && npm run build
            - npx wrangler deploy --api-token @@secret@@
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))
