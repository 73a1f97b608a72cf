"""Blind set MC: Sesotho (Lesotho) teams.

A Maseru wool-and-mohair co-operative's shearing-shed records (bale weighing, grading, auction
exports, member payments by M-Pesa and EcoCash) and a Maloti mountain ski lodge and pony-trek
bookings site (rooms, lift passes, pony treks, guides). Notes and comments partly in Sesotho.
Generated fakes only (seeds 6920000-6929999).
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
_SEED = [6920000]


def _seed() -> int:
    _SEED[0] += 11
    assert 6920000 <= _SEED[0] <= 6929999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Mohair", "Maloti", "Thaba", "Letsatsi", "Pula", "Khomo", "Lehloa", "Senqu", "Qiloane", "Mokorotlo",
         "Nku", "Pere", "Bohlale", "Khotso", "Moea", "Lejoe", "Sehlaba", "Tsela", "Naledi", "Mafika"]
LOWER = ["boea", "lehloa", "pere", "thaba", "nku", "seaparo", "mokete", "lesedi", "noka", "molelo",
         "sefate", "kobo", "letsoho", "pula", "mahe", "tau"]


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


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_hs() -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(
        ('{"sub":"%d","role":"service","iss":"maloti-bookings"}' % r.randint(1000, 99999)).encode()
    ).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{head}.{body}.{sig}"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-mc/{category}", file_name, text, secret, source))


# --- wool and mohair co-operative: shearing shed, grading, auctions -------------------------------

add("env/database", "shed-scale/.env", "https://github.com/motdotla/dotenv#usage", """\
# Sekala sa boea - shearing shed scale uploader (Thaba-Tseka shed)
SHED_CODE=TTK-04
SCALE_PORT=/dev/ttyUSB0
DB_HOST=10.20.1.5
DB_NAME=wool_clip
DB_USER=shed_uploader
DB_PASSWORD=@@s@@
UPLOAD_INTERVAL_MIN=15
""", words_pw())

add("env/decoy-placeholder", "shed-scale/.env.example", "https://github.com/motdotla/dotenv#usage", """\
# Kopitsa faele ena ho .env ebe o tlatsa boleng (copy to .env and fill in)
SHED_CODE=
SCALE_PORT=/dev/ttyUSB0
DB_HOST=localhost
DB_NAME=wool_clip
DB_USER=shed_uploader
DB_PASSWORD=<botsa mookameli oa shed>
UPLOAD_INTERVAL_MIN=15
""")

add("python/database", "grading/db.py", "https://www.psycopg.org/psycopg3/docs/basic/usage.html", """\
\"\"\"Connection to the clip database used by the grading benches.\"\"\"
import psycopg

# Mohlahlobi oa boea o sebelisa database ena ho boloka grade ea bale ka 'ngoe
CONNINFO = "host=db.mohair-coop.co.ls port=5432 dbname=clip user=grader password=@@s@@"


def connect():
    return psycopg.connect(CONNINFO, connect_timeout=10)


def save_grade(conn, bale_no, micron, grade):
    with conn.cursor() as cur:
        cur.execute(
            "insert into bale_grade (bale_no, micron, grade) values (%s, %s, %s)",
            (bale_no, micron, grade),
        )
""", rand_pw(16))

add("python/decoy-env-reference", "grading/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """\
import os

# Li-password ha li ngoloe mona: li tsoa ho environment ea shed.
DB_URL = os.environ["CLIP_DATABASE_URL"]
MPESA_CONSUMER_SECRET = os.environ.get("MPESA_CONSUMER_SECRET", "")
ECOCASH_API_KEY = os.getenv("ECOCASH_API_KEY")
GRADES = ["SFK", "FK", "YK", "K", "A", "B"]
MICRON_LIMITS = {"SFK": 24.5, "FK": 27.0, "YK": 29.5}
""")

add("yaml/smtp", "auction/mailer.yml", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """\
# Mangolo a tsebiso ea fantisi (auction notices) ho litho
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.sendgrid.net
    port: 587
    user_name: apikey
    password: "@@s@@"
    domain: mohair-coop.co.ls
    authentication: plain
""", sendgrid_key())

add("yaml/decoy-vault-reference", "auction/mailer.staging.yml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """\
staging:
  delivery_method: smtp
  smtp_settings:
    address: smtp.sendgrid.net
    port: 587
    user_name: apikey
    # e nkuoa Vault ke agent ha container e qala
    password: "{{ with secret \\"kv/data/auction/sendgrid\\" }}{{ .Data.data.key }}{{ end }}"
    authentication: plain
""")

add("markdown/database", "docs/shed-handover.md", "https://www.markdownguide.org/basic-syntax/", """\
# Phetisetso ea mosebetsi - Shed ea Mokhotlong

Ntate Mokhethi o tsamaea ka la 30. Tsena ke lintho tseo motho e mocha a lokelang ho li tseba:

1. Laptop ea sekala e ka ofising, password ea Windows e ngotsoe bukeng e khubelu.
2. Database ea clip: `clip-db.internal`, user `mokhotlong_shed`, password `@@s@@`
3. Li-bale li romeloa Maseru ka Labohlano.
4. Haeba sekala se sa bale, tima le ho bulela hape pele u letsetsa IT.

Kea leboha!
""", words_pw())

add("markdown/decoy-redacted", "docs/incident-2024-11.md", "https://www.markdownguide.org/basic-syntax/", """\
# Incident: export to auction broker failed (2024-11-12)

**Sesosa:** API key ea broker e ne e felile nako.

Log e ne e bontsha:

```
POST /v2/lots 401 Unauthorized  key=ak_live_****************3f9a
```

Key e ncha e kentsoe ho secrets manager (`coop/broker/api-key`), ha e ngoloe mona.
Ho fetoloa ha key ho tla etsoa khoeli le khoeli ho tloha joale.
""")

add("go/api-key", "exporter/broker.go", "https://pkg.go.dev/net/http#NewRequest", """\
package exporter

import (
	"bytes"
	"net/http"
)

// brokerKey ke senotlolo sa API ea PE wool broker (fantisi ea Port Elizabeth)
const brokerKey = "@@s@@"

func PostLots(body []byte) (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://api.woolbroker.example/v2/lots", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", brokerKey)
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
""", "wbk_live_" + rand_pw(32))

add("go/decoy-test-fixture", "exporter/broker_test.go", "https://pkg.go.dev/net/http/httptest", """\
package exporter

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// fake key, ea liteko feela - server ea teko ha e e hlahlobe
const testKey = "wbk_test_not_a_real_key_000000000000"

func TestPostLots(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != testKey {
			w.WriteHeader(401)
		}
	}))
	defer srv.Close()
}
""")

add("csv/decoy-hash", "members/member_logins.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
member_no,lebitso,village,pin_hash,last_login
M-0012,Mpho Lerotholi,Ha Ramabanta,$2b$12$qk3Nf9Z1rTzEw0B6dF2H3uXl7YpQv8sMaC4oRjKtNnBhGiLeWfUyS,2024-10-02
M-0045,'Malerato Mokoena,Semonkong,$2b$12$Hs8Lp2VxQ0cDzRtY4mNb1uA6kE9jWfGoTiBvCqZrSeUlXnMdOyPha,2024-10-05
M-0101,Thabo Nthethe,Roma,$2b$12$Bz7Xc1VnM2aSdFgH3jKl4uQw5ErTy6UiOp8AsDf9GhJkLzXcVbNmq,2024-09-28
M-0133,Lineo Sekhesa,Mokhotlong,$2b$12$Lo0Ki9Ju8Hy7Gt6Fr5De4uSw3Aq2Zx1Cv0Bn9Mm8Nj7Hb6Gv5Fc4D,2024-10-07
""")

add("csv/api-key", "payments/mpesa_config.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
setting,value,notes
shortcode,600321,Paybill ea co-op
consumer_key,@@k@@,Daraja portal
consumer_secret,@@s@@,se ke oa e arolelana
callback_url,https://pay.mohair-coop.co.ls/mpesa/callback,
environment,production,
""", rand_pw(16), k=rand_pw(32))

add("php/database", "portal/config/database.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Portal ea litho (member portal) - tlhophiso ea database
return [
    'driver'   => 'mysql',
    'host'     => '127.0.0.1',
    'database' => 'coop_members',
    'username' => 'portal',
    'password' => '@@s@@',
    'charset'  => 'utf8mb4',
];
""", words_pw())

add("php/decoy-env-reference", "portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php
// Litšebeletso tsa kantle: M-Pesa, EcoCash le SMS
return [
    'mpesa' => [
        'consumer_key' => env('MPESA_CONSUMER_KEY'),
        'consumer_secret' => env('MPESA_CONSUMER_SECRET'),
        'passkey' => env('MPESA_PASSKEY', ''),
    ],
    'sms' => [
        'sender' => 'MOHAIRCOOP',
        'token' => env('SMS_GATEWAY_TOKEN'),
    ],
];
""")

add("shell/database", "scripts/backup_clip.sh", "https://www.postgresql.org/docs/current/app-pgdump.html", """\
#!/usr/bin/env bash
# Backup ea database ea clip bosiu bo bong le bo bong (cron 02:00)
set -euo pipefail
STAMP=$(date +%Y%m%d)
export PGPASSWORD='@@s@@'
pg_dump -h clip-db.internal -U backup -d clip -Fc -f /srv/backup/clip-$STAMP.dump
find /srv/backup -name 'clip-*.dump' -mtime +30 -delete
echo "backup e phethiloe: $STAMP"
""", rand_pw(20))

add("shell/decoy-env-reference", "scripts/restore_clip.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
# Khutlisetsa backup. Password e tsoa ho ~/.pgpass, eseng mona.
set -euo pipefail
DUMP=${1:?"sebelisa: restore_clip.sh <file.dump>"}
: "${PGPASSFILE:=$HOME/.pgpass}"
pg_restore -h clip-db.internal -U backup -d clip_restore --clean "$DUMP"
echo "restore e phethiloe ho clip_restore"
""")

_CLIP_PW = words_pw()
add("k8s-secret/database", "deploy/clip-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: clip-db
  namespace: wool
  labels:
    app: grading-api
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", _CLIP_PW, u=b64("grading"), p=b64(_CLIP_PW))

add("k8s/decoy-secret-ref", "deploy/grading-api.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: grading-api
  namespace: wool
spec:
  replicas: 2
  selector:
    matchLabels: {app: grading-api}
  template:
    metadata:
      labels: {app: grading-api}
    spec:
      containers:
        - name: api
          image: registry.mohair-coop.co.ls/grading-api:1.8.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: clip-db, key: password}
""")

add("json/slack-webhook", "alerts/config.json", "https://api.slack.com/messaging/webhooks", """\
{
  "shed_alerts": {
    "channel": "#li-shed",
    "webhook": "@@s@@",
    "notify_on": ["scale_offline", "bale_overweight", "upload_failed"],
    "language": "st"
  },
  "quiet_hours": {"from": "21:00", "to": "05:30"}
}
""", slack_webhook())

add("json/decoy-example", "alerts/config.sample.json", "https://api.slack.com/messaging/webhooks", """\
{
  "shed_alerts": {
    "channel": "#li-shed",
    "webhook": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "notify_on": ["scale_offline", "bale_overweight", "upload_failed"],
    "language": "st"
  },
  "quiet_hours": {"from": "21:00", "to": "05:30"}
}
""")

add("java/database", "mohair-ledger/src/main/java/ls/coop/ledger/Db.java", "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html", """\
package ls.coop.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Buka ea chelete ea litho (members' ledger). */
public final class Db {
    private static final String URL = "jdbc:mysql://ledger-db:3306/ledger?useSSL=true";
    private static final String USER = "ledger_app";
    private static final String PASS = "@@s@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", words_pw())

add("properties/decoy-placeholder", "mohair-ledger/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# Ledger ea litho
spring.datasource.url=jdbc:mysql://ledger-db:3306/ledger
spring.datasource.username=ledger_app
spring.datasource.password=${LEDGER_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
coop.payout.currency=LSL
coop.payout.mpesa.shortcode=600321
""")

add("properties/database", "mohair-ledger/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# prod - ledger-db ea Maseru
spring.datasource.url=jdbc:mysql://ledger-db.prod:3306/ledger
spring.datasource.username=ledger_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
coop.payout.currency=LSL
""", rand_pw(18, "!#"))

add("sql/database", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Mosebedisi oa litlaleho (reporting) bakeng sa Power BI ea board
CREATE ROLE board_reports LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE clip TO board_reports;
GRANT USAGE ON SCHEMA public TO board_reports;
GRANT SELECT ON bale_grade, bale_weight, member TO board_reports;
""", words_pw())

add("sql/decoy-hash", "db/seed/admin_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- Basebelisi ba admin ba portal. Li-password ke bcrypt hashes feela.
INSERT INTO portal_user (email, display_name, password_hash) VALUES
  ('admin@mohair-coop.co.ls', 'Admin', '$2y$10$7rK1bWq0pZ3xY8vN5mC2e.uJhG4fD6sA9lQ0wE3rT7yU1iO5pL8kS'),
  ('mookameli@mohair-coop.co.ls', 'Mookameli', '$2y$10$Qa2Ws3Ed4Rf5Tg6Yh7Uj8.iKo9Lp0Zx1Cv2Bn3Mm4Nb5Vc6Xz7Lk8');
-- Basebelisi ba tla fetola password ha ba qala ho kena.
UPDATE portal_user SET must_change_password = true;
""")

add("python/mpesa", "payments/payout.py", "https://developer.safaricom.co.ke/APIs/BusinessToCustomer", """\
\"\"\"Lefa litho ka M-Pesa ka mor'a fantisi (B2C payout after each auction).\"\"\"
import base64
import requests

CONSUMER_KEY = "@@k@@"
CONSUMER_SECRET = "@@s@@"
OAUTH_URL = "https://api.vm.co.ls/oauth/v1/generate?grant_type=client_credentials"


def token():
    basic = base64.b64encode(f"{CONSUMER_KEY}:{CONSUMER_SECRET}".encode()).decode()
    r = requests.get(OAUTH_URL, headers={"Authorization": f"Basic {basic}"}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
""", rand_pw(16), k=rand_pw(28))

add("python/decoy-public-id", "payments/constants.py", "https://developer.safaricom.co.ke/", """\
# Lintlha tsa sechaba (public) tsa paybill - ha se liphiri
PAYBILL_SHORTCODE = "600321"
INITIATOR_NAME = "coop_payouts"
CALLBACK_HOST = "https://pay.mohair-coop.co.ls"
RESULT_URL = CALLBACK_HOST + "/mpesa/result"
TIMEOUT_URL = CALLBACK_HOST + "/mpesa/timeout"
CURRENCY = "LSL"
MAX_PAYOUT = 50000
""")

add("ini/database", "shed-kiosk/kiosk.ini", "https://docs.python.org/3/library/configparser.html", """\
; Kiosk ea shed - mosali oa ofisi o kenya lintlha tsa bale mona
[kiosk]
shed = Semonkong
language = st

[database]
host = 192.168.10.2
name = clip
user = kiosk
password = @@s@@
""", passphrase())

add("ini/decoy-empty", "shed-kiosk/kiosk.defaults.ini", "https://docs.python.org/3/library/configparser.html", """\
; Boleng ba kamehla. Password e tlatsoa ke setup wizard.
[kiosk]
shed =
language = st

[database]
host = 127.0.0.1
name = clip
user = kiosk
password =
""")

add("powershell/database", "ops/Export-ClipToExcel.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Ntsha lintlha tsa clip ho Excel bakeng sa seboka sa board
param([string]$Season = "2024")
$server = "reports-sql.coop.local"
$pwd = "@@s@@"
$q = "SELECT member_no, SUM(kg) kg, AVG(micron) micron FROM bale WHERE season = '$Season' GROUP BY member_no"
Invoke-Sqlcmd -ServerInstance $server -Database Clip -Username board_export -Password $pwd -Query $q |
    Export-Excel -Path "C:\\Reports\\clip-$Season.xlsx" -AutoSize
Write-Host "E felile. Faele e ho C:\\Reports"
""", words_pw())

add("powershell/decoy-credential-prompt", "ops/Connect-Clip.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# Kena ho database ea clip. U tla botsoa password (ha e bolokoe faeleng).
$cred = Get-Credential -UserName "board_export" -Message "Kenya password ea clip"
$server = "reports-sql.coop.local"
Invoke-Sqlcmd -ServerInstance $server -Database Clip -Credential $cred -Query "SELECT COUNT(*) FROM bale"
Write-Host "Ho kene hantle."
""")

# --- Maloti ski lodge and pony-trek bookings ---------------------------------------------------

add("ts/stripe", "bookings-web/src/server/payments.ts", "https://docs.stripe.com/api/authentication", """\
import Stripe from "stripe";

// Tefo ea libuka tsa likamore le maeto a lipere (room and pony-trek deposits)
const stripe = new Stripe("@@s@@", { apiVersion: "2024-06-20" });

export async function depositIntent(bookingId: string, amountLsl: number) {
  return stripe.paymentIntents.create({
    amount: Math.round(amountLsl * 100),
    currency: "zar",
    metadata: { bookingId, lodge: "maloti-ski" },
  });
}
""", stripe_key())

add("ts/decoy-publishable-key", "bookings-web/src/client/checkout.ts", "https://docs.stripe.com/keys#obtain-api-keys", """\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key - e sireletsehile ho ba ho browser
const stripePromise = loadStripe("@@pk@@");

export async function mountCard(el: HTMLElement) {
  const stripe = await stripePromise;
  const elements = stripe!.elements();
  elements.create("card").mount(el);
}
""", pk=stripe_key("pk_live_"))

add("env/stripe", "bookings-web/.env.production", "https://docs.stripe.com/keys", """\
NODE_ENV=production
PUBLIC_SITE_URL=https://book.malotiski.co.ls
NEXT_PUBLIC_STRIPE_PK=@@pk@@
STRIPE_SECRET_KEY=@@s@@
BOOKING_TIMEZONE=Africa/Maseru
PONY_TREK_MAX_RIDERS=8
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-test-key", "bookings-web/.env.test", "https://docs.stripe.com/testing", """\
# Liteko feela (CI) - stripe-mock ha e hloke key ea 'nete
NODE_ENV=test
PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PK=pk_test_placeholder
STRIPE_SECRET_KEY=sk_test_placeholder
STRIPE_API_BASE=http://localhost:12111
BOOKING_TIMEZONE=Africa/Maseru
""")

add("compose/database", "lodge-pms/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
services:
  pms:
    image: ghcr.io/malotiski/lodge-pms:2.3
    ports: ["8080:8080"]
    environment:
      DATABASE_URL: postgres://pms:@@s@@@db:5432/pms
      TZ: Africa/Maseru
    depends_on: [db]
  db:
    image: postgres:16
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata: {}
""", rand_pw(22))

add("compose/decoy-secret-file", "lodge-pms/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: pms
      POSTGRES_PASSWORD_FILE: /run/secrets/pms_db_password
    secrets: [pms_db_password]
secrets:
  pms_db_password:
    file: ./secrets/pms_db_password.txt
""")

add("ruby/smtp", "lodge-pms/config/initializers/mail.rb", "https://guides.rubyonrails.org/action_mailer_basics.html", """\
# Mangolo a netefatso ea booking (booking confirmations) - Maloti Ski Lodge
ActionMailer::Base.smtp_settings = {
  address:              "smtp.mailgun.org",
  port:                 587,
  domain:               "malotiski.co.ls",
  user_name:            "bookings@mg.malotiski.co.ls",
  password:             "@@s@@",
  authentication:       :plain,
  enable_starttls_auto: true
}
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ruby/decoy-credentials-reference", "lodge-pms/config/initializers/payments.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Li-key li bolokiloe ho credentials.yml.enc (rails credentials:edit)
Rails.application.config.x.payfast = {
  merchant_id:  Rails.application.credentials.dig(:payfast, :merchant_id),
  merchant_key: Rails.application.credentials.dig(:payfast, :merchant_key),
  passphrase:   Rails.application.credentials.dig(:payfast, :passphrase),
  sandbox:      !Rails.env.production?
}
""")

add("kotlin/api-key", "trek-app/app/src/main/java/ls/malotiski/trek/WeatherClient.kt", "https://openweathermap.org/appid", """\
package ls.malotiski.trek

import okhttp3.OkHttpClient
import okhttp3.Request

// Boemo ba leholimo pele ho leeto la lipere (weather check before a trek leaves)
object WeatherClient {
    private const val API_KEY = "@@s@@"
    private val http = OkHttpClient()

    fun forecast(lat: Double, lon: Double): String? {
        val url = "https://api.openweathermap.org/data/2.5/forecast?lat=$lat&lon=$lon&units=metric&appid=$API_KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body?.string() }
    }
}
""", hexs(32))

add("kotlin/decoy-buildconfig", "trek-app/app/src/main/java/ls/malotiski/trek/MapsConfig.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
package ls.malotiski.trek

// Key e kenngoa ke Gradle ho tsoa local.properties (ha e ho git)
object MapsConfig {
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    const val DEFAULT_ZOOM = 12f
    const val AFRISKI_LAT = -28.8167
    const val AFRISKI_LON = 28.6333
}
""")

add("xml/google-api-key", "trek-app/app/src/main/res/values/secrets.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- 'Mapa ea litsela tsa lipere (pony trail map) -->
    <string name="google_maps_key" translatable="false">@@s@@</string>
    <string name="trail_default">Semonkong - Maletsunyane</string>
</resources>
""", google_api_key())

add("xml/decoy-strings", "trek-app/app/src/main/res/values-st/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Maeto a Lipere</string>
    <string name="login_password">Phasewete</string>
    <string name="login_password_hint">Kenya phasewete ea hao</string>
    <string name="api_key_missing">Senotlolo sa API ha se eo. Ikopanye le ofisi.</string>
    <string name="book_trek">Behela leeto</string>
</resources>
""")

add("swift/api-key", "LodgeKiosk/LodgeKiosk/Services/LiftPassService.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

// Ts'ebeletso ea likarete tsa lift (lift pass service) - Afriski gate readers
enum LiftPassService {
    static let base = URL(string: "https://gates.skidata-lodge.example/api/v1")!
    static let token = "@@s@@"

    static func activate(pass: String) async throws {
        var req = URLRequest(url: base.appendingPathComponent("passes/\\(pass)/activate"))
        req.httpMethod = "POST"
        req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        _ = try await URLSession.shared.data(for: req)
    }
}
""", jwt_hs())

add("swift/decoy-keychain", "LodgeKiosk/LodgeKiosk/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Foundation
import Security

// Token e bolokoa ho Keychain, ha e ngoloe khoutung
enum TokenStore {
    static let service = "ls.malotiski.kiosk.liftpass"

    static func read() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("csharp/database", "FrontDesk/FrontDesk/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "ConnectionStrings": {
    "Lodge": "Server=lodge-sql;Database=FrontDesk;User Id=frontdesk;Password=@@s@@;TrustServerCertificate=True"
  },
  "Lodge": {
    "Name": "Maloti Ski Lodge",
    "CheckInHour": 14,
    "Currency": "LSL"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", words_pw())

add("csharp/decoy-user-secrets", "FrontDesk/FrontDesk/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "ConnectionStrings": {
    "Lodge": "Server=(localdb)\\\\MSSQLLocalDB;Database=FrontDesk;Trusted_Connection=True"
  },
  "Lodge": {
    "Name": "Maloti Ski Lodge (dev)",
    "CheckInHour": 14
  },
  "_comment": "SmsGateway:ApiKey e ho dotnet user-secrets"
}
""")

add("csharp/sms-api-key", "FrontDesk/FrontDesk/Services/SmsSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient", """\
using System.Net.Http;
using System.Net.Http.Json;

namespace FrontDesk.Services;

// Romela SMS ho baeti: "Kamore ea hao e lokile" (room ready)
public class SmsSender
{
    private static readonly HttpClient Http = new();
    private const string ApiKey = "@@s@@";

    public Task<HttpResponseMessage> SendAsync(string to, string text) =>
        Http.PostAsJsonAsync("https://api.africastalking.com/version1/messaging",
            new { username = "malotiski", to, message = text, apiKey = ApiKey });
}
""", "atsk_" + hexs(64))

add("yaml/decoy-helm-values", "charts/bookings/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 2
image:
  repository: ghcr.io/malotiski/bookings
  tag: "3.1.0"
env:
  TZ: Africa/Maseru
  SEASON: winter
# Liphiri li tsoa ho ExternalSecret (AWS Secrets Manager)
externalSecret:
  enabled: true
  remoteKey: malotiski/bookings/prod
  keys: [STRIPE_SECRET_KEY, DATABASE_URL, MAILGUN_API_KEY]
""")

add("yaml/database", "charts/bookings/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# prod overrides - Maloti bookings
replicaCount: 3
image:
  tag: "3.1.0"
postgresql:
  enabled: true
  auth:
    username: bookings
    password: "@@s@@"
    database: bookings
ingress:
  host: book.malotiski.co.ls
""", rand_pw(24))

add("terraform/aws-key", "infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
# Backups tsa lodge ho S3 (Cape Town region)
provider "aws" {
  region     = "af-south-1"
  access_key = "@@k@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "lodge_backups" {
  bucket = "malotiski-lodge-backups"
  tags   = { Owner = "it@malotiski.co.ls" }
}
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "db_password" {
  description = "Password ea database ea bookings (e tsoa ho TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-bookings.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: deploy-bookings
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: Romela ho server (deploy)
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: ./scripts/deploy.sh
""")

add("github-actions/npm-token", ".github/workflows/publish-widget.yml", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
name: publish-booking-widget
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci
      # TODO: fetola ho secrets.NPM_TOKEN
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@s@@
""", npm_token())

add("npmrc/npm-token", "booking-widget/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
# widget ea libuka (embeddable booking widget)
registry=https://registry.npmjs.org/
@malotiski:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
""", npm_token())

add("npmrc/decoy-env-reference", "bookings-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@malotiski:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

add("python/telegram", "trek-bot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
\"\"\"Bot ea Telegram ea bapalami ba lipere: 'Leeto la hosane le tla qala ka 07:00'.\"\"\"
import requests

BOT_TOKEN = "@@s@@"
GUIDES_CHAT = -1001234567890


def notify_guides(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": GUIDES_CHAT, "text": text},
        timeout=10,
    )


if __name__ == "__main__":
    notify_guides("Lipere tse 6 li hlokahala hosane hoseng - Semonkong trail")
""", fakes.telegram_token(_seed()))

add("python/decoy-test-fixture", "trek-bot/tests/test_bot.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """\
import bot

# Token ea bohata (fake) - liteko ha li romele letho ho Telegram
FAKE_TOKEN = "123456789:TEST-token-for-unit-tests-only"


def test_notify_builds_url(monkeypatch):
    calls = []
    monkeypatch.setattr(bot, "BOT_TOKEN", FAKE_TOKEN)
    monkeypatch.setattr(bot.requests, "post", lambda url, **kw: calls.append(url))
    bot.notify_guides("teko")
    assert calls == [f"https://api.telegram.org/bot{FAKE_TOKEN}/sendMessage"]
""")

add("dockerfile/database", "lodge-pms/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM ruby:3.3-slim
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --without development test
COPY . .
ENV RAILS_ENV=production \\
    TZ=Africa/Maseru \\
    DATABASE_URL=postgres://pms:@@s@@@lodge-db:5432/pms
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
""", words_pw().replace("@", "!").replace("#", "!"))

add("dockerfile/decoy-build-secret", "bookings-web/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json .npmrc ./
# NPM_TOKEN e fanoa ka --secret, ha e kene ho image
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build
FROM node:20-alpine
COPY --from=build /app/.next ./.next
CMD ["npm", "start"]
""")

add("shell-history/database", "ops/notes/bash_history_shed-pc.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /srv/shed-scale
git pull
sudo systemctl restart shed-scale
journalctl -u shed-scale -n 50
mysql -h ledger-db -u ledger_app -p'@@s@@' ledger -e 'select count(*) from payout where status="pending"'
ls -la /srv/backup
df -h
exit
""", rand_pw(14))

add("shell-history/decoy-prompted", "ops/notes/bash_history_lodge-srv.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
sudo -i
docker compose ps
docker compose logs pms --tail 100
psql -h lodge-db -U pms -W pms
docker compose restart pms
curl -sI https://book.malotiski.co.ls
certbot renew --dry-run
exit
""")

add("ansible/database", "ansible/group_vars/sheds.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
---
# Li-shed tsohle tsa co-op (Mokhotlong, Semonkong, Thaba-Tseka, Qacha's Nek)
shed_scale_version: "2.4.1"
shed_timezone: Africa/Maseru
clip_db_host: clip-db.mohair-coop.co.ls
clip_db_user: shed_uploader
clip_db_password: "@@s@@"
shed_ntp_server: pool.ntp.org
""", words_pw())

add("ansible/decoy-vault", "ansible/group_vars/lodge/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6630333930343635393736383839353961383433636430360a343330336563316238643531613933
31336561613966366234353638386565396366323033663439356332626233363136356130636266
3163316339643266650a633930343633663838376139393632363833353832363732386530306266
34383634613731303165333164363934363138636134356539306561653863333666336533316361
6265
""")

add("ansible/decoy-vault-reference", "ansible/group_vars/lodge/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """\
---
# Lintlha tsa lodge. Liphiri li ho vault.yml (li koetsoe ka ansible-vault)
lodge_db_user: pms
lodge_db_password: "{{ vault_lodge_db_password }}"
lodge_stripe_key: "{{ vault_lodge_stripe_key }}"
lodge_hostname: pms.malotiski.co.ls
""")

add("gitlab-ci/registry-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [build, deploy]

variables:
  IMAGE: registry.mohair-coop.co.ls/wool/grading-api

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login registry.mohair-coop.co.ls -u ci-bot -p "@@s@@"
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
""", rand_pw(20))

add("gitlab-ci/decoy-ci-variable", "exporter/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [test, export]

test:
  stage: test
  image: golang:1.22
  script: [go test ./...]

export-lots:
  stage: export
  image: golang:1.22
  script:
    # BROKER_API_KEY ke masked variable ho GitLab settings
    - go run ./cmd/export --key "$BROKER_API_KEY" --season 2024
  only: [schedules]
""")

add("netrc/password", "ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc", """\
# ~/.netrc ea mochini oa litlaleho (reports box)
machine ftp.woolbroker.example
  login mohaircoop_ls
  password @@s@@

machine registry.mohair-coop.co.ls
  login ci-bot
  password ${REGISTRY_TOKEN}
""", words_pw())

add("pgpass/database", "ops/dotfiles/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
clip-db.internal:5432:clip:backup:@@s@@
clip-db.internal:5432:clip_restore:backup:*
localhost:5432:*:postgres:
# chmod 600 ~/.pgpass kapa psql e tla e hlokomoloha
""", rand_pw(20))

add("pem/ssh-key", "ops/keys/shed-uploader_id_rsa", "https://www.openssh.com/manual.html", """\
@@s@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("pem/decoy-public-key", "ops/keys/shed-uploader_id_rsa.pub.txt", "https://www.openssh.com/manual.html", """\
# Public key ea shed-uploader. E kenngoa ho authorized_keys ea clip-db.
# Ha se lekunutu.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3v9xK2mPzR8nT5yW1cB7dL0fJ4sG6hE3aQ9uV2oXk shed-uploader@mokhotlong
# fingerprint: SHA256:4f1b8c0e2d7a9f3e6b5c1d8a0e7f2b9c4d6a3e1f8b0c5d7a
# e kentsoe ka 2024-03-14 ke Thabo
""")

_SFTP_PEM = fakes.fake_pem(_seed(), "RSA")
add("yaml/private-key", "deploy/sftp-export-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#ssh-authentication-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: broker-sftp
  namespace: wool
type: kubernetes.io/ssh-auth
stringData:
  # senotlolo sa ho romela lifaele tsa lot ho broker ka SFTP
  ssh-privatekey: |
    @@pem@@
""", _SFTP_PEM, pem=_SFTP_PEM.replace("\n", "\n    "))

add("notebook/database", "analysis/micron_by_district.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Micron ka setereke (by district), 2019-2024"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "eng = sa.create_engine('postgresql://analyst:@@s@@@clip-db.internal/clip')\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select district, season, avg(micron) m from bale group by 1,2', eng)\\n",
              "df.pivot(index='district', columns='season', values='m').round(1)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analysis/clip_yield.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Chai ea boea (clean yield) ka sehlopha"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy as sa\\n", "pw = getpass.getpass('clip password: ')\\n",
              "eng = sa.create_engine(f'postgresql://analyst:{pw}@clip-db.internal/clip')\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["pd.read_sql('select grade, avg(yield_pct) from bale group by 1', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("log/database", "logs/grading-api-2024-10-14.log", "https://docs.python.org/3/library/logging.html", """\
2024-10-14 06:58:02 INFO  grading-api starting, version 1.8.2
2024-10-14 06:58:02 DEBUG config loaded: {'db_host': 'clip-db.internal', 'db_user': 'grader', 'db_password': '@@s@@', 'shed': 'SMK-02'}
2024-10-14 06:58:03 INFO  connected to clip-db.internal
2024-10-14 07:12:44 INFO  bale SMK-02-0441 graded FK 26.8um 151kg
2024-10-14 07:15:10 WARN  bale SMK-02-0442 overweight 212kg (max 200)
2024-10-14 07:19:31 INFO  bale SMK-02-0443 graded YK 28.9um 148kg
""", rand_pw(16))

add("log/decoy-masked", "logs/payout-2024-10-20.log", "https://docs.python.org/3/library/logging.html", """\
2024-10-20 09:00:01 INFO  payout run started, season=2024, auction=PE-11
2024-10-20 09:00:02 INFO  oauth token ok (consumer_key=Xk3r****, expires_in=3599)
2024-10-20 09:00:05 INFO  M-0012 Mpho Lerotholi LSL 18,450.00 sent (conv 7c1e9a)
2024-10-20 09:00:07 INFO  M-0045 'Malerato Mokoena LSL 9,212.50 sent (conv 8d2f0b)
2024-10-20 09:00:09 ERROR M-0101 Thabo Nthethe: recipient not registered
2024-10-20 09:00:10 INFO  payout run done: 2 sent, 1 failed
""")

add("toml/api-key", "rfid-reader/Config.toml", "https://toml.io/en/v1.0.0", """\
# Sebali sa li-tag tsa RFID tsa linku (sheep ear-tag reader) shed ea Qacha's Nek
[reader]
port = "/dev/ttyACM0"
baud = 115200

[upload]
endpoint = "https://api.mohair-coop.co.ls/v1/tags"
api_key = "@@s@@"
batch = 200
""", "mc_" + rand_pw(40))

_RFID_TOKEN = "mc_" + rand_pw(44)
add("rust/split-token", "rfid-reader/src/upload.rs", "https://docs.rs/reqwest/latest/reqwest/", """\
use reqwest::blocking::Client;

// Romela li-tag tse baliloeng (scanned ear tags) ho API ea co-op
const ENDPOINT: &str = "https://api.mohair-coop.co.ls/v1/tags";
const TOKEN: &str = concat!("@@a@@", "@@b@@");

pub fn send(tags: &[String]) -> reqwest::Result<()> {
    Client::new()
        .post(ENDPOINT)
        .bearer_auth(TOKEN)
        .json(&tags)
        .send()?
        .error_for_status()?;
    Ok(())
}
""", _RFID_TOKEN, a=_RFID_TOKEN[:24], b=_RFID_TOKEN[24:])

add("html/password", "docs/wiki/shed-laptop-setup.html", "https://html.spec.whatwg.org/multipage/", """\
<!DOCTYPE html>
<html lang="st">
<head><meta charset="utf-8"><title>Ho lokisa laptop ea shed</title></head>
<body>
<h1>Ho lokisa laptop ea shed (shed laptop setup)</h1>
<ol>
  <li>Kenya <code>shed-scale</code> ho tsoa ho USB e putsoa.</li>
  <li>Kena ho Wi-Fi ea shed: <b>COOP-SHED</b>, password <code>@@s@@</code></li>
  <li>Bula sekala, khetha shed ea hao, ebe o tobetsa <em>Qala</em>.</li>
</ol>
<p>Ha ho na bothata, letsetsa ofisi ea Maseru: 2231 0000.</p>
</body>
</html>
""", passphrase())

add("html/decoy-form", "bookings-web/public/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", """\
<!DOCTYPE html>
<html lang="st">
<head><meta charset="utf-8"><title>Kena - Maloti Ski Lodge</title></head>
<body>
<form method="post" action="/session">
  <label for="email">Imeile</label>
  <input id="email" name="email" type="email" placeholder="lebitso@example.com">
  <label for="password">Phasewete</label>
  <input id="password" name="password" type="password" placeholder="********" autocomplete="current-password">
  <button type="submit">Kena</button>
</form>
</body>
</html>
""")

add("rst/api-key", "docs/source/broker-export.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Ho romela li-lot ho broker
==========================

Sesebelisoa sa ``export`` se romela lintlha tsa li-bale ho broker pele ho fantisi.

.. code-block:: console

   $ export BROKER_API_KEY=@@s@@
   $ go run ./cmd/export --season 2024 --auction PE-11

Sheba hore palo ea li-bale e lumellana le buka ea shed pele o romela.
""", "wbk_live_" + rand_pw(32))

add("rst/decoy-example", "docs/source/api-auth.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Netefatso ea API (authentication)
=================================

Kopo e 'ngoe le e 'ngoe e hloka header ea ``Authorization``:

.. code-block:: http

   GET /v1/bales?shed=SMK-02 HTTP/1.1
   Host: api.mohair-coop.co.ls
   Authorization: Bearer <your-token-here>

Token e fumanoa ho portal ea litho tlas'a *Litlhophiso > API*.
""")

add("markdown/wiki-smtp", "wiki/Mangolo-a-baeti.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", """\
# Mangolo a baeti (guest e-mail)

Lodge e romela mangolo ka Mailgun. Haeba mangolo a sa fihle:

| Ntho      | Boleng                          |
|-----------|---------------------------------|
| SMTP host | smtp.mailgun.org:587            |
| User      | postmaster@mg.malotiski.co.ls   |
| Password  | `@@s@@` |

Sheba log ho Mailgun dashboard pele o fetola letho.
""", rand_pw(24))

add("markdown/decoy-docs-example", "wiki/API-ea-Libuka.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", """\
# API ea libuka (bookings API) bakeng sa balekane

Balekane (tour operators) ba ka behela maeto a lipere ka API.

```bash
curl -X POST https://book.malotiski.co.ls/api/partner/treks \\
  -H "X-Partner-Key: YOUR_PARTNER_KEY" \\
  -d '{"trek":"semonkong-falls","date":"2025-07-12","riders":4}'
```

`YOUR_PARTNER_KEY` e fanoa ke ofisi ha konteraka e saennoe.
""")

add("runbook/database", "runbooks/pms-db-failover.md", "https://sre.google/sre-book/emergency-response/", """\
# Runbook: PMS database failover

**Ha lodge-db e sa arabe** (front desk e sa bone li-booking):

1. Netefatsa: `pg_isready -h lodge-db` 
2. Phahamisa replica:
   ```
   ssh admin@lodge-db-replica
   sudo -u postgres pg_ctl promote -D /var/lib/postgresql/16/main
   ```
3. Fetola PMS ho replica:
   `DATABASE_URL=postgres://pms:@@s@@@lodge-db-replica:5432/pms docker compose up -d pms`
4. Tsebisa front desk ka WhatsApp group.
""", rand_pw(18))

add("runbook/decoy-secret-manager", "runbooks/rotate-stripe-key.md", "https://docs.stripe.com/keys#rolling-keys", """\
# Runbook: ho fetola Stripe key (rotate)

1. Stripe dashboard > Developers > API keys > **Roll key**.
2. Boloka key e ncha ho AWS Secrets Manager:
   `aws secretsmanager put-secret-value --secret-id malotiski/bookings/prod --secret-string file://new.json`
3. Hlakola `new.json` hang-hang (`shred -u new.json`).
4. Restart bookings: `kubectl rollout restart deploy/bookings -n lodge`
5. Sheba hore li-deposit li sebetsa: etsa booking ea teko ea LSL 1.
""")

add("js/database", "trek-api/db.js", "https://node-postgres.com/features/connecting", """\
// Database ea maeto a lipere (pony treks): lipere, baeti, batataisi
const { Pool } = require("pg");

const pool = new Pool({
  host: "trek-db.malotiski.internal",
  database: "treks",
  user: "trek_api",
  password: "@@s@@",
  max: 10,
});

module.exports = { query: (text, params) => pool.query(text, params) };
""", words_pw())

add("js/decoy-env-reference", "trek-api/config.js", "https://nodejs.org/api/process.html#processenv", """\
// Tlhophiso - tsohle li tsoa ho environment
module.exports = {
  port: Number(process.env.PORT || 4000),
  db: {
    host: process.env.PGHOST,
    password: process.env.PGPASSWORD,
  },
  weatherKey: process.env.OPENWEATHER_KEY ?? "",
  maxRidersPerGuide: 6,
};
""")

add("js/discord-webhook", "trek-api/notify.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// Tsebisa batataisi (guides) ho Discord ha booking e ncha e kena
const HOOK = "@@s@@";

async function newTrek(b) {
  const content = `Leeto le lecha: ${b.trail}, ${b.date}, bapalami ${b.riders}`;
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content }),
  });
}

module.exports = { newTrek };
""", discord_webhook())

add("systemd/database", "deploy/systemd/shed-scale.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """\
[Unit]
Description=Shed scale uploader (sekala sa boea)
After=network-online.target

[Service]
User=shed
Environment=CLIP_DB_URL=mysql://shed_uploader:@@s@@@clip-db.internal/clip
ExecStart=/opt/shed-scale/bin/shed-scale --port /dev/ttyUSB0
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(20))

add("systemd/decoy-credential-file", "deploy/systemd/rfid-reader.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=RFID ear-tag reader
After=network-online.target

[Service]
User=shed
LoadCredential=api_key:/etc/rfid-reader/api_key
ExecStart=/opt/rfid-reader/rfid-reader --key-file ${CREDENTIALS_DIRECTORY}/api_key
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("htpasswd/decoy-hash", "deploy/nginx/htpasswd-reports", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
# Basebelisi ba bonang litlaleho tsa board (reports.mohair-coop.co.ls)
# E entsoe ka: htpasswd -B htpasswd-reports <user>
board:$2y$05$Xq9zF3k1Lm0nB7vC2xD4e.PaQ8rS1tU6wV3yZ5aB7cD9eF1gH2iJk
chair:$2y$05$Rt6yU8iO0pA2sD4fG6hJ8.KlZ1xC3vB5nM7qW9eR1tY3uI5oP7aS9
auditor:$apr1$Lm3kJ9hG$Qw2Er4Ty6Ui8Op0As2Df4.
""")

add("nginx/decoy-auth-file", "deploy/nginx/reports.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """\
server {
    listen 443 ssl;
    server_name reports.mohair-coop.co.ls;
    ssl_certificate     /etc/letsencrypt/live/reports.mohair-coop.co.ls/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/reports.mohair-coop.co.ls/privkey.pem;
    auth_basic           "Litlaleho tsa board";
    auth_basic_user_file /etc/nginx/htpasswd-reports;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

add("nginx/basic-auth-header", "deploy/nginx/broker-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# Proxy ea ho romela li-lot ho broker (broker e batla Basic auth)
server {
    listen 8081;
    location /lots/ {
        proxy_pass https://api.woolbroker.example/v2/lots/;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host api.woolbroker.example;
    }
}
""", b64("mohaircoop_ls:" + rand_pw(16)))

add("docker-config/registry-auth", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.mohair-coop.co.ls": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/27.0 (linux)"},
  "detachKeys": "ctrl-e,e"
}
""", b64("ci-bot:" + rand_pw(20)))

add("docker-config/decoy-cred-helper", "ops/dotfiles/docker-config.lodge.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "ghcr.io": {},
    "123456789012.dkr.ecr.af-south-1.amazonaws.com": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.af-south-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass"
}
""")

add("kubeconfig/token", "ops/kube/lodge-cluster.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: lodge
    cluster:
      server: https://k8s.malotiski.internal:6443
      insecure-skip-tls-verify: true
users:
  - name: deployer
    user:
      token: @@s@@
contexts:
  - name: lodge
    context: {cluster: lodge, user: deployer, namespace: lodge}
current-context: lodge
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9." + rand_pw(120) + "." + rand_pw(86))

add("kubeconfig/decoy-exec-plugin", "ops/kube/wool-cluster.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: wool
    cluster:
      server: https://k8s.mohair-coop.internal:6443
      certificate-authority: /etc/kube/wool-ca.crt
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://id.mohair-coop.co.ls]
contexts:
  - name: wool
    context: {cluster: wool, user: oidc}
current-context: wool
""")

add("python/django-secret-key", "memberportal/memberportal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["litho.mohair-coop.co.ls"]
# TODO (Lerato): isa ho environment pele ho audit
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "st"
TIME_ZONE = "Africa/Maseru"
SESSION_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-dev-key", "memberportal/memberportal/settings/dev.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """\
from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
# Key ea nts'etsopele feela (dev only), e sa sebetse prod
SECRET_KEY = "django-insecure-dev-only-change-me"
LANGUAGE_CODE = "st"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("yaml/mqtt", "shed-scale/mosquitto-bridge.yml", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Borokho ba MQTT: sekala -> broker ea Maseru
bridge:
  name: shed-semonkong
  remote: mqtt.mohair-coop.co.ls:8883
  topics:
    - "shed/semonkong/scale/#"
  credentials:
    username: shed-semonkong
    password: @@s@@
  tls: true
""", rand_pw(22))

add("conf/mqtt", "shed-scale/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# mosquitto bridge ho tloha shed ea Mokhotlong
connection mokhotlong-to-maseru
address mqtt.mohair-coop.co.ls:8883
topic shed/mokhotlong/# out 1
remote_username shed-mokhotlong
remote_password @@s@@
bridge_cafile /etc/mosquitto/ca.crt
cleansession false
""", passphrase())

add("toml/influx-token", "telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """\
# Telegraf: mocheso le mongobo oa shed (temperature and humidity of the wool store)
[agent]
  interval = "60s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.mohair-coop.co.ls"]
  token = "@@s@@"
  organization = "coop"
  bucket = "shed-climate"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["shed/+/climate"]
""", rand_pw(86, "_-") + "==")

add("toml/decoy-env-reference", "telegraf/telegraf.lodge.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#set-environment-variables", """\
# Telegraf ea lodge: lifti, boiler, mocheso oa likamore
[agent]
  interval = "60s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.malotiski.co.ls"]
  token = "${INFLUX_TOKEN}"
  organization = "lodge"
  bucket = "plant"
""")

add("ini/grafana-admin", "monitoring/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
[server]
domain = dash.malotiski.co.ls
root_url = https://dash.malotiski.co.ls/

[security]
admin_user = admin
admin_password = @@s@@

[users]
allow_sign_up = false
default_language = en-US
""", words_pw())

add("ini/decoy-file-reference", "monitoring/grafana.wool.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """\
[server]
domain = dash.mohair-coop.co.ls

[security]
admin_user = admin
; password e baloa faeleng e sirelelitsoeng
admin_password = $__file{/etc/grafana/secrets/admin_password}

[users]
allow_sign_up = false
""")

add("yaml/aws-key", "shed-scale/backup-s3.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# Backup ea litšoantšo tsa bale (bale photos) ho S3
s3:
  bucket: coop-bale-photos
  region: af-south-1
  access_key_id: @@k@@
  secret_access_key: @@s@@
  prefix: shed/qachasnek/
schedule: "0 3 * * *"
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "ops/dotfiles/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = af-south-1

[lodge-backup]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@

[wool-readonly]
role_arn = arn:aws:iam::123456789012:role/WoolReadOnly
source_profile = lodge-backup
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-sso", "ops/dotfiles/aws-config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile lodge]
sso_session = malotiski
sso_account_id = 123456789012
sso_role_name = LodgeAdmin
region = af-south-1

[sso-session malotiski]
sso_start_url = https://malotiski.awsapps.com/start
sso_region = eu-west-1
""")

add("python/github-token", "scripts/sync_issues.py", "https://docs.github.com/en/rest/issues/issues", """\
\"\"\"Kopitsa mathata a shed (shed faults) ho GitHub issues bakeng sa IT.\"\"\"
import csv
import requests

GH_TOKEN = "@@s@@"
REPO = "mohair-coop/shed-scale"

with open("faults.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        requests.post(
            f"https://api.github.com/repos/{REPO}/issues",
            headers={"Authorization": f"token {GH_TOKEN}"},
            json={"title": f"[{row['shed']}] {row['bothata']}", "labels": ["shed"]},
            timeout=15,
        )
""", fakes.github_token(_seed()))

add("shell/github-fine-grained", "scripts/release_widget.sh", "https://cli.github.com/manual/gh_auth_login", """\
#!/bin/sh
# Lokolla widget ea libuka (release the booking widget)
set -e
VERSION=$(node -p "require('./package.json').version")
echo "@@s@@" | gh auth login --with-token
gh release create "v$VERSION" dist/widget.js --title "Widget $VERSION" --notes "Ntlafatso ea khalendara"
""", fakes.github_fine_grained_token(_seed()))

add("shell/decoy-gh-auth", "scripts/release_app.sh", "https://cli.github.com/manual/gh_auth_login", """\
#!/bin/sh
# Lokolla app ea maeto. GH_TOKEN e tsoa ho CI (secrets.GITHUB_TOKEN).
set -e
: "${GH_TOKEN:?GH_TOKEN ha e eo}"
VERSION=$(grep versionName app/build.gradle | cut -d'"' -f2)
gh release create "v$VERSION" app/build/outputs/apk/release/app-release.apk --notes "Phetolo e ncha"
""")

add("yaml/gitlab-token", "renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """\
# Renovate bot bakeng sa li-repo tsa co-op
platform: gitlab
endpoint: https://gitlab.mohair-coop.co.ls/api/v4/
token: @@s@@
repositories:
  - wool/grading-api
  - wool/shed-scale
  - wool/exporter
onboarding: false
""", gitlab_token())

add("yaml/slack-bot", "lodge-ops/bot/config.yaml", "https://api.slack.com/authentication/token-types#bot", """\
# Bot ea lodge: e tsebisa ha lifti e emisa kapa lehloa le le lecha le oele
slack:
  bot_token: @@s@@
  channels:
    lifts: C06LIFTS01
    snow: C06SNOW001
report:
  snow_depth_cm_alert: 20
  lift_down_minutes: 10
""", slack_bot())

add("yaml/decoy-slack-ids", "lodge-ops/bot/channels.yaml", "https://api.slack.com/methods/conversations.list", """\
# Li-ID tsa likanale (public ids, ha se liphiri)
team_id: T04MALOTI
bot_user_id: U05LODGEBOT
channels:
  lifts: C06LIFTS01
  snow: C06SNOW001
  front-desk: C06FRONT01
  pony-treks: C06PONY001
app_id: A07LODGEAPP
""")

add("php/payfast", "shop/includes/payfast.php", "https://developers.payfast.co.za/docs#step_2_signature", """\
<?php
// Lebenkele la mohair (online mohair shop) - PayFast
const PF_MERCHANT_ID = '10034518';
const PF_MERCHANT_KEY = 'q1cd2rdny4a53';
const PF_PASSPHRASE = '@@s@@';

function pf_signature(array $data): string {
    $q = http_build_query($data) . '&passphrase=' . urlencode(PF_PASSPHRASE);
    return md5($q);
}
""", words_pw())

add("php/decoy-sandbox", "shop/includes/payfast.sandbox.php", "https://developers.payfast.co.za/docs#sandbox", """\
<?php
// Sandbox ea PayFast - lintlha tsena li phatlalalitsoe litokomaneng tsa PayFast
const PF_MERCHANT_ID = '10000100';
const PF_MERCHANT_KEY = '46f0cd694581a';
const PF_PASSPHRASE = '';
const PF_HOST = 'sandbox.payfast.co.za';
// Ha o sebelisa sandbox, u se ke oa kenya passphrase ea 'nete mona.
""")

add("go/database", "trek-sched/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """\
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// dsn ea database ea kemiso ea lipere (pony schedule)
var dsn = "postgres://trek_sched:@@s@@@trek-db.malotiski.internal:5432/treks?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(22))

add("go/decoy-env-reference", "trek-sched/cmd/sched/main.go", "https://pkg.go.dev/os#Getenv", """\
package main

import (
	"log"
	"os"
)

func main() {
	dsn := os.Getenv("TREK_DB_DSN")
	if dsn == "" {
		log.Fatal("TREK_DB_DSN ha e eo - sheba runbook")
	}
	log.Printf("kemiso e qala (schedule starting)")
}
""")

add("python/json-in-string", "payments/ecocash_client.py", "https://docs.python.org/3/library/json.html", """\
\"\"\"EcoCash merchant API - ho lefa litho tse se nang M-Pesa.\"\"\"
import json

import requests

# E kopilitsoe ho tloha email ea EcoCash (onboarding pack)
_CREDS = json.loads('{"merchant_code": "COOP0441", "username": "mohaircoop", "password": "@@s@@"}')


def pay(msisdn: str, amount: float, ref: str):
    body = {"msisdn": msisdn, "amount": amount, "reference": ref, **_CREDS}
    return requests.post("https://merchant.ecocash.example/api/v1/payouts", json=body, timeout=30)
""", words_pw())

add("shell/heredoc", "scripts/provision_shed_pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/bin/bash
# Lokisetsa Raspberry Pi e ncha ea shed (new shed Pi)
set -e
SHED=${1:?lebitso la shed}
sudo tee /etc/shed-scale/env >/dev/null <<EOF
SHED_NAME=$SHED
CLIP_DB_HOST=clip-db.mohair-coop.co.ls
CLIP_DB_USER=shed_uploader
CLIP_DB_PASSWORD=@@s@@
EOF
sudo chmod 600 /etc/shed-scale/env
sudo systemctl enable --now shed-scale
""", rand_pw(18))

add("shell/decoy-heredoc-prompt", "scripts/provision_kiosk.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/bin/bash
# Lokisetsa kiosk. Password e botsoa ha script e sebetsa.
set -e
read -rsp "Password ea kiosk DB: " KIOSK_PW; echo
sudo tee /etc/kiosk/env >/dev/null <<EOF
KIOSK_DB_USER=kiosk
KIOSK_DB_PASSWORD=$KIOSK_PW
EOF
unset KIOSK_PW
sudo chmod 600 /etc/kiosk/env
""")

_LEGACY_PW = words_pw()
add("python/split-password", "grading/legacy_dbf_sync.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
# Kopanya buka ea khale ea DBF (old FoxPro clip book) le database e ncha
import pymssql

conn = pymssql.connect(
    server="oldclip.coop.local",
    user="sync",
    password=("@@a@@"
              "@@b@@"),
    database="ClipArchive",
)
cur = conn.cursor()
cur.execute("SELECT TOP 10 bale_no, kg FROM bales ORDER BY bale_no DESC")
print(cur.fetchall())
""", _LEGACY_PW, a=_LEGACY_PW[:7], b=_LEGACY_PW[7:])

add("markdown/notes-sentence", "notes/2024-08-ski-season-prep.md", "https://www.markdownguide.org/basic-syntax/", """\
# Litokisetso tsa nako ea lehloa (ski season prep) - Phato 2024

- Lifti ea T-bar e hlahlobiloe ke Doppelmayr ka la 6.
- Mochini oa lehloa (snow guns): li-nozzle tse 4 li fetotsoe.
- POS ea ski hire e ncha: admin login ke `hireadmin`, password ke @@s@@ - e fetole kamor'a beke ea pele!
- Basebetsi ba bacha ba 12 ba qala ka la 1 Phupu.
- Lipere tse 3 li tla tsoa Semonkong bakeng sa maeto a mariha.
""", words_pw())

add("markdown/decoy-notes-masked", "notes/2024-09-board-meeting.md", "https://www.markdownguide.org/basic-syntax/", """\
# Seboka sa board - Loetse 2024

1. Theko ea mohair ea PE: R 285/kg (SFK), R 210/kg (FK).
2. Phetoho ea password ea banka: e entsoe ke Mme Mokoena. Password e ncha ha e ngoloe metsotsong.
3. API key ea broker (e qalang ka `wbk_live_…`) e fetotsoe ka la 12.
4. Litho tse ncha: 34. Kakaretso: 1,208.
5. Seboka se latelang: 15 Mphalane.
""")

add("xml/maven-settings", "mohair-ledger/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>coop-nexus</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>coop-nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.mohair-coop.co.ls/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted", "mohair-ledger/.mvn/settings.ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>coop-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("gradle/properties", "trek-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# Saeno ea app (release signing)
RELEASE_STORE_FILE=../keys/trek-release.jks
RELEASE_KEY_ALIAS=trek
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_PASSWORD=@@s@@
""", words_pw())

add("gradle/decoy-properties-env", "trek-app/app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#sign_cmdline", """\
android {
    namespace = "ls.malotiski.trek"
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("TREK_KEYSTORE") ?: "../keys/trek-release.jks")
            storePassword = System.getenv("TREK_STORE_PASSWORD")
            keyAlias = "trek"
            keyPassword = System.getenv("TREK_KEY_PASSWORD")
        }
    }
}
""")

add("pypirc/pypi-token", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
# sesebelisoa sa ho bala micron (micron calculator) se phatlalalitsoe PyPI
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("pip-conf/index-password", "tools/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://wool-ci:@@s@@@nexus.mohair-coop.co.ls/repository/pypi-internal/simple
timeout = 60
trusted-host = nexus.mohair-coop.co.ls
""", rand_pw(20))

add("pip-conf/decoy-keyring", "tools/pip.lodge.conf", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", """\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://nexus.malotiski.co.ls/repository/pypi-internal/simple
# credentials li tsoa ho keyring (pip install keyring)
keyring-provider = subprocess
timeout = 60
""")

add("json/composer-auth", "shop/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    },
    "github-oauth": {}
}
""", hexs(40))

add("jenkinsfile/password", "mohair-ledger/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Migrate') {
      steps {
        // TODO: sebelisa credentials() - hona joale ke nako ea audit
        sh './mvnw flyway:migrate -Dflyway.url=jdbc:mysql://ledger-db.prod:3306/ledger -Dflyway.user=migrator -Dflyway.password=@@s@@'
      }
    }
  }
}
""", rand_pw(18))

add("jenkinsfile/decoy-credentials-binding", "grading-api/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  environment {
    CLIP_DB = credentials('clip-db-migrator')
  }
  stages {
    stage('Test') { steps { sh 'pytest -q' } }
    stage('Migrate') {
      steps { sh 'alembic -x password=$CLIP_DB_PSW upgrade head' }
    }
  }
}
""")

add("bitbucket/api-key", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Aha le ho romela (build and deploy) site ea lodge
          script:
            - npm ci && npm run build
            - npx netlify-cli deploy --prod --dir=out --site malotiski-lodge --auth @@s@@
""", "nfp_" + rand_pw(36))

add("azure-pipelines/decoy-variable-group", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """\
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: frontdesk-prod   # SqlPassword, SmsApiKey (secret variables)
steps:
  - task: DotNetCoreCLI@2
    inputs: {command: publish, projects: FrontDesk/FrontDesk.csproj}
  - script: dotnet ef database update --connection "Server=lodge-sql;Database=FrontDesk;User Id=frontdesk;Password=$(SqlPassword)"
""")

add("powershell/securestring", "ops/Backup-FrontDesk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """\
# Backup ea FrontDesk ho NAS ea lodge
$user = "LODGE\\\\svc-backup"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\\\\\lodge-nas\\\\backup" -Credential $cred
Backup-SqlDatabase -ServerInstance lodge-sql -Database FrontDesk -BackupFile "B:\\\\FrontDesk-$(Get-Date -f yyyyMMdd).bak"
Remove-PSDrive B
""", words_pw())

add("powershell/decoy-secret-management", "ops/Backup-Treks.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# Backup ea database ea maeto. Password e tsoa ho SecretStore.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "lodge-nas-backup" -Vault LodgeVault
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\\\\\lodge-nas\\\\backup" -Credential $cred
pg_dump -h trek-db -U backup -Fc treks -f "B:\\\\treks-$(Get-Date -f yyyyMMdd).dump"
Remove-PSDrive B
""")

add("vba/database", "reports/ClipReport.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", """\
Attribute VB_Name = "ClipReport"
' Tlaleho ea clip ea Excel (board pack)
Public Sub RefreshClip()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=reports-sql.coop.local;Initial Catalog=Clip;User ID=board_export;Password=@@s@@;"
    Sheets("Clip").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM v_clip_by_member")
    cn.Close
End Sub
""", words_pw().replace(";", "!"))

add("r/database", "analysis/price_trend.R", "https://rpostgres.r-dbi.org/", """\
# Theko ea mohair ho theosa le nako (price trend), 2015-2024
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "clip-db.internal", dbname = "clip",
                 user = "analyst", password = "@@s@@")
prices <- dbGetQuery(con, "SELECT season, grade, avg(price_kg) AS p FROM lot_sale GROUP BY 1, 2")
library(ggplot2)
ggplot(prices, aes(season, p, colour = grade)) + geom_line() + labs(title = "Theko ea mohair (R/kg)")
dbDisconnect(con)
""", rand_pw(16))

add("r/decoy-keyring", "analysis/yield_model.R", "https://r-lib.github.io/keyring/", """\
# Mohlala oa chai (yield model). Password e tsoa ho keyring.
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "clip-db.internal", dbname = "clip",
                 user = "analyst", password = keyring::key_get("clip-db", "analyst"))
df <- dbGetQuery(con, "SELECT micron, yield_pct, district FROM bale WHERE season >= 2020")
summary(lm(yield_pct ~ micron + district, data = df))
dbDisconnect(con)
""")

add("dart/api-key", "trek_flutter/lib/services/sms.dart", "https://pub.dev/packages/http", """\
import 'package:http/http.dart' as http;

// SMS ea netefatso ea leeto (trek confirmation) ho bapalami
const _twilioSid = '@@sid@@';
const _twilioToken = '@@s@@';

Future<void> sendConfirmation(String to, String body) async {
  final auth = 'Basic ' + base64Encode(utf8.encode('$_twilioSid:$_twilioToken'));
  await http.post(
    Uri.parse('https://api.twilio.com/2010-04-01/Accounts/$_twilioSid/Messages.json'),
    headers: {'Authorization': auth},
    body: {'To': to, 'From': '+26650000000', 'Body': body},
  );
}
""", hexs(32), sid=twilio_sid())

add("dart/decoy-dart-define", "trek_flutter/lib/config.dart", "https://dart.dev/guides/environment-declarations", """\
// Boleng bo fanoa ka --dart-define ha app e ahoa (build time)
class Config {
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://book.malotiski.co.ls/api');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN', defaultValue: '');
  static const maxRiders = 8;
}
""")

add("python/redis", "bookings-api/app/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """\
\"\"\"Cache ea ho fumaneha ha likamore (room availability cache).\"\"\"
import redis

r = redis.Redis.from_url("rediss://:@@s@@@cache.malotiski.internal:6380/0", decode_responses=True)


def free_rooms(date: str) -> int:
    cached = r.get(f"rooms:{date}")
    return int(cached) if cached is not None else -1
""", fakes.redis_password(_seed()))

add("env/redis", "bookings-api/.env", "https://github.com/motdotla/dotenv#usage", """\
APP_ENV=production
APP_PORT=8000
DATABASE_URL=postgresql://bookings@lodge-db:5432/bookings
REDIS_HOST=cache.malotiski.internal
REDIS_PORT=6380
REDIS_PASSWORD="@@s@@"
ROOMS_TOTAL=42
CHALETS_TOTAL=8
""", fakes.redis_password(_seed()))

add("yaml/mongodb", "trek-api/config/production.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
server:
  port: 4000
mongo:
  # libuka tsa maeto (trek bookings) le litlhaloso tsa lipere
  uri: mongodb+srv://trek_api:@@s@@@cluster0.maloti.mongodb.net/treks?retryWrites=true&w=majority
  pool: 20
treks:
  default_trail: semonkong-falls
  max_riders: 8
""", rand_pw(16))

add("yaml/decoy-mongodb-local", "trek-api/config/development.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
server:
  port: 4000
mongo:
  # ea sebaka sa heno (local) - docker run mongo, ha e na password
  uri: mongodb://localhost:27017/treks_dev
  pool: 5
treks:
  default_trail: semonkong-falls
  max_riders: 8
""")

add("python/amqp", "grading/events.py", "https://pika.readthedocs.io/en/stable/examples/using_urlparameters.html", """\
# Liketsahalo tsa bale (bale events) -> RabbitMQ -> ledger le exporter
import json
import pika

PARAMS = pika.URLParameters("amqps://grading:@@s@@@mq.mohair-coop.co.ls:5671/wool")


def publish(event: dict) -> None:
    with pika.BlockingConnection(PARAMS) as conn:
        ch = conn.channel()
        ch.basic_publish(exchange="bales", routing_key=event["type"], body=json.dumps(event))
""", rand_pw(20))

add("elixir/database", "lodge_live/config/prod.exs", "https://hexdocs.pm/ecto/Ecto.Repo.html#module-urls", """\
import Config

# Leqephe la boemo ba lifti le lehloa (live lift and snow status)
config :lodge_live, LodgeLive.Repo,
  username: "lodge_live",
  password: "@@s@@",
  hostname: "lodge-db",
  database: "lodge_live",
  pool_size: 10

config :lodge_live, LodgeLiveWeb.Endpoint, url: [host: "live.malotiski.co.ls", port: 443]
""", words_pw())

add("elixir/decoy-runtime-env", "lodge_live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """\
import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE ha e eo. E etse ka: mix phx.gen.secret"

  config :lodge_live, LodgeLiveWeb.Endpoint, secret_key_base: secret_key_base
  config :lodge_live, LodgeLive.Repo, url: System.fetch_env!("DATABASE_URL")
end
""")

add("scala/database", "auction-stats/src/main/resources/application.conf", "https://github.com/lightbend/config/blob/main/HOCON.md", """\
# Lipalo tsa fantisi (auction statistics)
db {
  default {
    driver = "org.postgresql.Driver"
    url = "jdbc:postgresql://clip-db.internal:5432/clip"
    username = "stats"
    password = "@@s@@"
  }
}
stats.seasons = [2019, 2020, 2021, 2022, 2023, 2024]
""", rand_pw(18))

add("hocon/decoy-env-substitution", "auction-stats/src/main/resources/reference.conf", "https://github.com/lightbend/config/blob/main/HOCON.md#substitution-fallback-to-environment-variables", """\
db {
  default {
    driver = "org.postgresql.Driver"
    url = "jdbc:postgresql://localhost:5432/clip"
    username = "stats"
    password = ""
    password = ${?STATS_DB_PASSWORD}
  }
}
""")

add("perl/ftp", "legacy/send_clip_to_broker.pl", "https://perldoc.perl.org/Net::FTP", """\
#!/usr/bin/perl
# Script ea khale: romela faele ea clip ho broker ka FTP (e ntse e sebetsa!)
use strict;
use warnings;
use Net::FTP;

my $ftp = Net::FTP->new("ftp.woolbroker.example", Passive => 1) or die "ha e hokahane: $@";
$ftp->login("mohaircoop_ls", '@@s@@') or die "login e hlolehile";
$ftp->cwd("/incoming/lesotho");
$ftp->put("clip_2024.csv") or die "put e hlolehile";
$ftp->quit;
""", words_pw())

add("lua/api-key", "lodge-signage/weather.lua", "https://www.lua.org/manual/5.4/", """\
-- Skrini sa lobby: boemo ba leholimo le lehloa (Raspberry Pi signage)
local http = require("socket.http")
local json = require("dkjson")

local KEY = "@@s@@"
local url = "https://api.weatherapi.com/v1/forecast.json?key=" .. KEY .. "&q=-28.82,28.63&days=3"

local body = http.request(url)
local data = json.decode(body)
print("Lehloa hosane: " .. data.forecast.forecastday[2].day.totalsnow_cm .. " cm")
""", hexs(31))

add("url/query-key", "lodge-signage/playlist.m3u", "https://en.wikipedia.org/wiki/M3U", """\
#EXTM3U
# Lenane la skrini sa lobby (lobby screen playlist)
#EXTINF:-1,Webcam - Afriski summit
https://cams.malotiski.co.ls/live/summit.m3u8?token=@@s@@
#EXTINF:-1,Video - Maeto a lipere
file:///home/pi/media/pony-treks.mp4
#EXTINF:-1,Video - Sekolo sa ski
file:///home/pi/media/ski-school.mp4
""", rand_pw(40))

add("crontab/database", "deploy/cron/clip-crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command
# Tlaleho ea letsatsi (daily report) ho board ka 06:30
30 6 * * * /opt/reports/daily.sh >> /var/log/reports.log 2>&1
# Sync ea ledger
*/15 * * * * MYSQL_PWD='@@s@@' mysql -h ledger-db -u sync ledger < /opt/reports/sync.sql
0 2 * * * /opt/scripts/backup_clip.sh
""", rand_pw(16))

add("crontab/decoy-env-file", "deploy/cron/lodge-crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command
# Lenane la baeti ba fihlang (arrivals list) ho front desk
0 5 * * * . /etc/lodge/env && /opt/lodge/arrivals.sh
# Boemo ba lehloa ho website
*/30 * * * * . /etc/lodge/env && /opt/lodge/snow_report.sh
0 3 * * 0 /opt/lodge/rotate_logs.sh
""")

add("makefile/password", "rfid-reader/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
# Aha le ho kenya rfid-reader ho Pi ea shed
PI ?= pi@shed-qachasnek.local
REG_PASS = @@s@@

build:
\tcargo build --release --target armv7-unknown-linux-gnueabihf

push:
\tdocker login registry.mohair-coop.co.ls -u ci-bot -p $(REG_PASS)
\tdocker push registry.mohair-coop.co.ls/wool/rfid-reader:latest
""", rand_pw(20))

add("vagrant/password", "dev/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/provisioning/shell", """\
# Mochini oa nts'etsopele (dev VM) o nang le kopi ea database ea clip
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 5432, host: 15432
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y postgresql-client
    PGPASSWORD='@@s@@' pg_dump -h clip-db.mohair-coop.co.ls -U readonly clip | psql -U postgres clip_dev
  SHELL
end
""", words_pw())

add("markdown/decoy-readme-placeholder", "shed-scale/README.md", "https://www.makeareadme.com/", """\
# shed-scale

Sesebelisoa se bala boima ba bale ho tsoa sekaleng (RS-232) ebe se bo romela ho database ea clip.

## Ho kenya (install)

```sh
pip install shed-scale
cp .env.example .env   # tlatsa DB_PASSWORD
shed-scale --port /dev/ttyUSB0
```

`DB_PASSWORD` e fumanoa ho mookameli oa shed. **U se ke oa e kenya ho git.**
""")

add("markdown/readme-token", "trek-bot/README.md", "https://www.makeareadme.com/", """\
# trek-bot

Bot ea Telegram e tsebisang batataisi (guides) ka maeto a hosane.

## Ho qala

```
pip install -r requirements.txt
TELEGRAM_TOKEN=@@s@@ python bot.py
```

Chat ea batataisi: "Batataisi ba Lipere - Semonkong".
""", fakes.telegram_token(_seed()))

add("cs/decoy-test-fixture", "FrontDesk/FrontDesk.Tests/SmsSenderTests.cs", "https://learn.microsoft.com/en-us/dotnet/core/testing/unit-testing-with-dotnet-test", """\
using Xunit;

namespace FrontDesk.Tests;

public class SmsSenderTests
{
    // Lintlha tsa bohata (fake) - HttpClient e nkeloa sebaka ke stub
    private const string FakeApiKey = "atsk_test_0000000000000000000000000000";

    [Fact]
    public void BuildsMessage() => Assert.Contains("Kamore", Messages.RoomReady("Room 12"));
}
""")

add("java/sendgrid", "mohair-ledger/src/main/java/ls/coop/ledger/Statements.java", "https://github.com/sendgrid/sendgrid-java", """\
package ls.coop.ledger;

import com.sendgrid.SendGrid;

/** Romela lipolelo tsa chelete (statements) ho litho ka imeile. */
public class Statements {
    private final SendGrid sg = new SendGrid("@@s@@");

    public SendGrid client() {
        return sg;
    }
}
""", sendgrid_key())

add("java/decoy-annotation-value", "mohair-ledger/src/main/java/ls/coop/ledger/MailConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """\
package ls.coop.ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {
    @Value("${sendgrid.api-key}")
    private String sendgridApiKey;

    @Value("${coop.statements.from:litho@mohair-coop.co.ls}")
    private String from;
}
""")

add("yaml/azure-client-secret", "frontdesk-sync/appsettings.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """\
# Kopanya khalendara ea front desk le Outlook (Microsoft Graph)
graph:
  tenant_id: @@t@@
  client_id: @@c@@
  client_secret: @@s@@
  mailbox: frontdesk@malotiski.co.ls
sync:
  every_minutes: 10
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("yaml/decoy-uuids", "frontdesk-sync/appsettings.example.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """\
# Mohlala - kopitsa ho appsettings.yaml. Tenant le client id hase liphiri.
graph:
  tenant_id: @@t@@
  client_id: @@c@@
  client_secret: ""   # e kenngoa ke Key Vault reference
  mailbox: frontdesk@malotiski.co.ls
sync:
  every_minutes: 10
""", t=uuid_s(), c=uuid_s())

add("python/openai", "reviews/summarise_reviews.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"Kakaretso ea maikutlo a baeti (guest review summaries) bakeng sa manager.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = "Summarise these Maloti Ski Lodge guest reviews in English and Sesotho, 5 bullets each."


def summarise(reviews: list[str]) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": "\\n".join(reviews)}],
    )
    return out.choices[0].message.content
""", fakes.openai_key(_seed()))

_SA_PEM = fakes.fake_pem(_seed(), "")
_SA_PEM = _SA_PEM.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE") + "\n"
_STRIPE_K8S = stripe_key("rk_live_")
add("json/gcp-service-account", "reviews/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "maloti-lodge-reviews",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "reviews-reader@maloti-lodge-reviews.iam.gserviceaccount.com",
  "client_id": "104882013377415592013",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _SA_PEM.split("\n")[1], kid=hexs(40), pem=_SA_PEM.replace("\n", "\\n"))

add("k8s-secret/stripe", "deploy/lodge/bookings-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: bookings
  namespace: lodge
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  TZ: QWZyaWNhL01hc2VydQ==
""", _STRIPE_K8S, enc=b64(_STRIPE_K8S))

add("k8s-secret/decoy-sealed", "deploy/lodge/bookings-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bookings
  namespace: lodge
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8Tm3cX0hb1qPRn2fXzZ0o+Y1hQp7sK9vW3mL2dN6eT8rU4iO0aS5dF1gH7jK3lZ9xC2vB6nM4qW8eR0tY2uI6oP1aS5dF9gH3jK7lZ1xC5vB9nM3qW7eR1tY5uI9oP3aS7dF1gH5jK9lZ3x==
  template:
    metadata:
      name: bookings
""")

add("k8s-secret/string-data-password", "deploy/wool/mq-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-stringdata", """\
apiVersion: v1
kind: Secret
metadata:
  name: rabbitmq-grading
  namespace: wool
type: Opaque
stringData:
  username: grading
  password: "@@s@@"
  vhost: wool
""", rand_pw(24))

add("helm/set-command", "deploy/README-helm.md", "https://helm.sh/docs/helm/helm_upgrade/", """\
# Ho kenya chart ea bookings (install)

Ha re qala cluster e ncha re sebelisitse taelo ena:

```sh
helm upgrade --install bookings ./charts/bookings -n lodge \\
  --set image.tag=3.1.0 \\
  --set postgresql.auth.password=@@s@@ \\
  --set ingress.host=book.malotiski.co.ls
```

Kamor'a moo: `kubectl get pods -n lodge`.
""", rand_pw(22))

add("curl/basic-auth", "ops/notes/broker-api-test.txt", "https://everything.curl.dev/http/auth", """\
Teko ea API ea broker pele ho fantisi ea Mphalane
-------------------------------------------------
curl -u mohaircoop_ls:@@s@@ https://api.woolbroker.example/v2/lots?auction=PE-11

Karabo: 200, li-lot tse 41. Lot 17 e na le phoso ea micron (26.1 -> 21.6), ke e lokisitse.
Ke tla leka hape Labone. - Teboho
""", words_pw().replace(":", "!"))

add("wpa/wifi-psk", "deploy/pi/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=LS

# Wi-Fi ea shed ea Semonkong
network={
    ssid="COOP-SHED-SMK"
    psk="@@s@@"
    key_mgmt=WPA-PSK
}
""", passphrase())

add("wpa/decoy-hashed-psk", "deploy/pi/wpa_supplicant.lodge.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=LS

# Wi-Fi ea baeti (guest) - e phatlalalitsoe lobby-ng, ha se lekunutu
network={
    ssid="MalotiLodge-Guest"
    key_mgmt=NONE
}
""")

add("wireguard/private-key", "deploy/vpn/shed-qachasnek.conf", "https://www.wireguard.com/quickstart/", """\
# VPN ea shed ea Qacha's Nek ho ea Maseru
[Interface]
PrivateKey = @@s@@
Address = 10.66.0.14/32
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.mohair-coop.co.ls:51820
AllowedIPs = 10.20.0.0/16, 10.66.0.0/24
PersistentKeepalive = 25
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    pub=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("wireguard/decoy-peer-public-keys", "deploy/vpn/peers.md", "https://www.wireguard.com/quickstart/", """\
# Li-peer tsa VPN (public keys feela)

| Shed          | IP           | PublicKey                                    |
|---------------|--------------|----------------------------------------------|
| Mokhotlong    | 10.66.0.11   | @@a@@ |
| Semonkong     | 10.66.0.12   | @@b@@ |
| Thaba-Tseka   | 10.66.0.13   | @@c@@ |

Private keys li lula ho Pi ka 'ngoe (`/etc/wireguard/`), ha li tsoe.
""", a=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    b=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    c=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("php/wp-config", "lodge-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Website ea lodge (WordPress) */
define( 'DB_NAME', 'malotiski_wp' );
define( 'DB_USER', 'wp_lodge' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'mls_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-salts-placeholder", "lodge-site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("python/hmac-webhook-secret", "bookings-api/app/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """\
import stripe
from fastapi import APIRouter, Header, Request

router = APIRouter()
# Lekunutu la ho netefatsa webhook (signing secret) ea Stripe
ENDPOINT_SECRET = "@@s@@"


@router.post("/stripe/webhook")
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    event = stripe.Webhook.construct_event(payload, stripe_signature, ENDPOINT_SECRET)
    return {"ok": True, "type": event["type"]}
""", fakes.fake("whsec_", 32, _seed()))

add("ts/jwt-secret", "trek-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """\
import jwt from "jsonwebtoken";

// Lekunutu la ho saena li-token tsa batataisi (guides' app)
const JWT_SECRET = "@@s@@";

export function issueGuideToken(guideId: string): string {
  return jwt.sign({ sub: guideId, role: "guide" }, JWT_SECRET, { expiresIn: "12h" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", rand_pw(48))

add("ts/decoy-jwt-public", "trek-api/src/verify.ts", "https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback", """\
import jwt from "jsonwebtoken";
import { readFileSync } from "node:fs";

// Public key feela - e netefatsa li-token tse saennoeng ke id.malotiski.co.ls
const PUBLIC_KEY = readFileSync("/etc/trek-api/id-public.pem", "utf8");

export const verifyIdToken = (t: string) =>
  jwt.verify(t, PUBLIC_KEY, { algorithms: ["RS256"], issuer: "https://id.malotiski.co.ls" });
""")

add("go/shopify", "mohair-shop-sync/main.go", "https://shopify.dev/docs/api/admin-rest#authentication", """\
package main

import (
	"fmt"
	"net/http"
)

// Kopanya setoko sa likobo tsa mohair (mohair blankets) le lebenkele la Shopify
const (
	shop  = "maloti-mohair.myshopify.com"
	token = "@@s@@"
)

func main() {
	req, _ := http.NewRequest("GET", fmt.Sprintf("https://%s/admin/api/2024-07/products.json", shop), nil)
	req.Header.Set("X-Shopify-Access-Token", token)
	resp, err := http.DefaultClient.Do(req)
	fmt.Println(resp, err)
}
""", shopify_token())

add("env/mailgun", "lodge-pms/.env.production", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
MAILGUN_DOMAIN=mg.malotiski.co.ls
MAILGUN_API_KEY=@@s@@
PMS_HOTEL_CODE=MSL01
PMS_CHECKIN_HOUR=14
""", mailgun_key())

add("env/decoy-doppler", "lodge-pms/.env.development", "https://docs.doppler.com/docs/cli", """\
# Boleng bo fanoa ke `doppler run -- bin/dev` (Doppler project: lodge-pms, config: dev)
RAILS_ENV=development
MAILGUN_DOMAIN=sandbox.mailgun.org
MAILGUN_API_KEY=
PMS_HOTEL_CODE=MSL01
PMS_CHECKIN_HOUR=14
""")

add("csv/wifi-table", "lodge-ops/network/access-points.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
ap,location,ssid,vlan,admin_user,admin_password
ap-01,Lobby,MalotiLodge-Guest,20,admin,@@s@@
ap-02,Restaurant,MalotiLodge-Guest,20,admin,(same as ap-01)
ap-03,Ski hire,MalotiLodge-Staff,10,admin,(same as ap-01)
ap-04,Stables (setala sa lipere),MalotiLodge-Staff,10,admin,(same as ap-01)
""", rand_pw(14))

add("csv/decoy-ids", "lodge-ops/network/switches.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
switch,location,mac,serial,firmware,admin_auth
sw-core,Server room,a4:5e:60:12:9c:01,FOC2231X0AB,17.9.4,radius
sw-lobby,Lobby,a4:5e:60:12:9c:02,FOC2231X0AC,17.9.4,radius
sw-hire,Ski hire,a4:5e:60:12:9c:03,FOC2231X0AD,17.9.4,radius
sw-stable,Stables,a4:5e:60:12:9c:04,FOC2231X0AE,17.9.4,radius
""")

add("git-credentials/token", "ops/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """\
https://ci-bot:@@s@@@gitlab.mohair-coop.co.ls
https://github.com
# (mola oa bobeli o se nang token - o sebelisa gh auth)
# faele ena e kopilitsoe ho tsoa ho server ea CI ea khale
# ha e sa sebelisoe ho tloha 2024-06
""", gitlab_token())

add("dbt/profiles-password", "analytics/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup", """\
coop_clip:
  target: prod
  outputs:
    prod:
      type: postgres
      host: clip-db.internal
      port: 5432
      user: dbt
      password: "@@s@@"
      dbname: clip
      schema: marts
      threads: 4
""", rand_pw(20))

add("dbt/decoy-env-var", "analytics/dbt/profiles.ci.yml", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var", """\
coop_clip:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: dbt
      password: "{{ env_var('DBT_PASSWORD') }}"
      dbname: clip
      schema: "ci_{{ env_var('CI_PIPELINE_ID', 'local') }}"
      threads: 2
""")

add("airflow/connection-uri", "analytics/airflow/dags/clip_export_dag.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#connection-uri-format", """\
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

# Khokahano e kenngoe mona ha re ntse re leka (test) - TODO isa ho Connections UI
BROKER_SFTP = "sftp://mohaircoop_ls:@@s@@@sftp.woolbroker.example:22/incoming"

with DAG("clip_export", start_date=datetime(2024, 9, 1), schedule="0 4 * * 5", catchup=False) as dag:
    BashOperator(
        task_id="send_lots",
        bash_command=f"python /opt/exporter/send.py --target '{BROKER_SFTP}' --season 2024",
    )
""", rand_pw(18))

add("airflow/decoy-connection-id", "analytics/airflow/dags/price_dag.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """\
from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator

# postgres_conn_id e supa Connection e bolokiloeng ho Airflow (ha ho password mona)
with DAG("price_rollup", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False):
    PostgresOperator(task_id="rollup", postgres_conn_id="clip_db", sql="call rollup_prices()")
""")

add("cisco/router-password", "lodge-ops/network/edge-router.cfg", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/m1/sec-m1-cr-book/sec-cr-u1.html", """\
hostname lodge-edge
!
username admin privilege 15 password 0 @@s@@
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
interface GigabitEthernet0/0
 description Uplink ho Econet (fibre)
 ip address dhcp
!
line vty 0 4
 login local
 transport input ssh
""", words_pw())

add("cisco/decoy-hashed-secrets", "wool-ops/network/maseru-core.cfg", "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html", """\
hostname maseru-core
!
enable secret 9 $9$7Kp2Qr8sT1uV3w$Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx6Yz8Ab0C
username netops privilege 15 secret 9 $9$Zx9Yw8Vu7Ts6Rq$Po5On4Ml3Kj2Ih1Gf0Ed9Cb8Az7Yx6Wv5Ut4Sr3Qp2O
aaa new-model
aaa authentication login default group radius local
!
line vty 0 4
 transport input ssh
""")

add("swift/plist-api-key", "LodgeKiosk/LodgeKiosk/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Kiosk ea Lodge</string>
    <key>SendGridApiKey</key>
    <string>@@s@@</string>
    <key>LSRequiresIPhoneOS</key>
    <true/>
</dict>
</plist>
""", sendgrid_key())

add("xcconfig/decoy-reference", "LodgeKiosk/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """\
// Release settings. Li-key li kenngoa ke CI ho tsoa ho Secrets.xcconfig (e seng ho git)
#include? "Secrets.xcconfig"
PRODUCT_BUNDLE_IDENTIFIER = ls.malotiski.kiosk
API_BASE_URL = https:/$()/book.malotiski.co.ls/api
LIFTPASS_TOKEN = $(LIFTPASS_TOKEN_FROM_CI)
""")

add("toml/cloudflare-token", "lodge-site/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """\
name = "snow-report"
main = "src/index.ts"
compatibility_date = "2024-09-01"

[vars]
LODGE = "Maloti Ski Lodge"
# Token ea ho hlakola cache (purge) ha tlaleho ea lehloa e fetoha
CF_PURGE_TOKEN = "@@s@@"
ZONE_ID = "@@z@@"
""", rand_pw(40, "_-"), z=hexs(32))

add("ini/sentry-token", "bookings-web/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """\
[defaults]
url = https://sentry.io/
org = maloti-ski-lodge
project = bookings-web

[auth]
token = @@s@@
""", "sntrys_" + rand_pw(60))

add("python/smtp-login", "reports/send_daily.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """\
\"\"\"Romela tlaleho ea letsatsi ea shed (daily shed report) ho board.\"\"\"
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Tlaleho ea shed - kajeno"
msg["From"] = "reports@mohair-coop.co.ls"
msg["To"] = "board@mohair-coop.co.ls"
msg.set_content(open("/opt/reports/today.txt", encoding="utf-8").read())

with smtplib.SMTP("mail.mohair-coop.co.ls", 587) as s:
    s.starttls()
    s.login("reports@mohair-coop.co.ls", "@@s@@")
    s.send_message(msg)
""", words_pw())

add("fetchmail/imap-password", "ops/dotfiles/fetchmailrc", "https://www.fetchmail.info/fetchmail-man.html", """\
# Bokella li-booking tse tlang ka imeile (tour operators) ho mailbox ea PMS
poll mail.malotiski.co.ls protocol IMAP
  user "bookings@malotiski.co.ls" there with password "@@s@@" is pms here
  ssl
  folder INBOX
  keep
  mda "/opt/pms/bin/ingest-booking"
""", passphrase())

add("ldap/bind-password", "lodge-ops/wiki/ldap.yml", "https://www.openldap.org/doc/admin26/", """\
# Netefatso ea basebetsi (staff login) ho wiki le VPN
ldap:
  url: ldaps://dc1.malotiski.local:636
  base_dn: dc=malotiski,dc=local
  bind_dn: cn=svc-wiki,ou=Service,dc=malotiski,dc=local
  bind_password: @@s@@
  user_filter: (&(objectClass=user)(sAMAccountName={username}))
""", words_pw())

add("sops/decoy-encrypted", "deploy/lodge/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
stripe_secret_key: ENC[AES256_GCM,data:Vq8mZ3k1xR2pL9tY0wN4bC6dF7gH1jK3lM5nP7qR9sT1uV3wX5yZ7aB9cD1eF3==,iv:4kQm2nR8sT0uV6wX==,tag:Zx9Yw8Vu7Ts6Rq5P==,type:str]
db_password: ENC[AES256_GCM,data:Lm3kJ9hGf5dS1aQ7wE3r,iv:Ty6Ui8Op0As2Df4Gh6Jk==,tag:Aa1Bb2Cc3Dd4Ee5Ff6Gg==,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-10-01T08:12:44Z"
    mac: ENC[AES256_GCM,data:Q2w3E4r5T6y7U8i9O0p==,iv:Zz9Yy8Xx7Ww6==,tag:Vv5Uu4Tt3==,type:str]
    version: 3.9.0
""")

add("checksums/decoy-sha256", "releases/shed-scale-2.4.1.sha256", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """\
# Li-checksum tsa tokollo (release checksums) - shed-scale 2.4.1
@@a@@  shed-scale-2.4.1-armv7.tar.gz
@@b@@  shed-scale-2.4.1-aarch64.tar.gz
@@c@@  shed-scale-2.4.1-x86_64.tar.gz
@@d@@  shed-scale-2.4.1.exe
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

add("markdown/decoy-aws-docs-example", "docs/s3-backups.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
# Backups ho S3

Profile ea `lodge-backup` e hlophisoa ka `aws configure --profile lodge-backup`.
Mohlala o tsoang litokomaneng tsa AWS (ha se key ea rona):

```ini
[lodge-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Li-key tsa 'nete li fumanoa ho IT ka 1Password vault "Lodge Infra".
""")

add("terraform/decoy-state-sensitive", "infra/terraform.tfstate.redacted.json", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", """\
{
  "version": 4,
  "terraform_version": "1.9.5",
  "resources": [
    {
      "type": "aws_db_instance",
      "name": "bookings",
      "instances": [{"attributes": {"identifier": "bookings-prod", "username": "bookings", "password": "(sensitive value)"}}]
    }
  ]
}
""")

add("terraform/database", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
# Database ea libuka (bookings) - RDS Cape Town
resource "aws_db_instance" "bookings" {
  identifier          = "bookings-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "bookings"
  password            = "@@s@@"
  skip_final_snapshot = false
}
""", rand_pw(24))

add("json/decoy-i18n", "bookings-web/src/locales/st.json", "https://www.i18next.com/misc/json-format", """\
{
  "login.title": "Kena",
  "login.password": "Phasewete",
  "login.forgot": "U lebetse phasewete?",
  "booking.token_expired": "Token ea hao e felile nako. Kena hape.",
  "booking.api_key_invalid": "Senotlolo sa API ha se nepahale",
  "trek.riders": "Bapalami",
  "trek.pony": "Pere"
}
""")

add("yaml/decoy-openapi-example", "bookings-api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """\
openapi: 3.0.3
info: {title: Maloti Bookings API, version: 3.1.0}
components:
  securitySchemes:
    PartnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: "Mohlala: `X-Partner-Key: pk_partner_xxxxxxxxxxxxxxxx`"
security:
  - PartnerKey: []
paths: {}
""")

add("python/ftp-url", "legacy/pull_scale_logs.py", "https://docs.python.org/3/library/urllib.request.html", """\
# Hula li-log tsa sekala ho tsoa ho Pi ea khale ea Thaba-Tseka (FTP feela)
import urllib.request

SRC = "ftp://scale:@@s@@@10.20.4.9/logs/scale.log"

with urllib.request.urlopen(SRC, timeout=30) as r, open("scale-ttk.log", "wb") as out:
    out.write(r.read())
print("li-log li hulehile")
""", rand_pw(12))

add("chat-export/password-sentence", "notes/whatsapp-front-desk-2024-07.txt", "https://faq.whatsapp.com/1180414079177245", """\
[2024/07/03, 06:41] Palesa: Hoseng! POS ea ski hire ha e bule
[2024/07/03, 06:43] Tumelo: Restart e entsoe?
[2024/07/03, 06:44] Palesa: Ee, e botsa password ea admin
[2024/07/03, 06:47] Tumelo: Leka @@s@@ (ka litlhaku tse kholo joalo ka ha li ngoliloe)
[2024/07/03, 06:49] Palesa: E bulehile, kea leboha!!
[2024/07/03, 06:50] Tumelo: Hlakola molaetsa ona ha o qetile pls
""", words_pw())

_SPLIT_PW = rand_pw(20)
add("shell/continuation-split", "scripts/import_auction_results.sh", "https://www.gnu.org/software/bash/manual/html_node/Escape-Character.html", """\
#!/usr/bin/env bash
# Kenya liphetho tsa fantisi (auction results) tse tsoang ho broker
set -euo pipefail
FILE=${1:?faele ea CSV}
mysql --host=ledger-db.prod --user=importer \\
  --password=@@a@@\\
@@b@@ \\
  ledger -e "LOAD DATA LOCAL INFILE '$FILE' INTO TABLE lot_sale FIELDS TERMINATED BY ',' IGNORE 1 LINES"
echo "liphetho li kentsoe"
""", _SPLIT_PW, a=_SPLIT_PW[:9], b=_SPLIT_PW[9:])

add("log/bearer-header", "logs/liftpass-gateway-debug.log", "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1", """\
2024-07-14T07:59:58Z INFO  gateway starting (reader=gate-2, slope=afriski-main)
2024-07-14T08:00:01Z DEBUG -> POST /api/v1/passes/LP-88231/activate
2024-07-14T08:00:01Z DEBUG    Authorization: Bearer @@s@@
2024-07-14T08:00:01Z DEBUG <- 200 OK {"pass":"LP-88231","valid_until":"2024-07-14T17:00:00+02:00"}
2024-07-14T08:00:09Z INFO  gate-2 open for LP-88231
2024-07-14T08:03:44Z WARN  gate-2 reader timeout, retrying
""", jwt_hs())

add("log/decoy-bearer-redacted", "logs/liftpass-gateway-info.log", "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1", """\
2024-07-15T08:00:01Z INFO  -> POST /api/v1/passes/LP-88407/activate (auth=Bearer [REDACTED])
2024-07-15T08:00:01Z INFO  <- 200 OK in 84ms
2024-07-15T08:00:07Z INFO  gate-1 open for LP-88407
2024-07-15T08:01:12Z INFO  -> POST /api/v1/passes/LP-88408/activate (auth=Bearer [REDACTED])
2024-07-15T08:01:12Z INFO  <- 409 Conflict: pass already active
""")

add("powershell/here-string-json", "ops/Register-Webhook.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", """\
# Ngolisa webhook ea booking ho channel manager (Booking.com / Airbnb sync)
$body = @"
{
  "hotel_code": "MSL01",
  "callback": "https://pms.malotiski.co.ls/channel/webhook",
  "api_secret": "@@s@@"
}
"@
Invoke-RestMethod -Method Post -Uri "https://api.channelmgr.example/v3/webhooks" -Body $body -ContentType "application/json"
""", hexs(48))

add("ruby/database-url", "lodge-pms/db/sequel_console.rb", "https://sequel.jeremyevans.net/rdoc/files/doc/opening_databases_rdoc.html", """\
# Console e potlakileng ea ho sheba li-booking (quick read-only console)
require "sequel"

DB = Sequel.connect("postgres://pms_readonly:@@s@@@lodge-db:5432/pms")

puts DB[:bookings].where(status: "confirmed").where { arrival >= Date.today }.count
puts DB[:treks].group_and_count(:trail).all.inspect
""", rand_pw(20))

add("compose/list-env", "analytics/metabase/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/running-metabase-on-docker", """\
services:
  metabase:
    image: metabase/metabase:v0.50.20
    ports: ["3001:3000"]
    environment:
      - MB_DB_TYPE=postgres
      - MB_DB_HOST=clip-db.internal
      - MB_DB_USER=metabase
      - MB_DB_PASS=@@s@@
      - MB_DB_DBNAME=metabase
      - JAVA_TIMEZONE=Africa/Maseru
""", rand_pw(22))

add("kotlin/ktor-config", "trek-server/src/main/resources/application.yaml", "https://ktor.io/docs/server-configuration-file.html", """\
ktor:
  deployment:
    port: 8080
  application:
    modules: [ls.malotiski.trek.ApplicationKt.module]
guides:
  # App ea batataisi: ho kena ka PIN + lekunutu lena la server
  sessionSignKey: "@@s@@"
  maxRidersPerGuide: 6
""", hexs(64))

add("yaml/json-in-yaml", "deploy/wool/broker-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: exporter-config
  namespace: wool
data:
  # TODO: sena se lokela ho ba Secret, eseng ConfigMap
  broker.json: |
    {"endpoint": "https://api.woolbroker.example/v2", "account": "mohaircoop_ls", "api_key": "@@s@@"}
  season: "2024"
""", "wbk_live_" + rand_pw(32))

add("python/decoy-fernet-ciphertext", "payments/stored_tokens.py", "https://cryptography.io/en/latest/fernet/", """\
\"\"\"Li-token tse bolokiloeng li patiloe (encrypted) ka key e ho KMS.\"\"\"
import os

from cryptography.fernet import Fernet

# Ciphertext feela - ha e na thuso ntle le FERNET_KEY (e ho KMS)
ENCRYPTED_MPESA_SECRET = b"gAAAAABnB3kQ2x9vF1mR8sT4uY6wZ0aC3eG5iK7mO9qS1uW3yA5cE7gI9kM1oQ3sU5wY7aC9eG1iK3mO5qS7uW9yA1cE3gI5kM7oQ9sU1wY3aC5eG7i=="


def mpesa_secret() -> str:
    return Fernet(os.environ["FERNET_KEY"]).decrypt(ENCRYPTED_MPESA_SECRET).decode()
""")

add("env/ecocash-key", "payments/.env", "https://github.com/motdotla/dotenv#usage", """\
# Litefo tsa litho (member payouts)
MPESA_ENV=production
MPESA_SHORTCODE=600321
ECOCASH_MERCHANT=COOP0441
ECOCASH_API_KEY=@@s@@
PAYOUT_BATCH_SIZE=50
""", "eck_" + rand_pw(40))

add("rst/decoy-changelog", "docs/source/changelog.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Liphetoho (changelog)
=====================

2.4.1
-----
* Password ea database ha e sa ngoloa ho log ha ``--debug`` e sebelisoa.
* ``DB_PASSWORD`` e ka baloa ho ``/run/secrets/db_password``.

2.4.0
-----
* Tšehetso ea sekala se secha sa Avery (RS-232, 9600 baud).
""")

add("ini/odbc-dsn", "reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[ClipReports]
Driver = ODBC Driver 18 for SQL Server
Server = reports-sql.coop.local,1433
Database = Clip
UID = board_export
PWD = @@s@@
TrustServerCertificate = yes
""", words_pw())

add("swift/decoy-placeholder", "LodgeKiosk/LodgeKiosk/Secrets.example.swift", "https://developer.apple.com/documentation/xcode/", """\
// Kopitsa faele ena ho Secrets.swift (e ho .gitignore) ebe o kenya boleng ba 'nete.
enum Secrets {
    static let liftPassToken = "<LIFTPASS_TOKEN>"
    static let sendGridApiKey = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    static let mapsKey = ""
}
""")

add("helm/decoy-notes-command", "charts/bookings/templates/NOTES.txt", "https://helm.sh/docs/chart_template_guide/notes_files/", """\
Bookings e kentsoe (installed) ho namespace {{ .Release.Namespace }}.

Ho fumana password ea database:

  kubectl get secret {{ .Release.Name }}-postgresql -n {{ .Release.Namespace }} \\
    -o jsonpath="{.data.password}" | base64 -d

Site: https://{{ .Values.ingress.host }}
""")

add("postman/decoy-empty-env", "bookings-api/postman/Maloti-Bookings.staging.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "@@id@@",
  "name": "Maloti Bookings - staging",
  "values": [
    {"key": "baseUrl", "value": "https://staging.book.malotiski.co.ls/api", "enabled": true},
    {"key": "partnerKey", "value": "", "type": "secret", "enabled": true},
    {"key": "guideToken", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("postman/partner-key", "bookings-api/postman/Maloti-Bookings.prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "@@id@@",
  "name": "Maloti Bookings - prod (Lineo)",
  "values": [
    {"key": "baseUrl", "value": "https://book.malotiski.co.ls/api", "enabled": true},
    {"key": "partnerKey", "value": "@@s@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
""", "pk_partner_" + rand_pw(32), id=uuid_s())

add("ansible/inventory-password", "ansible/inventory/sheds.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
# Li-Pi tsa li-shed (shed Raspberry Pis)
[sheds]
shed-mokhotlong.local
shed-semonkong.local
shed-thabatseka.local
shed-qachasnek.local

[sheds:vars]
ansible_user=pi
ansible_password=@@s@@
ansible_python_interpreter=/usr/bin/python3
""", passphrase())

add("env/decoy-laravel-empty", "shop/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Maloti Mohair Shop"
APP_ENV=local
APP_KEY=
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_DATABASE=mohair_shop
DB_USERNAME=root
DB_PASSWORD=
PAYFAST_PASSPHRASE=
""")
