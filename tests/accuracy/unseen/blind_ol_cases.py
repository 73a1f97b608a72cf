"""Blind set OL: a Garut tea-plantation co-operative and a Bandung angklung and bamboo-instrument workshop.

The co-operative (Koperasi Pekebun Teh Sinar Cikajang, Garut: member ledger, leaf-weighing stations,
withering-trough sensors, SMS/WhatsApp payouts, export paperwork) and the workshop (Saung Awi Hejo,
Bandung: angklung, calung, arumba and suling, a web shop with Midtrans/Xendit, marketplace sync,
shipping through RajaOngkir/Biteship), with notes and comments in Sundanese and Indonesian mixed
with English. About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8930000-8939999).
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
SEED_LO, SEED_HI = 8930000, 8939999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Angklung", "Calung", "Suling", "Awi", "Teh", "Pucuk", "Kebon", "Cikajang", "Papandayan",
         "Leuwi", "Cai", "Gunung", "Hejo", "Bambu", "Kacapi", "Arumba", "Sawah", "Cibodas", "Kalapa", "Gedang"]


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


def midtrans_server(sandbox: bool = False) -> str:
    return ("SB-" if sandbox else "") + "Mid-server-" + fakes.drawn(_seed(), 24, ALNUM + "-_")


def midtrans_client() -> str:
    return "Mid-client-" + fakes.drawn(_seed(), 16, ALNUM + "-_")


def xendit(live: bool = True) -> str:
    return ("xnd_production_" if live else "xnd_development_") + mixed(60)


def tripay_private() -> str:
    return "-".join(mixed(5) for _ in range(5))


def fonnte() -> str:
    return fakes.drawn(_seed(), 20, ALNUM + "!#+")


def ubidots() -> str:
    return "BBUS-" + mixed(30)


def blynk() -> str:
    return fakes.drawn(_seed(), 32, ALNUM + "-_")


def meta_token() -> str:
    return "EAA" + mixed(180)


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


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


def mailgun() -> str:
    return "key-" + hexs(32)


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cf_token() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "-_")


def shopify() -> str:
    return "shpat_" + hexs(32)


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
    CASES.append(LabelledCase("blind-ol/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- Saung Awi Hejo: web shop and payments

add("php/midtrans-server-key", "webshop/awihejo/config/midtrans.php", "https://docs.midtrans.com/docs/snap-integration-guide", r'''
<?php
// Konfigurasi Midtrans - toko online Saung Awi Hejo
// Kang Ujang: jangan di-push ke repo publik nya!
return [
    'merchant_id'   => 'G418273650',
    'client_key'    => env('MIDTRANS_CLIENT_KEY'),
    'server_key'    => '@@s@@',
    'is_production' => true,
    'is_sanitized'  => true,
    'is_3ds'        => true,
];
''', midtrans_server())

add("env/xendit-live", "webshop/awihejo/.env", "https://docs.xendit.co/api-integration/api-keys", r'''
APP_NAME="Saung Awi Hejo"
APP_ENV=production
APP_URL=https://awihejo.id
APP_LOCALE=id

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=awihejo_shop
DB_USERNAME=awihejo
DB_PASSWORD=${DB_PASSWORD}

# Xendit (VA BCA, BRI, Mandiri + QRIS)
XENDIT_SECRET_KEY=@@s@@
XENDIT_CALLBACK_URL=https://awihejo.id/api/xendit/callback

MAIL_MAILER=log
''', xendit())

add("env/decoy-placeholders", "webshop/awihejo/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Saung Awi Hejo"
APP_ENV=local
APP_KEY=
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=awihejo_shop
DB_USERNAME=root
DB_PASSWORD=

# Eusian ku konci sandbox masing-masing (dashboard.sandbox.midtrans.com)
MIDTRANS_SERVER_KEY=SB-Mid-server-xxxxxxxxxxxxxxxxxxxxxxxx
MIDTRANS_CLIENT_KEY=SB-Mid-client-xxxxxxxxxxxxxxxx
XENDIT_SECRET_KEY=xnd_development_GANTI_DENGAN_KEY_ANDA
RAJAONGKIR_API_KEY=your-rajaongkir-key
''')

add("js/decoy-midtrans-client-key", "webshop/awihejo/resources/js/checkout.js", "https://docs.midtrans.com/docs/snap-snap-integration-guide", r'''
// Snap popup keur checkout. Client key mah memang publik (dipake di browser).
const SNAP_URL = "https://app.midtrans.com/snap/snap.js";
const CLIENT_KEY = "@@ck@@";

export function loadSnap() {
  const s = document.createElement("script");
  s.src = SNAP_URL;
  s.setAttribute("data-client-key", CLIENT_KEY);
  document.head.appendChild(s);
}

export async function bayar(orderId) {
  const res = await fetch(`/api/checkout/${orderId}/snap-token`, { method: "POST" });
  const { token } = await res.json();
  window.snap.pay(token, {
    onSuccess: () => (location.href = "/pesanan/" + orderId + "?status=lunas"),
    onPending: () => (location.href = "/pesanan/" + orderId + "?status=menunggu"),
    onError: () => alert("Pembayaran gagal, mangga cobian deui."),
  });
}
''', ck=midtrans_client())

add("python/xendit-callback-token", "webshop/awihejo_api/payments/webhooks.py", "https://docs.xendit.co/api-integration/callbacks#verification-token", r'''
"""Callback Xendit: invoice PAID -> tandai pesanan lunas."""
from fastapi import APIRouter, Header, HTTPException, Request

from ..orders import tandai_lunas

router = APIRouter()

# token verifikasi dari dashboard Xendit > Settings > Callbacks
XENDIT_CALLBACK_TOKEN = "@@s@@"


@router.post("/api/xendit/callback")
async def xendit_callback(request: Request, x_callback_token: str = Header(None)):
    if x_callback_token != XENDIT_CALLBACK_TOKEN:
        raise HTTPException(status_code=403, detail="token teu cocog")
    body = await request.json()
    if body.get("status") == "PAID":
        await tandai_lunas(body["external_id"], body["paid_amount"])
    return {"ok": True}
''', mixed(48))

add("yaml/decoy-xendit-public-key", "webshop/awihejo-mobile/lib/config/payment.yaml", "https://docs.xendit.co/credit-cards/integrations/tokenization", r'''
# Konfigurasi pembayaran aplikasi Android Saung Awi Hejo
# public key aman dipasang di aplikasi (hanya untuk tokenisasi kartu)
xendit:
  public_key: "xnd_public_production_@@pk@@"
  tokenization_3ds: true
midtrans:
  environment: production
  merchant_base_url: "https://awihejo.id/api/mobile/"
''', pk=mixed(60))

add("php/tripay-private-key", "webshop/awihejo/app/Services/TripayService.php", "https://tripay.co.id/developer", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class TripayService
{
    protected string $apiKey;
    protected string $privateKey = '@@s@@';
    protected string $merchantCode = 'T21874';

    public function __construct()
    {
        $this->apiKey = config('services.tripay.api_key');
    }

    // signature = HMAC-SHA256(merchant_code + merchant_ref + amount, private_key)
    public function signature(string $ref, int $amount): string
    {
        return hash_hmac('sha256', $this->merchantCode . $ref . $amount, $this->privateKey);
    }
}
''', tripay_private())

add("php/decoy-signature-hash", "webshop/awihejo/tests/Feature/TripayCallbackTest.php", "https://tripay.co.id/developer?tab=callback", r'''
<?php

namespace Tests\Feature;

use Tests\TestCase;

class TripayCallbackTest extends TestCase
{
    /** @test */
    public function callback_lunas_ditandai_paid(): void
    {
        $payload = ['merchant_ref' => 'AWI-2024-00117', 'status' => 'PAID', 'total_amount' => 450000];
        // signature dihitung ku private key palsu 'test-private-key' (phpunit.xml)
        $sig = '@@sig@@';

        $this->postJson('/api/tripay/callback', $payload, ['X-Callback-Signature' => $sig])
             ->assertOk();
        $this->assertDatabaseHas('orders', ['ref' => 'AWI-2024-00117', 'status' => 'lunas']);
    }
}
''', sig=hexs(64))

add("json/duitku-api-key", "webshop/awihejo/storage/app/duitku.json", "https://docs.duitku.com/api/id/", r'''
{
  "merchantCode": "D11873",
  "apiKey": "@@s@@",
  "environment": "production",
  "callbackUrl": "https://awihejo.id/api/duitku/callback",
  "returnUrl": "https://awihejo.id/pesanan/selesai",
  "expiryPeriod": 60
}
''', hexs(32))

add("python/rajaongkir-key", "webshop/awihejo_api/shipping/ongkir.py", "https://rajaongkir.com/dokumentasi/pro", r'''
import requests

# RajaOngkir PRO - ongkos kirim angklung ti Bandung (kota id 23)
RO_KEY = "@@s@@"
ASAL_BANDUNG = 23


def ongkir(tujuan_kecamatan: int, berat_gram: int, kurir: str = "jne:jnt:sicepat") -> dict:
    # angklung mah ageung tapi hampang, itung volumetrik di luar fungsi ieu
    r = requests.post(
        "https://pro.rajaongkir.com/api/cost",
        headers={"key": RO_KEY},
        data={"origin": ASAL_BANDUNG, "originType": "city", "destination": tujuan_kecamatan,
              "destinationType": "subdistrict", "weight": berat_gram, "courier": kurir},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["rajaongkir"]["results"]
''', hexs(32))

add("ts/biteship-key", "webshop/awihejo-next/src/lib/biteship.ts", "https://biteship.com/id/docs/api/authorization", r'''
// Biteship: cek tarif + bikin order pickup dari workshop Cigadung
const BITESHIP_API = "https://api.biteship.com/v1";
const BITESHIP_KEY =
  process.env.BITESHIP_KEY ??
  "@@s@@"; // fallback sementara, hapus sebelum launching

export async function cekTarif(kodePosTujuan: string, items: { name: string; weight: number; value: number }[]) {
  const res = await fetch(`${BITESHIP_API}/rates/couriers`, {
    method: "POST",
    headers: { Authorization: BITESHIP_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({
      origin_postal_code: "40191",
      destination_postal_code: kodePosTujuan,
      couriers: "jne,sicepat,anteraja,paxel",
      items,
    }),
  });
  return res.json();
}
''', "biteship_live." + jwt_like('{"name":"awihejo-prod","userId":"64f1c2a9b1e0a3","iat":1716950400}'))

add("ts/decoy-env-reference", "webshop/awihejo-next/src/lib/midtrans.ts", "https://github.com/Midtrans/midtrans-nodejs-client", r'''
import midtransClient from "midtrans-client";

// Server key dibaca dari environment Vercel, ulah ditulis di dieu.
export const snap = new midtransClient.Snap({
  isProduction: process.env.NODE_ENV === "production",
  serverKey: process.env.MIDTRANS_SERVER_KEY!,
  clientKey: process.env.NEXT_PUBLIC_MIDTRANS_CLIENT_KEY!,
});

export async function buatTransaksi(orderId: string, total: number, nama: string, hp: string) {
  return snap.createTransaction({
    transaction_details: { order_id: orderId, gross_amount: total },
    customer_details: { first_name: nama, phone: hp },
    credit_card: { secure: true },
  });
}
''')

add("sql/decoy-bcrypt-hashes", "webshop/awihejo/database/seeders/admin_users.sql", "https://www.php.net/manual/en/function.password-hash.php", r'''
-- Akun admin toko (password disimpan sebagai hash bcrypt, bukan teks asli)
INSERT INTO users (id, name, email, password, role, created_at) VALUES
 (1, 'Kang Ujang Sopandi', 'ujang@awihejo.id', '$2y$12$@@h1@@', 'owner', NOW()),
 (2, 'Teh Euis Nurhayati', 'euis@awihejo.id', '$2y$12$@@h2@@', 'admin', NOW()),
 (3, 'Asep Gudang', 'gudang@awihejo.id', '$2y$12$@@h3@@', 'gudang', NOW());
-- reset password via /admin/lupa-sandi, ulah dirobah langsung di DB
''', h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("sql/mysql-user-password", "webshop/awihejo/database/grants_prod.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- dijalankeun sakali di server VPS (Biznet Gio) waktu migrasi ti shared hosting
CREATE DATABASE IF NOT EXISTS awihejo_shop CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'awihejo'@'10.20.%' IDENTIFIED BY '@@s@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON awihejo_shop.* TO 'awihejo'@'10.20.%';
CREATE USER 'laporan_ro'@'%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT ON awihejo_shop.orders TO 'laporan_ro'@'%';
FLUSH PRIVILEGES;
''', words_pw())

add("yaml/laravel-db-compose", "webshop/awihejo/docker-compose.yml", "https://hub.docker.com/_/mariadb", r'''
services:
  app:
    build: .
    ports: ["8080:80"]
    environment:
      DB_HOST: db
      DB_DATABASE: awihejo_shop
      DB_USERNAME: awihejo
      DB_PASSWORD: "@@s@@"
    depends_on: [db]
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: awihejo_shop
      MARIADB_USER: awihejo
      MARIADB_PASSWORD: "@@s@@"
      MARIADB_RANDOM_ROOT_PASSWORD: "1"
    volumes: [dbdata:/var/lib/mysql]
volumes:
  dbdata:
''', mixed(20))

add("yaml/decoy-compose-secrets-file", "webshop/awihejo/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
# versi produksi: kata sandi dibaca tina docker secrets, lain tina env
services:
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: awihejo_shop
      MARIADB_USER: awihejo
      MARIADB_PASSWORD_FILE: /run/secrets/db_password
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
    secrets: [db_password, db_root_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
  db_root_password:
    file: ./secrets/db_root_password.txt
''')

add("python/django-secret-key", "webshop/awihejo_cms/awihejo_cms/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["blog.awihejo.id", "awihejo.id"]

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Jakarta"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "awihejo_cms",
        "HOST": "localhost",
    }
}
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-getenv", "webshop/awihejo_cms/awihejo_cms/settings/base.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Konci rusiah dicandak tina environment (systemd EnvironmentFile)
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "wagtail",
    "blog",          # carita pengrajin angklung
    "katalog",
]
STATIC_ROOT = BASE_DIR / "static"
''')

add("yaml/github-actions-ssh-key", "webshop/awihejo/.github/workflows/deploy.yml", "https://github.com/appleboy/ssh-action", r'''
name: Deploy ka VPS
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: rsync + artisan migrate
        uses: appleboy/ssh-action@v1.0.3
        with:
          host: 103.150.92.17
          username: deploy
          port: 22
          # TODO pindahkeun ka secrets.SSH_KEY, ayeuna mah buru-buru
          key: |
            @@key@@
          script: |
            cd /var/www/awihejo && git pull && php artisan migrate --force
''', openssh_key_text := openssh_key(), key=openssh_key_text.replace("\n", "\n            "))

add("yaml/decoy-actions-secrets", "webshop/awihejo-next/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: CI
on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      MIDTRANS_SERVER_KEY: ${{ secrets.MIDTRANS_SERVER_KEY }}
      BITESHIP_KEY: ${{ secrets.BITESHIP_KEY }}
      DATABASE_URL: postgresql://ci:ci@localhost:5432/awihejo_test
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: ci
          POSTGRES_PASSWORD: ci
          POSTGRES_DB: awihejo_test
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci && npm run test
''')

add("env/shopee-partner-key", "webshop/marketplace-sync/.env", "https://open.shopee.com/developer-guide/20", r'''
# sinkron stok angklung ka Shopee + Tokopedia
SHOPEE_PARTNER_ID=2007481
SHOPEE_PARTNER_KEY=@@s@@
SHOPEE_SHOP_ID=384019273
SHOPEE_REDIRECT=https://awihejo.id/oauth/shopee
TOKOPEDIA_FS_ID=17364
SYNC_INTERVAL_MENIT=15
''', "shpk" + rnd(60, ALNUM))

add("python/tokopedia-client-secret", "webshop/marketplace-sync/tokopedia.py", "https://developer.tokopedia.com/openapi/guide/#/authentication", r'''
import base64
import requests

CLIENT_ID = "3f1d90c2a7b84e6f9e21c0d5b7a3e8f1"
CLIENT_SECRET = "@@s@@"


def access_token() -> str:
    # basic auth client_id:client_secret -> token 1 jam
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://accounts.tokopedia.com/token?grant_type=client_credentials",
                      headers={"Authorization": f"Basic {basic}"}, timeout=10)
    return r.json()["access_token"]


def update_stok(fs_id: int, sku: str, stok: int):
    # stok angklung diatonis 2 oktaf sering kosong, ulah oversell
    ...
''', hexs(32))

add("log/decoy-midtrans-notification", "webshop/awihejo/storage/logs/midtrans-notif-2024-06-03.log", "https://docs.midtrans.com/docs/https-notification-webhooks", r'''
[2024-06-03 09:14:22] production.INFO: notif masuk {"transaction_time":"2024-06-03 09:14:11","transaction_status":"settlement","transaction_id":"@@tid@@","status_code":"200","signature_key":"@@sig@@","payment_type":"qris","order_id":"AWI-2406-0031","merchant_id":"G418273650","gross_amount":"385000.00","fraud_status":"accept","currency":"IDR"}
[2024-06-03 09:14:22] production.INFO: signature valid, order AWI-2406-0031 -> lunas
[2024-06-03 11:02:47] production.INFO: notif masuk {"transaction_status":"expire","order_id":"AWI-2406-0029","status_code":"202"}
[2024-06-03 11:02:47] production.INFO: order AWI-2406-0029 -> dibatalkeun (kadaluarsa)
[2024-06-03 13:40:05] production.WARNING: signature teu valid ti 185.220.101.4, dipiceun
''', tid=uuid_s(), sig=hexs(128))

add("ini/decoy-php-ini", "webshop/awihejo/docker/php/conf.d/awihejo.ini", "https://www.php.net/manual/en/ini.list.php", r'''
; setelan PHP keur toko (upload poto angklung ageung)
upload_max_filesize = 20M
post_max_size = 24M
memory_limit = 512M
date.timezone = Asia/Jakarta
session.save_handler = redis
session.save_path = "tcp://redis:6379?auth[]=${REDIS_PASSWORD}"
opcache.enable = 1
opcache.validate_timestamps = 0
''')

add("php/redis-password-override", "webshop/awihejo/config/cache.php", "https://laravel.com/docs/11.x/redis#configuration", r'''
<?php

return [
    'default' => 'redis',
    'stores' => [
        'redis' => [
            'driver' => 'redis',
            'connection' => 'cache',
        ],
    ],
    // sementawis, server redis di Biznet nu anyar
    'redis_override' => [
        'host' => '10.20.0.14',
        'password' => '@@s@@',
        'port' => 6379,
        'database' => 1,
    ],
    'prefix' => 'awihejo_cache_',
];
''', fakes.redis_password(_seed()))

add("md/decoy-readme-example-keys", "webshop/awihejo/README.md", "https://docs.midtrans.com/docs/sandbox-environment", r'''
# Toko Online Saung Awi Hejo

Laravel 11 + Livewire. Ngajual angklung, calung, arumba jeung suling ka sakuliah Indonesia.

## Ngajalankeun di lokal

```bash
cp .env.example .env
composer install && npm ci
php artisan key:generate
php artisan migrate --seed
```

Eusian `MIDTRANS_SERVER_KEY` ku konci **sandbox** anjeun (formatna `SB-Mid-server-...`).
Konci produksi aya di 1Password vault "Awi Hejo - Toko", ulah disalin ka dieu.

Kartu tes sandbox: `4811 1111 1111 1114`, CVV `123`, OTP `112233`.

## Deploy
Push ka `main`, GitHub Actions ngajalankeun deploy ka VPS.
''')

add("json/decoy-composer-lock", "webshop/awihejo/composer.lock.excerpt.json", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", r'''
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "@@h@@",
    "packages": [
        {
            "name": "midtrans/midtrans-php",
            "version": "2.5.2",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/Midtrans/midtrans-php/zipball/@@c@@",
                "reference": "@@c@@",
                "shasum": ""
            }
        }
    ]
}
''', h=hexs(32), c=hexs(40))

add("python/telegram-bot-pesanan", "webshop/bot_pesanan/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Bot Telegram: ngabejaan pesanan anyar ka grup 'Awi Hejo - Produksi'."""
import telebot

bot = telebot.TeleBot("@@s@@", parse_mode="HTML")
GRUP_PRODUKSI = -1002193847561


def kabar_pesanan(order):
    teks = (f"<b>Pesanan anyar {order.ref}</b>\n"
            f"{order.jumlah}x {order.produk} (laras {order.laras})\n"
            f"Kirim ka: {order.kota}\nDeadline: {order.deadline:%d-%m-%Y}")
    bot.send_message(GRUP_PRODUKSI, teks)


if __name__ == "__main__":
    bot.infinity_polling()
''', fakes.telegram_token(_seed()))

add("env/fonnte-whatsapp-token", "webshop/notif-wa/.env", "https://docs.fonnte.com/api-send-message/", r'''
# notifikasi WA ka pembeli (resi + status) via Fonnte
FONNTE_TOKEN=@@s@@
FONNTE_DEVICE=6281322847715
FONNTE_URL=https://api.fonnte.com/send
TEMPLATE_RESI="Hatur nuhun {nama}! Angklung anjeun parantos dikirim, resi {kurir}: {resi}"
''', fonnte())

add("js/decoy-google-maps-restricted", "webshop/awihejo-next/src/components/PetaWorkshop.tsx", "https://developers.google.com/maps/api-security-best-practices", r'''
// Peta lokasi workshop (Cigadung, Bandung). Key dibatesan HTTP referrer awihejo.id/*
// jeung ngan Maps Embed API, dicandak tina env publik Next.js.
export default function PetaWorkshop() {
  const key = process.env.NEXT_PUBLIC_MAPS_EMBED_KEY;
  return (
    <iframe
      title="Saung Awi Hejo"
      width="100%"
      height="360"
      loading="lazy"
      src={`https://www.google.com/maps/embed/v1/place?key=${key}&q=Saung+Awi+Hejo,Cigadung,Bandung`}
    />
  );
}
''')

add("json/firebase-service-account", "webshop/awihejo-mobile/android/app/awihejo-firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "awihejo-mobile",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x81qf@awihejo-mobile.iam.gserviceaccount.com",
  "client_id": "104827365019283746510",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
''', (pem := fakes.fake_pem(_seed(), "RSA").replace("BEGIN RSA", "BEGIN").replace("END RSA", "END")).split("\n")[1], kid=hexs(40), pk=pem.replace("\n", "\\n") + "\\n")

add("json/decoy-google-services", "webshop/awihejo-mobile/android/app/google-services.json", "https://firebase.google.com/docs/android/setup#add-config-file", r'''
{
  "project_info": {
    "project_number": "918273645102",
    "project_id": "awihejo-mobile",
    "storage_bucket": "awihejo-mobile.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:918273645102:android:@@appid@@",
        "android_client_info": { "package_name": "id.awihejo.toko" }
      },
      "oauth_client": [],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''', appid=hexs(22))

add("kotlin/decoy-buildconfig-from-properties", "webshop/awihejo-mobile/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
import java.util.Properties

val lokal = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "id.awihejo.toko"
    defaultConfig {
        applicationId = "id.awihejo.toko"
        minSdk = 24
        versionCode = 31
        versionName = "1.8.2"
        // konci diasupkeun ti local.properties / CI, lain ditulis di dieu
        buildConfigField("String", "MAPS_KEY", "\"${lokal.getProperty("MAPS_KEY", "")}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("AWI_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("AWI_KEYSTORE_PASS")
            keyAlias = "awihejo"
            keyPassword = System.getenv("AWI_KEY_PASS")
        }
    }
}
''')

add("properties/android-keystore-password", "webshop/awihejo-mobile/android/key.properties", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", r'''
# keystore rilis Play Store - dijieun 2022 ku Kang Ujang
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=awihejo
storeFile=/home/ujang/keystore/awihejo-release.jks
''', words_pw())

add("properties/google-maps-key", "webshop/awihejo-mobile/android/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/home/euis/Android/Sdk
flutter.sdk=/home/euis/flutter
MAPS_KEY=@@s@@
''', google_api())

add("dart/decoy-flutter-dart-define", "webshop/awihejo-mobile/lib/env.dart", "https://dart.dev/guides/environment-declarations", r'''
// Nilai-nilai dieu diasupkeun waktu build:
//   flutter build apk --dart-define-from-file=env/prod.json
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://awihejo.id/api');
  static const midtransClientKey = String.fromEnvironment('MIDTRANS_CLIENT_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const isProduction = bool.fromEnvironment('PROD', defaultValue: false);
}
''')

add("plist/decoy-google-client-id", "webshop/awihejo-mobile/ios/Runner/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Awi Hejo</string>
  <key>CFBundleIdentifier</key>
  <string>id.awihejo.toko</string>
  <key>GIDClientID</key>
  <string>918273645102-@@cid@@.apps.googleusercontent.com</string>
  <key>NSCameraUsageDescription</key>
  <string>Kanggo moto angklung nu rek diservis.</string>
</dict>
</plist>
''', cid=rnd(32, string.ascii_lowercase + string.digits))

add("yaml/sendgrid-laravel-mail", "webshop/awihejo/config/mail.yaml", "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", r'''
# dipake ku skrip newsletter (bulanan: angklung anyar, jadwal workshop)
mailer: smtp
smtp:
  host: smtp.sendgrid.net
  port: 587
  encryption: tls
  username: apikey
  password: "@@s@@"
from:
  address: halo@awihejo.id
  name: "Saung Awi Hejo"
''', sendgrid())

add("html/decoy-newsletter-unsubscribe", "webshop/awihejo/resources/views/emails/newsletter-juni.html", "https://www.rfc-editor.org/rfc/rfc8058", r'''
<!doctype html>
<html lang="id">
<body style="font-family: sans-serif">
  <h2>Sampurasun, baraya Awi Hejo!</h2>
  <p>Bulan ieu kami ngarilis angklung pentatonis laras pelog anyar, awi hideung ti Ciamis.</p>
  <p>Workshop nyieun suling: Saptu, 22 Juni, jam 09.00 di Cigadung. Kuota 15 urang.</p>
  <p><a href="https://awihejo.id/produk/angklung-pelog-awi-hideung">Tingali produk</a></p>
  <hr>
  <small>Teu hoyong nampi deui?
  <a href="https://awihejo.id/newsletter/unsubscribe?u=@@u@@&amp;sig=@@sig@@">Eureun langganan</a></small>
</body>
</html>
''', u=uuid_s(), sig=hexs(40))

add("python/brevo-key-newsletter", "webshop/newsletter/kirim.py", "https://developers.brevo.com/docs/getting-started", r'''
import sib_api_v3_sdk

cfg = sib_api_v3_sdk.Configuration()
cfg.api_key["api-key"] = "@@s@@"

api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(cfg))


def kirim_newsletter(daftar_email, html):
    for email in daftar_email:
        api.send_transac_email(sib_api_v3_sdk.SendSmtpEmail(
            to=[{"email": email}],
            sender={"email": "halo@awihejo.id", "name": "Saung Awi Hejo"},
            subject="Kabar ti Saung Awi Hejo",
            html_content=html,
        ))
''', brevo())

add("nginx/decoy-htpasswd-path", "webshop/awihejo/docker/nginx/admin.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name admin.awihejo.id;

    ssl_certificate     /etc/letsencrypt/live/awihejo.id/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/awihejo.id/privkey.pem;

    # panel admin dikonci ku basic auth tambahan
    auth_basic           "Admin Awi Hejo";
    auth_basic_user_file /etc/nginx/.htpasswd-admin;

    location / {
        proxy_pass http://app:80;
        proxy_set_header Host $host;
    }
}
''')

add("htpasswd/decoy-apr1-hashes", "webshop/awihejo/docker/nginx/.htpasswd-admin", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
ujang:$apr1$@@s1@@$@@h1@@
euis:$apr1$@@s2@@$@@h2@@
asep:$apr1$@@s3@@$@@h3@@
# diropea ku: htpasswd -B? henteu, masih apr1. TODO ganti ka bcrypt
dadan:$apr1$@@s4@@$@@h4@@
nenden:$apr1$@@s5@@$@@h5@@
''', s1=rnd(8, ALNUM + "./"), h1=rnd(22, ALNUM + "./"), s2=rnd(8, ALNUM + "./"), h2=rnd(22, ALNUM + "./"),
    s3=rnd(8, ALNUM + "./"), h3=rnd(22, ALNUM + "./"), s4=rnd(8, ALNUM + "./"), h4=rnd(22, ALNUM + "./"),
    s5=rnd(8, ALNUM + "./"), h5=rnd(22, ALNUM + "./"))

add("sh/cloudflare-token-purge", "webshop/awihejo/scripts/purge-cache.sh", "https://developers.cloudflare.com/api/operations/zone-purge", r'''
#!/usr/bin/env bash
# Bersihkeun cache Cloudflare saenggeus ganti poto produk
set -euo pipefail
ZONE_ID="9c1f27a4b3e8d05f6a7b2c1d0e9f8a7b"
CF_TOKEN="@@s@@"

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"prefixes":["awihejo.id/storage/produk/"]}'
echo "cache beres dipurge"
''', cf_token())

add("tf/digitalocean-token", "webshop/infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "@@s@@" # akun Kang Ujang, region sgp1
}

resource "digitalocean_droplet" "toko" {
  name   = "awihejo-toko-01"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
  tags   = ["awihejo", "prod"]
}
''', do_token())

add("tf/decoy-tfvars-var-reference", "webshop/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "do_token" {
  description = "Token DigitalOcean (eusian via TF_VAR_do_token)"
  type        = string
  sensitive   = true
}

variable "ssh_fingerprint" {
  description = "Sidik jari konci SSH deploy (publik)"
  type        = string
  default     = "@@fp@@"
}

variable "db_password" {
  type      = string
  sensitive = true
}
''', fp=":".join(hexs(2) for _ in range(16)))

add("tfstate/decoy-sensitive-redacted", "webshop/infra/plan-output.txt", "https://developer.hashicorp.com/terraform/cli/commands/plan", r'''
Terraform will perform the following actions:

  # digitalocean_database_user.toko will be created
  + resource "digitalocean_database_user" "toko" {
      + cluster_id = "0f7a3b21-9e4c-4d8a-b6f2-1c5e7d9a0b34"
      + id         = (known after apply)
      + name       = "awihejo"
      + password   = (sensitive value)
      + role       = (known after apply)
    }

Plan: 1 to add, 0 to change, 0 to destroy.

Note: You didn't use the -out option to save this plan.
''')

add("yaml/k8s-secret-base64", "webshop/k8s/awihejo-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: awihejo-toko
  namespace: toko
type: Opaque
data:
  # base64 (echo -n ... | base64)
  DB_USERNAME: YXdpaGVqbw==
  DB_PASSWORD: @@enc@@
  APP_ENV: cHJvZHVjdGlvbg==
''', pw := mixed(22), enc=b64(pw))

add("yaml/decoy-sealed-secret", "webshop/k8s/awihejo-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: awihejo-toko
  namespace: toko
spec:
  encryptedData:
    DB_PASSWORD: @@c1@@
    MIDTRANS_SERVER_KEY: @@c2@@
  template:
    metadata:
      name: awihejo-toko
''', c1="Ag" + rnd(340, ALNUM + "+/") + "==", c2="Ag" + rnd(360, ALNUM + "+/") + "=")

add("yaml/decoy-external-secret", "webshop/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: awihejo-payment
  namespace: toko
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: gcp-secret-manager
    kind: ClusterSecretStore
  target:
    name: awihejo-payment
  data:
    - secretKey: XENDIT_SECRET_KEY
      remoteRef:
        key: awihejo-xendit-secret-key
        version: latest
    - secretKey: MIDTRANS_SERVER_KEY
      remoteRef:
        key: awihejo-midtrans-server-key
''')

add("dockerfile/npm-token-arg", "webshop/awihejo-next/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", r'''
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# paket @awihejo/ui private di npmjs
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc && npm ci && rm .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next/standalone ./
EXPOSE 3000
CMD ["node", "server.js"]
''', npm_tok())

add("npmrc/decoy-env-token", "webshop/awihejo-next/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
@awihejo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
''')

add("json/decoy-package-lock-integrity", "webshop/awihejo-next/package-lock.excerpt.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "awihejo-next",
  "version": "0.9.4",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/midtrans-client": {
      "version": "1.3.1",
      "resolved": "https://registry.npmjs.org/midtrans-client/-/midtrans-client-1.3.1.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/@awihejo/ui": {
      "version": "0.4.0",
      "resolved": "https://registry.npmjs.org/@awihejo/ui/-/ui-0.4.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=rnd(86, ALNUM + "+/") + "==", i2=rnd(86, ALNUM + "+/") + "==")

add("python/instagram-graph-token", "webshop/sosmed/posting_ig.py", "https://developers.facebook.com/docs/instagram-platform/content-publishing", r'''
"""Posting otomatis poto produk anyar ka IG @saungawihejo (sakali sapoe, jam 19.00)."""
import requests

IG_USER_ID = "17841450918273641"
# long-lived token (60 poe) - diganti unggal dua bulan ku Teh Euis
ACCESS_TOKEN = "@@s@@"


def posting(url_poto: str, caption: str):
    c = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media",
                      data={"image_url": url_poto, "caption": caption, "access_token": ACCESS_TOKEN})
    creation = c.json()["id"]
    requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media_publish",
                  data={"creation_id": creation, "access_token": ACCESS_TOKEN})
''', meta_token())

add("csv/decoy-order-export", "webshop/exports/pesanan-mei-2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
ref,tanggal,nama,kota,produk,jumlah,total,metode,id_transaksi,status
AWI-2405-0101,2024-05-02,Rina M.,Jakarta Selatan,Angklung diatonis 31 tabung,1,2450000,qris,@@t1@@,lunas
AWI-2405-0102,2024-05-02,SDN 3 Cimahi,Cimahi,Angklung melodi set kelas,2,7800000,va_bri,@@t2@@,lunas
AWI-2405-0103,2024-05-04,Wahyu P.,Surabaya,Suling Sunda 4 liang,3,285000,va_bca,@@t3@@,dikirim
AWI-2405-0104,2024-05-05,Kedutaan (Tokyo),Tokyo,Calung renteng,1,3150000,paypal,@@t4@@,lunas
AWI-2405-0105,2024-05-07,Dedi K.,Garut,Arumba mini,1,1200000,cod,,batal
''', t1=uuid_s(), t2=uuid_s(), t3=uuid_s(), t4=rnd(17, UPPER))

add("python/paypal-client-secret", "webshop/awihejo_api/payments/paypal.py", "https://developer.paypal.com/api/rest/authentication/", r'''
# PayPal keur pembeli luar negeri (Jepang, Walanda, AS)
import requests

PAYPAL_API = "https://api-m.paypal.com"
PAYPAL_CLIENT_ID = "AZ@@cid@@"
PAYPAL_SECRET = "@@s@@"


def token_paypal() -> str:
    r = requests.post(f"{PAYPAL_API}/v1/oauth2/token", data={"grant_type": "client_credentials"},
                      auth=(PAYPAL_CLIENT_ID, PAYPAL_SECRET), timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
''', "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 78, ALNUM + "-_"))

add("md/decoy-paypal-sandbox-doc", "webshop/docs/pembayaran-luar-negeri.md", "https://developer.paypal.com/tools/sandbox/accounts/", r'''
# Pembayaran pembeli luar negeri

Kami make PayPal (USD) kanggo pesenan ti luar Indonesia.

1. Login ka https://developer.paypal.com, pilih app **Awi Hejo Live**.
2. Client ID + Secret aya di Bitwarden, koleksi `Toko / PayPal`. Ulah ditulis di dokumen ieu.
3. Keur testing, pake akun sandbox buyer `sb-buyer-awihejo@personal.example.com`
   (password sandbox dihasilkeun ku PayPal, tingali di dashboard sandbox).
4. Kurs dipatok unggal Senen ti kurs tengah BI.

> Catetan: PayPal motong ~4.4% + USD 0.30, diitung kana harga.
''')


# ---------------------------------------------------------------- Koperasi Sinar Cikajang: kebun, timbangan, sensor

add("python/mqtt-password-timbangan", "koperasi/timbangan/kirim_timbangan.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set", r'''
"""Timbangan pucuk di pos TPH Blok Cisaruni -> MQTT server koperasi.
Dijalankeun dina Raspberry Pi nu nyambung ka timbangan digital (RS232)."""
import json
import serial
import paho.mqtt.client as mqtt

POS = "tph-cisaruni-02"
c = mqtt.Client(client_id=POS)
c.username_pw_set("timbangan", "@@s@@")
c.connect("mqtt.sinarcikajang.or.id", 1883, 60)

with serial.Serial("/dev/ttyUSB0", 9600, timeout=2) as port:
    while True:
        baris = port.readline().decode(errors="ignore").strip()
        if not baris.startswith("ST,GS"):
            continue
        berat = float(baris.split(",")[-1].replace("kg", ""))
        c.publish(f"kebun/{POS}/pucuk", json.dumps({"kg": berat, "anggota": None}))
''', mixed(16))

add("conf/decoy-mosquitto-passwd-hashes", "koperasi/mqtt/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
# dijieun ku: mosquitto_passwd -c passwd timbangan (hash PBKDF2-SHA512)
timbangan:$7$101$@@s1@@$@@h1@@
sensor-layu:$7$101$@@s2@@$@@h2@@
dashboard:$7$101$@@s3@@$@@h3@@
admin:$7$101$@@s4@@$@@h4@@
''', s1=rnd(16, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/") + "==", s2=rnd(16, ALNUM + "+/"), h2=rnd(86, ALNUM + "+/") + "==",
    s3=rnd(16, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/") + "==", s4=rnd(16, ALNUM + "+/"), h4=rnd(86, ALNUM + "+/") + "==")

add("conf/decoy-mosquitto-conf", "koperasi/mqtt/mosquitto/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Broker MQTT koperasi (server di kantor Cikajang)
listener 1883
listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl
persistence true
persistence_location /mosquitto/data/
log_dest file /mosquitto/log/mosquitto.log
''')

add("cpp/arduino-wifi-password", "koperasi/sensor-layu/sensor_layu.ino", "https://docs.arduino.cc/libraries/wifi/", r'''
// Sensor suhu & kelembaban palung layu (withering trough) - pabrik mini Cikajang
#include <WiFi.h>
#include <PubSubClient.h>
#include "DHT.h"

const char* ssid = "KOPERASI-PABRIK";
const char* pass = "@@s@@";        // wifi pabrik, ditanya ka Pak Dadang
const char* broker = "192.168.10.5";

DHT dht(4, DHT22);
WiFiClient net;
PubSubClient mq(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, pass);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mq.setServer(broker, 1883);
  dht.begin();
}

void loop() {
  float t = dht.readTemperature(), h = dht.readHumidity();
  char buf[64];
  snprintf(buf, sizeof buf, "{\"suhu\":%.1f,\"rh\":%.1f}", t, h);
  mq.publish("pabrik/palung-1/iklim", buf);
  delay(30000);
}
''', words_pw())

add("cpp/blynk-auth-token", "koperasi/sensor-layu/kipas_palung/kipas_palung.ino", "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation", r'''
// Kontrol kipas palung layu via Blynk (Kang Dede bisa ngahurungkeun ti HP)
#define BLYNK_TEMPLATE_ID "TMPL6xK2r8bQa"
#define BLYNK_TEMPLATE_NAME "Kipas Palung"
#define BLYNK_AUTH_TOKEN "@@s@@"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>

char ssid[] = "KOPERASI-PABRIK";
char pass[] = "";   // diisi waktu flashing, tingali catetan

BLYNK_WRITE(V1) {
  digitalWrite(26, param.asInt());   // relay kipas
}

void setup() {
  pinMode(26, OUTPUT);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() { Blynk.run(); }
''', blynk())

add("python/ubidots-token", "koperasi/sensor-layu/kirim_ubidots.py", "https://docs.ubidots.com/reference/authentication", r'''
import time
import requests

# Ubidots STEM - grafik suhu palung kanggo laporan ka dinas
TOKEN = "@@s@@"
DEVICE = "palung-layu-1"


def kirim(suhu, rh):
    requests.post(
        f"https://industrial.api.ubidots.com/api/v1.6/devices/{DEVICE}",
        headers={"X-Auth-Token": TOKEN, "Content-Type": "application/json"},
        json={"suhu": suhu, "kelembaban": rh},
        timeout=10,
    )


while True:
    from sensor import baca
    kirim(*baca())
    time.sleep(60)
''', ubidots())

add("yaml/decoy-esphome-secret-refs", "koperasi/sensor-layu/esphome/palung-2.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", r'''
esphome:
  name: palung-2
  friendly_name: Palung Layu 2

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_pabrik_ssid
  password: !secret wifi_pabrik_password

api:
  encryption:
    key: !secret api_key_palung2

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: dht
    pin: GPIO4
    model: DHT22
    temperature: { name: "Suhu palung 2" }
    humidity: { name: "RH palung 2" }
    update_interval: 30s
''')

add("yaml/esphome-secrets", "koperasi/sensor-layu/esphome/secrets.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", r'''
# ulah di-commit!! (tapi kapungkur kakommit ku Dede...)
wifi_pabrik_ssid: "KOPERASI-PABRIK"
wifi_pabrik_password: "@@s@@"
ota_password: "palung2ota"
api_key_palung2: ""
''', words_pw())

add("yaml/decoy-esphome-api-encryption-placeholder", "koperasi/sensor-layu/esphome/secrets.example.yaml", "https://esphome.io/components/api.html#configuration-variables", r'''
# Salin jadi secrets.yaml, teras eusian. Kunci api dijieun ku: esphome ... atau
# https://esphome.io/components/api.html (32 byte base64)
wifi_pabrik_ssid: "NAMA-WIFI"
wifi_pabrik_password: "<kata sandi wifi>"
api_key_palung2: "<32 byte base64>"
ota_password: "<ganti>"
''')

add("yaml/esphome-api-encryption-key", "koperasi/sensor-layu/esphome/timbangan-gudang.yaml", "https://esphome.io/components/api.html#configuration-variables", r'''
esphome:
  name: timbangan-gudang
esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_pabrik_ssid
  password: !secret wifi_pabrik_password

api:
  encryption:
    key: "@@s@@"

uart:
  rx_pin: D7
  baud_rate: 9600
''', fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("python/antares-access-key", "koperasi/iot/antares_curah_hujan.py", "https://antares.id/id/docs.html", r'''
"""Data curah hujan ti stasiun cuaca di Blok Papandayan, dikirim ka Antares (Telkom IoT)."""
import json
import requests

ACCESS_KEY = "@@s@@"
APP = "SinarCikajang"
DEVICE = "CurahHujanPapandayan"


def kirim(mm: float, suhu: float):
    body = {"m2m:cin": {"con": json.dumps({"mm": mm, "suhu": suhu})}}
    requests.post(
        f"https://platform.antares.id:8443/~/antares-cse/antares-id/{APP}/{DEVICE}",
        headers={"X-M2M-Origin": ACCESS_KEY, "Content-Type": "application/json;ty=4",
                 "Accept": "application/json"},
        data=json.dumps(body), timeout=10)
''', hexs(16) + ":" + hexs(16))

add("sql/decoy-anggota-nik-hash", "koperasi/db/migrations/0007_anggota.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Tabel anggota koperasi. NIK disimpen dina bentuk hash (UU PDP), lain teks asli.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE anggota (
    id            serial PRIMARY KEY,
    no_anggota    varchar(12) UNIQUE NOT NULL,     -- SC-2019-0142
    nama          text NOT NULL,
    blok_kebun    text,
    luas_ha       numeric(5,2),
    nik_sha256    char(64) NOT NULL,
    no_rekening   text,                            -- dienkripsi: pgp_sym_encrypt(.., current_setting('app.kunci'))
    bergabung     date DEFAULT current_date
);

INSERT INTO anggota (no_anggota, nama, blok_kebun, luas_ha, nik_sha256)
VALUES ('SC-2019-0001', 'H. Ma''mun', 'Cisaruni', 1.25, '@@h@@');
''', h=hexs(64))

add("python/postgres-dsn-rekap", "koperasi/rekap/rekap_bulanan.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", r'''
"""Rekap setoran pucuk bulanan per anggota -> Excel kanggo rapat RAT."""
import pandas as pd
import psycopg

DSN = "postgresql://rekap:@@s@@@db.sinarcikajang.or.id:5432/koperasi"

Q = """
SELECT a.no_anggota, a.nama, sum(s.kg) AS total_kg, sum(s.kg * h.harga_per_kg) AS total_rp
FROM setoran s JOIN anggota a ON a.id = s.anggota_id
JOIN harga_pucuk h ON h.tanggal = s.tanggal::date
WHERE date_trunc('month', s.tanggal) = date_trunc('month', now() - interval '1 month')
GROUP BY 1, 2 ORDER BY 1
"""

with psycopg.connect(DSN) as conn:
    df = pd.read_sql(Q, conn)
df.to_excel("rekap_setoran_bulan_kamari.xlsx", index=False)
print("Rekap beres:", len(df), "anggota")
''', mixed(18))

add("pgpass/postgres-password", "koperasi/rekap/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
db.sinarcikajang.or.id:5432:koperasi:rekap:@@s@@
# grafana_ro mah make sertifikat klien, teu kedah sandi
localhost:5432:*:postgres:postgres
# chmod 600 ~/.pgpass, mun henteu psql moal maca
''', words_pw())

add("ipynb/decoy-notebook-getpass", "koperasi/analisis/produktivitas_blok.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Produktivitas pucuk per blok (kg/ha/bulan)\n", "Data 2021-2024, tanpa blok Cikuray (kabakar 2023)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\n",
    "pw = getpass.getpass('Sandi DB rekap: ')\n",
    "eng = sa.create_engine(f'postgresql://rekap:{pw}@db.sinarcikajang.or.id/koperasi')\n",
    "df = pd.read_sql('select * from v_produktivitas_blok', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("ipynb/gsheets-service-account-key", "koperasi/analisis/harga_pucuk_gsheet.ipynb", "https://docs.gspread.org/en/latest/oauth2.html#for-bots-using-service-account", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Harga pucuk harian ti Google Sheet 'Harga Pucuk 2024' (diisi ku Bu Iis)\n",
    "import gspread\n",
    "creds = {\n",
    "  'type': 'service_account', 'project_id': 'sinar-cikajang',\n",
    "  'client_email': 'rekap-sheet@sinar-cikajang.iam.gserviceaccount.com',\n",
    "  'private_key': '@@pk@@',\n",
    "  'token_uri': 'https://oauth2.googleapis.com/token'}\n",
    "gc = gspread.service_account_from_dict(creds)\n",
    "ws = gc.open('Harga Pucuk 2024').sheet1"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', (pem2 := fakes.fake_pem(_seed(), "RSA").replace("BEGIN RSA", "BEGIN").replace("END RSA", "END")).split("\n")[2],
    pk=pem2.replace("\n", "\\\\n"))

add("php/sms-gateway-zenziva", "koperasi/sms/kirim_sms_bayaran.php", "https://www.zenziva.id/dokumentasi/", r'''
<?php
// Kirim SMS ka anggota: "Pembayaran pucuk minggu ieu parantos ditransfer"
// Seueur anggota sepuh teu gaduh WA, janten nganggo SMS (Zenziva).
$userkey = '3f9a1c2e7b5d';
$passkey = '@@s@@';

function kirim_sms($telepon, $pesan) {
    global $userkey, $passkey;
    $url = 'https://console.zenziva.net/reguler/api/sendsms/';
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([
        'userkey' => $userkey, 'passkey' => $passkey, 'to' => $telepon, 'message' => $pesan,
    ]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
''', hexs(20))

add("python/wablas-token", "koperasi/wa/pengumuman_wa.py", "https://wablas.com/documentation/api", r'''
# Pengumuman ka grup ketua kelompok tani (Wablas)
import requests

WABLAS_URL = "https://solo.wablas.com/api/send-message"
WABLAS_TOKEN = "@@s@@"

KETUA = {
    "Cisaruni": "6281221904417",
    "Papandayan": "6285223018845",
    "Cikajang Kota": "6287821550093",
}

for blok, hp in KETUA.items():
    requests.post(WABLAS_URL, headers={"Authorization": WABLAS_TOKEN},
                  data={"phone": hp, "message": f"Wilujeng enjing, ketua blok {blok}. "
                        "Rapat anggota tahunan (RAT) Saptu 13 Juli jam 08.00 di aula koperasi."})
''', mixed(50) + "." + mixed(8))

add("csv/decoy-rekening-masked", "koperasi/keuangan/transfer_pucuk_minggu27.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
no_anggota;nama;bank;no_rekening;kg;harga;jumlah;ref_transfer
SC-2019-0001;H. Ma'mun;BRI;****-****-4417-50;312,5;3200;1000000;@@r1@@
SC-2019-0014;Iis Sumiati;BJB;****-****-0093-01;198,0;3200;633600;@@r2@@
SC-2020-0051;Ujang Sukmana;BRI;****-****-1182-50;421,0;3200;1347200;@@r3@@
SC-2021-0102;Enok Komariah;BSI;****-****-7720-11;87,5;3200;280000;@@r4@@
''', r1=rnd(16, UPPER), r2=rnd(16, UPPER), r3=rnd(16, UPPER), r4=rnd(16, UPPER))

add("python/bri-api-client-secret", "koperasi/keuangan/brapi_transfer.py", "https://developers.bri.co.id/id/docs/authentication", r'''
"""Transfer bayaran pucuk ka rekening BRI anggota (BRIAPI)."""
import requests

CONSUMER_KEY = "Yq9Xz0kB7fV1tE4hLd2NpR6sWu8cJmAa"
CONSUMER_SECRET = "@@s@@"


def token() -> str:
    r = requests.post("https://partner.api.bri.co.id/oauth/client_credential/accesstoken?grant_type=client_credentials",
                      data={"client_id": CONSUMER_KEY, "client_secret": CONSUMER_SECRET}, timeout=15)
    return r.json()["access_token"]


def transfer(rekening: str, jumlah: int, keterangan: str):
    # ... BRIVA/transfer internal, tingali dokumentasi
    raise NotImplementedError
''', mixed(16))

add("md/decoy-runbook-vault-path", "koperasi/docs/runbook-transfer.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
# Runbook: transfer bayaran pucuk (unggal Jumaah)

1. Pastikeun rekap timbangan minggu ieu geus diverifikasi ku mandor blok.
2. Candak kredensial BRIAPI tina Vault:

   ```
   vault kv get -field=consumer_secret secret/koperasi/briapi
   ```

3. Jalankeun `python brapi_transfer.py --minggu 27 --dry-run`, cek totalna sarua jeung rekap.
4. Mun geus cocog, jalankeun tanpa `--dry-run`. Bendahara (Bu Iis) nyatujuan di aplikasi BRI.
5. SMS otomatis dikirim ka anggota.

Upami gagal: hubungi Kang Rizal (IT), ulah ngulang transfer manual samemeh dicek.
''')

add("env/decoy-systemd-credentials", "koperasi/deploy/koperasi-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials", r'''
[Unit]
Description=API Koperasi Sinar Cikajang
After=network-online.target postgresql.service

[Service]
User=koperasi
WorkingDirectory=/opt/koperasi-api
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/koperasi-db
Environment=DB_PASSWORD_FILE=%d/db_password
Environment=TZ=Asia/Jakarta
ExecStart=/opt/koperasi-api/.venv/bin/uvicorn api:app --host 127.0.0.1 --port 8010
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("ini/odoo-admin-passwd", "koperasi/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; Odoo kanggo akuntansi koperasi + inventori teh garing
addons_path = /usr/lib/python3/dist-packages/odoo/addons,/opt/odoo/custom
admin_passwd = @@s@@
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^sinarcikajang$
list_db = False
proxy_mode = True
lang = id_ID
''', mixed(24))

add("python/odoo-xmlrpc-password", "koperasi/odoo/scripts/import_setoran.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html", r'''
import xmlrpc.client

URL = "https://erp.sinarcikajang.or.id"
DB = "sinarcikajang"
USER = "bendahara@sinarcikajang.or.id"
PW = "@@s@@"   # sandi Bu Iis, samentawis

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, PW, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

for baris in open("setoran_minggu27.csv", encoding="utf-8").readlines()[1:]:
    no, kg, harga = baris.strip().split(";")[:3]
    models.execute_kw(DB, uid, PW, "koperasi.setoran", "create",
                      [{"no_anggota": no, "kg": float(kg.replace(",", ".")), "harga": int(harga)}])
''', words_pw())

add("xml/decoy-odoo-demo-data", "koperasi/odoo/custom/koperasi_teh/data/demo_users.xml", "https://www.odoo.com/documentation/17.0/developer/reference/backend/data.html", r'''
<?xml version="1.0" encoding="utf-8"?>
<odoo>
    <!-- data demo wungkul (modul demo=True), lain akun sabenerna -->
    <record id="user_mandor_demo" model="res.users">
        <field name="name">Mandor Demo</field>
        <field name="login">mandor.demo@example.com</field>
        <field name="password">demo</field>
        <field name="groups_id" eval="[(4, ref('koperasi_teh.group_mandor'))]"/>
    </record>
</odoo>
''')

add("ps1/decoy-securestring", "koperasi/kantor/backup_ke_nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Backup folder "Keuangan" di PC bendahara ka NAS kantor (unggal Saptu sore)
$nas = "\\NAS-KOPERASI\backup"
$cred = Import-Clixml -Path "$env:USERPROFILE\nas-cred.xml"   # dijieun ku Get-Credential | Export-Clixml

New-PSDrive -Name K -PSProvider FileSystem -Root $nas -Credential $cred | Out-Null
$tgl = Get-Date -Format "yyyy-MM-dd"
Compress-Archive -Path "D:\Keuangan\*" -DestinationPath "K:\keuangan-$tgl.zip" -Force
Remove-PSDrive K
Write-Host "Backup beres: keuangan-$tgl.zip"
''')

add("bat/net-use-password", "koperasi/kantor/sambung_nas.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
rem Nyambungkeun drive N: ka NAS kantor koperasi
rem dipasang di Startup PC admin gudang
net use N: /delete /y >nul 2>&1
net use N: \\NAS-KOPERASI\gudang @@s@@ /user:NAS-KOPERASI\gudang /persistent:yes
if errorlevel 1 (
  echo Gagal nyambung ka NAS, cobian deui engke.
  pause
)
''', words_pw())

add("txt/decoy-wifi-voucher-note", "koperasi/kantor/catatan_wifi_tamu.txt", "https://www.rfc-editor.org/rfc/rfc8252", r'''
WIFI TAMU KOPERASI (aula RAT)
-----------------------------
Nama jaringan : SINAR-CIKAJANG-TAMU
Sandi          : dibéré ku satpam / ditulis di papan tulis aula (diganti unggal bulan)
Captive portal : http://10.10.0.1/login (voucher kertas)

Wifi KANTOR mah ulah dibikeun ka tamu. Sandi kantor aya di buku catetan Kang Rizal.
''')

add("txt/wifi-password-note", "koperasi/kantor/catatan_jaringan.txt", "https://help.mikrotik.com/docs/display/ROS/WiFi", r'''
JARINGAN KANTOR KOPERASI - Kang Rizal, update 2024-03-11

Router   : MikroTik hAP ac2 (192.168.10.1), admin: rizal
ISP      : IndiHome 50 Mbps, no. pelanggan 122-0349-8812
SSID     : KOPERASI-KANTOR
Sandi    : @@s@@
VLAN 20  : pabrik (sensor layu, timbangan)
VLAN 30  : tamu

Catetan: printer Epson L3210 di 192.168.10.40, CCTV gudang di .50 (NVR).
''', words_pw())

add("rsc/mikrotik-export-password", "koperasi/kantor/mikrotik_backup.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management", r'''
# 2024-03-11 09:12:44 by RouterOS 7.13.5
# model = RBD52G-5HacD2HnD
/interface bridge
add admin-mac=48:8F:5A:21:0C:9E auto-mac=no comment=defconf name=bridge
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-kantor passphrase="@@s@@"
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=KOPERASI-KANTOR security=sec-kantor
/ip address
add address=192.168.10.1/24 interface=bridge network=192.168.10.0
/system identity
set name=router-koperasi
''', words_pw())

add("rsc/decoy-mikrotik-hide-sensitive", "koperasi/kantor/mikrotik_hide.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management#ConfigurationManagement-ConfigurationExport", r'''
# 2024-06-02 07:00:01 by RouterOS 7.13.5
# ekspor otomatis (tanpa show-sensitive) -> aman disimpen di repo
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-kantor
add authentication-types=wpa2-psk name=sec-pabrik
/ppp secret
add name=vpn-rizal profile=default-encryption service=l2tp
/ip dns
set allow-remote-requests=yes servers=1.1.1.1,8.8.8.8
/system clock
set time-zone-name=Asia/Jakarta
''')

add("conf/wireguard-private-key", "koperasi/kantor/wg0-kebun.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN ti pos timbangan Papandayan ka kantor (sinyal Telkomsel hungkul)
[Interface]
PrivateKey = @@s@@
Address = 10.66.0.12/24
DNS = 192.168.10.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.sinarcikajang.or.id:51820
AllowedIPs = 192.168.10.0/24, 10.66.0.0/24
PersistentKeepalive = 25
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    pub=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("conf/decoy-wireguard-peer-public", "koperasi/kantor/wg0-server-peers.conf", "https://www.wireguard.com/quickstart/", r'''
# Daptar peer VPN kantor. Ngan public key (aman), private key aya di unggal alat.
[Peer]
# pos timbangan Papandayan
PublicKey = @@p1@@
AllowedIPs = 10.66.0.12/32

[Peer]
# pos timbangan Cisaruni
PublicKey = @@p2@@
AllowedIPs = 10.66.0.13/32

[Peer]
# laptop Kang Rizal
PublicKey = @@p3@@
AllowedIPs = 10.66.0.2/32
''', p1=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    p2=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    p3=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("sh/history-mysql-password", "koperasi/kantor/rizal_bash_history.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
cd /opt/koperasi-api
git pull
sudo systemctl restart koperasi-api
journalctl -u koperasi-api -n 50
mysql -u timbangan -p'@@s@@' -h 127.0.0.1 timbangan_lama -e "select count(*) from setoran_2019"
mysqldump -u timbangan -p timbangan_lama > /backup/timbangan_lama.sql
ls -lh /backup
df -h
exit
''', words_pw())

add("sh/decoy-history-read-p", "koperasi/kantor/dede_bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", r'''
ssh pi@192.168.20.31
sudo raspi-config
read -s -p "Sandi MQTT: " MQTT_PW; export MQTT_PW
python3 kirim_timbangan.py
mosquitto_sub -h mqtt.sinarcikajang.or.id -u dashboard -P "$MQTT_PW" -t 'kebun/#' -v
sudo apt update && sudo apt install -y python3-serial
vcgencmd measure_temp
sudo reboot
''')

add("yaml/grafana-datasource-password", "koperasi/monitoring/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: InfluxDB-pabrik
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: sinar-cikajang
      defaultBucket: palung_layu
    secureJsonData:
      token: "@@s@@"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("yaml/decoy-grafana-env-interp", "koperasi/monitoring/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", r'''
apiVersion: 1
datasources:
  - name: Koperasi-Postgres
    type: postgres
    url: db.sinarcikajang.or.id:5432
    user: grafana_ro
    jsonData:
      database: koperasi
      sslmode: require
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
''')

add("ini/grafana-admin-password", "koperasi/monitoring/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
domain = grafik.sinarcikajang.or.id
root_url = https://%(domain)s/

[security]
admin_user = rizal
admin_password = @@s@@

[users]
default_language = id-ID
allow_sign_up = false

[auth.anonymous]
enabled = true
org_role = Viewer
''', words_pw())

add("yaml/alertmanager-telegram", "koperasi/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r'''
route:
  receiver: tele-rizal
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: tele-rizal
    telegram_configs:
      - bot_token: "@@s@@"
        chat_id: 184729364
        parse_mode: HTML
        message: |
          {{ range .Alerts }}⚠️ {{ .Annotations.ringkesan }} ({{ .Labels.instance }}){{ end }}
''', fakes.telegram_token(_seed()))

add("yaml/decoy-prometheus-rules", "koperasi/monitoring/rules/palung.yml", "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/", r'''
groups:
  - name: palung-layu
    rules:
      - alert: SuhuPalungLuhur
        expr: palung_suhu_celsius > 38
        for: 10m
        labels: { severity: warning }
        annotations:
          ringkesan: "Suhu palung {{ $labels.palung }} langkung ti 38°C, pucuk bisa kaduruk"
      - alert: SensorTeuNgirim
        expr: time() - palung_last_seen_timestamp > 900
        labels: { severity: critical }
        annotations:
          ringkesan: "Sensor {{ $labels.palung }} teu ngirim data 15 menit"
''')

add("md/ops-note-api-key-prose", "koperasi/docs/catatan_rapat_it_2024-05.md", "https://openweathermap.org/appid", r'''
# Catetan rapat IT koperasi - 14 Mei 2024

Hadir: Kang Rizal, Dede, Bu Iis (bendahara)

- Prakiraan cuaca keur jadwal metik: urang make OpenWeatherMap (gratis, 1000 call/poe).
  API key-na: @@s@@ (akun rizal@sinarcikajang.or.id). Dede rek nyieun cron jam 05.00.
- Sensor palung 3 ruksak (DHT22 kakeueum), meuli deui 2 siki.
- Bu Iis menta laporan setoran bisa dibuka di HP -> Grafana anonim Viewer, OK.
- Backup NAS: cek deui unggal Saptu.

Rapat salajengna: 11 Juni.
''', hexs(32))

add("python/decoy-openweather-env", "koperasi/cuaca/prakiraan.py", "https://openweathermap.org/api/one-call-3", r'''
"""Prakiraan hujan 48 jam keur jadwal metik pucuk (Cikajang: -7.3683, 107.8046)."""
import os
import requests

OWM_KEY = os.getenv("OWM_API_KEY")
LAT, LON = -7.3683, 107.8046


def bakal_hujan(jam: int = 12) -> bool:
    r = requests.get("https://api.openweathermap.org/data/3.0/onecall",
                     params={"lat": LAT, "lon": LON, "appid": OWM_KEY, "units": "metric",
                             "exclude": "minutely,daily", "lang": "id"}, timeout=10)
    r.raise_for_status()
    return any(h.get("pop", 0) > 0.6 for h in r.json()["hourly"][:jam])


if __name__ == "__main__":
    print("Hujan?" , "muhun, tunda metik" if bakal_hujan() else "aman, mangga metik")
''')


# ---------------------------------------------------------------- Saung Awi Hejo: bengkel, kelas, tim

add("python/openai-chatbot-cs", "webshop/cs_bot/jawab.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Chatbot CS: ngajawab patarosan ngeunaan laras angklung, ongkir, jeung perawatan awi."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SISTEM = ("Anjeun teh CS Saung Awi Hejo. Jawab ku basa Indonesia atanapi Sunda, sopan, singket. "
          "Upami ditaros harga, rujuk ka https://awihejo.id/katalog.")


def jawab(patarosan: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SISTEM}, {"role": "user", "content": patarosan}],
        temperature=0.3,
    )
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("ts/anthropic-key-deskripsi", "webshop/awihejo-next/scripts/deskripsi-produk.ts", "https://docs.anthropic.com/en/api/getting-started", r'''
// Nyieun draf deskripsi produk (ID + EN) tina catetan pengrajin. Diedit deui ku Teh Euis.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({ apiKey: "@@s@@" });

export async function drafDeskripsi(catatan: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Tuliskan deskripsi produk angklung dari catatan ini:\n${catatan}` }],
  });
  return msg.content;
}
''', anthropic())

add("python/hf-token-laras", "bengkel/laras/latih_model.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Model klasifikasi nada angklung (laras salendro/pelog/diatonis) tina rekaman.
Dataset rekaman di HF private repo awihejo/rekaman-angklung."""
from datasets import load_dataset
from huggingface_hub import login

login(token="@@s@@")
ds = load_dataset("awihejo/rekaman-angklung", split="train")
print(ds)
# TODO: fitur MFCC + frekuensi dasar, bandingkeun jeung tuner manual Mang Odang
''', hf_tok())

add("python/decoy-tuner-frequencies", "bengkel/laras/frekuensi.py", "https://en.wikipedia.org/wiki/Angklung", r'''
"""Frekuensi target (Hz) keur nyetem angklung diatonis, A4 = 440 Hz.
Dipake ku aplikasi tuner di bengkel. Lain rusiah naon-naon, ngan tabel."""
A4 = 440.0
NADA = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


def frekuensi(nada: str, oktaf: int) -> float:
    n = NADA.index(nada) - 9 + (oktaf - 4) * 12
    return round(A4 * 2 ** (n / 12), 2)


# sidik rekaman referensi (sha1 tina file wav), supaya teu kaganti
REFERENSI = {
    "C4": "@@h1@@",
    "G4": "@@h2@@",
    "A4": "@@h3@@",
}
''', h1=hexs(40), h2=hexs(40), h3=hexs(40))

add("json/vscode-sftp-password", "bengkel/inventori/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Setting", r'''
{
    "name": "hosting inventori (Niagahoster)",
    "host": "srv117.niagahoster.com",
    "protocol": "sftp",
    "port": 65002,
    "username": "u4819203",
    "password": "@@s@@",
    "remotePath": "/home/u4819203/public_html/inventori",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("json/decoy-vscode-settings", "bengkel/inventori/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "editor.formatOnSave": true,
    "files.encoding": "utf8",
    "php.validate.executablePath": "/usr/bin/php8.2",
    "intelephense.licenceKey": "${env:INTELEPHENSE_KEY}",
    "sqltools.connections": [
        {
            "name": "inventori lokal",
            "driver": "MySQL",
            "server": "localhost",
            "database": "inventori",
            "username": "root",
            "askForPassword": true
        }
    ],
    "cSpell.language": "en,id"
}
''')

add("xml/jetbrains-datasource-password", "bengkel/inventori/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PS-241.15989.155">
    <data-source name="inventori@srv117" uuid="@@u@@">
      <database-info product="MySQL" version="8.0.36" dbms="MYSQL" exact-version="8.0.36" />
      <secret-storage>master_key</secret-storage>
      <user-name>u4819203_inv</user-name>
      <schema-mapping />
    </data-source>
  </component>
</project>
<!-- sandi: @@s@@ (Ujang, poho wae) -->
''', words_pw(), u=uuid_s())

add("php/inventori-config", "bengkel/inventori/config.php", "https://www.php.net/manual/en/pdo.connections.php", r'''
<?php
// Inventori bahan baku: awi hideung, awi tali, rotan, paku, ampelas
// hosting Niagahoster (shared)
define('DB_HOST', 'localhost');
define('DB_NAME', 'u4819203_inventori');
define('DB_USER', 'u4819203_inv');
define('DB_PASS', '@@s@@');

try {
    $pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME . ';charset=utf8mb4', DB_USER, DB_PASS);
    $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
} catch (PDOException $e) {
    die('Koneksi database gagal. Hubungi Kang Ujang.');
}
''', mixed(14))

add("php/decoy-wp-config-salts-placeholder", "webshop/blog-lama/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// Blog lama awihejo (WordPress) - conto konfigurasi, sanes nu dipake
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

add("php/wp-config-auth-key", "webshop/blog-lama/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
/** Blog lama awihejo.id/blog - dipindahkeun ka Wagtail, tapi masih online */
define( 'DB_NAME', 'u4819203_wp' );
define( 'DB_USER', 'u4819203_wp' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         '@@s@@' );
define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );

$table_prefix = 'awh_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', rnd(64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("yaml/gitlab-ci-docker-pat", "bengkel/tuner-app/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
stages: [build]

build-image:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    # samentawis, engke dipindah ka CI/CD variables
    - echo "@@s@@" | docker login -u awihejo --password-stdin
    - docker build -t awihejo/tuner-api:$CI_COMMIT_SHORT_SHA .
    - docker push awihejo/tuner-api:$CI_COMMIT_SHORT_SHA
  only: [main]
''', docker_pat())

add("yaml/decoy-gitlab-ci-masked-vars", "bengkel/tuner-app/.gitlab-ci.deploy.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
deploy:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_DEPLOY_KEY" | tr -d '\r' | ssh-add -
  script:
    - ssh -o StrictHostKeyChecking=no deploy@tuner.awihejo.id "docker pull awihejo/tuner-api:$CI_COMMIT_SHORT_SHA && docker compose up -d"
  environment: production
  only: [main]
''')

add("sh/gitlab-token-clone", "bengkel/tuner-app/scripts/clone_semua.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
#!/bin/sh
# clone sadaya repo bengkel ka laptop anyar
TOKEN=@@s@@
for r in tuner-app inventori katalog-foto laras-dataset; do
  git clone "https://oauth2:${TOKEN}@gitlab.com/awihejo/${r}.git"
done
echo "beres, $(ls | wc -l) repo"
''', gitlab())

add("git-credentials/github-token-url", "bengkel/katalog-foto/.git-credentials.bak", "https://git-scm.com/docs/git-credential-store#_storage_format", r'''
https://awihejo-bot:@@s@@@github.com
# cadangan tina laptop lami Kang Ujang (Thinkpad), 2024-02
# (credential.helper=store)
# TODO: hapus, ganti ka credential manager
# file asli: ~/.git-credentials
''', fakes.github_token(_seed()))

add("md/decoy-github-revoked-note", "bengkel/katalog-foto/SECURITY-NOTES.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation", r'''
# Catetan kaamanan repo

## 2024-02-19 - token bocor dina .git-credentials.bak
- Token GitHub `awihejo-bot` kapanggih dina file cadangan nu kakommit.
- Geus dicabut (revoked) poé éta kénéh ku Kang Ujang; token anyar disimpen di GitHub Actions secrets.
- Riwayat git geus dibersihkeun ku `git filter-repo`.

## Aturan
- Ulah nyimpen token di file naon wae di repo.
- Anggo `gh auth login` atanapi credential manager.
- Upami aya nu bocor, bejakeun ka grup "IT Awi Hejo" sanggeus dicabut.
''')

add("python/aws-s3-foto", "bengkel/katalog-foto/unggah_s3.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
"""Unggah poto produk (ukuran asli) ka S3, bucket awihejo-katalog (ap-southeast-3, Jakarta)."""
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

for poto in pathlib.Path("hasil_edit").glob("*.jpg"):
    s3.upload_file(str(poto), "awihejo-katalog", f"produk/{poto.name}",
                   ExtraArgs={"ContentType": "image/jpeg", "CacheControl": "max-age=31536000"})
    print("✓", poto.name)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "bengkel/katalog-foto/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@s@@
aws_secret_access_key = @@sk@@
region = ap-southeast-3

[laporan]
role_arn = arn:aws:iam::381920475610:role/laporan-readonly
source_profile = default
''', fakes.aws_key_id(_seed()), sk=fakes.aws_secret_key(_seed()))

add("json/decoy-s3-bucket-policy", "bengkel/katalog-foto/aws/bucket-policy.json", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PotoProdukPublik",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::awihejo-katalog/produk/*"
    },
    {
      "Sid": "UnggahNganggoRole",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::381920475610:role/unggah-poto" },
      "Action": ["s3:PutObject"],
      "Resource": "arn:aws:s3:::awihejo-katalog/*"
    }
  ]
}
''')

add("txt/decoy-presigned-url-expired", "bengkel/katalog-foto/link_poto_pameran.txt", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", r'''
Link poto pameran Inacraft 2024 (kadaluarsa saenggeus 7 poe, dikirim ka panitia 2 April):

https://awihejo-katalog.s3.ap-southeast-3.amazonaws.com/pameran/inacraft2024.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA@@c@@%2F20240402%2Fap-southeast-3%2Fs3%2Faws4_request&X-Amz-Date=20240402T031500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@

Upami panitia menta deui, jieun link anyar ku: aws s3 presign ... --expires-in 604800
''', c=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sig=hexs(64))

add("env/cloudinary-url", "webshop/awihejo-next/.env.local", "https://cloudinary.com/documentation/node_integration#configuration", r'''
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_MIDTRANS_CLIENT_KEY=SB-Mid-client-xxxxxxxx
# poto produk di Cloudinary (akun Teh Euis)
CLOUDINARY_URL=cloudinary://@@key@@:@@s@@@awihejo
NEXT_PUBLIC_CLOUDINARY_CLOUD=awihejo
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(_rng().randint(10**14, 10**15)))

add("js/decoy-firebase-web-config", "webshop/awihejo-next/src/lib/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", r'''
// Konfigurasi Firebase web (publik ku desain; kaamanan diatur ku Security Rules + App Check)
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY,
  authDomain: "awihejo-mobile.firebaseapp.com",
  projectId: "awihejo-mobile",
  storageBucket: "awihejo-mobile.appspot.com",
  messagingSenderId: "918273645102",
  appId: "1:918273645102:web:@@appid@@",
  measurementId: "G-@@mid@@",
};

export const app = initializeApp(firebaseConfig);
''', appid=hexs(22), mid=rnd(10, UPPER))

add("html/decoy-recaptcha-site-key", "webshop/awihejo/resources/views/kontak.blade.php", "https://developers.google.com/recaptcha/docs/display", r'''
@extends('layouts.toko')
@section('content')
<h1>Hubungi Kami</h1>
<p>Hoyong mesen angklung kanggo sakola atanapi grup? Eusian formulir di handap.</p>
<form method="POST" action="/kontak">
  @csrf
  <input name="nama" placeholder="Nami" required>
  <input name="hp" placeholder="No. WA" required>
  <textarea name="pesan" placeholder="Pesen"></textarea>
  <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
  <button type="submit">Kirim</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
@endsection
''', sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("php/recaptcha-secret", "webshop/awihejo/app/Http/Controllers/KontakController.php", "https://developers.google.com/recaptcha/docs/verify", r'''
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class KontakController extends Controller
{
    private const RECAPTCHA_SECRET = '@@s@@';

    public function kirim(Request $req)
    {
        $cek = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret' => self::RECAPTCHA_SECRET,
            'response' => $req->input('g-recaptcha-response'),
        ])->json();
        abort_unless($cek['success'] ?? false, 422, 'Captcha teu valid');
        // ... simpen pesen, kirim WA ka admin
        return back()->with('ok', 'Hatur nuhun, pesen parantos ditampi!');
    }
}
''', "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("json/google-oauth-client-secret", "webshop/awihejo_cms/client_secret_918273645102.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r'''
{
  "web": {
    "client_id": "918273645102-@@cid@@.apps.googleusercontent.com",
    "project_id": "awihejo-mobile",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["https://blog.awihejo.id/accounts/google/login/callback/"]
  }
}
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=rnd(32, string.ascii_lowercase + string.digits))

add("python/youtube-api-key", "bengkel/kelas_online/playlist.py", "https://developers.google.com/youtube/v3/getting-started", r'''
# Ngumpulkeun video tutorial "Diajar Angklung" ti channel Awi Hejo kanggo halaman kelas
import requests

YT_KEY = "@@s@@"
PLAYLIST = "PLx8Hq2vT0aW1rZ3mN5bY7cD9eF1gH3jK5"

r = requests.get("https://www.googleapis.com/youtube/v3/playlistItems",
                 params={"part": "snippet", "playlistId": PLAYLIST, "maxResults": 50, "key": YT_KEY})
for it in r.json().get("items", []):
    sn = it["snippet"]
    print(sn["position"] + 1, sn["title"], "https://youtu.be/" + sn["resourceId"]["videoId"])
''', google_api())

add("json/zoom-s2s-secret", "bengkel/kelas_online/zoom_config.json", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", r'''
{
  "_catetan": "Server-to-Server OAuth kanggo ngadamel rapat kelas angklung online (Saptu)",
  "account_id": "Qw3rT7yU9iO1pA5sD8fG",
  "client_id": "zK4mN8bV2cX6zL0jH3gF",
  "client_secret": "@@s@@",
  "default_topic": "Kelas Angklung Online - Saung Awi Hejo",
  "timezone": "Asia/Jakarta"
}
''', mixed(32))

add("eml/decoy-email-reset-link-expired", "bengkel/arsip-surel/2024-03-reset-zoom.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Zoom <no-reply@zoom.us>
To: kelas@awihejo.id
Subject: Reset your Zoom password
Date: Tue, 12 Mar 2024 08:41:02 +0700
Content-Type: text/plain; charset=utf-8

Hi Saung Awi Hejo,

We received a request to reset your password. This link expires in 1 hour:
https://zoom.us/reset_password?token=@@t@@&e=1710211262

If you didn't request this, you can ignore this email.

-- diteruskeun ku Teh Euis: "tos diganti, link ieu tos teu tiasa dianggo"
''', t=mixed(40))

add("eml/password-in-email", "bengkel/arsip-surel/2024-01-akun-jurnal.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Ujang Sopandi <ujang@awihejo.id>
To: Euis Nurhayati <euis@awihejo.id>
Subject: Akun Jurnal.id kanggo pembukuan
Date: Mon, 8 Jan 2024 19:02:11 +0700
Content-Type: text/plain; charset=utf-8

Teh Euis,

Ieu akun Jurnal.id kanggo input faktur bahan baku:
  email : keuangan@awihejo.id
  sandi : @@s@@

Punten diganti saatos login kahiji. Laporan laba rugi Desember dipénta ku bank BJB
kanggo KUR, deadline tanggal 15.

Nuhun,
Ujang
''', words_pw())

add("python/jurnal-api-key", "bengkel/pembukuan/sinkron_jurnal.py", "https://api-doc.jurnal.id/", r'''
"""Sinkron pesanan lunas ti toko ka Jurnal.id jadi faktur penjualan."""
import requests

JURNAL_API = "https://api.jurnal.id/core/api/v1"
API_KEY = "@@s@@"


def buat_faktur(pesanan):
    body = {"sales_invoice": {
        "transaction_date": pesanan.tanggal.isoformat(),
        "person_name": pesanan.nama,
        "transaction_lines_attributes": [
            {"product_name": p.nama, "quantity": p.qty, "rate": p.harga} for p in pesanan.items
        ],
        "memo": f"Toko online {pesanan.ref}",
    }}
    return requests.post(f"{JURNAL_API}/sales_invoices", json=body,
                         headers={"apikey": API_KEY}, timeout=20).json()
''', hexs(32))

add("chat/whatsapp-export-password", "bengkel/arsip-chat/WhatsApp Chat with IT Awi Hejo.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/02/24 08.12 - Ujang: Dan, server toko lemot deui euy
12/02/24 08.15 - Dadan: muhun kang, saur abdi mah RAM-na beak. bade di-restart heula nya
12/02/24 08.16 - Ujang: mangga. login root VPS masih nu kamari?
12/02/24 08.17 - Dadan: henteu kang, tos diganti. root: @@s@@
12/02/24 08.17 - Dadan: engke ku abdi dilebetkeun ka Bitwarden
12/02/24 08.30 - Ujang: ok tos normal deui 👍
12/02/24 09.02 - Euis: pesenan SDN 3 Cimahi tos dibayar nya, 2 set
12/02/24 09.03 - Ujang: siap, Mang Odang mimiti nyetem minggu payun
''', words_pw())

add("chat/decoy-whatsapp-otp-expired", "bengkel/arsip-chat/WhatsApp Chat with Euis.txt", "https://faq.whatsapp.com/1180414079177245", r'''
03/04/24 10.01 - Euis: kang, kode OTP Shopee asup ka HP akang, punten kirimkeun
03/04/24 10.02 - Ujang: 482913
03/04/24 10.09 - Euis: tos kadaluarsa kang 😅 kirim deui
03/04/24 10.10 - Ujang: ulah nitah OTP via WA atuh, sok bahaya. urang pindahkeun nomer admin ka HP toko we
03/04/24 10.11 - Euis: muhun, sawios. abdi login ti laptop toko
03/04/24 10.20 - Euis: tos lebet. stok angklung pelog tos diupdate
''')

add("chat/slack-export-webhook", "bengkel/arsip-chat/slack-export/produksi/2024-04-18.json", "https://api.slack.com/messaging/webhooks", r'''
[
  {
    "type": "message",
    "user": "U05QK2R8XMB",
    "text": "Dan, webhook kanggo notif pesanan ka channel #produksi: @@s@@ — tos dipasang di toko?",
    "ts": "1713415920.118209"
  },
  {
    "type": "message",
    "user": "U05QJ7N1ABC",
    "text": "tos kang, tes heula nya. hasilna asup :white_check_mark:",
    "ts": "1713416102.220811"
  }
]
''', slack_webhook())

add("js/discord-webhook-stok", "bengkel/inventori/js/notif_stok.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
// Ngabejaan ka Discord bengkel upami stok awi hideung kirang ti 50 batang
const WEBHOOK = "@@s@@";

async function cekStok() {
  const res = await fetch("/inventori/api/stok.php?bahan=awi_hideung");
  const { jumlah } = await res.json();
  if (jumlah < 50) {
    await fetch(WEBHOOK, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ content: `⚠️ Stok awi hideung sesa ${jumlah} batang. Pesen deui ka Pak Engkos (Ciamis).` }),
    });
  }
}
setInterval(cekStok, 6 * 60 * 60 * 1000);
''', discord_webhook())

add("python/slack-bot-token", "bengkel/bot_produksi/laporan_harian.py", "https://api.slack.com/authentication/token-types#bot", r'''
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")


def laporan(angklung_beres: int, suling_beres: int, catetan: str):
    slack.chat_postMessage(
        channel="#produksi",
        text=(f"*Laporan produksi poe ieu*\n• Angklung: {angklung_beres} siki\n"
              f"• Suling: {suling_beres} siki\n_{catetan}_"),
    )


if __name__ == "__main__":
    laporan(24, 10, "Mang Odang nyetem set SDN 3 Cimahi, beres 60%")
''', slack_bot())

add("yaml/decoy-slack-manifest", "bengkel/bot_produksi/manifest.yml", "https://api.slack.com/reference/manifests", r'''
display_information:
  name: Bot Produksi
  description: Laporan produksi harian bengkel angklung
  background_color: "#2e7d32"
features:
  bot_user:
    display_name: bot-produksi
    always_online: false
oauth_config:
  scopes:
    bot:
      - chat:write
      - channels:read
settings:
  org_deploy_enabled: false
  socket_mode_enabled: false
''')

add("ssh/decoy-authorized-keys", "bengkel/server/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# konci publik nu meunang asup ka server bengkel (tuner.awihejo.id)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ujang@thinkpad
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ dadan@desktop-bengkel
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ gitlab-runner
# euis mah teu kedah (ngan panel admin)
''', k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(300, ALNUM + "+/"))

add("ssh/openssh-private-key", "bengkel/server/deploy_ed25519", "https://man.openbsd.org/ssh-keygen.1", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-known-hosts", "bengkel/server/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
|1|@@a1@@=|@@b1@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
|1|@@a2@@=|@@b2@@= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k2@@=
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
103.150.92.17 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
''', a1=rnd(27, ALNUM + "+/"), b1=rnd(27, ALNUM + "+/"), k1=rnd(43, ALNUM + "+/"), a2=rnd(27, ALNUM + "+/"),
    b2=rnd(27, ALNUM + "+/"), k2=rnd(86, ALNUM + "+/"), k3=rnd(43, ALNUM + "+/"))

add("pem/decoy-certificate-chain", "bengkel/server/tls/tuner.awihejo.id.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
''', l1="MIIE" + rnd(60, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(64, ALNUM + "+/"),
    l5=rnd(40, ALNUM + "+/") + "==")

add("pem/ec-private-key", "bengkel/server/tls/tuner.awihejo.id.key", "https://www.rfc-editor.org/rfc/rfc5915", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC"))

add("yaml/decoy-sops-encrypted", "bengkel/server/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
jurnal_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-20T03:11:42Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', d1=rnd(24, ALNUM + "+/") + "==", iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(44, ALNUM + "+/"), iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    rcp=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=rnd(64, ALNUM + "+/"), mac=rnd(88, ALNUM + "+/"),
    iv3=rnd(43, ALNUM + "+/") + "=", t3=rnd(22, ALNUM + "+/") + "==")

add("txt/age-secret-key", "bengkel/server/age-key.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2024-05-20T10:02:33+07:00
# public key: age1@@pub@@
# konci sops bengkel - cadangan (Dadan)
# dipake ku: SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt
@@s@@
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-ansible-vault", "bengkel/server/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(52))

add("yaml/ansible-plain-password", "bengkel/server/ansible/host_vars/tuner.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r'''
---
ansible_host: 103.150.92.18
ansible_user: deploy
# TODO lebetkeun ka vault.yml (Dadan, 2024-05)
mysql_tuner_user: tuner
mysql_tuner_password: "@@s@@"
nginx_server_name: tuner.awihejo.id
certbot_email: it@awihejo.id
''', mixed(20))

add("sh/decoy-sha256sums", "bengkel/tuner-app/release/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r'''
@@h1@@  tuner-awihejo-1.4.0-arm64.apk
@@h2@@  tuner-awihejo-1.4.0-armv7.apk
@@h3@@  tuner-awihejo-1.4.0-x86_64.apk
@@h4@@  tuner-awihejo-1.4.0-linux-amd64.tar.gz
@@h5@@  tuner-awihejo-1.4.0-windows.zip
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("asc/decoy-pgp-public-key", "bengkel/tuner-app/release/awihejo-release.pub.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Saung Awi Hejo release signing key <rilis@awihejo.id>

mDMEZi@@l1@@
@@l2@@
@@l3@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
''', l1=rnd(60, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(48, ALNUM + "+/"), crc=rnd(4, ALNUM + "+/"))


# ---------------------------------------------------------------- Koperasi: survei, peta, ekspor, sertifikasi

add("python/kobo-api-token", "koperasi/survei/tarik_kobo.py", "https://support.kobotoolbox.org/api.html", r'''
"""Tarik hasil survei kebun anggota (KoboToolbox) -> CSV kanggo audit Rainforest Alliance."""
import requests

KOBO = "https://kf.kobotoolbox.org"
TOKEN = "@@s@@"
ASSET = "aQ7pVz3nK9mR2xT5wB8cYd"

r = requests.get(f"{KOBO}/api/v2/assets/{ASSET}/data.json",
                 headers={"Authorization": f"Token {TOKEN}"}, timeout=60)
data = r.json()["results"]
print(f"{len(data)} kebun kasurvei")
with open("survei_kebun.csv", "w", encoding="utf-8") as f:
    f.write("no_anggota,blok,luas_ha,pestisida,tenaga_kerja_anak\n")
    for d in data:
        f.write(f"{d['no_anggota']},{d['blok']},{d['luas']},{d.get('pestisida','')},{d.get('tk_anak','tidak')}\n")
''', hexs(40))

add("csv/decoy-kobo-xlsform", "koperasi/survei/form_survei_kebun.csv", "https://xlsform.org/en/", r'''
type,name,label::Indonesian (id),label::Sunda (su),required
text,no_anggota,Nomor anggota,Nomer anggota,yes
select_one blok,blok,Blok kebun,Blok kebon,yes
decimal,luas,Luas kebun (ha),Lega kebon (ha),yes
select_multiple pest,pestisida,Pestisida yang dipakai,Pestisida nu dianggo,no
select_one yn,tk_anak,Ada pekerja di bawah 15 tahun?,Aya nu digawe di handapeun 15 taun?,yes
geopoint,lokasi,Titik kebun,Titik kebon,yes
text,pin_enumerator,PIN enumerator (4 digit; dicek di server),PIN enumerator,yes
''')

add("js/decoy-mapbox-public-token", "koperasi/peta/web/peta_kebun.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
// Peta blok kebun anggota (publik, di website koperasi). Token publik "pk." dibatesan URL.
mapboxgl.accessToken = "pk.eyJ1Ijoic2luYXJjaWthamFuZyIsImEiOiJj@@a@@"+
  ".@@b@@";

const peta = new mapboxgl.Map({
  container: "peta",
  style: "mapbox://styles/mapbox/satellite-streets-v12",
  center: [107.8046, -7.3683],
  zoom: 12,
});

peta.on("load", () => {
  peta.addSource("blok", { type: "geojson", data: "/data/blok_kebun.geojson" });
  peta.addLayer({ id: "blok", type: "fill", source: "blok", paint: { "fill-color": "#2e7d32", "fill-opacity": 0.35 } });
});
''', a=rnd(40, ALNUM), b=rnd(22, ALNUM + "-_"))

add("python/mapbox-secret-token", "koperasi/peta/unggah_tileset.py", "https://docs.mapbox.com/api/maps/uploads/", r'''
# Unggah poligon blok kebun anyar ka Mapbox Tilesets (butuh token rusiah "sk.")
import subprocess

MAPBOX_TOKEN = "@@s@@"
USER = "sinarcikajang"

subprocess.run(["tilesets", "upload-source", USER, "blok-kebun-2024", "blok_kebun.geojson.ld",
                "--token", MAPBOX_TOKEN], check=True)
subprocess.run(["tilesets", "publish", f"{USER}.blok-kebun-2024", "--token", MAPBOX_TOKEN], check=True)
print("tileset diunggah")
''', "sk.eyJ1Ijoic2luYXJjaWthamFuZyIsImEiOiJj" + rnd(40, ALNUM) + "." + rnd(22, ALNUM + "-_"))

add("xml/qgis-postgis-password", "koperasi/peta/blok_kebun.qgs.xml", "https://docs.qgis.org/3.34/en/docs/user_manual/managing_data_source/opening_data.html#database-related-tools", r'''
<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="Blok Kebun Sinar Cikajang" version="3.34.4-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>blok_kebun_7f2c</id>
      <datasource>dbname='koperasi' host=db.sinarcikajang.or.id port=5432 user='gis' password='@@s@@' sslmode=require key='id' srid=4326 type=MultiPolygon table="gis"."blok_kebun" (geom)</datasource>
      <layername>Blok kebun</layername>
    </maplayer>
  </projectlayers>
</qgis>
''', words_pw())

add("xml/decoy-qgis-authcfg", "koperasi/peta/sensus_pohon.qgs.xml", "https://docs.qgis.org/3.34/en/docs/user_manual/auth_system/auth_overview.html", r'''
<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="Sensus pohon pelindung" version="3.34.4-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Point">
      <id>pohon_pelindung_a81d</id>
      <!-- kredensial disimpen di QGIS auth database (authcfg), lain di proyek -->
      <datasource>dbname='koperasi' host=db.sinarcikajang.or.id port=5432 authcfg=k0p3r4s sslmode=require key='id' srid=4326 type=Point table="gis"."pohon_pelindung" (geom)</datasource>
      <layername>Pohon pelindung (dadap, lamtoro)</layername>
    </maplayer>
  </projectlayers>
</qgis>
''')

add("json/dji-flighthub-app-key", "koperasi/drone/flighthub_sync.json", "https://developer.dji.com/doc/cloud-api-tutorial/en/", r'''
{
  "catatan": "Sinkron hasil terbang drone (pemetaan blok Papandayan) ti DJI FlightHub 2",
  "workspace_id": "e3a1c9f0-6b2d-4f71-9a85-2c7d0b4e1f36",
  "app_id": 148201,
  "app_key": "8f1c0a7e2b5d4c3a9e6f1b0d7c2a5e8f",
  "app_license": "@@s@@",
  "output_dir": "/data/drone/orthomosaic"
}
''', b64(mixed(300)))

add("ini/decoy-odm-settings", "koperasi/drone/odm_settings.ini", "https://docs.opendronemap.org/arguments/", r'''
; WebODM - olah poto drone jadi ortomosaik blok kebun
[odm]
dsm = true
orthophoto-resolution = 3
feature-quality = high
pc-quality = medium
auto-boundary = true
; login WebODM make akun masing-masing (LDAP kantor)
[webodm]
url = http://192.168.10.60:8000
project = blok-papandayan-2024
''')

add("md/ekspor-dhl-key-prose", "koperasi/ekspor/catatan_kiriman_sampel.md", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", r'''
# Kiriman sampel teh ka buyer (Moskow, Karachi, Rotterdam)

Buyer menta 500 g sampel BOP jeung BOPF unggal kuartal.

- Akun DHL Express: 960483127 (MyDHL API)
- API user: sinarcikajangID
- API password: @@s@@  ← ti Mbak Sinta DHL Bandung, tong disebar
- Alamat pickup: Jl. Raya Cikajang km 3, Garut 44171

Dokumen: invoice proforma, phytosanitary (Balai Karantina Garut), COA ti lab.
''', mixed(16))

add("python/decoy-ekspor-hs-codes", "koperasi/ekspor/dokumen.py", "https://insw.go.id/intr", r'''
"""Nyieun invoice proforma keur ekspor teh hideung (HS 0902.30 / 0902.40)."""
from dataclasses import dataclass

HS = {"BOP": "0902.40.90", "BOPF": "0902.40.90", "PF": "0902.40.90", "teh_hejo": "0902.20.90"}
NPWP_KOPERASI = "01.234.567.8-443.000"   # dicitak di invoice, publik
NIB = "9120001234567"


@dataclass
class Lot:
    kode: str          # SC-BOP-2024-117
    grade: str
    kg: float
    harga_usd: float


def baris_invoice(lot: Lot) -> str:
    return f"{lot.kode}\t{lot.grade}\t{HS[lot.grade]}\t{lot.kg:.1f} kg\tUSD {lot.kg * lot.harga_usd:,.2f}"
''')

add("xml/decoy-soap-example", "koperasi/ekspor/contoh_request_insw.xml", "https://www.w3.org/TR/soap12-part1/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Conto request cek status PEB (tina dokumentasi vendor). Ganti USERNAME/PASSWORD ku milik anjeun. -->
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">
  <soap:Header>
    <Auth>
      <Username>USERNAME</Username>
      <Password>PASSWORD</Password>
    </Auth>
  </soap:Header>
  <soap:Body>
    <CekStatusPEB><NomorAju>000000-000000-20240101-000000</NomorAju></CekStatusPEB>
  </soap:Body>
</soap:Envelope>
''')

add("python/ceisa-basic-auth", "koperasi/ekspor/cek_peb.py", "https://www.rfc-editor.org/rfc/rfc7617", r'''
# Cek status PEB ngaliwatan PPJK (Forwarder PT Jaya Bahari), API na make Basic auth
import requests

HDR = {"Authorization": "Basic @@s@@", "Content-Type": "application/json"}


def status_peb(nomor_aju: str) -> str:
    r = requests.get(f"https://api.jayabahari-ppjk.co.id/v1/peb/{nomor_aju}", headers=HDR, timeout=20)
    r.raise_for_status()
    return r.json()["status"]


if __name__ == "__main__":
    print(status_peb("000123-009876-20240611-000045"))
''', b64("sinarcikajang:" + words_pw()))

add("ts/decoy-rainforest-cert-ids", "koperasi/sertifikasi/sertifikat.ts", "https://www.rainforest-alliance.org/business/certification/", r'''
// Daptar sertifikat aktif (ditampilkeun di website koperasi). Sadayana publik.
export const SERTIFIKAT = [
  { nama: "Rainforest Alliance", nomor: "RA-CoC-1042873", berlaku: "2025-03-31" },
  { nama: "Halal MUI / BPJPH", nomor: "ID32110000048290324", berlaku: "2028-02-14" },
  { nama: "SNI 1902:2016 Teh Hitam", nomor: "SPPT-SNI 091-LSPro-2023", berlaku: "2026-09-01" },
  { nama: "PIRT", nomor: "P-IRT 2053205010829-27", berlaku: "2027-05-20" },
];

export const VERIFIKASI_URL = (nomor: string) =>
  `https://www.rainforest-alliance.org/find-certified/?cert=${encodeURIComponent(nomor)}`;
''')

add("yaml/decoy-helm-existing-secret", "koperasi/deploy/helm/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
# Helm values: API koperasi + Postgres (k3s di server kantor)
image:
  repository: registry.gitlab.com/sinarcikajang/koperasi-api
  tag: "2024.06.1"
postgresql:
  auth:
    username: koperasi
    database: koperasi
    existingSecret: koperasi-pg
    secretKeys:
      userPasswordKey: password
ingress:
  enabled: true
  hosts: [{ host: api.sinarcikajang.or.id, paths: [{ path: /, pathType: Prefix }] }]
resources:
  limits: { cpu: 500m, memory: 512Mi }
''')

add("yaml/helm-values-password", "koperasi/deploy/helm/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", r'''
# staging (laptop Dadan / k3d). Sandi didamel sorangan, tapi tetep ulah dipake di prod
image:
  repository: registry.gitlab.com/sinarcikajang/koperasi-api
  tag: staging
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
postgresql:
  auth:
    existingSecret: koperasi-pg-staging
''', fakes.redis_password(_seed()))

add("yaml/k8s-dockerconfigjson", "koperasi/deploy/k8s/registry-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-registry
  namespace: koperasi
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', dtok := gitlab(), enc=b64('{"auths":{"registry.gitlab.com":{"username":"k3s-pull","password":"' + dtok + '","auth":"' + b64("k3s-pull:" + dtok) + '"}}}'))

add("yaml/decoy-k8s-configmap", "koperasi/deploy/k8s/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: koperasi-api
  namespace: koperasi
data:
  TZ: Asia/Jakarta
  HARGA_PUCUK_DEFAULT: "3200"
  MQTT_HOST: mqtt.sinarcikajang.or.id
  MQTT_USER: dashboard
  MQTT_PASSWORD_FILE: /run/secrets/mqtt/password
  TOKEN_CACHE_TTL: "3600"
  FITUR_SMS: "true"
''')

add("toml/pip-conf-index-password", "koperasi/deploy/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
# paket internal koperasi (timbangan-lib, kop-sms) di GitLab package registry
index-url = https://pypi.org/simple
extra-index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/48120937/packages/pypi/simple
trusted-host = gitlab.com
''', gitlab())

add("toml/decoy-pyproject", "koperasi/timbangan-lib/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[project]
name = "timbangan-lib"
version = "0.6.2"
description = "Maca timbangan digital (RS232/Bluetooth) di pos TPH koperasi"
authors = [{ name = "Dede Supriatna", email = "dede@sinarcikajang.or.id" }]
requires-python = ">=3.9"
dependencies = ["pyserial>=3.5", "paho-mqtt>=2.0"]

[project.scripts]
timbang = "timbangan.cli:utama"

[tool.uv]
# token publish dicandak tina env UV_PUBLISH_TOKEN di CI
publish-url = "https://gitlab.com/api/v4/projects/48120937/packages/pypi"
''')

add("ini/pypirc-token", "koperasi/timbangan-lib/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi
    gitlab

[pypi]
username = __token__
password = @@s@@

[gitlab]
repository = https://gitlab.com/api/v4/projects/48120937/packages/pypi
username = __token__
password = ${GITLAB_TOKEN}
''', fakes.pypi_token(_seed()))

add("python/decoy-test-fixture-fake", "koperasi/timbangan-lib/tests/test_mqtt.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from timbangan.kirim import Pengirim


@pytest.fixture
def pengirim(monkeypatch):
    # sandi palsu keur tes; broker na mock (teu nyambung ka mana-mana)
    monkeypatch.setenv("MQTT_PASSWORD", "tes-palsu-ulah-dipake")
    return Pengirim(host="localhost", user="tes", dry_run=True)


def test_format_pesen(pengirim):
    pesen = pengirim.format_pesen(pos="tph-cisaruni-02", kg=12.5)
    assert pesen == '{"kg": 12.5, "anggota": null}'


def test_nolak_berat_negatif(pengirim):
    with pytest.raises(ValueError):
        pengirim.format_pesen(pos="tph-cisaruni-02", kg=-1)
''')

add("crontab/mysqldump-password", "koperasi/deploy/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h  dom mon dow   command
TZ=Asia/Jakarta
# backup DB timbangan unggal peuting jam 23.30
30 23 * * * mysqldump --single-transaction -u backup --password=@@s@@ timbangan | gzip > /backup/timbangan-$(date +\%F).sql.gz
# prakiraan cuaca jam 05.00
0 5 * * * /opt/koperasi-api/.venv/bin/python /opt/koperasi-api/cuaca/prakiraan.py >> /var/log/cuaca.log 2>&1
# hapus backup leuwih ti 30 poe
0 3 * * 0 find /backup -name '*.sql.gz' -mtime +30 -delete
''', mixed(16))

add("log/app-log-connection-string", "koperasi/deploy/logs/koperasi-api-2024-06-07.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
2024-06-07 05:00:02,114 INFO  cuaca: prakiraan 12 jam: teu hujan, mangga metik
2024-06-07 06:31:40,002 INFO  uvicorn: Started server process [1182]
2024-06-07 06:31:40,219 ERROR db: gagal nyambung: OperationalError connecting to postgresql://koperasi:@@s@@@10.20.0.21:5432/koperasi (timeout expired)
2024-06-07 06:31:45,220 INFO  db: nyobian deui (2/5)
2024-06-07 06:31:50,871 INFO  db: nyambung
2024-06-07 07:02:13,557 INFO  setoran: tph-cisaruni-02 12.5 kg anggota=SC-2019-0014
2024-06-07 07:02:59,031 INFO  setoran: tph-papandayan-01 9.0 kg anggota=SC-2021-0102
''', mixed(20))

add("log/decoy-log-redacted", "koperasi/deploy/logs/koperasi-api-2024-06-08.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2024-06-08 06:31:40,219 INFO  db: nyambung ka postgresql://koperasi:***@10.20.0.21:5432/koperasi
2024-06-08 06:32:02,881 INFO  sms: kirim ka 62812****4417 (status 1, id 7c0f3e2a)
2024-06-08 06:32:03,004 WARN  briapi: token kadaluarsa, nyuhunkeun deui (client_secret=[REDACTED])
2024-06-08 06:32:03,611 INFO  briapi: token anyar, kadaluarsa 899 detik
2024-06-08 07:15:21,090 INFO  setoran: tph-cisaruni-02 14.0 kg anggota=SC-2019-0001
''')

add("sh/env-export-xendit-disburse", "koperasi/keuangan/bayar_xendit.sh", "https://docs.xendit.co/disbursement", r'''
#!/usr/bin/env bash
# Alternatif BRIAPI: disbursement Xendit ka bank sejen (BJB, BSI)
export XENDIT_KEY='@@s@@'
while IFS=';' read -r no nama bank rek jumlah; do
  curl -s https://api.xendit.co/disbursements -u "$XENDIT_KEY:" \
    -H "X-IDEMPOTENCY-KEY: pucuk-m27-$no" \
    -d external_id="pucuk-m27-$no" -d bank_code="$bank" -d account_holder_name="$nama" \
    -d account_number="$rek" -d description="Bayaran pucuk minggu 27" -d amount="$jumlah"
  echo " <- $no"
done < transfer_bank_sejen.csv
''', xendit())

add("json/decoy-jwks-public", "koperasi/deploy/auth/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "kop-2024-05",
      "use": "sig",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', n=rnd(342, ALNUM + "-_"))

add("json/jwk-private", "koperasi/deploy/auth/signing-key.jwk.json", "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.2", r'''
{
  "kty": "EC",
  "kid": "kop-app-2024",
  "crv": "P-256",
  "x": "@@x@@",
  "y": "@@y@@",
  "d": "@@s@@",
  "use": "sig"
}
''', rnd(43, ALNUM + "-_"), x=rnd(43, ALNUM + "-_"), y=rnd(43, ALNUM + "-_"))

add("python/jwt-secret-api", "koperasi/api/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", r'''
"""Login mandor (aplikasi timbangan Android) -> JWT."""
from datetime import datetime, timedelta, timezone

import jwt

JWT_RAHASIA = "@@s@@"
ALGO = "HS256"


def jieun_token(mandor_id: int, blok: str) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": str(mandor_id), "blok": blok, "iat": now, "exp": now + timedelta(hours=12)},
                      JWT_RAHASIA, algorithm=ALGO)


def cek_token(token: str) -> dict:
    return jwt.decode(token, JWT_RAHASIA, algorithms=[ALGO])
''', rnd(48, ALNUM + "!@#%^&*"))

add("http/bearer-jwt-rest-client", "koperasi/api/tes_manual.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Tes endpoint setoran (token mandor Papandayan, kadaluarsa 12 jam tapi ...)
@host = https://api.sinarcikajang.or.id
@token = @@s@@

GET {{host}}/setoran?blok=papandayan&tanggal=2024-06-07
Authorization: Bearer {{token}}

### Setor manual
POST {{host}}/setoran
Authorization: Bearer {{token}}
Content-Type: application/json

{"pos": "tph-papandayan-01", "kg": 9.0, "anggota": "SC-2021-0102"}
''', jwt_like('{"sub":"17","blok":"papandayan","role":"admin","iat":1717711200,"exp":4102444800}'))

add("http/decoy-rest-client-variables", "koperasi/api/tes_lokal.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
### Lingkungan lokal: token dicandak tina settings.json rest-client (teu kakommit)
@host = http://localhost:8010
@token = {{$dotenv TOKEN_MANDOR}}

GET {{host}}/kesehatan

###
GET {{host}}/setoran?blok=cisaruni
Authorization: Bearer {{token}}
''')

add("kotlin/android-api-key-hardcoded", "koperasi/app-mandor/app/src/main/java/id/sinarcikajang/mandor/Api.kt", "https://square.github.io/retrofit/", r'''
package id.sinarcikajang.mandor

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// Aplikasi mandor: input setoran pucuk di pos TPH (offline dulu, sinkron pas aya sinyal)
object Api {
    const val BASE = "https://api.sinarcikajang.or.id/"
    // konci aplikasi (dipake samemeh login, keur ngunduh daptar anggota)
    private const val APP_KEY = "@@s@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("X-App-Key", APP_KEY).build())
        })
        .build()
}
''', mixed(40))

add("xml/decoy-android-strings", "koperasi/app-mandor/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<resources>
    <string name="app_name">Mandor Sinar Cikajang</string>
    <string name="lebet">Lebet</string>
    <string name="sandi">Kata sandi</string>
    <string name="sandi_lepat">Kata sandi lepat, cobian deui</string>
    <string name="setor">Setor pucuk</string>
    <string name="sinkron">Sinkronkeun</string>
    <string name="token_kadaluarsa">Sesi parantos kadaluarsa, mangga lebet deui</string>
</resources>
''')

add("gradle/gradle-properties-signing", "koperasi/app-mandor/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# tandatangan APK rilis (Dede)
MANDOR_STORE_FILE=../keystore/mandor.jks
MANDOR_STORE_PASSWORD=@@s@@
MANDOR_KEY_ALIAS=mandor
''', words_pw())

add("yaml/fcm-server-key", "koperasi/api/notif_config.yaml", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
# Notifikasi push ka aplikasi mandor (harga pucuk anyar, jadwal metik)
fcm:
  project: sinar-cikajang
  # legacy server key (sateuacan migrasi ka HTTP v1)
  server_key: "@@s@@"
topik:
  harga: /topics/harga-pucuk
  jadwal: /topics/jadwal-metik
''', "AAAA" + rnd(7, ALNUM + "-_") + ":APA91b" + rnd(134, ALNUM + "-_"))


# ---------------------------------------------------------------- campuran: surel, layanan, alat tim

add("python/gmail-app-password", "koperasi/laporan/kirim_laporan_rat.py", "https://support.google.com/accounts/answer/185833", r'''
"""Kirim laporan RAT (PDF) ka pengurus jeung dinas koperasi Kab. Garut."""
import smtplib
from email.message import EmailMessage

PENGIRIM = "sinarcikajang.koperasi@gmail.com"
SANDI_APLIKASI = "@@s@@"   # App password Gmail (lain sandi akun)

msg = EmailMessage()
msg["Subject"] = "Laporan RAT Tahun Buku 2023 - Koperasi Sinar Cikajang"
msg["From"] = PENGIRIM
msg["To"] = "diskop@garutkab.go.id, pengurus@sinarcikajang.or.id"
msg.set_content("Wilujeng siang,\n\nTerlampir laporan RAT tahun buku 2023.\n\nHormat kami,\nPengurus")
with open("laporan_rat_2023.pdf", "rb") as f:
    msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename="laporan_rat_2023.pdf")

with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
    s.login(PENGIRIM, SANDI_APLIKASI)
    s.send_message(msg)
''', " ".join(rnd(4, string.ascii_lowercase) for _ in range(4)))

add("go/mailgun-key", "webshop/notif-go/mail.go", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
package main

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

// surel konfirmasi pesanan (domain mg.awihejo.id)
const mgDomain = "mg.awihejo.id"
const mgKey = "@@s@@"

func kirimKonfirmasi(ka, ref string) error {
	mg := mailgun.NewMailgun(mgDomain, mgKey)
	m := mg.NewMessage("Saung Awi Hejo <pesanan@awihejo.id>", "Pesanan "+ref+" katampi", "Hatur nuhun parantos mesen!", ka)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _, err := mg.Send(ctx, m)
	return err
}
''', mailgun())

add("go/decoy-go-sum", "webshop/notif-go/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/mailgun/mailgun-go/v4 v4.12.0 h1:@@a@@=
github.com/mailgun/mailgun-go/v4 v4.12.0/go.mod h1:@@b@@=
github.com/go-chi/chi/v5 v5.0.12 h1:@@c@@=
github.com/go-chi/chi/v5 v5.0.12/go.mod h1:@@d@@=
github.com/json-iterator/go v1.1.12 h1:@@e@@=
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(43, ALNUM + "+/"), d=rnd(43, ALNUM + "+/"), e=rnd(43, ALNUM + "+/"))

add("ruby/twilio-auth-token", "webshop/sms_internasional/kirim.rb", "https://www.twilio.com/docs/iam/credentials/api", r'''
# SMS ka pembeli luar negeri (nomer +81, +31) - Twilio
require "twilio-ruby"

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN  = "@@s@@"

klien = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)

def kabar_kiriman(klien, nomer, resi)
  klien.messages.create(
    from: "+14155238886",
    to: nomer,
    body: "Saung Awi Hejo: your angklung has shipped! Tracking (DHL): #{resi}"
  )
end
''', hexs(32), sid=hexs(32))

add("json/postman-collection-apikey", "webshop/docs/postman/Awi Hejo - Biteship.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#api-key", r'''
{
  "info": { "name": "Awi Hejo - Biteship", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "Authorization", "type": "string" },
      { "key": "value", "value": "@@s@@", "type": "string" }
    ]
  },
  "item": [
    { "name": "Cek tarif", "request": { "method": "POST", "url": "https://api.biteship.com/v1/rates/couriers" } },
    { "name": "Lacak", "request": { "method": "GET", "url": "https://api.biteship.com/v1/trackings/{{waybill}}/couriers/jne" } }
  ]
}
''', "biteship_live." + jwt_like('{"name":"postman-ujang","userId":"64f1c2a9b1e0a3","iat":1717200000}'))

add("json/decoy-postman-environment", "webshop/docs/postman/Awi Hejo - sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "name": "Awi Hejo - sandbox",
  "values": [
    { "key": "base_url", "value": "https://api.sandbox.midtrans.com", "enabled": true },
    { "key": "server_key", "value": "", "type": "secret", "enabled": true },
    { "key": "order_id", "value": "AWI-TEST-0001", "enabled": true },
    { "key": "waybill", "value": "JP1234567890", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''')

add("cs/appsettings-connection-string", "bengkel/kasir/Kasir.Web/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Kasir": "Server=tcp:kasir-awihejo.database.windows.net,1433;Initial Catalog=kasir;User ID=kasiradmin;Password=@@s@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Toko": {
    "Nama": "Saung Awi Hejo - Galeri Cigadung",
    "Pajak": 0.11
  }
}
''', words_pw())

add("cs/decoy-appsettings-keyvault", "bengkel/kasir/Kasir.Web/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": { "Uri": "https://kv-awihejo.vault.azure.net/" },
  "ConnectionStrings": {
    "Kasir": "@Microsoft.KeyVault(SecretUri=https://kv-awihejo.vault.azure.net/secrets/kasir-db/)"
  },
  "Toko": { "Nama": "Saung Awi Hejo - Galeri Cigadung", "Pajak": 0.11 },
  "AllowedHosts": "*"
}
''')

add("env/azure-storage-connection", "bengkel/kasir/.env.azure", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
# struk PDF + poto galeri disimpen di Azure Blob
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=awihejostruk;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
STRUK_CONTAINER=struk
GALERI_CONTAINER=galeri
# umur SAS link struk (menit)
STRUK_SAS_MENIT=30
''', fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("properties/jdbc-password", "bengkel/kasir-lama/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", r'''
# Aplikasi kasir lami (Spring Boot) - masih dipake di galeri Cigadung
server.port=8081
spring.datasource.url=jdbc:mysql://192.168.1.10:3306/kasir?useSSL=false&serverTimezone=Asia/Jakarta
spring.datasource.username=kasir
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=none
kasir.printer=EPSON TM-T82X
kasir.struk.footer=Hatur nuhun parantos balanja di Saung Awi Hejo
''', words_pw())

add("xml/maven-settings-password", "bengkel/kasir-lama/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Private-Token</name>
            <value>@@s@@</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
''', gitlab())

add("sql/decoy-kasir-seed-test", "bengkel/kasir-lama/src/test/resources/data-test.sql", "https://docs.spring.io/spring-boot/how-to/data-initialization.html", r'''
-- data keur tes integrasi (H2 in-memory). Sandi di handap ngan keur tes, dihash ku {noop} ngahaja.
INSERT INTO pengguna (id, username, password, peran) VALUES
  (1, 'kasir_tes', '{noop}kasir-tes', 'KASIR'),
  (2, 'admin_tes', '{noop}admin-tes', 'ADMIN');
INSERT INTO produk (id, sku, nama, harga) VALUES
  (1, 'ANG-DIA-31', 'Angklung diatonis 31 tabung', 2450000),
  (2, 'SUL-SUN-4', 'Suling Sunda 4 liang', 95000);
''')

add("yaml/supabase-service-role", "webshop/kelas-angklung/supabase/config.local.yaml", "https://supabase.com/docs/guides/api/api-keys", r'''
# Pendaftaran kelas angklung (Supabase). anon key publik, service_role mah RUSIAH.
project_url: https://qzkxwmbtrvplnyda.supabase.co
anon_key: ${SUPABASE_ANON_KEY}
service_role_key: "@@s@@"
tables:
  peserta: kelas_peserta
  jadwal: kelas_jadwal
''', jwt_like('{"iss":"supabase","ref":"qzkxwmbtrvplnyda","role":"service_role","iat":1709251200,"exp":2024827200}'))

add("js/decoy-supabase-anon", "webshop/kelas-angklung/src/supabase.js", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
import { createClient } from "@supabase/supabase-js";

// anon key dipake di browser; aksés diwatesan ku Row Level Security
export const supabase = createClient(
  "https://qzkxwmbtrvplnyda.supabase.co",
  import.meta.env.VITE_SUPABASE_ANON_KEY
);

export async function daftar(nama, hp, jadwalId) {
  return supabase.from("kelas_peserta").insert({ nama, hp, jadwal_id: jadwalId });
}
''')

add("env/mongodb-atlas-uri", "webshop/kelas-angklung/.env.production", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
NODE_ENV=production
PORT=3000
MONGODB_URI=mongodb+srv://kelas:@@s@@@cluster0.x8kqz.mongodb.net/kelas?retryWrites=true&w=majority
SESSION_TTL=86400
LOG_LEVEL=warn
''', mixed(16))

add("python/rabbitmq-amqp-url", "koperasi/antrian/worker_sms.py", "https://www.rabbitmq.com/docs/uri-spec", r'''
"""Worker antrian SMS (RabbitMQ): SMS bayaran dikirim lalaunan supaya teu diblokir operator."""
import json
import time

import pika

AMQP = "amqps://kop-sms:@@s@@@rmq.sinarcikajang.or.id:5671/%2F"

conn = pika.BlockingConnection(pika.URLParameters(AMQP))
ch = conn.channel()
ch.queue_declare(queue="sms_bayaran", durable=True)


def olah(ch, method, props, body):
    pesen = json.loads(body)
    from kirim_sms import kirim
    kirim(pesen["hp"], pesen["teks"])
    ch.basic_ack(method.delivery_tag)
    time.sleep(2)


ch.basic_consume(queue="sms_bayaran", on_message_callback=olah)
ch.start_consuming()
''', mixed(18))

add("ini/supervisor-env-password", "koperasi/antrian/supervisord.conf", "http://supervisord.org/configuration.html#program-x-section-settings", r'''
[program:worker_sms]
command=/opt/koperasi-api/.venv/bin/python worker_sms.py
directory=/opt/koperasi-api/antrian
user=koperasi
autorestart=true
environment=ZENZIVA_PASSKEY="@@s@@",TZ="Asia/Jakarta"
stdout_logfile=/var/log/worker_sms.log
redirect_stderr=true
''', hexs(20))

add("netrc/netrc-password", "koperasi/deploy/netrc.bak", "https://everything.curl.dev/usingcurl/netrc.html", r'''
# cadangan ~/.netrc ti server lami (keur ngunduh data BMKG + FTP forwarder)
machine ftp.jayabahari-ppjk.co.id
login sinarcikajang
password @@s@@

machine dataonline.bmkg.go.id
login rizal.koperasi
''', words_pw())

add("json/composer-auth", "webshop/awihejo/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    },
    "github-oauth": {}
}
''', hexs(40))

add("yaml/yarnrc-npm-auth", "webshop/awihejo-ui/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmAuthToken", r'''
nodeLinker: node-modules
npmScopes:
  awihejo:
    npmRegistryServer: "https://registry.npmjs.org"
    npmPublishRegistry: "https://registry.npmjs.org"
    npmAuthToken: "@@s@@"
enableTelemetry: false
''', npm_tok())

add("toml/cargo-credentials", "bengkel/tuner-rs/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r'''
# crate `laras` (itungan frekuensi angklung) diunggah ka crates.io
[registry]
token = "@@s@@"

# dicommit ku teu ngahaja - Dadan
# [registries.internal]
''', "cio" + mixed(32))

add("rust/decoy-rust-consts", "bengkel/tuner-rs/src/laras.rs", "https://doc.rust-lang.org/book/ch03-01-variables-and-mutability.html#constants", r'''
//! Itungan laras: diatonis (12-TET), salendro jeung pelog (perkiraan, cents).

/// Frekuensi rujukan A4 di bengkel (Hz)
pub const A4: f64 = 440.0;

/// Interval salendro (cents) tina catetan Mang Odang, diukur 2023
pub const SALENDRO: [f64; 5] = [0.0, 240.0, 480.0, 720.0, 960.0];

/// Interval pelog (cents), perkiraan
pub const PELOG: [f64; 7] = [0.0, 120.0, 270.0, 540.0, 670.0, 785.0, 950.0];

/// Sidik tabel (sha256) supaya aplikasi tuner kapanggih mun tabel dirobah
pub const SIDIK_TABEL: &str = "@@h@@";

pub fn cents_ka_hz(dasar: f64, cents: f64) -> f64 {
    dasar * 2f64.powf(cents / 1200.0)
}
''', h=hexs(64))

add("md/handover-note-fine-grained-pat", "bengkel/tuner-app/SERAH-TERIMA.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", r'''
# Serah terima proyek Tuner (Dadan -> Rizky), Juli 2024

Rizky, ieu catetan kanggo ngalajengkeun:

- Repo utama di GitHub `awihejo/tuner-app`, mirror di GitLab.
- Workflow rilis butuh token anu tiasa nyerat ka Releases. Ayeuna nganggo token
  fine-grained abdi: `@@s@@` (kadaluarsa Oktober). Mangga damel nu anyar atas nami anjeun,
  teras kabarkeun mun nu abdi tos tiasa dicabut.
- Build Android: `flutter build apk --split-per-abi`.
- Tabel laras aya di `tuner-rs/src/laras.rs`, ulah dirobah tanpa Mang Odang.

Hatur nuhun, sing lancar!
''', fakes.github_fine_grained_token(_seed()))

add("jenkinsfile/decoy-credentials-binding", "bengkel/kasir-lama/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r'''
pipeline {
  agent any
  environment {
    DB_CRED = credentials('kasir-db')   // username:password ti Jenkins credentials store
  }
  stages {
    stage('Build') {
      steps { sh './mvnw -B -DskipTests package' }
    }
    stage('Deploy galeri') {
      steps {
        withCredentials([sshUserPrivateKey(credentialsId: 'galeri-ssh', keyFileVariable: 'KEY')]) {
          sh 'scp -i $KEY target/kasir.jar admin@192.168.1.10:/opt/kasir/'
        }
      }
    }
  }
}
''')

add("yaml/bitbucket-pipelines-heroku", "bengkel/katalog-lama/bitbucket-pipelines.yml", "https://devcenter.heroku.com/articles/authentication#api-token-storage", r'''
image: node:18
pipelines:
  branches:
    master:
      - step:
          name: Deploy katalog lama ka Heroku
          script:
            - git push https://heroku:@@s@@@git.heroku.com/awihejo-katalog.git HEAD:main
''', uuid_s())

add("sh/vercel-token-deploy", "webshop/awihejo-next/scripts/deploy-preview.sh", "https://vercel.com/docs/rest-api#creating-an-access-token", r'''
#!/usr/bin/env bash
# deploy preview kanggo ditingali ku Kang Ujang samemeh merge
set -e
VERCEL_TOKEN="@@s@@"
npx vercel pull --yes --environment=preview --token="$VERCEL_TOKEN"
npx vercel build --token="$VERCEL_TOKEN"
url=$(npx vercel deploy --prebuilt --token="$VERCEL_TOKEN")
echo "Preview: $url"
''', mixed(24))

add("json/sentry-auth-token", "webshop/awihejo-next/.sentryclirc.json", "https://docs.sentry.io/cli/configuration/", r'''
{
  "_catetan": "kanggo unggah sourcemap waktu build",
  "defaults": {
    "url": "https://sentry.io/",
    "org": "saung-awi-hejo",
    "project": "awihejo-next"
  },
  "auth": {
    "token": "@@s@@"
  }
}
''', "sntrys_" + b64('{"iat":1716950400.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"saung-awi-hejo"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("js/decoy-sentry-dsn-public", "webshop/awihejo-next/sentry.client.config.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from "@sentry/nextjs";

// DSN teh aman di klien (ngan keur ngirim kasalahan, teu tiasa maca data)
Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 0.5,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
});
''')

add("python/notion-token", "bengkel/jadwal/sinkron_notion.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r'''
"""Jadwal produksi di Notion (database 'Pesenan Sakola') -> pangeling WA ka pengrajin."""
from notion_client import Client

notion = Client(auth="@@s@@")
DB_PESENAN = "8b2f1c0e5a4d4e9fa7c3d1b0e6f2a9c4"

hasil = notion.databases.query(database_id=DB_PESENAN,
                               filter={"property": "Status", "status": {"equals": "Keur dijieun"}})
for p in hasil["results"]:
    judul = p["properties"]["Nami"]["title"][0]["plain_text"]
    tenggat = p["properties"]["Tenggat"]["date"]["start"]
    print(f"{judul}: tenggat {tenggat}")
''', "ntn_" + rnd(11, string.digits) + mixed(35))

add("csv/airtable-pat-in-sheet", "bengkel/jadwal/integrasi_akun.csv", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
layanan,pamake,catetan,token_atanapi_link
Airtable (katalog bahan),euis@awihejo.id,base appQ8xR2kT7mN1vB4,@@s@@
Notion,ujang@awihejo.id,integrasi "Jadwal",tingali Bitwarden
Canva,halo@awihejo.id,Tim Awi Hejo,login Google
Meta Business,ujang@awihejo.id,IG + WA Business,2FA di HP toko
TikTok Shop,halo@awihejo.id,seller center,2FA di HP toko
''', "pat" + rnd(14, ALNUM) + "." + hexs(64))

add("json/decoy-airtable-schema", "bengkel/jadwal/airtable_schema.json", "https://airtable.com/developers/web/api/get-base-schema", r'''
{
  "tables": [
    {
      "id": "tblK2m8Q1xR7vB3nT",
      "name": "Bahan",
      "primaryFieldId": "fldA1b2C3d4E5f6G7",
      "fields": [
        { "id": "fldA1b2C3d4E5f6G7", "name": "Nami bahan", "type": "singleLineText" },
        { "id": "fldH8i9J0k1L2m3N4", "name": "Stok (batang)", "type": "number" },
        { "id": "fldO5p6Q7r8S9t0U1", "name": "Supplier", "type": "singleLineText" }
      ]
    }
  ]
}
''')

add("python/tiktok-shop-app-secret", "webshop/marketplace-sync/tiktok_shop.py", "https://partner.tiktokshop.com/docv2/page/64f199709495ef0281851fd0", r'''
import hashlib
import hmac
import time

APP_KEY = "6c4b8e1q2a9s0"
APP_SECRET = "@@s@@"


def tanda_tangan(path: str, params: dict, body: str = "") -> str:
    # sign = HMAC-SHA256(secret + path + sorted params + body + secret)
    susun = "".join(f"{k}{v}" for k, v in sorted(params.items()) if k not in ("sign", "access_token"))
    bahan = APP_SECRET + path + susun + body + APP_SECRET
    return hmac.new(APP_SECRET.encode(), bahan.encode(), hashlib.sha256).hexdigest()


def params_dasar() -> dict:
    return {"app_key": APP_KEY, "timestamp": int(time.time())}
''', hexs(40))

add("php/shopify-admin-token", "webshop/toko-luar-negeri/sync_stok.php", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
<?php
// Toko internasional (Shopify: awihejo-global.myshopify.com) - stok disinkron ti DB toko utama
$shop  = 'awihejo-global.myshopify.com';
$token = '@@s@@';

function setel_stok($shop, $token, $inventoryItemId, $lokasi, $jumlah) {
    $ch = curl_init("https://$shop/admin/api/2024-04/inventory_levels/set.json");
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ["X-Shopify-Access-Token: $token", 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['location_id' => $lokasi, 'inventory_item_id' => $inventoryItemId, 'available' => $jumlah]),
        CURLOPT_RETURNTRANSFER => true,
    ]);
    return json_decode(curl_exec($ch), true);
}
''', shopify())

add("json/decoy-shopify-theme-settings", "webshop/toko-luar-negeri/theme/config/settings_data.json", "https://shopify.dev/docs/storefronts/themes/architecture/config/settings-data-json", r'''
{
  "current": {
    "logo_width": 120,
    "colors_accent_1": "#2e7d32",
    "type_header_font": "assistant_n4",
    "social_instagram_link": "https://instagram.com/saungawihejo",
    "social_youtube_link": "https://youtube.com/@saungawihejo",
    "google_analytics_id": "G-7QK2M8XR1B",
    "facebook_pixel_id": "918273645102834",
    "storefront_access_token_public": "@@t@@"
  },
  "presets": {}
}
''', t=hexs(32))

add("r/r-dbconnect-password", "koperasi/analisis/harga_vs_cuaca.R", "https://rpostgres.r-dbi.org/reference/postgres", r'''
# Hubungan curah hujan jeung harga pucuk (2019-2024) - skripsi Neng Rina (Unpad)
library(DBI)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(),
                 host = "db.sinarcikajang.or.id", dbname = "koperasi",
                 user = "mahasiswa_rina", password = "@@s@@")

d <- dbGetQuery(con, "select tanggal, curah_hujan_mm, harga_per_kg from v_harga_cuaca")
ggplot(d, aes(curah_hujan_mm, harga_per_kg)) + geom_point(alpha = .3) + geom_smooth()
dbDisconnect(con)
''', words_pw())

add("r/decoy-renviron-keyring", "koperasi/analisis/baca_data.R", "https://keyring.r-lib.org/", r'''
# Versi aman: sandi disimpen di keyring sistem operasi
library(DBI)
library(keyring)

con <- dbConnect(RPostgres::Postgres(),
                 host = "db.sinarcikajang.or.id", dbname = "koperasi",
                 user = Sys.getenv("KOP_DB_USER"),
                 password = key_get("koperasi-db", Sys.getenv("KOP_DB_USER")))
harga <- dbReadTable(con, "harga_pucuk")
summary(harga$harga_per_kg)
dbDisconnect(con)
''')

add("md/decoy-aws-docs-example", "bengkel/katalog-foto/README.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# katalog-foto

Skrip ngunggah poto produk ka S3 (`awihejo-katalog`).

## Setelan
Jalankeun `aws configure --profile awihejo` teras eusian konci anjeun. Conto format tina dokumentasi AWS:

```ini
[awihejo]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ap-southeast-3
```

Konci asli **ulah** disimpen di repo; pamenta akses ka Kang Ujang.
''')

add("txt/decoy-qris-static-payload", "bengkel/kasir/qris_galeri.txt", "https://www.bi.go.id/id/fungsi-utama/sistem-pembayaran/ritel/kanal-layanan/QRIS/default.aspx", r'''
QRIS statis galeri Cigadung (dicitak dina standee di kasir). Ieu lain rusiah:
payload QR teh publik, saha wae nu nge-scan bakal ningali ieu.

@@q@@

NMID: ID1024318877261
Merchant: SAUNG AWI HEJO, BANDUNG
''', q="00020101021126570011ID.DANA.WWW011893600915" + rnd(12, string.digits) + "0215ID1024318877261"
    + "0303UMI51440014ID.CO.QRIS.WWW0215ID10243188772610303UMI5204594653033605802ID5914SAUNG AWI HEJO6007BANDUNG61054019163046" + rnd(3, UPPER))

add("python/decoy-hmac-test-vector", "webshop/awihejo_api/tests/test_signature.py", "https://docs.midtrans.com/docs/https-notification-webhooks#verifying-notification-authenticity", r'''
"""Tes verifikasi signature notifikasi Midtrans (SHA512(order_id+status_code+gross_amount+server_key)).
Server key di dieu PALSU, ngan kanggo tes (SB-... nu teu aya)."""
import hashlib

from awihejo_api.payments.midtrans import signature_valid

SERVER_KEY_PALSU = "SB-Mid-server-PALSU-KANGGO-TES-SAJA"


def test_signature_valid():
    raw = "AWI-TEST-0001" + "200" + "385000.00" + SERVER_KEY_PALSU
    sig = hashlib.sha512(raw.encode()).hexdigest()
    assert signature_valid({"order_id": "AWI-TEST-0001", "status_code": "200",
                            "gross_amount": "385000.00", "signature_key": sig}, SERVER_KEY_PALSU)
''')


# ---------------------------------------------------------------- tambihan: SNAP BI, telusur, notifikasi

add("python/snap-bi-private-key", "koperasi/keuangan/snap_bi/tanda_tangan.py", "https://apidevportal.aspi-indonesia.or.id/api-services/keamanan", r'''
"""Tanda tangan asimetris SNAP BI (X-SIGNATURE keur access token B2B) - bank mitra koperasi.
stringToSign = client_id + "|" + X-TIMESTAMP, SHA256withRSA."""
import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

CLIENT_ID = "KOPSC-7731"
KONCI_PRIBADI = b"""@@s@@
"""


def x_signature(timestamp: str) -> str:
    konci = serialization.load_pem_private_key(KONCI_PRIBADI, password=None)
    sig = konci.sign(f"{CLIENT_ID}|{timestamp}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(sig).decode()
''', fakes.fake_pem(_seed(), "RSA").replace("BEGIN RSA", "BEGIN").replace("END RSA", "END"))

add("pem/decoy-snap-bi-public-key", "koperasi/keuangan/snap_bi/konci_publik_koperasi.pem", "https://apidevportal.aspi-indonesia.or.id/api-services/keamanan", r'''
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
IDAQAB
-----END PUBLIC KEY-----
''', l1=rnd(20, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(64, ALNUM + "+/"),
    l5=rnd(64, ALNUM + "+/"))

add("js/algolia-admin-key", "webshop/awihejo-next/scripts/indeks-algolia.mjs", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
// Ngindeks katalog produk ka Algolia (pilarian di toko). Dijalankeun saenggeus produk anyar.
import algoliasearch from "algoliasearch";
import { ambilProduk } from "./db.mjs";

const client = algoliasearch("K8QZ2M7XRB", "@@s@@"); // admin key!! ulah di-bundle
const indeks = client.initIndex("produk_id");

const produk = await ambilProduk();
await indeks.saveObjects(
  produk.map((p) => ({ objectID: p.sku, nama: p.nama, laras: p.laras, harga: p.harga, kategori: p.kategori })),
);
console.log(`${produk.length} produk diindeks`);
''', hexs(32))

add("md/meilisearch-master-key-readme", "bengkel/inventori/PILARIAN.md", "https://www.meilisearch.com/docs/learn/security/basic_security", r'''
# Pilarian bahan (Meilisearch)

Server pilarian inventori dijalankeun di VPS bengkel:

```bash
docker run -d --name meili -p 7700:7700 \
  -e MEILI_ENV=production \
  -e MEILI_MASTER_KEY='@@s@@' \
  -v /srv/meili:/meili_data getmeili/meilisearch:v1.8
```

Saenggeus jalan, damel konci "search" wungkul kanggo frontend (`/keys`).
''', mixed(32))

add("php/pusher-app-secret", "webshop/awihejo/config/broadcasting.php", "https://pusher.com/docs/channels/server_api/authenticating-users/", r'''
<?php

// Notif real-time ka dashboard gudang (pesanan anyar asup)
return [
    'default' => 'pusher',
    'connections' => [
        'pusher' => [
            'driver' => 'pusher',
            'key' => 'a81f3c2e9b7d04e51c6f',
            'secret' => '@@s@@',
            'app_id' => '1784203',
            'options' => ['cluster' => 'ap1', 'useTLS' => true],
        ],
    ],
];
''', hexs(20))

add("env/doku-secret-staging", "webshop/awihejo/.env.staging", "https://developers.doku.com/getting-started-with-doku-api/signature-component/non-snap/signature-component-from-request-header", r'''
APP_ENV=staging
APP_URL=https://staging.awihejo.id
# uji coba DOKU Checkout (alternatif Midtrans) - akun produksi, awas!
DOKU_CLIENT_ID=BRN-0219-1716950400123
DOKU_SECRET_KEY=@@s@@
DOKU_BASE_URL=https://api.doku.com
''', "SK-" + mixed(20))

add("yaml/flip-secret-key", "koperasi/keuangan/flip.yaml", "https://docs.flip.id/docs/authentication", r'''
# Flip for Business - transfer ka bank leutik (BPR, bank desa) nu teu aya di BRIAPI
flip:
  base_url: https://bigflip.id/api/v3
  secret_key: "@@s@@"
  callback_token: ${FLIP_VALIDATION_TOKEN}
  idempotency_prefix: kop-sc-
batas_harian_rp: 50000000
''', b64("$2y$13$" + rnd(53, ALNUM + "./")))

add("hcl/terraformrc-token", "webshop/infra/terraformrc.bak", "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials-1", r'''
# cadangan ~/.terraformrc (Kang Ujang)
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "@@s@@"
}
''', mixed(14) + ".atlasv1." + mixed(67))

add("systemd/telegram-bot-environment", "koperasi/deploy/bot-harga.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", r'''
[Unit]
Description=Bot Telegram harga pucuk harian (Koperasi Sinar Cikajang)
After=network-online.target

[Service]
User=koperasi
Environment=TELEGRAM_TOKEN=@@s@@
Environment=KANAL=@hargapucukcikajang
ExecStart=/opt/koperasi-api/.venv/bin/python /opt/koperasi-api/bot/harga.py
Restart=always

[Install]
WantedBy=multi-user.target
''', fakes.telegram_token(_seed()))

add("ipynb/gemini-key-output", "koperasi/analisis/ringkesan_survei_gemini.ipynb", "https://ai.google.dev/gemini-api/docs/api-key", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["konci dipake: @@s@@\n", "model: gemini-1.5-flash\n"]}
   ],
   "source": [
    "import os, google.generativeai as genai\n",
    "k = os.environ['GEMINI_API_KEY']\n",
    "print('konci dipake:', k); print('model: gemini-1.5-flash')\n",
    "genai.configure(api_key=k)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', google_api())

add("php/mailchimp-key", "webshop/newsletter/daftar_pelanggan.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
<?php
// Formulir "Langganan kabar angklung" di footer -> Mailchimp audience
require 'vendor/autoload.php';

$mc = new \MailchimpMarketing\ApiClient();
$mc->setConfig(['apiKey' => '@@s@@', 'server' => 'us21']);

$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
if ($email) {
    $mc->lists->addListMember('4f8a2c91d7', ['email_address' => $email, 'status' => 'pending',
        'merge_fields' => ['BASA' => $_POST['basa'] ?? 'id']]);
    echo 'Hatur nuhun! Cek surel anjeun kanggo konfirmasi.';
}
''', hexs(32) + "-us21")

add("md/decoy-changelog-rotation", "webshop/awihejo/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## [2.4.1] - 2024-06-10
### Security
- Konci Midtrans produksi diganti (rotasi rutin triwulan). Nilai anyar ngan aya di Vault.
- Token Biteship nu kapungkur aya dina `src/lib/biteship.ts` geus dicabut; ayeuna wajib env.

### Fixed
- Ongkir volumetrik angklung melodi 2 oktaf (salah itung 1.5x).

## [2.4.0] - 2024-05-27
### Added
- Pamayaran QRIS ngaliwatan Xendit.
- Halaman kelas angklung online.
''')
