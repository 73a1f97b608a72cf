"""Blind set NK: a Malayalam-speaking Alappuzha houseboat operator (Kettuvallam Cruises: bookings,
payments, WhatsApp and SMS, crew app, photo storage) and a Kochi spice auction house (Mattancherry
e-auction of cardamom and pepper: bidding engine, settlement, warehouse, reports to the Spices Board).

Their code, configs, CI, notebooks, runbooks and notes (partly in Malayalam), each file holding one
generated credential or none (the decoys). Generated fakes only (seeds 7910000-7919999).
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
UPPER_NUM = string.ascii_uppercase + string.digits
_SEED = [7910000]


def _seed() -> int:
    _SEED[0] += 7
    assert 7910000 <= _SEED[0] <= 7919999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kayal", "Vembanad", "Punnamada", "Elakka", "Kurumulaku", "Chundan", "Thengu", "Kettu", "Mazha",
         "Kumarakom", "Pamba", "Vallam", "Nellu", "Kochi", "Chakka", "Manga", "Kadal", "Meen", "Thira", "Kappa"]
LOWER = ["kayal", "thoni", "vallam", "elakka", "mulaku", "inchi", "manjal", "karuva", "grambu", "jathikka",
         "thengu", "nellu", "mazha", "kaattu", "theeram", "pookkal"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def razorpay_id(mode: str = "live") -> str:
    return fakes.fake(f"rzp_{mode}_", 14, _seed())


def razorpay_secret() -> str:
    return fakes.drawn_mixed(_seed(), 24)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_NUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_NUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    return fakes.fake("AIzaSy", 33, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def whatsapp_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def jwt_secret() -> str:
    return hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def datadog_key() -> str:
    return hexs(32)


def sentry_dsn_secret() -> str:
    return hexs(32)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def jwt_token() -> str:
    header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(('{"sub":"crew-%d","role":"dispatcher","iat":1767225600}'
                                     % _rng().randint(100, 999)).encode()).decode().rstrip("=")
    return header + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-nk/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- houseboat: bookings and payments

PW = words_pw()
add("python/razorpay-secret", "booking/payments/razorpay_client.py", "https://razorpay.com/docs/payments/server-integration/python/",
    """\
# Kettuvallam Cruises - booking advance (30%) via Razorpay
# ശ്രദ്ധിക്കുക: live key ആണ്, test ചെയ്യുമ്പോൾ sandbox ഉപയോഗിക്കുക
import razorpay

client = razorpay.Client(auth=("@@kid@@", "@@secret@@"))


def create_advance_order(booking_id: str, amount_inr: int):
    return client.order.create({
        "amount": amount_inr * 100,
        "currency": "INR",
        "receipt": f"KVC-{booking_id}",
        "notes": {"boat": "Punnamada Queen", "jetty": "Finishing Point"},
    })
""", razorpay_secret(), kid=razorpay_id())

add("env/database-password", "booking/.env.production", "https://github.com/motdotla/dotenv#usage",
    """\
# Alappuzha booking site - production
APP_ENV=production
APP_URL=https://book.kettuvallamcruises.in
DB_HOST=pg-main.internal
DB_PORT=5432
DB_NAME=houseboat_bookings
DB_USER=kvc_app
DB_PASSWORD=@@secret@@
RAZORPAY_KEY_ID=${RAZORPAY_KEY_ID}
TZ=Asia/Kolkata
""", PW)

add("env/decoy-placeholder", "booking/.env.example", "https://github.com/motdotla/dotenv#usage",
    """\
# ഈ ഫയൽ .env ആയി copy ചെയ്ത് നിങ്ങളുടെ values നൽകുക
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=localhost
DB_NAME=houseboat_bookings
DB_USER=kvc_app
DB_PASSWORD=changeme
RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxxxx
RAZORPAY_KEY_SECRET=<your-razorpay-secret>
WHATSAPP_TOKEN=
""")

add("javascript/razorpay-secret", "booking/web/server/payments.js", "https://razorpay.com/docs/payments/server-integration/nodejs/",
    """\
// പേയ്മെന്റ് verify ചെയ്യാൻ - Kettuvallam booking
const Razorpay = require('razorpay');
const crypto = require('crypto');

const instance = new Razorpay({
  key_id: '@@kid@@',
  key_secret: '@@secret@@',
});

function verifySignature(orderId, paymentId, signature) {
  const body = orderId + '|' + paymentId;
  const expected = crypto.createHmac('sha256', instance.key_secret).update(body).digest('hex');
  return expected === signature;
}

module.exports = { instance, verifySignature };
""", razorpay_secret(), kid=razorpay_id())

add("javascript/decoy-env-reference", "booking/web/server/razorpay.config.js", "https://razorpay.com/docs/payments/server-integration/nodejs/",
    """\
// key secret ഒരിക്കലും repo-യിൽ ഇടരുത്; Vault-ൽ നിന്ന് env ആയി വരും
module.exports = {
  keyId: process.env.RAZORPAY_KEY_ID,
  keySecret: process.env.RAZORPAY_KEY_SECRET,
  webhookSecret: process.env.RAZORPAY_WEBHOOK_SECRET,
  currency: 'INR',
  advancePercent: 30,
};
""")

add("php/database-password", "booking/legacy/config/db.php", "https://www.php.net/manual/en/pdo.construct.php",
    """\
<?php
// പഴയ booking site (2017) - ഇപ്പോഴും monsoon offers page ഇതിലാണ്
$dbHost = 'localhost';
$dbName = 'kvc_legacy';
$dbUser = 'kvc_web';
$dbPass = '@@secret@@';

$pdo = new PDO("mysql:host=$dbHost;dbname=$dbName;charset=utf8mb4", $dbUser, $dbPass, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
""", words_pw())

add("php/decoy-getenv", "booking/legacy/config/mail.php", "https://www.php.net/manual/en/function.getenv.php",
    """\
<?php
// Booking confirmation mail - SMTP details server env-ൽ ആണ്
return [
    'host'     => getenv('SMTP_HOST') ?: 'smtp.zoho.in',
    'port'     => 587,
    'username' => getenv('SMTP_USER'),
    'password' => getenv('SMTP_PASSWORD'),
    'from'     => 'bookings@kettuvallamcruises.in',
    'from_name'=> 'Kettuvallam Cruises, Alappuzha',
];
""")

add("yaml/whatsapp-token", "booking/config/whatsapp.yml", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started",
    """\
# WhatsApp Cloud API - guest നു boarding time അയക്കാൻ
whatsapp:
  api_version: v19.0
  phone_number_id: "1093847561029384"
  business_account_id: "2309847561203948"
  access_token: "@@secret@@"
  templates:
    boarding_reminder: boarding_time_ml
    payment_received: payment_ok_en
""", whatsapp_token())

add("yaml/decoy-whatsapp-placeholder", "booking/config/whatsapp.sample.yml", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started",
    """\
# sample - നിങ്ങളുടെ system user token ഇവിടെ വെക്കുക (commit ചെയ്യരുത്)
whatsapp:
  api_version: v19.0
  phone_number_id: "YOUR_PHONE_NUMBER_ID"
  business_account_id: "YOUR_WABA_ID"
  access_token: "EAAG...REPLACE_ME"
  templates:
    boarding_reminder: boarding_time_ml
""")

add("python/twilio-token", "booking/notify/sms.py", "https://www.twilio.com/docs/libraries/python",
    """\
\"\"\"SMS to guests when the houseboat is ready at the jetty (മഴ ഉണ്ടെങ്കിൽ delay message).\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+14155238886"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def boat_ready(phone: str, boat: str, jetty: str) -> None:
    client.messages.create(
        to=phone, from_=FROM,
        body=f"{boat} is ready at {jetty}. നിങ്ങളുടെ ബോട്ട് തയ്യാറാണ്!",
    )
""", twilio_token(), sid=twilio_sid())

add("python/decoy-twilio-test-credentials", "booking/notify/test_sms.py", "https://www.twilio.com/docs/iam/test-credentials",
    """\
# tests - Twilio magic numbers; ഇവ fake ആണ്, ഒരു SMS-ഉം പോകില്ല
from unittest import mock

from booking.notify import sms

FAKE_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FAKE_TOKEN = "your_auth_token"


def test_boat_ready_sends_one_message():
    with mock.patch.object(sms, "client") as client:
        sms.boat_ready("+15005550006", "Vembanad Pearl", "Pallathuruthy")
    client.messages.create.assert_called_once()
""")

add("go/database-password", "crew-app/internal/store/postgres.go", "https://pkg.go.dev/github.com/jackc/pgx/v5",
    """\
package store

// crew app: ബോട്ട് ജീവനക്കാരുടെ duty roster
import (
\t"context"

\t"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://crew_rw:@@secret@@@pg-main.internal:5432/crew?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
\treturn pgxpool.New(ctx, dsn)
}
""", rand_pw(22))

add("go/decoy-env-reference", "crew-app/internal/store/config.go", "https://pkg.go.dev/os#Getenv",
    """\
package store

import (
\t"fmt"
\t"os"
)

// DSN builds the roster database URL; password വരുന്നത് CREW_DB_PASSWORD-ൽ നിന്ന്
func DSN() string {
\treturn fmt.Sprintf("postgres://%s:%s@%s:5432/crew?sslmode=require",
\t\tos.Getenv("CREW_DB_USER"), os.Getenv("CREW_DB_PASSWORD"), os.Getenv("CREW_DB_HOST"))
}
""")

add("kotlin/google-maps-key", "crew-app/android/app/src/main/java/in/kvc/crew/MapsConfig.kt", "https://developers.google.com/maps/documentation/android-sdk/get-api-key",
    """\
package `in`.kvc.crew

// കായൽ route കാണിക്കാൻ - Directions API server side call
object MapsConfig {
    const val DIRECTIONS_URL = "https://maps.googleapis.com/maps/api/directions/json"
    const val SERVER_KEY = "@@secret@@"
    const val DEFAULT_ZOOM = 13f
    val PUNNAMADA = Pair(9.5059, 76.3495)
}
""", google_api_key())

add("kotlin/decoy-buildconfig", "crew-app/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """\
android {
    namespace = "in.kvc.crew"
    defaultConfig {
        applicationId = "in.kvc.crew"
        minSdk = 24
        // local.properties-ൽ നിന്ന് വരും, repo-യിൽ ഇല്ല
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("swift/firebase-server-key", "guest-ios/KVCGuest/Push/PushSender.swift", "https://firebase.google.com/docs/cloud-messaging/http-server-ref",
    """\
import Foundation

// പഴയ legacy FCM - admin "boat delayed" push അയക്കാൻ debug build-ൽ മാത്രം
enum PushSender {
    static let endpoint = URL(string: "https://fcm.googleapis.com/fcm/send")!
    static let serverKey = "@@secret@@"

    static func request(body: Data) -> URLRequest {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = body
        return req
    }
}
""", fakes.fake("AAAA", 7, _seed()) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("plist/decoy-google-service-info", "guest-ios/KVCGuest/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys",
    """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>API_KEY</key>
\t<string>AIzaSyA-REDACTED-for-repo-see-firebase-console</string>
\t<key>GCM_SENDER_ID</key>
\t<string>804512937611</string>
\t<key>PROJECT_ID</key>
\t<string>kvc-guest-app</string>
\t<key>BUNDLE_ID</key>
\t<string>in.kvc.guest</string>
</dict>
</plist>
""")

add("yaml/aws-secret-key", "photos/uploader/config.yaml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """\
# ബോട്ട് ഫോട്ടോകൾ S3-ലേക്ക് (gallery page)
storage:
  bucket: kvc-boat-photos
  region: ap-south-1
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
resize:
  widths: [320, 800, 1600]
  webp: true
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "photos/ops/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """\
[default]
region = ap-south-1

# Manoj-ന്റെ laptop-ൽ നിന്ന് copy ചെയ്തത് - gallery sync
[kvc-photos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-sso", "photos/ops/aws_config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
    """\
# SSO വഴി മാത്രം - static keys വേണ്ട
[profile kvc-photos]
sso_session = kvc
sso_account_id = 418230957712
sso_role_name = PhotoUploader
region = ap-south-1

[sso-session kvc]
sso_start_url = https://kvc.awsapps.com/start
sso_region = ap-south-1
""")

add("json/decoy-iam-policy", "photos/ops/bucket-policy.json", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html",
    """\
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PublicGalleryRead",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::kvc-boat-photos/public/*"
    }
  ]
}
""")

add("markdown/wifi-router-password", "docs/boats/onboard-wifi.md", "https://www.markdownguide.org/basic-syntax/",
    """\
# ബോട്ടിലെ Wi-Fi router (Jio hotspot) - crew notes

ഓരോ ബോട്ടിലും ഒരു JioFi ഉണ്ട്. Guest SSID password guest card-ൽ ഉണ്ട്.

Router admin page (192.168.1.1) login ചെയ്യാൻ:

| boat | admin user | admin password |
|------|-----------|----------------|
| all boats | administrator | `@@secret@@` |

Password മാറ്റിയാൽ ഈ page update ചെയ്യുക. - Shibu (ops)
""", words_pw())

add("markdown/decoy-guest-card", "docs/boats/guest-welcome-card.md", "https://www.markdownguide.org/basic-syntax/",
    """\
# സ്വാഗതം! Welcome aboard

- Check-in: 12:00 noon, Finishing Point jetty
- Cruising stops at 17:30 (Govt. rule), anchored overnight
- Wi-Fi: network `KVC-Guest-<boat name>`, password printed on the card in your room
- Lunch: കരിമീൻ പൊള്ളിച്ചത്, sambar, avial, rice
- Emergency: call the crew captain or +91 477 000 0000
""")

add("k8s-secret/database-password", "deploy/k8s/booking/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: kvc-booking
  labels:
    app: booking-api
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@enc@@
""", (PW2 := rand_pw(20)), user=b64("kvc_app"), enc=b64(PW2))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/booking/db-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """\
# kubeseal ഉപയോഗിച്ച് encrypt ചെയ്തത്; cluster-നു മാത്രമേ decrypt ചെയ്യാൻ പറ്റൂ
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: kvc-booking
spec:
  encryptedData:
    DB_PASSWORD: AgB@@c1@@
    DB_USER: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 280, ALNUM + "+/"))

add("k8s/decoy-secret-key-ref", "deploy/k8s/booking/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: kvc-booking
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking-api}
  template:
    metadata:
      labels: {app: booking-api}
    spec:
      containers:
        - name: api
          image: registry.gitlab.com/kvc/booking-api:2026.11.3
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: DB_PASSWORD}
            - name: RAZORPAY_KEY_SECRET
              valueFrom:
                secretKeyRef: {name: razorpay, key: key_secret}
""")

add("k8s/razorpay-webhook-secret", "deploy/k8s/booking/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api-config
  namespace: kvc-booking
data:
  APP_ENV: production
  ADVANCE_PERCENT: "30"
  # TODO(Anu): ഇത് Secret-ലേക്ക് മാറ്റണം
  RAZORPAY_WEBHOOK_SECRET: "@@secret@@"
  MONSOON_DISCOUNT: "15"
""", rand_pw(32))

add("helm/database-password", "deploy/helm/booking/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """\
image:
  repository: registry.gitlab.com/kvc/booking-api
  tag: 2026.11.3
postgresql:
  enabled: true
  auth:
    username: kvc_app
    password: "@@secret@@"
    database: houseboat_bookings
ingress:
  host: book.kettuvallamcruises.in
""", words_pw())

add("helm/decoy-existing-secret", "deploy/helm/booking/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql",
    """\
# defaults - prod-ൽ existingSecret ഉപയോഗിക്കുന്നു
image:
  repository: registry.gitlab.com/kvc/booking-api
  tag: latest
postgresql:
  enabled: true
  auth:
    username: kvc_app
    password: ""
    existingSecret: booking-db
    secretKeys:
      userPasswordKey: DB_PASSWORD
""")

add("compose/redis-password", "deploy/compose/docker-compose.yml", "https://docs.docker.com/compose/compose-file/",
    """\
services:
  api:
    image: kvc/booking-api:dev
    ports: ["8000:8000"]
    environment:
      REDIS_URL: redis://:@@secret@@@cache:6379/0
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
""", fakes.redis_password(_seed()))

add("compose/decoy-env-file", "deploy/compose/docker-compose.override.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
    """\
# local dev: env values .env.local-ൽ നിന്ന്
services:
  api:
    env_file: .env.local
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD}@cache:6379/0
  cache:
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("dockerfile/npm-token", "booking/web/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules",
    """\
FROM node:20-alpine AS build
WORKDIR /app
# private @kvc/ui package - ഈ token build-ൽ മാത്രം
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret", "booking/api/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# pip index token BuildKit secret ആയി mount ചെയ്യുന്നു, image-ൽ ഇല്ല
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@gitlab.com/api/v4/projects/4211/packages/pypi/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000"]
""")

add("gitlab-ci/docker-hub-token", "booking/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """\
stages: [build, deploy]

variables:
  IMAGE: kvcruises/booking-web

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u kvcruises -p @@secret@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", docker_pat())

add("gitlab-ci/decoy-masked-variable", "crew-app/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """\
# ANDROID_KEYSTORE_PASSWORD, PLAY_JSON എന്നിവ Settings > CI/CD > Variables-ൽ masked ആണ്
stages: [test, release]

unit:
  stage: test
  image: cimg/android:2024.10
  script: ./gradlew testDebugUnitTest

release:
  stage: release
  image: cimg/android:2024.10
  script:
    - echo "$ANDROID_KEYSTORE_B64" | base64 -d > release.jks
    - ./gradlew bundleRelease -Pstore.password="$ANDROID_KEYSTORE_PASSWORD"
  only: [tags]
""")

add("github-actions/slack-webhook", "guest-ios/.github/workflows/testflight.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    """\
name: TestFlight
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane beta
      - name: Notify #ios-release
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"പുതിയ build TestFlight-ൽ എത്തി"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/decoy-secrets-context", "booking/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """\
name: deploy-booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418230957712:role/gha-deploy
          aws-region: ap-south-1
      - run: ./deploy.sh
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          RAZORPAY_KEY_SECRET: ${{ secrets.RAZORPAY_KEY_SECRET }}
""")

add("terraform/database-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """\
# booking database - Mumbai region
resource "aws_db_instance" "booking" {
  identifier          = "kvc-booking"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "kvc_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  deletion_protection = true
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/terraform/rds_replica.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """\
resource "random_password" "reports" {
  length  = 24
  special = false
}

resource "aws_db_instance" "reports" {
  identifier        = "kvc-reports"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "reports_ro"
  password          = random_password.reports.result
}
""")

add("tfvars/cloudflare-token", "infra/terraform/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """\
# prod - DNS കാര്യങ്ങൾ Cloudflare-ൽ
zone_name            = "kettuvallamcruises.in"
cloudflare_api_token = "@@secret@@"
booking_origin       = "booking-alb-1193.ap-south-1.elb.amazonaws.com"
enable_waf           = true
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("tfvars/decoy-example", "infra/terraform/example.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """\
# ഈ file copy ചെയ്ത് prod.auto.tfvars ഉണ്ടാക്കുക
zone_name            = "example.in"
cloudflare_api_token = "REPLACE_WITH_SCOPED_TOKEN"
booking_origin       = "my-alb.ap-south-1.elb.amazonaws.com"
enable_waf           = false
""")

add("ansible/database-password", "infra/ansible/group_vars/booking.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables",
    """\
---
# booking VM-കൾ (Alappuzha office server, backup)
postgres_version: 16
postgres_db: houseboat_bookings
postgres_user: kvc_app
postgres_password: "@@secret@@"
backup_dir: /srv/backup/pg
backup_keep_days: 14
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("shell-history/database-password", "ops/home/shibu/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """\
cd /srv/booking
git pull
sudo systemctl restart booking-api
tail -f /var/log/booking/api.log
PGPASSWORD='@@secret@@' psql -h pg-main.internal -U kvc_admin houseboat_bookings -c "select count(*) from bookings where trip_date = current_date"
df -h
exit
""", words_pw())

add("shell-history/decoy-prompted-password", "ops/home/anu/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History",
    """\
: 1764921600:0;cd ~/work/booking
: 1764921611:0;psql -h pg-main.internal -U kvc_admin -W houseboat_bookings
: 1764921690:0;aws sso login --profile kvc-photos
: 1764921702:0;aws s3 ls s3://kvc-boat-photos/public/ --profile kvc-photos
: 1764921740:0;kubectl -n kvc-booking get secret booking-db -o yaml | grep -c DB_PASSWORD
: 1764921801:0;git status
""")

add("shell/sendgrid-key", "ops/scripts/send_invoice_mail.sh", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started",
    """\
#!/usr/bin/env bash
# guest invoice PDF mail ആയി അയക്കുന്നു (cron: 21:00 IST)
set -euo pipefail

SENDGRID_API_KEY="@@secret@@"
TO="$1"; PDF="$2"

curl -sS https://api.sendgrid.com/v3/mail/send \\
  -H "Authorization: Bearer ${SENDGRID_API_KEY}" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"personalizations\\":[{\\"to\\":[{\\"email\\":\\"${TO}\\"}]}],\\"from\\":{\\"email\\":\\"billing@kettuvallamcruises.in\\"},\\"subject\\":\\"Your houseboat invoice\\",\\"content\\":[{\\"type\\":\\"text/plain\\",\\"value\\":\\"നന്ദി! Invoice attached.\\"}]}"
""", sendgrid_key())

add("shell/decoy-vault-read", "ops/scripts/rotate_db_password.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    """\
#!/usr/bin/env bash
# പുതിയ password Vault-ൽ ഇടുക, പിന്നെ app restart
set -euo pipefail
NEW_PW="$(openssl rand -base64 24)"
vault kv put secret/kvc/booking/db password="$NEW_PW"
PGPASSWORD="$(vault kv get -field=old_password secret/kvc/booking/db)" \\
  psql -h pg-main.internal -U kvc_admin -c "ALTER ROLE kvc_app PASSWORD '$NEW_PW'"
kubectl -n kvc-booking rollout restart deploy/booking-api
""")

add("powershell/smtp-password", "ops/windows/Send-DailyManifest.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage",
    """\
# ദിവസത്തെ boat manifest പോർട്ട് ഓഫീസിലേക്ക് (Alappuzha Port) mail ചെയ്യുന്നു
$smtpUser = 'manifest@kettuvallamcruises.in'
$smtpPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

$today = Get-Date -Format 'yyyy-MM-dd'
Send-MailMessage -SmtpServer 'smtp.zoho.in' -Port 587 -UseSsl -Credential $cred `
  -From $smtpUser -To 'portoffice.alp@example.in' `
  -Subject "Houseboat manifest $today" -Attachments "C:\\Manifest\\$today.xlsx"
""", words_pw())

add("powershell/decoy-credential-manager", "ops/windows/Backup-Tally.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """\
# Tally data NAS-ലേക്ക് backup; password Windows Credential Manager-ൽ
Import-Module CredentialManager
$cred = Get-StoredCredential -Target 'kvc-nas'
New-PSDrive -Name N -PSProvider FileSystem -Root '\\\\kvc-nas\\backup' -Credential $cred | Out-Null
Copy-Item 'C:\\TallyPrime\\Data\\*' 'N:\\tally\\' -Recurse -Force
Remove-PSDrive N
""")

add("sql/database-password", "booking/db/migrations/0042_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """\
-- റിപ്പോർട്ടുകൾക്കായി read-only role (Metabase)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE houseboat_bookings TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
""", rand_pw(18))

add("sql/decoy-password-hash", "booking/db/seed/0001_admin_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """\
-- admin panel users; password hash മാത്രം (bcrypt)
INSERT INTO admin_users (email, full_name, password_hash, role) VALUES
  ('shibu@kettuvallamcruises.in', 'Shibu Varghese', '$2b$12$@@h1@@', 'ops'),
  ('anu@kettuvallamcruises.in',   'Anu Thomas',     '$2b$12$@@h2@@', 'admin'),
  ('reception@kettuvallamcruises.in', 'Front Desk', '$2b$12$@@h3@@', 'desk');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("csv/decoy-booking-export", "reports/2026-11-bookings.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """\
booking_id,trip_date,boat,guests,amount_inr,razorpay_payment_id,status
KVC-26-1101,2026-11-02,Punnamada Queen,4,18500,pay_@@p1@@,captured
KVC-26-1102,2026-11-02,Vembanad Pearl,2,9800,pay_@@p2@@,captured
KVC-26-1103,2026-11-03,Kayal Rani,6,27400,pay_@@p3@@,refunded
KVC-26-1104,2026-11-04,Chundan Deluxe,3,14200,pay_@@p4@@,captured
""", p1=fakes.drawn(_seed(), 14), p2=fakes.drawn(_seed(), 14), p3=fakes.drawn(_seed(), 14), p4=fakes.drawn(_seed(), 14))

add("csv/agent-portal-passwords", "ops/handover/travel-agent-logins.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """\
agent,portal,login,password,notes
Kerala Holidays Pvt,https://partners.kettuvallamcruises.in,kh_admin,see Vault,rotated Oct
Backwater Trails,https://partners.kettuvallamcruises.in,bwt_ops,see Vault,
Our own OTA account,https://extranet.example-ota.com,kvc.alleppey,@@secret@@,ഇത് Vault-ൽ ഇട്ടിട്ടില്ല
Green Palm Tours,https://partners.kettuvallamcruises.in,gpt_desk,see Vault,
""", words_pw())

add("log/decoy-redacted-auth", "booking/logs/api-2026-11-21.log", "https://docs.python.org/3/library/logging.html",
    """\
2026-11-21 09:14:02,118 INFO booking.api POST /api/bookings 201 KVC-26-1187
2026-11-21 09:14:03,402 INFO booking.pay razorpay order created order_@@o1@@ amount=1840000
2026-11-21 09:14:03,403 DEBUG booking.pay auth=rzp_live_**********  secret=********
2026-11-21 09:15:40,977 WARNING booking.notify whatsapp template boarding_time_ml rate limited, retry in 30s
2026-11-21 09:16:11,006 INFO booking.notify whatsapp sent wamid.@@w1@@
2026-11-21 09:20:55,771 ERROR booking.db connection reset by peer (pg-main.internal:5432), reconnecting
""", o1=fakes.drawn(_seed(), 14), w1=fakes.drawn(_seed(), 40, UPPER_NUM))

add("log/database-url", "booking/logs/worker-crash-2026-10-30.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html",
    """\
[2026-10-30 22:41:09,551: ERROR/MainProcess] consumer: Cannot connect to redis://:@@secret@@@cache.kvc.internal:6379/1: Error 111 connecting to cache.kvc.internal:6379. Connection refused..
Trying again in 2.00 seconds... (1/100)

[2026-10-30 22:41:11,560: ERROR/MainProcess] consumer: Cannot connect, retry (2/100)
[2026-10-30 22:41:15,571: INFO/MainProcess] Connected to cache.kvc.internal:6379/1
[2026-10-30 22:41:15,590: INFO/MainProcess] celery@worker-1 ready.
""", fakes.redis_password(_seed()))

add("notebook/google-maps-key", "analytics/notebooks/route_timings.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# കായൽ route സമയം - Punnamada to Kainakary"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "res = gmaps.distance_matrix('Punnamada, Alappuzha', 'Kainakary', mode='driving')\\n",
    "res['rows'][0]['elements'][0]['duration']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_api_key())

add("notebook/decoy-getpass", "analytics/notebooks/monsoon_occupancy.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\\n",
    "pw = getpass.getpass('metabase_ro password: ')\\n",
    "eng = sa.create_engine(f'postgresql://metabase_ro:{pw}@pg-main.internal/houseboat_bookings')\\n"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["മഴക്കാലത്ത് (Jun-Aug) occupancy 38% മാത്രം; discount ഫലിച്ചോ എന്ന് നോക്കാം"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ruby/sentry-dsn", "partners/config/initializers/sentry.rb", "https://docs.sentry.io/platforms/ruby/guides/rails/",
    """\
# partner portal (travel agents) - Rails
Sentry.init do |config|
  config.dsn = "https://@@secret@@@o451207.ingest.sentry.io/5523981"
  config.breadcrumbs_logger = [:active_support_logger, :http_logger]
  config.traces_sample_rate = 0.2
  config.environment = Rails.env
end
""", sentry_dsn_secret())

add("kamal/decoy-secrets-references", "partners/.kamal/secrets", "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets",
    """\
# Kamal secrets - values ഇവിടെ എഴുതരുത്, commands/env മാത്രം
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=$(cat config/master.key)
SECRETS=$(kamal secrets fetch --adapter 1password --account kvc --from Partners/Production DATABASE_PASSWORD)
DATABASE_PASSWORD=$(kamal secrets extract DATABASE_PASSWORD $SECRETS)
""")

add("kamal/rails-master-key", "partners/.kamal/secrets.staging", "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets",
    """\
# staging - Vishnu test ചെയ്യാൻ വേഗത്തിൽ ഇട്ടത്; 1Password-ലേക്ക് മാറ്റണം
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=@@secret@@
DATABASE_PASSWORD=$(kamal secrets extract DATABASE_PASSWORD $SECRETS)
RAILS_ENV=staging
""", hexs(32))

add("csharp/database-password", "accounts/KVC.Accounts/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Accounts": "Server=kvc-sql.database.windows.net;Database=kvc_accounts;User Id=kvc_acc;Password=@@secret@@;Encrypt=True;"
  },
  "Gst": { "Gstin": "32ABCDE1234F1Z5", "State": "Kerala" },
  "AllowedHosts": "*"
}
""", words_pw())

add("csharp/decoy-user-secrets", "accounts/KVC.Accounts/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Accounts": "Server=(localdb)\\\\mssqllocaldb;Database=kvc_accounts;Trusted_Connection=True;"
  },
  "_comment": "production password dotnet user-secrets / Key Vault-ൽ ആണ്",
  "KeyVault": { "Uri": "https://kvc-accounts-kv.vault.azure.net/" }
}
""")

# ---------------------------------------------------------------- Kochi spice auction house

add("java/database-password", "auction/bidding-engine/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    """\
# Mattancherry e-auction - bidding engine
server.port=8080
spring.datasource.url=jdbc:mysql://auction-db.internal:3306/spice_auction?useSSL=true
spring.datasource.username=bid_engine
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# ലേലം ഒരു lot-നു 90 സെക്കന്റ്
auction.lot.window-seconds=90
auction.currency=INR
""", words_pw())

add("java/decoy-spring-placeholder", "auction/bidding-engine/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config",
    """\
spring.datasource.url=jdbc:mysql://${AUCTION_DB_HOST}:3306/spice_auction?useSSL=true
spring.datasource.username=${AUCTION_DB_USER}
spring.datasource.password=${AUCTION_DB_PASSWORD}
spring.kafka.bootstrap-servers=${KAFKA_BOOTSTRAP}
spring.kafka.properties.sasl.jaas.config=${KAFKA_JAAS}
auction.lot.window-seconds=90
""")

add("java/kafka-sasl-password", "auction/bidding-engine/src/main/java/in/mspice/auction/KafkaConfig.java", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig",
    """\
package in.mspice.auction;

import java.util.Properties;

// bids topic-ലേക്ക് publish ചെയ്യാൻ (ലേലം live board)
public final class KafkaConfig {
    private KafkaConfig() {}

    public static Properties producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "kafka-1.auction.internal:9094,kafka-2.auction.internal:9094");
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config",
              "org.apache.kafka.common.security.scram.ScramLoginModule required "
              + "username=\\"bid-producer\\" password=\\"@@secret@@\\";");
        p.put("acks", "all");
        return p;
    }
}
""", rand_pw(28))

add("kotlin/decoy-test-fixture", "auction/bidding-engine/src/test/kotlin/in/mspice/auction/LotPricingTest.kt", "https://kotlinlang.org/docs/jvm-test-using-junit.html",
    """\
package `in`.mspice.auction

import kotlin.test.Test
import kotlin.test.assertEquals

// fixture: ഇത് fake bidder ആണ്, real dealer അല്ല
class LotPricingTest {
    private val bidder = Bidder(id = "TEST-DEALER-01", licence = "SB/CARD/0000", apiKey = "test-key-not-real")

    @Test
    fun `cardamom AGEB 8mm highest bid wins`() {
        val lot = Lot("L-2211", grade = "AGEB 8mm", kg = 1250.0)
        val result = Auction(lot).apply { bid(bidder, 2415.0); bid(bidder, 2430.0) }.close()
        assertEquals(2430.0, result.pricePerKg)
    }
}
""")

add("python/sftp-password", "auction/settlement/upload_spices_board.py", "https://docs.paramiko.org/en/stable/api/sftp.html",
    """\
\"\"\"ദിവസേനയുള്ള ലേല റിപ്പോർട്ട് Spices Board SFTP-ലേക്ക്.\"\"\"
import datetime as dt

import paramiko

HOST = "sftp.spicesboard.example.in"
USER = "mspice_auction"
PASSWORD = "@@secret@@"


def upload(csv_path: str) -> None:
    day = dt.date.today().strftime("%Y%m%d")
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(csv_path, f"/incoming/cardamom/{day}_MSPICE.csv")
    sftp.close(); transport.close()
""", words_pw())

add("python/decoy-sftp-key-path", "auction/settlement/upload_warehouse.py", "https://docs.paramiko.org/en/stable/api/client.html",
    """\
\"\"\"Warehouse (Bodinayakanur) stock file - SSH key ഉപയോഗിക്കുന്നു, password ഇല്ല.\"\"\"
import os

import paramiko

KEY_PATH = os.path.expanduser("~/.ssh/mspice_warehouse_ed25519")


def upload(path: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("sftp.bodi-warehouse.internal", username="mspice", key_filename=KEY_PATH)
    client.open_sftp().put(path, "/in/" + os.path.basename(path))
    client.close()
""")

add("python/private-key", "auction/settlement/keys/bank_h2h.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/",
    """\
# ബാങ്ക് host-to-host settlement file sign ചെയ്യാൻ (dealers-ക്ക് പണം)
from cryptography.hazmat.primitives import serialization

SIGNING_KEY_PEM = b\"\"\"@@secret@@
\"\"\"

signing_key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
""", fakes.fake_pem(_seed()))

add("pem/decoy-public-key", "auction/settlement/keys/bank_h2h_public.pem", "https://www.rfc-editor.org/rfc/rfc7468",
    """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@p1@@
@@p2@@
@@p3@@
@@p4@@
-----END PUBLIC KEY-----
""", p1=fakes.drawn(_seed(), 20, ALNUM + "+/"), p2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    p3=fakes.drawn(_seed(), 64, ALNUM + "+/"), p4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "IDAQAB")

add("pem/private-key", "auction/ops/deploy_ed25519", "https://man.openbsd.org/ssh-keygen",
    """\
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("ssh-config/decoy-identity-file", "auction/ops/ssh_config", "https://man.openbsd.org/ssh_config",
    """\
# ലേല servers - bastion വഴി
Host bastion
  HostName 13.234.0.10
  User ubuntu
  IdentityFile ~/.ssh/mspice_bastion

Host auction-*
  ProxyJump bastion
  User deploy
  IdentityFile ~/.ssh/deploy_ed25519
""")

add("yaml/smtp-password", "auction/notify/config/mail.yaml", "https://docs.python.org/3/library/smtplib.html",
    """\
# lot results dealers-നു mail
smtp:
  host: smtp.gmail.com
  port: 587
  starttls: true
  username: results@mattancherryspice.in
  password: "@@secret@@"
from: "Mattancherry Spice Auctions <results@mattancherryspice.in>"
subject_ml: "ഇന്നത്തെ ലേല ഫലം"
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("yaml/decoy-app-password-docs", "auction/notify/config/mail.example.yaml", "https://support.google.com/accounts/answer/185833",
    """\
# Gmail "App password" (16 അക്ഷരം) ഇവിടെ - ഇത് Google docs-ലെ example മാത്രം
smtp:
  host: smtp.gmail.com
  port: 587
  starttls: true
  username: you@example.com
  password: "abcd efgh ijkl mnop"
from: "Example <you@example.com>"
""")

add("typescript/slack-bot-token", "auction/live-board/src/alerts/slack.ts", "https://api.slack.com/methods/chat.postMessage",
    """\
import { WebClient } from '@slack/web-api';

// lot price 10% കൂടിയാൽ #auction-floor channel-ൽ alert
const slack = new WebClient('@@secret@@');

export async function priceJumpAlert(lot: string, grade: string, from: number, to: number): Promise<void> {
  await slack.chat.postMessage({
    channel: '#auction-floor',
    text: `:chart_with_upwards_trend: ${lot} (${grade}) ₹${from} → ₹${to}/kg`,
  });
}
""", slack_bot())

add("typescript/decoy-public-config", "auction/live-board/src/config.ts", "https://vitejs.dev/guide/env-and-mode.html",
    """\
// browser-ൽ എത്തുന്നത് public values മാത്രം
export const config = {
  apiBase: import.meta.env.VITE_API_BASE ?? 'https://api.mattancherryspice.in',
  wsUrl: 'wss://live.mattancherryspice.in/board',
  pusherKey: 'a3f91c07d2b45e8190cc',
  pusherCluster: 'ap2',
  sentryDsn: import.meta.env.VITE_SENTRY_DSN,
};
""")

add("javascript/pusher-secret", "auction/live-board/server/broadcast.js", "https://pusher.com/docs/channels/server_api/overview/",
    """\
// bid വരുമ്പോൾ live board-ലേക്ക് push
const Pusher = require('pusher');

const pusher = new Pusher({
  appId: '1789042',
  key: 'a3f91c07d2b45e8190cc',
  secret: '@@secret@@',
  cluster: 'ap2',
  useTLS: true,
});

exports.broadcastBid = (lotId, bid) => pusher.trigger(`lot-${lotId}`, 'bid', bid);
""", hexs(20))

add("go/redis-password", "auction/ticker/cmd/ticker/main.go", "https://pkg.go.dev/github.com/redis/go-redis/v9",
    """\
package main

// ticker: ഓരോ grade-ന്റെയും അവസാന വില Redis-ൽ
import (
\t"context"
\t"log"

\t"github.com/redis/go-redis/v9"
)

func main() {
\trdb := redis.NewClient(&redis.Options{
\t\tAddr:     "redis.auction.internal:6379",
\t\tPassword: "@@secret@@",
\t\tDB:       2,
\t})
\tif err := rdb.Ping(context.Background()).Err(); err != nil {
\t\tlog.Fatal(err)
\t}
}
""", fakes.redis_password(_seed()))

add("rust/decoy-env-var", "auction/price-feed/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """\
// price feed service - config env-ൽ നിന്ന്
use std::env;

pub struct Config {
    pub db_url: String,
    pub feed_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            db_url: env::var("PRICE_DB_URL").expect("PRICE_DB_URL"),
            feed_token: env::var("PRICE_FEED_TOKEN").unwrap_or_default(),
        }
    }
}
""")

add("rust/database-password", "auction/price-feed/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/",
    """\
use sqlx::postgres::PgPoolOptions;

// TODO: config.rs-ലേക്ക് മാറ്റുക (Jithin)
const DB_URL: &str = "postgres://price_feed:@@secret@@@pg.auction.internal/prices";

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new().max_connections(5).connect(DB_URL).await
}
""", rand_pw(20))

add("toml/database-password", "auction/price-feed/config/prod.toml", "https://toml.io/en/v1.0.0",
    """\
[server]
bind = "0.0.0.0:9100"

[database]
url = "postgres://price_feed@pg.auction.internal/prices"
password = "@@secret@@"
pool = 8

[feed]
grades = ["AGEB 8mm", "AGB 7mm", "MG 1", "TGSEB"]
""", words_pw())

add("toml/decoy-cargo", "auction/price-feed/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html",
    """\
[package]
name = "price-feed"
version = "0.4.2"
edition = "2021"
description = "Cardamom and pepper auction price feed (Mattancherry)"

[dependencies]
sqlx = { version = "0.7", features = ["postgres", "runtime-tokio"] }
tokio = { version = "1", features = ["full"] }
sha2 = "0.10"
""")

add("ini/pypi-token", "auction/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("markdown/database-password", "auction/docs/runbooks/auction-day.md", "https://www.markdownguide.org/basic-syntax/",
    """\
# ലേല ദിവസം - runbook (Mattancherry)

1. 08:30-ന് bidding engine restart: `sudo systemctl restart bid-engine`
2. Lots upload: `auction-cli lots import today.csv`
3. DB check (ലേലം തുടങ്ങുന്നതിനു മുൻപ്):

   ```
   mysql -h auction-db.internal -u auction_ops -p'@@secret@@' spice_auction -e "select count(*) from lots where auction_date=curdate()"
   ```

4. 10:00 - ലേലം തുടങ്ങുന്നു. Live board: https://live.mattancherryspice.in
5. ലേലം കഴിഞ്ഞ് settlement job: `auction-cli settle --date today`
""", words_pw())

add("markdown/decoy-runbook-vault", "auction/docs/runbooks/settlement.md", "https://www.markdownguide.org/basic-syntax/",
    """\
# Settlement - dealers-നുള്ള payment

- Bank H2H key: Vault `secret/mspice/bank/h2h` (Jithin, Meera മാത്രം access)
- SFTP password: Vault `secret/mspice/spicesboard/sftp`
- ഒരിക്കലും password chat-ൽ അയക്കരുത്.

```bash
export SB_SFTP_PASSWORD="$(vault kv get -field=password secret/mspice/spicesboard/sftp)"
python -m settlement.upload_spices_board reports/$(date +%F).csv
```
""")

add("rst/api-key", "auction/docs/api/dealer-api.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """\
Dealer API
==========

Dealers (Bodinayakanur, Kumily, Puttady) bid through this API.

Authentication
--------------

Send the key in the ``X-Api-Key`` header. Our internal QA dealer key::

    curl -H "X-Api-Key: @@secret@@" https://api.mattancherryspice.in/v2/lots?date=today

.. note:: ഈ key QA dealer-ന്റെ ആണ്, പക്ഷേ production-ൽ ആണ് പ്രവർത്തിക്കുന്നത്.
""", "msk_live_" + fakes.drawn_mixed(_seed(), 32))

add("rst/decoy-api-docs-example", "auction/docs/api/authentication.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """\
Authentication
==============

Each dealer gets a key from the auction office (ലേല ഓഫീസ്).

.. code-block:: bash

    curl -H "X-Api-Key: msk_live_<your key>" https://api.mattancherryspice.in/v2/lots

Keys start with ``msk_live_`` (production) or ``msk_test_`` (sandbox). Example response
fields: ``lot_id``, ``grade``, ``kg``, ``reserve_inr``.
""")

add("html/google-maps-key", "auction/website/visit.html", "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """\
<!DOCTYPE html>
<html lang="ml">
<head>
  <meta charset="utf-8">
  <title>ഞങ്ങളെ സന്ദർശിക്കുക - Mattancherry Spice Auctions</title>
</head>
<body>
  <h1>Auction hall, Bazaar Road, Mattancherry</h1>
  <div id="map" style="height:400px"></div>
  <script>
    function initMap() {
      new google.maps.Map(document.getElementById('map'), { center: { lat: 9.9598, lng: 76.2597 }, zoom: 16 });
    }
  </script>
  <script src="https://maps.googleapis.com/maps/api/js?key=@@secret@@&callback=initMap" async defer></script>
</body>
</html>
""", google_api_key())

add("html/decoy-recaptcha-site-key", "auction/website/dealer-register.html", "https://developers.google.com/recaptcha/docs/display",
    """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Dealer registration</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/dealers/register" method="post">
    <label>Spices Board licence no. <input name="licence"></label>
    <label>GSTIN <input name="gstin"></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@s@@"></div>
    <button>രജിസ്റ്റർ ചെയ്യുക</button>
  </form>
</body>
</html>
""", s=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("xml/database-password", "auction/erp-bridge/config/tally-bridge.xml", "https://help.tallysolutions.com/article/DeveloperReference/integration-capabilities/xml_integration.htm",
    """\
<?xml version="1.0" encoding="utf-8"?>
<!-- ലേല invoice-കൾ Tally-ലേക്ക് -->
<bridge>
  <tally host="192.168.10.20" port="9000" company="Mattancherry Spice Auctions Pvt Ltd"/>
  <source>
    <connectionString>Server=auction-db.internal;Database=spice_auction;Uid=erp_bridge;Pwd=@@secret@@;</connectionString>
  </source>
  <schedule cron="0 30 19 * * ?"/>
</bridge>
""", rand_pw(16))

add("xml/decoy-maven-settings-env", "auction/bidding-engine/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """\
<settings>
  <servers>
    <server>
      <id>mspice-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>mspice-nexus</id><url>https://nexus.mattancherryspice.in/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""")

add("xml/nexus-password", "auction/ops/m2/settings.xml", "https://maven.apache.org/settings.html#servers",
    """\
<settings>
  <!-- build server-ൽ മാത്രം; Jenkins -->
  <servers>
    <server>
      <id>mspice-nexus</id>
      <username>jenkins-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("jenkinsfile/decoy-credentials-binding", "auction/bidding-engine/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
    """\
pipeline {
  agent any
  stages {
    stage('Build') { steps { sh './mvnw -B -s .mvn/settings.xml package' } }
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASSWORD')]) {
          sh './mvnw -B -s .mvn/settings.xml deploy -DskipTests'
        }
      }
    }
  }
}
""")

add("jenkinsfile/telegram-bot-token", "auction/settlement/Jenkinsfile", "https://core.telegram.org/bots/api#sendmessage",
    """\
// settlement കഴിഞ്ഞാൽ accounts group-ൽ Telegram message
pipeline {
  agent { label 'linux' }
  triggers { cron('H 20 * * 1-6') }
  stages {
    stage('Settle') { steps { sh 'python -m settlement.run --date today' } }
  }
  post {
    success {
      sh "curl -s 'https://api.telegram.org/bot@@secret@@/sendMessage' -d chat_id=-1001877345120 -d text='Settlement OK'"
    }
  }
}
""", fakes.telegram_token(_seed()))

add("env/azure-storage-key", "auction/reports/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """\
# ലേല റിപ്പോർട്ട് PDF-കൾ Azure Blob-ൽ
REPORTS_CONTAINER=auction-reports
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=mspicereports;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
REPORT_LANG=ml,en
PDF_FONT=NotoSansMalayalam
""", azure_storage_key())

add("env/decoy-azure-sas-expired", "auction/reports/.env.sample", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview",
    """\
REPORTS_CONTAINER=auction-reports
# managed identity ഉപയോഗിക്കുക; local-ൽ az login മതി
AZURE_STORAGE_ACCOUNT=mspicereports
AZURE_STORAGE_CONNECTION_STRING=
AZURE_CLIENT_ID=@@cid@@
REPORT_LANG=ml,en
""", cid=uuid_s())

add("python/azure-client-secret", "auction/reports/graph_mailer.py", "https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.clientsecretcredential",
    """\
# ലേല റിപ്പോർട്ട് Outlook (Graph) വഴി dealers-നു
from azure.identity import ClientSecretCredential
from msgraph import GraphServiceClient

credential = ClientSecretCredential(
    tenant_id="@@tid@@",
    client_id="@@cid@@",
    client_secret="@@secret@@",
)
graph = GraphServiceClient(credential, scopes=["https://graph.microsoft.com/.default"])
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("python/decoy-default-credential", "auction/reports/blob_store.py", "https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.defaultazurecredential",
    """\
from azure.identity import DefaultAzureCredential
from azure.storage.blob import BlobServiceClient

# Managed identity - key ഒന്നും വേണ്ട
ACCOUNT_URL = "https://mspicereports.blob.core.windows.net"
service = BlobServiceClient(ACCOUNT_URL, credential=DefaultAzureCredential())


def put_report(name: str, data: bytes) -> None:
    service.get_blob_client("auction-reports", name).upload_blob(data, overwrite=True)
""")

add("csv/decoy-lot-catalogue", "auction/data/2026-12-07-lots.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """\
lot_no,pooler,grade,bags,kg,reserve_inr_per_kg,lot_hash
L-2201,Vandanmedu Growers,AGEB 8mm,25,1250,2380,@@h1@@
L-2202,Kumily Estates,AGB 7mm,18,900,2210,@@h2@@
L-2203,Puttady Farmers Co-op,MG 1,30,1500,1990,@@h3@@
L-2204,Wayanad Pepper Society,TGSEB,40,2000,642,@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("sql/mysql-user-password", "auction/db/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """\
-- ലേല DB users
CREATE USER IF NOT EXISTS 'bid_engine'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON spice_auction.* TO 'bid_engine'@'10.20.%';
-- report_ro-ന്റെ password Vault-ൽ നിന്ന് deploy സമയത്ത് ALTER USER ചെയ്യുന്നു
CREATE USER IF NOT EXISTS 'report_ro'@'10.20.%' IDENTIFIED WITH caching_sha2_password;
GRANT SELECT ON spice_auction.* TO 'report_ro'@'10.20.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-mysql-native-hash", "auction/db/dump_users_2026-06.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """\
-- mysqldump --all-databases (users section), hash മാത്രം
CREATE USER 'bid_engine'@'10.20.%' IDENTIFIED WITH 'mysql_native_password' AS '*@@h1@@';
CREATE USER 'auction_ops'@'10.20.%' IDENTIFIED WITH 'mysql_native_password' AS '*@@h2@@';
CREATE USER 'erp_bridge'@'192.168.10.%' IDENTIFIED WITH 'mysql_native_password' AS '*@@h3@@';
GRANT SELECT ON spice_auction.* TO 'erp_bridge'@'192.168.10.%';
""", h1=hexs(40).upper(), h2=hexs(40).upper(), h3=hexs(40).upper())

add("python/stripe-secret-key", "auction/export/stripe_invoices.py", "https://docs.stripe.com/api/authentication",
    """\
\"\"\"വിദേശ buyers (Dubai, Rotterdam) - USD invoice Stripe വഴി.\"\"\"
import stripe

stripe.api_key = (
    "@@p1@@"
    "@@p2@@"
)


def invoice(buyer_email: str, lot: str, usd: float) -> str:
    customer = stripe.Customer.create(email=buyer_email)
    stripe.InvoiceItem.create(customer=customer.id, amount=int(usd * 100), currency="usd", description=f"Lot {lot}")
    return stripe.Invoice.create(customer=customer.id, collection_method="send_invoice", days_until_due=15).id
""", (SK := stripe_key()), p1=SK[:18], p2=SK[18:])

add("python/decoy-stripe-publishable", "auction/export/checkout_page.py", "https://docs.stripe.com/keys",
    """\
# publishable key browser-ൽ പോകുന്നതാണ്, secret അല്ല
STRIPE_PUBLISHABLE_KEY = "pk_live_@@pk@@"
STRIPE_SECRET_KEY = None  # set from STRIPE_SECRET_KEY env at startup


def checkout_context(lot: str, usd: float) -> dict:
    return {"pk": STRIPE_PUBLISHABLE_KEY, "lot": lot, "amount": usd, "currency": "usd"}
""", pk=fakes.drawn_mixed(_seed(), 99))

add("python/django-secret-key", "auction/dealer_portal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["dealers.mattancherryspice.in"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "ml"
TIME_ZONE = "Asia/Kolkata"
CSRF_TRUSTED_ORIGINS = ["https://dealers.mattancherryspice.in"]
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-insecure-dev", "auction/dealer_portal/settings/dev.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key",
    """\
from .base import *  # noqa

# local development മാത്രം - startproject നൽകിയ insecure key
DEBUG = True
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "django-insecure-dev-only-do-not-use-in-production"
DATABASES["default"]["PASSWORD"] = ""
""")

add("python/github-token", "auction/tools/release_notes.py", "https://docs.github.com/en/rest/releases/releases",
    """\
# ലേല app release notes GitHub-ൽ നിന്ന് എടുക്കുന്നു
import requests

GH = "https://api.github.com/repos/mattancherry-spice/bidding-engine/releases"
HEADERS = {"Authorization": "token @@secret@@", "Accept": "application/vnd.github+json"}


def latest() -> str:
    r = requests.get(GH + "/latest", headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()["body"]
""", fakes.github_token(_seed()))

add("python/decoy-hmac-fixture", "auction/dealer_portal/tests/test_webhooks.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """\
import hashlib
import hmac

# test-നു മാത്രമുള്ള fake secret - production secret env-ൽ
WEBHOOK_SECRET = b"test-webhook-secret"


def sign(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def test_signature_roundtrip():
    body = b'{"lot":"L-2201","price":2430}'
    assert hmac.compare_digest(sign(body), sign(body))
""")

add("json/service-account-key", "auction/analytics/gcp/bq-loader-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """\
{
  "type": "service_account",
  "project_id": "mspice-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "bq-loader@mspice-analytics.iam.gserviceaccount.com",
  "client_id": "104583920174638291045",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-oauth-client-public", "auction/analytics/gcp/oauth-client-web.json", "https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow",
    """\
{
  "web": {
    "client_id": "804512937611-@@c@@.apps.googleusercontent.com",
    "project_id": "mspice-analytics",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "javascript_origins": ["https://dash.mattancherryspice.in"]
  }
}
""", c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("yarnrc/github-packages-token", "auction/shop/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmScopes",
    """\
nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.5.1.cjs

# @mspice/* packages GitHub Packages-ൽ; ഈ token ഇവിടെ വേണ്ടായിരുന്നു
npmScopes:
  mspice:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "@@secret@@"
""", fakes.github_token(_seed()))

add("npmrc/decoy-env-token", "auction/live-board/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """\
@mspice:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
""")

add("npmrc/npm-token", "auction/tools/ui-kit/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """\
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
access=restricted
save-exact=true
# @mspice/ui-kit publish ചെയ്യാൻ
""", npm_token())

add("yaml/datadog-api-key", "auction/ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """\
# auction servers - Datadog agent
api_key: @@secret@@
site: datadoghq.com
hostname_file: /etc/hostname
tags:
  - env:prod
  - team:auction
  - city:kochi
logs_enabled: true
""", datadog_key())

add("yaml/decoy-prometheus-basic-auth-file", "auction/ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/",
    """\
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: bid-engine
    metrics_path: /actuator/prometheus
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/bid-engine-pass
    static_configs:
      - targets: ['bid-1.auction.internal:8080', 'bid-2.auction.internal:8080']
""")

add("yaml/grafana-admin-password", "auction/ops/grafana/values.yaml", "https://github.com/grafana/helm-charts/blob/main/charts/grafana/values.yaml",
    """\
# ലേല dashboard - Grafana helm values
adminUser: admin
adminPassword: "@@secret@@"
persistence:
  enabled: true
  size: 5Gi
grafana.ini:
  server:
    root_url: https://grafana.mattancherryspice.in
  users:
    default_language: en-US
""", words_pw())

add("ini/grafana-database-password", "auction/ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#secret_key",
    """\
[server]
root_url = https://grafana.mattancherryspice.in

[database]
type = mysql
host = auction-db.internal:3306
name = grafana
user = grafana
password = """ + '"""' + """@@secret@@""" + '"""' + """

[security]
admin_user = admin
""", rand_pw(22, "#%"))

add("ini/decoy-grafana-env-interpolation", "auction/ops/grafana/grafana.dev.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion",
    """\
[database]
type = sqlite3

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/run/secrets/grafana_secret_key}
""")

add("properties/kafka-sasl-password", "auction/ops/kafka/client-ssl.properties", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig",
    """\
# kafka-console-consumer bids topic കാണാൻ (ops)
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="ops-reader" \\
    password="@@secret@@";
ssl.truststore.location=/etc/kafka/truststore.jks
ssl.truststore.password=changeit
""", rand_pw(26))

add("properties/decoy-truststore-default", "auction/ops/kafka/truststore.properties", "https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html",
    """\
# JDK default cacerts password (publicly documented) - ഇത് secret അല്ല
ssl.truststore.location=/usr/lib/jvm/java-17/lib/security/cacerts
ssl.truststore.password=changeit
ssl.truststore.type=PKCS12
ssl.endpoint.identification.algorithm=https
""")

add("shell/vault-token", "auction/ops/scripts/bootstrap_node.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens",
    """\
#!/bin/sh
# പുതിയ bid node ഉണ്ടാക്കുമ്പോൾ ഒരിക്കൽ run ചെയ്യുക
set -e
export VAULT_ADDR=https://vault.mattancherryspice.in:8200
export VAULT_TOKEN=@@secret@@
vault kv get -format=json secret/mspice/bid-engine > /etc/bid-engine/secrets.json
chmod 600 /etc/bid-engine/secrets.json
systemctl enable --now bid-engine
""", "hvs." + fakes.drawn_mixed(_seed(), 24))

add("shell/decoy-vault-approle", "auction/ops/scripts/bootstrap_node_v2.sh", "https://developer.hashicorp.com/vault/docs/auth/approle",
    """\
#!/bin/sh
# v2: AppRole; secret_id cloud-init വഴി /run-ൽ എത്തുന്നു
set -e
export VAULT_ADDR=https://vault.mattancherryspice.in:8200
VAULT_TOKEN="$(vault write -field=token auth/approle/login \\
  role_id=@@rid@@ secret_id=@/run/vault/secret_id)"
export VAULT_TOKEN
vault kv get -format=json secret/mspice/bid-engine > /etc/bid-engine/secrets.json
""", rid=uuid_s())

add("shell/here-doc-password", "auction/ops/scripts/make_pgpass.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """\
#!/usr/bin/env bash
# reports server-ൽ .pgpass ഉണ്ടാക്കുന്നു
cat > ~/.pgpass <<'EOF'
pg.auction.internal:5432:prices:price_feed:@@secret@@
pg.auction.internal:5432:prices:report_ro:*
EOF
chmod 600 ~/.pgpass
""", words_pw())

add("pgpass/decoy-wildcard", "auction/ops/pgpass.template", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """\
# hostname:port:database:username:password
# deploy സമയത്ത് ansible ഇത് fill ചെയ്യും
pg.auction.internal:5432:prices:price_feed:{{ price_feed_password }}
pg.auction.internal:5432:prices:report_ro:{{ report_ro_password }}
*:*:*:postgres:{{ vault_postgres_password }}
""")

# ---------------------------------------------------------------- houseboat: website, chatbot, channel manager

add("php/wordpress-db-password", "website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """\
<?php
/** Kettuvallam Cruises - WordPress (blog, monsoon packages) */
define( 'DB_NAME', 'kvc_wp' );
define( 'DB_USER', 'kvc_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'kvc_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-config-sample", "website/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("php/woocommerce-consumer-secret", "website/wp-content/mu-plugins/kvc-sync-packages.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """\
<?php
// houseboat packages (1 night, day cruise) booking API-ലേക്ക് sync
const KVC_WC_URL = 'https://kettuvallamcruises.in/wp-json/wc/v3/products';
const KVC_WC_KEY = 'ck_@@ck@@';
const KVC_WC_SECRET = '@@secret@@';

function kvc_fetch_packages() {
    $url = add_query_arg(['consumer_key' => KVC_WC_KEY, 'consumer_secret' => KVC_WC_SECRET, 'category' => 'houseboat'], KVC_WC_URL);
    return json_decode(wp_remote_retrieve_body(wp_remote_get($url)), true);
}
""", "cs_" + hexs(40), ck=hexs(40))

add("python/openai-key", "chatbot/guest_bot/llm.py", "https://platform.openai.com/docs/api-reference/authentication",
    """\
\"\"\"Guest chatbot - English / മലയാളം questions about trips, food, check-in.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = ("You answer for Kettuvallam Cruises, Alappuzha. Reply in the guest's language "
          "(English or Malayalam). Never quote prices not in the tariff.")


def answer(question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": SYSTEM},
                                                 {"role": "user", "content": question}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/decoy-openai-env", "chatbot/guest_bot/settings.py", "https://platform.openai.com/docs/quickstart",
    """\
import os

# OPENAI_API_KEY systemd unit-ന്റെ EnvironmentFile-ൽ (/etc/kvc/chatbot.env, root മാത്രം)
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
MODEL = os.environ.get("CHATBOT_MODEL", "gpt-4o-mini")
MAX_TOKENS = 400
LANGS = ("en", "ml")
""")

add("python/huggingface-token", "chatbot/translate/ml_translate.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication",
    """\
# English -> Malayalam menu/brochure translation (IndicTrans)
from huggingface_hub import login
from transformers import pipeline

login(token="@@secret@@")
translator = pipeline("translation", model="mspice-kvc/indictrans2-en-ml-ft")


def to_malayalam(text: str) -> str:
    return translator(text, src_lang="eng_Latn", tgt_lang="mal_Mlym")[0]["translation_text"]
""", hf_token())

add("yaml/telegram-bot-token", "chatbot/telegram/config.yml", "https://core.telegram.org/bots/api",
    """\
# crew group bot - ബോട്ട് എവിടെ എത്തി എന്ന് update
bot:
  token: "@@secret@@"
  admin_chat_id: -1002039481223
  language: ml
reports:
  daily_at: "18:00"
""", fakes.telegram_token(_seed()))

add("yaml/decoy-telegram-example", "chatbot/telegram/config.example.yml", "https://core.telegram.org/bots/tutorial",
    """\
# BotFather നൽകുന്ന token ഇവിടെ (format: 123456789:AA...)
bot:
  token: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
  admin_chat_id: 0
  language: ml
""")

add("json/channel-manager-api-key", "booking/integrations/channel_manager.json", "https://www.rfc-editor.org/rfc/rfc8259",
    """\
{
  "provider": "StayFlexi",
  "endpoint": "https://api.channelmanager.example.com/v1",
  "property_code": "KVC-ALP-01",
  "api_key": "@@secret@@",
  "rooms": [
    {"code": "PQ", "name": "Punnamada Queen (2BR)"},
    {"code": "VP", "name": "Vembanad Pearl (1BR)"},
    {"code": "KR", "name": "Kayal Rani (3BR)"}
  ]
}
""", fakes.drawn_mixed(_seed(), 40))

add("json/decoy-channel-manager-masked", "booking/integrations/channel_manager.prod.json", "https://www.rfc-editor.org/rfc/rfc8259",
    """\
{
  "provider": "StayFlexi",
  "endpoint": "https://api.channelmanager.example.com/v1",
  "property_code": "KVC-ALP-01",
  "api_key": "vault:secret/kvc/channel-manager#api_key",
  "rooms": [{"code": "PQ"}, {"code": "VP"}, {"code": "KR"}]
}
""")

add("javascript/exotel-token", "booking/ivr/exotel.js", "https://developer.exotel.com/api/",
    """\
// missed call -> callback (IVR മലയാളം menu)
const axios = require('axios');

const SID = 'kettuvallam1';
const API_KEY = '@@key@@';
const API_TOKEN = '@@secret@@';

exports.callBack = (guestPhone) => axios.post(
  `https://${API_KEY}:${API_TOKEN}@api.exotel.com/v1/Accounts/${SID}/Calls/connect`,
  new URLSearchParams({ From: guestPhone, CallerId: '04772000000', Url: 'http://my.exotel.com/kettuvallam1/exoml/start_voice/4410' }),
);
""", hexs(40), key=hexs(48))

add("javascript/mailchimp-key", "website/tools/newsletter-sync.js", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """\
// monsoon offer newsletter - guest list sync
const mailchimp = require('@mailchimp/mailchimp_marketing');

mailchimp.setConfig({
  apiKey: '@@secret@@',
  server: 'us21',
});

async function addGuest(email, name) {
  return mailchimp.lists.addListMember('b1c9a3e4f2', { email_address: email, status: 'subscribed', merge_fields: { FNAME: name } });
}
module.exports = { addGuest };
""", hexs(32) + "-us21")

add("javascript/decoy-analytics-ids", "website/assets/js/analytics.js", "https://developers.google.com/analytics/devguides/collection/ga4",
    """\
// public ids മാത്രം - ഇവ browser-ൽ കാണുന്നവ
window.dataLayer = window.dataLayer || [];
function gtag(){ dataLayer.push(arguments); }
gtag('js', new Date());
gtag('config', 'G-7QK2M9XW3R');
const FB_PIXEL_ID = '1203948571029384';
const HOTJAR_SITE_ID = 3819204;
""")

add("swift/razorpay-secret", "guest-ios/KVCGuest/Payments/RazorpayKeys.swift", "https://razorpay.com/docs/payments/payment-gateway/ios-integration/standard/",
    """\
import Foundation

// NOTE(Vishnu): secret app-ൽ വെക്കരുത് എന്ന് അറിയാം, order create server-ലേക്ക് മാറ്റണം
struct RazorpayKeys {
    static let keyId = "@@kid@@"
    static let keySecret = "@@secret@@"
    static var basicAuth: String {
        Data("\\(keyId):\\(keySecret)".utf8).base64EncodedString()
    }
}
""", razorpay_secret(), kid=razorpay_id())

add("swift/decoy-razorpay-key-id", "guest-ios/KVCGuest/Payments/Checkout.swift", "https://razorpay.com/docs/payments/payment-gateway/ios-integration/standard/",
    """\
import Razorpay

// key_id public ആണ്; order_id server നൽകുന്നു
final class Checkout: NSObject, RazorpayPaymentCompletionProtocol {
    private lazy var razorpay = RazorpayCheckout.initWithKey("@@kid@@", andDelegate: self)

    func open(orderId: String, amountPaise: Int) {
        razorpay.open(["order_id": orderId, "amount": amountPaise, "currency": "INR", "name": "Kettuvallam Cruises"])
    }
    func onPaymentError(_ code: Int32, description str: String) {}
    func onPaymentSuccess(_ payment_id: String) {}
}
""", kid=razorpay_id())

add("gradle/signing-password", "crew-app/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
# release signing (Jenkins box-ൽ നിന്ന് copy ചെയ്തത്)
KVC_RELEASE_STORE_FILE=../keys/kvc-crew-release.jks
KVC_RELEASE_KEY_ALIAS=kvc-crew
KVC_RELEASE_STORE_PASSWORD=@@secret@@
KVC_RELEASE_KEY_PASSWORD=@@secret@@
""", words_pw())

add("fastlane/decoy-match-env", "guest-ios/fastlane/Fastfile", "https://docs.fastlane.tools/actions/match/",
    """\
default_platform(:ios)

platform :ios do
  lane :beta do
    # MATCH_PASSWORD, ASC key CI secrets-ൽ
    app_store_connect_api_key(key_id: ENV["ASC_KEY_ID"], issuer_id: ENV["ASC_ISSUER_ID"], key_content: ENV["ASC_KEY_P8"])
    match(type: "appstore", readonly: true)
    build_app(scheme: "KVCGuest")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""")

add("p8/private-key", "guest-ios/fastlane/AuthKey_7QX3K9M2LD.p8", "https://developer.apple.com/documentation/appstoreconnectapi/creating_api_keys_for_app_store_connect_api",
    """\
@@secret@@
""", fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("netrc/password", "ops/home/shibu/.netrc", "https://everything.curl.dev/usingcurl/netrc",
    """\
machine api.channelmanager.example.com
  login kvc-alp-01
  password @@secret@@

machine nas.kvc.local
  login backup
  password see-keepass
""", rand_pw(20))

add("gitconfig/url-credentials", "ops/home/anu/.gitconfig", "https://git-scm.com/docs/git-config",
    """\
[user]
    name = Anu Thomas
    email = anu@kettuvallamcruises.in
[url "https://anu.thomas:@@secret@@@gitlab.com/kvc/"]
    insteadOf = https://gitlab.com/kvc/
[pull]
    rebase = true
""", gitlab_token())

add("gitconfig/decoy-credential-helper", "ops/home/shibu/.gitconfig", "https://git-scm.com/docs/gitcredentials",
    """\
[user]
    name = Shibu Varghese
    email = shibu@kettuvallamcruises.in
[credential]
    helper = libsecret
[credential "https://gitlab.com"]
    username = shibu.v
""")

add("docker-config/registry-auth", "ops/home/deploy/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """\
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@enc@@"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/27.3.1 (linux)"}
}
""", (GLT := gitlab_token()), enc=b64("kvc-deploy:" + GLT))

add("docker-config/decoy-creds-store", "ops/home/anu/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """\
{
  "auths": {
    "registry.gitlab.com": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

# ---------------------------------------------------------------- auction: more services

add("k8s-secret/kafka-password", "auction/deploy/k8s/kafka-client-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """\
apiVersion: v1
kind: Secret
metadata:
  name: kafka-bid-producer
  namespace: auction
type: Opaque
stringData:
  KAFKA_USERNAME: bid-producer
  KAFKA_PASSWORD: "@@secret@@"
""", rand_pw(28))

add("k8s-secret/docker-registry", "auction/deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """\
# ghcr.io pull secret - ലേല images
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: auction
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (GHT := fakes.github_token(_seed())),
    enc=b64('{"auths":{"ghcr.io":{"username":"mspice-bot","password":"' + GHT + '"}}}'))

add("k8s-secret/decoy-external-secret", "auction/deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: bid-engine-db
  namespace: auction
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-mspice, kind: ClusterSecretStore}
  target: {name: bid-engine-db}
  data:
    - secretKey: AUCTION_DB_PASSWORD
      remoteRef: {key: secret/mspice/bid-engine, property: db_password}
""")

add("kubeconfig/bearer-token", "auction/ops/kube/ci-kubeconfig.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    """\
apiVersion: v1
kind: Config
clusters:
  - name: auction-prod
    cluster:
      server: https://k8s.auction.internal:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: ci@auction-prod
    context: {cluster: auction-prod, user: ci-deployer, namespace: auction}
current-context: ci@auction-prod
""", jwt_token())

add("kubeconfig/decoy-exec-plugin", "auction/ops/kube/dev-kubeconfig.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins",
    """\
apiVersion: v1
kind: Config
clusters:
  - name: auction-dev
    cluster: {server: https://k8s-dev.auction.internal:6443}
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://sso.mattancherryspice.in, --oidc-client-id=kubectl]
contexts:
  - name: dev
    context: {cluster: auction-dev, user: oidc}
current-context: dev
""")

add("python/msg91-auth-key", "auction/notify/sms_otp.py", "https://docs.msg91.com/reference/send-otp",
    """\
# dealer login OTP (SMS) - MSG91
import requests

MSG91_AUTHKEY = "@@secret@@"
TEMPLATE_ID = "64f1a2b3c4d5e6f708192a3b"


def send_otp(mobile: str) -> None:
    requests.post("https://control.msg91.com/api/v5/otp",
                  params={"template_id": TEMPLATE_ID, "mobile": "91" + mobile},
                  headers={"authkey": MSG91_AUTHKEY}, timeout=10).raise_for_status()
""", fakes.drawn(_seed(), 6, string.digits) + "A" + hexs(17))

add("python/basic-auth-header", "auction/erp-bridge/sap_push.py", "https://www.rfc-editor.org/rfc/rfc7617",
    """\
# SAP B1 Service Layer-ലേക്ക് invoice push (accounts team)
import requests

SAP_URL = "https://sap-b1.mattancherryspice.in:50000/b1s/v1/Invoices"
HEADERS = {
    "Authorization": "Basic @@enc@@",
    "Content-Type": "application/json",
}


def push(invoice: dict) -> None:
    requests.post(SAP_URL, json=invoice, headers=HEADERS, timeout=30, verify="/etc/ssl/mspice-ca.pem").raise_for_status()
""", b64("manager:" + (SAPPW := words_pw())), enc=b64("manager:" + SAPPW))

add("python/decoy-sha-checksums", "auction/erp-bridge/verify_exports.py", "https://docs.python.org/3/library/hashlib.html",
    """\
\"\"\"Export files-ന്റെ checksum നോക്കുന്നു (Spices Board നൽകിയ list).\"\"\"
import hashlib

EXPECTED = {
    "cardamom_2026-12-06.csv": "@@h1@@",
    "pepper_2026-12-06.csv": "@@h2@@",
}


def ok(path: str, name: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == EXPECTED[name]
""", h1=sha256ish(), h2=sha256ish())

add("python/mongodb-uri", "auction/quality/lab_results.py", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """\
# ലാബ് ഫലങ്ങൾ (moisture %, colour, litre weight) - Atlas
from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://lab_writer:@@secret@@@mspice-lab.x7kq2.mongodb.net/"
    "?retryWrites=true&w=majority&appName=quality"
)
samples = client["quality"]["cardamom_samples"]


def record(lot: str, moisture: float, litre_weight_g: int) -> None:
    samples.insert_one({"lot": lot, "moisture": moisture, "litre_weight_g": litre_weight_g})
""", rand_pw(16))

add("python/decoy-mongo-localhost", "auction/quality/conftest.py", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """\
import pytest
from pymongo import MongoClient

# tests docker mongo ഉപയോഗിക്കുന്നു (auth ഇല്ല)
@pytest.fixture
def samples():
    client = MongoClient("mongodb://localhost:27017/")
    db = client["quality_test"]
    yield db["cardamom_samples"]
    client.drop_database("quality_test")
""")

add("cs/sendgrid-key", "auction/DealerNotifier/EmailSender.cs", "https://github.com/sendgrid/sendgrid-csharp",
    """\
using SendGrid;
using SendGrid.Helpers.Mail;

namespace MSpice.DealerNotifier;

// ലേല ഫലം dealer-നു mail
public class EmailSender
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendAsync(string to, string subject, string body) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("results@mattancherryspice.in", "Mattancherry Spice Auctions"),
            new EmailAddress(to), subject, body, null));
}
""", sendgrid_key())

add("cs/decoy-key-vault", "auction/DealerNotifier/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration",
    """\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// SendGrid key Key Vault-ൽ (secret name: SendGrid--ApiKey)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://mspice-notifier-kv.vault.azure.net/"), new DefaultAzureCredential());
builder.Services.AddSingleton<EmailSender>();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("csharp/azure-service-bus", "auction/DealerNotifier/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues",
    """\
{
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://mspice-bus.servicebus.windows.net/;SharedAccessKeyName=notifier;SharedAccessKey=@@secret@@",
    "Queue": "lot-results"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("vb/database-password", "auction/legacy-vb6/modDB.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado",
    """\
Attribute VB_Name = "modDB"
' പഴയ ലേല counter program (2009) - ഇപ്പോഴും weighbridge-ൽ ഉപയോഗിക്കുന്നു
Public cn As ADODB.Connection

Public Sub OpenDB()
    Set cn = New ADODB.Connection
    cn.ConnectionString = "Provider=SQLOLEDB;Data Source=192.168.10.5;Initial Catalog=Weighbridge;" & _
        "User ID=wb_user;Password=@@secret@@;"
    cn.Open
End Sub
""", words_pw())

add("bat/decoy-runas-prompt", "auction/legacy-vb6/backup.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use",
    """\
@echo off
REM weighbridge DB backup NAS-ലേക്ക്; password ചോദിക്കും (*)
net use Z: \\\\mspice-nas\\backup /user:MSPICE\\wbbackup *
sqlcmd -S 192.168.10.5 -E -Q "BACKUP DATABASE Weighbridge TO DISK='Z:\\wb\\wb_%DATE:~-4%.bak'"
net use Z: /delete
""")

add("bat/net-use-password", "auction/legacy-vb6/map_drive.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use",
    """\
@echo off
REM counter PC startup - lot photos share
net use L: \\\\mspice-nas\\lotphotos @@secret@@ /user:MSPICE\\counter1 /persistent:yes
start "" "C:\\Auction\\Counter.exe"
exit
""", words_pw())

add("ansible/gitlab-runner-token", "auction/ops/ansible/host_vars/build-1.yml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html",
    """\
---
# runner config.toml render ചെയ്യാൻ
gitlab_runner_concurrent: 4
gitlab_runner_runners:
  - name: mspice-build-1
    url: https://gitlab.com/
    token: "@@secret@@"
    executor: docker
    docker_image: alpine:3.20
""", "glrt-" + fakes.drawn_mixed(_seed(), 20))

add("toml/decoy-runner-config", "auction/ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html",
    """\
concurrent = 4

[[runners]]
  name = "mspice-build-1"
  url = "https://gitlab.com/"
  token = "{{ gitlab_runner_token }}"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
""")

add("notes/slack-bot-token", "auction/notes/2026-11-handover-jithin.txt", "https://api.slack.com/authentication/token-types#bot",
    """\
ഹാൻഡ്ഓവർ - Jithin (ലീവ് 2 ആഴ്ച)
=================================

- live board price alert bot: Slack app "Lelam Bot"
  bot token: @@secret@@
  (Meera-ക്ക് admin access ഉണ്ട്, rotate ചെയ്യണമെങ്കിൽ അവരോട് ചോദിക്കുക)
- Kafka consumer lag 5000 കടന്നാൽ bid-2 restart ചെയ്യുക
- Spices Board SFTP: password Vault-ൽ ഉണ്ട്
- വ്യാഴാഴ്ച pepper ലേലം ഇല്ല (holiday)
""", slack_bot())

add("notes/decoy-handover-vault-paths", "auction/notes/2026-09-handover-meera.txt", "https://developer.hashicorp.com/vault/docs/secrets/kv",
    """\
ഹാൻഡ്ഓവർ - Meera
=================

Secrets എല്ലാം Vault-ൽ:
  secret/mspice/bid-engine        (db_password, kafka_password)
  secret/mspice/slack/lelam-bot   (bot_token)
  secret/mspice/bank/h2h          (signing key)
Token expire ആയാൽ: vault login -method=oidc
Slack bot token xoxb-… ഇവിടെ എഴുതുന്നില്ല, Vault നോക്കുക.
""")

add("notes/discord-webhook", "website/notes/social-media-ideas.md", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """\
# Social media - ആശയങ്ങൾ

- Instagram reels: സൂര്യാസ്തമയം Vembanad, crew cooking കരിമീൻ
- Nehru Trophy boat race (Aug) live updates
- Travel community Discord-ൽ auto post (new package വരുമ്പോൾ):
  webhook: @@secret@@
- Monsoon ayurveda package - Kumarakom partner
""", discord_webhook())

add("markdown/decoy-readme-setup", "booking/README.md", "https://www.markdownguide.org/basic-syntax/",
    """\
# Kettuvallam Cruises - booking API

ആലപ്പുഴ houseboat booking: Django + Postgres + Razorpay.

## Setup

```bash
cp .env.example .env        # DB_PASSWORD, RAZORPAY_KEY_SECRET നൽകുക
docker compose up -d db cache
python manage.py migrate
python manage.py runserver
```

Test payments use Razorpay test mode keys (`rzp_test_...`) from the dashboard; never commit them.
Card for test mode: `4111 1111 1111 1111`, any future expiry, CVV `123`.
""")

add("markdown/mailgun-key", "website/docs/contact-form.md", "https://documentation.mailgun.com/docs/mailgun/api-reference/",
    """\
# Contact form (enquiry) mail

Enquiry form submit ചെയ്യുമ്പോൾ Mailgun വഴി reservations@-ലേക്ക്.

```
curl -s --user 'api:@@secret@@' \\
  https://api.mailgun.net/v3/mg.kettuvallamcruises.in/messages \\
  -F from='Website <enquiry@mg.kettuvallamcruises.in>' \\
  -F to=reservations@kettuvallamcruises.in \\
  -F subject='New enquiry' -F text='...'
```
""", mailgun_key())

add("wiki/wifi-and-cctv", "auction/wiki/Office-IT.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis",
    """\
# ഓഫീസ് IT (Mattancherry)

## CCTV (Hikvision NVR)
- URL: http://192.168.10.30
- user: admin
- password: @@secret@@

## Printers
- Counter printer: 192.168.10.41 (Epson)
- Accounts: 192.168.10.42
""", words_pw())

add("wiki/decoy-office-it-redacted", "auction/wiki/Office-IT-Godown.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis",
    """\
# ഗോഡൗൺ IT (Bodinayakanur)

## CCTV
- URL: http://10.30.0.30
- user: admin
- password: ******** (KeePass-ൽ "Godown NVR")

## Weighbridge PC
- AnyDesk id: 482 193 557 (password supervisor-ന്റെ പക്കൽ)
""")

add("properties/sentry-auth-token", "auction/live-board/sentry.properties", "https://docs.sentry.io/cli/configuration/#configuration-file",
    """\
# sourcemaps upload - CI (ലോക്കലിൽ നിന്നും പ്രവർത്തിക്കും)
defaults.url=https://sentry.io/
defaults.org=mattancherry-spice
defaults.project=live-board
auth.token=@@secret@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", "sntrys_" + fakes.drawn_mixed(_seed(), 120))

add("ini/decoy-sentryclirc", "auction/bidding-engine/.sentryclirc", "https://docs.sentry.io/cli/configuration/",
    """\
[defaults]
url = https://sentry.io/
org = mattancherry-spice
project = bidding-engine

[auth]
; token SENTRY_AUTH_TOKEN env-ൽ നിന്ന് (CI)
""")

add("python/digitalocean-token", "website/tools/snapshot_droplet.py", "https://docs.digitalocean.com/reference/api/api-reference/#tag/Snapshots",
    """\
# WordPress droplet-ന്റെ weekly snapshot
import requests

DO_TOKEN = "@@secret@@"
DROPLET_ID = 418203941


def snapshot(name: str) -> dict:
    r = requests.post(f"https://api.digitalocean.com/v2/droplets/{DROPLET_ID}/actions",
                      headers={"Authorization": f"Bearer {DO_TOKEN}"},
                      json={"type": "snapshot", "name": name}, timeout=30)
    r.raise_for_status()
    return r.json()
""", "dop_v1_" + hexs(64))

add("python/cloudinary-url", "website/tools/gallery_upload.py", "https://cloudinary.com/documentation/django_integration#configuration",
    """\
# houseboat gallery ഫോട്ടോകൾ Cloudinary-ലേക്ക്
import os

import cloudinary.uploader

os.environ.setdefault("CLOUDINARY_URL", "cloudinary://@@key@@:@@secret@@@kettuvallam")


def upload(path: str, boat: str) -> str:
    res = cloudinary.uploader.upload(path, folder=f"boats/{boat}", overwrite=False)
    return res["secure_url"]
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"), key=fakes.drawn(_seed(), 15, string.digits))

add("javascript/decoy-mapbox-public", "website/assets/js/route-map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/",
    """\
// backwater route map - public token (pk.), URL restricted to kettuvallamcruises.in
mapboxgl.accessToken = 'pk.@@a@@.@@b@@';
const map = new mapboxgl.Map({
  container: 'route-map',
  style: 'mapbox://styles/mapbox/outdoors-v12',
  center: [76.3388, 9.4981],
  zoom: 11,
});
""", a=b64('{"u":"kettuvallam","a":"clx' + fakes.drawn(_seed(), 21, string.ascii_lowercase + string.digits) + '"}').rstrip("="),
    b=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("python/mapbox-secret-token", "website/tools/upload_tileset.py", "https://docs.mapbox.com/api/maps/uploads/",
    """\
# backwater route GeoJSON tileset upload (secret token - uploads:write)
from mapbox import Uploader

service = Uploader(access_token="@@secret@@")


def upload(geojson_path: str) -> None:
    with open(geojson_path, "rb") as src:
        service.upload(src, "kettuvallam.backwater-routes")
""", "sk." + b64('{"u":"kettuvallam","a":"clx' + fakes.drawn(_seed(), 21, string.ascii_lowercase + string.digits) + '"}').rstrip("=")
    + "." + fakes.drawn(_seed(), 22, ALNUM + "_-"))

# ---------------------------------------------------------------- spread over both teams: varied carriers

add("python/json-in-string", "auction/settlement/bank_api.py", "https://docs.python.org/3/library/json.html",
    """\
import json
import os

# ബാങ്ക് corporate API - settlement payout (പഴയ config, env ഇല്ലെങ്കിൽ)
_DEFAULT = '{"client_id": "MSPICE-CORP-0192", "client_secret": "@@secret@@", "base": "https://corpapi.bank.example.in/v2"}'
BANK = json.loads(os.environ.get("BANK_API_JSON", _DEFAULT))


def payout(dealer_ifsc: str, account: str, amount_inr: float) -> dict:
    return {"ifsc": dealer_ifsc, "account": account, "amount": round(amount_inr, 2), "client": BANK["client_id"]}
""", rand_pw(32))

add("python/smtp-auth-plain", "booking/notify/smtp_debug.py", "https://www.rfc-editor.org/rfc/rfc4616",
    """\
# Zoho SMTP debugging - AUTH PLAIN line smtplib debug output-ൽ നിന്ന് copy ചെയ്തത്
import smtplib

AUTH_LINE = "AUTH PLAIN @@secret@@"

with smtplib.SMTP("smtp.zoho.in", 587) as s:
    s.set_debuglevel(1)
    s.starttls()
    s.docmd(AUTH_LINE)
    s.sendmail("bookings@kettuvallamcruises.in", ["anu@kettuvallamcruises.in"], "Subject: test\\n\\nമലയാളം test")
""", b64("\0bookings@kettuvallamcruises.in\0" + words_pw()))

add("go/aws-session-token", "crew-app/cmd/roster-export/creds.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html",
    """\
package main

// temporary creds - `aws sts get-session-token` output-ൽ നിന്ന് (debug, ഇത് മാറ്റണം)
import "github.com/aws/aws-sdk-go-v2/credentials"

var staticCreds = credentials.NewStaticCredentialsProvider(
\t"@@kid@@",
\t"@@sk@@",
\t"@@secret@@",
)
""", fakes.aws_session_token(_seed()), kid="ASIA" + fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"),
    sk=fakes.aws_secret_key(_seed()))

add("go/decoy-aws-default-chain", "crew-app/cmd/roster-export/main.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html",
    """\
package main

// roster CSV S3-ലേക്ക്; creds instance role-ൽ നിന്ന്
import (
\t"context"
\t"log"

\t"github.com/aws/aws-sdk-go-v2/config"
)

func main() {
\tcfg, err := config.LoadDefaultConfig(context.TODO(), config.WithRegion("ap-south-1"))
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\t_ = cfg
}
""")

add("java/jwt-signing-secret", "auction/bidding-engine/src/main/java/in/mspice/auction/security/JwtKeys.java", "https://github.com/jwtk/jjwt#signing-key",
    """\
package in.mspice.auction.security;

import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;

// dealer session JWT (HS256) - ലേല app
public final class JwtKeys {
    private static final String SECRET = "@@secret@@";
    public static final SecretKey KEY = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
    private JwtKeys() {}
}
""", jwt_secret())

add("java/decoy-jwt-public-jwks", "auction/bidding-engine/src/main/resources/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517",
    """\
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "mspice-2026-10",
      "use": "sig",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("env/jwt-secret", "crew-app/.env", "https://github.com/motdotla/dotenv#usage",
    """\
PORT=4000
NODE_ENV=production
JWT_SECRET=@@secret@@
JWT_EXPIRES_IN=12h
ROSTER_TZ=Asia/Kolkata
# crew login OTP വഴി; admin panel-നു മാത്രം password
""", jwt_secret())

add("env/shopify-token", "auction/shop/.env.local", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api-access-tokens",
    """\
# online spice shop (ഏലം, കുരുമുളക് 250g packs)
SHOPIFY_STORE=mattancherry-spice.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2024-10
STOCK_SYNC_CRON=*/30 * * * *
""", shopify_token())

add("env/decoy-shopify-empty", "auction/shop/.env.template", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api-access-tokens",
    """\
SHOPIFY_STORE=your-store.myshopify.com
SHOPIFY_ADMIN_TOKEN=
SHOPIFY_API_VERSION=2024-10
# shpat_ token app install ചെയ്യുമ്പോൾ കിട്ടും; ഇവിടെ commit ചെയ്യരുത്
STOCK_SYNC_CRON=*/30 * * * *
""")

add("yaml/paytm-merchant-key", "booking/config/payments.yml", "https://developer.paytm.com/docs/checksum/",
    """\
# Paytm - UPI backup gateway (Razorpay down ആയാൽ)
paytm:
  environment: production
  mid: KETTUV41928374650192
  merchant_key: "@@secret@@"
  website: DEFAULT
  callback_url: https://book.kettuvallamcruises.in/payments/paytm/callback
""", fakes.drawn_mixed(_seed(), 16, ALNUM + "@#&%"))

add("yaml/decoy-upi-vpa", "booking/config/upi.yml", "https://www.npci.org.in/what-we-do/upi/product-overview",
    """\
# counter-ൽ QR - ഇവ public ആണ് (guest-നു കാണാനുള്ളത്)
upi:
  vpa: kettuvallamcruises@icici
  payee_name: "Kettuvallam Cruises"
  merchant_code: "4722"
  qr_note: "ബോട്ട് advance / Houseboat advance"
""")

add("xml/android-maps-key", "crew-app/android/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key",
    """\
<resources>
    <!-- restrict ചെയ്തിട്ടില്ല! Cloud console-ൽ Android app restriction ചേർക്കണം -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@secret@@</string>
    <string name="app_name">KVC Crew</string>
    <string name="roster_title">ഡ്യൂട്ടി റോസ്റ്റർ</string>
</resources>
""", google_api_key())

add("xml/decoy-android-strings", "crew-app/android/app/src/main/res/values-ml/strings.xml", "https://developer.android.com/guide/topics/resources/localization",
    """\
<resources>
    <string name="app_name">കെവിസി ക്രൂ</string>
    <string name="login_password_hint">പാസ്‌വേഡ്</string>
    <string name="login_otp_hint">OTP നൽകുക</string>
    <string name="roster_title">ഡ്യൂട്ടി റോസ്റ്റർ</string>
    <string name="api_key_missing">API key ലഭ്യമല്ല. Admin-നെ ബന്ധപ്പെടുക.</string>
</resources>
""")

add("log/bearer-token", "crew-app/logs/roster-api-2026-12-01.log", "https://expressjs.com/en/resources/middleware/morgan.html",
    """\
::ffff:10.0.3.14 - - [01/Dec/2026:06:02:11 +0530] "GET /api/roster?date=2026-12-01 HTTP/1.1" 200 2311 "-" "okhttp/4.12.0"
::ffff:10.0.3.14 - - [01/Dec/2026:06:02:12 +0530] "GET /api/boats HTTP/1.1" 200 812 "-" "okhttp/4.12.0"
debug: incoming headers {"authorization":"Bearer @@secret@@","user-agent":"okhttp/4.12.0"}
::ffff:10.0.3.22 - - [01/Dec/2026:06:05:40 +0530] "POST /api/checkin HTTP/1.1" 201 64 "-" "okhttp/4.12.0"
::ffff:10.0.3.22 - - [01/Dec/2026:06:05:41 +0530] "GET /api/roster?date=2026-12-01 HTTP/1.1" 304 0 "-" "okhttp/4.12.0"
""", jwt_token())

add("log/decoy-masked-token", "crew-app/logs/roster-api-2026-12-02.log", "https://expressjs.com/en/resources/middleware/morgan.html",
    """\
::ffff:10.0.3.14 - - [02/Dec/2026:06:01:09 +0530] "GET /api/roster?date=2026-12-02 HTTP/1.1" 200 2290 "-" "okhttp/4.12.0"
debug: incoming headers {"authorization":"Bearer eyJhbGciOi…[redacted]","user-agent":"okhttp/4.12.0"}
::ffff:10.0.3.30 - - [02/Dec/2026:06:03:51 +0530] "POST /api/login/otp HTTP/1.1" 200 41 "-" "okhttp/4.12.0"
::ffff:10.0.3.30 - - [02/Dec/2026:06:04:02 +0530] "POST /api/login/verify HTTP/1.1" 401 30 "-" "okhttp/4.12.0"
::ffff:10.0.3.30 - - [02/Dec/2026:06:04:20 +0530] "POST /api/login/verify HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
""")

add("systemd/database-password", "auction/ops/systemd/bid-engine.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    """\
[Unit]
Description=Mattancherry bidding engine
After=network-online.target

[Service]
User=bidengine
Environment=SPRING_PROFILES_ACTIVE=prod
Environment=AUCTION_DB_PASSWORD=@@secret@@
ExecStart=/usr/bin/java -Xmx1g -jar /opt/bid-engine/bid-engine.jar
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("systemd/decoy-load-credential", "auction/ops/systemd/price-feed.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH",
    """\
[Unit]
Description=Cardamom/pepper price feed
After=network-online.target

[Service]
User=pricefeed
LoadCredential=db_password:/etc/mspice/creds/price_feed_db
Environment=PRICE_DB_PASSWORD_FILE=%d/db_password
ExecStart=/opt/price-feed/price-feed
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("cron/database-password", "auction/ops/cron/mspice-backup", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """\
# /etc/cron.d/mspice-backup - രാത്രി DB backup
SHELL=/bin/bash
MAILTO=ops@mattancherryspice.in
30 23 * * * root mysqldump -h auction-db.internal -u backup -p'@@secret@@' --single-transaction spice_auction | gzip > /srv/backup/spice_auction_$(date +\\%F).sql.gz
0 4 * * 0 root find /srv/backup -name '*.sql.gz' -mtime +30 -delete
""", words_pw())

add("pip-conf/index-password", "auction/ops/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/",
    """\
[global]
# internal packages (mspice-common, lelam-models)
index-url = https://mspice-ci:@@secret@@@nexus.mattancherryspice.in/repository/pypi-all/simple
trusted-host = nexus.mattancherryspice.in
timeout = 60
""", rand_pw(20))

add("requirements/decoy-hashes", "auction/settlement/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
    """\
# pip-compile --generate-hashes
paramiko==3.4.0 \\
    --hash=sha256:@@h1@@
requests==2.32.3 \\
    --hash=sha256:@@h2@@
cryptography==43.0.1 \\
    --hash=sha256:@@h3@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("yaml/mqtt-password", "boats/telemetry/gateway.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html",
    """\
# ഓരോ ബോട്ടിലെയും GPS + fuel sensor gateway (Raspberry Pi)
mqtt:
  broker: mqtts://iot.kettuvallamcruises.in:8883
  client_id: boat-${BOAT_CODE}
  username: boat-gateway
  password: "@@secret@@"
  topics:
    gps: kvc/boats/${BOAT_CODE}/gps
    fuel: kvc/boats/${BOAT_CODE}/fuel
interval_seconds: 30
""", fakes.redis_password(_seed()))

add("c/wifi-password", "boats/telemetry/firmware/src/config.h", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/network/esp_wifi.html",
    """\
#pragma once
/* fuel sensor (ESP32) - ബോട്ടിലെ JioFi-യിലേക്ക് connect ചെയ്യുന്നു */
#define KVC_WIFI_SSID      "KVC-Crew"
#define KVC_WIFI_PASSWORD  "@@secret@@"
#define KVC_MQTT_HOST      "iot.kettuvallamcruises.in"
#define KVC_MQTT_PORT      8883
#define KVC_SAMPLE_MS      30000
""", words_pw())

add("c/decoy-config-template", "boats/telemetry/firmware/src/config.h.example", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/network/esp_wifi.html",
    """\
#pragma once
/* config.h ആയി copy ചെയ്ത് values നൽകുക (config.h .gitignore-ൽ ഉണ്ട്) */
#define KVC_WIFI_SSID      "your-ssid"
#define KVC_WIFI_PASSWORD  "your-wifi-password"
#define KVC_MQTT_HOST      "iot.example.in"
#define KVC_MQTT_PORT      8883
""")

add("mosquitto/decoy-passwd-hashes", "boats/telemetry/broker/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html",
    """\
boat-gateway:$7$101$@@s1@@$@@h1@@
dashboard:$7$101$@@s2@@$@@h2@@
ops-anu:$7$101$@@s3@@$@@h3@@
ops-shibu:$7$101$@@s4@@$@@h4@@
admin:$7$101$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s5=fakes.drawn(_seed(), 16, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("python/mqtt-password-split", "boats/telemetry/dashboard/subscriber.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html",
    """\
# office dashboard - എല്ലാ ബോട്ടുകളുടെയും GPS
import paho.mqtt.client as mqtt

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="kvc-dashboard")
client.tls_set()
client.username_pw_set("dashboard", "@@p1@@"
                                    "@@p2@@")
client.connect("iot.kettuvallamcruises.in", 8883)
client.subscribe("kvc/boats/+/gps")
client.loop_forever()
""", (MQ := rand_pw(24)), p1=MQ[:11], p2=MQ[11:])

add("ruby/twilio-whatsapp", "partners/app/services/agent_alerts.rb", "https://www.twilio.com/docs/whatsapp/quickstart/ruby",
    """\
# travel agent-നു booking confirmation WhatsApp (Twilio)
require 'twilio-ruby'

class AgentAlerts
  SID = '@@sid@@'
  TOKEN = '@@secret@@'

  def self.confirmed(agent_phone, booking)
    Twilio::REST::Client.new(SID, TOKEN).messages.create(
      from: 'whatsapp:+14155238886', to: "whatsapp:#{agent_phone}",
      body: "Booking #{booking.code} confirmed - #{booking.boat} on #{booking.trip_date}")
  end
end
""", twilio_token(), sid=twilio_sid())

add("ruby/decoy-rails-credentials-ref", "partners/app/services/payments.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """\
# agent commission payouts - Razorpay X
class Payments
  def self.client
    creds = Rails.application.credentials.razorpay
    Razorpay.setup(creds[:key_id], creds[:key_secret])
  end
end
""")

add("yaml/algolia-admin-key", "website/config/search.yml", "https://www.algolia.com/doc/guides/security/api-keys/",
    """\
# packages search (Jekyll/Algolia) - admin key indexing-നു
algolia:
  application_id: KV3Q9X2LDM
  index_name: kvc_packages
  search_only_api_key: @@pub@@
  admin_api_key: @@secret@@
""", hexs(32), pub=hexs(32))

add("shell/heroku-api-key", "auction/shop/scripts/scale_worker.sh", "https://devcenter.heroku.com/articles/platform-api-reference#formation-update",
    """\
#!/usr/bin/env bash
# ഷോപ്പ് stock sync worker - ഓണം sale സമയത്ത് 3 dynos
set -euo pipefail
HEROKU_API_KEY=@@secret@@
QTY="${1:-1}"
curl -sf -X PATCH https://api.heroku.com/apps/mspice-stock-sync/formation/worker \\
  -H "Accept: application/vnd.heroku+json; version=3" \\
  -H "Authorization: Bearer ${HEROKU_API_KEY}" \\
  -H "Content-Type: application/json" \\
  -d "{\\"quantity\\": ${QTY}, \\"size\\": \\"standard-1X\\"}"
""", uuid_s())

add("powershell/azure-sp-secret", "auction/ops/windows/Connect-MspiceAzure.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive",
    """\
# ലേല റിപ്പോർട്ട് server - Azure login (scheduled task)
$tenant = '@@tid@@'
$appId  = '@@cid@@'
$secret = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred | Out-Null
Set-AzContext -Subscription 'mspice-prod' | Out-Null
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("powershell/decoy-managed-identity", "auction/ops/windows/Connect-MspiceAzureMI.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-azureps",
    """\
# v2: managed identity - secret വേണ്ട
Connect-AzAccount -Identity | Out-Null
Set-AzContext -Subscription 'mspice-prod' | Out-Null
$blob = Get-AzStorageAccount -ResourceGroupName 'rg-reports' -Name 'mspicereports'
Write-Host "Connected to $($blob.StorageAccountName)"
""")

add("html/decoy-login-form", "booking/web/templates/admin_login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password",
    """\
<!DOCTYPE html>
<html lang="ml">
<head><meta charset="utf-8"><title>അഡ്മിൻ ലോഗിൻ</title></head>
<body>
  <form method="post" action="/admin/login">
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <label>ഇമെയിൽ <input type="email" name="email" autocomplete="username"></label>
    <label>പാസ്‌വേഡ് <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <button type="submit">ലോഗിൻ</button>
  </form>
</body>
</html>
""")

add("markdown/postgres-url-in-issue", "booking/docs/incidents/2026-07-18-db-outage.md", "https://www.markdownguide.org/basic-syntax/",
    """\
# Incident: booking DB down (18 Jul 2026, മഴ, power cut)

**Timeline**
- 14:05 UPS fail, pg-main down
- 14:40 replica promote ചെയ്തു
- 14:52 app config മാറ്റി:

      DATABASE_URL=postgresql://kvc_app:@@secret@@@pg-replica.internal:5432/houseboat_bookings

**Follow-up**: UPS replace; failover doc എഴുതുക.
""", rand_pw(22))

add("yaml/circleci-docker-password", "auction/shop/.circleci/config.yml", "https://circleci.com/docs/private-images/",
    """\
version: 2.1
jobs:
  build:
    docker:
      - image: ghcr.io/mattancherry-spice/ci-node:20
        auth:
          username: mspice-bot
          password: @@secret@@
    steps:
      - checkout
      - run: npm ci && npm test
workflows:
  main:
    jobs: [build]
""", fakes.github_fine_grained_token(_seed()))

add("bitbucket/decoy-repository-variables", "website/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/",
    """\
image: php:8.2
pipelines:
  branches:
    main:
      - step:
          name: Deploy WordPress theme
          script:
            - pipe: atlassian/sftp-deploy:0.9.1
              variables:
                USER: $SFTP_USER
                SERVER: kettuvallamcruises.in
                REMOTE_PATH: /var/www/html/wp-content/themes/kvc
                PASSWORD: $SFTP_PASSWORD
""")

add("json/sftp-password", "website/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp#configuration",
    """\
{
    "name": "kvc-live (Vishnu - theme നേരിട്ട് upload)",
    "host": "kettuvallamcruises.in",
    "protocol": "sftp",
    "port": 22,
    "username": "kvcweb",
    "password": "@@secret@@",
    "remotePath": "/var/www/html/wp-content/themes/kvc",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
""", words_pw())

add("sql/linked-server-password", "auction/db/mssql/weighbridge_link.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql",
    """\
-- weighbridge DB ലേല DB-യുമായി link
EXEC sp_addlinkedserver @server = N'AUCTIONDB', @srvproduct = N'', @provider = N'MSDASQL',
     @datasrc = N'auction_mysql_dsn';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'AUCTIONDB', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'wb_link', @rmtpassword = N'@@secret@@';
SELECT TOP 5 * FROM OPENQUERY(AUCTIONDB, 'select lot_no, kg from lots order by id desc');
""", words_pw())

add("notebook/database-password", "auction/analytics/notebooks/cardamom_price_trend.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# ഏലം വില - 2024-2026 (AGEB 8mm)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, sqlalchemy as sa\\n",
    "eng = sa.create_engine('mysql+pymysql://report_ro:@@secret@@@auction-db.internal/spice_auction')\\n",
    "df = pd.read_sql('select auction_date, grade, avg_price from daily_grade_prices', eng)\\n",
    "df[df.grade == 'AGEB 8mm'].plot(x='auction_date', y='avg_price')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("csv/api-keys-export", "auction/ops/handover/dealer-api-keys.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """\
dealer_code,dealer_name,key_prefix,key,created
D-0113,Idukki Spices & Co,msk_live_,msk_live_****************,2025-03-02
D-0127,Kumily Traders,msk_live_,msk_live_****************,2025-06-19
D-0140,MSPICE internal QA,msk_live_,@@secret@@,2026-01-05
D-0152,Cochin Pepper Exports,msk_live_,msk_live_****************,2026-04-11
""", "msk_live_" + fakes.drawn_mixed(_seed(), 32))

add("env/gitlab-token", "auction/tools/.envrc", "https://direnv.net/man/direnv-stdlib.1.html",
    """\
# direnv - release script
export GITLAB_URL=https://gitlab.com
export GITLAB_PROJECT=mattancherry-spice/bidding-engine
export GITLAB_TOKEN=@@secret@@
export RELEASE_CHANNEL=stable
""", gitlab_token())

add("ansible/become-password", "infra/ansible/inventory/boats.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """\
# ബോട്ടുകളിലെ Raspberry Pi gateways (Tailscale IPs)
[boats]
punnamada-queen ansible_host=100.88.12.4
vembanad-pearl  ansible_host=100.88.12.5
kayal-rani      ansible_host=100.88.12.9

[boats:vars]
ansible_user=pi
ansible_become_pass=@@secret@@
""", words_pw())

add("xml/tomcat-datasource", "auction/legacy-portal/META-INF/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html",
    """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- പഴയ dealer portal (JSP) - 2014 മുതൽ -->
<Context>
  <Resource name="jdbc/auction" auth="Container" type="javax.sql.DataSource"
            maxTotal="20" maxIdle="5" maxWaitMillis="10000"
            username="portal" password="@@secret@@"
            driverClassName="com.mysql.cj.jdbc.Driver"
            url="jdbc:mysql://auction-db.internal:3306/spice_auction"/>
</Context>
""", words_pw())

add("dockerfile/env-password", "auction/erp-bridge/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """\
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# TODO: compose-ലേക്ക് മാറ്റുക
ENV TALLY_HOST=192.168.10.20 \\
    SAP_USER=manager \\
    SAP_PASSWORD=@@secret@@
COPY . .
CMD ["python", "-m", "erp_bridge"]
""", words_pw())

add("typescript/zoho-refresh-token", "booking/crm/src/zoho.ts", "https://www.zoho.com/crm/developer/docs/api/v6/refresh.html",
    """\
// enquiries Zoho CRM-ലേക്ക് lead ആയി
const ZOHO = {
  clientId: '1000.@@cid@@',
  clientSecret: process.env.ZOHO_CLIENT_SECRET ?? '',
  refreshToken: '@@secret@@',
  accounts: 'https://accounts.zoho.in',
};

export async function accessToken(): Promise<string> {
  const params = new URLSearchParams({ refresh_token: ZOHO.refreshToken, client_id: ZOHO.clientId, client_secret: ZOHO.clientSecret, grant_type: 'refresh_token' });
  const res = await fetch(`${ZOHO.accounts}/oauth/v2/token?${params}`, { method: 'POST' });
  return (await res.json()).access_token;
}
""", "1000." + hexs(32) + "." + hexs(32), cid=fakes.drawn(_seed(), 30, UPPER_NUM))

add("shell-history/mysql-password", "auction/ops/home/jithin/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """\
ssh bastion
kubectl -n auction get pods
kubectl -n auction logs deploy/bid-engine --tail=200
mysql -h auction-db.internal -u auction_ops --password=@@secret@@ spice_auction
kubectl -n auction rollout restart deploy/bid-engine
history | tail
""", rand_pw(16, "!#"))

add("github-actions/hardcoded-env", "auction/price-feed/.github/workflows/nightly.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#env",
    """\
name: nightly-price-export
on:
  schedule:
    - cron: '30 14 * * *'   # 20:00 IST
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      PRICE_DB_URL: postgres://price_feed:@@secret@@@pg.auction.mattancherryspice.in/prices
    steps:
      - uses: actions/checkout@v4
      - run: cargo run --release --bin export -- --date yesterday
""", rand_pw(20))

add("markdown/metabase-admin", "auction/docs/reports/metabase.md", "https://www.metabase.com/docs/latest/people-and-groups/managing",
    """\
# റിപ്പോർട്ടുകൾ - Metabase

URL: https://reports.mattancherryspice.in

| ആര് | login | password |
|-----|-------|----------|
| admin (Meera) | meera@mattancherryspice.in | SSO |
| accounts (shared) | accounts@mattancherryspice.in | `@@secret@@` |

ദിവസേനയുള്ള "Lot summary" dashboard 19:30-ന് mail ആയി പോകുന്നു.
""", words_pw())
