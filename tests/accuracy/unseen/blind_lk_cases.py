"""Blind set LK: a Quechua-speaking alpaca-textile co-operative near Cusco (Chinchero) and the
booking system of a trekking agency (Inka Nan Treks) it shares servers with.

Web shop and stock of woven goods, payments (Stripe, Mercado Pago, PayPal), WhatsApp and SMS
notices to weavers and trekkers, booking APIs, deploy files, notes and runbooks written partly
in Quechua, and their decoys. Generated fakes only (seeds 6560000-6569999).
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
_SEED = [6560000]


def _seed() -> int:
    _SEED[0] += 11
    assert 6560000 <= _SEED[0] <= 6569999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Paqocha", "Away", "Inti", "Killa", "Wayna", "Sumaq", "Chaski", "Puma", "Kuntur", "Qori",
         "Mayu", "Urpi", "Chaska", "Wayra", "Sach'a", "Rumi", "Qocha", "Tika", "Pacha", "Llaqta"]
WORDS = [w.replace("'", "") for w in WORDS]


def words_pw(symbols: str = "!#@*") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A password as it stands in a URL's userinfo (no character that needs escaping there)."""
    return words_pw("-_.!*")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mercadopago() -> str:
    r = _rng()
    return (f"APP_USR-{r.randint(10**15, 10**16)}-{r.randint(10, 12):02d}{r.randint(10, 28)}{r.randint(10, 23)}-"
            + "".join(r.choice(HEX) for _ in range(32)) + f"-{r.randint(10**8, 10**9)}")


def whatsapp_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def google_key() -> str:
    return "AIza" + alnum(35, ALNUM + "-_")


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hubspot() -> str:
    return "pat-na1-" + fakes.uuid4(_seed())


def anthropic() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def dockerhub() -> str:
    return "dckr_pat_" + alnum(27, ALNUM + "-_")


def vault_token() -> str:
    return fakes.fake("hvs.", 90, _seed())


def tfc_token() -> str:
    return alnum(14) + ".atlasv1." + alnum(67)


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + alnum(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L").upper()


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_account_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(
        "".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def uuid_s() -> str:
    return fakes.uuid4(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOCKER_ENV = "https://docs.docker.com/compose/how-tos/environment-variables/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOTENV = "https://github.com/motdotla/dotenv#usage"
PYDOC = "https://docs.python.org/3/library/os.html#os.environ"
STRIPE = "https://docs.stripe.com/keys"
MP = "https://www.mercadopago.com.pe/developers/es/docs/your-integrations/credentials"
WA = "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started"
TWILIO = "https://www.twilio.com/docs/usage/api"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html"
GHA = "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/variables/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
SLACK = "https://api.slack.com/messaging/webhooks"
SENDGRID = "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
NOTEBOOK = "https://nbformat.readthedocs.io/en/latest/format_description.html"
BASH_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"

# ---------------------------------------------------------------- .env files
s = stripe()
add("blind-lk/dotenv/stripe-secret", "tienda/.env", DOTENV, """# Sumaq Away - qhatu web (tienda)
# Ama kay willayta GitHub-man churaychu
APP_ENV=production
APP_URL=https://tienda.sumaqaway.pe
STRIPE_PUBLISHABLE_KEY=pk_live_51Nq@@pk@@
STRIPE_SECRET_KEY=@@s@@
CURRENCY=PEN
""", s, s=s, pk=alnum(40))

p = words_pw()
add("blind-lk/dotenv/postgres-password", "booking/.env.production", DOTENV, """NODE_ENV=production
PORT=8080
# reservas - Inka Nan Treks
PGHOST=db.inkanantreks.internal
PGUSER=reservas
PGPASSWORD=@@p@@
PGDATABASE=reservas_prod
""", p, p=p)

t = mercadopago()
add("blind-lk/dotenv/mercadopago-token", "pagos/.env", MP, """# Mercado Pago Peru - qullqi chaskinapaq (para cobrar)
MP_PUBLIC_KEY=APP_USR-@@pub@@
MP_ACCESS_TOKEN=@@t@@
MP_WEBHOOK_URL=https://api.sumaqaway.pe/pagos/webhook
MP_COUNTRY=PE
""", t, t=t, pub=uuid_s())

add("blind-lk/dotenv/decoy-empty-values", "tienda/.env.example", DOTENV, """# Kay willayta copiay .env nisqaman, chaymanta huntay (fill in)
APP_ENV=local
APP_URL=http://localhost:8000
STRIPE_PUBLISHABLE_KEY=
STRIPE_SECRET_KEY=
MP_ACCESS_TOKEN=
DB_PASSWORD=
""")

add("blind-lk/dotenv/decoy-placeholder", "booking/.env.sample", DOTENV, """# Reservas - ejemplo / qhawarinapaq
PGHOST=localhost
PGUSER=reservas
PGPASSWORD=<pakasqa-simiykita-churay>
WHATSAPP_TOKEN=<your-whatsapp-cloud-token>
TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SESSION_SECRET=change-me
""")

w = whatsapp_token()
add("blind-lk/dotenv/whatsapp-token", "avisos/.env.prod", WA, """# Willakuykuna - WhatsApp Cloud API (awaqkunaman / a las tejedoras)
WA_PHONE_NUMBER_ID=1093@@pid@@
WA_BUSINESS_ACCOUNT_ID=2208@@bid@@
WA_ACCESS_TOKEN=@@w@@
WA_TEMPLATE_LANG=es_PE
""", w, w=w, pid=str(_rng().randint(10**10, 10**11)), bid=str(_rng().randint(10**10, 10**11)))

tw = hexs(32)
add("blind-lk/dotenv/twilio-auth-token", "sms/.env", TWILIO, """# SMS trekkers-man (Twilio)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@tw@@
TWILIO_FROM=+51984000000
SMS_ENABLED=true
""", tw, tw=tw, sid=twilio_sid())

# ---------------------------------------------------------------- Python
p = fakes.django_secret_key(_seed())
add("blind-lk/python/django-secret-key", "sumaqaway/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .base import *  # noqa

# Qhatu web - produccion
DEBUG = False
ALLOWED_HOSTS = ["tienda.sumaqaway.pe"]
SECRET_KEY = "@@p@@"

LANGUAGE_CODE = "qu-pe"  # runasimi
TIME_ZONE = "America/Lima"
""", p, p=p)

k = sendgrid()
add("blind-lk/python/sendgrid-key", "avisos/correo.py", SENDGRID, """import sendgrid
from sendgrid.helpers.mail import Mail

# Correo willakuy: reserva confirmada
sg = sendgrid.SendGridAPIClient(api_key="@@k@@")


def reserva_confirmada(email: str, codigo: str) -> None:
    msg = Mail(from_email="reservas@inkanantreks.com", to_emails=email,
               subject=f"Reserva {codigo} - Inka Nan Treks",
               html_content="<p>Sulpayki! Allin puriy.</p>")
    sg.send(msg)
""", k, k=k)

add("blind-lk/python/decoy-env-reference", "avisos/whatsapp.py", WA, """import os

import requests

# Token-qa environment-manta hamun, mana kaypichu (no va en el codigo)
TOKEN = os.environ["WA_ACCESS_TOKEN"]
PHONE_ID = os.environ.get("WA_PHONE_NUMBER_ID", "")
URL = f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages"


def willay(numero: str, texto: str) -> dict:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    body = {"messaging_product": "whatsapp", "to": numero, "type": "text", "text": {"body": texto}}
    return requests.post(URL, json=body, headers=headers, timeout=10).json()
""")

p = rand_pw(22)
add("blind-lk/python/mysql-password", "inventario/db.py", "https://dev.mysql.com/doc/connector-python/en/connector-python-connectargs.html", """import mysql.connector

# P'acha yupana (inventario de chompas, chalinas, mantas)
def conexion():
    return mysql.connector.connect(
        host="10.20.0.5",
        user="inventario",
        password="@@p@@",
        database="paqocha_stock",
    )
""", p, p=p)

u = slack_webhook()
add("blind-lk/python/slack-webhook", "jobs/alerta_stock.py", SLACK, """import json
import urllib.request

# Pisiyan chayqa willay (avisar cuando falta stock de hilo)
WEBHOOK = "@@u@@"


def alerta(item: str, qty: int) -> None:
    data = json.dumps({"text": f":warning: {item}: {qty} kachkan"}).encode()
    req = urllib.request.Request(WEBHOOK, data=data, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
""", u, u=u)

add("blind-lk/python/decoy-test-fixture", "tests/test_pagos.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

from pagos.stripe_client import cobrar

# Yanqa llavekuna (fake keys) - pruebakunapaq, mana chiqapchu
FAKE_KEY = "sk_test_FAKE_not_a_real_key_0000"


@pytest.fixture
def cliente(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_KEY)
    return cobrar


def test_cobro_rechazado(cliente):
    with pytest.raises(ValueError):
        cliente(monto=-10, moneda="PEN")
""")

k = anthropic()
add("blind-lk/python/anthropic-key", "traduccion/runasimi.py", "https://docs.anthropic.com/en/api/getting-started", """import anthropic

# Producto willakuykunata runasimiman tikray (traducir descripciones al quechua)
client = anthropic.Anthropic(api_key="@@k@@")


def tikray(texto: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                 messages=[{"role": "user", "content": f"Runasimiman tikray: {texto}"}])
    return msg.content[0].text
""", k, k=k)

k = fakes.openai_key(_seed())
add("blind-lk/python/openai-key", "chatbot/bot.py", "https://platform.openai.com/docs/api-reference/authentication", """from openai import OpenAI

# Trekkers-pa tapukuyninkuna (preguntas frecuentes) - Salkantay, Lares, Ausangate
client = OpenAI(
    api_key="@@k@@",
)
SYSTEM = "Kanki Inka Nan Treks-pa yanapaqnin. Answer in Spanish, English or Quechua."
""", k, k=k)

p = fakes.redis_password(_seed())
add("blind-lk/python/redis-url", "booking/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """import redis

# Cupos (plazas libres) del Camino Inca - cache
r = redis.Redis.from_url("redis://:@@p@@@cache.inkanantreks.internal:6379/2")


def cupos(fecha: str) -> int:
    return int(r.get(f"cupos:{fecha}") or 0)
""", p, p=p)

add("blind-lk/python/decoy-secret-manager", "booking/settings.py", "https://cloud.google.com/secret-manager/docs/reference/libraries", """from google.cloud import secretmanager

PROJECT = "inkanan-reservas"
# Pakasqa simikuna Secret Manager-pi kachkan (las claves viven en Secret Manager)
_client = secretmanager.SecretManagerServiceClient()


def pakasqa(nombre: str) -> str:
    path = f"projects/{PROJECT}/secrets/{nombre}/versions/latest"
    return _client.access_secret_version(name=path).payload.data.decode()


DB_PASSWORD = pakasqa("reservas-db-password")
""")

# ---------------------------------------------------------------- JS / TS
s = stripe("rk_live_")
add("blind-lk/javascript/stripe-restricted-key", "tienda/server/stripe.js", STRIPE, """// Qullqi chaskiy (cobros de la tienda)
const Stripe = require('stripe');

const stripe = Stripe('@@s@@', {
  apiVersion: '2024-06-20',
});

module.exports = { stripe };
""", s, s=s)

add("blind-lk/javascript/decoy-publishable-key", "tienda/public/checkout.js", STRIPE, """// Navegador-pi - publishable key (public, can be shipped)
const stripe = Stripe('pk_live_51Nq@@pk@@');
const elements = stripe.elements({ locale: 'es-419' });
const card = elements.create('card');
card.mount('#tarjeta');
// Ama sk_live churaychu kaypi!
""", pk=alnum(90))

k = google_key()
add("blind-lk/typescript/google-maps-server-key", "booking/src/rutas/geocode.ts", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """import axios from 'axios';

// Server side geocoding - ñankuna (rutas de trekking)
const GEOCODE_KEY = '@@k@@';

export async function ubicacion(lugar: string) {
  const { data } = await axios.get('https://maps.googleapis.com/maps/api/geocode/json', {
    params: { address: `${lugar}, Cusco, Peru`, key: GEOCODE_KEY },
  });
  return data.results[0]?.geometry.location;
}
""", k, k=k)

p = url_pw()
add("blind-lk/typescript/mongodb-uri", "booking/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """import { MongoClient } from 'mongodb';

// Puriqkuna (pasajeros) - base de datos
const uri = 'mongodb+srv://reservas:@@p@@@cluster0.k7xq2.mongodb.net/reservas?retryWrites=true';
export const client = new MongoClient(uri);
export const db = client.db('reservas');
""", p, p=p)

add("blind-lk/typescript/decoy-process-env", "booking/src/config.ts", "https://nodejs.org/api/process.html#processenv", """// Llapan pakasqa simikuna process.env-manta (todo de variables de entorno)
export const config = {
  mpAccessToken: process.env.MP_ACCESS_TOKEN ?? '',
  waToken: process.env.WA_ACCESS_TOKEN ?? '',
  jwtSecret: process.env.JWT_SECRET!,
  dbUrl: process.env.DATABASE_URL!,
};
""")

t = mercadopago()
add("blind-lk/javascript/mercadopago-sdk", "pagos/mp.js", MP, """import { MercadoPagoConfig, Preference } from 'mercadopago';

// Awasqa p'achakuna rantiy (compra de tejidos)
const client = new MercadoPagoConfig({
  accessToken: '@@t@@',
  options: { timeout: 5000 },
});
export const preference = new Preference(client);
""", t, t=t)

u = discord_webhook()
add("blind-lk/javascript/discord-webhook", "scripts/aviso-guias.mjs", "https://discord.com/developers/docs/resources/webhook", """// Guiakunaman willay (avisar a los guias) cuando hay nueva reserva
const HOOK = "@@u@@";

export async function nuevaReserva(r) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Musuq reserva: ${r.ruta} ${r.fecha} (${r.pax} pax)` }),
  });
}
""", u, u=u)

add("blind-lk/javascript/decoy-masked-log", "booking/logs/arranque.log", "https://nodejs.org/api/console.html", """2026-11-02T06:00:01Z info  reservas arrancando (qallariy)
2026-11-02T06:00:01Z info  config: MP_ACCESS_TOKEN=APP_USR-****************-******-****
2026-11-02T06:00:01Z info  config: STRIPE_SECRET_KEY=sk_live_...a9Qz (masked)
2026-11-02T06:00:02Z info  db: postgres://reservas:*****@db.inkanantreks.internal/reservas_prod
2026-11-02T06:00:02Z info  listo, puerto 8080
""")

# ---------------------------------------------------------------- YAML / Kubernetes / Helm / compose
p = words_pw()
add("blind-lk/k8s-secret/postgres-password-base64", "k8s/reservas-db-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: reservas-db
  namespace: inkanan
  # Ama kay willayta repo-man churaychu (no subir)
type: Opaque
data:
  username: @@u@@
  password: @@p64@@
""", p, p64=b64(p), u=b64("reservas"))

t = whatsapp_token()
add("blind-lk/k8s-secret/whatsapp-stringdata", "k8s/avisos-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: avisos-whatsapp
  namespace: sumaqaway
stringData:
  WA_PHONE_NUMBER_ID: "109300412233"
  WA_ACCESS_TOKEN: "@@t@@"
""", t, t=t)

add("blind-lk/k8s/decoy-secret-key-ref", "k8s/reservas-deploy.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: reservas
  namespace: inkanan
spec:
  replicas: 2
  selector:
    matchLabels: {app: reservas}
  template:
    metadata:
      labels: {app: reservas}
    spec:
      containers:
        - name: api
          image: ghcr.io/inkanantreks/reservas:2.8.1
          env:
            - name: PGPASSWORD
              valueFrom:
                secretKeyRef: {name: reservas-db, key: password}
            - name: MP_ACCESS_TOKEN
              valueFrom:
                secretKeyRef: {name: pagos-mp, key: access-token}
""")

add("blind-lk/k8s/decoy-sealed-secret", "k8s/sealed/pagos-mp.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pagos-mp
  namespace: sumaqaway
spec:
  encryptedData:
    # kubeseal-wan wisq'asqa (cifrado) - git-pi churay atikun
    access-token: AgB@@c1@@
    webhook-secret: AgC@@c2@@
""", c1=alnum(300, ALNUM + "+/"), c2=alnum(280, ALNUM + "+/"))

p = fakes.redis_password(_seed())
add("blind-lk/helm/redis-password", "charts/reservas/values-prod.yaml", HELM, """# Reservas chart - produccion
replicaCount: 2
image:
  repository: ghcr.io/inkanantreks/reservas
  tag: "2.8.1"
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@p@@"
ingress:
  host: reservas.inkanantreks.com
""", p, p=p)

add("blind-lk/helm/decoy-existing-secret", "charts/tienda/values.yaml", HELM, """# Qhatu (tienda) - valores por defecto
image:
  repository: ghcr.io/sumaqaway/tienda
  tag: latest
postgresql:
  auth:
    existingSecret: tienda-db      # pakasqa simiqa kaypi mana kanchu
    secretKeys:
      userPasswordKey: password
stripe:
  secretKeyRef: tienda-stripe
""")

p = rand_pw(18)
add("blind-lk/compose/mysql-root-password", "docker-compose.yml", DOCKER_ENV, """services:
  inventario-db:
    image: mysql:8.4
    environment:
      MYSQL_DATABASE: paqocha_stock
      MYSQL_USER: inventario
      MYSQL_ROOT_PASSWORD: "@@p@@"
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
""", p, p=p)

add("blind-lk/compose/decoy-variable-substitution", "docker-compose.prod.yml", DOCKER_ENV, """services:
  reservas:
    image: ghcr.io/inkanantreks/reservas:2.8.1
    environment:
      PGPASSWORD: ${PGPASSWORD:?PGPASSWORD mana kanchu}
      MP_ACCESS_TOKEN: ${MP_ACCESS_TOKEN}
      WA_ACCESS_TOKEN: ${WA_ACCESS_TOKEN}
    env_file: .env.production
""")

p = url_pw()
add("blind-lk/compose/rabbitmq-url", "compose/colas.yml", DOCKER_ENV, """# Colas (queues) - willakuykuna kachanapaq
services:
  rabbit:
    image: rabbitmq:3-management
  avisos-worker:
    image: ghcr.io/sumaqaway/avisos:1.4
    environment:
      AMQP_URL: amqp://avisos:@@p@@@rabbit:5672/sumaq
""", p, p=p)

k = shopify()
add("blind-lk/yaml/shopify-admin-token", "config/shopify.yml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """# Qhatu Shopify-pi (tienda internacional)
shop: sumaq-away-textiles.myshopify.com
api_version: "2024-10"
admin_access_token: @@k@@
sync:
  inventario: true
  precios: false
""", k, k=k)

u = slack_webhook()
add("blind-lk/yaml/alertmanager-slack", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: guardia
receivers:
  - name: guardia
    slack_configs:
      - api_url: @@u@@
        channel: '#reservas-alertas'
        title: 'Reservas: {{ .CommonLabels.alertname }}'
""", u, u=u)

add("blind-lk/yaml/decoy-sops-encrypted", "secrets/pagos.enc.yaml", "https://github.com/getsops/sops#usage", """mp_access_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tg@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@tg2@@,type:str]
sops:
    age:
        - recipient: age1qz3@@rcp@@
    lastmodified: "2026-10-14T15:22:09Z"
    version: 3.9.0
""", d1=alnum(88, ALNUM + "+/"), d2=alnum(44, ALNUM + "+/"), iv=alnum(43, ALNUM + "+/") + "=", iv2=alnum(43, ALNUM + "+/") + "=",
    tg=alnum(22, ALNUM + "+/") + "==", tg2=alnum(22, ALNUM + "+/") + "==", rcp=alnum(55, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

k = fakes.github_token(_seed())
add("blind-lk/github-actions/github-token-inline", ".github/workflows/traducciones.yml", GHA, """name: runasimi tikraykuna (traducciones)
on:
  push:
    paths: ['locale/qu/**']
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh pr create --fill --repo sumaqaway/tienda
        env:
          GH_TOKEN: @@k@@
""", k, k=k)

add("blind-lk/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHA, """name: deploy reservas
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - run: ./deploy.sh
        env:
          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_DATA }}
""")

k = gitlab()
add("blind-lk/gitlab-ci/gitlab-token", ".gitlab-ci.yml", GITLAB_CI, """stages: [test, release]

variables:
  # Kunallan churani, paqarin horqosaq (lo saco manana)
  GITLAB_API_TOKEN: "@@k@@"

release:
  stage: release
  script:
    - release-cli create --name "v$CI_COMMIT_TAG" --tag-name $CI_COMMIT_TAG
""", k, k=k)

k = alnum(40, ALNUM + "_-")
add("blind-lk/yaml/cloudflare-token", "infra/dns/cloudflare.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """# DNS: sumaqaway.pe, inkanantreks.com
provider: cloudflare
zones:
  - sumaqaway.pe
  - inkanantreks.com
cloudflare:
  api_token: "@@k@@"
  proxied: true
""", k, k=k)

# ---------------------------------------------------------------- Go / Java / Kotlin / C#
p = words_pw()
add("blind-lk/go/postgres-dsn", "reservas-go/internal/db/db.go", PG, """package db

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// Open: reservakunata kichay (abrir la base de reservas)
func Open() (*sql.DB, error) {
	dsn := "host=db.inkanantreks.internal user=reservas password=@@p@@ dbname=reservas_prod sslmode=require"
	return sql.Open("postgres", dsn)
}
""", p, p=p)

t = fakes.telegram_token(_seed())
add("blind-lk/go/telegram-bot", "guias-bot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", """package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Guiakunapa bot-nin: p'unchawpa puriqkunanta willan (lista diaria de pasajeros)
func main() {
	bot, err := tgbotapi.NewBotAPI("@@t@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("bot %s qallarin", bot.Self.UserName)
}
""", t, t=t)

add("blind-lk/go/decoy-getenv", "reservas-go/internal/pagos/mp.go", MP, """package pagos

import (
	"errors"
	"os"
)

// Token: Mercado Pago-pa tokennin environment-manta
func Token() (string, error) {
	t := os.Getenv("MP_ACCESS_TOKEN")
	if t == "" {
		return "", errors.New("MP_ACCESS_TOKEN mana kanchu")
	}
	return t, nil
}
""")

ak, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("blind-lk/go/aws-secret-key", "fotos-go/s3.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """package fotos

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Awasqa p'achakunapa fotonkuna (fotos de los tejidos) S3-pi
var Creds = aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
	"@@ak@@",
	"@@sk@@",
	"",
))
""", sk, ak=ak, sk=sk)

p = rand_pw(16, "!#%")
add("blind-lk/java/smtp-password", "facturacion/src/main/java/pe/sumaqaway/facturas/Correo.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """package pe.sumaqaway.facturas;

import jakarta.mail.*;
import java.util.Properties;

// Facturakunata correowan kachay (enviar facturas)
public class Correo {
    static Session sesion(Properties props) {
        return Session.getInstance(props, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("facturas@sumaqaway.pe", "@@p@@");
            }
        });
    }
}
""", p, p=p)

p = words_pw()
add("blind-lk/properties/spring-datasource", "facturacion/src/main/resources/application-prod.properties", SPRING, """# Facturacion electronica (SUNAT) - produccion
spring.datasource.url=jdbc:postgresql://10.20.0.7:5432/facturas
spring.datasource.username=facturas
spring.datasource.password=@@p@@
spring.jpa.hibernate.ddl-auto=validate
sunat.ruc=20601234567
""", p, p=p)

add("blind-lk/properties/decoy-placeholder-resolution", "facturacion/src/main/resources/application.properties", SPRING, """# Facturacion - valores comunes
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER:facturas}
spring.datasource.password=${DB_PASSWORD}
sunat.sol.usuario=${SUNAT_SOL_USER}
sunat.sol.clave=${SUNAT_SOL_CLAVE}
""")

p = rand_pw(12)
add("blind-lk/properties/sunat-sol-password", "facturacion/config/sunat.properties", "https://cpe.sunat.gob.pe/", """# SUNAT - Clave SOL (usuario secundario para emitir)
# Kay clavekunaqa contadorpa kasqan (del contador)
sunat.ruc=20601234567
sunat.sol.usuario=SUMAQ001
sunat.sol.clave=@@p@@
sunat.endpoint=https://e-factura.sunat.gob.pe/ol-ti-itcpfegem/billService
""", p, p=p)

k = fakes.fake("", 80, _seed())
add("blind-lk/kotlin/paypal-client-secret", "app-android/app/src/main/java/pe/inkanan/app/PayPal.kt", "https://developer.paypal.com/api/rest/authentication/", """package pe.inkanan.app

// PayPal - turistakuna qullqinta pagan (pago de turistas)
object PayPalConfig {
    const val CLIENT_ID = "AZ@@cid@@"
    const val CLIENT_SECRET = "E@@k@@"
    const val BASE_URL = "https://api-m.paypal.com"
}
""", "E" + k, k=k, cid=alnum(78))

add("blind-lk/kotlin/decoy-buildconfig", "app-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """android {
    defaultConfig {
        applicationId = "pe.inkanan.app"
        // Llavekunaqa local.properties-manta (no en git)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://reservas.inkanantreks.com/api\\"")
    }
}
""")

p = words_pw()
add("blind-lk/csharp/sqlserver-connection", "Contabilidad/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Contabilidad": "Server=tcp:10.20.0.9,1433;Database=Contabilidad;User Id=conta_app;Password=@@p@@;Encrypt=True;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Cooperativa": { "Nombre": "Sumaq Away", "Ruc": "20601234567" }
}
""", p, p=p)

k = sendgrid()
add("blind-lk/csharp/sendgrid-inline", "Contabilidad/Servicios/Correo.cs", SENDGRID, """using SendGrid;
using SendGrid.Helpers.Mail;

namespace Contabilidad.Servicios;

// Awaqkunaman qullqi willakuy (aviso de pago a las tejedoras)
public class Correo
{
    private readonly SendGridClient _client = new("@@k@@");

    public Task Enviar(string para, string asunto, string texto) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("conta@sumaqaway.pe"), new EmailAddress(para), asunto, texto, null));
}
""", k, k=k)

add("blind-lk/csharp/decoy-user-secrets", "Contabilidad/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """var builder = WebApplication.CreateBuilder(args);

// dotnet user-secrets set "SendGrid:ApiKey" "<llave>"  -- maquinaykipi (en tu maquina) nomas
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();

var apiKey = builder.Configuration["SendGrid:ApiKey"]
    ?? throw new InvalidOperationException("SendGrid:ApiKey mana kanchu");
var app = builder.Build();
app.Run();
""")

# ---------------------------------------------------------------- PHP / Ruby / Rust / Swift
p = words_pw()
add("blind-lk/php/wordpress-db-password", "web-cooperativa/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
/** Sumaq Away - cooperativapa web-nin (pagina de la cooperativa) */
define( 'DB_NAME', 'wp_sumaqaway' );
define( 'DB_USER', 'wp_sumaq' );
define( 'DB_PASSWORD', '@@p@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
""", p, p=p)

add("blind-lk/php/decoy-wp-salts-placeholder", "web-cooperativa/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

k = mailgun()
add("blind-lk/php/mailgun-key", "web-cooperativa/inc/boletin.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """<?php
// Boletin killanpi (boletin mensual) - awaqkunapa willakuyninkuna
use Mailgun\\Mailgun;

$mg = Mailgun::create('@@k@@', 'https://api.mailgun.net');
$mg->messages()->send('mg.sumaqaway.pe', [
    'from' => 'Sumaq Away <boletin@sumaqaway.pe>',
    'to' => 'socias@mg.sumaqaway.pe',
    'subject' => 'Killa willakuy',
    'text' => $texto,
]);
""", k, k=k)

k = stripe()
add("blind-lk/ruby/stripe-initializer", "tienda-rails/config/initializers/stripe.rb", STRIPE, """# Qullqi chaskiy (cobros)
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "pk_live_placeholder"),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@k@@")
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", k, k=k)

add("blind-lk/ruby/decoy-credentials-enc", "tienda-rails/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@==
""", c1=alnum(76, ALNUM + "+/"), c2=alnum(76, ALNUM + "+/"), c3=alnum(76, ALNUM + "+/"), c4=alnum(76, ALNUM + "+/"),
    c5=alnum(40, ALNUM + "+/"), iv=alnum(16, ALNUM + "+/"), tag=alnum(22, ALNUM + "+/"))

p = words_pw()
add("blind-lk/ruby/database-yml", "tienda-rails/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: tienda_prod
  username: tienda
  password: <%= ENV.fetch("TIENDA_DB_PASSWORD") { "@@p@@" } %>
""", p, p=p)

p = fakes.redis_password(_seed())
add("blind-lk/rust/redis-client", "cupos-rs/src/main.rs", "https://docs.rs/redis/latest/redis/#connection-handling", """use redis::Commands;

// Cupos: Camino Inca-pa sapa p'unchaw cupon (plazas por dia)
fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open("rediss://default:@@p@@@cupos.inkanantreks.internal:6380/0")?;
    let mut con = client.get_connection()?;
    let libres: i32 = con.get("cupos:2026-12-15")?;
    println!("kachkan {libres}");
    Ok(())
}
""", p, p=p)

add("blind-lk/rust/decoy-test-constant", "cupos-rs/tests/firma.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", """// Yanqa llave (dummy key) - pruebakunapaqlla, mana chiqapchu
const TEST_SECRET: &str = "test-only-not-a-secret";

#[test]
fn firma_valida() {
    let firma = cupos_rs::firmar(TEST_SECRET, b"reserva:1234");
    assert!(cupos_rs::verificar(TEST_SECRET, b"reserva:1234", &firma));
}
""")

k = alnum(40)
add("blind-lk/swift/amadeus-secret", "InkaNanApp/Sources/Vuelos/Amadeus.swift", "https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/", """import Foundation

// Vuelokuna Lima - Cusco (vuelos) - Amadeus API
enum Amadeus {
    static let clientId = "@@cid@@"
    static let clientSecret = "@@k@@"
    static let tokenURL = URL(string: "https://api.amadeus.com/v1/security/oauth2/token")!
}
""", k[:16], k=k[:16], cid=alnum(32))

add("blind-lk/swift/decoy-keychain", "InkaNanApp/Sources/Auth/Llavero.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security

// Token-ta Keychain-pi waqaychay (guardar token en el llavero)
func guardar(token: String) {
    let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrAccount as String: "reservas-token",
                                kSecValueData as String: Data(token.utf8)]
    SecItemAdd(query as CFDictionary, nil)
}
""")

# ---------------------------------------------------------------- shell / PowerShell / histories
p = words_pw()
add("blind-lk/shell/pg-dump-pgpassword", "scripts/backup_reservas.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """#!/usr/bin/env bash
# Sapa tuta backup (copia cada noche) - reservas
set -euo pipefail
export PGPASSWORD='@@p@@'
fecha=$(date +%F)
pg_dump -h db.inkanantreks.internal -U reservas reservas_prod | gzip > /backups/reservas-$fecha.sql.gz
rclone copy /backups remoto:backups-reservas
""", p, p=p)

p = rand_pw(20)
add("blind-lk/shell/curl-basic-auth", "scripts/sync_precios.sh", "https://curl.se/docs/manpage.html#-u", """#!/bin/sh
# Precios musuqyachiy (actualizar precios) en la web de comercio justo
set -e
API=https://api.fairtrade-market.example.org/v2
curl -fsS -u "sumaqaway:@@p@@" \\
  -H 'Content-Type: application/json' \\
  -d @precios.json "$API/catalog/prices"
echo "precios chayarqan"
""", p, p=p)

k = do_token()
add("blind-lk/shell/heredoc-doctl", "scripts/nuevo_droplet.sh", "https://docs.digitalocean.com/reference/doctl/how-to/install/", """#!/usr/bin/env bash
# Musuq servidor (nuevo servidor) - reservas de temporada alta
mkdir -p ~/.config/doctl
cat > ~/.config/doctl/config.yaml <<EOF
access-token: @@k@@
context: default
EOF
doctl compute droplet create reservas-temporada --region nyc3 --size s-2vcpu-4gb --image ubuntu-24-04-x64
""", k, k=k)

add("blind-lk/shell/decoy-read-prompt", "scripts/restaurar.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """#!/usr/bin/env bash
# Backup-manta kutichiy (restaurar). Pakasqa simita mañakun (pide la clave), mana waqaychanchu.
set -euo pipefail
read -r -s -p "PGPASSWORD: " PGPASSWORD
export PGPASSWORD
gunzip -c "$1" | psql -h db.inkanantreks.internal -U reservas reservas_prod
unset PGPASSWORD
""")

k = npm_token()
add("blind-lk/shell-history/npm-token", "notas/historial_kusi.txt", BASH_HIST, """  501  cd ~/src/tienda
  502  npm run build
  503  npm config set //registry.npmjs.org/:_authToken=@@k@@
  504  npm publish --access public ./packages/awana-ui
  505  git status
  506  git push origin main
""", k, k=k)

p = words_pw()
add("blind-lk/shell-history/mysql-cli-password", "servidor/.bash_history", BASH_HIST, """sudo systemctl status nginx
cd /var/www/tienda
mysql -u inventario -p'@@p@@' paqocha_stock -e "SELECT count(*) FROM chompas"
tail -f /var/log/nginx/error.log
exit
""", p, p=p)

add("blind-lk/shell-history/decoy-masked", "notas/historial_redactado.txt", BASH_HIST, """  88  ssh deploy@reservas.inkanantreks.com
  89  export MP_ACCESS_TOKEN=$(vault kv get -field=token secret/pagos/mp)
  90  export PGPASSWORD=********   # pakasqa (redactado)
  91  ./manage.py migrate
  92  history -c
""")

p = words_pw()
add("blind-lk/powershell/securestring-plain", "windows/Respaldo-Contabilidad.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """# Contabilidad-pa respaldonta (backup) NAS-man apay
$usuario = "SUMAQ\\respaldo"
$clave = ConvertTo-SecureString "@@p@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($usuario, $clave)
New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\nas01\\respaldos" -Credential $cred
Copy-Item C:\\Contabilidad\\*.bak R:\\ -Force
""", p, p=p)

add("blind-lk/powershell/decoy-get-credential", "windows/Conectar-Nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """# NAS-man tinkuy (conectar). Clave-ta tapukun (pregunta la clave).
$cred = Get-Credential -UserName "SUMAQ\\respaldo" -Message "NAS pakasqa simi"
New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\nas01\\respaldos" -Credential $cred
Get-ChildItem R:\\ | Sort-Object LastWriteTime -Descending | Select-Object -First 5
Remove-PSDrive R
""")

k = azure_account_key()
add("blind-lk/powershell/azure-storage-key", "windows/Subir-Fotos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """# Fotokuna (fotos del catalogo) Azure Blob-man
$conn = "DefaultEndpointsProtocol=https;AccountName=sumaqawayfotos;AccountKey=@@k@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem .\\catalogo\\*.jpg | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container catalogo -Context $ctx -Force
}
""", k, k=k)

# ---------------------------------------------------------------- Terraform / Ansible / Docker
p = words_pw()
add("blind-lk/terraform/rds-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """resource "aws_db_instance" "reservas" {
  identifier          = "reservas-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "reservas"
  password            = "@@p@@" # TODO: Secrets Manager-man apay
  skip_final_snapshot = false
}
""", p, p=p)

add("blind-lk/terraform/decoy-random-password", "infra/terraform/tienda_db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """resource "random_password" "tienda_db" {
  length  = 24
  special = true
}

resource "aws_db_instance" "tienda" {
  identifier     = "tienda-prod"
  engine         = "mysql"
  instance_class = "db.t4g.micro"
  username       = "tienda"
  password       = random_password.tienda_db.result
}
""")

k = tfc_token()
add("blind-lk/terraform/tfc-token-tfvars", "infra/terraform/prod.auto.tfvars", TF, """# Produccion - Sumaq Away / Inka Nan
region        = "us-east-1"
dominio       = "sumaqaway.pe"
tfe_token     = "@@k@@"
instancias    = 2
""", k, k=k)

add("blind-lk/terraform/decoy-sensitive-variable", "infra/terraform/variables.tf", TF, """variable "mp_access_token" {
  description = "Mercado Pago token (TF_VAR_mp_access_token-manta hamun)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ""
}
""")

p = words_pw()
add("blind-lk/ansible/mysql-user-password", "ansible/roles/inventario/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """---
- name: inventario usuario (ruraq)
  community.mysql.mysql_user:
    name: inventario
    password: "@@p@@"
    priv: "paqocha_stock.*:ALL"
    state: present

- name: nginx qallariy
  ansible.builtin.service:
    name: nginx
    state: started
""", p, p=p)

add("blind-lk/ansible/decoy-vault-encrypted", "ansible/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1="".join(_rng().choice(HEX) for _ in range(80)), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("blind-lk/ansible/decoy-vault-reference", "ansible/group_vars/prod/vars.yml", ANSIBLE, """---
# Kaykunaqa vault.yml-manta (vienen del vault cifrado)
inventario_db_password: "{{ vault_inventario_db_password }}"
mp_access_token: "{{ vault_mp_access_token }}"
wa_access_token: "{{ lookup('env', 'WA_ACCESS_TOKEN') }}"
cooperativa: Sumaq Away
""")

p = rand_pw(16)
add("blind-lk/ansible/inventory-become-pass", "ansible/inventory/prod.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """[tienda]
tienda01 ansible_host=10.20.0.11

[reservas]
reservas01 ansible_host=10.20.0.21

[all:vars]
ansible_user=deploy
ansible_become_password=@@p@@
""", p, p=p)

k = fakes.github_token(_seed())
add("blind-lk/dockerfile/build-arg-token", "reservas/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """FROM python:3.12-slim
WORKDIR /app
# Privado libreriata (awana-core) GitHub-manta apamun
ENV GH_TOKEN=@@k@@
RUN pip install "git+https://${GH_TOKEN}@github.com/sumaqaway/awana-core.git@v1.3"
COPY . .
CMD ["gunicorn", "reservas.wsgi", "-b", "0.0.0.0:8080"]
""", k, k=k)

add("blind-lk/dockerfile/decoy-secret-mount", "tienda/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# npm token-qa --secret-wan hamun, image-pi mana qhepanchu
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "server/index.js"]
""")

# ---------------------------------------------------------------- client configs
k = fakes.pypi_token(_seed())
add("blind-lk/pypirc/pypi-token", "awana-core/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@k@@
""", k, k=k)

k = npm_token()
add("blind-lk/npmrc/npm-token", "tienda/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
@sumaqaway:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@k@@
save-exact=true
engine-strict=true
""", k, k=k)

add("blind-lk/npmrc/decoy-env-token", "booking/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """registry=https://registry.npmjs.org/
@inkanan:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
""")

ak, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("blind-lk/aws-credentials/secret-access-key", "notas/aws_credentials_backup.ini", AWS, """[default]
region = us-east-1

[sumaqaway-fotos]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@sk@@
""", sk, ak=ak, sk=sk)

add("blind-lk/aws-credentials/decoy-docs-example", "docs/aws_configurar.md", AWS, """# AWS CLI configuray (configurar)

`aws configure --profile sumaqaway-fotos` nisqata ruray, chaymanta kay hina rikhurinqa
(AWS-pa documentacion-ninpa ejemplon, mana chiqap llavechu):

```ini
[sumaqaway-fotos]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Chiqap llavekunaqa 1Password "Infra" bóveda-pi kachkan.
""")

k = openssh_key()
add("blind-lk/ssh/openssh-private-key", "deploy/keys/deploy_reservas", "https://man.openbsd.org/ssh-keygen", """@@k@@
""", k, k=k)

add("blind-lk/ssh/decoy-public-key", "deploy/keys/deploy_reservas.pub", "https://man.openbsd.org/ssh-keygen#FILES", """# Kay llaveqa public (llave publica) - servidorkunapi authorized_keys-man
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ deploy@reservas
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ kusi@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ rosa@oficina-chinchero
# musuq llave yapaypaq: ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@host
""", k1=alnum(43, ALNUM + "+/"), k2=alnum(43, ALNUM + "+/"), k3=alnum(43, ALNUM + "+/"))

p = words_pw()
add("blind-lk/pgpass/postgres-password", "deploy/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# host:port:database:user:password
# reservas (Inka Nan) - sapa tuta backup-paq
db.inkanantreks.internal:5432:reservas_prod:reservas:@@p@@
localhost:5432:*:postgres:*
# qhipaman (later): cambiar a IAM auth
""", p, p=p)

p = rand_pw(24)
add("blind-lk/netrc/api-password", "deploy/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """# curl --netrc - precios sync
machine api.fairtrade-market.example.org
  login sumaqaway
  password @@p@@
machine ftp.sumaqaway.pe
  login catalogo
""", p, p=p)

k = fakes.github_token(_seed())
add("blind-lk/git-credentials/github-token", "deploy/.git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """https://kusi-quispe:@@k@@@github.com
https://deploy:x-oauth-basic@gitlab.sumaqaway.pe
# yachachiy: git config --global credential.helper store
# (Kusi-pa laptop-nin, 2026-09)
# mana git-man churanachu
""", k, k=k)

u, p = "inkanan-bot", rand_pw(32, "-_")
add("blind-lk/docker-config/registry-auth", "deploy/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.inkanantreks.com": {
      "auth": "@@a@@"
    }
  },
  "credsStore": ""
}
""", b64(f"{u}:{p}"), a=b64(f"{u}:{p}"))

add("blind-lk/docker-config/decoy-creds-store", "deploy/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "ghcr.io": {},
    "registry.inkanantreks.com": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

# ---------------------------------------------------------------- notes, runbooks, docs
p = words_pw()
add("blind-lk/markdown/runbook-password-sentence", "docs/runbook_reservas.md", MD, """# Runbook: reservas urmaptin (cuando cae el sistema de reservas)

1. `ssh deploy@reservas.inkanantreks.com`
2. `sudo systemctl restart reservas`
3. Base de datos mana kutichiptin (si no responde): `psql -h db.inkanantreks.internal -U reservas`
   pakasqa siminqa **@@p@@** (Rosa-lla cambianqa).
4. Guiakunaman WhatsApp-pi willay: "reservakuna huk ratolla mana kanchu".
""", p, p=p)

k = mercadopago()
add("blind-lk/markdown/table-credentials", "docs/pagos/credenciales.md", MD, """# Pagos - credenciales (ama hawaman apaychu / no compartir)

| Servicio      | Ambiente   | Valor |
|---------------|------------|-------|
| Mercado Pago  | produccion | `@@k@@` |
| Mercado Pago  | pruebas    | ver 1Password "Pagos" |
| Stripe        | produccion | Stripe Dashboard-pi, Kusi-pa cuenta |

Qhipa cambio: 2026-10-01 (Rosa).
""", k, k=k)

add("blind-lk/markdown/decoy-readme-placeholders", "README.md", MD, """# Sumaq Away - qhatu web (tienda de la cooperativa)

Awasqa p'achakuna (tejidos de alpaca) Chinchero-manta.

## Qallariy (empezar)

```bash
cp .env.example .env
# .env-pi huntay: STRIPE_SECRET_KEY=sk_live_<tu-llave>, MP_ACCESS_TOKEN=APP_USR-<...>
docker compose up -d
```

Pakasqa simikunata (claves) Rosa-manta mañakuy. Mana hayk'aqpas git-man churaychu.
""")

k = fakes.telegram_token(_seed())
add("blind-lk/notes/telegram-token-note", "notas/2026-10-guias-bot.txt", "https://core.telegram.org/bots/features#botfather", """Guias bot - willakuy (notas)
-----------------------------
BotFather-manta musuq token (nuevo token, el anterior se filtro):
@@k@@
Grupo: "Guiakuna Salkantay", chat_id -1002233445566
Kusi: paqarin servidorpi churay (poner en el servidor manana)
""", k, k=k)

p = words_pw()
add("blind-lk/notes/wifi-and-router", "notas/oficina_chinchero.txt", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", """Oficina Chinchero - red
=======================
Router admin: http://192.168.1.1  usuario admin
Router admin pakasqa simi: @@p@@
Impresora: 192.168.1.40 (Epson, tienda)
Wawakunapaq wifi (invitados): SumaqAway-Visitas, mana clave
""", p, p=p)

add("blind-lk/notes/decoy-where-secrets-live", "notas/donde_estan_las_claves.md", MD, """# Maypitaq pakasqa simikuna kachkan? (donde estan las claves)

- Mercado Pago, Stripe: 1Password boveda "Pagos"
- Base de datos reservas: AWS Secrets Manager `reservas/prod/db`
- WhatsApp token: Meta Business Suite > Usuarios del sistema > Generar token
- SUNAT Clave SOL: contador Don Efrain-lla yachan

Ama kaypi qillqaychu (no escribir claves aqui).
""")

k = pem("RSA")
add("blind-lk/markdown/pem-in-runbook", "docs/certificados_sunat.md", MD, """# SUNAT certificado digital

Facturakunata firmanapaq (para firmar facturas) kay llave privada:

```
@@k@@
```

Certificado (.cer) SUNAT-manta hamun, 2027-03 watakama (hasta marzo 2027).
""", k, k=k)

k = hubspot()
add("blind-lk/rst/hubspot-token", "docs/source/crm.rst", RST, """CRM: agenciakuna (agencias aliadas)
====================================

Reservas HubSpot-man kachakun. Token (private app)::

    HUBSPOT_TOKEN=@@k@@

Kaywan ``python -m crm.sync`` ruray sapa tuta (cada noche).
""", k, k=k)

add("blind-lk/rst/decoy-example-values", "docs/source/configuracion.rst", RST, """Configuracion
=============

Kay variablekunata churay (poner estas variables)::

    MP_ACCESS_TOKEN=APP_USR-0000000000000000-000000-00000000000000000000000000000000-000000000
    WA_ACCESS_TOKEN=EAAG...
    PGPASSWORD=<clave>

.. note:: Chiqap valorkuna (valores reales) AWS Secrets Manager-pi.
""")

p = words_pw()
add("blind-lk/html/wiki-page-password", "wiki/servidor-tienda.html", "https://html.spec.whatwg.org/multipage/", """<!DOCTYPE html>
<html lang="qu">
<head><meta charset="utf-8"><title>Tienda servidor</title></head>
<body>
<h1>Qhatu servidor (servidor de la tienda)</h1>
<p>SSH: <code>deploy@tienda.sumaqaway.pe</code></p>
<p>Panel Plesk: usuario <code>admin</code>, clave <code>@@p@@</code></p>
<p>Sapa killa (cada mes) updates ruray.</p>
</body>
</html>
""", p, p=p)

add("blind-lk/html/decoy-form-password-field", "tienda/templates/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", """<form method="post" action="/cuenta/ingresar">
  <label for="usuario">Sutiyki (usuario)</label>
  <input id="usuario" name="usuario" type="text" autocomplete="username">
  <label for="password">Pakasqa simi (contrasena)</label>
  <input id="password" name="password" type="password" placeholder="********" autocomplete="current-password">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <button type="submit">Yaykuy</button>
</form>
""")

k = slack_webhook()
add("blind-lk/wiki/slack-webhook-mediawiki", "wiki/Alertas_de_reservas.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """== Alertakuna (alertas) ==
Reserva musuq kaptin Slack-man willan.

* Canal: #reservas
* Webhook: <code>@@k@@</code>
* Dueño: Kusi Quispe

[[Category:Reservas]]
""", k, k=k)

add("blind-lk/wiki/decoy-redacted", "wiki/Pagos_Mercado_Pago.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """== Mercado Pago ==
Access token: <code>APP_USR-XXXX…(pakasqa / redactado)</code>
Public key: <code>APP_USR-@@pub@@</code> (publico, web-pi rikhurin)

Token musuqyachiy: Mercado Pago > Tus integraciones > Credenciales de produccion.
[[Category:Pagos]]
""", pub=uuid_s())

# ---------------------------------------------------------------- notebooks, SQL, CSV, logs
k = google_key()
add("blind-lk/notebook/google-sheets-key", "analisis/ventas_2026.ipynb", NOTEBOOK, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ventas 2026 - awasqa p'achakuna (ventas de tejidos)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "API_KEY = \\"@@k@@\\"\\n",
              "url = f\\"https://sheets.googleapis.com/v4/spreadsheets/1AbC/values/ventas?key={API_KEY}\\""]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", k, k=k)

p = url_pw()
add("blind-lk/notebook/sqlalchemy-url-output", "analisis/reservas_temporada.ipynb", NOTEBOOK, """{
 "cells": [
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "source": ["from sqlalchemy import create_engine\\n",
              "eng = create_engine(\\"postgresql://analista:@@p@@@db.inkanantreks.internal/reservas_prod\\")\\n",
              "pd.read_sql(\\"select ruta, count(*) from reservas group by 1\\", eng)"],
   "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                "data": {"text/plain": ["   ruta  count\\n0  salkantay  412\\n1  lares  133"]}}]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", p, p=p)

add("blind-lk/notebook/decoy-getpass", "analisis/awaqkuna_pagos.ipynb", NOTEBOOK, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["Awaqkunaman pagokuna (pagos a tejedoras)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass\\n", "clave = getpass.getpass('DB pakasqa simi: ')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

p = words_pw()
add("blind-lk/sql/create-user-password", "db/migraciones/0007_usuario_reportes.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """-- Reportekunapaq usuario (usuario de solo lectura)
CREATE ROLE reportes WITH LOGIN PASSWORD '@@p@@';
GRANT CONNECT ON DATABASE reservas_prod TO reportes;
GRANT USAGE ON SCHEMA public TO reportes;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reportes;
""", p, p=p)

add("blind-lk/sql/decoy-bcrypt-hashes", "db/semillas/usuarios.sql", "https://en.wikipedia.org/wiki/Bcrypt", """-- Semilla: admin usuariokuna (hash bcrypt, mana clave sut'i)
INSERT INTO usuarios (email, nombre, password_hash) VALUES
  ('rosa@sumaqaway.pe', 'Rosa Mamani', '$2b$12$@@h1@@'),
  ('kusi@inkanantreks.com', 'Kusi Quispe', '$2b$12$@@h2@@'),
  ('efrain@sumaqaway.pe', 'Efrain Huaman', '$2b$12$@@h3@@');
""", h1=alnum(53, ALNUM + "./"), h2=alnum(53, ALNUM + "./"), h3=alnum(53, ALNUM + "./"))

k = stripe()
add("blind-lk/sql/config-table-insert", "db/semillas/config_pagos.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """-- Pasarela config (tienda)
INSERT INTO config (clave, valor) VALUES
  ('moneda', 'PEN'),
  ('stripe_secret_key', '@@k@@'),
  ('envio_gratis_desde', '350');
-- TODO: kayta horqoy (quitar) y usar variables de entorno
""", k, k=k)

add("blind-lk/csv/decoy-ids-and-hashes", "datos/pedidos_octubre.csv", "https://www.rfc-editor.org/rfc/rfc4180", """pedido_id,cliente_id,producto,monto_pen,pago_ref,sha256_factura
@@u1@@,C-1041,chompa-alpaca-gris,289.00,pi_3Q@@r1@@,@@h1@@
@@u2@@,C-1042,chalina-qori,120.00,pi_3Q@@r2@@,@@h2@@
@@u3@@,C-1043,manta-chinchero,640.00,pi_3Q@@r3@@,@@h3@@
@@u4@@,C-1044,chullo-wawa,65.00,pi_3Q@@r4@@,@@h4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), r1=alnum(21), r2=alnum(21), r3=alnum(21), r4=alnum(21),
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

p = rand_pw(14)
add("blind-lk/csv/accounts-export", "datos/cuentas_agencias.csv", "https://www.rfc-editor.org/rfc/rfc4180", """agencia,usuario_portal,clave_portal,contacto
Llama Path Tours,llamapath,@@p@@,+51 984 111 222
Qori Inti Viajes,qoriinti,(pedir a Kusi),+51 984 333 444
Apu Trek,aputrek,(cambiado 2026-09),+51 984 555 666
Sach'a Adventures,sachaadv,(por crear),+51 984 777 888
""", p, p=p)

p = url_pw()
add("blind-lk/log/connection-error-with-password", "logs/reservas-2026-11-03.log", "https://docs.python.org/3/library/logging.html", """2026-11-03 05:59:58,114 INFO reservas: qallarichkan (iniciando)
2026-11-03 06:00:01,402 ERROR sqlalchemy.pool: could not connect: postgresql://reservas:@@p@@@db.inkanantreks.internal:5432/reservas_prod
2026-11-03 06:00:01,403 ERROR reservas: OperationalError: connection refused
2026-11-03 06:00:06,550 INFO reservas: kutipay (reintentando) 1/5
2026-11-03 06:00:07,901 INFO reservas: conectado
""", p, p=p)

add("blind-lk/log/decoy-request-ids", "logs/pagos-2026-11-03.log", "https://docs.python.org/3/library/logging.html", """2026-11-03 10:14:02 INFO pago aprobado mp_payment_id=@@n1@@ request_id=@@u1@@
2026-11-03 10:14:02 INFO webhook x-signature ts=1730628842,v1=@@h1@@
2026-11-03 10:15:40 INFO pago aprobado mp_payment_id=@@n2@@ request_id=@@u2@@
2026-11-03 10:15:40 INFO webhook x-signature ts=1730628940,v1=@@h2@@
2026-11-03 10:16:00 INFO sapa p'unchaw resumen: 2 pagos, 409.00 PEN
""", n1=str(_rng().randint(10**10, 10**11)), n2=str(_rng().randint(10**10, 10**11)), u1=uuid_s(), u2=uuid_s(), h1=hexs(64), h2=hexs(64))

# ---------------------------------------------------------------- JSON / XML / TOML / INI
k = pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE").replace("\n", "\\n")
add("blind-lk/json/gcp-service-account", "analisis/sa-sheets.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "sumaqaway-ventas",
  "private_key_id": "@@kid@@",
  "private_key": "@@kj@@",
  "client_email": "sheets-reader@sumaqaway-ventas.iam.gserviceaccount.com",
  "client_id": "10@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", k, kj=k, kid=hexs(40), cid=str(_rng().randint(10**18, 10**19)))

k = anthropic()
add("blind-lk/json/vscode-settings", "tienda/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "continue.anthropicApiKey": "@@k@@",
  "files.exclude": { "**/__pycache__": true }
}
""", k, k=k)

add("blind-lk/json/decoy-package-lock-integrity", "tienda/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "sumaqaway-tienda",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.12.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.12.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mercadopago": {
      "version": "2.0.15",
      "resolved": "https://registry.npmjs.org/mercadopago/-/mercadopago-2.0.15.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=alnum(86, ALNUM + "+/"), i2=alnum(86, ALNUM + "+/"))

p = words_pw()
add("blind-lk/xml/tomcat-context", "facturacion/conf/context.xml", "https://tomcat.apache.org/tomcat-10.1-doc/jndi-datasource-examples-howto.html", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Facturakuna base de datos (JNDI) -->
<Context>
  <Resource name="jdbc/facturas" auth="Container" type="javax.sql.DataSource"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://10.20.0.7:5432/facturas"
            username="facturas" password="@@p@@" maxTotal="20"/>
</Context>
""", p, p=p)

p = rand_pw(16)
add("blind-lk/xml/maven-settings", "facturacion/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <server>
      <id>sumaqaway-nexus</id>
      <username>deploy</username>
      <password>@@p@@</password>
    </server>
  </servers>
</settings>
""", p, p=p)

add("blind-lk/xml/decoy-maven-encrypted", "facturacion/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>sumaqaway-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

p = url_pw()
add("blind-lk/toml/cargo-style-config", "cupos-rs/config/prod.toml", "https://toml.io/en/v1.0.0", """# Cupos servicio - produccion
[server]
bind = "0.0.0.0:8090"

[database]
url = "postgres://cupos:@@p@@@db.inkanantreks.internal:5432/cupos"
pool = 8
""", p, p=p)

k = fakes.pypi_token(_seed())
add("blind-lk/toml/poetry-pypi-token", "awana-core/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """[virtualenvs]
in-project = true

[pypi-token]
pypi = "@@k@@"
# Kusi: kayta horqoy, poetry config-wan churay
""", k, k=k)

add("blind-lk/toml/decoy-pyproject", "awana-core/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """[project]
name = "awana-core"
version = "1.3.0"
description = "Awana (telar) - inventario y precios de la cooperativa Sumaq Away"
dependencies = ["requests>=2.31", "pydantic>=2"]

[tool.pytest.ini_options]
env = ["MP_ACCESS_TOKEN=TEST-0000", "STRIPE_SECRET_KEY=sk_test_dummy"]
""")

p = words_pw()
add("blind-lk/ini/odoo-config", "odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """[options]
; Odoo - cooperativapa yupanan (contabilidad de la cooperativa)
admin_passwd = @@p@@
db_host = 10.20.0.9
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/sumaq_addons
""", p, p=p)

p = rand_pw(20)
add("blind-lk/ini/rclone-s3", "deploy/rclone.conf", "https://rclone.org/s3/", """[remoto]
type = s3
provider = Wasabi
access_key_id = @@ak@@
secret_access_key = @@p@@
endpoint = s3.us-east-1.wasabisys.com
""", p, p=p, ak=alnum(20, UP))

add("blind-lk/ini/decoy-rclone-obscured", "deploy/rclone.sftp.conf", "https://rclone.org/sftp/", """[nas]
type = sftp
host = nas01.sumaqaway.lan
user = respaldo
key_file = ~/.ssh/id_ed25519
known_hosts_file = ~/.ssh/known_hosts
""")

# ---------------------------------------------------------------- varied carriers
k = stripe()
add("blind-lk/python/split-string-literal", "pagos/legacy_stripe.py", STRIPE, """import stripe

# Ñawpaq codigo (codigo antiguo) - 2024, qhipaman picharisaq (lo limpio despues)
stripe.api_key = ("@@a@@"
                  "@@b@@")


def reembolso(pago_id: str):
    return stripe.Refund.create(payment_intent=pago_id)
""", k, a=k[:16], b=k[16:])

p = words_pw()
add("blind-lk/python/json-in-string", "jobs/importar_agencias.py", "https://docs.python.org/3/library/json.html", """import json

# Agenciakunapa portal-nin (portal de agencias) - credenciales en JSON
CONFIG = json.loads('{"portal": "https://agencias.inkanantreks.com", "usuario": "import-bot", "clave": "@@p@@"}')


def login(session):
    return session.post(CONFIG["portal"] + "/login", data={"u": CONFIG["usuario"], "p": CONFIG["clave"]})
""", p, p=p)

u, p = "reservas-api", rand_pw(24)
add("blind-lk/python/basic-auth-header", "jobs/sync_hotel.py", "https://datatracker.ietf.org/doc/html/rfc7617", """import requests

# Hotel Aguas Calientes - cuartokuna (habitaciones) para grupos
HEADERS = {
    "Authorization": "Basic @@a@@",
    "Accept": "application/json",
}


def cuartos(fecha: str):
    return requests.get("https://api.hotelmachupicchu.example.pe/v1/disponibilidad",
                        params={"fecha": fecha}, headers=HEADERS, timeout=15).json()
""", b64(f"{u}:{p}"), a=b64(f"{u}:{p}"))

s = "X7" + rand_pw(38, "-_")
add("blind-lk/javascript/jwt-signing-secret", "booking/src/auth/jwt.js", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """const jwt = require('jsonwebtoken');

// Guiakunapa app-nin token (token de la app de guias)
const JWT_SECRET = '@@s@@';

exports.firmar = (guia) => jwt.sign({ sub: guia.id, rol: 'guia' }, JWT_SECRET, { expiresIn: '12h' });
exports.verificar = (token) => jwt.verify(token, JWT_SECRET);
""", s, s=s)

add("blind-lk/javascript/decoy-jwt-in-test", "booking/test/auth.test.js", "https://jestjs.io/docs/getting-started", """const { verificar } = require('../src/auth/jwt');

// Kay token-qa vencido (expirado) y firmado con una clave de prueba - mana valechu
const EXPIRADO = '@@t@@';

test('token vencido mana yaykunchu', () => {
  expect(() => verificar(EXPIRADO)).toThrow('jwt expired');
});
""", t=b64('{"alg":"HS256","typ":"JWT"}').rstrip("=") + "." + b64('{"sub":"guia-test","exp":1000}').rstrip("=") + "." + alnum(43, ALNUM + "-_"))

k = whatsapp_token()
add("blind-lk/shell/curl-bearer", "scripts/plantilla_whatsapp.sh", WA, """#!/usr/bin/env bash
# Plantilla "reserva_confirmada" kachay (enviar) - prueba
curl -s -X POST "https://graph.facebook.com/v19.0/109300412233/messages" \\
  -H "Authorization: Bearer @@k@@" \\
  -H "Content-Type: application/json" \\
  -d '{"messaging_product":"whatsapp","to":"51984000111","type":"template","template":{"name":"reserva_confirmada","language":{"code":"es"}}}'
echo
""", k, k=k)

k = fakes.telegram_token(_seed())
add("blind-lk/shell/url-embedded-token", "scripts/aviso_tuta.sh", "https://core.telegram.org/bots/api#making-requests", """#!/bin/sh
# Sapa tuta (cada noche) guiakunaman paqarin puriqkunata willay
LISTA=$(psql -At -c "select string_agg(nombre, ', ') from pax where fecha = current_date + 1")
curl -s "https://api.telegram.org/bot@@k@@/sendMessage" \\
  --data-urlencode "chat_id=-1002233445566" \\
  --data-urlencode "text=Paqarin: $LISTA"
""", k, k=k)

add("blind-lk/shell/decoy-env-file-source", "scripts/deploy.sh", "https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html#index-_002e", """#!/usr/bin/env bash
set -euo pipefail
# .env.production servidorllapi kachkan (solo en el servidor)
source /etc/inkanan/.env.production
: "${PGPASSWORD:?PGPASSWORD mana kanchu}"
: "${MP_ACCESS_TOKEN:?MP_ACCESS_TOKEN mana kanchu}"
docker compose -f docker-compose.prod.yml up -d --pull always
""")

k = pem("EC")
add("blind-lk/yaml/apple-pay-key-block", "config/apple_pay.yml", "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment", """# Apple Pay - app InkaNan (merchant identity)
merchant_id: merchant.com.inkanantreks.app
domain: reservas.inkanantreks.com
private_key: |
  @@k@@
""", k, k=k.replace("\n", "\n  "))

k = age_key()
add("blind-lk/text/age-identity", "secrets/age-identidad.txt", "https://github.com/FiloSottile/age#readme", """# created: 2026-10-14T15:20:11-05:00
# public key: age1qz3@@pub@@
# Kay llaveqa sops-paq (para descifrar secrets/*.enc.yaml). Rosa-pa laptop-nillanpi!
@@k@@
# (age-keygen -o age-identidad.txt)
""", k, k=k, pub=alnum(55, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-lk/text/decoy-age-recipients", "secrets/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", """creation_rules:
  # Public keys (age recipients) - mana pakasqachu, git-pi kanman
  - path_regex: secrets/.*\\.enc\\.yaml$
    age: >-
      age1qz3@@a1@@,
      age1xk7@@a2@@
""", a1=alnum(55, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a2=alnum(55, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

k = vault_token()
add("blind-lk/shell-history/vault-token", "notas/historial_rosa.txt", BASH_HIST, """ 1201  export VAULT_ADDR=https://vault.sumaqaway.lan:8200
 1202  vault login -method=oidc
 1203  export VAULT_TOKEN=@@k@@
 1204  vault kv get secret/pagos/mp
 1205  vault kv put secret/pagos/stripe key=@stripe.txt
 1206  shred -u stripe.txt
""", k, k=k)

add("blind-lk/shell-history/decoy-vault-commands", "notas/historial_kusi_vault.txt", BASH_HIST, """  310  vault login -method=oidc role=devs
  311  vault kv get -field=access_token secret/pagos/mp | pbcopy
  312  vault token lookup
  313  vault kv metadata get secret/reservas/db
  314  vault token revoke -self
""")

k = dockerhub()
add("blind-lk/github-actions/docker-login-inline", ".github/workflows/imagen.yml", "https://github.com/docker/login-action#docker-hub", """name: imagen (docker hub)
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: sumaqaway
          password: @@k@@
      - run: docker build -t sumaqaway/tienda:${{ github.sha }} . && docker push sumaqaway/tienda:${{ github.sha }}
""", k, k=k)

k = fakes.github_fine_grained_token(_seed())
add("blind-lk/yaml/renovate-token", "renovate-config.yml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """# Renovate (self-hosted) - librerias musuqyachiy (actualizar dependencias)
platform: github
token: @@k@@
repositories:
  - sumaqaway/tienda
  - inkanantreks/reservas
""", k, k=k)

add("blind-lk/gitlab-ci/decoy-masked-variables", "ci/gitlab-deploy.yml", GITLAB_CI, """deploy:
  stage: deploy
  image: alpine:3.20
  script:
    # $SSH_PRIVATE_KEY y $PGPASSWORD: Settings > CI/CD > Variables (masked, protected)
    - eval $(ssh-agent -s) && echo "$SSH_PRIVATE_KEY" | ssh-add -
    - ssh deploy@reservas.inkanantreks.com "PGPASSWORD=$PGPASSWORD ./migrar.sh"
  only: [main]
""")

p = url_pw()
add("blind-lk/k8s-secret/dsn-base64", "k8s/tienda-db-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: tienda-db
  namespace: sumaqaway
type: Opaque
data:
  DATABASE_URL: @@d@@
""", p, d=b64(f"mysql://tienda:{p}@10.20.0.5:3306/tienda_prod"))

k = fakes.aws_secret_key(_seed())
add("blind-lk/k8s-secret/aws-base64", "k8s/fotos-aws-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: fotos-aws
  namespace: sumaqaway
data:
  AWS_ACCESS_KEY_ID: @@a@@
  AWS_SECRET_ACCESS_KEY: @@s@@
""", k, a=b64(fakes.aws_key_id(_seed())), s=b64(k))

add("blind-lk/k8s-secret/decoy-empty-data", "k8s/plantillas/secret-vacio.yaml", K8S_SECRET, """# Plantilla (template): kubectl create secret generic ... --from-env-file wan huntay
apiVersion: v1
kind: Secret
metadata:
  name: pagos-mp
  namespace: sumaqaway
type: Opaque
data: {}
""")

add("blind-lk/k8s/decoy-external-secret", "k8s/external/reservas-db.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: reservas-db
  namespace: inkanan
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets, kind: ClusterSecretStore}
  target: {name: reservas-db}
  data:
    - secretKey: password
      remoteRef: {key: reservas/prod/db, property: password}
""")

k = fakes.github_token(_seed())
add("blind-lk/k8s/argocd-repo-secret", "k8s/argocd/repo-tienda.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """apiVersion: v1
kind: Secret
metadata:
  name: repo-tienda
  namespace: argocd
  labels: {argocd.argoproj.io/secret-type: repository}
stringData:
  url: https://github.com/sumaqaway/tienda
  username: git
  password: @@k@@
""", k, k=k)

# ---------------------------------------------------------------- decoys, many formats
add("blind-lk/python/decoy-hash-constants", "awana_core/verificar.py", "https://docs.python.org/3/library/hashlib.html", """import hashlib

# Catalogo PDF-pa sha256-nin (checksum del catalogo publicado)
CATALOGO_SHA256 = "@@h@@"
# Logo-pa md5-nin
LOGO_MD5 = "@@m@@"


def valido(contenido: bytes) -> bool:
    return hashlib.sha256(contenido).hexdigest() == CATALOGO_SHA256
""", h=hexs(64), m=hexs(32))

add("blind-lk/python/decoy-webhook-signature-check", "pagos/webhook.py", "https://www.mercadopago.com.pe/developers/es/docs/your-integrations/notifications/webhooks", """import hashlib
import hmac
import os

# Mercado Pago webhook firma (x-signature) qhaway - clave environment-manta
SECRET = os.environ.get("MP_WEBHOOK_SECRET", "").encode()


def firma_valida(manifest: str, v1: str) -> bool:
    calc = hmac.new(SECRET, manifest.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(calc, v1)
""")

add("blind-lk/python/decoy-keyring", "herramientas/clave_local.py", "https://pypi.org/project/keyring/", """import keyring

# Maquinaykipa llaveronpi waqaychay (guardar en el llavero del sistema)
SERVICIO = "sumaqaway-inventario"


def obtener(usuario: str) -> str:
    clave = keyring.get_password(SERVICIO, usuario)
    if clave is None:
        raise SystemExit("keyring set sumaqaway-inventario <usuario> nisqata ruray")
    return clave
""")

add("blind-lk/python/decoy-pydantic-settings", "booking_api/config.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Ajustes(BaseSettings):
    # .env-manta icha environment-manta leen (se leen del entorno)
    pg_password: SecretStr
    mp_access_token: SecretStr
    wa_access_token: SecretStr = SecretStr("")
    debug: bool = False


ajustes = Ajustes()
""")

add("blind-lk/javascript/decoy-firebase-web-config", "app-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """// Firebase web config - kaykunaqa publico (identificadores), mana pakasqachu
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  projectId: 'inkanan-app',
  authDomain: 'inkanan-app.firebaseapp.com',
  storageBucket: 'inkanan-app.appspot.com',
  messagingSenderId: '@@sid@@',
  appId: '1:@@sid@@:web:@@aid@@',
});
""", sid=str(_rng().randint(10**11, 10**12)), aid=hexs(22))

add("blind-lk/typescript/decoy-mp-public-key", "tienda/src/checkout/brick.ts", "https://www.mercadopago.com.pe/developers/es/docs/checkout-bricks/landing", """import { loadMercadoPago } from '@mercadopago/sdk-js';

// Public key: navegadorpi rikhurin, mana pakasqachu (es publica)
const MP_PUBLIC_KEY = 'APP_USR-@@pub@@';

export async function iniciar() {
  await loadMercadoPago();
  return new (window as any).MercadoPago(MP_PUBLIC_KEY, { locale: 'es-PE' });
}
""", pub=uuid_s())

add("blind-lk/typescript/decoy-type-definitions", "booking/src/types/pagos.d.ts", "https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html", """// Pago tipokuna (tipos)
export interface CredencialesMP {
  accessToken: string;   // APP_USR-...
  publicKey: string;
  webhookSecret?: string;
}

export type Ambiente = 'sandbox' | 'produccion';
""")

add("blind-lk/go/decoy-test-fixture", "reservas-go/internal/pagos/mp_test.go", "https://pkg.go.dev/testing", """package pagos

import "testing"

// Yanqa token (fake) - httptest servidorwan, mana chiqap Mercado Pagochu
const tokenFalso = "TEST-fake-token-for-unit-tests"

func TestToken(t *testing.T) {
	t.Setenv("MP_ACCESS_TOKEN", tokenFalso)
	if got, _ := Token(); got != tokenFalso {
		t.Fatalf("got %q", got)
	}
}
""")

add("blind-lk/java/decoy-vault-annotation", "facturacion/src/main/java/pe/sumaqaway/facturas/SunatConfig.java", "https://docs.spring.io/spring-cloud-vault/reference/", """package pe.sumaqaway.facturas;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

// SUNAT clave Vault-manta (secret/facturacion/sunat)
@Configuration
public class SunatConfig {
    @Value("${sunat.sol.clave}")
    private String claveSol;

    @Value("${sunat.sol.usuario:SUMAQ001}")
    private String usuarioSol;
}
""")

add("blind-lk/php/decoy-getenv", "web-cooperativa/inc/pagos.php", "https://www.php.net/manual/en/function.getenv.php", """<?php
// Yanapakuy (donaciones) - Stripe
$stripeKey = getenv('STRIPE_SECRET_KEY') ?: '';
if ($stripeKey === '') {
    error_log('STRIPE_SECRET_KEY mana kanchu');
    http_response_code(503);
    exit;
}
\\Stripe\\Stripe::setApiKey($stripeKey);
""")

add("blind-lk/ruby/decoy-rails-credentials-call", "tienda-rails/app/services/whatsapp.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """class Whatsapp
  # Token-qa credentials.yml.enc-pi (cifrado)
  TOKEN = Rails.application.credentials.dig(:whatsapp, :access_token)

  def self.willay(numero, texto)
    HTTP.auth("Bearer #{TOKEN}")
        .post("https://graph.facebook.com/v19.0/#{ENV['WA_PHONE_NUMBER_ID']}/messages",
              json: { messaging_product: "whatsapp", to: numero, text: { body: texto } })
  end
end
""")

add("blind-lk/yaml/decoy-openapi-security-scheme", "docs/api/reservas-openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/", """openapi: 3.0.3
info:
  title: Inka Nan Treks - reservas API
  version: 2.8.1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Agenciakunaman quykusqa llave (clave entregada a cada agencia)
security:
  - apiKey: []
paths: {}
""")

add("blind-lk/yaml/decoy-cert-manager", "k8s/cert/tienda-cert.yaml", "https://cert-manager.io/docs/usage/certificate/", """apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: tienda-tls
  namespace: sumaqaway
spec:
  secretName: tienda-tls   # cert-manager kaypi llavekunata waqaychan
  dnsNames: [tienda.sumaqaway.pe, www.sumaqaway.pe]
  issuerRef: {name: letsencrypt, kind: ClusterIssuer}
""")

add("blind-lk/pem/decoy-certificate", "deploy/tls/tienda.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIIDdzCCAl+gAwIBAgIU" + alnum(44, ALNUM + "+/"), l2=alnum(64, ALNUM + "+/"), l3=alnum(64, ALNUM + "+/"), l4=alnum(40, ALNUM + "+/") + "==")

add("blind-lk/pem/decoy-public-key", "pagos/keys/mp_webhook_pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@l1@@
@@l2@@
@@l3@@
@@l4@@IDAQAB
-----END PUBLIC KEY-----
""", l1=alnum(20, ALNUM + "+/"), l2=alnum(64, ALNUM + "+/"), l3=alnum(64, ALNUM + "+/"), l4=alnum(40, ALNUM + "+/"))

add("blind-lk/markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """# Changelog

## 2.8.1 - 2026-11-01
- Mercado Pago token musuqyachisqa (rotado); ñawpaq token revocado.
- `STRIPE_SECRET_KEY` kunan Secrets Manager-manta hamun.
- Fix: reservas Salkantay 5 p'unchaw (dias) precio.

## 2.8.0 - 2026-10-12
- WhatsApp willakuykuna (avisos) runasimipi.
""")

add("blind-lk/markdown/decoy-onboarding", "docs/nuevo_integrante.md", MD, """# Allin hamusqayki! (bienvenida) - nuevo integrante

1. GitHub-pi `sumaqaway` org-man yaykuy (pide acceso a Rosa).
2. `aws sso login --profile sumaqaway` - mana access key-kunachu.
3. 1Password "Desarrollo" boveda-manta `.env` copiay.
4. Pakasqa simikunata **hayk'aqpas** Slack-pi, WhatsApp-pi mana kachaychu.
5. Sospechas una fuga? `#seguridad` kanalpi willay, token-ta revocay.
""")

add("blind-lk/rst/decoy-api-auth-doc", "docs/source/api_agencias.rst", RST, """API para agencias
=================

Sapa agencia huk llaveta chaskin (cada agencia recibe una clave). Ejemplo::

    curl -H "X-Api-Key: $INKANAN_API_KEY" https://reservas.inkanantreks.com/api/v2/cupos?ruta=salkantay

Llaveta panel-pi musuqyachiy atikun (se puede rotar en el panel).
""")

add("blind-lk/html/decoy-docs-snippet", "docs/site/integracion.html", "https://html.spec.whatwg.org/multipage/", """<section id="integracion">
  <h2>Integracion (agencias)</h2>
  <p>Llaveykita header-pi churay:</p>
  <pre><code>X-Api-Key: &lt;TU_API_KEY&gt;</code></pre>
  <p>Sandbox: <code>https://sandbox.inkanantreks.com</code> - yanqa datokuna (datos de prueba).</p>
</section>
""")

add("blind-lk/notes/decoy-rotation-log", "notas/rotacion_claves_2026.md", MD, """# Claves musuqyachiy (rotacion) 2026

| Fecha      | Que                   | Quien | Donde quedo                      |
|------------|-----------------------|-------|----------------------------------|
| 2026-03-02 | Mercado Pago token    | Rosa  | Secrets Manager `pagos/mp`       |
| 2026-06-18 | Postgres reservas     | Kusi  | Secrets Manager `reservas/prod/db` |
| 2026-10-01 | WhatsApp system token | Rosa  | Secrets Manager `avisos/wa`      |
""")

add("blind-lk/notes/decoy-meeting-notes", "notas/tantanakuy_2026-10-20.md", MD, """# Tantanakuy (reunion) 2026-10-20

- Awaqkuna: 34 socias, 3 musuq (nuevas) Chinchero-manta.
- Kusi: Stripe llave filtrakurqa? Mana, pk_live_ nisqallam (publishable) web-pi karqa, chayqa allinmi.
- Rosa: token WhatsApp vencenqa 2026-12; musuqta ruranqa.
- Qhipa tantanakuy: 2026-11-17.
""")

add("blind-lk/csv/decoy-masked-export", "datos/usuarios_portal_export.csv", "https://www.rfc-editor.org/rfc/rfc4180", """usuario,email,rol,clave,ultimo_ingreso
rosa,rosa@sumaqaway.pe,admin,********,2026-11-02
kusi,kusi@inkanantreks.com,admin,********,2026-11-03
efrain,efrain@sumaqaway.pe,contador,********,2026-10-28
guia01,guia01@inkanantreks.com,guia,********,2026-11-01
""")

add("blind-lk/log/decoy-redacted-headers", "logs/nginx-debug.log", "https://nginx.org/en/docs/debugging_log.html", """2026/11/03 09:12:44 [debug] http header: "Host: reservas.inkanantreks.com"
2026/11/03 09:12:44 [debug] http header: "Authorization: Bearer [REDACTED]"
2026/11/03 09:12:44 [debug] http header: "X-Api-Key: ****************"
2026/11/03 09:12:44 [debug] http header: "User-Agent: InkaNanApp/3.1 (iOS)"
2026/11/03 09:12:44 [debug] http request line: "GET /api/v2/cupos?ruta=lares HTTP/1.1"
""")

add("blind-lk/ini/decoy-odoo-sample", "odoo/odoo.sample.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """[options]
; Kayta copiay odoo.conf-man, admin_passwd-ta churay
admin_passwd = CHANGE_ME
db_host = localhost
db_user = odoo
db_password = False
""")

add("blind-lk/terraform/decoy-data-source-secret", "infra/terraform/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """data "aws_secretsmanager_secret_version" "mp" {
  secret_id = "pagos/mp"
}

locals {
  # Mercado Pago token Secrets Manager-manta
  mp_token = jsondecode(data.aws_secretsmanager_secret_version.mp.secret_string)["access_token"]
}
""")

add("blind-lk/dockerfile/decoy-arg-without-value", "avisos/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """FROM python:3.12-slim
ARG WA_ACCESS_TOKEN
# Mana image-pi churanachu: runtime-pi environment-wan hamun
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "avisos"]
""")

add("blind-lk/compose/decoy-docker-secrets", "compose/reservas-secrets.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """services:
  reservas:
    image: ghcr.io/inkanantreks/reservas:2.8.1
    environment:
      PGPASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt   # git-pi mana kanchu (.gitignore)
""")

add("blind-lk/powershell/decoy-secret-management", "windows/Obtener-Clave.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# SecretManagement: clave Windows llaveropi (Credential Manager)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "NAS-respaldo" -Vault "SumaqAway"
New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\nas01\\respaldos" -Credential $cred
Write-Host "NAS-man tinkurqan (conectado)"
""")

add("blind-lk/json/decoy-appsettings-dev", "Contabilidad/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Contabilidad": "Server=(localdb)\\\\MSSQLLocalDB;Database=Contabilidad;Trusted_Connection=True;"
  },
  "SendGrid": { "ApiKey": "" },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("blind-lk/xml/decoy-android-manifest", "app-android/app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/manifest-intro", """<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Inka Nan" android:icon="@mipmap/ic_launcher">
        <!-- Maps key build-pi local.properties-manta hamun -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

# ---------------------------------------------------------------- more secrets
p = words_pw()
add("blind-lk/jenkins/jenkinsfile-env", "facturacion/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
    agent any
    environment {
        // Nexus-man apay (subir artefacto)
        NEXUS_USER = 'deploy'
        NEXUS_PASS = '@@p@@'
    }
    stages {
        stage('build') { steps { sh './mvnw -B package' } }
        stage('deploy') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
    }
}
""", p, p=p)

k = hexs(64)
add("blind-lk/circleci/env-inline", ".circleci/config.yml", "https://circleci.com/docs/env-vars/", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          SENTRY_AUTH_TOKEN: sntryu_@@k@@
    steps:
      - checkout
      - run: pytest -q
""", "sntryu_" + k, k=k)

p = rand_pw(20)
add("blind-lk/bitbucket/pipelines-sftp", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: web cooperativa-man apay (subir)
          script:
            - lftp -u wp_deploy,@@p@@ sftp://web.sumaqaway.pe -e "mirror -R ./public /var/www/html; quit"
""", p, p=p)

p = words_pw()
add("blind-lk/systemd/unit-environment", "deploy/systemd/reservas.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=Inka Nan reservas API
After=network.target

[Service]
User=reservas
Environment=PGHOST=db.inkanantreks.internal
Environment=PGPASSWORD=@@p@@
ExecStart=/opt/reservas/.venv/bin/gunicorn reservas.wsgi -b 127.0.0.1:8080
Restart=always

[Install]
WantedBy=multi-user.target
""", p, p=p)

add("blind-lk/systemd/decoy-environment-file", "deploy/systemd/avisos.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """[Unit]
Description=Sumaq Away avisos (WhatsApp worker)

[Service]
User=avisos
EnvironmentFile=/etc/sumaqaway/avisos.env
LoadCredential=wa_token:/etc/credstore/wa_token
ExecStart=/opt/avisos/.venv/bin/python -m avisos
""")

p = words_pw()
add("blind-lk/crontab/mysqldump-password", "deploy/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# Sapa tuta backup (cada noche) - inventario
MAILTO=rosa@sumaqaway.pe
# m h dom mon dow command
30 2 * * * mysqldump -u inventario --password='@@p@@' paqocha_stock | gzip > /backups/inv-$(date +\\%F).sql.gz
0 4 * * 0 find /backups -mtime +30 -delete
""", p, p=p)

k = stripe()
add("blind-lk/makefile/stripe-cli", "tienda/Makefile", "https://docs.stripe.com/stripe-cli", """.PHONY: webhooks test

# Stripe webhooks local-pi (probar webhooks localmente)
webhooks:
	stripe listen --api-key @@k@@ --forward-to localhost:8000/pagos/stripe/webhook

test:
	pytest -q
""", k, k=k)

add("blind-lk/htpasswd/decoy-apr1-hashes", "deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """rosa:$apr1$@@s1@@$@@h1@@
kusi:$apr1$@@s2@@$@@h2@@
efrain:$apr1$@@s3@@$@@h3@@
guia:$apr1$@@s4@@$@@h4@@
contador:$apr1$@@s5@@$@@h5@@
""", s1=alnum(8), h1=alnum(22, ALNUM + "./"), s2=alnum(8), h2=alnum(22, ALNUM + "./"), s3=alnum(8), h3=alnum(22, ALNUM + "./"),
    s4=alnum(8), h4=alnum(22, ALNUM + "./"), s5=alnum(8), h5=alnum(22, ALNUM + "./"))

p = words_pw()
add("blind-lk/nginx/proxy-basic-auth-header", "deploy/nginx/odoo.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """server {
    listen 443 ssl;
    server_name yupana.sumaqaway.pe;
    location /reportes/ {
        # Metabase-man yaykuy (acceso a reportes)
        proxy_set_header Authorization "Basic @@a@@";
        proxy_pass http://10.20.0.30:3000/;
    }
}
""", b64("reportes:" + p), a=b64("reportes:" + p))

k = fakes.fake("", 32, _seed())
add("blind-lk/toml/wrangler-secret", "worker-cupos/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """name = "cupos-edge"
main = "src/index.ts"
compatibility_date = "2026-10-01"

[vars]
RESERVAS_API = "https://reservas.inkanantreks.com/api/v2"
RESERVAS_API_KEY = "inkn_live_@@k@@"
""", "inkn_live_" + k, k=k)

p = words_pw()
add("blind-lk/python/smtp-login", "avisos/boletas.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """import smtplib
from email.message import EmailMessage


def enviar_boleta(para: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Boleta - Sumaq Away", "ventas@sumaqaway.pe", para
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="boleta.pdf")
    with smtplib.SMTP_SSL("smtp.zoho.com", 465) as s:
        s.login("ventas@sumaqaway.pe", "@@p@@")  # Zoho app password
        s.send_message(msg)
""", p, p=p)

p = rand_pw(16)
add("blind-lk/python/heredoc-config-string", "herramientas/crear_config.py", "https://docs.python.org/3/library/configparser.html", """from pathlib import Path

# Musuq guiapa laptop-nipaq config (config para la laptop del nuevo guia)
PLANTILLA = \"\"\"[reservas]
url = https://reservas.inkanantreks.com
usuario = guias
clave = @@p@@
\"\"\"

Path.home().joinpath(".inkanan.ini").write_text(PLANTILLA)
""", p, p=p)

k = twilio_sid()
t = hexs(32)
add("blind-lk/python/twilio-client-args", "sms/enviar.py", TWILIO, """from twilio.rest import Client

# Puriqkunaman SMS (SMS a pasajeros): recojo 4:00 am
client = Client("@@sid@@", "@@t@@")


def recojo(numero: str, hotel: str) -> None:
    client.messages.create(to=numero, from_="+51984000000",
                           body=f"Inka Nan: paqarin 4:00 am {hotel}-pi recojo. Allin puriy!")
""", t, sid=k, t=t)

k = mailgun()
add("blind-lk/shell/curl-mailgun-user", "scripts/prueba_correo.sh", "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/", """#!/usr/bin/env bash
# Correo pruebay (probar correo) - Mailgun
curl -s --user 'api:@@k@@' \\
    https://api.mailgun.net/v3/mg.sumaqaway.pe/messages \\
    -F from='Sumaq Away <prueba@mg.sumaqaway.pe>' \\
    -F to=rosa@sumaqaway.pe \\
    -F subject='Prueba' -F text='Allillanchu?'
""", k, k=k)

p = words_pw()
add("blind-lk/shell/backslash-split-password", "scripts/crear_usuario_db.sh", "https://www.gnu.org/software/bash/manual/html_node/Escape-Character.html", """#!/usr/bin/env bash
# Metabase-paq usuario (usuario para metabase)
set -e
CLAVE="@@a@@\\
@@b@@"
psql -h db.inkanantreks.internal -U postgres -c "CREATE ROLE metabase LOGIN PASSWORD '$CLAVE'"
echo "usuario metabase kamasqa (creado)"
""", p, a=p[:7], b=p[7:])

k = fakes.aws_session_token(_seed())
add("blind-lk/aws-credentials/session-token", "notas/aws_sso_temporal.txt", AWS, """# aws sso-manta copiasqa (copiado del portal SSO) - 1 hora valen
export AWS_ACCESS_KEY_ID=ASIA@@ak@@
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@k@@
# Kusi: fotokuna S3-man apanaypaq
""", k, ak=alnum(16, UP), sk=fakes.aws_secret_key(_seed()), k=k)

k = pem("RSA")
add("blind-lk/yaml/ansible-private-key-var", "ansible/host_vars/nas01.yml", ANSIBLE, """---
ansible_host: 10.20.0.50
ansible_user: respaldo
# Respaldo llave (llave de respaldo) - qhipaman vault-man apasaq
respaldo_ssh_key: |
  @@k@@
""", k, k=k.replace("\n", "\n  "))

k = fakes.github_token(_seed())
add("blind-lk/python/requests-auth-tuple", "jobs/issues_semanal.py", "https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication", """import requests

# Sapa semana issue-kuna resumen (resumen semanal)
r = requests.get("https://api.github.com/repos/inkanantreks/reservas/issues",
                 params={"state": "open", "labels": "bug"},
                 auth=("kusi-quispe", "@@k@@"),
                 timeout=20)
for issue in r.json():
    print(issue["number"], issue["title"])
""", k, k=k)

p = words_pw()
add("blind-lk/php/pdo-dsn", "web-cooperativa/inc/db.php", "https://www.php.net/manual/en/pdo.construct.php", """<?php
// Socias (socias de la cooperativa) - registro
function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=localhost;dbname=socias;charset=utf8mb4', 'socias_app', '@@p@@');
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
    }
    return $pdo;
}
""", p, p=p)

k = hexs(32)
add("blind-lk/ruby/env-default-token", "tienda-rails/lib/tasks/inventario.rake", "https://ruby-doc.org/3.3/ENV.html#method-c-fetch", """namespace :inventario do
  desc "Awana-manta stock apamuy (traer stock del telar)"
  task sync: :environment do
    token = ENV.fetch("AWANA_API_TOKEN", "@@k@@")
    resp = HTTP.auth("Token #{token}").get("https://awana.sumaqaway.pe/api/stock")
    Producto.sincronizar!(resp.parse)
  end
end
""", k, k=k)

p = url_pw()
add("blind-lk/kotlin/jdbc-url", "reportes-kt/src/main/kotlin/Reportes.kt", "https://jdbc.postgresql.org/documentation/use/", """import java.sql.DriverManager

// Killa reporte (reporte mensual) - trekkers por ruta
fun main() {
    val url = "jdbc:postgresql://db.inkanantreks.internal:5432/reservas_prod?user=reportes&password=@@p@@"
    DriverManager.getConnection(url).use { c ->
        c.createStatement().executeQuery("select ruta, count(*) from reservas group by ruta").use { rs ->
            while (rs.next()) println("${rs.getString(1)}: ${rs.getInt(2)}")
        }
    }
}
""", p, p=p)

k = fakes.fake("", 64, _seed())
add("blind-lk/swift/revenuecat-secret", "InkaNanApp/Sources/Config/Claves.swift", "https://www.revenuecat.com/docs/projects/authentication", """import Foundation

// Server-side webhooks-paq (no deberia estar en la app!)
enum Claves {
    static let revenueCatPublic = "appl_@@pub@@"
    static let revenueCatSecret = "sk_@@k@@"
    static let entorno = "produccion"
}
""", "sk_" + k[:32], pub=alnum(27), k=k[:32])

k = sendgrid()
add("blind-lk/yaml/spring-mail-sendgrid", "facturacion/src/main/resources/application-mail.yml", SPRING, """spring:
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: @@k@@
    properties.mail.smtp.starttls.enable: true
""", k, k=k)

k = fakes.fake("", 43, _seed())
add("blind-lk/ini/supervisor-env", "deploy/supervisor/avisos.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """[program:avisos]
command=/opt/avisos/.venv/bin/python -m avisos
directory=/opt/avisos
user=avisos
environment=WA_PHONE_NUMBER_ID="109300412233",WA_APP_SECRET="@@k@@"
autorestart=true
""", k, k=k)

u, p = "ventas@sumaqaway.pe", words_pw()
add("blind-lk/log/smtp-auth-plain", "logs/smtp-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """send: 'ehlo tienda01\\r\\n'
reply: b'250-smtp.zoho.com Hello tienda01\\r\\n'
reply: b'250-AUTH LOGIN PLAIN\\r\\n'
send: 'AUTH PLAIN @@a@@\\r\\n'
reply: b'235 Authentication Successful\\r\\n'
send: 'mail FROM:<ventas@sumaqaway.pe>\\r\\n'
""", b64(f"\0{u}\0{p}"), a=b64(f"\0{u}\0{p}"))

p = rand_pw(18)
add("blind-lk/xml/filezilla-sitemanager", "notas/filezilla_sitios.xml", "https://wiki.filezilla-project.org/Command-line_arguments_(Client)", """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.sumaqaway.pe</Host><Port>21</Port><User>catalogo</User>
      <Pass encoding="base64">@@a@@</Pass>
      <Name>Catalogo fotos (Rosa)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", p, a=b64(p))

k = gitlab()
add("blind-lk/markdown/clone-url-token", "docs/clonar_repos.md", MD, """# Repokuna clonay (clonar repositorios)

Runner-pi (servidorpi) kayta ruray:

```bash
git clone https://oauth2:@@k@@@gitlab.sumaqaway.pe/cooperativa/awana.git
```

Kusi-pa tokennin, 2026-12-31 kama (vence a fin de ano).
""", k, k=k)

k = hexs(32)
add("blind-lk/json/postman-environment", "postman/reservas-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "name": "Reservas PROD",
  "values": [
    {"key": "base_url", "value": "https://reservas.inkanantreks.com/api/v2", "enabled": true},
    {"key": "api_key", "value": "@@k@@", "type": "secret", "enabled": true},
    {"key": "agencia", "value": "llamapath", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", k, k=k)

add("blind-lk/json/decoy-postman-empty", "postman/reservas-sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "name": "Reservas SANDBOX",
  "values": [
    {"key": "base_url", "value": "https://sandbox.inkanantreks.com/api/v2", "enabled": true},
    {"key": "api_key", "value": "", "type": "secret", "enabled": true},
    {"key": "agencia", "value": "demo", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""")

# ---------------------------------------------------------------- last round
p = words_pw()
add("blind-lk/notes/whatsapp-message-export", "notas/chat_awaqkuna_2026-09.txt", "https://faq.whatsapp.com/1180414079177245", """[12/09/26 08:14] Rosa Mamani: Allin p'unchay! Kunan tienda panel musuq clave
[12/09/26 08:15] Rosa Mamani: usuario: ventas  clave: @@p@@
[12/09/26 08:15] Rosa Mamani: ama pimanpas willaychu (no compartan)
[12/09/26 08:20] Juana Ccori: Sulpayki mamay
[12/09/26 09:02] Efrain Huaman: Yaykuniña (ya entre), allinmi
""", p, p=p)

k = shopify()
add("blind-lk/notes/handover-shopify", "notas/entrega_proveedor_web.md", MD, """# Entrega (handover) - proveedor web ñawpaq (anterior)

- Tienda: sumaq-away-textiles.myshopify.com
- App privada "inventario-sync", Admin API token: @@k@@
- Tema (theme): Dawn 15, editado
- Kunanmanta (desde ahora) Kusi-lla kamachinqa.

Paqarin token-ta musuqyachinanchik (hay que rotar).
""", k, k=k)

k = do_token()
add("blind-lk/terraform/provider-token", "infra/terraform/do.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

provider "digitalocean" {
  token = "@@k@@"
}
""", k, k=k)

p = words_pw()
add("blind-lk/helm/set-on-command-line", "deploy/helm_upgrade.sh", "https://helm.sh/docs/helm/helm_upgrade/", """#!/usr/bin/env bash
# Tienda helm-wan musuqyachiy (actualizar)
set -euo pipefail
helm upgrade --install tienda ./charts/tienda \\
  --namespace sumaqaway \\
  --set image.tag="$1" \\
  --set postgresql.auth.password='@@p@@'
""", p, p=p)

kk = "pat" + alnum(14) + "." + hexs(64)
add("blind-lk/dotenv/airtable-pat", "awaqkuna/.env.local", DOTENV, """# Awaqkuna registro (registro de tejedoras) - Airtable
AIRTABLE_BASE=app@@base@@
AIRTABLE_TABLE=Awaqkuna
AIRTABLE_TOKEN=@@k@@
SYNC_CRON=0 6 * * *
""", kk, base=alnum(14), k=kk)

k = "secret_" + alnum(43)
add("blind-lk/python/notion-token", "awaqkuna/notion_sync.py", "https://developers.notion.com/docs/authorization", """from notion_client import Client

# Awaqkunapa diseñonkuna (disenos de las tejedoras) Notion-pi
notion = Client(auth="@@k@@")
DB_DISENOS = "@@db@@"


def disenos():
    return notion.databases.query(database_id=DB_DISENOS)["results"]
""", k, k=k, db=hexs(32))

p = words_pw()
add("blind-lk/powershell/invoke-sqlcmd", "windows/Reporte-Ventas.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """# Killa ventas (ventas del mes) Excel-man
$q = "SELECT producto, SUM(monto) total FROM ventas WHERE MONTH(fecha) = MONTH(GETDATE()) GROUP BY producto"
$r = Invoke-Sqlcmd -ServerInstance "10.20.0.9" -Database "Contabilidad" `
    -Username "conta_app" -Password "@@p@@" -Query $q
$r | Export-Csv -Path "C:\\Reportes\\ventas_$(Get-Date -Format yyyy-MM).csv" -NoTypeInformation
""", p, p=p)

k = pem("RSA")
add("blind-lk/k8s-secret/tls-key-base64", "k8s/tls/reservas-tls.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: reservas-tls
  namespace: inkanan
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", k, crt=b64("-----BEGIN CERTIFICATE-----\n" + alnum(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(k + "\n"))

add("blind-lk/notes/decoy-quechua-glossary", "docs/simikuna.md", MD, """# Simikuna (glosario) - para el equipo

| Runasimi       | Castellano          | En el codigo          |
|----------------|---------------------|-----------------------|
| pakasqa simi   | contrasena          | `password` (nunca en git) |
| llave          | clave / key         | `api_key` (variable de entorno) |
| willakuy       | aviso / notificacion| `avisos/`             |
| awaq           | tejedora            | `awaqkuna` tabla      |
| puriq          | viajero / pasajero  | `pax`                 |
""")

add("blind-lk/yaml/decoy-helm-values-schema", "charts/reservas/values.yaml", HELM, """# Reservas chart - por defecto (sin claves)
replicaCount: 1
redis:
  enabled: true
  auth:
    enabled: true
    password: ""            # --set redis.auth.password icha existingSecret
    existingSecret: reservas-redis
mp:
  accessToken: ""           # pagos-mp secret-manta
""")

add("blind-lk/python/decoy-uuid-ids", "booking/constantes.py", "https://docs.python.org/3/library/uuid.html", """# Ñankuna (rutas) - identificadores fijos en la base de datos
RUTA_SALKANTAY = "@@u1@@"
RUTA_LARES = "@@u2@@"
RUTA_AUSANGATE = "@@u3@@"
RUTA_CAMINO_INCA = "@@u4@@"
# Google Analytics measurement id (publico)
GA_ID = "G-@@ga@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), ga=alnum(10, UP))

add("blind-lk/shell/decoy-generate-password", "scripts/nueva_clave.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """#!/usr/bin/env bash
# Musuq pakasqa simi paqarichiy (generar nueva clave) y guardarla en Secrets Manager
set -euo pipefail
nueva=$(openssl rand -base64 24)
aws secretsmanager put-secret-value --secret-id "$1" --secret-string "$nueva"
echo "musuq clave churasqa (guardada) en $1"
""")

add("blind-lk/ini/decoy-git-config", "deploy/gitconfig", "https://git-scm.com/docs/git-config", """[user]
	name = Kusi Quispe
	email = kusi@inkanantreks.com
[credential]
	helper = osxkeychain
[url "git@github.com:"]
	insteadOf = https://github.com/
""")

# ---------------------------------------------------------------- END
