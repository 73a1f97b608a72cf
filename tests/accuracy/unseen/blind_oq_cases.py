"""Blind set OQ: a millet-flour mill in Niamey and a solar water-pump installer in Saint-Louis.

The mill (Hamni Hayni SARL, Niamey: mobile-money collection, orders by WhatsApp and SMS, stock
and weighbridge, delivery to boutiques) and the pump installer (Ndiyam Naange Solaire,
Saint-Louis: pump controllers over GSM/MQTT, remote monitoring, quotes, Wave/Orange Money
payments), with notes and comments in French, Zarma and Pulaar, mixed with English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8980000-8989999).
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
SEED_LO, SEED_HI = 8980000, 8989999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hayni", "Hamni", "Gaani", "Naange", "Ndiyam", "Fleuve", "Gorou", "Koira", "Ceeɓe", "Ndar",
         "Goudel", "Yantala", "Sorey", "Baobab", "Kopto", "Lakkal", "Sahel", "Tillaberi", "Gandiol", "Maayo"]
WORDS = [w.replace("ɓ", "b") for w in WORDS]


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


def pw() -> str:
    return fakes.password(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def paystack() -> str:
    return "sk_live_" + hexs(40)


def flutterwave() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def wave_key() -> str:
    return "wave_sn_prod_" + fakes.drawn(_seed(), 64, ALNUM + "-_")


def at_key() -> str:
    return "atsk_" + hexs(64)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_auth() -> str:
    return hexs(32)


def twilio_sk() -> str:
    return "SK" + hexs(32)


def infobip() -> str:
    return hexs(32) + "-" + uuid_s()


def meta_token() -> str:
    return mixed(180, "EAAG")


def fcm_key() -> str:
    return "AAAA" + mixed(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailgun() -> str:
    return "key-" + hexs(32)


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def mapbox_secret() -> str:
    body = base64.urlsafe_b64encode(b'{"u":"ndiyamnaange","a":"' + rnd(25, HEX).encode() + b'"}').decode().rstrip("=")
    return "sk." + body + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def influx_token() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "-_") + "=="


def vrm_token() -> str:
    return hexs(64)


def tb_token() -> str:
    return mixed(20)


def sentry_auth() -> str:
    return "sntrys_" + mixed(120)


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pkcs8_pem() -> str:
    return fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE")


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
    CASES.append(LabelledCase("blind-oq/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- moulin Hamni Hayni (Niamey): paiements

add("python/paystack-live", "moulin/hamni/paiement/paystack_client.py", "https://paystack.com/docs/api/authentication/", r'''
"""Encaissement des commandes de farine (Paystack). Nooru zaa = collecte de l'argent."""
import requests

# TODO(moussa): mettre la clé dans le .env, provisoire
PAYSTACK_SECRET = "@@s@@"
BASE = "https://api.paystack.co"


def init_paiement(email, montant_fcfa, ref):
    r = requests.post(
        f"{BASE}/transaction/initialize",
        headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"},
        json={"email": email, "amount": montant_fcfa * 100, "reference": ref, "currency": "XOF"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["data"]["authorization_url"]
''', paystack())

add("env/flutterwave", "moulin/hamni/.env.production", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
# Hamni Hayni - production (serveur Niamey, Orange Cloud)
APP_ENV=production
APP_URL=https://commandes.hamnihayni.ne
DB_HOST=127.0.0.1
DB_NAME=hamni_prod
DB_USER=hamni
DB_PASSWORD=${DB_PASSWORD}
FLW_PUBLIC_KEY=FLWPUBK-4c1e0a9d22f3b7e8a6d5c0b1f9e2a3d4-X
FLW_SECRET_KEY=@@s@@
FLW_ENCRYPTION_KEY=${FLW_ENCRYPTION_KEY}
DEVISE=XOF
''', flutterwave())

add("php/orange-money-basic", "moulin/hamni/site/includes/orange_money.php", "https://developer.orange.com/apis/om-webpay/getting-started", r'''
<?php
// Orange Money WebPay - Niger. Fofo Hadiza pour le test de vendredi.
// Authorization header = "Basic " . base64(client_id:client_secret)
define('OM_AUTH_HEADER', 'Basic @@s@@');
define('OM_MERCHANT_KEY', getenv('OM_MERCHANT_KEY'));

function om_token() {
    $ch = curl_init('https://api.orange.com/oauth/v3/token');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: ' . OM_AUTH_HEADER, 'Accept: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, 'grant_type=client_credentials');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $res = json_decode(curl_exec($ch), true);
    return $res['access_token'];
}
''', b64("Hn7dK2pQw9XrT4mB8vYcLz0aEf6Gs1Ju:" + mixed(16)))

add("yaml/africastalking", "moulin/hamni/sms/config.yml", "https://developers.africastalking.com/docs/authentication", r'''
# Envoi des SMS de confirmation aux boutiques (Africa's Talking)
# Zarma: "War ka fonda" -> message de livraison
africastalking:
  username: hamnihayni
  api_key: "@@s@@"
  sender_id: HAMNIHAYNI
templates:
  livraison: "Fofo! Ni hamni boro (commande {ref}) ga koy ni do suba. Hamni Hayni."
  paiement: "Paiement recu: {montant} FCFA. A jaraama."
''', at_key())

add("js/twilio-auth", "moulin/hamni/bot/whatsapp.js", "https://www.twilio.com/docs/iam/credentials/api", r'''
// Bot WhatsApp pour les commandes de farine de mil
const twilio = require("twilio");

const accountSid = "AC0e7d1b5a9c3f48e2a6b0d7c4f1e9a2b3";
const authToken = "@@s@@"; // a changer avant la mise en prod !!
const client = twilio(accountSid, authToken);

async function confirmer(numero, ref, kilos) {
  return client.messages.create({
    from: "whatsapp:+22790112233",
    to: `whatsapp:${numero}`,
    body: `Commande ${ref}: ${kilos} kg hamni. Fofo, ir ga kande a.`,
  });
}

module.exports = { confirmer };
''', twilio_auth())

add("json/meta-whatsapp", "moulin/hamni/bot/meta.config.json", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
{
  "phone_number_id": "104857362918273",
  "waba_id": "112233445566778",
  "graph_version": "v19.0",
  "access_token": "@@s@@",
  "verify_token_env": "WA_VERIFY_TOKEN",
  "langue_defaut": "fr"
}
''', meta_token())

add("python/wave-key", "moulin/hamni/paiement/wave_checkout.py", "https://docs.wave.com/business", r'''
import os
import requests

# Clients au Sénégal (Ndar / Dakar) paient par Wave
WAVE_API_KEY = os.getenv("WAVE_API_KEY", "@@s@@")


def session_wave(montant, ref):
    r = requests.post(
        "https://api.wave.com/v1/checkout/sessions",
        headers={"Authorization": f"Bearer {WAVE_API_KEY}"},
        json={"amount": str(montant), "currency": "XOF", "client_reference": ref,
              "success_url": "https://commandes.hamnihayni.ne/merci"},
    )
    return r.json()["wave_launch_url"]
''', wave_key())

add("env/decoy-placeholders", "moulin/hamni/.env.example", "https://12factor.net/config", r'''
# Copier en .env et remplir. Ne jamais commiter le vrai .env !
APP_ENV=development
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_NAME=hamni_dev
DB_USER=hamni
DB_PASSWORD=changeme
PAYSTACK_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
WAVE_API_KEY=<demander a Moussa>
AT_API_KEY=
''')

add("python/decoy-env-lookup", "moulin/hamni/paiement/settings.py", "https://docs.python.org/3/library/os.html#os.environ", r'''
"""Configuration des paiements: tout vient de l'environnement (voir .env.example)."""
import os

PAYSTACK_SECRET = os.environ["PAYSTACK_SECRET"]
FLW_SECRET_KEY = os.environ.get("FLW_SECRET_KEY", "")
WAVE_API_KEY = os.environ["WAVE_API_KEY"]
OM_CLIENT_ID = os.environ["OM_CLIENT_ID"]
OM_CLIENT_SECRET = os.environ["OM_CLIENT_SECRET"]

# Zarma: nooru = argent ; hamni = farine
DEVISE = "XOF"
MONTANT_MIN_FCFA = 500
''')

add("php/decoy-vault", "moulin/hamni/site/includes/secrets.php", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2", r'''
<?php
// Les secrets sont dans Vault (kv/hamni/prod). Jamais en dur ici.
function secret($cle) {
    $token = getenv('VAULT_TOKEN');
    $ch = curl_init('https://vault.interne.hamnihayni.ne/v1/kv/data/hamni/prod');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Vault-Token: ' . $token]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $data = json_decode(curl_exec($ch), true);
    return $data['data']['data'][$cle] ?? null;
}

$om_secret = secret('om_client_secret');
$paystack = secret('paystack_secret');
''')

add("js/decoy-public-key", "moulin/hamni/site/public/js/paiement.js", "https://developer.flutterwave.com/docs/collecting-payments/inline", r'''
// Paiement inline Flutterwave - la cle PUBLIQUE seulement (pas la secrete)
function payerCommande(ref, montant, tel) {
  FlutterwaveCheckout({
    public_key: "FLWPUBK-9d0c7b2e4a1f35c8e6b7a9d0f2c4e1b3-X",
    tx_ref: ref,
    amount: montant,
    currency: "XOF",
    payment_options: "mobilemoneyfranco",
    customer: { phone_number: tel, name: "Client Hamni" },
    customizations: { title: "Hamni Hayni", description: "Farine de mil" },
  });
}
''')

add("md/decoy-docs-example", "moulin/hamni/docs/paiements.md", "https://paystack.com/docs/api/", r'''
# Paiements — Hamni Hayni

Nous utilisons Paystack (cartes), Flutterwave (mobile money Niger) et Wave (Sénégal).

## Configuration locale

```bash
export PAYSTACK_SECRET=sk_test_...        # clé de test, voir le tableau de bord
export FLW_SECRET_KEY=FLWSECK_TEST-...-X
export WAVE_API_KEY=wave_sn_prod_...      # demander à Moussa, ne pas la coller ici
```

La clé live est dans Vault (`kv/hamni/prod`). Ay ga ni wiri: ne la mettez jamais dans Git.
Rotation tous les 6 mois (dernière: mars).
''')

# ---------------------------------------------------------------- moulin: base de données, ERP

add("ini/odoo-admin", "moulin/hamni/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; Odoo du moulin (stock mil, sacs, ventes boutiques)
addons_path = /opt/odoo/addons,/opt/odoo/hamni_addons
admin_passwd = @@s@@
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
http_port = 8069
proxy_mode = True
logfile = /var/log/odoo/odoo.log
workers = 3
''', words_pw())

add("yaml/postgres-url", "moulin/hamni/deploy/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/", r'''
services:
  web:
    image: registry.gitlab.com/hamnihayni/commandes:1.8.2
    restart: always
    environment:
      DATABASE_URL: postgres://hamni:@@s@@@db:5432/hamni_prod
      TZ: Africa/Niamey
    ports:
      - "8000:8000"
    depends_on: [db]
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: hamni
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pass
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
''', pw())

add("sql/mysql-grant", "moulin/hamni/db/init/02_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- Utilisateurs de la base "pont_bascule" (pesée des camions de mil)
-- Hamni Hayni, Niamey - ne pas modifier sans Issa
CREATE DATABASE IF NOT EXISTS pont_bascule CHARACTER SET utf8mb4;
CREATE USER 'bascule_app'@'10.10.%' IDENTIFIED BY '@@s@@';
GRANT SELECT, INSERT, UPDATE ON pont_bascule.* TO 'bascule_app'@'10.10.%';
CREATE USER 'lecture'@'%' IDENTIFIED BY RANDOM PASSWORD;
GRANT SELECT ON pont_bascule.* TO 'lecture'@'%';
FLUSH PRIVILEGES;
''', words_pw())

add("json/sqlserver-connstring", "moulin/hamni/bascule/BasculeService/appsettings.json", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Bascule": "Server=192.168.10.5,1433;Database=PontBascule;User Id=sa;Password=@@s@@;TrustServerCertificate=True"
  },
  "Balance": { "Port": "COM3", "BaudRate": 9600, "Unite": "kg" },
  "Site": "Moulin Hamni Hayni - Route de Tillabéri"
}
''', words_pw())

add("python/decoy-hash", "moulin/hamni/odoo/hamni_addons/hamni_users/data/users.py", "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.pbkdf2_digest.html", r'''
# Comptes de démo du module Hamni (mot de passe haché, généré par passlib)
DEMO_USERS = [
    {"login": "caisse.niamey", "name": "Caisse Niamey",
     "password_hash": "$pbkdf2-sha512$25000$Zmw0dHlWbG1uSTZL$Qq3h0u7tR2S0bFqPpNx1cB1dY2eJzK5WmA9YtL0oV4s7nH3gE6fD8kC2jI1hG0pM9nB5vX4zQ3wR2sT1uY6aA"},
    {"login": "magasin", "name": "Magasin farine",
     "password_hash": "$pbkdf2-sha512$25000$bmFpYW1leUhheW5p$7fA2kL9pQ3wE8rT1yU6iO0pA4sD5fG7hJ2kL3zX9cV8bN1mQ6wE4rT7yU0iO3pA5sD2fG8hJ1kL4zX6cV9bN3mQ"},
]
# Fofo: les vrais mots de passe sont donnés en personne au magasin.
''')

add("yaml/decoy-secret-ref", "moulin/hamni/k8s/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: commandes
  namespace: hamni
spec:
  replicas: 2
  selector:
    matchLabels: { app: commandes }
  template:
    metadata:
      labels: { app: commandes }
    spec:
      containers:
        - name: web
          image: registry.gitlab.com/hamnihayni/commandes:1.8.2
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: hamni-db, key: url }
            - name: PAYSTACK_SECRET
              valueFrom:
                secretKeyRef: { name: hamni-paiement, key: paystack }
''')


_pg = pw()
add("k8s/secret-data-b64", "moulin/hamni/k8s/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# TODO: passer a sealed-secrets (Abdou)
apiVersion: v1
kind: Secret
metadata:
  name: hamni-db
  namespace: hamni
type: Opaque
data:
  url: @@enc@@
''', _pg, enc=b64(f"postgres://hamni:{_pg}@postgres.hamni.svc:5432/hamni_prod"))

add("sh/pg-dump-cron", "moulin/hamni/scripts/sauvegarde.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
#!/bin/bash
# Sauvegarde nocturne de la base du moulin -> disque USB + Backblaze
# Zarma: "Cijin kulu" = chaque nuit
set -euo pipefail
export PGPASSWORD='@@s@@'
JOUR=$(date +%F)
pg_dump -h 127.0.0.1 -U hamni hamni_prod | gzip > /mnt/usb/sauvegardes/hamni_$JOUR.sql.gz
rclone copy /mnt/usb/sauvegardes b2:hamni-sauvegardes --max-age 24h
find /mnt/usb/sauvegardes -mtime +30 -delete
echo "sauvegarde $JOUR ok"
''', pw())

add("yaml/decoy-sealed", "moulin/hamni/k8s/sealed-paiement.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: hamni-paiement
  namespace: hamni
spec:
  encryptedData:
    paystack: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq0Rj7g8Ks2vQZ5pM3bT6wYnH1fJ8kL2xR9cV4mN7qA0sD3gF6hJ9kL1zX5cV8bN2mQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL9z==
    flutterwave: AgCx8n2PKTVL+QjUzTZAAB0sP54dHEFr1Sk8h9Lt3wRA6qN4cU7xZoI2gK9lM3yS0dW5nO8rB1tE4hG7iK0lM2aY6dW9cO3nR5xF8sU1zV4jP7qB0tE3hG6iK9lM2aY5dW8cO1nR4xF7sU0zV3jP6qB9tE2hG5iK8lM1aY4dW7cO0n==
  template:
    metadata:
      name: hamni-paiement
      namespace: hamni
''')

add("ini/decoy-pgpass-comment", "moulin/hamni/docs/acces_base.txt", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
Accès à la base du moulin (note pour les nouveaux)
=================================================
- hôte: 127.0.0.1 (via tunnel SSH sur le serveur de Yantala)
- base: hamni_prod, utilisateur: hamni
- le mot de passe est dans le coffre Bitwarden "Hamni - Serveurs", entrée "postgres hamni"
- créez votre ~/.pgpass ainsi (mode 0600):
    127.0.0.1:5432:hamni_prod:hamni:<mot de passe du coffre>
Ay ga ni hã: demandez à Issa si vous n'avez pas accès au coffre.
''')

# ---------------------------------------------------------------- moulin: infra, CI

add("gitlab-ci/docker-pat", "moulin/hamni/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
stages: [test, build, deploy]

variables:
  IMAGE: hamnihayni/commandes

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "@@s@@" | docker login -u hamnihayni --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]
''', docker_pat())

add("ssh/private-key", "moulin/hamni/deploy/cles/deploy_yantala", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())


add("pub/decoy-ssh-public", "moulin/hamni/deploy/cles/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Serveur de Yantala - clés autorisées (deploy + équipe)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF3kq9Lw2Rz8mXbT0cJvH7nYp4sEa1dUg6fQo5iW3rNt deploy@hamni-ci
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ7bQ2xWk5mN0pR8sT3vY6zA9cE2fH5jL8nP1qS4uV7x issa@portable
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7mK9pL2xQ8vR4tY6wZ0bN3cF5hJ7kM1nP9qS2uV4xA6zC8eG0iK3lO5rT7wY9aB1dE3fH5jL7nP9qS1uV3xA5zC7eG9iK2lO4rT6wY8aB0dE2fH4jL6nP8qS0uV2xA4zC6eG8iK1lO3rT5wY7aB9dE1fH3jL5nP7qS9uV1xA3zC5eG7iK0lO2rT4wY6aB8dE0fH2jL4nP6qS8uV0xA2zC4eG6iK9lO1rT3wY5aB7dE9fH1jL3nP5qS7uV9xA1zC3eG5iK8lO0rT2wY4aB6dE8fH0jL2nP4qS6uV8xA0zC2eG4iK7lO9rT1wY3aB5dE7f moussa@bureau
# ancien portable d'Abdou retiré le 2024-01-10 (clé supprimée)
# Zarma: boro kaŋ si ne, a si furo — qui n'est pas ici n'entre pas
''')

add("tf/aws-keys", "moulin/hamni/infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r'''
# Sauvegardes hors site (S3 eu-west-3). Hamni Hayni.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-3"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "sauvegardes" {
  bucket = "hamni-hayni-sauvegardes"
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "moulin/hamni/infra/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = eu-west-3

[hamni-sauvegarde]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("tf/decoy-variables", "moulin/hamni/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "db_password" {
  description = "Mot de passe Postgres (fourni par TF_VAR_db_password, jamais ici)"
  type        = string
  sensitive   = true
}

variable "paystack_secret" {
  description = "Clé Paystack live, lue depuis le coffre"
  type        = string
  sensitive   = true
  default     = null
}

variable "region" {
  type    = string
  default = "eu-west-3"
}
''')


_gpem = pkcs8_pem()
add("json/gcp-service-account", "moulin/hamni/infra/gcp/hamni-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "hamni-hayni-stock",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "sheets-stock@hamni-hayni-stock.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _gpem.splitlines()[3], kid=hexs(40), pem=_gpem.replace("\n", "\\n"))

add("json/decoy-gcp-public-config", "moulin/hamni/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "583920174625",
    "project_id": "hamni-commandes",
    "storage_bucket": "hamni-commandes.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:583920174625:android:4b7c9e2d1a0f3e58",
        "android_client_info": { "package_name": "ne.hamnihayni.commandes" }
      },
      "oauth_client": [],
      "configuration_version": "1"
    }
  ]
}
''')

add("github-actions/decoy-secrets-ref", "moulin/hamni/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Connexion Docker Hub
        uses: docker/login-action@v3
        with:
          username: hamnihayni
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - name: Déployer sur Yantala
        env:
          SSH_KEY: ${{ secrets.DEPLOY_KEY }}
        run: ./scripts/deployer.sh
''')

add("python/telegram-bot", "moulin/hamni/bot/telegram_stock.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Alerte stock: quand le mil en sacs passe sous 40 sacs, message au groupe "Hamni Magasin"
import requests

TOKEN = "@@s@@"
CHAT_ID = -1001873456120


def alerte(sacs_restants):
    texte = f"⚠️ Hayni sacs kaŋ cindi: {sacs_restants}. Commander chez le fournisseur de Tillabéri."
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": texte}, timeout=10)
''', fakes.telegram_token(_seed()))

add("csv/decoy-ids", "moulin/hamni/data/boutiques.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
code,nom,quartier,telephone,wave_id,orange_money,dernier_paiement_ref
B001,Boutique Hadiza,Yantala,+22790445566,M_sn_9Kx2Lp4Qr7Tt,+22790445566,T_8f3a2c1e9b7d4e60
B002,Alimentation Garba,Lazaret,+22796223344,,+22796223344,T_1b9e7c5a3d2f8e04
B003,Chez Mariama,Koira Kano,+22799887766,M_sn_3Wq8Zt1Vb6Nm,,T_a4d2f6e8c0b1e3f7
B004,Kiosque Sorey,Gamkalley,+22791002030,,+22791002030,T_6e0c4a2b8d9f1e35
B005,Épicerie Talladjé,Talladjé,+22790776655,M_sn_7Hj4Kl2Mn9Pq,+22790776655,T_c3b5e7f9a1d2c4e6
''')

add("log/decoy-masked", "moulin/hamni/logs/paiement-2024-03-14.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2024-03-14 08:02:11 INFO  paiement: init Paystack ref=HH-24-0311 montant=45000 XOF key=sk_live_****************************3f9a
2024-03-14 08:02:12 INFO  paiement: réponse 200 authorization_url=https://checkout.paystack.com/7hq2k4m9x1
2024-03-14 08:05:40 WARN  paiement: webhook signature invalide (x-paystack-signature=9a4c...e21b) ip=196.46.12.8
2024-03-14 08:06:02 INFO  wave: session créée id=cos-1h7k3m9p2q4 client_reference=HH-24-0312
2024-03-14 08:10:55 INFO  flutterwave: tx_ref=HH-24-0313 status=successful flw_ref=FLW-MOCK-8d3e2a1c
2024-03-14 08:11:03 ERROR orange: token expiré, renouvellement (client_id=Hn7d***)
''')


# ---------------------------------------------------------------- Ndiyam Naange Solaire (Saint-Louis): pompes, télémétrie

add("cpp/mqtt-password", "ndiyam/firmware/pompe_ctrl/src/config.h", "https://pubsubclient.knolleary.net/api#connect", r'''
// Contrôleur de pompe solaire - ESP32 + SIM800L
// Pulaar: "ndiyam" = eau, "naange" = soleil. Ndiyam Naange Solaire, Ndar.
#pragma once

#define SITE_ID        "GANDIOL-03"
#define APN            "internet"          // Orange SN
#define MQTT_HOST      "mqtt.ndiyamnaange.sn"
#define MQTT_PORT      8883
#define MQTT_USER      "pompe-gandiol-03"
#define MQTT_PASS      "@@s@@"
#define NIVEAU_MIN_CM  40   // arrêt pompe si le forage est trop bas
#define PERIODE_S      300
''', fakes.redis_password(_seed()))

add("ino/wifi-password", "ndiyam/firmware/station_meteo/station_meteo.ino", "https://docs.arduino.cc/libraries/wifi/#%60WiFi.begin()%60", r'''
// Station météo du dépôt de Sor (ensoleillement, température panneau)
#include <WiFi.h>
#include <HTTPClient.h>

const char* ssid     = "NDIYAM-DEPOT";
const char* password = "@@s@@";   // wifi du dépôt, ko Aliou anndi
const char* endpoint = "https://telemetrie.ndiyamnaange.sn/api/meteo";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
}

void loop() {
  int lux = analogRead(34);
  HTTPClient http;
  http.begin(endpoint);
  http.addHeader("Content-Type", "application/json");
  http.POST(String("{\"lux\":") + lux + "}");
  http.end();
  delay(60000);
}
''', words_pw())

add("python/victron-vrm", "ndiyam/monitoring/vrm_releve.py", "https://vrm-api-docs.victronenergy.com/#/", r'''
"""Relevé quotidien des installations Victron via l'API VRM.
Mi ɗaɓɓii: on prend la production solaire d'hier pour chaque site."""
import requests

VRM_TOKEN = "@@s@@"
SITES = {"Gandiol": 184233, "Mpal": 190874, "Ross Béthio": 201556}

H = {"X-Authorization": f"Token {VRM_TOKEN}"}

for nom, site_id in SITES.items():
    r = requests.get(f"https://vrmapi.victronenergy.com/v2/installations/{site_id}/stats",
                     headers=H, params={"type": "kwh", "interval": "days"}, timeout=30)
    r.raise_for_status()
    print(nom, r.json()["records"].get("Pb", [])[-1:])
''', vrm_token())

add("yaml/thingsboard-token", "ndiyam/monitoring/gateway/tb_gateway.yaml", "https://thingsboard.io/docs/iot-gateway/configuration/", r'''
thingsboard:
  host: tb.ndiyamnaange.sn
  port: 1883
  remoteShell: false
  security:
    accessToken: @@s@@
  qos: 1
storage:
  type: memory
  read_records_count: 100
  max_records_count: 100000
connectors:
  - name: Modbus variateurs (Lorentz / Grundfos)
    type: modbus
    configuration: modbus_pompes.json
''', tb_token())

add("node-red/decoy-flows-cred", "ndiyam/monitoring/nodered/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red#encrypting-credentials", r'''
{
  "$": "3f6b9c1d2e8a7f4052b1c9d3e6a8f0b2ZXv8Yy1o8lQ0tC1z4iVb1b0Qd3hH8L7vW9eK2pR5sT0uY3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7f==",
  "_commentaire": "chiffré par Node-RED avec credentialSecret (variable NODE_RED_CREDENTIAL_SECRET)",
  "_note": "ne pas modifier à la main",
  "_pulaar": "Wota a waylu ɗum"
}
''')

add("js/node-red-credential-secret", "ndiyam/monitoring/nodered/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration", r'''
// Node-RED du serveur de supervision (Saint-Louis)
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    // clé de chiffrement des credentials des flows
    credentialSecret: "@@s@@",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "aliou",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info" } }
};
''', mixed(32))

add("conf/decoy-mosquitto-passwd", "ndiyam/monitoring/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
pompe-gandiol-03:$7$101$hQ3mW8vZq2Lr9xTb$C8kP1nR4tY7wZ0bE3gH6jL9mQ2sV5xA8cF1iK4nO7rU0yB3eH6kM9pS2vX5zA8dG1jM4pS7vY0bE3hK6nQ9tW==
pompe-mpal-01:$7$101$Jt5nY0bXs4Nt1zVd$E0mR3pT6vY9bD2fI5kN8oS1uX4zC7eH0jM3pR6tW9yB2eG5iL8nQ1sV4xA7cF0hK3mP6rU9wZ2cE5gJ8lO1qT4vX==
supervision:$7$101$Lv7pA2dZu6Pv3bXf$G2oT5rV8xA1dF4hK7mP0qU3wZ6bE9gJ2lO5qT8vY1aD4fI7kN0pS3uX6zA9cG2iL5nQ8sW1yB4dH7jM0oR3tV6x==
passerelle-ross:$7$101$Wd3kN9fZs1Qv6hXb$K5pT8rV1xA4dF7hK0mP3qU6wZ9bE2gJ5lO8qT1vY4aD7fI0kN3pS6uX9zA2cG5iL8nQ1sW4yB7dH0jM3oR6tV9x==
collecte:$7$101$Pe8mR2tYu5Nk1zXd$M7qT0rV3xA6dF9hK2mP5qU8wZ1bE4gJ7lO0qT3vY6aD9fI2kN5pS8uX1zA4cG7iL0nQ3sW6yB9dH2jM5oR8tV1x==
''')

add("ini/decoy-apn-public", "ndiyam/firmware/modem/apn_operateurs.ini", "https://www.orange.sn/", r'''
; Paramètres APN publics des opérateurs (imprimés sur les sites des opérateurs)
; Pulaar: "jokkondiral" = connexion
[orange_sn]
apn = internet
user = internet
password = internet

[free_sn]
apn = free
user =
password =

[airtel_ne]
apn = internet
user = airtel
password = airtel
''')

add("python/influx-token", "ndiyam/monitoring/collecte/ecrire_influx.py", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r'''
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

# Débit (m3/h), niveau forage (cm), tension panneaux (V)
client = InfluxDBClient(
    url="https://influx.ndiyamnaange.sn",
    token="@@s@@",
    org="ndiyam-naange",
)
write = client.write_api(write_options=SYNCHRONOUS)


def enregistrer(site, debit, niveau, tension):
    p = Point("pompe").tag("site", site).field("debit", debit).field("niveau", niveau).field("tension", tension)
    write.write(bucket="pompes", record=p)
''', influx_token())

add("ini/grafana-admin", "ndiyam/monitoring/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
http_port = 3000
domain = supervision.ndiyamnaange.sn
root_url = https://%(domain)s/

[security]
admin_user = admin
admin_password = @@s@@
disable_gravatar = true

[auth.anonymous]
enabled = false

[smtp]
enabled = true
host = smtp-relay.brevo.com:587
user = alertes@ndiyamnaange.sn
password = $__env{GF_SMTP_PASSWORD}
''', words_pw())

add("sh/grafana-sa-curl", "ndiyam/monitoring/grafana/exporter_dashboards.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
#!/bin/sh
# Exporte les tableaux de bord Grafana vers le dépôt (sauvegarde). Aliou, 2024.
GRAFANA=https://supervision.ndiyamnaange.sn
for uid in pompes-ndar pompes-podor meteo-sor; do
  curl -s -H "Authorization: Bearer @@s@@" \
    "$GRAFANA/api/dashboards/uid/$uid" | jq '.dashboard' > "dashboards/$uid.json"
done
git add dashboards && git commit -m "sauvegarde tableaux de bord" || true
''', grafana_sa())

add("yaml/decoy-grafana-provisioning", "ndiyam/monitoring/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: InfluxDB-pompes
    type: influxdb
    access: proxy
    url: https://influx.ndiyamnaange.sn
    jsonData:
      version: Flux
      organization: ndiyam-naange
      defaultBucket: pompes
    secureJsonData:
      token: $INFLUX_TOKEN
''')

add("conf/wireguard-private", "ndiyam/reseau/wg0-gandiol.conf", "https://www.wireguard.com/quickstart/", r'''
# Tunnel du routeur du forage de Gandiol vers le serveur de supervision
[Interface]
Address = 10.66.0.13/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
# serveur Saint-Louis
PublicKey = 7fKd3Lq9xWm2Rz8bT0vN5cJ1hY4pA6sE3gU9iO2lQ0M=
Endpoint = vpn.ndiyamnaange.sn:51820
AllowedIPs = 10.66.0.0/24
PersistentKeepalive = 25
''', wg_key())

add("conf/decoy-wireguard-public", "ndiyam/reseau/pairs.md", "https://www.wireguard.com/quickstart/", r'''
# Pairs WireGuard (clés PUBLIQUES seulement)

| site           | IP          | clé publique                                   |
|----------------|-------------|------------------------------------------------|
| serveur Ndar   | 10.66.0.1   | 7fKd3Lq9xWm2Rz8bT0vN5cJ1hY4pA6sE3gU9iO2lQ0M=   |
| Gandiol forage | 10.66.0.13  | Qm4Tz8pL1xR6vN3bW9cJ2hY5kA0sE7gU4iO1lD8fF3c=   |
| Mpal maraîchage| 10.66.0.14  | Bv2Nk9wX4tR7zP1mL6qH3jY8cA5sE0gU2iO9lD4fF7e=   |

Les clés privées restent sur les routeurs (`/etc/wireguard/wg0.conf`, mode 600).
''')

add("ovpn/embedded-key", "ndiyam/reseau/technicien-moussa.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
client
dev tun
proto udp
remote vpn.ndiyamnaange.sn 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUNdiyamNaangeCAAAAAAAAAAAAAAAAwCgYIKoZIzj0EAwIw
-----END CERTIFICATE-----
</ca>
<key>
@@s@@
</key>
''', pkcs8_pem())

add("yaml/teltonika-rms", "ndiyam/reseau/rms/inventaire.yml", "https://developers.rms.teltonika-networks.com/", r'''
# Routeurs Teltonika RUT240 sur les sites (RMS)
rms:
  api: https://rms.teltonika-networks.com/api
  token: "@@s@@"
routeurs:
  - site: Gandiol forage 3
    serie: "1107289345"
    sim: Orange SN
  - site: Mpal maraîchage
    serie: "1107291120"
    sim: Free SN
  - site: Podor GIE Jam
    serie: "1107301874"
    sim: Expresso
''', jwt_like('{"sub":"ndiyam-naange","scope":"devices:read devices:write","iat":1709251200}'))

add("python/decoy-test-fixture", "ndiyam/monitoring/tests/test_alertes.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from alertes import construire_message

FAUX_TOKEN = "test-token-not-real"  # jeton factice pour les tests, aucune valeur réelle


@pytest.fixture
def config():
    return {"telegram_token": FAUX_TOKEN, "chat_id": 123, "seuil_niveau_cm": 40}


def test_message_niveau_bas(config):
    msg = construire_message("GANDIOL-03", niveau=31, config=config)
    assert "Gandiol" in msg
    assert "ndiyam" in msg.lower()
''')

add("python/telegram-alertes", "ndiyam/monitoring/alertes.py", "https://core.telegram.org/bots/api#sendmessage", r'''
"""Alertes des pompes (niveau bas, surtension) vers le groupe Telegram des techniciens.
Pulaar: "Ndiyam ustii" = le niveau d'eau a baissé."""
import requests

BOT = "@@s@@"
GROUPE = -1002048813377
SEUIL_NIVEAU_CM = 40


def construire_message(site, niveau, config=None):
    return f"⚠️ {site.title()}: ndiyam ustii ({niveau} cm). Pompe arrêtée, yahugol ɗoon."


def envoyer(site, niveau):
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  json={"chat_id": GROUPE, "text": construire_message(site, niveau)}, timeout=10)
''', fakes.telegram_token(_seed()))

add("toml/decoy-sample-config", "ndiyam/monitoring/config.sample.toml", "https://toml.io/en/v1.0.0", r'''
# Exemple de configuration - copier vers config.toml (ignoré par git)
[mqtt]
host = "mqtt.ndiyamnaange.sn"
port = 8883
user = "supervision"
password = "REMPLACER_PAR_LE_MOT_DE_PASSE"

[influx]
url = "https://influx.ndiyamnaange.sn"
token = "${INFLUX_TOKEN}"
org = "ndiyam-naange"

[telegram]
token = "123456789:REMPLACER"
chat_id = 0
''')

add("toml/mqtt-password", "ndiyam/monitoring/config.toml", "https://mosquitto.org/documentation/authentication-methods/", r'''
# NE PAS COMMITER (oups...) - config du serveur de supervision
[mqtt]
host = "mqtt.ndiyamnaange.sn"
port = 8883
user = "supervision"
password = "@@s@@"

[influx]
url = "https://influx.ndiyamnaange.sn"
token = "${INFLUX_TOKEN}"
org = "ndiyam-naange"
''', pw())

add("conf/mosquitto-bridge", "ndiyam/monitoring/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Pont vers le broker du partenaire (Lorentz PumpScanner / agrégateur ONG)
connection pont-ong
address mqtt.partenaire-eau.org:8883
bridge_protocol_version mqttv311
remote_username ndiyam_naange
remote_password @@s@@
topic pompes/# out 1 "" ndiyam/
bridge_cafile /etc/ssl/certs/ca-certificates.crt
''', fakes.redis_password(_seed()))

add("json/decoy-modbus-map", "ndiyam/monitoring/gateway/modbus_pompes.json", "https://thingsboard.io/docs/iot-gateway/config/modbus/", r'''
{
  "master": {
    "slaves": [
      {
        "host": "192.168.1.50", "port": 502, "type": "tcp", "unitId": 1,
        "deviceName": "Variateur Gandiol 03",
        "timeseries": [
          {"tag": "frequence_hz", "type": "16uint", "address": 3202, "objectsCount": 1},
          {"tag": "puissance_w", "type": "16uint", "address": 3204, "objectsCount": 1},
          {"tag": "debit_m3h", "type": "32float", "address": 3210, "objectsCount": 2}
        ],
        "attributes": [{"tag": "numero_serie", "type": "string", "address": 4000, "objectsCount": 8}]
      }
    ]
  }
}
''')

# ---------------------------------------------------------------- Ndiyam Naange: devis, site web, app terrain

add("python/brevo", "ndiyam/devis/envoi_devis.py", "https://developers.brevo.com/docs/getting-started", r'''
# Envoi des devis (PDF) aux clients: GIE maraîchers, mairies, particuliers
import base64
import requests

BREVO_KEY = "@@s@@"


def envoyer_devis(email, nom, pdf_path):
    with open(pdf_path, "rb") as f:
        contenu = base64.b64encode(f.read()).decode()
    requests.post("https://api.brevo.com/v3/smtp/email",
                  headers={"api-key": BREVO_KEY},
                  json={"sender": {"name": "Ndiyam Naange Solaire", "email": "devis@ndiyamnaange.sn"},
                        "to": [{"email": email, "name": nom}],
                        "subject": "Votre devis pompage solaire / Devis mon",
                        "htmlContent": "<p>Jam tan! Ci-joint votre devis.</p>",
                        "attachment": [{"content": contenu, "name": "devis.pdf"}]}, timeout=30)
''', brevo())

add("php/smtp-password", "ndiyam/site/wp-content/mu-plugins/smtp.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", r'''
<?php
/* Plugin Name: SMTP Ndiyam Naange */
add_action('phpmailer_init', function ($mail) {
    $mail->isSMTP();
    $mail->Host       = 'mail.ndiyamnaange.sn';
    $mail->SMTPAuth   = true;
    $mail->Port       = 587;
    $mail->Username   = 'contact@ndiyamnaange.sn';
    $mail->Password   = '@@s@@';
    $mail->SMTPSecure = 'tls';
    $mail->From       = 'contact@ndiyamnaange.sn';
    $mail->FromName   = 'Ndiyam Naange Solaire';
});
''', words_pw())

add("php/wp-config-db", "ndiyam/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Réglages MySQL - hébergeur (cPanel) ** //
define( 'DB_NAME', 'ndiyamna_wp' );
define( 'DB_USER', 'ndiyamna_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );

$table_prefix = 'nn_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw())

add("php/decoy-wp-sample", "ndiyam/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
''')

add("kotlin/google-maps-key", "ndiyam/app-terrain/app/src/main/java/sn/ndiyamnaange/terrain/Config.kt", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
package sn.ndiyamnaange.terrain

// Application des techniciens: relevé des forages, photos, géolocalisation
object Config {
    const val API_BASE = "https://terrain.ndiyamnaange.sn/api/"
    // clé serveur (Directions + Geocoding), restreinte à rien... à corriger
    const val MAPS_SERVER_KEY = "@@s@@"
    const val SYNC_MINUTES = 15
    const val LANGUE = "fr" // "ff" pour Pulaar plus tard
}
''', google_api())

add("xml/decoy-android-manifest", "ndiyam/app-terrain/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:label="Ndiyam Terrain"
        android:icon="@mipmap/ic_launcher">
        <!-- la clé vient de secrets.properties via le Secrets Gradle Plugin -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("properties/keystore-password", "ndiyam/app-terrain/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Signature de l'APK Ndiyam Terrain (release)
storeFile=../cles/ndiyam-release.jks
storePassword=@@s@@
keyAlias=ndiyam
keyPassword=@@s@@
''', pw())

add("gradle/decoy-secrets-defaults", "ndiyam/app-terrain/local.defaults.properties", "https://github.com/google/secrets-gradle-plugin", r'''
# Valeurs par défaut pour le Secrets Gradle Plugin (fichier commité).
# Les vraies valeurs sont dans secrets.properties (ignoré par git).
MAPS_API_KEY=DEFAULT_API_KEY
TERRAIN_API_TOKEN=
SENTRY_DSN=
''')

add("dart/firebase-server-key", "ndiyam/app-clients/lib/services/notifications.dart", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
import 'dart:convert';
import 'package:http/http.dart' as http;

// Notification "votre pompe est en panne / pompe mon waɗii ko boni"
const String fcmServerKey = '@@s@@';

Future<void> notifierClient(String tokenAppareil, String site) async {
  await http.post(
    Uri.parse('https://fcm.googleapis.com/fcm/send'),
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'key=$fcmServerKey',
    },
    body: jsonEncode({
      'to': tokenAppareil,
      'notification': {'title': 'Ndiyam Naange', 'body': 'Alerte sur le site $site'},
    }),
  );
}
''', fcm_key())

add("js/decoy-firebase-web-config", "ndiyam/app-clients/web/firebase-config.js", "https://firebase.google.com/docs/projects/api-keys", r'''
// Configuration Firebase Web: identifiants publics (ils sont livrés au navigateur).
// La sécurité vient des règles Firestore, pas de cette clé.
const firebaseConfig = {
  apiKey: "AIzaSyBnDiyAmNaAnGe0PuBlIcWeBkEy4rT7yU0",
  authDomain: "ndiyam-clients.firebaseapp.com",
  projectId: "ndiyam-clients",
  storageBucket: "ndiyam-clients.appspot.com",
  messagingSenderId: "418273650912",
  appId: "1:418273650912:web:7c3e9a1b5d2f4e60a8b1c2",
};
export default firebaseConfig;
''')

add("json/mapbox-secret", "ndiyam/cartes/package.json", "https://docs.mapbox.com/help/glossary/access-token/", r'''
{
  "name": "ndiyam-cartes",
  "version": "0.3.0",
  "private": true,
  "description": "Carte des forages équipés (vallée du fleuve)",
  "scripts": {
    "tuiles": "MAPBOX_ACCESS_TOKEN=@@s@@ node scripts/upload-tileset.js forages.geojson",
    "dev": "vite"
  },
  "dependencies": {
    "mapbox-gl": "^3.2.0",
    "@mapbox/mapbox-sdk": "^0.15.3"
  }
}
''', mapbox_secret())

add("js/decoy-mapbox-public", "ndiyam/cartes/src/carte.js", "https://docs.mapbox.com/help/glossary/access-token/", r'''
import mapboxgl from "mapbox-gl";

// jeton PUBLIC (pk.), restreint à l'URL cartes.ndiyamnaange.sn
mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;

const carte = new mapboxgl.Map({
  container: "carte",
  style: "mapbox://styles/mapbox/satellite-streets-v12",
  center: [-16.4896, 16.0179], // Ndar / Saint-Louis
  zoom: 8,
});

fetch("/forages.geojson").then((r) => r.json()).then((data) => {
  carte.on("load", () => carte.addSource("forages", { type: "geojson", data }));
});
''')


# ---------------------------------------------------------------- notes, chats, mails, historiques

add("txt/note-wifi-routeur", "moulin/hamni/notes/acces_moulin.txt", "https://www.rfc-editor.org/rfc/rfc8252", r'''
ACCÈS - Moulin Hamni Hayni (route de Tillabéri)
----------------------------------------------
Wifi bureau : HAMNI-BUREAU
mot de passe wifi : voir l'étiquette sous la box

Routeur Huawei (192.168.8.1) : admin / @@s@@
Caméra entrée : voir Issa

Zarma: Boro kulu kaŋ ga hanse ka furo, a ma Issa hã jina.
(Toute personne qui veut entrer doit d'abord demander à Issa.)
''', words_pw())

add("chat/whatsapp-export", "moulin/hamni/notes/WhatsApp Chat avec Moussa.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/03/2024 09:14 - Moussa Hamani: Salam Issa, mate ni go?
12/03/2024 09:15 - Issa Garba: Baani samay, fofo. Ay go moulin ra
12/03/2024 09:16 - Moussa Hamani: Le site de commandes ne marche plus, il faut relancer le serveur
12/03/2024 09:18 - Issa Garba: ok c'est quoi le mot de passe root du serveur de Yantala ?
12/03/2024 09:19 - Moussa Hamani: @@s@@
12/03/2024 09:19 - Moussa Hamani: efface ce message après stp 🙏
12/03/2024 09:25 - Issa Garba: C'est bon, ça tourne. Kala suba
12/03/2024 09:26 - Moussa Hamani: 👍
''', words_pw())

add("eml/smtp-creds-mail", "moulin/hamni/notes/mail_hebergeur.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: support@hebergeur-afrique.net
To: moussa.hamani@hamnihayni.ne
Subject: Vos identifiants de messagerie - hamnihayni.ne
Date: Tue, 05 Mar 2024 10:02:44 +0000
Content-Type: text/plain; charset=utf-8

Bonjour M. Hamani,

Votre boîte commandes@hamnihayni.ne est créée.

Serveur IMAP : mail.hamnihayni.ne (993, SSL)
Serveur SMTP : mail.hamnihayni.ne (465, SSL)
Identifiant  : commandes@hamnihayni.ne
Mot de passe : @@s@@

Nous vous conseillons de le changer à la première connexion.

Cordialement,
Le support
''', pw())

add("history/mysql-cli", "moulin/hamni/notes/bash_history_serveur.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
cd /var/www/commandes
git pull
sudo systemctl restart gunicorn
tail -n 50 /var/log/nginx/error.log
mysql -u bascule_app -p'@@s@@' -h 10.10.0.5 pont_bascule -e "select count(*) from pesees where jour=curdate();"
df -h
sudo apt update && sudo apt upgrade -y
exit
''', words_pw())

add("md/readme-token", "moulin/hamni/bascule/README.md", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
# Pont-bascule — Hamni Hayni

Lecture de la balance (COM3) et envoi des pesées au serveur.

## Installation sur le PC de la bascule

```powershell
git clone https://oauth2:@@s@@@gitlab.com/hamnihayni/bascule.git
cd bascule
pip install -r requirements.txt
python lire_balance.py --port COM3
```

Ay ga ni wiri : si la balance affiche "Err 4", débrancher le câble série 10 secondes.
''', gitlab())

add("md/decoy-readme-revoked", "moulin/hamni/docs/incident-2024-02.md", "https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning", r'''
# Incident du 18/02/2024 — jeton GitLab publié

Un jeton d'accès personnel (glpat-…) a été collé dans le README de la bascule.

- Détecté le 18/02 à 14h par Abdou.
- Jeton **révoqué** le 18/02 à 14h20 (Paramètres > Access Tokens).
- Nouveau jeton créé, stocké dans le Bitwarden "Hamni - Serveurs".
- Historique Git réécrit avec `git filter-repo`.

Leçon : jamais de jeton dans un `git clone`. Utiliser le gestionnaire d'identifiants Git.
Zarma: Iri ga dogonandi — nous ferons attention.
''')

add("ipynb/openai-key", "moulin/hamni/analyses/prevision_ventes.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Prévision des ventes de farine (saison des pluies)\n", "Essai avec un LLM pour résumer les commandes WhatsApp."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "resume = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": texte}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("ipynb/decoy-getpass", "ndiyam/analyses/rendement_pompes.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, requests\n",
    "VRM_TOKEN = getpass.getpass('Jeton VRM: ')\n",
    "H = {'X-Authorization': f'Token {VRM_TOKEN}'}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Gandiol: 18.4 kWh/jour, Mpal: 22.1 kWh/jour\n"]}],
   "source": ["rendement(H, [184233, 190874])"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("txt/note-pulaar-client", "ndiyam/notes/chantier_podor.txt", "https://www.rfc-editor.org/rfc/rfc8252", r'''
Chantier Podor — GIE Jam Tan (maraîchage, 3 ha)
Date: 22/01/2024, équipe: Aliou, Demba, Coumba

- Pompe Lorentz PS2-1800, 12 panneaux 410 Wc
- Forage 38 m, niveau statique 14 m
- Routeur RUT240, SIM Orange

Interface web du variateur (PumpScanner local):
  utilisateur: installateur
  mot de passe: @@s@@

Pulaar: Ko mawɓe GIE ɓee njiyi ndiyam ngam arde. A jaraama Demba!
''', words_pw())

add("txt/decoy-note-bitwarden", "ndiyam/notes/chantier_mpal.txt", "https://bitwarden.com/help/", r'''
Chantier Mpal — maraîchage (Mme Sow)
Date: 04/02/2024

- Pompe Grundfos SQFlex 5A-7, 8 panneaux
- Accès variateur et routeur : coffre Bitwarden "Ndiyam - Sites", entrée "Mpal"
- Code du cadenas du local technique : donné oralement à Mme Sow seulement
- Numéro de série variateur : CU200-98234117

Pulaar: Mi yettii Mme Sow e ɓiɗɗo makko. Haa jango!
''')

add("slack/decoy-export", "ndiyam/notes/slack-export/techniciens/2024-03-02.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {"type": "message", "user": "U04AL10U", "text": "Qui a le mot de passe du routeur de Gandiol ?", "ts": "1709370000.000100"},
  {"type": "message", "user": "U04DE3BA", "text": "Il est dans Bitwarden, entrée Gandiol forage 3. Je te partage l'accès.", "ts": "1709370060.000200"},
  {"type": "message", "user": "U04AL10U", "text": "A jaraama 🙏", "ts": "1709370120.000300"},
  {"type": "message", "user": "U04CO8MB", "text": "Rappel: pas de mots de passe dans Slack svp", "ts": "1709370300.000400"}
]
''')

add("slack/export-token", "ndiyam/notes/slack-export/dev/2024-03-05.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {"type": "message", "user": "U04AL10U", "text": "le token InfluxDB du nouveau bucket est prêt", "ts": "1709630000.000100"},
  {"type": "message", "user": "U04AL10U", "text": "@@s@@", "ts": "1709630015.000200"},
  {"type": "message", "user": "U04DE3BA", "text": "merci, je le mets dans le collecteur", "ts": "1709630090.000300"}
]
''', influx_token())

add("history/curl-bearer", "ndiyam/notes/.bash_history", "https://thingsboard.io/docs/reference/rest-api/", r'''
ls
cd monitoring
docker compose ps
docker compose logs -f --tail 100 collecte
curl -s -H "X-Authorization: Bearer @@s@@" https://tb.ndiyamnaange.sn/api/tenant/devices?pageSize=50\&page=0 | jq '.data[].name'
vim config.toml
docker compose restart collecte
''', jwt_like('{"sub":"aliou@ndiyamnaange.sn","scopes":["TENANT_ADMIN"],"tenantId":"' + uuid_s() + '","iss":"thingsboard.io","exp":1735689600}'))

add("eml/decoy-reset-link", "ndiyam/notes/mail_reinitialisation.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: no-reply@vrm.victronenergy.com
To: aliou@ndiyamnaange.sn
Subject: Réinitialisation de votre mot de passe VRM
Date: Mon, 11 Mar 2024 07:41:02 +0000

Bonjour,

Une demande de réinitialisation a été faite pour votre compte.
Ce lien expire dans 1 heure et ne peut être utilisé qu'une seule fois (déjà utilisé le 11/03).

https://vrm.victronenergy.com/reset-password?id=9a1f3c

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
''')

add("md/decoy-onboarding", "ndiyam/docs/ARRIVEE.md", "https://bitwarden.com/help/", r'''
# Bienvenue chez Ndiyam Naange Solaire 👋

Jam tan! Voici comment obtenir tes accès :

1. Compte Google Workspace `prenom@ndiyamnaange.sn` — Coumba le crée.
2. Bitwarden : invitation dans l'organisation "Ndiyam", collection "Sites".
3. VPN : demande un fichier `.ovpn` à Aliou (il est nominatif, ne le partage pas).
4. Grafana : https://supervision.ndiyamnaange.sn (connexion Google).

Les mots de passe ne circulent **jamais** par WhatsApp ni par mail.
''')

# ---------------------------------------------------------------- CI, registres, IDE

add("npmrc/npm-token", "ndiyam/app-clients/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
registry=https://registry.npmjs.org/
@ndiyam:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
''', npm_tok())

add("pypirc/pypi-token", "ndiyam/outils/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("netrc/github", "moulin/hamni/notes/netrc_pc_bascule", "https://everything.curl.dev/usingcurl/netrc", r'''
machine github.com
login hamnihayni-bot
password @@s@@

machine api.github.com
login hamnihayni-bot
password @@s@@
''', fakes.github_token(_seed()))

add("gitconfig/token-url", "moulin/hamni/bascule/.git-config-copie", "https://git-scm.com/docs/git-config", r'''
[core]
	repositoryformatversion = 0
	filemode = false
	bare = false
	logallrefupdates = true
	symlinks = false
	ignorecase = true
[remote "origin"]
	url = https://hamnihayni-bot:@@s@@@github.com/hamnihayni/bascule.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', fakes.github_fine_grained_token(_seed()))

add("vscode/sftp-password", "ndiyam/site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "Hébergeur ndiyamnaange.sn",
    "host": "ftp.ndiyamnaange.sn",
    "protocol": "sftp",
    "port": 22,
    "username": "ndiyamna",
    "password": "@@s@@",
    "remotePath": "/home/ndiyamna/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
''', pw())

add("vscode/decoy-settings", "moulin/hamni/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "python.defaultInterpreterPath": ".venv/bin/python",
    "editor.formatOnSave": true,
    "files.exclude": { "**/__pycache__": true, ".env": false },
    "sqltools.connections": [
        {
            "name": "hamni local",
            "driver": "PostgreSQL",
            "server": "localhost",
            "port": 5432,
            "database": "hamni_dev",
            "username": "hamni",
            "askForPassword": true
        }
    ],
    "cSpell.language": "fr,en"
}
''')

add("jetbrains/datasource-password", "moulin/hamni/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PY-233.14475.56">
    <data-source name="pont_bascule@10.10.0.5" uuid="6b1e2f40-9c3d-4a8e-b7f1-2d5c8e9a0b34">
      <database-info product="MySQL" version="8.0.36" dbms="MYSQL" exact-version="8.0.36" />
      <secret-storage>master_key</secret-storage>
      <user-name>bascule_app</user-name>
      <jdbc-url>jdbc:mysql://10.10.0.5:3306/pont_bascule?user=bascule_app&amp;password=@@s@@</jdbc-url>
      <schema-mapping />
    </data-source>
  </component>
</project>
''', words_pw())

add("composer/auth-json", "ndiyam/site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    }
}
''', fakes.github_token(_seed()))

add("circleci/decoy-context", "ndiyam/app-clients/.circleci/config.yml", "https://circleci.com/docs/contexts/", r'''
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci
      - run: npm test
      - run:
          name: publier
          command: |
            echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
            npm publish --access restricted
workflows:
  principal:
    jobs:
      - build:
          context: ndiyam-npm
''')

add("bitbucket/decoy-vars", "ndiyam/site/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Déployer le site sur l'hébergeur
          deployment: production
          script:
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: $FTP_USER
                PASSWORD: $FTP_PASSWORD
                SERVER: ftp.ndiyamnaange.sn
                REMOTE_PATH: /public_html
''')

add("dockerfile/env-secret", "moulin/hamni/bascule/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Africa/Niamey \
    SERVEUR_URL=https://commandes.hamnihayni.ne/api/pesees \
    API_TOKEN=@@s@@
CMD ["python", "envoyer_pesees.py"]
''', mixed(40))

add("dockerfile/decoy-buildkit-secret", "ndiyam/monitoring/collecte/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
# le jeton du dépôt privé est monté au build, jamais copié dans l'image
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.ndiyamnaange.sn/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "collecte.py"]
''')

add("helm/values-password", "ndiyam/k8s/helm/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
# Supervision Ndiyam - valeurs prod
image:
  tag: "2.4.1"
postgresql:
  auth:
    username: thingsboard
    password: "@@s@@"
    database: thingsboard
ingress:
  enabled: true
  hostname: tb.ndiyamnaange.sn
resources:
  limits:
    memory: 2Gi
''', pw())

add("helm/decoy-existing-secret", "ndiyam/k8s/helm/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
# Supervision Ndiyam - valeurs staging
image:
  tag: "2.5.0-rc1"
postgresql:
  auth:
    username: thingsboard
    existingSecret: tb-postgres
    secretKeys:
      userPasswordKey: password
    database: thingsboard
ingress:
  enabled: true
  hostname: tb-staging.ndiyamnaange.sn
''')

add("ansible/vault-plain", "ndiyam/ansible/group_vars/routeurs.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
---
# Routeurs des sites (RUT240). TODO: chiffrer avec ansible-vault !
ansible_user: root
ansible_password: "@@s@@"
ansible_connection: ssh
ntp_serveur: pool.ntp.org
fuseau: Africa/Dakar
''', words_pw())

add("ansible/decoy-vault-encrypted", "ndiyam/ansible/group_vars/serveurs/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6531336638656162306337366661636434386536663936610a373133353761346638313136323563
30326539653363396261636338373962333237333739396435383562626132613334386239303665
3566313134653665630a316565346637333634613339316532393266353663346261353838613866
37333430356665393064623135663730616430646164383837633861336231656534363836633831
''')


# ---------------------------------------------------------------- code: langues variées

add("go/sendgrid", "moulin/hamni/factures/mail.go", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", r'''
package factures

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// Envoi des factures mensuelles aux boutiques (farine de mil, sacs de 25 kg)
const sendgridKey = "@@s@@"

func EnvoyerFacture(email, nom, pdf string) error {
	from := mail.NewEmail("Hamni Hayni", "factures@hamnihayni.ne")
	to := mail.NewEmail(nom, email)
	m := mail.NewSingleEmailMessage(from, "Facture du mois", to, "Fofo! Votre facture est jointe.", "")
	a := mail.NewAttachment()
	a.SetContent(pdf)
	a.SetFilename("facture.pdf")
	m.AddAttachment(a)
	_, err := sendgrid.NewSendClient(sendgridKey).Send(m)
	return err
}
''', sendgrid())

add("go/decoy-env", "ndiyam/outils/relais/main.go", "https://pkg.go.dev/os#Getenv", r'''
package main

import (
	"log"
	"net/http"
	"os"
)

// Relais HTTP -> MQTT pour les vieux contrôleurs GSM (SMS vers HTTP)
func main() {
	token := os.Getenv("RELAIS_TOKEN")
	if token == "" {
		log.Fatal("RELAIS_TOKEN manquant (voir Bitwarden, entrée relais)")
	}
	http.HandleFunc("/sms", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			http.Error(w, "interdit", http.StatusForbidden)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	log.Fatal(http.ListenAndServe(":8088", nil))
}
''')

add("rust/mqtt-url", "ndiyam/outils/passerelle-lora/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", r'''
use rumqttc::{MqttOptions, Client, QoS};
use std::time::Duration;

// Passerelle LoRa des capteurs de niveau (Ross Béthio). Pulaar: "ɗowdi ndiyam" = niveau
fn main() {
    let mut opts = MqttOptions::new("passerelle-ross", "mqtt.ndiyamnaange.sn", 8883);
    opts.set_credentials("passerelle-ross", "@@s@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("lora/+/niveau", QoS::AtLeastOnce).unwrap();
    for notification in connection.iter() {
        println!("{:?}", notification);
    }
}
''', fakes.redis_password(_seed()))

add("java/spring-properties", "moulin/hamni/stock-api/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.datasource.password", r'''
# API stock - Hamni Hayni (prod)
server.port=8081
spring.datasource.url=jdbc:postgresql://10.10.0.4:5432/stock
spring.datasource.username=stock
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
hamni.stock.seuil-alerte-sacs=40
hamni.stock.unite=kg
''', pw())

add("java/decoy-spring-placeholder", "moulin/hamni/stock-api/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", r'''
server:
  port: 8081
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/stock
    username: ${DB_USER:stock}
    password: ${DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate
hamni:
  stock:
    seuil-alerte-sacs: 40
    unite: kg
''')

add("ruby/mailgun", "ndiyam/site-rails/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
# Envoi des confirmations de rendez-vous d'installation
Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@s@@",
    domain: "mg.ndiyamnaange.sn",
    api_host: "api.eu.mailgun.net",
  }
end
''', mailgun())

add("ruby/decoy-credentials-ref", "ndiyam/site-rails/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r'''
# Photos des installations (avant/après) — Active Storage
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-3
  bucket: ndiyam-photos-installations
''')

add("csharp/azure-storage", "moulin/hamni/bascule/BasculeService/Stockage.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace Hamni.Bascule
{
    // Photos des tickets de pesée -> Azure Blob (conteneur "tickets")
    public static class Stockage
    {
        private const string Connexion =
            "DefaultEndpointsProtocol=https;AccountName=hamnitickets;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Conteneur() =>
            new BlobServiceClient(Connexion).GetBlobContainerClient("tickets");
    }
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("ps1/decoy-securestring", "moulin/hamni/scripts/installer_service.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Installe le service de la bascule sur le PC Windows du pont-bascule
# Fofo! Lancer en administrateur.
$cred = Get-Credential -Message "Compte du service bascule (voir Bitwarden)"
New-Service -Name "HamniBascule" `
    -BinaryPathName "C:\Hamni\BasculeService.exe" `
    -DisplayName "Hamni Hayni - Bascule" `
    -StartupType Automatic `
    -Credential $cred
Start-Service HamniBascule
Write-Host "Service installé. Ay ga ni hã: vérifier le port COM3."
''')

add("ps1/plain-password", "moulin/hamni/scripts/copier_pesees.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# Copie quotidienne des pesées vers le partage du bureau (\\BUREAU\pesees)
$user = "HAMNI\bascule"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name P -PSProvider FileSystem -Root "\\BUREAU\pesees" -Credential $cred | Out-Null
Copy-Item "C:\Hamni\export\*.csv" "P:\" -Force
Remove-PSDrive P
''', words_pw())

add("bat/net-use", "moulin/hamni/scripts/monter_partage.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Monte le partage du bureau sur le PC de la caisse
REM Zarma: "Ni ma si dirbi" - ne pas oublier de fermer la caisse
net use Z: \\BUREAU\caisse /user:HAMNI\caisse @@s@@ /persistent:yes
if errorlevel 1 echo Echec du montage & pause
start "" "C:\Program Files\Hamni Caisse\caisse.exe"
''', words_pw())

add("kotlin/decoy-buildconfig", "ndiyam/app-terrain/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

android {
    namespace = "sn.ndiyamnaange.terrain"
    compileSdk = 34
    defaultConfig {
        applicationId = "sn.ndiyamnaange.terrain"
        minSdk = 24
        versionCode = 17
        versionName = "1.6.0"
        buildConfigField("String", "API_TOKEN", "\"${project.findProperty("TERRAIN_API_TOKEN") ?: ""}\"")
    }
}

secrets {
    propertiesFileName = "secrets.properties"
    defaultPropertiesFileName = "local.defaults.properties"
}
''')

add("swift/stripe-secret", "ndiyam/app-ios/NdiyamClients/Paiement/PaiementConfig.swift", "https://docs.stripe.com/keys", r'''
import Foundation

// Paiement des contrats de maintenance (clients en France / diaspora)
enum PaiementConfig {
    static let publishableKey = "pk_live_51NdiyamPubliqueOkPourLeClient0000000000000000"
    // ⚠️ à déplacer côté serveur (Coumba) — ne doit pas être dans l'app
    static let secretKey = "@@s@@"
    static let devise = "eur"
}
''', stripe())

add("elixir/runtime-secret", "moulin/hamni/livraisons/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

if config_env() == :prod do
  config :livraisons, Livraisons.Repo,
    url: "ecto://livraisons:@@s@@@10.10.0.4/livraisons",
    pool_size: 5

  config :livraisons, LivraisonsWeb.Endpoint,
    http: [port: 4000],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end
''', pw())

add("r/decoy-keyring", "ndiyam/analyses/ensoleillement.R", "https://cran.r-project.org/package=keyring", r'''
# Analyse de l'ensoleillement à Ndar vs production des pompes
library(httr)
library(keyring)

jeton <- key_get("vrm", username = "aliou")   # stocké dans le trousseau du système
r <- GET("https://vrmapi.victronenergy.com/v2/installations/184233/stats",
         add_headers(`X-Authorization` = paste("Token", jeton)),
         query = list(type = "kwh", interval = "days"))
prod <- content(r)$records$Pb
summary(sapply(prod, function(x) x[[2]]))
''')

add("r/influx-token", "ndiyam/analyses/debit_forages.R", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/r/", r'''
# Débit des forages par mois (saison sèche / hivernage)
library(influxdbclient)

client <- InfluxDBClient$new(url = "https://influx.ndiyamnaange.sn",
                             token = "@@s@@",
                             org = "ndiyam-naange")
data <- client$query('from(bucket: "pompes") |> range(start: -365d) |> filter(fn: (r) => r._field == "debit") |> aggregateWindow(every: 1mo, fn: mean)')
print(head(data))
''', influx_token())

add("lua/openwrt-uci", "ndiyam/reseau/rut240/gandiol/network", "https://openwrt.org/docs/guide-user/network/wan/wwan/3gdongle", r'''
config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config interface 'wan_pppoe'
	option proto 'pppoe'
	option device 'eth1'
	option username 'ndiyamnaange@fibre.sn'
	option password '@@s@@'
	option ipv6 '0'
''', words_pw())

add("conf/decoy-wpa-psk-hash", "ndiyam/reseau/rut240/gandiol/wireless", "https://openwrt.org/docs/guide-user/network/wifi/basic", r'''
config wifi-device 'radio0'
	option type 'mac80211'
	option channel '6'
	option country 'SN'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'NDIYAM-GANDIOL'
	option encryption 'psk2'
	# clé définie sur place par le technicien, pas dans la sauvegarde
	option key ''
''')

add("nginx/decoy-htpasswd", "ndiyam/monitoring/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
aliou:$apr1$Nd1yAm0q$3hK8mP2sV5xA8cF1iK4nO.
coumba:$apr1$Naa9ge2s$7rU0yB3eH6kM9pS2vX5zA/
demba:$2y$05$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y
coumba-rapports:$2y$05$Xq7LmN2pR5sT8vY1bE4hK.7nQ0tW3zC6fI9lO2rU5xA8dG1jM4pS6
# ajouter avec: htpasswd -B .htpasswd <utilisateur>
''')

add("nginx/basic-auth-header", "ndiyam/monitoring/nginx/conf.d/influx-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Proxy vers l'API du partenaire (rapports pour l'ONG) avec authentification fixe
server {
    listen 443 ssl;
    server_name rapports.ndiyamnaange.sn;
    ssl_certificate     /etc/letsencrypt/live/rapports.ndiyamnaange.sn/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/rapports.ndiyamnaange.sn/privkey.pem;

    location / {
        proxy_pass https://api.partenaire-eau.org/v1/;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host api.partenaire-eau.org;
    }
}
''', b64("ndiyam_naange:" + pw()))

add("systemd/env-token", "ndiyam/monitoring/systemd/collecte.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Collecte des mesures des pompes (MQTT -> InfluxDB)
After=network-online.target

[Service]
User=collecte
WorkingDirectory=/opt/collecte
Environment=INFLUX_URL=https://influx.ndiyamnaange.sn
Environment=INFLUX_TOKEN=@@s@@
ExecStart=/opt/collecte/.venv/bin/python collecte.py
Restart=always

[Install]
WantedBy=multi-user.target
''', influx_token())

add("systemd/decoy-credential", "moulin/hamni/deploy/systemd/commandes.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Site des commandes Hamni Hayni (gunicorn)
After=network.target postgresql.service

[Service]
User=hamni
WorkingDirectory=/var/www/commandes
EnvironmentFile=/etc/hamni/commandes.env
LoadCredential=paystack:/etc/credstore/hamni-paystack
ExecStart=/var/www/commandes/.venv/bin/gunicorn -w 3 -b 127.0.0.1:8000 commandes.wsgi
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("python/django-secret", "moulin/hamni/commandes/commandes/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .settings import *  # noqa

DEBUG = False
SECRET_KEY = "@@s@@"
ALLOWED_HOSTS = ["commandes.hamnihayni.ne"]
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Niamey"
CSRF_TRUSTED_ORIGINS = ["https://commandes.hamnihayni.ne"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-dev", "moulin/hamni/commandes/commandes/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-do-not-use-in-prod")
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                  "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
                  "boutiques", "commandes_farine"]
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Niamey"
''')

add("python/slack-webhook", "moulin/hamni/scripts/rapport_journalier.py", "https://api.slack.com/messaging/webhooks", r'''
"""Rapport du soir: kg moulus, sacs vendus, recettes. Envoyé sur Slack #moulin."""
import json
import urllib.request

WEBHOOK = "@@s@@"


def envoyer(kg_moulus, sacs, recette):
    texte = (f"*Rapport du jour* — hamni moulu: {kg_moulus} kg, sacs vendus: {sacs}, "
             f"recette: {recette:,} FCFA. Fofo ir kulu se!")
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": texte}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', slack_webhook())

add("js/discord-webhook", "ndiyam/outils/alerte-discord/index.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
// Petit serveur: le contrôleur GSM appelle /alerte?site=...&code=... -> Discord #pompes
const express = require("express");
const app = express();
const WEBHOOK_URL = "@@s@@";

app.get("/alerte", async (req, res) => {
  const { site, code } = req.query;
  await fetch(WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `🚨 ${site}: code ${code} (pompe waɗii ko boni)` }),
  });
  res.send("ok");
});

app.listen(3005);
''', discord_webhook())

add("python/slack-bot", "ndiyam/outils/bot_stock_pieces.py", "https://api.slack.com/authentication/token-types#bot", r'''
# Bot Slack: stock des pièces (variateurs, câbles, panneaux) au dépôt de Sor
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def annoncer_stock(pieces):
    lignes = "\n".join(f"• {nom}: {qte}" for nom, qte in pieces.items())
    client.chat_postMessage(channel="#depot-sor", text=f"Stock du dépôt (Sor):\n{lignes}")
''', slack_bot())

add("md/decoy-webhook-doc", "ndiyam/docs/alertes.md", "https://api.slack.com/messaging/webhooks", r'''
# Alertes des pompes

Les alertes passent par trois canaux :

| canal    | configuration                               |
|----------|---------------------------------------------|
| Telegram | `TELEGRAM_TOKEN` (Bitwarden « bot alertes ») |
| Slack    | webhook `https://hooks.slack.com/services/T000/B000/XXXX` (exemple) |
| SMS      | Africa's Talking, `AT_API_KEY` dans le `.env` |

Format d'une alerte : `SITE;CODE;NIVEAU_CM`, par ex. `GANDIOL-03;E12;31`.
Pulaar : « Ndiyam ustii » = niveau bas.
''')


# ---------------------------------------------------------------- cloud, DNS, sauvegardes

add("sh/cloudflare-token", "ndiyam/reseau/dns/maj_dns.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
#!/usr/bin/env bash
# Met à jour vpn.ndiyamnaange.sn avec l'IP publique de la box du bureau (IP dynamique Sonatel)
CF_TOKEN="@@s@@"
ZONE=5f3a9c1e7b2d4f6089a1c3e5b7d9f2a4
RECORD=a8c6e4b2d0f9e7c5a3b1d9f7e5c3a1b0
IP=$(curl -s https://api.ipify.org)
curl -s -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE/dns_records/$RECORD" \
  -H "Authorization: Bearer $CF_TOKEN" -H "Content-Type: application/json" \
  --data "{\"content\":\"$IP\"}" | jq .success
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/digitalocean", "moulin/hamni/infra/doctl-config.yaml", "https://docs.digitalocean.com/reference/doctl/how-to/install/", r'''
access-token: @@s@@
context: default
output: text
http-retry-max: 5
auth-contexts: {}
# Droplet "hamni-commandes" (fra1). Moussa seulement.
''', do_token())

add("conf/backblaze-rclone", "moulin/hamni/infra/rclone.conf", "https://rclone.org/b2/", r'''
[b2]
type = b2
account = 005a3f9c1e7b2d40000000003
key = @@s@@
hard_delete = false

[usb]
type = local
''', "K005" + mixed(27))

add("json/docker-config-auth", "ndiyam/outils/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@s@@"
		},
		"registry.gitlab.com": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
''', b64("ndiyamnaange:" + docker_pat()))

add("json/decoy-docker-credstore", "moulin/hamni/notes/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {},
		"registry.gitlab.com": {}
	},
	"credsStore": "desktop",
	"currentContext": "desktop-linux"
}
''')

_kpem = fakes.fake_pem(_seed(), "EC")
add("kubeconfig/client-key-data", "ndiyam/k8s/kubeconfig-supervision.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: supervision
    cluster:
      server: https://k3s.ndiyamnaange.sn:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdApjMlZ5ZG1WeUxXTmhRREUzTURreU5UQTROekF3SGhjTk1qUXdNekF4TURjd01UQXdXaGNOTXpRd01qSTNNRGN3Ck1UQXdXakFqTVNFd0h3WURWUVFEREJock0zTXRjMlZ5ZG1WeUxXTmhRREUzTURreU5UQTROekF3V1RBVEJnY3EKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
users:
  - name: aliou
    user:
      client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lJTmRpeWFtTmFhbmdlTUFvR0NDcUdTTTQ5QkFNQ01DTXhJVEFmQmdOVkJBTU0KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
      client-key-data: @@enc@@
contexts:
  - name: supervision
    context: { cluster: supervision, user: aliou }
current-context: supervision
''', _kpem, enc=b64(_kpem + "\n"))

add("hcl/vault-token", "moulin/hamni/infra/vault/agent.hcl", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
# Agent Vault sur le serveur de Yantala
vault {
  address = "https://vault.interne.hamnihayni.ne:8200"
}

auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault/token"
    }
  }
}

# provisoire le temps que token_file marche (Abdou)
# VAULT_TOKEN=@@s@@

template {
  source      = "/etc/vault/commandes.env.tpl"
  destination = "/etc/hamni/commandes.env"
}
''', "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-"))

add("tpl/decoy-vault-template", "moulin/hamni/infra/vault/commandes.env.tpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r'''
{{ with secret "kv/data/hamni/prod" }}
DATABASE_URL=postgres://hamni:{{ .Data.data.db_password }}@127.0.0.1:5432/hamni_prod
PAYSTACK_SECRET={{ .Data.data.paystack_secret }}
FLW_SECRET_KEY={{ .Data.data.flw_secret }}
WAVE_API_KEY={{ .Data.data.wave_key }}
{{ end }}
TZ=Africa/Niamey
''')

add("env/aws-session", "ndiyam/outils/.aws-temp.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", r'''
# identifiants temporaires (aws sts get-session-token) — copie pour le script de rapports
AWS_ACCESS_KEY_ID=ASIA@@kid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@s@@
AWS_REGION=eu-west-3
''', fakes.aws_session_token(_seed()), kid=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sk=fakes.aws_secret_key(_seed()))

add("ini/decoy-aws-sso-profile", "ndiyam/outils/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", r'''
[profile ndiyam]
sso_session = ndiyam
sso_account_id = 482910375621
sso_role_name = RapportsLecture
region = eu-west-3

[sso-session ndiyam]
sso_start_url = https://ndiyam.awsapps.com/start
sso_region = eu-west-3
sso_registration_scopes = sso:account:access
''')

add("python/sentry-auth", "ndiyam/app-clients/scripts/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", r'''
"""Envoi des sourcemaps de l'app clients à Sentry après chaque build."""
import subprocess

SENTRY_AUTH_TOKEN = "@@s@@"

subprocess.run(["npx", "@sentry/cli", "sourcemaps", "upload", "--org", "ndiyam-naange",
                "--project", "app-clients", "--auth-token", SENTRY_AUTH_TOKEN, "dist/"], check=True)
''', sentry_auth())

add("js/decoy-sentry-dsn", "ndiyam/app-clients/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from "@sentry/react";

// Le DSN est public par conception (il est livré dans le bundle).
Sentry.init({
  dsn: "https://3e9a1c7b5d2f40e8a6b1c9d3e7f0a2b4@o4506812.ingest.sentry.io/4506812733",
  tracesSampleRate: 0.1,
  environment: import.meta.env.MODE,
});
''')

add("python/hf-token", "ndiyam/analyses/transcrire_vocaux.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Transcription des messages vocaux WhatsApp des clients (Pulaar/Wolof/Français).
Essai avec un modèle Whisper fin-tuné. Pulaar: 'haala' = parole."""
from huggingface_hub import login
from transformers import pipeline

login(token="@@s@@")
asr = pipeline("automatic-speech-recognition", model="ndiyam/whisper-small-fuc-essai")

for fichier in ["vocaux/client_podor_01.ogg", "vocaux/client_mpal_02.ogg"]:
    print(fichier, asr(fichier)["text"])
''', mixed(34, "hf_"))

add("env/anthropic", "moulin/hamni/assistant/.env", "https://docs.anthropic.com/en/api/getting-started", r'''
# Assistant de saisie des commandes (messages WhatsApp en zarma/français -> commande)
ANTHROPIC_API_KEY=@@s@@
MODELE=claude-3-5-haiku-latest
LANGUES=fr,dje
MAX_TOKENS=512
''', anthropic_key())

add("yaml/google-oauth", "ndiyam/site-rails/config/omniauth.yml", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
# Connexion Google pour l'espace client (suivi de la pompe)
production:
  google:
    client_id: 418273650912-k3h9m2q7x1p5t8v4w6z0b3n7c9d1f5g2.apps.googleusercontent.com
    client_secret: @@s@@
    redirect_uri: https://www.ndiyamnaange.sn/auth/google/callback
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"))

add("json/decoy-oauth-client-public", "ndiyam/app-ios/NdiyamClients/GoogleService-Info.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "CLIENT_ID": "418273650912-ios7c3e9a1b5d2f4e60a8b1c2d3e4f5a6.apps.googleusercontent.com",
  "REVERSED_CLIENT_ID": "com.googleusercontent.apps.418273650912-ios7c3e9a1b5d2f4e60a8b1c2d3e4f5a6",
  "BUNDLE_ID": "sn.ndiyamnaange.clients",
  "PROJECT_ID": "ndiyam-clients",
  "GCM_SENDER_ID": "418273650912",
  "IS_GCM_ENABLED": true
}
''')

add("yaml/mongo-uri", "ndiyam/outils/relais/config.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
# Relais SMS -> base des événements des pompes
ecoute: ":8088"
mongo:
  uri: "mongodb+srv://relais:@@s@@@ndiyam.x7k2p.mongodb.net/evenements?retryWrites=true&w=majority"
  collection: sms_pompes
journal: info
''', pw())

add("python/redis-url", "moulin/hamni/commandes/celery_app.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
from celery import Celery

# File des tâches: SMS de confirmation, factures, rappels de paiement
app = Celery(
    "commandes",
    broker="redis://:@@s@@@10.10.0.6:6379/0",
    backend="redis://:@@s@@@10.10.0.6:6379/1",
)
app.conf.timezone = "Africa/Niamey"
app.conf.beat_schedule = {
    "rappel-impayes": {"task": "paiements.rappel_impayes", "schedule": 86400.0},
}
''', fakes.redis_password(_seed()))

add("conf/rabbitmq-amqp", "ndiyam/monitoring/collecte/collecte.ini", "https://www.rabbitmq.com/docs/uri-spec", r'''
[collecte]
; file des mesures entre la passerelle LoRa et la collecte
amqp_url = amqps://collecte:@@s@@@mq.ndiyamnaange.sn:5671/pompes
file = mesures
prefetch = 50

[journal]
niveau = INFO
''', pw())

add("sql/decoy-placeholder", "ndiyam/monitoring/sql/creer_utilisateurs.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Création des rôles de la base de supervision
-- Exécuter avec: psql -v mdp_lecture="'...'" -f creer_utilisateurs.sql
-- Le mot de passe est passé en variable psql, jamais écrit ici.
CREATE ROLE lecture_rapports LOGIN PASSWORD :mdp_lecture;
GRANT CONNECT ON DATABASE supervision TO lecture_rapports;
GRANT USAGE ON SCHEMA public TO lecture_rapports;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO lecture_rapports;
''')

add("pgp/private-key", "ndiyam/outils/cles/signature-devis.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
@@s@@
''', "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(8)) + "\n=" + rnd(4, ALNUM + "+/") + "\n-----END PGP PRIVATE KEY BLOCK-----")

add("pgp/decoy-public-key", "ndiyam/outils/cles/signature-devis.pub.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Ndiyam Naange Solaire <devis@ndiyamnaange.sn>

mDMEZeK4yRYJKwYBBAHaRw8BAQdAq9Lw2Rz8mXbT0cJvH7nYp4sEa1dUg6fQo5iW
3rNtZ0SNZGl5YW0gTmFhbmdlIFNvbGFpcmUgPGRldmlzQG5kaXlhbW5hYW5nZS5z
bj6IkwQTFgoAOxYhBP3kq9Lw2Rz8mXbT0cJvH7nYp4sEBQJl4rjJAhsDBQsJCAcC
=q7Vx
-----END PGP PUBLIC KEY BLOCK-----
''')

add("pem/decoy-certificate", "moulin/hamni/deploy/certs/commandes.hamnihayni.ne.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIDfzCCAmegAwIBAgIUHamniHayniNiameyCertAAAAAAAAAAAwDQYJKoZIhvcNAQEL
BQAwTzELMAkGA1UEBhMCTkUxDzANBgNVBAcMBk5pYW1leTEUMBIGA1UECgwLSGFt
bmkgSGF5bmkxGTAXBgNVBAMMEGNvbW1hbmRlcy5oYW1uaTAeFw0yNDAzMDEwMDAw
MDBaFw0yNTAzMDEwMDAwMDBaME8xCzAJBgNVBAYTAk5FMQ8wDQYDVQQHDAZOaWFt
ZXkxFDASBgNVBAoMC0hhbW5pIEhheW5pMRkwFwYDVQQDDBBjb21tYW5kZXMuaGFt
bmkwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC7mK9pL2xQ8vR4tY6w
-----END CERTIFICATE-----
''')

add("pem/ec-private-key", "moulin/hamni/deploy/certs/commandes.hamnihayni.ne.key", "https://www.rfc-editor.org/rfc/rfc5915", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC"))

add("yaml/age-sops-key", "ndiyam/k8s/.sops/keys.txt", "https://github.com/FiloSottile/age", r'''
# Clé age de l'équipe (sops) — copie sur le portable d'Aliou
# created: 2024-02-10T09:12:44Z
# public key: age1ndiyam7k3h9m2q7x1p5t8v4w6z0b3n7c9d1f5g2h4j6k8l0m2n4p6q8r0s2t
@@s@@
# (à mettre dans ~/.config/sops/age/keys.txt)
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))

add("yaml/decoy-sops-encrypted", "ndiyam/k8s/secrets/mqtt.enc.yaml", "https://github.com/getsops/sops", r'''
apiVersion: v1
kind: Secret
metadata:
    name: mqtt-supervision
type: Opaque
stringData:
    password: ENC[AES256_GCM,data:q8Zt1Vb6NmHj4Kl2Mn9PqR3s,iv:7Hj4Kl2Mn9PqR3sT5uV8wX1yZ0aB=,tag:c3b5e7f9a1d2c4e6f8a0b2c4==,type:str]
sops:
    age:
        - recipient: age1ndiyam7k3h9m2q7x1p5t8v4w6z0b3n7c9d1f5g2h4j6k8l0m2n4p6q8r0s2t
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxN0x6UGs0Vm5oY0Ezd0Ji
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-02-10T09:20:01Z"
    mac: ENC[AES256_GCM,data:Zt1Vb6NmHj4Kl2,iv:Mn9PqR3sT5uV8wX1=,tag:a1d2c4e6f8a0==,type:str]
    version: 3.8.1
''')


# ---------------------------------------------------------------- paiements et SMS d'Afrique de l'Ouest

add("php/paydunya", "ndiyam/site/wp-content/plugins/ndiyam-paiement/config.php", "https://developers.paydunya.com/doc/FR/introduction", r'''
<?php
// PayDunya (Sénégal) — acomptes des installations (30 % à la commande)
return [
    'mode'        => 'live',
    'master_key'  => getenv('PAYDUNYA_MASTER_KEY'),
    'private_key' => '@@s@@',
    'public_key'  => 'live_public_Ndiyam0PubliqueVisibleDansLeNavigateur',
    'token'       => getenv('PAYDUNYA_TOKEN'),
    'boutique'    => ['nom' => 'Ndiyam Naange Solaire', 'ville' => 'Saint-Louis', 'tel' => '+221339611223'],
];
''', "live_private_" + mixed(28))

add("js/cinetpay", "moulin/hamni/site/api/cinetpay.js", "https://docs.cinetpay.com/api/1.0-fr/checkout/initialisation", r'''
// CinetPay: paiement mobile (Airtel Money / Moov / Orange Niger)
const axios = require("axios");

const CINETPAY = {
  apikey: "@@s@@",
  site_id: "5871234",
  notify_url: "https://commandes.hamnihayni.ne/api/cinetpay/notify",
};

async function initier(ref, montant, description) {
  const { data } = await axios.post("https://api-checkout.cinetpay.com/v2/payment", {
    ...CINETPAY, transaction_id: ref, amount: montant, currency: "XOF", description,
    return_url: "https://commandes.hamnihayni.ne/merci", channels: "MOBILE_MONEY",
  });
  return data.data.payment_url;
}

module.exports = { initier };
''', str(_rng().randint(10**11, 10**12)) + hexs(12) + "." + rnd(8, "0123456789"))

add("python/orange-sms-secret", "ndiyam/outils/sms_orange.py", "https://developer.orange.com/apis/sms-sn/getting-started", r'''
"""SMS via l'API Orange (Sénégal): rappels d'entretien des pompes.
Pulaar: 'Ciimtol pompo mon ko jango' = l'entretien de votre pompe est demain."""
import base64
import requests

CLIENT_ID = "kX9mQ2pL7vT4rB8nW1cY6zA3sE5gH0jF"
CLIENT_SECRET = "@@s@@"


def jeton():
    auth = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://api.orange.com/oauth/v3/token",
                      headers={"Authorization": f"Basic {auth}"},
                      data={"grant_type": "client_credentials"}, timeout=20)
    return r.json()["access_token"]
''', mixed(16))

add("json/infobip", "moulin/hamni/sms/infobip.json", "https://www.infobip.com/docs/essentials/api-essentials/api-authentication", r'''
{
  "base_url": "https://8kx3pq.api.infobip.com",
  "api_key": "@@s@@",
  "expediteur": "HAMNIHAYNI",
  "pays": ["NE", "SN", "ML"],
  "modeles": {
    "commande_prete": "Fofo! Ni hamni sacey go soolante. Ref {ref}.",
    "relance": "Rappel: facture {ref} de {montant} FCFA en attente."
  }
}
''', infobip())

add("yaml/twilio-api-key", "ndiyam/outils/appels/config.yaml", "https://www.twilio.com/docs/iam/api-keys", r'''
# Appels vocaux automatiques (clients qui ne lisent pas les SMS) — message en pulaar enregistré
twilio:
  account_sid: ACe4b1c9d3a7f0e2b8c6d4a1f9e3b7c5d2
  api_key_sid: @@sid@@
  api_key_secret: @@s@@
  numero: "+221338001122"
messages:
  entretien_pulaar: https://www.ndiyamnaange.sn/audio/ciimtol_pompo.mp3
''', mixed(32), sid=twilio_sk())

add("csv/decoy-transactions", "moulin/hamni/data/export_wave_mars.csv", "https://docs.wave.com/business", r'''
date,transaction_id,client_reference,montant,frais,statut,telephone_masque
2024-03-01 09:12,T_7HJ4KL2MN9PQR3ST,HH-24-0301,45000,450,succeeded,+221 77 *** ** 12
2024-03-01 11:40,T_Q8ZT1VB6NMHJ4KL2,HH-24-0302,12500,125,succeeded,+221 76 *** ** 98
2024-03-02 08:05,T_C3B5E7F9A1D2C4E6,HH-24-0303,90000,900,succeeded,+221 78 *** ** 45
2024-03-02 16:22,T_M9PQR3ST5UV8WX1Y,HH-24-0304,30000,300,failed,+221 70 *** ** 03
2024-03-03 10:01,T_Z0AB2CD4EF6GH8IJ,HH-24-0305,45000,450,succeeded,+221 77 *** ** 67
''')

add("json/decoy-webhook-payload", "moulin/hamni/tests/fixtures/paystack_webhook.json", "https://paystack.com/docs/payments/webhooks/", r'''
{
  "event": "charge.success",
  "data": {
    "id": 3619283746,
    "domain": "live",
    "status": "success",
    "reference": "HH-24-0311",
    "amount": 4500000,
    "currency": "XOF",
    "channel": "mobile_money",
    "authorization": {
      "authorization_code": "AUTH_k3h9m2q7x1",
      "bin": "000000",
      "last4": "0000",
      "signature": "SIG_p5t8v4w6z0b3n7c9d1f5"
    },
    "customer": {"id": 184233, "email": "boutique.hadiza@example.ne", "customer_code": "CUS_9xk2lp4qr7tt3w8"}
  }
}
''')

add("python/decoy-hmac-verify", "moulin/hamni/paiement/webhooks.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", r'''
import hashlib
import hmac
import os

from django.http import HttpResponse, HttpResponseForbidden


def paystack_webhook(request):
    secret = os.environ["PAYSTACK_SECRET"].encode()
    attendu = hmac.new(secret, request.body, hashlib.sha512).hexdigest()
    if not hmac.compare_digest(attendu, request.headers.get("x-paystack-signature", "")):
        return HttpResponseForbidden("signature invalide")
    # Zarma: nooru to — l'argent est arrivé
    return HttpResponse("ok")
''')

add("xml/soap-password", "moulin/hamni/douane/sydonia_client.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Requête modèle: déclaration d'export de farine vers le Nigeria (guichet unique) -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>HAMNIHAYNI_EXP</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@s@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <declaration produit="farine de mil" poids_kg="12000" destination="NG"/>
  </soapenv:Body>
</soapenv:Envelope>
''', words_pw())

add("python/odoo-xmlrpc-key", "moulin/hamni/scripts/synchro_odoo.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html#api-keys", r'''
"""Synchronise les commandes WhatsApp (Google Sheet) vers Odoo."""
import xmlrpc.client

URL = "https://odoo.hamnihayni.ne"
DB = "hamni"
USER = "synchro@hamnihayni.ne"
API_KEY = "@@s@@"  # clé API Odoo du compte synchro

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
print(models.execute_kw(DB, uid, API_KEY, "sale.order", "search_count", [[["state", "=", "draft"]]]))
''', hexs(40))

add("gs/apps-script-key", "moulin/hamni/sheets/Code.gs", "https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app", r'''
// Google Sheet "Commandes WhatsApp" -> envoi à l'API des commandes
// Fofo Hadiza: ne pas toucher à la colonne F
var API = 'https://commandes.hamnihayni.ne/api/import';
var JETON = '@@s@@';

function envoyerLignes() {
  var feuille = SpreadsheetApp.getActive().getSheetByName('Commandes');
  var lignes = feuille.getRange(2, 1, feuille.getLastRow() - 1, 6).getValues();
  UrlFetchApp.fetch(API, {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + JETON },
    payload: JSON.stringify(lignes),
  });
}
''', mixed(48))

_at = "pat" + mixed(14) + "." + hexs(64)
add("js/split-key", "ndiyam/site/wp-content/themes/ndiyam/js/devis-simulateur.js", "https://support.airtable.com/docs/creating-personal-access-tokens", r'''
// Simulateur de devis (dimensionnement pompe + panneaux) -> enregistre la demande dans Airtable
// la clé est coupée en deux "pour ne pas être vue" (sic)
const AT_PART1 = "@@p1@@";
const AT_PART2 = "@@p2@@";
const AIRTABLE_TOKEN = AT_PART1 + AT_PART2;

async function enregistrerDemande(d) {
  await fetch("https://api.airtable.com/v0/appNd1yAmNaAnGe0/Demandes", {
    method: "POST",
    headers: { Authorization: `Bearer ${AIRTABLE_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ fields: { Nom: d.nom, Village: d.village, Debit_m3j: d.debit, Profondeur_m: d.prof } }),
  });
}
''', _at[18:], p1=_at[:18], p2=_at[18:])

add("python/notion", "ndiyam/outils/planning_chantiers.py", "https://developers.notion.com/docs/authorization", r'''
# Planning des chantiers (base Notion "Chantiers 2024")
from notion_client import Client

notion = Client(auth="@@s@@")
BASE = "3e9a1c7b5d2f40e8a6b1c9d3e7f0a2b4"

for page in notion.databases.query(database_id=BASE, filter={"property": "Statut", "select": {"equals": "À faire"}})["results"]:
    titre = page["properties"]["Nom"]["title"][0]["plain_text"]
    print("•", titre)
''', "ntn_" + rnd(11, "0123456789") + mixed(35))

add("md/decoy-checksums", "ndiyam/firmware/pompe_ctrl/RELEASES.md", "https://www.rfc-editor.org/rfc/rfc6234", r'''
# Versions du firmware du contrôleur de pompe

| version | date       | sha256                                                           |
|---------|------------|------------------------------------------------------------------|
| 2.3.0   | 2024-01-15 | 9f2c4e1b3a7d5f08e6b1c9d3a2f4e7b0c5d8a1e3f6b9c2d4e7a0b3c6d9e2f5a8 |
| 2.3.1   | 2024-02-02 | 4a7d0e3b6c9f2a5d8e1b4c7f0a3d6e9b2c5f8a1d4e7b0c3f6a9d2e5b8c1f4a7d |
| 2.4.0   | 2024-03-10 | e1b4c7f0a3d6e9b2c5f8a1d4e7b0c3f6a9d2e5b8c1f4a7d0e3b6c9f2a5d8e1b4 |

Mise à jour OTA : `esptool.py write_flash 0x10000 pompe_ctrl-2.4.0.bin`.
Pulaar : Hesɗitinde firmware = mettre à jour le firmware.
''')

add("json/decoy-package-lock", "ndiyam/outils/alerte-discord/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "alerte-discord",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-5T6nhjsT+EOMzuck8JjBHARTHfMht0POzlA60WV2pMD3gyXw2LZnZ+ueGdNxG+0calOJcWKbpFcuzLZ91YWq9Q=="
    },
    "node_modules/accepts": {
      "version": "1.3.8",
      "resolved": "https://registry.npmjs.org/accepts/-/accepts-1.3.8.tgz",
      "integrity": "sha512-PYAthTa2m2VKxuvSD3DPC/Gy+U+sOA1LAuT8mkmRuvw+NACSaeXEQ+NHcVF7rONl6qcaxV3Uuemwawk+7+SJLw=="
    }
  }
}
''')

add("txt/decoy-requirements-hashes", "moulin/hamni/commandes/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes
django==5.0.3 \
    --hash=sha256:5c7d748ad113a81b2d44750ccc41edc14e933f56581683db548c9257e078cc83 \
    --hash=sha256:5fb37580dcf4a262f9258c1f4373819aacca906431f505e4688e37f3a99195df
celery==5.3.6 \
    --hash=sha256:9da4ea0118d232ce97dff5ed4974587fb1c0ff5c10042eb15278487cdd27d1af
requests==2.31.0 \
    --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f
''')

add("yaml/decoy-uuids", "ndiyam/monitoring/sites.yaml", "https://thingsboard.io/docs/user-guide/ui/devices/", r'''
# Inventaire des sites: identifiants des appareils dans ThingsBoard (pas des secrets)
sites:
  - nom: Gandiol forage 3
    device_id: 7c3e9a1b-5d2f-4e60-a8b1-c2d3e4f5a6b7
    profil: pompe-lorentz
    gps: [15.9312, -16.5098]
  - nom: Mpal maraîchage
    device_id: 1f8a2b3c-4d5e-4f60-9a1b-2c3d4e5f6a7b
    profil: pompe-grundfos
    gps: [15.9208, -16.2627]
  - nom: Podor GIE Jam Tan
    device_id: 9e0d1c2b-3a4f-4e5d-8c7b-6a5f4e3d2c1b
    profil: pompe-lorentz
    gps: [16.6519, -14.9593]
''')

add("compose/decoy-test-creds-local", "ndiyam/monitoring/docker-compose.test.yml", "https://docs.docker.com/compose/", r'''
# Environnement de TEST local uniquement (CI): valeurs jetables, aucun accès réel
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: test
      DOCKER_INFLUXDB_INIT_PASSWORD: test-password
      DOCKER_INFLUXDB_INIT_ORG: test
      DOCKER_INFLUXDB_INIT_BUCKET: pompes
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: test-token
''')


# ---------------------------------------------------------------- divers: mails, journaux, docs, Makefile

add("makefile/deploy-password", "moulin/hamni/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
# Hamni Hayni — tâches courantes
SERVEUR = hamni@yantala.hamnihayni.ne
FTP_PASS = @@s@@

.PHONY: test deployer sauvegarde

test:
	pytest -q

deployer:
	rsync -az --delete ./commandes/ $(SERVEUR):/var/www/commandes/
	ssh $(SERVEUR) 'sudo systemctl restart commandes'

catalogue:
	lftp -u hamnihayni,$(FTP_PASS) ftp.hamnihayni.ne -e "mirror -R catalogue/ /public_html/catalogue; quit"
''', words_pw())

add("log/leaked-url", "ndiyam/monitoring/logs/collecte-2024-03-07.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", r'''
2024-03-07 06:00:01 INFO collecte démarrée (v1.4.2)
2024-03-07 06:00:02 INFO connexion AMQP amqps://collecte:@@s@@@mq.ndiyamnaange.sn:5671/pompes
2024-03-07 06:00:02 INFO abonné à la file "mesures"
2024-03-07 06:05:13 WARN GANDIOL-03 niveau=38cm (< 40) -> alerte envoyée
2024-03-07 06:10:13 INFO MPAL-01 debit=4.2m3/h tension=118V
2024-03-07 06:15:13 ERROR PODOR-JAM délai dépassé (GSM ?)
''', pw())

add("log/decoy-redacted", "ndiyam/monitoring/logs/collecte-2024-03-08.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2024-03-08 06:00:01 INFO collecte démarrée (v1.4.3 — les URL sont masquées dans les journaux)
2024-03-08 06:00:02 INFO connexion AMQP amqps://collecte:********@mq.ndiyamnaange.sn:5671/pompes
2024-03-08 06:00:02 INFO abonné à la file "mesures"
2024-03-08 06:00:03 INFO influx token=[MASQUÉ] org=ndiyam-naange
2024-03-08 06:05:13 INFO GANDIOL-03 niveau=52cm debit=3.1m3/h
2024-03-08 06:10:13 INFO MPAL-01 debit=4.0m3/h tension=121V
''')

add("eml/decoy-invoice", "ndiyam/notes/facture_lorentz.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: invoices@lorentz.de
To: compta@ndiyamnaange.sn
Subject: Invoice 2024-0412 / Facture
Date: Thu, 04 Apr 2024 12:00:00 +0000

Dear customer,

Please find attached invoice 2024-0412 for 4 x PS2-1800 controllers.
Order reference: PO-NN-2024-031
Customer number: 7004183
Payment reference: RF18 5390 0754 7034

Payment link (valid 30 days): https://pay.lorentz.de/i/2024-0412

Kind regards
''')

add("md/wiki-token-prose", "ndiyam/docs/wiki/acces-partenaire.md", "https://developers.rms.teltonika-networks.com/", r'''
# Accès à la plateforme du partenaire (ONG eau potable)

Le partenaire nous a donné un jeton d'API pour pousser les débits mensuels des forages
communautaires. Coumba l'a reçu par mail le 12/02, le voici pour que l'équipe l'ait :

    @@s@@

On l'utilise dans l'en-tête `X-Api-Key`. Il est valable un an.
Pulaar: Kala jaŋde ɗo, yeew jaaɓnirde ndee ko adii.
''', mixed(40))

add("md/decoy-wiki-api-doc", "ndiyam/docs/wiki/api-terrain.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
# API de l'application terrain

Toutes les requêtes portent l'en-tête :

```
Authorization: Bearer <jeton personnel>
```

Le jeton personnel se crée dans l'espace admin > Profil > Jetons. Exemple de réponse :

```json
{"id": 17, "nom": "Téléphone Demba", "jeton": "nn_••••••••••••3f9a", "expire": "2025-01-01"}
```

Le jeton complet n'est affiché qu'une seule fois, à la création.
''')

add("yaml/decoy-openapi", "ndiyam/docs/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", r'''
openapi: 3.0.3
info:
  title: API Terrain Ndiyam Naange
  version: 1.6.0
components:
  securitySchemes:
    jetonApi:
      type: apiKey
      in: header
      name: X-Api-Key
paths:
  /forages/{id}/releves:
    post:
      security: [{ jetonApi: [] }]
      parameters:
        - { name: id, in: path, required: true, schema: { type: string }, example: "GANDIOL-03" }
      requestBody:
        content:
          application/json:
            example: { niveau_cm: 52, debit_m3h: 3.1, releve_par: "demba" }
''')

add("http/rest-client", "ndiyam/outils/requetes.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Liste des forages (API terrain)
GET https://terrain.ndiyamnaange.sn/api/forages
X-Api-Key: @@s@@

### Relevé manuel
POST https://terrain.ndiyamnaange.sn/api/forages/GANDIOL-03/releves
X-Api-Key: @@s@@
Content-Type: application/json

{"niveau_cm": 52, "debit_m3h": 3.1, "releve_par": "demba"}
''', "nn_" + mixed(40))

add("http/decoy-rest-client-vars", "moulin/hamni/outils/requetes.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
### Commandes du jour (variables dans .vscode/settings.json -> rest-client.environmentVariables)
GET {{baseUrl}}/api/commandes?jour=aujourdhui
Authorization: Bearer {{jeton}}

### Marquer une commande livrée
PATCH {{baseUrl}}/api/commandes/HH-24-0311
Authorization: Bearer {{jeton}}
Content-Type: application/json

{"statut": "livree"}
''')

add("postman/env-token", "moulin/hamni/outils/Hamni.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "5e1c9a3b-7d2f-4e60-b8a1-c2d3e4f5a6b7",
  "name": "Hamni prod",
  "values": [
    {"key": "baseUrl", "value": "https://commandes.hamnihayni.ne", "type": "default", "enabled": true},
    {"key": "jeton", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "boutique", "value": "B001", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', jwt_like('{"sub":"moussa","role":"admin","iss":"commandes.hamnihayni.ne","exp":1740787200}'))

add("postman/decoy-env-empty", "ndiyam/outils/Ndiyam.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "9b2d4f6a-1c3e-4a5b-8d7f-0e1a2b3c4d5e",
  "name": "Ndiyam terrain (modèle)",
  "values": [
    {"key": "baseUrl", "value": "https://terrain.ndiyamnaange.sn", "type": "default", "enabled": true},
    {"key": "apiKey", "value": "", "type": "secret", "enabled": true},
    {"key": "forage", "value": "GANDIOL-03", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

add("yaml/mailchimp", "moulin/hamni/newsletter/config.yaml", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
# Lettre mensuelle aux boutiques: prix du sac de 25 kg, nouveautés (farine de fonio bientôt)
mailchimp:
  api_key: @@s@@
  server: us21
  liste: Boutiques Niamey
langues: [fr, dje]
''', hexs(32) + "-us21")

add("cfg/decoy-mailchimp-placeholder", "ndiyam/site/newsletter.ini", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
[mailchimp]
; clé dans la variable d'environnement MAILCHIMP_API_KEY (serveur us14)
api_key = %(ENV_MAILCHIMP_API_KEY)s
server = us14
liste_id = 8a1c3e5b7d

[envoi]
expediteur = Ndiyam Naange Solaire
adresse = infos@ndiyamnaange.sn
''')

add("ts/supabase-service-role", "ndiyam/app-clients/supabase/functions/rappel/index.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
// Fonction planifiée: rappel d'entretien 6 mois après l'installation
import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const supabase = createClient(
  "https://ndiyamxk3h9m2q7x1p.supabase.co",
  "@@s@@", // service_role — TODO secrets de la fonction
);

Deno.serve(async () => {
  const { data } = await supabase.from("installations").select("client, tel, date_pose").lt("date_pose", "2023-10-01");
  return new Response(JSON.stringify({ a_rappeler: data?.length ?? 0 }));
});
''', jwt_like('{"iss":"supabase","ref":"ndiyamxk3h9m2q7x1p","role":"service_role","iat":1706745600,"exp":2022321600}'))

add("ts/decoy-supabase-anon", "ndiyam/app-clients/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from "@supabase/supabase-js";

// clé "anon" publique, protégée par les règles RLS; chargée depuis l'environnement de build
export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);
''')

add("cs/decoy-user-secrets", "moulin/hamni/bascule/BasculeService/BasculeService.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>dotnet-BasculeService-6b1e2f40-9c3d-4a8e-b7f1-2d5c8e9a0b34</UserSecretsId>
    <RootNamespace>Hamni.Bascule</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Storage.Blobs" Version="12.19.1" />
    <PackageReference Include="System.IO.Ports" Version="8.0.0" />
  </ItemGroup>
</Project>
''')

add("toml/gitlab-runner", "ndiyam/infra/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "serveur-ndar"
  url = "https://gitlab.com"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.11"
    privileged = false
    volumes = ["/cache"]
''', "glrt-" + fakes.drawn(_seed(), 20, ALNUM + "-_"))

add("txt/decoy-revoked-note", "moulin/hamni/notes/jetons_revoques.txt", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html#revoke-a-personal-access-token", r'''
Jetons révoqués (historique) — Hamni Hayni
=========================================
2023-11-02  GitLab runner "pc-bascule"     révoqué (PC remplacé)
2024-02-18  GitLab PAT "bascule-readme"    révoqué (fuite README, voir incident)
2024-03-01  Paystack live (ancienne clé)   régénérée dans le tableau de bord
2024-03-20  Telegram bot stock              /revoke via BotFather, nouveau jeton dans Vault

Aucune valeur n'est notée ici. Zarma: Iri na i kaa — nous les avons retirés.
''')

add("json/heroku-key", "ndiyam/outils/ancien-site/app.json", "https://devcenter.heroku.com/articles/authentication", r'''
{
  "name": "ndiyam-ancien-site",
  "description": "Ancien site vitrine (avant WordPress) — à supprimer",
  "env": {
    "HEROKU_API_KEY": { "value": "@@s@@" },
    "LANG": { "value": "fr_SN.UTF-8" }
  },
  "buildpacks": [{ "url": "heroku/nodejs" }]
}
''', uuid_s())

add("ruby/decoy-figaro-sample", "ndiyam/site-rails/config/application.yml.sample", "https://github.com/laserlemon/figaro", r'''
# Copier vers config/application.yml (ignoré par git)
MAILGUN_API_KEY: "key-à-demander-à-Coumba"
GOOGLE_CLIENT_ID: "418273650912-xxxxxxxx.apps.googleusercontent.com"
GOOGLE_CLIENT_SECRET: ""
SECRET_KEY_BASE: "générer avec: bin/rails secret"
''')


# ---------------------------------------------------------------- encore: terrain, comptabilité, export

add("csv/router-inventory", "ndiyam/reseau/inventaire_routeurs.csv", "https://wiki.teltonika-networks.com/view/RUT240_Administration", r'''
site,modele,serie,ip_vpn,sim,admin_web,remarque
Gandiol forage 3,RUT240,1107289345,10.66.0.13,Orange SN,voir Bitwarden,OK
Mpal maraîchage,RUT240,1107291120,10.66.0.14,Free SN,voir Bitwarden,antenne à remonter
Podor GIE Jam Tan,RUT240,1107301874,10.66.0.15,Expresso,@@s@@,mot de passe changé sur place par Demba
Ross Béthio,RUT241,1108002231,10.66.0.16,Orange SN,voir Bitwarden,
''', words_pw())

add("txt/sms-export", "ndiyam/notes/sms_client_richard_toll.txt", "https://www.rfc-editor.org/rfc/rfc5724", r'''
[SMS] +221 77 *** ** 54 -> Ndiyam (15/02/2024 18:02)
Jam tan Aliou. Pompo men tawaa ndiyam hande. No mbadda?

[SMS] Ndiyam -> +221 77 *** ** 54 (15/02/2024 18:10)
Jam tan. Mi ɗaɓɓii. Connectez-vous à l'app VRM avec le compte du GIE :
identifiant gie.richardtoll@ndiyamnaange.sn / mot de passe @@s@@
et envoyez-moi une capture. A jaraama.

[SMS] +221 77 *** ** 54 -> Ndiyam (15/02/2024 18:25)
Ok, a jaraama!
''', words_pw())

add("xlsx-csv/accounting-export", "moulin/hamni/compta/acces_banques.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
banque,agence,usage,identifiant_web,mot_de_passe,responsable
BOA Niger,Niamey Plateau,compte courant,HAMNI0041,voir coffre,Moussa
Ecobank,Niamey Maourey,salaires,hamni.salaires,@@s@@,Aïchatou
Orange Money Pro,—,encaissements,22790112233,code donné par SMS,Moussa
Airtel Money Pro,—,encaissements,22796001122,code donné par SMS,Moussa
''', words_pw())

add("yaml/decoy-ledger", "moulin/hamni/compta/plan_comptable.yaml", "https://www.ohada.org/", r'''
# Plan comptable SYSCOHADA simplifié (Hamni Hayni)
comptes:
  "601100": Achats de mil (grain)
  "602200": Sacs et emballages
  "605100": Électricité (NIGELEC) — moulins
  "701100": Ventes de farine de mil
  "701200": Ventes de son (aliment bétail)
  "521100": Banque BOA
  "521200": Banque Ecobank
  "571000": Caisse moulin
  "585000": Virements internes (Orange Money / Wave)
''')

add("env/decoy-compose-env-ref", "ndiyam/monitoring/.env.example", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", r'''
# Supervision Ndiyam — copier en .env
INFLUX_TOKEN=
MQTT_PASSWORD=
GF_SECURITY_ADMIN_PASSWORD=
GF_SMTP_PASSWORD=
TELEGRAM_TOKEN=
# Pulaar: Winndu ɗoo ko woni e Bitwarden (écrivez ici ce qui est dans Bitwarden) — sur le serveur seulement
''')

add("env/mqtt-and-telegram", "ndiyam/monitoring/.env", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", r'''
INFLUX_TOKEN=${INFLUX_TOKEN_PROD}
MQTT_PASSWORD=@@s@@
GF_SECURITY_ADMIN_PASSWORD=${GF_ADMIN}
GF_SMTP_PASSWORD=${GF_SMTP}
TELEGRAM_TOKEN=${TELEGRAM_TOKEN_PROD}
''', fakes.redis_password(_seed()))

add("cpp/sim800-http-auth", "ndiyam/firmware/pompe_ctrl/src/envoi.cpp", "https://www.rfc-editor.org/rfc/rfc7617", r'''
#include "config.h"
#include <TinyGsmClient.h>
#include <ArduinoHttpClient.h>

// Envoi HTTP des mesures par GPRS (quand MQTT est bloqué par l'opérateur)
static const char* HOTE = "telemetrie.ndiyamnaange.sn";
static const char* AUTH = "Basic @@s@@";

void envoyerMesure(TinyGsmClient& gsm, int niveau, float debit) {
  HttpClient http(gsm, HOTE, 80);
  String corps = String("{\"site\":\"") + SITE_ID + "\",\"niveau\":" + niveau + ",\"debit\":" + debit + "}";
  http.beginRequest();
  http.post("/api/mesures");
  http.sendHeader("Authorization", AUTH);
  http.sendHeader("Content-Type", "application/json");
  http.sendHeader("Content-Length", corps.length());
  http.beginBody();
  http.print(corps);
  http.endRequest();
}
''', b64("pompe-gandiol-03:" + pw()))

add("python/sftp-paramiko", "moulin/hamni/scripts/envoyer_catalogue.py", "https://docs.paramiko.org/en/stable/api/client.html", r'''
"""Envoie le catalogue PDF (prix du mois) sur le serveur du grossiste à Maradi."""
import paramiko

HOTE = "sftp.grossiste-maradi.ne"
UTILISATEUR = "hamnihayni"
MOT_DE_PASSE = "@@s@@"

client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
client.connect(HOTE, username=UTILISATEUR, password=MOT_DE_PASSE)
sftp = client.open_sftp()
sftp.put("catalogue/prix_du_mois.pdf", "depot/hamni_prix.pdf")
sftp.close()
client.close()
print("catalogue envoyé — fofo")
''', pw())

add("python/decoy-keyring", "moulin/hamni/scripts/envoyer_factures_sftp.py", "https://pypi.org/project/keyring/", r'''
"""Envoie les factures au cabinet comptable. Mot de passe dans le trousseau Windows."""
import keyring
import paramiko

HOTE = "sftp.cabinet-compta.ne"
UTILISATEUR = "hamnihayni"
mdp = keyring.get_password("cabinet-compta-sftp", UTILISATEUR)
if mdp is None:
    raise SystemExit("Mot de passe absent: keyring set cabinet-compta-sftp hamnihayni")

t = paramiko.Transport((HOTE, 22))
t.connect(username=UTILISATEUR, password=mdp)
paramiko.SFTPClient.from_transport(t).put("factures/mars.zip", "in/hamni_mars.zip")
t.close()
''')

add("java/jdbc-in-code", "moulin/hamni/stock-api/src/main/java/ne/hamnihayni/stock/ImportAncien.java", "https://jdbc.postgresql.org/documentation/use/", r'''
package ne.hamnihayni.stock;

import java.sql.Connection;
import java.sql.DriverManager;

/** Import unique de l'ancien fichier Access (migré vers Postgres). À supprimer après. */
public class ImportAncien {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://10.10.0.4:5432/stock", "stock", "@@s@@")) {
            c.createStatement().execute("INSERT INTO mouvements SELECT * FROM import_ancien");
            System.out.println("Import terminé. Fofo!");
        }
    }
}
''', pw())

add("dart/decoy-env", "ndiyam/app-clients/lib/config.dart", "https://dart.dev/guides/environment-declarations", r'''
// Valeurs injectées au build: flutter build apk --dart-define-from-file=env/prod.json
class Config {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://terrain.ndiyamnaange.sn/api/');
  static const apiKey = String.fromEnvironment('API_KEY');
  static const langue = String.fromEnvironment('LANGUE', defaultValue: 'fr');
}
''')

add("json/dart-define", "ndiyam/app-clients/env/prod.json", "https://docs.flutter.dev/deployment/flavors", r'''
{
  "API_BASE": "https://terrain.ndiyamnaange.sn/api/",
  "API_KEY": "@@s@@",
  "LANGUE": "fr"
}
''', "nn_" + mixed(40))

add("yaml/github-actions-inline", "ndiyam/site-rails/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:15
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with: { bundler-cache: true }
      - run: bin/rails db:setup test
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
          MAILGUN_API_KEY: @@s@@
''', mailgun())

add("md/decoy-readme-test-db", "ndiyam/site-rails/README.md", "https://guides.rubyonrails.org/testing.html", r'''
# Site Ndiyam Naange (Rails)

Espace client : suivi de la pompe, factures, rendez-vous d'entretien.

## Lancer en local

```sh
docker run -d -e POSTGRES_PASSWORD=postgres -p 5432:5432 postgres:15
bin/setup
bin/rails s
```

La base de test utilise `postgres/postgres` (conteneur local jetable).
Les clés Mailgun et Google sont dans `config/application.yml` (non versionné).

Pulaar : Jam tan, a jaraama e ballal maa!
''')

add("txt/decoy-serial-codes", "ndiyam/notes/garanties_onduleurs.txt", "https://www.victronenergy.com/support-and-downloads/warranty", r'''
Garanties onduleurs / régulateurs (Victron)
- MPPT 150/35  SN HQ2213ABCDE  installé Gandiol 03/2023  garantie jusqu'au 03/2028
- MPPT 150/60  SN HQ2231FGHJK  installé Mpal 11/2023     garantie jusqu'au 11/2028
- Cerbo GX     SN HQ2240LMNPQ  installé Podor 01/2024    VRM portal ID c0619ab3f2e1
- Cerbo GX     SN HQ2302RSTUV  installé Ross 02/2024     VRM portal ID 48e7d5a1b9c2

VRM portal ID = identifiant public de l'appareil (pas un mot de passe).
''')

add("yaml/decoy-dependabot", "moulin/hamni/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", r'''
version: 2
registries:
  gitlab-pypi:
    type: python-index
    url: https://gitlab.com/api/v4/projects/48201937/packages/pypi/simple
    username: hamnihayni-bot
    password: ${{secrets.GITLAB_PYPI_TOKEN}}
updates:
  - package-ecosystem: pip
    directory: "/commandes"
    registries: [gitlab-pypi]
    schedule: { interval: weekly, day: friday }
''')

add("pip/index-url-token", "ndiyam/monitoring/collecte/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/52108874/packages/pypi/simple
extra-index-url = https://pypi.org/simple
trusted-host = gitlab.com

[install]
no-cache-dir = true
''', gitlab())

add("python/aws-boto-inline", "ndiyam/outils/sauvegarde_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
"""Sauvegarde des photos de chantier (téléphones des techniciens) vers S3."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

def sauvegarder(chemin, chantier):
    s3.upload_file(chemin, "ndiyam-photos-chantiers", f"{chantier}/{chemin.split('/')[-1]}")
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("md/decoy-aws-example", "ndiyam/docs/sauvegardes.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", r'''
# Sauvegardes des photos de chantier

Le script `outils/sauvegarde_photos.py` lit ses identifiants dans le profil `ndiyam`
(`~/.aws/config`, connexion SSO). Plus de clés dans le code (voir incident d'avril).

```sh
aws sso login --profile ndiyam
AWS_PROFILE=ndiyam python outils/sauvegarde_photos.py
```

Format d'une clé d'accès AWS pour info : `AKIA` suivi de 16 caractères (ex. `AKIA................`).
''')

add("txt/decoy-wifi-guest-printed", "moulin/hamni/notes/affiche_wifi_clients.txt", "https://www.wi-fi.org/discover-wi-fi/security", r'''
==========================================
  HAMNI HAYNI — Espace clients (Niamey)
  Wifi invités : HAMNI-CLIENTS
  Accès libre, sans mot de passe — portail
  "J'accepte" puis navigation 30 minutes
  Fofo! Kala ni ye ka kaa.
==========================================
''')

add("yaml/decoy-ci-masked-var", "ndiyam/infra/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
stages: [deploy]

deploy-supervision:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\r' | ssh-add -
  script:
    - ssh -o StrictHostKeyChecking=no deploy@supervision.ndiyamnaange.sn "cd /opt/supervision && docker compose pull && docker compose up -d"
  environment: production
  only: [main]
''')


# ---------------------------------------------------------------- derniers fichiers

add("tfvars/db-password", "moulin/hamni/infra/terraform/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# Valeurs prod (NE PAS COMMITER — .gitignore à corriger)
region          = "eu-west-3"
db_password     = "@@s@@"
paystack_secret = null
# Abdou: db_password à passer en TF_VAR_db_password la prochaine fois
tags = { projet = "hamni-hayni", env = "prod" }
''', pw())

add("k8s/secret-stringdata", "ndiyam/k8s/secrets/grafana.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", r'''
apiVersion: v1
kind: Secret
metadata:
  name: grafana-admin
  namespace: supervision
type: Opaque
stringData:
  admin-user: admin
  admin-password: "@@s@@"
''', words_pw())

add("pgpass/password", "moulin/hamni/notes/pgpass_moussa", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
127.0.0.1:5432:hamni_prod:hamni:@@s@@
10.10.0.4:5432:stock:stock:*
# hamni_dev en local: pas de mot de passe (trust)
# chmod 0600 ~/.pgpass sinon psql l'ignore
''', pw())

add("compose/mysql-root", "moulin/hamni/bascule/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
# Base du pont-bascule sur le mini-PC du moulin
services:
  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: "@@s@@"
      MYSQL_DATABASE: pont_bascule
      TZ: Africa/Niamey
    volumes:
      - ./donnees:/var/lib/mysql
    ports:
      - "3306:3306"
''', words_pw())

add("txt/note-zarma-prose", "moulin/hamni/notes/passation_issa.txt", "https://www.rfc-editor.org/rfc/rfc8252", r'''
Passation — Issa part en congé (Tabaski)
----------------------------------------
Aïchatou ga caisse gaay. (Aïchatou garde la caisse.)

- Le logiciel de caisse s'ouvre avec le compte "caisse", le mot de passe
  c'est @@s@@ (on le change au retour d'Issa).
- Les sacs de son (aliment bétail) sont dans le magasin B.
- Ne pas livrer Alimentation Garba avant qu'il paie la facture de mai.

Fofo kulu. Irkoy ma ir gaa.
''', words_pw())

add("python/azure-client-secret", "moulin/hamni/outils/graph_mail.py", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", r'''
"""Lecture de la boîte commandes@ (Microsoft 365) pour importer les bons de commande PDF."""
import msal

TENANT = "5f3a9c1e-7b2d-4f60-89a1-c3e5b7d9f2a4"
CLIENT_ID = "a8c6e4b2-d0f9-4e7c-a5b3-1d9f7e5c3a1b"
CLIENT_SECRET = "@@s@@"

app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}",
                                         client_credential=CLIENT_SECRET)
jeton = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
''', rnd(3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_-.~"))

add("xml/decoy-jenkins-encrypted", "ndiyam/infra/jenkins/credentials.xml", "https://www.jenkins.io/doc/book/using/using-credentials/", r'''
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>ftp-site</id>
          <description>FTP hébergeur</description>
          <username>ndiyamna</username>
          <password>{AQAAABAAAAAQq8Zt1Vb6NmHj4Kl2Mn9PqR3sT5uV8wX1yZ0aB2cD4eF6gH8iJ0kL=}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
''')
