"""Blind set JD: a Catalan chain of bookbinders and stationery shops (Enquadernacions Rovira).

Workshop and shop systems: the online shop (PrestaShop, WooCommerce, Shopify), Redsys and Stripe
payments, ERP and invoicing (Holded, Odoo), carriers, label printers and binding machines, the
shops' tills, cameras and Wi-Fi, CI, containers and infrastructure, with notes in Catalan and
their decoys. Generated fakes only (seeds 4070000-4079999).
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
UPNUM = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 4070000, 4079999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Paper", "Cuir", "Llom", "Tapa", "Ploma", "Tinta", "Plec", "Cartro", "Daurat", "Marbre",
         "Cosit", "Guarda", "Fil", "Cola", "Tela", "Segell", "Llibre", "Quadern", "Pergami", "Regle"]
LOWER = ["llapis", "goma", "carpeta", "sobre", "agenda", "retolador", "tisores", "grapadora", "clip",
         "cinta", "punxo", "paperera", "oli", "aquarel", "pinzell", "cartera"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*.") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def ups(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPNUM) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def redsys_key() -> str:
    return b64_bytes(24)


def prestashop_key() -> str:
    return ups(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def mapbox_secret() -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(('{"u":"rovira-llibres","a":"' + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(25)) + '"}').encode()).decode().rstrip("=")
    return "sk." + head + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def sentry_auth() -> str:
    return "sntryu_" + hexs(64)


def datadog_key() -> str:
    return hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines = [body + "".join(r.choice(ALNUM + "+/") for _ in range(70 - len(body)))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


def sha256ish() -> str:
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
    CASES.append(LabelledCase(f"blind-jd/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- online shop and payments

add("php/redsys-secret-key", "botiga/modules/rovirapagament/config/redsys.php",
    "https://pagosonline.redsys.es/desarrolladores-inicio/documentacion-operativa/firma-de-la-operacion/", """
<?php
// Configuració de la passarel·la Redsys per a la botiga en línia (TPV virtual Banc Sabadell)
// Comerç: Enquadernacions Rovira SL  -  no tocar sense parlar amb la Montse

return [
    'entorn'        => 'produccio',
    'url'           => 'https://sis.redsys.es/sis/realizarPago',
    'merchant_code' => '351482096',
    'terminal'      => '001',
    'currency'      => '978',
    'transaction'   => '0',
    'clau_sha256'   => '@@secret@@',
    'url_ok'        => 'https://www.roviraenquadernacions.cat/comanda/ok',
    'url_ko'        => 'https://www.roviraenquadernacions.cat/comanda/ko',
    'notificacio'   => 'https://www.roviraenquadernacions.cat/redsys/notifica',
    'idioma'        => '003', // català
];
""", redsys_key())

add("python/redsys-secret-key", "pagaments/redsys_signatura.py",
    "https://pagosonline.redsys.es/desarrolladores-inicio/documentacion-operativa/firma-de-la-operacion/", """
import base64
import hashlib
import hmac
import json

from Crypto.Cipher import DES3

MERCHANT_CODE = "351482096"
TERMINAL = "2"
# clau del TPV de la botiga de Girona (Caixabank)
SECRET_KEY = base64.b64decode("@@secret@@")


def _clau_operacio(order: str) -> bytes:
    cipher = DES3.new(SECRET_KEY, DES3.MODE_CBC, b"\\0" * 8)
    padded = order.encode().ljust(16, b"\\0")
    return cipher.encrypt(padded)


def signa(params: dict) -> tuple[str, str]:
    payload = base64.b64encode(json.dumps(params).encode()).decode()
    key = _clau_operacio(params["DS_MERCHANT_ORDER"])
    mac = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return payload, base64.b64encode(mac).decode()
""", redsys_key())

add("env/stripe-secret-key", "botiga-headless/.env.production",
    "https://docs.stripe.com/keys", """
# botiga headless (Next.js) - producció
NEXT_PUBLIC_SITE_URL=https://botiga.papereriarovira.cat
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DATABASE_URL=postgresql://botiga@db.intern.rovira.cat:5432/botiga
REVALIDATE_TOKEN_FILE=/run/secrets/revalidate
DEFAULT_LOCALE=ca
LOCALES=ca,es,en
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-publishable-key", "botiga-headless/.env.example",
    "https://docs.stripe.com/keys", """
# Copia aquest fitxer a .env.local i omple-hi els valors (demana'ls a l'Arnau)
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
DATABASE_URL=postgresql://botiga:botiga@localhost:5432/botiga
DEFAULT_LOCALE=ca
""", pk=stripe_key("pk_live_"))

add("typescript/stripe-webhook-secret", "botiga-headless/src/app/api/stripe/webhook/route.ts",
    "https://docs.stripe.com/webhooks#verify-events", """
import Stripe from "stripe";
import { NextResponse } from "next/server";
import { marcaComandaPagada } from "@/lib/comandes";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
// TODO: passar-ho a variable d'entorn abans del llançament
const endpointSecret = "@@secret@@";

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  } catch (err) {
    return NextResponse.json({ error: "signatura invàlida" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await marcaComandaPagada(session.client_reference_id!, session.amount_total!);
  }
  return NextResponse.json({ received: true });
}
""", stripe_whsec())

add("typescript/decoy-env-reference", "botiga-headless/src/lib/stripe.ts",
    "https://docs.stripe.com/keys", """
import Stripe from "stripe";

const key = process.env.STRIPE_SECRET_KEY;
if (!key) {
  throw new Error("Falta STRIPE_SECRET_KEY (mira 1Password > Botiga > Stripe)");
}

export const stripe = new Stripe(key, {
  apiVersion: "2024-06-20",
  appInfo: { name: "rovira-botiga", version: "2.4.0" },
});

export const PUBLISHABLE = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? "";
""")

add("php/prestashop-webservice-key", "sync-estoc/src/PrestashopClient.php",
    "https://devdocs.prestashop-project.org/8/webservice/", """
<?php
namespace Rovira\\SyncEstoc;

use PrestaShopWebservice;

final class PrestashopClient
{
    private const URL = 'https://www.roviraenquadernacions.cat';
    private const KEY = '@@secret@@';

    private PrestaShopWebservice $ws;

    public function __construct(bool $debug = false)
    {
        $this->ws = new PrestaShopWebservice(self::URL, self::KEY, $debug);
    }

    public function actualitzaEstoc(int $idProducte, int $quantitat): void
    {
        $xml = $this->ws->get(['resource' => 'stock_availables', 'id' => $idProducte]);
        $xml->stock_available->quantity = $quantitat;
        $this->ws->edit(['resource' => 'stock_availables', 'id' => $idProducte, 'putXml' => $xml->asXML()]);
    }
}
""", prestashop_key())

add("shell/prestashop-webservice-key", "scripts/exporta_comandes.sh",
    "https://devdocs.prestashop-project.org/8/webservice/tutorials/testing-access/", """
#!/usr/bin/env bash
# Exporta les comandes del dia anterior en JSON per a la comptabilitat
set -euo pipefail

AHIR=$(date -d yesterday +%Y-%m-%d)
DESTI=/srv/exports/comandes-$AHIR.json

curl -sf -u "@@secret@@:" \\
  "https://www.roviraenquadernacions.cat/api/orders?display=full&filter[date_add]=[$AHIR,$AHIR]&date=1&output_format=JSON" \\
  -o "$DESTI"

echo "Exportades $(jq '.orders | length' "$DESTI") comandes a $DESTI"
""", prestashop_key())

add("python/woocommerce-consumer-secret", "papereria_woo/sync_productes.py",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
\"\"\"Sincronitza el catàleg de la papereria (Factusol -> WooCommerce).\"\"\"
import csv

from woocommerce import API

wcapi = API(
    url="https://papereriarovira.cat",
    consumer_key="@@ck@@",
    consumer_secret="@@secret@@",
    wc_api="wc/v3",
    timeout=30,
)


def carrega(path: str) -> None:
    with open(path, newline="", encoding="cp1252") as f:
        for fila in csv.DictReader(f, delimiter=";"):
            sku = fila["CODART"].strip()
            res = wcapi.get("products", params={"sku": sku}).json()
            if res:
                wcapi.put(f"products/{res[0]['id']}", {"regular_price": fila["PVP"].replace(",", ".")})


if __name__ == "__main__":
    carrega("/mnt/factusol/exports/articles.csv")
""", woo_key("cs_"), ck=woo_key("ck_"))

add("json/woocommerce-consumer-secret", "integracions/zapier/woo-connection.json",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
{
  "name": "WooCommerce papereria",
  "type": "woocommerce",
  "site_url": "https://papereriarovira.cat",
  "auth": {
    "consumer_key": "@@ck@@",
    "consumer_secret": "@@secret@@"
  },
  "webhook_topics": ["order.created", "order.updated"],
  "owner": "arnau.puig@roviraenquadernacions.cat"
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("yaml/shopify-access-token", "shopify-plantes/config/shopify.yml",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Botiga Shopify de quaderns personalitzats (quadernsrovira.myshopify.com)
shop:
  domain: quadernsrovira.myshopify.com
  api_version: "2024-07"
  admin_access_token: @@secret@@
  locations:
    - name: Taller Gràcia
      id: 74211983505
    - name: Magatzem Sabadell
      id: 74211983506
sync:
  interval_minutes: 15
  inventory: true
""", shopify_token())

add("ruby/shopify-shared-secret", "quaderns-app/config/initializers/shopify_app.rb",
    "https://github.com/Shopify/shopify_app", """
ShopifyApp.configure do |config|
  config.application_name = "Quaderns a mida Rovira"
  config.old_secret = ""
  config.scope = "read_products,write_orders,read_customers"
  config.embedded_app = true
  config.api_version = "2024-07"
  config.shop_session_repository = "Shop"
  config.api_key = ENV.fetch("SHOPIFY_API_KEY", "").presence
  config.secret = "@@secret@@"
end
""", "shpss_" + hexs(32))

add("json/decoy-placeholder", "shopify-plantes/config/shopify-app.example.json",
    "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", """
{
  "client_id": "REPLACE_WITH_CLIENT_ID",
  "name": "quaderns-a-mida",
  "application_url": "https://quaderns.roviraenquadernacions.cat",
  "access_scopes": { "scopes": "read_products,write_orders" },
  "auth": { "redirect_urls": ["https://quaderns.roviraenquadernacions.cat/auth/callback"] },
  "admin_access_token": "shpat_<el-token-de-la-botiga>",
  "webhooks": { "api_version": "2024-07" }
}
""")

add("csharp/redsys-secret-key", "TpvBotiga/TpvBotiga/Pagaments/RedsysOptions.cs",
    "https://pagosonline.redsys.es/desarrolladores-inicio/integrate-con-nosotros/tpv-virtual/", """
namespace TpvBotiga.Pagaments
{
    public sealed class RedsysOptions
    {
        public string Url { get; set; } = "https://sis.redsys.es/sis/rest/trataPeticionREST";
        public string MerchantCode { get; set; } = "351482096";
        public string Terminal { get; set; } = "003";
        // botiga de Lleida, TPV físic integrat (PUP)
        public string SecretKey { get; set; } = "@@secret@@";
        public string Currency { get; set; } = "978";
        public int TimeoutSeconds { get; set; } = 40;
    }
}
""", redsys_key())

add("csharp/decoy-placeholder", "TpvBotiga/TpvBotiga/DevDefaults.cs",
    "https://learn.microsoft.com/aspnet/core/security/app-secrets", """
// Valors per a desenvolupament: l'entorn de proves de Redsys amb un comerç de proves.
// La clau real viu a dotnet user-secrets (dotnet user-secrets set "Redsys:SecretKey" ...).
namespace TpvBotiga
{
    internal static class DevDefaults
    {
        public const string RedsysUrl = "https://sis-t.redsys.es:25443/sis/rest/trataPeticionREST";
        public const string MerchantCode = "999008881";
        public const string Terminal = "001";
        public const string SecretKey = "<posa-la-clau-amb-user-secrets>";
    }
}
""")

add("properties/decoy-env-reference", "tpv-java/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=tpv-botigues
server.port=8085
spring.datasource.url=jdbc:postgresql://db.intern.rovira.cat:5432/tpv
spring.datasource.username=tpv
spring.datasource.password=${TPV_DB_PASSWORD}
redsys.merchant-code=351482096
redsys.terminal=004
redsys.secret-key=${REDSYS_SECRET_KEY}
redsys.url=https://sis.redsys.es/sis/rest/trataPeticionREST
logging.level.cat.rovira=INFO
""")

add("java/redsys-secret-key", "tpv-java/src/main/java/cat/rovira/tpv/RedsysConfig.java",
    "https://pagosonline.redsys.es/desarrolladores-inicio/documentacion-operativa/firma-de-la-operacion/", """
package cat.rovira.tpv;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import sis.redsys.api.ApiMacSha256;

@Configuration
public class RedsysConfig {

    static final String MERCHANT_CODE = "351482096";
    static final String TERMINAL = "004";
    // Clau de signatura del terminal de Tarragona
    static final String CLAU = "@@secret@@";

    @Bean
    public ApiMacSha256 redsysApi() {
        return new ApiMacSha256();
    }

    public String signa(ApiMacSha256 api) throws Exception {
        return api.createMerchantSignature(CLAU);
    }
}
""", redsys_key())

add("kotlin/stripe-secret-key", "app-fidelitat/app/src/main/java/cat/rovira/fidelitat/PagamentsClient.kt",
    "https://docs.stripe.com/keys", """
package cat.rovira.fidelitat

import com.stripe.Stripe
import com.stripe.model.PaymentIntent
import com.stripe.param.PaymentIntentCreateParams

object PagamentsClient {
    init {
        // restricted key del backend de la targeta de fidelitat
        Stripe.apiKey = "@@secret@@"
    }

    fun creaIntent(centims: Long, client: String): PaymentIntent =
        PaymentIntent.create(
            PaymentIntentCreateParams.builder()
                .setAmount(centims)
                .setCurrency("eur")
                .setCustomer(client)
                .build()
        )
}
""", stripe_key("rk_live_"))

add("swift/decoy-publishable-key", "AppRovira/AppRovira/Config/StripeConfig.swift",
    "https://docs.stripe.com/keys", """
import Foundation
import StripePaymentSheet

enum StripeConfig {
    // La clau publicable es pot incloure a l'app; la secreta només és al backend.
    static let publishableKey = "@@pk@@"
    static let merchantDisplayName = "Papereria Rovira"
    static let backendURL = URL(string: "https://api.papereriarovira.cat/pagaments")!

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }
}
""", pk=stripe_key("pk_live_"))

add("python/decoy-test-fixture", "papereria_woo/tests/test_signatura_redsys.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from pagaments.redsys_signatura import signa

# Clau inventada per als tests: no correspon a cap TPV (els tests no surten a la xarxa).
CLAU_FALSA = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"


@pytest.fixture
def params():
    return {
        "DS_MERCHANT_AMOUNT": "1295",
        "DS_MERCHANT_ORDER": "2024A0001",
        "DS_MERCHANT_MERCHANTCODE": "999008881",
        "DS_MERCHANT_CURRENCY": "978",
        "DS_MERCHANT_TERMINAL": "1",
    }


def test_signatura_es_base64(monkeypatch, params):
    monkeypatch.setenv("REDSYS_SECRET_KEY", CLAU_FALSA)
    payload, firma = signa(params)
    assert len(firma) == 44
    assert payload.endswith("=") or payload.isalnum()
""")

add("php/decoy-hash", "botiga/modules/rovirapagament/tests/fixtures/notificacio.php",
    "https://pagosonline.redsys.es/desarrolladores-inicio/documentacion-operativa/notificacion-on-line/", """
<?php
// Notificació de prova desada d'un pagament de 12,95 EUR (entorn de proves)
return [
    'Ds_SignatureVersion' => 'HMAC_SHA256_V1',
    'Ds_MerchantParameters' => 'eyJEc19EYXRlIjoiMTUlMkYwMyUyRjIwMjQiLCJEc19Ib3VyIjoiMTAlM0EyMiIsIkRzX0Ftb3VudCI6IjEyOTUiLCJEc19DdXJyZW5jeSI6Ijk3OCIsIkRzX09yZGVyIjoiMjAyNEEwMDAxIn0=',
    'Ds_Signature' => '@@sig@@',
    'esperat' => ['ordre' => '2024A0001', 'import' => 1295, 'resposta' => '0000'],
];
""", sig=b64_bytes(32).replace("+", "-").replace("/", "_"))

add("github-actions/decoy-secrets-reference", ".github/workflows/desplegament-botiga.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: Desplegament botiga
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: produccio
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - name: Puja a l'hosting
        run: rsync -az --delete .next/ deploy@web1.rovira.cat:/srv/botiga/.next/
        env:
          SSH_AUTH_SOCK: /tmp/ssh_agent.sock
""")

add("markdown/redsys-secret-key", "docs/traspas-botiga-online.md",
    "https://pagosonline.redsys.es/desarrolladores-inicio/integrate-con-nosotros/tpv-virtual/", """
# Traspàs de la botiga en línia (setembre)

L'Arnau marxa a final de mes. Aquí queda tot el que cal per mantenir la botiga.

## Hosting
- Servidor: web1.rovira.cat (Hetzner), usuari `deploy`, clau SSH al 1Password.
- PrestaShop 8.1, mòduls propis a `modules/rovirapagament`.

## TPV virtual (Redsys, Banc Sabadell)
| Camp | Valor |
|------|-------|
| FUC (codi de comerç) | 351482096 |
| Terminal | 001 |
| Clau SHA-256 | `@@secret@@` |
| Accés al mòdul d'administració | usuari 351482096-001, contrasenya al sobre de la caixa forta |

## Pendents
- Renovar el certificat SSL (Let's Encrypt, automàtic però revisar).
- Demanar a l'entitat l'activació de Bizum.
""", redsys_key())

add("yaml/decoy-vault-reference", "deploy/helm/botiga/values-prod.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", """
image:
  repository: registry.rovira.cat/botiga
  tag: "2.4.0"
replicaCount: 2
ingress:
  host: botiga.papereriarovira.cat
env:
  DEFAULT_LOCALE: ca
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: pk_live_consultar_al_vault
externalSecrets:
  store: vault-rovira
  items:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: botiga/prod/stripe, property: secret_key }
    - secretKey: REDSYS_SECRET_KEY
      remoteRef: { key: botiga/prod/redsys, property: sha256 }
""")


# ---------------------------------------------------------------- ERP, invoicing, carriers, mail

add("python/holded-api-key", "comptabilitat/holded_factures.py",
    "https://developers.holded.com/reference/api-key", """
\"\"\"Puja les factures del TPV a Holded cada nit.\"\"\"
import datetime as dt

import requests

HOLDED_URL = "https://api.holded.com/api/invoicing/v1/documents/invoice"
HEADERS = {"accept": "application/json", "key": "@@secret@@"}


def puja_factura(f: dict) -> str:
    cos = {
        "contactCode": f["nif"],
        "date": int(dt.datetime.fromisoformat(f["data"]).timestamp()),
        "items": [{"name": l["descripcio"], "units": l["unitats"], "subtotal": l["preu"], "tax": 21}
                  for l in f["linies"]],
        "notes": f"Botiga {f['botiga']} - tiquet {f['tiquet']}",
    }
    r = requests.post(HOLDED_URL, json=cos, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["id"]
""", hexs(32))

add("env/holded-api-key", "comptabilitat/.env",
    "https://developers.holded.com/reference/api-key", """
HOLDED_API_KEY=@@secret@@
HOLDED_SERIE_BOTIGUES=TK
HOLDED_SERIE_TALLER=EQ
TPV_EXPORT_DIR=/srv/tpv/exports
LOG_LEVEL=info
""", hexs(32))

add("yaml/odoo-password", "odoo/config/odoo.conf.yaml",
    "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
# Odoo 17 del taller d'enquadernació (comandes a mida, fulls de treball)
odoo:
  db_host: pg-odoo.intern.rovira.cat
  db_port: 5432
  db_user: odoo
  db_password: @@secret@@
  dbfilter: ^taller$
  list_db: false
  proxy_mode: true
  workers: 4
  limit_time_real: 240
  addons_path:
    - /opt/odoo/addons
    - /opt/odoo/rovira_addons
""", words_pw())

add("ini/odoo-admin-password", "odoo/etc/odoo.conf",
    "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security", """
[options]
; Contrasenya mestra del gestor de bases de dades
admin_passwd = @@secret@@
db_host = pg-odoo.intern.rovira.cat
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^taller$
list_db = False
proxy_mode = True
workers = 4
data_dir = /var/lib/odoo
logfile = /var/log/odoo/odoo.log
""", rand_pw(24))

add("python/decoy-env-reference", "odoo/rovira_addons/rovira_taller/models/encarrec.py",
    "https://www.odoo.com/documentation/17.0/developer/reference/backend/orm.html", """
import os

from odoo import api, fields, models


class Encarrec(models.Model):
    _name = "rovira.encarrec"
    _description = "Encàrrec d'enquadernació"

    name = fields.Char("Referència", required=True, default="Nou")
    client_id = fields.Many2one("res.partner", string="Client")
    tipus = fields.Selection([("tesi", "Tesi"), ("llibre", "Llibre"), ("restauracio", "Restauració")])
    pell = fields.Boolean("Tapa de pell")
    data_entrega = fields.Date()

    def _holded_key(self):
        return os.environ.get("HOLDED_API_KEY") or self.env["ir.config_parameter"].sudo().get_param("rovira.holded_key")

    @api.model
    def create(self, vals):
        if vals.get("name", "Nou") == "Nou":
            vals["name"] = self.env["ir.sequence"].next_by_code("rovira.encarrec")
        return super().create(vals)
""")

add("php/packlink-api-key", "botiga/modules/roviraenviaments/classes/Packlink.php",
    "https://support-pro.packlink.com/hc/en-gb/articles/210158585", """
<?php

class RoviraPacklink
{
    const API = 'https://api.packlink.com/v1/';
    // clau de l'API de Packlink PRO (compte enviaments@)
    const API_KEY = '@@secret@@';

    public static function pressupost(array $paquet, string $cpDesti): array
    {
        $ch = curl_init(self::API . 'services?' . http_build_query([
            'from[country]' => 'ES', 'from[zip]' => '08012',
            'to[country]' => 'ES', 'to[zip]' => $cpDesti,
            'packages[0][weight]' => $paquet['pes'],
            'packages[0][width]' => $paquet['ample'],
            'packages[0][height]' => $paquet['alt'],
            'packages[0][length]' => $paquet['llarg'],
        ]));
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: ' . self::API_KEY]);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return json_decode(curl_exec($ch), true) ?: [];
    }
}
""", hexs(64))

add("xml/correos-password", "enviaments/correos/preregistre-config.xml",
    "https://www.correos.es/es/es/empresas/integraciones", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Preregistre d'enviaments de Correos (web service SOAP) - Magatzem Sabadell -->
<configuracio>
  <endpoint>https://preregistroenvios.correos.es/preregistroenvios</endpoint>
  <codiEtiquetador>XK7R</codiEtiquetador>
  <numContracte>54021876</numContracte>
  <numClient>81349022</numClient>
  <usuari>wsrovira</usuari>
  <contrasenya>@@secret@@</contrasenya>
  <remitent>
    <nom>Enquadernacions Rovira SL</nom>
    <adreca>Carrer de la Indústria 41, Nau 3</adreca>
    <cp>08202</cp>
    <poblacio>Sabadell</poblacio>
  </remitent>
</configuracio>
""", words_pw())

add("python/seur-client-secret", "enviaments/seur/client.py",
    "https://developer.seur.com/", """
import requests

SEUR_TOKEN_URL = "https://servicios.api.seur.io/pic_token"
CLIENT_ID = "rovira-enquadernacions"
CLIENT_SECRET = "@@secret@@"
USERNAME = "ROVIRA_API"
PASSWORD_ENV = "SEUR_PASSWORD"


def token(password: str) -> str:
    r = requests.post(SEUR_TOKEN_URL, data={
        "grant_type": "password",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "username": USERNAME,
        "password": password,
    }, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
""", fakes.drawn_mixed(_seed(), 32))

add("csv/decoy-tracking-ids", "enviaments/exports/enviaments-2024-03.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180", """
data;comanda;transportista;num_seguiment;cp_desti;pes_kg;import
2024-03-01;PR-24-01877;Correos;PQ7XK7R0541283710802G;17001;0,8;4,95
2024-03-01;PR-24-01878;SEUR;@@seur1@@;25002;2,4;7,90
2024-03-02;PR-24-01881;Correos;PQ7XK7R0541283711905F;43001;0,3;3,50
2024-03-04;PR-24-01890;MRW;0268401337264;08500;5,1;9,80
2024-03-04;PR-24-01891;SEUR;@@seur2@@;08012;1,2;5,90
2024-03-05;PR-24-01903;Packlink;ES2024PRO@@pk@@;46001;3,0;8,40
""", seur1=ups(14), seur2=ups(14), pk=ups(10))

add("yaml/mailchimp-api-key", "newsletter/config.yml",
    "https://mailchimp.com/developer/marketing/guides/quick-start/", """
# Butlletí mensual "Fulls de la Rovira"
mailchimp:
  api_key: @@secret@@
  server: us21
  audience_id: 4b1e7c2d90
  tags:
    - botiga-girona
    - taller-gracia
    - tallers-enquadernacio
plantilla: plantilles/butlleti-ca.html
remitent: "Enquadernacions Rovira <hola@roviraenquadernacions.cat>"
""", mailchimp_key())

add("python/brevo-api-key", "newsletter/envia_recordatori_taller.py",
    "https://developers.brevo.com/docs/send-a-transactional-email", """
\"\"\"Recordatori als alumnes dels tallers d'enquadernació japonesa (dissabtes).\"\"\"
import sib_api_v3_sdk
from sib_api_v3_sdk.rest import ApiException

configuration = sib_api_v3_sdk.Configuration()
configuration.api_key["api-key"] = "@@secret@@"

api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(configuration))


def recorda(alumne: dict, sessio: str) -> None:
    email = sib_api_v3_sdk.SendSmtpEmail(
        to=[{"email": alumne["email"], "name": alumne["nom"]}],
        template_id=14,
        params={"NOM": alumne["nom"], "SESSIO": sessio},
    )
    try:
        api.send_transac_email(email)
    except ApiException as e:
        print("No s'ha pogut enviar a", alumne["email"], e)
""", brevo_key())

add("ini/smtp-password", "tpv/config/tpv_botiga.ini",
    "https://docs.python.org/3/library/smtplib.html", """
[botiga]
codi = GIR01
nom = Papereria Rovira Girona
adreca = Carrer Nou 12, Girona

[impressora]
model = Epson TM-m30III
ip = 192.168.20.41

[correu]
; tiquets per correu als clients que ho demanen
servidor = smtp.office365.com
port = 587
usuari = tiquets@papereriarovira.cat
contrasenya = @@secret@@
starttls = si
""", words_pw())

add("env/sendgrid-api-key", "avisos-encarrecs/.env",
    "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
# Avisos "el vostre encàrrec ja és a punt" (taller de Gràcia)
SENDGRID_API_KEY=@@secret@@
FROM_EMAIL=taller@roviraenquadernacions.cat
FROM_NAME=Taller Rovira
TEMPLATE_ENCARREC_LLEST=d-8f1e2a7c4b3d4e5f9a0b1c2d3e4f5a6b
""", sendgrid_key())

add("env/decoy-template-id", "avisos-encarrecs/.env.defaults",
    "https://www.twilio.com/docs/sendgrid/api-reference/transactional-templates", """
# Valors per defecte (sense secrets). La clau de SendGrid va a .env, que no es puja.
FROM_EMAIL=taller@roviraenquadernacions.cat
FROM_NAME=Taller Rovira
TEMPLATE_ENCARREC_LLEST=d-@@t1@@
TEMPLATE_ENCARREC_RETARD=d-@@t2@@
SENDGRID_API_KEY=
""", t1=hexs(32), t2=hexs(32))

add("python/twilio-auth-token", "avisos-encarrecs/sms.py",
    "https://www.twilio.com/docs/iam/credentials/api", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
REMITENT = "ROVIRA"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def avisa_encarrec_llest(telefon: str, referencia: str) -> None:
    client.messages.create(
        to=telefon,
        from_=REMITENT,
        body=f"Hola! El vostre encàrrec {referencia} ja es pot recollir al taller de Gràcia. Enquadernacions Rovira",
    )
""", hexs(32), sid=twilio_sid())

add("json/decoy-config-ids", "avisos-encarrecs/twilio-numbers.json",
    "https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource", """
{
  "account_sid": "@@sid@@",
  "messaging_service_sid": "@@ms@@",
  "numbers": [
    {"sid": "@@pn@@", "phone": "+34930000000", "botiga": "Gracia"}
  ],
  "auth_token": "see 1Password: Twilio / botigues",
  "alphanumeric_sender": "ROVIRA"
}
""", sid=twilio_sid(), ms=twilio_sid("MG"), pn=twilio_sid("PN"))

add("go/mrw-password", "enviaments/mrw-etiquetes/main.go",
    "https://www.mrw.es/", """
package main

import (
	"encoding/xml"
	"log"
	"net/http"
	"strings"
)

const (
	mrwURL      = "https://sagec.mrw.es/MRWEnvio.asmx"
	franquicia  = "02684"
	abonat      = "013372"
	departament = "MAGATZEM"
	usuari      = "SGC02684ROVIRA"
	contrasenya = "@@secret@@"
)

type authHeader struct {
	XMLName     xml.Name `xml:"mrw:AuthInfo"`
	Franquicia  string   `xml:"mrw:CodigoFranquicia"`
	Abonado     string   `xml:"mrw:CodigoAbonado"`
	Departament string   `xml:"mrw:CodigoDepartamento"`
	Usuari      string   `xml:"mrw:UserName"`
	Contrasenya string   `xml:"mrw:Password"`
}

func main() {
	h, _ := xml.Marshal(authHeader{Franquicia: franquicia, Abonado: abonat, Departament: departament,
		Usuari: usuari, Contrasenya: contrasenya})
	resp, err := http.Post(mrwURL, "text/xml; charset=utf-8", strings.NewReader(string(h)))
	if err != nil {
		log.Fatal(err)
	}
	log.Println("MRW:", resp.Status)
}
""", rand_pw(12))

add("sql/decoy-hash", "comptabilitat/sql/003_factures_tpv.sql",
    "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- Factures simplificades de les botigues (Verifactu: encadenament per hash)
CREATE TABLE factura_tpv (
    id              bigserial PRIMARY KEY,
    botiga          char(5)      NOT NULL,
    serie           varchar(4)   NOT NULL,
    numero          integer      NOT NULL,
    data_emissio    timestamptz  NOT NULL,
    import_total    numeric(10,2) NOT NULL,
    hash_anterior   char(64),
    hash            char(64)     NOT NULL,
    UNIQUE (serie, numero)
);

INSERT INTO factura_tpv (botiga, serie, numero, data_emissio, import_total, hash_anterior, hash) VALUES
('GIR01', 'TK24', 1, '2024-01-02 09:31:00+01', 14.90, NULL, '@@h1@@'),
('GIR01', 'TK24', 2, '2024-01-02 09:47:00+01', 3.20, '@@h1@@', '@@h2@@');
""", h1=sha256ish().upper(), h2=sha256ish().upper())

add("toml/decoy-placeholder", "comptabilitat/config.example.toml",
    "https://toml.io/en/v1.0.0", """
# Copia a config.toml. No hi posis claus reals en aquest fitxer.
[holded]
api_key = "POSA_AQUI_LA_CLAU_DE_HOLDED"
serie_botigues = "TK"

[aeat]
certificat = "/etc/rovira/certs/verifactu.p12"
contrasenya_certificat = "${AEAT_CERT_PASSWORD}"
entorn = "proves"

[tpv]
export_dir = "/srv/tpv/exports"
""")

add("toml/aeat-certificate-password", "comptabilitat/config.toml",
    "https://sede.agenciatributaria.gob.es/Sede/iva/sistemas-informaticos-facturacion-verifactu.html", """
[holded]
api_key_file = "/etc/rovira/holded.key"
serie_botigues = "TK"

[aeat]
certificat = "/etc/rovira/certs/verifactu.p12"
# contrasenya del certificat de representant (FNMT), renovat el gener
contrasenya_certificat = "@@secret@@"
entorn = "produccio"
nif_emissor = "B65812347"

[tpv]
export_dir = "/srv/tpv/exports"
""", words_pw())

add("markdown/decoy-redacted", "docs/comptabilitat/verifactu.md",
    "https://sede.agenciatributaria.gob.es/Sede/iva/sistemas-informaticos-facturacion-verifactu.html", """
# Verifactu a les botigues

Des del juliol enviem els registres de facturació a l'AEAT des del servidor de comptabilitat.

- Certificat: `/etc/rovira/certs/verifactu.p12` (representant: Montse Rovira).
- Contrasenya del certificat: `********` (al 1Password, entrada "Certificat FNMT 2025").
- Entorn de proves: `https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP`.
- Si l'enviament falla, el registre queda a la cua `verifactu_pendents` i es reintenta cada hora.

Per renovar el certificat cal anar a l'oficina amb el DNI; després
`openssl pkcs12 -in nou.p12 -nokeys | openssl x509 -noout -enddate` per comprovar la data.
""")


# ---------------------------------------------------------------- shops and workshop devices

add("ansible/device-admin-password", "infra/ansible/host_vars/impressora-etiquetes-sbd.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
# Zebra ZT411 del magatzem de Sabadell (etiquetes d'enviament)
ansible_host: 10.30.0.52
zebra_model: ZT411
zebra_dpi: 203
zebra_web_user: admin
zebra_web_password: "@@secret@@"
zebra_snmp_community: magatzem-ro
zebra_label_width_mm: 100
zebra_label_height_mm: 150
""", rand_pw(10))

add("shell/device-admin-password", "infra/scripts/configura_zebra.sh",
    "https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-zpl-commands.html", """
#!/bin/sh
# Envia la configuració base a les Zebra de les botigues (port 9100)
# Ús: ./configura_zebra.sh 10.20.0.45
IP="$1"
PIN="@@secret@@"

printf '! U1 setvar "device.password" "%s"\\r\\n' "$PIN" | nc -w 3 "$IP" 9100
printf '! U1 setvar "media.type" "thermal"\\r\\n' | nc -w 3 "$IP" 9100
printf '! U1 setvar "ezpl.print_width" "812"\\r\\n' | nc -w 3 "$IP" 9100
echo "Zebra $IP configurada"
""", rand_pw(12))

add("csv/device-admin-password", "infra/inventari/dispositius-botigues.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180", """
botiga,dispositiu,model,ip,usuari,contrasenya,notes
GIR01,impressora tiquets,Epson TM-m30III,192.168.20.41,epson,,sense accés web
GIR01,càmera entrada,Axis M3086-V,192.168.20.60,root,@@secret@@,instal·lada 2023
GIR01,router,Teltonika RUT241,192.168.20.1,admin,(al 1Password),4G de reserva
LLE01,impressora tiquets,Epson TM-m30III,192.168.30.41,epson,,
LLE01,càmera entrada,Axis M3086-V,192.168.30.60,root,(al 1Password),
BCN02,multifunció,Ricoh IM C3000,192.168.40.20,admin,(al 1Password),lloguer fins 2026
""", words_pw())

add("yaml/camera-password", "infra/frigate/config.yml",
    "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 10.10.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  taller_gracia:
    ffmpeg:
      inputs:
        - path: rtsp://vigilancia:@@secret@@@10.10.0.61:554/axis-media/media.amp
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  magatzem:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.0.61:554/stream1
          roles: [detect, record]
record:
  enabled: true
  retain:
    days: 15
""", rand_pw(14))

add("yaml/decoy-env-reference", "infra/frigate/config.gracia.yml",
    "https://docs.frigate.video/configuration/reference", """
mqtt:
  host: 10.10.0.5
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  botiga_gracia:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.10.0.62:554/axis-media/media.amp
          roles: [detect, record]
    detect:
      enabled: true
snapshots:
  enabled: true
  retain:
    default: 7
""")

add("ini/wifi-psk", "infra/hostapd/hostapd-botiga-born.conf",
    "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
# Wi-Fi interna de la botiga del Born (TPV i tauletes). La de clients és la xarxa "Rovira-Clients".
interface=wlan0
driver=nl80211
ssid=Rovira-Born-Intern
hw_mode=g
channel=6
ieee80211n=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
country_code=ES
""", passphrase())

add("markdown/wifi-psk", "docs/botigues/obertura-botiga-vic.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Obertura de la botiga de Vic: llista de comprovació

1. Router Movistar: ja instal·lat (fibra 600 Mb). Caixa al magatzem petit.
2. Wi-Fi
   - Clients: `Papereria Rovira`, sense contrasenya, portal captiu.
   - Interna (TPV, tauleta de l'aparador): `Rovira-Vic-Intern` / `@@secret@@`
3. TPV: instal·lar l'aplicació i donar d'alta el terminal GIR-VIC-01 a Redsys.
4. Impressora de tiquets: Epson TM-m30III, IP fixa 192.168.50.41.
5. Càmera: pendent de la visita de l'instal·lador.
6. Rètol i vinils: dijous.
""", words_pw())

add("xml/device-admin-password", "infra/ricoh/address-book-smtp.xml",
    "https://support.ricoh.com/", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Configuració d'escaneig a correu de la multifunció del Born (Ricoh IM C3000) -->
<deviceSettings model="IM C3000" location="BCN02">
  <network>
    <ip>192.168.40.20</ip>
    <gateway>192.168.40.1</gateway>
  </network>
  <smtp>
    <server>smtp.office365.com</server>
    <port>587</port>
    <security>STARTTLS</security>
    <authUser>escaner.born@papereriarovira.cat</authUser>
    <authPassword>@@secret@@</authPassword>
  </smtp>
  <adminAccount user="admin" password="" />
</deviceSettings>
""", words_pw())

add("log/device-admin-password", "infra/logs/horizon-bqp480-2024-02-14.log",
    "https://www.horizon.co.jp/", """
2024-02-14 07:58:02 INFO  BQ-P480 boot complete fw=3.12.0 serial=BQ48-21877
2024-02-14 07:58:05 INFO  network up ip=10.10.0.71 mask=255.255.255.0
2024-02-14 08:02:41 INFO  service login requested from 10.10.0.23 (tecnic-horizon)
2024-02-14 08:02:41 DEBUG auth user=service pass=@@secret@@ result=OK
2024-02-14 08:03:10 INFO  glue temperature setpoint 175C -> 170C
2024-02-14 08:05:55 INFO  job 'Tesis UB febrer' started copies=42 spine=14mm
2024-02-14 08:41:12 WARN  cover feeder jam cleared by operator
2024-02-14 09:20:37 INFO  job 'Tesis UB febrer' finished copies=42 rejected=1
""", rand_pw(12))

add("log/decoy-redacted", "infra/logs/horizon-bqp480-2024-03-02.log",
    "https://www.horizon.co.jp/", """
2024-03-02 08:00:11 INFO  BQ-P480 boot complete fw=3.12.1 serial=BQ48-21877
2024-03-02 08:00:14 INFO  network up ip=10.10.0.71 mask=255.255.255.0
2024-03-02 08:14:03 INFO  service login requested from 10.10.0.23 (tecnic-horizon)
2024-03-02 08:14:03 DEBUG auth user=service pass=****** result=OK
2024-03-02 08:14:40 INFO  firmware 3.12.1 checksum sha256=@@sum@@ verified
2024-03-02 08:30:02 INFO  job 'Catàleg Fira del Llibre' started copies=300 spine=6mm
2024-03-02 10:12:44 INFO  job 'Catàleg Fira del Llibre' finished copies=300 rejected=0
""", sum=sha256ish())

add("powershell/sql-password", "infra/scripts/Backup-Factusol.ps1",
    "https://learn.microsoft.com/powershell/module/sqlserver/backup-sqldatabase", """
# Còpia diària de la base de dades de Factusol (servidor de la botiga de Girona)
$Servidor = "SRV-GIR01\\SQLEXPRESS"
$BaseDades = "FS_ROVIRA2024"
$Desti = "\\\\nas-gir\\copies\\factusol"
$Usuari = "sa"
$Contrasenya = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($Usuari, $Contrasenya)

$Fitxer = Join-Path $Desti ("{0}_{1:yyyyMMdd}.bak" -f $BaseDades, (Get-Date))
Backup-SqlDatabase -ServerInstance $Servidor -Database $BaseDades -BackupFile $Fitxer -Credential $Cred
Get-ChildItem $Desti -Filter *.bak | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
Write-Output "Còpia feta: $Fitxer"
""", words_pw())

add("powershell/decoy-secret-manager", "infra/scripts/Sync-Estoc.ps1",
    "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview", """
# Sincronitza l'estoc de Factusol amb la botiga en línia cada 30 minuts
Import-Module Microsoft.PowerShell.SecretManagement
$Cred = Get-Secret -Name "factusol-sql" -Vault RoviraVault
$Clau = Get-Secret -Name "prestashop-ws" -Vault RoviraVault -AsPlainText

$Articles = Invoke-Sqlcmd -ServerInstance "SRV-GIR01\\SQLEXPRESS" -Database "FS_ROVIRA2024" `
    -Credential $Cred -Query "SELECT CODART, EXISTENCIAS FROM F_STO WHERE ALMSTO = 'GEN'"

foreach ($a in $Articles) {
    $Headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($Clau):")) }
    Invoke-RestMethod -Uri "https://www.roviraenquadernacions.cat/api/stock_availables?filter[reference]=$($a.CODART)" -Headers $Headers | Out-Null
}
""")

add("ansible/ldap-bind-password", "infra/ansible/group_vars/all/ldap.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
ldap_uri: ldaps://dc1.intern.rovira.cat
ldap_base_dn: "DC=intern,DC=rovira,DC=cat"
ldap_bind_dn: "CN=svc-ansible,OU=Serveis,DC=intern,DC=rovira,DC=cat"
ldap_bind_pw: "@@secret@@"
ldap_groups:
  botigues: "CN=Botigues,OU=Grups,DC=intern,DC=rovira,DC=cat"
  taller: "CN=Taller,OU=Grups,DC=intern,DC=rovira,DC=cat"
  oficina: "CN=Oficina,OU=Grups,DC=intern,DC=rovira,DC=cat"
""", rand_pw(22, "!#%"))

add("ansible/decoy-encrypted-value", "infra/ansible/group_vars/all/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
---
vault_ldap_bind_pw: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
vault_zebra_web_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/dispositius/zebra:password') }}"
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(42))

add("shell/ftp-password", "infra/scripts/envia_impremta.sh",
    "https://linux.die.net/man/1/lftp", """
#!/bin/bash
# Envia els PDF de les cobertes a la impremta (Gràfiques Vilanova) per FTP
set -e
ORIG=/srv/taller/cobertes/per-enviar
lftp -u rovira,@@secret@@ ftp.grafiquesvilanova.cat <<'FI'
set ftp:ssl-force true
set ssl:verify-certificate no
cd /entrada/rovira
mput /srv/taller/cobertes/per-enviar/*.pdf
bye
FI
mv "$ORIG"/*.pdf /srv/taller/cobertes/enviades/
""", words_pw())

add("python/ftp-password", "taller/pdf_a_impremta.py",
    "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Puja les proves de coberta a la impremta i avisa el client.\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

IMPREMTA = "ftp.grafiquesvilanova.cat"


def puja(pdf: Path) -> None:
    ftp = FTP_TLS(IMPREMTA)
    ftp.login("rovira-taller", "@@secret@@")
    ftp.prot_p()
    ftp.cwd("/entrada/rovira")
    with pdf.open("rb") as f:
        ftp.storbinary(f"STOR {pdf.name}", f)
    ftp.quit()


if __name__ == "__main__":
    for pdf in sorted(Path("/srv/taller/cobertes/per-enviar").glob("*.pdf")):
        puja(pdf)
        print("pujat", pdf.name)
""", rand_pw(16))

add("yaml/decoy-hash", "taller/cobertes/manifest.yml",
    "https://yaml.org/spec/1.2.2/", """
# Proves de coberta enviades a la impremta (generat automàticament)
enviament: 2024-04-08
impremta: Gràfiques Vilanova
fitxers:
  - nom: tesi-marti-ub-coberta.pdf
    pagines: 2
    sha256: @@h1@@
  - nom: llibre-receptes-familia-puig.pdf
    pagines: 4
    sha256: @@h2@@
  - nom: cataleg-fira-2024.pdf
    pagines: 8
    md5: @@h3@@
""", h1=sha256ish(), h2=sha256ish(), h3=hexs(32))

add("json/synology-password", "infra/nas/hyper-backup-task.json",
    "https://kb.synology.com/en-global/DSM/help/HyperBackup/data_backup_create", """
{
  "task_name": "Taller Gracia -> NAS Sabadell",
  "source": {
    "host": "nas-gracia.intern.rovira.cat",
    "folders": ["/volume1/taller", "/volume1/escanejos", "/volume1/comptabilitat"]
  },
  "destination": {
    "type": "rsync",
    "host": "nas-sbd.intern.rovira.cat",
    "port": 873,
    "module": "copies",
    "username": "hyperbackup",
    "password": "@@secret@@"
  },
  "schedule": {"time": "02:30", "days": ["mon", "tue", "wed", "thu", "fri", "sat"]},
  "rotation": {"keep_versions": 30},
  "encryption": false
}
""", rand_pw(18))

add("markdown/device-admin-password", "docs/taller/maquina-daurar.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Màquina de daurar (Kensol K-45) i ordinador de control

La màquina de daurar els lloms treballa amb l'ordinador petit del fons del taller.

- Ordinador: `TALLER-DAURAT` (Windows 10 IoT), usuari local `operari`.
- Contrasenya de l'usuari `operari`: @@secret@@
- Les plantilles de tipus (Garamond, Bodoni) són a `D:\\Plantilles`.
- Temperatura habitual: 110-120 graus per a pell, 95 per a tela.
- No actualitzar Windows sense avisar el Jordi: el controlador USB de la K-45 no funciona amb
  les versions noves.
""", words_pw())

add("csv/decoy-ids", "infra/inventari/terminals-tpv.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180", """
botiga,terminal,num_serie,fuc,terminal_redsys,uuid_dispositiu,alta
GIR01,TPV-GIR-01,X9-2211-01842,351482096,002,@@u1@@,2022-05-10
LLE01,TPV-LLE-01,X9-2211-01855,351482096,003,@@u2@@,2022-09-01
TGN01,TPV-TGN-01,X9-2304-00321,351482096,004,@@u3@@,2023-04-18
BCN02,TPV-BORN-01,X9-2304-00333,351482096,005,@@u4@@,2023-06-02
VIC01,TPV-VIC-01,X9-2409-00912,351482096,006,@@u5@@,2024-09-20
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("yaml/unifi-password", "infra/home-assistant/secrets.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant del taller (temperatura i humitat del magatzem de pells)
unifi_host: 10.10.0.2
unifi_username: hass
unifi_password: @@secret@@
latitude_taller: 41.4036
longitude_taller: 2.1579
sensor_pells_mac: "A4:C1:38:2F:91:0E"
""", words_pw())

add("yaml/decoy-secret-reference", "infra/home-assistant/configuration.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Taller Rovira
  latitude: !secret latitude_taller
  longitude: !secret longitude_taller
  unit_system: metric
  time_zone: Europe/Madrid

unifi:
  host: !secret unifi_host
  username: !secret unifi_username
  password: !secret unifi_password

sensor:
  - platform: template
    sensors:
      humitat_pells_alerta:
        value_template: "{{ states('sensor.magatzem_pells_humidity') | float > 60 }}"
""")

add("properties/sql-password", "tpv-java/src/main/resources/application-botiga.properties",
    "https://docs.spring.io/spring-boot/reference/data/sql.html", """
# Perfil per al TPV que funciona sense connexió a la botiga (base de dades local)
spring.datasource.url=jdbc:sqlserver://localhost:1433;databaseName=TPV_LOCAL;encrypt=false
spring.datasource.username=tpv_local
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
tpv.botiga=TGN01
tpv.sincronitza.cada=300s
""", words_pw())


# ---------------------------------------------------------------- cloud, containers, CI

add("terraform/aws-secret-access-key", "infra/terraform/providers.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "rovira-terraform-state"
    key    = "infra/terraform.tfstate"
    region = "eu-south-2"
  }
}

provider "aws" {
  region     = "eu-south-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
  default_tags {
    tags = { empresa = "rovira", entorn = "prod" }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable-reference", "infra/terraform/s3_escanejos.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables", """
# Bucket per als escanejos dels llibres restaurats (arxiu per als clients)
resource "aws_s3_bucket" "escanejos" {
  bucket = "rovira-escanejos-restauracio"
}

resource "aws_iam_access_key" "escaner_taller" {
  user = aws_iam_user.escaner_taller.name
  pgp_key = var.pgp_key_montse
}

output "escaner_secret" {
  value     = aws_iam_access_key.escaner_taller.encrypted_secret
  sensitive = true
}

variable "pgp_key_montse" {
  type        = string
  description = "keybase:montserovira"
}
""")

add("ini/aws-secret-access-key", "infra/escaner/.aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-south-2

[escanejos-lectura]
role_arn = arn:aws:iam::418277390154:role/escanejos-lectura
source_profile = default
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-secret-access-key", "taller/escanejos/puja_s3.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Puja els escanejos (TIFF i PDF) dels llibres restaurats al bucket de clients.\"\"\"
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-south-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "rovira-escanejos-restauracio"


def puja_carpeta(carpeta: Path, encarrec: str) -> int:
    n = 0
    for f in sorted(carpeta.glob("*.tif")) + sorted(carpeta.glob("*.pdf")):
        s3.upload_file(str(f), BUCKET, f"{encarrec}/{f.name}")
        n += 1
    return n
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/decoy-example-keys", "taller/escanejos/.env.sample",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Exemple: les claus reals les dona l'oficina. Aquests valors són els exemples de la documentació d'AWS.
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_DEFAULT_REGION=eu-south-2
BUCKET=rovira-escanejos-restauracio
""")

add("dockerfile/pypi-token", "eines/rovira-etiquetes/Dockerfile",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir build twine && python -m build
# publica el paquet intern a PyPI (rovira-etiquetes: generador d'etiquetes ZPL)
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN twine upload --skip-existing dist/*

FROM python:3.12-slim
COPY --from=build /src/dist/*.whl /tmp/
RUN pip install /tmp/*.whl
ENTRYPOINT ["rovira-etiquetes"]
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "eines/rovira-etiquetes/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${TESTPYPI_TOKEN}
""", fakes.pypi_token(_seed()))

add("toml/decoy-placeholder-token", "eines/rovira-etiquetes/pyproject.toml",
    "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "rovira-etiquetes"
version = "1.3.2"
description = "Etiquetes ZPL per als enviaments i els lloms de les tesis"
requires-python = ">=3.10"
dependencies = ["requests>=2.31", "pillow>=10"]

[tool.rovira.publicacio]
# el token de PyPI es llegeix de l'entorn: TWINE_PASSWORD (pypi-...)
repositori = "pypi"
token = "pypi-AgEIcHlwaS5vcmc..."
""")

add("github-actions/pypi-token", ".github/workflows/publica-etiquetes.yml",
    "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: Publica rovira-etiquetes
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: eines/rovira-etiquetes
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: "@@secret@@"
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-oidc-publishing", ".github/workflows/publica-etiquetes-oidc.yml",
    "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: Publica rovira-etiquetes (trusted publishing)
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
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build && python -m build eines/rovira-etiquetes
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: eines/rovira-etiquetes/dist
""")

add("shell/github-token", "infra/scripts/clona_repos_taller.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Clona els repositoris de l'organització al servidor del taller (còpia de seguretat setmanal)
set -euo pipefail
ORG=rovira-enquadernacions
TOKEN=@@secret@@
DESTI=/srv/copies/github

mkdir -p "$DESTI"
for repo in $(curl -s -H "Authorization: token $TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  if [ -d "$DESTI/$repo.git" ]; then
    git -C "$DESTI/$repo.git" remote update --prune
  else
    git clone --mirror "https://x-access-token:$TOKEN@github.com/$ORG/$repo.git" "$DESTI/$repo.git"
  fi
done
""", fakes.github_token(_seed()))

add("json/github-fine-grained-token", "botiga-headless/.vscode/mcp.json",
    "https://github.com/github/github-mcp-server", """
{
  "servers": {
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": {
        "GITHUB_PERSONAL_ACCESS_TOKEN": "@@secret@@"
      }
    }
  }
}
""", fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", "infra/renovate/config.yml",
    "https://docs.renovatebot.com/self-hosted-configuration/", """
# Renovate per als repositoris del GitLab intern (gitlab.rovira.cat)
platform: gitlab
endpoint: https://gitlab.rovira.cat/api/v4/
token: @@secret@@
autodiscover: true
autodiscoverFilter:
  - "botigues/*"
  - "taller/*"
onboarding: true
prHourlyLimit: 4
timezone: Europe/Madrid
schedule: ["before 7am on monday"]
""", gitlab_token())

add("compose/postgres-password", "botiga-headless/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: botiga
      POSTGRES_USER: botiga
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - dbdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    ports: ["3000:3000"]
    environment:
      DATABASE_URL: postgresql://botiga:@@secret@@@db:5432/botiga
      DEFAULT_LOCALE: ca
volumes:
  dbdata:
""", rand_pw(20))

add("compose/decoy-env-reference", "comptabilitat/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  verifactu:
    image: registry.rovira.cat/verifactu:1.4
    env_file: .env
    environment:
      HOLDED_API_KEY: ${HOLDED_API_KEY:?cal la clau de Holded}
      AEAT_CERT_PASSWORD_FILE: /run/secrets/aeat_cert_password
    secrets:
      - aeat_cert_password
    volumes:
      - /etc/rovira/certs:/certs:ro
secrets:
  aeat_cert_password:
    file: ./secrets/aeat_cert_password.txt
""")

add("compose/redis-password", "sync-estoc/docker-compose.prod.yml",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    ports:
      - "127.0.0.1:6379:6379"
  worker:
    image: registry.rovira.cat/sync-estoc:3.1
    environment:
      REDIS_URL: redis://default:@@secret@@@redis:6379/0
      CUA: estoc
    depends_on: [redis]
""", fakes.redis_password(_seed()))

_REDIS_K8S = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/sync-estoc/secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: sync-estoc
  namespace: botigues
type: Opaque
data:
  REDIS_URL: @@enc@@
  CUA: ZXN0b2M=
""", _REDIS_K8S, enc=b64(f"redis://default:{_REDIS_K8S}@redis.botigues.svc:6379/0"))

add("k8s-secret/prestashop-webservice-key", "deploy/k8s/sync-estoc/secret-prestashop.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: prestashop-ws
  namespace: botigues
  labels:
    app: sync-estoc
type: Opaque
stringData:
  PRESTASHOP_URL: https://www.roviraenquadernacions.cat
  PRESTASHOP_KEY: @@secret@@
""", prestashop_key())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/botiga/sealed-stripe.yaml",
    "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: botigues
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@e1@@
    STRIPE_WEBHOOK_SECRET: @@e2@@
  template:
    metadata:
      name: stripe
      namespace: botigues
""", e1="AgB" + b64_bytes(270), e2="AgC" + b64_bytes(240))

add("k8s-secret/decoy-empty-values", "deploy/k8s/comptabilitat/secret-template.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Plantilla: els valors es posen amb `kubectl create secret` al clúster, mai aquí.
apiVersion: v1
kind: Secret
metadata:
  name: comptabilitat
  namespace: oficina
type: Opaque
stringData:
  HOLDED_API_KEY: ""
  AEAT_CERT_PASSWORD: ""
  SMTP_PASSWORD: ""
""")

add("dockerfile/decoy-build-secret", "sync-estoc/Dockerfile",
    "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# l'índex privat de paquets es llegeix d'un secret de build, no queda a la imatge
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt
COPY . .
ENV CUA=estoc
CMD ["python", "-m", "sync_estoc.worker"]
""")

add("dockerfile/npm-token", "botiga-headless/Dockerfile",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# paquet privat @rovira/disseny (components de la botiga)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/node_modules ./node_modules
COPY package.json .
CMD ["npm", "start"]
""", npm_token())

add("gitlab-ci/decoy-ci-variable", "taller/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/", """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
  script:
    - rsync -az ./ deploy@taller.intern.rovira.cat:/srv/taller/
""")

_DEPLOY_KEY = openssh_key()
add("gitlab-ci/ssh-private-key", "botiga/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/jobs/ssh_keys.html", """
deploy_prod:
  stage: deploy
  image: alpine:3.20
  variables:
    DEPLOY_HOST: web1.rovira.cat
    DEPLOY_KEY: |
@@key@@
  script:
    - apk add --no-cache openssh-client rsync
    - mkdir -p ~/.ssh && echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519
    - rsync -az --exclude var/cache ./ deploy@$DEPLOY_HOST:/srv/prestashop/
  only: [main]
""", _DEPLOY_KEY, key=indent(_DEPLOY_KEY, 6))


# ---------------------------------------------------------------- messaging, monitoring, web

add("python/telegram-bot-token", "bots/encarrecs_bot/bot.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Bot de Telegram del taller: els enquadernadors marquen els encàrrecs com a fets.\"\"\"
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from taller.encarrecs import marca_fet

TOKEN = "@@secret@@"
logging.basicConfig(level=logging.INFO)


async def fet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("Ús: /fet ENC-2024-0123")
        return
    ref = context.args[0].upper()
    marca_fet(ref, per=update.effective_user.username)
    await update.message.reply_text(f"Fet! {ref} marcat com a acabat.")


app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("fet", fet))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "infra/scripts/avisa_copia_fallida.sh",
    "https://core.telegram.org/bots/api#sendmessage", """
#!/bin/sh
# Cridat per Hyper Backup quan una tasca falla: avisa al grup "IT Rovira"
MISSATGE="Còpia fallida a $(hostname): $1"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001874420931 \\
  --data-urlencode text="$MISSATGE" > /dev/null
""", fakes.telegram_token(_seed()))

add("json/decoy-chat-ids", "bots/encarrecs_bot/grups.json",
    "https://core.telegram.org/bots/api#chat", """
{
  "grups": {
    "taller_gracia": -1001874420931,
    "magatzem_sabadell": -1002210093344,
    "oficina": -1001559930021
  },
  "administradors": [184402231, 991203874],
  "token": "llegit de TELEGRAM_BOT_TOKEN",
  "missatge_benvinguda": "Benvinguts al bot del taller! Feu servir /fet per tancar un encàrrec."
}
""")

add("yaml/slack-webhook", "infra/alertmanager/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: slack-it
  group_by: [alertname, botiga]
  routes:
    - matchers: [severity="critical"]
      receiver: slack-it
receivers:
  - name: slack-it
    slack_configs:
      - api_url: @@secret@@
        channel: "#it-botigues"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} ({{ .CommonLabels.botiga }})"
""", slack_webhook())

add("python/slack-bot-token", "bots/resum_vendes.py",
    "https://api.slack.com/authentication/token-types#bot", """
\"\"\"Resum de vendes diari de cada botiga al canal #vendes.\"\"\"
from slack_sdk import WebClient

from comptabilitat.vendes import vendes_ahir

client = WebClient(token="@@secret@@")

BOTIGUES = {"GIR01": "Girona", "LLE01": "Lleida", "TGN01": "Tarragona", "BCN02": "Born", "VIC01": "Vic"}


def main() -> None:
    linies = ["*Vendes d'ahir*"]
    for codi, nom in BOTIGUES.items():
        v = vendes_ahir(codi)
        linies.append(f"• {nom}: {v.total:.2f} € ({v.tiquets} tiquets)")
    client.chat_postMessage(channel="#vendes", text="\\n".join(linies))


if __name__ == "__main__":
    main()
""", slack_bot())

add("typescript/discord-webhook", "botiga-headless/scripts/avisa-estoc-baix.ts",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
// Avisa al Discord de l'equip de compres quan un article baixa de 5 unitats
import { articlesEstocBaix } from "../src/lib/estoc";

const WEBHOOK = "@@secret@@";

async function main() {
  const articles = await articlesEstocBaix(5);
  if (articles.length === 0) return;
  const contingut = articles.map((a) => `- ${a.sku} ${a.nom}: ${a.estoc} u.`).join("\\n");
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Estoc", content: `Estoc baix:\\n${contingut}` }),
  });
}

main();
""", discord_webhook())

add("javascript/decoy-sentry-dsn", "botiga-headless/sentry.client.config.js",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
// El DSN és públic (va al navegador); no permet llegir cap dada de Sentry.
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@k@@@o4506812345678912.ingest.de.sentry.io/4506812349873152",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_ENTORN ?? "produccio",
});
""", k=hexs(32))

add("env/sentry-auth-token", "botiga-headless/.env.sentry-build-plugin",
    "https://docs.sentry.io/product/accounts/auth-tokens/", """
# DO NOT commit this file to your repository!
# The SENTRY_AUTH_TOKEN variable is picked up by the Sentry Build Plugin.
SENTRY_AUTH_TOKEN=@@secret@@
# afegit per l'Arnau: org i projecte per pujar els source maps
SENTRY_ORG=rovira-enquadernacions
SENTRY_PROJECT=botiga-headless
""", sentry_auth())

add("yaml/datadog-api-key", "infra/datadog/datadog.yaml",
    "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Agent de Datadog del servidor de la botiga en línia (web1)
api_key: @@secret@@
site: datadoghq.eu
hostname: web1.rovira.cat
tags:
  - empresa:rovira
  - servei:botiga
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", datadog_key())

add("html/decoy-site-key", "botiga/themes/rovira/templates/contact/contact-form.tpl",
    "https://developers.google.com/recaptcha/docs/display", """
{* Formulari de contacte: la clau del lloc de reCAPTCHA és pública per disseny *}
<form action="{$urls.pages.contact}" method="post" class="contacte">
  <label for="nom">{l s='Nom' d='Shop.Forms.Labels'}</label>
  <input type="text" id="nom" name="from_name" required>
  <label for="email">{l s='Correu' d='Shop.Forms.Labels'}</label>
  <input type="email" id="email" name="from" required>
  <textarea name="message" rows="6"></textarea>
  <div class="g-recaptcha" data-sitekey="6L@@sk@@"></div>
  <button type="submit" name="submitMessage">{l s='Envia' d='Shop.Theme.Actions'}</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?hl=ca" async defer></script>
""", sk="c" + fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("php/recaptcha-secret-key", "botiga/modules/roviracontacte/roviracontacte.php",
    "https://developers.google.com/recaptcha/docs/verify", """
<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

class RoviraContacte extends Module
{
    const RECAPTCHA_SECRET = '@@secret@@';

    public function verifica(string $resposta, string $ip): bool
    {
        $res = Tools::file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
            'secret' => self::RECAPTCHA_SECRET,
            'response' => $resposta,
            'remoteip' => $ip,
        ]));
        $json = json_decode($res, true);
        return !empty($json['success']);
    }
}
""", "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("javascript/decoy-firebase-config", "app-fidelitat-web/src/firebase.js",
    "https://firebase.google.com/docs/projects/api-keys", """
// Configuració web de Firebase: aquests valors són públics (identifiquen el projecte).
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "@@ak@@",
  authDomain: "rovira-fidelitat.firebaseapp.com",
  projectId: "rovira-fidelitat",
  storageBucket: "rovira-fidelitat.appspot.com",
  messagingSenderId: "811204937215",
  appId: "1:811204937215:web:@@app@@",
  measurementId: "G-@@ga@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", ak=google_api_key(), app=hexs(22), ga=ups(10))

_GCP_KEY = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "app-fidelitat/functions/service-account.json",
    "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "rovira-fidelitat",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "notificacions@rovira-fidelitat.iam.gserviceaccount.com",
  "client_id": "104883912073346120971",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/notificacions%40rovira-fidelitat.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _GCP_KEY, kid=hexs(40), pk=_GCP_KEY)

add("python/google-maps-server-key", "botigues/geocodifica_clients.py",
    "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
\"\"\"Geocodifica les adreces dels clients del taller per al mapa de repartiment (clau de servidor).\"\"\"
import csv

import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")

with open("clients_taller.csv", newline="", encoding="utf-8") as f, \\
        open("clients_geo.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["client", "lat", "lng"])
    for fila in csv.DictReader(f):
        res = gmaps.geocode(f"{fila['adreca']}, {fila['poblacio']}, Catalunya")
        if res:
            loc = res[0]["geometry"]["location"]
            w.writerow([fila["client"], loc["lat"], loc["lng"]])
""", google_api_key())

add("php/decoy-wordpress-salts-env", "blog/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config/", """
<?php
// Blog "Fulls de la Rovira" (WordPress). Tots els secrets venen de l'entorn del contenidor.
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'mysql' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         getenv('WORDPRESS_AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('WORDPRESS_SECURE_AUTH_KEY') );
define( 'LOGGED_IN_KEY',    getenv('WORDPRESS_LOGGED_IN_KEY') );
define( 'NONCE_KEY',        getenv('WORDPRESS_NONCE_KEY') );

$table_prefix = 'frov_';
define( 'WPLANG', 'ca' );
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("php/mysql-password", "blog/wp-config-local.php",
    "https://developer.wordpress.org/apis/wp-config/#database-password", """
<?php
// Configuració del blog al servidor antic (abans de passar a contenidors)
define( 'DB_NAME', 'fullsrovira_wp' );
define( 'DB_USER', 'fullsrovira' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'frov_';
define( 'WP_DEBUG', false );
""", words_pw())

add("python/django-secret-key", "reserves_tallers/reserves/settings/prod.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
\"\"\"Reserves dels tallers d'enquadernació (Django) - producció.\"\"\"
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["tallers.roviraenquadernacions.cat"]
LANGUAGE_CODE = "ca"
TIME_ZONE = "Europe/Madrid"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reserves",
        "USER": "reserves",
        "HOST": "pg.intern.rovira.cat",
    }
}
CSRF_TRUSTED_ORIGINS = ["https://tallers.roviraenquadernacions.cat"]
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference-django", "reserves_tallers/reserves/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "tallers",
]
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_HOST_USER = "tallers@roviraenquadernacions.cat"
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = True
LANGUAGE_CODE = "ca"
""")

add("env/laravel-app-key", "intranet/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Intranet Rovira"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://intranet.rovira.cat
APP_LOCALE=ca

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=intranet
DB_USERNAME=intranet
DB_PASSWORD=

MAIL_MAILER=log
""", b64_bytes(32))

add("env/mysql-password", "intranet/.env.staging",
    "https://laravel.com/docs/11.x/database#configuration", """
APP_NAME="Intranet Rovira (proves)"
APP_ENV=staging
APP_DEBUG=true
APP_URL=https://intranet-proves.rovira.cat
DB_CONNECTION=mysql
DB_HOST=mysql-proves.intern.rovira.cat
DB_PORT=3306
DB_DATABASE=intranet_proves
DB_USERNAME=intranet
DB_PASSWORD="@@secret@@"
QUEUE_CONNECTION=database
""", words_pw())

add("ruby/mapbox-secret-token", "mapa-botigues/lib/tasks/tiles.rake",
    "https://docs.mapbox.com/api/accounts/tokens/", """
# Puja el tileset de les botigues i punts de recollida a Mapbox
require "mapbox-sdk"

namespace :mapa do
  desc "Actualitza el tileset de botigues"
  task tiles: :environment do
    Mapbox.access_token = "@@secret@@"
    fonts = Botiga.actives.map { |b| { type: "Feature", geometry: { type: "Point", coordinates: [b.lng, b.lat] },
                                        properties: { nom: b.nom, horari: b.horari } } }
    Mapbox::Tileset.upload("rovira-llibres.botigues", { type: "FeatureCollection", features: fonts })
    puts "Tileset actualitzat (#{fonts.size} botigues)"
  end
end
""", mapbox_secret())

add("javascript/decoy-public-token", "mapa-botigues/app/javascript/mapa.js",
    "https://docs.mapbox.com/help/getting-started/access-tokens/", """
// Mapa de botigues de la web. El token públic (pk.) està restringit a roviraenquadernacions.cat.
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "pk.@@p1@@.@@p2@@";

export function mostraMapa(el) {
  const mapa = new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/rovira-llibres/clt0w2m4s00ab01qz7hd3e5f1",
    center: [2.17, 41.6],
    zoom: 7.2,
  });
  mapa.addControl(new mapboxgl.NavigationControl());
  return mapa;
}
""", p1=base64.urlsafe_b64encode(b'{"u":"rovira-llibres","a":"clt0vz8q900aa01qzbx3d7k2p"}').decode().rstrip("="), p2=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("python/openai-api-key", "botiga/eines/descripcions_productes.py",
    "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Genera descripcions en català dels quaderns nous a partir de la fitxa del proveïdor.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Ets l'equip de la Papereria Rovira. Escriu una descripció de producte en català, "
    "de 60 paraules com a màxim, amb to proper. Fitxa: {fitxa}"
)


def descripcio(fitxa: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(fitxa=fitxa)}],
        temperature=0.6,
    )
    return r.choices[0].message.content.strip()
""", fakes.openai_key(_seed()))

add("python/algolia-admin-key", "botiga/eines/indexa_cataleg.py",
    "https://www.algolia.com/doc/guides/security/api-keys/", """
\"\"\"Indexa el catàleg a Algolia (cercador de la botiga). Cal la clau d'administració per escriure.\"\"\"
from algoliasearch.search.client import SearchClientSync

APP_ID = "R0V1RA7Q2K"
ADMIN_KEY = "@@secret@@"

client = SearchClientSync(APP_ID, ADMIN_KEY)


def indexa(productes: list[dict]) -> None:
    objectes = [{"objectID": p["sku"], "nom": p["nom"], "categoria": p["categoria"], "preu": p["preu"]}
                for p in productes]
    client.save_objects(index_name="cataleg_ca", objects=objectes)
""", hexs(32))

add("javascript/decoy-search-only-key", "botiga/themes/rovira/assets/js/cercador.js",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
// Cercador instantani de la botiga. La clau "search-only" és pública per disseny.
import { liteClient as algoliasearch } from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

const searchClient = algoliasearch("R0V1RA7Q2K", "@@k@@");

const search = instantsearch({ indexName: "cataleg_ca", searchClient });
search.addWidgets([
  searchBox({ container: "#cerca", placeholder: "Cerca quaderns, plomes, paper..." }),
  hits({ container: "#resultats" }),
]);
search.start();
""", k=hexs(32))


# ---------------------------------------------------------------- data, notebooks, docs and runbooks

add("notebook/postgres-password", "analisi/vendes_per_botiga.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Vendes per botiga i família de producte (2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql+psycopg2://analisi:@@secret@@@pg.intern.rovira.cat:5432/tpv\\")\\n",
    "df = pd.read_sql(\\"SELECT botiga, familia, sum(import) AS total FROM linies_tiquet GROUP BY 1, 2\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot(index=\\"familia\\", columns=\\"botiga\\", values=\\"total\\").round(0)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analisi/clients_taller.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass(\\"Contrasenya de la BD d'Odoo: \\")\\n",
    "engine = create_engine(f\\"postgresql+psycopg2://analisi:{pw}@pg-odoo.intern.rovira.cat:5432/taller\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["encarrecs = pd.read_sql(\\"SELECT tipus, count(*) FROM rovira_encarrec GROUP BY tipus\\", engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/holded-api-key", "analisi/marges_holded.ipynb",
    "https://developers.holded.com/reference/list-documents-1", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["1284 factures carregades\\n"]}
   ],
   "source": [
    "import requests, pandas as pd\\n",
    "H = {\\"key\\": \\"@@secret@@\\"}\\n",
    "r = requests.get(\\"https://api.holded.com/api/invoicing/v1/documents/invoice\\", headers=H)\\n",
    "factures = pd.DataFrame(r.json())\\n",
    "print(len(factures), \\"factures carregades\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hexs(32))

add("sql/postgres-password", "infra/postgres/002_rols.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Rols de la base de dades dels TPV
CREATE ROLE tpv LOGIN PASSWORD '@@secret@@';
CREATE ROLE analisi LOGIN PASSWORD NULL;  -- entra amb certificat
CREATE ROLE sync_estoc LOGIN IN ROLE tpv;

GRANT CONNECT ON DATABASE tpv TO tpv, analisi;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analisi;
GRANT SELECT, INSERT, UPDATE ON tiquet, linies_tiquet, factura_tpv TO tpv;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analisi;
""", words_pw())

add("sql/decoy-password-hash", "reserves_tallers/fixtures/usuaris_proves.sql",
    "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Usuaris de proves per a l'entorn local (contrasenya de tots: la de l'entorn local, "proves")
INSERT INTO auth_user (username, email, is_staff, is_superuser, password, date_joined) VALUES
('montse', 'montse@roviraenquadernacions.cat', true, true,
 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', now()),
('jordi', 'jordi@roviraenquadernacions.cat', true, false,
 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', now()),
('alumne1', 'alumne1@example.com', false, false, '!unusable', now());
""", s1=fakes.drawn(_seed(), 22), h1=b64_bytes(32)[:43], s2=fakes.drawn(_seed(), 22), h2=b64_bytes(32)[:43])

add("sql/decoy-ean-codes", "botiga/sql/import_articles_proveidor.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/insert.html", """
-- Articles nous del proveïdor (Clairefontaine i Leuchtturm), importats el 2024-02-12
INSERT INTO ps_product (reference, ean13, price, id_category_default, active) VALUES
('CF-8562C', '3329680856208', 4.95, 12, 1),
('CF-8582C', '3329680858202', 5.45, 12, 1),
('LT-344786', '4004117608014', 21.90, 14, 1),
('LT-357679', '4004117585513', 21.90, 14, 1);

UPDATE ps_product SET id_supplier = 7 WHERE reference LIKE 'CF-%';
UPDATE ps_product SET id_supplier = 9 WHERE reference LIKE 'LT-%';
""")

add("csv/smtp-password", "infra/inventari/comptes-correu-botigues.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180", """
compte,servei,usuari,contrasenya,responsable,notes
tiquets@papereriarovira.cat,Microsoft 365,tiquets@papereriarovira.cat,(1Password),Oficina,TPV envia tiquets
escaner.born@papereriarovira.cat,Microsoft 365,escaner.born@papereriarovira.cat,@@secret@@,Botiga Born,multifunció Ricoh
tallers@roviraenquadernacions.cat,Microsoft 365,tallers@roviraenquadernacions.cat,(1Password),Taller,reserves
hola@roviraenquadernacions.cat,Microsoft 365,hola@roviraenquadernacions.cat,(1Password),Montse,bústia general
""", words_pw())

add("csv/decoy-export-uuids", "analisi/exports/clients-fidelitat-anonimitzat.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180", """
id_client,alta,botiga_habitual,punts,ultima_compra,hash_email
@@u1@@,2022-03-14,GIR01,1240,2024-03-01,@@h1@@
@@u2@@,2022-07-02,BCN02,310,2024-02-18,@@h2@@
@@u3@@,2023-01-20,LLE01,95,2023-12-22,@@h3@@
@@u4@@,2023-11-05,VIC01,40,2024-03-03,@@h4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("log/smtp-password", "infra/logs/tpv-gir01-2024-03-04.log",
    "https://docs.python.org/3/library/smtplib.html", """
2024-03-04 09:00:02,114 INFO tpv.inici botiga=GIR01 versio=5.2.1
2024-03-04 09:00:02,301 INFO tpv.impressora connectada 192.168.20.41
2024-03-04 09:14:55,812 INFO tpv.tiquet TK24-004417 total=12.40
2024-03-04 09:15:01,077 ERROR tpv.correu no s'ha pogut enviar el tiquet TK24-004417
2024-03-04 09:15:01,078 DEBUG tpv.correu config={'servidor': 'smtp.office365.com', 'port': 587, 'usuari': 'tiquets@papereriarovira.cat', 'contrasenya': '@@secret@@'}
2024-03-04 09:15:01,079 ERROR tpv.correu smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful')
2024-03-04 09:31:20,640 INFO tpv.tiquet TK24-004418 total=3.95
""", words_pw())

add("log/decoy-request-ids", "infra/logs/nginx-botiga-access.log",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
203.0.113.41 - - [04/Mar/2024:10:12:01 +0100] "GET /ca/quaderns/123-quadern-cosit-a5.html HTTP/2.0" 200 18422 "-" "Mozilla/5.0" rid=@@r1@@
203.0.113.41 - - [04/Mar/2024:10:12:02 +0100] "GET /themes/rovira/assets/css/theme.css?v=@@v@@ HTTP/2.0" 200 90211 "-" "Mozilla/5.0" rid=@@r2@@
198.51.100.7 - - [04/Mar/2024:10:12:09 +0100] "POST /module/rovirapagament/notifica HTTP/1.1" 200 2 "-" "Redsys" rid=@@r3@@
198.51.100.7 - - [04/Mar/2024:10:12:10 +0100] "GET /ca/comanda/ok?Ds_Order=2024A1882 HTTP/2.0" 200 7720 "-" "Mozilla/5.0" rid=@@r4@@
192.0.2.55 - - [04/Mar/2024:10:13:44 +0100] "GET /api/products?ws_key=HIDDEN HTTP/1.1" 401 62 "-" "curl/8.5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), v=hexs(8))

add("log/prestashop-webservice-key", "infra/logs/nginx-botiga-access-2024-02-27.log",
    "https://devdocs.prestashop-project.org/8/webservice/tutorials/testing-access/", """
192.0.2.55 - - [27/Feb/2024:06:00:01 +0100] "GET /api/stock_availables?display=full&ws_key=@@secret@@&output_format=JSON HTTP/1.1" 200 44120 "-" "python-requests/2.31.0"
192.0.2.55 - - [27/Feb/2024:06:00:03 +0100] "PUT /api/stock_availables/1882?ws_key=@@secret@@ HTTP/1.1" 200 611 "-" "python-requests/2.31.0"
203.0.113.41 - - [27/Feb/2024:06:02:17 +0100] "GET /ca/ HTTP/2.0" 200 31877 "-" "Mozilla/5.0"
203.0.113.41 - - [27/Feb/2024:06:02:18 +0100] "GET /ca/2-papereria HTTP/2.0" 200 28410 "-" "Mozilla/5.0"
198.51.100.7 - - [27/Feb/2024:06:05:41 +0100] "POST /module/rovirapagament/notifica HTTP/1.1" 200 2 "-" "Redsys"
""", prestashop_key())

add("markdown/ldap-bind-password", "docs/it/incidencia-ad-gener.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Incidència: els TPV no validaven usuaris (15 de gener)

**Resum:** el compte de servei `svc-tpv` tenia la contrasenya caducada i els TPV no podien
consultar el directori actiu per validar els dependents.

## Què vam fer
1. Vam renovar la contrasenya de `CN=svc-tpv,OU=Serveis,DC=intern,DC=rovira,DC=cat`.
2. Nova contrasenya (provisional, canviar-la quan tornem de la fira): `@@secret@@`
3. La vam posar a `C:\\ProgramData\\RoviraTPV\\ldap.ini` a cada TPV.
4. Vam marcar el compte amb "la contrasenya no caduca".

## Pendent
- Passar els TPV a autenticar amb certificat en lloc de contrasenya.
""", words_pw())

add("markdown/decoy-placeholder-runbook", "docs/it/alta-botiga-nova.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Alta d'una botiga nova al sistema

1. Crea el terminal a Redsys (el banc envia el FUC i el número de terminal).
2. Desa la clau SHA-256 **només** al vault: `vault kv put botiga/prod/redsys-<codi> sha256=<clau>`.
3. Crea l'usuari de la botiga a l'AD:
   ```
   New-ADUser -Name "tpv-<codi>" -AccountPassword (Read-Host -AsSecureString "Contrasenya")
   ```
4. Afegeix la botiga a `infra/ansible/inventory/botigues.yml` i executa `ansible-playbook botiga.yml -l <codi>`.
5. Comprova que el TPV imprimeix i que el tiquet arriba per correu.
6. Apunta el FUC i el terminal a `docs/botigues/<codi>.md` (no són secrets: surten als tiquets).
""")

add("markdown/sftp-password", "docs/proveidors/distribuidora-paper.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Distribuïdora de paper (Papers Vallès): intercanvi de comandes

Cada dilluns el magatzem de Sabadell envia la comanda setmanal en format EDI (ORDERS D96A).

| | |
|---|---|
| Servidor | `sftp.papersvalles.com` port 2222 |
| Usuari | `rovira_edi` |
| Contrasenya | `@@secret@@` |
| Carpeta d'entrada | `/in/orders` |
| Carpeta de sortida (albarans DESADV) | `/out/desadv` |

Contacte tècnic: Pere (93 000 00 00). Si canvien la contrasenya avisen per correu a compres@.
""", words_pw())

add("markdown/decoy-doc-example", "eines/rovira-etiquetes/README.md",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
# rovira-etiquetes

Genera etiquetes ZPL per als enviaments i per als lloms de les tesis.

```bash
pip install rovira-etiquetes
rovira-etiquetes enviament --comanda PR-24-01877 --impressora 10.30.0.52
```

## Publicar una versió
Els tags `v*` publiquen a PyPI amb trusted publishing. Si cal fer-ho a mà:

```ini
[pypi]
username = __token__
password = pypi-<el-teu-token>
```

No deixis mai el token en aquest repositori.
""")

add("markdown/github-token", "docs/it/traspas-it-2024.md",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# Traspàs d'IT (Oriol -> Laia), març 2024

## Accessos
- GitHub, organització `rovira-enquadernacions`: ja ets propietària.
- El servidor de còpies clona els repos amb un token meu (classic, scope `repo`):
  `@@secret@@` - caduca el juny, cal substituir-lo per una GitHub App.
- GitLab intern: compte `laia.soler` creat, grup `botigues` com a Maintainer.
- Hetzner: t'he convidat al projecte "Rovira".

## Coses que sempre fallen
- La Zebra de Sabadell perd la IP fixa si es talla la llum.
- El TPV de Lleida necessita reiniciar-se cada dilluns.
""", fakes.github_token(_seed()))

add("yaml/decoy-sops-encrypted", "infra/sops/secrets.prod.yaml",
    "https://github.com/getsops/sops", """
redsys:
    sha256: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
holded:
    api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBmN2lIYmx4WmdqVDNlM0xa
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-01T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64_bytes(32), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(24), iv2=b64_bytes(32), t2=b64_bytes(16),
    m=b64_bytes(48), iv3=b64_bytes(32), t3=b64_bytes(16))

add("xml/decoy-placeholder", "tpv-java/src/main/resources/logback-spring.xml",
    "https://logback.qos.ch/manual/configuration.html", """
<configuration>
  <springProperty name="smtpPassword" source="tpv.alertes.smtp-password" defaultValue=""/>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <appender name="CORREU" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alertes@papereriarovira.cat</username>
    <password>${smtpPassword}</password>
    <to>it@roviraenquadernacions.cat</to>
    <subject>TPV: %logger{20} - %m</subject>
  </appender>
  <root level="INFO">
    <appender-ref ref="CONSOLE"/>
    <appender-ref ref="CORREU"/>
  </root>
</configuration>
""")

add("xml/smtp-password", "tpv-java/src/main/resources/logback-botiga-lleida.xml",
    "https://logback.qos.ch/manual/appenders.html#SMTPAppender", """
<configuration>
  <appender name="CORREU" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alertes@papereriarovira.cat</username>
    <password>@@secret@@</password>
    <to>it@roviraenquadernacions.cat</to>
    <subject>TPV Lleida: %logger{20} - %m</subject>
  </appender>
  <root level="WARN">
    <appender-ref ref="CORREU"/>
  </root>
</configuration>
""", words_pw())

add("plist/decoy-client-id", "AppRovira/AppRovira/Info.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Rovira</string>
    <key>CFBundleDevelopmentRegion</key>
    <string>ca</string>
    <key>GIDClientID</key>
    <string>811204937215-@@cid@@.apps.googleusercontent.com</string>
    <key>CFBundleURLTypes</key>
    <array>
        <dict>
            <key>CFBundleURLSchemes</key>
            <array><string>com.googleusercontent.apps.811204937215-@@cid@@</string></array>
        </dict>
    </array>
</dict>
</plist>
""", cid=fakes.drawn(_seed(), 32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("plist/revenuecat-secret", "AppRovira/AppRovira/Secrets.plist",
    "https://www.revenuecat.com/docs/welcome/authentication", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>BackendURL</key>
    <string>https://api.papereriarovira.cat</string>
    <key>RevenueCatSecretKey</key>
    <string>@@secret@@</string>
    <key>Environment</key>
    <string>production</string>
</dict>
</plist>
""", "sk_" + fakes.drawn_mixed(_seed(), 28))

add("swift/decoy-bundle-ids", "AppRovira/AppRovira/Config/AppConfig.swift",
    "https://developer.apple.com/documentation/foundation/bundle", """
import Foundation

enum AppConfig {
    static let bundleID = "cat.papereriarovira.app"
    static let appStoreID = "6478123904"
    static let teamID = "Q7R2X9K4LM"
    static let deviceCheckKeyID = "8VQ3T2LM9K"
    static let apiBase = URL(string: "https://api.papereriarovira.cat")!
    static let pushTopic = "cat.papereriarovira.app.voip"
    static let supportEmail = "app@papereriarovira.cat"
}
""")

add("swift/api-key", "AppRovira/AppRovira/Serveis/BackendClient.swift",
    "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

final class BackendClient {
    static let shared = BackendClient()
    private let base = URL(string: "https://api.papereriarovira.cat")!
    // clau interna del backend de l'app (la mateixa que fa servir el TPV)
    private let apiKey = "@@secret@@"

    func punts(client: String) async throws -> Int {
        var req = URLRequest(url: base.appendingPathComponent("fidelitat/\\(client)/punts"))
        req.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: req)
        return try JSONDecoder().decode([String: Int].self, from: data)["punts"] ?? 0
    }
}
""", "rvk_live_" + fakes.drawn_mixed(_seed(), 40))


# ---------------------------------------------------------------- services in many languages

add("go/postgres-password", "serveis/api-fidelitat/internal/db/db.go",
    "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package db

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

const (
	host   = "pg.intern.rovira.cat"
	port   = 5432
	usuari = "fidelitat"
	// TODO(laia): llegir-ho de l'entorn
	contrasenya = "@@secret@@"
	baseDades   = "fidelitat"
)

func Connecta(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=require", usuari, contrasenya, host, port, baseDades)
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(20))

add("go/decoy-env-reference", "serveis/api-fidelitat/internal/config/config.go",
    "https://pkg.go.dev/os#Getenv", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DatabaseURL string
	APIKey      string
	Port        string
}

func Load() (Config, error) {
	c := Config{
		DatabaseURL: os.Getenv("FIDELITAT_DATABASE_URL"),
		APIKey:      os.Getenv("FIDELITAT_API_KEY"),
		Port:        envOr("PORT", "8080"),
	}
	if c.DatabaseURL == "" || c.APIKey == "" {
		return c, fmt.Errorf("falten FIDELITAT_DATABASE_URL o FIDELITAT_API_KEY")
	}
	return c, nil
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("go/sumup-api-key", "serveis/conciliacio/sumup.go",
    "https://developer.sumup.com/api", """
package main

import (
	"encoding/json"
	"net/http"
	"time"
)

// Fira del Llibre i mercats: cobrem amb els lectors SumUp. Aquí baixem les transaccions.
const sumupKey = "@@secret@@"

type transaccio struct {
	ID      string  `json:"id"`
	Import  float64 `json:"amount"`
	Estat   string  `json:"status"`
	Creacio string  `json:"timestamp"`
}

func transaccionsAhir() ([]transaccio, error) {
	ahir := time.Now().AddDate(0, 0, -1).Format("2006-01-02")
	req, _ := http.NewRequest("GET", "https://api.sumup.com/v0.1/me/transactions/history?oldest_time="+ahir, nil)
	req.Header.Set("Authorization", "Bearer "+sumupKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct{ Items []transaccio `json:"items"` }
	return out.Items, json.NewDecoder(resp.Body).Decode(&out)
}
""", "sup_sk_" + fakes.drawn_mixed(_seed(), 32))

add("rust/redis-password", "serveis/cua-etiquetes/src/main.rs",
    "https://docs.rs/redis/latest/redis/#connection-parameters", """
use redis::Commands;
use std::{thread, time::Duration};

// Cua d'etiquetes per imprimir a la Zebra del magatzem
const REDIS_URL: &str = "redis://:@@secret@@@10.30.0.10:6379/2";

fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    loop {
        let feina: Option<String> = con.lpop("etiquetes", None)?;
        match feina {
            Some(zpl) => imprimeix(&zpl),
            None => thread::sleep(Duration::from_secs(2)),
        }
    }
}

fn imprimeix(zpl: &str) {
    use std::io::Write;
    if let Ok(mut s) = std::net::TcpStream::connect("10.30.0.52:9100") {
        let _ = s.write_all(zpl.as_bytes());
    }
}
""", fakes.redis_password(_seed()))

add("rust/decoy-test-constant", "serveis/cua-etiquetes/src/zpl.rs",
    "https://docs.rs/", """
/// Genera l'etiqueta d'enviament en ZPL (100x150 mm, 203 dpi).
pub fn etiqueta(comanda: &str, nom: &str, cp: &str, seguiment: &str) -> String {
    format!(
        "^XA^CI28^FO40,40^A0N,40,40^FD{nom}^FS^FO40,100^A0N,30,30^FD{cp}^FS\\
         ^FO40,160^BY3^BCN,120,Y,N,N^FD{seguiment}^FS^FO40,330^A0N,24,24^FD{comanda}^FS^XZ"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    const SEGUIMENT_PROVA: &str = "PQ7XK7R0000000000000X";
    const HASH_ESPERAT: &str = "@@h@@";

    #[test]
    fn conte_el_codi() {
        let z = etiqueta("PR-24-00001", "Prova", "08001", SEGUIMENT_PROVA);
        assert!(z.contains(SEGUIMENT_PROVA));
        assert_eq!(HASH_ESPERAT.len(), 64);
    }
}
""", h=sha256ish())

add("java/smtp-password", "tpv-java/src/main/java/cat/rovira/tpv/correu/EnviadorTiquets.java",
    "https://jakarta.ee/specifications/mail/2.1/apidocs/", """
package cat.rovira.tpv.correu;

import jakarta.mail.*;
import jakarta.mail.internet.*;
import java.util.Properties;

public class EnviadorTiquets {
    private static final String USUARI = "tiquets@papereriarovira.cat";
    private static final String CONTRASENYA = "@@secret@@";

    private final Session sessio;

    public EnviadorTiquets() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        sessio = Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USUARI, CONTRASENYA);
            }
        });
    }

    public void envia(String desti, String assumpte, byte[] pdf) throws MessagingException {
        MimeMessage m = new MimeMessage(sessio);
        m.setFrom(new InternetAddress(USUARI));
        m.setRecipients(Message.RecipientType.TO, desti);
        m.setSubject(assumpte, "UTF-8");
        Transport.send(m);
    }
}
""", words_pw())

add("java/decoy-regex", "tpv-java/src/main/java/cat/rovira/tpv/validacio/Validadors.java",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/regex/Pattern.html", """
package cat.rovira.tpv.validacio;

import java.util.regex.Pattern;

public final class Validadors {
    // NIF/NIE/CIF, EAN-13 i claus de Redsys (base64 de 24 bytes) per validar formularis
    public static final Pattern NIF = Pattern.compile("^[0-9XYZ][0-9]{7}[A-Z]$");
    public static final Pattern CIF = Pattern.compile("^[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]$");
    public static final Pattern EAN13 = Pattern.compile("^[0-9]{13}$");
    public static final Pattern CLAU_REDSYS = Pattern.compile("^[A-Za-z0-9+/]{32}$");
    public static final Pattern PASSWORD_FORTA = Pattern.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\\\d).{12,}$");

    private Validadors() {}
}
""")

add("kotlin/basic-auth-credentials", "app-botiga-tauleta/app/src/main/java/cat/rovira/tauleta/api/ApiModule.kt",
    "https://datatracker.ietf.org/doc/html/rfc7617", """
package cat.rovira.tauleta.api

import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

// Tauleta de l'aparador: consulta l'estoc de la botiga
object ApiModule {
    private const val AUTH = "Basic @@secret@@"

    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", AUTH).build())
        }
        .build()

    val api: EstocApi = Retrofit.Builder()
        .baseUrl("https://api.papereriarovira.cat/")
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(EstocApi::class.java)
}
""", b64("tauleta-born:" + words_pw()))

add("kotlin/decoy-build-config", "app-botiga-tauleta/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "cat.rovira.tauleta"
    compileSdk = 34
    defaultConfig {
        applicationId = "cat.rovira.tauleta"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "1.8.0"
        buildConfigField("String", "API_USER", "\\"${System.getenv("TAULETA_API_USER") ?: ""}\\"")
        buildConfigField("String", "API_PASSWORD", "\\"${System.getenv("TAULETA_API_PASSWORD") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "rovira"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("properties/keystore-password", "app-botiga-tauleta/keystore.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# Signatura de la tauleta de l'aparador (Play Store intern)
storeFile=../rovira-release.jks
storePassword=@@secret@@
keyAlias=rovira
keyPassword=@@secret@@
""", words_pw())

add("csharp/sql-password", "FactusolPont/FactusolPont/Connexio.cs",
    "https://learn.microsoft.com/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using System.Data.SqlClient;

namespace FactusolPont
{
    // Pont entre Factusol (SQL Server de Girona) i la botiga en línia
    internal static class Connexio
    {
        private const string Cadena =
            "Server=SRV-GIR01\\\\SQLEXPRESS;Database=FS_ROVIRA2024;User Id=pont;Password=@@secret@@;TrustServerCertificate=True";

        public static SqlConnection Obre()
        {
            var c = new SqlConnection(Cadena);
            c.Open();
            return c;
        }
    }
}
""", words_pw())

add("json/decoy-appsettings", "FactusolPont/FactusolPont/appsettings.json",
    "https://learn.microsoft.com/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Factusol": "Server=SRV-GIR01\\\\SQLEXPRESS;Database=FS_ROVIRA2024;Integrated Security=True;TrustServerCertificate=True"
  },
  "Prestashop": {
    "Url": "https://www.roviraenquadernacions.cat",
    "Key": ""
  },
  "KeyVault": {
    "Uri": "https://kv-rovira.vault.azure.net/"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

add("csharp/azure-client-secret", "FactusolPont/FactusolPont/Program.cs",
    "https://learn.microsoft.com/entra/identity-platform/howto-create-service-principal-portal", """
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

// Service principal "factusol-pont" (Entra ID de Rovira)
var credencial = new ClientSecretCredential(
    tenantId: "@@tenant@@",
    clientId: "@@client@@",
    clientSecret: "@@secret@@");

var kv = new SecretClient(new Uri("https://kv-rovira.vault.azure.net/"), credencial);
builder.Configuration["Prestashop:Key"] = kv.GetSecret("prestashop-ws").Value.Value;

var app = builder.Build();
app.MapGet("/salut", () => "ok");
app.Run();
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("ruby/smtp-password", "mapa-botigues/config/environments/production.rb",
    "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.i18n.default_locale = :ca

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp-relay.brevo.com",
    port: 587,
    user_name: "it@roviraenquadernacions.cat",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "botigues.roviraenquadernacions.cat" }
end
""", "xsmtpsib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16))

add("ruby/decoy-credentials-reference", "mapa-botigues/config/storage.yml",
    "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-south-2
  bucket: rovira-fotos-botigues
""")

_HOLDED_SPLIT = hexs(32)
add("typescript/holded-api-key", "botiga-headless/src/lib/holded.ts",
    "https://developers.holded.com/reference/api-key", """
// Client mínim de Holded per consultar l'estat de les factures des de l'àrea de client
const HOLDED_KEY = "@@a@@" +
  "@@b@@";

export async function facturaPagada(idFactura: string): Promise<boolean> {
  const r = await fetch(`https://api.holded.com/api/invoicing/v1/documents/invoice/${idFactura}`, {
    headers: { key: HOLDED_KEY, accept: "application/json" },
  });
  if (!r.ok) return false;
  const f = await r.json();
  return f.status === 1;
}
""", _HOLDED_SPLIT, a=_HOLDED_SPLIT[:14], b=_HOLDED_SPLIT[14:])


# ---------------------------------------------------------------- keys, brokers, banks, more IT

add("pem/rsa-private-key", "infra/certs/web1-rovira-cat.key",
    "https://datatracker.ietf.org/doc/html/rfc7468", """
@@secret@@
""", pem("RSA"))

add("pem/decoy-certificate", "infra/certs/web1-rovira-cat.crt",
    "https://datatracker.ietf.org/doc/html/rfc7468#section-5", """
-----BEGIN CERTIFICATE-----
@@b1@@
@@b2@@
@@b3@@
@@b4@@
@@b5@@
@@b6@@
-----END CERTIFICATE-----
""", b1="MIIF" + fakes.drawn(_seed(), 60, ALNUM + "+/"), b2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    b3=fakes.drawn(_seed(), 64, ALNUM + "+/"), b4=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    b5=fakes.drawn(_seed(), 64, ALNUM + "+/"), b6=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

_EC_KEY = pem("EC")
add("yaml/ec-private-key", "infra/traefik/dynamic/certs-intern.yml",
    "https://doc.traefik.io/traefik/https/tls/#user-defined", """
# Certificat intern per a intranet.rovira.cat (CA pròpia)
tls:
  certificates:
    - certFile: /certs/intranet.crt
      keyFile: /certs/intranet.key
  stores:
    default:
      defaultCertificate:
        certFile: /certs/intranet.crt
        keyFile: |
@@key@@
""", _EC_KEY, key=indent(_EC_KEY, 10))

add("text/decoy-ssh-public-key", "infra/ansible/files/authorized_keys_deploy",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Claus públiques amb accés a l'usuari deploy dels servidors web
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ laia@portatil-oficina
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ gitlab-runner@taller
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ oriol@antic-portatil
# ecdsa del servidor de còpies
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k4@@ copies@nas-sbd
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 180, ALNUM + "+/") + "=", k4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "=")

add("shell/mongodb-password", "serveis/cataleg-fotos/backup_mongo.sh",
    "https://www.mongodb.com/docs/database-tools/mongodump/", """
#!/usr/bin/env bash
# Còpia de la base de dades de fotos del catàleg (MongoDB Atlas)
set -euo pipefail
DATA=$(date +%F)
mongodump --uri="mongodb+srv://copies:@@secret@@@cataleg.x7kq2.mongodb.net/fotos" \\
  --archive="/srv/copies/mongo/fotos-$DATA.gz" --gzip
find /srv/copies/mongo -name 'fotos-*.gz' -mtime +14 -delete
""", rand_pw(16))

add("python/rabbitmq-password", "serveis/comandes/worker.py",
    "https://pika.readthedocs.io/en/stable/modules/parameters.html", """
\"\"\"Worker de comandes: reparteix les comandes en línia entre el magatzem i les botigues.\"\"\"
import json

import pika

URL = "amqps://comandes:@@secret@@@rabbit.intern.rovira.cat:5671/botigues"


def tracta(ch, method, props, body):
    comanda = json.loads(body)
    desti = "magatzem" if comanda["enviament"] else comanda["botiga_recollida"]
    ch.basic_publish(exchange="preparacio", routing_key=desti, body=body)
    ch.basic_ack(delivery_tag=method.delivery_tag)


conn = pika.BlockingConnection(pika.URLParameters(URL))
canal = conn.channel()
canal.basic_consume(queue="comandes_noves", on_message_callback=tracta)
canal.start_consuming()
""", words_pw())

add("yaml/mqtt-password", "infra/mosquitto/sensors-magatzem.yml",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", """
# Sensors de temperatura i humitat del magatzem de pells i papers (ESPHome)
esphome:
  name: sensor-pells
wifi:
  ssid: Rovira-Taller-IoT
  password: !secret wifi_iot
mqtt:
  broker: 10.10.0.5
  username: sensor-pells
  password: "@@secret@@"
sensor:
  - platform: sht3xd
    temperature:
      name: "Magatzem pells temperatura"
    humidity:
      name: "Magatzem pells humitat"
    update_interval: 60s
""", rand_pw(16))

add("ini/vnc-password", "infra/tpv/ultravnc.ini",
    "https://uvnc.com/docs/ultravnc-server/74-ultravnc-server-settings.html", """
[ultravnc]
passwd=@@secret@@
passwd2=@@p2@@
[admin]
UseRegistry=0
MSLogonRequired=0
DisableTrayIcon=1
AuthRequired=1
ConnectPriority=0
LoopbackOnly=0
AllowLoopback=1
PortNumber=5900
""", hexs(18), p2=hexs(18))

add("markdown/router-password", "docs/botigues/botiga-lleida.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Botiga de Lleida (LLE01)

Carrer Major 58, 25007 Lleida. Encarregada: Núria.

## Xarxa
- Fibra Digi 1 Gb, router propi (MikroTik hAP ax2) a l'armari de la rebotiga.
- PPPoE: usuari `digi-rovira-lle01@digi`, contrasenya `@@secret@@`.
- 4G de reserva: Teltonika RUT241 (SIM de l'oficina).

## Equips
- TPV-LLE-01, impressora Epson TM-m30III, lector de codis Honeywell 1472g.
- La càmera Axis està a la 192.168.30.60.
""", rand_pw(12))

add("json/qonto-secret-key", "comptabilitat/bancs/qonto.json",
    "https://docs.qonto.com/api-reference/business-api/authentication/api-key", """
{
  "banc": "Qonto",
  "compte": "Enquadernacions Rovira SL - operacions",
  "api": {
    "url": "https://thirdparty.qonto.com/v2",
    "login": "enquadernacions-rovira-sl-4127",
    "secret_key": "@@secret@@"
  },
  "conciliacio": {
    "serie_holded": "TK",
    "diari": "572001"
  }
}
""", hexs(32))

add("yaml/decoy-iban-public", "comptabilitat/bancs/comptes.yml",
    "https://www.iso.org/standard/81090.html", """
# Comptes de l'empresa que surten a les factures (dades públiques per cobrar)
comptes:
  - banc: Banc Sabadell
    titular: Enquadernacions Rovira SL
    iban: ES76 0081 0000 0000 0000 0000
    bic: BSABESBBXXX
    us: cobraments clients taller
  - banc: Qonto
    titular: Enquadernacions Rovira SL
    bic: QNTOESB2XXX
    us: pagaments a proveïdors
nif: B65812347
""")

add("python/cloudinary-url", "serveis/cataleg-fotos/puja_fotos.py",
    "https://cloudinary.com/documentation/python_integration#configuration", """
\"\"\"Puja les fotos de producte retallades a Cloudinary (carpeta per família).\"\"\"
import os
from pathlib import Path

os.environ.setdefault("CLOUDINARY_URL", "cloudinary://@@key@@:@@secret@@@rovira-llibres")

import cloudinary.uploader  # noqa: E402

for foto in sorted(Path("/srv/fotos/retallades").glob("*/*.jpg")):
    familia = foto.parent.name
    res = cloudinary.uploader.upload(str(foto), folder=f"cataleg/{familia}", public_id=foto.stem, overwrite=True)
    print(foto.name, "->", res["secure_url"])
""", fakes.drawn(_seed(), 27, ALNUM + "_-"), key=str(_rng().randint(10**14, 10**15)))

add("python/decoy-cloudinary-public", "serveis/cataleg-fotos/urls.py",
    "https://cloudinary.com/documentation/image_transformations", """
\"\"\"URL públiques de les fotos del catàleg: no porten cap secret.\"\"\"
CLOUD = "rovira-llibres"


def url_miniatura(public_id: str, versio: int) -> str:
    return f"https://res.cloudinary.com/{CLOUD}/image/upload/c_fill,w_400,h_400/v{versio}/{public_id}.jpg"


def url_signada_exemple() -> str:
    # signatura de transformació (s--...--): pública, va dins la URL que veu el client
    return f"https://res.cloudinary.com/{CLOUD}/image/upload/s--@@sig@@--/c_scale,w_1200/v1712051234/cataleg/quaderns/a5-cosit.jpg"
""", sig=fakes.drawn(_seed(), 8, ALNUM + "_-"))

add("shell/decoy-secret-manager", "infra/scripts/renova_certificat_verifactu.sh",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Converteix el certificat nou de la FNMT al format que vol el servei de Verifactu
set -euo pipefail
export VAULT_ADDR=https://vault.intern.rovira.cat:8200
PASS=$(vault kv get -field=password botiga/prod/aeat-cert)
openssl pkcs12 -in "$1" -passin "pass:$PASS" -nodes -out /tmp/verifactu.pem
openssl pkcs12 -export -in /tmp/verifactu.pem -out /etc/rovira/certs/verifactu.p12 -passout "pass:$PASS"
shred -u /tmp/verifactu.pem
echo "Certificat instal·lat; caduca: $(openssl x509 -in "$1" -noout -enddate 2>/dev/null || echo 'mira el p12')"
""")

add("shell/aeat-certificate-password", "infra/scripts/instala_certificat.sh",
    "https://www.openssl.org/docs/manmaster/man1/openssl-pkcs12.html", """
#!/bin/bash
# Instal·la el certificat de representant a l'ordinador de l'oficina (fet un cop, deixar-ho aquí per si de cas)
openssl pkcs12 -in ~/Baixades/FNMT_B65812347.pfx -passin pass:@@secret@@ -nokeys -out /tmp/cert.pem
openssl pkcs12 -in ~/Baixades/FNMT_B65812347.pfx -passin pass:@@secret@@ -nocerts -nodes -out /tmp/clau.pem
sudo install -m 600 /tmp/clau.pem /etc/rovira/certs/verifactu.key
sudo install -m 644 /tmp/cert.pem /etc/rovira/certs/verifactu.crt
rm -f /tmp/cert.pem /tmp/clau.pem
""", words_pw())

add("ansible/smtp-password", "infra/ansible/roles/postfix/defaults/main.yml",
    "https://www.postfix.org/SASL_README.html#client_sasl_enable", """
---
postfix_relayhost: "[smtp-relay.brevo.com]:587"
postfix_sasl_user: "it@roviraenquadernacions.cat"
postfix_sasl_password: "@@secret@@"
postfix_myhostname: "{{ inventory_hostname }}.intern.rovira.cat"
postfix_mynetworks:
  - 127.0.0.0/8
  - 10.10.0.0/16
postfix_smtp_tls_security_level: encrypt
""", "xsmtpsib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16))

add("ansible/decoy-vault-lookup", "infra/ansible/roles/postfix/tasks/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
- name: Instal·la postfix
  ansible.builtin.apt:
    name: [postfix, libsasl2-modules]
    state: present

- name: Credencials del relay
  ansible.builtin.copy:
    dest: /etc/postfix/sasl_passwd
    mode: "0600"
    content: "{{ postfix_relayhost }} {{ postfix_sasl_user }}:{{ lookup('community.hashi_vault.vault_kv2_get', 'smtp/brevo').secret.password }}\\n"
  notify: postmap sasl

- name: main.cf
  ansible.builtin.template:
    src: main.cf.j2
    dest: /etc/postfix/main.cf
  notify: reinicia postfix
""")

add("ini/decoy-example-config", "infra/tpv/ldap.ini.example",
    "https://learn.microsoft.com/windows/win32/adsi/ldap-adspath", """
; Plantilla de la configuració LDAP dels TPV. Copiar a C:\\ProgramData\\RoviraTPV\\ldap.ini
[ldap]
servidor = ldaps://dc1.intern.rovira.cat
base = DC=intern,DC=rovira,DC=cat
usuari = CN=svc-tpv,OU=Serveis,DC=intern,DC=rovira,DC=cat
contrasenya = <contrasenya del compte svc-tpv>
grup_dependents = CN=Botigues,OU=Grups,DC=intern,DC=rovira,DC=cat
""")

add("ini/ldap-bind-password", "infra/tpv/ldap-tgn01.ini",
    "https://learn.microsoft.com/windows/win32/adsi/ldap-adspath", """
; TPV de Tarragona
[ldap]
servidor = ldaps://dc1.intern.rovira.cat
base = DC=intern,DC=rovira,DC=cat
usuari = CN=svc-tpv,OU=Serveis,DC=intern,DC=rovira,DC=cat
contrasenya = @@secret@@
grup_dependents = CN=Botigues,OU=Grups,DC=intern,DC=rovira,DC=cat
""", words_pw())

add("toml/decoy-lock-hashes", "serveis/cua-etiquetes/Cargo.lock",
    "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "cua-etiquetes"
version = "0.3.0"
dependencies = ["redis"]

[[package]]
name = "redis"
version = "0.25.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "sha1_smol"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("json/decoy-package-lock", "botiga-headless/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "botiga-headless",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/stripe": {
      "version": "14.21.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/@rovira/disseny": {
      "version": "0.9.2",
      "resolved": "https://registry.npmjs.org/@rovira/disseny/-/disseny-0.9.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64))


# ---------------------------------------------------------------- client files, system configs, i18n

add("netrc/ftp-password", "infra/ansible/files/netrc_copies",
    "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
# ~/.netrc de l'usuari copies al NAS de Sabadell
machine ftp.grafiquesvilanova.cat
  login rovira
  password @@secret@@
machine sftp.papersvalles.com
  login rovira_edi
  password @@p2@@
""", words_pw(), p2=words_pw())

add("ini/pip-index-password", "serveis/comandes/pip.conf",
    "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
timeout = 30
index-url = https://pypi.org/simple
extra-index-url = https://ci:@@secret@@@gitlab.rovira.cat/api/v4/projects/18/packages/pypi/simple
trusted-host = gitlab.rovira.cat
""", gitlab_token())

add("json/docker-registry-auth", "infra/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.rovira.cat": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {
      "credsStore": "desktop"
    }
  },
  "currentContext": "default"
}
""", b64("ci-botiga:" + rand_pw(24)))

add("json/composer-auth", "botiga/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", """
{
    "http-basic": {
        "addons.prestashop.com": {
            "username": "compres@roviraenquadernacions.cat",
            "password": "@@secret@@"
        }
    },
    "github-oauth": {}
}
""", words_pw())

add("text/basic-auth-in-url", "serveis/comandes/requirements.txt",
    "https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication", """
pika==1.3.2
requests==2.31.0
pydantic==2.6.4
python-dateutil==2.9.0
# paquet intern de models de comanda
rovira-models @ git+https://laia.soler:@@secret@@@gitlab.rovira.cat/taller/rovira-models.git@v0.7.1
""", gitlab_token())

add("systemd/holded-api-key", "infra/systemd/verifactu-cua.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=Cua d'enviaments a Verifactu i Holded
After=network-online.target

[Service]
User=comptabilitat
WorkingDirectory=/opt/comptabilitat
Environment=HOLDED_API_KEY=@@secret@@
Environment=TPV_EXPORT_DIR=/srv/tpv/exports
ExecStart=/opt/comptabilitat/.venv/bin/python -m comptabilitat.cua
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", hexs(32))

add("systemd/decoy-credential-file", "infra/systemd/sync-estoc.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials", """
[Unit]
Description=Sincronització d'estoc Factusol -> botiga
After=network-online.target

[Service]
User=sync
LoadCredentialEncrypted=prestashop-ws:/etc/credstore.encrypted/prestashop-ws
EnvironmentFile=-/etc/default/sync-estoc
ExecStart=/opt/sync-estoc/.venv/bin/python -m sync_estoc --clau-fitxer=${CREDENTIALS_DIRECTORY}/prestashop-ws
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("cron/mysql-password", "infra/cron/copies-blog",
    "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# Còpia nocturna del blog (WordPress) i neteja
SHELL=/bin/bash
MAILTO=it@roviraenquadernacions.cat
15 3 * * * root mysqldump -u fullsrovira -p'@@secret@@' fullsrovira_wp | gzip > /srv/copies/blog/wp-$(date +\\%F).sql.gz
45 3 * * * root find /srv/copies/blog -name 'wp-*.sql.gz' -mtime +21 -delete
""", words_pw())

add("http/basic-auth-credentials", "serveis/api-fidelitat/proves.http",
    "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """
### Punts d'un client (API de fidelitat, producció)
GET https://api.papereriarovira.cat/fidelitat/C-000184/punts
Authorization: Basic @@secret@@
Accept: application/json

### Suma punts per una compra
POST https://api.papereriarovira.cat/fidelitat/C-000184/punts
Authorization: Basic @@secret@@
Content-Type: application/json

{"tiquet": "TK24-004417", "import": 12.40}
""", b64("tpv-gir01:" + rand_pw(18)))

add("http/decoy-variable-reference", "serveis/api-fidelitat/proves-local.http",
    "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#using_variables", """
### Punts d'un client (entorn local; les credencials són a http-client.private.env.json, que no es puja)
GET {{base}}/fidelitat/C-000001/punts
Authorization: Basic {{usuari}} {{contrasenya}}
Accept: application/json

### Salut
GET {{base}}/salut
""")

add("json/decoy-postman-environment", "serveis/api-fidelitat/postman/Local.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Fidelitat - Local",
  "values": [
    {"key": "base", "value": "http://localhost:8080", "type": "default", "enabled": true},
    {"key": "usuari", "value": "tpv-proves", "type": "default", "enabled": true},
    {"key": "contrasenya", "value": "", "type": "secret", "enabled": true},
    {"key": "api_key", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("json/api-key", "serveis/api-fidelitat/postman/Produccio.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Fidelitat - Producció",
  "values": [
    {"key": "base", "value": "https://api.papereriarovira.cat", "type": "default", "enabled": true},
    {"key": "api_key", "value": "@@secret@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.24.3"
}
""", "rvk_live_" + fakes.drawn_mixed(_seed(), 40), id=uuid_s())

add("po/decoy-translations", "reserves_tallers/locale/ca/LC_MESSAGES/django.po",
    "https://docs.djangoproject.com/en/5.0/topics/i18n/translation/#message-files", """
msgid ""
msgstr ""
"Language: ca\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Password"
msgstr "Contrasenya"

msgid "Your password has been changed."
msgstr "La contrasenya s'ha canviat."

msgid "API key"
msgstr "Clau de l'API"

msgid "Secret key"
msgstr "Clau secreta"

msgid "Book a bookbinding workshop"
msgstr "Reserva un taller d'enquadernació"
""")

add("yaml/decoy-openapi-security", "serveis/api-fidelitat/openapi.yaml",
    "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: API de fidelitat Rovira
  version: 1.4.0
servers:
  - url: https://api.papereriarovira.cat
components:
  securitySchemes:
    ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Clau per dispositiu (TPV, app). Exemple de format rvk_live_... (no la posis aquí).
security:
  - ApiKey: []
paths:
  /fidelitat/{client}/punts:
    get:
      parameters:
        - {name: client, in: path, required: true, schema: {type: string, example: C-000184}}
      responses:
        "200": {description: Punts del client}
""")

add("markdown/decoy-test-cards", "docs/botiga/proves-pagament.md",
    "https://docs.stripe.com/testing#cards", """
# Proves de pagament a l'entorn de proves

Feu servir sempre l'entorn de proves (`botiga-proves.papereriarovira.cat`) i les targetes de prova:

| Passarel·la | Targeta | Caducitat | CVV | Resultat |
|---|---|---|---|---|
| Stripe | 4242 4242 4242 4242 | qualsevol futura | 123 | pagament correcte |
| Stripe | 4000 0000 0000 9995 | qualsevol futura | 123 | fons insuficients |
| Redsys (proves) | 4548 8100 0000 0003 | 12/49 | 123 | correcte, amb 3DS |

Les claus de l'entorn de proves les teniu al 1Password ("Botiga proves"). No les enganxeu a cap tiquet.
""")

add("javascript/decoy-analytics-ids", "botiga/themes/rovira/templates/_partials/analytics.tpl",
    "https://developers.google.com/tag-platform/gtagjs/install", """
{* Analítica (només si el client ho ha acceptat al bàner de galetes) *}
{if $consentiment_analitica}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){ dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@', { anonymize_ip: true });
</script>
<script>
  !function(f,b,e,v,n,t,s){ /* Meta Pixel */ }(window, document, 'script');
  fbq('init', '@@px@@');
  fbq('track', 'PageView');
</script>
{/if}
""", ga=ups(10), px=str(_rng().randint(10**14, 10**15)))

add("yaml/decoy-docker-digests", "deploy/k8s/botiga/deployment.yaml",
    "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: botiga
  namespace: botigues
spec:
  replicas: 2
  selector:
    matchLabels: {app: botiga}
  template:
    metadata:
      labels: {app: botiga}
    spec:
      containers:
        - name: web
          image: registry.rovira.cat/botiga@sha256:@@d1@@
          envFrom:
            - secretRef: {name: stripe}
            - configMapRef: {name: botiga}
        - name: nginx
          image: nginx@sha256:@@d2@@
      imagePullSecrets:
        - name: registry-rovira
""", d1=sha256ish(), d2=sha256ish())

_SMTP_K8S = words_pw()
_REG_PW = rand_pw(24)
add("k8s-secret/smtp-password", "deploy/k8s/reserves/secret-smtp.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: reserves-smtp
  namespace: tallers
type: Opaque
data:
  EMAIL_HOST_USER: @@u@@
  EMAIL_HOST_PASSWORD: @@p@@
""", _SMTP_K8S, u=b64("tallers@roviraenquadernacions.cat"), p=b64(_SMTP_K8S))

add("k8s-secret/docker-registry-auth", "deploy/k8s/botiga/registry-secret.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: registry-rovira
  namespace: botigues
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _REG_PW, cfg=b64('{"auths":{"registry.rovira.cat":{"username":"k8s-pull","password":"' + _REG_PW + '","auth":"' + b64("k8s-pull:" + _REG_PW) + '"}}}'))

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Copia a terraform.tfvars (que és a .gitignore) i omple-ho
hetzner_token   = "posa-aqui-el-token-de-hetzner"
cloudflare_zone = "roviraenquadernacions.cat"
db_password     = ""
ssh_keys        = ["laia@portatil-oficina"]
ubicacio        = "fsn1"
""")

add("terraform/hetzner-token", "infra/terraform/terraform.tfvars",
    "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
hetzner_token   = "@@secret@@"
cloudflare_zone = "roviraenquadernacions.cat"
db_password     = ""
ssh_keys        = ["laia@portatil-oficina", "gitlab-runner@taller"]
ubicacio        = "fsn1"
""", fakes.drawn_mixed(_seed(), 64))

add("terraform/cloudflare-api-token", "infra/terraform/dns.tf",
    "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  # token amb permís Zone:DNS:Edit per a les dues zones
  api_token = "@@secret@@"
}

resource "cloudflare_record" "botiga" {
  zone_id = "@@zone@@"
  name    = "botiga"
  content = "188.34.152.77"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "tallers" {
  zone_id = "@@zone@@"
  name    = "tallers"
  content = "188.34.152.78"
  type    = "A"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("powershell/decoy-securestring", "infra/scripts/Nou-UsuariBotiga.ps1",
    "https://learn.microsoft.com/powershell/module/activedirectory/new-aduser", """
param(
    [Parameter(Mandatory)] [string] $Nom,
    [Parameter(Mandatory)] [string] $Botiga
)
# Crea l'usuari d'una dependenta nova. La contrasenya inicial es demana per pantalla.
$Inicial = Read-Host -AsSecureString "Contrasenya inicial per a $Nom"
New-ADUser -Name $Nom -SamAccountName ($Nom.ToLower() -replace ' ', '.') `
    -Path "OU=Botigues,DC=intern,DC=rovira,DC=cat" -AccountPassword $Inicial `
    -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "Botiga-$Botiga" -Members ($Nom.ToLower() -replace ' ', '.')
Write-Output "Usuari $Nom creat a la botiga $Botiga"
""")

add("powershell/wifi-psk", "infra/scripts/Configura-WifiTauleta.ps1",
    "https://learn.microsoft.com/windows-server/networking/technologies/netsh/netsh-contexts", """
# Afegeix la Wi-Fi interna de la botiga a les tauletes Windows de l'aparador
$Ssid = "Rovira-Born-Intern"
$Clau = "@@secret@@"
$Perfil = @"
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$Ssid</name>
  <SSIDConfig><SSID><name>$Ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$Clau</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$Perfil | Out-File "$env:TEMP\\wifi.xml" -Encoding utf8
netsh wlan add profile filename="$env:TEMP\\wifi.xml" user=all
Remove-Item "$env:TEMP\\wifi.xml"
""", passphrase())


# ---------------------------------------------------------------- last group: workshop PCs, code, decoys

add("markdown/teamviewer-password", "docs/taller/guillotina-polar.md",
    "https://www.teamviewer.com/en/global/support/knowledge-base/teamviewer-classic/security/unattended-access/", """
# Guillotina Polar N 115 i el seu ordinador (Compucut)

El tècnic de Polar (servei tècnic de Barcelona) hi entra en remot quan hi ha avaries.

- Ordinador: `TALLER-POLAR`, Windows 10, sense domini.
- TeamViewer ID: 1 482 907 331
- Contrasenya d'accés desatès: `@@secret@@`
- No apagar la guillotina amb el programa Compucut obert: es perden els programes de tall.
- Els programes de tall de les tesis (A4 i 17x24) estan a la memòria 12 i 13.
""", rand_pw(10))

add("github-actions/aws-secret-access-key", ".github/workflows/copia-escanejos.yml",
    "https://github.com/aws-actions/configure-aws-credentials", """
name: Còpia setmanal dels escanejos
on:
  schedule:
    - cron: "0 4 * * 0"
  workflow_dispatch:
jobs:
  sync:
    runs-on: self-hosted
    steps:
      - name: Credencials AWS
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-south-2
      - run: aws s3 sync /srv/escanejos s3://rovira-escanejos-restauracio --storage-class STANDARD_IA
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

_SFTP_SPLIT = words_pw()
add("python/sftp-password", "enviaments/edi/envia_comanda.py",
    "https://docs.paramiko.org/en/stable/api/client.html", """
\"\"\"Envia la comanda setmanal (EDIFACT ORDERS) a Papers Vallès per SFTP.\"\"\"
from pathlib import Path

import paramiko

HOST, PORT, USUARI = "sftp.papersvalles.com", 2222, "rovira_edi"
CONTRASENYA = "".join((
    "@@a@@",
    "@@b@@",
))


def envia(fitxer: Path) -> None:
    t = paramiko.Transport((HOST, PORT))
    t.connect(username=USUARI, password=CONTRASENYA)
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(str(fitxer), f"/in/orders/{fitxer.name}")
    sftp.close()
    t.close()
""", _SFTP_SPLIT, a=_SFTP_SPLIT[:7], b=_SFTP_SPLIT[7:])

add("env/odoo-password", "odoo/.env",
    "https://hub.docker.com/_/odoo", """
# Contenidors d'Odoo del taller
POSTGRES_DB=postgres
POSTGRES_USER=odoo
POSTGRES_PASSWORD=@@secret@@
ODOO_VERSION=17.0
ODOO_PORT=8069
TZ=Europe/Madrid
""", rand_pw(22))

add("xml/sql-password", "FactusolPont/FactusolEines/App.config",
    "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Factusol"
         connectionString="Data Source=SRV-GIR01\\SQLEXPRESS;Initial Catalog=FS_ROVIRA2024;User ID=eines;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Botiga" value="GIR01" />
    <add key="CarpetaEtiquetes" value="\\\\nas-gir\\etiquetes" />
  </appSettings>
</configuration>
""", words_pw())

add("sql/mysql-password", "blog/sql/00_usuaris.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Usuaris de MySQL del servidor del blog i de la intranet
CREATE USER IF NOT EXISTS 'intranet'@'10.10.%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON intranet.* TO 'intranet'@'10.10.%';
CREATE USER IF NOT EXISTS 'lectura'@'10.10.%' IDENTIFIED WITH auth_socket;
GRANT SELECT ON intranet.* TO 'lectura'@'10.10.%';
FLUSH PRIVILEGES;
""", words_pw())

add("markdown/decoy-changelog-shas", "botiga-headless/CHANGELOG.md",
    "https://keepachangelog.com/ca/1.1.0/", """
# Registre de canvis

## [2.4.0] - 2024-03-11
### Afegit
- Pagament amb Bizum via Redsys (@@c1@@).
- Cercador amb Algolia a la capçalera (@@c2@@).

### Corregit
- El webhook de Stripe ja no marca dues vegades la comanda (@@c3@@).

## [2.3.2] - 2024-02-20
### Corregit
- Traduccions al català de la pàgina de checkout (@@c4@@).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("python/decoy-hmac-verify", "pagaments/redsys_notificacio.py",
    "https://pagosonline.redsys.es/desarrolladores-inicio/documentacion-operativa/notificacion-on-line/", """
\"\"\"Verifica la signatura de la notificació de Redsys. La clau es llegeix de l'entorn.\"\"\"
import base64
import hmac
import os

from pagaments.redsys_signatura import _clau_operacio


def valida(params_b64: str, signatura: str, ordre: str) -> bool:
    clau = base64.b64decode(os.environ["REDSYS_SECRET_KEY"])
    esperada = hmac.new(_clau_operacio(ordre, clau), params_b64.encode(), "sha256").digest()
    rebuda = base64.urlsafe_b64decode(signatura)
    return hmac.compare_digest(esperada, rebuda)
""")

add("github-actions/decoy-pinned-shas", ".github/workflows/proves.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """
name: Proves
on: [push, pull_request]
jobs:
  proves:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@s1@@ # v4.1.1
      - uses: actions/setup-python@@@s2@@ # v5.0.0
        with:
          python-version: "3.12"
      - uses: actions/cache@@@s3@@ # v4.0.1
        with:
          path: ~/.cache/pip
          key: pip-${{ hashFiles('**/requirements*.txt') }}
      - run: pip install -r requirements-dev.txt && pytest -q
""", s1=hexs(40), s2=hexs(40), s3=hexs(40))

add("json/decoy-jwks", "serveis/api-fidelitat/static/.well-known/jwks.json",
    "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "fidelitat-2024-01",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("log/decoy-masked-card", "infra/logs/tpv-lle01-2024-03-09.log",
    "https://www.pcisecuritystandards.org/", """
2024-03-09 10:02:11 INFO  tiquet TK24-007731 obert dependenta=nuria
2024-03-09 10:02:40 INFO  pagament targeta import=23.85 pan=454881******0003 autoritzacio=@@a1@@ resposta=0000
2024-03-09 10:02:41 INFO  tiquet TK24-007731 tancat hash=@@h1@@
2024-03-09 10:15:03 INFO  tiquet TK24-007732 obert dependenta=nuria
2024-03-09 10:15:20 INFO  pagament Bizum import=8.50 operacio=@@op@@ resposta=0000
2024-03-09 10:15:21 INFO  tiquet TK24-007732 tancat hash=@@h2@@
""", a1=ups(6), h1=sha256ish(), op=str(_rng().randint(10**11, 10**12)), h2=sha256ish())

add("csv/decoy-isbn-orders", "taller/exports/encarrecs-biblioteca-2024.csv",
    "https://www.isbn-international.org/", """
encarrec,client,isbn,titol,tipus,preu
ENC-2024-0101,Biblioteca de Gràcia,9788497871234,Mirall trencat,reenquadernació tela,18.00
ENC-2024-0102,Biblioteca de Gràcia,9788482640418,Solitud,reenquadernació tela,18.00
ENC-2024-0103,Arxiu Comarcal del Vallès,,Llibre de registre 1891,restauració pell,240.00
ENC-2024-0104,Universitat de Barcelona,,Tesi doctoral (Martí),tapa dura daurada,42.00
ENC-2024-0105,Particular,9788475965092,Canigó,restauració,95.00
""")

add("shell/decoy-generated-password", "infra/scripts/nou_usuari_bd.sh",
    "https://developer.hashicorp.com/vault/docs/commands/kv/put", """
#!/usr/bin/env bash
# Crea un usuari de PostgreSQL amb una contrasenya aleatòria i la desa al vault
set -euo pipefail
USUARI="$1"
PW=$(openssl rand -base64 24)
psql -h pg.intern.rovira.cat -U postgres -c "CREATE ROLE \\"$USUARI\\" LOGIN PASSWORD '$PW';"
vault kv put "bd/pg/$USUARI" password="$PW"
unset PW
echo "Usuari $USUARI creat; contrasenya al vault a bd/pg/$USUARI"
""")

add("json/decoy-i18n-strings", "botiga-headless/messages/ca.json",
    "https://next-intl.dev/docs/usage/messages", """
{
  "compte": {
    "entra": "Entra",
    "contrasenya": "Contrasenya",
    "contrasenyaOblidada": "Has oblidat la contrasenya?",
    "novaContrasenya": "Nova contrasenya (mínim 12 caràcters)",
    "token": "Codi de verificació"
  },
  "checkout": {
    "paga": "Paga amb targeta o Bizum",
    "clauRegal": "Codi de la targeta regal"
  }
}
""")

add("python/decoy-uuid-namespaces", "serveis/comandes/ids.py",
    "https://docs.python.org/3/library/uuid.html#uuid.uuid5", """
\"\"\"Identificadors estables de comandes i encàrrecs (uuid5), i claus d'idempotència per a Stripe.\"\"\"
import hashlib
import uuid

NS_COMANDES = uuid.UUID("@@n1@@")
NS_ENCARRECS = uuid.UUID("@@n2@@")


def id_comanda(referencia: str) -> uuid.UUID:
    return uuid.uuid5(NS_COMANDES, referencia)


def id_encarrec(referencia: str) -> uuid.UUID:
    return uuid.uuid5(NS_ENCARRECS, referencia)


def clau_idempotencia(referencia: str, intent: int) -> str:
    return hashlib.sha256(f"{referencia}:{intent}".encode()).hexdigest()
""", n1=uuid_s(), n2=uuid_s())

add("yaml/decoy-renovate-env", "infra/renovate/config.github.yml",
    "https://docs.renovatebot.com/self-hosted-configuration/#token", """
# Renovate per als repositoris de GitHub: el token ve de l'entorn del runner
platform: github
token: "{{ env.RENOVATE_TOKEN }}"
autodiscover: true
autodiscoverFilter:
  - "rovira-enquadernacions/*"
hostRules:
  - matchHost: registry.rovira.cat
    username: renovate
    password: "{{ secrets.REGISTRY_PASSWORD }}"
timezone: Europe/Madrid
""")
