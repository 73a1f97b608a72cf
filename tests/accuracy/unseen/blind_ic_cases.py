"""Blind set IC: scaffolding firms (Skele Jadran d.o.o. of Split and its peers), a third in Croatian.

Yard and site apps, equipment tracking (RFID gates, telematics), quoting and ERP syncs, fiscalisation
and e-invoicing, payment gateways, SMS and mail vendors, CI, containers, infrastructure, runbooks,
exports and logs of the firms' IT, with their decoys. Generated fakes only (seeds 3340000-3349999).
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
SEED_LO, SEED_HI = 3340000, 3349999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Skela", "Jadran", "Bura", "Marjan", "Kastela", "Mosor", "Cetina", "Brac", "Hvar", "Lavanda",
         "Dalmacija", "Neretva", "Biokovo", "Maestral", "Galeb", "Borovina", "Kamen", "Solin"]
LOWER = ["podest", "cijev", "spojka", "ograda", "stup", "oslonac", "daska", "kuka", "konzola", "ljestve",
         "sidro", "kotac", "greda", "platforma", "zastita", "mreza"]


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


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


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def infobip_key() -> str:
    return hexs(32) + "-" + uuid_s()


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hetzner_token() -> str:
    return alnum(64)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "+/") + "=="


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoic2tlbGVqYWRyYW4iLCJhIjoi" + alnum(22) + "In0." + alnum(22)


def mapbox_public() -> str:
    return "pk.eyJ1Ijoic2tlbGVqYWRyYW4iLCJhIjoi" + alnum(22) + "In0." + alnum(22)


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def sentry_token() -> str:
    return "sntrys_" + alnum(60)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def datadog_key() -> str:
    return hexs(32)


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


def oib() -> str:
    r = _rng()
    return "".join(r.choice("0123456789") for _ in range(11))


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
    if category.count("/") == 0:  # the kind of a planted secret, listed by file below
        category = f"{category}/{KINDS[file_name]}"
    CASES.append(LabelledCase(f"blind-ic/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

KINDS = {
    "skladiste-app/.env": "postgres-password",
    "yard/settings/production.py": "django-secret-key",
    "fiskalizacija/sms_obavijesti.py": "infobip-api-key",
    "config/telematics.yml": "samsara-api-token",
    "quote-tool/appsettings.Production.json": "mssql-password",
    "ops/backup/rclone.conf.toml": "aws-secret-key",
    "deploy/odbc.ini": "mssql-password",
    "cmd/rfidgate/main.go": "mqtt-password",
    "src/main/java/hr/skelejadran/najam/PaymentConfig.java": "stripe-secret-key",
    "app/src/main/java/hr/skelejadran/inspekcija/ApiClient.kt": "internal-api-token",
    "Skele.Dispatch/Services/SmsSender.cs": "twilio-auth-token",
    "web/config/mail.php": "smtp-password",
    "config/initializers/mailgun.rb": "mailgun-api-key",
    "tally/src/config.rs": "redis-password",
    "SiteCheck/Sources/Backend.swift": "oauth-client-secret",
    "portal/src/server/hubspot.ts": "hubspot-private-app-token",
    "scripts/backup_pantheon.sh": "mssql-password",
    "IT/Map-YardDrives.ps1": "windows-service-password",
    "services/pdf-render/Dockerfile": "aws-secret-key",
    "docker-compose.yml": "postgres-password",
    "k8s/yard/minimax-secret.yaml": "minimax-client-secret",
    "infra/hetzner/main.tf": "hetzner-api-token",
    "ansible/group_vars/yard_pcs.yml": "windows-admin-password",
    ".github/workflows/deploy-portal.yml": "digitalocean-token",
    "analytics/iskoristenost_opreme.ipynb": "mysql-password",
    "docs/handover/it-predaja.md": "nas-admin-password",
    "db/migrations/0042_integration_users.sql": "postgres-password",
    "erp-bridge/src/main/resources/applicationContext.xml": "mssql-password",
    "hire-core/src/main/resources/application-prod.properties": "postgres-password",
    "exports/uredjaji_pristup.csv": "device-password",
    "logs/sync-minimax-2024-10-14.log": "minimax-client-secret",
    "tools/telegram_dispatch_bot.py": "telegram-bot-token",
    "tools/inventory-cli/.pypirc": "pypi-token",
    "scripts/clone_all.sh": "github-token",
    "ci/.gitlab-ci.yml": "gitlab-token",
    "portal/.env.production": "mapbox-secret-token",
    "portal/src/lib/ai/summarise-inspection.ts": "openai-api-key",
    "reports/weekly_slack.py": "slack-webhook",
    "monitoring/datadog-agent.yaml": "datadog-api-key",
    "web/includes/monri_placanje.php": "monri-merchant-key",
    "src/main/java/hr/skelejadran/fisk/CertLoader.java": "certificate-password",
    "docs/runbooks/rfid-gate-reset.md": "device-password",
    "k8s/portal/smtp-secret.yaml": "smtp-password",
    "internal/geo/geocode.go": "google-api-key",
    "lib/tasks/sentry_release.rake": "sentry-auth-token",
    "fiskalizacija/eracun_client.py": "soap-password",
    "helm/yard-api/values-prod.yaml": "postgres-password",
    "mobile/inspekcija/google-services-admin.json": "private-key",
    "scripts/yard_router_backup.sh": "router-password",
    "infra/aws/ses.tf": "aws-secret-key",
    "Skele.Yard/appsettings.cs": "azure-storage-key",
    "config/database.yml": "postgres-password",
    "tools/load_calc_publish.py": "anthropic-api-key",
    "hire-desk/.env": "sendgrid-api-key",
    "services/label-printer/Dockerfile": "npm-token",
    "IT/New-SiteLaptop.ps1": "domain-join-password",
    "erp-bridge/conf/settings.xml": "nexus-password",
    "config/ldap.yml": "ldap-bind-password",
    "yard-scanner/src/main/kotlin/Db.kt": "mysql-password",
    "portal/src/server/corvus.ts": "corvuspay-secret-key",
    ".vscode/sftp.json": "sftp-password",
    "db/seed/reporting_link.sql": "mssql-password",
    ".github/workflows/publish-loadcalc.yml": "pypi-token",
    "logs/nginx/portal-error.log": "app-password",
    "README.md": "postgres-password",
    "yard-api/uwsgi.ini": "postgres-password",
    "gate-agent/src/main.rs": "basic-auth-password",
    "monitoring/docker-compose.yml": "grafana-admin-password",
    "web/wp-config.php": "mysql-password",
    "deploy/ssh/yard_deploy_key.sh": "ssh-private-key",
    "ansible/roles/vpn/vars/main.yml": "wireguard-private-key",
    "ansible/site_cameras.yml": "device-password",
    "integrations/pipedrive_sync.py": "pipedrive-api-token",
    "services/fleet/.env.local": "geotab-password",
    "internal/store/redis.go": "redis-password",
    "Skele.Dispatch/Program.cs": "smtp-password",
    "hire-core/src/main/java/de/altmark/miete/DatevClient.java": "oauth-client-secret",
    "scripts/seed-admin.ts": "admin-password",
    "docs/vendors/layher-portal.md": "vendor-portal-password",
    "k8s/fleet/geotab-secret.yaml": "geotab-password",
    "label-service/src/main/resources/ftp.properties": "ftp-password",
    "infra/azure/vars.auto.tfvars": "azure-client-secret",
    "tools/ftp_upload_drawings.py": "ftp-password",
    "YardScan/Sources/Config/Secrets.swift": "app-password",
    "logs/odoo-server.log": "odoo-admin-password",
    "odoo/odoo.conf": "postgres-password",
    "exports/wifi_lokacije.csv": "wifi-psk",
    "config/sentry_cli.yml": "sentry-auth-token",
    "analytics/fleet_km_by_site.ipynb": "geotab-password",
    ".github/workflows/nightly-export.yml": "postgres-password",
    "odoo/Dockerfile": "postgres-password",
    "web/api/vaga.php": "mysql-password",
    "scripts/xero_invoices.rb": "xero-client-secret",
    "yard-scanner/src/main/kotlin/Printer.kt": "device-password",
    "fiskalizacija/config_local.py": "certificate-password",
    "integrations/brevo_newsletter.py": "brevo-api-key",
    "portal/src/server/webhooks/stripe.ts": "stripe-webhook-secret",
    "scripts/curl_geotab_test.sh": "geotab-password",
    "config/slack_bot.yaml": "slack-bot-token",
    "tools/postman/yard-api.postman_environment.json": "app-password",
    "yard-sync/src/main/java/hr/skelejadran/sync/HttpAuth.java": "basic-auth-credential",
    "cmd/brevo-sms/main.go": "brevo-api-key",
    "deploy/prod.env": "mailchimp-api-key",
    "Skele.Reports/ReportDb.cs": "mssql-password",
    "docs/onboarding/novi-poslovoda.md": "default-password",
    "gate-agent/Config.toml": "mqtt-password",
    "db/fixups/2024-09-reset-dispatcher.sql": "mysql-password",
    "IT/Sync-PriceList.ps1": "shopify-access-token",
    "tools/aws_temp_creds.py": "aws-temporary-credentials",
    "k8s/yard/deployment.yaml": "postgres-password",
    "deploy/pgbouncer/pgbouncer.ini": "postgres-password",
    "yard-cli/src/github.rs": "github-fine-grained-token",
    "rfid/docker-compose.override.yml": "mqtt-password",
    "logs/fleet-service.log": "samsara-api-token",
    "label-service/src/main/resources/logback-spring.xml": "smtp-password",
    "infra/cloudflare/dns.tf": "cloudflare-api-token",
    "YardScan/Sources/Upload/PhotoUploader.swift": "aws-secret-key",
    "config/storage.yml": "s3-secret-key",
    "web/config/services.php": "postmark-server-token",
    "tools/cad-sync/Dockerfile": "smb-password",
    ".github/workflows/mobile-release.yml": "keystore-password",
    "app/build.gradle.kts": "keystore-password",
    "exports/api_kljucevi_partneri.csv": "internal-api-token",
    "yard/management/commands/import_layher_catalogue.py": "vendor-api-password",
}

add("env", "skladiste-app/.env", "https://github.com/theskumar/python-dotenv#file-format", """
# Skele Jadran - aplikacija za skladiste (Split, Dugopolje)
APP_ENV=production
APP_DEBUG=false
TZ=Europe/Zagreb
DATABASE_URL=postgresql://skladiste:@@secret@@@db.skele-jadran.hr:5432/skladiste
REDIS_URL=redis://redis.skele-jadran.internal:6379/2
RFID_GATE_HOST=10.20.4.11
DEFAULT_LOCALE=hr_HR
INVENTURA_CRON="0 5 * * 1"
""", words_pw())

add("python", "yard/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["yard.skele-jadran.hr", "skladiste.skele-jadran.hr"]
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "hr"
TIME_ZONE = "Europe/Zagreb"
USE_TZ = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "yard",
        "HOST": "db.skele-jadran.internal",
        "USER": "yard",
        "PASSWORD": os.environ["YARD_DB_PASSWORD"],
    }
}
CSRF_TRUSTED_ORIGINS = ["https://yard.skele-jadran.hr"]
""", fakes.django_secret_key(_seed()))

add("python", "fiskalizacija/sms_obavijesti.py", "https://www.infobip.com/docs/api/channels/sms/sms-messaging/outbound-sms/send-sms-message", """
\"\"\"Slanje SMS obavijesti poslovodama kad skela prođe pregled.\"\"\"
import requests

INFOBIP_BASE = "https://9rkd3x.api.infobip.com"
INFOBIP_KEY = "@@secret@@"


def posalji_sms(broj: str, tekst: str) -> dict:
    odgovor = requests.post(
        f"{INFOBIP_BASE}/sms/2/text/advanced",
        headers={"Authorization": f"App {INFOBIP_KEY}", "Accept": "application/json"},
        json={"messages": [{"destinations": [{"to": broj}], "from": "SkeleJadran", "text": tekst}]},
        timeout=10,
    )
    odgovor.raise_for_status()
    return odgovor.json()


if __name__ == "__main__":
    print(posalji_sms("385911234567", "Skela na gradilistu Znjan pregledana - OK"))
""", infobip_key())

add("yaml", "config/telematics.yml", "https://developer.samsara.com/docs/authentication", """
# Truck telematics - flatbeds and crane trucks hauling frames to sites
samsara:
  base_url: https://api.eu.samsara.com
  api_token: @@secret@@
  poll_interval_seconds: 120
  vehicles_tag: scaffold-fleet
geofences:
  - name: Dugopolje yard
    lat: 43.5872
    lon: 16.5953
    radius_m: 250
  - name: Zagreb depot
    lat: 45.7899
    lon: 15.9990
    radius_m: 180
alerts:
  after_hours_movement: true
  notify: dispatch@skele-jadran.hr
""", "samsara_api_" + alnum(30))

add("json", "quote-tool/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/standard/data/sqlite/connection-strings", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Quotes": "Server=tcp:sql-quotes.skele-jadran.hr,1433;Database=Ponude;User Id=ponude_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False"
  },
  "Pricing": {
    "RentalWeeksMin": 2,
    "DefaultCurrency": "EUR",
    "VatRate": 0.25
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("toml", "ops/backup/rclone.conf.toml", "https://rclone.org/s3/#configuration", """
# Nightly offsite copy of drawings and inspection photos
[offsite]
type = "s3"
provider = "AWS"
region = "eu-central-1"
bucket = "skele-jadran-arhiva"
access_key_id = "@@kid@@"
secret_access_key = "@@secret@@"

[schedule]
cron = "30 2 * * *"
keep_daily = 14
keep_monthly = 12
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini", "deploy/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[ODBC Data Sources]
Pantheon = FreeTDS driver for Pantheon ERP

[Pantheon]
Driver      = FreeTDS
Server      = 10.20.1.15
Port        = 1433
Database    = PA_SKELE
UID         = izvjestaji
PWD         = @@secret@@
TDS_Version = 7.4
ClientCharset = UTF-8
""", words_pw())

add("go", "cmd/rfidgate/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang", """
package main

import (
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// RFID gate at the Dugopolje yard publishes every tagged frame and coupler that leaves.
func main() {
	opts := mqtt.NewClientOptions().
		AddBroker("tls://mqtt.skele-jadran.hr:8883").
		SetClientID("rfid-gate-dugopolje-1").
		SetUsername("gate01").
		SetPassword("@@secret@@").
		SetKeepAlive(30 * time.Second)

	client := mqtt.NewClient(opts)
	if token := client.Connect(); token.Wait() && token.Error() != nil {
		log.Fatalf("connect: %v", token.Error())
	}
	defer client.Disconnect(250)

	for read := range readTags("/dev/ttyUSB0") {
		client.Publish("yard/dugopolje/out", 1, false, read.JSON())
	}
}
""", rand_pw(16))

add("java", "src/main/java/hr/skelejadran/najam/PaymentConfig.java", "https://docs.stripe.com/keys", """
package hr.skelejadran.najam;

import com.stripe.Stripe;
import org.springframework.context.annotation.Configuration;
import jakarta.annotation.PostConstruct;

@Configuration
public class PaymentConfig {

    // Online deposits for scaffold rental orders (najam skela)
    private static final String STRIPE_SECRET = "@@secret@@";

    @PostConstruct
    public void init() {
        Stripe.apiKey = STRIPE_SECRET;
        Stripe.setAppInfo("najam-skela", "2.4.1", "https://najam.skele-jadran.hr");
    }
}
""", stripe_key())

add("kotlin", "app/src/main/java/hr/skelejadran/inspekcija/ApiClient.kt", "https://square.github.io/okhttp/", """
package hr.skelejadran.inspekcija

import okhttp3.OkHttpClient
import okhttp3.Request

// Android app foremen use for weekly scaffold inspections (tjedni pregled skele)
object ApiClient {
    private const val BASE = "https://api.skele-jadran.hr/v2/"
    private const val API_TOKEN = "@@secret@@"

    val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val req: Request = chain.request().newBuilder()
                .header("X-Api-Token", API_TOKEN)
                .header("Accept-Language", "hr")
                .build()
            chain.proceed(req)
        }
        .build()
}
""", "sj_live_" + alnum(40))

add("csharp", "Skele.Dispatch/Services/SmsSender.cs", "https://www.twilio.com/docs/usage/api", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Skele.Dispatch.Services
{
    public class SmsSender
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public SmsSender()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public void NotifyCrew(string phone, string site)
        {
            MessageResource.Create(
                body: $"Erection crew: be at {site} 06:30, harnesses checked.",
                from: new Twilio.Types.PhoneNumber("+447700900123"),
                to: new Twilio.Types.PhoneNumber(phone));
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("php", "web/config/mail.php", "https://laravel.com/docs/11.x/mail#smtp-driver-configuration", """
<?php
// Skele Jadran web - upiti za najam i ponude
return [
    'default' => 'smtp',
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'mail.skele-jadran.hr',
            'port' => 587,
            'encryption' => 'tls',
            'username' => 'ponude@skele-jadran.hr',
            'password' => '@@secret@@',
            'timeout' => null,
        ],
    ],
    'from' => [
        'address' => 'ponude@skele-jadran.hr',
        'name' => 'Skele Jadran d.o.o.',
    ],
];
""", words_pw())

add("ruby", "config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby_sdk/", """
# Hire-desk mailers (Kestrel Scaffolding Ltd, Leeds)
Mailgun.configure do |config|
  config.api_key = '@@secret@@'
  config.api_host = 'api.eu.mailgun.net'
end

ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  domain: 'mg.kestrelscaffolding.co.uk'
}
""", mailgun_key())

add("rust", "tally/src/config.rs", "https://docs.rs/redis/latest/redis/", """
//! Tally counter for tubes, boards and fittings going through the yard scale.
use std::time::Duration;

pub struct Config {
    pub redis_url: &'static str,
    pub scale_port: &'static str,
    pub flush_every: Duration,
}

pub const CONFIG: Config = Config {
    redis_url: "redis://:@@secret@@@10.20.4.30:6379/0",
    scale_port: "/dev/ttyS1",
    flush_every: Duration::from_secs(15),
};
""", fakes.redis_password(_seed()))

add("swift", "SiteCheck/Sources/Backend.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
import Foundation

// iPad app for site inspectors (Cedar Access Scaffolding)
enum Backend {
    static let baseURL = URL(string: "https://api.cedaraccess.co.uk")!
    static let clientID = "sitecheck-ipad"
    static let clientSecret = "@@secret@@"
    static let scopes = ["inspections.write", "photos.upload"]
}
""", rand_pw(40))

add("typescript", "portal/src/server/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

// Leads from the "Zatražite ponudu" form on skele-jadran.hr
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function createLead(email: string, company: string, siteAddress: string) {
  return hubspot.crm.contacts.basicApi.create({
    properties: {
      email,
      company,
      site_address: siteAddress,
      lead_source: "web-ponuda",
    },
    associations: [],
  });
}
""", hubspot_token())

add("shell", "scripts/backup_pantheon.sh", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """
#!/usr/bin/env bash
# Nocna kopija ERP baze (Pantheon) na NAS u Dugopolju
set -euo pipefail
STAMP=$(date +%Y%m%d)
sqlcmd -S 10.20.1.15 -U backup_op -P '@@secret@@' \\
  -Q "BACKUP DATABASE [PA_SKELE] TO DISK = N'/var/opt/mssql/backup/PA_SKELE_${STAMP}.bak' WITH COMPRESSION"
rsync -a /srv/mssql/backup/ nas01:/volume1/backup/pantheon/
find /srv/mssql/backup -name '*.bak' -mtime +7 -delete
echo "gotovo ${STAMP}"
""", words_pw())

add("powershell", "IT/Map-YardDrives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Maps the drawings share on yard office PCs (Skele Jadran, Dugopolje)
$user = 'SKELE\\svc-crtezi'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name 'S' -PSProvider FileSystem -Root '\\\\fs01\\Crtezi' -Credential $cred -Persist
New-PSDrive -Name 'T' -PSProvider FileSystem -Root '\\\\fs01\\Ponude' -Credential $cred -Persist
Write-Host "Pogoni S: i T: spojeni"
""", words_pw())

add("dockerfile", "services/pdf-render/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends libpango-1.0-0 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV RENDER_LANG=hr \\
    S3_BUCKET=skele-jadran-ponude \\
    AWS_ACCESS_KEY_ID=@@kid@@ \\
    AWS_SECRET_ACCESS_KEY=@@secret@@
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "render:app"]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("compose", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: najam
      POSTGRES_USER: najam
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://najam@db:5432/najam
      TZ: Europe/Zagreb
    ports:
      - "8000:8000"
volumes:
  pgdata: {}
""", rand_pw(24))

add("k8s-secret", "k8s/yard/minimax-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: minimax-erp
  namespace: yard
  labels:
    app: invoice-sync
type: Opaque
data:
  MINIMAX_CLIENT_ID: @@cid@@
  MINIMAX_CLIENT_SECRET: @@enc@@
  MINIMAX_USERNAME: @@user@@
""", (_mm := rand_pw(32)), cid=b64("skelejadran-sync"), user=b64("racunovodstvo@skele-jadran.hr"), enc=b64(_mm))

add("terraform", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.45" }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "yard_api" {
  name        = "yard-api-1"
  image       = "debian-12"
  server_type = "cx32"
  location    = "fsn1"
  labels      = { firm = "skele-jadran", role = "api" }
}
""", hetzner_token())

add("ansible", "ansible/group_vars/yard_pcs.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/windows/win_user_module.html", """
---
# Uredska racunala na skladistu - lokalni admin i pisac za otpremnice
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: Administrator
ansible_password: "@@secret@@"
printer_name: "Otpremnice-Kyocera"
printer_ip: 10.20.4.50
timezone: "Central Europe Standard Time"
""", words_pw())

add("github-actions", ".github/workflows/deploy-portal.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """
name: deploy-portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Upload to DigitalOcean
        env:
          DIGITALOCEAN_ACCESS_TOKEN: @@secret@@
        run: |
          doctl apps create-deployment 7e1c5a2d-portal --wait
""", do_token())

add("notebook", "analytics/iskoristenost_opreme.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Iskoristenost opreme po gradilistu (Q3)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine(\\"mysql+pymysql://analitika:@@secret@@@10.20.1.22/najam\\")\\n",
    "df = pd.read_sql(\\"SELECT gradiliste, tip, tjedana FROM najam_stavke\\", eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(14))

add("markdown", "docs/handover/it-predaja.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Predaja IT-a (Marko -> Ivana), listopad

Sve sto trebas za prvi tjedan. Lozinke prebaci u Bitwarden pa obrisi ovu datoteku.

| Sustav | Korisnik | Lozinka | Napomena |
|---|---|---|---|
| Router Dugopolje (MikroTik) | admin | vidi Bitwarden | |
| NAS01 (Synology) | it-admin | @@secret@@ | backup crteza i Pantheona |
| Kamere skladiste | - | u sefu | |

## Ostalo
- Pantheon licenca istjece 31.12.
- Kyocera servis: Tomislav, 091 555 0123
""", words_pw())

add("sql", "db/migrations/0042_integration_users.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0042: integration logins for the RFID gate and the quote tool
BEGIN;
CREATE ROLE rfid_gate LOGIN PASSWORD '@@secret@@';
GRANT INSERT ON yard_movements TO rfid_gate;
CREATE ROLE quote_ro LOGIN;
GRANT SELECT ON price_list, components TO quote_ro;
COMMENT ON ROLE rfid_gate IS 'Dugopolje gate reader, see ops/rfid.md';
COMMIT;
""", rand_pw(20))

add("xml", "erp-bridge/src/main/resources/applicationContext.xml", "https://docs.spring.io/spring-framework/reference/data-access/jdbc/connections.html", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans https://www.springframework.org/schema/beans/spring-beans.xsd">
    <!-- Bridge between the hire system and the Pantheon ERP -->
    <bean id="erpDataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
        <property name="jdbcUrl" value="jdbc:sqlserver://10.20.1.15:1433;databaseName=PA_SKELE"/>
        <property name="username" value="erp_bridge"/>
        <property name="password" value="@@secret@@"/>
        <property name="maximumPoolSize" value="5"/>
    </bean>
</beans>
""", words_pw())

add("properties", "hire-core/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
# Hire core - Altmark Scaffold Hire GmbH
server.port=8081
spring.datasource.url=jdbc:postgresql://pg.altmark-geruest.de:5432/miete
spring.datasource.username=miete
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
management.endpoints.web.exposure.include=health,info
""", rand_pw(22))

add("csv", "exports/uredjaji_pristup.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
uredjaj,lokacija,ip,korisnik,lozinka,zadnja_promjena
Kamera skladiste 1,Dugopolje,10.20.4.61,admin,Bitwarden,2024-03-01
Kamera skladiste 2,Dugopolje,10.20.4.62,admin,Bitwarden,2024-03-01
RFID vrata,Dugopolje,10.20.4.11,gate,@@secret@@,2024-05-17
Vaga kamioni,Dugopolje,10.20.4.70,operater,Bitwarden,2023-11-20
Alarm centrala,Zagreb,10.30.1.5,instalater,Bitwarden,2022-09-12
""", rand_pw(12))

add("log", "logs/sync-minimax-2024-10-14.log", "https://docs.python.org/3/library/logging.html#logrecord-attributes", """
2024-10-14 05:00:01,112 INFO  sync Starting invoice sync for 2024-10-13
2024-10-14 05:00:01,118 DEBUG http POST https://moj.minimax.hr/HR/AUT/oauth20/token grant_type=password&client_id=skelejadran-sync&client_secret=@@secret@@&username=racunovodstvo@skele-jadran.hr&password=***&scope=minimax.si
2024-10-14 05:00:01,742 INFO  http 200 token issued, expires_in=3600
2024-10-14 05:00:02,010 INFO  sync 37 hire invoices to push (organisation 118843)
2024-10-14 05:00:09,455 WARNING sync invoice R-2024-1183: customer OIB missing, skipped
2024-10-14 05:00:11,902 INFO  sync done: 36 pushed, 1 skipped
""", rand_pw(32))

add("python", "tools/telegram_dispatch_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Bot za dispecere: poslovode javljaju dolazak kamiona na gradiliste.\"\"\"
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)


async def dolazak(update, context):
    gradiliste = " ".join(context.args) or "nepoznato"
    await update.message.reply_text(f"Zabiljezen dolazak na: {gradiliste}")


app = ApplicationBuilder().token("@@secret@@").build()
app.add_handler(CommandHandler("dolazak", dolazak))

if __name__ == "__main__":
    app.run_polling()
""", fakes.telegram_token(_seed()))

add("ini", "tools/inventory-cli/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("shell", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/sh
# Pulls all scaffold-design repos onto the CAD workstation
set -e
cd /srv/repos
for r in scaffold-calc load-tables yard-app quote-tool; do
  if [ -d "$r" ]; then
    git -C "$r" pull --ff-only
  else
    git clone "https://oauth2:@@secret@@@github.com/kestrel-scaffolding/$r.git"
  fi
done
""", fakes.github_token(_seed()))

add("yaml", "ci/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """
stages: [test, package]

variables:
  PIP_INDEX_URL: https://__token__:@@secret@@@gitlab.skele-jadran.hr/api/v4/projects/12/packages/pypi/simple
  LANG: hr_HR.UTF-8

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - python -m build
  only: [tags]
""", gitlab_token())

add("env", "portal/.env.production", "https://vitejs.dev/guide/env-and-mode", """
VITE_API_URL=https://api.skele-jadran.hr
VITE_DEFAULT_LANG=hr
VITE_MAPBOX_TOKEN=@@pub@@
MAPBOX_UPLOAD_TOKEN=@@secret@@
NODE_ENV=production
""", mapbox_secret(), pub=mapbox_public())

add("typescript", "portal/src/lib/ai/summarise-inspection.ts", "https://platform.openai.com/docs/api-reference/authentication", """
import OpenAI from "openai";

// Sazima biljeske inspektora u kratko izvjesce za investitora
const openai = new OpenAI({
  apiKey: "@@secret@@",
});

export async function summarise(notes: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Sazmi na hrvatskom, do 5 recenica, navedi nedostatke skele." },
      { role: "user", content: notes },
    ],
  });
  return res.choices[0].message.content ?? "";
}
""", openai_key())

add("python", "reports/weekly_slack.py", "https://api.slack.com/messaging/webhooks", """
\"\"\"Posts Monday's hire-out and return numbers to #yard-ops.\"\"\"
import datetime as dt

import requests

WEBHOOK = "@@secret@@"


def post(out_tonnes: float, back_tonnes: float, sites: int) -> None:
    week = dt.date.today().isocalendar().week
    text = (f":construction: Week {week}: {out_tonnes:.1f} t out, {back_tonnes:.1f} t back, "
            f"{sites} active sites")
    requests.post(WEBHOOK, json={"text": text}, timeout=5).raise_for_status()
""", slack_webhook())

add("yaml", "monitoring/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Datadog agent on yard-api-1 (Skele Jadran)
api_key: @@secret@@
site: datadoghq.eu
hostname: yard-api-1
tags:
  - firm:skele-jadran
  - env:prod
  - role:yard-api
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", datadog_key())

add("php", "web/includes/monri_placanje.php", "https://ipg.monri.com/en/documentation/form-v2", """
<?php
// Monri placanje kapare za najam skele
const MONRI_AUTHENTICITY_TOKEN = '6a13d79bde8da9320e88923cb3472fb638619ccb';
const MONRI_KEY = '@@secret@@';

function monri_digest(string $orderNumber, int $amount, string $currency): string {
    return hash('sha512', MONRI_KEY . $orderNumber . $amount . $currency);
}

function monri_form(array $narudzba): array {
    return [
        'authenticity_token' => MONRI_AUTHENTICITY_TOKEN,
        'order_number' => $narudzba['broj'],
        'amount' => $narudzba['iznos_centi'],
        'currency' => 'EUR',
        'digest' => monri_digest($narudzba['broj'], $narudzba['iznos_centi'], 'EUR'),
        'language' => 'hr',
    ];
}
""", "key-" + hexs(32))

add("java", "src/main/java/hr/skelejadran/fisk/CertLoader.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/KeyStore.html", """
package hr.skelejadran.fisk;

import java.io.FileInputStream;
import java.security.KeyStore;

/** Ucitava FINA aplikacijski certifikat za fiskalizaciju racuna. */
public final class CertLoader {
    private static final String P12_PATH = "/etc/skele/fina/fiskal_2024.p12";
    private static final char[] P12_PASS = "@@secret@@".toCharArray();

    public static KeyStore load() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(P12_PATH)) {
            ks.load(in, P12_PASS);
        }
        return ks;
    }
}
""", words_pw())

add("markdown", "docs/runbooks/rfid-gate-reset.md", "https://www.markdownguide.org/basic-syntax/", """
# RFID gate: reset after power cut

The Impinj reader at the Dugopolje gate sometimes comes back without its profile.

1. Plug a laptop into port 4 of the gate switch (VLAN 40).
2. Open https://10.20.4.11 and log in as `root` / `@@secret@@`.
3. Settings -> Reader profile -> load `skele-gate-v3.xml`.
4. Restart the `rfidgate` service on yard-api-1: `systemctl restart rfidgate`.
5. Walk a tagged coupler bag through; it must appear in Yard app -> Kretanja.

Escalate to Ante (ext. 214) if it still fails.
""", rand_pw(12))

add("k8s-secret", "k8s/portal/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: portal-smtp
  namespace: portal
type: kubernetes.io/basic-auth
stringData:
  username: AKIAQ2PORTALSMTP
  password: @@secret@@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-smtp-host
  namespace: portal
data:
  host: email-smtp.eu-central-1.amazonaws.com
  port: "587"
""", "B" + fakes.drawn(_seed(), 43, ALNUM + "/+"))

add("go", "internal/geo/geocode.go", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
package geo

import (
	"context"

	"googlemaps.github.io/maps"
)

// Server-side geocoding of site addresses for delivery routing (unrestricted server key).
const mapsServerKey = "@@secret@@"

func Geocode(ctx context.Context, address string) (*maps.LatLng, error) {
	c, err := maps.NewClient(maps.WithAPIKey(mapsServerKey))
	if err != nil {
		return nil, err
	}
	res, err := c.Geocode(ctx, &maps.GeocodingRequest{Address: address, Region: "hr"})
	if err != nil || len(res) == 0 {
		return nil, err
	}
	return &res[0].Geometry.Location, nil
}
""", google_api_key())

add("ruby", "lib/tasks/sentry_release.rake", "https://docs.sentry.io/api/auth/", """
namespace :release do
  desc "Tell Sentry about a new hire-desk release"
  task :sentry do
    require "net/http"
    uri = URI("https://sentry.io/api/0/organizations/kestrel-scaffolding/releases/")
    req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
    req["Authorization"] = "Bearer @@secret@@"
    req.body = { version: ENV.fetch("GIT_SHA"), projects: ["hire-desk"] }.to_json
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
    puts res.code
  end
end
""", sentry_token())

add("python", "fiskalizacija/eracun_client.py", "https://www.fina.hr/e-racun", """
\"\"\"Slanje e-racuna javnim narucateljima preko informacijskog posrednika.\"\"\"
from zeep import Client
from zeep.wsse.username import UsernameToken

WSDL = "https://servis.eposlovanje.hr/eRacun/v2/Service.svc?wsdl"

klijent = Client(WSDL, wsse=UsernameToken("skele_jadran_ws", "@@secret@@"))


def posalji(ubl_xml: bytes, oib_primatelja: str) -> str:
    odgovor = klijent.service.PosaljiDokument(
        Dokument=ubl_xml,
        OibPosiljatelja="61815672340",
        OibPrimatelja=oib_primatelja,
        VrstaDokumenta="UBL-Invoice-2.1",
    )
    return odgovor.IdentifikatorPoruke
""", words_pw())

add("yaml", "helm/yard-api/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: registry.skele-jadran.hr/yard-api
  tag: "3.8.2"
env:
  DJANGO_SETTINGS_MODULE: yard.settings.production
  YARD_DB_HOST: db.skele-jadran.internal
  YARD_DB_PASSWORD: "@@secret@@"
  SENTRY_ENVIRONMENT: production
ingress:
  enabled: true
  hosts:
    - host: yard.skele-jadran.hr
      paths: ["/"]
resources:
  limits: { cpu: 500m, memory: 512Mi }
""", rand_pw(26))

add("json", "mobile/inspekcija/google-services-admin.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "skele-inspekcija",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "push-sender@skele-inspekcija.iam.gserviceaccount.com",
  "client_id": "104882301755291047733",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_gk := pem("")).replace("\n", "\\n").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"), kid=hexs(40))

add("shell", "scripts/yard_router_backup.sh", "https://help.mikrotik.com/docs/display/ROS/SSH", """
#!/bin/bash
# Weekly export of the MikroTik config at each yard
ROUTERS="10.20.0.1 10.30.0.1 10.40.0.1"
for r in $ROUTERS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no backup@$r "/export terse" \\
    > "/srv/netbackup/mikrotik-${r}-$(date +%F).rsc"
done
find /srv/netbackup -name 'mikrotik-*' -mtime +60 -delete
""", words_pw())

add("terraform", "infra/aws/ses.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_ses_domain_identity" "firm" {
  domain = "cedaraccess.co.uk"
}

resource "aws_ses_domain_dkim" "firm" {
  domain = aws_ses_domain_identity.firm.domain
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("csharp", "Skele.Yard/appsettings.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
namespace Skele.Yard
{
    // Photos of damaged boards and tubes from returns, stored in blob storage
    public static class StorageSettings
    {
        public const string Container = "povrat-ostecenja";
        public const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=skelejadranfoto;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";
        public const int MaxPhotoKb = 4096;
    }
}
""", azure_storage_key())

add("ruby", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: hire_desk_dev

production:
  <<: *default
  host: db1.kestrelscaffolding.internal
  database: hire_desk
  username: hire_desk
  password: "@@secret@@"
""", words_pw())

add("python", "tools/load_calc_publish.py", "https://docs.anthropic.com/en/api/getting-started", """
\"\"\"Drafts the method statement text for a scaffold design from the load calc output.\"\"\"
import json
import sys

import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def draft(calc: dict) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1200,
        messages=[{"role": "user", "content": "Write a method statement for: " + json.dumps(calc)}],
    )
    return msg.content[0].text


if __name__ == "__main__":
    print(draft(json.load(open(sys.argv[1]))))
""", anthropic_key())

add("env", "hire-desk/.env", "https://github.com/bkeepers/dotenv", """
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=hire@kestrelscaffolding.co.uk
HIRE_MIN_WEEKS=2
""", sendgrid_key())

add("dockerfile", "services/label-printer/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM node:20-alpine
WORKDIR /srv
COPY package*.json ./
RUN npm config set //registry.npmjs.org/:_authToken=@@secret@@ && npm ci --omit=dev
COPY . .
ENV PRINTER_HOST=10.20.4.55 LABEL_SIZE=100x50
CMD ["node", "print-server.js"]
""", npm_token())

add("powershell", "IT/New-SiteLaptop.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/add-computer", """
# Priprema laptopa za poslovode gradilista
param([string]$Ime)

$domUser = 'SKELE\\join-svc'
$domPass = '@@secret@@'
$cred = New-Object PSCredential($domUser, (ConvertTo-SecureString $domPass -AsPlainText -Force))

Rename-Computer -NewName $Ime -Force
Add-Computer -DomainName 'skele.local' -OUPath 'OU=Gradilista,DC=skele,DC=local' -Credential $cred -Restart
""", words_pw())

add("xml", "erp-bridge/conf/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>skele-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>skele-nexus</id>
      <url>https://nexus.skele-jadran.hr/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("yaml", "config/ldap.yml", "https://docs.gitlab.com/ee/administration/auth/ldap/", """
# Login for the yard app against the office AD
ldap:
  host: dc01.skele.local
  port: 636
  encryption: simple_tls
  base: "OU=Korisnici,DC=skele,DC=local"
  bind_dn: "CN=svc-yardapp,OU=Servisni,DC=skele,DC=local"
  password: "@@secret@@"
  uid: sAMAccountName
  group_base: "OU=Grupe,DC=skele,DC=local"
  admin_group: "Skladiste-Voditelji"
""", words_pw())

add("kotlin", "yard-scanner/src/main/kotlin/Db.kt", "https://github.com/brettwooldridge/HikariCP#rocket-initialization", """
package hr.skelejadran.scanner

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

// Handheld scanner backend: counts returned frames, ledgers and base plates
fun dataSource(): HikariDataSource {
    val cfg = HikariConfig().apply {
        jdbcUrl = "jdbc:mariadb://10.20.1.22:3306/najam"
        username = "scanner"
        password = "@@secret@@"
        maximumPoolSize = 4
    }
    return HikariDataSource(cfg)
}
""", rand_pw(16))

add("typescript", "portal/src/server/corvus.ts", "https://cps.corvus.hr/public/documentation", """
import crypto from "node:crypto";

// CorvusPay - placanje karticom za online najam
const STORE_ID = "21457";
const SECRET_KEY = "@@secret@@";

export function signature(params: Record<string, string>): string {
  const keys = Object.keys(params).sort();
  const payload = keys.map((k) => k + params[k]).join("");
  return crypto.createHmac("sha256", SECRET_KEY).update(payload).digest("hex");
}

export function checkoutParams(orderNo: string, amount: string) {
  const p = { store_id: STORE_ID, order_number: orderNo, amount, currency: "EUR", language: "hr", version: "1.4" };
  return { ...p, signature: signature(p) };
}
""", rand_pw(24))

add("json", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Setting", """
{
  "name": "skele-jadran.hr (shared hosting)",
  "host": "ftp.skele-jadran.hr",
  "protocol": "sftp",
  "port": 22,
  "username": "skelejad",
  "password": "@@secret@@",
  "remotePath": "/home/skelejad/public_html",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", words_pw())

add("sql", "db/seed/reporting_link.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Linked server from the reporting box to the hire system (Kestrel)
EXEC sp_addlinkedserver @server = N'HIREDB', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'10.1.2.20';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'HIREDB', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'report_link', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM HIREDB.HireDesk.dbo.Contracts ORDER BY StartDate DESC;
""", words_pw())

add("github-actions", ".github/workflows/publish-loadcalc.yml", "https://docs.pypi.org/trusted-publishers/", """
name: publish scaffold-loadcalc
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("log", "logs/nginx/portal-error.log", "https://nginx.org/en/docs/ngx_core_module.html#error_log", """
2024/10/02 07:14:55 [error] 2211#2211: *8812 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 93.142.11.7, server: najam.skele-jadran.hr, request: "GET /api/ponude HTTP/1.1"
2024/10/02 07:15:02 [warn] 2211#2211: *8815 an upstream response is buffered to a temporary file
2024/10/02 07:16:40 [error] 2211#2211: *8830 connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://127.0.0.1:8000/api/login?user=dispecer&pass=@@secret@@", client: 93.142.11.7
2024/10/02 07:16:41 [error] 2211#2211: *8831 no live upstreams while connecting to upstream
2024/10/02 07:18:03 [notice] 2209#2209: signal process started
""", words_pw())

add("markdown", "README.md", "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes", """
# yard-app

Django app for the Dugopolje and Zagreb yards: hire-outs, returns, damage, RFID gate.

## Local setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export YARD_DB_PASSWORD=dev
./manage.py migrate
```

## Staging

Staging runs on yard-staging.skele-jadran.hr. To reach its DB from your laptop:

```bash
psql "postgresql://yard:@@secret@@@yard-staging.skele-jadran.hr:5432/yard?sslmode=require"
```

Ask Ivana for VPN access first.
""", rand_pw(18))

add("ini", "yard-api/uwsgi.ini", "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html", """
[uwsgi]
module = yard.wsgi:application
master = true
processes = 4
socket = /run/yard/uwsgi.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE=yard.settings.production
env = YARD_DB_PASSWORD=@@secret@@
env = LANG=hr_HR.UTF-8
""", words_pw())

add("rust", "gate-agent/src/main.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.basic_auth", """
use reqwest::blocking::Client;

// Pushes gate reads to the yard API when the MQTT broker is unreachable.
fn push(batch: &str) -> reqwest::Result<()> {
    Client::new()
        .post("https://yard.skele-jadran.hr/api/gate/batch")
        .basic_auth("gate-agent", Some("@@secret@@"))
        .header("Content-Type", "application/json")
        .body(batch.to_owned())
        .send()?
        .error_for_status()?;
    Ok(())
}

fn main() {
    let batch = std::fs::read_to_string("/var/spool/gate/pending.json").unwrap_or_default();
    if !batch.is_empty() {
        push(&batch).expect("push failed");
    }
}
""", rand_pw(20))

add("compose", "monitoring/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", """
services:
  grafana:
    image: grafana/grafana:11.1.0
    ports: ["3000:3000"]
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=@@secret@@
      - GF_SERVER_ROOT_URL=https://grafana.skele-jadran.hr
    volumes:
      - grafana:/var/lib/grafana
  prometheus:
    image: prom/prometheus:v2.53.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml
volumes:
  grafana: {}
""", words_pw())

add("php", "web/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** WordPress - stranica Skele Jadran (skele-jadran.hr) */
define( 'DB_NAME', 'skelejad_wp' );
define( 'DB_USER', 'skelejad_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'hr' );
$table_prefix = 'sj_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%"))

add("shell", "deploy/ssh/yard_deploy_key.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/sh
# Installs the deploy key on a fresh yard-api box (run once as root)
install -d -m 700 /home/deploy/.ssh
cat > /home/deploy/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/deploy/.ssh/id_ed25519
chown -R deploy:deploy /home/deploy/.ssh
ssh-keyscan github.com >> /home/deploy/.ssh/known_hosts
""", pem("OPENSSH"))

add("yaml", "ansible/roles/vpn/vars/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
wireguard_interface: wg0
wireguard_port: 51820
wireguard_address: 10.99.0.1/24
wireguard_private_key: "@@secret@@"
wireguard_peers:
  - name: zagreb-depot
    public_key: "hV3cN0xkq2m1X7oJt5sB8rYwQ4eF9aLzPp6uGdK2vWE="
    allowed_ips: 10.30.0.0/16
  - name: rijeka-depot
    public_key: "b7KqR2tY9xW4mN1cV6zL8pS3jH5gD0fA2eU7iO4rT1Q="
    allowed_ips: 10.40.0.0/16
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ansible", "ansible/site_cameras.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """
---
- name: Set NTP and overlay on yard cameras
  hosts: localhost
  gather_facts: false
  vars:
    cameras: [10.20.4.61, 10.20.4.62, 10.20.4.63]
  tasks:
    - name: Push NTP server
      ansible.builtin.uri:
        url: "http://{{ item }}/ISAPI/System/time/ntpServers"
        method: PUT
        url_username: admin
        url_password: "@@secret@@"
        force_basic_auth: true
        body: "<NTPServerList><NTPServer><id>1</id><hostName>10.20.0.1</hostName></NTPServer></NTPServerList>"
      loop: "{{ cameras }}"
""", words_pw())

add("python", "integrations/pipedrive_sync.py", "https://developers.pipedrive.com/docs/api/v1", """
\"\"\"Copies won Pipedrive deals (scaffold jobs) into the hire system as draft contracts.\"\"\"
import requests

PIPEDRIVE = "https://altmark.pipedrive.com/api/v1"
API_TOKEN = "@@secret@@"


def won_deals(since: str):
    r = requests.get(f"{PIPEDRIVE}/deals", params={"status": "won", "api_token": API_TOKEN, "start": 0, "limit": 100})
    r.raise_for_status()
    for deal in r.json().get("data") or []:
        if deal["won_time"] >= since:
            yield deal


if __name__ == "__main__":
    for d in won_deals("2024-10-01"):
        print(d["id"], d["title"], d["value"])
""", hexs(40))

add("env", "services/fleet/.env.local", "https://12factor.net/config", """
# fleet service - local overrides (Marko)
GEOTAB_SERVER=my.geotab.com
GEOTAB_DATABASE=skele_jadran
GEOTAB_USER=api@skele-jadran.hr
GEOTAB_PASSWORD=@@secret@@
POLL_SECONDS=60
""", words_pw())

add("go", "internal/store/redis.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#Options", """
package store

import "github.com/redis/go-redis/v9"

// Caches current stock per yard (frames, ledgers, transoms, boards)
func NewClient() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "redis.skele-jadran.internal:6379",
		Password: "@@secret@@",
		DB:       3,
	})
}
""", fakes.redis_password(_seed()))

add("csharp", "Skele.Dispatch/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

var smtp = new SmtpClient("smtp.office365.com", 587)
{
    EnableSsl = true,
    Credentials = new NetworkCredential("dispecer@skele-jadran.hr", "@@secret@@")
};

var msg = new MailMessage("dispecer@skele-jadran.hr", "gradiliste.znjan@skele-jadran.hr")
{
    Subject = "Raspored dostave - sutra",
    Body = "Kamion ST-4412-KJ, 06:30, 38 okvira + 60 podnica."
};
smtp.Send(msg);
""", words_pw())

add("java", "hire-core/src/main/java/de/altmark/miete/DatevClient.java", "https://developer.datev.de/datev/platform/en/getting-started", """
package de.altmark.miete;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class DatevClient {
    private static final String CLIENT_ID = "4f1c2a77e0b94d1a9f37c8e2b5d06a13";
    private static final String CLIENT_SECRET = "@@secret@@";

    public HttpRequest tokenRequest(String code) {
        String form = "grant_type=authorization_code&code=" + code
                + "&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                + "&redirect_uri=https://miete.altmark-geruest.de/datev/callback";
        return HttpRequest.newBuilder(URI.create("https://login.datev.de/openid/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }
}
""", hexs(32))

add("typescript", "scripts/seed-admin.ts", "https://www.prisma.io/docs/orm/prisma-client/queries/crud", """
import { PrismaClient } from "@prisma/client";
import bcrypt from "bcryptjs";

const prisma = new PrismaClient();

// Initial admin for the hire portal - change after first login!
async function main() {
  const hash = await bcrypt.hash("@@secret@@", 12);
  await prisma.user.upsert({
    where: { email: "admin@cedaraccess.co.uk" },
    update: {},
    create: { email: "admin@cedaraccess.co.uk", name: "Admin", role: "ADMIN", passwordHash: hash },
  });
}

main().finally(() => prisma.$disconnect());
""", words_pw())

add("markdown", "docs/vendors/layher-portal.md", "https://www.markdownguide.org/basic-syntax/", """
# Layher dealer portal

Used to order Allround spare parts (rosettes, ledgers, diagonals) and check delivery dates.

- URL: https://portal.layher.com
- Account: narudzbe@skele-jadran.hr
- Password: @@secret@@
- Customer no.: 400-77321

Orders over 5,000 EUR need Davor's approval before submitting.
Delivery to Dugopolje usually takes 10 working days.
""", words_pw())

add("k8s-secret", "k8s/fleet/geotab-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: fleet-geotab
  namespace: fleet
type: Opaque
data:
  GEOTAB_DATABASE: @@db@@
  GEOTAB_USER: @@user@@
  GEOTAB_PASSWORD: @@enc@@
""", (_gp := words_pw()), db=b64("skele_jadran"), user=b64("api@skele-jadran.hr"), enc=b64(_gp))

add("properties", "label-service/src/main/resources/ftp.properties", "https://commons.apache.org/proper/commons-net/", """
# Upload of delivery notes to the customer's FTP (Strabag site office)
ftp.host=ftp.gradiliste-partner.hr
ftp.port=21
ftp.user=skele_jadran
ftp.password=@@secret@@
ftp.remoteDir=/otpremnice/2024
ftp.passive=true
""", rand_pw(14))

add("terraform", "infra/azure/vars.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
location            = "westeurope"
resource_group_name = "rg-skele-yard"
tenant_id           = "6e0d3f5a-91c2-4b7e-8a3d-2f4c1e9b7a50"
client_id           = "c2b9a8d4-3e71-4f06-b5a2-9d8e7f6c5b41"
client_secret       = "@@secret@@"
tags = {
  firma   = "skele-jadran"
  okolina = "produkcija"
}
""", azure_secret())

add("python", "tools/ftp_upload_drawings.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Uploads approved scaffold drawings (PDF) to the main contractor's FTP.\"\"\"
import ftplib
import pathlib
import sys

HOST = "ftp.mainbuild-contracts.co.uk"


def upload(folder: pathlib.Path) -> None:
    with ftplib.FTP_TLS(HOST) as ftp:
        ftp.login("cedaraccess", "@@secret@@")
        ftp.prot_p()
        ftp.cwd("/scaffold-designs")
        for pdf in sorted(folder.glob("*.pdf")):
            with pdf.open("rb") as fh:
                ftp.storbinary(f"STOR {pdf.name}", fh)
            print("uploaded", pdf.name)


if __name__ == "__main__":
    upload(pathlib.Path(sys.argv[1]))
""", words_pw())

add("swift", "YardScan/Sources/Config/Secrets.swift", "https://docs.sentry.io/platforms/apple/", """
import Foundation

// YardScan iOS - build settings the CI used to inject; hard-coded for the TestFlight build
enum Secrets {
    static let apiBase = "https://yard.skele-jadran.hr/api"
    static let apiUser = "yardscan"
    static let apiPassword = "@@secret@@"
    static let sentryDSN = "https://3b1c0e9d27a54f6c8d2e71a9b5f40c38@o450112.ingest.sentry.io/5561234"
}
""", rand_pw(18))

add("log", "logs/odoo-server.log", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
2024-09-30 06:00:02,331 1 INFO ? odoo: Odoo version 17.0-20240918
2024-09-30 06:00:02,332 1 INFO ? odoo: Using configuration file at /etc/odoo/odoo.conf
2024-09-30 06:00:02,333 1 INFO ? odoo: addons paths: ['/usr/lib/python3/dist-packages/odoo/addons', '/mnt/extra-addons']
2024-09-30 06:00:02,333 1 INFO ? odoo: database: odoo@db:5432
2024-09-30 06:00:02,410 1 DEBUG ? odoo.tools.config: admin_passwd = '@@secret@@'
2024-09-30 06:00:02,902 1 INFO ? odoo.service.server: HTTP service (werkzeug) running on 0.0.0.0:8069
2024-09-30 06:00:05,120 1 INFO scaffold_hire odoo.modules.loading: loading 82 modules...
""", words_pw())

add("ini", "odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/developer/reference/cli.html#configuration-file", """
[options]
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
db_host = db
db_port = 5432
db_user = odoo
db_password = @@secret@@
list_db = False
proxy_mode = True
workers = 4
""", rand_pw(22))

add("csv", "exports/wifi_lokacije.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
lokacija;ssid;sigurnost;lozinka;vlan
Skladiste Dugopolje;SkeleJadran-Ured;WPA2-Enterprise;(RADIUS);10
Skladiste Dugopolje;SkeleJadran-Gost;WPA2-PSK;Dobrodosli2024;90
Skladiste Dugopolje;SkeleJadran-Skeneri;WPA2-PSK;@@secret@@;40
Depo Zagreb;SkeleJadran-Ured;WPA2-Enterprise;(RADIUS);10
Depo Zagreb;SkeleJadran-Skeneri;WPA2-PSK;(isti kao Dugopolje);40
""", rand_pw(16))

add("yaml", "config/sentry_cli.yml", "https://docs.sentry.io/cli/configuration/", """
# used by the release script of the hire portal
defaults:
  url: https://sentry.io/
  org: cedar-access
  project: hire-portal
auth:
  token: @@secret@@
""", sentry_token())

add("notebook", "analytics/fleet_km_by_site.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import mygeotab\\n",
    "api = mygeotab.API(username='api@skele-jadran.hr', password='@@secret@@', database='skele_jadran')\\n",
    "api.authenticate()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["trips = api.get('Trip', fromDate='2024-09-01', toDate='2024-09-30')\\n", "len(trips)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("github-actions", ".github/workflows/nightly-export.yml", "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#schedule", """
name: nightly-export
on:
  schedule:
    - cron: "15 3 * * *"
jobs:
  export:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r tools/requirements.txt
      - run: python tools/export_hire_ledger.py --out ledger.csv
        env:
          HIRE_DB_URL: postgresql://export:@@secret@@@db1.kestrelscaffolding.co.uk:5432/hire_desk
      - uses: actions/upload-artifact@v4
        with: { name: ledger, path: ledger.csv }
""", rand_pw(20))

add("dockerfile", "odoo/Dockerfile", "https://hub.docker.com/_/odoo", """
FROM odoo:17.0
USER root
COPY ./addons /mnt/extra-addons
RUN pip3 install --no-cache-dir openpyxl==3.1.2
USER odoo
ENV HOST=db USER=odoo PASSWORD=@@secret@@
EXPOSE 8069
""", rand_pw(22))

add("php", "web/api/vaga.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Prima ocitanja s vage kamiona na izlazu iz skladista
$pdo = new PDO('mysql:host=10.20.1.22;dbname=najam;charset=utf8mb4', 'vaga', '@@secret@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$podaci = json_decode(file_get_contents('php://input'), true);
$stmt = $pdo->prepare('INSERT INTO vaga_ocitanja (registracija, masa_kg, vrijeme) VALUES (?, ?, NOW())');
$stmt->execute([$podaci['registracija'], (int) $podaci['masa_kg']]);
http_response_code(201);
""", words_pw())

add("ruby", "scripts/xero_invoices.rb", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
require "xero-ruby"

# Custom connection for Kestrel's monthly hire invoices
creds = {
  client_id: "6B2F0C9A1E4D4B7A8C3D5E6F7A8B9C0D",
  client_secret: "@@secret@@",
  grant_type: "client_credentials"
}
xero = XeroRuby::ApiClient.new(credentials: creds)
xero.get_client_credentials_token
invoices = xero.accounting_api.get_invoices("", statuses: ["AUTHORISED"]).invoices
invoices.each { |inv| puts "#{inv.invoice_number} #{inv.contact.name} #{inv.total}" }
""", fakes.drawn(_seed(), 48, ALNUM + "-_"))

add("kotlin", "yard-scanner/src/main/kotlin/Printer.kt", "https://developer.zebra.com/", """
package hr.skelejadran.scanner

// Zebra printer on the returns bay prints damage tags for rejected boards
object PrinterConfig {
    const val HOST = "10.20.4.55"
    const val PORT = 9100
    const val WEB_ADMIN_USER = "admin"
    const val WEB_ADMIN_PASS = "@@secret@@"
    const val LABEL = "^XA^FO50,50^A0N,40,40^FDOSTECENO^FS^XZ"
}
""", rand_pw(10))

add("python", "fiskalizacija/config_local.py", "https://porezna-uprava.gov.hr/fiskalizacija", """
# Lokalne postavke fiskalizacije - NE COMMITATI (ipak je commitano...)
OIB_FIRME = "61815672340"
OZNAKA_POSLOVNOG_PROSTORA = "SKL1"
OZNAKA_NAPLATNOG_UREDAJA = "1"
CERT_PATH = "/etc/skele/fina/fiskal_2024.p12"
CERT_LOZINKA = "@@secret@@"
CIS_URL = "https://cis.porezna-uprava.hr:8449/FiskalizacijaService"
U_SUSTAVU_PDV = True
""", words_pw())

add("python", "integrations/brevo_newsletter.py", "https://developers.brevo.com/docs/getting-started", """
\"\"\"Mjesecni newsletter klijentima (novi stupovi, cjenik najma).\"\"\"
import requests

BREVO_KEY = ("xkeysib-@@a@@"
             "@@b@@")


def kampanja(naslov: str, html: str, lista_id: int = 7) -> int:
    r = requests.post(
        "https://api.brevo.com/v3/emailCampaigns",
        headers={"api-key": BREVO_KEY, "content-type": "application/json"},
        json={"name": naslov, "subject": naslov, "sender": {"name": "Skele Jadran", "email": "info@skele-jadran.hr"},
              "htmlContent": html, "recipients": {"listIds": [lista_id]}},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]
""", (_bk := brevo_key()), a=_bk[8:40], b=_bk[40:])

add("typescript", "portal/src/server/webhooks/stripe.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import Stripe from "stripe";
import type { Request, Response } from "express";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const endpointSecret = "@@secret@@";

export function stripeWebhook(req: Request, res: Response) {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "checkout.session.completed") {
    // mark hire deposit paid
  }
  res.json({ received: true });
}
""", fakes.fake("whsec_", 32, _seed()))

add("shell", "scripts/curl_geotab_test.sh", "https://developers.geotab.com/myGeotab/guides/concepts/", """
#!/bin/bash
# quick check that the Geotab API user still works
curl -s https://my.geotab.com/apiv1 \\
  -H 'Content-Type: application/json' \\
  -d '{"method":"Authenticate","params":{"database":"skele_jadran","userName":"api@skele-jadran.hr","password":"@@secret@@"}}' \\
  | jq '.result.credentials.sessionId'
""", words_pw())

add("yaml", "config/slack_bot.yaml", "https://api.slack.com/authentication/token-types#bot", """
# Yard bot: posts damaged-return photos to #povrat-ostecenja
slack:
  bot_token: @@secret@@
  channel: C05PVRT0STC
  mention_on_reject: "@voditelj-skladista"
photos:
  max_per_return: 6
  resize_px: 1600
""", slack_bot())

add("json", "tools/postman/yard-api.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "1f6a9c2e-77d4-4b8a-9e13-0c5d2f8b6a41",
  "name": "yard-api prod",
  "values": [
    { "key": "baseUrl", "value": "https://yard.skele-jadran.hr/api", "enabled": true },
    { "key": "username", "value": "ivana.b", "enabled": true },
    { "key": "password", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "yard", "value": "DUG", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", words_pw())

add("java", "yard-sync/src/main/java/hr/skelejadran/sync/HttpAuth.java", "https://datatracker.ietf.org/doc/html/rfc7617", """
package hr.skelejadran.sync;

import java.net.http.HttpRequest;
import java.net.URI;

final class HttpAuth {
    // Basic auth for the legacy Zagreb depot stock service
    private static final String AUTH = "Basic @@secret@@";

    static HttpRequest stock(String depot) {
        return HttpRequest.newBuilder(URI.create("http://10.30.1.20:8080/stanje/" + depot))
                .header("Authorization", AUTH)
                .GET()
                .build();
    }
}
""", b64("sync:" + words_pw()))

add("go", "cmd/brevo-sms/main.go", "https://developers.brevo.com/reference/sendtransacsms", """
package main

import (
	"bytes"
	"net/http"
	"os"
)

const apiKey = "@@secret@@"

func main() {
	body := []byte(`{"sender":"Skele","recipient":"` + os.Args[1] + `","content":"Pregled skele danas u 14h"}`)
	req, _ := http.NewRequest("POST", "https://api.brevo.com/v3/transactionalSMS/sms", bytes.NewReader(body))
	req.Header.Set("api-key", apiKey)
	req.Header.Set("Content-Type", "application/json")
	if _, err := http.DefaultClient.Do(req); err != nil {
		os.Exit(1)
	}
}
""", brevo_key())

add("env", "deploy/prod.env", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/#use-the-env_file-attribute", """
COMPOSE_PROJECT_NAME=najam
POSTGRES_HOST=db
POSTGRES_DB=najam
POSTGRES_USER=najam
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_LIST=ae81c2f0d4
SITE_URL=https://najam.skele-jadran.hr
""", mailchimp_key())

add("csharp", "Skele.Reports/ReportDb.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using System.Data.SqlClient;

namespace Skele.Reports
{
    internal static class ReportDb
    {
        // Mjesecni izvjestaj o najmu po kupcu
        internal static SqlConnection Open()
        {
            var cs = "Data Source=10.20.1.15;Initial Catalog=PA_SKELE;" +
                     "User ID=izvjestaji;Password=@@secret@@;" +
                     "Connect Timeout=30";
            var conn = new SqlConnection(cs);
            conn.Open();
            return conn;
        }
    }
}
""", rand_pw(15))

add("markdown", "docs/onboarding/novi-poslovoda.md", "https://www.markdownguide.org/basic-syntax/", """
# Novi poslovoda - prvi dan

1. Preuzmi tablet i prsluk u skladistu (Ante).
2. Prijava u aplikaciju Inspekcija: korisnicko ime je ime.prezime.
3. Privremena lozinka za sve nove racune je `@@secret@@` - sustav trazi promjenu kod prve prijave.
4. Tjedni pregled skele upisuje se svaki ponedjeljak do 10h.
5. Fotografije ostecenja salji u grupu *Povrat - ostecenja*.

Pitanja: Ivana (IT), lokal 212.
""", words_pw())

add("toml", "gate-agent/Config.toml", "https://toml.io/en/v1.0.0", """
[gate]
name = "dugopolje-1"
reader = "tcp://10.20.4.11:5084"
antenna_power_dbm = 27.0

[mqtt]
broker = "tls://mqtt.skele-jadran.hr:8883"
username = "gate01"
password = "@@secret@@"
topic = "yard/dugopolje/out"

[spool]
dir = "/var/spool/gate"
""", rand_pw(16))

add("sql", "db/fixups/2024-09-reset-dispatcher.sql", "https://dev.mysql.com/doc/refman/8.0/en/alter-user.html", """
-- Ticket IT-311: dispatcher locked out after the Pantheon upgrade
ALTER USER 'dispecer'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON najam.otpremnice TO 'dispecer'@'10.20.%';
GRANT SELECT ON najam.vozila TO 'dispecer'@'10.20.%';
FLUSH PRIVILEGES;
""", words_pw())

add("powershell", "IT/Sync-PriceList.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """
# Pulls the weekly hire price list from the ERP and pushes it to the web shop
$headers = @{ 'X-Shopify-Access-Token' = '@@secret@@' }
$prices = Import-Csv '\\\\fs01\\Ponude\\cjenik_najam.csv' -Delimiter ';'
foreach ($p in $prices) {
    $body = @{ variant = @{ id = $p.VariantId; price = $p.CijenaTjedan } } | ConvertTo-Json
    Invoke-RestMethod -Method Put -Uri "https://skele-jadran.myshopify.com/admin/api/2024-07/variants/$($p.VariantId).json" `
        -Headers $headers -ContentType 'application/json' -Body $body
}
""", shopify_token())

add("python", "tools/aws_temp_creds.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", """
# pasted from `aws sts get-session-token` so the photo migration could run over the weekend
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA3SKELEJADRAN7Q2X",
    aws_secret_access_key="@@secret@@",
    aws_session_token="@@tok@@",
    region_name="eu-central-1",
)
s3 = session.client("s3")
for obj in s3.list_objects_v2(Bucket="skele-jadran-foto").get("Contents", []):
    print(obj["Key"])
""", fakes.aws_secret_key(_seed()), tok=fakes.aws_session_token(_seed()))

add("yaml", "k8s/yard/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: yard-api
  namespace: yard
spec:
  replicas: 2
  selector:
    matchLabels: { app: yard-api }
  template:
    metadata:
      labels: { app: yard-api }
    spec:
      containers:
        - name: api
          image: registry.skele-jadran.hr/yard-api:3.8.2
          env:
            - name: YARD_DB_HOST
              value: db.skele-jadran.internal
            - name: YARD_DB_PASSWORD
              value: "@@secret@@"
          ports:
            - containerPort: 8000
""", words_pw())

add("ini", "deploy/pgbouncer/pgbouncer.ini", "https://www.pgbouncer.org/config.html", """
[databases]
najam = host=10.20.1.21 port=5432 dbname=najam user=najam password=@@secret@@

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
pool_mode = transaction
max_client_conn = 200
""", rand_pw(20))

add("rust", "yard-cli/src/github.rs", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
// Opens an issue in the yard-app repo when a scanner reports an unknown barcode
const GH_TOKEN: &str = "@@secret@@";

pub fn open_issue(code: &str) -> Result<(), ureq::Error> {
    ureq::post("https://api.github.com/repos/skele-jadran/yard-app/issues")
        .set("Authorization", &format!("Bearer {}", GH_TOKEN))
        .set("Accept", "application/vnd.github+json")
        .send_json(ureq::json!({ "title": format!("Nepoznat barkod {}", code), "labels": ["skener"] }))?;
    Ok(())
}
""", fakes.github_fine_grained_token(_seed()))

add("compose", "rfid/docker-compose.override.yml", "https://hub.docker.com/_/eclipse-mosquitto", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["8883:8883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  bridge:
    image: registry.skele-jadran.hr/mqtt-bridge:1.2
    environment:
      MQTT_URL: mqtts://bridge:@@secret@@@mosquitto:8883
      YARD_API: https://yard.skele-jadran.hr/api
""", rand_pw(18))

add("log", "logs/fleet-service.log", "https://www.elastic.co/guide/en/ecs/current/ecs-reference.html", """
{"@timestamp":"2024-10-11T04:00:00.014Z","log.level":"info","message":"fleet poll start","service.name":"fleet"}
{"@timestamp":"2024-10-11T04:00:00.220Z","log.level":"debug","message":"samsara request","http.request.headers":{"authorization":"Bearer @@secret@@"},"url.path":"/fleet/vehicles/locations"}
{"@timestamp":"2024-10-11T04:00:00.781Z","log.level":"info","message":"14 vehicles located","service.name":"fleet"}
{"@timestamp":"2024-10-11T04:00:00.790Z","log.level":"warn","message":"ST-4412-KJ outside geofence after hours","service.name":"fleet"}
{"@timestamp":"2024-10-11T04:00:00.801Z","log.level":"info","message":"fleet poll done","service.name":"fleet"}
""", "samsara_api_" + alnum(30))

add("xml", "label-service/src/main/resources/logback-spring.xml", "https://logback.qos.ch/manual/appenders.html#SMTPAppender", """
<configuration>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alarmi@skele-jadran.hr</username>
    <password>@@secret@@</password>
    <to>it@skele-jadran.hr</to>
    <from>alarmi@skele-jadran.hr</from>
    <subject>label-service: %logger{20} - %m</subject>
  </appender>
  <root level="INFO">
    <appender-ref ref="CONSOLE"/>
    <appender-ref ref="EMAIL"/>
  </root>
</configuration>
""", words_pw())

add("terraform", "infra/cloudflare/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "yard" {
  zone_id = "0b6f3c8e2a9d4f71b5c0e8d2a6f4b913"
  name    = "yard"
  content = "116.203.44.17"
  type    = "A"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("swift", "YardScan/Sources/Upload/PhotoUploader.swift", "https://docs.aws.amazon.com/sdk-for-swift/latest/developer-guide/settingup.html", """
import AWSS3
import AWSClientRuntime

// Uploads return-damage photos straight to S3 from the handheld
struct PhotoUploader {
    static let bucket = "skele-jadran-foto"
    static let accessKey = "@@kid@@"
    static let secretKey = "@@secret@@"

    static func client() async throws -> S3Client {
        let creds = AWSCredentialIdentity(accessKey: accessKey, secret: secretKey)
        let config = try await S3Client.S3ClientConfiguration(awsCredentialIdentityResolver: try StaticAWSCredentialIdentityResolver(creds), region: "eu-central-1")
        return S3Client(config: config)
    }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ruby", "config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

hetzner:
  service: S3
  endpoint: https://fsn1.your-objectstorage.com
  access_key_id: 8QZK2M4N7P1R3T5V9X0B
  secret_access_key: @@secret@@
  region: fsn1
  bucket: kestrel-inspection-photos
  force_path_style: true
""", alnum(40))

add("php", "web/config/services.php", "https://laravel.com/docs/11.x/mail#postmark-driver", """
<?php
// Cedar Access hire portal - third party services
return [
    'postmark' => [
        'token' => '@@secret@@',
    ],
    'google_maps' => [
        'browser_key' => env('GOOGLE_MAPS_BROWSER_KEY'),
    ],
    'hire' => [
        'min_weeks' => 2,
        'deposit_percent' => 20,
    ],
];
""", uuid_s())

add("dockerfile", "tools/cad-sync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#run", """
FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04
RUN apt-get update && apt-get install -y smbclient && rm -rf /var/lib/apt/lists/*
WORKDIR /job
COPY sync.ps1 .
# mount the drawings share at build time to prefetch the templates
RUN smbclient //fs01.skele.local/Crtezi -U 'SKELE\\svc-crtezi%@@secret@@' -c 'prompt OFF; recurse ON; cd Predlosci; mget *'
CMD ["pwsh", "./sync.ps1"]
""", words_pw())

add("github-actions", ".github/workflows/mobile-release.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsenv", """
name: inspekcija-android
on:
  workflow_dispatch:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "17" }
      - name: Build release
        run: ./gradlew assembleRelease
        env:
          KEYSTORE_PASSWORD: "@@secret@@"
          KEY_ALIAS: inspekcija
      - uses: actions/upload-artifact@v4
        with: { name: apk, path: app/build/outputs/apk/release/*.apk }
""", words_pw())

add("kotlin", "app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#sign_cmdline", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "hr.skelejadran.inspekcija"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file("../keys/inspekcija.jks")
            storePassword = "@@secret@@"
            keyAlias = "inspekcija"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        release { signingConfig = signingConfigs.getByName("release") }
    }
}
""", rand_pw(16))

add("csv", "exports/api_kljucevi_partneri.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
partner,svrha,kljuc,vrijedi_do
Strabag gradiliste Znjan,pristup statusu skela,vidi ugovor,2025-06-30
Kamgrad Zagreb,dnevnik najma,@@secret@@,2025-03-31
Grad Split,evidencija pregleda,vidi ugovor,2024-12-31
Tehnika d.d.,pristup statusu skela,opozvan,2024-05-01
Hrvatske ceste,projekt most Omis,vidi ugovor,2025-09-30
""", "sj_live_" + alnum(40))

add("python", "yard/management/commands/import_layher_catalogue.py", "https://docs.djangoproject.com/en/5.0/howto/custom-management-commands/", """
from django.core.management.base import BaseCommand
import requests


class Command(BaseCommand):
    help = "Imports the Layher Allround component catalogue (weights, lengths) into Component"

    def handle(self, *args, **opts):
        s = requests.Session()
        s.auth = ("skelejadran-api", "@@secret@@")
        r = s.get("https://api.layher-dealer.example/catalogue/allround?lang=hr", timeout=30)
        r.raise_for_status()
        for item in r.json()["items"]:
            self.stdout.write(f"{item['article']} {item['name']} {item['weight_kg']}")
""", rand_pw(24))


# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "skladiste-app/.env.example", "https://github.com/theskumar/python-dotenv#file-format", """
# Kopiraj u .env i upisi prave vrijednosti (traz od Ivane)
APP_ENV=local
APP_DEBUG=true
TZ=Europe/Zagreb
DATABASE_URL=postgresql://skladiste:<lozinka>@localhost:5432/skladiste
REDIS_URL=redis://localhost:6379/2
INFOBIP_KEY=your-infobip-api-key-here
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
MINIMAX_CLIENT_SECRET=changeme
""")

add("python/decoy-env-reference", "yard/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INFOBIP_KEY = os.getenv("INFOBIP_KEY", "")
SAMSARA_TOKEN = os.environ.get("SAMSARA_API_TOKEN")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")

LANGUAGE_CODE = "hr"
LANGUAGES = [("hr", "Hrvatski"), ("en", "English")]
TIME_ZONE = "Europe/Zagreb"
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "yard.inventory",
    "yard.returns",
    "yard.gate",
]
""")

add("python/decoy-fiscal-codes", "fiskalizacija/tests/test_zki.py", "https://porezna-uprava.gov.hr/fiskalizacija", """
\"\"\"ZKI (zastitni kod izdavatelja) je MD5 potpisa; JIR vraca Porezna. Vrijednosti iz testnog okruzenja.\"\"\"
from fiskalizacija.zki import izracunaj_zki

OCEKIVANI_ZKI = "@@zki@@"
JIR_IZ_ODGOVORA = "@@jir@@"


def test_zki_za_testni_racun(testni_certifikat):
    zki = izracunaj_zki(
        oib="@@oib@@", datum="14.10.2024 09:12:44", broj="1183", prostor="SKL1",
        uredaj="1", iznos="1250.00", certifikat=testni_certifikat,
    )
    assert zki == OCEKIVANI_ZKI


def test_jir_format():
    assert len(JIR_IZ_ODGOVORA) == 36
""", zki=hexs(32), jir=uuid_s(), oib=oib())

add("yaml/decoy-vault-reference", "config/telematics.prod.yml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """
# Telematics - values resolved from Vault at container start (vault-agent)
samsara:
  base_url: https://api.eu.samsara.com
  api_token: "{{ with secret \\"kv/data/fleet/samsara\\" }}{{ .Data.data.api_token }}{{ end }}"
  poll_interval_seconds: 120
geotab:
  database: skele_jadran
  user: api@skele-jadran.hr
  password: vault:kv/data/fleet/geotab#password
alerts:
  notify: dispatch@skele-jadran.hr
""")

add("json/decoy-checksums", "quote-tool/packages.lock.json", "https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies", """
{
  "version": 1,
  "dependencies": {
    "net8.0": {
      "Microsoft.Data.SqlClient": {
        "type": "Direct",
        "requested": "[5.2.1, )",
        "resolved": "5.2.1",
        "contentHash": "@@h1@@"
      },
      "QuestPDF": {
        "type": "Direct",
        "requested": "[2024.7.1, )",
        "resolved": "2024.7.1",
        "contentHash": "@@h2@@"
      }
    }
  }
}
""", h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("toml/decoy-env-reference", "ops/backup/rclone.template.toml", "https://rclone.org/s3/#configuration", """
# Rendered by the backup job; keys come from the instance role
[offsite]
type = "s3"
provider = "AWS"
region = "eu-central-1"
bucket = "skele-jadran-arhiva"
env_auth = true
access_key_id = ""
secret_access_key = ""

[schedule]
cron = "30 2 * * *"
""")

add("go/decoy-rfid-epc", "internal/gate/epc_test.go", "https://www.gs1.org/standards/rfid/tds", """
package gate

import "testing"

// EPC codes read from tagged Layher components during the gate trial
var sampleReads = []string{
	"@@e1@@",
	"@@e2@@",
	"@@e3@@",
}

func TestDecodeSGTIN(t *testing.T) {
	for _, epc := range sampleReads {
		if _, err := DecodeSGTIN96(epc); err != nil {
			t.Fatalf("decode %s: %v", epc, err)
		}
	}
}
""", e1="3034" + hexs(20).upper(), e2="3034" + hexs(20).upper(), e3="3034" + hexs(20).upper())

add("java/decoy-publishable-key", "src/main/java/hr/skelejadran/najam/CheckoutController.java", "https://docs.stripe.com/keys#obtain-api-keys", """
package hr.skelejadran.najam;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class CheckoutController {
    // publishable key: goes to the browser by design
    private static final String STRIPE_PUBLISHABLE = "@@pk@@";

    @GetMapping("/kapara")
    public String deposit(Model model) {
        model.addAttribute("stripeKey", STRIPE_PUBLISHABLE);
        model.addAttribute("lang", "hr");
        return "checkout";
    }
}
""", pk=stripe_key("pk_live_"))

add("kotlin/decoy-build-config-reference", "app/src/main/java/hr/skelejadran/inspekcija/Keys.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
package hr.skelejadran.inspekcija

// Values injected at build time from local.properties / CI secrets, never in the repo
object Keys {
    val apiToken: String get() = BuildConfig.YARD_API_TOKEN
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    const val API_TOKEN_HEADER = "X-Api-Token"
    const val PASSWORD_MIN_LENGTH = 12
}
""")

add("csharp/decoy-twilio-sid", "Skele.Dispatch/Options/TwilioOptions.cs", "https://www.twilio.com/docs/iam/api/account", """
namespace Skele.Dispatch.Options
{
    public sealed class TwilioOptions
    {
        public const string Section = "Twilio";

        // Account SID and Messaging Service SID are identifiers; the auth token comes from Key Vault
        public string AccountSid { get; set; } = "@@sid@@";
        public string MessagingServiceSid { get; set; } = "@@msid@@";
        public string AuthToken { get; set; } = string.Empty;
        public string FromNumber { get; set; } = "+385914445566";
    }
}
""", sid=twilio_sid(), msid="MG" + hexs(32))

add("php/decoy-env-reference", "web/config/database.php", "https://laravel.com/docs/11.x/database#configuration", """
<?php
return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'najam'),
            'username' => env('DB_USERNAME', 'najam'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
""")

add("ruby/decoy-credentials-reference", "config/initializers/xero.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Xero custom connection - secrets live in config/credentials/production.yml.enc
XERO_CREDENTIALS = {
  client_id: Rails.application.credentials.dig(:xero, :client_id),
  client_secret: Rails.application.credentials.dig(:xero, :client_secret),
  grant_type: "client_credentials"
}.freeze

XERO_TENANT = ENV.fetch("XERO_TENANT_ID", "")
""")

add("rust/decoy-test-fixture", "tally/tests/scale_parse.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", """
use tally::scale::parse_frame;

// Frames captured from the truck scale's serial port during commissioning
const FRAME_OK: &str = "ST,GS,+0018420kg\\r\\n";
const FRAME_MOTION: &str = "US,GS,+0018390kg\\r\\n";
const FIRMWARE_HASH: &str = "@@h@@";

#[test]
fn parses_stable_weight() {
    assert_eq!(parse_frame(FRAME_OK).unwrap().kg, 18420);
}

#[test]
fn rejects_motion() {
    assert!(parse_frame(FRAME_MOTION).is_err());
    assert_eq!(FIRMWARE_HASH.len(), 64);
}
""", h=sha256ish())

add("swift/decoy-keychain-lookup", "SiteCheck/Sources/Auth/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

// Client secret is provisioned by MDM into the keychain; nothing is compiled in.
enum Credentials {
    static let service = "uk.co.cedaraccess.sitecheck"

    static func clientSecret() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "client_secret",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("typescript/decoy-public-map-token", "portal/src/components/SiteMap.tsx", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Public token (pk.), restricted to najam.skele-jadran.hr in the Mapbox account
mapboxgl.accessToken = "@@pk@@";

export function SiteMap({ sites }: { sites: { name: string; lng: number; lat: number }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/mapbox/streets-v12", center: [16.44, 43.51], zoom: 8 });
    sites.forEach((s) => new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
    return () => map.remove();
  }, [sites]);
  return <div ref={ref} style={{ height: 480 }} />;
}
""", pk=mapbox_public())

add("shell/decoy-env-reference", "scripts/backup_pantheon_v2.sh", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """
#!/usr/bin/env bash
# v2: lozinka iz /etc/skele/backup.env (root:root 0600), ne u skripti
set -euo pipefail
. /etc/skele/backup.env
STAMP=$(date +%Y%m%d)
sqlcmd -S 10.20.1.15 -U backup_op -P "${PANTHEON_BACKUP_PASSWORD:?nije postavljeno}" \\
  -Q "BACKUP DATABASE [PA_SKELE] TO DISK = N'/var/opt/mssql/backup/PA_SKELE_${STAMP}.bak' WITH COMPRESSION"
rsync -a /srv/mssql/backup/ nas01:/volume1/backup/pantheon/
echo "gotovo ${STAMP}"
""")

add("powershell/decoy-secret-store", "IT/Map-YardDrives-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Uses SecretManagement (vault: SkeleIT) instead of a password in the script
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'svc-crtezi' -Vault 'SkeleIT'

New-PSDrive -Name 'S' -PSProvider FileSystem -Root '\\\\fs01\\Crtezi' -Credential $cred -Persist
New-PSDrive -Name 'T' -PSProvider FileSystem -Root '\\\\fs01\\Ponude' -Credential $cred -Persist
Write-Host "Pogoni S: i T: spojeni"
""")

add("dockerfile/decoy-build-secret", "services/pdf-render/Dockerfile.secure", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@gitlab.skele-jadran.hr/api/v4/projects/12/packages/pypi/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV RENDER_LANG=hr S3_BUCKET=skele-jadran-ponude
CMD ["gunicorn", "-b", "0.0.0.0:8080", "render:app"]
""")

add("compose/decoy-secrets-file", "docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: najam
      POSTGRES_USER: najam
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  app:
    image: registry.skele-jadran.hr/najam:2.4.1
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("k8s-secret/decoy-external-secret", "k8s/yard/minimax-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: minimax-erp
  namespace: yard
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-skele
    kind: ClusterSecretStore
  target:
    name: minimax-erp
  data:
    - secretKey: MINIMAX_CLIENT_SECRET
      remoteRef:
        key: kv/erp/minimax
        property: client_secret
""")

add("terraform/decoy-variable-reference", "infra/hetzner/providers.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """
variable "hcloud_token" {
  description = "Hetzner Cloud API token (set TF_VAR_hcloud_token in the shell)"
  type        = string
  sensitive   = true
}

provider "hcloud" {
  token = var.hcloud_token
}

resource "hcloud_ssh_key" "ops" {
  name       = "ops-ivana"
  public_key = file("~/.ssh/id_ed25519.pub")
}
""")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/yard_pcs/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal-v2.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy-portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${{ secrets.DIGITALOCEAN_ACCESS_TOKEN }}
      - run: npm ci && npm run build
      - run: doctl apps create-deployment ${{ vars.DO_APP_ID }} --wait
""")

add("notebook/decoy-redacted-output", "analytics/povrat_ostecenja.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["engine: mysql+pymysql://analitika:***@10.20.1.22/najam\\n"]}],
   "source": [
    "import os\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine(os.environ['NAJAM_DB_URL'])\\n",
    "print('engine:', eng.url)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("markdown/decoy-password-manager", "docs/handover/it-predaja-v2.md", "https://bitwarden.com/help/", """
# Predaja IT-a (Marko -> Ivana) - sazetak

Sve lozinke su u Bitwardenu, kolekcija **Skele IT**. U ovom dokumentu ih nema.

| Sustav | Korisnik | Gdje je lozinka |
|---|---|---|
| Router Dugopolje (MikroTik) | admin | Bitwarden: `mikrotik-dugopolje` |
| NAS01 (Synology) | it-admin | Bitwarden: `nas01-admin` |
| Pantheon SQL | backup_op | Bitwarden: `pantheon-backup` |
| Kamere skladiste | admin | sef u uredu, kuverta 3 |

Rotacija: svakih 90 dana, zadnja 2024-09-30.
""")

add("sql/decoy-password-hash", "db/seed/0001_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Demo users for the staging yard app (hashes only; passwords are reset on first login)
INSERT INTO app_user (username, full_name, role, password_hash) VALUES
  ('ante.k', 'Ante Kovac', 'skladiste', '$2b$12$@@h1@@'),
  ('ivana.b', 'Ivana Babic', 'it', '$2b$12$@@h2@@'),
  ('marko.p', 'Marko Peric', 'dispecer', '$2b$12$@@h3@@');
UPDATE app_user SET must_change_password = true;
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("xml/decoy-placeholder", "erp-bridge/src/main/resources/applicationContext-template.xml", "https://docs.spring.io/spring-framework/reference/core/beans/factory-extension.html#beans-factory-placeholderconfigurer", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:context="http://www.springframework.org/schema/context">
    <context:property-placeholder location="file:/etc/skele/erp-bridge.properties"/>
    <bean id="erpDataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
        <property name="jdbcUrl" value="${erp.jdbc.url}"/>
        <property name="username" value="${erp.jdbc.user}"/>
        <property name="password" value="${erp.jdbc.password}"/>
        <property name="maximumPoolSize" value="5"/>
    </bean>
</beans>
""")

add("properties/decoy-env-reference", "hire-core/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/miete
spring.datasource.username=${DB_USER:miete}
spring.datasource.password=${DB_PASSWORD}
datev.client-id=${DATEV_CLIENT_ID}
datev.client-secret=${DATEV_CLIENT_SECRET}
spring.jpa.open-in-view=false
""")

add("csv/decoy-serial-numbers", "exports/inventura_dugopolje_2024-09.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
artikl;naziv;kolicina;rfid_epc;serijski_broj
2602.257;Allround okvir 2,57 m;412;3034@@e1@@;LAY-AR-@@s1@@
2607.207;Robust podnica 2,07 m;1180;3034@@e2@@;LAY-RB-@@s2@@
4005.000;Podnozna ploca;960;;
2640.000;Dijagonala 2,57 x 2,00;305;3034@@e3@@;LAY-DG-@@s3@@
4700.019;Spojka okretna;2440;;
""", e1=hexs(20).upper(), e2=hexs(20).upper(), e3=hexs(20).upper(), s1=hexs(10).upper(), s2=hexs(10).upper(), s3=hexs(10).upper())

add("log/decoy-masked", "logs/sync-minimax-2024-10-21.log", "https://docs.python.org/3/library/logging.html", """
2024-10-21 05:00:01,104 INFO  sync Starting invoice sync for 2024-10-20
2024-10-21 05:00:01,110 DEBUG http POST https://moj.minimax.hr/HR/AUT/oauth20/token grant_type=password&client_id=skelejadran-sync&client_secret=[REDACTED]&username=racunovodstvo@skele-jadran.hr&password=[REDACTED]&scope=minimax.si
2024-10-21 05:00:01,702 INFO  http 200 token issued, expires_in=3600 access_token=eyJ***
2024-10-21 05:00:02,001 INFO  sync 41 hire invoices to push (organisation 118843)
2024-10-21 05:00:10,331 INFO  sync done: 41 pushed, 0 skipped
""")

add("python/decoy-regex", "yard/security/secret_patterns.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Patterns the upload form uses to refuse pasted credentials in damage notes.\"\"\"
import re

PATTERNS = {
    "aws_key_id": re.compile(r"AKIA[0-9A-Z]{16}"),
    "stripe_secret": re.compile(r"sk_live_[0-9a-zA-Z]{24,99}"),
    "telegram_bot": re.compile(r"[0-9]{8,10}:AA[0-9A-Za-z_-]{33}"),
    "password_kv": re.compile(r"(?i)(lozinka|password|pwd)\\s*[:=]\\s*\\S{6,}"),
}


def contains_secret(text: str) -> bool:
    return any(p.search(text) for p in PATTERNS.values())
""")

add("yaml/decoy-sops-encrypted", "k8s/portal/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
  name: portal-secrets
  namespace: portal
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  HUBSPOT_TOKEN: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  lastmodified: "2024-10-02T08:11:09Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.9.0
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 60, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("json/decoy-firebase-web-config", "portal/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "skele-inspekcija.firebaseapp.com",
  "projectId": "skele-inspekcija",
  "storageBucket": "skele-inspekcija.appspot.com",
  "messagingSenderId": "488201377541",
  "appId": "1:488201377541:web:@@app@@"
}
""", k=google_api_key(), app=hexs(22))

add("ini/decoy-placeholder", "deploy/odbc.ini.sample", "https://www.unixodbc.org/odbcinst.html", """
[ODBC Data Sources]
Pantheon = FreeTDS driver for Pantheon ERP

[Pantheon]
Driver      = FreeTDS
Server      = 10.20.1.15
Port        = 1433
Database    = PA_SKELE
UID         = izvjestaji
PWD         = ********
TDS_Version = 7.4
""")

add("markdown/decoy-public-certificate", "docs/runbooks/fina-cert-renewal.md", "https://www.fina.hr/digitalni-certifikati", """
# Obnova FINA certifikata za fiskalizaciju

1. Naruci novi aplikacijski certifikat na FINA portalu (ovlastena osoba: Davor).
2. Preuzmi .p12 na racunalo racunovodstva; lozinku FINA salje SMS-om - **ne zapisivati**.
3. Stavi .p12 u Bitwarden kao privitak, pa na server u `/etc/skele/fina/`.
4. Provjeri javni dio certifikata (mora se poklapati serijski broj):

```
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
-----END CERTIFICATE-----
```

5. Restartaj `fiskal` servis i izdaj testni racun od 0,01 EUR.
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("go/decoy-placeholder", "internal/geo/geocode_example_test.go", "https://go.dev/blog/examples", """
package geo_test

import (
	"context"
	"fmt"
	"os"

	"github.com/skele-jadran/yard/internal/geo"
)

// Example needs MAPS_SERVER_KEY in the environment; "YOUR_API_KEY" is what the docs show.
func ExampleGeocode() {
	if os.Getenv("MAPS_SERVER_KEY") == "" {
		os.Setenv("MAPS_SERVER_KEY", "YOUR_API_KEY")
	}
	loc, _ := geo.Geocode(context.Background(), "Put Duilova 11, Split")
	fmt.Println(loc != nil)
}
""")

add("shell/decoy-ssh-public-key", "deploy/ssh/authorized_keys.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
#!/bin/sh
# Public keys of the ops team for yard-api boxes
install -d -m 700 /home/deploy/.ssh
cat > /home/deploy/.ssh/authorized_keys <<'PUB'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ivana@skele-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ marko@skele-desktop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ci@gitlab.skele-jadran.hr
PUB
chmod 600 /home/deploy/.ssh/authorized_keys
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 300, ALNUM + "+/") + "=")

add("yaml/decoy-wireguard-public-keys", "ansible/roles/vpn/defaults/main.yml", "https://www.wireguard.com/quickstart/", """
---
wireguard_interface: wg0
wireguard_port: 51820
# private key is generated on the host (wg genkey) and never leaves it
wireguard_private_key_file: /etc/wireguard/private.key
wireguard_peers:
  - name: split-office
    public_key: "@@p1@@"
    allowed_ips: 10.20.0.0/16
  - name: zagreb-depot
    public_key: "@@p2@@"
    allowed_ips: 10.30.0.0/16
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("markdown/decoy-integrity-hashes", "docs/dev/mapbox-upgrade.md", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
Excerpt of `portal/package-lock.json` after the mapbox-gl upgrade (PR #212):

```json
"node_modules/mapbox-gl": {
  "version": "3.6.0",
  "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.6.0.tgz",
  "integrity": "sha512-@@i1@@==",
  "license": "SEE LICENSE IN LICENSE.txt"
},
"node_modules/stripe": {
  "version": "16.8.0",
  "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.8.0.tgz",
  "integrity": "sha512-@@i2@@=="
}
```
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("typescript/decoy-env-reference", "portal/src/server/env.ts", "https://zod.dev/", """
import { z } from "zod";

// Every secret of the portal comes from the environment; the build fails without them.
const Env = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  HUBSPOT_TOKEN: z.string().min(20),
  CORVUS_SECRET_KEY: z.string().min(16),
  OPENAI_API_KEY: z.string().optional(),
  DATABASE_URL: z.string().url(),
});

export const env = Env.parse(process.env);
""")

add("python/decoy-test-fixture", "integrations/tests/test_pipedrive_sync.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """
import responses

from integrations import pipedrive_sync

FAKE_TOKEN = "test-token-not-real"


@responses.activate
def test_won_deals_filters_by_date(monkeypatch):
    monkeypatch.setattr(pipedrive_sync, "API_TOKEN", FAKE_TOKEN)
    responses.get(
        "https://altmark.pipedrive.com/api/v1/deals",
        json={"data": [{"id": 1, "title": "Geruest Halle 4", "value": 12800, "won_time": "2024-10-03 09:00:00"},
                       {"id": 2, "title": "Fassade Nord", "value": 5400, "won_time": "2024-09-12 11:00:00"}]},
    )
    deals = list(pipedrive_sync.won_deals("2024-10-01"))
    assert [d["id"] for d in deals] == [1]
""")

add("csharp/decoy-key-vault-reference", "Skele.Dispatch/KeyVaultRefs.cs", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
namespace Skele.Dispatch
{
    // App Service resolves these references from Key Vault at start-up
    public static class KeyVaultRefs
    {
        public const string TwilioAuthToken =
            "@Microsoft.KeyVault(SecretUri=https://kv-skele-dispatch.vault.azure.net/secrets/twilio-auth-token/)";
        public const string SmtpPassword =
            "@Microsoft.KeyVault(VaultName=kv-skele-dispatch;SecretName=smtp-dispecer)";
        public const string StorageAccount = "skelejadranfoto";
    }
}
""")

add("java/decoy-test-fixture", "src/test/java/hr/skelejadran/fisk/CertLoaderTest.java", "https://junit.org/junit5/docs/current/user-guide/", """
package hr.skelejadran.fisk;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.security.KeyStore;
import org.junit.jupiter.api.Test;

class CertLoaderTest {
    // Self-signed demo certificate generated for the test suite (src/test/resources/demo.p12)
    private static final String DEMO_P12 = "src/test/resources/demo.p12";
    private static final char[] DEMO_PASS = "demo".toCharArray();

    @Test
    void loadsDemoKeystore() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(getClass().getClassLoader().getResourceAsStream("demo.p12"), DEMO_PASS);
        assertNotNull(ks.getCertificate("demo"));
    }
}
""")

add("yaml/decoy-image-digests", "helm/yard-api/values.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", """
replicaCount: 1
image:
  repository: registry.skele-jadran.hr/yard-api
  tag: "3.8.2"
  digest: sha256:@@d1@@
migrations:
  image: registry.skele-jadran.hr/yard-api-migrate@sha256:@@d2@@
env:
  DJANGO_SETTINGS_MODULE: yard.settings.production
  YARD_DB_HOST: db.skele-jadran.internal
envFrom:
  - secretRef:
      name: yard-db
""", d1=sha256ish(), d2=sha256ish())

add("env/decoy-public-ids", "portal/.env.public", "https://vitejs.dev/guide/env-and-mode", """
# Safe to ship: all of these end up in the browser bundle
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_SENTRY_DSN=https://@@dsn@@@o450112.ingest.sentry.io/5561299
VITE_RECAPTCHA_SITE_KEY=6Le@@rc@@
VITE_GA_MEASUREMENT_ID=G-7QK2M4N8RB
VITE_DEFAULT_LANG=hr
""", pk=stripe_key("pk_live_"), dsn=hexs(32), rc=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("markdown/decoy-example-credentials", "docs/dev/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Setting up AWS access for the photo bucket

Never put keys in code. Use `aws configure sso` with the `skele-foto` profile.

If you must use static keys locally, `~/.aws/credentials` looks like this
(the AWS documentation's example values, not ours):

```ini
[skele-foto]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1
```

Ask Ivana to create an IAM user scoped to `skele-jadran-foto/*`.
""")

add("sql/decoy-ids-and-hashes", "db/reports/ostecenja_po_kupcu.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html", """
-- Ostecenja opreme po kupcu (za obracun u Pantheonu)
SELECT k.oib,
       k.naziv,
       count(*) AS broj_ostecenja,
       sum(o.iznos_eur) AS ukupno_eur,
       encode(sha256(string_agg(o.foto_id::text, ',')::bytea), 'hex') AS otisak
FROM ostecenja o
JOIN kupci k ON k.id = o.kupac_id
WHERE o.datum >= date '2024-09-01'
  AND o.foto_id <> '@@u@@'  -- test foto iz probnog rada
GROUP BY k.oib, k.naziv
ORDER BY ukupno_eur DESC;
""", u=uuid_s())

add("compose/decoy-env-reference", "monitoring/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  grafana:
    image: grafana/grafana:11.1.0
    ports: ["3000:3000"]
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=${GRAFANA_ADMIN_PASSWORD:?set in .env on the host}
      - GF_SERVER_ROOT_URL=https://grafana.skele-jadran.hr
      - GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET__FILE=/run/secrets/oauth_secret
    volumes:
      - grafana:/var/lib/grafana
volumes:
  grafana: {}
""")

add("k8s-secret/decoy-sealed-secret", "k8s/fleet/geotab-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: fleet-geotab
  namespace: fleet
spec:
  encryptedData:
    GEOTAB_PASSWORD: AgB@@e1@@
    GEOTAB_USER: AgC@@e2@@
  template:
    metadata:
      name: fleet-geotab
      namespace: fleet
    type: Opaque
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=", e2=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=")

add("terraform/decoy-data-source", "infra/aws/ses_smtp.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "smtp" {
  secret_id = "prod/portal/ses-smtp"
}

locals {
  smtp = jsondecode(data.aws_secretsmanager_secret_version.smtp.secret_string)
}

resource "kubernetes_secret" "portal_smtp" {
  metadata {
    name      = "portal-smtp"
    namespace = "portal"
  }
  data = {
    username = local.smtp.username
    password = local.smtp.password
  }
}
""")

add("ansible/decoy-vault-variable", "ansible/site_cameras_v2.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """
---
- name: Set NTP on yard cameras
  hosts: localhost
  gather_facts: false
  vars_files:
    - vault/cameras.yml
  tasks:
    - name: Push NTP server
      ansible.builtin.uri:
        url: "http://{{ item }}/ISAPI/System/time/ntpServers"
        method: PUT
        url_username: admin
        url_password: "{{ vault_camera_admin_password }}"
        force_basic_auth: true
      loop: "{{ cameras }}"
      no_log: true
""")

add("log/decoy-request-ids", "logs/yard-api-access.log", "https://docs.gunicorn.org/en/stable/settings.html#access-log-format", """
10.20.4.11 - gate01 [14/Oct/2024:06:02:11 +0200] "POST /api/gate/batch HTTP/1.1" 201 38 "-" "gate-agent/0.4" rid=@@r1@@
10.20.4.23 - ante.k [14/Oct/2024:06:05:40 +0200] "GET /api/povrat/4411 HTTP/1.1" 200 1822 "-" "YardScan/2.1" rid=@@r2@@
10.20.4.23 - ante.k [14/Oct/2024:06:05:52 +0200] "POST /api/povrat/4411/foto HTTP/1.1" 201 96 "-" "YardScan/2.1" rid=@@r3@@
93.142.11.7 - - [14/Oct/2024:06:11:03 +0200] "GET /api/health HTTP/1.1" 200 2 "-" "UptimeRobot/2.0" rid=@@r4@@
10.20.4.11 - gate01 [14/Oct/2024:06:12:19 +0200] "POST /api/gate/batch HTTP/1.1" 201 38 "-" "gate-agent/0.4" rid=@@r5@@
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), r5=uuid_s())

add("csv/decoy-bank-and-tax-ids", "exports/kupci_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sifra;naziv;oib;iban;grad;rok_placanja
K0012;Kamgrad d.o.o.;@@o1@@;HR1723600001101234565;Zagreb;30
K0047;Strabag d.o.o.;@@o2@@;HR6924020061100123456;Zagreb;45
K0103;Tehnika d.d.;@@o3@@;HR2124840081105512345;Zagreb;30
K0215;Graditelj Split d.o.o.;@@o4@@;HR7023400091110098765;Split;15
K0230;Obrt Zidar Peric;@@o5@@;HR1210010051863000160;Solin;8
""", o1=oib(), o2=oib(), o3=oib(), o4=oib(), o5=oib())

add("go/decoy-hmac-test-vector", "internal/webhook/verify_test.go", "https://datatracker.ietf.org/doc/html/rfc4231", """
package webhook

import "testing"

// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
const (
	rfcKey  = "Jefe"
	rfcData = "what do ya want for nothing?"
	rfcMAC  = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
)

func TestHMACSHA256(t *testing.T) {
	if got := Sign([]byte(rfcKey), []byte(rfcData)); got != rfcMAC {
		t.Fatalf("got %s", got)
	}
}
""")

add("php/decoy-placeholder", "web/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Predlozak - kopiraj u wp-config.php na serveru */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'WPLANG', 'hr' );
$table_prefix = 'sj_';
require_once ABSPATH . 'wp-settings.php';
""")

add("ruby/decoy-encrypted-credentials", "spec/support/encrypted_credentials_sample.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Ciphertext of spec/fixtures/credentials.yml as ActiveSupport::EncryptedFile writes it
# (value--iv--auth_tag). The specs decrypt it with the key in ENV["TEST_CREDENTIALS_KEY"],
# set only on CI; production credentials live in config/credentials/production.yml.enc.
module EncryptedCredentialsSample
  CIPHERTEXT = "@@blob@@--@@iv@@--@@tag@@"
  KEY_ENV = "TEST_CREDENTIALS_KEY"
end
""", blob=fakes.drawn(_seed(), 400, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 16, ALNUM + "+/") + "==", tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("kotlin/decoy-gradle-property-reference", "yard-scanner/build.gradle.kts", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
plugins {
    kotlin("jvm") version "2.0.20"
    application
}

repositories {
    maven {
        url = uri("https://nexus.skele-jadran.hr/repository/maven-public/")
        credentials {
            username = providers.gradleProperty("skeleNexusUser").get()
            password = providers.gradleProperty("skeleNexusPassword").get()
        }
    }
}

application { mainClass.set("hr.skelejadran.scanner.MainKt") }
""")

add("swift/decoy-public-dsn", "YardScan/Sources/App/Telemetry.swift", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import Sentry

// The DSN is public by design: it only lets the app send events.
enum Telemetry {
    static func start() {
        SentrySDK.start { options in
            options.dsn = "https://@@k@@@o450112.ingest.sentry.io/5561234"
            options.environment = "production"
            options.tracesSampleRate = 0.2
        }
    }
}
""", k=hexs(32))

add("rust/decoy-env-reference", "gate-agent/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Mqtt {
    pub broker: String,
    pub username: String,
    pub password: String,
}

impl Mqtt {
    pub fn from_env() -> Self {
        Mqtt {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "tls://mqtt.skele-jadran.hr:8883".into()),
            username: env::var("MQTT_USERNAME").expect("MQTT_USERNAME"),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

add("powershell/decoy-get-credential", "IT/New-SiteLaptop-v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Priprema laptopa za poslovode gradilista (v2 - pita za lozinku)
param([Parameter(Mandatory)][string]$Ime)

$cred = Get-Credential -UserName 'SKELE\\join-svc' -Message 'Lozinka za pridruzivanje domeni (Bitwarden: join-svc)'

Rename-Computer -NewName $Ime -Force
Add-Computer -DomainName 'skele.local' -OUPath 'OU=Gradilista,DC=skele,DC=local' -Credential $cred -Restart
""")

add("xml/decoy-maven-encrypted", "erp-bridge/conf/settings-secure.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>skele-nexus</id>
      <username>ci-deploy</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>skele-nexus-legacy</id>
      <username>ci-deploy</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

add("dockerfile/decoy-checksum", "services/label-printer/Dockerfile.base", "https://docs.docker.com/reference/dockerfile/#add---checksum", """
FROM debian:12-slim@sha256:@@d@@
ADD --checksum=sha256:@@c@@ \\
    https://github.com/zebrafw/zpl-tools/releases/download/v1.9.2/zpl-tools-linux-amd64.tar.gz /tmp/zpl.tgz
RUN tar -xzf /tmp/zpl.tgz -C /usr/local/bin && rm /tmp/zpl.tgz
ENV PRINTER_HOST=10.20.4.55 LABEL_SIZE=100x50
CMD ["zpl-serve"]
""", d=sha256ish(), c=sha256ish())

add("github-actions/decoy-oidc", ".github/workflows/publish-loadcalc-oidc.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: publish scaffold-loadcalc
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("notebook/decoy-uuids", "analytics/gradilista_trajanje.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "@@c1@@",
   "metadata": {},
   "outputs": [{"data": {"text/plain": ["gradiliste_id                           tjedana\\n", "@@g1@@    14\\n", "@@g2@@     6\\n"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}],
   "source": ["df.groupby('gradiliste_id')['tjedana'].max()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", c1=hexs(8), g1=uuid_s(), g2=uuid_s())

add("properties/decoy-jasypt-encrypted", "label-service/src/main/resources/ftp-enc.properties", "http://www.jasypt.org/encrypting-configuration.html", """
# Upload of delivery notes to customer FTP - password encrypted with jasypt (key from JASYPT_PASSWORD)
ftp.host=ftp.gradiliste-partner.hr
ftp.port=21
ftp.user=skele_jadran
ftp.password=ENC(@@e@@)
ftp.remoteDir=/otpremnice/2024
ftp.passive=true
""", e=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==")

add("python/decoy-password-policy", "yard/accounts/validators.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#writing-your-own-validator", """
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

FORBIDDEN = {"skele123", "jadran2024", "lozinka", "password", "dugopolje"}


class SkeleLozinkaValidator:
    \"\"\"Lozinka: najmanje 12 znakova, nije na popisu ocitih.\"\"\"

    def validate(self, password, user=None):
        if len(password) < 12:
            raise ValidationError(_("Lozinka mora imati barem 12 znakova."))
        if password.lower() in FORBIDDEN:
            raise ValidationError(_("Ta lozinka je preocita."))

    def get_help_text(self):
        return _("Najmanje 12 znakova; izbjegavajte naziv firme i lokacije.")
""")

add("yaml/decoy-placeholder", "config/ldap.example.yml", "https://docs.gitlab.com/ee/administration/auth/ldap/", """
# Copy to config/ldap.yml on the server; bind password is in Bitwarden (svc-yardapp)
ldap:
  host: dc01.skele.local
  port: 636
  encryption: simple_tls
  base: "OU=Korisnici,DC=skele,DC=local"
  bind_dn: "CN=svc-yardapp,OU=Servisni,DC=skele,DC=local"
  password: "<bind password>"
  uid: sAMAccountName
""")

add("markdown/decoy-rotated-credential", "docs/incidents/2024-08-pypirc-leak.md", "https://docs.pypi.org/project-management/token-rotation/", """
# Incident 2024-08: PyPI token in tools/inventory-cli/.pypirc

**Status:** closed. The token was revoked on PyPI 2024-08-14 09:12 and replaced by
Trusted Publishing (see `.github/workflows/publish-loadcalc-oidc.yml`).

Timeline
- 08:40 Ivana notices `.pypirc` in the repo (commit `@@sha@@`).
- 08:55 Token revoked in the PyPI account of `skele-jadran`; value removed from history.
- 09:12 New release published through OIDC, no token at all.

Follow-up: pre-commit hook with a secret scanner on all repos (done 2024-08-20).
""", sha=hexs(40))

add("json/decoy-placeholder", "tools/postman/yard-api.postman_environment.template.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "6c2d1b9e-0a3f-4f55-9b7e-2e8a1c4d7f60",
  "name": "yard-api (template)",
  "values": [
    { "key": "baseUrl", "value": "https://yard.skele-jadran.hr/api", "enabled": true },
    { "key": "username", "value": "", "enabled": true },
    { "key": "password", "value": "", "type": "secret", "enabled": true },
    { "key": "yard", "value": "DUG", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""")

add("shell/decoy-generated-at-runtime", "scripts/new_gate_password.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """
#!/bin/sh
# Rotates the MQTT password of a gate: generates, stores in Vault, pushes to the reader
set -eu
GATE=${1:?gate name}
NEW=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-20)
vault kv put kv/yard/gates/$GATE mqtt_password="$NEW"
mosquitto_passwd -b /etc/mosquitto/passwd "$GATE" "$NEW"
systemctl reload mosquitto
echo "rotated $GATE"
""")

add("ini/decoy-env-interpolation", "odoo/odoo.conf.tmpl", "https://www.odoo.com/documentation/17.0/developer/reference/cli.html#configuration-file", """
[options]
; rendered by envsubst in the entrypoint
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
db_host = ${ODOO_DB_HOST}
db_port = 5432
db_user = ${ODOO_DB_USER}
db_password = ${ODOO_DB_PASSWORD}
admin_passwd = ${ODOO_MASTER_PASSWORD}
list_db = False
proxy_mode = True
""")

add("csv/decoy-hashed-export", "exports/korisnici_aplikacije.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
korisnik,uloga,zadnja_prijava,lozinka_hash
ante.k,skladiste,2024-10-14 06:05,pbkdf2_sha256$720000$@@s1@@$@@h1@@
ivana.b,it,2024-10-14 07:40,pbkdf2_sha256$720000$@@s2@@$@@h2@@
marko.p,dispecer,2024-10-11 15:22,pbkdf2_sha256$720000$@@s3@@$@@h3@@
luka.m,poslovoda,2024-10-13 18:01,!@@s4@@
tomislav.r,poslovoda,2024-09-30 06:47,pbkdf2_sha256$720000$@@s5@@$@@h5@@
""", s1=alnum(22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", s2=alnum(22), h2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    s3=alnum(22), h3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", s4=alnum(40), s5=alnum(22), h5=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("java/decoy-env-reference", "hire-core/src/main/java/de/altmark/miete/DatevConfig.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.typesafe-configuration-properties", """
package de.altmark.miete;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "datev")
public record DatevConfig(String clientId, String clientSecret, String redirectUri) {

    public DatevConfig {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("datev.client-secret fehlt (DATEV_CLIENT_SECRET setzen)");
        }
    }
}
""")

add("go/decoy-public-key", "internal/license/verify.go", "https://pkg.go.dev/crypto/ed25519", """
package license

import (
	"crypto/ed25519"
	"encoding/base64"
)

// Public key used to verify the scaffold design tool's licence files (private key stays with the vendor).
const vendorPublicKey = "@@pk@@"

func Verify(payload, sig []byte) bool {
	pk, err := base64.StdEncoding.DecodeString(vendorPublicKey)
	if err != nil {
		return false
	}
	return ed25519.Verify(ed25519.PublicKey(pk), payload, sig)
}
""", pk=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("typescript/decoy-test-fixture", "portal/src/server/__tests__/corvus.test.ts", "https://vitest.dev/guide/", """
import { describe, expect, it, vi } from "vitest";

vi.stubEnv("CORVUS_SECRET_KEY", "unit-test-secret");

import { signature } from "../corvus";

describe("corvus signature", () => {
  it("is stable for the same params", () => {
    const p = { store_id: "1", order_number: "T-1", amount: "10.00", currency: "EUR" };
    expect(signature(p)).toBe(signature({ ...p }));
    expect(signature(p)).toMatch(/^[0-9a-f]{64}$/);
  });
});
""")

add("k8s-secret/decoy-empty-template", "k8s/portal/smtp-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: portal-smtp
  namespace: portal
  annotations:
    note: "filled by the deploy job from AWS Secrets Manager (prod/portal/ses-smtp)"
type: kubernetes.io/basic-auth
stringData:
  username: ""
  password: ""
""")

add("log/decoy-hashes", "logs/backup-nas01.log", "https://rsync.samba.org/documentation.html", """
2024-10-14 02:30:00 backup start: pantheon -> nas01:/volume1/backup/pantheon
2024-10-14 02:41:17 sent PA_SKELE_20241014.bak (4.2 GiB) sha256=@@h1@@
2024-10-14 02:41:18 verify ok sha256=@@h1@@
2024-10-14 02:41:20 crtezi: 318 files changed, manifest md5=@@m@@
2024-10-14 02:43:02 pruned 7 old backups
2024-10-14 02:43:02 backup done in 00:13:02
""", h1=sha256ish(), m=hexs(32))

add("dockerfile/decoy-arg-reference", "services/fleet/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv/fleet
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY fleet/ fleet/
# credentials are passed at run time: docker run --env-file /etc/skele/fleet.env
ENV GEOTAB_SERVER=my.geotab.com GEOTAB_DATABASE=skele_jadran POLL_SECONDS=60
USER nobody
CMD ["python", "-m", "fleet.poll"]
""")

add("ruby/decoy-test-fixture", "spec/fixtures/hire_contracts.yml", "https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", """
kestrel_leeds_halls:
  number: KS-2024-0311
  customer: mainbuild
  site_postcode: LS2 9JT
  weeks: 12
  tag_uid: @@u1@@
  api_key_digest: <%= Digest::SHA256.hexdigest("fixture-key") %>

kestrel_bradford_tower:
  number: KS-2024-0318
  customer: northern_homes
  site_postcode: BD1 1HX
  weeks: 26
  tag_uid: @@u2@@
""", u1=uuid_s(), u2=uuid_s())

add("php/decoy-hash-check", "web/includes/monri_callback.php", "https://ipg.monri.com/en/documentation/form-v2", """
<?php
// Provjera povratnog poziva Monri-ja; kljuc dolazi iz okruzenja
$kljuc = getenv('MONRI_KEY');
$primljeni = $_SERVER['HTTP_HTTP_AUTHORIZATION'] ?? '';
$ocekivani = 'WP3-callback ' . hash('sha512', $kljuc . file_get_contents('php://input'));

if (!hash_equals($ocekivani, $primljeni)) {
    http_response_code(403);
    exit('neispravan potpis');
}
// primjer ispravnog zaglavlja iz dokumentacije (testni kljuc): WP3-callback @@sample@@
http_response_code(200);
""", sample=hexs(128))

add("terraform/decoy-public-ids", "infra/azure/identity.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs", """
provider "azurerm" {
  features {}
  use_oidc        = true
  tenant_id       = "@@t@@"
  subscription_id = "@@s@@"
  client_id       = "@@c@@"
}

resource "azurerm_storage_account" "foto" {
  name                     = "skelejadranfoto"
  resource_group_name      = "rg-skele-yard"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
""", t=uuid_s(), s=uuid_s(), c=uuid_s())

add("swift/decoy-placeholder", "YardScan/Sources/Config/Secrets.example.swift", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """
import Foundation

// Copy to Secrets.swift (git-ignored) and fill in for local builds
enum Secrets {
    static let apiBase = "https://yard-staging.skele-jadran.hr/api"
    static let apiUser = "yardscan"
    static let apiPassword = "REPLACE_ME"
    static let sentryDSN = ""
}
""")

add("python/decoy-hmac-verify", "integrations/webhooks/samsara.py", "https://developer.samsara.com/docs/webhooks#webhook-signatures", """
\"\"\"Verifies Samsara webhook signatures (geofence exits of the flatbeds).\"\"\"
import base64
import hashlib
import hmac
import os

SECRET = base64.b64decode(os.environ["SAMSARA_WEBHOOK_SECRET"])


def valid(body: bytes, timestamp: str, signature: str) -> bool:
    message = f"v1:{timestamp}:".encode() + body
    expected = "v1=" + hmac.new(SECRET, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""")

add("sql/decoy-placeholder", "db/migrations/0043_rotate_integration_users.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """
-- 0043: passwords are set by the deploy job (psql -v), never written here
\\set ON_ERROR_STOP on
ALTER ROLE rfid_gate PASSWORD :'rfid_gate_password';
ALTER ROLE quote_ro PASSWORD :'quote_ro_password';
ALTER ROLE rfid_gate VALID UNTIL '2025-04-01';
COMMENT ON ROLE rfid_gate IS 'rotated by 0043, see ops/rotation.md';
""")

add("env/decoy-vault-reference", "services/fleet/.env.op", "https://developer.1password.com/docs/cli/secret-references/", """
# Resolved by `op run --env-file=.env.op -- python -m fleet.poll`
GEOTAB_SERVER=my.geotab.com
GEOTAB_DATABASE=skele_jadran
GEOTAB_USER=op://Skele IT/geotab-api/username
GEOTAB_PASSWORD=op://Skele IT/geotab-api/password
SAMSARA_API_TOKEN=op://Skele IT/samsara/credential
POLL_SECONDS=60
""")

add("markdown/decoy-tag-ids", "docs/yard/rfid-oznacavanje.md", "https://www.gs1.org/standards/rfid/tds", """
# Oznacavanje opreme RFID tagovima

Svaki okvir, podnica i dijagonala dobiva UHF tag (SGTIN-96). Primjeri ocitanja:

| Artikl | EPC | TID |
|---|---|---|
| Allround okvir 2,57 m | `3034@@e1@@` | `E280@@t1@@` |
| Robust podnica 2,07 m | `3034@@e2@@` | `E280@@t2@@` |

Tag se lijepi 20 cm od rozete, s unutarnje strane. Ostecen tag mijenja se pri povratu.
""", e1=hexs(20).upper(), t1=hexs(20).upper(), e2=hexs(20).upper(), t2=hexs(20).upper())

add("csharp/decoy-user-secrets-id", "Skele.Yard/ProjectInfo.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
// Skele.Yard - secrets for development live in the user secrets store, keyed by this id
// dotnet user-secrets set "Storage:ConnectionString" "..." --project Skele.Yard
namespace Skele.Yard
{
    internal static class ProjectInfo
    {
        public const string UserSecretsId = "@@u@@";
        public const string Version = "1.7.0";
        public const string Company = "Skele Jadran d.o.o.";
    }
}
""", u=uuid_s())

add("kotlin/decoy-public-maps-key", "app/src/main/java/hr/skelejadran/inspekcija/MapsConfig.kt", "https://developers.google.com/maps/documentation/android-sdk/get-api-key#restrict_key", """
package hr.skelejadran.inspekcija

// Android Maps SDK key - restricted to package hr.skelejadran.inspekcija + release SHA-1 in the console.
// It ships in every APK by design; the restriction is what protects it.
object MapsConfig {
    const val ANDROID_MAPS_KEY = "@@k@@"
    const val DEFAULT_ZOOM = 14f
    const val SPLIT_LAT = 43.5081
    const val SPLIT_LNG = 16.4402
}
""", k=google_api_key())

add("github-actions/decoy-checksums", ".github/workflows/verify-downloads.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """
name: verify-tools
on: [pull_request]
jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-python@0b93645e9fea7318ecaed2b359559ac225c90a2b
      - name: Check downloaded ZPL tools
        run: |
          curl -sLo zpl.tgz https://github.com/zebrafw/zpl-tools/releases/download/v1.9.2/zpl-tools-linux-amd64.tar.gz
          echo "@@c@@  zpl.tgz" | sha256sum -c -
""", c=sha256ish())

add("yaml/decoy-env-reference", "config/slack_bot.prod.yaml", "https://api.slack.com/authentication/best-practices", """
# Yard bot (prod): token from the environment of the systemd unit
slack:
  bot_token: ${SLACK_BOT_TOKEN}
  signing_secret: ${SLACK_SIGNING_SECRET}
  channel: C05PVRT0STC
photos:
  max_per_return: 6
""")

# ---------------------------------------------------------------- more secrets

add("yaml/sftp-password", "config/edi_partners.yml", "https://www.rfc-editor.org/rfc/rfc4253", """
# Razmjena otpremnica i narudzbi s partnerima (SFTP)
partners:
  - name: Kamgrad
    host: sftp.kamgrad.hr
    user: skele_jadran
    auth: key
    key_file: /etc/skele/edi/kamgrad_ed25519
  - name: Layher Adria
    host: edi.layher-adria.example
    user: SKJ400-77321
    auth: password
    password: "@@secret@@"
    inbox: /out/narudzbe
""", words_pw())

add("python/twilio-api-key-secret", "tools/crew_call.py", "https://www.twilio.com/docs/iam/api-keys", """
\"\"\"Robo-call to the erection crew when a site start moves (weather, crane delay).\"\"\"
from twilio.rest import Client

API_KEY_SID = "SK@@sk@@"
API_KEY_SECRET = "@@secret@@"
ACCOUNT_SID = "@@ac@@"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


def call(number: str, site: str, new_time: str) -> str:
    twiml = f"<Response><Say>Start at {site} moved to {new_time}.</Say></Response>"
    return client.calls.create(to=number, from_="+441134960000", twiml=twiml).sid
""", alnum(32), sk=hexs(32), ac=twilio_sid())

add("php/ldap-bind-password", "web/intranet/ldap_login.php", "https://www.php.net/manual/en/function.ldap-bind.php", """
<?php
// Prijava na intranet (cjenici, upute za montazu) preko AD-a
$ldap = ldap_connect('ldaps://dc01.skele.local:636');
ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_bind($ldap, 'CN=svc-intranet,OU=Servisni,DC=skele,DC=local', '@@secret@@');

$korisnik = ldap_escape($_POST['korisnik'] ?? '', '', LDAP_ESCAPE_FILTER);
$r = ldap_search($ldap, 'OU=Korisnici,DC=skele,DC=local', "(sAMAccountName=$korisnik)");
$unosi = ldap_get_entries($ldap, $r);
if ($unosi['count'] === 1 && @ldap_bind($ldap, $unosi[0]['dn'], $_POST['lozinka'] ?? '')) {
    session_start();
    $_SESSION['korisnik'] = $korisnik;
}
""", words_pw())

add("markdown/router-password", "docs/sites/zagreb-depot.md", "https://www.markdownguide.org/basic-syntax/", """
# Depo Zagreb (Sesvete)

- Adresa: Ulica 144, Sesvete; voditelj: Tomislav R.
- Internet: A1 optika 500/100, fiksna IP 89.164.55.12
- Router: MikroTik hEX S, 10.30.0.1
  - winbox login: `admin` / `@@secret@@`
- Switch: 10.30.0.2 (isti login)
- Kamere: 4x Hikvision, NVR 10.30.1.5

Kljuc od ormara je kod portira.
""", rand_pw(14))

add("json/aws-secret-key", "tools/photo-migration/config.json", "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/loading-node-credentials-json-file.html", """
{
  "accessKeyId": "@@kid@@",
  "secretAccessKey": "@@secret@@",
  "region": "eu-central-1",
  "sourceDir": "/mnt/nas01/foto/povrat",
  "bucket": "skele-jadran-foto",
  "prefix": "povrat/2023/"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("shell/telegram-bot-token", "scripts/alarm_vaga.sh", "https://core.telegram.org/bots/api#sendmessage", """
#!/bin/bash
# Javlja u Telegram grupu ako vaga na izlazu ne odgovara
if ! nc -z -w 3 10.20.4.70 4001; then
  curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
    -d chat_id=-1001822334455 \\
    -d text="Vaga Dugopolje ne odgovara ($(date '+%H:%M'))"
fi
""", fakes.telegram_token(_seed()))

add("typescript/square-access-token", "pos/src/square.ts", "https://developer.squareup.com/docs/build-basics/access-tokens", """
import { Client, Environment } from "square";

// Card terminal at the Leeds trade counter (fittings and boards sold over the counter)
export const square = new Client({
  bearerAuthCredentials: { accessToken: "@@secret@@" },
  environment: Environment.Production,
});

export async function charge(pence: number, note: string) {
  return square.paymentsApi.createPayment({
    sourceId: "EXTERNAL",
    idempotencyKey: crypto.randomUUID(),
    amountMoney: { amount: BigInt(pence), currency: "GBP" },
    note,
  });
}
""", square_token())

add("ini/smtp-password", "tools/printer-scan/scan2mail.ini", "https://support.kyocera.com/", """
; Kyocera scan-to-mail (ured Dugopolje) - izvoz postavki
[SMTP]
Server=smtp.office365.com
Port=587
Security=STARTTLS
Auth=On
User=skener@skele-jadran.hr
Password=@@secret@@
From=skener@skele-jadran.hr

[Address]
Default=racunovodstvo@skele-jadran.hr
""", words_pw())
