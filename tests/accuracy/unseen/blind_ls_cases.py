"""Blind set LS: an Aymara quinoa co-operative by Lake Titicaca and a La Paz cable-car ticketing app.

The co-operative "Jupha Suma" (Achacachi, Huarina, Copacabana) ships its harvest-weighing, payments
and export paperwork; its sister team builds "Thakhi Pasaje", a ticketing app for the cable-car lines
(Línea Roja, Amarilla, Verde, Azul, Morada...). Notes and comments are partly in Aymara and Spanish.
Secret files and decoys. Generated fakes only (seeds 6820000-6829999).
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
_SEED = [6820000]
SEED_MIN, SEED_MAX = 6820000, 6829999


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_MIN <= _SEED[0] <= SEED_MAX
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Jupha", "Quta", "Illimani", "Wiphala", "Yapu", "Qhana", "Taypi", "Chuqi", "Wayna", "Pacha",
         "Inti", "Phaxsi", "Lari", "Kuntur", "Wari", "Suma", "Achachila", "Ajayu", "Tunupa", "Jach"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand(n: int = 20, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def pw() -> str:
    return fakes.password(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox_sk() -> str:
    return "sk.eyJ1Ijoi" + rand(40) + "." + rand(22)


def mapbox_pk() -> str:
    return "pk.eyJ1Ijoi" + rand(40) + "." + rand(22)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"svc-thakhi","iat":%d}' % _rng().randint(1700000000, 1790000000)).encode()).decode().rstrip("=")
    return head + "." + body + "." + rand(43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def uuid4() -> str:
    return fakes.uuid4(_seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mp_token() -> str:
    r = _rng()
    return f"APP_USR-{r.randint(10**15, 10**16)}-{r.randint(100000, 999999)}-{hexs(32)}-{r.randint(10**8, 10**9)}"


def mp_public() -> str:
    return "APP_USR-" + uuid4()


def wg_key() -> str:
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields["s"] = secret
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-ls/{category}", file_name, text, secret, source))


DOC_ENV = "https://github.com/motdotla/dotenv#readme"
DOC_YAML = "https://yaml.org/spec/1.2.2/"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
DOC_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
DOC_JS = "https://nodejs.org/api/process.html#processenv"
DOC_GO = "https://go.dev/ref/spec"
DOC_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOC_KT = "https://kotlinlang.org/docs/basic-syntax.html"
DOC_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
DOC_PHP = "https://www.php.net/manual/en/language.types.string.php"
DOC_RB = "https://guides.rubyonrails.org/configuring.html"
DOC_RS = "https://doc.rust-lang.org/reference/tokens.html"
DOC_SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_MD = "https://spec.commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/rst.html"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_IPYNB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
DOC_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
DOC_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_WG = "https://www.wireguard.com/quickstart/"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_MP = "https://www.mercadopago.com.ar/developers/en/docs/checkout-api/integration-configuration"
DOC_STRIPE = "https://docs.stripe.com/keys"
DOC_SLACK = "https://api.slack.com/messaging/webhooks"
DOC_TWILIO = "https://www.twilio.com/docs/iam/api/authtoken"
DOC_MAPBOX = "https://docs.mapbox.com/accounts/guides/tokens/"
DOC_FIREBASE = "https://firebase.google.com/docs/projects/api-keys"
DOC_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"

# ---------------------------------------------------------------- secrets: env files

add("env/postgres", "juphasuma-api/.env", DOC_ENV, """\
# Jupha Suma cooperativa - api de pesaje (balanza)
# jichhüru: mayampi lanti password uka qhipa simana
APP_ENV=production
DB_HOST=10.20.4.11
DB_PORT=5432
DB_NAME=pesaje
DB_USER=balanza_app
DB_PASSWORD=@@s@@
TZ=America/La_Paz
""", words_pw())

add("env/stripe", "thakhi-pasaje/backend/.env.production", DOC_STRIPE, """\
NODE_ENV=production
PORT=8080
# Línea Roja / Amarilla / Verde - cobro con tarjeta
STRIPE_SECRET_KEY=@@s@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
TICKET_CURRENCY=BOB
""", stripe(), pk=stripe("pk_live_"))

add("env/mercadopago", "thakhi-pasaje/payments/.env", DOC_MP, """\
# Mercado Pago - pasaje QR
MP_PUBLIC_KEY=@@pub@@
MP_ACCESS_TOKEN="@@s@@"
MP_WEBHOOK_PATH=/hooks/mp
# jan github ukar apkatamti (no subir)
""", mp_token(), pub=mp_public())

add("env/aws", "juphasuma-export/.env.local", DOC_AWS, """\
# certificados de exportación (SENASAG, orgánico) -> S3
AWS_REGION=sa-east-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
EXPORT_BUCKET=juphasuma-certificados
""", aws_secret(), kid=aws_id())

add("env/twilio", "thakhi-pasaje/notify/.env", DOC_TWILIO, """\
# SMS: "Pasajeman yatiyawi" - aviso de recarga
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+15005550006
SMS_LANG=ay,es
""", hexs(32), sid=twilio_sid())

add("env/sendgrid", "juphasuma-web/.env", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """\
SITE_URL=https://juphasuma.coop.bo
MAIL_FROM=yatiyawi@juphasuma.coop.bo
SENDGRID_API_KEY=@@s@@
# yuspagara - boletín mensual a socios
NEWSLETTER_LIST=socios-achacachi
""", sendgrid())

add("env/redis-url", "thakhi-pasaje/queue/.env.staging", "https://redis.io/docs/latest/develop/connect/cli/", """\
QUEUE_DRIVER=redis
REDIS_URL=redis://:@@s@@@redis-staging.thakhi.internal:6379/2
QUEUE_NAME=validaciones-torniquete
WORKERS=4
SENTRY_ENVIRONMENT=staging
""", fakes.redis_password(_seed()))

add("env/django", "juphasuma-socios/.env", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """\
DJANGO_SETTINGS_MODULE=socios.settings.prod
DJANGO_SECRET_KEY='@@s@@'
DJANGO_ALLOWED_HOSTS=socios.juphasuma.coop.bo
# uka socios ukan qullqi apnaqañapataki
DJANGO_DEBUG=0
""", fakes.django_secret_key(_seed()))

add("env/openai", "thakhi-pasaje/chatbot/.env", "https://platform.openai.com/docs/api-reference/authentication", """\
# asistente "Kamisaki" - responde en aymara y castellano
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
BOT_GREETING="Kamisaki! Kuna thakhis munta?"
MAX_TOKENS=400
""", fakes.openai_key(_seed()))

add("env/telegram", "juphasuma-bot/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
# bot de precios de quinua para yapuchiri (agricultores)
TELEGRAM_BOT_TOKEN=@@s@@
PRICE_FEED=https://precios.juphasuma.coop.bo/api/v1/juyra
CHAT_ADMIN=-1001234567890
LANG=ay_BO.UTF-8
""", fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- decoys: env files

add("env/decoy-placeholder", "juphasuma-api/.env.example", DOC_ENV, """\
# Jupha Suma - copiar a .env y completar (jan aka qillqatar chiqpach password uñt'ayamti)
APP_ENV=development
DB_HOST=localhost
DB_PORT=5432
DB_NAME=pesaje
DB_USER=balanza_app
DB_PASSWORD=<tu-password-aqui>
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

add("env/decoy-empty", "thakhi-pasaje/backend/.env.test", DOC_ENV, """\
NODE_ENV=test
PORT=0
STRIPE_SECRET_KEY=
STRIPE_PUBLISHABLE_KEY=
MP_ACCESS_TOKEN=
# pruebas: pasarela simulada, jan qullqi
PAYMENTS_FAKE=1
""")

add("env/decoy-publishable", "thakhi-pasaje/web/.env.production", DOC_STRIPE, """\
# claves públicas (van al navegador) - jan jamasatäkiti
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MP_PUBLIC_KEY=@@mp@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_API_BASE=https://api.thakhi.bo
""", pk=stripe("pk_live_"), mp=mp_public(), mb=mapbox_pk())

add("env/decoy-interpolation", "juphasuma-export/.env.docker", DOC_COMPOSE, """\
# docker compose lee estas del entorno del host (vault agent las escribe)
AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}
AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:?falta la clave}
DB_PASSWORD=${PESAJE_DB_PASSWORD}
EXPORT_BUCKET=juphasuma-certificados
""")

# ---------------------------------------------------------------- secrets: code

add("python/postgres-dsn", "juphasuma-api/pesaje/db.py", DOC_PG, """\
\"\"\"Conexión a la base de pesaje (balanza de Achacachi).\"\"\"
import psycopg2

# jichhax mä sapa DSN, qharürux vault-ar apkatañäni
DSN = "postgresql://balanza_app:@@s@@@10.20.4.11:5432/pesaje?sslmode=require"


def conectar():
    return psycopg2.connect(DSN)
""", words_pw())

add("python/aws-boto3", "juphasuma-export/subir_certificados.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
import boto3

# Subir certificados orgánicos (PDF) para el contenedor a Rotterdam
s3 = boto3.client(
    "s3",
    region_name="sa-east-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def subir(ruta, clave):
    s3.upload_file(ruta, "juphasuma-certificados", clave)
""", aws_secret(), kid=aws_id())

add("python/slack-webhook", "juphasuma-api/alertas.py", DOC_SLACK, """\
import json
import urllib.request

# balanza jan irnaqkchixa (si la balanza deja de reportar) avisar al canal #yapu
WEBHOOK = "@@s@@"


def avisar(texto):
    cuerpo = json.dumps({"text": ":warning: " + texto}).encode()
    req = urllib.request.Request(WEBHOOK, cuerpo, {"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", slack_hook())

_pw = words_pw()
add("python/split-password", "juphasuma-api/pesaje/legacy_mssql.py", "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows", """\
import pyodbc

# sistema contable antiguo (Huarina) - qhipa marana apsuñani
CONN = ("DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.20.9.5;DATABASE=Contable;"
        "UID=quinua_ro;PWD=@@a@@"
        "@@b@@;Encrypt=no")


def leer_socios():
    with pyodbc.connect(CONN) as c:
        return c.execute("SELECT id, nombre, comunidad FROM socios").fetchall()
""", _pw, a=_pw[:6], b=_pw[6:])

add("python/telegram-call", "juphasuma-bot/bot.py", "https://core.telegram.org/bots/api", """\
from telegram.ext import ApplicationBuilder, CommandHandler


async def precio(update, context):
    await update.message.reply_text("Jichhüru juyra: 780 Bs/qq (quintal)")

app = ApplicationBuilder().token("@@s@@").build()
app.add_handler(CommandHandler("precio", precio))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("python/jwt-secret", "thakhi-pasaje/validador/settings.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", """\
# Validador de QR en torniquetes (Taypi Uta, Ajayuni, Qhana Pata)
QR_ISSUER = "thakhi-pasaje"
QR_TTL_SECONDS = 90
# HMAC para firmar el QR del pasaje - jamasata imaña!
QR_SIGNING_SECRET = "@@s@@"
TURNSTILE_IDS = ["TU-01", "TU-02", "AJ-01", "QP-03"]
""", rand(48))

add("python/mapbox-secret", "thakhi-pasaje/tools/descargar_tiles.py", DOC_MAPBOX, """\
import requests

# teselas offline de las líneas (Roja, Amarilla, Verde) para la app sin señal
TOKEN = "@@s@@"
URL = "https://api.mapbox.com/tilesets/v1/thakhi.lineas?access_token=" + TOKEN

r = requests.get(URL, timeout=30)
r.raise_for_status()
print(r.json())
""", mapbox_sk())

add("python/basic-auth", "juphasuma-export/senasag_cliente.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """\
import requests

# Portal de certificados fitosanitarios (cuenta de la cooperativa)
SESSION = requests.Session()
SESSION.auth = ("juphasuma.export", "@@s@@")


def lote(numero):
    return SESSION.get(f"https://portal.example-senasag.bo/api/lotes/{numero}").json()
""", words_pw())

add("ipynb/postgres", "juphasuma-analisis/rendimiento_2024.ipynb", DOC_IPYNB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Rendimiento de juyra por comunidad (2024)\\n", "Achacachi, Huarina, Copacabana"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n",
              "eng = create_engine('postgresql://analista:@@s@@@10.20.4.11/pesaje')\\n",
              "df = pd.read_sql('select * from cosechas', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("js/stripe", "thakhi-pasaje/backend/src/pagos/stripe.js", "https://docs.stripe.com/api/authentication", """\
// Cobro de recargas de tarjeta "Thakhi" (Bs 3 por tramo)
const Stripe = require('stripe');
// TODO: process.env-ar apkataña (pasar a variable de entorno)
const stripe = Stripe('@@s@@');

async function cobrarRecarga(monto, tarjeta) {
  return stripe.paymentIntents.create({ amount: monto * 100, currency: 'bob', payment_method: tarjeta });
}

module.exports = { cobrarRecarga };
""", stripe())

add("js/mongodb-uri", "thakhi-pasaje/backend/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const mongoose = require('mongoose');

// validaciones de torniquete (Línea Morada) - jach'a colección
const uri = 'mongodb+srv://thakhi_rw:@@s@@@cluster0.ab1cd.mongodb.net/validaciones?retryWrites=true';

module.exports = () => mongoose.connect(uri, { maxPoolSize: 20 });
""", rand(24))

add("ts/firebase-admin", "thakhi-pasaje/functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", """\
import * as admin from 'firebase-admin';

// cuenta de servicio pegada aquí por apuro - mayampi lurañani
const privateKey = `@@s@@`;

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'thakhi-pasaje',
    clientEmail: 'firebase-adminsdk@thakhi-pasaje.iam.gserviceaccount.com',
    privateKey,
  }),
});
""", pem())

add("ts/discord-webhook", "juphasuma-web/src/lib/pedidos.ts", "https://discord.com/developers/docs/resources/webhook", """\
// nuevos pedidos de exportadores -> canal del directorio
const HOOK = '@@s@@';

export async function avisarPedido(comprador: string, quintales: number) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Machaq pedido: ${comprador} - ${quintales} qq juyra` }),
  });
}
""", discord_hook())

add("ts/sendgrid", "thakhi-pasaje/backend/src/mail.ts", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs", """\
import sgMail from '@sendgrid/mail';

sgMail.setApiKey(
  '@@s@@'
);

export const enviarRecibo = (to: string, html: string) =>
  sgMail.send({ to, from: 'recibos@thakhi.bo', subject: 'Recibo de recarga / Qullqi churata', html });
""", sendgrid())

add("go/postgres", "thakhi-pasaje/torniquete/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """\
package store

import (
\t"context"

\t"github.com/jackc/pgx/v5/pgxpool"
)

// torniquete uka mantañ mistuñ qillqatanaka (entradas/salidas)
const dsn = "postgres://torniquete:@@s@@@db.thakhi.internal:5432/pasajes"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
\treturn pgxpool.New(ctx, dsn)
}
""", words_pw())

add("go/github-token", "thakhi-pasaje/tools/release/main.go", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """\
package main

import (
\t"net/http"
\t"os"
)

func main() {
\treq, _ := http.NewRequest("POST", "https://api.github.com/repos/thakhi/app/releases", os.Stdin)
\treq.Header.Set("Authorization", "Bearer @@s@@")
\treq.Header.Set("Accept", "application/vnd.github+json")
\thttp.DefaultClient.Do(req)
}
""", ghp())

add("java/properties", "thakhi-pasaje/recargas/src/main/resources/application-prod.properties", DOC_JAVA, """\
# Servicio de recargas - Línea Amarilla / Verde
server.port=8081
spring.datasource.url=jdbc:postgresql://db.thakhi.internal:5432/recargas
spring.datasource.username=recargas
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
""", words_pw())

add("java/hardcoded-key", "thakhi-pasaje/recargas/src/main/java/bo/thakhi/recargas/MercadoPagoConfig.java", DOC_MP, """\
package bo.thakhi.recargas;

import com.mercadopago.MercadoPagoConfig;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MercadoPagoSetup {
    // jan aka luraña: token de producción en el código (ticket #88)
    static {
        MercadoPagoConfig.setAccessToken("@@s@@");
    }
}
""", mp_token())

add("kotlin/api-key", "thakhi-pasaje/android/app/src/main/java/bo/thakhi/app/net/Api.kt", DOC_KT, """\
package bo.thakhi.app.net

// cliente del backend de pasajes; kamachi: clave de servidor, no de app
object Api {
    const val BASE = "https://api.thakhi.bo/v2/"
    const val SERVER_KEY = "@@s@@"
    const val TIMEOUT_S = 15L
}
""", "thk_live_" + rand(32))

add("csharp/appsettings", "thakhi-pasaje/kiosko/appsettings.Production.json", DOC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Kiosko": "Server=sql.thakhi.internal;Database=Kioskos;User Id=kiosko_svc;Password=@@s@@;TrustServerCertificate=True"
  },
  "Kiosko": { "Estacion": "Taypi Uta", "Impresora": "EPSON-TM20" }
}
""", words_pw())

add("csharp/code", "thakhi-pasaje/kiosko/Servicios/ImpresoraNube.cs", DOC_CS, """\
using System.Net.Http;

namespace Thakhi.Kiosko.Servicios
{
    // impresión de boletos en los kioskos de la estación Ajayuni
    public class ImpresoraNube
    {
        private const string ApiKey = "@@s@@";
        private readonly HttpClient _http = new HttpClient();

        public ImpresoraNube() => _http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }
}
""", rand(40))

add("php/config", "juphasuma-web/config/database.php", DOC_PHP, """\
<?php
// Sitio de la cooperativa - tienda en línea de juyra (quinua real)
return [
    'driver'   => 'mysql',
    'host'     => '127.0.0.1',
    'database' => 'tienda_juphasuma',
    'username' => 'tienda',
    'password' => '@@s@@',
    'charset'  => 'utf8mb4',
];
""", words_pw())

add("php/smtp", "juphasuma-web/includes/correo.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """\
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.gmail.com';
$mail->SMTPAuth = true;
$mail->Username = 'ventas.juphasuma@gmail.com';
$mail->Password = '@@s@@';   // contraseña de aplicación
$mail->Port = 587;
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("ruby/credentials", "juphasuma-socios-rb/config/initializers/twilio.rb", DOC_TWILIO, """\
# Avisos por SMS a los socios: "Arumanti balanza jist'antatawa" (mañana la balanza está cerrada)
Twilio.configure do |config|
  config.account_sid = '@@sid@@'
  config.auth_token  = '@@s@@'
end
""", hexs(32), sid=twilio_sid())

add("ruby/database-yml", "juphasuma-socios-rb/config/database.yml", DOC_RB, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: socios_production
  username: socios
  password: "@@s@@"
  host: 10.20.4.12
""", words_pw())

add("rust/const", "thakhi-pasaje/lector-nfc/src/config.rs", DOC_RS, """\
//! Lector NFC de tarjetas en torniquetes (firmware gateway)
pub const GATEWAY_URL: &str = "https://gw.thakhi.internal/v1/taps";
/// clave del gateway; jan yaqhanakar uñacht'ayamti
pub const GATEWAY_TOKEN: &str = "@@s@@";
pub const RETRY: u32 = 3;
""", "gw_" + rand(40))

add("swift/api", "thakhi-pasaje/ios/Thakhi/Config/Secrets.swift", DOC_SWIFT, """\
import Foundation

// ⚠️ este archivo debía estar en .gitignore
enum Secrets {
    static let googleMapsKey = "@@s@@"
    static let apiBase = URL(string: "https://api.thakhi.bo/v2")!
}
""", google_key())

add("shell/export", "juphasuma-export/scripts/respaldo.sh", DOC_SH, """\
#!/usr/bin/env bash
# respaldo diario de la base de pesaje -> S3 (sapa uru, 02:00)
set -euo pipefail
export PGPASSWORD='@@s@@'
pg_dump -h 10.20.4.11 -U respaldo pesaje | gzip > /var/backups/pesaje-$(date +%F).sql.gz
aws s3 cp /var/backups/pesaje-$(date +%F).sql.gz s3://juphasuma-respaldos/
""", words_pw())

add("shell/curl-bearer", "thakhi-pasaje/scripts/cargar_tarifas.sh", DOC_SH, """\
#!/bin/sh
# carga de tarifas nuevas (Bs 3 / Bs 5 transbordo)
curl -sS -X PUT https://api.thakhi.bo/v2/admin/tarifas \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  --data @tarifas-2025.json
""", jwt_like())

add("shell/heredoc", "juphasuma-api/deploy/instalar.sh", DOC_SH, """\
#!/bin/bash
# instalar balanza-api en el servidor de Achacachi
set -e
cat > /etc/balanza/secret.env <<EOF
DB_PASSWORD=@@s@@
BALANZA_PUERTO=/dev/ttyUSB0
EOF
chmod 600 /etc/balanza/secret.env
systemctl restart balanza-api
""", words_pw())

add("powershell/credential", "thakhi-pasaje/kiosko/deploy/Instalar-Kiosko.ps1", DOC_PS, """\
# Instala el servicio del kiosko en Windows (estaciones de Línea Roja)
$usuario = 'THAKHI\\svc-kiosko'
$clave = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($usuario, $clave)
New-Service -Name KioskoThakhi -BinaryPathName 'C:\\Thakhi\\Kiosko.exe' -Credential $cred
Start-Service KioskoThakhi
""", words_pw())

add("powershell/storage-key", "thakhi-pasaje/kiosko/deploy/Subir-Logs.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", """\
# sube los registros del kiosko a Azure (cada noche)
$ctx = New-AzStorageContext -StorageAccountName 'thakhilogs' `
  -StorageAccountKey '@@s@@'
Get-ChildItem C:\\Thakhi\\logs\\*.log | ForEach-Object {
  Set-AzStorageBlobContent -File $_.FullName -Container kiosko -Context $ctx
}
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

# ---------------------------------------------------------------- secrets: configs and deploy

add("k8s-secret/base64-password", "thakhi-pasaje/k8s/prod/secret-db.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: pasajes-db
  namespace: thakhi-prod
  labels:
    app: torniquete
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", _pw2 := words_pw(), u=b64("torniquete"), p=b64(_pw2))

add("k8s-secret/string-data", "juphasuma-api/k8s/secret-balanza.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: balanza-api
  namespace: juphasuma
type: Opaque
stringData:
  # uka qhipa lanti: 2025-03 (jallu pacha)
  SENDGRID_API_KEY: "@@s@@"
""", sendgrid())

add("k8s-secret/dockerconfig", "thakhi-pasaje/k8s/prod/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: thakhi-prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _pw3 := rand(32), cfg=b64('{"auths":{"registry.gitlab.com":{"username":"thakhi-deploy","password":"%s"}}}' % _pw3))

add("k8s/env-literal", "thakhi-pasaje/k8s/prod/deploy-recargas.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: recargas
  namespace: thakhi-prod
spec:
  replicas: 3
  selector:
    matchLabels: {app: recargas}
  template:
    metadata:
      labels: {app: recargas}
    spec:
      containers:
        - name: recargas
          image: registry.gitlab.com/thakhi/recargas:2.8.1
          env:
            - name: MP_ACCESS_TOKEN
              value: "@@s@@"
            - name: LINEAS
              value: "roja,amarilla,verde,azul,naranja,blanca,celeste,morada,cafe,plateada"
""", mp_token())

add("helm/values", "thakhi-pasaje/charts/validador/values-prod.yaml", DOC_HELM, """\
replicaCount: 4
image:
  repository: registry.gitlab.com/thakhi/validador
  tag: "3.1.0"
redis:
  enabled: true
  auth:
    password: "@@s@@"
ingress:
  host: validador.thakhi.bo
""", fakes.redis_password(_seed()))

add("compose/environment", "juphasuma-api/docker-compose.yml", DOC_COMPOSE, """\
services:
  balanza-api:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgresql://balanza_app:@@s@@@db:5432/pesaje
    depends_on: [db]
  db:
    image: postgres:16
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata: {}
""", words_pw())

add("compose/mysql-root", "juphasuma-web/docker-compose.prod.yml", DOC_COMPOSE, """\
services:
  tienda:
    image: juphasuma/tienda:1.4
    ports: ["80:80"]
  mysql:
    image: mysql:8.0
    environment:
      - MYSQL_DATABASE=tienda_juphasuma
      - MYSQL_ROOT_PASSWORD=@@s@@
""", words_pw())

add("terraform/provider", "thakhi-pasaje/infra/main.tf", DOC_TF, """\
# Infra de Thakhi Pasaje (sa-east-1) - jiwasan lurawisa
provider "aws" {
  region     = "sa-east-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "recibos" {
  bucket = "thakhi-recibos-prod"
}
""", aws_secret(), kid=aws_id())

add("terraform/tfvars", "juphasuma-infra/prod.tfvars", DOC_TF, """\
region         = "sa-east-1"
db_instance    = "db.t4g.small"
db_username    = "pesaje_admin"
db_password    = "@@s@@"
# socios ukanakan yatiyawipa - jan chhaqtayañataki
backup_days    = 14
""", words_pw())

add("ansible/vars", "juphasuma-infra/ansible/group_vars/balanzas.yml", DOC_ANSIBLE, """\
---
# balanzas de las comunidades (Achacachi, Huarina, Santiago de Huata)
balanza_usuario: balanza
balanza_mqtt_host: mqtt.juphasuma.coop.bo
balanza_mqtt_user: balanzas
balanza_mqtt_password: "@@s@@"
balanza_intervalo_s: 30
""", words_pw())

add("ansible/task", "juphasuma-infra/ansible/roles/wifi/tasks/main.yml", DOC_ANSIBLE, """\
---
- name: Configurar wifi del galpón de acopio (jupha imaña uta)
  community.general.nmcli:
    conn_name: acopio
    type: wifi
    ssid: JuphaSuma-Acopio
    wifi_sec:
      key-mgmt: wpa-psk
      psk: "@@s@@"
    state: present
""", words_pw())

add("github-actions/inline", "thakhi-pasaje/.github/workflows/deploy.yml", DOC_GHA, """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publicar imagen
        run: |
          echo "@@s@@" | docker login registry.gitlab.com -u thakhi-ci --password-stdin
          docker build -t registry.gitlab.com/thakhi/recargas:${{ github.sha }} .
          docker push registry.gitlab.com/thakhi/recargas:${{ github.sha }}
""", gitlab())

add("gitlab-ci/variables", "juphasuma-api/.gitlab-ci.yml", DOC_GITLAB, """\
stages: [test, deploy]
variables:
  POSTGRES_DB: pesaje
  POSTGRES_USER: ci
  DEPLOY_SSH_HOST: achacachi.juphasuma.coop.bo
  SLACK_WEBHOOK_URL: "@@s@@"
test:
  stage: test
  script: [pip install -r requirements.txt, pytest -q]
deploy:
  stage: deploy
  script: [./deploy/instalar.sh]
""", slack_hook())

add("dockerfile/env", "thakhi-pasaje/chatbot/Dockerfile", DOC_DOCKER, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# asistente Kamisaki
ENV OPENAI_API_KEY=@@s@@
CMD ["python", "-m", "kamisaki"]
""", fakes.openai_key(_seed()))

add("dockerfile/build-arg", "juphasuma-web/Dockerfile", DOC_DOCKER, """\
FROM node:20-alpine AS build
WORKDIR /src
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm .npmrc
COPY . .
RUN npm run build
""", npm())

add("yaml/app-config", "thakhi-pasaje/validador/config/prod.yaml", DOC_YAML, """\
# validador de QR - producción
estaciones:
  - Taypi Uta
  - Ajayuni
  - Qhana Pata
  - Jach'a Qhathu
mqtt:
  host: mqtt.thakhi.internal
  user: validador
  password: @@s@@
""", words_pw())

add("toml/config", "thakhi-pasaje/lector-nfc/gateway.toml", DOC_TOML, """\
[gateway]
url = "https://gw.thakhi.internal/v1/taps"
estacion = "Chuqi Apu"

[auth]
# lanti sapa phaxsi (rotar cada mes)
api_key = "@@s@@"
""", "gw_" + rand(40))

add("ini/odbc", "juphasuma-api/deploy/odbc.ini", DOC_INI, """\
[Contable]
Driver = ODBC Driver 18 for SQL Server
Server = 10.20.9.5
Database = Contable
UID = quinua_ro
PWD = @@s@@
""", words_pw())

add("json/service-account", "juphasuma-analisis/credenciales/gcp-bigquery.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "juphasuma-analisis",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "bigquery-loader@juphasuma-analisis.iam.gserviceaccount.com",
  "client_id": "104839201847362019384",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("xml/settings", "thakhi-pasaje/recargas/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>thakhi-nexus</id>
      <username>ci-recargas</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("xml/web-config", "thakhi-pasaje/kiosko-legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- kiosko viejo de la Línea Roja -->
    <add name="Kiosko" connectionString="Data Source=10.30.1.4;Initial Catalog=Kioskos;User ID=kiosko;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

add("gradle/properties", "thakhi-pasaje/android/gradle.properties", DOC_GRADLE, """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# firma de la app (Play Store)
THAKHI_UPLOAD_STORE_FILE=thakhi-upload.jks
THAKHI_UPLOAD_KEY_ALIAS=upload
THAKHI_UPLOAD_STORE_PASSWORD=@@s@@
""", words_pw())

add("npmrc/token", "juphasuma-web/.npmrc", DOC_NPMRC, """\
registry=https://registry.npmjs.org/
@juphasuma:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", npm())

add("wireguard/private-key", "juphasuma-infra/wg/achacachi.conf", DOC_WG, """\
# túnel balanza Achacachi <-> servidor La Paz
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.juphasuma.coop.bo:51820
AllowedIPs = 10.20.0.0/16
""", wg_key(), pub=wg_key())

add("ssh/private-key", "juphasuma-infra/deploy/id_ed25519_deploy", DOC_SSH, "@@s@@\n", fakes.fake_pem(_seed(), "OPENSSH"))

add("pgpass/line", "juphasuma-infra/deploy/pgpass", DOC_PG, """\
# hostname:port:database:username:password
10.20.4.11:5432:pesaje:respaldo:@@s@@
10.20.4.11:5432:socios:respaldo:@@s@@
localhost:5432:*:postgres:*
# arumanti lanti (cambiar mañana)
""", words_pw())

add("netrc/login", "thakhi-pasaje/ci/netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """\
machine gitlab.com
  login thakhi-ci
  password @@s@@
machine api.thakhi.bo
  login deploy
""", gitlab())

add("nginx/basic-header", "thakhi-pasaje/infra/nginx/recargas.conf", DOC_NGINX, """\
server {
    listen 443 ssl;
    server_name recargas.thakhi.bo;
    location /interno/ {
        # backend viejo pide Basic
        proxy_set_header Authorization "Basic @@s@@";
        proxy_pass http://10.30.1.8:8080/;
    }
}
""", b64("recargas:" + words_pw()))

# ---------------------------------------------------------------- secrets: notes, docs, logs, data

add("markdown/runbook-table", "juphasuma-api/docs/runbook-balanza.md", DOC_MD, """\
# Runbook: balanza de Achacachi

Balanza jan irnaqkchixa (si la balanza no responde):

1. Reiniciar `balanza-api` (`systemctl restart balanza-api`).
2. Revisar el puerto `/dev/ttyUSB0`.

| Servicio | Usuario | Contraseña |
|----------|---------|------------|
| MQTT balanzas | balanzas | `@@s@@` |

Jallalla! Yuspagara.
""", words_pw())

add("markdown/readme-curl", "thakhi-pasaje/README.md", DOC_MD, """\
# Thakhi Pasaje

App de pasajes para Mi Teleférico (Línea Roja, Amarilla, Verde...).

## Probar la API

```bash
curl -H "X-Api-Key: @@s@@" https://api.thakhi.bo/v2/estaciones
```

Kamisaki jilata, kullaka - cualquier duda en #thakhi-dev.
""", "thk_live_" + rand(32))

add("markdown/onboarding-sentence", "juphasuma-web/docs/bienvenida.md", DOC_MD, """\
# Bienvenida al equipo web de Jupha Suma

Suma uru! Para entrar al panel de la tienda (WooCommerce):

- usuario: `admin.tienda`
- la contraseña es @@s@@ (la cambia Marisol cada jallu pacha)

Ante cualquier cosa, preguntar en el grupo de WhatsApp "Jupha Suma Web".
""", words_pw())

add("rst/deploy-doc", "thakhi-pasaje/docs/despliegue.rst", DOC_RST, """\
Despliegue del validador
========================

Aka qillqata: cómo desplegar el validador en las estaciones.

.. code-block:: bash

   export VALIDADOR_TOKEN=@@s@@
   ./desplegar.sh --estacion "Qhana Pata"

Ver también :doc:`torniquetes`.
""", jwt_like())

add("html/admin-page", "juphasuma-web/public/admin/estado.html", DOC_HTML, """\
<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Estado de balanzas</title></head>
<body>
  <h1>Balanzanaka (balanzas)</h1>
  <div id="mapa"></div>
  <script>
    const CLAVE_ADMIN = "@@s@@";
    fetch("/api/balanzas", { headers: { "X-Admin-Key": CLAVE_ADMIN } }).then(r => r.json()).then(console.log);
  </script>
</body>
</html>
""", rand(36))

add("wiki/credentials-page", "juphasuma-wiki/Accesos-del-servidor.md", DOC_MD, """\
## Accesos del servidor de La Paz

Aka panqanx jamasataw (esta página es privada, pero igual):

* Host: `lpz1.juphasuma.coop.bo`
* Usuario root de MariaDB: `root` / `@@s@@`
* Panel del proveedor: ver con Don Félix

_Última edición: 2024-11-02_
""", words_pw())

add("notes/meeting", "juphasuma-notas/2024-09-12-reunion-directorio.txt", DOC_MD, """\
Reunión de directorio - 12/09/2024 - Achacachi
Jutirinaka: Doña Justina, Don Félix, Marisol, Wilmer

1. Precio de la juyra real: 780 Bs/qq.
2. Exportación a Países Bajos: contenedor en octubre.
3. Wilmer lanti AWS clave: AKIA nueva ya está en el servidor;
   la secreta es @@s@@
4. Jutir tantachawi: 10/10.
""", aws_secret())

add("notes/todo", "thakhi-pasaje/NOTAS.txt", DOC_MD, """\
PENDIENTES (Wara)
- [x] QR dinámico en torniquete
- [ ] arreglar recargas que duplican
- [ ] sacar esto de aquí!! token del bot de soporte: @@s@@
- [ ] traducir pantallas al aymara: "Pasaje alaña", "Qullqi churaña"
- [ ] Línea Celeste: nuevos horarios
""", slack_bot())

add("shell-history/mysql", "juphasuma-infra/historial/bash_history.txt", DOC_SH, """\
cd /srv/tienda
git pull
docker compose ps
mysql -h 127.0.0.1 -u root -p'@@s@@' tienda_juphasuma
ls -la /var/backups
exit
""", words_pw())

add("shell-history/export", "thakhi-pasaje/ops/historial-wara.txt", DOC_SH, """\
  501  kubectl get pods -n thakhi-prod
  502  kubectl logs recargas-7d9c -n thakhi-prod | tail
  503  export GITHUB_TOKEN=@@s@@
  504  gh release create v2.8.1 --notes "recargas: arreglo duplicados"
  505  unset GITHUB_TOKEN
""", ghp())

add("log/connection-error", "thakhi-pasaje/logs/recargas-2025-02-03.log", DOC_LOG, """\
2025-02-03 06:00:01 INFO  recargas iniciando (Línea Amarilla)
2025-02-03 06:00:02 INFO  conectando a amqp://recargas:@@s@@@mq.thakhi.internal:5672/pasajes
2025-02-03 06:00:07 ERROR amqp: connection refused, reintento 1/5
2025-02-03 06:00:12 INFO  conectado
2025-02-03 06:01:44 INFO  recarga 884213 ok (Bs 20)
""", words_pw())

add("log/debug-header", "juphasuma-bot/logs/bot-debug.log", DOC_LOG, """\
DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.sendgrid.com:443
DEBUG mail request headers={'Authorization': 'Bearer @@s@@', 'Content-Type': 'application/json'}
DEBUG urllib3.connectionpool https://api.sendgrid.com:443 "POST /v3/mail/send HTTP/1.1" 202 0
INFO  boletín enviado a 412 socios (Achacachi, Huarina)
INFO  yuspagara
""", sendgrid())

add("csv/accounts", "juphasuma-infra/inventario/cuentas.csv", DOC_CSV, """\
servicio,usuario,clave,responsable,notas
wifi acopio,,ver ansible,Wilmer,
correo ventas,ventas.juphasuma@gmail.com,@@s@@,Marisol,contraseña de aplicación
panel hosting,juphasuma,(en vault),Don Félix,
balanza huarina,admin,,Wilmer,sin clave aún
""", words_pw())

add("sql/create-role", "juphasuma-api/migraciones/0007_rol_reportes.sql", DOC_SQL, """\
-- rol de solo lectura para reportes de cosecha (Power BI)
-- uka jaqinakax uñjañakiw (solo pueden mirar)
CREATE ROLE reportes LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE pesaje TO reportes;
GRANT USAGE ON SCHEMA public TO reportes;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reportes;
""", words_pw())

add("sql/insert-config", "thakhi-pasaje/db/seeds/020_pasarelas.sql", DOC_SQL, """\
-- pasarelas de pago activas
INSERT INTO pasarelas (nombre, modo, credencial, activa) VALUES
  ('mercadopago', 'produccion', '@@s@@', true),
  ('efectivo', 'kiosko', NULL, true);
-- qr simple BNB: pendiente
""", mp_token())

add("python/json-in-string", "thakhi-pasaje/tools/probar_webhook.py", DOC_PY, """\
import json
import os

# configuración de prueba copiada del panel; mayampi uñakipaña
CONF = json.loads('{"pasarela": "stripe", "webhook_secret": "@@s@@", "moneda": "BOB"}')

if __name__ == "__main__":
    print(CONF["pasarela"], os.getcwd())
""", "whsec_" + rand(32))

add("go/split-lines", "juphasuma-api/cmd/exportar/main.go", DOC_GO, """\
package main

import "fmt"

// clave del portal de compradores (Países Bajos)
var portalKey = "@@a@@" +
\t"@@b@@"

func main() {
\tfmt.Println("exportando lote", len(portalKey))
}
""", _k := "cprt_live_" + rand(36), a=_k[:20], b=_k[20:])

add("yaml/mobile-ci", "thakhi-pasaje/ios/fastlane/Appfile.yml", "https://docs.fastlane.tools/app-store-connect-api/", """\
app_identifier: bo.thakhi.app
apple_id: ios@thakhi.bo
app_store_connect_api_key:
  key_id: "9QJ2K4LM7P"
  issuer_id: "@@iss@@"
  key: |
    @@k@@
""", _ec := pem("EC"), k=_ec.replace("\n", "\n    "), iss=uuid4())

add("ipynb/openai", "thakhi-pasaje/chatbot/experimentos/traduccion_aymara.ipynb", DOC_IPYNB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Traducción de avisos al aymara\\n", "\\"Estación cerrada\\" -> \\"Estación jist'antatawa\\""]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@s@@\\")\\n",
              "r = client.responses.create(model='gpt-4o-mini', input='Traduce al aymara: Bienvenido')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("json/package-scripts", "juphasuma-web/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", """\
{
  "name": "juphasuma-tienda",
  "version": "1.4.0",
  "private": true,
  "scripts": {
    "dev": "vite",
    "deploy": "SFTP_PASS='@@s@@' node scripts/subir.js --host lpz1.juphasuma.coop.bo"
  }
}
""", words_pw())

add("json/vscode-sftp", "juphasuma-web/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
    "name": "Servidor La Paz",
    "host": "lpz1.juphasuma.coop.bo",
    "protocol": "sftp",
    "port": 22,
    "username": "deploy",
    "password": "@@s@@",
    "remotePath": "/srv/tienda",
    "uploadOnSave": true
}
""", words_pw())

add("yaml/spring", "thakhi-pasaje/recargas/src/main/resources/application.yml", DOC_JAVA, """\
spring:
  application:
    name: recargas
  rabbitmq:
    host: mq.thakhi.internal
    username: recargas
    password: '@@s@@'
thakhi:
  lineas: [roja, amarilla, verde]
""", words_pw())

add("env/datadog", "thakhi-pasaje/infra/datadog.env", "https://docs.datadoghq.com/account_management/api-app-keys/", """\
DD_SITE=datadoghq.com
DD_API_KEY=@@s@@
DD_ENV=prod
DD_SERVICE=validador
DD_TAGS=linea:morada,estacion:taypi-uta
""", hexs(32))

add("env/gitlab-runner", "thakhi-pasaje/ci/runner.env", "https://docs.gitlab.com/runner/register/", """\
# runner en la sala de servidores de la estación Chuqi Apu
CI_SERVER_URL=https://gitlab.com/
RUNNER_NAME=chuqi-apu-01
RUNNER_TOKEN=@@s@@
RUNNER_EXECUTOR=docker
""", fakes.fake("glrt-", 20, _seed()))

add("env/pypi", "juphasuma-analisis/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
# paquete juyra-rendimiento (herramientas de la cooperativa)
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("python/github-fine-grained", "juphasuma-analisis/scripts/sincronizar_issues.py", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
from github import Github

# sincroniza pedidos de socios (issues) con la planilla
g = Github("@@s@@")
repo = g.get_repo("juphasuma/pedidos")
for issue in repo.get_issues(state="open"):
    print(issue.number, issue.title)
""", fakes.github_fine_grained_token(_seed()))

add("js/google-maps-server", "thakhi-pasaje/backend/src/rutas/distancias.js", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """\
// cálculo de trasbordos entre líneas (servidor, clave sin restricción!)
const axios = require('axios');
const KEY = '@@s@@';

exports.distancia = (origen, destino) =>
  axios.get('https://maps.googleapis.com/maps/api/distancematrix/json', {
    params: { origins: origen, destinations: destino, mode: 'walking', key: KEY },
  });
""", google_key())

add("php/stripe", "juphasuma-web/includes/pago.php", DOC_STRIPE, """\
<?php
require 'vendor/autoload.php';
// cobro de pedidos de quinua en línea (compradores extranjeros)
\\Stripe\\Stripe::setApiKey('@@s@@');
$intent = \\Stripe\\PaymentIntent::create(['amount' => $_POST['monto'], 'currency' => 'usd']);
echo json_encode(['client_secret' => $intent->client_secret]);
""", stripe("rk_live_"))

add("kotlin/gradle-kts", "thakhi-pasaje/android/app/build.gradle.kts", DOC_GRADLE, """\
android {
    namespace = "bo.thakhi.app"
    defaultConfig {
        applicationId = "bo.thakhi.app"
        buildConfigField("String", "MP_ACCESS_TOKEN", "\\"@@s@@\\"")
    }
    signingConfigs { create("release") { storeFile = file("thakhi-upload.jks") } }
}
""", mp_token())

add("swift/plist", "thakhi-pasaje/ios/Thakhi/Info-Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>SoporteSlackToken</key>
  <string>@@s@@</string>
</dict>
</plist>
""", slack_bot())

add("ruby/sidekiq", "juphasuma-socios-rb/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """\
# colas de avisos a socios (SMS, correo)
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@s@@@10.20.4.13:6379/0' }
end
Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@s@@@10.20.4.13:6379/0' }
end
""", fakes.redis_password(_seed()))

add("rust/dotenv-fallback", "thakhi-pasaje/lector-nfc/src/main.rs", DOC_RS, """\
use std::env;

fn main() {
    // jan utjkchixa (si no existe) usamos la de desarrollo... que es la de prod :(
    let db = env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://lector:@@s@@@db.thakhi.internal/pasajes".to_string());
    println!("lector NFC listo ({} bytes)", db.len());
}
""", words_pw())

add("powershell/azure-sp", "juphasuma-infra/scripts/Conectar-Azure.ps1", DOC_PS, """\
# respaldo de fotos de parcelas (yapu) a Azure
$tenant = '@@t@@'
$appId  = '@@a@@'
$secret = ConvertTo-SecureString -String '@@s@@' -AsPlainText -Force
$cred = New-Object PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""", rand(3) + "8Q~" + rand(34, ALNUM + "_.-~"), t=uuid4(), a=uuid4())

add("shell/ssh-heredoc-key", "juphasuma-infra/scripts/preparar_balanza.sh", DOC_SH, """\
#!/bin/bash
# prepara una balanza nueva (Raspberry) con la llave del servidor
mkdir -p ~/.ssh
cat > ~/.ssh/id_rsa <<'LLAVE'
@@s@@
LLAVE
chmod 600 ~/.ssh/id_rsa
""", pem())

add("markdown/issue", "thakhi-pasaje/docs/incidentes/2025-01-torniquetes.md", DOC_MD, """\
# Incidente: torniquetes de Ajayuni rechazan QR (2025-01-14)

**Causa:** el validador perdió la clave HMAC tras el reinicio.
**Arreglo temporal:** se puso a mano en el pod:

    kubectl set env deploy/validador QR_SIGNING_SECRET=@@s@@ -n thakhi-prod

**Pendiente:** volver a sacar la clave del Secret. Jallalla equipo.
""", rand(48))

# ---------------------------------------------------------------- secrets: more carriers

add("git-credentials/url", "juphasuma-infra/deploy/git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://wilmer.mamani:@@s@@@gitlab.com
# balanza-firmware mirror (Huarina): usa la llave SSH de deploy, sin token aquí
https://deploy-balanza@gitlab.com
# jan aka qillqata yaqhanakar churamti
# no compartir este archivo
""", gitlab())

add("docker-config/auth", "thakhi-pasaje/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """\
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
""", b64("thakhi-ci:" + rand(28)))

add("composer/auth-json", "juphasuma-web/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "juphasuma",
            "password": "@@s@@"
        }
    }
}
""", rand(40, HEX))

add("rclone/config", "juphasuma-infra/rclone/rclone.conf", "https://rclone.org/s3/", """\
[respaldos]
type = s3
provider = AWS
region = sa-east-1
access_key_id = @@kid@@
secret_access_key = @@s@@
# fotos de yapunaka (parcelas) y actas
""", aws_secret(), kid=aws_id())

add("nuget/config", "thakhi-pasaje/kiosko/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSourceCredentials>
    <thakhi-feed>
      <add key="Username" value="kiosko-ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </thakhi-feed>
  </packageSourceCredentials>
</configuration>
""", rand(52, string.ascii_lowercase + string.digits))

add("kubeconfig/token", "thakhi-pasaje/ops/kubeconfig-wara.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: thakhi-prod
    cluster: {server: "https://k8s.thakhi.internal:6443"}
users:
  - name: wara
    user:
      token: @@s@@
contexts:
  - name: prod
    context: {cluster: thakhi-prod, user: wara}
current-context: prod
""", jwt_like())

add("cron/inline", "juphasuma-infra/cron/respaldo", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# sapa uru 02:00 respaldo (cada día)
SHELL=/bin/bash
0 2 * * * respaldo PGPASSWORD='@@s@@' pg_dump -h 10.20.4.11 -U respaldo pesaje | gzip > /var/backups/pesaje.sql.gz
30 2 * * * respaldo aws s3 cp /var/backups/pesaje.sql.gz s3://juphasuma-respaldos/
# fin
""", words_pw())

add("systemd/environment", "juphasuma-api/deploy/balanza-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=API de balanzas Jupha Suma
After=network-online.target

[Service]
User=balanza
Environment="MQTT_URL=mqtts://balanzas:@@s@@@mqtt.juphasuma.coop.bo:8883"
ExecStart=/opt/balanza/bin/balanza-api
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("airflow/connection", "juphasuma-analisis/airflow/dags/cosechas.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """\
import os
from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator

os.environ["AIRFLOW_CONN_PESAJE"] = "postgres://analista:@@s@@@10.20.4.11:5432/pesaje"

with DAG("cosechas_diarias", start_date=datetime(2024, 3, 1), schedule="@daily") as dag:
    PostgresOperator(task_id="resumen", postgres_conn_id="pesaje", sql="sql/resumen.sql")
""", words_pw())

add("laravel/app-key", "juphasuma-web/.env.production", "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Jupha Suma Tienda"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_URL=https://tienda.juphasuma.coop.bo
LOG_CHANNEL=daily
""", wg_key())

add("log/smtp-auth-plain", "juphasuma-bot/logs/smtp-trace.log", "https://www.rfc-editor.org/rfc/rfc4616", """\
2025-03-01 07:12:03 S: 220 smtp.gmail.com ESMTP ready
2025-03-01 07:12:03 C: EHLO bot.juphasuma.coop.bo
2025-03-01 07:12:03 S: 250-AUTH LOGIN PLAIN XOAUTH2
2025-03-01 07:12:04 C: AUTH PLAIN @@s@@
2025-03-01 07:12:04 S: 235 2.7.0 Accepted
2025-03-01 07:12:05 C: QUIT
""", b64("\0ventas.juphasuma@gmail.com\0" + fakes.drawn(_seed(), 16, string.ascii_lowercase)))

add("env/mailgun", "thakhi-pasaje/notify/.env.mailgun", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/", """\
MAILGUN_DOMAIN=mg.thakhi.bo
MAILGUN_API_KEY=key-@@s@@
MAIL_FROM="Thakhi Pasaje <no-responder@thakhi.bo>"
MAIL_REPLY_TO=soporte@thakhi.bo
# pasajeronakar yatiyawi (avisos a pasajeros)
""", hexs(32))

add("yaml/sentry-auth", "thakhi-pasaje/.sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """\
defaults:
  org: thakhi
  project: app-android
auth:
  token: @@s@@
# sube mapas de símbolos tras cada release
""", "sntrys_" + rand(60))

add("json/expo", "thakhi-pasaje/app-rn/eas-secrets.json", "https://docs.expo.dev/accounts/programmatic-access/", """\
{
  "EXPO_TOKEN": "@@s@@",
  "profile": "production",
  "nota": "Wara: jan git ukar apkatamti (no subir al git)"
}
""", rand(40, ALNUM + "_-"))

add("csharp/twilio", "thakhi-pasaje/kiosko/Servicios/Sms.cs", DOC_TWILIO, """\
using Twilio;

namespace Thakhi.Kiosko.Servicios
{
    public static class Sms
    {
        // aviso de "tarjeta jani qullqini" (tarjeta sin saldo)
        public static void Init() => TwilioClient.Init("@@sid@@", "@@s@@");
    }
}
""", hexs(32), sid=twilio_sid())

add("java/jdbc-url", "juphasuma-reportes/src/main/java/coop/juphasuma/Reportes.java", "https://jdbc.postgresql.org/documentation/use/", """\
package coop.juphasuma;

import java.sql.Connection;
import java.sql.DriverManager;

public class Reportes {
    // reporte anual para la asamblea (jach'a tantachawi)
    private static final String URL = "jdbc:postgresql://10.20.4.11:5432/pesaje?user=reportes&password=@@s@@";

    public static Connection abrir() throws Exception { return DriverManager.getConnection(URL); }
}
""", words_pw())

add("go/slack-token", "thakhi-pasaje/tools/turnos/main.go", "https://api.slack.com/authentication/token-types", """\
package main

import "github.com/slack-go/slack"

// publica los turnos de mantenimiento de cabinas (Línea Verde)
func main() {
\tapi := slack.New("@@s@@")
\tapi.PostMessage("#mantenimiento", slack.MsgOptionText("Jichhüru turno: Wilmer, Wara", false))
}
""", slack_bot())

add("python/twilio-api-key", "thakhi-pasaje/notify/enviar.py", DOC_TWILIO, """\
from twilio.rest import Client

# clave API (SK...) + secreto; la cuenta principal queda aparte
client = Client("SK@@sk@@", "@@s@@", "@@sid@@")
client.messages.create(to="+59170000000", from_="+15005550006",
                       body="Thakhi: recargaman suma lurasiwa (recarga exitosa)")
""", rand(32), sk=hexs(32), sid=twilio_sid())

add("yaml/docker-compose-mongo", "thakhi-pasaje/docker-compose.dev.yml", DOC_COMPOSE, """\
services:
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: thakhi
      MONGO_INITDB_ROOT_PASSWORD: "@@s@@"
    ports: ["27017:27017"]
  # ojo: este compose también lo usa el servidor de staging
""", words_pw())

add("ini/supervisor", "juphasuma-bot/deploy/supervisord.conf", "http://supervisord.org/configuration.html", """\
[program:juphasuma-bot]
command=/opt/bot/venv/bin/python bot.py
directory=/opt/bot
environment=TELEGRAM_BOT_TOKEN="@@s@@",LANG="ay_BO.UTF-8"
autorestart=true
user=bot
""", fakes.telegram_token(_seed()))

add("ruby/soap-password", "juphasuma-socios-rb/lib/impuestos/cliente.rb", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", """\
# facturación electrónica (servicio SOAP) - Jupha Suma
module Impuestos
  ENVELOPE = <<~XML
    <wsse:UsernameToken>
      <wsse:Username>juphasuma_fact</wsse:Username>
      <wsse:Password>@@s@@</wsse:Password>
    </wsse:UsernameToken>
  XML
end
""", words_pw())

add("markdown/slack-hook-doc", "juphasuma-api/docs/alertas.md", DOC_MD, """\
# Alertas de la balanza

Las alertas van al canal `#yapu`. Para probar a mano:

```
curl -X POST -H 'Content-type: application/json' \\
  --data '{"text":"balanza Huarina: jan irnaqkiti"}' \\
  @@s@@
```
""", slack_hook())

add("helm/set-flag", "thakhi-pasaje/ops/instalar-grafana.sh", "https://helm.sh/docs/helm/helm_install/", """\
#!/bin/sh
# tableros de afluencia por estación (Taypi Uta, Qhana Pata...)
helm upgrade --install grafana grafana/grafana -n monitoreo \\
  --set adminUser=admin \\
  --set adminPassword='@@s@@' \\
  --set persistence.enabled=true
""", words_pw())

add("properties/mail", "juphasuma-reportes/src/main/resources/mail.properties", DOC_JAVA, """\
# envío del reporte anual a socios
mail.smtp.host=smtp.gmail.com
mail.smtp.port=587
mail.smtp.user=reportes.juphasuma@gmail.com
mail.smtp.password=@@s@@
mail.smtp.starttls.enable=true
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("terraform/variable-default", "thakhi-pasaje/infra/variables.tf", DOC_TF, """\
variable "db_password" {
  description = "Contraseña de la base de pasajes"
  type        = string
  sensitive   = true
  default     = "@@s@@"
}
""", words_pw())

# ---------------------------------------------------------------- decoys: code

add("python/decoy-env-reference", "juphasuma-api/pesaje/config.py", DOC_PY, """\
import os

# jichhax taqi kunas entorno ukat juti (todo viene del entorno)
DB_PASSWORD = os.environ["PESAJE_DB_PASSWORD"]
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY", "")
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL")
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]
""")

add("python/decoy-secret-manager", "juphasuma-export/secretos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager.html", """\
import json

import boto3

SECRET_ID = "arn:aws:secretsmanager:sa-east-1:493817260451:secret:juphasuma/export/db-Xa81Qe"


def db_password():
    sm = boto3.client("secretsmanager", region_name="sa-east-1")
    return json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])["password"]
""")

add("python/decoy-test-fixture", "thakhi-pasaje/validador/tests/test_qr.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

from validador.qr import firmar, verificar

# clave FALSA solo para pruebas - jan chiqpachäkiti
CLAVE_PRUEBA = "clave-de-prueba-no-usar-en-produccion"


@pytest.fixture
def qr():
    return firmar({"linea": "roja", "estacion": "Taypi Uta"}, CLAVE_PRUEBA)


def test_verifica(qr):
    assert verificar(qr, CLAVE_PRUEBA)
""")

add("python/decoy-hash", "juphasuma-api/pesaje/integridad.py", "https://docs.python.org/3/library/hashlib.html", """\
import hashlib

# sha256 del firmware oficial de la balanza v2.3 (para verificar antes de instalar)
FIRMWARE_SHA256 = "@@h@@"


def verificar(ruta):
    with open(ruta, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest() == FIRMWARE_SHA256
""", h=hexs(64))

add("python/decoy-password-prompt", "juphasuma-api/scripts/crear_usuario.py", "https://docs.python.org/3/library/getpass.html", """\
import getpass

from pesaje.usuarios import crear

nombre = input("Suti (nombre): ")
password = getpass.getpass("Password machaqa (nueva): ")
confirm = getpass.getpass("Mayampi (repetir): ")
if password != confirm:
    raise SystemExit("jan kikpakiti (no coinciden)")
crear(nombre, password)
""")

add("python/decoy-uuid-ids", "thakhi-pasaje/validador/estaciones.py", DOC_PY, """\
# identificadores de estaciones (no son secretos, van impresos en los torniquetes)
ESTACIONES = {
    "Taypi Uta": "@@a@@",
    "Ajayuni": "@@b@@",
    "Qhana Pata": "@@c@@",
    "Jach'a Qhathu": "@@d@@",
}
""", a=uuid4(), b=uuid4(), c=uuid4(), d=uuid4())

add("js/decoy-env-reference", "thakhi-pasaje/backend/src/config.js", DOC_JS, """\
// configuración: todo desde variables de entorno (ver .env.example)
module.exports = {
  stripeSecret: process.env.STRIPE_SECRET_KEY,
  mpAccessToken: process.env.MP_ACCESS_TOKEN,
  mongoUri: process.env.MONGO_URI,
  jwtSecret: process.env.QR_SIGNING_SECRET || (() => { throw new Error('falta QR_SIGNING_SECRET'); })(),
};
""")

add("js/decoy-publishable", "thakhi-pasaje/web/src/pago.js", "https://docs.stripe.com/js", """\
// clave PUBLICABLE (pk_) - va en el navegador, jan jamasatäkiti
import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('@@pk@@');
export const moneda = 'bob';
""", pk=stripe("pk_live_"))

add("ts/decoy-firebase-web-config", "thakhi-pasaje/web/src/firebase.ts", DOC_FIREBASE, """\
import { initializeApp } from 'firebase/app';

// configuración web pública de Firebase (la apiKey identifica el proyecto, no es secreta;
// el acceso lo controlan las reglas de Firestore)
export const app = initializeApp({
  apiKey: '@@k@@',
  authDomain: 'thakhi-pasaje.firebaseapp.com',
  projectId: 'thakhi-pasaje',
  appId: '1:840193847261:web:@@id@@',
});
""", k=google_key(), id=hexs(22))

add("ts/decoy-masked", "thakhi-pasaje/backend/src/util/mask.ts", DOC_JS, """\
// enmascara tarjetas y tokens en los registros
export function enmascarar(valor: string): string {
  if (valor.length <= 8) return '********';
  return valor.slice(0, 4) + '…' + valor.slice(-4);
}
// ejemplo: enmascarar('APP_USR-…') -> 'APP_…8812'
""")

add("go/decoy-env", "thakhi-pasaje/torniquete/internal/config/config.go", DOC_GO, """\
package config

import "os"

// Config del torniquete; jamasata yänakax entorno ukan (secretos en el entorno)
type Config struct{ DSN, GatewayToken string }

func Load() Config {
\treturn Config{DSN: os.Getenv("TORNIQUETE_DSN"), GatewayToken: os.Getenv("GATEWAY_TOKEN")}
}
""")

add("go/decoy-test-fake", "thakhi-pasaje/torniquete/internal/store/store_test.go", DOC_GO, """\
package store

import "testing"

// base de datos de prueba en contenedor efímero; contraseña de juguete
const testDSN = "postgres://test:test@localhost:55432/pasajes_test?sslmode=disable"

func TestOpen(t *testing.T) {
\tif testing.Short() {
\t\tt.Skip("sin base de prueba")
\t}
\t_ = testDSN
}
""")

add("java/decoy-placeholder", "thakhi-pasaje/recargas/src/main/resources/application.properties", DOC_JAVA, """\
server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/recargas
spring.datasource.username=${DB_USER:recargas}
spring.datasource.password=${DB_PASSWORD}
mercadopago.access-token=${MP_ACCESS_TOKEN}
""")

add("kotlin/decoy-buildconfig", "thakhi-pasaje/android/app/src/main/java/bo/thakhi/app/Claves.kt", DOC_KT, """\
package bo.thakhi.app

// las claves se inyectan en CI desde los secretos de GitHub (BuildConfig)
object Claves {
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    val mpPublicKey: String get() = BuildConfig.MP_PUBLIC_KEY
    const val SIN_CLAVE = ""
}
""")

add("csharp/decoy-user-secrets", "thakhi-pasaje/kiosko/Program.cs", DOC_CS, """\
var builder = WebApplication.CreateBuilder(args);
// en desarrollo: dotnet user-secrets set "ConnectionStrings:Kiosko" "..."
// en producción: Azure Key Vault
builder.Configuration.AddAzureKeyVault(new Uri("https://thakhi-kv.vault.azure.net/"), new DefaultAzureCredential());
var conn = builder.Configuration.GetConnectionString("Kiosko");
var app = builder.Build();
app.Run();
""")

add("php/decoy-env", "juphasuma-web/config/mail.php", DOC_PHP, """\
<?php
return [
    'host' => env('MAIL_HOST', 'smtp.gmail.com'),
    'username' => env('MAIL_USERNAME'),
    'password' => env('MAIL_PASSWORD'),
    'from' => ['address' => 'ventas@juphasuma.coop.bo', 'name' => 'Jupha Suma'],
];
""")

add("ruby/decoy-credentials-fetch", "juphasuma-socios-rb/config/initializers/stripe.rb", DOC_RB, """\
# claves en config/credentials.yml.enc (cifrado; la master key NO está en el repo)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key)
}
# yuspagara, Marisol
""")

add("rust/decoy-example", "thakhi-pasaje/lector-nfc/src/auth.rs", DOC_RS, """\
/// Lee el token del gateway del entorno.
///
/// ```
/// std::env::set_var("GATEWAY_TOKEN", "gw_EJEMPLO_no_es_real");
/// ```
pub fn token() -> String {
    std::env::var("GATEWAY_TOKEN").expect("GATEWAY_TOKEN sin definir")
}
""")

add("swift/decoy-keychain", "thakhi-pasaje/ios/Thakhi/Seguridad/Llavero.swift", DOC_SWIFT, """\
import Security

// token de sesión del pasajero guardado en el Llavero (Keychain), nunca en código
enum Llavero {
    static let servicio = "bo.thakhi.app.sesion"
    static func guardar(_ token: Data) -> OSStatus {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: servicio, kSecValueData as String: token]
        return SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("shell/decoy-vault", "juphasuma-export/scripts/respaldo-vault.sh", DOC_SH, """\
#!/usr/bin/env bash
# versión nueva: la contraseña sale de Vault (jan qillqatäkiti)
set -euo pipefail
export PGPASSWORD="$(vault kv get -field=password secret/juphasuma/respaldo)"
pg_dump -h 10.20.4.11 -U respaldo pesaje | gzip > "/var/backups/pesaje-$(date +%F).sql.gz"
unset PGPASSWORD
""")

add("shell/decoy-read-prompt", "thakhi-pasaje/scripts/login-registro.sh", DOC_SH, """\
#!/bin/sh
# pide el token a mano; no guardar en el historial
printf 'Token del registro: '
stty -echo; read -r TOKEN; stty echo; echo
printf '%s' "$TOKEN" | docker login registry.gitlab.com -u thakhi-ci --password-stdin
unset TOKEN
""")

add("powershell/decoy-get-credential", "thakhi-pasaje/kiosko/deploy/Instalar-Kiosko-v2.ps1", DOC_PS, """\
# v2: la credencial se pide al instalar (Get-Credential), ya no va en el script
$cred = Get-Credential -UserName 'THAKHI\\svc-kiosko' -Message 'Clave del servicio kiosko'
New-Service -Name KioskoThakhi -BinaryPathName 'C:\\Thakhi\\Kiosko.exe' -Credential $cred
Start-Service KioskoThakhi
Write-Host 'Jallalla! kiosko instalado'
""")

# ---------------------------------------------------------------- decoys: configs and deploy

add("k8s/decoy-secret-key-ref", "thakhi-pasaje/k8s/prod/deploy-validador.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: validador
spec:
  template:
    spec:
      containers:
        - name: validador
          image: registry.gitlab.com/thakhi/validador:3.1.0
          env:
            - name: QR_SIGNING_SECRET
              valueFrom:
                secretKeyRef: {name: validador, key: qr-signing-secret}
""")

add("k8s/decoy-external-secret", "thakhi-pasaje/k8s/prod/externalsecret-db.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pasajes-db
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: pasajes-db}
  data:
    - secretKey: password
      remoteRef: {key: thakhi/prod/pasajes-db, property: password}
""")

add("k8s/decoy-sealed-secret", "juphasuma-api/k8s/sealed-balanza.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: balanza-api
  namespace: juphasuma
spec:
  encryptedData:
    SENDGRID_API_KEY: AgB@@c@@
""", c=rand(340, ALNUM + "+/"))

add("k8s-secret/decoy-empty", "thakhi-pasaje/k8s/base/secret-template.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: pasajes-db
type: Opaque
data:
  username: ""
  password: ""   # lo llena el pipeline (kustomize secretGenerator)
""")

add("helm/decoy-template-ref", "thakhi-pasaje/charts/validador/templates/secret.yaml", DOC_HELM, """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "validador.fullname" . }}
type: Opaque
data:
  redis-password: {{ required "redis.auth.password es obligatorio" .Values.redis.auth.password | b64enc | quote }}
""")

add("helm/decoy-values-empty", "thakhi-pasaje/charts/validador/values.yaml", DOC_HELM, """\
replicaCount: 1
image:
  repository: registry.gitlab.com/thakhi/validador
  tag: ""
redis:
  enabled: true
  auth:
    password: ""  # --set redis.auth.password=... en el despliegue
    existingSecret: validador-redis
""")

add("compose/decoy-secrets-file", "thakhi-pasaje/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  recargas:
    image: registry.gitlab.com/thakhi/recargas:2.8.1
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt   # jan git ukar (está en .gitignore)
""")

add("terraform/decoy-random-password", "juphasuma-infra/rds.tf", DOC_TF, """\
resource "random_password" "pesaje" {
  length  = 32
  special = true
}

resource "aws_db_instance" "pesaje" {
  identifier = "pesaje"
  engine     = "postgres"
  username   = "pesaje_admin"
  password   = random_password.pesaje.result
}
""")

add("terraform/decoy-var-ref", "thakhi-pasaje/infra/providers.tf", DOC_TF, """\
# credenciales: perfil de AWS SSO, no claves en el código
provider "aws" {
  region  = "sa-east-1"
  profile = "thakhi-prod"
}

provider "mercadopago" {
  access_token = var.mp_access_token
}
""")

add("ansible/decoy-vault-encrypted", "juphasuma-infra/ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(64))

add("ansible/decoy-vault-ref", "juphasuma-infra/ansible/group_vars/balanzas-v2.yml", DOC_ANSIBLE, """\
---
balanza_usuario: balanza
balanza_mqtt_host: mqtt.juphasuma.coop.bo
balanza_mqtt_user: balanzas
balanza_mqtt_password: "{{ vault_balanza_mqtt_password }}"
wifi_psk: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=juphasuma/data/wifi:psk') }}"
""")

add("github-actions/decoy-secrets-context", "juphasuma-api/.github/workflows/ci.yml", DOC_GHA, """\
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
""")

add("gitlab-ci/decoy-masked-vars", "thakhi-pasaje/.gitlab-ci.yml", DOC_GITLAB, """\
# las variables REGISTRY_TOKEN y MP_ACCESS_TOKEN están en Settings > CI/CD (masked, protected)
build:
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$REGISTRY_TOKEN" | docker login registry.gitlab.com -u thakhi-ci --password-stdin
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
""")

add("dockerfile/decoy-build-secret", "thakhi-pasaje/backend/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# el token de npm se monta como secreto de BuildKit, no queda en la imagen
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
CMD ["node", "src/index.js"]
""")

add("dockerfile/decoy-digest", "juphasuma-api/Dockerfile", DOC_DOCKER, """\
# imagen base fijada por digest (reproducible)
FROM python:3.12-slim@sha256:@@d@@
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY . .
CMD ["uvicorn", "pesaje.main:app", "--host", "0.0.0.0"]
""", d=hexs(64))

add("yaml/decoy-placeholder", "thakhi-pasaje/validador/config/example.yaml", DOC_YAML, """\
# ejemplo - copiar a prod.yaml
estaciones:
  - Taypi Uta
mqtt:
  host: mqtt.thakhi.internal
  user: validador
  password: CAMBIAR_ESTO
qr_signing_secret: <generar con: openssl rand -hex 32>
""")

add("toml/decoy-env", "thakhi-pasaje/lector-nfc/gateway.example.toml", DOC_TOML, """\
[gateway]
url = "https://gw.thakhi.internal/v1/taps"
estacion = "Chuqi Apu"

[auth]
# api_key se lee de GATEWAY_TOKEN; aquí vacío a propósito
api_key = ""
""")

add("ini/decoy-redacted", "juphasuma-api/deploy/odbc.ini.sample", DOC_INI, """\
[Contable]
Driver = ODBC Driver 18 for SQL Server
Server = 10.20.9.5
Database = Contable
UID = quinua_ro
PWD = ********
""")

add("json/decoy-package-lock", "juphasuma-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "juphasuma-tienda",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/vite": {
      "version": "5.4.8",
      "resolved": "https://registry.npmjs.org/vite/-/vite-5.4.8.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=rand(86, ALNUM + "+/") + "==")

add("json/decoy-public-jwks", "thakhi-pasaje/backend/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """\
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "thakhi-qr-2025",
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=rand(342, ALNUM + "-_"))

add("xml/decoy-settings-env", "juphasuma-reportes/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>juphasuma-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("npmrc/decoy-env", "thakhi-pasaje/web/.npmrc", DOC_NPMRC, """\
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

add("wireguard/decoy-public-only", "juphasuma-infra/wg/peers.md", DOC_WG, """\
# Peers de la VPN (solo llaves PÚBLICAS)

| Sitio | IP | PublicKey |
|-------|----|-----------|
| Achacachi | 10.99.0.2 | `@@a@@` |
| Huarina | 10.99.0.3 | `@@b@@` |
| Copacabana | 10.99.0.4 | `@@c@@` |
""", a=wg_key(), b=wg_key(), c=wg_key())

add("ssh/decoy-public-key", "juphasuma-infra/deploy/authorized_keys", DOC_SSH, """\
# wilmer (laptop)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@ wilmer@juphasuma
# wara (thakhi ops)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@b@@ wara@thakhi
# deploy de CI
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@c@@ ci@gitlab
""", a=rand(44, ALNUM + "+/"), b=rand(44, ALNUM + "+/"), c=rand(44, ALNUM + "+/"))

add("pem/decoy-certificate", "thakhi-pasaje/infra/nginx/certs/thakhi-bo-chain.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN CERTIFICATE-----
@@a@@
@@b@@
@@c@@
@@d@@
-----END CERTIFICATE-----
""", a=rand(64, ALNUM + "+/"), b=rand(64, ALNUM + "+/"), c=rand(64, ALNUM + "+/"), d=rand(40, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- decoys: notes, docs, logs, data

add("markdown/decoy-doc-example", "thakhi-pasaje/docs/aws.md", DOC_AWS, """\
# Configurar AWS CLI

Ejemplo de la documentación de AWS (valores de ejemplo, no son nuestros):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Nuestras claves las da Wara por SSO: `aws sso login --profile thakhi-prod`.
""")

add("markdown/decoy-readme-placeholder", "juphasuma-api/README.md", DOC_MD, """\
# balanza-api (Jupha Suma)

API que recibe los pesos de las balanzas de acopio de juyra.

## Arrancar

    cp .env.example .env   # y completar DB_PASSWORD=<pedir a Wilmer>
    docker compose up

Jallalla! Yuspagara taqiniru.
""")

add("markdown/decoy-rotation-note", "thakhi-pasaje/docs/rotacion.md", DOC_MD, """\
# Rotación de claves (sapa kimsa phaxsi - cada tres meses)

| Clave | Dónde vive | Última rotación |
|-------|------------|-----------------|
| MP_ACCESS_TOKEN | AWS Secrets Manager `thakhi/prod/mp` | 2025-01-10 |
| QR_SIGNING_SECRET | Secret `validador` (k8s) | 2025-01-14 |
| Registro GitLab | CI/CD variables (masked) | 2024-12-02 |

Nunca pegar valores aquí.
""")

add("markdown/decoy-redacted-incident", "thakhi-pasaje/docs/incidentes/2024-11-token-filtrado.md", DOC_MD, """\
# Incidente: token de Mercado Pago en un log (2024-11-03)

Se encontró `APP_USR-8841…[REDACTADO]…2291` en el log de recargas.
El token fue **revocado** el mismo día y reemplazado (ver rotacion.md).

Acciones: enmascarar encabezados en el logger; jan mayampi (que no vuelva a pasar).
""")

add("rst/decoy-config-doc", "juphasuma-api/docs/configuracion.rst", DOC_RST, """\
Configuración
=============

==================  ===================================  =============
Variable            Descripción                          Ejemplo
==================  ===================================  =============
DB_PASSWORD         contraseña de la base de pesaje      ``<secreto>``
SENDGRID_API_KEY    clave de envío de correos            ``SG.xxxxx``
SLACK_WEBHOOK_URL   canal de alertas ``#yapu``           ``https://hooks.slack.com/services/T000/B000/XXXX``
==================  ===================================  =============
""")

add("html/decoy-public-map-token", "thakhi-pasaje/web/public/mapa.html", DOC_MAPBOX, """\
<!doctype html>
<html lang="ay">
<head><meta charset="utf-8"><title>Thakhi - Mapa de líneas</title>
<script src="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js"></script></head>
<body>
<div id="mapa" style="height:100vh"></div>
<script>
  mapboxgl.accessToken = '@@pk@@'; // token público (pk.), restringido a thakhi.bo
  new mapboxgl.Map({ container: 'mapa', center: [-68.13, -16.50], zoom: 12 });
</script>
</body>
</html>
""", pk=mapbox_pk())

add("html/decoy-form", "juphasuma-web/public/socios/ingreso.html", DOC_HTML, """\
<!doctype html>
<html lang="es">
<body>
  <h2>Mantaña (Ingresar)</h2>
  <form method="post" action="/socios/login">
    <label>Suti / Usuario <input name="usuario"></label>
    <label>Password <input type="password" name="password" placeholder="••••••••"></label>
    <button>Mantaña</button>
  </form>
</body>
</html>
""")

add("wiki/decoy-where-secrets-live", "juphasuma-wiki/Donde-estan-las-claves.md", DOC_MD, """\
## ¿Dónde están las claves?

Jamasata yänaka (cosas secretas) NO van en la wiki.

* Base de pesaje: Bitwarden, colección "Servidores", entrada `pesaje/balanza_app`.
* Correo de ventas: Bitwarden, `correo/ventas`.
* AWS: acceso por SSO, pedir a Wilmer.

Si ves una clave pegada aquí, avisa en #yapu y la rotamos.
""")

add("notes/decoy-meeting", "juphasuma-notas/2025-01-20-reunion-tecnica.txt", DOC_MD, """\
Reunión técnica 20/01/2025
- Wilmer: se rotó la clave de AWS (la vieja AKIA...Q7 quedó desactivada).
- Marisol: contraseña de la tienda cambiada, está en Bitwarden.
- Justina: precio de la juyra 800 Bs/qq.
- Pendiente: token del bot -> mover a variable de entorno TELEGRAM_BOT_TOKEN.
Jutir tantachawi: 17/02.
""")

add("notes/decoy-todo", "thakhi-pasaje/NOTAS-2025.txt", DOC_MD, """\
PENDIENTES (Wara) 2025
- [x] sacar el token del bot de soporte del archivo de notas (rotado)
- [ ] QR offline con firma Ed25519 (llave pública en la app, privada en KMS)
- [ ] pantallas en aymara: "Thakhi thaqhaña" (buscar ruta)
- [ ] password del kiosko: pedir en sobre cerrado, NO por WhatsApp
""")

add("shell-history/decoy-env-use", "juphasuma-infra/historial/bash_history-2.txt", DOC_SH, """\
cd /srv/tienda
source /etc/tienda/secret.env
mysql -h 127.0.0.1 -u root -p tienda_juphasuma
docker compose logs -f --tail 50
history -c
exit
""")

add("shell-history/decoy-vault-login", "thakhi-pasaje/ops/historial-wara-2.txt", DOC_SH, """\
  601  vault login -method=oidc
  602  vault kv get -field=token secret/thakhi/github
  603  export GITHUB_TOKEN=$(vault kv get -field=token secret/thakhi/github)
  604  gh release create v2.9.0 --notes "QR offline"
  605  unset GITHUB_TOKEN
""")

add("log/decoy-redacted", "thakhi-pasaje/logs/recargas-2025-03-01.log", DOC_LOG, """\
2025-03-01 06:00:01 INFO  recargas iniciando (Línea Amarilla)
2025-03-01 06:00:02 INFO  conectando a amqp://recargas:****@mq.thakhi.internal:5672/pasajes
2025-03-01 06:00:03 INFO  conectado
2025-03-01 06:01:10 INFO  mercadopago token=APP_USR-**********************2291 ok
2025-03-01 06:01:44 INFO  recarga 901233 ok (Bs 20)
""")

add("log/decoy-request-ids", "juphasuma-api/logs/acceso-2025-03-02.log", DOC_LOG, """\
10.20.1.5 - - [02/Mar/2025:07:01:12 -0400] "POST /api/pesos HTTP/1.1" 201 48 req_id=@@a@@
10.20.1.6 - - [02/Mar/2025:07:01:40 -0400] "POST /api/pesos HTTP/1.1" 201 48 req_id=@@b@@
10.20.1.5 - - [02/Mar/2025:07:02:03 -0400] "GET /api/balanzas/huarina HTTP/1.1" 200 512 req_id=@@c@@
10.20.1.7 - - [02/Mar/2025:07:02:55 -0400] "POST /api/pesos HTTP/1.1" 400 31 req_id=@@d@@
10.20.1.5 - - [02/Mar/2025:07:03:09 -0400] "GET /salud HTTP/1.1" 200 2 req_id=@@e@@
""", a=uuid4(), b=uuid4(), c=uuid4(), d=uuid4(), e=uuid4())

add("log/decoy-git-shas", "thakhi-pasaje/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Cambios

## 2.9.0 - 2025-03-04
- QR offline para Línea Morada (@@a@@)
- Pantallas en aymara (@@b@@)

## 2.8.1 - 2025-02-03
- Arreglo de recargas duplicadas (@@c@@)
""", a=hexs(40), b=hexs(40), c=hexs(40))

add("csv/decoy-accounts-no-values", "juphasuma-infra/inventario/cuentas-2025.csv", DOC_CSV, """\
servicio,usuario,donde_esta_la_clave,responsable
wifi acopio,,ansible vault,Wilmer
correo ventas,ventas.juphasuma@gmail.com,Bitwarden correo/ventas,Marisol
panel hosting,juphasuma,Bitwarden hosting,Don Félix
balanza huarina,admin,Bitwarden balanzas/huarina,Wilmer
""")

add("csv/decoy-card-tokens", "thakhi-pasaje/reportes/recargas-2025-02.csv", DOC_CSV, """\
fecha,tarjeta,linea,monto_bs,referencia_pago
2025-02-01,THK-0042-7781,roja,20,@@a@@
2025-02-01,THK-0042-9120,amarilla,10,@@b@@
2025-02-02,THK-0051-3310,verde,50,@@c@@
2025-02-02,THK-0051-0087,morada,20,@@d@@
""", a=str(_rng().randint(10**10, 10**11)), b=str(_rng().randint(10**10, 10**11)),
    c=str(_rng().randint(10**10, 10**11)), d=str(_rng().randint(10**10, 10**11)))

add("sql/decoy-hashed-passwords", "juphasuma-api/migraciones/0009_usuarios_seed.sql", DOC_SQL, """\
-- usuarios iniciales del panel de balanzas; contraseñas guardadas con bcrypt (hash, no la clave)
INSERT INTO usuarios (usuario, password_hash, rol) VALUES
  ('wilmer', '$2b$12$@@a@@', 'admin'),
  ('justina', '$2b$12$@@b@@', 'lectura');
-- la clave inicial se entrega en persona y se cambia al primer ingreso
""", a=rand(53, ALNUM + "./"), b=rand(53, ALNUM + "./"))

add("sql/decoy-role-no-password", "thakhi-pasaje/db/migraciones/0031_rol_lectura.sql", DOC_SQL, """\
-- rol de lectura para tableros; autenticación por IAM (sin contraseña)
CREATE ROLE tableros LOGIN;
GRANT rds_iam TO tableros;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tableros;
-- ver docs/rotacion.md
""")

add("ipynb/decoy-getpass", "juphasuma-analisis/rendimiento_2025.ipynb", DOC_IPYNB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Rendimiento 2025 (juyra real)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, os\\n", "from sqlalchemy import create_engine\\n",
              "pw = os.environ.get('PESAJE_PW') or getpass.getpass('password: ')\\n",
              "eng = create_engine(f'postgresql://analista:{pw}@10.20.4.11/pesaje')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("json/decoy-service-account-redacted", "juphasuma-analisis/credenciales/gcp-bigquery.example.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "juphasuma-analisis",
  "private_key_id": "REEMPLAZAR",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",
  "client_email": "bigquery-loader@juphasuma-analisis.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

add("json/decoy-app-config-ids", "thakhi-pasaje/app-rn/app.json", "https://docs.expo.dev/versions/latest/config/app/", """\
{
  "expo": {
    "name": "Thakhi",
    "slug": "thakhi-pasaje",
    "ios": { "bundleIdentifier": "bo.thakhi.app" },
    "android": { "package": "bo.thakhi.app" },
    "extra": { "eas": { "projectId": "@@p@@" } }
  }
}
""", p=uuid4())

add("env/decoy-masked", "thakhi-pasaje/notify/.env.sample", DOC_ENV, """\
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM=+15005550006
SMS_LANG=ay,es
# valores reales: Secrets Manager thakhi/prod/twilio
""")

add("env/decoy-sops", "juphasuma-api/secrets.enc.env", "https://github.com/getsops/sops#encrypting-env-files", """\
DB_PASSWORD=ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
SENDGRID_API_KEY=ENC[AES256_GCM,data:@@d@@,iv:@@e@@,tag:@@f@@,type:str]
sops_kms__list_0__map_arn=arn:aws:kms:sa-east-1:493817260451:key/@@g@@
sops_lastmodified=2025-03-01T12:00:00Z
sops_version=3.8.1
""", a=rand(24, ALNUM + "+/") + "==", b=rand(43, ALNUM + "+/") + "=", c=rand(22, ALNUM + "+/") + "==",
    d=rand(92, ALNUM + "+/"), e=rand(43, ALNUM + "+/") + "=", f=rand(22, ALNUM + "+/") + "==", g=uuid4())

add("env/decoy-local-dev", "thakhi-pasaje/docker-compose.env", DOC_ENV, """\
# solo para desarrollo local con docker compose (contenedores efímeros, sin datos reales)
MONGO_INITDB_ROOT_USERNAME=thakhi
MONGO_INITDB_ROOT_PASSWORD=changeme
REDIS_PASSWORD=
STRIPE_SECRET_KEY=sk_test_REEMPLAZAR
""")

add("yaml/decoy-openapi", "thakhi-pasaje/docs/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """\
openapi: 3.1.0
info: {title: Thakhi Pasaje API, version: 2.9.0}
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Ejemplo: `thk_live_XXXXXXXXXXXXXXXX` (pedir una en el panel)"
security:
  - apiKey: []
""")

add("yaml/decoy-mp-public", "thakhi-pasaje/web/config/pagos.yaml", DOC_MP, """\
# claves públicas de pasarelas (se exponen al navegador)
mercadopago:
  public_key: "@@mp@@"
stripe:
  publishable_key: "@@pk@@"
moneda: BOB
""", mp=mp_public(), pk=stripe("pk_live_"))

add("properties/decoy-jasypt", "juphasuma-reportes/src/main/resources/application.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """\
# propiedades cifradas con jasypt; la clave maestra viene de JASYPT_ENCRYPTOR_PASSWORD
spring.datasource.url=jdbc:postgresql://10.20.4.11:5432/pesaje
spring.datasource.username=reportes
spring.datasource.password=ENC(@@c@@)
mail.smtp.password=ENC(@@d@@)
""", c=rand(64, ALNUM + "+/"), d=rand(44, ALNUM + "+/"))

add("markdown/decoy-checksums", "juphasuma-api/docs/firmware.md", DOC_MD, """\
# Firmware de balanzas

| Versión | Archivo | SHA-256 |
|---------|---------|---------|
| 2.2 | balanza-2.2.bin | `@@a@@` |
| 2.3 | balanza-2.3.bin | `@@b@@` |

Verificar siempre antes de instalar: `sha256sum balanza-2.3.bin`.
""", a=hexs(64), b=hexs(64))

add("go/decoy-sum", "thakhi-pasaje/torniquete/go.sum", "https://go.dev/ref/mod#go-sum-files", """\
github.com/jackc/pgx/v5 v5.5.5 h1:@@a@@=
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:@@b@@=
github.com/slack-go/slack v0.12.5 h1:@@c@@=
github.com/slack-go/slack v0.12.5/go.mod h1:@@d@@=
golang.org/x/crypto v0.21.0 h1:@@e@@=
""", a=rand(43, ALNUM + "+/"), b=rand(43, ALNUM + "+/"), c=rand(43, ALNUM + "+/"), d=rand(43, ALNUM + "+/"), e=rand(43, ALNUM + "+/"))

add("html/decoy-sri", "juphasuma-web/public/index.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """\
<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8"><title>Jupha Suma - Quinua real del lago Titicaca</title>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@i@@" crossorigin="anonymous" defer></script>
</head>
<body><h1>Jallalla juyra!</h1></body>
</html>
""", i=rand(64, ALNUM + "+/"))

add("python/decoy-mock-token", "juphasuma-bot/tests/test_bot.py", "https://docs.python.org/3/library/unittest.mock.html", """\
from unittest import mock

import bot

# token inventado para las pruebas (no existe en Telegram)
TOKEN_FALSO = "123456:PRUEBA-token-falso"


@mock.patch("bot.ApplicationBuilder")
def test_arranca(builder):
    bot.main(TOKEN_FALSO)
    builder.return_value.token.assert_called_with(TOKEN_FALSO)
""")

add("js/decoy-jest-fake", "thakhi-pasaje/backend/test/pagos.test.js", "https://jestjs.io/docs/mock-functions", """\
jest.mock('stripe', () => () => ({ paymentIntents: { create: jest.fn().mockResolvedValue({ id: 'pi_prueba' }) } }));
const { cobrarRecarga } = require('../src/pagos/stripe');

// sk_test_... ficticio: el módulo stripe está simulado
process.env.STRIPE_SECRET_KEY = 'sk_test_ficticio';

test('cobra una recarga', async () => {
  await expect(cobrarRecarga(20, 'pm_card_visa')).resolves.toEqual({ id: 'pi_prueba' });
});
""")

add("ruby/decoy-storage-env", "juphasuma-socios-rb/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """\
# actas de asamblea y fotos de yapunaka
amazon:
  service: S3
  access_key_id: <%= ENV["AWS_ACCESS_KEY_ID"] %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: sa-east-1
  bucket: juphasuma-actas
""")

add("kubeconfig/decoy-exec-plugin", "thakhi-pasaje/ops/kubeconfig-sso.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: thakhi-prod
    cluster: {server: "https://k8s.thakhi.internal:6443"}
users:
  - name: wara
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, thakhi-prod, --profile, thakhi-prod]
current-context: thakhi-prod
""")

add("git-credentials/decoy-helper", "juphasuma-infra/deploy/gitconfig", "https://git-scm.com/docs/gitcredentials", """\
[user]
    name = Wilmer Mamani
    email = wilmer@juphasuma.coop.bo
[credential "https://gitlab.com"]
    helper = cache --timeout=3600
    username = wilmer.mamani
""")

add("systemd/decoy-credential-file", "thakhi-pasaje/deploy/validador.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Validador de QR (Thakhi)

[Service]
LoadCredentialEncrypted=qr-signing-secret:/etc/credstore.encrypted/qr-signing-secret
Environment=QR_SECRET_PATH=%d/qr-signing-secret
ExecStart=/opt/validador/bin/validador

[Install]
WantedBy=multi-user.target
""")

add("log/decoy-smtp-auth-hidden", "juphasuma-bot/logs/smtp-trace-2025-03-08.log", "https://www.rfc-editor.org/rfc/rfc4954", """\
2025-03-08 07:12:03 S: 220 smtp.gmail.com ESMTP ready
2025-03-08 07:12:03 C: EHLO bot.juphasuma.coop.bo
2025-03-08 07:12:03 S: 250-AUTH LOGIN PLAIN XOAUTH2
2025-03-08 07:12:04 C: AUTH PLAIN <credenciales ocultas por el logger>
2025-03-08 07:12:04 S: 235 2.7.0 Accepted
2025-03-08 07:12:05 C: QUIT
""")

add("markdown/decoy-qr-public-key", "thakhi-pasaje/docs/qr-offline.md", DOC_MD, """\
# QR offline (Línea Morada)

El torniquete verifica la firma Ed25519 del QR con la llave **pública** incluida en la app:

```
-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA@@p@@
-----END PUBLIC KEY-----
```

La llave privada vive en AWS KMS (`alias/thakhi-qr`), jan khitirus uñjkiti.
""", p=rand(43, ALNUM + "+/") + "=")

add("csharp/decoy-appsettings-dev", "thakhi-pasaje/kiosko/appsettings.Development.json", DOC_CS, """\
{
  "ConnectionStrings": {
    "Kiosko": "Server=(localdb)\\\\MSSQLLocalDB;Database=Kioskos;Trusted_Connection=True"
  },
  "Kiosko": { "Estacion": "Pruebas", "Impresora": "PDF" },
  "ApiKey": ""
}
""")
