"""Blind set JO: seafood canneries and fish auctions (lonxas) in Galicia.

Cannery lines (autoclaves, seamers, PLCs), auction clocks and buyer portals, cold stores, traceability
and catch certificates, shipping and payments, ERP/SCADA integrations, CI and infrastructure, with docs
and comments partly in Galician; and their decoys. Generated fakes only (seeds 4560000-4569999).
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
SEED_LO, SEED_HI = 4560000, 4569999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Percebe", "Xurelo", "Bonito", "Mexillon", "Polbo", "Sardina", "Berberecho", "Ameixa", "Navalla",
         "Centola", "Faneca", "Rodaballo", "Vieira", "Robaliza", "Lura", "Ourizo"]
LOWER = ["marea", "batea", "lonxa", "rede", "faro", "illa", "ria", "nasa", "vento", "salitre", "cerco", "xeo"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def upper(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


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


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def gcp_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def datadog_key() -> str:
    return hexs(32)


def sentry_dsn_secret() -> str:
    return hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def redsys_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(24))).decode()


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"' + uuid_s() + '","iat":1733400000}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


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
    CASES.append(LabelledCase(f"blind-jo/{category}", file_name, text, secret, source))


# ---- cases ----

add("env/postgres-password", "conserveira-rianxo/.env", "https://www.postgresql.org/docs/current/libpq-connect.html", """
# Conserveira Rianxo - trazabilidade de lotes
APP_ENV=production
TZ=Europe/Madrid
DATABASE_URL=postgresql://trazab_app:@@secret@@@db-trazab.rianxo.lan:5432/trazabilidade
LOTE_PREFIX=RX
AUTOCLAVE_POLL_SECONDS=15
""", words_pw())

add("env/decoy-placeholder", "lonxa-burela/.env.example", "https://12factor.net/config", """
# Copia este ficheiro a .env e enche os valores (non subir .env ao repo!)
LONXA_CODIGO=BUR
DATABASE_URL=postgresql://lonxa:CHANGE_ME@localhost:5432/subastas
RELOXO_API_KEY=<pon-aqui-a-chave-do-reloxo>
SMTP_PASSWORD=
REDSYS_MERCHANT_KEY=xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("env/stripe-secret-key", "tenda-online/.env.production", "https://docs.stripe.com/keys", """
# Tenda online de conservas gourmet (latas de berberecho, zamburiña, ventresca)
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_TOLERANCE=300
SHIPPING_ORIGIN=Vilagarcia de Arousa
FREE_SHIPPING_FROM_EUR=60
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-publishable-key", "tenda-online/.env.local.example", "https://docs.stripe.com/keys", """
# Claves publicas: pódense ver no navegador, non son segredas
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@site@@
NEXT_PUBLIC_SENTRY_ENVIRONMENT=staging
# A secreta vai en Vercel > Settings > Environment Variables
STRIPE_SECRET_KEY=
""", pk=stripe_key("pk_live_"), site=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("python/aws-secret-key", "lonxa_vigo/exports/s3_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import datetime

import boto3

# Subida diaria das notas de venda da lonxa ao bucket de intercambio coa Xunta
s3 = boto3.client(
    "s3",
    region_name="eu-west-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def subir_notas(path: str) -> None:
    hoxe = datetime.date.today().isoformat()
    s3.upload_file(path, "lonxa-vigo-notas-venda", f"{hoxe}/notas.csv")


if __name__ == "__main__":
    subir_notas("/srv/lonxa/export/notas.csv")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-env-reference", "lonxa_vigo/exports/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

# Todos os segredos veñen do contorno (systemd EnvironmentFile=/etc/lonxa/exports.env)
AWS_REGION = os.environ.get("AWS_REGION", "eu-west-3")
AWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]
BUCKET = os.getenv("NOTAS_BUCKET", "lonxa-vigo-notas-venda")
DB_PASSWORD = os.environ.get("LONXA_DB_PASSWORD")
""")

add("python/smtp-password", "conserveira/notificacions/correo.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.conservaspontevedra.gal"
SMTP_USER = "avisos-calidade@conservaspontevedra.gal"
SMTP_PASS = "@@secret@@"


def avisar_lote_retido(lote: str, motivo: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Lote {lote} retido en calidade"
    msg["From"] = SMTP_USER
    msg["To"] = "calidade@conservaspontevedra.gal"
    msg.set_content(f"O lote {lote} quedou retido: {motivo}")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", words_pw())

add("python/decoy-test-fixture", "conserveira/tests/test_correo.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """
from unittest import mock

from notificacions import correo


def test_avisar_lote_retido(monkeypatch):
    monkeypatch.setattr(correo, "SMTP_PASS", "test-password")
    with mock.patch("smtplib.SMTP") as smtp:
        correo.avisar_lote_retido("RX-24-0311", "histamina alta")
    smtp.return_value.__enter__.return_value.login.assert_called_once_with(
        correo.SMTP_USER, "test-password")
""")

add("yaml/mysql-password", "lonxa-ribeira/config/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring:
  datasource:
    url: jdbc:mysql://mysql-subastas.lonxaribeira.local:3306/subastas?useSSL=true
    username: subastas_rw
    password: "@@secret@@"
  jpa:
    hibernate:
      ddl-auto: validate
lonxa:
  codigo: RIB
  reloxo:
    puerto-serie: /dev/ttyUSB0
    baudios: 9600
""", rand_pw(16, "#%"))

add("yaml/decoy-vault-reference", "lonxa-ribeira/config/application-pre.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """
spring:
  config:
    import: vault://secret/lonxa-ribeira/pre
  datasource:
    url: jdbc:mysql://mysql-pre.lonxaribeira.local:3306/subastas
    username: ${DB_USER}
    password: ${vault.db.password}
lonxa:
  codigo: RIB
  reloxo:
    simulado: true
""")

_v = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/subastas/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: subastas-redis
  namespace: lonxa-marin
  labels:
    app: subastas
type: Opaque
data:
  redis-host: @@host@@
  redis-password: @@enc@@
""", _v, host=b64("redis-subastas.lonxa-marin.svc"), enc=b64(_v))

add("k8s-secret/decoy-placeholder", "deploy/k8s/subastas/redis-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Modelo: o valor real créao o operador con
#   kubectl create secret generic subastas-redis --from-literal=redis-password=...
apiVersion: v1
kind: Secret
metadata:
  name: subastas-redis
  namespace: lonxa-marin
type: Opaque
stringData:
  redis-host: redis-subastas.lonxa-marin.svc
  redis-password: REPLACE_ME
""")

add("go/telegram-bot-token", "cmd/alertas-camara/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", """
package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// Alertas da cámara frigorífica 3 (túnel de conxelación) ao grupo de mantemento
const botToken = "@@secret@@"
const chatID = "-1001873345521"

func avisar(temp float64) {
	msg := fmt.Sprintf("Cámara 3: temperatura %.1f ºC por riba do límite", temp)
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage?chat_id=%s&text=%s", botToken, chatID, url.QueryEscape(msg))
	if _, err := http.Get(u); err != nil {
		log.Println("telegram:", err)
	}
}

func main() {
	avisar(-12.4)
}
""", fakes.telegram_token(_seed()))

add("go/decoy-env-reference", "cmd/alertas-camara/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import "os"

type Config struct {
	BotToken string
	ChatID   string
	Limite   string
}

func loadConfig() Config {
	return Config{
		BotToken: os.Getenv("TELEGRAM_BOT_TOKEN"),
		ChatID:   os.Getenv("TELEGRAM_CHAT_ID"),
		Limite:   os.Getenv("CAMARA_LIMITE_C"),
	}
}
""")

add("java/sftp-password", "src/main/java/gal/lonxacoruna/export/SftpNotasVenda.java", "http://www.jcraft.com/jsch/examples/Sftp.java.html", """
package gal.lonxacoruna.export;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** Envío das notas de primeira venda ao servidor da Consellería do Mar. */
public class SftpNotasVenda {
    private static final String HOST = "sftp.pesca.xunta.example";
    private static final String USER = "lonxa_coruna";
    private static final String PASS = "@@secret@@";

    public void enviar(String local, String remoto) throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession(USER, HOST, 22);
        session.setPassword(PASS);
        session.setConfig("StrictHostKeyChecking", "no");
        session.connect(15000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.put(local, remoto);
        sftp.disconnect();
        session.disconnect();
    }
}
""", words_pw())

add("java/decoy-hash", "src/main/java/gal/lonxacoruna/export/ChecksumNotas.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/MessageDigest.html", """
package gal.lonxacoruna.export;

import java.security.MessageDigest;
import java.util.HexFormat;

public class ChecksumNotas {
    // SHA-256 do ficheiro de proba notas-2024-03-11.csv (usado no test de integración)
    static final String SHA_ESPERADO = "@@h@@";

    public static String sha256(byte[] datos) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(datos));
    }
}
""", h=sha256ish())

add("php/mysql-password", "web-lonxa/config/database.php", "https://www.php.net/manual/en/pdo.connections.php", """
<?php
// Portal de compradores da Lonxa de Celeiro
return [
    'driver'   => 'mysql',
    'host'     => '10.20.1.15',
    'port'     => 3306,
    'database' => 'compradores',
    'username' => 'portal',
    'password' => '@@secret@@',
    'charset'  => 'utf8mb4',
];
""", rand_pw(14))

add("php/decoy-env-reference", "web-lonxa/config/mail.php", "https://laravel.com/docs/11.x/mail", """
<?php
return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
            'port' => env('MAIL_PORT', 587),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
    ],
    'from' => ['address' => 'non-responder@lonxaceleiro.gal', 'name' => 'Lonxa de Celeiro'],
];
""")

add("ruby/sendgrid-api-key", "config/initializers/sendgrid.rb", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/rubyonrails", """
# Albaráns de envío de conservas a distribuidores
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@secret@@",
  domain: "conservasarousa.gal",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", sendgrid_key())

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Chaves gardadas en config/credentials.yml.enc (bin/rails credentials:edit)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("shell/ftp-password", "scripts/enviar_etiquetas_ftp.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# Envía as etiquetas de lote á impresora de liña 2 (Videojet) vía FTP
set -euo pipefail
LOTE="$1"
ARQUIVO="/srv/etiquetas/${LOTE}.ciff"
curl -sS --ftp-create-dirs -T "$ARQUIVO" \\
  -u "videojet:@@secret@@" \\
  "ftp://192.168.40.22/jobs/${LOTE}.ciff"
echo "Etiqueta do lote ${LOTE} enviada"
""", rand_pw(12))

add("shell/decoy-env-reference", "scripts/backup_subastas.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
#!/bin/sh
# Copia nocturna da base de subastas. O contrasinal vai en ~/.pgpass (chmod 600)
set -e
DATA=$(date +%F)
pg_dump -h db-subastas -U backup -Fc subastas > "/backups/subastas-${DATA}.dump"
find /backups -name 'subastas-*.dump' -mtime +14 -delete
aws s3 cp "/backups/subastas-${DATA}.dump" "s3://${BACKUP_BUCKET}/subastas/"
""")

add("dockerfile/pypi-token", "Dockerfile", "https://packaging.python.org/en/latest/specifications/pypirc/", """
FROM python:3.12-slim
WORKDIR /app
# Paquete interno lonxa-reloxo publicado no noso PyPI
ENV PIP_INDEX_URL=https://pypi.org/simple
RUN printf '[pypi]\\nusername = __token__\\npassword = @@secret@@\\n' > /root/.pypirc
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "-m", "reloxo.servidor"]
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret", "docker/etl/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /etl
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_EXTRA_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.conservasrias.gal/simple" \\
    pip install -r requirements.txt
COPY etl/ ./etl/
CMD ["python", "-m", "etl.capturas"]
""")

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: lonxa
      POSTGRES_USER: lonxa
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  reloxo:
    build: .
    depends_on: [db]
    environment:
      DATABASE_HOST: db
    ports:
      - "8080:8080"
volumes:
  pgdata:
""", rand_pw(22))

add("compose/decoy-env-reference", "docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  db:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?define POSTGRES_PASSWORD en .env}
  reloxo:
    environment:
      DATABASE_PASSWORD: ${POSTGRES_PASSWORD}
      TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN:-}
""")

add("terraform/azure-storage-key", "infra/terraform/backup.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account", """
# Copias das gravacións de cámaras do peirao
terraform {
  backend "azurerm" {
    resource_group_name  = "rg-lonxa-tfstate"
    storage_account_name = "stlonxatfstate"
    container_name       = "tfstate"
    key                  = "backup.tfstate"
    access_key           = "@@secret@@"
  }
}

resource "azurerm_storage_container" "gravacions" {
  name                  = "gravacions-peirao"
  storage_account_name  = "stlonxabackup"
  container_access_type = "private"
}
""", azure_storage_key())

add("terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """
variable "db_password" {
  description = "Contrasinal da base de subastas (vén de TF_VAR_db_password en CI)"
  type        = string
  sensitive   = true
}

variable "sentry_dsn" {
  type    = string
  default = ""
}
""")

add("github-actions/docker-hub-token", ".github/workflows/build.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """
name: build
on:
  push:
    branches: [main]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login Docker Hub
        run: echo "@@secret@@" | docker login -u conservasrias --password-stdin
      - run: docker build -t conservasrias/trazabilidade:${{ github.sha }} .
      - run: docker push conservasrias/trazabilidade:${{ github.sha }}
""", fakes.fake("dckr_pat_", 27, _seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: produccion
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-3
      - run: ./scripts/deploy.sh
""")

add("python/redsys-merchant-key", "tenda/pagos/redsys.py", "https://pagosonline.redsys.es/desarrolladores-inicio/documentacion-tipos-de-integracion/desarrolladores-redireccion/", """
import base64
import hashlib
import hmac
import json

from Crypto.Cipher import DES3

# TPV virtual Redsys - Conservas Ría de Muros (comercio 361245871, terminal 1)
MERCHANT_CODE = "361245871"
TERMINAL = "1"
CLAVE_SHA256 = "@@secret@@"


def firmar(params: dict, pedido: str) -> tuple[str, str]:
    datos = base64.b64encode(json.dumps(params).encode()).decode()
    clave = base64.b64decode(CLAVE_SHA256)
    cipher = DES3.new(clave, DES3.MODE_CBC, b"\\0" * 8)
    pad = pedido.encode().ljust(16, b"\\0")
    clave_op = cipher.encrypt(pad)
    firma = hmac.new(clave_op, datos.encode(), hashlib.sha256).digest()
    return datos, base64.b64encode(firma).decode()
""", redsys_key())

add("python/decoy-redacted", "tenda/pagos/logging_filters.py", "https://docs.python.org/3/library/logging.html#filter-objects", """
import logging
import re

# Nunca deixar a firma nin a clave do TPV nos logs
PATRON = re.compile(r"(Ds_Signature|CLAVE_SHA256|Ds_MerchantParameters)=([A-Za-z0-9+/=]+)")


class OcultarFirma(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = PATRON.sub(r"\\1=***", str(record.msg))
        return True
""")

add("yaml/twilio-auth-token", "avisos-sms/config.yaml", "https://www.twilio.com/docs/iam/api/authtoken", """
# SMS aos armadores cando remata a poxa do seu lote
twilio:
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+34600112233"
plantilla: "Lonxa de Ribeira: o seu lote {lote} vendeuse a {prezo} EUR/kg"
horario:
  inicio: "05:00"
  fin: "14:00"
""", hexs(32), sid=twilio_sid())

add("yaml/decoy-account-id", "avisos-sms/config.sample.yaml", "https://www.twilio.com/docs/iam/api/account", """
# Exemplo. O account_sid non é segredo; o auth_token vai en TWILIO_AUTH_TOKEN
twilio:
  account_sid: @@sid@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  from: "+34600112233"
plantilla: "Lonxa de Ribeira: o seu lote {lote} vendeuse a {prezo} EUR/kg"
""", sid=twilio_sid())

add("ini/mssql-password", "ERP/conexion_a3.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """
; Conexión do integrador de báscula co ERP (A3ERP sobre SQL Server)
[ERP]
Servidor=SRV-ERP01\\A3ERP
BaseDatos=CONSERVAS_2024
Usuario=integrador_bascula
Contrasinal=@@secret@@
Timeout=30

[Bascula]
Porto=COM3
Modelo=Mettler IND570
""", words_pw())

add("ini/decoy-placeholder", "ERP/conexion_a3.ini.dist", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """
; Modelo de conexión. Copiar a conexion_a3.ini e cubrir en cada planta
[ERP]
Servidor=SRV-ERP01\\A3ERP
BaseDatos=CONSERVAS_AAAA
Usuario=integrador_bascula
Contrasinal=********
Timeout=30
""")

add("csharp/mssql-password", "Bascula.Integrador/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using System;
using System.Data.SqlClient;

namespace Bascula.Integrador
{
    // Le o peso da báscula de recepción de peixe e grava a entrada no ERP
    class Program
    {
        const string Cadea = "Server=SRV-ERP01\\\\A3ERP;Database=CONSERVAS_2024;User Id=integrador_bascula;Password=@@secret@@;TrustServerCertificate=True";

        static void Main(string[] args)
        {
            using var con = new SqlConnection(Cadea);
            con.Open();
            var cmd = new SqlCommand("INSERT INTO EntradasPeixe (Lote, Kg) VALUES (@l, @k)", con);
            cmd.Parameters.AddWithValue("@l", args[0]);
            cmd.Parameters.AddWithValue("@k", decimal.Parse(args[1]));
            cmd.ExecuteNonQuery();
            Console.WriteLine("Entrada gravada");
        }
    }
}
""", rand_pw(16, "!$"))

add("csharp/decoy-config-reference", "Bascula.Integrador/Startup.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Microsoft.Extensions.Configuration;

namespace Bascula.Integrador
{
    public static class Startup
    {
        public static string CadeaERP(IConfiguration config)
        {
            // dotnet user-secrets set "ConnectionStrings:ERP" "..."
            return config.GetConnectionString("ERP")
                ?? throw new InvalidOperationException("Falta ConnectionStrings:ERP");
        }
    }
}
""")

add("json/slack-webhook", "monitor-autoclaves/config/alertas.json", "https://api.slack.com/messaging/webhooks", """
{
  "planta": "Boiro",
  "autoclaves": ["AC-01", "AC-02", "AC-03"],
  "limites": {"temperatura_min_c": 115.5, "f0_min": 3.0},
  "notificacions": {
    "slack_webhook": "@@secret@@",
    "canle": "#calidade-esterilizacion"
  }
}
""", slack_webhook())

add("json/decoy-uuid", "monitor-autoclaves/config/dispositivos.json", "https://www.rfc-editor.org/rfc/rfc9562", """
{
  "dispositivos": [
    {"id": "@@u1@@", "nome": "AC-01", "plc": "S7-1200", "ip": "192.168.50.11"},
    {"id": "@@u2@@", "nome": "AC-02", "plc": "S7-1200", "ip": "192.168.50.12"},
    {"id": "@@u3@@", "nome": "AC-03", "plc": "S7-1500", "ip": "192.168.50.13"}
  ],
  "version": 4
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("typescript/openai-api-key", "portal-compradores/src/lib/tradutor.ts", "https://platform.openai.com/docs/api-reference/authentication", """
import OpenAI from "openai";

// Traducións automáticas das fichas de especie (galego -> inglés, francés)
const client = new OpenAI({
  apiKey: "@@secret@@",
});

export async function traducir(texto: string, idioma: string): Promise<string> {
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Traduce ao ${idioma} textos de peixe e marisco.` },
      { role: "user", content: texto },
    ],
  });
  return r.choices[0].message.content ?? "";
}
""", fakes.openai_key(_seed()))

add("typescript/decoy-public-config", "portal-compradores/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";

// Configuración web de Firebase: é pública, a seguridade vai nas regras
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "lonxa-compradores.firebaseapp.com",
  projectId: "lonxa-compradores",
  storageBucket: "lonxa-compradores.appspot.com",
  messagingSenderId: "418833920175",
  appId: "1:418833920175:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", k=gcp_api_key(), app=hexs(22))

add("kotlin/mqtt-password", "app/src/main/java/gal/conservas/linea/MqttCliente.kt", "https://eclipse.dev/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """
package gal.conservas.linea

import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions

// Tablet de liña: le os contadores da pechadora de latas
class MqttCliente {
    private val opts = MqttConnectOptions().apply {
        userName = "tablet-linea2"
        password = "@@secret@@".toCharArray()
        isCleanSession = true
    }

    fun conectar(): MqttClient {
        val c = MqttClient("ssl://mqtt.planta-boiro.lan:8883", "tablet-linea2")
        c.connect(opts)
        c.subscribe("pechadora/linea2/contador")
        return c
    }
}
""", rand_pw(18))

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "gal.conservas.linea"
    defaultConfig {
        applicationId = "gal.conservas.linea"
        minSdk = 26
        buildConfigField("String", "MQTT_HOST", "\\"mqtt.planta-boiro.lan\\"")
        buildConfigField("String", "MQTT_PASSWORD", "\\"${project.findProperty("mqttPassword") ?: ""}\\"")
    }
}
""")

add("sql/app-user-password", "db/migrations/V12__usuario_informes.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Usuario de só lectura para os informes de Power BI da lonxa
CREATE ROLE informes_bi LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE subastas TO informes_bi;
GRANT USAGE ON SCHEMA public TO informes_bi;
GRANT SELECT ON vendas, lotes, embarcacions, compradores TO informes_bi;
ALTER ROLE informes_bi SET statement_timeout = '60s';
""", words_pw())

add("sql/decoy-hash", "db/seeds/usuarios_demo.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Usuarios de demostración do portal (contrasinais xa cifrados con bcrypt)
INSERT INTO usuarios (login, nome, hash_contrasinal, rol) VALUES
  ('demo.comprador', 'Comprador Demo', '$2b$12$@@h1@@', 'comprador'),
  ('demo.armador', 'Armador Demo', '$2b$12$@@h2@@', 'armador'),
  ('demo.admin', 'Admin Demo', '$2b$12$@@h3@@', 'admin');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("markdown/ldap-bind-password", "docs/traspaso-sistemas.md", "https://ldap.com/the-ldap-bind-operation/", """
# Notas de traspaso - sistemas Lonxa de Burela

Para o substituto de Xosé durante a baixa. Todo o que hai que saber para sobrevivir á campaña do bonito.

## Directorio activo / LDAP
- Servidor: `ldaps://dc01.lonxaburela.local:636`
- Conta de servizo para o portal e o reloxo: `CN=svc-portal,OU=Servizos,DC=lonxaburela,DC=local`
- Contrasinal da conta de servizo: `@@secret@@`
- Non cambiar sen avisar: o reloxo de subasta deixa de autenticar compradores.

## Copias
- Veeam ás 02:00, revisar correo de resultado cada mañá.
- NAS: `\\\\nas01\\copias` (acceso co teu usuario de dominio).

## Provedores
- Reloxo electrónico: soporte por teléfono, contrato de mantemento ata 12/2025.
""", words_pw())

add("markdown/decoy-placeholder", "docs/instalacion-portal.md", "https://12factor.net/config", """
# Instalación do portal de compradores

1. Clonar o repositorio e crear o contorno:
   ```bash
   python -m venv .venv && . .venv/bin/activate
   pip install -r requirements.txt
   ```
2. Copiar `.env.example` a `.env` e cubrir:
   - `DATABASE_URL=postgresql://portal:<contrasinal>@localhost/compradores`
   - `SECRET_KEY=` (xerar con `python -c "import secrets; print(secrets.token_urlsafe(50))"`)
   - `REDSYS_CLAVE=` (pedila a administración, nunca subila ao repo)
3. `python manage.py migrate && python manage.py runserver`
""")

add("log/basic-auth-header", "logs/integracion-seur-2024-03-12.log", "https://www.rfc-editor.org/rfc/rfc7617", """
2024-03-12 06:01:12,118 INFO  envios: 14 pedidos pendentes para SEUR
2024-03-12 06:01:12,402 DEBUG http: POST https://api.seur.example/pickups/v1/collections
2024-03-12 06:01:12,403 DEBUG http: > Content-Type: application/json
2024-03-12 06:01:12,403 DEBUG http: > Authorization: Basic @@secret@@
2024-03-12 06:01:13,021 DEBUG http: < 201 Created
2024-03-12 06:01:13,022 INFO  envios: recollida 88120457 confirmada (Conservas A Pobra, 6 palés)
2024-03-12 06:01:13,390 INFO  envios: etiquetas descargadas
""", b64("conservasapobra:" + words_pw()))

add("log/decoy-redacted", "logs/integracion-seur-2024-03-13.log", "https://www.rfc-editor.org/rfc/rfc7617", """
2024-03-13 06:01:10,004 INFO  envios: 9 pedidos pendentes para SEUR
2024-03-13 06:01:10,377 DEBUG http: POST https://api.seur.example/pickups/v1/collections
2024-03-13 06:01:10,378 DEBUG http: > Authorization: Basic ****
2024-03-13 06:01:10,998 DEBUG http: < 201 Created
2024-03-13 06:01:10,999 INFO  envios: recollida 88121903 confirmada (Conservas A Pobra, 4 palés)
""")

add("csv/device-password", "inventario/dispositivos-planta-boiro.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
dispositivo,ip,modelo,usuario,contrasinal,ubicacion
PLC-AC01,192.168.50.11,Siemens S7-1200,admin,@@secret@@,Autoclave 1
HMI-L2,192.168.50.31,Weintek cMT3072,operador,,Liña 2 (pechadora)
CAM-PEIRAO1,192.168.60.5,Hikvision DS-2CD2143,,,Peirao descarga
SW-NAVE,192.168.1.2,HPE 1920,,,Rack oficina
""", rand_pw(10))

add("csv/decoy-ids", "exports/vendas-lonxa-2024-03-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
lote,data,especie,fao,embarcacion,kg,prezo_kg,comprador,id_transaccion
BUR-240311-001,2024-03-11,Merluza,HKE,3-VI-5-12-03,412.5,6.80,B27004512,@@t1@@
BUR-240311-002,2024-03-11,Xurelo,HOM,3-VI-5-07-99,1250.0,1.15,B15998310,@@t2@@
BUR-240311-003,2024-03-11,Rape,MNZ,3-LU-3-44-01,88.2,11.40,A36011122,@@t3@@
BUR-240311-004,2024-03-11,Polbo,OCC,3-VI-5-12-03,60.0,9.95,B27004512,@@t4@@
""", t1=uuid_s(), t2=uuid_s(), t3=uuid_s(), t4=uuid_s())

add("python/private-key", "lonxa_vigo/sii/certificado.py", "https://www.rfc-editor.org/rfc/rfc7468", '''
"""Certificado da empresa para o SII da AEAT (envío de facturas emitidas)."""
import tempfile

import requests

CLAVE_PRIVADA = """@@secret@@"""

CERTIFICADO = "/etc/lonxa/sii/certificado.pem"


def cliente() -> requests.Session:
    f = tempfile.NamedTemporaryFile("w", suffix=".key", delete=False)
    f.write(CLAVE_PRIVADA)
    f.close()
    s = requests.Session()
    s.cert = (CERTIFICADO, f.name)
    return s
''', fakes.fake_pem(_seed()))

add("python/sentry-dsn", "reloxo/servidor/__init__.py", "https://docs.sentry.io/platforms/python/", """
import sentry_sdk

from .app import crear_app

sentry_sdk.init(
    dsn="https://@@secret@@@o448812.ingest.sentry.io/5551234",
    traces_sample_rate=0.1,
    environment="lonxa-marin",
)

app = crear_app()
""", sentry_dsn_secret())

add("python/django-secret-key", "portal/portal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["compradores.lonxaceleiro.gal"]
SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "db-portal.lonxaceleiro.lan"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_CODE = "gl"
TIME_ZONE = "Europe/Madrid"
""", fakes.django_secret_key(_seed()))

add("python/decoy-generated-at-runtime", "portal/portal/settings/dev.py", "https://docs.djangoproject.com/en/5.0/ref/utils/#django.utils.crypto.get_random_string", """
from django.core.management.utils import get_random_secret_key

from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]
# En desenvolvemento xérase unha nova en cada arranque
SECRET_KEY = get_random_secret_key()
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("python/ssh-password", "ferramentas/reinicio_reloxo.py", "https://docs.paramiko.org/en/stable/api/client.html", """
import paramiko

# Reinicia o servizo do reloxo de subasta cando se conxela (pasa cada campaña do bonito)
HOST = "10.10.5.20"
USUARIO = "reloxo"
CONTRASINAL = "@@secret@@"

cli = paramiko.SSHClient()
cli.set_missing_host_key_policy(paramiko.AutoAddPolicy())
cli.connect(HOST, username=USUARIO, password=CONTRASINAL, timeout=10)
_, out, err = cli.exec_command("sudo systemctl restart reloxo-subasta")
print(out.read().decode(), err.read().decode())
cli.close()
""", words_pw())

add("python/mongodb-password", "trazabilidade/almacen.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
from pymongo import MongoClient

# Eventos de trazabilidade (captura -> lonxa -> cocedor -> enlatado -> expedición)
cliente = MongoClient(
    "mongodb+srv://trazab:@@secret@@@cluster0.x8k2q.mongodb.net/trazabilidade?retryWrites=true&w=majority"
)
eventos = cliente.trazabilidade.eventos


def rexistrar(lote: str, etapa: str, datos: dict) -> None:
    eventos.insert_one({"lote": lote, "etapa": etapa, **datos})
""", rand_pw(16))

add("python/decoy-regex", "trazabilidade/validacion.py", "https://docs.python.org/3/library/re.html", """
import re

# Código de lote: planta (2 letras) - ano (2) - día xuliano (3) - quenda (1)
LOTE = re.compile(r"^[A-Z]{2}-\\d{2}-\\d{3}-[MTN]$")
# Matrícula de embarcación: 3-VI-5-12-03
MATRICULA = re.compile(r"^\\d-[A-Z]{2}-\\d-\\d{1,3}-\\d{2}$")
# Token de API do provedor (só para detectar se alguén o pega nun ticket)
TOKEN_PROVEDOR = re.compile(r"\\bpk_[a-z]+_[A-Za-z0-9]{24,}\\b")


def lote_valido(codigo: str) -> bool:
    return bool(LOTE.match(codigo))
""")

add("yaml/aws-access-key", "ansible/group_vars/cameras/vars.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# Subida das gravacións das cámaras do peirao a S3 (Glacier despois de 30 días)
gravacions_bucket: lonxa-marin-cctv
gravacions_rexion: eu-west-3
gravacions_aws_access_key_id: @@kid@@
gravacions_aws_secret_access_key: @@secret@@
gravacions_retencion_dias: 90
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/cameras/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/device-password", "ansible/roles/hikvision/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """
- name: Configurar NTP nas cámaras do peirao
  ansible.builtin.uri:
    url: "http://{{ inventory_hostname }}/ISAPI/System/time/ntpServers"
    method: PUT
    user: admin
    password: "@@secret@@"
    force_basic_auth: true
    body_format: raw
    body: "<NTPServerList><NTPServer><id>1</id><hostName>ntp.lonxamarin.lan</hostName></NTPServer></NTPServerList>"
    status_code: 200
  loop_control:
    label: "{{ inventory_hostname }}"
""", words_pw())

add("ansible/decoy-vault-reference", "ansible/roles/hikvision/defaults/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
# Valores por defecto do rol; o contrasinal real está en group_vars/cameras/vault.yml
hikvision_user: admin
hikvision_password: "{{ vault_hikvision_password }}"
hikvision_ntp: ntp.lonxamarin.lan
hikvision_zona_horaria: "CST-1:00:00DST01:00:00,M3.5.0/02:00:00,M10.5.0/03:00:00"
""")

add("k8s-secret/stripe-webhook-secret", "deploy/k8s/tenda/stripe-secret.yaml", "https://docs.stripe.com/webhooks#verify-events", """
apiVersion: v1
kind: Secret
metadata:
  name: tenda-stripe
  namespace: tenda
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "@@secret@@"
  STRIPE_MODE: live
""", fakes.fake("whsec_", 32, _seed()))

_v = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/k8s/trazabilidade/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: trazabilidade-db
  namespace: trazabilidade
  annotations:
    owner: sistemas@conservasrias.gal
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", _v, u=b64("trazab"), p=b64(_v), d=b64("trazabilidade"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/trazabilidade/db-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: trazabilidade-db
  namespace: trazabilidade
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@e1@@
    POSTGRES_USER: AgC@@e2@@
  template:
    metadata:
      name: trazabilidade-db
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("ini/pypi-token", "reloxo-cli/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# Publicación do paquete lonxa-reloxo-cli (twine upload dist/*)
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
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "reloxo-cli/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "lonxa-reloxo-cli"
version = "2.3.1"
description = "Cliente de liña de comandos para o reloxo de subasta das lonxas galegas"
authors = [{ name = "Sistemas Lonxa Marín", email = "sistemas@lonxamarin.gal" }]
requires-python = ">=3.10"
dependencies = ["pyserial>=3.5", "httpx>=0.27"]

[project.scripts]
reloxo = "reloxo_cli.__main__:main"

[tool.hatch.build]
exclude = [".pypirc", ".env"]
""")

add("toml/cargo-registry-token", "sensor-temperatura/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
# Rexistro privado para os crates do firmware dos sensores das cámaras
[registries.conservas]
token = "@@secret@@"

[registry]
token = "@@secret@@"
""", fakes.fake("cio", 32, _seed()))

add("rust/influxdb-token", "sensor-temperatura/src/main.rs", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", """
use reqwest::blocking::Client;
use std::{thread, time::Duration};

// Sensor da cámara frigorífica 2 (materia prima: atún conxelado a -25 ºC)
const INFLUX_URL: &str = "https://influx.planta-boiro.lan:8086/api/v2/write?org=conservas&bucket=camaras";
const INFLUX_TOKEN: &str = "@@secret@@";

fn main() {
    let cli = Client::new();
    loop {
        let temp = ler_sonda();
        let punto = format!("temperatura,camara=2 valor={}", temp);
        let _ = cli
            .post(INFLUX_URL)
            .header("Authorization", format!("Token {}", INFLUX_TOKEN))
            .body(punto)
            .send();
        thread::sleep(Duration::from_secs(30));
    }
}

fn ler_sonda() -> f32 {
    -24.8
}
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("rust/decoy-env-reference", "sensor-temperatura/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub influx_url: String,
    pub influx_token: String,
    pub camara: u8,
}

impl Config {
    pub fn desde_contorno() -> Self {
        Config {
            influx_url: env::var("INFLUX_URL").expect("INFLUX_URL"),
            influx_token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN"),
            camara: env::var("CAMARA").unwrap_or("2".into()).parse().unwrap(),
        }
    }
}
""")

add("swift/api-key", "AppArmadores/Sources/API/LonxaAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

// App dos armadores: consulta das vendas do día na lonxa
struct LonxaAPI {
    static let base = URL(string: "https://api.lonxaribeira.gal/v1")!
    static let apiKey = "@@secret@@"

    static func vendas(embarcacion: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("vendas/\\(embarcacion)"))
        req.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (datos, _) = try await URLSession.shared.data(for: req)
        return datos
    }
}
""", "lrb_live_" + fakes.drawn_mixed(_seed(), 40))

add("swift/decoy-bundle-id", "AppArmadores/Sources/Config/Constantes.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list/cfbundleidentifier", """
import Foundation

enum Constantes {
    static let bundleID = "gal.lonxaribeira.armadores"
    static let appGroup = "group.gal.lonxaribeira.armadores"
    static let teamID = "7QK2L9XW4M"
    static let soporte = "soporte@lonxaribeira.gal"
    static let apiKeyHeader = "X-Api-Key"
}
""")

add("powershell/azure-client-secret", "scripts/Sincronizar-Capturas.ps1", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """
# Sincroniza as follas de capturas (Excel en SharePoint) coa base de datos da cooperativa
$TenantId = "@@tenant@@"
$ClientId = "@@client@@"
$ClientSecret = "@@secret@@"

$corpo = @{
    client_id     = $ClientId
    scope         = "https://graph.microsoft.com/.default"
    client_secret = $ClientSecret
    grant_type    = "client_credentials"
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $corpo
$cab = @{ Authorization = "Bearer $($token.access_token)" }
Invoke-RestMethod -Headers $cab -Uri "https://graph.microsoft.com/v1.0/sites/root/drive/root:/Capturas/2024.xlsx:/content" -OutFile "C:\\Capturas\\2024.xlsx"
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("powershell/decoy-credential-manager", "scripts/Conectar-ERP.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# O contrasinal gárdase cifrado con DPAPI no perfil do usuario de servizo
$ficheiro = "$env:USERPROFILE\\erp-cred.xml"
if (-not (Test-Path $ficheiro)) {
    Get-Credential -Message "Usuario do ERP" | Export-Clixml $ficheiro
}
$cred = Import-Clixml $ficheiro
Invoke-Sqlcmd -ServerInstance "SRV-ERP01\\A3ERP" -Database "CONSERVAS_2024" -Credential $cred -Query "SELECT COUNT(*) FROM EntradasPeixe"
""")

add("notebook/postgres-password", "analise/prezos_polbo_2023.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Prezos do polbo na lonxa de Vigo, campaña 2023\\n", "Medias diarias por categoría."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "motor = create_engine('postgresql+psycopg2://analista:@@secret@@@db-subastas.lonxavigo.lan/subastas')\\n",
    "df = pd.read_sql(\\"SELECT data, categoria, prezo_kg FROM vendas WHERE especie = 'OCC'\\", motor)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(['data', 'categoria']).prezo_kg.mean().unstack().plot(figsize=(12, 4))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("notebook/decoy-getpass", "analise/capturas_sardina.ipynb", "https://docs.python.org/3/library/getpass.html", """
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
    "contrasinal = getpass.getpass('Contrasinal de analista: ')\\n",
    "motor = create_engine(f'postgresql+psycopg2://analista:{contrasinal}@db-subastas.lonxavigo.lan/subastas')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql(\\"SELECT * FROM capturas WHERE especie = 'PIL'\\", motor).describe()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("xml/smtp-password", "PortalLonxa/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Lonxa" value="Cambados" />
    <add key="HoraPoxa" value="06:30" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="facturacion@lonxacambados.gal" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="facturacion@lonxacambados.gal" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("xml/decoy-encrypted-config", "PortalLonxa/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#tripledes-cbc" />
      <CipherData>
        <CipherValue>@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", c=fakes.drawn(_seed(), 344, ALNUM + "+/") + "==")

add("xml/maven-repo-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-conservas</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-conservas</id>
      <url>https://nexus.conservasrias.gal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-env", "ci/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-conservas</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("properties/jdbc-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """
# Servizo de certificados de captura (catch certificates UE, Regulamento 1005/2008)
server.port=8081
spring.datasource.url=jdbc:postgresql://db-certificados:5432/certificados
spring.datasource.username=certificados
spring.datasource.password=@@secret@@
spring.jpa.open-in-view=false
certificados.pdf.directorio=/srv/certificados/pdf
certificados.idioma-por-defecto=gl
""", rand_pw(18, "_"))

add("properties/decoy-env-reference", "src/main/resources/application-docker.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.datasource.url=jdbc:postgresql://${DB_HOST:db}:5432/certificados
spring.datasource.username=${DB_USER:certificados}
spring.datasource.password=${DB_PASSWORD}
certificados.pdf.directorio=/data/pdf
management.endpoints.web.exposure.include=health,info
""")

add("plist/api-key", "AppArmadores/Resources/Servizos.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>LonxaAPIBase</key>
    <string>https://api.lonxaribeira.gal/v1</string>
    <key>LonxaAPISecret</key>
    <string>@@secret@@</string>
    <key>MareasProvider</key>
    <string>meteogalicia</string>
</dict>
</plist>
""", "lrb_live_" + fakes.drawn_mixed(_seed(), 40))

add("plist/decoy-google-service-info", "AppArmadores/Resources/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>API_KEY</key>
    <string>@@k@@</string>
    <key>GCM_SENDER_ID</key>
    <string>418833920175</string>
    <key>BUNDLE_ID</key>
    <string>gal.lonxaribeira.armadores</string>
    <key>PROJECT_ID</key>
    <string>lonxa-armadores</string>
    <key>GOOGLE_APP_ID</key>
    <string>1:418833920175:ios:@@app@@</string>
</dict>
</plist>
""", k=gcp_api_key(), app=hexs(22))

add("terraform/aws-secret-key", "infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
# Infra da tenda online de conservas
provider "aws" {
  region     = "eu-south-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"

  default_tags {
    tags = {
      Proxecto = "tenda-conservas"
      Xestor   = "terraform"
    }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/db-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "tenda" {
  identifier          = "tenda-conservas"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  db_name             = "tenda"
  username            = "tenda_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  deletion_protection = true
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/terraform/rds-cocedor.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "cocedor_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "cocedor" {
  identifier        = "cocedor-mexillon"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 10
  username          = "cocedor"
  password          = random_password.cocedor_db.result
}
""")

add("github-actions/slack-bot-token", ".github/workflows/informe-diario.yml", "https://api.slack.com/authentication/token-types#bot", """
name: informe-diario-lonxa
on:
  schedule:
    - cron: "30 13 * * 1-5"
jobs:
  informe:
    runs-on: ubuntu-latest
    env:
      SLACK_BOT_TOKEN: @@secret@@
      SLACK_CANLE: C04LONXA01
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r informes/requirements.txt
      - run: python informes/resumo_dia.py --publicar-slack
""", slack_bot())

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
on:
  pull_request:
    paths: ["infra/**"]
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
          role-to-assume: arn:aws:iam::481203377215:role/github-terraform-tenda
          aws-region: eu-south-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform plan
""")

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

release:
  stage: release
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=@@secret@@ TWINE_USERNAME=gitlab-ci-token twine upload --repository-url https://gitlab.conservasrias.gal/api/v4/projects/42/packages/pypi dist/*
  only:
    - tags
""", gitlab_token())

add("yaml/decoy-ci-variable", ".gitlab-ci.release.yml", "https://docs.gitlab.com/ee/ci/variables/", """
release:
  stage: release
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
  rules:
    - if: $CI_COMMIT_TAG
""")

add("yaml/grafana-datasource-password", "monitorizacion/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """
apiVersion: 1
datasources:
  - name: Camaras frigorificas
    type: influxdb
    access: proxy
    url: http://influx.planta-boiro.lan:8086
    database: camaras
    user: grafana
    secureJsonData:
      password: "@@secret@@"
    jsonData:
      timeInterval: 30s
""", words_pw())

add("yaml/decoy-grafana-env", "monitorizacion/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """
apiVersion: 1
datasources:
  - name: Subastas
    type: postgres
    url: db-subastas.lonxavigo.lan:5432
    user: grafana_ro
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
    jsonData:
      database: subastas
      sslmode: require
""")

add("shell/mysql-password", "scripts/importar_capturas.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html#option_mysql_password", """
#!/bin/bash
# Importa o CSV de capturas diario da cofradía ao MySQL do portal
set -e
FICHEIRO=${1:-/srv/cofradia/capturas_$(date +%Y%m%d).csv}
mysql -h 10.20.1.15 -u importador -p'@@secret@@' compradores <<SQL
LOAD DATA LOCAL INFILE '${FICHEIRO}' INTO TABLE capturas
FIELDS TERMINATED BY ';' IGNORE 1 LINES;
SQL
echo "Importado ${FICHEIRO}"
""", rand_pw(14, "#"))

add("shell/redis-password", "scripts/limpar_cache_poxa.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# Limpa as chaves da poxa do día anterior (as pantallas da lonxa quedan lentas se non)
REDIS_HOST=10.10.5.30
ONTE=$(date -d yesterday +%Y%m%d)
redis-cli -h "$REDIS_HOST" -a @@secret@@ --no-auth-warning --scan --pattern "poxa:${ONTE}:*" \\
  | xargs -r redis-cli -h "$REDIS_HOST" -a @@secret@@ --no-auth-warning del
""", fakes.redis_password(_seed()))

add("shell/decoy-checksum", "scripts/instalar_firmware_reloxo.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/bin/sh
# Instala o firmware 4.2.1 do reloxo de subasta comprobando o SHA-256 do fabricante
set -e
URL=https://descargas.example/reloxo/fw-4.2.1.bin
SHA256=@@h@@
curl -fsSLo /tmp/fw.bin "$URL"
echo "${SHA256}  /tmp/fw.bin" | sha256sum -c -
reloxo-flash --porto /dev/ttyUSB0 /tmp/fw.bin
""", h=sha256ish())

add("dockerfile/github-token", "docker/portal/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
FROM node:20-alpine AS build
WORKDIR /app
# Paquetes privados @lonxa/* en GitHub Packages
RUN echo "//npm.pkg.github.com/:_authToken=@@secret@@" > .npmrc \\
 && echo "@lonxa:registry=https://npm.pkg.github.com" >> .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", fakes.github_token(_seed()))

add("ini/npm-token", "portal-compradores/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
# paquetes @lonxa/reloxo-ui e @lonxa/fichas-especie
@lonxa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("ini/decoy-npmrc-env", "tenda-online/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
# NODE_AUTH_TOKEN vén de actions/setup-node en CI, ou de `gh auth token` en local
@conservas:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
""")

add("php/woocommerce-consumer-secret", "tenda-wp/wp-content/plugins/sincro-stock/sincro.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
/*
Plugin Name: Sincro stock conservas
Description: Actualiza o stock da tenda desde o almacén da conserveira cada hora.
*/
define('SINCRO_CK', 'ck_@@ck@@');
define('SINCRO_CS', '@@secret@@');

function sincro_stock_actualizar() {
    $r = wp_remote_get('https://almacen.conservasarousa.gal/api/stock', [
        'headers' => ['Authorization' => 'Basic ' . base64_encode(SINCRO_CK . ':' . SINCRO_CS)],
        'timeout' => 20,
    ]);
    if (is_wp_error($r)) { return; }
    foreach (json_decode(wp_remote_retrieve_body($r), true) as $sku => $cant) {
        $id = wc_get_product_id_by_sku($sku);
        if ($id) { wc_update_product_stock($id, $cant); }
    }
}
add_action('sincro_stock_hora', 'sincro_stock_actualizar');
""", "cs_" + hexs(40), ck=hexs(40))

add("php/wordpress-db-password", "tenda-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// Tenda de conservas Arousa
define( 'DB_NAME', 'tenda_wp' );
define( 'DB_USER', 'tenda_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'gl_ES' );
$table_prefix = 'cra_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#(*"))

add("php/decoy-wp-config-env", "tenda-wp/wp-config-docker.php", "https://github.com/docker-library/wordpress/blob/master/wp-config-docker.php", """
<?php
function getenv_docker($env, $default) {
    return ($val = getenv($env)) !== false ? $val : $default;
}
define( 'DB_NAME', getenv_docker('WORDPRESS_DB_NAME', 'wordpress') );
define( 'DB_USER', getenv_docker('WORDPRESS_DB_USER', 'example username') );
define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', 'example password') );
define( 'DB_HOST', getenv_docker('WORDPRESS_DB_HOST', 'mysql') );
""")

add("python/shopify-access-token", "tenda/integracions/shopify_pedidos.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
import requests

# Tenda de Shopify para exportación (latas de sardiña e mexillón a Franza e Alemaña)
TENDA = "conservas-ria-muros.myshopify.com"
TOKEN = "@@secret@@"


def pedidos_pendentes():
    r = requests.get(
        f"https://{TENDA}/admin/api/2024-04/orders.json",
        params={"status": "open", "fulfillment_status": "unfulfilled"},
        headers={"X-Shopify-Access-Token": TOKEN},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["orders"]
""", shopify_token())

add("python/mailgun-api-key", "lonxa_vigo/avisos/boletin.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", """
import requests

DOMINIO = "mg.lonxavigo.gal"


def enviar_boletin(destinatarios: list[str], html: str) -> None:
    # Boletín semanal de prezos medios para compradores rexistrados
    requests.post(
        f"https://api.eu.mailgun.net/v3/{DOMINIO}/messages",
        auth=("api", "@@secret@@"),
        data={
            "from": "Lonxa de Vigo <boletin@mg.lonxavigo.gal>",
            "to": destinatarios,
            "subject": "Prezos medios da semana",
            "html": html,
        },
        timeout=20,
    )
""", mailgun_key())

_t = fakes.drawn_mixed(_seed(), 79, ALNUM + "-_")
add("python/paypal-client-secret", "tenda/pagos/paypal.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "A@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token_acceso() -> str:
    r = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]
""", "E" + _t, cid=fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("python/decoy-paypal-client-id", "tenda/pagos/checkout_config.py", "https://developer.paypal.com/sdk/js/configuration/", """
# Parámetros do botón de PayPal no checkout (o client-id vai no <script> público)
PAYPAL_CLIENT_ID = "A@@cid@@"
PAYPAL_CURRENCY = "EUR"
PAYPAL_LOCALE = "gl_ES"
PAYPAL_SDK_URL = (
    f"https://www.paypal.com/sdk/js?client-id={PAYPAL_CLIENT_ID}"
    f"&currency={PAYPAL_CURRENCY}&locale={PAYPAL_LOCALE}"
)
""", cid=fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

_pem = fakes.fake_pem(_seed()).replace("RSA PRIVATE KEY", "PRIVATE KEY")
add("python/gcp-service-account-key", "lonxa_vigo/meteo/gcs.py", "https://cloud.google.com/iam/docs/keys-create-delete", """
from google.cloud import storage
from google.oauth2 import service_account

# Gardamos as predicións de ondada de MeteoGalicia para cruzalas coas descargas
CLAVE = \"\"\"@@secret@@\"\"\"
INFO = {
    "type": "service_account",
    "project_id": "lonxa-vigo-datos",
    "private_key_id": "@@kid@@",
    "private_key": CLAVE,
    "client_email": "meteo-loader@lonxa-vigo-datos.iam.gserviceaccount.com",
    "client_id": "104882193047712390214",
    "token_uri": "https://oauth2.googleapis.com/token",
}
credenciais = service_account.Credentials.from_service_account_info(INFO)
cliente = storage.Client(credentials=credenciais, project=INFO["project_id"])
""", _pem, kid=hexs(40))

_pem = fakes.fake_pem(_seed()).replace("RSA PRIVATE KEY", "PRIVATE KEY")
add("json/gcp-service-account-key", "credenciais/lonxa-vigo-datos-3f9a.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "lonxa-vigo-datos",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@\\n",
  "client_email": "informes@lonxa-vigo-datos.iam.gserviceaccount.com",
  "client_id": "117730028841190327755",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _pem.split("\n")[1], kid=hexs(40), esc=_pem.replace("\n", "\\\\n"))

add("markdown/ssh-private-key", "docs/runbook-servidor-reloxo.md", "https://man.openbsd.org/ssh-keygen", """
# Runbook: servidor do reloxo de subasta (Lonxa de Marín)

## Acceso de emerxencia
Se o LDAP cae e non se pode entrar coa conta persoal, usar a clave de emerxencia do usuario `reloxo`:

```
@@secret@@
```

Gardala en `~/.ssh/reloxo_emerxencia` con `chmod 600` e entrar con
`ssh -i ~/.ssh/reloxo_emerxencia reloxo@10.10.5.20`.

## Reinicio do servizo
1. `sudo systemctl restart reloxo-subasta`
2. Comprobar nas pantallas da nave que aparece o primeiro lote.
3. Avisar por radio ao subasteiro.
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/decoy-public-key", "docs/acceso-ssh.md", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Acceso SSH aos servidores da lonxa

Engadir a túa clave **pública** en `ansible/files/authorized_keys/` e abrir un PR. Exemplo:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ maria.lopez@portatil-sistemas
```

A clave privada nunca sae do teu portátil. Pegada SHA256 esperada do servidor:
`SHA256:@@fp@@`
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("markdown/router-admin-password", "docs/planta-boiro/rede.md", "https://www.rfc-editor.org/rfc/rfc1918", """
# Rede da planta de Boiro

| Equipo | IP | Usuario | Contrasinal |
|---|---|---|---|
| Router Fortigate 60F | 192.168.1.1 | admin | `@@secret@@` |
| Switch nave | 192.168.1.2 | admin | (LDAP) |
| PLCs autoclaves | 192.168.50.0/24 | - | ver TIA Portal |

A wifi de invitados (`Conservas-Visitas`) cambia cada mes; pedila en recepción.
A VLAN 50 (autoclaves) non ten saída a internet.
""", words_pw())

add("markdown/decoy-redacted", "docs/planta-ribeira/rede.md", "https://www.rfc-editor.org/rfc/rfc1918", """
# Rede da planta de Ribeira

| Equipo | IP | Usuario | Contrasinal |
|---|---|---|---|
| Router Fortigate 40F | 192.168.2.1 | admin | en Bitwarden: "Ribeira / Fortigate" |
| Báscula recepción | 192.168.2.40 | operador | `••••••••` |
| Pechadora Ferrum | 192.168.2.60 | - | - |

Non poñer contrasinais neste documento. Todo vai en Bitwarden, colección "Planta Ribeira".
""")

add("yaml/rabbitmq-password", "servizos/poxa-eventos/config.yaml", "https://www.rabbitmq.com/docs/uri-spec", """
# Eventos da poxa (lote adxudicado, comprador, prezo) cara ao ERP e á facturación
amqp:
  url: amqps://poxa:@@secret@@@rabbit.lonxamarin.lan:5671/lonxa
  exchange: poxa.eventos
  prefetch: 50
facturacion:
  serie: "LM"
  iva_por_defecto: 10
""", rand_pw(20))

add("yaml/decoy-example-url", "servizos/poxa-eventos/config.example.yaml", "https://www.rabbitmq.com/docs/uri-spec", """
# Exemplo de configuración; en produción AMQP_URL vén do contorno
amqp:
  url: amqps://usuario:contrasinal@rabbit.example.com:5671/lonxa
  exchange: poxa.eventos
  prefetch: 50
facturacion:
  serie: "LM"
""")

add("yaml/datadog-api-key", "deploy/helm/trazabilidade/values-prod.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", """
replicaCount: 2
image:
  repository: ghcr.io/conservasrias/trazabilidade
  tag: "2024.03.2"
datadog:
  enabled: true
  site: datadoghq.eu
  apiKey: @@secret@@
  logs:
    enabled: true
resources:
  limits:
    memory: 512Mi
""", datadog_key())

add("yaml/decoy-existing-secret", "deploy/helm/trazabilidade/values-pre.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """
replicaCount: 1
image:
  repository: ghcr.io/conservasrias/trazabilidade
  tag: "main-8f3c2a1"
datadog:
  enabled: true
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-api-key
resources:
  limits:
    memory: 256Mi
""")

add("yaml/kubeconfig-token", "ops/kubeconfig-lonxa.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
apiVersion: v1
kind: Config
clusters:
  - name: lonxa-marin
    cluster:
      server: https://k8s.lonxamarin.lan:6443
      certificate-authority-data: @@ca@@
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: lonxa-marin
    context:
      cluster: lonxa-marin
      user: ci-deployer
current-context: lonxa-marin
""", jwt_like(), ca=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("json/docker-registry-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.conservasrias.gal": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {"User-Agent": "Docker-Client/26.1.0 (linux)"}
}
""", b64("ci-deploy:" + rand_pw(24)))

add("json/decoy-credhelper", "ops/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
{
  "auths": {
    "registry.conservasrias.gal": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("json/appsettings-connection-string", "Lonxa.Facturacion/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Facturacion": "Server=sql-lonxa.database.windows.net;Database=facturacion;User ID=facturacion_app;Password=@@secret@@;Encrypt=True"
  },
  "Facturacion": {
    "Serie": "LC",
    "ProveedorSII": "AEAT",
    "Idioma": "gl-ES"
  },
  "Logging": {"LogLevel": {"Default": "Warning"}}
}
""", rand_pw(18, "!@#"))

add("json/decoy-appsettings-keyvault", "Lonxa.Facturacion/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """
{
  "KeyVault": {
    "Uri": "https://kv-lonxa-facturacion.vault.azure.net/"
  },
  "ConnectionStrings": {
    "Facturacion": "@Microsoft.KeyVault(SecretUri=https://kv-lonxa-facturacion.vault.azure.net/secrets/facturacion-db/)"
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
""")

add("json/node-red-mqtt-credentials", "node-red/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", """
{
    "8a1f3c2b.d4e5f6": {
        "user": "nodered-planta",
        "password": "@@secret@@"
    },
    "b7c21e90.a3f4d1": {
        "user": "influx",
        "password": "@@p2@@"
    }
}
""", rand_pw(16), p2=rand_pw(16))

add("json/decoy-package-lock-integrity", "portal-compradores/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "portal-compradores",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("typescript/hubspot-private-app-token", "portal-compradores/src/server/crm.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

// Altas de compradores novos no CRM (equipo comercial de conservas)
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function altaComprador(nome: string, email: string, cif: string) {
  await hubspot.crm.contacts.basicApi.create({
    properties: { firstname: nome, email, cif_empresa: cif, orixe: "portal-lonxa" },
    associations: [],
  });
}
""", "pat-eu1-" + uuid_s())

_t = "sk." + base64.urlsafe_b64encode(b'{"u":"lonxaribeira","a":"' + fakes.drawn(_seed(), 20).encode() + b'"}').decode().rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")
add("typescript/mapbox-secret-token", "portal-compradores/scripts/subir-teselas.ts", "https://docs.mapbox.com/api/overview/#access-tokens-and-token-scopes", """
import { execSync } from "node:child_process";

// Sobe as zonas de marisqueo (polígonos) como tileset a Mapbox
const MAPBOX_TOKEN = "@@secret@@";
const usuario = "lonxaribeira";

execSync(
  `tilesets upload-source ${usuario} zonas-marisqueo ./datos/zonas.geojson.ld --token ${MAPBOX_TOKEN}`,
  { stdio: "inherit" },
);
""", _t)

_t = "pk." + base64.urlsafe_b64encode(b'{"u":"lonxaribeira","a":"' + fakes.drawn(_seed(), 20).encode() + b'"}').decode().rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")
add("typescript/decoy-mapbox-public-token", "portal-compradores/src/components/MapaZonas.tsx", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Token público (pk.) restrinxido por URL a compradores.lonxaribeira.gal
mapboxgl.accessToken = "@@pk@@";

export function MapaZonas() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const mapa = new mapboxgl.Map({ container: ref.current!, center: [-9.06, 42.56], zoom: 10 });
    return () => mapa.remove();
  }, []);
  return <div ref={ref} style={{ height: 480 }} />;
}
""", pk=_t)

_t = "xkeysib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)
add("env/brevo-api-key", "cofradia-cambados/.env", "https://developers.brevo.com/docs/getting-started", """
# Cofradía de Pescadores de Cambados - avisos de vedas e marisqueo a pé
APP_URL=https://avisos.cofradiacambados.gal
BREVO_API_KEY=@@secret@@
BREVO_LISTA_MARISCADORAS=12
BREVO_REMITENTE=avisos@cofradiacambados.gal
""", _t)

add("env/cloudflare-api-token", "infra/dns/.env.dns", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# Renovación de certificados (certbot dns-cloudflare) para *.lonxamarin.gal
CF_ZONE=lonxamarin.gal
CLOUDFLARE_API_TOKEN=@@secret@@
CERTBOT_EMAIL=sistemas@lonxamarin.gal
RENOVAR_DIAS=30
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("env/mailchimp-api-key", "tenda-online/.env.staging", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://staging.conservasarousa.gal
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_AUDIENCE_ID=a41c7e90b2
MAILCHIMP_SERVER_PREFIX=us21
""", hexs(32) + "-us21")

add("env/decoy-public-ids", "tenda-online/.env.production.public", "https://developers.google.com/analytics/devguides/collection/ga4", """
# Só identificadores públicos (van ao bundle do navegador)
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-7Q2LK81XWZ
NEXT_PUBLIC_MAILCHIMP_AUDIENCE_ID=a41c7e90b2
NEXT_PUBLIC_ALGOLIA_APP_ID=KX81QW3ZRT
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=@@s@@
NEXT_PUBLIC_STRIPE_PRICE_LATA_BERBERECHO=price_1P@@p@@
""", s=hexs(32), p=fakes.drawn(_seed(), 22))

add("typescript/algolia-admin-key", "tenda-online/scripts/indexar-produtos.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";
import produtos from "../datos/produtos.json";

// Reindexa o catálogo de conservas (executar tras cada cambio de prezos)
const cliente = algoliasearch("KX81QW3ZRT", "@@secret@@");
const indice = cliente.initIndex("produtos_gl");

await indice.replaceAllObjects(
  produtos.map((p) => ({ objectID: p.sku, nome: p.nome, especie: p.especie, prezo: p.prezo })),
);
console.log(`Indexados ${produtos.length} produtos`);
""", hexs(32))

add("pgpass/postgres-password", "ops/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
db-subastas.lonxavigo.lan:5432:subastas:backup:@@secret@@
db-subastas.lonxavigo.lan:5432:informes:backup:*
localhost:5432:*:postgres:
# réplica de lectura usada polo Power BI
db-replica.lonxavigo.lan:5432:subastas:backup:*
""", rand_pw(20))

add("netrc/ftp-password", "ops/cofradia/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
# Descarga automática dos partes de capturas que deixa a cofradía no seu FTP
machine ftp.cofradiaribeira.example
  login lonxa
  password @@secret@@

machine ftp.meteogalicia.example
  login anonymous
  password sistemas@lonxaribeira.gal
""", words_pw())

add("systemd/database-password", "ops/systemd/poxa-eventos.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """
[Unit]
Description=Consumidor de eventos da poxa (Lonxa de Marín)
After=network-online.target rabbitmq-server.service

[Service]
User=poxa
WorkingDirectory=/opt/poxa-eventos
Environment=DATABASE_URL=postgresql://poxa:@@secret@@@db-subastas:5432/subastas
Environment=AMQP_URL=amqps://rabbit.lonxamarin.lan:5671/lonxa
ExecStart=/opt/poxa-eventos/.venv/bin/python -m poxa_eventos
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", rand_pw(18))

add("systemd/decoy-environment-file", "ops/systemd/reloxo-subasta.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """
[Unit]
Description=Reloxo electrónico de subasta
After=network-online.target

[Service]
User=reloxo
EnvironmentFile=/etc/reloxo/reloxo.env
LoadCredential=db-password:/etc/reloxo/credentials/db-password
ExecStart=/opt/reloxo/bin/reloxo-servidor --porto /dev/ttyUSB0
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("crontab/mysql-password", "ops/cron/backup-portal.cron", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
# m h dom mon dow  command
# Copia do portal de compradores (Lonxa de Celeiro) ás 03:15
15 3 * * * mysqldump -h 10.20.1.15 -u backup --password=@@secret@@ --single-transaction compradores | gzip > /backups/compradores-$(date +\\%F).sql.gz
# Borrar copias de máis de 30 días
0 4 * * * find /backups -name 'compradores-*.sql.gz' -mtime +30 -delete
""", rand_pw(16))

add("groovy/ssh-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
    agent any
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Despregar no servidor da lonxa') {
            steps {
                sh '''
                  sshpass -p '@@secret@@' scp target/certificados.jar despregue@10.10.5.40:/opt/certificados/
                  sshpass -p '@@secret@@' ssh despregue@10.10.5.40 'sudo systemctl restart certificados'
                '''
            }
        }
    }
}
""", words_pw())

add("groovy/decoy-credentials-binding", "ci/Jenkinsfile.deploy", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """
pipeline {
    agent any
    stages {
        stage('Despregar') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'despregue-lonxa', usernameVariable: 'USR', passwordVariable: 'PSW')]) {
                    sh 'sshpass -e scp target/certificados.jar $USR@10.10.5.40:/opt/certificados/'
                }
            }
        }
    }
    environment {
        SSHPASS = credentials('despregue-lonxa-password')
    }
}
""")

add("go/kafka-sasl-password", "internal/bascula/produtor.go", "https://pkg.go.dev/github.com/segmentio/kafka-go/sasl/scram", """
package bascula

import (
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// Publica cada pesada da báscula de recepción no tópico pesadas.recepcion
func NovoProdutor() (*kafka.Writer, error) {
	mec, err := scram.Mechanism(scram.SHA512, "bascula-recepcion", "@@secret@@")
	if err != nil {
		return nil, err
	}
	return &kafka.Writer{
		Addr:     kafka.TCP("kafka-1.conservas.lan:9094"),
		Topic:    "pesadas.recepcion",
		Balancer: &kafka.Hash{},
		Transport: &kafka.Transport{
			SASL:        mec,
			DialTimeout: 10 * time.Second,
		},
	}, nil
}
""", rand_pw(22))

add("java/odoo-password", "src/main/java/gal/conservas/erp/OdooCliente.java", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html", """
package gal.conservas.erp;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

public class OdooCliente {
    private static final String URL_ODOO = "https://erp.conservasrias.gal";
    private static final String DB = "conservasrias";
    private static final String USUARIO = "integracion@conservasrias.gal";
    private static final String CONTRASINAL = "@@secret@@";

    public int autenticar() throws Exception {
        XmlRpcClientConfigImpl cfg = new XmlRpcClientConfigImpl();
        cfg.setServerURL(new URL(URL_ODOO + "/xmlrpc/2/common"));
        XmlRpcClient cli = new XmlRpcClient();
        cli.setConfig(cfg);
        return (Integer) cli.execute("authenticate", List.of(DB, USUARIO, CONTRASINAL, Map.of()));
    }
}
""", words_pw())

add("java/decoy-test-h2", "src/test/java/gal/conservas/erp/RepositorioLotesTest.java", "https://www.h2database.com/html/features.html#in_memory_databases", """
package gal.conservas.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class RepositorioLotesTest {
    @Test
    void gardaUnLote() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:lotes;DB_CLOSE_DELAY=-1", "sa", "")) {
            c.createStatement().execute("CREATE TABLE lotes (codigo VARCHAR(20))");
            new RepositorioLotes(c).gardar("RX-24-071-M");
            assertEquals(1, new RepositorioLotes(c).contar());
        }
    }
}
""")

add("python/sap-b1-password", "integracions/sap_b1/sesion.py", "https://help.sap.com/doc/0d2533ad95ba4ad7a702e83570a21c32/9.3/en-US/Working_with_SAP_Business_One_Service_Layer.pdf", """
import requests

SL_URL = "https://sap-b1.conservaspontevedra.lan:50000/b1s/v1"


def iniciar_sesion() -> requests.Session:
    s = requests.Session()
    s.verify = "/etc/ssl/certs/conservas-ca.pem"
    r = s.post(f"{SL_URL}/Login", json={
        "CompanyDB": "SBO_CONSERVAS",
        "UserName": "integracion",
        "Password": "@@secret@@",
    }, timeout=30)
    r.raise_for_status()
    return s
""", words_pw())

add("python/anthropic-api-key", "calidade/resumos/informes_inspeccion.py", "https://docs.anthropic.com/en/api/getting-started", """
import anthropic

# Resume os informes de inspección sanitaria (APPCC) para a reunión semanal
cliente = anthropic.Anthropic(api_key="@@secret@@")


def resumir(texto: str) -> str:
    msg = cliente.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Resume en galego, en 5 puntos:\\n{texto}"}],
    )
    return msg.content[0].text
""", "sk-ant-api03-" + fakes.drawn_mixed(_seed(), 93, ALNUM + "-_") + "AA")

add("python/huggingface-token", "calidade/vision/clasificar_sardina.py", "https://huggingface.co/docs/hub/security-tokens", """
from huggingface_hub import login
from transformers import pipeline

# Clasificador de calibre de sardiña a partir das fotos da cinta de recepción
login(token="@@secret@@")
clasificador = pipeline("image-classification", model="conservasrias/calibre-sardina-vit")


def calibre(foto: str) -> str:
    return clasificador(foto)[0]["label"]
""", fakes.fake("hf_", 34, _seed()))

add("python/decoy-hf-env", "calidade/vision/adestrar.py", "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables#hftoken", """
import os

from huggingface_hub import HfApi

# HF_TOKEN lese do contorno (definido no runner de GPU)
api = HfApi(token=os.environ.get("HF_TOKEN"))
api.upload_folder(
    folder_path="modelos/calibre-sardina-vit",
    repo_id="conservasrias/calibre-sardina-vit",
    commit_message="Adestramento campaña 2024",
)
""")

add("notebook/aws-secret-key", "analise/descargas_por_porto.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\\n",
    "sesion = boto3.Session(aws_access_key_id='@@kid@@',\\n",
    "                       aws_secret_access_key='@@secret@@',\\n",
    "                       region_name='eu-west-3')\\n",
    "athena = sesion.client('athena')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Descargas de xurelo por porto e mes (2019-2024)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/alertmanager-smtp-password", "monitorizacion/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#email_config", """
global:
  smtp_smarthost: smtp.gmail.com:587
  smtp_from: alertas.planta@conservasrias.gal
  smtp_auth_username: alertas.planta@conservasrias.gal
  smtp_auth_password: "@@secret@@"
route:
  receiver: mantemento
  group_by: [alertname, camara]
receivers:
  - name: mantemento
    email_configs:
      - to: mantemento@conservasrias.gal
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("yaml/decoy-sops-encrypted", "deploy/secrets/lonxa-prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
redis_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2024-03-10T18:22:41Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
""", d1=fakes.drawn(_seed(), 28, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 32, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("yaml/wifi-psk", "ops/netplan/60-escaner-almacen.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", """
# PC de expedición do almacén de produto terminado (lector de palés por wifi)
network:
  version: 2
  wifis:
    wlp2s0:
      dhcp4: true
      access-points:
        "Conservas-Almacen":
          password: "@@secret@@"
""", words_pw())

add("powershell/smtp-password", "scripts/Enviar-InformeDiario.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Informe diario de produción (latas por liña) para dirección
$usuario = "informes@conservaspontevedra.gal"
$contrasinal = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($usuario, $contrasinal)

$corpo = Get-Content "C:\\Informes\\produccion_$(Get-Date -Format yyyyMMdd).html" -Raw
Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred `
  -From $usuario -To "direccion@conservaspontevedra.gal" `
  -Subject "Produción do día" -Body $corpo -BodyAsHtml -Encoding UTF8
""", words_pw())

add("kotlin/courier-api-token", "app/src/main/java/gal/conservas/expedicion/MrwApi.kt", "https://square.github.io/okhttp/features/interceptors/", """
package gal.conservas.expedicion

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// Cliente da API do transportista para etiquetas de expedición
object MrwApi {
    private const val TOKEN = "@@secret@@"

    val cliente: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", "Bearer $TOKEN")
                    .build()
            )
        })
        .build()
}
""", fakes.drawn_mixed(_seed(), 48))

add("toml/streamlit-db-password", "cadro-lonxa/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Cadro de mando de prezos da lonxa (Streamlit)
[connections.subastas]
dialect = "postgresql"
host = "db-replica.lonxavigo.lan"
port = "5432"
database = "subastas"
username = "cadro"
password = "@@secret@@"
""", rand_pw(18))

add("toml/decoy-streamlit-example", "cadro-lonxa/.streamlit/secrets.toml.example", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Copiar a secrets.toml (está no .gitignore) e cubrir o contrasinal
[connections.subastas]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "subastas"
username = "cadro"
password = "xxx"
""")

add("ini/alembic-db-password", "db/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = db/migracions
sqlalchemy.url = postgresql+psycopg2://migracions:@@secret@@@db-certificados:5432/certificados

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
""", rand_pw(20))

add("ini/odbc-password", "ops/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[ERP_CONSERVAS]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:SRV-ERP01,1433
Database = CONSERVAS_2024
UID = informes_linux
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

_v = words_pw()
add("xml/ftp-password-base64", "ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Folder expanded="1">Lonxas
      <Server>
        <Host>ftp.lonxaburela.example</Host>
        <Port>21</Port>
        <Protocol>0</Protocol>
        <Type>0</Type>
        <User>conservasrias</User>
        <Pass encoding="base64">@@enc@@</Pass>
        <Logontype>1</Logontype>
        <Name>Lonxa Burela - notas de venda</Name>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", _v, enc=b64(_v))

add("log/database-url-in-traceback", "logs/poxa-eventos-error.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
2024-03-14 05:58:01,220 INFO poxa_eventos: arrancando consumidor (lonxa=MAR)
2024-03-14 05:58:01,804 ERROR poxa_eventos: non se puido conectar á base de datos
Traceback (most recent call last):
  File "/opt/poxa-eventos/poxa_eventos/db.py", line 22, in conectar
    motor = create_engine(url, pool_pre_ping=True)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused
	Is the server running on host "db-subastas" and accepting TCP/IP connections on port 5432?
(url: postgresql://poxa:@@secret@@@db-subastas:5432/subastas)
2024-03-14 05:58:06,811 INFO poxa_eventos: reintento 1/5
""", rand_pw(18))

add("log/decoy-request-ids", "logs/portal-compradores-access.log", "https://httpd.apache.org/docs/2.4/logs.html#combined", """
10.20.1.8 - - [14/Mar/2024:06:31:02 +0100] "GET /api/lotes?data=2024-03-14 HTTP/1.1" 200 18211 "-" "Mozilla/5.0" rid=@@r1@@
10.20.1.8 - - [14/Mar/2024:06:31:04 +0100] "POST /api/pujas HTTP/1.1" 201 112 "-" "Mozilla/5.0" rid=@@r2@@
10.20.1.9 - - [14/Mar/2024:06:31:05 +0100] "GET /static/app.9f3c1e2b.js HTTP/1.1" 304 0 "-" "Mozilla/5.0" rid=@@r3@@
10.20.1.8 - - [14/Mar/2024:06:31:09 +0100] "GET /api/lotes/BUR-240314-017 HTTP/1.1" 200 934 "-" "Mozilla/5.0" rid=@@r4@@
10.20.1.12 - - [14/Mar/2024:06:31:15 +0100] "POST /api/sesion HTTP/1.1" 200 388 "-" "okhttp/4.12.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("csv/api-token", "exports/integracions_compradores.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
comprador,cif,metodo,endpoint,token,activo
Pescados Rías Baixas SL,B36112233,webhook,https://erp.pescadosrb.example/lonxa/adxudicacions,,1
Mariscos O Grove SA,A36554411,api,https://api.mariscosogrove.example/v2/compras,@@secret@@,1
Congelados Atlántico SL,B15887766,email,compras@congeladosatlantico.example,,0
Distribuciones Lugo SL,B27443322,sftp,sftp.distlugo.example,,1
""", fakes.drawn_mixed(_seed(), 40))

add("csv/decoy-ean-barcodes", "exports/catalogo_produtos.csv", "https://www.gs1.org/standards/barcodes/ean-upc", """
sku,ean13,nome,especie,peso_neto_g,lote_actual
LAT-BER-120,8412345000128,Berberecho ao natural 35/45,Cerastoderma edule,120,RX-24-071-M
LAT-MEX-111,8412345000135,Mexillón en escabeche 8/12,Mytilus galloprovincialis,111,RX-24-069-T
LAT-SAR-120,8412345000142,Sardiña en aceite de oliva,Sardina pilchardus,120,BO-24-066-M
LAT-ZAM-111,8412345000159,Zamburiña en salsa de vieira,Mimachlamys varia,111,BO-24-070-M
LAT-BON-250,8412345000166,Bonito do norte en aceite,Thunnus alalunga,250,BO-24-058-N
""")

add("sql/smtp-password", "db/migrations/V19__configuracion_correo.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Configuración do correo saínte das facturas da lonxa (táboa de parámetros)
INSERT INTO parametros (clave, valor, descricion) VALUES
  ('smtp.host', 'smtp.office365.com', 'Servidor SMTP'),
  ('smtp.porto', '587', 'Porto STARTTLS'),
  ('smtp.usuario', 'facturacion@lonxacambados.gal', 'Conta que envía as facturas'),
  ('smtp.contrasinal', '@@secret@@', 'Contrasinal da conta'),
  ('smtp.copia', 'contabilidade@lonxacambados.gal', 'Copia oculta');
""", words_pw())

add("sql/decoy-parametros-reference", "db/migrations/V20__parametros_sen_segredos.sql", "https://www.postgresql.org/docs/current/sql-update.html", """
-- Os segredos saen da táboa: agora lense de Vault (ver docs/segredos.md)
DELETE FROM parametros WHERE clave = 'smtp.contrasinal';
INSERT INTO parametros (clave, valor, descricion) VALUES
  ('smtp.contrasinal.ref', 'vault:kv/lonxa-cambados/smtp#password', 'Referencia en Vault');
UPDATE parametros SET valor = 'true' WHERE clave = 'smtp.starttls';
""")

add("k8s-secret/smtp-password", "deploy/k8s/facturacion/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: facturacion-smtp
  namespace: facturacion
type: kubernetes.io/basic-auth
stringData:
  username: facturacion@lonxacambados.gal
  password: @@secret@@
""", words_pw())

add("k8s/decoy-external-secret", "deploy/k8s/facturacion/smtp-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: facturacion-smtp
  namespace: facturacion
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-lonxa
    kind: ClusterSecretStore
  target:
    name: facturacion-smtp
  data:
    - secretKey: password
      remoteRef:
        key: kv/lonxa-cambados/smtp
        property: password
""")

add("compose/minio-root-password", "ops/cctv/docker-compose.yml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", """
# Almacenamento local das gravacións das cámaras do peirao antes de subir a S3
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-10T02-53-48Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: cctv-admin
      MINIO_ROOT_PASSWORD: @@secret@@
    volumes:
      - /srv/cctv:/data
    ports:
      - "9000:9000"
      - "9001:9001"
    restart: unless-stopped
""", rand_pw(24))

add("compose/decoy-docker-secrets", "ops/cctv/docker-compose.secrets.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-10T02-53-48Z
    environment:
      MINIO_ROOT_USER_FILE: /run/secrets/minio_user
      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_password
    secrets: [minio_user, minio_password]
secrets:
  minio_user:
    file: ./secrets/minio_user.txt
  minio_password:
    file: ./secrets/minio_password.txt
""")

add("terraform/cloudflare-api-token", "infra/terraform/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "portal" {
  zone_id = "7c1e4a2b9d0f3e6a8b5c4d2e1f0a9b8c"
  name    = "compradores"
  content = "185.44.12.80"
  type    = "A"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-sensitive-output", "infra/terraform/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", """
output "db_endpoint" {
  value = aws_db_instance.tenda.endpoint
}

output "db_password" {
  value     = aws_db_instance.tenda.password
  sensitive = true
}

output "bucket_gravacions" {
  value = "lonxa-marin-cctv"
}
""")

_t = "sntrys_" + base64.b64encode(('{"iat":1710400000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"conservas-arousa"}').encode()).decode().rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/")
add("dockerfile/sentry-auth-token", "docker/tenda/Dockerfile", "https://docs.sentry.io/cli/configuration/#configuration-values", """
FROM node:20-alpine
WORKDIR /app
ENV SENTRY_ORG=conservas-arousa \\
    SENTRY_PROJECT=tenda-online \\
    SENTRY_AUTH_TOKEN=@@secret@@
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build && npx @sentry/cli sourcemaps upload ./dist
CMD ["node", "dist/server.js"]
""", _t)

add("dockerfile/decoy-image-digest", "docker/reloxo/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
# Imaxe fixada por digest (auditoría de calidade IFS Food pide builds reproducibles)
FROM python:3.12-slim@sha256:@@d@@
WORKDIR /opt/reloxo
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY reloxo/ ./reloxo/
USER 1000
CMD ["python", "-m", "reloxo.servidor"]
""", d=sha256ish())

add("github-actions/telegram-bot-token", ".github/workflows/avisar-despregue.yml", "https://core.telegram.org/bots/api#sendmessage", """
name: avisar-despregue
on:
  workflow_run:
    workflows: [deploy]
    types: [completed]
jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Avisar ao grupo de sistemas
        run: |
          curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001458812290 \\
            -d text="Despregue da lonxa: ${{ github.event.workflow_run.conclusion }}"
""", fakes.telegram_token(_seed()))

add("ruby/telegram-bot-token", "bot_vedas/bot.rb", "https://github.com/atipugin/telegram-bot-ruby", """
require "telegram/bot"

# Bot de vedas: as mariscadoras preguntan se o banco está aberto hoxe
TOKEN = ENV.fetch("TELEGRAM_TOKEN", "@@secret@@")

BANCOS = { "lombos" => :aberto, "ximieira" => :pechado, "o_bohido" => :aberto }.freeze

Telegram::Bot::Client.run(TOKEN) do |bot|
  bot.listen do |msg|
    estado = BANCOS.fetch(msg.text.to_s.downcase.strip, :descoñecido)
    bot.api.send_message(chat_id: msg.chat.id, text: "Banco #{msg.text}: #{estado}")
  end
end
""", fakes.telegram_token(_seed()))

add("php/courier-basic-credentials", "tenda-wp/wp-content/plugins/envios-correos/envios.php", "https://www.rfc-editor.org/rfc/rfc7617", """
<?php
// Preregistro de envíos na API do operador postal
function envios_preregistro(array $pedido) {
    $usuario = 'conservasarousa';
    $clave   = '@@secret@@';
    $resp = wp_remote_post('https://preregistro.correos.example/api/v1/envios', [
        'headers' => [
            'Authorization' => 'Basic ' . base64_encode("$usuario:$clave"),
            'Content-Type'  => 'application/json',
        ],
        'body' => wp_json_encode($pedido),
    ]);
    return json_decode(wp_remote_retrieve_body($resp), true);
}
""", words_pw())

add("csharp/azure-service-bus-key", "Lonxa.Facturacion/Mensaxeria/Publicador.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues", """
using Azure.Messaging.ServiceBus;

namespace Lonxa.Facturacion.Mensaxeria
{
    // Publica cada factura emitida na cola que le a contabilidade
    public class Publicador
    {
        private const string Conexion =
            "Endpoint=sb://sb-lonxa-cambados.servicebus.windows.net/;SharedAccessKeyName=facturacion-send;SharedAccessKey=@@secret@@";

        public async Task Publicar(string facturaJson)
        {
            await using var cliente = new ServiceBusClient(Conexion);
            var emisor = cliente.CreateSender("facturas-emitidas");
            await emisor.SendMessageAsync(new ServiceBusMessage(facturaJson));
        }
    }
}
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("go/redis-password", "internal/pantallas/cache.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL", """
package pantallas

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Cache das pantallas da nave de subasta (lote actual, prezo, comprador)
func NovaCache() (*redis.Client, error) {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@redis.lonxamarin.lan:6380/2")
	if err != nil {
		return nil, err
	}
	c := redis.NewClient(opt)
	return c, c.Ping(context.Background()).Err()
}
""", fakes.redis_password(_seed()))

add("shell/smb-password", "scripts/copiar_partes_nas.sh", "https://www.samba.org/samba/docs/current/man-html/smbclient.1.html", """
#!/bin/bash
# Copia os partes de produción ao NAS de calidade cada noite
set -eu
DATA=$(date +%Y%m%d)
smbclient //nas01.conservas.lan/calidade -U 'CONSERVAS\\svc-partes%@@secret@@' \\
  -c "cd partes; lcd /srv/partes/${DATA}; prompt; mput *.pdf"
logger -t partes "Partes ${DATA} copiados ao NAS"
""", words_pw())

add("markdown/vnc-password", "docs/planta-boiro/hmi-pechadoras.md", "https://www.realvnc.com/en/connect/docs/", """
# HMI das pechadoras (liñas 1-3)

As pantallas Weintek permiten acceso remoto por VNC para que o técnico do fabricante vexa as alarmas.

- Liña 1: `192.168.50.31:5900`
- Liña 2: `192.168.50.32:5900`
- Liña 3: `192.168.50.33:5900`
- Contrasinal VNC (o mesmo nas tres): @@secret@@

Antes de dar acceso ao técnico, abrir a regra temporal no Fortigate (caduca en 4 horas).
""", rand_pw(8))

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.3.1] - 2024-03-12
### Arranxado
- O reloxo non mostraba o comprador cando a puxa chegaba no último segundo (@@c1@@).
- Redondeo dos prezos por quilo en lotes de menos de 1 kg (@@c2@@).

## [2.3.0] - 2024-02-27
### Engadido
- Exportación das notas de primeira venda en formato XML da Xunta (@@c3@@).
- Tradución ao galego da pantalla de compradores (@@c4@@).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

_v = words_pw()
add("python/ldap-password-split", "portal/autenticacion/ldap_backend.py", "https://ldap3.readthedocs.io/en/latest/bind.html", """
from ldap3 import ALL, Connection, Server

SERVIDOR = Server("ldaps://dc01.lonxaburela.local", get_info=ALL)
BIND_DN = "CN=svc-portal,OU=Servizos,DC=lonxaburela,DC=local"
BIND_PW = ("@@a@@"
           "@@b@@")


def buscar_comprador(login: str):
    con = Connection(SERVIDOR, BIND_DN, BIND_PW, auto_bind=True)
    con.search("OU=Compradores,DC=lonxaburela,DC=local", f"(sAMAccountName={login})", attributes=["mail", "cn"])
    return con.entries[0] if con.entries else None
""", _v, a=_v[:7], b=_v[7:])

_t = "glrt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "_-")
add("yaml/gitlab-runner-token", "ops/gitlab-runner/values.yaml", "https://docs.gitlab.com/runner/install/kubernetes.html", """
# Valores para o chart gitlab-runner (runner da planta, con acceso á rede dos PLC)
gitlabUrl: https://gitlab.conservasrias.gal/
runnerToken: "@@secret@@"
rbac:
  create: true
runners:
  tags: "planta-boiro,plc"
  config: |
    [[runners]]
      [runners.kubernetes]
        namespace = "gitlab-runner"
""", _t)

add("env/github-fine-grained-token", "sincro-fichas/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token", """
# Sincroniza as fichas técnicas (PDF) das conservas co repositorio de documentación
GITHUB_OWNER=conservasrias
GITHUB_REPO=fichas-tecnicas
GITHUB_TOKEN=@@secret@@
FICHAS_DIR=/srv/calidade/fichas
""", fakes.github_fine_grained_token(_seed()))

add("env/twilio-auth-token", "avisos-sms/.env", "https://www.twilio.com/docs/iam/api/authtoken", """
# Avisos SMS aos armadores (Lonxa de Ribeira)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+34600112233
HORA_PECHE_POXA=14:00
""", hexs(32), sid=twilio_sid())

add("env/decoy-empty-values", "avisos-sms/.env.example", "https://12factor.net/config", """
# Variables necesarias (sen valores). Pedir o SID e o token a Sistemas; nunca subir o .env.
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
TWILIO_FROM=+34600000000
HORA_PECHE_POXA=14:00
""")

add("python/telegram-bot-url", "lonxa_vigo/avisos/telegram.py", "https://core.telegram.org/bots/api#making-requests", """
import requests

URL_BOT = "https://api.telegram.org/bot@@secret@@/sendMessage"
CANLE_COMPRADORES = "@lonxavigo_avisos"


def avisar_primeira_poxa(especie: str, kg: float) -> None:
    texto = f"Primeiro lote do día: {especie}, {kg:.0f} kg. Poxa en 10 minutos."
    requests.post(URL_BOT, data={"chat_id": CANLE_COMPRADORES, "text": texto}, timeout=10)
""", fakes.telegram_token(_seed()))

add("python/decoy-uuid-namespace", "trazabilidade/identificadores.py", "https://docs.python.org/3/library/uuid.html#uuid.uuid5", """
import uuid

# Espazo de nomes propio para xerar ids estables de lote (uuid5 do código de lote)
NS_LOTES = uuid.UUID("@@u1@@")
NS_EMBARCACIONS = uuid.UUID("@@u2@@")


def id_lote(codigo: str) -> uuid.UUID:
    return uuid.uuid5(NS_LOTES, codigo)


def id_embarcacion(matricula: str) -> uuid.UUID:
    return uuid.uuid5(NS_EMBARCACIONS, matricula)
""", u1=uuid_s(), u2=uuid_s())

add("properties/ftp-password-uri", "rutas-camel/src/main/resources/rutas.properties", "https://camel.apache.org/components/latest/ftp-component.html", """
# Rutas Camel: recollida das notas de venda das lonxas da Mariña
ruta.burela.uri=ftp://conservasrias@ftp.lonxaburela.example/notas?password=@@secret@@&passiveMode=true&delay=600000
ruta.celeiro.uri=sftp://conservasrias@sftp.lonxaceleiro.example/saida?privateKeyFile=/etc/camel/id_ed25519
ruta.destino=file:/srv/notas/entrada
ruta.erros=file:/srv/notas/erros
""", words_pw())

add("ansible/ssh-password", "ansible/inventories/planta/hosts.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
all:
  children:
    hmi:
      hosts:
        hmi-linea1: {ansible_host: 192.168.50.31}
        hmi-linea2: {ansible_host: 192.168.50.32}
    pcs_planta:
      hosts:
        pc-expedicion: {ansible_host: 192.168.2.70}
      vars:
        ansible_user: sistemas
        ansible_password: "@@secret@@"
        ansible_become: true
""", words_pw())

add("toml/snmp-community", "monitorizacion/telegraf/telegraf.conf", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/snmp", """
[agent]
  interval = "30s"

# Contadores das bombas de frío das cámaras (SNMP v2c)
[[inputs.snmp]]
  agents = ["udp://192.168.50.80:161", "udp://192.168.50.81:161"]
  version = 2
  community = "@@secret@@"
  name = "frio"

[[outputs.influxdb_v2]]
  urls = ["https://influx.planta-boiro.lan:8086"]
  token = "$INFLUX_TOKEN"
  organization = "conservas"
  bucket = "camaras"
""", rand_pw(14))

add("shell/aws-secret-key", "scripts/arquivar_gravacions.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/bin/bash
# Arquiva en Glacier as gravacións do peirao de máis de 30 días
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-3
find /srv/cctv -name '*.mp4' -mtime +30 -print0 | while IFS= read -r -d '' f; do
  aws s3 cp "$f" "s3://lonxa-marin-cctv/arquivo/${f#/srv/cctv/}" --storage-class GLACIER && rm "$f"
done
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("shell/decoy-vault-cli", "scripts/rotar_contrasinal_db.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/bin/bash
# Rota o contrasinal do usuario de informes: o novo vai a Vault, nunca a disco
set -euo pipefail
NOVO=$(openssl rand -base64 24)
psql -h db-subastas -U postgres -c "ALTER ROLE informes_bi PASSWORD '${NOVO}'"
vault kv put kv/lonxa-vigo/informes password="${NOVO}"
unset NOVO
echo "Rotado. Ler con: vault kv get -field=password kv/lonxa-vigo/informes"
""")

add("powershell/azure-storage-connection-string", "scripts/Subir-Etiquetas.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Sobe as etiquetas de lote xeradas polo software da etiquetadora a Azure Blob
$conexion = "DefaultEndpointsProtocol=https;AccountName=stconservasetiq;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conexion
Get-ChildItem "C:\\Etiquetas\\$(Get-Date -Format yyyyMMdd)" -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "etiquetas" -Blob $_.Name -Context $ctx -Force
}
""", azure_storage_key())

add("json/vscode-sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "Servidor reloxo (Lonxa Marín)",
    "host": "10.10.5.20",
    "protocol": "sftp",
    "port": 22,
    "username": "reloxo",
    "password": "@@secret@@",
    "remotePath": "/opt/reloxo",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "__pycache__"]
}
""", words_pw())

add("json/decoy-jwks", "portal-compradores/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "lonxa-2024-03",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("xml/opcua-password", "ops/kepware/canle_autoclaves.xml", "https://reference.opcfoundation.org/Core/Part4/v104/docs/7.36.3", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Conexión OPC UA do SCADA aos PLC das autoclaves (planta de Boiro) -->
<Canle nome="Autoclaves">
  <Servidor url="opc.tcp://192.168.50.10:4840" />
  <Seguridade politica="Basic256Sha256" modo="SignAndEncrypt" />
  <Autenticacion tipo="UsuarioContrasinal">
    <Usuario>scada</Usuario>
    <Contrasinal>@@secret@@</Contrasinal>
  </Autenticacion>
  <Etiqueta nome="AC01.Temperatura" nodo="ns=3;s=AC01.Temp" />
  <Etiqueta nome="AC01.Presion" nodo="ns=3;s=AC01.Pres" />
</Canle>
""", rand_pw(16, "#"))

add("xml/decoy-opcua-certificate", "ops/kepware/canle_cocedores.xml", "https://reference.opcfoundation.org/Core/Part4/v104/docs/7.36.4", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Cocedores de mexillón: autenticación por certificado, sen contrasinal -->
<Canle nome="Cocedores">
  <Servidor url="opc.tcp://192.168.50.20:4840" />
  <Seguridade politica="Basic256Sha256" modo="SignAndEncrypt" />
  <Autenticacion tipo="Certificado">
    <Certificado>C:\\ProgramData\\Kepware\\pki\\own\\certs\\scada.der</Certificado>
    <Pegada>@@fp@@</Pegada>
  </Autenticacion>
</Canle>
""", fp=hexs(40))

add("typescript/jwt-signing-secret", "portal-compradores/src/server/sesion.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """
import jwt from "jsonwebtoken";

// Sesións dos compradores no portal de poxa en liña
const SEGREDO_JWT = "@@secret@@";

export function emitirSesion(compradorId: string, cif: string): string {
  return jwt.sign({ sub: compradorId, cif }, SEGREDO_JWT, { expiresIn: "12h", issuer: "lonxa-ribeira" });
}

export function verificarSesion(token: string) {
  return jwt.verify(token, SEGREDO_JWT, { issuer: "lonxa-ribeira" });
}
""", fakes.drawn(_seed(), 48, ALNUM + "!#%&"))

add("typescript/decoy-jwt-env", "portal-compradores/src/server/config.ts", "https://nodejs.org/api/process.html#processenv", """
// Configuración do servidor: os segredos veñen sempre do contorno
export const config = {
  jwtSecret: process.env.JWT_SECRET ?? "",
  redisUrl: process.env.REDIS_URL ?? "redis://localhost:6379",
  stripeKey: process.env.STRIPE_SECRET_KEY,
};

if (!config.jwtSecret) {
  throw new Error("Falta JWT_SECRET");
}
""")

add("rust/smtp-password", "avisos-camara/src/correo.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/index.html", """
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

// Aviso por correo cando a cámara 2 pasa de -18 ºC
pub fn avisar(temp: f32) {
    let correo = Message::builder()
        .from("alertas@conservasrias.gal".parse().unwrap())
        .to("mantemento@conservasrias.gal".parse().unwrap())
        .subject(format!("Cámara 2 a {temp} ºC"))
        .body(String::from("Revisar o compresor da cámara 2."))
        .unwrap();
    let creds = Credentials::new("alertas@conservasrias.gal".into(), "@@secret@@".into());
    let smtp = SmtpTransport::relay("smtp.gmail.com").unwrap().credentials(creds).build();
    let _ = smtp.send(&correo);
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("csharp/stripe-restricted-key", "Tenda.Api/Pagos/StripeSetup.cs", "https://docs.stripe.com/keys#limit-access", """
using Stripe;

namespace Tenda.Api.Pagos
{
    public static class StripeSetup
    {
        // Clave restrinxida: só lectura de pagamentos e reembolsos (contabilidade)
        public static void Configurar()
        {
            StripeConfiguration.ApiKey = "@@secret@@";
            StripeConfiguration.MaxNetworkRetries = 2;
        }
    }
}
""", stripe_key("rk_live_"))

add("go/webhook-signing-secret", "internal/webhooks/asinar.go", "https://www.rfc-editor.org/rfc/rfc2104", """
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Segredo compartido cos compradores para asinar as notificacións de adxudicación
var segredoAsinatura = []byte("@@secret@@")

func Asinar(corpo []byte) string {
	m := hmac.New(sha256.New, segredoAsinatura)
	m.Write(corpo)
	return hex.EncodeToString(m.Sum(nil))
}
""", "lxw_" + fakes.drawn_mixed(_seed(), 40))

add("go/decoy-test-fixture", "internal/webhooks/asinar_test.go", "https://pkg.go.dev/testing", """
package webhooks

import "testing"

func TestAsinarEDeterminista(t *testing.T) {
	orixinal := segredoAsinatura
	segredoAsinatura = []byte("segredo-de-proba")
	defer func() { segredoAsinatura = orixinal }()

	a := Asinar([]byte(`{"lote":"BUR-240311-001"}`))
	b := Asinar([]byte(`{"lote":"BUR-240311-001"}`))
	if a != b || len(a) != 64 {
		t.Fatalf("asinatura inesperada: %s / %s", a, b)
	}
}
""")

add("markdown/github-token-handover", "docs/traspaso-despregue.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# Traspaso: despregue da app de armadores

Marcho de vacacións ata o 2 de abril. Para publicar unha versión:

1. Subir a versión en `AppArmadores/Info.plist`.
2. Crear a etiqueta `vX.Y.Z` e empuxala.
3. Se o workflow falla ao descargar os certificados de `conservasrias/certificados-ios`,
   o token do bot caducou. O meu token persoal serve mentres tanto:
   `@@secret@@`
   (poñelo como segredo `MATCH_GIT_TOKEN` no repo e borralo cando volva).

Calquera dúbida, Uxía sabe onde está todo.
""", fakes.github_token(_seed()))

add("markdown/decoy-password-policy", "docs/politica-contrasinais.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
# Política de contrasinais (Lonxas e conserveiras do grupo)

- Mínimo 14 caracteres; frases de paso recomendadas (ex.: `<catro palabras ao chou>`).
- Nunca reutilizar o contrasinal do correo noutros sistemas (reloxo, ERP, SCADA).
- Os contrasinais de equipos (PLC, HMI, cámaras) gárdanse en Bitwarden, colección "OT".
- Contas de servizo: rotación cada 180 días; responsable, Sistemas.
- Expresión usada polo validador do portal: `^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{14,}$`
""")

_v = fakes.aws_secret_key(_seed())
add("k8s-secret/aws-secret-key", "deploy/k8s/cctv/aws-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: cctv-s3
  namespace: cctv
type: Opaque
data:
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@enc@@
""", _v, kid=b64(fakes.aws_key_id(_seed())), enc=b64(_v))

add("k8s/decoy-configmap", "deploy/k8s/cctv/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: cctv-config
  namespace: cctv
data:
  BUCKET: lonxa-marin-cctv
  REXION: eu-west-3
  RETENCION_DIAS: "90"
  CAMARAS: "peirao1,peirao2,nave-subasta,entrada"
""")

add("terraform/db-password-tfvars", "infra/terraform/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Valores de produción (tenda de conservas)
rexion         = "eu-south-2"
instancia_db   = "db.t4g.small"
db_password    = "@@secret@@"
dominio        = "conservasarousa.gal"
alertas_email  = "sistemas@conservasarousa.gal"
""", rand_pw(24))

add("terraform/decoy-tfvars-example", "infra/terraform/example.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Exemplo: copia a prod.tfvars (ignorado por git) e cambia os valores
rexion         = "eu-south-2"
instancia_db   = "db.t4g.micro"
db_password    = "cambiar-por-un-contrasinal-longo"
dominio        = "exemplo.gal"
alertas_email  = "ti@exemplo.gal"
""")

add("sql/mysql-create-user", "db/mysql/usuarios.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Usuarios do portal de compradores (Lonxa de Celeiro)
CREATE USER IF NOT EXISTS 'portal'@'10.20.1.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON compradores.* TO 'portal'@'10.20.1.%';
CREATE USER IF NOT EXISTS 'backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT, LOCK TABLES, SHOW VIEW ON compradores.* TO 'backup'@'localhost';
FLUSH PRIVILEGES;
""", rand_pw(16, "#%"))

add("sql/decoy-scram-verifier", "db/roles/informes.sql", "https://www.postgresql.org/docs/current/auth-password.html", """
-- Rol creado co verificador SCRAM (xa cifrado por psql \\password); non contén o contrasinal
CREATE ROLE informes_lectura LOGIN
  PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
GRANT pg_read_all_data TO informes_lectura;
ALTER ROLE informes_lectura CONNECTION LIMIT 5;
""", salt=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", k1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", k2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("log/gitlab-token-in-ci-log", "logs/ci-job-88213.log", "https://docs.gitlab.com/ee/api/rest/authentication.html", """
Running with gitlab-runner 16.9.1 (782c6ecb)
  on planta-boiro-runner xK2pQw9z, system ID: s_4e1f0c7a9b21
Executing "step_script" stage of the job script
$ curl --fail -H "PRIVATE-TOKEN: @@secret@@" "https://gitlab.conservasrias.gal/api/v4/projects/42/packages/generic/firmware-sensores/1.4.0/sensor.bin" -o sensor.bin
  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
100  412k  100  412k    0     0  3021k      0 --:--:-- --:--:-- --:--:-- 3030k
$ sha256sum sensor.bin
Job succeeded
""", gitlab_token())

add("log/decoy-masked-token", "logs/ci-job-88240.log", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """
Running with gitlab-runner 16.9.1 (782c6ecb)
  on planta-boiro-runner xK2pQw9z, system ID: s_4e1f0c7a9b21
Executing "step_script" stage of the job script
$ curl --fail -H "JOB-TOKEN: [MASKED]" "https://gitlab.conservasrias.gal/api/v4/projects/42/packages/generic/firmware-sensores/1.4.1/sensor.bin" -o sensor.bin
100  415k  100  415k    0     0  2988k      0 --:--:-- --:--:-- --:--:-- 2995k
Job succeeded
""")

add("notebook/openai-api-key", "analise/etiquetado_especies.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "cliente = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "nomes = ['xurelo', 'faneca', 'robaliza', 'rodaballo']"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "for n in nomes:\\n",
    "    r = cliente.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Nome científico de {n}?'}])\\n",
    "    print(n, r.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed(), "svcacct"))

add("html/decoy-sri-and-site-key", "portal-compradores/public/rexistro.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """
<!doctype html>
<html lang="gl">
<head>
  <meta charset="utf-8">
  <title>Rexistro de compradores - Lonxa de Ribeira</title>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@sri@@" crossorigin="anonymous"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/api/rexistro" method="post">
    <input name="cif" placeholder="CIF da empresa" required>
    <input name="email" type="email" required>
    <div class="g-recaptcha" data-sitekey="6Lc@@site@@"></div>
    <button type="submit">Rexistrarse</button>
  </form>
</body>
</html>
""", sri=fakes.drawn(_seed(), 64, ALNUM + "+/"), site=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: API de vendas da Lonxa de Ribeira
  version: "1.2"
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Chave persoal do armador. Exemplo: `X-Api-Key: lrb_live_<40 caracteres>`"
paths:
  /vendas/{embarcacion}:
    get:
      security: [{apiKey: []}]
      parameters:
        - {name: embarcacion, in: path, required: true, schema: {type: string, example: "3-VI-5-12-03"}}
      responses:
        "200": {description: Vendas do día}
""")

add("csv/decoy-file-checksums", "exports/certificados_captura_manifest.csv", "https://www.rfc-editor.org/rfc/rfc6234", """
ficheiro,tamano_bytes,sha256,data_emision
CC-ES-2024-031101.pdf,182331,@@h1@@,2024-03-11
CC-ES-2024-031102.pdf,179004,@@h2@@,2024-03-11
CC-ES-2024-031201.pdf,190218,@@h3@@,2024-03-12
CC-ES-2024-031202.pdf,176655,@@h4@@,2024-03-12
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

# ---- more ----
