"""Blind set NF: a Nahuatl-speaking mole co-operative in Milpa Alta and a Puebla talavera workshop.

The co-operative ("Tlacualli Milpa Alta", mole poblano, pipián and mole almendrado sold online and at
the Feria del Mole) and the workshop ("Talavera Tlapalli", hand-painted tiles and vajilla shipped
abroad) share a small tech team: a shop, payment and shipping integrations, kiln and mill sensors,
WhatsApp/Telegram bots, accounting exports, and the decoys such a team's repository holds.
Notes and comments are partly in Nahuatl and Spanish. Generated fakes only (seeds 7860000-7869999).
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
UP = string.ascii_uppercase + string.digits
_SEED = [7860000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7860000 <= _SEED[0] < 7870000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Chilli", "Cacao", "Tlalli", "Xochitl", "Metlatl", "Comalli", "Ayotl", "Etl", "Tomatl", "Cuahuitl",
         "Tepetl", "Atl", "Citlalli", "Tochtli", "Mazatl", "Talavera", "Azulejo", "Barro", "Horno", "Pincel"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*@") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mp_token() -> str:
    r = _rng()
    return f"APP_USR-{r.randint(10**15, 10**16)}-{r.randint(100000, 999999)}-" + hexs(32) + f"-{r.randint(10**8, 10**9)}"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-nf/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: env and configs

add("dotenv/database-password", "tienda-mole/.env",
    "https://github.com/motdotla/dotenv#usage",
    """# Tlacualli Milpa Alta - tienda en línea
# ma amo xicmaca inin archivo (no lo compartas)
APP_ENV=production
DB_HOST=db.tlacualli.mx
DB_USER=tienda
DB_PASSWORD=@@secret@@
DB_NAME=mole_pedidos
""", words_pw())

add("dotenv/stripe", "talavera-shop/.env.production",
    "https://docs.stripe.com/keys",
    """NODE_ENV=production
NEXT_PUBLIC_SITE=https://talaveratlapalli.mx
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_ORIGIN=Puebla, Pue.
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("dotenv/mercadopago", "cooperativa/pagos/.env",
    "https://www.mercadopago.com.mx/developers/es/docs/your-integrations/credentials",
    """# Mercado Pago - cobros de mole en la feria
MP_PUBLIC_KEY=APP_USR-@@pub@@
MP_ACCESS_TOKEN=@@secret@@
MP_WEBHOOK_PATH=/pagos/notificacion
CURRENCY=MXN
""", mp_token(), pub=uuid_s())

add("dotenv/sendgrid", "boletin/.env",
    "https://docs.sendgrid.com/ui/account-and-settings/api-keys",
    """# Amoxtli: boletín mensual de recetas
MAIL_FROM=boletin@tlacualli.mx
MAIL_FROM_NAME="Tlacualli Milpa Alta"
SENDGRID_API_KEY='@@secret@@'
LIST_ID=mole-amigos
""", sendgrid_key())

add("dotenv/telegram", "bot-pedidos/.env.local",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    """# Tlahtolli bot: toma pedidos por Telegram
TELEGRAM_BOT_TOKEN=@@secret@@
ADMIN_CHAT_ID=-100184422390
LANG_DEFAULT=nah
TIMEZONE=America/Mexico_City
""", fakes.telegram_token(_seed()))

add("yaml/database-password", "api/config/production.yml",
    "https://yaml.org/spec/1.2.2/",
    """# Configuración de producción - API de pedidos
server:
  port: 8080
database:
  host: pg.internal.tlacualli.mx
  port: 5432
  user: pedidos_app
  password: "@@secret@@"
  sslmode: require
""", words_pw())

add("yaml/shopify", "talavera/shopify-sync.yaml",
    "https://shopify.dev/docs/apps/auth/access-token-types/offline",
    """# Sincroniza inventario de azulejos con Shopify
store: talavera-tlapalli.myshopify.com
api_version: "2024-07"
admin_token: @@secret@@
collections:
  - azulejos
  - vajilla
  - jarrones
""", shopify_token())

add("toml/database-url", "hornos/telemetria/config.toml",
    "https://toml.io/en/v1.0.0",
    """# Telemetría de hornos (tlexictli) - taller Puebla
[influx]
url = "http://influx.taller.lan:8086"
org = "tlapalli"

[postgres]
url = "postgresql://hornos:@@secret@@@pg.taller.lan:5432/temperaturas"
pool = 4
""", rand_pw(22))

add("ini/smtp", "facturas/mailer.ini",
    "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure",
    """; Envío de facturas CFDI por correo
[smtp]
host = smtp.zoho.com
port = 587
user = facturas@talaveratlapalli.mx
password = @@secret@@
starttls = yes
""", words_pw())

add("json/google-api-key", "mapa-feria/config.json",
    "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """{
  "titulo": "Mapa de la Feria del Mole - San Pedro Atocpan",
  "server": {
    "geocodingKey": "@@secret@@",
    "region": "mx"
  },
  "puestos": 312
}
""", google_api_key())

add("xml/database-password", "erp/src/main/resources/datasource.xml",
    "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
    """<?xml version="1.0" encoding="UTF-8"?>
<!-- Inventario de barro y esmaltes -->
<datasources>
  <datasource name="inventario">
    <url>jdbc:mysql://mysql.taller.lan:3306/inventario</url>
    <username>erp_talavera</username>
    <password>@@secret@@</password>
  </datasource>
</datasources>
""", words_pw())

add("properties/database-password", "erp/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """# Talavera ERP - perfil prod
spring.datasource.url=jdbc:postgresql://pg.taller.lan:5432/erp
spring.datasource.username=erp
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", rand_pw(18, "#%"))

# ---------------------------------------------------------------- secrets: code

add("python/stripe", "tienda-mole/pagos/cobro.py",
    "https://docs.stripe.com/api/authentication",
    '''"""Cobro con tarjeta para pedidos de mole (tlacualli)."""
import stripe

# TODO: sacar de aquí antes de la feria
stripe.api_key = "@@secret@@"


def cobrar(pedido):
    return stripe.PaymentIntent.create(
        amount=int(pedido.total * 100), currency="mxn",
        description=f"Mole poblano x{pedido.kilos} kg",
    )
''', stripe_key())

add("python/database-url", "cooperativa/reportes/ventas.py",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    '''# Reporte semanal de ventas por socia (in tequitini)
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("postgresql+psycopg2://reportes:@@secret@@@10.0.4.12/cooperativa")

df = pd.read_sql("select socia, sum(kilos) from ventas group by socia", engine)
df.to_excel("ventas_semana.xlsx")
''', words_pw())

add("python/telegram", "bot-pedidos/main.py",
    "https://docs.python-telegram-bot.org/en/stable/",
    '''from telegram.ext import Application, CommandHandler

PIYALLI = "Piyalli! Xiquihtoa quezqui kilo mole ticnequi."  # saludo en náhuatl


async def start(update, context):
    await update.message.reply_text(PIYALLI)


app = Application.builder().token("@@secret@@").build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("python/aws-secret-key", "talavera/catalogo/subir_fotos.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    '''"""Sube fotos del catálogo de azulejos a S3."""
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="us-east-1",
)
for foto in ["azulejo-flor.jpg", "plato-pavo-real.jpg"]:
    s3.upload_file(foto, "talavera-catalogo", foto)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/openai", "cooperativa/traductor/traducir.py",
    "https://platform.openai.com/docs/api-reference/authentication",
    '''# Traduce descripciones de productos al náhuatl y al inglés
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def traducir(texto, lengua="nah"):
    r = client.chat.completions.create(model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Traduce a {lengua}: {texto}"}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/django-secret-key", "portal_socias/portal_socias/settings.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["socias.tlacualli.mx"]
LANGUAGE_CODE = "es-mx"
TIME_ZONE = "America/Mexico_City"
''', fakes.django_secret_key(_seed()))

add("javascript/sendgrid", "talavera-shop/lib/mailer.js",
    "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail",
    """// Confirmación de pedido de vajilla
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@secret@@');

module.exports = async function confirmar(pedido) {
  await sgMail.send({
    to: pedido.email,
    from: 'ventas@talaveratlapalli.mx',
    subject: `Pedido ${pedido.folio} recibido`,
  });
};
""", sendgrid_key())

add("typescript/mercadopago", "tienda-mole/src/pagos/mp.ts",
    "https://github.com/mercadopago/sdk-nodejs",
    """import { MercadoPagoConfig, Preference } from 'mercadopago';

// Nican ticpiya in tlanehtoquiliztli (credencial de producción)
const client = new MercadoPagoConfig({
  accessToken: '@@secret@@',
  options: { timeout: 5000 },
});

export const preferencia = new Preference(client);
""", mp_token())

add("typescript/discord-webhook", "talavera-shop/src/alerts/hornos.ts",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """// Aviso cuando el horno pasa de 1050 °C
const HOOK = '@@secret@@';

export async function avisarHorno(grados: number) {
  if (grados < 1050) return;
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Horno 2 a ${grados} °C` }),
  });
}
""", discord_webhook())

add("go/database-password", "inventario/cmd/server/db.go",
    "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    """package main

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// abrirDB conecta con el inventario de barro y esmaltes.
func abrirDB() (*sql.DB, error) {
	return sql.Open("mysql", "inventario:@@secret@@@tcp(mysql.taller.lan:3306)/esmaltes?parseTime=true")
}
""", rand_pw(20))

add("go/slack-webhook", "inventario/internal/aviso/slack.go",
    "https://api.slack.com/messaging/webhooks",
    """package aviso

import (
	"bytes"
	"net/http"
)

const webhookURL = "@@secret@@"

// Falta avisa que se acabó un esmalte (azul cobalto, amarillo...).
func Falta(esmalte string) error {
	_, err := http.Post(webhookURL, "application/json",
		bytes.NewBufferString(`{"text":"Se acabó el esmalte `+esmalte+`"}`))
	return err
}
""", slack_webhook())

add("java/database-password", "erp/src/main/java/mx/tlapalli/erp/Conexion.java",
    "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html",
    """package mx.tlapalli.erp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Conexion {
    private static final String URL = "jdbc:postgresql://pg.taller.lan:5432/erp";

    public static Connection abrir() throws SQLException {
        return DriverManager.getConnection(URL, "erp", "@@secret@@");
    }
}
""", words_pw())

add("kotlin/google-api-key", "app-socias/app/src/main/java/mx/tlacualli/Mapa.kt",
    "https://developers.google.com/maps/documentation/places/android-sdk/get-api-key",
    """package mx.tlacualli

import com.google.android.libraries.places.api.Places

// Ubicación de los molinos en Milpa Alta (Villa Milpa Alta, Atocpan, Tecómitl)
object Mapa {
    private const val PLACES_KEY = "@@secret@@"

    fun iniciar(ctx: android.content.Context) {
        Places.initialize(ctx, PLACES_KEY)
    }
}
""", google_api_key())

add("csharp/database-password", "Facturacion/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration",
    """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Facturas": "Server=sql.taller.lan;Database=Facturas;User Id=cfdi;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Cfdi": { "Rfc": "TTA180312AB4", "Serie": "TAL" }
}
""", words_pw())

add("csharp/twilio", "Facturacion/Servicios/AvisoSms.cs",
    "https://www.twilio.com/docs/usage/secure-credentials",
    """using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Facturacion.Servicios;

public static class AvisoSms
{
    // SMS al cliente cuando sale su caja de azulejos
    public static void Enviar(string tel, string guia)
    {
        TwilioClient.Init("@@sid@@", "@@secret@@");
        MessageResource.Create(to: new Twilio.Types.PhoneNumber(tel),
            from: new Twilio.Types.PhoneNumber("+12025550143"), body: $"Su pedido salió. Guía {guia}");
    }
}
""", hexs(32), sid=twilio_sid())

add("php/database-password", "sitio-cooperativa/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/",
    """<?php
/** Sitio de la cooperativa - Tlacualli Milpa Alta */
define( 'DB_NAME', 'wp_tlacualli' );
define( 'DB_USER', 'wp_tlacualli' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'mole_';
""", words_pw())

add("php/mercadopago", "sitio-cooperativa/wp-content/plugins/mole-pagos/pagos.php",
    "https://github.com/mercadopago/sdk-php",
    """<?php
use MercadoPago\\MercadoPagoConfig;

// Plugin de cobro (ma ticpatlacan nochi, solo el token)
MercadoPagoConfig::setAccessToken("@@secret@@");

function mole_crear_preferencia($kilos) {
    return ['title' => 'Mole almendrado', 'quantity' => $kilos, 'unit_price' => 320];
}
""", mp_token())

add("ruby/smtp", "etiquetas/config/environments/production.rb",
    "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration",
    """Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.gmail.com',
    port: 587,
    user_name: 'etiquetas@talaveratlapalli.mx',
    password: '@@secret@@',
    authentication: 'plain'
  }
end
""", rand_pw(16).lower())

add("rust/database-url", "sensores-molino/src/main.rs",
    "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html",
    """// Sensores del molino de chiles (temperatura y kilos molidos)
use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> Result<(), sqlx::Error> {
    let pool = PgPoolOptions::new()
        .max_connections(3)
        .connect("postgres://molino:@@secret@@@192.168.10.5/sensores")
        .await?;
    println!("conectado: {:?}", pool.size());
    Ok(())
}
""", rand_pw(24))

add("swift/stripe", "AppTalavera/AppTalavera/Backend/Config.swift",
    "https://docs.stripe.com/keys",
    """import Foundation

// Usado sólo por el script de pruebas en la Mac del taller
enum BackendConfig {
    static let baseURL = URL(string: "https://api.talaveratlapalli.mx")!
    static let stripeSecret = "@@secret@@"
    static let moneda = "mxn"
}
""", stripe_key("rk_live_"))

add("shell/database-password", "scripts/respaldo_pedidos.sh",
    "https://www.postgresql.org/docs/current/libpq-envars.html",
    """#!/usr/bin/env bash
# Respaldo nocturno de pedidos (tlacualli) -> disco externo
set -euo pipefail
export PGPASSWORD='@@secret@@'
fecha=$(date +%F)
pg_dump -h 10.0.4.12 -U respaldo cooperativa | gzip > "/mnt/respaldo/pedidos-$fecha.sql.gz"
find /mnt/respaldo -name 'pedidos-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("shell/github-token", "scripts/publicar_catalogo.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """#!/bin/sh
# Publica el catálogo PDF como release en GitHub
VERSION="$1"
curl -sS -X POST \\
  -H "Authorization: token @@secret@@" \\
  -H "Accept: application/vnd.github+json" \\
  https://api.github.com/repos/talavera-tlapalli/catalogo/releases \\
  -d "{\\"tag_name\\":\\"v$VERSION\\"}"
""", github_pat())

add("powershell/database-password", "scripts/Exportar-Contabilidad.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd",
    """# Exporta pólizas al contador cada mes
$servidor = "sql.taller.lan"
$usuario  = "contabilidad"
$clave    = "@@secret@@"
Invoke-Sqlcmd -ServerInstance $servidor -Database Facturas -Username $usuario -Password $clave `
  -Query "SELECT * FROM Polizas WHERE Mes = MONTH(GETDATE())" |
  Export-Csv -Path "C:\\Contabilidad\\polizas.csv" -NoTypeInformation
""", words_pw())

add("powershell/azure-storage", "scripts/Subir-Fotos.ps1",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """# Sube fotos de la vajilla nueva al blob del catálogo
$cadena = "DefaultEndpointsProtocol=https;AccountName=talaveracatalogo;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $cadena
Get-ChildItem .\\fotos\\*.jpg | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container fotos -Blob $_.Name -Context $ctx
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- secrets: deploy

_pw = words_pw()
add("k8s-secret/database-password", "k8s/pedidos/secret-db.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: pedidos-db
  namespace: tlacualli
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@enc@@
""", _pw, user=b64("pedidos_app"), enc=b64(_pw))

_tok = stripe_key()
add("k8s-secret/stripe", "k8s/talavera/stripe-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """# kubectl apply -f stripe-secret.yaml -n talavera
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  labels:
    app: talavera-shop
data:
  secret-key: @@enc@@
""", _tok, enc=b64(_tok))

add("k8s-secret/telegram", "k8s/bot/secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: tlahtolli-bot
  namespace: bots
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
""", fakes.telegram_token(_seed()))

add("k8s/database-password", "k8s/erp/deployment.yaml",
    "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: talavera-erp
spec:
  replicas: 1
  selector:
    matchLabels: {app: talavera-erp}
  template:
    metadata:
      labels: {app: talavera-erp}
    spec:
      containers:
        - name: erp
          image: registry.taller.lan/erp:2.3.1
          env:
            - name: SPRING_DATASOURCE_URL
              value: jdbc:postgresql://pg:5432/erp
            - name: SPRING_DATASOURCE_PASSWORD
              value: "@@secret@@"
""", rand_pw(20))

add("helm/redis-password", "charts/tienda-mole/values-prod.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """# Valores de producción - tienda de mole
image:
  repository: ghcr.io/tlacualli/tienda
  tag: "1.8.0"
redis:
  enabled: true
  auth:
    password: @@secret@@
ingress:
  host: tienda.tlacualli.mx
""", fakes.redis_password(_seed()))

add("compose/database-password", "docker-compose.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: cooperativa
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: cooperativa
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", words_pw())

add("compose/mysql", "talavera/docker-compose.prod.yml",
    "https://hub.docker.com/_/mysql",
    """# Inventario del taller
services:
  mysql:
    image: mysql:8.4
    command: --default-authentication-plugin=caching_sha2_password
    environment:
      - MYSQL_ROOT_PASSWORD=@@secret@@
      - MYSQL_DATABASE=esmaltes
    ports: ["3306:3306"]
""", rand_pw(16, "!#"))

add("terraform/database-password", "infra/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """# Base de datos de pedidos (cooperativa)
resource "aws_db_instance" "pedidos" {
  identifier        = "tlacualli-pedidos"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "tlacualli"
  password          = "@@secret@@"
  skip_final_snapshot = true
}
""", words_pw())

add("terraform/digitalocean", "infra/do/provider.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs",
    """terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.0" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}
""", "dop_v1_" + hexs(64))

add("ansible/database-password", "ansible/group_vars/molinos.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables",
    """---
# Raspberry Pi de los molinos (Atocpan, Tecómitl)
sensores_usuario: pi
sensores_db_host: 10.0.4.12
sensores_db_password: "@@secret@@"
zona_horaria: America/Mexico_City
""", words_pw())

add("ansible/wifi-password", "ansible/roles/kiosko/tasks/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/general/nmcli_module.html",
    """- name: Wi-Fi del puesto en la feria
  community.general.nmcli:
    conn_name: feria-mole
    type: wifi
    ssid: FeriaMole-Puesto27
    wifi_sec:
      key-mgmt: wpa-psk
      psk: "@@secret@@"
    state: present
""", words_pw())

add("github-actions/npm-token", ".github/workflows/publicar-widget.yml",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
    """name: publicar widget de pedidos
on:
  push:
    tags: ["v*"]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", npm_token())

_key = pem("OPENSSH")
add("gitlab-ci/ssh-private-key", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/jobs/ssh_keys.html",
    """deploy:
  stage: deploy
  script:
    - mkdir -p ~/.ssh
    - |
      cat > ~/.ssh/id_ed25519 <<'EOF'
@@key@@
      EOF
    - chmod 600 ~/.ssh/id_ed25519
    - ssh deploy@tienda.tlacualli.mx ./actualizar.sh
""", _key, key=indent(_key, "      "))

add("dockerfile/npm-token", "talavera-shop/Dockerfile",
    "https://docs.npmjs.com/docs/using-private-packages-in-a-ci-cd-workflow",
    """FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build
CMD ["npm", "start"]
""", npm_token())

add("dockerfile/database-url", "bot-pedidos/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    """FROM python:3.12-slim
WORKDIR /bot
COPY requirements.txt .
RUN pip install -r requirements.txt
ENV DATABASE_URL=postgresql://bot:@@secret@@@db.tlacualli.mx:5432/pedidos
COPY . .
CMD ["python", "main.py"]
""", rand_pw(20))

add("jenkins/github-token", "Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """pipeline {
  agent any
  environment {
    // temporal, mientras configuramos credentials()
    GH_TOKEN = '@@secret@@'
  }
  stages {
    stage('Catálogo') {
      steps { sh 'gh release upload v$BUILD_NUMBER catalogo.pdf --repo talavera-tlapalli/catalogo' }
    }
  }
}
""", github_pat())

add("private-key/rsa", "deploy/llaves/tienda_deploy.pem",
    "https://www.rfc-editor.org/rfc/rfc7468",
    "@@secret@@\n", pem("RSA"))

add("private-key/ec", "talavera/certs/pasarela.key",
    "https://www.rfc-editor.org/rfc/rfc5915",
    "@@secret@@\n", pem("EC"))

add("netrc/password", "deploy/.netrc",
    "https://everything.curl.dev/usingcurl/netrc",
    """machine ftp.paqueteria.mx
login talaveratlapalli
password @@secret@@

machine api.github.com
login bot-tlapalli
password x-oauth-basic
""", words_pw())

add("npmrc/npm-token", "talavera-shop/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """registry=https://registry.npmjs.org/
@tlapalli:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("pypirc/pypi-token", "herramientas/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

_auth = b64("ci-talavera:" + rand_pw(18))
add("docker-config/registry-auth", "deploy/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """{
  "auths": {
    "registry.taller.lan": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", _auth)

add("pgpass/database-password", "deploy/.pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """# host:port:db:user:password  (respaldo de la cooperativa)
10.0.4.12:5432:cooperativa:respaldo:@@secret@@
10.0.4.12:5432:sensores:lectura:*
localhost:5432:*:postgres:*
# fin
""", rand_pw(20))

add("rclone/password", "respaldo/rclone.conf",
    "https://rclone.org/sftp/",
    """[respaldo-taller]
type = sftp
host = nas.taller.lan
user = respaldo
pass = @@secret@@
shell_type = unix
""", fakes.drawn(_seed(), 43, ALNUM + "-_"))

# ---------------------------------------------------------------- secrets: notes, docs, data

add("markdown/database-password", "docs/runbook-respaldo.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Runbook: restaurar respaldo de pedidos

Tlen ticchihuazqueh (qué hacer) si se cae la base de pedidos:

1. Entrar al servidor: `ssh admin@10.0.4.12`
2. Restaurar el último respaldo:

```bash
gunzip -c /mnt/respaldo/pedidos-latest.sql.gz | psql "postgresql://respaldo:@@secret@@@localhost/cooperativa"
```

3. Avisar en el grupo de socias.
""", words_pw())

add("markdown/admin-password", "docs/feria-del-mole-2026.md",
    "https://www.markdownguide.org/extended-syntax/#tables",
    """# Feria del Mole 2026 - San Pedro Atocpan

| Qué | Dato |
|-----|------|
| Puesto | 27, pasillo B |
| Terminal | Mercado Pago Point (serie MP-4471) |
| Wi-Fi del puesto | FeriaMole-Puesto27 |
| Contraseña del panel de la tienda (admin) | `@@secret@@` |

Ma ximopanoltihcan! (¡Bienvenidas!)
""", words_pw())

add("markdown/shopify", "talavera/NOTAS-shopify.md",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """## Notas de la app privada de Shopify

- Tienda: talavera-tlapalli.myshopify.com
- Scopes: read_products, write_inventory
- Token de admin (lo generó Lupita el 3 de marzo): @@secret@@
- Webhook de pedidos: /webhooks/orders-create

Pendiente: moverlo al gestor de contraseñas.
""", shopify_token())

add("rst/smtp", "docs/source/correo.rst",
    "https://docstrings.readthedocs.io/en/latest/rst.html",
    """Correo de la cooperativa
========================

El servidor de correo sale por el relay de Zoho:

.. code-block:: ini

   [smtp]
   host = smtp.zoho.com
   user = pedidos@tlacualli.mx
   password = @@secret@@

In amatlahcuilolli (los correos) se mandan a las 7:00.
""", words_pw())

add("html/google-api-key", "sitio-cooperativa/donde-comprar.html",
    "https://developers.google.com/maps/documentation/javascript/load-maps-js-api",
    """<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Dónde comprar mole - Tlacualli Milpa Alta</title>
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@secret@@&callback=initMap"></script>
</head>
<body>
  <h1>Campa ticcohuaz mole</h1>
  <div id="mapa"></div>
</body>
</html>
""", google_api_key())

add("wiki/slack-webhook", "wiki/Avisos-del-taller.md",
    "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis",
    """Avisos del taller
=================

Los avisos de horno y de esmaltes se mandan al canal #taller con este webhook:

    @@secret@@

Si cambia el canal, pedirle a Beto que regenere el webhook.
""", slack_webhook())

add("shell-history/database-password", "admin/.bash_history",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /srv/tienda
git pull
sudo systemctl restart tienda
mysql -u root -p'@@secret@@' -e 'show databases'
tail -f /var/log/tienda/error.log
exit
""", rand_pw(14, "!#"))

add("shell-history/sendgrid", "admin/.zsh_history",
    "https://zsh.sourceforge.io/Doc/Release/Options.html#History",
    """: 1712345601:0;cd ~/boletin
: 1712345622:0;export SENDGRID_API_KEY=@@secret@@
: 1712345640:0;python enviar.py --lista mole-amigos --prueba
: 1712345701:0;git status
: 1712345712:0;exit
""", sendgrid_key())

add("log/database-url", "logs/tienda-2026-03-14.log",
    "https://docs.python.org/3/library/logging.html",
    """2026-03-14 07:00:01 INFO  tienda iniciando (versión 1.8.0)
2026-03-14 07:00:01 DEBUG config: DATABASE_URL=postgresql://pedidos_app:@@secret@@@pg.internal.tlacualli.mx:5432/mole_pedidos
2026-03-14 07:00:02 INFO  conectado a la base de pedidos
2026-03-14 07:03:44 INFO  pedido T-1182 (mole poblano 2 kg) pagado
2026-03-14 07:09:10 WARN  stock bajo: mole almendrado 500 g
""", words_pw())

add("log/basic-auth", "logs/paqueteria-debug.log",
    "https://www.rfc-editor.org/rfc/rfc7617",
    """[2026-04-02 10:11:07] DEBUG POST https://api.paqueteria.mx/v2/guias
[2026-04-02 10:11:07] DEBUG > Authorization: Basic @@secret@@
[2026-04-02 10:11:07] DEBUG > Content-Type: application/json
[2026-04-02 10:11:08] DEBUG < 201 Created
[2026-04-02 10:11:08] INFO  guía 7741-0093 creada (caja de azulejos, 14 kg)
""", b64("talavera:" + words_pw()))

add("csv/password", "datos/cuentas-proveedores.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """proveedor,portal,usuario,contraseña,notas
Chiles Tecómitl,https://portal.chilestecomitl.mx,tlacualli,@@secret@@,pedidos de chile mulato
Cacao Tabasco,https://cacaotab.mx,,,por teléfono
Almendras del Norte,,,,-
Papel Kraft Puebla,,,,factura por correo
""", words_pw())

add("sql/password", "db/migraciones/0007_usuario_reportes.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Usuario de sólo lectura para reportes de ventas
CREATE ROLE reportes LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE cooperativa TO reportes;
GRANT USAGE ON SCHEMA public TO reportes;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reportes;
""", words_pw())

add("notebook/openai", "analisis/resenas.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Reseñas de clientes (talavera)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@secret@@\\")"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "df = pd.read_csv('resenas.csv')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/aws-secret-key", "analisis/costos_envio.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import os\\n", "os.environ['AWS_ACCESS_KEY_ID'] = '@@kid@@'\\n",
              "os.environ['AWS_SECRET_ACCESS_KEY'] = '@@secret@@'"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_parquet('s3://talavera-envios/2026/')"]}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("curl/stripe", "docs/probar-reembolso.sh",
    "https://docs.stripe.com/api/refunds/create",
    """#!/bin/sh
# Reembolso de prueba de un plato roto en el envío
curl https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent=pi_3PqR7sLkdIwHu7ix0ABCdEf1 \\
  -d reason=requested_by_customer
""", stripe_key())

add("text/ftp-password", "notas/paqueteria.txt",
    "https://www.rfc-editor.org/rfc/rfc959",
    """Paquetería - carga de guías masivas
-------------------------------------
servidor: ftp.paqueteria.mx
usuario: talaveratlapalli
contraseña: @@secret@@
Subir el CSV antes de las 15:00 para que recojan el mismo día.
""", words_pw())

add("text/nahuatl-note", "notas/tlahtolli-socias.txt",
    "https://en.wikipedia.org/wiki/Nahuatl",
    """Notas de la asamblea (in tlanechicoliztli) - marzo
- Doña Chayo quiere vender mole negro también.
- In tlahtolli tlatzacuilli (la contraseña) del panel de pagos es @@secret@@
  - ma aquin quimati (que nadie más la sepa)
- Próxima asamblea: 12 de abril, en el molino de Atocpan.
""", words_pw())

_pw = words_pw()
add("python/split-password", "cooperativa/sync/sat.py",
    "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
    '''"""Descarga masiva de CFDI del SAT (cooperativa)."""
from cfdiclient import Fiel

FIEL_PASSWORD = ("@@a@@"
                 "@@b@@")

with open("fiel/cooperativa.cer", "rb") as cer, open("fiel/cooperativa.key", "rb") as key:
    fiel = Fiel(cer.read(), key.read(), FIEL_PASSWORD)
''', _pw, a=_pw[:6], b=_pw[6:])

add("javascript/json-in-string", "talavera-shop/scripts/seed-env.js",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse",
    """// Credenciales de la paquetería (Estafeta API) para pruebas locales
process.env.PAQUETERIA = process.env.PAQUETERIA ||
  '{"cliente":"TAL-0931","usuario":"talavera","apiKey":"@@secret@@"}';

const cfg = JSON.parse(process.env.PAQUETERIA);
console.log('cliente', cfg.cliente);
""", fakes.drawn_mixed(_seed(), 32))

add("shell/heredoc-env", "scripts/instalar_kiosko.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/bin/bash
# Instala el kiosko de pedidos en la tablet del puesto
set -e
cat > /opt/kiosko/.env <<EOF
API_URL=https://api.tlacualli.mx
KIOSKO_TOKEN=@@secret@@
PUESTO=27
EOF
systemctl restart kiosko
""", fakes.drawn_mixed(_seed(), 40))

add("yaml/slack-bot", "talavera/bot-taller/config.yaml",
    "https://api.slack.com/authentication/token-types#bot",
    """# Bot del taller: turnos de horno y pedidos grandes
slack:
  bot_token: @@secret@@
  canal: "#taller"
turnos:
  - {dia: lunes, horno: 1, encargada: Marisol}
  - {dia: martes, horno: 2, encargado: Beto}
""", slack_bot())

add("yaml/anthropic", "cooperativa/asistente/config.yml",
    "https://docs.anthropic.com/en/api/getting-started",
    """# Asistente que responde preguntas de clientes en español y náhuatl
modelo: claude-3-5-haiku-latest
api_key: @@secret@@
max_tokens: 400
lenguas: [es, nah]
""", anthropic_key())

add("json/gitlab-token", "talavera/.vscode/settings.json",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """{
  "editor.tabSize": 2,
  "gitlab.instanceUrl": "https://gitlab.com",
  "gitlab.token": "@@secret@@",
  "files.eol": "\\n"
}
""", gitlab_token())

add("ssh-config/password-comment", "admin/ssh_config_taller",
    "https://man.openbsd.org/ssh_config",
    """Host nas-taller
    HostName nas.taller.lan
    User respaldo
    # contraseña (mientras se configura la llave): @@secret@@
    Port 22
""", words_pw())

add("xml/maven-settings", "erp/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>nexus-taller</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(22))

add("url/amqp-password", "sensores-molino/config/broker.env",
    "https://www.rabbitmq.com/docs/uri-spec",
    """# Broker de lecturas de los molinos
AMQP_URL=amqps://molino:@@secret@@@rabbit.tlacualli.mx:5671/sensores
COLA=lecturas
INTERVALO_SEG=30
MOLINOS=atocpan,tecomitl,villa
""", rand_pw(24))

add("url/mongodb", "catalogo-api/src/db.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """const { MongoClient } = require('mongodb');

// Catálogo de piezas: azulejos, platos, jarrones, macetas
const uri = 'mongodb+srv://catalogo:@@secret@@@cluster0.tlapalli.mongodb.net/catalogo?retryWrites=true';
const client = new MongoClient(uri);

module.exports = client;
""", rand_pw(16))

add("smtp-transcript/auth-plain", "logs/smtp-prueba.txt",
    "https://www.rfc-editor.org/rfc/rfc4616",
    """S: 220 smtp.zoho.com ESMTP ready
C: EHLO tienda.tlacualli.mx
S: 250-AUTH PLAIN LOGIN
C: AUTH PLAIN @@secret@@
S: 235 Authentication successful
C: QUIT
""", b64("\0pedidos@tlacualli.mx\0" + words_pw()))

add("python/paypal", "talavera-shop/api/paypal_cliente.py",
    "https://developer.paypal.com/api/rest/authentication/",
    '''import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token():
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token",
                      auth=(CLIENT_ID, CLIENT_SECRET), data={"grant_type": "client_credentials"})
    return r.json()["access_token"]
''', fakes.drawn(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("ruby/twilio", "etiquetas/lib/aviso_whatsapp.rb",
    "https://www.twilio.com/docs/whatsapp/quickstart/ruby",
    """require 'twilio-ruby'

# Aviso por WhatsApp: "Mocaltzin ye onquiz" (tu pedido ya salió)
client = Twilio::REST::Client.new('@@sid@@', '@@secret@@')
client.messages.create(
  from: 'whatsapp:+14155238886',
  to: "whatsapp:#{ARGV[0]}",
  body: 'Tu pedido de talavera ya salió.'
)
""", hexs(32), sid=twilio_sid())

add("go/stripe", "pagos-feria/main.go",
    "https://github.com/stripe/stripe-go",
    """package main

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/terminal/reader"
)

func main() {
	stripe.Key = "@@secret@@"
	// lector de tarjetas del puesto 27
	_, _ = reader.Get("tmr_FDOt2wlRZEdpd7", nil)
}
""", stripe_key())

add("java/smtp", "erp/src/main/java/mx/tlapalli/erp/Correo.java",
    "https://jakarta.ee/specifications/mail/",
    """package mx.tlapalli.erp;

import jakarta.mail.*;
import java.util.Properties;

public class Correo {
    static Session sesion(Properties p) {
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("erp@talaveratlapalli.mx", "@@secret@@");
            }
        });
    }
}
""", words_pw())

add("kotlin/database-password", "app-socias/backend/src/main/kotlin/Db.kt",
    "https://github.com/JetBrains/Exposed",
    """import org.jetbrains.exposed.sql.Database

// Tlanemililli: base de socias y sus entregas de mole
fun conectar() = Database.connect(
    url = "jdbc:postgresql://10.0.4.12:5432/cooperativa",
    driver = "org.postgresql.Driver",
    user = "socias_app",
    password = "@@secret@@",
)
""", words_pw())

add("php/smtp", "sitio-cooperativa/contacto/enviar.php",
    "https://github.com/PHPMailer/PHPMailer",
    """<?php
use PHPMailer\\PHPMailer\\PHPMailer;

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.zoho.com';
$mail->SMTPAuth = true;
$mail->Username = 'contacto@tlacualli.mx';
$mail->Password = '@@secret@@';
$mail->setFrom('contacto@tlacualli.mx', 'Tlacualli Milpa Alta');
""", words_pw())

add("swift/google-api-key", "AppTalavera/AppTalavera/AppDelegate.swift",
    "https://developers.google.com/maps/documentation/ios-sdk/config",
    """import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@secret@@")  // talleres en el mapa
        return true
    }
}
""", google_api_key())

add("rust/telegram", "sensores-molino/src/aviso.rs",
    "https://docs.rs/teloxide/latest/teloxide/",
    """use teloxide::prelude::*;

// Aviso si el molino se calienta de más
pub async fn avisar(chat: i64, texto: &str) {
    let bot = Bot::new("@@secret@@");
    let _ = bot.send_message(ChatId(chat), texto).await;
}
""", fakes.telegram_token(_seed()))

add("toml/github-token", "herramientas/.cargo/credentials.toml",
    "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    """# registro privado del taller
[registries.taller]
token = "Bearer @@secret@@"

[registry]
default = "crates-io"
""", github_pat())

add("ini/aws-credentials", "admin/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """[default]
region = us-east-1

[talavera-catalogo]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- secrets: more carriers

add("dotenv/redis-url", "tienda-mole/.env.staging",
    "https://redis.io/docs/latest/develop/connect/clients/",
    """# staging - carrito de compras
REDIS_URL=redis://default:@@secret@@@redis-staging.tlacualli.mx:6379/0
SESSION_TTL=3600
PAYMENTS=sandbox
LOG_LEVEL=debug
""", fakes.redis_password(_seed()))

add("dotenv/slack-bot", "talavera/bot-taller/.env",
    "https://api.slack.com/authentication/token-types",
    """# bot del taller
SLACK_BOT_TOKEN=@@secret@@
SLACK_CHANNEL=#taller
HORNOS=2
CHECK_EVERY=10m
""", slack_bot())

add("dotenv/anthropic", "cooperativa/asistente/.env",
    "https://docs.anthropic.com/en/api/getting-started",
    """# asistente de pedidos (tlanonotzaliztli)
ANTHROPIC_API_KEY=@@secret@@
MODEL=claude-3-5-haiku-latest
LANGS=es,nah
TEMPERATURE=0.3
""", anthropic_key())

add("dotenv/github-fine-grained", "talavera/catalogo/.env",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens",
    """# Script que genera el catálogo PDF y lo sube
GH_REPO=talavera-tlapalli/catalogo
GH_TOKEN=@@secret@@
PDF_DPI=300
IDIOMAS=es,en
""", fakes.github_fine_grained_token(_seed()))

add("yaml/aws-session", "analisis/.aws-temp.yml",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
    """# credenciales temporales (expiran a las 18:00) para el análisis de envíos
aws_access_key_id: ASIA@@kid@@
aws_secret_access_key: @@sk@@
aws_session_token: @@secret@@
region: us-east-1
""", fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    sk=fakes.aws_secret_key(_seed()))

add("yaml/spring-datasource", "erp/src/main/resources/application.yml",
    "https://docs.spring.io/spring-boot/reference/data/sql.html",
    """spring:
  application:
    name: talavera-erp
  datasource:
    url: jdbc:postgresql://pg.taller.lan:5432/erp
    username: erp
    password: '@@secret@@'
  jpa:
    open-in-view: false
""", words_pw())

add("yaml/mqtt-password", "sensores-molino/mosquitto-bridge.yaml",
    "https://mosquitto.org/man/mosquitto-conf-5.html",
    """# Puente MQTT: molino de Atocpan -> nube
broker:
  host: mqtt.tlacualli.mx
  port: 8883
  username: molino-atocpan
  password: @@secret@@
topics:
  - molino/atocpan/temperatura
  - molino/atocpan/kilos
""", rand_pw(20))

_key = pem("")
_key = _key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
_key = _key.replace("\n", "\\n")  # as a service-account file writes it: one JSON string
add("json/firebase-service-account", "app-socias/firebase-adminsdk.json",
    "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments",
    """{
  "type": "service_account",
  "project_id": "tlacualli-socias",
  "private_key_id": "@@kid@@",
  "private_key": "@@keyline@@",
  "client_email": "firebase-adminsdk-x1y2z@tlacualli-socias.iam.gserviceaccount.com",
  "client_id": "104233871190035622178",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _key, kid=hexs(40), keyline=_key + "\\n")

add("json/discord-webhook", "talavera-shop/config/notificaciones.json",
    "https://discord.com/developers/docs/resources/webhook",
    """{
  "canales": {
    "pedidos": "@@secret@@",
    "hornos": null
  },
  "idioma": "es-MX",
  "resumenDiario": "20:00"
}
""", discord_webhook())

add("toml/pypi-token", "herramientas/etiquetas-cfdi/poetry-auth.toml",
    "https://python-poetry.org/docs/repositories/#configuring-credentials",
    """# Poetry: publicar etiquetas-cfdi
[http-basic.pypi]
username = "__token__"
password = "@@secret@@"

[repositories]
""", fakes.pypi_token(_seed()))

add("ini/odbc-password", "facturas/odbc.ini",
    "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns",
    """[Facturas]
Driver = ODBC Driver 18 for SQL Server
Server = sql.taller.lan
Database = Facturas
UID = cfdi
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("php/laravel-env", "sitio-talavera/.env",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """APP_NAME="Talavera Tlapalli"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=talavera
DB_USERNAME=talavera
DB_PASSWORD=
MAIL_MAILER=log
""", base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

add("python/requests-bearer", "cooperativa/facturacion/timbrar.py",
    "https://requests.readthedocs.io/en/latest/user/authentication/",
    '''"""Timbrado de CFDI con el PAC (facturas de mole a tiendas)."""
import requests

HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "Content-Type": "application/xml",
}


def timbrar(xml: bytes) -> dict:
    return requests.post("https://api.pac-ejemplo.mx/v4/timbrar", data=xml, headers=HEADERS).json()
''', fakes.drawn_mixed(_seed(), 48))

add("python/mysql-connect", "talavera/inventario/contar_piezas.py",
    "https://dev.mysql.com/doc/connector-python/en/connector-python-example-connecting.html",
    '''import mysql.connector

# Cuenta piezas por esmalte (azul cobalto, amarillo, verde, naranja, negro, malva)
cnx = mysql.connector.connect(user="inventario", password="@@secret@@",
                              host="mysql.taller.lan", database="esmaltes")
cur = cnx.cursor()
cur.execute("SELECT esmalte, COUNT(*) FROM piezas GROUP BY esmalte")
for esmalte, total in cur:
    print(esmalte, total)
''', words_pw())

add("javascript/firebase-admin-url", "app-socias/functions/db.js",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """const { Pool } = require('pg');

// Entregas de mole por socia (in cihuameh tequitinih)
const pool = new Pool({
  connectionString: 'postgres://socias_app:@@secret@@@10.0.4.12:5432/cooperativa',
  max: 5,
});

exports.entregas = (socia) => pool.query('select * from entregas where socia = $1', [socia]);
""", rand_pw(18))

add("typescript/gitlab-token", "talavera-shop/scripts/changelog.ts",
    "https://docs.gitlab.com/ee/api/rest/authentication.html",
    """// Genera CHANGELOG desde los merge requests
const GITLAB = 'https://gitlab.com/api/v4/projects/talavera%2Fshop';
const headers = { 'PRIVATE-TOKEN': '@@secret@@' };

export async function mrs(): Promise<any[]> {
  const r = await fetch(`${GITLAB}/merge_requests?state=merged`, { headers });
  return r.json();
}
""", gitlab_token())

add("csharp/sendgrid", "Facturacion/Servicios/Correo.cs",
    "https://github.com/sendgrid/sendgrid-csharp",
    """using SendGrid;
using SendGrid.Helpers.Mail;

namespace Facturacion.Servicios;

public class Correo
{
    private readonly SendGridClient _cliente = new("@@secret@@");

    public Task Enviar(string para, string pdf) =>
        _cliente.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("facturas@talaveratlapalli.mx"), new EmailAddress(para), "Su factura", pdf, null));
}
""", sendgrid_key())

add("powershell/ftp-credential", "scripts/Enviar-Guias.ps1",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential",
    """# Sube las guías del día a la paquetería
$cred = New-Object System.Net.NetworkCredential("talaveratlapalli", "@@secret@@")
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred
$hoy = Get-Date -Format yyyyMMdd
$wc.UploadFile("ftp://ftp.paqueteria.mx/entrada/guias-$hoy.csv", "C:\\Envios\\guias-$hoy.csv")
""", words_pw())

add("shell/mysql-command", "scripts/limpiar_carritos.sh",
    "https://dev.mysql.com/doc/refman/8.4/en/mysql-command-options.html",
    """#!/bin/bash
# Borra carritos abandonados de más de 7 días (cron 03:00)
mysql --host=127.0.0.1 --user=tienda --password=@@secret@@ tienda <<'SQL'
DELETE FROM carritos WHERE actualizado < NOW() - INTERVAL 7 DAY;
SQL
echo "carritos limpios $(date)"
""", rand_pw(16))

add("shell/docker-login", "scripts/subir_imagen.sh",
    "https://docs.docker.com/reference/cli/docker/login/",
    """#!/bin/sh
set -e
echo "@@secret@@" | docker login ghcr.io -u tlacualli-bot --password-stdin
docker build -t ghcr.io/tlacualli/tienda:"$1" .
docker push ghcr.io/tlacualli/tienda:"$1"
""", github_pat())

add("github-actions/slack-webhook", ".github/workflows/avisar-despliegue.yml",
    "https://github.com/slackapi/slack-github-action",
    """name: avisar despliegue
on: [deployment_status]
jobs:
  aviso:
    runs-on: ubuntu-latest
    steps:
      - uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text": "Tienda desplegada: ${{ github.sha }}"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

_tok = mp_token()
add("k8s-secret/mercadopago", "k8s/pagos/mp-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: mercadopago
  namespace: tlacualli
type: Opaque
data:
  access-token: @@enc@@
""", _tok, enc=b64(_tok))

_pw = rand_pw(20)
add("k8s-secret/dockerconfigjson", "k8s/talavera/regcred.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: talavera
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _pw, enc=b64('{"auths":{"registry.taller.lan":{"username":"ci","password":"' + _pw + '"}}}'))

add("helm/smtp", "charts/talavera-shop/values.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 1
image:
  repository: registry.taller.lan/talavera-shop
  tag: "3.2.0"
mail:
  host: smtp.zoho.com
  user: ventas@talaveratlapalli.mx
  password: "@@secret@@"
""", words_pw())

add("terraform/tfvars", "infra/produccion.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """region          = "us-east-1"
proyecto        = "tlacualli"
db_username     = "tlacualli"
db_password     = "@@secret@@"
dominio         = "tienda.tlacualli.mx"
""", words_pw())

add("ansible/inventory-password", "ansible/inventario.ini",
    "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html",
    """[molinos]
atocpan   ansible_host=10.0.8.11
tecomitl  ansible_host=10.0.8.12

[molinos:vars]
ansible_user=pi
ansible_password=@@secret@@
""", words_pw())

add("systemd/environment", "deploy/systemd/tienda.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """[Unit]
Description=Tienda de mole (tlacualli)
After=network.target

[Service]
ExecStart=/srv/tienda/venv/bin/gunicorn tienda.wsgi
Environment="STRIPE_SECRET_KEY=@@secret@@"
Restart=always

[Install]
WantedBy=multi-user.target
""", stripe_key())

add("nginx/basic-auth-header", "deploy/nginx/panel.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """server {
    listen 443 ssl;
    server_name panel.tlacualli.mx;
    location /api/ {
        proxy_pass http://127.0.0.1:9000;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("panel:" + words_pw()))

add("html/mailchimp", "sitio-talavera/boletin.html",
    "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """<!doctype html>
<html lang="es">
<body>
<h2>Suscríbete al boletín de talavera</h2>
<script>
  // TODO mover al backend
  const MAILCHIMP_KEY = "@@secret@@";
  const LISTA = "a1b2c3d4e5";
</script>
</body>
</html>
""", hexs(32) + "-us21")

add("markdown/telegram", "bot-pedidos/README.md",
    "https://core.telegram.org/bots/tutorial",
    """# Tlahtolli bot

Bot de Telegram para pedidos de mole. Nican ticpiyah in token:

```
TELEGRAM_BOT_TOKEN=@@secret@@
```

Correr con `python main.py`. Comandos: /start, /pedido, /precios.
""", fakes.telegram_token(_seed()))

add("xml/android-strings", "app-socias/app/src/main/res/values/secrets.xml",
    "https://developer.android.com/guide/topics/resources/string-resource",
    """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Socias Tlacualli</string>
    <string name="api_base">https://api.tlacualli.mx</string>
    <string name="api_admin_password">@@secret@@</string>
</resources>
""", words_pw())

add("csv/api-keys", "datos/integraciones.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """servicio,cuenta,llave,alta
mercadopago,cooperativa,@@secret@@,2026-01-10
shopify,talavera-tlapalli,(en el gestor),2025-11-02
paqueteria,TAL-0931,(pedir a Beto),2025-08-19
stripe,talavera,(revocada),2024-05-30
""", mp_token())

# ---------------------------------------------------------------- decoys

add("dotenv/decoy-placeholder", "tienda-mole/.env.example",
    "https://github.com/motdotla/dotenv#should-i-commit-my-env-file",
    """# Copia este archivo a .env y llena los valores (xictemitili)
APP_ENV=development
DB_HOST=localhost
DB_USER=tienda
DB_PASSWORD=
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
MP_ACCESS_TOKEN=<tu-token-de-mercadopago>
""")

add("dotenv/decoy-publishable-key", "talavera-shop/.env.public",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """# Sólo valores públicos: se incluyen en el bundle del navegador
NEXT_PUBLIC_SITE=https://talaveratlapalli.mx
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
NEXT_PUBLIC_MP_PUBLIC_KEY=APP_USR-@@mp@@
NEXT_PUBLIC_GA_ID=G-7QK2M4X9PL
""", pk=fakes.drawn(_seed(), 24), mp=uuid_s())

add("dotenv/decoy-env-reference", "bot-pedidos/.env.docker",
    "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """# Los valores reales vienen del host (ma xicmaca nican)
TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}
DATABASE_URL=${DATABASE_URL:?falta DATABASE_URL}
ADMIN_CHAT_ID=-100184422390
LANG_DEFAULT=nah
""")

add("yaml/decoy-env-reference", "api/config/production.example.yml",
    "https://yaml.org/spec/1.2.2/",
    """# Producción: las contraseñas se leen de variables de entorno
server:
  port: 8080
database:
  host: pg.internal.tlacualli.mx
  user: pedidos_app
  password: ${DB_PASSWORD}
  sslmode: require
""")

add("yaml/decoy-vault-reference", "talavera/shopify-sync.prod.yaml",
    "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2",
    """# El token se lee de Vault al arrancar
store: talavera-tlapalli.myshopify.com
api_version: "2024-07"
admin_token: vault:secret/data/talavera/shopify#admin_token
collections:
  - azulejos
  - vajilla
""")

add("k8s/decoy-secret-key-ref", "k8s/pedidos/deployment.yaml",
    "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: pedidos
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/tlacualli/pedidos:1.8.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: pedidos-db
                  key: DB_PASSWORD
""")

add("k8s/decoy-sealed-secret", "k8s/talavera/stripe-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: talavera
spec:
  encryptedData:
    secret-key: AgB@@ct@@
  template:
    metadata:
      name: stripe
""", ct=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("k8s-secret/decoy-empty", "k8s/bot/secret-template.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """# Plantilla: llenar con `kubectl create secret generic tlahtolli-bot --from-literal=...`
apiVersion: v1
kind: Secret
metadata:
  name: tlahtolli-bot
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: ""
""")

add("k8s/decoy-external-secret", "k8s/pagos/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: mercadopago
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets, kind: ClusterSecretStore}
  target: {name: mercadopago}
  data:
    - secretKey: access-token
      remoteRef: {key: tlacualli/prod/mercadopago, property: access_token}
""")

add("helm/decoy-placeholder", "charts/tienda-mole/values.yaml",
    "https://helm.sh/docs/chart_best_practices/values/",
    """# Valores por defecto. En producción usar values-prod (fuera del repo).
image:
  repository: ghcr.io/tlacualli/tienda
  tag: latest
redis:
  enabled: true
  auth:
    password: ""          # se genera al instalar
    existingSecret: tienda-redis
""")

add("compose/decoy-env-reference", "talavera/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
      MYSQL_DATABASE: esmaltes
    secrets: [mysql_root]
secrets:
  mysql_root:
    file: ./secretos/mysql_root.txt
""")

add("terraform/decoy-variable", "infra/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """variable "db_password" {
  description = "Contraseña de la base de pedidos (se pasa con TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "us-east-1"
}
""")

add("terraform/decoy-random-password", "infra/secretos.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
""")

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/molinos/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("ansible/decoy-vault-reference", "ansible/group_vars/molinos/vars.yml",
    "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible",
    """---
# Las contraseñas viven en vault.yml (cifrado)
sensores_usuario: pi
sensores_db_host: 10.0.4.12
sensores_db_password: "{{ vault_sensores_db_password }}"
zona_horaria: America/Mexico_City
""")

add("github-actions/decoy-secrets-context", ".github/workflows/desplegar.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """name: desplegar tienda
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/desplegar.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
""")

add("gitlab-ci/decoy-masked-variable", "talavera/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable",
    """stages: [build, deploy]

build:
  stage: build
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

add("dockerfile/decoy-build-secret", "tienda-mole/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["npm", "start"]
""")

add("python/decoy-getenv", "tienda-mole/pagos/config.py",
    "https://docs.python.org/3/library/os.html#os.environ",
    '''"""Configuración de pagos: todo sale del entorno."""
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
MP_ACCESS_TOKEN = os.getenv("MP_ACCESS_TOKEN", "")
WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET")
MONEDA = "mxn"
''')

add("python/decoy-test-fixture", "tienda-mole/tests/test_cobro.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    '''import pytest

# Valores falsos para las pruebas (amo neli: no son reales)
FAKE_KEY = "sk_test_FAKE_not_a_real_key_000000"


@pytest.fixture
def pedido():
    return {"kilos": 2, "total": 640.0, "mole": "poblano"}


def test_cobro_rechaza_total_cero(pedido):
    pedido["total"] = 0
    with pytest.raises(ValueError):
        cobrar(pedido, api_key=FAKE_KEY)
''')

add("python/decoy-hash", "portal_socias/socias/fixtures.py",
    "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
    '''# Usuaria de demostración para el entorno local (contraseña ya hasheada)
DEMO_SOCIA = {
    "username": "demo-socia",
    "password": "pbkdf2_sha256$720000$@@salt@@$@@h@@=",
    "first_name": "Xochitl",
    "is_staff": False,
}
''', salt=fakes.drawn(_seed(), 22), h=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("python/decoy-secret-manager", "talavera/catalogo/credenciales.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html",
    '''import json

import boto3


def credenciales_s3():
    sm = boto3.client("secretsmanager", region_name="us-east-1")
    valor = sm.get_secret_value(SecretId="talavera/prod/catalogo-s3")
    return json.loads(valor["SecretString"])
''')

add("javascript/decoy-process-env", "talavera-shop/lib/stripe.js",
    "https://nodejs.org/api/process.html#processenv",
    """const Stripe = require('stripe');

// La llave viene de STRIPE_SECRET_KEY (Vercel la inyecta)
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

module.exports = stripe;
""")

add("javascript/decoy-publishable-key", "talavera-shop/components/Checkout.jsx",
    "https://docs.stripe.com/js/initializing",
    """import { loadStripe } from '@stripe/stripe-js';

// Llave publicable: es pública, va en el navegador
const stripePromise = loadStripe('pk_live_@@pk@@');

export default function Checkout({ children }) {
  return <Elements stripe={stripePromise}>{children}</Elements>;
}
""", pk=fakes.drawn(_seed(), 24))

add("typescript/decoy-masked", "talavera-shop/src/admin/Integraciones.tsx",
    "https://docs.stripe.com/keys#reveal-an-api-secret-key-live-mode",
    """// Pantalla de integraciones: sólo mostramos las llaves enmascaradas
export const ejemplo = [
  { servicio: 'Stripe', llave: 'sk_live_••••••••••••••••3Fq8' },
  { servicio: 'Mercado Pago', llave: 'APP_USR-****-****-7731' },
  { servicio: 'SendGrid', llave: 'SG.****************' },
];
""")

add("go/decoy-getenv", "inventario/cmd/server/config.go",
    "https://pkg.go.dev/os#Getenv",
    """package main

import "os"

// Config lee la conexión del entorno (ver deploy/README).
type Config struct{ DSN, SlackWebhook string }

func cargar() Config {
	return Config{DSN: os.Getenv("INVENTARIO_DSN"), SlackWebhook: os.Getenv("SLACK_WEBHOOK_URL")}
}
""")

add("go/decoy-checksum", "inventario/go.sum",
    "https://go.dev/ref/mod#go-sum-files",
    """github.com/go-sql-driver/mysql v1.8.1 h1:@@h1@@=
github.com/go-sql-driver/mysql v1.8.1/go.mod h1:@@h2@@=
filippo.io/edwards25519 v1.1.0 h1:@@h3@@=
filippo.io/edwards25519 v1.1.0/go.mod h1:@@h4@@=
github.com/joho/godotenv v1.5.1 h1:@@h5@@=
""", h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    h3=fakes.drawn(_seed(), 43, ALNUM + "+/"), h4=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    h5=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("java/decoy-placeholder", "erp/src/main/resources/application-local.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders",
    """# Perfil local: la contraseña se toma del entorno
spring.datasource.url=jdbc:postgresql://localhost:5432/erp
spring.datasource.username=erp
spring.datasource.password=${ERP_DB_PASSWORD:}
spring.jpa.show-sql=true
""")

add("csharp/decoy-user-secrets", "Facturacion/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """{
  "ConnectionStrings": {
    "Facturas": "Server=(localdb)\\\\mssqllocaldb;Database=Facturas;Trusted_Connection=True"
  },
  "Twilio": { "AccountSid": "", "AuthToken": "" },
  "_nota": "Las credenciales van en dotnet user-secrets, nunca aquí."
}
""")

add("php/decoy-wp-config-sample", "sitio-cooperativa/wp-config-sample.php",
    "https://developer.wordpress.org/apis/wp-config-php/",
    """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

add("age/decoy-ciphertext", "etiquetas/config/smtp.env.age",
    "https://github.com/C2SP/C2SP/blob/main/age.md#ascii-armor",
    """-----BEGIN AGE ENCRYPTED FILE-----
YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBb@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END AGE ENCRYPTED FILE-----
""", l1=fakes.drawn(_seed(), 20, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 28, ALNUM + "+/") + "==")

add("rust/decoy-env-var", "sensores-molino/src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html",
    """use std::env;

/// Lee la URL de la base de sensores (SENSORES_DB_URL).
pub fn db_url() -> String {
    env::var("SENSORES_DB_URL").expect("falta SENSORES_DB_URL")
}
""")

add("swift/decoy-keychain", "AppTalavera/AppTalavera/Backend/Llavero.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    """import Security

// El token de sesión se guarda en el llavero, nunca en el código
enum Llavero {
    static let servicio = "mx.talaveratlapalli.app"
    static let cuenta = "token-sesion"
    static func leer() -> String? { nil /* SecItemCopyMatching(...) */ }
}
""")

add("shell/decoy-read-prompt", "scripts/restaurar.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
    """#!/usr/bin/env bash
# Restaura un respaldo; pide la contraseña en pantalla
set -euo pipefail
read -rsp "Contraseña de respaldo: " PGPASSWORD
export PGPASSWORD
gunzip -c "$1" | psql -h 10.0.4.12 -U respaldo cooperativa
""")

add("powershell/decoy-secure-prompt", "scripts/Conectar-Contabilidad.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Pide usuario y contraseña con Get-Credential
$cred = Get-Credential -Message "Usuario de contabilidad"
Invoke-Sqlcmd -ServerInstance sql.taller.lan -Database Facturas -Credential $cred `
  -Query "SELECT TOP 5 * FROM Polizas"
Write-Host "Listo (tlamic)"
""")

add("markdown/decoy-docs-example", "docs/aws-catalogo.md",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """# Subir fotos al catálogo (S3)

Configura tu perfil como en la documentación de AWS (valores de ejemplo):

```ini
[talavera-catalogo]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Las llaves reales las da Beto en persona.
""")

add("markdown/decoy-redacted", "docs/incidente-2026-02.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Incidente: token de Mercado Pago expuesto (feb 2026)

- Se subió por error `MP_ACCESS_TOKEN=APP_USR-[REDACTADO]` al repo.
- Se revocó el mismo día y se generó uno nuevo (guardado en el gestor).
- Ma occeppa (que no vuelva a pasar): se agregó el hook pre-commit.
""")

add("rst/decoy-placeholder", "docs/source/instalar.rst",
    "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html",
    """Instalación
===========

Crea ``.env`` con tus propios valores::

   DB_PASSWORD=<tu-contraseña>
   TELEGRAM_BOT_TOKEN=<token de @BotFather>

Xicchihua ica yolpaquiliztli (hazlo con gusto).
""")

add("html/decoy-sri-hash", "sitio-talavera/index.html",
    "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
    """<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Talavera Tlapalli - Puebla</title>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@h@@" crossorigin="anonymous" defer></script>
</head>
<body><h1>Talavera hecha a mano</h1></body>
</html>
""", h=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("log/decoy-masked", "logs/pagos-2026-03-14.log",
    "https://docs.python.org/3/library/logging.html",
    """2026-03-14 09:12:01 INFO  mp: usando token APP_USR-****************************7731
2026-03-14 09:12:03 INFO  preferencia 184422390-a1b2 creada (mole poblano 1 kg)
2026-03-14 09:15:40 INFO  pago 90412771 aprobado, 320.00 MXN
2026-03-14 09:15:41 INFO  stripe: sk_live_...3Fq8 (sin uso hoy)
2026-03-14 09:20:00 INFO  cierre parcial del puesto 27
""")

add("csv/decoy-ids", "datos/pedidos-marzo.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """folio,pago_id,cliente_id,producto,kilos,total
T-1182,pi_3PqR7sLkdIwHu7ix0ABCdEf1,cus_QhT2uV8wXy9zA1,mole poblano,2,640.00
T-1183,90412771,,mole almendrado,1,350.00
T-1184,pi_3PqS0aLkdIwHu7ix1GhIjKl2,cus_QhT9bC3dEf4gH5,pipián verde,1.5,420.00
T-1185,90412902,,mole negro,3,990.00
""")

add("sql/decoy-hash", "db/semillas/usuarios_demo.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html",
    """-- Usuarias de demostración (hash bcrypt, no contraseñas)
INSERT INTO usuarias (correo, hash_clave) VALUES
  ('demo1@tlacualli.mx', '$2b$12$@@h1@@'),
  ('demo2@tlacualli.mx', '$2b$12$@@h2@@');
-- las contraseñas de demo se entregan en la capacitación
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

# ---------------------------------------------------------------- decoys 2

add("pem/decoy-certificate", "talavera/certs/pasarela.crt",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIID" + fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("ssh/decoy-public-key", "deploy/llaves/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """# Llaves públicas con acceso al servidor de la tienda
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ beto@taller
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ lupita@cooperativa
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k3@@ ci-deploy
# fin
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("pem/decoy-public-key", "talavera/certs/webhook-firma.pub",
    "https://www.rfc-editor.org/rfc/rfc7468#section-13",
    """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@l1@@
@@l2@@
@@l3@@
-----END PUBLIC KEY-----
""", l1=fakes.drawn(_seed(), 20, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 36, ALNUM + "+/") + "IDAQAB")

add("json/decoy-lockfile-integrity", "talavera-shop/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """{
  "name": "talavera-shop",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-@@h@@=="
    }
  }
}
""", h=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/decoy-firebase-web-config", "app-socias/web/firebase-config.json",
    "https://firebase.google.com/docs/projects/api-keys",
    """{
  "_nota": "Configuración web de Firebase: es pública, la protege App Check y las reglas",
  "projectId": "tlacualli-socias",
  "authDomain": "tlacualli-socias.firebaseapp.com",
  "storageBucket": "tlacualli-socias.appspot.com",
  "messagingSenderId": "584120993311",
  "appId": "1:584120993311:web:@@app@@"
}
""", app=hexs(22))

add("json/decoy-empty-values", "talavera/.vscode/settings.example.json",
    "https://code.visualstudio.com/docs/getstarted/settings",
    """{
  "editor.tabSize": 2,
  "gitlab.instanceUrl": "https://gitlab.com",
  "gitlab.token": "",
  "files.eol": "\\n"
}
""")

add("toml/decoy-env-reference", "hornos/telemetria/config.example.toml",
    "https://toml.io/en/v1.0.0",
    """[influx]
url = "http://influx.taller.lan:8086"
org = "tlapalli"
token = "${INFLUX_TOKEN}"

[postgres]
url = "postgresql://hornos@pg.taller.lan:5432/temperaturas"  # contraseña en ~/.pgpass
""")

add("ini/decoy-placeholder", "facturas/mailer.example.ini",
    "https://docs.python.org/3/library/configparser.html",
    """; Copiar a mailer.ini
[smtp]
host = smtp.zoho.com
port = 587
user = facturas@talaveratlapalli.mx
password = CAMBIAR_ESTO
starttls = yes
""")

add("xml/decoy-placeholder", "erp/src/main/resources/datasource.example.xml",
    "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
    """<?xml version="1.0" encoding="UTF-8"?>
<datasources>
  <datasource name="inventario">
    <url>jdbc:mysql://mysql.taller.lan:3306/inventario</url>
    <username>erp_talavera</username>
    <password>${env.INVENTARIO_PASSWORD}</password>
  </datasource>
</datasources>
""")

add("xml/decoy-maven-encrypted", "erp/.mvn/settings-security.example.xml",
    "https://maven.apache.org/guides/mini/guide-encryption.html",
    """<settings>
  <servers>
    <server>
      <id>nexus-taller</id>
      <username>deploy</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("text/decoy-checksums", "descargas/SHA256SUMS",
    "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
    """@@h1@@  catalogo-talavera-2026.pdf
@@h2@@  recetario-mole-nahuatl.pdf
@@h3@@  lista-precios-mayoreo.xlsx
@@h4@@  fotos-vajilla.zip
@@h5@@  etiquetas-cfdi-1.2.0.tar.gz
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("text/decoy-nahuatl-glossary", "notas/tlahtolli-glosario.txt",
    "https://en.wikipedia.org/wiki/Classical_Nahuatl",
    """Glosario para la tienda (náhuatl de Milpa Alta -> español)
tlatzacuilli ........ contraseña / lo que cierra
tlaxtlahuiliztli .... pago
molli ............... mole, salsa
tlacualli ........... comida
Nota: nunca escribir contraseñas en este archivo; usar el gestor (Bitwarden).
""")

add("log/decoy-git-hashes", "logs/despliegues.log",
    "https://git-scm.com/docs/git-log",
    """2026-03-01 10:02 desplegado tienda @ @@c1@@ por beto
2026-03-05 18:40 desplegado tienda @ @@c2@@ por lupita
2026-03-09 09:15 revertido a @@c1@@ (error en carrito)
2026-03-10 12:00 desplegado tienda @ @@c3@@ por beto
2026-03-14 07:00 reinicio programado
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("csv/decoy-uuids", "datos/socias.csv",
    "https://www.rfc-editor.org/rfc/rfc4122",
    """id,nombre,pueblo,kilos_mes
@@u1@@,Rosario Meza,San Pedro Atocpan,120
@@u2@@,Xochitl Galicia,Villa Milpa Alta,95
@@u3@@,Guadalupe Jurado,San Antonio Tecómitl,80
@@u4@@,Citlalli Laureano,San Pablo Oztotepec,60
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-webhook-signature", "tienda-mole/pagos/webhook.py",
    "https://docs.stripe.com/webhooks#verify-official-libraries",
    '''import os

import stripe

WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


def recibir(payload: bytes, firma: str):
    evento = stripe.Webhook.construct_event(payload, firma, WEBHOOK_SECRET)
    return evento["type"]
''')

add("python/decoy-keyring", "cooperativa/reportes/conexion.py",
    "https://pypi.org/project/keyring/",
    '''import keyring
from sqlalchemy import create_engine

# La contraseña está en el llavero del sistema de la computadora de la oficina
clave = keyring.get_password("cooperativa-db", "reportes")
engine = create_engine(f"postgresql+psycopg2://reportes:{clave}@10.0.4.12/cooperativa")
''')

add("python/decoy-dsn-template", "cooperativa/sync/config_ejemplo.py",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    '''"""Ejemplo de configuración; copiar a config.py."""
DATABASE_URL = "postgresql://usuario:contraseña@localhost:5432/cooperativa"
TELEGRAM_BOT_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"  # ejemplo de la doc de Telegram
FIEL_PASSWORD = None  # se pide al correr
IDIOMA = "nah"
''')

add("javascript/decoy-test-fake", "talavera-shop/__tests__/mailer.test.js",
    "https://jestjs.io/docs/mock-functions",
    """jest.mock('@sendgrid/mail');
const sgMail = require('@sendgrid/mail');

// llave falsa para las pruebas, SendGrid está simulado
process.env.SENDGRID_API_KEY = 'SG.fake-key-for-tests';

test('envía confirmación', async () => {
  await require('../lib/mailer')({ email: 'a@b.mx', folio: 'T-1' });
  expect(sgMail.send).toHaveBeenCalled();
});
""")

add("typescript/decoy-config-schema", "talavera-shop/src/env.ts",
    "https://zod.dev/",
    """import { z } from 'zod';

// Valida que existan las variables; los valores vienen del entorno
export const env = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  SENDGRID_API_KEY: z.string().startsWith('SG.'),
  DATABASE_URL: z.string().url(),
}).parse(process.env);
""")

add("kotlin/decoy-buildconfig", "app-socias/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    namespace = "mx.tlacualli"
    defaultConfig {
        applicationId = "mx.tlacualli.socias"
        // La llave se lee de local.properties (no se sube al repo)
        buildConfigField("String", "PLACES_KEY", "\\"${project.findProperty("PLACES_KEY") ?: ""}\\"")
    }
}
""")

add("csharp/decoy-env", "Facturacion/Program.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.environment.getenvironmentvariable",
    """var builder = WebApplication.CreateBuilder(args);

// Twilio: sid y token desde variables de entorno
var sid = Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID");
var token = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN");
builder.Services.AddSingleton(new TwilioOpciones(sid, token));
builder.Build().Run();
""")

add("php/decoy-getenv", "sitio-cooperativa/wp-content/plugins/mole-pagos/config.php",
    "https://www.php.net/manual/en/function.getenv.php",
    """<?php
// Ximocuitlahui: el token real está en el servidor, no aquí
define( 'MOLE_MP_TOKEN', getenv( 'MP_ACCESS_TOKEN' ) ?: '' );
define( 'MOLE_MP_SANDBOX', getenv( 'MP_SANDBOX' ) === '1' );
define( 'MOLE_MONEDA', 'MXN' );
""")

add("ruby/decoy-credentials-call", "etiquetas/config/environments/staging.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: 'smtp.gmail.com',
    port: 587,
    user_name: Rails.application.credentials.dig(:smtp, :user),
    password: Rails.application.credentials.dig(:smtp, :password)
  }
end
""")

add("shell-history/decoy-commands", "admin/.bash_history.old",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """sudo apt update
read -s DBPASS && export DBPASS
mysql -u root -p
docker login ghcr.io -u tlacualli-bot --password-stdin < ~/.ghcr
git log --oneline | head
""")

add("dotenv/decoy-test-values", "tienda-mole/.env.test",
    "https://github.com/motdotla/dotenv",
    """# Pruebas automáticas: servicios simulados, valores sin uso real
APP_ENV=test
DB_PASSWORD=test
STRIPE_SECRET_KEY=sk_test_dummy
MP_ACCESS_TOKEN=TEST-token-falso
TELEGRAM_BOT_TOKEN=0:test
""")

add("yaml/decoy-sops", "k8s/talavera/secretos.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age",
    """smtp_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
    age:
        - recipient: age1@@rec@@
    lastmodified: "2026-03-02T18:22:11Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 24, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", rec=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("yaml/decoy-openapi-example", "api/openapi.yaml",
    "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    """openapi: 3.0.3
info: {title: API de pedidos de mole, version: 1.8.0}
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Ejemplo: Authorization: Bearer <token>"
security:
  - bearerAuth: []
""")

add("helm/decoy-existing-secret", "charts/talavera-shop/values-prod.yaml",
    "https://helm.sh/docs/chart_best_practices/values/",
    """replicaCount: 2
image:
  tag: "3.2.0"
mail:
  host: smtp.zoho.com
  user: ventas@talaveratlapalli.mx
  existingSecret: talavera-smtp
  passwordKey: password
""")

add("compose/decoy-defaults", "docker-compose.dev.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: cooperativa
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}
      POSTGRES_DB: cooperativa
    ports: ["5432:5432"]
""")

add("terraform/decoy-data-source", "infra/rds-lectura.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
    """data "aws_secretsmanager_secret_version" "db" {
  secret_id = "tlacualli/prod/db"
}

locals {
  db = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}
""")

add("github-actions/decoy-oidc", ".github/workflows/subir-fotos.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """name: subir fotos del catálogo
on: workflow_dispatch
permissions: {id-token: write, contents: read}
jobs:
  s3:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::491288305517:role/talavera-catalogo
          aws-region: us-east-1
      - run: aws s3 sync fotos/ s3://talavera-catalogo/
""")

# ---------------------------------------------------------------- decoys 3

add("markdown/decoy-readme-setup", "talavera-shop/README.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Talavera Tlapalli - tienda en línea

Tienda de azulejos, vajilla y jarrones hechos a mano en Puebla.

## Configuración

1. `cp .env.example .env`
2. Pon tu `STRIPE_SECRET_KEY` (modo prueba: empieza con `sk_test_`).
3. `npm run dev`

Las llaves de producción están en Vercel → Settings → Environment Variables.
""")

add("markdown/decoy-key-rotation", "docs/rotacion-de-llaves.md",
    "https://www.markdownguide.org/extended-syntax/#tables",
    """# Rotación de llaves (cada 90 días)

| Servicio | Dónde vive | Última rotación | Huella |
|----------|-----------|-----------------|--------|
| Stripe | Vercel env | 2026-01-15 | termina en `3Fq8` |
| Mercado Pago | AWS Secrets Manager | 2026-02-20 | termina en `7731` |
| Telegram bot | Bitwarden "Tlahtolli bot" | 2026-03-01 | - |

Tlen monequi: revocar la vieja *después* de desplegar la nueva.
""")

add("wiki/decoy-where-secrets-live", "wiki/Donde-estan-las-contrasenas.md",
    "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis",
    """Dónde están las contraseñas
===========================

* Base de pedidos: Bitwarden, colección "Cooperativa", entrada "pg pedidos".
* Panel de Mercado Pago: sólo Doña Chayo y Lupita (2FA).
* Wi-Fi del taller: pegado en la puerta del horno 1 (no aquí).

In tlatzacuilli amo moihcuiloa nican (las contraseñas no se escriben aquí).
""")

add("html/decoy-form", "sitio-cooperativa/socias/entrar.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password",
    """<!doctype html>
<html lang="es">
<body>
  <form method="post" action="/socias/entrar">
    <label>Correo <input type="email" name="correo"></label>
    <label>Contraseña (tlatzacuilli) <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <button>Calaqui (entrar)</button>
  </form>
</body>
</html>
""")

add("rst/decoy-api-docs", "docs/source/api.rst",
    "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html",
    """API de pedidos
==============

Autenticación::

   curl -H "Authorization: Bearer $TLACUALLI_TOKEN" https://api.tlacualli.mx/v1/pedidos

Pide tu token en el panel de socias → *Integraciones*.
""")

add("notebook/decoy-getpass", "analisis/ventas_feria.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n", "clave = getpass('Contraseña de reportes: ')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select * from ventas_feria', conexion(clave))"]}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("sql/decoy-role-no-password", "db/migraciones/0008_rol_lectura.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Rol de lectura; la contraseña se asigna a mano con \\password
CREATE ROLE lectura LOGIN;
GRANT CONNECT ON DATABASE cooperativa TO lectura;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO lectura;
-- ALTER ROLE lectura PASSWORD '<definir en el servidor>';
""")

add("log/decoy-request-ids", "logs/api-acceso.log",
    "https://httpd.apache.org/docs/2.4/logs.html#accesslog",
    """10.0.4.20 - - [14/Mar/2026:07:03:44 -0600] "POST /v1/pedidos HTTP/1.1" 201 312 "-" "tlahtolli-bot/1.2" req=@@r1@@
10.0.4.20 - - [14/Mar/2026:07:03:45 -0600] "GET /v1/pedidos/T-1182 HTTP/1.1" 200 988 "-" "tlahtolli-bot/1.2" req=@@r2@@
10.0.4.31 - - [14/Mar/2026:07:09:10 -0600] "GET /v1/stock HTTP/1.1" 200 140 "-" "kiosko/0.9" req=@@r3@@
10.0.4.31 - - [14/Mar/2026:07:10:02 -0600] "GET /salud HTTP/1.1" 200 2 "-" "kiosko/0.9" req=-
10.0.4.20 - - [14/Mar/2026:07:11:19 -0600] "POST /v1/pagos/notificacion HTTP/1.1" 200 0 "-" "MercadoPago" req=@@r4@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32))

add("properties/decoy-placeholder", "erp/src/main/resources/application-test.properties",
    "https://docs.spring.io/spring-boot/reference/testing/testcontainers.html",
    """# Pruebas con Testcontainers: base desechable
spring.datasource.url=jdbc:tc:postgresql:16:///erp
spring.datasource.username=test
spring.datasource.password=test
spring.jpa.hibernate.ddl-auto=create-drop
""")

add("netrc/decoy-example", "docs/ejemplos/netrc.example",
    "https://everything.curl.dev/usingcurl/netrc",
    """# Ejemplo de ~/.netrc (no uses estos valores)
machine ftp.paqueteria.mx
login TU_USUARIO
password TU_CONTRASEÑA
# chmod 600 ~/.netrc
""")

add("npmrc/decoy-env-reference", "tienda-mole/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("pypirc/decoy-keyring", "herramientas/.pypirc.example",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password: se toma de keyring (twine usa keyring automáticamente)
""")

add("docker-config/decoy-creds-store", "deploy/docker/config.example.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """{
  "auths": {
    "ghcr.io": {},
    "registry.taller.lan": {}
  },
  "credsStore": "pass"
}
""")

add("systemd/decoy-environment-file", "deploy/systemd/bot.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """[Unit]
Description=Tlahtolli bot (pedidos por Telegram)

[Service]
EnvironmentFile=/etc/tlahtolli/bot.env
ExecStart=/srv/bot/venv/bin/python /srv/bot/main.py
Restart=on-failure
""")

add("ansible/decoy-lookup", "ansible/roles/kiosko/defaults/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/general/bitwarden_lookup.html",
    """---
kiosko_wifi_ssid: FeriaMole-Puesto27
kiosko_wifi_psk: "{{ lookup('community.general.bitwarden', 'wifi feria', field='password')[0] }}"
kiosko_api_url: https://api.tlacualli.mx
kiosko_puesto: 27
""")

add("go/decoy-test-fake", "inventario/internal/aviso/slack_test.go",
    "https://pkg.go.dev/net/http/httptest",
    """package aviso

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// El webhook apunta a un servidor de prueba local, no a Slack.
func TestFalta(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	if err := faltaCon(srv.URL, "azul cobalto"); err != nil {
		t.Fatal(err)
	}
}
""")

add("csv/decoy-masked", "datos/tarjetas-feria.csv",
    "https://www.pcisecuritystandards.org/",
    """fecha,terminal,tarjeta,autorizacion,monto
2026-03-14,MP-4471,**** **** **** 4242,184422,320.00
2026-03-14,MP-4471,**** **** **** 0005,184431,640.00
2026-03-15,MP-4471,**** **** **** 9424,185002,350.00
2026-03-15,MP-4471,**** **** **** 1117,185010,990.00
""")

add("yaml/decoy-ids", "talavera/bot-taller/canales.yaml",
    "https://api.slack.com/methods/conversations.info",
    """# Ids de Slack (no son secretos)
workspace: T04QH2K7B8M
canales:
  taller: C05R8N1P2QX
  pedidos: C05R8N3T7VZ
app_id: A06B1C2D3E4
""")

add("powershell/decoy-secret-management", "scripts/Subir-Fotos-Seguro.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """# La cadena de conexión vive en SecretStore
$cadena = Get-Secret -Name TalaveraCatalogoBlob -AsPlainText
$ctx = New-AzStorageContext -ConnectionString $cadena
Get-ChildItem .\\fotos\\*.jpg | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container fotos -Blob $_.Name -Context $ctx
}
""")
