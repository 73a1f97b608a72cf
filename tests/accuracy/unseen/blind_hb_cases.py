"""Blind set HB: glaziers and window installers (a Dutch-Belgian firm, Verhaegen Glas & Ramen).

Quoting and ordering tools (glass and profile suppliers, Exact Online, Teamleader, Mollie), installer
planning, vans and fleet telematics, tablets and measuring devices, office IT; a third of the docs,
runbooks and notes in Dutch. Generated fakes only (seeds 2740000-2749999).
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
_SEED = [2740000]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < 2750000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Glas", "Kozijn", "Dakraam", "Schelde", "Maas", "Beiaard", "Tulp", "Polder", "Duin", "Molen",
         "Klinker", "Spiegel", "Venster", "Hoeve", "Brug", "Dijk", "Kade", "Lantaarn", "Zeef", "Gevel"]
LOWER = ["ruit", "kitvoeg", "glaslat", "stolp", "roede", "dorpel", "sponning", "beglazing", "afstandhouder",
         "drukrand", "vleugel", "scharnier", "dubbel", "triple", "ventilatie", "rolluik"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + alnum(24 if not kind.startswith("rk") else 99)


def mollie_key(kind: str = "live_") -> str:
    return kind + alnum(30)


def mollie_access() -> str:
    return "access_" + alnum(40)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return "SG." + alnum(22) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn(_seed(), 20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + alnum(36)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def hetzner_token() -> str:
    return alnum(64)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + fakes.drawn(_seed(), 180, ALNUM + "-_") + "=" + hexs(8).upper()


def mapbox_secret() -> str:
    return "sk.eyJ1IjoidmVyaGFlZ2VuIiwiYSI6ImNs" + alnum(26) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "-_")


def teams_webhook() -> str:
    return (f"https://verhaegenglas.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{alnum(43)}")


def twilio_token() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem() -> str:
    """An unencrypted PKCS#8 block (BEGIN PRIVATE KEY), as Google service-account files hold."""
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(6))
    return f"-----BEGIN PRIVATE KEY-----\nMIIE{body[4:]}\n-----END PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\nMIID{body[4:]}\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def sha256() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-hb/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Quoting (offerte) tool and the payment / accounting side
# ---------------------------------------------------------------------------------------------

add("env/mollie-api-key", "offerte-tool/.env.production", "https://docs.mollie.com/reference/authentication", """
# Offerte-tool productie (NL + BE)
APP_ENV=production
APP_URL=https://offerte.verhaegen-glas.be
DB_HOST=10.20.0.14
DB_DATABASE=offerte
MOLLIE_KEY=@@secret@@
MOLLIE_PROFILE_ID=pfl_3RkSN7wPKx
AANBETALING_PERCENTAGE=30
BTW_NL=21
BTW_BE=6
""", mollie_key())

add("python/mollie-api-key", "offerte/betalingen/mollie_client.py", "https://github.com/mollie/mollie-api-python", """
\"\"\"Aanbetaling (deposit) links for signed quotes.\"\"\"
from mollie.api.client import Client

_client = Client()
_client.set_api_key("@@secret@@")


def aanbetaling(offerte_nr: str, bedrag: str, locale: str = "nl_BE") -> str:
    payment = _client.payments.create({
        "amount": {"currency": "EUR", "value": bedrag},
        "description": f"Aanbetaling offerte {offerte_nr}",
        "redirectUrl": f"https://offerte.verhaegen-glas.be/bedankt/{offerte_nr}",
        "webhookUrl": "https://offerte.verhaegen-glas.be/hooks/mollie",
        "locale": locale,
        "metadata": {"offerte": offerte_nr},
    })
    return payment.checkout_url
""", mollie_key())

add("php/mollie-organization-token", "portal/config/mollie.php", "https://docs.mollie.com/reference/authentication", """
<?php
// Bestelportaal – Mollie Connect (organisatie-token voor terugbetalingen)
return [
    'api_key' => env('MOLLIE_KEY'),
    'organization_token' => '@@secret@@',
    'testmode' => false,
    'refund_description' => 'Creditnota Verhaegen Glas',
];
""", mollie_access())

add("yaml/decoy-mollie-test-placeholder", "offerte-tool/config/payments.example.yml", "https://docs.mollie.com/reference/authentication", """
# Kopieer naar payments.yml en vul de sleutel in vanuit 1Password (kluis "Financiën")
mollie:
  api_key: live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  profile_id: pfl_XXXXXXXXXX
  webhook_url: https://offerte.verhaegen-glas.be/hooks/mollie
  methods: [bancontact, ideal, creditcard, banktransfer]
""")

add("typescript/decoy-stripe-publishable-key", "webshop/src/checkout/stripe.ts", "https://docs.stripe.com/keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle (secret key lives on the server only)
export const stripePromise = loadStripe("@@pk@@", { locale: "nl" });

export async function betaalStaal(sessionId: string): Promise<void> {
  const stripe = await stripePromise;
  await stripe?.redirectToCheckout({ sessionId });
}
""", pk=stripe_key("pk_live_"))

add("ruby/stripe-secret-key", "webshop-api/config/initializers/stripe.rb", "https://docs.stripe.com/keys", """
# Glasstalen (sample kits) webshop - Stripe voor creditcard
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"
Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  success_url: "https://shop.verhaegen-glas.nl/bedankt",
}
""", stripe_key())

add("json/exact-online-client-secret", "koppelingen/exact/appsettings.json", "https://support.exactonline.com/community/s/knowledge-base#All-All-DNO-Content-oauth-eol-oauth-dev-impleovervw", """
{
  "Exact": {
    "BaseUrl": "https://start.exactonline.be",
    "Division": 2784113,
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "RedirectUri": "https://koppeling.verhaegen-glas.be/exact/callback",
    "Journal": "70",
    "GrootboekOmzetGlas": "8000",
    "GrootboekOmzetPlaatsing": "8010"
  }
}
""", rand_pw(12), cid="{" + uuid_s() + "}")

add("csharp/exact-online-refresh-token", "Koppeling.Exact/TokenStore.cs", "https://support.exactonline.com/community/s/knowledge-base#All-All-DNO-Content-oauth-eol-oauth-dev-impleovervw", """
namespace Verhaegen.Koppeling.Exact
{
    // TODO(jeroen): naar Azure Key Vault verhuizen, tijdelijk hardcoded na de migratie
    internal static class TokenStore
    {
        public const string ClientId = "@@cid@@";
        public const string RefreshToken = "@@secret@@";
        public static readonly Uri TokenUrl = new Uri("https://start.exactonline.nl/api/oauth2/token");
    }
}
""", "Gl1w." + fakes.drawn(_seed(), 380, ALNUM + "-_!*"), cid=uuid_s())

add("python/decoy-exact-env-reference", "koppelingen/exact/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

EXACT_BASE_URL = os.environ.get("EXACT_BASE_URL", "https://start.exactonline.be")
EXACT_DIVISION = int(os.environ["EXACT_DIVISION"])
EXACT_CLIENT_ID = os.environ["EXACT_CLIENT_ID"]
EXACT_CLIENT_SECRET = os.environ["EXACT_CLIENT_SECRET"]
EXACT_REFRESH_TOKEN_PATH = os.environ.get("EXACT_REFRESH_TOKEN_PATH", "/var/lib/koppeling/exact.token")
""")

add("env/teamleader-client-secret", "crm-sync/.env", "https://developer.focus.teamleader.eu/docs/api/authentication", """
# Teamleader Focus -> planning sync (deals "Getekend" => montageplanning)
TEAMLEADER_CLIENT_ID=@@cid@@
TEAMLEADER_CLIENT_SECRET=@@secret@@
TEAMLEADER_REDIRECT=https://planning.verhaegen-glas.be/oauth/teamleader
PLANNING_DB=postgresql://planning@db01.intern:5432/planning
SYNC_INTERVAL_MIN=15
""", hexs(32), cid=hexs(32))

add("go/teamleader-refresh-token", "crm-sync/internal/teamleader/client.go", "https://developer.focus.teamleader.eu/docs/api/authentication", """
package teamleader

import "golang.org/x/oauth2"

var conf = &oauth2.Config{
	ClientID:     "@@cid@@",
	ClientSecret: "@@secret@@",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://focus.teamleader.eu/oauth2/authorize",
		TokenURL: "https://focus.teamleader.eu/oauth2/access_token",
	},
	RedirectURL: "https://planning.verhaegen-glas.be/oauth/teamleader",
}
""", hexs(32), cid=hexs(32))

add("markdown/decoy-teamleader-ids", "docs/crm/teamleader-velden.md", "https://developer.focus.teamleader.eu/docs/api/custom-fields", """
# Teamleader: eigen velden (custom fields)

| Veld                  | ID                                   | Type    |
|-----------------------|--------------------------------------|---------|
| Glastype              | @@a@@ | select  |
| U-waarde (W/m²K)      | @@b@@ | number  |
| Aantal ramen          | @@c@@ | integer |
| Montageploeg          | @@d@@ | select  |

De IDs zijn geen geheimen; ze zijn per account vast en staan ook in de webhook-payloads.
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("java/adyen-api-key", "kassa-showroom/src/main/java/be/verhaegen/kassa/AdyenConfig.java", "https://docs.adyen.com/development-resources/api-credentials", """
package be.verhaegen.kassa;

import com.adyen.Client;
import com.adyen.enums.Environment;

public final class AdyenConfig {
    // Showroom Antwerpen - pinterminal (Terminal API, cloud)
    private static final String API_KEY = "@@secret@@";
    private static final String MERCHANT = "VerhaegenGlasBE";

    public static Client client() {
        return new Client(API_KEY, Environment.LIVE, "7b1c4e2a-verhaegen");
    }
}
""", "AQE" + alnum(60) + "=-" + fakes.drawn(_seed(), 43, ALNUM + "+/") + "=-" + alnum(10))

add("properties/decoy-adyen-client-key", "kassa-showroom/src/main/resources/application.properties", "https://docs.adyen.com/development-resources/client-side-authentication", """
server.port=8085
adyen.merchant-account=VerhaegenGlasBE
adyen.environment=LIVE
# client key: public by design (Drop-in in the browser), bound to allowed origins
adyen.client-key=live_@@ck@@
adyen.api-key=${ADYEN_API_KEY}
adyen.hmac-key=${ADYEN_HMAC_KEY}
""", ck=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("yaml/adyen-hmac-key", "kassa-showroom/config/webhooks.yaml", "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures", """
webhooks:
  adyen:
    path: /hooks/adyen
    basic_auth_user: adyen-notif
    # HMAC key from Customer Area > Developers > Webhooks (hex)
    hmac_key: "@@secret@@"
    accept_events: [AUTHORISATION, REFUND, CANCELLATION]
""", hexs(64).upper())

add("sql/decoy-payment-hashes", "offerte-tool/db/seeds/002_betalingen.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Testdata: betalingen bij offertes (geen echte gegevens)
INSERT INTO betalingen (offerte_nr, mollie_id, bedrag, status, checksum) VALUES
  ('OFF-2025-0412', 'tr_WDqYK6vllg', 1250.00, 'paid',    '@@h1@@'),
  ('OFF-2025-0413', 'tr_7UhSN1zuXS', 845.50,  'open',    '@@h2@@'),
  ('OFF-2025-0419', 'tr_hJx8fKq2Lm', 3310.00, 'expired', '@@h3@@'),
  ('OFF-2025-0420', 'tr_p3Vn5rTdQa', 99.95,   'paid',    '@@h4@@');
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

add("shell/decoy-mollie-curl-env", "scripts/mollie-refund.sh", "https://docs.mollie.com/reference/create-refund", """
#!/usr/bin/env bash
# Terugbetaling van een aanbetaling. Gebruik: ./mollie-refund.sh tr_xxx 125.00
set -euo pipefail
: "${MOLLIE_KEY:?zet MOLLIE_KEY (1Password: Financiën/Mollie live)}"
curl -sS -X POST "https://api.mollie.com/v2/payments/$1/refunds" \\
  -H "Authorization: Bearer ${MOLLIE_KEY}" \\
  -d "amount[currency]=EUR" -d "amount[value]=$2" \\
  -d "description=Terugbetaling aanbetaling"
""")

add("kotlin/stripe-restricted-key", "monteur-app/app/src/main/java/be/verhaegen/monteur/pay/TerminalConfig.kt", "https://docs.stripe.com/keys#limit-access", """
package be.verhaegen.monteur.pay

// Betalen op de werf via Tap to Pay; restricted key voor connection tokens
object TerminalConfig {
    const val LOCATION_ID = "tml_FmWz8Q2Hh1kXyA"
    const val BACKEND_KEY = "@@secret@@"
    const val CURRENCY = "eur"
}
""", stripe_key("rk_live_"))

add("csv/decoy-iban-export", "exports/leveranciers_2025-03.csv", "https://www.ecbs.org/iban.htm", """
leverancier;land;iban;bic;btw_nummer;betaaltermijn
AGC Glass Europe;BE;BE71 0961 2345 6769;GKCCBEBB;BE0412345678;30
Saint-Gobain Glass Benelux;BE;BE68 5390 0754 7034;BBRUBEBB;BE0402345671;60
Reynaers Aluminium;BE;BE62 5100 0754 7061;KREDBEBB;BE0404123456;30
Deceuninck;BE;BE43 0689 9999 9501;GKCCBEBB;BE0405548486;45
Glas Ceyssens;BE;BE95 0000 0000 0058;BPOTBEB1;BE0423456789;30
Kömmerling NL;NL;NL91 ABNA 0417 1643 00;ABNANL2A;NL001234567B01;30
""")

add("terraform/aws-secret-access-key", "infra/aws/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
# Offerte-PDF's en foto's van de werf -> S3 (eu-west-1)
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "werffoto" {
  bucket = "verhaegen-werffoto-prod"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-access-key", "tools/upload_werffoto.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(pad: str, werf: str) -> None:
    s3.upload_file(pad, "verhaegen-werffoto-prod", f"{werf}/{pad.rsplit('/', 1)[-1]}")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-example-keys", "docs/examples/aws-credentials.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Voorbeeld uit de AWS-documentatie; vervang door je eigen profiel (aws configure sso)
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1

[werffoto]
sso_session = verhaegen
sso_account_id = 123456789012
sso_role_name = WerffotoUploader
""")

add("yaml/sendgrid-api-key", "offerte-tool/config/mail.yaml", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
mail:
  transport: sendgrid
  from: offertes@verhaegen-glas.be
  reply_to: verkoop@verhaegen-glas.be
  sendgrid:
    api_key: @@secret@@
    templates:
      offerte_nl: d-4f1c2b7a8e9d4c3b
      offerte_fr: d-9a8b7c6d5e4f3a2b
""", sendgrid_key())

add("php/smtp-password", "website/wp-config-mail.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", """
<?php
// Contactformulier "Gratis opmeting aanvragen" -> Microsoft 365 SMTP
add_action('phpmailer_init', function ($mail) {
    $mail->isSMTP();
    $mail->Host = 'smtp.office365.com';
    $mail->Port = 587;
    $mail->SMTPSecure = 'tls';
    $mail->SMTPAuth = true;
    $mail->Username = 'website@verhaegen-glas.be';
    $mail->Password = '@@secret@@';
    $mail->setFrom('website@verhaegen-glas.be', 'Verhaegen Glas');
});
""", words_pw())

add("toml/decoy-smtp-vault", "planning/config/production.toml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """
[smtp]
host = "smtp.office365.com"
port = 587
user = "planning@verhaegen-glas.be"
password = "vault:secret/data/planning/smtp#password"

[sms]
provider = "messagebird"
access_key = "vault:secret/data/planning/messagebird#access_key"
originator = "Verhaegen"
""")

add("python/messagebird-access-key", "planning/notify/sms.py", "https://developers.messagebird.com/api/#authentication", """
\"\"\"SMS naar klant: 'Onze monteurs komen morgen tussen 8 en 10 uur'.\"\"\"
import messagebird

client = messagebird.Client("@@secret@@")


def herinnering(gsm: str, datum: str, venster: str, taal: str = "nl") -> None:
    body = {
        "nl": f"Verhaegen Glas: onze monteurs komen op {datum} tussen {venster}.",
        "fr": f"Verhaegen Glas : nos monteurs passeront le {datum} entre {venster}.",
    }[taal]
    client.message_create("Verhaegen", gsm, body)
""", alnum(25))

add("json/decoy-twilio-account-sid", "planning/config/twilio.json", "https://www.twilio.com/docs/iam/api/account", """
{
  "accountSid": "@@sid@@",
  "messagingServiceSid": "MG@@mg@@",
  "authToken": "${TWILIO_AUTH_TOKEN}",
  "statusCallback": "https://planning.verhaegen-glas.be/hooks/twilio"
}
""", sid=twilio_sid(), mg=hexs(32))

add("csharp/twilio-auth-token", "Planning.Notify/TwilioSender.cs", "https://www.twilio.com/docs/iam/credentials/api", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

public static class TwilioSender
{
    public static void Init() =>
        TwilioClient.Init("@@sid@@", "@@secret@@");

    public static void Stuur(string gsm, string tekst) =>
        MessageResource.Create(to: new Twilio.Types.PhoneNumber(gsm), from: "+3228080000", body: tekst);
}
""", twilio_token(), sid=twilio_sid())

add("markdown/decoy-glass-product-codes", "docs/catalogus/glassoorten.md", "https://www.agc-yourglass.com/", """
# Glassoorten in de configurator

| Code            | Omschrijving                          | Ug (W/m²K) | Artikel-ID (AGC)                 |
|-----------------|---------------------------------------|------------|----------------------------------|
| HR++-4-16Ar-4   | Dubbel, argon, coating pos. 3         | 1.1        | @@a@@ |
| HR+++-4-12-4-12-4 | Triple, argon                       | 0.6        | @@b@@ |
| VG-33.1         | Gelaagd veiligheidsglas (P2A)         | -          | @@c@@ |
| ST-4-16-4       | Zonwerend Stopray Vision-50           | 1.0        | @@d@@ |
""", a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32))

add("xml/agc-supplier-password", "bestelportaal/config/agc-edi.xml", "https://www.agc-yourglass.com/", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Bestellingen naar AGC (Fleurus) via hun B2B-webservice -->
<supplierConnection name="AGC Glass Europe">
  <endpoint>https://b2b.agc-glass.eu/ordering/v2/soap</endpoint>
  <customerNumber>BE-0048213</customerNumber>
  <username>verhaegen.inkoop</username>
  <password>@@secret@@</password>
  <deliveryDepot>Tilburg</deliveryDepot>
  <timeoutSeconds>60</timeoutSeconds>
</supplierConnection>
""", words_pw())

add("ini/saint-gobain-ftp-password", "bestelportaal/conf/saint-gobain.ini", "https://www.saint-gobain-glass.com/", """
; Saint-Gobain Glass Benelux - orderbevestigingen (EDIFACT ORDRSP) ophalen via FTPS
[ftps]
host = edi.saint-gobain-glass.be
port = 990
user = VERH0412
password = @@secret@@
remote_dir = /out/ORDRSP
local_dir = D:\\EDI\\SaintGobain\\in
""", rand_pw(14, "!#"))

add("shell/reynaers-sftp-password", "scripts/reynaers_prijslijst.sh", "https://www.reynaers.com/", """
#!/bin/bash
# Haalt elke maandag de prijslijst (profielen, beslag) op bij Reynaers en laadt ze in de configurator
set -e
export SSHPASS='@@secret@@'
sshpass -e sftp -oBatchMode=no verhaegen@sftp.reynaers.com:/pricelists/BE/current.zip /tmp/reynaers.zip
unzip -o /tmp/reynaers.zip -d /srv/configurator/import/reynaers
/srv/configurator/bin/import-prijzen --bron reynaers --map /srv/configurator/import/reynaers
""", words_pw())

add("yaml/decoy-supplier-sftp-key-ref", "bestelportaal/config/suppliers.yaml", "https://www.openssh.com/manual.html", """
suppliers:
  deceuninck:
    protocol: sftp
    host: sftp.deceuninck.com
    user: verhaegen
    key_file: /run/secrets/deceuninck_ed25519
    known_host_fingerprint: "SHA256:@@fp@@"
  schuco:
    protocol: https
    url: https://b2b.schueco.com/api/orders
    token: ${SCHUCO_API_TOKEN}
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------------------------------------
# Vans, fleet telematics, routes, tablets and devices
# ---------------------------------------------------------------------------------------------

add("python/webfleet-password", "fleet/webfleet_posities.py", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html", """
\"\"\"Live posities van de bestelwagens (Webfleet.connect) voor het planbord.\"\"\"
import requests

WEBFLEET = "https://csv.webfleet.com/extern"
PARAMS = {
    "account": "verhaegen-glas",
    "username": "planbord",
    "password": "@@secret@@",
    "apikey": "@@api@@",
    "lang": "nl",
    "outputformat": "json",
}


def posities() -> list:
    r = requests.get(WEBFLEET, params=dict(PARAMS, action="showObjectReportExtern"), timeout=20)
    r.raise_for_status()
    return r.json()
""", words_pw(), api=uuid_s())

add("log/webfleet-password", "logs/planbord-2025-04-02.log", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html", """
2025-04-02 07:01:12,004 INFO  planbord.sync start (ploegen=6, wagens=11)
2025-04-02 07:01:12,210 DEBUG urllib3 Starting new HTTPS connection (1): csv.webfleet.com:443
2025-04-02 07:01:12,655 DEBUG urllib3 "GET /extern?account=verhaegen-glas&username=planbord&password=@@secret@@&apikey=@@api@@&lang=nl&action=showObjectReportExtern&outputformat=json HTTP/1.1" 200 4812
2025-04-02 07:01:12,701 INFO  planbord.sync 11 posities bijgewerkt (1-VGT-482 Antwerpen-Noord, 1-VGT-517 Mechelen, ...)
2025-04-02 07:01:13,002 WARN  planbord.sync wagen V-34-KLN (Tilburg) geen positie sinds 06:12
2025-04-02 07:01:13,010 INFO  planbord.sync klaar in 1.0s
""", words_pw(), api=uuid_s())

add("yaml/decoy-webfleet-env-refs", "fleet/config/webfleet.yml", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html", """
webfleet:
  account: verhaegen-glas
  username: planbord
  password: ${WEBFLEET_PASSWORD}
  apikey: ${WEBFLEET_APIKEY}
  objects:
    - {nr: "001", kenteken: "1-VGT-482", ploeg: "Antwerpen-Noord"}
    - {nr: "002", kenteken: "1-VGT-517", ploeg: "Mechelen"}
    - {nr: "007", kenteken: "V-34-KLN",  ploeg: "Tilburg"}
""")

add("typescript/google-maps-server-key", "planbord/server/routes/afstand.ts", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
import fetch from "node-fetch";

// Server-side key (Distance Matrix), geen referrer-restrictie
const MAPS_KEY = "@@secret@@";

export async function reistijd(van: string, naar: string): Promise<number> {
  const url = new URL("https://maps.googleapis.com/maps/api/distancematrix/json");
  url.search = new URLSearchParams({ origins: van, destinations: naar, key: MAPS_KEY, language: "nl" }).toString();
  const body: any = await (await fetch(url)).json();
  return body.rows[0].elements[0].duration.value;
}
""", google_key())

add("typescript/decoy-mapbox-public-token", "planbord/web/src/kaart.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";

// Public token (pk.): URL-restricted to planbord.verhaegen-glas.be
mapboxgl.accessToken = "pk.eyJ1IjoidmVyaGFlZ2VuIiwiYSI6ImNs@@t@@.@@u@@";

export const kaart = new mapboxgl.Map({
  container: "kaart",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [4.40, 51.22],
  zoom: 8,
});
""", t=alnum(26), u=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("github-actions/mapbox-secret-token", ".github/workflows/tiles.yml", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
name: werfkaart-tiles
on:
  schedule: [{cron: "0 3 * * 1"}]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      MAPBOX_ACCESS_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install mapbox-tilesets
      - run: tilesets upload-source verhaegen werven data/werven.geojson --replace
""", mapbox_secret())

add("json/decoy-google-maps-browser-config", "planbord/web/public/config.json", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key", """
{
  "mapsApiKey": "%MAPS_BROWSER_KEY%",
  "defaultCenter": {"lat": 51.2194, "lng": 4.4025},
  "depots": [
    {"naam": "Antwerpen", "lat": 51.2602, "lng": 4.4021},
    {"naam": "Tilburg", "lat": 51.5606, "lng": 5.0919}
  ],
  "refreshSeconds": 60
}
""")

add("kotlin/decoy-firebase-config", "monteur-app/app/src/main/java/be/verhaegen/monteur/FirebaseOpts.kt", "https://firebase.google.com/docs/projects/api-keys", """
package be.verhaegen.monteur

import com.google.firebase.FirebaseOptions

// From google-services.json; Firebase API keys identify the project and are not secret
val firebaseOpts: FirebaseOptions = FirebaseOptions.Builder()
    .setProjectId("monteur-app-verhaegen")
    .setApplicationId("1:@@num@@:android:@@app@@")
    .setApiKey(BuildConfig.FIREBASE_API_KEY)
    .setStorageBucket("monteur-app-verhaegen.appspot.com")
    .build()
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(16))

add("swift/monteur-app-api-token", "MonteurApp/Sources/Net/APIClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

enum API {
    static let base = URL(string: "https://api.verhaegen-glas.be/monteur/v1")!
    // Service token voor de iPad-app van de plaatsers (opmetingen, foto's, handtekening)
    static let serviceToken = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Bearer \\(serviceToken)", forHTTPHeaderField: "Authorization")
        r.setValue("nl-BE", forHTTPHeaderField: "Accept-Language")
        return r
    }
}
""", "vgm_" + alnum(40))

add("plist/decoy-app-config", "MonteurApp/Resources/Config.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.verhaegen-glas.be/monteur/v1</string>
    <key>APIToken</key>
    <string>$(MONTEUR_API_TOKEN)</string>
    <key>SentryDSN</key>
    <string>https://@@pub@@@o4507123.ingest.de.sentry.io/4507456</string>
    <key>DistoBluetoothServiceUUID</key>
    <string>@@u@@</string>
</dict>
</plist>
""", pub=hexs(32), u=uuid_s().upper())

add("plist/sentry-auth-token", "MonteurApp/fastlane/sentry.plist", "https://docs.sentry.io/account/auth-tokens/", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>org</key>
    <string>verhaegen-glas</string>
    <key>project</key>
    <string>monteur-app-ios</string>
    <key>authToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", sentry_token())

add("markdown/tablet-mdm-admin-password", "docs/it/tablets-plaatsers.md", "https://learn.microsoft.com/en-us/mem/intune/", """
# iPads van de plaatsers

- Beheer via Intune (groep `GRP-Monteurs-iPad`), app "Monteur" als verplichte app.
- Leica DISTO D2 koppelen via Bluetooth in de app (Opmeting > Apparaat).
- Pincode van de ploeg-iPads: zie planbord, wordt per kwartaal gewijzigd.

## Kiosk-modus uitzetten (alleen IT)

Guided Access / kiosk-beheerderswachtwoord: `@@secret@@`
Na gebruik meteen weer aanzetten en melden in #it-meldingen.
""", words_pw())

add("markdown/decoy-disto-firmware-checksums", "docs/apparaten/leica-disto.md", "https://shop.leica-geosystems.com/measurement-tools/disto", """
# Leica DISTO – firmware

Alle ploegen gebruiken de DISTO D2 of X4. Firmware bijwerken met de Leica DISTO Transfer tool.

| Model | Firmware | SHA-256 van het bestand                                          |
|-------|----------|------------------------------------------------------------------|
| D2    | 1.20     | @@a@@ |
| X4    | 3.8.2    | @@b@@ |

Serienummers staan in de inventaris (Snipe-IT), niet hier.
""", a=sha256(), b=sha256())

add("csv/decoy-van-inventory", "exports/wagenpark.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
kenteken,merk,model,ploeg,tankkaart,webfleet_obu,km_stand,apk_keuring
1-VGT-482,Mercedes-Benz,Sprinter 317 glasrek,Antwerpen-Noord,7002******4411,OBU-4F2A91,184220,2025-09-14
1-VGT-517,Mercedes-Benz,Sprinter 317 glasrek,Mechelen,7002******8820,OBU-4F2B07,121904,2025-11-02
1-WBL-903,Ford,Transit Custom,Service,7002******1375,OBU-4F2C33,66012,2026-02-21
V-34-KLN,Volkswagen,Crafter glasrek,Tilburg,7002******0967,OBU-51A0E2,203551,2025-07-30
VR-118-T,Iveco,Daily kraanwagen,Tilburg,7002******5530,OBU-51A117,88740,2026-01-09
""")

add("env/fuel-card-portal-password", "fleet/.env", "https://docs.docker.com/compose/how-tos/environment-variables/", """
# Tankkaarten (DKV) - maandelijkse export voor de boekhouding
DKV_PORTAL_USER=fleet@verhaegen-glas.be
DKV_PORTAL_PASSWORD=@@secret@@
DKV_CUSTOMER_NO=4021877
EXPORT_DIR=/srv/fleet/exports
""", rand_pw(16, "#!"))

add("shell/zebra-printer-password", "scripts/etiketprinter-instellen.sh", "https://docs.zebra.com/us/en/printers/software/zpl-pg.html", """
#!/bin/sh
# Zebra ZT411 in het magazijn (glasbok-etiketten): netwerk en webadmin instellen
PRINTER=10.20.5.31
curl -s -u admin:@@secret@@ "http://$PRINTER/settings" \\
  -d "ip.dhcp.enable=off" -d "ip.addr=10.20.5.31" -d "ip.netmask=255.255.255.0"
printf '^XA^FO50,50^A0N,40,40^FDVERHAEGEN GLAS - TEST^FS^XZ' | nc -w2 $PRINTER 9100
""", rand_pw(12))

add("yaml/synology-nas-password", "ansible/host_vars/nas01.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
# nas01: Synology DS1821+ (tekeningen, LogiKal-projecten, werffoto's)
ansible_host: 10.20.0.30
ansible_user: svc-backup
ansible_password: @@secret@@
ansible_become: true
shares:
  - {name: Tekeningen, quota_gb: 2000}
  - {name: LogiKal, quota_gb: 500}
  - {name: Werffoto, quota_gb: 4000}
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/nas/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
nas_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@l1@@
          @@l2@@
          @@l3@@
          @@l4@@
hyper_backup_target: s3.eu-central-1.wasabisys.com
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

add("ansible/unifi-controller-password", "ansible/roles/unifi/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """
- name: Inloggen op de UniFi controller (showroom + magazijn)
  ansible.builtin.uri:
    url: https://unifi.intern:8443/api/login
    method: POST
    body_format: json
    body:
      username: netadmin
      password: "@@secret@@"
    validate_certs: false
  register: unifi_login

- name: WLAN "Verhaegen-Gast" herstarten
  ansible.builtin.debug:
    msg: "cookie {{ unifi_login.cookies }}"
""", rand_pw(18, "!@"))

add("ini/hikvision-camera-password", "beveiliging/nvr-magazijn.ini", "https://www.hikvision.com/", """
; NVR magazijn Tilburg - camera's laadperron en glasopslag
[nvr]
ip = 10.30.1.10
http_port = 80
rtsp_port = 554
user = admin
pass = @@secret@@

[camera.laadperron]
rtsp = rtsp://10.30.1.10:554/Streaming/Channels/101
""", rand_pw(12, "!"))

add("powershell/decoy-credential-prompt", "it/scripts/Nieuwe-Monteur.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Nieuwe plaatser: account, groep en iPad-licentie
param([Parameter(Mandatory)] [string]$Voornaam, [Parameter(Mandatory)] [string]$Achternaam)
$cred = Get-Credential -Message "Beheerdersaccount (adm-...)"
$pw = Read-Host -AsSecureString "Tijdelijk wachtwoord voor $Voornaam"
$upn = ("{0}.{1}@verhaegen-glas.be" -f $Voornaam, $Achternaam).ToLower()
New-ADUser -Name "$Voornaam $Achternaam" -UserPrincipalName $upn -AccountPassword $pw -Enabled $true -Credential $cred
Add-ADGroupMember -Identity "GRP-Monteurs-iPad" -Members $upn -Credential $cred
""")

add("powershell/ldap-bind-password", "it/scripts/Export-Monteurs.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry", """
# Export van plaatsers naar het planbord (nachtelijke taak op APP01)
$ldap = New-Object System.DirectoryServices.DirectoryEntry(
    "LDAP://dc01.verhaegen.local/OU=Monteurs,DC=verhaegen,DC=local",
    "VERHAEGEN\\svc-planbord",
    "@@secret@@")
$zoeker = New-Object System.DirectoryServices.DirectorySearcher($ldap)
$zoeker.Filter = "(&(objectClass=user)(memberOf=CN=GRP-Monteurs-iPad,OU=Groepen,DC=verhaegen,DC=local))"
$zoeker.FindAll() | ForEach-Object { $_.Properties["mail"] } | Out-File D:\\planbord\\monteurs.txt
""", words_pw())

add("json/decoy-intune-ids", "it/intune/monteur-ipad-policy.json", "https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-ioscompliancepolicy", """
{
  "@odata.type": "#microsoft.graph.iosCompliancePolicy",
  "displayName": "Monteur iPad - compliance",
  "id": "@@id@@",
  "passcodeRequired": true,
  "passcodeMinimumLength": 6,
  "osMinimumVersion": "17.0",
  "assignments": [{"target": {"groupId": "@@g@@"}}],
  "tenantId": "@@t@@"
}
""", id=uuid_s(), g=uuid_s(), t=uuid_s())

add("python/azure-client-secret", "it/graph/monteurs_sync.py", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
\"\"\"Sync van monteurs uit Entra ID naar het planbord (Microsoft Graph).\"\"\"
import msal

TENANT = "@@t@@"
app = msal.ConfidentialClientApplication(
    client_id="@@c@@",
    client_credential="@@secret@@",
    authority=f"https://login.microsoftonline.com/{TENANT}",
)
token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("dockerfile/decoy-build-arg", "planbord/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PLANBORD_ENV=production \\
    WEBFLEET_PASSWORD_FILE=/run/secrets/webfleet_password
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "planbord.wsgi:app"]
""")

add("dockerfile/pip-index-password", "configurator/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.11-slim
WORKDIR /srv/configurator
# interne pakketten (glas-rekenmodule, U-waarde berekening)
RUN pip config set global.extra-index-url https://ci:@@secret@@@pypi.verhaegen-glas.be/simple/
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["uvicorn", "configurator.app:app", "--host", "0.0.0.0", "--port", "8000"]
""", rand_pw(22))

add("compose/postgres-password", "planbord/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: planbord
      POSTGRES_USER: planbord
      POSTGRES_PASSWORD: @@secret@@
    volumes: ["pgdata:/var/lib/postgresql/data"]
  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://planbord@db:5432/planbord
volumes:
  pgdata: {}
""", rand_pw(20))

add("compose/decoy-secrets-files", "offerte-tool/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  app:
    image: registry.verhaegen-glas.be/offerte-tool:2025.04
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      MOLLIE_KEY_FILE: /run/secrets/mollie_key
    secrets: [db_password, mollie_key]
secrets:
  db_password:
    file: ./secrets/db_password.txt
  mollie_key:
    external: true
""")

add("k8s-secret/redis-password", "k8s/planbord/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: planbord-redis
  namespace: planbord
type: Opaque
data:
  redis-password: @@enc@@
  redis-host: @@host@@
""", (rp := fakes.redis_password(_seed())), enc=b64(rp), host=b64("redis.planbord.svc.cluster.local"))

add("k8s-secret/decoy-sealed-secret", "k8s/offerte/sealed-mollie.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: offerte-mollie
  namespace: offerte
spec:
  encryptedData:
    MOLLIE_KEY: AgB@@a@@
    MOLLIE_WEBHOOK_TOKEN: AgC@@b@@
  template:
    metadata:
      name: offerte-mollie
""", a=fakes.drawn(_seed(), 300, ALNUM + "+/"), b=fakes.drawn(_seed(), 300, ALNUM + "+/"))


# ---------------------------------------------------------------------------------------------
# CI, packages, chat bots, hosting and infrastructure
# ---------------------------------------------------------------------------------------------

add("ini/pypi-token", "glasreken/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    intern

[pypi]
username = __token__
password = @@secret@@

[intern]
repository = https://pypi.verhaegen-glas.be/
username = ci
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-glasreken.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: publish glasreken
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
      - run: python -m pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: "@@secret@@"
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-offerte.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy offerte-tool
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: productie
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gh-deploy-offerte
          aws-region: eu-west-1
      - run: ./deploy.sh
        env:
          MOLLIE_KEY: ${{ secrets.MOLLIE_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""")

add("shell/github-token", "scripts/clone-alle-repos.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Nieuwe dev-laptop: alle repo's van de organisatie klonen
GH_TOKEN=@@secret@@
ORG=verhaegen-glas
mkdir -p ~/code && cd ~/code
for repo in $(curl -s -H "Authorization: token $GH_TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  git clone "https://$GH_TOKEN@github.com/$ORG/$repo.git"
done
""", fakes.github_token(_seed()))

add("markdown/github-fine-grained-token", "docs/runbooks/renovate-bot.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", """
# Renovate-bot (afhankelijkheden bijwerken)

Renovate draait als cronjob op `ci01` (elke nacht 02:00) voor alle repo's van `verhaegen-glas`.

1. Inloggen op ci01 als `renovate`.
2. `RENOVATE_TOKEN` staat in `/etc/renovate/env`. Huidige token (fine-grained, verloopt 2025-12-31):

   `@@secret@@`

3. Logs: `journalctl -u renovate.service --since today`.
""", fakes.github_fine_grained_token(_seed()))

add("yaml/decoy-renovate-config", "renovate.json5", "https://docs.renovatebot.com/configuration-options/", """
{
  // Renovate: groepeer de Mollie- en Exact-clients, automerge patches
  extends: ["config:recommended"],
  timezone: "Europe/Brussels",
  schedule: ["before 6am on monday"],
  hostRules: [{matchHost: "pypi.verhaegen-glas.be", username: "renovate", password: "{{ secrets.INTERN_PYPI }}"}],
  packageRules: [{matchPackageNames: ["mollie-api-python", "exactonline"], groupName: "betaal-koppelingen"}],
}
""")

add("toml/gitlab-runner-token", "ci/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
# ci02: runner voor het legacy LogiKal-exporter project (nog op GitLab)
concurrent = 2

[[runners]]
  name = "ci02-docker"
  url = "https://gitlab.verhaegen-glas.be/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.11"
""", "glrt-" + fakes.drawn(_seed(), 20, ALNUM + "-_"))

add("toml/gitlab-deploy-token", "logikal-export/pyproject.toml", "https://python-poetry.org/docs/repositories/", """
[tool.poetry]
name = "logikal-export"
version = "1.8.2"
description = "Exporteert LogiKal-projecten (profielen, glas, beslag) naar het bestelportaal"

[[tool.poetry.source]]
name = "gitlab"
url = "https://__token__:@@secret@@@gitlab.verhaegen-glas.be/api/v4/projects/41/packages/pypi/simple"
priority = "supplemental"

[tool.poetry.dependencies]
python = "^3.11"
lxml = "^5.2"
""", gitlab_token())

add("python/telegram-bot-token", "bots/ploegbot/main.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Ploegbot: plaatsers sturen 'klaar' + foto's, planbord zet de opdracht op afgewerkt.\"\"\"
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from ploegbot.handlers import foto, klaar, start

BOT_TOKEN = "@@secret@@"

app = Application.builder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.add_handler(CommandHandler("klaar", klaar))
app.add_handler(MessageHandler(filters.PHOTO, foto))

if __name__ == "__main__":
    app.run_polling()
""", fakes.telegram_token(_seed()))

add("env/telegram-bot-token", "bots/breukmelding/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Breukmelding-bot: magazijn meldt gebroken ruiten bij levering
TELEGRAM_TOKEN=@@secret@@
TELEGRAM_CHAT_MAGAZIJN=-1001873456621
TELEGRAM_CHAT_INKOOP=-1001873457730
PHOTO_DIR=/srv/breuk/fotos
""", fakes.telegram_token(_seed()))

add("yaml/decoy-telegram-chat-ids", "bots/ploegbot/config.yaml", "https://core.telegram.org/bots/api#chat", """
bot:
  token_env: PLOEGBOT_TOKEN
  admins: [41877201, 55102934]
chats:
  antwerpen_noord: -1001873450012
  mechelen: -1001873450233
  tilburg: -1001873450987
  service: -1001873451104
timezone: Europe/Brussels
""")

add("go/slack-bot-token", "tools/leveringbot/main.go", "https://api.slack.com/authentication/token-types#bot", """
package main

import (
	"log"

	"github.com/slack-go/slack"
)

const kanaal = "C05LEVERING"

func main() {
	api := slack.New("@@secret@@")
	_, _, err := api.PostMessage(kanaal, slack.MsgOptionText("AGC levering 14 bokken binnen in Tilburg", false))
	if err != nil {
		log.Fatal(err)
	}
}
""", slack_bot())

add("json/slack-webhook", "monitoring/alertmanager/receivers.json", "https://api.slack.com/messaging/webhooks", """
{
  "receivers": [
    {
      "name": "it-meldingen",
      "slack_configs": [
        {
          "api_url": "@@secret@@",
          "channel": "#it-meldingen",
          "title": "{{ .CommonLabels.alertname }} op {{ .CommonLabels.instance }}"
        }
      ]
    }
  ]
}
""", slack_webhook())

add("powershell/teams-webhook", "it/scripts/Backup-Melding.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
# Meldt het resultaat van de nachtelijke Veeam-backup in Teams (kanaal IT)
$webhook = "@@secret@@"
$job = Get-VBRJob -Name "Nacht - APP01 + NAS01"
$sessie = $job.FindLastSession()
$kaart = @{ text = "Backup **$($job.Name)**: $($sessie.Result) ($($sessie.EndTime))" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -Body $kaart -ContentType "application/json"
""", teams_webhook())

add("rust/discord-webhook", "tools/voorraad-alarm/src/main.rs", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
// Stuurt een melding als de voorraad floatglas 4 mm onder het minimum zakt
use serde_json::json;

const WEBHOOK: &str = "@@secret@@";

fn main() -> Result<(), reqwest::Error> {
    let voorraad = voorraad_alarm::floatglas_4mm_m2()?;
    if voorraad < 120.0 {
        reqwest::blocking::Client::new()
            .post(WEBHOOK)
            .json(&json!({"content": format!("Floatglas 4 mm: nog {voorraad:.0} m² in Tilburg")}))
            .send()?;
    }
    Ok(())
}
""", discord_webhook())

add("terraform/hetzner-token", "infra/hetzner/providers.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.48" }
  }
}

# Testomgeving configurator (Falkenstein)
provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "configurator_test" {
  name        = "configurator-test"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
}
""", hetzner_token())

add("terraform/decoy-variable-sensitive", "infra/hetzner/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "hcloud_token" {
  description = "Hetzner Cloud API token (uit 1Password: IT/Hetzner)"
  type        = string
  sensitive   = true
}

variable "ssh_public_key" {
  type    = string
  default = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pk@@ ops@verhaegen-glas.be"
}
""", pk=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "offerte" {
  zone_id = "@@zone@@"
  name    = "offerte"
  content = "203.0.113.41"
  type    = "A"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("shell/digitalocean-token", "infra/scripts/snapshot-website.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
#!/bin/bash
# Wekelijkse snapshot van de WordPress-droplet (website + configurator-demo)
export DIGITALOCEAN_ACCESS_TOKEN="@@secret@@"
DROPLET_ID=412877310
doctl compute droplet-action snapshot "$DROPLET_ID" --snapshot-name "website-$(date +%Y%m%d)" --wait
doctl compute snapshot list --resource droplet --format ID,Name,CreatedAt | tail -n 5
""", do_token())

add("markdown/combell-ftp-password", "docs/website/hosting.md", "https://www.combell.com/en/help/kb/", """
# Website verhaegen-glas.be – hosting bij Combell

- Pakket: Managed WordPress, datacenter Gent.
- DNS: via Cloudflare (zie infra/dns).
- Staging: https://staging.verhaegen-glas.be (basic auth: zie 1Password).

## FTP (alleen voor het webbureau)

| Host                    | Gebruiker          | Wachtwoord          |
|-------------------------|--------------------|---------------------|
| ftp.verhaegen-glas.be   | verhaegen-glas.be  | @@secret@@ |

Na de oplevering van de nieuwe site dit account uitschakelen.
""", rand_pw(16, "!$"))

add("php/wordpress-db-password", "website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'ID412877_vglas' );
define( 'DB_USER', 'ID412877_vglas' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'ID412877_vglas.db.webhosting.be' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'vg_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wordpress-salts-placeholder", "website/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

add("html/decoy-recaptcha-site-key", "website/wp-content/themes/verhaegen/parts/opmeting-form.html", "https://developers.google.com/recaptcha/docs/display", """
<form id="opmeting" method="post" action="/wp-admin/admin-post.php">
  <input type="hidden" name="action" value="opmeting_aanvraag">
  <label>Naam <input name="naam" required></label>
  <label>Postcode <input name="postcode" pattern="[0-9]{4}( ?[A-Z]{2})?" required></label>
  <label>Aantal ramen <input name="ramen" type="number" min="1"></label>
  <div class="g-recaptcha" data-sitekey="6Le@@sk@@"></div>
  <button type="submit">Gratis opmeting aanvragen</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("php/recaptcha-secret-key", "website/wp-content/themes/verhaegen/inc/opmeting.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
function verhaegen_opmeting_verify($token) {
    $resp = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => '6Le@@secret_tail@@',
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'],
        ],
    ]);
    $data = json_decode(wp_remote_retrieve_body($resp), true);
    return !empty($data['success']) && $data['score'] >= 0.5;
}
""", (rs := "6Le" + fakes.drawn(_seed(), 37, ALNUM + "-_")), secret_tail=rs[3:])

add("env/mailgun-api-key", "website/.env", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key", """
WP_ENV=production
WP_HOME=https://www.verhaegen-glas.be
MAILGUN_DOMAIN=mg.verhaegen-glas.be
MAILGUN_REGION=eu
MAILGUN_API_KEY=@@secret@@
GA_MEASUREMENT_ID=G-7KX2M4PQ1B
""", mailgun_key())

add("json/decoy-ga-and-gtm-ids", "website/wp-content/themes/verhaegen/tracking.json", "https://support.google.com/analytics/answer/9539598", """
{
  "ga4": "G-7KX2M4PQ1B",
  "gtm": "GTM-5R8WQ2L",
  "metaPixel": "1029384756473829",
  "hotjar": 3841207,
  "linkedinPartnerId": "5120933",
  "consentMode": "advanced"
}
""")

add("yaml/openai-api-key", "offerte-tool/config/ai.yaml", "https://platform.openai.com/docs/api-reference/authentication", """
# Experiment: offerte-tekst samenvatten en vertalen NL <-> FR voor Waalse klanten
ai:
  provider: openai
  model: gpt-4o-mini
  api_key: "@@secret@@"
  max_tokens: 800
  temperature: 0.2
""", openai_key())

add("notebook/openai-api-key", "analyse/offerte-conversie.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Conversie van offertes per regio (2024)\\n", "Welke offertes worden getekend?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "df = pd.read_sql('select * from offertes', 'postgresql://analyse@db01.intern/offerte')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai_key())

add("notebook/decoy-getpass", "analyse/glasbreuk-leveranciers.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\\n",
    "pw = getpass.getpass('DB-wachtwoord analyse: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyse:{pw}@db01.intern/bestelportaal')\\n",
    "breuk = pd.read_sql('select leverancier, count(*) from breukmeldingen group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")


# ---------------------------------------------------------------------------------------------
# Databases, caches, services of the configurator and planning, logs
# ---------------------------------------------------------------------------------------------

add("java/mysql-password", "configurator-core/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """
spring:
  datasource:
    url: jdbc:mysql://db02.intern:3306/configurator?useSSL=true&serverTimezone=Europe/Brussels
    username: configurator
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
configurator:
  u-waarde:
    norm: EN-673
  glasdikte:
    windlast-zone-be: III
""", words_pw())

add("java/jdbc-url-password", "configurator-core/src/main/java/be/verhaegen/configurator/legacy/LogikalImport.java", "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url", """
package be.verhaegen.configurator.legacy;

import java.sql.Connection;
import java.sql.DriverManager;

/** Leest projecten uit de LogiKal SQL Server-database (Orgadata) op APP01. */
public class LogikalImport {
    private static final String URL =
        "jdbc:sqlserver://app01.verhaegen.local:1433;databaseName=LogiKal;user=logikal_ro;password=@@secret@@;encrypt=false";

    public Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(16, "#"))

add("kotlin/redis-url-password", "planbord-api/src/main/kotlin/be/verhaegen/planbord/Cache.kt", "https://redis.io/docs/latest/develop/clients/lettuce/", """
package be.verhaegen.planbord

import io.lettuce.core.RedisClient

// Cache voor reistijden tussen werven (Distance Matrix is duur)
object Cache {
    private val client = RedisClient.create("rediss://default:@@secret@@@cache01.intern:6380/2")
    val conn = client.connect()

    fun reistijd(van: String, naar: String): Long? =
        conn.sync().get("rt:$van:$naar")?.toLong()
}
""", fakes.redis_password(_seed()))

add("csharp/sqlserver-connection-string", "Bestelportaal.Web/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Bestelportaal": "Server=sql01.verhaegen.local;Database=Bestelportaal;User Id=bp_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Leveranciers": {
    "AGC": { "Enabled": true },
    "SaintGobain": { "Enabled": true },
    "Guardian": { "Enabled": false }
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", words_pw())

add("csharp/decoy-connection-string-integrated", "Bestelportaal.Web/appsettings.Development.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
{
  "ConnectionStrings": {
    "Bestelportaal": "Server=(localdb)\\\\MSSQLLocalDB;Database=Bestelportaal_Dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Leveranciers": {
    "AGC": { "Enabled": false, "Password": "" },
    "SaintGobain": { "Enabled": false }
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("go/postgres-dsn", "glasbreuk/cmd/api/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Breukmeldingen (gebroken ruiten bij levering of plaatsing)
const dsn = "postgres://breuk_app:@@secret@@@db01.intern:5432/bestelportaal?sslmode=require"

func openDB(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("go/decoy-dsn-from-env", "glasbreuk/cmd/api/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"fmt"
	"os"
)

func dsnFromEnv() string {
	return fmt.Sprintf("postgres://%s:%s@%s:5432/%s?sslmode=require",
		os.Getenv("BREUK_DB_USER"), os.Getenv("BREUK_DB_PASSWORD"),
		os.Getenv("BREUK_DB_HOST"), os.Getenv("BREUK_DB_NAME"))
}
""")

add("python/redis-password", "planbord/planbord/cache.py", "https://redis.readthedocs.io/en/stable/connections.html", """
import redis

cache = redis.Redis(
    host="cache01.intern",
    port=6379,
    db=1,
    password="@@secret@@",
    decode_responses=True,
)


def ploeg_status(ploeg: str) -> str:
    return cache.get(f"ploeg:{ploeg}:status") or "onbekend"
""", fakes.redis_password(_seed()))

add("log/decoy-redacted-dsn", "logs/bestelportaal-startup.log", "https://docs.python.org/3/library/logging.html", """
2025-03-17 06:00:01 INFO  bestelportaal versie 4.12.0 start (pid 2231)
2025-03-17 06:00:01 INFO  database: postgresql://bp_app:********@db01.intern:5432/bestelportaal
2025-03-17 06:00:01 INFO  redis: redis://:***@cache01.intern:6379/0
2025-03-17 06:00:02 INFO  leverancier AGC: ingelogd als verhaegen.inkoop (wachtwoord [REDACTED])
2025-03-17 06:00:02 INFO  leverancier Saint-Gobain: FTPS edi.saint-gobain-glass.be OK
2025-03-17 06:00:03 WARN  leverancier Guardian: uitgeschakeld in configuratie
2025-03-17 06:00:03 INFO  klaar, 3 workers
""")

add("log/smtp-password", "logs/offerte-mail-debug.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel", """
send: 'ehlo app03.verhaegen.local\\r\\n'
reply: b'250-smtp.office365.com Hello [81.82.14.203]\\r\\n'
send: 'STARTTLS\\r\\n'
reply: b'220 2.0.0 SMTP server ready\\r\\n'
send: 'AUTH PLAIN @@enc@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<offertes@verhaegen-glas.be> size=48211\\r\\n'
reply: b'250 2.1.0 Sender OK\\r\\n'
""", (sp := words_pw()), enc=b64("\0offertes@verhaegen-glas.be\0" + sp))

add("sql/database-user-password", "db/migrations/V14__rapportage_gebruiker.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Leesgebruiker voor Power BI (omzet per glassoort en per ploeg)
CREATE ROLE powerbi_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE offerte TO powerbi_ro;
GRANT USAGE ON SCHEMA rapportage TO powerbi_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA rapportage TO powerbi_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA rapportage GRANT SELECT ON TABLES TO powerbi_ro;
""", words_pw())

add("sql/decoy-bcrypt-fixtures", "db/seeds/001_gebruikers.sql", "https://en.wikipedia.org/wiki/Bcrypt", """
-- Testgebruikers voor de lokale ontwikkelomgeving (wachtwoord = gebruikersnaam)
INSERT INTO gebruikers (email, rol, wachtwoord_hash) VALUES
  ('verkoper@example.test', 'verkoop', '@@h1@@'),
  ('planner@example.test',  'planning', '@@h2@@'),
  ('monteur@example.test',  'monteur', '@@h3@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/mysql-grant-password", "db/mysql/create_configurator_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Uitgevoerd op db02 bij de installatie van de configurator (versie 3)
CREATE DATABASE IF NOT EXISTS configurator CHARACTER SET utf8mb4;
CREATE USER 'configurator'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON configurator.* TO 'configurator'@'10.20.%';
FLUSH PRIVILEGES;
""", rand_pw(20, "!#"))

add("yaml/decoy-db-password-placeholder", "configurator-core/src/main/resources/application-local.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring:
  datasource:
    url: jdbc:mysql://localhost:3306/configurator
    username: configurator
    password: ${DB_PASSWORD:changeme}
  jpa:
    show-sql: true
logging:
  level:
    be.verhaegen: DEBUG
""")

add("properties/ldap-bind-password", "planbord-api/src/main/resources/ldap.properties", "https://docs.spring.io/spring-security/reference/servlet/authentication/passwords/ldap.html", """
# Inloggen op het planbord met het Windows-account
spring.ldap.urls=ldaps://dc01.verhaegen.local:636
spring.ldap.base=DC=verhaegen,DC=local
spring.ldap.username=CN=svc-planbord,OU=Service,DC=verhaegen,DC=local
spring.ldap.password=@@secret@@
planbord.ldap.group-planners=CN=GRP-Planning,OU=Groepen,DC=verhaegen,DC=local
""", words_pw())

add("properties/decoy-jasypt-encrypted", "bestelportaal-batch/src/main/resources/application.properties", "http://www.jasypt.org/encrypting-configuration.html", """
spring.batch.job.names=orderbevestigingen
leverancier.agc.username=verhaegen.inkoop
leverancier.agc.password=ENC(@@enc@@)
leverancier.sg.ftps.password=ENC(@@enc2@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", enc=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==", enc2=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==")

add("ruby/decoy-rails-credentials-reference", "webshop-api/config/initializers/mollie.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Sleutels staan in config/credentials/production.yml.enc (rails credentials:edit -e production)
Mollie::Client.configure do |config|
  config.api_key = Rails.application.credentials.dig(:mollie, :api_key)
end

MOLLIE_WEBHOOK_URL = "https://shop.verhaegen-glas.nl/hooks/mollie".freeze
MOLLIE_METHODS = %w[ideal bancontact creditcard].freeze
""")

add("yaml/rails-secret-key-base", "webshop-api/config/secrets.yml", "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets", """
# Oude Rails 5-app, nog niet gemigreerd naar credentials
development:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "dev") %>

test:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "test") %>

production:
  secret_key_base: @@secret@@
""", hexs(128))

add("python/django-secret-key", "klantportaal/klantportaal/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["mijn.verhaegen-glas.be", "mijn.verhaegen-glas.nl"]
SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "db01.intern"
LANGUAGE_CODE = "nl-be"
TIME_ZONE = "Europe/Brussels"
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-test-settings", "klantportaal/klantportaal/settings/test.py", "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", """
from .base import *  # noqa

# Alleen voor pytest; deze sleutel wordt nergens anders gebruikt
SECRET_KEY = "django-insecure-test-only-not-used-in-production"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
""")

add("python/decoy-token-regex", "klantportaal/portaal/validators.py", "https://docs.python.org/3/library/re.html", """
import re

# Formaten die klanten in het portaal invullen of die we in logs maskeren
OFFERTE_NR = re.compile(r"^OFF-\\d{4}-\\d{4}$")
BTW_BE = re.compile(r"^BE0\\d{9}$")
MOLLIE_KEY = re.compile(r"\\b(live|test)_[A-Za-z0-9]{30}\\b")
STRIPE_SECRET = re.compile(r"\\bsk_(live|test)_[A-Za-z0-9]{24,}\\b")
IBAN = re.compile(r"^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$")


def maskeer(tekst: str) -> str:
    return STRIPE_SECRET.sub("sk_***", MOLLIE_KEY.sub("***", tekst))
""")

add("python/decoy-test-fixture-keys", "klantportaal/tests/test_betalingen.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from portaal.betalingen import maskeer


@pytest.fixture
def fake_mollie_key() -> str:
    return "test_" + "x" * 30


def test_maskeer_vervangt_sleutel(fake_mollie_key: str) -> None:
    assert maskeer(f"key={fake_mollie_key}") == "key=***"


def test_maskeer_laat_offertenummer_staan() -> None:
    assert maskeer("OFF-2025-0412") == "OFF-2025-0412"
""")

add("typescript/jwt-signing-secret", "klantportaal-api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """
import jwt from "jsonwebtoken";

// Magic link in de offerte-mail: klant opent zijn offerte zonder account
const JWT_SECRET = "@@secret@@";

export function offerteLink(offerteNr: string, email: string): string {
  const token = jwt.sign({ sub: email, off: offerteNr }, JWT_SECRET, { expiresIn: "30d" });
  return `https://mijn.verhaegen-glas.be/offerte/${offerteNr}?t=${token}`;
}
""", rand_pw(48))

add("typescript/decoy-jwt-public-key", "klantportaal-api/src/auth/keys.ts", "https://datatracker.ietf.org/doc/html/rfc7517", """
// Public key of the identity provider (JWKS, fetched and pinned at build time)
export const ENTRA_JWKS = {
  keys: [
    {
      kty: "RSA",
      use: "sig",
      kid: "@@kid@@",
      n: "@@n@@",
      e: "AQAB",
    },
  ],
};
""", kid=fakes.drawn(_seed(), 27, ALNUM + "-_"), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("log/decoy-access-log-hashes", "logs/nginx-offerte-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
81.82.14.203 - - [02/Apr/2025:08:14:22 +0200] "GET /offerte/OFF-2025-0412?t=[filtered] HTTP/2.0" 200 18231 "-" "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)"
81.82.14.203 - - [02/Apr/2025:08:14:23 +0200] "GET /static/app.@@h1@@.js HTTP/2.0" 200 402113 "-" "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)"
81.82.14.203 - - [02/Apr/2025:08:14:23 +0200] "GET /static/app.@@h2@@.css HTTP/2.0" 200 51220 "-" "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)"
94.109.3.77 - - [02/Apr/2025:08:15:02 +0200] "POST /hooks/mollie HTTP/1.1" 200 2 "-" "Mollie HTTP Client"
94.109.3.77 - - [02/Apr/2025:08:15:40 +0200] "GET /bedankt/OFF-2025-0412 HTTP/2.0" 200 7331 "-" "Mozilla/5.0"
""", h1=hexs(20), h2=hexs(20))

add("yaml/decoy-sops-encrypted", "k8s/klantportaal/secrets.enc.yaml", "https://github.com/getsops/sops", """
apiVersion: v1
kind: Secret
metadata:
    name: klantportaal
type: Opaque
stringData:
    DJANGO_SECRET_KEY: ENC[AES256_GCM,data:@@a@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2025-03-02T09:12:44Z"
    version: 3.9.0
""", a=fakes.drawn(_seed(), 68, ALNUM + "+/") + "=", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("k8s-secret/database-password", "k8s/klantportaal/secret-plain.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", """
# TODO: vervangen door secrets.enc.yaml (sops) - nog niet gedaan
apiVersion: v1
kind: Secret
metadata:
  name: klantportaal-db
  namespace: klantportaal
type: Opaque
stringData:
  DB_USER: portaal
  DB_PASSWORD: "@@secret@@"
  DB_HOST: db01.intern
""", words_pw())

add("k8s-secret/smtp-password", "k8s/planbord/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: planbord-smtp
  namespace: planbord
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@enc@@
""", (sm := rand_pw(16, "!")), u=b64("planning@verhaegen-glas.be"), enc=b64(sm))

add("k8s-secret/decoy-configmap", "k8s/planbord/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: planbord-config
  namespace: planbord
data:
  PLANBORD_ENV: production
  WEBFLEET_ACCOUNT: verhaegen-glas
  WEBFLEET_USERNAME: planbord
  MAPS_KEY_SECRET_NAME: planbord-maps
  SENTRY_RELEASE: planbord@2025.04.1
  TZ: Europe/Brussels
""")

add("shell/redis-cli-password", "scripts/planbord-cache-leegmaken.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# Cache van het planbord leegmaken na een grote herplanning (bv. storm, veel spoedherstellingen)
set -eu
echo "Cache leegmaken op cache01 (db 1)..."
redis-cli -h cache01.intern -p 6379 -a '@@secret@@' -n 1 --no-auth-warning FLUSHDB
echo "Klaar. Planbord herladen: systemctl restart planbord"
""", fakes.redis_password(_seed()))


# ---------------------------------------------------------------------------------------------
# Runbooks, handover notes and office IT (a good part in Dutch)
# ---------------------------------------------------------------------------------------------

add("markdown/exact-online-password", "docs/overdracht/overdracht-boekhouding-2025.md", "https://www.exact.com/be/software/exact-online", """
# Overdracht boekhouding (Els -> Karim), maart 2025

## Exact Online
- Administratie 2784113 (Verhaegen Glas BV) en 2784114 (Verhaegen Glas NL BV).
- Koppeling met het bestelportaal draait elke nacht; fouten komen in #boekhouding.
- Gedeelde login voor de accountant (Moore, Karel): `accountant@verhaegen-glas.be`
  wachtwoord: `@@secret@@` (2FA op de gsm van de boekhouding)

## Billit (Peppol-facturen naar overheidsklanten)
- Inloggen met je eigen Microsoft-account (SSO), niets gedeeld.

## Yuki
- Niet meer in gebruik sinds 2023, archief op nas01/Boekhouding/Yuki.
""", words_pw())

add("markdown/billit-api-key", "docs/koppelingen/billit-peppol.md", "https://docs.billit.be/docs/api-key", """
# Billit – Peppol e-facturatie (verplicht in België vanaf 2026)

De facturen voor overheden en scholen gaan via Billit naar Peppol.

```bash
curl https://api.billit.be/v1/account/accountInformation \\
  -H "ApiKey: @@secret@@" \\
  -H "PartyID: 481723"
```

Bij een fout 401: sleutel vernieuwen in Billit > Instellingen > API, en hier aanpassen.
""", uuid_s())

add("markdown/decoy-runbook-vault-paths", "docs/runbooks/sleutels-vernieuwen.md", "https://developer.hashicorp.com/vault/docs/commands/kv/put", """
# Sleutels vernieuwen (rotatie)

| Koppeling        | Waar staat de sleutel?                    | Eigenaar   | Interval |
|------------------|-------------------------------------------|------------|----------|
| Mollie live      | `vault kv get secret/offerte/mollie`      | Financiën  | 12 mnd   |
| Exact Online     | `vault kv get secret/koppeling/exact`     | Boekhouding| OAuth    |
| Webfleet         | `vault kv get secret/planbord/webfleet`   | Planning   | 6 mnd    |
| AGC B2B          | 1Password › Inkoop › AGC                  | Inkoop     | 12 mnd   |
| Saint-Gobain FTPS| 1Password › Inkoop › Saint-Gobain EDI     | Inkoop     | 12 mnd   |

Na het vernieuwen: `vault kv put secret/<pad> key=<nieuwe waarde>` en de dienst herstarten.
Zet NOOIT een sleutel in deze wiki of in een ticket.
""")

add("markdown/wifi-psk", "docs/it/netwerk-showroom.md", "https://help.ui.com/hc/en-us/articles/221029967", """
# Netwerk showroom Antwerpen

| SSID              | VLAN | Doel                        | Sleutel                 |
|-------------------|------|-----------------------------|-------------------------|
| Verhaegen-Gast    | 30   | klanten in de showroom      | wordt dagelijks gewijzigd (scherm onthaal) |
| Verhaegen-Intern  | 10   | laptops, printers           | `@@secret@@`     |
| Verhaegen-IoT     | 40   | zonwering-demo, Somfy TaHoma| certificaat (EAP-TLS)   |

Switch: USW-24-PoE in de serverkast achter het onthaal.
""", words_pw())

add("markdown/decoy-network-inventory", "docs/it/ip-plan.md", "https://datatracker.ietf.org/doc/html/rfc1918", """
# IP-plan

| Host        | IP           | MAC               | Functie                           |
|-------------|--------------|-------------------|-----------------------------------|
| dc01        | 10.20.0.10   | 00:15:5d:0a:14:01 | domeincontroller                  |
| app01       | 10.20.0.11   | 00:15:5d:0a:14:02 | LogiKal, planbord-taken           |
| db01        | 10.20.0.14   | 00:15:5d:0a:14:05 | PostgreSQL                        |
| nas01       | 10.20.0.30   | 00:11:32:8c:4e:19 | Synology DS1821+                  |
| zebra-mag   | 10.20.5.31   | 00:07:4d:a1:22:9e | etiketprinter magazijn            |

Certificaat-vingerafdruk van dc01 (LDAPS): `SHA1 @@fp@@`.
""", fp=":".join(hexs(2).upper() for _ in range(20)))

add("markdown/vpn-preshared-key", "docs/it/vpn-tilburg-antwerpen.md", "https://docs.fortinet.com/document/fortigate/7.4.3/administration-guide/", """
# Site-to-site VPN Tilburg <-> Antwerpen

- FortiGate 60F aan beide kanten, IKEv2, AES256-SHA256, DH 14.
- Tilburg publiek IP: 185.77.40.12, Antwerpen: 81.82.14.203.
- Lokale subnetten: 10.30.0.0/16 (Tilburg), 10.20.0.0/16 (Antwerpen).
- Pre-shared key: @@secret@@

Bij storing eerst `diagnose vpn tunnel list` op beide toestellen.
""", rand_pw(32))

add("markdown/decoy-wireguard-public-keys", "docs/it/wireguard-monteurs.md", "https://www.wireguard.com/quickstart/", """
# WireGuard voor de laptops van de werfleiders

Server: `vpn.verhaegen-glas.be:51820`, publieke sleutel van de server:

    @@pub@@

| Laptop       | Peer IP     | Publieke sleutel                              |
|--------------|-------------|-----------------------------------------------|
| LT-WL-001    | 10.99.0.11  | @@p1@@ |
| LT-WL-002    | 10.99.0.12  | @@p2@@ |

Private sleutels worden op de laptop zelf gegenereerd (`wg genkey`) en verlaten die nooit.
""", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ini/wireguard-private-key", "it/wireguard/wg0-werfleider-003.conf", "https://www.wireguard.com/quickstart/", """
# Laptop LT-WL-003 (werfleider Mechelen)
[Interface]
PrivateKey = @@secret@@
Address = 10.99.0.13/32
DNS = 10.20.0.10

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.verhaegen-glas.be:51820
AllowedIPs = 10.20.0.0/16, 10.30.0.0/16
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("shell/ssh-private-key-heredoc", "scripts/deploy-key-ci.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# Zet de deploy-sleutel voor app01 klaar op een nieuwe CI-runner
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_deploy_app01 <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/id_deploy_app01
ssh-keyscan app01.verhaegen-glas.be >> ~/.ssh/known_hosts
""", pem("OPENSSH"))

add("yaml/ssh-key-ansible-var", "ansible/group_vars/ci.yml", "https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html", """
ci_runner_user: gitrunner
ci_runner_hosts: [ci01, ci02]
deploy_key_app01: |
  @@key@@
deploy_known_hosts: app01.verhaegen-glas.be
""", (pk := pem("RSA")), key=pk.replace("\n", "\n  "))

add("json/gcp-service-account", "koppelingen/google/agenda-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "verhaegen-agenda-sync",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "agenda-sync@verhaegen-agenda-sync.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pkcs8_pem().replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("markdown/decoy-certificate-public", "docs/it/certificaten.md", "https://datatracker.ietf.org/doc/html/rfc7468", """
# Certificaten

Het wildcard-certificaat `*.verhaegen-glas.be` (Sectigo) vervalt op 2026-01-14.
Publiek certificaat (ter controle, geen geheim):

```
@@cert@@
```

De private sleutel staat alleen op de reverse proxy (`/etc/ssl/private/`, root:root 600).
""", cert=cert_pem())

add("powershell/azure-storage-connection-string", "it/scripts/Upload-Tekeningen.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Kopieert de CAD-tekeningen van de dag naar Azure Blob (archief, cool tier)
$conn = "DefaultEndpointsProtocol=https;AccountName=verhaegenarchief;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem "\\\\nas01\\Tekeningen\\$(Get-Date -Format yyyy-MM-dd)" -File | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "tekeningen" -Blob $_.Name -Context $ctx -StandardBlobTier Cool
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("powershell/decoy-key-vault", "it/scripts/Get-ArchiefSleutel.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.keyvault/get-azkeyvaultsecret", """
# Haalt de sleutel van het archief-opslagaccount uit Key Vault (nooit in scripts zetten)
Connect-AzAccount -Identity | Out-Null
$secret = Get-AzKeyVaultSecret -VaultName "kv-verhaegen-it" -Name "archief-storage-key" -AsPlainText
$ctx = New-AzStorageContext -StorageAccountName "verhaegenarchief" -StorageAccountKey $secret
Get-AzStorageContainer -Context $ctx | Select-Object Name, LastModified
""")

add("powershell/m365-service-password", "it/scripts/Sync-Agenda-Monteurs.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Zet de montage-afspraken van het planbord in de gedeelde agenda "Montage"
$user = "svc-agenda@verhaegen-glas.be"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Import-Csv D:\\planbord\\export\\afspraken.csv -Delimiter ";" | ForEach-Object {
    Write-Host "Afspraak $($_.Werf) op $($_.Datum)"
}
""", words_pw())

add("xml/veeam-wasabi-keys", "it/backup/wasabi-repository.xml", "https://docs.wasabi.com/docs/how-do-i-use-veeam-backup-replication-with-wasabi", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Export van de Veeam object storage repository (offsite kopie NAS01 + APP01) -->
<ObjectStorageRepository Name="Wasabi-EU-Central">
  <ServicePoint>https://s3.eu-central-1.wasabisys.com</ServicePoint>
  <Region>eu-central-1</Region>
  <Bucket>verhaegen-veeam-offsite</Bucket>
  <AccessKey>@@ak@@</AccessKey>
  <SecretKey>@@secret@@</SecretKey>
  <ImmutabilityDays>30</ImmutabilityDays>
</ObjectStorageRepository>
""", fakes.drawn(_seed(), 40, ALNUM), ak=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("xml/decoy-web-config-transform", "Bestelportaal.Web/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Bestelportaal"
         connectionString="Server=sql01;Database=Bestelportaal;User Id=bp_app;Password=__BP_DB_PASSWORD__;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="AgcPassword" value="#{AgcPassword}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("xml/sqlserver-password", "Bestelportaal.Legacy/Web.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/bf7sd233(v=vs.100)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Orders" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql01;Initial Catalog=Orders2014;User ID=orders;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="GuardianCustomerNo" value="NL-77120" />
  </appSettings>
</configuration>
""", rand_pw(14))

add("env/decoy-env-example", "bestelportaal/.env.example", "https://12factor.net/config", """
# Kopieer naar .env en vraag de waarden aan IT
DB_URL=postgresql://bp_app:<wachtwoord>@db01.intern:5432/bestelportaal
AGC_USERNAME=verhaegen.inkoop
AGC_PASSWORD=
SG_FTPS_PASSWORD=
SCHUCO_API_TOKEN=your-schuco-token-here
GUARDIAN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=
""")

add("env/schuco-api-token", "bestelportaal/.env.staging", "https://www.schueco.com/", """
DB_URL=postgresql://bp_app@db-staging.intern:5432/bestelportaal
AGC_USERNAME=verhaegen.test
SCHUCO_API_URL=https://b2b-test.schueco.com/api/orders
SCHUCO_API_TOKEN=@@secret@@
GUARDIAN_ENABLED=false
""", "sch_" + alnum(40))

add("python/guardian-api-key-header", "bestelportaal/leveranciers/guardian.py", "https://www.guardianglass.com/", """
\"\"\"Guardian Glass: prijs en levertijd opvragen voor ClimaGuard/SunGuard.\"\"\"
import httpx

HEADERS = {
    "X-Api-Key": "@@secret@@",
    "X-Customer": "NL-77120",
    "Accept": "application/json",
}


def levertijd(artikel: str, m2: float) -> dict:
    r = httpx.get("https://api.guardianglass.com/b2b/v1/availability",
                  params={"article": artikel, "qty_m2": m2}, headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()
""", hexs(32))

add("python/decoy-supplier-article-hashes", "bestelportaal/leveranciers/mapping.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Koppeling van onze glascodes naar artikelnummers van leveranciers (geen geheimen).\"\"\"
AGC = {
    "HR++-4-16Ar-4": "PLT-ONE-4-16-4-AR",
    "VG-33.1": "STR-33.1-CLR",
}
SAINT_GOBAIN = {
    "HR++-4-16Ar-4": "SGG-CLIMAPLUS-4-16-4",
    "HR+++-4-12-4-12-4": "SGG-CLIMATOP-4-12-4-12-4",
}
# sha1 van de prijslijst waarop deze mapping gebaseerd is
PRIJSLIJST_SHA1 = {"agc": "@@a@@", "saint_gobain": "@@b@@"}
""", a=hexs(40), b=hexs(40))

add("csharp/deceuninck-portal-password", "Bestelportaal.Leveranciers/DeceuninckClient.cs", "https://www.deceuninck.be/", """
using System.Net.Http.Headers;
using System.Text;

namespace Verhaegen.Bestelportaal.Leveranciers
{
    public class DeceuninckClient
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://portal.deceuninck.com/api/") };

        public DeceuninckClient()
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("verhaegen-glas:@@secret@@"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }
    }
}
""", words_pw())

add("http/basic-auth-header", "bestelportaal/http/deceuninck.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """
### Orderstatus opvragen bij Deceuninck (Elegant-profielen)
GET https://portal.deceuninck.com/api/orders/PO-2025-0881
Authorization: Basic @@enc@@
Accept: application/json

### Leveringen van deze week
GET https://portal.deceuninck.com/api/deliveries?week=14
Authorization: Basic @@enc@@
""", (dp := words_pw()), enc=b64("verhaegen-glas:" + dp))

add("http/decoy-http-client-env", "bestelportaal/http/agc.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """
### Prijs opvragen bij AGC (gebruikt http-client.private.env.json, niet in git)
POST https://b2b.agc-glass.eu/ordering/v2/price
Content-Type: application/json
Authorization: Bearer {{agc_token}}

{"customer": "BE-0048213", "article": "PLT-ONE-4-16-4-AR", "m2": 12.4}
""")

add("json/decoy-http-client-public-env", "bestelportaal/http/http-client.env.json", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """
{
  "staging": {
    "agc_base": "https://b2b-test.agc-glass.eu",
    "agc_token": "",
    "customer": "BE-0048213"
  },
  "productie": {
    "agc_base": "https://b2b.agc-glass.eu",
    "customer": "BE-0048213"
  }
}
""")

add("json/agc-api-token", "bestelportaal/http/http-client.private.env.json", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """
{
  "staging": {
    "agc_token": "@@tok@@"
  },
  "productie": {
    "agc_token": "@@secret@@"
  }
}
""", "agc_live_" + alnum(36), tok="agc_test_" + alnum(36))


# ---------------------------------------------------------------------------------------------
# Smart windows and shading, marketing, shipping samples, helpdesk, more services
# ---------------------------------------------------------------------------------------------

add("python/somfy-tahoma-token", "showroom/demo/zonwering.py", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
\"\"\"Showroom-demo: screens en rolluiken op en neer via de TaHoma-box (developer mode, lokaal).\"\"\"
import requests

GATEWAY = "https://gateway-2001-4582-0917.local:8443/enduser-mobile-web/1/enduserAPI"
TOKEN = "@@secret@@"


def beweeg(device_url: str, commando: str = "open") -> None:
    requests.post(f"{GATEWAY}/exec/apply", verify=False, timeout=10,
                  headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"label": "showroom", "actions": [{"deviceURL": device_url, "commands": [{"name": commando}]}]})
""", hexs(20))

add("yaml/decoy-somfy-device-urls", "showroom/demo/apparaten.yaml", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
# Apparaten in de showroom (device URLs zijn adressen, geen sleutels)
gateway_pin: 2001-4582-0917
apparaten:
  - naam: Screen Renson Fixscreen etalage
    url: io://2001-4582-0917/@@a@@
  - naam: Rolluik Somfy RS100 keukenopstelling
    url: io://2001-4582-0917/@@b@@
  - naam: Velux dakraam INTEGRA
    url: io://2001-4582-0917/@@c@@
""", a=str(_rng().randint(10**6, 10**7)), b=str(_rng().randint(10**6, 10**7)), c=str(_rng().randint(10**6, 10**7)))

add("typescript/renson-cloud-client-secret", "showroom/ventilatie/src/renson.ts", "https://www.renson.net/", """
// Renson Healthbox: luchtkwaliteit in de showroom tonen op het scherm aan het onthaal
const RENSON = {
  tokenUrl: "https://auth.renson-cloud.com/oauth/token",
  clientId: "verhaegen-showroom",
  clientSecret: "@@secret@@",
  deviceSerial: "HB3-2204-118734",
};

export async function token(): Promise<string> {
  const r = await fetch(RENSON.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: RENSON.clientId, client_secret: RENSON.clientSecret }),
  });
  return (await r.json()).access_token;
}
""", alnum(48))

add("env/brevo-api-key", "marketing/nieuwsbrief/.env", "https://developers.brevo.com/docs/getting-started", """
# Nieuwsbrief "Premie-update" (renovatiepremies Vlaanderen / ISDE Nederland)
BREVO_API_KEY=@@secret@@
BREVO_LIST_BE=12
BREVO_LIST_NL=14
SENDER_EMAIL=nieuws@verhaegen-glas.be
""", "xkeysib-" + hexs(64) + "-" + alnum(16))

add("ruby/postmark-server-token", "webshop-api/config/environments/production.rb", "https://postmarkapp.com/developer/api/overview#authentication", """
Rails.application.configure do
  config.cache_classes = true
  config.force_ssl = true
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "shop.verhaegen-glas.nl" }
  config.i18n.default_locale = :nl
end
""", uuid_s())

add("ruby/decoy-postmark-test-token", "webshop-api/config/environments/test.rb", "https://postmarkapp.com/developer/api/overview#testing-with-the-api", """
Rails.application.configure do
  config.cache_classes = false
  config.action_mailer.delivery_method = :test
  # Postmark's documented test token: accepted by the API, never delivers mail
  config.action_mailer.postmark_settings = { api_token: "POSTMARK_API_TEST" }
  config.action_mailer.default_url_options = { host: "localhost", port: 3000 }
end
""")

add("python/hubspot-private-app-token", "marketing/leads/hubspot_import.py", "https://developers.hubspot.com/docs/api/private-apps", """
\"\"\"Leads uit het formulier 'Gratis opmeting' (website) naar HubSpot.\"\"\"
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def nieuwe_lead(naam: str, email: str, postcode: str, ramen: int) -> str:
    props = {"firstname": naam, "email": email, "zip": postcode, "aantal_ramen": str(ramen), "lifecyclestage": "lead"}
    contact = api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    return contact.id
""", hubspot_token())

add("javascript/decoy-hubspot-embed", "website/wp-content/themes/verhaegen/js/hubspot-form.js", "https://knowledge.hubspot.com/forms/how-can-i-share-a-hubspot-form-if-im-using-an-external-site", """
// HubSpot form embed: portalId and formId are public (they appear in every page's source)
hbspt.forms.create({
  region: "eu1",
  portalId: "26471093",
  formId: "@@f@@",
  target: "#opmeting-hubspot",
  locale: "nl",
});
""", f=uuid_s())

add("yaml/atlassian-api-token", "tools/jira-serviceticket/config.yaml", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", """
# Serviceticket in Jira (project SERV) als een klant een klacht indient (condens, lekkage, breuk)
jira:
  url: https://verhaegen-glas.atlassian.net
  email: service-bot@verhaegen-glas.be
  api_token: @@secret@@
  project: SERV
  issue_type: Klacht
""", atlassian_token())

add("ini/npm-token", "planbord/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@verhaegen:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
# planbord-web: gedeelde componenten (@verhaegen/ui, @verhaegen/glas-iconen)
save-exact=true
fund=false
""", npm_token())

add("ini/decoy-npmrc-env", "klantportaal-api/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@verhaegen:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
# NPM_TOKEN komt uit de CI-omgeving of uit je eigen ~/.npmrc
engine-strict=true
save-exact=true
""")

add("javascript/shopify-admin-token", "webshop-staal/scripts/voorraad-sync.js", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
// Synchroniseert de voorraad glasstalen (staalkoffers) naar de Shopify-shop
const SHOP = "verhaegen-stalen.myshopify.com";
const TOKEN = "@@secret@@";

async function zetVoorraad(inventoryItemId, locationId, aantal) {
  const r = await fetch(`https://${SHOP}/admin/api/2024-07/inventory_levels/set.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({ inventory_item_id: inventoryItemId, location_id: locationId, available: aantal }),
  });
  return r.json();
}
""", shopify_token())

add("python/sendcloud-secret", "webshop-staal/verzending/sendcloud.py", "https://api.sendcloud.dev/docs/sendcloud-public-api/authentication", """
\"\"\"Staalkoffers versturen (bpost / PostNL) via Sendcloud.\"\"\"
import requests

AUTH = ("@@pub@@", "@@secret@@")


def label(order: dict) -> bytes:
    r = requests.post("https://panel.sendcloud.sc/api/v2/parcels", auth=AUTH, timeout=20, json={"parcel": {
        "name": order["naam"], "address": order["straat"], "postal_code": order["postcode"],
        "city": order["gemeente"], "country": order["land"], "request_label": True, "shipment": {"id": 8},
    }})
    r.raise_for_status()
    return requests.get(r.json()["parcel"]["label"]["label_printer"], auth=AUTH).content
""", uuid_s().replace("-", ""), pub=uuid_s().replace("-", ""))

add("csv/decoy-sendcloud-tracking", "exports/verzendingen_staalkoffers_2025-03.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order,datum,vervoerder,tracking,land,gewicht_kg
WS-10482,2025-03-03,bpost,323299990000004817563,BE,2.1
WS-10483,2025-03-03,PostNL,3SVERH4821773,NL,2.1
WS-10487,2025-03-05,bpost,323299990000004817971,BE,3.4
WS-10490,2025-03-06,DPD,05222817493311,NL,2.1
WS-10491,2025-03-07,PostNL,3SVERH4822019,NL,2.1
""")

add("csv/service-account-password", "exports/accounts-nieuwe-monteurs.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
voornaam;achternaam;upn;ploeg;tijdelijk_wachtwoord;ipad
Tom;Peeters;tom.peeters@verhaegen-glas.be;Antwerpen-Noord;(per sms verstuurd);IPAD-0231
Sven;Jacobs;sven.jacobs@verhaegen-glas.be;Mechelen;(per sms verstuurd);IPAD-0232
Daan;de Vries;daan.devries@verhaegen-glas.be;Tilburg;(per sms verstuurd);IPAD-0233
svc;planbord;svc-planbord@verhaegen.local;-;@@secret@@;-
""", words_pw())

add("csv/decoy-csv-hashed-pins", "exports/ploeg-ipads.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ipad,serienummer,ploeg,pincode,intune_device_id
IPAD-0231,DMPXK2F1Q1GC,Antwerpen-Noord,(in Intune),@@a@@
IPAD-0232,DMPXK2F7Q1GD,Mechelen,(in Intune),@@b@@
IPAD-0233,DMPXL0A2Q1GC,Tilburg,(in Intune),@@c@@
IPAD-0234,DMPXL0A9Q1GD,Service,(in Intune),@@d@@
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("go/datadog-api-key", "tools/planbord-exporter/main.go", "https://docs.datadoghq.com/account_management/api-app-keys/", """
package main

import (
	"context"

	"github.com/DataDog/datadog-api-client-go/v2/api/datadog"
)

func ctx() context.Context {
	return context.WithValue(context.Background(), datadog.ContextAPIKeys, map[string]datadog.APIKey{
		"apiKeyAuth": {Key: "@@secret@@"},
		"appKeyAuth": {Key: "@@app@@"},
	})
}
""", hexs(32), app=hexs(40))

add("yaml/decoy-datadog-agent-env", "k8s/monitoring/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  clusterName: verhaegen-k3s
  logs:
    enabled: true
    containerCollectAll: false
  tags:
    - "bedrijf:verhaegen-glas"
""")

add("github-actions/docker-hub-token", ".github/workflows/build-planbord.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """
name: build planbord
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: verhaegenglas
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: verhaegenglas/planbord:${{ github.sha }}
""", "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_"))

add("github-actions/decoy-oidc-and-sha", ".github/workflows/release-configurator.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect", """
name: release configurator
on:
  release:
    types: [published]
permissions:
  id-token: write
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@sha1@@  # v4.1.7
      - uses: pypa/gh-action-pypi-publish@@@sha2@@  # v1.10.0 (trusted publishing, no token)
""", sha1=hexs(40), sha2=hexs(40))

add("shell/azure-devops-pat", "scripts/logikal-license-backup.sh", "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", """
#!/bin/bash
# Bewaart het LogiKal-licentiebestand en de stamgegevens in de Azure DevOps repo 'logikal-config'
AZDO_PAT=@@secret@@
cd /srv/logikal-config
cp /mnt/app01/LogiKal/Licence/*.lic licentie/
git add -A && git commit -qm "backup $(date +%F)" || exit 0
git push "https://backup:${AZDO_PAT}@dev.azure.com/verhaegen-glas/IT/_git/logikal-config" main
""", fakes.drawn(_seed(), 52, "abcdefghijklmnopqrstuvwxyz234567"))

add("markdown/decoy-logikal-license-info", "docs/apparaten/logikal-licenties.md", "https://www.orgadata.com/", """
# LogiKal (Orgadata) – licenties

| Werkplek   | Gebruiker        | Licentienummer      | Modules                       |
|------------|------------------|---------------------|-------------------------------|
| CAD-01     | Bart (werkvoorb.)| LK-48213-0001       | Reynaers, Schüco, Glas        |
| CAD-02     | Lotte            | LK-48213-0002       | Reynaers, Schüco              |
| Laptop-VK3 | Verkoop Tilburg  | LK-48213-0007 (float)| Offerte                      |

Licentieserver: app01:6200. Het licentiebestand staat in de Azure DevOps repo `logikal-config`.
De dongle-ID's staan op de sticker van de USB-dongle, niet hier.
""")

add("kotlin/voip-3cx-password", "receptie-app/src/main/kotlin/be/verhaegen/receptie/Telefonie.kt", "https://www.3cx.com/docs/", """
package be.verhaegen.receptie

// Onthaal-app: toont wie er belt (klant, leverancier, monteur) via de 3CX-API
object Telefonie {
    const val PBX = "https://verhaegen.3cx.be"
    const val GEBRUIKER = "200"
    const val WACHTWOORD = "@@secret@@"
    const val WACHTRIJ_VERKOOP = "801"
    const val WACHTRIJ_SERVICE = "802"
}
""", rand_pw(14))

add("markdown/alarm-installer-code", "docs/overdracht/sleutelbeheer-magazijn.md", "https://www.ajax.systems/", """
# Sleutels en alarm magazijn Tilburg

- Sleutelkluis naast de rolpoort: code bij de magazijnchef.
- Eerste die opent schakelt het alarm uit (Ajax, app "Ajax PRO" op de gsm van de ploegleider).
- Installateurscode (alleen voor het beveiligingsbedrijf en IT): **@@secret@@**
- Laatste die vertrekt: rolpoort dicht, glasbokken vastgezet, alarm aan.
""", str(_rng().randint(100000, 999999)))

add("ruby/decoy-ajax-webhook-ids", "tools/alarm-bridge/config/hubs.rb", "https://www.ajax.systems/", """
# Alarmcentrales (hub-ID's staan op de sticker; geen geheimen)
HUBS = {
  tilburg: { hub_id: "00A4F218", naam: "Magazijn Tilburg" },
  antwerpen: { hub_id: "00A51C07", naam: "Showroom Antwerpen" },
}.freeze

MELDING_KANAAL = ENV.fetch("ALARM_TEAMS_WEBHOOK")
STILLE_UREN = (22..6).freeze
""")

add("python/whatsapp-cloud-token", "bots/whatsapp/afspraak_bevestigen.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
\"\"\"Klant bevestigt de plaatsingsdatum via WhatsApp (template 'plaatsing_bevestigen').\"\"\"
import requests

PHONE_NUMBER_ID = "118204573312967"
TOKEN = "@@secret@@"


def stuur(gsm: str, datum: str) -> None:
    requests.post(f"https://graph.facebook.com/v20.0/{PHONE_NUMBER_ID}/messages", timeout=15,
                  headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"messaging_product": "whatsapp", "to": gsm, "type": "template",
                        "template": {"name": "plaatsing_bevestigen", "language": {"code": "nl"},
                                     "components": [{"type": "body", "parameters": [{"type": "text", "text": datum}]}]}})
""", "EAA" + alnum(180))

add("swift/decoy-keychain-lookup", "MonteurApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security

enum TokenStore {
    static let service = "be.verhaegen.monteur.api"

    static func token() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("swift/ftp-password", "MonteurApp/Sources/Upload/FotoUploader.swift", "https://developer.apple.com/documentation/foundation/urlcredential", """
import Foundation

// Upload van werffoto's naar de NAS (FTP-fallback als het netwerk op de werf slecht is)
final class FotoUploader {
    private let host = "ftp.verhaegen-glas.be"
    private let credential = URLCredential(user: "werffoto",
                                           password: "@@secret@@",
                                           persistence: .forSession)

    func upload(_ bestand: URL, werf: String) async throws {
        var req = URLRequest(url: URL(string: "ftp://\\(host)/werffoto/\\(werf)/\\(bestand.lastPathComponent)")!)
        req.httpMethod = "PUT"
        _ = try await URLSession.shared.upload(for: req, fromFile: bestand)
    }
}
""", words_pw())

add("rust/decoy-config-from-env", "tools/voorraad-alarm/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub db_url: String,
    pub webhook: String,
    pub minimum_m2: f64,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            db_url: env::var("VOORRAAD_DB_URL").expect("VOORRAAD_DB_URL ontbreekt"),
            webhook: env::var("DISCORD_WEBHOOK").expect("DISCORD_WEBHOOK ontbreekt"),
            minimum_m2: env::var("MINIMUM_M2").ok().and_then(|v| v.parse().ok()).unwrap_or(120.0),
        }
    }
}
""")

add("rust/mqtt-password", "tools/glasbok-sensor/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """
// Kantelsensoren op de glasbokken in de bestelwagens melden via MQTT of een bok omvalt
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("glasbok-1VGT482", "mqtt.verhaegen-glas.be", 8883);
    opts.set_credentials("glasbok", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("wagens/+/glasbok/kanteling", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        println!("{event:?}");
    }
}
""", rand_pw(20))


# ---------------------------------------------------------------------------------------------
# Infrastructure, reporting and the rest of the office
# ---------------------------------------------------------------------------------------------

add("terraform/decoy-vault-data-source", "infra/aws/secrets.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs/data-sources/kv_secret_v2", """
data "vault_kv_secret_v2" "mollie" {
  mount = "secret"
  name  = "offerte/mollie"
}

resource "aws_ssm_parameter" "mollie_key" {
  name  = "/offerte/prod/MOLLIE_KEY"
  type  = "SecureString"
  value = data.vault_kv_secret_v2.mollie.data["api_key"]
}
""")

add("terraform/rds-master-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "offerte" {
  identifier          = "offerte-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "offerte_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  deletion_protection = true
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/aws/rds-replica.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "rapportage" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "rapportage" {
  secret_id     = aws_secretsmanager_secret.rapportage.id
  secret_string = random_password.rapportage.result
}
""")

add("ansible/odoo-admin-password", "ansible/roles/odoo/templates/odoo.conf.j2", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
; Odoo voor de servicedienst (onderhoudscontracten ramen en zonwering)
admin_passwd = @@secret@@
db_host = {{ odoo_db_host }}
db_user = odoo
db_password = {{ vault_odoo_db_password }}
addons_path = /opt/odoo/addons,/opt/odoo/verhaegen-addons
proxy_mode = True
""", rand_pw(24))

add("ansible/decoy-lookup-1password", "ansible/roles/odoo/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/onepassword_lookup.html", """
odoo_version: "17.0"
odoo_db_host: db01.intern
vault_odoo_db_password: "{{ lookup('community.general.onepassword', 'Odoo DB', field='password', vault='IT') }}"
odoo_admin_passwd: "{{ lookup('env', 'ODOO_ADMIN_PASSWD') }}"
odoo_workers: 4
""")

add("ansible/mysql-root-password", "ansible/playbooks/db02.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
- hosts: db02
  become: true
  vars:
    mysql_root_password: "@@secret@@"
  tasks:
    - name: Gebruiker configurator
      community.mysql.mysql_user:
        login_user: root
        login_password: "{{ mysql_root_password }}"
        name: configurator
        host: "10.20.%"
        priv: "configurator.*:ALL"
""", words_pw())

add("compose/grafana-admin-password", "monitoring/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", """
services:
  grafana:
    image: grafana/grafana:11.1.0
    ports: ["3000:3000"]
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=@@secret@@
      - GF_SERVER_ROOT_URL=https://grafana.verhaegen-glas.be
  prometheus:
    image: prom/prometheus:v2.53.0
    volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]
""", words_pw())

add("compose/decoy-image-digests", "monitoring/docker-compose.pinned.yml", "https://docs.docker.com/reference/compose-file/services/#image", """
services:
  grafana:
    image: grafana/grafana@sha256:@@d1@@
    env_file: [.env.grafana]
  prometheus:
    image: prom/prometheus@sha256:@@d2@@
  loki:
    image: grafana/loki@sha256:@@d3@@
""", d1=sha256(), d2=sha256(), d3=sha256())

add("yaml/snipe-it-api-token", "tools/inventaris/config.yml", "https://snipe-it.readme.io/reference/generating-api-tokens", """
# Inventaris (Snipe-IT): iPads, DISTO's, laptops, zuignappen en glasrobots
snipeit:
  url: https://inventaris.verhaegen-glas.be
  token: @@secret@@
  categorieen:
    disto: 7
    ipad: 3
    glasrobot: 12
""", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + b64('{"aud":"1","jti":"' + hexs(80) + '","iat":1711965600,"sub":"4","scopes":[]}').rstrip("=") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("json/decoy-package-lock-integrity", "planbord/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "planbord-web",
  "version": "2025.4.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("toml/decoy-poetry-lock-hashes", "glasreken/poetry.lock", "https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control", """
[[package]]
name = "numpy"
version = "2.0.1"
description = "Fundamental package for array computing in Python"
optional = false
python-versions = ">=3.9"
files = [
    {file = "numpy-2.0.1-cp312-cp312-manylinux_2_17_x86_64.whl", hash = "sha256:@@h1@@"},
    {file = "numpy-2.0.1.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
content-hash = "@@h3@@"
""", h1=sha256(), h2=sha256(), h3=sha256())

add("python/decoy-u-value-constants", "glasreken/glasreken/uwaarde.py", "https://www.iso.org/standard/50931.html", """
\"\"\"U-waarde van beglazing volgens EN 673 (vereenvoudigd).\"\"\"
EMISSIVITEIT = {"floatglas": 0.837, "hr-coating": 0.03}
GASSEN = {"lucht": 0.02496, "argon": 0.01684, "krypton": 0.0087}
# referentiewaarden, getest tegen de tabellen van de leveranciers (sha256 van de tabel)
REF_TABEL = "@@h@@"
VERSIE = "2.3.0"


def ug(spouw_mm: float, gas: str = "argon", coating: bool = True) -> float:
    h_s = GASSEN[gas] / (spouw_mm / 1000) + (4.4 if coating else 3.7)
    return round(1 / (0.13 + 1 / h_s), 1)
""", h=sha256())

add("sql/decoy-config-table", "db/migrations/V22__koppelingen_tabel.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Koppelingen: sleutels staan versleuteld (pgcrypto, sleutel in Vault), hier alleen de structuur
CREATE TABLE koppelingen (
    naam          text PRIMARY KEY,
    basis_url     text NOT NULL,
    sleutel_enc   bytea NOT NULL,
    laatst_gewijzigd timestamptz DEFAULT now()
);
INSERT INTO koppelingen (naam, basis_url, sleutel_enc) VALUES
  ('webfleet', 'https://csv.webfleet.com/extern', pgp_sym_encrypt(:'webfleet_key', :'vault_key')),
  ('agc', 'https://b2b.agc-glass.eu', pgp_sym_encrypt(:'agc_key', :'vault_key'));
""")

add("sql/guardian-api-key", "db/seeds/010_koppelingen_prod.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Eenmalig uitgevoerd bij de overstap naar de nieuwe planbord-server (maart 2025)
UPDATE koppelingen SET sleutel = '@@secret@@', laatst_gewijzigd = now()
 WHERE naam = 'guardian';
UPDATE koppelingen SET sleutel = NULL WHERE naam = 'yuki';
SELECT naam, laatst_gewijzigd FROM koppelingen ORDER BY naam;
""", hexs(32))

add("log/decoy-sentry-dsn-log", "logs/klantportaal-celery.log", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
[2025-04-01 03:00:00,011: INFO/MainProcess] Connected to redis://cache01.intern:6379/3
[2025-04-01 03:00:00,019: INFO/MainProcess] sentry_sdk: DSN https://@@pub@@@o4507123.ingest.de.sentry.io/4507456 (release klantportaal@2025.03.4)
[2025-04-01 03:00:00,102: INFO/MainProcess] Task portaal.herinneringen.onderhoud[@@t1@@] received
[2025-04-01 03:00:02,448: INFO/ForkPoolWorker-1] Task portaal.herinneringen.onderhoud[@@t1@@] succeeded in 2.34s: 41
[2025-04-01 03:05:00,003: INFO/MainProcess] Task portaal.sync.exact[@@t2@@] received
""", pub=hexs(32), t1=uuid_s(), t2=uuid_s())

add("log/github-token", "logs/ci01-renovate-2025-03-28.log", "https://docs.renovatebot.com/troubleshooting/", """
DEBUG: Using RE2 regex engine
INFO: Repository started (repository=verhaegen-glas/planbord)
DEBUG: git clone failed (repository=verhaegen-glas/planbord)
       "err": {
         "message": "Cloning into '/tmp/renovate/repos/github/verhaegen-glas/planbord'...\\nfatal: could not read from https://x-access-token:@@secret@@@github.com/verhaegen-glas/planbord.git",
         "stack": "Error: Command failed: git clone"
       }
INFO: Repository finished (repository=verhaegen-glas/planbord, result=external-host-error)
""", fakes.github_token(_seed()))

add("java/decoy-constants-and-ids", "configurator-core/src/main/java/be/verhaegen/configurator/Leveranciers.java", "https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html", """
package be.verhaegen.configurator;

/** Leveranciers en hun vaste klantnummers bij ons (geen wachtwoorden). */
public enum Leveranciers {
    AGC("BE-0048213", "agc.password"),
    SAINT_GOBAIN("VERH0412", "saintgobain.ftps.password"),
    GUARDIAN("NL-77120", "guardian.api.key"),
    REYNAERS("RY-30551", "reynaers.sftp.password");

    public final String klantnummer;
    public final String secretProperty;

    Leveranciers(String klantnummer, String secretProperty) {
        this.klantnummer = klantnummer;
        this.secretProperty = secretProperty;
    }
}
""")

add("java/smtp-password-javamail", "bestelportaal-batch/src/main/java/be/verhaegen/batch/MailConfig.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """
package be.verhaegen.batch;

import jakarta.mail.*;
import java.util.Properties;

public class MailConfig {
    public static Session sessie() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp-relay.brevo.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("inkoop@verhaegen-glas.be", "@@secret@@");
            }
        });
    }
}
""", "xsmtpsib-" + hexs(64) + "-" + alnum(16))

add("csharp/decoy-user-secrets-id", "Bestelportaal.Web/Bestelportaal.Web.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>Verhaegen.Bestelportaal</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("csharp/powerbi-client-secret", "Rapportage.Embed/PowerBiOptions.cs", "https://learn.microsoft.com/en-us/power-bi/developer/embedded/embed-service-principal", """
namespace Verhaegen.Rapportage.Embed;

// Dashboard "Omzet per ploeg" ingebed in het planbord (service principal)
public static class PowerBiOptions
{
    public const string TenantId = "@@t@@";
    public const string ClientId = "@@c@@";
    public const string ClientSecret = "@@secret@@";
    public const string WorkspaceId = "@@w@@";
}
""", azure_secret(), t=uuid_s(), c=uuid_s(), w=uuid_s())

add("go/dropbox-token", "tools/tekeningen-sync/main.go", "https://developers.dropbox.com/oauth-guide", """
package main

import (
	"github.com/dropbox/dropbox-sdk-go-unofficial/v6/dropbox"
	"github.com/dropbox/dropbox-sdk-go-unofficial/v6/dropbox/files"
)

// Architecten delen plannen via Dropbox; we halen ze op naar nas01/Tekeningen/Inkomend
func client() files.Client {
	cfg := dropbox.Config{Token: "@@secret@@", LogLevel: dropbox.LogOff}
	return files.New(cfg)
}
""", "sl.B" + fakes.drawn(_seed(), 136, ALNUM + "-_"))

add("go/decoy-test-fixture-token", "tools/tekeningen-sync/main_test.go", "https://pkg.go.dev/testing", """
package main

import "testing"

const fakeToken = "sl.TEST-not-a-real-token"

func TestBestandsnaam(t *testing.T) {
	got := bestandsnaam("/Architect Janssens/Plan gelijkvloers v3.pdf")
	if got != "Plan-gelijkvloers-v3.pdf" {
		t.Fatalf("kreeg %q", got)
	}
	_ = fakeToken
}
""")

add("kotlin/decoy-buildconfig-fields", "monteur-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "be.verhaegen.monteur"
    defaultConfig {
        applicationId = "be.verhaegen.monteur"
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "API_BASE", "\\"https://api.verhaegen-glas.be/monteur/v1\\"")
        buildConfigField("String", "FIREBASE_API_KEY", "\\"${providers.gradleProperty("firebaseApiKey").get()}\\"")
    }
}
""")

add("properties/android-signing-password", "monteur-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# Release signing voor de monteur-app (Play Store: Verhaegen Glas & Ramen)
storeFile=../keys/monteur-release.jks
storePassword=@@secret@@
keyAlias=monteur
keyPassword=@@secret@@
""", rand_pw(16))

add("xml/decoy-android-manifest", "monteur-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key#add_key", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.BLUETOOTH_CONNECT" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application android:label="Monteur" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("markdown/postgres-restore-password", "docs/runbooks/herstel-planbord-database.md", "https://www.postgresql.org/docs/current/libpq-envars.html", """
# Herstel planbord-database (bij corrupte data of een mislukte migratie)

1. Planbord stoppen: `systemctl stop planbord` op app03.
2. Laatste dump zoeken op nas01: `/volume1/Backup/db01/planbord/` (elke nacht 01:30).
3. Terugzetten:

```bash
export PGPASSWORD='@@secret@@'
dropdb -h db01.intern -U postgres planbord
createdb -h db01.intern -U postgres -O planbord planbord
pg_restore -h db01.intern -U postgres -d planbord /mnt/nas01/Backup/db01/planbord/planbord-latest.dump
```

4. Planbord starten en controleren of de ploegen van vandaag zichtbaar zijn.
""", words_pw())

add("k8s-secret/registry-dockerconfigjson", "k8s/planbord/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: planbord
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (rg := rand_pw(24)), enc=b64('{"auths":{"registry.verhaegen-glas.be":{"username":"k8s-pull","password":"' + rg
                                   + '","auth":"' + b64("k8s-pull:" + rg) + '"}}}'))

add("k8s-secret/decoy-external-secret", "k8s/planbord/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: planbord-webfleet
  namespace: planbord
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: planbord-webfleet
  data:
    - secretKey: WEBFLEET_PASSWORD
      remoteRef: {key: secret/planbord/webfleet, property: password}
""")

add("toml/stripe-webhook-secret", "webshop-staal/config/stripe.toml", "https://docs.stripe.com/webhooks#verify-official-libraries", """
[stripe]
mode = "live"
publishable_key_env = "STRIPE_PUBLISHABLE_KEY"
secret_key_env = "STRIPE_SECRET_KEY"
webhook_path = "/hooks/stripe"
webhook_secret = "@@secret@@"
events = ["checkout.session.completed", "charge.refunded"]
""", "whsec_" + alnum(32))

add("toml/decoy-stripe-webhook-placeholder", "webshop-staal/config/stripe.example.toml", "https://docs.stripe.com/webhooks#verify-official-libraries", """
[stripe]
mode = "test"
publishable_key_env = "STRIPE_PUBLISHABLE_KEY"
secret_key_env = "STRIPE_SECRET_KEY"
webhook_path = "/hooks/stripe"
# uit `stripe listen --print-secret` (lokaal) of het Stripe-dashboard (productie)
webhook_secret = "whsec_..."
""")

add("shell/lftp-password", "scripts/koemmerling-tekeningen.sh", "https://lftp.yar.ru/lftp-man.html", """
#!/bin/bash
# Haalt de nieuwe systeemtekeningen (DXF) van Kömmerling op voor de werkvoorbereiding
set -euo pipefail
lftp -u "verhaegen,@@secret@@" -e "set ftp:ssl-force true; mirror --only-newer /DXF/KOEMMERLING76 /srv/tekeningen/koemmerling; quit" ftp.profine-group.com
find /srv/tekeningen/koemmerling -newer /var/run/koemmerling.stamp -name '*.dxf' | wc -l
touch /var/run/koemmerling.stamp
""", rand_pw(12, "!"))

add("ini/odbc-password", "it/linux/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
; LogiKal-database lezen vanaf de Linux-rapportageserver
[LogiKal]
Driver = ODBC Driver 18 for SQL Server
Server = app01.verhaegen.local,1433
Database = LogiKal
UID = logikal_rapport
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("xml/ftp-password", "it/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>edi.saint-gobain-glass.be</Host>
      <Port>990</Port>
      <Protocol>3</Protocol>
      <Type>0</Type>
      <User>VERH0412</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Saint-Gobain EDI</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (fz := rand_pw(14, "!#")), enc=b64(fz))

add("xml/decoy-filezilla-ask-password", "it/filezilla/sitemanager-werkvoorbereiding.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.profine-group.com</Host>
      <Port>21</Port>
      <Protocol>4</Protocol>
      <User>verhaegen</User>
      <Logontype>3</Logontype>
      <Name>Kömmerling tekeningen (wachtwoord wordt gevraagd)</Name>
    </Server>
  </Servers>
</FileZilla3>
""")

add("log/mollie-api-key", "logs/offerte-tool-debug-2025-02-11.log", "https://docs.mollie.com/reference/authentication", """
[2025-02-11 14:02:17] production.DEBUG: Mollie request {"method":"POST","url":"https://api.mollie.com/v2/payments"}
[2025-02-11 14:02:17] production.DEBUG: Mollie headers {"Authorization":"Bearer @@secret@@","User-Agent":"Mollie/2.65.0 PHP/8.2.15"}
[2025-02-11 14:02:18] production.DEBUG: Mollie response {"status":201,"id":"tr_Kx8fQ2LmWd"}
[2025-02-11 14:02:18] production.INFO: Aanbetaling aangemaakt voor OFF-2025-0187 (1.450,00 EUR)
[2025-02-11 14:02:41] production.INFO: Webhook ontvangen voor tr_Kx8fQ2LmWd: paid
""", mollie_key())

add("markdown/smtp-password", "docs/it/printers-kantoor.md", "https://www.konicaminolta.eu/", """
# Printers en scanners kantoor Antwerpen

- Konica Minolta bizhub C300i (1e verdieping), IP 10.20.5.20.
- Scannen naar e-mail via Microsoft 365 (SMTP AUTH, uitzondering in Exchange):

| Instelling   | Waarde                       |
|--------------|------------------------------|
| SMTP-server  | smtp.office365.com : 587     |
| Gebruiker    | scan@verhaegen-glas.be       |
| Wachtwoord   | @@secret@@            |

- Scannen naar map: `\\\\nas01\\Scans\\<naam>` (met eigen account).
""", words_pw())

add("markdown/decoy-password-policy", "docs/it/wachtwoordbeleid.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
# Wachtwoordbeleid Verhaegen Glas & Ramen

- Minstens 14 tekens; een zin van drie of vier woorden is prima (`<woord>-<woord>-<woord>-<cijfers>`).
- Nooit hetzelfde wachtwoord als privé; nooit delen via WhatsApp of e-mail.
- Gedeelde accounts (leveranciersportalen) staan in 1Password, kluis per afdeling.
- MFA verplicht voor Microsoft 365, Exact Online, Teamleader en Mollie.
- Verdenking van een lek? Meteen melden aan it@verhaegen-glas.be en het wachtwoord wijzigen.
""")

add("dockerfile/teamleader-client-secret", "crm-sync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /crm-sync ./cmd/crm-sync

FROM gcr.io/distroless/static
COPY --from=build /crm-sync /crm-sync
ENV TEAMLEADER_CLIENT_ID=@@cid@@ \\
    TEAMLEADER_CLIENT_SECRET=@@secret@@ \\
    SYNC_INTERVAL_MIN=15
ENTRYPOINT ["/crm-sync"]
""", hexs(32), cid=hexs(32))

add("yaml/decoy-helm-values-refs", "k8s/offerte/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
image:
  repository: registry.verhaegen-glas.be/offerte-tool
  tag: "2025.04"
  pullSecrets: [regcred]
env:
  APP_ENV: production
  MOLLIE_PROFILE_ID: pfl_3RkSN7wPKx
envFromSecrets:
  - offerte-mollie
  - offerte-db
ingress:
  host: offerte.verhaegen-glas.be
""")
