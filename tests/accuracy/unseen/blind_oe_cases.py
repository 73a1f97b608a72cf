"""Blind set OE: an Otavalo textile market co-operative's web shop and an Andean trekking agency.

The co-operative (Tantanakuy Sumak Awana, Otavalo: web shop, SRI e-invoicing, WhatsApp orders,
Kushki/PayPhone payments, stock of ponchos, chumpis and anakus from the Plaza de Ponchos) and the
trekking agency (Urku Ñan Trekking: bookings for Imbabura, Cotacachi, Cayambe and Chimborazo, the
guides' app "Purik", radio and GPS tracks), with notes and comments partly in Kichwa and Spanish.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8760000-8769999).
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
LOWER = string.ascii_lowercase
SEED_LO, SEED_HI = 8760000, 8769999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Awana", "Urku", "Yaku", "Inti", "Killa", "Chumpi", "Anaku", "Millma", "Puchka", "Kuychi",
         "Imbabura", "Mojanda", "Kotakachi", "Wayra", "Sisa", "Tullpu", "Chaski", "Ñan", "Wasi", "Kuri"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS).replace("Ñ", "N") + r.choice("!#%*+?.") + r.choice(WORDS).replace("Ñ", "N") + str(r.randint(10, 9999))


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


def pw() -> str:
    return fakes.password(_seed())


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


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


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


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def google_oauth_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def meta_token() -> str:
    return mixed(190, "EAA")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def mapbox_secret() -> str:
    head = base64.urlsafe_b64encode(b'{"u":"urkunan","a":"' + rnd(12, LOWER + string.digits).encode() + b'"}').decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def fcm_server_key() -> str:
    return mixed(7, "AAAA") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def kushki_private() -> str:
    return hexs(32)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def cloudflare_tok() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def algolia_admin() -> str:
    return hexs(32)


def openweather() -> str:
    return hexs(32)


def azure_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def notion() -> str:
    return mixed(43, "secret_")


def airtable() -> str:
    return mixed(14, "pat") + "." + hexs(64)


def netlify() -> str:
    return "nfp_" + mixed(36)


def sentry_auth() -> str:
    return "sntrys_" + mixed(60)


def square() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def gmail_app() -> str:
    r = _rng()
    return " ".join("".join(r.choice(LOWER) for _ in range(4)) for _ in range(4))


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
    CASES.append(LabelledCase("blind-oe/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- Sumak Awana: web shop and payments

add("python/stripe-live", "sumakawana/tienda/pagos/stripe_pagos.py", "https://docs.stripe.com/keys", r'''
"""Pagos con tarjeta para clientes de afuera (turistas). Kullki hawa mañachina."""
import stripe

# FIXME(luis): sacar al .env, por ahora así para la feria del sábado
stripe.api_key = "@@s@@"


def crear_sesion(pedido):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": p.stripe_price, "quantity": p.cantidad} for p in pedido.items],
        success_url="https://tienda.sumakawana.com.ec/yupaychani",
        cancel_url="https://tienda.sumakawana.com.ec/canasta",
    )
''', stripe())

add("env/kushki", "sumakawana/tienda/.env.production", "https://docs.kushki.com/ec/authentication", r'''
# Tienda Sumak Awana - produccion (servidor Otavalo)
APP_ENV=production
APP_URL=https://tienda.sumakawana.com.ec
DB_HOST=127.0.0.1
DB_DATABASE=sumakawana
KUSHKI_PUBLIC_MERCHANT_ID=10000003621937460123
KUSHKI_PRIVATE_MERCHANT_ID=@@s@@
KUSHKI_ENV=production
MONEDA=USD
IVA=15
''', kushki_private())

add("php/woocommerce-secret", "sumakawana/wp/wp-content/plugins/sumak-sync/sync-stock.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
<?php
/**
 * Sincroniza el stock de la bodega (Plaza de Ponchos) con WooCommerce.
 * Kay plugin-ka chumpikunata, anakukunata yupan.
 */
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woo = new Client(
    'https://tienda.sumakawana.com.ec',
    '@@ck@@',
    '@@s@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

foreach (sumak_leer_bodega() as $sku => $cantidad) {
    $woo->put('products/' . sumak_id_por_sku($sku), ['stock_quantity' => $cantidad]);
}
''', woo_secret(), ck=woo_key())

add("php/wp-config-db", "sumakawana/wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Configuración básica de WordPress - Tienda Sumak Awana */

define( 'DB_NAME', 'sumak_wp' );
define( 'DB_USER', 'sumak_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'sa_';

define( 'WP_DEBUG', false );
define( 'WPLANG', 'es_EC' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("json/paypal-secret", "sumakawana/tienda/config/paypal.json", "https://developer.paypal.com/api/rest/authentication/", r'''
{
  "modo": "live",
  "client_id": "AZk3s9Lq0wPvTn7bYxR2cHdE5fGj8KmN1oQrSuVw4XyZ_aBcDeFgHiJkLmNoPqRsTuVw",
  "client_secret": "@@s@@",
  "moneda": "USD",
  "return_url": "https://tienda.sumakawana.com.ec/paypal/ok",
  "nota": "cuenta de la cooperativa, no personal"
}
''', paypal_secret())

add("yaml/sendgrid", "sumakawana/tienda/config/correo.yml", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
# Correo transaccional: confirmación de pedidos, guías de envío (Servientrega)
correo:
  proveedor: sendgrid
  remitente: "Sumak Awana <pedidos@sumakawana.com.ec>"
  responder_a: ventas@sumakawana.com.ec
  sendgrid:
    api_key: @@s@@
  plantillas:
    pedido_confirmado: d-3c1e9b7a0f5d4a2e8b6c9d1f0a7e5b3c
    envio_salio: d-8a2f6c4e1b9d7a3c5e0f2b8d6a4c1e9f
''', sendgrid())

add("python/meta-whatsapp", "sumakawana/wasap/enviar.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# Mensajes de WhatsApp a los clientes: "Alli puncha! Su poncho ya está listo"
import requests

PHONE_NUMBER_ID = "109876543210987"
TOKEN = "@@s@@"


def willachina(numero: str, texto: str) -> dict:
    """willachina = avisar"""
    r = requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"messaging_product": "whatsapp", "to": numero, "type": "text", "text": {"body": texto}},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''', meta_token())

add("sh/sri-p12-password", "sumakawana/facturacion/firmar.sh", "https://www.sri.gob.ec/facturacion-electronica", r'''
#!/usr/bin/env bash
# Firma de comprobantes electrónicos SRI (factura, guía de remisión)
# Certificado de firma electrónica de la cooperativa (Security Data), vence 2027
set -euo pipefail

CERT=/opt/sumak/firma/cooperativa_sumak_awana.p12
CLAVE_CERT='@@s@@'

for xml in pendientes/*.xml; do
  java -jar /opt/sumak/firma/firmador-xades.jar \
    --p12 "$CERT" --clave "$CLAVE_CERT" \
    --entrada "$xml" --salida "firmados/$(basename "$xml")"
done
echo "listo, kutin rikupay firmados/"
''', words_pw())

add("properties/sri-ws", "sumakawana/facturacion/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", r'''
# Servicio de facturación electrónica - Sumak Awana
server.port=8085
spring.datasource.url=jdbc:postgresql://10.0.3.4:5432/facturas
spring.datasource.username=facturador
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
sri.ambiente=2
sri.ruc=1091734521001
sri.recepcion.url=https://cel.sri.gob.ec/comprobantes-electronicos-ws/RecepcionComprobantesOffline?wsdl
''', pw())

add("js/google-maps-server", "sumakawana/tienda/servidor/envios.js", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", r'''
// Calcula costo de envío desde Otavalo (Distance Matrix, lado servidor)
const axios = require('axios');

const GOOGLE_KEY = '@@s@@'; // clave restringida por IP del VPS

async function distanciaKm(destino) {
  const { data } = await axios.get('https://maps.googleapis.com/maps/api/distancematrix/json', {
    params: { origins: 'Otavalo, Imbabura', destinations: destino, key: GOOGLE_KEY },
  });
  return data.rows[0].elements[0].distance.value / 1000;
}

module.exports = { distanciaKm };
''', google_api())

add("env/cloudinary-url", "sumakawana/tienda/.env", "https://cloudinary.com/documentation/node_integration#configuration", r'''
# Tienda Sumak Awana - local de Wayra
# fotos de los productos (ponchos, bufandas, tapices)
CLOUDINARY_URL=cloudinary://@@key@@:@@s@@@sumakawana
FOTOS_CARPETA=catalogo/2025
MAX_FOTOS=8
FOTOS_ANCHO=1600
''', mixed(27), key=str(_rng().randint(10**14, 10**15)))

add("ini/mailchimp", "sumakawana/boletin/config.ini", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
; Boletín mensual "Willaykuna" de la cooperativa
[mailchimp]
api_key = @@s@@
server = us14
lista = 7f2c91ab0e

[envio]
dia = 1
hora = 08:30
idiomas = es, kichwa, en
''', mailchimp())

add("xml/smtp-password", "sumakawana/erp/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; Odoo de la cooperativa - inventario de artesanas socias
admin_passwd = $pbkdf2-sha512$600000$Tk1pR2hNRA$gP9l0o8
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/sumak_addons
smtp_server = smtp.gmail.com
smtp_port = 587
smtp_ssl = True
smtp_user = cooperativa.sumakawana@gmail.com
smtp_password = @@s@@
''', gmail_app())

add("csv/credentials-sheet", "sumakawana/admin/accesos_compartidos.csv", "https://support.google.com/accounts/answer/185833", r'''
servicio,usuario,clave,responsable,nota
Facebook página,sumakawana.otavalo,(ver con Mariela),Mariela Yamberla,tiene 2FA
Banco Pichincha empresas,SUMAK001,(token físico),Segundo Lema,solo en oficina
Servientrega portal,sumakawana,@@s@@,Rosa Cachiguango,guías de envío
Instagram,@sumakawana,(ver con Mariela),Mariela Yamberla,
''', words_pw())

add("docker-compose/mysql-root", "sumakawana/tienda/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
services:
  web:
    image: wordpress:6.5-php8.2-apache
    ports: ["8080:80"]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: sumak
      WORDPRESS_DB_NAME: sumak_wp
    depends_on: [db]
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: sumak_wp
      MYSQL_USER: sumak
      MYSQL_ROOT_PASSWORD: "@@s@@"
    volumes:
      - datos:/var/lib/mysql
volumes:
  datos:
''', fakes.redis_password(_seed()))

add("ts/payphone-token", "sumakawana/app-ventas/src/servicios/payphone.ts", "https://docs.payphone.app/", r'''
// Cobro con PayPhone en la feria (link de pago por WhatsApp)
const PAYPHONE_TOKEN =
  '@@s@@';

export async function crearLinkPago(montoCentavos: number, referencia: string) {
  const res = await fetch('https://pay.payphonetodoesposible.com/api/Links', {
    method: 'POST',
    headers: { Authorization: `Bearer ${PAYPHONE_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: montoCentavos, amountWithoutTax: montoCentavos, currency: 'USD', reference: referencia }),
  });
  return (await res.json()) as string;
}
''', mixed(260))

add("markdown/notes-admin-password", "sumakawana/docs/traspaso_luis_a_wayra.md", "https://wordpress.org/documentation/article/roles-and-capabilities/", r'''
# Traspaso de la tienda en línea (Luis -> Wayra)

Wayra, kaypimi tukuy willaykuna (aquí está todo lo que necesitas):

- Panel WordPress: https://tienda.sumakawana.com.ec/wp-admin
  - usuario: `admin_sumak`
  - clave: `@@s@@` (cámbiala apenas entres, por favor)
- El hosting está pagado hasta marzo.
- Los precios se actualizan cada lunes con la lista de la asamblea.
- Si algo falla, escríbeme al WhatsApp, yanapasha (te ayudo).

Yupaychani, Luis
''', words_pw())

add("python/aws-s3-keys", "sumakawana/respaldos/subir_respaldo.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
"""Respaldo nocturno de la base de la tienda a S3 (sa-east-1)."""
import datetime
import boto3

s3 = boto3.client(
    "s3",
    region_name="sa-east-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

hoy = datetime.date.today().isoformat()
s3.upload_file("/var/backups/sumak_wp.sql.gz", "sumakawana-respaldos", f"mysql/{hoy}.sql.gz")
print("respaldo subido", hoy)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/github-actions-ftp", "sumakawana/tienda/.github/workflows/publicar.yml", "https://github.com/SamKirkland/FTP-Deploy-Action", r'''
name: Publicar tema
on:
  push:
    branches: [main]
jobs:
  ftp:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Subir por FTP al hosting
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.sumakawana.com.ec
          username: deploy@sumakawana.com.ec
          password: "@@s@@"   # TODO pasar a secrets, Wayra
          local-dir: ./wp-content/themes/sumak/
          server-dir: /public_html/wp-content/themes/sumak/
''', pw())

add("js/shopify-admin", "sumakawana/marketplace/shopify-export.js", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
// Exporta los tapices a la tienda Shopify de la distribuidora en EEUU (Andean Threads)
import fetch from 'node-fetch';

const SHOP = 'andean-threads.myshopify.com';
const ACCESS_TOKEN = '@@s@@';

export async function subirProducto(p) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-04/products.json`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': ACCESS_TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ product: { title: p.nombre, body_html: p.descripcion, vendor: 'Sumak Awana' } }),
  });
  return res.json();
}
''', shopify())

add("txt/chat-export-password", "sumakawana/admin/chat_WhatsApp_directiva.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/3/25, 19:02 - Rosa Cachiguango: Alli tuta kuna. Mañana es la asamblea a las 4
12/3/25, 19:05 - Segundo Lema: ari, yo llevo el informe de ventas de la tienda
12/3/25, 19:07 - Mariela Yamberla: Segundo la clave del correo de pedidos cambió?
12/3/25, 19:09 - Segundo Lema: si, ahora es @@s@@
12/3/25, 19:09 - Segundo Lema: no compartan afuera porfa
12/3/25, 19:11 - Rosa Cachiguango: 👍 yupaychani
12/3/25, 19:30 - Carmen Conejo: Pueden traer las etiquetas nuevas de los chumpis?
''', words_pw())

add("k8s/secret-base64", "sumakawana/infra/k8s/tienda-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: tienda-sumak
  namespace: sumakawana
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@enc@@
  APP_URL: @@url@@
''', (p_k8s := pw()), enc=b64(p_k8s), u=b64("sumak_app"), url=b64("https://tienda.sumakawana.com.ec"))

add("go/brevo", "sumakawana/avisos/main.go", "https://developers.brevo.com/docs/getting-started", r'''
package main

// Avisos de pedidos a las artesanas socias (Brevo SMS + correo)
import (
	"bytes"
	"net/http"
)

const brevoKey = "@@s@@"

func avisar(numero, texto string) error {
	body := []byte(`{"sender":"SumakAwana","recipient":"` + numero + `","content":"` + texto + `"}`)
	req, _ := http.NewRequest("POST", "https://api.brevo.com/v3/transactionalSMS/sms", bytes.NewReader(body))
	req.Header.Set("api-key", brevoKey)
	req.Header.Set("content-type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}
''', brevo())

add("ipynb/openai-key", "sumakawana/analisis/descripciones_productos.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Descripciones de productos en kichwa, español e inglés\n", "Prueba de Wayra, no usar en producción"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "prompt = \"Describe un chumpi tejido en telar de cintura, Peguche\"\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("sql/seed-admin-password", "sumakawana/erp/migraciones/0007_usuario_integracion.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Usuario para la integración con la tienda (solo lectura de inventario)
-- Kay usuario-ka mana kamaytachu ushan (no puede modificar)
CREATE ROLE tienda_lectura LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE inventario TO tienda_lectura;
GRANT USAGE ON SCHEMA bodega TO tienda_lectura;
GRANT SELECT ON ALL TABLES IN SCHEMA bodega TO tienda_lectura;
''', pw())

add("dotnet/appsettings-conn", "sumakawana/pos/Sumak.Pos/appsettings.json", "https://learn.microsoft.com/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Caja": "Server=caja-plaza.local;Database=SumakPos;User Id=caja;Password=@@s@@;TrustServerCertificate=True"
  },
  "Caja": {
    "Puesto": "Plaza de Ponchos, puesto 114",
    "Impresora": "EPSON TM-T20III"
  }
}
''', words_pw())

add("pem/rsa-private", "sumakawana/facturacion/certs/sri_firma_privada.pem", "https://www.openssl.org/docs/man3.0/man1/openssl-pkcs12.html", r'''
@@s@@
''', fakes.fake_pem(_seed()))

add("yaml/twilio", "sumakawana/app-ventas/config/sms.yaml", "https://www.twilio.com/docs/iam/credentials/api", r'''
# SMS de confirmación para pedidos por teléfono (clientes de Quito y Guayaquil)
sms:
  twilio:
    account_sid: @@sid@@
    auth_token: @@s@@
    from: "+15005550006"
  plantilla: "Sumak Awana: su pedido {id} ya salió. Yupaychani!"
''', twilio_token(), sid=twilio_sid())

add("rb/discord-webhook", "sumakawana/scripts/aviso_ventas.rb", "https://discord.com/developers/docs/resources/webhook", r'''
# Aviso diario de ventas al canal de la directiva
require 'net/http'
require 'json'

WEBHOOK = '@@s@@'

ventas = ARGV.fetch(0, '0').to_f
mensaje = { content: "Kunan puncha katushka: $#{'%.2f' % ventas} (ventas de hoy)" }
Net::HTTP.post(URI(WEBHOOK), mensaje.to_json, 'Content-Type' => 'application/json')
''', discord_webhook())

add("shell-history/mysql-password", "sumakawana/admin/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
cd /var/www/tienda
ls -la
sudo systemctl status nginx
mysqldump -u sumak -p'@@s@@' sumak_wp > /tmp/sumak_wp.sql
gzip /tmp/sumak_wp.sql
scp /tmp/sumak_wp.sql.gz wayra@192.168.1.20:~/
exit
''', words_pw())


# ---------------------------------------------------------------- Sumak Awana: decoys

add("env/decoy-example", "sumakawana/tienda/.env.example", "https://docs.kushki.com/ec/authentication", r'''
# Copia este archivo a .env y llena con los valores del gestor de claves (Bitwarden "Tienda")
APP_ENV=local
APP_URL=http://localhost:8080
DB_HOST=127.0.0.1
DB_DATABASE=sumakawana
DB_PASSWORD=
KUSHKI_PUBLIC_MERCHANT_ID=
KUSHKI_PRIVATE_MERCHANT_ID=<clave-privada-kushki>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=SG.xxxxxxxx.xxxxxxxx
''')

add("python/decoy-env-lookup", "sumakawana/tienda/pagos/config.py", "https://12factor.net/config", r'''
"""Configuración de pagos: todo viene del entorno (systemd EnvironmentFile)."""
import os

STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
KUSHKI_PRIVATE_MERCHANT_ID = os.environ.get("KUSHKI_PRIVATE_MERCHANT_ID", "")
PAYPAL_CLIENT_SECRET = os.getenv("PAYPAL_CLIENT_SECRET")

# mana kaypi churanachu claves (no pongan claves aquí) - Luis
if not STRIPE_API_KEY.startswith("sk_"):
    raise RuntimeError("STRIPE_API_KEY no parece una clave de Stripe")
''')

add("html/decoy-stripe-publishable", "sumakawana/tienda/plantillas/pago.html", "https://docs.stripe.com/keys#obtain-api-keys", r'''
<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Pagar – Sumak Awana</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <h1>Kullki kay (pagar)</h1>
  <form id="pago"><div id="tarjeta"></div><button>Pagar</button></form>
  <script>
    // clave publicable: va en el navegador, no es secreta
    const stripe = Stripe('pk_live_51OtaVaLoSumAkAwAnA9xq2hT4mBcD7eF0gH3iJ6kL1nP8rS5tU2vW');
    const elementos = stripe.elements();
    elementos.create('card').mount('#tarjeta');
  </script>
</body>
</html>
''')

add("xml/decoy-sri-clave-acceso", "sumakawana/facturacion/autorizados/factura-001-002-000004512.xml", "https://www.sri.gob.ec/facturacion-electronica", r'''
<?xml version="1.0" encoding="UTF-8"?>
<autorizacion>
  <estado>AUTORIZADO</estado>
  <numeroAutorizacion>1203202501109173452100120010020000045121234567813</numeroAutorizacion>
  <fechaAutorizacion>2025-03-12T16:44:09-05:00</fechaAutorizacion>
  <ambiente>PRODUCCIÓN</ambiente>
  <comprobante><![CDATA[<factura id="comprobante" version="1.1.0"><infoTributaria><ambiente>2</ambiente><razonSocial>COOPERATIVA DE ARTESANOS SUMAK AWANA</razonSocial><ruc>1091734521001</ruc><claveAcceso>1203202501109173452100120010020000045121234567813</claveAcceso><codDoc>01</codDoc><estab>001</estab><ptoEmi>002</ptoEmi><secuencial>000004512</secuencial></infoTributaria></factura>]]></comprobante>
</autorizacion>
''')

add("yaml/decoy-gha-secrets", "sumakawana/tienda/.github/workflows/desplegar.yml", "https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: Desplegar tienda
on:
  workflow_dispatch:
  push:
    branches: [main]
jobs:
  desplegar:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: rsync al VPS
        env:
          SSH_KEY: ${{ secrets.VPS_SSH_KEY }}
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
        run: |
          install -m 600 /dev/null ~/.ssh/id_ed25519
          echo "$SSH_KEY" > ~/.ssh/id_ed25519
          rsync -az --delete ./ deploy@tienda.sumakawana.com.ec:/var/www/tienda/
''')

add("csv/decoy-order-ids", "sumakawana/reportes/pedidos_marzo_2025.csv", "https://woocommerce.com/document/ordere-export/", r'''
pedido,fecha,cliente,ciudad,total,metodo,referencia_pago
4512,2025-03-12,M. Andrade,Quito,84.50,kushki,tkn_7c2e4b9a1f0d
4513,2025-03-12,J. Smith,Portland,156.00,stripe,pi_3OxR2cLk9Qw8ZtYv1AbCdEfG
4514,2025-03-13,A. Tituaña,Otavalo,22.00,efectivo,
4515,2025-03-13,L. Müller,Berlin,210.75,paypal,8XK19734LM2204519
4516,2025-03-14,C. Guamán,Cuenca,45.00,payphone,txn-55102938
''')

add("markdown/decoy-readme-placeholders", "sumakawana/tienda/README.md", "https://developer.wordpress.org/advanced-administration/before-install/howto-install/", r'''
# Tienda en línea Sumak Awana

Tienda de la cooperativa de artesanas y artesanos de Otavalo (ponchos, chumpis, tapices).

## Instalar en local

```bash
cp .env.example .env
# pide las claves a la directiva; mana GitHub-pi churanachu
docker compose up -d
wp core install --url=localhost:8080 --title="Sumak Awana" \
  --admin_user=admin --admin_password=TU_CLAVE_AQUI --admin_email=tu@correo.ec
```

Las claves de Kushki y PayPal de producción están en Bitwarden, colección "Tienda".
''')

add("json/decoy-package-lock", "sumakawana/app-ventas/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "sumak-app-ventas",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-v/ZHtJDU39mDpyBoFVkETcd/uNdxrWRrg3bKpOKzXFA6Bvqopts6ALSMU3y6ijYxbw2B+wPrIv46egTzJXCLGQ=="
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-vjAczensTgRcqDERK0SR2XMwsF/tSvnvlv6VcF2GIhg6Sx4yOIt/irsr1RDJsKiIyBzJDpCoXiWWq28MqH2cnQ=="
    }
  }
}
''')

add("php/decoy-wp-salts-from-env", "sumakawana/wp/wp-config-prod.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
// Producción: las claves y sales salen del entorno del contenedor (no del repo)
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) {
	define( $k, getenv( 'WORDPRESS_' . $k ) );
}
$table_prefix = 'sa_';
require_once ABSPATH . 'wp-settings.php';
''')

add("yaml/decoy-sops-encrypted", "sumakawana/infra/secretos.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
db_password: ENC[AES256_GCM,data:q8Zx1vT0mR9kL2pW7yN4,iv:3bH8cK1fR6tY0uI2oP5aS9dF4gJ7kL0z,tag:Xx2Vb8Nm4Qw6Er1Ty3Ui5O==,type:str]
kushki_private: ENC[AES256_GCM,data:Lp0oK9iJ8uH7yG6tF5rD4eS3wA2qZ1xC0vB9nM8,iv:Qa1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9P0,tag:Mn7Bv6Cx5Zl4Kj3Hg2Fd1S==,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxR0ZkM0lUbm1kZ0pq
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-02-20T14:11:03Z"
    mac: ENC[AES256_GCM,data:7hT2k9Lq,iv:Rk2Lp0Qm,tag:Nf8Vb3Xc==,type:str]
    version: 3.8.1
''')

add("txt/decoy-revoked-note", "sumakawana/admin/incidente_2024-11.txt", "https://docs.stripe.com/keys#rolling-keys", r'''
Incidente 2024-11-08 (tienda)
-----------------------------
- Luis subió por error la clave secreta de Stripe a un gist público.
- Misma noche: se hizo "roll" de la clave en el panel de Stripe; la anterior quedó revocada.
- La clave nueva solo está en el servidor (/etc/sumak/tienda.env) y en Bitwarden.
- Se revisaron cobros: nada raro. Mana imapash chinkarirkachu (no se perdió nada).
- Acuerdo: nadie pega claves en chats ni gists. Revisar en la asamblea de diciembre.
''')

add("ssh/decoy-authorized-keys", "sumakawana/infra/llaves/authorized_keys", "https://man.openbsd.org/ssh-keygen", r'''
# authorized_keys del usuario deploy (tienda.sumakawana.com.ec)
# Wayra Terán - laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3mX0vTn8YbC2pL5rK9wJ4sF7dG1hQ6zU0eA3iB8oN wayra@sumak-laptop
# Luis Maldonado (hasta marzo 2025)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF2pL8kR4tY7uI1oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW luis@pichincha
# GitHub Actions (desplegar.yml)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM9nB6vC3xZ0lK7jH4gF1dS8aP5oI2uY9tR6eW3qA0zX github-actions-deploy
''')

add("sql/decoy-bcrypt-hashes", "sumakawana/erp/fixtures/usuarios_demo.sql", "https://en.wikipedia.org/wiki/Bcrypt", r'''
-- Usuarios de DEMO para el entorno de capacitación de socias (no existen en producción)
INSERT INTO usuarios (usuario, nombre, rol, clave_hash) VALUES
  ('rosa.demo',   'Rosa (demo)',   'vendedora', '$2y$12$Q3m9Lk2Pq0Zx8Vb7Nc6Xe.8hYtR4uW1oI5pA2sD3fG6jK9lZ0xC1e'),
  ('carmen.demo', 'Carmen (demo)', 'bodega',    '$2y$12$Pz7Ks1Lq9Wm3Nb5Vc8Xd0.uJ6hG4fD2sA1qW3eR5tY7uI9oP0lKmNa'),
  ('admin.demo',  'Admin (demo)',  'admin',     '$2y$12$Hx5Tc2Vb8Nm1Lk4Jh7Gf3.dS6aQ9wE2rT5yU8iO1pL4kJ7hG0fD3sA');
''')

add("js/decoy-firebase-web-config-placeholder", "sumakawana/app-ventas/src/firebase.config.example.js", "https://firebase.google.com/docs/web/setup#config-object", r'''
// Copia a firebase.config.js y pega la configuración de la consola de Firebase
// (proyecto "sumak-ventas"). Kay archivo-ka ejemplo shinalla kan.
export const firebaseConfig = {
  apiKey: 'TU_API_KEY',
  authDomain: 'sumak-ventas.firebaseapp.com',
  projectId: 'sumak-ventas',
  storageBucket: 'sumak-ventas.appspot.com',
  messagingSenderId: '000000000000',
  appId: '1:000000000000:web:0000000000000000',
};
''')

add("log/decoy-masked-token", "sumakawana/logs/pagos-2025-03-12.log", "https://docs.kushki.com/ec/", r'''
2025-03-12 10:14:02 INFO  kushki: cargo iniciado pedido=4512 monto=84.50 token=tkn_7c2e4b9a1f0d
2025-03-12 10:14:03 INFO  kushki: usando private-merchant-id ****************9f3a
2025-03-12 10:14:05 INFO  kushki: aprobado ticket=171023456789012 autorizacion=092314
2025-03-12 10:20:41 WARN  stripe: clave sk_live_****************Xw2q, reintento 1/3
2025-03-12 10:20:42 INFO  stripe: pi_3OxR2cLk9Qw8ZtYv1AbCdEfG succeeded
2025-03-12 11:02:10 INFO  correo: enviado a m.andrade@correo.ec plantilla=pedido_confirmado
''')

add("terraform/decoy-random-password", "sumakawana/infra/terraform/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
# Base de datos de la tienda en DigitalOcean; la clave se genera y se guarda en el state remoto
resource "random_password" "tienda_db" {
  length  = 32
  special = false
}

resource "digitalocean_database_user" "tienda" {
  cluster_id = digitalocean_database_cluster.sumak.id
  name       = "tienda"
}

output "tienda_db_password" {
  value     = random_password.tienda_db.result
  sensitive = true
}
''')

add("json/decoy-jwks-public", "sumakawana/tienda/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "sumak-2025-01",
      "alg": "RS256",
      "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
      "e": "AQAB"
    }
  ]
}
''')

add("markdown/decoy-api-docs-example", "sumakawana/docs/api_pedidos.md", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https", r'''
# API de pedidos (para la distribuidora)

Autenticación: HTTP Basic con la clave de consumidor y el secreto que les entrega la cooperativa.

```http
GET /wp-json/wc/v3/orders?status=processing HTTP/1.1
Host: tienda.sumakawana.com.ec
Authorization: Basic <base64(ck_...:cs_...)>
```

Ejemplo con curl (reemplace los valores):

```bash
curl -u "ck_SU_CLAVE:cs_SU_SECRETO" https://tienda.sumakawana.com.ec/wp-json/wc/v3/orders
```
''')

add("yaml/decoy-external-secret", "sumakawana/infra/k8s/tienda-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tienda-sumak
  namespace: sumakawana
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: bitwarden-sumak
    kind: ClusterSecretStore
  target:
    name: tienda-sumak
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: tienda/db
        property: password
    - secretKey: KUSHKI_PRIVATE_MERCHANT_ID
      remoteRef:
        key: tienda/kushki
        property: private_merchant_id
''')

add("txt/decoy-sha256sums", "sumakawana/respaldos/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r'''
9f2c4e7a1b0d8c3f5e6a7b9d0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e  mysql/2025-03-10.sql.gz
b8d0e2f4a6c8e0a2b4d6f8a0c2e4a6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0  mysql/2025-03-09.sql.gz
3a1b5c7d9e0f2a4b6c8d0e1f3a5b7c9d1e2f4a6b8c0d1e3f5a7b9c1d2e4f6a8b  mysql/2025-03-11.sql.gz
c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f2a3b5c7d9e1f3a4b6c8d0e2f4a5b7c9d1  mysql/2025-03-12.sql.gz
7e9f1a3b5c7d9e0f2a4b6c8d0e2f4a5b7c9d1e3f5a6b8c0d2e4f6a7b9c1d3e5f  fotos/catalogo-2025.tar.gz
''')

add("ini/decoy-php-session", "sumakawana/tienda/php/conf.d/99-sumak.ini", "https://www.php.net/manual/en/session.configuration.php", r'''
; Ajustes PHP de la tienda
memory_limit = 256M
upload_max_filesize = 16M
post_max_size = 20M
session.cookie_secure = 1
session.cookie_httponly = 1
session.name = SUMAKSESSID
session.sid_length = 48
date.timezone = America/Guayaquil
''')


# ---------------------------------------------------------------- Urku Ñan Trekking: bookings backend

add("python/django-secret-key", "urkunan/reservas/urkunan/settings/produccion.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["reservas.urkunan.travel", "api.urkunan.travel"]

# TODO Diego: mover a variable de entorno antes de la temporada alta (junio)
SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "es-ec"
TIME_ZONE = "America/Guayaquil"
CSRF_TRUSTED_ORIGINS = ["https://reservas.urkunan.travel"]
''', fakes.django_secret_key(_seed()))

add("env/database-url", "urkunan/reservas/.env", "https://github.com/jazzband/dj-database-url", r'''
DJANGO_SETTINGS_MODULE=urkunan.settings.produccion
DATABASE_URL=postgres://reservas:@@s@@@db.urkunan.internal:5432/reservas
REDIS_URL=redis://cache.urkunan.internal:6379/0
CELERY_BROKER_URL=redis://cache.urkunan.internal:6379/1
DEFAULT_FROM_EMAIL=reservas@urkunan.travel
''', pw())

add("python/celery-amqp", "urkunan/reservas/urkunan/celery.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
import os
from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "urkunan.settings.produccion")

# cola de tareas: recordatorios a clientes, pronóstico del clima para cada salida
app = Celery(
    "urkunan",
    broker="amqp://urkunan:@@s@@@rabbit.urkunan.internal:5672/reservas",
)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
''', fakes.redis_password(_seed()))

add("python/openweather", "urkunan/reservas/salidas/clima.py", "https://openweathermap.org/appid", r'''
"""Pronóstico para cada salida (Fuya Fuya, Imbabura, Cotacachi, Cayambe, Chimborazo)."""
import requests

OWM_KEY = "@@s@@"

CUMBRES = {
    "imbabura": (0.2583, -78.1800),
    "cotacachi": (0.3597, -78.3480),
    "fuya_fuya": (0.1500, -78.2420),
}


def pronostico(cumbre: str) -> dict:
    lat, lon = CUMBRES[cumbre]
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": lat, "lon": lon, "appid": OWM_KEY, "units": "metric", "lang": "es"},
                     timeout=10)
    return r.json()
''', openweather())

add("yaml/stripe-restricted", "urkunan/reservas/config/pagos.yaml", "https://docs.stripe.com/keys#limit-access", r'''
# Pagos de reservas (anticipo 30 %)
pagos:
  proveedor: stripe
  moneda: usd
  anticipo_porcentaje: 30
  stripe:
    # clave restringida: solo PaymentIntents y Refunds
    restricted_key: @@s@@
  reembolso:
    dias_minimos: 7
''', stripe("rk_live_"))

add("python/telegram-bot", "urkunan/bots/avisos_guias.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Bot de Telegram que avisa a los guías sus salidas de la semana.
Purikkunaman willachik (el que avisa a los caminantes)."""
from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "@@s@@"


async def semana(update, context):
    guia = update.effective_user.username
    await update.message.reply_text(f"Alli puncha {guia}! Tus salidas: /salidas")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("semana", semana))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("toml/sentry-auth-token", "urkunan/reservas/.sentryclirc", "https://docs.sentry.io/cli/configuration/", r'''
[defaults]
url = https://sentry.io/
org = urku-nan-trekking
project = reservas

[auth]
token = @@s@@
''', sentry_auth())

add("json/gcp-service-account", "urkunan/reservas/credenciales/calendario-guias.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "urkunan-calendario",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "calendario@urkunan-calendario.iam.gserviceaccount.com",
  "client_id": "104857392016478201934",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("python/google-oauth-client", "urkunan/reservas/cuentas/google_login.py", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
# Login con Google para agencias aliadas (Quito, Baños)
SOCIALACCOUNT_PROVIDERS = {
    "google": {
        "APP": {
            "client_id": "839201746512-k2l9m3n8p4q7r1s6t0u5v2w9x3y8z1a4.apps.googleusercontent.com",
            "secret": "@@s@@",
        },
        "SCOPE": ["profile", "email"],
        "AUTH_PARAMS": {"access_type": "online"},
    }
}
''', google_oauth_secret())

add("java/twilio-whatsapp", "urkunan/reservas-java/src/main/java/travel/urkunan/avisos/WhatsAppAvisos.java", "https://www.twilio.com/docs/whatsapp/quickstart/java", r'''
package travel.urkunan.avisos;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** Recordatorio la víspera de la salida: hora de encuentro en Otavalo (parque Bolívar). */
public class WhatsAppAvisos {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@s@@";

    public static void recordar(String telefono, String salida) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
        Message.creator(new PhoneNumber("whatsapp:" + telefono),
                new PhoneNumber("whatsapp:+14155238886"),
                "Urku Ñan: mañana " + salida + ", 05:30 en el parque Bolívar. Traiga abrigo!").create();
    }
}
''', twilio_token(), sid=twilio_sid())

add("env/mailgun", "urkunan/reservas/deploy/reservas.env", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
# /etc/urkunan/reservas.env (systemd EnvironmentFile)
DJANGO_SETTINGS_MODULE=urkunan.settings.produccion
EMAIL_BACKEND=anymail.backends.mailgun.EmailBackend
MAILGUN_DOMAIN=mg.urkunan.travel
MAILGUN_API_KEY=@@s@@
MAILGUN_API_URL=https://api.mailgun.net/v3
''', mailgun())

add("yaml/ansible-vars-plain", "urkunan/infra/ansible/group_vars/reservas.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
# Servidor de reservas (Hetzner, Falkenstein)
reservas_usuario: urkunan
reservas_dominio: reservas.urkunan.travel
postgres_version: 16
postgres_db: reservas
postgres_user: reservas
# pendiente: pasar a ansible-vault (Amaru)
postgres_password: "@@s@@"
certbot_email: sistemas@urkunan.travel
''', words_pw())

add("nginx/basic-auth-comment", "urkunan/infra/nginx/admin.urkunan.travel.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name admin.urkunan.travel;

    ssl_certificate     /etc/letsencrypt/live/admin.urkunan.travel/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.urkunan.travel/privkey.pem;

    # acceso oficina: usuario oficina / @@s@@  (htpasswd generado con esa clave)
    auth_basic           "Urku Ñan - solo oficina";
    auth_basic_user_file /etc/nginx/htpasswd.admin;

    location / {
        proxy_pass http://127.0.0.1:8000;
    }
}
''', words_pw())

add("python/redis-url", "urkunan/reservas/urkunan/settings/cache.py", "https://docs.djangoproject.com/en/5.0/topics/cache/#redis", r'''
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # cache de disponibilidad de refugios (Cayambe, Chimborazo "Whymper")
        "LOCATION": "rediss://default:@@s@@@redis-14502.c1.us-east-1-2.ec2.cloud.redislabs.com:14502/0",
        "TIMEOUT": 600,
    }
}
''', fakes.redis_password(_seed()))

add("rst/admin-doc-password", "urkunan/reservas/docs/operacion.rst", "https://docs.djangoproject.com/en/5.0/ref/contrib/admin/", r'''
Operación diaria del sistema de reservas
========================================

1. Entrar al panel: https://reservas.urkunan.travel/panel/
2. Usuario de la oficina de Otavalo: ``oficina.otavalo``
   Contraseña: ``@@s@@``
3. Revisar las salidas del día y confirmar guías asignados.
4. Marcar los anticipos recibidos por transferencia (Banco Pichincha).

.. note:: Si un cliente cancela con menos de 7 días, no hay reembolso del anticipo.
''', words_pw())

add("docker/env-in-dockerfile", "urkunan/reservas/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV DJANGO_SETTINGS_MODULE=urkunan.settings.produccion \
    PORT=8000 \
    ALGOLIA_APP_ID=K7Q2M9X4ZP \
    ALGOLIA_ADMIN_KEY=@@s@@

RUN python manage.py collectstatic --noinput
CMD ["gunicorn", "urkunan.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''', algolia_admin())

add("sh/curl-bearer", "urkunan/scripts/sincronizar_fareharbor.sh", "https://developer.fareharbor.com/api/external/v1/", r'''
#!/bin/sh
# Trae las reservas de FareHarbor (turistas que reservan desde el extranjero)
FECHA=$(date +%Y-%m-%d)
curl -s \
  -H "X-FareHarbor-API-App: @@app@@" \
  -H "X-FareHarbor-API-User: @@s@@" \
  "https://fareharbor.com/api/external/v1/companies/urkunan/items/" > "/var/urkunan/fh-items-$FECHA.json"
echo "sincronizado $FECHA"
''', uuid_s(), app=uuid_s())

add("json/mapbox-secret", "urkunan/mapas/scripts/config.json", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
{
  "estilo": "mapbox://styles/urkunan/clx2k9t0p00ab01qp3f8h7c2d",
  "subir_tilesets": true,
  "usuario": "urkunan",
  "token_subida": "@@s@@",
  "rutas": ["imbabura-norte.geojson", "cotacachi-cuicocha.geojson", "mojanda-fuya-fuya.geojson"]
}
''', mapbox_secret())

add("python/anthropic", "urkunan/reservas/asistente/respuestas.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Borradores de respuesta a consultas de clientes (la oficina revisa antes de enviar)."""
import anthropic

cliente = anthropic.Anthropic(api_key="@@s@@")


def borrador(consulta: str) -> str:
    msg = cliente.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        system="Eres asistente de Urku Ñan Trekking, agencia de Otavalo. Responde amable y breve.",
        messages=[{"role": "user", "content": consulta}],
    )
    return msg.content[0].text
''', anthropic())

add("yaml/gitlab-ci-docker-pat", "urkunan/reservas/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
stages: [test, build]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python manage.py test

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  variables:
    DOCKERHUB_USER: urkunan
    DOCKERHUB_TOKEN: "@@s@@"
  script:
    - echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
    - docker build -t urkunan/reservas:$CI_COMMIT_SHORT_SHA .
    - docker push urkunan/reservas:$CI_COMMIT_SHORT_SHA
''', docker_pat())

add("python/slack-webhook", "urkunan/reservas/reservas/senales.py", "https://api.slack.com/messaging/webhooks", r'''
from django.db.models.signals import post_save
from django.dispatch import receiver
import requests

from .models import Reserva

SLACK_RESERVAS = "@@s@@"


@receiver(post_save, sender=Reserva)
def avisar_reserva(sender, instance, created, **kwargs):
    if created:
        requests.post(SLACK_RESERVAS, json={
            "text": f":mountain: Nueva reserva {instance.codigo}: {instance.salida} ({instance.personas} pax)"
        }, timeout=5)
''', slack_webhook())

add("ini/alembic-sqlalchemy", "urkunan/tarifas/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", r'''
# Servicio de tarifas (precios por temporada y por grupo)
[alembic]
script_location = migraciones
sqlalchemy.url = mysql+pymysql://tarifas:@@s@@@10.20.0.7:3306/tarifas

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
''', pw())

add("json/vscode-sqltools", "urkunan/reservas/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/postgresql", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "reservas (prod, solo lectura)",
      "driver": "PostgreSQL",
      "server": "db.urkunan.internal",
      "port": 5432,
      "database": "reservas",
      "username": "lectura",
      "password": "@@s@@"
    }
  ]
}
''', pw())

add("mail/forwarded-credentials", "urkunan/oficina/correos/acceso_booking_partner.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Fernanda Vásquez <fernanda@urkunan.travel>
To: Sisa Quinchuquí <sisa@urkunan.travel>
Subject: RV: acceso extranet GetYourGuide
Date: Tue, 04 Mar 2025 09:12:44 -0500
Content-Type: text/plain; charset="UTF-8"

Sisa, alli puncha. Te paso el acceso al supplier portal para que cargues la salida
al Cotacachi de julio:

  usuario: reservas@urkunan.travel
  clave:   @@s@@

Cualquier cosa me avisas. Yupaychani!
Fer
''', words_pw())

add("properties/hikari-datasource", "urkunan/reservas-java/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/data/sql.html", r'''
spring.datasource.url=jdbc:mysql://10.20.0.7:3306/guias?useSSL=true
spring.datasource.username=guias_app
spring.datasource.password=@@s@@
spring.datasource.hikari.maximum-pool-size=8
urkunan.zona-horaria=America/Guayaquil
''', pw())

add("python/notion", "urkunan/oficina/scripts/inventario_equipo.py", "https://developers.notion.com/docs/authorization", r'''
"""Inventario de equipo de montaña (crampones, piolets, cascos) en Notion.
Llaktapi charishka: lo que tenemos en la bodega de Otavalo."""
from notion_client import Client

notion = Client(auth="@@s@@")
DB_EQUIPO = "8f1c2a7d4e9b4c0a9e3d5f6a7b8c9d0e"

for fila in notion.databases.query(database_id=DB_EQUIPO)["results"]:
    nombre = fila["properties"]["Nombre"]["title"][0]["plain_text"]
    estado = fila["properties"]["Estado"]["select"]["name"]
    print(f"{nombre:30} {estado}")
''', notion())

add("hcl/digitalocean-token", "urkunan/infra/terraform/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "mapas" {
  name   = "mapas-urkunan"
  region = "nyc3"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-24-04-x64"
}
''', do_token())

add("php/smtp-phpmailer", "urkunan/web/contacto/enviar.php", "https://github.com/PHPMailer/PHPMailer", r'''
<?php
// Formulario de contacto de la página urkunan.travel
use PHPMailer\PHPMailer\PHPMailer;
require 'vendor/autoload.php';

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'mail.urkunan.travel';
$mail->SMTPAuth   = true;
$mail->Username   = 'contacto@urkunan.travel';
$mail->Password   = '@@s@@';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port       = 587;
$mail->setFrom('contacto@urkunan.travel', 'Urku Ñan Trekking');
$mail->addAddress('reservas@urkunan.travel');
$mail->Subject = 'Consulta web: ' . ($_POST['ruta'] ?? 'general');
$mail->Body    = $_POST['mensaje'] ?? '';
$mail->send();
''', words_pw())

add("yaml/cloudflare-token", "urkunan/infra/cloudflare/dns-sync.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# Sincroniza DNS de urkunan.travel (octodns)
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zonas
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@s@@
zones:
  urkunan.travel.:
    sources: [config]
    targets: [cloudflare]
''', cloudflare_tok())


# ---------------------------------------------------------------- Urku Ñan: the guides' app "Purik"

add("dart/api-key-const", "urkunan/purik/lib/servicios/api.dart", "https://docs.flutter.dev/data-and-backend/networking", r'''
// Purik - app de los guías. Cliente del API de reservas.
import 'package:http/http.dart' as http;

class ApiReservas {
  static const base = 'https://api.urkunan.travel/v1';
  // llave de la app de guías (rol: guia, solo sus salidas)
  static const _llave = '@@s@@';

  Future<http.Response> misSalidas(String guiaId) {
    return http.get(Uri.parse('$base/guias/$guiaId/salidas'),
        headers: {'Authorization': 'Api-Key $_llave'});
  }
}
''', mixed(40, "ukn_live_"))

add("kotlin/fcm-server-key", "urkunan/purik-android/app/src/main/java/travel/urkunan/purik/Notificaciones.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
package travel.urkunan.purik

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Aviso de emergencia a todos los guías de un grupo (legacy FCM, migrar a v1!)
object Notificaciones {
    private const val SERVER_KEY = "@@s@@"

    fun emergencia(tema: String, texto: String) {
        val json = """{"to":"/topics/$tema","notification":{"title":"¡Emergencia!","body":"$texto"}}"""
        val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType())).build()
        OkHttpClient().newCall(req).execute().close()
    }
}
''', fcm_server_key())

add("gradle/keystore-password", "urkunan/purik-android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
android {
    namespace = "travel.urkunan.purik"
    compileSdk = 34

    signingConfigs {
        create("release") {
            storeFile = file("../firma/purik-release.jks")
            storePassword = "@@s@@"
            keyAlias = "purik"
            keyPassword = "@@s@@"
        }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
''', words_pw())

add("properties/gradle-local", "urkunan/purik-android/local.properties", "https://developer.android.com/build#properties-files", r'''
## Este archivo NO debería estar en git (Amaru, revisar .gitignore)
sdk.dir=/home/amaru/Android/Sdk
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
MAPBOX_DOWNLOADS_TOKEN=@@s@@
''', mapbox_secret())

add("plist/ios-api-key", "urkunan/purik-ios/Purik/Configuracion.plist", "https://developer.apple.com/documentation/bundleresources/information-property-list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ApiBase</key>
	<string>https://api.urkunan.travel/v1</string>
	<key>ApiLlaveGuias</key>
	<string>@@s@@</string>
	<key>ZonaHoraria</key>
	<string>America/Guayaquil</string>
</dict>
</plist>
''', mixed(40, "ukn_live_"))

add("p8/apple-push-key", "urkunan/purik-ios/claves/AuthKey_7QX4M2KP9Z.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", r'''
@@s@@
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("ruby/fastlane-app-store", "urkunan/purik-ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
default_platform(:ios)

platform :ios do
  desc "Subir Purik a TestFlight para los guías"
  lane :beta do
    ENV["FASTLANE_PASSWORD"] = "@@s@@"  # cuenta sistemas@urkunan.travel (quitar!)
    increment_build_number
    build_app(scheme: "Purik")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
''', words_pw())

add("json/google-services-oauth-secret", "urkunan/purik/assets/config/oauth_drive.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "551903287764-q8r2t6y9u3i7o1p5a4s8d2f6g0h3j7k1.apps.googleusercontent.com",
    "project_id": "purik-fotos",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', google_oauth_secret())

add("yaml/firebase-admin-env", "urkunan/purik-backend/app.yaml", "https://cloud.google.com/appengine/docs/standard/reference/app-yaml", r'''
runtime: nodejs20
service: purik-backend
env_variables:
  NODE_ENV: "production"
  PURIK_JWT_SECRET: "@@s@@"
  PURIK_RADIO_CANALES: "urku1,urku2,rescate"
automatic_scaling:
  max_instances: 2
''', rnd(64, HEX))

add("js/jwt-sign-secret", "urkunan/purik-backend/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", r'''
// Tokens de sesión de los guías (válidos 12 h, una jornada de montaña)
const jwt = require('jsonwebtoken');

const SECRETO = process.env.PURIK_JWT_SECRET || '@@s@@';

function firmar(guia) {
  return jwt.sign({ sub: guia.id, rol: 'guia', nombre: guia.nombre }, SECRETO, { expiresIn: '12h' });
}

function verificar(token) {
  return jwt.verify(token, SECRETO);
}

module.exports = { firmar, verificar };
''', rnd(48, ALNUM))

add("md/kichwa-note-radio-password", "urkunan/purik/docs/radio_y_emergencias.md", "https://www.arcotel.gob.ec/", r'''
# Radio y emergencias (guías)

Kaykunata yachanami kanki (esto tienes que saber):

- Canal principal: urku1 (VHF 148.550). Rescate: canal 3.
- Si no hay señal en el Cotacachi, subir al filo norte.
- Repetidora de Mojanda, panel web: http://10.44.0.2/
  - usuario `admin`, clave `@@s@@`
  - ama pipash willankichu (no le digas a nadie), solo guías principales
- Teléfono ECU 911: 911. Refugio Cayambe: ver lista en la oficina.
''', words_pw())

add("kotlin/mqtt-tracker", "urkunan/purik-android/app/src/main/java/travel/urkunan/purik/Rastreo.kt", "https://www.hivemq.com/blog/mqtt-client-library-enyclopedia-paho-android-service/", r'''
package travel.urkunan.purik

import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions

// Posición del grupo cada 5 min (puriyta rikuna: ver la caminata)
class Rastreo(private val guiaId: String) {
    private val cliente = MqttClient("ssl://mqtt.urkunan.travel:8883", "purik-$guiaId", null)

    fun conectar() {
        val opciones = MqttConnectOptions().apply {
            userName = "purik-app"
            password = "@@s@@".toCharArray()
            isAutomaticReconnect = true
        }
        cliente.connect(opciones)
    }

    fun enviar(lat: Double, lon: Double) =
        cliente.publish("urkunan/grupos/$guiaId/pos", "$lat,$lon".toByteArray(), 1, false)
}
''', fakes.redis_password(_seed()))

add("conf/mosquitto-passwd-note", "urkunan/infra/mosquitto/README.txt", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
Broker MQTT de rastreo (mqtt.urkunan.travel)

Usuarios creados con mosquitto_passwd:
  purik-app      -> la app de guías
  tablero        -> pantalla de la oficina
  satelite-gw    -> pasarela del inReach

Para recrear el usuario de la pasarela:
  mosquitto_passwd -b /etc/mosquitto/passwd satelite-gw @@s@@
  systemctl reload mosquitto
''', fakes.redis_password(_seed()))

add("python/garmin-inreach", "urkunan/satelite/inreach_puente.py", "https://support.garmin.com/en-US/?faq=ZT7XAaXtsY8KaFIWUP7bd9", r'''
"""Puente Garmin inReach -> MQTT. Mensajes de los grupos sin señal celular (Chimborazo, Cayambe)."""
import requests

IPC_URL = "https://eur-enterprise.inreach.garmin.com/IPCInbound/V1/Messaging.svc/Message"
IPC_USUARIO = "urkunan-ipc"
IPC_CLAVE = "@@s@@"


def mandar(imei: str, texto: str):
    cuerpo = {"Messages": [{"Recipients": [imei], "Sender": "oficina@urkunan.travel", "Message": texto}]}
    return requests.post(IPC_URL, json=cuerpo, auth=(IPC_USUARIO, IPC_CLAVE), timeout=20)
''', pw())

add("swift/hardcoded-bearer", "urkunan/purik-ios/Purik/Servicios/ClimaServicio.swift", "https://developer.apple.com/documentation/foundation/urlrequest", r'''
import Foundation

/// Pronóstico de montaña (meteoblue) para la pantalla "Kunan Puncha" (hoy)
struct ClimaServicio {
    private let llave = "@@s@@"

    func pronostico(lat: Double, lon: Double) async throws -> Data {
        var comp = URLComponents(string: "https://my.meteoblue.com/packages/basic-1h")!
        comp.queryItems = [.init(name: "lat", value: "\(lat)"), .init(name: "lon", value: "\(lon)"),
                           .init(name: "apikey", value: llave), .init(name: "format", value: "json")]
        let (data, _) = try await URLSession.shared.data(from: comp.url!)
        return data
    }
}
''', mixed(16))

add("yaml/codemagic-keystore", "urkunan/purik/codemagic.yaml", "https://docs.codemagic.io/yaml-code-signing/signing-android/", r'''
workflows:
  purik-android:
    name: Purik Android
    environment:
      flutter: stable
      vars:
        CM_KEYSTORE_PASSWORD: "@@s@@"
        CM_KEY_ALIAS: purik
    scripts:
      - flutter pub get
      - flutter build appbundle --release
    artifacts:
      - build/**/outputs/**/*.aab
''', words_pw())

add("csv/guides-accounts", "urkunan/oficina/guias_cuentas.csv", "https://support.google.com/a/answer/33319", r'''
guia,telefono,correo,clave_inicial_app,certificacion
Amaru Pichamba,+593 99 412 7730,amaru@urkunan.travel,(ya cambió),ASEGUIM
Kuri Anrango,+593 98 551 0294,kuri@urkunan.travel,(ya cambió),ASEGUIM aspirante
Sisa Quinchuquí,+593 96 220 4418,sisa@urkunan.travel,@@s@@,Guía nacional
Diego Morales,+593 99 873 1162,diego@urkunan.travel,(ya cambió),ASEGUIM
''', words_pw())

add("xml/android-strings-key", "urkunan/purik-android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_nombre_kichwa">Purik</string>
    <!-- llave del servidor de mapas offline (tiles de las rutas) -->
    <string name="mapas_llave_servidor" translatable="false">@@s@@</string>
</resources>
''', rnd(32, HEX))

add("ts/supabase-service-role", "urkunan/purik-backend/src/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from '@supabase/supabase-js';

// Fotos de las salidas que suben los guías (bucket "puriy-fotos")
const url = 'https://xqkzmtpvrbnwyaceudhl.supabase.co';
const serviceRole = '@@s@@';

export const supabase = createClient(url, serviceRole, { auth: { persistSession: false } });
''', jwt_like('{"iss":"supabase","ref":"xqkzmtpvrbnwyaceudhl","role":"service_role","iat":1718000000,"exp":2033576000}'))

add("txt/sticky-note-wifi-router", "urkunan/oficina/notas/router_refugio.txt", "https://www.tp-link.com/es/support/faq/", r'''
Refugio Cóndor Wasi (Mojanda) - router Starlink + TP-Link

wifi huéspedes: CondorWasi-Invitados / kutin rikurishun
admin del router (192.168.0.1):
  usuario: admin
  clave: @@s@@

NO dar a huéspedes la clave de admin. Kuri la cambió en enero.
''', words_pw())

add("dart/sync-credentials", "urkunan/purik/lib/main.dart", "https://docs.sentry.io/platforms/flutter/", r'''
import 'package:flutter/material.dart';
import 'package:sentry_flutter/sentry_flutter.dart';
import 'servicios/sync.dart';

// llave del servicio de sincronización offline (CouchDB de la oficina)
const _clavesSync = 'purik_sync:@@s@@';

Future<void> main() async {
  await SentryFlutter.init(
    (o) => o.dsn = 'https://3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e@o450912.ingest.sentry.io/5561203',
    appRunner: () => runApp(PurikApp(sync: Sync('https://sync.urkunan.travel', _clavesSync))),
  );
}
''', pw())

add("ps1/azure-storage", "urkunan/oficina/scripts/subir_fotos.ps1", "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string", r'''
# Sube las fotos de las salidas de la semana al Azure Blob (laptop de la oficina, Windows)
$conexion = "DefaultEndpointsProtocol=https;AccountName=urkunanfotos;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
$origen = "C:\Users\Oficina\Pictures\Salidas"

Get-ChildItem $origen -Filter *.jpg -Recurse | ForEach-Object {
    az storage blob upload --connection-string $conexion `
        --container-name salidas --name $_.Name --file $_.FullName --overwrite
}
Write-Host "Yupaychani, fotos subidas"
''', azure_key())

add("ini/rclone-config", "urkunan/oficina/rclone.conf", "https://rclone.org/s3/", r'''
[b2-respaldos]
type = s3
provider = Other
endpoint = s3.us-west-004.backblazeb2.com
access_key_id = @@kid@@
secret_access_key = @@s@@

[fotos]
type = alias
remote = b2-respaldos:urkunan-fotos
''', "K004" + fakes.drawn(_seed(), 27, ALNUM), kid="004" + hexs(12) + "0000000003")

add("yaml/netlify-token", "urkunan/web/.github/workflows/web.yml", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", r'''
name: Web urkunan.travel
on:
  push:
    branches: [main]
jobs:
  publicar:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx netlify-cli deploy --prod --dir=dist --site=7c1d3e5f-2a4b-4c6d-8e0f-1a2b3c4d5e6f --auth=@@s@@
''', netlify())


# ---------------------------------------------------------------- both: infrastructure, dev machines, notes

add("netrc/api-password", "urkunan/oficina/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine api.urkunan.travel
  login oficina
  password @@s@@
machine git.urkunan.travel
  login amaru
  password (usa la llave ssh)
''', pw())

add("sh/git-credentials-setup", "sumakawana/admin/configurar_laptop.sh", "https://git-scm.com/docs/git-credential-store", r'''
#!/bin/sh
# Configura la laptop nueva de la oficina para subir cambios de la tienda
git config --global user.name "Luis Maldonado"
git config --global user.email luis@sumakawana.com.ec
git config --global credential.helper store
echo "https://luis-maldonado:@@s@@@github.com" > ~/.git-credentials
chmod 600 ~/.git-credentials
git clone https://github.com/sumakawana/tienda.git ~/tienda
''', fakes.github_token(_seed()))

add("gitconfig/url-with-token", "sumakawana/tienda/.git-config-respaldo", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r'''
[core]
	repositoryformatversion = 0
	filemode = true
[remote "origin"]
	url = https://oauth2:@@s@@@gitlab.com/sumakawana/tienda.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', gitlab())

add("npmrc/npm-token", "urkunan/purik-backend/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
@urkunan:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
''', npm_tok())

add("pypirc/pypi-token", "urkunan/tarifas/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers = pypi

[pypi]
# paquete urkunan-tarifas (calculadora de precios por grupo)
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("wireguard/private-key", "urkunan/infra/wireguard/wg-oficina.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN oficina Otavalo <-> servidor de reservas
[Interface]
Address = 10.66.0.2/24
PrivateKey = @@s@@
DNS = 10.66.0.1

[Peer]
PublicKey = hQ3vK8mN2pR5tW9yB1cF4gJ7kL0oS3uX6zA9dE2hI5l=
Endpoint = vpn.urkunan.travel:51820
AllowedIPs = 10.66.0.0/24, 10.20.0.0/16
PersistentKeepalive = 25
''', wg_key())

add("ssh/openssh-private", "urkunan/infra/llaves/deploy_reservas", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("yaml/kubeconfig-token", "urkunan/infra/k8s/kubeconfig-urkunan.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: urkunan-do
    cluster:
      server: https://5f2a9c1e-7b3d-4e8f-a0c2-d4e6f8a1b3c5.k8s.ondigitalocean.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURKekNDQWcrZ0F3SUJBZ0lDQm5Vd0RRWUpLb1pJaHZjTkFRRUxCUUF3TXpFVk1CTUdBMVVFQ2hNTVJHbG4KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: urkunan
    context: {cluster: urkunan-do, user: amaru}
current-context: urkunan
users:
  - name: amaru
    user:
      token: @@s@@
''', do_token())

add("helm/values-password", "urkunan/infra/helm/reservas/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
replicaCount: 2
image:
  repository: urkunan/reservas
  tag: "2025.03.1"
ingress:
  enabled: true
  host: reservas.urkunan.travel
postgresql:
  auth:
    username: reservas
    database: reservas
    password: "@@s@@"
resources:
  limits: {cpu: 500m, memory: 512Mi}
''', pw())

add("ini/aws-credentials", "sumakawana/admin/dotfiles/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = sa-east-1

[sumak-respaldos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/docker-config-auth", "urkunan/infra/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "registry.urkunan.travel": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
''', b64("ci-urkunan:" + fakes.redis_password(_seed())))

add("pgpass/password", "urkunan/oficina/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# .pgpass de la laptop de la oficina (chmod 600)
# host:port:db:user:password
db.urkunan.internal:5432:reservas:lectura:@@s@@
db.urkunan.internal:5432:tarifas:lectura:*pedir a Amaru*
localhost:5432:*:postgres:postgres
''', pw())

add("cnf/mysql-client", "sumakawana/admin/dotfiles/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
user=sumak
password="@@s@@"
host=127.0.0.1

[mysqldump]
single-transaction
''', words_pw())

add("crontab/inline-password", "urkunan/infra/cron/respaldos.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# crontab de root en reservas.urkunan.travel
# respaldos nocturnos (Amaru, 2024-10)
MAILTO=sistemas@urkunan.travel
# m h dom mon dow  comando
15 3 * * * PGPASSWORD='@@s@@' pg_dump -h db.urkunan.internal -U reservas reservas | gzip > /respaldos/reservas-$(date +\%F).sql.gz
30 3 * * * rclone copy /respaldos b2-respaldos:urkunan-respaldos --max-age 24h
0 5 * * 1 find /respaldos -mtime +30 -delete
''', pw())

add("systemd/environment", "urkunan/infra/systemd/purik-radio.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Puente radio VHF -> Purik (audio a texto de avisos)
After=network-online.target

[Service]
User=purik
Environment=PURIK_API=https://api.urkunan.travel/v1
Environment=PURIK_RADIO_TOKEN=@@s@@
ExecStart=/opt/purik-radio/bin/puente --canal urku1
Restart=always

[Install]
WantedBy=multi-user.target
''', mixed(48))

add("makefile/deploy-password", "sumakawana/tienda/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
SERVIDOR = deploy@tienda.sumakawana.com.ec
DB_CLAVE = @@s@@

.PHONY: subir respaldo

subir:
	rsync -az --exclude .git ./ $(SERVIDOR):/var/www/tienda/

respaldo:
	ssh $(SERVIDOR) "mysqldump -u sumak -p'$(DB_CLAVE)' sumak_wp | gzip" > respaldo-$$(date +%F).sql.gz
''', words_pw())

add("r/airtable", "sumakawana/analisis/ventas_socias.R", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
# Ventas por socia (artesana) - para la asamblea de fin de año
library(httr)
library(jsonlite)

token <- "@@s@@"
base  <- "appQ3k9ZxT1mR7wPv"

r <- GET(paste0("https://api.airtable.com/v0/", base, "/Ventas"),
         add_headers(Authorization = paste("Bearer", token)))
ventas <- fromJSON(content(r, "text"))$records$fields
aggregate(total ~ socia, data = ventas, FUN = sum)
''', airtable())

add("json/telegram-chat-export", "urkunan/oficina/chats/grupo_guias_result.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Guías Urku Ñan 🏔",
 "type": "private_supergroup",
 "messages": [
  {"id": 8812, "date": "2025-02-28T18:03:11", "from": "Diego Morales", "text": "Mañana Imbabura con 6 pax, salida 05:30"},
  {"id": 8813, "date": "2025-02-28T18:05:40", "from": "Kuri Anrango", "text": "ari, yo voy. Cual es la clave nueva del panel?"},
  {"id": 8814, "date": "2025-02-28T18:07:02", "from": "Diego Morales", "text": "usuario guias, clave @@s@@"},
  {"id": 8815, "date": "2025-02-28T18:07:30", "from": "Kuri Anrango", "text": "yupaychani"}
 ]
}
''', words_pw())

add("sh/vault-token", "urkunan/infra/scripts/leer_secretos.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
#!/usr/bin/env bash
# Lee secretos de Vault para el despliegue (Amaru). Token temporal, TTL 768h.
export VAULT_ADDR=https://vault.urkunan.travel:8200
export VAULT_TOKEN=@@s@@

vault kv get -field=password secret/reservas/db > /run/reservas/db_password
vault kv get -field=api_key secret/reservas/mailgun > /run/reservas/mailgun
''', vault_tok())

add("http/basic-auth-header", "urkunan/reservas/pruebas/api.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### Disponibilidad refugio Whymper (Chimborazo) - proveedor
GET https://api.refugioswhymper.ec/v2/disponibilidad?fecha=2025-07-12
Accept: application/json
Authorization: Basic @@s@@

### Reservar cupos
POST https://api.refugioswhymper.ec/v2/reservas
Content-Type: application/json

{"fecha": "2025-07-12", "cupos": 4, "agencia": "URKUNAN"}
''', b64("urkunan:" + pw()))

add("log/debug-leak", "urkunan/reservas/logs/django-debug-2025-03-02.log", "https://docs.djangoproject.com/en/5.0/topics/logging/", r'''
[2025-03-02 07:41:10] DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.placetopay.ec:443
[2025-03-02 07:41:10] DEBUG pagos.placetopay: auth={'login': 'urkunan_ptp', 'tranKey': '@@s@@', 'nonce': 'NjE0OWVkODgwYjNhNQ==', 'seed': '2025-03-02T07:41:10-05:00'}
[2025-03-02 07:41:11] DEBUG urllib3.connectionpool: https://api.placetopay.ec:443 "POST /redirection/api/session HTTP/1.1" 200 231
[2025-03-02 07:41:11] DEBUG pagos.placetopay: respuesta status=OK requestId=88123
[2025-03-02 07:41:11] INFO  pagos: sesion 88123 creada para reserva UKN-2025-0311
''', mixed(16))

add("yaml/docker-compose-postgres", "urkunan/reservas/docker-compose.prod.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: reservas
      POSTGRES_PASSWORD: @@s@@
      POSTGRES_DB: reservas
    volumes: [pgdata:/var/lib/postgresql/data]
  web:
    image: urkunan/reservas:latest
    env_file: .env
    depends_on: [db]
volumes:
  pgdata:
''', pw())

add("lua/nginx-api-key", "urkunan/infra/openresty/verificar_llave.lua", "https://openresty-reference.readthedocs.io/en/latest/Lua_Nginx_API/", r'''
-- Solo las agencias aliadas pueden consultar disponibilidad
local llaves = {
  ["agencia-banos"] = "@@s@@",
}

local enviada = ngx.req.get_headers()["X-Agencia-Llave"]
local agencia = ngx.req.get_headers()["X-Agencia"]
if not agencia or llaves[agencia] ~= enviada then
  ngx.status = 401
  ngx.say("mana ushanchu (no autorizado)")
  return ngx.exit(401)
end
''', mixed(32))

add("env/square-pos", "urkunan/tienda-equipo/.env.local", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# Tiendita de equipo y souvenirs en la oficina (Square POS)
SQUARE_ENVIRONMENT=production
SQUARE_LOCATION_ID=L8Q2M4X7Z9R1T
SQUARE_ACCESS_TOKEN=@@s@@
SQUARE_APPLICATION_ID=sq0idp-Qm2xK7tRz9LpV4cN1bW8yA
MONEDA=USD
''', square())

add("yaml/ansible-inventory-become", "sumakawana/infra/ansible/inventario.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
[tienda]
tienda.sumakawana.com.ec ansible_user=wayra

[caja_plaza]
caja-plaza.local ansible_user=caja ansible_become_pass=@@s@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("sh/heredoc-env", "urkunan/infra/scripts/nuevo_servidor.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", r'''
#!/usr/bin/env bash
# Prepara un servidor nuevo de mapas (tiles offline para Purik)
set -e
apt-get install -y nginx tileserver-gl
mkdir -p /etc/mapas
cat > /etc/mapas/mapas.env <<EOT
MAPAS_PUERTO=8081
MAPAS_LLAVE_SUBIDA=@@s@@
MAPAS_DIR=/srv/tiles
EOT
systemctl enable --now tileserver
''', rnd(40, HEX))

add("py/split-string-password", "sumakawana/caja/impresora.py", "https://python-escpos.readthedocs.io/en/latest/", r'''
"""Impresora de tickets del puesto de la Plaza de Ponchos (red wifi del mercado)."""
from escpos.printer import Network

# la clave del wifi del puesto (se reconecta sola si se corta)
WIFI_RED = "PlazaPonchos-114"
WIFI_CLAVE = "@@a@@" + "@@b@@"

p = Network("192.168.8.50")
p.text("COOPERATIVA SUMAK AWANA\nPlaza de Ponchos, puesto 114\n")
p.text("Yupaychani! Gracias por su compra\n")
p.cut()
''', (sp := words_pw()), a=sp[:len(sp) // 2], b=sp[len(sp) // 2:])

add("toml/streamlit-secrets", "sumakawana/analisis/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Tablero de ventas para la directiva (Streamlit)
[connections.ventas]
dialect = "mysql"
host = "tienda.sumakawana.com.ec"
port = 3306
database = "sumak_wp"
username = "tablero"
password = "@@s@@"
''', pw())

add("laravel/app-key", "sumakawana/pedidos-mayoristas/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Sumak Awana Mayoristas"
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://mayoristas.sumakawana.com.ec
APP_LOCALE=es
DB_CONNECTION=sqlite
''', "base64:" + azure_key()[:44])

add("env/rails-master-key", "urkunan/legado/.kamal/secrets", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Secretos para kamal deploy (app vieja de reservas en Rails, antes de Django)
# Urku Ñan - no borrar hasta migrar los clientes de 2019-2022
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=@@s@@
POSTGRES_PASSWORD=$(op read op://Urkunan/legado-db/password)
''', hexs(32))

add("python/etsy-keystring", "sumakawana/marketplace/etsy_sync.py", "https://developers.etsy.com/documentation/essentials/authentication", r'''
"""Publica los tapices y chumpis en la tienda de Etsy (SumakAwanaOtavalo)."""
import requests

ETSY_KEYSTRING = "@@s@@"
SHOP_ID = 41208837


def listar_activos():
    r = requests.get(f"https://openapi.etsy.com/v3/application/shops/{SHOP_ID}/listings/active",
                     headers={"x-api-key": ETSY_KEYSTRING}, timeout=20)
    return r.json()["results"]
''', rnd(24, LOWER + string.digits))

add("js/deepl-key", "sumakawana/traducciones/traducir.mjs", "https://developers.deepl.com/docs/getting-started/auth", r'''
// Traduce descripciones de productos al inglés y alemán (la versión en kichwa la escribe Rosa a mano)
import * as deepl from 'deepl-node';

const traductor = new deepl.Translator('@@s@@');

export async function traducir(texto) {
  const [en, de] = await Promise.all([
    traductor.translateText(texto, 'es', 'en-US'),
    traductor.translateText(texto, 'es', 'de'),
  ]);
  return { en: en.text, de: de.text };
}
''', uuid_s() + ":fx")

add("conf/asterisk-pjsip", "urkunan/oficina/telefonia/pjsip.conf", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/", r'''
; Central telefónica de la oficina (teléfono de emergencias 24h de los guías)
[troncal-netlife]
type=registration
outbound_auth=troncal-netlife-auth
server_uri=sip:voip.netlife.ec
client_uri=sip:062924118@voip.netlife.ec

[troncal-netlife-auth]
type=auth
auth_type=userpass
username=062924118
password=@@s@@
''', pw())

add("jenkins/groovy-credential", "urkunan/legado/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r'''
pipeline {
    agent any
    environment {
        SONAR_TOKEN = '@@s@@'
    }
    stages {
        stage('Pruebas') { steps { sh './gradlew test' } }
        stage('Calidad') {
            steps { sh './gradlew sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.token=$SONAR_TOKEN' }
        }
    }
}
''', "sqp_" + hexs(40))

add("tfvars/hetzner", "urkunan/infra/terraform/prod.auto.tfvars", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", r'''
# servidor de reservas en Hetzner
hcloud_token   = "@@s@@"
servidor_tipo  = "cx32"
ubicacion      = "fsn1"
dominio        = "reservas.urkunan.travel"
''', mixed(64))

add("cs/sql-connection", "sumakawana/pos/Sumak.Pos/Datos/Conexion.cs", "https://learn.microsoft.com/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring", r'''
using Microsoft.Data.SqlClient;

namespace Sumak.Pos.Datos
{
    // Caja del puesto: si no hay internet, guarda local y sincroniza en la noche
    public static class Conexion
    {
        private const string Nube =
            "Server=tcp:sumak-pos.database.windows.net,1433;Initial Catalog=pos;User ID=caja114;Password=@@s@@;Encrypt=True;";

        public static SqlConnection Abrir() => new SqlConnection(Nube);
    }
}
''', pw())

add("js/mongodb-uri", "urkunan/purik-backend/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Diarios de ruta de los guías (puriy killkakuna)
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://purik:@@s@@@purik.x7kqz.mongodb.net/diarios?retryWrites=true&w=majority';
const cliente = new MongoClient(uri);

async function guardarDiario(d) {
  await cliente.connect();
  return cliente.db('diarios').collection('salidas').insertOne(d);
}

module.exports = { guardarDiario };
''', pw())

add("bat/ftp-script", "sumakawana/caja/subir_ventas.bat", "https://learn.microsoft.com/windows-server/administration/windows-commands/ftp", r'''
@echo off
REM Sube el cierre de caja del puesto al servidor de la cooperativa (cada noche)
set FECHA=%date:~6,4%-%date:~3,2%-%date:~0,2%
echo open ftp.sumakawana.com.ec> subir.txt
echo user caja114 @@s@@>> subir.txt
echo put C:\SumakPos\cierres\cierre_%FECHA%.csv>> subir.txt
echo quit>> subir.txt
ftp -n -s:subir.txt
del subir.txt
''', words_pw())

add("yaml/hugo-algolia", "urkunan/web/config/_default/params.yaml", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
descripcion: "Trekking en los Andes del norte del Ecuador desde Otavalo"
idiomas: [es, en, qu]
busqueda:
  algolia:
    appId: "K7Q2M9X4ZP"
    indice: "rutas_urkunan"
    # ojo: la de solo búsqueda va en el navegador; esta es la de escritura (para hugo-algolia)
    adminKey: "@@s@@"
contacto:
  whatsapp: "+593 99 873 1162"
''', algolia_admin())

add("sssd/ldap-bind", "urkunan/oficina/ldap/sssd.conf", "https://sssd.io/docs/users/ldap.html", r'''
[sssd]
services = nss, pam
domains = urkunan

[domain/urkunan]
id_provider = ldap
ldap_uri = ldaps://ldap.urkunan.travel
ldap_search_base = dc=urkunan,dc=travel
ldap_default_bind_dn = cn=lector,ou=servicios,dc=urkunan,dc=travel
ldap_default_authtok = @@s@@
cache_credentials = true
''', pw())

add("rs/hubspot", "urkunan/crm/src/main.rs", "https://developers.hubspot.com/docs/api/private-apps", r'''
// Importa contactos de clientes al CRM (HubSpot) desde las reservas confirmadas
use reqwest::blocking::Client;

const HUBSPOT_TOKEN: &str = "@@s@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cliente = Client::new();
    let r = cliente
        .get("https://api.hubapi.com/crm/v3/objects/contacts?limit=10")
        .bearer_auth(HUBSPOT_TOKEN)
        .send()?;
    println!("{}", r.text()?);
    Ok(())
}
''', "pat-na1-" + uuid_s())

add("md/issue-comment-token", "urkunan/purik/docs/issues/142-sync-falla.md", "https://docs.github.com/issues", r'''
### Sync falla en el Cayambe (#142)

**Kuri:** la app no sincroniza en el refugio, sale 401.

**Amaru:** probé con el token de servicio y sí funciona:

```
curl -H "Authorization: Bearer @@s@@" https://sync.urkunan.travel/_session
{"ok":true,"userCtx":{"name":"purik_sync","roles":["guias"]}}
```

Parece que el token de la app expiró. Kunanlla arreglasha (lo arreglo ahora).
''', mixed(44))

add("xml/maven-settings", "urkunan/reservas-java/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>urkunan-nexus</id>
      <username>ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>urkunan-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.urkunan.travel/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw())

add("ics/calendar-note-password", "urkunan/oficina/calendario/capacitacion_guias.ics", "https://datatracker.ietf.org/doc/html/rfc5545", r'''
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Urku Ñan//Calendario//ES
BEGIN:VEVENT
UID:capacitacion-2025-04-05@urkunan.travel
DTSTART;TZID=America/Guayaquil:20250405T090000
DTEND;TZID=America/Guayaquil:20250405T130000
SUMMARY:Capacitación primeros auxilios + app Purik
DESCRIPTION:Traer celular con Purik instalado. Usuario de prueba guia.nuevo / clave @@s@@ (se cambia al entrar).
LOCATION:Oficina Urku Ñan, Otavalo
END:VEVENT
END:VCALENDAR
''', words_pw())

add("env/hasura-database-url", "urkunan/purik-backend/hasura/.env", "https://hasura.io/docs/latest/deployment/graphql-engine-flags/reference/", r'''
HASURA_GRAPHQL_DATABASE_URL=postgres://hasura:@@s@@@db.urkunan.internal:5432/purik
HASURA_GRAPHQL_ENABLE_CONSOLE=false
HASURA_GRAPHQL_UNAUTHORIZED_ROLE=anonimo
HASURA_GRAPHQL_ENABLED_LOG_TYPES=startup, http-log, webhook-log
# JWT de los guías lo firma purik-backend
HASURA_GRAPHQL_JWT_SECRET={"type":"RS256","jwk_url":"https://api.urkunan.travel/.well-known/jwks.json"}
''', pw())

add("yaml/bitbucket-pipelines", "sumakawana/pedidos-mayoristas/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: php:8.3
pipelines:
  branches:
    main:
      - step:
          name: Desplegar a mayoristas
          script:
            - apt-get update && apt-get install -y lftp
            - lftp -u "mayoristas,@@s@@" ftp.sumakawana.com.ec -e "mirror -R ./public /public_html; quit"
''', words_pw())

add("pem/ec-private-key", "urkunan/purik-backend/claves/firma_qr_tickets.pem", "https://www.openssl.org/docs/man3.0/man1/openssl-ec.html", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC"))


# ---------------------------------------------------------------- Urku Ñan and Sumak Awana: decoys

add("python/decoy-django-env", "urkunan/reservas/urkunan/settings/base.py", "https://django-environ.readthedocs.io/en/latest/", r'''
import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

STRIPE_RESTRICTED_KEY = env("STRIPE_RESTRICTED_KEY")
MAILGUN_API_KEY = env("MAILGUN_API_KEY", default="")

LANGUAGES = [("es", "Español"), ("en", "English"), ("qu", "Kichwa")]
''')

add("python/decoy-test-settings", "urkunan/reservas/urkunan/settings/pruebas.py", "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", r'''
"""Ajustes SOLO para las pruebas (pytest). Nada de aquí sirve en producción."""
from .base import *  # noqa

SECRET_KEY = "pruebas-no-es-secreto-solo-para-tests"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STRIPE_RESTRICTED_KEY = "rk_test_falso"
MAILGUN_API_KEY = "falso"
''')

add("gpx/decoy-track", "urkunan/rutas/imbabura_norte.gpx", "https://www.topografix.com/gpx/1/1/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Purik 2.3 (Urku Ñan)" xmlns="http://www.topografix.com/GPX/1/1">
  <metadata>
    <name>Taita Imbabura - ruta norte (La Esperanza)</name>
    <author><name>Amaru Pichamba</name></author>
    <keywords>imbabura,urku,trekking,dispositivo:inreach-300434063125480</keywords>
  </metadata>
  <trk>
    <name>imbabura-norte-2025-02-15</name>
    <trkseg>
      <trkpt lat="0.2921" lon="-78.1573"><ele>2742</ele><time>2025-02-15T10:31:00Z</time></trkpt>
      <trkpt lat="0.2764" lon="-78.1668"><ele>3315</ele><time>2025-02-15T12:02:00Z</time></trkpt>
      <trkpt lat="0.2611" lon="-78.1772"><ele>4010</ele><time>2025-02-15T14:40:00Z</time></trkpt>
      <trkpt lat="0.2583" lon="-78.1800"><ele>4609</ele><time>2025-02-15T16:15:00Z</time></trkpt>
    </trkseg>
  </trk>
</gpx>
''')

add("env/decoy-env-template", "urkunan/reservas/.env.template", "https://developer.1password.com/docs/cli/secrets-environment-variables/", r'''
# Generar el .env con:  op inject -i .env.template -o .env
DJANGO_SETTINGS_MODULE=urkunan.settings.produccion
DJANGO_SECRET_KEY={{ op://Urkunan/reservas-django/secret_key }}
DATABASE_URL=postgres://reservas:{{ op://Urkunan/reservas-db/password }}@db.urkunan.internal:5432/reservas
STRIPE_RESTRICTED_KEY={{ op://Urkunan/stripe/restricted_key }}
MAILGUN_API_KEY={{ op://Urkunan/mailgun/api_key }}
''')

add("yaml/decoy-gitlab-ci-variables", "urkunan/purik-backend/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html", r'''
stages: [prueba, imagen]

prueba:
  stage: prueba
  image: node:20
  script:
    - npm ci
    - npm test

imagen:
  stage: imagen
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
  only: [main]
''')

add("yaml/decoy-sealed-secret", "urkunan/infra/k8s/reservas-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: reservas
  namespace: urkunan
spec:
  encryptedData:
    DATABASE_URL: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7Yh8kqP1tR5vX2mN9bC4dF7gH0jK3lM6nP9qS2tV5wY8zA1cE4fH7iJ0kL3mO6pR9sU2vX5yZ8bB1dE4gG7jJ0mM3pP6sS9vV2yY5bB8eE1hH4kK7nN0qQ3tT6wW9zZ2cC5fF8iI1lL4oO7rR0uU3xX6aA9dD2gG5jJ8mM1pP4sS7vV0yY3bB6eE9hH2kK5n
    STRIPE_RESTRICTED_KEY: AgCm8pQ2rS5tU8vW1xY4zA7bC0dE3fG6hI9jK2lM5nO8pQ1rS4tU7vW0xY3zA6bC9dE2fG5hI8jK1lM4nO7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hI7jK0lM3nO6pQ9rS2tU5vW8xY1zA4bC7dE0fG3hI6jK9lM2nO5pQ8rS1tU4vW7xY0zA3bC6dE9fG2hI5jK8lM1nO4pQ7rS0tU3vW6xY9zA2bC5dE8fG1hI4jK7
  template:
    metadata:
      name: reservas
      namespace: urkunan
''')

add("yaml/decoy-ansible-vault", "urkunan/infra/ansible/group_vars/reservas_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
36643662303931336362356361373334663632343232653335633437643831363163366137333039
3432393230616264366537383262393038313731353263300a346530383330643734656438383132
62346364656635303530643566623465333631626435363863386264356263613139643535313665
3766633738613165390a343363663665393130643665643564393162663937633938353834353061
61383738386661333864346365393736626661306363653037613031383036383530346239636333
3239353537306430336364653062656436643861393364366266
''')

add("docker-compose/decoy-required-vars", "urkunan/purik-backend/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r'''
services:
  api:
    build: .
    environment:
      PURIK_JWT_SECRET: ${PURIK_JWT_SECRET:?falta PURIK_JWT_SECRET}
      MONGO_URI: ${MONGO_URI:?falta MONGO_URI}
      NODE_ENV: production
    ports: ["3000:3000"]
  mqtt:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto/mosquitto.conf:/mosquitto/config/mosquitto.conf:ro
      - ./mosquitto/passwd:/mosquitto/config/passwd:ro
    ports: ["8883:8883"]
''')

add("terraform/decoy-sensitive-var", "urkunan/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "hcloud_token" {
  description = "Token de Hetzner Cloud (se pasa con TF_VAR_hcloud_token desde 1Password)"
  type        = string
  sensitive   = true
}

variable "servidor_tipo" {
  type    = string
  default = "cx32"
}

variable "ubicacion" {
  type    = string
  default = "fsn1"
}
''')

add("dart/decoy-mapbox-public", "urkunan/purik/lib/pantallas/mapa.dart", "https://docs.mapbox.com/help/glossary/access-token/", r'''
import 'package:flutter/material.dart';
import 'package:mapbox_maps_flutter/mapbox_maps_flutter.dart';

// Token PÚBLICO (pk.) restringido a la app travel.urkunan.purik; los tiles offline vienen del servidor propio
const _tokenPublico = 'pk.eyJ1IjoidXJrdW5hbiIsImEiOiJjbHgyazl0MHAwMGFiMDFxcDNmOGg3YzJkIn0.Qm3kT9xLp2VwR7nY1cB4dA';

class PantallaMapa extends StatelessWidget {
  const PantallaMapa({super.key});

  @override
  Widget build(BuildContext context) {
    MapboxOptions.setAccessToken(_tokenPublico);
    return MapWidget(styleUri: 'mapbox://styles/urkunan/clx2k9t0p00ab01qp3f8h7c2d');
  }
}
''')

add("yaml/decoy-pubspec-lock", "urkunan/purik/pubspec.lock", "https://dart.dev/tools/pub/glossary#lockfile", r'''
# Generated by pub
# See https://dart.dev/tools/pub/glossary#lockfile
packages:
  http:
    dependency: "direct main"
    description:
      name: http
      sha256: "761a297c042deedc1ffbb156d6e2af13886bb305c2a343a4d972504cd67dd938"
      url: "https://pub.dev"
    source: hosted
    version: "1.2.1"
  sentry_flutter:
    dependency: "direct main"
    description:
      name: sentry_flutter
      sha256: "2b7d3e1c9a0f4d6b8e5c7a9f1d3b5e7c9a0b2d4f6e8a1c3e5f7b9d0a2c4e6f8"
      url: "https://pub.dev"
    source: hosted
    version: "8.2.0"
sdks:
  dart: ">=3.3.0 <4.0.0"
''')

add("json/decoy-assetlinks", "urkunan/web/static/.well-known/assetlinks.json", "https://developer.android.com/training/app-links/verify-android-applinks", r'''
[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "travel.urkunan.purik",
      "sha256_cert_fingerprints": [
        "3B:8F:12:A9:CE:40:71:D5:9E:26:B3:0C:F4:88:1D:6A:E2:57:C9:03:BA:64:7F:11:D8:2E:95:4C:A0:36:F7:E9"
      ]
    }
  }
]
''')

add("python/decoy-stripe-webhook-env", "urkunan/reservas/pagos/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
import os

import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

FIRMA_SECRETO = os.environ["STRIPE_WEBHOOK_SECRET"]  # whsec_..., en el gestor de secretos


@csrf_exempt
def stripe_webhook(request):
    firma = request.headers.get("Stripe-Signature", "")
    try:
        evento = stripe.Webhook.construct_event(request.body, firma, FIRMA_SECRETO)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if evento["type"] == "payment_intent.succeeded":
        from .servicios import marcar_anticipo_pagado
        marcar_anticipo_pagado(evento["data"]["object"]["metadata"]["reserva"])
    return HttpResponse(status=200)
''')

add("csv/decoy-bookings", "urkunan/oficina/reportes/salidas_julio_2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
codigo,salida,fecha,pax,guia,anticipo,estado,ref_pago
UKN-2025-0311,Cotacachi cumbre,2025-07-05,4,Amaru Pichamba,120.00,confirmada,pi_3PaQ7vLk9Qw8ZtYv0XyZaBcD
UKN-2025-0312,Laguna Cuicocha,2025-07-06,8,Kuri Anrango,96.00,confirmada,transferencia-00481230
UKN-2025-0313,Imbabura norte,2025-07-12,3,Diego Morales,90.00,pendiente,
UKN-2025-0314,Cayambe glaciar,2025-07-19,2,Amaru Pichamba,260.00,confirmada,fh-8812034
UKN-2025-0315,Fuya Fuya,2025-07-20,6,Sisa Quinchuquí,72.00,cancelada,reembolso-no-aplica
''')

add("markdown/decoy-purik-readme", "urkunan/purik/README.md", "https://docs.flutter.dev/get-started/install", r'''
# Purik — app de guías de Urku Ñan

*Purik* significa "caminante" en kichwa. La app muestra las salidas asignadas, la lista de
pasajeros, el botón de emergencia y el rastreo del grupo.

## Desarrollo

1. `flutter pub get`
2. Crea `lib/config/local.dart` a partir de `local.example.dart`.
3. La llave del API de guías (`ukn_live_...`) la da Amaru; **nunca** la subas al repo.
   Para pruebas usa el servidor local con `API_LLAVE=local-dev`.

## Publicar

Codemagic construye el AAB; la firma está en el grupo de variables `purik-firma` de Codemagic.
''')

add("hcl/decoy-vault-policy", "urkunan/infra/vault/politicas/reservas.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# Política de Vault para el servicio de reservas: solo lectura de sus secretos
path "secret/data/reservas/*" {
  capabilities = ["read"]
}

path "secret/metadata/reservas/*" {
  capabilities = ["list"]
}

path "database/creds/reservas-lectura" {
  capabilities = ["read"]
}
''')

add("md/decoy-password-policy-kichwa", "urkunan/oficina/manual/claves_politica.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", r'''
# Claves: política de la oficina (Pakalla shimikunamanta)

- Ama llulla, ama shuwa, ama killa — y tampoco compartas claves por WhatsApp.
- Cada persona tiene su usuario; nada de "usuario oficina" compartido.
- Las claves viven en 1Password, bóveda **Urkunan**. Si necesitas una, pide acceso a Fernanda.
- Mínimo 14 caracteres; mejor una frase larga en kichwa y español.
- Si una clave se filtró: avisar en #sistemas, rotarla, y anotar en el registro de incidentes
  (sin escribir la clave, ni la vieja ni la nueva).
- Las llaves de la radio y del router del refugio cambian cada temporada (junio y diciembre).
''')

add("yaml/decoy-openapi", "urkunan/reservas/docs/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", r'''
openapi: 3.0.3
info:
  title: API de reservas Urku Ñan
  version: "1.4"
servers:
  - url: https://api.urkunan.travel/v1
components:
  securitySchemes:
    LlaveAgencia:
      type: apiKey
      in: header
      name: Authorization
      description: 'Formato: `Api-Key <llave>`. Ejemplo: `Api-Key ukn_live_XXXXXXXXXXXXXXXXXXXXXXXX`'
security:
  - LlaveAgencia: []
paths:
  /salidas:
    get:
      summary: Salidas disponibles (Imbabura, Cotacachi, Cayambe...)
      responses:
        "200": {description: Lista de salidas}
''')

add("xml/decoy-sri-signature", "sumakawana/facturacion/firmados/factura-001-002-000004513.xml", "https://www.w3.org/TR/xmldsig-core1/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<factura id="comprobante" version="1.1.0">
  <infoTributaria>
    <ambiente>2</ambiente>
    <razonSocial>COOPERATIVA DE ARTESANOS SUMAK AWANA</razonSocial>
    <ruc>1091734521001</ruc>
    <claveAcceso>1303202501109173452100120010020000045131234567811</claveAcceso>
  </infoTributaria>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="Signature620397">
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
      <ds:Reference URI="#comprobante"><ds:DigestValue>q5Vt2mK9xPb3L0cR7nYw1ZfE8hU=</ds:DigestValue></ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>kT8mX2pQ9vR4nB7cL1wZ5yF3hJ6dA0sE8gK2uI9oP4tY7rW1qM3xN6bV0cZ5lH8jD2fS9aG4kE7iU1oR3yT6wQ0pL5mN8bX2vC4zA7sD9fG1hJ3kL6qW8eR0tY2uI5oP7aS9dF1gH3jK5lZ8xC0vB2nM4qW6eR8tY0uI2oP4aS6dF8gH0jK2lZ4xC6vB8nM0qW==</ds:SignatureValue>
    <ds:KeyInfo>
      <ds:X509Data>
        <ds:X509Certificate>MIIKAjCCB+qgAwIBAgIEW7v2XjANBgkqhkiG9w0BAQsFADCBoTELMAkGA1UEBhMCRUMxIjAgBgNVBAoTGUJBTkNPIENFTlRSQUwgREVMIEVDVUFET1IxNzA1BgNVBAsTLkVOVElEQUQgREUgQ0VSVElGSUNBQ0lPTiBERSBJTkZPUk1BQ0lPTi1FQ0lCQ0UxDjAMBgNVBAcTBVFVSVRP</ds:X509Certificate>
      </ds:X509Data>
    </ds:KeyInfo>
  </ds:Signature>
</factura>
''')

add("asc/decoy-pgp-public", "sumakawana/docs/pgp_ventas.asc", "https://www.rfc-editor.org/rfc/rfc4880", r'''
Clave pública PGP de ventas@sumakawana.com.ec (para que la distribuidora nos mande contratos cifrados)
Huella: 7A3C 19F2 0B84 D6E1 5C92  4F07 AE38 B1D5 60C2 9E4F

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZc1kbBYJKwYBBAHaRw8BAQdAq2Vw7Xk9mP3bL0tR5nC8yH1fJ6dA4sE2gU9o
iP7tYrW0KVN1bWFrIEF3YW5hIFZlbnRhcyA8dmVudGFzQHN1bWFrYXdhbmEuY29t
LmVjPoiTBBMWCgA7FiEEejwZ8guE1uFckk8HrjixZWDCnk8FAmXNZGwCGwMFCwkI
BwICIgIGFQoJCAsCBBYCAwECHgcCF4AACgkQrjixZWDCnk/7kQD/TkVm3pQ9xR2b
=Hn4Q
-----END PGP PUBLIC KEY BLOCK-----
''')

add("txt/decoy-known-hosts", "urkunan/infra/ssh/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
# servidores de Urku Ñan (verificado por Amaru en persona, 2025-01)
reservas.urkunan.travel ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7pQ2mX9vT4nB1cL8wZ5yF3hJ6dA0sE8gK2uI9oP4tY
mapas.urkunan.travel ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3kL6qW8eR0tY2uI5oP7aS9dF1gH3jK5lZ8xC0vB2nM
vpn.urkunan.travel ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF9aG4kE7iU1oR3yT6wQ0pL5mN8bX2vC4zA7sD9fG1hJ
|1|Qm3kT9xLp2VwR7nY1cB4dA8eF0g=|xN6bV0cZ5lH8jD2fS9aG4kE7iU0= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM4qW6eR8tY0uI2oP4aS6dF8gH0jK2lZ4xC6vB8nM0qW
''')

add("pem/decoy-certificate-chain", "urkunan/infra/nginx/certs/reservas.urkunan.travel.crt", "https://letsencrypt.org/docs/certificate-compatibility/", r'''
# Certificado público (Let's Encrypt) - la llave privada queda en /etc/letsencrypt, no aquí
-----BEGIN CERTIFICATE-----
MIIFBjCCA+6gAwIBAgISA3k9xPb2mL0cR7nYw1ZfE8hUMA0GCSqGSIb3DQEBCwUA
MDIxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQD
EwJSMzAeFw0yNTAxMTUwODEyMzRaFw0yNTA0MTUwODEyMzNaMCIxIDAeBgNVBAMT
F3Jlc2VydmFzLnVya3VuYW4udHJhdmVsMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A
MIIBCgKCAQEAq2Vw7Xk9mP3bL0tR5nC8yH1fJ6dA4sE2gU9oiP7tYrW0KVN1bWFr
-----END CERTIFICATE-----
''')

add("k8s/decoy-deployment-secretref", "urkunan/infra/k8s/reservas-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reservas
  namespace: urkunan
spec:
  replicas: 2
  selector: {matchLabels: {app: reservas}}
  template:
    metadata: {labels: {app: reservas}}
    spec:
      containers:
        - name: web
          image: urkunan/reservas@sha256:4e7b1c9a2d5f8e0b3c6a9d2f5e8b1c4a7d0f3e6b9c2a5d8f1e4b7c0a3d6f9e2b
          envFrom:
            - configMapRef: {name: reservas-config}
          env:
            - name: DJANGO_SECRET_KEY
              valueFrom: {secretKeyRef: {name: reservas, key: DJANGO_SECRET_KEY}}
            - name: DATABASE_URL
              valueFrom: {secretKeyRef: {name: reservas, key: DATABASE_URL}}
''')

add("html/decoy-paypal-client-id", "sumakawana/tienda/plantillas/paypal_boton.html", "https://developer.paypal.com/sdk/js/configuration/", r'''
<!-- Botón de PayPal en la ficha de producto. El client-id es público (va en el navegador). -->
<div id="paypal-boton"></div>
<script src="https://www.paypal.com/sdk/js?client-id=AZk3s9Lq0wPvTn7bYxR2cHdE5fGj8KmN1oQrSuVw4XyZ_aBcDeFgHiJkLmNoPqRsTuVw&currency=USD&locale=es_EC"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/paypal/crear-orden', { method: 'POST' }).then(r => r.json()).then(d => d.id),
    onApprove: (data) => fetch('/paypal/capturar/' + data.orderID, { method: 'POST' })
      .then(() => { window.location = '/yupaychani'; }),
  }).render('#paypal-boton');
</script>
''')

add("js/decoy-kushki-public-merchant", "sumakawana/tienda/static/js/kushki-tarjeta.js", "https://docs.kushki.com/ec/online-payments/card-payments/", r'''
// Tokeniza la tarjeta en el navegador con la llave PÚBLICA de comercio de Kushki.
// El cobro se hace en el servidor con la privada (que está en el entorno del servidor).
const kushki = new Kushki({
  merchantId: '10000003621937460123',
  inTestEnvironment: false,
});

function pagar(tarjeta, total) {
  kushki.requestToken({ amount: total, currency: 'USD', card: tarjeta }, (resp) => {
    if (resp.token) {
      fetch('/pagos/kushki', { method: 'POST', body: JSON.stringify({ token: resp.token }) });
    } else {
      alert('No se pudo procesar la tarjeta: ' + resp.message);
    }
  });
}
''')

add("html/decoy-recaptcha-analytics", "urkunan/web/layouts/partials/head.html", "https://developers.google.com/recaptcha/docs/display", r'''
<meta charset="utf-8">
<title>{{ .Title }} | Urku Ñan Trekking Otavalo</title>
<!-- Google Analytics 4 -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9X4ZP"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M9X4ZP');
</script>
<!-- reCAPTCHA del formulario de contacto: clave de SITIO (pública) -->
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<meta name="recaptcha-site-key" content="6LcQm3kTAAAAAFp2VwR7nY1cB4dA8eF0gH2jK5lZ">
''')

add("md/decoy-bank-transfer", "urkunan/web/content/es/pagos.md", "https://www.pichincha.com/", r'''
---
title: "Formas de pago"
---

Para confirmar su reserva pedimos un anticipo del 30 %.

**Transferencia bancaria (Ecuador)**

- Banco Pichincha, cuenta corriente N.º 2100184532
- Titular: URKU ÑAN TREKKING CIA. LTDA. — RUC 1091758843001
- Envíe el comprobante a reservas@urkunan.travel con su código de reserva (UKN-2025-XXXX).

**Tarjeta**: desde el enlace de pago que le enviamos por correo.

Yupaychani por caminar con nosotros!
''')

add("htpasswd/decoy-hashes", "urkunan/infra/nginx/htpasswd.admin", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# generado con: htpasswd -B -C 12 (solo hashes bcrypt)
fernanda:$2y$12$Nq7kT2xLp9VwR3nY5cB8dO1eF4gH7jK0lZ3xC6vB9nM2qW5eR8tYu
amaru:$2y$12$Pk4mX8vT1nB6cL3wZ9yF2hJ5dA0sE7gK1uI4oP8tY3rW6qM9xN2bV
sisa:$2y$12$Lm9bV2cZ6lH1jD5fS3aG8kE0iU4oR7yT2wQ5pL9mN3bX6vC0zA4sD
diego:$2y$12$Rt5uI8oP2aS6dF0gH4jK7lZ1xC5vB9nM3qW6eR0tY4uI7oP1aS5dF
oficina:$2y$12$Wq3eR7tY1uI5oP9aS2dF6gH0jK4lZ8xC1vB5nM9qW3eR6tY0uI4oP
''')

add("html/decoy-reset-email-template", "urkunan/reservas/plantillas/correo/restablecer_clave.html", "https://docs.djangoproject.com/en/5.0/topics/auth/default/#django.contrib.auth.views.PasswordResetView", r'''
{% load i18n %}
<p>Alli puncha {{ user.first_name }},</p>
<p>Recibimos una solicitud para cambiar la clave de su cuenta en Urku Ñan.</p>
<p>
  <a href="{{ protocol }}://{{ domain }}{% url 'password_reset_confirm' uidb64=uid token=token %}">
    Cambiar mi clave
  </a>
</p>
<p>Si usted no lo pidió, ignore este correo. El enlace vence en 24 horas.</p>
<p>Yupaychani,<br>Equipo Urku Ñan</p>
''')

add("po/decoy-translation-kichwa", "urkunan/reservas/locale/qu/LC_MESSAGES/django.po", "https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html", r'''
# Traducción al kichwa (Imbabura) - Sisa Quinchuquí
msgid ""
msgstr ""
"Language: qu\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Password"
msgstr "Pakalla shimi"

msgid "Forgot your password?"
msgstr "¿Pakalla shimita kunkarkankichu?"

msgid "Your access token has expired"
msgstr "Yaykuna tokenka tukurirkami"

msgid "Enter your API key"
msgstr "API llavita killkay"
''')

add("json/decoy-i18n-purik", "urkunan/purik/assets/i18n/qu.json", "https://pub.dev/packages/easy_localization", r'''
{
  "ingresar": "Yaykuy",
  "usuario": "Shuti",
  "clave": "Pakalla shimi",
  "clave_incorrecta": "Pakalla shimika mana allichu",
  "token_expirado": "Kutin yaykupay, tokenka tukurirkami",
  "emergencia": "Llakikuna! Yanapaychik",
  "salidas_hoy": "Kunan punchapak puriykuna",
  "sin_senal": "Mana señal tiyanchu, kipaman kachashun"
}
''')

add("python/decoy-password-validator", "urkunan/reservas/cuentas/validadores.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#writing-your-own-validator", r'''
import re

from django.core.exceptions import ValidationError

PROHIBIDAS = {"urkunan", "imbabura", "cotacachi", "password", "contraseña", "123456"}


class ClaveDeGuiaValidator:
    """Las claves de los guías: 14+ caracteres y que no sea el nombre de una montaña."""

    def validate(self, password, user=None):
        if len(password) < 14:
            raise ValidationError("La clave debe tener al menos 14 caracteres.")
        if password.lower() in PROHIBIDAS or not re.search(r"\d", password):
            raise ValidationError("Clave muy fácil; use una frase larga con números.")

    def get_help_text(self):
        return "Mínimo 14 caracteres, con algún número."
''')

add("python/decoy-test-fixture", "urkunan/reservas/pagos/tests/test_stripe.py", "https://docs.stripe.com/testing", r'''
from unittest import mock

from django.test import TestCase, override_settings

from pagos.servicios import crear_anticipo

CLAVE_FALSA = "rk_test_NO_ES_REAL_solo_para_pruebas"


@override_settings(STRIPE_RESTRICTED_KEY=CLAVE_FALSA)
class AnticipoTests(TestCase):
    @mock.patch("pagos.servicios.stripe.PaymentIntent.create")
    def test_anticipo_30_por_ciento(self, crear):
        crear.return_value = {"id": "pi_prueba", "client_secret": "pi_prueba_secret_prueba"}
        intento = crear_anticipo(total=400)
        self.assertEqual(crear.call_args.kwargs["amount"], 12000)
        self.assertEqual(intento["id"], "pi_prueba")
''')

add("dart/decoy-flutter-test-token", "urkunan/purik/test/api_test.dart", "https://docs.flutter.dev/cookbook/testing/unit/mocking", r'''
import 'package:flutter_test/flutter_test.dart';
import 'package:http/testing.dart';
import 'package:http/http.dart' as http;
import 'package:purik/servicios/api.dart';

void main() {
  // token inventado para el mock; el servidor de verdad nunca lo ve
  const tokenFalso = 'token-falso-de-prueba';

  test('misSalidas envía la llave', () async {
    final cliente = MockClient((req) async {
      expect(req.headers['Authorization'], 'Api-Key $tokenFalso');
      return http.Response('[]', 200);
    });
    final api = ApiReservas.conCliente(cliente, llave: tokenFalso);
    expect((await api.misSalidas('g1')).statusCode, 200);
  });
}
''')

add("html/decoy-login-form", "sumakawana/pedidos-mayoristas/resources/views/ingresar.blade.php", "https://laravel.com/docs/11.x/blade", r'''
@extends('plantilla')
@section('contenido')
<h1>Mayoristas — Yaykuy (ingresar)</h1>
<form method="POST" action="{{ route('ingresar') }}">
    @csrf
    <label for="correo">Correo</label>
    <input id="correo" type="email" name="correo" value="{{ old('correo') }}" required>
    <label for="clave">Contraseña</label>
    <input id="clave" type="password" name="password" autocomplete="current-password" required>
    <button type="submit">Ingresar</button>
    <a href="{{ route('password.request') }}">¿Olvidó su contraseña?</a>
</form>
@endsection
''')

add("wireguard/decoy-server-peers", "urkunan/infra/wireguard/wg0-servidor.conf", "https://man7.org/linux/man-pages/man8/wg-quick.8.html", r'''
# Servidor VPN (vpn.urkunan.travel). La llave privada está en /etc/wireguard/privada.key (root, 600)
[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/privada.key

# oficina Otavalo
[Peer]
PublicKey = Zx4nM8qW2eR6tY0uI4oP8aS2dF6gH0jK4lZ8xC2vB6n=
AllowedIPs = 10.66.0.2/32

# laptop Amaru
[Peer]
PublicKey = pL3mN7bX1vC5zA9sD3fG7hJ1kL5qW9eR3tY7uI1oP5a=
AllowedIPs = 10.66.0.3/32
''')

add("ssh/decoy-ssh-config", "urkunan/oficina/dotfiles/ssh_config", "https://man.openbsd.org/ssh_config", r'''
# ~/.ssh/config de la laptop de la oficina
Host reservas
    HostName reservas.urkunan.travel
    User urkunan
    IdentityFile ~/.ssh/id_ed25519_urkunan
    IdentitiesOnly yes

Host mapas
    HostName mapas.urkunan.travel
    User root
    IdentityFile ~/.ssh/id_ed25519_urkunan
    ProxyJump reservas
''')

add("yaml/decoy-configmap", "urkunan/infra/k8s/reservas-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: reservas-config
  namespace: urkunan
data:
  DJANGO_SETTINGS_MODULE: urkunan.settings.produccion
  TOKEN_TTL_HORAS: "12"
  ANTICIPO_PORCENTAJE: "30"
  CLAVE_MIN_LARGO: "14"
  SECRET_MANAGER: "vault"
  VAULT_ADDR: https://vault.urkunan.travel:8200
  VAULT_ROLE: reservas
''')

add("json/decoy-qr-ticket", "urkunan/purik-backend/pruebas/ticket_ejemplo.json", "https://datatracker.ietf.org/doc/html/rfc7515", r'''
{
  "descripcion": "Ticket de ingreso al refugio (QR) firmado con ES256; se verifica con la llave PÚBLICA",
  "reserva": "UKN-2025-0314",
  "pasajero": "L. Müller",
  "refugio": "Ruales-Oleas-Berge (Cayambe)",
  "noches": 1,
  "emitido": "2025-07-18T16:00:00-05:00",
  "firma": "MEUCIQDk3Vw7Xk9mP3bL0tR5nC8yH1fJ6dA4sE2gU9oiP7tYgIgR0KVN1bWFrIEF3YW5hIFZlbnRhcyA8dmVudGFz",
  "llave_publica_kid": "tickets-2025"
}
''')

add("python/decoy-secrets-manager", "sumakawana/respaldos/configuracion.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", r'''
"""Lee las credenciales del respaldo desde AWS Secrets Manager (rol de la instancia, sin llaves)."""
import json

import boto3

_cliente = boto3.client("secretsmanager", region_name="sa-east-1")


def credenciales_db() -> dict:
    valor = _cliente.get_secret_value(SecretId="sumakawana/tienda/db")
    return json.loads(valor["SecretString"])


if __name__ == "__main__":
    print(sorted(credenciales_db()))  # solo las llaves, nunca los valores
''')

add("js/decoy-gcp-secret-manager", "urkunan/purik-backend/src/secretos.js", "https://cloud.google.com/secret-manager/docs/create-secret-quickstart#secretmanager-quickstart-nodejs", r'''
// Secretos desde Google Secret Manager (cuenta de servicio de App Engine, sin archivo de llave)
const { SecretManagerServiceClient } = require('@google-cloud/secret-manager');

const cliente = new SecretManagerServiceClient();
const proyecto = 'urkunan-purik';

async function leer(nombre) {
  const [version] = await cliente.accessSecretVersion({
    name: `projects/${proyecto}/secrets/${nombre}/versions/latest`,
  });
  return version.payload.data.toString('utf8');
}

module.exports = { leer };
''')

add("dotnet/decoy-keyvault-reference", "sumakawana/pos/Sumak.Pos/appsettings.Production.json", "https://learn.microsoft.com/azure/app-service/app-service-key-vault-references", r'''
{
  "ConnectionStrings": {
    "Caja": "@Microsoft.KeyVault(SecretUri=https://sumak-kv.vault.azure.net/secrets/caja-conexion/)"
  },
  "Caja": {
    "Puesto": "Plaza de Ponchos, puesto 114",
    "SincronizarCada": "00:15:00"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
''')

add("json/decoy-renovate-encrypted", "urkunan/purik-backend/renovate.json", "https://docs.renovatebot.com/getting-started/private-packages/#encrypted-secrets", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "timezone": "America/Guayaquil",
  "schedule": ["before 6am on monday"],
  "hostRules": [
    {
      "matchHost": "registry.npmjs.org",
      "encrypted": {
        "token": "wcFMA/xDdHCJBTolAQ/+KsbJZ7vF0u2DQ6hyUrV1Xg3KtN6C2qTz9oYbqPmGdLr8Vw4sKx1jHe7cR5nTf0aB3yMzWpQ2uLk9iOjX6sFgDvEh4t"
      }
    }
  ]
}
''')

add("yaml/decoy-travis-secure", "urkunan/legado/.travis.yml", "https://docs.travis-ci.com/user/encryption-keys/", r'''
language: ruby
rvm: 3.1
services: [postgresql]
env:
  global:
    - RAILS_ENV=test
    - secure: "Hq7kT2xLp9VwR3nY5cB8dO1eF4gH7jK0lZ3xC6vB9nM2qW5eR8tYuPk4mX8vT1nB6cL3wZ9yF2hJ5dA0sE7gK1uI4oP8tY3rW6qM9xN2bVLm9bV2cZ6lH1jD5fS3aG8kE0iU4oR7yT2wQ5pL9mN3bX6vC0zA4sD="
script:
  - bundle exec rails db:setup
  - bundle exec rspec
''')

add("yaml/decoy-gha-oidc", "urkunan/infra/.github/workflows/terraform.yml", "https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: Terraform
on:
  pull_request:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492776503:role/urkunan-terraform
          aws-region: us-east-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform init && terraform plan -no-color
        env:
          TF_VAR_hcloud_token: ${{ secrets.HCLOUD_TOKEN }}
''')

add("json/decoy-iam-policy", "sumakawana/infra/aws/politica_respaldos.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "RespaldosSoloEscribir",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:ListBucket"],
      "Resource": [
        "arn:aws:s3:::sumakawana-respaldos",
        "arn:aws:s3:::sumakawana-respaldos/mysql/*"
      ],
      "Condition": {"StringEquals": {"aws:PrincipalArn": "arn:aws:iam::204918377210:role/sumak-respaldo-ec2"}}
    }
  ]
}
''')

add("txt/decoy-rotated-note", "urkunan/oficina/notas/2025-02-cambio_claves.txt", "https://www.cisa.gov/secure-our-world/use-strong-passwords", r'''
Cambio de claves - fin de temporada (feb 2025)
==============================================
[x] panel de reservas: usuario "oficina" eliminado, cada uno con su cuenta
[x] router refugio Cóndor Wasi: clave nueva, guardada en 1Password (bóveda Urkunan)
[x] repetidora Mojanda: clave nueva, solo Amaru y Diego la tienen
[x] Mailgun: llave vieja revocada el 2025-02-10, nueva en Vault
[ ] Hetzner: rotar token (pendiente, Amaru)

Kutin rikushun en junio (revisamos de nuevo en junio).
''')

add("chat/decoy-ask-for-password", "sumakawana/admin/chat_WhatsApp_tienda.txt", "https://faq.whatsapp.com/1180414079177245", r'''
3/4/25, 09:12 - Wayra Terán: Alli puncha! alguien tiene la clave del panel de Kushki?
3/4/25, 09:15 - Luis Maldonado: está en Bitwarden, colección Tienda, "Kushki panel"
3/4/25, 09:16 - Wayra Terán: no me aparece 😕
3/4/25, 09:20 - Luis Maldonado: ya te compartí la colección, revisa
3/4/25, 09:22 - Wayra Terán: ari, ya está. Yupaychani!
3/4/25, 09:23 - Luis Maldonado: 👍 y porfa nunca la pegues aquí
''')

add("csv/decoy-inventory-barcodes", "sumakawana/bodega/inventario_2025-03.csv", "https://www.gs1.org/standards/barcodes/ean-upc", r'''
sku,producto,tejedora,ean13,cantidad,precio_usd
PON-ALP-014,Poncho de alpaca gris,Carmen Conejo,7861234500143,12,65.00
CHU-PEG-031,Chumpi de Peguche (rojo/verde),Rosa Cachiguango,7861234500310,40,18.00
ANA-NEG-008,Anaku negro bordado,Mariela Yamberla,7861234500082,9,42.00
TAP-KUY-002,Tapiz "Kuychi" 1.2 m,Segundo Lema,7861234500020,5,120.00
BUF-MIL-120,Bufanda de millma (lana de borrego),Carmen Conejo,7861234501201,33,14.50
''')

add("log/decoy-access-log", "urkunan/infra/nginx/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
186.46.112.18 - - [02/Mar/2025:07:40:58 -0500] "GET /v1/salidas?desde=2025-07-01 HTTP/2.0" 200 4121 "-" "Purik/2.3 (Android 14)" req=7f3a9c1e5b2d4f6a
186.46.112.18 - - [02/Mar/2025:07:41:02 -0500] "POST /v1/sesion HTTP/2.0" 200 311 "-" "Purik/2.3 (Android 14)" req=2b8d4f0a6c1e3a5c
200.7.225.41 - - [02/Mar/2025:07:41:10 -0500] "GET /panel/ HTTP/2.0" 302 0 "-" "Mozilla/5.0" req=9e1c3a5b7d9f0b2d
200.7.225.41 - oficina [02/Mar/2025:07:41:12 -0500] "GET /panel/reservas/ HTTP/2.0" 200 18342 "-" "Mozilla/5.0" req=4a6c8e0b2d4f6a8c
45.135.232.9 - - [02/Mar/2025:07:43:55 -0500] "GET /.env HTTP/1.1" 404 153 "-" "curl/8.4.0" req=1f3b5d7e9a0c2e4a
''')

add("sh/decoy-secret-from-vault", "urkunan/infra/scripts/desplegar_reservas.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
#!/usr/bin/env bash
# Despliegue de reservas: las credenciales se leen de Vault en el momento (login con OIDC)
set -euo pipefail
export VAULT_ADDR=https://vault.urkunan.travel:8200
vault login -method=oidc role=sistemas >/dev/null

DB_CLAVE="$(vault kv get -field=password secret/reservas/db)"
export DATABASE_URL="postgres://reservas:${DB_CLAVE}@db.urkunan.internal:5432/reservas"

kubectl -n urkunan rollout restart deployment/reservas
kubectl -n urkunan rollout status deployment/reservas
unset DB_CLAVE DATABASE_URL
''')

add("yaml/decoy-ansible-vault-refs", "urkunan/infra/ansible/group_vars/mqtt.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", r'''
---
# Broker MQTT de rastreo. Los valores reales están cifrados en mqtt_vault.yml
mosquitto_listener_port: 8883
mosquitto_usuarios:
  - nombre: purik-app
    clave: "{{ vault_mosquitto_purik_app }}"
  - nombre: tablero
    clave: "{{ vault_mosquitto_tablero }}"
  - nombre: satelite-gw
    clave: "{{ vault_mosquitto_satelite }}"
mosquitto_tls_cert: /etc/letsencrypt/live/mqtt.urkunan.travel/fullchain.pem
''')

add("md/decoy-changelog-hashes", "urkunan/purik/CHANGELOG.md", "https://keepachangelog.com/es-ES/1.1.0/", r'''
# Cambios de Purik

## 2.3.0 — 2025-02-20
- Botón "Llakikuna" (emergencia) manda la posición por inReach si no hay señal (a41f9c2).
- Traducción completa al kichwa, revisada por Sisa (7be03d5).
- Arreglo: la sincronización ya no falla en el refugio del Cayambe (#142, e5c8a1f0d3b7).

## 2.2.1 — 2024-12-02
- Firma del APK: huella SHA-256 3B:8F:12:A9:CE:40:71:D5:9E:26:B3:0C:F4:88:1D:6A:E2:57:C9:03:BA:64:7F:11:D8:2E:95:4C:A0:36:F7:E9
- Commit de la versión: 9d2e4f61b0c87a3e5f1d9b2c4a6e8f0d1b3c5e7a
''')

add("plist/decoy-ios-info-urlschemes", "urkunan/purik-ios/Purik/Info.plist", "https://developers.google.com/identity/sign-in/ios/start-integrating", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Purik</string>
	<key>GIDClientID</key>
	<string>551903287764-q8r2t6y9u3i7o1p5a4s8d2f6g0h3j7k1.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array><string>com.googleusercontent.apps.551903287764-q8r2t6y9u3i7o1p5a4s8d2f6g0h3j7k1</string></array>
		</dict>
	</array>
	<key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
	<string>Purik comparte la posición del grupo con la oficina durante la salida.</string>
</dict>
</plist>
''')

add("txt/decoy-inreach-devices", "urkunan/satelite/dispositivos.txt", "https://support.garmin.com/en-US/?faq=SvZoYXw3Vl4pPvaGV6NOP7", r'''
Dispositivos inReach de Urku Ñan (IMEI / asignado / plan)
--------------------------------------------------------
300434063125480   Amaru Pichamba     Expedición
300434063127210   Kuri Anrango       Recreación
300434063129991   Diego Morales      Expedición
300434063130118   oficina (reserva)  Seguridad
Mapshare: https://share.garmin.com/UrkuNan  (contraseña de mapshare: la tiene la oficina)
''')

add("python/decoy-sri-clave-acceso-generator", "sumakawana/facturacion/clave_acceso.py", "https://www.sri.gob.ec/facturacion-electronica", r'''
"""Clave de acceso SRI (49 dígitos): fecha, tipo, RUC, ambiente, serie, secuencial, código, emisión, dígito."""

RUC = "1091734521001"


def digito_modulo11(cadena: str) -> int:
    factores = [2, 3, 4, 5, 6, 7]
    suma = sum(int(d) * factores[i % 6] for i, d in enumerate(reversed(cadena)))
    d = 11 - suma % 11
    return {11: 0, 10: 1}.get(d, d)


def clave_acceso(fecha: str, secuencial: int, codigo: str = "12345678") -> str:
    base = f"{fecha}01{RUC}2001002{secuencial:09d}{codigo}1"
    return base + str(digito_modulo11(base))


if __name__ == "__main__":
    print(clave_acceso("12032025", 4512))  # 1203202501109173452100120010020000045121234567813
''')

add("markdown/decoy-newsletter-coupon", "sumakawana/boletin/2025-04_willaykuna.md", "https://woocommerce.com/document/coupon-management/", r'''
# Willaykuna — abril 2025

Alli puncha, ayllukuna! (¡Buenos días, familias!)

Este mes celebramos el **Pawkar Raymi** con nuevos chumpis tejidos en Peguche y
tapices "Kuychi" de Segundo Lema.

- Cupón para suscriptores: **YAPA-PAWKAR-2025** (10 % hasta el 30 de abril).
- Envío gratis en Ecuador para compras desde $60.
- Feria en la Plaza de Ponchos: sábados de 7:00 a 15:00, puesto 114.

Yupaychani por apoyar el trabajo de nuestras artesanas.
''')

add("log/decoy-woo-webhook-signature", "sumakawana/logs/webhooks-2025-03-13.log", "https://woocommerce.com/document/webhooks/", r'''
2025-03-13T09:02:11-05:00 POST /webhooks/pedido topic=order.created id=4513
  X-WC-Webhook-Source: https://tienda.sumakawana.com.ec/
  X-WC-Webhook-Signature: 3q2L9xVw7Xk9mP3bL0tR5nC8yH1fJ6dA4sE2gU9oiP8=
  X-WC-Webhook-Delivery-ID: 88231
  firma verificada con el secreto de WOO_WEBHOOK_SECRET (entorno): OK
2025-03-13T09:02:12-05:00 pedido 4513 enviado a bodega
''')

add("gitignore/decoy-ignores", "sumakawana/facturacion/.gitignore", "https://git-scm.com/docs/gitignore", r'''
# Nunca subir: certificados de firma electrónica ni claves
*.p12
*.pfx
*.pem
!certs/publicos/*.pem
.env
.env.*
!.env.example
firmados/
pendientes/
target/
''')

add("sql/decoy-schema-token-columns", "urkunan/reservas/sql/esquema_cuentas.sql", "https://www.postgresql.org/docs/current/ddl.html", r'''
-- Cuentas de agencias aliadas y guías
CREATE TABLE cuentas (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    correo          text UNIQUE NOT NULL,
    clave_hash      text NOT NULL,              -- argon2id, nunca la clave
    llave_api_hash  text,                       -- sha256 de la llave ukn_live_...
    llave_api_pista char(4),                    -- últimos 4 caracteres, para mostrar
    token_reset     text,                       -- hash del token de restablecimiento
    creado          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cuentas_llave_idx ON cuentas (llave_api_hash);
''')

add("json/decoy-postman-collection", "urkunan/reservas/docs/urkunan.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r'''
{
  "info": {"name": "Urku Ñan - API reservas", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "variable": [
    {"key": "base", "value": "https://api.urkunan.travel/v1"},
    {"key": "llave_api", "value": ""}
  ],
  "item": [
    {
      "name": "Salidas",
      "request": {
        "method": "GET",
        "header": [{"key": "Authorization", "value": "Api-Key {{llave_api}}"}],
        "url": "{{base}}/salidas"
      }
    }
  ]
}
''')

add("kotlin/decoy-gradle-property", "urkunan/purik-android/app/build-config.gradle.kts", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r'''
// La llave del API se inyecta desde ~/.gradle/gradle.properties o desde Codemagic, no del repo
android {
    defaultConfig {
        val llave = providers.gradleProperty("PURIK_API_LLAVE").orElse("").get()
        buildConfigField("String", "API_LLAVE", "\"$llave\"")
        buildConfigField("String", "API_BASE", "\"https://api.urkunan.travel/v1\"")
    }
    buildFeatures { buildConfig = true }
}
''')

add("docker/decoy-build-secret-mount", "urkunan/purik-backend/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# el token de npm se monta solo durante el build (docker build --secret id=npmrc,src=$HOME/.npmrc)
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY src ./src
ENV NODE_ENV=production
USER node
CMD ["node", "src/servidor.js"]
''')

add("json/decoy-apple-app-site-association", "urkunan/web/static/.well-known/apple-app-site-association", "https://developer.apple.com/documentation/xcode/supporting-associated-domains", r'''
{
  "applinks": {
    "apps": [],
    "details": [
      {
        "appID": "8QK2M7X4ZP.travel.urkunan.purik",
        "paths": ["/salida/*", "/emergencia/*", "NOT /panel/*"]
      }
    ]
  },
  "webcredentials": {"apps": ["8QK2M7X4ZP.travel.urkunan.purik"]}
}
''')

add("python/decoy-cedula-validator-tests", "urkunan/reservas/clientes/tests/test_cedula.py", "https://www.registrocivil.gob.ec/", r'''
"""Validación de cédula ecuatoriana (módulo 10). Números de prueba inventados que cumplen el dígito."""
import pytest

from clientes.validadores import cedula_valida


@pytest.mark.parametrize("numero", ["1710034065", "1002345678", "0926687856"])
def test_cedulas_validas(numero):
    assert cedula_valida(numero)


@pytest.mark.parametrize("numero", ["1710034066", "12345", "abcdefghij"])
def test_cedulas_invalidas(numero):
    assert not cedula_valida(numero)
''')

add("ipynb/decoy-sales-analysis", "sumakawana/analisis/ventas_2024.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ventas 2024 por socia — para la asamblea (Tantanakuy)"]},
  {
   "cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["credenciales leídas de os.environ: ['DB_HOST', 'DB_PASSWORD', 'DB_USER']\n", "filas: 4113\n"]}],
   "source": ["import os, pandas as pd\n", "from sqlalchemy import create_engine\n",
              "motor = create_engine(f\"mysql+pymysql://{os.environ['DB_USER']}:{os.environ['DB_PASSWORD']}@{os.environ['DB_HOST']}/sumak_wp\")\n",
              "print('credenciales leídas de os.environ:', sorted(k for k in os.environ if k.startswith('DB_')))\n",
              "ventas = pd.read_sql('select * from sa_wc_order_stats', motor); print('filas:', len(ventas))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''')

add("yaml/decoy-precommit", "urkunan/reservas/.pre-commit-config.yaml", "https://pre-commit.com/#plugins", r'''
# Ganchos de pre-commit (Amaru): formato y que nadie suba claves
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/psf/black
    rev: 24.3.0
    hooks:
      - id: black
''')

add("nginx/decoy-ssl-paths", "urkunan/infra/nginx/reservas.urkunan.travel.conf", "https://nginx.org/en/docs/http/configuring_https_servers.html", r'''
server {
    listen 443 ssl http2;
    server_name reservas.urkunan.travel;

    ssl_certificate     /etc/letsencrypt/live/reservas.urkunan.travel/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/reservas.urkunan.travel/privkey.pem;
    ssl_session_tickets off;

    location /static/ { alias /srv/reservas/static/; }
    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Forwarded-Proto https;
    }
}
''')

add("txt/decoy-mailchimp-env-audience", "sumakawana/boletin/LEEME.txt", "https://mailchimp.com/developer/marketing/docs/fundamentals/", r'''
Boletín Willaykuna — cómo enviar

1. La llave del API de Mailchimp NO está aquí: exporta MAILCHIMP_API_KEY desde Bitwarden
   (colección "Tienda", entrada "Mailchimp API") en tu terminal.
2. Audiencia: "Amigos de Sumak Awana", id de lista 7f2c91ab0e (no es secreto).
3. python enviar.py --mes 2025-05 --prueba   (primero a ventas@ para revisar)
4. Revisar kichwa con Rosa antes de mandar a todos.
Yupaychani!
''')

add("yaml/decoy-dependabot", "sumakawana/tienda/.github/dependabot.yml", "https://docs.github.com/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  npm-sumak:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /app-ventas
    registries: [npm-sumak]
    schedule: {interval: weekly, day: monday, timezone: America/Guayaquil}
  - package-ecosystem: composer
    directory: /wp
    schedule: {interval: monthly}
''')
