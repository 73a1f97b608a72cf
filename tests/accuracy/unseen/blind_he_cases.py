"""Blind set HE: courier and same-day delivery firms (a Portuguese/Brazilian operator).

Dispatch software, drivers' apps, route and geocoding APIs, payments (Mercado Pago, Pagar.me, Asaas,
Efí, Cielo, PagBank, Stripe), messaging to customers, and their IT: configs, CI, containers,
infrastructure, notebooks, runbooks and notes (about a third in Portuguese), SQL, CSV, logs, and
their decoys. Generated fakes only (seeds 2770000-2779999).
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
SEED_LO, SEED_HI = 2770000, 2779999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Cajueiro", "Mangue", "Farol", "Ipe", "Jangada", "Sabia", "Tucano", "Cerrado", "Areia", "Lagoa",
         "Moinho", "Pitanga", "Rio", "Serra", "Veleiro", "Acai", "Buriti", "Coqueiro", "Garoa", "Tijuca"]
LOWER = ["entrega", "moto", "rota", "caixa", "pacote", "janela", "bairro", "esquina", "ladeira", "feira",
         "quintal", "varanda", "baliza", "pedal", "garagem", "balcao"]


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


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def mp_token() -> str:
    """Mercado Pago production access token."""
    return f"APP_USR-{digits(16)}-{digits(6)}-{hexs(32)}-{digits(9)}"


def mp_public() -> str:
    return f"APP_USR-{uuid_s()}"


def pagarme_sk() -> str:
    return fakes.fake("sk_", 32, _seed())


def pagarme_pk() -> str:
    return fakes.fake("pk_", 32, _seed())


def asaas_key() -> str:
    body = b64(f"{hexs(32)}::{digits(15)}::$aach_{uuid_s()}")
    return "$aact_prod_000" + body.rstrip("=")


def efi_secret() -> str:
    return "Client_Secret_" + hexs(40)


def efi_id() -> str:
    return "Client_Id_" + hexs(40)


def cielo_key() -> str:
    return fakes.drawn_mixed(_seed(), 40, UPPER)


def pagbank_token() -> str:
    return uuid_s() + hexs(64)


def lalamove_sk() -> str:
    return fakes.fake("sk_prod_", 64, _seed())


def lalamove_pk() -> str:
    return "pk_prod_" + hexs(32)


def gmaps_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def fcm_key() -> str:
    return "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-")


def whatsapp_token() -> str:
    return "EAAG" + fakes.drawn_mixed(_seed(), 180)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox_sk() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def mapbox_pk() -> str:
    return "pk.eyJ1Ijoi" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def sha256ish() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


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
    CASES.append(LabelledCase(f"blind-he/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env files

add("env/mercadopago-access-token", "despacho-api/.env.production", "https://www.mercadopago.com.br/developers/pt/docs/your-integrations/credentials", """
# despacho-api - producao (NAO COMMITAR... de novo)
APP_ENV=production
PORT=8080
DATABASE_URL=postgres://despacho@db-prod.interno.rapidoja.com.br:5432/despacho
MP_PUBLIC_KEY=@@pub@@
MP_ACCESS_TOKEN=@@secret@@
MP_WEBHOOK_URL=https://api.rapidoja.com.br/webhooks/mercadopago
LOG_LEVEL=info
""", mp_token(), pub=mp_public())

add("env/pagarme-secret-key", "checkout-frete/.env", "https://docs.pagar.me/reference/autenticacao-2", """
NODE_ENV=production
PAGARME_API_URL=https://api.pagar.me/core/v5
PAGARME_SECRET_KEY=@@secret@@
PAGARME_PUBLIC_KEY=@@pk@@
FRETE_MINIMO_CENTAVOS=990
""", pagarme_sk(), pk=pagarme_pk())

add("env/decoy-env-reference", "checkout-frete/.env.example", "https://docs.pagar.me/reference/autenticacao-2", """
# Copie para .env e preencha com as chaves do painel Pagar.me (Configuracoes > Chaves)
NODE_ENV=development
PAGARME_API_URL=https://api.pagar.me/core/v5
PAGARME_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAGARME_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
FRETE_MINIMO_CENTAVOS=990
""")

add("env/asaas-api-key", "cobranca-lojistas/.env.prod", "https://docs.asaas.com/docs/autenticacao", """
ASAAS_BASE_URL=https://api.asaas.com/v3
ASAAS_API_KEY='@@secret@@'
ASAAS_WEBHOOK_TOKEN_HEADER=asaas-access-token
COBRANCA_DIA_VENCIMENTO=10
COBRANCA_MULTA_PERCENTUAL=2
""", asaas_key())

add("env/redis-password", "roteirizador/.env.staging", "https://redis.io/docs/latest/develop/connect/clients/python/", """
ROUTER_WORKERS=6
OSRM_URL=http://osrm.staging.svc:5000
REDIS_URL=redis://:@@secret@@@redis-staging.rapidoja.internal:6379/2
CELERY_BROKER_URL=${REDIS_URL}
MAX_PARADAS_POR_ROTA=38
""", fakes.redis_password(_seed()))

add("env/google-maps-server-key", "geocoder-svc/.env", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
# chave de servidor (restrita por IP do NAT 34.95.x.x) - Geocoding + Distance Matrix
GOOGLE_MAPS_API_KEY=@@secret@@
GEOCODER_CACHE_TTL=604800
GEOCODER_REGION=br
GEOCODER_LANGUAGE=pt-BR
""", gmaps_key())

add("env/decoy-vault-reference", "geocoder-svc/.env.k8s", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector", """
# valores injetados pelo vault-agent (annotation vault.hashicorp.com/agent-inject-secret-env)
GOOGLE_MAPS_API_KEY=vault:secret/data/geocoder#google_maps_api_key
GEOCODER_CACHE_TTL=604800
GEOCODER_REGION=br
REDIS_URL=vault:secret/data/geocoder#redis_url
""")

add("env/lalamove-api-secret", "integracoes/lalamove/.env.local", "https://developers.lalamove.com/#authentication", """
LALAMOVE_MARKET=BR
LALAMOVE_API_KEY=@@pk@@
LALAMOVE_API_SECRET=@@secret@@
LALAMOVE_BASE_URL=https://rest.lalamove.com
LALAMOVE_SERVICE_TYPE=MOTORCYCLE
""", lalamove_sk(), pk=lalamove_pk())

add("env/smtp-password", "notificador/.env", "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html", """
SMTP_HOST=smtp.zoho.com
SMTP_PORT=587
SMTP_USER=nao-responda@rapidoja.com.br
SMTP_PASS=@@secret@@
MAIL_FROM="RapidoJa Entregas <nao-responda@rapidoja.com.br>"
""", words_pw())

add("env/decoy-placeholder", "notificador/.env.sample", "https://12factor.net/config", """
SMTP_HOST=smtp.zoho.com
SMTP_PORT=587
SMTP_USER=nao-responda@rapidoja.com.br
SMTP_PASS=<senha-do-cofre>
MAIL_FROM="RapidoJa Entregas <nao-responda@rapidoja.com.br>"
""")

add("env/firebase-server-key", "app-entregador-backend/.env.production", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
FCM_PROJECT_ID=rapidoja-entregador
FCM_SENDER_ID=@@sender@@
FCM_SERVER_KEY=@@secret@@
PUSH_TTL_SECONDS=120
PUSH_CANAL_ANDROID=corridas_novas
""", fcm_key(), sender=digits(12))

add("env/decoy-firebase-web-config", "painel-lojista/.env.production", "https://firebase.google.com/docs/projects/api-keys", """
# config do SDK web do Firebase - estes valores sao publicos (vao no bundle)
VITE_FIREBASE_API_KEY=@@key@@
VITE_FIREBASE_AUTH_DOMAIN=rapidoja-painel.firebaseapp.com
VITE_FIREBASE_PROJECT_ID=rapidoja-painel
VITE_FIREBASE_APP_ID=1:@@sender@@:web:@@app@@
VITE_API_URL=https://api.rapidoja.com.br
""", key=gmaps_key(), sender=digits(12), app=hexs(22))

add("env/efi-client-secret", "pix-recebimentos/.env", "https://dev.efipay.com.br/docs/api-pix/credenciais", """
EFI_SANDBOX=false
EFI_CLIENT_ID=@@cid@@
EFI_CLIENT_SECRET=@@secret@@
EFI_CERT_PATH=/run/secrets/efi-producao.p12
PIX_CHAVE=financeiro@rapidoja.com.br
""", efi_secret(), cid=efi_id())

add("env/twilio-auth-token", "sms-rastreio/.env", "https://www.twilio.com/docs/iam/api/authtoken", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+551140028922
TRACKING_BASE=https://rast.rapidoja.com.br/
SMS_HORARIO_SILENCIO=22-07
""", hexs(32), sid=twilio_sid())

add("env/decoy-test-keys", "checkout-frete/.env.test", "https://docs.stripe.com/keys#test-live-modes", """
# usado pelo jest; nenhuma chamada sai da maquina (nock intercepta)
NODE_ENV=test
PAGARME_SECRET_KEY=sk_test_fixture_nao_e_chave
STRIPE_SECRET_KEY=sk_test_dummy
DATABASE_URL=postgres://postgres:postgres@localhost:5432/frete_test
""")

add("env/onfleet-api-key", "last-mile-sp/.env", "https://docs.onfleet.com/reference/authentication", """
ONFLEET_API_KEY=@@secret@@
ONFLEET_WEBHOOK_PATH=/onfleet/events
HUB_ID_SP_CENTRO=@@hub@@
ONFLEET_AUTO_ASSIGN=distance
LASTMILE_PORT=3000
""", hexs(32), hub=fakes.drawn(_seed(), 24))

add("env/decoy-redacted", "last-mile-sp/.env.dump-suporte.txt", "https://docs.onfleet.com/reference/authentication", """
# saida de `printenv | sort` enviada pelo suporte em 14/03 - valores mascarados pelo script
HOSTNAME=lastmile-sp-7c9f6d-x2k4q
ONFLEET_API_KEY=********************************
ONFLEET_WEBHOOK_PATH=/onfleet/events
PATH=/usr/local/bin:/usr/bin:/bin
REDIS_URL=redis://:[REDACTED]@redis-sp:6379/0
""")

# ---------------------------------------------------------------- python

add("python/mercadopago-access-token", "despacho-api/pagamentos/mp_client.py", "https://github.com/mercadopago/sdk-python", """
import mercadopago

# TODO(bruno): mover para settings/secrets antes do deploy
sdk = mercadopago.SDK("@@secret@@")


def criar_preferencia(pedido):
    item = {"title": f"Frete {pedido.codigo}", "quantity": 1, "unit_price": float(pedido.valor_frete)}
    resposta = sdk.preference().create({"items": [item], "external_reference": pedido.codigo})
    return resposta["response"]["init_point"]
""", mp_token())

add("python/cielo-merchant-key", "cobranca/cielo.py", "https://developercielo.github.io/manual/cielo-ecommerce", """
import requests

CIELO_URL = "https://api.cieloecommerce.cielo.com.br/1/sales/"
HEADERS = {
    "MerchantId": "@@mid@@",
    "MerchantKey": "@@secret@@",
    "Content-Type": "application/json",
}


def cobrar_cartao(pedido_id, valor_centavos, cartao):
    corpo = {"MerchantOrderId": pedido_id,
             "Payment": {"Type": "CreditCard", "Amount": valor_centavos, "Installments": 1, "CreditCard": cartao}}
    return requests.post(CIELO_URL, json=corpo, headers=HEADERS, timeout=20).json()
""", cielo_key(), mid=uuid_s())

add("python/loggi-api-key", "integracoes/loggi/client.py", "https://docs.api.loggi.com/reference/authentication", """
import httpx

LOGGI_GRAPHQL = "https://www.loggi.com/graphql/"
LOGGI_EMAIL = "integracao@rapidoja.com.br"
LOGGI_API_KEY = "@@secret@@"


def _headers():
    return {"Authorization": f"ApiKey {LOGGI_EMAIL}:{LOGGI_API_KEY}", "Content-Type": "application/json"}


async def cotar(origem, destino):
    query = {"query": "query { estimate(from: $o, to: $d) { price eta } }", "variables": {"o": origem, "d": destino}}
    async with httpx.AsyncClient(timeout=15) as client:
        return (await client.post(LOGGI_GRAPHQL, json=query, headers=_headers())).json()
""", hexs(40))

add("python/postgres-password", "etl/carga_entregas.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
\"\"\"Carga noturna: entregas do dia -> data warehouse.\"\"\"
import psycopg2
import pandas as pd

conn = psycopg2.connect(
    host="dw.rapidoja.internal",
    dbname="analytics",
    user="etl_entregas",
    password="@@secret@@",
)

df = pd.read_sql("SELECT * FROM entregas WHERE data = current_date - 1", conn)
df.to_parquet("/data/entregas/ontem.parquet")
""", words_pw())

add("python/django-secret-key", "painel_operacoes/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ops.rapidoja.com.br"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://ops.rapidoja.com.br"]
SESSION_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "painel_operacoes/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "ops",
                         "USER": os.getenv("DB_USER", "ops"), "PASSWORD": os.getenv("DB_PASSWORD", ""),
                         "HOST": os.getenv("DB_HOST", "localhost")}}
MERCADOPAGO_ACCESS_TOKEN = os.environ.get("MP_ACCESS_TOKEN")
LANGUAGE_CODE = "pt-br"
TIME_ZONE = "America/Sao_Paulo"
""")

add("python/aws-secret-access-key", "scripts/upload_comprovantes.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
#!/usr/bin/env python3
# envia fotos de comprovante de entrega (POD) do disco do servidor antigo para o S3
import boto3
from pathlib import Path

s3 = boto3.client(
    "s3",
    region_name="sa-east-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for foto in Path("/srv/pod").glob("**/*.jpg"):
    s3.upload_file(str(foto), "rapidoja-pod-fotos", f"legado/{foto.name}")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/telegram-bot-token", "bots/alerta_atrasos.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import requests

BOT = "@@secret@@"
CHAT_SUPERVISAO = -1001843220017


def avisar(entrega):
    texto = f"⚠️ Entrega {entrega['codigo']} atrasada {entrega['minutos']} min - motoboy {entrega['entregador']}"
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage", data={"chat_id": CHAT_SUPERVISAO, "text": texto})
""", fakes.telegram_token(_seed()))

_WA = whatsapp_token()
add("python/whatsapp-cloud-token", "notificador/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
import requests

PHONE_ID = "@@phone@@"
TOKEN = (
    "@@p1@@"
    "@@p2@@"
)


def enviar_status(telefone, codigo, status):
    url = f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages"
    corpo = {"messaging_product": "whatsapp", "to": telefone, "type": "template",
             "template": {"name": "status_entrega", "language": {"code": "pt_BR"},
                          "components": [{"type": "body", "parameters": [{"type": "text", "text": codigo}, {"type": "text", "text": status}]}]}}
    return requests.post(url, json=corpo, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
""", _WA, phone=digits(15), p1=_WA[:90], p2=_WA[90:])

add("python/decoy-test-fixture", "despacho-api/tests/test_pagamentos.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """
import pytest

from pagamentos import mp_client


@pytest.fixture(autouse=True)
def token_falso(monkeypatch):
    monkeypatch.setenv("MP_ACCESS_TOKEN", "TEST-0000000000000000-000000-00000000000000000000000000000000-000000000")


def test_preferencia_usa_codigo(pedido_factory, mp_mock):
    pedido = pedido_factory(codigo="RJ-000123")
    mp_client.criar_preferencia(pedido)
    assert mp_mock.last_body["external_reference"] == "RJ-000123"
""")

add("python/sendgrid-api-key", "notificador/email_comprovante.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(api_key="@@secret@@")


def enviar_comprovante(destinatario, codigo, url_foto):
    msg = Mail(from_email="entregas@rapidoja.com.br", to_emails=destinatario,
               subject=f"Seu pedido {codigo} foi entregue",
               html_content=f"<p>Entregue! <a href='{url_foto}'>Ver comprovante</a></p>")
    return sg.send(msg)
""", sendgrid_key())

add("python/decoy-hash", "app_entregador/auth/pin.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """
import hashlib
import hmac

# PIN de 4 digitos do entregador no quiosque do hub; guardamos apenas o PBKDF2
ITERACOES = 310_000
PIN_ADMIN_HUB_HASH = "@@h@@"
SALT_ADMIN_HUB = bytes.fromhex("@@salt@@")


def confere_pin_admin(pin: str) -> bool:
    calc = hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT_ADMIN_HUB, ITERACOES).hex()
    return hmac.compare_digest(calc, PIN_ADMIN_HUB_HASH)
""", h=sha256ish(), salt=hexs(32))

add("python/stripe-secret-key", "intl/stripe_checkout.py", "https://docs.stripe.com/keys", """
import stripe

# operacao Lisboa (EUR) cobra via Stripe
stripe.api_key = "@@secret@@"


def sessao_checkout(pedido):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "eur", "unit_amount": pedido.total_cent,
                                    "product_data": {"name": f"Estafeta {pedido.ref}"}}, "quantity": 1}],
        success_url="https://lx.rapidoja.pt/ok", cancel_url="https://lx.rapidoja.pt/cancelado")
""", stripe_key())

add("python/pagbank-token", "cobranca/pagbank.py", "https://dev.pagbank.uol.com.br/reference/autenticacao", """
import requests

PAGBANK_URL = "https://api.pagseguro.com/orders"
PAGBANK_TOKEN = "@@secret@@"


def criar_pedido_pix(pedido):
    corpo = {"reference_id": pedido.codigo, "customer": pedido.cliente_dict(),
             "qr_codes": [{"amount": {"value": pedido.total_centavos}}]}
    r = requests.post(PAGBANK_URL, json=corpo, headers={"Authorization": f"Bearer {PAGBANK_TOKEN}"}, timeout=15)
    r.raise_for_status()
    return r.json()["qr_codes"][0]["text"]
""", pagbank_token())

add("python/decoy-uuid-ids", "roteirizador/fixtures/hubs.py", "https://docs.python.org/3/library/uuid.html", """
# ids dos hubs (tabela hubs.id) - usados nos testes de roteirizacao
HUBS = {
    "SP-CENTRO": "@@a@@",
    "SP-LAPA": "@@b@@",
    "RJ-BOTAFOGO": "@@c@@",
    "POA-NAVEGANTES": "@@d@@",
    "LIS-ALCANTARA": "@@e@@",
}
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s())

add("python/ftp-password", "legado/importa_manifesto_ftp.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP_TLS
import io

# manifesto diario da transportadora parceira (arquivo CSV por FTP)
ftp = FTP_TLS("ftp.transvale-logistica.com.br")
ftp.login("rapidoja", "@@secret@@")
ftp.prot_p()
buf = io.BytesIO()
ftp.retrbinary("RETR /saida/manifesto_hoje.csv", buf.write)
ftp.quit()
open("/tmp/manifesto.csv", "wb").write(buf.getvalue())
""", rand_pw(12, "!#"))

add("python/mongodb-password", "rastreamento/db.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
from pymongo import MongoClient

MONGO_URI = "mongodb+srv://rastreio_app:@@secret@@@cluster0.x8kqp.mongodb.net/rastreio?retryWrites=true&w=majority"
client = MongoClient(MONGO_URI)
posicoes = client.rastreio.posicoes_gps
posicoes.create_index([("entregador_id", 1), ("ts", -1)])
""", rand_pw(16))

add("python/decoy-regex", "secrets_hook/padroes.py", "https://docs.python.org/3/library/re.html", """
import re

# padroes que o nosso hook interno de pre-commit recusa
PADROES = {
    "mercadopago": re.compile(r"APP_USR-\\d{16}-\\d{6}-[0-9a-f]{32}-\\d{9}"),
    "pagarme": re.compile(r"\\bsk_[A-Za-z0-9]{32}\\b"),
    "efi": re.compile(r"Client_Secret_[0-9a-f]{40}"),
    "asaas": re.compile(r"\\$aact_[A-Za-z0-9_=]{40,}"),
}
""")

# ---------------------------------------------------------------- yaml, k8s, compose, CI, IaC

add("k8s-secret/postgres-password", "deploy/k8s/despacho/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: despacho-db
  namespace: despacho
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _PW1 := words_pw(), host=b64("pg-despacho.rapidoja.internal"), user=b64("despacho_app"), pw=b64(_PW1))

add("k8s-secret/mercadopago-access-token", "deploy/k8s/pagamentos/mp-credentials.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: mercadopago
  namespace: pagamentos
  labels:
    app: pagamentos-api
type: Opaque
stringData:
  MP_PUBLIC_KEY: "@@pub@@"
  MP_ACCESS_TOKEN: "@@secret@@"
""", mp_token(), pub=mp_public())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/pagamentos/mp-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mercadopago
  namespace: pagamentos
spec:
  encryptedData:
    MP_ACCESS_TOKEN: AgB@@a@@
    MP_PUBLIC_KEY: AgC@@b@@
  template:
    metadata:
      name: mercadopago
""", a=fakes.drawn(_seed(), 340, ALNUM + "+/"), b=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/roteirizador/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: roteirizador-env
  namespace: roteirizador
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: roteirizador-env
  data:
    - secretKey: GOOGLE_MAPS_API_KEY
      remoteRef:
        key: prod/roteirizador
        property: google_maps_api_key
    - secretKey: REDIS_PASSWORD
      remoteRef:
        key: prod/roteirizador
        property: redis_password
""")

add("k8s-secret/docker-registry-password", "deploy/k8s/base/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred-harbor
  namespace: default
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _PW2 := rand_pw(24), cfg=b64('{"auths":{"harbor.rapidoja.com.br":{"username":"robot$ci-deploy","password":"' + _PW2 + '"}}}'))

add("yaml/rabbitmq-password", "despacho-api/config/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/messaging.html#messaging.amqp.rabbitmq", """
spring:
  application:
    name: despacho-api
  rabbitmq:
    host: rabbit-prod.rapidoja.internal
    port: 5672
    username: despacho
    password: @@secret@@
    virtual-host: /entregas
despacho:
  fila-novas-corridas: corridas.novas
  raio-busca-km: 4.5
""", rand_pw(20))

add("yaml/decoy-spring-placeholder", "despacho-api/config/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """
spring:
  application:
    name: despacho-api
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/despacho
    username: ${DB_USER:despacho}
    password: ${DB_PASSWORD}
  rabbitmq:
    host: ${RABBIT_HOST:localhost}
    password: ${RABBIT_PASSWORD:guest}
despacho:
  raio-busca-km: 4.5
""")

add("compose/mysql-root-password", "infra/legado-tms/docker-compose.yml", "https://hub.docker.com/_/mysql", """
version: "3.8"
services:
  tms:
    image: harbor.rapidoja.com.br/legado/tms-php:7.4
    ports: ["8081:80"]
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_USER: tms
      DB_PASS: ${TMS_DB_PASS}
  db:
    image: mysql:5.7
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: tms
    volumes:
      - tmsdata:/var/lib/mysql
volumes:
  tmsdata: {}
""", words_pw())

add("compose/decoy-dev-defaults", "roteirizador/docker-compose.dev.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """
services:
  osrm:
    image: osrm/osrm-backend:v5.27.1
    command: osrm-routed --algorithm mld /data/sudeste-latest.osrm
    volumes: ["./osrm-data:/data"]
  redis:
    image: redis:7-alpine
  postgres:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: roteirizador_dev
""")

add("compose/redis-password", "infra/rastreio/docker-compose.prod.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  redis:
    image: redis:7.2
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    restart: always
  rastreio-ws:
    image: harbor.rapidoja.com.br/rastreio/ws:2.14.0
    environment:
      REDIS_HOST: redis
    depends_on: [redis]
""", fakes.redis_password(_seed()))

add("github-actions/pypi-token", ".github/workflows/publica-sdk.yml", "https://docs.pypi.org/trusted-publishers/", """
name: publica rapidoja-sdk
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
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-despacho.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy despacho-api
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {id-token: write, contents: read}
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::483920117465:role/gha-deploy-despacho
          aws-region: sa-east-1
      - run: ./scripts/deploy.sh
        env:
          MP_ACCESS_TOKEN: ${{ secrets.MP_ACCESS_TOKEN }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_DEPLOYS }}
""")

add("github-actions/slack-webhook", ".github/workflows/notifica-release-app.yml", "https://api.slack.com/messaging/webhooks", """
name: avisa release do app entregador
on:
  release:
    types: [published]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - name: avisa #releases-app
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"App entregador ${{ github.event.release.tag_name }} publicado\\"}" \\
            @@secret@@
""", slack_webhook())

add("github-actions/aws-access-key", ".github/workflows/backup-fotos.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: backup noturno fotos POD
on:
  schedule: [{cron: "0 5 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: sa-east-1
      - run: aws s3 sync s3://rapidoja-pod-fotos s3://rapidoja-pod-backup --storage-class GLACIER_IR
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/ldap-bind-password", "ansible/group_vars/hubs/vars.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
hub_timezone: America/Sao_Paulo
ntp_servers: [a.ntp.br, b.ntp.br]
ldap_uri: ldaps://ad01.rapidoja.local:636
ldap_bind_dn: "CN=svc-quiosque,OU=Servicos,DC=rapidoja,DC=local"
ldap_bind_pw: "@@secret@@"
quiosque_url: https://ponto.rapidoja.com.br
impressora_etiquetas: zebra-zd421
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/hubs/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/wifi-psk", "ansible/roles/hub_wifi/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/nmcli_module.html", """
---
# rede dos coletores Zebra TC21 nos hubs
wifi_ssid: RJ-COLETORES
wifi_security: wpa-psk
wifi_psk: "@@secret@@"
wifi_band: a
wifi_hidden: true
""", passphrase())

add("terraform/rds-master-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "despacho" {
  identifier              = "despacho-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  username                = "despacho_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.privada.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
}
""", rand_pw(22))

add("terraform/decoy-random-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "rastreio" {
  replication_group_id       = "rastreio-prod"
  description                = "posicoes GPS em tempo real"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

resource "aws_secretsmanager_secret_version" "redis_auth" {
  secret_id     = aws_secretsmanager_secret.redis_auth.id
  secret_string = random_password.redis_auth.result
}
""")

add("terraform/cloudflare-api-token", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
terraform {
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.40" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.26" }
  }
}

provider "aws" {
  region = "sa-east-1"
}

provider "cloudflare" {
  api_token = "@@secret@@"
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# copie para terraform.tfvars (que esta no .gitignore)
ambiente          = "prod"
db_password       = "CHANGE_ME"
cloudflare_token  = "<token com permissao Zone:DNS:Edit>"
alerta_email      = "sre@rapidoja.com.br"
""")

add("yaml/decoy-sentry-dsn", "app-entregador/config/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# DSN do app e publico (vai dentro do APK); o token de upload fica no CI
sentry:
  dsn: https://@@k@@@o4505817.ingest.sentry.io/4505817220218880
  environment: production
  traces_sample_rate: 0.1
  org: rapidoja
  project: app-entregador-android
""", k=hexs(32))

add("yaml/datadog-api-key", "infra/datadog/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/?tab=helm", """
datadog:
  apiKey: @@secret@@
  site: datadoghq.com
  clusterName: eks-rapidoja-prod
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
clusterAgent:
  enabled: true
""", hexs(32))

add("yaml/decoy-helm-existing-secret", "infra/datadog/datadog-values-staging.yaml", "https://github.com/DataDog/helm-charts/tree/main/charts/datadog", """
datadog:
  apiKeyExistingSecret: datadog-credentials
  appKeyExistingSecret: datadog-credentials
  site: datadoghq.com
  clusterName: eks-rapidoja-staging
  logs:
    enabled: true
""")

# ---------------------------------------------------------------- markdown: runbooks, notes, READMEs

add("markdown/router-admin-password", "docs/runbooks/hub-lapa-rede.md", "https://wiki.mikrotik.com/wiki/Manual:Initial_Configuration", """
# Hub Lapa - rede local

| Equipamento | IP | Usuario | Senha |
|---|---|---|---|
| Mikrotik hEX (borda) | 10.20.0.1 | admin | @@secret@@ |
| Switch TP-Link 24p | 10.20.0.2 | admin | ver cofre (Bitwarden > Hubs) |
| AP Unifi doca | 10.20.0.10 | controlado pelo Unifi Cloud | - |

## Se a internet cair
1. Verificar se o link 4G de backup (porta ether5) assumiu: `/interface print`.
2. Ligar para Vivo Empresas: 0800 770 1616, contrato 88213-4.
3. Avisar no #ops-sp que os coletores vao operar offline.
""", words_pw())

add("markdown/mercadopago-access-token", "docs/handover/pagamentos-passagem-bastao.md", "https://www.mercadopago.com.br/developers/pt/docs/your-integrations/credentials", """
# Passagem de bastao - pagamentos (Juliana -> Rafael)

Rafa, seguem as pendencias antes das minhas ferias:

- O webhook do Mercado Pago as vezes chega duplicado; a idempotencia e pelo `data.id`.
- Conta de producao: a do CNPJ matriz (nao a da filial POA).
- Credenciais de prod, enquanto o cofre nao e liberado pra voce:
  - public key: `@@pub@@`
  - access token: `@@secret@@`
- Conciliacao roda as 06h (job `conciliar_mp` no Airflow).

Qualquer coisa me chama no WhatsApp.
""", mp_token(), pub=mp_public())

add("markdown/decoy-placeholder", "docs/integracoes/mercadopago.md", "https://www.mercadopago.com.br/developers/pt/docs/checkout-pro/integrate-preferences", """
# Integracao Mercado Pago

As credenciais ficam no AWS Secrets Manager em `prod/pagamentos/mercadopago`.
Para testar localmente use as credenciais de **teste** da sua conta de desenvolvedor:

```bash
export MP_ACCESS_TOKEN="TEST-<seu-token-de-teste>"
export MP_PUBLIC_KEY="TEST-<sua-public-key>"
python -m pagamentos.demo
```

Nunca coloque o token `APP_USR-...` de producao em arquivo versionado.
""")

add("markdown/efi-client-secret", "docs/runbooks/pix-efi-certificado.md", "https://dev.efipay.com.br/docs/api-pix/credenciais", """
# Runbook: renovar certificado Pix (Efi)

O certificado .p12 da Efi vence todo ano em marco.

1. Entrar em app.sejaefi.com.br > API > Aplicacoes > "rapidoja-recebimentos".
2. Gerar novo certificado de producao, baixar `producao-rapidoja.p12`.
3. Subir no Secrets Manager: `aws secretsmanager put-secret-value --secret-id prod/pix/efi-cert --secret-binary fileb://producao-rapidoja.p12`
4. Testar o OAuth com as credenciais da aplicacao:

```
curl -s --cert-type P12 --cert producao-rapidoja.p12 \\
  -u "@@cid@@:@@secret@@" \\
  -d '{"grant_type":"client_credentials"}' https://pix.api.efipay.com.br/oauth/token
```

5. Reiniciar `pix-recebimentos` (rollout restart).
""", efi_secret(), cid=efi_id())

add("markdown/decoy-redacted-values", "docs/postmortems/2024-07-vazamento-log.md", "https://sre.google/sre-book/postmortem-culture/", """
# Postmortem: token de pagamento em log (17/07)

**Resumo:** o `pagamentos-api` logou o header Authorization em nivel DEBUG por 40 minutos.

**Linha encontrada (mascarada):**
`Authorization: Bearer APP_USR-55**********************************************-1****`

**Acoes**
- Token revogado e rotacionado as 14h12 (novo esta so no Secrets Manager).
- Filtro de logs agora mascara `Bearer .*`.
- DEBUG desligado em producao por politica.
""")

add("markdown/vpn-preshared-key", "docs/ti/vpn-filial-porto.md", "https://docs.fortinet.com/document/fortigate/7.4.0/administration-guide/", """
# VPN site-to-site Sao Paulo <-> Porto (PT)

- Peer SP: 200.185.44.17 (FortiGate 60F)
- Peer Porto: 94.63.120.8 (FortiGate 40F)
- IKEv2, AES256-SHA256, DH 14
- Redes: 10.10.0.0/16 <-> 10.60.0.0/16
- PSK: @@secret@@

Notas: o tunel cai quando a MEO troca o IP; ligar pro Nuno (TI Porto) +351 912 000 431.
""", rand_pw(28))

add("markdown/decoy-public-key-docs", "docs/app-entregador/README.md", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """
# App Entregador (Android)

Kotlin + Jetpack Compose. Min SDK 26.

## Build local
1. Copie `local.properties.example` para `local.properties`.
2. Preencha `MAPS_API_KEY=` com a chave de **debug** que o time de plataforma te passar (restrita ao SHA-1 do seu keystore de debug).
3. `./gradlew :app:installDevDebug`

## Fingerprint do keystore de release (para restringir chaves no console)
SHA-1: @@fp@@

Releases saem pelo workflow `release-app.yml`.
""", fp=":".join(hexs(2).upper() for _ in range(20)))

add("markdown/ssh-password", "docs/ti/servidor-impressao-etiquetas.md", "https://help.ubuntu.com/community/SSH/OpenSSH/Configuring", """
# Servidor de impressao de etiquetas (hub Botafogo)

Raspberry Pi 4 ao lado da doca 2, roda CUPS + zebra-printer-bridge.

- IP: 10.30.0.50
- Acesso: `ssh pi@10.30.0.50`
- senha: @@secret@@
- Reinicio do servico: `sudo systemctl restart zpl-bridge`

Se a Zebra parar de imprimir, verificar se a fila `ZD421_DOCA2` esta pausada no CUPS (http://10.30.0.50:631).
""", words_pw())

add("markdown/decoy-example-curl", "docs/api-publica/autenticacao.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# API de Envios - Autenticacao

Cada lojista gera a sua chave no painel (Integracoes > Chaves de API).

```http
POST /v2/envios HTTP/1.1
Host: api.rapidoja.com.br
Authorization: Bearer rj_live_SUA_CHAVE_AQUI
Content-Type: application/json
```

Chaves de sandbox comecam com `rj_test_` e nao geram corridas reais.
Erro 401 = chave revogada ou ambiente errado.
""")

add("markdown/github-token", "docs/ti/onboarding-devs-notas.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
## Onboarding devs - notas rapidas (nao e o guia oficial)

- Pedir acesso ao org `rapidoja` pro Tiago.
- Enquanto o SSO nao e configurado, pode clonar os repos privados com o token da conta de servico:
  `git clone https://rapidoja-bot:@@secret@@@github.com/rapidoja/despacho-api.git`
- Rodar `make bootstrap` no monorepo.
- Entrar nos canais #dev, #ops-sp, #incidentes.
""", fakes.github_token(_seed()))

add("markdown/decoy-checksums", "docs/app-entregador/RELEASES.md", "https://developer.android.com/studio/publish/app-signing", """
# Releases do App Entregador

| Versao | Data | SHA-256 do AAB |
|---|---|---|
| 4.12.0 | 2024-09-02 | @@a@@ |
| 4.11.3 | 2024-08-19 | @@b@@ |
| 4.11.2 | 2024-08-05 | @@c@@ |

Conferir com `sha256sum app-release.aab` antes de subir na Play Console.
""", a=sha256ish(), b=sha256ish(), c=sha256ish())

add("markdown/sftp-password", "docs/parceiros/correios-sftp.md", "https://www.correios.com.br/atendimento/developers", """
# Troca de arquivos com parceiro (Transvale) - SFTP

Arquivos de devolucao chegam as 05h.

- host: sftp.transvale-logistica.com.br porta 2222
- usuario: rapidoja_dev
- senha: `@@secret@@`
- pasta de entrada: `/in/devolucoes/` , saida: `/out/ocorrencias/`

Layout do arquivo: ver `layout-ocorrencias-v3.pdf` no Drive.
""", rand_pw(14, "@#"))

add("markdown/decoy-sample-response", "docs/api-publica/webhooks.md", "https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries", """
# Webhooks de status

Assinamos cada entrega com HMAC-SHA256 do corpo usando o *signing secret* do seu painel.

Exemplo de requisicao:

```
POST /seu-endpoint
X-RapidoJa-Signature: sha256=@@sig@@
X-RapidoJa-Event: entrega.concluida

{"id": "@@id@@", "status": "entregue", "codigo": "RJ-4471920"}
```

Valide com `hmac.compare_digest` e o seu secret (que comeca com `whsec_`).
""", sig=sha256ish(), id=uuid_s())

add("markdown/openai-api-key", "docs/experimentos/classificador-ocorrencias.md", "https://platform.openai.com/docs/api-reference/authentication", """
# Experimento: classificar ocorrencias de entrega com LLM

Ideia: ler o texto livre do motoboy ("cliente nao atende", "portaria fechada"...) e mapear para o codigo de ocorrencia.

Rodei no notebook com a chave do projeto de testes:

    OPENAI_API_KEY=@@secret@@ python classificar.py amostras/julho.csv

Resultado: 91% de acerto em 1.200 amostras. Custo ~ US$ 0,80.
Proximo passo: pedir chave definitiva pro time de plataforma.
""", fakes.openai_key(_seed()))

add("markdown/decoy-env-reference", "roteirizador/README.md", "https://12factor.net/config", """
# Roteirizador

Agrupa pedidos por janela e bairro e gera rotas com OSRM + OR-Tools.

## Variaveis
| Nome | Descricao |
|---|---|
| `OSRM_URL` | endpoint do OSRM |
| `GOOGLE_MAPS_API_KEY` | so para geocoding de fallback; vem do ExternalSecret |
| `REDIS_URL` | fila do Celery |

Rodar: `docker compose -f docker-compose.dev.yml up` e `make worker`.
""")

# ---------------------------------------------------------------- shell, powershell, dockerfile

add("shell/mysql-password", "scripts/backup_tms.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
set -euo pipefail
# backup diario do TMS legado (cron 02:30 no tms01)
DATA=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction tms | gzip > /backup/tms-$DATA.sql.gz
aws s3 cp /backup/tms-$DATA.sql.gz s3://rapidoja-backups/tms/
find /backup -name 'tms-*.sql.gz' -mtime +7 -delete
""", words_pw())

add("shell/onfleet-basic-auth", "scripts/lista_workers_onfleet.sh", "https://docs.onfleet.com/reference/authentication", """
#!/bin/sh
# lista entregadores ativos no Onfleet (SP)
curl -s https://onfleet.com/api/v2/workers?states=1,2 \\
  -u "@@secret@@:" \\
  | jq -r '.[] | [.name, .phone, .onDuty] | @tsv'
""", hexs(32))

add("shell/decoy-env-reference", "scripts/deploy.sh", "https://docs.aws.amazon.com/cli/latest/reference/ecs/update-service.html", """
#!/usr/bin/env bash
set -euo pipefail
: "${MP_ACCESS_TOKEN:?defina MP_ACCESS_TOKEN}"
: "${SLACK_WEBHOOK:?defina SLACK_WEBHOOK}"
IMAGE="harbor.rapidoja.com.br/despacho/api:${GITHUB_SHA::7}"
docker build -t "$IMAGE" . && docker push "$IMAGE"
aws ecs update-service --cluster prod --service despacho-api --force-new-deployment
curl -s -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"deploy $IMAGE ok\\"}" "$SLACK_WEBHOOK"
""")

add("shell/asaas-api-key", "scripts/gera_cobrancas_mensais.sh", "https://docs.asaas.com/reference/criar-nova-cobranca", """
#!/usr/bin/env bash
# gera boletos mensais para lojistas com plano fixo
ASAAS_KEY='@@secret@@'
while IFS=, read -r cliente valor; do
  curl -s https://api.asaas.com/v3/payments \\
    -H "access_token: $ASAAS_KEY" -H 'Content-Type: application/json' \\
    -d "{\\"customer\\":\\"$cliente\\",\\"billingType\\":\\"BOLETO\\",\\"value\\":$valor,\\"dueDate\\":\\"$(date -d '+10 days' +%F)\\"}"
done < lojistas_plano_fixo.csv
""", asaas_key())

add("shell/redis-cli-password", "scripts/limpa_fila_travada.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/bash
# Quando a fila de corridas trava (incidente 2024-05-02), limpar os locks orfaos
HOST=redis-prod.rapidoja.internal
redis-cli -h $HOST -p 6379 -a '@@secret@@' --no-auth-warning --scan --pattern 'lock:corrida:*' \\
  | xargs -r -n 100 redis-cli -h $HOST -a '@@secret@@' --no-auth-warning del
echo "locks removidos"
""", fakes.redis_password(_seed()))

add("shell/decoy-generated-at-runtime", "scripts/cria_usuario_hub.sh", "https://man7.org/linux/man-pages/man1/openssl.1.html", """
#!/usr/bin/env bash
set -e
USUARIO="$1"
SENHA=$(openssl rand -base64 18)
sudo useradd -m -s /bin/bash "$USUARIO"
echo "$USUARIO:$SENHA" | sudo chpasswd
sudo chage -d 0 "$USUARIO"
echo "Senha temporaria de $USUARIO enviada por e-mail ao supervisor do hub"
printf 'Senha temporaria: %s\\n' "$SENHA" | mail -s "acesso hub" supervisao@rapidoja.com.br
""")

add("powershell/ad-service-password", "ti/scripts/Reset-QuiosqueHub.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/set-adaccountpassword", """
# Recria a sessao kiosk dos terminais de ponto nos hubs
$usuario = "RAPIDOJA\\svc-quiosque"
$senha = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($usuario, $senha)
$terminais = Get-ADComputer -Filter 'Name -like "HUB-*-PONTO*"' | Select-Object -ExpandProperty Name
foreach ($t in $terminais) {
    Invoke-Command -ComputerName $t -Credential $cred -ScriptBlock { Restart-Service -Name "PontoKiosk" }
}
""", words_pw())

add("powershell/decoy-get-credential", "ti/scripts/Exporta-UsuariosAD.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([string]$Saida = "C:\\temp\\usuarios-ad.csv")
$cred = Get-Credential -Message "Conta de administrador do dominio"
Get-ADUser -Filter * -Properties Department, LastLogonDate -Credential $cred |
    Select-Object SamAccountName, Name, Department, LastLogonDate |
    Export-Csv -Path $Saida -NoTypeInformation -Encoding UTF8
Write-Host "Exportado para $Saida"
""")

add("powershell/sql-server-password", "ti/scripts/Atualiza-Frota.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Importa planilha de frota (placas, CRLV, seguro) no ERP
Import-Module SqlServer
$planilha = Import-Csv "\\\\fs01\\frota\\frota_atual.csv" -Delimiter ";"
foreach ($v in $planilha) {
    Invoke-Sqlcmd -ServerInstance "erp-sql01.rapidoja.local" -Database "ERP" -Username "frota_import" -Password "@@secret@@" `
        -Query "EXEC dbo.UpsertVeiculo @Placa='$($v.Placa)', @Vencimento='$($v.VencimentoCRLV)'"
}
""", rand_pw(16, "!$"))

add("dockerfile/npm-token", "painel-lojista/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
WORKDIR /app
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret", "roteirizador/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.rapidoja.internal/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["celery", "-A", "roteirizador", "worker", "-l", "info"]
""")

add("dockerfile/sentry-auth-token", "rastreamento/Dockerfile", "https://docs.sentry.io/account/auth-tokens/", """
FROM node:20 AS build
WORKDIR /src
COPY . .
ENV SENTRY_ORG=rapidoja SENTRY_PROJECT=rastreio-web
ENV SENTRY_AUTH_TOKEN=@@secret@@
RUN npm ci && npm run build && npx @sentry/cli sourcemaps upload ./dist

FROM nginx:alpine
COPY --from=build /src/dist /usr/share/nginx/html
""", "sntrys_" + b64('{"iat":1718000000.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"rapidoja"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- compiled and web languages

add("go/postgres-dsn-password", "rastreio-ingest/cmd/ingest/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://ingest:@@secret@@@timescale-prod.rapidoja.internal:5432/rastreio?sslmode=require"

func main() {
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		log.Fatalf("conexao timescale: %v", err)
	}
	defer pool.Close()
	runIngest(pool)
}
""", rand_pw(18))

add("go/google-maps-server-key", "eta-service/internal/maps/client.go", "https://pkg.go.dev/googlemaps.github.io/maps", """
package maps

import (
	"googlemaps.github.io/maps"
)

// NewClient cria o cliente do Distance Matrix usado pelo calculo de ETA.
func NewClient() (*maps.Client, error) {
	return maps.NewClient(maps.WithAPIKey("@@secret@@"), maps.WithRateLimit(50))
}
""", gmaps_key())

add("go/decoy-env-lookup", "eta-service/internal/config/config.go", "https://pkg.go.dev/os#LookupEnv", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	MapsAPIKey string
	RedisAddr  string
	RedisPass  string
}

func Load() (Config, error) {
	key, ok := os.LookupEnv("GOOGLE_MAPS_API_KEY")
	if !ok {
		return Config{}, fmt.Errorf("GOOGLE_MAPS_API_KEY nao definida")
	}
	return Config{MapsAPIKey: key, RedisAddr: os.Getenv("REDIS_ADDR"), RedisPass: os.Getenv("REDIS_PASSWORD")}, nil
}
""")

add("go/webhook-signing-secret", "pagamentos-webhook/handler.go", "https://www.mercadopago.com.br/developers/pt/docs/your-integrations/notifications/webhooks", """
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// assinatura secreta gerada no painel do Mercado Pago (Webhooks > Assinatura secreta)
var mpWebhookSecret = []byte("@@secret@@")

func validSignature(manifest, received string) bool {
	mac := hmac.New(sha256.New, mpWebhookSecret)
	mac.Write([]byte(manifest))
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(received))
}
""", hexs(64))

add("java/jdbc-password", "tms-legado/src/main/java/br/com/rapidoja/tms/Conexao.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
package br.com.rapidoja.tms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Conexao {
    private static final String URL = "jdbc:sqlserver://erp-sql01.rapidoja.local:1433;databaseName=TMS;encrypt=false";
    private static final String USUARIO = "tms_app";
    private static final String SENHA = "@@secret@@";

    private Conexao() {}

    public static Connection abrir() throws SQLException {
        return DriverManager.getConnection(URL, USUARIO, SENHA);
    }
}
""", words_pw())

add("java/cielo-merchant-key", "cobranca-service/src/main/java/br/com/rapidoja/cobranca/CieloConfig.java", "https://github.com/DeveloperCielo/API-3.0-Java", """
package br.com.rapidoja.cobranca;

import cieloecommerce.sdk.Environment;
import cieloecommerce.sdk.Merchant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CieloConfig {
    @Bean
    public Merchant merchant() {
        return new Merchant("@@mid@@", "@@secret@@");
    }

    @Bean
    public Environment environment() {
        return Environment.PRODUCTION;
    }
}
""", cielo_key(), mid=uuid_s())

add("java/decoy-value-annotation", "cobranca-service/src/main/java/br/com/rapidoja/cobranca/PagarmeProperties.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package br.com.rapidoja.cobranca;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PagarmeProperties {
    @Value("${pagarme.secret-key}")
    private String secretKey;

    @Value("${pagarme.base-url:https://api.pagar.me/core/v5}")
    private String baseUrl;

    public String secretKey() { return secretKey; }
    public String baseUrl() { return baseUrl; }
}
""")

add("kotlin/mapbox-secret-token", "app-entregador/app/src/main/java/br/com/rapidoja/entregador/nav/OfflineMaps.kt", "https://docs.mapbox.com/accounts/guides/tokens/", """
package br.com.rapidoja.entregador.nav

import com.mapbox.common.MapboxOptions

object OfflineMaps {
    // token com escopo DOWNLOADS:READ + styles:tiles para baixar regioes offline
    private const val TOKEN = "@@secret@@"

    fun init() {
        MapboxOptions.accessToken = TOKEN
    }
}
""", mapbox_sk())

add("kotlin/decoy-public-token", "app-entregador/app/src/main/java/br/com/rapidoja/entregador/nav/MapConfig.kt", "https://docs.mapbox.com/help/glossary/access-token/", """
package br.com.rapidoja.entregador.nav

// token publico (pk.) restrito ao package name br.com.rapidoja.entregador - pode ir no app
object MapConfig {
    const val PUBLIC_TOKEN = "@@pk@@"
    const val STYLE = "mapbox://styles/rapidoja/clr8entregas"
    const val ZOOM_INICIAL = 15.5
}
""", pk=mapbox_pk())

add("kotlin/decoy-buildconfig", "app-entregador/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
import java.util.Properties

val local = Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }

android {
    namespace = "br.com.rapidoja.entregador"
    defaultConfig {
        applicationId = "br.com.rapidoja.entregador"
        minSdk = 26
        versionCode = 41200
        versionName = "4.12.0"
        buildConfigField("String", "MAPS_API_KEY", "\\"${local.getProperty("MAPS_API_KEY") ?: System.getenv("MAPS_API_KEY")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("kotlin/signing-store-password", "app-entregador/app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/entregador-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "entregador"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        getByName("release") { signingConfig = signingConfigs.getByName("release") }
    }
}
""", words_pw())

add("json/sqlserver-connection-string-password", "Faturamento/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "ConnectionStrings": {
    "Faturamento": "Server=erp-sql01.rapidoja.local;Database=Faturamento;User Id=fat_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "NotaFiscal": {
    "Ambiente": "producao",
    "Serie": 3
  }
}
""", rand_pw(18, "!#"))

add("csharp/nfe-certificate-password", "Faturamento/Services/EmissorNfse.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.x509certificates.x509certificate2.-ctor", """
using System.Security.Cryptography.X509Certificates;

namespace RapidoJa.Faturamento.Services;

public class EmissorNfse
{
    // certificado A1 da matriz (CNPJ 12.345.678/0001-90) para assinar a NFS-e de frete
    private static readonly X509Certificate2 Certificado =
        new X509Certificate2(@"C:\\certs\\rapidoja-a1-2024.pfx", "@@secret@@", X509KeyStorageFlags.MachineKeySet);

    public string Assinar(string xml) => AssinadorXml.Assinar(xml, Certificado);
}
""", words_pw())

add("csharp/decoy-user-secrets", "Faturamento/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddAzureKeyVault(new Uri("https://kv-rapidoja-fat.vault.azure.net/"), new DefaultAzureCredential());

var cs = builder.Configuration.GetConnectionString("Faturamento");
builder.Services.AddDbContext<FaturamentoDb>(o => o.UseSqlServer(cs));

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("php/pagseguro-token", "loja-antiga/config/pagseguro.php", "https://dev.pagbank.uol.com.br/reference/autenticacao", """
<?php
// loja de embalagens para lojistas (WooCommerce antigo)
return [
    'ambiente' => 'production',
    'email'    => 'financeiro@rapidoja.com.br',
    'token'    => '@@secret@@',
    'notification_url' => 'https://loja.rapidoja.com.br/pagseguro/retorno',
];
""", pagbank_token())

add("php/wordpress-db-password", "site-institucional/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'rapidoja_site' );
define( 'DB_USER', 'rapidoja_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql.hostgator.com.br' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'rj_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!@#"))

add("php/decoy-wp-salts-placeholder", "site-institucional/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("ruby/twilio-auth-token", "rastreio-sms/config/initializers/twilio.rb", "https://www.twilio.com/docs/libraries/ruby", """
require "twilio-ruby"

Twilio.configure do |config|
  config.account_sid = "@@sid@@"
  config.auth_token = "@@secret@@"
end

TWILIO_FROM = "+551140028922".freeze
""", hexs(32), sid=twilio_sid())

add("ruby/decoy-credentials-fetch", "rastreio-sms/config/initializers/zenvia.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
ZENVIA_CONFIG = {
  token: Rails.application.credentials.dig(:zenvia, :api_token),
  remetente: "RapidoJa",
  base_url: "https://api.zenvia.com/v2"
}.freeze

Rails.logger.warn("[zenvia] token ausente") if ZENVIA_CONFIG[:token].blank?
""")

add("rust/lalamove-api-secret", "cotador/src/lalamove.rs", "https://developers.lalamove.com/#signature", """
use hmac::{Hmac, Mac};
use sha2::Sha256;

const API_KEY: &str = "@@pk@@";
const API_SECRET: &str = "@@secret@@";

pub fn assinatura(metodo: &str, caminho: &str, corpo: &str, ts: u64) -> String {
    let raw = format!("{ts}\\r\\n{metodo}\\r\\n{caminho}\\r\\n\\r\\n{corpo}");
    let mut mac = Hmac::<Sha256>::new_from_slice(API_SECRET.as_bytes()).unwrap();
    mac.update(raw.as_bytes());
    format!("hmac {API_KEY}:{ts}:{}", hex::encode(mac.finalize().into_bytes()))
}
""", lalamove_sk(), pk=lalamove_pk())

add("rust/decoy-test-vector", "cotador/tests/assinatura.rs", "https://developers.lalamove.com/#signature", """
use cotador::lalamove::assinatura_com;

// vetor de teste da documentacao da Lalamove (chaves de exemplo, nao sao nossas)
#[test]
fn assinatura_confere_com_exemplo() {
    let sig = assinatura_com("pk_test_exemplo", "sk_test_exemplo", "POST", "/v3/quotations", "{}", 1545880607433);
    assert_eq!(sig.len(), 64 + "hmac pk_test_exemplo:1545880607433:".len());
}
""")

add("swift/stripe-secret-key", "app-cliente-ios/RapidoJa/Services/Pagamento.swift", "https://docs.stripe.com/keys", """
import Foundation
import StripePaymentSheet

enum Pagamento {
    static let publishable = "@@pk@@"
    // FIXME: chamar o backend em vez de criar o PaymentIntent aqui
    static let secret = "@@secret@@"

    static func configurar() {
        STPAPIClient.shared.publishableKey = publishable
    }
}
""", stripe_key(), pk=stripe_key("pk_live_"))

add("swift/decoy-publishable-key", "app-cliente-ios/RapidoJa/Config/Ambiente.swift", "https://docs.stripe.com/keys#obtain-api-keys", """
import Foundation

struct Ambiente {
    static let apiBase = URL(string: "https://api.rapidoja.com.br/v2")!
    static let stripePublishableKey = "@@pk@@"
    static let mercadoPagoPublicKey = "@@mp@@"
    static let mapsKeyPlistName = "GoogleService-Info"
}
""", pk=stripe_key("pk_live_"), mp=mp_public())

add("typescript/pagarme-secret-key", "checkout-frete/src/pagarme.ts", "https://docs.pagar.me/reference/autenticacao-2", """
import axios from "axios";

const chave = "@@secret@@";

export const pagarme = axios.create({
  baseURL: "https://api.pagar.me/core/v5",
  auth: { username: chave, password: "" },
  timeout: 15000,
});

export async function criarPedido(body: unknown) {
  const { data } = await pagarme.post("/orders", body);
  return data;
}
""", pagarme_sk())

add("typescript/basic-auth-header", "painel-lojista/src/api/uberDirect.ts", "https://developer.uber.com/docs/deliveries/guides/authentication", """
// token OAuth da Uber Direct (entregas de longa distancia)
const CLIENT_ID = "@@cid@@";
const AUTH = "Basic @@b@@";

export async function tokenUber(): Promise<string> {
  const resp = await fetch("https://auth.uber.com/oauth/v2/token", {
    method: "POST",
    headers: { Authorization: AUTH, "Content-Type": "application/x-www-form-urlencoded" },
    body: `client_id=${CLIENT_ID}&grant_type=client_credentials&scope=eats.deliveries`,
  });
  return (await resp.json()).access_token;
}
""", _UB := fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"), cid=fakes.drawn(_seed(), 32, ALNUM + "-_"),
    b=b64("rapidoja-direct:" + _UB))

add("typescript/decoy-import-meta-env", "painel-lojista/src/config.ts", "https://vitejs.dev/guide/env-and-mode", """
export const config = {
  apiUrl: import.meta.env.VITE_API_URL as string,
  firebaseApiKey: import.meta.env.VITE_FIREBASE_API_KEY as string,
  mapboxToken: import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN as string,
  sentryDsn: import.meta.env.VITE_SENTRY_DSN as string,
};

if (!config.apiUrl) throw new Error("VITE_API_URL nao definida");
""")

add("typescript/decoy-recaptcha-site-key", "painel-lojista/src/components/Cadastro.tsx", "https://developers.google.com/recaptcha/docs/display", """
import ReCAPTCHA from "react-google-recaptcha";

// site key do reCAPTCHA v2 (publica por definicao; a secret fica no backend)
const SITE_KEY = "6L@@k@@";

export function Cadastro({ onToken }: { onToken: (t: string | null) => void }) {
  return (
    <form className="cadastro-lojista">
      <ReCAPTCHA sitekey={SITE_KEY} onChange={onToken} hl="pt-BR" />
    </form>
  );
}
""", k=fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("typescript/recaptcha-secret-key", "api-cadastro/src/recaptcha.ts", "https://developers.google.com/recaptcha/docs/verify", """
const RECAPTCHA_SECRET = "@@secret@@";

export async function verificaCaptcha(token: string, ip: string): Promise<boolean> {
  const params = new URLSearchParams({ secret: RECAPTCHA_SECRET, response: token, remoteip: ip });
  const r = await fetch("https://www.google.com/recaptcha/api/siteverify", { method: "POST", body: params });
  const j = await r.json();
  return j.success === true;
}
""", "6L" + fakes.drawn(_seed(), 38, ALNUM + "_-"))

# ---------------------------------------------------------------- json, toml, ini, properties, xml, plist

add("json/gcp-service-account-key", "geocoder-svc/credentials/bigquery-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "rapidoja-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "geocoder@rapidoja-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"),
    kid=hexs(40), cid=digits(21))

add("json/decoy-firebase-google-services", "app-entregador/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "@@num@@",
    "project_id": "rapidoja-entregador",
    "storage_bucket": "rapidoja-entregador.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@num@@:android:@@app@@",
        "android_client_info": {"package_name": "br.com.rapidoja.entregador"}
      },
      "api_key": [{"current_key": "@@key@@"}]
    }
  ],
  "configuration_version": "1"
}
""", num=digits(12), app=hexs(16), key=gmaps_key())

add("json/onesignal-rest-api-key", "notificador/config/push.json", "https://documentation.onesignal.com/docs/keys-and-ids", """
{
  "provider": "onesignal",
  "app_id": "@@app@@",
  "rest_api_key": "@@secret@@",
  "segmento_entregadores": "Entregadores Ativos",
  "ttl": 300
}
""", "os_v2_app_" + fakes.drawn(_seed(), 113, string.ascii_lowercase + "234567"), app=uuid_s())

add("json/decoy-package-lock-integrity", "painel-lojista/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "painel-lojista",
  "version": "2.8.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/react-google-recaptcha": {
      "version": "3.1.0",
      "resolved": "https://registry.npmjs.org/react-google-recaptcha/-/react-google-recaptcha-3.1.0.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
""", a=fakes.drawn(_seed(), 86, ALNUM + "+/"), b=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/slack-bot-token", "bots/escala-motoboys/config.prod.json", "https://api.slack.com/authentication/token-types#bot", """
{
  "slack": {
    "bot_token": "@@secret@@",
    "canal_escala": "C05K2QJ7T1A",
    "canal_faltas": "C05K2QN0Q9D"
  },
  "planilha_escala_id": "1aB9x_escala_semana",
  "fuso": "America/Sao_Paulo"
}
""", slack_bot())

add("json/decoy-jwt-example", "docs/api-publica/exemplos/resposta-token.json", "https://www.rfc-editor.org/rfc/rfc7519#section-3.1", """
{
  "_comentario": "exemplo de resposta do /oauth/token em sandbox - token expirado, so para documentacao",
  "access_token": "@@jwt@@",
  "token_type": "Bearer",
  "expires_in": 3600,
  "scope": "envios:write rastreio:read"
}
""", jwt=jwt_like('{"sub":"lojista-exemplo","iss":"https://sandbox.rapidoja.com.br","exp":1600000000}'))

add("toml/pypi-token", "sdk-python/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# copia do ~/.pypirc do Lucas (convertido pra toml pelo script de release)
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("toml/decoy-poetry-source", "sdk-python/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
[tool.poetry]
name = "rapidoja-sdk"
version = "1.6.0"
description = "Cliente Python da API de envios RapidoJa"
authors = ["Plataforma <plataforma@rapidoja.com.br>"]

[tool.poetry.dependencies]
python = "^3.9"
httpx = "^0.27"

[[tool.poetry.source]]
name = "interno"
url = "https://pypi.rapidoja.internal/simple/"
priority = "supplemental"
# credenciais: poetry config http-basic.interno $USUARIO $TOKEN (nunca aqui)
""")

add("toml/zenvia-api-token", "notificador-rs/config/production.toml", "https://zenvia.github.io/zenvia-openapi-spec/v2/#section/Authentication", """
[servidor]
porta = 8088

[zenvia]
base_url = "https://api.zenvia.com/v2"
api_token = "@@secret@@"
remetente_sms = "RapidoJa"
canal_whatsapp = "rapidoja-oficial"

[redis]
url = "redis://redis-notif:6379/0"
""", fakes.drawn_mixed(_seed(), 32, ALNUM + "-_"))

add("toml/ldap-bind-password", "infra/grafana/ldap.toml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap/", """
[[servers]]
host = "ad01.rapidoja.local"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Servicos,DC=rapidoja,DC=local"
bind_password = '@@secret@@'
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Usuarios,DC=rapidoja,DC=local"]

[[servers.group_mappings]]
group_dn = "CN=SRE,OU=Grupos,DC=rapidoja,DC=local"
org_role = "Admin"
""", words_pw())

add("ini/smtp-password", "infra/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#smtp", """
[server]
domain = grafana.rapidoja.com.br
root_url = https://grafana.rapidoja.com.br/

[smtp]
enabled = true
host = email-smtp.sa-east-1.amazonaws.com:587
user = @@user@@
password = @@secret@@
from_address = alertas@rapidoja.com.br
from_name = Grafana RapidoJa

[auth.ldap]
enabled = true
config_file = /etc/grafana/ldap.toml
""", "B" + fakes.drawn(_seed(), 43, ALNUM + "+/"), user=fakes.aws_key_id(_seed()))

add("ini/decoy-odbc-dsn", "ti/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[ERP]
Driver = ODBC Driver 18 for SQL Server
Server = erp-sql01.rapidoja.local,1433
Database = ERP
Trusted_Connection = yes
Encrypt = yes
; autenticacao integrada (Kerberos); nao gravar usuario/senha aqui

[TMS]
Driver = ODBC Driver 18 for SQL Server
Server = erp-sql01.rapidoja.local,1433
Database = TMS
Trusted_Connection = yes
""")

add("ini/supervisor-rabbit-password", "infra/supervisor/worker-corridas.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
[program:worker-corridas]
command=/srv/despacho/venv/bin/celery -A despacho worker -Q corridas -c 8
directory=/srv/despacho
user=despacho
autostart=true
autorestart=true
environment=CELERY_BROKER_URL="amqp://despacho:@@secret@@@rabbit-prod.rapidoja.internal:5672/entregas",DJANGO_SETTINGS_MODULE="despacho.settings.prod"
stdout_logfile=/var/log/despacho/worker-corridas.log
""", rand_pw(20))

add("properties/database-password", "tms-legado/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", """
server.port=8080
spring.datasource.url=jdbc:sqlserver://erp-sql01.rapidoja.local:1433;databaseName=TMS
spring.datasource.username=tms_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
tms.etiqueta.impressora=ZD421_DOCA2
tms.manifesto.ftp.host=ftp.transvale-logistica.com.br
""", words_pw())

add("properties/decoy-jasypt-encrypted", "cobranca-service/src/main/resources/application-prod.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot", """
server.port=8090
pagarme.base-url=https://api.pagar.me/core/v5
pagarme.secret-key=ENC(@@a@@)
cielo.merchant-key=ENC(@@b@@)
spring.datasource.password=ENC(@@c@@)
jasypt.encryptor.password=${JASYPT_PASSWORD}
""", a=fakes.drawn(_seed(), 64, ALNUM + "+/"), b=fakes.drawn(_seed(), 88, ALNUM + "+/"), c=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("properties/google-maps-key", "app-entregador/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/camila/Library/Android/sdk
MAPS_API_KEY=@@secret@@
RELEASE_STORE_PASSWORD=ver-cofre
""", gmaps_key())

add("properties/decoy-local-example", "app-entregador/local.properties.example", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
# copie para local.properties
sdk.dir=/caminho/para/Android/sdk
MAPS_API_KEY=DEFAULT_API_KEY
RELEASE_STORE_PASSWORD=
RELEASE_KEY_PASSWORD=
""")

add("xml/android-maps-key", "app-entregador-legado/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/config", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- chave sem restricao criada em 2019; migrar para local.properties -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@secret@@</string>
    <string name="app_name">RapidoJa Motoboy</string>
</resources>
""", gmaps_key())

add("xml/soap-service-password", "integracoes/correios/sigep-client.xml", "https://www.correios.com.br/atendimento/developers", """
<?xml version="1.0" encoding="UTF-8"?>
<configuracao>
  <servico nome="SigepWeb">
    <endpoint>https://apps.correios.com.br/SigepMasterJPA/AtendeClienteService/AtendeCliente</endpoint>
    <usuario>rapidojalog</usuario>
    <senha>@@secret@@</senha>
    <codAdministrativo>@@adm@@</codAdministrativo>
    <contrato>9912450093</contrato>
    <cartaoPostagem>0075893210</cartaoPostagem>
  </servico>
</configuracao>
""", rand_pw(10), adm=digits(8))

add("xml/decoy-maven-settings", "ci/maven/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>nexus-rapidoja</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-rapidoja</id>
      <url>https://nexus.rapidoja.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("xml/nuget-password", "Faturamento/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="rapidoja" value="https://nexus.rapidoja.internal/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <rapidoja>
      <add key="Username" value="build-fat" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </rapidoja>
  </packageSourceCredentials>
</configuration>
""", rand_pw(20))

add("plist/decoy-google-service-info", "app-cliente-ios/RapidoJa/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@num@@</string>
	<key>BUNDLE_ID</key>
	<string>br.com.rapidoja.cliente</string>
	<key>PROJECT_ID</key>
	<string>rapidoja-cliente</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@num@@:ios:@@app@@</string>
</dict>
</plist>
""", key=gmaps_key(), num=digits(12), app=hexs(22))

add("plist/algolia-admin-key", "app-cliente-ios/RapidoJa/Secrets.plist", "https://www.algolia.com/doc/guides/security/api-keys/", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>AlgoliaAppID</key>
	<string>@@app@@</string>
	<key>AlgoliaAdminKey</key>
	<string>@@secret@@</string>
	<key>AlgoliaIndex</key>
	<string>enderecos_prod</string>
</dict>
</plist>
""", hexs(32), app=fakes.drawn(_seed(), 10, UPPER))

# ---------------------------------------------------------------- sql, csv, log, notebook

add("sql/db-user-password", "db/migrations/V042__cria_usuario_relatorios.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- usuario somente leitura para o Metabase
CREATE ROLE relatorios WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE despacho TO relatorios;
GRANT USAGE ON SCHEMA public TO relatorios;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO relatorios;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO relatorios;
""", words_pw())

add("sql/decoy-bcrypt-seed", "db/seeds/usuarios_painel_dev.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- seed do ambiente de desenvolvimento: senha de todos = "rapidoja-dev" (hash bcrypt)
INSERT INTO usuarios_painel (email, nome, papel, senha_hash) VALUES
  ('ops.dev@rapidoja.com.br', 'Operacao Dev', 'admin', '@@a@@'),
  ('lojista.dev@exemplo.com.br', 'Lojista Exemplo', 'lojista', '@@b@@'),
  ('suporte.dev@rapidoja.com.br', 'Suporte Dev', 'suporte', '@@c@@');
""", a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash())

add("sql/integration-api-key", "db/scripts/2024-06-05_cadastra_integracao_ifood.sql", "https://developer.ifood.com.br/pt-BR/docs/guides/authentication/centralized", """
-- cadastro manual da integracao iFood (merchant 'Hub Botafogo') - executado em prod por Andre
INSERT INTO integracoes_parceiros (parceiro, client_id, client_secret, merchant_id, ativo)
VALUES ('ifood',
        '@@cid@@',
        '@@secret@@',
        '@@mid@@',
        true);
""", fakes.drawn_mixed(_seed(), 96, string.ascii_lowercase + string.digits), cid=uuid_s(), mid=uuid_s())

add("sql/decoy-token-hashes", "db/migrations/V051__tokens_api_lojistas.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html", """
-- chaves de API dos lojistas: guardamos so o prefixo visivel e o SHA-256
CREATE TABLE chaves_api (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  lojista_id  bigint NOT NULL REFERENCES lojistas(id),
  prefixo     varchar(12) NOT NULL,          -- ex.: rj_live_a1b2
  hash_sha256 char(64) NOT NULL UNIQUE,
  criada_em   timestamptz NOT NULL DEFAULT now(),
  revogada_em timestamptz
);
INSERT INTO chaves_api (lojista_id, prefixo, hash_sha256) VALUES (1, 'rj_test_0000', '@@h@@');
""", h=sha256ish())

add("sql/linked-server-password", "ti/sql/cria_linked_server_tms.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
USE master;
GO
EXEC sp_addlinkedserver @server = N'TMS_MYSQL', @srvproduct = N'MySQL', @provider = N'MSDASQL', @datasrc = N'TMS';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'TMS_MYSQL', @useself = 'false',
     @locallogin = NULL, @rmtuser = N'erp_leitura', @rmtpassword = N'@@secret@@';
GO
""", rand_pw(14, "#!"))

add("csv/device-passwords", "ti/inventario/coletores_hubs.csv", "https://www.zebra.com/us/en/support-downloads/software/mobile-computer-software/stagenow.html", """
hub;modelo;serial;imei;usuario_mdm;senha_admin_local;responsavel
SP-CENTRO;Zebra TC21;21045522013471;356938035643809;tc21-spc-01;@@secret@@;Marcos
SP-LAPA;Zebra TC21;21045522013488;356938035643817;tc21-spl-01;ver cofre;Aline
RJ-BOTAFOGO;Zebra TC26;21101522009912;356938035700112;tc26-rjb-01;ver cofre;Diego
POA-NAVEGANTES;Zebra TC21;21045522013502;356938035643825;tc21-poa-01;ver cofre;Priscila
""", words_pw())

add("csv/decoy-public-tracking-codes", "exports/entregas_2024-09-02.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
codigo,lojista,bairro,status,entregador_id,token_rastreio,criado_em
RJ-4471920,Padaria Pao Nosso,Botafogo,entregue,ent_8812,@@a@@,2024-09-02T09:14:00-03:00
RJ-4471921,Farmacia Vida,Flamengo,entregue,ent_8830,@@b@@,2024-09-02T09:15:12-03:00
RJ-4471922,Loja Bella,Catete,devolvido,ent_8812,@@c@@,2024-09-02T09:21:40-03:00
RJ-4471923,Pet Amigo,Laranjeiras,em_rota,ent_8857,@@d@@,2024-09-02T09:30:05-03:00
""", a=fakes.drawn(_seed(), 10, UPPER), b=fakes.drawn(_seed(), 10, UPPER), c=fakes.drawn(_seed(), 10, UPPER), d=fakes.drawn(_seed(), 10, UPPER))

add("csv/partner-api-keys", "exports/parceiros_integracao_backup.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
parceiro,ambiente,client_id,api_key,contato
Lalamove,prod,@@lpk@@,@@secret@@,parcerias@lalamove.com
Loggi,prod,integracao@rapidoja.com.br,(no cofre),api@loggi.com
Uber Direct,prod,(no cofre),(no cofre),direct-br@uber.com
99Entrega,sandbox,sandbox-rapidoja,sandbox,parceiros@99app.com
Borzo,prod,(no cofre),(no cofre),br@borzodelivery.com
""", lalamove_sk(), lpk=lalamove_pk())

add("csv/decoy-fleet-ids", "ti/inventario/frota_motos.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
placa;renavam;chassi;rastreador_imei;chip_iccid;hub
FQX4D21;01234567890;9C2KC1670PR512345;864893030412278;8955010012345678901;SP-CENTRO
GBR7E88;01298765432;9C2KC1670PR598761;864893030412335;8955010012345678918;SP-LAPA
RKT2A19;01312456789;9C2KF4300PR100552;864893030413001;8955010012345678925;RJ-BOTAFOGO
IZP9C03;01333344455;9C2KC2500PR200871;864893030413118;8955010012345678932;POA-NAVEGANTES
""")

add("log/bearer-token-in-log", "logs/pagamentos-api-2024-07-17.log", "https://www.mercadopago.com.br/developers/pt/reference", """
2024-07-17T13:31:02.114-03:00 INFO  [pagamentos] POST /v1/payments pedido=RJ-4392011
2024-07-17T13:31:02.118-03:00 DEBUG [http] > POST https://api.mercadopago.com/v1/payments
2024-07-17T13:31:02.118-03:00 DEBUG [http] > Authorization: Bearer @@secret@@
2024-07-17T13:31:02.118-03:00 DEBUG [http] > X-Idempotency-Key: @@idem@@
2024-07-17T13:31:02.602-03:00 DEBUG [http] < 201 Created (484 ms)
2024-07-17T13:31:02.603-03:00 INFO  [pagamentos] pagamento aprovado id=83119204471 pedido=RJ-4392011
""", mp_token(), idem=uuid_s())

add("log/decoy-masked-log", "logs/pagamentos-api-2024-09-01.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", """
2024-09-01T10:02:44.001-03:00 INFO  [pagamentos] POST /v1/payments pedido=RJ-4469102
2024-09-01T10:02:44.004-03:00 DEBUG [http] > Authorization: Bearer APP_USR-****...****
2024-09-01T10:02:44.004-03:00 DEBUG [http] > X-Idempotency-Key: @@idem@@
2024-09-01T10:02:44.391-03:00 DEBUG [http] < 201 Created (387 ms)
2024-09-01T10:02:44.392-03:00 INFO  [pagamentos] pagamento aprovado id=84211930017 pedido=RJ-4469102
""", idem=uuid_s())

add("log/db-url-in-traceback", "logs/etl-carga-2024-08-11.txt", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
[2024-08-11 03:00:01] iniciando carga_entregas
Traceback (most recent call last):
  File "/srv/etl/carga_entregas.py", line 22, in <module>
    engine = create_engine(URL)
  File "/srv/etl/venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 600, in create_engine
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server
(Background on this error at: https://sqlalche.me/e/20/e3q8)
URL usada: postgresql+psycopg2://etl_entregas:@@secret@@@dw.rapidoja.internal:5432/analytics
[2024-08-11 03:00:04] carga_entregas FALHOU (exit 1)
""", words_pw())

add("log/decoy-request-ids", "logs/roteirizador-worker.log", "https://docs.celeryq.dev/en/stable/userguide/tasks.html", """
[2024-09-02 06:00:00,112: INFO/MainProcess] Task roteirizar_janela[@@a@@] received
[2024-09-02 06:00:03,877: INFO/ForkPoolWorker-3] janela=06-09 hub=SP-CENTRO pedidos=412 rotas=17 custo_km=1843.2
[2024-09-02 06:00:03,880: INFO/ForkPoolWorker-3] Task roteirizar_janela[@@a@@] succeeded in 3.76s
[2024-09-02 06:00:04,010: INFO/MainProcess] Task roteirizar_janela[@@b@@] received
[2024-09-02 06:00:06,551: INFO/ForkPoolWorker-1] janela=06-09 hub=SP-LAPA pedidos=288 rotas=12 custo_km=1201.7 cache=@@h@@
""", a=uuid_s(), b=uuid_s(), h=sha256ish())

add("log/telegram-token-in-log", "logs/bot-alerta-atrasos.log", "https://core.telegram.org/bots/api#making-requests", """
2024-08-30 18:41:10 INFO enviando alerta entrega RJ-4461002
2024-08-30 18:41:40 ERROR requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot@@secret@@/sendMessage (Caused by NewConnectionError('Failed to establish a new connection: [Errno 101] Network is unreachable'))
2024-08-30 18:41:40 WARNING alerta RJ-4461002 nao enviado, nova tentativa em 60s
2024-08-30 18:42:41 INFO alerta RJ-4461002 enviado
2024-08-30 18:50:02 INFO enviando alerta entrega RJ-4461077
""", fakes.telegram_token(_seed()))

add("notebook/google-maps-key", "analises/notebooks/tempo_medio_por_bairro.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Tempo medio de entrega por bairro (agosto)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import googlemaps, pandas as pd\\n", "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n", "df = pd.read_parquet('entregas_agosto.parquet')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df['km_real'] = df.apply(lambda r: gmaps.distance_matrix(r.origem, r.destino)['rows'][0]['elements'][0]['distance']['value'] / 1000, axis=1)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", gmaps_key())

add("notebook/decoy-getpass", "analises/notebooks/cohort_lojistas.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Cohort de lojistas por mes de entrada"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy as sa\\n", "senha = getpass.getpass('senha do DW: ')\\n", "engine = sa.create_engine(f'postgresql://analista:{senha}@dw.rapidoja.internal/analytics')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1842 lojistas\\n"]}],
   "source": ["lojistas = pd.read_sql('select * from dim_lojista', engine)\\n", "print(len(lojistas), 'lojistas')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/aws-secret-access-key", "analises/notebooks/fotos_pod_qualidade.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import os, boto3\\n", "os.environ['AWS_ACCESS_KEY_ID'] = '@@kid@@'\\n", "os.environ['AWS_SECRET_ACCESS_KEY'] = '@@secret@@'\\n", "s3 = boto3.client('s3', region_name='sa-east-1')"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["12044 fotos\\n"]}],
   "source": ["fotos = s3.list_objects_v2(Bucket='rapidoja-pod-fotos', Prefix='2024/08/')['KeyCount']\\n", "print(fotos, 'fotos')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- more configs: servers, devices, tooling

add("yaml/traccar-mqtt-password", "infra/gps/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# ponte MQTT: rastreadores das motos -> Traccar
broker:
  host: mqtt.rapidoja.com.br
  port: 8883
  tls: true
  username: gps-bridge
  password: "@@secret@@"
topicos:
  entrada: frota/+/posicao
  saida: traccar/osmand
qos: 1
""", rand_pw(24))

add("xml/traccar-db-password", "infra/gps/traccar.xml", "https://www.traccar.org/configuration-file/", """
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://pg-gps.rapidoja.internal:5432/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@secret@@</entry>
    <entry key='osmand.port'>5055</entry>
    <entry key='web.port'>8082</entry>
</properties>
""", words_pw())

add("netrc/nexus-password", "ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc", """
machine nexus.rapidoja.internal
  login deploy
  password @@secret@@
machine api.github.com
  login rapidoja-bot
  password ${GITHUB_TOKEN}
""", rand_pw(20))

add("pgpass/postgres-password", "ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
pg-despacho.rapidoja.internal:5432:despacho:despacho_app:@@secret@@
dw.rapidoja.internal:5432:analytics:analista:*
localhost:5432:*:postgres:postgres
timescale-prod.rapidoja.internal:5432:rastreio:ingest:*
""", rand_pw(18))

add("npmrc/github-token", "painel-lojista/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
registry=https://registry.npmjs.org/
@rapidoja:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.github_token(_seed()))

add("npmrc/decoy-env-reference", "app-cliente-rn/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@rapidoja:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NPM_GITHUB_TOKEN}
save-exact=true
legacy-peer-deps=true
""")

add("ini/rclone-password", "ops/backup/rclone.conf", "https://rclone.org/ftp/", """
[s3-backup]
type = s3
provider = AWS
env_auth = true
region = sa-east-1

[ftp-transvale]
type = ftp
host = ftp.transvale-logistica.com.br
user = rapidoja
pass = @@secret@@
explicit_tls = true
""", rand_pw(32, "-_"))

add("wireguard/private-key", "ops/vpn/wg-hub-poa.conf", "https://www.wireguard.com/quickstart/", """
[Interface]
Address = 10.99.0.14/32
PrivateKey = @@secret@@
DNS = 10.10.0.2

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.rapidoja.com.br:51820
AllowedIPs = 10.10.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("wireguard/decoy-public-keys", "ops/vpn/peers-publicos.conf", "https://www.wireguard.com/quickstart/", """
# chaves PUBLICAS dos peers (a privada fica so no equipamento de cada hub)
[Peer]
# hub-sp-centro
PublicKey = @@a@@
AllowedIPs = 10.99.0.11/32

[Peer]
# hub-rj-botafogo
PublicKey = @@b@@
AllowedIPs = 10.99.0.12/32
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", b=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("pem/openssh-private-key", "ops/deploy/hub-printer-deploy_key", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("yaml/kubeconfig-token", "ops/kube/kubeconfig-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
apiVersion: v1
kind: Config
clusters:
  - name: eks-rapidoja-prod
    cluster:
      server: https://9F3A1C55B0D24E77A6E2.gr7.sa-east-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
contexts:
  - name: ci
    context: {cluster: eks-rapidoja-prod, user: ci-deployer, namespace: despacho}
current-context: ci
users:
  - name: ci-deployer
    user:
      token: @@secret@@
""", jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"despacho","sub":"system:serviceaccount:despacho:ci-deployer"}'),
    ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + fakes.drawn(_seed(), 60, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("yaml/gitlab-ci-registry-password", "parceiros-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
stages: [build, deploy]

variables:
  HARBOR_USER: "robot$parceiros-ci"
  HARBOR_PASS: "@@secret@@"

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$HARBOR_PASS" | docker login harbor.rapidoja.com.br -u "$HARBOR_USER" --password-stdin
    - docker build -t harbor.rapidoja.com.br/parceiros/api:$CI_COMMIT_SHORT_SHA .
    - docker push harbor.rapidoja.com.br/parceiros/api:$CI_COMMIT_SHORT_SHA
""", rand_pw(32))

add("yaml/decoy-gitlab-masked-vars", "rastreamento/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """
stages: [test, deploy]

test:
  stage: test
  image: node:20
  script: [npm ci, npm test]

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - curl -fsS -X POST "$DEPLOY_HOOK_URL" -H "Authorization: Bearer $DEPLOY_TOKEN"
  only: [main]
""")

add("yaml/serverless-env-secret", "funcoes/cotacao-frete/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", """
service: cotacao-frete
provider:
  name: aws
  runtime: python3.12
  region: sa-east-1
  environment:
    LOGGI_EMAIL: integracao@rapidoja.com.br
    LOGGI_API_KEY: @@secret@@
    TABELA_PRECOS: ${ssm:/prod/frete/tabela}
functions:
  cotar:
    handler: handler.cotar
    events:
      - httpApi: {path: /cotacao, method: post}
""", hexs(40))

add("yaml/decoy-ssm-references", "funcoes/conciliacao/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """
service: conciliacao-pagamentos
provider:
  name: aws
  runtime: python3.12
  region: sa-east-1
  environment:
    MP_ACCESS_TOKEN: ${ssm:/prod/pagamentos/mp_access_token}
    ASAAS_API_KEY: ${ssm:/prod/cobranca/asaas_api_key}
    PAGARME_SECRET_KEY: ${ssm:/prod/checkout/pagarme_sk}
functions:
  conciliar:
    handler: handler.conciliar
    events:
      - schedule: cron(0 9 * * ? *)
""")

add("json/postman-environment", "docs/postman/RapidoJa-Prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "RapidoJa - Producao",
  "values": [
    {"key": "base_url", "value": "https://api.rapidoja.com.br/v2", "type": "default", "enabled": true},
    {"key": "lojista_api_key", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "lojista_id", "value": "10442", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", fakes.fake("rj_live_", 32, _seed()), id=uuid_s())

add("json/decoy-postman-empty-secret", "docs/postman/RapidoJa-Sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "RapidoJa - Sandbox",
  "values": [
    {"key": "base_url", "value": "https://sandbox.rapidoja.com.br/v2", "type": "default", "enabled": true},
    {"key": "lojista_api_key", "value": "", "type": "secret", "enabled": true},
    {"key": "lojista_id", "value": "1", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("json/vscode-launch-secret", "despacho-api/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "despacho-api (staging db)",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["despacho.main:app", "--reload"],
      "env": {
        "DATABASE_URL": "postgresql://despacho_app:@@secret@@@pg-staging.rapidoja.internal:5432/despacho",
        "APP_ENV": "staging"
      }
    }
  ]
}
""", rand_pw(18))

add("crontab/slack-webhook", "ops/cron/crontab-tms01", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command
30 2 * * * /opt/scripts/backup_tms.sh >> /var/log/backup_tms.log 2>&1
0 6 * * 1-6 /opt/scripts/relatorio_diario.py --envia
*/5 * * * * curl -fsS -m 10 https://hc-ping.com/@@hc@@ > /dev/null
0 7 * * * /opt/scripts/checa_disco.sh || curl -s -X POST -d '{"text":"disco cheio no tms01"}' @@secret@@
""", slack_webhook(), hc=uuid_s())

add("systemd/environment-password", "ops/systemd/zpl-bridge.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """
[Unit]
Description=Ponte ZPL (etiquetas) hub Botafogo
After=network-online.target

[Service]
User=pi
Environment=TMS_URL=https://tms.rapidoja.com.br/api
Environment=TMS_USER=impressora-rjb
Environment=TMS_PASSWORD=@@secret@@
ExecStart=/opt/zpl-bridge/venv/bin/python -m zpl_bridge
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(16))

add("systemd/decoy-encrypted-credential", "ops/systemd/rastreio-ingest.service", "https://systemd.io/CREDENTIALS/", """
[Unit]
Description=Ingestao de posicoes GPS
After=network-online.target

[Service]
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/rastreio-db-password
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/opt/rastreio-ingest/ingest
DynamicUser=yes
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

# ---------------------------------------------------------------- operations notes, Portugal branch, misc

add("markdown/easypay-api-key", "docs/lisboa/pagamentos-mbway.md", "https://docs.easypay.pt/", """
# Lisboa - pagamentos MB WAY e Multibanco (Easypay)

Conta Easypay da RapidoJa Unipessoal Lda.

- AccountId: `@@acc@@`
- ApiKey: `@@secret@@`
- Ambiente: producao (`https://api.prod.easypay.pt/2.0`)

Os estafetas recebem o pagamento na app; o callback cai em `/pt/easypay/notificacao`.
Reconciliacao manual as sextas com a Ines (financeiro Lisboa).
""", uuid_s(), acc=uuid_s())

add("markdown/decoy-uuid-account-ids", "docs/lisboa/contas-e-ids.md", "https://docs.easypay.pt/", """
# Lisboa - identificadores (nao sao credenciais)

| O que | Valor |
|---|---|
| NIF empresa | 516 204 117 |
| Easypay AccountId | @@acc@@ |
| Stripe account | acct_@@st@@ |
| Google Ads customer | 482-119-3304 |
| IBAN (recebimentos) | PT50 0035 0683 0000 1234 5678 9 |

A ApiKey da Easypay e a chave Stripe estao no 1Password, cofre "Lisboa - Financeiro".
""", acc=uuid_s(), st=fakes.drawn(_seed(), 16))

add("markdown/stone-client-secret", "docs/integracoes/stone-maquininhas.md", "https://docs.openbank.stone.com.br/", """
# Maquininhas Stone nos hubs (pagamento na retirada)

Usamos a API da Stone para conciliar vendas das maquininhas do balcao.

```python
STONE_CLIENT_ID = "rapidoja-conciliacao@openbank.stone.com.br"
STONE_CLIENT_SECRET = "@@secret@@"
STONE_ACCOUNT = "@@acc@@"
```

TODO: tirar isso daqui e colocar no Secrets Manager (prometido pro Q3).
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-"), acc=uuid_s())

add("markdown/getnet-client-secret", "docs/runbooks/getnet-token-expirado.md", "https://developers.getnet.com.br/api#tag/Autenticacao", """
# Runbook: erro 401 na Getnet (link de pagamento)

Sintoma: `pagamentos-api` loga `getnet: 401 invalid_token` em sequencia.

1. Gerar token novo manualmente para confirmar que as credenciais estao validas:

```
curl -X POST https://api.getnet.com.br/auth/oauth/v2/token \\
  -H "Authorization: Basic @@basic@@" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "scope=oob&grant_type=client_credentials"
```

2. Se responder 200, reiniciar o pod (cache do token travado).
3. Se responder 401, abrir chamado na Getnet (credencial revogada?).
""", _GN := uuid_s(), basic=b64(uuid_s() + ":" + _GN))

add("markdown/decoy-basic-auth-doc-example", "docs/api-publica/webhook-basic-auth.md", "https://datatracker.ietf.org/doc/html/rfc7617#section-2", """
# Webhooks com autenticacao Basic

Se o seu endpoint exige Basic, cadastre usuario e senha no painel; enviaremos:

```
Authorization: Basic dXN1YXJpbzpzZW5oYQ==
```

(o exemplo acima e `usuario:senha` em base64, como na RFC 7617 - use as suas credenciais).
Recomendamos preferir a assinatura HMAC descrita em `webhooks.md`.
""")

add("markdown/ifood-client-secret", "docs/integracoes/ifood-entrega-facil.md", "https://developer.ifood.com.br/pt-BR/docs/guides/authentication/centralized", """
# iFood - Sob Demanda (entregadores RapidoJa para restaurantes)

Aplicativo centralizado cadastrado no Portal do Desenvolvedor.

| Campo | Valor |
|---|---|
| clientId | @@cid@@ |
| clientSecret | @@secret@@ |
| merchantIds | hub Botafogo, hub Lapa |

Token: `POST https://merchant-api.ifood.com.br/authentication/v1.0/oauth/token` (grantType=client_credentials), expira em 6h.
""", fakes.drawn_mixed(_seed(), 96, string.ascii_lowercase + string.digits), cid=uuid_s())

add("markdown/decoy-rotated-notice", "docs/seguranca/rotacao-2024-q3.md", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", """
# Rotacao de credenciais - 3o trimestre 2024

| Credencial | Onde fica | Rotacionada em | Responsavel |
|---|---|---|---|
| Mercado Pago access token | `prod/pagamentos/mercadopago` | 2024-07-17 | Rafael |
| Pagar.me sk | `prod/checkout/pagarme_sk` | 2024-08-01 | Juliana |
| Google Maps (servidor) | `prod/roteirizador` | 2024-08-20 | Tiago |
| Senha admin Mikrotik hubs | Bitwarden > Hubs | 2024-09-02 | Marcos |

Nenhum valor neste documento; consulte o cofre.
""")

add("markdown/zabbix-admin-password", "docs/ti/monitoramento-hubs.md", "https://www.zabbix.com/documentation/current/en/manual/quickstart/login", """
# Monitoramento dos hubs (Zabbix)

URL: http://zabbix.rapidoja.local/zabbix
Login inicial: `Admin` / `@@secret@@` (trocar quando o Marcos voltar)

Itens monitorados por hub:
- link principal e 4G (ICMP + SNMP do Mikrotik)
- impressoras Zebra (SNMP, status da cabeca)
- nobreak APC (SNMP)
""", words_pw())

add("markdown/decoy-default-credentials-doc", "docs/ti/impressoras-zebra.md", "https://supportcommunity.zebra.com/s/article/Default-Password-on-Zebra-Printers", """
# Impressoras Zebra ZD421 - configuracao inicial

1. Conectar por USB e abrir o Zebra Setup Utilities.
2. A senha padrao de fabrica do painel web e `1234` (documentacao Zebra); **trocar no primeiro acesso**.
3. Ajustar largura da etiqueta para 100x150 mm, 203 dpi.
4. Cadastrar a impressora no CUPS do hub com o nome `ZD421_DOCA<n>`.

A senha definida apos a troca vai para o Bitwarden (pasta Hubs).
""")

add("yaml/decoy-openapi-security-scheme", "docs/api-publica/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: RapidoJa API de Envios
  version: "2.4"
servers:
  - url: https://api.rapidoja.com.br/v2
components:
  securitySchemes:
    chaveApi:
      type: http
      scheme: bearer
      description: "Chave do lojista, formato rj_live_<32 caracteres>"
security:
  - chaveApi: []
paths:
  /envios:
    post:
      summary: Cria um envio
      responses:
        "201": {description: criado}
""")

add("python/decoy-test-settings", "despacho-api/tests/conftest.py", "https://docs.pytest.org/en/stable/reference/fixtures.html", """
import pytest


@pytest.fixture
def settings_teste(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "django-insecure-chave-so-para-testes")
    monkeypatch.setenv("MP_ACCESS_TOKEN", "TEST-1234")
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres:postgres@localhost/despacho_test")
    monkeypatch.setenv("REDIS_URL", "redis://localhost:6379/15")
""")

add("python/asaas-webhook-token", "cobranca-lojistas/webhooks.py", "https://docs.asaas.com/docs/sobre-os-webhooks", """
from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()
# token definido no painel Asaas (Integracoes > Webhooks > Token de autenticacao)
ASAAS_WEBHOOK_TOKEN = "@@secret@@"


@router.post("/webhooks/asaas")
async def asaas(request: Request, asaas_access_token: str = Header(None)):
    if asaas_access_token != ASAAS_WEBHOOK_TOKEN:
        raise HTTPException(status_code=401)
    evento = await request.json()
    await processa_evento(evento["event"], evento["payment"])
    return {"ok": True}
""", rand_pw(32, "-_"))

add("python/decoy-hmac-signature-test", "pagamentos-webhook/tests/test_assinatura.py", "https://www.mercadopago.com.br/developers/pt/docs/your-integrations/notifications/webhooks", """
import hashlib
import hmac

from pagamentos_webhook.assinatura import valida

SEGREDO_TESTE = b"segredo-de-teste"


def test_assinatura_valida():
    manifest = "id:123;request-id:abc;ts:1704908010;"
    esperado = hmac.new(SEGREDO_TESTE, manifest.encode(), hashlib.sha256).hexdigest()
    assert valida(manifest, f"ts=1704908010,v1={esperado}", segredo=SEGREDO_TESTE)


def test_assinatura_adulterada():
    assert not valida("id:123;", "ts=1,v1=@@h@@", segredo=SEGREDO_TESTE)
""", h=sha256ish())

add("python/github-fine-grained-token", "scripts/abre_issue_incidente.py", "https://docs.github.com/en/rest/issues/issues#create-an-issue", """
import sys
import requests

GH_TOKEN = "@@secret@@"
REPO = "rapidoja/incidentes"

titulo = " ".join(sys.argv[1:]) or "Incidente sem titulo"
r = requests.post(f"https://api.github.com/repos/{REPO}/issues",
                  headers={"Authorization": f"Bearer {GH_TOKEN}", "Accept": "application/vnd.github+json"},
                  json={"title": titulo, "labels": ["incidente", "ops"]})
print(r.json()["html_url"])
""", fakes.github_fine_grained_token(_seed()))

add("python/decoy-secret-manager", "roteirizador/roteirizador/segredos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html", """
import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def segredos(nome: str = "prod/roteirizador") -> dict:
    cliente = boto3.client("secretsmanager", region_name="sa-east-1")
    return json.loads(cliente.get_secret_value(SecretId=nome)["SecretString"])


def chave_maps() -> str:
    return segredos()["google_maps_api_key"]
""")

add("python/here-api-key", "roteirizador/roteirizador/fallback_here.py", "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html", """
import httpx

# fallback de geocoding quando o Google bate a cota
HERE_API_KEY = "@@secret@@"


def geocodifica(endereco: str):
    r = httpx.get("https://geocode.search.hereapi.com/v1/geocode",
                  params={"q": endereco, "in": "countryCode:BRA", "apiKey": HERE_API_KEY}, timeout=10)
    r.raise_for_status()
    itens = r.json()["items"]
    return (itens[0]["position"]["lat"], itens[0]["position"]["lng"]) if itens else None
""", fakes.drawn_mixed(_seed(), 43, ALNUM + "_-"))

add("python/decoy-example-constants", "sdk-python/rapidoja/exemplos.py", "https://docs.python.org/3/tutorial/modules.html", """
\"\"\"Exemplos da documentacao do SDK (valores ficticios).\"\"\"
from rapidoja import Cliente

cliente = Cliente(chave_api="rj_test_EXEMPLO_NAO_FUNCIONA")

envio = cliente.envios.criar(
    origem={"cep": "01310-100", "numero": "1578"},
    destino={"cep": "04538-132", "numero": "1000"},
    janela="expressa",
)
print(envio.codigo, envio.link_rastreio)
""")

add("typescript/firebase-admin-private-key", "api-cadastro/src/firebaseAdmin.ts", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
import { cert, initializeApp } from "firebase-admin/app";

initializeApp({
  credential: cert({
    projectId: "rapidoja-entregador",
    clientEmail: "firebase-adminsdk-x1k9q@rapidoja-entregador.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});
""", pem(""). replace("  PRIVATE", " PRIVATE"))

add("typescript/decoy-env-vars-node", "rastreamento/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
function obrigatoria(nome: string): string {
  const v = process.env[nome];
  if (!v) throw new Error(`variavel ${nome} ausente`);
  return v;
}

export const cfg = {
  redisUrl: obrigatoria("REDIS_URL"),
  jwtSecret: obrigatoria("JWT_SECRET"),
  onesignalKey: obrigatoria("ONESIGNAL_REST_API_KEY"),
  porta: Number(process.env.PORT ?? 3000),
};
""")

add("typescript/jwt-secret", "rastreamento/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """
import jwt from "jsonwebtoken";

const SEGREDO = process.env.JWT_SECRET || "@@secret@@";

export function tokenRastreio(codigo: string): string {
  return jwt.sign({ codigo, escopo: "rastreio:read" }, SEGREDO, { expiresIn: "7d" });
}

export function valida(token: string) {
  return jwt.verify(token, SEGREDO);
}
""", rand_pw(40))

# ---------------------------------------------------------------- last group

add("ruby/fastlane-app-store-connect-key", "app-cliente-ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "@@kid@@",
      issuer_id: "@@iss@@",
      key_content: "@@secret@@",
      in_house: false
    )
    build_app(scheme: "RapidoJa")
    upload_to_testflight(api_key: api_key)
  end
end
""", fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"),
    kid=fakes.drawn(_seed(), 10, UPPER), iss=uuid_s())

add("ruby/decoy-fastlane-env", "app-cliente-ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """
app_identifier("br.com.rapidoja.cliente")
apple_id(ENV["FASTLANE_APPLE_ID"])
itc_team_id("@@itc@@")
team_id("@@team@@")
# a chave .p8 vem de ENV["ASC_KEY_CONTENT"] no CI
""", itc=digits(9), team=fakes.drawn(_seed(), 10, UPPER))

add("yaml/github-token-in-dependabot", ".github/dependabot-registries.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: @@secret@@
updates:
  - package-ecosystem: npm
    directory: /painel-lojista
    registries: [npm-github]
    schedule: {interval: weekly}
""", fakes.github_token(_seed()))

add("yaml/decoy-dependabot-secret-ref", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /rastreamento
    registries: [npm-github]
    schedule: {interval: weekly}
""")

add("k8s-secret/stripe-secret-key", "deploy/k8s/lisboa/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: lisboa
type: Opaque
data:
  STRIPE_SECRET_KEY: @@b@@
  STRIPE_WEBHOOK_SECRET: @@w@@
""", _SK := stripe_key(), b=b64(_SK), w=b64("whsec_" + fakes.drawn(_seed(), 32)))

add("k8s-secret/decoy-empty-template", "deploy/k8s/base/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# modelo - o pipeline preenche via kustomize secretGenerator a partir do Secrets Manager
apiVersion: v1
kind: Secret
metadata:
  name: app-env
type: Opaque
stringData:
  DATABASE_URL: ""
  REDIS_URL: ""
  MP_ACCESS_TOKEN: ""
""")

add("compose/decoy-secrets-files", "infra/notificador/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  notificador:
    image: harbor.rapidoja.com.br/notificador/app:3.2.1
    secrets: [zenvia_token, smtp_pass]
    environment:
      ZENVIA_TOKEN_FILE: /run/secrets/zenvia_token
      SMTP_PASS_FILE: /run/secrets/smtp_pass
secrets:
  zenvia_token:
    file: ./secrets/zenvia_token.txt
  smtp_pass:
    file: ./secrets/smtp_pass.txt
""")

add("compose/sendgrid-api-key", "infra/painel/docker-compose.prod.yml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
services:
  painel:
    image: harbor.rapidoja.com.br/painel/ops:5.0.3
    ports: ["8000:8000"]
    environment:
      - DJANGO_SETTINGS_MODULE=painel_operacoes.settings.prod
      - EMAIL_BACKEND=sgbackend.SendGridBackend
      - SENDGRID_API_KEY=@@secret@@
    restart: unless-stopped
""", sendgrid_key())

add("go/decoy-test-constants", "eta-service/internal/maps/client_test.go", "https://pkg.go.dev/testing", """
package maps

import "testing"

const chaveFalsa = "AIzaFAKE-nao-e-uma-chave-real"

func TestNewClientRejeitaVazia(t *testing.T) {
	if _, err := newClientWithKey(""); err == nil {
		t.Fatal("esperava erro com chave vazia")
	}
	if _, err := newClientWithKey(chaveFalsa); err != nil {
		t.Fatalf("nao esperava erro: %v", err)
	}
}
""")

add("java/decoy-properties-placeholder", "tms-legado/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", """
server.port=8080
spring.datasource.url=jdbc:sqlserver://${TMS_DB_HOST}:1433;databaseName=TMS
spring.datasource.username=${TMS_DB_USER}
spring.datasource.password=${TMS_DB_PASSWORD}
tms.etiqueta.impressora=${IMPRESSORA:ZD421_DOCA1}
""")

add("csharp/decoy-hash-constants", "Faturamento/Services/ValidadorWebhook.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.hmacsha256", """
using System.Security.Cryptography;
using System.Text;

namespace RapidoJa.Faturamento.Services;

public static class ValidadorWebhook
{
    // SHA-256 do certificado da Efi usado no mTLS (pinning), nao e segredo
    public const string ThumbprintEfi = "@@h@@";

    public static bool Valida(string corpo, string assinatura, byte[] segredo)
    {
        using var hmac = new HMACSHA256(segredo);
        var calc = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(corpo))).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(calc), Encoding.UTF8.GetBytes(assinatura));
    }
}
""", h=sha256ish().upper())

add("php/mercadopago-access-token", "loja-antiga/app/Services/MercadoPagoService.php", "https://github.com/mercadopago/sdk-php", """
<?php

namespace App\\Services;

use MercadoPago\\MercadoPagoConfig;
use MercadoPago\\Client\\Preference\\PreferenceClient;

class MercadoPagoService
{
    public function __construct()
    {
        MercadoPagoConfig::setAccessToken('@@secret@@');
    }

    public function preferencia(array $itens): string
    {
        return (new PreferenceClient())->create(['items' => $itens])->init_point;
    }
}
""", mp_token())

add("php/decoy-laravel-env-helper", "loja-antiga/config/services.php", "https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration", """
<?php

return [
    'mercadopago' => [
        'access_token' => env('MP_ACCESS_TOKEN'),
        'public_key' => env('MP_PUBLIC_KEY'),
    ],
    'pagseguro' => [
        'token' => env('PAGSEGURO_TOKEN'),
        'sandbox' => env('PAGSEGURO_SANDBOX', true),
    ],
];
""")

add("swift/decoy-keychain", "app-cliente-ios/RapidoJa/Services/Sessao.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import KeychainAccess

final class Sessao {
    private let keychain = Keychain(service: "br.com.rapidoja.cliente")

    var tokenAcesso: String? {
        get { keychain["token_acesso"] }
        set { keychain["token_acesso"] = newValue }
    }

    func sair() { try? keychain.remove("token_acesso") }
}
""")

add("kotlin/decoy-encrypted-prefs", "app-entregador/app/src/main/java/br/com/rapidoja/entregador/auth/TokenStore.kt", "https://developer.android.com/reference/androidx/security/crypto/EncryptedSharedPreferences", """
package br.com.rapidoja.entregador.auth

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

class TokenStore(ctx: Context) {
    private val prefs = EncryptedSharedPreferences.create(
        ctx, "sessao_entregador",
        MasterKey.Builder(ctx).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build(),
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )
    var token: String?
        get() = prefs.getString("jwt", null)
        set(v) = prefs.edit().putString("jwt", v).apply()
}
""")

add("kotlin/api-basic-credentials", "app-entregador/app/src/main/java/br/com/rapidoja/entregador/net/TelemetriaClient.kt", "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java", """
package br.com.rapidoja.entregador.net

import okhttp3.Credentials
import okhttp3.OkHttpClient

// envio de telemetria (bateria, GPS) direto para o coletor
object TelemetriaClient {
    private val credencial = Credentials.basic("app-entregador", "@@secret@@")

    val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain -> chain.proceed(chain.request().newBuilder().header("Authorization", credencial).build()) }
        .build()
}
""", rand_pw(24))

add("shell/decoy-vault-cli", "scripts/rotaciona_token_mp.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/put", """
#!/usr/bin/env bash
set -euo pipefail
# rotacao: o novo token e colado no prompt, nunca no historico
read -rsp "Novo MP access token: " NOVO
echo
vault kv put secret/pagamentos/mercadopago access_token="$NOVO"
kubectl -n pagamentos rollout restart deploy/pagamentos-api
unset NOVO
""")

add("markdown/decoy-readme-badges", "sdk-python/README.md", "https://packaging.python.org/en/latest/guides/making-a-pypi-friendly-readme/", """
# rapidoja-sdk

[![PyPI](https://img.shields.io/pypi/v/rapidoja-sdk)](https://pypi.org/project/rapidoja-sdk/)
[![codecov](https://codecov.io/gh/rapidoja/sdk-python/branch/main/graph/badge.svg?token=@@t@@)](https://codecov.io/gh/rapidoja/sdk-python)

```bash
pip install rapidoja-sdk
export RAPIDOJA_API_KEY="rj_live_..."
```

Publicacao: trusted publishing (OIDC) no workflow `publica-sdk.yml`.
""", t=fakes.drawn(_seed(), 10, UPPER))

add("ini/decoy-pip-conf-env", "ci/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://${PIP_USER}:${PIP_TOKEN}@pypi.rapidoja.internal/simple/
timeout = 60
disable-pip-version-check = true
""")

add("shell/pypi-token-twine", "scripts/publica_sdk_manual.sh", "https://twine.readthedocs.io/en/stable/#environment-variables", """
#!/usr/bin/env bash
# publicacao manual do SDK (quando o workflow esta quebrado)
set -e
rm -rf dist && python -m build
twine upload -u __token__ -p @@secret@@ dist/*
git tag "v$(python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["tool"]["poetry"]["version"])')"
""", fakes.pypi_token(_seed()))

add("markdown/aws-keys-handover", "docs/handover/ti-contas-aws.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# Contas AWS - notas do Andre (saida em 30/09)

- Conta prod: 4839-2011-7465, login via SSO (Google Workspace).
- Usuario IAM legado `svc-relatorios` ainda usado pelo Metabase antigo:
  - access key: @@kid@@
  - secret: @@secret@@
- Plano: trocar por role + OIDC antes de desligar o Metabase antigo.
- Billing alerts vao para financeiro@rapidoja.com.br.
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("properties/release-key-password", "app-entregador/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keystore/entregador-release.jks
RELEASE_KEY_ALIAS=entregador
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_PASSWORD=@@secret@@
""", rand_pw(16))

add("markdown/pagarme-secret-key", "docs/reunioes/2024-08-14-checkout.md", "https://docs.pagar.me/reference/autenticacao-2", """
# Reuniao checkout - 14/08

Presentes: Juliana, Rafael, Bia (produto), Leo (Pagar.me)

- Taxa de aprovacao do cartao caiu para 86% na ultima semana; Leo vai olhar antifraude.
- Leo pediu para testarmos a chave nova de producao antes de sexta:
  `@@secret@@` (a antiga sera revogada dia 20).
- Bia quer Pix parcelado no checkout do lojista ate outubro.
- Proxima reuniao: 28/08.
""", pagarme_sk())

