"""Blind set NV: a Lomé port freight forwarder and a Kpalimé cocoa and coffee co-operative.

The forwarder runs container tracking, a customs broker portal (manifests, declarations, SYDONIA
exports), terminal and shipping-line integrations, mobile money payments and SMS alerts; the
co-operative runs a members' register, weighing-station collection, cocoa and coffee lots,
traceability for buyers, and a small web shop. Notes and comments are partly in Ewe and French.
Generated fakes only (seeds 8630000-8639999).
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
SEED_LOW, SEED_HIGH = 8630000, 8639999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Lagune", "Agou", "Kloto", "Mono", "Atakpame", "Baguida", "Avepozo", "Kpeme", "Zio", "Haho",
         "Tove", "Akato", "Kouma", "Danyi", "Adeta", "Womé", "Yikpa", "Aného", "Tsevie", "Badou"]
LOWER = ["kakao", "kofi", "tsi", "atigo", "ahome", "dzogbe", "ameyibo", "nyanyui", "fofo", "nuku",
         "avedzi", "kpekpe", "dzidzo", "agbale", "gbeto", "xexe"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def rand_b64(nbytes: int) -> str:
    """Base64 of random bytes: what ciphertext, an IV or a MAC reads like (no text inside)."""
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def mapbox_secret() -> str:
    r = _rng()
    payload = '{"u":"kloto-coop","a":"' + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(25)) + '"}'
    return "sk." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=") + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def sentry_auth_token() -> str:
    r = _rng()
    payload = '{"iat":17' + str(r.randint(10**7, 10**8 - 1)) + ',"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"kloto-coop"}'
    return "sntrys_" + base64.b64encode(payload.encode()).decode() + "_" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def gl_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_hook() -> str:
    r = _rng()
    g = fakes.uuid4(_seed())
    return (f"https://lomefreight.webhook.office.com/webhookb2/{g}@{fakes.uuid4(_seed())}/IncomingWebhook/"
            + "".join(r.choice(HEX) for _ in range(32)) + "/" + fakes.uuid4(_seed()))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def jwt_secret() -> str:
    return rand_pw(48)


def flw_secret() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def paystack() -> str:
    return "sk_live_" + hexs(40)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def api_key(prefix: str = "", n: int = 32) -> str:
    return prefix + rand_pw(n)


def jwt_token() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(('{"sub":"broker-' + str(r.randint(100, 999)) + '","iat":17' + str(r.randint(10**7, 10**8 - 1)) + '}').encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{header}.{body}.{sig}"


# --- cases -------------------------------------------------------------------------------------
# SECRETS-1
add("blind-nv/python/database-password", "tracking/settings_prod.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#databases",
    """# Agbodeka Transit & Logistique - suivi des conteneurs
# Mègaɖe nya sia o: prod database settings
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "atl_tracking",
        "USER": "atl_app",
        "PASSWORD": "@@secret@@",
        "HOST": "pg-lome-01.atl.internal",
        "PORT": "5432",
    }
}
""", words_pw())

add("blind-nv/env/aws-secret", "customs-portal/.env.production",
    "https://github.com/motdotla/dotenv#usage",
    """# Portail courtier en douane (broker portal)
APP_ENV=production
AWS_REGION=eu-west-3
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
S3_BUCKET=atl-declarations-scans
# Nyatakakawo le S3 me: scans des DAU
""", aws_secret(), kid=aws_id())

add("blind-nv/yaml/slack-webhook", "ops/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """global:
  resolve_timeout: 5m
route:
  receiver: quai-ops
receivers:
  - name: quai-ops
    slack_configs:
      - api_url: '@@secret@@'
        channel: '#port-lome-alertes'
        text: 'Nuɖeɖi le terminal la: {{ .CommonAnnotations.summary }}'
""", slack_hook())

add("blind-nv/js/stripe-key", "shop-kloto/server/payments.js",
    "https://docs.stripe.com/api/authentication",
    """// Boutique en ligne de la coopérative Kloto Kakao-Kofi
// Fiase: paiement des sachets de café moulu
const Stripe = require('stripe');
const stripe = Stripe('@@secret@@');

async function chargeOrder(order) {
  return stripe.paymentIntents.create({
    amount: order.totalCents,
    currency: 'eur',
    metadata: { lot: order.lotCode },
  });
}
module.exports = { chargeOrder };
""", stripe())

add("blind-nv/go/mobile-money-key", "momo-gateway/internal/flooz/client.go",
    "https://go.dev/doc/effective_go",
    """package flooz

import "net/http"

// Clé marchand Flooz (Moov Africa Togo) - to be moved to vault "emegbe" (later)
const merchantKey = "@@secret@@"

type Client struct {
	HTTP    *http.Client
	BaseURL string
}

func (c *Client) auth(req *http.Request) {
	req.Header.Set("X-Merchant-Key", merchantKey)
}
""", api_key("mk_live_", 40))

add("blind-nv/java/database-password", "sydonia-bridge/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
    """# Passerelle SYDONIA World -> portail courtier
spring.application.name=sydonia-bridge
spring.datasource.url=jdbc:oracle:thin:@//db-douane.atl.internal:1521/ATLPDB
spring.datasource.username=BRIDGE_RW
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# Ŋkeke sia ŋkeke: sync à 02h00
bridge.cron=0 0 2 * * *
""", words_pw())

add("blind-nv/kubernetes/base64-secret", "k8s/tracking/secret-redis.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: tracking-redis
  namespace: atl-tracking
type: Opaque
data:
  REDIS_HOST: @@host@@
  REDIS_PASSWORD: @@enc@@
""", (p := redis_pw()), host=b64("redis-master.atl-tracking.svc"), enc=b64(p))

add("blind-nv/markdown/ssh-password", "wiki/acces-serveurs-kpalime.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Accès aux serveurs - Coopérative Kloto Kakao-Kofi

Ðo ŋku edzi: le serveur de la bascule (weighing station) est à Kpalimé, bureau de Womé.

| Machine | Utilisateur | Mot de passe |
|---|---|---|
| bascule-kpalime.local | pesage | `@@secret@@` |

Ne pas partager sur WhatsApp. Mègaɖe ame bubu o.
""", words_pw())

add("blind-nv/shell/github-token", "scripts/deploy_tracking.sh",
    "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
    """#!/usr/bin/env bash
set -euo pipefail
# Déploiement du suivi conteneurs (Lomé port)
GH_TOKEN="@@secret@@"
git clone "https://x-access-token:${GH_TOKEN}@github.com/atl-lome/tracking.git" /opt/tracking
cd /opt/tracking && ./bin/migrate && systemctl restart tracking
echo "Dɔ la wu enu - déploiement fini"
""", gh_token())

add("blind-nv/yaml/database-url", "compose/docker-compose.cooperative.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  registre:
    image: ghcr.io/kloto-coop/registre:1.8
    environment:
      DATABASE_URL: "postgres://registre:@@secret@@@db:5432/membres"
      LANG: fr_TG.UTF-8
    depends_on: [db]
  db:
    image: postgres:16
""", rand_pw(22))

add("blind-nv/php/smtp-password", "portail/config/mail.php",
    "https://www.php.net/manual/en/language.types.array.php",
    """<?php
// Envoi des avis d'arrivée navire aux clients
return [
    'host' => 'smtp.atl-lome.tg',
    'port' => 587,
    'username' => 'avis-arrivee@atl-lome.tg',
    'password' => '@@secret@@',
    'encryption' => 'tls',
    // Nyatakaka: ne pas changer sans prévenir Kossi
];
""", words_pw())

add("blind-nv/csharp/connection-string", "BrokerPortal/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "ConnectionStrings": {
    "Douane": "Server=sql-lome.atl.internal;Database=BrokerPortal;User Id=portal_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Portail": { "Langue": "fr-TG", "Port": "Lomé" }
}
""", rand_pw(20, "!#%"))

add("blind-nv/ruby/sendgrid-key", "coop-newsletter/config/initializers/sendgrid.rb",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-ruby-code-example",
    """# Lettre d'information aux acheteurs de cacao (Kpalimé)
# Nuŋlɔɖi: on envoie le bulletin chaque mois
require 'sendgrid-ruby'

SENDGRID_CLIENT = SendGrid::API.new(api_key: '@@secret@@')
COOP_SENDER = 'bulletin@kloto-coop.org'
""", sendgrid())

add("blind-nv/terraform/aws-secret", "infra/terraform/provider.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """# ATL - infrastructure Paris (eu-west-3)
provider "aws" {
  region     = "eu-west-3"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "manifestes" {
  bucket = "atl-manifestes-lome"
}
""", aws_secret(), kid=aws_id())

add("blind-nv/python/telegram-token", "bots/alerte_navire.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    """\"\"\"Bot Telegram: prévient les transitaires quand un navire accoste au Port Autonome de Lomé.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873340021


def annonce(navire: str, quai: str) -> None:
    # Ʋu la ɖo: le navire est arrivé
    text = f"🚢 {navire} a accosté au quai {quai}. Ʋu la ɖo!"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": text})
""", telegram())

add("blind-nv/ini/ftp-password", "sydonia/export.ini",
    "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure",
    """; Export des déclarations vers le serveur FTP de l'OTR
[ftp]
host = ftp.douane-export.atl.internal
user = atl_export
password = @@secret@@
remote_dir = /depot/DAU

[horaire]
; Ŋdi kple fiẽ - matin et soir
heures = 07:00,18:30
""", words_pw())

add("blind-nv/dockerfile/npm-token", "shop-kloto/Dockerfile",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# paquets privés de la coop (@kloto/ui)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
EXPOSE 3000
CMD ["node", "server/index.js"]
""", npm_token())

add("blind-nv/github-actions/pypi-token", ".github/workflows/release-tracer.yml",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
    """name: publier traceur-cacao
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install build twine && python -m build
      - run: twine upload dist/* -u __token__ -p @@secret@@
""", pypi())

add("blind-nv/pem/private-key", "certs/edi-maersk-client.key",
    "https://www.rfc-editor.org/rfc/rfc7468",
    """@@secret@@
""", pem())

add("blind-nv/kotlin/google-maps-key", "app-collecte/src/main/java/tg/kloto/collecte/Config.kt",
    "https://developers.google.com/maps/documentation/android-sdk/get-api-key",
    """package tg.kloto.collecte

// Appli de collecte: carte des parcelles des agbledelawo (planteurs) autour de Kpalimé
object Config {
    const val MAPS_KEY = "@@secret@@"
    const val API_BASE = "https://api.kloto-coop.org/v1"
    const val LANG = "ee"
}
""", google_key())

add("blind-nv/shell-history/mysql-password", "notes/bash_history_serveur_bascule.txt",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /var/www/bascule
ls -la
mysql -u pesage -p'@@secret@@' bascule_kpalime -e "select count(*) from pesees where jour=curdate();"
tail -n 50 /var/log/bascule/import.log
sudo systemctl restart bascule-sync
exit
""", words_pw())

add("blind-nv/json/openai-key", "assistant-douane/config.json",
    "https://platform.openai.com/docs/api-reference/authentication",
    """{
  "modele": "gpt-4o-mini",
  "openai_api_key": "@@secret@@",
  "langues": ["fr", "ee", "en"],
  "prompt_systeme": "Tu aides les déclarants à classer les marchandises (SH) au Port de Lomé.",
  "max_tokens": 800
}
""", openai())

add("blind-nv/powershell/service-password", "ops/Install-TosAgent.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Installe l'agent TOS (Terminal Operating System) sur le poste du quai
$ErrorActionPreference = 'Stop'
$user = 'ATL\\svc-tos'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-Service -Name TosAgent -BinaryPathName 'C:\\ATL\\TosAgent.exe' -Credential $cred
# Akpe na Yao - merci pour l'install
""", words_pw())

add("blind-nv/rust/api-token", "tracker-cli/src/main.rs",
    "https://doc.rust-lang.org/book/ch03-01-variables-and-constants.html#constants",
    """// petit outil: suivre un conteneur (MSCU..., CMAU...) depuis le terminal
const TERMINAL_API: &str = "https://api.terminal-lome.example/v2";
const TERMINAL_TOKEN: &str = "@@secret@@";

fn main() {
    let bl = std::env::args().nth(1).expect("numéro de conteneur / BL");
    println!("Dim: {} ({})", bl, TERMINAL_API);
    let _auth = format!("Bearer {}", TERMINAL_TOKEN);
}
""", api_key("tlm_", 40))

add("blind-nv/swift/api-key", "CoopApp/CoopApp/Secrets.swift",
    "https://developer.apple.com/documentation/swift",
    """import Foundation

// Kloto Kakao-Kofi - appli iOS des acheteurs
enum Secrets {
    static let traceabilityAPIKey = "@@secret@@"
    static let baseURL = URL(string: "https://trace.kloto-coop.org")!
}
""", api_key("kk_live_", 36))

add("blind-nv/helm/values-password", "charts/portail/values-prod.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 2
image:
  repository: ghcr.io/atl-lome/portail-courtier
  tag: "3.4.1"
postgresql:
  auth:
    username: portail
    password: "@@secret@@"
    database: portail
ingress:
  host: courtier.atl-lome.tg
""", rand_pw(24))

add("blind-nv/ansible/vault-less-password", "ansible/group_vars/bascules.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables",
    """---
# Balances des stations de collecte (Kpalimé, Agou, Danyi)
bascule_user: pesage
bascule_db_password: "@@secret@@"
bascule_sites:
  - kpalime
  - agou
  - danyi
# Ðo ŋku edzi: mettre dans ansible-vault un jour
""", words_pw())

add("blind-nv/xml/sftp-password", "edi/connecteurs/cma-cgm.xml",
    "https://www.w3.org/TR/xml/",
    """<?xml version="1.0" encoding="UTF-8"?>
<!-- Connecteur EDI COPARN/CODECO avec la compagnie -->
<connecteur nom="cma-cgm-lome">
  <sftp hote="edi.partner-shipping.example" port="22">
    <utilisateur>ATL_LFW</utilisateur>
    <motDePasse>@@secret@@</motDePasse>
    <dossier>/inbound/LFW</dossier>
  </sftp>
</connecteur>
""", rand_pw(16, "#$"))

add("blind-nv/toml/discord-webhook", "coop-bot/config.toml",
    "https://toml.io/en/v1.0.0",
    """# Bot qui annonce les pesées du jour aux membres
[annonce]
webhook = "@@secret@@"
langue = "ee"
message = "Egbe ƒe kakao: {kg} kg le Kpalimé"

[horaire]
heure = "17:00"
""", discord_hook())

add("blind-nv/sql/user-password", "db/migrations/0007_lecteur_rapports.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Rôle en lecture pour les rapports mensuels (Metabase)
-- Ame siwo xlẽa nu ko: lecture seule
CREATE ROLE rapports_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE membres TO rapports_ro;
GRANT USAGE ON SCHEMA public TO rapports_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO rapports_ro;
""", words_pw())

add("blind-nv/typescript/jwt-secret", "portail-api/src/auth/jwt.ts",
    "https://github.com/auth0/node-jsonwebtoken#usage",
    """import jwt from 'jsonwebtoken';

// Secret de signature des sessions courtiers
const JWT_SECRET = '@@secret@@';

export function signer(courtierId: string): string {
  return jwt.sign({ sub: courtierId, port: 'TGLFW' }, JWT_SECRET, { expiresIn: '8h' });
}
""", jwt_secret())

add("blind-nv/env/twilio-token", "sms-alertes/.env",
    "https://www.twilio.com/docs/iam/api/authtoken",
    """# Alertes SMS aux chauffeurs (sortie conteneur)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+22890000000
SMS_LANG=fr
""", hexs(32), sid=twilio_sid())

add("blind-nv/csv/passwords-export", "exports/comptes_stations.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """station,responsable,identifiant,mot_de_passe
Kpalimé,Ama Dzifa,kpalime01,(à définir)
Agou,Kofi Mensah,agou01,@@secret@@
Danyi,Yawa Akakpo,danyi01,(voir Kossi)
Womé,Komla Adjo,wome01,réinitialisé
""", words_pw())

# SECRETS-2
add("blind-nv/gitlab-ci/gitlab-token", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [test, miroir]

tests:
  stage: test
  script: [pip install -r requirements.txt, pytest -q]

miroir-github:
  stage: miroir
  script:
    - git push "https://oauth2:@@secret@@@gitlab.com/kloto-coop/registre-membres.git" HEAD:main
""", gl_token())

add("blind-nv/python/url-password", "etl/charger_pesees.py",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """\"\"\"Charge les pesées (kg de cacao, café) des stations dans l'entrepôt de données.\"\"\"
from sqlalchemy import create_engine
import pandas as pd

# Xexeme ƒe nyatakakawo - données des stations
engine = create_engine("mysql+pymysql://etl:@@secret@@@10.20.0.14:3306/entrepot")


def charger(path: str) -> int:
    df = pd.read_csv(path, sep=";")
    return df.to_sql("pesees", engine, if_exists="append", index=False)
""", rand_pw(18))

add("blind-nv/kubernetes/stringdata-token", "k8s/portail/secret-sydonia.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata",
    """apiVersion: v1
kind: Secret
metadata:
  name: sydonia-api
  namespace: portail
  labels: {app: portail-courtier}
type: Opaque
stringData:
  SYDONIA_API_TOKEN: "@@secret@@"
""", api_key("syd_", 48))

add("blind-nv/markdown/runbook-aws-key", "docs/runbook-sauvegardes.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Runbook : sauvegardes S3 (ATL Lomé)

1. Se connecter au serveur `bkp-lome-01`.
2. Configurer le profil (une seule fois) :

```
aws configure set aws_access_key_id @@kid@@ --profile atl-bkp
aws configure set aws_secret_access_key @@secret@@ --profile atl-bkp
```

3. Lancer `./sauvegarde.sh` — ne pas fermer la session avant « Dɔ la wu enu ».
""", aws_secret(), kid=aws_id())

add("blind-nv/yaml/spring-password", "tos-adapter/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.yaml",
    """spring:
  rabbitmq:
    host: mq-quai.atl.internal
    port: 5672
    username: tos_adapter
    password: @@secret@@
tos:
  terminal: LCT
  port-code: TGLFW
""", rand_pw(20))

add("blind-nv/ipynb/api-key", "analyses/prix_cacao_icco.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Prix du cacao (ICCO) vs prix bord champ — Kpalimé"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "QUANDL_KEY = \\"@@secret@@\\"\\n",
    "r = requests.get('https://data.nasdaq.com/api/v3/datasets/ICE/CC1.json', params={'api_key': QUANDL_KEY})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(20, "_-"))

add("blind-nv/log/bearer-token", "logs/portail-api-2026-11-18.log",
    "https://www.rfc-editor.org/rfc/rfc6750#section-2.1",
    """2026-11-18T08:01:12Z INFO  démarrage portail-api v3.4.1 (Lomé)
2026-11-18T08:02:40Z DEBUG requête sortante GET https://api.guce-togo.example/v1/declarations?statut=BAE
2026-11-18T08:02:40Z DEBUG en-têtes: {"Accept": "application/json", "Authorization": "Bearer @@secret@@"}
2026-11-18T08:02:41Z INFO  214 déclarations reçues
2026-11-18T08:02:41Z WARN  3 déclarations sans numéro de conteneur
""", jwt_token())

add("blind-nv/go/dsn-password", "manifest-svc/cmd/server/main.go",
    "https://pkg.go.dev/github.com/go-sql-driver/mysql#readme-dsn-data-source-name",
    """package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	// Manifestes navires - base MySQL du quai
	db, err := sql.Open("mysql", "manifest:@@secret@@@tcp(10.10.4.7:3306)/manifestes?parseTime=true")
	if err != nil {
		log.Fatalf("base introuvable: %v", err)
	}
	defer db.Close()
}
""", rand_pw(16))

add("blind-nv/text/notes-ewe-password", "notes/nyatakakawo_wifi_kpalime.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Nyatakakawo na dɔwɔƒe la (Kpalimé)
-----------------------------------
Wi-Fi: KLOTO-COOP-BUREAU
Gbeƒãɖeɖenya (mot de passe) routeur admin: @@secret@@
Ame si kpɔa edzi: Edem (tél. bureau)
Mègatsɔe na ame bubu o!
""", words_pw())

add("blind-nv/js/firebase-private-key", "functions/serviceAccount.js",
    "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments",
    """// Compte de service Firebase (notifications aux planteurs)
module.exports = {
  type: 'service_account',
  project_id: 'kloto-coop-collecte',
  client_email: 'firebase-adminsdk@kloto-coop-collecte.iam.gserviceaccount.com',
  private_key: `@@secret@@`,
};
""", pem("RSA"))

add("blind-nv/yaml/azure-client-secret", "pipelines/azure-deploy.yml",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/",
    """trigger: [main]
pool: {vmImage: ubuntu-latest}
variables:
  AZURE_TENANT_ID: 7c1d3a52-0b7e-4c2f-9f0e-2d8a3b61f4e0
  AZURE_CLIENT_ID: 5b6e0f3a-77c2-4d1e-a8b4-9e2c1d0f3a7b
  AZURE_CLIENT_SECRET: '@@secret@@'
steps:
  - script: az login --service-principal -u $(AZURE_CLIENT_ID) -p $(AZURE_CLIENT_SECRET) --tenant $(AZURE_TENANT_ID)
""", azure_secret())

add("blind-nv/python/mailgun-key", "notifications/email_acheteurs.py",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """import requests

# Confirmation des lots vendus aux acheteurs (chocolatiers)
MAILGUN_DOMAIN = "mg.kloto-coop.org"


def envoyer(dest: str, sujet: str, corps: str):
    return requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", "@@secret@@"),
        data={"from": "Lots <lots@kloto-coop.org>", "to": dest, "subject": sujet, "text": corps},
    )
""", mailgun())

add("blind-nv/php/paystack-key", "boutique/includes/paiement.php",
    "https://paystack.com/docs/api/authentication/",
    """<?php
// Paiement par carte / mobile money de la boutique (café Kloto moulu)
define('PAYSTACK_SECRET', '@@secret@@');

function initialiser_paiement(string $email, int $montant): array {
    $ch = curl_init('https://api.paystack.co/transaction/initialize');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . PAYSTACK_SECRET]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['email' => $email, 'amount' => $montant]));
    return json_decode(curl_exec($ch), true);
}
""", paystack())

add("blind-nv/env/flutterwave-key", "momo-gateway/.env.staging",
    "https://developer.flutterwave.com/docs/authentication",
    """# passerelle paiement mobile (T-Money / Flooz via agrégateur)
FLW_PUBLIC_KEY=FLWPUBK_TEST-0000000000000000000000000000000-X
FLW_SECRET_KEY=@@secret@@
FLW_ENCRYPTION_KEY=
CALLBACK_URL=https://momo.atl-lome.tg/callback
""", flw_secret())

add("blind-nv/shell/private-key-heredoc", "scripts/installer_cle_edi.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/bin/sh
# Installe la clé SSH du compte EDI sur le nouveau serveur
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_edi <<'EOF'
@@secret@@
EOF
chmod 600 ~/.ssh/id_edi
echo "Akpe! clé installée"
""", pem("OPENSSH"))

add("blind-nv/java/hardcoded-password", "douane-client/src/main/java/tg/atl/douane/GuceClient.java",
    "https://docs.oracle.com/javase/tutorial/java/javaOO/variables.html",
    """package tg.atl.douane;

import java.net.http.HttpClient;

/** Client du guichet unique (GUCE) pour le dépôt des déclarations. */
public final class GuceClient {
    private static final String LOGIN = "ATL-TRANSIT";
    private static final String MOT_DE_PASSE = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String basicAuth() {
        return java.util.Base64.getEncoder().encodeToString((LOGIN + ":" + MOT_DE_PASSE).getBytes());
    }
}
""", words_pw())

add("blind-nv/http/basic-auth-header", "docs/api/exemple-appel-terminal.http",
    "https://www.rfc-editor.org/rfc/rfc7617",
    """### Statut d'un conteneur au terminal (appel réel capturé pour le support)
GET https://api.terminal-lome.example/v2/containers/MSCU4821937
Accept: application/json
Authorization: Basic @@secret@@

### réponse: 200 OK, statut "GATE-OUT"
""", b64("atl-transit:" + rand_pw(18)))

add("blind-nv/yaml/docker-registry-password", "ci/.drone.yml",
    "https://docs.drone.io/pipeline/docker/syntax/",
    """kind: pipeline
type: docker
name: registre-membres

steps:
  - name: publier
    image: plugins/docker
    settings:
      registry: registry.kloto-coop.org
      repo: registry.kloto-coop.org/registre
      username: ci
      password: @@secret@@
""", rand_pw(24))

add("blind-nv/c/api-key-define", "firmware/bascule/config.h",
    "https://gcc.gnu.org/onlinedocs/cpp/Object-like-Macros.html",
    """/* Balance connectée - station de collecte Kpalimé */
#ifndef BASCULE_CONFIG_H
#define BASCULE_CONFIG_H

#define BASCULE_ID        "KPL-03"
#define API_HOST          "api.kloto-coop.org"
#define API_DEVICE_KEY    "@@secret@@"
#define WIFI_SSID         "KLOTO-STATION"

#endif
""", rand_pw(32))

add("blind-nv/properties/smtp-password", "tos-adapter/src/main/resources/mail.properties",
    "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-",
    """# Avis de sortie conteneur (gate-out)
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.user=gateout@atl-lome.tg
mail.smtp.password=@@secret@@
mail.smtp.starttls.enable=true
""", words_pw())

add("blind-nv/yaml/github-fine-grained", "tools/sync-config.yaml",
    "https://yaml.org/spec/1.2.2/#folded-style",
    """# synchronisation des issues (portail courtier) -> tableau de bord
github:
  owner: atl-lome
  repo: portail-courtier
  token: @@secret@@
sync:
  labels: [douane, bug, "nu vevi"]
""", gh_fine())

add("blind-nv/json/slack-bot-token", "bots/slack-quai/config.json",
    "https://api.slack.com/authentication/token-types#bot",
    """{
  "nom": "quai-bot",
  "slack_bot_token": "@@secret@@",
  "canal": "C04LOMEQUAI",
  "messages": {
    "arrivee": "Ʋu {navire} ɖo! Arrivée au quai {quai}.",
    "depart": "Ʋu {navire} dzo. Départ."
  }
}
""", slack_bot())

add("blind-nv/ruby/database-yml", "traceabilite/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: traceabilite_prod
  username: trace
  password: @@secret@@
  host: db.kloto-coop.org
""", rand_pw(20))

add("blind-nv/terraform/tfvars-password", "infra/terraform/prod.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """region          = "eu-west-3"
env             = "prod"
db_username     = "portail"
db_password     = "@@secret@@"
instance_class  = "db.t4g.medium"
# Ŋkeke 2026-10-02: augmenté la taille (Kodjo)
""", rand_pw(22, "!#"))

add("blind-nv/rst/docs-redis-url", "docs/source/deploiement.rst",
    "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """Déploiement du suivi conteneurs
================================

Le cache des statuts utilise Redis (instance managée) :

.. code-block:: bash

   export REDIS_URL=redis://default:@@secret@@@redis-lome.atl.internal:6379/0
   ./bin/tracking serve

Nu vevi : ne jamais vider le cache pendant l'arrivée d'un navire.
""", redis_pw())

add("blind-nv/npmrc/npm-token", "shop-kloto/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """registry=https://registry.npmjs.org/
@kloto:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("blind-nv/pgpass/password", "ops/pgpass.entrepot",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """# hostname:port:database:username:password
db.kloto-coop.org:5432:membres:registre:@@secret@@
db.kloto-coop.org:5432:entrepot:etl:*
localhost:5432:*:postgres:
# Mègaɖe o
""", words_pw())

add("blind-nv/netrc/password", "ops/netrc.ci",
    "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
    """machine nexus.atl-lome.tg
  login ci-deployer
  password @@secret@@
machine github.com
  login atl-bot
  password ${GITHUB_TOKEN}
""", rand_pw(20))

add("blind-nv/python/split-password", "bascule/sync_station.py",
    "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
    """\"\"\"Synchronise la balance de la station avec le serveur central (Kpalimé).\"\"\"
import paramiko

HOTE = "central.kloto-coop.org"
MDP = ("@@a@@"
       "@@b@@")


def envoyer(fichier: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(HOTE, username="station", password=MDP)
    client.open_sftp().put(fichier, f"/depot/{fichier}")
""", (p := rand_pw(22)), a=p[:11], b=p[11:])

add("blind-nv/vbs/password", "bureau/macros/export_douane.vbs",
    "https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/scripting-articles/d1wf56tt(v=vs.84)",
    """' Export Excel -> base douane (poste de Afi, bureau transit)
Dim conn
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=sql-lome;Initial Catalog=Transit;User ID=excel_export;Password=@@secret@@;"
conn.Execute "EXEC dbo.importer_feuille"
conn.Close
""", words_pw())

add("blind-nv/nginx/basic-auth-htpasswd", "ops/nginx/courtier.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """server {
    listen 443 ssl;
    server_name courtier.atl-lome.tg;
    location /sydonia/ {
        proxy_pass https://sydonia.douane.example/;
        # compte technique ATL auprès du serveur SYDONIA
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("atl_sydonia:" + words_pw()))

# SECRETS-3
add("blind-nv/python/django-secret-key", "registre/registre/settings.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Registre des membres de la coopérative (agbledelawo)
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["registre.kloto-coop.org"]
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Lome"
""", django_key())

add("blind-nv/kubernetes/dockerconfigjson", "k8s/tracking/regcred.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: atl-tracking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (p := gh_token()), enc=b64('{"auths":{"ghcr.io":{"username":"atl-bot","password":"' + p + '"}}}'))

add("blind-nv/yaml/mongodb-uri", "traceur/config/prod.yaml",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """# Traceur: lots de cacao -> acheteurs (EUDR)
serveur:
  port: 8080
mongo:
  uri: mongodb+srv://traceur:@@secret@@@cluster0.kloto.mongodb.net/lots?retryWrites=true
  base: lots
geo:
  parcelles: s3://kloto-parcelles/geojson/
""", rand_pw(16))

add("blind-nv/shell/curl-api-key", "scripts/suivre_conteneur.sh",
    "https://curl.se/docs/manpage.html#-H",
    """#!/usr/bin/env bash
# usage: ./suivre_conteneur.sh MSCU4821937
# Ekpɔ afi si ga-kɔntena la le (où est le conteneur)
ctr="$1"
curl -s "https://api.shipsgo.example/v2/ContainerService/GetContainerInfo" \\
  -H "X-Api-Key: @@secret@@" \\
  --data-urlencode "containerNumber=${ctr}" | jq '.Status'
""", hexs(32))

add("blind-nv/csharp/hardcoded-api-key", "BrokerPortal/Services/ManifestClient.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient",
    """using System.Net.Http;

namespace BrokerPortal.Services
{
    // Récupère les manifestes auprès de l'agent maritime
    public class ManifestClient
    {
        private const string ApiKey = "@@secret@@";
        private readonly HttpClient _http = new HttpClient();

        public ManifestClient() => _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", ApiKey);
    }
}
""", hexs(32))

add("blind-nv/docker-compose/env-password", "compose/bascule/docker-compose.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """version: "3.8"
services:
  mariadb:
    image: mariadb:11
    environment:
      - MARIADB_ROOT_PASSWORD=@@secret@@
      - MARIADB_DATABASE=bascule
    volumes: ["./data:/var/lib/mysql"]
    restart: unless-stopped
""", words_pw())

add("blind-nv/markdown/readme-stripe-test-vs-live", "shop-kloto/README.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Boutique Kloto Kakao-Kofi

Woezɔ! Boutique du café et du chocolat de la coopérative.

## Démarrer

    npm install
    STRIPE_KEY=@@secret@@ npm start

(Kofi: c'est la clé de production, on a pas eu le temps de faire la clé test.)
""", stripe("rk_live_"))

add("blind-nv/env/sendgrid-key", "notifications/.env",
    "https://github.com/motdotla/dotenv#usage",
    """NODE_ENV=production
SENDGRID_API_KEY=@@secret@@
FROM_EMAIL=lots@kloto-coop.org
# Ðo ŋku edzi: le bulletin part le 1er du mois
BULLETIN_CRON="0 7 1 * *"
""", sendgrid())

add("blind-nv/python/aws-boto-args", "ocr/lire_bl.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    """\"\"\"OCR des connaissements (BL) scannés par le bureau de Lomé.\"\"\"
import boto3

textract = boto3.client(
    "textract",
    region_name="eu-west-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def lire(chemin: str) -> dict:
    with open(chemin, "rb") as f:
        return textract.analyze_document(Document={"Bytes": f.read()}, FeatureTypes=["FORMS"])
""", aws_secret(), kid=aws_id())

add("blind-nv/yaml/teams-webhook", "ops/uptime-kuma-notifs.yaml",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
    """notifications:
  - name: equipe-transit
    type: teams
    webhookUrl: @@secret@@
    default: true
monitors:
  - name: portail-courtier
    url: https://courtier.atl-lome.tg/health
""", teams_hook())

add("blind-nv/js/hardcoded-password-mysql", "bascule-web/db.js",
    "https://github.com/mysqljs/mysql#establishing-connections",
    """const mysql = require('mysql2/promise');

// Connexion base de la balance (Kpalimé)
const pool = mysql.createPool({
  host: '192.168.10.5',
  user: 'pesage',
  password: '@@secret@@',
  database: 'bascule',
});
module.exports = pool;
""", words_pw())

add("blind-nv/shell/sshpass-password", "scripts/recuperer_pesees.sh",
    "https://linux.die.net/man/1/sshpass",
    """#!/bin/bash
# Récupère chaque soir les fichiers de pesée des stations
for st in agou danyi kpalime; do
  sshpass -p '@@secret@@' scp "station@${st}.kloto.lan:/data/pesees/$(date +%F).csv" "/srv/pesees/${st}/"
done
echo "Xexeme ƒe nyatakakawo va ɖo"
""", words_pw())

add("blind-nv/html/api-key-script", "public/carte-parcelles.html",
    "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Parcelles de la coopérative</title></head>
<body>
  <h1>Míaƒe agblewo - nos parcelles</h1>
  <div id="carte" style="height:500px"></div>
  <script src="/js/carte.js"></script>
  <script>window.MAPBOX_SECRET = "@@secret@@";</script>
</body>
</html>
""", mapbox_secret())

add("blind-nv/yaml/openai-helm", "charts/assistant/values.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """assistant:
  model: gpt-4o-mini
  langues: [fr, ee]
  env:
    OPENAI_API_KEY: @@secret@@
resources:
  limits: {cpu: 500m, memory: 512Mi}
""", openai())

add("blind-nv/go/pem-const", "edi-gateway/tls/client_key.go",
    "https://pkg.go.dev/crypto/tls#X509KeyPair",
    """package tls

// clé client mTLS pour la passerelle EDI avec le terminal
const ClientKeyPEM = `@@secret@@`

const ClientCertPath = "/etc/edi/client.crt"
""", pem("EC"))

add("blind-nv/ini/odbc-password", "bureau/odbc.ini",
    "https://www.unixodbc.org/odbcinst.html",
    """[TransitLome]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql-lome.atl.internal
Database    = Transit
UID         = compta
PWD         = @@secret@@
; pour la comptabilité (Sage) - Afi
""", words_pw())

add("blind-nv/text/email-paste-password", "notes/mail_transmis_prestataire.txt",
    "https://www.rfc-editor.org/rfc/rfc5322",
    """De: Kossi Agbeko <kossi@atl-lome.tg>
À: support@prestataire-tos.example
Objet: Accès VPN pour le dépannage du TOS

Bonjour,
Voici l'accès temporaire demandé pour le VPN du quai :
utilisateur : presta-tos
mot de passe : @@secret@@
Merci de nous prévenir quand c'est fini. Akpe!
""", words_pw())

add("blind-nv/properties/gradle-signing", "app-collecte/gradle.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# signature de l'appli de collecte
COLLECTE_STORE_FILE=../keys/collecte.jks
COLLECTE_STORE_PASSWORD=@@secret@@
COLLECTE_KEY_ALIAS=collecte
""", words_pw())

add("blind-nv/yaml/github-actions-env", ".github/workflows/sync-sydonia.yml",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env",
    """name: sync-sydonia
on:
  schedule: [{cron: "0 1 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SYDONIA_USER: atl_sync
      SYDONIA_PASSWORD: "@@secret@@"
    steps:
      - uses: actions/checkout@v4
      - run: python -m bridge.sync
""", words_pw())

add("blind-nv/typescript/firebase-server-key", "portail-web/src/push.ts",
    "https://firebase.google.com/docs/cloud-messaging/auth-server",
    """// Notifications aux chauffeurs (enlèvement conteneur)
const FCM_SERVER_KEY = '@@secret@@';

export async function notifier(token: string, titre: string) {
  await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: token, notification: { title: titre } }),
  });
}
""", "AAAA" + rand_pw(7) + ":APA91b" + rand_pw(134, "_-"))

add("blind-nv/xml/maven-settings", "ci/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>nexus-atl</id>
      <username>deploiement</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-nv/json/gcp-service-account", "ops/gcp/bigquery-rapports.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    """{
  "type": "service_account",
  "project_id": "kloto-rapports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "rapports@kloto-rapports.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("RSA").replace("RSA ", "").replace("\n", "\\n"), kid=hexs(40))

add("blind-nv/python/ftp-login-call", "douane/depot_ftp.py",
    "https://docs.python.org/3/library/ftplib.html#ftplib.FTP.login",
    """from ftplib import FTP_TLS

# Dépôt des fichiers XML des déclarations (Port de Lomé)
def deposer(fichier: str) -> None:
    ftp = FTP_TLS("ftp.douane-export.atl.internal")
    ftp.login("atl_depot", "@@secret@@")
    ftp.prot_p()
    with open(fichier, "rb") as f:
        ftp.storbinary(f"STOR {fichier}", f)
    ftp.quit()
""", words_pw())

add("blind-nv/makefile/token-var", "Makefile",
    "https://www.gnu.org/software/make/manual/make.html#Setting",
    """# Kloto Kakao-Kofi - registre
REGISTRY = registry.kloto-coop.org
REGISTRY_TOKEN = @@secret@@

publier:
\tdocker login $(REGISTRY) -u ci -p $(REGISTRY_TOKEN)
\tdocker push $(REGISTRY)/registre:latest
""", rand_pw(32))

add("blind-nv/yaml/redis-sentinel", "tracking/config/cache.yml",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/",
    """cache:
  mode: sentinel
  master: statuts
  sentinels:
    - sentinel-1.atl.internal:26379
    - sentinel-2.atl.internal:26379
  password: @@secret@@
  ttl_secondes: 900  # statut conteneur: 15 min
""", redis_pw())

add("blind-nv/kotlin/basic-auth", "app-chauffeurs/src/main/kotlin/tg/atl/chauffeurs/Api.kt",
    "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java",
    """package tg.atl.chauffeurs

import okhttp3.Credentials

// Appli des chauffeurs: bons d'enlèvement
object Api {
    const val BASE = "https://api.atl-lome.tg/enlevements"
    val auth: String = Credentials.basic("appli-chauffeurs", "@@secret@@")
}
""", rand_pw(20))

add("blind-nv/markdown/changelog-leaked-token", "CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/",
    """# Journal des modifications

## [3.4.1] - 2026-11-12
### Corrigé
- Le webhook Slack des arrivées navires (`@@secret@@`) ne recevait plus les alertes.
- Traduction ewe de « conteneur » : ga-kɔntena.

## [3.4.0] - 2026-10-30
- Export DAU en XML.
""", slack_hook())

add("blind-nv/powershell/azure-storage", "ops/Sauvegarde-Scans.ps1",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """# Sauvegarde des scans de BL vers Azure
$conn = "DefaultEndpointsProtocol=https;AccountName=atlscans;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem 'D:\\Scans\\BL' -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'bl' -Context $ctx -Force
}
""", azure_storage_key())

add("blind-nv/python/telegram-split", "bots/prix_du_jour.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    """# Prix bord champ du jour -> groupe Telegram des planteurs (en ewe)
import telegram

TOKEN = "@@secret@@"
bot = telegram.Bot(token=TOKEN)


async def publier(prix_kg: int) -> None:
    await bot.send_message(chat_id="@kloto_prix", text=f"Egbe kakao ƒe asi: {prix_kg} FCFA/kg")
""", telegram())

add("blind-nv/ini/pip-index-password", "ops/pip.conf",
    "https://pip.pypa.io/en/stable/topics/configuration/",
    """[global]
index-url = https://deploy:@@secret@@@nexus.atl-lome.tg/repository/pypi-group/simple
timeout = 60
# paquets internes: atl-douane, atl-edi

[install]
trusted-host = nexus.atl-lome.tg
""", rand_pw(18))

add("blind-nv/env/jwt-and-db", "portail-api/.env",
    "https://github.com/motdotla/dotenv#usage",
    """PORT=4000
DB_HOST=localhost
DB_USER=portail
DB_PASS=
JWT_SECRET=@@secret@@
SESSION_TTL=28800
""", jwt_secret())

# SECRETS-4
add("blind-nv/kubernetes/env-literal-password", "k8s/bascule/deployment.yaml",
    "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
    """apiVersion: apps/v1
kind: Deployment
metadata: {name: bascule-api, namespace: coop}
spec:
  replicas: 1
  selector: {matchLabels: {app: bascule-api}}
  template:
    metadata: {labels: {app: bascule-api}}
    spec:
      containers:
        - name: api
          image: registry.kloto-coop.org/bascule-api:2.1
          env:
            - name: DB_PASSWORD
              value: "@@secret@@"
""", rand_pw(20))

add("blind-nv/python/requests-auth-tuple", "douane/tarif_sh.py",
    "https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication",
    """\"\"\"Récupère le tarif douanier (SH) depuis le service de l'OTR.\"\"\"
import requests

URL = "https://tarif.otr-services.example/api/v1/positions"


def position(code_sh: str) -> dict:
    r = requests.get(f"{URL}/{code_sh}", auth=("atl-transit", "@@secret@@"), timeout=20)
    r.raise_for_status()
    return r.json()
""", words_pw())

add("blind-nv/json/composer-auth", "boutique/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic",
    """{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@secret@@"
        }
    }
}
""", hexs(40))

add("blind-nv/shell-history/psql-url", "notes/historique_kodjo.txt",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """  501  ssh kodjo@db.kloto-coop.org
  502  psql "postgresql://registre:@@secret@@@db.kloto-coop.org:5432/membres" -c '\\dt'
  503  pg_dump -Fc membres > membres_$(date +%F).dump
  504  ls -lh *.dump
  505  exit
""", words_pw())

add("blind-nv/yaml/ansible-become-pass", "ansible/inventaire/quai.ini",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """[quai]
tos-01.atl.internal
tos-02.atl.internal

[quai:vars]
ansible_user=deploy
ansible_become_pass=@@secret@@
; Kpɔ nyuie: postes du quai, ne pas redémarrer pendant un chargement
""", words_pw())

add("blind-nv/swift/plist-api-key", "CoopApp/CoopApp/Info.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key><string>Kloto Kakao</string>
  <key>SentryAuthToken</key><string>@@secret@@</string>
</dict>
</plist>
""", sentry_auth_token())

add("blind-nv/php/wp-config", "site-coop/wp-config.php",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/",
    """<?php
/** Site vitrine de la coopérative - Woezɔ le Kpalimé */
define( 'DB_NAME', 'coop_site' );
define( 'DB_USER', 'coop_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'kk_';
""", rand_pw(16, "#!"))

add("blind-nv/yaml/circleci-context", ".circleci/config.yml",
    "https://circleci.com/docs/configuration-reference/",
    """version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/python:3.12
    environment:
      HEROKU_API_KEY: @@secret@@
    steps:
      - checkout
      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/kloto-trace.git HEAD:main
""", fakes.uuid4(_seed()))

add("blind-nv/sql/dblink-password", "db/vues/vue_pesees_distantes.sql",
    "https://www.postgresql.org/docs/current/dblink.html",
    """-- Vue sur les pesées de la station d'Agou (base distante)
CREATE OR REPLACE VIEW pesees_agou AS
SELECT * FROM dblink(
  'host=agou.kloto.lan dbname=bascule user=lecture password=@@secret@@',
  'SELECT lot, kg, jour FROM pesees'
) AS t(lot text, kg numeric, jour date);
""", words_pw())

add("blind-nv/ruby/twilio-token", "sms/envoi.rb",
    "https://www.twilio.com/docs/libraries/reference/twilio-ruby",
    """require 'twilio-ruby'

# SMS aux planteurs: « Wò kakao ƒe ga va ɖo » (votre paiement est arrivé)
ACCOUNT_SID = '@@sid@@'
AUTH_TOKEN = '@@secret@@'

client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
def prevenir(client, tel, montant)
  client.messages.create(from: '+22890000001', to: tel, body: "Wò kakao ƒe ga va ɖo: #{montant} FCFA")
end
""", hexs(32), sid=twilio_sid())

add("blind-nv/env/split-multiline-pem", "edi-gateway/.env.local",
    "https://github.com/motdotla/dotenv#multiline-values",
    """EDI_PARTNER=LCT
EDI_HOST=edi.terminal-lome.example
EDI_KEY="@@secret@@"
EDI_PORT=22
""", pem("OPENSSH"))

add("blind-nv/toml/gitlab-runner-token", "ops/gitlab-runner/config.toml",
    "https://docs.gitlab.com/runner/configuration/advanced-configuration.html",
    """concurrent = 2

[[runners]]
  name = "runner-kpalime"
  url = "https://gitlab.com/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.12"
""", fakes.fake("glrt-", 20, _seed()))

add("blind-nv/java/jdbc-url-password", "rapports/src/main/java/tg/kloto/rapports/Db.java",
    "https://jdbc.postgresql.org/documentation/use/#connecting-to-the-database",
    """package tg.kloto.rapports;

import java.sql.Connection;
import java.sql.DriverManager;

public class Db {
    // Rapport mensuel des livraisons de cacao (par station)
    static Connection ouvrir() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://db.kloto-coop.org/entrepot?user=rapports&password=@@secret@@");
    }
}
""", rand_pw(18))

add("blind-nv/adoc/wiki-vpn", "wiki/vpn-quai.adoc",
    "https://docs.asciidoctor.org/asciidoc/latest/",
    """= VPN du quai (terminal)
:lang: fr

Le bureau de transit se connecte au réseau du terminal par IPsec.

[cols="1,2"]
|===
|Passerelle |vpn.terminal-lome.example
|Clé pré-partagée (PSK) |@@secret@@
|===

NOTE: Mègaɖe nya sia le WhatsApp me o.
""", rand_pw(28))

add("blind-nv/go/slack-webhook-const", "alertes/slack.go",
    "https://api.slack.com/messaging/webhooks",
    """package alertes

import (
	"bytes"
	"net/http"
)

var webhook = "@@secret@@"

// Envoie une alerte quand un conteneur frigo dépasse la température
func Frigo(msg string) error {
	_, err := http.Post(webhook, "application/json", bytes.NewBufferString(`{"text":"`+msg+`"}`))
	return err
}
""", slack_hook())

add("blind-nv/markdown/meeting-notes-token", "notes/reunion-2026-11-20.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Réunion équipe IT - 20/11/2026 (Lomé)

Presents : Kossi, Afi, Edem (Kpalimé, en visio)

- Edem a créé un token GitHub pour le miroir du registre : `@@secret@@`
  → à mettre dans les secrets du CI, Edem le supprimera ensuite.
- Dzi ɖeɖe : migration du portail vers .NET 8 en janvier.
- Nu vevi : formation des déclarants sur le nouveau portail.
""", gh_token())

add("blind-nv/yaml/grafana-datasource", "ops/grafana/provisioning/datasources/pg.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """apiVersion: 1
datasources:
  - name: Entrepot Kloto
    type: postgres
    url: db.kloto-coop.org:5432
    user: grafana
    jsonData: {database: entrepot, sslmode: require}
    secureJsonData:
      password: @@secret@@
""", words_pw())

add("blind-nv/typescript/aws-in-config", "portail-web/src/config/s3.ts",
    "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/loading-node-credentials-shared.html",
    """import { S3Client } from '@aws-sdk/client-s3';

// Téléversement des pièces jointes (factures, BL) par les clients
export const s3 = new S3Client({
  region: 'eu-west-3',
  credentials: {
    accessKeyId: '@@kid@@',
    secretAccessKey: '@@secret@@',
  },
});
""", aws_secret(), kid=aws_id())

add("blind-nv/python/smtp-login", "rapports/envoi_rapport.py",
    "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login",
    """import smtplib
from email.message import EmailMessage

# Rapport hebdomadaire des pesées au conseil d'administration
def envoyer(pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Rapport kakao - kwasiɖa sia (cette semaine)"
    msg["From"] = "rapports@kloto-coop.org"
    msg["To"] = "ca@kloto-coop.org"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="rapport.pdf")
    with smtplib.SMTP_SSL("smtp.kloto-coop.org", 465) as s:
        s.login("rapports@kloto-coop.org", "@@secret@@")
        s.send_message(msg)
""", words_pw())

add("blind-nv/kubernetes/base64-password", "k8s/portail/secret-guce.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: guce-credentials
  namespace: portail
type: Opaque
data:
  GUCE_USER: @@u@@
  GUCE_PASSWORD: @@enc@@
""", (p := words_pw()), u=b64("ATL-TRANSIT"), enc=b64(p))

add("blind-nv/dockerfile/env-password", "sydonia-bridge/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    """FROM eclipse-temurin:21-jre
WORKDIR /opt/bridge
COPY target/sydonia-bridge.jar app.jar
ENV SPRING_PROFILES_ACTIVE=prod
ENV SPRING_DATASOURCE_PASSWORD=@@secret@@
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
""", words_pw())

add("blind-nv/json/vscode-sftp", ".vscode/sftp.json",
    "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration",
    """{
    "name": "site coop (o2switch)",
    "host": "ftp.kloto-coop.org",
    "protocol": "sftp",
    "port": 22,
    "username": "kloto",
    "password": "@@secret@@",
    "remotePath": "/home/kloto/public_html",
    "uploadOnSave": true
}
""", words_pw())

add("blind-nv/js/hardcoded-jwt-bearer", "scripts/test_api_guce.js",
    "https://developer.mozilla.org/en-US/docs/Web/API/fetch",
    """// test rapide de l'API du guichet unique (ne pas commiter... oups)
const token = '@@secret@@';

fetch('https://api.guce-togo.example/v1/declarations/2026-LFW-004512', {
  headers: { Authorization: `Bearer ${token}` },
})
  .then((r) => r.json())
  .then(console.log);
""", jwt_token())

add("blind-nv/csharp/smtp-credentials", "BrokerPortal/Services/Mailer.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential",
    """using System.Net;
using System.Net.Mail;

namespace BrokerPortal.Services
{
    public static class Mailer
    {
        // envoi des bons à enlever (BAE) aux clients
        public static SmtpClient Client() => new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("bae@atl-lome.tg", "@@secret@@"),
        };
    }
}
""", words_pw())

add("blind-nv/yaml/rails-credentials-plain", "traceabilite/config/secrets.yml",
    "https://guides.rubyonrails.org/v5.0/security.html#custom-secrets",
    """# NOTE: ancien fichier, à remplacer par credentials.yml.enc
production:
  secret_key_base: @@secret@@
  carte_api: https://carte.kloto-coop.org

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
""", hexs(128))

add("blind-nv/ipynb/db-password", "analyses/rendement_parcelles.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# rendement (kg/ha) par village: Kpalimé, Agou, Womé\\n",
    "import psycopg2\\n",
    "conn = psycopg2.connect(host='db.kloto-coop.org', dbname='entrepot', user='analyse', password='@@secret@@')\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("blind-nv/log/url-password", "logs/sync-stations.log",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
    """[2026-11-22 18:00:01] sync: démarrage (stations: kpalime, agou, danyi)
[2026-11-22 18:00:02] sync: connexion à amqp://sync:@@secret@@@mq.kloto-coop.org:5672/coop
[2026-11-22 18:00:03] sync: 148 pesées reçues de kpalime
[2026-11-22 18:00:05] sync: agou hors ligne (nyatakaka meva o)
[2026-11-22 18:00:06] sync: fini
""", rand_pw(16))

add("blind-nv/terraform/github-provider-token", "infra/github/main.tf",
    "https://registry.terraform.io/providers/integrations/github/latest/docs#oauth--personal-access-token",
    """terraform {
  required_providers {
    github = { source = "integrations/github", version = "~> 6.0" }
  }
}

provider "github" {
  owner = "kloto-coop"
  token = "@@secret@@"
}
""", gh_token())

add("blind-nv/yaml/mqtt-password", "bascule/firmware/mqtt.yaml",
    "https://esphome.io/components/mqtt.html",
    """# ESPHome - balance connectée station Danyi
esphome:
  name: bascule-danyi
mqtt:
  broker: mqtt.kloto-coop.org
  username: bascule-danyi
  password: "@@secret@@"
sensor:
  - platform: hx711
    name: "Poids sac kakao"
""", rand_pw(16))

add("blind-nv/bat/net-use-password", "bureau/monter_partage.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use",
    """@echo off
REM Monte le partage des dossiers clients (transit) au démarrage
net use Z: \\\\fs-lome\\dossiers /user:ATL\\transit @@secret@@ /persistent:yes
if errorlevel 1 echo Echec du montage - appeler Kossi
echo Akpe!
""", words_pw())

add("blind-nv/yaml/openapi-example-real-key", "docs/api/openapi-trace.yaml",
    "https://spec.openapis.org/oas/v3.1.0#security-scheme-object",
    """openapi: 3.1.0
info: {title: API Traçabilité Kloto, version: 1.2.0}
components:
  securitySchemes:
    cle:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Clé de l'acheteur Chocolaterie du Lac (prod): @@secret@@"
""", api_key("kk_live_", 36))

add("blind-nv/python/pem-inline", "edi/signer_message.py",
    "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_private_key",
    """from cryptography.hazmat.primitives import serialization

# clé de signature des messages EDI (IFTMIN) envoyés aux compagnies
CLE = b\"\"\"@@secret@@\"\"\"

cle = serialization.load_pem_private_key(CLE, password=None)
""", pem("RSA"))

add("blind-nv/json/docker-config-auth", "ops/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """{
  "auths": {
    "registry.kloto-coop.org": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("ci:" + rand_pw(24)))

add("blind-nv/kotlin/gradle-kts-password", "app-chauffeurs/build.gradle.kts",
    "https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:authentication_schemes",
    """plugins { id("com.android.application") }

repositories {
    maven {
        url = uri("https://nexus.atl-lome.tg/repository/android/")
        credentials {
            username = "android"
            password = "@@secret@@"
        }
    }
}
""", rand_pw(20))

add("blind-nv/text/sms-template-key", "sms-alertes/fournisseur.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Fournisseur SMS (agrégateur local)
URL : https://api.sms-togo.example/send
Identifiant : ATLLOME
Clé API : @@secret@@
Expéditeur : ATL-TRANSIT
Tarif : 15 FCFA / SMS
""", hexs(40))

# DECOYS-1
add("blind-nv/python/decoy-env-reference", "tracking/settings_base.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/",
    """import os

# Ðo ŋku edzi: tous les secrets viennent de l'environnement (voir Vault)
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "atl_tracking"),
        "USER": os.getenv("DB_USER", "atl_app"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
""")

add("blind-nv/env/decoy-placeholder", "customs-portal/.env.example",
    "https://github.com/motdotla/dotenv#should-i-commit-my-env-file",
    """# Copier en .env puis remplir (Ŋlɔ wò nyatakakawo ɖe afi sia)
APP_ENV=development
AWS_REGION=eu-west-3
AWS_ACCESS_KEY_ID=<votre-access-key-id>
AWS_SECRET_ACCESS_KEY=<votre-secret-access-key>
S3_BUCKET=atl-declarations-scans-dev
GUCE_PASSWORD=changeme
""")

add("blind-nv/yaml/decoy-secret-key-ref", "k8s/tracking/deployment.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
    """apiVersion: apps/v1
kind: Deployment
metadata: {name: tracking-api, namespace: atl-tracking}
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/atl-lome/tracking:5.2.0
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: {name: tracking-redis, key: REDIS_PASSWORD}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: tracking-db, key: password}
""")

add("blind-nv/markdown/decoy-aws-doc-example", "docs/aws-cli-pour-debutants.md",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """# AWS CLI : configuration (formation interne ATL)

Exemple tiré de la documentation AWS (valeurs fictives, ne marchent pas) :

```
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Vos vraies clés : demandez à Kossi, elles sont dans 1Password (coffre « Quai »).
""")

add("blind-nv/js/decoy-stripe-publishable", "shop-kloto/public/checkout.js",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """// Clé publiable (côté navigateur) - sans danger, c'est prévu pour être publique
const stripe = Stripe('@@pk@@');
const elements = stripe.elements({ locale: 'fr' });
const carte = elements.create('card');
carte.mount('#carte');
// Akpe na wò asitsatsa! (merci pour votre achat)
""", pk=stripe("pk_live_"))

add("blind-nv/yaml/decoy-github-secrets-ref", ".github/workflows/deploy-portail.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """name: déployer portail
on: {push: {branches: [main]}}
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
          SSH_KEY: ${{ secrets.PORTAIL_SSH_KEY }}
""")

add("blind-nv/sql/decoy-bcrypt-fixture", "db/seeds/utilisateurs_demo.sql",
    "https://www.postgresql.org/docs/current/sql-insert.html",
    """-- Jeu de démonstration (données FICTIVES) pour les formations des déclarants
-- mot de passe de tous les comptes de démo : à définir au premier login
INSERT INTO utilisateurs (login, nom, hash_mdp, role) VALUES
  ('demo.declarant', 'Déclarant Démo', '$2b$12$@@h1@@', 'declarant'),
  ('demo.chef', 'Chef de bureau Démo', '$2b$12$@@h2@@', 'chef'),
  ('demo.lecture', 'Lecture seule', NULL, 'lecture');
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"))

add("blind-nv/text/decoy-checksums", "releases/tracker-cli-1.3.0.sha256",
    "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    """@@a@@  tracker-cli-1.3.0-linux-amd64.tar.gz
@@b@@  tracker-cli-1.3.0-linux-arm64.tar.gz
@@c@@  tracker-cli-1.3.0-windows-amd64.zip
@@d@@  tracker-cli-1.3.0-darwin-arm64.tar.gz
@@e@@  tracker-cli-1.3.0.sbom.json
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish(), e=sha256ish())

add("blind-nv/ssh/decoy-public-key", "ansible/files/authorized_keys_deploy",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """# clés publiques autorisées sur les serveurs du quai (public, sans risque)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ kossi@atl-lome
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ afi@atl-lome
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k3@@ edem@kloto-coop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ ci-deploy
""", k1=rand_pw(44, "+/"), k2=rand_pw(44, "+/"), k3=rand_pw(44, "+/"), k4=rand_pw(44, "+/"))

add("blind-nv/yaml/decoy-ansible-vault", "ansible/group_vars/quai/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-nv/yaml/decoy-sops", "k8s/portail/secrets.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age",
    """apiVersion: v1
kind: Secret
metadata:
  name: guce-credentials
type: Opaque
stringData:
  GUCE_PASSWORD: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2026-11-14T09:12:44Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.9.0
""", d=rand_b64(18), iv=rand_b64(32), tag=rand_b64(16), age=rand_pw(58).lower(), mac=rand_b64(32))

add("blind-nv/ini/decoy-redacted", "sydonia/export.ini.sample",
    "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure",
    """; Modèle - le vrai fichier est sur le serveur d'export, pas dans git
[ftp]
host = ftp.douane-export.atl.internal
user = atl_export
password = ********
remote_dir = /depot/DAU
""")

add("blind-nv/log/decoy-masked-token", "logs/portail-api-2026-11-19.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html",
    """2026-11-19T08:02:40Z DEBUG requête sortante GET https://api.guce-togo.example/v1/declarations?statut=BAE
2026-11-19T08:02:40Z DEBUG en-têtes: {"Accept": "application/json", "Authorization": "Bearer [MASQUÉ]"}
2026-11-19T08:02:41Z INFO  198 déclarations reçues
2026-11-19T08:02:41Z DEBUG mot de passe SMTP: ****** (longueur 18)
2026-11-19T08:02:42Z INFO  correctif: les jetons ne sont plus écrits dans les logs (ticket ATL-412)
""")

add("blind-nv/csv/decoy-container-ids", "exports/conteneurs_semaine_47.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """conteneur,bl,navire,scelle,statut
MSCU4821937,MEDU@@b1@@,MSC ARIA,@@s1@@,GATE-OUT
CMAU7712046,LFW@@b2@@,CMA CGM LOME,@@s2@@,DECHARGE
TGHU3390415,MAEU@@b3@@,MAERSK KOTO,@@s3@@,EN DOUANE
GESU6120583,ONEY@@b4@@,ONE HARMONY,@@s4@@,BAE
""", b1=hexs(10).upper(), b2=hexs(10).upper(), b3=hexs(10).upper(), b4=hexs(10).upper(),
    s1=hexs(8).upper(), s2=hexs(8).upper(), s3=hexs(8).upper(), s4=hexs(8).upper())

add("blind-nv/json/decoy-package-lock", "shop-kloto/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """{
  "name": "shop-kloto",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "14.21.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("blind-nv/terraform/decoy-sensitive-variable", "infra/terraform/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """variable "db_password" {
  description = "Mot de passe de la base du portail (fourni par TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "guce_api_token" {
  description = "Jeton GUCE - lu depuis AWS Secrets Manager"
  type        = string
  sensitive   = true
  default     = ""
}
""")

add("blind-nv/helm/decoy-template-ref", "charts/portail/templates/secret.yaml",
    "https://helm.sh/docs/chart_template_guide/function_list/#b64enc",
    """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "portail.fullname" . }}-db
type: Opaque
data:
  password: {{ required "postgresql.auth.password est obligatoire" .Values.postgresql.auth.password | b64enc | quote }}
  username: {{ .Values.postgresql.auth.username | b64enc | quote }}
""")

add("blind-nv/pem/decoy-public-key", "certs/guce-signature.pub.pem",
    "https://www.rfc-editor.org/rfc/rfc7468#section-13",
    """-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END PUBLIC KEY-----
""", l1=rand_pw(64, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(64, "+/"), l5=rand_pw(24, "+/") + "IDAQAB")

add("blind-nv/pem/decoy-certificate", "certs/courtier.atl-lome.tg.crt",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """# certificat public du portail (chaîne complète côté nginx)
-----BEGIN CERTIFICATE-----
MIIF@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1=rand_pw(60, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(40, "+/") + "==")

add("blind-nv/go/decoy-env-lookup", "momo-gateway/internal/config/config.go",
    "https://pkg.go.dev/os#LookupEnv",
    """package config

import (
	"fmt"
	"os"
)

// Charge la clé marchand Flooz / T-Money depuis l'environnement.
func MerchantKey() (string, error) {
	key, ok := os.LookupEnv("FLOOZ_MERCHANT_KEY")
	if !ok || key == "" {
		return "", fmt.Errorf("FLOOZ_MERCHANT_KEY manquante (Ðo ŋku edzi: voir vault kv/momo)")
	}
	return key, nil
}
""")

add("blind-nv/python/decoy-test-fixture", "tests/test_signature_edi.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """\"\"\"Tests de la signature EDI - valeurs FAUSSES, jamais utilisées en dehors des tests.\"\"\"
import pytest

from edi.signature import signer, verifier

FAUSSE_CLE_HMAC = "test-only-not-a-real-key"


@pytest.fixture
def message():
    return b"UNH+1+IFTMIN:D:99B:UN'BGM+610+LFW0001+9'"


def test_aller_retour(message):
    sig = signer(message, FAUSSE_CLE_HMAC)
    assert verifier(message, sig, FAUSSE_CLE_HMAC)
""")

add("blind-nv/markdown/decoy-password-policy", "wiki/politique-mots-de-passe.md",
    "https://pages.nist.gov/800-63-3/sp800-63b.html",
    """# Politique des mots de passe (ATL & coopérative)

- Au moins 14 caractères ; une phrase est mieux (ex. de forme : `trois-mots-au-hasard-42`).
- Jamais de mot de passe dans un fichier, un mail ou un groupe WhatsApp.
- Gbeƒãɖeɖenya (mot de passe) : le gestionnaire est Bitwarden, organisation « ATL ».
- Pas de mot de passe par défaut : chaque nouveau compte reçoit un lien d'activation
  (valable 24 h) et choisit lui-même son mot de passe.
- En cas de fuite : prévenir Kossi (Lomé) ou Edem (Kpalimé) tout de suite.
""")

add("blind-nv/yaml/decoy-vault-path", "ops/vault-agent.hcl.yaml",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template",
    """# Vault Agent: rend les secrets du portail dans /run/secrets
auto_auth:
  method: kubernetes
  config: {role: portail}
templates:
  - destination: /run/secrets/db
    contents: '{{ with secret "kv/data/portail/db" }}{{ .Data.data.password }}{{ end }}'
  - destination: /run/secrets/guce
    contents: '{{ with secret "kv/data/portail/guce" }}{{ .Data.data.token }}{{ end }}'
""")

add("blind-nv/json/decoy-empty-values", "assistant-douane/config.example.json",
    "https://platform.openai.com/docs/api-reference/authentication",
    """{
  "modele": "gpt-4o-mini",
  "openai_api_key": "",
  "langues": ["fr", "ee", "en"],
  "prompt_systeme": "Tu aides les déclarants à classer les marchandises (SH) au Port de Lomé.",
  "max_tokens": 800
}
""")

add("blind-nv/dockerfile/decoy-build-secret", "portail-api/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ENV NODE_ENV=production
CMD ["node", "dist/index.js"]
""")

add("blind-nv/shell/decoy-read-prompt", "scripts/creer_compte_station.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
    """#!/usr/bin/env bash
# Crée le compte d'une nouvelle station de collecte
set -euo pipefail
read -rp "Nom de la station : " station
read -rsp "Mot de passe (ne s'affiche pas) : " mdp; echo
psql "$REGISTRE_URL" -v station="$station" -v mdp="$mdp" -f sql/creer_station.sql
echo "Station ${station} créée. Akpe!"
""")

add("blind-nv/xml/decoy-placeholder-settings", "ci/settings.template.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>nexus-atl</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-nv/csharp/decoy-user-secrets", "BrokerPortal/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """{
  "ConnectionStrings": {
    "Douane": "Server=(localdb)\\\\MSSQLLocalDB;Database=BrokerPortal;Trusted_Connection=True"
  },
  "Guce": {
    "BaseUrl": "https://api.guce-togo.example/v1",
    "ApiKey": "(dotnet user-secrets set Guce:ApiKey ...)"
  },
  "Portail": { "Langue": "fr-TG" }
}
""")

add("blind-nv/yaml/decoy-docker-digest", "compose/docker-compose.tracking.yml",
    "https://docs.docker.com/reference/compose-file/services/#image",
    """services:
  tracking:
    image: ghcr.io/atl-lome/tracking@sha256:@@d1@@
    environment:
      REDIS_URL: redis://redis:6379/0
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  redis:
    image: redis@sha256:@@d2@@
secrets:
  db_password:
    file: ./secrets/db_password.txt
""", d1=sha256ish(), d2=sha256ish())

add("blind-nv/text/decoy-git-log", "notes/git-log-portail.txt",
    "https://git-scm.com/docs/git-log",
    """commit @@c1@@
Author: Kossi Agbeko <kossi@atl-lome.tg>
Date:   Thu Nov 20 10:14:02 2026 +0000

    Retire le mot de passe SMTP du code (maintenant dans Vault)

commit @@c2@@
Author: Afi Dogbe <afi@atl-lome.tg>
Date:   Wed Nov 19 16:40:55 2026 +0000

    Traduction ewe des écrans de suivi (ga-kɔntena, ʋu, dzidzenu)
""", c1=hexs(40), c2=hexs(40))

# DECOYS-2
add("blind-nv/kotlin/decoy-buildconfig", "app-collecte/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    defaultConfig {
        applicationId = "tg.kloto.collecte"
        // la clé vient de local.properties (non versionné), jamais du dépôt
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("COLLECTE_STORE_PASSWORD")
            keyPassword = System.getenv("COLLECTE_KEY_PASSWORD")
        }
    }
}
""")

add("blind-nv/php/decoy-getenv", "portail/config/database.php",
    "https://www.php.net/manual/en/function.getenv.php",
    """<?php
// Base du portail courtier - tout vient de l'environnement
return [
    'driver' => 'pgsql',
    'host' => getenv('DB_HOST') ?: '127.0.0.1',
    'database' => getenv('DB_DATABASE') ?: 'portail',
    'username' => getenv('DB_USERNAME') ?: 'portail',
    'password' => getenv('DB_PASSWORD') ?: '',
];
""")

add("blind-nv/ruby/decoy-credentials-fetch", "traceabilite/config/initializers/carte.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """# Clés de la carte des parcelles: dans credentials.yml.enc (rails credentials:edit)
Rails.application.config.carte = {
  token: Rails.application.credentials.dig(:mapbox, :token),
  style: "mapbox://styles/kloto/parcelles-v3",
  centre: [6.9, 0.63] # Kpalimé
}
""")

add("blind-nv/markdown/decoy-readme-setup", "portail-api/README.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# portail-api

API du portail courtier (Agbodeka Transit & Logistique, Lomé).

## Variables d'environnement

| Variable | Exemple | Description |
|---|---|---|
| `JWT_SECRET` | `<64 caractères aléatoires>` | signature des sessions |
| `DB_PASS` | `votre-mot-de-passe` | base Postgres |
| `GUCE_TOKEN` | `xxxxxxxx-xxxx` | jeton du guichet unique |

Générer un secret : `openssl rand -hex 32`. Ŋlɔe ɖe `.env` me, mègatsɔe de git me o.
""")

add("blind-nv/yaml/decoy-sealed-secret", "k8s/coop/sealed-registre-db.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: registre-db
  namespace: coop
spec:
  encryptedData:
    password: Ag@@c1@@
    username: Ag@@c2@@
  template:
    metadata: {name: registre-db, namespace: coop}
""", c1=rand_b64(360), c2=rand_b64(150))

add("blind-nv/env/decoy-commented-out", "sms-alertes/.env.sample",
    "https://github.com/motdotla/dotenv#comments",
    """# Alertes SMS aux chauffeurs - modèle
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM=+22890000000
# SMS_API_KEY=   (fournisseur local, voir Vault kv/sms)
SMS_LANG=fr
""")

add("blind-nv/python/decoy-uuid-ids", "tracking/constants.py",
    "https://docs.python.org/3/library/uuid.html",
    """\"\"\"Identifiants fixes (pas des secrets) : terminaux, compagnies, bureaux de douane.\"\"\"
TERMINAL_LCT = "@@u1@@"
TERMINAL_LOME_MULTIPURPOSE = "@@u2@@"
BUREAU_DOUANE_PORT = "TGPA1"
COMPAGNIES = {
    "MSC": "@@u3@@",
    "CMA CGM": "@@u4@@",
    "MAERSK": "@@u5@@",
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("blind-nv/json/decoy-firebase-public-config", "app-collecte/google-services.example.json",
    "https://firebase.google.com/docs/android/setup",
    """{
  "project_info": {
    "project_number": "000000000000",
    "project_id": "kloto-coop-collecte"
  },
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:000000000000:android:0000000000000000"},
    "api_key": [{"current_key": "REMPLACER_PAR_LA_CLE_DU_PROJET"}]
  }]
}
""")

add("blind-nv/ipynb/decoy-getpass", "analyses/exports_mensuels.ipynb",
    "https://docs.python.org/3/library/getpass.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# exports de cacao par mois (tonnes) - Kpalimé\\n",
    "import getpass, psycopg2\\n",
    "mdp = getpass.getpass('Mot de passe entrepot: ')\\n",
    "conn = psycopg2.connect(host='db.kloto-coop.org', dbname='entrepot', user='analyse', password=mdp)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-nv/go/decoy-hmac-test-vector", "momo-gateway/internal/flooz/signature_test.go",
    "https://www.rfc-editor.org/rfc/rfc4231#section-4.2",
    """package flooz

import "testing"

// Vecteur de test RFC 4231 (cas 2) - clé publique de la RFC, pas une clé marchand
func TestSignature(t *testing.T) {
	key := []byte("Jefe")
	got := sign(key, []byte("what do ya want for nothing?"))
	want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
	if got != want {
		t.Fatalf("signature: %s", got)
	}
}
""")

add("blind-nv/shell-history/decoy-env-usage", "notes/historique_afi.txt",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """  210  export PGPASSWORD=$(vault kv get -field=password kv/portail/db)
  211  psql -h sql-lome.atl.internal -U portail portail -c 'select count(*) from declarations'
  212  unset PGPASSWORD
  213  aws s3 ls s3://atl-manifestes-lome --profile atl-bkp
  214  history -c
""")

add("blind-nv/toml/decoy-cargo-lock", "tracker-cli/Cargo.lock",
    "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html",
    """version = 3

[[package]]
name = "reqwest"
version = "0.12.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde"
version = "1.0.204"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("blind-nv/html/decoy-login-form", "portail-web/public/connexion.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password",
    """<!DOCTYPE html>
<html lang="fr">
<body>
  <h1>Portail courtier — Woezɔ!</h1>
  <form method="post" action="/connexion">
    <label>Identifiant <input name="login" autocomplete="username"></label>
    <label>Mot de passe <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <button>Se connecter</button>
  </form>
</body>
</html>
""")

add("blind-nv/yaml/decoy-external-secret", "k8s/tracking/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tracking-db
  namespace: atl-tracking
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
  target: {name: tracking-db}
  data:
    - secretKey: password
      remoteRef: {key: prod/tracking/db, property: password}
""")

add("blind-nv/rst/decoy-docs-example", "docs/source/api-traceabilite.rst",
    "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """Authentification
================

Chaque acheteur reçoit une clé (``X-Api-Key``). Exemple avec une clé **fictive** :

.. code-block:: bash

   curl -H "X-Api-Key: kk_test_EXEMPLE_NE_FONCTIONNE_PAS" \\
        https://trace.kloto-coop.org/v1/lots/KK-2026-0142

La clé réelle est envoyée par courrier chiffré. Akpe!
""")

add("blind-nv/sql/decoy-hashed-api-keys", "db/migrations/0011_cles_acheteurs.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html",
    """-- Les clés des acheteurs ne sont stockées que hachées (SHA-256)
CREATE TABLE cles_acheteurs (
  id serial PRIMARY KEY,
  acheteur text NOT NULL,
  prefixe text NOT NULL,           -- 8 premiers caractères, pour l'affichage
  empreinte char(64) NOT NULL
);
INSERT INTO cles_acheteurs (acheteur, prefixe, empreinte) VALUES
  ('Chocolaterie du Lac', 'kk_live_', '@@h1@@');
""", h1=sha256ish())

add("blind-nv/properties/decoy-spring-placeholder", "tos-adapter/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders",
    """spring.application.name=tos-adapter
spring.rabbitmq.host=${RABBIT_HOST:localhost}
spring.rabbitmq.username=${RABBIT_USER:guest}
spring.rabbitmq.password=${RABBIT_PASSWORD}
tos.terminal=LCT
# Nu vevi: ne jamais mettre le mot de passe ici
""")

add("blind-nv/typescript/decoy-type-definitions", "portail-web/src/types/auth.ts",
    "https://www.typescriptlang.org/docs/handbook/2/objects.html",
    """// Types de l'authentification du portail courtier
export interface Identifiants {
  login: string;
  password: string;
  otp?: string;
}

export const PASSWORD_MIN_LENGTH = 14;
export const TOKEN_HEADER = 'Authorization';
export type Jeton = { accessToken: string; expiresIn: number };
""")

add("blind-nv/powershell/decoy-get-credential", "ops/Connect-Quai.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Connexion aux postes du quai - les identifiants sont demandés à chaque fois
param([string]$Poste = 'tos-01.atl.internal')
$cred = Get-Credential -Message "Compte ATL pour $Poste"
Enter-PSSession -ComputerName $Poste -Credential $cred
# Akpe - merci de fermer la session après usage
""")

add("blind-nv/yaml/decoy-masked-config-dump", "notes/config-dump-tracking.yaml",
    "https://yaml.org/spec/1.2.2/",
    """# sortie de `tracking config show` (les secrets sont masqués par l'outil)
database:
  host: pg-lome-01.atl.internal
  user: atl_app
  password: "***"
redis:
  url: redis://default:****@redis-lome.atl.internal:6379/0
terminal_api:
  token: "tlm_…(masqué)"
""")

add("blind-nv/java/decoy-constant-names", "douane-client/src/main/java/tg/atl/douane/Cles.java",
    "https://docs.oracle.com/javase/tutorial/java/javaOO/variables.html",
    """package tg.atl.douane;

/** Noms des clés de configuration (pas les valeurs). */
public final class Cles {
    public static final String MOT_DE_PASSE_GUCE = "guce.motDePasse";
    public static final String JETON_SYDONIA = "sydonia.jeton";
    public static final String SECRET_JWT = "portail.jwt.secret";
    private Cles() {}
}
""")

add("blind-nv/csv/decoy-lot-hashes", "traceabilite/exports/lots_eudr_2026.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """lot,village,kg,empreinte_geojson_sha256,acheteur
KK-2026-0140,Kpalimé,12480,@@h1@@,Chocolaterie du Lac
KK-2026-0141,Agou,9860,@@h2@@,Cacao Nord SA
KK-2026-0142,Womé,7300,@@h3@@,Chocolaterie du Lac
KF-2026-0033,Danyi,2150,@@h4@@,Torréfaction Lomé
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("blind-nv/xml/decoy-web-config-transform", "BrokerPortal/Web.Release.config",
    "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations",
    """<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Douane" connectionString="Server=sql-lome;Database=BrokerPortal;User Id=portal_app;Password=__DB_PASSWORD__;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
  <!-- __DB_PASSWORD__ est remplacé par le pipeline (variable secrète) -->
</configuration>
""")

add("blind-nv/text/decoy-wifi-note", "notes/nyatakakawo_wifi_agou.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Nyatakakawo na dɔwɔƒe la (Agou)
--------------------------------
Wi-Fi: KLOTO-COOP-AGOU
Gbeƒãɖeɖenya: le sur l'étiquette sous le routeur (on ne l'écrit plus ici)
Ame si kpɔa edzi: Yawa
Mègatsɔe na ame bubu o!
""")

add("blind-nv/yaml/decoy-gitlab-masked-vars", ".gitlab/ci/deploy.yml",
    "https://docs.gitlab.com/ee/ci/variables/",
    """deployer:
  stage: deploy
  image: alpine:3.20
  variables:
    DEPLOY_HOST: registre.kloto-coop.org
  script:
    - echo "$DEPLOY_SSH_KEY" | base64 -d > /tmp/cle && chmod 600 /tmp/cle
    - ssh -i /tmp/cle deploy@$DEPLOY_HOST ./maj.sh
  # DEPLOY_SSH_KEY: variable protégée et masquée du projet (Settings > CI/CD)
""")

add("blind-nv/js/decoy-jwt-verify-public", "portail-api/src/auth/verify.js",
    "https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback",
    """const jwt = require('jsonwebtoken');
const fs = require('fs');

// Vérification des jetons émis par le guichet unique (clé publique RS256)
const clePublique = fs.readFileSync(process.env.GUCE_PUBLIC_KEY_PATH || '/etc/portail/guce.pub.pem');

module.exports = (token) => jwt.verify(token, clePublique, { algorithms: ['RS256'] });
""")

add("blind-nv/swift/decoy-keychain", "CoopApp/CoopApp/Trousseau.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    """import Security
import Foundation

// La clé API de l'acheteur est saisie une fois puis gardée dans le trousseau iOS.
enum Trousseau {
    static let service = "org.kloto-coop.trace"
    static func cle() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("blind-nv/markdown/decoy-incident-report", "docs/incidents/2026-10-fuite-token.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Incident 2026-10 : jeton GitHub publié par erreur

- **Quoi** : un jeton `ghp_…` (tronqué ici volontairement) a été commité dans `scripts/deploy_tracking.sh`.
- **Quand** : 14/10/2026, détecté le jour même.
- **Action** : jeton révoqué à 11h02, nouveau jeton dans les secrets du CI, historique réécrit.
- **Leçon** : activer le scan des secrets avant chaque push. Míasrɔ̃ nu tso eme.
""")

add("blind-nv/ini/decoy-empty-password", "bureau/odbc.ini.modele",
    "https://www.unixodbc.org/odbcinst.html",
    """[TransitLome]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql-lome.atl.internal
Database    = Transit
UID         = compta
PWD         =
; le mot de passe est demandé par Sage à l'ouverture
""")

# DECOYS-3
add("blind-nv/kubernetes/decoy-configmap", "k8s/portail/configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: portail-config
  namespace: portail
data:
  GUCE_BASE_URL: https://api.guce-togo.example/v1
  PORT_CODE: TGLFW
  LANGUES: fr,ee,en
  PASSWORD_MIN_LENGTH: "14"
  TOKEN_TTL_SECONDS: "28800"
  SECRET_NAME: guce-credentials
""")

add("blind-nv/yaml/decoy-base64-non-secret", "k8s/coop/secret-config-publique.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """# (oui, c'est un Secret, mais il ne contient que des noms d'hôtes et un port)
apiVersion: v1
kind: Secret
metadata: {name: registre-endpoints, namespace: coop}
type: Opaque
data:
  DB_HOST: @@h@@
  DB_PORT: @@p@@
  DB_NAME: @@n@@
""", h=b64("db.kloto-coop.org"), p=b64("5432"), n=b64("membres"))

add("blind-nv/python/decoy-hash-compare", "registre/comptes/verif.py",
    "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac",
    """import hashlib
import hmac

ITERATIONS = 600_000


def verifier(mdp: str, sel: bytes, empreinte: bytes) -> bool:
    \"\"\"Vérifie le mot de passe d'un membre (on ne stocke que sel + empreinte PBKDF2).\"\"\"
    calc = hashlib.pbkdf2_hmac("sha256", mdp.encode(), sel, ITERATIONS)
    return hmac.compare_digest(calc, empreinte)
""")

add("blind-nv/env/decoy-vault-refs", "tracking/.env.vault-refs",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    """# chaque valeur est résolue au démarrage par `vault-env` (rien de secret ici)
DB_PASSWORD=vault:kv/data/tracking/db#password
REDIS_PASSWORD=vault:kv/data/tracking/redis#password
TERMINAL_TOKEN=vault:kv/data/tracking/terminal#token
SLACK_WEBHOOK_URL=vault:kv/data/tracking/slack#url
""")

add("blind-nv/markdown/decoy-slack-doc-example", "docs/alertes-slack.md",
    "https://api.slack.com/messaging/webhooks",
    """# Alertes Slack des arrivées navires

1. Créer une « Incoming Webhook » dans Slack (app *quai-bot*).
2. L'URL ressemble à `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.
3. La mettre dans Vault : `vault kv put kv/tracking/slack url=<URL>`.

Nu vevi : l'URL est un secret, ne la collez jamais dans un ticket.
""")

add("blind-nv/go/decoy-aws-account-ids", "infra/iam/comptes.go",
    "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html",
    """package iam

// Identifiants des comptes AWS (publics dans les ARN, pas des secrets)
const (
	ComptePortail  = "@@a1@@"
	CompteTracking = "@@a2@@"
	RoleDeploiement = "arn:aws:iam::@@a1@@:role/deploiement-ci"
)

var Regions = []string{"eu-west-3", "af-south-1"}
""", a1=str(_rng().randint(10**11, 10**12 - 1)), a2=str(_rng().randint(10**11, 10**12 - 1)))

add("blind-nv/json/decoy-jwks", "portail-api/public/.well-known/jwks.json",
    "https://www.rfc-editor.org/rfc/rfc7517#section-4",
    """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=rand_pw(342, "_-"))

add("blind-nv/yaml/decoy-otel-headers-env", "ops/otel-collector.yaml",
    "https://opentelemetry.io/docs/collector/configuration/#environment-variables",
    """receivers:
  otlp: {protocols: {grpc: {}, http: {}}}
exporters:
  otlphttp:
    endpoint: https://otlp.grafana.example/otlp
    headers:
      Authorization: "Basic ${env:GRAFANA_OTLP_AUTH}"
service:
  pipelines:
    traces: {receivers: [otlp], exporters: [otlphttp]}
""")

add("blind-nv/sql/decoy-seed-null-passwords", "db/seeds/stations.sql",
    "https://www.postgresql.org/docs/current/sql-insert.html",
    """-- Stations de collecte (mot de passe défini par chaque responsable au 1er login)
INSERT INTO stations (code, nom, responsable, mot_de_passe) VALUES
  ('KPL', 'Kpalimé', 'Ama Dzifa', NULL),
  ('AGO', 'Agou', 'Kofi Mensah', NULL),
  ('DNY', 'Danyi', 'Yawa Akakpo', NULL),
  ('WOM', 'Womé', 'Komla Adjo', NULL);
""")

add("blind-nv/python/decoy-fake-generator", "tests/fabriques.py",
    "https://faker.readthedocs.io/en/master/",
    """\"\"\"Fabriques de données de test : membres, lots et comptes FICTIFS.\"\"\"
from faker import Faker

fake = Faker("fr_FR")


def membre():
    return {"nom": fake.name(), "village": fake.random_element(["Kpalimé", "Agou", "Womé"]),
            "mot_de_passe": fake.password(length=16)}
""")

add("blind-nv/yaml/decoy-dependabot", ".github/dependabot.yml",
    "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference",
    """version: 2
registries:
  nexus:
    type: python-index
    url: https://nexus.atl-lome.tg/repository/pypi-group/simple
    username: dependabot
    password: ${{ secrets.NEXUS_PASSWORD }}
updates:
  - package-ecosystem: pip
    directory: /
    registries: [nexus]
    schedule: {interval: weekly}
""")

add("blind-nv/terraform/decoy-data-source", "infra/terraform/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
    """data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/portail/db"
}

locals {
  db = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}

resource "aws_db_instance" "portail" {
  identifier = "portail-prod"
  username   = local.db.username
  password   = local.db.password
}
""")

add("blind-nv/shell/decoy-openssl-generate", "scripts/generer_secret_jwt.sh",
    "https://docs.openssl.org/3.0/man1/openssl-rand/",
    """#!/usr/bin/env bash
# Génère un nouveau secret JWT et le range dans Vault (ne l'affiche pas)
set -euo pipefail
nouveau=$(openssl rand -hex 32)
vault kv put kv/portail/jwt secret="$nouveau"
unset nouveau
echo "Secret JWT renouvelé. Ðo ŋku edzi: redémarrer portail-api."
""")

add("blind-nv/log/decoy-audit-ids", "logs/audit-connexions.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html",
    """2026-11-21T07:58:10Z connexion ok user=declarant.afi session=@@s1@@ ip=10.0.3.21
2026-11-21T08:03:44Z connexion échec user=declarant.komi raison=mot_de_passe_invalide ip=10.0.3.40
2026-11-21T08:04:02Z connexion ok user=declarant.komi session=@@s2@@ ip=10.0.3.40
2026-11-21T12:30:00Z déconnexion session=@@s1@@
2026-11-21T12:31:15Z jeton révoqué id=@@t@@
""", s1=uuid_s(), s2=uuid_s(), t=uuid_s())

add("blind-nv/ruby/decoy-env-fetch", "sms/config.rb",
    "https://ruby-doc.org/core/ENV.html#method-c-fetch",
    """# SMS aux planteurs - configuration
SMS_CONFIG = {
  account_sid: ENV.fetch('TWILIO_ACCOUNT_SID'),
  auth_token: ENV.fetch('TWILIO_AUTH_TOKEN'),
  expediteur: ENV.fetch('SMS_FROM', '+22890000001'),
  langue: 'ee'
}.freeze
""")

add("blind-nv/json/decoy-appsettings-keyvault", "BrokerPortal/appsettings.Staging.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration",
    """{
  "KeyVault": {
    "Uri": "https://kv-atl-portail.vault.azure.net/"
  },
  "ConnectionStrings": {
    "Douane": "@Microsoft.KeyVault(SecretUri=https://kv-atl-portail.vault.azure.net/secrets/douane-db/)"
  },
  "Portail": { "Langue": "fr-TG" }
}
""")

add("blind-nv/markdown/decoy-ewe-glossary", "docs/glossaire-ewe.md",
    "https://www.markdownguide.org/extended-syntax/#tables",
    """# Glossaire ewe - français (écrans du portail et de l'appli)

| Ewe | Français |
|---|---|
| gbeƒãɖeɖenya | mot de passe |
| ga-kɔntena | conteneur |
| ʋu | navire |
| nyatakaka | information |
| agbledela | planteur |
| Mègaɖe o | Ne pas supprimer |
""")

add("blind-nv/yaml/decoy-compose-secrets-file", "compose/docker-compose.registre.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/",
    """services:
  registre:
    image: ghcr.io/kloto-coop/registre:1.8
    environment:
      DB_PASSWORD_FILE: /run/secrets/registre_db
    secrets: [registre_db]
secrets:
  registre_db:
    external: true
""")

add("blind-nv/java/decoy-char-array-prompt", "rapports/src/main/java/tg/kloto/rapports/Console.java",
    "https://docs.oracle.com/javase/8/docs/api/java/io/Console.html#readPassword--",
    """package tg.kloto.rapports;

public class Console {
    // Le mot de passe de la base est saisi au lancement du rapport, jamais stocké
    public static char[] motDePasse() {
        java.io.Console c = System.console();
        if (c == null) throw new IllegalStateException("pas de console");
        return c.readPassword("Mot de passe entrepot : ");
    }
}
""")

add("blind-nv/php/decoy-wp-config-sample", "site-coop/wp-config-sample.php",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/",
    """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'kk_';
""")

add("blind-nv/text/decoy-ciphertext-gpg", "ops/cles/sauvegarde.txt.asc",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    """-----BEGIN PGP MESSAGE-----

hQIMA@@l1@@
@@l2@@
@@l3@@
=@@crc@@
-----END PGP MESSAGE-----
""", l1=rand_pw(59, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(48, "+/"), crc=rand_pw(4))

add("blind-nv/ini/decoy-git-config", "ops/gitconfig.ci",
    "https://git-scm.com/docs/gitcredentials",
    """[user]
    name = atl-bot
    email = bot@atl-lome.tg
[credential]
    helper = cache --timeout=3600
[url "https://github.com/"]
    insteadOf = git@github.com:
""")

add("blind-nv/yaml/decoy-helm-values-empty", "charts/portail/values.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 1
image:
  repository: ghcr.io/atl-lome/portail-courtier
  tag: ""
postgresql:
  auth:
    username: portail
    password: ""          # fourni par values-prod via le pipeline (helm --set)
    existingSecret: portail-db
ingress:
  host: courtier.atl-lome.tg
""")

add("blind-nv/csharp/decoy-config-binding", "BrokerPortal/Options/GuceOptions.cs",
    "https://learn.microsoft.com/en-us/dotnet/core/extensions/options",
    """namespace BrokerPortal.Options
{
    // Lié à la section "Guce" (valeurs réelles dans Key Vault)
    public sealed class GuceOptions
    {
        public string BaseUrl { get; set; } = "https://api.guce-togo.example/v1";
        public string ApiKey { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
    }
}
""")

add("blind-nv/dockerfile/decoy-arg-no-default", "tracking/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#arg",
    """FROM python:3.12-slim
ARG PIP_INDEX_URL
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "tracking.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-nv/html/decoy-sri-hashes", "public/index.html",
    "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
    """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8"><title>Kloto Kakao-Kofi — Woezɔ</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@i1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@i2@@" crossorigin="anonymous"></script>
</head>
<body><h1>Míaƒe kakao kple kofi</h1></body>
</html>
""", i1=rand_pw(64, "+/"), i2=rand_pw(64, "+/"))

add("blind-nv/toml/decoy-pyproject", "traceur-cacao/pyproject.toml",
    "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
    """[project]
name = "traceur-cacao"
version = "0.9.2"
description = "Traçabilité des lots de cacao et café (Kloto Kakao-Kofi, Kpalimé)"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "shapely>=2.0"]

[tool.twine]
# le jeton PyPI est dans les secrets du dépôt (PYPI_API_TOKEN), pas ici
""")

add("blind-nv/yaml/decoy-test-creds-labelled", "tests/fixtures/comptes_test.yaml",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """# Comptes de TEST du conteneur Postgres éphémère (docker, CI) - aucune valeur réelle
postgres_test:
  host: localhost
  user: test
  password: test
  database: portail_test
guce_mock:
  url: http://localhost:8089
  token: mock-token-pour-tests
""")

add("blind-nv/markdown/decoy-redacted-runbook", "docs/runbook-vpn-quai.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Runbook : VPN du quai

1. Ouvrir le client strongSwan sur le poste transit.
2. Passerelle : `vpn.terminal-lome.example`
3. Clé pré-partagée : `[RETIRÉE — voir Bitwarden « VPN quai »]`
4. Vérifier : `ping tos-01.atl.internal`

Kpɔ nyuie : en cas d'échec, appeler le support du terminal avant 17h.
""")

add("blind-nv/kotlin/decoy-public-endpoints", "app-chauffeurs/src/main/kotlin/tg/atl/chauffeurs/Urls.kt",
    "https://kotlinlang.org/docs/properties.html#compile-time-constants",
    """package tg.atl.chauffeurs

object Urls {
    const val API = "https://api.atl-lome.tg/enlevements"
    const val SUIVI = "https://suivi.atl-lome.tg/conteneur/"
    const val SENTRY_DSN_PUBLIC = "https://@@k@@@o450000.ingest.sentry.io/4500000"
    const val AIDE = "https://atl-lome.tg/aide?lang=ee"
}
""", k=hexs(32))

add("blind-nv/xml/decoy-android-strings", "app-collecte/src/main/res/values-ee/strings.xml",
    "https://developer.android.com/guide/topics/resources/string-resource",
    """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Kakao Nuƒoƒo</string>
    <string name="mot_de_passe">Gbeƒãɖeɖenya</string>
    <string name="mot_de_passe_oublie">Èŋlɔ wò gbeƒãɖeɖenya be?</string>
    <string name="connexion">Ge ɖe eme</string>
    <string name="pesee">Dzidzeme</string>
</resources>
""")

# DECOYS-4


