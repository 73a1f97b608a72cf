"""Blind set NB: an Aragonese-language saffron co-operative in the Jiloca valley (Cooperativa
d'o Safrán d'o Chiloca: web shop, ERP, weighing stations, export paperwork) and a Pyrenees
mountain bus company (Autobuses d'o Pireneu: ticketing, GPS fleet tracking, timetables).

Comments and notes partly in Aragonese. Generated fakes only (seeds 7820000-7829999).
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
SEED_LO, SEED_HI = 7820000, 7829999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Safran", "Chiloca", "Moncayo", "Ordesa", "Tramuntana", "Borrasca", "Cierzo", "Canfranc",
         "Aneto", "Monegros", "Almudevar", "Calamocha", "Monreal", "Perdiguero", "Bielsa", "Jaca"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_-") for _ in range(34))


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_secretish() -> str:
    return rand_pw(48)


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    return ("https://cooperativasafran.webhook.office.com/webhookb2/" + fakes.uuid4(_seed()) + "@"
            + fakes.uuid4(_seed()) + "/IncomingWebhook/" + hexs(32) + "/" + fakes.uuid4(_seed()))


def hexish_id(n: int = 24) -> str:
    return hexs(n)


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-nb/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- saffron co-operative: secrets

PW = words_pw()
add("env/database", "tienda/.env", "https://github.com/motdotla/dotenv#usage", """\
# Tienda web d'a Cooperativa d'o Safrán d'o Chiloca
APP_ENV=production
APP_URL=https://tienda.safrandelchiloca.es
DB_HOST=10.20.0.14
DB_NAME=tienda_safran
DB_USER=tienda
DB_PASSWORD=@@secret@@
MAIL_FROM=pedidos@safrandelchiloca.es
""", PW)

add("python/stripe", "tienda/pagos/cobro.py", "https://docs.stripe.com/api/authentication", """\
\"\"\"Cobros d'a tienda: safrán en brin, 1 g, 2 g, 5 g.\"\"\"
import stripe

# clau d'a cuenta d'a cooperativa (no tocar sin charrar con Pilar)
stripe.api_key = "@@secret@@"


def cobrar(pedido):
    return stripe.PaymentIntent.create(amount=pedido.total_centimos, currency="eur",
                                       metadata={"pedido": pedido.id})
""", stripe())

add("js/sendgrid", "tienda/src/correo.js", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """\
// Ninvía os correus de confirmación de pedidos
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@secret@@');

module.exports = async function confirmar(pedido) {
  await sgMail.send({
    to: pedido.email,
    from: 'pedidos@safrandelchiloca.es',
    subject: `Pedido ${pedido.id}: o tuyo safrán ya ye en camín`,
  });
};
""", sendgrid())

PW = rand_pw(22)
add("yaml/database", "erp/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
# ERP d'a cooperativa: socios, entregas de flor, liquidacions
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: erp-db.safran.local
  database: erp_safran
  username: erp_app
  password: @@secret@@
""", PW)

PW = words_pw()
add("php/database", "tienda/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Configuración d'a tienda WooCommerce d'o safrán */
define( 'DB_NAME', 'wp_safran' );
define( 'DB_USER', 'wp_safran' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'sf_';
define( 'WP_DEBUG', false );
""", PW)

KEY = fakes.fake("ck_", 40, _seed())
add("python/woocommerce", "integracion/woo_sync.py", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """\
# Sincroniza o stock d'o ERP con a tienda WooCommerce
from woocommerce import API

wcapi = API(
    url="https://tienda.safrandelchiloca.es",
    consumer_key="ck_5f0c2e1b9a7d4e3f8c6b2a1d0e9f8a7b6c5d4e3f",
    consumer_secret="@@secret@@",
    version="wc/v3",
)

def subir_stock(sku, cantidad):
    return wcapi.put(f"products/{sku}", {"stock_quantity": cantidad})
""", "cs_" + hexs(40))

add("shell/postgres-url", "scripts/backup_erp.sh", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """\
#!/bin/bash
# Copia de seguranza nocturna de l'ERP (cron 02:30)
set -euo pipefail
FECHA=$(date +%Y%m%d)
pg_dump "postgresql://backup:@@secret@@@erp-db.safran.local:5432/erp_safran" \\
  | gzip > /srv/backups/erp_${FECHA}.sql.gz
find /srv/backups -name 'erp_*.sql.gz' -mtime +30 -delete
""", rand_pw(18))

PW = rand_pw(24)
add("k8s-secret/database", "k8s/erp/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: safran-erp
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@enc@@
""", PW, user=b64("erp_app"), enc=b64(PW))

add("go/aws", "bascula/cmd/subir/main.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """\
package main

// Puya as pesadas d'a báscula de Monreal t'o bucket S3
import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var provider = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/google-maps", "tienda/config/mapas.json", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
{
  "mapa_socios": {
    "centro": [40.92, -1.30],
    "zoom": 10,
    "serverKey": "@@secret@@",
    "comentario": "clau de servidor, restrinchida a IP d'a oficina"
  }
}
""", google_key())

add("ini/smtp", "erp/conf/correu.ini", "https://docs.python.org/3/library/configparser.html", """\
; Correu saliente de l'ERP (liquidacions a socios)
[smtp]
host = smtp.safrandelchiloca.es
port = 587
user = liquidacions@safrandelchiloca.es
password = @@secret@@
tls = yes
""", words_pw())

add("markdown/ftp", "docs/exportacion.md", "https://www.markdownguide.org/basic-syntax/", """\
# Exportación a Francia: ficheros t'o distribuidor

Cada semana se puyan os albarans a o FTP d'o distribuidor de Perpinyà.

| Campo    | Valor                      |
|----------|----------------------------|
| Servidor | ftp.epices-roussillon.fr   |
| Usuario  | safran_chiloca             |
| Clau     | `@@secret@@`               |

Os ficheros van en CSV, separador `;`.
""", words_pw())

add("python/slack-webhook", "bascula/avisos.py", "https://api.slack.com/messaging/webhooks", """\
import requests

# Canal #bascula: avisos quan una pesada sale d'o rango
WEBHOOK = "@@secret@@"


def avisar(socio, gramos):
    texto = f"Pesada rara d'o socio {socio}: {gramos} g de brin"
    requests.post(WEBHOOK, json={"text": texto}, timeout=10)
""", slack_webhook())

add("dockerfile/npm", "tienda/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
FROM node:20-alpine
WORKDIR /app
# paquetz privaus d'a cooperativa (@safran/ui)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
CMD ["node", "server.js"]
""", npm())

add("terraform/database", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
# Base de datos de l'ERP en AWS (eu-south-2, Zaragoza)
resource "aws_db_instance" "erp" {
  identifier        = "erp-safran"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "erp_admin"
  password          = "@@secret@@"
  skip_final_snapshot = false
}
""", rand_pw(20))

add("csharp/connection-string", "bascula/Bascula.Service/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Pesadas": "Server=sql-bascula;Database=Pesadas;User Id=bascula;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Bascula": { "Puerto": "COM3", "Baudios": 9600 }
}
""", words_pw())

add("ruby/mailgun", "newsletter/lib/envio.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """\
# Boletín d'a collita: se ninvía en noviembre
require 'mailgun-ruby'

mg = Mailgun::Client.new('@@secret@@', 'api.eu.mailgun.net')
mg.send_message('mg.safrandelchiloca.es', {
  from: 'boletin@safrandelchiloca.es',
  to: 'socios@safrandelchiloca.es',
  subject: 'Collita 2026: as primeras flors'
})
""", mailgun())

add("java/database", "trazabilidad/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# Trazabilidá d'os lotes (DOP Azafrán de Teruel)
spring.datasource.url=jdbc:mariadb://traza-db:3306/lotes
spring.datasource.username=traza
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", rand_pw(16))

add("notebook/openai", "analisis/etiquetas.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Traducir as fichas de producto (aragonés, castellano, francés)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "fichas = pd.read_csv('fichas.csv', sep=';')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("yaml/github-actions", ".github/workflows/desplegar.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """\
name: Desplegar tienda
on:
  push:
    branches: [main]
jobs:
  desplegar:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Puyar a o servidor
        env:
          DEPLOY_TOKEN: @@secret@@
        run: ./scripts/desplegar.sh
""", fakes.github_token(_seed()))

add("powershell/sql", "bascula/scripts/Exportar-Pesadas.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Exporta as pesadas d'o día a CSV t'a oficina
$fecha = Get-Date -Format 'yyyy-MM-dd'
Invoke-Sqlcmd -ServerInstance 'sql-bascula' -Database 'Pesadas' `
  -Username 'informes' -Password '@@secret@@' `
  -Query "SELECT * FROM Pesadas WHERE Fecha = '$fecha'" |
  Export-Csv -Path "\\\\oficina\\pesadas\\$fecha.csv" -NoTypeInformation -Delimiter ';'
""", words_pw())

add("rust/api-token", "etiquetadora/src/config.rs", "https://doc.rust-lang.org/book/ch03-01-variables-and-constants.html", """\
//! Etiquetadora d'os botes de safrán: imprime o QR de trazabilidá

pub const API_BASE: &str = "https://traza.safrandelchiloca.es/api";
// token d'o servicio de trazabilidá (cuenta etiquetadora)
pub const API_TOKEN: &str = "@@secret@@";
pub const IMPRESORA: &str = "/dev/usb/lp0";
""", "trz_" + rand_pw(40))

SSH = fakes.fake_pem(_seed(), "OPENSSH")
add("ansible/ssh-key", "ansible/group_vars/bascula.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
---
# Equipos d'as básculas (Monreal, Calamocha, Caminreal)
bascula_usuario: pesador
bascula_puerto: /dev/ttyUSB0
deploy_ssh_key: |
  @@indented@@
""", SSH, indented=SSH.replace("\n", "\n  "))

add("log/database", "logs/erp-2026-10-28.log", "https://docs.python.org/3/library/logging.html", """\
2026-10-28 06:58:01 INFO  erp.app arrancando (version 3.4.1)
2026-10-28 06:58:02 DEBUG erp.db conectando postgresql://erp_app:@@secret@@@erp-db.safran.local/erp_safran
2026-10-28 06:58:02 INFO  erp.db conexión feita
2026-10-28 07:15:44 INFO  erp.entregas socio 118 entrega 412 g de flor
2026-10-28 07:16:10 INFO  erp.entregas socio 204 entrega 388 g de flor
""", rand_pw(20))

add("compose/mysql", "tienda/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
services:
  wordpress:
    image: wordpress:6.6
    ports: ["8080:80"]
    depends_on: [db]
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: wp_safran
      MARIADB_USER: wp_safran
      MARIADB_ROOT_PASSWORD: @@secret@@
    volumes: [dbdatos:/var/lib/mysql]
volumes:
  dbdatos:
""", words_pw())

add("kotlin/api-key", "app-socios/app/src/main/java/es/safran/socios/Api.kt", "https://kotlinlang.org/docs/properties.html", """\
package es.safran.socios

// App d'os socios: consultar entregas y liquidacions
object Api {
    const val BASE = "https://erp.safrandelchiloca.es/api/v2"
    const val CLIENT_ID = "app-socios"
    const val CLIENT_SECRET = "@@secret@@"
}
""", rand_pw(32))

add("shell-history/mysql", "docs/sesions/bash_history_oficina.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /var/www/tienda
git pull
sudo systemctl restart php8.2-fpm
mysql -u wp_safran -p'@@secret@@' wp_safran -e 'SELECT COUNT(*) FROM sf_posts'
tail -n 50 /var/log/nginx/error.log
exit
""", words_pw())

add("xml/soap", "aduanas/config/aduana.xml", "https://www.w3.org/TR/xml/", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Declaracions d'exportación (DUA) t'a Suiza y Noruega -->
<configuracion>
  <servicio url="https://www1.agenciatributaria.gob.es/wlpl/ADHT-JDIT/ws/aduanas" />
  <presentador nif="F44123456" />
  <certificado ruta="certs/cooperativa.p12" clau="@@secret@@" />
  <reintentos>3</reintentos>
</configuracion>
""", words_pw())

add("toml/api-key", "bascula/config.toml", "https://toml.io/en/v1.0.0", """\
# Estación de pesada de Calamocha
[estacion]
nombre = "Calamocha"
puerto = "/dev/ttyUSB0"

[erp]
url = "https://erp.safrandelchiloca.es/api/v2/pesadas"
api_key = "@@secret@@"
""", "erp_live_" + rand_pw(32))

add("swift/api-key", "app-tienda-ios/Tienda/Config.swift", "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/thebasics/", """\
import Foundation

// App iOS d'a tienda: catalogo y pagos
enum Config {
    static let tiendaURL = URL(string: "https://tienda.safrandelchiloca.es")!
    static let stripePublishable = "pk_live_51Qx\u2026"
    static let backendSecret = "@@secret@@"
}
""", rand_pw(40))

add("rst/database", "docs/manual/servidor.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Servidor de l'ERP
=================

O servidor ye en l'oficina de Monreal d'o Campo. Ta dentrar en a base de datos:

.. code-block:: console

   $ psql -h erp-db.safran.local -U erp_admin erp_safran
   Password for user erp_admin: @@secret@@

No cambiez a clau sin avisar a Chusé.
""", words_pw())

add("html/basic-auth", "docs/intranet/index.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication", """\
<!DOCTYPE html>
<html lang="an">
<head><meta charset="utf-8"><title>Intranet d'a cooperativa</title></head>
<body>
  <h1>Intranet</h1>
  <p>Cámaras d'o secadero:
    <a href="https://camaras:@@secret@@@secadero.safran.local/live">veyer en directo</a></p>
</body>
</html>
""", rand_pw(14))

add("python/twilio", "erp/sms/aviso_entregas.py", "https://www.twilio.com/docs/iam/credentials/api", """\
# SMS a os socios: "mañana se replegan as flors en a nave"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def avisar(telefono, texto):
    client.messages.create(to=telefono, from_="+34978000111", body=texto)
""", hexs(32), sid=twilio_sid())

add("sql/user-password", "erp/sql/002_usuarios.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Usuarios d'a base de datos de l'ERP
CREATE ROLE erp_app LOGIN;
CREATE ROLE informes LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE erp_safran TO informes;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO informes;
""", words_pw())

add("js/telegram", "bot-collita/index.js", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
// Bot de Telegram t'os socios: "¿quántas flors has replegau hue?"
const TelegramBot = require('node-telegram-bot-api');
const bot = new TelegramBot('@@secret@@', { polling: true });

bot.onText(/\\/entrega (\\d+)/, (msg, match) => {
  bot.sendMessage(msg.chat.id, `Apuntadas ${match[1]} flors. ¡Grazias!`);
});
""", fakes.telegram_token(_seed()))

add("env/mailchimp", "newsletter/.env.production", "https://mailchimp.com/developer/marketing/guides/quick-start/", """\
# Boletín t'os clients d'a tienda
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_LIST_ID=4b1e9d0c2a
MAILCHIMP_SERVER=us21
REMITENTE="Cooperativa d'o Safrán"
""", hexs(32) + "-us21")

# ---------------------------------------------------------------- mountain bus company: secrets

add("env/redis", "billetaje/.env", "https://github.com/motdotla/dotenv#usage", """\
# Billetaje d'Autobuses d'o Pireneu (Chaca - Canfranc - Sallent - Bielsa)
NODE_ENV=production
PORT=3000
REDIS_URL=redis://:@@secret@@@redis-billetes:6379/0
TPV_COMERCIO=349812776
LOG_LEVEL=info
""", fakes.redis_password(_seed()))

add("python/django", "horarios/horarios/settings_prod.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", """\
# Web d'horarios: Chaca, Uesca, Canfranc, Biescas, Panticosa
from .settings_base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["horarios.autobusespireneu.es"]
SECRET_KEY = "@@secret@@"
TIME_ZONE = "Europe/Madrid"
LANGUAGE_CODE = "an"
""", fakes.django_secret_key(_seed()))

add("yaml/mqtt", "flota/gps-gateway/config.yaml", "https://mosquitto.org/documentation/authentication-methods/", """\
# Pasarela GPS d'os autobuses: as posicions plegan por MQTT
mqtt:
  broker: tls://mqtt.autobusespireneu.es:8883
  client_id: gps-gateway-01
  username: pasarela
  password: "@@secret@@"
  topic: flota/+/posicion
postgis:
  dsn_env: POSTGIS_DSN
""", rand_pw(24))

SK = stripe()
add("k8s-secret/stripe", "k8s/billetaje/secret-pagos.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: pagos
  namespace: billetaje
  labels:
    app: billetaje
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
""", SK, enc=b64(SK))

add("helm/database", "helm/horarios/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# Valors de producción d'a web d'horarios
replicaCount: 2
image:
  repository: registry.autobusespireneu.es/horarios
  tag: "2.8.0"
postgresql:
  auth:
    username: horarios
    password: @@secret@@
    database: horarios
ingress:
  host: horarios.autobusespireneu.es
""", rand_pw(20))

add("typescript/jwt", "billetaje/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """\
import jwt from 'jsonwebtoken';

// Firma d'os billetes electronicos (QR en o mobil)
const FIRMA = '@@secret@@';

export function firmarBillete(id: string, linea: string): string {
  return jwt.sign({ id, linea }, FIRMA, { expiresIn: '2d' });
}
""", jwt_secretish())

add("go/postgres", "flota/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """\
package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Posicions d'os autobuses (PostGIS)
const dsn = "postgres://flota:@@secret@@@postgis.flota.local:5432/flota?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("markdown/wifi-admin", "wiki/Autobuses/Router-a-bordo.md", "https://www.markdownguide.org/basic-syntax/", """\
# Router a bordo (wifi t'os viachers)

Modelo: Teltonika RUT241. Cada bus tiene o suyo.

- Adreza d'administración: `https://192.168.1.1`
- Usuario: `admin`
- Clau de l'administrador (toda la flota): `@@secret@@`

Si o router no arranca, desconectar a batería auxiliar 10 segundos.
""", words_pw())

add("java/api-key", "taquilla/src/main/java/es/pireneu/taquilla/TpvClient.java", "https://docs.oracle.com/javase/tutorial/java/javaOO/classvars.html", """\
package es.pireneu.taquilla;

/** Client d'o TPV virtual d'a taquilla de Chaca. */
public final class TpvClient {
    private static final String MERCHANT = "349812776";
    private static final String CLAU_FIRMA = "@@secret@@";

    public String firmar(String pedido) {
        return Hmac.sha256(CLAU_FIRMA, pedido);
    }
}
""", b64(rand_pw(24)))

add("yaml/gitlab-ci", "billetaje/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [test, desplegar]

variables:
  DOCKER_DRIVER: overlay2
  REGISTRY_TOKEN: "@@secret@@"

desplegar:
  stage: desplegar
  script:
    - docker login -u deploy -p "$REGISTRY_TOKEN" registry.gitlab.com
    - docker push registry.gitlab.com/autobuses-pireneu/billetaje:$CI_COMMIT_SHA
""", gitlab())

add("shell/curl-bearer", "scripts/publicar_gtfs.sh", "https://curl.se/docs/manpage.html#-H", """\
#!/bin/sh
# Publica o GTFS nuevo t'o Punto d'Acceso Nacional
set -e
zip -j gtfs.zip gtfs/*.txt
curl -sf -X POST https://nap.mitma.es/api/v1/ficheros \\
  -H "Authorization: Bearer @@secret@@" \\
  -F "fichero=@gtfs.zip" -F "operador=pireneu"
echo "GTFS publicau"
""", rand_pw(40))

add("csharp/api-key", "taquilla-win/Taquilla/Servicios/Impresora.cs", "https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/keywords/const", """\
namespace Taquilla.Servicios
{
    // Impresora de billetes d'a taquilla de Sabiñánigo
    public static class ImpresoraNube
    {
        public const string Url = "https://api.printnode.com/printjobs";
        public const string ApiKey = "@@secret@@";
    }
}
""", rand_pw(43))

add("ini/odbc", "taquilla-win/odbc.ini", "https://learn.microsoft.com/en-us/sql/odbc/reference/odbc-programmer-s-reference", """\
[Taquilla]
Driver=ODBC Driver 18 for SQL Server
Server=sql-taquilla.pireneu.local
Database=Billetes
UID=taquilla
PWD=@@secret@@
Encrypt=yes
""", words_pw())

add("python/discord", "flota/alertas/retrasos.py", "https://discord.com/developers/docs/resources/webhook", """\
\"\"\"Avisa en Discord quan un bus leva mas de 10 minutos de retraso.\"\"\"
import httpx

DISCORD = "@@secret@@"

async def avisar(linea, minutos):
    async with httpx.AsyncClient() as c:
        await c.post(DISCORD, json={"content": f"Linia {linea}: {minutos} min de retraso"})
""", discord_webhook())

add("terraform/azure", "infra/azure/main.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs", """\
provider "azurerm" {
  features {}
  subscription_id = "7d1f2c90-3b4e-4a51-9c6d-2f8e0a1b3c4d"
  tenant_id       = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"
  client_id       = "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170"
  client_secret   = "@@secret@@"
}
""", azure_secret())

add("php/smtp", "reservas/config/mail.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """\
<?php
// Reservas de grupos (excursions escolars t'Ordesa)
$mail = new PHPMailer\\PHPMailer\\PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.autobusespireneu.es';
$mail->SMTPAuth = true;
$mail->Username = 'reservas@autobusespireneu.es';
$mail->Password = '@@secret@@';
$mail->Port = 465;
""", words_pw())

add("ruby/sentry", "reservas-api/config/initializers/sentry.rb", "https://docs.sentry.io/platforms/ruby/guides/rails/", """\
# Errors d'a API de reservas
Sentry.init do |config|
  config.dsn = 'https://@@secret@@@o4508123.ingest.de.sentry.io/4508123456'
  config.traces_sample_rate = 0.1
  config.environment = 'produccion'
end
""", hexs(32))

add("yaml/docker-registry", "flota/k8s/pull-secret-values.yaml", "https://docs.docker.com/reference/cli/docker/login/", """\
# Credencials ta baixar imáchens d'o rechistro d'a flota
registry:
  server: registry.autobusespireneu.es
  username: k8s-pull
  password: "@@secret@@"
  email: sistemas@autobusespireneu.es
""", rand_pw(26))

add("powershell/azure", "scripts/Sincronizar-Conductors.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """\
# Sincroniza a lista de conductors con Entra ID
$tenant = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d'
$appId  = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170'
$clau   = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $clau)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant
Get-AzADUser -Filter "department eq 'Conducción'" | Export-Csv conductors.csv
""", azure_secret())

add("text/runbook", "docs/runbooks/caida-billetaje.txt", "https://sre.google/sre-book/being-on-call/", """\
RUNBOOK - Caída d'o billetaje (temporada d'esquí)
================================================
1. Comprebar que redis-billetes responde:
   redis-cli -h redis-billetes -a @@secret@@ ping
2. Si no, reiniciar o pod: kubectl -n billetaje rollout restart deploy/redis
3. Avisar a o conductor de guardia por a radio (canal 4).
4. Vender billetes en papel dica que torne o sistema.
""", fakes.redis_password(_seed()))

PEM = fakes.fake_pem(_seed(), "")
PEM = PEM.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account", "app-viachers/android/app/google-services-admin.json", "https://firebase.google.com/docs/admin/setup", """\
{
  "type": "service_account",
  "project_id": "autobuses-pireneu",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@\\n",
  "client_email": "firebase-adminsdk@autobuses-pireneu.iam.gserviceaccount.com",
  "client_id": "104857392018475629301"
}
""", PEM.split("\n")[1], kid=hexs(40), escaped=PEM.replace("\n", "\\n"))

add("kotlin/mqtt", "app-conductor/app/src/main/java/es/pireneu/conductor/Mqtt.kt", "https://eclipse.dev/paho/", """\
package es.pireneu.conductor

// A tableta d'o conductor ninvía a posición cada 15 s
val opcions = MqttConnectOptions().apply {
    userName = "tableta"
    password = "@@secret@@".toCharArray()
    isAutomaticReconnect = true
}
""", rand_pw(20))

add("csv/credentials", "docs/inventario/tabletas.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
bus;matricula;tableta;imei;android;clau_mdm
B07;1234-KLM;Samsung A9;356789104512377;14;
B11;5678-LMN;Samsung A9;356789104598812;14;
B14;9012-MNP;Samsung A9;356789104633021;14;@@secret@@
B19;3456-NPR;Lenovo M10;356789104700954;13;
""", rand_pw(16))

add("dockerfile/pip-index", "flota/gps-gateway/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """\
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# paquetz propios (pireneu-gtfs) en o rechistro privau
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://pypi:@@secret@@@pypi.autobusespireneu.es/simple/
COPY . .
CMD ["python", "-m", "pasarela"]
""", rand_pw(22))

add("ansible/vault-less", "ansible/host_vars/taquilla-jaca.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
---
# Taquilla d'a estación de Chaca
ansible_host: 10.40.1.20
ansible_user: Administrador
ansible_password: @@secret@@
ansible_connection: winrm
ansible_winrm_transport: ntlm
""", words_pw())

add("swift/api-key", "app-viachers-ios/Viachers/Secrets.swift", "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/thebasics/", """\
// Viachers iOS: comprar billetes t'as linias de montaña
import Foundation

struct Secrets {
    static let mapboxSecret = "@@secret@@"
    static let linias = ["Chaca-Canfranc", "Sabiñánigo-Biescas", "Aínsa-Bielsa"]
}
""", "sk." + rand_pw(60) + "." + rand_pw(22))

add("sql/dblink", "flota/sql/informes_ocupacion.sql", "https://www.postgresql.org/docs/current/dblink.html", """\
-- Ocupación por linia y día (t'o consorcio de transportes)
SELECT l.linia, o.fecha, o.viachers
FROM dblink('host=sql-taquilla.pireneu.local dbname=billetes user=informes password=@@secret@@',
            'SELECT linia, fecha, viachers FROM ocupacion')
     AS o(linia text, fecha date, viachers int)
JOIN linias l USING (linia)
ORDER BY o.fecha DESC;
""", words_pw())

add("markdown/slack-bot", "wiki/Sistemas/Bot-guardias.md", "https://api.slack.com/authentication/token-types#bot", """\
# Bot de guardias

O bot publica en #guardias qui ye de guardia cada semana.

```bash
export SLACK_BOT_TOKEN=@@secret@@
python guardias.py --canal guardias
```

Si cambiaz o token, actualizar tamién o cron d'o servidor de sistemas.
""", slack_bot())

add("xml/maven-settings", "taquilla/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>nexus-pireneu</id>
      <username>ci-taquilla</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("env/sendgrid", "reservas-api/.env.local", "https://github.com/bkeepers/dotenv", """\
RAILS_ENV=production
DATABASE_URL_ENV=set_by_platform
# confirmacions de reserva de grupos
SENDGRID_API_KEY=@@secret@@
RESERVAS_FROM=reservas@autobusespireneu.es
""", sendgrid())

add("js/basic-auth-header", "panel/src/api/cliente.js", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", """\
// Panel de control d'a flota: pide as posicions a la API d'o proveedor GPS
export async function posicions() {
  const res = await fetch('https://api.gpsflota.example/v1/vehiculos', {
    headers: { Authorization: 'Basic @@secret@@' },
  });
  return res.json();
}
""", b64("pireneu:" + rand_pw(18)))

add("notebook/database", "analisis/ocupacion_invierno.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analisis:@@secret@@@postgis.flota.local/flota')\\n",
    "df = pd.read_sql('SELECT * FROM ocupacion WHERE mes IN (12,1,2,3)', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

TOK = rand_pw(40)
add("python/split-token", "horarios/tools/importar_consorcio.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
# Importa os horarios d'o Consorcio de Transportes d'Aragón
import requests

TOKEN = ("@@a@@"
         "@@b@@")

def baixar():
    r = requests.get("https://api.consorcio.example/horarios", headers={"X-Api-Key": TOKEN})
    return r.json()
""", TOK, a=TOK[:20], b=TOK[20:])

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "tienda/.env.example", "https://github.com/motdotla/dotenv#should-i-commit-my-env-file", """\
# Copiaz iste fichero a .env y replenaz as valors
APP_ENV=local
DB_HOST=127.0.0.1
DB_NAME=tienda_safran
DB_USER=tienda
DB_PASSWORD=
STRIPE_SECRET_KEY=sk_test_your_key_here
SENDGRID_API_KEY=<pon-aquí-a-tuya-clau>
""")

add("python/decoy-env-reference", "tienda/pagos/config.py", "https://docs.python.org/3/library/os.html#os.environ", """\
import os

# As claus no van en o codigo: se leyen d'o entorno
STRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
WEBHOOK_SECRET = os.getenv("STRIPE_WEBHOOK_SECRET")
MONEDA = "eur"
""")

add("yaml/decoy-secret-manager", "k8s/erp/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: erp-db
  namespace: safran-erp
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: erp-db
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: safran/erp/db
        property: password
""")

add("js/decoy-publishable-key", "tienda/src/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", """\
// Checkout d'a tienda: a clau publicable puede ir en o navegador
const stripe = Stripe('@@pk@@');
const elements = stripe.elements({ locale: 'es' });
const tarcheta = elements.create('card');
tarcheta.mount('#tarcheta');
""", pk=stripe("pk_live_"))

add("markdown/decoy-redacted", "docs/incidencias/2026-09-tienda.md", "https://www.markdownguide.org/basic-syntax/", """\
# Incidencia: a tienda no cobraba (14 de setiembre)

O log amostraba:

```
stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****************************a1Qz
```

Causa: rotamos a clau en Stripe y no en o servidor. Solución: actualizar o secreto en
AWS Secrets Manager (`safran/tienda/stripe`) y reiniciar. A clau vieja ya ye revocada.
""")

add("sql/decoy-hash", "erp/sql/010_usuarios_web.sql", "https://www.php.net/manual/en/function.password-hash.php", """\
-- Usuarios d'a intranet (claus en bcrypt, nunca en claro)
INSERT INTO usuarios (login, nombre, clau_hash) VALUES
  ('pilar', 'Pilar Gimeno', '$2y$12$Q9xv3Xk1m0aB7cD2eF4gHuQwErTyUiOpAsDfGhJkLzXcVbNm1234e'),
  ('chuse', 'Chusé Lafuente', '$2y$12$R8wu2Wj0l9zA6bC1dE3fGtPvDqSxRwUyTzAuBvCwDxEyFzG5678a'),
  ('mariche', 'Mariche Sancho', '$2y$12$S7vt1Vi9k8yZ5aB0cD2eFsOuCpRwQvTxSyTzAuBvCwDxEyFz9012b');
""")

add("json/decoy-checksum", "tienda/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "tienda-safran",
  "version": "1.9.2",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-@@sri@@"
    }
  }
}
""", sri=rand_pw(86, "+/") + "==")

add("yaml/decoy-github-secrets", ".github/workflows/pruebas.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: Pruebas
on: [pull_request]
jobs:
  pruebas:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest
        env:
          DATABASE_URL: postgresql://postgres:postgres@localhost/test
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
""")

add("python/decoy-test-fixture", "tienda/tests/test_cobro.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# Clau falsa ta as pruebas: no existe en Stripe
CLAU_FALSA = "sk_test_FALSA_no_ye_de_verdat_0000"


@pytest.fixture
def cobro(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", CLAU_FALSA)
    from pagos import cobro
    return cobro
""")

add("go/decoy-env-reference", "bascula/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """\
package config

import "os"

// Config d'a estación de pesada: tot se leye d'o entorno
type Config struct {
	ERPURL   string
	ERPToken string
}

func Load() Config {
	return Config{ERPURL: os.Getenv("ERP_URL"), ERPToken: os.Getenv("ERP_TOKEN")}
}
""")

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "db_password" {
  description = "Clau d'a base de datos de l'ERP (se pasa con TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "eu-south-2"
}
""")

add("k8s/decoy-configmap", "k8s/erp/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: erp-config
  namespace: safran-erp
data:
  DB_HOST: erp-db.safran.local
  DB_NAME: erp_safran
  DB_USER: erp_app
  DB_PASSWORD_FILE: /run/secrets/erp-db/password
  IDIOMA: an
""")

add("ini/decoy-masked", "erp/conf/correu.ini.dist", "https://docs.python.org/3/library/configparser.html", """\
; Plantilla: copiar a correu.ini
[smtp]
host = smtp.safrandelchiloca.es
port = 587
user = liquidacions@safrandelchiloca.es
password = ********
tls = yes
""")

add("csv/decoy-ids", "erp/exportacions/socios_2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
socio;nombre;localidad;iban_ultimos;id_erp;gramos_2026
118;Chuana Pérez;Monreal d'o Campo;**** 4821;@@u1@@;1340
204;Miguel Lorente;Calamocha;**** 0937;@@u2@@;988
231;Pilar Gimeno;Caminreal;**** 5512;@@u3@@;1502
307;Antón Esteban;Torrijo d'o Campo;**** 7703;@@u4@@;764
""", u1=fakes.uuid4(_seed()), u2=fakes.uuid4(_seed()), u3=fakes.uuid4(_seed()), u4=fakes.uuid4(_seed()))

add("markdown/decoy-docs-example", "docs/api-erp.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """\
# API de l'ERP t'as básculas

Cada estación ninvía as pesadas con o suyo token:

```http
POST /api/v2/pesadas HTTP/1.1
Host: erp.safrandelchiloca.es
Authorization: Bearer <TOKEN_D'A_ESTACIÓN>
Content-Type: application/json
```

Os tokens se creyan en l'ERP (Administración > Estacions) y nunca se ninvían por correu.
""")

add("php/decoy-getenv", "tienda/wp-config-produccion.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Producción: as claus vienen d'o entorno d'o contenedor */
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db' );
define( 'AUTH_KEY', getenv('WORDPRESS_AUTH_KEY') );
""")

add("log/decoy-masked", "logs/tienda-2026-11-02.log", "https://docs.python.org/3/library/logging.html", """\
2026-11-02 09:00:01 INFO  tienda arrancando
2026-11-02 09:00:01 INFO  db postgresql://tienda:***@10.20.0.14/tienda_safran
2026-11-02 09:00:02 INFO  stripe clau cargada (sk_live_...XXXX, 107 caracters ocultos)
2026-11-02 09:14:37 INFO  pedido 20931 cobrado 18,50 EUR
2026-11-02 09:31:05 WARN  pedido 20932 tarcheta rechazada
""")

add("dockerfile/decoy-build-secret", "erp/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://pypi:$(cat /run/secrets/pip_token)@pypi.safran.local/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "erp.wsgi"]
""")

add("ansible/decoy-vault", "ansible/group_vars/erp/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(36))

add("ansible/decoy-vault-reference", "ansible/group_vars/erp/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """\
---
erp_db_host: erp-db.safran.local
erp_db_user: erp_app
erp_db_password: "{{ vault_erp_db_password }}"
erp_smtp_password: "{{ vault_erp_smtp_password }}"
erp_idioma: an
""")

add("rst/decoy-placeholder", "docs/manual/instalar.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Instalar a estación de pesada
=============================

1. Copiar ``config.toml.example`` a ``config.toml``.
2. Replenar ``api_key`` con o token d'a estación (``erp_live_...``) que da l'ERP.
3. Ejecutar ``bascula --prueba``: ha de amostrar ``Conexión OK``.

.. note:: O token d'exemplo ``erp_live_XXXXXXXXXXXXXXXX`` no funciona.
""")

add("toml/decoy-placeholder", "bascula/config.toml.example", "https://toml.io/en/v1.0.0", """\
# Estación de pesada (plantilla)
[estacion]
nombre = "NOMBRE_D'A_ESTACIÓN"
puerto = "/dev/ttyUSB0"

[erp]
url = "https://erp.safrandelchiloca.es/api/v2/pesadas"
api_key = "CAMBIAR"
""")

add("html/decoy-public-key", "tienda/templates/mapa.html", "https://developers.google.com/maps/documentation/javascript/load-maps-js-api", """\
<!-- Mapa d'os campos de safrán: clau de navegador restrinchida a tienda.safrandelchiloca.es -->
<div id="mapa" style="height:420px"></div>
<script async
  src="https://maps.googleapis.com/maps/api/js?key={{ config.MAPS_BROWSER_KEY }}&callback=iniciarMapa">
</script>
<script src="/static/js/mapa.js"></script>
""")

add("json/decoy-jwks", "trazabilidad/src/main/resources/jwks-publico.json", "https://datatracker.ietf.org/doc/html/rfc7517", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "traza-2026",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=rand_pw(86, "-_"))

add("shell/decoy-read-prompt", "scripts/restaurar_erp.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/bin/bash
# Restaura una copia de l'ERP (pide a clau, no la guarda)
set -euo pipefail
read -rsp "Clau de postgres: " PGPASSWORD
export PGPASSWORD
gunzip -c "$1" | psql -h erp-db.safran.local -U erp_admin erp_safran
unset PGPASSWORD
""")

add("csharp/decoy-user-secrets", "bascula/Bascula.Service/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "ConnectionStrings": {
    "Pesadas": "Server=sql-bascula;Database=Pesadas;Integrated Security=True;TrustServerCertificate=True"
  },
  "KeyVault": { "Uri": "https://kv-safran.vault.azure.net/" },
  "Bascula": { "Puerto": "COM3" }
}
""")

add("xml/decoy-placeholder", "aduanas/config/aduana.example.xml", "https://www.w3.org/TR/xml/", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Exemplo: a clau d'o certificau va en o almacén de Windows, no aquí -->
<configuracion>
  <servicio url="https://prewww1.aeat.es/wlpl/ADHT-JDIT/ws/aduanas" />
  <presentador nif="F00000000" />
  <certificado almacen="CurrentUser\\My" huella="${HUELLA_CERTIFICAU}" />
</configuracion>
""")

add("notebook/decoy-getpass", "analisis/collita_2026.ipynb", "https://docs.python.org/3/library/getpass.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "from sqlalchemy import create_engine\\n",
    "clau = getpass.getpass('Clau de informes: ')\\n",
    "eng = create_engine(f'postgresql://informes:{clau}@erp-db.safran.local/erp_safran')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ruby/decoy-credentials", "newsletter/lib/config.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Boletín: a clau de Mailgun ye en as credencials cifradas de Rails
module Boletin
  def self.mailgun_key
    Rails.application.credentials.dig(:mailgun, :api_key)
  end
  DOMINIO = 'mg.safrandelchiloca.es'
end
""")

add("kotlin/decoy-buildconfig", "app-socios/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "es.safran.socios"
    defaultConfig {
        applicationId = "es.safran.socios"
        // o secreto viene de local.properties (no se sube)
        buildConfigField("String", "CLIENT_SECRET", "\\"${project.findProperty("socios.clientSecret") ?: ""}\\"")
    }
}
""")

add("java/decoy-hash", "trazabilidad/src/main/java/es/safran/traza/Lote.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/MessageDigest.html", """\
package es.safran.traza;

/** Lote de safrán con a suya huella SHA-256 (pa o QR). */
public record Lote(String codigo, int gramos, String huella) {
    public static final Lote EXEMPLO = new Lote("MON-2026-041", 250,
        "@@h@@");
}
""", h=hexs(64))

add("powershell/decoy-credential-prompt", "bascula/scripts/Conectar-Bascula.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# Conecta con o equipo d'a báscula (pide usuario y clau)
param([string]$Equipo = 'bascula-monreal')
$cred = Get-Credential -Message "Usuario d'a báscula $Equipo"
Enter-PSSession -ComputerName $Equipo -Credential $cred
""" + "# A clau ye en o gestor de claus d'a oficina (Bitwarden, carpeta Básculas)\n")

add("text/decoy-note", "docs/notas/claus-rotadas.txt", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", """\
Rotación de claus - noviembre 2026
----------------------------------
- Stripe: rotada o 3/11. Nueva en Secrets Manager (safran/tienda/stripe).
- SendGrid: rotada o 3/11. A vieja (SG.xxxx...) ya no funciona.
- Postgres ERP: rotada o 4/11. Pedir-la a Chusé, no la escribaz aquí.
- Báscula Calamocha: token nuevo, metiu directamente en o equipo.
""")

add("yaml/decoy-sops", "k8s/tienda/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
apiVersion: v1
kind: Secret
metadata:
    name: tienda
type: Opaque
stringData:
    STRIPE_SECRET_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2026-11-03T10:12:44Z"
    version: 3.9.0
""", d1=rand_pw(43, "+/") + "=", iv=rand_pw(43, "+/") + "=", tag=rand_pw(22, "+/") + "==")

add("swift/decoy-keychain", "app-tienda-ios/Tienda/Keychain.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security

// O token d'a sesión se guarda en o Keychain, nunca en o codigo
func leyerToken() -> String? {
    let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                            kSecAttrAccount as String: "sesion",
                            kSecReturnData as String: true]
    var r: AnyObject?
    return SecItemCopyMatching(q as CFDictionary, &r) == errSecSuccess ? String(data: r as! Data, encoding: .utf8) : nil
}
""")

add("rust/decoy-env", "etiquetadora/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

fn main() {
    // o token d'a trazabilidá se pasa por o entorno
    let token = env::var("TRAZA_TOKEN").expect("falta TRAZA_TOKEN");
    let cliente = traza::Cliente::new("https://traza.safrandelchiloca.es/api", &token);
    cliente.imprimir_pendientes().unwrap();
}
""")

add("compose/decoy-env-file", "erp/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  erp:
    image: registry.safran.local/erp:3.4.1
    env_file: .env
    secrets: [db_password]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
secrets:
  db_password:
    file: ./secretos/db_password.txt
""")

# ---------------------------------------------------------------- more secrets

add("yaml/aws-credentials", "flota/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml", """\
service: flota-posicions
provider:
  name: aws
  runtime: python3.12
  region: eu-south-2
  environment:
    BUCKET: pireneu-posicions
    AWS_ACCESS_KEY_ID_EXPORT: @@kid@@
    AWS_SECRET_ACCESS_KEY_EXPORT: @@secret@@
functions:
  guardar:
    handler: handler.guardar
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "docs/sistemas/aws_credentials_taquilla.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# Copia d'o ~/.aws/credentials d'o PC d'a taquilla (ta restaurar)
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-south-2
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("text/pypi-token", "docs/notas/publicar-pireneu-gtfs.txt", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
Publicar pireneu-gtfs en PyPI
=============================
python -m build
twine upload dist/* -u __token__ -p @@secret@@
(o token ye d'a cuenta de sistemas, alcance: todo)
Dimpués etiquetar: git tag v$(python -c 'import pireneu_gtfs; print(pireneu_gtfs.__version__)')
""", fakes.pypi_token(_seed()))

add("ini/pypirc", "flota/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("yaml/github-fine-grained", "flota/.github/dependabot-token.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
# Token t'o bot que actualiza o GTFS en o repo d'horarios
bot:
  usuario: pireneu-bot
  repo: autobuses-pireneu/horarios
  token: @@secret@@
  caduca: 2027-03-01
""", fakes.github_fine_grained_token(_seed()))

add("go/telegram", "flota/cmd/avisos/main.go", "https://core.telegram.org/bots/api", """\
package main

import tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

// Avisos a os conductors: puerto cerrau (Portalet, Somport), cadenas obligatorias
func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		panic(err)
	}
	bot.Send(tgbotapi.NewMessage(-1001234567890, "Portalet: cadenas obligatorias"))
}
""", fakes.telegram_token(_seed()))

add("python/aws-session", "flota/tools/copiar_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
# Copia as posicions d'o mes t'o bucket d'archivo (credencials temporals de l'STS)
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="ASIA5ZQX7PIRENEU2026",
    aws_secret_access_key="@@secret@@",
    aws_session_token="@@tok@@",
)
s3.copy({"Bucket": "pireneu-posicions", "Key": "2026/10.parquet"}, "pireneu-archivo", "2026/10.parquet")
""", fakes.aws_secret_key(_seed()), tok=fakes.aws_session_token(_seed()))

add("markdown/openai", "wiki/Sistemas/Asistente-horarios.md", "https://platform.openai.com/docs/api-reference/authentication", """\
# Asistente d'horarios (proba piloto)

Chatbot en a web que responde "¿a qué hora sale o bus de Chaca t'Astún?".

Configuración en o servidor `web-horarios`:

    OPENAI_API_KEY=@@secret@@
    MODELO=gpt-4o-mini

Costo en octubre: 14 €. Revisar en chinero.
""", fakes.openai_key(_seed()))

add("js/google-maps-server", "panel/server/geocodificar.js", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """\
// Geocodifica as paradas nuevas (servidor, no navegador)
const axios = require('axios');
const KEY = '@@secret@@';

async function geocodificar(parada) {
  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(parada)}&key=${KEY}`;
  return (await axios.get(url)).data.results[0];
}
module.exports = { geocodificar };
""", google_key())

add("php/database-dsn", "reservas/config/db.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Reservas de grupos: base de datos
return new PDO(
    'mysql:host=db-reservas;dbname=reservas;charset=utf8mb4',
    'reservas',
    '@@secret@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""", words_pw())

add("java/jdbc-url", "taquilla/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """\
spring:
  datasource:
    # taquilla de Chaca y Sabiñánigo
    url: jdbc:sqlserver://sql-taquilla.pireneu.local:1433;databaseName=Billetes;user=taquilla;password=@@secret@@;encrypt=true
  jpa:
    open-in-view: false
server:
  port: 8443
""", words_pw())

add("shell/export", "scripts/entorno_sistemas.sh", "https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html#index-export", """\
#!/bin/bash
# Variables d'entorno t'os scripts de sistemas (source entorno_sistemas.sh)
export KUBECONFIG=$HOME/.kube/pireneu
export PGHOST=postgis.flota.local
export PGUSER=sistemas
export PGPASSWORD='@@secret@@'
export TZ=Europe/Madrid
""", words_pw())

add("shell-history/redis", "docs/sesions/historial-guardia-2026-12-01.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  501  kubectl -n billetaje get pods
  502  kubectl -n billetaje logs deploy/billetaje --tail=100
  503  kubectl -n billetaje exec -it redis-0 -- redis-cli
  504  kubectl -n billetaje exec -it redis-0 -- redis-cli -a '@@secret@@' info memory
  505  kubectl -n billetaje rollout restart deploy/billetaje
""", fakes.redis_password(_seed()))

add("yaml/here-doc-k8s", "k8s/flota/secret-mqtt.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-pods-with-prod-test-credentials", """\
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-pasarela
  namespace: flota
type: Opaque
stringData:
  mosquitto.conf: |
    connection puente
    address mqtt.autobusespireneu.es:8883
    remote_username pasarela
    remote_password @@secret@@
""", rand_pw(22))

add("csharp/smtp", "taquilla-win/Taquilla/Servicios/Correu.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """\
using System.Net;
using System.Net.Mail;

namespace Taquilla.Servicios
{
    // Ninvía o resumen de caixa diario a contabilidá
    public static class Correu
    {
        public static SmtpClient Cliente() => new SmtpClient("smtp.autobusespireneu.es", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("caixa@autobusespireneu.es", "@@secret@@")
        };
    }
}
""", words_pw())

add("properties/ftp", "taquilla/src/main/resources/consorcio.properties", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-", """\
# Ninvío diario de validacions t'o Consorcio
consorcio.sftp.host=sftp.consorcio-aragon.example
consorcio.sftp.port=22
consorcio.sftp.usuario=pireneu
consorcio.sftp.clau=@@secret@@
consorcio.sftp.directorio=/entrada/validacions
""", words_pw())

PEM = fakes.fake_pem(_seed(), "RSA")
add("shell/here-doc-key", "scripts/instalar_clau_sftp.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/bin/bash
# Instala a clau SSH t'o SFTP d'o Consorcio en a taquilla
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/consorcio_rsa <<'FIN'
@@secret@@
FIN
chmod 600 ~/.ssh/consorcio_rsa
""", PEM)

add("ruby/stripe", "reservas-api/app/services/cobro_grupo.rb", "https://docs.stripe.com/api/authentication?lang=ruby", """\
# Cobro d'a señal d'as reservas de grupos (30 %)
class CobroGrupo
  Stripe.api_key = '@@secret@@'

  def call(reserva)
    Stripe::PaymentIntent.create(amount: (reserva.total * 30).to_i, currency: 'eur')
  end
end
""", stripe("rk_live_"))

add("typescript/firebase-admin", "app-viachers/functions/src/notificar.ts", "https://firebase.google.com/docs/cloud-messaging/server", """\
// Notificacions push: "o tuyo bus plega en 5 minutos"
const FCM_SERVER_KEY = '@@secret@@';

export async function notificar(token: string, linia: string) {
  await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: token, notification: { title: linia, body: 'Plega en 5 min' } }),
  });
}
""", "AAAA" + rand_pw(7) + ":APA91b" + rand_pw(134, "-_"))

add("xml/web-config", "taquilla-win/Taquilla/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Billetes"
         connectionString="Data Source=sql-taquilla.pireneu.local;Initial Catalog=Billetes;User ID=taquilla;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

add("env/teams-webhook", "flota/.env", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
# Pasarela GPS
MQTT_BROKER=tls://mqtt.autobusespireneu.es:8883
POSTGIS_DSN_FILE=/run/secrets/postgis
# Avisos t'o canal "Trafico" de Teams
TEAMS_WEBHOOK=@@secret@@
INTERVALO_S=15
""", teams_webhook())

add("python/smtp-login", "horarios/tools/ninviar_horarios.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """\
import smtplib
from email.message import EmailMessage

# Ninvía os horarios d'hibierno a os concellos d'a Val de Tena
msg = EmailMessage()
msg["Subject"] = "Horarios hibierno 2026-27"
msg["From"] = "horarios@autobusespireneu.es"
with smtplib.SMTP("smtp.autobusespireneu.es", 587) as s:
    s.starttls()
    s.login("horarios@autobusespireneu.es", "@@secret@@")
""", words_pw())

add("yaml/helm-redis", "helm/billetaje/values.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", """\
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 2Gi
billetaje:
  replicas: 3
""", fakes.redis_password(_seed()))

add("makefile/docker-login", "flota/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
IMAGEN := registry.autobusespireneu.es/flota/pasarela
VERSION := $(shell git describe --tags)

publicar:
\tdocker login registry.autobusespireneu.es -u ci -p @@secret@@
\tdocker build -t $(IMAGEN):$(VERSION) .
\tdocker push $(IMAGEN):$(VERSION)
""", rand_pw(24))

add("php/api-key", "reservas/src/Meteo.php", "https://opendata.aemet.es/centrodedescargas/inicio", """\
<?php
// Previsión d'o tiempo t'as excursions (AEMET OpenData)
class Meteo
{
    private const CLAU = '@@secret@@';

    public function prevision(string $municipio): array
    {
        $url = "https://opendata.aemet.es/opendata/api/prediccion/especifica/municipio/diaria/$municipio";
        return json_decode(file_get_contents($url . '?api_key=' . self::CLAU), true);
    }
}
""", "eyJhbGciOiJIUzI1NiJ9." + b64('{"sub":"sistemas@autobusespireneu.es","jti":"' + fakes.uuid4(_seed()) + '","iss":"AEMET","iat":1767225600}').rstrip("=") + "." + rand_pw(43, "-_"))

add("rst/ssh-password", "docs/manual/pantallas.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Pantallas d'as estacions
========================

As pantallas de Chaca y Sabiñánigo son Raspberry Pi con Chromium en quiosco.

+-----------+---------------+----------+--------------------+
| Estación  | IP            | Usuario  | Clau               |
+===========+===============+==========+====================+
| Chaca     | 10.40.1.31    | pi       | @@secret@@ |
+-----------+---------------+----------+--------------------+
""", words_pw())

add("terraform/cloudflare", "infra/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "horarios" {
  zone_id = "3f9a1c2b7d4e5f60718293a4b5c6d7e8"
  name    = "horarios"
  type    = "CNAME"
  content = "lb.autobusespireneu.es"
}
""", rand_pw(40, "_-"))

add("json/composer-auth", "reservas/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@secret@@"
        }
    }
}
""", hexs(40))

add("html/mqtt-ws", "panel/public/mapa-en-directo.html", "https://eclipse.dev/paho/files/jsdoc/index.html", """\
<!DOCTYPE html>
<html lang="an">
<head><meta charset="utf-8"><title>Flota en directo</title></head>
<body>
<div id="mapa"></div>
<script>
  const client = mqtt.connect('wss://mqtt.autobusespireneu.es:8884', {
    username: 'panel', password: '@@secret@@'
  });
  client.subscribe('flota/+/posicion');
</script>
</body>
</html>
""", rand_pw(20))

add("yaml/circleci", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  probas:
    docker:
      - image: cimg/python:3.12
        auth:
          username: pireneuci
          password: @@secret@@
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
""", rand_pw(22))

add("python/json-in-string", "flota/tools/crear_usuario_mqtt.py", "https://docs.python.org/3/library/json.html", """\
import json
import subprocess

# Crea o usuario d'o bus nuevo en o broker (dynamic security plugin)
ORDEN = '{"commands":[{"command":"createClient","username":"bus-B22","password":"@@secret@@"}]}'

subprocess.run(["mosquitto_ctrl", "-u", "admin", "dynsec", "--raw", ORDEN], check=True)
print(json.loads(ORDEN)["commands"][0]["username"], "creyau")
""", rand_pw(18))

add("env/aragon-saffron-shopify", "tienda-shopify/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """\
# Tienda secundaria en Shopify (mercau alemán)
SHOPIFY_STORE=safran-chiloca.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2026-10
# precios en EUR, IVA incluiu
""", "shpat_" + hexs(32))

add("markdown/ssh-key-in-wiki", "wiki/Sistemas/Acceso-servidor-copias.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """\
# Acceso a o servidor de copias

Clau privada d'a cuenta `copias` (ta restaurar desde un PC nuevo):

```
@@secret@@
```

Guardar-la en `~/.ssh/copias` con permisos 600.
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("python/database-dict", "erp/erp/settings/prod.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#databases", """\
from .base import *  # noqa

DEBUG = False
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "erp-db.safran.local",
        "NAME": "erp_safran",
        "USER": "erp_app",
        "PASSWORD": "@@secret@@",
    }
}
""", rand_pw(22))

add("go/hmac-secret", "bascula/internal/firma/firma.go", "https://pkg.go.dev/crypto/hmac", """\
package firma

import (
	"crypto/hmac"
	"crypto/sha256"
)

// Clau compartida con l'ERP ta firmar as pesadas
var clau = []byte("@@secret@@")

func Firmar(datos []byte) []byte {
	m := hmac.New(sha256.New, clau)
	m.Write(datos)
	return m.Sum(nil)
}
""", rand_pw(32))

add("js/npmrc", "tienda/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
@safran:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", npm())

REG = rand_pw(24)
add("k8s-secret/docker-config", "k8s/tienda/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: tienda
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", REG, enc=b64('{"auths":{"registry.safran.local":{"username":"k8s","password":"' + REG + '"}}}'))

# ---------------------------------------------------------------- bus company: decoys

add("env/decoy-template", "billetaje/.env.example", "https://github.com/motdotla/dotenv#should-i-commit-my-env-file", """\
NODE_ENV=development
PORT=3000
REDIS_URL=redis://localhost:6379/0
# En producción: redis://:<clau>@redis-billetes:6379/0 (ye en o gestor de claus)
TPV_COMERCIO=999008881
TPV_CLAU_FIRMA=
""")

add("python/decoy-django-env", "horarios/horarios/settings_base.py", "https://docs.djangoproject.com/en/5.1/howto/deployment/checklist/#secret-key", """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
LANGUAGE_CODE = "an"
TIME_ZONE = "Europe/Madrid"
""")

add("yaml/decoy-vault-agent", "k8s/billetaje/deployment.yaml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billetaje
  namespace: billetaje
spec:
  template:
    metadata:
      annotations:
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/role: billetaje
        vault.hashicorp.com/agent-inject-secret-pagos: secret/data/billetaje/pagos
    spec:
      containers:
        - name: billetaje
          image: registry.autobusespireneu.es/billetaje:4.2.0
""")

add("json/decoy-gtfs-ids", "horarios/data/feed_info.json", "https://gtfs.org/documentation/schedule/reference/#feed_infotxt", """\
{
  "feed_publisher_name": "Autobuses d'o Pireneu",
  "feed_publisher_url": "https://autobusespireneu.es",
  "feed_lang": "es",
  "feed_version": "2026-12-01",
  "feed_id": "@@fid@@",
  "checksum_sha256": "@@sum@@"
}
""", fid=fakes.uuid4(_seed()), sum=hexs(64))

add("csv/decoy-gtfs", "horarios/data/gtfs/stops.txt", "https://gtfs.org/documentation/schedule/reference/#stopstxt", """\
stop_id,stop_name,stop_lat,stop_lon,zone_id
JAC01,Chaca - Estación d'autobuses,42.5700,-0.5490,1
CAN01,Canfranc - Estación,42.7510,-0.5160,3
SAL01,Sallent de Galligo,42.7720,-0.3320,3
BIE01,Bielsa - Plaza,42.6330,0.2190,4
""")

add("markdown/decoy-example-values", "wiki/Sistemas/Alta-tableta.md", "https://www.markdownguide.org/basic-syntax/", """\
# Dar d'alta una tableta nueva

1. Encender y conectar a o wifi d'o taller.
2. En a app MDM, escanear o QR d'inscripción.
3. Meter o usuario d'o bus (`bus-B22`) y a clau que da o script `crear_usuario_mqtt.py`
   (exemplo d'o formato: `Xa9-exemplo-no-valida`).
4. Comprebar en o panel que o bus amaneix en o mapa.
""")

add("typescript/decoy-config-service", "billetaje/src/config.ts", "https://docs.nestjs.com/techniques/configuration", """\
import { registerAs } from '@nestjs/config';

export default registerAs('pagos', () => ({
  stripeKey: process.env.STRIPE_SECRET_KEY ?? '',
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  moneda: 'eur',
  firmaBillete: process.env.FIRMA_BILLETE,
}));
""")

add("go/decoy-flag", "flota/cmd/pasarela/main.go", "https://pkg.go.dev/flag", """\
package main

import "flag"

// Pasarela GPS: a clau de MQTT se pasa por fichero, no por argumento
var (
	broker    = flag.String("broker", "tls://mqtt.autobusespireneu.es:8883", "broker MQTT")
	usuario   = flag.String("usuario", "pasarela", "usuario MQTT")
	clauFile  = flag.String("clau-file", "/run/secrets/mqtt", "fichero con a clau")
)

func main() { flag.Parse(); correr(*broker, *usuario, *clauFile) }
""")

add("java/decoy-value-annotation", "taquilla/src/main/java/es/pireneu/taquilla/TpvConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """\
package es.pireneu.taquilla;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TpvConfig {
    @Value("${tpv.clau-firma}")
    private String clauFirma;

    @Value("${tpv.comercio:349812776}")
    private String comercio;
}
""")

add("helm/decoy-existing-secret", "helm/horarios/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """\
replicaCount: 1
image:
  repository: registry.autobusespireneu.es/horarios
  tag: latest
postgresql:
  auth:
    username: horarios
    database: horarios
    existingSecret: horarios-db
    secretKeys:
      userPasswordKey: password
""")

add("shell/decoy-vault-cli", "scripts/rotar_redis.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """\
#!/bin/bash
# Rota a clau de redis d'o billetaje
set -euo pipefail
NUEVA=$(openssl rand -base64 24)
vault kv put secret/billetaje/redis password="$NUEVA"
kubectl -n billetaje rollout restart deploy/billetaje
echo "Clau rotada: $(vault kv metadata get -format=json secret/billetaje/redis | jq .data.current_version)"
""")

add("log/decoy-redacted-url", "logs/pasarela-gps-2026-12-02.log", "https://docs.python.org/3/library/logging.html", """\
2026-12-02T05:30:00Z INFO conectando a tls://pasarela:[REDACTED]@mqtt.autobusespireneu.es:8883
2026-12-02T05:30:01Z INFO conectau, suscrito a flota/+/posicion
2026-12-02T05:41:17Z INFO B07 42.5700,-0.5490 0 km/h (Chaca)
2026-12-02T05:58:42Z WARN B11 sin posición dende 300 s (túnel de Somport?)
2026-12-02T06:02:10Z INFO B11 42.7510,-0.5160 31 km/h
""")

add("yaml/decoy-gitlab-masked", "horarios/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [build, deploy]
build:
  stage: build
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_JOB_TOKEN" "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
deploy:
  stage: deploy
  script: helm upgrade horarios ./helm/horarios --set image.tag=$CI_COMMIT_SHORT_SHA
""")

add("csharp/decoy-dpapi", "taquilla-win/Taquilla/Servicios/Claus.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.protecteddata", """\
using System.Security.Cryptography;
using System.Text;

namespace Taquilla.Servicios
{
    // A clau d'a base de datos se guarda cifrada con DPAPI en o PC d'a taquilla
    public static class Claus
    {
        public static string Leyer(byte[] cifrada) =>
            Encoding.UTF8.GetString(ProtectedData.Unprotect(cifrada, null, DataProtectionScope.LocalMachine));
    }
}
""")

add("php/decoy-env", "reservas/config/mail.dist.php", "https://github.com/vlucas/phpdotenv", """\
<?php
// Plantilla: os valors reals vienen de .env
$mail->Host = $_ENV['SMTP_HOST'] ?? 'localhost';
$mail->Username = $_ENV['SMTP_USER'] ?? '';
$mail->Password = $_ENV['SMTP_PASSWORD'] ?? '';
$mail->Port = (int) ($_ENV['SMTP_PORT'] ?? 587);
""")

add("markdown/decoy-readme", "billetaje/README.md", "https://www.makeareadme.com/", """\
# Billetaje

Venta de billetes d'as linias de montaña (Chaca, Canfranc, Sallent, Bielsa).

## Arrancar en local

```bash
cp .env.example .env
docker compose up -d redis
npm run dev
```

As claus de Stripe de proba (`sk_test_...`) se piden a sistemas. Nunca subaz claus `sk_live_`.
""")

add("xml/decoy-maven-encrypted", "taquilla/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>nexus-pireneu</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("kotlin/decoy-public-ids", "app-conductor/app/src/main/java/es/pireneu/conductor/Linias.kt", "https://kotlinlang.org/docs/enum-classes.html", """\
package es.pireneu.conductor

// Identificadors d'as linias en o Consorcio (publicos, amanixen en o GTFS)
enum class Linia(val id: String, val nombre: String) {
    CANFRANC("L-101", "Chaca - Canfranc"),
    SALLENT("L-102", "Chaca - Sallent de Galligo"),
    BIELSA("L-210", "Aínsa - Bielsa"),
}
""")

add("sql/decoy-schema", "flota/sql/001_esquema.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """\
-- Esquema d'a flota
CREATE TABLE buses (
  id text PRIMARY KEY,
  matricula text NOT NULL,
  mqtt_usuario text NOT NULL,
  mqtt_clau_hash text NOT NULL,  -- PBKDF2, a clau nunca se guarda
  alta date NOT NULL DEFAULT current_date
);
CREATE TABLE posicions (bus text REFERENCES buses, t timestamptz, geom geometry(Point, 4326));
""")

add("ini/decoy-empty", "taquilla-win/odbc.example.ini", "https://learn.microsoft.com/en-us/sql/odbc/reference/odbc-programmer-s-reference", """\
[Taquilla]
Driver=ODBC Driver 18 for SQL Server
Server=sql-taquilla.pireneu.local
Database=Billetes
Trusted_Connection=yes
Encrypt=yes
""")

add("ruby/decoy-fake-fixture", "reservas-api/spec/fixtures/stripe_cobro.yml", "https://docs.stripe.com/testing", """\
# Respuesta falsa de Stripe ta os tests (no ye una clau)
id: pi_3FAKE0000000000000000000
object: payment_intent
amount: 4500
currency: eur
status: succeeded
client_secret: pi_3FAKE0000000000000000000_secret_PROBA
""")

add("text/decoy-checksums", "horarios/dist/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
@@a@@  horarios-2.8.0.tar.gz
@@b@@  horarios-2.8.0-py3-none-any.whl
@@c@@  gtfs-2026-12-01.zip
@@d@@  gtfs-2026-11-01.zip
@@e@@  gtfs-2026-10-01.zip
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("rst/decoy-docs-placeholder", "docs/manual/api-posicions.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
API de posicions
================

Exemplo:

.. code-block:: bash

   curl -H "Authorization: Bearer $TOKEN" https://flota.autobusespireneu.es/api/posicions

``$TOKEN`` ye o token personal de cada usuario d'o panel (Perfil > Tokens).
""")

add("compose/decoy-local-dev", "flota/docker-compose.dev.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
# Solo ta desembolicar en local (no s'emplega en producción)
services:
  postgis:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_PASSWORD: ${POSTGIS_PASSWORD:?define POSTGIS_PASSWORD}
    ports: ["5432:5432"]
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
""")

add("powershell/decoy-secretmanagement", "scripts/Copia-Taquilla.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# Copia de seguranza d'a base de datos d'a taquilla
Import-Module Microsoft.PowerShell.SecretManagement
$clau = Get-Secret -Name 'TaquillaSql' -Vault 'Sistemas'
$cred = New-Object PSCredential('copias', $clau)
Backup-SqlDatabase -ServerInstance 'sql-taquilla' -Database 'Billetes' -Credential $cred `
  -BackupFile "D:\\Copias\\Billetes_$(Get-Date -Format yyyyMMdd).bak"
""")

add("swift/decoy-plist-reference", "app-viachers-ios/Viachers/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/object(forinfodictionarykey:)", """\
import Foundation

// O token publico de Mapbox (pk.) viene d'Info.plist, que se replena en CI
enum Config {
    static var mapboxToken: String {
        Bundle.main.object(forInfoDictionaryKey: "MBXAccessToken") as? String ?? ""
    }
}
""")

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
""")

add("yaml/decoy-sealed-secret", "k8s/flota/sealed-mqtt.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mqtt-pasarela
  namespace: flota
spec:
  encryptedData:
    password: @@ct@@
""", ct="AgB" + rand_pw(120, "+/"))

add("html/decoy-login-form", "panel/public/entrar.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", """\
<!DOCTYPE html>
<html lang="an">
<head><meta charset="utf-8"><title>Panel d'a flota - Dentrar</title></head>
<body>
<form method="post" action="/entrar">
  <label>Usuario <input name="usuario" autocomplete="username"></label>
  <label>Clau <input type="password" name="clau" placeholder="A tuya clau" autocomplete="current-password"></label>
  <button>Dentrar</button>
</form>
</body>
</html>
""")

add("json/decoy-vscode-launch", "billetaje/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """\
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Billetaje (local)",
      "program": "${workspaceFolder}/src/main.ts",
      "envFile": "${workspaceFolder}/.env"
    }
  ]
}
""")

add("python/decoy-keyring", "flota/tools/panel_cli.py", "https://pypi.org/project/keyring/", """\
\"\"\"Cliente de linia d'ordens d'o panel d'a flota.\"\"\"
import keyring
import requests

def token():
    return keyring.get_password("panel-flota", "sistemas")

def posicions():
    return requests.get("https://flota.autobusespireneu.es/api/posicions",
                        headers={"Authorization": f"Bearer {token()}"}).json()
""")

add("shell-history/decoy-safe", "docs/sesions/historial-taquilla.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  101  ssh sistemas@taquilla-jaca
  102  sudo systemctl status impresora-billetes
  103  export PGPASSWORD=$(pass show pireneu/postgis)
  104  psql -h postgis.flota.local -U sistemas flota -c 'select count(*) from posicions'
  105  unset PGPASSWORD
""")

add("markdown/decoy-public-key", "wiki/Sistemas/Claus-SSH.md", "https://www.markdownguide.org/basic-syntax/", """\
# Claus SSH autorizadas en os servidors

Claus publicas (solo publicas!) d'o personal de sistemas:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ chuse@pireneu
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ mariche@pireneu
```
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"))

add("js/decoy-test-key", "billetaje/test/firma.test.js", "https://jestjs.io/docs/getting-started", """\
const { firmarBillete } = require('../src/auth/jwt');

// Clau de proba: solo ta os tests, no s'emplega en garra entorno
process.env.FIRMA_BILLETE = 'clau-de-proba-no-secreta';

test('firma un billete', () => {
  expect(firmarBillete('B-1', 'L-101').split('.')).toHaveLength(3);
});
""")

add("yaml/decoy-docs-sample", "docs/openapi/flota.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """\
openapi: 3.0.3
info:
  title: API d'a flota
  version: 1.4.0
components:
  securitySchemes:
    ClauApi:
      type: apiKey
      in: header
      name: X-Clau-Api
security:
  - ClauApi: []
""")

add("toml/decoy-cargo", "etiquetadora/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """\
[package]
name = "etiquetadora"
version = "0.6.2"
edition = "2021"
authors = ["Sistemas d'a Cooperativa <sistemas@safrandelchiloca.es>"]

[dependencies]
reqwest = { version = "0.12", features = ["json", "rustls-tls"] }
qrcode = "0.14"
""")

add("dockerfile/decoy-arg", "horarios/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """\
FROM python:3.12-slim
ARG VERSION=dev
ENV DJANGO_SETTINGS_MODULE=horarios.settings_prod \\
    HORARIOS_VERSION=${VERSION}
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
# DJANGO_SECRET_KEY se define en o despliegue (Secret de Kubernetes)
CMD ["gunicorn", "horarios.wsgi", "-b", "0.0.0.0:8000"]
""")

add("ansible/decoy-lookup", "ansible/roles/pantallas/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
---
- name: Clau de l'usuario pi en as pantallas
  ansible.builtin.user:
    name: pi
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/pantallas:pi') | password_hash('sha512') }}"

- name: Chromium en quiosco
  ansible.builtin.copy:
    src: kiosk.desktop
    dest: /etc/xdg/autostart/kiosk.desktop
""")

add("csv/decoy-masked-export", "docs/inventario/usuarios_panel.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
usuario,nombre,rol,clau,ultimo_acceso
chuse,Chusé Lafuente,admin,********,2026-12-01
mariche,Mariche Sancho,trafico,********,2026-12-02
antón,Antón Esteban,taquilla,********,2026-11-28
chuana,Chuana Pérez,taquilla,********,2026-11-30
""")

add("notebook/decoy-env", "analisis/retrasos_portalet.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "dsn = os.environ['POSTGIS_DSN']  # definiu en o JupyterHub\\n",
    "df = pd.read_sql(\\"SELECT * FROM retrasos WHERE linia='L-102'\\", dsn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- last secrets, both teams

add("python/smtp-auth-plain", "erp/tools/probar_smtp.py", "https://datatracker.ietf.org/doc/html/rfc4616", """\
# Proba manual d'o servidor de correu (AUTH PLAIN)
import smtplib

s = smtplib.SMTP("smtp.safrandelchiloca.es", 587)
s.starttls()
s.docmd("AUTH", "PLAIN @@secret@@")
s.sendmail("liquidacions@safrandelchiloca.es", ["pilar@safrandelchiloca.es"], "Subject: proba\\n\\nproba")
s.quit()
""", b64("\0liquidacions@safrandelchiloca.es\0" + words_pw()))

add("yaml/basic-auth-header", "flota/gps-gateway/proveedor.yaml", "https://datatracker.ietf.org/doc/html/rfc7617", """\
# Proveedor GPS antiguo (buses B01-B06, sin MQTT)
proveedor:
  url: https://api.gpsflota.example/v1
  cabeceras:
    Authorization: "Basic @@secret@@"
  intervalo: 60
""", b64("pireneu-flota:" + rand_pw(16)))

add("env/gitlab", "horarios/.env.deploy", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
# Despliegue manual d'horarios dende o portatil de sistemas
GITLAB_URL=https://gitlab.com
GITLAB_PROJECT=autobuses-pireneu/horarios
GITLAB_TOKEN=@@secret@@
HELM_RELEASE=horarios
""", gitlab())

add("markdown/stripe-webhook", "docs/pagos-tienda.md", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
# Pagos d'a tienda

- Cuenta Stripe: cooperativa (titular: Pilar Gimeno)
- Webhook: `https://tienda.safrandelchiloca.es/stripe/webhook`
- Secreto de firma d'o webhook: `@@secret@@`

Os reembolsos se fan dende o panel de Stripe, no dende WooCommerce.
""", fakes.fake("whsec_", 32, _seed()))

add("yaml/ansible-inline", "ansible/playbooks/tienda.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """\
---
- hosts: tienda
  become: true
  tasks:
    - name: Usuario de base de datos d'a tienda
      community.mysql.mysql_user:
        name: wp_safran
        password: "@@secret@@"
        priv: "wp_safran.*:ALL"
""", words_pw())

add("js/mongodb-url", "bot-collita/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
// Rechistro d'as flors replegadas por o bot
const { MongoClient } = require('mongodb');
const client = new MongoClient(
  'mongodb+srv://bot:@@secret@@@collita.x7k2p.mongodb.net/collita?retryWrites=true&w=majority'
);
module.exports = client;
""", rand_pw(16))

add("java/hardcoded-password", "trazabilidad/src/main/java/es/safran/traza/Laboratorio.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpClient.html", """\
package es.safran.traza;

/** Resultados d'o laboratorio (análisis ISO 3632 d'o safrán). */
final class Laboratorio {
    static final String URL = "https://lims.labagro.example/api/resultados";
    static final String USUARIO = "coop-chiloca";
    static final String CLAU = "@@secret@@";
}
""", words_pw())

add("go/sendgrid", "bascula/internal/avisos/correu.go", "https://github.com/sendgrid/sendgrid-go", """\
package avisos

import "github.com/sendgrid/sendgrid-go"

// Resumen diario d'as pesadas t'a chunta rectora
func cliente() *sendgrid.Client {
	return sendgrid.NewSendClient("@@secret@@")
}
""", sendgrid())

NAP = rand_pw(40)
add("k8s-secret/api-token", "k8s/flota/secret-nap.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: nap-token
  namespace: flota
  annotations:
    descripcion: "token t'o Punto d'Acceso Nacional (GTFS)"
type: Opaque
data:
  token: @@enc@@
""", NAP, enc=b64(NAP))

add("ruby/database-url", "reservas-api/config/database.yml", "https://guides.rubyonrails.org/configuring.html#connection-preference", """\
production:
  adapter: mysql2
  encoding: utf8mb4
  # reservas de grupos y excursions escolars
  url: mysql2://reservas:@@secret@@@db-reservas:3306/reservas
  pool: 10
""", words_pw())

add("powershell/ftp", "scripts/Puyar-Validacions.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
# Puya as validacions d'o día t'o Consorcio (FTP antigo)
$fichero = "D:\\Validacions\\$(Get-Date -Format yyyyMMdd).csv"
$web = New-Object System.Net.WebClient
$web.Credentials = New-Object System.Net.NetworkCredential('pireneu', '@@secret@@')
$web.UploadFile("ftp://ftp.consorcio-aragon.example/entrada/$(Split-Path $fichero -Leaf)", $fichero)
Write-Host "Puyau: $fichero"
""", words_pw())

add("typescript/supabase-service", "app-viachers/web/src/lib/admin.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from '@supabase/supabase-js';

// Cliente d'administración (solo en o servidor!)
export const admin = createClient(
  'https://pireneuviachers.supabase.co',
  '@@secret@@'
);
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"pireneuviachers","role":"service_role","iat":1764547200,"exp":2080123200}').rstrip("=") + "." + rand_pw(43, "-_"))

add("text/wifi-note", "docs/notas/nave-monreal.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
Nave de Monreal d'o Campo - notas de sistemas
---------------------------------------------
Wifi d'a nave: SafranNave
Router (Movistar): admin / @@secret@@
A báscula ye en a IP 192.168.10.50, puerto 4001.
A impresora d'etiquetas en a 192.168.10.60.
""", words_pw())

add("csharp/jwt-key", "taquilla-win/Taquilla/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", """\
{
  "Jwt": {
    "Issuer": "taquilla.autobusespireneu.es",
    "Audience": "taquilla",
    "SigningKey": "@@secret@@"
  },
  "Impresora": { "Nombre": "Epson TM-T88VI" }
}
""", rand_pw(44))

add("yaml/bitbucket", "etiquetadora/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: rust:1.82
pipelines:
  branches:
    main:
      - step:
          name: Compilar y puyar
          script:
            - cargo build --release
            - curl -u sistemas:@@secret@@ -T target/release/etiquetadora https://descargas.safrandelchiloca.es/etiquetadora/
""", rand_pw(20))

add("ini/mysql-client", "docs/sistemas/my.cnf", "https://dev.mysql.com/doc/refman/8.4/en/option-files.html", """\
# ~/.my.cnf d'o servidor d'a tienda
[client]
user = wp_safran
password = "@@secret@@"
host = localhost
default-character-set = utf8mb4
""", words_pw())

add("php/stripe-laravel", "reservas/config/services.php", "https://laravel.com/docs/11.x/configuration", """\
<?php

return [
    // Cobros d'excursions escolars
    'stripe' => [
        'key' => 'pk_live_51PireneuPublicableNoSecreta',
        'secret' => '@@secret@@',
    ],
    'moneda' => 'eur',
];
""", stripe())

add("xml/android-strings", "app-socios/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- App d'os socios: clau d'o servicio de mapas (servidor) -->
    <string name="app_nombre">Socios d'o Safrán</string>
    <string name="clau_servidor_mapas">@@secret@@</string>
</resources>
""", google_key())

add("shell/sshpass", "scripts/copiar_pesadas.sh", "https://linux.die.net/man/1/sshpass", """\
#!/bin/bash
# Baixa as pesadas d'as básculas (cada hora)
for b in monreal calamocha caminreal; do
  sshpass -p '@@secret@@' scp pesador@bascula-$b:/var/pesadas/*.csv /srv/pesadas/$b/
done
""", words_pw())

add("yaml/sentry-dsn-compose", "horarios/docker-compose.prod.yml", "https://docs.sentry.io/platforms/python/integrations/django/", """\
services:
  web:
    image: registry.autobusespireneu.es/horarios:2.8.0
    environment:
      DJANGO_SETTINGS_MODULE: horarios.settings_prod
      SENTRY_DSN: https://@@secret@@@o4508123.ingest.de.sentry.io/4508765432
    ports: ["8000:8000"]
""", hexs(32))

add("python/dict-json-config", "flota/tools/config_exportar.py", "https://docs.python.org/3/library/json.html#json.loads", """\
import json

# Configuración de l'exportación t'o consorcio (copiada d'o panel)
CONFIG = json.loads('{"sftp": {"host": "sftp.consorcio-aragon.example", "user": "pireneu", "password": "@@secret@@"}}')

def sftp():
    return CONFIG["sftp"]
""", words_pw())

add("swift/basic-auth", "app-viachers-ios/Viachers/Api/Cliente.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

// Cliente d'a API de billetes
func peticion(_ ruta: String) -> URLRequest {
    var r = URLRequest(url: URL(string: "https://billetes.autobusespireneu.es/api/\\(ruta)")!)
    r.setValue("Basic @@secret@@", forHTTPHeaderField: "Authorization")
    return r
}
""", b64("app-ios:" + rand_pw(20)))

add("rust/database-url", "etiquetadora/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/", """\
use sqlx::postgres::PgPoolOptions;

// Lotes pendientes d'etiquetar
pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(2)
        .connect("postgres://etiquetadora:@@secret@@@erp-db.safran.local/erp_safran")
        .await
}
""", rand_pw(18))

# ---------------------------------------------------------------- last decoys

add("yaml/decoy-azure-pipelines", "taquilla-win/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", """\
trigger: [main]
pool:
  vmImage: windows-latest
variables:
  - group: taquilla-produccion   # SqlPassword y JwtSigningKey viven en o grupo (secretos)
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: -c Release
  - script: echo "Desplegando con $(SqlPassword.Length) caracters de clau"
""")

add("markdown/decoy-changelog", "billetaje/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Cambios

## 4.2.0 - 2026-11-20
- As claus de Stripe se leyen de Vault (antes en `.env`).
- Nueva linia L-210 Aínsa - Bielsa.
- Retirada a clau vieja de firma d'os billetes (commit a3f9c21): ya no ye valida.

## 4.1.3 - 2026-10-02
- Corrección: o QR no se leyeba en as tabletas d'os conductors.
""")

add("python/decoy-hashlib", "erp/erp/socios/claus.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """\
import hashlib
import os

# Claus d'os socios en l'app: PBKDF2, nunca en claro
def hash_clau(clau: str, sal: bytes | None = None) -> tuple[bytes, bytes]:
    sal = sal or os.urandom(16)
    return sal, hashlib.pbkdf2_hmac("sha256", clau.encode(), sal, 600_000)

EXEMPLO_SAL_HEX = "@@salt@@"
""", salt=hexs(32))

add("json/decoy-firebase-public", "app-viachers/web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "apiKey": "@@k@@",
  "authDomain": "autobuses-pireneu.firebaseapp.com",
  "projectId": "autobuses-pireneu",
  "storageBucket": "autobuses-pireneu.appspot.com",
  "messagingSenderId": "618204937715",
  "appId": "1:618204937715:web:3c9f0a1b2d4e5f67"
}
""", k=google_key())

add("ini/decoy-git-config", "docs/sistemas/gitconfig-ejemplo.ini", "https://git-scm.com/docs/gitcredentials", """\
# ~/.gitconfig recomendau t'o personal de sistemas
[user]
    name = Nombre Apellido
    email = nombre@autobusespireneu.es
[credential]
    helper = manager
[credential "https://gitlab.com"]
    username = oauth2
""")

add("log/decoy-hash-tokens", "logs/billetaje-auditoria.log", "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html", """\
2026-12-03T07:00:12Z audit login usuario=mariche token_sha256=@@h1@@
2026-12-03T07:02:55Z audit venta billete=B-88213 linia=L-101 importe=6.40
2026-12-03T07:10:03Z audit login usuario=chuse token_sha256=@@h2@@
2026-12-03T07:11:48Z audit anulación billete=B-88201 motivo=retraso
2026-12-03T07:20:31Z audit logout usuario=mariche
""", h1=hexs(64), h2=hexs(64))

add("shell/decoy-openssl-gen", "scripts/crear_certificau_panel.sh", "https://docs.openssl.org/master/man1/openssl-req/", """\
#!/bin/bash
# Crea un certificau autofirmau t'o panel en o taller (a clau se queda en o servidor)
set -e
openssl req -x509 -newkey rsa:4096 -nodes -days 365 \\
  -keyout /etc/panel/tls.key -out /etc/panel/tls.crt \\
  -subj "/C=ES/ST=Uesca/L=Chaca/O=Autobuses d'o Pireneu/CN=panel.taller.local"
chmod 600 /etc/panel/tls.key
""")

add("xml/decoy-public-cert", "trazabilidad/src/main/resources/aeat-publico.xml", "https://www.w3.org/TR/xmldsig-core1/#sec-X509Data", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Certificau publico de l'AEAT ta verificar as respuestas -->
<ds:X509Data xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <ds:X509SubjectName>CN=AGENCIA ESTATAL DE ADMINISTRACION TRIBUTARIA</ds:X509SubjectName>
  <ds:X509Certificate>MIID@@c@@</ds:X509Certificate>
</ds:X509Data>
""", c=rand_pw(120, "+/"))

add("yaml/decoy-k8s-secret-empty", "k8s/tienda/secret-plantilla.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Plantilla: replenar con kubectl create secret, no aquí
apiVersion: v1
kind: Secret
metadata:
  name: tienda
  namespace: tienda
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ""
  SENDGRID_API_KEY: ""
""")

add("js/decoy-uuid-ids", "panel/src/datos/buses.js", "https://developer.mozilla.org/en-US/docs/Web/API/Crypto/randomUUID", """\
// Identificadors internos d'os buses (no son secretos)
export const BUSES = [
  { id: '@@u1@@', bus: 'B07', linia: 'L-101' },
  { id: '@@u2@@', bus: 'B11', linia: 'L-102' },
  { id: '@@u3@@', bus: 'B14', linia: 'L-210' },
];
""", u1=fakes.uuid4(_seed()), u2=fakes.uuid4(_seed()), u3=fakes.uuid4(_seed()))

add("text/decoy-runbook", "docs/runbooks/rotar-claus-tienda.txt", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", """\
RUNBOOK - Rotar as claus d'a tienda d'o safrán
==============================================
1. Stripe > Developers > API keys > "Roll key". Copiar a nueva SOLO en:
   aws secretsmanager put-secret-value --secret-id safran/tienda/stripe --secret-string file://nueva.txt
2. Borrar nueva.txt (shred -u nueva.txt).
3. kubectl -n tienda rollout restart deploy/tienda
4. Comprebar un pedido de proba con a tarcheta 4242 4242 4242 4242.
""")

add("go/decoy-test", "flota/internal/db/db_test.go", "https://pkg.go.dev/testing", """\
package db

import "testing"

// Base de datos efimera d'o test (testcontainers); a clau no sale d'o contenedor
func TestOpen(t *testing.T) {
	dsn := startPostgis(t) // postgres://test:test@localhost:RANDOM/test
	if _, err := openDSN(dsn); err != nil {
		t.Fatal(err)
	}
}
""")

add("properties/decoy-placeholder", "taquilla/src/main/resources/consorcio-ejemplo.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
# Exemplo: os valors reals en o Vault
consorcio.sftp.host=sftp.consorcio-aragon.example
consorcio.sftp.port=22
consorcio.sftp.usuario=${CONSORCIO_USUARIO}
consorcio.sftp.clau=${CONSORCIO_CLAU}
consorcio.sftp.directorio=/entrada/validacions
""")

add("csv/aragonese-route-password", "docs/inventario/pantallas.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
estacion,ip,usuario,clau,pantalla
Chaca,10.40.1.31,pi,,Samsung 43
Sabiñánigo,10.40.2.31,pi,@@secret@@,Samsung 43
Biescas,10.40.3.31,pi,,LG 32
Aínsa,10.40.4.31,pi,,LG 32
""", words_pw())

