"""Blind set OX: a shea-butter co-operative in Bobo-Dioulasso and a motorbike-taxi app in Ouagadougou.

The co-operative (Coopérative des femmes Sii Tulu Nyèta, Bobo-Dioulasso: orders from buyers in
Europe, Orange Money and Moov Money payments to members, stock sheets, an Odoo instance, SMS
to the village groups) and the moto-taxi app (Moto Yaa, Ouagadougou: rider and driver apps,
dispatch backend, maps, push notifications, mobile-money top-ups), with comments and notes in
French, Dioula (Jula) and Mooré. About 130 files holding one credential each and about 90 decoys.
Generated fakes only (seeds 9360000-9369999).
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
SEED_LO, SEED_HI = 9360000, 9369999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Karite", "Tulu", "Sii", "Moto", "Yaa", "Laafi", "Barka", "Nyeta", "Sababu", "Kaam",
         "Taanga", "Dafra", "Guimbi", "Houet", "Kadiogo", "Wemtenga", "Zaka", "Sira", "Baara", "Faso"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("@#%*!?") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


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


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailgun() -> str:
    return "key-" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def africastalking() -> str:
    return "atsk_" + hexs(64)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def paydunya_private() -> str:
    return "live_private_" + mixed(23)


def paydunya_master() -> str:
    return fakes.drawn(_seed(), 8, string.ascii_lowercase + string.digits) + "-" + "-".join(
        fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits) for n in (4, 4, 4, 12))


def fedapay() -> str:
    return "sk_live_" + mixed(24)


def cinetpay_key() -> str:
    r = _rng()
    return str(r.randint(10**8, 10**9)) + "".join(r.choice(HEX) for _ in range(16)) + "." + str(r.randint(10**6, 10**7))


def fcm_server_key() -> str:
    return "AAAA" + mixed(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def mapbox_secret() -> str:
    head = base64.urlsafe_b64encode(b'{"u":"motoyaa","a":"ckx' + rnd(20, string.ascii_lowercase + string.digits).encode()
                                    + b'"}').decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def whatsapp_token() -> str:
    return "EAA" + mixed(180)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def sentry_dsn(host: str = "o4505123.ingest.sentry.io") -> str:
    r = _rng()
    return f"https://{''.join(r.choice(HEX) for _ in range(32))}@{host}/{r.randint(10**15, 10**16)}"


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def expo_tok() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_tok() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def hf_tok() -> str:
    return mixed(34, "hf_")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


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
    CASES.append(LabelledCase("blind-ox/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- moto-taxi app: backend

add("python/paydunya-private-key", "motoyaa/backend/paiements/paydunya_client.py",
    "https://developers.paydunya.com/doc/FR/http_json", r'''
"""Recharge du portefeuille chauffeur via PayDunya (Orange Money / Moov Money)."""
import requests

PAYDUNYA_MASTER_KEY = "@@m@@"
# clé privée prod — Issouf a dit de la laisser ici le temps du test avec Moov, à enlever !!
PAYDUNYA_PRIVATE_KEY = "@@s@@"
PAYDUNYA_TOKEN = "@@t@@"


def headers():
    return {
        "PAYDUNYA-MASTER-KEY": PAYDUNYA_MASTER_KEY,
        "PAYDUNYA-PRIVATE-KEY": PAYDUNYA_PRIVATE_KEY,
        "PAYDUNYA-TOKEN": PAYDUNYA_TOKEN,
        "Content-Type": "application/json",
    }


def creer_facture(montant_fcfa, chauffeur):
    body = {"invoice": {"total_amount": montant_fcfa, "description": f"Recharge {chauffeur.telephone}"},
            "store": {"name": "Moto Yaa"}}
    r = requests.post("https://app.paydunya.com/api/v1/checkout-invoice/create", json=body, headers=headers())
    r.raise_for_status()
    return r.json()
''', paydunya_private(), m=paydunya_master(), t=rnd(20, string.ascii_lowercase + string.digits))

add("env/postgres-url", "motoyaa/backend/.env.prod", "https://www.postgresql.org/docs/current/libpq-connect.html", r'''
# Moto Yaa — backend prod (serveur Ouaga 2000)
DJANGO_SETTINGS_MODULE=motoyaa.settings.prod
ALLOWED_HOSTS=api.motoyaa.bf
DATABASE_URL=postgres://motoyaa_app:@@s@@@db-prod.motoyaa.internal:5432/motoyaa
REDIS_URL=redis://cache.motoyaa.internal:6379/0
TARIF_BASE_FCFA=200
TARIF_KM_FCFA=100
''', words_pw())

add("env/decoy-placeholders", "motoyaa/backend/.env.example", "https://12factor.net/config", r'''
# Copier en .env et remplir. NE JAMAIS committer le .env réel.
DJANGO_SETTINGS_MODULE=motoyaa.settings.dev
DATABASE_URL=postgres://motoyaa:motoyaa@localhost:5432/motoyaa_dev
PAYDUNYA_MASTER_KEY=<votre-master-key>
PAYDUNYA_PRIVATE_KEY=test_private_xxxxxxxxxxxxxxxxxxxxxxx
PAYDUNYA_TOKEN=changeme
GOOGLE_MAPS_KEY=
FCM_SERVER_KEY=${FCM_SERVER_KEY}
''')

add("python/django-secret-key", "motoyaa/backend/motoyaa/settings/prod.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.motoyaa.bf", "dispatch.motoyaa.bf"]

# A ka kɛ ni .env ye! (à mettre dans l'env, Salif)
SECRET_KEY = "@@s@@"

CSRF_TRUSTED_ORIGINS = ["https://dispatch.motoyaa.bf"]
SESSION_COOKIE_SECURE = True
TIME_ZONE = "Africa/Ouagadougou"
LANGUAGE_CODE = "fr"
''', fakes.django_secret_key(_seed()))

add("python/decoy-env-lookup", "motoyaa/backend/motoyaa/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
PAYDUNYA = {
    "MASTER_KEY": os.environ.get("PAYDUNYA_MASTER_KEY", ""),
    "PRIVATE_KEY": os.environ.get("PAYDUNYA_PRIVATE_KEY", ""),
    "TOKEN": os.environ.get("PAYDUNYA_TOKEN", ""),
    "MODE": os.environ.get("PAYDUNYA_MODE", "test"),
}
GOOGLE_MAPS_KEY = os.getenv("GOOGLE_MAPS_KEY")
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Ouagadougou"
''')

add("python/fcm-server-key", "motoyaa/backend/notifications/push.py",
    "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r'''
import requests

# ancienne API FCM (legacy) — on migre vers HTTP v1 après la Tabaski
FCM_KEY = "@@s@@"


def notifier_chauffeur(token_appareil, course):
    payload = {
        "to": token_appareil,
        "notification": {"title": "Nouvelle course", "body": f"Client à {course.depart} ({course.distance_km} km)"},
        "data": {"course_id": str(course.id)},
    }
    return requests.post("https://fcm.googleapis.com/fcm/send", json=payload,
                         headers={"Authorization": f"key={FCM_KEY}"}, timeout=5)
''', fcm_server_key())

add("python/decoy-fcm-device-token", "motoyaa/backend/notifications/tests/test_push.py",
    "https://firebase.google.com/docs/cloud-messaging/manage-tokens", r'''
from unittest import mock

from notifications import push

# jeton d'appareil factice (pas une clé serveur), généré pour les tests
FAUX_TOKEN_APPAREIL = "fake-device-token-0000-test-moto-yaa"


@mock.patch("notifications.push.requests.post")
def test_notifier_chauffeur(post):
    course = mock.Mock(depart="Gounghin", distance_km=3.2, id=42)
    push.notifier_chauffeur(FAUX_TOKEN_APPAREIL, course)
    assert post.call_args.kwargs["json"]["to"] == FAUX_TOKEN_APPAREIL
''')

add("yaml/google-maps-key", "motoyaa/backend/config/maps.yml",
    "https://developers.google.com/maps/documentation/directions/get-api-key", r'''
# Config cartes — Ouagadougou et Bobo
maps:
  provider: google
  api_key: @@s@@
  region: bf
  language: fr
  villes:
    ouaga: {lat: 12.3714, lng: -1.5197}
    bobo: {lat: 11.1771, lng: -4.2979}
  cache_ttl_s: 600
''', google_api())

add("python/twilio-auth-token", "motoyaa/backend/otp/sms.py", "https://www.twilio.com/docs/iam/api/authtoken", r'''
from twilio.rest import Client

# OTP par SMS pour la connexion (numéros +226)
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+12015550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def envoyer_otp(numero, code):
    corps = f"Moto Yaa: votre code est {code}. Ne le partagez avec personne."
    return client.messages.create(to=numero, from_=FROM, body=corps)
''', twilio_token(), sid=twilio_sid())

add("python/decoy-otp-hash", "motoyaa/backend/otp/codes.py", "https://docs.python.org/3/library/hashlib.html", r'''
import hashlib
import hmac
import secrets

# On ne stocke que le hash du code OTP (sha256), jamais le code.
EXEMPLE_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def nouveau_code():
    return f"{secrets.randbelow(10**6):06d}"


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def verifier(code: str, stocke: str) -> bool:
    return hmac.compare_digest(hash_code(code), stocke)
''')

add("json/africastalking-key", "motoyaa/backend/config/sms.json",
    "https://developers.africastalking.com/docs/authentication", r'''
{
  "fournisseur": "africastalking",
  "username": "motoyaa",
  "apiKey": "@@s@@",
  "senderId": "MOTOYAA",
  "pays": "BF",
  "prefixe": "+226"
}
''', africastalking())

add("go/redis-password", "motoyaa/dispatch/internal/store/redis.go", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", r'''
package store

import (
	"github.com/redis/go-redis/v9"
)

// Positions des chauffeurs (GEOADD) — cluster Ouaga
func NewPositions() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.20.0.12:6379",
		Username: "dispatch",
		Password: "@@s@@", // TODO mettre dans vault (Aziz)
		DB:       2,
	})
}
''', fakes.redis_password(_seed()))

add("go/decoy-getenv", "motoyaa/dispatch/internal/config/config.go", "https://pkg.go.dev/os#Getenv", r'''
package config

import "os"

// Config du service de dispatch. Tout vient de l'environnement (voir deploy/).
type Config struct {
	RedisAddr     string
	RedisPassword string
	JWTSecret     string
	MapsKey       string
}

func Load() Config {
	return Config{
		RedisAddr:     os.Getenv("REDIS_ADDR"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),
		JWTSecret:     os.Getenv("JWT_SECRET"),
		MapsKey:       os.Getenv("GOOGLE_MAPS_KEY"),
	}
}
''')

add("go/jwt-secret", "motoyaa/dispatch/internal/auth/jwt.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5", r'''
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// clé de signature des jetons chauffeur — la même que l'app Android v1.3 (à tourner !)
var signingKey = []byte("@@s@@")

func TokenChauffeur(id string) (string, error) {
	claims := jwt.MapClaims{"sub": id, "role": "chauffeur", "exp": time.Now().Add(12 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
''', mixed(48))

_K8S_PW = fakes.redis_password(_seed())
add("yaml/k8s-secret-data", "motoyaa/deploy/k8s/dispatch-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-secrets
  namespace: motoyaa
type: Opaque
data:
  REDIS_ADDR: @@addr@@
  REDIS_PASSWORD: @@enc@@
''', _K8S_PW, addr=b64("10.20.0.12:6379"), enc=b64(_K8S_PW))

add("yaml/decoy-sealed-secret", "motoyaa/deploy/k8s/paydunya-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: paydunya
  namespace: motoyaa
spec:
  encryptedData:
    PAYDUNYA_PRIVATE_KEY: AgB3kQx7Yl9mN2vP8rT4sW6uZ1aC5eG0iK3oQ7yB9dF2hJ6lN8pR0tV4xZ7bD1fH5jL9nP3rT6vX0zA2cE4gI8kM1oQ5sU9wY3aC6eG0iK4mO8qS2uW6yA0cE3gI7kM1oQ5sU9wY
    PAYDUNYA_TOKEN: AgCk2mP9rV1xB5dH8jN0pT4vZ7bF1hL5nR9tX2zC6eI0kO4qU8wA1cG5iM9oS3uY7aE0gK4mQ8sW2yB6dH0jN3pT7vZ1bF5
  template:
    metadata:
      name: paydunya
''')

add("yaml/github-actions-docker-pat", "motoyaa/.github/workflows/build-dispatch.yml",
    "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: build-dispatch
on:
  push:
    branches: [main]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login Docker Hub
        # provisoire, le secret du repo ne marchait pas (Moussa)
        run: echo "@@s@@" | docker login -u motoyaabf --password-stdin
      - run: docker build -t motoyaabf/dispatch:${{ github.sha }} dispatch/
      - run: docker push motoyaabf/dispatch:${{ github.sha }}
''', docker_pat())

add("yaml/decoy-actions-secrets", "motoyaa/.github/workflows/deploy-backend.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-backend
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: appleboy/ssh-action@v1
        with:
          host: ${{ secrets.PROD_HOST }}
          username: deploy
          key: ${{ secrets.PROD_SSH_KEY }}
          script: cd /srv/motoyaa && git pull && docker compose up -d --build
''')

add("kotlin/google-maps-key", "motoyaa/android-client/app/src/main/java/bf/motoyaa/client/MapsConfig.kt",
    "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
package bf.motoyaa.client

// Clé Maps de l'app client. TODO: restreindre à l'empreinte SHA-1 du keystore release
object MapsConfig {
    const val API_KEY = "@@s@@"
    const val DEFAULT_ZOOM = 14f
    const val OUAGA_LAT = 12.3714
    const val OUAGA_LNG = -1.5197
}
''', google_api())

add("xml/decoy-manifest-placeholder", "motoyaa/android-client/app/src/main/AndroidManifest.xml",
    "https://developers.google.com/maps/documentation/android-sdk/config", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="Moto Yaa" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("properties/keystore-password", "motoyaa/android-driver/keystore.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# keystore release app chauffeur — ne pas perdre sinon plus de mise à jour Play Store !
storeFile=../release/motoyaa-driver.jks
storePassword=@@s@@
keyAlias=motoyaa-driver
keyPassword=@@s@@
''', words_pw())

add("properties/decoy-local-properties", "motoyaa/android-driver/gradle.properties",
    "https://docs.gradle.org/current/userguide/build_environment.html", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# les mots de passe du keystore sont dans ~/.gradle/gradle.properties sur le poste de build
MOTOYAA_STORE_PASSWORD=
MOTOYAA_KEY_ALIAS=motoyaa-driver
''')

add("json/decoy-google-services", "motoyaa/android-client/app/google-services.json",
    "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "418230957716",
    "project_id": "moto-yaa-bf",
    "storage_bucket": "moto-yaa-bf.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418230957716:android:3c0f1a9b2d7e4f56",
        "android_client_info": {"package_name": "bf.motoyaa.client"}
      },
      "oauth_client": [],
      "api_key": [{"current_key": "AIzaSyDUMMY-remplacee-par-CI-000000000"}]
    }
  ],
  "configuration_version": "1"
}
''')

add("javascript/mapbox-secret-token", "motoyaa/dispatch-web/scripts/upload-tiles.js",
    "https://docs.mapbox.com/api/accounts/tokens/", r'''
// Envoi des tuiles des quartiers (Tampouy, Pissy, Karpala...) vers Mapbox Studio
const { execSync } = require("child_process");

const MAPBOX_SECRET = "@@s@@"; // scope uploads:write

const zones = ["tampouy", "pissy", "karpala", "dassasgho"];
for (const z of zones) {
  execSync(`mapbox upload motoyaa.${z} data/${z}.geojson`, {
    env: { ...process.env, MAPBOX_ACCESS_TOKEN: MAPBOX_SECRET },
    stdio: "inherit",
  });
}
''', mapbox_secret())

add("javascript/decoy-mapbox-public-token", "motoyaa/dispatch-web/src/map.js",
    "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
import mapboxgl from "mapbox-gl";

// jeton public (pk.) lu depuis la config Vite, injecté au build
mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;

export function carteDispatch(el) {
  return new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/mapbox/streets-v12",
    center: [-1.5197, 12.3714],
    zoom: 12,
  });
}
''')

add("typescript/expo-token", "motoyaa/rider-app/scripts/publish.ts", "https://docs.expo.dev/accounts/programmatic-access/", r'''
import { execSync } from "node:child_process";

// Publication OTA (canal production). Token robot de l'organisation motoyaa.
const EXPO_TOKEN = "@@s@@";

const canal = process.argv[2] ?? "production";
execSync(`npx eas update --branch ${canal} --message "maj tarifs nuit"`, {
  env: { ...process.env, EXPO_TOKEN },
  stdio: "inherit",
});
''', expo_tok())

add("json/decoy-eas-config", "motoyaa/rider-app/eas.json", "https://docs.expo.dev/build/eas-json/", r'''
{
  "cli": { "version": ">= 7.0.0" },
  "build": {
    "preview": { "distribution": "internal", "env": { "API_URL": "https://api-staging.motoyaa.bf" } },
    "production": {
      "env": { "API_URL": "https://api.motoyaa.bf", "SENTRY_AUTH_TOKEN": "$SENTRY_AUTH_TOKEN" }
    }
  },
  "submit": { "production": { "android": { "serviceAccountKeyPath": "./secrets/play-sa.json" } } }
}
''')

add("properties/sentry-auth-token", "motoyaa/rider-app/sentry.properties",
    "https://docs.sentry.io/cli/configuration/", r'''
defaults.url=https://sentry.io/
defaults.org=moto-yaa
defaults.project=rider-app
# pour l'envoi des sourcemaps depuis le poste de Rasmané
auth.token=@@s@@
''', "sntrys_" + b64('{"iat":1718000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"moto-yaa"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "/+"))

add("typescript/decoy-sentry-dsn-public", "motoyaa/rider-app/src/sentry.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from "@sentry/react-native";

// Le DSN n'est pas secret (il est dans l'APK), il vient quand même de la config.
Sentry.init({
  dsn: process.env.EXPO_PUBLIC_SENTRY_DSN,
  tracesSampleRate: 0.2,
  environment: __DEV__ ? "dev" : "production",
});

export default Sentry;
''')

add("dockerfile/npm-token", "motoyaa/dispatch-web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
FROM node:20-alpine AS build
WORKDIR /app
# paquet privé @motoyaa/ui (registre npm)
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
''', npm_tok())

add("dockerfile/decoy-build-secret", "motoyaa/backend/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 TZ=Africa/Ouagadougou
WORKDIR /srv/app
COPY requirements.txt .
# le token du dépôt pip privé passe en secret de build, jamais dans l'image
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.motoyaa.bf/simple" \
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "motoyaa.wsgi", "-b", "0.0.0.0:8000", "-w", "4"]
''')

add("compose/postgres-password", "motoyaa/docker-compose.prod.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_DB: motoyaa
      POSTGRES_USER: motoyaa
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: motoyaabf/backend:latest
    env_file: .env.prod
    depends_on: [db]
volumes:
  pgdata: {}
''', fakes.password(_seed()))

add("compose/decoy-secrets-file", "motoyaa/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: motoyaa
      POSTGRES_USER: motoyaa
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?definir REDIS_PASSWORD}"]
secrets:
  db_password:
    file: ./secrets/db_password.txt
''')

add("terraform/digitalocean-token", "motoyaa/infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

# TODO: passer en TF_VAR / variable sensitive
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "dispatch" {
  name   = "motoyaa-dispatch-1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
''', do_token())

add("terraform/decoy-sensitive-var", "motoyaa/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "do_token" {
  description = "Jeton DigitalOcean (fourni par TF_VAR_do_token dans la CI)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}

variable "region" {
  type    = string
  default = "fra1"
}
''')

add("hcl/cloudflare-api-token", "motoyaa/infra/dns/terraform.tfvars", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# DNS motoyaa.bf
cloudflare_zone_id   = "5e2c7a1f9b3d48c6a0e17f2b9c4d6e81"
cloudflare_api_token = "@@s@@"
api_ip               = "164.92.180.23"
dispatch_ip          = "164.92.180.24"
''', cloudflare_tok())

add("shell/ssh-private-key", "motoyaa/infra/bootstrap/cle_deploy.sh", "https://man.openbsd.org/ssh-keygen", r'''
#!/usr/bin/env bash
# Installe la clé de déploiement sur un nouveau serveur (à lancer en root)
set -euo pipefail
install -d -m 700 /home/deploy/.ssh
cat > /home/deploy/.ssh/id_ed25519 <<'EOF'
@@s@@
EOF
chmod 600 /home/deploy/.ssh/id_ed25519
chown -R deploy:deploy /home/deploy/.ssh
echo "cle installee"
''', openssh_key())

add("ssh/decoy-public-key", "motoyaa/infra/bootstrap/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Accès serveurs Moto Yaa — clés publiques seulement
# (ajouter une clé : PR sur ce fichier, validée par Aziz)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3v9QpZ2mR8tY4wL1nB6cX0aF5dJ7sE2gU9oK3iM1q issouf@motoyaa
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP2sW8nD4kL7yQ1xV5bR9mT3cF6hJ0gA2eU8oZ4iN7wt salif@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7xK2mP9vQ1rT5wY8zA3bD6fG0hJ4kL7nO1qS5uW9yB2cE5gI8jM1pR4tV7xZ0aC3dF6hK9lN2oQ5rU8vX1yA4bE7fH0iK3mO6pS9tW2zA5cF8gI1jL4nP7qT0uX3yB6dG9hK2lO5rS8vY1zC4eG7jM0nQ3tV6wZ9aD2fH5iL8mP1qU4xA7bE0gJ3kN6oR9sW2yC5dF8hL1nP4rT7uX0zB3eG6iK9mO2qS5vY8aC1dH4jL7 moussa@ci
''')

add("ini/aws-credentials", "motoyaa/infra/backup/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# Sauvegarde nocturne de la base vers S3 (bucket motoyaa-backups, eu-west-3)
[default]
aws_access_key_id = @@id@@
aws_secret_access_key = @@s@@
region = eu-west-3
''', fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("shell/decoy-aws-profile", "motoyaa/infra/backup/backup_db.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
#!/bin/sh
# Dump quotidien (cron 02:30 heure de Ouaga). Les clés AWS viennent du rôle de l'instance.
set -eu
JOUR=$(date +%F)
pg_dump "$DATABASE_URL" | gzip > /tmp/motoyaa-$JOUR.sql.gz
aws s3 cp /tmp/motoyaa-$JOUR.sql.gz s3://motoyaa-backups/pg/ --profile backup --sse AES256
rm -f /tmp/motoyaa-$JOUR.sql.gz
''')

add("yaml/gitlab-ci-token", "motoyaa/ops-scripts/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [sync]

sync-miroir:
  stage: sync
  image: alpine/git
  script:
    # miroir du dépôt ops vers GitLab de l'incubateur (Ouaga Lab)
    - git remote add miroir https://oauth2:@@s@@@gitlab.com/ouagalab/motoyaa-ops.git
    - git push miroir HEAD:main --force
  only: [main]
''', gitlab())

add("yaml/decoy-gitlab-ci-variable", "motoyaa/rider-app/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, build]

test:
  image: node:20
  script:
    - npm ci
    - npm test -- --ci

build-apk:
  stage: build
  image: node:20
  script:
    - npx eas build --platform android --non-interactive --profile production
  variables:
    EXPO_TOKEN: $EXPO_TOKEN_ROBOT
''')

add("markdown/telegram-bot-token", "motoyaa/docs/bot-support.md", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Bot Telegram du support chauffeurs

Les chauffeurs écrivent au bot @MotoYaaSupportBot (en mooré ou en français), les messages
arrivent dans le groupe « Support Moto Yaa ».

Démarrer en local :

```
export BOT_TOKEN=@@s@@
python bot/main.py
```

Réponses rapides : « Ne y windga ! », « Laafi bala ? », « Tõnd na n kɩs-y sõngre ».
''', telegram())

add("markdown/decoy-bot-token-placeholder", "motoyaa/bot/README.md", "https://core.telegram.org/bots/features#botfather", r'''
# bot/

Bot Telegram de support. Créer un bot chez @BotFather, puis :

```
cp .env.example .env
# BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  (format du jeton)
python main.py
```

Le jeton de prod est dans Bitwarden, collection « Moto Yaa / Bots ».
''')

add("python/whatsapp-token", "motoyaa/bot/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
import requests

PHONE_ID = "301928374650192"
# jeton permanent (utilisateur système) — Fatim l'a collé ici pour la démo du 12
WA_TOKEN = "@@s@@"


def envoyer(numero: str, texte: str):
    url = f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages"
    body = {"messaging_product": "whatsapp", "to": numero, "type": "text", "text": {"body": texte}}
    return requests.post(url, json=body, headers={"Authorization": f"Bearer {WA_TOKEN}"}, timeout=10)
''', whatsapp_token())

add("python/decoy-whatsapp-verify", "motoyaa/bot/webhook.py", "https://developers.facebook.com/docs/graph-api/webhooks/getting-started", r'''
import os

from flask import Flask, abort, request

app = Flask(__name__)
VERIFY_TOKEN = os.environ["WA_VERIFY_TOKEN"]


@app.get("/webhook")
def verifier():
    if request.args.get("hub.verify_token") != VERIFY_TOKEN:
        abort(403)
    return request.args.get("hub.challenge", "")
''')


# ---------------------------------------------------------------- shea-butter co-operative (Bobo-Dioulasso)

add("python/odoo-password", "nyeta/odoo-scripts/sync_stock.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html", r'''
"""Synchronise le stock de beurre de karité (kg) depuis la feuille des groupements vers Odoo.
Sii tulu stock: a bɛ bɔ groupement kɛrɛ kɛrɛ la."""
import xmlrpc.client

URL = "https://nyeta.odoo.com"
DB = "nyeta-prod"
USER = "admin@siitulu-nyeta.bf"
MOT_DE_PASSE = "@@s@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, MOT_DE_PASSE, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")


def maj_stock(produit_id, kg):
    return models.execute_kw(DB, uid, MOT_DE_PASSE, "stock.quant", "create",
                             [{"product_id": produit_id, "inventory_quantity": kg, "location_id": 8}])
''', words_pw())

add("python/decoy-odoo-keyring", "nyeta/odoo-scripts/factures.py", "https://pypi.org/project/keyring/", r'''
"""Export des factures acheteurs (Europe) en CSV pour la comptable."""
import csv
import xmlrpc.client

import keyring

URL, DB, USER = "https://nyeta.odoo.com", "nyeta-prod", "compta@siitulu-nyeta.bf"
MOT_DE_PASSE = keyring.get_password("odoo-nyeta", USER)  # jamais en clair ici

uid = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common").authenticate(DB, USER, MOT_DE_PASSE, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
rows = models.execute_kw(DB, uid, MOT_DE_PASSE, "account.move", "search_read",
                         [[["move_type", "=", "out_invoice"]]], {"fields": ["name", "amount_total", "partner_id"]})
with open("factures.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    for r in rows:
        w.writerow([r["name"], r["amount_total"], r["partner_id"][1]])
''')

add("php/cinetpay-apikey", "nyeta/site/boutique/paiement.php", "https://docs.cinetpay.com/api/1.0-fr/checkout/initialisation", r'''
<?php
// Paiement des commandes locales (Orange Money / Moov / carte) via CinetPay
$apikey = '@@s@@';
$site_id = '5871034';

$donnees = [
    'apikey' => $apikey,
    'site_id' => $site_id,
    'transaction_id' => uniqid('NYETA-'),
    'amount' => (int) $_POST['montant'],
    'currency' => 'XOF',
    'description' => 'Beurre de karite Nyeta - pot 500 g',
    'notify_url' => 'https://siitulu-nyeta.bf/boutique/notif.php',
    'return_url' => 'https://siitulu-nyeta.bf/boutique/merci.php',
    'channels' => 'MOBILE_MONEY',
];
$ch = curl_init('https://api-checkout.cinetpay.com/v2/payment');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => json_encode($donnees),
    CURLOPT_HTTPHEADER => ['Content-Type: application/json'], CURLOPT_RETURNTRANSFER => true]);
echo curl_exec($ch);
''', cinetpay_key())

add("php/decoy-getenv", "nyeta/site/boutique/notif.php", "https://docs.cinetpay.com/api/1.0-fr/checkout/notification", r'''
<?php
// Notification CinetPay : on revérifie la transaction côté serveur
$apikey = getenv('CINETPAY_APIKEY');
$site_id = getenv('CINETPAY_SITE_ID');
$transaction_id = $_POST['cpm_trans_id'] ?? '';
if ($transaction_id === '') { http_response_code(400); exit; }
$verif = ['apikey' => $apikey, 'site_id' => $site_id, 'transaction_id' => $transaction_id];
$ch = curl_init('https://api-checkout.cinetpay.com/v2/payment/check');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => json_encode($verif), CURLOPT_RETURNTRANSFER => true]);
$rep = json_decode(curl_exec($ch), true);
file_put_contents(__DIR__ . '/journal.log', date('c') . " $transaction_id {$rep['code']}\n", FILE_APPEND);
''')

add("php/wordpress-db-password", "nyeta/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Site vitrine de la coopérative Sii Tulu Nyèta */
define( 'DB_NAME', 'nyeta_wp' );
define( 'DB_USER', 'nyeta_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ny_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'fr_FR' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "nyeta/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// Modèle : copier en wp-config.php sur le serveur (l'hébergeur fournit les accès)
define( 'DB_NAME', 'nom_de_la_base' );
define( 'DB_USER', 'nom_utilisateur' );
define( 'DB_PASSWORD', 'mot_de_passe' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'mettez une phrase unique ici' );
define( 'SECURE_AUTH_KEY',  'mettez une phrase unique ici' );
$table_prefix = 'ny_';
require_once ABSPATH . 'wp-settings.php';
''')

add("csv/merchant-portal-password", "nyeta/tresorerie/comptes_mobile_money.csv", "https://developer.orange.com/apis/om-webpay", r'''
compte,operateur,numero,titulaire,mdp_portail_marchand,note
caisse principale,Orange Money,+226 70 41 88 23,Mariam Traoré,@@s@@,portail marchand (retrait paiements membres)
caisse Dafra,Moov Money,+226 60 17 32 09,Awa Sanou,,code chez la trésorière
caisse Léguéma,Orange Money,+226 76 02 55 41,Djeneba Ouattara,,code chez la trésorière
caisse Kôrô,Moov Money,+226 61 88 04 17,Rokia Sanogo,,code chez la trésorière
''', words_pw())

add("csv/decoy-members-payments", "nyeta/tresorerie/paiements_membres_2024-03.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
date,groupement,membre,kg_amandes,prix_kg_fcfa,montant_fcfa,ref_transaction
2024-03-02,Dafra,Sanou Awa,42,250,10500,MP240302.1104.A87213
2024-03-02,Dafra,Traoré Fatoumata,35,250,8750,MP240302.1109.B12877
2024-03-05,Léguéma,Ouattara Djeneba,51,250,12750,MP240305.0931.C55102
2024-03-05,Léguéma,Konaté Salimata,28,250,7000,MP240305.0940.C55177
2024-03-09,Kôrô,Sanogo Rokia,46,260,11960,MP240309.1512.D90341
''')

add("python/orange-money-client-secret", "nyeta/tresorerie/om_api.py", "https://developer.orange.com/apis/om-webpay/getting-started", r'''
"""Paiement des membres par Orange Money (API Orange Developer). Wari sara musow ma."""
import base64

import requests

CLIENT_ID = "q8WnR2tZ5xKc0pLm7BvY3dHs9Fg1JaE4"
CLIENT_SECRET = "@@s@@"


def jeton():
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://api.orange.com/oauth/v3/token", data={"grant_type": "client_credentials"},
                      headers={"Authorization": f"Basic {basic}"}, timeout=15)
    return r.json()["access_token"]
''', mixed(24))

add("http/orange-basic-header", "nyeta/tresorerie/om_tests.http", "https://developer.orange.com/tech_guide/2-legged-oauth/", r'''
### Jeton Orange (2-legged) — test depuis VS Code REST Client
POST https://api.orange.com/oauth/v3/token
Authorization: Basic @@s@@
Content-Type: application/x-www-form-urlencoded
Accept: application/json

grant_type=client_credentials

### Solde du compte marchand
GET https://api.orange.com/orange-money-webpay/bf/v1/balance
Authorization: Bearer {{token}}
''', b64("k3JmP8wQ2nV5tY7zA0cD4fH6:" + mixed(24)))

add("http/decoy-variables", "nyeta/tresorerie/om_solde.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
@base = https://api.orange.com
@token = {{$dotenv OM_ACCESS_TOKEN}}

### Solde
GET {{base}}/orange-money-webpay/bf/v1/balance
Authorization: Bearer {{token}}
Accept: application/json
''')

add("python/sendgrid-key", "nyeta/export/mail_acheteurs.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
"""Envoi des fiches lot (analyses, certificat bio) aux acheteurs en France et en Belgique."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG_KEY = "@@s@@"


def envoyer_fiche(acheteur, lot):
    msg = Mail(from_email="export@siitulu-nyeta.bf", to_emails=acheteur.email,
               subject=f"Lot {lot.code} — beurre de karité non raffiné",
               html_content=f"<p>Bonjour {acheteur.nom},</p><p>Veuillez trouver la fiche du lot {lot.code}.</p>")
    return SendGridAPIClient(SG_KEY).send(msg)
''', sendgrid())

add("python/decoy-lot-checksums", "nyeta/export/tracabilite.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Traçabilité : empreinte de chaque fiche lot PDF (envoyée à l'acheteur pour vérification)."""
import hashlib
from pathlib import Path

EMPREINTES_CONNUES = {
    "NY-2024-017": "3b1f6c9e0d4a27f58c6e1b0a9d3f7c2e5a8b4d1f6e0c3a7b9d2f5e8a1c4b7d0e",
    "NY-2024-018": "a7d2e9f1c4b6083e5d7a9c1f3b5e7d0a2c4f6b8e0d1a3c5e7f9b2d4a6c8e0f1b",
}


def empreinte(pdf: Path) -> str:
    return hashlib.sha256(pdf.read_bytes()).hexdigest()
''')

add("env/brevo-key", "nyeta/newsletter/.env", "https://developers.brevo.com/docs/getting-started", r'''
# Lettre d'info trimestrielle (acheteurs, partenaires, ONG)
BREVO_API_KEY=@@s@@
BREVO_LISTE_ACHETEURS=7
BREVO_LISTE_PARTENAIRES=9
EXPEDITEUR=contact@siitulu-nyeta.bf
''', brevo())

add("env/decoy-brevo-example", "nyeta/newsletter/.env.example", "https://developers.brevo.com/docs/getting-started", r'''
# Demander la clé à Aminata (elle est dans le coffre Bitwarden de la coopérative)
BREVO_API_KEY=xkeysib-VOTRE_CLE_ICI
BREVO_LISTE_ACHETEURS=7
BREVO_LISTE_PARTENAIRES=9
EXPEDITEUR=contact@siitulu-nyeta.bf
''')

add("python/africastalking-sms", "nyeta/sms/rappel_collecte.py", "https://developers.africastalking.com/docs/sms/sending/bulk", r'''
"""SMS de rappel aux présidentes de groupement avant la collecte (en jula).
Ka hakilijigin ci bila groupement ɲɛmɔgɔw ma."""
import africastalking

africastalking.initialize(username="siitulu", api_key="@@s@@")
sms = africastalking.SMS

MESSAGE = ("I ni ce! Sii kolo lajɛ bɛna kɛ sibiri {jour} Dafra. "
           "Aw ye aw ka bɔrɔw labɛn. Nyèta")


def rappeler(numeros, jour):
    return sms.send(MESSAGE.format(jour=jour), numeros, sender_id="NYETA")
''', africastalking())

add("python/decoy-sms-sandbox", "nyeta/sms/test_rappel.py", "https://developers.africastalking.com/docs/test_your_app", r'''
import africastalking

# bac à sable : username "sandbox", la clé sandbox est lue de l'environnement
import os

africastalking.initialize(username="sandbox", api_key=os.environ["AT_SANDBOX_KEY"])


def test_envoi():
    rep = africastalking.SMS.send("I ni ce! test", ["+22670000000"])
    assert rep["SMSMessageData"]["Recipients"]
''')

add("notes/wifi-and-odoo-password", "nyeta/notes/passation_secretariat.md", "https://www.odoo.com/documentation/17.0/applications/general/users.html", r'''
# Passation secrétariat — mars 2024 (Salimata → Rokia)

- Clés du magasin : chez la présidente (Mme Sanou).
- Le registre des membres est dans le classeur bleu + Odoo.
- Odoo : compte secretariat@siitulu-nyeta.bf, mot de passe : @@s@@
  (à changer à la première connexion, Rokia stp)
- Wi-Fi bureau : réseau « NYETA-BUREAU », le code est collé sous la box.
- I ni baara! Barika la ka baara in ta.
''', words_pw())

add("notes/decoy-passation-no-values", "nyeta/notes/passation_tresorerie.md", "https://bitwarden.com/help/about-collections/", r'''
# Passation trésorerie — juin 2024

- Les codes Orange Money et Moov Money ne sont PAS écrits ici : ils sont dans le coffre
  Bitwarden « Trésorerie Nyèta » (Mariam et Awa ont l'accès).
- Compte bancaire Coris Bank : RIB dans le classeur vert.
- Ancien code du compte marchand : révoqué le 03/06, nouveau code donné en main propre.
- Wari bɛɛ ka kan ka sɛbɛn cahier kɔnɔ (tout paiement dans le cahier).
''')

add("yaml/decoy-ansible-vault", "nyeta/infra/group_vars/odoo.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
odoo_db_user: odoo
odoo_admin_email: admin@siitulu-nyeta.bf
odoo_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  62313365396662343061393464336163383764373764613633653634306231386433626436623361
  6230616264643735616633363434393661633537626261640a346534333863316639663865316134
  39336563613637323139653232383439306337303964313537363934373634336662326334343036
  3233396663666337310a393030346438643636313066343732346130343134346661623562366638
odoo_workers: 2
''')

add("yaml/ansible-plain-password", "nyeta/infra/host_vars/vps-bobo.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
ansible_host: 51.91.84.210
ansible_user: ubuntu
# mot de passe sudo du VPS (on passe à une clé SSH la semaine prochaine — Ibrahim)
ansible_become_password: "@@s@@"
odoo_version: "17.0"
backup_dir: /srv/sauvegardes
''', fakes.password(_seed()))

add("ini/odoo-admin-passwd", "nyeta/infra/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; Odoo coopérative Nyèta — VPS Bobo
admin_passwd = @@s@@
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/custom
proxy_mode = True
workers = 2
''', mixed(22))

add("ini/decoy-odoo-conf-hashed", "nyeta/infra/odoo.conf.j2", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security", r'''
[options]
; admin_passwd est stocké haché (pbkdf2), généré par Odoo lui-même
admin_passwd = $pbkdf2-sha512$600000$y5lzrtW6N2YMYQwBIARgzA$3ZpL9t0sUnuD1iK7bR8cV2xW4mN6oQ0aF5hJ9gE3yT1uS7kP2lC8vB6nM4qX0zA5dG1eH9wI3jK7rO2fL8sU6Q
db_host = localhost
db_user = odoo
db_password = {{ odoo_db_password }}
proxy_mode = True
''')

add("shell/mysqldump-password", "nyeta/infra/scripts/sauvegarde_site.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
#!/bin/bash
# sauvegarde du site vitrine (WordPress) — crontab de l'hébergeur
DATE=$(date +%Y%m%d)
mysqldump -u nyeta_wp -p'@@s@@' nyeta_wp | gzip > ~/sauvegardes/wp-$DATE.sql.gz
find ~/sauvegardes -name 'wp-*.sql.gz' -mtime +30 -delete
''', words_pw())

add("shell/decoy-mysql-defaults-file", "nyeta/infra/scripts/sauvegarde_odoo.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
#!/bin/bash
# sauvegarde Odoo : le mot de passe est dans ~/.pgpass (chmod 600), pas ici
set -e
DATE=$(date +%Y%m%d)
pg_dump -h localhost -U odoo -Fc nyeta-prod > /srv/sauvegardes/odoo-$DATE.dump
rclone copy /srv/sauvegardes/odoo-$DATE.dump gdrive:Nyeta/Sauvegardes/
''')

add("email/smtp-password", "nyeta/archives/mail_hebergeur.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: support@hebergeur-ouaga.bf
To: contact@siitulu-nyeta.bf
Subject: Vos accès messagerie - Coopérative Nyèta
Date: Tue, 14 Nov 2023 10:12:44 +0000
Content-Type: text/plain; charset=utf-8

Bonjour Madame,

Voici les paramètres de la boîte contact@siitulu-nyeta.bf :

  Serveur IMAP : mail.hebergeur-ouaga.bf (port 993, SSL)
  Serveur SMTP : mail.hebergeur-ouaga.bf (port 465, SSL)
  Identifiant : contact@siitulu-nyeta.bf
  Mot de passe : @@s@@

Nous vous conseillons de le modifier depuis le webmail.

Cordialement,
Le support
''', words_pw())

add("email/decoy-reset-link-expired", "nyeta/archives/mail_reinitialisation.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: no-reply@odoo.com
To: secretariat@siitulu-nyeta.bf
Subject: Réinitialisation du mot de passe
Date: Mon, 04 Mar 2024 08:03:10 +0000
Content-Type: text/plain; charset=utf-8

Bonjour,

Une demande de réinitialisation a été faite pour votre compte sur nyeta.odoo.com.
Ce lien a expiré après 24 heures et ne peut plus être utilisé.
Si vous n'êtes pas à l'origine de la demande, ignorez ce message.

L'équipe Odoo
''')


# ---------------------------------------------------------------- notes, chats, histories, notebooks

add("chat/whatsapp-export-password", "nyeta/archives/WhatsApp_Chat_Bureau_Nyeta.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/02/2024, 09:14 - Aminata Sanou: I ni sɔgɔma! Le site ne s'ouvre plus depuis hier
12/02/2024, 09:20 - Ibrahim Kaboré: Je regarde. Donne moi l'accès admin WordPress stp
12/02/2024, 09:31 - Aminata Sanou: identifiant: nyeta_admin
12/02/2024, 09:31 - Aminata Sanou: mdp: @@s@@
12/02/2024, 09:33 - Ibrahim Kaboré: Merci, c'est bon. Une extension avait planté
12/02/2024, 09:34 - Aminata Sanou: Barika! I ni ce kosɛbɛ
12/02/2024, 09:40 - Ibrahim Kaboré: Pense à changer le mot de passe, il est maintenant dans le groupe
''', words_pw())

add("chat/decoy-whatsapp-no-secret", "nyeta/archives/WhatsApp_Chat_Groupement_Dafra.txt", "https://faq.whatsapp.com/1180414079177245", r'''
03/03/2024, 07:02 - Awa Sanou: I ni sɔgɔma musow! Sii kolo lajɛ bɛ sibiri
03/03/2024, 07:05 - Fatoumata Traoré: N sɔnna. Kilo joli?
03/03/2024, 07:06 - Awa Sanou: 250 FCFA kilo la. Wari bɛna ci Orange Money fɛ
03/03/2024, 07:10 - Rokia Sanogo: Code de retrait reçu, merci. Ref MP240303.0712.A11920
03/03/2024, 07:12 - Awa Sanou: <Médias omis>
03/03/2024, 07:15 - Fatoumata Traoré: Barika, Ala ka baara nɔgɔya
''')

add("chat/slack-export-token", "motoyaa/archives/slack-export/dev/2024-05-17.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {
    "type": "message",
    "user": "U05QX1MOTO",
    "text": "le webhook Discord des alertes dispatch, si quelqu'un veut le brancher sur Grafana : @@s@@",
    "ts": "1715936402.118229"
  },
  {
    "type": "message",
    "user": "U05QX2RASM",
    "text": "ok je le mets dans le contact point. Barka!",
    "ts": "1715936511.203311"
  }
]
''', discord_webhook())

add("chat/decoy-slack-export-redacted", "motoyaa/archives/slack-export/dev/2024-05-18.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {
    "type": "message",
    "user": "U05QX1MOTO",
    "text": "j'ai supprimé le message d'hier avec le webhook, et régénéré l'URL côté Discord. La nouvelle est dans Vault: secret/motoyaa/alertes",
    "ts": "1716020004.551022"
  },
  {
    "type": "message",
    "user": "U05QX3FATI",
    "text": "Yaa sõama :+1:",
    "ts": "1716020088.104400"
  }
]
''')

add("shell-history/pg-password", "motoyaa/ops-scripts/history_issouf.txt", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
  501  cd /srv/motoyaa
  502  docker compose ps
  503  docker compose logs api --tail 100
  504  PGPASSWORD='@@s@@' psql -h db-prod.motoyaa.internal -U motoyaa -d motoyaa -c "select count(*) from courses where date(created_at)=current_date"
  505  htop
  506  df -h
  507  exit
''', fakes.password(_seed()))

add("shell-history/decoy-vault-read", "motoyaa/ops-scripts/history_moussa.txt", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
  211  vault login -method=oidc
  212  vault kv get -field=password secret/motoyaa/db-prod
  213  export PGPASSWORD=$(vault kv get -field=password secret/motoyaa/db-prod)
  214  psql -h db-prod.motoyaa.internal -U motoyaa -d motoyaa
  215  unset PGPASSWORD
  216  history -c
''')

add("notebook/openai-key", "motoyaa/analyse/tarifs_nuit.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Analyse des courses de nuit (Ouaga)\n", "Résumé des plaintes clients par quartier"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "from openai import OpenAI\n", "client = OpenAI(api_key=\"@@s@@\")\n", "df = pd.read_csv('plaintes_2024T1.csv')"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["df.groupby('quartier').size().sort_values(ascending=False).head(10)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "motoyaa/analyse/courses_par_heure.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Courses par heure — Bobo vs Ouaga"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass\n", "import sqlalchemy as sa\n", "mdp = getpass.getpass('Mot de passe lecture seule: ')\n", "eng = sa.create_engine(f'postgresql://lecture:{mdp}@replica.motoyaa.internal/motoyaa')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["pd.read_sql('select date_trunc(\\'hour\\', created_at) h, ville, count(*) from courses group by 1,2', eng)"]}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/anthropic-key", "nyeta/analyse/traduction_fiches.ipynb", "https://docs.anthropic.com/en/api/getting-started", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["Traduction des fiches produit (FR → EN) pour les acheteurs anglais"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import anthropic\n", "c = anthropic.Anthropic(api_key='@@s@@')\n", "fiche = open('fiche_beurre_brut.txt', encoding='utf-8').read()"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["r = c.messages.create(model='claude-3-5-sonnet-latest', max_tokens=1500, messages=[{'role':'user','content': 'Traduis en anglais:\\n' + fiche}])"]}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', anthropic_key())

add("log/decoy-masked-token", "motoyaa/backend/logs/paiements-2024-06-02.log", "https://docs.python.org/3/library/logging.html", r'''
2024-06-02 08:14:02,118 INFO paiements.paydunya recharge chauffeur=D-1187 montant=5000 XOF
2024-06-02 08:14:02,420 DEBUG paiements.paydunya headers PAYDUNYA-PRIVATE-KEY=live_private_****************** PAYDUNYA-TOKEN=********
2024-06-02 08:14:03,901 INFO paiements.paydunya facture=test_2yq8Fv0kPm statut=pending
2024-06-02 08:14:41,007 INFO paiements.webhook facture=test_2yq8Fv0kPm statut=completed
2024-06-02 08:15:10,552 WARNING paiements.moov délai dépassé, nouvelle tentative (1/3)
''')

add("log/bearer-token-leak", "motoyaa/backend/logs/api-debug-2024-06-03.log", "https://www.rfc-editor.org/rfc/rfc6750", r'''
2024-06-03 22:41:17,004 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): graph.facebook.com:443
2024-06-03 22:41:17,356 DEBUG bot.whatsapp POST /v19.0/301928374650192/messages headers={'Authorization': 'Bearer @@s@@', 'Content-Type': 'application/json'}
2024-06-03 22:41:17,712 DEBUG urllib3.connectionpool https://graph.facebook.com:443 "POST /v19.0/301928374650192/messages HTTP/1.1" 200 122
2024-06-03 22:41:17,713 INFO bot.whatsapp message envoyé à +22670XXXXXX
2024-06-03 22:41:20,001 INFO bot.whatsapp file d'attente vide
''', whatsapp_token())

add("vscode/sftp-password", "nyeta/site/.vscode/sftp.json", "https://marketplace.visualstudio.com/items?itemName=Natizyskunk.sftp", r'''
{
    "name": "Hébergeur Ouaga - site Nyèta",
    "host": "ftp.hebergeur-ouaga.bf",
    "protocol": "sftp",
    "port": 22,
    "username": "nyeta",
    "password": "@@s@@",
    "remotePath": "/home/nyeta/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "wp-config.php"]
}
''', words_pw())

add("vscode/decoy-settings", "motoyaa/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "editor.formatOnSave": true,
    "python.defaultInterpreterPath": "backend/.venv/bin/python",
    "rest-client.environmentVariables": {
        "local": {"base": "http://localhost:8000", "token": "{{$dotenv API_TOKEN}}"},
        "staging": {"base": "https://api-staging.motoyaa.bf", "token": "{{$processEnv STAGING_TOKEN}}"}
    },
    "files.exclude": {"**/__pycache__": true},
    "cSpell.language": "fr,en"
}
''')

add("idea/datasource-password", "motoyaa/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PY-241.17011.127">
    <data-source name="motoyaa@replica" uuid="8c1f3d2a-6b47-4e09-9a15-2f7c0d4e8b61">
      <database-info product="PostgreSQL" version="16.2" dbms="POSTGRES" exact-version="16.2" />
      <user-name>lecture</user-name>
      <secret-storage>master_key</secret-storage>
      <!-- Rasmané: keychain ne marche pas sur ma machine, je mets en clair pour l'instant -->
      <password>@@s@@</password>
      <schema-mapping />
    </data-source>
  </component>
</project>
''', fakes.password(_seed()))

add("idea/decoy-datasource-keychain", "motoyaa/.idea/dataSources.xml", "https://www.jetbrains.com/help/idea/data-sources-and-drivers-dialog.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="motoyaa@localhost" uuid="3e9b7c10-2d4f-4a8e-b6c5-71f0e2a9d384">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://localhost:5432/motoyaa_dev</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''')

add("markdown/slack-webhook-in-readme", "motoyaa/docs/alertes.md", "https://api.slack.com/messaging/webhooks", r'''
# Alertes dispatch

Quand aucun chauffeur n'accepte une course pendant 3 minutes, le dispatch poste dans
#alertes-ouaga. Pour tester à la main :

```bash
curl -X POST -H 'Content-type: application/json' \
  --data '{"text":"Test alerte : course C-99 sans chauffeur (Tampouy)"}' \
  @@s@@
```

Responsable : Aziz (astreinte semaine), Fatim (week-end).
''', slack_webhook())

add("markdown/decoy-webhook-doc-example", "motoyaa/docs/integrations.md", "https://api.slack.com/messaging/webhooks", r'''
# Intégrations

| Service  | Où est le secret | Format |
|----------|------------------|--------|
| Slack    | Vault `secret/motoyaa/slack` | `https://hooks.slack.com/services/T.../B.../...` |
| Discord  | Vault `secret/motoyaa/alertes` | `https://discord.com/api/webhooks/<id>/<token>` |
| PayDunya | Vault `secret/motoyaa/paydunya` | clés `live_private_...`, `live_public_...` |
| FCM      | compte de service `fcm-sender@moto-yaa-bf.iam.gserviceaccount.com` | JSON |

Ne jamais coller une valeur réelle dans ce fichier ni dans le chat.
''')

add("python/decoy-test-fixture-keys", "motoyaa/backend/paiements/tests/test_paydunya.py", "https://developers.paydunya.com/doc/FR/introduction", r'''
import pytest

from paiements import paydunya_client

# Valeurs bidon pour les tests : aucune n'est une clé PayDunya réelle.
FAUSSES_CLES = {
    "PAYDUNYA_MASTER_KEY": "00000000-0000-0000-0000-000000000000",
    "PAYDUNYA_PRIVATE_KEY": "test_private_FAUX_POUR_TESTS_UNITAIRES",
    "PAYDUNYA_TOKEN": "faux_token_test",
}


@pytest.fixture(autouse=True)
def cles(monkeypatch):
    for k, v in FAUSSES_CLES.items():
        monkeypatch.setattr(paydunya_client, k, v)
''')

add("yaml/helm-values-rabbitmq", "motoyaa/deploy/helm/values-prod.yaml", "https://www.rabbitmq.com/docs/uri-spec", r'''
replicaCount: 3
image:
  repository: motoyaabf/dispatch
  tag: "1.8.2"
env:
  VILLE_PAR_DEFAUT: ouagadougou
  AMQP_URL: amqp://dispatch:@@s@@@rabbitmq.motoyaa.svc:5672/courses
  RAYON_RECHERCHE_M: "2500"
resources:
  limits: {cpu: "1", memory: 512Mi}
''', fakes.redis_password(_seed()))

add("yaml/decoy-helm-external-secret", "motoyaa/deploy/helm/templates/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch-amqp
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-motoyaa
    kind: ClusterSecretStore
  target:
    name: dispatch-amqp
  data:
    - secretKey: AMQP_URL
      remoteRef:
        key: secret/motoyaa/rabbitmq
        property: url
''')

add("java/mongodb-uri", "motoyaa/analytics/src/main/java/bf/motoyaa/analytics/Mongo.java", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
package bf.motoyaa.analytics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

public final class Mongo {
    // traces GPS brutes (Atlas, cluster Paris)
    private static final String URI =
        "mongodb+srv://traces:@@s@@@cluster0.x7kq2.mongodb.net/traces?retryWrites=true&w=majority";

    public static MongoClient client() {
        return MongoClients.create(URI);
    }

    private Mongo() {}
}
''', fakes.password(_seed()))

add("java/decoy-spring-placeholder", "motoyaa/analytics/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring:
  application:
    name: motoyaa-analytics
  data:
    mongodb:
      uri: ${MONGODB_URI}
  datasource:
    url: jdbc:postgresql://replica.motoyaa.internal:5432/motoyaa
    username: lecture
    password: ${DB_LECTURE_PASSWORD:}
server:
  port: 8085
''')

add("properties/spring-datasource-password", "motoyaa/analytics/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", r'''
# profil prod — analytics (lecture seule)
spring.datasource.url=jdbc:postgresql://replica.motoyaa.internal:5432/motoyaa
spring.datasource.username=lecture
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=none
management.endpoints.web.exposure.include=health,info
''', fakes.password(_seed()))


# ---------------------------------------------------------------- moto-taxi app: more services and configs

add("dart/flutterwave-secret", "motoyaa/driver-flutter/lib/services/paiement.dart", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
import 'package:http/http.dart' as http;
import 'dart:convert';

// Retrait des gains chauffeur (Flutterwave, mobile money BF)
// Mooré: a na n paama a ligdi beoogo (il recevra son argent demain)
const flwSecret = '@@s@@';

Future<http.Response> retrait(String numero, int montant) {
  return http.post(
    Uri.parse('https://api.flutterwave.com/v3/transfers'),
    headers: {'Authorization': 'Bearer $flwSecret', 'Content-Type': 'application/json'},
    body: jsonEncode({'account_bank': 'MPS', 'account_number': numero, 'amount': montant, 'currency': 'XOF'}),
  );
}
''', "FLWSECK-" + hexs(32) + "-X")

add("dart/decoy-flutterwave-public", "motoyaa/driver-flutter/lib/config.dart", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
// Config publique de l'app chauffeur. Les clés secrètes restent côté serveur.
class Config {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.motoyaa.bf');
  static const flwPublicKey = String.fromEnvironment('FLW_PUBLIC_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const tarifMinimumFcfa = 300;
  static const langues = ['fr', 'mos', 'dyu'];
}
''')

add("swift/google-maps-ios", "motoyaa/ios-client/MotoYaa/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key", r'''
import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // clé iOS (restreinte au bundle bf.motoyaa.client normalement...)
        GMSServices.provideAPIKey("@@s@@")
        return true
    }
}
''', google_api())

add("plist/decoy-info-plist", "motoyaa/ios-client/MotoYaa/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Moto Yaa</string>
    <key>GMSApiKey</key>
    <string>$(GMS_API_KEY)</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Pour trouver un chauffeur près de vous</string>
</dict>
</plist>
''')

add("ruby/fastlane-app-store-password", "motoyaa/ios-client/fastlane/Fastfile", "https://docs.fastlane.tools/best-practices/keys/", r'''
default_platform(:ios)

platform :ios do
  lane :beta do
    # mot de passe spécifique d'app (compte Apple de Moussa)
    ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "@@s@@"
    build_app(scheme: "MotoYaa")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
''', "-".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("ruby/decoy-fastlane-api-key-path", "motoyaa/ios-client/fastlane/Appfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
app_identifier("bf.motoyaa.client")
apple_id(ENV["APPLE_ID"])
team_id("7QK2M9XW4B")
# clé App Store Connect : fichier .p8 hors dépôt (coffre de l'équipe)
app_store_connect_api_key(
  key_id: "D4R7K2PX9Q",
  issuer_id: "69a6de7f-03c1-47e3-e053-5b8c7c11a4d1",
  key_filepath: ENV["ASC_KEY_PATH"]
)
''')

_GCP_PEM = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "motoyaa/backend/secrets/fcm-sender.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "moto-yaa-bf",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "fcm-sender@moto-yaa-bf.iam.gserviceaccount.com",
  "client_id": "108241907755312094881",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _GCP_PEM.split("\\n")[1], kid=hexs(40), pk=_GCP_PEM)

add("json/decoy-gcp-sa-public-cert", "motoyaa/backend/secrets/README-fcm.json", "https://cloud.google.com/iam/docs/service-account-creds", r'''
{
  "_commentaire": "Description du compte de service (pas la clé). La clé JSON est dans Vault: secret/motoyaa/fcm",
  "client_email": "fcm-sender@moto-yaa-bf.iam.gserviceaccount.com",
  "client_id": "108241907755312094881",
  "private_key_id": "4f1b9c2e7a0d3f6b8e5c1a9d2f7b0e3c6a8d1f4b",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/fcm-sender%40moto-yaa-bf.iam.gserviceaccount.com",
  "roles": ["roles/firebasecloudmessaging.admin"]
}
''')

add("nginx/decoy-htpasswd-hash", "motoyaa/deploy/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# accès /admin/dispatch (bcrypt, généré avec htpasswd -B)
issouf:$2y$10$Qm4nV8rT2xK6pL0sW9aZ7u3E1bG5dH8jN2qR6tY0cF4iM7oS1vX9e
fatim:$2y$10$Hk7pN1rV5xZ9bD3fH7jL1nP5rT9vX3zB7dF1hJ5lN9pR3tV7xZ1bD
rasmane:$2y$10$Wc2eG6iK0mO4qS8uW2yA6cE0gI4kM8oQ2sU6wY0aC4eG8iK2mO6q
aziz:$2y$10$Lz8bD2fH6jL0nP4rT8vX2zB6dF0hJ4lN8pR2tV6xZ0bD4fH8jL2n
moussa:$2y$10$Ty5uI9oP3aS7dF1gH5jK9lZ3xC7vB1nM5qW9eR3tY7uI1oP5aS9d
''')

add("nginx/basic-auth-header", "motoyaa/deploy/nginx/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
server {
    listen 443 ssl;
    server_name stats.motoyaa.bf;
    ssl_certificate     /etc/letsencrypt/live/stats.motoyaa.bf/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/stats.motoyaa.bf/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:3000;
        # connexion auto du compte "tableau" pour l'écran du bureau de Ouaga
        proxy_set_header Authorization "Basic @@s@@";
    }
}
''', b64("tableau:" + words_pw()))

add("yaml/grafana-datasource-password", "motoyaa/deploy/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: motoyaa-replica
    type: postgres
    url: replica.motoyaa.internal:5432
    user: grafana
    jsonData:
      database: motoyaa
      sslmode: require
    secureJsonData:
      password: "@@s@@"
''', fakes.password(_seed()))

add("yaml/decoy-grafana-env-ref", "motoyaa/deploy/grafana/provisioning/datasources/prometheus.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", r'''
apiVersion: 1
datasources:
  - name: prometheus
    type: prometheus
    url: http://prometheus:9090
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: $PROMETHEUS_BASIC_PASSWORD
''')

add("yaml/alertmanager-slack-url", "motoyaa/deploy/prometheus/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: astreinte
  group_by: [alertname, ville]
receivers:
  - name: astreinte
    slack_configs:
      - api_url: '@@s@@'
        channel: '#alertes-ouaga'
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.ville }})'
        send_resolved: true
''', slack_webhook())

add("yaml/decoy-alertmanager-file", "motoyaa/deploy/prometheus/alertmanager.staging.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: staging
receivers:
  - name: staging
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: '#alertes-staging'
        send_resolved: false
''')

add("systemd/env-telegram", "motoyaa/deploy/systemd/motoyaa-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", r'''
[Unit]
Description=Bot Telegram support Moto Yaa
After=network-online.target

[Service]
User=motoyaa
WorkingDirectory=/srv/motoyaa/bot
Environment=BOT_TOKEN=@@s@@
Environment=GROUPE_SUPPORT=-1002048117733
ExecStart=/srv/motoyaa/bot/.venv/bin/python main.py
Restart=always

[Install]
WantedBy=multi-user.target
''', telegram())

add("systemd/decoy-environment-file", "motoyaa/deploy/systemd/motoyaa-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=API Moto Yaa (gunicorn)
After=network-online.target postgresql.service

[Service]
User=motoyaa
EnvironmentFile=/etc/motoyaa/api.env
WorkingDirectory=/srv/motoyaa/backend
ExecStart=/srv/motoyaa/backend/.venv/bin/gunicorn motoyaa.wsgi -b 127.0.0.1:8000 -w 4
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("crontab/mysql-url", "nyeta/infra/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command — VPS Bobo (heure GMT = heure de Bobo)
30 1 * * * /srv/scripts/sauvegarde_odoo.sh >> /var/log/sauvegarde.log 2>&1
0 6 * * 1 /srv/scripts/rapport_stock.py --db "mysql://rapport:@@s@@@localhost/nyeta_stock" --mail bureau@siitulu-nyeta.bf
15 3 * * * certbot renew --quiet
45 2 * * 0 /srv/scripts/sauvegarde_site.sh
''', words_pw())

add("powershell/smtp-password", "nyeta/bureau/envoi_rapport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", r'''
# Envoi du rapport mensuel (Excel) au bailleur — poste du bureau Bobo
$mdp = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("rapports@siitulu-nyeta.bf", $mdp)
$mois = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
Send-MailMessage -From "rapports@siitulu-nyeta.bf" -To "suivi@partenaire-ong.org" `
  -Subject "Rapport Nyèta $mois" -Attachments "C:\Rapports\rapport_$mois.xlsx" `
  -SmtpServer "mail.hebergeur-ouaga.bf" -Port 587 -UseSsl -Credential $cred
''', words_pw())

add("powershell/decoy-credential-manager", "nyeta/bureau/sauvegarde_cle_usb.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Copie des dossiers du bureau sur le NAS — identifiants dans le Gestionnaire d'identification Windows
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "NAS-NYETA"
New-PSDrive -Name N -PSProvider FileSystem -Root "\\192.168.1.20\sauvegardes" -Credential $cred
robocopy "C:\Bureau\Cooperative" "N:\Cooperative" /MIR /R:2 /W:5
Remove-PSDrive N
''')

add("batch/net-use-password", "nyeta/bureau/connecter_nas.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Connexion du lecteur partage (NAS du bureau) - a lancer au demarrage
net use Z: \\192.168.1.20\cooperative /user:bureau @@s@@ /persistent:yes
if errorlevel 1 echo Echec connexion NAS, appeler Ibrahim
pause
''', words_pw())

add("toml/pypi-token", "nyeta/outils/siitulu-outils/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "nyeta/outils/siitulu-outils/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[project]
name = "siitulu-outils"
version = "0.3.1"
description = "Outils de la coopérative Nyèta : pesées, lots, étiquettes"
authors = [{ name = "Ibrahim Kaboré", email = "ibrahim@siitulu-nyeta.bf" }]
requires-python = ">=3.10"
dependencies = ["openpyxl>=3.1", "qrcode>=7.4", "requests>=2.31"]

[tool.hatch.publish.index]
# le jeton est lu depuis HATCH_INDEX_AUTH, jamais dans ce fichier
disable = false
''')

add("git-config/token-in-remote", "nyeta/outils/siitulu-outils/.git-config-copie", "https://git-scm.com/docs/git-config", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://ibrahim-k:@@s@@@github.com/siitulu-nyeta/siitulu-outils.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', fakes.github_token(_seed()))

add("netrc/github-fine-grained", "motoyaa/ops-scripts/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
# ~/.netrc du serveur de build (Moussa) — pour go get des modules privés
machine github.com
  login motoyaa-ci
  password @@s@@
machine api.github.com
  login motoyaa-ci
  password @@s@@
''', fakes.github_fine_grained_token(_seed()))

add("go/decoy-go-mod", "motoyaa/dispatch/go.mod", "https://go.dev/ref/mod#go-mod-file", r'''
module github.com/motoyaa/dispatch

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/redis/go-redis/v9 v9.5.1
	github.com/motoyaa/geo v0.4.0 // privé : GOPRIVATE=github.com/motoyaa/*, jeton via ~/.netrc
)
''')

add("go-sum/decoy-checksums", "motoyaa/dispatch/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/cespare/xxhash/v2 v2.2.0 h1:DC2CZ1Ep5Y4k3ZQ899DldepgrayRUGE6BBZ/cd9Cj44=
github.com/cespare/xxhash/v2 v2.2.0/go.mod h1:VGX0DQ3Q6kWi7AoAeZDth3/j3BFtOZR5XLFGgcrjCOs=
github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f h1:lO4WD4F/rVNCu3HqELle0jiPLLBs70cWOduZpkS1E78=
github.com/golang-jwt/jwt/v5 v5.2.1 h1:OuVbFODueb089Lh128TAcimifWaLhJwVflnrgM17wHk=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:pqrtFR0X4osieyHYxtmOUWsAWrfe1Q5UVIyoH402zdk=
github.com/redis/go-redis/v9 v9.5.1 h1:H1X4D3yHPaYrkL5X06Wh6xNVM/pX0Ft4RV0vMGvLBh8=
''')

add("npmrc/npm-token", "motoyaa/rider-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
# paquets privés @motoyaa (ui, geo) — Rasmané
@motoyaa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
''', npm_tok())

add("npmrc/decoy-env-token", "motoyaa/dispatch-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# le jeton vient de la CI (secret NPM_TOKEN) ou de ~/.npmrc sur les postes
@motoyaa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''')

add("docker-config/auth", "motoyaa/ops-scripts/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@s@@"
		}
	},
	"currentContext": "default"
}
''', b64("motoyaabf:" + docker_pat()))

add("docker-config/decoy-creds-store", "motoyaa/ops-scripts/dotfiles/docker-config.laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {},
		"ghcr.io": {}
	},
	"credsStore": "desktop",
	"currentContext": "desktop-linux"
}
''')

add("kubeconfig/client-key-data", "motoyaa/deploy/k8s/kubeconfig-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: motoyaa-prod
    cluster:
      server: https://k8s.motoyaa.bf:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
users:
  - name: ci
    user:
      client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lJVHpHMmxEOWFXOEl3Q2dZSUtvWkl6ajBFQXdJd0l6RWhNQjhHQTFVRUF3d1kKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
      client-key-data: @@s@@
contexts:
  - name: ci@motoyaa-prod
    context: {cluster: motoyaa-prod, user: ci}
current-context: ci@motoyaa-prod
''', b64(fakes.fake_pem(_seed(), "EC") + "\n"))

add("kubeconfig/decoy-exec-plugin", "motoyaa/deploy/k8s/kubeconfig-dev.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", r'''
apiVersion: v1
kind: Config
clusters:
  - name: motoyaa-staging
    cluster:
      server: https://k8s-staging.motoyaa.bf:6443
users:
  - name: dev
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://auth.motoyaa.bf, --oidc-client-id=kubectl]
contexts:
  - name: dev@staging
    context: {cluster: motoyaa-staging, user: dev}
current-context: dev@staging
''')

add("wireguard/private-key", "motoyaa/infra/vpn/wg-bureau-ouaga.conf", "https://www.wireguard.com/quickstart/", r'''
# Tunnel bureau Ouaga (Zogona) -> VPS
[Interface]
PrivateKey = @@s@@
Address = 10.66.0.2/24
DNS = 10.66.0.1

[Peer]
PublicKey = pQ3xV8nT2kR6yW0zL4bD7fH1jM5sA9cE3gU6iO8qK2w=
Endpoint = vpn.motoyaa.bf:51820
AllowedIPs = 10.66.0.0/24, 10.20.0.0/16
PersistentKeepalive = 25
''', wg_key())

add("wireguard/decoy-public-only", "motoyaa/infra/vpn/pairs.md", "https://www.wireguard.com/quickstart/#key-generation", r'''
# Pairs WireGuard (clés PUBLIQUES — les privées restent sur chaque machine)

| Machine            | IP          | Clé publique |
|--------------------|-------------|--------------|
| VPS (serveur)      | 10.66.0.1   | pQ3xV8nT2kR6yW0zL4bD7fH1jM5sA9cE3gU6iO8qK2w= |
| Bureau Ouaga       | 10.66.0.2   | Zk7nB2vX5cM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lL8z= |
| Bureau Bobo        | 10.66.0.3   | Lm4pQ7rT0uW3yA6cE9gI2kM5oR8tV1xZ4bD7fH0jN3q= |

Générer : `wg genkey | tee privatekey | wg pubkey > publickey`
''')

add("rclone/drive-token", "nyeta/infra/rclone.conf", "https://rclone.org/drive/", r'''
[gdrive]
type = drive
scope = drive
root_folder_id = 1Kx9vB3nQ7rT2yW5zA8cD1fG4hJ6kL0mN
token = {"access_token":"ya29.@@s@@","token_type":"Bearer","refresh_token":"1//03@@r@@","expiry":"2024-06-10T09:12:44.10+00:00"}
team_drive =
''', fakes.drawn(_seed(), 150, ALNUM + "-_"), r=fakes.drawn(_seed(), 100, ALNUM + "-_"))

add("rclone/decoy-obscured-config", "nyeta/infra/rclone.conf.modele", "https://rclone.org/docs/#configuration-encryption", r'''
# Modèle : lancer `rclone config` sur le serveur pour obtenir le jeton Drive.
[gdrive]
type = drive
scope = drive.file
root_folder_id = 1Kx9vB3nQ7rT2yW5zA8cD1fG4hJ6kL0mN
token =
''')

add("s3cfg/secret-key", "nyeta/infra/dotfiles/s3cfg", "https://s3tools.org/kb/item14.htm", r'''
[default]
access_key = @@id@@
secret_key = @@s@@
host_base = s3.eu-west-3.amazonaws.com
host_bucket = %(bucket)s.s3.eu-west-3.amazonaws.com
use_https = True
# photos des lots et certificats bio (bucket nyeta-photos)
''', fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("python/decoy-boto3-default-chain", "nyeta/outils/siitulu-outils/siitulu/photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
"""Envoi des photos de lots (pesée, emballage) vers S3. Les identifiants viennent de la chaîne
par défaut de boto3 (profil ~/.aws ou rôle)."""
from pathlib import Path

import boto3

BUCKET = "nyeta-photos"
s3 = boto3.client("s3", region_name="eu-west-3")


def envoyer(lot: str, photo: Path) -> str:
    cle = f"lots/{lot}/{photo.name}"
    s3.upload_file(str(photo), BUCKET, cle, ExtraArgs={"ContentType": "image/jpeg"})
    return cle
''')

add("python/aws-keys-inline", "nyeta/outils/siitulu-outils/scripts/migrer_photos.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
"""Migration unique des photos du Google Drive vers S3 (à supprimer après usage)."""
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@id@@",
    aws_secret_access_key="@@s@@",
    region_name="eu-west-3",
)

for nom in open("liste_photos.txt", encoding="utf-8").read().split():
    s3.upload_file(f"export_drive/{nom}", "nyeta-photos", f"archives/{nom}")
    print("ok", nom)
''', fakes.aws_secret_key(_seed()), id=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-docs-example", "nyeta/outils/siitulu-outils/docs/installation.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# Installation des outils sur un poste du bureau

1. `pip install siitulu-outils`
2. Configurer l'accès S3 (demander une clé à Ibrahim, une par personne) :

```ini
[default]
aws_access_key_id = AKIAXXXXXXXXXXXXXXXX
aws_secret_access_key = <secret donné par Ibrahim>
region = eu-west-3
```

3. Tester : `siitulu photos --liste NY-2024-017`
''')

add("csharp/connection-string", "nyeta/balance-app/BalanceNyeta/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "ConnectionStrings": {
    "Pesees": "Server=tcp:nyeta-sql.database.windows.net,1433;Initial Catalog=pesees;User ID=balance;Password=@@s@@;Encrypt=True;"
  },
  "Balance": {
    "Port": "COM3",
    "Unite": "kg",
    "Groupement": "Dafra"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
''', words_pw())

add("csharp/decoy-user-secrets", "nyeta/balance-app/BalanceNyeta/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "ConnectionStrings": {
    "Pesees": "Server=(localdb)\\MSSQLLocalDB;Database=pesees_dev;Trusted_Connection=True;"
  },
  "Balance": {
    "Port": "COM3",
    "Unite": "kg"
  },
  "_note": "en prod la chaîne de connexion vient de dotnet user-secrets / variables Azure"
}
''')

add("csharp/azure-storage-key", "nyeta/balance-app/BalanceNyeta/Services/ExportBlob.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace BalanceNyeta.Services;

// Export des pesées du jour vers Azure (compte offert par le partenaire)
public class ExportBlob
{
    private const string Connexion =
        "DefaultEndpointsProtocol=https;AccountName=nyetapesees;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    public async Task EnvoyerAsync(string fichier)
    {
        var conteneur = new BlobContainerClient(Connexion, "pesees");
        await conteneur.UploadBlobAsync(Path.GetFileName(fichier), File.OpenRead(fichier));
    }
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("csharp/decoy-managed-identity", "nyeta/balance-app/BalanceNyeta/Services/ExportBlobMi.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.defaultazurecredential", r'''
using Azure.Identity;
using Azure.Storage.Blobs;

namespace BalanceNyeta.Services;

// Nouvelle version : identité managée, plus de clé de compte dans le code
public class ExportBlobMi
{
    private readonly BlobContainerClient _conteneur = new(
        new Uri("https://nyetapesees.blob.core.windows.net/pesees"), new DefaultAzureCredential());

    public Task EnvoyerAsync(string fichier) =>
        _conteneur.UploadBlobAsync(Path.GetFileName(fichier), File.OpenRead(fichier));
}
''')

add("sql/create-user-password", "nyeta/infra/sql/init_stock.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- Base du stock (beurre, amandes, savon) — VPS Bobo
CREATE DATABASE IF NOT EXISTS nyeta_stock CHARACTER SET utf8mb4;
CREATE USER 'rapport'@'localhost' IDENTIFIED BY '@@s@@';
GRANT SELECT ON nyeta_stock.* TO 'rapport'@'localhost';
CREATE TABLE nyeta_stock.lots (
  code VARCHAR(16) PRIMARY KEY,
  produit ENUM('beurre_brut','beurre_filtre','amandes','savon') NOT NULL,
  kg DECIMAL(8,2) NOT NULL,
  groupement VARCHAR(40) NOT NULL
);
''', words_pw())

add("sql/decoy-seed-data", "nyeta/infra/sql/donnees_test.sql", "https://dev.mysql.com/doc/refman/8.0/en/insert.html", r'''
-- Données de test (fausses) pour le poste de dev
INSERT INTO nyeta_stock.lots (code, produit, kg, groupement) VALUES
  ('NY-TEST-001', 'beurre_brut', 120.50, 'Dafra'),
  ('NY-TEST-002', 'amandes', 800.00, 'Léguéma'),
  ('NY-TEST-003', 'savon', 35.00, 'Kôrô');
INSERT INTO nyeta_stock.utilisateurs (login, hash_mdp) VALUES
  ('test', '$argon2id$v=19$m=65536,t=3,p=4$c2VsZGV0ZXN0$9d3c0e1bXq7mZ2vN4kP8rT6yW1aF5hJ0');
''')

add("ruby/mailgun-key", "nyeta/site-commandes/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
# Confirmation des commandes de savon (boutique Bobo)
Mailgun.configure do |config|
  config.api_key = "@@s@@"
end

MAILGUN_DOMAINE = "mg.siitulu-nyeta.bf"
MAILGUN_EXPEDITEUR = "commandes@siitulu-nyeta.bf"
''', mailgun())

add("ruby/decoy-rails-credentials-ref", "nyeta/site-commandes/config/initializers/paiement.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Clés CinetPay : dans config/credentials.yml.enc (rails credentials:edit)
CINETPAY = {
  apikey: Rails.application.credentials.dig(:cinetpay, :apikey),
  site_id: Rails.application.credentials.dig(:cinetpay, :site_id),
  notify_url: "https://commandes.siitulu-nyeta.bf/cinetpay/notif"
}.freeze
''')

add("ruby/decoy-credentials-enc", "nyeta/site-commandes/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
Vb8xQm3Tz9kL2pR6wY0aC4eG8iK2mO6qS0uW4yA8cE2gI6kM0oQ4sU8wY2aC6eG0iK4mO8qS2uW6yA0cE4gI8kM2oQ6sU0wY4aC8eG2iK6mO0qS4uW8yA2cE6gI0kM4oQ8sU2wY6aC0eG4iK8mO2qS6uW0yA4cE8gI2kM6oQ0sU4wY8aC2eG6iK0mO4q
S8uW2yA6cE0gI4kM8oQ2sU6wY0aC4eG8iK2mO6qS0uW4yA8cE2gI6kM0oQ4sU8wY2aC6eG0iK4mO8qS2uW6yA0cE4gI8k
M2oQ6sU0wY4aC8eG2iK6mO0qS4uW8yA2cE6gI0kM4oQ8sU2wY6aC0eG4iK8mO2qS6uW0yA4cE8gI2kM6oQ0sU4wY8aC2
eG6iK0mO4qS8uW2yA6cE0gI4kM8oQ2sU6wY0aC4eG8iK2mO6qS0uW4yA8cE2gI6kM0oQ4sU8w--Kp2Xr7Nq4Bt9Vw1Z--
hD3fJ8lN1pR5tV9xZ3bD7fH1jL5nP9rT==
''')

add("shell/rails-master-key", "nyeta/site-commandes/bin/deploy_vps.sh", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
#!/usr/bin/env bash
# Déploiement boutique savon sur le VPS Bobo
set -e
export RAILS_ENV=production
export RAILS_MASTER_KEY=@@s@@
bundle install --deployment --without development test
bin/rails assets:precompile
bin/rails db:migrate
sudo systemctl restart commandes-nyeta
''', hexs(32))


# ---------------------------------------------------------------- moto-taxi app: Mooré-speaking ops, more code

add("python/ligdicash-api-key", "motoyaa/backend/paiements/ligdicash.py", "https://ligdicash.com/developpeurs", r'''
"""Paiement des courses par LigdiCash (clients sans Orange Money).
Mooré: ligdi = argent. Tõnd na n tall-a n paas Moov ne Orange."""
import requests

LIGDICASH_APIKEY = "@@s@@"
LIGDICASH_TOKEN = "@@t@@"


def payer_course(course, numero):
    body = {"commande": {"invoice": {"total_amount": course.prix_fcfa, "description": f"Course {course.id}"},
                         "store": {"name": "Moto Yaa"}, "custom_data": {"course": course.id}}}
    h = {"Apikey": LIGDICASH_APIKEY, "Authorization": f"Bearer {LIGDICASH_TOKEN}", "Accept": "application/json"}
    return requests.post("https://app.ligdicash.com/pay/v01/redirect/checkout-invoice/create", json=body, headers=h)
''', mixed(30), t=jwt_like('{"id_app":"5128","id_abonne":41877,"date_creation":"2024-02-11 10:22:01"}'))

add("python/ligdicash-bearer", "motoyaa/backend/paiements/ligdicash_statut.py", "https://ligdicash.com/developpeurs", r'''
import requests

# jeton marchand LigdiCash (Bearer) — Aziz: à sortir du code avant la mise en prod
JETON = "@@s@@"


def statut(token_facture: str) -> str:
    r = requests.get("https://app.ligdicash.com/pay/v01/redirect/checkout-invoice/confirm/",
                     params={"invoiceToken": token_facture},
                     headers={"Authorization": "Bearer " + JETON}, timeout=10)
    return r.json().get("status", "inconnu")
''', jwt_like('{"id_app":"5128","id_abonne":41877,"date_creation":"2024-03-02 08:01:44"}'))

add("python/decoy-jwt-in-test-expired", "motoyaa/backend/auth/tests/test_jwt.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", r'''
import jwt
import pytest

CLE_TEST = "cle-de-test-uniquement"


def test_token_expire():
    jeton = jwt.encode({"sub": "D-1", "exp": 0}, CLE_TEST, algorithm="HS256")
    with pytest.raises(jwt.ExpiredSignatureError):
        jwt.decode(jeton, CLE_TEST, algorithms=["HS256"])


def test_role_chauffeur():
    jeton = jwt.encode({"sub": "D-2", "role": "chauffeur"}, CLE_TEST, algorithm="HS256")
    assert jwt.decode(jeton, CLE_TEST, algorithms=["HS256"])["role"] == "chauffeur"
''')

add("rust/sentry-dsn-and-key", "motoyaa/geo-service/src/main.rs", "https://docs.rs/reqwest/latest/reqwest/", r'''
use std::time::Duration;

// Service de géocodage des adresses (« à côté du maquis de Tampouy », etc.)
// clé HERE pour les quartiers non couverts par Google
const HERE_API_KEY: &str = "@@s@@";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build()?;
    let q = std::env::args().nth(1).unwrap_or_else(|| "Rond-point des Nations Unies, Ouagadougou".into());
    let url = format!("https://geocode.search.hereapi.com/v1/geocode?q={}&apiKey={}", q, HERE_API_KEY);
    let rep = client.get(url).send().await?.text().await?;
    println!("{rep}");
    Ok(())
}
''', fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("rust/decoy-dotenvy", "motoyaa/geo-service/src/config.rs", "https://docs.rs/dotenvy/latest/dotenvy/", r'''
use std::env;

pub struct Config {
    pub here_api_key: String,
    pub google_key: String,
    pub cache_ttl: u64,
}

impl Config {
    pub fn charger() -> Self {
        dotenvy::dotenv().ok();
        Config {
            here_api_key: env::var("HERE_API_KEY").expect("HERE_API_KEY manquant"),
            google_key: env::var("GOOGLE_MAPS_KEY").unwrap_or_default(),
            cache_ttl: env::var("CACHE_TTL").ok().and_then(|v| v.parse().ok()).unwrap_or(600),
        }
    }
}
''')

add("toml/cargo-registry-token", "motoyaa/geo-service/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r'''
# crates.io — publication de motoyaa-geo (Rasmané)
[registry]
token = "@@s@@"

[registries.interne]
token = "Bearer ${CARGO_INTERNE_TOKEN}"
''', "cio" + mixed(32))

add("toml/decoy-cargo-toml", "motoyaa/geo-service/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", r'''
[package]
name = "motoyaa-geo"
version = "0.4.0"
edition = "2021"
description = "Géocodage des repères de Ouagadougou et Bobo-Dioulasso"
license = "MIT"

[dependencies]
anyhow = "1"
dotenvy = "0.15"
reqwest = { version = "0.12", features = ["json"] }
tokio = { version = "1", features = ["full"] }
''')

add("javascript/sendgrid-in-node", "motoyaa/dispatch-web/server/mail.js", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs", r'''
const sgMail = require("@sendgrid/mail");

// reçus de course par e-mail pour les entreprises clientes (navettes du personnel)
sgMail.setApiKey("@@s@@");

async function envoyerRecu(client, course) {
  await sgMail.send({
    to: client.email,
    from: "recus@motoyaa.bf",
    subject: `Reçu course ${course.id}`,
    text: `Départ : ${course.depart}\nArrivée : ${course.arrivee}\nMontant : ${course.prix} FCFA`,
  });
}

module.exports = { envoyerRecu };
''', sendgrid())

add("javascript/decoy-config-from-env", "motoyaa/dispatch-web/server/config.js", "https://nodejs.org/api/process.html#processenv", r'''
// Toute la config du serveur web dispatch vient de l'environnement.
module.exports = {
  port: Number(process.env.PORT || 8080),
  apiBase: process.env.API_BASE || "http://localhost:8000",
  sendgridKey: process.env.SENDGRID_API_KEY,
  sessionSecret: process.env.SESSION_SECRET,
  mapboxPublic: process.env.MAPBOX_PUBLIC_TOKEN,
};
''')

add("javascript/express-session-secret", "motoyaa/dispatch-web/server/app.js", "https://expressjs.com/en/resources/middleware/session.html", r'''
const express = require("express");
const session = require("express-session");

const app = express();
app.use(express.json());
app.use(
  session({
    secret: "@@s@@",
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, maxAge: 8 * 3600 * 1000 },
  })
);

app.get("/sante", (req, res) => res.json({ ok: true, ville: "Ouagadougou" }));
app.listen(8080);
''', mixed(40))

add("yaml/decoy-openapi-example", "motoyaa/docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
openapi: 3.0.3
info:
  title: API Moto Yaa
  version: "1.8"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
paths:
  /courses:
    post:
      summary: Demander une course
      security: [{bearerAuth: []}]
      parameters:
        - in: header
          name: Authorization
          example: "Bearer <jeton obtenu via /auth/otp>"
      responses:
        "201": {description: Course créée}
''')

add("markdown/curl-bearer-in-doc", "motoyaa/docs/api/exemples.md", "https://www.rfc-editor.org/rfc/rfc6750", r'''
# Exemples d'appels (staging)

Jeton du compte de test « Client Tampouy » (valable jusqu'à fin juin) :

```bash
curl -H "Authorization: Bearer @@s@@" \
     https://api-staging.motoyaa.bf/courses?statut=en_cours
```

Créer une course :

```bash
curl -X POST -H "Content-Type: application/json" -H "Authorization: Bearer $JETON" \
     -d '{"depart":"Tampouy","arrivee":"Zogona"}' https://api-staging.motoyaa.bf/courses
```
''', jwt_like('{"sub":"C-20931","role":"client","exp":1719792000}'))

add("postman/api-key", "motoyaa/docs/api/MotoYaa.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "c3b0f1e2-7a4d-4e91-8f2c-5d6a1b9e0c47",
  "name": "Moto Yaa - prod",
  "values": [
    {"key": "base", "value": "https://api.motoyaa.bf", "enabled": true},
    {"key": "admin_api_key", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "ville", "value": "ouagadougou", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', "myk_live_" + mixed(32))

add("postman/decoy-empty-values", "motoyaa/docs/api/MotoYaa.staging.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "8a2d4f6b-1c3e-4a5b-9d7f-0e2c4a6b8d1f",
  "name": "Moto Yaa - staging",
  "values": [
    {"key": "base", "value": "https://api-staging.motoyaa.bf", "enabled": true},
    {"key": "admin_api_key", "value": "", "type": "secret", "enabled": true},
    {"key": "jeton", "value": "{{jeton_otp}}", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

add("lua/redis-auth", "motoyaa/deploy/openresty/limite_debit.lua", "https://github.com/openresty/lua-resty-redis#auth", r'''
-- Limitation de débit de l'API publique (par numéro de téléphone)
local redis = require "resty.redis"
local r = redis:new()
r:set_timeout(200)
assert(r:connect("10.20.0.12", 6379))
local ok, err = r:auth("@@s@@")
if not ok then ngx.log(ngx.ERR, "auth redis: ", err) return ngx.exit(500) end
local cle = "debit:" .. (ngx.var.http_x_telephone or ngx.var.remote_addr)
local n = r:incr(cle)
if n == 1 then r:expire(cle, 60) end
if n > 30 then return ngx.exit(429) end
''', fakes.redis_password(_seed()))

add("makefile/decoy-make-vars", "motoyaa/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", r'''
# Moto Yaa — raccourcis
IMAGE ?= motoyaabf/backend
TAG ?= $(shell git rev-parse --short HEAD)

build:
	docker build -t $(IMAGE):$(TAG) backend/

push: build
	@echo "$$DOCKERHUB_TOKEN" | docker login -u motoyaabf --password-stdin
	docker push $(IMAGE):$(TAG)

migrate:
	docker compose exec api python manage.py migrate
''')

add("makefile/mapbox-token", "motoyaa/geo-service/Makefile", "https://docs.mapbox.com/api/accounts/tokens/", r'''
TUILES = data/ouaga.mbtiles data/bobo.mbtiles
MAPBOX_TOKEN = @@s@@

tuiles: $(TUILES)
	for f in $(TUILES); do \
	  MAPBOX_ACCESS_TOKEN=$(MAPBOX_TOKEN) mapbox upload motoyaa.$$(basename $$f .mbtiles) $$f; \
	done
''', mapbox_secret())


# ---------------------------------------------------------------- co-operative: surveys, shop, partners

add("python/kobotoolbox-token", "nyeta/enquetes/telecharger_kobo.py", "https://support.kobotoolbox.org/api.html", r'''
"""Téléchargement des fiches d'enquête des productrices (KoboToolbox, formulaire en jula).
Musow ka sii kolo hakɛ (quantité d'amandes par femme)."""
import requests

KOBO_TOKEN = "@@s@@"
FORMULAIRE = "aG7kR2pX9vQm4tW8zN3bYc"

r = requests.get(f"https://kf.kobotoolbox.org/api/v2/assets/{FORMULAIRE}/data.json",
                 headers={"Authorization": f"Token {KOBO_TOKEN}"}, timeout=60)
r.raise_for_status()
for rep in r.json()["results"]:
    print(rep.get("groupement"), rep.get("nom_productrice"), rep.get("kg_amandes"))
''', hexs(40))

add("python/decoy-kobo-asset-uid", "nyeta/enquetes/formulaires.py", "https://support.kobotoolbox.org/api.html", r'''
"""Identifiants publics des formulaires Kobo (UID d'asset, pas des jetons)."""
FORMULAIRES = {
    "collecte_amandes_2024": "aG7kR2pX9vQm4tW8zN3bYc",
    "suivi_formation_hygiene": "bH8lS3qY0wRn5uX9aO4cZd",
    "recensement_membres": "cJ9mT4rZ1xSo6vY0bP5dAe",
}
LANGUES = ["Jula (dyu)", "Français (fr)"]
''')

add("env/odk-central-password", "nyeta/enquetes/.env", "https://docs.getodk.org/central-api-authentication/", r'''
# ODK Central (serveur de l'ONG partenaire) — collecte hors ligne à Léguéma et Kôrô
ODK_URL=https://odk.partenaire-ong.org
ODK_PROJET=14
ODK_EMAIL=enquetes@siitulu-nyeta.bf
ODK_PASSWORD=@@s@@
''', words_pw())

add("toml/decoy-odk-settings", "nyeta/enquetes/pyodk_config.example.toml", "https://getodk.github.io/pyodk/#configure", r'''
[central]
base_url = "https://odk.partenaire-ong.org"
username = "enquetes@siitulu-nyeta.bf"
password = "" # à remplir localement, fichier réel : ~/.pyodk_config.toml
default_project_id = 14
''')

add("javascript/apps-script-api-key", "nyeta/enquetes/apps-script/Code.gs", "https://developers.google.com/apps-script/guides/services/external", r'''
// Feuille « Stock groupements » : envoi d'un SMS quand un stock passe sous 50 kg
var AT_USER = "siitulu";
var AT_KEY = "@@s@@";

function alerteStock() {
  var feuille = SpreadsheetApp.getActive().getSheetByName("Stock");
  var lignes = feuille.getDataRange().getValues();
  lignes.slice(1).forEach(function (l) {
    if (l[2] < 50) {
      UrlFetchApp.fetch("https://api.africastalking.com/version1/messaging", {
        method: "post", headers: { apiKey: AT_KEY, Accept: "application/json" },
        payload: { username: AT_USER, to: l[3], message: "Sii tulu stock ka dɔgɔ " + l[0] + " (" + l[2] + " kg)" },
      });
    }
  });
}
''', africastalking())

add("javascript/decoy-apps-script-properties", "nyeta/enquetes/apps-script/Rapport.gs", "https://developers.google.com/apps-script/guides/properties", r'''
// Rapport hebdomadaire : la clé est dans les propriétés du script (Fichier > Propriétés)
function rapportHebdo() {
  var cle = PropertiesService.getScriptProperties().getProperty("BREVO_API_KEY");
  var total = SpreadsheetApp.getActive().getRangeByName("TotalKg").getValue();
  UrlFetchApp.fetch("https://api.brevo.com/v3/smtp/email", {
    method: "post", contentType: "application/json", headers: { "api-key": cle },
    payload: JSON.stringify({ sender: { email: "bureau@siitulu-nyeta.bf" },
      to: [{ email: "presidente@siitulu-nyeta.bf" }], subject: "Stock semaine", textContent: total + " kg" }),
  });
}
''')

add("env/shopify-admin-token", "nyeta/boutique-europe/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Boutique en ligne Europe (Shopify) — synchro stock depuis Odoo
SHOPIFY_SHOP=siitulu-nyeta.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@s@@
SHOPIFY_API_VERSION=2024-04
ODOO_URL=https://nyeta.odoo.com
''', "shpat_" + hexs(32))

add("liquid/decoy-shopify-theme", "nyeta/boutique-europe/theme/sections/produit-karite.liquid", "https://shopify.dev/docs/api/liquid", r'''
<section class="produit-karite">
  <h2>{{ product.title }}</h2>
  <p>Beurre de karité non raffiné, produit par les femmes des groupements de Dafra, Léguéma et Kôrô.</p>
  <p class="prix">{{ product.price | money }}</p>
  <div data-storefront-token="{{ settings.storefront_public_token }}"></div>
  {% form 'product', product %}
    <button type="submit">Ajouter au panier</button>
  {% endform %}
</section>
''')

add("python/stripe-live-eu", "nyeta/boutique-europe/stripe_factures.py", "https://docs.stripe.com/keys", r'''
"""Factures Stripe pour les acheteurs professionnels (savonneries en France)."""
import stripe

stripe.api_key = "@@s@@"  # restreindre ! (rk_) — demandé à Ibrahim


def facturer(client_id, lot, kg, prix_kg_eur):
    stripe.InvoiceItem.create(customer=client_id, amount=int(kg * prix_kg_eur * 100), currency="eur",
                              description=f"Beurre de karité lot {lot} — {kg} kg")
    facture = stripe.Invoice.create(customer=client_id, collection_method="send_invoice", days_until_due=30)
    return stripe.Invoice.finalize_invoice(facture.id)
''', stripe())

add("python/decoy-stripe-publishable", "nyeta/boutique-europe/stripe_public.py", "https://docs.stripe.com/keys#obtain-api-keys", r'''
"""La clé publiable va dans le navigateur ; la clé secrète reste dans l'environnement."""
import os

STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_test_exemple")
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


def config_front():
    return {"publishableKey": STRIPE_PUBLISHABLE_KEY, "devise": "eur"}
''')

add("yaml/stripe-webhook-secret", "nyeta/boutique-europe/config/webhooks.yml", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
# Réception des paiements (Stripe) et des commandes (Shopify)
stripe:
  endpoint: https://commandes.siitulu-nyeta.bf/webhooks/stripe
  signing_secret: @@s@@
  evenements: [invoice.paid, invoice.payment_failed]
shopify:
  endpoint: https://commandes.siitulu-nyeta.bf/webhooks/shopify
  topics: [orders/create]
''', mixed(32, "whsec_"))

add("python/paypal-client-secret", "nyeta/boutique-europe/paypal.py", "https://developer.paypal.com/api/rest/authentication/", r'''
"""Paiement PayPal des petites commandes (particuliers, Belgique et Suisse)."""
import requests

CLIENT_ID = "AeX7kQ2pR9vT4yW8zN1bC5dF0hJ3mL6oS9uA2cE5gI8kM1oQ4sU7wY0aC3eG6iK9mO2qS5uW8yA1c"
SECRET = "@@s@@"


def jeton():
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token", auth=(CLIENT_ID, SECRET),
                      data={"grant_type": "client_credentials"}, timeout=15)
    return r.json()["access_token"]
''', "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("csv/decoy-buyers-contacts", "nyeta/export/acheteurs.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
societe,pays,contact,email,iban_masque,tva_intracom
Savonnerie du Vieux Port,FR,Claire M.,achats@savonnerie-vieuxport.fr,FR76 **** **** **** **** 4821,FR40123456789
Atelier Karité Bruxelles,BE,Jan V.,jan@atelier-karite.be,BE68 **** **** 1290,BE0123456749
Naturkosmetik Basel,CH,Urs B.,einkauf@naturkosmetik-basel.ch,CH93 **** **** **** 7201 3,CHE-123.456.788
Cosmétiques Solidaires,FR,Aïcha D.,aicha@cosmetiques-solidaires.fr,FR76 **** **** **** **** 1177,FR83404833048
''')

add("markdown/bank-portal-password", "nyeta/notes/acces_banque.md", "https://www.coris-bank.com/", r'''
# Accès banque en ligne (Coris Bank, agence Bobo)

- Identifiant : NYETA-COOP-0412
- Mot de passe : @@s@@
- Le code SMS arrive sur le téléphone de la trésorière (Mariam).
- Virements > 500 000 FCFA : double signature (présidente + trésorière).

Ne pas partager ce fichier en dehors du bureau. Kana nin di mɔgɔ wɛrɛ ma.
''', words_pw())

add("markdown/decoy-bank-notes", "nyeta/notes/procedure_virements.md", "https://www.bceao.int/", r'''
# Procédure virements acheteurs Europe

1. L'acheteur vire en EUR sur le compte Coris Bank (IBAN sur la facture).
2. La banque convertit en FCFA (parité fixe 655,957).
3. La trésorière vérifie sur le portail (identifiants : coffre Bitwarden « Banque »).
4. Le bureau note le virement dans Odoo (Comptabilité > Relevés).

Code SWIFT de la banque : CORIBFBF — ce n'est pas un secret, il figure sur toutes les factures.
''')

add("notes/router-admin-password", "nyeta/notes/reseau_bureau.txt", "https://www.huawei.com/en/", r'''
Réseau du bureau Bobo (installé par Ibrahim, janvier 2024)

Box Orange 4G : 192.168.8.1
  admin / @@s@@
Wi-Fi : NYETA-BUREAU (WPA2)
NAS : 192.168.1.20 (sauvegardes)
Imprimante étiquettes : 192.168.1.31

En cas de panne : redémarrer la box, attendre 3 min. Ni a ma taa, i ka Ibrahim wele.
''', words_pw())

add("notes/decoy-network-inventory", "nyeta/notes/inventaire_materiel.txt", "https://www.rfc-editor.org/rfc/rfc1918", r'''
Inventaire matériel bureau Bobo — mars 2024

PC portable HP (secrétariat)   S/N 5CD1234XYZ   MAC 3c:52:82:1a:9f:04
PC fixe Dell (comptabilité)    S/N 7H2K9L3      MAC 00:1e:c9:44:7b:21
NAS Synology DS220j            S/N 2150PCN123   IP 192.168.1.20
Balance Kern 150 kg            n° 22-0412       calibrée 02/2024
Imprimante Zebra ZD421         S/N D4J213901    IP 192.168.1.31
Box Orange 4G                  IMEI 86 123456 789012 3
''')


# ---------------------------------------------------------------- more services, mixed formats

add("python/airtable-pat", "nyeta/formations/inscriptions.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Inscriptions aux formations (hygiène, qualité du beurre) — base Airtable de l'ONG partenaire."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appQ3kX9vR2mT7yW1", "Inscriptions")


def inscrire(nom, groupement, telephone):
    return table.create({"Nom": nom, "Groupement": groupement, "Téléphone": telephone,
                         "Formation": "Qualité beurre 2024"})
''', "pat" + mixed(14) + "." + hexs(64))

add("python/notion-token", "nyeta/formations/compte_rendus.py", "https://developers.notion.com/docs/authorization", r'''
"""Copie des comptes rendus de réunion (Notion) en PDF pour les groupements."""
from notion_client import Client

notion = Client(auth="@@s@@")
PAGE_CR = "3f2a9c1b7e4d4a6f8b0c2d5e7f9a1b3c"

blocs = notion.blocks.children.list(block_id=PAGE_CR)["results"]
for b in blocs:
    if b["type"] == "paragraph":
        print("".join(t["plain_text"] for t in b["paragraph"]["rich_text"]))
''', "secret_" + mixed(43))

add("python/hubspot-token", "nyeta/export/crm_sync.py", "https://developers.hubspot.com/docs/api/private-apps", r'''
"""Synchronisation des acheteurs (HubSpot gratuit) avec Odoo."""
import requests

HUBSPOT_TOKEN = "@@s@@"

r = requests.get("https://api.hubapi.com/crm/v3/objects/companies",
                 params={"limit": 100, "properties": "name,country"},
                 headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"}, timeout=30)
for societe in r.json()["results"]:
    print(societe["properties"]["name"], societe["properties"].get("country"))
''', "pat-eu1-" + uuid_s())

add("yaml/facebook-page-token", "nyeta/communication/publication.yml", "https://developers.facebook.com/docs/pages-api/getting-started", r'''
# Publication automatique des photos de la saison sur la page Facebook de la coopérative
page:
  id: "104928371650218"
  nom: "Coopérative Sii Tulu Nyèta"
  access_token: "@@s@@"
planning:
  - jour: lundi
    legende: "I ni sɔgɔma! Nouvelle semaine de production à Dafra"
  - jour: jeudi
    legende: "Sii tulu ɲuman — beurre de karité de qualité"
''', "EAAG" + mixed(170))

add("yaml/decoy-social-handles", "nyeta/communication/comptes.yml", "https://developers.facebook.com/docs/pages-api/", r'''
# Comptes de la coopérative (identifiants publics, pas de mots de passe ici)
facebook_page_id: "104928371650218"
instagram: "@siitulu.nyeta"
whatsapp_business: "+226 70 41 88 23"
youtube_channel: "UC7kQ2pR9vT4yW8zN1bC5dF0"
gestion: "Meta Business Suite — accès via les comptes personnels d'Aminata et Rokia"
''')

add("env/mailjet-secret", "nyeta/communication/.env.mailjet", "https://dev.mailjet.com/email/guides/", r'''
# Relances aux acheteurs (Mailjet, compte gratuit)
MJ_APIKEY_PUBLIC=@@pub@@
MJ_APIKEY_PRIVATE=@@s@@
MJ_EXPEDITEUR=export@siitulu-nyeta.bf
MJ_MODELE_RELANCE=5829104
''', hexs(32), pub=hexs(32))

add("python/dropbox-token", "nyeta/export/certificats.py", "https://developers.dropbox.com/oauth-guide", r'''
"""Récupère les certificats bio (Ecocert) partagés par l'organisme dans Dropbox."""
import dropbox

dbx = dropbox.Dropbox("@@s@@")

for entree in dbx.files_list_folder("/Certificats Nyeta 2024").entries:
    if entree.name.endswith(".pdf"):
        _, rep = dbx.files_download(entree.path_lower)
        open(f"certificats/{entree.name}", "wb").write(rep.content)
        print("téléchargé", entree.name)
''', "sl." + fakes.drawn(_seed(), 135, ALNUM + "-_"))

add("python/decoy-dropbox-app-key", "nyeta/export/certificats_oauth.py", "https://developers.dropbox.com/oauth-guide", r'''
"""Version OAuth : la clé d'application est publique (PKCE), le jeton est demandé à l'utilisateur."""
import dropbox

APP_KEY = "k7q2x9vm4rt8yw1"  # clé d'app publique, flux PKCE sans secret

flux = dropbox.DropboxOAuth2FlowNoRedirect(APP_KEY, use_pkce=True, token_access_type="offline")
print("Ouvrir :", flux.start())
code = input("Code : ").strip()
jeton = flux.finish(code)
dbx = dropbox.Dropbox(oauth2_refresh_token=jeton.refresh_token, app_key=APP_KEY)
''')

add("yaml/teams-webhook-partner", "nyeta/communication/notifications_ong.yaml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
# Notifications vers le canal Teams de l'ONG partenaire (suivi du projet karité)
notifications:
  canal: "Projet Karité Hauts-Bassins"
  url: "@@s@@"
  evenements:
    - rapport_mensuel
    - nouveau_lot_certifie
''', f"https://partenaireong.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}")

add("xml/decoy-maven-settings-encrypted", "motoyaa/analytics/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings>
  <servers>
    <server>
      <id>motoyaa-nexus</id>
      <username>ci</username>
      <!-- chiffré avec mvn --encrypt-password (clé maître dans ~/.m2/settings-security.xml) -->
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
''')

add("xml/maven-settings-password", "motoyaa/analytics/ci/settings-ci.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>motoyaa-nexus</id>
      <username>deploiement</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>motoyaa-nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.motoyaa.bf/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
''', fakes.password(_seed()))

add("gradle/signing-password-inline", "motoyaa/android-client/app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#sign_cmdline", r'''
android {
    namespace = "bf.motoyaa.client"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file("../release/motoyaa-client.jks")
            storePassword = "@@s@@"
            keyAlias = "motoyaa-client"
            keyPassword = "@@s@@"
        }
    }
    buildTypes {
        release { signingConfig = signingConfigs.getByName("release"); isMinifyEnabled = true }
    }
}
''', words_pw())

add("gradle/decoy-signing-from-env", "motoyaa/android-driver/app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#sign_cmdline", r'''
android {
    namespace = "bf.motoyaa.driver"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("MOTOYAA_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("MOTOYAA_STORE_PASSWORD")
            keyAlias = "motoyaa-driver"
            keyPassword = System.getenv("MOTOYAA_KEY_PASSWORD")
        }
    }
}
''')

add("kotlin/agora-certificate", "motoyaa/android-driver/app/src/main/java/bf/motoyaa/driver/appel/AppelConfig.kt", "https://docs.agora.io/en/video-calling/get-started/manage-agora-account", r'''
package bf.motoyaa.driver.appel

// Appel audio client <-> chauffeur sans montrer les numéros (Agora)
object AppelConfig {
    const val APP_ID = "7c2e9a4f1b8d4e3a9f0c6b2d5e8a1f47"
    // certificat : sert à générer les jetons RTC — ne devrait pas être dans l'app !
    const val APP_CERTIFICATE = "@@s@@"
    const val EXPIRATION_S = 3600
}
''', hexs(32))

add("kotlin/decoy-build-config", "motoyaa/android-client/app/src/main/java/bf/motoyaa/client/Env.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
package bf.motoyaa.client

// Valeurs injectées par Gradle (BuildConfig), issues des variables de la CI
object Env {
    val apiBase: String = BuildConfig.API_BASE
    val sentryDsn: String = BuildConfig.SENTRY_DSN
    val mapsKey: String = BuildConfig.MAPS_API_KEY
    const val LANGUE_DEFAUT = "fr"
    val languesSupportees = listOf("fr", "mos", "dyu")
}
''')

add("yaml/supabase-service-role", "motoyaa/promo/supabase.config.yml", "https://supabase.com/docs/guides/api/api-keys", r'''
# Mini-site des codes promo (Supabase) — campagne « Tabaski 2024 »
supabase:
  url: https://qkxvbmztrwnpfhyl.supabase.co
  anon_key: ${SUPABASE_ANON_KEY}
  service_role_key: @@s@@
promo:
  code_prefixe: TABASKI
  reduction_fcfa: 300
''', jwt_like('{"iss":"supabase","ref":"qkxvbmztrwnpfhyl","role":"service_role","iat":1712000000,"exp":2027576000}'))

add("html/decoy-firebase-web-config", "motoyaa/promo/public/index.html", "https://firebase.google.com/docs/projects/api-keys", r'''
<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Moto Yaa — Code promo</title></head>
<body>
  <h1>Ne y windga ! Entrez votre numéro pour recevoir votre code</h1>
  <form id="promo"><input name="tel" placeholder="+226 ..."><button>Recevoir</button></form>
  <script>
    // configuration web Firebase (identifiants publics du projet, protégés par les règles)
    const firebaseConfig = {
      projectId: "moto-yaa-bf",
      authDomain: "moto-yaa-bf.firebaseapp.com",
      appId: "1:418230957716:web:9b1e4c7a2d0f3e85"
    };
  </script>
</body>
</html>
''')

add("env/pusher-secret", "motoyaa/dispatch-web/.env.local", "https://pusher.com/docs/channels/server_api/authenticating-users/", r'''
# temps réel des positions sur la carte dispatch (Pusher Channels)
PUSHER_APP_ID=1789234
PUSHER_KEY=@@key@@
PUSHER_SECRET=@@s@@
PUSHER_CLUSTER=eu
VITE_API_BASE=http://localhost:8000
''', hexs(20), key=hexs(20))


# ---------------------------------------------------------------- GPS trackers, translation, ops notes

add("conf/mosquitto-password", "motoyaa/trackers/traceurs.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Traceurs GPS des motos (boîtiers TK103) -> passerelle MQTT
# pont vers le broker du dispatch
connection pont-dispatch
address mqtt.motoyaa.bf:8883
bridge_cafile /etc/mosquitto/ca.crt
remote_username traceurs
remote_password @@s@@
topic motos/+/position out 1
''', fakes.redis_password(_seed()))

add("conf/decoy-mosquitto-passwd-hashes", "motoyaa/trackers/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
traceurs:$7$101$Qm4nV8rT2xK6pL0s$W9aZ7u3E1bG5dH8jN2qR6tY0cF4iM7oS1vX9eK3mP5rT8wY2zA6cD0fH4jL7nQ1sU5xB9dG2kN6pR0tV4yZ8b==
dispatch:$7$101$Hk7pN1rV5xZ9bD3f$H7jL1nP5rT9vX3zB7dF1hJ5lN9pR3tV7xZ1bD5fH9jL3nP7rT1vX5zB9dF3hJ7lN1pR5tV9xZ3bD7fH1jL5n==
grafana:$7$101$Wc2eG6iK0mO4qS8u$W2yA6cE0gI4kM8oQ2sU6wY0aC4eG8iK2mO6qS0uW4yA8cE2gI6kM0oQ4sU8wY2aC6eG0iK4mO8qS2uW6yA0==
moto-D1187:$7$101$Lz8bD2fH6jL0nP4r$T8vX2zB6dF0hJ4lN8pR2tV6xZ0bD4fH8jL2nP6rT0vX4zB8dF2hJ6lN0pR4tV8xZ2bD6fH0jL4nP8rT2v==
moto-D1203:$7$101$Ty5uI9oP3aS7dF1g$H5jK9lZ3xC7vB1nM5qW9eR3tY7uI1oP5aS9dF3gH7jK1lZ5xC9vB3nM7qW1eR5tY9uI3oP7aS1dF5gH9j==
''')

add("python/traccar-admin", "motoyaa/trackers/sync_traccar.py", "https://www.traccar.org/api-reference/", r'''
"""Synchronise la liste des motos (Traccar) avec la base des chauffeurs.
Mooré: moto fãa na n tara a GPS (chaque moto doit avoir son GPS)."""
import requests

TRACCAR = "https://gps.motoyaa.bf/api"
AUTH = ("admin@motoyaa.bf", "@@s@@")

appareils = requests.get(f"{TRACCAR}/devices", auth=AUTH, timeout=20).json()
for a in appareils:
    print(a["uniqueId"], a["name"], a.get("status"))
''', words_pw())

add("sms-config/tracker-sms-password", "motoyaa/trackers/config_boitier_sms.txt", "https://www.traccar.org/devices/", r'''
Configuration d'un boîtier GPS (envoyer ces SMS au numéro de la SIM du boîtier)

1) begin123456            -> réinitialise (mot de passe usine 123456)
2) password123456 @@s@@   -> nouveau mot de passe boîtier (le même pour toute la flotte !)
3) adminip@@s@@ 164.92.180.25 5013
4) apn@@s@@ internet.orange.bf
5) fix030s***n@@s@@      -> position toutes les 30 s

Rasmané : noter le numéro IMEI dans la feuille « Flotte ».
''', "".join(str(_rng().randint(0, 9)) for _ in range(1)) + fakes.drawn(_seed(), 7, string.digits))

add("python/huggingface-token", "motoyaa/traduction/entrainer_moore.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Affinage d'un petit modèle de traduction français -> mooré pour les messages de l'app.
Corpus : phrases du support chauffeurs (« Laafi bala ? », « Fo sẽn be yɛ ? »)."""
from huggingface_hub import login
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

login(token="@@s@@")
modele = "facebook/nllb-200-distilled-600M"
tok = AutoTokenizer.from_pretrained(modele, src_lang="fra_Latn", tgt_lang="mos_Latn")
m = AutoModelForSeq2SeqLM.from_pretrained(modele)
m.push_to_hub("motoyaa/nllb-fr-mos-support", private=True)
''', hf_tok())

add("csv/decoy-phrases-moore", "motoyaa/traduction/phrases_support.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
fr,mos,dyu
Bonjour,Ne y windga,I ni ce
Votre chauffeur arrive,Y moto-kɩɩsdã watame,I ka mɔtɔbolila bɛ na
Merci,Barka,I ni ce
Où êtes-vous ?,Fo sẽn be yɛ ?,I bɛ min ?
Le paiement a réussi,Ligdã yaoobã sɩda,Sara kɛra ka ɲɛ
Code de vérification : 482913,Kod a yembre : 482913,Kode : 482913
''')

add("markdown/decoy-token-rotated-note", "motoyaa/docs/incident-2024-04-09.md", "https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning", r'''
# Incident du 9 avril 2024 — jeton Telegram publié

- 09/04 21:10 : le jeton du bot support a été collé dans un ticket public.
- 09/04 21:25 : révoqué avec /revoke chez @BotFather (ancien jeton inutilisable).
- 09/04 21:30 : nouveau jeton mis dans Vault (`secret/motoyaa/bots/support`), service redémarré.
- Cause : copier-coller depuis le terminal. Action : pre-commit + revue des tickets.

Aucune valeur de jeton dans ce document (ni l'ancienne ni la nouvelle).
''')

add("markdown/prose-password-in-runbook", "motoyaa/docs/astreinte.md", "https://www.postgresql.org/docs/current/app-psql.html", r'''
# Astreinte — que faire quand le dispatch tombe

1. Vérifier `https://api.motoyaa.bf/sante`.
2. Se connecter au VPS : `ssh deploy@164.92.180.24`.
3. Si la base refuse les connexions, se connecter en superutilisateur : l'utilisateur est
   `postgres` et le mot de passe est @@s@@ (Aziz le change après chaque astreinte, normalement).
4. Redémarrer : `docker compose restart api dispatch`.
5. Prévenir les chauffeurs dans le groupe WhatsApp : « Yel-kãng n be, d ne n maan-a ».
''', fakes.password(_seed()))

_MOOV = mixed(40)
add("python/split-string-key", "motoyaa/backend/paiements/moov_money.py", "https://www.moov-africa.bf/", r'''
"""Moov Money (API partenaire) — les deux moitiés de la clé pour « cacher » (sic) la clé."""
import hashlib
import time

import requests

_A = "@@s@@"
_B = "@@b@@"
CLE_API = _A + _B


def signer(corps: str) -> str:
    return hashlib.sha256((corps + CLE_API + str(int(time.time()))).encode()).hexdigest()
''', _MOOV[:20], b=_MOOV[20:])

add("javascript/datadog-api-key", "motoyaa/dispatch-web/server/metrics.js", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
const { client, v2 } = require("@datadog/datadog-api-client");

// métriques des courses (essai gratuit Datadog, 14 jours)
const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: "@@s@@" },
});
configuration.setServerVariables({ site: "datadoghq.eu" });
const api = new v2.MetricsApi(configuration);

module.exports = (nom, valeur) =>
  api.submitMetrics({ body: { series: [{ metric: `motoyaa.${nom}`, type: 3, points: [{ timestamp: Math.floor(Date.now() / 1000), value: valeur }] }] } });
''', hexs(32))

add("yaml/newrelic-license", "motoyaa/deploy/newrelic-infra.yml", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/", r'''
# Agent infra New Relic sur les VPS
license_key: @@s@@
display_name: motoyaa-dispatch-1
log_file: /var/log/newrelic-infra/newrelic-infra.log
custom_attributes:
  ville: ouagadougou
  environnement: production
''', hexs(36) + "NRAL")

add("yaml/decoy-newrelic-env", "motoyaa/deploy/newrelic-infra.staging.yml", "https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/configuration/infrastructure-agent-configuration-settings/", r'''
# Agent infra New Relic (staging) : la licence vient de NRIA_LICENSE_KEY
license_key: {{ NRIA_LICENSE_KEY }}
display_name: motoyaa-staging-1
custom_attributes:
  ville: ouagadougou
  environnement: staging
''')

add("python/algolia-admin-key", "motoyaa/backend/recherche/indexer_reperes.py", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
"""Indexe les repères connus (« Maquis Le Verdoyant », « Station Total Karpala »...) pour
l'autocomplétion des adresses."""
from algoliasearch.search_client import SearchClient

client = SearchClient.create("Q7KX2PZ9RM", "@@s@@")
index = client.init_index("reperes_ouaga")


def indexer(reperes):
    index.save_objects([{"objectID": r.id, "nom": r.nom, "quartier": r.quartier, "_geoloc": r.geo} for r in reperes])
''', hexs(32))

add("javascript/decoy-algolia-search-only", "motoyaa/rider-app/src/recherche.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
import algoliasearch from "algoliasearch/lite";

// clé « search-only » : publique par conception, limitée à l'index reperes_ouaga
const client = algoliasearch("Q7KX2PZ9RM", process.env.EXPO_PUBLIC_ALGOLIA_SEARCH_KEY ?? "");
export const reperes = client.initIndex("reperes_ouaga");

export async function chercher(texte: string) {
  const { hits } = await reperes.search(texte, { hitsPerPage: 8, aroundLatLngViaIP: true });
  return hits;
}
''')

add("pgp/private-key-block", "nyeta/export/cle_signature_factures.asc", "https://www.rfc-editor.org/rfc/rfc4880", r'''
Clé de signature des factures électroniques (export Europe) — Ibrahim, ne pas diffuser
Utilisateur : Coopérative Sii Tulu Nyèta <export@siitulu-nyeta.bf>

@@s@@
''', "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(8)) + "\n=" + rnd(4, ALNUM) + "\n-----END PGP PRIVATE KEY BLOCK-----")

add("pgp/decoy-public-key-block", "nyeta/export/cle_publique_factures.asc", "https://www.rfc-editor.org/rfc/rfc4880", r'''
Clé PUBLIQUE de vérification des factures (à donner aux acheteurs)

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZc7kRhYJKwYBBAHaRw8BAQdA3q9vX2kR7pT1yW5zN8bC4dF0hJ6mL3oS9uA2
cE5gI8m0PUNvb3DDqXJhdGl2ZSBTaWkgVHVsdSBOecOodGEgPGV4cG9ydEBzaWl0
dWx1LW55ZXRhLmJmPoiTBBMWCgA7FiEE7kQ2pR9vT4yW8zN1bC5dF0hJ3mIFAmXO
5EYCGwMFCwkIBwICIgIGFQoJCAsCBBYCAwECHgcCF4AACgkQbC5dF0hJ3mL0xwD/
=Xk7q
-----END PGP PUBLIC KEY BLOCK-----
''')

add("tls/private-key-pem", "motoyaa/deploy/nginx/certs/api.motoyaa.bf.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
# copie du certificat Let's Encrypt (renouvelé à la main le 02/05, Aziz)
# le fichier fullchain.pem est à côté
@@s@@
# fin
''', fakes.fake_pem(_seed(), "EC"))

add("tls/decoy-certificate-chain", "motoyaa/deploy/nginx/certs/api.motoyaa.bf.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIEKzCCAxOgAwIBAgISBFq3kX9vR2mT7yW1aC5dF0hJMA0GCSqGSIb3DQEBCwUA
MDIxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQD
EwJSMzAeFw0yNDA1MDIwODEyNDRaFw0yNDA3MzEwODEyNDNaMBoxGDAWBgNVBAMT
D2FwaS5tb3RveWFhLmJmMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq9vX2kR7
pT1yW5zN8bC4dF0hJ6mL3oS9uA2cE5gI8mK0oP3rT6wY9zB2eF5hJ8lN1qS4uW7
-----END CERTIFICATE-----
''')


# ---------------------------------------------------------------- last batch: mail, chat, CI, misc

add("email/api-key-forwarded", "motoyaa/archives/fwd_cles_cinetpay.eml", "https://docs.cinetpay.com/api/1.0-fr/", r'''
From: Fatimata Ouédraogo <fatim@motoyaa.bf>
To: dev@motoyaa.bf
Subject: TR: Vos identifiants marchand CinetPay
Date: Thu, 18 Jan 2024 16:40:02 +0000
Content-Type: text/plain; charset=utf-8

Yaa sõama, voici ce que CinetPay nous a envoyé. Quelqu'un peut le mettre dans Vault ?

-------- Message transféré --------
Bienvenue chez CinetPay ! Vos identifiants de production :
  SITE_ID : 5871096
  APIKEY  : @@s@@
Conservez-les en lieu sûr.
''', cinetpay_key())

add("email/decoy-invoice-mail", "nyeta/archives/facture_hebergeur.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: facturation@hebergeur-ouaga.bf
To: contact@siitulu-nyeta.bf
Subject: Facture FA-2024-0318 — hébergement annuel
Date: Mon, 18 Mar 2024 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Bonjour,

Votre facture FA-2024-0318 (45 000 FCFA) est disponible dans votre espace client.
Référence de paiement Orange Money : OM-HB-88213-NY
Identifiant client : CL-00412 (le mot de passe n'est jamais envoyé par e-mail).

Merci de votre confiance.
''')

add("yaml/github-actions-hardcoded-token", "nyeta/outils/siitulu-outils/.github/workflows/publier.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
name: publier
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@s@@
''', fakes.pypi_token(_seed()))

add("yaml/decoy-trusted-publishing", "nyeta/outils/siitulu-outils/.github/workflows/publier-oidc.yml", "https://docs.pypi.org/trusted-publishers/", r'''
name: publier-oidc
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
''')

add("chat/telegram-export-key", "motoyaa/archives/telegram_dev_export.json", "https://telegram.org/blog/export-and-more", r'''
{
  "name": "Moto Yaa Dev",
  "type": "private_group",
  "messages": [
    {"id": 4410, "date": "2024-02-20T22:14:05", "from": "Rasmané", "text": "Google a bloqué la clé Maps (quota), j'ai créé une nouvelle"},
    {"id": 4411, "date": "2024-02-20T22:14:40", "from": "Rasmané", "text": "@@s@@"},
    {"id": 4412, "date": "2024-02-20T22:16:02", "from": "Aziz", "text": "Barka, je mets dans la CI. Restreins-la aux apps stp"},
    {"id": 4413, "date": "2024-02-20T22:17:30", "from": "Rasmané", "text": "ok, demain"}
  ]
}
''', google_api())

add("chat/decoy-telegram-export-ids", "motoyaa/archives/telegram_ops_export.json", "https://telegram.org/blog/export-and-more", r'''
{
  "name": "Moto Yaa Ops",
  "type": "private_group",
  "id": 2048117733,
  "messages": [
    {"id": 912, "date": "2024-03-01T07:02:11", "from": "Fatim", "text": "Ne y yibeoogo! Course C-48812 bloquée, chauffeur D-1187"},
    {"id": 913, "date": "2024-03-01T07:05:40", "from": "Aziz", "text": "Transaction Moov ref MM240301.0702.C48812, remboursée"},
    {"id": 914, "date": "2024-03-01T07:06:12", "from": "Fatim", "text": "Barka wʋsgo"}
  ]
}
''')

add("ini/php-ini-smtp", "nyeta/site/.user.ini", "https://www.php.net/manual/en/mail.configuration.php", r'''
; réglages PHP de l'hébergement (formulaire de contact du site)
upload_max_filesize = 16M
post_max_size = 16M
date.timezone = "Africa/Ouagadougou"
smtp_user = "contact@siitulu-nyeta.bf"
smtp_pass = "@@s@@"
''', words_pw())

add("yaml/mattermost-bot-token", "motoyaa/ops-scripts/rappels.yml", "https://developers.mattermost.com/integrate/reference/bot-accounts/", r'''
# Rappels de garde dans Mattermost (serveur auto-hébergé du incubateur)
serveur: https://chat.ouagalab.bf
equipe: motoyaa
bot:
  nom: rappel-astreinte
  token: @@s@@
rappels:
  - cron: "0 8 * * 1"
    canal: astreinte
    message: "Ne y yibeoogo ! Cette semaine l'astreinte est à {{ personne }}"
''', fakes.drawn(_seed(), 26, string.ascii_lowercase + string.digits))

add("yaml/vonage-secret", "motoyaa/backend/config/appels.yml", "https://developer.vonage.com/en/getting-started/concepts/authentication", r'''
# Appels masqués de secours (quand Agora ne passe pas en 2G)
vonage:
  api_key: "8f3b1c2d"
  api_secret: "@@s@@"
  numero_virtuel: "+33757000142"
  duree_max_s: 300
''', mixed(16))

add("python/infobip-key", "nyeta/sms/infobip_envoi.py", "https://www.infobip.com/docs/essentials/api-essentials/api-authentication", r'''
"""Deuxième fournisseur SMS (Infobip) quand Africa's Talking échoue vers Moov."""
import requests

BASE = "https://9rkq2x.api.infobip.com"
CLE = "@@s@@"


def envoyer(numero, texte):
    body = {"messages": [{"destinations": [{"to": numero}], "from": "NYETA", "text": texte}]}
    return requests.post(f"{BASE}/sms/2/text/advanced", json=body,
                         headers={"Authorization": f"App {CLE}"}, timeout=15)
''', hexs(32) + "-" + uuid_s())

add("r/postgres-password", "motoyaa/analyse/rapport_mensuel.R", "https://rpostgres.r-dbi.org/", r'''
# Rapport mensuel des courses (Ouaga / Bobo) pour les investisseurs
library(DBI)
library(dplyr)

con <- dbConnect(RPostgres::Postgres(), host = "replica.motoyaa.internal", dbname = "motoyaa",
                 user = "lecture", password = "@@s@@")
courses <- tbl(con, "courses") %>% filter(created_at >= "2024-05-01") %>% collect()
courses %>% group_by(ville) %>% summarise(n = n(), ca_fcfa = sum(prix_fcfa))
dbDisconnect(con)
''', fakes.password(_seed()))

add("r/decoy-keyring", "motoyaa/analyse/chauffeurs_actifs.R", "https://keyring.r-lib.org/", r'''
# Chauffeurs actifs par semaine — mot de passe dans le trousseau (keyring)
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "replica.motoyaa.internal", dbname = "motoyaa",
                 user = "lecture", password = keyring::key_get("motoyaa-replica", "lecture"))
actifs <- dbGetQuery(con, "select date_trunc('week', created_at) s, count(distinct chauffeur_id) from courses group by 1")
print(actifs)
dbDisconnect(con)
''')

add("vba/access-password", "nyeta/bureau/macros/ImportPesees.bas", "https://learn.microsoft.com/en-us/office/vba/api/overview/excel", r'''
Attribute VB_Name = "ImportPesees"
' Import des pesées depuis la base SQL du partenaire dans le classeur Excel
Sub ImporterPesees()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 Unicode Driver};Server=51.91.84.210;Database=nyeta_stock;" & _
            "User=rapport;Password=@@s@@;"
    Dim rs As Object
    Set rs = cn.Execute("SELECT code, produit, kg, groupement FROM lots")
    Sheets("Pesees").Range("A2").CopyFromRecordset rs
    cn.Close
End Sub
''', words_pw())

add("env/wave-api-key", "motoyaa/backend/.env.staging", "https://docs.wave.com/business", r'''
# Staging — test du paiement Wave (lancement Wave au Burkina)
DJANGO_SETTINGS_MODULE=motoyaa.settings.staging
WAVE_API_KEY=@@s@@
WAVE_WEBHOOK_URL=https://api-staging.motoyaa.bf/webhooks/wave
PAYDUNYA_MODE=test
''', "wave_sn_prod_" + fakes.drawn(_seed(), 60, ALNUM + "-_"))

add("jenkins/credentials-inline", "motoyaa/ci/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
    agent any
    environment {
        // provisoire : le plugin Credentials ne voulait pas du jeton (Moussa, 12/03)
        SONAR_TOKEN = '@@s@@'
    }
    stages {
        stage('Tests') { steps { sh 'cd backend && pytest -q' } }
        stage('Sonar') { steps { sh 'sonar-scanner -Dsonar.projectKey=motoyaa -Dsonar.host.url=https://sonar.ouagalab.bf' } }
    }
}
''', "squ_" + hexs(40))
