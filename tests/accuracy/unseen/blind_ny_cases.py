"""Blind set NY: a Yogyakarta batik co-operative's web shop and a gamelan ensemble's school and rental.

The batik co-operative (Koperasi Batik Sekar Jagad Ngayogyakarta: web shop on Laravel and
WooCommerce, Midtrans/Xendit payments, RajaOngkir/Biteship shipping, WhatsApp order bot, pattern
archive) and the gamelan ensemble (Sanggar Karawitan Laras Madya: class schedule and tuition,
instrument rental of gongs, saron and kendhang, recordings, member chat), with notes and comments
partly in Javanese and Indonesian. About 130 files holding one credential each and about 90
decoys. Generated fakes only (seeds 8700000-8709999).
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
SEED_LO, SEED_HI = 8700000, 8709999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Parang", "Kawung", "Truntum", "Sekar", "Gendhing", "Saron", "Kendhang", "Bonang", "Slenthem",
         "Pelog", "Slendro", "Malioboro", "Merapi", "Canthing", "Malam", "Sogan", "Gadhung", "Wayang",
         "Gambang", "Rebab", "Kempul", "Ladrang", "Srimpi", "Tugu"]


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


def midtrans_server(prod: bool = True) -> str:
    return ("Mid-server-" if prod else "SB-Mid-server-") + fakes.drawn(_seed(), 24, ALNUM + "_-")


def midtrans_client(prod: bool = True) -> str:
    return ("Mid-client-" if prod else "SB-Mid-client-") + fakes.drawn(_seed(), 16, ALNUM + "_-")


def xendit(kind: str = "production") -> str:
    return f"xnd_{kind}_" + fakes.drawn(_seed(), 60, ALNUM)


def xendit_public() -> str:
    return "xnd_public_production_" + fakes.drawn(_seed(), 60, ALNUM)


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


def mailchimp() -> str:
    return hexs(32) + "-us14"


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailgun() -> str:
    return "key-" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def woo_key() -> str:
    return "ck_" + hexs(40)


def shopify() -> str:
    return "shpat_" + hexs(32)


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def fcm_server() -> str:
    return "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def wa_token() -> str:
    return "EAA" + mixed(180)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_auth() -> str:
    return hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def cf_token() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def laravel_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return "base64:" + base64.b64encode(raw).decode()


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
    CASES.append(LabelledCase("blind-ny/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- batik co-operative: web shop (Laravel)

add("env/midtrans-server", "toko-batik/.env", "https://docs.midtrans.com/docs/access-keys", r'''
APP_NAME="Sekar Jagad Batik"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://toko.sekarjagad.co.id

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=toko_batik
DB_USERNAME=toko
DB_PASSWORD=${DB_PASSWORD_FROM_VAULT}

# Midtrans - akun koperasi (bukan akun pribadi mas Bayu!)
MIDTRANS_IS_PRODUCTION=true
MIDTRANS_SERVER_KEY=@@s@@
MIDTRANS_CLIENT_KEY=@@client@@

RAJAONGKIR_TYPE=pro
''', midtrans_server(), client=midtrans_client())

add("php/laravel-app-key", "toko-batik/config/app.php", "https://laravel.com/docs/11.x/encryption", r'''
<?php

return [
    'name' => env('APP_NAME', 'Sekar Jagad Batik'),
    'env' => env('APP_ENV', 'production'),
    'debug' => (bool) env('APP_DEBUG', false),
    'url' => env('APP_URL', 'https://toko.sekarjagad.co.id'),
    'timezone' => 'Asia/Jakarta',
    'locale' => 'id',
    'fallback_locale' => 'en',

    // Sementara di-hardcode, server staging ora maca .env (Pak Harjo, 12/03)
    'key' => '@@s@@',
    'cipher' => 'AES-256-CBC',
];
''', laravel_key())

add("php/xendit-secret", "toko-batik/app/Services/XenditInvoice.php", "https://docs.xendit.co/api-integration/api-keys", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class XenditInvoice
{
    // kunci rahasia Xendit (live). Aja dicopy menyang grup WA!
    private const SECRET = '@@s@@';

    public function buat(string $orderId, int $total, string $email): array
    {
        $resp = Http::withBasicAuth(self::SECRET, '')
            ->post('https://api.xendit.co/v2/invoices', [
                'external_id' => $orderId,
                'amount' => $total,
                'payer_email' => $email,
                'description' => 'Pesanan batik #' . $orderId,
                'currency' => 'IDR',
            ]);

        return $resp->json();
    }
}
''', xendit())

add("php/decoy-env-reference", "toko-batik/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
<?php

return [
    'midtrans' => [
        'server_key' => env('MIDTRANS_SERVER_KEY'),
        'client_key' => env('MIDTRANS_CLIENT_KEY'),
        'is_production' => env('MIDTRANS_IS_PRODUCTION', false),
        'is_sanitized' => true,
        'is_3ds' => true,
    ],

    'rajaongkir' => [
        'key' => env('RAJAONGKIR_KEY'),
        'type' => env('RAJAONGKIR_TYPE', 'starter'), // starter | basic | pro
    ],

    'xendit' => [
        'secret_key' => env('XENDIT_SECRET_KEY'),
        'callback_token' => env('XENDIT_CALLBACK_TOKEN'),
    ],
];
''')

add("env/decoy-example", "toko-batik/.env.example", "https://laravel.com/docs/11.x/configuration", r'''
APP_NAME="Sekar Jagad Batik"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=toko_batik
DB_USERNAME=root
DB_PASSWORD=

# Isi dhewe saka dashboard Midtrans (Settings > Access Keys), SANDBOX wae kanggo lokal
MIDTRANS_IS_PRODUCTION=false
MIDTRANS_SERVER_KEY=SB-Mid-server-xxxxxxxxxxxxxxxxxxxxxxxx
MIDTRANS_CLIENT_KEY=SB-Mid-client-xxxxxxxxxxxxxxxx

RAJAONGKIR_KEY=isi_api_key_rajaongkir_di_sini
XENDIT_SECRET_KEY=xnd_development_...
''')

add("js/decoy-midtrans-client-key", "toko-batik/resources/views/checkout/bayar.blade.php", "https://docs.midtrans.com/docs/snap-snap-integration-guide", r'''
@extends('layouts.toko')

@section('content')
<div class="container py-4">
  <h3>Pembayaran pesanan #{{ $order->kode }}</h3>
  <p>Total: Rp {{ number_format($order->total, 0, ',', '.') }}</p>
  <button id="pay-button" class="btn btn-sogan">Bayar sekarang</button>
</div>

{{-- client key memang publik, dipakai Snap di browser --}}
<script src="https://app.midtrans.com/snap/snap.js" data-client-key="@@ck@@"></script>
<script>
  document.getElementById('pay-button').onclick = function () {
    window.snap.pay('{{ $snapToken }}', {
      onSuccess: function () { window.location = '/pesanan/{{ $order->kode }}/sukses'; },
      onPending: function () { window.location = '/pesanan/{{ $order->kode }}/menunggu'; },
      onError: function () { alert('Pembayaran gagal, coba lagi nggih'); }
    });
  };
</script>
@endsection
''', ck=midtrans_client())

add("php/rajaongkir-key", "toko-batik/app/Http/Controllers/OngkirController.php", "https://rajaongkir.com/dokumentasi", r'''
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class OngkirController extends Controller
{
    public function cek(Request $request)
    {
        $curl = curl_init();
        curl_setopt_array($curl, [
            CURLOPT_URL => "https://pro.rajaongkir.com/api/cost",
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_CUSTOMREQUEST => "POST",
            CURLOPT_POSTFIELDS => http_build_query([
                'origin' => '501', 'originType' => 'city',   // Kota Yogyakarta
                'destination' => $request->kota, 'destinationType' => 'city',
                'weight' => $request->berat, 'courier' => 'jne:pos:tiki:sicepat',
            ]),
            CURLOPT_HTTPHEADER => [
                "content-type: application/x-www-form-urlencoded",
                "key: @@s@@",
            ],
        ]);
        $hasil = curl_exec($curl);
        curl_close($curl);
        return response($hasil)->header('Content-Type', 'application/json');
    }
}
''', hexs(32))

add("php/decoy-rajaongkir-doc", "toko-batik/docs/ongkir.md", "https://rajaongkir.com/dokumentasi", r'''
# Cek ongkir (RajaOngkir Pro)

Endpoint kita: `POST /api/ongkir` -> diteruskan ke `https://pro.rajaongkir.com/api/cost`.

Header yang dibutuhkan RajaOngkir:

```
key: your-api-key
content-type: application/x-www-form-urlencoded
```

API key disimpan di `.env` produksi (`RAJAONGKIR_KEY`), ora tau dilebokke repo.
Kode kota asal: **501** (Kota Yogyakarta). Kode kecamatan Kotagede: 6987.

Kurir yang aktif: jne, pos, tiki, sicepat, jnt, anteraja.
Berat minimal 1000 gram, kain batik tulis satu lembar biasane 350-400 gram.
''')

add("sql/mysql-grant-password", "toko-batik/database/setup_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- Setup database toko batik, dijalankan sekali di VPS baru
CREATE DATABASE IF NOT EXISTS toko_batik CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER 'toko'@'localhost' IDENTIFIED BY '@@s@@';
GRANT ALL PRIVILEGES ON toko_batik.* TO 'toko'@'localhost';

-- user read-only kanggo laporan bendahara koperasi
CREATE USER 'laporan'@'10.20.0.%' IDENTIFIED BY '${LAPORAN_DB_PASSWORD}';
GRANT SELECT ON toko_batik.pesanan TO 'laporan'@'10.20.0.%';
GRANT SELECT ON toko_batik.anggota TO 'laporan'@'10.20.0.%';

FLUSH PRIVILEGES;
''', words_pw())

add("php/decoy-bcrypt-seeder", "toko-batik/database/seeders/AdminSeeder.php", "https://laravel.com/docs/11.x/hashing", r'''
<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\DB;

class AdminSeeder extends Seeder
{
    public function run(): void
    {
        // hash bcrypt, password asline diwenehke langsung marang pengurus, ora ditulis ing kene
        DB::table('users')->insert([
            'name' => 'Admin Koperasi',
            'email' => 'admin@sekarjagad.co.id',
            'password' => '$2y$12$@@h@@',
            'role' => 'superadmin',
        ]);
    }
}
''', h=rnd(53, ALNUM + "./"))

add("json/composer-auth", "toko-batik/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@pkg@@"
        }
    },
    "gitlab-token": {
        "gitlab.com": "@@s@@"
    }
}
''', gitlab(), pkg="${PACKAGIST_TOKEN}")

_DEPLOY_KEY = openssh_key()
add("yaml/github-actions-ssh-key", "toko-batik/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: Deploy toko

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: '8.2'
      - run: composer install --no-dev --optimize-autoloader
      - name: Kirim ke VPS
        env:
          # FIXME: pindah ke secrets.DEPLOY_KEY, iki mung nyoba
          DEPLOY_KEY: |
            @@key@@
        run: |
          mkdir -p ~/.ssh && echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519
          rsync -az --delete ./ deploy@toko.sekarjagad.co.id:/var/www/toko/
''', _DEPLOY_KEY, key=_DEPLOY_KEY.replace("\n", "\n            "))


# ---------------------------------------------------------------- batik co-operative: WooCommerce shop (lama)

add("php/wordpress-db-password", "wp-batik/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/**
 * Konfigurasi dasar WordPress - toko lama batik.sekarjagad.co.id
 * (nunggu migrasi menyang Laravel rampung)
 */

// ** Setelan MySQL ** //
define( 'DB_NAME', 'wp_batik' );
define( 'DB_USER', 'wp_batik' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'sj_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw())

add("php/decoy-wp-config-sample", "wp-batik/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
/**#@-*/

$table_prefix = 'wp_';
''')

add("python/woocommerce-consumer-secret", "wp-batik/tools/sinkron_stok.py", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
#!/usr/bin/env python3
"""Sinkron stok kain saka spreadsheet gudang menyang WooCommerce.
Dijalanke cron saben jam 6 esuk."""
import csv
from woocommerce import API

wcapi = API(
    url="https://batik.sekarjagad.co.id",
    consumer_key="@@ck@@",
    consumer_secret="@@s@@",
    version="wc/v3",
    timeout=30,
)

with open("/srv/gudang/stok.csv", newline="", encoding="utf-8") as f:
    for baris in csv.DictReader(f):
        sku, jumlah = baris["sku"], int(baris["stok"])
        produk = wcapi.get("products", params={"sku": sku}).json()
        if not produk:
            print("SKU ora ketemu:", sku)
            continue
        wcapi.put(f"products/{produk[0]['id']}", {"stock_quantity": jumlah})
''', woo_secret(), ck=woo_key())

add("php/wp-salts", "wp-batik/wp-salt.php", "https://api.wordpress.org/secret-key/1.1/salt/", r'''
<?php
// diasilake saka api.wordpress.org/secret-key, di-include saka wp-config.php
define('AUTH_KEY',         '@@s@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
''', rnd(64, ALNUM + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"), k2=rnd(64, ALNUM + "!#$%^&*()-_[]{}<>~+=,.;:/?|"),
    k3=rnd(64, ALNUM + "!#$%^&*()-_[]{}<>~+=,.;:/?|"), k4=rnd(64, ALNUM + "!#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("ini/decoy-php-ini", "wp-batik/.user.ini", "https://www.php.net/manual/en/configuration.file.per-user.php", r'''
; setelan PHP kanggo hosting cPanel (Niagahoster)
upload_max_filesize = 64M
post_max_size = 64M
memory_limit = 256M
max_execution_time = 120
session.cookie_secure = 1
session.cookie_httponly = 1
session.save_path = "/home/sekarjag/tmp"
date.timezone = "Asia/Jakarta"
; mail.add_x_header = Off
''')

add("sh/bash-history-mysqldump", "wp-batik/backup/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
cd public_html
ls -la
du -sh wp-content/uploads
mysqldump -u wp_batik -p'@@s@@' wp_batik > ~/backup/wp_batik_$(date +%F).sql
gzip ~/backup/wp_batik_*.sql
ls -lh ~/backup
rclone copy ~/backup gdrive:backup-toko-lama
exit
''', words_pw())

add("csv/decoy-order-export", "wp-batik/export/pesanan-2024-05.csv", "https://woocommerce.com/document/order-export/", r'''
order_id,tanggal,nama,kota,kurir,resi,total,status,payment_ref
10231,2024-05-02,Sri Lestari,Surabaya,jne,JT0012930019,875000,completed,pi_3PBx9QF2d1
10232,2024-05-02,Anindya P.,Bandung,sicepat,004523119872,1450000,completed,7e1d2a0c-3b5f-4d61-9a2e-8f0b6c4d2e11
10233,2024-05-03,Yohanes W.,Jakarta Selatan,jne,JT0012931170,420000,refunded,9b44f1c2-77aa-4e0c-bb1d-02a5e7f4c9d3
10234,2024-05-04,Rr. Kusumawardhani,Klaten,pos,P2405041123,2100000,completed,5a0e9c71-12cd-4f8b-a3e6-6d1f0b2c8a47
10235,2024-05-05,Mbak Tutik,Sleman,ambil,-,365000,completed,TUNAI
10236,2024-05-06,Ahmad F.,Makassar,tiki,030140029911,990000,processing,c1f0e6d2-88b4-4a3a-9c5e-3b7d2e1f0a66
''')

add("json/decoy-woo-webhook-payload", "wp-batik/tests/fixtures/webhook_order_created.json", "https://woocommerce.github.io/woocommerce-rest-api-docs/#webhooks", r'''
{
  "id": 10240,
  "status": "processing",
  "currency": "IDR",
  "total": "1250000",
  "order_key": "wc_order_Xq8sT2kLm0aPz",
  "billing": {
    "first_name": "Contoh",
    "last_name": "Pembeli",
    "email": "pembeli@example.com",
    "phone": "081200000000"
  },
  "line_items": [
    {"name": "Batik Tulis Parang Rusak Sogan", "sku": "BT-PR-017", "quantity": 1, "total": "1250000"}
  ],
  "_links": {"self": [{"href": "https://batik.sekarjagad.co.id/wp-json/wc/v3/orders/10240"}]}
}
''')

# ---------------------------------------------------------------- batik co-operative: payments and webhooks

add("python/midtrans-sandbox-only", "toko-batik/scripts/tes_snap.py", "https://docs.midtrans.com/reference/request-body-json-parameter", r'''
"""Nyoba Snap Midtrans (produksi!) - Bayu, 2024-02-11
python scripts/tes_snap.py 25000"""
import sys
import midtransclient

snap = midtransclient.Snap(
    is_production=True,
    server_key="@@s@@",
    client_key="@@ck@@",
)

nominal = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
trx = snap.create_transaction({
    "transaction_details": {"order_id": "TES-" + str(nominal), "gross_amount": nominal},
    "customer_details": {"first_name": "Bayu", "email": "bayu@sekarjagad.co.id"},
})
print(trx["redirect_url"])
''', midtrans_server(), ck=midtrans_client())

add("python/decoy-midtrans-signature", "toko-batik/scripts/cek_signature.py", "https://docs.midtrans.com/docs/https-notification-webhooks", r'''
"""Verifikasi signature_key notifikasi Midtrans.
signature = SHA512(order_id + status_code + gross_amount + ServerKey)"""
import hashlib
import os

SERVER_KEY = os.environ["MIDTRANS_SERVER_KEY"]


def valid(notif: dict) -> bool:
    raw = notif["order_id"] + notif["status_code"] + notif["gross_amount"] + SERVER_KEY
    return hashlib.sha512(raw.encode()).hexdigest() == notif["signature_key"]


if __name__ == "__main__":
    contoh = {
        "order_id": "SJ-240511-0042", "status_code": "200", "gross_amount": "875000.00",
        "signature_key": "@@sig@@",
    }
    print(valid(contoh))
''', sig=hexs(128))

add("env/xendit-callback-token", "toko-batik/deploy/xendit.env", "https://docs.xendit.co/api-integration/callbacks", r'''
# Xendit webhook (Invoice paid / VA paid)
# Token verifikasi saka Dashboard > Settings > Webhooks > "Verification token"
XENDIT_CALLBACK_TOKEN=@@s@@
XENDIT_WEBHOOK_URL=https://toko.sekarjagad.co.id/api/xendit/callback
XENDIT_INVOICE_DURATION=86400
''', mixed(48))

add("go/doku-client-secret", "gateway-doku/main.go", "https://developers.doku.com/getting-started-with-doku-api/signature-component", r'''
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"time"
)

// Kredensial DOKU Jokul produksi - koperasi Sekar Jagad
const (
	clientID  = "BRN-0217-1688012345678"
	secretKey = "@@s@@"
)

func signature(requestID, target, digest string) string {
	ts := time.Now().UTC().Format("2006-01-02T15:04:05Z")
	comp := fmt.Sprintf("Client-Id:%s\nRequest-Id:%s\nRequest-Timestamp:%s\nRequest-Target:%s\nDigest:%s",
		clientID, requestID, ts, target, digest)
	mac := hmac.New(sha256.New, []byte(secretKey))
	mac.Write([]byte(comp))
	return "HMACSHA256=" + base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func main() {
	fmt.Println(signature("b2f1", "/checkout/v1/payment", "abc"))
}
''', "SK-" + mixed(20))

add("js/stripe-secret-export", "toko-batik/export-luar-negeri/stripe.js", "https://docs.stripe.com/keys", r'''
// Pembayaran pembeli luar negeri (kartu kredit) lewat Stripe - akun Singapura
// Dipakai cuma buat pesanan ekspor (Jepang, Belanda).
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

async function buatPaymentIntent(pesanan) {
  return stripe.paymentIntents.create({
    amount: Math.round(pesanan.totalUsd * 100),
    currency: 'usd',
    metadata: { kode: pesanan.kode, asal: 'sekarjagad' },
  });
}

module.exports = { buatPaymentIntent };
''', stripe())

add("js/decoy-stripe-publishable", "toko-batik/export-luar-negeri/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Kunci publishable aman ditaruh di frontend (pk_live), secret key tetap di server.
const stripe = Stripe('pk_live_@@pk@@');
const elements = stripe.elements({ locale: 'en' });
const card = elements.create('card', { hidePostalCode: true });
card.mount('#kartu');

document.querySelector('#form-bayar').addEventListener('submit', async (e) => {
  e.preventDefault();
  const { clientSecret } = await fetch('/api/export/intent', { method: 'POST' }).then(r => r.json());
  const hasil = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  if (hasil.error) document.querySelector('#pesan').textContent = hasil.error.message;
});
''', pk=mixed(99))

add("yaml/paypal-secret", "toko-batik/config/paypal.yml", "https://developer.paypal.com/api/rest/authentication/", r'''
# PayPal REST - buat pembeli diaspora (Suriname, Belanda)
paypal:
  mode: live
  client_id: A@@cid@@
  client_secret: @@s@@
  return_url: https://toko.sekarjagad.co.id/paypal/sukses
  cancel_url: https://toko.sekarjagad.co.id/paypal/batal
  currency: USD
''', paypal_secret(), cid=fakes.drawn(8700001, 79, ALNUM + "-_"))

add("md/decoy-revoked-note", "toko-batik/docs/insiden-2024-03.md", "https://docs.xendit.co/api-integration/api-keys", r'''
# Insiden 14 Maret 2024: kunci Xendit kebocoran ing grup WhatsApp

Kronologi:
- 09.12 Mas Bayu ngirim screenshot `.env` menyang grup "Pengurus Sekar Jagad" (38 anggota).
- 09.40 Bu Ratna ngabari, screenshot langsung dihapus.
- 10.05 Kunci lama **di-revoke** saka Dashboard Xendit, kunci anyar digawe lan mung dilebokke
  ing Bitwarden koleksi "Toko Online".
- 10.30 Dicek log Xendit: ora ana transaksi aneh antarane 09.12 lan 10.05.

Pelajaran:
1. Aja nge-screenshot file konfigurasi.
2. Kunci mung ana ing Bitwarden lan `.env` server, ora ing laptop pribadi.
3. Sing duwe akses Dashboard: Bu Ratna (bendahara), mas Bayu (IT).
''')

add("php/decoy-hmac-test-vector", "toko-batik/tests/Unit/XenditCallbackTest.php", "https://docs.xendit.co/api-integration/callbacks", r'''
<?php

namespace Tests\Unit;

use Tests\TestCase;

class XenditCallbackTest extends TestCase
{
    public function test_token_salah_ditolak(): void
    {
        config(['services.xendit.callback_token' => 'token-palsu-kanggo-tes']);

        $this->postJson('/api/xendit/callback', ['external_id' => 'SJ-1', 'status' => 'PAID'],
            ['x-callback-token' => 'token-salah'])
            ->assertStatus(403);
    }

    public function test_token_bener_ditampa(): void
    {
        config(['services.xendit.callback_token' => 'token-palsu-kanggo-tes']);

        $this->postJson('/api/xendit/callback', ['external_id' => 'SJ-1', 'status' => 'PAID'],
            ['x-callback-token' => 'token-palsu-kanggo-tes'])
            ->assertOk();
    }
}
''')

# ---------------------------------------------------------------- batik co-operative: WhatsApp order bot, shipping, mail

add("js/whatsapp-cloud-token", "bot-wa/src/kirim.js", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
// Bot WA pesanan batik - ngirim konfirmasi lan nomer resi
const axios = require('axios');

const PHONE_NUMBER_ID = '109876543210987';
// token permanen System User (Meta Business "Koperasi Sekar Jagad")
const TOKEN = '@@s@@';

async function kirimTeks(nomor, teks) {
  return axios.post(
    `https://graph.facebook.com/v19.0/${PHONE_NUMBER_ID}/messages`,
    { messaging_product: 'whatsapp', to: nomor, type: 'text', text: { body: teks } },
    { headers: { Authorization: `Bearer ${TOKEN}` } },
  );
}

async function kabariResi(pesanan) {
  const teks = `Sugeng siang ${pesanan.nama}, pesanan ${pesanan.kode} sampun dikirim.\n` +
    `Kurir: ${pesanan.kurir.toUpperCase()} - resi ${pesanan.resi}. Matur nuwun!`;
  return kirimTeks(pesanan.hp, teks);
}

module.exports = { kirimTeks, kabariResi };
''', wa_token())

add("env/fonnte-token", "bot-wa/.env", "https://docs.fonnte.com/", r'''
# gateway WA cadangan (Fonnte) yen Cloud API lagi diblokir
FONNTE_TOKEN=@@s@@
FONNTE_DEVICE=6281227001234
ADMIN_WA=6281227005678,6285729001122
WEBHOOK_VERIFY=${WA_VERIFY_TOKEN}
PORT=3010
''', fakes.drawn(_seed(), 20, ALNUM + "!@#+"))

add("js/decoy-wa-verify-placeholder", "bot-wa/src/webhook.js", "https://developers.facebook.com/docs/graph-api/webhooks/getting-started", r'''
// Verifikasi webhook Meta: hub.verify_token kudu padha karo WA_VERIFY_TOKEN ing .env
const express = require('express');
const router = express.Router();

router.get('/webhook', (req, res) => {
  const mode = req.query['hub.mode'];
  const token = req.query['hub.verify_token'];
  const challenge = req.query['hub.challenge'];
  if (mode === 'subscribe' && token === process.env.WA_VERIFY_TOKEN) {
    return res.status(200).send(challenge);
  }
  return res.sendStatus(403);
});

router.post('/webhook', (req, res) => {
  const pesan = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (pesan) console.log('pesen mlebu saka', pesan.from, pesan.type);
  res.sendStatus(200);
});

module.exports = router;
''')

add("txt/chat-export-biteship", "notes/wa-grup-it-koperasi.txt", "https://biteship.com/id/docs/intro", r'''
[02/04/24 10.14.22] Bayu IT: Mbak Sekar, akun Biteship wis jadi. Key-ne tak kirim neng kene ya, engko tak pindah neng Bitwarden
[02/04/24 10.14.51] Bayu IT: @@s@@
[02/04/24 10.15.30] Sekar (admin toko): oke mas, iki dipasang neng endi?
[02/04/24 10.16.02] Bayu IT: neng menu Pengaturan > Pengiriman, kolom "API Key Biteship"
[02/04/24 10.16.40] Sekar (admin toko): siap, wis tak lebokke. Tes ongkir Jogja-Medan metu 68rb
[02/04/24 10.17.11] Bayu IT: mantap 👍 aja lali pesenan kain tulis dibungkus plastik + karton
[02/04/24 10.20.05] Bu Ratna: Matur nuwun mas Bayu
''', "biteship_live." + jwt_like('{"name":"sekarjagad","userId":"65f0a1b2c3d4e5f6a7b8c9d0","iat":1712028000}'))

add("md/decoy-biteship-env-reference", "notes/biteship-integrasi.md", "https://biteship.com/id/docs/api/rates/retrieve", r'''
## Cek tarif Biteship

```bash
curl -X POST https://api.biteship.com/v1/rates/couriers \
  -H "Authorization: $BITESHIP_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"origin_postal_code": 55172, "destination_postal_code": 20111,
       "couriers": "jne,sicepat,anteraja", "items": [{"name": "Kain batik", "value": 850000, "weight": 400, "quantity": 1}]}'
```

- Kode pos asal 55172 = Kotagede.
- Key test (`biteship_test.…`) lan live (`biteship_live.…`) dijupuk saka dashboard, disimpen
  ing Bitwarden "Toko Online / Biteship". Ing repo cukup `$BITESHIP_API_KEY`.
''')

add("python/brevo-api-key", "newsletter/kirim_kabar.py", "https://developers.brevo.com/docs/getting-started", r'''
"""Kabar Sekar Jagad - newsletter bulanan (motif anyar, pameran, diskon anggota)."""
import sib_api_v3_sdk
from sib_api_v3_sdk.rest import ApiException

cfg = sib_api_v3_sdk.Configuration()
cfg.api_key["api-key"] = "@@s@@"

api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(cfg))


def kirim(kepada, judul, html):
    email = sib_api_v3_sdk.SendSmtpEmail(
        to=[{"email": kepada}],
        sender={"name": "Koperasi Batik Sekar Jagad", "email": "kabar@sekarjagad.co.id"},
        subject=judul,
        html_content=html,
    )
    try:
        return api.send_transac_email(email)
    except ApiException as e:
        print("gagal ngirim:", e)
''', brevo())

add("ini/smtp-password-msmtp", "newsletter/.msmtprc", "https://marlam.de/msmtp/msmtp.html", r'''
# msmtp kanggo ngirim laporan harian saka server toko
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        sekarjagad
host           smtp.hostinger.co.id
port           587
from           laporan@sekarjagad.co.id
user           laporan@sekarjagad.co.id
password       @@s@@

account default : sekarjagad
''', words_pw())

add("dns/decoy-dkim-public", "newsletter/dns/dkim-record.txt", "https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1", r'''
; DKIM kanggo kabar@sekarjagad.co.id (Brevo) - dilebokke ing DNS Cloudflare
; kunci publik, aman
brevo._domainkey.sekarjagad.co.id. 3600 IN TXT (
  "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@@p1@@"
  "@@p2@@IDAQAB" )

sekarjagad.co.id. 3600 IN TXT "v=spf1 include:spf.brevo.com include:_spf.hostinger.com ~all"
_dmarc.sekarjagad.co.id. 3600 IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@sekarjagad.co.id"
''', p1=rnd(60, ALNUM + "+/"), p2=rnd(100, ALNUM + "+/"))

add("python/mailgun-key", "toko-batik/scripts/kirim_invoice_pdf.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/", r'''
import requests

MAILGUN_DOMAIN = "mg.sekarjagad.co.id"
MAILGUN_KEY = "@@s@@"  # TODO pindahke


def kirim_invoice(email, kode, pdf_path):
    with open(pdf_path, "rb") as f:
        return requests.post(
            f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            files=[("attachment", (f"invoice-{kode}.pdf", f.read()))],
            data={"from": "Sekar Jagad <invoice@sekarjagad.co.id>", "to": [email],
                  "subject": f"Invoice pesanan {kode}",
                  "text": "Terlampir invoice pesanan Panjenengan. Matur nuwun."},
            timeout=30,
        )
''', mailgun())

add("json/decoy-mailchimp-audience", "newsletter/audience.json", "https://mailchimp.com/developer/marketing/api/lists/", r'''
{
  "list_id": "5c1e9a7f20",
  "name": "Pelanggan Sekar Jagad",
  "server": "us14",
  "merge_fields": ["FNAME", "KOTA", "ANGGOTA"],
  "tags": ["batik-tulis", "batik-cap", "ekspor", "pameran-jogja-2024"],
  "api_key_source": "Bitwarden: Toko Online / Mailchimp",
  "double_optin": true
}
''')

add("yaml/mailchimp-key", "newsletter/config/mailchimp.yaml", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
# sinkron anggota anyar saka toko menyang Mailchimp
mailchimp:
  api_key: "@@s@@"
  server: us14
  list_id: 5c1e9a7f20
  tags_default:
    - pelanggan-web
sinkron:
  saben: "0 2 * * *"
  sumber: mysql://laporan@10.20.0.5/toko_batik
''', mailchimp())

# ---------------------------------------------------------------- batik co-operative: hosting, cloud, containers

add("yaml/compose-mysql-root", "toko-batik/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
services:
  app:
    build: .
    env_file: .env
    depends_on: [db, redis]
    ports: ["8080:80"]
    volumes:
      - ./storage:/var/www/html/storage

  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: toko_batik
      MYSQL_USER: toko
      MYSQL_PASSWORD: ${DB_PASSWORD}
      MYSQL_ROOT_PASSWORD: "@@s@@"   # sementara, mengko diganti secret
    volumes:
      - dbdata:/var/lib/mysql

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]

volumes:
  dbdata:
''', pw())

_PW_K8S = pw()
add("yaml/k8s-secret-base64", "k8s/toko/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# Secret database toko (cluster DO Singapura)
apiVersion: v1
kind: Secret
metadata:
  name: toko-db
  namespace: toko
  labels:
    app: toko-batik
type: Opaque
data:
  DB_USERNAME: @@u@@
  DB_PASSWORD: @@p@@
  DB_HOST: @@h@@
''', _PW_K8S, u=b64("toko"), p=b64(_PW_K8S), h=b64("db-mysql-sgp1-48213.b.db.ondigitalocean.com"))

add("yaml/decoy-k8s-sealed-secret", "k8s/toko/sealed-redis.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: toko-redis
  namespace: toko
spec:
  encryptedData:
    REDIS_PASSWORD: AgB@@c1@@
    REDIS_URL: AgC@@c2@@
  template:
    metadata:
      name: toko-redis
      namespace: toko
    type: Opaque
''', c1=rnd(300, ALNUM + "+/") + "==", c2=rnd(340, ALNUM + "+/") + "=")

add("tf/digitalocean-token", "infra/do/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

# token tim koperasi (scope read+write). TODO: TF_VAR / env DIGITALOCEAN_TOKEN
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "toko" {
  image  = "ubuntu-22-04-x64"
  name   = "toko-sekarjagad"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  tags   = ["toko", "produksi"]
}
''', do_token())

add("tf/decoy-variable-sensitive", "infra/do/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "do_token" {
  description = "Token API DigitalOcean (diisi saka TF_VAR_do_token ing CI)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Sandi user aplikasi MySQL managed"
  type        = string
  sensitive   = true
}

variable "ssh_fingerprint" {
  description = "Fingerprint kunci SSH deploy (publik)"
  type        = string
  default     = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"
}
''')

add("ini/aws-credentials", "infra/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-southeast-3

# S3 foto produk (bucket sekarjagad-foto-produk, Jakarta)
[foto-produk]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ap-southeast-3
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/decoy-s3-policy", "infra/aws/bucket-policy-foto.json", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FotoProdukPublik",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::sekarjagad-foto-produk/publik/*"
    },
    {
      "Sid": "UploadSakaToko",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::418273645091:user/toko-uploader"},
      "Action": ["s3:PutObject", "s3:DeleteObject"],
      "Resource": "arn:aws:s3:::sekarjagad-foto-produk/*"
    }
  ]
}
''')

add("sh/cloudflare-purge", "infra/scripts/purge_cache.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
#!/usr/bin/env bash
# Ngresiki cache Cloudflare sawise upload foto koleksi anyar
set -euo pipefail

ZONE_ID="9f2c4e1a7b3d5f60812a4c6e8b0d2f41"
CF_API_TOKEN="@@s@@"

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"prefixes":["toko.sekarjagad.co.id/storage/produk/"]}' | jq .success
''', cf_token())

_GCP_PEM = fakes.fake_pem(_seed()).replace("RSA PRIVATE", "PRIVATE") + "\n"
add("json/gcp-service-account", "laporan/kunci/sheets-laporan.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "sekarjagad-laporan",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "laporan-sheets@sekarjagad-laporan.iam.gserviceaccount.com",
  "client_id": "104839201746382910475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/laporan-sheets%40sekarjagad-laporan.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _GCP_PEM.split("\n")[1], kid=hexs(40), pk=_GCP_PEM.replace("\n", "\\n"))

add("python/decoy-gcp-adc", "laporan/sheets.py", "https://cloud.google.com/docs/authentication/application-default-credentials", r'''
"""Laporan penjualan saben minggu menyang Google Sheets bendahara.
Kredensial saka Application Default Credentials (workload identity ing Cloud Run),
dudu file JSON."""
import google.auth
import gspread

SHEET_ID = "1Kq9vT0xWcE3nZ4bA7sLm2YpD8fR5gH6jU1iO0pQwXyz"

creds, project = google.auth.default(scopes=["https://www.googleapis.com/auth/spreadsheets"])
gc = gspread.authorize(creds)


def tulis(minggu, baris):
    ws = gc.open_by_key(SHEET_ID).worksheet("Penjualan")
    ws.append_row([minggu] + baris, value_input_option="USER_ENTERED")
''')

add("dockerfile/build-arg-token", "toko-batik/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", r'''
FROM php:8.2-fpm-alpine

RUN apk add --no-cache git unzip libzip-dev icu-dev \
 && docker-php-ext-install pdo_mysql zip intl opcache

COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /var/www/html

# paket privat "sekarjagad/motif-katalog" ana ing GitHub pribadi koperasi
ENV COMPOSER_AUTH='{"github-oauth":{"github.com":"@@s@@"}}'

COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --prefer-dist
COPY . .
RUN chown -R www-data:www-data storage bootstrap/cache
''', fakes.github_token(_seed()))

add("yaml/decoy-gh-actions-secrets", "toko-batik/.github/workflows/test.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: Tes

on: [pull_request]

jobs:
  phpunit:
    runs-on: ubuntu-latest
    services:
      mysql:
        image: mysql:8.0
        env:
          MYSQL_ROOT_PASSWORD: root
          MYSQL_DATABASE: toko_test
        ports: ["3306:3306"]
    steps:
      - uses: actions/checkout@v4
      - run: composer install --prefer-dist
        env:
          COMPOSER_AUTH: ${{ secrets.COMPOSER_AUTH }}
      - run: php artisan test
        env:
          DB_PASSWORD: root
          MIDTRANS_SERVER_KEY: ${{ secrets.MIDTRANS_SANDBOX_SERVER_KEY }}
''')

# ---------------------------------------------------------------- batik co-operative: marketplaces, social, archive

add("python/shopee-partner-key", "marketplace/shopee_sync.py", "https://open.shopee.com/developer-guide/20", r'''
"""Sinkron pesanan Shopee -> database koperasi. Toko: sekarjagad.official"""
import hashlib
import hmac
import time

import requests

PARTNER_ID = 2007431
PARTNER_KEY = "@@s@@"
SHOP_ID = 812304455
HOST = "https://partner.shopeemobile.com"


def tandatangan(path, access_token):
    ts = int(time.time())
    base = f"{PARTNER_ID}{path}{ts}{access_token}{SHOP_ID}"
    sign = hmac.new(PARTNER_KEY.encode(), base.encode(), hashlib.sha256).hexdigest()
    return ts, sign


def daftar_pesanan(access_token, wiwit, rampung):
    path = "/api/v2/order/get_order_list"
    ts, sign = tandatangan(path, access_token)
    return requests.get(HOST + path, params={
        "partner_id": PARTNER_ID, "timestamp": ts, "sign": sign, "shop_id": SHOP_ID,
        "access_token": access_token, "time_range_field": "create_time",
        "time_from": wiwit, "time_to": rampung, "page_size": 50,
    }, timeout=20).json()
''', "shpk" + fakes.drawn(_seed(), 60, ALNUM))

add("json/tokopedia-client-secret", "marketplace/config/tokopedia.json", "https://developer.tokopedia.com/openapi/guide/", r'''
{
  "fs_id": 17342,
  "shop_id": 10452871,
  "client_id": "@@cid@@",
  "client_secret": "@@s@@",
  "base_url": "https://fs.tokopedia.net",
  "webhook": "https://toko.sekarjagad.co.id/api/tokopedia/notif",
  "catatan": "akun resmi Sekar Jagad Official Store, aja digawe tes"
}
''', hexs(32), cid=hexs(32))

add("env/instagram-token", "marketplace/instagram/.env.local", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api", r'''
# posting koleksi anyar otomatis menyang @sekarjagad.batik
IG_USER_ID=17841405793187218
IG_ACCESS_TOKEN="@@s@@"
FB_APP_ID=918273645501234
CAPTION_DEFAULT="Batik tulis asli Jogja 🌿 pesen lewat link ing bio"
''', mixed(190, "IGQW"))

add("python/decoy-ig-token-refresh", "marketplace/instagram/refresh_token.py", "https://developers.facebook.com/docs/instagram-basic-display-api/guides/long-lived-access-tokens", r'''
"""Token IG long-lived kudu di-refresh saben < 60 dina.
Token diwaca lan ditulis maneh menyang AWS Secrets Manager, ora tau ing file."""
import json

import boto3
import requests

sm = boto3.client("secretsmanager", region_name="ap-southeast-3")
SECRET_ID = "sekarjagad/instagram"


def refresh():
    data = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    r = requests.get("https://graph.instagram.com/refresh_access_token",
                     params={"grant_type": "ig_refresh_token", "access_token": data["token"]}, timeout=20)
    r.raise_for_status()
    data["token"] = r.json()["access_token"]
    sm.put_secret_value(SecretId=SECRET_ID, SecretString=json.dumps(data))
    print("token di-refresh, kedaluwarsa", r.json()["expires_in"], "detik")


if __name__ == "__main__":
    refresh()
''')

add("ipynb/cloudinary-url", "arsip-motif/notebooks/unggah_arsip.ipynb", "https://cloudinary.com/documentation/python_integration#configuration", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Unggah foto arsip motif (Parang, Kawung, Truntum, Sidomukti)\n", "Scan resolusi dhuwur saka pak Wardoyo, 2024."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, cloudinary, cloudinary.uploader\n",
    "os.environ['CLOUDINARY_URL'] = 'cloudinary://@@kid@@:@@s@@@sekarjagad'\n",
    "cloudinary.config(secure=True)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["312 file diunggah\n"]}],
   "source": [
    "n = 0\n",
    "for f in sorted(os.listdir('scan/')):\n",
    "    cloudinary.uploader.upload('scan/' + f, folder='arsip-motif', use_filename=True)\n",
    "    n += 1\n",
    "print(n, 'file diunggah')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.drawn(_seed(), 27, ALNUM + "_-"), kid=str(_rng().randint(10**14, 10**15)))

add("csv/decoy-motif-checksums", "arsip-motif/SHA256SUMS.csv", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
berkas,ukuran_byte,sha256,motif,asal
parang_rusak_barong_01.tif,48211034,@@h1@@,Parang Rusak Barong,Keraton
kawung_picis_03.tif,39120877,@@h2@@,Kawung Picis,Kotagede
truntum_sogan_02.tif,51007712,@@h3@@,Truntum,Imogiri
sidomukti_07.tif,44501236,@@h4@@,Sidomukti,Giriloyo
ceplok_grompol_01.tif,36200119,@@h5@@,Ceplok Grompol,Wijirejo
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("md/decoy-readme-arsip", "arsip-motif/README.md", "https://cloudinary.com/documentation/python_integration#configuration", r'''
# Arsip Motif Batik Sekar Jagad

Kumpulan scan motif klasik lan motif anyar anggota koperasi (saiki 312 motif).

## Nyetel

```bash
export CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@sekarjagad
pip install -r requirements.txt
jupyter lab notebooks/
```

Nilai `CLOUDINARY_URL` njaluk marang mas Bayu (Bitwarden: "Arsip / Cloudinary").

## Hak cipta

Motif anggota kagungan pembatik dhewe-dhewe. Aja diunggah menyang marketplace tanpa idin.
Motif larangan keraton (Parang Barong, dsb.) mung kanggo arsip, ora didol.
''')

add("js/decoy-firebase-web-apikey", "katalog-app/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", r'''
// Konfigurasi Firebase web (katalog motif). apiKey iki dudu rahasia, mung pengenal project;
// akses diwatesi karo Security Rules + App Check.
import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';

const firebaseConfig = {
  apiKey: '@@ak@@',
  authDomain: 'sekarjagad-katalog.firebaseapp.com',
  projectId: 'sekarjagad-katalog',
  storageBucket: 'sekarjagad-katalog.appspot.com',
  messagingSenderId: '603918274512',
  appId: '1:603918274512:web:7c2e9f1b4a3d5e6f081a2b',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
''', ak=google_api())

add("kotlin/fcm-server-key", "katalog-app/android/app/src/main/java/id/sekarjagad/katalog/Notif.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
package id.sekarjagad.katalog

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Kirim notif "motif anyar" saka aplikasi admin (legacy HTTP API)
object Notif {
    private const val SERVER_KEY = "@@s@@"
    private val client = OkHttpClient()

    fun kirimTopik(judul: String, isi: String) {
        val body = """{"to":"/topics/motif-anyar","notification":{"title":"$judul","body":"$isi"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .addHeader("Authorization", "key=$SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().close()
    }
}
''', fcm_server())

add("xml/decoy-android-strings", "katalog-app/android/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Katalog Sekar Jagad</string>
    <string name="judul_motif">Motif Klasik</string>
    <string name="tombol_pesen">Pesen liwat WhatsApp</string>
    <string name="default_web_client_id">603918274512-k3j9a7f2b1c0d4e5g6h8i9j0l1m2n3o4.apps.googleusercontent.com</string>
    <string name="gcm_defaultSenderId">603918274512</string>
    <string name="project_id">sekarjagad-katalog</string>
    <string name="sugeng_rawuh">Sugeng rawuh ing katalog batik tulis Ngayogyakarta</string>
</resources>
''')

add("properties/android-keystore-password", "katalog-app/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# kunci upload Play Store - JANGAN hilang, Bayu nyimpen cadangan ing flashdisk koperasi
storeFile=../kunci/sekarjagad-upload.jks
storePassword=@@s@@
keyAlias=upload
keyPassword=@@s@@
''', words_pw())

add("redis/redis-conf-requirepass", "toko-batik/deploy/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
# Redis antrian + cache toko
bind 127.0.0.1 10.20.0.4
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec
''', fakes.redis_password(_seed()))

add("php/decoy-queue-config", "toko-batik/config/database.php", "https://laravel.com/docs/11.x/redis#configuration", r'''
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
        'cache' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_CACHE_DB', '1'),
        ],
    ],
];
''')

# ---------------------------------------------------------------- gamelan school: class registration site (Django)

add("python/django-secret-key", "laras-madya/web/larasmadya/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Setelan situs Sanggar Karawitan Laras Madya (pendaftaran kelas, jadwal latihan, sewa gamelan)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@@s@@"

DEBUG = False
ALLOWED_HOSTS = ["larasmadya.or.id", "www.larasmadya.or.id"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "kelas",      # kelas karawitan: dasar, madya, lanjut, bocah
    "sewa",       # sewa gamelan sak prangkat / per ricikan
    "rekaman",
]

LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
STATIC_URL = "static/"
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "laras-madya/web/larasmadya/settings_prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/", r'''
import os

from .settings import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "larasmadya"),
        "USER": os.environ.get("PGUSER", "larasmadya"),
        "PASSWORD": os.environ["PGPASSWORD"],
        "HOST": os.environ.get("PGHOST", "localhost"),
        "PORT": "5432",
    }
}

# Email pendaftaran: sandi SMTP diwaca saka file secret Docker
with open("/run/secrets/smtp_password") as f:
    EMAIL_HOST_PASSWORD = f.read().strip()
EMAIL_HOST = "smtp.gmail.com"
EMAIL_HOST_USER = "sanggar@larasmadya.or.id"
''')

add("python/gmail-app-password", "laras-madya/web/larasmadya/settings_dev.py", "https://support.google.com/accounts/answer/185833", r'''
from .settings import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}

# nyoba ngirim email konfirmasi pendaftaran saka laptop Dimas
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "sanggar.larasmadya@gmail.com"
EMAIL_HOST_PASSWORD = "@@s@@"  # sandi aplikasi Gmail
''', " ".join(rnd(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4)))

add("env/postgres-url", "laras-madya/web/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
DJANGO_SETTINGS_MODULE=larasmadya.settings_prod
DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY}
DATABASE_URL=postgres://larasmadya:@@s@@@db.larasmadya.internal:5432/larasmadya
SENTRY_ENVIRONMENT=produksi
WA_ADMIN=6281328001234
''', pw())

add("yaml/decoy-compose-secrets", "laras-madya/web/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  web:
    build: .
    command: gunicorn larasmadya.wsgi -b 0.0.0.0:8000 -w 3
    env_file: .env
    secrets:
      - smtp_password
      - pg_password
    depends_on: [db]

  db:
    image: postgres:16
    environment:
      POSTGRES_DB: larasmadya
      POSTGRES_USER: larasmadya
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password
    volumes:
      - pgdata:/var/lib/postgresql/data

secrets:
  smtp_password:
    file: ./secrets/smtp_password.txt
  pg_password:
    file: ./secrets/pg_password.txt

volumes:
  pgdata:
''')

add("python/decoy-fixture-fake-users", "laras-madya/web/kelas/tests/test_pendaftaran.py", "https://docs.djangoproject.com/en/5.0/topics/testing/tools/", r'''
from django.contrib.auth import get_user_model
from django.test import TestCase

from kelas.models import Kelas, Pendaftaran

# data palsu kanggo tes, dudu murid asli
SANDI_TES = "sandi-tes-ora-nyata"


class PendaftaranTest(TestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_user("murid_tes", "murid@example.com", SANDI_TES)
        self.kelas = Kelas.objects.create(nama="Karawitan Dasar (Slendro)", kuota=12, biaya=150000)

    def test_daftar_kelas(self):
        self.client.login(username="murid_tes", password=SANDI_TES)
        r = self.client.post(f"/kelas/{self.kelas.pk}/daftar/", {"ricikan": "saron"})
        self.assertEqual(r.status_code, 302)
        self.assertTrue(Pendaftaran.objects.filter(murid=self.user, kelas=self.kelas).exists())

    def test_kuota_kebak(self):
        self.kelas.kuota = 0
        self.kelas.save()
        self.client.login(username="murid_tes", password=SANDI_TES)
        r = self.client.post(f"/kelas/{self.kelas.pk}/daftar/", {"ricikan": "bonang"})
        self.assertContains(r, "Kuota kelas sampun kebak")
''')

add("python/xendit-va-tuition", "laras-madya/web/kelas/pembayaran.py", "https://docs.xendit.co/api-integration/api-keys", r'''
"""Biaya kursus karawitan liwat Virtual Account (BPD DIY / BNI / BRI)."""
import xendit
from xendit.apis import PaymentMethodApi

xendit.set_api_key("@@s@@")
api = PaymentMethodApi(xendit.ApiClient())


def gawe_va(pendaftaran):
    return api.create_payment_method({
        "type": "VIRTUAL_ACCOUNT",
        "reusability": "ONE_TIME_USE",
        "reference_id": f"LM-{pendaftaran.pk}",
        "virtual_account": {
            "channel_code": "BNI",
            "channel_properties": {"customer_name": pendaftaran.murid.get_full_name()[:30]},
            "amount": pendaftaran.kelas.biaya,
        },
    })
''', xendit())

add("yaml/decoy-github-actions-oidc", "laras-madya/web/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect", r'''
name: Deploy sanggar

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
      - uses: google-github-actions/auth@v2
        with:
          workload_identity_provider: projects/884120395512/locations/global/workloadIdentityPools/github/providers/larasmadya
          service_account: deploy@larasmadya-web.iam.gserviceaccount.com
      - uses: google-github-actions/deploy-cloudrun@v2
        with:
          service: larasmadya-web
          region: asia-southeast2
          source: .
''')

add("sh/bash-history-pgdump", "laras-madya/ops/history-dimas.txt", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
  501  ssh dimas@larasmadya.or.id
  502  sudo -u postgres psql -c '\l'
  503  PGPASSWORD='@@s@@' pg_dump -h localhost -U larasmadya larasmadya > /tmp/larasmadya.sql
  504  ls -lh /tmp/larasmadya.sql
  505  scp /tmp/larasmadya.sql nas-sanggar:/volume1/cadangan/
  506  rm /tmp/larasmadya.sql
  507  history > ~/history-dimas.txt
''', words_pw())

add("ini/pgpass", "laras-madya/ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass (chmod 600) - laptop Dimas
# hostname:port:database:username:password
localhost:5432:larasmadya:larasmadya:@@s@@
# replika laporan: sandi diisi saka Bitwarden nalika perlu
#db.larasmadya.internal:5432:*:laporan:
''', pw())

add("python/telegram-bot-jadwal", "laras-madya/bot/jadwal_bot.py", "https://core.telegram.org/bots/api", r'''
"""Bot Telegram pangeling jadwal latihan Laras Madya.
Kemis bengi: latihan gendhing klenengan; Setu sore: kelas bocah."""
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"

JADWAL = {
    "senin": "Kelas dasar slendro, 19.00-21.00",
    "kemis": "Latihan klenengan (Ladrang Wilujeng, Ketawang Puspawarna), 19.30",
    "setu": "Kelas bocah, 15.30-17.00",
}


async def jadwal(update, context):
    teks = "\n".join(f"{dina.title()}: {isi}" for dina, isi in JADWAL.items())
    await update.message.reply_text("Jadwal latihan minggu iki:\n" + teks)


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("jadwal", jadwal))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "laras-madya/bot/pangeling.py", "https://core.telegram.org/bots/api#sendmessage", r'''
"""Ngirim pangeling bayar sewa gamelan. Token saka env, chat_id grup pengurus."""
import os

import requests

TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
CHAT_PENGURUS = -1001823456712


def kabari(teks: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_PENGURUS, "text": teks, "parse_mode": "HTML"}, timeout=10)


if __name__ == "__main__":
    kabari("<b>Pangeling</b>: gong ageng lan kempul disewa SMA 3 kudu bali dina Senin.")
''')

# ---------------------------------------------------------------- gamelan ensemble: instrument rental (Node/TypeScript)

add("ts/twilio-auth-token", "sewa-gamelan/src/sms.ts", "https://www.twilio.com/docs/iam/credentials/api", r'''
// Kabar SMS marang penyewa: pangeling ngembalekake gamelan
import twilio from 'twilio';

const accountSid = '@@sid@@';
const authToken = '@@s@@';
const client = twilio(accountSid, authToken);

export async function pangelingBali(hp: string, ricikan: string[], tanggal: string) {
  const daftar = ricikan.join(', ');
  return client.messages.create({
    from: '+14155238886',
    to: hp,
    body: `Sanggar Laras Madya: nyuwun pirsa, ${daftar} mangke dipun wangsulaken tanggal ${tanggal}. Matur nuwun.`,
  });
}
''', twilio_auth(), sid=twilio_sid())

add("npmrc/npm-token", "sewa-gamelan/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# paket @larasmadya/kepatihan-render (privat)
@larasmadya:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
''', npm_tok())

add("npmrc/decoy-env-reference", "sewa-gamelan/.npmrc.ci", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# dipakai CI; NPM_TOKEN diisi saka secret repo
@larasmadya:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
''')

add("ts/mongodb-uri", "sewa-gamelan/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
import mongoose from 'mongoose';

// Atlas cluster "sanggar" (Singapore). Koleksi: ricikan, penyewa, kontrak, pembayaran
const URI = process.env.MONGODB_URI
  ?? 'mongodb+srv://sewa_app:@@s@@@sanggar.x7k2q.mongodb.net/sewa?retryWrites=true&w=majority';

export async function sambung() {
  await mongoose.connect(URI);
  console.log('MongoDB nyambung');
}
''', pw())

add("ts/decoy-ricikan-seed", "sewa-gamelan/src/seed/ricikan.ts", "https://en.wikipedia.org/wiki/Gamelan", r'''
// Daftar ricikan gamelan sing bisa disewa (pelog + slendro). id = nomor inventaris
export const RICIKAN = [
  { id: 'LM-GA-01', jeneng: 'Gong ageng', laras: 'pelog', sewaPerDina: 350000 },
  { id: 'LM-KP-03', jeneng: 'Kempul 6', laras: 'slendro', sewaPerDina: 75000 },
  { id: 'LM-SR-02', jeneng: 'Saron barung', laras: 'pelog', sewaPerDina: 60000 },
  { id: 'LM-BN-01', jeneng: 'Bonang barung', laras: 'slendro', sewaPerDina: 120000 },
  { id: 'LM-KD-04', jeneng: 'Kendhang ciblon', laras: '-', sewaPerDina: 90000 },
  { id: 'LM-GD-01', jeneng: 'Gendèr barung', laras: 'pelog', sewaPerDina: 110000 },
  { id: 'LM-RB-01', jeneng: 'Rebab', laras: '-', sewaPerDina: 80000 },
];

// hash inventaris saka sistem lawas (md5 nomor seri), kanggo nyocokake data
export const HASH_LAWAS = {
  'LM-GA-01': '@@h1@@',
  'LM-BN-01': '@@h2@@',
};
''', h1=hexs(32), h2=hexs(32))

add("ts/pusher-secret", "sewa-gamelan/src/realtime.ts", "https://pusher.com/docs/channels/server_api/overview/", r'''
import Pusher from 'pusher';

// status kontrak sewa real-time ing dashboard pengurus
export const pusher = new Pusher({
  appId: '1794523',
  key: '@@key@@',
  secret: '@@s@@',
  cluster: 'ap1',
  useTLS: true,
});

export function kabarStatus(kontrakId: string, status: 'dipesen' | 'dijupuk' | 'bali' | 'telat') {
  return pusher.trigger('sewa', 'status', { kontrakId, status });
}
''', hexs(20), key=hexs(20))

add("json/decoy-package-lock-integrity", "sewa-gamelan/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "sewa-gamelan",
  "version": "1.4.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "sewa-gamelan",
      "version": "1.4.2",
      "dependencies": {"mongoose": "8.3.4", "pusher": "5.2.0", "twilio": "5.0.4"}
    },
    "node_modules/pusher": {
      "version": "5.2.0",
      "resolved": "https://registry.npmjs.org/pusher/-/pusher-5.2.0.tgz",
      "integrity": "sha512-@@i1@@==",
      "license": "MIT"
    },
    "node_modules/twilio": {
      "version": "5.0.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.0.4.tgz",
      "integrity": "sha512-@@i2@@==",
      "license": "MIT"
    }
  }
}
''', i1=rnd(86, ALNUM + "+/"), i2=rnd(86, ALNUM + "+/"))

add("ts/jwt-signing-secret", "sewa-gamelan/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r'''
import jwt from 'jsonwebtoken';

// kunci kanggo token login pengurus (dashboard sewa)
const JWT_SECRET = '@@s@@';

export function gaweToken(pengurus: { id: string; peran: string }) {
  return jwt.sign({ sub: pengurus.id, peran: pengurus.peran }, JWT_SECRET, { expiresIn: '8h' });
}

export function priksa(token: string) {
  return jwt.verify(token, JWT_SECRET) as { sub: string; peran: string };
}
''', rnd(64, HEX))

add("ts/decoy-jwt-in-test", "sewa-gamelan/test/auth.test.ts", "https://jwt.io/introduction", r'''
import { describe, expect, it } from 'vitest';
import { priksa } from '../src/auth';

// token kedaluwarsa (exp 2023) sing ditandatangani nganggo kunci tes, mung kanggo ngetes penolakan
const TOKEN_KADALUWARSA =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXMiLCJwZXJhbiI6ImFkbWluIiwiZXhwIjoxNjcyNTMxMjAwfQ.' +
  'kunci-tes-dudu-tandatangan-asli';

describe('auth', () => {
  it('nolak token kedaluwarsa', () => {
    expect(() => priksa(TOKEN_KADALUWARSA)).toThrow();
  });
});
''')

add("yaml/gitlab-ci-docker-pat", "sewa-gamelan/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
stages: [test, build]

test:
  image: node:20
  stage: test
  script:
    - npm ci
    - npm test

build:
  image: docker:24
  stage: build
  services: [docker:24-dind]
  variables:
    DOCKER_USER: larasmadya
  script:
    # token Docker Hub (read/write) - nyusul dipindah menyang CI/CD variables
    - echo "@@s@@" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t larasmadya/sewa-gamelan:$CI_COMMIT_SHORT_SHA .
    - docker push larasmadya/sewa-gamelan:$CI_COMMIT_SHORT_SHA
  only: [main]
''', docker_pat())

_DOCKER_PW = words_pw()
add("json/docker-config-auth", "sewa-gamelan/ops/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@a@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
''', _DOCKER_PW, a=b64("larasmadya:" + _DOCKER_PW))

add("md/decoy-sewa-readme", "sewa-gamelan/README.md", "https://docs.npmjs.com/cli/v10/commands/npm-ci", r'''
# Sewa Gamelan Laras Madya

Sistem cilik kanggo nyathet sewa gamelan: sapa sing nyewa, ricikan apa wae, kapan dijupuk lan
dibalekake, DP lan pelunasan.

## Mlaku lokal

```bash
cp .env.example .env      # isi MONGODB_URI, TWILIO_*, PUSHER_* saka Bitwarden "Sanggar"
npm ci
npm run dev
```

Contone `.env`:

```
MONGODB_URI=mongodb+srv://<user>:<sandi>@sanggar.x7k2q.mongodb.net/sewa
TWILIO_AUTH_TOKEN=<token>
PUSHER_SECRET=<secret>
```

Tarif: sak prangkat pelog-slendro Rp 3.500.000/dina (kalebu ngeterke ing Jogja), DP 30%.
''')

# ---------------------------------------------------------------- gamelan ensemble: pendhapa network, NAS, recordings

add("conf/wpa-supplicant-psk", "laras-madya/rpi-rekam/wpa_supplicant.conf", "https://man7.org/linux/man-pages/man5/wpa_supplicant.conf.5.html", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ID

# wifi pendhapa sanggar (Raspberry Pi perekam latihan)
network={
    ssid="LarasMadya-Pendhapa"
    psk="@@s@@"
    key_mgmt=WPA-PSK
    priority=2
}
''', words_pw())

add("conf/wireguard-private-key", "laras-madya/ops/wg0.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN NAS sanggar <-> VPS (mas Dimas)
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@s@@
ListenPort = 51820
DNS = 1.1.1.1

[Peer]
# VPS larasmadya.or.id
PublicKey = @@pub@@
Endpoint = 103.152.118.40:51820
AllowedIPs = 10.77.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-peer-only", "laras-madya/ops/wg-peers.md", "https://www.wireguard.com/quickstart/", r'''
# Daftar peer WireGuard (mung kunci PUBLIK, kunci privat tetep ing piranti dhewe-dhewe)

| piranti            | alamat      | kunci publik                                   |
|--------------------|-------------|------------------------------------------------|
| VPS larasmadya     | 10.77.0.1   | @@p1@@ |
| NAS Synology       | 10.77.0.2   | @@p2@@ |
| Laptop Dimas       | 10.77.0.3   | @@p3@@ |
| HP mbak Woro       | 10.77.0.4   | @@p4@@ |

Yen nambah piranti: `wg genkey | tee privat | wg pubkey`, kirim sing publik wae menyang Dimas.
''', p1=wg_key(), p2=wg_key(), p3=wg_key(), p4=wg_key())

add("ini/rclone-config", "laras-madya/rpi-rekam/rclone.conf", "https://rclone.org/s3/", r'''
[rekaman-r2]
type = s3
provider = Cloudflare
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = https://5b2e9c8d1f0a4b3c6d7e8f9a0b1c2d3e.r2.cloudflarestorage.com
acl = private

[gdrive-sanggar]
type = drive
scope = drive.file
root_folder_id = 1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV
''', hexs(64), kid=hexs(32))

add("sh/restic-password", "laras-madya/rpi-rekam/cadangan.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r'''
#!/bin/sh
# Cadangan rekaman latihan (wav) menyang NAS saben bengi jam 23.30
export RESTIC_REPOSITORY=sftp:cadangan@10.77.0.2:/volume1/restic/rekaman
export RESTIC_PASSWORD='@@s@@'

restic backup /home/pi/rekaman --tag latihan --exclude '*.tmp'
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
''', words_pw())

add("sh/decoy-restic-password-file", "laras-madya/nas/cadangan-nas.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r'''
#!/bin/sh
# Cadangan NAS -> Backblaze B2. Sandi repo ing file sing mung bisa diwaca root (chmod 400).
export RESTIC_REPOSITORY=b2:larasmadya-cadangan:/nas
export RESTIC_PASSWORD_FILE=/root/.restic-sandi
export B2_ACCOUNT_ID=$(cat /root/.b2-id)
export B2_ACCOUNT_KEY=$(cat /root/.b2-key)

restic backup /volume1/rekaman /volume1/notasi /volume1/administrasi
restic check --read-data-subset=5%
''')

add("txt/cctv-rtsp-url", "laras-madya/ops/cctv.txt", "https://www.hikvision.com/en/support/", r'''
CCTV gudang gamelan (Hikvision DS-2CD1023)
- kamera 1 (lawang gudang): rtsp://admin:@@s@@@192.168.1.64:554/Streaming/Channels/101
- kamera 2 (pendhapa):      rtsp://admin:@@s@@@192.168.1.65:554/Streaming/Channels/101
NVR: 192.168.1.60, rekaman 30 dina
Aplikasi HP: Hik-Connect, akun sanggar
Yen kamera mati: cek PoE switch ing lemari cilik sisih kidul
''', pw())

add("rsc/mikrotik-export", "laras-madya/ops/router-pendhapa.rsc", "https://help.mikrotik.com/docs/display/ROS/PPPoE", r'''
# may/12/2024 20:14:07 by RouterOS 7.14.3
# model = hAP ax2
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-indihome \
    password="@@s@@" user=152403218776@telkom.net
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=LarasMadya-Pendhapa security.authentication-types=wpa2-psk
/ip address
add address=192.168.1.1/24 interface=bridge network=192.168.1.0
/ip dhcp-server network
add address=192.168.1.0/24 dns-server=192.168.1.1 gateway=192.168.1.1
/system identity
set name=router-pendhapa
''', str(_rng().randint(100000, 999999)) + rnd(4, "abcdefghijklmnopqrstuvwxyz"))

add("yaml/home-assistant-secrets", "laras-madya/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant pendhapa (lampu, kipas, sensor kelembapan gudang gamelan)
latitude: -7.8012
longitude: 110.3645
mqtt_password: @@s@@
wifi_ssid: LarasMadya-Pendhapa
''', fakes.redis_password(_seed()))

add("yaml/decoy-ha-config-refs", "laras-madya/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Pendhapa Laras Madya
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: Asia/Jakarta

mqtt:
  sensor:
    - name: "Kelembapan gudang gamelan"
      state_topic: "pendhapa/gudang/rh"
      unit_of_measurement: "%"

automation:
  - alias: "Kipas gudang urip yen lembab"
    trigger:
      platform: numeric_state
      entity_id: sensor.kelembapan_gudang_gamelan
      above: 75
    action:
      service: switch.turn_on
      target:
        entity_id: switch.kipas_gudang
''')

add("php/nextcloud-config", "laras-madya/nas/nextcloud/config.php", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/config_sample_php_parameters.html", r'''
<?php
$CONFIG = array (
  'instanceid' => 'oc8k2j3h4g5f',
  'version' => '28.0.5.1',
  'trusted_domains' => array (0 => 'awan.larasmadya.or.id'),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'mysql',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => '@@s@@',
  'overwrite.cli.url' => 'https://awan.larasmadya.or.id',
  'default_language' => 'id',
  'installed' => true,
);
''', pw())

add("ssh/openssh-private-key", "laras-madya/ops/kunci/id_ed25519_nas", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-authorized-keys", "laras-madya/ops/kunci/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# kunci publik pengurus sing oleh mlebu VPS sanggar
# (dianyari 2024-05-02, kunci Bayu wis dibusak)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ dimas@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ woro@hp-termux
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ cadangan@nas
# akhir daftar
''', k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(200, ALNUM + "+/"))

# ---------------------------------------------------------------- gamelan ensemble: recordings, notation, community

add("python/youtube-api-key", "laras-madya/rekaman/unggah_statistik.py", "https://developers.google.com/youtube/v3/getting-started", r'''
"""Ngumpulake statistik video pentas sanggar (views, likes) kanggo laporan taunan."""
import requests

API_KEY = "@@s@@"
CHANNEL = "UCq3L9m2xKarawitanLM01"


def video_anyar(maks=25):
    r = requests.get("https://www.googleapis.com/youtube/v3/search", params={
        "key": API_KEY, "channelId": CHANNEL, "part": "snippet", "order": "date",
        "maxResults": maks, "type": "video"}, timeout=20)
    return [it["id"]["videoId"] for it in r.json().get("items", [])]


def statistik(ids):
    r = requests.get("https://www.googleapis.com/youtube/v3/videos", params={
        "key": API_KEY, "id": ",".join(ids), "part": "statistics,snippet"}, timeout=20)
    for it in r.json().get("items", []):
        print(it["snippet"]["title"][:50], it["statistics"].get("viewCount"))


if __name__ == "__main__":
    statistik(video_anyar())
''', google_api())

add("python/openai-key-notasi", "laras-madya/notasi/transkrip_kepatihan.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Eksperimen: ngonversi foto notasi kepatihan (tulisan tangan pak Sastro) dadi teks.
Contone: "Ladrang Wilujeng, laras pelog pathet barang: . 6 5 6 . 7 2 7 ..." """
import base64
import sys

from openai import OpenAI

client = OpenAI(api_key="@@s@@")

with open(sys.argv[1], "rb") as f:
    gambar = base64.b64encode(f.read()).decode()

resp = client.chat.completions.create(
    model="gpt-4o",
    messages=[{"role": "user", "content": [
        {"type": "text", "text": "Tulisen maneh notasi kepatihan ing gambar iki, gatra per gatra."},
        {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{gambar}"}},
    ]}],
)
print(resp.choices[0].message.content)
''', fakes.openai_key(_seed()))

add("python/huggingface-token", "laras-madya/notasi/train_laras.py", "https://huggingface.co/docs/hub/security-tokens", r'''
# Nglatih klasifikasi laras (pelog/slendro) saka rekaman saron. Dataset pribadi ing HF.
from datasets import load_dataset
from huggingface_hub import login

login(token="@@s@@")  # akun larasmadya, write

ds = load_dataset("larasmadya/saron-laras", split="train")
print(ds)
print(ds.features)
ds = ds.train_test_split(test_size=0.15, seed=17)
ds.push_to_hub("larasmadya/saron-laras-split", private=True)
''', mixed(34, "hf_"))

add("txt/decoy-notasi-kepatihan", "laras-madya/notasi/ladrang-wilujeng.txt", "https://en.wikipedia.org/wiki/Kepatihan", r'''
Ladrang Wilujeng, laras pelog pathet barang
Buka: . 3 . 2  . 3 . 7  . 6 . 5  . 7 . 6  (g)

Umpak:
. 7 . 6   . 7 . 6   . 2 . 7   . 3 . 2
. 7 . 6   . 7 . 6   . 2 . 7   . 5 . 6(g)

Ngelik:
. . 6 7   2 3 2 7   3 2 7 6   5 3 5 6
2 7 5 6   2 7 5 6   3 5 7 6   5 3 2 7
3 2 7 6   7 5 6 7   3 2 7 6   5 3 5 6(g)

Cathetan: irama dados, kendhang kalih. Gerongan Wilujeng ana ing lampiran.
Kode arsip: LM-NOT-0417 / sha1 @@h@@
''', h=hexs(40))

add("python/discord-webhook-alumni", "laras-madya/komunitas/kabar_discord.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
"""Kabar pentas menyang server Discord alumni kelas karawitan."""
import requests

WEBHOOK = "@@s@@"


def kabar_pentas(judul, panggon, tanggal, jam):
    requests.post(WEBHOOK, json={
        "username": "Laras Madya",
        "embeds": [{
            "title": judul,
            "description": f"📍 {panggon}\n🗓️ {tanggal}, {jam} WIB\nMonggo sami rawuh!",
            "color": 0x8B4513,
        }],
    }, timeout=10)


if __name__ == "__main__":
    kabar_pentas("Klenengan Malem Jemuwah Legi", "Pendhapa Laras Madya, Kotagede", "7 Juni 2024", "20.00")
''', discord_webhook())

add("json/slack-webhook-vscode", "laras-madya/.vscode/settings.json", "https://api.slack.com/messaging/webhooks", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "files.exclude": {"**/__pycache__": true, "rekaman/*.wav": true},
  "rest-client.environmentVariables": {
    "produksi": {
      "baseUrl": "https://larasmadya.or.id/api",
      "slackWebhook": "@@s@@"
    },
    "lokal": {
      "baseUrl": "http://localhost:8000/api",
      "slackWebhook": ""
    }
  },
  "cSpell.words": ["gamelan", "karawitan", "kepatihan", "pelog", "slendro", "gendhing"]
}
''', slack_webhook())

add("json/decoy-vscode-launch", "laras-madya/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django: runserver",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/web/manage.py",
      "args": ["runserver", "0.0.0.0:8000"],
      "django": true,
      "envFile": "${workspaceFolder}/web/.env.dev",
      "env": {"DJANGO_SETTINGS_MODULE": "larasmadya.settings_dev"}
    },
    {
      "name": "Bot jadwal",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/bot/jadwal_bot.py",
      "env": {"TELEGRAM_BOT_TOKEN": "${env:TELEGRAM_BOT_TOKEN}"}
    }
  ]
}
''')

add("txt/chat-export-wa-smtp", "laras-madya/komunitas/WhatsApp Chat with Pengurus Laras Madya.txt", "https://faq.whatsapp.com/1180414079177245/", r'''
12/05/24, 19.02 - Mbak Woro: Mas Dimas, email sanggar ra iso mlebu neng Thunderbird laptop sekretariat 🙏
12/05/24, 19.05 - Dimas: Sing dienggo sandi aplikasi mbak, dudu sandi gmail biasa
12/05/24, 19.05 - Dimas: sanggar.larasmadya@gmail.com
12/05/24, 19.06 - Dimas: @@s@@
12/05/24, 19.06 - Dimas: server smtp.gmail.com port 587 STARTTLS
12/05/24, 19.11 - Mbak Woro: Wis iso mas, maturnuwun sanget
12/05/24, 19.12 - Pak Harsono: Sesuk Kemis latihan tetep nggih, gendèr barung sampun mantuk saking reparasi
12/05/24, 19.15 - Dimas: <Media omitted>
''', "".join(rnd(16, "abcdefghijklmnopqrstuvwxyz")))

add("txt/decoy-chat-export-no-secret", "laras-madya/komunitas/WhatsApp Chat with Sewa Gamelan.txt", "https://faq.whatsapp.com/1180414079177245/", r'''
03/06/24, 08.14 - Bu Endang (SMA 3): Sugeng enjing, badhe nyewa gamelan sak prangkat kagem wisuda tgl 22 Juni
03/06/24, 08.20 - Admin Sewa LM: Sugeng enjing Bu. Saged, pelog-slendro Rp 3,5jt/dinten kalebet ngeterke
03/06/24, 08.21 - Admin Sewa LM: DP 30% dhateng BPD DIY 001.221.009871 a.n. Sanggar Laras Madya
03/06/24, 08.40 - Bu Endang (SMA 3): Sampun transfer nggih, kode referensi BPD 240603084012557
03/06/24, 08.45 - Admin Sewa LM: Sampun mlebet Bu, matur nuwun. Nomer kontrak LM-S-2406-018
03/06/24, 08.46 - Admin Sewa LM: Link status sewa: https://larasmadya.or.id/sewa/LM-S-2406-018
03/06/24, 08.50 - Bu Endang (SMA 3): 🙏
''')

add("eml/mail-notion-token", "laras-madya/komunitas/mail/2024-04-02-notion-integrasi.eml", "https://developers.notion.com/docs/authorization", r'''
From: Dimas Prasetyo <dimas@larasmadya.or.id>
To: Woro Hapsari <woro@larasmadya.or.id>
Subject: Token Notion kanggo jadwal kelas
Date: Tue, 02 Apr 2024 21:17:44 +0700
Content-Type: text/plain; charset="UTF-8"

Mbak Woro,

Integrasi Notion "Jadwal Kelas" wis tak gawe, database-e wis tak share menyang integrasi kuwi.
Token internal-e:

@@s@@

Lebokke ing kolom NOTION_TOKEN ing Railway ya, aja ditempel neng grup.

Nuwun,
Dimas
''', mixed(43, "secret_"))

add("eml/decoy-mail-reset-link", "laras-madya/komunitas/mail/2024-05-20-reset-sandi.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Laras Madya <no-reply@larasmadya.or.id>
To: Murid Kelas Madya <murid@example.com>
Subject: Reset sandi akun Laras Madya
Date: Mon, 20 May 2024 07:02:11 +0700
Content-Type: text/plain; charset="UTF-8"

Sugeng enjing,

Panjenengan nyuwun reset sandi. Klik link ing ngisor iki (mung berlaku 30 menit, sepisan):

https://larasmadya.or.id/akun/reset/MTQ3/c7k9q2-5e1f0a8b3d6c4e2f9a7b/

Yen dudu Panjenengan sing nyuwun, email iki ora usah digubris.

Salam karawitan,
Sanggar Laras Madya
''')

# ---------------------------------------------------------------- batik co-operative: accounting, POS, bank

add("python/moka-pos-token", "koperasi/kasir/tarik_penjualan_moka.py", "https://api.mokapos.com/docs", r'''
"""Narik penjualan kasir galeri (Moka POS) saben bengi, digabung karo penjualan online."""
import datetime as dt

import requests

OUTLET_ID = 481223
ACCESS_TOKEN = "@@s@@"


def penjualan(tanggal: dt.date):
    r = requests.get(
        f"https://api.mokapos.com/v3/outlets/{OUTLET_ID}/reports/get_latest_transactions",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        params={"since": tanggal.isoformat(), "per_page": 200},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["data"]["payments"]


if __name__ == "__main__":
    wingi = dt.date.today() - dt.timedelta(days=1)
    for p in penjualan(wingi):
        print(p["payment_no"], p["total_collected"])
''', hexs(64))

add("yaml/jurnal-id-hmac", "koperasi/akuntansi/jurnal.yml", "https://api-doc.jurnal.id/", r'''
# Integrasi Jurnal.id (Mekari) - pembukuan koperasi
jurnal:
  base_url: https://api.mekari.com
  hmac_username: @@u@@
  hmac_secret: @@s@@
  akun:
    penjualan_online: "4-40001"
    penjualan_galeri: "4-40002"
    ongkir: "4-40100"
    simpanan_wajib: "3-30002"
''', mixed(32), u=mixed(16))

add("md/decoy-bank-va-doc", "koperasi/akuntansi/rekening.md", "https://www.bankbpd.co.id/", r'''
# Rekening koperasi

| bank    | nomor            | atas nama                          | gunane                    |
|---------|------------------|------------------------------------|---------------------------|
| BPD DIY | 001.221.004512   | Koperasi Batik Sekar Jagad         | operasional, simpanan     |
| BNI     | 0881 2233 45     | Koperasi Batik Sekar Jagad         | penampungan Xendit/Midtrans|
| BRI     | 0125-01-000871-56-3 | Kop. Batik Sekar Jagad          | bayar pembatik (giro)     |

- Token internet banking BPD dicekel Bu Ratna (bendahara) lan Pak Harjo (ketua), ora tau difoto.
- Virtual account Xendit prefix BNI: 8808 + nomer anggota.
- Mutasi diunduh manual saben Senin, CSV-ne dilebokke `akuntansi/mutasi/` (ora dikomit).
''')

add("log/laravel-log-db-url", "toko-batik/storage/logs/laravel-2024-05-18.log", "https://laravel.com/docs/11.x/logging", r'''
[2024-05-18 02:00:03] production.INFO: Sinkron stok gudang wiwit
[2024-05-18 02:00:04] production.INFO: 214 SKU dicek
[2024-05-18 02:13:51] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql_laporan, SQL: select * from `pesanan` where `created_at` > 2024-05-17) {"exception":"[object] (Illuminate\\Database\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused","url":"mysql://laporan:@@s@@@10.20.0.5:3306/toko_batik"}
[2024-05-18 02:13:51] production.WARNING: Laporan harian ditunda 30 menit
[2024-05-18 02:44:02] production.INFO: Laporan harian dikirim menyang ratna@sekarjagad.co.id
[2024-05-18 06:00:00] production.INFO: Sinkron stok gudang rampung
''', pw())

add("log/decoy-nginx-access", "toko-batik/storage/logs/access-sample.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
103.144.9.20 - - [18/May/2024:09:12:01 +0700] "GET /produk/batik-tulis-truntum-sogan HTTP/2.0" 200 18211 "https://www.instagram.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
103.144.9.20 - - [18/May/2024:09:12:44 +0700] "POST /keranjang HTTP/2.0" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
103.144.9.20 - - [18/May/2024:09:13:30 +0700] "GET /checkout?session=a8f3c1d9e2b7 HTTP/2.0" 200 9331 "-" "Mozilla/5.0 (iPhone)"
36.68.201.7 - - [18/May/2024:09:15:02 +0700] "POST /api/midtrans/notifikasi HTTP/1.1" 200 2 "-" "Veritrans"
36.68.201.7 - - [18/May/2024:09:15:02 +0700] "GET /pesanan/SJ-240518-0107/sukses HTTP/2.0" 200 4410 "-" "Mozilla/5.0"
182.253.14.66 - - [18/May/2024:09:21:47 +0700] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31"
''')

add("python/decoy-hashed-member-ids", "koperasi/anggota/anonim.py", "https://docs.python.org/3/library/hmac.html", r'''
"""Nganonimke data anggota (pembatik) sadurunge dikirim menyang peneliti UGM.
Kunci pepper diwaca saka Vault, ora ana ing repo."""
import csv
import hashlib
import hmac

import hvac

vault = hvac.Client(url="https://vault.sekarjagad.co.id")
PEPPER = vault.secrets.kv.v2.read_secret_version(path="koperasi/anonim")["data"]["data"]["pepper"]


def samaran(nik: str) -> str:
    return hmac.new(PEPPER.encode(), nik.encode(), hashlib.sha256).hexdigest()[:16]


with open("anggota.csv") as src, open("anggota_anonim.csv", "w", newline="") as dst:
    w = csv.writer(dst)
    w.writerow(["id", "desa", "teknik", "taun_gabung"])
    for b in csv.DictReader(src):
        w.writerow([samaran(b["nik"]), b["desa"], b["teknik"], b["taun_gabung"]])
''')

add("csv/decoy-anonim-output", "koperasi/anggota/anggota_anonim_contoh.csv", "https://docs.python.org/3/library/hmac.html", r'''
id,desa,teknik,taun_gabung
@@a@@,Giriloyo,tulis,2009
@@b@@,Wukirsari,tulis,2012
@@c@@,Kotagede,cap,2015
@@d@@,Imogiri,tulis,2016
@@e@@,Pandak,cap-tulis,2019
@@f@@,Karangkajen,tulis,2021
''', a=hexs(16), b=hexs(16), c=hexs(16), d=hexs(16), e=hexs(16), f=hexs(16))

add("md/rapat-notulen-password", "koperasi/notulen/2024-01-rapat-pengurus.md", "https://support.google.com/a/answer/33319", r'''
# Notulen rapat pengurus, 27 Januari 2024

Rawuh: Pak Harjo (ketua), Bu Ratna (bendahara), Mbak Sekar (admin toko), Mas Bayu (IT), Bu Sri

1. **Pameran Inacraft April** — stan 2x3 m, kain sing digawa 60 lembar (40 tulis, 20 cap).
2. **Akun email koperasi** — akun admin Google Workspace ganti sandi, sandi anyar:
   `@@s@@` (dicathet ing buku kas ijo, halaman mburi, lan dilebokke Bitwarden dening mas Bayu).
3. **Ongkir gratis** — mung Jawa-Bali, minimal belanja Rp 750.000.
4. **Harga malam (lilin)** munggah 12%, rega batik cap disesuaikan wulan Maret.

Rapat ditutup jam 15.40. Rapat sabanjure 24 Februari.
''', words_pw())

add("md/decoy-notulen-no-secret", "koperasi/notulen/2024-02-rapat-pengurus.md", "https://support.google.com/a/answer/33319", r'''
# Notulen rapat pengurus, 24 Februari 2024

Rawuh: Pak Harjo, Bu Ratna, Mbak Sekar, Mas Bayu

1. Sandi admin Google Workspace **wis diganti maneh** (sing ditulis ing notulen Januari ora
   berlaku wiwit 2 Februari). Wiwit saiki sandi ora ditulis ing notulen, mung ing Bitwarden.
2. Verifikasi 2 langkah diwajibke kanggo kabeh akun @sekarjagad.co.id.
3. Pesenan seragam batik Dinas Pariwisata: 120 potong, DP wis mlebu.
4. Mas Bayu ngusulake ganti hosting saka Niagahoster menyang DigitalOcean — disetujoni.

Rapat ditutup jam 16.05.
''')

add("ini/git-credentials", "koperasi/laptop-galeri/.git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://bayu-sekarjagad:@@s@@@github.com
https://oauth2:${GITLAB_TOKEN}@gitlab.com
https://sekarjag@git.niagahoster.co.id
https://anggit@bitbucket.org
https://bayu-sekarjagad@gist.github.com
''', fakes.github_fine_grained_token(_seed()))

add("ini/netrc-heroku", "koperasi/laptop-galeri/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine api.heroku.com
  login bayu@sekarjagad.co.id
  password @@s@@
machine git.heroku.com
  login bayu@sekarjagad.co.id
  password @@s@@
''', "HRKU-AA" + fakes.drawn(_seed(), 58, ALNUM + "_-"))

add("ssh/decoy-ssh-config", "koperasi/laptop-galeri/.ssh/config", "https://man.openbsd.org/ssh_config", r'''
Host toko
    HostName toko.sekarjagad.co.id
    User deploy
    IdentityFile ~/.ssh/id_ed25519_toko
    IdentitiesOnly yes

Host niagahoster
    HostName srv112.niagahoster.com
    Port 65002
    User sekarjag
    IdentityFile ~/.ssh/id_rsa_niaga

Host *
    ServerAliveInterval 60
    AddKeysToAgent yes
''')

# ---------------------------------------------------------------- gamelan ensemble: online classes, calendar, packages

add("json/google-oauth-client-secret", "laras-madya/kalender/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r'''
{
  "web": {
    "client_id": "884120395512-9t3k1m5p7r2v4x6z8b0d2f4h6j8l0n2q.apps.googleusercontent.com",
    "project_id": "larasmadya-web",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["https://larasmadya.or.id/kalender/oauth2callback"],
    "javascript_origins": ["https://larasmadya.or.id"]
  }
}
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-"))

add("python/zoom-s2s-secret", "laras-madya/kelas-daring/zoom_kelas.py", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", r'''
"""Gawe rapat Zoom kanggo kelas karawitan daring (murid diaspora: Suriname, Walanda, Kaledonia Anyar)."""
import base64

import requests

ACCOUNT_ID = "Lq3xV8mRQe2k0P1sZt9wYa"
CLIENT_ID = "kR8vT2pXQm6sLw4nBc0e"
CLIENT_SECRET = "@@s@@"


def token():
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://zoom.us/oauth/token",
                      params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
                      headers={"Authorization": f"Basic {basic}"}, timeout=20)
    return r.json()["access_token"]


def gawe_kelas(topik, wiwit_iso):
    return requests.post("https://api.zoom.us/v2/users/me/meetings",
                         headers={"Authorization": f"Bearer {token()}"},
                         json={"topic": topik, "type": 2, "start_time": wiwit_iso, "duration": 90,
                               "timezone": "Asia/Jakarta"}, timeout=20).json()
''', mixed(32))

add("md/decoy-zoom-kelas-doc", "laras-madya/kelas-daring/README.md", "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=0063160", r'''
# Kelas karawitan daring

Saben Setu jam 19.00 WIB (07.00 Paramaribo, 14.00 Den Haag).

- Link rapat digawe otomatis saka `zoom_kelas.py`, dikirim liwat email mung marang murid sing
  wis mbayar. Passcode rapat ganti saben minggu, ora tau ditulis ing repo.
- Kredensial Server-to-Server OAuth: Railway variables `ZOOM_ACCOUNT_ID`, `ZOOM_CLIENT_ID`,
  `ZOOM_CLIENT_SECRET`.
- Rekaman kelas disimpen ing Google Drive sanggar, folder "Kelas Daring/2024".

Materi semester iki: Lancaran Manyar Sewu, Ladrang Pangkur, Ketawang Subakastawa.
''')

add("ini/pypirc-token", "laras-madya/kepatihan-py/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@s@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${TEST_PYPI_TOKEN}
''', fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "laras-madya/kepatihan-py/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "kepatihan"
version = "0.3.1"
description = "Parser lan renderer notasi kepatihan (gamelan Jawa)"
readme = "README.md"
license = "MIT"
authors = [{ name = "Sanggar Laras Madya", email = "dev@larasmadya.or.id" }]
requires-python = ">=3.9"
dependencies = ["lark>=1.1"]

[project.urls]
Homepage = "https://github.com/larasmadya/kepatihan-py"

[tool.hatch.publish.index]
# token diwenehke liwat Trusted Publishing (GitHub OIDC), ora ana ing kene
disable = false
''')

add("yaml/airtable-pat", "laras-madya/inventaris/airtable.yml", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
# Inventaris ricikan (Airtable base "Gudang Gamelan")
airtable:
  base: app7Qx2LmN9pRs4Tv
  table: Ricikan
  token: @@s@@
  view: "Siap disewa"
sinkron:
  mongodb: ${MONGODB_URI}
  saben_menit: 30
''', "pat" + mixed(14) + "." + hexs(64))

add("ts/decoy-algolia-search-key", "laras-madya/web-frontend/src/telusur.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// Telusur arsip gendhing (search-only key, aman ing browser)
import algoliasearch from 'algoliasearch/lite';

const client = algoliasearch('LM4K2X9QPA', '@@k@@');
export const indeks = client.initIndex('gendhing');

export async function golek(tembung: string) {
  const { hits } = await indeks.search(tembung, { hitsPerPage: 20, attributesToRetrieve: ['judul', 'laras', 'pathet'] });
  return hits;
}
''', k=hexs(32))

add("python/algolia-admin-key", "laras-madya/arsip/indeks_gendhing.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r'''
"""Ngunggahake daftar gendhing (judul, laras, pathet, bentuk) menyang Algolia."""
import json

from algoliasearch.search_client import SearchClient

client = SearchClient.create("LM4K2X9QPA", "@@s@@")  # admin key!
indeks = client.init_index("gendhing")

with open("data/gendhing.json", encoding="utf-8") as f:
    gendhing = json.load(f)

for g in gendhing:
    g["objectID"] = g["kode"]

indeks.save_objects(gendhing)
indeks.set_settings({"searchableAttributes": ["judul", "bentuk", "laras", "pathet"]})
print(len(gendhing), "gendhing diindeks")
''', hexs(32))

add("toml/gitlab-runner-token", "laras-madya/ops/runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "nas-sanggar"
  url = "https://gitlab.com"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "node:20"
    privileged = false
    volumes = ["/cache"]
''', mixed(20, "glrt-"))

add("yaml/decoy-gitlab-ci-vars", "laras-madya/kepatihan-py/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [tes, rilis]

tes:
  image: python:3.12
  stage: tes
  script:
    - pip install -e .[tes]
    - pytest -q

rilis:
  image: python:3.12
  stage: rilis
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/* -u __token__ -p "$PYPI_TOKEN"
''')

add("yaml/ansible-inventory-password", "laras-madya/ops/ansible/inventory.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
all:
  children:
    sanggar:
      hosts:
        vps:
          ansible_host: 103.152.118.40
          ansible_user: dimas
        nas:
          ansible_host: 10.77.0.2
          ansible_user: admin
          ansible_become_password: "@@s@@"
        rpi-rekam:
          ansible_host: 192.168.1.30
          ansible_user: pi
''', words_pw())

add("yaml/decoy-ansible-vault", "laras-madya/ops/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(44))

add("yaml/decoy-ansible-vars-refs", "laras-madya/ops/ansible/group_vars/all/vars.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r'''
# nilai rahasia ana ing vault.yml (ansible-vault), ing kene mung dirujuk
postgres_password: "{{ vault_postgres_password }}"
smtp_password: "{{ vault_smtp_password }}"
restic_password: "{{ vault_restic_password }}"
wg_private_key: "{{ vault_wg_private_key }}"
zona_wektu: Asia/Jakarta
pengguna_admin:
  - dimas
  - woro
''')

# ---------------------------------------------------------------- batik co-operative: other services, many languages

add("go/sicepat-api-key", "kurir-svc/internal/sicepat/client.go", "https://api.sicepat.com/", r'''
package sicepat

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// API key pickup SiCepat akun koperasi (kode pelanggan 8800123)
const apiKey = "@@s@@"

var httpClient = &http.Client{Timeout: 15 * time.Second}

type Tracking struct {
	Waybill string `json:"waybill_number"`
	Status  string `json:"last_status"`
}

// Lacak resi kiriman batik
func Lacak(resi string) (*Tracking, error) {
	req, _ := http.NewRequest("GET", fmt.Sprintf("https://api.sicepat.com/customer/waybill?waybill=%s", resi), nil)
	req.Header.Set("api-key", apiKey)
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t Tracking
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}
''', hexs(32))

add("go/decoy-config-from-env", "kurir-svc/cmd/kurir/main.go", "https://pkg.go.dev/os#Getenv", r'''
package main

import (
	"log"
	"net/http"
	"os"

	"sekarjagad/kurir-svc/internal/api"
)

func main() {
	cfg := api.Config{
		JNEUsername:  os.Getenv("JNE_USERNAME"),
		JNEAPIKey:    os.Getenv("JNE_API_KEY"),
		SiCepatKey:   os.Getenv("SICEPAT_API_KEY"),
		BiteshipKey:  os.Getenv("BITESHIP_API_KEY"),
		AsalKodePos:  "55172", // Kotagede
	}
	if cfg.JNEAPIKey == "" {
		log.Fatal("JNE_API_KEY durung diisi")
	}
	log.Println("kurir-svc mlaku ing :8090")
	log.Fatal(http.ListenAndServe(":8090", api.Router(cfg)))
}
''')

add("java/spring-properties-datasource", "gudang-app/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", r'''
# Aplikasi gudang kain (stok mori, malam, pewarna, kain jadi)
server.port=8081
spring.datasource.url=jdbc:postgresql://10.20.0.6:5432/gudang
spring.datasource.username=gudang
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
# laporan stok menipis dikirim jam 7
gudang.laporan.cron=0 0 7 * * MON-SAT
gudang.laporan.email=ratna@sekarjagad.co.id
''', pw())

add("java/decoy-spring-properties-placeholder", "gudang-app/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
server.port=8081
spring.application.name=gudang-sekarjagad
spring.datasource.url=${GUDANG_DB_URL:jdbc:postgresql://localhost:5432/gudang}
spring.datasource.username=${GUDANG_DB_USER:gudang}
spring.datasource.password=${GUDANG_DB_PASSWORD}
spring.flyway.enabled=true
management.endpoints.web.exposure.include=health,info
logging.level.id.sekarjagad=INFO
''')

add("xml/maven-settings-password", "gudang-app/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <!-- repo paket internal koperasi (Nexus ing NAS) -->
    <server>
      <id>sekarjagad-nexus</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>sekarjagad-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.sekarjagad.co.id/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', words_pw())

add("cs/appsettings-connection-string", "kasir-galeri/KasirGaleri/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", r'''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Kasir": "Server=kasir-galeri\\SQLEXPRESS;Database=KasirGaleri;User Id=kasir;Password=@@s@@;TrustServerCertificate=True"
  },
  "Galeri": {
    "Nama": "Galeri Sekar Jagad Kotagede",
    "Printer": "EPSON TM-T82X",
    "PajakPersen": 11
  },
  "AllowedHosts": "*"
}
''', pw())

add("cs/decoy-user-secrets-doc", "kasir-galeri/KasirGaleri/README.md", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
# Kasir Galeri

Aplikasi kasir ing galeri Kotagede (Windows, .NET 8).

## Sandi database

Ing laptop pangembang, nganggo *user secrets*:

```powershell
dotnet user-secrets init
dotnet user-secrets set "ConnectionStrings:Kasir" "Server=.\SQLEXPRESS;Database=KasirGaleri;User Id=kasir;Password=<sandi>"
```

Ing PC kasir, sandi diwaca saka Windows Credential Manager (target `SekarJagad/Kasir`).
UserSecretsId: `7f3c2a91-4d8e-4b6a-9c1f-2e5d7a8b9c0d` (dudu rahasia).
''')

add("ps1/powershell-sql-backup", "kasir-galeri/scripts/Cadangan-Kasir.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", r'''
# Cadangan database kasir saben tutup galeri (Task Scheduler, 21.30)
$ErrorActionPreference = "Stop"
$tanggal = Get-Date -Format "yyyy-MM-dd"
$tujuan = "D:\Cadangan\KasirGaleri_$tanggal.bak"

$sandi = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$kred = New-Object System.Management.Automation.PSCredential ("kasir", $sandi)

Backup-SqlDatabase -ServerInstance "kasir-galeri\SQLEXPRESS" -Database "KasirGaleri" `
    -BackupFile $tujuan -Credential $kred

Copy-Item $tujuan "\\NAS-KOPERASI\cadangan\kasir\" -Force
Write-Host "Cadangan rampung: $tujuan"
''', words_pw())

add("rb/shopify-admin-token", "ekspor/shopify-jp/sync.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Toko ekspor Jepang (Shopify: sekarjagad-jp.myshopify.com) - sinkron rega JPY saben minggu
require 'shopify_api'

ShopifyAPI::Context.setup(
  api_key: 'sekarjagad-jp-sync',
  api_secret_key: ENV.fetch('SHOPIFY_API_SECRET', ''),
  host: 'https://toko.sekarjagad.co.id',
  scope: 'write_products',
  is_embedded: false,
  api_version: '2024-04',
  is_private: true,
)

session = ShopifyAPI::Auth::Session.new(
  shop: 'sekarjagad-jp.myshopify.com',
  access_token: '@@s@@'
)

kurs = 0.0096 # 1 IDR -> JPY, dianyari manual
ShopifyAPI::Product.all(session: session).each do |p|
  p.variants.each { |v| v.price = (v.metafields['rega_idr'].to_i * kurs).round(-1) }
  p.save
end
''', shopify())

add("dart/decoy-maps-coordinates", "katalog-app/lib/peta_galeri.dart", "https://developers.google.com/maps/api-security-best-practices#restricting-api-keys", r'''
// Peta galeri lan sentra batik (Giriloyo, Kotagede, Imogiri).
// Kunci Maps SDK diwatesi Android package + SHA-1, mula dilebokke ing AndroidManifest,
// ora ing kode. Ing kene mung koordinat.
import 'package:google_maps_flutter/google_maps_flutter.dart';

const galeri = <String, LatLng>{
  'Galeri Kotagede': LatLng(-7.8283, 110.3992),
  'Sentra Giriloyo': LatLng(-7.9392, 110.4187),
  'Pasar Beringharjo': LatLng(-7.7986, 110.3652),
};

Set<Marker> gaweMarker() => galeri.entries
    .map((e) => Marker(markerId: MarkerId(e.key), position: e.value, infoWindow: InfoWindow(title: e.key)))
    .toSet();
''')

add("swift/ios-sendgrid-key", "katalog-app/ios/Katalog/Layanan/Email.swift", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", r'''
import Foundation

/// Kirim email "pitakon rega" saka aplikasi katalog menyang admin toko
enum LayananEmail {
    private static let kunci = "@@s@@"

    static func kirimPitakon(jeneng: String, email: String, motif: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \(kunci)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let isi: [String: Any] = [
            "personalizations": [["to": [["email": "toko@sekarjagad.co.id"]]]],
            "from": ["email": "katalog@sekarjagad.co.id"],
            "reply_to": ["email": email, "name": jeneng],
            "subject": "Pitakon rega: \(motif)",
            "content": [["type": "text/plain", "value": "\(jeneng) takon rega motif \(motif)."]],
        ]
        req.httpBody = try JSONSerialization.data(withJSONObject: isi)
        _ = try await URLSession.shared.data(for: req)
    }
}
''', sendgrid())

add("plist/decoy-google-service-info", "katalog-app/ios/Katalog/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/learn-more#config-files-objects", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>GCM_SENDER_ID</key>
	<string>603918274512</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>id.sekarjagad.katalog</string>
	<key>PROJECT_ID</key>
	<string>sekarjagad-katalog</string>
	<key>STORAGE_BUCKET</key>
	<string>sekarjagad-katalog.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:603918274512:ios:3b9d1e7f5a2c4e6f081a2b</string>
</dict>
</plist>
''')

# ---------------------------------------------------------------- gamelan ensemble: devices and servers

add("ino/esp32-mqtt-password", "laras-madya/sensor-gudang/sensor_gudang.ino", "https://pubsubclient.knolleary.net/api", r'''
// Sensor kelembapan gudang gamelan (ESP32 + SHT31). Gamelan perunggu gampang karaten yen lembab.
#include <WiFi.h>
#include <PubSubClient.h>
#include <Adafruit_SHT31.h>

const char* WIFI_SSID = "LarasMadya-Gudang";
const char* WIFI_PASS = WIFI_PASS_FROM_SECRETS_H;   // saka secrets.h (ora dikomit)
const char* MQTT_HOST = "192.168.1.20";
const char* MQTT_USER = "sensor-gudang";
const char* MQTT_PASS = "@@s@@";

WiFiClient net;
PubSubClient mqtt(net);
Adafruit_SHT31 sht = Adafruit_SHT31();

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  sht.begin(0x44);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("gudang-01", MQTT_USER, MQTT_PASS);
  mqtt.publish("pendhapa/gudang/rh", String(sht.readHumidity(), 1).c_str());
  mqtt.publish("pendhapa/gudang/suhu", String(sht.readTemperature(), 1).c_str());
  mqtt.loop();
  delay(60000);
}
''', fakes.redis_password(_seed()))

add("conf/decoy-mosquitto-passwd-hashed", "laras-madya/homeassistant/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
homeassistant:$7$101$@@s1@@$@@h1@@
sensor-gudang:$7$101$@@s2@@$@@h2@@
rpi-rekam:$7$101$@@s3@@$@@h3@@
dimas:$7$101$@@s4@@$@@h4@@
woro:$7$101$@@s5@@$@@h5@@
''', s1=rnd(16, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/") + "==", s2=rnd(16, ALNUM + "+/"), h2=rnd(86, ALNUM + "+/") + "==",
    s3=rnd(16, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/") + "==", s4=rnd(16, ALNUM + "+/"), h4=rnd(86, ALNUM + "+/") + "==",
    s5=rnd(16, ALNUM + "+/"), h5=rnd(86, ALNUM + "+/") + "==")

add("conf/decoy-nginx-htpasswd-ref", "laras-madya/ops/nginx/larasmadya.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name larasmadya.or.id www.larasmadya.or.id;

    ssl_certificate     /etc/letsencrypt/live/larasmadya.or.id/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/larasmadya.or.id/privkey.pem;

    location /static/ { alias /srv/larasmadya/static/; expires 30d; }

    # dashboard sewa mung kanggo pengurus
    location /pengurus/ {
        auth_basic "Pengurus Laras Madya";
        auth_basic_user_file /etc/nginx/.htpasswd-pengurus;
        proxy_pass http://127.0.0.1:3000;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
''')

add("pem/rsa-private-key-tls", "laras-madya/ops/tls/awan.larasmadya.or.id.key", "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate", "laras-madya/ops/tls/awan.larasmadya.or.id.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
@@c6@@
@@c7@@
-----END CERTIFICATE-----
''', c1="MIIDdzCCAl+gAwIBAgIU" + rnd(44, ALNUM + "+/"), c2=rnd(64, ALNUM + "+/"), c3=rnd(64, ALNUM + "+/"),
    c4=rnd(64, ALNUM + "+/"), c5=rnd(64, ALNUM + "+/"), c6=rnd(64, ALNUM + "+/"), c7=rnd(40, ALNUM + "+/") + "==")

add("systemd/unit-env-password", "laras-madya/ops/systemd/larasmadya-web.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", r'''
[Unit]
Description=Situs Sanggar Laras Madya (gunicorn)
After=network.target postgresql.service

[Service]
User=larasmadya
WorkingDirectory=/srv/larasmadya/web
Environment="DJANGO_SETTINGS_MODULE=larasmadya.settings_prod"
Environment="PGPASSWORD=@@s@@"
EnvironmentFile=/etc/larasmadya/env
ExecStart=/srv/larasmadya/.venv/bin/gunicorn larasmadya.wsgi -b 127.0.0.1:8000 -w 3
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', pw())

add("systemd/decoy-unit-credential", "laras-madya/ops/systemd/bot-jadwal.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Bot Telegram jadwal latihan
After=network-online.target

[Service]
User=bot
# token dienkripsi nganggo systemd-creds (TPM), didekrip mung nalika service mlaku
LoadCredentialEncrypted=telegram_token:/etc/credstore.encrypted/telegram_token
Environment=TOKEN_PATH=%d/telegram_token
ExecStart=/srv/bot/.venv/bin/python /srv/bot/jadwal_bot.py
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("cron/crontab-curl-basic", "laras-madya/ops/crontab-vps.txt", "https://curl.se/docs/manpage.html#-u", r'''
# m h  dom mon dow   command
30 23 * * *  /srv/larasmadya/ops/cadangan.sh >> /var/log/cadangan.log 2>&1
0 6 * * 1    /srv/larasmadya/.venv/bin/python /srv/larasmadya/web/manage.py pangeling_sewa
*/10 * * * * curl -fsS -u "monitor:@@s@@" https://awan.larasmadya.or.id/status.php > /dev/null || echo "awan mati" | mail -s "NAS" dimas@larasmadya.or.id
15 3 * * 0   certbot renew --quiet
''', words_pw())

add("makefile/decoy-make-vars", "laras-madya/web/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", r'''
# Tugas-tugas cilik situs sanggar
PY ?= .venv/bin/python
DJ = $(PY) manage.py

.PHONY: mlaku migrasi tes deploy

mlaku:
	$(DJ) runserver 0.0.0.0:8000 --settings=larasmadya.settings_dev

migrasi:
	$(DJ) migrate

tes:
	$(PY) -m pytest -q

deploy:
	@test -n "$$DEPLOY_HOST" || (echo "DEPLOY_HOST durung diset" && exit 1)
	rsync -az --exclude .venv ./ $$DEPLOY_HOST:/srv/larasmadya/web/
	ssh $$DEPLOY_HOST 'sudo systemctl restart larasmadya-web'
''')

add("rust/grafana-token", "laras-madya/pantau/src/main.rs", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
//! Ngirim anotasi menyang Grafana saben ana pentas (supaya grafik kelembapan gudang bisa dibandhingke)
use reqwest::blocking::Client;
use serde_json::json;

const GRAFANA: &str = "https://pantau.larasmadya.or.id";
const TOKEN: &str = "@@s@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let teks = std::env::args().nth(1).unwrap_or_else(|| "Pentas".to_string());
    let resp = Client::new()
        .post(format!("{GRAFANA}/api/annotations"))
        .bearer_auth(TOKEN)
        .json(&json!({ "text": teks, "tags": ["pentas", "gamelan-metu"] }))
        .send()?;
    println!("anotasi: {}", resp.status());
    Ok(())
}
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("toml/decoy-cargo", "laras-madya/pantau/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", r'''
[package]
name = "pantau"
version = "0.2.0"
edition = "2021"
description = "Anotasi Grafana kanggo pentas sanggar"
authors = ["Dimas <dimas@larasmadya.or.id>"]

[dependencies]
reqwest = { version = "0.12", features = ["blocking", "json"] }
serde_json = "1"
''')

add("hcl/tfvars-b2-key", "laras-madya/ops/terraform/terraform.tfvars", "https://registry.terraform.io/providers/Backblaze/b2/latest/docs", r'''
# bucket cadangan NAS ing Backblaze B2
b2_application_key_id = "005@@kid@@0000000003"
b2_application_key    = "@@s@@"
bucket_cadangan       = "larasmadya-cadangan"
region                = "us-west-004"
''', "K005" + fakes.drawn(_seed(), 27, ALNUM + "/+"), kid=hexs(12))

add("yaml/helm-values-smtp", "laras-madya/ops/helm/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/ghost", r'''
# Blog sanggar (Ghost) - kabar pentas, artikel sejarah gendhing
ghostHost: kabar.larasmadya.or.id
ghostBlogTitle: "Kabar Laras Madya"
ghostEmail: dimas@larasmadya.or.id
ghostPassword: ""
existingSecret: ghost-admin
smtpHost: smtp.eu.mailgun.org
smtpPort: 587
smtpUser: postmaster@mg.larasmadya.or.id
smtpPassword: "@@s@@"
smtpService: Mailgun
mysql:
  auth:
    existingSecret: ghost-mysql
persistence:
  size: 8Gi
''', hexs(32) + "-" + hexs(8) + "-" + hexs(8))

# ---------------------------------------------------------------- notes, prose and docs (both groups)

add("md/onboarding-note-tripay", "toko-batik/docs/serah-terima-mas-bayu.md", "https://tripay.co.id/developer", r'''
# Serah terima IT toko (mas Bayu -> mas Anggit), Juli 2024

Mas Anggit, iki cathetan cepet sadurunge aku pindhah menyang Bandung:

- Server: DigitalOcean sgp1, droplet `toko-sekarjagad`. Akses SSH kunci, njaluk ditambahke Bu Ratna.
- Pembayaran utama Midtrans, cadangan Tripay (QRIS murah kanggo pesenan cilik).
  Tripay durung mlebu Bitwarden, iki private key-ne: `@@s@@`
  (merchant code T18842, mode produksi). Tulung dipindah lan dibusak saka kene ya.
- RajaOngkir Pro dibayar taunan, kedaluwarsa Oktober.
- Foto produk ing S3 Jakarta, ora usah disentuh.

Yen bingung, WA wae. Sukses terus Sekar Jagad! 🙏
''', "-".join(rnd(5, ALNUM) for _ in range(5)))

add("md/decoy-onboarding-clean", "laras-madya/docs/pengurus-anyar.md", "https://bitwarden.com/help/sharing/", r'''
# Pandhuan pengurus anyar (IT)

Sugeng rawuh! Iki dhaptar akses sing bakal Panjenengan tampa:

1. **Bitwarden** organisasi "Sanggar Laras Madya" — kabeh sandi lan token ana ing kana.
   Koleksi: *Server*, *Situs*, *Sewa*, *Kelas Daring*, *Media Sosial*.
2. **GitHub** org `larasmadya` — undangan dikirim dening Dimas.
3. **Google Workspace** — akun `jeneng@larasmadya.or.id`, 2FA wajib.

Aturan:
- Aja nulis sandi ing notulen, grup WA, utawa kode. Gunakake `os.environ` / `.env` (ora dikomit).
- Yen ora sengaja nge-push rahasia: kabari Dimas, **rotasi** kuncine dhisik, lagi resiki riwayat git.
- Kunci SSH gawe dhewe (`ssh-keygen -t ed25519`), kirim sing `.pub` wae.
''')

add("txt/sticky-note-router", "laras-madya/sekretariat/catatan-meja.txt", "https://help.mikrotik.com/docs/display/ROS/User", r'''
CATATAN SEKRETARIAT (aja dibuang!)
----------------------------------
Printer: Epson L3210, tinta isi ulang ing lemari
Wifi tamu: LarasMadya-Tamu / sugengrawuh2024
Router admin (192.168.1.1): user admin, pass @@s@@
Listrik: ID pelanggan PLN 523010998871
Telkom IndiHome: 152403218776 (CS 147)
Kunci gudang gamelan: Pak Harsono lan mbak Woro
''', pw())

add("md/decoy-wifi-guest-poster", "laras-madya/sekretariat/poster-tamu.md", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", r'''
# Sugeng rawuh ing Pendhapa Laras Madya

**Wifi tamu**: `LarasMadya-Tamu`
**Sandi**: `sugengrawuh2024`

Jadwal latihan:
- Senin 19.00 — Kelas dasar slendro
- Kemis 19.30 — Klenengan
- Setu 15.30 — Kelas bocah

Nyuwun pangapunten, gamelan sampun dipun pasang — mangga sampun dipun langkahi
(ora ilok nglangkahi gamelan 🙏). Alas kaki dipun copot ing undhak-undhakan.
''')

add("tex/decoy-kwitansi-template", "laras-madya/sewa-dokumen/kwitansi.tex", "https://www.ctan.org/pkg/invoice", r'''
\documentclass[a5paper]{article}
\usepackage[margin=1.5cm]{geometry}
\usepackage{array}
\begin{document}
\begin{center}
{\Large\bfseries SANGGAR KARAWITAN LARAS MADYA}\\
Jl. Mondorakan No. 41, Kotagede, Yogyakarta
\end{center}

\noindent\textbf{KWITANSI SEWA GAMELAN} \hfill No. \texttt{\nokontrak}

\vspace{1em}
\begin{tabular}{>{\bfseries}l l}
Sampun tampi saking & \penyewa \\
Arta & Rp \jumlah \\
Kangge & Sewa gamelan \ricikan, \tanggal \\
Transfer & BPD DIY 001.221.009871 a.n. Sanggar Laras Madya \\
\end{tabular}

\vfill
\hfill Kotagede, \today\\[3em]
\hfill (\textit{Bendahara})
\end{document}
''')

add("md/readme-supabase-service-key", "laras-madya/absensi/README.md", "https://supabase.com/docs/guides/api/api-keys", r'''
# Absensi latihan (Supabase)

Murid scan QR ing pendhapa -> absensi mlebu tabel `absensi`.

## Nyetel

```js
// lib/supabase.js  (versi awal, sadurunge ana Edge Function)
import { createClient } from '@supabase/supabase-js'
export const supabase = createClient(
  'https://qzkcx8l2mfy0vwr1tnpa.supabase.co',
  '@@s@@' // service_role, mung kanggo skrip rekap ing laptop Dimas!
)
```

Rekap saben wulan: `node rekap.js 2024-05` -> CSV menyang Drive "Absensi".
''', jwt_like('{"iss":"supabase","ref":"qzkcx8l2mfy0vwr1tnpa","role":"service_role","iat":1706745600,"exp":2022321600}'))

add("js/decoy-supabase-anon", "laras-madya/absensi/lib/supabase-browser.js", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
// Klien browser: anon key pancen publik, dilindhungi Row Level Security.
import { createClient } from '@supabase/supabase-js'

export const supabase = createClient(
  'https://qzkcx8l2mfy0vwr1tnpa.supabase.co',
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY
)

export async function absen(kodeQr, muridId) {
  return supabase.from('absensi').insert({ kode_qr: kodeQr, murid_id: muridId, wektu: new Date().toISOString() })
}
''')

add("txt/datadog-in-notes", "toko-batik/docs/catatan-monitoring.txt", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
Monitoring toko (trial Datadog, 14 dina, wiwit 3 Juni)
======================================================
- agent dipasang ing droplet: DD_SITE=ap1.datadoghq.com
- API key: @@s@@
- dashboard "Toko Sekar Jagad": latensi checkout, error 5xx, antrian queue:work
- alert: checkout > 3 detik 5 menit terus -> email Bayu + Anggit

Kesimpulan: apik nanging larang kanggo koperasi. Sawise trial balik menyang UptimeRobot + log.
''', hexs(32))

add("txt/decoy-uptime-notes", "toko-batik/docs/catatan-uptime.txt", "https://uptimerobot.com/api/", r'''
UptimeRobot (gratis, 50 monitor)
- toko.sekarjagad.co.id        HTTPS, 5 menit, keyword "Sekar Jagad"
- batik.sekarjagad.co.id       HTTPS, 5 menit (toko lawas)
- api Midtrans notifikasi      ping /api/midtrans/health
Kontak alert: bayu@, anggit@, grup Telegram "IT Koperasi"
Monitor ID toko: 796512043 (dudu rahasia, mung nomer)
API key read-only ana ing Bitwarden "Toko Online / UptimeRobot".
''')

add("yaml/decoy-sentry-dsn", "toko-batik/config/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
# DSN mung bisa ngirim event, ora bisa maca data (aman ing frontend miturut dokumentasi Sentry)
sentry:
  dsn: https://@@k@@@o4507123456789504.ingest.us.sentry.io/4507123459871232
  environment: production
  traces_sample_rate: 0.1
  send_default_pii: false
  ignore_exceptions:
    - Illuminate\Auth\AuthenticationException
''', k=hexs(32))

add("env/sentry-auth-token", "toko-batik/.env.sentry-build", "https://docs.sentry.io/account/auth-tokens/", r'''
# kanggo upload source map nalika build frontend (vite)
SENTRY_ORG=sekar-jagad
SENTRY_PROJECT=toko-frontend
SENTRY_AUTH_TOKEN=@@s@@
SENTRY_URL=https://sentry.io/
SENTRY_RELEASE=toko-frontend@2024.05.3
''', "sntrys_" + fakes.drawn(_seed(), 160, ALNUM + "_"))

add("vtt/meeting-transcript-secret", "laras-madya/sekretariat/transkrip-rapat-zoom.vtt", "https://www.w3.org/TR/webvtt1/", r'''
WEBVTT

00:12:04.120 --> 00:12:09.880
Dimas: Oke, akun Spotify for Artists sanggar wis aktif, album "Klenengan Kotagede" wis metu.

00:12:10.200 --> 00:12:16.540
Woro: Terus sing nggo API statistik kae, client secret-e apa mas? Tak cathet saiki wae.

00:12:17.010 --> 00:12:24.300
Dimas: Client secret-e @@s@@ — ning engko tak lebokke Bitwarden wae mbak.

00:12:24.800 --> 00:12:29.120
Pak Harsono: Sesuk rekaman Ketawang Puspawarna nggih, gendèr sampun dilaras malih.
''', hexs(32))

# ---------------------------------------------------------------- more payments, payouts, local services

add("php/duitku-merchant-key", "wp-batik/wp-content/plugins/sj-duitku/sj-duitku.php", "https://docs.duitku.com/api/id/", r'''
<?php
/**
 * Plugin Name: SJ Duitku (gateway cadangan)
 * Description: Duitku kanggo toko lawas, nganti migrasi rampung.
 */

defined('ABSPATH') || exit;

const SJ_DUITKU_MERCHANT = 'D12847';
const SJ_DUITKU_KEY = '@@s@@';

function sj_duitku_signature($order_id, $amount) {
    return md5(SJ_DUITKU_MERCHANT . $order_id . $amount . SJ_DUITKU_KEY);
}

add_action('woocommerce_thankyou', function ($order_id) {
    $order = wc_get_order($order_id);
    error_log('duitku sig ' . sj_duitku_signature($order_id, (int) $order->get_total()));
});
''', hexs(32))

add("python/flip-payout-secret", "koperasi/bayar-pembatik/flip_disburse.py", "https://docs.flip.id/", r'''
"""Mbayar upah pembatik (borongan) langsung menyang rekening dhewe-dhewe liwat Flip Bisnis.
Dijalanke bendahara saben tanggal 5 lan 20."""
import csv
import uuid

import requests

FLIP_SECRET = "@@s@@"
URL = "https://bigflip.id/api/v3/disbursement"

with open("upah.csv", encoding="utf-8") as f:
    for b in csv.DictReader(f):
        r = requests.post(URL, auth=(FLIP_SECRET, ""), headers={"idempotency-key": str(uuid.uuid4())}, data={
            "account_number": b["rekening"], "bank_code": b["bank"], "amount": b["upah"],
            "remark": f"Upah batik {b['periode']}", "beneficiary_email": b.get("email", ""),
        }, timeout=30)
        print(b["jeneng"], r.status_code, r.json().get("status"))
''', mixed(40, "JDJ5JDEzJE"))

add("csv/decoy-upah-template", "koperasi/bayar-pembatik/upah_contoh.csv", "https://docs.flip.id/", r'''
jeneng,rekening,bank,upah,periode,email
Contoh Pembatik Siji,0000000001,bpd_diy,850000,2024-05A,
Contoh Pembatik Loro,0000000002,bri,1200000,2024-05A,contoh2@example.com
Contoh Pembatik Telu,0000000003,bni,640000,2024-05A,
# file asli (upah.csv) ana ing laptop bendahara, ora dikomit
''')

add("json/midtrans-iris-key", "koperasi/bayar-pembatik/iris-config.json", "https://docs.midtrans.com/reference/iris-api-overview", r'''
{
  "iris": {
    "base_url": "https://app.midtrans.com/iris/api/v1",
    "creator_key": "@@s@@",
    "approver_key": "${IRIS_APPROVER_KEY}",
    "notifikasi": "https://toko.sekarjagad.co.id/api/iris/notif"
  },
  "bank_default": "bpd_diy",
  "maks_per_transaksi": 5000000
}
''', "IRIS-" + rnd(8, HEX) + "-" + rnd(4, HEX) + "-" + rnd(4, HEX) + "-" + rnd(4, HEX) + "-" + rnd(12, HEX))

add("python/ipaymu-key", "laras-madya/web/sewa/ipaymu.py", "https://ipaymu.com/en/api-documentation/", r'''
"""Link pembayaran iPaymu kanggo DP sewa gamelan (QRIS / VA)."""
import hashlib
import hmac
import json
import time

import requests

VA = "1179002187654321"
API_KEY = "@@s@@"


def link_bayar(kontrak, jumlah, jeneng, hp):
    body = {"product": [f"DP sewa {kontrak}"], "qty": [1], "price": [jumlah],
            "returnUrl": f"https://larasmadya.or.id/sewa/{kontrak}", "buyerName": jeneng, "buyerPhone": hp}
    raw = json.dumps(body, separators=(",", ":"))
    body_hash = hashlib.sha256(raw.encode()).hexdigest().lower()
    string_to_sign = f"POST:{VA}:{body_hash}:{API_KEY}"
    sig = hmac.new(API_KEY.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()
    r = requests.post("https://my.ipaymu.com/api/v2/payment", data=raw, timeout=20, headers={
        "Content-Type": "application/json", "va": VA, "signature": sig,
        "timestamp": time.strftime("%Y%m%d%H%M%S")})
    return r.json()["Data"]["Url"]
''', mixed(24) + "." + mixed(5))

add("yaml/k8s-deployment-env-literal", "k8s/toko/worker.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: toko-worker
  namespace: toko
spec:
  replicas: 1
  selector:
    matchLabels: {app: toko-worker}
  template:
    metadata:
      labels: {app: toko-worker}
    spec:
      containers:
        - name: worker
          image: registry.digitalocean.com/sekarjagad/toko:2024.05.3
          command: ["php", "artisan", "queue:work", "--tries=3"]
          envFrom:
            - secretRef: {name: toko-db}
          env:
            - name: QUEUE_CONNECTION
              value: redis
            - name: REDIS_PASSWORD
              value: "@@s@@"   # TODO secretRef
''', fakes.redis_password(_seed()))

add("yaml/decoy-k8s-external-secret", "k8s/toko/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: toko-pembayaran
  namespace: toko
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: bitwarden-sekarjagad
    kind: ClusterSecretStore
  target:
    name: toko-pembayaran
  data:
    - secretKey: MIDTRANS_SERVER_KEY
      remoteRef: {key: 9b1f6c2e-7d3a-4e58-a0b4-1c8d2e7f3a90}
    - secretKey: XENDIT_SECRET_KEY
      remoteRef: {key: 4e7a0d1b-2c9f-4f36-8b5e-6a3d9c0e1f27}
''')

add("yaml/cloud-init-write-files", "infra/do/cloud-init.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", r'''
#cloud-config
package_update: true
packages: [nginx, php8.2-fpm, php8.2-mysql, redis-server, unzip]

users:
  - name: deploy
    groups: [www-data]
    shell: /bin/bash
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH2k8vQmZ4x7pL0sR3nT6wY9bC1dF5gJ8hK2mN4qS7uV deploy@toko

write_files:
  - path: /var/www/toko/.env
    owner: deploy:www-data
    permissions: '0640'
    content: |
      APP_ENV=production
      DB_HOST=db-mysql-sgp1-48213.b.db.ondigitalocean.com
      DB_USERNAME=toko
      DB_PASSWORD=@@s@@

runcmd:
  - systemctl enable --now nginx php8.2-fpm redis-server
''', pw())

add("yaml/decoy-cloudinit-hashed-password", "laras-madya/rpi-rekam/user-data.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups", r'''
#cloud-config
hostname: rpi-rekam
timezone: Asia/Jakarta
users:
  - name: pi
    groups: [audio, sudo]
    lock_passwd: false
    # hash SHA-512 (mkpasswd -m sha-512), dudu sandi asline
    passwd: $6$rounds=4096$@@salt@@$@@h@@
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM4n7qX2vB9cT1pL6wR0sY3eK8dF5gH2jA7mZ9uQ4xNc dimas@laptop
packages: [alsa-utils, sox, restic, rclone]
runcmd:
  - [systemctl, enable, --now, rekam-latihan.service]
''', salt=rnd(16, ALNUM + "./"), h=rnd(86, ALNUM + "./"))

add("python/dropbox-token-rekaman", "laras-madya/rekaman/kirim_dropbox.py", "https://www.dropbox.com/developers/documentation/http/documentation", r'''
"""Ngirim rekaman pentas (wav master) menyang Dropbox studio mastering ing Solo."""
import sys

import dropbox

TOKEN = "@@s@@"

dbx = dropbox.Dropbox(TOKEN)
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        tujuan = "/Laras Madya/Klenengan Kotagede/" + path.rsplit("/", 1)[-1]
        dbx.files_upload(f.read(), tujuan, mode=dropbox.files.WriteMode.overwrite)
        print("munggah:", tujuan)
''', "sl." + fakes.drawn(_seed(), 136, ALNUM + "-_"))

add("python/decoy-soundfile-md5", "laras-madya/rekaman/priksa_master.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Priksa integritas file master saka studio (md5 saka email studio mastering)."""
import hashlib
import sys

MASTER = {
    "01_ladrang_wilujeng.wav": "@@a@@",
    "02_ketawang_puspawarna.wav": "@@b@@",
    "03_lancaran_manyar_sewu.wav": "@@c@@",
    "04_gendhing_gambirsawit.wav": "@@d@@",
}

for jeneng, kudune in MASTER.items():
    with open(sys.argv[1] + "/" + jeneng, "rb") as f:
        asil = hashlib.md5(f.read()).hexdigest()
    print(("OK   " if asil == kudune else "BEDA ") + jeneng)
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32))

# ---------------------------------------------------------------- API clients, CI and deploy odds and ends

add("http/basic-auth-header", "kurir-svc/requests/jne.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### Tarif JNE (akun koperasi) - dicoba saka IntelliJ
POST https://apiv2.jne.co.id:10205/tracing/api/pricedev
Content-Type: application/x-www-form-urlencoded
Authorization: Basic @@s@@

username=SEKARJAGAD&from=JOG10000&thru=MES10000&weight=1

### Lacak resi
POST https://apiv2.jne.co.id:10205/tracing/api/list/v1/cnote/JT0012930019
Content-Type: application/x-www-form-urlencoded
Authorization: Basic {{jne_basic}}
''', b64("SEKARJAGAD:" + hexs(32)))

add("json/postman-collection-key", "kurir-svc/requests/Biteship.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#api-key", r'''
{
  "info": {
    "name": "Biteship - Sekar Jagad",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Rates couriers",
      "request": {
        "method": "POST",
        "header": [
          {"key": "Authorization", "value": "@@s@@", "type": "text"},
          {"key": "Content-Type", "value": "application/json", "type": "text"}
        ],
        "body": {"mode": "raw", "raw": "{\"origin_postal_code\":55172,\"destination_postal_code\":10110,\"couriers\":\"jne,sicepat\",\"items\":[{\"name\":\"Batik\",\"value\":500000,\"weight\":400,\"quantity\":1}]}"},
        "url": {"raw": "https://api.biteship.com/v1/rates/couriers", "protocol": "https", "host": ["api", "biteship", "com"], "path": ["v1", "rates", "couriers"]}
      }
    }
  ]
}
''', "biteship_live." + jwt_like('{"name":"sekarjagad-postman","userId":"65f0a1b2c3d4e5f6a7b8c9d0","iat":1714521600}'))

add("json/decoy-postman-environment", "kurir-svc/requests/Lokal.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "0c6e2f1a-5b7d-4c39-8e2a-9f1b3d4c5e6f",
  "name": "Lokal",
  "values": [
    {"key": "base_url", "value": "http://localhost:8090", "type": "default", "enabled": true},
    {"key": "biteship_key", "value": "", "type": "secret", "enabled": true},
    {"key": "jne_basic", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.1.0"
}
''')

add("groovy/jenkinsfile-sonar-token", "gudang-app/Jenkinsfile", "https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/", r'''
pipeline {
    agent any
    tools { jdk 'jdk17'; maven 'maven3' }
    stages {
        stage('Build') {
            steps { sh 'mvn -B -s .mvn/settings.xml clean package -DskipTests' }
        }
        stage('Tes') {
            steps { sh 'mvn -B test' }
        }
        stage('Analisis') {
            steps {
                // token SonarQube NAS koperasi
                sh 'mvn sonar:sonar -Dsonar.host.url=http://10.20.0.9:9000 -Dsonar.token=@@s@@'
            }
        }
    }
    post {
        failure { mail to: 'bayu@sekarjagad.co.id', subject: "Gudang build gagal #${env.BUILD_NUMBER}", body: env.BUILD_URL }
    }
}
''', "squ_" + hexs(40))

add("caddy/decoy-caddy-basicauth-hash", "laras-madya/ops/Caddyfile", "https://caddyserver.com/docs/caddyfile/directives/basic_auth", r'''
pantau.larasmadya.or.id {
	reverse_proxy 127.0.0.1:3001
}

arsip.larasmadya.or.id {
	# arsip notasi mung kanggo murid; hash bcrypt saka `caddy hash-password`
	basic_auth {
		murid $2a$14$@@h@@
	}
	root * /srv/arsip
	file_server browse
}
''', h=rnd(53, ALNUM + "./"))

add("yaml/serverless-env-key", "laras-madya/pangeling-lambda/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", r'''
service: pangeling-sewa

provider:
  name: aws
  runtime: python3.12
  region: ap-southeast-3
  environment:
    FONNTE_TOKEN: ${ssm:/larasmadya/fonnte}
    MONGODB_URI: mongodb+srv://pangeling:@@s@@@sanggar.x7k2q.mongodb.net/sewa

functions:
  pangeling:
    handler: handler.kirim
    events:
      - schedule: cron(0 1 * * ? *)   # 08.00 WIB
''', pw())

add("renviron/kobo-token", "laras-madya/riset/.Renviron", "https://cran.r-project.org/web/packages/googlesheets4/vignettes/drive-and-sheets.html", r'''
# analisis murid lan penonton pentas (R, kanggo laporan hibah Dana Indonesiana)
R_LIBS_USER=~/R/library
KOBO_TOKEN=@@s@@
KOBO_SERVER=https://kf.kobotoolbox.org
SURVEI_ID=aK3xTq8mP2vR9nL5wZ7cYb
''', hexs(40))

add("r/decoy-r-keyring", "laras-madya/riset/survei_penonton.R", "https://keyring.r-lib.org/", r'''
# Survei penonton pentas 2024 (KoboToolbox). Token saka keyring sistem, dudu saka file.
library(httr2)
library(dplyr)

token <- keyring::key_get("kobotoolbox", username = "larasmadya")

resp <- request("https://kf.kobotoolbox.org/api/v2/assets/aK3xTq8mP2vR9nL5wZ7cYb/data/") |>
  req_headers(Authorization = paste("Token", token)) |>
  req_perform()

data <- resp_body_json(resp, simplifyVector = TRUE)$results |>
  as_tibble() |>
  mutate(umur = as.integer(umur))

data |> count(kutha, sort = TRUE) |> print(n = 15)
''')

add("ipynb/notebook-output-leak", "laras-madya/riset/analisis_penonton.ipynb", "https://support.kobotoolbox.org/api.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "GET https://kf.kobotoolbox.org/api/v2/assets/aK3xTq8mP2vR9nL5wZ7cYb/data/\n",
      "headers: {'Authorization': 'Token @@s@@'}\n",
      "status 200, 412 respons\n"
     ]
    }
   ],
   "source": [
    "import os, requests\n",
    "h = {'Authorization': 'Token ' + os.environ['KOBO_TOKEN']}\n",
    "r = requests.get(URL, headers=h)\n",
    "print('GET', URL); print('headers:', h); print('status', r.status_code, ',', len(r.json()['results']), 'respons')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Penonton paling akeh saka Kotagede lan Bantul; 38% umur ing ngisor 25 taun."]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', hexs(40))

add("gradle/signing-password", "katalog-app/android/gradle.properties", "https://developer.android.com/build/building-cmdline#sign_cmdline", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=true
kotlin.code.style=official
# tandatangan rilis (CI maca saka kene)
SJ_UPLOAD_STORE_FILE=../kunci/sekarjagad-upload.jks
SJ_UPLOAD_KEY_ALIAS=upload
SJ_UPLOAD_STORE_PASSWORD=@@s@@
''', pw())

add("json/vercel-token", "laras-madya/web-frontend/.vercel/deploy.json", "https://vercel.com/docs/rest-api#authentication", r'''
{
  "projectName": "larasmadya-frontend",
  "orgId": "team_Qx7b2LmP9vR3sK8nT1wZ4cYa",
  "projectId": "prj_8kR2vT5mXq1pL9sW3nB7cZ0y",
  "token": "@@s@@",
  "alias": ["larasmadya.or.id", "www.larasmadya.or.id"]
}
''', mixed(24))

add("json/decoy-vercel-project", "laras-madya/web-frontend/.vercel/project.json", "https://vercel.com/docs/cli/project-linking", r'''
{
  "projectId": "prj_8kR2vT5mXq1pL9sW3nB7cZ0y",
  "orgId": "team_Qx7b2LmP9vR3sK8nT1wZ4cYa",
  "settings": {
    "framework": "nextjs",
    "buildCommand": null,
    "outputDirectory": null,
    "rootDirectory": null,
    "nodeVersion": "20.x"
  }
}
''')

# ---------------------------------------------------------------- desktop tools, git, keys

_FTP_PW = words_pw()
add("xml/filezilla-sitemanager-base64", "koperasi/laptop-galeri/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.sekarjagad.co.id</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>sekarjag</User>
            <Pass encoding="base64">@@b@@</Pass>
            <Logontype>1</Logontype>
            <Name>Hosting toko lawas (Niagahoster)</Name>
            <Comments>upload foto produk manual</Comments>
        </Server>
    </Servers>
</FileZilla3>
''', _FTP_PW, b=b64(_FTP_PW))

add("ini/git-config-remote-token", "koperasi/laptop-galeri/toko-batik/.git/config", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", r'''
[core]
	repositoryformatversion = 0
	filemode = false
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://bayu-sekarjagad:@@s@@@github.com/sekarjagad/toko-batik.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', fakes.github_token(_seed()))

add("ppk/putty-private-key", "koperasi/laptop-galeri/kunci/toko-deploy.ppk", "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/AppendixC.html", r'''
PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: deploy@toko-sekarjagad
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAI@@pub1@@
@@pub2@@
Private-Lines: 1
@@s@@
Private-MAC: @@mac@@
''', "AAAAI" + rnd(43, ALNUM + "+/"), pub1=rnd(30, ALNUM + "+/"), pub2=rnd(13, ALNUM + "+/") + "=", mac=hexs(64))

add("asc/pgp-private-key", "laras-madya/sekretariat/kunci/sekretariat-privat.asc", "https://www.rfc-editor.org/rfc/rfc9580#name-forming-ascii-armor", r'''
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: Sekretariat Laras Madya <sekretariat@larasmadya.or.id>

@@s@@
-----END PGP PRIVATE KEY BLOCK-----
''', "\n".join(rnd(64, ALNUM + "+/") for _ in range(9)) + "\n=" + rnd(4, ALNUM + "+/"))

add("asc/decoy-pgp-public-key", "laras-madya/sekretariat/kunci/sekretariat-publik.asc", "https://www.rfc-editor.org/rfc/rfc9580#name-forming-ascii-armor", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Sekretariat Laras Madya <sekretariat@larasmadya.or.id>
Comment: Fingerprint 4F2A 9C1E 7B3D 5E60 812A  4C6E 8B0D 2F41 9A7C 3E15

@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
''', l1="mDMEZ" + rnd(59, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"),
    l4=rnd(64, ALNUM + "+/"), l5=rnd(30, ALNUM + "+/"), crc=rnd(4, ALNUM + "+/"))

add("yaml/gha-aws-keys-env", "laras-madya/pangeling-lambda/.github/workflows/deploy.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
name: Deploy pangeling

on:
  workflow_dispatch:

env:
  AWS_REGION: ap-southeast-3
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@s@@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm i -g serverless@3
      - run: serverless deploy --stage prod
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-gha-aws-oidc", "toko-batik/.github/workflows/foto-s3.yml", "https://github.com/aws-actions/configure-aws-credentials", r'''
name: Sinkron foto produk

on:
  push:
    paths: ["public/foto/**"]

permissions:
  id-token: write
  contents: read

jobs:
  sinkron:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645091:role/github-foto-produk
          aws-region: ap-southeast-3
      - run: aws s3 sync public/foto s3://sekarjagad-foto-produk/publik --delete
''')

add("js/xendit-key-in-admin-js", "toko-batik/resources/js/admin/refund.js", "https://docs.xendit.co/api-integration/api-keys", r'''
// Refund manual saka panel admin (mung kanggo Bu Ratna). Sementara langsung saka browser admin :(
const KUNCI = '@@s@@';

async function refund(invoiceId, jumlah, alasan) {
  const auth = btoa(KUNCI + ':');
  const r = await fetch('https://api.xendit.co/refunds', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ invoice_id: invoiceId, amount: jumlah, reason: alasan }),
  });
  return r.json();
}

export default refund;
''', xendit())

add("md/docker-run-influx-password", "laras-madya/pantau/README.md", "https://hub.docker.com/r/grafana/grafana", r'''
# Pantau (Grafana + InfluxDB) kanggo sensor gudang

Mlaku ing NAS (Docker):

```bash
docker run -d --name influx -p 8086:8086 \
  -e DOCKER_INFLUXDB_INIT_MODE=setup \
  -e DOCKER_INFLUXDB_INIT_USERNAME=dimas \
  -e DOCKER_INFLUXDB_INIT_PASSWORD=@@s@@ \
  -e DOCKER_INFLUXDB_INIT_ORG=larasmadya \
  -e DOCKER_INFLUXDB_INIT_BUCKET=gudang \
  -v /volume1/docker/influx:/var/lib/influxdb2 influxdb:2.7
```

Grafana: `http://10.77.0.2:3001`, datasource InfluxDB Flux.
Panel: kelembapan gudang (%), suhu, lan anotasi pentas (saka `pantau` Rust).
''', words_pw())

add("txt/decoy-rotated-token-log", "laras-madya/docs/rotasi-kunci.log", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation", r'''
2024-01-08  Dimas   rotasi token Telegram bot jadwal (BotFather /revoke) - token anyar ing Bitwarden
2024-02-02  Dimas   ganti sandi admin Google Workspace (sawise notulen bocor)
2024-03-14  Bayu    Xendit secret key lawas di-revoke (insiden grup WA), id kunci 65f2c0a1e7
2024-04-30  Dimas   PAT GitHub lawas dibusak, ganti fine-grained (kadaluwarsa 90 dina)
2024-06-01  Woro    sandi wifi pendhapa diganti sawise pentas 17an
2024-06-03  Dimas   token Airtable "Gudang Gamelan" diregenerasi, scope mung data.records:read
''')

# ---------------------------------------------------------------- last odds: chat bots, queues, staging

add("env/openai-cs-bot", "bot-wa/.env.staging", "https://platform.openai.com/docs/api-reference/authentication", r'''
# bot layanan pelanggan (jawab pitakon motif, ukuran, cara ngrumat batik tulis)
NODE_ENV=staging
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
PROMPT_FILE=./prompt/cs-batik-id.md
FONNTE_TOKEN=${FONNTE_TOKEN}
MAKS_TOKEN_JAWABAN=400
''', fakes.openai_key(_seed(), "svcacct"))

add("md/decoy-prompt-file", "bot-wa/prompt/cs-batik-id.md", "https://platform.openai.com/docs/guides/prompt-engineering", r'''
Panjenengan dados admin layanan pelanggan Koperasi Batik Sekar Jagad, Yogyakarta.

Aturan:
- Wangsuli nganggo basa Indonesia sing sopan; yen pelanggan nganggo basa Jawa, wangsuli krama.
- Batik tulis: dikumbah tangan, sabun lerak, aja dipepe ing srengenge langsung.
- Batik cap: oleh mesin cuci mode alus.
- Aja nate menehi nomer rekening liyane saka BPD DIY 001.221.004512 a.n. Koperasi Batik Sekar Jagad.
- Aja nate nyebut kunci API, sandi, utawa data pelanggan liyane.
- Yen takon rega grosir (> 20 lembar), terusna menyang Mbak Sekar: wa.me/6281227005678.
''')

add("python/slack-bot-token", "koperasi/notif/slack_pesanan.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Kabar pesanan gedhe (> Rp 5 juta) menyang kanal #pesanan-gedhe ing Slack pengurus."""
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")


def kabar(pesanan):
    slack.chat_postMessage(
        channel="#pesanan-gedhe",
        text=(f":tada: Pesanan {pesanan['kode']} saka {pesanan['kota']} — "
              f"Rp {pesanan['total']:,}".replace(",", ".") + f" ({pesanan['jumlah']} lembar)"),
    )


if __name__ == "__main__":
    kabar({"kode": "SJ-240601-0011", "kota": "Jakarta Pusat", "total": 7250000, "jumlah": 14})
''', slack_bot())

add("js/discord-bot-token", "laras-madya/komunitas/discord-bot/index.js", "https://discord.com/developers/docs/topics/oauth2#bot-users", r'''
// Bot Discord alumni: /gendhing <judul> -> nuduhake laras, pathet, lan link notasi
const { Client, GatewayIntentBits } = require('discord.js');
const gendhing = require('./gendhing.json');

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.on('interactionCreate', async (ix) => {
  if (!ix.isChatInputCommand() || ix.commandName !== 'gendhing') return;
  const judul = ix.options.getString('judul').toLowerCase();
  const g = gendhing.find((x) => x.judul.toLowerCase().includes(judul));
  await ix.reply(g ? `${g.judul} — laras ${g.laras}, pathet ${g.pathet}\n${g.notasi}` : 'Gendhing mboten kepanggih 🙏');
});

client.login('@@s@@');
''', "M" + fakes.drawn(_seed(), 25, ALNUM) + "." + fakes.drawn(_seed(), 6, ALNUM + "-_") + "." + fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("python/amqp-url", "koperasi/notif/antrian.py", "https://www.rabbitmq.com/docs/uri-spec", r'''
"""Antrian cetak label kiriman (printer thermal ing gudang)."""
import json

import pika

URL = "amqps://gudang:@@s@@@kangaroo.rmq.cloudamqp.com/gudang"

conn = pika.BlockingConnection(pika.URLParameters(URL))
ch = conn.channel()
ch.queue_declare(queue="label-kiriman", durable=True)


def antri_label(pesanan):
    ch.basic_publish(exchange="", routing_key="label-kiriman", body=json.dumps(pesanan),
                     properties=pika.BasicProperties(delivery_mode=2))
''', rnd(32, ALNUM + "_-"))

add("php/telegram-bot-token-php", "wp-batik/wp-content/mu-plugins/sj-notif-telegram.php", "https://core.telegram.org/bots/api#sendmessage", r'''
<?php
/**
 * Plugin Name: SJ Notif Telegram
 * Description: Kabar pesanan anyar toko lawas menyang grup Telegram "Toko Sekar Jagad".
 */

define('SJ_TG_TOKEN', '@@s@@');
define('SJ_TG_CHAT', '-1002045118732');

add_action('woocommerce_new_order', function ($order_id) {
    $order = wc_get_order($order_id);
    $teks = sprintf("🧺 Pesanan anyar #%d\n%s - %s\nRp %s", $order_id,
        $order->get_billing_first_name(), $order->get_billing_city(),
        number_format((float) $order->get_total(), 0, ',', '.'));
    wp_remote_post('https://api.telegram.org/bot' . SJ_TG_TOKEN . '/sendMessage', [
        'body' => ['chat_id' => SJ_TG_CHAT, 'text' => $teks],
        'timeout' => 10,
    ]);
});
''', fakes.telegram_token(_seed()))

add("env/staging-mail-password", "toko-batik/.env.staging", "https://laravel.com/docs/11.x/mail#smtp-driver", r'''
APP_NAME="Sekar Jagad (staging)"
APP_ENV=staging
APP_DEBUG=true
APP_URL=https://staging.toko.sekarjagad.co.id

MAIL_MAILER=smtp
MAIL_HOST=smtp.zoho.com
MAIL_PORT=465
MAIL_USERNAME=toko@sekarjagad.co.id
MAIL_PASSWORD="@@s@@"
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS=toko@sekarjagad.co.id

MIDTRANS_IS_PRODUCTION=false
MIDTRANS_SERVER_KEY=${MIDTRANS_SANDBOX_SERVER_KEY}
''', words_pw())

add("json/decoy-jwks-public", "laras-madya/web/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "larasmadya-2024-05",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', n=rnd(342, ALNUM + "-_"))

add("json/decoy-tfstate-redacted", "infra/do/terraform.tfstate.sample.json", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", r'''
{
  "version": 4,
  "terraform_version": "1.8.3",
  "serial": 14,
  "lineage": "3c9e1f0a-8b2d-4e57-a6c4-0d1f2e3a4b5c",
  "outputs": {
    "droplet_ip": {"value": "128.199.201.37", "type": "string"},
    "db_password": {"value": "(sensitive value)", "type": "string", "sensitive": true}
  },
  "resources": [
    {
      "mode": "managed",
      "type": "digitalocean_droplet",
      "name": "toko",
      "instances": [{"attributes": {"id": "412093885", "name": "toko-sekarjagad", "region": "sgp1"}}]
    }
  ]
}
''')

add("md/decoy-api-doc-example", "kurir-svc/docs/API.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", r'''
# kurir-svc API (internal)

Kabeh panjaluk nganggo header:

```
Authorization: Bearer <TOKEN_LAYANAN>
```

Token layanan diwenehke per aplikasi (toko, gudang, kasir) lan disimpen ing `.env` aplikasi kasebut.

## `GET /ongkir?tujuan=20111&berat=400`

```json
{"kurir": "jne", "layanan": "REG", "rega": 48000, "estimasi": "2-3 dina"}
```

## `GET /lacak/{resi}`

Conto: `GET /lacak/JT0012930019` -> status pungkasan saka kurir.
''')

add("gs/apps-script-chat-webhook", "laras-madya/sekretariat/apps-script/Pendaftaran.gs", "https://developers.google.com/workspace/chat/quickstart/webhooks", r'''
/**
 * Google Form "Pendaftaran Kelas Karawitan" -> kabar menyang Google Chat space "Sekretariat".
 * Trigger: On form submit.
 */
var WEBHOOK = '@@s@@';

function onFormSubmit(e) {
  var r = e.namedValues;
  var teks = '*Pendaftar anyar*\n' +
    'Jeneng: ' + r['Nama lengkap'][0] + '\n' +
    'Kelas: ' + r['Kelas'][0] + '\n' +
    'Ricikan sing dikarepke: ' + r['Ricikan'][0];
  UrlFetchApp.fetch(WEBHOOK, {
    method: 'post',
    contentType: 'application/json; charset=UTF-8',
    payload: JSON.stringify({ text: teks })
  });
}
''', "https://chat.googleapis.com/v1/spaces/AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + "/messages?key=" + google_api()
    + "&token=" + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("yaml/compose-grafana-admin", "laras-madya/pantau/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", r'''
services:
  grafana:
    image: grafana/grafana-oss:11.0.0
    restart: unless-stopped
    ports: ["3001:3000"]
    environment:
      GF_SERVER_ROOT_URL: https://pantau.larasmadya.or.id
      GF_SECURITY_ADMIN_USER: dimas
      GF_SECURITY_ADMIN_PASSWORD: "@@s@@"
      GF_USERS_ALLOW_SIGN_UP: "false"
      GF_DEFAULT_LOCALE: id-ID
    volumes:
      - /volume1/docker/grafana:/var/lib/grafana

  influx:
    image: influxdb:2.7
    restart: unless-stopped
    ports: ["8086:8086"]
    volumes:
      - /volume1/docker/influx:/var/lib/influxdb2
''', words_pw())
