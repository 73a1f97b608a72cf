"""Blind set NE: a Mapudungun-speaking merkén spice maker in Temuco and an Araucanía
textile-weaving (ñimin, witral) co-operative.

Their web shop, order and dispatch scripts, point-of-sale and ERP links, courier and payment
integrations, telar (loom) inventory notebooks, CI and cloud configs, notes and runbooks written
partly in Mapudungun and Spanish, and their decoys. Generated fakes only (seeds 7850000-7859999).
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
_SEED = [7850000]
SEED_END = 7859999


def _seed() -> int:
    _SEED[0] += 11
    assert 7850000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Merken", "Kuyen", "Antu", "Lafken", "Mawida", "Trarilonko", "Kultrun", "Foye", "Pewen", "Ruka",
         "Witral", "Nimin", "Lelfun", "Ngen", "Chilko", "Rewe", "Kelluy", "Trapial", "Aji", "Kolor"]
LOWER = ["kuyen", "antu", "lafken", "mawida", "pewen", "ruka", "witral", "kelen", "folil", "trewa",
         "achawall", "chadi", "kachu", "ketran", "mamull", "wangulen"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 24)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + fakes.drawn_mixed(_seed(), 24)


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn_mixed(_seed(), 43)


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20)


def npm_token() -> str:
    return "npm_" + fakes.drawn_mixed(_seed(), 36)


def gh_token() -> str:
    return "ghp_" + fakes.drawn_mixed(_seed(), 36)


def openai() -> str:
    return fakes.openai_key(_seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mp_token() -> str:
    """A Mercado Pago production access token's shape."""
    r = _rng()
    return (f"APP_USR-{r.randint(10**15, 10**16 - 1)}-{r.randint(100000, 999999)}-"
            + hexs(32) + f"-{r.randint(10**8, 10**9 - 1)}")


def twilio_token() -> str:
    return hexs(32)


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def doctl_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return "hf_" + fakes.drawn_mixed(_seed(), 34)


def jwt_secret() -> str:
    return hexs(64)


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One whole file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-ne/{category}", file_name, text, secret, source))


DOCS_ENV = "https://github.com/motdotla/dotenv#usage"
DOCS_YAML = "https://yaml.org/spec/1.2.2/"
DOCS_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCS_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOCS_TF = "https://developer.hashicorp.com/terraform/language"
DOCS_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOCS_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOCS_PY = "https://docs.python.org/3/library/"
DOCS_NODE = "https://nodejs.org/api/"
DOCS_GO = "https://pkg.go.dev/std"
DOCS_JAVA = "https://docs.oracle.com/javase/8/docs/api/"
DOCS_KT = "https://kotlinlang.org/docs/home.html"
DOCS_CS = "https://learn.microsoft.com/en-us/dotnet/csharp/"
DOCS_PHP = "https://www.php.net/manual/en/"
DOCS_RB = "https://ruby-doc.org/"
DOCS_RS = "https://doc.rust-lang.org/std/"
DOCS_SWIFT = "https://developer.apple.com/documentation/foundation"
DOCS_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOCS_PS = "https://learn.microsoft.com/en-us/powershell/"
DOCS_MD = "https://commonmark.org/"
DOCS_RST = "https://docutils.sourceforge.io/rst.html"
DOCS_HTML = "https://html.spec.whatwg.org/"
DOCS_INI = "https://docs.python.org/3/library/configparser.html"
DOCS_TOML = "https://toml.io/en/v1.0.0"
DOCS_JSON = "https://www.json.org/json-en.html"
DOCS_XML = "https://www.w3.org/TR/xml/"
DOCS_SQL = "https://www.postgresql.org/docs/current/sql.html"
DOCS_DOCKER = "https://docs.docker.com/engine/reference/builder/"
DOCS_ANSIBLE = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
DOCS_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOCS_IPYNB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOCS_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOCS_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
DOCS_MP = "https://www.mercadopago.cl/developers/es/docs/your-integrations/credentials"
DOCS_STRIPE = "https://stripe.com/docs/keys"
DOCS_SLACK = "https://api.slack.com/messaging/webhooks"
DOCS_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOCS_PIP = "https://pip.pypa.io/en/stable/topics/configuration/"
DOCS_SSH = "https://man.openbsd.org/ssh_config"
DOCS_LOG = "https://www.rsyslog.com/doc/"
DOCS_GIT = "https://git-scm.com/docs/git-credential-store"
DOCS_NGINX = "https://nginx.org/en/docs/"
DOCS_WP = "https://developer.wordpress.org/apis/wp-config-php/"

# ---------------------------------------------------------------- secrets

add("env/database", "merken-tienda/.env", DOCS_ENV, """# Tienda merkén Temuco - mari mari
APP_ENV=production
DB_HOST=10.20.0.14
DB_NAME=merken_pedidos
DB_USER=kimche
DB_PASSWORD=@@s@@
""", words_pw())

add("env/mercadopago", "ruka-witral/web/.env.production", DOCS_MP, """# Cooperativa Witral Araucanía
NEXT_PUBLIC_SITE=https://witral-coop.cl
MP_PUBLIC_KEY=APP_USR-9f1c2a33-5b1e-4c8e-a2c1-0d7e61f5aa10
MP_ACCESS_TOKEN=@@s@@
SHIPPING_ORIGIN=Temuco
""", mp_token())

add("python/stripe", "merken/pagos/cobro.py", DOCS_STRIPE, """import stripe

# Kimün: cobramos en CLP, sin decimales
stripe.api_key = "@@s@@"


def cobrar(pedido):
    return stripe.PaymentIntent.create(amount=pedido.total, currency="clp")
""", stripe_key())

add("yaml/smtp", "witral/config/mailer.yml", DOCS_YAML, """# correo de la ruka: avisos a las ñimife (tejedoras)
smtp:
  host: smtp.witral-coop.cl
  port: 587
  user: avisos@witral-coop.cl
  password: "@@s@@"
  tls: true
""", words_pw())

_v = words_pw()
add("k8s-secret/database", "deploy/k8s/merken-db-secret.yaml", DOCS_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: merken-db
  namespace: kutran
type: Opaque
data:
  username: a2ltY2hl
  password: @@b@@
""", _v, b=b64(_v))

add("js/sendgrid", "witral/api/src/correo.js", DOCS_NODE, """// Mañumuwün (gracias) a quien mantiene esto
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@s@@');

module.exports = async function avisar(to, pedido) {
  await sgMail.send({ to, from: 'ruka@witral-coop.cl', subject: `Pedido ${pedido}` });
};
""", sendgrid_key())

add("go/database", "merken/cmd/despacho/main.go", DOCS_GO, """package main

import (
	"database/sql"
	_ "github.com/lib/pq"
)

// dsn de la bodega de Padre Las Casas
const dsn = "postgres://despacho:@@s@@@db.merken.internal:5432/bodega?sslmode=require"

func main() {
	db, _ := sql.Open("postgres", dsn)
	defer db.Close()
}
""", rand_pw(18))

add("shell/curl-basic", "scripts/subir_catalogo.sh", DOCS_SH, """#!/usr/bin/env bash
# Feyentun: sube el catálogo de trarilonko y makuñ al WooCommerce
set -euo pipefail
curl -sS -u "ck_tienda:@@s@@" \\
  -X POST https://witral-coop.cl/wp-json/wc/v3/products/batch \\
  -H 'Content-Type: application/json' -d @catalogo.json
""", rand_pw(22))

add("toml/slack-webhook", "merken/alertas.toml", DOCS_TOML, """[alertas]
canal = "#bodega-merken"
# pichi alerta cuando falta ají cacho de cabra
webhook = "@@s@@"
umbral_kg = 40
""", slack_webhook())

add("ini/database", "witral/erp/odbc.ini", DOCS_INI, """[witral_erp]
Driver=PostgreSQL Unicode
Servername=erp.witral-coop.cl
Port=5432
Database=tejidos
Username=contabilidad
Password=@@s@@
""", words_pw())

add("json/gitlab-token", "merken/.vscode/gitlab.json", DOCS_JSON, """{
  "gitlab.instanceUrl": "https://gitlab.com",
  "gitlab.project": "merken-temuco/tienda",
  "gitlab.token": "@@s@@",
  "gitlab.showPipelineUpdateNotifications": true
}
""", gitlab_token())

add("xml/smtp", "witral/dotnet/App.config", DOCS_XML, """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Nütramkan: correo de facturas -->
  <system.net>
    <mailSettings>
      <smtp from="facturas@witral-coop.cl">
        <network host="smtp.office365.com" port="587" userName="facturas@witral-coop.cl" password="@@s@@" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("java/database", "witral/inventario/src/main/java/cl/witral/Db.java", DOCS_JAVA, """package cl.witral;

import java.sql.Connection;
import java.sql.DriverManager;

public class Db {
    // inventario de telares (witral) y lana teñida
    static Connection abrir() throws Exception {
        return DriverManager.getConnection(
            "jdbc:mysql://inventario.witral.local:3306/lana", "telar", "@@s@@");
    }
}
""", rand_pw(16, "#!"))

add("kotlin/api-key", "merken/android/app/src/main/java/cl/merken/Api.kt", DOCS_KT, """package cl.merken

// Küme api: envíos Chilexpress cotización
object Api {
    const val BASE = "https://testservices.wschilexpress.com"
    const val SUBSCRIPTION_KEY = "@@s@@"
    const val ORIGEN = "TEMUCO"
}
""", hexs(32))

add("csharp/connection-string", "witral/pos/Data/Contexto.cs", DOCS_CS, """using Microsoft.EntityFrameworkCore;

namespace Witral.Pos.Data
{
    // caja de la feria de Temuco
    public class Contexto : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder o) =>
            o.UseSqlServer("Server=pos.witral.local;Database=Caja;User Id=cajera;Password=@@s@@;TrustServerCertificate=True");
    }
}
""", words_pw())

add("php/wp-config", "witral/wordpress/wp-config.php", DOCS_WP, """<?php
// Tienda de la cooperativa - ñimin mapuche
define( 'DB_NAME', 'witral_wp' );
define( 'DB_USER', 'witral_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wt_';
""", rand_pw(24, "!#%"))

add("ruby/mailgun", "merken/config/initializers/mailgun.rb", DOCS_RB, """# Avisos de despacho (amulpeyem = envío)
Mailgun.configure do |config|
  config.api_key = '@@s@@'
  config.domain = 'mg.merken-temuco.cl'
end
""", mailgun_key())

add("rust/token", "witral/etiquetas/src/main.rs", DOCS_RS, """// Imprime etiquetas de los makuñ (mantas)
const GITHUB_TOKEN: &str = "@@s@@";

fn main() {
    let client = reqwest::blocking::Client::new();
    let _ = client.get("https://api.github.com/repos/witral-coop/etiquetas/releases")
        .bearer_auth(GITHUB_TOKEN).send();
}
""", gh_token())

add("swift/api-key", "merken/ios/Merken/Config.swift", DOCS_SWIFT, """import Foundation

// Kiñe config para la app de pedidos
enum Config {
    static let baseURL = URL(string: "https://api.merken-temuco.cl")!
    static let openAIKey = "@@s@@"
}
""", openai())

add("powershell/credential", "witral/ops/Respaldo-Caja.ps1", DOCS_PS, """# Respaldo nocturno de la caja
$usuario = 'WITRAL\\respaldo'
$clave = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($usuario, $clave)
New-PSDrive -Name R -PSProvider FileSystem -Root \\\\nas01\\respaldos -Credential $cred
Copy-Item C:\\Caja\\*.bak R:\\
""", words_pw())

add("dockerfile/npm-token", "merken/web/Dockerfile", DOCS_DOCKER, """FROM node:20-alpine
WORKDIR /app
# registro privado de componentes (küme diseño)
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm .npmrc
COPY . .
CMD ["npm", "start"]
""", npm_token())

_v = rand_pw(20)
add("compose/database", "witral/docker-compose.yml", DOCS_COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: tejidos
      POSTGRES_USER: witral
      POSTGRES_PASSWORD: @@s@@
  web:
    build: .
    depends_on: [db]
""", _v)

add("terraform/cloud-token", "infra/main.tf", DOCS_TF, """# Infra de la tienda merkén (DigitalOcean, región nyc)
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "tienda" {
  name   = "merken-web"
  region = "nyc3"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-22-04-x64"
}
""", doctl_token())

add("gha/password", ".github/workflows/deploy.yml", DOCS_GHA, """name: despliegue
on:
  push:
    branches: [main]
jobs:
  subir:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: rsync a la ruka
        run: sshpass -p '@@s@@' rsync -az dist/ deploy@witral-coop.cl:/var/www/html
""", words_pw())

add("gitlab-ci/token", "merken/.gitlab-ci.yml", DOCS_GITLAB, """stages: [build, publicar]

variables:
  DOCKER_REGISTRY: registry.gitlab.com/merken-temuco
  CI_REGISTRY_TOKEN: "@@s@@"

publicar:
  stage: publicar
  script:
    - docker login -u merken -p "$CI_REGISTRY_TOKEN" $DOCKER_REGISTRY
""", gitlab_token())

add("ansible/password", "witral/ansible/group_vars/feria.yml", DOCS_ANSIBLE, """---
# Terminales de la feria (Pulmahue)
pos_user: cajera
pos_db_password: "@@s@@"
ntp_server: ntp.shoa.cl
""", rand_pw(18))

add("helm/redis", "charts/merken/values-prod.yaml", DOCS_HELM, """replicaCount: 2
image:
  repository: ghcr.io/merken-temuco/tienda
  tag: "1.8.2"
redis:
  auth:
    enabled: true
    password: "@@s@@"
""", fakes.redis_password(_seed()))

add("markdown/password", "docs/runbook-bodega.md", DOCS_MD, """# Runbook bodega merkén

Mari mari! Si el lector de códigos se cuelga:

1. Entrar al router `192.168.10.1` con usuario `admin` y clave `@@s@@`.
2. Reiniciar el puerto 4.
3. Avisar en el grupo (chaltumay).
""", words_pw())

add("rst/api-key", "witral/docs/envios.rst", DOCS_RST, """Envíos Starken
==============

La cotización usa la llave de producción::

    STARKEN_API_KEY = "@@s@@"

Kimeltuwün: no cambiar el origen (Temuco).
""", rand_pw(32))

add("html/api-key", "merken/web/mapa.html", DOCS_HTML, """<!doctype html>
<html lang="es">
<head><title>Dónde comprar merkén</title></head>
<body>
  <div id="mapa"></div>
  <script>
    const MAPBOX_SECRET = "@@s@@";
  </script>
</body>
</html>
""", "sk.eyJ1IjoibWVya2VuIiwiYSI6ImNrd2VuIn0." + rand_pw(22, "_-"))

add("sql/password", "witral/db/001_usuarios.sql", DOCS_SQL, """-- usuarios de la base de tejidos
CREATE ROLE reportes LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE tejidos TO reportes;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reportes;
-- pewmayal (ojalá) nadie borre esto
""", words_pw())

add("log/password", "logs/despacho-2026-11-03.log", DOCS_LOG, """2026-11-03 08:01:12 INFO  despacho iniciado (Temuco)
2026-11-03 08:01:13 DEBUG conectando smtp user=despacho@merken-temuco.cl
2026-11-03 08:01:13 DEBUG smtp login password=@@s@@
2026-11-03 08:01:14 INFO  12 pedidos enviados
2026-11-03 08:01:14 INFO  fin
""", words_pw())

add("csv/api-key", "witral/exports/integraciones.csv", DOCS_CSV, """servicio,cuenta,clave,notas
starken,witral,ver vault,cotizador
mailgun,avisos,@@s@@,no rotada desde 2025
bsale,caja,en 1password,
webpay,comercio 597012345678,en 1password,transbank
""", mailgun_key())

add("ipynb/openai", "merken/notebooks/descripciones.ipynb", DOCS_IPYNB, """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@s@@\\")\\n", "# descripciones de merkén ahumado"],
   "outputs": [],
   "execution_count": 1
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("shell-history/mysql", "home/kimche/.bash_history", DOCS_SH, """cd /srv/witral
git pull
mysql -u tejidos -p'@@s@@' -h 127.0.0.1 tejidos < respaldo.sql
systemctl restart witral
exit
""", rand_pw(16))

add("ssh/private-key", "ops/llaves/deploy_witral", DOCS_SSH, """@@s@@
""", pem("OPENSSH"))

_v = pem("RSA")
add("yaml/private-key", "witral/config/facturacion-sii.yml", DOCS_YAML, """# Certificado para el SII (boleta electrónica)
sii:
  rut_emisor: 65.123.456-7
  ambiente: produccion
  llave_privada: |
    @@k@@
""", _v, k=_v.replace("\n", "\n    "))

add("python/database-url", "merken/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/", """import dj_database_url

# Pu kimche: no tocar sin avisar
DEBUG = False
ALLOWED_HOSTS = ["merken-temuco.cl"]
DATABASES = {"default": dj_database_url.parse("postgres://tienda:@@s@@@localhost:5432/tienda")}
""", rand_pw(20))

add("python/django-secret", "witral/witral/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .base import *  # noqa

# Ñimin: producción de la tienda cooperativa
DEBUG = False
SECRET_KEY = "@@s@@"
ALLOWED_HOSTS = ["witral-coop.cl", "www.witral-coop.cl"]
""", fakes.django_secret_key(_seed()))

add("js/telegram", "merken/bot/index.js", "https://core.telegram.org/bots/api", """// Bot de pedidos por Telegram - "Merkén Kümelkawün"
const TelegramBot = require('node-telegram-bot-api');
const bot = new TelegramBot('@@s@@', { polling: true });

bot.onText(/\\/pedido/, (msg) => {
  bot.sendMessage(msg.chat.id, 'Mari mari! ¿Cuántos gramos de merkén?');
});
""", fakes.telegram_token(_seed()))

add("ts/aws-secret", "witral/infra/src/fotos.ts", "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/", """import { S3Client } from '@aws-sdk/client-s3';

// fotos de los trariwe (fajas) para el catálogo
export const s3 = new S3Client({
  region: 'sa-east-1',
  credentials: {
    accessKeyId: '@@id@@',
    secretAccessKey: '@@s@@',
  },
});
""", fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("env/aws-secret", "merken/respaldos/.env", DOCS_ENV, """# respaldos a S3 (Santiago)
AWS_REGION=sa-east-1
AWS_ACCESS_KEY_ID=@@id@@
AWS_SECRET_ACCESS_KEY=@@s@@
BUCKET=merken-respaldos
""", fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = sa-east-1

[witral]
aws_access_key_id = @@id@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("npmrc/npm-token", "witral/web/.npmrc", DOCS_NPMRC, """registry=https://registry.npmjs.org/
@witral:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", npm_token())

add("pip-conf/password", "merken/pip.conf", DOCS_PIP, """[global]
index-url = https://merken:@@s@@@pypi.merken-temuco.cl/simple/
extra-index-url = https://pypi.org/simple
timeout = 30
trusted-host = pypi.merken-temuco.cl
""", rand_pw(18))

add("pypirc/pypi-token", "witral/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("git-credentials/token", "home/ñimife/.git-credentials", DOCS_GIT, """https://witral-bot:@@s@@@github.com
https://gitlab-ci-token:REDACTED@gitlab.com
""" + "# guardado por git credential-store\n# no subir\n# ruka witral\n", gh_token())

add("markdown/table-token", "witral/docs/integraciones.md", DOCS_MD, """# Integraciones de la cooperativa

| Servicio   | Uso                     | Credencial |
|------------|-------------------------|------------|
| Bsale      | boletas de la tienda    | `@@s@@` |
| Starken    | envíos a Santiago       | en 1Password |
| Instagram  | catálogo                | en 1Password |

Feley (así es): Bsale aún no tiene rotación.
""", rand_pw(40))

add("yaml/slack-bot", "merken/chatops/config.yaml", DOCS_SLACK, """bot:
  nombre: pichi-merken
  slack_token: @@s@@
  canales:
    - bodega
    - despacho
""", slack_bot())

add("python/discord-webhook", "witral/scripts/aviso_feria.py", "https://discord.com/developers/docs/resources/webhook", """import requests

# Aviso a las lamngen (hermanas) cuando hay feria
WEBHOOK = "@@s@@"

requests.post(WEBHOOK, json={"content": "Feria en Villarrica el sábado, traer makuñ"})
""", discord_webhook())

add("go/api-key", "merken/internal/bsale/client.go", DOCS_GO, """package bsale

import "net/http"

// token de la tienda (kiñe token por sucursal)
const accessToken = "@@s@@"

func nuevo(req *http.Request) {
	req.Header.Set("access_token", accessToken)
}
""", hexs(40))

add("php/mercadopago", "witral/tienda/pagos.php", DOCS_MP, """<?php
require 'vendor/autoload.php';
use MercadoPago\\MercadoPagoConfig;

// Pago de telares y lana, cooperativa Witral
MercadoPagoConfig::setAccessToken("@@s@@");
$cliente = new MercadoPago\\Client\\Preference\\PreferenceClient();
""", mp_token())

add("ruby/database-yml", "merken/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """production:
  adapter: postgresql
  database: merken_production
  username: merken
  password: <%= ENV.fetch("DB_PASSWORD") { "@@s@@" } %>
  host: db.merken.internal
""", words_pw())

add("k8s-secret/stringdata-token", "deploy/k8s/witral-bsale.yaml", DOCS_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: bsale
  namespace: witral
type: Opaque
stringData:
  BSALE_TOKEN: "@@s@@"
""", hexs(40))

_v = stripe_key()
add("k8s-secret/stripe", "deploy/k8s/merken-stripe.yaml", DOCS_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: stripe
  labels:
    app: tienda-merken
data:
  STRIPE_SECRET_KEY: @@b@@
""", _v, b=b64(_v))

add("compose/api-key", "merken/compose.prod.yaml", DOCS_COMPOSE, """services:
  tienda:
    image: ghcr.io/merken-temuco/tienda:1.8.2
    environment:
      - SENDGRID_API_KEY=@@s@@
      - TZ=America/Santiago
    ports:
      - "8080:8080"
""", sendgrid_key())

add("terraform/password", "witral/infra/rds.tf", DOCS_TF, """resource "aws_db_instance" "tejidos" {
  identifier        = "witral-tejidos"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "witral"
  password          = "@@s@@"
  skip_final_snapshot = true
}
""", words_pw())

add("tfvars/api-key", "witral/infra/prod.auto.tfvars", DOCS_TF, """region        = "sa-east-1"
dominio       = "witral-coop.cl"
cloudflare_api_token = "@@s@@"
# chaltu: el token es de la cuenta de la cooperativa
""" + "ttl = 300\n", rand_pw(40, "_-"))

add("shell/heredoc", "witral/ops/instalar_pos.sh", DOCS_SH, """#!/bin/sh
# Instala la caja en el notebook de la feria
cat > /etc/witral/pos.conf <<EOF
[caja]
servidor = pos.witral.local
clave = @@s@@
EOF
systemctl enable --now witral-pos
""", words_pw())

add("shell/export", "merken/ops/env.sh", DOCS_SH, """# source env.sh antes de correr los scripts de despacho
export PGHOST=db.merken.internal
export PGUSER=despacho
export PGPASSWORD='@@s@@'
export PGDATABASE=bodega
""", rand_pw(20, "#"))

_v = "IGQVJ" + fakes.drawn_mixed(_seed(), 140)
add("python/split-token", "witral/scripts/sync_instagram.py", "https://developers.facebook.com/docs/instagram-api", """import requests

# token largo de Instagram (catálogo de ñimin)
TOKEN = ("@@a@@"
         "@@b@@")

r = requests.get("https://graph.instagram.com/me/media", params={"access_token": TOKEN})
print(r.status_code)
""", _v, a=_v[:70], b=_v[70:])

_v = fakes.fake_pem(_seed(), "")
_v = _v.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n")
add("json/service-account", "merken/gcp/sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "merken-planillas",
  "private_key_id": "@@kid@@",
  "private_key": "@@k@@\\n",
  "client_email": "planillas@merken-planillas.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _v, kid=hexs(40), k=_v)

add("java/properties-password", "witral/inventario/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """# Inventario de lana (ofisa) y colorantes naturales
spring.datasource.url=jdbc:postgresql://db.witral.local:5432/lana
spring.datasource.username=inventario
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
""", words_pw())

add("yaml/spring-mail", "witral/inventario/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/io/email.html", """spring:
  mail:
    host: smtp.gmail.com
    port: 587
    username: inventario.witral@gmail.com
    password: @@s@@
    properties.mail.smtp.starttls.enable: true
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("python/twilio", "merken/avisos/whatsapp.py", "https://www.twilio.com/docs/usage/secure-credentials", """from twilio.rest import Client

# WhatsApp a los clientes: "Tami merkén kiñe küyen mew" (su merkén en un mes)
ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"
cliente = Client(ACCOUNT_SID, AUTH_TOKEN)
cliente.messages.create(from_="whatsapp:+14155238886", to="whatsapp:+56945550123", body="Pedido listo")
""", twilio_token(), sid=hexs(32))

add("js/url-credential", "merken/web/lib/redis.js", DOCS_NODE, """import { createClient } from 'redis';

// caché del carrito (kiñe hora)
export const redis = createClient({
  url: 'redis://default:@@s@@@redis.merken.internal:6379/0',
});
""", fakes.redis_password(_seed()))

add("ts/openai", "witral/web/src/server/describir.ts", DOCS_NODE, """import OpenAI from 'openai';

// Describe cada makuñ con sus símbolos (lukutuwe, ñimin de estrella)
const openai = new OpenAI({ apiKey: "@@s@@" });

export async function describir(nombre: string) {
  return openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: nombre }] });
}
""", openai())

add("yaml/mongo-uri", "merken/api/config/production.yaml", DOCS_YAML, """server:
  port: 8080
mongo:
  # colección de recetas con merkén
  uri: mongodb+srv://recetas:@@s@@@cluster0.ab1cd.mongodb.net/recetas?retryWrites=true
  pool: 10
""", rand_pw(16))

add("csharp/appsettings", "witral/pos/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Transbank": {
    "CommerceCode": "597055555532",
    "ApiKeySecret": "@@s@@"
  },
  "AllowedHosts": "*"
}
""", hexs(64))

add("php/env-array", "merken/tienda/config/servicios.php", DOCS_PHP, """<?php
// Servicios de la tienda de merkén (Temuko)
return [
    'chilexpress' => [
        'key' => '@@s@@',
        'origen' => 'TEMU',
    ],
];
""", hexs(32))

add("go/smtp", "witral/cmd/boletin/main.go", DOCS_GO, """package main

import "net/smtp"

// Boletín mensual de la cooperativa (chem ñimin ta kimaymi)
func main() {
	auth := smtp.PlainAuth("", "boletin@witral-coop.cl", "@@s@@", "smtp.zoho.com")
	_ = smtp.SendMail("smtp.zoho.com:587", auth, "boletin@witral-coop.cl", []string{"socias@witral-coop.cl"}, []byte("Mari mari"))
}
""", words_pw())

add("kotlin/gradle-properties", "merken/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# firma de la app (merkén pedidos)
MERKEN_STORE_FILE=../llaves/merken.jks
MERKEN_STORE_PASSWORD=@@s@@
MERKEN_KEY_ALIAS=merken
""", words_pw())

add("swift/plist", "witral/ios/Witral/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>MercadoPagoAccessToken</key>
  <string>@@s@@</string>
</dict>
</plist>
""", mp_token())

add("rust/config-toml", "witral/etiquetas/Config.toml", DOCS_TOML, """[impresora]
modelo = "Zebra ZD421"

[nube]
url = "https://api.witral-coop.cl"
hf_token = "@@s@@"
""", hf_token())

add("ruby/basic-auth", "merken/lib/tasks/starken.rake", DOCS_RB, """namespace :starken do
  desc 'Sincroniza órdenes de flete'
  task sync: :environment do
    uri = URI('https://gateway.starken.cl/externo/integracion/emision')
    req = Net::HTTP::Post.new(uri)
    req.basic_auth('merken_temuco', '@@s@@')
  end
end
""", words_pw())

add("powershell/azure", "witral/ops/Conectar-Azure.ps1", DOCS_PS, """# Respaldo de fotos a Azure (kiñe vez por semana)
$tenant = "0f3c1a5e-7b6d-4c2e-9a8f-1d2e3f4a5b6c"
$appId = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
$secreto = "@@s@@"
$cred = New-Object PSCredential($appId, (ConvertTo-SecureString $secreto -AsPlainText -Force))
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""", azure_secret())

add("markdown/onboarding", "witral/wiki/Bienvenida-voluntarios.md", DOCS_MD, """# Pewma! Bienvenida a voluntarias/os

Para publicar fotos de los tejidos:

- Entrar a https://witral-coop.cl/wp-admin
- Usuario: `voluntaria`
- Clave: `@@s@@`

Después de entrar, cambiar la clave (kimeltun).
""", words_pw())

add("text/notes", "merken/notas/claves-router.txt", "https://en.wikipedia.org/wiki/Plain_text", """Notas bodega merkén - Padre Las Casas
wifi bodega: MERKEN_BODEGA
clave wifi: @@s@@
router: TP-Link, admin en la etiqueta
(ayudamuy: no pegar esto en el grupo)
""", passphrase())

add("yaml/argocd-repo", "deploy/argocd/repo-witral.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/", """apiVersion: v1
kind: Secret
metadata:
  name: repo-witral
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://github.com/witral-coop/despliegue
  password: @@s@@
  username: witral-bot
""", gh_token())

add("env/openai", "witral/catalogo-ia/.env", DOCS_ENV, """OPENAI_API_KEY=@@s@@
MODELO=gpt-4o-mini
IDIOMAS=es,arn
""" + "# arn = mapudungun\n# ñimin: descripción de los diseños\n", openai())

add("env/stripe-webhook", "merken/api/.env.prod", DOCS_ENV, """PORT=8080
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_WEBHOOK_SECRET=@@s@@
TIMEZONE=America/Santiago
""" + "# feley\n", "whsec_" + fakes.drawn_mixed(_seed(), 32), pk=fakes.drawn_mixed(_seed(), 24))

add("python/sqlalchemy", "witral/reportes/db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html", """from sqlalchemy import create_engine

# reportes de ventas por socia (ñimife)
engine = create_engine(
    "mysql+pymysql://reportes:@@s@@@ventas.witral.local/ventas?charset=utf8mb4",
    pool_pre_ping=True,
)
""", rand_pw(20, "!#"))

add("python/kwargs", "merken/scripts/respaldo_ftp.py", "https://docs.python.org/3/library/ftplib.html", """from ftplib import FTP_TLS

# respaldo de facturas al hosting (kom = todo)
ftp = FTP_TLS("ftp.merken-temuco.cl")
ftp.login(user="respaldo", passwd="@@s@@")
ftp.prot_p()
ftp.cwd("/facturas")
""", words_pw())

add("json/package-script", "witral/web/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", """{
  "name": "witral-web",
  "version": "2.3.0",
  "private": true,
  "scripts": {
    "dev": "next dev",
    "deploy": "vercel --prod --token @@s@@"
  }
}
""", fakes.drawn_mixed(_seed(), 24))

add("yaml/gha-env", ".github/workflows/catalogo.yml", DOCS_GHA, """name: catálogo
on:
  schedule:
    - cron: "0 10 * * 1"
jobs:
  publicar:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_ADMIN_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/publicar_catalogo.py
""", shopify_token())

add("dockerfile/env-password", "witral/pos/Dockerfile", DOCS_DOCKER, """FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY publish/ .
ENV ConnectionStrings__Caja="Server=sql;Database=Caja;User Id=sa;Password=@@s@@"
EXPOSE 8080
ENTRYPOINT ["dotnet", "Witral.Pos.dll"]
""", words_pw())

add("k8s/env-literal", "deploy/k8s/merken-worker.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: merken-worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ghcr.io/merken-temuco/worker:1.2
          env:
            - name: RABBITMQ_URL
              value: amqp://worker:@@s@@@rabbit.merken.svc:5672/
""", rand_pw(18))

add("sql/dblink", "merken/db/migraciones/014_conexion_contable.sql", DOCS_SQL, """-- Conexión a la base contable (contadora en Temuco)
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT dblink_connect('contable',
  'host=contable.merken.internal dbname=contab user=lectura password=@@s@@');
-- kimeltun: solo lectura
""", words_pw())

add("log/url-token", "logs/nginx-access-witral.log", DOCS_NGINX, """190.22.14.3 - - [02/Nov/2026:10:11:02 -0300] "GET / HTTP/1.1" 200 5123
190.22.14.3 - - [02/Nov/2026:10:11:05 -0300] "GET /catalogo/makun HTTP/1.1" 200 8812
10.0.0.5 - - [02/Nov/2026:10:12:44 -0300] "POST /api/sync?access_token=@@s@@ HTTP/1.1" 200 41
190.22.14.9 - - [02/Nov/2026:10:13:01 -0300] "GET /favicon.ico HTTP/1.1" 404 0
190.22.14.9 - - [02/Nov/2026:10:13:02 -0300] "GET /nosotras HTTP/1.1" 200 3301
""", shopify_token())

add("html/smtp-form", "witral/web/contacto.php", DOCS_PHP, """<?php
// Formulario de contacto - Cooperativa Witral
$mail = new PHPMailer\\PHPMailer\\PHPMailer(true);
$mail->Host = 'smtp.witral-coop.cl';
$mail->Username = 'contacto@witral-coop.cl';
$mail->Password = '@@s@@';
$mail->SMTPAuth = true;
?>
<form method="post"><textarea name="mensaje"></textarea></form>
""", words_pw())

add("ssh-config/password-note", "ops/ssh/config", DOCS_SSH, """# Servidores de la tienda merkén
Host tienda
    HostName 45.77.10.20
    User deploy
    IdentityFile ~/.ssh/merken_deploy
    # sshpass -p '@@s@@' si falla la llave
""", words_pw())

add("xml/maven-settings", "witral/inventario/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>witral-nexus</id>
      <username>ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(22))

add("helm/stringdata", "charts/witral/templates/secret.yaml", DOCS_HELM, """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "witral.fullname" . }}-smtp
type: Opaque
stringData:
  SMTP_PASSWORD: "@@s@@"
""", words_pw())

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "merken-tienda/.env.example", DOCS_ENV, """# Copiar a .env y completar (pewma ta kümelay)
APP_ENV=development
DB_HOST=localhost
DB_USER=kimche
DB_PASSWORD=
MP_ACCESS_TOKEN=APP_USR-xxxxxxxxxxxxxxxx-xxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxx
""")

add("env/decoy-env-reference", "witral/web/.env.template", DOCS_ENV, """# Se llena desde el gestor de secretos de Vercel
MP_ACCESS_TOKEN=${MP_ACCESS_TOKEN}
SENDGRID_API_KEY=${SENDGRID_API_KEY}
DATABASE_URL=${DATABASE_URL}
SITE=https://witral-coop.cl
""")

add("python/decoy-getenv", "merken/pagos/config.py", DOCS_PY, """import os

# Ngelay (no hay) claves en el código: todo viene del entorno
STRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]
DB_PASSWORD = os.getenv("DB_PASSWORD", "")
MP_TOKEN = os.environ.get("MP_ACCESS_TOKEN")
""")

add("yaml/decoy-vault-reference", "witral/config/mailer.prod.yml", DOCS_YAML, """smtp:
  host: smtp.witral-coop.cl
  port: 587
  user: avisos@witral-coop.cl
  password: "{{ vault://secret/witral/smtp#password }}"
  tls: true
""")

add("k8s/decoy-secretkeyref", "deploy/k8s/merken-api.yaml", DOCS_K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: merken-api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/merken-temuco/api:1.8.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: merken-db
                  key: password
""")

add("k8s-secret/decoy-empty", "deploy/k8s/witral-smtp-plantilla.yaml", DOCS_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: witral-smtp
type: Opaque
data:
  # completar con: echo -n 'clave' | base64
  password: ""
""")

add("k8s/decoy-external-secret", "deploy/k8s/merken-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: merken-stripe
spec:
  secretStoreRef:
    name: aws-secrets
    kind: ClusterSecretStore
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/merken/stripe
""")

add("ansible/decoy-vault-ciphertext", "witral/ansible/group_vars/vault.yml", DOCS_ANSIBLE, """$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(40))

add("yaml/decoy-sops", "deploy/secrets/merken.enc.yaml", "https://github.com/getsops/sops#usage", """db_password: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
  kms: []
  age:
    - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  lastmodified: "2026-10-30T12:00:00Z"
  version: 3.8.1
""", d=b64(hexs(18)), iv=b64(hexs(24))[:44], t=b64(hexs(12))[:24])

add("markdown/decoy-redacted", "docs/incidente-2026-10.md", DOCS_MD, """# Incidente: token de Mercado Pago en el chat

El 12/10 alguien pegó el token en el grupo. Se rotó el mismo día.

- Token expuesto: `APP_USR-****************-******-****…****` (revocado)
- Nuevo token: en 1Password, bóveda "Tienda"

Weñangkün (pena) pero aprendimos: nunca pegar tokens en WhatsApp.
""")

add("json/decoy-lock-integrity", "witral/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "witral-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {
      "version": "14.2.5",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.5.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=b64(hexs(64))[:86] + "==")

add("toml/decoy-checksum", "witral/etiquetas/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """version = 3

[[package]]
name = "reqwest"
version = "0.12.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c@@"
""", c=sha256ish())

add("js/decoy-public-key", "witral/web/src/pago.js", DOCS_MP, """// Clave PÚBLICA de Mercado Pago: va en el navegador, no es secreta
const mp = new MercadoPago('APP_USR-@@u@@', { locale: 'es-CL' });

export function botonPago(preferenceId) {
  mp.bricks().create('wallet', 'wallet_container', { initialization: { preferenceId } });
}
""", u=uuid_s())

add("html/decoy-publishable", "merken/web/checkout.html", DOCS_STRIPE, """<!doctype html>
<html lang="es">
<body>
  <script src="https://js.stripe.com/v3/"></script>
  <script>
    // publishable: se puede ver en el navegador
    const stripe = Stripe("pk_live_@@p@@");
  </script>
</body>
</html>
""", p=fakes.drawn_mixed(_seed(), 24))

add("python/decoy-test-fixture", "merken/tests/test_pagos.py", "https://docs.pytest.org/en/stable/", """import pytest

# Datos FALSOS para pruebas - no son credenciales
CLAVE_FALSA = "clave-de-prueba-no-real"
TOKEN_FALSO = "TEST-0000000000000000-000000-00000000000000000000000000000000-000000000"


def test_rechaza_token_vacio(cliente):
    with pytest.raises(ValueError):
        cliente.configurar(token="")
""")

add("go/decoy-env", "witral/cmd/boletin/config.go", DOCS_GO, """package main

import "os"

// kom config desde el entorno (ñi pu socia no ven claves)
var (
	smtpUser = os.Getenv("SMTP_USER")
	smtpPass = os.Getenv("SMTP_PASSWORD")
)
""")

add("terraform/decoy-variable", "infra/variables.tf", DOCS_TF, """variable "do_token" {
  description = "Token de DigitalOcean (se pasa con TF_VAR_do_token)"
  type        = string
  sensitive   = true
}

variable "region" {
  default = "nyc3"
}
""")

add("terraform/decoy-random-password", "witral/infra/rds_password.tf", DOCS_TF, """resource "random_password" "tejidos" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret_version" "tejidos" {
  secret_id     = aws_secretsmanager_secret.tejidos.id
  secret_string = random_password.tejidos.result
}
""")

add("gha/decoy-secrets-context", ".github/workflows/publicar.yml", DOCS_GHA, """name: publicar
on: [push]
jobs:
  subir:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx vercel --prod --token "${{ secrets.VERCEL_TOKEN }}"
        env:
          MP_ACCESS_TOKEN: ${{ secrets.MP_ACCESS_TOKEN }}
""")

add("gitlab-ci/decoy-masked-variable", "witral/.gitlab-ci.yml", DOCS_GITLAB, """stages: [test, deploy]

test:
  stage: test
  script: [pytest -q]

deploy:
  stage: deploy
  script:
    - echo "$DEPLOY_KEY" | base64 -d > ~/.ssh/id_ed25519
    - rsync -az dist/ deploy@witral-coop.cl:/srv/www
""")

add("compose/decoy-env-file", "merken/compose.yaml", DOCS_COMPOSE, """services:
  tienda:
    image: ghcr.io/merken-temuco/tienda:1.8.2
    env_file: .env
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("dockerfile/decoy-build-secret", "merken/worker/Dockerfile", DOCS_DOCKER, """# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "worker"]
""")

add("ini/decoy-placeholder", "witral/erp/odbc.ini.sample", DOCS_INI, """[witral_erp]
Driver=PostgreSQL Unicode
Servername=erp.witral-coop.cl
Database=tejidos
Username=<usuario>
Password=<clave-aquí>
""")

add("xml/decoy-token-reference", "witral/dotnet/App.Release.config", DOCS_XML, """<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <add key="SmtpPassword" value="#{SmtpPassword}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="Sucursal" value="Temuco" />
  </appSettings>
</configuration>
""")

add("java/decoy-system-env", "witral/inventario/src/main/java/cl/witral/Config.java", DOCS_JAVA, """package cl.witral;

public final class Config {
    // rakin (cuenta) de lana: la clave viene del entorno
    public static final String DB_PASSWORD = System.getenv("WITRAL_DB_PASSWORD");
    public static final String DB_URL = "jdbc:postgresql://db.witral.local:5432/lana";
    private Config() {}
}
""")

add("kotlin/decoy-buildconfig", "merken/android/app/build.gradle.kts", DOCS_KT, """android {
    defaultConfig {
        applicationId = "cl.merken.pedidos"
        // la llave se inyecta desde local.properties (no versionado)
        buildConfigField("String", "CHILEXPRESS_KEY", "\\"${project.findProperty("chilexpressKey") ?: ""}\\"")
    }
    signingConfigs { create("release") { storePassword = System.getenv("MERKEN_STORE_PASSWORD") } }
}
""")

add("csharp/decoy-user-secrets", "witral/pos/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "Transbank": {
    "CommerceCode": "597055555532",
    "ApiKeySecret": "usar dotnet user-secrets"
  },
  "ConnectionStrings": { "Caja": "Server=localhost;Database=Caja;Trusted_Connection=True" }
}
""")

add("php/decoy-getenv", "witral/wordpress/wp-config-sample.php", DOCS_WP, """<?php
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'AUTH_KEY', 'put your unique phrase here' );
define( 'SECURE_AUTH_KEY', 'put your unique phrase here' );
""")

add("ruby/decoy-credentials-enc", "merken/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """@@c@@--@@iv@@--@@t@@
# cifrado con master.key (no versionado)
# rails credentials:edit
# küme
# ruka merkén
""", c=b64(hexs(90)), iv=b64(hexs(12)), t=b64(hexs(12)))

add("rust/decoy-env", "witral/etiquetas/src/config.rs", DOCS_RS, """use std::env;

// kiñe token desde el entorno, nunca escrito aquí
pub fn token() -> String {
    env::var("GITHUB_TOKEN").expect("falta GITHUB_TOKEN")
}
""")

add("swift/decoy-keychain", "merken/ios/Merken/Llavero.swift", DOCS_SWIFT, """import Security

// La clave del cliente se guarda en el llavero, no en el código
func guardar(clave: String) {
    let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrAccount as String: "merken",
                                kSecValueData as String: Data(clave.utf8)]
    SecItemAdd(query as CFDictionary, nil)
}
""")

add("powershell/decoy-get-credential", "witral/ops/Respaldo-Nas.ps1", DOCS_PS, """# Pide la clave al ejecutar (no se guarda)
$cred = Get-Credential -UserName 'WITRAL\\respaldo' -Message 'Clave del NAS'
New-PSDrive -Name R -PSProvider FileSystem -Root \\\\nas01\\respaldos -Credential $cred
Copy-Item C:\\Caja\\*.bak R:\\
Remove-PSDrive R
""")

add("shell/decoy-read-prompt", "scripts/conectar_db.sh", DOCS_SH, """#!/usr/bin/env bash
# pide la clave, no la guarda (pewkallal)
read -rsp "Clave de la base merkén: " PGPASSWORD
export PGPASSWORD
psql -h db.merken.internal -U despacho bodega
""")

add("markdown/decoy-docs-example", "witral/docs/aws.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """# Fotos en S3

Configurar la CLI (ejemplo de la documentación de AWS, no es nuestra llave):

```
aws configure
AWS Access Key ID: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Nuestra llave real está en 1Password ("Fotos S3").
""")

add("rst/decoy-placeholder", "merken/docs/instalar.rst", DOCS_RST, """Instalación
===========

Crear ``.env`` con::

    DB_PASSWORD=<tu-clave>
    STRIPE_SECRET_KEY=sk_live_...

Mañumuwün a quien mejore esta guía.
""")

add("csv/decoy-ids", "witral/exports/socias.csv", DOCS_CSV, """id,nombre,comuna,telares,token_id
@@a@@,Rosa Huenchumil,Temuco,2,tok_ref_0001
@@b@@,María Ancapán,Cholchol,1,tok_ref_0002
@@c@@,Juana Llancaleo,Nueva Imperial,3,tok_ref_0003
@@d@@,Elena Painemal,Padre Las Casas,1,tok_ref_0004
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("log/decoy-masked", "logs/pagos-2026-11-04.log", DOCS_LOG, """2026-11-04 09:00:01 INFO  pagos iniciado
2026-11-04 09:00:01 INFO  mp token=APP_USR-****-****-****6d1a cargado
2026-11-04 09:00:02 INFO  preference_id=1234567890-@@u@@ creada
2026-11-04 09:00:03 WARN  reintento webhook (timeout)
2026-11-04 09:00:04 INFO  pago aprobado id=88123456701
""", u=uuid_s())

add("sql/decoy-hashes", "witral/db/002_semilla_usuarios.sql", DOCS_SQL, """-- usuarias de prueba del panel; contraseñas guardadas como hash bcrypt
INSERT INTO usuarias (correo, clave_hash) VALUES
  ('rosa@witral-coop.cl', '$2b$12$@@h1@@'),
  ('maria@witral-coop.cl', '$2b$12$@@h2@@');
-- las claves reales las elige cada socia
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("ipynb/decoy-getpass", "witral/notebooks/ventas.ipynb", DOCS_IPYNB, """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["import getpass, pandas as pd\\n", "clave = getpass.getpass('Clave ventas: ')\\n", "# ventas de makuñ por mes"],
   "outputs": [],
   "execution_count": 1
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("shell-history/decoy-env-use", "home/despacho/.zsh_history", DOCS_SH, """: 1730700000:0;cd ~/merken
: 1730700010:0;export PGPASSWORD="$(pass show merken/db)"
: 1730700020:0;psql -h db.merken.internal -U despacho bodega
: 1730700030:0;git log --oneline -5
: 1730700040:0;exit
""")

add("yaml/decoy-public-cert", "witral/config/sii-publico.yml", DOCS_YAML, """# Certificado PÚBLICO del SII para validar timbres (no es llave privada)
sii:
  certificado: |
    -----BEGIN CERTIFICATE-----
    @@a@@
    @@b@@
    -----END CERTIFICATE-----
""", a=fakes.drawn(_seed(), 64, ALNUM + "+/"), b=fakes.drawn(_seed(), 40, ALNUM + "+/"))

add("ssh/decoy-public-key", "ops/llaves/deploy_witral.pub", DOCS_SSH, """ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@witral-coop.cl
# llave pública de despliegue: se puede compartir
# agregar a ~/.ssh/authorized_keys en la ruka
# kimeltun: la privada NUNCA va al repo
# rotada 2026-09
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/decoy-helm-empty", "charts/merken/values.yaml", DOCS_HELM, """replicaCount: 1
image:
  repository: ghcr.io/merken-temuco/tienda
  tag: ""
redis:
  auth:
    enabled: true
    existingSecret: merken-redis
    password: ""
""")

add("json/decoy-commit-sha", "merken/web/build-info.json", DOCS_JSON, """{
  "version": "1.8.2",
  "commit": "@@c@@",
  "built": "2026-11-02T13:20:00-03:00",
  "imageDigest": "sha256:@@d@@"
}
""", c=hexs(40), d=sha256ish())

add("toml/decoy-env-ref", "merken/alertas.example.toml", DOCS_TOML, """[alertas]
canal = "#bodega-merken"
# la URL real está en la variable SLACK_WEBHOOK_URL
webhook = "${SLACK_WEBHOOK_URL}"
umbral_kg = 40
""")

add("markdown/decoy-how-to-rotate", "docs/rotar-claves.md", DOCS_MD, """# Rotar claves (kiñe vez al año)

1. Generar la nueva en el panel del servicio.
2. Guardarla en 1Password, bóveda **Tienda**.
3. Actualizar `kubectl create secret generic merken-db --from-literal=password=$NUEVA_CLAVE`.
4. Reiniciar: `kubectl rollout restart deploy/merken-api`.

Nunca escribir la clave en este archivo.
""")

add("python/decoy-hash-compare", "witral/panel/auth.py", DOCS_PY, """import hashlib
import hmac

# hash de la frase del panel (la frase no está aquí)
PANEL_SHA256 = "@@h@@"


def valida(frase: str) -> bool:
    return hmac.compare_digest(hashlib.sha256(frase.encode()).hexdigest(), PANEL_SHA256)
""", h=sha256ish())

add("js/decoy-process-env", "merken/bot/config.js", DOCS_NODE, """// token del bot desde el entorno (Kümelkawün)
module.exports = {
  telegramToken: process.env.TELEGRAM_TOKEN,
  adminChat: process.env.ADMIN_CHAT_ID || '0',
  idioma: 'es-CL',
};
""")

add("ts/decoy-type-only", "witral/web/src/types/config.ts", DOCS_NODE, """// Tipos de configuración; los valores vienen de Vercel
export interface ConfigPago {
  accessToken: string;
  publicKey: string;
  webhookSecret?: string;
}

export const ejemplo: ConfigPago = { accessToken: '', publicKey: '' };
""")

add("go/decoy-test-constant", "merken/internal/bsale/client_test.go", DOCS_GO, """package bsale

import "testing"

// token falso para pruebas con httptest (no es de Bsale)
const tokenDePrueba = "token-falso-para-tests"

func TestHeader(t *testing.T) {
	if tokenDePrueba == "" {
		t.Fatal("vacío")
	}
}
""")

add("yaml/decoy-spring-placeholder", "witral/inventario/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """spring:
  datasource:
    url: jdbc:postgresql://db.witral.local:5432/lana
    username: inventario
    password: ${WITRAL_DB_PASSWORD}
  mail:
    password: ${SMTP_PASSWORD:}
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/witral-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: witral-smtp
  namespace: witral
spec:
  encryptedData:
    SMTP_PASSWORD: AgB@@c@@
""", c=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("html/decoy-analytics-id", "witral/web/index.html", DOCS_HTML, """<!doctype html>
<html lang="es">
<head>
  <title>Cooperativa Witral - tejidos mapuche</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2M4K9PL"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-7QX2M4K9PL');</script>
</head>
<body><h1>Mari mari</h1></body>
</html>
""")

add("env/decoy-redacted", "merken/api/.env.redactado", DOCS_ENV, """# copia para soporte (valores tapados)
PORT=8080
STRIPE_SECRET_KEY=sk_live_••••••••••••••••
STRIPE_WEBHOOK_SECRET=whsec_[REDACTADO]
DB_PASSWORD=********
""")

add("ini/decoy-aws-profile-sso", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """[profile witral]
sso_session = witral
sso_account_id = 123456789012
sso_role_name = Desarrollo
region = sa-east-1

[sso-session witral]
sso_start_url = https://witral.awsapps.com/start
""")

add("npmrc/decoy-env-token", "merken/web/.npmrc", DOCS_NPMRC, """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

add("pypirc/decoy-no-password", "merken/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    testpypi

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""")

add("git-credentials/decoy-helper", "home/kimche/.gitconfig", "https://git-scm.com/docs/gitcredentials", """[user]
    name = Kimche Merkén
    email = kimche@merken-temuco.cl
[credential]
    helper = osxkeychain
[init]
    defaultBranch = main
""")

add("text/decoy-notes-where", "witral/notas/donde-estan-las-claves.txt", "https://en.wikipedia.org/wiki/Plain_text", """Dónde están las claves (no las claves!)
- wifi feria: preguntar a la lonko de la cooperativa
- panel WordPress: 1Password > Tienda > wp-admin
- Mercado Pago: 1Password > Pagos
- router bodega: etiqueta debajo del equipo
""")

add("xml/decoy-maven-encrypted", "merken/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>merken-nexus</id>
      <username>ci</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("python/decoy-example-in-docstring", "witral/scripts/cliente_bsale.py", DOCS_PY, """import os
import requests


def cliente(token: str | None = None) -> requests.Session:
    \"\"\"Sesión para Bsale. Ejemplo: cliente(token="TU_TOKEN_AQUI\").\"\"\"
    s = requests.Session()
    s.headers["access_token"] = token or os.environ["BSALE_TOKEN"]
    return s
""")

add("csv/decoy-checksums", "merken/releases/SHA256SUMS.csv", DOCS_CSV, """archivo,sha256
merken-pos-1.8.2-win.zip,@@a@@
merken-pos-1.8.2-mac.zip,@@b@@
merken-pos-1.8.2-linux.tar.gz,@@c@@
firmado,si
""", a=sha256ish(), b=sha256ish(), c=sha256ish())

add("markdown/decoy-readme", "merken/README.md", DOCS_MD, """# Tienda merkén (Temuko)

Merkén ahumado de ají cacho de cabra, hecho en Temuco. Mari mari!

## Desarrollo

```bash
cp .env.example .env   # completar DB_PASSWORD y MP_ACCESS_TOKEN
docker compose up
```

Las credenciales de producción las tiene la tesorera (1Password).
""")

add("markdown/decoy-readme-witral", "witral/README.md", DOCS_MD, """# Witral - Cooperativa textil de la Araucanía

Tienda y sistema de inventario de la cooperativa de ñimife (tejedoras).

- `web/`: tienda Next.js
- `inventario/`: Spring Boot, lana y colorantes
- `pos/`: caja de la feria

Token de Mercado Pago: variable `MP_ACCESS_TOKEN` (nunca en el repo).
""")

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """version: 2
registries:
  npm-privado:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [npm-privado]
    schedule: { interval: weekly }
""")

add("terraform/decoy-data-source", "witral/infra/secretos.tf", DOCS_TF, """data "aws_secretsmanager_secret_version" "smtp" {
  secret_id = "prod/witral/smtp"
}

locals {
  smtp_password = jsondecode(data.aws_secretsmanager_secret_version.smtp.secret_string)["password"]
}
""")

add("ansible/decoy-vault-var", "merken/ansible/group_vars/tienda.yml", DOCS_ANSIBLE, """---
# Servidores de la tienda merkén
db_user: tienda
db_password: "{{ vault_db_password }}"
stripe_secret_key: "{{ lookup('env', 'STRIPE_SECRET_KEY') }}"
ntp_server: ntp.shoa.cl
""")

add("helm/decoy-template-ref", "charts/merken/templates/deployment.yaml", DOCS_HELM, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-tienda
spec:
  template:
    spec:
      containers:
        - name: tienda
          envFrom:
            - secretRef:
                name: {{ .Values.existingSecret | default "merken-tienda" }}
""")

add("compose/decoy-dev-default", "witral/docker-compose.override.yml", DOCS_COMPOSE, """# solo desarrollo local (pichi prueba)
services:
  db:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?definir en .env}
    ports:
      - "5432:5432"
""")

add("dockerfile/decoy-arg-no-default", "witral/web/Dockerfile", DOCS_DOCKER, """FROM node:20-alpine AS build
WORKDIR /app
ARG NEXT_PUBLIC_MP_PUBLIC_KEY
COPY . .
RUN npm ci && npm run build
FROM node:20-alpine
COPY --from=build /app/.next ./.next
CMD ["npm", "start"]
""")

add("json/decoy-tsconfig-like", "witral/web/vercel.json", "https://vercel.com/docs/projects/project-configuration", """{
  "framework": "nextjs",
  "env": {
    "MP_ACCESS_TOKEN": "@mp-access-token",
    "SENDGRID_API_KEY": "@sendgrid-api-key"
  },
  "regions": ["gru1"]
}
""")

add("php/decoy-form-field", "witral/web/login.php", DOCS_PHP, """<?php
// Ingreso de socias (kimeltun ñi clave)
$clave = $_POST['password'] ?? '';
$ok = password_verify($clave, $fila['clave_hash']);
?>
<form method="post"><input type="password" name="password" placeholder="Tu clave"></form>
""")

add("ruby/decoy-credentials-call", "merken/config/initializers/stripe.rb", DOCS_RB, """# Stripe (merkén para el extranjero)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = '2024-06-20'
# publishable en la vista: credentials.stripe.publishable_key
# küme
""")

add("csharp/decoy-keyvault", "witral/pos/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// claves desde Key Vault (witral-kv), nunca en el código
builder.Configuration.AddAzureKeyVault(new Uri("https://witral-kv.vault.azure.net/"), new DefaultAzureCredential());
var app = builder.Build();
app.Run();
""")

add("java/decoy-properties-placeholder", "merken/erp/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """# ERP merkén
spring.datasource.url=jdbc:postgresql://db.merken.internal:5432/erp
spring.datasource.username=erp
spring.datasource.password=${ERP_DB_PASSWORD}
management.endpoints.web.exposure.include=health
""")

add("kotlin/decoy-local-properties-read", "witral/android/app/Secrets.kt", DOCS_KT, """package cl.witral

// La llave se lee de BuildConfig, generada desde local.properties
object Secrets {
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    val ambiente: String = "produccion"
}
""")

add("swift/decoy-info-plist-var", "witral/ios/Witral/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>MPPublicKey</key>
  <string>$(MP_PUBLIC_KEY)</string>
  <key>CFBundleDisplayName</key>
  <string>Witral</string>
</dict>
</plist>
""")

add("rust/decoy-uuid-ids", "witral/etiquetas/src/ids.rs", DOCS_RS, """// ids de las colecciones del catálogo (no secretos)
pub const COLECCION_MAKUN: &str = "@@a@@";
pub const COLECCION_TRARIWE: &str = "@@b@@";
pub const COLECCION_LAMA: &str = "@@c@@";
pub const SUCURSAL: &str = "temuco";
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

add("powershell/decoy-secretmanagement", "merken/ops/Despliegue.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# usa SecretManagement (bóveda local de la tesorera)
Import-Module Microsoft.PowerShell.SecretManagement
$token = Get-Secret -Name MerkenDeployToken -AsPlainText
Invoke-RestMethod -Uri https://api.merken-temuco.cl/deploy -Headers @{ Authorization = "Bearer $token" } -Method Post
Write-Host "Desplegado (feley)"
""")

add("shell/decoy-vault-cli", "witral/ops/cargar_secretos.sh", DOCS_SH, """#!/usr/bin/env bash
set -euo pipefail
# secretos desde Vault al entorno de la caja
export SMTP_PASSWORD="$(vault kv get -field=password secret/witral/smtp)"
export MP_ACCESS_TOKEN="$(vault kv get -field=token secret/witral/mp)"
exec "$@"
""")

add("log/decoy-auth-failure", "logs/ssh-auth-ruka.log", DOCS_LOG, """Nov  5 03:12:01 ruka sshd[2210]: Failed password for invalid user admin from 185.12.4.9 port 51122 ssh2
Nov  5 03:12:04 ruka sshd[2210]: Failed password for invalid user test from 185.12.4.9 port 51130 ssh2
Nov  5 03:12:09 ruka sshd[2212]: Accepted publickey for deploy from 190.22.14.3 port 40122 ssh2: ED25519 SHA256:@@f@@
Nov  5 03:12:09 ruka sshd[2212]: pam_unix(sshd:session): session opened for user deploy
Nov  5 03:15:00 ruka CRON[2300]: (root) CMD (/usr/local/bin/respaldo.sh)
""", f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("sql/decoy-grant-no-password", "merken/db/003_roles.sql", DOCS_SQL, """-- roles sin clave: se autentican por certificado (pg_hba cert)
CREATE ROLE despacho LOGIN;
CREATE ROLE reportes LOGIN;
GRANT SELECT ON pedidos TO reportes;
ALTER ROLE despacho SET search_path = bodega;
""")

add("rst/decoy-webhook-format", "witral/docs/avisos.rst", DOCS_RST, """Avisos a Slack
==============

El webhook tiene la forma::

    https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX

Pedir la URL real a la coordinadora; se guarda en ``SLACK_WEBHOOK_URL``.
""")

add("ipynb/decoy-output-masked", "merken/notebooks/ventas_merken.ipynb", DOCS_IPYNB, """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["import os\\n", "print('token:', os.environ['BSALE_TOKEN'][:4] + '…')"],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["token: 9f3a…\\n"]}],
   "execution_count": 2
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("html/decoy-recaptcha-sitekey", "merken/web/contacto.html", DOCS_HTML, """<!doctype html>
<html lang="es">
<body>
  <form action="/contacto" method="post">
    <textarea name="mensaje" placeholder="Chumleymi? (¿cómo estás?)"></textarea>
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("yaml/decoy-openapi-example", "witral/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """openapi: 3.1.0
info: { title: Witral API, version: "1.0" }
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: "Ejemplo: Authorization: Bearer <token>"
""")

add("json/decoy-firebase-public", "merken/web/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "projectId": "merken-temuco",
  "authDomain": "merken-temuco.firebaseapp.com",
  "storageBucket": "merken-temuco.appspot.com",
  "messagingSenderId": "640213598871",
  "appId": "1:640213598871:web:@@a@@"
}
""", a=hexs(22))

add("text/decoy-changelog", "merken/CHANGELOG.md", DOCS_MD, """# Cambios

## 1.8.2
- Se quitó la clave de Chilexpress del código; ahora `CHILEXPRESS_KEY`.
- Rotado el token de Bsale (el viejo fue revocado).

## 1.8.1
- Pedidos en mapudungun (chaltu may!).
""")

add("toml/decoy-pyproject", "witral/reportes/pyproject.toml", DOCS_TOML, """[project]
name = "witral-reportes"
version = "0.4.0"
dependencies = ["sqlalchemy>=2", "pymysql"]

[tool.witral]
db_url_env = "WITRAL_REPORTES_DB_URL"
""")

add("go/decoy-flag", "merken/cmd/despacho/flags.go", DOCS_GO, """package main

import "flag"

// la clave se pasa por variable de entorno o flag en tiempo de ejecución
var (
	dbPass = flag.String("db-pass", "", "clave de la base (usar PGPASSWORD)")
	origen = flag.String("origen", "TEMUCO", "sucursal")
)
""")

add("env/decoy-test-keys", "merken/api/.env.test", DOCS_STRIPE, """# pruebas locales: claves de MODO PRUEBA vacías, se usan mocks
STRIPE_SECRET_KEY=sk_test_REEMPLAZAR
STRIPE_WEBHOOK_SECRET=whsec_REEMPLAZAR
MP_ACCESS_TOKEN=TEST-REEMPLAZAR
DB_PASSWORD=
""")

add("k8s/decoy-configmap", "deploy/k8s/witral-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: witral-config
data:
  SITE_URL: https://witral-coop.cl
  IDIOMAS: es,arn
  PASSWORD_MIN_LENGTH: "12"
  TOKEN_TTL_SECONDS: "3600"
""")

# ---------------------------------------------------------------- more secrets

add("python/requests-header", "merken/scripts/bsale_stock.py", DOCS_PY, """import requests

# Stock de merkén en Bsale (kiñe sucursal: Temuco)
HEADERS = {"access_token": "@@s@@", "Content-Type": "application/json"}

r = requests.get("https://api.bsale.io/v1/stocks.json", headers=HEADERS, timeout=10)
print(r.json()["count"])
""", hexs(40))

add("python/json-in-string", "witral/scripts/config_cloud.py", DOCS_PY, """import json

# configuración copiada del panel (ayekan: después mover a Vault)
RAW = '{"cuenta": "witral", "cloudinary_api_key": "842719305561482", "cloudinary_api_secret": "@@s@@"}'
conf = json.loads(RAW)
print(conf["cuenta"])
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"))

_v = "ck_" + hexs(40) + ":cs_" + hexs(40)
add("python/basic-auth-header", "merken/scripts/woo_pedidos.py", DOCS_PY, """import requests

# pedidos de WooCommerce (pichi script de la bodega)
AUTH = "Basic @@b@@"
r = requests.get("https://merken-temuco.cl/wp-json/wc/v3/orders", headers={"Authorization": AUTH})
for p in r.json():
    print(p["id"], p["status"])
""", b64(_v), b=b64(_v))

add("js/firebase-admin", "witral/functions/index.js", "https://firebase.google.com/docs/admin/setup", """const admin = require('firebase-admin');

// Funciones de la cooperativa: avisar a las ñimife de pedidos nuevos
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'witral-coop',
    clientEmail: 'firebase-adminsdk@witral-coop.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});
""", pem("RSA"))

add("js/axios-auth", "merken/web/lib/chilexpress.js", DOCS_NODE, """import axios from 'axios';

// Cotizador Chilexpress: Temuco -> todo Chile
export const chilexpress = axios.create({
  baseURL: 'https://services.wschilexpress.com/rating/api/v1.0',
  headers: { 'Ocp-Apim-Subscription-Key': '@@s@@' },
});
""", hexs(32))

add("ts/jwt-secret", "witral/api/src/auth.ts", DOCS_NODE, """import jwt from 'jsonwebtoken';

// sesión de las socias en el panel
const JWT_SECRET = '@@s@@';

export const firmar = (id: string) => jwt.sign({ sub: id }, JWT_SECRET, { expiresIn: '8h' });
""", jwt_secret())

add("go/slack-bot", "witral/cmd/avisos/main.go", DOCS_GO, """package main

import "github.com/slack-go/slack"

// Avisos a la ruka cuando se vende un makuñ
func main() {
	api := slack.New("@@s@@")
	_, _, _ = api.PostMessage("C05WITRAL", slack.MsgOptionText("Feley! Nueva venta", false))
}
""", slack_bot())

add("java/hardcoded-key", "merken/erp/src/main/java/cl/merken/Facturas.java", DOCS_JAVA, """package cl.merken;

// Facturación electrónica (proveedor OpenFactura)
public class Facturas {
    private static final String API_KEY = "@@s@@";
    private static final String URL = "https://api.haulmer.com/v2/dte/document";
}
""", hexs(32))

add("csharp/sendgrid", "witral/pos/Servicios/Correo.cs", DOCS_CS, """using SendGrid;

namespace Witral.Pos.Servicios
{
    // boletas por correo desde la caja de la feria
    public static class Correo
    {
        public static readonly SendGridClient Cliente = new SendGridClient("@@s@@");
    }
}
""", sendgrid_key())

add("php/stripe", "merken/tienda/stripe.php", DOCS_STRIPE, """<?php
require_once 'vendor/autoload.php';

// pagos desde el extranjero (merkén a Europa)
\\Stripe\\Stripe::setApiKey('@@s@@');
$sesion = \\Stripe\\Checkout\\Session::create(['mode' => 'payment', 'line_items' => $items]);
""", stripe_key("rk_live_"))

add("ruby/slack-webhook", "witral/scripts/aviso_telar.rb", DOCS_SLACK, """require 'net/http'
require 'json'

# avisa cuando un witral (telar) queda libre
URL = URI('@@s@@')
Net::HTTP.post(URL, { text: 'Witral libre en la ruka de Cholchol' }.to_json, 'Content-Type' => 'application/json')
""", slack_webhook())

add("shell/docker-login", "merken/ops/publicar_imagen.sh", DOCS_SH, """#!/usr/bin/env bash
set -e
# publica la imagen de la tienda (ñi kiñe imagen)
echo "@@s@@" | docker login ghcr.io -u merken-bot --password-stdin
docker build -t ghcr.io/merken-temuco/tienda:"$1" .
docker push ghcr.io/merken-temuco/tienda:"$1"
""", gh_token())

add("shell/line-continuation", "witral/ops/respaldo_s3.sh", DOCS_SH, """#!/bin/sh
# respaldo de fotos de tejidos a un bucket compatible S3 (Wasabi)
AWS_ACCESS_KEY_ID=@@id@@ \\
AWS_SECRET_ACCESS_KEY=@@s@@ \\
  aws s3 sync /srv/fotos s3://witral-fotos --endpoint-url=https://s3.wasabisys.com
echo listo
""", fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("powershell/env-assign", "merken/ops/Configurar-Caja.ps1", DOCS_PS, """# Configura la caja de la tienda de Temuco
$env:BSALE_TOKEN = "@@s@@"
$env:SUCURSAL = "Temuco"
Start-Process -FilePath "C:\\Merken\\Caja.exe"
Write-Host "Mari mari, caja lista"
""", hexs(40))

add("yaml/cloudflare-token", "witral/ops/ddns.yaml", DOCS_YAML, """# DDNS de la ruka (internet de la cooperativa)
cloudflare:
  zone: witral-coop.cl
  record: ruka
  api_token: "@@s@@"
intervalo_min: 10
""", rand_pw(40, "_-"))

add("yaml/discord", "merken/bot/discord.yml", DOCS_YAML, """# bot del Discord de clientes (Merkén Kom)
discord:
  token: "@@s@@"
  guild: "1100223344556677889"
  prefix: "!"
""", fakes.drawn_mixed(_seed(), 24) + "." + fakes.drawn_mixed(_seed(), 6) + "." + fakes.drawn(_seed(), 38, ALNUM + "_-"))

_v = gh_token()
add("k8s-secret/docker-config", "deploy/k8s/merken-regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: kutran
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
""", _v, b=b64('{"auths":{"ghcr.io":{"username":"merken-bot","password":"' + _v + '"}}}'))

_v = words_pw()
add("k8s-secret/database-url", "deploy/k8s/witral-db-secret.yaml", DOCS_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: witral-db
  namespace: witral
type: Opaque
data:
  DATABASE_URL: @@b@@
""", _v, b=b64("postgres://witral:" + _v + "@db.witral.svc:5432/tejidos"))

add("toml/netlify-token", "witral/catalogo-estatico/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  CONTENTFUL_DELIVERY_TOKEN = "@@s@@"
""", fakes.drawn(_seed(), 43, ALNUM + "_-"))

add("ini/php-ini-smtp", "merken/hosting/php.ini", "https://www.php.net/manual/en/mail.configuration.php", """[mail function]
SMTP = smtp.merken-temuco.cl
smtp_port = 587
sendmail_from = ventas@merken-temuco.cl
; clave de la cuenta de ventas (kullin = pago)
auth_password = @@s@@
""", words_pw())

add("xml/nuget", "witral/pos/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="witral" value="https://nuget.pkg.github.com/witral-coop/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <witral>
      <add key="Username" value="witral-bot" />
      <add key="ClearTextPassword" value="@@s@@" />
    </witral>
  </packageSourceCredentials>
</configuration>
""", gh_token())

add("markdown/command-line", "merken/docs/restaurar.md", DOCS_MD, """# Restaurar la base (si se cae la bodega)

```bash
pg_restore --clean -d "postgresql://despacho:@@s@@@db.merken.internal/bodega" respaldo.dump
```

Después avisar a la lonko de la bodega. Pewkallal!
""", rand_pw(20))

add("markdown/sentence", "witral/wiki/Feria-Pulmahue.md", DOCS_MD, """# Feria Pulmahue - checklist

- Llevar el telar chico y 20 makuñ.
- El terminal de pago es el de la cooperativa; si pide clave de administrador es @@s@@ (cambiarla después de la feria).
- Cerrar caja a las 19:00.
- Chaltu may a todas!
""", words_pw())

add("html/wiki-page", "witral/wiki/instagram.html", DOCS_HTML, """<html>
<head><title>Instagram de la cooperativa</title></head>
<body>
<h1>Cuenta Instagram</h1>
<p>Usuario: <b>witral.coop</b></p>
<p>Contraseña: <code>@@s@@</code></p>
<p>Inche ñi küdaw: publicar los lunes.</p>
</body>
</html>
""", words_pw())

add("rst/connection", "merken/docs/reportes.rst", DOCS_RST, """Reportes de ventas
==================

Conectar Metabase a la réplica:

.. code-block:: text

   mysql://metabase:@@s@@@replica.merken.internal:3306/ventas

Kimeltuwün: solo lectura.
""", rand_pw(18))

add("csv/users-export", "witral/exports/cuentas_panel.csv", DOCS_CSV, """usuario,rol,clave_temporal,creada
rosa.huenchumil,socia,@@s@@,2026-10-01
maria.ancapan,socia,(cambiada),2026-10-01
juana.llancaleo,tesorera,(cambiada),2026-10-02
elena.painemal,socia,(cambiada),2026-10-03
""", words_pw())

add("log/stack-trace", "logs/tienda-error.log", DOCS_LOG, """2026-11-06 14:02:11 ERROR pago fallido
Traceback (most recent call last):
  File "/app/pagos/cobro.py", line 12, in cobrar
    raise StripeError("Invalid API Key provided: @@s@@")
stripe.error.AuthenticationError: Invalid API Key provided
2026-11-06 14:02:12 INFO  reintento programado
""", stripe_key())

add("ipynb/output-token", "witral/notebooks/instagram_metricas.ipynb", DOCS_IPYNB, """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["r = requests.get(URL, params={'access_token': TOKEN})\\n", "print(r.url)"],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["https://graph.facebook.com/v19.0/me?access_token=@@s@@\\n"]}],
   "execution_count": 3
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "EAAG" + fakes.drawn_mixed(_seed(), 160))

add("shell-history/curl", "home/ñimife/.bash_history", DOCS_SH, """ls
cd witral/web
curl -H "Authorization: Bearer @@s@@" https://api.vercel.com/v9/projects
npm run build
exit
""", fakes.drawn_mixed(_seed(), 24))

add("sql/copy-credentials", "merken/db/cargar_ventas.sql", DOCS_SQL, """-- carga de ventas desde el bucket (Redshift)
COPY ventas
FROM 's3://merken-respaldos/ventas/2026-10.csv'
CREDENTIALS 'aws_access_key_id=@@id@@;aws_secret_access_key=@@s@@'
CSV IGNOREHEADER 1;
""", fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("yaml/gha-with-input", ".github/workflows/notificar.yml", DOCS_GHA, """name: notificar
on: [release]
jobs:
  aviso:
    runs-on: ubuntu-latest
    steps:
      - uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text": "Nueva versión de la tienda merkén"}'
        env:
          SLACK_WEBHOOK_URL: @@s@@
""", slack_webhook())

add("compose/redis-command", "witral/compose.cache.yml", DOCS_COMPOSE, """services:
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@s@@"]
    ports:
      - "6379:6379"
""", fakes.redis_password(_seed()))

add("terraform/heredoc-json", "merken/infra/secreto_app.tf", DOCS_TF, """resource "aws_secretsmanager_secret_version" "app" {
  secret_id     = aws_secretsmanager_secret.app.id
  secret_string = <<EOF
{
  "mailgun_api_key": "@@s@@"
}
EOF
}
""", mailgun_key())

add("ansible/inline-uri", "witral/ansible/roles/respaldo/tasks/main.yml", DOCS_ANSIBLE, """---
- name: Respaldo nocturno de la base de tejidos
  ansible.builtin.cron:
    name: respaldo
    hour: "3"
    job: "pg_dump 'postgresql://respaldo:@@s@@@localhost/tejidos' | gzip > /srv/respaldo/tejidos.sql.gz"
""", rand_pw(18))

add("env/multi-hf", "merken/ia/.env.local", DOCS_ENV, """# Modelo de traducción es <-> mapudungun (pruebas)
HF_TOKEN=@@s@@
MODELO=merken/traductor-arn
LOTE=16
""" + "# chaltu\n", hf_token())

add("python/smtp-login", "witral/scripts/boletin.py", "https://docs.python.org/3/library/smtplib.html", """import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Boletín Witral - Wetripantu"
with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
    s.login("boletin.witral@gmail.com", "@@s@@")
    s.send_message(msg, to_addrs=["socias@witral-coop.cl"])
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("ts/google-maps-key", "merken/web/src/mapa.ts", "https://developers.google.com/maps/documentation/javascript/get-api-key", """import { Loader } from '@googlemaps/js-api-loader';

// mapa de tiendas que venden merkén (llave de servidor, sin restricción!)
const loader = new Loader({ apiKey: '@@s@@', version: 'weekly' });

export const cargar = () => loader.load();
""", google_api_key())

add("swift/hardcoded-password", "witral/ios/Witral/Api.swift", DOCS_SWIFT, """import Foundation

// Panel de socias: usuario de servicio
struct Api {
    static let usuario = "app-ios"
    static let clave = "@@s@@"
    static let base = URL(string: "https://api.witral-coop.cl")!
}
""", rand_pw(20))

add("kotlin/okhttp-bearer", "witral/android/app/src/main/java/cl/witral/Red.kt", DOCS_KT, """package cl.witral

import okhttp3.Request

// catálogo de ñimin (diseños) desde la API
fun pedido(url: String): Request = Request.Builder()
    .url(url)
    .header("Authorization", "Bearer @@s@@")
    .build()
""", gitlab_token())

# -- end --
