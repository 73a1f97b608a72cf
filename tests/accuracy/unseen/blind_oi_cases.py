"""Blind set OI: a Canggu surf school's bookings and an Ubud villa agency's channel manager.

The surf school (Ombak Becik Surf School, Canggu/Batu Bolong: booking site, WhatsApp reminders,
Midtrans/Xendit payments, board rental, instructor roster) and the villa agency (Villa Sari Ubud:
channel manager syncing Airbnb/Booking.com/Agoda/Traveloka, the housekeeping app "Resik" for the
cleaning staff, laundry and maintenance tickets), with notes and comments partly in Balinese and
Indonesian. About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8800000-8809999).
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
SEED_LO, SEED_HI = 8800000, 8809999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ombak", "Pantai", "Segara", "Jukung", "Canang", "Banjar", "Sawah", "Kelapa", "Papan",
         "Penyu", "Matahari", "Bulan", "Batu", "Pura", "Galungan", "Kuningan", "Nyepi", "Subak"]


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
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def midtrans_server(prefix: str = "Mid-server-") -> str:
    return prefix + fakes.drawn(_seed(), 24, ALNUM + "-_")


def xendit() -> str:
    return "xnd_production_" + fakes.drawn(_seed(), 60, ALNUM)


def twilio_token() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def wa_token() -> str:
    return mixed(190, "EAA")


def fonnte() -> str:
    return fakes.drawn(_seed(), 20, ALNUM + "!#+@")


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


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "-_")


def mapbox_sk() -> str:
    head = base64.urlsafe_b64encode(b'{"u":"ombakbecik","a":"clx' + rnd(10, "abcdefghijklmnopqrstuvwxyz0123456789").encode() + b'"}').decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def laravel_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return "base64:" + base64.b64encode(raw).decode()


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


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


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-oi/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- surf school: booking site and payments

add("python/midtrans-server-key", "ombak/booking/payments/midtrans.py", "https://docs.midtrans.com/docs/snap-snap-integration-guide", r'''
"""Pembayaran Snap Midtrans untuk booking les surfing."""
import midtransclient

# TODO(komang): pindahin ke env, sementara hardcode dulu biar bisa demo ke owner
snap = midtransclient.Snap(
    is_production=True,
    server_key="@@s@@",
    client_key="Mid-client-qR3vYb8_LmT2wXk9",
)


def create_transaction(booking):
    return snap.create_transaction({
        "transaction_details": {"order_id": booking.code, "gross_amount": booking.total_idr},
        "customer_details": {"first_name": booking.name, "email": booking.email},
    })
''', midtrans_server())

add("python/decoy-midtrans-client-key", "ombak/booking/payments/snap_frontend.py", "https://docs.midtrans.com/docs/snap-snap-integration-guide", r'''
"""Client key Midtrans itu publik, boleh ditaruh di template (dipakai snap.js di browser)."""
from django.conf import settings

MIDTRANS_CLIENT_KEY = "Mid-client-7hNf2KpQx_Wc4RtZ"
SNAP_JS = "https://app.midtrans.com/snap/snap.js"


def snap_context(request):
    # server key JANGAN di sini, cuma di settings.MIDTRANS_SERVER_KEY (dari env)
    return {"snap_js": SNAP_JS, "client_key": MIDTRANS_CLIENT_KEY,
            "server_key_set": bool(settings.MIDTRANS_SERVER_KEY)}
''')

add("env/xendit", "ombak/booking/.env.production", "https://docs.xendit.co/api-integration/api-keys", r'''
# Ombak Becik booking - production (Canggu)
DJANGO_SETTINGS_MODULE=ombak.settings.prod
ALLOWED_HOSTS=book.ombakbecik.com
DATABASE_URL=postgres://ombak@10.104.0.3:5432/ombak
XENDIT_SECRET_KEY=@@s@@
XENDIT_CALLBACK_TOKEN_FILE=/run/secrets/xendit_cb
TZ=Asia/Makassar
DEFAULT_CURRENCY=IDR
''', xendit())

add("env/decoy-example", "ombak/booking/.env.example", "https://12factor.net/config", r'''
# Salin ke .env lalu isi. Jangan commit .env asli ya!
DJANGO_SETTINGS_MODULE=ombak.settings.dev
DATABASE_URL=postgres://ombak:ombak@localhost:5432/ombak
XENDIT_SECRET_KEY=xnd_development_isi_dari_dashboard
MIDTRANS_SERVER_KEY=SB-Mid-server-xxxxxxxxxxxxxxxxxxxx
MIDTRANS_CLIENT_KEY=SB-Mid-client-xxxxxxxxxxxxxxxx
WHATSAPP_TOKEN=
TZ=Asia/Makassar
''')

add("js/xendit-invoice", "ombak/web/server/xendit.js", "https://docs.xendit.co/apidocs/create-invoice", r'''
// Buat invoice Xendit utk paket 5x lesson (Rp 2.250.000)
const axios = require('axios');

const XENDIT_KEY = '@@s@@';
const auth = Buffer.from(XENDIT_KEY + ':').toString('base64');

async function createInvoice(booking) {
  const res = await axios.post('https://api.xendit.co/v2/invoices', {
    external_id: `OMB-${booking.id}`,
    amount: booking.amountIdr,
    payer_email: booking.email,
    description: `Surf lesson ${booking.level} - Batu Bolong`,
  }, { headers: { Authorization: `Basic ${auth}` } });
  return res.data.invoice_url;
}

module.exports = { createInvoice };
''', xendit())

add("php/midtrans-config", "ombak/wp-content/plugins/ombak-booking/config.php", "https://github.com/Midtrans/midtrans-php", r'''
<?php
// Plugin booking Ombak Becik - konfigurasi Midtrans
// (dulu pakai WooCommerce, sekarang plugin sendiri)
\Midtrans\Config::$serverKey = '@@s@@';
\Midtrans\Config::$isProduction = true;
\Midtrans\Config::$isSanitized = true;
\Midtrans\Config::$is3ds = true;

define('OMBAK_CURRENCY', 'IDR');
define('OMBAK_DEPOSIT_PERCENT', 30);
''', midtrans_server())

add("php/decoy-getenv", "ombak/wp-content/plugins/ombak-booking/config.sample.php", "https://github.com/Midtrans/midtrans-php", r'''
<?php
// Contoh konfigurasi. Kunci diambil dari environment (wp-config / server), bukan ditulis di sini.
\Midtrans\Config::$serverKey = getenv('MIDTRANS_SERVER_KEY');
\Midtrans\Config::$isProduction = getenv('MIDTRANS_ENV') === 'production';
\Midtrans\Config::$isSanitized = true;
\Midtrans\Config::$is3ds = true;
// kalau kosong: cek /etc/ombak/env, bli Wayan yang set di server
''')

add("yaml/stripe-restricted", "ombak/booking/config/payments.yml", "https://docs.stripe.com/keys#limit-access", r'''
# Turis Aussie lebih suka bayar kartu, jadi selain Midtrans ada Stripe juga
providers:
  midtrans:
    enabled: true
    server_key_env: MIDTRANS_SERVER_KEY
  stripe:
    enabled: true
    currency: aud
    restricted_key: "@@s@@"   # rk hanya untuk checkout + refunds
    webhook_path: /hooks/stripe
''', stripe("rk_live_"))

add("yaml/decoy-stripe-publishable", "ombak/web/config/stripe.public.yml", "https://docs.stripe.com/keys", r'''
# Dipakai di frontend (Stripe.js). Publishable key memang publik.
stripe:
  publishable_key: pk_live_51NqZf2KcT8vHb3LwYd9pRmXs4Ue7Ga1JkQo6Nt2Vr5Cz8Wy0Hb
  locale: auto
  payment_method_types: [card]
  # secret key ada di SSM: /ombak/prod/stripe/secret
''')

add("python/django-secret", "ombak/booking/ombak/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.ombakbecik.com", "ombakbecik.com"]

# ampura, nanti diganti env var (Putu)
SECRET_KEY = "@@s@@"

TIME_ZONE = "Asia/Makassar"
LANGUAGE_CODE = "id"
CSRF_TRUSTED_ORIGINS = ["https://book.ombakbecik.com"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-secret-from-env", "ombak/booking/ombak/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
MIDTRANS_SERVER_KEY = os.environ.get("MIDTRANS_SERVER_KEY", "")
XENDIT_SECRET_KEY = os.environ.get("XENDIT_SECRET_KEY", "")
WHATSAPP_TOKEN = os.environ.get("WHATSAPP_TOKEN", "")

INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "bookings", "rentals", "roster"]
TIME_ZONE = "Asia/Makassar"
''')

add("python/whatsapp-cloud-token", "ombak/booking/notify/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
"""Kirim pengingat lesson via WhatsApp Cloud API (template 'pengingat_les')."""
import requests

PHONE_NUMBER_ID = "109238475610293"
TOKEN = "@@s@@"


def send_reminder(to, name, jam):
    # jam = "07:00" - pagi, ombak paling bagus pas low tide
    body = {
        "messaging_product": "whatsapp",
        "to": to,
        "type": "template",
        "template": {"name": "pengingat_les", "language": {"code": "id"},
                     "components": [{"type": "body", "parameters": [
                         {"type": "text", "text": name}, {"type": "text", "text": jam}]}]},
    }
    r = requests.post(f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
                      json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
''', wa_token())

add("python/fonnte-token", "ombak/scripts/wa_blast_fonnte.py", "https://docs.fonnte.com/api-send-message/", r'''
# Blast info "ombak besar besok, les dipindah ke Batu Bolong" lewat Fonnte
# (lebih murah daripada Cloud API buat grup instruktur)
import requests

FONNTE_TOKEN = "@@s@@"
GRUP = ["6281337xxxxxx", "6285792xxxxxx"]

for nomor in GRUP:
    requests.post("https://api.fonnte.com/send",
                  headers={"Authorization": FONNTE_TOKEN},
                  data={"target": nomor, "message": "Om swastiastu! Besok swell 2m, les pagi dipindah ke Batu Bolong."})
''', fonnte())

add("python/decoy-wa-template", "ombak/booking/notify/templates.py", "https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", r'''
"""Template WhatsApp yang sudah di-approve Meta (nama + bahasa)."""
TEMPLATES = {
    "pengingat_les": {"language": "id", "id": "1582937461029384"},
    "lesson_reminder": {"language": "en", "id": "1582937461029391"},
    "konfirmasi_booking": {"language": "id", "id": "977364528190374"},
}
WABA_ID = "112938475610284"
PHONE_NUMBER_ID = "109238475610293"
# token: settings.WHATSAPP_TOKEN (System User, disimpan di Secret Manager)
''')

add("json/twilio-sms", "ombak/booking/config/sms.json", "https://www.twilio.com/docs/iam/credentials/api", r'''
{
  "provider": "twilio",
  "account_sid": "@@sid@@",
  "auth_token": "@@s@@",
  "from": "+14155550199",
  "fallback_for": ["whatsapp"],
  "note": "SMS cuma buat tamu yg ga punya WA (jarang)"
}
''', twilio_token(), sid=twilio_sid())

add("ts/decoy-twilio-sid-only", "ombak/web/src/lib/contact.ts", "https://www.twilio.com/docs/glossary/what-is-a-sid", r'''
// Nomor & SID publik untuk tampilan halaman kontak (bukan kredensial)
export const CONTACT = {
  whatsapp: '+62 813-3700-4411',
  instagram: '@ombakbecik.surf',
  twilioMessagingServiceSid: 'MG4f1b7a9c2e3d8a6b5c0f9e1d2a3b4c5d',
  address: 'Jl. Pantai Batu Bolong No. 8, Canggu, Kuta Utara, Badung',
};

export const MAP_EMBED = 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3944.2!2d115.13!3d-8.65';
''')

add("sql/decoy-bcrypt-seed", "ombak/booking/db/seed_instructors.sql", "https://en.wikipedia.org/wiki/Bcrypt", r'''
-- Data awal instruktur (password awal = bcrypt, wajib ganti saat login pertama)
INSERT INTO instructors (name, phone, level, password_hash) VALUES
  ('Made Ombak', '+6281337000111', 'ISA Level 2', '$2b$12$Qk7R3uX1b9yTqZp0mW4eUe1cM6v8nD2hJ5aL9sF3gK7rT0yB6wE2'),
  ('Ketut Segara', '+6285792000222', 'ISA Level 1', '$2b$12$8Hn2Lq4xV7cR1tY9pZ3mWu0aB5dK6eF8gJ1hM4nP7qS2rT9vX3yC'),
  ('Nyoman Arus', '+6287861000333', 'Lifeguard', '$2b$12$Zc1Vb8Nm4Lk7Jh2Gf5Ds9Ap3Oi6Uy0Tr1Ew4Qx8Wz2Sa5Dc7Fv9G');
''')

add("sql/postgres-role", "ombak/booking/db/migrations/0009_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Role read-only untuk dashboard Metabase (laporan harian booking per spot)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE ombak TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON bookings, lessons, board_rentals, instructors TO metabase_ro;
-- tiang sampun ngaturang ke Gede password-nya lewat WA
''', pw())

add("yaml/compose-postgres", "ombak/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: ombak
      POSTGRES_USER: ombak
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    env_file: .env
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  pgdata: {}
''', words_pw())

add("yaml/decoy-compose-secrets", "ombak/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: ombak
      POSTGRES_USER: ombak
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  web:
    image: registry.gitlab.com/ombakbecik/booking:${TAG}
    environment:
      DATABASE_URL: postgres://ombak@db:5432/ombak
      DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY:?isi dulu}
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
''')

add("ini/alembic-url", "ombak/rentals/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html", r'''
[alembic]
script_location = migrations
# DB sewa papan (board rental) - beda server dgn booking
sqlalchemy.url = postgresql+psycopg2://rental_admin:@@s@@@db-rental.ombakbecik.internal:5432/rental

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
''', pw())

add("toml/decoy-poetry", "ombak/rentals/pyproject.toml", "https://python-poetry.org/docs/pyproject/", r'''
[tool.poetry]
name = "ombak-rentals"
version = "0.7.2"
description = "Sewa papan & wetsuit - Ombak Becik"
authors = ["Putu Ari <putu@ombakbecik.com>"]

[tool.poetry.dependencies]
python = "^3.11"
sqlalchemy = "^2.0"
psycopg2-binary = "^2.9"
midtransclient = "^1.3"

[[tool.poetry.source]]
name = "gitlab"
url = "https://gitlab.com/api/v4/projects/48213377/packages/pypi/simple"
priority = "supplemental"
''')

add("md/decoy-readme-docs", "ombak/booking/README.md", "https://docs.midtrans.com/docs/snap-snap-integration-guide", r'''
# Ombak Becik - Booking

Sistem booking les surfing & sewa papan (Canggu / Batu Bolong / Echo Beach).

## Setup lokal

```bash
cp .env.example .env
# isi MIDTRANS_SERVER_KEY dengan sandbox key kamu sendiri, contoh: SB-Mid-server-<key dari dashboard>
docker compose up -d db
python manage.py migrate
```

Kunci production ada di GCP Secret Manager (`projects/ombak-prod/secrets/*`). Tanya Putu kalau butuh akses.
''')

# ---------------------------------------------------------------- surf school: infra, CI, ops

add("gitlab-ci/docker-pat", "ombak/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
stages: [test, build, deploy]

variables:
  IMAGE: ombakbecik/booking

test:
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - python manage.py test

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    # sementara, nanti pindah ke CI/CD variables (Gede)
    - echo "@@s@@" | docker login -u ombakbecik --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', docker_pat())

add("github-actions/decoy-secrets-ref", "ombak/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy ke droplet Singapore
        uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{ secrets.DROPLET_HOST }}
          username: deploy
          key: ${{ secrets.DEPLOY_SSH_KEY }}
          script: cd /srv/ombak && git pull && docker compose up -d --build
''')

add("sh/do-token", "ombak/infra/snapshot_droplet.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
#!/usr/bin/env bash
# Snapshot droplet tiap malam sebelum high season (Juli-Agustus rame)
set -euo pipefail

DO_TOKEN="@@s@@"
DROPLET_ID=389201774

curl -s -X POST "https://api.digitalocean.com/v2/droplets/${DROPLET_ID}/actions" \
  -H "Authorization: Bearer ${DO_TOKEN}" \
  -H "Content-Type: application/json" \
  -d "{\"type\":\"snapshot\",\"name\":\"ombak-$(date +%F)\"}"
''', do_token())

add("tf/decoy-do-var", "ombak/infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

variable "do_token" {
  type      = string
  sensitive = true
}

provider "digitalocean" {
  token = var.do_token
}

resource "digitalocean_droplet" "booking" {
  name   = "ombak-booking-sgp1"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
  ssh_keys = ["3f:1a:9c:7e:22:b4:5d:80:6e:11:a9:c3:f0:47:d2:8b"]
}
''')

add("tfvars/cloudflare-token", "ombak/infra/prod.auto.tfvars", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# prod - Ombak Becik (jangan lupa: file ini harusnya di .gitignore...)
region          = "sgp1"
domain          = "ombakbecik.com"
cloudflare_zone = "a7c31e09f4b2d8e6c5a1f0b9d3e7c2a4"
cloudflare_api_token = "@@s@@"
alert_email     = "ops@ombakbecik.com"
''', cloudflare())

add("nginx/decoy-htpasswd-ref", "ombak/infra/nginx/admin.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name admin.ombakbecik.com;

    ssl_certificate     /etc/letsencrypt/live/ombakbecik.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/ombakbecik.com/privkey.pem;

    location / {
        auth_basic "Ombak Admin";
        auth_basic_user_file /etc/nginx/.htpasswd_admin;
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
    }
}
''')

add("htpasswd/decoy-apr1", "ombak/infra/nginx/htpasswd.example", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# contoh format saja - file asli ada di server (/etc/nginx/.htpasswd_admin)
# dibuat dengan: htpasswd -c .htpasswd_admin putu
putu:$apr1$r8Qe2mZk$9vNcX3pL1aW7tYbH0dKfG.
gede:$apr1$Tq5wBv1n$J2sLm8XcR4eP7aQz9uYkN1
komang:$apr1$Hd3kLp9z$Wq7Xn2Vb5Ce8Rt1Ym4Ua0/
''')

add("sh-history/mysql-password", "ombak/notes/ssh_session_wayan.txt", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html", r'''
# history server lama (VPS Niagahoster) sebelum migrasi, disimpen buat referensi
  501  cd /home/ombak/public_html
  502  ls -la wp-content/uploads/2023
  503  mysqldump -u ombak_wp -p'@@s@@' ombak_wp > /root/backup_wp_2024-01.sql
  504  gzip /root/backup_wp_2024-01.sql
  505  scp /root/backup_wp_2024-01.sql.gz deploy@159.89.xxx.xxx:/srv/backup/
  506  exit
''', words_pw())

add("php/wp-config", "ombak/legacy-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Situs lama ombakbecik.com (WordPress) - masih dipakai utk blog */
define( 'DB_NAME', 'ombak_wp' );
define( 'DB_USER', 'ombak_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'ob_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'id_ID' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw())

add("php/decoy-wp-salts-placeholder", "ombak/legacy-wp/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'wp_';
''')

_xk = xendit()
add("yaml/k8s-secret-b64", "ombak/k8s/booking-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-env
  namespace: ombak
type: Opaque
data:
  # base64 - dibuat dgn: echo -n ... | base64
  XENDIT_SECRET_KEY: @@enc@@
  TZ: QXNpYS9NYWthc3Nhcg==
''', _xk, enc=b64(_xk))

add("yaml/decoy-k8s-secretkeyref", "ombak/k8s/booking-deploy.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking
  namespace: ombak
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking}
  template:
    metadata:
      labels: {app: booking}
    spec:
      containers:
        - name: web
          image: ombakbecik/booking:1.14.0
          env:
            - name: XENDIT_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: booking-env, key: XENDIT_SECRET_KEY}
            - name: TZ
              value: Asia/Makassar
''')

add("yaml/decoy-sealed-secret", "ombak/k8s/whatsapp-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: whatsapp
  namespace: ombak
spec:
  encryptedData:
    WHATSAPP_TOKEN: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq9Nn2cX1Sj7FqW0Yk1Lm8oP3rT6vU9xZ2aB5cD8eF1gH4iJ7kL0mN3oP6qR9sT2uV5wX8yZ1aB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ0aB3cD6eF9gH2iJ5kL8mN1oP4qR7s
  template:
    metadata:
      name: whatsapp
''')

add("python/decoy-sentry-dsn-env", "ombak/booking/ombak/sentry.py", "https://docs.sentry.io/platforms/python/integrations/django/", r'''
import os

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

# DSN dari env; kalau kosong (lokal) sentry mati
sentry_sdk.init(
    dsn=os.getenv("SENTRY_DSN"),
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.1,
    environment=os.getenv("APP_ENV", "dev"),
)
''')

add("python/telegram-bot", "ombak/bots/surf_report_bot.py", "https://core.telegram.org/bots/api", r'''
"""Bot Telegram laporan ombak pagi utk instruktur (swell, angin, pasang surut)."""
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1001938475610


def kirim_laporan(teks: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": teks, "parse_mode": "Markdown"}, timeout=10)


if __name__ == "__main__":
    kirim_laporan("*Batu Bolong* 06:00 - swell 1.2m @ 14s, angin offshore. Rahajeng semeng!")
''', fakes.telegram_token(_seed()))

add("js/decoy-surf-api-public", "ombak/web/src/lib/forecast.js", "https://open-meteo.com/en/docs/marine-weather-api", r'''
// Forecast ombak dari Open-Meteo Marine (gratis, tanpa API key)
const SPOTS = {
  batuBolong: { lat: -8.6591, lon: 115.1303 },
  echoBeach: { lat: -8.6555, lon: 115.1244 },
  kuta: { lat: -8.7180, lon: 115.1686 },
};

export async function swell(spot) {
  const { lat, lon } = SPOTS[spot];
  const url = `https://marine-api.open-meteo.com/v1/marine?latitude=${lat}&longitude=${lon}&hourly=wave_height,wave_period`;
  const res = await fetch(url);
  return res.json();
}
''')

add("kotlin/google-maps-key", "ombak/android/app/src/main/java/com/ombakbecik/app/MapsConfig.kt", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", r'''
package com.ombakbecik.app

// Key untuk Places API (server-side di app ojek jemputan). Belum dibatasi per app, nanti ya
object MapsConfig {
    const val PLACES_KEY = "@@s@@"
    const val DEFAULT_LAT = -8.6591
    const val DEFAULT_LNG = 115.1303
    const val PICKUP_RADIUS_M = 15000
}
''', google_api())

add("xml/decoy-android-manifest-placeholder", "ombak/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/config", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application
        android:label="Ombak Becik"
        android:icon="@mipmap/ic_launcher">
        <!-- diisi dari local.properties lewat secrets-gradle-plugin -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("properties/keystore-password", "ombak/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Upload key Play Store - Ombak Becik app
storeFile=../keys/ombak-upload.jks
storePassword=@@s@@
keyAlias=ombak-upload
keyPassword=@@s@@
''', words_pw())

add("gradle/decoy-local-properties", "ombak/android/local.properties.example", "https://developer.android.com/studio/build#properties-files", r'''
## Salin jadi local.properties (file ini tidak di-commit)
sdk.dir=/Users/NAMA_KAMU/Library/Android/sdk
MAPS_API_KEY=AIza_ISI_DENGAN_KEY_DEBUG_KAMU
# release key: dari CI (secret MAPS_API_KEY_RELEASE)
# key debug dibatasi SHA-1 debug keystore masing2
''')

# ---------------------------------------------------------------- surf school: notes, chats, office files

add("md/notes-ops-password", "ombak/notes/serah-terima-admin.md", "https://support.google.com/a/answer/33319", r'''
# Serah terima admin (Komang -> Dewi), Maret

- Email ops: ops@ombakbecik.com (Google Workspace), 2FA ke HP kantor (Samsung A14 di laci)
- Password Workspace ops sementara: `@@s@@` - Dewi tolong ganti setelah login
- Akun Instagram: tanya Pak Gede, beliau pegang
- Midtrans dashboard: login pakai ops@, key di Secret Manager
- Jadwal instruktur: Google Sheet "Roster Ombak 2025"

Suksma Dewi, semoga lancar!
''', words_pw())

add("md/decoy-notes-rotated", "ombak/notes/insiden-2024-11-token-wa.md", "https://developers.facebook.com/docs/whatsapp/business-management-api/get-started#1--acquire-an-access-token-using-a-system-user-or-facebook-login", r'''
# Insiden 2024-11-02: token WhatsApp bocor di screenshot

Kronologi:
- 09:10 Komang kirim screenshot Postman ke grup instruktur, token kelihatan.
- 09:25 Putu revoke token System User di Business Manager.
- 09:40 Token baru dibuat, disimpan di Secret Manager `whatsapp-token` versi 7.
- 10:00 Deploy ulang booking, pengingat jalan lagi.

Pelajaran: jangan screenshot Postman. Token lama sudah mati, tidak perlu dicatat di sini.
''')

add("txt/chat-export-password", "ombak/notes/WhatsApp Chat with Tim Instruktur.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/03/25, 06.12 - Made Ombak: Rahajeng semeng semeton! Swell pagi ini mantap 🌊
12/03/25, 06.15 - Ketut Segara: Nggih bli, sy ambil grup jam 7
12/03/25, 06.31 - Dewi Admin: Tablet booking di pos logout lagi, ada yg tau password akun kiosk?
12/03/25, 06.33 - Putu Ari: user kiosk@ombakbecik.com pw @@s@@
12/03/25, 06.33 - Putu Ari: jangan disebar ya 🙏
12/03/25, 06.34 - Dewi Admin: Suksma bli 🙏
12/03/25, 07.02 - Made Ombak: Grup 1 sampun di air
''', words_pw())

add("txt/decoy-chat-otp-expired", "ombak/notes/WhatsApp Chat with Owner.txt", "https://faq.whatsapp.com/1180414079177245", r'''
05/01/25, 10.02 - Pak Gede: Komang, kode verifikasi Midtrans masuk ke hp bapak
05/01/25, 10.02 - Pak Gede: 482913
05/01/25, 10.03 - Komang: Suksma pak, sampun masuk 🙏
05/01/25, 10.15 - Pak Gede: Nanti password dashboard ganti ya, simpan di Bitwarden saja
05/01/25, 10.16 - Komang: Nggih pak, sampun di Bitwarden folder "Ombak - Payment"
''')

add("csv/decoy-bookings", "ombak/exports/bookings_2025-03-12.csv", "https://docs.python.org/3/library/csv.html", r'''
booking_code,name,country,spot,level,time,board,paid_idr,midtrans_order_id,transaction_id
OMB-25031201,Liam Carter,AU,Batu Bolong,beginner,07:00,8ft soft,450000,OMB-25031201,7f3e9b21-4c6d-4a1e-9e2f-0b8c5d3a1e77
OMB-25031202,Sakura Ito,JP,Batu Bolong,beginner,07:00,8ft soft,450000,OMB-25031202,a1d4c8e2-9b7f-4f3a-8c1d-2e5b7a9c0f14
OMB-25031203,Jonas Weber,DE,Echo Beach,intermediate,09:30,7ft mini mal,550000,OMB-25031203,3c9e1a7b-5d2f-4e8c-b6a1-9f0d2c4e8b53
OMB-25031204,Ayu Lestari,ID,Batu Bolong,beginner,15:00,8ft soft,350000,OMB-25031204,e8b2f4a6-1c3d-4b9e-a7f5-6d0c8e2b4a91
''')

add("csv/staff-accounts", "ombak/exports/akun_staff_pos.csv", "https://support.google.com/a/answer/40057", r'''
nama,peran,username,password_awal,catatan
Dewi,admin,dewi@ombakbecik.com,(sudah ganti),
Ketut Segara,instruktur,ketut@ombakbecik.com,(sudah ganti),
Nyoman Arus,lifeguard,nyoman@ombakbecik.com,@@s@@,belum login
Wayan Papan,rental,wayan@ombakbecik.com,(sudah ganti),
''', words_pw())

add("eml/smtp-password", "ombak/notes/email_dari_hosting.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Support Hosting <support@rumahweb.example>
To: ops@ombakbecik.com
Subject: Akun email baru info@ombakbecik.com
Date: Tue, 14 Jan 2025 09:12:44 +0800
Content-Type: text/plain; charset=utf-8

Halo Ombak Becik,

Akun email berikut sudah aktif:

  Email    : info@ombakbecik.com
  Password : @@s@@
  SMTP     : mail.ombakbecik.com port 465 (SSL)
  IMAP     : mail.ombakbecik.com port 993 (SSL)

Silakan segera ganti password melalui webmail.

Salam,
Tim Support
''', pw())

add("eml/decoy-reset-link-expired", "ombak/notes/reset_password_xendit.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Xendit <no-reply@xendit.co>
To: ops@ombakbecik.com
Subject: Reset your Xendit password
Date: Mon, 03 Feb 2025 08:01:10 +0800

Hi Ombak Becik,

We received a request to reset your password. This link expires in 30 minutes
and can be used once. (Sudah dipakai tgl 3 Feb - Dewi)

If you did not request this, please ignore this email.
''')

add("log/decoy-masked-key", "ombak/logs/booking-2025-03-12.log", "https://docs.python.org/3/library/logging.html", r'''
2025-03-12 06:58:01,114 INFO bookings.views created OMB-25031201 spot=batu-bolong slot=07:00
2025-03-12 06:58:02,371 INFO payments.midtrans snap token issued order=OMB-25031201 key=Mid-server-****Qx9a
2025-03-12 06:59:40,020 INFO payments.midtrans notification order=OMB-25031201 status=settlement signature=ok
2025-03-12 07:00:05,881 INFO notify.whatsapp sent template=pengingat_les to=+61******812 id=wamid.HBgLNjE0MTIzNDU2NzgVAgARGBI3QTk1
2025-03-12 07:01:12,447 WARNING payments.xendit retry invoice OMB-25031203 (HTTP 503)
''')

add("log/smtp-auth-debug", "ombak/logs/smtp_debug_2025-01-15.log", "https://www.rfc-editor.org/rfc/rfc4616", r'''
send: 'ehlo booking-sgp1\r\n'
reply: b'250-mail.ombakbecik.com Hello booking-sgp1\r\n'
reply: b'250-AUTH PLAIN LOGIN\r\n'
reply: b'250 HELP\r\n'
send: 'AUTH PLAIN @@s@@\r\n'
reply: b'235 Authentication succeeded\r\n'
send: 'mail FROM:<info@ombakbecik.com>\r\n'
reply: b'250 OK\r\n'
''', b64("\0info@ombakbecik.com\0" + words_pw()))

add("ipynb/openai-key", "ombak/analytics/ulasan_google_sentimen.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Analisis ulasan Google Maps (sentimen, bahasa campur)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "from openai import OpenAI\n",
              "client = OpenAI(api_key=\"@@s@@\")\n",
              "df = pd.read_csv('ulasan_2024.csv')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df['sentimen'] = df.ulasan.apply(lambda t: klasifikasi(client, t))"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("ipynb/decoy-getpass", "ombak/analytics/ringkasan_booking.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, os\n", "os.environ['OPENAI_API_KEY'] = getpass.getpass('OpenAI key: ')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["1532 booking, 61% beginner\n"]}],
   "source": ["print(f\"{len(df)} booking, {beg:.0%} beginner\")"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''')

add("rb/decoy-fixture-fake", "ombak/roster-app/spec/fixtures/payments.yml", "https://guides.rubyonrails.org/testing.html#the-low-down-on-fixtures", r'''
# Fixture test - SEMUA DATA PALSU (jangan dipakai ke API beneran)
midtrans_settlement:
  order_id: OMB-TEST-0001
  server_key: "SB-Mid-server-TEST-FAKE-0000"
  status: settlement
  gross_amount: "450000.00"
  signature_key: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
''')

add("rb/rails-master-key", "ombak/roster-app/config/master.key.bak", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
@@s@@
# ^ backup master.key roster-app (Komang, sebelum ganti laptop)
# jangan di-commit... (lupa masuk .gitignore)
# roster-app: jadwal instruktur + absensi
# deploy: kamal, server sgp1
''', hexs(32))

add("yaml/decoy-rails-credentials-enc", "ombak/roster-app/config/deploy.yml", "https://kamal-deploy.org/docs/configuration/environment-variables/", r'''
service: roster
image: ombakbecik/roster
servers:
  web:
    - 159.89.20.41
registry:
  username: ombakbecik
  password:
    - KAMAL_REGISTRY_PASSWORD
env:
  clear:
    RAILS_LOG_TO_STDOUT: "1"
    TZ: Asia/Makassar
  secret:
    - RAILS_MASTER_KEY
    - DATABASE_URL
''')

add("go/redis-url", "ombak/slots/cmd/slots/main.go", "https://redis.io/docs/latest/develop/connect/clients/go/", r'''
package main

// Service kecil: kunci slot lesson biar ga double booking (papan & instruktur terbatas)
import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	opt, err := redis.ParseURL("rediss://default:@@s@@@redis-14721.c295.ap-southeast-1-1.ec2.cloud.redislabs.com:14721/0")
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatal(err)
	}
	log.Println("slots siap")
}
''', fakes.redis_password(_seed()))

add("go/decoy-redis-env", "ombak/slots/internal/store/store.go", "https://redis.io/docs/latest/develop/connect/clients/go/", r'''
package store

import (
	"os"

	"github.com/redis/go-redis/v9"
)

// New membaca REDIS_URL dari env (di-inject dari Secret Manager waktu deploy).
func New() (*redis.Client, error) {
	opt, err := redis.ParseURL(os.Getenv("REDIS_URL"))
	if err != nil {
		return nil, err
	}
	return redis.NewClient(opt), nil
}
''')

add("yaml/sendgrid-settings", "ombak/booking/config/email.yaml", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api", r'''
# Email konfirmasi booking (EN + ID)
email:
  backend: smtp
  host: smtp.sendgrid.net
  port: 587
  username: apikey
  password: @@s@@
  from: "Ombak Becik Surf School <booking@ombakbecik.com>"
  reply_to: info@ombakbecik.com
''', sendgrid())

add("yaml/decoy-email-vault", "ombak/booking/config/email.staging.yaml", "https://developer.hashicorp.com/vault/docs/secrets/kv", r'''
email:
  backend: smtp
  host: smtp.sendgrid.net
  port: 587
  username: apikey
  password: "{{ vault 'secret/data/ombak/staging/sendgrid#api_key' }}"
  from: "Ombak Becik (staging) <staging@ombakbecik.com>"
''')

add("rs/decoy-hash-const", "ombak/slots/src/checksum.rs", "https://docs.rs/sha2/latest/sha2/", r'''
//! Cek integritas file roster yang diupload dari tablet pos.
use sha2::{Digest, Sha256};

/// SHA-256 template roster kosong (versi 2025), buat deteksi upload kosong.
pub const EMPTY_ROSTER_SHA256: &str =
    "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdaf8a2";

pub fn is_empty_template(bytes: &[u8]) -> bool {
    let digest = Sha256::digest(bytes);
    hex::encode(digest) == EMPTY_ROSTER_SHA256
}
''')

# ---------------------------------------------------------------- villa agency: channel manager

add("python/channex-key", "villasari/channel/channex_client.py", "https://docs.channex.io/api-v.1-documentation/api-reference", r'''
"""Sinkron availability & rate ke Channex (Airbnb, Booking.com, Agoda lewat satu pintu)."""
import httpx

BASE = "https://app.channex.io/api/v1"
USER_API_KEY = "@@s@@"   # Made: key akun agency, full access

client = httpx.Client(base_url=BASE, headers={"user-api-key": USER_API_KEY}, timeout=20)


def push_availability(room_type_id: str, date_from: str, date_to: str, jumlah: int):
    return client.post("/availability", json={"values": [{
        "property_id": "b1f4c0a2-9e7d-4c3b-8a1f-6d2e5c9b0a47",
        "room_type_id": room_type_id, "date_from": date_from, "date_to": date_to,
        "availability": jumlah}]})
''', mixed(32))

add("python/decoy-channex-ids", "villasari/channel/mapping.py", "https://docs.channex.io/", r'''
"""Peta villa -> room type Channex -> listing OTA. ID saja, bukan kunci."""
VILLAS = {
    "villa-sari-1": {"room_type_id": "0c7d1e9a-3b4f-4a2c-9e8d-5f6a7b8c9d0e", "airbnb": "53921847", "booking": "9182736", "agoda": "28374651"},
    "villa-sari-2": {"room_type_id": "2a9b8c7d-6e5f-4d3c-8b1a-0f9e8d7c6b5a", "airbnb": "53921901", "booking": "9182741", "agoda": "28374690"},
    "villa-tegal":  {"room_type_id": "7e6d5c4b-3a2f-4e1d-9c0b-8a7f6e5d4c3b", "airbnb": "61029384", "booking": "9204417", "agoda": "29011842"},
}
# Villa Tegal = yang dekat sawah Tegallalang, kolam infinity
''')

add("env/beds24", "villasari/channel/.env", "https://beds24.com/api/v2/", r'''
# channel manager - Villa Sari Ubud
APP_ENV=production
BEDS24_REFRESH_TOKEN=@@s@@
BEDS24_PROPERTY_IDS=184220,184221,190377
SYNC_INTERVAL_MIN=5
TZ=Asia/Makassar
# ical Airbnb masih dipakai buat villa-tegal (belum connect API)
''', fakes.drawn(_seed(), 128, ALNUM))

add("xml/booking-com-ota", "villasari/channel/ota/booking_com_availability.xml", "https://developers.booking.com/connectivity/docs/ota-hotelavailnotif", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- contoh request yg berhasil (Made simpan utk debug), 2025-02-10 -->
<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0">
  <POS>
    <Source>
      <RequestorID ID="villasari_xml" MessagePassword="@@s@@"/>
    </Source>
  </POS>
  <AvailStatusMessages HotelCode="9182736">
    <AvailStatusMessage>
      <StatusApplicationControl Start="2025-03-01" End="2025-03-05" InvTypeCode="VSARI1"/>
      <RestrictionStatus Status="Close"/>
    </AvailStatusMessage>
  </AvailStatusMessages>
</OTA_HotelAvailNotifRQ>
''', pw())

add("xml/decoy-ota-redacted", "villasari/channel/ota/booking_com_rate_sample.xml", "https://developers.booking.com/connectivity/docs/ota-hotelratenotif", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Contoh dari dokumentasi, kredensial dikosongkan -->
<OTA_HotelRateAmountNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0">
  <POS><Source><RequestorID ID="${BOOKING_XML_USER}" MessagePassword="${BOOKING_XML_PASSWORD}"/></Source></POS>
  <RateAmountMessages HotelCode="9182736">
    <RateAmountMessage>
      <StatusApplicationControl Start="2025-07-01" End="2025-08-31" InvTypeCode="VSARI1" RatePlanCode="STD"/>
      <Rates><Rate><BaseByGuestAmts><BaseByGuestAmt AmountAfterTax="4500000" CurrencyCode="IDR"/></BaseByGuestAmts></Rate></Rates>
    </RateAmountMessage>
  </RateAmountMessages>
</OTA_HotelRateAmountNotifRQ>
''')

add("yaml/agoda-ycs", "villasari/channel/config/agoda.yml", "https://developer.agoda.com/supply/", r'''
# Agoda YCS - koneksi langsung (Channex belum support semua rate plan Agoda)
agoda:
  hotel_ids: [28374651, 28374690, 29011842]
  api_key: "@@s@@"
  endpoint: https://supply.agoda.com/api
  # niki kunci dari account manager Agoda (Bu Rina), dikirim via email
  push_rates: true
''', uuid_s())

add("yaml/decoy-traveloka-ids", "villasari/channel/config/traveloka.yml", "https://tera.traveloka.com/", r'''
# Traveloka TERA - hanya ID properti; login TERA pakai akun masing-masing (SSO)
traveloka:
  property_ids:
    villa-sari-1: 3000010029384
    villa-sari-2: 3000010029391
    villa-tegal: 3000010041127
  sync: manual
  catatan: "Update harga Traveloka masih manual tiap Senin (Wayan)"
''')

add("ts/smoobu-key", "villasari/channel/src/smoobu.ts", "https://docs.smoobu.com/", r'''
// Smoobu dipakai villa partner (Villa Tirta, Canggu) - kita tarik booking mereka utk housekeeping
const SMOOBU_API_KEY = '@@s@@';

export async function reservations(from: string, to: string) {
  const res = await fetch(`https://login.smoobu.com/api/reservations?from=${from}&to=${to}`, {
    headers: { 'Api-Key': SMOOBU_API_KEY, 'Cache-Control': 'no-cache' },
  });
  if (!res.ok) throw new Error(`Smoobu ${res.status}`);
  return (await res.json()).bookings;
}
''', mixed(40))

add("ts/decoy-ical-public-export", "villasari/channel/src/ical.ts", "https://www.airbnb.com/help/article/99", r'''
// Export kalender kita sendiri (publik, read-only, tidak berisi data tamu)
export const OUR_ICAL_FEEDS = {
  'villa-sari-1': 'https://villasariubud.com/ical/villa-sari-1.ics',
  'villa-sari-2': 'https://villasariubud.com/ical/villa-sari-2.ics',
  'villa-tegal': 'https://villasariubud.com/ical/villa-tegal.ics',
};

// Import iCal dari Airbnb dibaca dari env AIRBNB_ICAL_<VILLA> (URL-nya ada token, jgn ditaruh sini)
export const importUrl = (villa: string) => process.env[`AIRBNB_ICAL_${villa.toUpperCase().replace(/-/g, '_')}`];
''')

add("json/cloudbeds-oauth", "villasari/channel/config/cloudbeds.json", "https://developers.cloudbeds.com/docs/authentication", r'''
{
  "note": "Cloudbeds dipakai Villa Bukit (klien baru, Uluwatu). OAuth app kita:",
  "client_id": "villasari_channel_mgr_Xb7kQ2",
  "client_secret": "@@s@@",
  "redirect_uri": "https://channel.villasariubud.com/oauth/cloudbeds/callback",
  "scopes": ["read:reservation", "write:reservation", "read:room", "write:rate"]
}
''', mixed(32))

add("json/decoy-oauth-no-secret", "villasari/channel/config/cloudbeds.public.json", "https://developers.cloudbeds.com/docs/authentication", r'''
{
  "client_id": "villasari_channel_mgr_Xb7kQ2",
  "client_secret": "<disimpan di AWS Secrets Manager: villasari/prod/cloudbeds>",
  "redirect_uri": "https://channel.villasariubud.com/oauth/cloudbeds/callback",
  "scopes": ["read:reservation", "write:reservation", "read:room", "write:rate"],
  "pkce": true
}
''')

add("python/pg-dsn", "villasari/channel/db.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", r'''
import psycopg

# DB channel manager (RDS Singapore). TODO: pakai IAM auth
DSN = "host=villasari-prod.cq8xk2mzp1ab.ap-southeast-1.rds.amazonaws.com dbname=channel user=channel_app password=@@s@@ sslmode=require"


def conn():
    return psycopg.connect(DSN, autocommit=True)
''', pw())

add("python/decoy-pg-iam", "villasari/channel/db_iam.py", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Connecting.Python.html", r'''
import boto3
import psycopg

HOST = "villasari-prod.cq8xk2mzp1ab.ap-southeast-1.rds.amazonaws.com"


def conn():
    # token IAM berlaku 15 menit, dibuat tiap koneksi - tidak ada password tersimpan
    token = boto3.client("rds", region_name="ap-southeast-1").generate_db_auth_token(
        DBHostname=HOST, Port=5432, DBUsername="channel_app")
    return psycopg.connect(host=HOST, dbname="channel", user="channel_app", password=token, sslmode="require")
''')

add("ini/aws-credentials", "villasari/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-southeast-1

[villasari-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ap-southeast-1
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "villasari/ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile villasari-prod]
sso_session = villasari
sso_account_id = 482913740256
sso_role_name = AdministratorAccess
region = ap-southeast-1

[sso-session villasari]
sso_start_url = https://villasari.awsapps.com/start
sso_region = ap-southeast-1
sso_registration_scopes = sso:account:access
''')

add("sh/aws-export", "villasari/ops/backup_foto_ke_s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
#!/bin/sh
# Backup foto housekeeping (bukti kamar bersih) ke S3 tiap jam 2 pagi
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=ap-southeast-1

aws s3 sync /srv/resik/uploads s3://villasari-resik-foto/$(date +%Y/%m) --storage-class STANDARD_IA
# sampun, jangan lupa cek lifecycle 90 hari
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/decoy-iam-policy", "villasari/ops/aws/resik-upload-policy.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ResikUploadFoto",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::villasari-resik-foto/*"
    }
  ]
}
''')

add("python/session-token", "villasari/ops/tmp_creds_debug.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html", r'''
# debug presign foto, kredensial sementara dari `aws sts assume-role` (Made, jgn dicommit...)
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@s@@",
)
print(s3.generate_presigned_url("get_object", Params={"Bucket": "villasari-resik-foto", "Key": "2025/03/villa-tegal/kamar1.jpg"}))
''', fakes.aws_session_token(_seed()), kid="ASIA" + rnd(16, UPPER), sk=fakes.aws_secret_key(_seed()))

add("txt/decoy-presigned-url", "villasari/ops/notes/link_foto_untuk_owner.txt", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", r'''
Pak Robert (owner Villa Tegal) minta foto kerusakan pintu kamar mandi.
Link presigned (kadaluarsa 7 hari, sudah lewat):
https://villasari-resik-foto.s3.ap-southeast-1.amazonaws.com/2025/02/villa-tegal/pintu.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA5XKQ7ZP2MB4RNW3T%2F20250214%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Date=20250214T021500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=9c1e7a3b5d2f4e6a8c0b1d3f5e7a9c2b4d6f8e0a1c3e5b7d9f2a4c6e8b0d1f3a

Kalau perlu lagi, generate baru dari admin Resik.
''')

# ---------------------------------------------------------------- villa agency: housekeeping app "Resik"

add("env/laravel-app-key", "villasari/resik-api/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME=Resik
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://resik.villasariubud.com
APP_LOCALE=id

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=resik
DB_USERNAME=resik
DB_PASSWORD=${RESIK_DB_PASSWORD}
''', laravel_key())

add("env/decoy-laravel-example", "villasari/resik-api/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME=Resik
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=resik
DB_USERNAME=root
DB_PASSWORD=

# jalankan: php artisan key:generate
ONESIGNAL_APP_ID=
ONESIGNAL_REST_API_KEY=
''')

add("php/mysql-password", "villasari/resik-api/config/database.php", "https://laravel.com/docs/11.x/database#configuration", r'''
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'resik'),
            'username' => env('DB_USERNAME', 'resik'),
            // fallback sementara, env di server kadang ga kebaca (Kadek)
            'password' => env('DB_PASSWORD', '@@s@@'),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
''', words_pw())

add("php/onesignal-key", "villasari/resik-api/app/Services/PushNotif.php", "https://documentation.onesignal.com/reference/create-notification", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

// Kirim notif ke HP tim resik: "Villa Tegal checkout jam 11, mohon dibersihkan"
class PushNotif
{
    private const APP_ID = '5f2c8a91-3d47-4e6b-9a1c-7e0d4b2f8c63';
    private const REST_KEY = '@@s@@';

    public function kirim(array $playerIds, string $judul, string $pesan): void
    {
        Http::withHeaders(['Authorization' => 'Key ' . self::REST_KEY])
            ->post('https://api.onesignal.com/notifications', [
                'app_id' => self::APP_ID,
                'include_subscription_ids' => $playerIds,
                'headings' => ['en' => $judul, 'id' => $judul],
                'contents' => ['en' => $pesan, 'id' => $pesan],
            ]);
    }
}
''', "os_v2_app_" + rnd(100, "abcdefghijklmnopqrstuvwxyz234567"))

add("php/decoy-config-services-env", "villasari/resik-api/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values", r'''
<?php

return [
    'onesignal' => [
        'app_id' => env('ONESIGNAL_APP_ID'),
        'rest_key' => env('ONESIGNAL_REST_API_KEY'),
    ],
    'cloudinary' => [
        'url' => env('CLOUDINARY_URL'),
    ],
    'google_translate' => [
        'key' => env('GOOGLE_TRANSLATE_KEY'), // terjemah catatan tamu EN->ID untuk tim resik
    ],
];
''')

_pem = fakes.fake_pem(_seed(), "")
_pem = _pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/firebase-service-account", "villasari/resik-mobile/android/resik-firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "resik-villasari",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-k2x9q@resik-villasari.iam.gserviceaccount.com",
  "client_id": "104829374651029384756",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
''', _pem.replace("\n", "\\n"), kid=hexs(40), pk=_pem.replace("\n", "\\n") + "\\n")

add("json/decoy-google-services", "villasari/resik-mobile/android/app/google-services.json", "https://firebase.google.com/docs/android/setup", r'''
{
  "project_info": {
    "project_number": "581920374612",
    "project_id": "resik-villasari",
    "storage_bucket": "resik-villasari.appspot.com"
  },
  "client": [{
    "client_info": {
      "mobilesdk_app_id": "1:581920374612:android:9c3e7a1b5d2f4e60",
      "android_client_info": {"package_name": "com.villasari.resik"}
    },
    "oauth_client": [],
    "configuration_version": "1"
  }]
}
''')

add("ts/supabase-service-role", "villasari/resik-mobile/scripts/seed-kamar.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
// Seed daftar kamar & checklist resik (Bahasa Indonesia + Bali) ke Supabase
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(
  'https://qzvkxpmtrnbwlyhd.supabase.co',
  '@@s@@', // service_role - Kadek: jangan taruh di app!
);

const checklist = [
  { kode: 'sprei', label: 'Ganti sprei & sarung bantal' },
  { kode: 'handuk', label: 'Handuk baru (2 per tamu)' },
  { kode: 'canang', label: 'Taruh canang sari di pelinggih villa' },
  { kode: 'kolam', label: 'Cek kolam, skimmer, pH' },
];

await supabase.from('checklist_items').upsert(checklist);
''', jwt_like('{"iss":"supabase","ref":"qzvkxpmtrnbwlyhd","role":"service_role","iat":1717200000,"exp":2032776000}'))

add("ts/decoy-supabase-anon", "villasari/resik-mobile/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from '@supabase/supabase-js';

// anon key = publik (dilindungi RLS). service_role TIDAK boleh di sini.
export const supabase = createClient(
  process.env.EXPO_PUBLIC_SUPABASE_URL!,
  process.env.EXPO_PUBLIC_SUPABASE_ANON_KEY!,
);

export type Tugas = { id: string; villa: string; kamar: string; status: 'kotor' | 'proses' | 'resik' };
''')

add("json/eas-expo-token", "villasari/resik-mobile/eas.json", "https://docs.expo.dev/accounts/programmatic-access/", r'''
{
  "cli": { "version": ">= 7.0.0" },
  "build": {
    "preview": { "distribution": "internal", "android": { "buildType": "apk" } },
    "production": {
      "env": {
        "EXPO_TOKEN": "@@s@@",
        "EXPO_PUBLIC_API_URL": "https://resik.villasariubud.com/api"
      }
    }
  },
  "submit": { "production": {} }
}
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("json/decoy-app-json", "villasari/resik-mobile/app.json", "https://docs.expo.dev/versions/latest/config/app/", r'''
{
  "expo": {
    "name": "Resik",
    "slug": "resik-villasari",
    "version": "2.3.0",
    "owner": "villasari",
    "android": { "package": "com.villasari.resik", "versionCode": 41 },
    "ios": { "bundleIdentifier": "com.villasari.resik" },
    "extra": { "eas": { "projectId": "8d1f4c2a-6b9e-4a3d-b7c0-2e5f8a1d9c46" } },
    "locales": { "id": "./lang/id.json", "ban": "./lang/ban.json" }
  }
}
''')

add("json/decoy-lang-ban", "villasari/resik-mobile/lang/ban.json", "https://docs.expo.dev/guides/localization/", r'''
{
  "login": "Ranjing",
  "password": "Kruna sandi",
  "password_hint": "Kruna sandi minimal 8 aksara",
  "token_expired": "Sesi sampun telas, ranjing malih nggih",
  "kamar_kotor": "Kamar kari daki",
  "kamar_resik": "Kamar sampun resik",
  "upload_foto": "Unggah foto kamar",
  "suksma": "Suksma"
}
''')

add("env/cloudinary-url", "villasari/resik-api/.env.staging", "https://cloudinary.com/documentation/node_integration#configuration", r'''
APP_ENV=staging
APP_URL=https://staging-resik.villasariubud.com
CLOUDINARY_URL=cloudinary://718293645102938:@@s@@@villasari
FILESYSTEM_DISK=cloudinary
LOG_CHANNEL=stack
''', fakes.drawn(_seed(), 27, ALNUM + "-_"))

add("kotlin/decoy-buildconfig", "villasari/resik-mobile/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
android {
    namespace = "com.villasari.resik"
    defaultConfig {
        applicationId = "com.villasari.resik"
        minSdk = 24
        targetSdk = 34
        buildConfigField("String", "API_URL", "\"https://resik.villasariubud.com/api\"")
        buildConfigField("String", "MAPBOX_TOKEN", "\"${project.findProperty("MAPBOX_PUBLIC_TOKEN") ?: ""}\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("RESIK_STORE_PASSWORD")
            keyPassword = System.getenv("RESIK_KEY_PASSWORD")
        }
    }
}
''')

add("properties/mapbox-secret", "villasari/resik-mobile/android/gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# token download SDK Mapbox (secret, scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@s@@
''', mapbox_sk())

add("swift/google-translate-key", "villasari/resik-mobile/ios/Resik/Terjemah.swift", "https://cloud.google.com/translate/docs/reference/rest/v2/translate", r'''
import Foundation

// Terjemahkan catatan tamu (mis. "no housekeeping today please") ke Bahasa Indonesia utk tim resik
enum Terjemah {
    static let apiKey = "@@s@@"

    static func keIndonesia(_ teks: String) async throws -> String {
        var c = URLComponents(string: "https://translation.googleapis.com/language/translate/v2")!
        c.queryItems = [.init(name: "q", value: teks), .init(name: "target", value: "id"), .init(name: "key", value: apiKey)]
        let (data, _) = try await URLSession.shared.data(from: c.url!)
        return String(decoding: data, as: UTF8.self)
    }
}
''', google_api())

add("plist/decoy-googleservice-info", "villasari/resik-mobile/ios/Resik/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key><string>Resik</string>
    <key>CFBundleIdentifier</key><string>com.villasari.resik</string>
    <key>NSCameraUsageDescription</key><string>Foto kamar setelah dibersihkan</string>
    <key>NSLocationWhenInUseUsageDescription</key><string>Menandai villa yang sedang dibersihkan</string>
    <key>TranslateKeySource</key><string>Remote Config: translate_key</string>
</dict>
</plist>
''')

add("xcconfig/sentry-auth-token", "villasari/resik-mobile/ios/Config/Release.xcconfig", "https://docs.sentry.io/account/auth-tokens/", r'''
// Release config Resik iOS
API_URL = https:/$()/resik.villasariubud.com/api
SENTRY_ORG = villasari
SENTRY_PROJECT = resik-ios
// upload dSYM (Kadek, nanti pindah ke CI)
SENTRY_AUTH_TOKEN = @@s@@
''', "sntrys_" + b64('{"iat":1717200000.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"villasari"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM))

add("properties/decoy-sentry-props", "villasari/resik-mobile/android/sentry.properties", "https://docs.sentry.io/platforms/android/configuration/gradle/", r'''
defaults.url=https://sentry.io/
defaults.org=villasari
defaults.project=resik-android
# auth.token diset lewat env SENTRY_AUTH_TOKEN di CI
auth.token=
''')

# ---------------------------------------------------------------- villa agency: ops, servers, CI

add("ssh/openssh-private-key", "villasari/ops/keys/deploy_resik", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name,
                         CASES[-1].text + "# kunci deploy resik-api (Kadek) - harusnya di 1Password\n", CASES[-1].secret, CASES[-1].source)

add("pub/decoy-ssh-public-key", "villasari/ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# /home/deploy/.ssh/authorized_keys - server resik-api
# Kadek (laptop)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3kq9Lm2Xv7Rt1Pz8Nc4Bw6Yd0Fs5Gj2Ha9Ue3Io7K kadek@villasari
# Made (PC kantor Ubud)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO8vT2xQ5nR1mK7cY4pW9sL3aB6dF0gH2jE5uZ1iN8tX made@kantor-ubud
# GitHub Actions deploy
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB1cD4eF7gH0iJ3kL6mN9oP2qR5sT8uV1wX4yZ7aC0dE gha-deploy
''')

add("yaml/ansible-vars-password", "villasari/ops/ansible/group_vars/resik.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r'''
---
# Server resik-api (Biznet Gio, Jakarta) - playbook setup.yml
app_user: resik
app_dir: /srv/resik-api
php_version: "8.3"
mysql_root_password: "@@s@@"
mysql_databases:
  - name: resik
timezone: Asia/Makassar
backup_hour: 2
''', pw())

add("yaml/decoy-ansible-vault", "villasari/ops/ansible/group_vars/channel.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
---
app_user: channel
app_dir: /srv/channel
mysql_root_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          62313365396662343061393464336163383764373764613633653634306231386433626436623361
          6630343062343365373866356538626462663036363465330a626639393831363664386632366562
          39356533626637643764393437303439663833613966323963306432336661613962616433653039
          3862643235643765390a343439323264366161613132316335343264356562323961633165353637
          6539
timezone: Asia/Makassar
''')

add("github-actions/hardcoded-token", "villasari/channel/.github/workflows/sync-check.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
name: cek-sinkron-harian
on:
  schedule:
    - cron: "0 23 * * *"   # 07:00 WITA
jobs:
  check:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: @@s@@   # token Made, buat buka issue otomatis kalau ada overbooking
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m channel.check_overbooking --open-issue
''', fakes.github_token(_seed()))

add("github-actions/decoy-oidc", "villasari/channel/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: deploy-channel
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482913740256:role/gha-channel-deploy
          aws-region: ap-southeast-1
      - run: ./deploy.sh
''')

add("npmrc/npm-token", "villasari/resik-mobile/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# registry paket internal @villasari (komponen UI Resik)
@villasari:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
''', npm_tok())

add("npmrc/decoy-npmrc-env", "villasari/channel/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# token dari env NODE_AUTH_TOKEN (di CI: secrets.GITHUB_TOKEN, lokal: gh auth token)
@villasari:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
''')

add("gitconfig/gitlab-url", "villasari/ops/notes/git_remote_lama.txt", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
Remote lama sebelum pindah ke GitHub (repo resik-api di GitLab):

[remote "origin"]
	url = https://oauth2:@@s@@@gitlab.com/villasari/resik-api.git
	fetch = +refs/heads/*:refs/remotes/origin/*

Sudah tidak dipakai utk push, tapi mirror masih jalan tiap malam (cron di server kantor).
''', gitlab())

add("dockerfile/build-arg-token", "villasari/channel/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM python:3.12-slim
WORKDIR /app
# paket internal villasari-ota dari GitHub private repo
ENV PIP_EXTRA=git+https://x-access-token:@@s@@@github.com/villasari/villasari-ota.git@v0.9.1
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt "$PIP_EXTRA"
COPY . .
ENV TZ=Asia/Makassar
CMD ["gunicorn", "channel.wsgi:app", "-b", "0.0.0.0:8080"]
''', fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-build-secret", "villasari/resik-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# token Packagist private lewat BuildKit secret, tidak tersimpan di layer
RUN --mount=type=secret,id=composer_auth,target=/app/auth.json composer install --no-dev --prefer-dist

FROM php:8.3-fpm-alpine
WORKDIR /var/www
COPY --from=vendor /app/vendor ./vendor
COPY . .
''')

add("json/composer-auth", "villasari/resik-api/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    }
}
''', hexs(64))

add("yaml/grafana-sa", "villasari/ops/monitoring/grafana-provisioning.yml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# provisioning alert okupansi (kalau okupansi < 40% di high season -> kabari Bu Sari)
apiVersion: 1
contactPoints:
  - orgId: 1
    name: tim-villasari
    receivers:
      - uid: wa-bridge
        type: webhook
        settings:
          url: https://channel.villasariubud.com/hooks/grafana
datasources:
  - name: channel-api
    type: marcusolsson-json-datasource
    url: http://grafana.internal:3000
    jsonData: {}
    secureJsonData:
      token: @@s@@
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("yaml/decoy-prometheus", "villasari/ops/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: resik-api
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/resik_metrics_password
    static_configs:
      - targets: ["resik.villasariubud.com:443"]
    scheme: https
''')

add("conf/wireguard-private", "villasari/ops/vpn/wg-kantor-ubud.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN kantor Ubud -> server channel (biar DB ga terbuka ke publik)
[Interface]
Address = 10.8.0.2/24
PrivateKey = @@s@@
DNS = 1.1.1.1

[Peer]
PublicKey = @@pub@@
Endpoint = 103.150.88.21:51820
AllowedIPs = 10.8.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-peer-only", "villasari/ops/vpn/peers.md", "https://www.wireguard.com/quickstart/", r'''
# Daftar peer VPN (public key saja; private key ada di masing2 perangkat)

| perangkat | IP | public key |
|---|---|---|
| router kantor Ubud | 10.8.0.2 | `Ykq3Nf8R2vX1mC7pL4tZ9bH0wS6dE5aJ3uG8iO1rT2k=` |
| laptop Kadek | 10.8.0.3 | `Qm7Lz2Bc9Vx4Nr1Tp8Hs5Kd0Yf3Wg6Ja2Ue9Io4Rb7c=` |
| HP Made | 10.8.0.4 | `Xo1Pd4Fg7Hj0Kl3Zx6Cv9Bn2Mq5We8Rt1Yu4Io7Pa0s=` |
''')

add("sh/vault-token", "villasari/ops/bin/ambil_rahasia.sh", "https://developer.hashicorp.com/vault/docs/commands#vault_token", r'''
#!/usr/bin/env bash
# Ambil rahasia dari Vault utk deploy manual (kalau CI lagi down)
export VAULT_ADDR=https://vault.villasariubud.com:8200
export VAULT_TOKEN=@@s@@

vault kv get -field=app_key secret/resik/prod > /tmp/app_key
vault kv get -field=db_password secret/resik/prod > /tmp/db_password
echo "sampun, file di /tmp (hapus setelah deploy!)"
''', vault_tok())

add("sh/decoy-vault-login", "villasari/ops/bin/login_vault.sh", "https://developer.hashicorp.com/vault/docs/auth/oidc", r'''
#!/usr/bin/env bash
# Login Vault pakai Google Workspace (OIDC); token disimpan di ~/.vault-token oleh CLI
set -e
export VAULT_ADDR=https://vault.villasariubud.com:8200
vault login -method=oidc role=staff
vault token lookup -format=json | jq '.data.ttl'
''')

add("hcl/decoy-nomad-template", "villasari/ops/nomad/channel.nomad.hcl", "https://developer.hashicorp.com/nomad/docs/job-specification/template", r'''
job "channel" {
  datacenters = ["sgp1"]
  group "api" {
    task "web" {
      driver = "docker"
      config { image = "ghcr.io/villasari/channel:1.22.0" }
      template {
        data        = <<EOT
{{ with secret "secret/data/channel/prod" }}
CHANNEX_API_KEY={{ .Data.data.channex_key }}
DATABASE_URL={{ .Data.data.database_url }}
{{ end }}
EOT
        destination = "secrets/app.env"
        env         = true
      }
    }
  }
}
''')

# ---------------------------------------------------------------- villa agency: office, payments, messaging

add("python/slack-webhook", "villasari/channel/alerts.py", "https://api.slack.com/messaging/webhooks", r'''
"""Kabar ke Slack #overbooking kalau ada tabrakan booking antar OTA."""
import requests

WEBHOOK = "@@s@@"


def overbooking(villa: str, tgl: str, sumber: list[str]) -> None:
    teks = f":rotating_light: Overbooking {villa} tgl {tgl} ({' vs '.join(sumber)}). Cepet cek, nggih!"
    requests.post(WEBHOOK, json={"text": teks}, timeout=5)
''', slack_webhook())

add("python/decoy-slack-webhook-env", "villasari/resik-worker/notify.py", "https://api.slack.com/messaging/webhooks", r'''
import os

import requests

# URL webhook disimpan di env SLACK_WEBHOOK_RESIK (lihat 1Password "Slack - Resik")
WEBHOOK = os.environ["SLACK_WEBHOOK_RESIK"]


def kamar_siap(villa: str, kamar: str, petugas: str) -> None:
    requests.post(WEBHOOK, json={"text": f":white_check_mark: {villa} {kamar} sampun resik ({petugas})"}, timeout=5)
''')

add("json/discord-webhook", "villasari/resik-worker/config/laundry.json", "https://discord.com/developers/docs/resources/webhook", r'''
{
  "laundry_vendor": "Laundry Bu Komang, Jl. Raya Pengosekan",
  "pickup_jam": ["09:00", "16:00"],
  "harga_per_kg": 12000,
  "notif": {
    "type": "discord",
    "webhook": "@@s@@",
    "mention_role": "tim-laundry"
  }
}
''', discord_webhook())

add("yaml/slack-bot-token", "villasari/resik-worker/config/slack.yml", "https://api.slack.com/authentication/token-types#bot", r'''
# Bot "Resik" di Slack Villa Sari - kirim jadwal harian ke #housekeeping
slack:
  bot_token: @@s@@
  channel: C05K8QWERTY
  jadwal_jam: "07:30"
  bahasa: id
''', slack_bot())

add("yaml/decoy-slack-ids", "villasari/resik-worker/config/slack.public.yml", "https://api.slack.com/docs/conversations-api", r'''
# ID channel & user (bukan rahasia)
channels:
  housekeeping: C05K8QWERTY
  overbooking: C05M2ZXCVBN
  maintenance: C06A1ASDFGH
users:
  bu_sari: U04P9LKJHGF
  kadek: U05Q7MNBVCX
bot_token_env: SLACK_BOT_TOKEN
''')

add("python/paypal-secret", "villasari/payments/paypal_deposit.py", "https://developer.paypal.com/api/rest/authentication/", r'''
"""Deposit 30% untuk tamu Eropa yg minta PayPal (villa long stay)."""
import requests

CLIENT_ID = "AZ9k1mLq7Xw3Rt5Yv8Nc2Bp4Ds6Fg0Hj1Kl3Zx5Cv7Bn9Mq2We4Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl"
CLIENT_SECRET = "@@s@@"


def token() -> str:
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token",
                      auth=(CLIENT_ID, CLIENT_SECRET), data={"grant_type": "client_credentials"}, timeout=10)
    return r.json()["access_token"]
''', "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("rb/stripe-key", "villasari/payments/stripe_owner_payout.rb", "https://docs.stripe.com/keys", r'''
# Bayar owner villa (Pak Robert, Mrs. Helen) lewat Stripe Connect tiap tgl 5
require "stripe"

Stripe.api_key = "@@s@@"

OWNERS = { "villa-tegal" => "acct_1OqZ8cK2mXv7Rt1P", "villa-sari-2" => "acct_1Nm4Bw6Yd0Fs5Gj2" }

def bayar_owner(villa, jumlah_usd)
  Stripe::Transfer.create(amount: (jumlah_usd * 100).to_i, currency: "usd",
                          destination: OWNERS.fetch(villa), description: "Payout #{villa} #{Date.today.strftime('%b %Y')}")
end
''', stripe())

add("rb/decoy-stripe-credentials", "villasari/payments/stripe_config.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Kunci Stripe dibaca dari Rails credentials (config/credentials.yml.enc), bukan dari file ini
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

STRIPE_ACCOUNTS = {
  "villa-tegal" => "acct_1OqZ8cK2mXv7Rt1P",
  "villa-sari-2" => "acct_1Nm4Bw6Yd0Fs5Gj2",
}.freeze
''')

add("python/wise-token", "villasari/payments/wise_idr_transfer.py", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", r'''
# Transfer IDR ke rekening owner lokal (BCA/Mandiri) lewat Wise Business
import requests

WISE_TOKEN = "@@s@@"
PROFILE_ID = 28491736

h = {"Authorization": f"Bearer {WISE_TOKEN}"}
quote = requests.post(f"https://api.wise.com/v3/profiles/{PROFILE_ID}/quotes", headers=h,
                      json={"sourceCurrency": "AUD", "targetCurrency": "IDR", "targetAmount": 15000000}).json()
print(quote["rate"], quote["id"])
''', uuid_s())

add("yaml/xendit-villa", "villasari/payments/config/xendit.yaml", "https://docs.xendit.co/api-integration/api-keys", r'''
# Xendit dipakai utk tamu domestik (VA BCA, QRIS, OVO) - deposit villa
xendit:
  secret_key: @@s@@
  callback_token_env: XENDIT_CALLBACK_TOKEN
  va_banks: [BCA, MANDIRI, BNI, BRI]
  qris: true
  expiry_jam: 24
''', xendit())

add("yaml/decoy-xendit-public-key", "villasari/payments/config/xendit.public.yaml", "https://docs.xendit.co/credit-cards/integrations/tokenization", r'''
# Public key Xendit untuk tokenisasi kartu di browser (memang publik)
xendit_js:
  public_key: xnd_public_production_Lk7Qm2Zx9Rt4Vb1Nc8Yp3Ws6Hd0Fg5Ja2Ue7Io4Kb9Tc1Xv
  three_ds: true
  locale: id
''')

add("python/jurnal-id", "villasari/accounting/sync_jurnal.py", "https://api-doc.jurnal.id/", r'''
"""Sinkron invoice villa ke Jurnal.id (akuntansi, laporan pajak PB1 Gianyar)."""
import requests

JURNAL_API_KEY = "@@s@@"
BASE = "https://api.jurnal.id/core/api/v1"


def buat_invoice(inv):
    return requests.post(f"{BASE}/sales_invoices", headers={"apikey": JURNAL_API_KEY},
                         json={"sales_invoice": {"transaction_date": inv.tanggal, "person_name": inv.tamu,
                                                 "transaction_lines_attributes": inv.baris}}, timeout=15).json()
''', hexs(32))

add("python/decoy-jurnal-keyring", "villasari/accounting/sync_jurnal_v2.py", "https://pypi.org/project/keyring/", r'''
"""Versi 2: API key diambil dari keyring OS (laptop Bu Sari), tidak ditulis di kode."""
import keyring
import requests

BASE = "https://api.jurnal.id/core/api/v1"


def _key() -> str:
    return keyring.get_password("jurnal.id", "villasari")


def daftar_akun():
    return requests.get(f"{BASE}/accounts", headers={"apikey": _key()}, timeout=15).json()
''')

add("xlsx-csv/decoy-owner-report", "villasari/accounting/laporan_owner_2025-02.csv", "https://docs.python.org/3/library/csv.html", r'''
villa,owner,malam_terisi,okupansi,pendapatan_idr,komisi_ota_idr,biaya_resik_idr,bagi_hasil_owner_idr,ref_transfer
villa-sari-1,Ibu Sari,24,86%,108000000,16200000,3600000,61320000,WISE-TR-918273645
villa-sari-2,Mrs. Helen Park,19,68%,85500000,12825000,2850000,48510000,WISE-TR-918273702
villa-tegal,Robert Hughes,26,93%,156000000,23400000,3900000,89310000,STRIPE-tr_1OqZ9dK2mXv7Rt1PaB3c
TOTAL,,69,82%,349500000,52425000,10350000,199140000,
''')

add("md/notes-bca-klikbca", "villasari/accounting/catatan_bu_sari.md", "https://www.klikbca.com/", r'''
# Catatan keuangan (Bu Sari)

- Rekening operasional: BCA KCP Ubud, a.n. PT Villa Sari Ubud
- KlikBCA Bisnis corp ID: VILLASAR0217, user: SARI01
- PIN/Password KlikBCA: @@s@@   <- tulis di sini biar ga lupa, nanti hapus
- Token KeyBCA ada di laci meja (kunci kuning)
- Bayar PB1 ke Bapenda Gianyar tiap tgl 10

Rahajeng, jangan lupa banten Tumpek Landep utk laptop kantor 🙏
''', words_pw())

add("txt/decoy-guest-welcome", "villasari/guest/welcome_villa_tegal.txt", "https://www.airbnb.com/help/article/1433", r'''
Om Swastiastu & welcome to Villa Tegal!

Check-out: 11:00. Housekeeping daily 10:00-14:00 (hang the "Sampun resik" sign if you prefer no cleaning).
Canang (small offerings) are placed each morning by our staff - please don't step on them :)
Wi-Fi network: VillaTegal_5G (password on the card by the TV)
Emergency: Made +62 813-3700-2291 (WhatsApp)
Pool cleaning: Tue & Fri 08:00
Suksma, enjoy Ubud!
''')

add("txt/telegram-export", "villasari/notes/telegram_grup_maintenance.txt", "https://telegram.org/blog/export-and-more", r'''
[08.03.2025 09:12] Pak Nyoman (teknisi): Pompa kolam villa-sari-2 bocor, perlu ganti seal
[08.03.2025 09:20] Kadek: Nggih pak, saya buat tiket di Resik
[08.03.2025 09:41] Kadek: Pak, login admin Resik buat upload foto: teknisi@villasariubud.com / @@s@@
[08.03.2025 09:43] Pak Nyoman (teknisi): Suksma dek
[08.03.2025 11:05] Pak Nyoman (teknisi): Sampun ganti seal, foto sudah diupload
''', words_pw())

add("txt/decoy-telegram-2fa-note", "villasari/notes/telegram_grup_admin.txt", "https://telegram.org/blog/export-and-more", r'''
[02.02.2025 08:01] Bu Sari: Dek, tolong aktifkan 2FA di Booking.com extranet
[02.02.2025 08:15] Kadek: Sampun bu, pakai Google Authenticator di HP kantor
[02.02.2025 08:16] Kadek: Kode cadangan sy simpan di Bitwarden (folder "OTA"), tidak sy tulis di grup
[02.02.2025 08:17] Bu Sari: Becik, suksma 🙏
[02.02.2025 08:20] Kadek: Password lama sudah diganti juga, yg di catatan lama sudah tidak berlaku
''')

add("eml/agoda-credentials", "villasari/notes/email_agoda_onboarding.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Rina (Agoda Market Manager) <rina.w@agoda.example>
To: reservasi@villasariubud.com
Subject: [YCS] Akun extranet Villa Tegal
Date: Wed, 20 Nov 2024 14:02:19 +0700

Halo Bu Sari,

Akun YCS untuk Villa Tegal (Hotel ID 29011842) sudah aktif:

Username: villategal.ycs
Password: @@s@@

Mohon ganti password saat login pertama. Terima kasih!

Salam,
Rina
''', pw())

add("eml/decoy-booking-com-invoice", "villasari/notes/email_booking_invoice.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Booking.com <noreply@booking.example>
To: reservasi@villasariubud.com
Subject: Your commission invoice for February 2025 (Property ID 9182736)
Date: Sat, 01 Mar 2025 03:12:00 +0100

Dear partner,

Your invoice 1029384756 for February 2025 is now available in the extranet under Finance > Invoices.
Amount due: IDR 12.825.000. Reference: BDC-9182736-202502.
Please do not reply to this email.
''')

# ---------------------------------------------------------------- both: AI helpers, guest messaging, misc services

add("python/anthropic-key", "villasari/channel/ai/balas_tamu.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Draf balasan pesan tamu Airbnb (EN/ID/Bali) - tetap dicek manusia sebelum kirim."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

SYSTEM = ("Kamu staf reservasi Villa Sari Ubud. Jawab sopan, singkat, "
          "sebut 'Om Swastiastu' di awal kalau tamunya pakai Bahasa Indonesia.")


def draf(pesan_tamu: str) -> str:
    msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=400, system=SYSTEM,
                                 messages=[{"role": "user", "content": pesan_tamu}])
    return msg.content[0].text
''', anthropic())

add("python/decoy-ai-key-from-secretmanager", "villasari/channel/ai/client.py", "https://cloud.google.com/secret-manager/docs/access-secret-version", r'''
from google.cloud import secretmanager

_sm = secretmanager.SecretManagerServiceClient()
_NAME = "projects/villasari-prod/secrets/anthropic-api-key/versions/latest"


def api_key() -> str:
    # diambil saat start; rotasi tiap 90 hari (Kadek)
    return _sm.access_secret_version(name=_NAME).payload.data.decode()
''')

add("toml/openai-config", "ombak/analytics/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Dashboard Streamlit "Ombak insight" (review + booking)
[openai]
api_key = "@@s@@"

[db]
host = "10.104.0.3"
database = "ombak"
user = "metabase_ro"
''', fakes.openai_key(_seed(), "svcacct"))

add("toml/decoy-streamlit-example", "ombak/analytics/.streamlit/secrets.example.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Contoh. File asli secrets.toml TIDAK di-commit.
[openai]
api_key = "sk-proj-...isi-sendiri..."

[db]
host = "10.104.0.3"
database = "ombak"
user = "metabase_ro"
password = "lihat 1Password: Ombak / Metabase RO"
''')

add("js/hf-token", "ombak/web/scripts/caption_foto.mjs", "https://huggingface.co/docs/hub/security-tokens", r'''
// Caption otomatis foto surfing utk galeri (alt text EN + ID)
import { HfInference } from '@huggingface/inference';

const hf = new HfInference('@@s@@');

export async function caption(blob) {
  const out = await hf.imageToText({ model: 'Salesforce/blip-image-captioning-large', data: blob });
  return out.generated_text;
}
''', mixed(34, "hf_"))

add("env/mailgun", "villasari/guest-mailer/.env", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
MAILGUN_DOMAIN=mg.villasariubud.com
MAILGUN_API_KEY=@@s@@
MAILGUN_REGION=us
FROM_EMAIL="Villa Sari Ubud <stay@villasariubud.com>"
PRE_ARRIVAL_DAYS=3
''', mailgun())

add("php/brevo-key", "ombak/wp-content/themes/ombak/newsletter.php", "https://developers.brevo.com/docs/getting-started", r'''
<?php
// Form newsletter "Swell of the week" -> list Brevo #7
$apiKey = '@@s@@';

function ombak_subscribe($email, $nama) {
    global $apiKey;
    wp_remote_post('https://api.brevo.com/v3/contacts', [
        'headers' => ['api-key' => $apiKey, 'Content-Type' => 'application/json'],
        'body' => wp_json_encode(['email' => $email, 'attributes' => ['FIRSTNAME' => $nama], 'listIds' => [7]]),
    ]);
}
''', brevo())

add("yaml/decoy-brevo-template-ids", "ombak/booking/config/newsletter.yml", "https://developers.brevo.com/docs/send-a-transactional-email", r'''
# Template Brevo (ID saja). API key: env BREVO_API_KEY
brevo:
  list_id: 7
  templates:
    konfirmasi_booking_id: 12
    booking_confirmation_en: 13
    swell_of_the_week: 21
  sender: { name: "Ombak Becik", email: "hello@ombakbecik.com" }
''')

add("cs/twilio-whatsapp", "villasari/guest-bot/GuestBot/TwilioConfig.cs", "https://www.twilio.com/docs/usage/secure-credentials", r'''
namespace VillaSari.GuestBot;

// Bot WA tamu (check-in info, jam sarapan, panggil housekeeping)
public static class TwilioConfig
{
    public const string AccountSid = "@@sid@@";
    public const string AuthToken = "@@s@@";
    public const string WhatsAppFrom = "whatsapp:+14155550142";
    public const string Bahasa = "id-ID";
}
''', twilio_token(), sid=twilio_sid())

add("cs/decoy-appsettings-usersecrets", "villasari/guest-bot/GuestBot/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Twilio": {
    "AccountSid": "",
    "AuthToken": "",
    "_catatan": "isi lewat `dotnet user-secrets set Twilio:AuthToken ...` (dev) / Key Vault (prod)"
  },
  "KeyVaultUri": "https://kv-villasari-guestbot.vault.azure.net/",
  "AllowedHosts": "*"
}
''')

add("json/azure-storage-conn", "villasari/guest-bot/GuestBot/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "ConnectionStrings": {
    "Percakapan": "DefaultEndpointsProtocol=https;AccountName=villasaribot;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  },
  "Twilio": { "WhatsAppFrom": "whatsapp:+14155550142" },
  "Bahasa": ["id", "en", "ban"]
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("ps1/decoy-az-keyvault", "villasari/guest-bot/deploy/set-secrets.ps1", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-powershell", r'''
# Simpan secret bot ke Key Vault (nilai diketik saat prompt, tidak tersimpan di skrip)
$vault = "kv-villasari-guestbot"
$token = Read-Host -AsSecureString "Twilio AuthToken"
Set-AzKeyVaultSecret -VaultName $vault -Name "Twilio--AuthToken" -SecretValue $token
$conn = Read-Host -AsSecureString "Storage connection string"
Set-AzKeyVaultSecret -VaultName $vault -Name "ConnectionStrings--Percakapan" -SecretValue $conn
Write-Host "Sampun. Restart App Service guestbot-villasari."
''')

add("py/mongo-uri", "villasari/resik-worker/laporan_harian.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
"""Laporan harian housekeeping: kamar dibersihkan per petugas (disimpan di MongoDB Atlas)."""
from datetime import date

from pymongo import MongoClient

MONGO = MongoClient("mongodb+srv://resik_worker:@@s@@@resik.x7kq2.mongodb.net/resik?retryWrites=true&w=majority")


def hari_ini():
    db = MONGO.resik
    return list(db.tugas.aggregate([{"$match": {"tanggal": date.today().isoformat(), "status": "resik"}},
                                    {"$group": {"_id": "$petugas", "jumlah": {"$sum": 1}}}]))
''', pw())

add("py/decoy-mongo-local", "villasari/resik-worker/tests/conftest.py", "https://pytest-docker.readthedocs.io/", r'''
import pytest
from pymongo import MongoClient

# Mongo lokal di docker (docker compose -f compose.test.yml up), user/pass sengaja "test"
TEST_URI = "mongodb://test:test@localhost:27017/resik_test?authSource=admin"


@pytest.fixture
def db():
    client = MongoClient(TEST_URI)
    yield client.resik_test
    client.drop_database("resik_test")
''')

add("yaml/rabbitmq-url", "villasari/resik-worker/config/queue.yaml", "https://www.rabbitmq.com/docs/uri-spec", r'''
# Antrian tugas resik (checkout -> tugas bersih -> inspeksi -> siap jual)
queue:
  url: amqps://resik:@@s@@@goose.rmq2.cloudamqp.com/resik
  prefetch: 10
  queues:
    - tugas_bersih
    - inspeksi
    - laundry
''', fakes.drawn(_seed(), 32, ALNUM + "_-"))

add("sql/decoy-masked-dump", "villasari/resik-api/database/dumps/users_anonim.sql", "https://www.postgresql.org/docs/current/app-pgdump.html", r'''
-- Dump anonim utk developer (password hash diganti, email disamarkan)
INSERT INTO users (id, name, email, role, password) VALUES
 (1, 'Admin', 'admin@example.test', 'admin', '$2y$10$XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
 (2, 'Petugas 1', 'petugas1@example.test', 'petugas', '$2y$10$XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
 (3, 'Petugas 2', 'petugas2@example.test', 'petugas', '$2y$10$XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX');
-- login lokal: php artisan resik:reset-password 1
''')

add("java/jdbc-password", "villasari/reports/src/main/java/com/villasari/reports/Db.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", r'''
package com.villasari.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Koneksi ke DB resik (read replica) utk laporan bulanan owner. */
public final class Db {
    private static final String URL = "jdbc:mysql://replica.resik.internal:3306/resik?useSSL=true";
    private static final String USER = "laporan";
    private static final String PASS = "@@s@@";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
''', words_pw())

add("java/decoy-spring-placeholder", "villasari/reports/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring.application.name=villasari-reports
spring.datasource.url=jdbc:mysql://replica.resik.internal:3306/resik
spring.datasource.username=laporan
spring.datasource.password=${REPORTS_DB_PASSWORD}
spring.jpa.open-in-view=false
laporan.zona-waktu=Asia/Makassar
laporan.mata-uang=IDR
''')

# ---------------------------------------------------------------- surf school: more of the daily mess

add("js/decoy-midtrans-signature-test", "ombak/booking/payments/tests/signature.test.js", "https://docs.midtrans.com/docs/https-notification-webhooks#verifying-notification-authenticity", r'''
// Test verifikasi signature notifikasi Midtrans: sha512(order_id + status_code + gross_amount + server_key)
const crypto = require('crypto');
const { verify } = require('../signature');

const FAKE_SERVER_KEY = 'SB-Mid-server-UNIT-TEST-ONLY';

test('signature valid', () => {
  const sig = crypto.createHash('sha512').update('OMB-1' + '200' + '450000.00' + FAKE_SERVER_KEY).digest('hex');
  expect(verify({ order_id: 'OMB-1', status_code: '200', gross_amount: '450000.00', signature_key: sig }, FAKE_SERVER_KEY)).toBe(true);
});
''')

add("py/xendit-callback-token", "ombak/booking/payments/webhooks.py", "https://docs.xendit.co/api-integration/callbacks", r'''
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

# Token verifikasi callback dari dashboard Xendit (Settings > Callbacks)
CALLBACK_TOKEN = "@@s@@"


@csrf_exempt
def xendit_callback(request):
    if request.headers.get("x-callback-token") != CALLBACK_TOKEN:
        return HttpResponseForbidden("token salah")
    # tandai booking lunas
    return HttpResponse("ok")
''', mixed(48))

add("yaml/midtrans-sandbox-in-prod", "ombak/booking/config/midtrans.yaml", "https://docs.midtrans.com/docs/api-keys-get-api-keys", r'''
# Midtrans - production & sandbox
production:
  merchant_id: G928374610
  server_key: @@s@@
  client_key: Mid-client-Wq8ZxT3mKp_4Lb2n
sandbox:
  merchant_id: G928374610
  server_key_env: MIDTRANS_SANDBOX_SERVER_KEY
notification_url: https://book.ombakbecik.com/hooks/midtrans
''', midtrans_server())

add("http/rest-client-auth", "ombak/booking/api-tests/xendit.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Cek saldo Xendit (REST Client VS Code)
@xenditKey = @@s@@

GET https://api.xendit.co/balance
Authorization: Basic {{xenditKey}}

### Daftar invoice hari ini
GET https://api.xendit.co/v2/invoices?limit=20
Authorization: Basic {{xenditKey}}
''', b64(xendit() + ":"))

add("http/decoy-rest-client-env", "ombak/booking/api-tests/midtrans.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
### Status transaksi Midtrans - key dari environment REST Client ($dotenv)
@serverKey = {{$dotenv MIDTRANS_SERVER_KEY}}

GET https://api.midtrans.com/v2/OMB-25031201/status
Accept: application/json
Authorization: Basic {{serverKey}}
''')

add("json/postman-env", "ombak/booking/api-tests/Ombak-Prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "4c1f8a2e-7b3d-4e9a-b6c5-0d2e8f1a3b74",
  "name": "Ombak Prod",
  "values": [
    {"key": "base_url", "value": "https://book.ombakbecik.com/api", "enabled": true},
    {"key": "admin_token", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "spot", "value": "batu-bolong", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', hexs(40))

add("json/decoy-postman-empty", "ombak/booking/api-tests/Ombak-Local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "9e2d7c1b-4a5f-4b8e-a3d6-1f0c9b8a7e65",
  "name": "Ombak Local",
  "values": [
    {"key": "base_url", "value": "http://localhost:8000/api", "enabled": true},
    {"key": "admin_token", "value": "", "type": "secret", "enabled": true},
    {"key": "spot", "value": "batu-bolong", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

add("vscode/sftp-password", "ombak/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp", r'''
{
    "name": "Hosting lama (blog WP)",
    "host": "ombakbecik.com",
    "protocol": "sftp",
    "port": 22,
    "username": "ombakbec",
    "password": "@@s@@",
    "remotePath": "/home/ombakbec/public_html",
    "uploadOnSave": true
}
''', words_pw())

add("vscode/decoy-settings", "ombak/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "editor.formatOnSave": true,
    "python.defaultInterpreterPath": ".venv/bin/python",
    "files.exclude": { "**/__pycache__": true },
    "cSpell.words": ["Canggu", "Batu", "Bolong", "suksma", "rahajeng", "semeng", "nggih"],
    "rest-client.environmentVariables": {
        "local": { "baseUrl": "http://localhost:8000" }
    }
}
''')

add("sh/curl-bearer", "ombak/notes/curl_cek_roster.sh", "https://everything.curl.dev/http/auth.html", r'''
#!/bin/sh
# cek roster instruktur besok dari API roster-app (dipakai Dewi tiap sore)
TGL=$(date -d tomorrow +%F)
curl -s "https://roster.ombakbecik.com/api/v1/jadwal?tanggal=${TGL}" \
  -H "Authorization: Bearer @@s@@" \
  -H "Accept: application/json" | jq '.[] | {instruktur, jam, spot}'
''', jwt_like('{"sub":"dewi","role":"admin","iat":1735689600}'))

add("txt/decoy-jwt-docs", "ombak/roster-app/docs/api.md", "https://www.rfc-editor.org/rfc/rfc7519", r'''
# API Roster

Semua endpoint butuh header `Authorization: Bearer <token>`.
Token didapat dari `POST /api/v1/login` (berlaku 8 jam).

Contoh:

    curl -H "Authorization: Bearer $ROSTER_TOKEN" https://roster.ombakbecik.com/api/v1/jadwal?tanggal=2025-03-13

Respon: daftar `{instruktur, jam, spot, murid}`. Jam dalam WITA.
''')

add("ini/odbc-accounting", "ombak/office/odbc.ini", "https://www.unixodbc.org/odbcinst.html", r'''
; Koneksi laporan Excel ke DB booking (laptop Pak Gede)
[OmbakBooking]
Driver      = PostgreSQL Unicode
Servername  = 10.104.0.3
Port        = 5432
Database    = ombak
Username    = laporan_excel
Password    = @@s@@
SSLmode     = require
''', pw())

add("py/ftp-board-supplier", "ombak/rentals/sync_stok_supplier.py", "https://docs.python.org/3/library/ftplib.html", r'''
# Ambil CSV stok papan dari supplier (Bali Board Co.) via FTP tiap Senin
from ftplib import FTP_TLS

ftp = FTP_TLS("ftp.baliboard.example")
ftp.login(user="ombakbecik", passwd="@@s@@")
ftp.prot_p()
with open("stok_supplier.csv", "wb") as f:
    ftp.retrbinary("RETR /export/stok.csv", f.write)
ftp.quit()
''', words_pw())

add("dart/flutter-kiosk", "ombak/kiosk/lib/config.dart", "https://docs.xendit.co/api-integration/api-keys", r'''
// Aplikasi kiosk tablet di pos pantai (pembayaran QRIS)
class Config {
  static const apiBase = 'https://book.ombakbecik.com/api';
  static const spot = 'batu-bolong';
  // TODO(komang): pindah ke backend, key ini jangan di app!
  static const xenditKey = '@@s@@';
  static const bahasaDefault = 'id';
}
''', xendit())

add("dart/decoy-dart-define", "ombak/kiosk/lib/env.dart", "https://dart.dev/guides/environment-declarations", r'''
// Nilai diisi saat build: flutter build apk --dart-define=KIOSK_TOKEN=...
class Env {
  static const kioskToken = String.fromEnvironment('KIOSK_TOKEN');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://book.ombakbecik.com/api');
  static bool get siap => kioskToken.isNotEmpty;
}
''')

add("md/readme-setup-token", "ombak/kiosk/README.md", "https://docs.flutter.dev/deployment/android", r'''
# Kiosk Ombak (tablet pos pantai)

Build release:

```bash
flutter build apk --release \
  --dart-define=KIOSK_TOKEN=@@s@@ \
  --dart-define=API_BASE=https://book.ombakbecik.com/api
```

Install ke tablet Samsung Tab A8 di pos Batu Bolong & Echo Beach lewat `adb install`.
Kalau tablet hilang: minta Putu revoke token kiosk.
''', hexs(48))

add("yaml/decoy-pubspec", "ombak/kiosk/pubspec.yaml", "https://dart.dev/tools/pub/pubspec", r'''
name: ombak_kiosk
description: Kiosk booking & pembayaran di pos pantai.
version: 1.4.2+22
environment:
  sdk: ">=3.3.0 <4.0.0"
dependencies:
  flutter:
    sdk: flutter
  http: ^1.2.1
  qr_flutter: ^4.1.0
  intl: ^0.19.0
''')

add("cron/crontab-password", "ombak/infra/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# crontab -l (server booking-sgp1) - 2025-03
TZ=Asia/Makassar
# backup DB jam 01:30 WITA
30 1 * * * PGPASSWORD='@@s@@' pg_dump -h 10.104.0.3 -U ombak ombak | gzip > /srv/backup/ombak_$(date +\%F).sql.gz
# laporan ombak pagi
0 6 * * * /srv/ombak/bots/.venv/bin/python /srv/ombak/bots/surf_report_bot.py
# hapus backup > 14 hari
0 3 * * * find /srv/backup -name '*.sql.gz' -mtime +14 -delete
''', words_pw())

add("cron/decoy-pgpass-ref", "ombak/infra/backup.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
#!/bin/sh
# versi baru: password diambil dari ~/.pgpass (chmod 600), bukan dari crontab
set -eu
OUT=/srv/backup/ombak_$(date +%F).sql.gz
pg_dump -h 10.104.0.3 -U ombak ombak | gzip > "$OUT"
sha256sum "$OUT" >> /srv/backup/SHA256SUMS
echo "backup sampun: $OUT"
''')

add("pgpass/pgpass", "ombak/infra/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
10.104.0.3:5432:ombak:ombak:@@s@@
10.104.0.3:5432:ombak:laporan_excel:*
localhost:5432:*:postgres:postgres
# (baris localhost cuma utk docker lokal)
''', pw())

# ---------------------------------------------------------------- villa agency: more channel manager & Resik backend

add("go/siteminder-pmsxchange", "villasari/channel/pmsx/client.go", "https://siteminder.atlassian.net/wiki/spaces/PMSXCHANGEV2/overview", r'''
package pmsx

// Klien SiteMinder pmsXchange (dipakai villa partner Seminyak yg masih SiteMinder)
const (
	Endpoint = "https://api.siteminder.com/pmsxchangev2/services/VILLASARI"
	Username = "villasari_pmsx"
	Password = "@@s@@"
	// HotelCode Seminyak partner
	HotelCode = "VSSMY01"
)

func Auth() (string, string) { return Username, Password }
''', pw())

add("js/ical-token-url", "villasari/channel/src/import_airbnb.js", "https://www.airbnb.com/help/article/99", r'''
// Import kalender Airbnb villa-tegal (listing belum connect API, jadi masih iCal)
// URL ini ada token pribadi akun host - siapa pun yg punya bisa lihat semua reservasi
const AIRBNB_ICAL = 'https://www.airbnb.com/calendar/ical/61029384.ics?s=@@s@@';

module.exports = async function tarik() {
  const res = await fetch(AIRBNB_ICAL);
  const ics = await res.text();
  return ics.split('BEGIN:VEVENT').length - 1; // jumlah blok
};
''', hexs(32))

add("py/decoy-ical-parser-test", "villasari/channel/tests/test_ical.py", "https://icalendar.readthedocs.io/", r'''
from channel.ical import parse

SAMPLE = """BEGIN:VCALENDAR
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250301
DTEND;VALUE=DATE:20250305
UID:1418fb94e984-8b3c5a2f0d7e9c1b6a4f@airbnb.com
SUMMARY:Reserved
END:VEVENT
END:VCALENDAR"""


def test_parse_satu_reservasi():
    assert parse(SAMPLE)[0].malam == 4
''')

add("yaml/hostaway-client", "villasari/channel/config/hostaway.yml", "https://api.hostaway.com/documentation#authentication", r'''
# Hostaway - dipakai waktu trial (Jan 2025), sekarang masih sync harga ke Vrbo
hostaway:
  account_id: 48213
  client_secret: @@s@@
  token_url: https://api.hostaway.com/v1/accessTokens
  listings: [180223, 180224, 180301]
''', hexs(64))

add("py/redis-sentinel", "villasari/channel/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#sentinel-client", r'''
"""Cache rate & availability (TTL 5 menit) supaya tidak kena rate limit Channex."""
from redis.sentinel import Sentinel

sentinel = Sentinel([("10.8.0.11", 26379), ("10.8.0.12", 26379)], socket_timeout=0.5)
cache = sentinel.master_for("channel-cache", password="@@s@@", db=2)


def simpan_rate(villa: str, tgl: str, harga_idr: int) -> None:
    cache.setex(f"rate:{villa}:{tgl}", 300, harga_idr)
''', fakes.redis_password(_seed()))

add("conf/redis-requirepass", "villasari/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
# redis untuk queue Resik (server kantor)
bind 10.8.0.11
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
''', fakes.redis_password(_seed()))

add("conf/decoy-redis-acl-hashed", "villasari/ops/redis/users.acl", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", r'''
# ACL redis - password disimpan sebagai SHA-256 (#...), bukan plaintext
user default off
user resik on #a9f0e61a137d86aa9db53465e0801612b1c1d6ab49e2f4a1c2d97c0b6e8f5d13 ~tugas:* ~laundry:* +@read +@write
user channel on #3c5e7a9b1d2f4e6c8a0b2d4f6e8a0c2b4d6f8e0a2c4e6b8d0f2a4c6e8b0d2f4a ~rate:* +@read +@write
user monitor on #7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d ~* +info +ping
''')

add("php/smtp-laravel-mail", "villasari/resik-api/config/mail.php", "https://laravel.com/docs/11.x/mail#configuration", r'''
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'smtp.gmail.com',
            'port' => 587,
            'encryption' => 'tls',
            'username' => 'resik@villasariubud.com',
            // app password Google (16 huruf) - Kadek
            'password' => '@@s@@',
        ],
    ],
    'from' => ['address' => 'resik@villasariubud.com', 'name' => 'Resik Villa Sari'],
];
''', " ".join(rnd(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4)))

add("php/decoy-laravel-hash-test", "villasari/resik-api/tests/Feature/LoginTest.php", "https://laravel.com/docs/11.x/hashing", r'''
<?php

namespace Tests\Feature;

use App\Models\User;
use Tests\TestCase;

class LoginTest extends TestCase
{
    public function test_petugas_bisa_login(): void
    {
        $user = User::factory()->create(['password' => bcrypt('password')]);
        $this->postJson('/api/login', ['email' => $user->email, 'password' => 'password'])
            ->assertOk()->assertJsonStructure(['token']);
    }
}
''')

add("js/firebase-admin-inline", "villasari/resik-worker-node/push.js", "https://firebase.google.com/docs/admin/setup", r'''
// Kirim push FCM ke HP petugas resik (Node worker lama, belum pindah ke Laravel)
const admin = require('firebase-admin');

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'resik-villasari',
    clientEmail: 'firebase-adminsdk-k2x9q@resik-villasari.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});

module.exports = (token, judul, isi) => admin.messaging().send({ token, notification: { title: judul, body: isi } });
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate", "villasari/ops/tls/channel.villasariubud.com.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
# sertifikat publik (Let's Encrypt) - kunci privat TIDAK di repo
-----BEGIN CERTIFICATE-----
MIIFBTCCA+2gAwIBAgISA3kq9Lm2Xv7Rt1Pz8Nc4Bw6YMA0GCSqGSIb3DQEBCwUA
MDMxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQwwCgYDVQQD
EwNSMTEwHhcNMjUwMjEwMDAwMDAwWhcNMjUwNTExMjM1OTU5WjAhMR8wHQYDVQQD
ExZjaGFubmVsLnZpbGxhc2FyaXVidWQuY29tMIIBIjANBgkqhkiG9w0BAQEFAAOC
AQ8AMIIBCgKCAQEAu7Xv1Qm3Lk9Rt2Pz8Nc4Bw6Yd0Fs5Gj2Ha9Ue3Io7KqWx4Tn8Z
-----END CERTIFICATE-----
''')

add("pem/ec-private-key", "villasari/ops/tls/resik-api.key", "https://www.rfc-editor.org/rfc/rfc5915", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC", "").replace("\n", "\n", 1))
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name,
                         "# resik-api.villasariubud.com - kunci TLS (dari Sectigo, 2024)\n"
                         "# TODO pindah ke certbot, hapus file ini\n" + CASES[-1].text,
                         CASES[-1].secret, CASES[-1].source)

add("yaml/decoy-cert-manager", "villasari/ops/k8s/certificate.yaml", "https://cert-manager.io/docs/usage/certificate/", r'''
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: channel-tls
  namespace: villasari
spec:
  secretName: channel-tls
  dnsNames: [channel.villasariubud.com]
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
  privateKey:
    algorithm: ECDSA
    size: 256
''')

add("yaml/k8s-stringdata", "villasari/ops/k8s/channel-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r'''
apiVersion: v1
kind: Secret
metadata:
  name: channel-env
  namespace: villasari
type: Opaque
stringData:
  # TODO(made): ganti ke ExternalSecret
  CHANNEX_API_KEY: "@@s@@"
  SYNC_INTERVAL_MIN: "5"
''', mixed(32))

add("yaml/decoy-external-secret", "villasari/ops/k8s/resik-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: resik-env
  namespace: villasari
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: resik-env
  dataFrom:
    - extract:
        key: villasari/prod/resik
''')

add("helm/values-password", "villasari/ops/helm/resik-values.yaml", "https://artifacthub.io/packages/helm/bitnami/mysql", r'''
# helm upgrade --install resik-db bitnami/mysql -f resik-values.yaml
auth:
  database: resik
  username: resik
  password: "@@s@@"
  # rootPassword: dibuat otomatis oleh chart (kubectl get secret resik-db-mysql)
primary:
  persistence:
    size: 20Gi
''', words_pw())

# ---------------------------------------------------------------- both: odds and ends teams really commit

add("ini/pip-conf-token", "villasari/channel/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
index-url = https://pypi.org/simple
# paket internal villasari-ota di GitLab package registry
extra-index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/51029384/packages/pypi/simple
''', gitlab())

add("toml/pypi-token", "villasari/villasari-ota/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
# upload villasari-ota (library parser XML OTA, open source)
''', fakes.pypi_token(_seed()))

add("cfg/decoy-pypirc-keyring", "ombak/rentals/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    gitlab

[gitlab]
repository = https://gitlab.com/api/v4/projects/48213377/packages/pypi
username = __token__
# password: pakai keyring (`keyring set https://gitlab.com/api/v4/projects/48213377/packages/pypi __token__`)
''')

add("docker-config/auth-b64", "villasari/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"ghcr.io": {
			"auth": "@@s@@"
		}
	},
	"currentContext": "default",
	"detachKeys": "ctrl-e,e"
}
''', b64("villasari-ci:" + fakes.github_token(_seed())))

add("json/decoy-docker-credstore", "ombak/infra/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {},
		"registry.gitlab.com": {}
	},
	"credsStore": "osxkeychain",
	"currentContext": "desktop-linux"
}
''')

add("sh/ssh-pass-rsync", "villasari/ops/bin/sync_foto_kantor.sh", "https://linux.die.net/man/1/sshpass", r'''
#!/bin/bash
# sinkron foto inspeksi dari NAS kantor Ubud ke server (NAS lama, belum bisa ssh key)
NAS_USER=admin
NAS_HOST=192.168.1.20
sshpass -p '@@s@@' rsync -avz -e "ssh -p 2222" \
  "${NAS_USER}@${NAS_HOST}:/volume1/resik/foto/" /srv/resik/uploads/nas/
echo "sampun $(date)"
''', words_pw())

add("env/nextauth-secret", "villasari/owner-portal/.env.local", "https://next-auth.js.org/configuration/options#secret", r'''
# Portal owner (Pak Robert, Mrs. Helen lihat okupansi & payout)
NEXTAUTH_URL=https://owner.villasariubud.com
NEXTAUTH_SECRET=@@s@@
GOOGLE_CLIENT_ID=581920374612-k2x9q7mz1ab8vc3dn4ep5fr6gs.apps.googleusercontent.com
DATABASE_URL=postgresql://portal@localhost:5432/portal
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("ts/google-oauth-secret", "villasari/owner-portal/src/auth.config.ts", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
import Google from 'next-auth/providers/google';

export default {
  providers: [
    Google({
      clientId: '581920374612-k2x9q7mz1ab8vc3dn4ep5fr6gs.apps.googleusercontent.com',
      clientSecret: '@@s@@',
    }),
  ],
  pages: { signIn: '/masuk' },
};
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"))

add("ts/decoy-vercel-env-ref", "villasari/owner-portal/vercel.json", "https://vercel.com/docs/projects/project-configuration", r'''
{
  "framework": "nextjs",
  "regions": ["sin1"],
  "env": {
    "NEXT_PUBLIC_APP_NAME": "Villa Sari Owner Portal",
    "NEXT_PUBLIC_DEFAULT_LOCALE": "id"
  },
  "crons": [{ "path": "/api/laporan-bulanan", "schedule": "0 1 5 * *" }]
}
''')

add("sh/vercel-token", "villasari/owner-portal/scripts/deploy.sh", "https://vercel.com/docs/cli/global-options#token", r'''
#!/usr/bin/env bash
# deploy manual portal owner (kalau GitHub integration macet)
set -e
npm run build
npx vercel deploy --prod --token @@s@@ --scope villasari
echo "Portal owner sampun live"
''', mixed(24))

add("tf/hetzner-token", "villasari/ops/terraform/hetzner.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", r'''
# Server backup (Hetzner, murah) - foto resik & dump DB
provider "hcloud" {
  token = "@@s@@"
}

resource "hcloud_server" "backup" {
  name        = "villasari-backup"
  server_type = "cx22"
  image       = "debian-12"
  location    = "hel1"
}
''', mixed(64))

add("tf/decoy-tf-state-lock", "villasari/ops/terraform/backend.tf", "https://developer.hashicorp.com/terraform/language/backend/s3", r'''
terraform {
  backend "s3" {
    bucket         = "villasari-tfstate"
    key            = "ops/terraform.tfstate"
    region         = "ap-southeast-1"
    dynamodb_table = "villasari-tf-lock"
    encrypt        = true
    kms_key_id     = "arn:aws:kms:ap-southeast-1:482913740256:key/3f1a9c7e-22b4-4d80-8e11-a9c3f047d28b"
  }
}
''')

add("md/wiki-gitea-runner", "villasari/ops/wiki/runner.md", "https://docs.gitea.com/usage/actions/act-runner", r'''
# Act runner di server kantor (buat CI repo internal di Gitea)

Daftar ulang kalau runner hilang:

    ./act_runner register --no-interactive \
      --instance https://git.villasariubud.com \
      --token @@s@@ \
      --name kantor-ubud --labels ubuntu-latest

Runner jalan sebagai service `act_runner.service`. Kalau mati, `systemctl restart act_runner` nggih.
''', mixed(40))

add("yaml/gitea-app-ini", "villasari/ops/gitea/app.ini", "https://docs.gitea.com/administration/config-cheat-sheet", r'''
APP_NAME = Git Villa Sari
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = 127.0.0.1:5432
NAME     = gitea
USER     = gitea
PASSWD   = `@@s@@`

[server]
DOMAIN = git.villasariubud.com
ROOT_URL = https://git.villasariubud.com/
''', pw())

add("md/decoy-doc-example-keys", "villasari/villasari-ota/README.md", "https://developers.booking.com/connectivity/docs", r'''
# villasari-ota

Parser & builder pesan OTA (Booking.com XML, Agoda, Channex JSON) untuk channel manager kecil.

```python
from villasari_ota import BookingComClient

client = BookingComClient(username="YOUR_XML_USER", password="YOUR_XML_PASSWORD")
client.close_dates(hotel_code="1234567", room="DBL", start="2025-03-01", end="2025-03-05")
```

Lisensi MIT. Dibuat di Ubud dengan kopi Kintamani ☕
''')

add("bat/windows-share", "villasari/office/map_drive.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Map drive Z: ke NAS kantor (folder laporan & foto) - PC resepsionis
net use Z: \\192.168.1.20\kantor /user:resepsionis @@s@@ /persistent:yes
REM printer kasir
net use LPT2 \\192.168.1.25\EpsonTM /persistent:yes
echo Sampun terhubung.
pause
''', words_pw())

add("ps1/decoy-credential-manager", "villasari/office/map_drive_v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Versi baru: kredensial diminta sekali lalu disimpan di Windows Credential Manager
$cred = Get-StoredCredential -Target "NAS-Kantor"
if (-not $cred) {
    $cred = Get-Credential -Message "Login NAS kantor"
    New-StoredCredential -Target "NAS-Kantor" -Credentials $cred -Persist LocalMachine | Out-Null
}
New-PSDrive -Name Z -PSProvider FileSystem -Root "\\192.168.1.20\kantor" -Credential $cred -Persist
''')

add("md/trello-key-note", "villasari/notes/integrasi_trello.md", "https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/", r'''
# Integrasi Trello (tiket maintenance, sebelum pindah ke Resik)

Board: "Maintenance Villa" - list: Lapor / Dikerjakan / Sampun
API key: 9c2e7a1b5d3f4e6a8c0b2d4f6e8a1c3b
Token (akun Made): @@s@@

Masih dipakai script `trello_ke_resik.py` buat migrasi tiket lama. Setelah migrasi selesai -> revoke token.
''', "ATTA" + hexs(64) + hexs(8).upper())

add("py/shopify-ombak-merch", "ombak/merch/sync_shopify.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
"""Stok kaos & topi Ombak Becik di Shopify <- stok toko pantai."""
import requests

SHOP = "ombakbecik-merch.myshopify.com"
TOKEN = "@@s@@"


def set_stok(inventory_item_id: int, jumlah: int) -> None:
    requests.post(f"https://{SHOP}/admin/api/2024-07/inventory_levels/set.json",
                  headers={"X-Shopify-Access-Token": TOKEN},
                  json={"location_id": 71029384756, "inventory_item_id": inventory_item_id, "available": jumlah})
''', "shpat_" + hexs(32))

add("yaml/instagram-graph-token", "ombak/social/config.yml", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/get-started", r'''
# Auto-post foto lesson terbaik ke Instagram @ombakbecik.surf (long-lived token, 60 hari)
instagram:
  ig_user_id: "17841405822304914"
  access_token: "@@s@@"
  caption_default: "Ombak becik pisan dinane! 🌊 #canggu #surfbali"
  jadwal: "17:00"
''', mixed(180, "EAAG"))

add("txt/line-history-psql", "ombak/notes/bash_history_gede.txt", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
ssh deploy@booking-sgp1
sudo docker ps
psql "postgresql://ombak:@@s@@@10.104.0.3:5432/ombak" -c "select spot, count(*) from bookings group by 1"
psql "postgresql://ombak:@@s@@@10.104.0.3:5432/ombak" -c "select * from bookings where code='OMB-25031203'"
exit
''', words_pw())

add("ini/decoy-supervisor", "ombak/infra/supervisor/bots.conf", "http://supervisord.org/configuration.html", r'''
[program:surf_report_bot]
command=/srv/ombak/bots/.venv/bin/python /srv/ombak/bots/surf_report_bot.py --loop
directory=/srv/ombak/bots
environment=BOT_TOKEN_FILE="/etc/ombak/telegram_token",TZ="Asia/Makassar"
autostart=true
autorestart=true
stdout_logfile=/var/log/ombak/bot.log
''')

add("rb/capistrano-password", "ombak/roster-app/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", r'''
# Capistrano lama (sebelum Kamal) - masih dipakai utk server cadangan
server "159.89.20.42", user: "deploy", roles: %w[app db web]

set :ssh_options, {
  user: "deploy",
  auth_methods: %w[password],
  password: "@@s@@",
}
set :branch, "main"
''', pw())

add("ex/elixir-config", "villasari/rate-engine/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# Mesin harga dinamis (high season Juli-Agustus, Nyepi, Galungan)
config :rate_engine, RateEngine.Repo,
  url: "ecto://rate:@@s@@@10.8.0.15/rate_engine",
  pool_size: 5

config :rate_engine, :musim,
  tinggi: [~D[2025-07-01], ~D[2025-08-31]],
  nyepi: ~D[2025-03-29]
''', pw())

add("ex/decoy-elixir-env", "villasari/rate-engine/config/prod.exs", "https://hexdocs.pm/elixir/Config.html", r'''
import Config

config :rate_engine, RateEngineWeb.Endpoint,
  url: [host: "rate.villasariubud.com", port: 443, scheme: "https"],
  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")

config :logger, level: :info
''')

# ---------------------------------------------------------------- late additions from both teams

add("md/housekeeping-sop-tablet", "villasari/resik-docs/SOP_tablet_petugas.md", "https://support.google.com/android/answer/9079129", r'''
# SOP Tablet Petugas Resik

1. Nyalakan tablet, buka aplikasi **Resik**.
2. Login akun bersama shift pagi: `shift.pagi@villasariubud.com`, sandi `@@s@@`
3. Pilih villa -> kamar -> mulai checklist (sprei, handuk, kamar mandi, kolam, canang).
4. Foto kamar setelah resik, tekan **Sampun**.
5. Kalau ada kerusakan: tombol **Lapor** -> pilih "Maintenance".

Yen wenten pitaken, telepon Kadek 0813-3700-5512.
''', words_pw())

add("json/vscode-launch-env", "villasari/channel/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "channel: sync sekali",
      "type": "debugpy",
      "request": "launch",
      "module": "channel.sync",
      "args": ["--once", "--villa", "villa-tegal"],
      "env": {
        "CHANNEX_API_KEY": "@@s@@",
        "TZ": "Asia/Makassar"
      }
    }
  ]
}
''', mixed(32))

add("yaml/docker-compose-minio", "villasari/resik-api/docker-compose.yml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", r'''
# Penyimpanan foto di server kantor (MinIO) sebelum backup ke S3
services:
  minio:
    image: minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: resikadmin
      MINIO_ROOT_PASSWORD: @@s@@
    volumes:
      - /srv/minio:/data
    ports: ["9000:9000", "9001:9001"]
''', pw())

_sa_pem = fakes.fake_pem(_seed(), "RSA")
_sa = ('{"type": "service_account", "project_id": "ombak-prod", "private_key_id": "' + hexs(40)
       + '", "private_key": ' + __import__("json").dumps(_sa_pem + "\n")
       + ', "client_email": "uploader@ombak-prod.iam.gserviceaccount.com"}')
add("py/gcp-sa-key-b64", "ombak/booking/ombak/gcs.py", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
"""Upload foto lesson ke GCS. Kunci SA di-embed base64 (sementara, Putu - Feb 2025)."""
import base64
import json

from google.cloud import storage
from google.oauth2 import service_account

_SA_B64 = "@@enc@@"

creds = service_account.Credentials.from_service_account_info(json.loads(base64.b64decode(_SA_B64)))
bucket = storage.Client(credentials=creds, project="ombak-prod").bucket("ombak-foto-lesson")
''', b64(_sa), enc=b64(_sa))

add("txt/instruktur-notes-ban", "ombak/notes/catatan_made.txt", "https://support.google.com/accounts/answer/32040", r'''
Catatan Made (instruktur kepala)

- Papan 8ft soft: 14 biji, 2 rusak (fin patah) -> tanggung Wayan
- Wetsuit anak: kirang 3 ukuran S
- Login dashboard booking (buat cek murid besok): made@ombakbecik.com
  kruna sandi: @@s@@
- Besok Purnama, pantai rame upacara, les pagi kemanten
''', words_pw())

add("js/mailchimp-key", "villasari/guest-mailer/newsletter.js", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
// Newsletter tamu lama: promo Nyepi & low season (list "Tamu Repeat")
const mailchimp = require('@mailchimp/mailchimp_marketing');

mailchimp.setConfig({
  apiKey: '@@s@@',
  server: 'us14',
});

async function tambahTamu(email, nama) {
  return mailchimp.lists.addListMember('a1b2c3d4e5', { email_address: email, status: 'subscribed', merge_fields: { FNAME: nama } });
}

module.exports = { tambahTamu };
''', hexs(32) + "-us14")

add("yaml/gitlab-ci-variable-inline", "villasari/resik-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, deploy]

variables:
  APP_ENV: testing
  DEPLOY_HOST: resik.villasariubud.com
  # sementara sampai variable CI di-set (Kadek)
  DEPLOY_SSH_PASSWORD: "@@s@@"

test:
  image: php:8.3
  script:
    - composer install
    - php artisan test

deploy:
  stage: deploy
  script:
    - sshpass -p "$DEPLOY_SSH_PASSWORD" ssh deploy@$DEPLOY_HOST 'cd /srv/resik-api && ./deploy.sh'
  only: [main]
''', words_pw())

add("yaml/decoy-gitlab-ci-masked", "ombak/rentals/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
stages: [test, publish]

test:
  image: python:3.11
  script:
    - pip install poetry && poetry install
    - poetry run pytest

publish:
  stage: publish
  image: python:3.11
  script:
    # CI_JOB_TOKEN disediakan GitLab per job, tidak perlu disimpan
    - poetry config http-basic.gitlab gitlab-ci-token "$CI_JOB_TOKEN"
    - poetry publish --build -r gitlab
  only: [tags]
''')

add("sh/env-export-notes", "villasari/notes/setup_laptop_baru.md", "https://docs.channex.io/api-v.1-documentation/api-reference", r'''
# Setup laptop baru (Kadek -> Ayu, magang)

```bash
git clone git@github.com:villasari/channel.git
cd channel && python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export CHANNEX_API_KEY=@@s@@   # key staging, aman utk belajar
python -m channel.sync --once --dry-run
```

Jangan pakai key production di laptop ya Ayu. Suksma!
''', mixed(32))

add("cfg/rclone-conf", "villasari/ops/rclone/rclone.conf", "https://rclone.org/s3/", r'''
# rclone - backup foto resik & dump DB ke Wasabi (Singapore)
[wasabi]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = s3.ap-southeast-1.wasabisys.com
acl = private
''', fakes.drawn(_seed(), 40, ALNUM), kid=rnd(20, UPPER))
