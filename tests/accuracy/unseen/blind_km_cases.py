"""Blind set KM: Harris tweed weavers and island minibus and ferry-booking operators in the Outer Hebrides.

Mills and home weavers (order books for the looms, web shops, stock and dye-lot sheets), minibus
and ferry-booking operators (ticketing, payment and SMS gateways), and the CI and cloud both run
on; notes and comments partly in Scottish Gaelic. One credential in each secret file, and decoys
that only look as if they hold one. Generated fakes only (seeds 5560000-5569999).
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
UPPER = string.ascii_uppercase + string.digits
_SEED = [5560000]
SEED_END = 5570000


def _seed() -> int:
    _SEED[0] += 11
    assert 5560000 < _SEED[0] < SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Clisham", "Luskentyre", "Scarista", "Tarbert", "Leverburgh", "Rodel", "Borve", "Callanish",
         "Uig", "Eriskay", "Barra", "Berneray", "Seilebost", "Horgabost", "Drinishader", "Plocrapool"]
LOWER = ["heather", "lichen", "crotal", "bobbin", "shuttle", "warp", "weft", "tweed", "machair", "peat",
         "gannet", "selkie", "skerry", "kyle", "ness", "sound"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def ups(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPPER) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + ups(8) + "/B" + ups(10) + "/" + alnum(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "_-") for _ in range(68))


def teams_webhook() -> str:
    return (f"https://hebtweed.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + alnum(43))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gocardless_token() -> str:
    r = _rng()
    return "live_" + "".join(r.choice(ALNUM + "_-") for _ in range(40))


def mollie_key() -> str:
    return fakes.fake("live_", 30, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return fakes.fake("hvs.", 90, _seed())


def tfc_token() -> str:
    return alnum(14) + ".atlasv1." + alnum(67)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def messagebird_key() -> str:
    return alnum(25)


def vonage_secret() -> str:
    return alnum(16)


def postmark_token() -> str:
    return uuid_s()


def datadog_key() -> str:
    return hexs(32)


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": "booking-api", "iat": 1767225600, "scope": "tickets:write"}).encode()).decode().rstrip("=")
    r = _rng()
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha256ish() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    """A key block; kind "" gives a PKCS#8 block ("BEGIN PRIVATE KEY")."""
    return fakes.fake_pem(_seed(), kind).replace("  PRIVATE KEY", " PRIVATE KEY")


def wg_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# Sources of the formats.
DOTENV = "https://github.com/motdotla/dotenv#usage"
COMPOSE = "https://docs.docker.com/compose/environment-variables/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
TERRAFORM = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
DOCKERFILE = "https://docs.docker.com/engine/reference/builder/"
STRIPE = "https://stripe.com/docs/keys"
TWILIO = "https://www.twilio.com/docs/usage/api"
SENDGRID = "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started"
SLACK = "https://api.slack.com/messaging/webhooks"
SHOPIFY = "https://shopify.dev/docs/apps/auth/admin-app-access-tokens"
GOCARDLESS = "https://developer.gocardless.com/getting-started/api/making-your-first-request/"
SQUARE = "https://developer.squareup.com/docs/build-basics/access-tokens"
AWS_CLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
POSTGRES = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html"
REDIS = "https://redis.io/docs/management/security/acl/"
MESSAGEBIRD = "https://developers.messagebird.com/api/sms-messaging/"
VONAGE = "https://developer.vonage.com/en/messaging/sms/overview"
MAILGUN = "https://documentation.mailgun.com/en/latest/api-intro.html"
WOO = "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
SSH = "https://man.openbsd.org/ssh-keygen"
AZURE = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
GCP_SA = "https://cloud.google.com/iam/docs/keys-create-delete"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
MARKDOWN = "https://spec.commonmark.org/"
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
SOPS = "https://github.com/getsops/sops#usage"
VAULT = "https://developer.hashicorp.com/vault/docs/concepts/tokens"
DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP_PDO = "https://www.php.net/manual/en/pdo.construct.php"
RAILS = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
GO_SQL = "https://pkg.go.dev/database/sql#Open"
SMTP = "https://docs.python.org/3/library/smtplib.html"
DOCKER_CONFIG = "https://docs.docker.com/engine/reference/commandline/login/#credential-stores"
PAYPAL = "https://developer.paypal.com/api/rest/authentication/"
DISCORD = "https://discord.com/developers/docs/resources/webhook"
TEAMS = "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"
GITHUB_PAT = "https://docs.github.com/en/authentication/keeping-your-account-secure/managing-your-personal-access-tokens"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment="
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
LOG = "https://docs.python.org/3/library/logging.html"
BASH_HISTORY = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
POWERSHELL = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"
OPENAI = "https://platform.openai.com/docs/api-reference/authentication"
ANTHROPIC = "https://docs.anthropic.com/en/api/getting-started"
MAILCHIMP = "https://mailchimp.com/developer/marketing/guides/quick-start/"
DIGITALOCEAN = "https://docs.digitalocean.com/reference/api/create-personal-access-token/"
TFC = "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials"
DATADOG = "https://docs.datadoghq.com/account_management/api-app-keys/"
POSTMARK = "https://postmarkapp.com/developer/api/overview#authentication"
GOOGLE_MAPS = "https://developers.google.com/maps/documentation/javascript/get-api-key"
MOLLIE = "https://docs.mollie.com/overview/authentication"
HTACCESS = "https://httpd.apache.org/docs/2.4/programs/htpasswd.html"
SEALED = "https://github.com/bitnami-labs/sealed-secrets#usage"
SRI = "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity"

# ---- cases ----

# -- the mill's web shop (Shopify / WooCommerce / Stripe) --
add("blind-km/dotenv/stripe-secret", "clo-mor-shop/.env", DOTENV, """\
# Clò Mòr web shop - Tarbert mill
# Na cuir am faidhle seo ann an git!
SHOP_NAME=clo-mor-tarbert
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@s@@
CURRENCY=gbp
SHIP_FROM=HS3 3DB
""", stripe_key(), pk=stripe_key("pk_live_"))

add("blind-km/dotenv/decoy-example", "clo-mor-shop/.env.example", DOTENV, """\
# Dèan lethbhreac dhen fhaidhle seo gu .env agus lìon a-steach na luachan
SHOP_NAME=clo-mor-tarbert
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_<your-secret-key>
STRIPE_WEBHOOK_SECRET=whsec_...
CURRENCY=gbp
""")

add("blind-km/python/shopify-admin-token", "weaver_sync/shopify_client.py", SHOPIFY, """\
\"\"\"Sync the loom order book with the Shopify store (Harris Tweed lengths, cushions, caps).\"\"\"
import requests

SHOP = "scarista-weavers.myshopify.com"
# tòcan an stòir - fhuair Màiri e on app admin
ADMIN_TOKEN = "@@s@@"
API = f"https://{SHOP}/admin/api/2024-01"


def open_orders():
    r = requests.get(f"{API}/orders.json", params={"status": "open"},
                     headers={"X-Shopify-Access-Token": ADMIN_TOKEN}, timeout=20)
    r.raise_for_status()
    return r.json()["orders"]
""", shopify_token())

add("blind-km/python/decoy-env-reference", "weaver_sync/settings.py", SHOPIFY, """\
import os

# Tha na h-iuchraichean uile anns an àrainneachd (systemd EnvironmentFile), chan ann an seo.
SHOP = os.environ.get("SHOPIFY_SHOP", "scarista-weavers.myshopify.com")
ADMIN_TOKEN = os.environ["SHOPIFY_ADMIN_TOKEN"]
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
LOOM_COUNT = int(os.getenv("LOOM_COUNT", "4"))
DYE_LOT_SHEET = os.getenv("DYE_LOT_SHEET_ID", "")
""")

_cs = "cs_" + hexs(40)
add("blind-km/php/woocommerce-consumer-secret", "wp-content/themes/tweed/inc/woo-sync.php", WOO, """\
<?php
// Ceangal ri WooCommerce REST - stoc a' mhuilinn
use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://shop.drinishader-tweed.co.uk',
    '@@ck@@',
    '@@s@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$products = $woocommerce->get('products', ['category' => 17, 'per_page' => 50]);
""", _cs, ck="ck_" + hexs(40))

add("blind-km/php/decoy-wp-config-placeholders", "wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
/** Bun-stèidh: atharraich na luachan seo mus cuir thu an làrach air loidhne */
define( 'DB_NAME', 'tweed_shop' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("blind-km/php/wp-config-db-password", "wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
// Làrach-lìn Clò Hearach Bhòrgh - na roinn am faidhle seo
define( 'DB_NAME', 'borve_tweed' );
define( 'DB_USER', 'borve_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'bt_';
define( 'WP_DEBUG', false );
""", words_pw())

add("blind-km/javascript/stripe-restricted-key", "shop-api/src/payments.js", STRIPE, """\
// Pàigheadh airson clò a chaidh òrdachadh (Stripe Checkout)
const Stripe = require('stripe');
const stripe = Stripe('@@s@@', {
  apiVersion: '2023-10-16',
});

async function createCheckout(order) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: order.lines.map(l => ({ price: l.priceId, quantity: l.metres })),
    success_url: 'https://shop.luskentyre-looms.scot/taing',
  });
}
module.exports = { createCheckout };
""", stripe_key("rk_live_"))

add("blind-km/javascript/decoy-publishable-key", "shop-web/src/stripe.ts", STRIPE, """\
import { loadStripe } from '@stripe/stripe-js';

// Iuchair phoblach - ceart gu leòr a bhith sa bhrabhsair
export const stripePromise = loadStripe('@@pk@@');

export const SHOP_COUNTRY = 'GB';
export const CURRENCY = 'gbp';
""", pk=stripe_key("pk_live_"))

# -- ferry and minibus booking --
add("blind-km/yaml/twilio-auth-token", "bus-beag-booking/config/sms.yml", TWILIO, """\
# Teachdaireachdan SMS do luchd-siubhail a' bhus bhig (Tairbeart - An t-Ob)
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@s@@
  from: "+447700900123"
  templates:
    reminder: "Bus Beag: your seat from {stop} leaves at {time}. Tapadh leibh!"
    cancelled: "Bus Beag: the {time} run is cancelled (gale on the Clisham road)."
""", hexs(32), sid=twilio_sid())

add("blind-km/yaml/decoy-twilio-sid-only", "bus-beag-booking/config/sms.example.yml", TWILIO, """\
# Eisimpleir - cuir na fìor luachan ann an Vault (secret/bus-beag/twilio)
sms:
  provider: twilio
  account_sid: ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  auth_token: "{{ vault 'secret/bus-beag/twilio#auth_token' }}"
  from: "+447700900123"
""")

add("blind-km/python/messagebird-key", "aiseag/notify/sms.py", MESSAGEBIRD, """\
import messagebird

# Fios mu atharraichean clàr-ama an aiseig (Leverburgh - Berneray)
client = messagebird.Client("@@s@@")


def tell_passengers(numbers, text):
    return client.message_create("AiseagHB", numbers, text, {"reference": "timetable"})
""", messagebird_key())

add("blind-km/go/vonage-api-secret", "ferrybook/internal/sms/vonage.go", VONAGE, """\
package sms

import (
\t"net/http"
\t"net/url"
\t"strings"
)

const (
\tapiKey    = "@@key@@"
\tapiSecret = "@@s@@" // rùnach - na sgaoil
\tsender    = "HebFerry"
)

func Send(to, text string) (*http.Response, error) {
\tform := url.Values{"api_key": {apiKey}, "api_secret": {apiSecret}, "from": {sender}, "to": {to}, "text": {text}}
\treturn http.Post("https://rest.nexmo.com/sms/json", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}
""", vonage_secret(), key=hexs(8))

add("blind-km/go/decoy-env-lookup", "ferrybook/internal/config/config.go", GO_SQL, """\
package config

import "os"

// Config: a h-uile rud rùnach bhon àrainneachd
type Config struct {
\tDatabaseURL string
\tVonageKey   string
\tVonageSecret string
}

func Load() Config {
\treturn Config{
\t\tDatabaseURL:  os.Getenv("DATABASE_URL"),
\t\tVonageKey:    os.Getenv("VONAGE_API_KEY"),
\t\tVonageSecret: os.Getenv("VONAGE_API_SECRET"),
\t}
}
""")

add("blind-km/go/postgres-dsn-password", "ferrybook/cmd/migrate/main.go", GO_SQL, """\
package main

import (
\t"database/sql"
\t"log"

\t_ "github.com/lib/pq"
)

func main() {
\t// TODO: gluais seo gu DATABASE_URL (Calum)
\tdb, err := sql.Open("postgres", "postgres://ferrybook:@@s@@@db.ferrybook.internal:5432/bookings?sslmode=require")
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tdefer db.Close()
}
""", rand_pw(22))

add("blind-km/java/sendgrid-key", "booking-service/src/main/java/scot/hebferry/mail/Confirmations.java", SENDGRID, """\
package scot.hebferry.mail;

import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;

public final class Confirmations {
    // Post-dearbhaidh airson tiogaidean an aiseig
    private static final SendGrid SG = new SendGrid("@@s@@");

    private Confirmations() {}

    public static SendGrid client() {
        return SG;
    }
}
""", sendgrid_key())

add("blind-km/properties/decoy-spring-placeholders", "booking-service/src/main/resources/application.properties", SPRING, """\
spring.application.name=booking-service
spring.datasource.url=jdbc:postgresql://db:5432/bookings
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
sendgrid.api-key=${SENDGRID_API_KEY:}
ferry.timetable.refresh=PT15M
""")

add("blind-km/properties/spring-datasource-password", "booking-service/src/main/resources/application-prod.properties", SPRING, """\
# Riochdachadh - Steòrnabhagh
spring.datasource.url=jdbc:postgresql://bookings-db.hebferry.scot:5432/bookings
spring.datasource.username=booking_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
ferry.timetable.refresh=PT5M
""", words_pw())

add("blind-km/kotlin/square-access-token", "minibus-app/app/src/main/java/scot/busbeag/pay/SquareConfig.kt", SQUARE, """\
package scot.busbeag.pay

// Pàigheadh air a' bhus le leughadair Square
object SquareConfig {
    const val LOCATION_ID = "L@@loc@@"
    const val ACCESS_TOKEN = "@@s@@"
    const val ENVIRONMENT = "production"
}
""", square_token(), loc=ups(12))

add("blind-km/json/azure-storage-connection", "TicketDesk/appsettings.Production.json", DOTNET, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "Tickets": "DefaultEndpointsProtocol=https;AccountName=hebtickets;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  },
  "Ferry": { "Routes": [ "Uig-Tarbert", "Leverburgh-Berneray" ] }
}
""", azure_storage_key())

add("blind-km/json/decoy-appsettings-keyvault", "TicketDesk/appsettings.json", DOTNET, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": { "Uri": "https://kv-hebtickets.vault.azure.net/" },
  "Storage": {
    "Tickets": "@Microsoft.KeyVault(SecretUri=https://kv-hebtickets.vault.azure.net/secrets/tickets-storage/)"
  },
  "Ferry": { "Routes": [ "Uig-Tarbert", "Leverburgh-Berneray" ] }
}
""")

add("blind-km/csharp/sql-connection-password", "TicketDesk/Data/TicketContextFactory.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """\
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TicketDesk.Data;

// Airson migrations a-mhàin (dotnet ef) - obair ionadail
public class TicketContextFactory : IDesignTimeDbContextFactory<TicketContext>
{
    public TicketContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TicketContext>()
            .UseSqlServer("Server=tcp:hebtickets.database.windows.net,1433;Database=tickets;User ID=ticketdesk;Password=@@s@@;Encrypt=True;")
            .Options;
        return new TicketContext(options);
    }
}
""", rand_pw(18, "!#"))

# -- CI and cloud --
add("blind-km/github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", GHA, """\
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Cuir suas an stòr
        env:
          SHOPIFY_CLI_THEME_TOKEN: ${{ secrets.SHOPIFY_THEME_TOKEN }}
          SHOPIFY_FLAG_STORE: scarista-weavers.myshopify.com
        run: shopify theme push --allow-live --theme 1357924680
""")

add("blind-km/github-actions/slack-webhook", ".github/workflows/nightly-orders.yml", SLACK, """\
name: nightly-order-book
on:
  schedule:
    - cron: "0 22 * * *"
jobs:
  export:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/export_order_book.py > orders.csv
      - name: Innis don sgioba air Slack
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Leabhar òrdughan nam beairtean deiseil"}' \\
            @@s@@
""", slack_webhook())

add("blind-km/gitlab-ci/gitlab-token", ".gitlab-ci.yml", GITLAB_CI, """\
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  script:
    # deuchainn - sguab às an dèidh seo
    - 'curl --header "PRIVATE-TOKEN: @@s@@" -X POST "https://gitlab.com/api/v4/projects/51234567/releases" -d tag_name=$CI_COMMIT_TAG'
  rules:
    - if: $CI_COMMIT_TAG
""", gitlab_token())

add("blind-km/terraform/digitalocean-token", "infra/providers.tf", DIGITALOCEAN, """\
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

# Frithealaichean a' bhùth-lìn ann an LON1
provider "digitalocean" {
  token = "@@s@@"
}
""", do_token())

add("blind-km/terraform/decoy-variable-sensitive", "infra/variables.tf", TERRAFORM, """\
variable "do_token" {
  description = "DigitalOcean API token (bho TF_VAR_do_token)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "lon1"
}
""")

add("blind-km/hcl/terraform-cloud-token", "infra/.terraformrc", TFC, """\
# Iuchair Terraform Cloud - organization hebridean-tweed
credentials "app.terraform.io" {
  token = "@@s@@"
}

plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
""", tfc_token())

add("blind-km/ini/aws-credentials", "ops/aws/credentials", AWS_CLI, """\
# Backups an leabhar-òrdughan gu S3 (eu-west-2)
[default]
region = eu-west-2

[mill-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-km/ini/decoy-aws-docs-example", "docs/aws-setup/credentials.sample", AWS_CLI, """\
# Bho na docs aig AWS - luachan eisimpleir a-mhàin, chan obraich iad
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2
""")

_pw = rand_pw(24)
add("blind-km/k8s-secret/postgres-password-base64", "k8s/booking/secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: aiseag
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@b@@
""", _pw, u=b64("booking"), b=b64(_pw))

add("blind-km/k8s/decoy-sealed-secret", "k8s/booking/sealed-secret.yaml", SEALED, """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: aiseag
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@c1@@
    POSTGRES_USER: AgC@@c2@@
""", c1=alnum(300), c2=alnum(120))

add("blind-km/helm/redis-password", "charts/tickets/values-prod.yaml", HELM, """\
replicaCount: 2
image:
  repository: registry.gitlab.com/hebferry/tickets
  tag: "2.8.1"
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@s@@"
ingress:
  hosts: [tickets.hebferry.scot]
""", fakes.redis_password(_seed()))

add("blind-km/helm/decoy-existing-secret", "charts/tickets/values.yaml", HELM, """\
replicaCount: 1
image:
  repository: registry.gitlab.com/hebferry/tickets
  tag: ""
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: tickets-redis
    existingSecretPasswordKey: redis-password
    password: ""
""")

add("blind-km/compose/mysql-root-password", "docker-compose.yml", COMPOSE, """\
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: loom_orders
      MYSQL_USER: loom
      MYSQL_ROOT_PASSWORD: "@@s@@"
    volumes:
      - dbdata:/var/lib/mysql
  app:
    build: .
    depends_on: [db]
volumes:
  dbdata:
""", words_pw())

add("blind-km/compose/decoy-env-file", "docker-compose.override.example.yml", COMPOSE, """\
# Eisimpleir airson obair ionadail - tha na facail-fhaire ann an .env (chan eil e ann an git)
services:
  db:
    image: mysql:8.0
    env_file: .env
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it in .env}
      MYSQL_PASSWORD: ${MYSQL_PASSWORD}
""")

add("blind-km/dockerfile/npm-token-arg", "shop-web/Dockerfile", DOCKERFILE, """\
FROM node:20-alpine AS build
WORKDIR /app
# pacaidean prìobhaideach @hebtweed
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("blind-km/dockerfile/decoy-build-secret-mount", "ferrybook/Dockerfile", DOCKERFILE, """\
# syntax=docker/dockerfile:1.6
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/ferrybook ./cmd/server

FROM gcr.io/distroless/static
COPY --from=build /out/ferrybook /ferrybook
ENTRYPOINT ["/ferrybook"]
""")

# -- notes, runbooks, wikis --
add("blind-km/markdown/ferry-portal-password", "docs/runbooks/calmac-agent-portal.md", MARKDOWN, """\
# Leabhar-obrach: portal nan àidseant (tiogaidean aiseig)

Bidh sinn a' glèidheadh àiteachan air an aiseag do luchd-siubhail a' bhus bhig.

| Dè             | Luach                         |
|----------------|-------------------------------|
| URL            | https://agents.ferry-portal.example.scot |
| Cleachdaiche   | busbeag-tarbert               |
| Facal-faire    | `@@s@@`                       |
| Fòn taic       | 01859 502 000                 |

Ma dh'fhàilligeas an logadh a-steach trì tursan, cuir fòn gu oifis Uig.
""", words_pw())

add("blind-km/markdown/decoy-redacted-runbook", "docs/runbooks/sms-gateway.md", MARKDOWN, """\
# SMS gateway (MessageBird)

Tha an iuchair ann am 1Password, vault "Bus Beag Ops", item "MessageBird live".

```bash
export MESSAGEBIRD_ACCESS_KEY=$(op read "op://Bus Beag Ops/MessageBird live/credential")
python -m aiseag.notify.sms --dry-run
```

Chaidh an seann iuchair (`live_****************Xq2`) a thoirt air falbh air 14 Dùbhlachd.
""")

add("blind-km/rst/decoy-api-docs-example", "docs/api/authentication.rst", RST, """\
Dearbhadh (Authentication)
==========================

Every call to the booking API carries a bearer token::

    curl -H "Authorization: Bearer <YOUR_TOKEN>" https://api.hebferry.scot/v1/sailings

Tokens are issued per operator from the admin console. Example response body::

    {"token_type": "bearer", "expires_in": 3600, "access_token": "REDACTED"}
""")

add("blind-km/rst/api-docs-leaked-token", "docs/api/quickstart.rst", RST, """\
Tòiseachadh luath
=================

Faigh liosta nan seòladh airson an latha an-diugh::

    curl -H "Authorization: Bearer @@s@@" \\
         "https://api.hebferry.scot/v1/sailings?route=uig-tarbert&date=today"

Tha an freagairt ann an JSON; faic :doc:`sailings` airson nan raointean.
""", jwt_like())

add("blind-km/text/notes-gaelic-smtp", "notes/post-muileann.txt", SMTP, """\
Notaichean - post a' mhuilinn (Plocrapool)
------------------------------------------
Frithealaiche SMTP: smtp.office365.com port 587
Cleachdaiche: orders@plocrapool-tweed.co.uk
Facal-faire: @@s@@
Thoir an aire: atharraich e nuair a dh'fhàgas Seumas.
An-dràsta a' cur fàiltean òrdughan gach madainn aig 7.
""", words_pw())

add("blind-km/text/decoy-notes-pointers", "notes/iuchraichean-caite.txt", VAULT, """\
Càite a bheil na h-iuchraichean?
- Stripe: Vault secret/shop/stripe (chan ann an seo!)
- Shopify admin token: 1Password > Muileann > Shopify
- SMTP: Azure Key Vault kv-muileann, secret "smtp-orders"
- Twilio: cuir fòn gu Calum
Na sgrìobh facal-faire sam bith anns an fhaidhle seo.
""")

add("blind-km/wiki/teams-webhook", "wiki/Alerts-for-the-loom-shed.md", TEAMS, """\
## Rabhaidhean bho sheada nam beairtean

When a loom's counter stops for more than 20 minutes the Pi in the shed posts to the
"Muileann - Obair" channel in Teams.

Webhook (set up by Ealasaid, Oct):
@@s@@

Test it with `python shed/alert.py --test`.
""", teams_webhook())

add("blind-km/html/decoy-sri-hashes", "shop-web/public/index.html", SRI, """\
<!doctype html>
<html lang="gd">
<head>
  <meta charset="utf-8">
  <title>Clò Hearach - Bùth</title>
  <script src="https://js.stripe.com/v3/" integrity="sha384-@@h@@" crossorigin="anonymous"></script>
  <meta name="google-site-verification" content="@@gv@@">
</head>
<body><div id="app"></div></body>
</html>
""", h=b64(hexs(36)), gv=alnum(43))

add("blind-km/html/mapbox-secret-token", "bus-beag-web/route-map.html", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
<!doctype html>
<html lang="gd">
<head><meta charset="utf-8"><title>Slighe a' Bhus Bhig</title></head>
<body>
<div id="map" style="height:480px"></div>
<script>
  // sk. = iuchair dhìomhair (airson luchdachadh suas stoidhle) - cha bu chòir seo a bhith an seo
  mapboxgl.accessToken = '@@s@@';
  new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/busbeag/route', center: [-6.8, 57.9], zoom: 9 });
</script>
</body>
</html>
""", "sk.eyJ1IjoiYnVzYmVhZyIsImEiOiJj" + alnum(20) + "In0." + alnum(22))

add("blind-km/html/decoy-mapbox-public-token", "bus-beag-web/stops.html", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
<!doctype html>
<html lang="gd">
<head><meta charset="utf-8"><title>Stadan</title></head>
<body>
<div id="map"></div>
<script>
  // pk. = iuchair phoblach, cuingichte ri bus-beag.scot
  mapboxgl.accessToken = 'pk.eyJ1IjoiYnVzYmVhZyIsImEiOiJj@@p@@In0.@@q@@';
</script>
</body>
</html>
""", p=alnum(20), q=alnum(22))

# -- shell, histories, client configs --
add("blind-km/shell-history/mysql-password-arg", "ops/home/calum/.bash_history", BASH_HISTORY, """\
cd /srv/loom-orders
git pull
sudo systemctl restart loom-orders
mysqldump -u loom -p'@@s@@' loom_orders > /tmp/orders-$(date +%F).sql
gzip /tmp/orders-*.sql
aws s3 cp /tmp/ s3://clo-mor-backups/db/ --recursive --exclude "*" --include "*.gz"
exit
""", words_pw())

add("blind-km/shell-history/decoy-prompted-password", "ops/home/mairi/.bash_history", BASH_HISTORY, """\
ssh weaver@loom-pi-3.local
psql -h db.ferrybook.internal -U ferrybook -W bookings
export PGPASSWORD=$(vault kv get -field=password secret/ferrybook/db)
pg_dump -Fc bookings > bookings.dump
unset PGPASSWORD
history -c
""")

add("blind-km/shell/github-token-clone", "scripts/clone-patterns.sh", GITHUB_PAT, """\
#!/usr/bin/env bash
# Luchdaich sìos pàtranan nan clò (repo prìobhaideach)
set -euo pipefail
DEST=${1:-/srv/patterns}
git clone "https://weaver-bot:@@s@@@github.com/hebridean-tweed/tweed-patterns.git" "$DEST"
cd "$DEST" && git log -1 --oneline
""", fakes.github_token(_seed()))

add("blind-km/shell/decoy-token-from-gh", "scripts/release.sh", GITHUB_PAT, """\
#!/usr/bin/env bash
set -euo pipefail
# Tha GH_TOKEN a' tighinn bho 'gh auth token' - chan eil e sgrìobhte an seo
GH_TOKEN="${GH_TOKEN:-$(gh auth token)}"
VERSION=$(git describe --tags --abbrev=0)
gh release create "$VERSION" dist/*.whl --notes "Sgaoileadh $VERSION"
""")

add("blind-km/shell/heredoc-pgpass", "scripts/bootstrap-db.sh", POSTGRES, """\
#!/bin/sh
# A' stèidheachadh an frithealaiche ùr (Steòrnabhagh)
cat > ~/.pgpass <<EOF
db.ferrybook.internal:5432:bookings:ferrybook:@@s@@
EOF
chmod 600 ~/.pgpass
psql -h db.ferrybook.internal -U ferrybook bookings -c 'select count(*) from sailings'
""", rand_pw(20))

_p = words_pw()
add("blind-km/netrc/api-password", "ops/home/deploy/.netrc", NETRC, """\
# gateway nan tiogaidean (bus beag)
machine api.bookingsgateway.example.com
  login busbeag-tarbert
  password @@s@@
# github: gh auth (keychain), chan ann an seo
""", _p)

add("blind-km/npmrc/decoy-env-token", "shop-web/.npmrc", NPMRC, """\
@hebtweed:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
engine-strict=true
save-exact=true
""")

add("blind-km/pypirc/pypi-token", "ops/home/deploy/.pypirc", PYPIRC, """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

_k = pem("OPENSSH")
add("blind-km/ssh/private-key", "ops/keys/loom-pi-deploy", SSH, _k + "\n", _k)

add("blind-km/ssh/decoy-public-key", "ops/keys/loom-pi-deploy.pub", SSH, """\
# iuchair phoblach airson nam Pi anns na seadaichean
# cuir ri ~/.ssh/authorized_keys air gach Pi
@@k@@ deploy@muileann
# seann iuchair (2023) - air a thoirt air falbh
# @@k2@@ calum@laptop
""", k=ssh_pub(), k2=ssh_pub())

_rp = rand_pw(20)
add("blind-km/docker-config/registry-auth", "ops/home/deploy/.docker/config.json", DOCKER_CONFIG, """\
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", _rp, a=b64("hebferry-deploy:" + _rp))

add("blind-km/docker-config/decoy-cred-helper", "ops/home/mairi/.docker/config.json", DOCKER_CONFIG, """\
{
  "auths": {
    "registry.gitlab.com": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

# -- payments for the minibus and ferry --
add("blind-km/ruby/gocardless-token", "busbeag-billing/config/initializers/gocardless.rb", GOCARDLESS, """\
# Debaid dhìreach airson pasaichean mìosail a' bhus
require "gocardless_pro"

GC_CLIENT = GoCardlessPro::Client.new(
  access_token: "@@s@@",
  environment: :live
)
""", gocardless_token())

add("blind-km/ruby/decoy-rails-credentials", "busbeag-billing/config/initializers/gocardless_env.rb", GOCARDLESS, """\
# Tha an tòcan ann an credentials.yml.enc (rails credentials:edit)
require "gocardless_pro"

GC_CLIENT = GoCardlessPro::Client.new(
  access_token: Rails.application.credentials.dig(:gocardless, :access_token),
  environment: Rails.env.production? ? :live : :sandbox
)
""")

add("blind-km/yaml/rails-database-password", "busbeag-billing/config/database.yml", RAILS, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: busbeag_billing
  username: billing
  password: @@s@@
  host: billing-db.busbeag.internal
""", rand_pw(16))

add("blind-km/yaml/decoy-rails-database-erb", "busbeag-billing/config/database.ci.yml", RAILS, """\
default: &default
  adapter: postgresql
  encoding: unicode

test:
  <<: *default
  database: busbeag_billing_test
  username: <%= ENV.fetch("PGUSER", "postgres") %>
  password: <%= ENV["PGPASSWORD"] %>
  host: localhost
""")

add("blind-km/python/paypal-client-secret", "aiseag/payments/paypal.py", PAYPAL, """\
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@s@@"


def access_token() -> str:
    r = requests.post(f"{PAYPAL_API}/v1/oauth2/token", auth=(CLIENT_ID, CLIENT_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
""", fakes.drawn(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("blind-km/typescript/mollie-live-key", "tickets-web/server/mollie.ts", MOLLIE, """\
import { createMollieClient } from '@mollie/api-client';

// Pàigheadh airson tiogaidean (luchd-turais às an Roinn-Eòrpa)
export const mollie = createMollieClient({ apiKey: '@@s@@' });

export async function paymentFor(bookingRef: string, euros: string) {
  return mollie.payments.create({
    amount: { currency: 'EUR', value: euros },
    description: `Aiseag ${bookingRef}`,
    redirectUrl: `https://tickets.hebferry.scot/taing/${bookingRef}`,
  });
}
""", mollie_key())

add("blind-km/typescript/decoy-test-fixture", "tickets-web/server/__tests__/mollie.fixture.ts", MOLLIE, """\
// Dàta deuchainn meallta - chan e iuchraichean fìor a th' annta
export const FAKE_PAYMENT = {
  id: 'tr_WDqYK6vllg',
  status: 'paid',
  amount: { currency: 'EUR', value: '42.50' },
  profileId: 'pfl_QkEhN94Ba',
  apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
};
""")

add("blind-km/swift/decoy-stripe-publishable", "BusBeagApp/BusBeagApp/Payments.swift", STRIPE, """\
import StripePaymentSheet

enum Payments {
    // Iuchair fhollaiseach - gun chunnart anns an app
    static let publishableKey = "@@pk@@"
    static let merchantDisplayName = "Bus Beag na Hearadh"

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }
}
""", pk=stripe_key("pk_live_"))

add("blind-km/swift/openai-key", "BusBeagApp/BusBeagApp/Assistant/Translator.swift", OPENAI, """\
import Foundation

// Eadar-theangachadh Gàidhlig <-> Beurla airson fiosan an aiseig
struct Translator {
    private let apiKey = "@@s@@"
    private let endpoint = URL(string: "https://api.openai.com/v1/chat/completions")!

    func request(_ body: Data) -> URLRequest {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = body
        return req
    }
}
""", fakes.openai_key(_seed()))

# -- the loom order books and dye-lot sheets --
add("blind-km/python/google-sheets-service-account", "looms/order_book.py", GCP_SA, """\
\"\"\"Leabhar òrdughan nam beairtean: a' leughadh bhon Google Sheet aig a' mhuileann.\"\"\"
import gspread
from google.oauth2.service_account import Credentials

SHEET_ID = "1Q@@sheet@@"
KEY_ID = "@@kid@@"
PRIVATE_KEY = \"\"\"@@s@@\"\"\"

INFO = {"type": "service_account", "project_id": "loom-orders-4412", "private_key_id": KEY_ID,
        "private_key": PRIVATE_KEY, "client_email": "looms@loom-orders-4412.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token"}


def rows():
    creds = Credentials.from_service_account_info(INFO, scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"])
    return gspread.authorize(creds).open_by_key(SHEET_ID).sheet1.get_all_records()
""", pem(""), sheet=alnum(42), kid=hexs(40))

add("blind-km/json/decoy-service-account-redacted", "looms/service-account.example.json", GCP_SA, """\
{
  "type": "service_account",
  "project_id": "loom-orders-4412",
  "private_key_id": "<private-key-id>",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n<paste the key here>\\n-----END PRIVATE KEY-----\\n",
  "client_email": "looms@loom-orders-4412.iam.gserviceaccount.com",
  "client_id": "104857362910574839201",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

add("blind-km/csv/decoy-order-book", "looms/exports/orders-2025-11.csv", CSV, """\
order_id,customer,pattern,colourway,metres,loom,weaver,status,payment_ref
HT-25-1107,Anderson & Sheppard,Herringbone 2/2,Crotal,30,beairt-2,Dòmhnall,woven,pi_@@p1@@
HT-25-1108,Bùth Thairbeirt,Barleycorn,Lus nan Gràn,12,beairt-1,Màiri,on-loom,pi_@@p2@@
HT-25-1109,Tokyo Select,Houndstooth,Peat smoke,45,beairt-4,Calum,warping,pi_@@p3@@
HT-25-1110,Web shop,Twill,Machair,3,beairt-3,Ealasaid,finished,pi_@@p4@@
""", p1=alnum(24), p2=alnum(24), p3=alnum(24), p4=alnum(24))

add("blind-km/csv/staff-logins", "looms/exports/weavers-portal-logins.csv", CSV, """\
name,portal_user,portal_password,loom,phone
Dòmhnall MacLeòid,dmacleod,(set by himself),beairt-2,07700 900411
Màiri NicAmhlaigh,mnicamhlaigh,@@s@@,beairt-1,07700 900412
Calum Moireach,cmoireach,(reset pending),beairt-4,07700 900413
Ealasaid Nic a' Phearsain,enicaphearsain,(SSO),beairt-3,07700 900414
""", words_pw())

add("blind-km/sql/create-role-password", "db/migrations/0007_reporting_role.sql", SQL, """\
-- Dreuchd airson aithisgean a' mhuilinn (Metabase)
CREATE ROLE loom_reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE loom_orders TO loom_reporting;
GRANT USAGE ON SCHEMA public TO loom_reporting;
GRANT SELECT ON orders, looms, dye_lots TO loom_reporting;
""", rand_pw(20))

add("blind-km/sql/decoy-password-hashes", "db/seeds/0002_weavers.sql", SQL, """\
-- Luchd-fighe (dàta tòiseachaidh) - hash bcrypt, chan e facail-fhaire
INSERT INTO weavers (id, name, email, password_hash) VALUES
 (1, 'Dòmhnall', 'domhnall@plocrapool-tweed.co.uk', '$2b$12$@@h1@@'),
 (2, 'Màiri', 'mairi@plocrapool-tweed.co.uk', '$2b$12$@@h2@@'),
 (3, 'Calum', 'calum@plocrapool-tweed.co.uk', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-km/notebook/mailchimp-key", "analysis/newsletter-signups.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Clàradh naidheachdan - luchd-ceannach a' chlò"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import mailchimp_marketing as mc\\n", "client = mc.Client()\\n",
              "client.set_config({\\"api_key\\": \\"@@s@@\\", \\"server\\": \\"us21\\"})"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["members = client.lists.get_list_members_info(\\"a1b2c3d4e5\\", count=1000)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", mailchimp_key())

add("blind-km/notebook/decoy-getpass", "analysis/sales-by-colourway.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Reic a rèir dath (2025)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, os\\n", "os.environ['SHOPIFY_ADMIN_TOKEN'] = getpass.getpass('Tòcan Shopify: ')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "df = pd.read_csv('exports/orders-2025-11.csv')\\n", "df.groupby('colourway').metres.sum()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-km/log/decoy-masked-log", "logs/shop-sync-2025-12-01.log", LOG, """\
2025-12-01 06:00:01 INFO  shop-sync starting (shop=scarista-weavers.myshopify.com)
2025-12-01 06:00:01 INFO  using token shpat_************************e41c (from env)
2025-12-01 06:00:03 INFO  pulled 14 open orders
2025-12-01 06:00:04 WARN  order #1182: colourway 'Crotal' not on any loom schedule
2025-12-01 06:00:05 INFO  pushed stock for 63 products, request_id=@@rid@@
2025-12-01 06:00:05 INFO  done in 4.1s
""", rid=uuid_s())

_sp = words_pw()
add("blind-km/log/smtp-auth-debug", "logs/mailer-debug.log", SMTP, """\
send: 'ehlo mill-server.plocrapool\\r\\n'
reply: b'250-smtp.office365.com Hello\\r\\n'
reply: b'250-AUTH LOGIN PLAIN XOAUTH2\\r\\n'
send: 'AUTH PLAIN @@a@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<orders@plocrapool-tweed.co.uk>\\r\\n'
reply: b'250 2.1.0 Sender OK\\r\\n'
""", b64("\0orders@plocrapool-tweed.co.uk\0" + _sp), a=b64("\0orders@plocrapool-tweed.co.uk\0" + _sp))

add("blind-km/log/booking-api-bearer", "logs/booking-gateway-trace.log", LOG, """\
14:02:11.381 DEBUG http > POST https://api.bookingsgateway.example.com/v2/holds
14:02:11.381 DEBUG http > Authorization: Bearer @@s@@
14:02:11.381 DEBUG http > Content-Type: application/json
14:02:11.382 DEBUG http > {"sailing":"UIG-TAR-1405","vehicles":[{"type":"minibus","length":7.2}],"pax":14}
14:02:11.944 DEBUG http < 201 Created
14:02:11.945 INFO  hold HLD-88213 placed for Bus Beag (14 pax)
""", alnum(48))

# -- SMS gateways in several languages --
add("blind-km/php/textlocal-key", "busbeag-site/includes/sms.php", "https://api.txtlocal.com/docs/sendsms", """\
<?php
// Fios-cuimhneachaidh SMS an latha roimhe
function cuir_sms(string $number, string $text): array {
    $data = [
        'apikey'  => '@@s@@',
        'numbers' => $number,
        'sender'  => 'BusBeag',
        'message' => rawurlencode($text),
    ];
    $ch = curl_init('https://api.txtlocal.com/send/');
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $data);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return json_decode(curl_exec($ch), true);
}
""", fakes.drawn(_seed(), 36, ALNUM + "="))

add("blind-km/php/decoy-getenv", "busbeag-site/includes/config.php", PHP_PDO, """\
<?php
// Rèiteachadh - a h-uile rud rùnach bho getenv()
return [
    'db_dsn'      => getenv('BUSBEAG_DB_DSN') ?: 'mysql:host=localhost;dbname=busbeag',
    'db_user'     => getenv('BUSBEAG_DB_USER') ?: 'busbeag',
    'db_password' => getenv('BUSBEAG_DB_PASSWORD') ?: '',
    'sms_apikey'  => getenv('TEXTLOCAL_APIKEY'),
];
""")

add("blind-km/php/pdo-password", "busbeag-site/includes/db.php", PHP_PDO, """\
<?php
// Stòr-dàta nan àiteachan-suidhe
$pdo = new PDO(
    'mysql:host=127.0.0.1;dbname=busbeag;charset=utf8mb4',
    'busbeag',
    '@@s@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""", words_pw())

add("blind-km/javascript/twilio-in-call", "aiseag-bot/index.js", TWILIO, """\
const twilio = require('twilio');

// Bot WhatsApp: "Cuin a tha an ath aiseag?"
const client = twilio('@@sid@@', '@@s@@');

async function reply(to, body) {
  return client.messages.create({ from: 'whatsapp:+447700900555', to, body });
}

module.exports = { reply };
""", hexs(32), sid=twilio_sid())

add("blind-km/javascript/decoy-dotenv-usage", "aiseag-bot/config.js", DOTENV, """\
require('dotenv').config();

// Cuir TWILIO_ACCOUNT_SID agus TWILIO_AUTH_TOKEN ann an .env
module.exports = {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
  authToken: process.env.TWILIO_AUTH_TOKEN,
  from: process.env.TWILIO_FROM || 'whatsapp:+447700900555',
};
""")

add("blind-km/python/telegram-bot-token", "aiseag-bot/telegram_bot.py", TELEGRAM, """\
\"\"\"Bot Telegram: fiosan mu aiseagan air an cur dheth (gaoth làidir).\"\"\"
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"


async def start(update, context):
    await update.message.reply_text("Fàilte! Cuiridh mi fios nuair a thèid aiseag a chur dheth.")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("blind-km/python/decoy-telegram-placeholder", "aiseag-bot/telegram_bot_example.py", TELEGRAM, """\
\"\"\"Eisimpleir - cuir an tòcan agad fhèin bho @BotFather an àite TOKEN_HERE.\"\"\"
from telegram.ext import ApplicationBuilder

TOKEN = "123456789:TOKEN_HERE"

app = ApplicationBuilder().token(TOKEN).build()
app.run_polling()
""")

add("blind-km/rust/discord-webhook", "weather-watch/src/main.rs", DISCORD, """\
// Faire na sìde: rabhadh gu Discord nuair a tha gaoth os cionn 45 mph aig An t-Ob
use serde_json::json;

const WEBHOOK: &str = "@@s@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let gust = std::env::args().nth(1).unwrap_or_default();
    let client = reqwest::blocking::Client::new();
    client
        .post(WEBHOOK)
        .json(&json!({ "content": format!("Gaoth: {gust} mph - dh'fhaodadh an aiseag a bhith air a chur dheth") }))
        .send()?;
    Ok(())
}
""", discord_webhook())

add("blind-km/rust/decoy-env-webhook", "weather-watch/src/config.rs", DISCORD, """\
// Tha an webhook ann an WEATHER_WEBHOOK_URL (systemd drop-in)
pub fn webhook() -> String {
    std::env::var("WEATHER_WEBHOOK_URL")
        .expect("suidhich WEATHER_WEBHOOK_URL")
}

pub const THRESHOLD_MPH: u32 = 45;
""")

add("blind-km/powershell/azure-client-secret", "ops/scripts/Connect-TicketDesk.ps1", AZURE, """\
# Ceangal ri Azure airson TicketDesk (obair oidhche)
$TenantId = "@@t@@"
$AppId    = "@@a@@"
$Secret   = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$Cred     = New-Object System.Management.Automation.PSCredential($AppId, $Secret)
Connect-AzAccount -ServicePrincipal -Tenant $TenantId -Credential $Cred
Get-AzWebApp -ResourceGroupName rg-hebtickets | Select-Object Name, State
""", azure_secret(), t=uuid_s(), a=uuid_s())

add("blind-km/powershell/decoy-secret-management", "ops/scripts/Connect-TicketDesk.Vault.ps1", POWERSHELL, """\
# Tha an rùn ann an SecretManagement vault "HebOps"
$TenantId = $env:AZURE_TENANT_ID
$AppId    = $env:AZURE_CLIENT_ID
$Secret   = Get-Secret -Name TicketDeskSp -Vault HebOps
$Cred     = New-Object System.Management.Automation.PSCredential($AppId, $Secret)
Connect-AzAccount -ServicePrincipal -Tenant $TenantId -Credential $Cred
""")

# -- ansible, systemd, nginx --
add("blind-km/ansible/decoy-vault-encrypted", "ansible/group_vars/mill/vault.yml", ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-km/ansible/mysql-user-password", "ansible/roles/loom-orders/tasks/db.yml", ANSIBLE, """\
- name: Cruthaich stòr-dàta leabhar nan òrdughan
  community.mysql.mysql_db:
    name: loom_orders
    state: present

- name: Cleachdaiche an app
  community.mysql.mysql_user:
    name: loom
    password: "@@s@@"
    priv: "loom_orders.*:ALL"
    host: "%"
""", rand_pw(18))

add("blind-km/ansible/decoy-vault-reference", "ansible/group_vars/mill/vars.yml", ANSIBLE, """\
loom_orders_db_user: loom
loom_orders_db_password: "{{ vault_loom_orders_db_password }}"
shopify_admin_token: "{{ vault_shopify_admin_token }}"
backup_bucket: clo-mor-backups
looms:
  - beairt-1
  - beairt-2
""")

add("blind-km/systemd/environment-token", "ops/systemd/shop-sync.service", SYSTEMD, """\
[Unit]
Description=Sioncronachadh stoc a' bhùth-lìn
After=network-online.target

[Service]
User=shop
Environment=SHOPIFY_SHOP=scarista-weavers.myshopify.com
Environment=SHOPIFY_ADMIN_TOKEN=@@s@@
ExecStart=/opt/shop-sync/bin/python -m weaver_sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", shopify_token())

add("blind-km/systemd/decoy-environment-file", "ops/systemd/ferrybook.service", SYSTEMD, """\
[Unit]
Description=FerryBook API
After=network-online.target

[Service]
User=ferrybook
EnvironmentFile=/etc/ferrybook/env
LoadCredential=db-password:/etc/ferrybook/db-password
ExecStart=/usr/local/bin/ferrybook serve
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-km/htpasswd/decoy-hashed", "ops/nginx/.htpasswd", HTACCESS, """\
# luchd-obrach an oifis - hash apr1 a-mhàin
mairi:$apr1$@@a@@$@@b@@
calum:$apr1$@@c@@$@@d@@
domhnall:$apr1$@@e@@$@@f@@
ealasaid:{SHA}@@g@@
""", a=alnum(8), b=fakes.drawn(_seed(), 22, ALNUM + "./"), c=alnum(8), d=fakes.drawn(_seed(), 22, ALNUM + "./"),
    e=alnum(8), f=fakes.drawn(_seed(), 22, ALNUM + "./"), g=b64(hexs(20)))

_bp = words_pw()
_ba = b64("busbeag-tarbert:" + _bp)
add("blind-km/nginx/basic-auth-header", "ops/nginx/ferry-proxy.conf", NGINX, """\
# Proxy gu gateway nan tiogaidean (tha e ag iarraidh Basic auth)
server {
    listen 8443 ssl;
    server_name gateway-proxy.busbeag.internal;

    location /v2/ {
        proxy_pass https://api.bookingsgateway.example.com;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", _ba)

# -- more cloud and CI --
add("blind-km/github-actions/aws-secret-inline", ".github/workflows/backup-photos.yml", AWS_CLI, """\
name: backup-photos
on:
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - name: Dealbhan a' chlò gu S3
        run: aws s3 sync product-photos/ s3://clo-mor-photos/ --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-km/github-actions/decoy-oidc-role", ".github/workflows/backup-db.yml", GHA, """\
name: backup-db
on:
  schedule:
    - cron: "30 2 * * *"
permissions:
  id-token: write
  contents: read
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492765530:role/gha-mill-backup
          aws-region: eu-west-2
      - run: ./scripts/backup.sh
""")

add("blind-km/gitlab-ci/decoy-masked-variables", "ferrybook/.gitlab-ci.yml", GITLAB_CI, """\
# Tha DATABASE_URL agus VONAGE_API_SECRET nan "masked variables" ann an Settings > CI/CD
stages: [test, deploy]

test:
  image: golang:1.22
  services: [postgres:16]
  variables:
    POSTGRES_PASSWORD: postgres
    DATABASE_URL: postgres://postgres:postgres@postgres:5432/test?sslmode=disable
  script: go test ./...

deploy:
  stage: deploy
  script: ./deploy.sh "$DATABASE_URL"
  environment: production
""")

add("blind-km/circleci/datadog-key", ".circleci/config.yml", DATADOG, """\
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
    environment:
      DD_API_KEY: @@s@@
      DD_SITE: datadoghq.eu
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest -q
      - run: datadog-ci junit upload --service loom-orders reports/
workflows:
  main:
    jobs: [build]
""", datadog_key())

add("blind-km/jenkinsfile/decoy-credentials-binding", "ferrybook/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  environment {
    // Jenkins credentials store - chan eil an luach an seo
    REGISTRY_CREDS = credentials('gitlab-registry-deploy')
  }
  stages {
    stage('Build') {
      steps { sh 'docker build -t registry.gitlab.com/hebferry/ferrybook:$BUILD_NUMBER .' }
    }
    stage('Push') {
      steps { sh 'echo $REGISTRY_CREDS_PSW | docker login -u $REGISTRY_CREDS_USR --password-stdin registry.gitlab.com' }
    }
  }
}
""")

add("blind-km/jenkinsfile/docker-login-password", "tickets-web/Jenkinsfile", DOCKER_CONFIG, """\
pipeline {
  agent any
  stages {
    stage('Build') {
      steps { sh 'docker build -t registry.gitlab.com/hebferry/tickets-web:$BUILD_NUMBER .' }
    }
    stage('Push') {
      steps {
        // sealach - gluais gu credentials() (Seumas)
        sh 'docker login -u hebferry-ci -p @@s@@ registry.gitlab.com'
        sh 'docker push registry.gitlab.com/hebferry/tickets-web:$BUILD_NUMBER'
      }
    }
  }
}
""", rand_pw(20))

add("blind-km/terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", TERRAFORM, """\
# Dèan lethbhreac gu terraform.tfvars (tha e ann an .gitignore)
do_token      = "dop_v1_REPLACE_ME"
region        = "lon1"
shop_domain   = "shop.clomor.scot"
ssh_key_fingerprint = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"
""")

add("blind-km/terraform/tfvars-db-password", "infra/envs/prod/terraform.tfvars", TERRAFORM, """\
region           = "lon1"
shop_domain      = "shop.clomor.scot"
db_size          = "db-s-1vcpu-2gb"
db_admin_user    = "doadmin"
db_admin_password = "@@s@@"
droplet_count    = 2
""", rand_pw(24))

add("blind-km/terraform/decoy-random-password", "infra/modules/db/main.tf", TERRAFORM, """\
resource "random_password" "loom_db" {
  length  = 32
  special = true
}

resource "digitalocean_database_user" "loom" {
  cluster_id = digitalocean_database_cluster.mill.id
  name       = "loom"
}

output "loom_db_password" {
  value     = random_password.loom_db.result
  sensitive = true
}
""")

add("blind-km/k8s-secret/string-data-sendgrid", "k8s/shop/sendgrid-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: shop-mail
  namespace: buth
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@s@@"
  MAIL_FROM: "orders@clomor.scot"
""", sendgrid_key())

add("blind-km/k8s/decoy-external-secret", "k8s/shop/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-mail
  namespace: buth
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: shop-mail
  data:
    - secretKey: SENDGRID_API_KEY
      remoteRef:
        key: secret/shop/sendgrid
        property: api_key
""")

add("blind-km/k8s/deployment-env-literal", "k8s/ferrybook/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ferrybook
  namespace: aiseag
spec:
  replicas: 2
  selector:
    matchLabels: {app: ferrybook}
  template:
    metadata:
      labels: {app: ferrybook}
    spec:
      containers:
        - name: api
          image: registry.gitlab.com/hebferry/ferrybook:1.14.0
          env:
            - name: VONAGE_API_KEY
              value: "@@k@@"
            - name: VONAGE_API_SECRET
              value: "@@s@@"
""", vonage_secret(), k=hexs(8))

add("blind-km/k8s/decoy-secret-key-ref", "k8s/tickets/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tickets
  namespace: aiseag
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.gitlab.com/hebferry/tickets-web:2.8.1
          env:
            - name: MOLLIE_API_KEY
              valueFrom:
                secretKeyRef:
                  name: tickets-payments
                  key: mollie-api-key
""")

add("blind-km/k8s-secret/decoy-empty-data", "k8s/tickets/secret-template.yaml", K8S_SECRET, """\
# Teamplaid - lìonaidh an sgriobt seal.sh na luachan
apiVersion: v1
kind: Secret
metadata:
  name: tickets-payments
  namespace: aiseag
type: Opaque
data:
  mollie-api-key: ""
  paypal-client-secret: ""
""")

add("blind-km/sops/decoy-encrypted-yaml", "k8s/shop/secrets.enc.yaml", SOPS, """\
shopify_admin_token: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2025-11-28T10:14:03Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=b64(hexs(30)), i1=b64(hexs(24)), t1=b64(hexs(12)) , d2=b64(hexs(30)), i2=b64(hexs(24)), t2=b64(hexs(12)),
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=b64(hexs(48)))

add("blind-km/hcl/vault-token-comment", "ops/vault-agent/agent.hcl", VAULT, """\
# Vault agent air frithealaiche a' mhuilinn
vault {
  address = "https://vault.hebops.scot:8200"
}

auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault-agent/token"
    }
  }
}

# sealach gus an obraich approle - Calum
# VAULT_TOKEN=@@s@@
""", vault_token())

add("blind-km/env/decoy-vault-addr", "ops/vault-agent/vault.env", VAULT, """\
VAULT_ADDR=https://vault.hebops.scot:8200
VAULT_NAMESPACE=hebops
VAULT_ROLE_ID=@@r@@
# VAULT_SECRET_ID - bho wrapped token a-mhàin, chan ann an seo
VAULT_TOKEN=
""", r=uuid_s())

# -- more shop and booking code --
add("blind-km/python/django-secret-key", "clomor_site/settings/production.py", DJANGO, """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["clomor.scot", "www.clomor.scot"]
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "gd"
TIME_ZONE = "Europe/London"
""", fakes.django_secret_key(_seed()))

add("blind-km/python/decoy-django-env", "clomor_site/settings/base.py", DJANGO, """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
LANGUAGES = [("gd", "Gàidhlig"), ("en", "English")]
""")

add("blind-km/python/redis-url-password", "aiseag/cache.py", REDIS, """\
import redis

# Tasgadan airson àiteachan-suidhe a' bhus (10 mionaidean)
cache = redis.Redis.from_url("rediss://default:@@s@@@cache-aiseag.busbeag.internal:6380/0")


def hold_seat(run_id: str, seat: int, booking: str) -> bool:
    return bool(cache.set(f"seat:{run_id}:{seat}", booking, nx=True, ex=600))
""", fakes.redis_password(_seed()))

add("blind-km/python/anthropic-key", "aiseag/assist/gaelic_notices.py", ANTHROPIC, """\
\"\"\"Dreachd fiosan dà-chànanach (Gàidhlig/Beurla) nuair a thèid aiseag a chur dheth.\"\"\"
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")


def draft(route: str, reason: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                 messages=[{"role": "user", "content": f"Sgrìobh fios: {route} dheth, {reason}"}])
    return msg.content[0].text
""", anthropic_key())

add("blind-km/python/decoy-hash-constants", "weaver_sync/checksums.py", "https://docs.python.org/3/library/hashlib.html", """\
\"\"\"Suimean-dearbhaidh airson nam faidhlichean pàtrain (gus atharrachaidhean a lorg).\"\"\"
PATTERN_SHA256 = {
    "herringbone-2x2.wif": "@@a@@",
    "barleycorn.wif": "@@b@@",
    "houndstooth.wif": "@@c@@",
}
LAST_SYNC_COMMIT = "@@g@@"
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), g=hexs(40))

_sg = sendgrid_key()
add("blind-km/typescript/sendgrid-split", "tickets-web/server/mail.ts", SENDGRID, """\
import sgMail from '@sendgrid/mail';

// Dearbhadh tiogaid - post-d
sgMail.setApiKey(
  '@@a@@' +
  '@@b@@'
);

export function confirm(to: string, ref: string) {
  return sgMail.send({ to, from: 'tiogaidean@hebferry.scot', subject: `Tiogaid ${ref}`, text: 'Tapadh leibh!' });
}
""", _sg, a=_sg[:30], b=_sg[30:])

add("blind-km/typescript/decoy-masked-display", "tickets-web/admin/src/KeyDisplay.tsx", MOLLIE, """\
// Sealladh rianachd: seall dìreach an 4 caractaran mu dheireadh
export function maskKey(key: string): string {
  return key.slice(0, 5) + '•'.repeat(Math.max(0, key.length - 9)) + key.slice(-4);
}

export const EXAMPLE = maskKey('live_xxxxxxxxxxxxxxxxxxxxxxxxxx'); // "live_••••xxxx"
""")

add("blind-km/java/decoy-vault-template", "booking-service/src/main/java/scot/hebferry/config/SecretsConfig.java", VAULT, """\
package scot.hebferry.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SecretsConfig {
    // Spring Cloud Vault: secret/booking-service
    @Value("${sendgrid.api-key}")
    private String sendgridKey;

    @Value("${spring.datasource.password}")
    private String dbPassword;
}
""")

add("blind-km/java/jdbc-url-password", "booking-service/src/test/java/scot/hebferry/it/StagingSmokeIT.java", POSTGRES, """\
package scot.hebferry.it;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class StagingSmokeIT {
    // Deuchainn air staging - tha seo a' ceangal ris an fhìor stòr-dàta
    private static final String URL =
        "jdbc:postgresql://staging-db.hebferry.scot:5432/bookings?user=booking_app&password=@@s@@&ssl=true";

    @Test
    void connects() throws Exception {
        try (Connection c = DriverManager.getConnection(URL)) {
            c.createStatement().execute("select 1");
        }
    }
}
""", rand_pw(16))

add("blind-km/kotlin/decoy-build-config", "minibus-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    defaultConfig {
        applicationId = "scot.busbeag.app"
        // bho local.properties / CI - chan eil e sa repo
        buildConfigField("String", "SQUARE_APP_ID", "\\"${project.findProperty("squareAppId") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_API_KEY") ?: ""}\\"")
    }
}
""")

add("blind-km/gradle/signing-password", "minibus-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# iuchair soidhnidh an app (Play Store)
BUSBEAG_UPLOAD_STORE_FILE=../keys/upload.jks
BUSBEAG_UPLOAD_KEY_ALIAS=upload
BUSBEAG_UPLOAD_STORE_PASSWORD=@@s@@
""", words_pw())

add("blind-km/xml/decoy-google-services", "minibus-app/app/src/main/res/values/google_maps_api.xml", GOOGLE_MAPS, """\
<resources>
    <!-- Iuchair Maps: cuingichte ris an app (package + SHA-1), chan e rùn a th' ann -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">YOUR_KEY_HERE</string>
    <string name="app_name">Bus Beag</string>
    <string name="gd_welcome">Fàilte air a\\' Bhus Bheag</string>
</resources>
""")

add("blind-km/xml/soap-gateway-password", "TicketDesk/Gateway/gateway.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/wcf/", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Gateway.Url" value="https://soap.ferrygateway.example.com/booking.asmx" />
    <add key="Gateway.AgentCode" value="HEB014" />
    <add key="Gateway.Password" value="@@s@@" />
    <add key="Gateway.TimeoutSeconds" value="30" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-km/xml/decoy-maven-settings", "booking-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>${CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
""")

# -- configs in TOML / INI / YAML --
add("blind-km/toml/postmark-token", "loom-mailer/config.toml", POSTMARK, """\
# Post-d bho na beairtean: "tha an clò agad deiseil"
[mail]
provider = "postmark"
server_token = "@@s@@"
from = "beairtean@luskentyre-looms.scot"
message_stream = "outbound"

[looms]
count = 3
""", postmark_token())

add("blind-km/toml/decoy-cargo-checksums", "weather-watch/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """\
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "base64"
version = "0.21.7"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@a@@"

[[package]]
name = "reqwest"
version = "0.11.27"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@b@@"
""", a=sha256ish(), b=sha256ish())

add("blind-km/toml/decoy-empty-token", "weaver_sync/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """\
[project]
name = "weaver-sync"
version = "0.9.2"
description = "Leabhar òrdughan nam beairtean <-> Shopify"
requires-python = ">=3.11"
dependencies = ["requests>=2.31", "gspread>=6"]

[tool.weaver-sync]
# cuir SHOPIFY_ADMIN_TOKEN san àrainneachd
shopify_admin_token = ""
""")

add("blind-km/toml/streamlit-secrets", "loom-dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """\
# Clàr-taic nam beairtean - rùintean Streamlit
[connections.mill_db]
dialect = "mysql"
host = "db.clomor.internal"
port = 3306
database = "loom_orders"
username = "dashboard"
password = "@@s@@"
""", rand_pw(18))

add("blind-km/ini/odbc-password", "ops/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[TicketDesk]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:hebtickets.database.windows.net,1433
Database = tickets
UID = reporting
PWD = @@s@@
Encrypt = yes
""", words_pw())

add("blind-km/ini/decoy-odbc-template", "ops/odbc/odbc.ini.template", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[TicketDesk]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:hebtickets.database.windows.net,1433
Database = tickets
UID = reporting
PWD = {{ odbc_password }}
Encrypt = yes
""")

add("blind-km/ini/php-ini-smtp", "busbeag-site/php.ini.d/mail.ini", "https://www.php.net/manual/en/mail.configuration.php", """\
; msmtp airson post-d a' bhus bhig
sendmail_path = "/usr/bin/msmtp -t"
; /etc/msmtprc (air a sgrìobhadh an seo airson cuimhne)
; host smtp.sendgrid.net
; user apikey
; password @@s@@
""", sendgrid_key())

add("blind-km/yaml/decoy-analytics-id", "docs/mkdocs.yml", "https://www.mkdocs.org/user-guide/configuration/", """\
site_name: Leabhar-làimhe a' Mhuilinn
theme:
  name: material
  language: gd
extra:
  analytics:
    provider: google
    property: G-@@g@@
plugins:
  - search
""", g=ups(10))

add("blind-km/compose/redis-requirepass-command", "ferrybook/compose.prod.yml", REDIS, """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    volumes: [redisdata:/data]
  api:
    image: registry.gitlab.com/hebferry/ferrybook:1.14.0
    depends_on: [redis]
volumes:
  redisdata:
""", fakes.redis_password(_seed()))

add("blind-km/yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """\
openapi: 3.0.3
info:
  title: HebFerry Booking API
  version: 2.1.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Eisimpleir: Authorization: Bearer eyJhbGciOi...<truncated>"
security:
  - bearerAuth: []
paths: {}
""")

add("blind-km/toml/decoy-netlify-env-note", "shop-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # STRIPE_SECRET_KEY suidhichte ann an UI Netlify
""")

_st = "sntrys_" + b64(json.dumps({"iat": 1764000000.0, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "hebferry"})).rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/")
add("blind-km/ini/sentry-auth-token", "tickets-web/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """\
[defaults]
url = https://sentry.io/
org = hebferry
project = tickets-web

[auth]
token = @@s@@
""", _st)

add("blind-km/javascript/decoy-sentry-dsn", "tickets-web/src/sentry.js", "https://docs.sentry.io/platforms/javascript/", """\
import * as Sentry from '@sentry/browser';

// Tha an DSN poblach (tha e anns a' bhrabhsair co-dhiù)
Sentry.init({
  dsn: 'https://@@k@@@o4506123456789.ingest.de.sentry.io/4506987654321',
  tracesSampleRate: 0.1,
  environment: 'production',
});
""", k=hexs(32))

# -- notes and wiki pages with values in sentences --
add("blind-km/markdown/handover-note", "docs/handover/seumas-2025.md", MARKDOWN, """\
# Nota làimhe - Seumas (a' fàgail san Dùbhlachd)

- Tha am frithealaiche sa phreas air cùl beairt-3 (Raspberry Pi 5).
- Logadh a-steach gu panal DigitalOcean le cunntas a' mhuilinn; 2FA air fòn na h-oifis.
- Tòcan API DigitalOcean airson nan sgriobtan cùl-taic: @@s@@
- Na dìochuimhnich am pàipear dath airson Lus nan Gràn ath-òrdachadh.

Mòran taing, agus slàinte!
""", do_token())

add("blind-km/markdown/decoy-handover-clean", "docs/handover/ealasaid-2024.md", MARKDOWN, """\
# Nota làimhe - Ealasaid

- Tha a h-uile facal-faire a-nis ann am 1Password (vault "Muileann").
- Chaidh iuchair Stripe atharrachadh air 3 Samhain; tha an t-seann tè (`sk_live_...9fQ2`) marbh.
- Webhook Teams: faic Settings > Connectors, chan eil e sgrìobhte an seo.
- Fòn Harris Tweed Authority: 01851 702 269
""")

add("blind-km/markdown/readme-curl-example", "aiseag-bot/README.md", TELEGRAM, """\
# aiseag-bot

Bot a dh'innseas dhut a bheil an aiseag a' seòladh.

## Deuchainn

```bash
curl "https://api.telegram.org/bot@@s@@/getMe"
```

Ma gheibh thu `"ok":true` tha an tòcan ag obair.
""", fakes.telegram_token(_seed()))

add("blind-km/markdown/decoy-readme-placeholder", "weather-watch/README.md", DISCORD, """\
# weather-watch

Faire na sìde aig An t-Ob; a' cur rabhadh gu Discord.

```bash
export WEATHER_WEBHOOK_URL="https://discord.com/api/webhooks/<id>/<token>"
cargo run --release -- 52
```

Faic `docs/thresholds.md` airson nan crìochan.
""")

add("blind-km/wiki/decoy-table-of-vault-paths", "wiki/Secrets-map.md", VAULT, """\
## Mapa nan rùintean

| Seirbheis   | Slighe Vault                        | Sealbhadair |
|-------------|-------------------------------------|-------------|
| Stripe      | `secret/shop/stripe#secret_key`     | Màiri       |
| Shopify     | `secret/shop/shopify#admin_token`   | Màiri       |
| Twilio      | `secret/bus-beag/twilio#auth_token` | Calum       |
| Vonage      | `secret/ferrybook/vonage#api_secret`| Calum       |
| Postgres    | `database/creds/ferrybook-app`      | (dynamic)   |
""")

add("blind-km/wiki/wifi-and-router", "wiki/Oifis-Tairbeart.md", MARKDOWN, """\
## Oifis Tairbeart - IT

* Lìonra: `BusBeag-Oifis`
* Router admin: http://192.168.1.1  (cleachdaiche `admin`)
* Facal-faire an router: @@s@@
* Clò-bhualadair nan tiogaidean: 192.168.1.40

Ma thèid an loidhne sìos, cuir fòn gu BT Business (0800 800 154).
""", words_pw())

add("blind-km/text/sticky-note-smsgateway", "notes/sms-gateway-setup.txt", MESSAGEBIRD, """\
SMS gateway - stèidheachadh (Dàmhair)
cunntas: ops@busbeag.scot
iuchair live (bho dashboard > Developers > API access):
  @@s@@
iuchair test: sguabte às
originator: BusBeag (11 caractaran as motha)
""", messagebird_key())

add("blind-km/text/decoy-checklist", "notes/rotation-checklist.txt", VAULT, """\
Liosta-sgrùdaidh: atharrachadh iuchraichean (gach 90 latha)
[ ] Stripe: Dashboard > Developers > API keys > Roll key
[ ] Twilio: cruthaich auth token àrd-sgoile, ùraich Vault, cuir às an t-seann tè
[ ] Vonage: api_secret ùr (tha dà shlot)
[ ] Postgres: vault write -f database/rotate-root/ferrybook
[ ] Innis do Chalum nuair a bhios e deiseil
""")

add("blind-km/html/admin-page-hidden-field", "busbeag-site/admin/booking-export.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/hidden", """\
<!doctype html>
<html lang="gd">
<body>
<h1>Às-mhalairt àiteachan</h1>
<form method="post" action="https://api.bookingsgateway.example.com/v2/export">
  <input type="hidden" name="agent" value="busbeag-tarbert">
  <input type="hidden" name="api_key" value="@@s@@">
  <input type="date" name="from"> <input type="date" name="to">
  <button>Às-mhalairt</button>
</form>
</body>
</html>
""", alnum(32))

add("blind-km/html/decoy-csrf-token", "busbeag-site/templates/book.html", "https://docs.djangoproject.com/en/5.0/howto/csrf/", """\
<!doctype html>
<html lang="gd">
<body>
<form method="post" action="/glèidh">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <input type="hidden" name="run_id" value="TAR-LEV-0715">
  <label>Àireamh àiteachan <input type="number" name="seats" min="1" max="16"></label>
  <button>Glèidh</button>
</form>
</body>
</html>
""")

# -- more languages --
add("blind-km/go/slack-bot-token", "ferrybook/internal/alerts/slack.go", "https://api.slack.com/authentication/token-types#bot", """\
package alerts

import "github.com/slack-go/slack"

// Rabhaidhean do #aiseag-obair
var api = slack.New("@@s@@")

func Post(text string) error {
\t_, _, err := api.PostMessage("C0@@ch@@", slack.MsgOptionText(text, false))
\treturn err
}
""", slack_bot(), ch=ups(9))

add("blind-km/go/decoy-test-fixture", "ferrybook/internal/alerts/slack_test.go", "https://api.slack.com/authentication/token-types#bot", """\
package alerts

import "testing"

// Tòcan meallta airson deuchainn - chan eil e dligheach
const fakeToken = "xoxb-FAKE-TOKEN-FOR-TESTS"

func TestNew(t *testing.T) {
\tif fakeToken == "" {
\t\tt.Fatal("falamh")
\t}
}
""")

add("blind-km/ruby/mailgun-key", "busbeag-billing/app/mailers/receipt_sender.rb", MAILGUN, """\
require "mailgun-ruby"

# Cuidhteasan mìosail airson pasaichean a' bhus
class ReceiptSender
  CLIENT = Mailgun::Client.new("@@s@@", "api.eu.mailgun.net")

  def self.send_receipt(to, pdf)
    CLIENT.send_message("mg.busbeag.scot", from: "cuidhteas@busbeag.scot", to: to,
                        subject: "Cuidhteas", attachment: pdf)
  end
end
""", mailgun_key())


add("blind-km/csharp/decoy-user-secrets", "TicketDesk/Program.cs", DOTNET, """\
var builder = WebApplication.CreateBuilder(args);

// Leasachadh: dotnet user-secrets; Riochdachadh: Key Vault
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();
else
    builder.Configuration.AddAzureKeyVault(new Uri("https://kv-hebtickets.vault.azure.net/"), new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/", () => "TicketDesk - Fàilte");
app.Run();
""")

add("blind-km/csharp/twilio-init", "TicketDesk/Services/SmsService.cs", TWILIO, """\
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace TicketDesk.Services;

public class SmsService
{
    public SmsService()
    {
        // TODO: gluais gu Key Vault
        TwilioClient.Init("@@sid@@", "@@s@@");
    }

    public MessageResource Send(string to, string body) =>
        MessageResource.Create(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber("+447700900123"), body: body);
}
""", hexs(32), sid=twilio_sid())

add("blind-km/shell/curl-stripe", "scripts/refund.sh", STRIPE, """\
#!/usr/bin/env bash
# Ais-phàigheadh airson òrdugh (cleachd: ./refund.sh pi_xxx)
set -euo pipefail
curl https://api.stripe.com/v1/refunds \\
  -u @@s@@: \\
  -d payment_intent="$1" \\
  -d reason=requested_by_customer
""", stripe_key())

add("blind-km/shell/decoy-stripe-cli", "scripts/refund-safe.sh", STRIPE, """\
#!/usr/bin/env bash
# Cleachd Stripe CLI (stripe login) - chan eil iuchair san sgriobt
set -euo pipefail
: "${1:?cleachd: ./refund-safe.sh pi_xxx}"
stripe refunds create --payment-intent="$1" --reason=requested_by_customer --live
""")

add("blind-km/powershell/sql-password-splat", "ops/scripts/Backup-TicketDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Cùl-taic oidhche de stòr-dàta nan tiogaidean
$params = @{
    ServerInstance = 'hebtickets.database.windows.net'
    Database       = 'tickets'
    Username       = 'backup_op'
    Password       = '@@s@@'
    Query          = 'EXEC dbo.ExportDailySales'
}
Invoke-Sqlcmd @params | Export-Csv "D:\\exports\\reic-$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
""", rand_pw(18, "!$"))

add("blind-km/powershell/decoy-get-credential", "ops/scripts/Backup-TicketDb.Interactive.ps1", POWERSHELL, """\
# Iarraidh e am facal-faire gach turas
$cred = Get-Credential -UserName backup_op -Message "Facal-faire stòr-dàta nan tiogaidean"
Invoke-Sqlcmd -ServerInstance hebtickets.database.windows.net -Database tickets `
    -Credential $cred -Query 'EXEC dbo.ExportDailySales' |
    Export-Csv "D:\\exports\\reic.csv" -NoTypeInformation
""")

# -- registries, package and client configs --
_dp = rand_pw(22)
add("blind-km/k8s-secret/dockerconfigjson", "k8s/aiseag/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
# Cead tarraing ìomhaighean bho GitLab (aiseag)
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: aiseag
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", _dp, d=b64(json.dumps({"auths": {"registry.gitlab.com": {"username": "hebferry-deploy", "password": _dp,
                                                             "auth": b64("hebferry-deploy:" + _dp)}}})))

add("blind-km/shell/git-credentials-heredoc", "ops/provision/deploy-user.sh", "https://git-scm.com/docs/git-credential-store", """\
#!/bin/sh
# Cleachdaiche deploy air frithealaiche ùr a' mhuilinn
git config --global credential.helper store
cat > ~/.git-credentials <<'EOF'
https://weaver-bot:@@s@@@github.com
EOF
chmod 600 ~/.git-credentials
git clone https://github.com/hebridean-tweed/loom-orders.git /srv/loom-orders
""", fakes.github_fine_grained_token(_seed()))

add("blind-km/gitconfig/decoy-credential-helper", "ops/home/deploy/.gitconfig", "https://git-scm.com/docs/gitcredentials", """\
[user]
    name = Weaver Bot
    email = weaver-bot@clomor.scot
[credential]
    helper = cache --timeout=3600
[credential "https://github.com"]
    helper = !gh auth git-credential
[init]
    defaultBranch = main
""")

add("blind-km/pip-conf/index-password", "ops/home/deploy/.config/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
timeout = 60
# pacaidean prìobhaideach a' mhuilinn (Gemfury)
index-url = https://pypi.org/simple
extra-index-url = https://weaver-bot:@@s@@@pypi.fury.io/hebtweed/
""", alnum(20))

add("blind-km/composer/github-oauth", "busbeag-site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """\
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "_comment": "airson pacaid prìobhaideach hebferry/booking-client"
}
""", fakes.github_token(_seed()))

add("blind-km/gem-credentials/rubygems-key", "ops/home/deploy/.gem/credentials", "https://guides.rubygems.org/api-key-scopes/", """\
---
# foillseachadh gem gocardless-busbeag
# (gem push pkg/gocardless-busbeag-0.3.0.gem)
:rubygems_api_key: @@s@@
:github: Bearer ${GITHUB_TOKEN}
""", "rubygems_" + hexs(48))

add("blind-km/npmrc/literal-token", "tickets-web/.npmrc", NPMRC, """\
registry=https://registry.npmjs.org/
@hebferry:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", npm_token())

add("blind-km/json/decoy-package-lock-integrity", "shop-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "shop-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-@@a@@"
    }
  }
}
""", a=b64(hexs(48)) + "==")

# -- VPN, keys and certificates --
add("blind-km/wireguard/private-key", "ops/wireguard/wg-shed.conf", "https://www.wireguard.com/quickstart/", """\
# VPN eadar seada nam beairtean agus an oifis
[Interface]
Address = 10.44.0.3/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.clomor.scot:51820
AllowedIPs = 10.44.0.0/24
""", wg_key(), pub=wg_key())

add("blind-km/wireguard/decoy-peer-public", "ops/wireguard/peers.md", "https://www.wireguard.com/quickstart/", """\
# Co-aoisean WireGuard (iuchraichean poblach a-mhàin)

| Inneal        | IP          | PublicKey |
|---------------|-------------|-----------|
| oifis-tarbert | 10.44.0.1   | `@@a@@` |
| seada-beairt  | 10.44.0.3   | `@@b@@` |
| laptop-mairi  | 10.44.0.10  | `@@c@@` |
""", a=wg_key(), b=wg_key(), c=wg_key())

add("blind-km/pem/ec-private-key", "shop-web/certs/applepay-merchant.key", "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment", """\
@@s@@
""", pem("EC"))

add("blind-km/pem/decoy-certificate", "shop-web/certs/applepay-merchant.crt", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN CERTIFICATE-----
@@a@@
@@b@@
@@c@@
@@d@@
-----END CERTIFICATE-----
""", a=alnum(64), b=alnum(64), c=alnum(64), d=alnum(40) + "==")

_tk = pem("RSA")
add("blind-km/helm/tls-key-block", "charts/shop/values-prod.yaml", HELM, """\
ingress:
  enabled: true
  host: shop.clomor.scot
  tls:
    secretName: shop-tls
    # teisteanas bho Sectigo - feumaidh sinn an t-iuchair an seo
    crt: |
      -----BEGIN CERTIFICATE-----
      @@c@@
      -----END CERTIFICATE-----
    key: |
      @@k@@
""", _tk, c=alnum(64), k=_tk.replace("\n", "\n      "))

_pg = "lQVYBGV" + alnum(57) + "\n" + alnum(64) + "\n" + alnum(64) + "\n" + alnum(64) + "\n=" + alnum(4)
add("blind-km/pgp/private-key-block", "ops/keys/cul-taic-gpg.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """\
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: iuchair cùl-taic a' mhuilinn (duplicity)

@@s@@
-----END PGP PRIVATE KEY BLOCK-----
""", _pg)

add("blind-km/pgp/decoy-public-key-block", "ops/keys/cul-taic-gpg.pub.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: iuchair phoblach cùl-taic a' mhuilinn

mQINBGV@@a@@
@@b@@
@@c@@
=@@d@@
-----END PGP PUBLIC KEY BLOCK-----
""", a=alnum(57), b=alnum(64), c=alnum(64), d=alnum(4))

# -- mobile push, maps, search, photos --
add("blind-km/json/fcm-server-key", "minibus-app/functions/push-config.json", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
{
  "project": "bus-beag-na-hearadh",
  "topics": ["tarbert-leverburgh", "tarbert-stornoway"],
  "legacyServerKey": "@@s@@",
  "ttlSeconds": 3600
}
""", "AAAA" + alnum(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("blind-km/javascript/decoy-firebase-web-config", "minibus-app/web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """\
import { initializeApp } from 'firebase/app';

// Rèiteachadh poblach Firebase (tha e ceart gu leòr a bhith sa bhrabhsair)
export const app = initializeApp({
  apiKey: '@@k@@',
  authDomain: 'bus-beag-na-hearadh.firebaseapp.com',
  projectId: 'bus-beag-na-hearadh',
  messagingSenderId: '418273645091',
  appId: '1:418273645091:web:@@a@@',
});
""", k=google_key(), a=hexs(22))

add("blind-km/javascript/algolia-admin-key", "shop-api/scripts/reindex.js", "https://www.algolia.com/doc/guides/security/api-keys/", """\
// Ath-chlàr-amais nan toraidhean (clò, currain, adan) ann an Algolia
const algoliasearch = require('algoliasearch');
const client = algoliasearch('@@app@@', '@@s@@'); // admin key - na cuir gu brabhsair!
const index = client.initIndex('clomor_products');

module.exports = async function reindex(products) {
  await index.replaceAllObjects(products, { autoGenerateObjectIDIfNotExist: true });
};
""", hexs(32), app=ups(10))

add("blind-km/javascript/decoy-algolia-search-key", "shop-web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """\
import algoliasearch from 'algoliasearch/lite';

// Iuchair "search-only" - poblach a rèir dealbhadh Algolia
export const searchClient = algoliasearch('@@app@@', '@@k@@');
export const INDEX = 'clomor_products';
""", app=ups(10), k=hexs(32))

add("blind-km/env/cloudinary-url", "shop-api/.env.production", "https://cloudinary.com/documentation/node_integration#configuration", """\
NODE_ENV=production
PORT=8080
# dealbhan nan toraidhean
CLOUDINARY_URL=cloudinary://@@k@@:@@s@@@clomor
SHOP_BASE_URL=https://shop.clomor.scot
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), k=str(random.Random(_seed()).randint(10**14, 10**15)))

add("blind-km/env/decoy-test-env", "shop-api/.env.test", DOTENV, """\
# Luachan meallta airson nan deuchainnean (jest) - chan eil iad dligheach
NODE_ENV=test
STRIPE_SECRET_KEY=sk_test_FAKE_KEY_FOR_UNIT_TESTS
CLOUDINARY_URL=cloudinary://000000000000000:fake-secret@test
DATABASE_URL=postgres://test:test@localhost:5432/shop_test
""")

add("blind-km/env/huggingface-token", "aiseag/assist/.env", "https://huggingface.co/docs/hub/security-tokens", """\
# Modail eadar-theangachaidh Gàidhlig (prìobhaideach)
HF_MODEL=hebferry/gd-en-notices
HF_TOKEN=@@s@@
MAX_NEW_TOKENS=200
TEMPERATURE=0.2
""", fakes.fake("hf_", 34, _seed()))

add("blind-km/env/mongodb-uri", "loom-dashboard/.env", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
# Clàr-taic nam beairtean - dàta nan cunntairean
MONGODB_URI=mongodb+srv://looms:@@s@@@cluster0.x7k2p.mongodb.net/looms?retryWrites=true&w=majority
REFRESH_SECONDS=30
LOOMS=beairt-1,beairt-2,beairt-3
TZ=Europe/London
""", rand_pw(16))

add("blind-km/env/decoy-commented-keys", "loom-dashboard/.env.sample", DOTENV, """\
# MONGODB_URI=mongodb+srv://<user>:<password>@cluster0.example.mongodb.net/looms
MONGODB_URI=
REFRESH_SECONDS=30
LOOMS=beairt-1,beairt-2,beairt-3
# Faic docs/setup.md (Gàidhlig agus Beurla)
""")

# -- mill-side integrations: accounts, SFTP, stamping --
add("blind-km/python/xero-client-secret", "accounts/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """\
\"\"\"Cuir fàirdealan a' mhuilinn gu Xero (custom connection).\"\"\"
from xero_python.api_client import ApiClient, Configuration
from xero_python.api_client.oauth2 import OAuth2Token

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@s@@"

api_client = ApiClient(Configuration(oauth2_token=OAuth2Token(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)))
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=ups(32))

add("blind-km/python/sftp-password", "stamping/upload_pieces.py", "https://docs.paramiko.org/en/stable/api/client.html", """\
\"\"\"Cuir liosta nam pìosan gu Ùghdarras a' Chlò Hearaich airson an stampa Orb.\"\"\"
import paramiko

HOST = "sftp.stamping.example.org"


def upload(path: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(HOST, username="plocrapool", password="@@s@@")
    ssh.open_sftp().put(path, f"incoming/{path.rsplit('/', 1)[-1]}")
    ssh.close()
""", words_pw())

add("blind-km/python/decoy-keyring", "stamping/upload_pieces_keyring.py", "https://pypi.org/project/keyring/", """\
\"\"\"Mar upload_pieces.py, ach am facal-faire bhon keyring (Windows Credential Manager).\"\"\"
import keyring
import paramiko

password = keyring.get_password("stamping-sftp", "plocrapool")
ssh = paramiko.SSHClient()
ssh.load_system_host_keys()
ssh.connect("sftp.stamping.example.org", username="plocrapool", password=password)
""")

add("blind-km/crontab/curl-basic-auth", "ops/cron/mill-crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h  dom mon dow  command
# Stoc gu na bùithtean-reic (feed XML) gach uair
0 * * * * /opt/feeds/build.sh && curl -sS -u clomor:@@s@@ -T /opt/feeds/stock.xml https://feeds.retailer.example.com/upload/
# Cùl-taic
30 2 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1
""", words_pw())

add("blind-km/crontab/decoy-env-file-source", "ops/cron/ferry-crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
SHELL=/bin/bash
# Clàr-ama an aiseig a luchdachadh gach madainn
15 5 * * * . /etc/ferrybook/env && /usr/local/bin/ferrybook import-timetable
# Glanadh
0 3 * * 0 find /var/lib/ferrybook/tmp -mtime +7 -delete
""")

add("blind-km/msmtprc/smtp-password", "ops/home/mill/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """\
defaults
auth on
tls on
logfile ~/.msmtp.log

account muileann
host smtp.fastmail.com
port 587
from orders@clomor.scot
user orders@clomor.scot
password @@s@@

account default : muileann
""", alnum(16))

add("blind-km/msmtprc/decoy-passwordeval", "ops/home/office/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """\
defaults
auth on
tls on

account oifis
host smtp.fastmail.com
port 587
from oifis@busbeag.scot
user oifis@busbeag.scot
passwordeval "pass show email/oifis"

account default : oifis
""")

# -- ticketing: queue, card readers, SMS providers --
add("blind-km/python/amqp-url", "aiseag/queue.py", "https://www.rabbitmq.com/docs/uri-spec", """\
import pika

# Ciudha nan àiteachan (bus -> aiseag)
PARAMS = pika.URLParameters("amqps://aiseag:@@s@@@mq.busbeag.internal:5671/%2F")
conn = pika.BlockingConnection(PARAMS)
channel = conn.channel()
channel.queue_declare(queue="seat-holds", durable=True)
""", rand_pw(20))

add("blind-km/json/rabbitmq-definitions", "ops/rabbitmq/definitions.json", "https://www.rabbitmq.com/docs/definitions", """\
{
  "users": [
    {"name": "aiseag", "password": "@@s@@", "tags": ""},
    {"name": "admin", "password_hash": "@@h@@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "administrator"}
  ],
  "vhosts": [{"name": "/"}],
  "queues": [{"name": "seat-holds", "vhost": "/", "durable": true}]
}
""", words_pw(), h=b64(hexs(36)))

add("blind-km/json/decoy-rabbitmq-hashes", "ops/rabbitmq/definitions.export.json", "https://www.rabbitmq.com/docs/definitions", """\
{
  "users": [
    {"name": "aiseag", "password_hash": "@@a@@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ""},
    {"name": "admin", "password_hash": "@@b@@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "administrator"}
  ],
  "vhosts": [{"name": "/"}]
}
""", a=b64(hexs(36)), b=b64(hexs(36)))

add("blind-km/kotlin/sumup-api-key", "minibus-app/app/src/main/java/scot/busbeag/pay/SumUpReader.kt", "https://developer.sumup.com/online-payments/introduction/authorization/", """\
package scot.busbeag.pay

// Leughadair chairtean air a' bhus (SumUp Air)
object SumUpReader {
    private const val API_KEY = "@@s@@"
    const val MERCHANT_CODE = "M@@m@@"

    fun authHeader() = "Bearer $API_KEY"
}
""", "sup_sk_" + alnum(32), m=ups(7))

add("blind-km/python/esendex-password", "aiseag/notify/esendex.py", "https://developers.esendex.com/api-reference", """\
import requests

ACCOUNT = "EX0@@acct@@"
USER = "ops@busbeag.scot"
PASSWORD = "@@s@@"


def send(to: str, body: str):
    xml = f"<messages><accountreference>{ACCOUNT}</accountreference><message><to>{to}</to><body>{body}</body></message></messages>"
    return requests.post("https://api.esendex.com/v1.0/messagedispatcher", data=xml, auth=(USER, PASSWORD), timeout=10)
""", words_pw(), acct=str(random.Random(_seed()).randint(100000, 999999)))

add("blind-km/python/smtp-login-call", "looms/notify_customer.py", SMTP, """\
import smtplib
from email.message import EmailMessage


def clo_deiseil(to: str, order_id: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Tha an clò agad deiseil ({order_id})"
    msg["From"] = "beairtean@luskentyre-looms.scot"
    msg["To"] = to
    msg.set_content("Tha an clò air a fhighe agus air a stampadh. Mòran taing!")
    with smtplib.SMTP("smtp.gmail.com", 587) as s:
        s.starttls()
        s.login("beairtean@luskentyre-looms.scot", "@@s@@")
        s.send_message(msg)
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("blind-km/python/json-in-string", "aiseag/payments/config_loader.py", "https://docs.python.org/3/library/json.html", """\
import json

# Sealach: an rèiteachadh bhon t-seann PHP (bha e ann an colbh JSON)
RAW = '{"gateway": "gocardless", "environment": "live", "access_token": "@@s@@", "webhook_endpoint": "/gc/hooks"}'
CONFIG = json.loads(RAW)
""", gocardless_token())

add("blind-km/python/decoy-json-schema", "aiseag/payments/config_schema.py", "https://json-schema.org/understanding-json-schema/", """\
CONFIG_SCHEMA = {
    "type": "object",
    "required": ["gateway", "environment", "access_token"],
    "properties": {
        "gateway": {"enum": ["gocardless", "stripe"]},
        "environment": {"enum": ["live", "sandbox"]},
        "access_token": {"type": "string", "minLength": 20, "description": "bho Vault; na sgrìobh an seo"},
    },
}
""")

_gt = alnum(48)
add("blind-km/go/split-token-concat", "ferrybook/internal/gateway/client.go", "https://go.dev/ref/spec#String_literals", """\
package gateway

import "net/http"

// Gateway nan tiogaidean - tòcan àidseant (HEB014)
const agentToken = "@@a@@" +
\t"@@b@@"

func Authorize(req *http.Request) {
\treq.Header.Set("X-Agent-Token", agentToken)
}
""", _gt, a=_gt[:24], b=_gt[24:])

# -- last round: command lines, pipelines, more languages --
add("blind-km/shell/kubectl-from-literal", "ops/runbooks/rotate-mollie.sh", K8S_SECRET, """\
#!/usr/bin/env bash
# Atharraich iuchair Mollie (ruith bho laptop Chaluim)
set -euo pipefail
kubectl -n aiseag create secret generic tickets-payments \\
  --from-literal=mollie-api-key=@@s@@ \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n aiseag rollout restart deploy/tickets
""", mollie_key())

add("blind-km/shell/helm-set-password", "ops/runbooks/install-tickets.sh", HELM, """\
#!/usr/bin/env bash
set -euo pipefail
# A' chiad stàladh air cluster ùr (Dùbhlachd)
helm upgrade --install tickets charts/tickets \\
  --namespace aiseag --create-namespace \\
  -f charts/tickets/values.yaml \\
  --set redis.auth.password=@@s@@ \\
  --wait
""", fakes.redis_password(_seed()))

add("blind-km/azure-pipelines/devops-pat", "TicketDesk/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", """\
trigger:
  - main
pool:
  vmImage: windows-latest
variables:
  buildConfiguration: Release
steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: |
      dotnet nuget add source https://pkgs.dev.azure.com/hebferry/_packaging/tickets/nuget/v3/index.json -n hebferry -u ci -p @@s@@ --store-password-in-clear-text
    displayName: Stòr NuGet prìobhaideach
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + "0123456789"))

add("blind-km/bitbucket-pipelines/decoy-secured-variable", "loom-dashboard/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """\
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Cuir suas
          deployment: production
          script:
            - pip install -r requirements.txt
            - pytest -q
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_USER: deploy
                SERVER: dash.clomor.scot
                COMMAND: /srv/dash/deploy.sh
                SSH_KEY: $DEPLOY_SSH_KEY
""")

add("blind-km/ansible/inventory-become-password", "ansible/inventory/looms.ini", ANSIBLE, """\
[looms]
loom-pi-1.local
loom-pi-2.local
loom-pi-3.local

[looms:vars]
ansible_user=weaver
ansible_become_password=@@s@@
""", passphrase())

add("blind-km/properties/kafka-jaas", "booking-service/src/main/resources/kafka-client.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """\
bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@u@@" password="@@s@@";
# cuspair: tachartasan àite-suidhe
client.id=booking-service
""", fakes.drawn(_seed(), 64, ALNUM + "+/"), u=ups(16))

add("blind-km/terraform/cloudflare-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
# DNS airson clomor.scot agus busbeag.scot
provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  value   = "203.0.113.10"
  type    = "A"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-km/python/slack-webhook-requests", "looms/shed_alert.py", SLACK, """\
\"\"\"Rabhadh nuair a stadas beairt (cunntair gun atharrachadh 20 mionaid).\"\"\"
import requests

HOOK = "@@s@@"


def stad(loom: str, minutes: int) -> None:
    requests.post(HOOK, json={"text": f":warning: {loom} - stad o chionn {minutes} mionaid"}, timeout=5)
""", slack_webhook())

add("blind-km/powershell/teams-webhook", "ops/scripts/Send-FerryStatus.ps1", TEAMS, """\
# Cuir inbhe an aiseig gu Teams gach madainn
param([string]$Status = "A' seòladh mar as àbhaist")
$Hook = '@@s@@'
$Body = @{ text = "Aiseag Uig-Tairbeart: $Status" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $Hook -Body $Body -ContentType 'application/json'
""", teams_webhook())

add("blind-km/xml/webconfig-connection-string", "TicketDesk.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <!-- seann shiostam nan tiogaidean (gus an tig TicketDesk) -->
    <add name="Tickets" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql01.hebferry.local;Initial Catalog=Tickets;User Id=tickets_web;Password=@@s@@;" />
  </connectionStrings>
  <system.web><compilation targetFramework="4.8" /></system.web>
</configuration>
""", words_pw())

add("blind-km/dockerfile/env-datadog", "loom-dashboard/Dockerfile", DATADOG, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt ddtrace
ENV DD_SERVICE=loom-dashboard \\
    DD_ENV=prod \\
    DD_API_KEY=@@s@@
COPY . .
CMD ["ddtrace-run", "streamlit", "run", "app.py"]
""", datadog_key())

add("blind-km/php/mailchimp-config", "wp-content/plugins/clo-newsletter/config.php", MAILCHIMP, """\
<?php
// Litir-naidheachd: luchd-ceannach ùra a chur ri liosta Mailchimp
return [
    'api_key'   => '@@s@@',
    'server'    => 'us21',
    'list_id'   => 'a1b2c3d4e5',
    'double_optin' => true,
];
""", mailchimp_key())

add("blind-km/php/stripe-set-api-key", "wp-content/plugins/clo-checkout/checkout.php", STRIPE, """\
<?php
require_once __DIR__ . '/vendor/autoload.php';

// Pàigheadh airson òrdughan mòra (clò gu tàillearan)
\\Stripe\\Stripe::setApiKey('@@s@@');

$intent = \\Stripe\\PaymentIntent::create([
    'amount' => $total_pence,
    'currency' => 'gbp',
    'metadata' => ['order' => $order_id],
]);
""", stripe_key())

add("blind-km/ruby/shopify-session", "scripts/stock_report.rb", SHOPIFY, """\
require "shopify_api"

# Aithisg stoc seachdaineil (clò air an ròl)
ShopifyAPI::Context.setup(api_key: "@@k@@", api_secret_key: "", host: "https://clomor.scot",
                          scope: "read_products", is_embedded: false, api_version: "2024-01", is_private: true)
session = ShopifyAPI::Auth::Session.new(shop: "scarista-weavers.myshopify.com", access_token: "@@s@@")
products = ShopifyAPI::Product.all(session: session, limit: 250)
products.each { |p| puts "#{p.title}: #{p.variants.sum(&:inventory_quantity)} m" }
""", shopify_token(), k=hexs(32))

add("blind-km/swift/sendgrid-header", "BusBeagApp/BusBeagApp/Support/FeedbackMailer.swift", SENDGRID, """\
import Foundation

// Beachdan bho luchd-siubhail gu oifis a' bhus
enum FeedbackMailer {
    static func request(json: Data) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        r.httpMethod = "POST"
        r.addValue("Bearer @@s@@", forHTTPHeaderField: "Authorization")
        r.addValue("application/json", forHTTPHeaderField: "Content-Type")
        r.httpBody = json
        return r
    }
}
""", sendgrid_key())

add("blind-km/notebook/aws-keys", "analysis/ferry-demand-2025.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Iarrtas aiseig 2025 (bho logaichean S3)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import boto3\\n", "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\\n",
              "                  aws_secret_access_key='@@s@@')"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["objs = s3.list_objects_v2(Bucket='hebferry-logs', Prefix='bookings/2025/')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-km/log/exception-connection-string", "logs/ticketdesk-error-2025-11-30.log", LOG, """\
2025-11-30 22:14:09.113 ERROR TicketDesk.Data.TicketContext: connection failed
System.Data.SqlClient.SqlException (0x80131904): Login timeout expired
   ConnectionString: Server=tcp:hebtickets.database.windows.net,1433;Database=tickets;User ID=ticketdesk;Password=@@s@@;Encrypt=True;
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(...)
   at TicketDesk.Data.TicketContext.OpenAsync()
2025-11-30 22:14:12.480 INFO  retry 1/3 succeeded
""", rand_pw(18, "!#"))

add("blind-km/rst/table-with-password", "docs/ops/ferry-gateway.rst", RST, """\
Gateway nan aiseagan
====================

.. list-table::
   :header-rows: 1

   * - Àrainneachd
     - URL
     - Àidseant
     - Facal-faire
   * - Beò
     - https://soap.ferrygateway.example.com/booking.asmx
     - HEB014
     - ``@@s@@``
""", words_pw())

add("blind-km/toml/openai-in-config", "weather-watch/notices.toml", OPENAI, """\
# Fiosan dà-chànanach bhon t-sìde
[openai]
model = "gpt-4o-mini"
api_key = "@@s@@"

[thresholds]
gust_mph = 45
""", fakes.openai_key(_seed()))

add("blind-km/env/multiline-private-key", "minibus-app/fastlane/.env.default", "https://docs.fastlane.tools/app-store-connect-api/", """\
# App Store Connect API (foillseachadh TestFlight)
ASC_KEY_ID=@@kid@@
ASC_ISSUER_ID=@@iss@@
ASC_KEY_CONTENT="@@s@@"
FASTLANE_HIDE_TIMESTAMP=true
""", pem(""), kid=ups(10), iss=uuid_s())

add("blind-km/markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Atharraichean

## [2.8.1] - 2025-11-28
### Security
- Chaidh iuchair Mollie agus tòcan Slack atharrachadh às dèidh do `.env` nochdadh ann an log CI.
- Sguabadh às: iuchraichean à `docs/` (faic commit 4f1c2ab).

## [2.8.0] - 2025-11-10
- Àiteachan-suidhe a' bhus air an glèidheadh còmhla ris an aiseag.
""")

add("blind-km/markdown/decoy-password-policy", "docs/policies/facail-fhaire.md", MARKDOWN, """\
# Poileasaidh fhaclan-faire

- Co-dhiù 14 caractaran; abairt-fhaire nas fheàrr (m.e. `ceithir-faclan-air-thuaiream`).
- Na cleachd an aon fhacal-faire airson Shopify agus post-d.
- Eisimpleir ainmeil bho XKCD: `correct horse battery staple` - na cleachd e!
- Stòr: 1Password a-mhàin.
""")

# ---- more ----
