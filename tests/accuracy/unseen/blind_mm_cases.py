"""Blind set MM: Nepali (Nepal) teams.

A Kathmandu trekking agency (TIMS and restricted-area permits, porter payroll, booking site and
its payment gateways) and an Ilam orthodox-tea exporter (estate plucking records, factory
withering and drying lines, export shipping and buyers' portals), and their decoys. Comments and
notes partly in Nepali. Generated fakes only (seeds 7420000-7429999).
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
_SEED = [7420000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 7420000 <= _SEED[0] <= 7429999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Himal", "Sagarmatha", "Dhaulagiri", "Makalu", "Kanchan", "Annapurna", "Phewa", "Rara", "Ilam",
         "Gorkha", "Langtang", "Mustang", "Dolpo", "Tilicho", "Manaslu", "Kangla", "Jiri", "Namche"]
LOWER = ["chiya", "momo", "dhido", "gundruk", "sherpa", "doko", "namlo", "khukuri", "bagan", "patti",
         "kuhiro", "lali", "gurans", "pahad", "kholsa", "bhanjyang"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- trekking agency: booking site
_s = stripe_key()
add("blind-mm/dotenv/stripe-live", "booking-web/.env.production", "https://github.com/motdotla/dotenv#usage", """\
# Himalayan Trails booking site — production
# फेरबदल गर्नु अघि रमेशलाई सोध्नुहोस्
NODE_ENV=production
PORT=8080
SITE_URL=https://book.himalayantrails.com.np
STRIPE_PUBLISHABLE_KEY=pk_live_51Hx0TrekPublicOnlyPlaceholder
STRIPE_SECRET_KEY=@@k@@
BOOKING_DB_URL=${BOOKING_DB_URL}
DEFAULT_CURRENCY=USD
""", _s, k=_s)

add("blind-mm/dotenv/decoy-placeholder", "booking-web/.env.example", "https://github.com/motdotla/dotenv#usage", """\
# .env.example — आफ्नो मान भर्नुहोस्, यो फाइल कमिट गर्न मिल्छ
NODE_ENV=development
PORT=8080
SITE_URL=http://localhost:8080
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
BOOKING_DB_URL=postgres://booking:<password>@localhost:5432/booking
KHALTI_SECRET_KEY=
""")

_p = words_pw()
add("blind-mm/python/postgres-dsn", "booking/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.himalayantrails.com.np"]

# बुकिङ डाटाबेस (RDS, Mumbai region)
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "trek_booking",
        "USER": "booking_app",
        "PASSWORD": "@@p@@",
        "HOST": "trek-booking.c7xk2.ap-south-1.rds.amazonaws.com",
        "PORT": "5432",
    }
}
""", _p, p=_p)

_d = fakes.django_secret_key(_seed())
add("blind-mm/python/django-secret-key", "booking/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = True
SECRET_KEY = '@@d@@'
ALLOWED_HOSTS = ['staging.himalayantrails.com.np', 'localhost']
LANGUAGE_CODE = 'ne-np'
TIME_ZONE = 'Asia/Kathmandu'
""", _d, d=_d)

add("blind-mm/python/decoy-env-reference", "booking/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# गोप्य कुञ्जी वातावरणबाट मात्र लिनुहोस्
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
KHALTI_SECRET_KEY = os.environ.get("KHALTI_SECRET_KEY", "")
ESEWA_MERCHANT_CODE = os.environ.get("ESEWA_MERCHANT_CODE", "EPAYTEST")
LANGUAGE_CODE = "en-us"
TIME_ZONE = "Asia/Kathmandu"
USE_TZ = True
""")

_k = "live_secret_key_" + hexs(32)
add("blind-mm/javascript/khalti-secret", "booking-web/src/payments/khalti.js", "https://docs.khalti.com/khalti-epayment/", """\
// Khalti ePayment v2 — भुक्तानी सुरु गर्ने
const axios = require('axios');

const KHALTI_URL = 'https://khalti.com/api/v2/epayment/initiate/';

async function initiate(booking) {
  const res = await axios.post(KHALTI_URL, {
    return_url: `https://book.himalayantrails.com.np/pay/return/${booking.id}`,
    website_url: 'https://book.himalayantrails.com.np',
    amount: booking.amountPaisa,
    purchase_order_id: booking.ref,
    purchase_order_name: booking.trekName,
  }, {
    headers: { Authorization: 'Key @@k@@' },
  });
  return res.data.payment_url;
}

module.exports = { initiate };
""", _k, k=_k)

add("blind-mm/javascript/decoy-test-fixture", "booking-web/test/khalti.test.js", "https://docs.khalti.com/khalti-epayment/", """\
// नक्कली कुञ्जी — परीक्षणका लागि मात्र, कुनै खातासँग जोडिएको छैन
const nock = require('nock');
const { initiate } = require('../src/payments/khalti');

const FAKE_KEY = 'test_secret_key_FAKE_DO_NOT_USE';

describe('khalti initiate', () => {
  it('returns payment url', async () => {
    nock('https://khalti.com', { reqheaders: { authorization: `Key ${FAKE_KEY}` } })
      .post('/api/v2/epayment/initiate/')
      .reply(200, { payment_url: 'https://pay.khalti.com/?pidx=TESTPIDX' });
    process.env.KHALTI_SECRET_KEY = FAKE_KEY;
    expect(await initiate({ id: 1, amountPaisa: 1000, ref: 'HT-1', trekName: 'ABC' }))
      .toContain('pidx');
  });
});
""")

_w = slack_webhook()
add("blind-mm/yaml/slack-webhook", "booking-web/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """\
name: deploy booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: ./scripts/deploy.sh
        env:
          AWS_REGION: ap-south-1
      - name: notify #bookings
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{"text":"booking site deploy: ${{ job.status }}"}' \\
            @@w@@
""", _w, w=_w)

add("blind-mm/yaml/decoy-secret-reference", "booking-web/.github/workflows/test.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: test
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
        env:
          BOOKING_DB_URL: postgres://postgres:postgres@localhost:5432/postgres
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_BOOKINGS_HOOK }}
""")

_e = hexs(32)
add("blind-mm/php/esewa-secret", "booking-web/legacy/esewa_verify.php", "https://developer.esewa.com.np/pages/Epay", """\
<?php
// eSewa ePay v2 — हस्ताक्षर बनाउने (पुरानो PHP साइट)
$product_code = 'HTRAILS';
$secret_key   = '@@e@@';

function esewa_signature($total, $uuid) {
    global $product_code, $secret_key;
    $msg = "total_amount={$total},transaction_uuid={$uuid},product_code={$product_code}";
    return base64_encode(hash_hmac('sha256', $msg, $secret_key, true));
}
""", _e, e=_e)

add("blind-mm/markdown/decoy-published-example", "booking-web/docs/esewa.md", "https://developer.esewa.com.np/pages/Epay", """\
# eSewa एकीकरण

eSewa को परीक्षण वातावरणमा तलका सार्वजनिक मानहरू प्रयोग हुन्छन् (कागजातमै छापिएका):

| Field | UAT value |
|-------|-----------|
| product_code | `EPAYTEST` |
| secret key | `8gBm/:&EnhH.1/q` (eSewa को सार्वजनिक UAT कुञ्जी) |
| eSewa ID | `9806800001` |

उत्पादनको कुञ्जी Vault मा `secret/booking/esewa` मा छ। यहाँ नलेख्नुहोस्।
""")

_t = fakes.telegram_token(_seed())
add("blind-mm/python/telegram-bot", "ops/bots/porter_alert_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
\"\"\"भरियाहरूको चेक-इन नआएमा सुचना पठाउने बोट\"\"\"
import requests

TOKEN = "@@t@@"
CHAT_ID = -1001822334455


def alert(trek_code: str, porter: str, hours: int) -> None:
    text = f"⚠️ {trek_code}: {porter} ले {hours} घण्टादेखि चेक-इन गरेको छैन"
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", _t, t=_t)

add("blind-mm/python/decoy-masked-value", "ops/bots/check_config.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
import os


def masked(value: str) -> str:
    return value[:4] + "****" + value[-2:] if value else "(खाली)"


token = os.getenv("PORTER_BOT_TOKEN", "")
print("bot token:", masked(token))
# उदाहरण आउटपुट: bot token: 6412****Qw
print("chat id:", os.getenv("PORTER_CHAT_ID", "-100xxxxxxxxxx"))
""")

# ---------------------------------------------------------------- trekking agency: permits
_p = rand_pw(16, "!@#")
add("blind-mm/ini/tims-portal-password", "permits/config/tims.ini", "https://docs.python.org/3/library/configparser.html", """\
; TIMS / NTB अनुमति पोर्टल — स्वचालित दर्ता
[portal]
base_url = https://tims.ntb.gov.np
agency_reg_no = 2847/071
username = himalayantrails.ops
password = @@p@@

[defaults]
region = Khumbu
nationality_lookup = data/iso3166.csv
""", _p, p=_p)

add("blind-mm/ini/decoy-empty-value", "permits/config/tims.sample.ini", "https://docs.python.org/3/library/configparser.html", """\
; नमुना — tims.ini मा प्रतिलिपि गरेर भर्नुहोस्
[portal]
base_url = https://tims.ntb.gov.np
agency_reg_no =
username =
password =

[defaults]
region = Annapurna
""")

_p = words_pw()
add("blind-mm/markdown/restricted-area-runbook", "permits/RUNBOOK.md", "https://www.markdownguide.org/basic-syntax/", """\
# Restricted-area permit (Upper Mustang, Manaslu, Dolpo)

1. Immigration को अनलाइन प्रणालीमा लगइन गर्नुहोस्:
   - URL: https://online.nepalimmigration.gov.np/agency
   - Agency user: `HTRAILS-2847`
   - Password: `@@p@@`
2. समूहका सबै पाहुनाको राहदानी स्क्यान अपलोड गर्नुहोस् (PDF, 2MB भन्दा कम)।
3. कम्तिमा २ जना पाहुना हुनुपर्छ — एक्लै जारी हुँदैन।
4. शुल्क बैंक भौचरबाट तिर्नुहोस्, रसिद `permits/receipts/` मा राख्नुहोस्।
""", _p, p=_p)

add("blind-mm/markdown/decoy-vault-reference", "permits/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# permits

TIMS र restricted-area permit को फारम आफैं भर्ने स्क्रिप्टहरू।

## सेटअप

```bash
export TIMS_USER=himalayantrails.ops
export TIMS_PASSWORD="$(vault kv get -field=password secret/permits/tims)"
python -m permits.tims --group GRP-2081-114
```

पासवर्ड कहिल्यै README वा commit मा नलेख्नुहोस्।
""")

_p = rand_pw(14)
add("blind-mm/shell-history/immigration-curl", "permits/notes/bash_history_sanjay.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd ~/permits
source .venv/bin/activate
python -m permits.tims --group GRP-2081-109 --dry-run
curl -s -c jar.txt -d 'username=HTRAILS-2847&password=@@p@@' https://online.nepalimmigration.gov.np/agency/login
curl -s -b jar.txt https://online.nepalimmigration.gov.np/agency/applications?status=pending | jq .
git status
git add permits/tims.py
git commit -m "TIMS: handle Langtang region code"
""", _p, p=_p)

_g = google_key()
add("blind-mm/typescript/google-maps-key", "booking-web/src/lib/maps.ts", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
// ट्रेक रुटको नक्सा — server-side geocoding को लागि (restricted छैन!)
import { Client } from "@googlemaps/google-maps-services-js";

const client = new Client({});
const GEOCODE_KEY = "@@g@@";

export async function geocodeTeahouse(name: string) {
  const r = await client.geocode({ params: { address: `${name}, Nepal`, key: GEOCODE_KEY } });
  return r.data.results[0]?.geometry.location;
}
""", _g, g=_g)

add("blind-mm/html/decoy-public-key", "booking-web/public/map.html", "https://developers.google.com/maps/documentation/javascript/overview", """\
<!doctype html>
<html lang="ne">
<head>
  <meta charset="utf-8">
  <title>ट्रेक रुट नक्सा</title>
  <!-- Maps JS key: browser key, HTTP referrer मा सीमित, Mapbox public token -->
  <script>window.MAPBOX_PUBLIC = "pk.eyJ1IjoiaHRyYWlscyIsImEiOiJwdWJsaWMtZGVtbyJ9.placeholder";</script>
</head>
<body>
  <div id="map" style="height:480px"></div>
  <script src="/js/route-map.js"></script>
</body>
</html>
""")

# ---------------------------------------------------------------- trekking agency: porter payroll
_p = words_pw()
add("blind-mm/csharp/sqlserver-connection", "payroll/PorterPayroll/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Payroll": "Server=tcp:10.20.1.15,1433;Database=PorterPayroll;User Id=payroll_svc;Password=@@p@@;TrustServerCertificate=True"
  },
  "Payroll": {
    "Currency": "NPR",
    "DailyWageMin": 1800,
    "InsuranceProvider": "Sagarmatha Insurance"
  }
}
""", _p, p=_p)

add("blind-mm/json/decoy-user-secrets-reference", "payroll/PorterPayroll/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Payroll": "Server=(localdb)\\\\MSSQLLocalDB;Database=PorterPayroll;Trusted_Connection=True"
  },
  "Payroll": {
    "Currency": "NPR",
    "BankApiKey": "set with: dotnet user-secrets set Payroll:BankApiKey <key>"
  }
}
""")

_p = rand_pw(20)
add("blind-mm/csharp/bank-api-client", "payroll/PorterPayroll/Services/BankTransferClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient", """\
using System.Net.Http.Headers;
using System.Text;

namespace PorterPayroll.Services;

// भरियाहरूको तलब बैंक खातामा पठाउने (connectIPS corporate)
public class BankTransferClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://corporate.connectips.com/api/") };

    public BankTransferClient()
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("HTRAILS_PAY:@@p@@"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public Task<HttpResponseMessage> SendBatch(string csv) =>
        _http.PostAsync("batch/upload", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
""", _p, p=_p)

add("blind-mm/csv/decoy-account-ids", "payroll/exports/porter_wages_2081_magh.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
porter_id,name,trek_code,days,daily_wage_npr,bank,account_no,txn_ref
P-0412,Pasang Tamang,EBC-2081-33,14,2000,NIC Asia,2710XXXXXXX4471,CIPS8841207731
P-0419,Ram Bahadur Rai,EBC-2081-33,14,2000,Global IME,0301XXXXXXX0093,CIPS8841207732
P-0503,Mingma Sherpa,ABC-2081-12,9,1800,Nabil,0110XXXXXXX2218,CIPS8841207733
P-0511,Dil Kumari Gurung,ABC-2081-12,9,1800,Himalayan Bank,0150XXXXXXX7720,CIPS8841207734
P-0530,Krishna Magar,MNS-2081-04,18,2200,NMB,0220XXXXXXX1186,CIPS8841207735
""")

_p = passphrase()
add("blind-mm/go/payroll-dsn", "payroll/porter-sync/main.go", "https://pkg.go.dev/github.com/go-sql-driver/mysql#readme-dsn-data-source-name", """\
package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// फिल्ड ट्याब्लेटबाट आएको हाजिरी तलब डाटाबेसमा मिलाउने
func main() {
	db, err := sql.Open("mysql", "attendance:@@p@@@tcp(10.20.1.22:3306)/porter_attendance?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := syncDays(db); err != nil {
		log.Fatalf("sync: %v", err)
	}
}
""", _p, p=_p)

add("blind-mm/go/decoy-env-reference", "payroll/porter-sync/config.go", "https://pkg.go.dev/os#Getenv", """\
package main

import (
	"fmt"
	"os"
)

// DSN वातावरणबाट बनाउने; पासवर्ड कोडमा नराख्ने
func dsn() string {
	return fmt.Sprintf("%s:%s@tcp(%s)/porter_attendance?parseTime=true",
		os.Getenv("ATT_DB_USER"), os.Getenv("ATT_DB_PASSWORD"), os.Getenv("ATT_DB_HOST"))
}
""")

_a, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("blind-mm/ini/aws-credentials", "payroll/deploy/aws-credentials.bak", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = ap-south-1

[payroll-backup]
# तलब PDF हरू S3 मा ब्याकअप — अञ्जुको ल्यापटपबाट
aws_access_key_id = @@a@@
aws_secret_access_key = @@s@@
region = ap-south-1
""", _s, a=_a, s=_s)

add("blind-mm/ini/decoy-aws-docs-example", "payroll/deploy/aws-config.example", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# AWS कागजातको उदाहरण मान — वास्तविक होइन
[profile payroll-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ap-south-1
output = json
""")

_p = rand_pw(18, "#%")
add("blind-mm/powershell/sms-gateway", "payroll/scripts/Send-WageSms.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """\
# भरियालाई तलब पठाएपछि SMS (Sparrow SMS)
param([string]$CsvPath = ".\\exports\\porter_wages.csv")

$token = "@@p@@"
Import-Csv $CsvPath | ForEach-Object {
    $msg = "नमस्ते $($_.name), तपाईंको रु. $([int]$_.days * [int]$_.daily_wage_npr) खातामा पठाइयो।"
    Invoke-RestMethod -Method Post -Uri "https://api.sparrowsms.com/v2/sms/" -Body @{
        token = $token
        from  = "HTrails"
        to    = $_.phone
        text  = $msg
    }
}
""", _p, p=_p)

add("blind-mm/powershell/decoy-secret-store", "payroll/scripts/Get-PayrollSecret.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# SecretManagement बाट पासवर्ड लिने — फाइलमा केही नराख्ने
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name 'PayrollSql' -Vault 'HTrailsVault'
$sms  = Get-Secret -Name 'SparrowSmsToken' -Vault 'HTrailsVault' -AsPlainText
Write-Host "SQL user: $($cred.UserName)"
Write-Host "SMS token length: $($sms.Length)"
""")

# ---------------------------------------------------------------- tea exporter: estate
_p = words_pw()
add("blind-mm/yaml/compose-postgres", "ilam-estate/docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """\
# कन्याम र फिक्कल बगानको टिपाइ रेकर्ड
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: plucking
      POSTGRES_USER: estate
      POSTGRES_PASSWORD: "@@p@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    environment:
      DATABASE_URL: postgres://estate@db:5432/plucking
    depends_on: [db]
volumes:
  pgdata: {}
""", _p, p=_p)

add("blind-mm/yaml/decoy-compose-secret-file", "ilam-estate/docker-compose.prod.yml", "https://docs.docker.com/compose/use-secrets/", """\
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: plucking
      POSTGRES_USER: estate
      POSTGRES_PASSWORD_FILE: /run/secrets/estate_db_password
    secrets:
      - estate_db_password
secrets:
  estate_db_password:
    file: ./secrets/estate_db_password.txt   # git मा छैन (.gitignore)
""")

_p = rand_pw(12)
add("blind-mm/python/plucking-sync-requests", "ilam-estate/tools/pull_tablet_weights.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """\
\"\"\"टिपाइ तौल (केजी) ट्याब्लेटबाट सर्भरमा ल्याउने — हरेक साँझ ६ बजे\"\"\"
import csv
import requests

SERVER = "http://192.168.10.5:8069"
resp = requests.get(f"{SERVER}/api/plucking/today",
                    auth=("fikkal_supervisor", "@@p@@"), timeout=30)
resp.raise_for_status()

with open("weights_today.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["plucker_id", "section", "kg", "grade"])
    for row in resp.json():
        w.writerow([row["plucker"], row["section"], row["kg"], row["leaf_grade"]])
""", _p, p=_p)

add("blind-mm/python/decoy-hash", "ilam-estate/tools/verify_export.py", "https://docs.python.org/3/library/hashlib.html", """\
import hashlib
import sys

# पठाइएको CSV बिग्रेको छैन भनी जाँच्ने
EXPECTED_SHA256 = "9f2c4e71b0d8a3f65e1c27b948d0a6f3c5e8b21d47a90f6e3c18b5d27e4a9c06"

data = open(sys.argv[1], "rb").read()
digest = hashlib.sha256(data).hexdigest()
print("ठीक छ" if digest == EXPECTED_SHA256 else f"मिलेन: {digest}")
""")

_p = rand_pw(22)
add("blind-mm/odoo-conf/admin-passwd", "ilam-estate/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """\
[options]
; इलाम बगान ERP — टिपाइ, मजदुरी, मल
admin_passwd = @@p@@
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/estate_addons
xmlrpc_port = 8069
proxy_mode = True
""", _p, p=_p)

add("blind-mm/odoo-conf/decoy-hashed-admin", "ilam-estate/odoo/odoo.sample.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """\
[options]
; Odoo ले admin_passwd लाई पहिलो पटक सेभ गर्दा pbkdf2 ह्यास बनाउँछ
admin_passwd = $pbkdf2-sha512$600000$Jm7tR0pB$8LxQvT1dH6aZ2qW9eY4uI0oP3sD5fG7hJ1kL2zX4cV6bN8mQ0wE3rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT1yU3iO5pA7sD9f
db_host = localhost
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/estate_addons
""")

_p = rand_pw(10)
add("blind-mm/log/weighbridge-url", "ilam-estate/logs/weighbridge-2081-10-14.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """\
2081-10-14 06:02:11 INFO  weighbridge: starting poller
2081-10-14 06:02:11 INFO  weighbridge: connecting to ftp://scale01:@@p@@@192.168.10.40/exports/
2081-10-14 06:02:12 INFO  weighbridge: 14 new tickets
2081-10-14 06:02:12 WARN  ticket 88412 section K-7 tare missing, using default 2.5 kg
2081-10-14 06:30:00 INFO  weighbridge: sleeping 1800s
""", _p, p=_p)

add("blind-mm/log/decoy-redacted", "ilam-estate/logs/weighbridge-2081-10-15.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """\
2081-10-15 06:02:09 INFO  weighbridge: starting poller
2081-10-15 06:02:09 INFO  weighbridge: connecting to ftp://scale01:****@192.168.10.40/exports/
2081-10-15 06:02:10 ERROR weighbridge: 530 Login incorrect (पासवर्ड फेरिएको हो?)
2081-10-15 06:02:10 INFO  weighbridge: retry in 60s
2081-10-15 06:03:10 INFO  weighbridge: connecting to ftp://scale01:[REDACTED]@192.168.10.40/exports/
2081-10-15 06:03:11 INFO  weighbridge: 9 new tickets
""")

# ---------------------------------------------------------------- tea exporter: factory
_p = rand_pw(16)
add("blind-mm/python/modbus-scada", "factory/withering/trough_monitor.py", "https://pymodbus.readthedocs.io/en/latest/", """\
\"\"\"ओइलाउने ट्रफको तापक्रम र आर्द्रता — InfluxDB मा लेख्ने\"\"\"
from influxdb_client import InfluxDBClient
from pymodbus.client import ModbusTcpClient

plc = ModbusTcpClient("192.168.20.11")
influx = InfluxDBClient(url="http://192.168.20.2:8086",
                        token="@@p@@",
                        org="ilam-tea")
write = influx.write_api()

for trough in range(1, 9):
    rr = plc.read_holding_registers(100 + trough * 2, 2)
    temp, rh = rr.registers[0] / 10, rr.registers[1] / 10
    write.write("factory", record=f"withering,trough={trough} temp={temp},rh={rh}")
""", _p, p=_p)

_p = fakes.fake("", 86, _seed()) + "=="
add("blind-mm/toml/influx-token", "factory/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/", """\
# कारखाना सेन्सर — रोलिङ, फर्मेन्टेसन, ड्रायर
[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["http://192.168.20.2:8086"]
  token = "@@p@@"
  organization = "ilam-tea"
  bucket = "factory"

[[inputs.modbus]]
  name = "dryer"
  controller = "tcp://192.168.20.14:502"
""", _p, p=_p)

add("blind-mm/toml/decoy-env-reference", "factory/telegraf/telegraf.d/outputs.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """\
# टोकन systemd EnvironmentFile बाट आउँछ (/etc/default/telegraf)
[[outputs.influxdb_v2]]
  urls = ["http://192.168.20.2:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "ilam-tea"
  bucket = "factory"
""")

_p = words_pw()
add("blind-mm/grafana-ini/admin-password", "factory/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
[server]
http_port = 3000
domain = factory.ilamtea.local

[security]
# कारखाना म्यानेजर र QC टोलीको ड्यासबोर्ड
admin_user = admin
admin_password = @@p@@

[auth.anonymous]
enabled = false
""", _p, p=_p)

add("blind-mm/grafana-ini/decoy-file-reference", "factory/grafana/grafana.prod.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """\
[server]
http_port = 3000

[security]
admin_user = admin
admin_password = $__file{/etc/grafana/secrets/admin_password}
secret_key = $__env{GF_SECURITY_SECRET_KEY}
""")

_k = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-mm/yaml/ansible-ssh-key", "factory/ansible/group_vars/dryers.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
---
# ड्रायर नियन्त्रण Raspberry Pi हरू
ansible_user: pi
ansible_python_interpreter: /usr/bin/python3
dryer_ssh_private_key: |
  @@k@@
ntp_server: 192.168.20.1
""".replace("  @@k@@", "\n".join("  " + line for line in _k.splitlines())), _k)

add("blind-mm/yaml/decoy-ansible-vault", "factory/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6435646434643764313865356437343839303735366439310a613031633161393638326461346531
33623665376361663065613964623136316464306337633865313239633664396334623630313939
3965646465613631340a376232323662373633383565663030386464316266643430343462626531
38333262343863393166323838656535623930353834646331323863613563666466
""")

_p = rand_pw(20)
add("blind-mm/k8s-secret/shipping-db", "shipping/k8s/shipping-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: shipping-db
  namespace: ilam-export
  labels:
    app: shipping-api
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
  DB_HOST: @@h@@
""", _p, u=b64("shipping"), p=b64(_p), h=b64("pg-shipping.ilam-export.svc"))

add("blind-mm/k8s-secret/decoy-empty-data", "shipping/k8s/shipping-db-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# sealed-secrets ले भर्छ — यहाँ मान नराख्नुहोस्
apiVersion: v1
kind: Secret
metadata:
  name: shipping-db
  namespace: ilam-export
type: Opaque
data:
  DB_USER: c2hpcHBpbmc=
  DB_PASSWORD: ""
  DB_HOST: cGctc2hpcHBpbmcuaWxhbS1leHBvcnQuc3Zj
""")

add("blind-mm/k8s/decoy-sealed-secret", "shipping/k8s/sealed-buyer-portal.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: buyer-portal
  namespace: ilam-export
spec:
  encryptedData:
    SMTP_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq0x8kQ7b3nR1mZ2vL5cT9uH0wXa6sPjD4eYf8gKq1lM3nB7oV2tR5yU9iW0pE3aS6dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4q==
  template:
    metadata:
      name: buyer-portal
""")

_p = words_pw()
add("blind-mm/helm/values-smtp", "shipping/helm/buyer-portal/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 2
image:
  repository: registry.ilamtea.com.np/buyer-portal
  tag: "1.8.3"
ingress:
  enabled: true
  host: buyers.ilamtea.com.np
# खरिदकर्तालाई नमुना पठाएको इमेल (Zoho)
smtp:
  host: smtppro.zoho.in
  port: 465
  user: samples@ilamtea.com.np
  password: "@@p@@"
""", _p, p=_p)

add("blind-mm/helm/decoy-existing-secret", "shipping/helm/buyer-portal/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 1
image:
  repository: registry.ilamtea.com.np/buyer-portal
  tag: latest
smtp:
  host: smtppro.zoho.in
  port: 465
  user: samples@ilamtea.com.np
  # पासवर्ड यहाँ होइन — existingSecret प्रयोग गर्नुहोस्
  password: ""
  existingSecret: buyer-portal-smtp
  existingSecretKey: password
""")

_s = sendgrid_key()
add("blind-mm/ruby/sendgrid", "shipping/buyer-mailer/config/initializers/sendgrid.rb", "https://github.com/sendgrid/sendgrid-ruby#usage", """\
# खरिदकर्तालाई लट र COA इमेल
require 'sendgrid-ruby'

SENDGRID = SendGrid::API.new(api_key: '@@s@@')

def send_coa(to, lot)
  mail = SendGrid::Mail.new(SendGrid::Email.new(email: 'export@ilamtea.com.np'),
                            "COA — lot #{lot}", SendGrid::Email.new(email: to),
                            SendGrid::Content.new(type: 'text/plain', value: "Please find COA for #{lot}."))
  SENDGRID.client.mail._('send').post(request_body: mail.to_json)
end
""", _s, s=_s)

add("blind-mm/ruby/decoy-credentials-reference", "shipping/buyer-mailer/config/initializers/mailer.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Rails credentials (config/credentials.yml.enc) बाट लिने
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.sendgrid.net',
    port: 587,
    user_name: 'apikey',
    password: Rails.application.credentials.dig(:sendgrid, :api_key),
    authentication: :plain
  }
end
""")

_p = rand_pw(24)
add("blind-mm/terraform/rds-password", "shipping/infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
# निर्यात ढुवानी डाटाबेस
resource "aws_db_instance" "shipping" {
  identifier          = "ilam-shipping"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "shipping_admin"
  password            = "@@p@@"
  skip_final_snapshot = false
  tags = { Owner = "export-team" }
}
""", _p, p=_p)

add("blind-mm/terraform/decoy-random-password", "shipping/infra/rds_v2.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "shipping_db" {
  length  = 24
  special = false
}

resource "aws_db_instance" "shipping_v2" {
  identifier     = "ilam-shipping-v2"
  engine         = "postgres"
  instance_class = "db.t4g.small"
  username       = "shipping_admin"
  password       = random_password.shipping_db.result
}
""")

_a, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("blind-mm/terraform/provider-keys", "shipping/infra/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# TODO: हटाउने — अस्थायी रूपमा यहाँ राखेको (बिनोद)
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@a@@"
  secret_key = "@@s@@"
}
""", _s, a=_a, s=_s)

add("blind-mm/terraform/decoy-tfvars-example", "shipping/infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# प्रतिलिपि गरेर terraform.tfvars बनाउनुहोस् (gitignored)
region            = "ap-south-1"
db_password       = "CHANGE_ME"
maersk_api_key    = "<from-maersk-developer-portal>"
slack_webhook_url = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
""")

_k = hexs(32)
add("blind-mm/kotlin/shipping-line-api", "shipping/tracker-android/app/src/main/java/np/ilamtea/tracker/ContainerApi.kt", "https://square.github.io/retrofit/", """\
package np.ilamtea.tracker

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// कन्टेनर कहाँ पुग्यो — कोलकाता बन्दरगाहदेखि ह्याम्बर्गसम्म
object ContainerApi {
    private const val CONSUMER_KEY = "@@k@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("Consumer-Key", CONSUMER_KEY)
                .build())
        })
        .build()
}
""", _k, k=_k)

add("blind-mm/kotlin/decoy-buildconfig", "shipping/tracker-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "np.ilamtea.tracker"
    defaultConfig {
        applicationId = "np.ilamtea.tracker"
        minSdk = 24
        // कुञ्जी local.properties बाट आउँछ, git मा छैन
        buildConfigField("String", "CONSUMER_KEY",
            "\\"${project.findProperty("maerskConsumerKey") ?: ""}\\"")
    }
}
""")

_p = rand_pw(16)
add("blind-mm/java/jdbc-properties", "shipping/customs-edi/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", """\
# भन्सार ASYCUDA घोषणा — EDI सेवा
server.port=8090
spring.datasource.url=jdbc:postgresql://10.30.0.5:5432/customs
spring.datasource.username=customs_edi
spring.datasource.password=@@p@@
spring.jpa.hibernate.ddl-auto=validate
asycuda.office-code=NPKAK
""", _p, p=_p)

add("blind-mm/java/decoy-env-placeholder", "shipping/customs-edi/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """\
server.port=8090
spring.datasource.url=${CUSTOMS_DB_URL}
spring.datasource.username=${CUSTOMS_DB_USER}
spring.datasource.password=${CUSTOMS_DB_PASSWORD}
asycuda.office-code=NPKAK
# बिराटनगर र काँकडभिट्टा दुवैका लागि
asycuda.alt-office-code=NPBRT
""")

_p = words_pw()
add("blind-mm/java/sftp-upload", "shipping/customs-edi/src/main/java/np/ilamtea/edi/AgentSftp.java", "https://www.jcraft.com/jsch/", """\
package np.ilamtea.edi;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** क्लियरिङ एजेन्ट (काँकडभिट्टा) को SFTP मा इनभ्वाइस पठाउने */
public class AgentSftp {
    public static void upload(String local, String remote) throws Exception {
        Session s = new JSch().getSession("ilamtea", "sftp.kakarbhitta-clearing.com.np", 22);
        s.setPassword("@@p@@");
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect(15000);
        ChannelSftp ch = (ChannelSftp) s.openChannel("sftp");
        ch.connect();
        ch.put(local, remote);
        ch.disconnect();
        s.disconnect();
    }
}
""", _p, p=_p)

add("blind-mm/xml/decoy-maven-settings-env", "shipping/customs-edi/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <!-- GitLab package registry — CI job token प्रयोग हुन्छ -->
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
""")

_g = gitlab_token()
add("blind-mm/xml/maven-settings-token", "shipping/customs-edi/settings-local.xml", "https://docs.gitlab.com/ee/user/packages/maven_repository/", """\
<settings>
  <servers>
    <!-- मेरो आफ्नै टोकन, ल्यापटपमा मात्र — सुमन -->
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Private-Token</name>
            <value>@@g@@</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
""", _g, g=_g)

_p = rand_pw(18)
add("blind-mm/dockerfile/build-arg-password", "factory/qc-lab/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM python:3.12-slim
# QC प्रयोगशाला — चियाको नमी र TF/TR मापन
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV LIMS_DB_URL=postgresql://qc:@@p@@@10.20.5.9:5432/lims
ENV TZ=Asia/Kathmandu
CMD ["gunicorn", "-b", "0.0.0.0:8000", "qc.wsgi"]
""", _p, p=_p)

add("blind-mm/dockerfile/decoy-buildkit-secret", "factory/qc-lab/Dockerfile.prod", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# निजी PyPI टोकन build secret बाट — इमेजमा बस्दैन
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.ilamtea.local/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "qc.wsgi"]
""")

_n = npm_token()
add("blind-mm/npmrc/npm-token", "booking-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# @htrails निजी प्याकेज (ui-kit, itinerary-pdf)
@htrails:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@n@@
save-exact=true
engine-strict=true
""", _n, n=_n)

add("blind-mm/npmrc/decoy-env-token", "booking-admin/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
@htrails:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
# CI मा NPM_TOKEN GitHub secret बाट आउँछ
fund=false
""")

_gh = fakes.github_token(_seed())
add("blind-mm/shell/github-clone", "ops/scripts/pull_itineraries.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
#!/usr/bin/env bash
# यात्रा-विवरण (itinerary) रिपो हरेक रात तान्ने — cron: 0 2 * * *
set -euo pipefail
cd /srv/itineraries
if [ ! -d .git ]; then
  git clone https://htrails-bot:@@t@@@github.com/himalayantrails/itineraries.git .
else
  git pull --ff-only
fi
python3 build_pdfs.py --out /srv/www/pdf
""", _gh, t=_gh)

add("blind-mm/shell/decoy-gh-cli", "ops/scripts/release_notes.sh", "https://cli.github.com/manual/gh_auth_login", """\
#!/usr/bin/env bash
set -euo pipefail
# gh ले आफ्नै keyring बाट टोकन लिन्छ; CI मा GH_TOKEN सेट हुन्छ
: "${GH_TOKEN:?GH_TOKEN सेट गर्नुहोस्}"
tag="$(git describe --tags --abbrev=0)"
gh release create "$tag" --generate-notes --repo himalayantrails/booking-web
echo "release $tag बनाइयो"
""")

_p = fakes.redis_password(_seed())
add("blind-mm/javascript/redis-url", "booking-web/src/cache.js", "https://github.com/redis/node-redis#usage", """\
// सिट उपलब्धता क्यास — EBC र ABC समूह प्रस्थानहरू
const { createClient } = require('redis');

const client = createClient({
  url: 'rediss://default:@@p@@@redis-14021.c301.ap-south-1-1.ec2.cloud.redislabs.com:14021',
});
client.on('error', (err) => console.error('redis त्रुटि', err));

module.exports = client;
""", _p, p=_p)

add("blind-mm/javascript/decoy-local-redis", "booking-web/src/cache.dev.js", "https://github.com/redis/node-redis#usage", """\
// स्थानीय विकासका लागि — docker run -p 6379:6379 redis
const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL || 'redis://localhost:6379' });
client.on('error', (err) => console.error('redis त्रुटि', err));

module.exports = client;
""")

_p = rand_pw(16)
add("blind-mm/sql/create-user", "payroll/db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- 0007: लेखा शाखाको लागि पढ्ने मात्र प्रयोगकर्ता
BEGIN;
CREATE ROLE payroll_report LOGIN PASSWORD '@@p@@';
GRANT CONNECT ON DATABASE porter_payroll TO payroll_report;
GRANT USAGE ON SCHEMA public TO payroll_report;
GRANT SELECT ON wages, porters, treks TO payroll_report;
COMMIT;
""", _p, p=_p)

add("blind-mm/sql/decoy-psql-variable", "payroll/db/migrations/0008_app_user.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", """\
-- 0008: एप प्रयोगकर्ता; पासवर्ड psql -v बाट दिनुहोस्
-- psql -v app_pw="$PAYROLL_APP_PW" -f 0008_app_user.sql
BEGIN;
CREATE ROLE payroll_app LOGIN PASSWORD :'app_pw';
GRANT SELECT, INSERT, UPDATE ON wages, porters TO payroll_app;
COMMIT;
""")

_p = words_pw()
add("blind-mm/rst/ops-handbook", "ilam-estate/docs/source/backup.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
ब्याकअप प्रक्रिया
================

हरेक शुक्रबार बेलुका Odoo डाटाबेसको ब्याकअप NAS मा जान्छ।

.. code-block:: bash

   pg_dump -h localhost -U odoo estate | gzip > /mnt/nas/estate-$(date +%F).sql.gz

NAS लगइन (Synology, कारखाना अफिस):

:URL: http://192.168.10.3:5000
:User: backup
:Password: ``@@p@@``

समस्या भए दीपकलाई फोन गर्नुहोस्।
""", _p, p=_p)

add("blind-mm/rst/decoy-doc-placeholder", "ilam-estate/docs/source/install.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
स्थापना
=======

#. ``odoo.sample.conf`` लाई ``odoo.conf`` मा प्रतिलिपि गर्नुहोस्।
#. ``admin_passwd`` मा आफ्नै बलियो पासवर्ड राख्नुहोस् (उदाहरण: ``<your-master-password>``)।
#. सेवा सुरु गर्नुहोस्::

      sudo systemctl start odoo

#. ब्राउजरमा http://localhost:8069 खोल्नुहोस्।
""")

_k = fakes.fake_pem(_seed(), "RSA")
add("blind-mm/pem/sftp-key", "shipping/keys/clearing_agent_rsa", "https://www.rfc-editor.org/rfc/rfc7468", _k + "\n", _k)

add("blind-mm/pem/decoy-public-key", "shipping/keys/clearing_agent_rsa.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
mwIDAQAB
-----END PUBLIC KEY-----
""")

_p = rand_pw(20)
add("blind-mm/rust/lims-client", "factory/grading/src/lims.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.basic_auth", """\
//! ग्रेडिङ मेसिनको नतिजा LIMS मा पठाउने (FTGFOP1, TGFOP, GFOP ...)
use reqwest::blocking::Client;
use serde::Serialize;

#[derive(Serialize)]
pub struct GradeResult<'a> { pub lot: &'a str, pub grade: &'a str, pub kg: f32 }

const LIMS_URL: &str = "http://10.20.5.9:8000/api/grades/";
const LIMS_USER: &str = "grader01";
const LIMS_PASS: &str = "@@p@@";

pub fn push(r: &GradeResult) -> reqwest::Result<()> {
    Client::new().post(LIMS_URL).basic_auth(LIMS_USER, Some(LIMS_PASS)).json(r).send()?.error_for_status()?;
    Ok(())
}
""", _p, p=_p)

add("blind-mm/rust/decoy-env-var", "factory/grading/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

pub struct Config { pub lims_url: String, pub lims_user: String, pub lims_pass: String }

impl Config {
    /// वातावरणबाट पढ्ने; नभए रोकिने
    pub fn from_env() -> Self {
        Config {
            lims_url: env::var("LIMS_URL").unwrap_or_else(|_| "http://localhost:8000/api/grades/".into()),
            lims_user: env::var("LIMS_USER").expect("LIMS_USER चाहियो"),
            lims_pass: env::var("LIMS_PASS").expect("LIMS_PASS चाहियो"),
        }
    }
}
""")

_k = "sk_" + hexs(40)
add("blind-mm/swift/ios-api-key", "booking-ios/HimalayanTrails/Services/WeatherService.swift", "https://developer.apple.com/documentation/foundation/urlsession", """\
import Foundation

// ट्रेक रुटको मौसम पूर्वानुमान (Tomorrow.io) — पछि सर्भरमा सार्ने
struct WeatherService {
    private let apiKey = "@@k@@"

    func forecast(lat: Double, lon: Double) async throws -> Data {
        var c = URLComponents(string: "https://api.tomorrow.io/v4/weather/forecast")!
        c.queryItems = [URLQueryItem(name: "location", value: "\\(lat),\\(lon)"),
                        URLQueryItem(name: "apikey", value: apiKey)]
        let (data, _) = try await URLSession.shared.data(from: c.url!)
        return data
    }
}
""", _k, k=_k)

add("blind-mm/swift/decoy-plist-reference", "booking-ios/HimalayanTrails/Config/Secrets.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
import Foundation

// कुञ्जीहरू xcconfig → Info.plist बाट आउँछन्; Secrets.xcconfig git मा छैन
enum Secrets {
    static var weatherKey: String {
        Bundle.main.object(forInfoDictionaryKey: "WEATHER_API_KEY") as? String ?? ""
    }
    static var stripePublishable: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PK") as? String ?? "pk_test_placeholder"
    }
}
""")

_w = slack_webhook()
add("blind-mm/python/slack-webhook-split", "factory/alerts/dryer_alarm.py", "https://api.slack.com/messaging/webhooks", """\
\"\"\"ड्रायरको तापक्रम १२०°C नाघेमा #factory-floor मा सूचना\"\"\"
import json
import urllib.request

HOOK = (
    "@@a@@"
    "@@b@@"
)


def alarm(dryer: int, temp: float) -> None:
    body = json.dumps({"text": f":fire: ड्रायर {dryer}: {temp:.1f}°C"}).encode()
    req = urllib.request.Request(HOOK, body, {"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
""", _w, a=_w[:45], b=_w[45:])

_p = rand_pw(14, "!#")
add("blind-mm/yaml/netplan-wifi", "factory/network/50-factory-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", """\
# कारखाना भित्रको WiFi — ट्याब्लेट र तराजुहरू
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "IlamTea-Factory":
          password: "@@p@@"
""", _p, p=_p)

_p = words_pw()
add("blind-mm/wpa-conf/scale-wifi", "ilam-estate/tablets/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NP

# फिक्कल बगान — सुपरभाइजर झुपडी
network={
    ssid="Fikkal-Estate"
    psk="@@p@@"
    key_mgmt=WPA-PSK
}
""", _p, p=_p)

add("blind-mm/wpa-conf/decoy-hashed-psk", "ilam-estate/tablets/wpa_supplicant.kanyam.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NP

# कन्याम बगान — wpa_passphrase ले बनाएको PSK (ह्यास), मूल पासवर्ड होइन
network={
    ssid="Kanyam-Estate"
    #psk="..."
    psk=5b8e2c1d0f4a97e3c6b2d18f0a7e4c9b3d6f1a8e2c5b9d0f7a4e1c8b3d6f2a9e
}
""")

_p = rand_pw(16)
add("blind-mm/json/vscode-sftp", "factory/qc-lab/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "QC lab server",
  "host": "10.20.5.9",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@p@@",
  "remotePath": "/srv/qc-lab",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "__pycache__"]
}
""", _p, p=_p)

add("blind-mm/json/decoy-vscode-key-path", "factory/grading/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "grading pi",
  "host": "192.168.20.31",
  "protocol": "sftp",
  "username": "pi",
  "privateKeyPath": "~/.ssh/ilamtea_factory_ed25519",
  "passphrase": true,
  "remotePath": "/home/pi/grading",
  "uploadOnSave": false
}
""")

_p = rand_pw(20)
_basic = b64("exporter:" + _p)
add("blind-mm/http/basic-auth-header", "shipping/api-tests/buyer-portal.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """\
### खरिदकर्ताको अर्डर सूची (हाम्बर्ग, Teekampagne)
GET https://portal.teehandel-nord.de/api/v1/orders?supplier=ILAMTEA
Authorization: Basic @@b@@
Accept: application/json

### नमुना पठाएको जानकारी
POST https://portal.teehandel-nord.de/api/v1/samples
Authorization: Basic @@b@@
Content-Type: application/json

{"lot": "ILM-FF-2081-041", "grade": "FTGFOP1", "grams": 100}
""", _basic, b=_basic)

add("blind-mm/http/decoy-env-variable", "shipping/api-tests/buyer-portal.env.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### खरिदकर्ताको अर्डर सूची — http-client.private.env.json बाट
GET https://portal.teehandel-nord.de/api/v1/orders?supplier=ILAMTEA
Authorization: Basic {{buyerUser}} {{buyerPassword}}
Accept: application/json

### token
POST https://portal.teehandel-nord.de/api/v1/token
Content-Type: application/json

{"client_id": "{{clientId}}", "client_secret": "{{clientSecret}}"}
""")

_az = azure_secret()
add("blind-mm/csharp/azure-client-secret", "payroll/PorterPayroll/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """\
using Azure.Identity;
using Azure.Storage.Blobs;

// तलब स्लिप PDF हरू Azure Blob मा
var cred = new ClientSecretCredential(
    tenantId: "6f1c2a0e-3b7d-4e59-9a18-c2d40f7b5e31",
    clientId: "d93a7e12-58c4-4f0b-a6e2-1b9c0d7f3a54",
    clientSecret: "@@s@@");

var blobs = new BlobServiceClient(new Uri("https://htrailspayslips.blob.core.windows.net"), cred);
var container = blobs.GetBlobContainerClient("payslips-2081");
await container.CreateIfNotExistsAsync();
Console.WriteLine("तयार");
""", _az, s=_az)

_cs = "DefaultEndpointsProtocol=https;AccountName=htrailsbackup;AccountKey=" + fakes.fake("", 86, _seed()) + "==;EndpointSuffix=core.windows.net"
_ak = _cs.split("AccountKey=")[1].split(";")[0]
add("blind-mm/dotenv/azure-storage", "payroll/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
# तलब सेवाको स्थानीय .env (gitignore मा हुनुपर्ने!)
ASPNETCORE_ENVIRONMENT=Development
AZURE_STORAGE_CONNECTION_STRING="@@c@@"
PAYSLIP_CONTAINER=payslips-2081
PAYROLL_CULTURE=ne-NP
""", _ak, c=_cs)

add("blind-mm/dotenv/decoy-azurite", "payroll/.env.development", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", """\
# Azurite इमुलेटर — Microsoft ले प्रकाशित गरेको सार्वजनिक devstoreaccount1 कुञ्जी
ASPNETCORE_ENVIRONMENT=Development
AZURE_STORAGE_CONNECTION_STRING=UseDevelopmentStorage=true
AZURITE_ACCOUNT=devstoreaccount1
PAYSLIP_CONTAINER=payslips-dev
""")

_p = rand_pw(18)
add("blind-mm/notebook/db-password", "ilam-estate/analysis/yield_by_section.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# खण्ड अनुसार उत्पादन (केजी/हेक्टर) — २०८१ पहिलो फ्लस"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@p@@@192.168.10.5:5432/estate')\\n",
    "df = pd.read_sql('select section, sum(kg) kg from plucking group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _p, p=_p)

add("blind-mm/notebook/decoy-getpass", "ilam-estate/analysis/rainfall_vs_flush.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('estate DB पासवर्ड: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@192.168.10.5:5432/estate')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

_p = passphrase()
add("blind-mm/text/handover-note", "ops/notes/handover-ramesh.txt", "https://www.rfc-editor.org/rfc/rfc3986", """\
हस्तान्तरण नोट — रमेश (२०८१ फागुन)

१. बुकिङ साइटको cPanel: https://cp.himalayantrails.com.np:2083
   user: htrails  पासवर्ड: @@p@@
२. डोमेन नवीकरण Mercantile मार्फत हुन्छ, चैतमा।
३. Khalti/eSewa मर्चेन्ट खाता अनिताको नाममा छ।
४. TIMS पोर्टलको पासवर्ड Vault मा छ, यहाँ होइन।
""", _p, p=_p)

add("blind-mm/text/decoy-handover-vault", "ops/notes/handover-anita.txt", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """\
हस्तान्तरण नोट — अनिता (२०८१ चैत)

- सबै पासवर्ड Bitwarden को "HTrails Ops" संग्रहमा सारियो।
- cPanel: Bitwarden → "cPanel htrails"
- Khalti मर्चेन्ट: Bitwarden → "Khalti live" (2FA मेरो फोनमा)
- पुरानो पासवर्डहरू (********) सबै फेरिसकेको छ।
- प्रश्न भए: anita@himalayantrails.com.np
""")

_p = rand_pw(16)
add("blind-mm/yaml/ansible-inventory-password", "ops/ansible/inventory/booking.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
all:
  children:
    booking:
      hosts:
        web1.himalayantrails.com.np:
        web2.himalayantrails.com.np:
      vars:
        ansible_user: deploy
        ansible_become_password: "@@p@@"
        nginx_server_name: book.himalayantrails.com.np
""", _p, p=_p)

add("blind-mm/yaml/decoy-ansible-vault-ref", "ops/ansible/inventory/permits.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """\
all:
  children:
    permits:
      hosts:
        permits1.internal:
      vars:
        ansible_user: deploy
        # vault.yml मा इन्क्रिप्ट गरिएको
        ansible_become_password: "{{ vault_permits_become_password }}"
        tims_password: "{{ vault_tims_password }}"
""")

_o = fakes.openai_key(_seed())
add("blind-mm/python/openai-key", "booking/itinerary_ai/describe.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"यात्रा-विवरणको अंग्रेजी र जर्मन विवरण स्वतः लेख्ने\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@o@@")


def describe(trek: str, days: int, lang: str = "en") -> str:
    prompt = f"Write a 120-word description of a {days}-day {trek} trek in Nepal, language={lang}."
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content
""", _o, o=_o)

add("blind-mm/python/decoy-openai-env", "booking/itinerary_ai/client.py", "https://platform.openai.com/docs/api-reference/authentication", """\
import os
from openai import OpenAI

# OPENAI_API_KEY वातावरणमा हुनुपर्छ; client आफैं पढ्छ
client = OpenAI()
assert os.environ.get("OPENAI_API_KEY", "").startswith("sk-"), "OPENAI_API_KEY सेट गर्नुहोस्"
MODEL = os.environ.get("ITINERARY_MODEL", "gpt-4o-mini")
""")

_p = rand_pw(12)
add("blind-mm/shell-history/mysql-cli", "ops/notes/history_bikash.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
  501  ssh deploy@10.20.1.22
  502  sudo systemctl status mysql
  503  mysql -u attendance -p@@p@@ porter_attendance -e "select count(*) from checkins where day=curdate()"
  504  tail -n 50 /var/log/porter-sync.log
  505  exit
""", _p, p=_p)

add("blind-mm/shell-history/decoy-prompt-password", "ops/notes/history_sunita.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
  311  ssh deploy@10.20.1.22
  312  mysql -u attendance -p porter_attendance
  313  mysql --login-path=attendance -e "select max(day) from checkins" porter_attendance
  314  mysql_config_editor print --all
  315  exit
""")

_p = words_pw()
add("blind-mm/php/wordpress-config", "marketing-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** हिमालयन ट्रेल्स ब्लग — WordPress */
define( 'DB_NAME', 'htrails_blog' );
define( 'DB_USER', 'htrails_wp' );
define( 'DB_PASSWORD', '@@p@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ht_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _p, p=_p)

add("blind-mm/php/decoy-wp-sample", "marketing-site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

_k = rand_pw(64)
add("blind-mm/php/wp-salt", "marketing-site/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", """\
<?php
// https://api.wordpress.org/secret-key/1.1/salt/ बाट — २०८१ मंसिरमा फेरिएको
define( 'AUTH_KEY', '@@k@@' );
define( 'WP_CACHE_KEY_SALT', 'htrails_' );
define( 'WP_POST_REVISIONS', 5 );
""", _k, k=_k)

_p = rand_pw(18)
add("blind-mm/yaml/spring-mail", "shipping/customs-edi/src/main/resources/application-mail.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/io.html#io.email", """\
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: docs@ilamtea.com.np
    password: @@p@@
    properties:
      mail.smtp.starttls.enable: true
# भन्सार घोषणाको प्रति एजेन्टलाई
edi:
  notify: clearing@kakarbhitta-clearing.com.np
""", _p, p=_p)

_t = fakes.telegram_token(_seed())
add("blind-mm/go/telegram-bot", "ilam-estate/bots/frost_alert/main.go", "https://core.telegram.org/bots/api#making-requests", """\
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// तुसारो (frost) चेतावनी — तापक्रम २°C भन्दा कम भए
const botToken = "@@t@@"
const chatID = "-1002048811230"

func notify(section string, temp float64) error {
	msg := fmt.Sprintf("❄️ खण्ड %s: %.1f°C — छहारी जाल छोप्नुहोस्", section, temp)
	_, err := http.PostForm("https://api.telegram.org/bot"+botToken+"/sendMessage",
		url.Values{"chat_id": {chatID}, "text": {msg}})
	return err
}
""", _t, t=_t)

add("blind-mm/go/decoy-test-token", "ilam-estate/bots/frost_alert/main_test.go", "https://pkg.go.dev/net/http/httptest", """\
package main

import "testing"

// परीक्षणको नक्कली टोकन — Telegram ले स्वीकार गर्दैन
const fakeToken = "123456:TEST-TOKEN-NOT-REAL"

func TestMessage(t *testing.T) {
	if fakeToken == "" {
		t.Fatal("token खाली")
	}
}
""")

_p = rand_pw(20)
_dsn = "mongodb+srv://shipadmin:" + _p + "@ilamtea-ship.x7k2p.mongodb.net/shipments?retryWrites=true&w=majority"
add("blind-mm/typescript/mongo-uri", "shipping/tracker-api/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
import { MongoClient } from "mongodb";

// कन्टेनर ट्र्याकिङ इतिहास
const uri = "@@u@@";
export const mongo = new MongoClient(uri);

export async function shipments() {
  await mongo.connect();
  return mongo.db("shipments").collection("containers");
}
""", _p, u=_dsn)

add("blind-mm/typescript/decoy-mongo-docs", "shipping/tracker-api/README.md", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
# tracker-api

कन्टेनर ट्र्याकिङ API.

```bash
export MONGODB_URI="mongodb+srv://<username>:<password>@<cluster>.mongodb.net/shipments"
npm install
npm run dev
```

`<password>` मा Atlas बाट पाएको पासवर्ड राख्नुहोस् — कहिल्यै commit नगर्नुहोस्।
""")

_p = rand_pw(16)
add("blind-mm/xml/tomcat-users", "shipping/customs-edi/deploy/tomcat-users.xml", "https://tomcat.apache.org/tomcat-10.1-doc/manager-howto.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- EDI सर्भर म्यानेजर (Jenkins ले deploy गर्छ) -->
  <role rolename="manager-script"/>
  <user username="jenkins-deploy" password="@@p@@" roles="manager-script"/>
</tomcat-users>
""", _p, p=_p)

add("blind-mm/xml/decoy-digest-password", "shipping/customs-edi/deploy/tomcat-users.prod.xml", "https://tomcat.apache.org/tomcat-10.1-doc/realm-howto.html#Digested_Passwords", """\
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- digest.sh -a sha-256 ले बनाएको ह्यास -->
  <role rolename="manager-script"/>
  <user username="jenkins-deploy"
        password="3f1b6c2e9a4d7f0b8e5c1a2d6f9b0e3c$20000$c4a7e2f19b3d60a58e7f2c1b9d4a6e03f8b2c5d1a9e7f4b0c3d6e2a8f1b5c9d7"
        roles="manager-script"/>
</tomcat-users>
""")

_p = rand_pw(22)
add("blind-mm/yaml/gitlab-ci-variable", "factory/qc-lab/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/#variables", """\
stages: [test, deploy]

variables:
  LIMS_DB_HOST: 10.20.5.9
  LIMS_DB_USER: qc
  LIMS_DB_PASSWORD: "@@p@@"   # पछि CI/CD settings मा सार्ने

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script: ./deploy.sh
  only: [main]
""", _p, p=_p)

add("blind-mm/yaml/decoy-gitlab-masked", "ilam-estate/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """\
stages: [build, deploy]

# ODOO_ADMIN_PASSWD र NAS_PASSWORD: Settings → CI/CD → Variables (masked, protected)
build:
  stage: build
  script:
    - docker build -t registry.ilamtea.local/estate:$CI_COMMIT_SHORT_SHA .
    - echo "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin registry.ilamtea.local

deploy:
  stage: deploy
  script:
    - ansible-playbook deploy.yml -e admin_passwd="$ODOO_ADMIN_PASSWD"
""")

_d = fakes.django_secret_key(_seed())
add("blind-mm/python/flask-secret", "factory/qc-lab/qc/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", """\
from flask import Flask, render_template

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@d@@"
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/")
def index():
    # आजका लटहरूको नमी र रंग
    return render_template("index.html")
""", _d, d=_d)

_p = rand_pw(18)
add("blind-mm/cron/crontab-backup", "ilam-estate/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command
# हरेक शुक्रबार राति ११ बजे ब्याकअप
0 23 * * 5 PGPASSWORD='@@p@@' pg_dump -h localhost -U odoo estate | gzip > /mnt/nas/estate-$(date +\\%F).sql.gz
30 6 * * * /opt/estate/tools/pull_tablet_weights.py >> /var/log/weights.log 2>&1
0 1 1 * * find /mnt/nas -name 'estate-*.sql.gz' -mtime +90 -delete
""", _p, p=_p)

add("blind-mm/cron/decoy-pgpass", "ilam-estate/ops/crontab.new.txt", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# m h dom mon dow command
# पासवर्ड ~/.pgpass (chmod 600) बाट लिन्छ
0 23 * * 5 pg_dump -h localhost -U odoo estate | gzip > /mnt/nas/estate-$(date +\\%F).sql.gz
30 6 * * * /opt/estate/tools/pull_tablet_weights.py >> /var/log/weights.log 2>&1
0 1 1 * * find /mnt/nas -name 'estate-*.sql.gz' -mtime +90 -delete
""")

_p = rand_pw(16)
add("blind-mm/pgpass/estate-pgpass", "ilam-estate/ops/pgpass.txt", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
# नयाँ सर्भरमा ~/.pgpass मा प्रतिलिपि गर्नुहोस्
localhost:5432:estate:odoo:@@p@@
192.168.10.5:5432:estate:analyst:*
192.168.10.5:5432:plucking:estate:*
""", _p, p=_p)

_k = fakes.fake_pem(_seed(), "EC")
add("blind-mm/yaml/k8s-stringdata-tls", "shipping/k8s/buyer-portal-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: buyer-portal-tls
  namespace: ilam-export
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUKx0TqK2q4nHh8cQeY0Zq7h2bVfEwCgYIKoZIzj0EAwIw
    -----END CERTIFICATE-----
  tls.key: |
@@k@@
""", _k, k="\n".join("    " + line for line in _k.splitlines()))

_p = words_pw()
_u = "amqp://shipping:" + _p + "@10.30.0.8:5672/export"
add("blind-mm/python/amqp-url", "shipping/workers/coa_worker.py", "https://pika.readthedocs.io/en/stable/modules/parameters.html#urlparameters", """\
\"\"\"विश्लेषण प्रमाणपत्र (COA) PDF बनाउने worker\"\"\"
import pika

params = pika.URLParameters("@@u@@")
conn = pika.BlockingConnection(params)
ch = conn.channel()
ch.queue_declare(queue="coa.render", durable=True)


def on_message(ch, method, props, body):
    print("COA बनाउँदै:", body.decode())
    ch.basic_ack(method.delivery_tag)


ch.basic_consume("coa.render", on_message)
ch.start_consuming()
""", _p, u=_u)

_p = rand_pw(20)
add("blind-mm/ini/supervisor-rabbit", "shipping/workers/rabbitmq.conf", "https://www.rabbitmq.com/docs/configure#config-file", """\
# निर्यात सन्देश-पङ्क्ति — पहिलो सुरुमा बनाइने प्रयोगकर्ता
listeners.tcp.default = 5672
management.tcp.port = 15672
default_vhost = export
default_user = shipping
default_pass = @@p@@
loopback_users.guest = true
""", _p, p=_p)

add("blind-mm/ini/decoy-rabbit-guest", "shipping/workers/rabbitmq.dev.conf", "https://www.rabbitmq.com/docs/access-control#default-state", """\
# स्थानीय विकास — RabbitMQ को पूर्वनिर्धारित guest/guest (localhost मात्र)
listeners.tcp.default = 5672
default_vhost = /
default_user = guest
default_pass = guest
loopback_users.guest = true
""")

_p = rand_pw(32)
add("blind-mm/json/firebase-service", "booking-ios/scripts/push-config.json", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
{
  "app": "np.himalayantrails.booking",
  "apns": {
    "team_id": "7QH3K2Z9LX",
    "key_id": "4PJ8W2N6RT",
    "environment": "production"
  },
  "onesignal": {
    "app_id": "8f2d4c1a-6b3e-4f70-9d21-5a7c0e8b3f64",
    "rest_api_key": "@@p@@"
  }
}
""", _p, p=_p)

add("blind-mm/json/decoy-firebase-web-config", "booking-web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "apiKey": "AIzaSyD-PUBLIC-web-config-restricted-key00",
  "authDomain": "himalayan-trails.firebaseapp.com",
  "projectId": "himalayan-trails",
  "storageBucket": "himalayan-trails.appspot.com",
  "messagingSenderId": "418820337261",
  "appId": "1:418820337261:web:7c3a9e1f0b2d4e5a6c8b9d"
}
""")

_p = rand_pw(16)
add("blind-mm/ruby/capistrano", "shipping/buyer-mailer/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """\
# खरिदकर्ता मेलर — production सर्भर
server '10.30.0.12', user: 'deploy', roles: %w{app db web}

set :ssh_options, {
  forward_agent: false,
  auth_methods: %w(password),
  password: '@@p@@',
  user: 'deploy'
}
set :branch, 'main'
""", _p, p=_p)

_p = rand_pw(14, "!")
add("blind-mm/powershell/net-use", "payroll/scripts/Map-PayrollShare.ps1", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """\
# लेखा शाखाको साझा फोल्डर जोड्ने (हरेक महिनाको १ गते)
$share = "\\\\fs01.htrails.local\\payroll"
net use P: $share /user:HTRAILS\\payroll.clerk @@p@@ /persistent:no
Copy-Item ".\\exports\\*.csv" "P:\\2081\\" -Force
net use P: /delete
Write-Host "तलब CSV लेखा शाखामा पठाइयो"
""", _p, p=_p)

add("blind-mm/powershell/decoy-get-credential", "payroll/scripts/Map-PayrollShare.v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# v2: पासवर्ड सोध्ने, स्क्रिप्टमा नराख्ने
$share = "\\\\fs01.htrails.local\\payroll"
$cred = Get-Credential -UserName "HTRAILS\\payroll.clerk" -Message "लेखा शाखाको पासवर्ड"
New-PSDrive -Name P -PSProvider FileSystem -Root $share -Credential $cred | Out-Null
Copy-Item ".\\exports\\*.csv" "P:\\2081\\" -Force
Remove-PSDrive P
""")

_pt = fakes.pypi_token(_seed())
add("blind-mm/pypirc/pypi-token", "factory/grading-py/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

# ilamtea-grading प्याकेज (खुला स्रोत, नमी गणना)
[pypi]
username = __token__
password = @@t@@
""", _pt, t=_pt)

add("blind-mm/pypirc/decoy-keyring", "factory/grading-py/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

# टोकन keyring मा राख्नुहोस्: keyring set https://upload.pypi.org/legacy/ __token__
[pypi]
username = __token__
""")

_gh = fakes.github_fine_grained_token(_seed())
add("blind-mm/yaml/dependabot-registry", "booking-web/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """\
version: 2
registries:
  htrails-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: @@t@@
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [htrails-npm]
    schedule:
      interval: weekly
""", _gh, t=_gh)

add("blind-mm/yaml/decoy-dependabot-secret", "booking-admin/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """\
version: 2
registries:
  htrails-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.HTRAILS_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [htrails-npm]
    schedule:
      interval: weekly
""")

_p = rand_pw(20)
add("blind-mm/markdown/wiki-vpn", "ops/wiki/VPN-setup.md", "https://www.wireguard.com/quickstart/", """\
# कारखाना र काठमाडौं अफिस बीच VPN

इलाम कारखाना ↔ काठमाडौं (Thamel अफिस) — MikroTik L2TP/IPsec.

| सेटिङ | मान |
|-------|-----|
| सर्भर | vpn.ilamtea.com.np |
| प्रकार | L2TP/IPsec PSK |
| IPsec secret | `@@p@@` |
| प्रयोगकर्ता | आफ्नो नाम (AD) |

Windows मा: Settings → Network → VPN → Add.
""", _p, p=_p)

_wg = base64.b64encode(random.Random(_seed()).getrandbits(256).to_bytes(32, "big")).decode()
add("blind-mm/wireguard/private-key", "ops/vpn/wg0-factory.conf", "https://www.wireguard.com/quickstart/", """\
# इलाम कारखाना → काठमाडौं
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@k@@
DNS = 10.99.0.1

[Peer]
PublicKey = hM8pWq2xF0z3kE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3c=
Endpoint = vpn.ilamtea.com.np:51820
AllowedIPs = 10.99.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
""", _wg, k=_wg)

add("blind-mm/wireguard/decoy-public-only", "ops/vpn/peers.md", "https://www.wireguard.com/quickstart/", """\
# WireGuard peers (सार्वजनिक कुञ्जी मात्र — निजी कुञ्जी हरेक यन्त्रमै बस्छ)

| यन्त्र | IP | PublicKey |
|-------|----|-----------|
| काठमाडौं राउटर | 10.99.0.1 | `hM8pWq2xF0z3kE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3c=` |
| इलाम कारखाना | 10.99.0.2 | `Xk2mN8pQ4rT6vW0yZ3bD5fH7jL9nP1sU3wY5aC7eG9i=` |
| फिक्कल बगान | 10.99.0.3 | `Pa4sD6fG8hJ0kL2zX4cV6bN8mQ0wE2rT4yU6iO8pA0s=` |
""")

_s = stripe_key("rk_live_")
add("blind-mm/python/stripe-restricted", "booking/reports/monthly_payouts.py", "https://docs.stripe.com/keys#limit-access", """\
\"\"\"महिनाको भुक्तानी रिपोर्ट — लेखा शाखाका लागि\"\"\"
import csv
import stripe

stripe.api_key = "@@s@@"  # restricted: payouts read-only

with open("payouts.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "amount_usd", "arrival"])
    for p in stripe.Payout.list(limit=100).auto_paging_iter():
        w.writerow([p.id, p.amount / 100, p.arrival_date])
""", _s, s=_s)

add("blind-mm/python/decoy-stripe-test-doc", "booking/reports/README.md", "https://docs.stripe.com/keys#obtain-api-keys", """\
# reports

```python
import stripe
stripe.api_key = os.environ["STRIPE_REPORTS_KEY"]   # rk_live_… (Dashboard → restricted keys)
```

परीक्षणमा Stripe को `sk_test_…` कुञ्जी प्रयोग गर्नुहोस्; live कुञ्जी 1Password मा छ।
""")

_p = rand_pw(16)
add("blind-mm/yaml/docker-compose-mysql", "payroll/docker-compose.yml", "https://hub.docker.com/_/mysql", """\
services:
  attendance-db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      - MYSQL_DATABASE=porter_attendance
      - MYSQL_USER=attendance
      - MYSQL_PASSWORD=@@p@@
      - MYSQL_RANDOM_ROOT_PASSWORD=yes
    ports:
      - "3306:3306"
""", _p, p=_p)

_k = fakes.fake("", 32, _seed())
add("blind-mm/javascript/mailgun", "booking-web/src/mail/confirm.js", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """\
// बुकिङ पुष्टि इमेल
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mg = new Mailgun(formData).client({
  username: 'api',
  key: 'key-@@k@@',
});

exports.sendConfirmation = (to, booking) =>
  mg.messages.create('mg.himalayantrails.com.np', {
    from: 'Himalayan Trails <bookings@himalayantrails.com.np>',
    to, subject: `Booking ${booking.ref} confirmed — धन्यवाद!`,
    text: `Namaste ${booking.name}, your ${booking.trekName} departs ${booking.date}.`,
  });
""", "key-" + _k, k=_k)

add("blind-mm/javascript/decoy-mailgun-sandbox", "booking-web/src/mail/config.example.js", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/", """\
// config.js मा प्रतिलिपि गर्नुहोस्
module.exports = {
  mailgun: {
    domain: 'sandboxXXXXXXXXXXXXXXXX.mailgun.org',
    key: process.env.MAILGUN_API_KEY || 'key-<your-private-api-key>',
  },
  from: 'Himalayan Trails <bookings@himalayantrails.com.np>',
};
""")

_p = words_pw()
add("blind-mm/csv/staff-accounts", "ilam-estate/it/shared_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
system,url,username,password,owner,note
Odoo,http://192.168.10.5:8069,admin,(Vault),दीपक,मास्टर पासवर्ड अलग
NAS,http://192.168.10.3:5000,backup,(Vault),दीपक,
Weighbridge FTP,ftp://192.168.10.40,scale01,(Vault),सरिता,
CCTV DVR,http://192.168.10.60,viewer,@@p@@,सुरक्षा गार्ड,हेर्ने मात्र
""", _p, p=_p)

add("blind-mm/csv/decoy-lot-ids", "shipping/exports/lots_2081.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
lot_id,grade,kg,buyer,container,bl_number,sha256_coa
ILM-FF-2081-041,FTGFOP1,480,Teehandel Nord,MSKU7712045,MAEU240918331,3b9e0d1f7a24c6e85f0b2d9c4a7e1f36b8d0c5a2e9f47b13c6d8e0a2f5b7c9d1
ILM-SF-2081-077,TGFOP,1200,Teehandel Nord,MSKU7712045,MAEU240918331,a71c4e9b2d05f83e6c1a9d7b4f2e0c58a3d6b9f1e4c7a02d5b8e1f3c6a9d0b2e
ILM-AF-2081-102,GFOP,900,Kyoto Chaho,TGHU3380192,ONEY KTM 88213,e2d5a8c1f4b7092e6d3a9c0f5b8e1d4a7c2f9b6e3d0a5c8f1b4e7d2a9c6f3b0e
ILM-FF-2081-118,FTGFOP1,360,Kyoto Chaho,TGHU3380192,ONEY KTM 88213,5c8f1b4e7d2a9c6f3b0e2d5a8c1f4b7092e6d3a9c0f5b8e1d4a7c2f9b6e3d0a
""")

_p = rand_pw(24)
add("blind-mm/systemd/environment", "factory/telegraf/telegraf.service.d/override.conf", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """\
# systemctl edit telegraf — अस्थायी, EnvironmentFile बनाउन बाँकी
[Service]
Environment="INFLUX_TOKEN=@@p@@"
Environment="INFLUX_ORG=ilam-tea"
Restart=always
RestartSec=10
""", _p, p=_p)

add("blind-mm/systemd/decoy-environment-file", "factory/telegraf/telegraf.service.d/env.conf", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
# टोकन /etc/default/telegraf (root:telegraf 0640) मा
[Service]
EnvironmentFile=/etc/default/telegraf
Environment="INFLUX_ORG=ilam-tea"
Restart=always
RestartSec=10
""")

_p = rand_pw(18)
add("blind-mm/python/smtp-login", "shipping/tools/send_invoice.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """\
\"\"\"बिजक (invoice) PDF खरिदकर्तालाई पठाउने\"\"\"
import smtplib
import sys
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "accounts@ilamtea.com.np"
msg["To"] = sys.argv[2]
msg["Subject"] = f"Invoice {sys.argv[1]} — Ilam Orthodox Tea"
msg.add_attachment(open(f"invoices/{sys.argv[1]}.pdf", "rb").read(), maintype="application",
                   subtype="pdf", filename=f"{sys.argv[1]}.pdf")

with smtplib.SMTP_SSL("smtp.zoho.in", 465) as s:
    s.login("accounts@ilamtea.com.np", "@@p@@")
    s.send_message(msg)
""", _p, p=_p)

add("blind-mm/python/decoy-keyring", "shipping/tools/send_invoice_v2.py", "https://pypi.org/project/keyring/", """\
import smtplib
import keyring

# पासवर्ड OS keyring मा: keyring set zoho accounts@ilamtea.com.np
USER = "accounts@ilamtea.com.np"
password = keyring.get_password("zoho", USER)
if not password:
    raise SystemExit("keyring मा पासवर्ड छैन")

with smtplib.SMTP_SSL("smtp.zoho.in", 465) as s:
    s.login(USER, password)
""")

_p = rand_pw(16)
add("blind-mm/yaml/k8s-env-literal", "booking-web/k8s/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-web
spec:
  replicas: 2
  selector:
    matchLabels: { app: booking-web }
  template:
    metadata:
      labels: { app: booking-web }
    spec:
      containers:
        - name: web
          image: ghcr.io/himalayantrails/booking-web:2.4.1
          env:
            - name: BOOKING_DB_PASSWORD
              value: "@@p@@"
            - name: BOOKING_DB_HOST
              value: trek-booking.c7xk2.ap-south-1.rds.amazonaws.com
""", _p, p=_p)

add("blind-mm/yaml/decoy-k8s-secretkeyref", "booking-web/k8s/deployment.prod.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-web
spec:
  replicas: 3
  selector:
    matchLabels: { app: booking-web }
  template:
    metadata:
      labels: { app: booking-web }
    spec:
      containers:
        - name: web
          image: ghcr.io/himalayantrails/booking-web:2.4.1
          env:
            - name: BOOKING_DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: password }
""")

_p = rand_pw(20)
add("blind-mm/env/docker-env-file", "ilam-estate/odoo/odoo.env", "https://docs.docker.com/compose/environment-variables/set-environment-variables/#use-the-env_file-attribute", """\
# docker compose env_file — Odoo कन्टेनर
HOST=db
USER=odoo
PASSWORD=@@p@@
ODOO_RC=/etc/odoo/odoo.conf
TZ=Asia/Kathmandu
""", _p, p=_p)

_sess = fakes.aws_session_token(_seed())
_a, _s = fakes.aws_key_id(_seed()).replace("AKIA", "ASIA"), fakes.aws_secret_key(_seed())
add("blind-mm/shell/aws-sts-export", "shipping/infra/notes/assume-role.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
#!/usr/bin/env bash
# १२ घण्टाको STS — terraform apply गर्न (आजलाई मात्र)
export AWS_ACCESS_KEY_ID=@@a@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_SESSION_TOKEN=@@t@@
export AWS_REGION=ap-south-1
terraform -chdir=shipping/infra plan
""", _s, a=_a, s=_s, t=_sess)

add("blind-mm/shell/decoy-aws-sso", "shipping/infra/notes/login.sh", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
#!/usr/bin/env bash
# SSO बाट लगइन — कुनै कुञ्जी फाइलमा बस्दैन
set -euo pipefail
aws sso login --profile ilamtea-shipping
export AWS_PROFILE=ilamtea-shipping
aws sts get-caller-identity
terraform -chdir=shipping/infra plan
""")

_k = hexs(40)
add("blind-mm/yaml/datadog-agent", "factory/monitoring/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
## कारखाना सर्भर निगरानी
api_key: @@k@@
site: datadoghq.com
hostname: ilam-factory-01
tags:
  - env:prod
  - site:ilam
logs_enabled: true
""", _k[:32], k=_k[:32])

_p = rand_pw(16)
add("blind-mm/kotlin/room-sqlcipher", "booking-android/app/src/main/java/np/htrails/guide/db/GuideDb.kt", "https://www.zetetic.net/sqlcipher/sqlcipher-for-android/", """\
package np.htrails.guide.db

import android.content.Context
import androidx.room.Room
import net.zetetic.database.sqlcipher.SupportOpenHelperFactory

// गाइडको फोनमा पाहुनाको राहदानी विवरण — इन्क्रिप्टेड
object GuideDb {
    private const val PASSPHRASE = "@@p@@"

    fun build(ctx: Context) = Room.databaseBuilder(ctx, AppDatabase::class.java, "guide.db")
        .openHelperFactory(SupportOpenHelperFactory(PASSPHRASE.toByteArray()))
        .build()
}
""", _p, p=_p)

add("blind-mm/kotlin/decoy-keystore", "booking-android/app/src/main/java/np/htrails/guide/db/KeyProvider.kt", "https://developer.android.com/privacy-and-security/keystore", """\
package np.htrails.guide.db

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import javax.crypto.KeyGenerator

// कुञ्जी Android Keystore मै बन्छ — कोडमा कुनै पासवर्ड छैन
object KeyProvider {
    fun create() = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, "AndroidKeyStore").apply {
        init(KeyGenParameterSpec.Builder("guide_db", KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE).build())
    }.generateKey()
}
""")

_p = rand_pw(20)
_json = '{"user":"htrails_api","password":"' + _p + '","agency":"2847/071"}'
add("blind-mm/python/json-in-string", "permits/permits/insurance.py", "https://docs.python.org/3/library/json.html", """\
\"\"\"उद्धार बीमा (heli rescue) — पाहुनाको बीमा प्रमाणपत्र जाँच\"\"\"
import json
import requests

# पुरानो सेटअप: पूरै JSON एउटै string मा
CREDS = json.loads('@@j@@')


def verify(policy_no: str) -> bool:
    r = requests.post("https://api.rescue-assist.com.np/v1/policies/verify",
                      json={**CREDS, "policy": policy_no}, timeout=20)
    return r.ok and r.json().get("valid", False)
""", _p, j=_json)

_p = words_pw()
add("blind-mm/yaml/here-doc-in-ci", "permits/.github/workflows/nightly.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun", """\
name: nightly permits sync
on:
  schedule: [{ cron: "15 20 * * *" }]   # नेपाली समय बिहान २ बजे
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          cat > permits/config/tims.ini <<'EOF'
          [portal]
          base_url = https://tims.ntb.gov.np
          username = himalayantrails.ops
          password = @@p@@
          EOF
          python -m permits.tims --sync
""", _p, p=_p)

add("blind-mm/yaml/decoy-here-doc-secret", "permits/.github/workflows/nightly-v2.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: nightly permits sync
on:
  schedule: [{ cron: "15 20 * * *" }]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          cat > permits/config/tims.ini <<EOF
          [portal]
          base_url = https://tims.ntb.gov.np
          username = himalayantrails.ops
          password = ${{ secrets.TIMS_PASSWORD }}
          EOF
          python -m permits.tims --sync
""")

_p = rand_pw(18)
add("blind-mm/csharp/web-config", "payroll/LegacyPayroll/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- पुरानो ASP.NET तलब प्रणाली (२०७५ देखि) -->
  <connectionStrings>
    <add name="PayrollDb"
         connectionString="Data Source=10.20.1.15;Initial Catalog=PorterPayrollOld;User ID=sa;Password=@@p@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Currency" value="NPR" />
  </appSettings>
</configuration>
""", _p, p=_p)

add("blind-mm/xml/decoy-web-config-encrypted", "payroll/LegacyPayroll/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- aspnet_regiis -pe "connectionStrings" ले इन्क्रिप्ट गरिएको -->
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <CipherData>
        <CipherValue>q8Jd2m0Vx7kR4tP1sZ9bN3fH6yL0aW5eC8gU2iO4rT7vX1zM3pQ6sD9fK2jG5hB8nY0wE4cA7uI1oL3tR6yV9xZ2mP5qS8dF1gH4jK7lN0bC3vX6zM9pQ2sD5fG8hJ1kL4nB7vC0xZ3mP6qS9dF2gH5jK8lN1bC4vX7z==</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""")

_p = rand_pw(16)
add("blind-mm/ruby/database-yml", "shipping/buyer-mailer/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: buyer_mailer_dev

production:
  <<: *default
  database: buyer_mailer
  host: 10.30.0.5
  username: mailer
  password: @@p@@
""", _p, p=_p)

add("blind-mm/ruby/decoy-database-erb", "shipping/buyer-mailer/config/database.prod.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["MAILER_DATABASE_PASSWORD"] %>
""")

_p = rand_pw(14)
add("blind-mm/rclone/config", "ilam-estate/ops/rclone.conf", "https://rclone.org/ftp/", """\
# NAS → B2 अफसाइट ब्याकअप
[nas]
type = sftp
host = 192.168.10.3
user = backup
pass = @@p@@

[b2]
type = b2
account = ${B2_ACCOUNT_ID}
""", _p, p=_p)

_k = fakes.fake("K005", 27, _seed())
add("blind-mm/shell/b2-upload", "ilam-estate/ops/offsite_backup.sh", "https://www.backblaze.com/docs/cloud-storage-command-line-tools", """\
#!/bin/sh
# साप्ताहिक अफसाइट ब्याकअप — Backblaze B2
export B2_APPLICATION_KEY_ID=005a1c9e7f3b2d40000000003
export B2_APPLICATION_KEY=@@k@@
b2 account authorize
b2 sync /mnt/nas/estate-backups b2://ilamtea-estate-backup/
echo "$(date) offsite ठीक" >> /var/log/offsite.log
""", _k, k=_k)

_p = rand_pw(18)
add("blind-mm/swift/keychain-seed", "booking-ios/HimalayanTrails/Debug/SeedAccounts.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
#if DEBUG
import Foundation

// गाइड एपको स्टेजिङ प्रयोगकर्ता — डेमोका लागि स्वतः लगइन
enum SeedAccounts {
    static let guideEmail = "demo.guide@himalayantrails.com.np"
    static let guidePassword = "@@p@@"
    static let apiBase = URL(string: "https://staging.himalayantrails.com.np/api")!
}
#endif
""", _p, p=_p)

_p = rand_pw(20)
add("blind-mm/typescript/next-config", "booking-admin/next.config.ts", "https://nextjs.org/docs/app/api-reference/next-config-js/env", """\
import type { NextConfig } from "next";

// एडमिन प्यानल — भरिया र गाइडको तालिका
const nextConfig: NextConfig = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_API_BASE: "https://admin.himalayantrails.com.np/api",
    ADMIN_JWT_SECRET: "@@p@@",
  },
};

export default nextConfig;
""", _p, p=_p)

add("blind-mm/typescript/decoy-next-public", "booking-admin/src/env.ts", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", """\
// सार्वजनिक मात्र — NEXT_PUBLIC_ ले सुरु हुने ब्राउजरमा जान्छ
export const env = {
  apiBase: process.env.NEXT_PUBLIC_API_BASE ?? "http://localhost:3000/api",
  stripePk: process.env.NEXT_PUBLIC_STRIPE_PK ?? "pk_test_00000000000000000000000000",
  sentryDsn: process.env.NEXT_PUBLIC_SENTRY_DSN ?? "",
  jwtSecret: process.env.ADMIN_JWT_SECRET, // सर्भरमा मात्र
};
""")

_p = passphrase()
add("blind-mm/markdown/issue-comment", "ops/wiki/incidents/2081-11-02-booking-down.md", "https://www.markdownguide.org/basic-syntax/", """\
# घटना: बुकिङ साइट २ घण्टा बन्द (२०८१ फागुन २)

**कारण:** RDS को पासवर्ड फेरिएपछि `booking_app` लगइन असफल।

**समाधान:** नयाँ पासवर्ड `@@p@@` Secrets Manager र k8s Secret दुवैमा राखियो,
pod restart गरियो।

**पाठ:** पासवर्ड फेर्दा दुवै ठाउँ एकैचोटि अपडेट गर्ने runbook बनाउने।
""", _p, p=_p)

add("blind-mm/markdown/decoy-incident-redacted", "ops/wiki/incidents/2081-12-14-khalti-webhook.md", "https://www.markdownguide.org/basic-syntax/", """\
# घटना: Khalti webhook ले 401 फर्कायो (२०८१ चैत १४)

**कारण:** live secret key (`live_secret_key_68f2…`, बीचको भाग हटाइएको) पुरानो थियो।

**समाधान:** Khalti merchant dashboard बाट नयाँ कुञ्जी बनाएर Vault `secret/booking/khalti` मा राखियो।
पुरानो कुञ्जी रद्द (revoked) गरियो।

**पाठ:** कुञ्जी फेरिएको सूचना #bookings मा पठाउने।
""")

_p = rand_pw(16)
add("blind-mm/python/pymssql-args", "payroll/tools/fix_duplicate_days.py", "https://pymssql.readthedocs.io/en/stable/ref/pymssql.html#pymssql.connect", """\
\"\"\"एउटै दिन दुई पटक चढेको हाजिरी हटाउने — एक पटक चलाउने स्क्रिप्ट\"\"\"
import pymssql

conn = pymssql.connect(server="10.20.1.15", user="payroll_svc",
                       password="@@p@@", database="PorterPayroll")
cur = conn.cursor()
cur.execute(\"\"\"
    DELETE d FROM Days d JOIN (
      SELECT PorterId, WorkDate, MIN(Id) keep FROM Days GROUP BY PorterId, WorkDate HAVING COUNT(*) > 1
    ) x ON d.PorterId = x.PorterId AND d.WorkDate = x.WorkDate AND d.Id <> x.keep
\"\"\")
print("हटाइयो:", cur.rowcount)
conn.commit()
""", _p, p=_p)

_p = base64.b64encode(_rng().getrandbits(256).to_bytes(32, "big")).decode()
add("blind-mm/php/laravel-env", "booking-agents/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="HTrails Agents"
APP_ENV=production
APP_KEY=base64:@@k@@
APP_DEBUG=false
APP_URL=https://agents.himalayantrails.com.np
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=agents
DB_USERNAME=agents
DB_PASSWORD=${AGENTS_DB_PASSWORD}
""", _p, k=_p)

add("blind-mm/php/decoy-laravel-example", "booking-agents/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="HTrails Agents"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=agents
DB_USERNAME=root
DB_PASSWORD=
""")

_p = rand_pw(16)
add("blind-mm/yaml/sftp-go-users", "shipping/sftp/users.yml", "https://github.com/atmoz/sftp#usage", """\
# खरिदकर्ताहरूको लागि SFTP (atmoz/sftp) — COA र फोटो
services:
  sftp:
    image: atmoz/sftp
    ports: ["2222:22"]
    volumes:
      - ./buyers:/home
    command: teehandel:@@p@@:1001::upload
""", _p, p=_p)

_h = hexs(64)
add("blind-mm/go/hmac-webhook", "booking-api/internal/webhook/verify.go", "https://pkg.go.dev/crypto/hmac", """\
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// साझेदार एजेन्सी (Pokhara) को बुकिङ webhook को हस्ताक्षर
var signingSecret = []byte("@@h@@")

func Valid(body []byte, sig string) bool {
	m := hmac.New(sha256.New, signingSecret)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}
""", _h, h=_h)

add("blind-mm/go/decoy-hmac-test-vector", "booking-api/internal/webhook/verify_test.go", "https://datatracker.ietf.org/doc/html/rfc4231#section-4.2", """\
package webhook

import "testing"

// RFC 4231 test case 2 — सार्वजनिक परीक्षण मान
func TestRFC4231(t *testing.T) {
	signingSecret = []byte("Jefe")
	body := []byte("what do ya want for nothing?")
	want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
	if !Valid(body, want) {
		t.Fatal("हस्ताक्षर मिलेन")
	}
}
""")

_p = rand_pw(18)
add("blind-mm/ini/odbc-dsn", "factory/reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
; Excel बाट कारखाना उत्पादन रिपोर्ट (ODBC)
[FactoryProduction]
Driver = PostgreSQL Unicode
Servername = 192.168.20.2
Port = 5432
Database = production
Username = excel_reader
Password = @@p@@
ReadOnly = Yes
""", _p, p=_p)

add("blind-mm/ini/decoy-odbc-prompt", "factory/reports/odbc.template.ini", "https://www.unixodbc.org/odbcinst.html", """\
; प्रयोगकर्ताले Excel मा जोड्दा पासवर्ड सोधिन्छ
[FactoryProduction]
Driver = PostgreSQL Unicode
Servername = 192.168.20.2
Port = 5432
Database = production
Username =
Password =
ReadOnly = Yes
""")

_sw = slack_webhook()
add("blind-mm/json/grafana-contact-point", "factory/grafana/provisioning/alerting/contact-points.json", "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/", """\
{
  "apiVersion": 1,
  "contactPoints": [
    {
      "orgId": 1,
      "name": "factory-floor",
      "receivers": [
        { "uid": "slack-ff", "type": "slack", "settings": { "url": "@@w@@", "title": "कारखाना चेतावनी" } }
      ]
    }
  ]
}
""", _sw, w=_sw)

add("blind-mm/json/decoy-grafana-env", "factory/grafana/provisioning/alerting/contact-points.prod.json", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """\
{
  "apiVersion": 1,
  "contactPoints": [
    {
      "orgId": 1,
      "name": "factory-floor",
      "receivers": [
        { "uid": "slack-ff", "type": "slack", "settings": { "url": "$SLACK_FACTORY_WEBHOOK", "title": "कारखाना चेतावनी" } }
      ]
    }
  ]
}
""")

_p = rand_pw(16)
add("blind-mm/bat/windows-scale", "ilam-estate/tablets/sync_scale.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """\
@echo off
REM कन्याम बगान तराजु PC — हरेक घण्टा तौल फाइल सर्भरमा
set SERVER=\\\\192.168.10.5\\weights
net use W: %SERVER% /user:ESTATE\\scale02 @@p@@
xcopy C:\\Scale\\Export\\*.csv W:\\kanyam\\ /D /Y
net use W: /delete /y
""", _p, p=_p)

_p = rand_pw(12)
add("blind-mm/url/ftp-in-readme", "ilam-estate/tablets/README.txt", "https://www.rfc-editor.org/rfc/rfc1738#section-3.2", """\
तराजु ट्याब्लेट सेटअप
===================

1. FileZilla खोल्नुहोस्
2. Quickconnect मा यो पूरा URL टाँस्नुहोस्:
   ftp://scale02:@@p@@@192.168.10.40/exports/kanyam
3. "Export" फोल्डरका .csv फाइलहरू तान्नुहोस्
4. समस्या भए सरितालाई फोन: ९८४२-XXXXXX
""", _p, p=_p)

_k = "pat" + fakes.fake("", 14, _seed()) + "." + hexs(64)
add("blind-mm/python/airtable-pat", "booking/ops/sync_guides_airtable.py", "https://airtable.com/developers/web/guides/personal-access-tokens", """\
\"\"\"गाइड र भरियाको उपलब्धता Airtable मा (पुरानो तरिका, हटाउँदैछौं)\"\"\"
from pyairtable import Api

api = Api("@@k@@")
table = api.table("appQ7x2KtreK91mNo", "Guides")

for rec in table.all(formula="{Available}=1"):
    print(rec["fields"].get("Name"), rec["fields"].get("Languages"))
""", _k, k=_k)

_p = rand_pw(20)
add("blind-mm/yaml/home-assistant-secrets", "factory/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
# कारखानाको Home Assistant — पंखा, हिटर, ओइलाउने कोठाको सेन्सर
mqtt_password: @@p@@
factory_lat: 26.9112
factory_lon: 87.9236
""" + "# हरेक पटक नयाँ सेन्सर थप्दा यहाँ पनि\n", _p, p=_p)

add("blind-mm/yaml/decoy-home-assistant-ref", "factory/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
homeassistant:
  name: Ilam Factory
  latitude: !secret factory_lat
  longitude: !secret factory_lon
mqtt:
  broker: 192.168.20.2
  username: homeassistant
  password: !secret mqtt_password
""")

_p = rand_pw(16)
add("blind-mm/conf/mosquitto-passwd-note", "factory/mqtt/README.md", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
# MQTT ब्रोकर (Mosquitto)

सेन्सर नोडहरू (ESP32) `factory/withering/#` मा प्रकाशित गर्छन्।

नयाँ नोड थप्दा:

```sh
mosquitto_passwd -b /etc/mosquitto/passwd esp32-trough @@p@@
sudo systemctl reload mosquitto
```

सबै ESP32 ले एउटै प्रयोगकर्ता प्रयोग गर्छन् (हो, थाहा छ, पछि फेर्छौं)।
""", _p, p=_p)

add("blind-mm/conf/decoy-mosquitto-hashed", "factory/mqtt/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
homeassistant:$7$101$Zq4kXn8bPq2LrT0e$Wm3pN7qR1sT5vX9yA2cE6gI0kM4oQ8sU2wY6aC0eG4iK8mO2qS6uW0yA4cE8gI2kM6oQ0sU4wY8aC2eG6iK==
esp32-trough:$7$101$Hk9mPq3RtV7xZ1bD$Nf5hJ9lN3pR7tV1xZ5bD9fH3jL7nP1rT5vX9zB3dF7hJ1lN5pR9tV3xZ7bD1fH5jL9nP3rT7vX1zB5dF9h==
telegraf:$7$101$Qw2eR4tY6uI8oP0a$Sd3fG5hJ7kL9zX1cV3bN5mQ7wE9rT1yU3iO5pA7sD9fG1hJ3kL5zX7cV9bN1mQ3wE5rT7yU9iO1pA3sD5f==
grafana:$7$101$Lk8jH6gF4dS2aP0o$Iu9yT7rE5wQ3zX1cV9bN7mK5jH3gF1dS9aP7oI5uY3tR1eW9qZ7xC5vB3nM1kJ9hG7fD5sA3pO1iU9yT7r==
node-red:$7$101$Mn1bV3cX5zL7kJ9h$Gf2dS4aP6oI8uY0tR2eW4qZ6xC8vB0nM2kJ4hG6fD8sA0pO2iU4yT6rE8wQ0zX2cV4bN6mK8jH0gF2dS4a==
""")

_p = rand_pw(18)
add("blind-mm/arduino/esp32-mqtt", "factory/firmware/trough_node/trough_node.ino", "https://github.com/knolleary/pubsubclient", """\
// ओइलाउने ट्रफ सेन्सर नोड — DHT22 + ESP32
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "IlamTea-Factory";
const char* WIFI_PASS = "@@p@@";
const char* MQTT_HOST = "192.168.20.2";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() { mqtt.loop(); }
""", _p, p=_p)

add("blind-mm/c/decoy-secrets-header", "factory/firmware/trough_node/secrets.example.h", "https://docs.arduino.cc/arduino-cloud/guides/editor/#secrets", """\
// secrets.h मा प्रतिलिपि गर्नुहोस् (gitignored)
#pragma once
#define SECRET_WIFI_SSID "IlamTea-Factory"
#define SECRET_WIFI_PASS "your-wifi-password"
#define SECRET_MQTT_USER "esp32-trough"
#define SECRET_MQTT_PASS "changeme"
""")

_p = rand_pw(20)
add("blind-mm/properties/gradle-signing", "booking-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# गाइड एप release signing — उमेशको मेसिनबाट
RELEASE_STORE_FILE=../keys/htrails-guide.jks
RELEASE_KEY_ALIAS=guide
RELEASE_STORE_PASSWORD=@@p@@
RELEASE_KEY_PASSWORD=@@p@@
""", _p, p=_p)

add("blind-mm/properties/decoy-gradle-env", "booking-android/gradle.ci.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# CI मा: -PRELEASE_STORE_PASSWORD=$KEYSTORE_PASSWORD
RELEASE_STORE_FILE=../keys/htrails-guide.jks
RELEASE_KEY_ALIAS=guide
RELEASE_STORE_PASSWORD=
RELEASE_KEY_PASSWORD=
""")

_p = words_pw()
add("blind-mm/yaml/fastlane-appfile", "booking-ios/fastlane/.env.default", "https://docs.fastlane.tools/best-practices/keys/", """\
# fastlane — App Store Connect
FASTLANE_USER=ios@himalayantrails.com.np
FASTLANE_PASSWORD=@@p@@
FASTLANE_TEAM_ID=7QH3K2Z9LX
MATCH_GIT_URL=git@github.com:himalayantrails/certificates.git
""", _p, p=_p)

_pem = fakes.fake_pem(_seed(), "")
_pem = _pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("blind-mm/json/gcp-service-account", "shipping/gcp/bigquery-loader.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "ilamtea-analytics",
  "private_key_id": "@@i@@",
  "private_key": "@@k@@",
  "client_email": "bq-loader@ilamtea-analytics.iam.gserviceaccount.com",
  "client_id": "104882371650238841732",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _pem.replace("\n", "\\n"), i=hexs(40), k=_pem.replace("\n", "\\n"))

_p = rand_pw(16)
add("blind-mm/ssh-config/sshpass", "ops/scripts/sync_teahouse_photos.sh", "https://linux.die.net/man/1/sshpass", """\
#!/usr/bin/env bash
# गाइडहरूले पठाएका चियापसलका फोटो वेबसाइटमा
set -e
SRC=/srv/uploads/teahouses/
DEST=deploy@web1.himalayantrails.com.np:/var/www/media/teahouses/
sshpass -p '@@p@@' rsync -az --delete "$SRC" "$DEST"
echo "फोटो सिंक सकियो: $(date)"
""", _p, p=_p)

add("blind-mm/ssh-config/decoy-ssh-config", "ops/ssh/config", "https://man.openbsd.org/ssh_config", """\
# ~/.ssh/config — हिमालयन ट्रेल्स सर्भरहरू
Host web1 web2
    HostName %h.himalayantrails.com.np
    User deploy
    IdentityFile ~/.ssh/htrails_ed25519
    IdentitiesOnly yes

Host factory
    HostName 192.168.20.2
    User ops
    ProxyJump vpn.ilamtea.com.np
""")

_p = rand_pw(18)
add("blind-mm/docker-config/registry-auth", "factory/qc-lab/deploy/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.ilamtea.local": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", b64("ci-pusher:" + _p), a=b64("ci-pusher:" + _p))

add("blind-mm/docker-config/decoy-creds-store", "factory/qc-lab/deploy/docker-config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.ilamtea.local": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

_t = fakes.github_token(_seed())
add("blind-mm/toml/cargo-credentials", "factory/grading/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/registry-authentication.html", """\
[registries.ilamtea]
index = "sparse+https://git.ilamtea.local/api/packages/factory/cargo/"

[net]
git-fetch-with-cli = true

# GitHub मिरर — मेरो टोकन (प्रकाश), पछि हटाउने
[source.github-mirror]
registry = "https://factory-bot:@@t@@@github.com/ilamtea/crates-mirror"
""", _t, t=_t)

_p = rand_pw(16)
add("blind-mm/python/paramiko-sftp", "shipping/tools/fetch_bl_copies.py", "https://docs.paramiko.org/en/stable/api/client.html", """\
\"\"\"ढुवानी कम्पनीबाट Bill of Lading का PDF तान्ने\"\"\"
import paramiko

ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("sftp.kolkata-forwarders.in", username="ilamtea",
            password="@@p@@", port=2022)
sftp = ssh.open_sftp()
for name in sftp.listdir("/outbound/bl"):
    sftp.get(f"/outbound/bl/{name}", f"bl/{name}")
ssh.close()
""", _p, p=_p)

add("blind-mm/python/decoy-paramiko-key", "shipping/tools/fetch_bl_copies_v2.py", "https://docs.paramiko.org/en/stable/api/client.html", """\
import os
import paramiko

# कुञ्जी फाइलबाट — पासवर्ड छैन
key = paramiko.Ed25519Key.from_private_key_file(os.path.expanduser("~/.ssh/kolkata_fwd_ed25519"))
ssh = paramiko.SSHClient()
ssh.load_system_host_keys()
ssh.connect("sftp.kolkata-forwarders.in", username="ilamtea", pkey=key, port=2022)
print(ssh.open_sftp().listdir("/outbound/bl"))
""")

_p = words_pw()
add("blind-mm/yaml/mkdocs-ci-deploy", "ops/wiki/mkdocs.yml", "https://www.mkdocs.org/user-guide/configuration/", """\
site_name: HTrails सञ्चालन विकी
theme:
  name: material
  language: ne
nav:
  - गृह: index.md
  - VPN: VPN-setup.md
  - घटनाहरू: incidents/
extra:
  # विकीको साधारण लगइन (nginx basic auth) — कर्मचारीलाई
  staff_login: "wiki:@@p@@"
""", _p, p=_p)

_k = hexs(32)
add("blind-mm/javascript/algolia-admin", "booking-web/scripts/reindex-treks.js", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """\
// ट्रेक खोज सूचकाङ्क पुनः बनाउने (admin key चाहिन्छ)
const algoliasearch = require('algoliasearch');
const treks = require('../data/treks.json');

const client = algoliasearch('QX7TREK2NP', '@@k@@');
const index = client.initIndex('treks_prod');

index.replaceAllObjects(treks, { autoGenerateObjectIDIfNotExist: true })
  .then(() => console.log(`${treks.length} ट्रेक सूचीकृत`));
""", _k, k=_k)

add("blind-mm/javascript/decoy-algolia-search-only", "booking-web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """\
// ब्राउजरमा — search-only key (सार्वजनिक हुनै बनेको)
import algoliasearch from 'algoliasearch/lite';

export const searchClient = algoliasearch('QX7TREK2NP', process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY);
export const INDEX = 'treks_prod';
export const HITS_PER_PAGE = 12;
""")

_p = rand_pw(18)
add("blind-mm/log/stacktrace-dsn", "booking-web/logs/error-2081-12-03.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """\
[2081-12-03 09:14:22] ERROR booking: unable to reserve seats for EBC-2081-41
Traceback (most recent call last):
  File "/app/booking/seats.py", line 88, in reserve
    conn = psycopg.connect(DSN)
psycopg.OperationalError: connection failed: postgresql://booking_app:@@p@@@trek-booking.c7xk2.ap-south-1.rds.amazonaws.com:5432/trek_booking timeout expired
[2081-12-03 09:14:22] INFO  booking: retrying in 5s
""", _p, p=_p)

_p = rand_pw(20)
add("blind-mm/toml/pyproject-poetry-source", "factory/grading-py/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """\
[virtualenvs]
in-project = true

# Gitea PyPI — poetry config http-basic.ilamtea ले लेखेको (git मा नजाओस्!)
[http-basic.ilamtea]
username = "factory-ci"
password = "@@p@@"
""", _p, p=_p)

add("blind-mm/toml/decoy-pyproject", "factory/grading-py/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """\
[tool.poetry]
name = "ilamtea-grading"
version = "0.4.2"
description = "चियाको ग्रेड र नमी गणना"

[[tool.poetry.source]]
name = "ilamtea"
url = "https://git.ilamtea.local/api/packages/factory/pypi/simple"
priority = "supplemental"
# प्रमाणपत्र: POETRY_HTTP_BASIC_ILAMTEA_USERNAME / _PASSWORD
""")

_p = rand_pw(16)
add("blind-mm/vb/excel-macro", "payroll/excel/WageSheet.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/open-a-connection-to-a-data-source", """\
Attribute VB_Name = "WageSheet"
' तलब पाना — SQL बाट महिनाको हाजिरी तान्ने
Public Sub LoadDays()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=10.20.1.15;Initial Catalog=PorterPayroll;" & _
            "User ID=excel_wages;Password=@@p@@;"
    Set rs = cn.Execute("SELECT PorterId, COUNT(*) FROM Days WHERE MONTH(WorkDate)=MONTH(GETDATE()) GROUP BY PorterId")
    Sheet1.Range("A2").CopyFromRecordset rs
    cn.Close
End Sub
""", _p, p=_p)

_s = stripe_key("whsec_")
add("blind-mm/dotenv/stripe-webhook-secret", "booking-api/.env.staging", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
APP_ENV=staging
PORT=4000
# stripe listen --forward-to localhost:4000/webhooks/stripe ले दिएको होइन — dashboard endpoint को
STRIPE_WEBHOOK_SECRET=@@s@@
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
LOG_LEVEL=debug
""", _s, s=_s)

_p = rand_pw(18)
add("blind-mm/yaml/prometheus-basic-auth", "factory/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: factory-nodes
    static_configs:
      - targets: ["192.168.20.2:9100", "192.168.20.14:9100"]
  - job_name: shipping-api
    scheme: https
    basic_auth:
      username: prometheus
      password: @@p@@
    static_configs:
      - targets: ["api.ilamtea.com.np"]
""", _p, p=_p)

add("blind-mm/yaml/decoy-prometheus-password-file", "factory/monitoring/prometheus.prod.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: shipping-api
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/shipping_api.pass
    static_configs:
      - targets: ["api.ilamtea.com.np"]
""")

_p = rand_pw(20)
add("blind-mm/html/admin-inline-script", "booking-admin/public/legacy/porter-roster.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication", """\
<!doctype html>
<html lang="ne">
<head><meta charset="utf-8"><title>भरिया रोस्टर</title></head>
<body>
  <table id="roster"></table>
  <script>
    // पुरानो पृष्ठ — API मा सिधै बोलाउँछ
    fetch("https://admin.himalayantrails.com.np/api/porters", {
      headers: { "X-Api-Key": "@@p@@" }
    }).then(r => r.json()).then(rows => {
      document.getElementById("roster").innerHTML =
        rows.map(p => `<tr><td>${p.name}</td><td>${p.trek}</td></tr>`).join("");
    });
  </script>
</body>
</html>
""", _p, p=_p)

add("blind-mm/html/decoy-csrf-token", "booking-web/templates/booking_form.html", "https://docs.djangoproject.com/en/5.0/howto/csrf/", """\
<!-- बुकिङ फारम (Django टेम्प्लेट, रेन्डर गरिएको नमुना) -->
<form method="post" action="/book/">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <input type="hidden" name="trek" value="EBC-14D">
  <input type="hidden" name="idempotency_key" value="9a4e2c71-3f0b-4d86-b15e-7c2d0a9f6e13">
  <label>नाम <input name="name" required></label>
  <label>इमेल <input name="email" type="email" required></label>
  <button type="submit">बुक गर्नुहोस्</button>
</form>
""")

_p = rand_pw(16)
add("blind-mm/python/ldap-bind", "ops/scripts/sync_staff_ldap.py", "https://ldap3.readthedocs.io/en/latest/bind.html", """\
\"\"\"AD बाट कर्मचारी सूची — गाइड/भरिया बाहेक कार्यालय कर्मचारी\"\"\"
from ldap3 import Connection, Server

server = Server("ldaps://dc01.htrails.local")
conn = Connection(server, user="CN=svc-sync,OU=Service,DC=htrails,DC=local",
                  password="@@p@@", auto_bind=True)
conn.search("OU=Staff,DC=htrails,DC=local", "(objectClass=user)", attributes=["displayName", "mail"])
for e in conn.entries:
    print(e.displayName, e.mail)
""", _p, p=_p)

_p = rand_pw(16)
add("blind-mm/markdown/onboarding-table", "ilam-estate/docs/onboarding.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# नयाँ सुपरभाइजरका लागि

| प्रणाली | कहाँ | लगइन | पासवर्ड |
|--------|-----|------|--------|
| Odoo (टिपाइ) | http://192.168.10.5:8069 | आफ्नो इमेल | पहिलो दिन दीपकले दिन्छन् |
| तराजु ट्याब्लेट | बगानको झुपडी | supervisor | `@@p@@` |
| WiFi | Fikkal-Estate | — | सूचना पाटीमा |

पहिलो हप्ता सबै रेकर्ड कागजमा पनि राख्नुहोस्।
""", _p, p=_p)

add("blind-mm/markdown/decoy-onboarding-sso", "booking-web/docs/onboarding.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# नयाँ विकासकर्ताका लागि

| प्रणाली | पहुँच |
|--------|------|
| GitHub | himalayantrails org मा निमन्त्रणा |
| AWS | SSO (`aws sso login --profile htrails-dev`) |
| Stripe | test mode मात्र, `sk_test_…` आफैं बनाउनुहोस् |
| Vault | `vault login -method=oidc` |

कुनै पासवर्ड Slack वा इमेलमा नपठाउनुहोस्।
""")

_k = fakes.fake("", 40, _seed())
add("blind-mm/yaml/sentry-auth-token", "booking-web/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file", """\
[defaults]
url = https://sentry.io/
org = himalayan-trails
project = booking-web

[auth]
token = sntrys_@@k@@
""", "sntrys_" + _k, k=_k)

add("blind-mm/ini/decoy-sentry-dsn", "booking-web/sentry.properties", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
# DSN सार्वजनिक हुन्छ (ब्राउजरमा जान्छ) — गोप्य होइन
defaults.url=https://sentry.io/
defaults.org=himalayan-trails
defaults.project=booking-web
dsn=https://3f9a2c71e04b4d8b9c1e6a2f7d0b5c84@o4507712.ingest.sentry.io/4507713
""")

_p = rand_pw(18)
add("blind-mm/yaml/kafka-connect-jaas", "shipping/streams/connect-worker.properties", "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html", """\
bootstrap.servers=kafka.ilamtea.local:9093
group.id=shipping-connect
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
# ढुवानी घटनाहरू (container gate-in, sailed, arrived)
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="connect" password="@@p@@";
key.converter=org.apache.kafka.connect.storage.StringConverter
""", _p, p=_p)

_p = rand_pw(16)
_plain = b64("\0invoices@ilamtea.com.np\0" + _p)
add("blind-mm/log/smtp-auth-plain", "shipping/logs/smtp-debug-2081-12-20.log", "https://www.rfc-editor.org/rfc/rfc4616", """\
send: 'ehlo shipping-worker-2\\r\\n'
reply: b'250-smtp.zoho.in Hello\\r\\n'
reply: b'250-AUTH LOGIN PLAIN\\r\\n'
send: 'AUTH PLAIN @@a@@\\r\\n'
reply: b'235 Authentication Successful\\r\\n'
send: 'mail FROM:<invoices@ilamtea.com.np>\\r\\n'
reply: b'250 Sender <invoices@ilamtea.com.np> OK\\r\\n'
""", _plain, a=_plain)

_p = rand_pw(18)
add("blind-mm/powershell/securestring-plain", "payroll/scripts/Invoke-PayrollJob.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """\
# हरेक महिनाको २८ गते Task Scheduler बाट चल्छ
$user = "HTRAILS\\svc-payroll"
$pass = ConvertTo-SecureString "@@p@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Invoke-Command -ComputerName payroll01 -Credential $cred -ScriptBlock {
    & "C:\\PorterPayroll\\PorterPayroll.exe" --close-month
}
""", _p, p=_p)

_p = rand_pw(24)
add("blind-mm/dotenv/sparrow-sms", "ops/bots/.env", "https://docs.sparrowsms.com/", """\
# बोटहरूको वातावरण — सर्भरमा मात्र
PORTER_CHAT_ID=-1001822334455
SPARROW_SMS_TOKEN=@@p@@
SPARROW_SMS_FROM=HTrails
FROST_THRESHOLD_C=2
""", _p, p=_p)

_k = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-mm/shell/here-doc-key", "ops/scripts/bootstrap_factory_pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/usr/bin/env bash
# नयाँ ड्रायर Pi — पहिलो पटक चलाउने (deploy कुञ्जी राख्छ)
set -euo pipefail
install -d -m 700 /home/pi/.ssh
cat > /home/pi/.ssh/id_ed25519 <<'KEY'
@@k@@
KEY
chmod 600 /home/pi/.ssh/id_ed25519
git clone git@git.ilamtea.local:factory/dryer-control.git /opt/dryer
""", _k, k=_k)

_p = words_pw()
add("blind-mm/yaml/argocd-repo", "shipping/k8s/argocd-repo.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """\
apiVersion: v1
kind: Secret
metadata:
  name: shipping-manifests-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://git.ilamtea.local/shipping/manifests.git
  username: argocd
  password: @@p@@
""", _p, p=_p)

_p = rand_pw(20)
add("blind-mm/java/hardcoded-constant", "shipping/customs-edi/src/main/java/np/ilamtea/edi/NswClient.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpClient.html", """\
package np.ilamtea.edi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** नेपाल राष्ट्रिय एकद्वार प्रणाली (NNSW) — निर्यात इजाजत */
public final class NswClient {
    private static final String API_KEY = "@@p@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest permitStatus(String ref) {
        return HttpRequest.newBuilder(URI.create("https://nnsw.gov.np/api/permits/" + ref))
                .header("X-API-KEY", API_KEY).GET().build();
    }
}
""", _p, p=_p)

add("blind-mm/html/decoy-sri-hash", "booking-web/public/index.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Himalayan Trails — Treks in Nepal | हिमालयन ट्रेल्स</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.3/dist/cdn.min.js"
          integrity="sha384-Rpe/8orFUm5Q1GplYBHxbuA8Az8O8C5sAoOsdbRWkqPjKFaxPgGZipj4zeHL7lxX"
          crossorigin="anonymous" defer></script>
  <script>window.STRIPE_PK = "pk_live_51HxTrekPUBLISHABLEonly0000000000";</script>
</head>
<body><div id="app"></div></body>
</html>
""")

add("blind-mm/go/decoy-uuid-ids", "booking-api/internal/config/partners.go", "https://pkg.go.dev/github.com/google/uuid", """\
package config

// साझेदार एजेन्सीका ID हरू (गोप्य होइन — webhook पठाउँदा पहिचानका लागि)
var Partners = map[string]string{
	"pokhara-adventures": "6b1f0c2e-8d4a-4e7b-9a53-2c7d1e0f4b86",
	"lukla-lodges":       "a3e9d5c7-1b2f-4c60-8e14-9d7b3f0a2c58",
	"chitwan-safari":     "0f7c2a94-5e3b-4d18-b6a2-e1c9d84f7035",
}
""")

add("blind-mm/yaml/decoy-openapi-example", "booking-api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """\
openapi: 3.0.3
info:
  title: HTrails Partner API
  version: "1.2"
  description: साझेदार एजेन्सीहरूको बुकिङ API
components:
  securitySchemes:
    PartnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: "उदाहरण: `X-Partner-Key: pk_partner_EXAMPLE_0000000000` (वास्तविक कुञ्जी इमेलमा पठाइन्छ)"
security:
  - PartnerKey: []
paths: {}
""")

# END
