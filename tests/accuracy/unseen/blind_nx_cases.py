"""Blind set NX: a Bautzen/Budyšin linen-weaving museum shop and an Upper Lusatian carp fishery.

The museum shop (Płatowa tkalnja Budyšin: web shop, till, newsletter, ticketing, label printer)
and the carp fishery (Rybarnja Hornja Łužica: pond sensors over LoRaWAN/MQTT, aerator control,
Christmas carp orders, delivery tours), with notes and comments partly in Upper Sorbian and German.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8650000-8659999).
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
UPPER = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 8650000, 8659999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kapr", "Hatk", "Plat", "Lenk", "Tkalc", "Ryba", "Sprjewja", "Lodka", "Sitko", "Wudka",
         "Krosna", "Cwjel", "Hody", "Zyma", "Mlyn", "Kamjen", "Lipa", "Wjerba", "Smjetana", "Bobr"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://platowa.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us21"


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def woo_key() -> str:
    return "ck_" + hexs(40)


def mollie() -> str:
    return mixed(30, "live_")


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def ttn_key() -> str:
    return "NNSXS." + rnd(39, UPPER) + "." + rnd(52, UPPER)


def influx_token() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "-_") + "=="


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def hetzner() -> str:
    return mixed(64)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-nx/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- museum shop: web shop and payments

add("python/stripe-live", "shop/platowa/payments/stripe_client.py", "https://docs.stripe.com/keys", r'''
"""Płaćenje w muzejnym wobchodźe (Stripe). Zahlungen im Museumsladen."""
import stripe

# TODO(jana): kluč do .env přesunyć, nachwilnje tu
stripe.api_key = "@@s@@"


def checkout_for(order):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": p.stripe_price, "quantity": p.qty} for p in order.positions],
        success_url="https://wobchod.plat-muzej.de/dźakujemy",
        cancel_url="https://wobchod.plat-muzej.de/kosyk",
    )
''', stripe())

add("env/mollie", "shop/platowa/.env.production", "https://docs.mollie.com/overview/authentication", r'''
# Wobchod Płatowa tkalnja - production
APP_ENV=production
APP_URL=https://wobchod.plat-muzej.de
DB_HOST=10.20.0.5
DB_NAME=platowa_shop
MOLLIE_API_KEY=@@s@@
MOLLIE_PROFILE_ID=pfl_QkEhN3KnRt
MAIL_FROM=wobchod@plat-muzej.de
''', mollie())

add("env/decoy-placeholder", "shop/platowa/.env.example", "https://docs.mollie.com/overview/authentication", r'''
# Kopija jako .env - hódnoty wot Jany prašeć
# Kopie als .env anlegen, Werte bei Jana erfragen
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_PASSWORD=
MOLLIE_API_KEY=live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
MOLLIE_PROFILE_ID=pfl_XXXXXXXXXX
STRIPE_SECRET_KEY=sk_live_...
''')

add("php/woocommerce", "shop/wordpress/wp-content/plugins/platowa-sync/config.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
<?php
// Synchronizacija składa mjez kasu a WooCommerce
// Lagerabgleich Kasse <-> WooCommerce
return [
    'store_url'       => 'https://wobchod.plat-muzej.de',
    'consumer_key'    => '@@k@@',
    'consumer_secret' => '@@s@@',
    'version'         => 'wc/v3',
    'timeout'         => 20,
];
''', woo_secret(), k=woo_key())

add("php/decoy-env-reference", "shop/wordpress/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Nastajenja WordPress za muzejny wobchod - hesła přińdu z wokoliny */
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', getenv('WP_DB_HOST') ?: 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'plm_';
''')

add("php/wordpress-db", "shop/wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// Muzejny wobchod - produkcija (NJE do gita!)
define( 'DB_NAME', 'platowa_wp' );
define( 'DB_USER', 'platowa_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.intern.plat-muzej.de' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_DEBUG', false );
$table_prefix = 'plm_';
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("yaml/shopify", "shop/shopify-sync/config/settings.yml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", r'''
# Płatowe rjedźiwo na Shopify (Marktplatz-Filiale Dresden)
shop:
  domain: platowa-tkalnja.myshopify.com
  api_version: "2024-10"
  admin_token: @@s@@
sync:
  interval_minutes: 30
  collections:
    - tischwaesche
    - blaudruck
    - handtuecher
''', shopify())

add("json/decoy-publishable-key", "shop/platowa/public/js/stripe-config.json", "https://docs.stripe.com/keys#obtain-api-keys", r'''
{
  "publishableKey": "@@k@@",
  "locale": "de",
  "currency": "eur",
  "appearance": {"theme": "flat", "variables": {"colorPrimary": "#1d3557"}},
  "note": "publikowny kluč - smě do browsera"
}
''', k=stripe("pk_live_"))

add("ts/paypal", "shop/checkout/src/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", r'''
// PayPal za přepodawanje tikaćow a wobchod
import fetch from "node-fetch";

const PAYPAL_CLIENT_ID = "AQm4wVtqR9cPz1LkTzY0mEp7Hc2XbNfJ8sDaG6uWqIo5";
const PAYPAL_CLIENT_SECRET = "@@s@@";

export async function accessToken(): Promise<string> {
  const basic = Buffer.from(`${PAYPAL_CLIENT_ID}:${PAYPAL_CLIENT_SECRET}`).toString("base64");
  const res = await fetch("https://api-m.paypal.com/v1/oauth2/token", {
    method: "POST",
    headers: { Authorization: `Basic ${basic}` },
    body: "grant_type=client_credentials",
  });
  return (await res.json()).access_token;
}
''', paypal_secret())

add("ts/decoy-env-reference", "shop/checkout/src/config.ts", "https://developer.paypal.com/api/rest/authentication/", r'''
// Konfiguracija přez wokolinu (Vercel). Keine Schlüssel im Code!
export const config = {
  paypalClientId: process.env.PAYPAL_CLIENT_ID ?? "",
  paypalClientSecret: process.env.PAYPAL_CLIENT_SECRET ?? "",
  stripeSecretKey: process.env.STRIPE_SECRET_KEY!,
  mollieApiKey: process.env.MOLLIE_API_KEY!,
  shopUrl: process.env.SHOP_URL ?? "https://wobchod.plat-muzej.de",
};
''')

add("ruby/sendgrid", "shop/newsletter/lib/mailer.rb", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", r'''
# Powěsćowy list muzeja (Newsletter) - jónu wob měsac
require "sendgrid-ruby"

class MuzejMailer
  API_KEY = "@@s@@".freeze

  def initialize
    @sg = SendGrid::API.new(api_key: API_KEY)
  end

  def send_issue(issue)
    @sg.client.mail._("send").post(request_body: issue.to_sendgrid)
  end
end
''', sendgrid())

add("python/mailchimp", "shop/newsletter/sync_subscribers.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
# Abonentow z kasy do Mailchimp přenjesć
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@s@@",
    "server": "us21",
})

LIST_ID = "8c1f0e2a7b"


def sync(rows):
    for row in rows:
        client.lists.set_list_member(LIST_ID, row.hash, {"email_address": row.email, "status_if_new": "subscribed"})
''', mailchimp())

add("python/decoy-hash", "shop/newsletter/hash_emails.py", "https://mailchimp.com/developer/marketing/docs/methods-parameters/#path-parameters", r'''
"""Mailchimp subscriber_hash = MD5 małych pismikow e-mailki. Přikład z testow."""
import hashlib

KNOWN = {
    "info@plat-muzej.de": "@@h1@@",
    "wobchod@plat-muzej.de": "@@h2@@",
}


def subscriber_hash(email: str) -> str:
    return hashlib.md5(email.lower().encode()).hexdigest()
''', h1=hexs(32), h2=hexs(32))

add("yaml/brevo", "shop/newsletter/brevo.yaml", "https://developers.brevo.com/docs/getting-started", r'''
# Brevo (Sendinblue) - transakciske mejlki za skazanki
# Transaktionsmails für Bestellungen
brevo:
  api_key: "@@s@@"
  sender:
    name: "Płatowa tkalnja Budyšin"
    email: "wobchod@plat-muzej.de"
  templates:
    order_confirmation: 12
    shipping: 13
''', brevo())

add("ini/smtp-password", "shop/kasa/kasa.ini", "https://docs.python.org/3/library/configparser.html", r'''
; Kasowy system muzejneho wobchoda - Kassensystem Museumsladen
[kasa]
filiala = Budyšin, Hrodowa 3
drukar = EPSON TM-T20III

[mail]
server = smtp.plat-muzej.de
port = 587
user = kasa@plat-muzej.de
password = @@s@@
dnjowy_rozliczk = buchhaltung@plat-muzej.de
''', words_pw())

add("ini/decoy-masked", "shop/kasa/kasa.ini.bak-redacted", "https://docs.python.org/3/library/configparser.html", r'''
; Kopija za podpěru (support ticket #4471) - hesła wotstronjene
[kasa]
filiala = Budyšin, Hrodowa 3
drukar = EPSON TM-T20III

[mail]
server = smtp.plat-muzej.de
port = 587
user = kasa@plat-muzej.de
password = ********
''')

add("go/sumup", "shop/kasa-bridge/sumup.go", "https://developer.sumup.com/api", r'''
// Package bridge zwjazuje kasu z SumUp terminalom.
package bridge

import "net/http"

// Nachwilny kluč - hdyž je terminal zaso w porjadku, do konfiga
const sumupAPIKey = "@@s@@"

func newRequest(method, url string) (*http.Request, error) {
	req, err := http.NewRequest(method, "https://api.sumup.com"+url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+sumupAPIKey)
	return req, nil
}
''', mixed(32, "sup_sk_"))

add("json/mssql-connection-string", "shop/ticketing/Platowa.Tickets/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Tickets": "Server=sql.plat-muzej.de;Database=Zastupne;User Id=tickets_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Muzej": {
    "Mjeno": "Płatowa tkalnja Budyšin",
    "WotewrjeneWot": "10:00",
    "WotewrjeneDo": "17:00"
  }
}
''', words_pw())

add("csharp/decoy-user-secrets", "shop/ticketing/Platowa.Tickets/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Tickets": "Server=localhost;Database=Zastupne;Trusted_Connection=True"
  },
  "Stripe": {
    "SecretKey": "",
    "_comment": "dotnet user-secrets set Stripe:SecretKey <kluč>"
  }
}
''')

add("csharp/smtp", "shop/ticketing/Platowa.Tickets/Services/TicketMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", r'''
using System.Net;
using System.Net.Mail;

namespace Platowa.Tickets.Services;

// Póstne tikety za skupinske wopyty - Gruppenführungen
public class TicketMailer
{
    private readonly SmtpClient _client = new("smtp.plat-muzej.de", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("tikety@plat-muzej.de", "@@s@@"),
    };

    public void Send(MailMessage msg) => _client.Send(msg);
}
''', words_pw())

add("kotlin/decoy-placeholder", "shop/app/src/main/kotlin/de/platmuzej/app/ApiConfig.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
package de.platmuzej.app

// Kluč přińdźe z local.properties přez BuildConfig - tu jenož zastupjer
object ApiConfig {
    const val BASE_URL = "https://api.plat-muzej.de/v2/"
    val API_KEY: String = BuildConfig.MUZEJ_API_KEY
    const val EXAMPLE_KEY = "<MUZEJ_API_KEY>"
    const val TIMEOUT_SECONDS = 15L
}
''')

add("properties/api-key", "shop/app/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## This file must *NOT* be checked into Version Control Systems,
## as it contains information specific to your local configuration.
sdk.dir=/home/mato/Android/Sdk
MUZEJ_API_KEY=@@s@@
MAPS_API_KEY=
''', mixed(40, "mz_live_"))

add("swift/decoy-plist-reference", "shop/ios/Platowa/Config.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
import Foundation

// Kluče su w Secrets.xcconfig (njeje w repozitoriju)
enum Config {
    static let apiBase = URL(string: "https://api.plat-muzej.de/v2/")!
    static var apiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "MUZEJ_API_KEY") as? String ?? ""
    }
    static let appStoreId = "6471203388"
}
''')

add("xcconfig/api-key", "shop/ios/Platowa/Secrets.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r'''
// Secrets.xcconfig - NJEZAPŘIJEĆ do gita (steht in .gitignore, trotzdem hier gelandet)
MUZEJ_API_KEY = @@s@@
SENTRY_ORG = platowa
SENTRY_PROJECT = ios
MARKETING_VERSION = 2.3.1
''', mixed(40, "mz_live_"))

add("markdown/decoy-docs-example", "shop/docs/api-klucy.md", "https://docs.stripe.com/keys", r'''
# API-kluče wobchoda

| Słužba | Hdźe je kluč | Přikład formata |
|---|---|---|
| Stripe | Vaultwarden, zapisk "Stripe live" | `sk_live_<24 znamješkow>` |
| Mollie | Vaultwarden, zapisk "Mollie" | `live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
| PayPal | PayPal Developer → Apps | `client_id` + `secret` |
| WooCommerce | WP-Admin → WooCommerce → REST API | `ck_…` / `cs_…` |

Kluče **nihdy** do repozitorija. Schlüssel niemals ins Repo, nur im Passwortmanager.
''')

add("markdown/stripe-restricted", "shop/docs/wobchod-runbook.md", "https://docs.stripe.com/keys#limit-access", r'''
# Runbook: zaplaćenja njeeju přišli (Zahlungen fehlen)

1. Stripe dashboard → Payments, filtr "failed".
2. Webhook log na serwerje: `journalctl -u platowa-webhooks --since today`
3. Hdyž webhook hašće njeje přišoł, ručnje znowa:

```
curl https://api.stripe.com/v1/events?type=checkout.session.completed \
  -u @@s@@:
```

4. Skazanku w WooCommerce na "processing" stajić.
''', stripe("rk_live_"))

add("html/decoy-maps-embed", "shop/platowa/templates/kontakt.html", "https://developers.google.com/maps/documentation/embed/get-started", r'''
<!doctype html>
<html lang="hsb">
<head><meta charset="utf-8"><title>Kontakt – Płatowa tkalnja Budyšin</title></head>
<body>
  <h1>Kak k nam přińdźeće / So finden Sie uns</h1>
  <p>Hrodowa 3, 02625 Budyšin</p>
  <iframe width="600" height="400" loading="lazy"
    src="https://www.google.com/maps/embed/v1/place?key={{ maps_embed_key }}&q=Budy%C5%A1in"></iframe>
  <script src="/js/app.js" integrity="sha384-@@i@@" crossorigin="anonymous"></script>
</body>
</html>
''', i=rnd(64, ALNUM + "+/"))

add("python/django-secret", "shop/ticketing-legacy/zastup/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Stary system zastupnych lisćikow (Django). Wird 2025 abgelöst."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@s@@"

DEBUG = False
ALLOWED_HOSTS = ["tikety.plat-muzej.de"]
LANGUAGE_CODE = "hsb"
TIME_ZONE = "Europe/Berlin"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "zastup"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "shop/ticketing-legacy/zastup/settings_dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Wuwiwanske nastajenja - jenož lokalnje."""
import os

from .settings import *  # noqa

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-not-for-production")
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''')

# ---------------------------------------------------------------- carp fishery: pond sensors

add("yaml/ttn-api-key", "ryby/sensory/ttn-bridge/config.yaml", "https://www.thethingsindustries.com/docs/reference/api/authentication/", r'''
# Hatowe čujniki (LoRaWAN) -> The Things Network -> Influx
# Teichsensoren: Sauerstoff, Wassertemperatur, Pegel
ttn:
  cluster: eu1.cloud.thethings.network
  application_id: rybarnja-hatowe-cujniki
  api_key: @@s@@
  topics:
    - "v3/rybarnja-hatowe-cujniki@ttn/devices/+/up"
influx:
  url: http://10.8.0.1:8086
  bucket: haty
''', ttn_key())

add("yaml/decoy-lorawan-ids", "ryby/sensory/devices.yaml", "https://www.thethingsindustries.com/docs/devices/concepts/identifiers/", r'''
# Lisćina čujnikow we hatach - jenož identifikatory (DevEUI/JoinEUI su zjawne)
# AppKeys sind NICHT hier, sondern in TTN Console
devices:
  - id: wulki-hat-kislik-01
    dev_eui: "70B3D57ED005A1C2"
    join_eui: "0000000000000000"
    hat: Wulki hat (Großteich)
  - id: mlynski-hat-temp-02
    dev_eui: "70B3D57ED005A1C3"
    join_eui: "0000000000000000"
    hat: Młynski hat
  - id: nowy-hat-pegel-03
    dev_eui: "70B3D57ED005A1D9"
    join_eui: "0000000000000000"
    hat: Nowy hat
''')

add("csv/lorawan-appkey", "ryby/sensory/provisioning/nowe_cujniki_2024.csv", "https://www.thethingsindustries.com/docs/devices/adding-devices/", r'''
dev_eui,join_eui,app_key,hat,pokazka
70B3D57ED005A1E1,0000000000000000,@@s@@,Wulki hat,nowy kislikowy čujnik
70B3D57ED005A1E2,0000000000000000,(w TTN generowany),Młynski hat,
70B3D57ED005A1E3,0000000000000000,(w TTN generowany),Nowy hat,batterija nowa
70B3D57ED005A1E4,0000000000000000,(w TTN generowany),Mały hat,zymski režim
''', hexs(32).upper())

add("python/mqtt-password", "ryby/sensory/aerator/aerator_ctl.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
"""Wodźenje wzduchowanja (Belüfter) po kislikowej hódnoće."""
import paho.mqtt.client as mqtt

MIN_O2_MG_L = 4.0  # pod tym kapry ćerpja

client = mqtt.Client(client_id="aerator-wulki-hat")
client.username_pw_set("aerator", "@@s@@")
client.connect("mqtt.kapry-luzica.de", 8883)
client.tls_set()


def on_o2(value: float) -> None:
    state = "ON" if value < MIN_O2_MG_L else "OFF"
    client.publish("haty/wulki/aerator/set", state, qos=1, retain=True)
''', fakes.redis_password(_seed()))

add("mosquitto/decoy-password-hash", "ryby/sensory/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
aerator:$7$101$@@a@@$@@b@@
ttnbridge:$7$101$@@c@@$@@d@@
grafana:$7$101$@@e@@$@@f@@
pumpa-mlyn:$7$101$@@g@@$@@h@@
telegraf:$7$101$@@i@@$@@j@@
''', a=rnd(16, ALNUM + "+/"), b=rnd(86, ALNUM + "+/") + "==", c=rnd(16, ALNUM + "+/"), d=rnd(86, ALNUM + "+/") + "==",
    e=rnd(16, ALNUM + "+/"), f=rnd(86, ALNUM + "+/") + "==", g=rnd(16, ALNUM + "+/"), h=rnd(86, ALNUM + "+/") + "==",
    i=rnd(16, ALNUM + "+/"), j=rnd(86, ALNUM + "+/") + "==")

add("conf/mosquitto-bridge", "ryby/sensory/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Móst k mqtt serwerej w rybarni (Teichhaus Kreba -> Büro)
connection bridge-hatowy-dom
address mqtt.kapry-luzica.de:8883
bridge_cafile /etc/mosquitto/certs/ca.crt
remote_username hatowy-dom
remote_password @@s@@
topic haty/# out 1
topic haty/+/aerator/set in 1
cleansession false
''', words_pw())

add("toml/influx-token", "ryby/sensory/telegraf/telegraf.toml", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r'''
# Telegraf na Raspberry Pi w hatowym domje
[agent]
  interval = "60s"
  hostname = "hatowy-dom-pi"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.kapry-luzica.de:8883"]
  topics = ["haty/+/o2", "haty/+/temp", "haty/+/pegel"]
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["http://10.8.0.1:8086"]
  token = "@@s@@"
  organization = "rybarnja"
  bucket = "haty"
''', influx_token())

add("toml/decoy-env-reference", "ryby/sensory/telegraf/telegraf.d/outputs.toml", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", r'''
# Token přińdźe z /etc/default/telegraf (INFLUX_TOKEN=...)
[[outputs.influxdb_v2]]
  urls = ["http://10.8.0.1:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "rybarnja"
  bucket = "haty_archiw"
  timeout = "10s"
''')

add("shell/influx-cli", "ryby/sensory/scripts/export_zyma.sh", "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/query/", r'''
#!/usr/bin/env bash
# Eksport zymskich datow (hody) za biologu - Winterdaten für die Biologin
set -euo pipefail
OUT=/srv/export/haty_zyma_$(date +%Y).csv

influx query \
  --host http://10.8.0.1:8086 \
  --org rybarnja \
  --token @@s@@ \
  --raw 'from(bucket:"haty") |> range(start: -90d) |> filter(fn: (r) => r._measurement == "o2")' \
  > "$OUT"
echo "hotowe: $OUT"
''', influx_token())

add("json/decoy-grafana-dashboard", "ryby/sensory/grafana/dashboards/haty.json", "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/", r'''
{
  "uid": "haty-kislik",
  "title": "Haty – kislik a temperatura",
  "tags": ["rybarnja", "haty"],
  "timezone": "Europe/Berlin",
  "panels": [
    {"id": 1, "type": "timeseries", "title": "O₂ mg/l",
     "datasource": {"type": "influxdb", "uid": "P951FEA4DE68E13C5"},
     "targets": [{"query": "from(bucket: \"haty\") |> range(start: v.timeRangeStart)"}]},
    {"id": 2, "type": "stat", "title": "Temperatura wody",
     "datasource": {"type": "influxdb", "uid": "P951FEA4DE68E13C5"}}
  ],
  "version": 14
}
''')

add("yaml/grafana-datasource", "ryby/sensory/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: Haty
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: rybarnja
      defaultBucket: haty
    secureJsonData:
      token: @@s@@
''', influx_token())

add("yaml/decoy-grafana-env", "ryby/sensory/grafana/provisioning/datasources/influx-archiw.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", r'''
apiVersion: 1
datasources:
  - name: Haty archiw
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: rybarnja
    secureJsonData:
      token: $__file{/run/secrets/influx_token}
''')

add("python/grafana-sa", "ryby/sensory/scripts/grafana_snapshot.py", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# Kóždy pjatk snapshot za wjednistwo (Wochenbericht Teiche)
import requests

GRAFANA = "https://grafana.kapry-luzica.de"
HEADERS = {"Authorization": "Bearer @@s@@"}

r = requests.post(f"{GRAFANA}/api/snapshots", headers=HEADERS, json={
    "dashboard": requests.get(f"{GRAFANA}/api/dashboards/uid/haty-kislik", headers=HEADERS).json()["dashboard"],
    "expires": 604800,
})
print("snapshot:", r.json()["url"])
''', grafana_sa())

add("c/wifi-password", "ryby/sensory/firmware/pegel_esp32/secrets.h", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r'''
// Pegel-čujnik ESP32 na Młynskim haće
#pragma once

#define WIFI_SSID      "Rybarnja-Hatowy-Dom"
#define WIFI_PASSWORD  "@@s@@"
#define MQTT_HOST      "10.8.0.1"
#define MQTT_PORT      1883
#define DEVICE_ID      "mlynski-hat-pegel"
''', words_pw())

add("c/decoy-secrets-template", "ryby/sensory/firmware/pegel_esp32/secrets.h.example", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r'''
// Kopěruj jako secrets.h a wupjelń - Als secrets.h kopieren und ausfüllen
#pragma once

#define WIFI_SSID      "your-ssid"
#define WIFI_PASSWORD  "your-wifi-password"
#define MQTT_HOST      "10.8.0.1"
#define MQTT_PORT      1883
#define DEVICE_ID      "hat-pegel-XX"
''')

add("cpp/mqtt-password", "ryby/sensory/firmware/kislik_node/src/main.cpp", "https://pubsubclient.knolleary.net/api", r'''
#include <WiFi.h>
#include <PubSubClient.h>
#include "config.h"

// Kislikowy čujnik - Sauerstoffsonde Großteich
WiFiClient net;
PubSubClient mqtt(net);

void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("kislik-wulki", "kislik-node", "@@s@@")) {
      mqtt.subscribe("haty/wulki/kalibracija");
    } else {
      delay(5000);
    }
  }
}
''', fakes.redis_password(_seed()))

add("rust/decoy-env-reference", "ryby/sensory/pondlog/src/config.rs", "https://docs.rs/dotenvy/latest/dotenvy/", r'''
// Konfiguracija přez wokolinu; w CI su to GitHub secrets.
use std::env;

pub struct Config {
    pub mqtt_url: String,
    pub mqtt_password: String,
    pub influx_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "mqtts://mqtt.kapry-luzica.de:8883".into()),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD njeje nastajene"),
            influx_token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN njeje nastajene"),
        }
    }
}
''')

add("rust/influx-token", "ryby/sensory/pondlog/tests/live_ingest.rs", "https://docs.rs/influxdb2/latest/influxdb2/", r'''
// Live test pře serwer w rybarni - jenož ručnje (#[ignore])
use influxdb2::Client;

#[tokio::test]
#[ignore]
async fn zapisaj_testowu_hodnotu() {
    let client = Client::new("http://10.8.0.1:8086", "rybarnja", "@@s@@");
    let points = vec![influxdb2::models::DataPoint::builder("o2")
        .tag("hat", "testowy")
        .field("mg_l", 7.4)
        .build()
        .unwrap()];
    client.write("haty_test", futures::stream::iter(points)).await.unwrap();
}
''', influx_token())

add("log/decoy-masked-token", "ryby/sensory/logs/ttn-bridge-2024-11-28.log", "https://www.thethingsindustries.com/docs/reference/api/authentication/", r'''
2024-11-28T05:00:01Z INFO  ttn-bridge startuje (wersija 1.4.2)
2024-11-28T05:00:01Z INFO  api_key=NNSXS.****************************.**** (maskowany)
2024-11-28T05:00:02Z INFO  zwjazany z eu1.cloud.thethings.network:8883
2024-11-28T05:14:40Z WARN  wulki-hat-kislik-01: O2 3.8 mg/l pod mjezu 4.0
2024-11-28T05:14:41Z INFO  aerator wulki -> ON
2024-11-28T06:02:13Z INFO  wulki-hat-kislik-01: O2 4.6 mg/l
2024-11-28T06:02:14Z INFO  aerator wulki -> OFF
''')

add("log/mqtt-url", "ryby/sensory/logs/aerator-crash.log", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
2024-12-02 03:11:52,114 ERROR aerator_ctl: connection lost, reconnecting
2024-12-02 03:11:52,115 DEBUG aerator_ctl: broker=mqtts://aerator:@@s@@@mqtt.kapry-luzica.de:8883 keepalive=60
2024-12-02 03:11:57,402 ERROR aerator_ctl: [Errno 111] Connection refused
Traceback (most recent call last):
  File "/opt/aerator/aerator_ctl.py", line 41, in loop
    client.reconnect()
ConnectionRefusedError: [Errno 111] Connection refused
''', fakes.redis_password(_seed()))

add("csv/decoy-sensor-export", "ryby/sensory/export/haty_2024-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
cas,hat,dev_eui,o2_mg_l,temp_c,pegel_cm,paket_hash
2024-11-01T00:00Z,wulki,70B3D57ED005A1C2,7.9,8.4,142,@@a@@
2024-11-01T00:00Z,mlynski,70B3D57ED005A1C3,8.1,8.2,118,@@b@@
2024-11-01T01:00Z,wulki,70B3D57ED005A1C2,7.7,8.3,142,@@c@@
2024-11-01T01:00Z,mlynski,70B3D57ED005A1C3,8.0,8.1,118,@@d@@
2024-11-01T02:00Z,wulki,70B3D57ED005A1C2,7.6,8.1,141,@@e@@
''', a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40), e=hexs(40))

add("js/decoy-no-secret", "ryby/sensory/ttn/payload_formatter.js", "https://www.thethingsindustries.com/docs/integrations/payload-formatters/javascript/", r'''
// TTN uplink decoder - dekoder za kislikowy čujnik
// Bytes: [0..1] O2 *100, [2..3] temp *100, [4] batterija %
function decodeUplink(input) {
  var b = input.bytes;
  return {
    data: {
      o2_mg_l: ((b[0] << 8) | b[1]) / 100,
      temp_c: (((b[2] << 8) | b[3]) << 16 >> 16) / 100,
      battery: b[4],
    },
  };
}
''')

add("yaml/decoy-sops", "ryby/sensory/k8s/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
apiVersion: v1
kind: Secret
metadata:
    name: ttn-bridge
    namespace: haty
stringData:
    TTN_API_KEY: ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
    INFLUX_TOKEN: ENC[AES256_GCM,data:@@d@@,iv:@@e@@,tag:@@f@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-11-20T09:14:02Z"
    mac: ENC[AES256_GCM,data:@@g@@,iv:@@h@@,tag:@@i@@,type:str]
    version: 3.8.1
''', a=rnd(120, ALNUM + "+/"), b=rnd(43, ALNUM + "+/") + "=", c=rnd(22, ALNUM + "+/") + "==",
    d=rnd(116, ALNUM + "+/"), e=rnd(43, ALNUM + "+/") + "=", f=rnd(22, ALNUM + "+/") + "==",
    g=rnd(88, ALNUM + "+/"), h=rnd(43, ALNUM + "+/") + "=", i=rnd(22, ALNUM + "+/") + "==")

_PW = words_pw()
add("k8s/influx-secret", "ryby/sensory/k8s/influx-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# Influx admin za hatowe daty - TODO: přez sops zaklučować
apiVersion: v1
kind: Secret
metadata:
  name: influxdb-auth
  namespace: haty
type: Opaque
data:
  admin-user: @@u@@
  admin-password: @@b@@
''', _PW, u=b64("admin"), b=b64(_PW))

# ---------------------------------------------------------------- carp fishery: Christmas orders

add("python/telegram-bot", "ryby/hody/bot/hodowny_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Hodowne skazanki kaprow přez Telegram. Weihnachtskarpfen-Bestellbot."""
from telegram.ext import Application, CommandHandler

TOKEN = "@@s@@"


async def start(update, context):
    await update.message.reply_text(
        "Witajće! Kelko kaprow chceće k hodam? / Wie viele Karpfen zu Weihnachten?"
    )


app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("env/telegram-bot", "ryby/hody/bot/.env", "https://core.telegram.org/bots/features#botfather", r'''
# hodowny bot - produkcija
BOT_NAME=KapryLuzicaBot
TELEGRAM_TOKEN=@@s@@
ADMIN_CHAT_ID=-1001843377120
SKAZANKI_DB=postgresql://hody@db.kapry-luzica.de/hody
WUDAĆE_DNY=2024-12-21,2024-12-22,2024-12-23
''', fakes.telegram_token(_seed()))

add("env/decoy-empty-values", "ryby/hody/bot/.env.sample", "https://core.telegram.org/bots/features#botfather", r'''
# Wupjelń a wotpołož jako .env - token wot @BotFather
BOT_NAME=KapryLuzicaBot
TELEGRAM_TOKEN=
ADMIN_CHAT_ID=
SKAZANKI_DB=postgresql://hody:<hesło>@localhost/hody
WUDAĆE_DNY=
''')

add("sql/postgres-role", "ryby/hody/db/migrations/0001_init.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Hodowne skazanki 2024: tabele a rola za bot
CREATE ROLE hody_bot LOGIN PASSWORD '@@s@@';

CREATE TABLE skazanka (
    id          serial PRIMARY KEY,
    mjeno       text NOT NULL,
    telefon     text,
    kapry_kg    numeric(5,2) NOT NULL,
    filety      boolean DEFAULT false,
    wudaće_dźeń date NOT NULL,
    stworjene   timestamptz DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON skazanka TO hody_bot;
''', words_pw())

add("sql/decoy-password-hash", "ryby/hody/db/seed_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Přistup za předawarki na wikach (jenož bcrypt hashe)
INSERT INTO wobhladowar (login, mjeno, hash) VALUES
  ('marja', 'Marja Kral', '$2b$12$@@a@@'),
  ('pětr',  'Pětr Šołta', '$2b$12$@@b@@'),
  ('hanka', 'Hanka Nowak', '$2b$12$@@c@@');
-- hesła dóstanu wot Jurja wosobinsce
''', a=rnd(53, ALNUM + "./"), b=rnd(53, ALNUM + "./"), c=rnd(53, ALNUM + "./"))

add("python/twilio-sms", "ryby/hody/sms/notify_pickup.py", "https://www.twilio.com/docs/usage/secure-credentials", r'''
# SMS: "Waš kapr je hotowy" - Abholerinnerung
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def pickup_sms(phone: str, name: str, day: str) -> None:
    client.messages.create(
        to=phone, from_="+4935919999",
        body=f"Dobry dźeń {name}, waš hodowny kapr čaka {day} w rybarni. / Ihr Karpfen wartet am {day}.",
    )
''', hexs(32), sid=hexs(32))

add("python/decoy-twilio-test", "ryby/hody/sms/test_notify_pickup.py", "https://www.twilio.com/docs/iam/test-credentials", r'''
"""Testy bjez syće - wšitko je fake."""
from unittest import mock

from notify_pickup import pickup_sms

FAKE_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FAKE_TOKEN = "fake-auth-token-for-tests"


@mock.patch("notify_pickup.client")
def test_pickup_sms(client):
    pickup_sms("+491700000000", "Měrćin", "22.12.")
    assert "Měrćin" in client.messages.create.call_args.kwargs["body"]
''')

add("json/gcp-service-account", "ryby/hody/sheets/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "rybarnja-hody",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "skazanki@rybarnja-hody.iam.gserviceaccount.com",
  "client_id": "104783225619043318271",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(_seed(), "RSA").replace("\n", "\\n"), kid=hexs(40), pk="@@s@@")

add("python/decoy-sheets-reference", "ryby/hody/sheets/export_to_sheet.py", "https://docs.gspread.org/en/latest/oauth2.html", r'''
# Skazanki do Google tabele za předawarki na wikach
import os

import gspread

SHEET_ID = "1xK3vQ9bT0pLmN2rS5uW8yZ4aC6eG7iJ1kO3qU5wY9zB"
gc = gspread.service_account(filename=os.environ["GOOGLE_APPLICATION_CREDENTIALS"])


def export(rows):
    ws = gc.open_by_key(SHEET_ID).worksheet("Hody 2024")
    ws.append_rows([[r.mjeno, r.kapry_kg, r.wudaće_dźeń.isoformat()] for r in rows])
''')

add("vba/sql-password", "ryby/hody/excel/Skazanki2024.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", r'''
Attribute VB_Name = "Skazanki"
' Ciehnje hodowne skazanki z DB do Excela (za Marju)
Sub NačitajSkazanki()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={PostgreSQL Unicode};Server=db.kapry-luzica.de;Port=5432;" & _
            "Database=hody;Uid=excel_citar;Pwd=@@s@@;"
    Set rs = cn.Execute("SELECT mjeno, kapry_kg, wudaće_dźeń FROM skazanka ORDER BY wudaće_dźeń")
    Sheets("Skazanki").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
''', words_pw())

add("markdown/decoy-redacted", "ryby/hody/docs/hody-2024-planowanje.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Hody 2024 – planowanje wudaća (Ausgabe Weihnachtskarpfen)

- Wudaće: 21.–23.12., 8–16 hodź., rybarnja Wulki hat
- Bot: @KapryLuzicaBot (token w Vaultwardenje, zapisk „Telegram hody“)
- SMS: Twilio, Account SID `AC…` (dospołnje w Vaultwardenje)
- Excel za Marju: DB-wužiwar `excel_citar`, hesło: `[REDACTED]`

| Dźeń | Kapry (kg) | Filety |
|---|---|---|
| 21.12. | 410 | 60 |
| 22.12. | 530 | 85 |
| 23.12. | 620 | 110 |
''')

add("markdown/dhl-api", "ryby/hody/docs/wozydlo-a-posylki.md", "https://developer.dhl.com/api-reference/parcel-de-shipping-post-parcel-germany-v2", r'''
# Pósłanje wuźenych kaprow (DHL) – notica za Pětra

Wuźeny kapr so jako pakćik pósćele, swěže ryby nic!
DHL Geschäftskunden-API:

- API key (developer.dhl.com, app „rybarnja-wuzene“): `@@s@@`
- GKP wužiwar: `kapry-luzica`, hesło w Vaultwardenje
- Billing number: 33333333330102

Test: `curl -H "dhl-api-key: <kluč>" https://api-eu.dhl.com/parcel/de/shipping/v2/`
''', mixed(32))

add("js/google-maps-server", "ryby/hody/tour/route_planner.js", "https://developers.google.com/maps/documentation/routes/get-started", r'''
// Plan jězby za hodowne dodaće (Lieferrunde Bautzen - Hoyerswerda)
const axios = require("axios");

const ROUTES_KEY = "@@s@@"; // server key, restricted na IP rybarnje

async function planTour(stops) {
  const res = await axios.post(
    "https://routes.googleapis.com/directions/v2:computeRoutes",
    { origin: { address: "Rybarnja, Kreba" }, destination: { address: "Rybarnja, Kreba" },
      intermediates: stops.map((s) => ({ address: s })), optimizeWaypointOrder: true },
    { headers: { "X-Goog-Api-Key": ROUTES_KEY, "X-Goog-FieldMask": "routes.optimizedIntermediateWaypointIndex" } }
  );
  return res.data.routes[0];
}
module.exports = { planTour };
''', google_api())

add("yaml/decoy-vault-reference", "ryby/hody/tour/config.yml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r'''
# Jězby k hodam - ključe z Vaulta
routes:
  api_key: "{{ with secret \"kv/data/hody/google\" }}{{ .Data.data.routes_key }}{{ end }}"
  depot: "Rybarnja, Kreba"
vehicles:
  - id: sprinter-1
    kuhlung: true
    kapacita_kg: 900
  - id: caddy
    kuhlung: false
    kapacita_kg: 250
''')

add("php/decoy-csrf-token", "ryby/hody/web/templates/skazanka_form.php", "https://owasp.org/www-community/attacks/csrf", r'''
<?php /* Formular za hodowne skazanki - Bestellformular */ ?>
<form method="post" action="/skazanka">
  <input type="hidden" name="_token" value="<?= htmlspecialchars($csrfToken) ?>">
  <label>Mjeno / Name <input name="mjeno" required></label>
  <label>Kapry (kg) <input name="kapry_kg" type="number" step="0.5" min="1"></label>
  <label>Filety? <input name="filety" type="checkbox"></label>
  <select name="wudace_dzen">
    <option>21.12.</option><option>22.12.</option><option>23.12.</option>
  </select>
  <button>Skazać / Bestellen</button>
</form>
''')

add("php/recaptcha-secret", "ryby/hody/web/src/Captcha.php", "https://developers.google.com/recaptcha/docs/verify", r'''
<?php
namespace Rybarnja\Hody;

// Přećiwo spamowym skazankam (w lěće 2023 smy 400 fake skazankow dóstali)
final class Captcha
{
    private const SITE_KEY = '6LcQm4IpAAAAAKx7vW2bR9nT1yU3oP5eH8jD0sFa';
    private const SECRET = '@@s@@';

    public static function verify(string $response): bool
    {
        $r = file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret=' . self::SECRET . '&response=' . urlencode($response));
        return json_decode($r, true)['success'] ?? false;
    }
}
''', "6Lc" + rnd(37, ALNUM + "_-"))

add("html/decoy-recaptcha-site-key", "ryby/hody/web/public/index.html", "https://developers.google.com/recaptcha/docs/display", r'''
<!doctype html>
<html lang="hsb">
<head>
  <meta charset="utf-8">
  <title>Hodowne kapry – Rybarnja Hornja Łužica</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <h1>Kapry k hodam skazać / Weihnachtskarpfen bestellen</h1>
  <form action="/skazanka" method="post">
    <div class="g-recaptcha" data-sitekey="6LcQm4IpAAAAAKx7vW2bR9nT1yU3oP5eH8jD0sFa"></div>
    <button>Dale / Weiter</button>
  </form>
</body>
</html>
''')

add("java/smtp-password", "ryby/hody/backend/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", r'''
# Hodowne skazanki - backend (Spring Boot)
server.port=8080
spring.datasource.url=jdbc:postgresql://db.kapry-luzica.de:5432/hody
spring.datasource.username=hody_backend
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.kapry-luzica.de
spring.mail.port=587
spring.mail.username=skazanki@kapry-luzica.de
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
''', words_pw())

add("java/decoy-env-reference", "ryby/hody/backend/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
# Produkcija: wšitke hesła z wokoliny (systemd EnvironmentFile)
spring:
  datasource:
    url: jdbc:postgresql://db.kapry-luzica.de:5432/hody
    username: hody_backend
    password: ${DB_PASSWORD}
  mail:
    username: skazanki@kapry-luzica.de
    password: ${MAIL_PASSWORD:}
hody:
  max-kg-na-skazanku: 25
''')

add("java/jdbc-password", "ryby/hody/backend/src/test/java/de/kapry/hody/ReportIT.java", "https://jdbc.postgresql.org/documentation/use/", r'''
package de.kapry.hody;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

// Integraciski test přećiwo kopiji produkciskeje DB (Pětr, 12/2023)
class ReportIT {
    @Test
    void dnjowaRozprawa() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://db.kapry-luzica.de:5432/hody_kopija", "hody_backend", "@@s@@")) {
            new DailyReport(c).build("2023-12-22");
        }
    }
}
''', words_pw())

add("kotlin/decoy-test-fixture", "ryby/hody/backend/src/test/kotlin/de/kapry/hody/CaptchaTest.kt", "https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do", r'''
package de.kapry.hody

import kotlin.test.Test
import kotlin.test.assertTrue

// Google dokumentuje tutón testowy secret - přeco "success"
private const val RECAPTCHA_TEST_SECRET = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"
private const val RECAPTCHA_TEST_SITE_KEY = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"

class CaptchaTest {
    @Test
    fun verifiesWithGoogleTestKeys() {
        assertTrue(Captcha(RECAPTCHA_TEST_SECRET).verify("any-response"))
    }
}
''')

add("csv/decoy-orders", "ryby/hody/export/skazanki_2023.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
id,mjeno,kapry_kg,filety,wudace,plaćenje_ref
1041,"Nowak, Hanka",3.5,ne,2023-12-22,pi_@@a@@
1042,"Šołta, Pětr",2.0,haj,2023-12-22,pi_@@b@@
1043,"Müller, Karin",5.0,ne,2023-12-23,pi_@@c@@
1044,"Kral, Marja",1.5,haj,2023-12-23,bar
1045,"Schneider, Uwe",4.0,ne,2023-12-21,pi_@@d@@
''', a=mixed(24), b=mixed(24), c=mixed(24), d=mixed(24))

add("yaml/decoy-github-secrets", "ryby/hody/.github/workflows/deploy-bot.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: hodowny bot - deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Rozestajić na serwer
        env:
          TELEGRAM_TOKEN: ${{ secrets.TELEGRAM_TOKEN }}
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
        run: |
          echo "$SSH_KEY" > key && chmod 600 key
          ssh -i key deploy@bot.kapry-luzica.de "systemctl restart hodowny-bot"
''')

add("yaml/github-actions-token", "ryby/hody/.github/workflows/nightly-report.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env", r'''
name: nócna rozprawa skazankow
on:
  schedule:
    - cron: "0 5 * 12 *"
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      REPORT_REPO_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: python tools/report.py --out reports/$(date +%F).md
      - run: |
          git clone https://x-access-token:${REPORT_REPO_TOKEN}@github.com/kapry-luzica/rozprawy.git
          cp reports/*.md rozprawy/ && cd rozprawy && git add . && git commit -m "rozprawa" && git push
''', fakes.github_token(_seed()))

# ---------------------------------------------------------------- shared infrastructure (both)

add("terraform/hetzner-token", "infra/terraform/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", r'''
# Serwery za muzejny wobchod a rybarnju (Hetzner, Falkenstein)
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.45" }
  }
}

provider "hcloud" {
  token = "@@s@@"
}

resource "hcloud_server" "wobchod" {
  name        = "wobchod-1"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
}
''', hetzner())

add("terraform/decoy-variable", "infra/terraform/hetzner/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "hcloud_token" {
  description = "Hetzner API token (z 1Password, TF_VAR_hcloud_token)"
  type        = string
  sensitive   = true
}

variable "ssh_public_key" {
  description = "Zjawny SSH kluč za deploy"
  type        = string
  default     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@plat-muzej"
}
''', k=rnd(43, ALNUM + "+/"))

add("terraform/tfvars-password", "infra/terraform/hetzner/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# prod - Hetzner
location        = "fsn1"
wobchod_type    = "cx22"
rybarnja_type   = "cax11"
db_root_password = "@@s@@"
backup_enabled  = true
''', words_pw())

add("terraform/decoy-state-sensitive", "infra/terraform/hetzner/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", r'''
output "wobchod_ipv4" {
  value = hcloud_server.wobchod.ipv4_address
}

output "db_root_password" {
  value     = random_password.db_root.result
  sensitive = true
}
''')

add("docker/dockerfile-env", "infra/docker/wobchod/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM php:8.3-apache
# Muzejny wobchod - Image
RUN docker-php-ext-install pdo_mysql opcache
COPY . /var/www/html/
ENV APP_ENV=production \
    DB_HOST=db \
    DB_USER=platowa \
    DB_PASSWORD=@@s@@
EXPOSE 80
''', words_pw())

add("docker/decoy-build-secret", "infra/docker/hody-bot/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Pip token jenož jako build secret - nic w image
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.kapry-luzica.de/simple" \
    pip install -r requirements.txt
COPY . .
CMD ["python", "hodowny_bot.py"]
''')

add("compose/postgres-password", "infra/compose/rybarnja/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", r'''
# Rybarnja: DB, Influx, Grafana na serwerje w hatowym domje
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: hody
      POSTGRES_USER: hody
      POSTGRES_PASSWORD: "@@s@@"
    volumes: [pgdata:/var/lib/postgresql/data]
  grafana:
    image: grafana/grafana:11.3.0
    ports: ["3000:3000"]
volumes:
  pgdata: {}
''', words_pw())

add("compose/decoy-env-file", "infra/compose/wobchod/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
# Muzejny wobchod - hesła přez Docker secrets
services:
  app:
    image: registry.plat-muzej.de/wobchod:2.3.1
    env_file: .env
    secrets: [db_password]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
''')

add("compose/influx-init", "infra/compose/rybarnja/influx.compose.yml", "https://hub.docker.com/_/influxdb", r'''
services:
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: rybar
      DOCKER_INFLUXDB_INIT_PASSWORD: @@s@@
      DOCKER_INFLUXDB_INIT_ORG: rybarnja
      DOCKER_INFLUXDB_INIT_BUCKET: haty
    volumes:
      - influx:/var/lib/influxdb2
volumes:
  influx: {}
''', words_pw())

add("ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/wobchod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
''', a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(52))

add("ansible/become-password", "infra/ansible/inventory/rybarnja.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r'''
# Rybarnja - hatowy dom a běrow
[hatowy_dom]
pi-hatowy-dom ansible_host=10.8.0.12 ansible_user=pi

[bero]
nas-rybarnja ansible_host=192.168.40.5 ansible_user=admin

[all:vars]
ansible_become_password=@@s@@
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("ansible/decoy-vault-reference", "infra/ansible/group_vars/wobchod/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", r'''
# Zjawne hódnoty; tajne su we vault.yml (vault_*)
wobchod_domain: wobchod.plat-muzej.de
wobchod_db_user: platowa
wobchod_db_password: "{{ vault_wobchod_db_password }}"
stripe_secret_key: "{{ vault_stripe_secret_key }}"
mollie_api_key: "{{ lookup('community.general.onepassword', 'Mollie live', field='credential') }}"
php_version: "8.3"
''')

add("ansible/mysql-user", "infra/ansible/roles/wobchod/tasks/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r'''
- name: Datowa banka za wobchod
  community.mysql.mysql_db:
    name: platowa_wp
    state: present

- name: Wužiwar za WordPress
  community.mysql.mysql_user:
    name: platowa_wp
    password: "@@s@@"
    priv: "platowa_wp.*:ALL"
    host: "10.20.0.%"
    state: present
''', words_pw())

_PW = words_pw()
add("k8s/secret-data", "infra/k8s/wobchod/secret-mail.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r'''
apiVersion: v1
kind: Secret
metadata:
  name: wobchod-mail
  namespace: wobchod
  labels:
    app.kubernetes.io/part-of: platowa
type: Opaque
data:
  MAIL_USER: @@u@@
  MAIL_PASSWORD: @@b@@
''', _PW, u=b64("wobchod@plat-muzej.de"), b=b64(_PW))

add("k8s/decoy-sealed-secret", "infra/k8s/wobchod/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: wobchod-stripe
  namespace: wobchod
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@a@@
    STRIPE_WEBHOOK_SECRET: @@b@@
  template:
    metadata:
      name: wobchod-stripe
''', a="AgB" + rnd(360, ALNUM + "+/") + "==", b="AgC" + rnd(360, ALNUM + "+/") + "==")

add("k8s/stringdata-webhook-secret", "infra/k8s/wobchod/secret-stripe-webhook.yaml", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
# Nachwilnje bjez SealedSecret - Jurij 03.11.
apiVersion: v1
kind: Secret
metadata:
  name: wobchod-stripe-webhook
  namespace: wobchod
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "@@s@@"
''', mixed(32, "whsec_"))

add("k8s/decoy-configmap", "infra/k8s/wobchod/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: wobchod-config
  namespace: wobchod
data:
  APP_URL: https://wobchod.plat-muzej.de
  STRIPE_PUBLISHABLE_KEY: @@k@@
  SENTRY_ENVIRONMENT: production
  RECAPTCHA_SITE_KEY: 6LcQm4IpAAAAAKx7vW2bR9nT1yU3oP5eH8jD0sFa
  PASSWORD_MIN_LENGTH: "12"
''', k=stripe("pk_live_"))

add("helm/values-password", "infra/helm/hody-bot/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
# hodowny bot - produkcija
replicaCount: 1
image:
  repository: registry.kapry-luzica.de/hody-bot
  tag: "2024.11.3"
postgresql:
  auth:
    username: hody
    database: hody
    password: "@@s@@"
bot:
  wudaceDny: ["2024-12-21", "2024-12-22", "2024-12-23"]
''', words_pw())

add("helm/decoy-existing-secret", "infra/helm/hody-bot/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
# Default values - hesła přez existingSecret
replicaCount: 1
image:
  repository: registry.kapry-luzica.de/hody-bot
  tag: latest
postgresql:
  auth:
    username: hody
    database: hody
    existingSecret: hody-db
    secretKeys:
      userPasswordKey: password
bot:
  tokenSecretRef: {name: hody-telegram, key: token}
''')

add("gitlab-ci/registry-password", "infra/ci/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/docker/using_docker_build.html", r'''
stages: [build, deploy]

variables:
  IMAGE: registry.plat-muzej.de/wobchod

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u ci-wobchod -p "@@s@@" registry.plat-muzej.de
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', words_pw())

add("gitlab-ci/decoy-masked-variable", "infra/ci/deploy.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh deploy@wobchod.plat-muzej.de "cd /srv/wobchod && docker compose pull && docker compose up -d"
  environment: production
  only: [main]
''')

add("shell/history-mysql", "infra/notes/root_bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
cd /srv/wobchod
docker compose ps
docker compose logs -f app --tail 50
mysql -h 10.20.0.5 -u root -p'@@s@@' platowa_wp -e "SELECT COUNT(*) FROM plm_wc_orders"
systemctl restart php8.3-fpm
df -h
exit
''', words_pw())

add("shell/decoy-history-references", "infra/notes/deploy_bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
ssh-keygen -t ed25519 -C "deploy@plat-muzej"
cat ~/.ssh/id_ed25519.pub
export HCLOUD_TOKEN=$(op read "op://Infra/Hetzner/token")
terraform -chdir=infra/terraform/hetzner plan
sha256sum wobchod-2.3.1.tar.gz
git log --oneline -5
''')

add("shell/restic-password", "infra/backup/restic-nightly.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r'''
#!/bin/sh
# Nócny backup (Nächtliches Backup) wobchoda a hodowneje DB na Storage Box
export RESTIC_REPOSITORY="sftp:u398112@u398112.your-storagebox.de:/restic/wobchod"
export RESTIC_PASSWORD='@@s@@'

pg_dump -h db.kapry-luzica.de -U hody hody > /var/backups/hody.sql
restic backup /srv/wobchod /var/backups/hody.sql --tag nocny
restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
''', "-".join(_rng().sample(["kapr", "hat", "plat", "lenk", "krosna", "cwjel", "sprjewja", "hody", "mlyn", "wjerba"], 4)))

add("shell/decoy-password-file", "infra/backup/borg-weekly.sh", "https://borgbackup.readthedocs.io/en/stable/faq.html#how-can-i-specify-the-encryption-passphrase-programmatically", r'''
#!/bin/bash
# Tydźenski Borg backup - hesło z dataje (chmod 400), nic w skripće
set -eu
export BORG_PASSCOMMAND="cat /root/.config/borg/passphrase"
export BORG_REPO="ssh://u398112@u398112.your-storagebox.de:23/./borg/rybarnja"
borg create --stats "::rybarnja-{now:%Y-%m-%d}" /srv/rybarnja /etc
borg prune --keep-weekly 8 --keep-monthly 6
''')

add("ini/rclone-s3", "infra/backup/rclone.conf", "https://rclone.org/s3/#configuration", r'''
[hetzner-s3]
type = s3
provider = Other
access_key_id = @@ak@@
secret_access_key = @@s@@
endpoint = fsn1.your-objectstorage.com
acl = private

[storagebox]
type = sftp
host = u398112.your-storagebox.de
user = u398112
''', rnd(40, ALNUM), ak=rnd(20, UPPER))

add("ini/aws-credentials", "infra/notes/aws_credentials_glacier", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# Archiw fotow twarjenja (Glacier) - stary konto muzeja
[muzej-archiw]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@s@@
region = eu-central-1

[default]
region = eu-central-1
''', fakes.aws_secret_key(_seed()), ak=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-docs-example", "infra/docs/aws-config-example.ini", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", r'''
; Přikład z AWS dokumentacije - Beispiel aus der AWS-Doku, kein echter Schlüssel
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1
output = json
''')

add("wireguard/private-key", "infra/vpn/wg-hatowy-dom.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN: hatowy dom (Pi) -> serwer
[Interface]
Address = 10.8.0.12/24
PrivateKey = @@s@@
DNS = 10.8.0.1

[Peer]
PublicKey = @@p@@
Endpoint = vpn.kapry-luzica.de:51820
AllowedIPs = 10.8.0.0/24
PersistentKeepalive = 25
''', wg_key(), p=wg_key())

add("wireguard/decoy-public-only", "infra/vpn/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (jenož zjawne kluče)

| Peer | IP | PublicKey |
|---|---|---|
| serwer | 10.8.0.1 | `@@a@@` |
| hatowy dom Pi | 10.8.0.12 | `@@b@@` |
| Jurij laptop | 10.8.0.20 | `@@c@@` |

Priwatne kluče wostanu na gratach. Private Keys bleiben auf den Geräten.
''', a=wg_key(), b=wg_key(), c=wg_key())

add("ssh/private-key", "infra/keys/deploy_hatowy_dom", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-public-key", "infra/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# deploy přistup na wobchod-1
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ jurij@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ deploy@gitlab-ci
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@c@@ marja@bero
# stary kluč wotstronjeny 2024-03
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(340, ALNUM + "+/"))

add("nginx/decoy-htpasswd", "infra/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
marja:$apr1$@@a@@$@@b@@
jurij:$apr1$@@c@@$@@d@@
grafana-gosc:$apr1$@@e@@$@@f@@
biologa:$apr1$@@g@@$@@h@@
pětr:$apr1$@@i@@$@@j@@
''', a=rnd(8, ALNUM), b=rnd(22, ALNUM + "./"), c=rnd(8, ALNUM), d=rnd(22, ALNUM + "./"), e=rnd(8, ALNUM),
    f=rnd(22, ALNUM + "./"), g=rnd(8, ALNUM), h=rnd(22, ALNUM + "./"), i=rnd(8, ALNUM), j=rnd(22, ALNUM + "./"))

add("nginx/basic-auth-header", "infra/nginx/sites/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Grafana za wjednistwo bjez přizjewjenja - Kiosk im Büro
server {
    listen 443 ssl;
    server_name kiosk.kapry-luzica.de;
    location / {
        proxy_pass http://10.8.0.1:3000;
        proxy_set_header Authorization "Basic @@s@@";
        allow 192.168.40.0/24;
        deny all;
    }
}
''', b64("kiosk:" + words_pw()))

# ---------------------------------------------------------------- museum: collection, guides, team tools

add("python/omeka-key", "muzej/zběrka/omeka_import.py", "https://omeka.org/s/docs/developer/api/rest_api/#authentication", r'''
"""Import digitalneje zběrki (Musterbücher, Webstühle) do Omeka S."""
import requests

OMEKA = "https://zberka.plat-muzej.de/api"
AUTH = {"key_identity": "tkalnja-import", "key_credential": "@@s@@"}


def create_item(title: str, inventar: str) -> int:
    body = {"dcterms:title": [{"type": "literal", "@value": title, "property_id": 1}],
            "dcterms:identifier": [{"type": "literal", "@value": inventar, "property_id": 10}]}
    r = requests.post(f"{OMEKA}/items", params=AUTH, json=body, timeout=30)
    r.raise_for_status()
    return r.json()["o:id"]
''', mixed(32))

add("python/decoy-inventory-ids", "muzej/zběrka/inventar_check.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Přepruwowanje skenow: SHA-256 kóždeho TIFF přirunać z lisćinu."""
import hashlib
from pathlib import Path

EXPECTED = {
    "PT-1887-014_krosna.tif": "@@a@@",
    "PT-1902-221_musterbuch.tif": "@@b@@",
    "PT-1911-005_modrotisk.tif": "@@c@@",
}

for name, digest in EXPECTED.items():
    actual = hashlib.sha256(Path("skeny", name).read_bytes()).hexdigest()
    print(name, "OK" if actual == digest else "ROZDŹĚL!")
''', a=hexs(64), b=hexs(64), c=hexs(64))

add("json/firebase-fcm", "muzej/audioguide/server/fcm-config.json", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
{
  "projectId": "platowa-audioguide",
  "serviceAccount": {
    "type": "service_account",
    "client_email": "fcm-push@platowa-audioguide.iam.gserviceaccount.com",
    "private_key": "@@s@@"
  },
  "topics": ["hsb", "de", "en", "cz"],
  "poznamka": "push za nowe wustajeńcy"
}
''', fakes.fake_pem(_seed(), "RSA").replace("\n", "\\n"))

add("json/decoy-firebase-web-config", "muzej/audioguide/web/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "apiKey": "@@k@@",
  "authDomain": "platowa-audioguide.firebaseapp.com",
  "projectId": "platowa-audioguide",
  "storageBucket": "platowa-audioguide.appspot.com",
  "messagingSenderId": "884512097731",
  "appId": "1:884512097731:web:3f9c1e2b7d4a6e80",
  "_note": "Firebase web config je zjawny (Security Rules škitaja daty)"
}
''', k=google_api())

add("swift/audioguide-token", "muzej/audioguide/ios/AudioGuide/Networking/CMSClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", r'''
import Foundation

// Teksty za audioguide z CMS (Directus)
final class CMSClient {
    private let base = URL(string: "https://cms.plat-muzej.de")!
    private let token = "@@s@@"

    func stations(lang: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("items/stacija"))
        req.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        req.setValue(lang, forHTTPHeaderField: "Accept-Language")
        return try await URLSession.shared.data(for: req).0
    }
}
''', fakes.drawn(_seed(), 32, ALNUM + "-_"))

add("ts/directus-static-token", "muzej/audioguide/web/src/lib/cms.ts", "https://docs.directus.io/reference/authentication.html#static-tokens", r'''
import { createDirectus, rest, staticToken, readItems } from "@directus/sdk";

// Stacije audioguida (hsb/de/en/cz)
const cms = createDirectus("https://cms.plat-muzej.de")
  .with(staticToken("@@s@@"))
  .with(rest());

export async function stacije(lang: "hsb" | "de" | "en" | "cz") {
  return cms.request(readItems("stacija", { filter: { rec: { _eq: lang } }, sort: ["cislo"] }));
}
''', fakes.drawn(_seed(), 32, ALNUM + "-_"))

add("ts/decoy-env-placeholder", "muzej/audioguide/web/.env.local.example", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", r'''
# Kopěrować na .env.local
NEXT_PUBLIC_CMS_URL=https://cms.plat-muzej.de
CMS_STATIC_TOKEN=your-directus-static-token
NEXT_PUBLIC_MATOMO_URL=https://stat.plat-muzej.de
NEXT_PUBLIC_MATOMO_SITE_ID=3
''')

add("php/matomo-token", "muzej/web/statistika/report.php", "https://developer.matomo.org/api-reference/reporting-api", r'''
<?php
// Měsačna statistika wopytowarjow webstrony za předsydstwo
$url = 'https://stat.plat-muzej.de/index.php?module=API&method=VisitsSummary.get'
     . '&idSite=1&period=month&date=last12&format=JSON'
     . '&token_auth=@@s@@';
$data = json_decode(file_get_contents($url), true);
foreach ($data as $month => $row) {
    printf("%s: %d wopytow\n", $month, $row['nb_visits'] ?? 0);
}
''', hexs(32))

add("js/decoy-matomo-tracking", "muzej/web/static/js/matomo.js", "https://developer.matomo.org/guides/tracking-javascript-guide", r'''
// Matomo tracking (bjez cookiejow) - site id je zjawny
var _paq = window._paq = window._paq || [];
_paq.push(["disableCookies"]);
_paq.push(["trackPageView"]);
_paq.push(["enableLinkTracking"]);
(function () {
  var u = "https://stat.plat-muzej.de/";
  _paq.push(["setTrackerUrl", u + "matomo.php"]);
  _paq.push(["setSiteId", "1"]);
  var g = document.createElement("script");
  g.async = true; g.src = u + "matomo.js";
  document.head.appendChild(g);
})();
''')

add("python/slack-webhook", "muzej/tools/wopyty_alarm.py", "https://api.slack.com/messaging/webhooks", r'''
# Hdyž je skupina wjetša hač 30 wosobow, pósćel powěsć do kanala #wodźenja
import json
import urllib.request

HOOK = "@@s@@"


def announce(group: str, size: int, when: str) -> None:
    text = f":busts_in_silhouette: Skupina *{group}* ({size} wosobow) {when} - prošu dweju wodźerjow!"
    req = urllib.request.Request(HOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', slack_webhook())

add("yaml/decoy-slack-reference", "muzej/tools/alarm-config.yaml", "https://api.slack.com/messaging/webhooks", r'''
# Powěsće za wodźenja; webhook URL je w Vaultwardenje ("Slack #wodźenja")
slack:
  webhook_url: ${SLACK_WEBHOOK_URL}
  channel: "#wodźenja"
prahi:
  wulka_skupina: 30
  swjedzeń: 80
''')

add("powershell/teams-webhook", "muzej/tools/Send-KasaReport.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
# Dnjowy rozliczk kasy do Teams kanala "Wobchod"
param([string]$Csv = "C:\Kasa\export\$(Get-Date -Format yyyy-MM-dd).csv")

$sum = (Import-Csv $Csv -Delimiter ';' | Measure-Object -Property Brutto -Sum).Sum
$body = @{ text = "Kasa $(Get-Date -Format dd.MM.): $sum EUR" } | ConvertTo-Json

Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $body `
  -Uri '@@s@@'
''', teams_webhook())

add("powershell/sftp-password", "muzej/tools/Export-Buchhaltung.ps1", "https://winscp.net/eng/docs/library_powershell", r'''
# Měsačny eksport za dawkoweho poradźowarja (Steuerberater) přez SFTP
Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"
$opt = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.stb-lausitz.de"
    UserName = "platowa"
    Password = "@@s@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 @@fp@@"
}
$s = New-Object WinSCP.Session
$s.Open($opt)
$s.PutFiles("C:\Kasa\export\*.csv", "/eingang/").Check()
$s.Dispose()
''', words_pw(), fp=rnd(43, ALNUM + "+/"))

add("powershell/decoy-credential-manager", "muzej/tools/Sync-Zberka.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# Hesło z SecretStore - ženje do skripta pisać!
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "OmekaImport" -Vault MuzejVault
$headers = @{ "X-Omeka-Key" = ($cred | ConvertFrom-SecureString -AsPlainText) }
Invoke-RestMethod -Uri "https://zberka.plat-muzej.de/api/items?per_page=5" -Headers $headers
Write-Host "Zběrka synchronizowana."
''')

add("ipynb/influx-token", "ryby/analyza/kislik_zyma.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Kislik w zymje 2023/24\n", "Analyza za biologu (Sauerstoff im Winter)."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from influxdb_client import InfluxDBClient\n",
              "client = InfluxDBClient(url=\"http://10.8.0.1:8086\", token=\"@@s@@\", org=\"rybarnja\")\n",
              "q = client.query_api()"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = q.query_data_frame('from(bucket:\"haty\") |> range(start: 2023-12-01T00:00:00Z, stop: 2024-03-01T00:00:00Z)')\n",
              "df.groupby('hat')['_value'].describe()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', influx_token())

add("ipynb/decoy-getpass", "ryby/analyza/temperatura_lěto.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Temperatura wody w lěću\n", "Token so zapoda při startowanju (getpass)."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\n",
              "from influxdb_client import InfluxDBClient\n",
              "client = InfluxDBClient(url=\"http://10.8.0.1:8086\", token=getpass(\"Influx token: \"), org=\"rybarnja\")"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("go/discord-webhook", "ryby/sensory/alarm/discord.go", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
package alarm

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Alarm hdyž kislik padnje - do Discord kanala rybarjow
var webhookURL = "@@s@@"

func Send(hat string, o2 float64) error {
	msg, _ := json.Marshal(map[string]string{
		"content": "⚠️ " + hat + ": kislik " + formatO2(o2) + " mg/l – prošu hladać! / Sauerstoff niedrig",
	})
	_, err := http.Post(webhookURL, "application/json", bytes.NewReader(msg))
	return err
}
''', discord_webhook())

add("go/decoy-env-reference", "ryby/sensory/alarm/config.go", "https://pkg.go.dev/os#Getenv", r'''
package alarm

import "os"

// Webhook a SMS-token přińdu z wokoliny (systemd drop-in)
type Config struct {
	DiscordWebhook string
	SMSApiKey      string
	MinO2          float64
}

func Load() Config {
	return Config{
		DiscordWebhook: os.Getenv("DISCORD_WEBHOOK_URL"),
		SMSApiKey:      os.Getenv("SIPGATE_TOKEN"),
		MinO2:          4.0,
	}
}
''')

add("python/sipgate-token", "ryby/sensory/alarm/sms_alarm.py", "https://developer.sipgate.io/rest-api/authentication/#personal-access-token", r'''
# SMS na rybarja, hdyž je kislik w nocy pod 3 mg/l
import base64
import requests

TOKEN_ID = "token-K7Q2PX"
TOKEN = "@@s@@"
AUTH = base64.b64encode(f"{TOKEN_ID}:{TOKEN}".encode()).decode()

def sms(to: str, text: str) -> None:
    requests.post("https://api.sipgate.com/v2/sessions/sms",
                  headers={"Authorization": f"Basic {AUTH}"},
                  json={"smsId": "s0", "recipient": to, "message": text}, timeout=10)
''', uuid_s())

add("ruby/pushover", "ryby/sensory/alarm/pushover.rb", "https://pushover.net/api", r'''
# Push na telefon rybarja (Pushover) - za Pětra, kiž nima Discord
require "net/https"

APP_TOKEN = "@@s@@"
USER_KEY  = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"

def push(title, message)
  url = URI.parse("https://api.pushover.net/1/messages.json")
  Net::HTTP.post_form(url, token: APP_TOKEN, user: USER_KEY, title: title, message: message, priority: 1)
end

push("Wulki hat", "Kislik 2.9 mg/l - wzduchowanje njeběži!")
''', rnd(30, string.ascii_lowercase + string.digits))

add("rust/mqtt-password", "ryby/sensory/pondlog/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", r'''
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

// pondlog: zapisuje hatowe hódnoty do SQLite na Pi
#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("pondlog-pi", "10.8.0.1", 1883);
    opts.set_credentials("pondlog", "@@s@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut eventloop) = AsyncClient::new(opts, 10);
    client.subscribe("haty/#", QoS::AtLeastOnce).await.unwrap();
    while let Ok(ev) = eventloop.poll().await {
        pondlog::store(ev);
    }
}
''', fakes.redis_password(_seed()))

add("markdown/wiki-credentials-table", "wiki/rybarnja/Hatowy-dom-Pi.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", r'''
# Hatowy dom – Raspberry Pi

Pi steji w hatowym domje při Wulkim haće (Teichhaus Großteich), napjatosć z UPS.

| Wěc | Hódnota |
|---|---|
| IP (VPN) | 10.8.0.12 |
| SSH | `pi@10.8.0.12` (jenož z klučom) |
| Grafana lokalnje | http://10.8.0.12:3000, wužiwar `admin`, hesło `@@s@@` |
| Mosquitto | port 1883, jenož LAN |

Hdyž Pi wjac njewotmołwja: napjatosć 10 s wotpinyć. Strom 10 Sekunden trennen.
''', words_pw())

add("markdown/decoy-wiki-howto", "wiki/rybarnja/Nowy-cujnik.md", "https://www.thethingsindustries.com/docs/devices/adding-devices/", r'''
# Nowy čujnik přizjewić (Neuen Sensor anmelden)

1. W TTN Console → Applications → `rybarnja-hatowe-cujniki` → *Register end device*.
2. DevEUI z etikety wotpisać (16 hex znamješkow, na př. `70B3D57ED005A1XX`).
3. JoinEUI: `0000000000000000`.
4. AppKey **přez „Generate“** wutworić – nihdy do wiki abo do gita pisać.
5. Do `devices.yaml` jenož `id`, `dev_eui` a `hat` zapisać.

Přikład AppKey formata: `XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` (32 hex).
''')

add("rst/decoy-docs", "muzej/docs/source/kasa.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", r'''
Kasa a SumUp
============

Kasowy most (``kasa-bridge``) čita kluč z wokoliny:

.. code-block:: bash

   export SUMUP_API_KEY="sup_sk_<kluč z SumUp dashboarda>"
   ./kasa-bridge --terminal wobchod-1

.. warning::

   Kluč ženje do ``config.toml`` pisać. Den Schlüssel nie in die Konfiguration schreiben.
''')

add("rst/smtp-password", "muzej/docs/source/newsletter.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", r'''
Powěsćowy list (Newsletter)
===========================

Testowe pósłanje přez naš SMTP (nic Brevo):

.. code-block:: python

   import smtplib
   s = smtplib.SMTP("smtp.plat-muzej.de", 587)
   s.starttls()
   s.login("newsletter@plat-muzej.de", "@@s@@")
   s.sendmail("newsletter@plat-muzej.de", ["test@plat-muzej.de"], msg)

Po testje prošu hesło změnić. Nach dem Test Passwort ändern.
''', words_pw())

add("xml/sftp-filezilla", "muzej/tools/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>web.plat-muzej.de</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>webmuzej</User>
      <Pass encoding="base64">@@b@@</Pass>
      <Name>Muzejna webstrona</Name>
    </Server>
  </Servers>
</FileZilla3>
''', _PW2 := words_pw(), b=b64(_PW2))

add("xml/decoy-maven-settings", "ryby/hody/backend/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>kapry-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <!-- hesło přińdźe z CI wariablow -->
</settings>
''')

add("xml/nuget-password", "shop/ticketing/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="platowa" value="https://nuget.plat-muzej.de/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <platowa>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </platowa>
  </packageSourceCredentials>
</configuration>
''', words_pw())

# ---------------------------------------------------------------- client configs, CI, ops notes

add("npmrc/npm-token", "shop/checkout/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# @platowa pakety (druk etiketow, kasa-ui)
@platowa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
''', npm_tok())

add("npmrc/decoy-env-reference", "muzej/audioguide/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# token z CI wariabli NPM_TOKEN
@platowa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
''')

add("pypirc/pypi-token", "ryby/sensory/pondtools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("netrc/password", "infra/notes/netrc-nas", "https://everything.curl.dev/usingcurl/netrc", r'''
# ~/.netrc na bero-PC (curl k NAS w rybarni)
machine nas-rybarnja.local
login admin
password @@s@@

machine ftp.kapry-luzica.de
login webftp
password (hlej Vaultwarden)
''', words_pw())

add("git/remote-url-token", "infra/notes/pi-hatowy-dom.git-config", "https://git-scm.com/docs/git-config#_configuration_file", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://oauth2:@@s@@@gitlab.kapry-luzica.de/rybarnja/pondlog.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', gitlab())

add("docker/config-auth", "infra/notes/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "registry.plat-muzej.de": {
      "auth": "@@s@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop"
}
''', b64("ci-wobchod:" + words_pw()))

add("docker/decoy-creds-store", "infra/notes/docker-config-ci.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", r'''
{
  "auths": {
    "registry.plat-muzej.de": {},
    "registry.kapry-luzica.de": {}
  },
  "credHelpers": {
    "registry.plat-muzej.de": "pass",
    "registry.kapry-luzica.de": "pass"
  }
}
''')

add("shell/docker-hub-pat", "infra/ci/scripts/push-public-image.sh", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
#!/usr/bin/env bash
# Zjawny image "pondlog" na Docker Hub (za druhe rybarnje)
set -e
VERSION=${1:?wersija?}
echo "@@s@@" | docker login -u kapryluzica --password-stdin
docker build -t kapryluzica/pondlog:$VERSION ryby/sensory/pondlog
docker push kapryluzica/pondlog:$VERSION
''', docker_pat())

add("kubeconfig/token", "infra/k8s/kubeconfig-rybarnja.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: rybarnja-k3s
    cluster:
      server: https://10.8.0.1:6443
      certificate-authority-data: @@ca@@
users:
  - name: ci-deploy
    user:
      token: @@s@@
contexts:
  - name: rybarnja
    context: {cluster: rybarnja-k3s, user: ci-deploy, namespace: haty}
current-context: rybarnja
''', jwt_like('{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:haty:ci-deploy"}'),
    ca=b64("-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhrM3Mtc2VydmVy\n-----END CERTIFICATE-----\n"))

add("kubeconfig/decoy-exec-plugin", "infra/k8s/kubeconfig-wobchod.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", r'''
apiVersion: v1
kind: Config
clusters:
  - name: wobchod
    cluster:
      server: https://k8s.plat-muzej.de:6443
users:
  - name: jurij
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://sso.plat-muzej.de/realms/muzej, --oidc-client-id=kubectl]
contexts:
  - name: wobchod
    context: {cluster: wobchod, user: jurij}
current-context: wobchod
''')

add("systemd/environment", "infra/systemd/hodowny-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Hodowny bot (Telegram) - Weihnachtskarpfen
After=network-online.target

[Service]
User=hody
WorkingDirectory=/opt/hody-bot
Environment=TELEGRAM_TOKEN=@@s@@
Environment=SKAZANKI_DB=postgresql://hody@localhost/hody
ExecStart=/opt/hody-bot/.venv/bin/python hodowny_bot.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', fakes.telegram_token(_seed()))

add("systemd/decoy-credential", "infra/systemd/pondlog.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=pondlog - hatowe hódnoty do SQLite
After=mosquitto.service

[Service]
DynamicUser=yes
LoadCredentialEncrypted=mqtt-password:/etc/credstore.encrypted/pondlog-mqtt
Environment=MQTT_PASSWORD_FILE=%d/mqtt-password
ExecStart=/usr/local/bin/pondlog --db /var/lib/pondlog/haty.db

[Install]
WantedBy=multi-user.target
''')

add("crontab/url-password", "infra/cron/rybarnja.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
# kóždu hodźinu wotmołwu wot NAS wotpytać
0 * * * *   curl -fsS https://admin:@@s@@@nas-rybarnja.local/api/health > /dev/null || /opt/alarm/sms "NAS njewotmołwja"
# nócny backup
30 2 * * *  /opt/backup/restic-nightly.sh >> /var/log/restic.log 2>&1
# hody: skazanki kóžde ranje eksportować (1.-23.12.)
0 6 1-23 12 * /opt/hody-bot/.venv/bin/python /opt/hody-bot/export.py
''', words_pw())

add("makefile/decoy-variables", "ryby/sensory/pondlog/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", r'''
# pondlog - twarić a rozestajić
VERSION ?= $(shell git describe --tags)
PI      ?= pi@10.8.0.12

build:
	cross build --release --target aarch64-unknown-linux-gnu

deploy: build
	scp target/aarch64-unknown-linux-gnu/release/pondlog $(PI):/usr/local/bin/
	ssh $(PI) "sudo systemctl restart pondlog"

publish:
	@test -n "$(DOCKERHUB_TOKEN)" || (echo "DOCKERHUB_TOKEN faluje"; exit 1)
	echo "$(DOCKERHUB_TOKEN)" | docker login -u kapryluzica --password-stdin
''')

add("jenkinsfile/password-arg", "shop/ticketing/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r'''
pipeline {
    agent any
    stages {
        stage('Build') {
            steps { sh 'dotnet publish -c Release -o out' }
        }
        stage('Migrate') {
            steps {
                // TODO přez withCredentials
                sh 'dotnet ef database update --connection "Server=sql.plat-muzej.de;Database=Zastupne;User Id=migrator;Password=@@s@@"'
            }
        }
    }
}
''', words_pw())

add("jenkinsfile/decoy-with-credentials", "muzej/zběrka/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
    agent { label 'linux' }
    stages {
        stage('Import') {
            steps {
                withCredentials([string(credentialsId: 'omeka-key-credential', variable: 'OMEKA_KEY')]) {
                    sh 'python omeka_import.py --key "$OMEKA_KEY" skeny/'
                }
            }
        }
    }
}
''')

add("azure-pipelines/storage-key", "shop/ticketing/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
trigger: [main]
pool: {vmImage: ubuntu-latest}

variables:
  STORAGE_CONN: "DefaultEndpointsProtocol=https;AccountName=platowatikety;AccountKey=@@s@@;EndpointSuffix=core.windows.net"

steps:
  - script: dotnet test
  - script: |
      az storage blob upload-batch --connection-string "$(STORAGE_CONN)" \
        -d tikety-pdf -s ./out/pdf
''', rnd(86, ALNUM + "+/") + "==")

add("bitbucket/decoy-secured-variable", "muzej/web/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Twarić a nahrać webstronu
          script:
            - npm ci && npm run build
            - pipe: atlassian/sftp-deploy:0.10.0
              variables:
                USER: webmuzej
                SERVER: web.plat-muzej.de
                REMOTE_PATH: /var/www/muzej
                LOCAL_PATH: dist/*
                SSH_KEY: $DEPLOY_KEY_B64
''')

add("python/heredoc-json-in-string", "ryby/hody/tools/register_webhook.py", "https://core.telegram.org/bots/api#setwebhook", r'''
"""Telegram webhook přestajić na nowy serwer (hody 2024)."""
import json
import subprocess

CONFIG = json.loads("""{"bot": "KapryLuzicaBot", "token": "@@s@@",
  "webhook": "https://bot.kapry-luzica.de/tg", "max_connections": 10}""")

url = f"https://api.telegram.org/bot{CONFIG['token']}/setWebhook"
subprocess.run(["curl", "-fsS", "-F", f"url={CONFIG['webhook']}", url], check=True)
''', fakes.telegram_token(_seed()))

_S = mixed(40)
add("python/split-string", "muzej/tools/etiketowy_drukar.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", r'''
# Etiketowy ćišćak (Brother QL) w skłaźe - cloud API wot wikowarja
import requests

API = "https://print.labelcloud.example-vendor.de/v1/jobs"
KEY = ("@@a@@"
       "@@b@@")


def druk(artikel: str, ean: str, placizna: str) -> None:
    requests.post(API, headers={"X-Api-Key": KEY},
                  json={"printer": "ql-820-sklad", "template": "platowe", "fields": [artikel, ean, placizna]})
''', _S, a=_S[:20], b=_S[20:])

add("shell/heredoc-env", "infra/scripts/setup-hody-server.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", r'''
#!/bin/bash
# Nowy serwer za hodowny bot připrawić (jónu wob lěto w nowembrje)
set -euo pipefail
useradd -m -s /usr/sbin/nologin hody || true
mkdir -p /opt/hody-bot
cat > /opt/hody-bot/.env <<'EOF'
BOT_NAME=KapryLuzicaBot
SKAZANKI_DB=postgresql://hody:@@s@@@localhost/hody
WUDAĆE_DNY=2024-12-21,2024-12-22,2024-12-23
EOF
chown -R hody: /opt/hody-bot
chmod 600 /opt/hody-bot/.env
''', words_pw())

add("shell/decoy-heredoc-prompt", "infra/scripts/setup-wobchod-db.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", r'''
#!/bin/bash
# DB za wobchod - hesło so zapraša, njeskładuje so
set -euo pipefail
read -rsp "Nowe hesło za platowa_wp: " PW; echo
mysql -u root <<EOF
CREATE DATABASE IF NOT EXISTS platowa_wp;
CREATE USER IF NOT EXISTS 'platowa_wp'@'10.20.0.%' IDENTIFIED BY '${PW}';
GRANT ALL ON platowa_wp.* TO 'platowa_wp'@'10.20.0.%';
EOF
echo "Hotowe. Hesło do Vaultwardena zapisać!"
''')

add("notes/sentence-password", "wiki/muzej/notica-za-zastupjenje.txt", "https://www.rfc-editor.org/rfc/rfc1855", r'''
Notica za Hanku (zastupjenje w decembrje)

Kasa: rano w 9:45 zapinać, PIN wěš.
Wobchod online: přizjewjenje na wobchod.plat-muzej.de/wp-admin jako "hanka",
nachwilne hesło je @@s@@ - prošu po prěnim přizjewjenju změnić!
Skazanki z Shopify (Dresden) dóńdu přez mejlku, jenož woćišćeć.
Hdyž ćišćak etiketow stawka: Pětr 0176 ... (wječor hižo nic).

Dźakuju so! Marja
''', words_pw())

add("notes/decoy-sentence", "wiki/rybarnja/notica-hody.txt", "https://www.rfc-editor.org/rfc/rfc1855", r'''
Hody 2024 – notica za pomocnikow

Kasa při wudaću: SumUp terminal, přizjewjenje na telefonje (Marja ma konto).
Hesło za WLAN w hatowym domje wisa na durjach (njefotografować!).
Bot skazanki: lisćina so rano w 6 hodź. sama ćišći.
Hdyž něšto njefunguje: Jurij, abo Pětr.
Kapry w basenje 2 su za 23.12., njepředać!
''')

add("email/password-in-mail", "wiki/muzej/mejlka-nowy-kontakt.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Jurij Wjela <jurij@plat-muzej.de>
To: Hanka Nowak <hanka@plat-muzej.de>
Subject: Přistup k zberka.plat-muzej.de / Zugang Sammlungsdatenbank
Date: Tue, 05 Nov 2024 10:14:22 +0100
Content-Type: text/plain; charset=utf-8

Luba Hanka,

twój přistup k digitalnej zběrce je hotowy:
wužiwar: hanka.nowak
hesło: @@s@@

Prošu hesło po prěnim přizjewjenju změnić.
Postrow, Jurij
''', words_pw())

add("python/openai-key", "muzej/tools/přełožk/translate_labels.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Wopisma eksponatow do serbšćiny/němčiny/čěšćiny přełožić - Rohübersetzung, Hanka koriguje."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = "Přełož tekst muzejneho wopisma do hornjoserbšćiny. Terminy tkalstwa zachować."


def translate(text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
    )
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/deepl-key", "muzej/tools/přełožk/deepl_cz.py", "https://developers.deepl.com/docs/getting-started/auth", r'''
# Čěske teksty za audioguide (DeepL, serbšćinu njeznaje - přez němčinu)
import deepl

translator = deepl.Translator("@@s@@")

def de_to_cs(text: str) -> str:
    return translator.translate_text(text, source_lang="DE", target_lang="CS").text

if __name__ == "__main__":
    print(de_to_cs("Der Webstuhl stammt aus einer Bautzener Werkstatt um 1880."))
''', uuid_s() + ":fx")

add("python/hf-token", "muzej/audioguide/tts/generate_audio.py", "https://huggingface.co/docs/hub/security-tokens", r'''
# Hłós za audioguide z TTS modela (serbski hłós w testowanju)
from huggingface_hub import login
from transformers import pipeline

login(token="@@s@@")
tts = pipeline("text-to-speech", model="platowa/hsb-tts-test")

for n, text in enumerate(open("stacije_hsb.txt", encoding="utf-8"), start=1):
    audio = tts(text.strip())
    open(f"out/stacija_{n:02}.wav", "wb").write(audio["audio"].tobytes())
''', hf_tok())

add("python/decoy-hf-cached-login", "muzej/audioguide/tts/check_model.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r'''
# Token je w ~/.cache/huggingface/token (huggingface-cli login), nic tu
from huggingface_hub import HfApi, whoami

api = HfApi()
print("přizjewjeny jako:", whoami()["name"])
info = api.model_info("platowa/hsb-tts-test")
print(info.sha, info.last_modified)
''')

add("php/laravel-app-key", "muzej/wustajence/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Wustajeńcy Płatowa tkalnja"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://wustajency.plat-muzej.de
LOG_CHANNEL=daily
DB_CONNECTION=sqlite
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("php/decoy-laravel-example", "muzej/wustajence/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Wustajeńcy Płatowa tkalnja"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_CONNECTION=sqlite
MAIL_PASSWORD=null
''')

add("markdown/rails-master-key", "muzej/kalender/DEPLOY.md", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Kalender – rozestajenje (Deployment)

Na serwerje je kontejner z Kamal. `config/master.key` njeje w giće, tohodla:

```sh
export RAILS_MASTER_KEY=@@s@@
kamal deploy
```

Po deployu: https://kalender.plat-muzej.de/up dyrbi "OK" wróćić.
''', hexs(32))

add("ruby/decoy-credentials-reference", "muzej/kalender/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r'''
# Wobrazy zarjadowanjow na Hetzner Object Storage
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

hetzner:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:hetzner, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:hetzner, :secret_access_key) %>
  endpoint: https://fsn1.your-objectstorage.com
  bucket: kalender-wobrazy
  region: fsn1
''')

add("ruby/database-url", "muzej/kalender/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
# Kalender zarjadowanjow (Veranstaltungen) - Rails
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  url: postgres://kalender:@@s@@@db.intern.plat-muzej.de:5432/kalender_prod

development:
  <<: *default
  database: kalender_dev
''', words_pw())

add("go/dsn-password", "ryby/hody/api/cmd/server/main.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", r'''
package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// Skazankowy API za wobchodnych partnerow (restawracije)
func main() {
	db, err := sql.Open("mysql", "partner_api:@@s@@@tcp(db.kapry-luzica.de:3306)/hody?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	serve(db, ":8081")
}
''', words_pw())

add("properties/sentry-auth-token", "shop/ios/fastlane/sentry.properties", "https://docs.sentry.io/cli/configuration/#configuration-file", r'''
# sentry-cli za iOS symbole
defaults.url=https://sentry.io/
defaults.org=platowa
defaults.project=ios
auth.token=@@s@@
''', "sntrys_" + b64('{"iat":1730000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"platowa"}').rstrip("=") + "_" + mixed(43))

add("yaml/decoy-sentry-dsn", "shop/platowa/config/packages/sentry.yaml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
# Sentry DSN je zjawny identifikator (jenož za pósłanje zmylkow)
sentry:
  dsn: "https://@@k@@@o4506012345678912.ingest.de.sentry.io/4506012345678999"
  options:
    environment: "%kernel.environment%"
    release: "wobchod@2.3.1"
    traces_sample_rate: 0.1
''', k=hexs(32))

add("toml/cloudflare-token", "muzej/web/wrangler.toml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
name = "muzej-web"
main = "src/worker.ts"
compatibility_date = "2024-10-01"
account_id = "@@acc@@"

[vars]
MUSEUM_LANGS = "hsb,de,en,cz"
# TODO: do secrets přesunyć (wrangler secret put)
CF_PURGE_TOKEN = "@@s@@"
''', fakes.drawn(_seed(), 40, ALNUM + "_-"), acc=hexs(32))

add("toml/decoy-wrangler", "shop/worker-bilder/wrangler.toml", "https://developers.cloudflare.com/workers/configuration/secrets/", r'''
name = "wobchod-bilder"
main = "src/index.ts"
compatibility_date = "2024-10-01"
account_id = "@@acc@@"

[[r2_buckets]]
binding = "BILDER"
bucket_name = "wobchod-bilder"
# Tajne: wrangler secret put RESIZE_SIGNING_KEY
''', acc=hexs(32))

add("yaml/digitalocean-token", "infra/notes/doctl-config.yaml", "https://docs.digitalocean.com/reference/doctl/how-to/install/", r'''
# stary DO konto (audioguide CDN) - wupowědźić w 2025
access-token: @@s@@
context: default
output: text
auth-contexts:
  audioguide: ""
''', do_token())

add("shell/vault-token", "infra/scripts/read-secrets.sh", "https://developer.hashicorp.com/vault/docs/commands#vault_token", r'''
#!/bin/sh
# Hesła z Vaulta do .env pisać (za lokalne testowanje)
export VAULT_ADDR=https://vault.kapry-luzica.de
export VAULT_TOKEN=@@s@@
vault kv get -field=token kv/hody/telegram > /tmp/tg
vault kv get -field=password kv/hody/db > /tmp/db
echo "hotowe"
''', vault_tok())

add("shell/decoy-vault-login", "infra/scripts/vault-login.sh", "https://developer.hashicorp.com/vault/docs/auth/oidc", r'''
#!/bin/sh
# Přizjewjenje přez SSO; token wostanje w ~/.vault-token
export VAULT_ADDR=https://vault.kapry-luzica.de
vault login -method=oidc role=rybar
vault token lookup | grep -E 'display_name|expire_time'
echo "VAULT_TOKEN njeje trjeba eksportować."
''')

add("markdown/age-secret-key", "infra/docs/sops-nowy-laptop.md", "https://github.com/getsops/sops#encrypting-using-age", r'''
# SOPS na nowym laptopje (Jurij, 11.03.)

Kluč za rybarnju do `~/.config/sops/age/keys.txt`:

```
# created: 2024-03-11T19:22:05+01:00
# public key: age1@@p@@
@@s@@
```

Potom `sops -d ryby/sensory/k8s/secrets.enc.yaml` wupruwować.
''', age_key(), p=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-recipients", "infra/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# Kotrych jenož zjawne age kluče (recipients)
creation_rules:
  - path_regex: ryby/.*\.enc\.yaml$
    age: age1@@a@@
  - path_regex: shop/.*\.enc\.yaml$
    age: age1@@b@@
''', a=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), b=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("python/lexoffice-key", "shop/buchhaltung/lexoffice_export.py", "https://developers.lexoffice.io/docs/#authentication", r'''
"""Zličbowanki wobchoda do lexoffice (Buchhaltung)."""
import requests

LEXOFFICE_KEY = "@@s@@"
HEADERS = {"Authorization": f"Bearer {LEXOFFICE_KEY}", "Accept": "application/json"}


def upload_voucher(pdf_path: str) -> str:
    with open(pdf_path, "rb") as fh:
        r = requests.post("https://api.lexoffice.io/v1/files", headers=HEADERS,
                          files={"file": fh}, data={"type": "voucher"}, timeout=60)
    r.raise_for_status()
    return r.json()["id"]
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("csharp/sevdesk-token", "ryby/hody/Zliwbowanki/SevDeskClient.cs", "https://api.sevdesk.de/#section/Authentication-and-Authorization", r'''
using System.Net.Http;

namespace Rybarnja.Zliwbowanki;

// Zličbowanki za restawracije (Gastronomie-Rechnungen) přez sevDesk
public sealed class SevDeskClient
{
    private const string ApiToken = "@@s@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://my.sevdesk.de/api/v1/") };

    public SevDeskClient() => _http.DefaultRequestHeaders.Add("Authorization", ApiToken);

    public Task<string> Contacts() => _http.GetStringAsync("Contact?depth=1");
}
''', hexs(32))

add("csharp/decoy-keyvault", "shop/ticketing/Platowa.Tickets/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Hesła z Azure Key Vault (Managed Identity), nic z appsettings
builder.Configuration.AddAzureKeyVault(
    new Uri("https://platowa-tikety-kv.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddRazorPages();
var app = builder.Build();
app.MapRazorPages();
app.Run();
''')

add("dart/api-key", "ryby/hody/app/lib/config.dart", "https://dart.dev/language/variables#final-and-const", r'''
// Hodowna app za restawracije (Flutter)
class Config {
  static const apiBase = 'https://api.kapry-luzica.de/v1';
  // partner kluč za "Gasthaus Wjelbik" - TODO per login
  static const partnerApiKey = '@@s@@';
  static const supportPhone = '+49 3591 999 00';
}
''', mixed(40, "rp_live_"))

add("dart/decoy-dart-define", "ryby/hody/app/lib/env.dart", "https://dart.dev/guides/environment-declarations", r'''
// Kluč so při twarjenju poda: flutter build --dart-define=PARTNER_API_KEY=...
class Env {
  static const partnerApiKey = String.fromEnvironment('PARTNER_API_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.kapry-luzica.de/v1');

  static bool get configured => partnerApiKey.isNotEmpty;
}
''')

add("r/influx-token", "ryby/analyza/rostk_kaprow.R", "https://cran.r-project.org/package=influxdbclient", r'''
# Rost kaprow a temperatura (za biologu, Bakkalaureat Dresden)
library(influxdbclient)

client <- InfluxDBClient$new(url = "http://10.8.0.1:8086",
                             token = "@@s@@",
                             org = "rybarnja")
temp <- client$query('from(bucket: "haty") |> range(start: -365d) |> filter(fn: (r) => r._measurement == "temp")')
summary(temp[[1]]$`_value`)
''', influx_token())

add("perl/ftp-password", "muzej/web/legacy/upload_programm.pl", "https://metacpan.org/pod/Net::FTP", r'''
#!/usr/bin/perl
# Stary skript: programowy PDF na webstronu (hišće wot Bena, 2014)
use strict;
use Net::FTP;

my $ftp = Net::FTP->new("ftp.plat-muzej.de") or die "njemóžu zwjazać: $@";
$ftp->login("programm", "@@s@@") or die "login: ", $ftp->message;
$ftp->binary;
$ftp->put("programm_2024.pdf", "/htdocs/pdf/programm.pdf");
$ftp->quit;
''', words_pw())

add("lua/decoy-openresty", "infra/nginx/lua/check_token.lua", "https://github.com/openresty/lua-nginx-module#ngxreqget_headers", r'''
-- Kiosk přistup: HMAC signatura so přepruwuje, kluč je w nginx env
local secret = os.getenv("KIOSK_HMAC_KEY")
if not secret or secret == "" then
  ngx.log(ngx.ERR, "KIOSK_HMAC_KEY njeje nastajeny")
  return ngx.exit(500)
end
local sig = ngx.req.get_headers()["X-Kiosk-Signature"]
local expected = ngx.encode_base64(ngx.hmac_sha1(secret, ngx.var.request_uri))
if sig ~= expected then return ngx.exit(403) end
''')

# ---------------------------------------------------------------- pond house automation, more services

add("yaml/home-assistant-secrets", "ryby/hatowy-dom/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant w hatowym domje - secrets.yaml (NJE do gita!)
mqtt_user: homeassistant
mqtt_password: "@@s@@"
latitude_dom: 51.3571
longitude_dom: 14.4502
zwon_telefon: "+4917600000000"
''', fakes.redis_password(_seed()))

add("yaml/decoy-home-assistant-refs", "ryby/hatowy-dom/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Hatowy dom - Home Assistant
homeassistant:
  name: Hatowy dom
  latitude: !secret latitude_dom
  longitude: !secret longitude_dom
  time_zone: Europe/Berlin

mqtt:
  sensor:
    - name: "Wulki hat kislik"
      state_topic: "haty/wulki/o2"
      unit_of_measurement: "mg/L"
''')

add("yaml/esphome-api-key", "ryby/hatowy-dom/esphome/pumpa-mlyn.yaml", "https://esphome.io/components/api.html#configuration-variables", r'''
# Pumpa při młynje (ESP32 + relay)
esphome:
  name: pumpa-mlyn
esp32:
  board: esp32dev
wifi:
  ssid: Rybarnja-Hatowy-Dom
  password: !secret wifi_password
api:
  encryption:
    key: "@@s@@"
switch:
  - platform: gpio
    name: "Pumpa młyn"
    pin: GPIO26
''', wg_key())

add("yaml/decoy-esphome-secrets", "ryby/hatowy-dom/esphome/kislik-wulki.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", r'''
# Kislikowy čujnik Wulki hat (ESP32 + Atlas DO)
esphome:
  name: kislik-wulki
wifi:
  ssid: Rybarnja-Hatowy-Dom
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key_kislik
ota:
  - platform: esphome
    password: !secret ota_password
''')

add("text/tasmota-console", "ryby/hatowy-dom/notes/tasmota-aerator.txt", "https://tasmota.github.io/docs/Commands/#mqtt", r'''
Wzduchowanje Młynski hat - Sonoff POW (Tasmota 14.2)
Konsola, jónu zapodać:

Backlog MqttHost 10.8.0.1; MqttPort 1883; MqttUser aerator-mlyn; MqttPassword @@s@@; Topic aerator_mlyn
Backlog PowerOnState 1; SetOption19 0

Po tym so grat znowa startuje (ca. 10 s).
''', fakes.redis_password(_seed()))

add("js/node-red-credential-secret", "ryby/hatowy-dom/node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration", r'''
// Node-RED w hatowym domje - logika za wzduchowanje a alarmy
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows_hatowy_dom.json",
    credentialSecret: "@@s@@",
    adminAuth: {
        type: "credentials",
        users: [{ username: "rybar", password: "$2b$08$@@h@@", permissions: "*" }],
    },
    functionGlobalContext: {},
};
''', words_pw() + rnd(6), h=rnd(53, ALNUM + "./"))

add("json/decoy-node-red-flow", "ryby/hatowy-dom/node-red/flows_hatowy_dom.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption", r'''
[
  {"id": "@@a@@", "type": "mqtt-broker", "name": "hatowy dom", "broker": "10.8.0.1", "port": "1883",
   "clientid": "node-red-hatowy-dom", "usetls": false, "credentials": {}},
  {"id": "@@b@@", "type": "mqtt in", "z": "@@c@@", "name": "kislik wulki", "topic": "haty/wulki/o2",
   "qos": "1", "broker": "@@a@@", "wires": [["@@d@@"]]},
  {"id": "@@d@@", "type": "switch", "z": "@@c@@", "name": "pod 4 mg/l?", "property": "payload",
   "rules": [{"t": "lt", "v": "4", "vt": "num"}], "wires": [["@@e@@"]]},
  {"id": "@@e@@", "type": "mqtt out", "z": "@@c@@", "name": "aerator ON", "topic": "haty/wulki/aerator/set",
   "broker": "@@a@@", "wires": []}
]
''', a=hexs(16), b=hexs(16), c=hexs(16), d=hexs(16), e=hexs(16))

add("pem/ec-private-key", "ryby/sensory/mosquitto/certs/server.key", "https://mosquitto.org/man/mosquitto-tls-7.html", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC"))

add("pem/decoy-certificate", "ryby/sensory/mosquitto/certs/ca.crt", "https://mosquitto.org/man/mosquitto-tls-7.html", r'''
-----BEGIN CERTIFICATE-----
MIIBxTCCAWugAwIBAgIUQ2h5b3JhcmJhcm5qYS1jYTAKBggqhkjOPQQDAjAbMRkw
@@a@@
@@b@@
@@c@@
-----END CERTIFICATE-----
''', a=rnd(64, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(40, ALNUM + "+/") + "==")

add("python/slack-bot-token", "muzej/tools/slack_wodzenja_bot.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Rano w 8 hodź. pósćele lisćinu dźensnišich wodźenjow do #wodźenja."""
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")


def post_today(tours):
    lines = [f"• {t.start:%H:%M} {t.skupina} ({t.wosoby} wos.) – wodźer: {t.wodzer}" for t in tours]
    slack.chat_postMessage(channel="#wodźenja", text="*Dźensniše wodźenja / Führungen heute*\n" + "\n".join(lines))
''', slack_bot())

add("php/mailgun-key", "muzej/wustajence/config/services.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
<?php

return [
    'mailgun' => [
        'domain' => 'mg.plat-muzej.de',
        'secret' => '@@s@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
];
''', mailgun())

add("env/postmark-token", "muzej/kalender/.env.production", "https://postmarkapp.com/developer/api/overview#authentication", r'''
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
POSTMARK_API_TOKEN=@@s@@
KALENDER_HOST=kalender.plat-muzej.de
DEFAULT_LOCALE=hsb
''', uuid_s())

add("go/stripe-webhook-secret", "shop/webhooks/handler.go", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
package webhooks

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v79/webhook"
)

const endpointSecret = "@@s@@"

// Handle wobdźěła Stripe podawki (zaplaćene skazanki).
func Handle(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	dispatch(event)
}
''', mixed(32, "whsec_"))

add("json/decoy-stripe-event-fixture", "shop/webhooks/testdata/checkout_completed.json", "https://docs.stripe.com/webhooks#event-object-structure", r'''
{
  "id": "evt_1QGz8mAbCdEfGhIjKlMnOpQr",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "headers": {"Stripe-Signature": "t=1730800000,v1=@@sig@@"},
  "data": {"object": {"id": "cs_test_a1B2c3D4e5F6g7H8i9J0", "amount_total": 4900, "currency": "eur",
    "metadata": {"artikel": "Płatowy ručnik, modroćišć"}}}
}
''', sig=hexs(64))

add("json/shopware-integration", "shop/shopware-import/config.json", "https://shopware.stoplight.io/docs/admin-api/8e1d5beb3ee45-authentication", r'''
{
  "shopUrl": "https://b2b.plat-muzej.de",
  "grantType": "client_credentials",
  "clientId": "SWIAQ0HCR1LXBJN5VDDLNTBZSA",
  "clientSecret": "@@s@@",
  "salesChannel": "Wikowanje (B2B) – Museumsläden Sachsen"
}
''', mixed(52))

add("yaml/etsy-keystring", "shop/etsy-sync/etsy.yml", "https://developers.etsy.com/documentation/essentials/authentication", r'''
# Etsy wobchod "PlatowaTkalnja" - Blaudruck-Tischdecken
etsy:
  shop_id: 38811492
  keystring: @@k@@
  shared_secret: @@s@@
  redirect_uri: https://wobchod.plat-muzej.de/etsy/callback
sync:
  stock_from: woocommerce
''', rnd(10, string.ascii_lowercase + string.digits), k=rnd(24, string.ascii_lowercase + string.digits))

add("ini/davfs-secret", "infra/notes/davfs2-secrets", "https://man.archlinux.org/man/davfs2.conf.5", r'''
# /etc/davfs2/secrets - Nextcloud muzeja na bero-PC
# mountpoint / url                                   user        password
https://cloud.plat-muzej.de/remote.php/dav/files/bero   bero        @@s@@
# (app-hesło, w Nextcloud -> Security wutworjene)
#
''', "-".join(rnd(5, ALNUM) for _ in range(5)))

add("python/redis-url", "ryby/hody/bot/celery_config.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# Celery za pósłanje SMS a nócne eksporty
broker_url = "redis://:@@s@@@redis.kapry-luzica.de:6379/0"
result_backend = "redis://:@@s@@@redis.kapry-luzica.de:6379/1"
timezone = "Europe/Berlin"
task_acks_late = True
beat_schedule = {
    "eksport-rano": {"task": "hody.tasks.export", "schedule": 6 * 3600},
}
''', fakes.redis_password(_seed()))

add("js/mongodb-uri", "muzej/wustajence/gallery-api/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Galerija fotow z wustajeńcow (Atlas, Frankfurt)
const { MongoClient } = require("mongodb");

const uri =
  "mongodb+srv://galerija:@@s@@@muzej-cluster.x7q2p.mongodb.net/galerija?retryWrites=true&w=majority";

const client = new MongoClient(uri);
module.exports = async () => (await client.connect()).db("galerija");
''', words_pw())

add("hocon/jwt-secret", "ryby/hody/partner-api/src/main/resources/application.conf", "https://ktor.io/docs/server-jwt.html", r'''
ktor {
    deployment { port = 8082 }
    application { modules = [ de.kapry.partner.ApplicationKt.module ] }
}
jwt {
    # partnerske restawracije - přizjewjenje
    issuer = "https://api.kapry-luzica.de/"
    audience = "partner"
    realm = "Rybarnja partner"
    secret = "@@s@@"
}
''', rnd(48, ALNUM))

add("hocon/decoy-env-substitution", "ryby/hody/partner-api/src/main/resources/application-prod.conf", "https://github.com/lightbend/config#optional-system-or-env-variable-overrides", r'''
include "application.conf"

jwt {
    secret = ${?JWT_SECRET}
    audience = "partner"
}
database {
    url = "jdbc:postgresql://db.kapry-luzica.de:5432/hody"
    password = ${DB_PASSWORD}
}
''')

add("js/mapbox-secret", "ryby/hody/tour/upload_tiles.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
// Karta hatow a wudawanskich městnow na Mapbox nahrać (Tilesets)
const mbxUploads = require("@mapbox/mapbox-sdk/services/uploads");

const uploads = mbxUploads({ accessToken: "@@s@@" });

uploads.createUpload({
  tileset: "kapryluzica.haty-2024",
  url: "mapbox://datasets/kapryluzica/haty",
  name: "Haty a wudaće 2024",
}).send().then((r) => console.log("upload:", r.body.id));
''', "sk.eyJ1Ijoia2FwcnlsdXppY2EiLCJhIjoi" + rnd(20, string.ascii_lowercase + string.digits) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("js/decoy-mapbox-public", "ryby/hody/web/public/js/karta.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r'''
// Zjawna karta wudawanskich městnow (public token, URL-restricted)
mapboxgl.accessToken = "pk.eyJ1Ijoia2FwcnlsdXppY2EiLCJhIjoi@@a@@In0.@@b@@";
const map = new mapboxgl.Map({
  container: "karta",
  style: "mapbox://styles/kapryluzica/haty",
  center: [14.4502, 51.3571],
  zoom: 11,
});
''', a=rnd(20, string.ascii_lowercase + string.digits), b=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("log/smtp-auth-plain", "muzej/wustajence/storage/logs/mail-debug.log", "https://www.rfc-editor.org/rfc/rfc4954", r'''
[2024-11-14 09:02:11] local.DEBUG: SMTP: 220 smtp.plat-muzej.de ESMTP Postfix
[2024-11-14 09:02:11] local.DEBUG: SMTP: > EHLO wustajency.plat-muzej.de
[2024-11-14 09:02:11] local.DEBUG: SMTP: < 250-AUTH PLAIN LOGIN
[2024-11-14 09:02:11] local.DEBUG: SMTP: > AUTH PLAIN @@s@@
[2024-11-14 09:02:12] local.DEBUG: SMTP: < 235 2.7.0 Authentication successful
[2024-11-14 09:02:12] local.DEBUG: SMTP: > MAIL FROM:<wustajency@plat-muzej.de>
''', b64("\0wustajency@plat-muzej.de\0" + words_pw()))

add("json/keycloak-client-secret", "infra/sso/grafana-client.json", "https://www.keycloak.org/docs/latest/server_admin/#_client-credentials", r'''
{
  "clientId": "grafana",
  "name": "Grafana rybarnja",
  "protocol": "openid-connect",
  "publicClient": false,
  "secret": "@@s@@",
  "redirectUris": ["https://grafana.kapry-luzica.de/login/generic_oauth"],
  "webOrigins": ["https://grafana.kapry-luzica.de"]
}
''', mixed(32))

add("ini/grafana-admin", "ryby/sensory/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", r'''
[server]
domain = grafana.kapry-luzica.de
root_url = https://grafana.kapry-luzica.de/

[security]
admin_user = rybar
admin_password = @@s@@

[auth.anonymous]
enabled = false
''', words_pw())

add("json/decoy-jwks", "infra/sso/jwks-public.json", "https://www.rfc-editor.org/rfc/rfc7517", r'''
{
  "keys": [
    {
      "kid": "@@kid@@",
      "kty": "RSA",
      "alg": "RS256",
      "use": "sig",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', kid=rnd(43, ALNUM + "-_"), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("json/decoy-package-lock", "muzej/audioguide/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "platowa-audioguide-web",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@directus/sdk": {
      "version": "17.0.2",
      "resolved": "https://registry.npmjs.org/@directus/sdk/-/sdk-17.0.2.tgz",
      "integrity": "sha512-@@a@@"
    },
    "node_modules/next": {
      "version": "14.2.15",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.15.tgz",
      "integrity": "sha512-@@b@@"
    }
  }
}
''', a=rnd(86, ALNUM + "+/") + "==", b=rnd(86, ALNUM + "+/") + "==")

add("json/decoy-postman-env", "shop/docs/postman/wobchod-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "6f0c5a7e-2b7d-4c38-9b7e-0c6d1f3a9e21",
  "name": "Wobchod prod",
  "values": [
    {"key": "baseUrl", "value": "https://wobchod.plat-muzej.de/wp-json/wc/v3", "enabled": true},
    {"key": "consumerKey", "value": "", "type": "secret", "enabled": true},
    {"key": "consumerSecret", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

add("text/decoy-git-log", "infra/notes/release-2.3.1.txt", "https://git-scm.com/docs/git-log", r'''
Wobchod 2.3.1 - změny (git log --oneline v2.3.0..v2.3.1)

@@a@@ Mollie: iDEAL wotstronjene, Apple Pay přidate
@@b@@ Etikety: nowy EAN za modroćišćowe ručniki
@@c@@ Fix: kosyk so po přizjewjenju wuprózdni
@@d@@ Bump stripe-php 15.8.0 -> 16.1.0
Image digest: sha256:@@e@@
''', a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40), e=hexs(64))

add("shell/gh-fine-grained", "infra/notes/nowy-ci-runner.md", "https://cli.github.com/manual/gh_auth_login", r'''
# Nowy self-hosted runner w hatowym domje

Runner trjeba přistup k `kapry-luzica/pondlog` (jenož Actions: read/write).

```bash
echo "@@s@@" | gh auth login --with-token
gh api -X POST repos/kapry-luzica/pondlog/actions/runners/registration-token --jq .token
```

Token płaći hač do 31.03.2025. Danach neu erzeugen.
''', fakes.github_fine_grained_token(_seed()))

add("toml/cargo-token", "ryby/sensory/pondlog/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r'''
# pondlog-proto je na crates.io zjawny
# (cargo login, Jurij - 2024-06-02)
[registry]
token = "@@s@@"

# interny registry so přez credential provider wobstara
''', mixed(32, "cio"))

add("powershell/here-string-json", "muzej/tools/Register-Kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", r'''
# Kiosk w foyeru přizjewić (Info-Terminal Eingangshalle)
$config = @"
{
  "kiosk": "foyer-1",
  "cms": "https://cms.plat-muzej.de",
  "token": "@@s@@",
  "rec": ["hsb", "de", "en", "cz"]
}
"@
Set-Content -Path "C:\Kiosk\config.json" -Value $config -Encoding UTF8
Restart-Service KioskShell
''', fakes.drawn(_seed(), 32, ALNUM + "-_"))

add("email/decoy-reset-link", "wiki/muzej/mejlka-reset.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Zběrka <noreply@plat-muzej.de>
To: Hanka Nowak <hanka@plat-muzej.de>
Subject: Hesło wróćo stajić / Passwort zurücksetzen
Content-Type: text/plain; charset=utf-8

Witaj Hanka,

za nowe hesło klikń tule (płaćiwe 30 mjeńšin, jónu wužiwajomne):
https://zberka.plat-muzej.de/reset?uid=42&expires=1730800000

Hdyž njejsy to ty była, móžeš tutu mejlku ignorować.
''')
