"""Blind set OZ: a Padang rendang frozen-food exporter and a Banda Aceh Gayo coffee subscription shop.

The rendang exporter (CV Randang Bundo Saiyo, Padang: web shop, Midtrans/Xendit payments, cold-chain
sensors in the freezer rooms, export paperwork, WhatsApp order bot, courier APIs) and the Gayo coffee
roastery (Kupi Gayo Seulamat, Banda Aceh: subscription shop, roast logger, Shopify/Woo store, mailing,
Telegram bot), with notes and comments partly in Minangkabau, Acehnese and Indonesian.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 9380000-9389999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 9380000, 9389999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Randang", "Gulai", "Kalio", "Dendeng", "Bundo", "Rumah", "Gadang", "Singgalang", "Merapi",
         "Kupi", "Gayo", "Seulawah", "Takengon", "Arabika", "Sanger", "Meuseujid", "Lampuuk", "Peukan",
         "Lado", "Santan"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#@*+.") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def midtrans_server() -> str:
    return "Mid-server-" + fakes.drawn_mixed(_seed(), 24)


def xendit() -> str:
    return "xnd_production_" + fakes.drawn_mixed(_seed(), 60)


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


def shopify() -> str:
    return "shpat_" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def wa_token() -> str:
    return "EAA" + mixed(190)


def twilio_token() -> str:
    return hexs(32)


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def influx_token() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "-_") + "=="


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def cf_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def alibaba_id() -> str:
    return "LTAI5t" + mixed(18)


def azure_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


def laravel_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return "base64:" + base64.b64encode(raw).decode()


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def pem(kind: str = "RSA") -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" if not kind else ("MIIEpAIBAAKCAQEA" if kind == "RSA" else "MHcCAQEEI")
    lines = [head + "".join(r.choice(ALNUM + "+/") for _ in range(64 - len(head)))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7 if kind != "EC" else 1)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(28)) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str, alg: str = "HS256") -> str:
    head = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43 if alg == "HS256" else 342, ALNUM + "-_")


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-oz/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- rendang exporter: shop and payments

add("py/midtrans-server-key", "randang/shop/payments/midtrans_client.py",
    "https://docs.midtrans.com/docs/snap-integration-guide", r'''
"""Pambayaran Snap Midtrans untuak toko online Randang Bundo Saiyo."""
import midtransclient

# jan lupo pindahan ka .env bisuak, kini darurat dulu (Uda Rizal)
snap = midtransclient.Snap(
    is_production=True,
    server_key="@@s@@",
    client_key="Mid-client-Xq7pRt2LmNb8KdZa",
)


def buek_transaksi(pesanan):
    return snap.create_transaction({
        "transaction_details": {"order_id": pesanan.kode, "gross_amount": pesanan.total},
        "customer_details": {"first_name": pesanan.nama, "phone": pesanan.hp},
    })
''', midtrans_server())

add("env/xendit", "randang/shop/.env.production", "https://docs.xendit.co/api-integration/api-keys", r'''
# Toko Randang Bundo Saiyo - production
APP_NAME="Randang Bundo Saiyo"
APP_ENV=production
APP_URL=https://randangbundosaiyo.co.id
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=toko_randang
DB_USERNAME=toko
DB_PASSWORD=${VAULT_DB_PASSWORD}

# Xendit (VA BNI, BSI, QRIS)
XENDIT_SECRET_KEY=@@s@@
XENDIT_CALLBACK_TOKEN=${XENDIT_CALLBACK_TOKEN}
''', xendit())

add("php/laravel-app-key", "randang/shop/.env", "https://laravel.com/docs/11.x/encryption", r'''
APP_NAME=RandangBundo
APP_ENV=local
APP_KEY=@@s@@
APP_DEBUG=true
APP_URL=http://localhost:8000

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=randang
DB_USERNAME=root
DB_PASSWORD=
''', laravel_key())

add("php/midtrans-config", "randang/shop/config/midtrans.php", "https://docs.midtrans.com/docs/technical-faq", r'''
<?php

// Konfigurasi Midtrans. Kunci server jan dibagi ka urang lua!
return [
    'merchant_id'   => 'G418273645',
    'client_key'    => env('MIDTRANS_CLIENT_KEY'),
    'server_key'    => env('MIDTRANS_SERVER_KEY', '@@s@@'),
    'is_production' => true,
    'is_sanitized'  => true,
    'is_3ds'        => true,
];
''', midtrans_server())

add("php/decoy-midtrans-env-only", "randang/shop/config/services.php", "https://laravel.com/docs/11.x/configuration", r'''
<?php

return [
    'midtrans' => [
        'server_key'    => env('MIDTRANS_SERVER_KEY'),
        'client_key'    => env('MIDTRANS_CLIENT_KEY'),
        'is_production' => env('MIDTRANS_PRODUCTION', false),
    ],
    'xendit' => [
        'secret_key'     => env('XENDIT_SECRET_KEY'),
        'callback_token' => env('XENDIT_CALLBACK_TOKEN'),
    ],
    'rajaongkir' => [
        'key'  => env('RAJAONGKIR_KEY'),
        'tipe' => 'pro',
    ],
];
''')

add("js/decoy-midtrans-client-key", "randang/shop/resources/js/checkout.js",
    "https://docs.midtrans.com/docs/snap-snap-integration-guide", r'''
// Checkout Snap - client key memang untuak browser, aman dipasang di siko
const SNAP_URL = "https://app.midtrans.com/snap/snap.js";
const CLIENT_KEY = "Mid-client-4vLpQ9sT2bXcR7nH";

export function muatSnap() {
  const s = document.createElement("script");
  s.src = SNAP_URL;
  s.setAttribute("data-client-key", CLIENT_KEY);
  document.head.appendChild(s);
}

export async function bayia(token) {
  window.snap.pay(token, {
    onSuccess: () => (location.href = "/pesanan/terima-kasih"),
    onPending: () => (location.href = "/pesanan/menunggu"),
    onError: () => alert("Pambayaran gagal, cubo baliak"),
  });
}
''')

add("json/xendit-callback-token", "randang/shop/storage/app/xendit-settings.json",
    "https://docs.xendit.co/api-integration/callbacks", r'''
{
  "akun": "CV Randang Bundo Saiyo",
  "mode": "LIVE",
  "callback_url": "https://randangbundosaiyo.co.id/api/xendit/callback",
  "callback_verification_token": "@@s@@",
  "virtual_accounts": ["BNI", "BSI", "BRI", "MANDIRI"],
  "qris": true,
  "catatan": "token verifikasi dari dashboard Xendit > Settings > Callbacks"
}
''', mixed(48))

add("py/decoy-xendit-signature-check", "randang/shop/api/xendit_callback.py",
    "https://docs.xendit.co/api-integration/callbacks", r'''
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("xendit", __name__)
TOKEN = os.environ["XENDIT_CALLBACK_TOKEN"]  # diambiak dari Secret Manager waktu deploy


@bp.post("/api/xendit/callback")
def callback():
    dikirim = request.headers.get("x-callback-token", "")
    if not hmac.compare_digest(dikirim, TOKEN):
        abort(403)
    data = request.get_json()
    # contoh id: "579c8d61f23fa4ca35e52da4" (id invoice, bukan kunci)
    tandoi_lunas(data["external_id"], data["paid_amount"])
    return {"ok": True}
''')

add("yaml/stripe-export", "randang/export/config/payments.yml", "https://docs.stripe.com/keys", r'''
# Pambayaran pembeli lua nagari (Malaysia, Singapura, Belanda, Australia)
stripe:
  mode: live
  secret_key: "@@s@@"
  publishable_key: pk_live_51NxRb2LQk8aTyHvUe0mZsFq
  currency_default: usd
  statement_descriptor: "RANDANG BUNDO PDG"
paypal:
  client_id: ${PAYPAL_CLIENT_ID}
  secret: ${PAYPAL_SECRET}
''', stripe())

add("yaml/decoy-stripe-publishable", "randang/export/config/payments.staging.yml",
    "https://docs.stripe.com/keys#obtain-api-keys", r'''
# staging - kunci rahasia indak disimpan di repo, ado di 1Password "Randang Export"
stripe:
  mode: test
  secret_key: ${STRIPE_SECRET_KEY}
  publishable_key: pk_test_51NxRb2LQk8aTyHvUtestOnlyA9
  currency_default: usd
  webhook_secret: ${STRIPE_WEBHOOK_SECRET}
''')

add("ts/stripe-webhook-secret", "randang/export/webhooks/stripe.ts",
    "https://docs.stripe.com/webhooks#verify-events", r'''
import Stripe from "stripe";
import express from "express";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
// whsec dari Dashboard > Webhooks, endpoint ekspor (sementara hardcode, urang IT lai cuti)
const endpointSecret = "@@s@@";

export const router = express.Router();
router.post("/stripe", express.raw({ type: "application/json" }), (req, res) => {
  const sig = req.headers["stripe-signature"] as string;
  try {
    const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
    if (event.type === "checkout.session.completed") {
      // kirim ka gudang beku Lubuk Begalung
    }
    res.json({ received: true });
  } catch (e) {
    res.status(400).send(`Webhook Error: ${(e as Error).message}`);
  }
});
''', "whsec_" + mixed(32))

add("go/paypal-client-secret", "randang/export/paypal/client.go",
    "https://developer.paypal.com/api/rest/authentication/", r'''
package paypal

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	apiBase      = "https://api-m.paypal.com"
	clientID     = "AYk3Nq1b7VZmRandangBundoSaiyoExportLive0x"
	clientSecret = "@@s@@"
)

// AmbiakToken minta access token OAuth2 ka PayPal.
func AmbiakToken(c *http.Client) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, _ := http.NewRequest("POST", apiBase+"/v1/oauth2/token", strings.NewReader(form.Encode()))
	req.SetBasicAuth(clientID, clientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.Do(req)
}
''', paypal_secret())

add("sh/rajaongkir-curl", "randang/ops/cek_ongkir.sh", "https://rajaongkir.com/dokumentasi", r'''
#!/usr/bin/env bash
# cek ongkir dari Padang (city_id 318) ka kota tujuan, pakai akun Pro
# pamakaian: ./cek_ongkir.sh 152 1000
set -euo pipefail
TUJUAN=${1:?kota tujuan}
BERAT=${2:-1000}
curl -s https://pro.rajaongkir.com/api/cost \
  -H "key: @@s@@" \
  -H "content-type: application/x-www-form-urlencoded" \
  -d "origin=318&originType=city&destination=${TUJUAN}&destinationType=city&weight=${BERAT}&courier=jne:sicepat:jnt" \
  | jq '.rajaongkir.results[] | {code, costs}'
''', hexs(32))

add("js/biteship-key", "randang/shop/services/biteship.js", "https://biteship.com/id/docs/api", r'''
// Biteship: buek order kurir frozen (Paxel / GrabExpress instant di Padang)
const axios = require("axios");

const biteship = axios.create({
  baseURL: "https://api.biteship.com/v1",
  headers: {
    authorization: "@@s@@",
    "content-type": "application/json",
  },
});

async function buekOrder(pesanan) {
  const { data } = await biteship.post("/orders", {
    origin_contact_name: "Gudang Beku Randang Bundo",
    origin_contact_phone: "0751-4471xxx",
    origin_address: "Jl. Raya Lubuk Begalung No. 12, Padang",
    destination_contact_name: pesanan.nama,
    destination_address: pesanan.alamat,
    courier_company: "paxel",
    courier_type: "sameday",
    items: pesanan.barang,
  });
  return data;
}

module.exports = { buekOrder };
''', "biteship_live." + jwt_like('{"name":"randang-bundo-prod","userId":"64f1a2b3c4d5e6f708192a3b","iat":1718000000}'))

add("md/decoy-biteship-docs", "randang/shop/docs/kurir.md", "https://biteship.com/id/docs/intro", r'''
# Integrasi kurir (Biteship)

Kunci API diambiak dari **Dashboard Biteship > Integrasi > API Key**. Ado duo macam:

- `biteship_test.xxxxxxxx` untuak sandbox (order indak bana dikirim)
- `biteship_live.xxxxxxxx` untuak production

Simpan di `BITESHIP_API_KEY` dalam `.env`, jan di-commit. Contoh header:

```
authorization: biteship_live.<KUNCI_ANDA>
content-type: application/json
```

Kalau kunci bocor, langsuang klik **Regenerate** di dashboard lalu kaba ka grup IT.
''')

# ---------------------------------------------------------------- rendang exporter: WhatsApp order bot

add("py/whatsapp-cloud-token", "randang/botwa/kirim.py",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
"""Bot WA pesanan randang. Balasan otomatis: 'Alah masuak pesanan Uda/Uni, tunggu konfirmasi yo.'"""
import requests

PHONE_NUMBER_ID = "109876543210987"
# token permanen System User (Meta Business), dibuek Uni Sari 12 Juni
ACCESS_TOKEN = "@@s@@"


def kirim_teks(nomor: str, pesan: str) -> dict:
    r = requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": nomor, "type": "text", "text": {"body": pesan}},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''', wa_token())

add("env/fonnte-token", "randang/botwa/.env", "https://docs.fonnte.com/api-send-message/", r'''
# gateway WA caliak (Fonnte) - nomor admin 0812-6xxx
FONNTE_TOKEN=@@s@@
ADMIN_NUMBERS=6281266001122,6281374005566
PESAN_SALAM="Assalamualaikum, tarimo kasih alah mamasan randang di Bundo Saiyo"
LOG_LEVEL=info
''', fakes.drawn(_seed(), 20, ALNUM + "!+@#"))

add("php/fonnte-inline", "randang/shop/app/Services/NotifWa.php", "https://docs.fonnte.com/api-send-message/", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class NotifWa
{
    // TODO pindah ka config, kini takana di siko dulu
    private string $token = '@@s@@';

    public function kirim(string $target, string $pesan): bool
    {
        $res = Http::withHeaders(['Authorization' => $this->token])
            ->asForm()
            ->post('https://api.fonnte.com/send', [
                'target'  => $target,
                'message' => $pesan,
                'countryCode' => '62',
            ]);
        return $res->successful();
    }
}
''', mixed(20))

add("json/decoy-wa-webhook-verify", "randang/botwa/config/webhook.json",
    "https://developers.facebook.com/docs/graph-api/webhooks/getting-started", r'''
{
  "webhook_url": "https://botwa.randangbundosaiyo.co.id/webhook",
  "verify_token_env": "WA_VERIFY_TOKEN",
  "app_secret_env": "WA_APP_SECRET",
  "waba_id": "102938475610293",
  "phone_number_id": "109876543210987",
  "display_phone": "+62 751 447 1xxx",
  "subscribed_fields": ["messages", "message_template_status_update"]
}
''')

add("yaml/decoy-wa-template", "randang/botwa/templates/konfirmasi_pesanan.yml",
    "https://developers.facebook.com/docs/whatsapp/message-templates", r'''
name: konfirmasi_pesanan_v3
language: id
category: UTILITY
components:
  - type: BODY
    text: >-
      Halo {{1}}, pesanan randang {{2}} alah kami tarimo.
      Kode bayia: {{3}} (berlaku 24 jam). Tarimo kasih, Bundo Saiyo.
    example:
      body_text: [["Uni Rahmi", "RBS-240612-0087", "8808 1234 5678 9012"]]
''')

add("txt/telegram-bot-chat-export", "randang/ops/catatan/grup-it-export.txt",
    "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
[12/06/24 08.14] Rizal: da, bot notif stok gudang mati lai
[12/06/24 08.15] Fadli: token lamo alah ambo revoke, iko nan baru dari BotFather:
[12/06/24 08.15] Fadli: @@s@@
[12/06/24 08.16] Rizal: sip, ambo pasang di server gudang
[12/06/24 08.20] Rizal: alah iduik baliak, tarimo kasih
[12/06/24 08.21] Sari: jan lupo hapus pesan tu beko yo
''', fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- rendang exporter: cold chain

add("ini/mqtt-freezer", "randang/coldchain/gateway/mosquitto-bridge.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Bridge dari gateway ruang beku (Lubuk Begalung) ka broker cloud
connection gudang-beku-cloud
address mqtt.randangbundosaiyo.co.id:8883
bridge_protocol_version mqttv311
remote_clientid gw-lubeg-01
remote_username gw-lubeg
remote_password @@s@@
bridge_cafile /etc/mosquitto/certs/ca.crt
topic suhu/# out 1
topic alarm/# both 1
''', fakes.redis_password(_seed()))

add("c/esp32-wifi-mqtt", "randang/coldchain/firmware/sensor_suhu/src/main.cpp",
    "https://pubsubclient.knolleary.net/api", r'''
// Sensor suhu ruang beku (DS18B20) -> MQTT. Target: -18 C, alarm kalau > -15 C.
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "GUDANG-BEKU-2";
const char* WIFI_PASS = "@@s@@";
const char* MQTT_HOST = "192.168.10.5";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("suhu-ruang-2");
  mqtt.publish("suhu/ruang2", String(bacoSuhu()).c_str());
  delay(30000);
}
''', words_pw())

add("c/decoy-esp32-secrets-header", "randang/coldchain/firmware/sensor_suhu/include/rahasia.example.h",
    "https://docs.platformio.org/en/latest/projectconf/section_env_build.html", r'''
// Salin file iko jadi rahasia.h (rahasia.h ado di .gitignore)
// Isi jo data WiFi jo MQTT masing-masing gudang.
#pragma once

#define WIFI_SSID     "NAMO-WIFI-GUDANG"
#define WIFI_PASS     "ISI_PASSWORD_WIFI"
#define MQTT_USER     "gw-xxxx"
#define MQTT_PASS     "ISI_PASSWORD_MQTT"
''')

add("toml/influx-token", "randang/coldchain/telegraf/telegraf.conf",
    "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r'''
[agent]
  interval = "30s"
  hostname = "gw-lubeg-01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["suhu/#", "pintu/#"]
  data_format = "value"
  data_type = "float"

[[outputs.influxdb_v2]]
  urls = ["https://influx.randangbundosaiyo.co.id"]
  ## token tulis bucket 'rantai_dingin' (dibuek 3 Mei)
  token = "@@s@@"
  organization = "randang-bundo"
  bucket = "rantai_dingin"
''', influx_token())

add("toml/decoy-influx-env", "randang/coldchain/telegraf/telegraf.d/outputs.conf",
    "https://docs.influxdata.com/telegraf/v1/configuration/#set-environment-variables", r'''
# Output ka Influx pusek. Token dibaco dari environment (systemd EnvironmentFile).
[[outputs.influxdb_v2]]
  urls = ["https://influx.randangbundosaiyo.co.id"]
  token = "${INFLUX_TOKEN}"
  organization = "randang-bundo"
  bucket = "rantai_dingin"
  timeout = "10s"
''')

add("yaml/grafana-sa-token", "randang/coldchain/alerting/grafana-sync.yml",
    "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# sync dashboard suhu ka Grafana Cloud (tiok malam jam 01.00 WIB)
grafana:
  url: https://randangbundo.grafana.net
  service_account: dashboard-sync
  token: @@s@@
folders:
  - "Rantai Dingin"
  - "Ekspor Kontainer"
dashboards_dir: ./dashboards
''', grafana_sa())

add("py/decoy-grafana-alert-fixture", "randang/coldchain/tests/test_alarm.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from alarm import kirim_alarm

# token palsu untuak tes, bukan token Grafana asli
TOKEN_PALSU = "glsa_FAKE_untukTesSaja_00000000_deadbeef"


@pytest.fixture
def klien(monkeypatch):
    monkeypatch.setenv("GRAFANA_TOKEN", TOKEN_PALSU)
    return object()


def test_alarm_suhu_tinggi(klien):
    hasil = kirim_alarm(ruang="ruang2", suhu=-12.5, batas=-15.0)
    assert hasil.level == "KRITIS"
    assert "ruang2" in hasil.pesan
''')

add("csv/decoy-sensor-registry", "randang/coldchain/data/daftar_sensor.csv",
    "https://www.thethingsindustries.com/docs/reference/id-eui-constraints/", r'''
id_sensor,ruang,dev_eui,join_eui,app_key_ref,dipasang,catatan
suhu-r1-a,Ruang 1,70B3D57ED0061A2F,0000000000000001,vault:coldchain/r1a,2024-01-15,dakek pintu
suhu-r1-b,Ruang 1,70B3D57ED0061A30,0000000000000001,vault:coldchain/r1b,2024-01-15,
suhu-r2-a,Ruang 2,70B3D57ED0061B11,0000000000000001,vault:coldchain/r2a,2024-02-02,ganti baterai Juli
pintu-r2,Ruang 2,70B3D57ED0061B12,0000000000000001,vault:coldchain/p2,2024-02-02,sensor pintu
suhu-kont-01,Kontainer reefer,70B3D57ED0061C01,0000000000000001,vault:coldchain/k01,2024-03-20,ikuik kontainer ka Belawan
''')

add("json/ttn-app-key", "randang/coldchain/lorawan/device-suhu-r3.json",
    "https://www.thethingsindustries.com/docs/the-things-stack/interact/api/", r'''
{
  "end_device": {
    "ids": {
      "device_id": "suhu-r3-a",
      "dev_eui": "70B3D57ED0061D05",
      "join_eui": "0000000000000001"
    },
    "name": "Sensor suhu ruang 3 (randang kamasan 500g)",
    "lorawan_version": "MAC_V1_0_3",
    "frequency_plan_id": "AS_923_GROUP_2"
  },
  "api_key": "@@s@@"
}
''', "NNSXS." + rnd(39, UPPER) + "." + rnd(52, UPPER))

# ---------------------------------------------------------------- rendang exporter: servers and infra

add("compose/mysql-root", "randang/deploy/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
services:
  toko:
    image: registry.gitlab.com/randangbundo/toko:2.4.1
    restart: unless-stopped
    env_file: .env.production
    depends_on: [db]
    ports: ["8080:80"]
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: toko_randang
      MYSQL_USER: toko
      MYSQL_PASSWORD: ${DB_PASSWORD}
      MYSQL_ROOT_PASSWORD: "@@s@@"   # root cuma dipakai waktu migrasi
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata:
''', words_pw())

add("compose/decoy-secrets-files", "randang/deploy/docker-compose.prod.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: toko_randang
      MYSQL_USER: toko
      MYSQL_PASSWORD_FILE: /run/secrets/db_password
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
    secrets: [db_password, db_root_password]
secrets:
  db_password:
    file: ./rahasia/db_password.txt
  db_root_password:
    file: ./rahasia/db_root_password.txt
''')

_pw = pw()
add("k8s/secret-base64-db", "randang/k8s/toko/secret-db.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: toko-db
  namespace: toko-randang
  labels:
    app: toko
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USERNAME: @@user@@
  DB_PASSWORD: @@enc@@
''', _pw, host=b64("mysql-toko.toko-randang.svc"), user=b64("toko"), enc=b64(_pw))

add("k8s/decoy-sealed-secret", "randang/k8s/toko/sealed-midtrans.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: toko-midtrans
  namespace: toko-randang
spec:
  encryptedData:
    MIDTRANS_SERVER_KEY: @@c1@@
    XENDIT_SECRET_KEY: @@c2@@
  template:
    metadata:
      name: toko-midtrans
''', c1="AgB" + rnd(340, ALNUM + "+/") + "==", c2="AgC" + rnd(420, ALNUM + "+/") + "=")

add("k8s/stringdata-redis", "randang/k8s/toko/secret-redis.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r'''
apiVersion: v1
kind: Secret
metadata:
  name: toko-redis
  namespace: toko-randang
type: Opaque
stringData:
  REDIS_URL: "redis://default:@@s@@@redis-toko.toko-randang.svc:6379/0"
  SESSION_DRIVER: redis
''', fakes.redis_password(_seed()))

add("tf/alibaba-oss", "randang/infra/oss.tf",
    "https://registry.terraform.io/providers/aliyun/alicloud/latest/docs", r'''
# Bucket OSS Jakarta untuak foto produk jo dokumen ekspor (COA, health certificate)
provider "alicloud" {
  region     = "ap-southeast-5"
  access_key = "@@s@@"
  secret_key = var.alicloud_secret_key
}

resource "alicloud_oss_bucket" "dokumen_ekspor" {
  bucket = "randang-bundo-dokumen-ekspor"
  acl    = "private"
}
''', alibaba_id())

add("tf/decoy-alibaba-vars", "randang/infra/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "alicloud_access_key" {
  type        = string
  description = "AccessKey ID RAM user terraform-randang (diisi dari TF_VAR_alicloud_access_key)"
  sensitive   = true
}

variable "alicloud_secret_key" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "ap-southeast-5" # Jakarta
}
''')

add("tfvars/do-token", "randang/infra/do/terraform.tfvars",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
# Droplet Singapura untuak toko + bot WA
do_token     = "@@s@@"
region       = "sgp1"
droplet_size = "s-2vcpu-4gb"
ssh_keys     = ["4b:3a:9c:11:0e:5f:aa:27:de:81:33:90:c2:6d:7e:01"]
''', do_token())

add("yaml/decoy-gh-actions-secrets", "randang/shop/.github/workflows/deploy.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-toko
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Kirim ka droplet
        uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{ secrets.DROPLET_HOST }}
          username: deploy
          key: ${{ secrets.DROPLET_SSH_KEY }}
          script: |
            cd /srv/toko && git pull && php artisan migrate --force
      - name: Kaba ka Telegram
        run: |
          curl -s "https://api.telegram.org/bot${{ secrets.TG_BOT_TOKEN }}/sendMessage" \
            -d chat_id=${{ secrets.TG_CHAT_ID }} -d text="Toko alah di-deploy: ${{ github.sha }}"
''')

add("yaml/gitlab-ci-registry", "randang/shop/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/packages/container_registry/authenticate_with_container_registry.html", r'''
stages: [build, deploy]

variables:
  IMAGE: registry.gitlab.com/randangbundo/toko

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    # runner kito indak bisa baco CI/CD variables (masalah izin), jadi sementaro:
    - echo "@@s@@" | docker login registry.gitlab.com -u deploy-randang --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', gitlab())

add("sh/ssh-private-key-heredoc", "randang/ops/pasang_kunci_deploy.sh",
    "https://man.openbsd.org/ssh-keygen", r'''
#!/bin/sh
# Pasang kunci deploy di server gudang baru (sakali jalan)
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_ed25519 <<'KUNCI'
@@s@@
KUNCI
chmod 600 ~/.ssh/id_ed25519
ssh-keyscan gitlab.com >> ~/.ssh/known_hosts
echo "kunci deploy alah dipasang"
''', openssh_key())

add("pub/decoy-ssh-authorized-keys", "randang/ops/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# kunci publik tim IT Randang Bundo (server toko + gudang)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7rQp2vXw9dLm3tHsYbN4cFe8uJz1aGk6oPq0RrSt5V rizal@laptop-kantor
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFa9Ks2dLq0Wv7bXz3NpTe1mYh4cRu8oGi5jLt6Ey2Qw fadli@gudang
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC3vQ8n5r2Lk9tXwYb1ZpA4sHe7mJd0cNf6uGq2RiTz8oKy3LbVe5xWa1nPj4dMs7Hf2gCt9eRk0qYuZ6vBw3Ni8lEo1Tp5XaDm2Kz7sUgJh4cFb9rQy0Wn6LdVe3iMt8oPa1ZxHs5Ku2jGf7bRc4NyTl6mEw0qDi9vXo3SaBp2Ck5Ug7hLz1Y= sari@hp-toko
# ci deploy (hanya git pull)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2mNc8sVp4qLx7eTa0Rk3Wd9Yh1Gu6Zf5Jo2Pi8Ks0L deploy@gitlab-ci
''')

add("ini/rclone-backblaze", "randang/ops/backup/rclone.conf", "https://rclone.org/b2/", r'''
[b2-backup]
type = b2
account = 0052a9f4c7e81d30000000003
key = @@s@@
hard_delete = false

[lokal-nas]
type = local
''', "K005" + mixed(27))

add("sh/mysqldump-cron", "randang/ops/backup/backup_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
#!/bin/bash
# backup harian database toko, disimpan 14 hari. dijalankan cron jam 02.30 WIB
TGL=$(date +%F)
TUJUAN=/backup/toko
mysqldump -h 127.0.0.1 -u backup -p'@@s@@' --single-transaction toko_randang \
  | gzip > "$TUJUAN/toko_randang-$TGL.sql.gz"
find "$TUJUAN" -name '*.sql.gz' -mtime +14 -delete
rclone copy "$TUJUAN" b2-backup:randang-backup/db --max-age 24h
''', words_pw())

add("sh/decoy-backup-mycnf", "randang/ops/backup/backup_db_v2.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
#!/bin/bash
# versi baru: password indak lai di command line (caliak ps), dibaco dari ~/.my.cnf
set -euo pipefail
TGL=$(date +%F)
TUJUAN=/backup/toko
mysqldump --defaults-extra-file=/etc/randang/backup.my.cnf --single-transaction toko_randang \
  | gzip > "$TUJUAN/toko_randang-$TGL.sql.gz"
sha256sum "$TUJUAN/toko_randang-$TGL.sql.gz" >> "$TUJUAN/SHA256SUMS"
find "$TUJUAN" -name '*.sql.gz' -mtime +14 -delete
''')

add("cnf/mysql-client-password", "randang/ops/backup/backup.my.cnf",
    "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# /etc/randang/backup.my.cnf  (chmod 600, owner backup)
[client]
user=backup
password="@@s@@"
host=127.0.0.1

[mysqldump]
single-transaction
''', pw())

add("txt/decoy-sha256sums", "randang/ops/backup/SHA256SUMS",
    "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
3f1c9a7be2d04f58a6c1e93b7d20fa45c8e61b9d0a2f7c34e5b81d6a9f0c2e47  toko_randang-2024-06-10.sql.gz
a94d2e0c7b13f6850e2d9ca41b7f3e68d05c2a19f4b87e3d6c01a5f92e8b7d43  toko_randang-2024-06-11.sql.gz
0c5e8b2f71d9a4c36e0f1b85d2a7c94e3f6b10d8a52c7e9f4b3d61a08e2c5f79  toko_randang-2024-06-12.sql.gz
e7b04a9d2c61f38e5a0d7c19b4f2e86a3d5c09b1f7e24a68c3d0b95e1a7f2c04  toko_randang-2024-06-13.sql.gz
5d2a8f0e4c7b19d63a0e5f82c1b7d94e6a3f0c28b5d1e7a49c6f03b2d8e1a5c7  toko_randang-2024-06-14.sql.gz
''')

# ---------------------------------------------------------------- rendang exporter: office, export, notes

add("md/notes-smtp-password", "randang/catatan/serah-terima-it.md",
    "https://support.google.com/a/answer/176600", r'''
# Serah terimo IT - Rizal ka Fadli (Juni 2024)

Fadli, iko catatan ambo sabalum barangkek ka Pekanbaru. Kalau ado nan indak jaleh, WA se.

## Email toko
- Akun pengirim notifikasi: `notif@randangbundosaiyo.co.id` (Google Workspace)
- SMTP: smtp.gmail.com port 587, pakai App Password (bukan password login):
  `@@s@@`
- Kalau Uni Sari minta reset, buek App Password baru sajo, nan lamo hapuih.

## Server
- Droplet Singapura, login pakai kunci SSH surang-surang (caliak authorized_keys).
- Backup DB jalan jam 02.30, cek email laporan tiok pagi.
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("md/decoy-notes-rotated", "randang/catatan/insiden-2024-05.md",
    "https://docs.xendit.co/api-integration/api-keys", r'''
# Insiden 21 Mei 2024: kunci Xendit tabaok di screenshot

- 09.40 Uni Sari mangirim screenshot dashboard ka grup WA pembeli (tasalah grup).
- 09.55 Fadli menonaktifkan kunci lamo (awalan `xnd_production_P7…`, kini REVOKED).
- 10.05 Kunci baru dibuek, langsuang disimpan di Secret Manager (`projects/randang-bundo/secrets/xendit-secret-key`).
- 10.30 Toko dicek: VA BSI jo QRIS normal baliak.

Palajaran: screenshot dashboard jan dikirim ka grup mano pun. Kunci indak ado di catatan iko.
''')

add("eml/smtp-credentials-mail", "randang/catatan/email/akun-email-ekspor.eml",
    "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Rizal Chaniago <rizal@randangbundosaiyo.co.id>
To: Dewi Anggraini <export@randangbundosaiyo.co.id>
Subject: Akun email ekspor alah siap
Date: Mon, 03 Jun 2024 09:12:44 +0700
Content-Type: text/plain; charset=utf-8

Ni Dewi,

Akun export@ alah ambo buek. Untuak Outlook di laptop kantor:
  Username : export@randangbundosaiyo.co.id
  Password : @@s@@
  IMAP     : imap.hostinger.com (993, SSL)
  SMTP     : smtp.hostinger.com (465, SSL)

Tolong ganti password wakatu partamo login yo.

Salam,
Rizal
''', words_pw())

add("csv/decoy-export-shipments", "randang/ekspor/data/pengiriman_2024.csv",
    "https://www.insw.go.id/", r'''
no_peb,tanggal,negara,hs_code,berat_kg,kontainer,no_bl,health_cert
PEB-000812/2024,2024-02-14,Malaysia,1602.50.00,1850,TCNU4471823,MYPKG240214088,HC-SB-0215/2024
PEB-001147/2024,2024-03-09,Singapura,1602.50.00,920,LCL,SGSIN240309117,HC-SB-0298/2024
PEB-001903/2024,2024-04-22,Belanda,1602.50.00,2400,MSKU7736104,NLRTM240422190,HC-SB-0410/2024
PEB-002260/2024,2024-05-17,Arab Saudi,1602.50.00,3100,CMAU5520917,SAJED240517226,HC-SB-0477/2024
PEB-002781/2024,2024-06-11,Australia,1602.50.00,1200,TGHU8803551,AUMEL240611278,HC-SB-0533/2024
''')

add("py/insw-api-key", "randang/ekspor/tools/ambiak_status_peb.py",
    "https://api.insw.go.id/", r'''
"""Ambiak status PEB dari portal INSW (untuak laporan ekspor bulanan)."""
import sys

import requests

API_URL = "https://api.insw.go.id/api-prod/inatrade/status-peb"
API_KEY = "@@s@@"  # dari helpdesk INSW, akun CV Randang Bundo Saiyo


def status(no_peb: str) -> dict:
    r = requests.get(API_URL, params={"nomor": no_peb}, headers={"x-insw-key": API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for nomor in sys.argv[1:]:
        print(nomor, status(nomor).get("status"))
''', mixed(32))

add("ini/accurate-online-db", "randang/akuntansi/sinkron/settings.ini",
    "https://accurate.id/api-integration/", r'''
; sinkronisasi pesanan toko -> Accurate Online (jurnal penjualan)
[accurate]
host = https://zeus.accurate.id
database_id = 728194
app_key = 7c21f0a9-3d5e-4b8a-9f12-0e6c4d7b2a31
signature_secret = @@s@@

[toko]
db_url = mysql://sinkron@127.0.0.1/toko_randang
jadwal = */30 * * * *
''', mixed(40))

add("json/gcp-service-account", "randang/akuntansi/sheets/kredensial-laporan.json",
    "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "randang-bundo-laporan",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "laporan-harian@randang-bundo-laporan.iam.gserviceaccount.com",
  "client_id": "104829371650294817362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/laporan-harian%40randang-bundo-laporan.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', pem("").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("py/decoy-sheets-adc", "randang/akuntansi/sheets/laporan_harian.py",
    "https://cloud.google.com/docs/authentication/application-default-credentials", r'''
"""Laporan penjualan harian ka Google Sheets. Kredensial dari ADC (Workload Identity), bukan file JSON."""
import google.auth
from googleapiclient.discovery import build

SPREADSHEET_ID = "1qZ7xR4mK2pW9tLb8NcV3dF6hJ0sGa5YeU1iO7kP2Tw"
SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]


def tulih(baris):
    creds, _ = google.auth.default(scopes=SCOPES)
    sheets = build("sheets", "v4", credentials=creds)
    sheets.spreadsheets().values().append(
        spreadsheetId=SPREADSHEET_ID, range="Penjualan!A:F",
        valueInputOption="USER_ENTERED", body={"values": baris},
    ).execute()
''')

add("csv/decoy-price-list", "randang/ekspor/data/daftar_harga_ekspor.csv",
    "https://www.beacukai.go.id/", r'''
sku,produk,berat_g,harga_usd,barcode_ean13,halal_mui,masa_simpan_bln
RBS-RD-250,Randang Daging Sapi,250,9.50,8997012340017,LPPOM-00150012340524,12
RBS-RD-500,Randang Daging Sapi,500,17.80,8997012340024,LPPOM-00150012340524,12
RBS-RP-250,Randang Paru,250,8.90,8997012340031,LPPOM-00150012340524,12
RBS-DB-200,Dendeng Batokok,200,10.20,8997012340048,LPPOM-00150012340524,9
RBS-KL-500,Kalio Ayam Beku,500,11.40,8997012340055,LPPOM-00150012340524,6
''')

add("log/db-url-in-traceback", "randang/shop/storage/logs/laravel-2024-06-12.log",
    "https://laravel.com/docs/11.x/logging", r'''
[2024-06-12 02:31:07] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `pesanan` where `status` = bayia limit 50) {"exception":"[object] (Illuminate\\Database\\QueryException(code: 2002))"}
[2024-06-12 02:31:07] production.INFO: retry koneksi ka replika
[2024-06-12 02:31:08] production.DEBUG: fallback DATABASE_URL=mysql://toko:@@s@@@10.104.0.7:3306/toko_randang
[2024-06-12 02:31:08] production.INFO: koneksi replika OK
[2024-06-12 02:45:00] production.INFO: sinkron Accurate selesai: 37 pesanan
''', pw())

add("log/decoy-masked-log", "randang/botwa/logs/botwa-2024-06-14.log",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes", r'''
2024-06-14T08:00:01+07:00 INFO  bot mulai, phone_number_id=109876543210987
2024-06-14T08:00:01+07:00 INFO  token=EAA***redacted*** (panjang 198)
2024-06-14T08:12:44+07:00 INFO  pesan masuak dari 62812xxxx122: "ado randang paru?"
2024-06-14T08:12:45+07:00 INFO  balasan dikirim wamid.HBgNNjI4MTIxMjM0NTY3OBUCABEYEjVGQzA2QkQ4RjE5RDEyMzQ1AA==
2024-06-14T09:03:10+07:00 WARN  error 131047: re-engagement message (lewat 24 jam)
2024-06-14T09:03:10+07:00 INFO  pakai template konfirmasi_pesanan_v3
''')

# ---------------------------------------------------------------- Gayo coffee: subscription shop

add("env/shopify-admin-token", "kupigayo/langganan/.env", "https://shopify.dev/docs/apps/auth/admin-app-access-tokens", r'''
# Kupi Gayo Seulamat - app langganan (custom app Shopify)
SHOPIFY_STORE=kupigayoseulamat.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=@@s@@
# bek neu-commit file nyoe! (lon peugot sementara mantong)
DATABASE_URL=${DATABASE_URL}
TZ=Asia/Jakarta
''', shopify())

add("rb/shopify-script", "kupigayo/langganan/scripts/tag_pelanggan.rb", "https://shopify.dev/docs/api/admin-rest", r'''
# Tag pelanggan langganan bulanan "langganan-aktif" (jalan sabulan sigo)
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "a8f3c1d9e2b74056",
  api_secret_key: "@@s@@",
  host: "https://kupigayoseulamat.myshopify.com",
  scope: "read_customers,write_customers",
  is_embedded: false,
  api_version: "2024-04",
  is_private: true,
)

ShopifyAPI::Customer.all(limit: 250).each do |c|
  next unless c.tags.include?("langganan")
  c.tags = (c.tags.split(", ") | ["langganan-aktif"]).join(", ")
  c.save!
end
''', "shpss_" + hexs(32))

add("php/woo-consumer-secret", "kupigayo/woo/wp-content/mu-plugins/sinkron-stok.php",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
<?php
/**
 * Plugin Name: Sinkron Stok Kupi
 * Description: Sinkron stok biji kupi (Arabika Gayo Wine, Natural, Honey) dari gudang roastery.
 */

define('KGS_WOO_URL', 'https://kupigayoseulamat.id');
define('KGS_WOO_KEY', getenv('KGS_WOO_KEY'));
define('KGS_WOO_SECRET', '@@s@@');

add_action('kgs_sinkron_stok', function () {
    $resp = wp_remote_get(KGS_WOO_URL . '/wp-json/wc/v3/products?per_page=50', [
        'headers' => ['Authorization' => 'Basic ' . base64_encode(KGS_WOO_KEY . ':' . KGS_WOO_SECRET)],
    ]);
    // hana stok -> status "outofstock"
});
''', woo_secret())

add("php/wp-config-db", "kupigayo/woo/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Konfigurasi WordPress - Kupi Gayo Seulamat */

define( 'DB_NAME', 'kupigayo_wp' );
define( 'DB_USER', 'kupigayo_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );

$table_prefix = 'kgs_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "kupigayo/woo/wp-config-sample.php",
    "https://developer.wordpress.org/apis/wp-config-php/#database-name", r'''
<?php
/** Contoh konfigurasi. Salin jadi wp-config.php, isi jo data dari cPanel. */

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

add("py/xendit-recurring", "kupigayo/langganan/app/tagihan.py",
    "https://docs.xendit.co/recurring-payments", r'''
"""Tagihan langganan bulanan (Xendit Recurring). Meunyo gagai bayeue 3 go, langganan dipeupiyoh."""
import xendit
from xendit.apis import PaymentMethodApi

xendit.set_api_key("@@s@@")
pm_api = PaymentMethodApi(xendit.ApiClient())

PAKET = {
    "saboh-bungkoh": 95_000,   # 250 g Arabika Gayo
    "dua-bungkoh": 180_000,
    "roaster-pilihan": 240_000,
}


def buet_tagihan(pelanggan_id: str, paket: str):
    return {"customer_id": pelanggan_id, "amount": PAKET[paket], "currency": "IDR", "interval": "MONTH"}
''', xendit())

add("ts/decoy-xendit-public-key", "kupigayo/langganan/web/src/lib/kartu.ts",
    "https://docs.xendit.co/credit-cards/integrations/tokenization", r'''
// Tokenisasi kartu di browser. Public key memang untuk frontend (hana rahasia).
import Xendit from "xendit-js-node";

const PUBLIC_KEY = "xnd_public_production_Oz3k7LxQm2pRb9TnV4cWd8HfYa1Ju6Ge0Ks5Ni";

export function tokenKartu(nomor: string, bulan: string, tahun: string, cvv: string) {
  Xendit.setPublishableKey(PUBLIC_KEY);
  return new Promise((resolve, reject) =>
    Xendit.card.createToken(
      { amount: 95000, card_number: nomor, card_exp_month: bulan, card_exp_year: tahun, card_cvn: cvv, is_multiple_use: true },
      (err: unknown, tok: unknown) => (err ? reject(err) : resolve(tok)),
    ),
  );
}
''')

add("js/midtrans-subscription", "kupigayo/langganan/server/midtrans.js",
    "https://docs.midtrans.com/reference/create-subscription", r'''
// Langganan via Midtrans (GoPay tokenization). Dipakai sebelum pindah ke Xendit.
const midtransClient = require("midtrans-client");

const core = new midtransClient.CoreApi({
  isProduction: true,
  serverKey: "@@s@@",
  clientKey: process.env.MIDTRANS_CLIENT_KEY,
});

async function buetLangganan(pelanggan, token) {
  return core.createSubscription({
    name: `KUPI-${pelanggan.id}`,
    amount: "95000",
    currency: "IDR",
    payment_type: "gopay",
    token,
    schedule: { interval: 1, interval_unit: "month", max_interval: 12 },
  });
}

module.exports = { buetLangganan };
''', midtrans_server())

add("sql/decoy-seed-bcrypt", "kupigayo/langganan/db/seed_admin.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- akun admin awal (password di-hash bcrypt, ganti wakte login phon)
INSERT INTO admin_users (email, nama, password_hash, peran) VALUES
  ('cut.nyak@kupigayoseulamat.id', 'Cut Nyak Dhien R.', '$2b$12$Qm8vLx3NcR7tYp2WkZa1bO5hJd9sGf4eUi6lTn0oPqXr2yVwAzBcD', 'pemilik'),
  ('teuku.rizki@kupigayoseulamat.id', 'Teuku Rizki', '$2b$12$Hr4nKv8LpD2sQx6ZtYb3cO9mWe1fGa7uJi5kRl0oNpSq4xVyBzCdE', 'roaster'),
  ('admin.toko@kupigayoseulamat.id', 'Admin Toko', '$2b$12$Zt1yXw5VuR9qPn3MlKj7iO2hGf6eDc0bAa8sSd4fFg1hHj5kKl9mN', 'cs');

INSERT INTO paket (kode, nama, harga) VALUES
  ('saboh-bungkoh', 'Saboh bungkoh 250 g', 95000),
  ('dua-bungkoh', 'Dua bungkoh 2 x 250 g', 180000);
''')

add("py/django-secret-key", "kupigayo/langganan/config/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["langganan.kupigayoseulamat.id"]

# TODO: cok dari env, jinoe keun darurat (Teuku)
SECRET_KEY = "@@s@@"

DATABASES["default"]["CONN_MAX_AGE"] = 60
LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Jakarta"
CSRF_TRUSTED_ORIGINS = ["https://langganan.kupigayoseulamat.id"]
''', fakes.django_secret_key(_seed()))

add("py/decoy-django-env-key", "kupigayo/langganan/config/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", r'''
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://")}

INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "langganan", "roasting"]
''')

add("env/postgres-url", "kupigayo/langganan/.env.staging", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", r'''
DJANGO_DEBUG=False
DJANGO_ALLOWED_HOSTS=staging.kupigayoseulamat.id
DATABASE_URL=postgres://langganan:@@s@@@db-staging.kupigayoseulamat.id:5432/langganan
REDIS_URL=redis://127.0.0.1:6379/1
DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY}
''', pw())

add("yaml/supabase-service-role", "kupigayo/app-android/supabase/config.local.yml",
    "https://supabase.com/docs/guides/api/api-keys", r'''
# konfigurasi lokal app pelanggan (build debug)
supabase:
  url: https://qxkzrwtnbplmvyea.supabase.co
  anon_key: ${SUPABASE_ANON_KEY}
  # service_role dipake skrip import pelanggan lama, hana untuk app!
  service_role_key: @@s@@
storage_bucket: foto-kupi
''', jwt_like('{"iss":"supabase","ref":"qxkzrwtnbplmvyea","role":"service_role","iat":1712000000,"exp":2027576000}'))

add("kt/decoy-supabase-anon", "kupigayo/app-android/app/src/main/java/id/kupigayo/data/Supabase.kt",
    "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
package id.kupigayo.data

import io.github.jan.supabase.createSupabaseClient
import io.github.jan.supabase.postgrest.Postgrest

// anon key dipasang di app (dibatasi RLS), bukan rahasia
object Supabase {
    val client = createSupabaseClient(
        supabaseUrl = "https://qxkzrwtnbplmvyea.supabase.co",
        supabaseKey = BuildConfig.SUPABASE_ANON_KEY,
    ) {
        install(Postgrest)
    }
}
''')

add("properties/android-keystore", "kupigayo/app-android/gradle.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official

# tanda tangan rilis Play Store (keystore di drive kantor)
KGS_STORE_FILE=../kunci/kupigayo-rilis.jks
KGS_KEY_ALIAS=kupigayo
KGS_STORE_PASSWORD=@@s@@
KGS_KEY_PASSWORD=@@s@@
''', words_pw())

add("properties/decoy-keystore-env", "kupigayo/app-android/keystore.properties.example",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Salin jadi keystore.properties (hana di-commit). Nilai dari Bitwarden "Play Store Kupi Gayo".
storeFile=../kunci/kupigayo-rilis.jks
keyAlias=kupigayo
storePassword=<isi dari Bitwarden>
keyPassword=<isi dari Bitwarden>
''')

# ---------------------------------------------------------------- Gayo coffee: mailing, bots, marketing

add("py/mailchimp-key", "kupigayo/pemasaran/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""Kirim newsletter 'Haba Kupi' tiap buleuen: lot baru, jadwal roasting, resep sanger."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@s@@",
    "server": "us14",
})

LIST_ID = "5f2c8a91de"


def tamah_pelanggan(email: str, nama: str):
    return client.lists.add_list_member(LIST_ID, {
        "email_address": email,
        "status": "subscribed",
        "merge_fields": {"FNAME": nama},
        "tags": ["langganan"],
    })
''', mailchimp())

add("json/brevo-n8n-credential", "kupigayo/pemasaran/n8n/credentials/brevo.json",
    "https://developers.brevo.com/docs/getting-started", r'''
{
  "name": "Brevo Kupi Gayo",
  "type": "sendInBlueApi",
  "data": {
    "apiKey": "@@s@@"
  },
  "nodesAccess": [{ "nodeType": "n8n-nodes-base.sendInBlue" }],
  "createdAt": "2024-04-02T03:11:54.000Z",
  "updatedAt": "2024-04-02T03:11:54.000Z"
}
''', brevo())

add("yaml/sendgrid-key", "kupigayo/langganan/deploy/values.yaml",
    "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
# Helm values - langganan (Banda Aceh, cluster DO sgp1)
replicaCount: 2
image:
  repository: registry.digitalocean.com/kupigayo/langganan
  tag: "1.9.3"
env:
  DJANGO_ALLOWED_HOSTS: langganan.kupigayoseulamat.id
  EMAIL_BACKEND: anymail.backends.sendgrid.EmailBackend
  SENDGRID_API_KEY: "@@s@@"
  DEFAULT_FROM_EMAIL: "Kupi Gayo Seulamat <haba@kupigayoseulamat.id>"
resources:
  limits:
    memory: 512Mi
''', sendgrid())

add("yaml/decoy-helm-external-secret", "kupigayo/langganan/deploy/externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: langganan-rahasia
  namespace: langganan
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: doppler-kupigayo
  target:
    name: langganan-rahasia
  data:
    - secretKey: SENDGRID_API_KEY
      remoteRef:
        key: SENDGRID_API_KEY
    - secretKey: DJANGO_SECRET_KEY
      remoteRef:
        key: DJANGO_SECRET_KEY
    - secretKey: XENDIT_SECRET_KEY
      remoteRef:
        key: XENDIT_SECRET_KEY
''')

add("py/telegram-bot-roast", "kupigayo/roastery/bot/bot_roasting.py",
    "https://docs.python-telegram-bot.org/en/stable/", r'''
"""Bot Telegram 'Kupi Seulamat': peugah jadwal roasting & status kiriman ke pelanggan."""
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"


async def jadwal(update, context):
    await update.message.reply_text(
        "Jadwal roasting minggu nyoe: Senin Arabika Gayo Natural, Rabu Honey, Jumat Wine.\n"
        "Kiriman geuantar Sabtu."
    )


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("jadwal", jadwal))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("service/telegram-env-systemd", "kupigayo/roastery/bot/kupi-bot.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Bot Telegram Kupi Seulamat
After=network-online.target

[Service]
User=kupi
WorkingDirectory=/opt/kupi-bot
Environment=TELEGRAM_TOKEN=@@s@@
Environment=CHAT_ADMIN=-1001928374650
ExecStart=/opt/kupi-bot/venv/bin/python bot_roasting.py
Restart=always

[Install]
WantedBy=multi-user.target
''', fakes.telegram_token(_seed()))

add("service/decoy-systemd-credential", "kupigayo/roastery/logger/roast-logger.service",
    "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Pencatat profil roasting (Artisan -> Postgres)
After=network-online.target postgresql.service

[Service]
User=roaster
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/roast-db-password
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/opt/roast-logger/bin/roast-logger --db postgres://roaster@localhost/roasting
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("ipynb/openai-tasting-notes", "kupigayo/pemasaran/notebooks/catatan_rasa.ipynb",
    "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Peugot deskripsi rasa lot baru (Bahasa Indonesia + Inggris)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "lot = {'asal': 'Bener Meriah', 'proses': 'natural', 'ketinggian': '1600 mdpl'}\n",
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Tulis catatan rasa untuk {lot}'}])\n",
    "print(resp.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("py/anthropic-cs-bot", "kupigayo/pemasaran/cs_balasan.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Draf balasan CS (Instagram/WA) untuk pertanyaan langganan. Tetap dicek admin sebelum dikirim."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

SISTEM = (
    "Kamu admin toko kopi Gayo dari Banda Aceh. Jawab ramah, singkat, pakai Bahasa Indonesia. "
    "Jangan janjikan diskon tanpa persetujuan pemilik."
)


def draf(pertanyaan: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=400, system=SISTEM,
        messages=[{"role": "user", "content": pertanyaan}],
    )
    return msg.content[0].text
''', anthropic())

add("py/decoy-openai-env", "kupigayo/pemasaran/deskripsi_produk.py",
    "https://platform.openai.com/docs/quickstart", r'''
"""Deskripsi produk marketplace. Kunci dari OPENAI_API_KEY (diset di mesin admin, hana di repo)."""
import os

from openai import OpenAI

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
# contoh format kunci di docs: sk-proj-... (hana meunan pakek kunci contoh)


def deskripsi(nama: str, proses: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Deskripsi singkat kopi {nama} proses {proses}"}],
    )
    return r.choices[0].message.content
''')

add("json/instagram-graph-token", "kupigayo/pemasaran/ig/config.json",
    "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api", r'''
{
  "ig_user_id": "17841405822304914",
  "page_id": "104857263910482",
  "long_lived_token": "@@s@@",
  "token_expires": "2024-08-10",
  "hashtags": ["#kopigayo", "#kupiaceh", "#arabikagayo", "#bandaaceh"],
  "catatan": "token 60 hari, perpanjang sebelum 10 Agustus"
}
''', wa_token())

add("csv/decoy-utm-campaigns", "kupigayo/pemasaran/data/kampanye_utm.csv",
    "https://support.google.com/analytics/answer/10917952", r'''
kampanye,sumber,medium,utm_id,fbclid_contoh,gclid_contoh
ramadan-2024,instagram,reel,rmd24-ig-01,IwAR2x9Kq7LmVtRbYp3ZcN8dFs1GhJ4uWe6OaT0iPk5QyXr,
ramadan-2024,google,cpc,rmd24-gg-01,,Cj0KCQjw4cOuBhDrARIsAFWvXk7nR2pLqT8mYbZ3VcN1dHs5G9uJaEwF0oKiOx
haba-kupi-mei,email,newsletter,hk-0524,,
lot-bener-meriah,tiktok,video,lbm-tt-01,,
''')

add("sh/discord-webhook-curl", "kupigayo/roastery/scripts/peugah_roasting_siap.sh",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
#!/usr/bin/env bash
# Peugah ke server Discord komunitas kupi: batch roasting ka siap
BATCH=${1:?nomor batch}
PROFIL=${2:-"Gayo Natural medium"}
curl -s -H "Content-Type: application/json" \
  -d "{\"content\": \"Batch ${BATCH} (${PROFIL}) ka siap, geuantar singoh. Teurimong geunaseh!\"}" \
  "@@s@@"
''', discord_webhook())

add("yaml/slack-webhook-alertmanager", "kupigayo/ops/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: tim-ops
  group_wait: 30s
  repeat_interval: 3h
receivers:
  - name: tim-ops
    slack_configs:
      - api_url: "@@s@@"
        channel: "#ops-kupi"
        title: "{{ .CommonAnnotations.summary }}"
        text: "Mesin roasting/langganan: {{ .CommonAnnotations.description }}"
''', slack_webhook())

add("yaml/decoy-alertmanager-file", "kupigayo/ops/alertmanager.prod.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: tim-ops
  group_wait: 30s
  repeat_interval: 3h
receivers:
  - name: tim-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/rahasia/slack_webhook_url
        channel: "#ops-kupi"
        send_resolved: true
    telegram_configs:
      - bot_token_file: /etc/alertmanager/rahasia/telegram_token
        chat_id: -1001928374650
''')

# ---------------------------------------------------------------- Gayo coffee: roastery floor

add("yaml/home-assistant-secrets", "kupigayo/roastery/homeassistant/secrets.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant roastery (mesin roasting 15 kg, gudang green bean, AC ruang cupping)
wifi_roastery: "@@s@@"
latitude_toko: 5.5483
longitude_toko: 95.3238
mqtt_user: ha-roastery
elevation: 12
''', words_pw())

add("yaml/decoy-ha-configuration", "kupigayo/roastery/homeassistant/configuration.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/#using-secretsyaml", r'''
homeassistant:
  name: Roastery Kupi Gayo
  latitude: !secret latitude_toko
  longitude: !secret longitude_toko
  time_zone: Asia/Jakarta

mqtt:
  sensor:
    - name: "Suhu drum roaster"
      state_topic: "roaster/drum/suhu"
      unit_of_measurement: "°C"
    - name: "Kelembapan gudang green bean"
      state_topic: "gudang/rh"
      unit_of_measurement: "%"

http:
  use_x_forwarded_for: true
  trusted_proxies: [172.30.33.0/24]
''')

add("json/node-red-mqtt-creds", "kupigayo/roastery/node-red/flows_cred.json",
    "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
{
    "a4c2e81f.9b3d7": {
        "user": "roaster-nodered",
        "password": "@@s@@"
    },
    "5d71b0e9.c24f18": {
        "token": ""
    }
}
''', fakes.redis_password(_seed()))

add("js/decoy-node-red-settings", "kupigayo/roastery/node-red/settings.js",
    "https://nodered.org/docs/user-guide/runtime/securing-node-red#usernamepassword-based-authentication", r'''
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    // kunci enkripsi kredensial dari env, hana di file nyoe
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "teuku",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } }
};
''')

add("py/cropster-api", "kupigayo/roastery/sinkron/cropster_ke_toko.py",
    "https://developers.cropster.com/", r'''
"""Tarik profil roasting dari Cropster, update 'tanggal roasting' di halaman produk."""
import requests

CROPSTER = "https://c-sar.cropster.com/api/v2"
AUTH = ("teuku.rizki@kupigayoseulamat.id", "@@s@@")  # API key Cropster, bukan password login


def lot_terbaru(grup: str = "KGS"):
    r = requests.get(f"{CROPSTER}/processing", params={"filter[processing][group]": grup,
                                                       "sort": "-startDate", "page[size]": 10},
                     auth=AUTH, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
''', mixed(32))

add("ini/decoy-artisan-settings", "kupigayo/roastery/artisan/Artisan-profil-natural.ini",
    "https://artisan-scope.org/docs/configuration/", r'''
[General]
roastertype=Giesen W15A
roastersize=15
roasterheating=3
weight=12.0, 10.2, Kg
beans=Arabika Gayo Natural - Bener Meriah lot 24-05
plus_account=kupigayo.roastery
plus_remember_credentials=true
plus_email_hash=9c1b7d3e4a5f60718293a4b5c6d7e8f9

[Events]
etypes=Udara, Drum, Damper, Api
''')

add("yaml/modbus-gateway-pass", "kupigayo/roastery/gateway/config.yaml",
    "https://www.home-assistant.io/integrations/modbus/", r'''
# Gateway Modbus TCP <-> MQTT untuk roaster Giesen W15A
modbus:
  host: 192.168.20.11
  port: 502
  unit_id: 1
mqtt:
  host: mqtt.kupigayoseulamat.id
  port: 8883
  tls: true
  username: gw-roaster-w15
  password: "@@s@@"
  base_topic: roaster/drum
poll_ms: 1000
''', fakes.redis_password(_seed()))

add("md/decoy-roasting-sop", "kupigayo/roastery/SOP-roasting.md",
    "https://sca.coffee/research/protocols-best-practices", r'''
# SOP Roasting (versi Juni 2024)

1. Panaskan drum sampai 210 °C (± 30 menit). Cek sensor BT/ET di Artisan.
2. Charge green bean 12 kg. Catat nomor lot (contoh: `GYO-NAT-2405-07`).
3. Turning point biasanya 1:30, dry end 4:45, first crack 8:30.
4. Development 18–20 %. Drop di 203–206 °C untuk profil medium.
5. Cooling 4 menit, lalu timbang (susut normal 14–16 %).

Login Artisan.plus pakai akun bersama, passwordnya di Bitwarden ("Artisan Plus Roastery").
Hana meutulis password di kertas atau di sini.
''')

add("sh/bash-history-psql", "kupigayo/ops/dump/teuku_bash_history",
    "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
cd /opt/langganan
git pull
sudo systemctl restart langganan
journalctl -u langganan -n 50
PGPASSWORD='@@s@@' psql -h db.kupigayoseulamat.id -U langganan -d langganan -c "select count(*) from langganan_pelanggan where aktif"
htop
df -h
exit
''', pw())

add("sh/decoy-history-clean", "kupigayo/ops/dump/cut_bash_history",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
ls -la
cd /opt/langganan
source venv/bin/activate
python manage.py shell -c "from langganan.models import Pelanggan; print(Pelanggan.objects.filter(aktif=True).count())"
psql service=langganan -c "\dt"
vim ~/.pgpass
chmod 600 ~/.pgpass
deactivate
exit
''')

add("pgpass/pgpass", "kupigayo/ops/dump/pgpass.bak", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
db.kupigayoseulamat.id:5432:langganan:langganan:@@s@@
db.kupigayoseulamat.id:5432:roasting:roaster:${ROASTER_PW}
localhost:5432:*:postgres:*
127.0.0.1:5432:langganan_test:test:test
''', pw())

add("netrc/netrc-do-spaces", "kupigayo/ops/dump/netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", r'''
machine api.github.com
  login kupigayo-ci
  password @@s@@

machine registry.digitalocean.com
  login teuku@kupigayoseulamat.id
  password ${DO_REGISTRY_TOKEN}
''', fakes.github_token(_seed()))

add("json/docker-config-auth", "kupigayo/ops/dump/docker-config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@s@@"
    },
    "registry.digitalocean.com": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
''', b64("kupigayo:" + docker_pat()))

add("json/decoy-docker-credstore", "kupigayo/ops/docker-config.example.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {},
    "registry.digitalocean.com": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "asia-southeast2-docker.pkg.dev": "gcloud"
  },
  "currentContext": "default"
}
''')

# ---------------------------------------------------------------- both teams: developer machines and tooling

add("npmrc/npm-token", "kupigayo/langganan/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
@kupigayo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit-level=high
''', npm_tok())

add("npmrc/decoy-npm-env", "randang/shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# token dari environment CI (NPM_TOKEN), indak ado di siko
@randangbundo:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
''')

add("pypirc/pypi-token", "kupigayo/roastery/roastlib/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("ini/pip-conf-private-index", "randang/coldchain/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://gudang:@@s@@@pypi.randangbundosaiyo.co.id/simple/
trusted-host = pypi.randangbundosaiyo.co.id
''', mixed(24))

add("gitcreds/git-credentials", "randang/catatan/laptop-lamo/git-credentials",
    "https://git-scm.com/docs/git-credential-store", r'''
https://rizalchaniago:@@s@@@github.com
https://deploy-randang:${GITLAB_TOKEN}@gitlab.com
https://oauth2:<ganti>@gitlab.com
https://fadli@bitbucket.org
https://rizal%40randangbundosaiyo.co.id@dev.azure.com
''', fakes.github_fine_grained_token(_seed()))

add("json/vscode-sqltools", "kupigayo/langganan/.vscode/settings.json",
    "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": "${workspaceFolder}/venv/bin/python",
  "sqltools.connections": [
    {
      "name": "langganan (prod, read-only)",
      "driver": "PostgreSQL",
      "server": "db.kupigayoseulamat.id",
      "port": 5432,
      "database": "langganan",
      "username": "baca_saja",
      "password": "@@s@@"
    }
  ],
  "files.exclude": { "**/__pycache__": true }
}
''', pw())

add("json/decoy-vscode-ask-password", "randang/shop/.vscode/settings.json",
    "https://vscode-sqltools.mteixeira.dev/en/connections/postgresql", r'''
{
  "editor.tabSize": 4,
  "php.validate.executablePath": "/usr/bin/php",
  "sqltools.connections": [
    {
      "name": "toko_randang (lokal)",
      "driver": "MySQL",
      "server": "127.0.0.1",
      "port": 3306,
      "database": "toko_randang",
      "username": "root",
      "askForPassword": true
    }
  ],
  "intelephense.environment.phpVersion": "8.2.0"
}
''')

add("json/postman-env", "randang/shop/postman/Toko-Randang.production.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "b6f1c2a0-6a7e-4f3d-9f0a-2b1c3d4e5f60",
  "name": "Toko Randang - production",
  "values": [
    { "key": "base_url", "value": "https://randangbundosaiyo.co.id/api", "type": "default", "enabled": true },
    { "key": "admin_email", "value": "admin@randangbundosaiyo.co.id", "type": "default", "enabled": true },
    { "key": "admin_token", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "order_id_contoh", "value": "RBS-240612-0087", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.1.0"
}
''', "rbs_adm_" + mixed(40))

add("json/decoy-postman-empty-secret", "kupigayo/langganan/postman/Langganan.staging.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "0d9e8c7b-1a2b-4c3d-8e9f-a0b1c2d3e4f5",
  "name": "Langganan - staging",
  "values": [
    { "key": "base_url", "value": "https://staging.kupigayoseulamat.id/api", "type": "default", "enabled": true },
    { "key": "api_token", "value": "", "type": "secret", "enabled": true },
    { "key": "pelanggan_id", "value": "7c1f3a90-2e4b-4d8a-b6c5-91e0f2a3d4b7", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.1.0"
}
''')

add("xml/filezilla-sitemanager", "randang/catatan/laptop-lamo/sitemanager.xml",
    "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.randangbundosaiyo.co.id</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>randang@randangbundosaiyo.co.id</User>
      <Pass encoding="base64">@@s@@</Pass>
      <Logontype>1</Logontype>
      <Name>Hosting toko lamo (cPanel)</Name>
    </Server>
  </Servers>
</FileZilla3>
''', b64(words_pw()))

add("htpasswd/decoy-htpasswd", "kupigayo/ops/nginx/.htpasswd",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
teuku:$apr1$Xk3vN9pQ$7hL2mRcT8wYbZ1aF5eJ0s.
cut:$apr1$Rt7zB2wE$uQ9kP3nVx6sH1mD4gL8cY/
gudang:$2y$05$H4pLmN7qRs2Tv9Wx1Yz3AuO8kBc5dEf6gHi0jKl2mNo4pQr6sTu8v
grafana:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=
ci:$apr1$a1B2c3D4$Zx9Yw8Vv7Uu6Tt5Ss4Rr3/
''')

add("asc/pgp-private-key", "randang/ekspor/kunci/ekspor-bea-cukai.asc",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: Kunci tanda tangan dokumen ekspor CV Randang Bundo Saiyo

@@s@@
-----END PGP PRIVATE KEY BLOCK-----
''', "lQOYBGZ" + rnd(57, ALNUM + "+/") + "\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(14)) + "\n=" + rnd(4, ALNUM + "+/"))

add("asc/decoy-pgp-public-key", "randang/ekspor/kunci/ekspor-bea-cukai.pub.asc",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Kunci publik CV Randang Bundo Saiyo (untuak verifikasi dokumen)

@@body@@
-----END PGP PUBLIC KEY BLOCK-----
''', body="mQINBGZ" + rnd(57, ALNUM + "+/") + "\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(10)) + "\n=" + rnd(4, ALNUM + "+/"))

add("txt/age-key", "kupigayo/ops/sops/age-kunci.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2024-03-11T10:22:41+07:00
# public key: age1q8v3nxp7k2ld0c9tzsw5m6hrj4fe8ygua0x3k7p2wq9n5lt6cvr4shd8zy
# kunci untuk buka file sops tim ops - simpan di Bitwarden, hana di repo!
# pakai: export SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt
#        sops -d rahasia.prod.enc.yaml
@@s@@
''', age_key())

add("yaml/decoy-sops-encrypted", "kupigayo/ops/sops/rahasia.prod.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", r'''
xendit_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
sendgrid_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1q8v3nxp7k2ld0c9tzsw5m6hrj4fe8ygua0x3k7p2wq9n5lt6cvr4shd8zy
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB2WnR1c0JvQ2hPZ0pPaE1n
            c2xyQ1pWR2NXc2tUZ1F6a0hVbUF0aDNGSkNzCkZ6b2pHc0N1S0Jnc2Y0c1BuN0Va
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-10T04:18:22Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', d1=rnd(100, ALNUM + "+/") + "=", iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(92, ALNUM + "+/") + "==", iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    mac=rnd(86, ALNUM + "+/") + "==", iv3=rnd(43, ALNUM + "+/") + "=", t3=rnd(22, ALNUM + "+/") + "==")

add("yaml/decoy-ansible-vault", "randang/ops/ansible/group_vars/gudang/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@body@@
''', body="\n".join(hexs(80) for _ in range(8)))

add("yaml/ansible-vars-plain", "randang/ops/ansible/group_vars/gudang/vars.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
# variabel server gudang beku (Lubuk Begalung + Bungus)
timezone: Asia/Jakarta
mosquitto_port: 8883
influx_url: https://influx.randangbundosaiyo.co.id
influx_org: randang-bundo
# sementaro, beko dipindah ka vault.yml (Fadli)
influx_admin_password: "@@s@@"
backup_hari: 14
pengguna_ssh:
  - rizal
  - fadli
''', words_pw())

# ---------------------------------------------------------------- both teams: cloud and SaaS

add("sh/cloudflare-purge", "kupigayo/ops/purge_cache.sh", "https://developers.cloudflare.com/api/operations/zone-purge", r'''
#!/usr/bin/env bash
# Purge cache halaman produk sesudah lot baru ditamah. Pakai token "purge-only".
ZONE_ID=3f6a9c1e7b2d4f80a5c6e1d9b7f3a2c4
CF_API_TOKEN="@@s@@"
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"prefixes":["kupigayoseulamat.id/produk/"]}' | jq .success
''', cf_token())

add("ini/cloudflare-certbot", "randang/ops/letsencrypt/cloudflare.ini",
    "https://certbot-dns-cloudflare.readthedocs.io/en/stable/", r'''
# Certbot DNS challenge untuak *.randangbundosaiyo.co.id
# dipakai: certbot certonly --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini \
#   -d randangbundosaiyo.co.id -d '*.randangbundosaiyo.co.id'
# token hanyo izin Zone:DNS:Edit untuak zona iko
# chmod 600 file iko!
dns_cloudflare_api_token = @@s@@
''', cf_token())

add("toml/decoy-wrangler", "kupigayo/langganan/worker/wrangler.toml",
    "https://developers.cloudflare.com/workers/configuration/secrets/", r'''
name = "kupi-ongkir-cache"
main = "src/index.ts"
compatibility_date = "2024-05-01"
account_id = "9d2f6b1a7c3e4d8f0a5b6c7d8e9f0a1b"

[vars]
ASAL_KOTA = "Banda Aceh"
ASAL_KODE_POS = "23116"

# RAJAONGKIR_KEY diset pakai `wrangler secret put RAJAONGKIR_KEY`, hana di sini
[[kv_namespaces]]
binding = "ONGKIR"
id = "4b7e2c9a1f3d40e5b6a8c0d2e4f6a8b0"
''')

add("json/vercel-token", "kupigayo/landing/.vercel/deploy-ci.json",
    "https://vercel.com/docs/rest-api#creating-an-access-token", r'''
{
  "orgId": "team_Hx8kQ2mWv5pLr3TnYb7cZa1d",
  "projectId": "prj_Kp4sV9nQx2Lm7TbWr3Yc8Zh1",
  "token": "@@s@@",
  "catatan": "dipakai skrip deploy landing page Ramadan"
}
''', mixed(24))

add("env/decoy-vercel-project", "kupigayo/landing/.env.example",
    "https://vercel.com/docs/projects/environment-variables", r'''
# Salin jadi .env.local untuk development
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_SHOPIFY_DOMAIN=kupigayoseulamat.myshopify.com
NEXT_PUBLIC_STOREFRONT_TOKEN=
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
REVALIDATE_SECRET=ganti-dengan-string-acak
''')

add("js/sentry-auth-token", "kupigayo/landing/sentry.build.js",
    "https://docs.sentry.io/account/auth-tokens/", r'''
// upload source map ka Sentry waktu build (next build)
const { withSentryConfig } = require("@sentry/nextjs");
const nextConfig = require("./next.config.base");

module.exports = withSentryConfig(nextConfig, {
  org: "kupi-gayo-seulamat",
  project: "landing",
  authToken: "@@s@@",
  silent: true,
  widenClientFileUpload: true,
});
''', "sntryu_" + hexs(64))

add("js/decoy-sentry-dsn", "kupigayo/landing/sentry.client.config.js",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
// DSN memang publik (dikirim ke browser), bukan rahasia.
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://4f7c2a9b1e3d45c8a0b6d2e9f1c3a5b7@o4507123456789012.ingest.sentry.io/4507123456789999",
  tracesSampleRate: 0.2,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV || "development",
  replaysSessionSampleRate: 0,
});
''')

add("py/algolia-admin", "kupigayo/langganan/tools/indeks_produk.py",
    "https://www.algolia.com/doc/guides/security/api-keys/", r'''
"""Kirim katalog kupi ka Algolia (pencarian di landing page)."""
from algoliasearch.search_client import SearchClient

APP_ID = "KGS7H2Q9XL"
ADMIN_KEY = "@@s@@"  # admin key (tulis), search key ado di frontend

client = SearchClient.create(APP_ID, ADMIN_KEY)
index = client.init_index("produk_kupi")


def kirim(produk):
    index.save_objects(produk, {"autoGenerateObjectIDIfNotExist": True})
''', hexs(32))

add("js/decoy-algolia-search-key", "kupigayo/landing/lib/cari.js",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// search-only key, memang untuk browser (hana bisa tulis indeks)
import algoliasearch from "algoliasearch/lite";

export const searchClient = algoliasearch(
  "KGS7H2Q9XL",
  process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY
);

export const INDEKS = "produk_kupi";
export const FACET = ["proses", "ketinggian", "daerah"];
''')

add("dart/mapbox-secret", "kupigayo/app-kurir/lib/peta/mapbox_config.dart",
    "https://docs.mapbox.com/accounts/guides/tokens/", r'''
// Peta rute kurir lokal Banda Aceh (antar langganan tiap Sabtu)
class MapboxConfig {
  static const styleUrl = 'mapbox://styles/kupigayo/clx1a2b3c0001kgs';
  // token secret (sk.) untuk unduh SDK & tiles offline
  static const downloadToken =
      '@@s@@';
  static const pusatKota = [95.3238, 5.5483];
  static const zoomAwal = 12.5;
}
''', "sk." + base64.urlsafe_b64encode(b'{"u":"kupigayo","a":"clx9z8y7w0001kgsmap"}').decode().rstrip("=") + "." + rnd(22, ALNUM + "-_"))

add("xml/google-maps-key-manifest", "kupigayo/app-kurir/android/app/src/main/AndroidManifest.xml",
    "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:label="Kurir Kupi"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="@@s@@" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''', google_api())

add("py/twilio-auth-token", "kupigayo/langganan/langganan/otp.py", "https://www.twilio.com/docs/iam/api-keys", r'''
"""OTP login pelanggan via SMS (Twilio Verify)."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"
VERIFY_SID = "VA@@vsid@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def kirim_otp(hp: str):
    return client.verify.v2.services(VERIFY_SID).verifications.create(to=hp, channel="sms")


def cek_otp(hp: str, kode: str) -> bool:
    return client.verify.v2.services(VERIFY_SID).verification_checks.create(to=hp, code=kode).status == "approved"
''', twilio_token(), sid=hexs(32), vsid=hexs(32))

add("java/firebase-admin-key", "kupigayo/app-kurir/server/src/main/resources/firebase-admin.json",
    "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "kurir-kupi-gayo",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "firebase-adminsdk-x7k2p@kurir-kupi-gayo.iam.gserviceaccount.com",
  "client_id": "117293846501928374650",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', pem("").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("json/decoy-google-services", "kupigayo/app-kurir/android/app/google-services.json",
    "https://firebase.google.com/docs/android/setup#add-config-file", r'''
{
  "project_info": {
    "project_number": "482916305527",
    "project_id": "kurir-kupi-gayo",
    "storage_bucket": "kurir-kupi-gayo.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:482916305527:android:3c7e9a1b5d2f40e8",
        "android_client_info": { "package_name": "id.kupigayo.kurir" }
      },
      "oauth_client": [],
      "api_key": [{ "current_key": "${GOOGLE_API_KEY_ANDROID}" }],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''')

add("py/aws-s3-keys", "randang/shop/tools/unggah_foto_produk.py",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
"""Unggah foto produk randang ka S3 (bucket Jakarta ap-southeast-3)."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def unggah(path: str, sku: str):
    s3.upload_file(path, "randang-bundo-foto", f"produk/{sku}.jpg",
                   ExtraArgs={"ContentType": "image/jpeg", "CacheControl": "max-age=86400"})
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "randang/catatan/laptop-lamo/aws-credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ap-southeast-3

[ekspor-readonly]
role_arn = arn:aws:iam::482913705516:role/ekspor-baca
source_profile = default
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-sso-config", "randang/catatan/aws-config",
    "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile randang-admin]
sso_session = randang
sso_account_id = 482913705516
sso_role_name = AdministratorAccess
region = ap-southeast-3

[sso-session randang]
sso_start_url = https://randangbundo.awsapps.com/start
sso_region = ap-southeast-1
sso_registration_scopes = sso:account:access
''')

add("json/decoy-iam-policy", "randang/infra/iam/unggah-foto-policy.json",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "UnggahFotoProduk",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::randang-bundo-foto/produk/*"
    },
    {
      "Sid": "DaftarBucket",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::randang-bundo-foto"
    }
  ]
}
''')

# ---------------------------------------------------------------- notes, chats, mail, docs

add("txt/wa-chat-export-db", "kupigayo/catatan/WhatsApp Chat with Tim Langganan.txt",
    "https://faq.whatsapp.com/1180414079177245", r'''
14/05/24, 21.03 - Teuku Rizki: bang, server staging hana jalan
14/05/24, 21.05 - Bang Mukhlis: password db staging ka lon gantoe beusoe
14/05/24, 21.05 - Bang Mukhlis: user langganan, password @@s@@
14/05/24, 21.06 - Teuku Rizki: siap bang, lon coba
14/05/24, 21.11 - Teuku Rizki: ka jalan, teurimong geunaseh
14/05/24, 21.12 - Cut Nyak: <Media omitted>
''', pw())

add("txt/decoy-wa-chat-no-secret", "kupigayo/catatan/WhatsApp Chat with Roastery.txt",
    "https://faq.whatsapp.com/1180414079177245", r'''
02/06/24, 07.40 - Cut Nyak: pagi, green bean lot Bener Meriah ka trok?
02/06/24, 07.52 - Teuku Rizki: ka trok 6 karung, RH 11,2 %
02/06/24, 07.53 - Cut Nyak: password Cropster lon peukirim lewat Bitwarden send beh
02/06/24, 07.58 - Teuku Rizki: ok ka lon teurimong, link ka mate (1x buka)
02/06/24, 08.30 - Cut Nyak: roasting trial 1 kg dilee, profil "Gayo Natural v4"
02/06/24, 11.02 - Teuku Rizki: <Media omitted>
''')

add("md/readme-mqtt-creds", "kupigayo/roastery/gateway/README.md", "https://mosquitto.org/man/mosquitto_pub-1.html", r'''
# Gateway roaster (Giesen W15A)

Baca suhu drum (BT/ET) lewat Modbus TCP, kirim ke MQTT `roaster/drum/*`.

## Tes cepat

```bash
mosquitto_sub -h mqtt.kupigayoseulamat.id -p 8883 --capath /etc/ssl/certs \
  -u gw-roaster-w15 -P '@@s@@' -t 'roaster/drum/#' -v
```

Meunyo hana data, cek kabel LAN ke PLC dan lampu hijau di gateway.
''', fakes.redis_password(_seed()))

add("md/decoy-readme-env", "randang/coldchain/README.md", "https://mosquitto.org/man/mosquitto_sub-1.html", r'''
# Rantai dingin Randang Bundo

Pantau suhu ruang beku (target -18 °C) jo kontainer reefer.

## Mulai

```bash
cp .env.example .env      # isi MQTT_PASSWORD jo INFLUX_TOKEN dari Bitwarden
docker compose up -d
mosquitto_sub -h localhost -u "$MQTT_USER" -P "$MQTT_PASSWORD" -t 'suhu/#' -v
```

Alarm dikirim ka grup Telegram "Gudang Beku" kalau suhu > -15 °C salamo 10 menit.
''')

add("txt/notes-bank-api", "randang/akuntansi/catatan-bank.txt", "https://developer.bca.co.id/", r'''
CATATAN AKUN API BANK (jan dicetak!)
=====================================
BCA API (cek mutasi rekening toko)
  corporate id : RANDANGBSY
  client id    : 8c4b2e1a-7f3d-4a90-b6e5-1d2c3b4a5f60
  client secret: @@s@@
  api key / secret: minta ka Uni Sari (di brankas)

BSI: masih pakai internet banking biaso, alun ado API.
''', uuid_s())

add("eml/decoy-mail-revoked", "randang/catatan/email/kunci-midtrans-diganti.eml",
    "https://docs.midtrans.com/docs/access-keys", r'''
From: Fadli Rahman <fadli@randangbundosaiyo.co.id>
To: it@randangbundosaiyo.co.id
Subject: Server key Midtrans alah diganti
Date: Tue, 21 May 2024 10:42:10 +0700

Kawan-kawan,

Server key Midtrans nan lamo alah ambo regenerate tadi pagi (dampak insiden screenshot).
Nan baru alah masuak ka Secret Manager: projects/randang-bundo/secrets/midtrans-server-key (versi 4).
Toko jo bot WA alah ambo restart, transaksi tes Rp 1.000 berhasil (order RBS-TES-0521).

Jan copy kunci ka chat atau email. Kalau paralu, ambiak dari Secret Manager langsuang.

Fadli
''')

add("md/wiki-xendit-onboarding", "randang/wiki/Onboarding-developer.md", "https://docs.xendit.co/api-integration/api-keys", r'''
# Onboarding developer baru

Salamaik datang di tim IT Randang Bundo Saiyo!

1. Minta akses GitLab ka Uda Rizal.
2. Clone `randangbundo/toko`, jalankan `composer install && npm ci`.
3. Untuak tes pambayaran pakai akun **test** Xendit. Kunci tes bersama:

   `@@s@@`

   (kunci iko **development**, tapi jan dibagi ka lua tim)
4. Kunci production hanyo ado di Secret Manager, indak paralu untuak development.
''', "xnd_development_" + mixed(60))

add("md/decoy-wiki-placeholders", "kupigayo/wiki/Integrasi-Pembayaran.md", "https://docs.xendit.co/api-integration/api-keys", r'''
# Integrasi pembayaran langganan

| Variabel | Isi | Tempat |
|---|---|---|
| `XENDIT_SECRET_KEY` | `xnd_production_…` | Doppler `langganan/prd` |
| `XENDIT_CALLBACK_TOKEN` | token verifikasi callback | Doppler `langganan/prd` |
| `MIDTRANS_SERVER_KEY` | (hana dipakai lagi sejak April) | — |

Contoh request (ganti `$XENDIT_SECRET_KEY`):

```bash
curl https://api.xendit.co/v2/invoices -u "$XENDIT_SECRET_KEY:" \
  -d external_id=LGN-2406-0012 -d amount=95000
```
''')

add("txt/decoy-sticky-note-hint", "kupigayo/catatan/catatan_meja_kasir.txt",
    "https://bitwarden.com/help/send/", r'''
CATATAN KASIR (toko Lampineung)
- WiFi tamu: "KupiGayo-Tamu", password tertempel di meja (ganti tiap awal bulan)
- Login POS Moka: pakai akun masing-masing, HANA boh bagi password
- Kalau lupa password, minta reset ke Cut Nyak (hana via WA grup)
- QRIS statis: NMID ID1023245687901 (hana rahasia, tercetak di standee)
- Tutup buku jam 22.00, setoran ke BSI besok pagi
''')

add("eml/sasl-plain-smtp-trace", "kupigayo/ops/debug/smtp-trace-2024-06-03.txt",
    "https://datatracker.ietf.org/doc/html/rfc4616", r'''
# trace swaks kirim email "Haba Kupi" waktu debug (Teuku, 3 Juni)
=== Trying smtp-relay.brevo.com:587...
=== Connected to smtp-relay.brevo.com.
<-  220 smtp-relay.brevo.com ESMTP
 -> EHLO langganan.kupigayoseulamat.id
<-  250-AUTH LOGIN PLAIN CRAM-MD5
 -> STARTTLS
<-  220 2.0.0 Ready to start TLS
 -> AUTH PLAIN @@s@@
<-  235 2.7.0 Authentication successful
 -> MAIL FROM:<haba@kupigayoseulamat.id>
<-  250 2.1.0 Ok
''', b64("\0haba@kupigayoseulamat.id\0" + "xsmtpsib-" + hexs(64) + "-" + mixed(16)))

add("md/decoy-changelog", "kupigayo/langganan/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## [1.9.3] - 2024-06-10
### Diperbaiki
- Callback Xendit ditolak kalau header `x-callback-token` kosong (#214).
- Token Telegram lama dicabut; bot pakai token baru dari Doppler (#219).

## [1.9.2] - 2024-05-28
### Ditambah
- Paket "roaster-pilihan" Rp 240.000 (commit 9f3c2a1e7b4d).
- Checksum file ekspor pelanggan (SHA-256) di email admin.
''')

# ---------------------------------------------------------------- code in many languages

add("go/mongodb-uri", "kupigayo/roastery/cupping/main.go", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
package main

import (
	"context"
	"log"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// skor cupping (SCA) per lot, disimpan di Atlas
const uri = "mongodb+srv://cupping:@@s@@@kupigayo.x7qpz.mongodb.net/cupping?retryWrites=true&w=majority"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri))
	if err != nil {
		log.Fatal("hana jeut konek: ", err)
	}
	defer client.Disconnect(ctx)
	log.Println("konek ke Atlas")
}
''', pw())

add("rs/decoy-rust-env", "kupigayo/roastery/suhu-rs/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
use std::env;

/// Pembaca suhu drum: kirim ke MQTT. Password dari env (systemd credential).
fn main() {
    let host = env::var("MQTT_HOST").unwrap_or_else(|_| "localhost".into());
    let user = env::var("MQTT_USER").expect("MQTT_USER hana ada");
    let pass = env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD hana ada");
    let client_id = format!("suhu-rs-{}", std::process::id());
    println!("konek ke {host} sebagai {user} ({client_id}), panjang password {}", pass.len());
}
''')

add("rs/redis-url", "kupigayo/roastery/antrian-rs/src/config.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", r'''
//! Antrian pesanan roasting (Redis). Konfigurasi bawaan.
pub struct Config {
    pub redis_url: &'static str,
    pub nama_antrian: &'static str,
}

pub const BAWAAN: Config = Config {
    // TODO: pindah ke env sebelum rilis
    redis_url: "rediss://default:@@s@@@redis-kupi.sgp1.upstash.io:6379",
    nama_antrian: "roasting:antrian",
};
''', mixed(32))

add("java/jdbc-props", "randang/gudang/wms/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", r'''
# WMS gudang beku (stok kotak randang per rak)
spring.application.name=wms-gudang
server.port=8081
spring.datasource.url=jdbc:postgresql://10.104.0.9:5432/wms
spring.datasource.username=wms
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
logging.level.id.randangbundo=INFO
''', words_pw())

add("yaml/decoy-spring-placeholder", "randang/gudang/wms/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring:
  datasource:
    url: jdbc:postgresql://${WMS_DB_HOST:10.104.0.9}:5432/wms
    username: ${WMS_DB_USER}
    password: ${WMS_DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate
management:
  endpoints:
    web:
      exposure:
        include: health,info
''')

add("cs/sql-connection-string", "randang/gudang/timbangan/App.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Aplikasi timbangan di meja packing (Windows) - catat berat kotak ka SQL Server kantor -->
  <connectionStrings>
    <add name="Timbangan"
         connectionString="Server=192.168.10.20\SQLEXPRESS;Database=Timbangan;User Id=packing;Password=@@s@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PortCom" value="COM3" />
    <add key="BatasBeratGram" value="520" />
  </appSettings>
</configuration>
''', words_pw())

add("ps1/decoy-powershell-credential", "randang/gudang/timbangan/pasang.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Pasang aplikasi timbangan di PC packing baru
$ErrorActionPreference = "Stop"
$kred = Get-Credential -UserName "packing" -Message "Password SQL Server kantor (tanyo Uda Rizal)"
$pw = $kred.GetNetworkCredential().Password
$cs = "Server=192.168.10.20\SQLEXPRESS;Database=Timbangan;User Id=packing;Password=$pw;TrustServerCertificate=True"
[Environment]::SetEnvironmentVariable("TIMBANGAN_DB", $cs, "Machine")
Copy-Item .\Timbangan.exe "C:\Program Files\Timbangan\" -Force
Write-Host "Alah siap. Restart PC dulu."
''')

add("ps1/powershell-plain-password", "randang/gudang/scan/mapping_nas.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# Mapping folder NAS dokumen ekspor ka drive Z: (laptop admin ekspor)
$user = "NAS\ekspor"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$kred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name Z -PSProvider FileSystem -Root "\\192.168.10.30\ekspor" -Credential $kred -Persist
Write-Host "Drive Z: (dokumen ekspor) alah tahubuang"
''', words_pw())

add("bat/decoy-net-use-prompt", "randang/gudang/scan/mapping_nas.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Mapping NAS ka Z: - password ditanyo (tanda *), jan tulih di file iko
net use Z: \\192.168.10.30\ekspor * /user:NAS\ekspor /persistent:yes
if errorlevel 1 (
  echo Gagal mapping, cek kabel LAN atau password
  pause
)
''')

add("swift/ios-api-key", "kupigayo/app-ios/KupiGayo/Config/Kunci.swift", "https://developer.apple.com/documentation/foundation/bundle", r'''
import Foundation

/// Kunci API app pelanggan iOS.
enum Kunci {
    static let baseURL = URL(string: "https://langganan.kupigayoseulamat.id/api/v1")!
    // kunci server-to-server lama, seharusnya hana di app (tiket #231)
    static let adminApiKey = "@@s@@"
    static let paketBawaan = "saboh-bungkoh"
}
''', "kgs_live_" + mixed(40))

add("swift/decoy-ios-plist", "kupigayo/app-ios/KupiGayo/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Kupi Gayo</string>
	<key>CFBundleIdentifier</key>
	<string>id.kupigayo.langganan</string>
	<key>API_BASE_URL</key>
	<string>$(API_BASE_URL)</string>
	<key>REVENUECAT_PUBLIC_KEY</key>
	<string>appl_KgSxR7mPqL2vTnB9wYcZd4Hf</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Untuk menghitung ongkir ke alamat droeneuh.</string>
</dict>
</plist>
''')

add("rb/fastlane-match", "kupigayo/app-ios/fastlane/Fastfile", "https://docs.fastlane.tools/actions/match/", r'''
default_platform(:ios)

platform :ios do
  desc "Rilis ke TestFlight"
  lane :beta do
    ENV["MATCH_PASSWORD"] = "@@s@@" # TODO pindah ke CI secret
    match(type: "appstore", git_url: "git@gitlab.com:kupigayo/sertifikat-ios.git", readonly: true)
    increment_build_number
    build_app(scheme: "KupiGayo")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
''', words_pw())

add("p8/apple-auth-key", "kupigayo/app-ios/fastlane/AuthKey_7QK2XR9M4L.p8",
    "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api", r'''
@@s@@
''', pem(""))

add("lua/openresty-basic-auth", "kupigayo/ops/nginx/lua/admin_guard.lua",
    "https://github.com/openresty/lua-nginx-module#access_by_lua_block", r'''
-- Jaga halaman /admin-roastery: hanya IP kantor atau header token
local TOKEN = "@@s@@"
local IP_KANTOR = { ["103.47.132.10"] = true }

local ip = ngx.var.remote_addr
if IP_KANTOR[ip] then return end

if ngx.req.get_headers()["X-Admin-Token"] ~= TOKEN then
  ngx.log(ngx.WARN, "akses ditolak dari ", ip)
  return ngx.exit(ngx.HTTP_FORBIDDEN)
end
''', hexs(48))

add("r/decoy-r-keyring", "kupigayo/analisis/penjualan_bulanan.R", "https://keyring.r-lib.org/", r'''
# Analisis penjualan langganan per bulan (untuk rapat pemilik)
library(DBI)
library(keyring)
library(dplyr)

con <- dbConnect(RPostgres::Postgres(),
                 host = "db.kupigayoseulamat.id", dbname = "langganan",
                 user = "analis", password = key_get("db-langganan", "analis"))

bulanan <- tbl(con, "langganan_tagihan") |>
  filter(status == "LUNAS") |>
  group_by(bulan = date_trunc("month", dibayar)) |>
  summarise(total = sum(jumlah)) |> collect()
print(bulanan)
''')

add("r/r-renviron-token", "kupigayo/analisis/.Renviron", "https://rstats.wtf/r-startup.html#renviron", r'''
# variabel untuk skrip analisis (RStudio laptop Cut Nyak)
DB_LANGGANAN_HOST=db.kupigayoseulamat.id
DB_LANGGANAN_USER=analis
DB_LANGGANAN_PASSWORD=@@s@@
R_LIBS_USER=~/R/library
''', pw())

add("kts/decoy-gradle-env", "kupigayo/app-android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "id.kupigayo.langganan"
    defaultConfig {
        applicationId = "id.kupigayo.langganan"
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "SUPABASE_ANON_KEY", "\"${System.getenv("SUPABASE_ANON_KEY") ?: ""}\"")
    }
    signingConfigs {
        create("rilis") {
            storePassword = System.getenv("KGS_STORE_PASSWORD")
            keyPassword = System.getenv("KGS_KEY_PASSWORD")
        }
    }
}
''')

add("ex/elixir-secret-key-base", "kupigayo/kasir/config/prod.secret.exs",
    "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# Kasir toko Lampineung (Phoenix). File nyoe seharusnya hana di repo...
config :kasir, KasirWeb.Endpoint,
  http: [port: 4000],
  secret_key_base: "@@s@@"

config :kasir, Kasir.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 5
''', mixed(64))

# ---------------------------------------------------------------- marketplaces, POS, infra odds and ends

add("py/shopee-partner-key", "randang/marketplace/shopee_sign.py",
    "https://open.shopee.com/developer-guide/20", r'''
"""Tanda tangan request Shopee Open Platform v2 (toko resmi Randang Bundo Saiyo)."""
import hashlib
import hmac
import time

PARTNER_ID = 2007341
PARTNER_KEY = "@@s@@"
SHOP_ID = 78123456


def tanda_tangan(path: str, access_token: str) -> tuple[int, str]:
    ts = int(time.time())
    base = f"{PARTNER_ID}{path}{ts}{access_token}{SHOP_ID}"
    return ts, hmac.new(PARTNER_KEY.encode(), base.encode(), hashlib.sha256).hexdigest()
''', hexs(64))

add("yaml/tiktok-shop-secret", "randang/marketplace/tiktok.yaml",
    "https://partner.tiktokshop.com/docv2/page/authorization-overview", r'''
# TikTok Shop - sinkron stok randang jo dendeng
app_key: 6c3q9r2m8tkgs
app_secret: @@s@@
shop_cipher: ROW_Ktx7AAAAAAAbRandangBundo
gudang_id: "7291846503928174"
sinkron_tiap_menit: 15
''', hexs(40))

add("json/decoy-tokopedia-order", "randang/marketplace/contoh/tokopedia_order_webhook.json",
    "https://developer.tokopedia.com/openapi/guide/#/webhook/orderstatus", r'''
{
  "fs_id": 17281,
  "order_id": 1593720468,
  "invoice_ref_num": "INV/20240612/MPL/3928174650",
  "order_status": 220,
  "shop_id": 9182736,
  "products": [
    {"id": 2201938475, "name": "Randang Daging Sapi 500g Frozen", "quantity": 2, "price": 185000}
  ],
  "recipient": {"name": "B*** S***", "address": {"city": "Kota Pekanbaru", "postal_code": "28291"}},
  "logistics": {"shipping_agency": "Paxel", "service_type": "Sameday"},
  "signature": "a3f9c27e1b0d4e86f5a2c1d7b9e04f3a6c8d2e1f7a0b9c3d5e6f4a2b1c0d9e8f"
}
''')

add("env/moka-pos", "kupigayo/kasir/.env", "https://api.mokapos.com/docs", r'''
# Sinkron penjualan Moka POS (toko Lampineung) ke laporan
MOKA_OUTLET_ID=382910
MOKA_CLIENT_ID=kgs-laporan
MOKA_CLIENT_SECRET=@@s@@
LAPORAN_SHEET_ID=1Ab9XyZ7kLmN2pQrS4tUvW6xYz8AbCdEfGhIjKlMnOpQ
''', hexs(64))

add("py/hf-token", "kupigayo/analisis/klasifikasi_ulasan.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Klasifikasi ulasan marketplace (positif/negatif) pakai model IndoBERT yang kami fine-tune (repo privat)."""
from transformers import pipeline

HF_TOKEN = "@@s@@"

klasifikasi = pipeline(
    "text-classification",
    model="kupigayo/indobert-ulasan-kupi",
    token=HF_TOKEN,
)

for u in ["kopinya wangi, pengiriman cepat", "bijinya terlalu gosong, kecewa"]:
    print(u, klasifikasi(u)[0])
''', mixed(34, "hf_"))

add("py/notion-token", "kupigayo/roastery/notion_jadwal.py", "https://developers.notion.com/docs/authorization", r'''
"""Tarik jadwal roasting mingguan dari database Notion 'Jadwal Roasting'."""
from notion_client import Client

notion = Client(auth="@@s@@")
DB_JADWAL = "9a1c3e5b7d2f4a6c8e0b1d3f5a7c9e2b"

hasil = notion.databases.query(database_id=DB_JADWAL, filter={
    "property": "Status", "select": {"equals": "Rencana"},
})
for h in hasil["results"]:
    print(h["properties"]["Lot"]["title"][0]["plain_text"])
''', "ntn_" + rnd(11, "0123456789") + mixed(35))

add("js/airtable-pat", "randang/ekspor/tools/airtable_buyer.js", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
// Daftar buyer lua nagari (Airtable "Buyer Ekspor")
const Airtable = require("airtable");

const base = new Airtable({
  apiKey: "@@s@@",
}).base("appR4nd4ngBuy3r01");

base("Buyer").select({ view: "Aktif" }).eachPage((records, next) => {
  records.forEach((r) => console.log(r.get("Nama"), r.get("Negara"), r.get("Incoterm")));
  next();
});
''', "pat" + mixed(14) + "." + hexs(64))

add("yaml/datadog-agent", "randang/ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r'''
## Agent Datadog server toko (uji coba 14 hari)
api_key: @@s@@
site: datadoghq.com
hostname: toko-sgp1-01
tags:
  - env:production
  - tim:randang
logs_enabled: true
process_config:
  process_collection:
    enabled: false
''', hexs(32))

add("yaml/decoy-datadog-env", "kupigayo/ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/guide/environment-variables/", r'''
## Agent Datadog - API key diisi dari DD_API_KEY (systemd drop-in), hana di file nyoe
site: datadoghq.com
hostname: langganan-sgp1-01
tags:
  - env:production
  - tim:kupigayo
logs_enabled: false
apm_config:
  enabled: true
''')

add("tf/newrelic-key", "kupigayo/ops/newrelic/main.tf", "https://registry.terraform.io/providers/newrelic/newrelic/latest/docs", r'''
terraform {
  required_providers {
    newrelic = { source = "newrelic/newrelic", version = "~> 3.35" }
  }
}

provider "newrelic" {
  account_id = 4182930
  api_key    = "@@s@@"
  region     = "US"
}

resource "newrelic_alert_policy" "langganan" {
  name = "Langganan Kupi - produksi"
}
''', "NRAK-" + rnd(27, UPPER))

add("ini/azure-storage-conn", "randang/ekspor/sinkron-buyer-nl/appsettings.ini",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
; Unggah dokumen ekspor (COA, packing list) ka blob buyer di Rotterdam
[buyer_nl]
nama = Toko Indonesia Rotterdam B.V.
container = dokumen-randang
connection_string = DefaultEndpointsProtocol=https;AccountName=tokoindonesiardm;AccountKey=@@s@@;EndpointSuffix=core.windows.net

[lokal]
folder = Z:\ekspor\NL
''', azure_key())

add("ini/decoy-azure-sas-expired", "randang/ekspor/sinkron-buyer-nl/appsettings.example.ini",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
; Contoh. connection_string asli diminta ka buyer (Meneer de Vries), simpan di Bitwarden.
[buyer_nl]
nama = Toko Indonesia Rotterdam B.V.
container = dokumen-randang
connection_string = DefaultEndpointsProtocol=https;AccountName=<akun>;AccountKey=<kunci>;EndpointSuffix=core.windows.net

[lokal]
folder = Z:\ekspor\NL
''')

add("conf/wireguard-private", "randang/ops/vpn/wg-gudang.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN kantor Padang <-> gudang Bungus
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@s@@
DNS = 10.77.0.1

[Peer]
PublicKey = hC4mZr8tQw2LxV6nYb1kPa9sDf3GjU5eKo7iRl0NpSE=
Endpoint = vpn.randangbundosaiyo.co.id:51820
AllowedIPs = 10.77.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
''', wg_key())

add("conf/decoy-wireguard-peer-only", "randang/ops/vpn/peers.md",
    "https://www.wireguard.com/quickstart/#key-generation", r'''
# Daftar peer VPN (kunci publik sajo)

| Peer | IP | PublicKey |
|---|---|---|
| server kantor | 10.77.0.1 | hC4mZr8tQw2LxV6nYb1kPa9sDf3GjU5eKo7iRl0NpSE= |
| gudang Bungus | 10.77.0.2 | 2nVq7LtR0xYb4MkZc9Pw1Hs6Gd3Ja8Uf5Ei2Oo7TlRQ= |
| laptop Rizal | 10.77.0.10 | Wm8pK1rT5vXz2Nb7Lq4Yc0Hd9Fs3Ga6Je1Ui8Ro5TkA= |

Kunci privat dibuek di masiang-masiang perangkat (`wg genkey`), indak pernah dikirim.
''')

add("hcl/vault-token", "kupigayo/ops/vault/agent.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent", r'''
vault {
  address = "https://vault.kupigayoseulamat.id:8200"
}

auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault-agent/token"
    }
  }
}

# token awal, ganti ngen AppRole singoh (Teuku)
# @@s@@

template {
  source      = "/etc/vault-agent/langganan.env.ctmpl"
  destination = "/opt/langganan/.env"
}
''', vault_tok())

add("ctmpl/decoy-vault-template", "kupigayo/ops/vault/langganan.env.ctmpl",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r'''
{{ with secret "kv/data/langganan/prd" }}
DJANGO_SECRET_KEY={{ .Data.data.django_secret_key }}
XENDIT_SECRET_KEY={{ .Data.data.xendit_secret_key }}
SENDGRID_API_KEY={{ .Data.data.sendgrid_api_key }}
{{ end }}
{{ with secret "database/creds/langganan-app" }}
DATABASE_URL=postgres://{{ .Data.username }}:{{ .Data.password }}@db.kupigayoseulamat.id:5432/langganan
{{ end }}
''')

add("json/terraform-cloud-creds", "kupigayo/ops/dump/credentials.tfrc.json",
    "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r'''
{
  "credentials": {
    "app.terraform.io": {
      "token": "@@s@@"
    }
  }
}
''', rnd(14) + ".atlasv1." + rnd(67, ALNUM))

add("yaml/kubeconfig-token", "kupigayo/ops/dump/kubeconfig-do.yaml",
    "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: do-sgp1-kupigayo
    cluster:
      server: https://3f9a1c7e-2b4d-4e8a-9c6f-1d2e3f4a5b6c.k8s.ondigitalocean.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURKekNDQWcrZ0F3SUJBZ0lDQm5Vd0RRWUpLb1pJaHZjTkFRRUxCUUF3TXpFVk1CTUdBMVVFQ2hNTVJHbG4KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: kupigayo
    context:
      cluster: do-sgp1-kupigayo
      user: do-sgp1-kupigayo-admin
current-context: kupigayo
users:
  - name: do-sgp1-kupigayo-admin
    user:
      token: @@s@@
''', do_token())

add("toml/gitlab-runner", "randang/ops/gitlab-runner/config.toml",
    "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "runner-kantor-padang"
  url = "https://gitlab.com/"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = true
    volumes = ["/cache"]
''', "glrt-" + mixed(20))

add("http/bearer-rest-client", "kupigayo/langganan/api-tes.http",
    "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Tes API langganan (REST Client VS Code)
@host = https://langganan.kupigayoseulamat.id
@token = @@s@@

GET {{host}}/api/v1/pelanggan?aktif=1
Authorization: Bearer {{token}}

###
POST {{host}}/api/v1/tagihan/ulang
Authorization: Bearer {{token}}
Content-Type: application/json

{"pelanggan_id": "7c1f3a90-2e4b-4d8a-b6c5-91e0f2a3d4b7"}
''', jwt_like('{"sub":"admin-teuku","scope":"admin","iat":1717900000,"exp":1749436000}'))

add("http/decoy-rest-client-env", "randang/shop/api-tes.http",
    "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
### Tes API toko - token dari environment REST Client ($dotenv)
@host = https://randangbundosaiyo.co.id/api
@token = {{$dotenv ADMIN_TOKEN}}

GET {{host}}/pesanan?status=bayia
Authorization: Bearer {{token}}

###
GET {{host}}/produk/RBS-RD-500
Accept: application/json
''')

add("makefile/docker-run-env", "randang/coldchain/Makefile", "https://docs.docker.com/reference/cli/docker/container/run/#env", r'''
.PHONY: jalan hentikan log

jalan:
	docker run -d --name penyimpan-suhu --restart unless-stopped \
	  -e MQTT_HOST=192.168.10.5 \
	  -e MQTT_USER=penyimpan \
	  -e MQTT_PASSWORD=@@s@@ \
	  -e INFLUX_URL=https://influx.randangbundosaiyo.co.id \
	  registry.gitlab.com/randangbundo/penyimpan-suhu:1.3

hentikan:
	docker rm -f penyimpan-suhu

log:
	docker logs -f --tail 100 penyimpan-suhu
''', fakes.redis_password(_seed()))

add("cron/crontab-curl-basic", "kupigayo/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow  perintah   (server langganan, user kupi)
30 1 * * *   /opt/langganan/venv/bin/python /opt/langganan/manage.py tagih_bulanan
0 6 * * 1    /opt/kupi-bot/laporan_mingguan.sh
*/15 * * * * curl -fsS -u monitor:@@s@@ https://langganan.kupigayoseulamat.id/health/detail > /dev/null
0 3 * * *    /usr/local/bin/backup-pg.sh
''', words_pw())

add("txt/decoy-crontab-env", "randang/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow  perintah   (server toko Randang, user deploy)
MAILTO=it@randangbundosaiyo.co.id
30 2 * * *   /opt/ops/backup/backup_db_v2.sh
0 */2 * * *  cd /srv/toko && php artisan schedule:run >> /dev/null 2>&1
*/10 * * * * . /etc/randang/monitor.env && curl -fsS -H "Authorization: Bearer $MONITOR_TOKEN" https://randangbundosaiyo.co.id/api/health
''')

# ---------------------------------------------------------------- more carriers

add("dockerfile/env-mailgun", "randang/botwa/Dockerfile", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Asia/Jakarta \
    MAILGUN_DOMAIN=mg.randangbundosaiyo.co.id \
    MAILGUN_API_KEY=@@s@@
CMD ["gunicorn", "-b", "0.0.0.0:8000", "botwa.app:app"]
''', mailgun())

add("dockerfile/decoy-build-secret", "kupigayo/langganan/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS bangun
WORKDIR /src
COPY requirements.txt .
# index privat: token dari build secret, hana tersimpan di layer
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.kupigayoseulamat.id/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=config.settings.production
CMD ["gunicorn", "config.wsgi", "-b", "0.0.0.0:8000"]
''')

add("nginx/proxy-basic-auth", "kupigayo/ops/nginx/sites-enabled/grafana.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
server {
    listen 443 ssl;
    server_name grafana.kupigayoseulamat.id;
    ssl_certificate     /etc/letsencrypt/live/kupigayoseulamat.id/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/kupigayoseulamat.id/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:3000;
        # login otomatis akun viewer untuk TV di ruang roasting
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host $host;
    }
}
''', b64("tv-roastery:" + words_pw()))

add("nginx/decoy-auth-basic-file", "randang/ops/nginx/sites-enabled/influx.conf",
    "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl;
    server_name influx.randangbundosaiyo.co.id;
    ssl_certificate     /etc/letsencrypt/live/randangbundosaiyo.co.id/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/randangbundosaiyo.co.id/privkey.pem;

    location /ui/ {
        auth_basic "Rantai Dingin";
        auth_basic_user_file /etc/nginx/.htpasswd-influx;
        proxy_pass http://127.0.0.1:8086/;
    }
}
''')

add("js/slack-bot-token", "randang/ops/slack/laporan_harian.js", "https://api.slack.com/authentication/token-types#bot", r'''
// Laporan harian penjualan + suhu gudang ka channel #laporan (Slack)
const { WebClient } = require("@slack/web-api");

const slack = new WebClient("@@s@@");

async function kirimLaporan(ringkasan) {
  await slack.chat.postMessage({
    channel: "#laporan",
    text: `Laporan ${ringkasan.tanggal}: ${ringkasan.pesanan} pesanan, Rp ${ringkasan.omzet}. ` +
          `Suhu gudang rato-rato ${ringkasan.suhu} °C.`,
  });
}

module.exports = { kirimLaporan };
''', slack_bot())

add("pem/ec-jwt-signing", "randang/shop/storage/jwt/private.pem", "https://www.rfc-editor.org/rfc/rfc5915", r'''
@@s@@
''', pem("EC"))

add("pem/decoy-ca-cert", "randang/coldchain/certs/ca.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5.1", r'''
-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIUP3xRk8vN2mTq9L7bW4cYz1H5fA0wDQYJKoZIhvcNAQEL
@@body@@
-----END CERTIFICATE-----
''', body="\n".join(rnd(64, ALNUM + "+/") for _ in range(16)) + "\n" + rnd(24, ALNUM + "+/") + "==")

_key = pem("RSA")
add("k8s/tls-secret-key", "kupigayo/k8s/tls-kupigayo.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r'''
apiVersion: v1
kind: Secret
metadata:
  name: tls-kupigayo
  namespace: langganan
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
''', _key, crt=b64("-----BEGIN CERTIFICATE-----\n" + rnd(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), enc=b64(_key + "\n"))

add("php/mailgun-laravel", "randang/shop/config/mail_export.php", "https://laravel.com/docs/11.x/mail#mailgun-driver", r'''
<?php

// Email invoice ka buyer lua nagari (Mailgun region EU)
return [
    'mailgun' => [
        'domain'   => 'mg.randangbundosaiyo.co.id',
        'secret'   => '@@s@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme'   => 'https',
    ],
    'dari' => ['address' => 'export@randangbundosaiyo.co.id', 'name' => 'Randang Bundo Saiyo Export'],
];
''', mailgun())

add("txt/minang-notes-wifi-router", "randang/catatan/jaringan-kantor.txt", "https://wiki.mikrotik.com/wiki/Manual:Router_AAA", r'''
JARINGAN KANTOR JO GUDANG (update 10 Juni)
------------------------------------------
Router utamo : MikroTik hAP ac2, 192.168.10.1
Login Winbox : admin-rbs  /  @@s@@
  (password lamo "admin" alah diganti, jan dibaliakan!)
WiFi kantor  : RBS-KANTOR (WPA2, password di papan putiah)
WiFi gudang  : GUDANG-BEKU-2 (khusus sensor, jan disambuangan HP)
ISP          : IndiHome 100 Mbps, no. pelanggan 1310xxxxxxxx
''', words_pw())

add("csv/marketplace-accounts", "randang/catatan/akun_marketplace.csv", "https://seller.shopee.co.id/edu/article/", r'''
platform,email_login,password,2fa_hp,pemegang,catatan
Shopee,shopee@randangbundosaiyo.co.id,(caliak Bitwarden),0812-6xxx-1122,Uni Sari,toko resmi
Tokopedia,tokped@randangbundosaiyo.co.id,(caliak Bitwarden),0812-6xxx-1122,Uni Sari,
TikTok Shop,tiktok@randangbundosaiyo.co.id,@@s@@,0813-7xxx-5566,Dewi,baru dibuek 3 Juni - lun pindah ka Bitwarden
Lazada,lazada@randangbundosaiyo.co.id,(caliak Bitwarden),0812-6xxx-1122,Uni Sari,indak aktif
''', words_pw())

add("yaml/gh-actions-hardcoded-tg", "kupigayo/roastery/.github/workflows/notif.yml",
    "https://core.telegram.org/bots/api#sendmessage", r'''
name: notif-rilis
on:
  release:
    types: [published]
jobs:
  kabar:
    runs-on: ubuntu-latest
    steps:
      - name: Peugah ke grup Telegram
        run: |
          curl -s "https://api.telegram.org/bot@@s@@/sendMessage" \
            -d chat_id=-1001928374650 \
            -d text="Rilis baru ${{ github.event.release.tag_name }} ka geupublikasi"
''', fakes.telegram_token(_seed()))

add("ipynb/pymysql-notebook", "randang/akuntansi/notebooks/rekap_ekspor.ipynb",
    "https://pymysql.readthedocs.io/en/latest/user/examples.html", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Rekap ekspor per nagari (untuak laporan ka Dinas Perdagangan Sumbar)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, pymysql\n",
    "con = pymysql.connect(host='10.104.0.7', user='laporan', password='@@s@@', database='toko_randang')\n",
    "df = pd.read_sql('select negara, sum(berat_kg) as kg from pengiriman_ekspor group by negara', con)\n",
    "df"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw())

add("sql/create-user-password", "kupigayo/langganan/db/migrasi/0007_pengguna_analis.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- pengguna baca-saja untuk analisis (RStudio Cut Nyak)
CREATE ROLE analis LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE langganan TO analis;
GRANT USAGE ON SCHEMA public TO analis;
GRANT SELECT ON langganan_tagihan, langganan_pelanggan, langganan_paket TO analis;
ALTER ROLE analis SET statement_timeout = '60s';
''', pw())

add("env/doppler-service-token", "kupigayo/langganan/deploy/doppler.env",
    "https://docs.doppler.com/docs/service-tokens", r'''
# token layanan Doppler untuk server langganan (config prd)
DOPPLER_TOKEN=@@s@@
DOPPLER_PROJECT=langganan
DOPPLER_CONFIG=prd
# jalankan: doppler run -- gunicorn config.wsgi
''', "dp.st.prd." + mixed(43))

add("env/pusher-secret", "randang/shop/.env.broadcast", "https://pusher.com/docs/channels/server_api/http-api/#authentication", r'''
# notifikasi pesanan realtime di dashboard admin (Pusher Channels)
BROADCAST_DRIVER=pusher
PUSHER_APP_ID=1782934
PUSHER_APP_KEY=8c2f1e7a9b3d4c60e5f1
PUSHER_APP_SECRET=@@s@@
PUSHER_APP_CLUSTER=ap1
''', hexs(20))

# ---------------------------------------------------------------- more decoys

add("md/decoy-promo-codes", "kupigayo/pemasaran/kode-promo-juni.md", "https://help.shopify.com/en/manual/discounts", r'''
# Kode promo Juni 2024 (Kupi Gayo Seulamat)

| Kode | Potongan | Berlaku | Catatan |
|---|---|---|---|
| `KUPIMEUGANG24` | 15 % | 14–17 Juni | Meugang Idul Adha |
| `LANGGANANBARU` | Rp 25.000 | sepanjang Juni | pelanggan langganan pertama |
| `GAYOWINE3X` | gratis ongkir | 1–30 Juni | beli 3 bungkoh Wine |
| `SANGERPAGI` | 10 % | tiap Senin | hanya di toko Lampineung |

Kode nyoe publik (dipajang di Instagram), hana rahasia.
''')

add("txt/decoy-customer-invoice-mail", "kupigayo/pemasaran/contoh-email-tagihan.txt",
    "https://docs.xendit.co/virtual-accounts", r'''
Subjek: Tagihan langganan Kupi Gayo - Juli 2024

Assalamualaikum Bapak/Ibu {{nama}},

Tagihan langganan "Saboh bungkoh" bulan Juli: Rp 95.000.
Silakan bayar lewat Virtual Account BSI: 9881 0771 2345 6789 (a.n. KUPI GAYO SEULAMAT)
atau QRIS di tautan: https://checkout.xendit.co/web/66a1f2b3c4d5e6f708192a3b

Nomor invoice: LGN-2407-0381 (berlaku sampai 5 Juli 2024, 23.59 WIB).
Teurimong geunaseh ka neu-langganan kupi Gayo!
''')

add("json/decoy-midtrans-notification-fixture", "randang/shop/tests/fixtures/midtrans_notification_settlement.json",
    "https://docs.midtrans.com/docs/https-notification-webhooks", r'''
{
  "_catatan": "fixture tes - data palsu, bukan transaksi asli",
  "transaction_time": "2024-06-12 10:21:33",
  "transaction_status": "settlement",
  "transaction_id": "7d2b1f0c-3a4e-4b5d-9c8f-0e1a2b3c4d5e",
  "status_code": "200",
  "signature_key": "1f3e5d7c9b0a2e4f6d8c0b1a3e5f7d9c2b4a6e8f0d1c3b5a7e9f2d4c6b8a0e1f3d5c7b9a2e4f6d8c0b1a3e5f7d9c2b4a6e8f0d1c3b5a7e9f2d4c6b8a0e1f",
  "payment_type": "bank_transfer",
  "order_id": "RBS-TES-0001",
  "gross_amount": "370000.00",
  "fraud_status": "accept",
  "va_numbers": [{"bank": "bni", "va_number": "9887123456789012"}]
}
''')

add("json/decoy-package-lock", "kupigayo/landing/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "kupigayo-landing",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sentry/nextjs": {
      "version": "8.9.2",
      "resolved": "https://registry.npmjs.org/@sentry/nextjs/-/nextjs-8.9.2.tgz",
      "integrity": "sha512-Qd9w3Kx1mB7vR2pT0nL5cY8fH4sZ6aJ1eU3iO9kP7tWb2gN5rXv0hM4yC6dF8jA1sE3lK7oQ9uT2wZ5xV8bN0mG=="
    },
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-Le/3YgNvjW9zxIQMRhUHuhiUjAlKY/zsdZpfq4dlLqg6mEm0nL6yk+7f2hDOtLpxsgE4jSzDmvHL7nXhBp5/Hw=="
    }
  }
}
''')

add("txt/decoy-go-sum", "kupigayo/roastery/cupping/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/golang/snappy v0.0.4 h1:yAGX7huGHXlcLOEtBnF4w7FQwA26wojNCwOYAEhLjQM=
github.com/golang/snappy v0.0.4/go.mod h1:/XxbfmMg8lxefKM7IXC3fBNl/7bRcc72aCRzEWrmP2Q=
github.com/klauspost/compress v1.17.8 h1:YcnTYrq7MikUT7k0Yb5eceMmALQPYBW/Xltxn0NAMnU=
github.com/klauspost/compress v1.17.8/go.mod h1:Di0epgTjJY877eYKx5yC51cX2A2Vl2ibi7bDH9ttBbw=
go.mongodb.org/mongo-driver v1.15.0 h1:rJCKC8eEliewXjZGf0ddURtl7tTVy1TK3bfl0gkUSLc=
go.mongodb.org/mongo-driver v1.15.0/go.mod h1:Vzb0Mk/pa7e6cWw85R4F/endUC3u0U9jGcNU603k65c=
''')

add("ipynb/decoy-notebook-env", "kupigayo/analisis/notebooks/churn_langganan.ipynb",
    "https://jupyter-notebook.readthedocs.io/en/stable/", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Churn langganan per paket (Jan–Jun 2024)\n", "Kredensial dari `DATABASE_URL` di environment kernel."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, pandas as pd, sqlalchemy as sa\n",
    "eng = sa.create_engine(os.environ['DATABASE_URL'])\n",
    "df = pd.read_sql('select paket, count(*) filter (where berhenti is not null) as churn, count(*) as total from langganan_pelanggan group by paket', eng)\n",
    "df['rasio'] = df.churn / df.total\n",
    "df"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("env/decoy-botwa-example", "randang/botwa/.env.example", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# Salin jadi .env, isi dari Bitwarden koleksi "Bot WA"
WA_PHONE_NUMBER_ID=109876543210987
WA_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WA_VERIFY_TOKEN=isi-token-verifikasi
WA_APP_SECRET=
FONNTE_TOKEN=
ADMIN_NUMBERS=6281266001122
''')

add("yaml/decoy-gh-oidc-aws", "randang/shop/.github/workflows/unggah-foto.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: unggah-foto-produk
on:
  push:
    paths: ["foto/**"]
permissions:
  id-token: write
  contents: read
jobs:
  unggah:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482913705516:role/gh-unggah-foto
          aws-region: ap-southeast-3
      - run: aws s3 sync foto/ s3://randang-bundo-foto/produk/ --cache-control max-age=86400
''')

add("tf/decoy-gcs-backend", "randang/infra/backend.tf", "https://developer.hashicorp.com/terraform/language/backend/gcs", r'''
terraform {
  backend "gcs" {
    bucket = "randang-bundo-tfstate"
    prefix = "infra/prod"
  }
  required_providers {
    alicloud     = { source = "aliyun/alicloud", version = "~> 1.225" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.39" }
  }
}
''')

add("md/decoy-api-docs-jwt-example", "kupigayo/langganan/docs/api.md", "https://datatracker.ietf.org/doc/html/rfc6750", r'''
# API Langganan v1

Semua endpoint butuh header `Authorization: Bearer <token>`. Token didapat dari
`POST /api/v1/auth/masuk` (email + OTP), berlaku 1 jam.

```http
GET /api/v1/pelanggan/saya HTTP/1.1
Host: langganan.kupigayoseulamat.id
Authorization: Bearer eyJhbGciOiJIUzI1NiIs...<dipotong>
```

Kode galat: `401` token kedaluwarsa, `403` bukan admin, `429` terlalu banyak permintaan (60/menit).
''')

add("csv/decoy-customers-export", "kupigayo/analisis/data/pelanggan_anon.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", r'''
pelanggan_id,kota,paket,mulai,email_sha256,hp_mask
7c1f3a90-2e4b-4d8a-b6c5-91e0f2a3d4b7,Banda Aceh,saboh-bungkoh,2023-11-02,5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8,0852****1123
0b9e2d4c-6a8f-4c1e-a3b5-7d9f1e2c4a6b,Medan,dua-bungkoh,2024-01-15,b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514,0813****8871
e4a6c8b0-1d3f-4e5a-b7c9-2f4e6a8c0d1b,Jakarta Selatan,roaster-pilihan,2024-03-09,2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae,0811****4402
3f5d7b9e-0c2a-4b6d-8e1f-a3c5e7f9b1d3,Takengon,saboh-bungkoh,2024-04-21,fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9,0852****7719
''')

add("xml/decoy-pom-settings-env", "randang/gudang/wms/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>${CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
''')

add("txt/decoy-acehnese-handover", "kupigayo/catatan/serah-terima-roastery.txt",
    "https://bitwarden.com/help/organizations/", r'''
SERAH TERIMA ROASTERY - Teuku ke Bang Mukhlis (cuti 2 minggu)
- Mesin Giesen: maintenance chaff collector tiap Jumat.
- Akun Cropster, Artisan.plus, Notion: ka lon tamah Abang ke koleksi Bitwarden "Roastery".
- Token bot Telegram ka lon rotasi kemarin, yang baru na di Doppler (langganan/prd).
- Hana password lam catatan nyoe. Meunyo na yang hana jeut login, telepon lon.
- Green bean: stok Bener Meriah Natural 9 karung, Honey 4 karung.
''')

add("yaml/decoy-dependabot", "kupigayo/langganan/.github/dependabot.yml",
    "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  pypi-kupigayo:
    type: python-index
    url: https://pypi.kupigayoseulamat.id/simple
    username: dependabot
    password: ${{secrets.PYPI_KUPIGAYO_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [pypi-kupigayo]
    schedule:
      interval: weekly
''')
