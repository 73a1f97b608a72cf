"""Blind set OF: a Tahiti black-pearl farm and an inter-island cargo schooner.

The pearl farm (Te Poe Rava o Ahe SARL, Tuamotu: grading bench app, nacre X-ray reports, lot
database, export declarations to the Douane, auction sales in Papeete and Hong Kong, web shop) and
the cargo schooner (goélette Tiare Moana: cabin and freight bookings Papeete - Tuamotu, manifests,
copra and fuel, AIS tracking, SMS to the atolls), with notes and comments partly in Reo Tahiti
and French. About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8770000-8779999).
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
SEED_LO, SEED_HI = 8770000, 8779999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Poe", "Rava", "Moana", "Motu", "Tiare", "Pahi", "Honu", "Manu", "Miti", "Ahe", "Tere",
         "Fetia", "Vaa", "Ura", "Hina", "Tapu", "Nacre", "Perle", "Lagon", "Goelette"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?@") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def pw() -> str:
    return fakes.password(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(99 if kind.startswith("rk") else 24, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://poerava.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
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


def postmark() -> str:
    return uuid_s()


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_key_sid() -> str:
    return "SK" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def mapbox_secret() -> str:
    head = base64.urlsafe_b64encode(b'{"u":"poerava-ahe","a":"clx' + rnd(20, HEX).encode() + b'"}').decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def datadog() -> str:
    return hexs(32)


def newrelic() -> str:
    return "NRAK-" + rnd(27, UPPER)


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def azure_storage_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


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


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-of/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- pearl farm: grading bench and lot database

add("python/django-secret-key", "ferme/tria/tria/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Réglages de production – application de tri (tria) des perles, Te Poe Rava o Ahe."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tria.poerava-ahe.pf", "10.8.0.12"]

# Eiaha e fa'aite i teie taviri ! (ne pas diffuser cette clé)
SECRET_KEY = "@@s@@"

DATABASES["default"]["HOST"] = "10.8.0.20"
LANGUAGE_CODE = "fr-fr"
TIME_ZONE = "Pacific/Tahiti"
''', fakes.django_secret_key(_seed()))

add("python/decoy-env-secret-key", "ferme/tria/tria/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# La clé vient de l'environnement (fichier /etc/tria/env, hors dépôt)
SECRET_KEY = os.environ["TRIA_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tria",
        "USER": "tria",
        "PASSWORD": os.environ.get("TRIA_DB_PASSWORD", ""),
        "HOST": "localhost",
    }
}

# Classes de qualité (norme polynésienne) : A, B, C, D ; rebut sous 0,8 mm de nacre
GRADES = ["A", "B", "C", "D"]
NACRE_MIN_MM = 0.8
''')

_p = words_pw()
add("env/postgres-url", "ferme/tria/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
# tria – poste de tri, atelier de Ahe
TRIA_DEBUG=0
DATABASE_URL=postgres://tria:@@s@@@10.8.0.20:5432/tria
TRIA_PHOTO_DIR=/srv/tria/photos
# balance Mettler sur /dev/ttyUSB0
TRIA_SCALE_PORT=/dev/ttyUSB0
''', _p)

add("env/decoy-example", "ferme/tria/.env.example", "https://12factor.net/config", r'''
# Copier en .env puis remplir. Ne jamais committer le vrai .env !
TRIA_DEBUG=1
DATABASE_URL=postgres://tria:changeme@localhost:5432/tria
TRIA_SECRET_KEY=
TRIA_PHOTO_DIR=./photos
TRIA_SCALE_PORT=/dev/ttyUSB0
# clé Stripe de la boutique : voir Bitwarden, collection "Boutique"
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
''')

add("python/decoy-sha256-photos", "ferme/tria/lots/checksums.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Empreintes des photos de lots envoyées à l'acheteur (contrôle d'intégrité)."""
import hashlib

# empreintes connues du lot AHE-2024-117 (photos prises au banc de tri)
KNOWN = {
    "AHE-2024-117-001.jpg": "@@a@@",
    "AHE-2024-117-002.jpg": "@@b@@",
    "AHE-2024-117-003.jpg": "@@c@@",
}


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(path, name):
    return KNOWN.get(name) == sha256_of(path)
''', a=hexs(64), b=hexs(64), c=hexs(64))

add("python/aws-keys", "ferme/tria/lots/photos_s3.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
# Envoi des photos de lots vers S3 (bucket poerava-lots, région ap-southeast-2)
# TODO : passer par un profil ~/.aws, c'est provisoire (Teva)
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-2",
    aws_access_key_id="@@k@@",
    aws_secret_access_key="@@s@@",
)


def upload_lot(lot_code, files):
    for f in files:
        s3.upload_file(f, "poerava-lots", f"{lot_code}/{f.name}")
''', fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config", "ferme/ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-southeast-2
output = json

[profile lots]
role_arn = arn:aws:iam::@@acct@@:role/poerava-lots-upload
source_profile = default
region = ap-southeast-2

[profile douane]
# export des déclarations ; MFA obligatoire
role_arn = arn:aws:iam::@@acct@@:role/export-declarations
mfa_serial = arn:aws:iam::@@acct@@:mfa/teva
source_profile = default
''', acct=rnd(12, "0123456789"))

add("ini/aws-credentials", "ferme/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# copie du poste de Hinano (ancien PC du bureau de Papeete)
[default]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@

[lots]
aws_access_key_id = @@k2@@
aws_secret_access_key = ${LOTS_SECRET}
''', fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()), k2=fakes.aws_key_id(_seed()))

add("sql/password-in-grant", "ferme/tria/db/002_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Rôles de la base tria
-- rôle lecture seule pour le tableur de Mme Teriitahi (export ventes)
CREATE ROLE lecture_ventes LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE tria TO lecture_ventes;
GRANT USAGE ON SCHEMA public TO lecture_ventes;
GRANT SELECT ON lots, perles, ventes TO lecture_ventes;

-- rôle appli
CREATE ROLE tria_app LOGIN;
GRANT ALL ON ALL TABLES IN SCHEMA public TO tria_app;
''', pw())

add("sql/decoy-scram-hash", "ferme/tria/db/dump_roles.sql", "https://www.postgresql.org/docs/current/auth-password.html", r'''
--
-- PostgreSQL database cluster dump (roles only)
--
SET default_transaction_read_only = off;

CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
CREATE ROLE tria_app;
ALTER ROLE tria_app WITH NOSUPERUSER INHERIT LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
CREATE ROLE lecture_ventes;
ALTER ROLE lecture_ventes WITH NOSUPERUSER INHERIT LOGIN;
''', salt=b64(rnd(16)), k1=b64(rnd(32))[:43] + "=", k2=b64(rnd(32))[:43] + "=")

add("csv/decoy-grading-lot", "ferme/tria/exports/lot_AHE-2024-117.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
lot,perle,forme,diametre_mm,couleur,lustre,classe,nacre_mm,rfid
AHE-2024-117,001,ronde,10.4,aubergine,excellent,A,1.1,@@r1@@
AHE-2024-117,002,semi-ronde,9.8,paon,bon,B,0.9,@@r2@@
AHE-2024-117,003,baroque,12.1,pistache,bon,C,1.3,@@r3@@
AHE-2024-117,004,cerclée,11.0,gris argent,moyen,C,0.8,@@r4@@
AHE-2024-117,005,ronde,8.9,noir vert,excellent,A,1.0,@@r5@@
AHE-2024-117,006,goutte,10.7,cuivre,bon,B,1.2,@@r6@@
''', r1=rnd(24, "0123456789ABCDEF"), r2=rnd(24, "0123456789ABCDEF"), r3=rnd(24, "0123456789ABCDEF"),
    r4=rnd(24, "0123456789ABCDEF"), r5=rnd(24, "0123456789ABCDEF"), r6=rnd(24, "0123456789ABCDEF"))

add("yaml/docker-compose-mysql", "ferme/tria/docker-compose.yml", "https://hub.docker.com/_/mariadb", r'''
services:
  db:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      MARIADB_DATABASE: rayons_x
      MARIADB_USER: radio
      MARIADB_PASSWORD: "@@s@@"
      MARIADB_RANDOM_ROOT_PASSWORD: "1"
    volumes:
      - ./data/db:/var/lib/mysql
  rx:
    build: ./rx
    # lecteur des clichés de nacre (appareil RX du service des perles)
    depends_on: [db]
    ports: ["8081:8080"]
''', words_pw())

add("yaml/decoy-compose-secrets", "ferme/tria/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: mariadb:10.11
    environment:
      MARIADB_DATABASE: rayons_x
      MARIADB_USER: radio
      MARIADB_PASSWORD_FILE: /run/secrets/db_password
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
    secrets: [db_password, db_root_password]
secrets:
  db_password:
    file: /etc/tria/secrets/db_password.txt
  db_root_password:
    file: /etc/tria/secrets/db_root_password.txt
''')

add("js/google-maps-key", "ferme/site/src/carte-atolls.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", r'''
// Carte des fermes et des atolls (page "Notre ferme") – Te fenua o te poe
import { Loader } from "@googlemaps/js-api-loader";

const loader = new Loader({
  apiKey: "@@s@@",
  version: "weekly",
});

export async function carte(el) {
  const { Map } = await loader.importLibrary("maps");
  return new Map(el, { center: { lat: -14.53, lng: -146.35 }, zoom: 10, mapTypeId: "satellite" });
}
''', google_api())

add("js/decoy-stripe-publishable", "ferme/site/src/paiement.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Paiement boutique (clé publiable : elle est faite pour être dans le navigateur)
import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe("@@pk@@");

export async function payer(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) alert("Hapa : " + error.message); // hapa = erreur
}
''', pk=stripe("pk_live_"))

add("php/woocommerce-keys", "ferme/boutique/wp-content/mu-plugins/sync-stocks.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
<?php
/**
 * Synchro des stocks entre la base tria (lots classés) et la boutique WooCommerce.
 * Tāpe'a i te parau huna i roto i te wp-config (à déplacer !)
 */
const POERAVA_WC_KEY = 'ck_@@k@@';
const POERAVA_WC_SECRET = '@@s@@';

function poerava_sync_stock($sku, $qte) {
    $url = 'https://boutique.poerava-ahe.pf/wp-json/wc/v3/products?sku=' . urlencode($sku);
    $args = ['headers' => ['Authorization' => 'Basic ' . base64_encode(POERAVA_WC_KEY . ':' . POERAVA_WC_SECRET)]];
    $res = wp_remote_get($url, $args);
    return json_decode(wp_remote_retrieve_body($res), true);
}
''', "cs_" + hexs(40), k=hexs(40))

add("php/wp-config-db", "ferme/boutique/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Réglages MySQL – boutique.poerava-ahe.pf ** //
define( 'DB_NAME', 'boutique_wp' );
define( 'DB_USER', 'wp_poerava' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'pr_';
define( 'WP_DEBUG', false );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw())

add("php/decoy-wp-salts-env", "ferme/boutique/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );

/* Clés uniques : générer sur https://api.wordpress.org/secret-key/1.1/salt/ */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'pr_';
''')

add("json/stripe-restricted", "ferme/boutique/scripts/config.local.json", "https://docs.stripe.com/keys#limit-access", r'''
{
  "boutique": "boutique.poerava-ahe.pf",
  "devise": "XPF",
  "stripe": {
    "restricted_key": "@@s@@",
    "webhook_path": "/wc-api/stripe"
  },
  "expedition": { "transporteur": "OPT Colissimo", "assurance": true },
  "langue": ["fr", "en", "ty"]
}
''', stripe("rk_live_"))

_w = mixed(32)
add("python/stripe-webhook-secret", "ferme/boutique/scripts/stripe_hook.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
from flask import Flask, request, abort
import stripe

app = Flask(__name__)
endpoint_secret = "@@s@@"


@app.post("/stripe")
def hook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        # réserver les perles du panier (statut "vendue" dans tria)
        pass
    return "", 204
''', "whsec_" + _w)

add("markdown/decoy-readme-tria", "ferme/tria/README.md", "https://www.markdownguide.org/basic-syntax/", r'''
# tria – banc de tri des perles

Application du banc de tri de la ferme (Ahe). Chaque perle reçoit un code `LOT-NNN`,
une photo, sa classe (A à D) et l'épaisseur de nacre lue sur le cliché RX.

## Installation

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env   # puis remplir DATABASE_URL et TRIA_SECRET_KEY
./manage.py migrate
```

La clé `TRIA_SECRET_KEY` se génère avec :

```bash
python -c "from django.core.management.utils import get_random_secret_key as g; print(g())"
```

Les mots de passe sont dans Bitwarden (coffre « Ferme »). Ua ite ? Mauruuru !
''')

add("ipynb/openai-key", "ferme/analyse/couleurs_perles.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Description automatique des perles (fiches boutique)\n", "Essai de Moana, juin."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "lot = pd.read_csv('lot_AHE-2024-117.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role':'user','content':'Décris une perle de Tahiti ronde aubergine 10,4 mm, classe A'}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("ipynb/decoy-getpass", "ferme/analyse/ventes_enchere.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\n",
    "mdp = getpass.getpass('Mot de passe tria : ')\n",
    "conn = psycopg.connect(host='10.8.0.20', dbname='tria', user='lecture_ventes', password=mdp)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Mot de passe tria : ········\n"]}],
   "source": ["df = pd.read_sql('select * from ventes where vente = %s', conn, params=['HK-2024-09'])"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("ini/odbc-password", "ferme/bureau/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
[ComptaPapeete]
Description = Compta (bureau de Papeete, Fare Ute)
Driver      = ODBC Driver 18 for SQL Server
Server      = 192.168.10.5,1433
Database    = COMPTA_POERAVA
UID         = sage_lecture
PWD         = @@s@@
TrustServerCertificate = yes

[Tria]
Driver   = PostgreSQL Unicode
Servername = 10.8.0.20
Database = tria
''', words_pw())

add("xml/decoy-dotnet-integrated", "ferme/bureau/EtiquettesPerles/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- authentification Windows : pas de mot de passe ici -->
    <add name="Compta" connectionString="Server=192.168.10.5;Database=COMPTA_POERAVA;Integrated Security=SSPI;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Imprimante" value="Zebra ZD421 (bureau)" />
    <add key="FormatEtiquette" value="25x12" />
    <add key="Langue" value="fr-PF" />
  </appSettings>
</configuration>
''')

add("csharp/connection-string", "ferme/bureau/EtiquettesPerles/Db.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r'''
using System.Data.SqlClient;

namespace EtiquettesPerles
{
    // Accès direct à la compta pour les étiquettes d'export (poids, lot, certificat)
    internal static class Db
    {
        // TODO: remettre Integrated Security quand le PC sera dans le domaine
        private const string Cs = "Server=192.168.10.5;Database=COMPTA_POERAVA;User Id=etiquettes;Password=@@s@@;TrustServerCertificate=True";

        public static SqlConnection Open()
        {
            var c = new SqlConnection(Cs);
            c.Open();
            return c;
        }
    }
}
''', words_pw())

add("yaml/decoy-github-actions-secrets", "ferme/tria/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy tria
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Clé SSH du serveur de Ahe
        uses: webfactory/ssh-agent@v0.9.0
        with:
          ssh-private-key: ${{ secrets.AHE_DEPLOY_KEY }}
      - name: Déployer
        env:
          TRIA_SECRET_KEY: ${{ secrets.TRIA_SECRET_KEY }}
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
        run: ./deploy.sh ahe.poerava-ahe.pf
''')

add("yaml/github-actions-slack", "ferme/tria/.github/workflows/nightly.yml", "https://api.slack.com/messaging/webhooks", r'''
name: sauvegarde nocturne
on:
  schedule:
    - cron: "0 13 * * *"   # 3h du matin à Tahiti
jobs:
  backup:
    runs-on: self-hosted
    steps:
      - run: pg_dump -Fc tria > /srv/backup/tria-$(date +%F).dump
      - name: prévenir #ferme-ops
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \
            --data '{"text":"Sauvegarde tria : hapa ! (échec)"}' \
            @@s@@
''', slack_webhook())


# ---------------------------------------------------------------- pearl farm: export, auctions, buyers

add("python/sendgrid", "ferme/export/notifier.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/authentication", r'''
"""Avis d'expédition aux acheteurs (Hong Kong, Kobe, Genève) – envoyé après le visa douane."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@s@@")  # compte export@poerava-ahe.pf


def avis_expedition(acheteur, lot, awb):
    msg = Mail(
        from_email="export@poerava-ahe.pf",
        to_emails=acheteur.email,
        subject=f"Expédition lot {lot.code} – AWB {awb}",
        html_content=f"<p>'Ia ora na {acheteur.nom},</p><p>Votre lot {lot.code} ({lot.poids_g} g) part ce soir.</p>",
    )
    return SG.send(msg)
''', sendgrid())

add("eml/smtp-password-in-mail", "ferme/export/courriers/2024-08-12_acces_messagerie.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Hinano Teriitahi <hinano@poerava-ahe.pf>
To: Moana Tehei <moana@poerava-ahe.pf>
Subject: Re: accès boîte export
Date: Mon, 12 Aug 2024 08:14:02 -1000
Content-Type: text/plain; charset=utf-8

'Ia ora na Moana,

Pour configurer Thunderbird sur le portable de la ferme :
serveur : mail.poerava-ahe.pf (IMAP 993, SMTP 587)
identifiant : export@poerava-ahe.pf
mot de passe : @@s@@

Change-le après la vente de Hong Kong stp.
Mauruuru,
Hinano
''', words_pw())

add("eml/decoy-reset-link-expired", "ferme/export/courriers/2024-09-02_reinitialisation.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: no-reply@portail-douane.gov.pf
To: export@poerava-ahe.pf
Subject: Réinitialisation de votre mot de passe
Date: Mon, 2 Sep 2024 07:01:44 -1000
Content-Type: text/plain; charset=utf-8

Bonjour,

Une demande de réinitialisation a été faite pour le compte EXPORT-POERAVA.
Ce lien est valable 30 minutes et ne peut servir qu'une fois :
https://portail-douane.gov.pf/reinit?ticket=@@t@@

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
-- Direction régionale des douanes de Polynésie française
(message transféré : lien déjà utilisé le 02/09 à 7h05, Hinano)
''', t=hexs(32))

add("json/decoy-export-declaration", "ferme/export/declarations/DE-2024-0457.json", "https://www.douane.gov.pf", r'''
{
  "numero": "DE-2024-0457",
  "exportateur": {"nom": "Te Poe Rava o Ahe SARL", "tahiti": "C12345", "rcs": "TPI 09 1234 B"},
  "destination": "HK",
  "lots": [
    {"code": "AHE-2024-117", "perles": 412, "poids_g": 958.4, "classes": {"A": 38, "B": 121, "C": 190, "D": 63}},
    {"code": "AHE-2024-118", "perles": 288, "poids_g": 701.2, "classes": {"A": 20, "B": 77, "C": 151, "D": 40}}
  ],
  "certificat_rx": "DRM-RX-2024-1193",
  "awb": "172-@@awb@@",
  "valeur_xpf": 18450000,
  "signature_sha256": "@@h@@"
}
''', awb=rnd(8, "0123456789"), h=hexs(64))

add("python/basic-auth-header", "ferme/export/douane_client.py", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme", r'''
import requests

# Portail douane (API de pré-déclaration) – compte technique de la ferme
BASE = "https://api.portail-douane.gov.pf/v1"
HEADERS = {
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}


def pre_declarer(decl: dict) -> str:
    r = requests.post(f"{BASE}/declarations", json=decl, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()["numero"]
''', b64("EXPORT-POERAVA:" + words_pw()))

add("yaml/decoy-sops", "ferme/export/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
douane:
    utilisateur: EXPORT-POERAVA
    mot_de_passe: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
sendgrid:
    api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            @@e2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-20T19:02:11Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', d1=b64(rnd(17)), iv1=b64(rnd(12)), t1=b64(rnd(16)), d2=b64(rnd(51)), iv2=b64(rnd(12)), t2=b64(rnd(16)),
    rcp=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=b64(rnd(48)), e2=b64(rnd(48)), mac=b64(rnd(48)),
    iv3=b64(rnd(12)), t3=b64(rnd(16)))

add("txt/chat-export-password", "ferme/bureau/whatsapp/Discussion WhatsApp avec Equipe Ferme.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/08/2024 07:42 - Teva: 'Ia ora na to'u mau hoa, la greffe reprend lundi sur la filière 4
12/08/2024 07:45 - Moana: ok. Le PC du banc de tri redemande le mdp
12/08/2024 07:46 - Teva: session "tri" : @@s@@
12/08/2024 07:46 - Moana: Mauruuru 🙏
12/08/2024 07:50 - Hinano: Teva eiaha e tuu i te parau huna i'ō nei !! (pas de mdp sur WhatsApp)
12/08/2024 07:51 - Teva: 😅 je change ce soir
12/08/2024 09:03 - Moana: <Média omis>
12/08/2024 09:04 - Moana: récolte filière 2 : 1 240 perles, beaucoup de cerclées
''', words_pw())

add("txt/decoy-chat-vault", "ferme/bureau/whatsapp/Discussion WhatsApp avec Bureau Papeete.txt", "https://faq.whatsapp.com/1180414079177245", r'''
03/09/2024 08:10 - Vaea: le mdp du portail douane a expiré
03/09/2024 08:12 - Hinano: je l'ai changé hier, il est dans Bitwarden > Ferme > "Portail douane"
03/09/2024 08:12 - Vaea: pas accès 😕
03/09/2024 08:15 - Hinano: je t'ai partagé la collection, regarde ton mail (invitation)
03/09/2024 08:20 - Vaea: c'est bon, mauruuru roa
03/09/2024 08:21 - Hinano: 👍 et on ne le met jamais ici hein
03/09/2024 10:02 - Vaea: DE-2024-0457 validée, AWB 172-66408815
''')

add("python/telegram-bot", "ferme/export/alertes_enchere.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Alertes de la vente aux enchères (Papeete / Hong Kong) sur le groupe Telegram de la ferme."""
import requests

BOT = "@@s@@"
CHAT = -1002214871093


def alerte(texte: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  data={"chat_id": CHAT, "text": texte, "parse_mode": "HTML"}, timeout=15)


if __name__ == "__main__":
    alerte("<b>Tāmata</b> : test alerte enchère")
''', fakes.telegram_token(_seed()))

add("markdown/decoy-auction-notes", "ferme/export/notes/vente_HK_2024-09.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Vente Hong Kong – septembre 2024

- Lots présentés : AHE-2024-117, AHE-2024-118 (700 perles)
- Prix moyen : 1 950 XPF/g (classe A ronde 10-11 mm : 28 000 XPF pièce)
- Acheteurs : Kobe (2 lots), Hong Kong (1), une maison de Genève (offre basse)
- Accès plateforme d'enchères : compte `poerava-ahe`, mot de passe dans Bitwarden
  (« Enchères HK »), double facteur sur le téléphone de Hinano.
- Identifiant vendeur : `SEL-04417` (public, figure sur le catalogue)

Te mau mana'o (remarques) : l'an prochain, trier les cerclées à part.
''')

add("json/paypal-client-secret", "ferme/boutique/paypal.config.json", "https://developer.paypal.com/api/rest/authentication/", r'''
{
  "mode": "live",
  "client_id": "A@@cid@@",
  "client_secret": "@@s@@",
  "currency": "XPF",
  "return_url": "https://boutique.poerava-ahe.pf/merci",
  "cancel_url": "https://boutique.poerava-ahe.pf/panier"
}
''', paypal_secret(), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("properties/smtp-password", "ferme/export/edi/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", r'''
# EDI export – envoi des factures pro forma aux transitaires
spring.application.name=edi-export
spring.datasource.url=jdbc:postgresql://10.8.0.20:5432/tria
spring.datasource.username=edi
spring.datasource.password=${EDI_DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=factures@poerava-ahe.pf
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
# fuseau Tahiti (UTC-10)
spring.jackson.time-zone=Pacific/Tahiti
''', words_pw())

add("properties/decoy-spring-env", "ferme/export/edi/src/main/resources/application-dev.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
# Profil dev – base locale, courriels vers MailHog
spring.datasource.url=jdbc:postgresql://localhost:5432/tria_dev
spring.datasource.username=edi
spring.datasource.password=${EDI_DB_PASSWORD:edi}
spring.mail.host=localhost
spring.mail.port=1025
spring.mail.username=
spring.mail.password=
logging.level.pf.poerava=DEBUG
''')

add("java/twilio-auth-token", "ferme/export/edi/src/main/java/pf/poerava/edi/Sms.java", "https://www.twilio.com/docs/iam/credentials/api", r'''
package pf.poerava.edi;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** SMS au transitaire quand le colis est scellé (tāpa'o "scellé"). */
public final class Sms {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@s@@";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public static void scelle(String numero, String lot) {
        Message.creator(new PhoneNumber(numero), new PhoneNumber("+68940501234"),
                "Colis " + lot + " scellé, prêt pour le fret aérien.").create();
    }
}
''', hexs(32), sid=twilio_sid())

add("java/decoy-test-fixture", "ferme/export/edi/src/test/java/pf/poerava/edi/SmsTest.java", "https://junit.org/junit5/docs/current/user-guide/", r'''
package pf.poerava.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;

class SmsTest {
    // valeurs factices : le client Twilio est remplacé par un bouchon
    private static final String FAKE_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String FAKE_TOKEN = "test-token-not-real";

    @Test
    void texteScelle() {
        var bouchon = new FakeTwilio(FAKE_SID, FAKE_TOKEN);
        Sms.envoyerAvec(bouchon, "+68987000000", "AHE-2024-117");
        assertEquals("Colis AHE-2024-117 scellé, prêt pour le fret aérien.", bouchon.dernierTexte());
    }
}
''')

_k = pw()
add("yaml/k8s-secret-base64", "ferme/export/k8s/edi-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: edi-export
  namespace: ferme
  labels:
    app: edi-export
type: Opaque
data:
  EDI_DB_USER: ZWRp
  EDI_DB_PASSWORD: @@b@@
''', _k, b=b64(_k))

add("yaml/decoy-sealed-secret", "ferme/export/k8s/edi-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: edi-mail
  namespace: ferme
spec:
  encryptedData:
    SMTP_PASSWORD: Ag@@e1@@
    SENDGRID_API_KEY: Ag@@e2@@
  template:
    metadata:
      name: edi-mail
      namespace: ferme
    type: Opaque
''', e1=b64(rnd(300))[:400], e2=b64(rnd(300))[:400])

add("yaml/decoy-k8s-configmap", "ferme/export/k8s/edi-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: edi-export
  namespace: ferme
data:
  SPRING_PROFILES_ACTIVE: prod
  EDI_TRANSITAIRES: "tahiti-fret,pacific-cargo"
  EDI_DEVISE: XPF
  EDI_TOKEN_URL: https://login.microsoftonline.com/@@tenant@@/oauth2/v2.0/token
  EDI_CLIENT_ID: "@@cid@@"
  # secret client : Secret "edi-azure", clé AZURE_CLIENT_SECRET
''', tenant=uuid_s(), cid=uuid_s())

add("env/azure-client-secret", "ferme/export/edi/.env.local", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", r'''
# Outlook 365 (Graph) pour les factures – appli "edi-export" dans Entra ID
AZURE_TENANT_ID=@@tenant@@
AZURE_CLIENT_ID=@@cid@@
AZURE_CLIENT_SECRET=@@s@@
GRAPH_MAILBOX=factures@poerava-ahe.pf
''', rnd(3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "~_.-"), tenant=uuid_s(), cid=uuid_s())

add("toml/decoy-pyproject", "ferme/export/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", r'''
[project]
name = "poerava-export"
version = "1.4.2"
description = "Déclarations d'export et avis d'expédition – Te Poe Rava o Ahe"
requires-python = ">=3.11"
dependencies = ["requests>=2.31", "sendgrid>=6.11", "python-dotenv>=1.0"]

[[tool.uv.index]]
name = "interne"
url = "https://pypi.poerava-ahe.pf/simple"
# jeton : variable UV_INDEX_INTERNE_PASSWORD (keyring sur le poste de Hinano)

[tool.ruff]
line-length = 110
''')

add("ini/pypirc-token", "ferme/export/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("log/decoy-masked-token", "ferme/export/logs/edi-2024-09-03.log", "https://docs.python.org/3/library/logging.html", r'''
2024-09-03 07:58:01,114 INFO  edi.start version=1.4.2 profil=prod
2024-09-03 07:58:01,902 INFO  graph.token obtenu pour client_id=@@cid@@ (secret=****…)
2024-09-03 07:58:02,377 INFO  douane.auth user=EXPORT-POERAVA password=[MASQUÉ]
2024-09-03 07:58:04,010 INFO  declaration DE-2024-0457 envoyée, statut=RECUE
2024-09-03 08:12:44,551 WARN  transitaire tahiti-fret : réponse lente (12.4 s)
2024-09-03 08:20:09,003 INFO  declaration DE-2024-0457 statut=VALIDEE visa=@@visa@@
2024-09-03 08:20:09,220 INFO  avis expédition envoyé à 3 acheteurs
''', cid=uuid_s(), visa=rnd(10, UPPER))

add("log/token-in-url", "ferme/export/logs/nginx-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
10.8.0.31 - - [03/Sep/2024:08:01:12 -1000] "GET /api/lots?statut=classe HTTP/1.1" 200 5120 "-" "tria/2.3"
10.8.0.31 - - [03/Sep/2024:08:01:13 -1000] "GET /api/lots/AHE-2024-117/photos HTTP/1.1" 200 88211 "-" "tria/2.3"
203.0.113.44 - - [03/Sep/2024:08:04:51 -1000] "GET /partage/catalogue?access_token=@@s@@ HTTP/1.1" 200 402118 "-" "Mozilla/5.0"
10.8.0.31 - - [03/Sep/2024:08:05:02 -1000] "POST /api/ventes HTTP/1.1" 201 311 "-" "tria/2.3"
10.8.0.12 - - [03/Sep/2024:08:07:40 -1000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
''', "pr_" + mixed(40))

add("markdown/decoy-api-docs", "ferme/export/docs/api_catalogue.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", r'''
# API du catalogue acheteurs

Chaque acheteur reçoit un jeton personnel (préfixe `pr_`), envoyé par courrier séparé.

```http
GET /api/catalogue/lots HTTP/1.1
Host: export.poerava-ahe.pf
Authorization: Bearer pr_VOTRE_JETON_ICI
```

Réponse :

```json
{"lots": [{"code": "AHE-2024-117", "perles": 412, "classes": {"A": 38}}]}
```

Ne jamais mettre le jeton dans l'URL (`?access_token=`) : il finit dans les journaux.
''')

add("shell/curl-bearer", "ferme/export/scripts/relance_acheteurs.sh", "https://docs.brevo.com/reference/getting-started-1", r'''
#!/usr/bin/env bash
# Relance des acheteurs avant la vente (liste 7 = acheteurs HK/Kobe) – Brevo
set -euo pipefail

curl -sS https://api.brevo.com/v3/emailCampaigns \
  -H 'accept: application/json' \
  -H 'api-key: @@s@@' \
  -H 'content-type: application/json' \
  -d '{"name":"Vente HK 2025","templateId":12,"recipients":{"listIds":[7]},"scheduledAt":"2025-02-01T18:00:00-10:00"}'
echo "relance programmée – mauruuru"
''', brevo())

add("shell/decoy-curl-env", "ferme/export/scripts/liste_contacts.sh", "https://docs.brevo.com/reference/getting-started-1", r'''
#!/usr/bin/env bash
# Export des contacts acheteurs (liste 7). Clé lue dans le trousseau du poste.
set -euo pipefail
: "${BREVO_API_KEY:?définir BREVO_API_KEY (voir Bitwarden > Export > Brevo)}"

curl -sS "https://api.brevo.com/v3/contacts/lists/7/contacts?limit=500" \
  -H "accept: application/json" \
  -H "api-key: ${BREVO_API_KEY}" \
  | jq -r '.contacts[] | [.email, .attributes.NOM, .attributes.PAYS] | @csv' > acheteurs.csv
wc -l acheteurs.csv
''')

add("go/hmac-secret", "ferme/export/certif/signature.go", "https://pkg.go.dev/crypto/hmac", r'''
package certif

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Clé de signature des certificats d'origine (QR code sur chaque écrin)
// TODO(teva): lire depuis /etc/certif/cle, pas dans le code
var cleSignature = []byte("@@s@@")

func Signer(numero string, lot string) string {
	m := hmac.New(sha256.New, cleSignature)
	m.Write([]byte(numero + "|" + lot))
	return hex.EncodeToString(m.Sum(nil))
}
''', mixed(48))

add("go/decoy-public-verify", "ferme/export/certif/verif.go", "https://pkg.go.dev/crypto/ed25519", r'''
package certif

import (
	"crypto/ed25519"
	"encoding/base64"
)

// Clé PUBLIQUE de vérification des certificats (publiée sur le site, page /verifier).
const clePublique = "@@pub@@"

func Verifier(message, sig []byte) bool {
	k, err := base64.StdEncoding.DecodeString(clePublique)
	if err != nil {
		return false
	}
	return ed25519.Verify(ed25519.PublicKey(k), message, sig)
}
''', pub=wg_key())

add("pem/rsa-private-key", "ferme/export/certif/keys/certif_signing.pem", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', fakes.fake_pem(_seed()))

add("pem/decoy-certificate", "ferme/export/certif/keys/boutique_chain.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END CERTIFICATE-----
''', l1="MIIFazCCBFOgAwIBAgISA" + rnd(43, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"),
    l4=rnd(64, ALNUM + "+/"), l5=rnd(64, ALNUM + "+/"), l6=rnd(40, ALNUM + "+/") + "==")

add("ts/shopify-admin-token", "ferme/boutique-hk/src/shopify.ts", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
// Boutique anglaise (pearls-ahe.myshopify.com) – synchro depuis tria
import { createAdminApiClient } from "@shopify/admin-api-client";

export const client = createAdminApiClient({
  storeDomain: "pearls-ahe.myshopify.com",
  apiVersion: "2024-07",
  accessToken: "@@s@@", // appli privée "tria-sync"
});

export async function stock(sku: string): Promise<number> {
  const { data } = await client.request(`query { productVariants(first:1, query:"sku:${sku}") { nodes { inventoryQuantity } } }`);
  return data.productVariants.nodes[0]?.inventoryQuantity ?? 0;
}
''', shopify())

add("ts/decoy-shopify-env", "ferme/boutique-hk/src/config.ts", "https://shopify.dev/docs/api/admin-graphql", r'''
// Config lue depuis l'environnement (Vercel > Settings > Environment Variables)
export const config = {
  storeDomain: process.env.SHOPIFY_STORE ?? "pearls-ahe.myshopify.com",
  accessToken: process.env.SHOPIFY_ADMIN_TOKEN!,
  storefrontToken: process.env.NEXT_PUBLIC_STOREFRONT_TOKEN, // public, lecture seule
  currency: "XPF" as const,
  langues: ["en", "fr", "zh-HK"],
};

if (!config.accessToken) {
  throw new Error("SHOPIFY_ADMIN_TOKEN manquant");
}
''')


# ---------------------------------------------------------------- schooner Tiare Moana: bookings and freight

add("yaml/rails-secret-key-base", "goelette/reservations/config/credentials/production.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# copie déchiffrée par erreur (bin/rails credentials:show > …) – à supprimer !
secret_key_base: @@s@@

twilio:
  account_sid: <%= ENV["TWILIO_SID"] %>
mailgun:
  domain: mg.tiaremoana.pf
''', hexs(128))

add("yaml/rails-database", "goelette/reservations/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: tiaremoana_dev

production:
  <<: *default
  database: tiaremoana
  host: db.tiaremoana.pf
  username: resa
  # parau huna a te pahi – à mettre dans credentials.yml.enc
  password: @@s@@
''', words_pw())

add("yaml/decoy-rails-database-env", "goelette/reservations/config/database.production.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
production:
  adapter: postgresql
  encoding: unicode
  pool: 10
  url: <%= ENV["DATABASE_URL"] %>
  # DATABASE_URL est posé par le service systemd (EnvironmentFile=/etc/tiaremoana/env)
  variables:
    statement_timeout: 15s
''')

add("yaml/decoy-credentials-example", "goelette/reservations/config/credentials.example.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Modèle des credentials (le vrai fichier est chiffré : config/credentials.yml.enc)
# bin/rails credentials:edit --environment production
secret_key_base: # bin/rails secret
twilio:
  account_sid: ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  auth_token: your_auth_token
mailgun:
  api_key: key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  domain: mg.tiaremoana.pf
''')

add("ruby/twilio-sms", "goelette/reservations/app/services/sms_atolls.rb", "https://www.twilio.com/docs/usage/api#authenticate-with-http", r'''
# Envoi des SMS aux passagers des atolls : « Te pahi Tiare Moana e tae mai ananahi »
# (la goélette arrive demain) – Vini ne prend pas les SMS en masse, on passe par Twilio.
class SmsAtolls
  SID   = "@@sid@@"
  TOKEN = "@@s@@"

  def self.avis_arrivee(resa)
    client = Twilio::REST::Client.new(SID, TOKEN)
    client.messages.create(
      from: "+16282661734",
      to: resa.telephone,
      body: "Ia ora na #{resa.nom}, Tiare Moana e tae mai i #{resa.atoll} ananahi (#{resa.escale.strftime('%d/%m')})."
    )
  end
end
''', hexs(32), sid=twilio_sid())

add("ruby/decoy-twilio-credentials", "goelette/reservations/app/services/sms_client.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Client SMS : les identifiants sont dans les credentials chiffrés de Rails
class SmsClient
  def self.build
    Twilio::REST::Client.new(
      Rails.application.credentials.dig(:twilio, :account_sid),
      Rails.application.credentials.dig(:twilio, :auth_token)
    )
  end

  def self.numero_expediteur
    ENV.fetch("TWILIO_FROM", "+16282661734")
  end
end
''')

add("env/mailgun", "goelette/reservations/.env.production", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
APP_HOST=resa.tiaremoana.pf
MAILGUN_DOMAIN=mg.tiaremoana.pf
MAILGUN_API_KEY=@@s@@
# billets : PDF via wkhtmltopdf
BILLET_LOGO=/srv/resa/public/logo_goelette.png
''', mailgun())

add("csv/decoy-manifest", "goelette/manifestes/voyage_2024-38.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
voyage,escale,type,reference,designation,poids_kg,destinataire,telephone
2024-38,Ahe,fret,FR-90211,coprah (retour) sacs x40,2400,Coop Ahe,+68987201144
2024-38,Ahe,fret,FR-90212,gazole fûts x6,1200,Te Poe Rava o Ahe,+68987702210
2024-38,Manihi,passager,PA-55120,cabine 3 – 2 adultes,,Tehei M.,+68989554012
2024-38,Takaroa,fret,FR-90230,ciment sacs x80,2000,Mairie Takaroa,+68940981100
2024-38,Takaroa,fret,FR-90231,motos x2,380,Tapu R.,+68987334455
2024-38,Rangiroa,passager,PA-55121,pont – 1 adulte,,Vaea T.,+68987669911
''')

add("python/ais-api-key", "goelette/suivi/ais_position.py", "https://www.marinetraffic.com/en/ais-api-services/documentation", r'''
"""Position de la goélette pour la page « Où est le bateau ? » (Te vahi o te pahi)."""
import requests

MMSI = "546012300"
CLE_API = "@@s@@"  # MarineTraffic PS07, abonnement 2024


def position():
    url = f"https://services.marinetraffic.com/api/exportvessel/{CLE_API}"
    r = requests.get(url, params={"v": 5, "mmsi": MMSI, "protocol": "jsono", "timespan": 60}, timeout=20)
    r.raise_for_status()
    p = r.json()[0]
    return float(p["LAT"]), float(p["LON"]), p["SPEED"]
''', hexs(40))

add("python/decoy-ais-public", "goelette/suivi/nmea.py", "https://gpsd.gitlab.io/gpsd/AIVDM.html", r'''
"""Décodage des trames AIS reçues par le récepteur du bureau de Fare Ute (aucune clé : radio)."""
import pyais

TRAMES_TEST = [
    "!AIVDM,1,1,,A,@@t1@@,0*5C",
    "!AIVDM,1,1,,B,@@t2@@,0*1F",
]
MMSI_GOELETTE = 546012300


def position(trame):
    msg = pyais.decode(trame)
    if msg.mmsi == MMSI_GOELETTE:
        return msg.lat, msg.lon, msg.speed
    return None
''', t1="13" + rnd(26, "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"),
    t2="13" + rnd(26, "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"))

add("js/mapbox-secret", "goelette/suivi/scripts/tuiles.mjs", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
// Téléversement des tuiles de la carte des escales (Tuamotu) – jeton secret avec uploads:write
import { createReadStream } from "node:fs";
import mbxUploads from "@mapbox/mapbox-sdk/services/uploads.js";

const uploads = mbxUploads({ accessToken: "@@s@@" });

const cred = await uploads.createUploadCredentials().send();
console.log("bucket", cred.body.bucket);
await uploads.createUpload({
  tileset: "tiaremoana.escales-2025",
  url: cred.body.url,
  name: "Escales Tuamotu 2025",
}).send();
''', mapbox_secret())

add("js/decoy-mapbox-public", "goelette/suivi/public/carte.js", "https://docs.mapbox.com/help/glossary/access-token/", r'''
// Jeton PUBLIC (pk.), restreint à l'URL tiaremoana.pf dans le compte Mapbox
mapboxgl.accessToken = "pk.@@h@@.@@sig@@";

const carte = new mapboxgl.Map({
  container: "carte",
  style: "mapbox://styles/tiaremoana/escales",
  center: [-146.3, -15.0],
  zoom: 6,
});
carte.on("load", () => fetch("/position.json").then(r => r.json()).then(p => marquer(carte, p)));
''', h=base64.urlsafe_b64encode(b'{"u":"tiaremoana","a":"clx' + rnd(20, HEX).encode() + b'"}').decode().rstrip("="),
    sig=fakes.drawn(_seed(), 22, ALNUM + "-_"))

_o = openssh_key()
add("yaml/gitlab-ci-deploy-key", "goelette/reservations/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/ssh_keys/", r'''
stages: [test, deploy]

test:
  image: ruby:3.3
  script:
    - bundle install
    - bin/rails test

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  variables:
    # clé de déploiement (compte "resa" sur le VPS) – provisoire
    DEPLOY_KEY: |
@@k@@
  script:
    - apk add openssh-client
    - eval $(ssh-agent -s) && echo "$DEPLOY_KEY" | ssh-add -
    - ssh -o StrictHostKeyChecking=no resa@resa.tiaremoana.pf 'cd app && ./bin/deploy'
''', _o, k="\n".join("      " + line for line in _o.splitlines()))

add("ssh/decoy-authorized-keys", "goelette/ops/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# accès au VPS resa.tiaremoana.pf
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ tapu@portable-bureau
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ra'atira@goelette
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ gitlab-deploy
# ancien portable de Manu (volé à Papeete, clé retirée le 14/06)
''', k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(200, ALNUM + "+/") + "=")

add("ssh/private-key-file", "goelette/ops/keys/id_ed25519_resa", "https://man.openbsd.org/ssh-keygen.1", r'''
@@s@@
''', openssh_key())

add("sshconfig/decoy-identityfile", "goelette/ops/ssh_config", "https://man.openbsd.org/ssh_config.5", r'''
Host resa
    HostName resa.tiaremoana.pf
    User resa
    IdentityFile ~/.ssh/id_ed25519_resa
    IdentitiesOnly yes

Host bord
    # PC de bord (passerelle Starlink) – uniquement quand le bateau est à quai
    HostName 10.50.0.2
    User capitaine
    ProxyJump resa
    IdentityFile ~/.ssh/id_ed25519_bord
''')

add("shell-history/mysql-password", "goelette/ops/histories/bord.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
cd /srv/caisse
ls -la backups/
df -h
mysqldump -u caisse -p'@@s@@' caisse_bord > backups/caisse-$(date +%F).sql
gzip backups/caisse-*.sql
scp backups/caisse-*.sql.gz resa:/srv/backup/bord/
ping -c 3 8.8.8.8
sudo systemctl restart starlink-watch
exit
''', words_pw())

add("shell-history/decoy-history", "goelette/ops/histories/resa.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
cd app
git pull
bin/rails db:migrate RAILS_ENV=production
sudo systemctl restart resa
journalctl -u resa -n 50
bin/rails credentials:edit
psql "$DATABASE_URL" -c "select count(*) from reservations where voyage='2024-38'"
export PGPASSWORD=$(pass show tiaremoana/db/resa)
pg_dump -h db.tiaremoana.pf -U resa tiaremoana > /tmp/resa.sql
''')

_g = fakes.fake_pem(_seed(), "")
_g = _g.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account", "goelette/appli/android/service-account-resa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "tiare-moana-resa",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "notifications@tiare-moana-resa.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/notifications%40tiare-moana-resa.iam.gserviceaccount.com"
}
''', _g.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=rnd(21, "0123456789"))

add("json/decoy-google-services", "goelette/appli/android/app/google-services.example.json", "https://firebase.google.com/docs/android/setup", r'''
{
  "project_info": {
    "project_number": "000000000000",
    "project_id": "your-project-id",
    "storage_bucket": "your-project-id.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:000000000000:android:0000000000000000",
        "android_client_info": { "package_name": "pf.tiaremoana.resa" }
      },
      "api_key": [ { "current_key": "<VOTRE_CLE_API_FIREBASE>" } ]
    }
  ],
  "configuration_version": "1"
}
''')

add("kotlin/api-key-constant", "goelette/appli/android/app/src/main/java/pf/tiaremoana/resa/Api.kt", "https://square.github.io/retrofit/", r'''
package pf.tiaremoana.resa

import okhttp3.Interceptor

// Clé de l'API de réservation (appli passagers). Ua ha'amo'ehia i te BuildConfig… (oubliée ici)
private const val CLE_API_RESA = "@@s@@"

val authInterceptor = Interceptor { chain ->
    val req = chain.request().newBuilder()
        .header("X-Api-Key", CLE_API_RESA)
        .header("Accept-Language", "fr-PF")
        .build()
    chain.proceed(req)
}
''', mixed(40, "tm_live_"))

add("gradle/decoy-signing-env", "goelette/appli/android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "pf.tiaremoana.resa"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RESA_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("RESA_KEYSTORE_PASSWORD")
            keyAlias = "resa"
            keyPassword = System.getenv("RESA_KEY_PASSWORD")
        }
    }
    buildTypes { release { signingConfig = signingConfigs.getByName("release") } }
}
''')

add("properties/keystore-password", "goelette/appli/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Signature de l'appli passagers – NE PAS COMMITTER (il est dans .gitignore… normalement)
storeFile=../keys/resa-release.jks
storePassword=@@s@@
keyAlias=resa
keyPassword=@@s@@
''', words_pw())

add("swift/decoy-info-plist-ref", "goelette/appli/ios/Resa/Config.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
import Foundation

/// Configuration de l'appli iOS : la clé vient du fichier Secrets.xcconfig (non versionné)
enum Config {
    static var cleApi: String {
        guard let v = Bundle.main.object(forInfoDictionaryKey: "RESA_API_KEY") as? String, !v.isEmpty else {
            fatalError("RESA_API_KEY absente : copier Secrets.example.xcconfig")
        }
        return v
    }
    static let baseURL = URL(string: "https://resa.tiaremoana.pf/api/v2")!
    static let langues = ["fr", "ty", "en"]
}
''')

add("xcconfig/api-key", "goelette/appli/ios/Secrets.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r'''
// Secrets.xcconfig – poste de Manu (ne pas partager)
RESA_API_KEY = @@s@@
ONESIGNAL_APP_ID = @@app@@
SLASH = /
RESA_BASE = https:$(SLASH)/resa.tiaremoana.pf
''', mixed(40, "tm_live_"), app=uuid_s())

add("python/onesignal-rest-key", "goelette/reservations/scripts/notif_meteo.py", "https://documentation.onesignal.com/reference/keys-ids", r'''
"""Notification « départ reporté » quand la houle dépasse 3 m (avis Météo-France PF)."""
import requests

APP_ID = "@@app@@"
REST_KEY = "@@s@@"


def reporter(voyage, nouvelle_date):
    texte = {"fr": f"Départ {voyage} reporté au {nouvelle_date} (houle).",
             "en": f"Departure {voyage} postponed to {nouvelle_date} (swell)."}
    return requests.post("https://api.onesignal.com/notifications",
                         headers={"Authorization": f"Key {REST_KEY}"},
                         json={"app_id": APP_ID, "included_segments": ["Voyage " + voyage], "contents": texte},
                         timeout=20).json()
''', "os_v2_app_" + rnd(113, "abcdefghijklmnopqrstuvwxyz234567"), app=uuid_s())

add("txt/decoy-notes-ratiatira", "goelette/notes/carnet_ra'atira.txt", "https://www.rfc-editor.org/rfc/rfc2119", r'''
Carnet du ra'atira – voyage 2024-38

Mahana piti (mardi) : départ Papeete 17h, mer belle, 42 passagers.
Ahe : débarqué gazole, chargé 40 sacs de coprah. Perles de la ferme : colis scellé n° 118,
remis au subrécargue, reçu signé.
Manihi : houle d'ouest, mouillage difficile, baleinière seulement.
Takaroa : ciment + 2 motos. Paiement en espèces 48 000 XPF, reçu n° 3312.

Rappel bureau : le code du coffre a été changé (nouveau code chez Tapu, pas ici).
Wifi bord : réseau "TiareMoana-Pont", mot de passe affiché au salon (invités seulement).
''')

add("ini/wifi-psk", "goelette/ops/bord/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=PF

# réseau équipage (passerelle + PC de bord) – pas celui des passagers
network={
    ssid="TiareMoana-Equipage"
    psk="@@s@@"
    key_mgmt=WPA-PSK
    priority=10
}
''', words_pw())

add("yaml/decoy-netplan", "goelette/ops/bord/50-netplan.yaml", "https://netplan.readthedocs.io/en/stable/reference/", r'''
network:
  version: 2
  renderer: networkd
  ethernets:
    eth0:
      addresses: [10.50.0.2/24]
      routes:
        - to: default
          via: 10.50.0.1   # Starlink (mode bypass) via le routeur
      nameservers:
        addresses: [1.1.1.1, 9.9.9.9]
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "TiareMoana-Equipage":
          auth:
            key-management: psk
            password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=bord/data/wifi:psk') }}"
''')

add("wireguard/private-key", "goelette/ops/bord/wg0.conf", "https://www.wireguard.com/quickstart/", r'''
# Tunnel bord <-> bureau de Fare Ute (quand Starlink est up)
[Interface]
Address = 10.60.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
# bureau Fare Ute
PublicKey = @@pub@@
Endpoint = vpn.tiaremoana.pf:51820
AllowedIPs = 10.60.0.0/24, 192.168.20.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("wireguard/decoy-peer-only", "goelette/ops/bureau/wg0-peers.conf", "https://www.wireguard.com/quickstart/", r'''
# Pairs du serveur VPN du bureau (clés PUBLIQUES seulement ; la clé privée est dans /etc/wireguard/private.key, mode 600)
[Peer]
# goélette (PC de bord)
PublicKey = @@p1@@
AllowedIPs = 10.60.0.2/32

[Peer]
# portable de Tapu
PublicKey = @@p2@@
AllowedIPs = 10.60.0.10/32

[Peer]
# ferme de Ahe (routeur)
PublicKey = @@p3@@
AllowedIPs = 10.60.0.20/32, 10.8.0.0/24
''', p1=wg_key(), p2=wg_key(), p3=wg_key())


# ---------------------------------------------------------------- schooner: office, accounting, infrastructure

add("terraform/hetzner-token", "goelette/infra/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", r'''
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.48" }
  }
}

# jeton du projet "tiaremoana" – à passer en variable TF_VAR_hcloud_token !
provider "hcloud" {
  token = "@@s@@"
}

resource "hcloud_server" "resa" {
  name        = "resa"
  image       = "debian-12"
  server_type = "cx22"
  location    = "hil"
  ssh_keys    = ["tapu@portable-bureau"]
}
''', mixed(64))

add("terraform/decoy-variables", "goelette/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "hcloud_token" {
  description = "Jeton API Hetzner (TF_VAR_hcloud_token, depuis pass tiaremoana/hcloud)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  description = "Jeton Cloudflare, zone tiaremoana.pf (DNS:Edit)"
  type        = string
  sensitive   = true
  default     = null
}

variable "ssh_key_fingerprint" {
  default = "SHA256:@@fp@@"
}
''', fp=b64(rnd(32))[:43])

add("terraform/tfvars-cloudflare", "goelette/infra/prod.auto.tfvars", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
zone_id              = "@@zone@@"
cloudflare_api_token = "@@s@@"
resa_ipv4            = "203.0.113.80"
# bureau Fare Ute
office_cidr          = "192.168.20.0/24"
''', fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("json/decoy-tfstate-sensitive", "goelette/infra/terraform.tfstate.backup", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", r'''
{
  "version": 4,
  "terraform_version": "1.9.5",
  "serial": 42,
  "lineage": "@@lin@@",
  "outputs": {
    "resa_ipv4": {"value": "203.0.113.80", "type": "string"},
    "resa_id": {"value": "@@id@@", "type": "string"}
  },
  "resources": [
    {
      "mode": "managed", "type": "hcloud_server", "name": "resa",
      "provider": "provider[\"registry.terraform.io/hetznercloud/hcloud\"]",
      "instances": [{"attributes": {"id": "@@id@@", "name": "resa", "ipv4_address": "203.0.113.80", "status": "running"}}]
    }
  ]
}
''', lin=uuid_s(), id=rnd(8, "0123456789"))

add("yaml/ansible-become-password", "goelette/infra/ansible/host_vars/bord.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r'''
# PC de bord de la goélette (accessible via le VPN seulement)
ansible_host: 10.60.0.2
ansible_user: capitaine
ansible_become: true
ansible_become_password: "@@s@@"
starlink_watch: true
caisse_db: caisse_bord
''', words_pw())

add("yaml/decoy-ansible-vault", "goelette/infra/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("yaml/decoy-ansible-vars-lookup", "goelette/infra/ansible/group_vars/all/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/passwordstore_lookup.html", r'''
# variables communes (les secrets sont dans vault.yml, chiffré)
fuseau: Pacific/Tahiti
langue: fr_FR.UTF-8
db_resa_password: "{{ vault_db_resa_password }}"
mailgun_api_key: "{{ vault_mailgun_api_key }}"
wifi_equipage_psk: "{{ lookup('community.general.passwordstore', 'tiaremoana/wifi/equipage') }}"
sauvegarde_cible: "sftp://backup@u41234.your-storagebox.de/tiaremoana"
''')

add("yaml/restic-password", "goelette/infra/ansible/roles/sauvegarde/defaults/main.yml", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r'''
---
# Sauvegarde restic vers la Storage Box (Helsinki)
restic_repo: "sftp:backup@u41234.your-storagebox.de:/tiaremoana"
# mot de passe du dépôt restic – sans lui, les sauvegardes sont illisibles (garder une copie papier au coffre)
restic_password: "@@s@@"
restic_keep_daily: 14
restic_keep_monthly: 12
restic_paths:
  - /srv/resa
  - /var/lib/postgresql/backups
''', pw())

add("systemd/env-password", "goelette/infra/ansible/roles/resa/files/resa.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Réservations goélette Tiare Moana (Rails)
After=network.target postgresql.service

[Service]
User=resa
WorkingDirectory=/srv/resa/app
Environment=RAILS_ENV=production
Environment=DATABASE_URL=postgresql://resa:@@s@@@localhost/tiaremoana
ExecStart=/srv/resa/app/bin/rails server -b 127.0.0.1 -p 3000
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', pw())

add("systemd/decoy-environmentfile", "goelette/infra/ansible/roles/resa/files/resa-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=Tâches de fond (billets PDF, SMS) – Tiare Moana
After=network.target redis.service

[Service]
User=resa
WorkingDirectory=/srv/resa/app
EnvironmentFile=/etc/tiaremoana/env
LoadCredential=mailgun:/etc/tiaremoana/mailgun.key
ExecStart=/srv/resa/app/bin/bundle exec sidekiq -C config/sidekiq.yml
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("yaml/redis-url-sidekiq", "goelette/reservations/config/sidekiq.yml", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", r'''
:concurrency: 5
:queues:
  - billets
  - sms
  - default
:redis:
  url: "redis://:@@s@@@127.0.0.1:6379/2"
  # Redis sur le VPS, mot de passe requirepass (voir /etc/redis/redis.conf)
''', fakes.redis_password(_seed()))

add("conf/redis-requirepass", "goelette/infra/ansible/roles/redis/files/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", r'''
bind 127.0.0.1 -::1
protected-mode yes
port 6379
daemonize no
supervised systemd
loglevel notice
databases 4
# file d'attente des billets et SMS
requirepass @@s@@
maxmemory 256mb
maxmemory-policy noeviction
''', fakes.redis_password(_seed()))

add("conf/decoy-pgbouncer-md5", "goelette/infra/ansible/roles/pgbouncer/files/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", r'''
; userlist pgbouncer – empreintes SCRAM copiées de pg_authid
; (aucun mot de passe en clair ici)
"resa" "SCRAM-SHA-256$4096:@@s1@@$@@a1@@:@@b1@@"
"caisse" "SCRAM-SHA-256$4096:@@s2@@$@@a2@@:@@b2@@"
"lecture" "md5@@m@@"
''', s1=b64(rnd(16)), a1=b64(rnd(32))[:43] + "=", b1=b64(rnd(32))[:43] + "=",
    s2=b64(rnd(16)), a2=b64(rnd(32))[:43] + "=", b2=b64(rnd(32))[:43] + "=", m=hexs(32))

add("nginx/decoy-htpasswd", "goelette/infra/ansible/roles/nginx/files/htpasswd-manifestes", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# accès /manifestes (subrécargue, douane) – généré avec htpasswd -B
# ne contient que des empreintes
tapu:$apr1$@@s1@@$@@h1@@
subrecargue:$apr1$@@s2@@$@@h2@@
douane:$2y$10$@@h3@@
''', s1=rnd(8), h1=rnd(22, ALNUM + "./"), s2=rnd(8), h2=rnd(22, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("nginx/basic-proxy-auth", "goelette/infra/ansible/roles/nginx/files/meteo.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# relais vers le service houle/vent (abonnement pro) – la page « Météo du voyage » l'appelle
server {
    listen 443 ssl;
    server_name meteo.tiaremoana.pf;
    ssl_certificate     /etc/letsencrypt/live/meteo.tiaremoana.pf/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/meteo.tiaremoana.pf/privkey.pem;

    location /api/ {
        proxy_pass https://api.stormglass.io/v2/;
        proxy_set_header Authorization "@@s@@";
        proxy_set_header Host api.stormglass.io;
    }
}
''', hexs(32) + "-" + hexs(32))

add("python/decoy-stormglass-env", "goelette/suivi/houle.py", "https://docs.stormglass.io/#/authentication", r'''
"""Prévision de houle sur la route Papeete – Tuamotu (aru = vagues)."""
import os
import requests

CLE = os.getenv("STORMGLASS_KEY")
POINTS = {"Arue": (-17.52, -149.53), "Rangiroa": (-14.97, -147.63), "Ahe": (-14.53, -146.35)}


def houle(nom):
    lat, lng = POINTS[nom]
    r = requests.get("https://api.stormglass.io/v2/weather/point",
                     params={"lat": lat, "lng": lng, "params": "swellHeight,windSpeed"},
                     headers={"Authorization": CLE}, timeout=30)
    return r.json()["hours"][:24]
''')

add("python/anthropic-key", "goelette/bureau/resume_manifeste.py", "https://docs.anthropic.com/en/api/getting-started", r'''
# Résumé du manifeste pour le bulletin radio (fr + reo tahiti) – essai de Vaea
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

def bulletin(manifeste_csv: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": "Résume ce manifeste pour la radio, en français puis en reo tahiti :\n" + manifeste_csv}],
    )
    return msg.content[0].text
''', anthropic())

add("json/decoy-user-secrets", "goelette/bureau/Caisse/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Caisse": "Host=localhost;Database=caisse_bord;Username=caisse"
  },
  "Paiement": {
    "Fournisseur": "OSB Payzen",
    "BoutiqueId": "@@shop@@",
    "CleProduction": "",
    "Commentaire": "clé dans dotnet user-secrets / variable Paiement__CleProduction"
  },
  "Devise": "XPF"
}
''', shop=rnd(8, "0123456789"))

add("json/payzen-password", "goelette/bureau/Caisse/appsettings.Production.json", "https://docs.lyra.com/fr/rest/V4.0/api/get_my_keys.html", r'''
{
  "ConnectionStrings": {
    "Caisse": "Host=localhost;Database=caisse_bord;Username=caisse;Password=@@db@@"
  },
  "Paiement": {
    "BoutiqueId": "@@shop@@",
    "CleProduction": "@@s@@"
  }
}
''', "prodpassword_" + mixed(45), shop=rnd(8, "0123456789"), db="${CAISSE_DB_PASSWORD}")

add("csv/password-column", "goelette/bureau/comptes_acces.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
service;identifiant;mot_de_passe;remarque
Portail OPT (fibre bureau);tiaremoana-fareute;voir coffre;
Vini pro (SMS);0601-TIAREMOANA;voir coffre;
Compte EDT (électricité);TM-883210;@@s@@;Tapu - prélèvement mensuel
Banque de Tahiti (consultation);voir coffre;voir coffre;2FA sur le tél du bureau
Starlink;bord@tiaremoana.pf;voir coffre;abonnement maritime
''', words_pw())

add("csv/decoy-price-list", "goelette/bureau/tarifs_2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
trajet;cabine_xpf;pont_xpf;fret_kg_xpf;code_tarif
Papeete-Rangiroa;18500;9800;38;TM25-RGI-@@c1@@
Papeete-Ahe;21000;11200;42;TM25-AHE-@@c2@@
Papeete-Manihi;21000;11200;42;TM25-XMH-@@c3@@
Papeete-Takaroa;22500;12000;45;TM25-TKX-@@c4@@
Papeete-Fakarava;19800;10400;40;TM25-FAV-@@c5@@
''', c1=rnd(6, UPPER), c2=rnd(6, UPPER), c3=rnd(6, UPPER), c4=rnd(6, UPPER), c5=rnd(6, UPPER))

add("markdown/password-in-notes", "goelette/notes/passation_bureau.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Passation du bureau (Fare Ute) – Tapu → Vaea

## Tous les matins
1. Vérifier les réservations du prochain voyage (resa.tiaremoana.pf/admin)
2. Imprimer le manifeste provisoire, l'envoyer au ra'atira
3. Répondre aux atolls (SMS, Messenger)

## Accès
- admin resa : compte `bureau`, mot de passe `@@s@@` (à changer à ta première connexion)
- boîte bureau@tiaremoana.pf : dans Bitwarden
- téléphone satellite : code PIN sur l'étiquette du chargeur

Māuruuru roa no to 'oe tauturu ! – Tapu
''', words_pw())

add("markdown/decoy-onboarding", "goelette/notes/arrivee_nouveau.md", "https://bitwarden.com/help/", r'''
# Bienvenue au bureau de la goélette – 'Ia ora na !

- Ton compte Bitwarden t'est envoyé par Tapu (invitation par mail).
- Aucun mot de passe ne s'écrit dans les notes, les fichiers ou Messenger.
- Le jeton de l'API de réservation pour tes tests : crée-le toi-même dans
  `resa.tiaremoana.pf/admin/jetons`, préfixe `tm_test_` (jamais `tm_live_`).
- Exemple de requête :

```bash
curl -H "X-Api-Key: $RESA_API_KEY" https://resa.tiaremoana.pf/api/v2/voyages
```
''')

add("docker/dockerfile-env-token", "goelette/suivi/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# clé MarineTraffic (à passer en --env au lancement, un jour…)
ENV MT_API_KEY=@@s@@
ENV TZ=Pacific/Tahiti
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "suivi.app:app"]
''', hexs(40))

add("docker/decoy-build-secret", "goelette/reservations/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM ruby:3.3-slim AS build
WORKDIR /app
COPY Gemfile Gemfile.lock ./
# le jeton du dépôt de gems privé est monté comme secret de build, jamais copié dans l'image
RUN --mount=type=secret,id=bundle_token \
    BUNDLE_GEMS__TIAREMOANA__PF="$(cat /run/secrets/bundle_token)" bundle install
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 bin/rails assets:precompile

FROM ruby:3.3-slim
COPY --from=build /app /app
WORKDIR /app
CMD ["bin/rails", "server"]
''')

add("docker/config-json-auth", "goelette/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/26.1.4 (linux)"
  }
}
''', b64("tapu.tiaremoana:" + gitlab()))

add("docker/decoy-credhelper", "goelette/ops/docker/config.bureau.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", r'''
{
  "auths": {
    "registry.gitlab.com": {}
  },
  "credsStore": "secretservice",
  "credHelpers": {
    "ghcr.io": "pass"
  }
}
''')

add("yaml/npmrc-like-yarnrc", "goelette/appli/web/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmRegistries", r'''
nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.3.1.cjs

npmScopes:
  tiaremoana:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "@@s@@"
''', fakes.github_token(_seed()))

add("npmrc/decoy-env-token", "goelette/appli/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# registre des paquets internes (GitHub Packages)
# le jeton vient de NODE_AUTH_TOKEN (CI : secrets.GITHUB_TOKEN ; poste : gh auth token)
@tiaremoana:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
''')

add("npmrc/npm-token", "goelette/appli/web/packages/billets-pdf/.npmrc", "https://docs.npmjs.com/about-access-tokens", r'''
# publication du paquet billets-pdf sur npmjs (compte tiaremoana)
# jeton "automation" créé par Manu le 04/07
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
access=public
''', npm_tok())

add("json/decoy-package-lock-integrity", "goelette/appli/web/packages/billets-pdf/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "@tiaremoana/billets-pdf",
  "version": "0.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "@tiaremoana/billets-pdf", "version": "0.3.1", "dependencies": { "pdfkit": "^0.15.0" } },
    "node_modules/pdfkit": {
      "version": "0.15.0",
      "resolved": "https://registry.npmjs.org/pdfkit/-/pdfkit-0.15.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/fontkit": {
      "version": "2.0.2",
      "resolved": "https://registry.npmjs.org/fontkit/-/fontkit-2.0.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=b64(rnd(64))[:86] + "==", i2=b64(rnd(64))[:86] + "==")

add("js/discord-webhook", "goelette/appli/web/src/server/alertes.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
// Alertes équipage (serveur Discord de l'équipage) : nouvelle résa fret > 2 t
const WEBHOOK = "@@s@@";

export async function alerteFret(resa) {
  if (resa.poidsKg < 2000) return;
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Fret lourd : ${resa.designation} (${resa.poidsKg} kg) pour ${resa.atoll}` }),
  });
}
''', discord_webhook())

add("js/decoy-webhook-env", "goelette/appli/web/src/server/alertes-meteo.js", "https://discord.com/developers/docs/resources/webhook", r'''
// Alerte houle (> 3 m) vers le salon #meteo ; URL du webhook en variable d'environnement
const WEBHOOK = process.env.DISCORD_WEBHOOK_METEO;
if (!WEBHOOK) console.warn("DISCORD_WEBHOOK_METEO absent : alertes désactivées");

export async function alerteHoule(point, hauteur) {
  if (!WEBHOOK || hauteur < 3) return;
  await fetch(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Aru rahi (forte houle) à ${point} : ${hauteur} m` }) });
}
''')

add("python/slack-bot-token", "goelette/bureau/bot_bureau.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Bot du bureau : poste chaque matin les départs et le fret en attente dans #bureau."""
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def matin(departs, fret_attente):
    lignes = [f"• {d.date:%d/%m} {d.trajet} – {d.places_libres} places" for d in departs]
    lignes.append(f"Fret en attente au quai : {fret_attente} t")
    client.chat_postMessage(channel="#bureau", text="'Ia ora na ! Départs :\n" + "\n".join(lignes))
''', slack_bot())

add("python/decoy-slack-signing-env", "goelette/bureau/bot_events.py", "https://api.slack.com/authentication/verifying-requests-from-slack", r'''
import os
from slack_bolt import App

app = App(
    token=os.environ["SLACK_BOT_TOKEN"],
    signing_secret=os.environ["SLACK_SIGNING_SECRET"],
)


@app.command("/fret")
def fret(ack, respond, command):
    ack()
    respond(f"Recherche du colis {command['text']}… (manifeste en cours)")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
''')


# ---------------------------------------------------------------- pearl farm: lagoon sensors, boats, field office

add("yaml/homeassistant-secrets", "ferme/lagon/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Fare ferme (Ahe) – Home Assistant
# eiaha e tuu i teie file i ni'a i te GitHub ! (ne pas pousser ce fichier)
latitude_ferme: -14.531
longitude_ferme: -146.352
mqtt_password: "@@s@@"
victron_vrm_site: "123456"
''', words_pw())

add("yaml/decoy-homeassistant-config", "ferme/lagon/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Fare ferme Ahe
  latitude: !secret latitude_ferme
  longitude: !secret longitude_ferme
  unit_system: metric
  time_zone: Pacific/Tahiti

mqtt:
  sensor:
    - name: "Température lagon filière 4"
      state_topic: "ahe/filiere4/temp"
      unit_of_measurement: "°C"

notify:
  - platform: telegram
    name: equipe
    chat_id: !secret telegram_chat_equipe
''')

add("conf/mosquitto-bridge-password", "ferme/lagon/mosquitto/conf.d/pont-papeete.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Pont MQTT ferme (Ahe) -> bureau de Papeete, par la liaison satellite
connection pont-papeete
address mqtt.poerava-ahe.pf:8883
topic ahe/# out 1
bridge_protocol_version mqttv311
remote_username ferme-ahe
remote_password @@s@@
bridge_cafile /etc/mosquitto/certs/ca.crt
cleansession false
keepalive_interval 120
''', pw())

add("conf/decoy-mosquitto-passwd", "ferme/lagon/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
# fichier généré par mosquitto_passwd -U (empreintes PBKDF2 seulement)
ferme-ahe:$7$101$@@s1@@$@@h1@@
sondes:$7$101$@@s2@@$@@h2@@
homeassistant:$7$101$@@s3@@$@@h3@@
nodered:$7$101$@@s4@@$@@h4@@
''', s1=b64(rnd(12)), h1=b64(rnd(64))[:86] + "==", s2=b64(rnd(12)), h2=b64(rnd(64))[:86] + "==",
    s3=b64(rnd(12)), h3=b64(rnd(64))[:86] + "==", s4=b64(rnd(12)), h4=b64(rnd(64))[:86] + "==")

add("cpp/arduino-ttn-appkey", "ferme/lagon/sondes/bouee_temp/bouee_temp.ino", "https://www.thethingsindustries.com/docs/devices/concepts/abp-vs-otaa/", r'''
// Bouée de température – filière 4 (capteur DS18B20 à 6 m) – LoRaWAN OTAA
#include <lmic.h>
#include <hal/hal.h>

// LSB
static const u1_t PROGMEM APPEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
static const u1_t PROGMEM DEVEUI[8] = { 0x@@d1@@, 0x@@d2@@, 0x@@d3@@, 0x@@d4@@, 0xB3, 0xD5, 0x7E, 0xD0 };
// MSB – clé d'application (AppKey)
static const char APPKEY_HEX[] = "@@s@@";

void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8); }
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8); }

void setup() {
  Serial.begin(115200);
  os_init();
  LMIC_reset();
}
''', rnd(32, "0123456789ABCDEF"), d1=rnd(2, "0123456789ABCDEF"), d2=rnd(2, "0123456789ABCDEF"),
    d3=rnd(2, "0123456789ABCDEF"), d4=rnd(2, "0123456789ABCDEF"))

add("yaml/ttn-api-key", "ferme/lagon/nodered/ttn.env.yaml", "https://www.thethingsindustries.com/docs/api/concepts/auth/", r'''
# The Things Network – application "ahe-bouees" (cluster au1)
ttn:
  cluster: au1.cloud.thethings.network
  application_id: ahe-bouees
  api_key: @@s@@
  topics:
    - v3/ahe-bouees@ttn/devices/+/up
''', "NNSXS." + rnd(39, UPPER) + "." + rnd(52, UPPER))

add("json/decoy-nodered-flow", "ferme/lagon/nodered/flows.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
[
  {"id": "a1f0c2", "type": "tab", "label": "Bouées lagon"},
  {"id": "b7e311", "type": "mqtt in", "z": "a1f0c2", "name": "TTN ahe-bouees", "topic": "v3/ahe-bouees@ttn/devices/+/up", "broker": "c0ffee"},
  {"id": "d2a4e9", "type": "function", "z": "a1f0c2", "name": "décoder °C", "func": "msg.payload = msg.payload.uplink_message.decoded_payload.temp; return msg;"},
  {"id": "e9b1aa", "type": "influxdb out", "z": "a1f0c2", "influxdb": "f00d01", "measurement": "temp_lagon"},
  {"id": "c0ffee", "type": "mqtt-broker", "name": "TTN au1", "broker": "au1.cloud.thethings.network", "port": "8883", "usetls": true, "credentials": {}},
  {"id": "f00d01", "type": "influxdb", "hostname": "127.0.0.1", "port": "8086", "influxdbVersion": "2.0", "credentials": {}}
]
''')

add("json/nodered-flow-cred", "ferme/lagon/nodered/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/configuration#credentialsecret", r'''
{
    "c0ffee": {
        "user": "ahe-bouees@ttn",
        "password": "@@s@@"
    },
    "f00d01": {
        "token": "${INFLUX_TOKEN}"
    }
}
''', "NNSXS." + rnd(39, UPPER) + "." + rnd(52, UPPER))

add("ini/influx-token", "ferme/lagon/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r'''
[agent]
  interval = "60s"
  hostname = "fare-ferme-ahe"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["ahe/+/temp", "ahe/+/oxygene"]
  data_format = "value"
  data_type = "float"

[[outputs.influxdb_v2]]
  urls = ["https://influx.poerava-ahe.pf"]
  # jeton écriture (bucket lagon) – Teva
  token = "@@s@@"
  organization = "poerava"
  bucket = "lagon"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("ini/decoy-telegraf-env", "ferme/lagon/telegraf/telegraf.d/bureau.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#example-telegraf-environment-variables", r'''
# même sortie pour le bureau de Papeete ; le jeton est pris dans l'environnement du service
[[outputs.influxdb_v2]]
  urls = ["https://influx.poerava-ahe.pf"]
  token = "${INFLUX_TOKEN}"
  organization = "poerava"
  bucket = "bureau"

[[inputs.ping]]
  urls = ["10.60.0.1", "1.1.1.1"]
  count = 3
''')

add("yaml/grafana-datasource-password", "ferme/lagon/grafana/provisioning/datasources/tria.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: Lagon (InfluxDB)
    type: influxdb
    url: https://influx.poerava-ahe.pf
    jsonData:
      version: Flux
      organization: poerava
      defaultBucket: lagon
    secureJsonData:
      token: $INFLUX_TOKEN
  - name: Tria (PostgreSQL)
    type: postgres
    url: 10.8.0.20:5432
    user: grafana
    jsonData:
      database: tria
      sslmode: disable
    secureJsonData:
      password: "@@s@@"
''', words_pw())

add("shell/grafana-sa-token", "ferme/lagon/grafana/export_tableaux.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
#!/bin/sh
# Export des tableaux Grafana (sauvegarde JSON) – compte de service "sauvegarde"
GRAFANA=https://grafana.poerava-ahe.pf
TOKEN=@@s@@

mkdir -p tableaux
for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" > "tableaux/$uid.json"
done
echo "export fini : $(ls tableaux | wc -l) tableaux"
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("python/openweather-key", "ferme/lagon/meteo_ahe.py", "https://openweathermap.org/appid", r'''
# Vent et pluie sur Ahe pour planifier la récolte (mata'i = vent, ua = pluie)
import requests

APPID = "@@s@@"


def meteo_ahe():
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": -14.53, "lon": -146.35, "units": "metric", "lang": "fr", "appid": APPID},
                     timeout=20)
    return [(p["dt_txt"], p["wind"]["speed"], p.get("rain", {}).get("3h", 0)) for p in r.json()["list"]]
''', hexs(32))

add("c/decoy-sensor-calibration", "ferme/lagon/sondes/oxygene/calib.h", "https://www.atlas-scientific.com/files/DO_EZO_Datasheet.pdf", r'''
/* Étalonnage des sondes d'oxygène dissous – filières 1 à 6 (valeurs du 12/06) */
#ifndef CALIB_H
#define CALIB_H

#define NB_SONDES 6
/* numéros de série (gravés sur la sonde) */
static const char *SERIES[NB_SONDES] = {
    "DO-@@a@@", "DO-@@b@@", "DO-@@c@@", "DO-@@d@@", "DO-@@e@@", "DO-@@f@@"
};
static const float PENTE[NB_SONDES] = { 1.021f, 0.998f, 1.004f, 1.013f, 0.987f, 1.000f };
static const float DECALAGE[NB_SONDES] = { -0.12f, 0.03f, 0.00f, -0.07f, 0.11f, 0.02f };

#endif
''', a=rnd(10, UPPER), b=rnd(10, UPPER), c=rnd(10, UPPER), d=rnd(10, UPPER), e=rnd(10, UPPER), f=rnd(10, UPPER))

add("lua/victron-token", "ferme/lagon/solaire/vrm.lua", "https://vrm-api-docs.victronenergy.com/#/operations/auth/login", r'''
-- Relevé des batteries solaires du fare (Victron VRM) pour l'écran de la salle de tri
local http = require("socket.http")
local ltn12 = require("ltn12")

local SITE = "123456"
local JETON = "@@s@@"  -- jeton d'accès VRM (compte ferme)

local function etat()
  local corps = {}
  http.request{
    url = "https://vrmapi.victronenergy.com/v2/installations/" .. SITE .. "/diagnostics",
    headers = { ["X-Authorization"] = "Token " .. JETON },
    sink = ltn12.sink.table(corps),
  }
  return table.concat(corps)
end

print(etat())
''', hexs(64))

add("powershell/decoy-securestring", "ferme/bureau/scripts/Sauvegarde-Compta.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Sauvegarde de la compta vers le NAS (bureau de Papeete)
$ErrorActionPreference = "Stop"
$cred = Import-Clixml -Path "$env:USERPROFILE\cred\nas.xml"   # créé avec Get-Credential | Export-Clixml (DPAPI)
$date = Get-Date -Format "yyyy-MM-dd"
New-PSDrive -Name N -PSProvider FileSystem -Root "\\nas-papeete\compta" -Credential $cred | Out-Null
Copy-Item "C:\Compta\POERAVA\*.bak" "N:\$date\" -Recurse
Remove-PSDrive N
Write-Host "Sauvegarde faite ($date). Mauruuru."
''')

add("powershell/plain-password", "ferme/bureau/scripts/Connecter-NAS.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# Connexion du lecteur N: au NAS – poste de la salle de tri
$user = "NAS-PAPEETE\tri"
$mdp  = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $mdp)
New-PSDrive -Name N -PSProvider FileSystem -Root "\\nas-papeete\photos-lots" -Credential $cred -Persist
Write-Host "Lecteur N: connecté"
''', words_pw())

add("bat/net-use-password", "ferme/bureau/scripts/lecteurs.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", r'''
@echo off
REM Lecteurs réseau du bureau – lancé à l'ouverture de session
REM Mau lecteur (lecteurs) : P = photos lots, C = compta
net use P: \\nas-papeete\photos-lots /user:NAS-PAPEETE\bureau @@s@@ /persistent:yes
net use C: \\nas-papeete\compta /persistent:yes
echo Lecteurs prets.
''', words_pw())

_f = words_pw()
add("xml/filezilla-base64", "ferme/bureau/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Sitemanager.xml", r'''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.transitaire-hk.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>poerava_ahe</User>
            <Pass encoding="base64">@@s@@</Pass>
            <Logontype>1</Logontype>
            <Name>Transitaire HK (photos lots)</Name>
            <Comments>dépôt des photos avant la vente</Comments>
        </Server>
    </Servers>
</FileZilla3>
''', b64(_f))

add("ini/rclone-config", "ferme/bureau/rclone/rclone.conf", "https://rclone.org/b2/", r'''
[b2-photos]
type = b2
account = @@acct@@
key = @@s@@
hard_delete = false

[crypt-compta]
type = crypt
remote = b2-photos:poerava-compta
password = *** ENCRYPTED ***
''', "K005" + fakes.drawn(_seed(), 27, ALNUM), acct="005" + hexs(22))

add("ini/decoy-rclone-obscured-note", "ferme/bureau/rclone/README.txt", "https://rclone.org/docs/#config-file", r'''
rclone – sauvegarde des photos de lots vers Backblaze B2

Configurer sur chaque poste avec `rclone config` (ne jamais copier rclone.conf d'un poste à l'autre).
Identifiants : Bitwarden > Ferme > "Backblaze B2 (photos)".

Commandes utiles :
  rclone sync /srv/tria/photos b2-photos:poerava-lots --transfers 4 --bwlimit 2M
  rclone check /srv/tria/photos b2-photos:poerava-lots

La liaison satellite est lente : lancer la synchro la nuit (crontab, 23h).
''')

add("netrc/machine-password", "ferme/bureau/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
# curl / ftp vers le transitaire et le portail de la DRM
machine ftp.transitaire-hk.com
  login poerava_ahe
  password @@s@@

machine portail.drm.gov.pf
  login FERME-AHE-0457
''', words_pw())

add("pgpass/password", "ferme/bureau/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
10.8.0.20:5432:tria:tria_app:@@s@@
10.8.0.20:5432:tria:lecture_ventes:*
localhost:5432:*:postgres:
# ancienne base (Rangiroa), éteinte
''', pw())

add("ini/decoy-mycnf-socket", "ferme/bureau/dotfiles/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
user = radio
# authentification par socket (auth_socket), pas de mot de passe
socket = /run/mysqld/mysqld.sock
database = rayons_x

[mysqldump]
single-transaction
quick
''')

add("gitconfig/token-in-url", "ferme/bureau/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r'''
[user]
	name = Teva Tehei
	email = teva@poerava-ahe.pf
[init]
	defaultBranch = main
[url "https://oauth2:@@s@@@gitlab.com/poerava/"]
	insteadOf = https://gitlab.com/poerava/
[pull]
	rebase = true
''', gitlab())

add("gitconfig/decoy-credential-helper", "ferme/bureau/dotfiles/.gitconfig-bureau", "https://git-scm.com/docs/gitcredentials", r'''
[user]
	name = Hinano Teriitahi
	email = hinano@poerava-ahe.pf
[credential]
	helper = manager
[credential "https://gitlab.com"]
	username = hinano.t
[core]
	autocrlf = true
''')

add("vscode/sftp-password", "ferme/boutique/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Common-Config", r'''
{
    "name": "boutique (o2switch)",
    "host": "boutique.poerava-ahe.pf",
    "protocol": "sftp",
    "port": 22,
    "username": "poerava",
    "password": "@@s@@",
    "remotePath": "/home/poerava/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("vscode/decoy-settings", "ferme/boutique/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "editor.formatOnSave": true,
    "php.validate.executablePath": "/usr/bin/php",
    "intelephense.environment.phpVersion": "8.2",
    "cSpell.language": "fr,en",
    "cSpell.words": ["perliculture", "nacre", "greffon", "keshi", "poe", "rava"],
    "files.exclude": { "**/wp-content/uploads": true },
    "sqltools.connections": [
        { "name": "boutique", "driver": "MySQL", "server": "127.0.0.1", "port": 3306,
          "database": "boutique_wp", "username": "wp_poerava", "askForPassword": true }
    ]
}
''')

add("xml/decoy-jetbrains-datasource", "ferme/tria/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PY-241.17890.14">
    <data-source name="tria@ahe" uuid="@@u@@">
      <database-info product="PostgreSQL" version="15.6" />
      <secret-storage>master_key</secret-storage>
      <user-name>tria_app</user-name>
      <schema-mapping />
    </data-source>
  </component>
</project>
''', u=uuid_s())

add("http/rest-client-token", "ferme/export/tests-api/catalogue.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Catalogue acheteur – lots disponibles
@hote = https://export.poerava-ahe.pf
@jeton = @@s@@

GET {{hote}}/api/catalogue/lots?classe=A
Authorization: Bearer {{jeton}}
Accept: application/json

### Détail d'un lot
GET {{hote}}/api/catalogue/lots/AHE-2024-117
Authorization: Bearer {{jeton}}
''', "pr_" + mixed(40))

add("json/postman-environment", "ferme/export/tests-api/poerava.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "Export – production",
  "values": [
    { "key": "hote", "value": "https://export.poerava-ahe.pf", "type": "default", "enabled": true },
    { "key": "douane_user", "value": "EXPORT-POERAVA", "type": "default", "enabled": true },
    { "key": "douane_password", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "lot", "value": "AHE-2024-117", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
''', words_pw(), id=uuid_s())

add("json/decoy-postman-empty", "ferme/export/tests-api/poerava-dev.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "Export – dev (local)",
  "values": [
    { "key": "hote", "value": "http://localhost:8000", "type": "default", "enabled": true },
    { "key": "douane_user", "value": "TEST-EXPORT", "type": "default", "enabled": true },
    { "key": "douane_password", "value": "", "type": "secret", "enabled": true },
    { "key": "jeton", "value": "{{$processEnv PR_TEST_TOKEN}}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', id=uuid_s())


# ---------------------------------------------------------------- schooner: web, payments, cloud and people

add("php/laravel-env", "goelette/fret-portail/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Fret Tiare Moana"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://fret.tiaremoana.pf
APP_LOCALE=fr

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=fret
DB_USERNAME=fret
DB_PASSWORD=${FRET_DB_PASSWORD}
''', wg_key())

add("php/decoy-laravel-config", "goelette/fret-portail/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
<?php

return [
    // Les clés sont lues dans .env (jamais ici)
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],
    'payzen' => [
        'boutique' => env('PAYZEN_SHOP_ID'),
        'cle' => env('PAYZEN_KEY'),
        'mode' => env('PAYZEN_MODE', 'TEST'),
    ],
];
''')

add("php/mysql-pdo-password", "goelette/fret-portail/legacy/connexion.php", "https://www.php.net/manual/en/pdo.construct.php", r'''
<?php
// Ancien portail fret (2016) – encore utilisé par les coopératives de coprah
// Te mau pū hoho'a (copra) : pesée à Ahe, Manihi, Takaroa
$dsn = 'mysql:host=localhost;dbname=fret;charset=utf8';
$utilisateur = 'fret_legacy';
$motdepasse = '@@s@@';

try {
    $pdo = new PDO($dsn, $utilisateur, $motdepasse, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
} catch (PDOException $e) {
    die('Erreur de connexion : ' . $e->getMessage());
}
''', words_pw())

add("yaml/bitbucket-pipelines-ftp", "goelette/fret-portail/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: php:8.2

pipelines:
  branches:
    main:
      - step:
          name: Déploiement FTP (hébergeur)
          script:
            - apt-get update && apt-get install -y lftp
            - lftp -u fret-deploy,'@@s@@' ftp.hebergeur-pf.com -e "mirror -R --delete ./public /www; quit"
''', words_pw())

add("yaml/decoy-circleci-context", "goelette/appli/web/.circleci/config.yml", "https://circleci.com/docs/contexts/", r'''
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.15
    steps:
      - checkout
      - run: corepack enable && yarn install --immutable
      - run: yarn build
      - run: npx vercel deploy --prod --token "$VERCEL_TOKEN"
workflows:
  deploy:
    jobs:
      - build:
          context: tiaremoana-prod   # VERCEL_TOKEN est dans le contexte
''')

add("json/vercel-token", "goelette/appli/web/.vercel/auth.json", "https://vercel.com/docs/rest-api#creating-an-access-token", r'''
{
  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",
  "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",
  "token": "@@s@@"
}
''', mixed(24))

add("yaml/supabase-service-role", "goelette/appli/web/supabase/config.local.yaml", "https://supabase.com/docs/guides/api/api-keys", r'''
# Base des réservations cabines (Supabase) – copie de travail de Manu
projet: tiaremoana-cabines
url: https://@@ref@@.supabase.co
# clé publique (anon) : OK côté client
anon_key: @@anon@@
# clé service_role : contourne les règles RLS, SERVEUR SEULEMENT
service_role_key: @@s@@
''', jwt_like('{"iss":"supabase","ref":"tmcabines","role":"service_role","iat":1717200000,"exp":2032776000}'),
    ref=rnd(20, "abcdefghijklmnopqrstuvwxyz"), anon=jwt_like('{"iss":"supabase","ref":"tmcabines","role":"anon","iat":1717200000,"exp":2032776000}'))

add("ts/decoy-supabase-anon", "goelette/appli/web/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
import { createClient } from "@supabase/supabase-js";

// clé "anon" : publique par conception, protégée par les règles RLS
export const supabase = createClient(
  "https://@@ref@@.supabase.co",
  "@@anon@@",
);

export async function cabinesLibres(voyage: string) {
  const { data } = await supabase.from("cabines").select("numero, couchettes").eq("voyage", voyage).is("reservation", null);
  return data ?? [];
}
''', ref=rnd(20, "abcdefghijklmnopqrstuvwxyz"), anon=jwt_like('{"iss":"supabase","ref":"tmcabines","role":"anon","iat":1717200000,"exp":2032776000}'))

add("rust/sentry-auth-token", "goelette/outils/sourcemaps/src/main.rs", "https://docs.sentry.io/account/auth-tokens/", r'''
// Téléversement des sourcemaps de l'appli web vers Sentry (lancé à la main après un build)
use std::process::Command;

const ORG: &str = "tiaremoana";
const PROJET: &str = "appli-web";
const JETON: &str = "@@s@@";

fn main() {
    let statut = Command::new("sentry-cli")
        .args(["sourcemaps", "upload", "--org", ORG, "--project", PROJET, "dist/"])
        .env("SENTRY_AUTH_TOKEN", JETON)
        .status()
        .expect("sentry-cli introuvable");
    println!("fini : {statut}");
}
''', "sntrys_" + b64('{"iat":1719800000,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"tiaremoana"}').rstrip("=") + "_" + b64(rnd(32)).rstrip("="))

add("js/decoy-sentry-dsn", "goelette/appli/web/src/sentry.client.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
// Le DSN est public (il n'autorise que l'envoi d'événements)
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  environment: "production",
});
''', k=hexs(32), org=rnd(7, "0123456789"), proj=rnd(7, "0123456789"))

add("yaml/helm-values-password", "goelette/infra/helm/resa-values.prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
# helm upgrade --install resa-db bitnami/postgresql -f resa-values.prod.yaml
auth:
  username: resa
  database: tiaremoana
  password: "@@s@@"
  postgresPassword: ""
  existingSecret: ""
primary:
  persistence:
    size: 20Gi
  resources:
    requests: { cpu: 250m, memory: 512Mi }
''', pw())

add("yaml/decoy-helm-existing-secret", "goelette/infra/helm/resa-values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
auth:
  username: resa
  database: tiaremoana
  existingSecret: resa-db-auth
  secretKeys:
    adminPasswordKey: postgres-password
    userPasswordKey: password
primary:
  persistence:
    size: 20Gi
metrics:
  enabled: true
''')

add("shell/kubectl-create-secret", "goelette/infra/k8s/README-secrets.sh", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/", r'''
#!/usr/bin/env bash
# Création des secrets du cluster (à lancer une fois). Tapu, 2024-06.
set -e
kubectl -n tiaremoana create secret generic resa-db-auth \
  --from-literal=postgres-password="$(openssl rand -base64 24)" \
  --from-literal=password="$(openssl rand -base64 24)"

kubectl -n tiaremoana create secret generic mailgun \
  --from-literal=api-key=@@s@@
''', mailgun())

add("yaml/argocd-repo-secret", "goelette/infra/k8s/argocd/repo-gitlab.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", r'''
apiVersion: v1
kind: Secret
metadata:
  name: repo-tiaremoana
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.com/tiaremoana/infra.git
  username: argocd
  password: @@s@@
''', gitlab())

add("yaml/decoy-external-secret", "goelette/infra/k8s/external-secrets/mailgun.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: mailgun
  namespace: tiaremoana
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-tiaremoana
    kind: ClusterSecretStore
  target:
    name: mailgun
  data:
    - secretKey: api-key
      remoteRef:
        key: tiaremoana/mailgun
        property: api_key
''')

add("shell/vault-token-export", "goelette/infra/vault/init-notes.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
#!/bin/sh
# Notes d'installation de Vault (bureau) – NE PAS GARDER CE FICHIER
export VAULT_ADDR=https://vault.tiaremoana.pf:8200
export VAULT_TOKEN=@@s@@
vault secrets enable -path=tiaremoana kv-v2
vault kv put tiaremoana/mailgun api_key=-
vault policy write resa policies/resa.hcl
''', vault_tok())

add("hcl/decoy-vault-policy", "goelette/infra/vault/policies/resa.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# Politique de l'appli de réservation : lecture seule de ses secrets
path "tiaremoana/data/resa/*" {
  capabilities = ["read"]
}

path "tiaremoana/data/mailgun" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
''')

add("age/identity-file", "goelette/infra/sops/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# Clé age du bureau (sops) – copie pour le portable de secours
# place normale : ~/.config/sops/age/keys.txt (chmod 600)
# created: 2024-06-11T09:14:52-10:00
# public key: age1@@pub@@
@@s@@
''', age_key(), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-config", "goelette/infra/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# clés publiques age des personnes qui peuvent déchiffrer
creation_rules:
  - path_regex: k8s/.*\.enc\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: >-
      age1@@p1@@,
      age1@@p2@@
  - path_regex: ansible/.*vault.*
    age: age1@@p1@@
''', p1=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), p2=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("pgp/private-key-block", "goelette/bureau/cles/tapu_secret.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
@@s@@
''', "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(8))
    + "\n=" + rnd(4, ALNUM + "+/") + "\n-----END PGP PRIVATE KEY BLOCK-----")

add("pgp/decoy-public-key", "goelette/bureau/cles/bureau_public.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: bureau@tiaremoana.pf – pour nous envoyer les listes de passagers chiffrées

@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@c@@
-----END PGP PUBLIC KEY BLOCK-----
''', l1="mDMEZm" + rnd(58, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(40, ALNUM + "+/"), c=rnd(4, ALNUM + "+/"))

add("ppk/putty-private", "goelette/bureau/cles/bord-capitaine.ppk", "https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html", r'''
PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: capitaine@goelette
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@
Private-Lines: 1
@@s@@
Private-MAC: @@mac@@
''', "AAAAI" + rnd(43, ALNUM + "+/"), pub=rnd(43, ALNUM + "+/"), mac=hexs(64))

add("ini/winscp-password", "goelette/bureau/WinSCP.ini", "https://winscp.net/eng/docs/ui_pref_storage", r'''
[Configuration\Interface]
Language=fr
[Sessions\resa@tiaremoana]
HostName=resa.tiaremoana.pf
UserName=resa
PortNumber=22
; mot de passe en clair ajouté par Vaea (l'ancien était "masqué")
Password=@@s@@
LocalDirectory=C:%5CUsers%5Cbureau%5CDocuments%5Cmanifestes
''', words_pw())

add("json/decoy-pgadmin-passfile", "goelette/bureau/pgadmin/servers.json", "https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html", r'''
{
  "Servers": {
    "1": {
      "Name": "tiaremoana (prod)",
      "Group": "Goélette",
      "Host": "db.tiaremoana.pf",
      "Port": 5432,
      "MaintenanceDB": "postgres",
      "Username": "resa",
      "PassFile": "/pgpass",
      "SSLMode": "require"
    }
  }
}
''')

add("txt/decoy-revoked-note", "goelette/notes/incident_2024-07-cle.txt", "https://docs.gitlab.com/ee/security/token_overview.html#revoke-a-token", r'''
Incident 2024-07-02 – jeton GitLab exposé
-----------------------------------------
Un jeton personnel (glpat-…) de Manu a été collé dans le groupe Messenger "Bureau".
- 09h10 : jeton révoqué dans GitLab (Settings > Access tokens), nouvelle valeur dans Bitwarden
- 09h25 : journal d'audit vérifié : aucune utilisation hors du bureau
- 09h40 : message supprimé du groupe
Rappel : aucun jeton dans les discussions. E ti'a ia tatou ia ara maite (soyons vigilants).
Valeur de l'ancien jeton : non conservée ici, volontairement.
''')

add("json/messenger-export-token", "goelette/notes/messenger/bureau/message_1.json", "https://www.facebook.com/help/212802592074644", r'''
{
  "participants": [{"name": "Manu Tapu"}, {"name": "Vaea Teriierooiterai"}],
  "messages": [
    {"sender_name": "Vaea Teriierooiterai", "timestamp_ms": 1719942900000, "content": "Manu, la CI ne trouve plus le dépôt infra"},
    {"sender_name": "Manu Tapu", "timestamp_ms": 1719943020000, "content": "prends mon jeton en attendant : @@s@@"},
    {"sender_name": "Vaea Teriierooiterai", "timestamp_ms": 1719943140000, "content": "Mauruuru ! ça marche"},
    {"sender_name": "Manu Tapu", "timestamp_ms": 1719943260000, "content": "je le révoque ce soir"}
  ],
  "title": "Bureau Tiare Moana",
  "thread_path": "inbox/bureautiaremoana_1234567890"
}
''', gitlab())

add("markdown/github-issue-leak", "goelette/appli/web/docs/issues/42-connexion-api.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
### Erreur 401 sur la synchro des paquets internes (#42)

**Description** – `yarn install` échoue sur le poste de Vaea :

```
➤ YN0041: │ @tiaremoana/billets-pdf@npm:0.3.1: Invalid authentication (as an anonymous user)
```

J'ai essayé avec ce jeton dans `.yarnrc.yml`, même résultat :

```yaml
npmAuthToken: "@@s@@"
```

**Environnement** : Windows 11, Node 20.15, Yarn 4.3.1
''', fakes.github_fine_grained_token(_seed()))

add("csv/decoy-booking-export", "goelette/reservations/exports/reservations_2024-38.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
reference,voyage,nom,atoll,cabine,paiement,transaction,montant_xpf
PA-55120,2024-38,TEHEI Moana,Manihi,3,carte,@@t1@@,42000
PA-55121,2024-38,TERIITAHI Vaea,Rangiroa,pont,especes,,9800
PA-55122,2024-38,MAHUTA Heimana,Ahe,5,virement,VIR-2024-0912,22400
PA-55123,2024-38,TAPU Rani,Takaroa,pont,carte,@@t2@@,12000
PA-55124,2024-38,HAAPA Teiki,Ahe,2,carte,@@t3@@,42000
''', t1="pi_" + mixed(24), t2="pi_" + mixed(24), t3="pi_" + mixed(24))

add("yaml/docker-compose-rabbitmq", "goelette/fret-portail/docker-compose.yml", "https://hub.docker.com/_/rabbitmq", r'''
services:
  file:
    image: rabbitmq:3.13-management
    hostname: file-fret
    environment:
      RABBITMQ_DEFAULT_USER: fret
      RABBITMQ_DEFAULT_PASS: @@s@@
    ports:
      - "15672:15672"
  pesee:
    build: ./pesee
    # pesée du coprah aux escales, envoyée quand la goélette a du réseau
    environment:
      AMQP_URL: amqp://fret:@@s@@@file:5672/
    depends_on: [file]
''', pw())

add("go/mongodb-uri", "goelette/fret-portail/pesee/main.go", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
package main

import (
	"context"
	"log"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Pesées du coprah par atoll (te tapa'o o te taiaha = relevé de la balance)
const uri = "mongodb+srv://pesee:@@s@@@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority"

func main() {
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI(uri))
	if err != nil {
		log.Fatal(err)
	}
	defer client.Disconnect(context.TODO())
	log.Println("connecté à Atlas")
}
''', pw())


# ---------------------------------------------------------------- more from both: grafting season, sales, radio and fuel

add("yaml/github-actions-hardcoded-token", "ferme/tria/.github/workflows/release-etiquettes.yml", "https://docs.github.com/en/rest/releases/releases#create-a-release", r'''
name: publier EtiquettesPerles
on:
  workflow_dispatch:
jobs:
  release:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - run: dotnet publish EtiquettesPerles -c Release -r win-x64 --self-contained
      - name: Publier sur le dépôt public des installateurs
        env:
          GH_TOKEN: @@s@@   # dépôt poerava/installateurs (secrets.GITHUB_TOKEN n'y a pas accès)
        run: gh release create v${{ github.run_number }} EtiquettesPerles/bin/Release/*.zip -R poerava/installateurs
''', fakes.github_token(_seed()))

add("python/airtable-pat", "ferme/greffe/saison_greffe.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Saison de greffe : suivi des greffeurs et des nacres greffées par filière (base Airtable)."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appQ7r2KfWm0PahiX", "Greffes")


def greffes_du_jour(date):
    # te mau 'ōpūpū (huîtres) greffées ce jour, par greffeur
    return table.all(formula=f"IS_SAME({{Date}}, '{date}', 'day')")


def ajouter(greffeur, filiere, nombre):
    table.create({"Greffeur": greffeur, "Filière": filiere, "Nacres": nombre})
''', "pat" + rnd(14, ALNUM) + "." + hexs(64))

add("markdown/decoy-greffe-notes", "ferme/greffe/notes_saison_2024.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Saison de greffe 2024 – Ahe

| Greffeur | Origine | Nacres/jour | Taux de rétention |
|---|---|---|---|
| M. Chen | Hong Kong | 780 | 71 % |
| Teiki | Ahe | 520 | 64 % |
| Mme Ito | Kobe | 690 | 74 % |

- Greffons prélevés sur les donneuses couleur aubergine (lignée F-12).
- Nucléus : billes du Mississippi 2,1 bu, commande n° NUC-2024-@@n@@.
- Airtable : le jeton d'accès est dans Bitwarden, pas ici (règle de la ferme).
- Te 'ohipa ananahi (demain) : filière 5, 1 200 nacres à greffer.
''', n=rnd(5, "0123456789"))

add("env/deepl-key", "ferme/site/.env.local", "https://developers.deepl.com/docs/getting-started/auth", r'''
# site vitrine (Next.js) – poste de Moana
# traduction des fiches produits (fr -> en, ja, zh)
DEEPL_API_KEY=@@s@@
DEEPL_GLOSSARY=perles-fr-en
NEXT_PUBLIC_SITE_URL=https://www.poerava-ahe.pf
NEXT_PUBLIC_GA_ID=G-@@ga@@
''', uuid_s() + ":fx", ga=rnd(10, UPPER))

add("js/decoy-analytics-ids", "ferme/site/src/analytics.js", "https://developers.google.com/tag-platform/gtagjs/install", r'''
// Identifiants publics de mesure d'audience (visibles dans la page, aucun secret)
export const GA_ID = "G-@@ga@@";
export const META_PIXEL_ID = "@@px@@";
export const HOTJAR_SITE_ID = 3@@hj@@;

export function initAnalytics() {
  window.dataLayer = window.dataLayer || [];
  function gtag() { window.dataLayer.push(arguments); }
  gtag("js", new Date());
  gtag("config", GA_ID, { anonymize_ip: true });
}
''', ga=rnd(10, UPPER), px=rnd(15, "0123456789"), hj=rnd(6, "0123456789"))

add("python/meta-access-token", "ferme/site/scripts/instagram_lots.py", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/content-publishing", r'''
# Publication des photos de lots sur Instagram (@poerava.ahe)
import requests

IG_USER = "17841400000000000"
TOKEN = "@@s@@"  # jeton longue durée (60 j) – renouvelé par Moana


def publier(url_image, legende):
    c = requests.post(f"https://graph.facebook.com/v20.0/{IG_USER}/media",
                      data={"image_url": url_image, "caption": legende, "access_token": TOKEN}).json()
    return requests.post(f"https://graph.facebook.com/v20.0/{IG_USER}/media_publish",
                         data={"creation_id": c["id"], "access_token": TOKEN}).json()
''', "EAA" + mixed(180))

add("yaml/whatsapp-cloud-token", "ferme/site/scripts/whatsapp.config.yml", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# WhatsApp Business (Cloud API) – réponses aux acheteurs et aux clients de la boutique
phone_number_id: "1@@pn@@"
waba_id: "1@@wb@@"
# jeton permanent de l'utilisateur système "boutique-bot"
access_token: "@@s@@"
modeles:
  confirmation: commande_confirmee_fr
  expedition: colis_expedie_fr
''', "EAA" + mixed(190), pn=rnd(14, "0123456789"), wb=rnd(14, "0123456789"))

add("json/google-oauth-client-secret", "ferme/bureau/agenda_ventes/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "agenda-ventes-poerava",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=rnd(12, "0123456789") + "-" + rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))


add("json/google-refresh-token", "ferme/bureau/agenda_ventes/token.json", "https://developers.google.com/identity/protocols/oauth2#expiration", r'''
{
  "token": "ya29.@@at@@",
  "refresh_token": "@@s@@",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "@@cid@@.apps.googleusercontent.com",
  "scopes": ["https://www.googleapis.com/auth/calendar"],
  "expiry": "2024-09-03T19:42:10Z"
}
''', "1//0" + fakes.drawn(_seed(), 99, ALNUM + "-_"), at=fakes.drawn(_seed(), 150, ALNUM + "-_"),
    cid=rnd(12, "0123456789") + "-" + rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("txt/decoy-x-ray-report", "ferme/tria/rx/rapport_RX_2024-1193.txt", "https://www.service-public.pf/drm/", r'''
DIRECTION DES RESSOURCES MARINES – CONTRÔLE DES PERLES DE CULTURE
Rapport de radiographie n° DRM-RX-2024-1193
Exportateur : Te Poe Rava o Ahe SARL    Lots : AHE-2024-117, AHE-2024-118
Perles contrôlées : 700    Rejetées (nacre < 0,8 mm) : 14    Acceptées : 686
Empreinte du fichier image (SHA-256) : @@h@@
Référence de scellé : SC-@@sc@@
Agent contrôleur : matricule 0412
Ce rapport accompagne la déclaration d'export. Te mau poe i ha'apa'ohia (perles contrôlées).
''', h=hexs(64), sc=rnd(8, "0123456789"))

add("csharp/azure-storage-connection", "ferme/bureau/EtiquettesPerles/Stockage.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace EtiquettesPerles
{
    // Archivage des étiquettes PDF (conteneur "etiquettes")
    internal static class Stockage
    {
        private const string Cs = "DefaultEndpointsProtocol=https;AccountName=poeravaarchives;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Conteneur() => new BlobContainerClient(Cs, "etiquettes");
    }
}
''', azure_storage_key())

add("url/azure-sas", "ferme/bureau/liens/partage_photos_acheteurs.txt", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
Lien de téléchargement des photos du lot AHE-2024-117 pour l'acheteur de Kobe
(valable jusqu'à fin 2025, lecture + liste sur tout le conteneur)

https://poeravaarchives.blob.core.windows.net/photos-lots?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&st=2024-09-01T00:00:00Z&spr=https&sig=@@s@@

Mauruuru – Moana
''', fakes.drawn(_seed(), 43, ALNUM + "%") + "%3D")

add("txt/decoy-presigned-expired", "ferme/bureau/liens/lien_catalogue_expire.txt", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", r'''
Catalogue de la vente HK (PDF) – lien envoyé aux acheteurs le 20/08, expiré le 27/08.
Ne plus l'utiliser : regénérer un lien avec `aws s3 presign` si besoin.

https://poerava-lots.s3.ap-southeast-2.amazonaws.com/catalogues/HK-2024-09.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA@@kid@@%2F20240820%2Fap-southeast-2%2Fs3%2Faws4_request&X-Amz-Date=20240820T180000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@

Hinano
''', kid=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sig=hexs(64))

add("env/aws-session-token", "ferme/export/.aws-session.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", r'''
# sortie de `aws sts assume-role --role-arn arn:aws:iam::…:role/export-declarations` (collée par Hinano)
export AWS_ACCESS_KEY_ID=ASIA@@kid@@
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@s@@
export AWS_REGION=ap-southeast-2
''', fakes.aws_session_token(_seed()), kid=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sk=fakes.aws_secret_key(_seed()))

add("python/hf-token", "ferme/analyse/classer_couleurs.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Essai : classement automatique des couleurs (aubergine, paon, pistache…) sur les photos du banc."""
from huggingface_hub import login
from transformers import pipeline

login(token="@@s@@")  # jeton d'écriture (dépôt privé poerava/couleurs-perles)

classeur = pipeline("image-classification", model="poerava/couleurs-perles-vit")


def couleur(photo):
    meilleur = classeur(photo)[0]
    return meilleur["label"], round(meilleur["score"], 3)
''', hf_tok())

add("yaml/datadog-api-key", "goelette/infra/ansible/roles/datadog/vars/main.yml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
---
datadog_site: "datadoghq.com"
datadog_api_key: "@@s@@"
datadog_config:
  tags:
    - "societe:tiaremoana"
    - "lieu:fare-ute"
  logs_enabled: true
datadog_checks:
  postgres:
    init_config:
    instances:
      - host: localhost
        username: datadog
''', datadog())

add("yaml/newrelic-license", "goelette/reservations/config/newrelic.yml", "https://docs.newrelic.com/docs/apm/agents/ruby-agent/configuration/ruby-agent-configuration/", r'''
common: &default_settings
  license_key: '@@s@@'
  app_name: Resa Tiare Moana
  log_level: info

production:
  <<: *default_settings
  monitor_mode: true

development:
  <<: *default_settings
  monitor_mode: false
''', hexs(36) + "NRAL")

add("ini/decoy-newrelic-env", "goelette/suivi/newrelic.ini", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", r'''
[newrelic]
# la clé de licence vient de NEW_RELIC_LICENSE_KEY (variable du conteneur)
app_name = Suivi goelette
monitor_mode = true
log_level = info
distributed_tracing.enabled = true

[newrelic:development]
monitor_mode = false
''')

add("python/cloudinary-url", "ferme/site/scripts/photos_cloudinary.py", "https://cloudinary.com/documentation/python_integration#configuration", r'''
# Envoi des photos retouchées vers Cloudinary (fiches boutique)
import os
import cloudinary.uploader

os.environ.setdefault("CLOUDINARY_URL", "cloudinary://@@k@@:@@s@@@poerava")


def envoyer(chemin, code_perle):
    return cloudinary.uploader.upload(chemin, public_id=f"perles/{code_perle}", folder="boutique",
                                      tags=["tahiti", "poe-rava"])
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), k=rnd(15, "0123456789"))

add("java/jdbc-password", "goelette/outils/copra-report/src/main/java/pf/tiaremoana/copra/Rapport.java", "https://jdbc.postgresql.org/documentation/use/", r'''
package pf.tiaremoana.copra;

import java.sql.Connection;
import java.sql.DriverManager;

/** Rapport mensuel du coprah transporté (pour la Caisse de soutien des prix). */
public class Rapport {
    static Connection connexion() throws Exception {
        return DriverManager.getConnection(
            "jdbc:postgresql://db.tiaremoana.pf:5432/tiaremoana?sslmode=require",
            "rapport",
            "@@s@@");
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = connexion()) {
            System.out.println("Coprah : " + Requetes.tonnageMois(c, args[0]) + " t");
        }
    }
}
''', words_pw())

add("txt/radio-log-password", "goelette/notes/journal_radio_2024-38.txt", "https://www.itu.int/en/ITU-R/terrestrial/fmd/Pages/mars.aspx", r'''
JOURNAL RADIO – Tiare Moana – voyage 2024-38
06:00  vacation BLU avec Fare Ute : position 15°02'S 147°38'W, vent E 15 nd, mer 1,5 m
06:05  bureau : réservation fret ajoutée (ciment Takaroa, 80 sacs)
06:10  Starlink en panne depuis 02:00 ; redémarré 06:30 OK
06:40  Vaea demande l'accès au portail fret depuis le bord :
       compte "bord", mdp @@s@@ (donné par radio, à changer au retour)
11:30  arrivée passe de Ahe, attente marée
12:15  à quai Ahe – déchargement gazole 6 fûts
''', words_pw())

add("toml/netlify-token", "ferme/site/netlify.deploy.toml", "https://docs.netlify.com/cli/get-started/#authentication", r'''
# déploiement manuel du site vitrine (quand la CI est en panne)
[deploy]
site_id = "@@site@@"
auth_token = "@@s@@"
dir = "out"

[build.environment]
NODE_VERSION = "20"
''', "nfp_" + mixed(36), site=uuid_s())

add("toml/decoy-netlify", "ferme/site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", r'''
[build]
  command = "npm run build"
  publish = "out"

[build.environment]
  NODE_VERSION = "20"
  # DEEPL_API_KEY est défini dans l'interface Netlify (Site settings > Environment)

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; img-src 'self' https://res.cloudinary.com"
''')

add("cron/crontab-password", "goelette/ops/bord/crontab.capitaine", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h  dom mon dow   command
# sauvegarde caisse toutes les nuits (heure de Tahiti)
30 23 * * * mysqldump -ucaisse -p@@s@@ caisse_bord | gzip > /srv/caisse/backups/caisse-$(date +\%F).sql.gz
# envoi au bureau quand Starlink est là
0 * * * * /usr/local/bin/envoyer-sauvegardes.sh >> /var/log/envoi.log 2>&1
*/5 * * * * /usr/local/bin/starlink-watch --once
''', pw())

add("python/square-token", "goelette/bureau/caisse_quai.py", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
"""Caisse du quai (billets payés à Fare Ute sur le terminal Square)."""
from square.client import Client

client = Client(access_token="@@s@@", environment="production")


def ventes_du_jour(location_id, debut, fin):
    r = client.payments.list_payments(begin_time=debut, end_time=fin, location_id=location_id)
    return [(p["id"], p["amount_money"]["amount"], p["amount_money"]["currency"]) for p in r.body.get("payments", [])]
''', "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_"))

add("python/teams-webhook", "ferme/export/alertes_teams.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
# Alerte dans Teams (canal Export) quand la douane valide une déclaration
import requests

WEBHOOK = "@@s@@"


def declaration_validee(numero, visa):
    requests.post(WEBHOOK, json={"text": f"✅ Déclaration {numero} validée (visa {visa}). 'Ua oti !"}, timeout=15)
''', teams_webhook())

add("yaml/doppler-service-token", "goelette/fret-portail/doppler.yaml", "https://docs.doppler.com/docs/service-tokens", r'''
# Doppler – configuration du portail fret (prd)
setup:
  - project: fret-portail
    config: prd
# jeton de service collé ici pour le serveur de l'hébergeur (pas de CLI interactive là-bas)
token: @@s@@
''', "dp.st.prd." + fakes.drawn(_seed(), 40, ALNUM))

add("yaml/pulumi-access-token", "goelette/infra/pulumi/Pulumi.prod.yaml", "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/", r'''
config:
  hcloud:token:
    secure: v1:@@enc@@
  tiaremoana:region: hil
  tiaremoana:serveurs: 2
# pour la CI de l'hébergeur (pas de secrets GitLab là-bas) – Tapu
# PULUMI_ACCESS_TOKEN=@@s@@
''', "pul-" + hexs(40), enc=b64(rnd(60)))

add("toml/flyio-token", "goelette/suivi/fly.toml", "https://fly.io/docs/security/tokens/", r'''
app = "suivi-goelette"
primary_region = "syd"

[build]
  dockerfile = "Dockerfile"

[http_service]
  internal_port = 8000
  force_https = true

# jeton de déploiement (fly tokens create deploy) – provisoire, pour le PC du bureau
# FLY_API_TOKEN = "@@s@@"
''', "FlyV1 fm2_" + fakes.drawn(_seed(), 120, ALNUM + "+/") + "==")

add("shell/scaleway-secret", "goelette/infra/scaleway/sauvegarde_s3.sh", "https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/", r'''
#!/usr/bin/env bash
# Copie mensuelle des manifestes vers Object Storage Scaleway (Paris) – archive 10 ans (douane)
export AWS_ACCESS_KEY_ID=SCW@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
aws --endpoint-url https://s3.fr-par.scw.cloud s3 sync /srv/manifestes s3://tiaremoana-manifestes/ \
    --storage-class GLACIER
echo "archives à jour – $(date)"
''', uuid_s(), kid=rnd(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))

add("python/trello-token", "goelette/bureau/trello_chargement.py", "https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/", r'''
"""Tableau Trello « Chargement » : une carte par colis en attente au quai de Fare Ute."""
import requests

CLE = "@@k@@"
JETON = "@@s@@"
LISTE_QUAI = "66a0f1c2b3d4e5f601234567"


def carte_colis(ref, designation, atoll):
    return requests.post("https://api.trello.com/1/cards",
                         params={"key": CLE, "token": JETON, "idList": LISTE_QUAI,
                                 "name": f"{ref} – {designation} → {atoll}"}, timeout=15).json()
''', "ATTA" + hexs(64) + rnd(8, "0123456789ABCDEF"), k=hexs(32))

add("yaml/mailjet-secret", "goelette/fret-portail/config/mailjet.yml", "https://dev.mailjet.com/email/guides/getting-started/", r'''
# Avis de fret (« Tō 'outou tauiha'a ua tae » = votre marchandise est arrivée)
mailjet:
  api_key: @@k@@
  secret_key: @@s@@
  expediteur: fret@tiaremoana.pf
  nom_expediteur: Fret Tiare Moana
  modele_arrivee: 6123456
''', hexs(32), k=hexs(32))

add("txt/tahitian-note-password", "ferme/greffe/parau_na_teiki.txt", "https://www.academietahitienne.pf/", r'''
Parau na Teiki – no te fare tapiho'ora'a (bureau)

'Ia ora na Hinano,
Ua taui au i te parau huna o te roro uira o te fare tāpe'ara'a poe (PC du coffre à perles).
Teie te parau huna 'āpī : @@s@@
A tāpe'a i roto i te Bitwarden, e a tūtui i teie parau.
(Nouveau mot de passe du PC du coffre – à mettre dans Bitwarden puis jeter ce mot.)

Māuruuru,
Teiki
''', words_pw())
