"""Blind set OT: a Congo-river freight forwarder and a mobile-money agent network.

The forwarder (Nzadi Transit & Logistique: Pointe-Noire port, Brazzaville beach, Matadi, customs
brokerage over SYDONIA, truck tracking, barge manifests) and the mobile-money agent network
(Mbongo Express: agents in Poto-Poto, Bacongo, Tié-Tié and Matadi, MTN MoMo, Airtel Money,
Orange Money and M-Pesa float, USSD and SMS), with notes and comments in French, Lingala and
Kikongo (Kituba). About 130 files holding one credential each and about 90 decoys. Generated
fakes only (seeds 9320000-9329999).
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
SEED_LO, SEED_HI = 9320000, 9329999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Nzadi", "Mbongo", "Libongo", "Masuwa", "Motuka", "Nzila", "Malamu", "Kisalu", "Ngolo",
         "Mvula", "Makayabu", "Pondu", "Liboke", "Djoué", "Loango", "Kouilou", "Mayombe", "Mindouli"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#@*+?") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://nzaditransit.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailgun() -> str:
    return "key-" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


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


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24, kind)


def paystack() -> str:
    return "sk_live_" + hexs(40)


def flutterwave() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def twilio_key() -> str:
    return "SK" + hexs(32)


def at_key() -> str:
    return "atsk_" + hexs(64)


def whatsapp_token() -> str:
    return mixed(180, "EAA")


def mapbox_secret() -> str:
    head = base64.urlsafe_b64encode(b'{"u":"nzaditransit","a":"clx' + rnd(10, HEX).encode() + b'"}').decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-ot/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- forwarder: customs, port, tracking

add("python/db-password", "nzadi/douane/sydonia_sync.py", "https://www.psycopg.org/docs/module.html", r'''
"""Synchronisation des déclarations SYDONIA -> base transit (Pointe-Noire)."""
import psycopg2

# Kobosana te: mot de passe oyo esengeli kokende na coffre (Nkounkou a dit semaine prochaine)
CONN = psycopg2.connect(
    host="10.20.1.14",
    dbname="transit_pnr",
    user="sydonia_sync",
    password="@@s@@",
)


def dernieres_declarations(bureau="PNR01"):
    with CONN.cursor() as cur:
        cur.execute("SELECT num_decl, date_enreg, statut FROM declarations WHERE bureau=%s", (bureau,))
        return cur.fetchall()
''', words_pw())

add("env/google-maps", "nzadi/tracking/.env", "https://developers.google.com/maps/documentation/javascript/get-api-key", r'''
# Suivi camions Pointe-Noire <-> Brazzaville (RN1)
APP_ENV=production
APP_PORT=8080
DB_URL=postgres://tracking@db.interne:5432/tracking
GOOGLE_MAPS_API_KEY=@@s@@
ALERT_SPEED_KMH=90
ZONE_DOLISIE_RADIUS_KM=12
''', google_api())

add("yaml/compose-postgres-password", "nzadi/odoo/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
version: "3.8"
services:
  odoo:
    image: odoo:16
    depends_on: [db]
    ports: ["8069:8069"]
    environment:
      HOST: db
      USER: odoo
      PASSWORD: "@@s@@"
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: postgres
    volumes:
      - odoo-db:/var/lib/postgresql/data
volumes:
  odoo-db:
''', fakes.password(_seed()))

add("ini/odoo-admin-passwd", "nzadi/odoo/odoo.conf", "https://www.odoo.com/documentation/16.0/administration/on_premise/deploy.html", r'''
[options]
; Nzadi Transit - serveur Odoo Brazzaville (salle serveur Mpila)
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
admin_passwd = @@s@@
db_host = db
db_port = 5432
db_user = odoo
db_password = False
workers = 4
proxy_mode = True
logfile = /var/log/odoo/odoo.log
''', mixed(24))

add("markdown/ssh-password", "nzadi/docs/acces-serveurs.md", "https://man.openbsd.org/ssh", r'''
# Accès serveurs — Nzadi Transit

| Serveur | IP | Rôle |
|---|---|---|
| pnr-app01 | 10.20.1.10 | Odoo + API tracking |
| bzv-db01 | 10.30.1.5 | PostgreSQL réplique |
| mtd-edge | 196.223.14.37 | passerelle Matadi (VPN) |

Connexion : `ssh exploit@196.223.14.37`, mot de passe : `@@s@@`
(Mbote Serge, soki ozali na Matadi mpe VPN ekufi, salela oyo. Bongola yango sima na audit.)

Sauvegardes : tous les soirs à 23h vers bzv-db01.
''', words_pw())

add("shell/aws-secret", "nzadi/scripts/backup_s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
#!/bin/bash
# Sauvegarde nocturne des scans BL / DAU vers S3 (af-south-1)
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=af-south-1

JOUR=$(date +%Y-%m-%d)
tar czf /tmp/scans-$JOUR.tgz /srv/scans/$JOUR
aws s3 cp /tmp/scans-$JOUR.tgz s3://nzadi-archives-scans/$JOUR/
rm -f /tmp/scans-$JOUR.tgz
echo "mosala esili: $JOUR"
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/maersk-api", "nzadi/integrations/carriers.json", "https://developer.maersk.com/", r'''
{
  "carriers": [
    {
      "scac": "MAEU",
      "name": "Maersk",
      "base_url": "https://api.maersk.com/track",
      "consumer_key": "@@s@@",
      "poll_minutes": 30
    },
    {
      "scac": "CMDU",
      "name": "CMA CGM",
      "base_url": "https://apis.cma-cgm.net/operation/trackandtrace/v1",
      "api_key_env": "CMA_API_KEY",
      "poll_minutes": 60
    }
  ]
}
''', mixed(32))

add("properties/smtp-password", "nzadi/facturation/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.mail", r'''
# Facturation transit — envoi des factures par mail
spring.datasource.url=jdbc:postgresql://10.20.1.14:5432/facturation
spring.datasource.username=facturation
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=factures@nzaditransit.cg
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
''', words_pw())

_pw = fakes.password(_seed())
add("yaml/k8s-secret-b64", "nzadi/k8s/tracking-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: tracking-api
  namespace: nzadi-prod
  labels:
    app: tracking
type: Opaque
data:
  DB_USER: dHJhY2tpbmc=
  DB_PASSWORD: @@b@@
''', _pw, b=b64(_pw))

add("python/telegram-bot", "nzadi/bots/alerte_camion.py", "https://core.telegram.org/bots/api", r'''
# Bot Telegram: alerte quand un camion s'arrête plus de 2h sur la RN1
import requests

TOKEN = "@@s@@"
CHAT_EXPLOIT = -1001873220415


def alerter(plaque, lieu, minutes):
    texte = f"⚠️ Camion {plaque} atemeli {minutes} min na {lieu}. Benga shauffeur!"
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_EXPLOIT, "text": texte}, timeout=10)
''', fakes.telegram_token(_seed()))

add("csv/portal-password", "nzadi/exploitation/comptes_portails.csv", "https://www.guichetunique.cg/", r'''
portail,url,identifiant,mot_de_passe,responsable,remarque
Guichet Unique Pointe-Noire,https://www.guichetunique.cg,NZADI-TR,@@s@@,Mabiala,renouveler en mars
Port Autonome PNR (PAPN e-services),https://eservices.papn.cg,nzadi.transit,voir coffre,Mabiala,
SEGUCE RDC (Matadi),https://www.seguce.cd,NZD-MTD-01,voir coffre,Lutete,compte agence Matadi
BESC / ECTN,https://ectn.cg,nzadi,voir coffre,Nkounkou,
''', words_pw())

add("xml/soap-credential", "nzadi/douane/config/asycuda-ws.xml", "https://asycuda.org/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Connexion au web service ASYCUDA World (Direction Générale des Douanes) -->
<configuration>
  <endpoint>https://sydonia.douanes.cg/asyws/services/DeclarationService</endpoint>
  <credentials>
    <user>NZADI_WS</user>
    <password>@@s@@</password>
  </credentials>
  <bureau>PNR01</bureau>
  <timeout>60</timeout>
</configuration>
''', fakes.password(_seed()))

add("php/wp-db-password", "nzadi/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// Site vitrine nzaditransit.cg
define( 'DB_NAME', 'nzadi_wp' );
define( 'DB_USER', 'nzadi_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_DEBUG', false );
$table_prefix = 'nz_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', mixed(20))

add("ts/mapbox-secret", "nzadi/portail-client/src/config/map.ts", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
// Carte des conteneurs en transit (Pointe-Noire -> Brazzaville -> Bangui)
export const MAP_STYLE = "mapbox://styles/nzaditransit/clq2fleuve";

// jeton secret (scope styles:write) — pour le script d'upload des tuiles
export const MAPBOX_UPLOAD_TOKEN = "@@s@@";

export const DEFAULT_CENTER: [number, number] = [11.8635, -4.7761]; // PNR
export const DEFAULT_ZOOM = 6;
''', mapbox_secret())

add("dockerfile/env-token", "nzadi/tracking/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Africa/Brazzaville
ENV SENTRY_ENV=production
ENV GPS_PROVIDER_TOKEN=@@s@@
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "tracking.wsgi:app"]
''', mixed(40))

add("yaml/github-actions-pat", "nzadi/portail-client/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-portail
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - name: Déployer sur le serveur Brazzaville
        env:
          DEPLOY_HOST: portail.nzaditransit.cg
          DEPLOY_TOKEN: @@s@@
        run: ./scripts/deploy.sh
''', fakes.github_token(_seed()))

add("text/teams-webhook", "nzadi/exploitation/notes/webhook-teams.txt", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
Canal Teams "Exploitation Matadi" - webhook pour les alertes arrivées navires
créé par Lutete le 14/02

@@s@@

Ba scripts ya Matadi basalelaka yango (arrivee_navire.py). Kopesa yango na moto te.
''', teams_webhook())

add("go/postgres-url", "nzadi/manifeste/cmd/importer/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", r'''
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

// Import des manifestes barges (Brazzaville beach -> Bangui / Impfondo)
const dsn = "postgres://manifeste:@@s@@@10.30.1.5:5432/manifestes?sslmode=disable"

func main() {
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		log.Fatalf("connexion impossible: %v", err)
	}
	defer conn.Close(context.Background())
	log.Println("mbote, base ya manifeste efungwami")
}
''', fakes.password(_seed()))

add("pem/rsa-key", "nzadi/vpn/matadi-edge.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', fakes.fake_pem(_seed()))

add("ovpn/embedded-key", "nzadi/vpn/agence-matadi.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
# Profil VPN agence Matadi -> siège Pointe-Noire
client
dev tun
proto udp
remote vpn.nzaditransit.cg 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
<key>
@@s@@
</key>
verb 3
''', fakes.fake_pem(_seed(), "ENCRYPTED").replace("ENCRYPTED ", ""))

add("yaml/ansible-vault-plain", "nzadi/infra/group_vars/all.yml", "https://docs.ansible.com/ansible/latest/reference_appendices/config.html", r'''
---
# Variables communes (PNR, BZV, MTD)
ntp_servers:
  - 0.africa.pool.ntp.org
  - 1.africa.pool.ntp.org
timezone: Africa/Brazzaville
backup_user: sauvegarde
backup_password: "@@s@@"   # TODO: mettre dans vault.yml (ansible-vault)
odoo_version: "16.0"
''', words_pw())

add("log/basic-auth-url", "nzadi/logs/sync-cmacgm-2024-03-11.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", r'''
2024-03-11 06:00:01 INFO  sync-cmacgm démarrage
2024-03-11 06:00:01 DEBUG GET https://nzadi:@@s@@@edi.nzaditransit.cg/inbox/CMDU/ -> 200
2024-03-11 06:00:02 INFO  3 fichiers IFTSTA trouvés
2024-03-11 06:00:04 WARN  IFTSTA_20240311_0412.edi : conteneur CMAU4471203 inconnu
2024-03-11 06:00:05 INFO  sync-cmacgm terminé (2 importés, 1 rejeté)
''', fakes.password(_seed()))

add("ipynb/openai-key", "nzadi/analyse/classement_marchandises.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Classement SH automatique des descriptions de marchandises\n", "Essai avec GPT pour proposer le code SH à partir du libellé du BL."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "libelle = \"SACS DE CIMENT PORTLAND 50KG\"\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("json/sql-connection", "nzadi/entrepot/Entrepot.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Entrepot": "Server=10.20.1.20;Database=Entrepot_PNR;User Id=entrepot_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Magasins": ["Magasin A - Zone portuaire", "Magasin B - Km4"],
  "AllowedHosts": "*"
}
''', words_pw())

add("sql/create-user", "nzadi/db/migrations/0012_roles_lecture.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Rôle lecture seule pour les tableaux de bord de la direction (Metabase)
CREATE ROLE metabase_lecture LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE transit_pnr TO metabase_lecture;
GRANT USAGE ON SCHEMA public TO metabase_lecture;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_lecture;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_lecture;
''', fakes.password(_seed()))

add("email/password-in-mail", "nzadi/exploitation/mails/acces-portail-seguce.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Lutete Mavungu <l.mavungu@nzaditransit.cg>
To: Exploitation PNR <exploitation@nzaditransit.cg>
Subject: Accès SEGUCE agence Matadi
Date: Tue, 05 Mar 2024 09:12:44 +0100
Content-Type: text/plain; charset=utf-8

Mbote bandeko,

Voici le nouvel accès au portail SEGUCE pour les dossiers RDC :
identifiant : NZD-MTD-01
mot de passe : @@s@@

Ba dossiers ya sima ya 15 mars, bosalela compte oyo. Merci de ne pas le transférer.

Lutete
Agence Matadi
''', words_pw())

add("yaml/gitlab-ci-token", "nzadi/manifeste/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [test, deploy]

variables:
  GO_VERSION: "1.22"

test:
  stage: test
  image: golang:1.22
  script:
    - go test ./...

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache curl
    - 'curl --header "PRIVATE-TOKEN: @@s@@" -X POST "https://gitlab.nzaditransit.cg/api/v4/projects/12/deployments"'
  only: [main]
''', gitlab())

add("toml/traccar-password", "nzadi/tracking/config/prod.toml", "https://docs.traccar.org/", r'''
[server]
host = "0.0.0.0"
port = 8080

[traccar]
# serveur GPS des camions (balises Teltonika)
url = "https://gps.nzaditransit.cg"
user = "api-tracking"
password = "@@s@@"

[alertes]
arret_max_minutes = 120
zones = ["Dolisie", "Nkayi", "Mindouli", "Kinkala"]
''', fakes.password(_seed()))

add("shell-history/mysql-password", "nzadi/home/exploit/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html", r'''
cd /srv/scans
ls -la | tail
df -h
mysql -u gps -p@@s@@ -h 127.0.0.1 traccar -e "select count(*) from tc_positions"
systemctl status traccar
tail -f /opt/traccar/logs/tracker-server.log
exit
''', mixed(16))

add("java/hardcoded-key", "nzadi/facturation/src/main/java/cg/nzadi/facturation/DgiClient.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpClient.html", r'''
package cg.nzadi.facturation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** Envoi des factures normalisées à la plateforme de la DGI (e-facture). */
public class DgiClient {
    private static final String BASE = "https://efacture.dgi.gouv.cg/api/v1";
    // clé fournie par la DGI le 12/01, pas encore dans le vault
    private static final String API_KEY = "@@s@@";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("X-Api-Key", API_KEY);
    }
}
''', hexs(48))

add("markdown/slack-webhook", "nzadi/README.md", "https://api.slack.com/messaging/webhooks", r'''
# Nzadi Transit — outils internes

Scripts et services de l'équipe exploitation (Pointe-Noire, Brazzaville, Matadi).

## Alertes
Les alertes (retard navire, camion arrêté, conteneur en surestarie) vont dans #exploitation :

```
export SLACK_WEBHOOK=@@s@@
python -m alertes.surestarie
```

## Lancer en local
`docker compose up -d` puis http://localhost:8069
''', slack_webhook())

add("yaml/spring-datasource", "nzadi/entrepot-java/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource", r'''
spring:
  datasource:
    url: jdbc:mysql://10.20.1.22:3306/magasins?useSSL=false
    username: magasins
    password: @@s@@
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8090
entrepot:
  zones: [A, B, FRIGO]
''', words_pw())

add("kotlin/api-key", "nzadi/app-chauffeur/app/src/main/java/cg/nzadi/chauffeur/Config.kt", "https://docs.traccar.org/", r'''
package cg.nzadi.chauffeur

// Application chauffeur : photo du scellé + position
object Config {
    const val API_BASE = "https://api.nzaditransit.cg/chauffeur/"
    const val API_TOKEN = "@@s@@"
    const val INTERVALLE_POSITION_S = 60
    const val LANGUE_DEFAUT = "fr" // "ln" pour Lingala, "kg" pour Kikongo
}
''', mixed(48))

add("ini/rclone-s3-secret", "nzadi/scripts/rclone.conf", "https://rclone.org/s3/", r'''
[wasabi-archives]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = s3.eu-central-2.wasabisys.com
acl = private
''', rnd(40, ALNUM), kid=rnd(20, UPPER))

add("chat/password-in-whatsapp", "nzadi/exploitation/whatsapp-export-equipe-pnr.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/03/2024, 07:41 - Mabiala: Mbote na bino. Camion TR-2231 akomi Dolisie
12/03/2024, 07:45 - Nkounkou: Ok. Balingi accès ya Guichet Unique lelo ?
12/03/2024, 07:46 - Mabiala: Iyo, compte NZADI-TR
12/03/2024, 07:47 - Nkounkou: Mot de passe ya sika: @@s@@
12/03/2024, 07:47 - Nkounkou: Kopesa yango na moto te svp
12/03/2024, 07:50 - Mabiala: 👍 merci
12/03/2024, 08:02 - Lutete: Na Matadi, navire MSC LAURA akoki lelo na 14h
''', words_pw())

add("yaml/helm-values", "nzadi/k8s/charts/portail/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
replicaCount: 2
image:
  repository: registry.nzaditransit.cg/portail
  tag: "2.4.1"
ingress:
  enabled: true
  host: portail.nzaditransit.cg
redis:
  enabled: true
  auth:
    password: "@@s@@"
resources:
  limits: { cpu: 500m, memory: 512Mi }
''', fakes.redis_password(_seed()))

_pw = fakes.password(_seed())
add("docker-config/registry-auth", "nzadi/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", r'''
{
  "auths": {
    "registry.nzaditransit.cg": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', _pw, a=b64("ci-deploy:" + _pw))

add("ruby/sftp-password", "nzadi/edi/lib/msc_inbox.rb", "https://github.com/net-ssh/net-sftp", r'''
require "net/sftp"

# Récupération des avis d'arrivée MSC (EDI COPARN) pour Pointe-Noire
module MscInbox
  HOST = "sftp.msc-edi.example-partner.com"
  USER = "nzadi_pnr"
  PASS = "@@s@@"

  def self.fetch(dest = "/srv/edi/msc")
    Net::SFTP.start(HOST, USER, password: PASS) do |sftp|
      sftp.dir.glob("/out", "*.edi") { |f| sftp.download!("/out/#{f.name}", "#{dest}/#{f.name}") }
    end
  end
end
''', fakes.password(_seed()))

add("env/sendgrid", "nzadi/portail-client/.env.production", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r'''
NODE_ENV=production
PUBLIC_URL=https://portail.nzaditransit.cg
API_URL=https://api.nzaditransit.cg
# envoi des avis d'arrivée aux clients
SENDGRID_API_KEY=@@s@@
MAIL_FROM=notifications@nzaditransit.cg
''', sendgrid())

add("powershell/pscredential", "nzadi/it/Sauvegarde-Sage.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Sauvegarde de la base Sage comptabilité vers le NAS (Brazzaville)
$user = "NZADI\svc-sauvegarde"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name N -PSProvider FileSystem -Root "\\nas-bzv\compta" -Credential $cred
Copy-Item "D:\Sage\Backup\*.bak" "N:\sage\" -Force
Remove-PSDrive N
Write-Host "Sauvegarde Sage terminée"
''', words_pw())

add("terraform/provider-token", "nzadi/infra/terraform/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "portail" {
  name   = "portail-nzadi"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
}
''', "dop_v1_" + hexs(64))

add("js/firebase-admin", "nzadi/app-chauffeur/functions/serviceAccount.js", "https://firebase.google.com/docs/admin/setup", r'''
// Compte de service Firebase (notifications push aux chauffeurs)
module.exports = {
  type: "service_account",
  project_id: "nzadi-chauffeur",
  private_key_id: "@@kid@@",
  private_key: "@@s@@",
  client_email: "firebase-adminsdk-x2k1p@nzadi-chauffeur.iam.gserviceaccount.com",
  client_id: "104928374615283746152",
  token_uri: "https://oauth2.googleapis.com/token",
};
''', fakes.fake_pem(_seed(), "").replace("BEGIN  ", "BEGIN ").replace("END  ", "END ").replace("\n", "\\n"), kid=hexs(40))

add("yaml/netplan-wifi", "nzadi/infra/netplan/50-entrepot.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", r'''
network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "NZADI-MAGASIN-B":
          password: "@@s@@"
''', words_pw())

add("python/twilio", "nzadi/alertes/sms_client.py", "https://www.twilio.com/docs/iam/api-keys", r'''
"""SMS aux clients : conteneur disponible / dédouané."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
API_KEY_SID = "@@kid@@"
API_KEY_SECRET = "@@s@@"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


def conteneur_disponible(numero, conteneur):
    corps = f"Nzadi Transit: votre conteneur {conteneur} est disponible au Magasin B. Mbote!"
    return client.messages.create(to=numero, from_="NZADI", body=corps)
''', mixed(32), sid=hexs(32), kid=twilio_key())

_pw = words_pw()
add("conf/nginx-basic", "nzadi/infra/nginx/stats.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Proxy vers Metabase (tableaux de bord direction)
location /stats/ {
    proxy_pass http://127.0.0.1:3000/;
    proxy_set_header Host $host;
    # en attendant le SSO : le proxy injecte le compte lecture
    proxy_set_header Authorization "Basic @@a@@";
}
''', _pw, a=b64("direction:" + _pw))

add("text/note-wifi-douane", "nzadi/exploitation/notes/bureau-douane-pnr.txt", "https://www.douanes.gouv.cg/", r'''
Bureau PNR01 - notes pratiques (mis à jour par Mabiala)

- Ouverture 7h30, pause 12h-14h, le samedi seulement les urgences
- Déclarant agréé: Nkounkou (agrément n° 0142/DGDDI)
- Poste SYDONIA du bureau: login NZADI-DECL1 / @@s@@
- Imprimante : HP du 2e étage, demander à Mama Bouanga
- Kobosana te ba copies ya BL na facture commerciale
''', words_pw())


# ---------------------------------------------------------------- Mbongo Express: mobile money, agents, USSD

add("env/momo-subscription", "mbongo/api/.env", "https://momodeveloper.mtn.com/api-documentation/api-description", r'''
# Mbongo Express - API agents (Brazzaville)
APP_ENV=production
MOMO_BASE_URL=https://proxy.momoapi.mtn.com
MOMO_TARGET_ENV=mtncongo
MOMO_COLLECTION_PRIMARY_KEY=@@s@@
MOMO_API_USER=@@u@@
MOMO_API_KEY=${MOMO_API_KEY}
CURRENCY=XAF
''', hexs(32), u=uuid_s())

add("python/momo-api-key", "mbongo/api/momo/disbursement.py", "https://momodeveloper.mtn.com/api-documentation/api-description", r'''
"""Décaissement MTN MoMo vers les agents (recharge de float)."""
import base64
import uuid

import requests

API_USER = "@@u@@"
API_KEY = "@@s@@"  # na sima tokotia yango na vault, mpo sikoyo ezali awa
SUB_KEY_ENV = "MOMO_DISBURSEMENT_KEY"


def jeton(sub_key):
    basic = base64.b64encode(f"{API_USER}:{API_KEY}".encode()).decode()
    r = requests.post("https://proxy.momoapi.mtn.com/disbursement/token/",
                      headers={"Authorization": f"Basic {basic}", "Ocp-Apim-Subscription-Key": sub_key})
    return r.json()["access_token"]
''', hexs(32), u=uuid_s())

add("json/airtel-client-secret", "mbongo/api/config/airtel.json", "https://developers.airtel.africa/documentation", r'''
{
  "pays": "CG",
  "devise": "XAF",
  "base_url": "https://openapi.airtel.africa",
  "client_id": "@@cid@@",
  "client_secret": "@@s@@",
  "pin_chiffre_env": "AIRTEL_PIN_ENC",
  "callback": "https://api.mbongo-express.cg/airtel/callback"
}
''', uuid_s(), cid=uuid_s())

add("php/orange-money", "mbongo/site-rdc/config/orange.php", "https://developer.orange.com/apis/om-webpay", r'''
<?php
// Orange Money RDC (agence Matadi) — paiement des frais de transfert
return [
    'token_url'     => 'https://api.orange.com/oauth/v3/token',
    'authorization' => 'Basic @@s@@',
    'merchant_key'  => 'a81c3e90',
    'currency'      => 'CDF',
    'return_url'    => 'https://rdc.mbongo-express.cg/retour',
    'notif_url'     => 'https://rdc.mbongo-express.cg/notif',
];
''', b64(mixed(32) + ":" + mixed(16)))

add("yaml/mpesa-credentials", "mbongo/rdc/mpesa/config.yaml", "https://openapiportal.m-pesa.com/", r'''
# Vodacom M-Pesa RDC (Matadi, Boma) - OpenAPI
mpesa:
  market: vodacomDRC
  base_url: https://openapi.m-pesa.com:443/openapi/ipg/v2/vodacomDRC
  api_key: @@s@@
  public_key_file: ./keys/mpesa_public.pem
  service_provider_code: "8512"
  currency: USD
# Kikongo: Beto ke sadila yawu sambu na ba agents ya Matadi
''', mixed(32))

add("js/flutterwave", "mbongo/web/server/payments.js", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
// Paiement en ligne des cartes agent (Flutterwave) — diaspora Paris/Bruxelles
const Flutterwave = require("flutterwave-node-v3");

const flw = new Flutterwave(
  "FLWPUBK-@@pub@@-X",
  "@@s@@"
);

async function verifier(transactionId) {
  const res = await flw.Transaction.verify({ id: transactionId });
  return res.data.status === "successful" && res.data.currency === "XAF";
}

module.exports = { verifier };
''', flutterwave(), pub=hexs(32))

add("python/paystack", "mbongo/diaspora/paystack_client.py", "https://paystack.com/docs/api/authentication/", r'''
import requests

PAYSTACK_SECRET = "@@s@@"


def initialiser(email, montant_xaf, reference):
    r = requests.post(
        "https://api.paystack.co/transaction/initialize",
        headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"},
        json={"email": email, "amount": montant_xaf * 100, "reference": reference},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["data"]["authorization_url"]
''', paystack())

add("env/africastalking", "mbongo/ussd/.env", "https://developers.africastalking.com/docs/authentication", r'''
# Passerelle USSD *455# et SMS de confirmation
AT_USERNAME=mbongo
AT_API_KEY=@@s@@
AT_SHORTCODE=455
USSD_SESSION_TTL=180
LANGUES=fr,ln,kg
''', at_key())

add("python/ussd-menu-secret", "mbongo/ussd/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", r'''
from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@s@@"

MENU = {
    "fr": "1. Dépôt\n2. Retrait\n3. Solde float",
    "ln": "1. Kotia mbongo\n2. Kobimisa mbongo\n3. Tala float",
    "kg": "1. Kutula mbongo\n2. Kubasisa mbongo\n3. Tala float",
}


@app.post("/ussd")
def ussd():
    langue = request.form.get("langue", "fr")
    return "CON " + MENU.get(langue, MENU["fr"])
''', fakes.django_secret_key(_seed()))

add("django/secret-key", "mbongo/backoffice/backoffice/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["backoffice.mbongo-express.cg"]
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Brazzaville"
DATABASES["default"]["HOST"] = "10.8.0.4"
''', fakes.django_secret_key(_seed()))

add("yaml/k8s-stringdata-url", "mbongo/k8s/float-service-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", r'''
apiVersion: v1
kind: Secret
metadata:
  name: float-service
  namespace: mbongo
type: Opaque
stringData:
  DATABASE_URL: "postgresql://float:@@s@@@pg-float.mbongo.svc:5432/float"
  RECONCILIATION_HOUR: "23"
''', fakes.password(_seed()))

add("sql/seed-admin", "mbongo/backoffice/db/seed_admin.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- Compte superviseur initial (Poto-Poto)
INSERT INTO superviseurs (login, nom, zone, mot_de_passe_clair, actif)
VALUES ('sup.potopoto', 'Ngoma Prisca', 'Poto-Poto', '@@s@@', true);
-- TODO: hacher le mot de passe avant la mise en prod (bcrypt)
INSERT INTO zones (code, nom) VALUES ('PP', 'Poto-Poto'), ('BC', 'Bacongo'), ('TT', 'Tié-Tié');
''', words_pw())

add("csv/agent-pins", "mbongo/agents/export_agents_bacongo.csv", "https://momodeveloper.mtn.com/", r'''
code_agent,nom,quartier,telephone,compte_momo,mot_de_passe_portail
AG-BC-014,Mampouya Rodrigue,Bacongo,+242064418230,MOMO-7731204,voir carnet
AG-BC-015,Loubaki Grâce,Bacongo,+242055120987,MOMO-7731877,voir carnet
AG-BC-016,Kimbembe Arsène,Bacongo,+242069902311,MOMO-7732015,@@s@@
AG-BC-017,Samba Nadège,Bacongo,+242053344120,MOMO-7732240,voir carnet
''', words_pw())

add("markdown/onboarding-agent", "mbongo/docs/onboarding-superviseur.md", "https://momodeveloper.mtn.com/", r'''
# Mbote! Bienvenue chez Mbongo Express

## Premiers pas superviseur
1. Installer l'appli Mbongo Agent (Play Store interne)
2. Se connecter au back-office : https://backoffice.mbongo-express.cg
3. Compte de test partagé pour la formation :
   - login : `formation`
   - mot de passe : `@@s@@`
4. Vérifier le float des agents chaque matin avant 8h

> Soki float ya agent eleki 500 000 XAF, benga Prisca.
''', words_pw())

add("kotlin/api-secret", "mbongo/android/app/src/main/java/cg/mbongo/agent/data/ApiModule.kt", "https://square.github.io/okhttp/", r'''
package cg.mbongo.agent.data

import okhttp3.Interceptor

// En-tête HMAC vers l'API agents
object ApiModule {
    const val BASE_URL = "https://api.mbongo-express.cg/v2/"
    private const val HMAC_SECRET = "@@s@@"

    val auth = Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("X-Mbongo-Client", "android-agent")
            .header("X-Mbongo-Sig", Signer.sign(chain.request(), HMAC_SECRET))
            .build()
        chain.proceed(req)
    }
}
''', hexs(64))

add("gradle/keystore-password", "mbongo/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Signature de l'appli Mbongo Agent
storeFile=../keys/mbongo-release.jks
storePassword=@@s@@
keyAlias=mbongo
keyPassword=@@s@@
''', words_pw())

add("xml/android-strings", "mbongo/android/app/src/main/res/values/secrets.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Carte des points agents (Brazzaville, Pointe-Noire) -->
    <string name="google_maps_key" translatable="false">@@s@@</string>
    <string name="app_name">Mbongo Agent</string>
    <string name="titre_float">Float ya agent</string>
</resources>
''', google_api())

add("swift/api-key", "mbongo/ios/MbongoAgent/Config/Secrets.swift", "https://developer.apple.com/documentation/foundation/urlrequest", r'''
import Foundation

// Clés de l'appli iOS (diaspora). Ne pas committer... déjà fait, à changer.
enum Secrets {
    static let apiBase = URL(string: "https://api.mbongo-express.cg/v2")!
    static let diasporaKey = "@@s@@"
    static let sentryEnv = "production"
}
''', mixed(40, "mbx_live_"))

add("yaml/compose-redis-requirepass", "mbongo/infra/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
services:
  api:
    image: registry.gitlab.com/mbongo/api:1.9.3
    env_file: .env
    depends_on: [redis, postgres]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
''', fakes.redis_password(_seed()))

add("log/bearer-token", "mbongo/logs/api-2024-04-02.log", "https://www.rfc-editor.org/rfc/rfc6750", r'''
[2024-04-02 07:58:11] INFO  float: réconciliation agents PP terminée (42 agents)
[2024-04-02 08:01:37] DEBUG airtel.collect -> POST https://openapi.airtel.africa/merchant/v1/payments/
[2024-04-02 08:01:37] DEBUG headers={'Content-Type': 'application/json', 'X-Country': 'CG', 'X-Currency': 'XAF', 'Authorization': 'Bearer @@s@@'}
[2024-04-02 08:01:38] INFO  airtel.collect ref=MBX-240402-00318 status=TS
[2024-04-02 08:03:02] WARN  agent AG-TT-031 float bas: 12 500 XAF
''', mixed(32))

add("go/hmac-key", "mbongo/reconciliation/internal/sig/sig.go", "https://pkg.go.dev/crypto/hmac", r'''
package sig

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Clé partagée avec le partenaire de compensation (Brazzaville)
var key = []byte("@@s@@")

func Signe(corps []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write(corps)
	return hex.EncodeToString(m.Sum(nil))
}
''', mixed(32))

add("text/whatsapp-cloud-token", "mbongo/notes/whatsapp-business.txt", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
WhatsApp Business (reçus de transfert aux clients)
Numéro : +242 06 500 45 45
Phone number ID : 208446712390011
Token permanent (utilisateur système "mbongo-bot") :
@@s@@

Ndenge ya kosalela : voir mbongo/api/whatsapp.py
''', whatsapp_token())

add("python/whatsapp-template", "mbongo/api/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates", r'''
import requests

PHONE_ID = "208446712390011"
TOKEN = "@@s@@"


def recu_transfert(numero, montant, ref, langue="fr"):
    modele = {"fr": "recu_transfert_fr", "ln": "recu_transfert_ln"}[langue]
    return requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"messaging_product": "whatsapp", "to": numero, "type": "template",
              "template": {"name": modele, "language": {"code": langue},
                           "components": [{"type": "body", "parameters": [{"type": "text", "text": f"{montant} XAF"}, {"type": "text", "text": ref}]}]}},
    )
''', whatsapp_token())

add("shell/curl-basic", "mbongo/scripts/solde_float.sh", "https://curl.se/docs/manpage.html#-u", r'''
#!/bin/sh
# Solde du compte marchand MoMo - à lancer chaque matin (cron 07:30)
curl -s -u "mbongo_ops:@@s@@" \
  https://partenaires.mbongo-express.cg/api/solde \
  | jq '.comptes[] | {operateur, solde}'
''', words_pw())

add("pgpass/password", "mbongo/ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hôte:port:base:utilisateur:mot_de_passe
10.8.0.4:5432:mbongo:backoffice:@@s@@
10.8.0.4:5432:float:float_ro:*
localhost:5432:*:postgres:postgres
# chmod 600 ~/.pgpass sinon psql l'ignore
''', fakes.password(_seed()))

add("yaml/ansible-mysql", "mbongo/infra/roles/reporting/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r'''
---
reporting_db_name: reporting
reporting_db_user: reporting
reporting_db_password: "@@s@@"
reporting_cron_hour: 5
# rapport ya mokolo na mokolo (commissions agents)
reporting_recipients:
  - direction@mbongo-express.cg
  - compta@mbongo-express.cg
''', words_pw())

add("json/vscode-sqltools", "mbongo/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "float (prod, lecture)",
      "driver": "PostgreSQL",
      "server": "10.8.0.4",
      "port": 5432,
      "database": "float",
      "username": "float_ro",
      "password": "@@s@@"
    }
  ]
}
''', fakes.password(_seed()))

add("email/sftp-partner", "mbongo/mails/acces-sftp-banque.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Support Monétique <support.monetique@banque-partenaire.cg>
To: Ops Mbongo <ops@mbongo-express.cg>
Subject: Ouverture de votre accès SFTP - fichiers de compensation
Date: Mon, 22 Jan 2024 15:03:10 +0100

Bonjour,

Votre accès au serveur d'échange est ouvert :
  Hôte : sftp.compensation.banque-partenaire.cg (port 2222)
  Utilisateur : mbongo_cmp
  Mot de passe provisoire : @@s@@

Merci de le modifier à la première connexion.
Cordialement,
Support Monétique
''', fakes.password(_seed()))

add("yaml/github-actions-docker", "mbongo/api/.github/workflows/image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: image
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: echo "@@s@@" | docker login -u mbongoexpress --password-stdin
      - run: docker build -t mbongoexpress/api:${GITHUB_REF_NAME} .
      - run: docker push mbongoexpress/api:${GITHUB_REF_NAME}
''', docker_pat())

add("npmrc/auth-token", "mbongo/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
@mbongo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
# publication du paquet @mbongo/ui-agent (Jordy)
''', npm_tok())

add("hcl/vault-token", "mbongo/infra/terraform/vault.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", r'''
provider "vault" {
  address = "https://vault.mbongo-express.cg:8200"
  # provisoire, le temps de configurer l'auth AppRole
  token   = "@@s@@"
}

data "vault_kv_secret_v2" "momo" {
  mount = "kv"
  name  = "momo/collection"
}
''', vault_tok())

add("ssh/openssh-key", "mbongo/ops/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

_key = fakes.fake_pem(_seed())
add("yaml/cloud-init-key", "mbongo/infra/cloud-init/agent-gw.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", r'''
#cloud-config
hostname: agent-gw-pnr
users:
  - name: ops
    groups: sudo
    shell: /bin/bash
write_files:
  - path: /home/ops/.ssh/id_rsa
    permissions: "0600"
    content: |
      @@k@@
runcmd:
  - systemctl enable --now wg-quick@wg0
''', _key, k=_key.replace("\n", "\n      "))


# ---------------------------------------------------------------- both: office, IT, more carriers

add("wireguard/private-key", "mbongo/infra/wireguard/wg0-agent-pnr.conf", "https://www.wireguard.com/quickstart/", r'''
# Tunnel agence Pointe-Noire (Tié-Tié) -> serveur Brazzaville
[Interface]
Address = 10.66.0.12/24
PrivateKey = @@s@@
DNS = 10.66.0.1

[Peer]
PublicKey = 9mF3v0xq4Qe8u1KtC1lq3yqkU5o0yD2b0nS4Gv7sZ2k=
Endpoint = vpn.mbongo-express.cg:51820
AllowedIPs = 10.66.0.0/24, 10.8.0.0/24
PersistentKeepalive = 25
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("python/smtp-login", "nzadi/alertes/avis_arrivee.py", "https://docs.python.org/3/library/smtplib.html", r'''
import smtplib
from email.message import EmailMessage

SMTP_HOST = "mail.nzaditransit.cg"
SMTP_USER = "avis@nzaditransit.cg"
SMTP_PASS = "@@s@@"


def envoyer_avis(client_mail, navire, eta):
    msg = EmailMessage()
    msg["Subject"] = f"Avis d'arrivée - {navire}"
    msg["From"] = SMTP_USER
    msg["To"] = client_mail
    msg.set_content(f"Bonjour,\nLe navire {navire} est attendu à Pointe-Noire le {eta}.\nNzadi Transit")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
''', words_pw())

add("yaml/mailgun-key", "mbongo/api/config/notifications.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
notifications:
  sms:
    provider: africastalking
    sender: MBONGO
  email:
    provider: mailgun
    domain: mg.mbongo-express.cg
    api_key: @@s@@
    from: "Mbongo Express <no-reply@mbongo-express.cg>"
  langues: [fr, ln, kg]
''', mailgun())

add("env/brevo-key", "nzadi/newsletter/.env", "https://developers.brevo.com/docs/getting-started", r'''
# Lettre d'info clients (tarifs fret fluvial, calendrier barges)
BREVO_API_KEY=@@s@@
BREVO_LIST_ID=7
SENDER_EMAIL=info@nzaditransit.cg
SENDER_NAME="Nzadi Transit"
''', brevo())

add("python/discord-webhook", "mbongo/ops/float_alert.py", "https://discord.com/developers/docs/resources/webhook", r'''
"""Alerte quand le float d'un agent passe sous le seuil (canal Discord de l'équipe ops)."""
import requests

WEBHOOK = "@@s@@"
SEUIL_XAF = 25_000


def verifier(agents):
    for a in agents:
        if a["float"] < SEUIL_XAF:
            requests.post(WEBHOOK, json={"content": f"Float ya {a['code']} ({a['quartier']}) ekiti: {a['float']} XAF"})
''', discord_webhook())

add("yaml/slack-bot-token", "mbongo/ops/bot/config.yaml", "https://api.slack.com/authentication/token-types#bot", r'''
bot:
  name: mbongo-ops
  slack_token: @@s@@
  channels:
    alertes: C05R8H2K1PL
    compensation: C05R8J4M7QA
  reponses:
    bonjour: "Mbote! Nakoki kosalisa yo ndenge nini?"
''', slack_bot())

add("csv/wifi-key", "nzadi/it/inventaire_reseau.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
site,equipement,modele,ip,ssid,cle_wifi,notes
PNR siège,routeur,MikroTik hEX,10.20.0.1,NZADI-PNR,@@s@@,2e étage
PNR Magasin B,AP,Ubiquiti U6-Lite,10.20.2.3,NZADI-MAGASIN-B,(voir netplan),
BZV Mpila,routeur,MikroTik hAP ax2,10.30.0.1,NZADI-BZV,(coffre IT),
Matadi,4G,Huawei B535,192.168.8.1,NZADI-MTD,(coffre IT),Vodacom
''', words_pw())

add("routeros/ftp-password", "nzadi/it/mikrotik/backup.rsc", "https://help.mikrotik.com/docs/display/ROS/Backup", r'''
# Sauvegarde config MikroTik vers FTP du NAS (tous les dimanches)
/system scheduler
add name=backup-hebdo interval=7d start-time=02:00:00 on-event="/system backup save name=pnr-hebdo; \
    /tool fetch address=10.30.1.8 src-path=pnr-hebdo.backup user=mikrotik \
    password=@@s@@ mode=ftp dst-path=/backups/pnr-hebdo.backup upload=yes"
/ip service
set telnet disabled=yes
set ftp disabled=yes
''', fakes.password(_seed()))

add("yaml/traefik-grafana-token", "mbongo/infra/traefik/dynamic.yml", "https://doc.traefik.io/traefik/middlewares/http/headers/", r'''
http:
  routers:
    grafana:
      rule: "Host(`stats.mbongo-express.cg`)"
      service: grafana
      middlewares: [grafana-auth]
  middlewares:
    grafana-auth:
      headers:
        customRequestHeaders:
          Authorization: "Bearer @@s@@"
  services:
    grafana:
      loadBalancer:
        servers:
          - url: "http://10.8.0.9:3000"
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("python/aws-boto3", "nzadi/scans/upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
"""Upload des scans (BL, DAU, factures) depuis le scanner du bureau PNR."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="af-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def envoyer(chemin, dossier):
    cle = f"{dossier}/{chemin.name}"
    s3.upload_file(str(chemin), "nzadi-archives-scans", cle)
    return cle
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "nzadi/it/poste-compta/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = af-south-1

[lecture-scans]
role_arn = arn:aws:iam::418273645120:role/lecture-scans
source_profile = default
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/gcp-service-account", "mbongo/analytics/bq-service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "mbongo-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "bq-loader@mbongo-analytics.iam.gserviceaccount.com",
  "client_id": "113920487561029384756",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  ", "BEGIN ").replace("END  ", "END ").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("rst/password-doc", "mbongo/docs/source/exploitation.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", r'''
Exploitation quotidienne
========================

Réconciliation du float
-----------------------

Chaque soir à 23h, le job ``reconciliation`` compare les soldes MoMo/Airtel aux écritures.
En cas d'échec, se connecter au serveur ``rec01`` :

.. code-block:: console

   $ ssh ops@10.8.0.7
   $ sudo -u rec PGPASSWORD='@@s@@' psql -h 10.8.0.4 -U rec float

Puis relancer ``make rejouer DATE=hier``.
''', fakes.password(_seed()))

add("makefile/token-arg", "mbongo/api/Makefile", "https://docs.sentry.io/cli/configuration/", r'''
VERSION ?= $(shell git describe --tags)
SENTRY_AUTH_TOKEN = @@s@@
SENTRY_ORG = mbongo-express

.PHONY: release test

test:
	pytest -q

release:
	sentry-cli releases new $(VERSION)
	sentry-cli releases set-commits $(VERSION) --auto
	sentry-cli releases finalize $(VERSION)
''', "sntrys_" + rnd(120, ALNUM))

add("text/mpesa-portal-password", "mbongo/notes/caisse-matadi.txt", "https://www.vodacom.cd/mpesa", r'''
AGENCE MATADI - caisse (Lutete / Mama Nsimba)

ouverture 7h30, fermeture 18h (samedi 13h)
plafond caisse USD : 3 000, CDF : 5 000 000
code coffre : demander à Lutete (pas ici)
compte M-Pesa agent (portail G2) : 8512-AG-07 / @@s@@
Kana mbongo ke kuluta, tuma message na Prisca na Brazza.
''', words_pw())

add("powershell/azure-sp", "nzadi/it/azure/connect.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive", r'''
# Connexion au tenant Microsoft 365 de Nzadi (automatisation des boîtes partagées)
$tenant = "@@tid@@"
$appId = "@@aid@@"
$secret = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Get-AzResourceGroup | Select-Object ResourceGroupName, Location
''', rnd(3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tid=uuid_s(), aid=uuid_s())

add("yaml/ci-sshpass", "nzadi/site/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", r'''
image: alpine:3.19
pipelines:
  branches:
    main:
      - step:
          name: Déploiement site vitrine
          script:
            - apk add --no-cache openssh sshpass rsync
            - sshpass -p '@@s@@' rsync -az --delete ./public/ web@196.223.14.40:/var/www/nzadi/
''', words_pw())

add("js/mongo-uri", "mbongo/ussd-node/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
const mongoose = require("mongoose");

// sessions USSD (TTL 3 min)
const URI = "mongodb+srv://ussd:@@s@@@cluster0.mbx41.mongodb.net/ussd?retryWrites=true&w=majority";

async function connect() {
  await mongoose.connect(URI);
  console.log("Mongo: tosangani malamu");
}

module.exports = { connect };
''', fakes.password(_seed()))

add("json/dotnet-appsettings", "mbongo/compensation/Compensation.Worker/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Compensation": {
    "Sftp": {
      "Host": "sftp.compensation.banque-partenaire.cg",
      "Port": 2222,
      "User": "mbongo_cmp",
      "Password": "@@s@@"
    },
    "Heure": "02:30"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
''', fakes.password(_seed()))

add("python/redis-url", "mbongo/api/settings/cache.py", "https://redis.io/docs/latest/develop/connect/clients/python/", r'''
import redis

# cache des soldes float (60 s)
REDIS_URL = "redis://:@@s@@@10.8.0.6:6379/2"
pool = redis.ConnectionPool.from_url(REDIS_URL)
cache = redis.Redis(connection_pool=pool)
TTL_SOLDE = 60
''', fakes.redis_password(_seed()))

add("yaml/rabbitmq-password", "mbongo/infra/k8s/rabbitmq-values.yaml", "https://www.rabbitmq.com/docs/configure", r'''
auth:
  username: mbongo
  password: "@@s@@"
  erlangCookie: ""
persistence:
  size: 8Gi
# files ya transactions (dépôts, retraits) -> float-service
extraConfiguration: |
  default_vhost = mbongo
''', words_pw())

add("text/google-ads-password", "nzadi/it/compte-google-ads.txt", "https://support.google.com/accounts/answer/1187538", r'''
Compte Google Ads Nzadi Transit (campagne "Fret fluvial Brazzaville - Bangui")
identifiant : marketing@nzaditransit.cg
mot de passe : @@s@@
2FA sur le téléphone de Mireille (Samsung A14)
Budget mensuel : 150 000 XAF, facturation sur la carte Visa société
Mbote na Mireille, bongola mot de passe soki akei congé
''', words_pw())

add("php/laravel-env", "mbongo/site/.env", "https://laravel.com/docs/11.x/configuration", r'''
APP_NAME="Mbongo Express"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://mbongo-express.cg
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=site
DB_USERNAME=site
DB_PASSWORD=${SITE_DB_PASSWORD}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("yaml/application-jwt", "nzadi/api/config/jwt.yml", "https://www.rfc-editor.org/rfc/rfc7518#section-3.2", r'''
jwt:
  issuer: api.nzaditransit.cg
  audience: portail-client
  algorithm: HS256
  secret: "@@s@@"
  ttl_minutes: 60
  refresh_ttl_days: 14
''', mixed(48))

add("http/rest-client", "mbongo/api/tests/manuel/airtel.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Jeton Airtel (prod) — tests manuels de Jordy
POST https://openapi.airtel.africa/auth/oauth2/token
Content-Type: application/json

{
  "client_id": "@@cid@@",
  "client_secret": "@@s@@",
  "grant_type": "client_credentials"
}

### Statut d'une collecte
GET https://openapi.airtel.africa/standard/v1/payments/MBX-240402-00318
X-Country: CG
X-Currency: XAF
''', uuid_s(), cid=uuid_s())

add("shell/jwt-bearer", "mbongo/scripts/test_api_partenaire.sh", "https://www.rfc-editor.org/rfc/rfc7519", r'''
#!/bin/bash
# Test de l'API partenaire de compensation (jeton valable 1 an, émis le 02/01)
TOKEN="@@s@@"
curl -sS -H "Authorization: Bearer $TOKEN" \
  "https://api.compensation.banque-partenaire.cg/v1/lots?date=$(date +%F)" | jq .
''', jwt_like('{"sub":"mbongo-express","scope":"lots:read lots:write","iat":1704153600,"exp":1735689600}'))

add("yaml/compose-minio", "nzadi/infra/minio/docker-compose.yml", "https://min.io/docs/minio/container/index.html", r'''
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-15T01-07-19Z
    command: server /data --console-address ":9001"
    ports: ["9000:9000", "9001:9001"]
    environment:
      MINIO_ROOT_USER: nzadi-admin
      MINIO_ROOT_PASSWORD: @@s@@
    volumes:
      - /srv/minio:/data
''', fakes.password(_seed()))

add("terraform/tfvars", "mbongo/infra/terraform/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
region         = "eu-west-3"
env            = "prod"
db_instance    = "db.t3.medium"
db_username    = "mbongo"
db_password    = "@@s@@"
allowed_cidrs  = ["41.211.0.0/16", "196.223.14.0/24"]
''', words_pw())

add("cron/crontab", "nzadi/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow  commande
MAILTO=it@nzaditransit.cg
0 23 * * * /srv/scripts/backup_s3.sh >> /var/log/backup.log 2>&1
30 6 * * 1-6 PGPASSWORD=@@s@@ pg_dump -h 10.30.1.5 -U rapport transit_pnr | gzip > /srv/dumps/transit_$(date +\%u).sql.gz
*/15 * * * * /srv/scripts/sync_cmacgm.sh
''', fakes.password(_seed()))

add("yaml/grafana-datasource", "mbongo/infra/grafana/provisioning/datasources/float.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: Float (prod)
    type: postgres
    url: 10.8.0.4:5432
    user: grafana_ro
    jsonData:
      database: float
      sslmode: disable
    secureJsonData:
      password: "@@s@@"
''', fakes.password(_seed()))

add("conf/pgbouncer-userlist", "mbongo/infra/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", r'''
"backoffice" "@@s@@"
"float_ro" "md5d41d8cd98f00b204e9800998ecf8427e"
"pgbouncer" "SCRAM-SHA-256$4096:c2FsdHNhbHQ=$Y2xpZW50a2V5$c2VydmVya2V5"
"stats" ""
"rec" "md5a3c1f09e2b7d4e58c6f0a1b2c3d4e5f6"
''', fakes.password(_seed()))

add("python/sms-gateway", "nzadi/alertes/sms_local.py", "https://www.infobip.com/docs/essentials/api-authentication", r'''
"""SMS via Infobip pour les chauffeurs sans WhatsApp."""
import requests

BASE = "https://9rz4xq.api.infobip.com"
API_KEY = "@@s@@"


def envoyer(numero, texte):
    return requests.post(f"{BASE}/sms/2/text/advanced",
                         headers={"Authorization": f"App {API_KEY}"},
                         json={"messages": [{"destinations": [{"to": numero}], "from": "NZADI", "text": texte}]})
''', hexs(32) + "-" + uuid_s())

add("js/github-fine-grained", "mbongo/infra/renovate/config.js", "https://docs.renovatebot.com/self-hosted-configuration/", r'''
module.exports = {
  platform: "github",
  token: "@@s@@",
  repositories: ["mbongo-express/api", "mbongo-express/ussd", "mbongo-express/android"],
  onboarding: false,
  timezone: "Africa/Brazzaville",
  schedule: ["before 6am on monday"],
};
''', fakes.github_fine_grained_token(_seed()))

add("ini/odbc-password", "nzadi/it/poste-compta/odbc.ini", "https://www.unixodbc.org/odbcinst.html", r'''
[SageCompta]
Driver      = ODBC Driver 18 for SQL Server
Server      = 10.30.1.12,1433
Database    = NZADI_COMPTA
UID         = lecture_compta
PWD         = @@s@@
TrustServerCertificate = yes
''', words_pw())

add("python/ftp-douane", "nzadi/douane/envoi_manifeste_ftp.py", "https://docs.python.org/3/library/ftplib.html", r'''
from ftplib import FTP_TLS

# Dépôt du manifeste barge au port autonome de Brazzaville (PABPS)
HOTE = "ftp.pabps.cg"

def deposer(fichier):
    ftp = FTP_TLS(HOTE)
    ftp.login("nzadi", "@@s@@")
    ftp.prot_p()
    with open(fichier, "rb") as f:
        ftp.storbinary(f"STOR manifestes/{fichier.name}", f)
    ftp.quit()
''', fakes.password(_seed()))

add("markdown/issue-comment", "mbongo/docs/incidents/2024-02-17-airtel-timeout.md", "https://developers.airtel.africa/documentation", r'''
# Incident 17/02 — timeouts Airtel Money

**Symptôme** : les dépôts Airtel des agents de Tié-Tié restaient "en attente" 10 à 20 min.

**Cause** : jeton OAuth mis en cache au-delà de son expiration (cache Redis TTL 3600 au lieu de 180).

**Reproduire** (Jordy) :
```
curl -X POST https://openapi.airtel.africa/auth/oauth2/token \
  -d '{"client_id":"@@cid@@","client_secret":"@@s@@","grant_type":"client_credentials"}'
```

**Correctif** : TTL aligné sur `expires_in`. Mosala esili.
''', uuid_s(), cid=uuid_s())

add("ini/ovh-api", "nzadi/infra/dns/ovh.conf", "https://github.com/ovh/python-ovh#configuration", r'''
[default]
endpoint=ovh-eu

[ovh-eu]
; mise à jour DNS nzaditransit.cg (certbot)
application_key=@@ak@@
application_secret=@@s@@
consumer_key=@@ck@@
''', mixed(32), ak=mixed(16), ck=mixed(32))

add("c/firmware-key", "nzadi/balises/firmware/src/config.h", "https://wiki.teltonika-gps.com/", r'''
#ifndef CONFIG_H
#define CONFIG_H

/* Balise maison pour les barges (ESP32 + SIM800) */
#define APN            "internet.mtncongo.net"
#define SERVEUR        "gps.nzaditransit.cg"
#define PORT           5055
#define JETON_APPAREIL "@@s@@"
#define INTERVALLE_S   300

#endif
''', mixed(32))

add("python/sentry-token", "mbongo/backoffice/backoffice/settings/sentry.py", "https://docs.sentry.io/platforms/python/", r'''
import sentry_sdk

# DSN public, OK. Mais le jeton d'API pour les releases ne doit pas rester ici:
SENTRY_API_TOKEN = "@@s@@"

sentry_sdk.init(
    dsn="https://4f1c2a8e9b0d4e7f8a6c3b2d1e0f9a8b@o450123.ingest.sentry.io/5512034",
    traces_sample_rate=0.1,
    environment="production",
)
''', "sntryu_" + hexs(64))

add("env/fastlane-password", "mbongo/ios/fastlane/.env.default", "https://docs.fastlane.tools/best-practices/keys/", r'''
FASTLANE_USER=ios@mbongo-express.cg
FASTLANE_PASSWORD=@@s@@
FASTLANE_TEAM_ID=7Q2K8M4N9P
MATCH_GIT_URL=git@github.com:mbongo-express/certificats.git
MATCH_TYPE=appstore
FASTLANE_SKIP_UPDATE_CHECK=1
''', words_pw())

add("yaml/rails-database", "nzadi/portail-rails/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: portail_dev

production:
  <<: *default
  host: 10.20.1.14
  database: portail
  username: portail
  password: @@s@@
''', fakes.password(_seed()))

add("ini/sssd-bind", "nzadi/it/ldap/sssd.conf", "https://sssd.io/docs/users/ldap.html", r'''
[sssd]
services = nss, pam
domains = nzadi.local

[domain/nzadi.local]
id_provider = ldap
ldap_uri = ldap://10.30.1.3
ldap_search_base = dc=nzadi,dc=local
ldap_default_bind_dn = cn=sssd,ou=services,dc=nzadi,dc=local
ldap_default_authtok = @@s@@
cache_credentials = true
''', fakes.password(_seed()))

add("json/postman-env", "mbongo/api/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "name": "Mbongo prod",
  "values": [
    { "key": "base_url", "value": "https://api.mbongo-express.cg/v2", "enabled": true },
    { "key": "agent_code", "value": "AG-PP-001", "enabled": true },
    { "key": "api_key", "value": "@@s@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', mixed(40, "mbx_live_"))

add("text/handover-password", "nzadi/notes/passation-serge.txt", "https://www.odoo.com/documentation/16.0/", r'''
Passation de service - Serge -> Mireille (congés du 1er au 21 août)

1. Odoo : tu as les droits admin, rien à faire.
2. Traccar (GPS camions) : admin / @@s@@ (bongola yango soki oyebi ndenge)
3. NAS Brazzaville : le compte est dans KeePass (fichier sur la clé bleue).
4. Les factures MSC arrivent le 5 du mois, les envoyer à la compta.

Mbote, tokomonana sima ya congé!
''', words_pw())

add("yaml/argocd-gitlab-token", "mbongo/k8s/argocd/repo-secret.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", r'''
apiVersion: v1
kind: Secret
metadata:
  name: repo-mbongo-k8s
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.com/mbongo-express/k8s.git
  username: argocd
  password: @@s@@
''', gitlab())

add("python/ldap-bind", "mbongo/backoffice/auth/ldap_backend.py", "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html", r'''
import ldap
from django_auth_ldap.config import LDAPSearch

AUTH_LDAP_SERVER_URI = "ldap://10.8.0.2"
AUTH_LDAP_BIND_DN = "cn=backoffice,ou=services,dc=mbongo,dc=local"
AUTH_LDAP_BIND_PASSWORD = "@@s@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch("ou=superviseurs,dc=mbongo,dc=local", ldap.SCOPE_SUBTREE, "(uid=%(user)s)")
''', words_pw())


# ---------------------------------------------------------------- decoys: forwarder

add("python/decoy-env-lookup", "nzadi/douane/sydonia_client.py", "https://docs.python.org/3/library/os.html#os.environ", r'''
"""Client SYDONIA (version propre : tout vient de l'environnement)."""
import os

import psycopg2

CONN = psycopg2.connect(
    host=os.environ["SYDONIA_DB_HOST"],
    dbname="transit_pnr",
    user=os.environ.get("SYDONIA_DB_USER", "sydonia_sync"),
    password=os.environ["SYDONIA_DB_PASSWORD"],
)
# Kobosana te : mot de passe ezali na Vault (kv/nzadi/sydonia), awa te.
''')

add("env/decoy-example", "nzadi/tracking/.env.example", "https://12factor.net/config", r'''
# Copier en .env et remplir (demander à Serge)
APP_ENV=development
APP_PORT=8080
DB_URL=postgres://tracking:changeme@localhost:5432/tracking
GOOGLE_MAPS_API_KEY=
TRACCAR_PASSWORD=<mot-de-passe-traccar>
ALERT_SPEED_KMH=90
''')

add("yaml/decoy-compose-secrets", "nzadi/odoo/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  odoo:
    image: odoo:16
    environment:
      HOST: db
      USER: odoo
      PASSWORD_FILE: /run/secrets/odoo_db_password
    secrets: [odoo_db_password]
  db:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/odoo_db_password
    secrets: [odoo_db_password]
secrets:
  odoo_db_password:
    external: true
''')

add("yaml/decoy-k8s-secret-ref", "nzadi/k8s/tracking-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracking
  namespace: nzadi-prod
spec:
  replicas: 2
  selector:
    matchLabels: { app: tracking }
  template:
    metadata:
      labels: { app: tracking }
    spec:
      containers:
        - name: tracking
          image: registry.nzaditransit.cg/tracking:3.2.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: tracking-api, key: DB_PASSWORD }
            - name: GOOGLE_MAPS_API_KEY
              valueFrom:
                secretKeyRef: { name: tracking-api, key: GOOGLE_MAPS_API_KEY }
''')

add("csv/decoy-container-numbers", "nzadi/exploitation/conteneurs_mars.csv", "https://www.bic-code.org/bic-codes/", r'''
conteneur,type,navire,voyage,bl,scelle,statut,date_sortie
MSCU7721034,40HC,MSC LAURA,FL412A,MEDUPN512093,ML-CG4418327,dédouané,2024-03-12
CMAU4471203,20DV,CMA CGM LOME,0KXJ5N1MA,LHV3021877,F3128840,en attente BAE,
MAEU9120458,40DV,MAERSK CONAKRY,411S,238840172,ML-CG4419002,sorti,2024-03-09
TGHU8832017,40HC,MSC LAURA,FL412A,MEDUPN512110,ML-CG4418401,visite douane,
''')

add("xml/decoy-soap-placeholder", "nzadi/douane/config/asycuda-ws.sample.xml", "https://asycuda.org/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Modèle : copier en asycuda-ws.xml, le vrai mot de passe est dans le coffre IT -->
<configuration>
  <endpoint>https://sydonia.douanes.cg/asyws/services/DeclarationService</endpoint>
  <credentials>
    <user>NZADI_WS</user>
    <password>${ASYCUDA_WS_PASSWORD}</password>
  </credentials>
  <bureau>PNR01</bureau>
  <timeout>60</timeout>
</configuration>
''')

add("markdown/decoy-access-doc", "nzadi/docs/acces-vpn.md", "https://openvpn.net/community-resources/how-to/", r'''
# VPN agence Matadi

1. Demander le profil `.ovpn` à l'IT (il n'est **jamais** dans le dépôt).
2. Importer dans OpenVPN Connect.
3. L'identifiant est votre login Odoo ; le mot de passe est celui de votre session Windows.

En cas de coupure Vodacom, le routeur 4G bascule tout seul (10 min max).
Soki ezali kosala te sima ya 30 min, benga Serge : +242 06 612 00 00 (poste 214).

Empreinte du certificat serveur (à vérifier à la première connexion) :
`SHA256:Qm4p7Zk3wq1X9y0C2nVb5Tj8Lf6Hs4Ra1Ee0Uo9Ii7`
''')

add("pem/decoy-public-cert", "nzadi/vpn/ca.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5.1", r'''
-----BEGIN CERTIFICATE-----
MIIDSzCCAjOgAwIBAgIUQ0x1dGV0ZU1hdmFuZ3VOemFkaVZQTjAwDQYJKoZIhvcN
AQELBQAwFjEUMBIGA1UEAwwLTnphZGktVlBOLUNBMB4XDTI0MDEwOTA5MDAwMFoX
DTM0MDEwNjA5MDAwMFowFjEUMBIGA1UEAwwLTnphZGktVlBOLUNBMIIBIjANBgkq
hkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@m@@
AgMBAAGjUzBRMB0GA1UdDgQWBBQ3c2VydmVyY2FwdWJsaWMwHwYDVR0jBBgwFoAU
N3NlcnZlcmNhcHVibGljMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQAD
-----END CERTIFICATE-----
''', m=rnd(32, ALNUM + "+/") + "\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(2)) + "\n" + rnd(32, ALNUM + "+/"))

add("ssh/decoy-public-key", "nzadi/infra/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Clés autorisées sur pnr-app01 (mise à jour 02/2024)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0m4Qk9vX2b7cLr1sT8eP3yN6aW5dF0gJ2hU4iK8oZq serge@bzv-portable
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP8z1Xc4Vb7Nm2Lk5Jh3Gf6Ds9Aq0Wr8Ty2Ui4Op1Ea mireille@pnr-compta
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7mQx2Kd9Pz4Rv1Wn6Yt3Lb8Hs0Fq5Jc2Ne7Ug4Ia9Oe1Xr6Sv3Mw8Tb5Lk0Pd2Gh7Jf4Qa9Zn1Cy6Vx3Bu8Ws5Rt2Ep0Ik7Lo4Mj9Nh1Ug6Yf3Td8Sa5Qw2Er0Ti7Yu4Io1Pa9Sd6Fg3Hj8Kl5Zx2Cv0Bn7Mq4Wl1Ek9Rj6Th3Yg8Uf5Id2Os0Pk7La4Sm1Dn9Fb6Gv3Hc8Jx5Kz2Lq0Mw7Ne4Or1Pt9Qy6Ru3Si8Tv5Ux2Vz0Wa7Xb4Yc1Zd9 deploy@gitlab-runner
# lutete@mtd-edge : retirée le 12/02 (poste volé à Matadi)
''')

add("log/decoy-masked", "nzadi/logs/sync-cmacgm-2024-04-15.log", "https://owasp.org/www-project-logging-cheat-sheet/", r'''
2024-04-15 06:00:01 INFO  sync-cmacgm démarrage
2024-04-15 06:00:01 DEBUG GET https://nzadi:****@edi.nzaditransit.cg/inbox/CMDU/ -> 200
2024-04-15 06:00:02 DEBUG Authorization: Basic [MASQUÉ]
2024-04-15 06:00:02 INFO  5 fichiers IFTSTA trouvés
2024-04-15 06:00:06 INFO  sync-cmacgm terminé (5 importés, 0 rejeté)
''')

add("sql/decoy-hashed-users", "nzadi/db/migrations/0015_utilisateurs_portail.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Comptes clients du portail (mots de passe hachés bcrypt par l'application)
INSERT INTO utilisateurs (email, nom, hash_mdp, role) VALUES
 ('achats@ciments-du-congo.example', 'Ciments du Congo', '$2b$12$Wq8nK3p1zR5vT7xY9aB2Ce0dF4gH6iJ8kL0mN2oP4qR6sT8uV0wXy', 'client'),
 ('log@bois-mayombe.example', 'Bois du Mayombe', '$2b$12$Ab3cD5eF7gH9iJ1kL3mN5eP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ', 'client'),
 ('exploitation@nzaditransit.cg', 'Exploitation', '$2b$12$Zy9xW7vU5tS3rQ1pO9nM7uK5jI3hG1fE9dC7bA5zY3xW1vU9tS7rQ', 'admin');
''')

add("yaml/decoy-ci-secrets", "nzadi/manifeste/.gitlab-ci.deploy.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache curl
    - 'curl --header "PRIVATE-TOKEN: ${DEPLOY_API_TOKEN}" -X POST "https://gitlab.nzaditransit.cg/api/v4/projects/12/deployments"'
    - echo "déploiement OK — mosala esili"
  rules:
    - if: '$CI_COMMIT_BRANCH == "main"'
# DEPLOY_API_TOKEN : variable masquée et protégée (Settings > CI/CD > Variables)
''')

add("json/decoy-tracking-ids", "nzadi/integrations/traccar-devices.json", "https://www.traccar.org/api-reference/", r'''
{
  "devices": [
    { "id": 14, "name": "TR-2231 (Renault Kerax)", "uniqueId": "352093089612745", "phone": "+242064100231" },
    { "id": 15, "name": "TR-2232 (Mercedes Actros)", "uniqueId": "352093089613102", "phone": "+242064100232" },
    { "id": 21, "name": "Barge NGOLO 3", "uniqueId": "864713042187265", "phone": "+242055800103" }
  ],
  "groupId": 3,
  "attributes": { "speedLimit": 48.6, "fuelSensor": "ain1" }
}
''')

add("python/decoy-test-fixture", "nzadi/tracking/tests/test_alertes.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from tracking.alertes import Alerteur

FAUX_TOKEN = "test-token-pas-reel"  # jeton factice pour les tests, aucun service derrière


@pytest.fixture
def alerteur(monkeypatch):
    envoyes = []
    monkeypatch.setattr("tracking.alertes.envoyer", lambda *a, **k: envoyes.append(a))
    return Alerteur(token=FAUX_TOKEN, chat_id=-100), envoyes


def test_camion_arrete(alerteur):
    a, envoyes = alerteur
    a.verifier("TR-2231", "Dolisie", minutes=130)
    assert envoyes and "TR-2231" in envoyes[0][1]
''')

add("text/decoy-revoked-note", "nzadi/exploitation/notes/incident-cle-aws.txt", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys", r'''
Incident 08/03 - clé AWS du script de sauvegarde publiée par erreur sur le dépôt

- Clé désactivée puis supprimée dans IAM le 08/03 à 10h12 (Serge)
- Nouvelle clé créée, stockée dans le coffre IT uniquement (pas dans les scripts)
- Le script backup_s3.sh utilise maintenant le profil "sauvegarde" de ~/.aws
- Historique git nettoyé ? Non : inutile, la clé est morte. Ezali lisusu na nguya te.
''')

add("go/decoy-config-env", "nzadi/manifeste/internal/config/config.go", "https://pkg.go.dev/os#Getenv", r'''
package config

import (
	"fmt"
	"os"
)

// DSN construit depuis l'environnement (plus de mot de passe dans le code)
func DSN() string {
	return fmt.Sprintf("postgres://%s:%s@%s:5432/manifestes?sslmode=require",
		os.Getenv("MANIFESTE_DB_USER"),
		os.Getenv("MANIFESTE_DB_PASSWORD"),
		os.Getenv("MANIFESTE_DB_HOST"))
}
''')

add("terraform/decoy-variable", "nzadi/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "do_token" {
  description = "Jeton DigitalOcean (fourni par TF_VAR_do_token, jamais en clair)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Mot de passe PostgreSQL du portail"
  type        = string
  sensitive   = true
}

variable "region" {
  default = "fra1"
}
''')

add("ini/decoy-odoo-template", "nzadi/odoo/odoo.conf.j2", "https://www.odoo.com/documentation/16.0/administration/on_premise/deploy.html", r'''
[options]
; généré par Ansible — ne pas éditer à la main
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
admin_passwd = {{ vault_odoo_admin_passwd }}
db_host = {{ odoo_db_host }}
db_user = odoo
db_password = {{ vault_odoo_db_password }}
workers = {{ odoo_workers | default(4) }}
proxy_mode = True
''')

add("yaml/decoy-ansible-vault", "nzadi/infra/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
36643662303931336362356361373334663632386133366638653565313362663065623439316438
3934636564356232386331663939353231623634306236660a393339346236306331373532656632
64336138336664616137356539643035326334356634316332313332383139356338666134393737
3565366161313830330a633963383964316461303664356132623461303862636335323131613237
38643836343732363361336632613564643565366138323636353634366163343031376538383135
6532376137316665346535663733626538313037653465303063
''')

add("markdown/decoy-api-doc", "nzadi/docs/api-portail.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
# API portail client — authentification

Chaque client reçoit une clé depuis son espace (menu *Paramètres > Clé API*).

```http
GET /v1/conteneurs?bl=MEDUPN512093 HTTP/1.1
Host: api.nzaditransit.cg
Authorization: Bearer <VOTRE_CLE_API>
```

Réponse : statut du conteneur (`en mer`, `débarqué`, `visite douane`, `dédouané`, `livré`).
Limite : 60 requêtes / minute. Les clés se révoquent depuis le même menu.
''')

add("php/decoy-wp-config-env", "nzadi/site/wp-config.docker.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// Version conteneur du site vitrine : tout vient des variables d'environnement
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db' );
define( 'AUTH_KEY', getenv('WORDPRESS_AUTH_KEY') );
define( 'SECURE_AUTH_KEY', getenv('WORDPRESS_SECURE_AUTH_KEY') );
$table_prefix = 'nz_';
require_once ABSPATH . 'wp-settings.php';
''')

add("csv/decoy-declarations", "nzadi/douane/export_declarations_fevrier.csv", "https://asycuda.org/", r'''
bureau,num_decl,date_enreg,regime,declarant,code_sh,valeur_xaf,liquidation,quittance
PNR01,C 1204,2024-02-02,IM4,NZADI-DECL1,2523290000,18450000,4612500,Q-2024-0088123
PNR01,C 1377,2024-02-06,IM4,NZADI-DECL1,7214200000,32100000,8025000,Q-2024-0091477
PNR01,C 1512,2024-02-09,EX1,NZADI-DECL1,4403490000,54900000,0,
BZV01,C 0402,2024-02-14,IT8,NZADI-DECL2,8701210000,71000000,0,Q-2024-0102354
''')

add("shell/decoy-vault-read", "nzadi/scripts/backup_s3_v2.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
#!/bin/bash
# v2 : les clés viennent de Vault (plus rien en clair ici)
set -euo pipefail
export VAULT_ADDR=https://vault.nzaditransit.cg:8200
export AWS_ACCESS_KEY_ID=$(vault kv get -field=access_key kv/nzadi/sauvegarde)
export AWS_SECRET_ACCESS_KEY=$(vault kv get -field=secret_key kv/nzadi/sauvegarde)
export AWS_DEFAULT_REGION=af-south-1
JOUR=$(date +%Y-%m-%d)
tar czf /tmp/scans-$JOUR.tgz /srv/scans/$JOUR
aws s3 cp /tmp/scans-$JOUR.tgz s3://nzadi-archives-scans/$JOUR/
''')

add("chat/decoy-whatsapp-no-value", "nzadi/exploitation/whatsapp-export-matadi.txt", "https://faq.whatsapp.com/1180414079177245", r'''
20/03/2024, 09:12 - Lutete: Mbote. Mot de passe ya SEGUCE echangé lelo
20/03/2024, 09:13 - Mabiala: Tinda ngai yango awa ?
20/03/2024, 09:13 - Lutete: Te! Serge alobi kotinda na WhatsApp te. Ezali na KeePass
20/03/2024, 09:15 - Mabiala: Ok, nakotala na KeePass
20/03/2024, 09:40 - Lutete: Navire MAERSK CONAKRY akoki Boma lobi, Matadi mokolo ya mitano
20/03/2024, 09:41 - Mabiala: 👍
''')

add("json/decoy-package-lock", "nzadi/portail-client/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "portail-client",
  "version": "2.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
      "integrity": "sha512-v8S7x0tc8H6bD1VfNpd3Wq9lT4bXm5Zc2Jr0Ky7Ue6Fs1Ha9Po3Ni8Lm2Gq4Tw5Yr7Xe0Bz3Cv6Dn9Fa1Sb4Kh8Jm==",
      "license": "SEE LICENSE IN LICENSE.txt"
    }
  }
}
''')

add("ts/decoy-mapbox-public", "nzadi/portail-client/src/config/map.public.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r'''
// Jeton PUBLIC (pk.) : restreint par URL à portail.nzaditransit.cg, lecture des styles seulement.
// Le jeton secret (sk.) pour l'upload des tuiles est dans le coffre, pas ici.
export const MAPBOX_PUBLIC_TOKEN = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;
export const MAP_STYLE = "mapbox://styles/nzaditransit/clq2fleuve";
export const DEFAULT_CENTER: [number, number] = [15.2832, -4.2634]; // Brazzaville
export const DEFAULT_ZOOM = 7;
''')

add("dockerfile/decoy-build-secret", "nzadi/tracking/Dockerfile.v2", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.nzaditransit.cg/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Africa/Brazzaville
CMD ["gunicorn", "-b", "0.0.0.0:8080", "tracking.wsgi:app"]
''')

add("email/decoy-reset-link-expired", "nzadi/exploitation/mails/reinit-guichet-unique.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Guichet Unique <no-reply@guichetunique.cg>
To: exploitation@nzaditransit.cg
Subject: Réinitialisation de votre mot de passe
Date: Thu, 07 Mar 2024 08:30:02 +0100

Bonjour NZADI-TR,

Une demande de réinitialisation a été faite pour votre compte.
Ce lien est valable 30 minutes : https://www.guichetunique.cg/reinit?ref=GU-20240307-00412
Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

Guichet Unique des Opérations Transfrontalières
''')

add("yaml/decoy-helm-existing-secret", "nzadi/k8s/charts/portail/values.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", r'''
replicaCount: 1
image:
  repository: registry.nzaditransit.cg/portail
  tag: latest
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: portail-redis
    existingSecretPasswordKey: redis-password
ingress:
  enabled: false
''')

add("java/decoy-config-lookup", "nzadi/facturation/src/main/java/cg/nzadi/facturation/DgiConfig.java", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", r'''
package cg.nzadi.facturation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Clé e-facture DGI : injectée par Spring depuis DGI_API_KEY (coffre). */
@ConfigurationProperties(prefix = "dgi")
public record DgiConfig(String baseUrl, String apiKey, int timeoutSeconds) {
    public DgiConfig {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalStateException("DGI_API_KEY manquante (voir coffre IT)");
        }
    }
}
''')

add("text/decoy-checksums", "nzadi/releases/SHA256SUMS.txt", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r'''
# Application chauffeur — version 1.8.2 (build 58)
5f1e7a2c9b0d43e8a6c1f2b3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8  nzadi-chauffeur-1.8.2.apk
a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff  nzadi-chauffeur-1.8.2.aab
3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b  mapping-1.8.2.txt
# vérifier : sha256sum -c SHA256SUMS.txt
''')

add("kotlin/decoy-buildconfig", "nzadi/app-chauffeur/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "cg.nzadi.chauffeur"
    defaultConfig {
        applicationId = "cg.nzadi.chauffeur"
        versionCode = 58
        versionName = "1.8.2"
        // jeton lu depuis local.properties / variable CI, jamais commité
        buildConfigField("String", "API_TOKEN", "\"${project.findProperty("NZADI_API_TOKEN") ?: ""}\"")
    }
}
''')

add("ini/decoy-rclone-env", "nzadi/scripts/rclone.conf.example", "https://rclone.org/s3/", r'''
# Exemple : les clés viennent de l'environnement (env_auth = true)
[wasabi-archives]
type = s3
provider = Wasabi
env_auth = true
access_key_id =
secret_access_key =
endpoint = s3.eu-central-2.wasabisys.com
acl = private
''')

add("markdown/decoy-changelog", "nzadi/portail-client/CHANGELOG.md", "https://keepachangelog.com/fr/1.1.0/", r'''
# Changelog

## [2.4.1] - 2024-03-18
### Sécurité
- Rotation du jeton Mapbox secret après fuite dans un ancien commit (ancien jeton révoqué).
- Le jeton GitHub de déploiement est maintenant un secret d'Actions (`DEPLOY_TOKEN`).

## [2.4.0] - 2024-03-02
### Ajouté
- Suivi des barges Brazzaville -> Bangui (carte).
- Langue lingala pour les notifications.
''')

add("python/decoy-uuid-ids", "nzadi/integrations/cma_ids.py", "https://www.rfc-editor.org/rfc/rfc4122", r'''
"""Identifiants fixes des partenaires CMA CGM (pas des secrets : ils figurent sur chaque message)."""

PARTENAIRES = {
    "NZADI_PNR": "7c1e2f4a-9b3d-4e8f-a1c2-5d6e7f8a9b0c",
    "NZADI_BZV": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
    "NZADI_MTD": "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f",
}
SCAC = "CMDU"
FORMAT = "IFTSTA D.99B"
''')

add("yaml/decoy-sops", "nzadi/k8s/secrets/tracking.enc.yaml", "https://github.com/getsops/sops", r'''
apiVersion: v1
kind: Secret
metadata:
    name: tracking-api
type: Opaque
data:
    DB_PASSWORD: ENC[AES256_GCM,data:q3Z8Jm0vT1xR5Yk2bN9wLc4HsA==,iv:7pFz3kQ2mW8nR1tY5vB0cX4dE6fG9hJ2kL=,tag:aB3cD5eF7gH9iJ1kL3mN5o==,type:str]
sops:
    age:
        - recipient: age1qxz8r4n6w2k9d3m5p7t1v0y8c4h6j2l9f5s3a7e1u0g8b2n4x6q3s2m5t
    lastmodified: "2024-03-21T10:14:52Z"
    mac: ENC[AES256_GCM,data:Zx8Cv7Bn6Mq5Wl4Ek3Rj2Th1Yg0Uf9Id8Os7Pk6La5==,iv:Sm4Dn3Fb2Gv1Hc0Jx9Kz8Lq7Mw6Ne5Or4=,tag:Pt3Qy2Ru1Si0Tv9Ux8Vz7w==,type:str]
    version: 3.8.1
''')

add("text/decoy-readme-fake-creds", "nzadi/odoo/README.txt", "https://hub.docker.com/_/odoo", r'''
Odoo Nzadi — environnement de développement

docker compose -f docker-compose.dev.yml up -d
Ouvrir http://localhost:8069
Base de démo : nzadi_demo, utilisateur admin / admin (base jetable, recréée à chaque lancement)

La prod n'utilise JAMAIS ces identifiants : admin_passwd est injecté par Ansible depuis le vault.
Ba mot de passe ya prod bazali na coffre IT kaka.
''')

add("sql/decoy-role-no-password", "nzadi/db/migrations/0016_role_replication.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Rôle de réplication BZV : authentification par certificat client (pg_hba: cert), pas de mot de passe
CREATE ROLE replication_bzv WITH REPLICATION LOGIN;
COMMENT ON ROLE replication_bzv IS 'réplique bzv-db01, certificat CN=replication_bzv';
-- mot de passe : aucun (voir docs/acces-serveurs.md)
GRANT pg_monitor TO replication_bzv;
''')

add("powershell/decoy-getcredential", "nzadi/it/Sauvegarde-Sage-v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# v2 : le compte de service vient du gestionnaire d'identifiants Windows
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "NZADI-svc-sauvegarde"
if (-not $cred) { throw "Identifiant 'NZADI-svc-sauvegarde' absent du coffre Windows" }
New-PSDrive -Name N -PSProvider FileSystem -Root "\\nas-bzv\compta" -Credential $cred
Copy-Item "D:\Sage\Backup\*.bak" "N:\sage\" -Force
Remove-PSDrive N
''')

add("xml/decoy-maven-settings", "nzadi/facturation/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>nexus-nzadi</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-nzadi</id>
      <url>https://nexus.nzaditransit.cg/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''')

add("log/decoy-bl-numbers", "nzadi/logs/edi-msc-2024-03-12.log", "https://unece.org/trade/uncefact/introducing-unedifact", r'''
2024-03-12 05:00:03 INFO  COPARN reçu MEDUPN512093 ref=MSC240312PNR0041
2024-03-12 05:00:03 INFO  conteneur MSCU7721034 scellé ML-CG4418327 poids=26480kg
2024-03-12 05:00:04 INFO  COPARN reçu MEDUPN512110 ref=MSC240312PNR0042
2024-03-12 05:00:04 DEBUG msg-id=4e0f6a3b9c2d41e8b7a5c6d9e0f1a2b3 checksum=9b7c1e44d0a2
2024-03-12 05:00:05 INFO  2 messages traités
''')

add("yaml/decoy-github-actions-secrets", "nzadi/portail-client/.github/workflows/deploy-v2.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-portail
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: Déployer
        env:
          DEPLOY_HOST: portail.nzaditransit.cg
          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
        run: ./scripts/deploy.sh
''')

add("python/decoy-keyring", "nzadi/douane/ftp_pabps.py", "https://pypi.org/project/keyring/", r'''
from ftplib import FTP_TLS

import keyring

HOTE = "ftp.pabps.cg"


def deposer(fichier):
    mot_de_passe = keyring.get_password("pabps-ftp", "nzadi")
    ftp = FTP_TLS(HOTE)
    ftp.login("nzadi", mot_de_passe)
    ftp.prot_p()
    with open(fichier, "rb") as f:
        ftp.storbinary(f"STOR manifestes/{fichier.name}", f)
    ftp.quit()
''')


# ---------------------------------------------------------------- decoys: mobile money

add("env/decoy-momo-sandbox", "mbongo/api/.env.sandbox", "https://momodeveloper.mtn.com/api-documentation/testing", r'''
# Sandbox MoMo (aucune valeur de prod ici)
APP_ENV=sandbox
MOMO_BASE_URL=https://sandbox.momodeveloper.mtn.com
MOMO_TARGET_ENV=sandbox
MOMO_COLLECTION_PRIMARY_KEY=${MOMO_SANDBOX_KEY}
MOMO_API_USER=${MOMO_SANDBOX_USER}
CURRENCY=EUR
# kobosana te : devise ya sandbox ezali EUR, XAF te
''')

add("python/decoy-momo-vault", "mbongo/api/momo/credentials.py", "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html", r'''
"""Identifiants MoMo lus dans Vault au démarrage (plus de clé dans le code)."""
import hvac

client = hvac.Client(url="https://vault.mbongo-express.cg:8200")
client.auth.approle.login(role_id=open("/run/secrets/role_id").read().strip(),
                          secret_id=open("/run/secrets/secret_id").read().strip())


def momo():
    data = client.secrets.kv.v2.read_secret_version(path="momo/collection")["data"]["data"]
    return data["api_user"], data["api_key"], data["subscription_key"]
''')

add("json/decoy-airtel-template", "mbongo/api/config/airtel.sample.json", "https://developers.airtel.africa/documentation", r'''
{
  "pays": "CG",
  "devise": "XAF",
  "base_url": "https://openapiuat.airtel.africa",
  "client_id": "VOTRE_CLIENT_ID",
  "client_secret": "VOTRE_CLIENT_SECRET",
  "pin_chiffre_env": "AIRTEL_PIN_ENC",
  "callback": "https://api.mbongo-express.cg/airtel/callback"
}
''')

add("pem/decoy-mpesa-public-key", "mbongo/rdc/mpesa/keys/mpesa_public.pem", "https://openapiportal.m-pesa.com/", r'''
-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA@@pk@@
-----END PUBLIC KEY-----
''', pk=rnd(20, ALNUM + "+/") + "\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(5)))

add("csv/decoy-transactions", "mbongo/exports/transactions_2024-04-02_PP.csv", "https://momodeveloper.mtn.com/api-documentation/api-description", r'''
ref,date,agent,operateur,type,montant_xaf,frais,financial_tx_id,statut
MBX-240402-00301,2024-04-02 07:12,AG-PP-001,MTN,depot,25000,0,8391027465,SUCCESSFUL
MBX-240402-00302,2024-04-02 07:15,AG-PP-004,AIRTEL,retrait,40000,400,CI240402.0715.A12044,TS
MBX-240402-00303,2024-04-02 07:31,AG-PP-001,MTN,retrait,15000,150,8391031182,SUCCESSFUL
MBX-240402-00318,2024-04-02 08:01,AG-TT-031,AIRTEL,depot,10000,0,CI240402.0801.B33109,TS
''')

add("markdown/decoy-ussd-doc", "mbongo/ussd/README.md", "https://developers.africastalking.com/docs/ussd/overview", r'''
# USSD *455# — Mbongo Express

Menu en trois langues (français, lingala, kikongo). Réponses `CON` / `END` selon Africa's Talking.

## Configuration
| Variable | Rôle |
|---|---|
| `AT_USERNAME` | compte Africa's Talking (`sandbox` en dev) |
| `AT_API_KEY` | clé API, dans le coffre (`kv/mbongo/africastalking`) |
| `AT_SHORTCODE` | `455` |

```bash
export AT_API_KEY="$(vault kv get -field=api_key kv/mbongo/africastalking)"
flask --app app run
```
''')

add("python/decoy-pin-hash", "mbongo/api/agents/pin.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", r'''
"""PIN des agents : jamais stocké en clair, seulement PBKDF2."""
import hashlib
import hmac
import os

ITERATIONS = 310_000
EXEMPLE_HASH = "pbkdf2_sha256$310000$Yk3mQ8vR2tWz$6f1d3c9a8e2b7f4051c6d9e3a2b1f0e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2"


def hacher(pin: str, sel: bytes = None) -> str:
    sel = sel or os.urandom(12)
    h = hashlib.pbkdf2_hmac("sha256", pin.encode(), sel, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${sel.hex()}${h.hex()}"


def verifier(pin: str, stocke: str) -> bool:
    _, it, sel, h = stocke.split("$")
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(sel), int(it)).hex(), h)
''')

add("yaml/decoy-k8s-external-secret", "mbongo/k8s/float-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: float-service
  namespace: mbongo
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-mbongo
    kind: ClusterSecretStore
  target:
    name: float-service
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: kv/mbongo/float
        property: database_url
''')

add("kotlin/decoy-test-keys", "mbongo/android/app/src/test/java/cg/mbongo/agent/SignerTest.kt", "https://developer.android.com/training/testing/local-tests", r'''
package cg.mbongo.agent

import org.junit.Assert.assertEquals
import org.junit.Test

class SignerTest {
    // clé de test, n'ouvre rien (le serveur de test accepte n'importe quelle signature)
    private val cleTest = "cle-de-test-0000000000000000"

    @Test
    fun signatureStable() {
        val sig = Signer.signCorps("{\"montant\":5000}", cleTest)
        assertEquals(64, sig.length)
    }
}
''')

add("text/decoy-agent-codes", "mbongo/agents/codes_marchands_tietie.txt", "https://momodeveloper.mtn.com/", r'''
Agents Tié-Tié (Pointe-Noire) — codes marchands à afficher en boutique

AG-TT-028  Boutique Mama Loemba     code marchand MoMo : 174 882   Airtel : 50 11 92
AG-TT-029  Ets Makosso & Fils        code marchand MoMo : 174 903   Airtel : 50 11 97
AG-TT-031  Cabine Bouity             code marchand MoMo : 175 016   Airtel : 50 12 04

Ba codes oyo bazali ya kolakisa na bato nyonso (affiche). Ezali sekele te.
''')

add("go/decoy-hmac-env", "mbongo/reconciliation/internal/sig/key.go", "https://pkg.go.dev/os#LookupEnv", r'''
package sig

import (
	"log"
	"os"
)

// La clé partagée vient de COMPENSATION_HMAC_KEY (injectée par ExternalSecret).
func cle() []byte {
	k, ok := os.LookupEnv("COMPENSATION_HMAC_KEY")
	if !ok || len(k) < 32 {
		log.Fatal("COMPENSATION_HMAC_KEY absente ou trop courte")
	}
	return []byte(k)
}
''')

add("json/decoy-google-services", "mbongo/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "482019374651",
    "project_id": "mbongo-agent",
    "storage_bucket": "mbongo-agent.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:482019374651:android:7c2e91f04ab3d18e",
        "android_client_info": { "package_name": "cg.mbongo.agent" }
      },
      "oauth_client": [],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''')

add("log/decoy-redacted-token", "mbongo/logs/api-2024-04-09.log", "https://owasp.org/www-project-logging-cheat-sheet/", r'''
[2024-04-09 08:01:37] DEBUG airtel.collect -> POST https://openapi.airtel.africa/merchant/v1/payments/
[2024-04-09 08:01:37] DEBUG headers={'X-Country': 'CG', 'X-Currency': 'XAF', 'Authorization': 'Bearer ***REDACTED***'}
[2024-04-09 08:01:38] INFO  airtel.collect ref=MBX-240409-00211 status=TS
[2024-04-09 08:02:10] INFO  momo.collect ref=MBX-240409-00212 x-reference-id=9d3e5f71-2b4a-4c8e-9a61-0f7d2c3b4e5a
[2024-04-09 08:02:12] INFO  momo.collect ref=MBX-240409-00212 status=SUCCESSFUL
''')

add("yaml/decoy-compose-env-refs", "mbongo/infra/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r'''
services:
  api:
    image: registry.gitlab.com/mbongo/api:1.9.4
    environment:
      DATABASE_URL: postgresql://backoffice:${PG_PASSWORD:?manquant}@postgres:5432/mbongo
      REDIS_URL: redis://:${REDIS_PASSWORD:?manquant}@redis:6379/0
      AT_API_KEY: ${AT_API_KEY}
  redis:
    image: redis:7-alpine
    command: ["sh", "-c", "redis-server --requirepass \"$$REDIS_PASSWORD\""]
    environment:
      REDIS_PASSWORD: ${REDIS_PASSWORD}
''')

add("markdown/decoy-security-policy", "mbongo/SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository", r'''
# Politique de sécurité — Mbongo Express

- Aucune clé (MoMo, Airtel, Orange, M-Pesa) ne doit être commitée. Utiliser Vault (`kv/mbongo/*`).
- Les PIN agents sont hachés (PBKDF2, 310 000 itérations).
- Signaler une faille : securite@mbongo-express.cg (clé PGP ci-dessous, empreinte
  `4A1F 9C3E 22B7 0D58 E6A1  73C9 0B4E 5D21 F8A6 3C17`).

Soki omoni sekele na code, koloba na Jordy to Prisca noki.
''')

add("sql/decoy-seed-placeholder", "mbongo/backoffice/db/seed_dev.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- Données de dev (base locale uniquement)
INSERT INTO superviseurs (login, nom, zone, hash_mdp, actif) VALUES
 ('sup.dev', 'Superviseur Dev', 'Poto-Poto', 'pbkdf2_sha256$310000$ZGV2c2Fs$0000000000000000000000000000000000000000000000000000000000000000', true);
INSERT INTO agents (code, nom, quartier, telephone) VALUES
 ('AG-DEV-001', 'Agent Test', 'Bacongo', '+242060000000');
-- mot de passe de sup.dev : voir README (base de dev, valeur jetable)
''')

add("python/decoy-test-sandbox", "mbongo/api/tests/test_momo.py", "https://momodeveloper.mtn.com/api-documentation/testing", r'''
import responses

from momo.disbursement import jeton

SANDBOX_SUB_KEY = "00000000000000000000000000000000"  # valeur factice, le mock ne la vérifie pas


@responses.activate
def test_jeton():
    responses.post("https://proxy.momoapi.mtn.com/disbursement/token/",
                   json={"access_token": "jeton-factice", "expires_in": 3600})
    assert jeton(SANDBOX_SUB_KEY) == "jeton-factice"
''')

add("xml/decoy-android-manifest", "mbongo/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="@string/app_name" android:icon="@mipmap/ic_launcher">
        <!-- clé injectée par le Secrets Gradle Plugin depuis local.properties -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("chat/decoy-slack-export", "mbongo/notes/slack-ops-export.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {"user": "U04JORDY", "text": "Mbote! Clé Airtel ya sika esili kotiama na Vault (kv/mbongo/airtel), bosala redeploy", "ts": "1712041200.000100"},
  {"user": "U04PRISCA", "text": "Merci. L'ancienne clé est révoquée côté Airtel ?", "ts": "1712041260.000200"},
  {"user": "U04JORDY", "text": "Iyo, révoquée ce matin à 7h. Ticket AIRTEL-CG-88412", "ts": "1712041320.000300"},
  {"user": "U04PRISCA", "text": "👍 nakotala float ya Tié-Tié sima", "ts": "1712041380.000400"}
]
''')

add("ini/decoy-pgpass-template", "mbongo/ops/pgpass.example", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# Modèle de ~/.pgpass (chmod 600). Remplacer MOT_DE_PASSE par la valeur du coffre.
# hôte:port:base:utilisateur:mot_de_passe
10.8.0.4:5432:mbongo:backoffice:MOT_DE_PASSE
10.8.0.4:5432:float:float_ro:MOT_DE_PASSE
# Kobosana te : chmod 600 ~/.pgpass
''')

add("shell/decoy-curl-netrc", "mbongo/scripts/solde_float_v2.sh", "https://everything.curl.dev/usingcurl/netrc", r'''
#!/bin/sh
# v2 : identifiants dans ~/.netrc (chmod 600), plus dans le script
curl -s --netrc \
  https://partenaires.mbongo-express.cg/api/solde \
  | jq '.comptes[] | {operateur, solde}'
# Kituba: kana yo ke zola kubaka kisalu yai, tala ~/.netrc ya ops
''')

add("yaml/decoy-sealed-secret", "mbongo/k8s/sealed/momo-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: momo-collection
  namespace: mbongo
spec:
  encryptedData:
    MOMO_API_KEY: AgBy8hCi8Q5tZ1kH4Lr9Wm2Xn7Pb3Qs6Tc0Vd5Ye8Zf1Ag4Bh7Ci0Dj3Ek6Fl9Gm2Hn5Io8Jp1Kq4Lr7Ms0Nt3Ou6Pv9Qw2Rx5Sy8Tz1Ua4Vb7Wc0Xd3Ye6Zf9Ag2Bh5Ci8Dj1Ek4Fl7Gm0Hn3Io6Jp9Kq2Lr5Ms8Nt1Ou4Pv7Qw0Rx3Sy6Tz9Ua2Vb5Wc8Xd1Ye4Zf7
    MOMO_SUBSCRIPTION_KEY: AgCq3Wd7Ef1Rg5Th9Yj3Uk7Il1Om5Pn9Ao3Sp7Dq1Fr5Gs9Ht3Ju7Kv1Lw5Zx9Xc3Cv7Vb1Bn5Nm9Mq3Wa7Es1Rd5Tf9Yg3Uh7Ij1Ok5Pl9Az3Sx7Dc1Fv5Gb9Hn3Jm7Kq1Lw5Ze9Xr3Ct7Vy1Bu5Ni9Mo3Qp7Wa1Es5Rd9Tf3Yg7Uh1Ij5Ok9Pl3Az7Sx1
  template:
    metadata:
      name: momo-collection
''')

add("text/decoy-phone-list", "mbongo/agents/astreinte.txt", "https://www.arpce.cg/", r'''
Astreinte week-end (avril) — Mbongo Express

6-7 avril   Jordy Mabiala    +242 06 445 12 90   (technique)
13-14 avril Prisca Ngoma      +242 05 330 87 12   (float / agents)
20-21 avril Jordy Mabiala    +242 06 445 12 90
27-28 avril Lutete Mavungu   +243 81 220 45 67   (Matadi)

Numéro USSD client : *455#   Hotline : 1455 (gratuit MTN/Airtel)
''')

add("ipynb/decoy-notebook-env", "mbongo/analytics/commissions_agents.ipynb", "https://jupyter.org/", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Commissions agents — mars 2024\n", "Données lues depuis BigQuery avec le compte de service monté par JupyterHub."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from google.cloud import bigquery\n",
    "client = bigquery.Client.from_service_account_json(os.environ[\"GOOGLE_APPLICATION_CREDENTIALS\"])\n",
    "df = client.query(\"SELECT agent, SUM(commission) c FROM mbongo.tx WHERE mois='2024-03' GROUP BY agent\").to_dataframe()\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("js/decoy-flutterwave-public", "mbongo/web/public/checkout.js", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
// Checkout côté navigateur : seule la clé PUBLIQUE est ici (c'est prévu pour).
// La clé secrète reste sur le serveur (variable FLW_SECRET_KEY).
const FLW_PUBLIC_KEY = window.__CONFIG__.flwPublicKey;

function payer(montant, email) {
  FlutterwaveCheckout({
    public_key: FLW_PUBLIC_KEY,
    tx_ref: "MBX-WEB-" + Date.now(),
    amount: montant,
    currency: "XAF",
    customer: { email },
    customizations: { title: "Mbongo Express", description: "Recharge carte agent" },
  });
}
''')

add("terraform/decoy-data-source", "mbongo/infra/terraform/db.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", r'''
data "aws_secretsmanager_secret_version" "db" {
  secret_id = "mbongo/prod/db"
}

resource "aws_db_instance" "float" {
  identifier        = "mbongo-float"
  engine            = "postgres"
  engine_version    = "16.2"
  instance_class    = var.db_instance
  username          = "mbongo"
  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  allocated_storage = 50
  skip_final_snapshot = false
}
''')

add("email/decoy-phishing-warning", "mbongo/mails/alerte-hameconnage.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Prisca Ngoma <p.ngoma@mbongo-express.cg>
To: Agents Brazzaville <agents-bzv@mbongo-express.cg>
Subject: ATTENTION - faux SMS "MTN MoMo"
Date: Wed, 10 Apr 2024 11:20:00 +0100

Mbote na bino,

Des agents reçoivent un SMS "Votre compte MoMo est bloqué, envoyez votre PIN au 06 xxx".
C'est une arnaque. Mbongo Express ne vous demandera JAMAIS votre PIN ni votre mot de passe.

Soki bazali kosenga PIN na yo, pesa te! Benga ngai noki.

Prisca
''')

add("yaml/decoy-openapi-spec", "mbongo/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", r'''
openapi: 3.0.3
info:
  title: API agents Mbongo Express
  version: 2.3.0
components:
  securitySchemes:
    cleApi:
      type: apiKey
      in: header
      name: X-Mbongo-Key
      description: Clé de l'agent (format mbx_live_...), fournie dans le back-office.
security:
  - cleApi: []
paths:
  /float/solde:
    get:
      summary: Solde float de l'agent
      responses:
        "200": { description: OK }
''')

add("python/decoy-settings-env", "mbongo/backoffice/backoffice/settings/base.py", "https://django-environ.readthedocs.io/en/latest/", r'''
import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL")}
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("ln", "Lingala"), ("kg", "Kikongo")]
TIME_ZONE = "Africa/Brazzaville"
''')

add("text/decoy-iban", "mbongo/compta/coordonnees-bancaires.txt", "https://www.swift.com/standards/data-standards/iban-international-bank-account-number", r'''
Coordonnées bancaires Mbongo Express SA (à communiquer aux partenaires)

Banque : LCB Bank, agence Plateau, Brazzaville
Titulaire : MBONGO EXPRESS SA
RIB : 30011 00020 03412008810 47
BIC : LCBACGCGXXX
N° contribuable (NIU) : M2020110004812Q
''')

add("yaml/decoy-dependabot", "mbongo/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", r'''
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{ secrets.DEPENDABOT_NPM_TOKEN }}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [npm-github]
    schedule: { interval: weekly, day: monday }
  - package-ecosystem: pip
    directory: /api
    schedule: { interval: weekly }
''')

add("json/decoy-jwks", "mbongo/api/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "mbx-2024-03",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', n=rnd(342, ALNUM + "-_"))

add("markdown/decoy-meeting-notes", "mbongo/notes/reunion-2024-04-05.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Réunion hebdo — 05/04/2024 (Brazzaville, visio Matadi)

Présents : Prisca, Jordy, Lutete, Mama Nsimba

- **Rotation des clés** : MoMo et Airtel faites (Jordy). Orange RDC : en attente du nouveau
  `client_secret` d'Orange (ticket OM-RDC-2291). Rien à copier ici, tout est dans Vault.
- **Float Matadi** : plafond USD passe à 3 000 (validé).
- **Formation agents Bacongo** : samedi 13/04, en lingala et en français.
- Mbongo ya commission ya mars : paiement le 10/04.

Prochaine réunion : 12/04.
''')

add("conf/decoy-nginx-auth-file", "mbongo/infra/nginx/stats.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl;
    server_name stats.mbongo-express.cg;
    ssl_certificate     /etc/letsencrypt/live/stats.mbongo-express.cg/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/stats.mbongo-express.cg/privkey.pem;

    location / {
        auth_basic "Mbongo stats";
        auth_basic_user_file /etc/nginx/htpasswd.stats;
        proxy_pass http://10.8.0.9:3000;
    }
}
''')

add("text/decoy-htpasswd", "mbongo/infra/nginx/htpasswd.stats", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
prisca:$apr1$Wk3Yb8Qz$8aJx2Lm5Nq7Rt0Uv3Wy6Z.
jordy:$apr1$Hn4Tc1Vd$Kp9Qs2Xu5Ya8Bc1Ef4Gh7.
lutete:$2y$10$Rt5Yu8Io1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8We1Rt4Yu7Io0Pa3S
direction:$apr1$Mz7Lk4Jh$Gf1Ds4Ap7Oi0Uy3Tr6Ew9Q.
nsimba:$apr1$Qe2Rw5Ty$Ui8Op1As4Df7Gh0Jk3Lz6X.
''')

add("ts/decoy-i18n", "mbongo/web/src/i18n/ln.ts", "https://www.i18next.com/", r'''
// Traductions lingala de l'interface agent
export default {
  connexion: "Kokota",
  motDePasse: "Liloba ya sekele",
  motDePasseOublie: "Obosani liloba ya sekele?",
  jeton: "Jeton",
  solde: "Mbongo etikali",
  depot: "Kotia mbongo",
  retrait: "Kobimisa mbongo",
  erreurPin: "PIN ezali malamu te, meka lisusu",
};
''')

add("yaml/decoy-prometheus", "mbongo/infra/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: api
    static_configs:
      - targets: ["10.8.0.5:9100", "10.8.0.6:9100"]
  - job_name: float-service
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/float-metrics-token
    static_configs:
      - targets: ["10.8.0.10:8080"]
''')

add("python/decoy-example-docstring", "mbongo/sdk/mbongo_sdk/client.py", "https://peps.python.org/pep-0257/", r'''
"""Client Python de l'API agents Mbongo Express.

Exemple ::

    from mbongo_sdk import Client
    client = Client(api_key="mbx_live_XXXXXXXXXXXXXXXXXXXXXXXX")
    print(client.solde_float())
"""
import os

import requests


class Client:
    def __init__(self, api_key=None, base_url="https://api.mbongo-express.cg/v2"):
        self.api_key = api_key or os.environ["MBONGO_API_KEY"]
        self.base_url = base_url

    def solde_float(self):
        return requests.get(f"{self.base_url}/float/solde", headers={"X-Mbongo-Key": self.api_key}).json()
''')

add("csv/decoy-sim-iccid", "mbongo/agents/terminaux_sim.csv", "https://www.itu.int/rec/T-REC-E.118", r'''
terminal,agent,iccid,imsi,msisdn,operateur
TPE-0141,AG-PP-001,8924201000045123987,629010004512398,+242064512398,MTN
TPE-0142,AG-PP-004,8924205200033214760,629050003321476,+242053321476,Airtel
TPE-0143,AG-BC-016,8924201000045127702,629010004512770,+242064512770,MTN
TPE-0150,AG-MTD-02,8924301020077120045,630010207712004,+243812207712,Vodacom
''')

add("shell-history/decoy-history", "mbongo/ops/home/jordy/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
kubectl -n mbongo get pods
kubectl -n mbongo logs deploy/float-service --tail=50
vault login -method=oidc
vault kv get -field=api_key kv/mbongo/africastalking > /dev/null && echo ok
kubectl -n mbongo rollout restart deploy/api
read -s PGPASSWORD && export PGPASSWORD
psql -h 10.8.0.4 -U backoffice mbongo -c "select count(*) from agents"
''')

# ---------------------------------------------------------------- a few more credentials

add("yaml/orange-money-secret", "mbongo/rdc/orange/config.yml", "https://developer.orange.com/apis/om-webpay", r'''
orange_money:
  pays: CD
  devise: CDF
  client_id: @@cid@@
  client_secret: @@s@@
  merchant_key: 8f2a41c0
  # Agence Matadi : Lutete - tokozela ba documents ya Orange
''', mixed(16), cid=mixed(32))

add("env/momo-airtel-staging", "mbongo/api/.env.staging", "https://developers.airtel.africa/documentation", r'''
APP_ENV=staging
AIRTEL_BASE_URL=https://openapiuat.airtel.africa
AIRTEL_CLIENT_ID=@@cid@@
# ebongi kosalela ya prod mpo UAT ekufi (Jordy, 03/04)
AIRTEL_CLIENT_SECRET=@@s@@
AIRTEL_COUNTRY=CG
''', uuid_s(), cid=uuid_s())

add("markdown/telegram-bot-readme", "mbongo/ops/bot-float/README.md", "https://core.telegram.org/bots/features#botfather", r'''
# Bot float (Telegram)

Envoie le solde float des agents chaque matin à 7h aux superviseurs.

    export BOT_TOKEN=@@s@@
    python bot.py

Commandes : `/solde AG-PP-001`, `/bas` (agents sous le seuil), `/aide`.
Ba superviseurs ya Pointe-Noire bazali na groupe "Float PNR".
''', fakes.telegram_token(_seed()))

add("text/chat-teams-password", "nzadi/exploitation/teams-export-compta.txt", "https://learn.microsoft.com/en-us/microsoftteams/teams-chat-export", r'''
[09:02] Mireille Bouanga: Serge, le compte Sage de Mama Ngouabi est bloqué
[09:05] Serge Nkounkou: je l'ai réinitialisé
[09:05] Serge Nkounkou: login mngouabi, provisoire @@s@@
[09:06] Mireille Bouanga: merci, je lui transmets
[09:06] Serge Nkounkou: elle doit le changer à la connexion, sinon ça expire demain
''', words_pw())

add("python/stripe-diaspora", "mbongo/diaspora/stripe_client.py", "https://docs.stripe.com/keys", r'''
"""Transferts diaspora (Paris, Bruxelles) payés par carte -> retrait chez un agent à Brazzaville."""
import stripe

stripe.api_key = "@@s@@"


def creer_paiement(montant_eur_centimes, ref_transfert):
    return stripe.PaymentIntent.create(
        amount=montant_eur_centimes,
        currency="eur",
        metadata={"ref": ref_transfert, "retrait": "XAF"},
    )
''', stripe())

_pw = words_pw()
add("yaml/k8s-secret-data-smtp", "nzadi/k8s/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: smtp-avis
  namespace: nzadi-prod
type: Opaque
data:
  SMTP_HOST: bWFpbC5uemFkaXRyYW5zaXQuY2c=
  SMTP_USER: YXZpc0BuemFkaXRyYW5zaXQuY2c=
  SMTP_PASS: @@b@@
''', _pw, b=b64(_pw))


# ---------------------------------------------------------------- decoys: more

add("toml/decoy-poetry-source", "mbongo/api/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", r'''
[tool.poetry]
name = "mbongo-api"
version = "1.9.4"
description = "API agents Mbongo Express"
authors = ["Jordy Mabiala <j.mabiala@mbongo-express.cg>"]

[[tool.poetry.source]]
name = "gitlab-mbongo"
url = "https://gitlab.com/api/v4/projects/51234871/packages/pypi/simple"
priority = "supplemental"
# identifiants : POETRY_HTTP_BASIC_GITLAB_MBONGO_USERNAME / _PASSWORD (CI uniquement)

[tool.poetry.dependencies]
python = "^3.11"
flask = "^3.0"
hvac = "^2.1"
''')

add("properties/decoy-spring-placeholders", "nzadi/facturation/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", r'''
# Prod : toutes les valeurs sensibles viennent de l'environnement (coffre -> systemd EnvironmentFile)
spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/facturation
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.username=factures@nzaditransit.cg
spring.mail.password=${SMTP_PASSWORD}
dgi.api-key=${DGI_API_KEY}
''')

add("hcl/decoy-vault-policy", "mbongo/infra/vault/policies/api.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# Politique Vault de l'API agents : lecture seule des secrets MoMo / Airtel / AT
path "kv/data/mbongo/momo/*" {
  capabilities = ["read"]
}
path "kv/data/mbongo/airtel" {
  capabilities = ["read"]
}
path "kv/data/mbongo/africastalking" {
  capabilities = ["read"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
''')

add("ini/decoy-gitconfig", "nzadi/it/poste-dev/.gitconfig", "https://git-scm.com/docs/gitcredentials", r'''
[user]
	name = Serge Nkounkou
	email = s.nkounkou@nzaditransit.cg
[credential "https://gitlab.nzaditransit.cg"]
	helper = store --file ~/.git-credentials-nzadi
	username = snkounkou
[credential]
	helper = cache --timeout=3600
[core]
	autocrlf = input
''')

add("json/decoy-iam-policy", "nzadi/infra/aws/politique-sauvegarde.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EcritureScans",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::nzadi-archives-scans", "arn:aws:s3:::nzadi-archives-scans/*"],
      "Principal": { "AWS": "arn:aws:iam::418273645120:user/sauvegarde-pnr" }
    }
  ]
}
''')

add("php/decoy-orange-env", "mbongo/site-rdc/config/orange.prod.php", "https://developer.orange.com/apis/om-webpay", r'''
<?php
// Orange Money RDC — valeurs lues depuis l'environnement du serveur (voir /etc/mbongo/rdc.env)
return [
    'token_url'     => 'https://api.orange.com/oauth/v3/token',
    'authorization' => 'Basic ' . getenv('ORANGE_AUTH_HEADER'),
    'merchant_key'  => getenv('ORANGE_MERCHANT_KEY'),
    'currency'      => 'CDF',
    'return_url'    => 'https://rdc.mbongo-express.cg/retour',
    'notif_url'     => 'https://rdc.mbongo-express.cg/notif',
];
''')

add("rust/decoy-env-config", "nzadi/balises/collecteur/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
use std::env;

/// Configuration du collecteur des balises barges (lue au démarrage).
pub struct Config {
    pub listen: String,
    pub db_url: String,
    pub jeton_appareils: String,
}

impl Config {
    pub fn depuis_env() -> Self {
        Config {
            listen: env::var("COLLECTEUR_LISTEN").unwrap_or_else(|_| "0.0.0.0:5055".into()),
            db_url: env::var("COLLECTEUR_DB_URL").expect("COLLECTEUR_DB_URL manquante"),
            jeton_appareils: env::var("JETON_APPAREILS").expect("JETON_APPAREILS manquant"),
        }
    }
}
''')

add("csv/decoy-audit-hashes", "mbongo/exports/audit_connexions_mars.csv", "https://owasp.org/www-project-logging-cheat-sheet/", r'''
date,utilisateur,ip,resultat,empreinte_session
2024-03-28 07:58:02,sup.potopoto,41.211.18.40,succes,sha256:2c7f0e1a9b84d36e5f1c7a20b9e3d48f61a2c5b7d9e0f3a6c8b1d4e7f0a2c5b8
2024-03-28 08:14:51,sup.bacongo,41.211.20.117,echec_mdp,
2024-03-28 08:15:09,sup.bacongo,41.211.20.117,succes,sha256:9e4b1d7a0c3f62e8b5a1d4c7f0e3b6a9c2d5f8e1b4a7c0d3f6e9b2a5c8d1f4e7
2024-03-28 09:02:33,jordy,10.66.0.12,succes,sha256:5a8d1c4f7b0e3a6d9c2f5b8e1a4d7c0f3b6e9a2d5c8f1b4e7a0d3c6f9b2e5a8d
''')
