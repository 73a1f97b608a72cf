"""Blind set MV: an Asturian-language cider-press (sidra) co-operative and a Picos de Europa
mountain-refuge booking service.

The co-operative's llagar (press) telemetry, bottling line, shop and wholesale orders; the refuge
booking site (beds, half board, guides), payment, mail and chat notifications, deploy files,
notes and runbooks written partly in Asturian, and their decoys. Generated fakes only
(seeds 7550000-7559999).
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
_SEED = [7550000]


def _seed() -> int:
    _SEED[0] += 7
    assert 7550000 <= _SEED[0] < 7560000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Llagar", "Pumarada", "Sidra", "Duernu", "Escanciar", "Naranco", "Urriellu", "Cares", "Bulnes",
         "Teyeru", "Horreu", "Mazana", "Pitu", "Covadonga", "Ercina", "Vega", "Collau", "Peña"]
LOWER = ["manzana", "llagar", "tonel", "bota", "culin", "refuxu", "cabana", "neveru", "xeitu", "fabada",
         "orbayu", "braña", "picu", "senda", "corripa", "duerna"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def rand_b64(nbytes: int) -> str:
    """Base64 of random bytes (ciphertext, nonces): decodes to no text."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_secret() -> str:
    return rand_pw(48)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
        fields.setdefault("b64secret", b64(secret))
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-mv/{category}", file_name, text, secret, source))


PY = "https://docs.python.org/3/"
DOTENV = "https://github.com/motdotla/dotenv#readme"
YAML = "https://yaml.org/spec/1.2.2/"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/user_guide/playbooks_intro.html"
MD = "https://spec.commonmark.org/"
RST = "https://docutils.sourceforge.io/rst.html"
JS = "https://nodejs.org/api/"
GO = "https://go.dev/doc/"
JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
PHP = "https://www.php.net/manual/en/"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/book/"
CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
SH = "https://www.gnu.org/software/bash/manual/bash.html"
PS = "https://learn.microsoft.com/en-us/powershell/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
DOCKER = "https://docs.docker.com/engine/reference/builder/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
KOTLIN = "https://kotlinlang.org/docs/home.html"
SWIFT = "https://docs.swift.org/swift-book/"
HTML = "https://html.spec.whatwg.org/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"

# ---------------------------------------------------------------- secrets: llagar (cider press)

add("python/postgres", "llagar/telemetria/db.py", PY, """\
\"\"\"Conexón a la base de datos de la telemetría del llagar (temperatura de los toneles).\"\"\"
import psycopg2

# usuariu namás pa llectura; la escritura fáila'l colector
def conectar():
    return psycopg2.connect(
        host="db.llagar-coop.internal",
        dbname="telemetria",
        user="lector_toneles",
        password="@@secret@@",
    )
""", words_pw())

add("env/stripe", "tienda/.env.production", DOTENV, """\
# Tienda en llinia de la cooperativa - producción
APP_ENV=production
SHOP_CURRENCY=EUR
STRIPE_PUBLISHABLE_KEY=pk_live_@@pub@@
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_ORIGIN=Nava, Asturies
""", stripe_key(), pub=rand_pw(24))

add("yaml/slack-webhook", "llagar/alertes/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """\
global:
  resolve_timeout: 5m
route:
  receiver: llagar-guardia
  group_by: [alertname, tonel]
receivers:
  - name: llagar-guardia
    slack_configs:
      - api_url: @@secret@@
        channel: '#llagar-alertes'
        title: 'Tonel {{ .CommonLabels.tonel }} fuera de rangu'
""", slack_webhook())

add("k8s-secret/mysql", "deploy/k8s/reserves-db-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: reserves-db
  namespace: refuxos
type: Opaque
data:
  MYSQL_USER: @@user@@
  MYSQL_PASSWORD: @@b64secret@@
""", words_pw(), user=b64("reserves_app"))

add("js/sendgrid", "reserves/web/src/mail/confirmacion.js", JS, """\
// Unviu del corréu de confirmación de la reserva nel refuxu
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

async function unviarConfirmacion(reserva) {
  await sgMail.send({
    to: reserva.email,
    from: 'reserves@refuxos-picos.example',
    subject: `Reserva confirmada: ${reserva.refuxu}, ${reserva.fecha}`,
    text: `Hola ${reserva.nome}, tienes ${reserva.cames} cames reservaes.`,
  });
}

module.exports = { unviarConfirmacion };
""", sendgrid_key())

add("go/redis", "reserves/cola/redis.go", GO, """\
package cola

import "github.com/redis/go-redis/v9"

// Cola de reserves pendientes de pagu (caduquen a los 20 minutos)
func NuevuCliente() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "redis.refuxos.svc:6379",
		Password: "@@secret@@",
		DB:       2,
	})
}
""", redis_pw())

add("properties/postgres", "embotelladora/src/main/resources/application-prod.properties", JAVA, """\
# Llinia d'embotellar - perfil de producción
spring.datasource.url=jdbc:postgresql://pg01.llagar-coop.internal:5432/embotellado
spring.datasource.username=embotellado_svc
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
lotes.prefixu=SIDRA-NAVA
""", words_pw())

add("shell/mysqldump", "scripts/respaldu-reserves.sh", SH, """\
#!/usr/bin/env bash
# Respaldu nocherniegu de la base de datos de reserves
set -euo pipefail
FECHA=$(date +%F)
mysqldump -h db.refuxos.internal -u respaldu -p'@@secret@@' reserves \\
  | gzip > /srv/respaldos/reserves-$FECHA.sql.gz
find /srv/respaldos -name 'reserves-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("python/mongodb-url", "llagar/analitica/config.py", PY, """\
# Analítica de la collecha de mazana (kg per pumarada y variedá)
MONGO_URI = "mongodb+srv://analitica:@@secret@@@cluster0.llagar.mongodb.net/collecha?retryWrites=true"
COLECCION = "pesaes_2026"
VARIEDAES = ["Regona", "Raxao", "Blanquina", "Xuanina", "De la Riega"]
UMBRAL_KG = 150
""", rand_pw(16))

add("github-actions/aws", ".github/workflows/desplegar-web.yml", GHA, """\
name: Desplegar web de reserves
on:
  push:
    branches: [main]
jobs:
  desplegar:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-south-2
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://refuxos-picos-web --delete
""", aws_secret(), kid=aws_id())

add("php/smtp", "tienda/config/correo.php", PHP, """\
<?php
// Configuración del corréu de la tienda de sidra
return [
    'host' => 'smtp.llagar-coop.example',
    'port' => 587,
    'username' => 'pedidos@llagar-coop.example',
    'password' => '@@secret@@',
    'encryption' => 'tls',
    'from' => ['address' => 'pedidos@llagar-coop.example', 'name' => 'Cooperativa Sidrera'],
];
""", words_pw())

add("ruby/telegram", "bots/niveles_tonel.rb", RUBY, """\
# Bot de Telegram que avisa cuando un tonel baxa del 10 %
require 'telegram/bot'

TOKEN = '@@secret@@'.freeze
CHAT_LLAGAR = -100_482_991_204

Telegram::Bot::Client.run(TOKEN) do |bot|
  bot.api.send_message(chat_id: CHAT_LLAGAR, text: 'Tonel 7: queda un 8 % (sidra natural 2025)')
end
""", telegram())

add("compose/postgres", "docker-compose.prod.yml", COMPOSE, """\
services:
  reserves:
    image: registry.refuxos-picos.example/reserves:2.14.0
    environment:
      DATABASE_URL: postgres://reserves:@@secret@@@db:5432/reserves
      TZ: Europe/Madrid
    depends_on: [db]
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", rand_pw(22))

add("terraform/db-password", "infra/rds.tf", TF, """\
# Base de datos de reserves de los refuxos (Picos d'Europa)
resource "aws_db_instance" "reserves" {
  identifier          = "reserves-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "reserves_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
}
""", words_pw())

add("ansible/vault-less-password", "ansible/group_vars/llagar.yml", ANSIBLE, """\
---
# Variables de los servidores del llagar (Nava)
llagar_ntp: hora.roa.es
plc_modbus_host: 10.20.0.15
grafana_admin_user: admin
grafana_admin_password: "@@secret@@"
retencion_dias: 400
""", words_pw())

add("markdown/ssh-password", "docs/runbook-refuxu-urriellu.md", MD, """\
# Runbook: pasarela satelital del refuxu d'Urriellu

La pasarela (Starlink + router) ta na caseta de la entrada. Si les reserves nun sincronicen:

1. Entrar per SSH: `ssh guarda@10.44.0.1`
2. Contraseña del usuariu `guarda`: `@@secret@@`
3. Reaniciar el serviciu: `sudo systemctl restart sync-reserves`

Si nun respuende, llamar al guarda del refuxu enantes de les 21:00.
""", words_pw())

add("csharp/connection-string", "Reserves.Api/appsettings.Production.json", CS, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Reserves": "Server=sql-refuxos.database.windows.net;Database=reserves;User Id=reserves_api;Password=@@secret@@;Encrypt=True;"
  },
  "Refuxos": { "Temporada": "2026", "CamesMaximu": 96 }
}
""", words_pw())

add("rust/api-key", "llagar-sensores/src/config.rs", RUST, """\
//! Configuración del colector de sensores de los toneles
pub const INFLUX_URL: &str = "https://influx.llagar-coop.example";
pub const INFLUX_ORG: &str = "cooperativa";
pub const INFLUX_BUCKET: &str = "toneles";
// token con permisu d'escritura nel bucket
pub const INFLUX_TOKEN: &str = "@@secret@@";
""", rand_pw(86) + "==")

add("powershell/password", "scripts/Sincronizar-Contabilidad.ps1", PS, """\
# Sincroniza les factures de la tienda col programa de contabilidá
$servidor = "conta01.llagar-coop.local"
$usuariu = "LLAGAR\\svc_conta"
$clave = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($usuariu, $clave)
Invoke-Command -ComputerName $servidor -Credential $cred -ScriptBlock {
    & "C:\\Conta\\importar.exe" --desde "D:\\Factures\\pendientes"
}
""", words_pw())

add("dockerfile/npm-token", "reserves/web/Dockerfile", DOCKER, """\
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# paquetes privaos de la organización (@refuxos/ui)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("ini/ftp", "embotelladora/etiquetes.ini", INI, """\
; Unviu de les etiquetes a la imprenta (Xixón)
[imprenta]
servidor = ftp.imprenta-xixon.example
usuariu = coop_sidra
contrasena = @@secret@@
directoriu = /entrada/etiquetes

[lotes]
formatu = SN-{anyu}-{lote:04d}
""", words_pw())

add("toml/api-token", "llagar/pyproject-deploy.toml", TOML, """\
# Configuración del despliegue del panel del llagar
[panel]
host = "panel.llagar-coop.example"
puertu = 8443

[grafana]
url = "https://grafana.llagar-coop.example"
api_token = "@@secret@@"
""", "glsa_" + rand_pw(32) + "_" + hexs(8))

add("kotlin/api-key", "app-refuxos/src/main/java/es/refuxos/app/Mapes.kt", KOTLIN, """\
package es.refuxos.app

// Cliente de la API de meteoroloxía de montaña (partes de nieve pa Picos)
object Meteo {
    private const val BASE = "https://api.meteo-montana.example/v2"
    private const val CLAVE_PRIVADA = "@@secret@@"

    fun parte(zona: String) = "$BASE/partes?zona=$zona&key=$CLAVE_PRIVADA"
}
""", "mm_sk_" + rand_pw(40))

add("swift/stripe", "AppRefuxos/Pagos/PagoConfig.swift", SWIFT, """\
import Foundation

// Nun dexar la clave secreta na app!! (TODO: movela al backend)
enum PagoConfig {
    static let publishable = "pk_live_@@pub@@"
    static let secreta = "@@secret@@"
    static let moneda = "eur"
}
""", stripe_key(), pub=rand_pw(24))

add("sql/create-role", "db/migraciones/0007_rol_informes.sql", SQL, """\
-- Rol de llectura pa los informes de ocupación de los refuxos
CREATE ROLE informes_ocupacion LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE reserves TO informes_ocupacion;
GRANT USAGE ON SCHEMA public TO informes_ocupacion;
GRANT SELECT ON reserves, refuxos, cames TO informes_ocupacion;
""", words_pw())

add("log/basic-auth-url", "logs/sync-reserves-2026-07-14.log", LOG, """\
2026-07-14T06:00:01Z INFO  sync: arrancando sincronización refuxu=vega-urriellu
2026-07-14T06:00:02Z DEBUG http: GET https://sync:@@secret@@@api.refuxos-picos.example/v1/reserves?desde=2026-07-13
2026-07-14T06:00:03Z INFO  sync: 41 reserves nueves, 3 cancelaes
2026-07-14T06:00:03Z WARN  sync: cama 12 duplicada (reserva R-88213)
2026-07-14T06:00:04Z INFO  sync: fecho en 2.8s
""", rand_pw(18))

add("helm/values-password", "charts/reserves/values-prod.yaml", HELM, """\
replicaCount: 3
image:
  repository: registry.refuxos-picos.example/reserves
  tag: "2.14.0"
postgresql:
  auth:
    username: reserves
    password: "@@secret@@"
    database: reserves
ingress:
  enabled: true
  hosts:
    - host: reserves.refuxos-picos.example
""", rand_pw(24))

add("gitlab-ci/deploy-token", ".gitlab-ci.yml", GLCI, """\
stages: [build, deploy]

build:
  stage: build
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy_llagar:
  stage: deploy
  script:
    - git clone https://oauth2:@@secret@@@gitlab.com/llagar-coop/infra.git
    - ./infra/deploy.sh panel $CI_COMMIT_SHORT_SHA
  only: [main]
""", gitlab_token())

add("notebook/openai", "analitica/resumir_opiniones.ipynb", NB, """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Resume les opiniones de los güéspedes de los refuxos"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "opiniones = open('opiniones_2026.txt').read()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("xml/password", "embotelladora/src/main/resources/plc-config.xml", XML, """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Conexón col PLC de la llinia d'embotellar -->
<plc>
  <host>10.20.0.31</host>
  <puertu>102</puertu>
  <usuariu>operador</usuariu>
  <contrasena>@@secret@@</contrasena>
  <ciclu-ms>500</ciclu-ms>
</plc>
""", words_pw())

add("json/discord-webhook", "bots/avisos-nieve.json", JSON, """\
{
  "nome": "avisos-nieve",
  "descripcion": "Avisa a los guardes cuando l'AEMET emite aviso de nieve en Picos",
  "zones": ["Macizu Central", "Macizu Occidental", "Andara"],
  "webhook": "@@secret@@",
  "intervalu_min": 30
}
""", discord_webhook())

add("python/django-secret", "reserves/backend/reserves/settings/prod.py", PY, """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["reserves.refuxos-picos.example"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "ast"
TIME_ZONE = "Europe/Madrid"
""", django_key())

add("env/twilio", "avisos-sms/.env", DOTENV, """\
# SMS a los güéspedes si se zarra'l refuxu por mal tiempu
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+34985000111
IDIOMA_PREDETERMINAU=ast
""", hexs(32), sid=twilio_sid())

add("shell-history/mysql", "docs/soporte/historial-guarda.txt", SH, """\
  501  cd /srv/reserves
  502  git pull
  503  systemctl status reserves
  504  mysql -h 127.0.0.1 -u root -p@@secret@@ -e 'SELECT COUNT(*) FROM reserves WHERE fecha=CURDATE()'
  505  journalctl -u reserves --since today
  506  exit
""", words_pw())

add("k8s-secret/stringdata-token", "deploy/k8s/bot-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: bot-slack
  namespace: llagar
type: Opaque
stringData:
  SLACK_BOT_TOKEN: "@@secret@@"
""", slack_bot())

add("markdown/table-password", "wiki/Accesos-wifi-y-paneles.md", MD, """\
# Accesos de la sala del llagar

| Sistema | Usuariu | Contraseña | Notes |
|---|---|---|---|
| Wifi invitaos | - | (na pizarra) | cambia cada mes |
| Panel Grafana | `llagar` | `@@secret@@` | namás llectura |
| PLC embotellado | `operador` | ver caxa fuerte | |

Cualquier cambiu, avisar a Xuan.
""", words_pw())

_key = pem("OPENSSH")
add("yaml/private-key", "ansible/host_vars/refuxu-cabana.yml", ANSIBLE, """\
---
refuxu_nome: Cabaña Verónica
sync_usuariu: sync
sync_clave_ssh: |
  @@key@@
sync_destinu: sync@api.refuxos-picos.example
""", _key, key=_key.replace("\n", "\n  "))

_key = pem("RSA")
add("shell/heredoc-key", "scripts/instalar-clave-sftp.sh", SH, """\
#!/bin/sh
# Instala la clave pa unviar los pedidos al distribuidor (SFTP)
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/distribuidor_rsa <<'FIN'
@@secret@@
FIN
chmod 600 ~/.ssh/distribuidor_rsa
""", _key)

add("go/split-password", "reserves/pagos/redsys.go", GO, """\
package pagos

// Clave de firma del TPV virtual (comerciu 3491, terminal 1)
const claveFirma = "@@a@@" +
	"@@b@@"

const Comerciu = "349100771"
const Terminal = "001"
""", (_pw := rand_pw(32, "+/")), a=_pw[:16], b=_pw[16:])

_pw = words_pw()
add("python/split-password", "llagar/pesaes/bascula.py", PY, """\
\"\"\"Llee les pesaes de la báscula de mazana y guárdales na base de datos.\"\"\"
import pymysql

CONEXON = dict(
    host="10.20.0.40",
    user="bascula",
    password=("@@a@@"
              "@@b@@"),
    database="collecha",
)
""", _pw, a=_pw[:7], b=_pw[7:])

add("java/jdbc", "embotelladora/src/main/java/es/llagar/Lotes.java", JAVA, """\
package es.llagar;

import java.sql.Connection;
import java.sql.DriverManager;

public class Lotes {
    // TODO: sacar a variable d'entornu
    private static final String URL = "jdbc:mysql://db.llagar-coop.internal:3306/lotes";
    public static Connection abrir() throws Exception {
        return DriverManager.getConnection(URL, "lotes_app", "@@secret@@");
    }
}
""", words_pw())

add("typescript/github-token", "reserves/web/scripts/publicar-cambios.ts", "https://www.typescriptlang.org/docs/", """\
// Publica les notes de versión nel repositoriu de documentación
import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: "@@secret@@" });

export async function publicar(version: string, notes: string) {
  await octokit.repos.createRelease({
    owner: "refuxos-picos", repo: "docs", tag_name: `v${version}`, body: notes,
  });
}
""", gh_token())

add("ruby/database-yml", "tienda-rails/config/database.yml", RUBY, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: pg01.llagar-coop.internal
  database: tienda_production
  username: tienda
  password: @@secret@@
""", rand_pw(20))

add("env/mailgun", "boletin/.env", DOTENV, """\
# Boletín mensual de la cooperativa (noticies de la collecha, espichas)
MAILGUN_DOMAIN=mg.llagar-coop.example
MAILGUN_API_KEY=@@secret@@
BOLETIN_REMITENTE="Cooperativa Sidrera <boletin@llagar-coop.example>"
BOLETIN_LLISTA=socios@mg.llagar-coop.example
""", mailgun_key())

add("yaml/google-maps-server-key", "reserves/backend/config/geocodificar.yml", YAML, """\
# Clave de servidor (restrinxida per IP) pa geocodificar les rutes de los güéspedes
geocodificacion:
  proveedor: google
  server_key: @@secret@@
  idioma: es
  rexon: es
""", google_key())

add("rst/password", "docs/operaciones/respaldos.rst", RST, """\
Respaldos de la tienda
======================

El respaldu fáise cada nueche a les 02:00 nel NAS de la oficina (Nava).

* Usuariu del NAS: ``respaldu``
* Contraseña: ``@@secret@@``
* Carpeta: ``/volume1/tienda``

Pa restaurar, ver :doc:`restaurar`.
""", words_pw())

add("cfg/pgpass", "scripts/pgpass-informes", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
# (copiar a ~/.pgpass del usuariu informes, permisos 600)
pg01.llagar-coop.internal:5432:embotellado:informes:@@secret@@
pg01.llagar-coop.internal:5432:tienda:informes:*
db.refuxos.internal:5432:reserves:informes:*
""", rand_pw(20))

add("html/api-key", "reserves/web/public/admin/mapa-ocupacion.html", HTML, """\
<!DOCTYPE html>
<html lang="ast">
<head><meta charset="utf-8"><title>Ocupación de refuxos</title></head>
<body>
  <div id="mapa"></div>
  <script>
    // panel internu: llee directamente la API d'ocupación
    const CLAVE_ADMIN = "@@secret@@";
    fetch("/api/admin/ocupacion", { headers: { "X-Admin-Key": CLAVE_ADMIN } })
      .then(r => r.json()).then(pintar);
  </script>
</body>
</html>
""", "adm_" + rand_pw(36))

add("csv/credentials", "docs/soporte/accesos-proveedores.csv", CSV, """\
proveedor,servicio,usuariu,contrasena,notes
Imprenta Xixón,portal etiquetes,coop_sidra,(ver caxa fuerte),
Transportes Cares,portal envíos,llagar.nava,@@secret@@,cambiar en setiembre
Corchos del Norte,pedidos,-,-,per teléfonu
Vidrios Asturies,portal facturación,coop.sidra,(ver caxa fuerte),
""", words_pw())

add("python/aws-boto3", "llagar/etiquetes/subir_fotos.py", PY, """\
\"\"\"Xube les semeyes de los lotes al bucket de la tienda.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

def subir(ruta, lote):
    s3.upload_file(ruta, "llagar-tienda-semeyes", f"lotes/{lote}.jpg")
""", aws_secret(), kid=aws_id())

add("js/stripe-server", "tienda/api/pagos.js", JS, """\
// Pagos de la tienda (cajas de sidra, vasos, escanciadores)
const express = require('express');
const stripe = require('stripe')('@@secret@@');
const router = express.Router();

router.post('/intentu', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: req.body.total, currency: 'eur' });
  res.json({ clientSecret: intent.client_secret });
});

module.exports = router;
""", stripe_key("rk_live_"))

add("env/jwt-secret", "reserves/backend/.env.prod", DOTENV, """\
NODE_ENV=production
PORT=8080
DATABASE_URL=${DATABASE_URL}
JWT_SECRET=@@secret@@
JWT_CADUCIDA=12h
REFUXOS_ACTIVOS=urriellu,vega-ario,jou-de-los-cabrones,collado-jermoso
""", jwt_secret())

add("yaml/spring-mail", "embotelladora/src/main/resources/application.yml", JAVA, """\
spring:
  application:
    name: embotelladora
  mail:
    host: smtp.office365.com
    port: 587
    username: llinia@llagar-coop.example
    password: "@@secret@@"
    properties:
      mail.smtp.starttls.enable: true
lotes:
  aviso-a: calidá@llagar-coop.example
""", words_pw())

add("k8s-secret/docker-config", "deploy/k8s/registry-pull.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: registry-refuxos
  namespace: refuxos
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_pw := rand_pw(24)), enc=b64('{"auths":{"registry.refuxos-picos.example":{"username":"ci","password":"' + _pw + '"}}}'))

add("terraform/tfvars", "infra/prod.tfvars", TF, """\
# Variables de producción (NUN xubir! - ya ta en .gitignore... o eso creíamos)
region            = "eu-south-2"
dominiu           = "refuxos-picos.example"
cloudflare_token  = "@@secret@@"
instancies_web    = 2
""", rand_pw(40, "_-"))

add("php/wp-config", "blog-llagar/wp-config.php", PHP, """\
<?php
/** Blogue de la cooperativa: receutes, espichas y collecha */
define( 'DB_NAME', 'blog_llagar' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WPLANG', 'ast' );
""", words_pw())

add("nginx/basic-auth-header", "deploy/nginx/panel-llagar.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """\
server {
    listen 443 ssl;
    server_name panel.llagar-coop.example;

    location /influx/ {
        proxy_pass http://10.20.0.9:8086/;
        # autenticación col backend (usuariu panel)
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("panel:" + words_pw()))

add("csharp/code-key", "Reserves.Api/Servicios/PagoServicio.cs", CS, """\
using Stripe;

namespace Reserves.Api.Servicios;

public class PagoServicio
{
    public PagoServicio()
    {
        // clave de producción (provisional mientres configuramos Key Vault)
        StripeConfiguration.ApiKey = "@@secret@@";
    }

    public PaymentIntent Cobrar(long centimos) =>
        new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = centimos, Currency = "eur" });
}
""", stripe_key())

add("python/slack-bot", "bots/reserves_diaries.py", PY, """\
\"\"\"Cada mañana publica na canal #refuxos les reserves del día.\"\"\"
from slack_sdk import WebClient

cliente = WebClient(token="@@secret@@")

def publicar(resume: str) -> None:
    cliente.chat_postMessage(channel="#refuxos", text=f"Reserves pa güei:\\n{resume}")
""", slack_bot())

add("markdown/connection-string", "README.md", MD, """\
# Reserves de refuxos de Picos d'Europa

Aplicación pa xestionar les cames de los refuxos (Urriellu, Vega de Ario, Jou de los Cabrones...).

## Arrancar en llocal

```bash
export DATABASE_URL="postgres://reserves:@@secret@@@db.refuxos.internal:5432/reserves"
npm install && npm run dev
```

Abrir <http://localhost:8080>.
""", rand_pw(20))

add("systemd/env-password", "deploy/systemd/colector-toneles.service", "https://www.freedesktop.org/software/systemd/man/systemd.exec.html", """\
[Unit]
Description=Colector de temperatura de los toneles
After=network-online.target

[Service]
User=colector
Environment=MQTT_HOST=10.20.0.5
Environment=MQTT_USER=toneles
Environment=MQTT_PASS=@@secret@@
ExecStart=/opt/colector/bin/colector --intervalu 60
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("json/firebase-service-account", "app-refuxos/firebase-adminsdk.json", JSON, """\
{
  "type": "service_account",
  "project_id": "refuxos-picos",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "firebase-adminsdk-x1q2@refuxos-picos.iam.gserviceaccount.com",
  "client_id": "104882213397455210662",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), kid=hexs(40))

# ---------------------------------------------------------------- secrets: refuxos (refuges)

add("python/requests-bearer", "reserves/integraciones/federacion.py", PY, """\
\"\"\"Comprueba la llicencia federativa (FEMPA) de los güéspedes que la indiquen.\"\"\"
import requests

API = "https://api.federacion-montana.example/v1/llicencies"
CABECERES = {"Authorization": "Bearer @@secret@@", "Accept": "application/json"}

def validar(numeru: str) -> bool:
    r = requests.get(f"{API}/{numeru}", headers=CABECERES, timeout=10)
    return r.ok and r.json().get("vixente", False)
""", rand_pw(40))

add("env/openai", "asistente-guardes/.env.local", DOTENV, """\
# Asistente que respuende les entruges de los güéspedes (horarios, material, rutes)
OPENAI_API_KEY=@@secret@@
MODELO=gpt-4o-mini
IDIOMES=ast,es,en,fr
TEMPERATURA=0.2
""", openai())

add("markdown/curl-api-key", "docs/api/exemplos-curl.md", MD, """\
# API de reserves: exemplos con curl

Llistar les cames llibres del refuxu de Vega de Ario pa un día:

```bash
curl -s -H "X-Api-Key: @@secret@@" \\
  "https://api.refuxos-picos.example/v1/refuxos/vega-ario/cames?fecha=2026-08-15"
```

La respuesta ye un JSON con `llibres`, `ocupaes` y `media_pension`.
""", "rfx_live_" + rand_pw(32))

add("compose/mysql-root", "refuxu-local/docker-compose.yml", COMPOSE, """\
# Copia llocal de la base de datos pa los portátiles de los guardes (modo ensin conexón)
services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: reserves
    ports: ["127.0.0.1:3306:3306"]
""", words_pw())

add("go/smtp-auth", "reserves/avisos/correo.go", GO, """\
package avisos

import "net/smtp"

// Avisu a los güéspedes cuando se zarra la canal del Cares pola nieve
func Unviar(a []string, cuerpu []byte) error {
	auth := smtp.PlainAuth("", "avisos@refuxos-picos.example", "@@secret@@", "smtp.refuxos-picos.example")
	return smtp.SendMail("smtp.refuxos-picos.example:587", auth, "avisos@refuxos-picos.example", a, cuerpu)
}
""", words_pw())

add("php/laravel-env", "portal-guardes/.env", DOTENV, """\
APP_NAME="Portal de guardes"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_LOCALE=ast
DB_CONNECTION=mysql
DB_HOST=db.refuxos.internal
DB_PASSWORD=${DB_PASSWORD}
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("ini/odbc", "contabilidad/odbc.ini", INI, """\
[ContaLlagar]
Driver = ODBC Driver 18 for SQL Server
Server = conta01.llagar-coop.local
Database = CONTA2026
UID = informes
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("kotlin/okhttp-basic", "app-refuxos/src/main/java/es/refuxos/app/api/Cliente.kt", KOTLIN, """\
package es.refuxos.app.api

import okhttp3.Credentials
import okhttp3.OkHttpClient

// Cliente pa los guardes: sincroniza les llistes de güéspedes
val credenciales = Credentials.basic("guardes-app", "@@secret@@")

val cliente = OkHttpClient.Builder()
    .addInterceptor { it.proceed(it.request().newBuilder().header("Authorization", credenciales).build()) }
    .build()
""", rand_pw(20))

add("ansible/inline-mysql", "ansible/roles/reserves/tasks/main.yml", ANSIBLE, """\
---
- name: Crear usuariu de la base de datos de reserves
  community.mysql.mysql_user:
    name: reserves_app
    password: "@@secret@@"
    priv: "reserves.*:ALL"
    host: "10.44.%"
    state: present

- name: Copiar configuración
  ansible.builtin.template:
    src: reserves.env.j2
    dest: /etc/reserves/reserves.env
    mode: "0600"
""", words_pw())

add("swift/basic-auth", "AppRefuxos/Red/Sincronizar.swift", SWIFT, """\
import Foundation

// Sincronización offline de la llista de güéspedes (guardes)
struct Sincronizar {
    static let base = URL(string: "https://api.refuxos-picos.example/v1/guardes")!
    static let autorizacion = "Basic @@secret@@"

    static func peticion() -> URLRequest {
        var r = URLRequest(url: base)
        r.setValue(autorizacion, forHTTPHeaderField: "Authorization")
        return r
    }
}
""", b64("guarda:" + words_pw()))

add("log/connection-error", "logs/reserves-api-error.log", LOG, """\
2026-08-02 21:14:55,102 ERROR [pool-3] Failed to connect: FATAL: password authentication failed
2026-08-02 21:14:55,103 ERROR [pool-3] dsn=postgresql://reserves:@@secret@@@db.refuxos.internal:5432/reserves sslmode=require
2026-08-02 21:14:56,240 INFO  [pool-3] retrying in 5s (attempt 2/5)
2026-08-02 21:15:01,377 INFO  [pool-3] connected
2026-08-02 21:15:01,380 INFO  [main] reserves-api ready on :8080
""", rand_pw(22))

add("powershell/azure-sp", "scripts/Desplegar-Funciones.ps1", PS, """\
# Desplega les Azure Functions de les notificaciones de reserves
$tenant = "5b1c2a44-0e7f-4f73-9a2d-1d5e8c7f3a10"
$appId  = "0f3e9a77-4b21-46c1-8d53-b1a2c7e0d914"
$secretu = "@@secret@@"
$cred = New-Object PSCredential($appId, (ConvertTo-SecureString $secretu -AsPlainText -Force))
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Publish-AzWebApp -ResourceGroupName rg-refuxos -Name func-notificaciones -ArchivePath .\\publicar.zip
""", azure_secret())

add("toml/cargo-registry", "llagar-sensores/.cargo/config.toml", TOML, """\
# Rexistru priváu de crates de la cooperativa
[registries.llagar]
index = "sparse+https://crates.llagar-coop.example/index/"
token = "@@secret@@"

[build]
target = "armv7-unknown-linux-gnueabihf"
""", "cio" + rand_pw(32))

add("rust/postgres-url", "llagar-sensores/src/db.rs", RUST, """\
use sqlx::postgres::PgPoolOptions;

/// Grupu de conexones a la base de datos de los toneles
pub async fn grupu() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(4)
        .connect("postgres://colector:@@secret@@@10.20.0.8/toneles")
        .await
}
""", redis_pw())

add("k8s-secret/argocd-repo", "deploy/argocd/repo-infra.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: repo-infra
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/refuxos-picos/infra
  username: argocd
  password: @@secret@@
""", gh_token())

add("xml/maven-settings", "embotelladora/.mvn/settings.xml", "https://maven.apache.org/settings.html", """\
<settings>
  <servers>
    <server>
      <id>llagar-nexus</id>
      <username>ci-embotellado</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("python/telegram-env-default", "bots/guardes_bot.py", PY, """\
import os
from telegram.ext import ApplicationBuilder, CommandHandler

# si nun hai variable, usa la del bot de producción
TOKEN = os.environ.get("GUARDES_BOT_TOKEN", "@@secret@@")

async def parte(update, context):
    await update.message.reply_text("Parte de güei: nieve per enriba de 1800 m, crampones obligatorios.")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("parte", parte))
app.run_polling()
""", telegram())

add("notes/plain-sentence", "notes/traspasu-temporada-2026.txt", MD, """\
Traspasu de temporada - refuxu de Collado Jermoso
==================================================

- Les llaves de la caseta del xenerador tán col guarda de Cordiñanes.
- El portátil de reserves tien l'usuariu "refuxu" y la contraseña @@secret@@ (camudala en mayu).
- El depósitu de gasoil llenóse'l 12 d'ochobre.
- Falta reponer mantes (6) y un hornín.
""", words_pw())

add("gitlab-ci/variables-block", "llagar/.gitlab-ci.yml", GLCI, """\
variables:
  DOCKER_DRIVER: overlay2
  REGISTRY_USER: ci-llagar
  REGISTRY_PASSWORD: "@@secret@@"

publicar:
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$REGISTRY_PASSWORD" | docker login registry.llagar-coop.example -u "$REGISTRY_USER" --password-stdin
    - docker build -t registry.llagar-coop.example/panel:$CI_COMMIT_TAG .
    - docker push registry.llagar-coop.example/panel:$CI_COMMIT_TAG
""", rand_pw(24))

add("dockerfile/env-password", "llagar/colector/Dockerfile", DOCKER, """\
FROM python:3.12-slim
WORKDIR /srv/colector
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY colector/ colector/
ENV MQTT_HOST=10.20.0.5 \\
    MQTT_USER=toneles \\
    MQTT_PASSWORD=@@secret@@
CMD ["python", "-m", "colector"]
""", words_pw())

add("json/package-npmrc-in-string", "reserves/web/.vscode/tasks.json", JSON, """\
{
  "version": "2.0.0",
  "tasks": [
    {
      "label": "instalar paquetes privaos",
      "type": "shell",
      "command": "npm config set //npm.pkg.github.com/:_authToken @@secret@@ && npm ci"
    }
  ]
}
""", gh_token())

add("js/json-in-string", "reserves/web/src/config/runtime.js", JS, """\
// Configuración inyectada nel build (JSON en cadena pa window.__CONFIG__)
window.__CONFIG__ = JSON.parse('{"api":"https://api.refuxos-picos.example","mapa":"osm","pagos":{"comerciu":"349100771","claveSecreta":"@@secret@@"}}');

export const config = window.__CONFIG__;
export const idioma = navigator.language.startsWith('ast') ? 'ast' : 'es';
""", rand_pw(32, "+/"))

add("python/smtp-login", "boletin/unviar.py", PY, """\
import smtplib
from email.message import EmailMessage

def unviar(destinatarios, asuntu, cuerpu):
    msg = EmailMessage()
    msg["From"] = "boletin@llagar-coop.example"
    msg["Subject"] = asuntu
    msg.set_content(cuerpu)
    with smtplib.SMTP("smtp.llagar-coop.example", 587) as s:
        s.starttls()
        s.login("boletin@llagar-coop.example", "@@secret@@")
        for d in destinatarios:
            s.send_message(msg, to_addrs=[d])
""", words_pw())

add("yaml/rabbitmq", "llagar/colector/config.yaml", YAML, """\
colector:
  intervalu_s: 60
  toneles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
amqp:
  url: amqps://colector:@@secret@@@mq.llagar-coop.example:5671/llagar
  cola: lectures-toneles
""", rand_pw(20))

add("java/hardcoded-token", "app-refuxos/src/main/java/es/refuxos/app/Pushes.java", JAVA, """\
package es.refuxos.app;

import java.net.http.HttpRequest;
import java.net.URI;

public final class Pushes {
    private static final String CLAVE_SERVIDOR = "@@secret@@";

    static HttpRequest avisu(String cuerpu) {
        return HttpRequest.newBuilder(URI.create("https://push.refuxos-picos.example/v1/unviar"))
            .header("Authorization", "key=" + CLAVE_SERVIDOR)
            .POST(HttpRequest.BodyPublishers.ofString(cuerpu)).build();
    }
}
""", "psh_" + rand_pw(44))

add("shell/export-token", "scripts/entornu-dev.sh", SH, """\
#!/usr/bin/env bash
# Cargar con: source scripts/entornu-dev.sh
export REFUXOS_API=https://api.staging.refuxos-picos.example
export REFUXOS_TOKEN=@@secret@@
export TZ=Europe/Madrid
echo "Entornu de desendolcu cargáu"
""", "rfx_test_" + rand_pw(32))

add("k8s-secret/tls-key", "deploy/k8s/tls-tienda.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: tls-tienda
  namespace: tienda
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrekNDQVRtZ0F3SUJBZ0lVRmFrZQo=
  tls.key: @@b64secret@@
""", pem("EC"))

add("ruby/sidekiq-redis", "tienda-rails/config/initializers/sidekiq.rb", RUBY, """\
# Trabayos en segundu planu (unviu de facturas, etiquetes d'envíu)
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@secret@@@redis.llagar-coop.internal:6379/1' }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@secret@@@redis.llagar-coop.internal:6379/1' }
end
""", redis_pw())

add("csharp/webconfig", "Portal.Socios/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Socios" connectionString="Data Source=conta01;Initial Catalog=Socios;User ID=portal;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Idioma" value="ast" />
  </appSettings>
</configuration>
""", words_pw())

add("markdown/sentence-api-key", "docs/integraciones/mapas.md", MD, """\
# Integración col serviciu de mapes topográficos

Usamos la API de teselas pa pintar les rutes ente refuxos (Cares, Urriellu, Jou Santu).

La clave de la cuenta de pagu ye `@@secret@@` y ta asociada a la tarxeta de la asociación;
nun la compartas fuera del equipu.

Llímite: 200.000 teselas al mes.
""", "tk_live_" + rand_pw(36))

add("terraform/provider-token", "infra/dns.tf", TF, """\
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "reserves" {
  zone_id = var.zona
  name    = "reserves"
  type    = "CNAME"
  value   = "lb.refuxos-picos.example"
  proxied = true
}
""", rand_pw(40, "_-"))

add("env/database-url", "tienda/.env.staging", DOTENV, """\
APP_ENV=staging
DATABASE_URL=mysql://tienda:@@secret@@@staging-db.llagar-coop.internal:3306/tienda
CACHE_DRIVER=redis
STRIPE_SECRET_KEY=
LOG_LEVEL=debug
""", words_pw())

add("go/aws-static", "reserves/semeyes/s3.go", GO, """\
package semeyes

import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Semeyes de los refuxos pa la web (bucket público namás en llectura)
var proveedor = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)
""", aws_secret(), kid=aws_id())

add("shell/pypi-token", "llagar/publicar_paquete.sh", SH, """\
#!/bin/sh
# Publica'l paquete llagar-sensores-client en PyPI
set -e
python -m build
python -m twine upload -u __token__ -p @@secret@@ dist/*
rm -rf dist build
""", fakes.pypi_token(_seed()))

add("ini/pypirc", "llagar/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/slack-webhook", ".github/workflows/avisar-despliegue.yml", GHA, """\
name: Avisar despliegue
on:
  workflow_run:
    workflows: ["Desplegar web de reserves"]
    types: [completed]
jobs:
  avisar:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Web de reserves desplegada"}' \\
            @@secret@@
""", slack_webhook())

add("php/api-key-array", "tienda/src/Envios/Transportista.php", PHP, """\
<?php
namespace Tienda\\Envios;

final class Transportista
{
    private const CONFIG = [
        'endpoint' => 'https://api.transportes-cares.example/v3',
        'cliente'  => 'COOP-SIDRA-0041',
        'apiKey'   => '@@secret@@',
    ];

    public function etiqueta(string $pedido): string { return self::CONFIG['endpoint'] . "/etiquetes/$pedido"; }
}
""", hexs(40))

add("rst/connection-url", "docs/desendolcu/entornu.rst", RST, """\
Entornu de desendolcu
=====================

1. Clonar el repositoriu y crear l'entornu virtual.
2. Apuntar a la base de datos compartida de preba::

     export DATABASE_URL=postgresql://desendolcu:@@secret@@@pg-dev.llagar-coop.internal/embotellado

3. ``make migrar && make servir``
""", words_pw())

add("sql/alter-user", "db/mantenimientu/rotar-clave-replica.sql", SQL, """\
-- Rotación de la clave del usuariu de réplica (ochobre 2026)
-- executar como superusuariu en pg01
ALTER USER replica WITH PASSWORD '@@secret@@';
SELECT pg_reload_conf();
-- actualizar tamién primary_conninfo en pg02
""", rand_pw(24))

add("csv/export-api-keys", "exportes/claves-integraciones.csv", CSV, """\
integracion,entornu,clave,creada
mapes,prod,(ver 1Password),2026-01-10
federacion,prod,@@secret@@,2026-03-02
meteo,staging,-,2026-04-19
pagos,prod,(ver 1Password),2026-05-01
""", rand_pw(40))

add("powershell/connection-string", "scripts/Exportar-Socios.ps1", PS, """\
# Exporta la llista de socios a CSV pa la asamblea
$cadena = "Server=conta01;Database=Socios;User Id=exportar;Password=@@secret@@;"
$con = New-Object System.Data.SqlClient.SqlConnection $cadena
$con.Open()
$cmd = $con.CreateCommand(); $cmd.CommandText = "SELECT nome, pumarada, kg_2026 FROM socios"
$t = New-Object System.Data.DataTable; $t.Load($cmd.ExecuteReader())
$t | Export-Csv -Path .\\socios-2026.csv -NoTypeInformation -Encoding UTF8
""", words_pw())

add("markdown/helm-set-flag", "docs/runbooks/reinstalar-redis.md", MD, """\
# Reinstalar Redis de la cola de reserves

Si'l pod de Redis queda en `CrashLoopBackOff` tres d'un cambiu de nodu:

```bash
helm uninstall redis -n refuxos
helm install redis bitnami/redis -n refuxos \\
  --set auth.password=@@secret@@ \\
  --set architecture=standalone
```

Depués, reaniciar `reserves-worker`.
""", redis_pw())

add("notebook/mysql-url", "analitica/ocupacion_2026.ipynb", NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "motor = sa.create_engine('mysql+pymysql://analitica:@@secret@@@db.refuxos.internal/reserves')\\n",
    "df = pd.read_sql('SELECT refuxu, fecha, cames FROM ocupacion', motor)"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Ocupación media per refuxu y mes (temporada 2026)."]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("properties/kafka-jaas", "embotelladora/config/kafka-client.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """\
bootstrap.servers=kafka.llagar-coop.internal:9094
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
  username="embotellado" \\
  password="@@secret@@";
topicu.lotes=lotes-embotellaos
""", rand_pw(24))

add("js/mongoose", "asistente-guardes/src/db.js", JS, """\
import mongoose from 'mongoose';

// Historial de conversaciones del asistente (borráu a los 30 díes)
const URI = process.env.MONGO_URI || 'mongodb://asistente:@@secret@@@10.44.0.20:27017/asistente?authSource=admin';

export async function conectar() {
  await mongoose.connect(URI);
  console.log('conectáu a MongoDB');
}
""", rand_pw(18))

add("k8s/configmap-token", "deploy/k8s/panel-configmap.yaml", K8S, """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: panel-llagar
  namespace: llagar
data:
  INFLUX_URL: https://influx.llagar-coop.example
  INFLUX_ORG: cooperativa
  INFLUX_TOKEN: "@@secret@@"
  IDIOMA: ast
""", rand_pw(86) + "==")

add("shell-history/docker-login", "docs/soporte/historial-despliegue.txt", SH, """\
$ ssh deploy@web01.refuxos-picos.example
$ docker login registry.refuxos-picos.example -u ci -p @@secret@@
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
$ docker compose pull && docker compose up -d
""", rand_pw(24))

add("ruby/credentials-stripe", "tienda-rails/config/initializers/stripe.rb", RUBY, """\
# Pagos de la tienda de sidra
Rails.configuration.stripe = {
  publishable_key: 'pk_live_@@pub@@',
  secret_key:      '@@secret@@'
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", stripe_key(), pub=rand_pw(24))

add("helm/sendgrid", "charts/notificaciones/values.yaml", HELM, """\
image:
  repository: registry.refuxos-picos.example/notificaciones
  tag: "1.6.2"
correo:
  proveedor: sendgrid
  apiKey: @@secret@@
  remitente: avisos@refuxos-picos.example
sms:
  habilitau: false
""", sendgrid_key())

add("markdown/onboarding-token", "wiki/Entamu-pa-voluntarios.md", MD, """\
# Entamu pa voluntarios de la web de reserves

Bienveníos! Pa empezar:

1. Pidi accesu al repositoriu a Marta.
2. Pa baxar les imáxenes de Docker del rexistru usa esti token de llectura
   (compartíu pa tolos voluntarios): `@@secret@@`
3. Llee `docs/desendolcu/entornu.rst`.

Cualquier dulda, na canal #web.
""", gitlab_token())

add("python/fabric-password", "scripts/fabfile.py", PY, """\
from fabric import Connection, Config

config = Config(overrides={"sudo": {"password": "@@secret@@"}})

def desplegar(version):
    c = Connection("deploy@web01.refuxos-picos.example", config=config)
    c.run(f"cd /srv/reserves && git fetch && git checkout v{version}")
    c.sudo("systemctl restart reserves")
""", words_pw())

add("conf/redis-requirepass", "deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """\
# Redis de la cola de reserves
bind 0.0.0.0
port 6379
requirepass @@secret@@
maxmemory 256mb
maxmemory-policy allkeys-lru
appendonly yes
""", redis_pw())

add("yaml/netplan-wifi", "refuxos/urriellu/netplan/01-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", """\
# Wifi del refuxu (portátil de reserves y estación meteo)
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "Urriellu-Guardes":
          password: "@@secret@@"
""", passphrase())

add("ini/wpa-supplicant", "refuxos/vega-ario/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=ES

network={
    ssid="VegaArio-Guardes"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
""", passphrase())

add("python/ftp-url", "embotelladora/scripts/baxar_pedidos.py", PY, """\
\"\"\"Baxa los pedidos del distribuidor (ficheros EDI) cada hora.\"\"\"
from urllib.request import urlopen

ORIXE = "ftp://coop_sidra:@@secret@@@ftp.distribuidor-norte.example/pedidos/pendientes.edi"

def baxar(destino="/srv/pedidos/pendientes.edi"):
    with urlopen(ORIXE, timeout=30) as r, open(destino, "wb") as f:
        f.write(r.read())
""", words_pw())

add("json/vscode-sftp", "tienda/.vscode/sftp.json", JSON, """\
{
  "name": "tienda-produccion",
  "host": "web01.llagar-coop.example",
  "protocol": "sftp",
  "port": 22,
  "username": "tienda",
  "password": "@@secret@@",
  "remotePath": "/var/www/tienda",
  "uploadOnSave": false
}
""", words_pw())

add("yaml/cloud-init", "infra/cloud-init/refuxu-gateway.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", """\
#cloud-config
hostname: gw-refuxu
users:
  - name: guarda
    groups: sudo
    shell: /bin/bash
chpasswd:
  expire: false
  users:
    - name: guarda
      password: @@secret@@
      type: text
""", words_pw())

add("go/jwt-signing", "reserves/autenticacion/jwt.go", GO, """\
package autenticacion

import "github.com/golang-jwt/jwt/v5"

var claveFirma = []byte("@@secret@@")

// Firma el token de sesión de los guardes (caduca en 12 h)
func Firmar(c jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(claveFirma)
}
""", jwt_secret())

add("csharp/smtp-client", "Reserves.Api/Servicios/Correo.cs", CS, """\
using System.Net;
using System.Net.Mail;

namespace Reserves.Api.Servicios;

public static class Correo
{
    public static SmtpClient Cliente() => new("smtp.refuxos-picos.example", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("avisos@refuxos-picos.example", "@@secret@@"),
    };
}
""", words_pw())

add("shell/sshpass", "scripts/copiar-fotos-refuxu.sh", SH, """\
#!/bin/bash
# Copia les semeyes de la cámara del refuxu al servidor (cada 15 min, cron)
ORIXE=/home/guarda/camara
sshpass -p '@@secret@@' rsync -az "$ORIXE/" semeyes@web01.refuxos-picos.example:/srv/semeyes/urriellu/
logger -t camara "semeyes copiaes"
""", words_pw())

add("typescript/firebase-admin", "reserves/funciones/src/index.ts", "https://www.typescriptlang.org/docs/", """\
import * as admin from "firebase-admin";

const clave = `@@secret@@`;

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "refuxos-picos",
    clientEmail: "firebase-adminsdk-x1q2@refuxos-picos.iam.gserviceaccount.com",
    privateKey: clave,
  }),
});
""", pem("RSA"))

add("html/form-default", "tienda/plantilles/admin-login.html", HTML, """\
<!doctype html>
<html lang="ast">
<body>
  <!-- valores por defeutu pa probar más rápido (quitar enantes de xubir) -->
  <form method="post" action="/admin/entrar">
    <input name="usuariu" value="administracion">
    <input name="contrasena" type="password" value="@@secret@@">
    <button>Entrar</button>
  </form>
</body>
</html>
""", words_pw())

add("env/google-client-secret", "portal-guardes/.env.oauth", DOTENV, """\
# Entrada con cuenta de Google pa los guardes
GOOGLE_CLIENT_ID=418825503211-k2v9c0q7s3m1e8d4a6b5f0h2j7l9n1p3.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@secret@@
GOOGLE_REDIRECT=https://guardes.refuxos-picos.example/oauth/callback
DOMINIU_PERMITIU=refuxos-picos.example
""", "GOCSPX-" + rand_pw(28, "_-"))

add("github-actions/with-password", ".github/workflows/migrar-db.yml", GHA, """\
name: Migrar base de datos
on: workflow_dispatch
jobs:
  migrar:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Flyway
        uses: joshuaavalon/flyway-action@v3.0.0
        with:
          url: jdbc:postgresql://db.refuxos-picos.example:5432/reserves
          user: flyway
          password: @@secret@@
""", rand_pw(22))

add("plist/api-key", "AppRefuxos/Config/Secretos.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>MeteoClave</key>
    <string>@@secret@@</string>
    <key>Entornu</key>
    <string>produccion</string>
</dict>
</plist>
""", "mm_sk_" + rand_pw(40))

add("python/dict-literal-config", "llagar/panel/ajustes.py", PY, """\
AJUSTES = {
    "titulu": "Panel del llagar",
    "toneles": 12,
    "mqtt": {"host": "10.20.0.5", "usuariu": "panel", "clave": "@@secret@@"},
    "alertes": {"temperatura_max": 18.5, "temperatura_min": 9.0},
}
""", rand_pw(20))

add("log/telegram-url", "logs/bot-niveles-2026-09-30.log", LOG, """\
[2026-09-30 07:00:00] INFO arrancando bot niveles
[2026-09-30 07:00:01] DEBUG POST https://api.telegram.org/bot@@secret@@/sendMessage chat_id=-100482991204
[2026-09-30 07:00:01] INFO mensaxe unviáu (tonel 3: 9 %)
[2026-09-30 07:05:00] INFO comprobación fecha, ensin cambios
[2026-09-30 07:10:00] INFO comprobación fecha, ensin cambios
""", telegram())

add("ansible/inventory-password", "ansible/inventario.ini", ANSIBLE, """\
[llagar]
panel01 ansible_host=10.20.0.9
colector01 ansible_host=10.20.0.12

[refuxos]
gw-urriellu ansible_host=10.44.0.1 ansible_user=guarda ansible_password=@@secret@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

# ---------------------------------------------------------------- decoys

add("env/decoy-example-file", "tienda/.env.example", DOTENV, """\
# Copia esti ficheru a .env y enllena los valores (nun xubas el .env!)
APP_ENV=local
DATABASE_URL=mysql://tienda:<contraseña>@localhost:3306/tienda
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
MAILGUN_API_KEY=
""")

add("python/decoy-env-reference", "llagar/telemetria/db_nuevu.py", PY, """\
\"\"\"Conexón a la telemetría: les credenciales vienen del entornu (ver runbook).\"\"\"
import os
import psycopg2

def conectar():
    return psycopg2.connect(
        host=os.environ["TELEMETRIA_HOST"],
        dbname="telemetria",
        user=os.environ["TELEMETRIA_USER"],
        password=os.environ["TELEMETRIA_PASSWORD"],
    )
""")

add("k8s/decoy-secret-ref", "deploy/k8s/reserves-deployment.yaml", K8S, """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reserves
  namespace: refuxos
spec:
  replicas: 3
  selector:
    matchLabels: {app: reserves}
  template:
    metadata:
      labels: {app: reserves}
    spec:
      containers:
        - name: reserves
          image: registry.refuxos-picos.example/reserves:2.14.0
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: reserves-db, key: MYSQL_PASSWORD}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: pagos, key: stripe-secret}
""")

add("yaml/decoy-sops-encrypted", "deploy/secretos/reserves.enc.yaml", "https://github.com/getsops/sops#readme", """\
database:
  password: ENC[AES256_GCM,data:@@c1@@,iv:@@iv@@,tag:@@tag@@,type:str]
stripe:
  secret_key: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2026-06-01T09:12:44Z"
  version: 3.9.0
""", c1=rand_b64(18), iv=rand_b64(32), tag=rand_b64(16), c2=rand_b64(30),
    iv2=rand_b64(32), tag2=rand_b64(16), age="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)))

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/refuxos/vault.yml", ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("markdown/decoy-masked", "docs/incidencies/2026-08-rotacion-stripe.md", MD, """\
# Incidencia: rotación de la clave de Stripe (agostu 2026)

La clave vieya (`sk_live_••••••••••••••••3kQz`) apaeció nun log de depuración. Pasos:

1. Revocada nel panel de Stripe a les 10:42.
2. Clave nueva guardada en Key Vault como `stripe-secret-2026-08`.
3. Despliegue de `Reserves.Api` 2.14.1 (llee la clave de Key Vault).

Nun se detectaron cargos raros.
""")

add("json/decoy-package-lock-integrity", "reserves/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "reserves-web",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/dayjs": {
      "version": "1.11.13",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=rand_pw(86, "+/") + "==", i2=rand_pw(86, "+/") + "==")

add("js/decoy-publishable-key", "tienda/web/src/pagos.js", JS, """\
// Clave publicable de Stripe (ye pública, va nel navegador)
import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('pk_live_@@pk@@');

export async function pagar(clientSecret, tarxeta) {
  const stripe = await stripePromise;
  return stripe.confirmCardPayment(clientSecret, { payment_method: { card: tarxeta } });
}
""", pk=rand_pw(99))

add("ssh/decoy-public-key", "ansible/roles/comun/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Claves públiques del equipu (namás públiques!)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ xuan@portatil-llagar
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ marta@refuxos
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ deploy@ci
# fin
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(200, "+/"))

add("csv/decoy-checksums", "exportes/SHA256SUMS.csv", CSV, """\
ficheru,sha256,tamañu
etiquetes-2026-09.pdf,@@h1@@,482113
lotes-2026-09.csv,@@h2@@,19220
facturas-2026-09.zip,@@h3@@,2210456
socios-2026.csv,@@h4@@,8812
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("sql/decoy-bcrypt-seed", "db/seeds/001_guardes.sql", SQL, """\
-- Guardes iniciales (les contraseñes guárdense como hash bcrypt; la inicial mándase per corréu)
INSERT INTO guardes (email, refuxu, password_hash) VALUES
  ('urriellu@refuxos-picos.example', 'urriellu', '$2b$12$@@h1@@'),
  ('vega.ario@refuxos-picos.example', 'vega-ario', '$2b$12$@@h2@@'),
  ('jermoso@refuxos-picos.example', 'collado-jermoso', '$2b$12$@@h3@@');
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"))

add("yaml/decoy-vault-reference", "charts/reserves/values.yaml", HELM, """\
replicaCount: 1
image:
  repository: registry.refuxos-picos.example/reserves
  tag: latest
postgresql:
  auth:
    username: reserves
    existingSecret: reserves-db
    secretKeys:
      userPasswordKey: password
externalSecrets:
  store: vault-refuxos
  path: secret/data/reserves/prod
""")

add("python/decoy-test-fixture", "reserves/backend/tests/test_pagos.py", PY, """\
\"\"\"Prebes de pagos: claves FALSES, el cliente de Stripe ta simuláu (responses).\"\"\"
import pytest

CLAVE_FALSA = "sk_test_FALSA_pa_prebes_nun_val"

@pytest.fixture
def cliente(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", CLAVE_FALSA)
    from reserves.pagos import Cliente
    return Cliente()

def test_cobro_rechazau(cliente, stripe_simulau):
    stripe_simulau.rechazar("card_declined")
    assert not cliente.cobrar(4500).ok
""")

add("terraform/decoy-variable", "infra/variables.tf", TF, """\
variable "db_password" {
  description = "Contraseña del usuariu reserves_admin (vien de TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "cloudflare_token" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/prebes.yml", GHA, """\
name: Prebes
on: [push, pull_request]
jobs:
  prebes:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${{ secrets.PG_PREBES_PASSWORD }}
    env:
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
""")

add("markdown/decoy-docs-example", "docs/api/autenticacion.md", MD, """\
# Autenticación na API de reserves

Toles peticiones lleven la cabecera `X-Api-Key`. Exemplu (clave inventada, nun funciona):

```http
GET /v1/refuxos HTTP/1.1
Host: api.refuxos-picos.example
X-Api-Key: rfx_live_EXEMPLU000000000000000000000000
```

Pide la to clave nel portal de collaboradores.
""")

add("log/decoy-redacted", "logs/reserves-api-2026-08-03.log", LOG, """\
2026-08-03 09:00:01,001 INFO  [main] config: db=postgresql://reserves:***@db.refuxos.internal:5432/reserves
2026-08-03 09:00:01,002 INFO  [main] config: stripe.key=sk_live_****************
2026-08-03 09:00:01,004 INFO  [main] config: sendgrid.key=[REDACTED]
2026-08-03 09:00:02,210 INFO  [main] reserves-api ready on :8080
2026-08-03 09:14:40,556 INFO  [http] POST /v1/reserves 201 (R-88420)
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/pagos-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#readme", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pagos
  namespace: refuxos
spec:
  encryptedData:
    stripe-secret: Ag@@c1@@
    webhook-secret: Ag@@c2@@
  template:
    metadata: {name: pagos, namespace: refuxos}
""", c1=rand_pw(340, "+/") + "==", c2=rand_pw(340, "+/") + "==")

add("go/decoy-flag-default-empty", "reserves/cmd/sincronizar/main.go", GO, """\
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	token := flag.String("token", "", "token de la API (o REFUXOS_TOKEN)")
	flag.Parse()
	if *token == "" {
		*token = os.Getenv("REFUXOS_TOKEN")
	}
	if *token == "" {
		log.Fatal("falta'l token: usa -token o REFUXOS_TOKEN")
	}
}
""")

add("ini/decoy-placeholder", "embotelladora/etiquetes.ini.dist", INI, """\
; Plantía: copiar a etiquetes.ini
[imprenta]
servidor = ftp.imprenta-xixon.example
usuariu = coop_sidra
contrasena = PONER_AQUÍ_LA_CONTRASEÑA
directoriu = /entrada/etiquetes
""")

add("php/decoy-getenv", "tienda/config/correo.dist.php", PHP, """\
<?php
// Configuración del corréu: los valores lléense del entornu
return [
    'host' => getenv('SMTP_HOST') ?: 'smtp.llagar-coop.example',
    'port' => (int) (getenv('SMTP_PORT') ?: 587),
    'username' => getenv('SMTP_USER'),
    'password' => getenv('SMTP_PASSWORD'),
    'encryption' => 'tls',
];
""")

add("json/decoy-ids", "app-refuxos/google-services.json", JSON, """\
{
  "project_info": {
    "project_number": "418825503211",
    "project_id": "refuxos-picos",
    "storage_bucket": "refuxos-picos.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418825503211:android:@@app@@",
        "android_client_info": {"package_name": "es.refuxos.app"}
      },
      "oauth_client": []
    }
  ],
  "configuration_version": "1"
}
""", app=hexs(16))

add("rst/decoy-password-policy", "docs/operaciones/contrasenes.rst", RST, """\
Política de contraseñes
=======================

* Mínimu 14 caracteres; nun reutilizar les de los últimos 12 meses.
* Les contraseñes compartíes (NAS, wifi de los refuxos) guárdense en 1Password,
  bóveda ``Refuxos - Guardes``.
* Nunca escribir contraseñes en wikis, tiquetes o canales de chat.
* El campu ``password`` de los ficheros ``*.dist`` dexase baleru.
""")

add("dockerfile/decoy-build-arg", "tienda/Dockerfile", DOCKER, """\
FROM php:8.3-fpm
# el token de composer pásase como secretu de BuildKit, nun queda na imaxe
RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json \\
    composer install --no-dev --optimize-autoloader
COPY . /var/www/tienda
ENV APP_ENV=production
""")

add("compose/decoy-env-file", "docker-compose.yml", COMPOSE, """\
services:
  reserves:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://reserves:${POSTGRES_PASSWORD}@db:5432/reserves
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?define POSTGRES_PASSWORD en .env}
""")

add("shell/decoy-read-prompt", "scripts/crear-guarda.sh", SH, """\
#!/usr/bin/env bash
# Crea un usuariu pa un guarda nuevu; la contraseña pídese per teclau
set -euo pipefail
read -rp "Email del guarda: " EMAIL
read -rsp "Contraseña inicial: " CLAVE; echo
curl -fsS -X POST https://api.refuxos-picos.example/v1/guardes \\
  -H "Authorization: Bearer ${REFUXOS_ADMIN_TOKEN:?}" \\
  -d "email=${EMAIL}" --data-urlencode "clave=${CLAVE}"
""")

add("csharp/decoy-keyvault", "Reserves.Api/Program.cs", CS, """\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Los secretos (Stripe, SQL) vienen de Key Vault con identidá xestionada
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-refuxos.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/salud", () => "bien");
app.Run();
""")

add("yaml/decoy-empty-values", "llagar/colector/config.dist.yaml", YAML, """\
colector:
  intervalu_s: 60
  toneles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
amqp:
  url: ""
  usuariu: ""
  contrasena: ""
  cola: lectures-toneles
""")

add("markdown/decoy-1password-pointer", "wiki/Accesos-refuxos.md", MD, """\
# Accesos de los refuxos

| Refuxu | Wifi guardes | Portátil reserves |
|---|---|---|
| Urriellu | 1Password: `Refuxos/Urriellu wifi` | 1Password: `Refuxos/Urriellu portatil` |
| Vega de Ario | 1Password: `Refuxos/VegaArio wifi` | 1Password: `Refuxos/VegaArio portatil` |
| Collado Jermoso | ensin wifi | 1Password: `Refuxos/Jermoso portatil` |

Les contraseñes **nun** s'escriben equí.
""")

add("notebook/decoy-getpass", "analitica/collecha_2026.ipynb", NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pymongo\\n",
    "clave = getpass.getpass('Contraseña de analitica: ')\\n",
    "cliente = pymongo.MongoClient('cluster0.llagar.mongodb.net', username='analitica', password=clave)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("java/decoy-value-annotation", "embotelladora/src/main/java/es/llagar/ConfigCorreo.java", JAVA, """\
package es.llagar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class ConfigCorreo {
    @Value("${spring.mail.password}")
    private String password;

    @Value("${lotes.aviso-a}")
    private String avisoA;
}
""")

add("k8s-secret/decoy-placeholder-base64", "deploy/k8s/plantilles/secret-reserves.yaml", K8S, """\
# Plantía: el pipeline substitúi los valores con `kubectl create secret`
apiVersion: v1
kind: Secret
metadata:
  name: reserves-db
  namespace: refuxos
type: Opaque
data:
  MYSQL_USER: @@u@@
  MYSQL_PASSWORD: @@p@@
""", u=b64("reserves_app"), p=b64("CAMUDAME"))

add("python/decoy-hash-compare", "reserves/backend/reserves/webhooks.py", PY, """\
import hashlib
import hmac
import os

SECRETU_WEBHOOK = os.environ["PAGOS_WEBHOOK_SECRET"].encode()

def firma_valida(cuerpu: bytes, firma: str) -> bool:
    \"\"\"Compara la firma HMAC-SHA256 que manda la pasarela de pagu.\"\"\"
    esperada = hmac.new(SECRETU_WEBHOOK, cuerpu, hashlib.sha256).hexdigest()
    return hmac.compare_digest(esperada, firma)

# exemplu de firma d'un cuerpu baleru (de la documentación de la pasarela):
# @@h@@
""", h=hexs(64))

add("yaml/decoy-docker-digest", "deploy/k8s/colector-deployment.yaml", K8S, """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: colector-toneles
  namespace: llagar
spec:
  replicas: 1
  selector: {matchLabels: {app: colector}}
  template:
    metadata: {labels: {app: colector}}
    spec:
      containers:
        - name: colector
          image: registry.llagar-coop.example/colector@sha256:@@d@@
          envFrom:
            - secretRef: {name: colector-mqtt}
""", d=hexs(64))

add("markdown/decoy-changelog-commits", "CHANGELOG.md", MD, """\
# Cambeos

## 2.14.0 (2026-07-01)
- Reserves de media pensión nel refuxu de Vega de Ario (@@c1@@)
- Avisos de nieve per Telegram (@@c2@@)
- Corrixíu: cames duplicaes al cancelar (@@c3@@)

## 2.13.2 (2026-06-12)
- Traducción al asturianu de los correos (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("env/decoy-op-references", "reserves/backend/.env.1password", DOTENV, """\
# Usar con: op run --env-file=.env.1password -- npm start
DATABASE_URL=op://Refuxos/reserves-db/connection-string
STRIPE_SECRET_KEY=op://Refuxos/stripe/secret-key
SENDGRID_API_KEY=op://Refuxos/sendgrid/credential
JWT_SECRET=op://Refuxos/reserves-jwt/password
""")

add("toml/decoy-netlify", "reserves/web/netlify.toml", TOML, """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_API = "https://api.refuxos-picos.example"
  VITE_STRIPE_PK = "pk_live_@@pk@@"
""", pk=rand_pw(99))

add("ruby/decoy-credentials-fetch", "tienda-rails/config/initializers/stripe_nuevu.rb", RUBY, """\
# Les claves vienen de config/credentials.yml.enc (cifráu con la master key)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key:      Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("yaml/decoy-uuid-ids", "deploy/azure/recursos.yml", YAML, """\
# Identificadores de recursos (non son secretos)
suscripcion: @@u1@@
tenant: @@u2@@
grupu_recursos: rg-refuxos
identidad_xestionada:
  client_id: @@u3@@
  principal_id: @@u4@@
key_vault: kv-refuxos
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("html/decoy-login-form", "portal-guardes/resources/views/entrar.blade.php", HTML, """\
<form method="POST" action="/entrar">
  @csrf
  <label for="email">Corréu</label>
  <input id="email" name="email" type="email" autocomplete="username">
  <label for="password">Contraseña</label>
  <input id="password" name="password" type="password" autocomplete="current-password" placeholder="••••••••">
  <button type="submit">Entrar</button>
</form>
""")

add("log/decoy-auth-failure", "logs/portal-guardes-auth.log", LOG, """\
2026-09-12T18:22:10Z WARN auth: fallu d'autenticación usuariu=urriellu@refuxos-picos.example ip=88.12.40.7
2026-09-12T18:22:31Z WARN auth: fallu d'autenticación usuariu=urriellu@refuxos-picos.example ip=88.12.40.7
2026-09-12T18:22:58Z INFO auth: entrada correcta usuariu=urriellu@refuxos-picos.example metodo=google
2026-09-12T18:23:02Z INFO sesion: token emitíu jti=@@j@@ caduca=2026-09-13T06:23:02Z
2026-09-12T18:40:11Z INFO sesion: zarrada jti=@@j@@
""", j=uuid_s())

add("powershell/decoy-get-credential", "scripts/Sincronizar-Contabilidad-v2.ps1", PS, """\
# Versión nueva: la credencial guárdase col SecretManagement, non nel script
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'llagar-svc-conta' -Vault LlagarVault
Invoke-Command -ComputerName conta01.llagar-coop.local -Credential $cred -ScriptBlock {
    & "C:\\Conta\\importar.exe" --desde "D:\\Factures\\pendientes"
}
""")

add("rust/decoy-env-var", "llagar-sensores/src/config_env.rs", RUST, """\
use std::env;

/// Llee'l token d'InfluxDB del entornu (INFLUX_TOKEN); ensin valor por defeutu
pub fn influx_token() -> String {
    env::var("INFLUX_TOKEN").expect("falta INFLUX_TOKEN")
}

pub const INFLUX_BUCKET: &str = "toneles";
""")

add("kotlin/decoy-buildconfig", "app-refuxos/build.gradle.kts", KOTLIN, """\
android {
    namespace = "es.refuxos.app"
    defaultConfig {
        applicationId = "es.refuxos.app"
        versionCode = 42
        versionName = "3.1.0"
        // la clave de la API de meteo llega de local.properties / secretos de CI
        buildConfigField("String", "METEO_KEY", "\\"${project.findProperty("meteoKey") ?: ""}\\"")
    }
}
""")

add("swift/decoy-keychain", "AppRefuxos/Seguridad/Llavero.swift", SWIFT, """\
import Security

// El token de sesión del guarda guárdase nel llaveru, nunca en UserDefaults
enum Llavero {
    static let serviciu = "es.refuxos.app.sesion"

    static func guardar(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: serviciu,
                                kSecValueData as String: Data(token.utf8)]
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("sql/decoy-grant-no-password", "db/migraciones/0008_rol_iam.sql", SQL, """\
-- Rol autenticáu per IAM (ensin contraseña)
CREATE ROLE informes_iam LOGIN;
GRANT rds_iam TO informes_iam;
GRANT SELECT ON reserves, refuxos TO informes_iam;
-- la contraseña del rol vieyu informes_ocupacion queda desactivada:
ALTER ROLE informes_ocupacion PASSWORD NULL;
""")

add("xml/decoy-maven-env", "embotelladora/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html", """\
<settings>
  <servers>
    <server>
      <id>llagar-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("csv/decoy-booking-export", "exportes/reserves-2026-08-15.csv", CSV, """\
reserva,refuxu,fecha,cames,media_pension,pagu_id,estau
R-88410,urriellu,2026-08-15,2,si,pi_@@p1@@,pagada
R-88411,vega-ario,2026-08-15,4,non,pi_@@p2@@,pagada
R-88412,collado-jermoso,2026-08-15,1,si,pi_@@p3@@,cancelada
R-88413,jou-de-los-cabrones,2026-08-15,3,si,pi_@@p4@@,pagada
""", p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24), p4=rand_pw(24))

add("gitlab-ci/decoy-masked-variables", "refuxos-web/.gitlab-ci.yml", GLCI, """\
# Les variables $DEPLOY_TOKEN y $SSH_PRIVATE_KEY tán definíes (masked, protected) en Settings > CI/CD
deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s) && echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
  script:
    - ssh deploy@web01.refuxos-picos.example "cd /srv/web && ./actualizar.sh $CI_COMMIT_TAG"
  only: [tags]
""")

add("markdown/decoy-aws-docs-example", "docs/desendolcu/aws-cli.md", MD, """\
# Configurar l'AWS CLI

Exemplu de `~/.aws/credentials` (valores de la documentación d'AWS, nun valen):

```ini
[refuxos-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Les claves reales pídense a Marta y son personales; usa `aws sso login` si pues.
""")

add("js/decoy-process-env", "asistente-guardes/src/openai.js", JS, """\
import OpenAI from 'openai';

// OPENAI_API_KEY defínese nel entornu del contenedor
if (!process.env.OPENAI_API_KEY) {
  throw new Error('falta OPENAI_API_KEY');
}
export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const modelo = process.env.MODELO ?? 'gpt-4o-mini';
""")

add("ansible/decoy-vault-vars", "ansible/group_vars/llagar_nuevu.yml", ANSIBLE, """\
---
# Les contraseñes tán en vault.yml (cifráu); equí namás les referencies
llagar_ntp: hora.roa.es
plc_modbus_host: 10.20.0.15
grafana_admin_user: admin
grafana_admin_password: "{{ vault_grafana_admin_password }}"
mqtt_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=llagar/data/mqtt:password') }}"
""")

add("json/decoy-jwks", "reserves/web/public/.well-known/jwks.json", JSON, """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "refuxos-2026-07",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=rand_pw(342, "-_"))

add("shell/decoy-history-clean", "docs/soporte/historial-guarda-2.txt", SH, """\
  601  cd /srv/reserves
  602  sudo -u reserves ./bin/migrar --dry-run
  603  mysql --defaults-extra-file=/etc/reserves/mysql.cnf -e 'SELECT COUNT(*) FROM reserves'
  604  journalctl -u reserves -n 200
  605  systemctl restart reserves
  606  exit
""")

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """\
openapi: 3.1.0
info:
  title: API de reserves de refuxos
  version: 2.14.0
components:
  securitySchemes:
    claveApi:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Clave del collaborador, p. ex. `rfx_live_<32 caracteres>`"
security:
  - claveApi: []
paths: {}
""")

add("python/decoy-fake-fixture-data", "reserves/backend/tests/fixtures.py", PY, """\
\"\"\"Datos FALSOS pa les prebes (non son usuarios nin claves reales).\"\"\"
GUARDA_PREBA = {
    "email": "guarda.preba@example.org",
    "password": "contraseña-de-preba",
    "refuxu": "urriellu",
}
TOKEN_PREBA = "token-falsu-pa-prebes"
RESERVA_PREBA = {"id": "R-00001", "cames": 2, "fecha": "2030-01-01"}
""")

add("properties/decoy-spring-placeholders", "embotelladora/src/main/resources/application-prod-nuevu.properties", JAVA, """\
# Perfil de producción: valores del entornu (Vault agent escribe les variables)
spring.datasource.url=jdbc:postgresql://pg01.llagar-coop.internal:5432/embotellado
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
lotes.prefixu=SIDRA-NAVA
""")

add("go/decoy-redis-env", "reserves/cola/redis_env.go", GO, """\
package cola

import (
	"os"

	"github.com/redis/go-redis/v9"
)

// Versión nueva: la contraseña llega per REDIS_PASSWORD (secretu de Kubernetes)
func ClienteDesdeEntornu() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     os.Getenv("REDIS_ADDR"),
		Password: os.Getenv("REDIS_PASSWORD"),
		DB:       2,
	})
}
""")

add("markdown/decoy-readme-setup", "llagar/README.md", MD, """\
# Llagar: telemetría y panel

Sensores de temperatura y nivel de los 12 toneles de la cooperativa (Nava).

## Configuración

1. Copia `colector/config.dist.yaml` a `colector/config.yaml`.
2. Pon la contraseña de MQTT en `amqp.contrasena` (pídila a Xuan; **nun la xubas**).
3. `docker compose up -d`

El panel queda en <https://panel.llagar-coop.example> (entrada con cuenta de la cooperativa).
""")

add("yaml/decoy-alertmanager-file-ref", "llagar/alertes/alertmanager-nuevu.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """\
global:
  resolve_timeout: 5m
route:
  receiver: llagar-guardia
receivers:
  - name: llagar-guardia
    slack_configs:
      - api_url_file: /etc/alertmanager/secretos/slack-webhook
        channel: '#llagar-alertes'
""")

add("json/decoy-appsettings-dev", "Reserves.Api/appsettings.Development.json", CS, """\
{
  "ConnectionStrings": {
    "Reserves": "Server=(localdb)\\\\MSSQLLocalDB;Database=reserves_dev;Trusted_Connection=True;"
  },
  "Stripe": { "SecretKey": "" },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("php/decoy-wp-config-sample", "blog-llagar/wp-config-sample.php", PHP, """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("notes/decoy-rotation-note", "notes/rotacion-claves-2026.txt", MD, """\
Rotación de claves - ochobre 2026
---------------------------------
- Stripe: clave nueva creada, guardada en Key Vault (stripe-secret-2026-10). La vieya revocada.
- SendGrid: clave de notificaciones rotada; ahora ye "sendgrid-notificaciones" en Key Vault.
- Telegram: token del bot de niveles regeneráu con @BotFather; ta en 1Password (Llagar/Bots).
- Wifi Urriellu: camudada pel guarda, apuntada nel caderno del refuxu.
Próxima revisión: abril 2027.
""")

add("k8s/decoy-external-secret", "deploy/k8s/external-secret-pagos.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pagos
  namespace: refuxos
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-refuxos, kind: ClusterSecretStore}
  target: {name: pagos}
  data:
    - secretKey: stripe-secret
      remoteRef: {key: reserves/prod/stripe, property: secret_key}
""")

add("terraform/decoy-random-password", "infra/rds-nuevu.tf", TF, """\
resource "random_password" "reserves_admin" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "reserves_admin" {
  secret_id     = aws_secretsmanager_secret.reserves_admin.id
  secret_string = random_password.reserves_admin.result
}
""")

add("python/decoy-password-validation", "reserves/backend/reserves/validacion.py", PY, """\
import re

MENSAXES = {
    "password_curtia": "La contraseña tien que tener polo menos 12 caracteres.",
    "password_comun": "Esa contraseña ye demasiao común (p. ex. 'password123').",
}

def contrasena_valida(clave: str) -> bool:
    return len(clave) >= 12 and re.search(r"[0-9]", clave) is not None
""")

add("ini/decoy-pgpass-star", "scripts/pgpass-exemplu", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
# Exemplu: copia a ~/.pgpass y camuda <CONTRASEÑA> pola tuya
pg01.llagar-coop.internal:5432:embotellado:informes:<CONTRASEÑA>
pg01.llagar-coop.internal:5432:tienda:informes:<CONTRASEÑA>
""" + "# (permisos 600 o psql inórala)\n")

add("csv/decoy-socios", "exportes/socios-pumarades.csv", CSV, """\
socio,nome,pumarada,hectarees,variedaes,iban_mascara
S-0012,Xuan Fernández,La Riega,1.4,Regona;Raxao,ES** **** **** **** **** 4411
S-0031,Marta Suárez,El Collau,0.8,Blanquina,ES** **** **** **** **** 0927
S-0044,Pilar Menéndez,Los Teyeros,2.1,Xuanina;De la Riega,ES** **** **** **** **** 7730
S-0058,Alfredo García,La Vega,1.0,Raxao,ES** **** **** **** **** 1285
""")

add("yaml/decoy-compose-secrets", "tienda/docker-compose.prod.yml", COMPOSE, """\
services:
  tienda:
    image: registry.llagar-coop.example/tienda:5.2.0
    secrets: [db_password, stripe_secret]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      STRIPE_SECRET_FILE: /run/secrets/stripe_secret
secrets:
  db_password: {external: true}
  stripe_secret: {external: true}
""")

add("shell/decoy-vault-cli", "scripts/obtener-claves.sh", SH, """\
#!/usr/bin/env bash
# Carga les claves de producción dende Vault pa la sesión actual
set -euo pipefail
vault login -method=oidc role=refuxos-ops >/dev/null
export DATABASE_PASSWORD="$(vault kv get -field=password secret/reserves/prod/db)"
export STRIPE_SECRET_KEY="$(vault kv get -field=secret_key secret/reserves/prod/stripe)"
echo "claves cargaes (caduquen en 1h)"
""")

add("markdown/decoy-webhook-template", "docs/integraciones/slack.md", MD, """\
# Avisos en Slack

Cada canal tien el so webhook. La URL tien esta forma (exemplu de la documentación de Slack):

`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`

Los webhooks reales tán en Vault (`secret/llagar/slack/<canal>`).
""")

add("rst/decoy-api-client-docs", "docs/api/cliente-python.rst", RST, """\
Cliente de Python
=================

.. code-block:: python

   from refuxos import Cliente

   cliente = Cliente(api_key=os.environ["REFUXOS_API_KEY"])
   cames = cliente.cames("vega-ario", fecha="2026-08-15")

La clave créase nel portal de collaboradores.
""")

add("log/decoy-ci-masked", "logs/ci-desplegar-5521.log", LOG, """\
2026-07-01T10:02:11Z Run aws s3 sync dist/ s3://refuxos-picos-web --delete
2026-07-01T10:02:11Z   AWS_ACCESS_KEY_ID: ***
2026-07-01T10:02:11Z   AWS_SECRET_ACCESS_KEY: ***
2026-07-01T10:02:14Z upload: dist/index.html to s3://refuxos-picos-web/index.html
2026-07-01T10:02:15Z upload: dist/assets/app-4f1c2a.js to s3://refuxos-picos-web/assets/app-4f1c2a.js
2026-07-01T10:02:15Z Job succeeded
""")

add("typescript/decoy-type-definitions", "reserves/web/src/tipos/config.ts", "https://www.typescriptlang.org/docs/", """\
// Tipos de la configuración que llega del backend (ensin secretos nel cliente)
export interface ConfigPagos {
  comerciu: string;
  terminal: string;
  clavePublica: string; // clave pública de la pasarela, non la de firma
}

export interface Config {
  api: string;
  pagos: ConfigPagos;
}
""")

add("dockerfile/decoy-healthcheck", "reserves/backend/Dockerfile", DOCKER, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=reserves.settings.prod
# SECRET_KEY y DATABASE_URL pásense en tiempu d'execución
HEALTHCHECK CMD curl -f http://localhost:8000/salud || exit 1
CMD ["gunicorn", "reserves.wsgi", "-b", "0.0.0.0:8000"]
""")

add("xml/decoy-plc-config-template", "embotelladora/src/main/resources/plc-config.template.xml", XML, """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Plantía: el instalador enllena usuariu y contrasena -->
<plc>
  <host>10.20.0.31</host>
  <puertu>102</puertu>
  <usuariu>${PLC_USUARIU}</usuariu>
  <contrasena>${PLC_CONTRASENA}</contrasena>
</plc>
""")

add("json/decoy-tasks-env", "tienda/.vscode/launch.json", JSON, """\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Tienda (llocal)",
      "type": "php",
      "request": "launch",
      "port": 9003,
      "envFile": "${workspaceFolder}/.env"
    }
  ]
}
""")

add("helm/decoy-values-template", "charts/notificaciones/templates/secret.yaml", HELM, """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "notificaciones.fullname" . }}
type: Opaque
data:
  sendgrid-api-key: {{ required "correo.apiKey ye obligatoria" .Values.correo.apiKey | b64enc | quote }}
""")

add("markdown/decoy-jwt-example", "docs/api/sesiones.md", MD, """\
# Sesiones de los guardes

El token de sesión ye un JWT firmáu con RS256 (clave pública en `/.well-known/jwks.json`).
Exemplu de la cabecera y el cuerpu decodificaos (ensin firma):

```json
{"alg": "RS256", "kid": "refuxos-2026-07"}
{"sub": "guarda:urriellu", "exp": 1790000000, "refuxu": "urriellu"}
```
""")

add("text/decoy-pgp-message", "docs/soporte/clave-nas-cifrada.asc", "https://www.rfc-editor.org/rfc/rfc4880", """\
Contraseña del NAS, cifrada pa Xuan y Marta (gpg -d pa lleela):

-----BEGIN PGP MESSAGE-----

@@l1@@
@@l2@@
@@l3@@
=@@crc@@
-----END PGP MESSAGE-----
""", l1=rand_pw(64, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(40, "+/"), crc=rand_pw(4))

add("yaml/decoy-arns", "infra/iam/politica-semeyes.yml", YAML, """\
# Política del rol de les semeyes (ARNs, non credenciales)
rol: arn:aws:iam::481122903314:role/semeyes-refuxos
bucket: arn:aws:s3:::refuxos-picos-semeyes
permisos:
  - s3:GetObject
  - s3:PutObject
kms_key: arn:aws:kms:eu-south-2:481122903314:key/@@k@@
""", k=uuid_s())

add("env/decoy-ids-only", "avisos-sms/.env.example", DOTENV, """\
# SMS: identificadores públicos; el token va en TWILIO_AUTH_TOKEN (pídilu)
TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000
TWILIO_AUTH_TOKEN=
TWILIO_FROM=+34985000111
IDIOMA_PREDETERMINAU=ast
""")

add("markdown/decoy-signing-fingerprint", "app-refuxos/docs/firma-app.md", MD, """\
# Firma de l'app Android

Huella SHA-256 del certificáu de firma (pa Google Sign-In y App Links):

`@@fp@@`

El keystore y les sos contraseñes tán namás en 1Password (`Refuxos/Android keystore`).
""", fp=":".join(hexs(2).upper() for _ in range(32)))

add("python/decoy-cipher-token", "reserves/backend/reserves/cifrar.py", PY, """\
\"\"\"Cifráu de los teléfonos de los güéspedes con Fernet (clave en KMS).\"\"\"
from cryptography.fernet import Fernet
from reserves.kms import clave_datos

def cifrar(telefonu: str) -> bytes:
    return Fernet(clave_datos()).encrypt(telefonu.encode())

# exemplu de valor cifráu guardáu na base de datos (non ye la clave):
# gAAAAAB@@ct@@
""", ct=rand_pw(96, "-_"))

add("sql/decoy-schema", "db/migraciones/0001_inicial.sql", SQL, """\
CREATE TABLE guardes (
    id SERIAL PRIMARY KEY,
    email TEXT UNIQUE NOT NULL,
    refuxu TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    api_token_hash CHAR(64),
    creau TIMESTAMPTZ DEFAULT now()
);
""")

add("ruby/decoy-env-fetch", "tienda-rails/config/database_nuevu.yml", RUBY, """\
production:
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>
  host: <%= ENV.fetch("DB_HOST") %>
  database: tienda_production
  username: <%= ENV.fetch("DB_USER") %>
  password: <%= ENV.fetch("DB_PASSWORD") %>
""")

add("js/decoy-recaptcha-site-key", "tienda/web/src/captcha.js", JS, """\
// Clave de sitiu de reCAPTCHA (pública; la secreta ta nel servidor)
const CLAVE_SITIU = '6Lc@@k@@';

export function pintarCaptcha(elementu) {
  grecaptcha.render(elementu, { sitekey: CLAVE_SITIU, hl: 'es' });
}
""", k=rand_pw(37, "_-"))

add("html/decoy-docs-page", "docs/site/refuxos/api.html", HTML, """\
<!DOCTYPE html>
<html lang="ast">
<head><meta charset="utf-8"><title>API de reserves</title></head>
<body>
<h1>API de reserves</h1>
<p>Manda la to clave na cabecera <code>X-Api-Key: &lt;la-to-clave&gt;</code>.</p>
<p>Les claves créense nel <a href="https://collaboradores.refuxos-picos.example">portal</a>.</p>
</body>
</html>
""")

add("ansible/decoy-no-log", "ansible/roles/reserves/tasks/usuariu.yml", ANSIBLE, """\
---
- name: Crear usuariu de la base de datos (contraseña del vault)
  community.mysql.mysql_user:
    name: reserves_app
    password: "{{ vault_reserves_db_password }}"
    priv: "reserves.*:ALL"
    state: present
  no_log: true
""")

add("powershell/decoy-read-host", "scripts/Nuevu-Guarda.ps1", PS, """\
# Crea la cuenta d'un guarda nel dominiu de la oficina
param([Parameter(Mandatory)] [string] $Nome)
$clave = Read-Host -AsSecureString "Contraseña inicial pa $Nome"
New-ADUser -Name $Nome -AccountPassword $clave -Enabled $true -ChangePasswordAtLogon $true `
    -Path "OU=Guardes,DC=refuxos,DC=local"
Write-Host "Cuenta creada; camudará la contraseña na primer entrada."
""")

add("toml/decoy-cargo-registry-env", "llagar-sensores/.cargo/config.ci.toml", TOML, """\
# En CI el token llega per CARGO_REGISTRIES_LLAGAR_TOKEN (secretu del pipeline)
[registries.llagar]
index = "sparse+https://crates.llagar-coop.example/index/"

[build]
target = "armv7-unknown-linux-gnueabihf"
""")

