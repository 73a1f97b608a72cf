"""Blind set KE: alpaca-wool co-operatives and potato seed banks in the Peruvian Andes.

Shearing and fleece-grading apps, wool sales and export (Culqi, Niubiz, Mercado Pago, Shopify, DHL,
SUNAT e-invoicing), seed-bank cold-room sensors and LoRaWAN gateways, KoboToolbox field surveys,
genebank databases, R and Python analysis, their CI, containers and runbooks (notes partly in
Quechua), and their decoys. Generated fakes only (seeds 5100000-5109999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5100000, 5109999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER32 = string.ascii_uppercase + "234567"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Vicuna", "Huacaya", "Suri", "Ccompis", "Huayro", "Nevado", "Ausangate", "Qori", "Millma", "Chuno",
         "Puna", "Titicaca", "Ichu", "Kantu", "Apacheta", "Wayra", "Inti", "Killa", "Sallqa", "Pampa"]
LOWER = ["papa", "muhu", "millma", "paqocha", "wayra", "chiri", "qocha", "rumi", "sara", "kiwicha",
         "tarwi", "oca", "olluco", "mashua", "ichu", "puna"]


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


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(43, ALNUM + '-_')}"


def pem(kind: str = "RSA", lines: int = 6, indent: str = "") -> str:
    """A private key block; kind "" gives PKCS#8's `BEGIN PRIVATE KEY`."""
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = [indent + "".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines)]
    body.append(indent + "".join(r.choice(ALNUM + "+/") for _ in range(28)) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n{indent}-----END {label}-----"


def culqi_key(kind: str = "sk_live_") -> str:
    return kind + hexs(16)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def mp_token() -> str:
    return f"APP_USR-{digits(16)}-{digits(6)}-{hexs(32)}-{digits(9)}"


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def meta_token() -> str:
    return "EAA" + chars(1, "GJIK") + chars(180)


def ttn_key() -> str:
    return f"NNSXS.{chars(39, UPPER32)}.{chars(52, UPPER32)}"


def google_key() -> str:
    return "AIza" + chars(35, ALNUM + "_-")


def brevo_key() -> str:
    return f"xkeysib-{hexs(64)}-{chars(16)}"


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{chars(8, up)}/B{chars(10, up)}/{chars(24)}"


def slack_bot() -> str:
    return f"xoxb-{digits(11)}-{digits(13)}-{chars(24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{chars(68, ALNUM + '-_')}"


def azure_storage_key() -> str:
    return chars(86, ALNUM + "+/") + "=="


def influx_token() -> str:
    return chars(86, ALNUM + "_-") + "=="


def hf_token() -> str:
    return "hf_" + chars(34)


def grafana_token() -> str:
    return f"glsa_{chars(32)}_{hexs(8)}"


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def mapbox_token(kind: str = "sk") -> str:
    body = b64url(json.dumps({"u": "qorimillma", "a": chars(25, string.ascii_lowercase + string.digits)}, separators=(",", ":")))
    return f"{kind}.{body}.{chars(22, ALNUM + '-_')}"


def airtable_pat() -> str:
    return f"pat{chars(14)}.{hexs(64)}"


def paypal_secret() -> str:
    return "E" + chars(79, ALNUM + "-_")


def sha256() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


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
    CASES.append(LabelledCase(f"blind-ke/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Wool sales and payments (Culqi, Niubiz, Mercado Pago, Shopify, PayPal)
# ---------------------------------------------------------------------------------------------

add("env/culqi-secret-key", "tienda-qorimillma/.env", "https://docs.culqi.com/es/documentacion/culqi-js/v4/culqi-js/ (llaves de integración)", r"""
# Tienda online - Cooperativa Agraria Alpaquera Qori Millma (Macusani, Puno)
APP_ENV=production
APP_URL=https://tienda.qorimillma.pe
DB_HOST=10.20.0.14
DB_DATABASE=tienda
DB_USERNAME=tienda_app

# Culqi - pagos con tarjeta / Yape
CULQI_PUBLIC_KEY=@@pk@@
CULQI_SECRET_KEY=@@secret@@
CULQI_RSA_ID=@@rsa@@

MAIL_FROM_ADDRESS=ventas@qorimillma.pe
""", secret=culqi_key(), pk=culqi_key("pk_live_"), rsa=uuid_s())

add("python/culqi-secret-key", "backend/pagos/culqi_cobros.py", "https://github.com/culqi/culqi-python (Culqi(public_key, private_key))", r'''
"""Cobros con Culqi para pedidos de fibra y prendas de alpaca."""
from culqi.client import Culqi
from culqi.resources import Charge

from pedidos.models import Pedido

# Llaves de producción (ama willaychu - no compartir)
PUBLIC_KEY = "@@pk@@"
PRIVATE_KEY = "@@secret@@"

culqi = Culqi(PUBLIC_KEY, PRIVATE_KEY)
charge = Charge(client=culqi)


def cobrar(pedido: Pedido, token_id: str) -> dict:
    body = {
        "amount": int(pedido.total_soles * 100),
        "currency_code": "PEN",
        "email": pedido.cliente.email,
        "source_id": token_id,
        "description": f"Pedido {pedido.codigo} - Baby Alpaca",
        "metadata": {"cooperativa": "qori-millma", "pedido": pedido.codigo},
    }
    respuesta = charge.create(body)
    return respuesta["data"]
''', secret=culqi_key(), pk=culqi_key("pk_live_"))

add("typescript/decoy-publishable-key", "tienda-web/src/checkout/culqi.ts", "https://docs.culqi.com/es/documentacion/culqi-js/v4/culqi-js/ (llave pública en el frontend)", r"""
// Checkout Culqi v4 - solo la llave PÚBLICA va en el navegador.
// La llave secreta vive en el backend (ver backend/pagos/).
declare const Culqi: any;

export const CULQI_PUBLIC_KEY = "@@pk@@";

export function abrirCheckout(totalCentimos: number, pedido: string): void {
  Culqi.publicKey = CULQI_PUBLIC_KEY;
  Culqi.settings({
    title: "Qori Millma - Fibra de alpaca",
    currency: "PEN",
    amount: totalCentimos,
    order: pedido,
  });
  Culqi.options({ lang: "es", installments: false, paymentMethods: { tarjeta: true, yape: true } });
  Culqi.open();
}
""", pk=culqi_key("pk_live_"))

add("php/niubiz-password", "app/Services/NiubizService.php", "https://desarrolladores.niubiz.com.pe/docs/api-de-seguridad (Basic usuario:contraseña)", r"""
<?php

namespace App\Services;

// Niubiz (VisaNet Perú) - botón de pago para la asociación de artesanas Awaq Warmikuna
class NiubizService
{
    private const SECURITY_URL = 'https://apiprod.vnforapps.com/api.security/v1/security';
    private const MERCHANT_ID = '650184321';

    public function securityToken(): string
    {
        $ch = curl_init(self::SECURITY_URL);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_setopt($ch, CURLOPT_USERPWD, 'integraciones@awaqwarmikuna.org.pe:@@secret@@');
        $token = curl_exec($ch);
        curl_close($ch);
        return $token;
    }

    public function merchantId(): string
    {
        return self::MERCHANT_ID;
    }
}
""", secret=words_pw())

add("shell/niubiz-password", "scripts/niubiz_prueba_sesion.sh", "https://desarrolladores.niubiz.com.pe/docs/api-de-seguridad (curl -u)", r"""
#!/usr/bin/env bash
# Prueba rápida del botón Niubiz antes de la feria de Ayaviri.
set -euo pipefail

MERCHANT=650184321
TOKEN=$(curl -s -X GET https://apiprod.vnforapps.com/api.security/v1/security \
  -u "tesoreria@qorimillma.pe:@@secret@@")

curl -s -X POST "https://apiprod.vnforapps.com/api.ecommerce/v2/ecommerce/token/session/${MERCHANT}" \
  -H "Authorization: ${TOKEN}" \
  -H "Content-Type: application/json" \
  -d '{"channel":"web","amount":150.00,"antifraud":{"clientIp":"190.232.10.4"}}'
""", secret=rand_pw(16, "$#"))

add("env/decoy-placeholder", "tienda-qorimillma/.env.example", "https://docs.culqi.com/es/documentacion/culqi-js/v4/culqi-js/", r"""
# Copiar a .env y completar con las llaves del panel de Culqi (CulqiPanel > Desarrollo > API Keys)
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=tienda
DB_USERNAME=tienda_app
DB_PASSWORD=

CULQI_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxx
CULQI_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxx
CULQI_RSA_ID=
NIUBIZ_USER=<correo-del-comercio>
NIUBIZ_PASSWORD=<clave-del-comercio>
""")

add("typescript/mercadopago-access-token", "api-ventas/src/pagos/mercadopago.ts", "https://www.mercadopago.com.pe/developers/es/docs/sdks-library/server-side/nodejs (MercadoPagoConfig accessToken)", r"""
import { MercadoPagoConfig, Preference } from "mercadopago";

// Ventas de ovillos y mantas - Central de Cooperativas Alpaqueras del Sur
const client = new MercadoPagoConfig({
  accessToken: "@@secret@@",
  options: { timeout: 5000 },
});

export async function crearPreferencia(items: { titulo: string; precio: number; cantidad: number }[]) {
  const preference = new Preference(client);
  return preference.create({
    body: {
      items: items.map((i, n) => ({ id: String(n), title: i.titulo, unit_price: i.precio, quantity: i.cantidad, currency_id: "PEN" })),
      back_urls: { success: "https://cecoalsur.pe/pago/ok", failure: "https://cecoalsur.pe/pago/error" },
      auto_return: "approved",
      statement_descriptor: "CECOALSUR",
    },
  });
}
""", secret=mp_token())

add("typescript/decoy-public-key", "tienda-web/src/checkout/mercadopago-brick.ts", "https://www.mercadopago.com.pe/developers/es/docs/checkout-bricks/card-payment-brick/default-rendering (public key)", r"""
import { loadMercadoPago } from "@mercadopago/sdk-js";

// Public key: se puede exponer en el navegador (credenciales de producción > Public Key)
const MP_PUBLIC_KEY = "APP_USR-@@pk@@";

export async function montarBrick(total: number) {
  await loadMercadoPago();
  const mp = new (window as any).MercadoPago(MP_PUBLIC_KEY, { locale: "es-PE" });
  const bricks = mp.bricks();
  return bricks.create("cardPayment", "brick-tarjeta", {
    initialization: { amount: total },
    callbacks: {
      onSubmit: (data: unknown) => fetch("/api/pagos", { method: "POST", body: JSON.stringify(data) }),
      onError: (e: unknown) => console.error("brick", e),
    },
  });
}
""", pk=uuid_s())

add("ruby/shopify-access-token", "lib/tasks/sync_inventario.rake", "https://shopify.dev/docs/apps/auth/access-token-types/offline (shpat_ Admin API token)", r"""
# Sincroniza el stock de ovillos (almacén Sicuani) con la tienda Shopify de exportación
require "shopify_api"

namespace :inventario do
  desc "Actualiza cantidades desde el ERP"
  task sync: :environment do
    ShopifyAPI::Context.setup(
      api_key: "a81c5e0f3b9d24e6f1c7a0b8d5e2f493",
      api_secret_key: ENV.fetch("SHOPIFY_API_SECRET"),
      host: "https://andeanfiber.myshopify.com",
      scope: "read_products,write_inventory",
      is_embedded: false,
      api_version: "2024-07",
      is_private: true,
    )
    session = ShopifyAPI::Auth::Session.new(shop: "andeanfiber.myshopify.com", access_token: "@@secret@@")
    Producto.where(publicado: true).find_each do |p|
      ShopifyAPI::InventoryLevel.set(session: session, location_id: 7093452, inventory_item_id: p.shopify_item_id, available: p.stock)
    end
  end
end
""", secret=shopify_token())

add("json/shopify-app-secret", "shopify-app/config/credentials.production.json", "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets (shpss_ client secret)", r"""
{
  "app": "tejidos-awana-sync",
  "shop": "tejidos-awana.myshopify.com",
  "client_id": "4f0e2b7c9a1d3e5f6b8c0a2d4e6f8a1b",
  "client_secret": "@@secret@@",
  "scopes": ["read_orders", "write_fulfillments"],
  "webhooks": {
    "orders/create": "https://erp.awana.pe/shopify/pedidos",
    "app/uninstalled": "https://erp.awana.pe/shopify/baja"
  }
}
""", secret=shopify_token("shpss_"))

add("toml/decoy-client-id", "shopify-app/shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration (client_id)", r"""
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "@@cid@@"
name = "tejidos-awana-sync"
handle = "tejidos-awana-sync"
application_url = "https://erp.awana.pe/shopify"
embedded = false

[access_scopes]
scopes = "read_orders,write_fulfillments"

[auth]
redirect_urls = ["https://erp.awana.pe/shopify/auth/callback"]

[webhooks]
api_version = "2024-07"
""", cid=hexs(32))

add("properties/paypal-client-secret", "export-service/src/main/resources/application-prod.properties", "https://developer.paypal.com/api/rest/ (client ID and secret)", r"""
# Exportación de fibra - pagos de compradores en Europa y Japón
server.port=8081
spring.datasource.url=jdbc:postgresql://db.interna.qorimillma.pe:5432/exportaciones
spring.datasource.username=export_svc
spring.datasource.password=${DB_PASSWORD}

paypal.mode=live
paypal.client.id=@@cid@@
paypal.client.secret=@@secret@@
paypal.webhook.id=8PT59735JN103344L

logging.level.pe.qorimillma=INFO
""", secret=paypal_secret(), cid="A" + chars(79, ALNUM + "-_"))

add("properties/decoy-env-reference", "export-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html (property placeholders)", r"""
server.port=8081
spring.profiles.active=${PERFIL:dev}
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/exportaciones
spring.datasource.username=${DB_USER:export_svc}
spring.datasource.password=${DB_PASSWORD}

paypal.mode=${PAYPAL_MODE:sandbox}
paypal.client.id=${PAYPAL_CLIENT_ID}
paypal.client.secret=${PAYPAL_CLIENT_SECRET}
dhl.api.key=${DHL_API_KEY}
dhl.api.secret=${DHL_API_SECRET}
""")

add("csharp/izipay-password", "Awana.Pagos/IzipayClient.cs", "https://secure.micuentaweb.pe/doc/es-PE/rest/V4.0/api/get_my_keys.html (usuario y contraseña de la API REST)", r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Awana.Pagos
{
    // Izipay (Lyra) - pagos de la tienda de artesanías de Chinchero
    public class IzipayClient
    {
        private const string ShopId = "@@shop@@";
        private const string ApiPassword = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://api.micuentaweb.pe/api-payment/V4/") };

        public async Task<string> CreatePaymentAsync(string json)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ShopId}:{ApiPassword}"));
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var resp = await Http.PostAsync("Charge/CreatePayment", new StringContent(json, Encoding.UTF8, "application/json"));
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", secret="prodpassword_" + chars(45), shop=digits(8))

add("typescript/decoy-publishable-key", "tienda-chinchero/src/components/FormularioPago.tsx", "https://secure.micuentaweb.pe/doc/es-PE/rest/V4.0/javascript/ (kr-public-key)", r"""
import KRGlue from "@lyracom/embedded-form-glue";
import { useEffect } from "react";

// Llave pública JavaScript de Izipay: es pública por diseño (va en el HTML del formulario).
const ENDPOINT = "https://static.micuentaweb.pe";
const PUBLIC_KEY = "@@shop@@:prodpublickey_@@pk@@";

export default function FormularioPago({ formToken }: { formToken: string }) {
  useEffect(() => {
    KRGlue.loadLibrary(ENDPOINT, PUBLIC_KEY).then(({ KR }) =>
      KR.setFormConfig({ formToken, "kr-language": "es-PE" }).then(() => KR.attachForm("#formulario")),
    );
  }, [formToken]);
  return <div id="formulario" />;
}
""", shop=digits(8), pk=chars(45))

add("go/stripe-secret-key", "cmd/suscripciones/main.go", "https://docs.stripe.com/keys (sk_live_ secret keys)", r"""
package main

import (
	"log"
	"os"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/subscription"
)

// Club del ovillo: suscripción mensual de hilados de alpaca para clientes en EE.UU.
func main() {
	stripe.Key = "@@secret@@"

	params := &stripe.SubscriptionParams{
		Customer: stripe.String(os.Args[1]),
		Items: []*stripe.SubscriptionItemsParams{
			{Price: stripe.String("price_1PqWaykaAlpacaYarnMonthly")},
		},
	}
	s, err := subscription.New(params)
	if err != nil {
		log.Fatalf("suscripcion: %v", err)
	}
	log.Printf("suscripcion %s creada (%s)", s.ID, s.Status)
}
""", secret=stripe_key())

add("go/decoy-publishable-key", "web/templates/checkout.go", "https://docs.stripe.com/keys (publishable keys are safe to expose)", r"""
package templates

// Publishable key: Stripe documents it as safe to embed in the browser.
const StripePublishableKey = "@@pk@@"

const CheckoutHTML = `<script src="https://js.stripe.com/v3/"></script>
<div id="card-element"></div>
<script>
  const stripe = Stripe("{{ .PublishableKey }}");
  const elements = stripe.elements({ locale: "es" });
  elements.create("card").mount("#card-element");
</script>`
""", pk=stripe_key("pk_live_"))

add("markdown/mercadopago-webhook-secret", "docs/entrega-pagos.md", "https://www.mercadopago.com.pe/developers/es/docs/your-integrations/notifications/webhooks (clave secreta de la firma x-signature)", r"""
# Entrega del módulo de pagos (handover) - CECOALSUR

Yupaychani Rosa! Dejo aquí lo que necesitas para seguir con la tienda.

| Qué | Dónde / valor |
|-----|---------------|
| Panel Mercado Pago | cuenta `tesoreria@cecoalsur.pe` (clave en el sobre de la oficina de Juliaca) |
| Webhook URL | `https://cecoalsur.pe/api/mp/webhook` |
| Clave secreta del webhook (x-signature) | `@@secret@@` |
| Eventos | `payment`, `merchant_order` |

## Pendientes
- Rotar la clave del webhook cuando termine la campaña de esquila (marzo).
- Pasar las credenciales a AWS Secrets Manager (`cecoalsur/prod/mercadopago`).
- Probar el reembolso parcial con una compra de prueba.
""", secret=hexs(64))

add("k8s-secret/mercadopago-access-token", "deploy/k8s/api-ventas-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/ (data values are base64)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: api-ventas
  namespace: cecoalsur
  labels:
    app: api-ventas
type: Opaque
data:
  MP_ACCESS_TOKEN: @@enc@@
  DATABASE_HOST: @@host@@
  NODE_ENV: cHJvZHVjdGlvbg==
""", secret=(_mp := mp_token()), enc=b64(_mp), host=b64("pg-ventas.cecoalsur.svc"))

add("k8s-secret/decoy-secret-manager-reference", "deploy/k8s/api-ventas-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-ventas
  namespace: cecoalsur
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: api-ventas
    creationPolicy: Owner
  data:
    - secretKey: MP_ACCESS_TOKEN
      remoteRef:
        key: cecoalsur/prod/mercadopago
        property: access_token
    - secretKey: MP_WEBHOOK_SECRET
      remoteRef:
        key: cecoalsur/prod/mercadopago
        property: webhook_secret
""")

add("python/decoy-public-test-credentials", "facturacion/sunat_beta.py", "https://cpe.sunat.gob.pe/ (entorno de homologación beta: usuario MODDATOS)", r'''
"""Envío de facturas al entorno BETA de SUNAT (homologación).

Las credenciales MODDATOS/moddatos son las públicas de prueba que SUNAT publica para
el servicio beta; no sirven en producción.
"""
from zeep import Client
from zeep.wsse.username import UsernameToken

BETA_WSDL = "https://e-beta.sunat.gob.pe/ol-ti-itcpfegem-beta/billService?wsdl"
RUC = "20601458731"

cliente = Client(BETA_WSDL, wsse=UsernameToken(f"{RUC}MODDATOS", "moddatos"))


def enviar(nombre_zip: str, contenido: bytes):
    return cliente.service.sendBill(fileName=nombre_zip, contentFile=contenido)
''')

add("php/sunat-sol-password", "config/greenter.php", "https://greenter.dev/ (see->setCredentials(RUC.USUARIO, CLAVE_SOL))", r"""
<?php

use Greenter\See;
use Greenter\Ws\Services\SunatEndpoints;

// Facturación electrónica - Cooperativa de Servicios Múltiples Papa Andina (Huancavelica)
$see = new See();
$see->setCertificate(file_get_contents(__DIR__ . '/../certs/certificado.pem'));
$see->setService(SunatEndpoints::FE_PRODUCCION);
$see->setClaveSOL('20604417729', 'FACTURA1', '@@secret@@');

return $see;
""", secret=rand_pw(12))

add("json/nubefact-token", "integraciones/nubefact.json", "https://www.nubefact.com/integracion (RUTA y TOKEN de la API)", r"""
{
  "empresa": "Asociación de Productores de Papa Nativa Ayllu Ch'uñu",
  "ruc": "20609871145",
  "nubefact": {
    "ruta": "https://api.nubefact.com/api/v1/5f1c9a07-81d2-4c43-b0aa-2d6e4a9bc3e1",
    "token": "@@secret@@",
    "serie_factura": "F001",
    "serie_boleta": "B001"
  },
  "correo_copias": "contabilidad@aylluchunu.org.pe"
}
""", secret=hexs(64))

add("json/decoy-placeholder", "integraciones/nubefact.example.json", "https://www.nubefact.com/integracion", r"""
{
  "empresa": "NOMBRE DE LA ASOCIACIÓN",
  "ruc": "20XXXXXXXXX",
  "nubefact": {
    "ruta": "https://api.nubefact.com/api/v1/TU-RUTA-AQUI",
    "token": "TU_TOKEN_AQUI",
    "serie_factura": "F001",
    "serie_boleta": "B001"
  },
  "correo_copias": "contabilidad@ejemplo.org.pe"
}
""")

add("sql/culqi-secret-key", "db/seeds/003_pasarelas.sql", "https://docs.culqi.com/es/documentacion/culqi-js/v4/culqi-js/ (llave secreta sk_live_)", r"""
-- Pasarelas de pago habilitadas para la tienda (seed de producción)
INSERT INTO pasarelas (codigo, nombre, llave_publica, llave_secreta, activa)
VALUES
  ('culqi', 'Culqi', '@@pk@@', '@@secret@@', TRUE),
  ('yape', 'Yape vía Culqi', NULL, NULL, TRUE),
  ('transferencia', 'Transferencia BCP', NULL, NULL, TRUE);

UPDATE configuracion SET valor = 'PEN' WHERE clave = 'moneda';
""", secret=culqi_key(), pk=culqi_key("pk_live_"))

add("sql/decoy-vault-reference", "db/seeds/004_pasarelas_mp.sql", "https://developer.hashicorp.com/vault/docs/secrets/kv (kv path reference)", r"""
-- Las llaves no se guardan en la base: la columna apunta a la ruta de Vault.
INSERT INTO pasarelas (codigo, nombre, llave_publica, llave_secreta_ref, activa)
VALUES
  ('mercadopago', 'Mercado Pago', 'APP_USR-@@pk@@', 'vault:kv/data/tienda/mercadopago#access_token', TRUE),
  ('paypal', 'PayPal', NULL, 'vault:kv/data/tienda/paypal#client_secret', FALSE);

COMMENT ON COLUMN pasarelas.llave_secreta_ref IS 'Ruta en Vault; nunca el valor';
""", pk=uuid_s())

add("csv/decoy-ids", "reportes/ventas_2024-05.csv", "https://docs.culqi.com/es/documentacion/api/cargos/ (ids de cargo chr_live_)", r"""
fecha,pedido,cliente,producto,kg_o_unidades,total_pen,pasarela,id_cargo,estado
2024-05-02,QM-1187,Textiles Arequipa SAC,Fibra Baby Alpaca blanca,48.5,9215.00,culqi,chr_live_@@c1@@,pagado
2024-05-03,QM-1188,María Quispe,Chalina Suri,2,380.00,culqi,chr_live_@@c2@@,pagado
2024-05-07,QM-1189,Andes Yarn Co.,Hilado Royal Alpaca,120,14400.00,transferencia,,pagado
2024-05-11,QM-1190,Hanako Sato,Manta Huacaya,1,690.00,culqi,chr_live_@@c3@@,reembolsado
2024-05-19,QM-1191,Juan Mamani,Poncho tradicional,1,450.00,culqi,chr_live_@@c4@@,pagado
""", c1=chars(16), c2=chars(16), c3=chars(16), c4=chars(16))

add("log/culqi-secret-key", "logs/api-pagos-2024-06-14.log", "https://docs.culqi.com/es/documentacion/api/ (Authorization: Bearer llave secreta)", r"""
2024-06-14T09:12:03.118-05:00 INFO  [pagos] iniciando worker de cobros (pid 2214)
2024-06-14T09:12:41.502-05:00 DEBUG [http] POST https://api.culqi.com/v2/charges
2024-06-14T09:12:41.503-05:00 DEBUG [http] headers={'Content-Type': 'application/json', 'Authorization': 'Bearer @@secret@@'}
2024-06-14T09:12:42.011-05:00 DEBUG [http] status=201 body={"object":"charge","id":"chr_live_@@cid@@","amount":38000}
2024-06-14T09:12:42.014-05:00 INFO  [pagos] pedido QM-1203 pagado
2024-06-14T09:15:10.877-05:00 WARN  [pagos] reintento webhook pedido QM-1204 (timeout 5s)
""", secret=culqi_key(), cid=chars(16))

# ---------------------------------------------------------------------------------------------
# Seed-bank cold rooms, field sensors and LoRaWAN (ESP32, TTN, MQTT, InfluxDB, Grafana)
# ---------------------------------------------------------------------------------------------

add("arduino/mqtt-password", "firmware/camara_fria/camara_fria.ino", "https://pubsubclient.knolleary.net/api (connect(id, user, pass))", r"""
// Sensor de cámara fría - Banco de semillas de papa nativa (Pisac)
// Chiri wasi: temperatura y humedad cada 60 s
#include <WiFi.h>
#include <PubSubClient.h>
#include <DHT.h>
#include "secrets.h"   // WIFI_SSID, WIFI_PASS

#define DHTPIN 4
const char* MQTT_HOST = "mqtt.bancomuhu.org.pe";
const char* MQTT_USER = "camara_fria_02";
const char* MQTT_PASS = "@@secret@@";

WiFiClient wifi;
PubSubClient mqtt(wifi);
DHT dht(DHTPIN, DHT22);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
  dht.begin();
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("camara-fria-02", MQTT_USER, MQTT_PASS);
  char msg[64];
  snprintf(msg, sizeof(msg), "{\"t\":%.1f,\"h\":%.1f}", dht.readTemperature(), dht.readHumidity());
  mqtt.publish("muhu/pisac/camara02", msg);
  mqtt.loop();
  delay(60000);
}
""", secret=rand_pw(16))

add("c/wifi-password", "firmware/camara_fria/secrets.h", "https://docs.arduino.cc/arduino-cloud/guides/arduino-cloud-api/ (arduino_secrets.h pattern)", r"""
#pragma once
// Credenciales de red del almacén de semillas (no subir a GitHub... ya subido, rotar)
#define WIFI_SSID "MuhuWasi-Almacen"
#define WIFI_PASS "@@secret@@"
#define NTP_SERVER "pool.ntp.org"
#define TZ_OFFSET_SEC (-5 * 3600)
""", secret=words_pw())

add("python/ttn-api-key", "sensores/ttn_descarga.py", "https://www.thethingsindustries.com/docs/api/concepts/auth/ (API keys NNSXS.)", r'''
"""Descarga los mensajes guardados (Storage Integration) de los sensores de suelo en las parcelas de papa."""
import csv
import json

import requests

APP_ID = "parcelas-papa-nativa"
TTN_API_KEY = "@@secret@@"
URL = f"https://nam1.cloud.thethings.network/api/v3/as/applications/{APP_ID}/packages/storage/uplink_message"


def descargar(desde: str = "2024-01-01T00:00:00Z") -> list:
    r = requests.get(URL, headers={"Authorization": f"Bearer {TTN_API_KEY}", "Accept": "text/event-stream"},
                     params={"after": desde}, timeout=60)
    r.raise_for_status()
    return [json.loads(line)["result"] for line in r.text.splitlines() if line.strip()]


if __name__ == "__main__":
    with open("lecturas_suelo.csv", "w", newline="") as f:
        w = csv.writer(f)
        for m in descargar():
            p = m["uplink_message"].get("decoded_payload", {})
            w.writerow([m["end_device_ids"]["device_id"], m["received_at"], p.get("humedad"), p.get("temp_suelo")])
''', secret=ttn_key())

add("yaml/lorawan-app-key", "lorawan/dispositivos/suelo-huayro-07.yaml", "https://www.thethingsindustries.com/docs/devices/adding-devices/ (root keys: AppKey)", r"""
# Alta del sensor de humedad de suelo - parcela Huayro 07 (Chawaytire)
end_device:
  ids:
    device_id: suelo-huayro-07
    dev_eui: "70B3D57ED0061A27"
    join_eui: "0000000000000000"
  name: Suelo Huayro 07
  lorawan_version: MAC_V1_0_3
  lorawan_phy_version: PHY_V1_0_3_REV_A
  frequency_plan_id: AU_915_928_FSB_2
  supports_join: true
  root_keys:
    app_key:
      key: "@@secret@@"
  attributes:
    parcela: huayro-07
    altitud_msnm: "3870"
""", secret=hexs(32).upper())

add("csv/decoy-device-ids", "lorawan/inventario_sensores.csv", "https://lora-alliance.org/resource_hub/lorawan-specification-v1-0-3/ (DevEUI, JoinEUI identifiers)", r"""
device_id,dev_eui,join_eui,modelo,parcela,instalado,bateria_pct
suelo-huayro-01,70B3D57ED0061A01,0000000000000000,Dragino LSE01,huayro-01,2023-10-04,88
suelo-huayro-02,70B3D57ED0061A02,0000000000000000,Dragino LSE01,huayro-02,2023-10-04,91
suelo-peruanita-03,A84041000181C3D2,A840410000000101,Dragino LSE01,peruanita-03,2023-11-12,76
clima-chawaytire,0004A30B00F4C1E7,0004A30B00000000,Davis VP2 + RAK,estacion,2022-08-30,100
camara-fria-02,24:0A:C4:9F:12:7C,,ESP32 DHT22,almacen-pisac,2024-02-19,
""")

add("python/influxdb-token", "sensores/exportar_influx.py", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/python/ (InfluxDBClient(url, token, org))", r"""
from datetime import datetime, timezone

from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

# Muhu waqaychana: lecturas de las cámaras frías (-18 °C) y del cuarto de secado
client = InfluxDBClient(
    url="https://influx.bancomuhu.org.pe",
    token="@@secret@@",
    org="banco-semillas",
)
write_api = client.write_api(write_options=SYNCHRONOUS)


def registrar(camara: str, temperatura: float, humedad: float) -> None:
    punto = (Point("camara_fria").tag("camara", camara)
             .field("temperatura", temperatura).field("humedad", humedad)
             .time(datetime.now(timezone.utc)))
    write_api.write(bucket="camaras", record=punto)
""", secret=influx_token())

add("toml/influxdb-token", "telegraf/telegraf.conf", "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md (token)", r"""
# Telegraf del gateway del almacén de semillas (Raspberry Pi)
[agent]
  interval = "60s"
  hostname = "gw-almacen-pisac"

[[outputs.influxdb_v2]]
  urls = ["https://influx.bancomuhu.org.pe"]
  token = "@@secret@@"
  organization = "banco-semillas"
  bucket = "camaras"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["muhu/pisac/#"]
  data_format = "json"

[[inputs.cpu]]
[[inputs.disk]]
""", secret=influx_token())

add("toml/decoy-env-reference", "telegraf/telegraf.chawaytire.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", r"""
# Telegraf de la estación de Chawaytire: el token llega por entorno (systemd EnvironmentFile)
[agent]
  interval = "300s"
  hostname = "gw-chawaytire"

[[outputs.influxdb_v2]]
  urls = ["https://influx.bancomuhu.org.pe"]
  token = "${INFLUX_TOKEN}"
  organization = "banco-semillas"
  bucket = "clima"

[[inputs.modbus]]
  name = "estacion_davis"
  controller = "file:///dev/ttyUSB0"
  baud_rate = 19200
""")

add("yaml/grafana-datasource-password", "grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources (secureJsonData password)", r"""
apiVersion: 1

datasources:
  - name: Germoplasma
    type: postgres
    url: pg-germoplasma.interno:5432
    user: grafana_lector
    jsonData:
      database: germoplasma
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: "@@secret@@"
  - name: Camaras
    type: influxdb
    url: https://influx.bancomuhu.org.pe
    jsonData:
      version: Flux
      organization: banco-semillas
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", secret=rand_pw(22))

add("shell/grafana-service-account-token", "scripts/respaldo_dashboards.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/ (glsa_ tokens)", r"""
#!/bin/sh
# Respaldo semanal de los tableros de Grafana (cron domingo 02:00)
GRAFANA=https://grafana.bancomuhu.org.pe
GRAFANA_TOKEN="@@secret@@"
DEST=/srv/respaldos/grafana/$(date +%F)

mkdir -p "$DEST"
for uid in $(curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA/api/dashboards/uid/$uid" > "$DEST/$uid.json"
done
find /srv/respaldos/grafana -maxdepth 1 -mtime +60 -exec rm -rf {} +
""", secret=grafana_token())

add("ini/decoy-password-hash", "mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html (password file holds salted hashes)", r"""
camara_fria_01:$7$101$@@s1@@$@@h1@@
camara_fria_02:$7$101$@@s2@@$@@h2@@
gw-almacen-pisac:$7$101$@@s3@@$@@h3@@
telegraf:$7$101$@@s4@@$@@h4@@
nodered:$7$101$@@s5@@$@@h5@@
""", s1=chars(16, ALNUM + "+/"), h1=chars(86, ALNUM + "+/") + "==", s2=chars(16, ALNUM + "+/"), h2=chars(86, ALNUM + "+/") + "==",
    s3=chars(16, ALNUM + "+/"), h3=chars(86, ALNUM + "+/") + "==", s4=chars(16, ALNUM + "+/"), h4=chars(86, ALNUM + "+/") + "==",
    s5=chars(16, ALNUM + "+/"), h5=chars(86, ALNUM + "+/") + "==")

add("ini/mqtt-password", "mosquitto/conf.d/puente_central.conf", "https://mosquitto.org/man/mosquitto-conf-5.html (bridge remote_password)", r"""
# Puente MQTT: almacén de Pisac -> servidor central en Cusco
connection puente-cusco
address mqtt.cusco.bancomuhu.org.pe:8883
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid gw-almacen-pisac
remote_username pisac
remote_password @@secret@@
topic muhu/pisac/# out 1
topic muhu/control/pisac/# in 1
try_private true
cleansession false
""", secret=passphrase())

add("javascript/decoy-env-reference", "nodered/settings.js", "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption (credentialSecret)", r"""
// Node-RED del gateway del almacén: las credenciales de los flujos se cifran con credentialSecret.
module.exports = {
  uiPort: process.env.PORT || 1880,
  flowFile: "flows.json",
  credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
  adminAuth: {
    type: "credentials",
    users: [{ username: "operador", password: process.env.NODE_RED_ADMIN_HASH, permissions: "*" }],
  },
  httpNodeAuth: { user: "tablero", pass: process.env.NODE_RED_TABLERO_HASH },
  functionGlobalContext: { camaras: ["camara01", "camara02", "secado"] },
  logging: { console: { level: "info", metrics: false, audit: false } },
};
""")

add("json/weatherlink-api-secret", "estacion/weatherlink.json", "https://weatherlink.github.io/v2-api/authentication (api-key and X-Api-Secret)", r"""
{
  "estacion": "Chawaytire 3870 msnm",
  "proveedor": "Davis WeatherLink v2",
  "station_id": 148221,
  "api_key": "@@key@@",
  "api_secret": "@@secret@@",
  "intervalo_min": 15,
  "alertas": {
    "helada_c": -3.0,
    "granizo": true,
    "telegram_chat": -1001874233021
  }
}
""", secret=chars(32, string.ascii_lowercase + string.digits), key=chars(32, string.ascii_lowercase + string.digits))

add("python/ubidots-token", "sensores/ubidots_riego.py", "https://docs.ubidots.com/reference/authentication (X-Auth-Token BBFF-)", r"""
import time

import requests

# Riego por goteo del invernadero de semilla pre-básica (INIA Andenes, Cusco)
UBIDOTS_TOKEN = "@@secret@@"
DEVICE = "invernadero-andenes"


def enviar(humedad: float, caudal: float) -> int:
    r = requests.post(
        f"https://industrial.api.ubidots.com/api/v1.6/devices/{DEVICE}",
        headers={"X-Auth-Token": UBIDOTS_TOKEN, "Content-Type": "application/json"},
        json={"humedad_sustrato": humedad, "caudal_lpm": caudal},
        timeout=10,
    )
    return r.status_code


while True:
    enviar(leer_humedad(), leer_caudal())  # noqa: F821 (definidas en hardware.py)
    time.sleep(300)
""", secret="BBFF-" + chars(30))

add("compose/grafana-admin-password", "docker/monitoreo/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/ (GF_SECURITY_ADMIN_PASSWORD)", r"""
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883", "8883:8883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  influxdb:
    image: influxdb:2.7
    volumes:
      - influx-data:/var/lib/influxdb2
  grafana:
    image: grafana/grafana:10.4.2
    ports: ["3000:3000"]
    environment:
      GF_SERVER_ROOT_URL: https://grafana.bancomuhu.org.pe
      GF_SECURITY_ADMIN_USER: kamayuq
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_USERS_ALLOW_SIGN_UP: "false"
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
volumes:
  influx-data:
""", secret=words_pw())

add("compose/decoy-secret-file", "docker/monitoreo/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/ (secrets: file)", r"""
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_password
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx_admin_token
      DOCKER_INFLUXDB_INIT_ORG: banco-semillas
      DOCKER_INFLUXDB_INIT_BUCKET: camaras
    secrets: [influx_admin_password, influx_admin_token]
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin_password
    secrets: [grafana_admin_password]
secrets:
  influx_admin_password:
    file: ./secrets/influx_admin_password.txt
  influx_admin_token:
    file: ./secrets/influx_admin_token.txt
  grafana_admin_password:
    file: ./secrets/grafana_admin_password.txt
""")

add("markdown/device-admin-password", "docs/runbook-camaras-frias.md", "https://www.carel.com/ (pCOweb controller web admin login)", r"""
# Runbook: alarma de cámara fría (banco de semillas, Pisac)

**Chiri wasi -18 °C.** Si la temperatura sube sobre -15 °C por más de 20 minutos:

1. Revisar el tablero "Cámaras" en Grafana.
2. Entrar al controlador Carel pCOweb de la cámara: `http://192.168.50.21/`
   - usuario: `admin`
   - contraseña: `@@secret@@`
3. Verificar el compresor 2 (alarma HP = alta presión). Reiniciar solo una vez.
4. Si no baja: llamar a Don Teófilo (técnico de frío) y mover los sobres de semilla
   de las repisas A1-A6 a la cámara 01.

Ama qunqaychu: anotar todo en el cuaderno de incidencias.
""", secret=rand_pw(10))

add("routeros/wifi-pre-shared-key", "red/mikrotik-almacen.rsc", "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface (security-profiles wpa2-pre-shared-key)", r"""
# jun/03/2024 08:41:12 by RouterOS 6.49.10
# software id = 7KQ2-VX4M
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=almacen supplicant-identity="" wpa2-pre-shared-key="@@secret@@"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n disabled=no mode=ap-bridge security-profile=almacen ssid=MuhuWasi-Almacen
/ip address
add address=192.168.50.1/24 interface=bridge network=192.168.50.0
/ip dhcp-server network
add address=192.168.50.0/24 dns-server=1.1.1.1 gateway=192.168.50.1
/system identity
set name=rb-almacen-pisac
""", secret=passphrase())

add("routeros/decoy-redacted", "red/mikrotik-chawaytire.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management (export hide-sensitive)", r"""
# jun/03/2024 09:02:55 by RouterOS 6.49.10
# software id = 2HW9-R8LN
# exported with hide-sensitive
/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=estacion supplicant-identity=""
/interface lte apn
set [ find default=yes ] apn=entel.pe
/ppp secret
add name=tecnico profile=default-encryption service=l2tp
/ip address
add address=192.168.60.1/24 interface=bridge network=192.168.60.0
/system identity
set name=rb-estacion-chawaytire
""")

add("python/particle-access-token", "sensores/particle_tensiometros.py", "https://docs.particle.io/reference/cloud-apis/access-tokens/ (access_token, 40 hex)", r"""
import requests

# Tensiómetros en las parcelas de semilla de Ccompis (Particle Boron, red celular)
ACCESS_TOKEN = "@@secret@@"
DISPOSITIVOS = ["tensio-ccompis-01", "tensio-ccompis-02", "tensio-ccompis-03"]


def leer(dispositivo: str) -> float:
    r = requests.get(
        f"https://api.particle.io/v1/devices/{dispositivo}/kpa",
        params={"access_token": ACCESS_TOKEN},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["result"]


for d in DISPOSITIVOS:
    print(d, leer(d), "kPa")
""", secret=hexs(40))

add("rust/chirpstack-api-token", "puente-lorawan/src/config.rs", "https://www.chirpstack.io/docs/chirpstack/api/ (authorization: Bearer <API token JWT>)", r"""
//! Puente LoRaWAN -> base de datos de germoplasma (estaciones del Parque de la Papa)

pub struct Config {
    pub chirpstack_url: &'static str,
    pub api_token: &'static str,
    pub tenant_id: &'static str,
    pub application_id: &'static str,
}

pub const CONFIG: Config = Config {
    chirpstack_url: "https://lns.parquepapa.org.pe:8080",
    api_token: "@@secret@@",
    tenant_id: "52f14cd4-c6f1-4fbd-8f87-4025e1d49242",
    application_id: "1b4e0a30-43f6-4f0a-9f1d-9d6c2c1a7e55",
};

pub fn bearer() -> String {
    format!("Bearer {}", CONFIG.api_token)
}
""", secret=jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": uuid_s(), "typ": "key"}))

add("go/decoy-test-vector", "lorawan/crypto/mic_test.go", "https://www.rfc-editor.org/rfc/rfc4493 (AES-CMAC test vectors, key 2b7e1516...)", r"""
package crypto

import (
	"encoding/hex"
	"testing"
)

// Vectores de prueba de RFC 4493 (AES-CMAC): la clave es la del estándar, no de un dispositivo.
const rfcKey = "2b7e151628aed2a6abf7158809cf4f3c"

func TestCMACEmpty(t *testing.T) {
	key, _ := hex.DecodeString(rfcKey)
	got := hex.EncodeToString(cmac(key, nil))
	if got != "bb1d6929e95937287fa37d129b756746" {
		t.Fatalf("cmac vacío = %s", got)
	}
}

func TestCMAC16(t *testing.T) {
	key, _ := hex.DecodeString(rfcKey)
	msg, _ := hex.DecodeString("6bc1bee22e409f96e93d7e117393172a")
	if got := hex.EncodeToString(cmac(key, msg)); got != "070a16b46b4d4144f79bdd9dd04a287c" {
		t.Fatalf("cmac 16 = %s", got)
	}
}
""")

add("ansible/ssh-password", "inventarios/estaciones.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html (ansible_password)", r"""
# Gateways Raspberry Pi de las estaciones y almacenes
[gateways]
gw-almacen-pisac   ansible_host=10.8.0.11
gw-chawaytire      ansible_host=10.8.0.12
gw-amaru           ansible_host=10.8.0.13
gw-paru-paru       ansible_host=10.8.0.14

[gateways:vars]
ansible_user=pi
ansible_password=@@secret@@
ansible_become=true
ansible_python_interpreter=/usr/bin/python3
""", secret=words_pw())

add("ansible/decoy-vault-encrypted", "group_vars/gateways/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html (!vault encrypted variables)", r"""
---
# Secretos de los gateways: cifrados con ansible-vault (id "campo")
ansible_password: !vault |
  $ANSIBLE_VAULT;1.2;AES256;campo
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
  @@l5@@
mqtt_bridge_password: "{{ vault_mqtt_bridge_password }}"
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/gateways:influx_token') }}"
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("kotlin/telegram-bot-token", "app-alertas/app/src/main/java/pe/bancomuhu/alertas/TelegramNotifier.kt", "https://core.telegram.org/bots/api#authorizing-your-bot (bot token)", r"""
package pe.bancomuhu.alertas

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

// Avisos de helada y de cámara fría al grupo "Muhu Waqaychaq"
object TelegramNotifier {
    private const val BOT_TOKEN = "@@secret@@"
    private const val CHAT_ID = "-1001874233021"
    private val http = OkHttpClient()

    fun avisar(texto: String) {
        val body = FormBody.Builder()
            .add("chat_id", CHAT_ID)
            .add("text", texto)
            .add("parse_mode", "Markdown")
            .build()
        val req = Request.Builder()
            .url("https://api.telegram.org/bot$BOT_TOKEN/sendMessage")
            .post(body)
            .build()
        http.newCall(req).execute().close()
    }
}
""", secret=fakes.telegram_token(_seed()))

add("yaml/decoy-env-reference", "sensores/config/alertas.yaml", "https://core.telegram.org/bots/api (token from environment)", r"""
# Umbrales de alerta (banco de semillas) - el token del bot se lee de TELEGRAM_BOT_TOKEN
telegram:
  bot_token: ${TELEGRAM_BOT_TOKEN}
  chat_id: -1001874233021
camaras:
  camara01: {min_c: -22.0, max_c: -15.0}
  camara02: {min_c: -22.0, max_c: -15.0}
  secado: {min_c: 15.0, max_c: 25.0, max_hr: 20}
helada:
  estacion: chawaytire
  umbral_c: -3.0
  avisar_desde: "18:00"
""")

# ---------------------------------------------------------------------------------------------
# Genebank data, field surveys and analysis (R, notebooks, KoboToolbox, ODK, cloud storage)
# ---------------------------------------------------------------------------------------------

add("r/database-password", "analisis/R/conexion_germoplasma.R", "https://rpostgres.r-dbi.org/reference/Postgres.html (dbConnect(RPostgres::Postgres(), password =))", r"""
# Conexión a la base de germoplasma de papa nativa (1 247 accesiones)
library(DBI)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "pg-germoplasma.bancomuhu.org.pe",
  port = 5432,
  dbname = "germoplasma",
  user = "analista_r",
  password = "@@secret@@",
  sslmode = "require"
)

accesiones <- tbl(con, "accesiones") %>%
  filter(especie == "Solanum tuberosum subsp. andigena") %>%
  collect()

cat("Accesiones andigena:", nrow(accesiones), "\n")
dbDisconnect(con)
""", secret=rand_pw(18))

add("r/decoy-env-reference", "analisis/R/caracterizacion_morfologica.R", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Sys.getenv.html", r"""
# Caracterización morfológica: color de piel y pulpa por accesión (descriptores CIP)
library(DBI)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("PGHOST", "localhost"),
  dbname = "germoplasma",
  user = Sys.getenv("PGUSER"),
  password = Sys.getenv("PGPASSWORD")
)

desc <- dbGetQuery(con, "SELECT accesion, color_piel, color_pulpa, forma_tuberculo FROM descriptores")
ggplot(desc, aes(x = color_piel, fill = color_pulpa)) +
  geom_bar() +
  labs(title = "Papas nativas: color de piel y pulpa", x = "Color de piel", y = "Accesiones")
ggsave("figuras/color_piel_pulpa.png", width = 8, height = 5)
dbDisconnect(con)
""")

add("env/kobotoolbox-token", "encuestas/.Renviron", "https://support.kobotoolbox.org/api.html (API token, 40 hex)", r"""
# Variables para robotoolbox (encuesta de esquila 2024, comunidades de Nuñoa)
KOBOTOOLBOX_URL=https://kf.kobotoolbox.org
KOBOTOOLBOX_TOKEN=@@secret@@
ENCUESTA_ESQUILA_UID=aKx9pLr7WmQ2vN4eZs8TgB
R_LIBS_USER=~/R/library
""", secret=hexs(40))

add("python/kobotoolbox-token", "encuestas/descargar_censo_alpacas.py", "https://support.kobotoolbox.org/api.html (Authorization: Token)", r"""
# Censo de alpacas por familia (Huacaya / Suri, color, edad) desde KoboToolbox.
import pandas as pd
import requests

KOBO = "https://kf.kobotoolbox.org/api/v2"
ASSET = "aQ7mTp2Yc8NxWv3LrB5eKd"
HEADERS = {"Authorization": "Token @@secret@@"}


def descargar() -> pd.DataFrame:
    r = requests.get(f"{KOBO}/assets/{ASSET}/data.json", headers=HEADERS, timeout=60)
    r.raise_for_status()
    df = pd.json_normalize(r.json()["results"])
    return df.rename(columns={"grupo_hato/huacaya": "huacaya", "grupo_hato/suri": "suri"})


if __name__ == "__main__":
    censo = descargar()
    censo.to_excel("censo_alpacas_2024.xlsx", index=False)
    print(censo[["comunidad", "huacaya", "suri"]].groupby("comunidad").sum())
""", secret=hexs(40))

add("notebook/aws-secret-key", "notebooks/rendimiento_fibra_2023.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html (aws_secret_access_key parameter)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rendimiento de fibra por esquila 2023\n", "Diámetro medio (micras) y peso de vellón por comunidad."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', region_name='sa-east-1',\n",
    "                  aws_access_key_id='@@kid@@',\n",
    "                  aws_secret_access_key='@@secret@@')\n",
    "obj = s3.get_object(Bucket='qorimillma-datos', Key='esquila/2023/vellones.csv')\n",
    "df = pd.read_csv(obj['Body'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('comunidad')[['micras', 'peso_vellon_kg']].mean().round(2)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/decoy-checksums", "notebooks/verificacion_secuencias.ipynb", "https://docs.python.org/3/library/hashlib.html (sha256 checksums of data files)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Verificación de lecturas GBS (genotipado de 384 accesiones)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "placa01_R1.fastq.gz  sha256=@@h1@@ OK\n",
      "placa01_R2.fastq.gz  sha256=@@h2@@ OK\n",
      "run_id=@@run@@\n"
     ]
    }
   ],
   "source": ["for f in archivos:\n", "    print(f.name, 'sha256=' + sha256(f), 'OK')\n", "print('run_id=' + run_id)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256(), h2=sha256(), run=uuid_s())

add("python/huggingface-token", "modelos/rancha/subir_modelo.py", "https://huggingface.co/docs/hub/security-tokens (hf_ user access tokens)", r"""
# Sube el clasificador de rancha (Phytophthora infestans) en hojas de papa al Hub
from huggingface_hub import HfApi

api = HfApi(token="@@secret@@")

api.create_repo("bancomuhu/rancha-hojas-vit", private=True, exist_ok=True)
api.upload_folder(
    folder_path="salida/vit-base-rancha",
    repo_id="bancomuhu/rancha-hojas-vit",
    commit_message="Modelo entrenado con 6 200 fotos de Paucartambo y Calca",
)
print("listo")
""", secret=hf_token())

add("toml/odk-central-password", "encuestas/pyodk_config.toml", "https://getodk.github.io/pyodk/#configure (pyodk_config.toml [central] username/password)", r"""
# Configuración de pyodk - servidor ODK Central de la ONG (formularios de semilla y esquila)
[central]
base_url = "https://odk.yanapakuy.org.pe"
username = "datos@yanapakuy.org.pe"
password = "@@secret@@"
default_project_id = 4
""", secret=words_pw())

add("sql/database-password", "db/migraciones/0007_roles_lectura.sql", "https://www.postgresql.org/docs/current/sql-createrole.html (LOGIN PASSWORD)", r"""
-- Roles de solo lectura para el tablero y los analistas
CREATE ROLE grafana_lector WITH LOGIN PASSWORD '@@secret@@' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE germoplasma TO grafana_lector;
GRANT USAGE ON SCHEMA public TO grafana_lector;
GRANT SELECT ON accesiones, descriptores, inventario_sobres TO grafana_lector;

CREATE ROLE analista_r NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analista_r;
""", secret=rand_pw(20))

add("sql/decoy-password-hash", "db/respaldos/roles_dump.sql", "https://www.postgresql.org/docs/current/auth-password.html (SCRAM-SHA-256 stored verifier)", r"""
--
-- PostgreSQL database cluster dump (roles only)
--
CREATE ROLE analista_r;
ALTER ROLE analista_r WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:@@s1@@$@@k1@@:@@v1@@';
CREATE ROLE grafana_lector;
ALTER ROLE grafana_lector WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:@@s2@@$@@k2@@:@@v2@@';
--
-- PostgreSQL database cluster dump complete
--
""", s1=chars(22, ALNUM + "+/") + "==", k1=chars(43, ALNUM + "+/") + "=", v1=chars(43, ALNUM + "+/") + "=",
    s2=chars(22, ALNUM + "+/") + "==", k2=chars(43, ALNUM + "+/") + "=", v2=chars(43, ALNUM + "+/") + "=")

add("xml/sqlserver-password", "GrinGlobal.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax (Password= in connectionStrings)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- GRIN-Global: inventario del banco de germoplasma regional (Huancayo) -->
  <connectionStrings>
    <add name="DataManager" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql-grin.interno\SQLEXPRESS;Initial Catalog=gringlobal;User ID=gg_user;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True" />
  </connectionStrings>
  <appSettings>
    <add key="SiteCode" value="PER-HYO" />
    <add key="DefaultLanguage" value="es" />
    <add key="ImageRoot" value="\\nas-grin\imagenes\accesiones" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", secret=words_pw())

add("csv/decoy-accession-ids", "datos/pasaporte_accesiones.csv", "https://www.fao.org/plant-treaty/areas-of-work/global-information-system/doi/en/ (DOIs of PGRFA, 10.18730/)", r"""
ACCENUMB,DOI,GENUS,SPECIES,ACCENAME,ORIGCTY,DECLATITUDE,DECLONGITUDE,ELEVATION,COLLDATE,SAMPSTAT
BMP-00412,10.18730/@@d1@@,Solanum,tuberosum,Puka Mama,PER,-13.3624,-71.9215,4010,20190412,300
BMP-00413,10.18730/@@d2@@,Solanum,tuberosum,Yana Ñawi,PER,-13.3701,-71.9188,3985,20190412,300
BMP-00414,10.18730/@@d3@@,Solanum,juzepczukii,Ruki,PER,-15.8402,-70.0219,3890,20190603,300
BMP-00415,10.18730/@@d4@@,Solanum,ajanhuiri,Yari,PER,-15.9011,-69.9804,3905,20190603,300
BMP-00416,10.18730/@@d5@@,Solanum,stenotomum,Qompis,PER,-13.3555,-71.9302,3950,20190708,300
""", d1=chars(5, "ABCDEFGHJKMNPQRSTVWXYZ0123456789") + "~" + chars(1, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"),
    d2=chars(5, "ABCDEFGHJKMNPQRSTVWXYZ0123456789") + "~" + chars(1, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"),
    d3=chars(5, "ABCDEFGHJKMNPQRSTVWXYZ0123456789") + "~" + chars(1, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"),
    d4=chars(5, "ABCDEFGHJKMNPQRSTVWXYZ0123456789") + "~" + chars(1, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"),
    d5=chars(5, "ABCDEFGHJKMNPQRSTVWXYZ0123456789") + "~" + chars(1, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"))

_gcp_body = chars(64 * 8, ALNUM + "+/")
_gcp_key = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(_gcp_body[i:i + 64] for i in range(0, len(_gcp_body), 64)) + "\\n-----END PRIVATE KEY-----\\n"
add("json/gcp-service-account-key", "credenciales/bancomuhu-drive-sync.json", "https://cloud.google.com/iam/docs/keys-create-delete (service account key JSON, private_key)", r"""
{
  "type": "service_account",
  "project_id": "bancomuhu-datos",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "drive-sync@bancomuhu-datos.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/drive-sync%40bancomuhu-datos.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_gcp_key, kid=hexs(40), cid=digits(21))

add("terraform/aws-secret-key", "infra/respaldos/proveedor.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration (access_key / secret_key)", r"""
# Respaldos del banco de semillas en S3 (copia fuera del país, acuerdo con el tratado ITPGRFA)
provider "aws" {
  region     = "sa-east-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "respaldos" {
  bucket = "bancomuhu-respaldos-germoplasma"
}

resource "aws_s3_bucket_versioning" "respaldos" {
  bucket = aws_s3_bucket.respaldos.id
  versioning_configuration {
    status = "Enabled"
  }
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-arn", "infra/respaldos/iam.tf", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html", r"""
provider "aws" {
  region  = "sa-east-1"
  profile = "bancomuhu-admin"
}

data "aws_iam_policy_document" "respaldo" {
  statement {
    actions   = ["s3:PutObject", "s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::bancomuhu-respaldos-germoplasma", "arn:aws:s3:::bancomuhu-respaldos-germoplasma/*"]
  }
}

resource "aws_iam_role" "respaldo" {
  name               = "respaldo-nas"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::418273650194:user/nas-pisac" } }] })
}

resource "aws_kms_key" "respaldo" {
  description = "KMS respaldos germoplasma"
}
""")

add("ini/aws-secret-key", "nas/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (credentials file)", r"""
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[respaldo-nas]
role_arn = arn:aws:iam::418273650194:role/respaldo-nas
source_profile = default
region = sa-east-1
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-sso-config", "nas/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", r"""
[profile bancomuhu-admin]
sso_session = bancomuhu
sso_account_id = 418273650194
sso_role_name = AdministratorAccess
region = sa-east-1

[sso-session bancomuhu]
sso_start_url = https://d-9067a1b2c3.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
""")

add("dockerfile/azure-storage-key", "servicios/fotos-accesiones/Dockerfile", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string (AccountKey=)", r"""
FROM python:3.12-slim
# Servicio que sube las fotos de tubérculos (anverso/reverso) a Azure Blob
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV CONTENEDOR=fotos-accesiones \
    AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=bancomuhufotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
EXPOSE 8000
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
""", secret=azure_storage_key())

add("dockerfile/decoy-build-secret", "servicios/reportes/Dockerfile", "https://docs.docker.com/build/building/secrets/ (RUN --mount=type=secret)", r"""
# syntax=docker/dockerfile:1.7
FROM rocker/r-ver:4.4.1
WORKDIR /reportes
COPY renv.lock .
# El PAT de GitHub para paquetes privados llega como secreto de build, no queda en la imagen
RUN --mount=type=secret,id=github_pat \
    GITHUB_PAT=$(cat /run/secrets/github_pat) R -e "renv::restore()"
COPY . .
ENV SHINY_PORT=3838
CMD ["R", "-e", "shiny::runApp('/reportes', host='0.0.0.0', port=3838)"]
""")

add("python/google-api-key", "encuestas/geocodificar_parcelas.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key (key= parameter)", r"""
import csv

import googlemaps

# Geocodifica las parcelas de papa nativa declaradas por los agricultores (reverse geocoding)
gmaps = googlemaps.Client(key="@@secret@@")

with open("parcelas.csv") as f, open("parcelas_geo.csv", "w", newline="") as out:
    w = csv.writer(out)
    for fila in csv.DictReader(f):
        r = gmaps.reverse_geocode((float(fila["lat"]), float(fila["lon"])), language="es")
        distrito = next((c["long_name"] for c in r[0]["address_components"] if "locality" in c["types"]), "")
        w.writerow([fila["parcela"], fila["lat"], fila["lon"], distrito])
""", secret=google_key())

add("javascript/decoy-firebase-config", "app-esquila/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys (Firebase API keys are not secret)", r"""
// Configuración web de Firebase (app de registro de esquila). Estas claves son públicas por diseño;
// el acceso se controla con las reglas de Firestore.
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "esquila-qorimillma.firebaseapp.com",
  projectId: "esquila-qorimillma",
  storageBucket: "esquila-qorimillma.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", key=google_key(), sender=digits(12), app=hexs(22))

add("github-actions/shinyapps-secret", ".github/workflows/publicar-tablero.yml", "https://docs.posit.co/shinyapps.io/guide/getting_started/ (rsconnect::setAccountInfo(name, token, secret))", r"""
name: Publicar tablero de esquila
on:
  push:
    branches: [main]
    paths: ["tablero/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
        with:
          r-version: "4.4"
      - name: Instalar paquetes
        run: Rscript -e 'install.packages(c("rsconnect", "shiny", "dplyr"))'
      - name: Publicar en shinyapps.io
        run: |
          Rscript -e 'rsconnect::setAccountInfo(name="qorimillma", token="@@tok@@", secret="@@secret@@")'
          Rscript -e 'rsconnect::deployApp("tablero", appName="esquila-2024", forceUpdate=TRUE)'
""", secret=chars(40, ALNUM + "+/"), tok=hexs(32).upper())

add("github-actions/decoy-secrets-context", ".github/workflows/publicar-tablero-semillas.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
name: Publicar tablero del banco de semillas
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
      - name: Publicar en shinyapps.io
        env:
          SHINY_TOKEN: ${{ secrets.SHINYAPPS_TOKEN }}
          SHINY_SECRET: ${{ secrets.SHINYAPPS_SECRET }}
        run: |
          Rscript -e 'rsconnect::setAccountInfo(name="bancomuhu", token=Sys.getenv("SHINY_TOKEN"), secret=Sys.getenv("SHINY_SECRET"))'
          Rscript -e 'rsconnect::deployApp("tablero-semillas", forceUpdate=TRUE)'
""")

add("shell/dataverse-api-token", "scripts/publicar_dataverse.sh", "https://guides.dataverse.org/en/latest/api/auth.html (X-Dataverse-key API token, a UUID)", r"""
#!/usr/bin/env bash
# Publica el conjunto de datos de caracterización (versión menor) en el Dataverse institucional
set -e
SERVER=https://data.cipotato.org
PERSISTENT_ID=doi:10.21223/P3/QK7T2M
API_TOKEN=@@secret@@

curl -H "X-Dataverse-key:$API_TOKEN" -X POST \
  -F "file=@salida/caracterizacion_2024.csv" \
  -F 'jsonData={"description":"Descriptores morfológicos 2024","categories":["Data"]}' \
  "$SERVER/api/datasets/:persistentId/add?persistentId=$PERSISTENT_ID"

curl -H "X-Dataverse-key:$API_TOKEN" -X POST \
  "$SERVER/api/datasets/:persistentId/actions/:publish?persistentId=$PERSISTENT_ID&type=minor"
""", secret=uuid_s())

add("markdown/decoy-placeholder", "modelos/rancha/README.md", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r"""
# Clasificador de rancha en hojas de papa

Modelo ViT afinado con fotos de campo de Paucartambo y Calca (6 200 imágenes, 4 clases).

## Uso

```bash
export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   # tu token de lectura
python predecir.py --imagen hoja.jpg
```

| Versión | Exactitud | sha256 del modelo |
|---------|-----------|-------------------|
| v1.2 | 0.913 | `@@h1@@` |
| v1.3 | 0.927 | `@@h2@@` |

Cita: Banco de Semillas Muhu (2024). doi:10.5281/zenodo.11843520
""", h1=sha256(), h2=sha256())

add("python/zenodo-token", "scripts/zenodo_deposito.py", "https://developers.zenodo.org/#authentication (access_token)", r"""
import json

import requests

# Depósito en Zenodo del catálogo de variedades nativas (edición bilingüe castellano-quechua)
ZENODO = "https://zenodo.org/api/deposit/depositions"
PARAMS = {"access_token": "@@secret@@"}

r = requests.post(ZENODO, params=PARAMS, json={}, timeout=30)
dep = r.json()
with open("salida/catalogo_papas_nativas.pdf", "rb") as fp:
    requests.put(f"{dep['links']['bucket']}/catalogo_papas_nativas.pdf", data=fp, params=PARAMS, timeout=300)

meta = {"metadata": {"title": "Catálogo de papas nativas - Mama papakuna", "upload_type": "publication",
                     "publication_type": "book", "creators": [{"name": "Banco de Semillas Muhu"}]}}
requests.put(f"{ZENODO}/{dep['id']}", params=PARAMS, data=json.dumps(meta),
             headers={"Content-Type": "application/json"}, timeout=30)
""", secret=chars(60))

# ---------------------------------------------------------------------------------------------
# Co-operative office IT: ERP, website, mail, directory, file transfer, VPN, messaging, packages
# ---------------------------------------------------------------------------------------------

add("ini/odoo-master-password", "odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html (admin_passwd master password)", r"""
[options]
; Odoo 17 - Cooperativa Qori Millma (acopio, ventas, contabilidad)
admin_passwd = @@secret@@
db_host = 10.20.0.14
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^qorimillma$
addons_path = /opt/odoo/addons,/opt/odoo/custom/acopio_fibra
proxy_mode = True
workers = 4
logfile = /var/log/odoo/odoo.log
""", secret=words_pw())

add("ini/decoy-password-hash", "odoo/odoo-staging.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html (database manager security: hashed admin_passwd)", r"""
[options]
; Odoo staging: la clave maestra quedó hasheada por el gestor de bases (pbkdf2-sha512)
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
db_host = localhost
db_user = odoo
db_password = False
list_db = False
addons_path = /opt/odoo/addons,/opt/odoo/custom/acopio_fibra
""", salt=chars(22, ALNUM + "./"), hash=chars(86, ALNUM + "./"))

add("python/odoo-api-key", "integraciones/acopio_a_odoo.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html (API keys used in place of the password)", r"""
import xmlrpc.client

# Registra el acopio de fibra (kg por calidad) de cada socio en Odoo
URL = "https://erp.qorimillma.pe"
DB = "qorimillma"
USER = "acopio@qorimillma.pe"
API_KEY = "@@secret@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")


def registrar_acopio(socio_id: int, calidad: str, kg: float) -> int:
    return models.execute_kw(DB, uid, API_KEY, "acopio.fibra", "create", [{
        "socio_id": socio_id, "calidad": calidad, "peso_kg": kg,
    }])


registrar_acopio(118, "baby", 12.4)
""", secret=hexs(40))

add("php/database-password", "web/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/ (DB_PASSWORD)", r"""
<?php
/** Sitio web de la Asociación de Artesanas Awaq Warmikuna (Chinchero) */
define( 'DB_NAME', 'awaq_wp' );
define( 'DB_USER', 'awaq_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'aw_';

define( 'WP_DEBUG', false );
define( 'WPLANG', 'es_PE' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(16, "!#%"))

add("php/decoy-placeholder", "web/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/ (wp-config-sample.php)", r"""
<?php
/** Plantilla: copiar a wp-config.php y completar. */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'aw_';
define( 'WP_DEBUG', false );
""")

add("python/smtp-password", "intranet/intranet/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", r"""
from .base import *  # noqa: F401,F403
import os

DEBUG = False
ALLOWED_HOSTS = ["intranet.cecoalsur.pe"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# Correo: avisos de precios de fibra y liquidaciones a los socios
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "avisos@cecoalsur.pe"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "CECOALSUR <avisos@cecoalsur.pe>"
""", secret=words_pw())

add("python/django-secret-key", "acopio/acopio/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# App de acopio de fibra en los centros de Macusani y Corani
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["acopio.qorimillma.pe", "10.20.0.21"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "acopio.fibra",
    "acopio.socios",
]
LANGUAGE_CODE = "es-pe"
TIME_ZONE = "America/Lima"
""", secret=fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "acopio/acopio/settings_local.py", "https://docs.djangoproject.com/en/5.0/topics/settings/ (settings from the environment)", r"""
import os

from django.core.management.utils import get_random_secret_key

# Desarrollo local: la clave se genera al vuelo si no hay variable de entorno
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or get_random_secret_key()
DEBUG = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "acopio"),
        "USER": os.environ.get("PGUSER", "acopio"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("python/ldap-password", "intranet/scripts/sincronizar_socios_ldap.py", "https://ldap3.readthedocs.io/en/latest/bind.html (Connection(server, user, password))", r"""
# Sincroniza socios activos (padrón de la cooperativa) con el directorio Samba AD de la oficina
from ldap3 import ALL, MODIFY_REPLACE, Connection, Server

server = Server("ldaps://dc01.qorimillma.local", get_info=ALL)
conn = Connection(server, user="CN=svc-padron,OU=Servicios,DC=qorimillma,DC=local",
                  password="@@secret@@", auto_bind=True)

conn.search("OU=Socios,DC=qorimillma,DC=local", "(objectClass=user)", attributes=["sAMAccountName", "department"])
for entrada in conn.entries:
    comunidad = buscar_comunidad(entrada.sAMAccountName.value)  # noqa: F821
    conn.modify(entrada.entry_dn, {"department": [(MODIFY_REPLACE, [comunidad])]})
conn.unbind()
""", secret=rand_pw(20))

add("shell/ftp-password", "scripts/enviar_reporte_senasa.sh", "https://lftp.yar.ru/lftp-man.html (open -u user,password)", r"""
#!/bin/bash
# Envía el reporte mensual de sanidad de semilla certificada al FTP de la dirección regional
MES=$(date -d "last month" +%Y-%m)
ARCHIVO=/srv/reportes/sanidad_semilla_${MES}.xlsx

lftp -c "set ftp:ssl-force true; set ssl:verify-certificate no; \
  open -u bancomuhu,@@secret@@ ftp.drac-cusco.gob.pe; \
  cd /entrantes/semillas; put $ARCHIVO; bye"

echo "$(date -Is) enviado $ARCHIVO" >> /var/log/reportes_senasa.log
""", secret=rand_pw(12))

add("xml/ftp-password", "soporte/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager (Pass encoding=\"base64\")", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.5" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.qorimillma.pe</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>fotos_tienda</User>
			<Pass encoding="base64">@@enc@@</Pass>
			<Logontype>1</Logontype>
			<Name>Tienda - fotos de productos</Name>
			<RemoteDir>1 0 6 public 6 images</RemoteDir>
		</Server>
	</Servers>
</FileZilla3>
""", secret=(_fz := b64(words_pw())), enc=_fz)

add("powershell/nas-password", "scripts/Respaldo-Contabilidad.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring (-AsPlainText -Force)", r"""
# Respaldo diario de la contabilidad (Concar) al NAS de la oficina de Juliaca
$usuario = "NAS-JULIACA\respaldo"
$clave = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($usuario, $clave)

New-PSDrive -Name R -PSProvider FileSystem -Root "\\nas-juliaca\respaldos" -Credential $cred | Out-Null
$destino = "R:\concar\$(Get-Date -Format yyyy-MM-dd)"
New-Item -ItemType Directory -Path $destino -Force | Out-Null
Copy-Item "C:\Concar\Datos\*" $destino -Recurse
Remove-PSDrive R
""", secret=words_pw())

add("powershell/decoy-secret-manager-reference", "scripts/Respaldo-Planillas.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview (Get-Secret)", r"""
# Respaldo de planillas: la credencial sale del almacén SecretManagement (no está en el script)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "NAS-Juliaca-Respaldo" -Vault "OficinaVault"

New-PSDrive -Name P -PSProvider FileSystem -Root "\\nas-juliaca\planillas" -Credential $cred | Out-Null
$destino = "P:\$(Get-Date -Format yyyy-MM)"
New-Item -ItemType Directory -Path $destino -Force | Out-Null
Copy-Item "C:\Planillas\*.xlsx" $destino
Remove-PSDrive P
""")

add("ini/wireguard-private-key", "vpn/wg0-macusani.conf", "https://www.wireguard.com/quickstart/ (PrivateKey in [Interface])", r"""
# Túnel del centro de acopio de Macusani hacia la oficina central (Juliaca)
[Interface]
Address = 10.8.0.21/24
PrivateKey = @@secret@@
DNS = 10.8.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.qorimillma.pe:51820
AllowedIPs = 10.8.0.0/24, 10.20.0.0/16
PersistentKeepalive = 25
""", secret=chars(43, ALNUM + "+/") + "=", pub=chars(43, ALNUM + "+/") + "=")

add("ini/decoy-public-key", "vpn/peers-oficina.conf", "https://www.wireguard.com/quickstart/ (peers are listed by public key)", r"""
# Lista de pares del servidor (solo llaves PÚBLICAS; la privada del servidor está en /etc/wireguard)
[Peer]
# macusani
PublicKey = @@p1@@
AllowedIPs = 10.8.0.21/32

[Peer]
# corani
PublicKey = @@p2@@
AllowedIPs = 10.8.0.22/32

[Peer]
# nunoa
PublicKey = @@p3@@
AllowedIPs = 10.8.0.23/32
""", p1=chars(43, ALNUM + "+/") + "=", p2=chars(43, ALNUM + "+/") + "=", p3=chars(43, ALNUM + "+/") + "=")

add("env/twilio-auth-token", "avisos-sms/.env.production", "https://www.twilio.com/docs/iam/credentials/api (Account SID and Auth Token)", r"""
# Avisos por SMS de precios de fibra a socios sin smartphone
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+51987654321
PRECIOS_URL=https://erp.qorimillma.pe/api/precios
IDIOMAS=es,qu
""", secret=hexs(32), sid=hexs(32))

add("python/meta-access-token", "avisos-whatsapp/enviar_precios.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started (Authorization: Bearer access token)", r"""
import requests

# Qhatu willay: precio de la fibra por libra, por WhatsApp, en castellano y quechua
PHONE_NUMBER_ID = "109283746501928"
ACCESS_TOKEN = "@@secret@@"


def enviar(numero: str, precio_baby: float, precio_fleece: float) -> dict:
    cuerpo = {
        "messaging_product": "whatsapp",
        "to": numero,
        "type": "template",
        "template": {
            "name": "precio_fibra_semanal",
            "language": {"code": "es"},
            "components": [{"type": "body", "parameters": [
                {"type": "text", "text": f"{precio_baby:.2f}"},
                {"type": "text", "text": f"{precio_fleece:.2f}"},
            ]}],
        },
    }
    r = requests.post(f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
                      headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, json=cuerpo, timeout=15)
    return r.json()
""", secret=meta_token())

add("json/decoy-ids", "avisos-whatsapp/plantillas.json", "https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates/", r"""
{
  "waba_id": "102938475610293",
  "phone_number_id": "109283746501928",
  "app_id": "824615930271845",
  "plantillas": [
    {"name": "precio_fibra_semanal", "language": "es", "category": "UTILITY", "id": "1429837465102938"},
    {"name": "precio_fibra_semanal", "language": "qu", "category": "UTILITY", "id": "1429837465102939"},
    {"name": "liquidacion_lista", "language": "es", "category": "UTILITY", "id": "1429837465102940"}
  ],
  "webhook_verify_token": "${WA_VERIFY_TOKEN}"
}
""")

add("python/brevo-api-key", "boletin/enviar_boletin.py", "https://developers.brevo.com/docs/getting-started (api-key header, xkeysib-)", r"""
import sib_api_v3_sdk

# Boletín trimestral a compradores de fibra (Italia, Japón, EE.UU.)
config = sib_api_v3_sdk.Configuration()
config.api_key["api-key"] = "@@secret@@"

api = sib_api_v3_sdk.EmailCampaignsApi(sib_api_v3_sdk.ApiClient(config))
campania = sib_api_v3_sdk.CreateEmailCampaign(
    name="Boletín esquila 2024",
    subject="Andean fibre report - shearing season 2024",
    sender={"name": "Qori Millma", "email": "export@qorimillma.pe"},
    html_content=open("boletin_2024.html", encoding="utf-8").read(),
    recipients={"listIds": [7]},
)
api.create_email_campaign(campania)
""", secret=brevo_key())

add("env/sendgrid-api-key", "facturacion/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys (SG. keys)", r"""
# Envío de comprobantes electrónicos por correo
SENDGRID_API_KEY=@@secret@@
CORREO_REMITENTE=comprobantes@aylluchunu.org.pe
NUBEFACT_RUTA=https://api.nubefact.com/api/v1/5f1c9a07-81d2-4c43-b0aa-2d6e4a9bc3e1
NUBEFACT_TOKEN_FILE=/run/secrets/nubefact_token
""", secret=sendgrid_key())

add("yaml/slack-webhook", "monitoreo/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config (api_url)", r"""
global:
  resolve_timeout: 5m
route:
  receiver: equipo-ti
  group_by: [alertname, sede]
  routes:
    - matchers: [severity="critical"]
      receiver: equipo-ti
      repeat_interval: 1h
receivers:
  - name: equipo-ti
    slack_configs:
      - api_url: "@@secret@@"
        channel: "#alertas-ti"
        title: "{{ .CommonLabels.alertname }} en {{ .CommonLabels.sede }}"
        send_resolved: true
""", secret=slack_webhook())

add("yaml/decoy-secret-file", "monitoreo/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config (api_url_file)", r"""
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook
route:
  receiver: equipo-ti
receivers:
  - name: equipo-ti
    slack_configs:
      - channel: "#alertas-ti"
        send_resolved: true
    email_configs:
      - to: ti@bancomuhu.org.pe
        from: alertas@bancomuhu.org.pe
        smarthost: smtp.office365.com:587
        auth_username: alertas@bancomuhu.org.pe
        auth_password_file: /etc/alertmanager/secrets/smtp_password
""")

add("python/discord-webhook", "juventud/bot_feria.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
import requests

# Aviso al servidor de Discord de la juventud alpaquera cuando se abre la feria virtual
WEBHOOK = "@@secret@@"


def anunciar(titulo: str, enlace: str) -> None:
    requests.post(WEBHOOK, json={
        "username": "Paqocha Willay",
        "embeds": [{"title": titulo, "url": enlace, "color": 0xC9A227,
                    "description": "Ña kichakunña feria! La feria ya está abierta."}],
    }, timeout=10)


if __name__ == "__main__":
    anunciar("Feria virtual de fibra 2024", "https://feria.qorimillma.pe")
""", secret=discord_webhook())

add("github-actions/pypi-token", ".github/workflows/release-descriptores.yml", "https://pypi.org/help/#apitoken (username __token__, password pypi-...)", r"""
name: Publicar papa-descriptores
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - name: Subir a PyPI
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload dist/*
""", secret=fakes.pypi_token(_seed()))

add("ini/pypi-token", "herramientas/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/ (password = pypi- token)", r"""
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
""", secret=fakes.pypi_token(_seed()))

add("ini/decoy-placeholder", "herramientas/pypirc.ejemplo", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
# Copiar a ~/.pypirc. Crear el token en https://pypi.org/manage/account/token/ (alcance: papa-descriptores)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = pypi-<TU-TOKEN-AQUI>
""")

add("shell/github-token", "scripts/desplegar_intranet.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens (token in HTTPS URL)", r"""
#!/usr/bin/env bash
# Despliegue manual de la intranet en el servidor de la oficina (sin CI todavía)
set -euo pipefail
cd /opt/intranet
if [ ! -d .git ]; then
  git clone https://cecoalsur-ti:@@secret@@@github.com/cecoalsur/intranet.git .
fi
git fetch --tags
git checkout "${1:-main}"
source .venv/bin/activate
pip install -r requirements.txt
python manage.py migrate --noinput
python manage.py collectstatic --noinput
sudo systemctl restart intranet
""", secret=fakes.github_token(_seed()))

add("npmrc/npm-token", "tienda-web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow (_authToken in .npmrc)", r"""
registry=https://registry.npmjs.org/
@qorimillma:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", secret=fakes.fake("npm_", 36, _seed()))

add("npmrc/decoy-env-reference", "api-ventas/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow (${NPM_TOKEN})", r"""
registry=https://registry.npmjs.org/
@cecoalsur:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
""")

# ---------------------------------------------------------------------------------------------
# Herd and field apps (iOS, Android, Flutter), export logistics, stores, hosting and keys
# ---------------------------------------------------------------------------------------------

add("swift/airtable-token", "Paqocha/Paqocha/Servicios/HatoAPI.swift", "https://airtable.com/developers/web/api/authentication (personal access tokens, pat...)", r"""
import Foundation

// Registro de hato (paqocha) por familia: empadre, parición, esquila
struct HatoAPI {
    static let baseURL = URL(string: "https://api.airtable.com/v0/appQm7Lr2Kx9TzP4c")!
    static let token = "@@secret@@"

    static func alpacas(comunidad: String) async throws -> Data {
        var comps = URLComponents(url: baseURL.appendingPathComponent("Alpacas"), resolvingAgainstBaseURL: false)!
        comps.queryItems = [URLQueryItem(name: "filterByFormula", value: "{Comunidad}='\(comunidad)'")]
        var req = URLRequest(url: comps.url!)
        req.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", secret=airtable_pat())

add("plist/decoy-publishable-key", "Paqocha/Paqocha/Info.plist", "https://docs.mapbox.com/ios/maps/guides/install/ (MBXAccessToken: public token in Info.plist)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Paqocha</string>
	<key>CFBundleIdentifier</key>
	<string>pe.qorimillma.paqocha</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Para ubicar los pastizales (bofedales) de cada familia.</string>
	<key>CFBundleShortVersionString</key>
	<string>2.3.1</string>
</dict>
</plist>
""", pk=mapbox_token("pk"))

add("netrc/mapbox-secret-token", "ci/netrc-mapbox", "https://docs.mapbox.com/ios/maps/guides/install/#configure-credentials (.netrc with secret token, DOWNLOADS:READ)", r"""
# Copiado a ~/.netrc en el runner macOS para descargar el SDK de Mapbox
machine api.mapbox.com
login mapbox
password @@secret@@

machine github.com
login qorimillma-ci
""", secret=mapbox_token("sk"))

add("dart/openai-api-key", "yachay_app/lib/servicios/traductor.dart", "https://platform.openai.com/docs/api-reference/authentication (Bearer sk-proj-)", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

/// Traduce las fichas técnicas de sanidad animal al quechua collao (borrador para revisión).
class Traductor {
  static const _apiKey = '@@secret@@';

  Future<String> aQuechua(String texto) async {
    final r = await http.post(
      Uri.parse('https://api.openai.com/v1/chat/completions'),
      headers: {'Authorization': 'Bearer $_apiKey', 'Content-Type': 'application/json'},
      body: jsonEncode({
        'model': 'gpt-4o-mini',
        'messages': [
          {'role': 'system', 'content': 'Traduce al quechua collao, registro sencillo.'},
          {'role': 'user', 'content': texto},
        ],
      }),
    );
    return jsonDecode(utf8.decode(r.bodyBytes))['choices'][0]['message']['content'];
  }
}
""", secret=fakes.openai_key(_seed()))

add("dart/decoy-env-reference", "yachay_app/lib/config.dart", "https://dart.dev/libraries/core/environment-declarations (String.fromEnvironment)", r"""
/// Valores de compilación: `flutter build apk --dart-define-from-file=config/prod.json`
class Config {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.yachay.pe');
  static const openAiKey = String.fromEnvironment('OPENAI_API_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const idiomas = ['es', 'qu'];
  static const versionFichas = '2024.2';
}
""")

add("java/dhl-api-secret", "export-service/src/main/java/pe/qorimillma/export/dhl/DhlClient.java", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api (Basic auth with API key and secret)", r"""
package pe.qorimillma.export.dhl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Envíos de muestras de fibra a compradores (MyDHL API, cuenta 963214587). */
public class DhlClient {
    private static final String API_KEY = "qorimillmaPE";
    private static final String API_SECRET = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String rates(String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://express.api.dhl.com/mydhlapi/rates"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=rand_pw(16, "!$"))

add("xml/decoy-restricted-client-key", "app-campo/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key (key embedded in the app, restricted by package and SHA-1)", r"""
<resources>
    <!--
    Llave del Maps SDK para Android: va dentro del APK y está restringida al paquete
    pe.yanapakuy.campo y a la huella SHA-1 del certificado de publicación.
    -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@key@@</string>
    <string name="mapa_estilo">terreno</string>
</resources>
""", key=google_key())

add("kotlin/basic-auth-password", "app-campo/app/src/main/java/pe/yanapakuy/campo/red/ApiCliente.kt", "https://square.github.io/okhttp/4.x/okhttp/okhttp3/-credentials/basic.html (Credentials.basic(user, password))", r"""
package pe.yanapakuy.campo.red

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory

// Cliente de la API de visitas técnicas (sanidad de alpacas: sarna, fasciola, enteritis)
object ApiCliente {
    private val auth = Credentials.basic("app-campo", "@@secret@@")

    private val http = OkHttpClient.Builder()
        .addInterceptor { chain -> chain.proceed(chain.request().newBuilder().header("Authorization", auth).build()) }
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl("https://api.yanapakuy.org.pe/v1/")
        .client(http)
        .addConverterFactory(GsonConverterFactory.create())
        .build()
}
""", secret=rand_pw(18))

add("json/redis-password", "Qorimillma.Trazabilidad/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-dotnet-core-quickstart (connection string password=)", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Trazabilidad": "Server=sql-traza.database.windows.net;Database=lotes;Authentication=Active Directory Default;",
    "Redis": "redis-traza.redis.cache.windows.net:6380,password=@@secret@@,ssl=True,abortConnect=False"
  },
  "Lotes": {
    "PrefijoQR": "https://traza.qorimillma.pe/l/",
    "Calidades": ["Royal", "Baby", "Superfine", "Huarizo", "Gruesa"]
  }
}
""", secret=chars(43, ALNUM) + "=")

add("json/decoy-local-development", "Qorimillma.Trazabilidad/appsettings.Development.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite (UseDevelopmentStorage=true)", r"""
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "ConnectionStrings": {
    "Trazabilidad": "Server=(localdb)\\MSSQLLocalDB;Database=lotes;Trusted_Connection=True;",
    "Redis": "localhost:6379,abortConnect=False",
    "Blobs": "UseDevelopmentStorage=true"
  },
  "Lotes": { "PrefijoQR": "https://localhost:5001/l/" }
}
""")

add("ruby/etsy-shared-secret", "config/initializers/etsy.rb", "https://developers.etsy.com/documentation/essentials/authentication (keystring and shared secret)", r"""
# Tienda Etsy "AwanaAndes" - chullos, guantes y mantas tejidas a mano
Etsy.configure do |config|
  config.api_key       = ENV.fetch("ETSY_KEYSTRING")
  config.shared_secret = "@@secret@@"
  config.shop_id       = 31874520
  config.callback_url  = "https://erp.awana.pe/etsy/callback"
end

Rails.application.config.etsy_sync_interval = 30.minutes
""", secret=chars(10, string.ascii_lowercase + string.digits))

add("python/cloudinary-api-secret", "tienda-qorimillma/fotos/subir.py", "https://cloudinary.com/documentation/python_integration#configuration (CLOUDINARY_URL cloudinary://key:secret@cloud)", r"""
import os
from pathlib import Path

import cloudinary
import cloudinary.uploader

# Fotos de producto (prendas de baby alpaca) para la tienda
os.environ.setdefault("CLOUDINARY_URL", "cloudinary://@@key@@:@@secret@@@qorimillma")
cloudinary.config(secure=True)

for foto in sorted(Path("fotos/2024-otono").glob("*.jpg")):
    r = cloudinary.uploader.upload(str(foto), folder="productos/otono-2024", public_id=foto.stem, overwrite=True)
    print(foto.name, r["secure_url"])
""", secret=chars(27, ALNUM + "_-"), key=digits(15))

add("env/mailchimp-api-key", "boletin/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/ (API key with -usNN datacenter suffix)", r"""
# Lista de socios y compradores (Mailchimp)
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_LIST_ID=4b2e9c71fa
REMITENTE=export@qorimillma.pe
""", secret=hexs(32) + "-us21")

add("go/mongodb-password", "trazabilidad/internal/db/mongo.go", "https://www.mongodb.com/docs/manual/reference/connection-string/ (mongodb+srv://user:password@)", r"""
package db

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Lotes de fibra: del vellón (chaku de vicuña / esquila) al hilado, con código QR
const uri = "mongodb+srv://traza_app:@@secret@@@cluster-traza.x7kq2.mongodb.net/lotes?retryWrites=true&w=majority"

func Conectar(ctx context.Context) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
""", secret=rand_pw(16))

add("k8s-secret/redis-password", "deploy/k8s/colas-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types (stringData)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: colas-redis
  namespace: trazabilidad
type: Opaque
stringData:
  REDIS_URL: redis://default:@@secret@@@redis-master.trazabilidad.svc:6379/0
  COLA_ETIQUETAS: etiquetas-qr
""", secret=fakes.redis_password(_seed()))

_tls_key = pem("")
add("k8s-secret/tls-private-key", "deploy/k8s/tienda-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets (tls.key base64 PEM)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tienda-qorimillma-tls
  namespace: tienda
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", secret=_tls_key, key=b64(_tls_key + "\n"), crt=b64("-----BEGIN CERTIFICATE-----\n" + chars(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("k8s-secret/decoy-encrypted", "deploy/k8s/tienda-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage (encryptedData)", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tienda-env
  namespace: tienda
spec:
  encryptedData:
    CULQI_SECRET_KEY: @@e1@@
    DB_PASSWORD: @@e2@@
  template:
    metadata:
      name: tienda-env
      namespace: tienda
""", e1="Ag" + chars(300, ALNUM + "+/") + "==", e2="Ag" + chars(300, ALNUM + "+/") + "==")

_ssh_key = pem("OPENSSH", 5)
add("pem/ssh-private-key", "deploy/claves/id_ed25519_despliegue", "https://man.openbsd.org/ssh-keygen (OpenSSH private key format)", r"""
@@secret@@
""", secret=_ssh_key)

add("pem/decoy-public-key", "deploy/claves/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT (public keys)", r"""
# Llaves públicas con acceso al servidor de la tienda
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ despliegue@ci
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ rosa@laptop-juliaca
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ teofilo@pc-pisac
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ respaldo@nas-juliaca
command="/usr/local/bin/solo-respaldo",no-pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k5@@ rsync@nas
""", k1=chars(44, ALNUM + "+/"), k2=chars(44, ALNUM + "+/"), k3=chars(200, ALNUM + "+/"), k4=chars(44, ALNUM + "+/"), k5=chars(44, ALNUM + "+/"))

add("terraform/digitalocean-token", "infra/tienda/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs (token, dop_v1_)", r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "tienda" {
  name   = "tienda-qorimillma"
  region = "nyc3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["tienda", "produccion"]
}
""", secret=do_token())

add("terraform/decoy-variable-reference", "infra/dns/main.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output (sensitive variables)", r"""
variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_record" "tienda" {
  zone_id = "9f3c1a7e5b2d4c6e8a0b1c2d3e4f5a6b"
  name    = "tienda"
  content = digitalocean_droplet.tienda.ipv4_address
  type    = "A"
  proxied = true
}
""")

add("shell/cloudflare-api-token", "scripts/purgar_cache.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/ (Authorization: Bearer)", r"""
#!/bin/sh
# Purga la caché de Cloudflare después de cambiar precios o fotos de la tienda
ZONA=9f3c1a7e5b2d4c6e8a0b1c2d3e4f5a6b
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONA/purge_cache" \
  -H "Authorization: Bearer @@secret@@" \
  -H "Content-Type: application/json" \
  --data '{"prefixes":["tienda.qorimillma.pe/productos/","tienda.qorimillma.pe/precios"]}'
echo
""", secret=chars(40, ALNUM + "_-"))

add("compose/database-password", "moodle/docker-compose.yml", "https://hub.docker.com/_/mariadb (MARIADB_PASSWORD)", r"""
# Aula virtual: cursos de sanidad alpaquera y manejo de praderas para promotores (kamayuq)
services:
  mariadb:
    image: mariadb:11.4
    environment:
      MARIADB_ROOT_PASSWORD_HASH: "*@@roothash@@"
      MARIADB_DATABASE: moodle
      MARIADB_USER: moodle
      MARIADB_PASSWORD: "@@secret@@"
    volumes:
      - db:/var/lib/mysql
  moodle:
    image: bitnami/moodle:4.4
    ports: ["8080:8080"]
    environment:
      MOODLE_DATABASE_HOST: mariadb
      MOODLE_DATABASE_USER: moodle
      MOODLE_DATABASE_NAME: moodle
    depends_on: [mariadb]
volumes:
  db:
""", secret=words_pw(), roothash=hexs(40).upper())

add("php/decoy-env-reference", "moodle/config.php", "https://docs.moodle.org/404/en/Configuration_file", r"""
<?php  // Moodle configuration file (aula virtual de kamayuq)
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = getenv('MOODLE_DATABASE_HOST');
$CFG->dbname    = 'moodle';
$CFG->dbuser    = getenv('MOODLE_DATABASE_USER');
$CFG->dbpass    = getenv('MOODLE_DATABASE_PASSWORD');
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://aula.cecoalsur.pe';
$CFG->dataroot  = '/bitnami/moodledata';
$CFG->lang      = 'es';

require_once(__DIR__ . '/lib/setup.php');
""")

add("markdown/decoy-redacted", "docs/rotacion-de-llaves.md", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html (rotation)", r"""
# Rotación de llaves (acta del 12/07/2024)

Kay qillqaqa willakun imaynatam llaves musuqchakun. Se rotaron todas las llaves tras la salida del proveedor.

| Servicio | Llave anterior (redactada) | Dónde vive ahora |
|----------|----------------------------|------------------|
| Culqi | `sk_live_••••••••••••3f9a` | AWS Secrets Manager `tienda/prod/culqi` |
| Mercado Pago | `APP_USR-…-…(redactado)` | AWS Secrets Manager `cecoalsur/prod/mercadopago` |
| Twilio | `****************` | Doppler, proyecto `avisos-sms` |
| PostgreSQL tienda | `[REDACTED]` | Vault `kv/tienda/db` |

Responsable: Rosa Condori (TI). Próxima rotación: enero 2025.
""")

add("log/decoy-signature", "logs/webhooks-mp-2024-07-02.log", "https://www.mercadopago.com.pe/developers/es/docs/your-integrations/notifications/webhooks (x-signature ts,v1 HMAC)", r"""
2024-07-02T10:01:12-05:00 INFO webhook recibido type=payment data.id=81237461902 x-request-id=@@r1@@
2024-07-02T10:01:12-05:00 DEBUG x-signature ts=1719932472,v1=@@s1@@
2024-07-02T10:01:12-05:00 INFO firma válida, pago 81237461902 aprobado (pedido CS-2291)
2024-07-02T10:07:55-05:00 INFO webhook recibido type=payment data.id=81237470315 x-request-id=@@r2@@
2024-07-02T10:07:55-05:00 DEBUG x-signature ts=1719932875,v1=@@s2@@
2024-07-02T10:07:55-05:00 WARN firma inválida, se descarta la notificación
""", r1=uuid_s(), s1=sha256(), r2=uuid_s(), s2=sha256())

add("csv/decoy-animal-ids", "registro/alpacas_registradas_2024.csv", "https://www.iso.org/standard/25881.html (ISO 11784 15-digit animal RFID codes)", r"""
arete,microchip_iso11784,nombre,raza,color,sexo,nacimiento,padre,madre,muestra_adn,propietario
QM-04411,604001004418273,Inti,Huacaya,blanco,M,2021-01-14,QM-01102,QM-02871,ADN-@@a1@@,Fam. Mamani Ccori
QM-04412,604001004418274,Killa,Huacaya,LF,H,2021-02-02,QM-01102,QM-03015,ADN-@@a2@@,Fam. Mamani Ccori
QM-04413,604001004418275,Ch'aska,Suri,negro,H,2021-02-19,QM-01377,QM-02990,ADN-@@a3@@,Fam. Huamán Quispe
QM-04414,604001004418276,Wayra,Huacaya,café,M,2021-03-07,QM-01102,QM-03122,ADN-@@a4@@,Fam. Choque Apaza
""", a1=hexs(12).upper(), a2=hexs(12).upper(), a3=hexs(12).upper(), a4=hexs(12).upper())

add("json/decoy-integrity-hashes", "tienda-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages (integrity, SRI sha512)", r"""
{
  "name": "tienda-web",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@lyracom/embedded-form-glue": {
      "version": "1.3.8",
      "resolved": "https://registry.npmjs.org/@lyracom/embedded-form-glue/-/embedded-form-glue-1.3.8.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mercadopago": {
      "version": "2.0.11",
      "resolved": "https://registry.npmjs.org/mercadopago/-/mercadopago-2.0.11.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=chars(86, ALNUM + "+/"), i2=chars(86, ALNUM + "+/"))

add("sql/decoy-test-fixture", "db/fixtures/usuarios_prueba.sql", "https://github.com/pyca/bcrypt/ (bcrypt $2b$ hashes)", r"""
-- Usuarios de PRUEBA para el entorno de desarrollo (contraseñas hasheadas con bcrypt, costo 12)
INSERT INTO usuarios (correo, nombre, rol, clave_hash) VALUES
  ('acopio.demo@ejemplo.pe', 'Demo Acopio', 'acopiador', '$2b$12$@@h1@@'),
  ('tesoreria.demo@ejemplo.pe', 'Demo Tesorería', 'tesorero', '$2b$12$@@h2@@'),
  ('socio.demo@ejemplo.pe', 'Demo Socio', 'socio', '$2b$12$@@h3@@');

INSERT INTO comunidades (nombre, distrito) VALUES ('Chimboya', 'Macusani'), ('Quelcaya', 'Corani');
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), h3=chars(53, ALNUM + "./"))

# ---------------------------------------------------------------------------------------------
# Split values, command lines, headers, connection strings, notes; and their look-alikes
# ---------------------------------------------------------------------------------------------

_split_culqi = culqi_key()
add("python/culqi-secret-key", "backend/pagos/reembolsos.py", "https://docs.culqi.com/es/documentacion/api/devoluciones/ (Authorization: Bearer sk_live_)", r"""
import requests

# Devoluciones de pedidos de prendas (llave partida para que "no la detecte GitHub"...)
CULQI_SK = ("@@a@@"
            "@@b@@")


def devolver(cargo_id: str, monto_centimos: int, motivo: str = "solicitud_comprador") -> dict:
    r = requests.post(
        "https://api.culqi.com/v2/refunds",
        headers={"Authorization": f"Bearer {CULQI_SK}"},
        json={"amount": monto_centimos, "charge_id": cargo_id, "reason": motivo},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
""", secret=_split_culqi, a=_split_culqi[:14], b=_split_culqi[14:])

_split_mp = mp_token()
add("java/mercadopago-access-token", "ventas-android/app/src/main/java/pe/cecoalsur/ventas/MpConfig.java", "https://www.mercadopago.com.pe/developers/es/docs/sdks-library/server-side/java (MercadoPagoConfig.setAccessToken)", r"""
package pe.cecoalsur.ventas;

import com.mercadopago.MercadoPagoConfig;

public final class MpConfig {
    private MpConfig() {}

    // Punto de venta en ferias (Ayaviri, Santa Rosa): cobro con QR de Mercado Pago
    public static void init() {
        MercadoPagoConfig.setAccessToken("@@a@@" + "@@b@@" +
                "@@c@@");
        MercadoPagoConfig.setConnectionTimeout(5000);
    }
}
""", secret=_split_mp, a=_split_mp[:8], b=_split_mp[8:40], c=_split_mp[40:])

add("shell/mysql-password", "scripts/exportar_acopio_mysql.sh", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html (-p on the command line)", r"""
#!/bin/bash
# Exporta el acopio de la campaña al sistema antiguo (MySQL de la central)
CAMPANIA=${1:-2024}
mysql -h 10.20.0.30 -u acopio -p'@@secret@@' central \
  -e "SELECT socio, calidad, SUM(peso_kg) FROM acopio WHERE campania=${CAMPANIA} GROUP BY socio, calidad" \
  > /srv/exportes/acopio_${CAMPANIA}.tsv
gzip -f /srv/exportes/acopio_${CAMPANIA}.tsv
""", secret=words_pw())

add("shell/database-password", "scripts/respaldo_germoplasma.sh", "https://www.postgresql.org/docs/current/libpq-envars.html (PGPASSWORD)", r"""
#!/bin/bash
# Respaldo nocturno de la base de germoplasma -> NAS -> S3
set -euo pipefail
FECHA=$(date +%F)
PGPASSWORD='@@secret@@' pg_dump -h pg-germoplasma.bancomuhu.org.pe -U respaldo -Fc germoplasma \
  -f /srv/respaldos/germoplasma_${FECHA}.dump
aws s3 cp /srv/respaldos/germoplasma_${FECHA}.dump s3://bancomuhu-respaldos-germoplasma/pg/ --profile respaldo-nas
find /srv/respaldos -name 'germoplasma_*.dump' -mtime +14 -delete
""", secret=rand_pw(20))

_basic_pw = rand_pw(14)
add("http/basic-auth-password", "api-acopio/peticiones/acopio.http", "https://www.rfc-editor.org/rfc/rfc7617 (Basic base64(user:password))", r"""
### Listar acopio del día (centro Macusani)
GET https://acopio.qorimillma.pe/api/v1/acopio?centro=macusani&fecha=2024-11-08
Authorization: Basic @@enc@@
Accept: application/json

### Registrar pesada
POST https://acopio.qorimillma.pe/api/v1/acopio
Authorization: Basic @@enc@@
Content-Type: application/json

{"socio": 118, "calidad": "baby", "peso_kg": 12.4, "color": "blanco"}
""", secret=b64("balanza-macusani:" + _basic_pw), enc=b64("balanza-macusani:" + _basic_pw))

add("python/sunat-client-secret", "facturacion/guias_remision.py", "https://cpe.sunat.gob.pe/sites/default/files/inline-files/Manual_Servicios_GRE.pdf (token OAuth2: client_id, client_secret, usuario y clave SOL)", r"""
import requests

# Guía de remisión electrónica (GRE) para el traslado de fibra Macusani -> Arequipa
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
RUC, USUARIO_SOL = "20601458731", "GUIAS01"


def token(clave_sol: str) -> str:
    r = requests.post(
        f"https://api-seguridad.sunat.gob.pe/v1/clientessol/{CLIENT_ID}/oauth2/token/",
        data={"grant_type": "password", "scope": "https://api-cpe.sunat.gob.pe",
              "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
              "username": f"{RUC}{USUARIO_SOL}", "password": clave_sol},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]
""", secret=chars(24, ALNUM + "+/"), cid=uuid_s())

add("typescript/apisperu-token", "padron-socios/src/dni.ts", "https://apis.net.pe/ (Authorization: Bearer token for DNI/RUC lookups)", r"""
// Verifica el DNI de los nuevos socios antes de inscribirlos en el padrón
const APIS_TOKEN = "apis-token-@@n@@.@@secret_tail@@";

export interface Persona {
  nombres: string;
  apellidoPaterno: string;
  apellidoMaterno: string;
  numeroDocumento: string;
}

export async function consultarDni(dni: string): Promise<Persona> {
  const r = await fetch(`https://api.apis.net.pe/v2/reniec/dni?numero=${dni}`, {
    headers: { Authorization: `Bearer ${APIS_TOKEN}`, Accept: "application/json" },
  });
  if (!r.ok) throw new Error(`DNI ${dni}: ${r.status}`);
  return (await r.json()) as Persona;
}
""", secret=(_apis := "apis-token-" + digits(4) + "." + chars(32)), n=_apis[11:15], secret_tail=_apis[16:])

add("env/database-password", "padron-socios/.env.production", "https://www.prisma.io/docs/orm/reference/connection-urls (postgresql://user:password@host)", r"""
NODE_ENV=production
PORT=3000
DATABASE_URL=postgresql://padron:@@secret@@@pg-padron.cecoalsur.pe:5432/padron?schema=public&sslmode=require
SESSION_COOKIE_NAME=padron_sid
APIS_TOKEN_FILE=/run/secrets/apis_token
""", secret=rand_pw(22))

add("yaml/database-password", "deploy/helm/odk-central/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql (auth.password)", r"""
# Valores de producción - ODK Central (encuestas de semilla y esquila)
domain: odk.yanapakuy.org.pe
sysadminEmail: ti@yanapakuy.org.pe

postgresql:
  enabled: true
  auth:
    username: odk
    database: odk
    password: "@@secret@@"
  primary:
    persistence:
      size: 20Gi

ingress:
  enabled: true
  className: nginx
  tls: true
""", secret=words_pw())

add("yaml/decoy-existing-secret", "deploy/helm/odk-central/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql (auth.existingSecret)", r"""
# Valores de staging: la contraseña viene de un Secret creado aparte (existingSecret)
domain: odk-staging.yanapakuy.org.pe
sysadminEmail: ti@yanapakuy.org.pe

postgresql:
  enabled: true
  auth:
    username: odk
    database: odk
    existingSecret: odk-postgresql
    secretKeys:
      userPasswordKey: password
ingress:
  enabled: true
  className: nginx
""")

add("csharp/sqlserver-password", "Awana.Inventario/Datos/Conexion.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring (User ID / Password)", r"""
using System.Data.SqlClient;

namespace Awana.Inventario.Datos
{
    // Inventario de prendas terminadas (taller de tejido de Chinchero)
    public static class Conexion
    {
        private const string Cadena =
            "Server=192.168.1.10,1433;Database=InventarioTejidos;User Id=taller;Password=@@secret@@;TrustServerCertificate=True;";

        public static SqlConnection Abrir()
        {
            var con = new SqlConnection(Cadena);
            con.Open();
            return con;
        }
    }
}
""", secret=words_pw())

add("rust/smtp-password", "avisos/src/correo.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/authentication/struct.Credentials.html (Credentials::new)", r"""
use lettre::message::Message;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{SmtpTransport, Transport};

/// Envía la liquidación de fibra a cada socio (PDF adjunto en el sistema)
pub fn enviar_liquidacion(destino: &str, cuerpo: String) -> Result<(), Box<dyn std::error::Error>> {
    let correo = Message::builder()
        .from("Liquidaciones <liquidaciones@qorimillma.pe>".parse()?)
        .to(destino.parse()?)
        .subject("Liquidación de fibra - campaña 2024")
        .body(cuerpo)?;

    let cred = Credentials::new("liquidaciones@qorimillma.pe".to_owned(), "@@secret@@".to_owned());
    let smtp = SmtpTransport::starttls_relay("smtp.zoho.com")?.credentials(cred).build();
    smtp.send(&correo)?;
    Ok(())
}
""", secret=rand_pw(16))

add("swift/decoy-keychain-lookup", "Paqocha/Paqocha/Servicios/Credenciales.swift", "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items", r"""
import Foundation
import Security

// Las credenciales del usuario se guardan en el llavero del iPhone, nunca en el código.
enum Credenciales {
    static func token(servicio: String = "pe.qorimillma.paqocha.api") -> String? {
        let consulta: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: servicio,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(consulta as CFDictionary, &item) == errSecSuccess,
              let datos = item as? Data else { return nil }
        return String(data: datos, encoding: .utf8)
    }
}
""")

add("kotlin/decoy-env-reference", "app-campo/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code (buildConfigField from properties)", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val locales = Properties().apply {
    rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}

android {
    namespace = "pe.yanapakuy.campo"
    compileSdk = 34
    defaultConfig {
        applicationId = "pe.yanapakuy.campo"
        minSdk = 24
        buildConfigField("String", "API_CLAVE", "\"${locales.getProperty("API_CLAVE") ?: System.getenv("API_CLAVE") ?: ""}\"")
        resValue("string", "google_maps_key", locales.getProperty("MAPS_API_KEY") ?: "")
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/kobotoolbox-token", "app-campo/local.properties", "https://support.kobotoolbox.org/api.html (API token)", r"""
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=C\:\\Users\\tecnico\\AppData\\Local\\Android\\Sdk
API_CLAVE=@@api@@
KOBO_TOKEN=@@secret@@
MAPS_API_KEY=
""", secret=hexs(40), api="${API_CLAVE}")

add("log/database-password", "logs/padron-error.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS (URI with password)", r"""
[2024-09-03 07:58:11] production.ERROR: SQLSTATE[08006] [7] connection to server at "pg-padron.cecoalsur.pe" (10.20.0.40), port 5432 failed: timeout expired
[2024-09-03 07:58:11] production.ERROR: Intento de conexión con DATABASE_URL=postgresql://padron:@@secret@@@pg-padron.cecoalsur.pe:5432/padron
#0 /var/www/padron/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct()
#1 /var/www/padron/vendor/laravel/framework/src/Illuminate/Database/Connectors/PostgresConnector.php(33): Connector->createConnection()
#2 /var/www/padron/app/Http/Controllers/SocioController.php(41): DB::select()
[2024-09-03 07:58:40] production.INFO: Reconexión correcta
""", secret=rand_pw(16))

add("log/decoy-redacted", "logs/odk-sync-2024-10-01.log", "https://12factor.net/logs (masked credentials in logs)", r"""
2024-10-01 05:00:01 INFO  sync: inicio (proyecto=4, formularios=3)
2024-10-01 05:00:01 DEBUG config: base_url=https://odk.yanapakuy.org.pe username=datos@yanapakuy.org.pe password=******** token=<oculto>
2024-10-01 05:00:03 INFO  formulario semilla_cosecha: 128 envíos nuevos
2024-10-01 05:00:05 INFO  formulario esquila_2024: 41 envíos nuevos
2024-10-01 05:00:06 WARN  formulario sanidad_alpacas: 2 envíos con adjuntos faltantes (instanceID=uuid:@@u1@@)
2024-10-01 05:00:07 INFO  sync: fin (171 envíos, 6.1 s)
""", u1=uuid_s())

add("markdown/router-admin-password", "docs/entrega-turno-ti-2024-08.md", "https://www.tp-link.com/ (router web admin login)", r"""
# Entrega de turno - TI oficina Juliaca (agosto 2024)

Hola Edwin, allinllachu! Resumen de lo pendiente:

- El router TP-Link del centro de acopio de Corani se reinicia solo cuando hay tormenta.
  Entrar por la VPN a http://10.30.0.1 con el usuario `admin` y la contraseña @@secret@@
  y revisar el registro de eventos antes de llamar a Bitel.
- La impresora de la balanza quedó con IP fija 10.30.0.15.
- Falta renovar el dominio qorimillma.pe (vence el 30/09).
- Las copias de Concar ya corren con el script nuevo (ver scripts/Respaldo-Contabilidad.ps1).

Cualquier cosa me escribes al WhatsApp. Tupananchiskama!
""", secret=rand_pw(12))

add("markdown/decoy-placeholder", "docs/instalar-odk-central.md", "https://docs.getodk.org/central-install-digital-ocean/ (.env DOMAIN, SYSADMIN_EMAIL)", r"""
# Instalar ODK Central (servidor de encuestas)

1. Clonar `https://github.com/getodk/central` y copiar `.env.template` a `.env`.
2. Completar:

```ini
DOMAIN=odk.ejemplo.org.pe
SYSADMIN_EMAIL=ti@ejemplo.org.pe
SSL_TYPE=letsencrypt
POSTGRES_PASSWORD=<genera-una-clave-larga>
```

3. `docker compose build && docker compose up -d`
4. Crear el primer administrador:
   `docker compose exec service odk-cmd --email ti@ejemplo.org.pe user-create`
   (la contraseña se pide en la consola; no la escribas en este documento).
""")

add("gitlab-ci/registry-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/docker/using_docker_images.html#determine-your-docker_auth_config-data (auth = base64 user:password)", r"""
stages: [build, deploy]

variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.bancomuhu.org.pe":{"auth":"@@enc@@"}}}'
  IMAGEN: registry.bancomuhu.org.pe/germoplasma/api

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker build -t $IMAGEN:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGEN:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - ssh despliegue@10.8.0.5 "docker pull $IMAGEN:$CI_COMMIT_SHORT_SHA && docker compose up -d"
  only: [main]
""", secret=(_reg := b64("ci-germoplasma:" + rand_pw(18))), enc=_reg)

add("ansible/database-password", "playbooks/moodle_db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html (password)", r"""
---
- name: Base de datos del aula virtual
  hosts: aula
  become: true
  tasks:
    - name: Crear base moodle
      community.mysql.mysql_db:
        name: moodle
        state: present
    - name: Usuario de la aplicación
      community.mysql.mysql_user:
        name: moodle
        password: "@@secret@@"
        priv: "moodle.*:ALL"
        host: "%"
        state: present
""", secret=passphrase())

add("ansible/decoy-env-reference", "playbooks/odk_backup.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/env_lookup.html (lookup env) and no_log", r"""
---
- name: Respaldo de ODK Central
  hosts: odk
  become: true
  vars:
    s3_key: "{{ lookup('ansible.builtin.env', 'RESPALDO_S3_KEY') }}"
    s3_secret: "{{ lookup('ansible.builtin.env', 'RESPALDO_S3_SECRET') }}"
  tasks:
    - name: Volcado de postgres
      ansible.builtin.command: docker compose exec -T postgres14 pg_dump -U odk odk -Fc -f /backup/odk.dump
      args:
        chdir: /opt/central
    - name: Subir a S3
      amazon.aws.s3_object:
        bucket: yanapakuy-respaldos
        object: "odk/{{ ansible_date_time.date }}.dump"
        src: /opt/central/files/backup/odk.dump
        mode: put
        access_key: "{{ s3_key }}"
        secret_key: "{{ s3_secret }}"
      no_log: true
""")

add("systemd/mqtt-password", "gateway/systemd/puente-lora.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment= (Environment=)", r"""
[Unit]
Description=Puente LoRaWAN -> MQTT (estación Paru Paru)
After=network-online.target
Wants=network-online.target

[Service]
User=pi
Environment=MQTT_HOST=mqtt.bancomuhu.org.pe
Environment=MQTT_USER=gw-paru-paru
Environment=MQTT_PASSWORD=@@secret@@
ExecStart=/opt/puente-lora/venv/bin/python -m puente --region AU915
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
""", secret=rand_pw(16))

add("crontab/mysql-password", "servidor/crontab-central", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html (--password=)", r"""
# m h  dom mon dow   command
SHELL=/bin/bash
MAILTO=ti@qorimillma.pe
30 2 * * * mysqldump --user=respaldo --password=@@secret@@ --single-transaction central | gzip > /srv/respaldos/central_$(date +\%F).sql.gz
0 3 * * 0 find /srv/respaldos -name 'central_*.sql.gz' -mtime +30 -delete
*/10 * * * * /opt/tienda/venv/bin/python /opt/tienda/manage.py sincronizar_stock >> /var/log/stock.log 2>&1
""", secret=rand_pw(15))

add("nginx/decoy-file-paths", "servidor/nginx/tienda.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html (auth_basic_user_file) and ssl_certificate_key", r"""
server {
    listen 443 ssl http2;
    server_name tienda.qorimillma.pe;

    ssl_certificate     /etc/letsencrypt/live/tienda.qorimillma.pe/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/tienda.qorimillma.pe/privkey.pem;

    location /admin/ {
        auth_basic "Administración";
        auth_basic_user_file /etc/nginx/.htpasswd-tienda;
        proxy_pass http://127.0.0.1:8000;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""")

add("htpasswd/decoy-password-hash", "servidor/nginx/.htpasswd-tienda", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html (apr1 MD5 and bcrypt hashes)", r"""
rosa:$apr1$@@s1@@$@@h1@@
edwin:$apr1$@@s2@@$@@h2@@
teofilo:$2y$10$@@h3@@
contabilidad:$apr1$@@s4@@$@@h4@@
auditoria:$2y$10$@@h5@@
""", s1=chars(8, ALNUM + "./"), h1=chars(22, ALNUM + "./"), s2=chars(8, ALNUM + "./"), h2=chars(22, ALNUM + "./"),
    h3=chars(53, ALNUM + "./"), s4=chars(8, ALNUM + "./"), h4=chars(22, ALNUM + "./"), h5=chars(53, ALNUM + "./"))

add("yaml/decoy-example-token", "api-acopio/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/ (securitySchemes)", r"""
openapi: 3.0.3
info:
  title: API de acopio de fibra
  version: 1.4.0
servers:
  - url: https://acopio.qorimillma.pe/api/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Enviar `Authorization: Bearer <token>`; el token se obtiene en /auth/token."
  parameters:
    Centro:
      name: centro
      in: query
      schema: {type: string, enum: [macusani, corani, nunoa]}
security:
  - bearerAuth: []
paths:
  /acopio:
    get:
      parameters: [{$ref: "#/components/parameters/Centro"}]
      responses:
        "200": {description: Pesadas del día}
""")

add("python/decoy-regex", "backend/comun/sanitizar_logs.py", "https://docs.python.org/3/library/re.html (patterns that mask credentials in logs)", r"""
import re

# Enmascara llaves y contraseñas antes de escribir en el log (auditoría de julio 2024)
PATRONES = [
    (re.compile(r"sk_(live|test)_[0-9a-f]{16}"), "sk_\\1_****"),
    (re.compile(r"APP_USR-\d{16}-\d{6}-[0-9a-f]{32}-\d{6,10}"), "APP_USR-****"),
    (re.compile(r"(?i)(password|clave|token)=([^&\s]+)"), r"\1=****"),
    (re.compile(r"postgres(ql)?://([^:]+):[^@]+@"), r"postgresql://\2:****@"),
]


def sanitizar(linea: str) -> str:
    for patron, reemplazo in PATRONES:
        linea = patron.sub(reemplazo, linea)
    return linea
""")

add("python/decoy-test-fixture", "backend/tests/test_cobros.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html (fake credentials in tests)", r"""
import pytest

from pagos import culqi_cobros


@pytest.fixture(autouse=True)
def llaves_falsas(monkeypatch):
    # Valores de mentira: el cliente HTTP está simulado, nunca llega a Culqi
    monkeypatch.setattr(culqi_cobros, "PUBLIC_KEY", "pk_test_FAKEFAKEFAKEFAKE")
    monkeypatch.setattr(culqi_cobros, "PRIVATE_KEY", "sk_test_FAKEFAKEFAKEFAKE")


def test_cobro_en_centimos(mocker, pedido_de_prueba):
    crear = mocker.patch.object(culqi_cobros.charge, "create", return_value={"data": {"id": "chr_test_123"}})
    culqi_cobros.cobrar(pedido_de_prueba, "tkn_test_abc")
    assert crear.call_args.args[0]["amount"] == 38000
""")

add("toml/decoy-checksums", "puente-lorawan/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html (checksum of each package)", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "puente-lorawan"
version = "0.3.0"
dependencies = ["base64", "rumqttc"]
""", c1=sha256(), c2=sha256())

add("go/decoy-checksums", "trazabilidad/go.sum", "https://go.dev/ref/mod#go-sum-files (h1: hashes)", r"""
github.com/golang/snappy v0.0.4 h1:@@h1@@=
github.com/golang/snappy v0.0.4/go.mod h1:@@h2@@=
github.com/klauspost/compress v1.17.9 h1:@@h3@@=
github.com/klauspost/compress v1.17.9/go.mod h1:@@h4@@=
go.mongodb.org/mongo-driver v1.16.1 h1:@@h5@@=
go.mongodb.org/mongo-driver v1.16.1/go.mod h1:@@h6@@=
""", h1=chars(43, ALNUM + "+/"), h2=chars(43, ALNUM + "+/"), h3=chars(43, ALNUM + "+/"), h4=chars(43, ALNUM + "+/"),
    h5=chars(43, ALNUM + "+/"), h6=chars(43, ALNUM + "+/"))

# ---------------------------------------------------------------------------------------------
# More carriers: exports, builds, mobile signing, mail, directories, storage
# ---------------------------------------------------------------------------------------------

add("csv/device-admin-password", "red/inventario_equipos.csv", "https://www.ui.com/ (device admin credentials kept in an inventory sheet)", r"""
sede,equipo,modelo,ip,usuario,contrasena,serie,notas
Macusani,router,TP-Link ER605,10.20.0.1,admin,@@secret@@,22354A1000871,VPN a Juliaca
Corani,router,TP-Link ER605,10.30.0.1,admin,(ver entrega de turno),22354A1000902,se reinicia con tormentas
Pisac,balanza,Ohaus Defender 5000,192.168.50.30,,,B849201774,sin acceso web
Pisac,gateway,RAK7268V2,192.168.50.40,root,(cambiada 03/2024),AC1F09FFFE08A1B2,LoRaWAN AU915
Juliaca,nas,Synology DS920+,10.20.0.50,admin-ti,(Bitwarden),2150QWR4812,respaldos
""", secret=rand_pw(12))

add("json/nubefact-token", "postman/nubefact-produccion.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/ (environment values)", r"""
{
  "id": "@@envid@@",
  "name": "Nubefact - producción (Ayllu Ch'uñu)",
  "values": [
    {"key": "ruta", "value": "https://api.nubefact.com/api/v1/5f1c9a07-81d2-4c43-b0aa-2d6e4a9bc3e1", "type": "default", "enabled": true},
    {"key": "token", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "serie", "value": "F001", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-08-19T15:22:41.118Z",
  "_postman_exported_using": "Postman/11.8.0"
}
""", secret=hexs(64), envid=uuid_s())

add("github-actions/aws-secret-key", ".github/workflows/respaldo-s3.yml", "https://github.com/aws-actions/configure-aws-credentials (aws-access-key-id / aws-secret-access-key inputs)", r"""
name: Copia semanal de fotos de accesiones a S3
on:
  schedule:
    - cron: "0 7 * * 1"
jobs:
  copiar:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: sa-east-1
      - name: Sincronizar
        run: aws s3 sync s3://bancomuhu-fotos s3://bancomuhu-respaldos-germoplasma/fotos --only-show-errors
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("powershell/azure-client-secret", "scripts/Buzones-Socios.ps1", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal (client secret) and Connect-MgGraph -ClientSecretCredential", r"""
# Crea buzones de Microsoft 365 (licencia A1 donada) para los nuevos directivos de la cooperativa
$tenantId = "7c2e1f40-9b3a-4d8e-a6f1-2b9c0d4e8a17"
$appId    = "b41d9e7a-0c2f-4a63-9e18-5f7a3c2b1d90"
$secreto  = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secreto)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

Import-Csv .\directivos_2025.csv | ForEach-Object {
    New-MgUser -DisplayName $_.Nombre -MailNickname $_.Alias -UserPrincipalName "$($_.Alias)@qorimillma.pe" `
        -AccountEnabled -PasswordProfile @{ ForceChangePasswordNextSignIn = $true; Password = (New-Guid).Guid }
}
""", secret=chars(3) + "8Q~" + chars(34, ALNUM + "_.-~"))

_app_pw = " ".join(chars(4, string.ascii_lowercase) for _ in range(4))
add("python/smtp-password", "reportes/enviar_reporte_mensual.py", "https://support.google.com/accounts/answer/185833 (app passwords: 16 characters, shown in groups of four)", r"""
import smtplib
from email.message import EmailMessage
from pathlib import Path

# Reporte mensual de temperaturas de cámaras frías para el comité del banco de semillas
msg = EmailMessage()
msg["Subject"] = "Reporte mensual - cámaras frías"
msg["From"] = "bancomuhu.reportes@gmail.com"
msg["To"] = "comite@bancomuhu.org.pe"
msg.set_content("Adjunto el reporte. Tukuy allin kachun.")
pdf = Path("salida/reporte_camaras.pdf")
msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)

with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
    s.login("bancomuhu.reportes@gmail.com", "@@secret@@")
    s.send_message(msg)
""", secret=_app_pw)

add("ruby/redis-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis (url: redis://:password@host)", r"""
# Trabajos en segundo plano de la tienda de tejidos (sincronizar Etsy, enviar guías)
redis_url = "redis://:@@secret@@@redis.awana.internal:6379/2"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end
""", secret=fakes.redis_password(_seed()))

add("php/ldap-password", "config/ldap.php", "https://ldaprecord.com/docs/laravel/v3/configuration (connections: username, password)", r"""
<?php

return [
    'default' => 'oficina',
    'connections' => [
        'oficina' => [
            'hosts' => ['dc01.qorimillma.local'],
            'username' => 'CN=svc-intranet,OU=Servicios,DC=qorimillma,DC=local',
            'password' => '@@secret@@',
            'port' => 636,
            'base_dn' => 'DC=qorimillma,DC=local',
            'use_ssl' => true,
            'timeout' => 5,
        ],
    ],
];
""", secret=words_pw())

_service_role = jwt({"iss": "supabase", "ref": "qxkzmrtbpwyhlnvcdaeg", "role": "service_role", "iat": 1717200000, "exp": 2032776000})
add("typescript/supabase-service-role-key", "feria-virtual/server/supabase-admin.ts", "https://supabase.com/docs/guides/api/api-keys (service_role key must never be exposed)", r"""
import { createClient } from "@supabase/supabase-js";

// Cliente administrador: aprueba los puestos de la feria virtual de fibra (salta RLS)
const SUPABASE_URL = "https://qxkzmrtbpwyhlnvcdaeg.supabase.co";
const SUPABASE_SERVICE_ROLE_KEY = "@@secret@@";

export const admin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export async function aprobarPuesto(id: string) {
  const { error } = await admin.from("puestos").update({ aprobado: true }).eq("id", id);
  if (error) throw error;
}
""", secret=_service_role)

add("java/database-password", "reportes-legacy/src/pe/cecoalsur/reportes/Conexion.java", "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html#getConnection-java.lang.String-java.lang.String-java.lang.String-", r"""
package pe.cecoalsur.reportes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reportes de liquidación (sistema antiguo, 2016). */
public class Conexion {
    private static final String URL = "jdbc:mysql://10.20.0.30:3306/central?useSSL=false&serverTimezone=America/Lima";

    public static Connection abrir() throws SQLException {
        return DriverManager.getConnection(URL, "reportes", "@@secret@@");
    }
}
""", secret=words_pw())

add("go/telegram-bot-token", "bots/helada/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot (NewBotAPI(token))", r"""
package main

import (
	"fmt"
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Bot "Qasa Willay": avisa de heladas a los productores de semilla (pronóstico SENAMHI)
func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	msg := tgbotapi.NewMessage(-1002219384756, fmt.Sprintf("Qasa chayamunqa! Helada de %.1f °C esta noche en %s", -6.5, "Chawaytire"))
	if _, err := bot.Send(msg); err != nil {
		log.Fatal(err)
	}
}
""", secret=fakes.telegram_token(_seed()))

add("csharp/twilio-auth-token", "Awana.Avisos/Program.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet (TwilioClient.Init(accountSid, authToken))", r"""
using System;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

// Aviso a las tejedoras cuando llega un pedido grande (SMS)
const string accountSid = "AC@@sid@@";
const string authToken = "@@secret@@";

TwilioClient.Init(accountSid, authToken);

var mensaje = MessageResource.Create(
    body: "Awana: nuevo pedido de 40 chalinas de baby alpaca. Reunión el sábado 9am.",
    from: new PhoneNumber("+51987654321"),
    to: new PhoneNumber(args[0]));

Console.WriteLine($"Enviado {mensaje.Sid}");
""", secret=hexs(32), sid=hexs(32))

add("kotlin/fcm-server-key", "servidor-avisos/src/main/kotlin/pe/yanapakuy/avisos/Fcm.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests (Authorization: key=<server key>)", r'''
package pe.yanapakuy.avisos

import java.net.HttpURLConnection
import java.net.URL

// Notificaciones push a la app de campo (API heredada de FCM)
private const val SERVER_KEY = "@@secret@@"

fun enviarAviso(tema: String, titulo: String, cuerpo: String) {
    val con = URL("https://fcm.googleapis.com/fcm/send").openConnection() as HttpURLConnection
    con.requestMethod = "POST"
    con.doOutput = true
    con.setRequestProperty("Authorization", "key=$SERVER_KEY")
    con.setRequestProperty("Content-Type", "application/json")
    con.outputStream.use {
        it.write("""{"to":"/topics/$tema","notification":{"title":"$titulo","body":"$cuerpo"}}""".toByteArray())
    }
    println("FCM ${con.responseCode}")
}
''', secret="AAAA" + chars(7, ALNUM + "_-") + ":APA91b" + chars(134, ALNUM + "_-"))

add("dockerfile/github-token", "servicios/analisis-genomico/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens (github_pat_ fine-grained)", r"""
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends git build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Paquete privado de genotipado (repositorio del consorcio)
RUN pip install --no-cache-dir "git+https://@@secret@@@github.com/consorcio-papa/gbs-pipeline.git@v0.9.2"
COPY . .
CMD ["python", "-m", "analisis.principal"]
""", secret=fakes.github_fine_grained_token(_seed()))

add("xml/nexus-password", "export-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers (server username/password)", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-cecoalsur</id>
      <username>ci-export</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-cecoalsur</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.cecoalsur.pe/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(20))

add("properties/keystore-password", "app-campo/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore (keystore.properties storePassword/keyPassword)", r"""
# Firma de la app de campo para Google Play
storeFile=../firma/yanapakuy-campo.jks
storePassword=@@secret@@
keyAlias=campo
keyPassword=@@secret@@
""", secret=words_pw())

add("yaml/smtp-password", "export-service/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail.spring.mail.password", r"""
spring:
  application:
    name: export-service
  mail:
    host: smtp.zoho.com
    port: 587
    username: export@qorimillma.pe
    password: "@@secret@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
export:
  incoterm-por-defecto: FCA
  puerto-salida: Callao
  certificado-origen: true
""", secret=rand_pw(16, "#!"))

add("terraform/database-password", "infra/tienda/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r"""
region          = "nyc3"
droplet_size    = "s-2vcpu-4gb"
db_cluster_size = "db-s-1vcpu-1gb"
db_name         = "tienda"
db_user         = "tienda_app"
db_password     = "@@secret@@"
dominio         = "tienda.qorimillma.pe"
alertas_correo  = "ti@qorimillma.pe"
""", secret=rand_pw(24))

add("pgpass/database-password", "servidor/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html (hostname:port:database:username:password)", r"""
# hostname:port:database:username:password
pg-germoplasma.bancomuhu.org.pe:5432:germoplasma:respaldo:@@secret@@
pg-germoplasma.bancomuhu.org.pe:5432:*:postgres:*
localhost:5432:camaras:telegraf:*
127.0.0.1:5432:grafana:grafana:*
""", secret=rand_pw(20))

add("sql/database-password", "db/migraciones/0011_fdw_central.sql", "https://www.postgresql.org/docs/current/sql-createusermapping.html (OPTIONS (user, password))", r"""
-- Lee el padrón de socios de la central (otro servidor) desde la base de acopio
CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER central FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.20.0.40', port '5432', dbname 'padron');

CREATE USER MAPPING FOR acopio SERVER central
  OPTIONS (user 'lectura_acopio', password '@@secret@@');

IMPORT FOREIGN SCHEMA public LIMIT TO (socios, comunidades) FROM SERVER central INTO central;
""", secret=rand_pw(18))

add("markdown/demo-server-password", "encuestas/README.md", "https://docs.getodk.org/collect-connect/ (server URL, username and password in Collect)", r"""
# Encuestas de campo (ODK Collect)

Formularios: `semilla_cosecha`, `esquila_2024`, `sanidad_alpacas`.

## Configurar el celular del promotor

1. Instalar ODK Collect desde Play Store.
2. Configurar servidor:
   - URL: `https://odk.yanapakuy.org.pe/v1/key/projects/4`
   - Usuario: `promotores`
   - Contraseña: `@@secret@@`
3. Descargar formularios y probar con una encuesta.

Para dudas: Wilber (coordinador de campo), 984 221 093.
""", secret=words_pw())

add("notebook/huggingface-token", "notebooks/entrenar_rancha.ipynb", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication (login(token=))", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Entrenamiento del clasificador de rancha (Colab)"]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\n",
    "login(token=\"@@secret@@\")\n",
    "from datasets import load_dataset\n",
    "ds = load_dataset('bancomuhu/hojas-papa-rancha', split='train')"
   ]
  }
 ],
 "metadata": {"accelerator": "GPU", "kernelspec": {"display_name": "Python 3", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 0
}
""", secret=hf_token())

add("k8s-secret/ttn-api-key", "deploy/k8s/puente-ttn-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/ (data base64)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: puente-ttn
  namespace: sensores
type: Opaque
data:
  TTN_APP_ID: @@app@@
  TTN_API_KEY: @@enc@@
""", secret=(_ttn := ttn_key()), enc=b64(_ttn), app=b64("parcelas-papa-nativa"))

_rsa_deploy = pem("RSA", 8)
add("shell/rsa-private-key", "scripts/preparar_servidor_nuevo.sh", "https://man.openbsd.org/ssh-keygen (RSA PRIVATE KEY written to ~/.ssh)", r"""
#!/bin/bash
# Prepara el servidor nuevo de la tienda: usuario de despliegue y llave para jalar el repo
set -e
useradd -m -s /bin/bash despliegue || true
mkdir -p /home/despliegue/.ssh
cat > /home/despliegue/.ssh/id_rsa <<'LLAVE'
@@secret@@
LLAVE
chmod 600 /home/despliegue/.ssh/id_rsa
chown -R despliegue: /home/despliegue/.ssh
sudo -u despliegue ssh-keyscan github.com >> /home/despliegue/.ssh/known_hosts
""", secret=_rsa_deploy)

add("json/sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration (password)", r"""
{
  "name": "Hosting sitio Awaq Warmikuna",
  "host": "ftp.awaqwarmikuna.org.pe",
  "protocol": "sftp",
  "port": 22,
  "username": "awaqweb",
  "password": "@@secret@@",
  "remotePath": "/home/awaqweb/public_html",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", secret=words_pw())

add("compose/minio-root-password", "docker/almacen-fotos/docker-compose.yml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html (MINIO_ROOT_PASSWORD)", r"""
# Almacenamiento local de fotos de accesiones (MinIO en el NAS de Pisac)
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-08-03T04-33-23Z
    command: server /data --console-address ":9001"
    ports: ["9000:9000", "9001:9001"]
    environment:
      MINIO_ROOT_USER: bancomuhu-admin
      MINIO_ROOT_PASSWORD: @@secret@@
      MINIO_BROWSER_REDIRECT_URL: https://fotos.bancomuhu.org.pe/consola
    volumes:
      - /volume1/minio:/data
    restart: unless-stopped
""", secret=rand_pw(24))

# ---------------------------------------------------------------------------------------------
# Look-alikes a careful reviewer lets through
# ---------------------------------------------------------------------------------------------

add("env/decoy-placeholder", "padron-socios/.env.test", "https://12factor.net/config (test environment with dummy values)", r"""
# Entorno de pruebas automáticas (CI): valores de mentira, la base es un contenedor efímero
NODE_ENV=test
PORT=3001
DATABASE_URL=postgresql://padron:padron@localhost:5432/padron_test
APIS_TOKEN=changeme
SESSION_SECRET=not-a-real-secret
CULQI_SECRET_KEY=sk_test_REEMPLAZAR
""")

add("yaml/decoy-config-ids", "deploy/k8s/germoplasma-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: germoplasma-api
  namespace: bancomuhu
data:
  INSTITUCION_WIEWS: PER001
  GLIS_PROVIDER_ID: "@@glis@@"
  ORCID_CURADORA: 0000-0002-7149-5382
  IMAGEN_DIGEST: sha256:@@dig@@
  BUILD_COMMIT: @@sha@@
  RELEASE_ID: @@rel@@
  IDIOMAS: es,qu,en
""", glis=uuid_s(), dig=sha256(), sha=git_sha(), rel=uuid_s())

_anon = jwt({"iss": "supabase", "ref": "qxkzmrtbpwyhlnvcdaeg", "role": "anon", "iat": 1717200000, "exp": 2032776000})
add("typescript/decoy-publishable-key", "feria-virtual/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys (anon key is safe in the browser with RLS)", r"""
import { createClient } from "@supabase/supabase-js";

// Llave "anon": pública por diseño; los permisos los controlan las políticas RLS de cada tabla.
export const supabase = createClient(
  "https://qxkzmrtbpwyhlnvcdaeg.supabase.co",
  "@@anon@@",
);

export async function puestosAprobados() {
  const { data } = await supabase.from("puestos").select("id, cooperativa, producto, precio_kg").eq("aprobado", true);
  return data ?? [];
}
""", anon=_anon)

add("python/decoy-uuid-namespace", "germoplasma/identificadores.py", "https://docs.python.org/3/library/uuid.html#uuid.uuid5 (name-based UUIDs)", r"""
import uuid

# Identificadores estables de accesiones y sobres de semilla (uuid5 sobre el código de accesión)
NAMESPACE_BANCOMUHU = uuid.UUID("@@ns@@")
NAMESPACE_SOBRES = uuid.UUID("@@ns2@@")


def id_accesion(codigo: str) -> str:
    return str(uuid.uuid5(NAMESPACE_BANCOMUHU, codigo.upper()))


def id_sobre(codigo: str, lote: int) -> str:
    return str(uuid.uuid5(NAMESPACE_SOBRES, f"{codigo.upper()}#{lote}"))
""", ns=uuid_s(), ns2=uuid_s())

add("markdown/decoy-glossary", "docs/glosario-quechua.md", "https://www.fao.org/ (descriptive glossary; codes are public identifiers)", r"""
# Rimaykuna: glosario para el equipo técnico

| Quechua | Castellano | Uso en el sistema |
|---------|------------|-------------------|
| muhu | semilla | tabla `sobres_semilla` |
| waqaychana | almacén, lugar donde se guarda | `almacen_id` |
| paqocha / allpaqa | alpaca | `alpacas` |
| millma | lana, fibra | `acopio.fibra` |
| ch'uñu | papa deshidratada por helada | categoría de producto `CHUNO` |
| chiri wasi | cuarto frío | `camaras` |
| pakasqa | escondido, secreto | (no guardamos claves en el código!) |

Códigos de referencia: CIP-704353, PER001, BMP-00412, UBIGEO 211001 (Macusani).
Checksum del diccionario: `@@sum@@`
""", sum=sha256())

add("csv/decoy-lab-barcodes", "laboratorio/resultados_pcr_2024-10.csv", "https://www.gs1.org/standards/barcodes (lab sample barcodes) and sha256 of result images", r"""
codigo_barra,accesion,prueba,resultado,fecha,tecnico,sha256_imagen_gel
LB24@@b1@@,BMP-00412,PVY,negativo,2024-10-03,MCH,@@h1@@
LB24@@b2@@,BMP-00413,PLRV,negativo,2024-10-03,MCH,@@h2@@
LB24@@b3@@,BMP-00414,PVX,POSITIVO,2024-10-04,RQP,@@h3@@
LB24@@b4@@,BMP-00415,PVY,negativo,2024-10-04,RQP,@@h4@@
""", b1=digits(10), b2=digits(10), b3=digits(10), b4=digits(10), h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

add("log/decoy-build-digests", "logs/ci-build-germoplasma-482.log", "https://docs.docker.com/reference/cli/docker/image/push/ (digest output)", r"""
$ git rev-parse HEAD
@@sha@@
$ docker build -t registry.bancomuhu.org.pe/germoplasma/api:@@short@@ .
Successfully built @@img@@
$ docker push registry.bancomuhu.org.pe/germoplasma/api:@@short@@
@@short@@: digest: sha256:@@dig@@ size: 2417
Job succeeded
""", sha=(_sha := git_sha()), short=_sha[:8], img=hexs(12), dig=sha256())

add("dockerfile/decoy-image-digest", "servicios/api-germoplasma/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from (image@digest)", r"""
FROM python:3.12-slim@sha256:@@d1@@ AS base
WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY germoplasma/ germoplasma/
USER 1000
ENV PYTHONUNBUFFERED=1
CMD ["gunicorn", "germoplasma.wsgi:application", "--bind", "0.0.0.0:8000"]
""", d1=sha256())

add("terraform/decoy-secret-manager-reference", "infra/tienda/secretos.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", r"""
data "aws_secretsmanager_secret_version" "culqi" {
  secret_id = "tienda/prod/culqi"
}

locals {
  culqi = jsondecode(data.aws_secretsmanager_secret_version.culqi.secret_string)
}

resource "digitalocean_app" "tienda" {
  spec {
    name   = "tienda-qorimillma"
    region = "nyc"
    env {
      key   = "CULQI_SECRET_KEY"
      value = local.culqi["secret_key"]
      type  = "SECRET"
    }
  }
}
""")

add("github-actions/decoy-oidc-role", ".github/workflows/desplegar-api.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r"""
name: Desplegar API de germoplasma
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650194:role/github-germoplasma-deploy
          aws-region: sa-east-1
      - run: aws ecs update-service --cluster bancomuhu --service api-germoplasma --force-new-deployment
""")

add("k8s-secret/decoy-placeholder", "deploy/k8s/plantillas/secret-ejemplo.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/ (template with placeholder values)", r"""
# PLANTILLA: reemplazar los valores antes de aplicar (o mejor, usar ExternalSecret)
apiVersion: v1
kind: Secret
metadata:
  name: api-ventas
  namespace: cecoalsur
type: Opaque
stringData:
  MP_ACCESS_TOKEN: "<token de Mercado Pago>"
  DATABASE_URL: "postgresql://usuario:CAMBIAR@host:5432/ventas"
""")

add("json/decoy-public-dsn", "tienda-web/src/config/sentry.json", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSN is safe to keep public)", r"""
{
  "dsn": "https://@@k@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  "environment": "production",
  "release": "tienda-web@1.8.0",
  "tracesSampleRate": 0.1,
  "replaysOnErrorSampleRate": 1.0
}
""", k=hexs(32), org=digits(7), proj=digits(7))

add("typescript/decoy-site-key", "feria-virtual/src/components/Registro.tsx", "https://developers.google.com/recaptcha/docs/display (site key is public, used in the HTML)", r"""
import ReCAPTCHA from "react-google-recaptcha";

// Clave de SITIO de reCAPTCHA: va en el navegador. La clave secreta solo la usa el servidor.
const RECAPTCHA_SITE_KEY = "6L@@sk@@";

export function Registro({ onToken }: { onToken: (t: string | null) => void }) {
  return (
    <form className="registro-puesto">
      <input name="cooperativa" placeholder="Nombre de la cooperativa" required />
      <input name="ruc" placeholder="RUC" pattern="\d{11}" required />
      <ReCAPTCHA sitekey={RECAPTCHA_SITE_KEY} onChange={onToken} hl="es" />
      <button type="submit">Inscribir puesto</button>
    </form>
  );
}
""", sk=chars(38, ALNUM + "_-"))

add("php/decoy-env-reference", "web/wp-content/mu-plugins/recaptcha-verificar.php", "https://developers.google.com/recaptcha/docs/verify (secret from server configuration)", r"""
<?php
/** Verifica reCAPTCHA en el formulario de pedidos mayoristas. La clave secreta viene del entorno. */
function awaq_verificar_recaptcha( string $token ): bool {
    $respuesta = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => getenv( 'RECAPTCHA_SECRET' ),
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
        ],
    ] );
    $datos = json_decode( wp_remote_retrieve_body( $respuesta ), true );
    return ! empty( $datos['success'] ) && ( $datos['score'] ?? 0 ) >= 0.5;
}
""")

add("xml/decoy-env-reference", "export-service/pom.xml", "https://maven.apache.org/pom.html#properties (${env.X})", r"""
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>pe.qorimillma</groupId>
  <artifactId>export-service</artifactId>
  <version>2.4.0</version>
  <properties>
    <java.version>21</java.version>
    <nexus.usuario>${env.NEXUS_USER}</nexus.usuario>
    <nexus.clave>${env.NEXUS_PASSWORD}</nexus.clave>
  </properties>
  <distributionManagement>
    <repository>
      <id>nexus-cecoalsur</id>
      <url>https://nexus.cecoalsur.pe/repository/maven-releases/</url>
    </repository>
  </distributionManagement>
</project>
""")

add("shell/decoy-generated-password", "scripts/crear_usuario_db.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html (generated at run time, stored in Vault)", r"""
#!/usr/bin/env bash
# Crea un usuario de base de datos con contraseña generada al momento y la guarda en Vault
set -euo pipefail
USUARIO="$1"
CLAVE="$(openssl rand -base64 24)"
psql -h pg-germoplasma.bancomuhu.org.pe -U postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE \"${USUARIO}\" LOGIN PASSWORD '${CLAVE}'"
vault kv put kv/germoplasma/usuarios/"${USUARIO}" password="${CLAVE}"
unset CLAVE
echo "usuario ${USUARIO} creado; clave en Vault kv/germoplasma/usuarios/${USUARIO}"
""")

add("toml/decoy-package-metadata", "papa-descriptores/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r"""
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "papa-descriptores"
version = "0.6.1"
description = "Descriptores morfológicos de papa nativa (CIP/IPGRI) y validación de pasaportes MCPD"
authors = [{ name = "Banco de Semillas Muhu", email = "datos@bancomuhu.org.pe" }]
license = "CC-BY-4.0"
requires-python = ">=3.10"
dependencies = ["pandas>=2.1", "pydantic>=2.6"]

[project.urls]
Homepage = "https://github.com/bancomuhu/papa-descriptores"
""")

add("pgpass/decoy-placeholder", "servidor/pgpass.ejemplo", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# Copiar a ~/.pgpass (chmod 600) y poner la contraseña real que da TI.
# hostname:port:database:username:password
pg-germoplasma.bancomuhu.org.pe:5432:germoplasma:TU_USUARIO:TU_CONTRASENA
pg-padron.cecoalsur.pe:5432:padron:TU_USUARIO:TU_CONTRASENA
localhost:5432:*:postgres:CAMBIAME
""")

add("sql/decoy-key-hashes", "db/migraciones/0014_llaves_api.sql", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html (store only a hash of API keys)", r"""
-- Llaves de API para los socios comerciales: solo guardamos el prefijo visible y el hash
CREATE TABLE llaves_api (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  comprador   text NOT NULL,
  prefijo     char(8) NOT NULL,
  hash_sha256 char(64) NOT NULL UNIQUE,
  creada      timestamptz NOT NULL DEFAULT now(),
  revocada    timestamptz
);

INSERT INTO llaves_api (comprador, prefijo, hash_sha256)
VALUES ('Andes Yarn Co.', 'qm_7Hk2', '@@h1@@'),
       ('Textiles Arequipa SAC', 'qm_Q9xa', '@@h2@@');
""", h1=sha256(), h2=sha256())

add("go/decoy-catalog-codes", "facturacion/catalogos/catalogos.go", "https://cpe.sunat.gob.pe/node/88 (catálogos de SUNAT) and INEI UBIGEO codes", r"""
package catalogos

// Catálogo 01 (tipo de documento) y 51 (tipo de operación) de SUNAT, y UBIGEOs de los centros de acopio
var TipoDocumento = map[string]string{
	"01": "Factura",
	"03": "Boleta de venta",
	"07": "Nota de crédito",
	"09": "Guía de remisión remitente",
}

var Ubigeo = map[string]string{
	"211001": "Macusani",
	"211003": "Corani",
	"081205": "Pisac",
	"090101": "Huancavelica",
}

const CodigoProductoFibra = "51121702" // UNSPSC
""")

add("rust/decoy-test-fixture", "avisos/tests/hash_claves.rs", "https://docs.rs/argon2/latest/argon2/ (hashing a test password)", r"""
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

// Prueba del hash de claves del portal de socios: la "clave" es de prueba, no de nadie.
#[test]
fn verifica_clave_de_prueba() {
    let clave = b"clave-de-prueba";
    let sal = SaltString::from_b64("c2FsLWRlLXBydWViYQ").unwrap();
    let hash = Argon2::default().hash_password(clave, &sal).unwrap().to_string();
    let parsed = PasswordHash::new(&hash).unwrap();
    assert!(Argon2::default().verify_password(clave, &parsed).is_ok());
    assert!(Argon2::default().verify_password(b"otra", &parsed).is_err());
}
""")

add("notebook/decoy-getpass", "notebooks/consulta_inventario.ipynb", "https://docs.python.org/3/library/getpass.html (password typed at run time)", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\n",
    "clave = getpass.getpass('Clave de la base de germoplasma: ')\n",
    "con = psycopg.connect(host='pg-germoplasma.bancomuhu.org.pe', dbname='germoplasma', user='analista_r', password=clave)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["con.execute('SELECT estado, count(*) FROM inventario_sobres GROUP BY estado').fetchall()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/es-ES/1.1.0/ (commit references)", r"""
# Changelog

## [1.8.0] - 2024-08-20
### Cambiado
- Las llaves de Culqi y Mercado Pago se leen de AWS Secrets Manager (@@c1@@).
- Se rotó el token de Nubefact tras la auditoría; el anterior quedó revocado (@@c2@@).

### Corregido
- Redondeo de kilos en la liquidación de fibra Huarizo (@@c3@@).

## [1.7.2] - 2024-06-30
### Corregido
- Reintento de webhooks de Mercado Pago con firma inválida (@@c4@@).
""", c1=git_sha()[:7], c2=git_sha()[:7], c3=git_sha()[:7], c4=git_sha()[:7])
