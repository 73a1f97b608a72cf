"""Blind set OM: an Iloilo sugar-mill co-operative and a Tacloban inter-island ferry booking service.

The co-operative (Dungganon Sugar Planters Multi-Purpose Cooperative, Passi, Iloilo: truck scale,
cane deliveries, quedan and planters' shares, SMS to planters, payouts, accounting) and the ferry
booking service (SakayLink, Tacloban: web and Flutter app, seat maps, GCash/PayMongo payments,
manifests for the Coast Guard, SMS and push notices), with notes and comments in Hiligaynon, Waray
and Tagalog mixed with English. About 130 files holding one credential each and about 90 decoys.
Generated fakes only (seeds 8940000-8949999).
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
SEED_LO, SEED_HI = 8940000, 8949999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Tubo", "Kalamay", "Asukar", "Paraw", "Balud", "Pantalan", "Lantsa", "Barko", "Sakayan",
         "Molo", "Jaro", "Guimaras", "Mangga", "Batchoy", "Binakol", "Dagat", "Bulan", "Adlaw",
         "Dinagyang", "Sangyaw", "Palo", "Basey", "Bangka", "Quedan"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*@?") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def paymongo(kind: str = "sk_live_") -> str:
    return mixed(24, kind)


def xendit() -> str:
    return "xnd_production_" + mixed(60)


def semaphore() -> str:
    return hexs(32)


def twilio_auth() -> str:
    return hexs(32)


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


def fb_page_token() -> str:
    return "EAAG" + mixed(160)


def fcm_server_key() -> str:
    return "AAAA" + mixed(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def google_oauth_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def datadog() -> str:
    return hexs(32)


def newrelic() -> str:
    return "NRAK-" + rnd(27, UPPER)


def cloudflare() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "-_")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def azure_key() -> str:
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode()


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def linear() -> str:
    return mixed(40, "lin_api_")


def mapbox_secret() -> str:
    head = base64.b64encode(json.dumps({"u": "sakaylink", "a": rnd(25, "abcdefghijklmnopqrstuvwxyz0123456789")},
                                       separators=(",", ":")).encode()).decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def wg_key() -> str:
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pkcs8_pem() -> str:
    r = _rng()
    body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + "".join(r.choice(ALNUM + "+/") for _ in range(14))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(28)) + "=")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(43, ALNUM + "+/")


def bcrypt() -> str:
    return "$2b$12$" + rnd(53, ALNUM + "./")


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
    CASES.append(LabelledCase("blind-om/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- co-op: truck scale, cane deliveries, portal

add("python/mysql-password", "coop/timbangan/scale_reader.py", "https://dev.mysql.com/doc/connector-python/en/connector-python-connectargs.html", r'''
"""Basa sang timbangan sa gate 2 (truck scale) kag isulod sa database sang kooperatiba."""
import serial
import mysql.connector

PORT = "/dev/ttyUSB0"

# Ang account para sa scale PC lang. Indi pag-gamiton sa iban nga makina.
DB = mysql.connector.connect(
    host="10.20.1.5",
    user="timbangan",
    password="@@s@@",
    database="cane_delivery",
)


def read_weight(ser):
    raw = ser.readline().decode("ascii", "ignore").strip()
    # format sang indicator: "ST,GS,+0012340kg"
    return int(raw.split(",")[2].strip("+kg")) if raw.startswith("ST") else None


def main():
    with serial.Serial(PORT, 9600, timeout=2) as ser:
        cur = DB.cursor()
        while True:
            w = read_weight(ser)
            if w:
                cur.execute("INSERT INTO gross_weights (kg) VALUES (%s)", (w,))
                DB.commit()


if __name__ == "__main__":
    main()
''', words_pw())

add("python/decoy-env-lookup", "coop/timbangan/settings.py", "https://docs.python.org/3/library/os.html#os.environ", r'''
"""Settings sang scale reader. Ang mga password ara sa /etc/dungganon/scale.env (indi diri)."""
import os

DB_HOST = os.environ.get("SCALE_DB_HOST", "10.20.1.5")
DB_USER = os.environ.get("SCALE_DB_USER", "timbangan")
DB_PASSWORD = os.environ["SCALE_DB_PASSWORD"]  # wala default, para mag-error kon kulang
SERIAL_PORT = os.getenv("SCALE_PORT", "/dev/ttyUSB0")
TARE_TOLERANCE_KG = 20
''')

add("env/semaphore-sms", "coop/portal/.env", "https://semaphore.co/docs", r'''
APP_NAME="Dungganon Planters Portal"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://portal.dungganon-coop.ph

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=dungganon_portal
DB_USERNAME=portal
DB_PASSWORD=${PORTAL_DB_PASSWORD}

# SMS sa mga mangunguma kon ara na ang quedan kag share
SEMAPHORE_API_KEY=@@s@@
SEMAPHORE_SENDER_NAME=DUNGGANON
''', semaphore())

add("env/decoy-example", "coop/portal/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Dungganon Planters Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=dungganon_portal
DB_USERNAME=portal
DB_PASSWORD=

# Pangayo sa IT (si Manong Rudy) sang imo kaugalingon nga key sang Semaphore
SEMAPHORE_API_KEY=your-semaphore-api-key
SEMAPHORE_SENDER_NAME=DUNGGANON
''')

add("php/laravel-app-key", "coop/portal/config/app_override.php", "https://laravel.com/docs/11.x/encryption#configuration", r'''
<?php
// Gin-override ni Jun-jun para sa staging server kay wala .env didto (temporaryo lang!)
return [
    'name' => 'Dungganon Planters Portal',
    'env' => 'staging',
    'key' => 'base64:@@s@@',
    'cipher' => 'AES-256-CBC',
    'timezone' => 'Asia/Manila',
    'locale' => 'en',
];
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("php/decoy-config-env", "coop/portal/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values", r'''
<?php

return [
    'semaphore' => [
        'key' => env('SEMAPHORE_API_KEY'),
        'sender' => env('SEMAPHORE_SENDER_NAME', 'DUNGGANON'),
        'endpoint' => 'https://api.semaphore.co/api/v4/messages',
    ],
    'xendit' => [
        'secret' => env('XENDIT_SECRET_KEY'),
        'callback_token' => env('XENDIT_CALLBACK_TOKEN'),
    ],
    // Ang mga key ara sa .env sang server; indi pag-butang diri.
];
''')

add("sql/create-user", "coop/db/migrations/0007_reporting_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- 0007: read-only user para sa Power BI sang accounting (si Ma'am Tess)
-- Pakibag-o ang password kon ma-deploy na sa production.
CREATE USER 'reporting'@'10.20.%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON cane_delivery.* TO 'reporting'@'10.20.%';
GRANT SELECT ON dungganon_portal.planter_shares TO 'reporting'@'10.20.%';
FLUSH PRIVILEGES;
''', words_pw())

add("sql/decoy-bcrypt-seed", "coop/db/seeds/users_seed.sql", "https://www.php.net/manual/en/function.password-hash.php", r'''
-- Mga admin account sang portal. Hash lang ini (bcrypt), indi ang password mismo.
INSERT INTO users (name, email, password, role) VALUES
  ('Rodolfo Gallardo', 'rudy@dungganon-coop.ph', '@@h1@@', 'admin'),
  ('Teresita Villanueva', 'tess@dungganon-coop.ph', '@@h2@@', 'accounting'),
  ('Jun Belleza', 'jun@dungganon-coop.ph', '@@h3@@', 'it');
''', h1=bcrypt(), h2=bcrypt(), h3=bcrypt())

add("python/xendit-secret", "coop/payouts/xendit_disburse.py", "https://developers.xendit.co/api-reference/#disbursements", r'''
"""Padala sang share sang mangunguma paagi sa GCash / bangko (Xendit disbursement).

Ginapadalagan kada Biyernes pagkatapos ma-approve sang board ang quedan liquidation.
"""
import csv
import requests

XENDIT_KEY = "@@s@@"
BASE = "https://api.xendit.co"


def disburse(row):
    body = {
        "external_id": f"share-{row['planter_id']}-{row['crop_week']}",
        "bank_code": row["bank_code"],          # GCASH, BPI, LANDBANK ...
        "account_holder_name": row["name"],
        "account_number": row["account"],
        "description": "Dungganon cane share",
        "amount": round(float(row["net_share"]), 2),
    }
    r = requests.post(f"{BASE}/disbursements", json=body, auth=(XENDIT_KEY, ""), timeout=30)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    with open("approved_shares.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            print(row["planter_id"], disburse(row))
''', xendit())

add("csv/decoy-planter-accounts", "coop/payouts/approved_shares_sample.csv", "https://developers.xendit.co/api-reference/#disbursements", r'''
planter_id,name,bank_code,account,crop_week,lkg_tc,net_share
P-0193,Nenita Dela Cruz,GCASH,09171234567,2025-W49,1.92,18432.50
P-0207,Ramon Alunan,LANDBANK,0012-3456-78,2025-W49,1.87,42110.00
P-0311,Editha Sumagaysay,GCASH,09989876543,2025-W49,2.01,9875.25
P-0412,Jose Ma. Lacson,BPI,3149-0021-55,2025-W49,1.95,120340.75
P-0520,Lourdes Tupas,GCASH,09201112233,2025-W49,1.89,6120.00
''')

_pw = words_pw()
add("yaml/k8s-secret-b64", "coop/deploy/k8s/portal-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# Secret para sa portal (namespace dungganon). Gin-generate sa kubectl, gin-commit sang sala. :(
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: dungganon
type: Opaque
data:
  DB_USERNAME: cG9ydGFs
  DB_PASSWORD: @@enc@@
''', _pw, enc=b64(_pw))

add("yaml/decoy-sealed-secret", "coop/deploy/k8s/portal-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
# Amo ini ang husto nga paagi: SealedSecret, encrypted para sa cluster lang.
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-db
  namespace: dungganon
spec:
  encryptedData:
    DB_PASSWORD: AgB@@c1@@
    SEMAPHORE_API_KEY: AgC@@c2@@
  template:
    metadata:
      name: portal-db
      namespace: dungganon
''', c1=rnd(340, ALNUM + "+/"), c2=rnd(340, ALNUM + "+/"))

add("compose/postgres-password", "coop/accounting/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
# Odoo para sa accounting sang kooperatiba (bodega, payroll, AP/AR)
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: postgres
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - odoo-db:/var/lib/postgresql/data
    restart: unless-stopped
  odoo:
    image: odoo:17
    depends_on: [db]
    ports:
      - "8069:8069"
    environment:
      HOST: db
      USER: odoo
      PASSWORD: "@@s@@"
volumes:
  odoo-db:
''', fakes.password(_seed()))

add("ini/odoo-admin-passwd", "coop/accounting/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; master password sang database manager - ayaw pag-share sa labas
admin_passwd = @@s@@
db_host = db
db_port = 5432
db_user = odoo
db_password = False
addons_path = /mnt/extra-addons
proxy_mode = True
workers = 4
''', rnd(24, ALNUM))

add("ini/decoy-odoo-hashed", "coop/accounting/odoo.prod.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#security", r'''
[options]
; admin_passwd is stored hashed (pbkdf2) - Odoo rewrites it after first save
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@h@@
db_host = db
db_user = odoo
db_password = False
list_db = False
proxy_mode = True
''', salt=rnd(22, ALNUM + "./"), h=rnd(86, ALNUM + "./"))

add("shell/history-mysqldump", "coop/it-notes/rudy_bash_history.txt", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
cd /srv/backups
ls -la
df -h
mysqldump -u root -p'@@s@@' --single-transaction cane_delivery > cane_delivery_$(date +%F).sql
gzip cane_delivery_*.sql
rclone copy /srv/backups gdrive:dungganon-backups
tail -f /var/log/syslog
sudo systemctl restart scale-reader
exit
''', words_pw())

add("shell/decoy-backup-script", "coop/ops/backup_nightly.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
#!/usr/bin/env bash
# Backup kada gab-i (cron 02:00). Ang credentials ara sa /root/.my.cnf (chmod 600).
set -euo pipefail
DEST=/srv/backups
STAMP=$(date +%F)
mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction cane_delivery \
  | gzip > "$DEST/cane_delivery_$STAMP.sql.gz"
sha256sum "$DEST/cane_delivery_$STAMP.sql.gz" >> "$DEST/SHA256SUMS"
find "$DEST" -name '*.sql.gz' -mtime +30 -delete
''')

add("ini/mycnf-password", "coop/ops/root.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# /root/.my.cnf sa scale server (kopya para sa rebuild notes)
[client]
user=root
password="@@s@@"
host=localhost

[mysqldump]
single-transaction
''', fakes.password(_seed()))

add("markdown/wifi-and-router", "coop/it-notes/opisina_network.md", "https://www.tp-link.com/ph/support/faq/", r'''
# Network sang opisina (Passi mill)

- ISP: PLDT Fibr 200 Mbps, modem sa server room
- Router: TP-Link ER605, 192.168.10.1
- Admin login sang router: `admin` / `@@s@@`
- Wi-Fi "Dungganon-Staff" — WPA2, ang password ara kay Ma'am Tess (papel sa drawer)
- Wi-Fi "Dungganon-Guest" — para sa mga mangunguma sa lobby, bag-ohon kada crop year

Kon mag-down ang internet, i-restart anay ang modem antes mag-tawag sa PLDT (171).
''', words_pw())

add("markdown/decoy-network-vault", "coop/it-notes/README.md", "https://bitwarden.com/help/", r'''
# IT notes — Dungganon SPMPC

Diri ang mga notes sang IT para sa mill office kag sa weighbridge.

Tanan nga password kag API key ara sa Bitwarden organization **Dungganon IT**
(collection: `Mill Office`, `Portal`, `Payouts`). Indi pag-sulat sang password sa sini nga repo.

| Sistema | Host | Login |
|---|---|---|
| Scale PC | 10.20.1.21 | Bitwarden: "Scale PC local admin" |
| Portal | portal.dungganon-coop.ph | Bitwarden: "Portal admin" |
| Odoo | 10.20.1.8:8069 | Bitwarden: "Odoo master" |

Kon may nag-leak, i-rotate dayon kag sugiran si Rudy.
''')

add("python/twilio-auth", "coop/alerts/bagyo_alert.py", "https://www.twilio.com/docs/usage/api", r'''
# Alert sa mga truck driver kon may bagyo signal (PAGASA) - stop anay ang haul
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+15017122661"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def blast(numbers, signal_no):
    msg = (f"DUNGGANON: Signal No. {signal_no} sa Iloilo. Stop anay ang pag-haul sang tubo. "
           "Hulat sang abiso halin sa cane office.")
    for n in numbers:
        client.messages.create(to=n, from_=FROM, body=msg)
''', twilio_auth(), sid=hexs(32))

add("json/gcp-service-account", "coop/reports/credentials/sheets-writer.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "dungganon-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-writer@dungganon-reports.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-writer%40dungganon-reports.iam.gserviceaccount.com"
}
''', pkcs8_pem().replace("\n", "\\n") + "\\n", pk="@@s@@", kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("python/decoy-gcp-default-creds", "coop/reports/weekly_sheet.py", "https://cloud.google.com/docs/authentication/application-default-credentials", r'''
"""Weekly cane delivery summary -> Google Sheet sang board.

Gamit ang Application Default Credentials (workload identity sa Cloud Run); wala key file.
"""
import google.auth
import gspread

SHEET_ID = "1hQf3Zc0dG8p7wXkqYlM2nBv5rTsUa9eJiOo4PLxCmWE"


def push(rows):
    creds, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/spreadsheets"])
    gc = gspread.authorize(creds)
    ws = gc.open_by_key(SHEET_ID).worksheet("Semana")
    ws.append_rows(rows, value_input_option="USER_ENTERED")
''')

add("ipynb/postgres-url", "coop/analysis/lkg_tc_per_barangay.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# LKG/TC kada barangay, crop year 2025-2026\n", "Para sa report sa board kag sa SRA."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@s@@@10.20.1.8:5432/canedw')\n",
    "df = pd.read_sql('select barangay, sum(lkg) / sum(tc) as lkg_tc from deliveries group by 1', eng)\n",
    "df.sort_values('lkg_tc', ascending=False).head(15)"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.password(_seed()))

add("ipynb/decoy-getpass", "coop/analysis/planter_shares_check.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Check sang planter shares vs quedan\n", "I-type ang password kon magpangayo (getpass), indi pag-save sa notebook."]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
    "import getpass, pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "pw = getpass.getpass('canedw password: ')\n",
    "eng = create_engine(f'postgresql+psycopg2://analyst:{pw}@10.20.1.8:5432/canedw')\n",
    "shares = pd.read_sql('select * from planter_shares where crop_year = 2025', eng)"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("log/decoy-scale-log", "coop/timbangan/logs/scale-2025-12-03.log", "https://docs.python.org/3/library/logging.html", r'''
2025-12-03 05:41:12 INFO  scale-reader starting, port=/dev/ttyUSB0 baud=9600
2025-12-03 05:41:12 INFO  db connect host=10.20.1.5 user=timbangan password=****** ok
2025-12-03 05:52:40 INFO  truck=GAB-4821 planter=P-0193 gross=18420kg ticket=WB-25-118204
2025-12-03 06:07:03 INFO  truck=FAD-1290 planter=P-0412 gross=22180kg ticket=WB-25-118205
2025-12-03 06:07:55 WARN  unstable reading, retry (ST,US,+0022160kg)
2025-12-03 06:31:19 INFO  truck=GAB-4821 tare=7320kg net=11100kg ticket=WB-25-118204
2025-12-03 06:31:19 INFO  sha1(ticket)=@@h@@ uploaded
''', h=hexs(40))

add("log/db-url-in-traceback", "coop/portal/storage/logs/laravel-2025-11-28.log", "https://laravel.com/docs/11.x/logging", r'''
[2025-11-28 08:14:02] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `planters` where `id` = 193 limit 1) {"exception":"[object] (Illuminate\\Database\\QueryException(code: 2002))"}
[2025-11-28 08:14:02] production.DEBUG: db config {"driver":"mysql","host":"10.20.1.5","port":"3306","database":"dungganon_portal","username":"portal","password":"@@s@@"}
[2025-11-28 08:15:40] production.INFO: Reconnected to mysql after 3 retries
[2025-11-28 08:20:11] production.INFO: SMS queued to 09171234567 (quedan ready)
[2025-11-28 08:20:12] production.INFO: SMS queued to 09989876543 (quedan ready)
[2025-11-28 09:02:37] production.WARNING: Slow query (2.4s) on planter_shares report
''', words_pw())

add("xml/smtp-password", "coop/accounting/JasperReports/mail-config.xml", "https://community.jaspersoft.com/documentation/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Pagpadala sang monthly statement sa mga miembro -->
<mailConfig>
  <host>smtp.gmail.com</host>
  <port>587</port>
  <starttls>true</starttls>
  <username>statements@dungganon-coop.ph</username>
  <!-- app password sang Google Workspace -->
  <password>@@s@@</password>
  <from>Dungganon SPMPC &lt;statements@dungganon-coop.ph&gt;</from>
</mailConfig>
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("eml/password-in-mail", "coop/it-notes/mail/fwd_scale_pc_login.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Rodolfo Gallardo <rudy@dungganon-coop.ph>
To: Jun Belleza <jun@dungganon-coop.ph>
Subject: Fwd: login sang bag-o nga scale PC
Date: Tue, 2 Dec 2025 07:45:10 +0800
Content-Type: text/plain; charset=UTF-8

Jun,

Amo ini ang login sang bag-o nga scale PC sa gate 2. Palihog ilisan dayon kon
ma-setup mo na ang Windows kag i-save sa Bitwarden.

  user: weighbridge
  password: @@s@@

Salamat gid,
Rudy
''', words_pw())

add("eml/decoy-reset-link", "coop/it-notes/mail/portal_reset.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Dungganon Planters Portal <no-reply@dungganon-coop.ph>
To: nenita.delacruz@gmail.com
Subject: I-reset ang imo password
Date: Mon, 1 Dec 2025 19:02:44 +0800
Content-Type: text/plain; charset=UTF-8

Maayong gab-i, Nenita!

May nagpangayo sang password reset para sa imo account (P-0193).
Pindota ang link sa idalom sa sulod sang 60 ka minutos:

https://portal.dungganon-coop.ph/password/reset?email=nenita.delacruz%40gmail.com&expires=1764590564

Kon indi ikaw ang nagpangayo, pabay-i lang ini nga email.
''')

add("vbnet/access-db-password", "coop/legacy/QuedanTracker/modDb.vb", "https://learn.microsoft.com/en-us/office/client-developer/access/desktop-database-reference/connection-string", r'''
' Daan nga Quedan Tracker (VB.NET + Access) - ginagamit pa sang warehouse
Imports System.Data.OleDb

Module modDb
    ' password sang .accdb (gin-set ni Manong Boy sang 2014)
    Public Const ConnStr As String = "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\MILLSRV\share\quedan.accdb;Jet OLEDB:Database Password=@@s@@;"

    Public Function OpenDb() As OleDbConnection
        Dim cn As New OleDbConnection(ConnStr)
        cn.Open()
        Return cn
    End Function
End Module
''', words_pw())

add("csharp/decoy-dpapi", "coop/legacy/ScaleTicketPrinter/Config.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.protecteddata", r'''
using System;
using System.Security.Cryptography;
using System.Text;

namespace ScaleTicketPrinter
{
    // Ang password sang printer share gin-protect sang DPAPI (LocalMachine) - encrypted blob lang ini.
    static class Config
    {
        const string ProtectedSharePassword =
            "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@blob@@";

        public static string SharePassword() =>
            Encoding.UTF8.GetString(ProtectedData.Unprotect(
                Convert.FromBase64String(ProtectedSharePassword), null, DataProtectionScope.LocalMachine));
    }
}
''', blob=rnd(180, ALNUM + "+/") + "==")

add("powershell/smb-credential", "coop/legacy/map_drives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive", r'''
# Ginapadalagan sa login sang mga PC sa warehouse - i-map ang Q: (quedan) kag S: (scale)
$user = "MILLSRV\warehouse"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name Q -PSProvider FileSystem -Root "\\MILLSRV\quedan" -Credential $cred -Persist
New-PSDrive -Name S -PSProvider FileSystem -Root "\\MILLSRV\scale" -Credential $cred -Persist
Write-Host "Na-map na ang Q: kag S:"
''', words_pw())

add("markdown/decoy-sra-docs", "coop/docs/sra_quedan_api.md", "https://www.sra.gov.ph/", r'''
# SRA e-Quedan submission (draft)

Ang SRA mill district office naghatag sang client certificate para sa pag-submit sang
quedan nga gin-issue. Ang certificate (`dungganon-mill.p12`) kag ang iya passphrase ara
sa safe sang manager kag sa Bitwarden ("SRA client cert"). Wala ini sa repo.

Example request halin sa ila manual:

```
POST /equedan/v1/quedans
Authorization: Bearer <token from /oauth/token>
Content-Type: application/json
```

- `mill_code`: 042 (Passi)
- `crop_year`: 2025-2026
''')

add("yaml/gha-hardcoded-ftp", "coop/portal/.github/workflows/deploy.yml", "https://github.com/SamKirkland/FTP-Deploy-Action", r'''
name: Deploy portal (shared hosting)
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: composer install --no-dev --optimize-autoloader
      - name: FTP upload
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.dungganon-coop.ph
          username: deploy@dungganon-coop.ph
          # TODO ibalhin sa secrets.FTP_PASSWORD
          password: "@@s@@"
          server-dir: public_html/portal/
''', fakes.password(_seed()))

add("yaml/decoy-gha-secrets", "coop/portal/.github/workflows/tests.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: Tests
on: [push, pull_request]

jobs:
  phpunit:
    runs-on: ubuntu-latest
    services:
      mysql:
        image: mysql:8.0
        env:
          MYSQL_ROOT_PASSWORD: ${{ secrets.CI_MYSQL_ROOT_PASSWORD }}
          MYSQL_DATABASE: testing
        ports: ["3306:3306"]
    steps:
      - uses: actions/checkout@v4
      - run: composer install
      - run: php artisan test
        env:
          DB_PASSWORD: ${{ secrets.CI_MYSQL_ROOT_PASSWORD }}
          SEMAPHORE_API_KEY: ${{ secrets.SEMAPHORE_TEST_KEY }}
''')

add("tfvars/aws-keys", "coop/infra/terraform.tfvars", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#static-credentials", r'''
# Offsite backup bucket (S3 Singapore) para sa kooperatiba
region         = "ap-southeast-1"
bucket_name    = "dungganon-offsite-backups"
retention_days = 365

# TEMPORARYO - ibalhin sa aws-vault pagkatapos sang audit
access_key = "@@kid@@"
secret_key = "@@s@@"
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("hcl/decoy-tf-vars", "coop/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "region" {
  type    = string
  default = "ap-southeast-1"
}

variable "bucket_name" {
  type = string
}

variable "db_password" {
  description = "Password sang RDS (halin sa TF_VAR_db_password sa CI)"
  type        = string
  sensitive   = true
}

variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:ap-southeast-1:731942068215:key/@@u@@"
}
''', u=uuid_s())

add("ini/aws-credentials", "coop/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-southeast-1

[dungganon-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "coop/ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile dungganon-admin]
sso_session = dungganon
sso_account_id = 731942068215
sso_role_name = AdministratorAccess
region = ap-southeast-1

[sso-session dungganon]
sso_start_url = https://dungganon.awsapps.com/start
sso_region = ap-southeast-1
sso_registration_scopes = sso:account:access
''')

add("chat/viber-export-password", "coop/it-notes/viber_it_group_2025-11.txt", "https://help.viber.com/hc/en-us/articles/9102279108381", r'''
[11/24/25, 7:02 AM] Jun Belleza: Manong Rudy, ano ang password sang Odoo admin? ga-locked out si Ma'am Tess
[11/24/25, 7:05 AM] Rodolfo Gallardo: ara sa Bitwarden, pero wala ka pa access. Ari: @@s@@
[11/24/25, 7:05 AM] Rodolfo Gallardo: ilisan ta lang ini pag-abot ko sa opisina
[11/24/25, 7:06 AM] Jun Belleza: sige po salamat 🙏
[11/24/25, 7:30 AM] Teresita Villanueva: nakasulod na ko, salamat mga nong!
''', words_pw())

add("chat/decoy-viber-rotated", "coop/it-notes/viber_it_group_2025-12.txt", "https://help.viber.com/hc/en-us/articles/9102279108381", r'''
[12/01/25, 8:11 AM] Rodolfo Gallardo: Gin-rotate ko na ang Odoo admin password kag ang Semaphore key.
[12/01/25, 8:12 AM] Rodolfo Gallardo: Ang bag-o ara sa Bitwarden > Mill Office. Indi na pag-paste diri sa Viber ha.
[12/01/25, 8:15 AM] Jun Belleza: noted po. gin-update ko na ang .env sa portal server
[12/01/25, 8:16 AM] Teresita Villanueva: 👍
[12/01/25, 9:40 AM] Jun Belleza: ang daan nga key revoked na sa Semaphore dashboard, confirmed
''')

add("python/telegram-bot", "coop/alerts/cane_queue_bot.py", "https://core.telegram.org/bots/api", r'''
"""Telegram bot: ginapakita ang pila sang truck sa gate (para indi na magtawag ang mga planter)."""
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1002049183311  # "Dungganon Haulers" group


def post_queue(count, eta_minutes):
    text = f"🚛 Pila sa gate: {count} ka truck. Mga {eta_minutes} minutos antes ka ma-timbang."
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', fakes.telegram_token(_seed()))

add("yaml/decoy-ansible-vault", "coop/ops/ansible/group_vars/millsrv/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("yaml/ansible-plain-vars", "coop/ops/ansible/group_vars/millsrv/vars.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
# Mga variable sang MILLSRV (Ubuntu 22.04)
timezone: Asia/Manila
mysql_bind_address: 10.20.1.5
mysql_root_password: "{{ vault_mysql_root_password }}"
mysql_users:
  - name: timbangan
    host: "10.20.1.%"
    priv: "cane_delivery.*:INSERT,SELECT"
    # nalipatan ko i-vault ini, sorry - jun
    password: "@@s@@"
backup_dir: /srv/backups
''', words_pw())

add("dotnet/appsettings-sqlserver", "coop/hr/PayrollSync/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Payroll": "Server=10.20.1.9,1433;Database=DSPMPC_Payroll;User Id=payroll_sync;Password=@@s@@;TrustServerCertificate=True"
  },
  "Sync": {
    "Cron": "0 30 17 * * FRI",
    "Note": "Sahod sang mga seasonal nga mamumugon sa milling season"
  }
}
''', fakes.password(_seed()))

add("dotnet/decoy-user-secrets", "coop/hr/PayrollSync/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "ConnectionStrings": {
    "Payroll": ""
  },
  "KeyVault": {
    "Uri": "https://kv-dungganon-hr.vault.azure.net/",
    "SecretName": "Payroll--ConnectionString"
  },
  "Comment": "Ang connection string ginakuha sa Key Vault paagi sa managed identity."
}
''')

add("java/properties-db", "coop/legacy/molasses-sales/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", r'''
# Molasses sales (buyer contracts, tanker loading)
server.port=8085
spring.datasource.url=jdbc:postgresql://10.20.1.8:5432/molasses
spring.datasource.username=molasses_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
app.loading.max-tanker-kg=24000
''', fakes.password(_seed()))

add("java/decoy-properties-placeholder", "coop/legacy/molasses-sales/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
# prod: tanan halin sa environment (systemd EnvironmentFile=/etc/molasses/env)
spring.datasource.url=${MOLASSES_DB_URL}
spring.datasource.username=${MOLASSES_DB_USER}
spring.datasource.password=${MOLASSES_DB_PASSWORD}
management.endpoints.web.exposure.include=health
logging.level.root=WARN
''')

add("markdown/decoy-sha256-release", "coop/timbangan/RELEASES.md", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
# scale-reader releases

## v1.4.2 (2025-11-30)
- Gin-ayos ang pagbasa sang "US" (unstable) nga reading sa indicator
- Retry sang DB connect kon mag-brownout

SHA-256:
```
@@h1@@  scale-reader-1.4.2-win64.zip
@@h2@@  scale-reader-1.4.2-linux-amd64.tar.gz
```
''', h1=hexs(64), h2=hexs(64))

add("go/webhook-slack", "coop/alerts/boiler/main.go", "https://api.slack.com/messaging/webhooks", r'''
// Boiler pressure alert - ginapadala sa #mill-ops kon maglapaw sa limit
package main

import (
	"bytes"
	"fmt"
	"net/http"
)

// TODO: ibalhin sa env. Para sa trial run lang ini sa milling season.
const slackWebhook = "@@s@@"

func alert(psi float64) error {
	body := fmt.Sprintf(`{"text":"⚠️ Boiler 2 pressure %.1f psi - tan-awa dayon!"}`, psi)
	_, err := http.Post(slackWebhook, "application/json", bytes.NewBufferString(body))
	return err
}

func main() {
	_ = alert(412.5)
}
''', slack_webhook())

add("node/brevo-newsletter", "coop/newsletter/send.js", "https://developers.brevo.com/docs/getting-started", r'''
// Balita sang kooperatiba (newsletter kada bulan) - Brevo
const SibApiV3Sdk = require('sib-api-v3-sdk');

const client = SibApiV3Sdk.ApiClient.instance;
client.authentications['api-key'].apiKey = '@@s@@';

const api = new SibApiV3Sdk.TransactionalEmailsApi();

module.exports = async function sendIssue(to, html) {
  return api.sendTransacEmail({
    sender: { name: 'Dungganon SPMPC', email: 'balita@dungganon-coop.ph' },
    to: [{ email: to }],
    subject: 'Balita sang Kooperatiba - Disyembre 2025',
    htmlContent: html,
  });
};
''', brevo())

add("netrc/git-host", "coop/ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine gitlab.com
  login jun.belleza
  password @@s@@

machine ftp.dungganon-coop.ph
  login deploy@dungganon-coop.ph
  password ${FTP_PASSWORD}
''', gitlab())

add("yaml/decoy-sops", "coop/ops/secrets/portal.enc.yaml", "https://github.com/getsops/sops#usage", r'''
db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
semaphore_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1k4x0jvq8y9mz3wz2l7nqz6f5e6d0u8c9tgh2r3s4vpxq7kyl5n8sj2d9wa
    lastmodified: "2025-12-01T00:21:07Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.1
''', d1=rnd(24, ALNUM + "+/") + "==", iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(44, ALNUM + "+/"), iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==", mac=rnd(88, ALNUM + "+/"))

add("text/age-identity", "coop/ops/secrets/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2025-11-29T23:58:12+08:00
# public key: age1k4x0jvq8y9mz3wz2l7nqz6f5e6d0u8c9tgh2r3s4vpxq7kyl5n8sj2d9wa
# Key ni Jun para sa sops. INDI dapat ara ini diri!!
# (ang husto nga lugar: ~/.config/sops/age/keys.txt sa laptop lang)
#
@@s@@
''', age_key())


# ---------------------------------------------------------------- ferry: SakayLink booking (Tacloban)

add("node/paymongo-secret", "sakaylink/api/src/payments/paymongo.js", "https://developers.paymongo.com/docs/authentication", r'''
// PayMongo (GCash, Maya, card) para han pagbayad han tiket
const axios = require('axios');

// Ayaw pag-commit hini ha production! -- Kenneth
const PAYMONGO_SECRET = '@@s@@';

const pm = axios.create({
  baseURL: 'https://api.paymongo.com/v1',
  auth: { username: PAYMONGO_SECRET, password: '' },
});

async function createGcashSource(booking) {
  const { data } = await pm.post('/sources', {
    data: {
      attributes: {
        amount: Math.round(booking.total * 100),
        currency: 'PHP',
        type: 'gcash',
        redirect: {
          success: `https://sakaylink.ph/booking/${booking.ref}/salamat`,
          failed: `https://sakaylink.ph/booking/${booking.ref}/napakyas`,
        },
      },
    },
  });
  return data.data;
}

module.exports = { createGcashSource };
''', paymongo())

add("node/decoy-paymongo-public", "sakaylink/web/src/lib/paymongo-client.ts", "https://developers.paymongo.com/docs/authentication", r'''
// Public key la ini (pk_live_) - pwede ha browser para han card tokenization.
// An secret key (sk_live_) ada la ha backend, ha AWS Secrets Manager.
export const PAYMONGO_PUBLIC_KEY = 'pk_live_@@pk@@';

export async function createPaymentMethod(card: { number: string; exp_month: number; exp_year: number; cvc: string }) {
  const res = await fetch('https://api.paymongo.com/v1/payment_methods', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(PAYMONGO_PUBLIC_KEY + ':'),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ data: { attributes: { type: 'card', details: card } } }),
  });
  return res.json();
}
''', pk=fakes.drawn_mixed(_seed(), 24))

add("env/paymongo-webhook-secret", "sakaylink/api/.env.staging", "https://developers.paymongo.com/docs/webhooks", r'''
NODE_ENV=staging
PORT=4000
DATABASE_URL=${STAGING_DATABASE_URL}
REDIS_URL=redis://redis:6379/0
PAYMONGO_SECRET_KEY=${PAYMONGO_SECRET_KEY}
# webhook signing secret (staging endpoint) - gin-kopya tikang ha PayMongo dashboard
PAYMONGO_WEBHOOK_SECRET=@@s@@
SEATMAP_CACHE_TTL=30
''', mixed(32, "whsk_"))

add("dart/fcm-server-key", "sakaylink/app/lib/services/push_legacy.dart", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r'''
// Daan nga paagi han pag-push (legacy FCM). Gin-gamit pa ha admin app para han
// "delayed departure" nga abiso. Igbalhin ha Cloud Function kun may oras.
import 'dart:convert';
import 'package:http/http.dart' as http;

const String _fcmServerKey = '@@s@@';

Future<void> notifyDelay(String topic, String vessel, String newEtd) async {
  await http.post(
    Uri.parse('https://fcm.googleapis.com/fcm/send'),
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'key=$_fcmServerKey',
    },
    body: jsonEncode({
      'to': '/topics/$topic',
      'notification': {
        'title': 'Delayed an biyahe',
        'body': 'An $vessel mabiyahe na alas $newEtd. Pasensya na po.',
      },
    }),
  );
}
''', fcm_server_key())

add("dart/decoy-firebase-options", "sakaylink/app/lib/firebase_options.dart", "https://firebase.google.com/docs/projects/api-keys", r'''
// File generated by FlutterFire CLI.
// ignore_for_file: type=lint
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: String.fromEnvironment('FIREBASE_ANDROID_API_KEY'),
    appId: '1:804419227310:android:@@a@@',
    messagingSenderId: '804419227310',
    projectId: 'sakaylink-prod',
    storageBucket: 'sakaylink-prod.appspot.com',
  );
}
''', a=hexs(22))

add("dart/decoy-seat-map-fixture", "sakaylink/app/test/fixtures/seat_map_fixture.dart", "https://api.flutter.dev/flutter/flutter_test/flutter_test-library.html", r'''
// Fixture para han test han seat map (MV Santo Niño de Palo, deck B). Fake nga data la.
const seatMapFixture = {
  'voyage_id': '@@u@@',
  'vessel': 'MV Santo Nino de Palo',
  'route': 'TAC-ORM',
  'etd': '2025-12-20T06:30:00+08:00',
  'deck': 'B',
  'hold_token': 'test-hold-token-not-real',
  'seats': [
    {'no': 'B01', 'class': 'aircon', 'taken': true},
    {'no': 'B02', 'class': 'aircon', 'taken': false},
    {'no': 'B03', 'class': 'aircon', 'taken': false},
  ],
};
''', u=uuid_s())

add("kotlin/maps-key-gradle", "sakaylink/android/app/build.gradle.kts", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "ph.sakaylink.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "ph.sakaylink.app"
        minSdk = 23
        targetSdk = 34
        versionCode = 47
        versionName = "2.3.1"
        // Directions API (server) - ginamit ha ETA han barko. Dapat ha local.properties ini!
        buildConfigField("String", "DIRECTIONS_KEY", "\"@@s@@\"")
    }
    buildFeatures { buildConfig = true }
}
''', google_api())

add("properties/android-signing", "sakaylink/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Upload key han Play Store - AYAW I-COMMIT (pero na-commit na...)
storeFile=../keys/sakaylink-upload.jks
storePassword=@@s@@
keyAlias=sakaylink-upload
keyPassword=@@s@@
''', fakes.password(_seed()))

add("properties/decoy-local-properties", "sakaylink/android/local.properties.sample", "https://developer.android.com/studio/build#properties-files", r'''
## Kopyaha ini ngadto ha local.properties (waray ha git).
sdk.dir=/Users/YOUR_NAME/Library/Android/sdk
MAPS_API_KEY=PUT_YOUR_DEBUG_MAPS_KEY_HERE
SIGNING_STORE_PASSWORD=
SIGNING_KEY_PASSWORD=
''')

add("swift/mapbox-secret", "sakaylink/ios/SakayLink/Services/RouteMapService.swift", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
import Foundation
import MapboxMaps

/// Mapa han ruta han barko (Tacloban - Ormoc, Liloan - Lipata, San Isidro - Matnog).
final class RouteMapService {
    // Secret token (downloads:read + styles:write) - para han offline tiles han pantalan.
    // TODO: igbalhin ha ~/.netrc la, diri ha code. - Mae
    private let uploadToken = "@@s@@"

    func uploadStyle(_ data: Data, name: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.mapbox.com/styles/v1/sakaylink?access_token=\(uploadToken)")!)
        req.httpMethod = "POST"
        req.httpBody = data
        _ = try await URLSession.shared.data(for: req)
    }
}
''', mapbox_secret())

add("plist/decoy-mapbox-public", "sakaylink/ios/SakayLink/Info.plist", "https://docs.mapbox.com/ios/maps/guides/install/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>SakayLink</string>
    <key>MBXAccessToken</key>
    <string>$(MAPBOX_PUBLIC_TOKEN)</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Para makita mo an pinakahirani nga pantalan.</string>
</dict>
</plist>
''')

add("redis/conf-requirepass", "sakaylink/infra/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
# Redis para han seat holds (10 minutos nga reserba samtang nagbabayad)
bind 0.0.0.0
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy volatile-ttl
appendonly yes
''', fakes.redis_password(_seed()))

add("node/redis-url", "sakaylink/api/src/seats/holdStore.ts", "https://github.com/redis/ioredis#connect-to-redis", r'''
import Redis from 'ioredis';

// Seat hold store. Kun waray REDIS_URL, gamita an staging (temporaryo la!)
const redis = new Redis(process.env.REDIS_URL ?? 'redis://:@@s@@@redis-staging.sakaylink.internal:6379/2');

const HOLD_SECONDS = 600;

export async function holdSeat(voyageId: string, seat: string, bookingRef: string): Promise<boolean> {
  const ok = await redis.set(`hold:${voyageId}:${seat}`, bookingRef, 'EX', HOLD_SECONDS, 'NX');
  return ok === 'OK';
}

export async function releaseSeat(voyageId: string, seat: string): Promise<void> {
  await redis.del(`hold:${voyageId}:${seat}`);
}
''', fakes.redis_password(_seed()))

add("python/decoy-manifest-hash", "sakaylink/manifest/pcg_export.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Manifest han pasahero para ha Philippine Coast Guard (PCG) - CSV + checksum.

An PCG station ha Tacloban naghahatag la han upload portal; waray API key.
"""
import csv
import hashlib

FIELDS = ["seq", "last_name", "first_name", "age", "sex", "nationality", "ticket_no", "seat"]


def export(voyage, passengers, path):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        for i, p in enumerate(passengers, 1):
            w.writerow({"seq": i, **{k: p[k] for k in FIELDS[1:]}})
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    # halimbawa: 3f1c... (ig-print ha ubos han manifest para ha PCG inspector)
    return digest
''')

add("csv/decoy-manifest", "sakaylink/manifest/samples/TAC-ORM-20251203-0630.csv", "https://www.coastguard.gov.ph/", r'''
seq,last_name,first_name,age,sex,nationality,ticket_no,seat
1,DELA CRUZ,MARIA,34,F,FILIPINO,SL-25-0098812,A04
2,DELA CRUZ,JOSE,36,M,FILIPINO,SL-25-0098813,A05
3,ABUDA,REYNALDO,52,M,FILIPINO,SL-25-0098820,B11
4,CINCO,ROSALIE,27,F,FILIPINO,SL-25-0098821,B12
5,MULLER,ANNA,41,F,GERMAN,SL-25-0098830,A01
# sha256 @@h@@
''', h=hexs(64))

add("node/semaphore-otp", "sakaylink/api/src/notify/sms.js", "https://semaphore.co/docs", r'''
// OTP ngan booking confirmation pinaagi ha Semaphore
const fetch = require('node-fetch');

const SEMAPHORE_KEY = process.env.SEMAPHORE_KEY || '@@s@@';

async function sendOtp(number, code) {
  const params = new URLSearchParams({
    apikey: SEMAPHORE_KEY,
    number,
    message: `SakayLink: ${code} an imo OTP. Ayaw ini ihatag ha bisan hin-o.`,
    sendername: 'SAKAYLINK',
  });
  const res = await fetch('https://api.semaphore.co/api/v4/otp', { method: 'POST', body: params });
  return res.json();
}

module.exports = { sendOtp };
''', semaphore())

add("docker/config-auth", "sakaylink/infra/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', b64("sakaylink-deployer:" + gitlab()))

add("docker/decoy-credhelper", "sakaylink/infra/ci/docker-config.ecr.json", "https://github.com/awslabs/amazon-ecr-credential-helper", r'''
{
  "credHelpers": {
    "204917733512.dkr.ecr.ap-southeast-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass"
}
''')

add("dockerfile/npm-token-arg", "sakaylink/api/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
FROM node:20-alpine AS build
WORKDIR /app
# private nga package @sakaylink/seatmap ha npm
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE 4000
CMD ["node", "dist/server.js"]
''', npm_tok())

add("dockerfile/decoy-build-secret", "sakaylink/web/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# An npm token ginhahatag pinaagi han --secret id=npmrc (waray ha image layer)
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
''')

add("npmrc/auth-token", "sakaylink/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
# web app (Vite) - private packages han @sakaylink
@sakaylink:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
audit-level=high
''', npm_tok())

add("npmrc/decoy-env-token", "sakaylink/api/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
@sakaylink:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
# NPM_TOKEN: ada ha CI/CD variables (masked, protected)
''')

add("yaml/gitlab-ci-do-token", "sakaylink/.gitlab-ci.yml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # para han doctl - igbalhin ha CI/CD variables (masked) kun may admin na
  DIGITALOCEAN_ACCESS_TOKEN: "@@s@@"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: digitalocean/doctl:1.104.0
  script:
    - doctl kubernetes cluster kubeconfig save sakaylink-sgp1
    - kubectl -n sakaylink rollout restart deploy/api
  only: [main]
''', do_token())

add("yaml/decoy-gitlab-ci-vars", "sakaylink/ci/templates/deploy.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
.deploy:
  image: digitalocean/doctl:1.104.0
  before_script:
    - doctl auth init --access-token "$DIGITALOCEAN_ACCESS_TOKEN"
    - doctl kubernetes cluster kubeconfig save "$CLUSTER_NAME"
  script:
    - kubectl -n sakaylink set image deploy/api api="$CI_REGISTRY_IMAGE/api:$CI_COMMIT_SHORT_SHA"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
''')

add("yaml/kubeconfig-token", "sakaylink/infra/k8s/kubeconfig-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
- name: do-sgp1-sakaylink
  cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURKekNDQWcrZ0F3SUJBZ0lDQm5Vd0RRWUpLb1pJaHZjTkFRRUxCUUF3TXpFVk1CTUdBMVVFQ2hNTVJHbG4KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    server: https://@@u@@.k8s.ondigitalocean.com
users:
- name: ci-deployer
  user:
    token: @@s@@
contexts:
- name: ci
  context:
    cluster: do-sgp1-sakaylink
    user: ci-deployer
    namespace: sakaylink
current-context: ci
''', jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"sakaylink","sub":"system:serviceaccount:sakaylink:ci-deployer"}'), u=uuid_s())

add("yaml/helm-values-mongo", "sakaylink/infra/helm/values-prod.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
replicaCount: 3
image:
  repository: registry.gitlab.com/sakaylink/api
  tag: "2.3.1"

env:
  NODE_ENV: production
  TZ: Asia/Manila
  # bookings ngan voyages (Atlas, Singapore)
  MONGO_URI: "mongodb+srv://sakaylink_api:@@s@@@prod-sgp.x8k2q.mongodb.net/bookings?retryWrites=true&w=majority"

resources:
  requests: { cpu: 250m, memory: 256Mi }
  limits: { cpu: "1", memory: 512Mi }
''', fakes.password(_seed()))

add("yaml/decoy-helm-external-secret", "sakaylink/infra/helm/templates/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-secrets
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: api-secrets
  data:
    - secretKey: MONGO_URI
      remoteRef: { key: sakaylink/prod/api, property: mongo_uri }
    - secretKey: PAYMONGO_SECRET_KEY
      remoteRef: { key: sakaylink/prod/api, property: paymongo_secret }
''')

add("python/sendgrid-receipts", "sakaylink/workers/receipts.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", r'''
"""E-tiket ngan resibo ha email han pasahero (SendGrid)."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@s@@")


def send_ticket(booking):
    msg = Mail(
        from_email="tiket@sakaylink.ph",
        to_emails=booking["email"],
        subject=f"E-tiket {booking['ref']} - {booking['route']}",
        html_content=f"<p>Salamat ha pag-book! Pag-abot la 1 oras antes han ETD ha pantalan.</p>",
    )
    return SG.send(msg).status_code
''', sendgrid())

add("python/decoy-sendgrid-env", "sakaylink/workers/newsletter.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", r'''
"""Promo ngan advisory (bagyo, kanselado nga biyahe) para han mga subscriber."""
import os

from sendgrid import SendGridAPIClient

SG = SendGridAPIClient(os.environ.get("SENDGRID_API_KEY"))
TEMPLATE_ADVISORY = "d-4f8a0c2e91b34c6d8e7f1a2b3c4d5e6f"
UNSUBSCRIBE_GROUP = 21877
''')

add("log/bearer-in-access-log", "sakaylink/api/logs/nginx-access-2025-12-05.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
112.198.77.21 - - [05/Dec/2025:06:02:11 +0800] "GET /v1/voyages?route=TAC-ORM&date=2025-12-20 HTTP/1.1" 200 4211 "-" "SakayLink/2.3.1 (Android 13)"
112.198.77.21 - - [05/Dec/2025:06:02:19 +0800] "POST /v1/bookings HTTP/1.1" 201 822 "-" "SakayLink/2.3.1 (Android 13)"
203.177.40.9 - - [05/Dec/2025:06:03:40 +0800] "GET /admin/manifest/export?voyage=8812&access_token=@@s@@ HTTP/1.1" 200 18832 "-" "curl/8.4.0"
49.145.12.200 - - [05/Dec/2025:06:04:02 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
112.198.77.21 - - [05/Dec/2025:06:04:30 +0800] "GET /v1/bookings/SL-25-0098812 HTTP/1.1" 200 911 "-" "SakayLink/2.3.1 (Android 13)"
''', mixed(40, "slk_adm_"))

add("log/decoy-masked-log", "sakaylink/api/logs/app-2025-12-05.jsonl", "https://getpino.io/#/docs/redaction", r'''
{"level":30,"time":1764885731000,"msg":"booking created","ref":"SL-25-0098812","route":"TAC-ORM","amount":650}
{"level":30,"time":1764885732000,"msg":"paymongo source","source_id":"src_@@sid@@","status":"pending"}
{"level":30,"time":1764885740000,"msg":"auth header","authorization":"[Redacted]"}
{"level":40,"time":1764885790000,"msg":"seat hold expired","voyage":"@@u@@","seat":"B02"}
{"level":30,"time":1764885801000,"msg":"paymongo webhook","type":"source.chargeable","signature":"[Redacted]"}
''', sid=mixed(24), u=uuid_s())

add("markdown/runbook-admin-token", "sakaylink/docs/runbook-manifest.md", "https://www.coastguard.gov.ph/", r'''
# Runbook: pag-export han manifest kun guba an admin UI

1. SSH ha bastion (`ssh ops@bastion.sakaylink.ph`)
2. Kuhaa an voyage id tikang ha `/v1/voyages`
3. I-download an CSV:

```
curl -H "Authorization: Bearer @@s@@" \
  "https://api.sakaylink.ph/admin/manifest/export?voyage=<ID>" -o manifest.csv
```

4. I-upload ha PCG portal antes 30 minutos han ETD.

Kun waray internet ha pantalan, i-print na la ngan ihatag ha PCG inspector.
''', mixed(40, "slk_adm_"))

add("markdown/decoy-runbook-vault", "sakaylink/docs/runbook-payments.md", "https://developers.paymongo.com/docs/webhooks", r'''
# Runbook: PayMongo webhook napakyas

- Tan-awa an dashboard: Developers > Webhooks > `https://api.sakaylink.ph/v1/pay/webhook`
- Kun "disabled", i-enable utro. An signing secret ada ha AWS Secrets Manager
  (`sakaylink/prod/api` > `paymongo_webhook_secret`). Kun bag-o an secret, i-update didto
  ngan i-restart an api: `kubectl -n sakaylink rollout restart deploy/api`.
- Ayaw i-paste an secret ha Slack o ha ticket.
- Example han header: `Paymongo-Signature: t=1764885731,te=<hmac>,li=`
''')

add("python/django-secret-key", "sakaylink/backoffice/backoffice/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Back office han SakayLink (ticketing clerks ha Tacloban, Ormoc, Liloan)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@s@@"

DEBUG = False
ALLOWED_HOSTS = ["office.sakaylink.ph"]

LANGUAGE_CODE = "en-ph"
TIME_ZONE = "Asia/Manila"
USE_TZ = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "backoffice",
        "HOST": "db.sakaylink.internal",
        "USER": "backoffice",
        "PASSWORD": "",  # ha ~/.pgpass
    }
}
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "sakaylink/backoffice/backoffice/settings_prod.py", "https://django-environ.readthedocs.io/en/latest/", r'''
import environ

from .settings import *  # noqa

env = environ.Env()
environ.Env.read_env("/etc/sakaylink/backoffice.env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
CSRF_TRUSTED_ORIGINS = ["https://office.sakaylink.ph"]
''')

add("pgpass/backoffice", "sakaylink/backoffice/deploy/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass han backoffice user (chmod 600)
# hostname:port:database:username:password
db.sakaylink.internal:5432:backoffice:backoffice:@@s@@
# reports: ginhahatag an password pinaagi han PGPASSWORD ha cron
db.sakaylink.internal:5432:reports:readonly:*
''', fakes.password(_seed()))

add("python/fb-messenger-bot", "sakaylink/chatbot/messenger_webhook.py", "https://developers.facebook.com/docs/messenger-platform/getting-started/quick-start", r'''
"""Messenger bot han SakayLink page: "Ano oras an biyahe pa-Ormoc?" -> schedule."""
from flask import Flask, request
import requests

app = Flask(__name__)
PAGE_ACCESS_TOKEN = "@@s@@"
VERIFY_TOKEN = "sakay-verify"


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == VERIFY_TOKEN:
        return request.args.get("hub.challenge")
    return "bawal", 403


@app.post("/webhook")
def incoming():
    for entry in request.json.get("entry", []):
        for ev in entry.get("messaging", []):
            reply(ev["sender"]["id"], "Maupay nga adlaw! An sunod nga biyahe pa-Ormoc: 06:30, 12:00, 17:30.")
    return "ok"


def reply(psid, text):
    requests.post("https://graph.facebook.com/v19.0/me/messages",
                  params={"access_token": PAGE_ACCESS_TOKEN},
                  json={"recipient": {"id": psid}, "message": {"text": text}}, timeout=10)
''', fb_page_token())

add("python/openai-faq", "sakaylink/chatbot/faq_llm.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
# Sagot ha FAQ (bagahe, pets, senior/PWD discount) - Waray, Tagalog, English
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = ("Ikaw an katabang han SakayLink. Sumabat ha Waray kun Waray an pamakiana, "
          "Tagalog kun Tagalog, English kun English. Ayaw pag-imbento hin schedule.")


def answer(question: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/decoy-openai-env", "sakaylink/chatbot/eval_faq.py", "https://platform.openai.com/docs/quickstart", r'''
"""Eval han FAQ bot. Kinahanglan an OPENAI_API_KEY ha imo shell (direnv)."""
import json
import os

from openai import OpenAI

assert os.environ.get("OPENAI_API_KEY"), "i-export anay an OPENAI_API_KEY"
client = OpenAI()

CASES = json.load(open("faq_cases.json"))
for case in CASES:
    print(case["q"], "->", case["expected"][:40])
''')

add("ts/anthropic-key", "sakaylink/chatbot/src/translate.ts", "https://docs.anthropic.com/en/api/getting-started", r'''
// Translation han advisories: English -> Waray / Cebuano / Tagalog
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({
  apiKey: '@@s@@', // TODO env
});

export async function translateAdvisory(text: string, lang: 'war' | 'ceb' | 'tl'): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    messages: [{ role: 'user', content: `Translate this ferry advisory to ${lang}, keep times and vessel names:\n${text}` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}
''', anthropic())

add("conf/wireguard", "sakaylink/infra/vpn/wg-liloan-office.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN han ticketing office ha Liloan port (Starlink) ngadto ha Tacloban HQ
[Interface]
PrivateKey = @@s@@
Address = 10.44.0.12/32
DNS = 10.44.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.sakaylink.ph:51820
AllowedIPs = 10.44.0.0/16
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-template", "sakaylink/infra/vpn/wg-template.conf", "https://www.wireguard.com/quickstart/", r'''
# Template para han bag-o nga office. I-generate an key ha device mismo:
#   wg genkey | tee privatekey | wg pubkey > publickey
[Interface]
PrivateKey = <output han wg genkey ha device>
Address = 10.44.0.X/32
DNS = 10.44.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.sakaylink.ph:51820
AllowedIPs = 10.44.0.0/16
''', pub=wg_key())

add("pem/openssh-deploy-key", "sakaylink/infra/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("pub/decoy-ssh-authorized", "sakaylink/infra/keys/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# ops team - bastion.sakaylink.ph
# ig-update pinaagi han ansible (roles/bastion); ayaw pag-edit ha server mismo
@@k1@@ kenneth@sakaylink
@@k2@@ mae@sakaylink
@@k3@@ ci-deployer@gitlab
''', k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub())

add("yaml/ansible-inline-key", "sakaylink/infra/ansible/roles/kiosk/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", r'''
---
# Kiosk PCs ha pantalan (Tacloban, Ormoc, Liloan) - key para mag-pull han updates
kiosk_user: kiosk
kiosk_repo: git@gitlab.com:sakaylink/kiosk.git
kiosk_deploy_key: |
  @@k@@
''', _k := fakes.fake_pem(_seed(), "RSA"), k=_k.replace("\n", "\n  "))

add("json/postman-env", "sakaylink/api/postman/SakayLink-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@u@@",
  "name": "SakayLink PROD",
  "values": [
    { "key": "baseUrl", "value": "https://api.sakaylink.ph/v1", "type": "default", "enabled": true },
    { "key": "adminToken", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "voyageId", "value": "8812", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-12-02T03:11:45.120Z",
  "_postman_exported_using": "Postman/11.20.0"
}
''', mixed(40, "slk_adm_"), u=uuid_s())

add("json/decoy-postman-env-empty", "sakaylink/api/postman/SakayLink-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@u@@",
  "name": "SakayLink LOCAL",
  "values": [
    { "key": "baseUrl", "value": "http://localhost:4000/v1", "type": "default", "enabled": true },
    { "key": "adminToken", "value": "", "type": "secret", "enabled": true },
    { "key": "voyageId", "value": "1", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.20.0"
}
''', u=uuid_s())

add("json/vscode-sqltools", "sakaylink/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "files.eol": "\n",
  "sqltools.connections": [
    {
      "name": "bookings (staging)",
      "driver": "PostgreSQL",
      "server": "staging-db.sakaylink.internal",
      "port": 5432,
      "database": "bookings",
      "username": "kenneth",
      "password": "@@s@@"
    }
  ]
}
''', fakes.password(_seed()))

add("json/decoy-vscode-ask", "sakaylink/backoffice/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "backoffice (local)",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "backoffice",
      "username": "postgres",
      "askForPassword": true
    }
  ]
}
''')

add("xml/jetbrains-datasource", "sakaylink/backoffice/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PY-241.15989.155">
    <data-source name="reports@db.sakaylink.internal" uuid="@@u@@">
      <database-info product="PostgreSQL" version="15.4" dbms="POSTGRES" exact-version="15.4" />
      <secret-storage>master_key</secret-storage>
      <user-name>readonly</user-name>
      <jdbc-url>jdbc:postgresql://db.sakaylink.internal:5432/reports?user=readonly&amp;password=@@s@@</jdbc-url>
      <schema-mapping />
    </data-source>
  </component>
</project>
''', fakes.password(_seed()), u=uuid_s())

add("gitcred/store", "sakaylink/ops/home/mae/.git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://mae-sakaylink:@@s@@@github.com
https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com
https://mae.gab%40sakaylink.ph@bitbucket.org
https://oauth2@gitlab.com
https://kiosk-readonly@gitea.sakaylink.internal
''', fakes.github_token(_seed()))

add("yaml/gh-actions-pat", "sakaylink/app/.github/workflows/release.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
name: Release Android
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: sakaylink/app-shared-assets
          path: assets-shared
          # fine-grained PAT ni Kenneth (read-only) - ig-rotate ha Enero
          token: @@s@@
      - uses: subosito/flutter-action@v2
        with: { flutter-version: "3.24.3" }
      - run: flutter build appbundle --release
''', fakes.github_fine_grained_token(_seed()))

add("yaml/decoy-gh-actions-token", "sakaylink/app/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication", r'''
name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with: { flutter-version: "3.24.3" }
      - run: flutter test --coverage
      - uses: actions/github-script@v7
        with:
          github-token: ${{ secrets.GITHUB_TOKEN }}
          script: |
            core.info('Tests passed - maupay!')
''')

add("ruby/fastlane-appfile", "sakaylink/ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QX4N2K9PL",
      issuer_id: "@@iss@@",
      key_content: "@@k@@",
      in_house: false
    )
    build_app(scheme: "SakayLink")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
''', fakes.fake_pem(_seed(), "EC").replace("\n", "\\n"), k="@@s@@", iss=uuid_s())

add("ruby/decoy-fastlane-env", "sakaylink/ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", r'''
app_identifier("ph.sakaylink.app")
apple_id(ENV["FASTLANE_APPLE_ID"])
itc_team_id("128840112")
team_id("Q7W3XK2M9A")

# An App Store Connect API key (.p8) ada ha CI secret APP_STORE_CONNECT_KEY_BASE64.
''')

add("chat/slack-export-token", "sakaylink/docs/slack-export/ops/2025-11-30.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {
    "type": "message",
    "user": "U05KENNETH",
    "text": "diin an Cloudflare token para han DNS? kinahanglan ko i-update an A record han api",
    "ts": "1764476401.002100"
  },
  {
    "type": "message",
    "user": "U05MAEGAB",
    "text": "ini, pero temporary la: `@@s@@` (Zone:DNS:Edit la)",
    "ts": "1764476522.002400"
  },
  {
    "type": "message",
    "user": "U05KENNETH",
    "text": "salamat! ig-revoke ko human",
    "ts": "1764476590.002600"
  }
]
''', cloudflare())

add("chat/decoy-slack-export-revoked", "sakaylink/docs/slack-export/ops/2025-12-01.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {
    "type": "message",
    "user": "U05KENNETH",
    "text": "Na-revoke ko na an Cloudflare token nga gin-paste kahapon. Bag-o nga token ada ha 1Password > SakayLink Ops.",
    "ts": "1764562801.000200"
  },
  {
    "type": "message",
    "user": "U05MAEGAB",
    "text": "ok. an audit log ID: @@u@@",
    "ts": "1764562900.000300"
  }
]
''', u=uuid_s())

add("terraform/cloudflare-provider", "sakaylink/infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r'''
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
  }
}

provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  content = "159.89.201.44"
  type    = "A"
  proxied = true
}
''', cloudflare())

add("terraform/decoy-do-provider", "sakaylink/infra/cluster/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
provider "digitalocean" {
  # token tikang ha DIGITALOCEAN_TOKEN env var
}

resource "digitalocean_kubernetes_cluster" "main" {
  name    = "sakaylink-sgp1"
  region  = "sgp1"
  version = "1.30.5-do.0"

  node_pool {
    name       = "pool-main"
    size       = "s-2vcpu-4gb"
    node_count = 3
  }
}
''')

add("python/datadog-key", "sakaylink/infra/monitoring/dd_events.py", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
"""Event ha Datadog kun may kanselado nga biyahe (para han dashboard han ops)."""
from datadog import initialize, api

initialize(api_key="@@s@@", api_host="https://api.ap1.datadoghq.com")


def voyage_cancelled(voyage, reason):
    api.Event.create(
        title=f"Kanselado: {voyage['vessel']} {voyage['route']}",
        text=f"Rason: {reason}",
        tags=["team:ops", f"route:{voyage['route']}"],
    )
''', datadog())

add("yaml/newrelic-agent", "sakaylink/api/newrelic.yml", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/", r'''
common: &default_settings
  app_name: SakayLink API
  # user key (para han deployment markers ha CI)
  api_key: @@s@@
  license_key: <%= ENV["NEW_RELIC_LICENSE_KEY"] %>
  log_level: info

production:
  <<: *default_settings
''', newrelic())

add("yaml/decoy-newrelic-env", "sakaylink/backoffice/newrelic.ini", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", r'''
[newrelic]
# license_key ginkukuha ha NEW_RELIC_LICENSE_KEY environment variable
app_name = SakayLink Backoffice
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.record_sql = obfuscated
''')

add("rust/google-oauth-secret", "sakaylink/agent-portal/src/auth.rs", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
//! Login han mga travel agent (Google Workspace han ila opisina)
use oauth2::{basic::BasicClient, AuthUrl, ClientId, ClientSecret, RedirectUrl, TokenUrl};

pub fn google_client() -> BasicClient {
    BasicClient::new(
        ClientId::new("804419227310-@@cid@@.apps.googleusercontent.com".to_string()),
        Some(ClientSecret::new("@@s@@".to_string())),
        AuthUrl::new("https://accounts.google.com/o/oauth2/v2/auth".to_string()).unwrap(),
        Some(TokenUrl::new("https://oauth2.googleapis.com/token".to_string()).unwrap()),
    )
    .set_redirect_uri(RedirectUrl::new("https://agents.sakaylink.ph/auth/callback".to_string()).unwrap())
}
''', google_oauth_secret(), cid=rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("rust/decoy-env-secret", "sakaylink/agent-portal/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
use std::env;

pub struct Config {
    pub database_url: String,
    pub google_client_secret: String,
    pub session_key: Vec<u8>,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL waray"),
            google_client_secret: env::var("GOOGLE_CLIENT_SECRET").expect("GOOGLE_CLIENT_SECRET waray"),
            session_key: hex::decode(env::var("SESSION_KEY_HEX").expect("SESSION_KEY_HEX waray")).unwrap(),
        }
    }
}
''')

add("toml/cargo-registry-token", "sakaylink/agent-portal/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r'''
# ~/.cargo/credentials.toml ni Kenneth (private registry ha GitLab)
[registries.sakaylink]
token = "Bearer @@s@@"

[registry]
token = ""
''', gitlab())

add("php/wp-config", "coop/website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Website sang kooperatiba (WordPress, shared hosting) */
define( 'DB_NAME', 'dungganon_wp' );
define( 'DB_USER', 'dungganon_wpuser' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'dg_';

define( 'WP_DEBUG', false );
define( 'WPLANG', 'en_PH' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "coop/website/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'wp_';
''')

add("htaccess/decoy-htpasswd", "coop/website/members/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
board:$apr1$@@s1@@$@@h1@@
auditor:$apr1$@@s2@@$@@h2@@
tess:$2y$10$@@h3@@
jun:$apr1$@@s4@@$@@h4@@
rudy:$apr1$@@s5@@$@@h5@@
''', s1=rnd(8, ALNUM), h1=rnd(22, ALNUM + "./"), s2=rnd(8, ALNUM), h2=rnd(22, ALNUM + "./"), h3=rnd(53, ALNUM + "./"),
    s4=rnd(8, ALNUM), h4=rnd(22, ALNUM + "./"), s5=rnd(8, ALNUM), h5=rnd(22, ALNUM + "./"))

add("markdown/board-minutes-note", "coop/docs/board/minutes_2025-11-15.md", "https://bitwarden.com/help/", r'''
# Minutes sang Board Meeting — Nov 15, 2025

Present: Chairman Lacson, Vice Chair Alunan, Sec. Tupas, Treas. Villanueva, IT (Rudy, Jun)

1. **Crop year 2025-2026 milling start**: Nov 20. Target 1.9 LKG/TC.
2. **Share payouts via GCash**: approved. Si Rudy ang mag-setup sang Xendit.
3. **IT**: ang bag-o nga email para sa board (board@dungganon-coop.ph) — password sa umpisa:
   `@@s@@` — ilisan sang kada miembro pagkatapos sang una nga login.
4. **Other matters**: Christmas party sa Dec 19 sa mill compound.

Adjourned 11:40 AM.
''', words_pw())

add("markdown/decoy-board-minutes", "coop/docs/board/minutes_2025-12-06.md", "https://bitwarden.com/help/", r'''
# Minutes sang Board Meeting — Dec 6, 2025

1. **Security**: Gin-report ni Rudy nga may password nga nasulat sa minutes sang Nov 15.
   Gin-ilisan na tanan, kag ang board email naka-2FA na. Wala na sang password sa minutes
   halin subong; ang temporary login ihatag sa personal.
2. **Payouts**: 412 ka mangunguma na ang nakabaton sang share paagi sa GCash.
   Xendit batch IDs: `disb-@@u1@@`, `disb-@@u2@@`.
3. **Audit**: Ang CDA audit sa Enero 12-16.
''', u1=uuid_s(), u2=uuid_s())

add("python/mailgun-statements", "coop/statements/send_statements.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/", r'''
"""Monthly statement sang share capital kag loans sang miembro (PDF attachment)."""
import requests

MAILGUN_DOMAIN = "mg.dungganon-coop.ph"
MAILGUN_KEY = "@@s@@"


def send(member, pdf_path):
    with open(pdf_path, "rb") as fh:
        return requests.post(
            f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            files=[("attachment", (f"statement-{member['id']}.pdf", fh.read()))],
            data={"from": "Dungganon SPMPC <statements@dungganon-coop.ph>",
                  "to": member["email"],
                  "subject": "Imo statement sang share capital",
                  "text": "Maayong adlaw! Ara ang imo statement para sa sini nga bulan."},
            timeout=60,
        )
''', mailgun())

add("r/odbc-password", "coop/analysis/rainfall_vs_yield.R", "https://solutions.posit.co/connections/db/best-practices/managing-credentials/", r'''
# Ulan (PAGASA Iloilo station) vs. tonelada sang tubo kada ektarya
library(DBI)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(),
                 host = "10.20.1.8", dbname = "canedw",
                 user = "analyst", password = "@@s@@")

yield <- dbGetQuery(con, "select crop_year, barangay, tc_per_ha from yield_summary")
rain <- read.csv("pagasa_iloilo_monthly.csv")
df <- merge(yield, rain, by = "crop_year")
ggplot(df, aes(rain_mm, tc_per_ha)) + geom_point() + geom_smooth(method = "lm")
dbDisconnect(con)
''', fakes.password(_seed()))

add("r/decoy-keyring", "coop/analysis/sugar_prices.R", "https://cran.r-project.org/package=keyring", r'''
# Presyo sang asukar (SRA millgate prices) - gamit keyring para sa password
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "10.20.1.8", dbname = "canedw", user = "analyst",
                 password = keyring::key_get("canedw", "analyst"))
prices <- dbGetQuery(con, "select week, raw_php_per_lkg from sra_millgate order by week")
plot(prices$week, prices$raw_php_per_lkg, type = "l", main = "Millgate raw sugar, PHP/LKg")
dbDisconnect(con)
''')

add("ini/rclone-s3", "coop/ops/rclone.conf", "https://rclone.org/s3/", r'''
[gdrive]
type = drive
scope = drive.file
root_folder_id = 1AbCwXy0dungganonBackups

[wasabi]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = s3.ap-southeast-1.wasabisys.com
''', rnd(40, ALNUM), kid=rnd(20, UPPER))

add("ini/decoy-s3cfg-empty", "coop/ops/s3cfg.template", "https://s3tools.org/kb/item14.htm", r'''
[default]
# Kopyaha sa ~/.s3cfg kag butangi sang imo kaugalingon nga key halin kay Rudy
access_key = YOUR_ACCESS_KEY
secret_key = YOUR_SECRET_KEY
host_base = s3.ap-southeast-1.wasabisys.com
host_bucket = %(bucket)s.s3.ap-southeast-1.wasabisys.com
use_https = True
''')

add("go/discord-webhook", "sakaylink/tools/weather-watch/main.go", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
// Ginbabantayan an PAGASA bulletin; kun may Signal No. 1 pataas ha Leyte/Samar,
// nagpapadara hin abiso ha Discord han crew.
package main

import (
	"bytes"
	"encoding/json"
	"net/http"
)

var crewWebhook = "@@s@@"

func notify(msg string) error {
	b, _ := json.Marshal(map[string]string{"content": msg})
	_, err := http.Post(crewWebhook, "application/json", bytes.NewReader(b))
	return err
}

func main() {
	_ = notify("🌀 Signal No. 2 ha Eastern Samar. Ig-kansela an 14:00 nga biyahe Guiuan-Homonhon.")
}
''', discord_webhook())

add("go/decoy-webhook-flag", "sakaylink/tools/weather-watch/config.go", "https://pkg.go.dev/flag", r'''
package main

import (
	"flag"
	"os"
)

var (
	pagasaURL = flag.String("pagasa", "https://bagong.pagasa.dost.gov.ph/tropical-cyclone/severe-weather-bulletin", "bulletin URL")
	interval  = flag.Duration("every", 0, "check interval")
)

// An Discord webhook ginkukuha ha environment (CREW_WEBHOOK_URL); waray default.
func webhookURL() string { return os.Getenv("CREW_WEBHOOK_URL") }
''')

add("java/xendit-callback-token", "sakaylink/payments-svc/src/main/java/ph/sakaylink/pay/XenditCallbackFilter.java", "https://docs.xendit.co/docs/handling-webhooks", r'''
package ph.sakaylink.pay;

import jakarta.servlet.*;
import jakarta.servlet.http.*;
import java.io.IOException;

/** Ginbabantayan kun tinuod nga tikang ha Xendit an callback (x-callback-token). */
public class XenditCallbackFilter implements Filter {
    // TODO(kenneth): igbalhin ha Secrets Manager
    private static final String CALLBACK_TOKEN = "@@s@@";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String token = ((HttpServletRequest) req).getHeader("x-callback-token");
        if (!CALLBACK_TOKEN.equals(token)) {
            ((HttpServletResponse) res).sendError(401, "Diri tikang ha Xendit");
            return;
        }
        chain.doFilter(req, res);
    }
}
''', mixed(48))

add("java/decoy-secrets-manager", "sakaylink/payments-svc/src/main/java/ph/sakaylink/pay/Secrets.java", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-java.html", r'''
package ph.sakaylink.pay;

import com.amazonaws.secretsmanager.caching.SecretCache;

/** Tanan nga secret tikang ha AWS Secrets Manager (sakaylink/prod/payments). */
public final class Secrets {
    private static final SecretCache CACHE = new SecretCache();
    private static final String ID = "arn:aws:secretsmanager:ap-southeast-1:204917733512:secret:sakaylink/prod/payments-Xq3Lm9";

    private Secrets() {}

    public static String json() {
        return CACHE.getSecretString(ID);
    }
}
''')

add("xml/maven-settings", "sakaylink/payments-svc/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
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

add("xml/decoy-maven-env", "sakaylink/payments-svc/ci/settings.xml", "https://docs.gitlab.com/ee/user/packages/maven_repository/", r'''
<settings>
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

add("kotlin/supabase-service-role", "sakaylink/android/app/src/main/java/ph/sakaylink/app/data/Supa.kt", "https://supabase.com/docs/guides/api/api-keys", r'''
package ph.sakaylink.app.data

import io.github.jan.supabase.createSupabaseClient
import io.github.jan.supabase.postgrest.Postgrest

// Ginamit ha "lost and found" ha barko. Sayop: service_role ini, diri anon!
object Supa {
    val client = createSupabaseClient(
        supabaseUrl = "https://qzkwbnyvhtlmcxdpra.supabase.co",
        supabaseKey = "@@s@@"
    ) {
        install(Postgrest)
    }
}
''', jwt_like('{"iss":"supabase","ref":"qzkwbnyvhtlmcxdpra","role":"service_role","iat":1733011200,"exp":2048587200}'))

add("kotlin/decoy-supabase-anon", "sakaylink/android/app/src/main/java/ph/sakaylink/app/data/SupaPublic.kt", "https://supabase.com/docs/guides/api/api-keys", r'''
package ph.sakaylink.app.data

import ph.sakaylink.app.BuildConfig

// Anon key la an ada ha app (RLS an nagbabantay); ginhahatag han BuildConfig tikang ha CI.
object SupaPublic {
    const val URL = "https://qzkwbnyvhtlmcxdpra.supabase.co"
    val anonKey: String get() = BuildConfig.SUPABASE_ANON_KEY
}
''')

add("swift/decoy-keychain", "sakaylink/ios/SakayLink/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r'''
import Foundation
import Security

/// An session token han pasahero ginbubutang ha Keychain, diri ha UserDefaults.
enum TokenStore {
    static let service = "ph.sakaylink.session"

    static func save(_ token: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
''')

add("swift/algolia-admin", "sakaylink/ios/Scripts/reindex_ports.swift", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
#!/usr/bin/env swift
// Reindex han listahan han pantalan (search ha app). Ig-run la ha Mac ni Mae.
import Foundation

let appID = "Q4ZT7PLM2X"
let adminKey = "@@s@@"   // admin key - ayaw ibutang ha app!

var req = URLRequest(url: URL(string: "https://\(appID).algolia.net/1/indexes/ports/batch")!)
req.httpMethod = "POST"
req.setValue(appID, forHTTPHeaderField: "X-Algolia-Application-Id")
req.setValue(adminKey, forHTTPHeaderField: "X-Algolia-API-Key")
req.httpBody = try! Data(contentsOf: URL(fileURLWithPath: "ports.json"))
let sem = DispatchSemaphore(value: 0)
URLSession.shared.dataTask(with: req) { _, _, _ in sem.signal() }.resume()
sem.wait()
''', hexs(32))

add("js/decoy-algolia-search-key", "sakaylink/web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// Search-only key (public, read-only, para han "Diin ka makadto?" nga search box)
import algoliasearch from 'algoliasearch/lite';

export const searchClient = algoliasearch('Q4ZT7PLM2X', import.meta.env.VITE_ALGOLIA_SEARCH_KEY);
export const portsIndex = searchClient.initIndex('ports');
''')

add("csharp/azure-storage", "sakaylink/kiosk/KioskSync/BlobUploader.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace KioskSync
{
    // Ig-upload an mga resibo tikang ha kiosk ha pantalan kada gab-i
    public static class BlobUploader
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=sakaylinkkiosk;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

        public static void Upload(string path)
        {
            var container = new BlobContainerClient(Conn, "receipts");
            container.GetBlobClient(System.IO.Path.GetFileName(path)).Upload(path, overwrite: true);
        }
    }
}
''', azure_key())

add("csharp/decoy-azure-managed-identity", "sakaylink/kiosk/KioskSync/BlobUploaderV2.cs", "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/identity-readme", r'''
using Azure.Identity;
using Azure.Storage.Blobs;

namespace KioskSync
{
    // V2: waray na AccountKey; DefaultAzureCredential (managed identity han kiosk VM)
    public static class BlobUploaderV2
    {
        private static readonly BlobServiceClient Service =
            new(new Uri("https://sakaylinkkiosk.blob.core.windows.net"), new DefaultAzureCredential());

        public static void Upload(string path) =>
            Service.GetBlobContainerClient("receipts").GetBlobClient(Path.GetFileName(path)).Upload(path, overwrite: true);
    }
}
''')

add("shell/history-curl-basic", "sakaylink/ops/home/kenneth/.zsh_history", "https://developers.paymongo.com/reference/retrieve-a-payment", r'''
: 1764720001:0;cd ~/sakaylink/api
: 1764720010:0;git pull
: 1764720055:0;npm run dev
: 1764720300:0;curl -s https://api.paymongo.com/v1/payments?limit=5 -u @@s@@: | jq '.data[].attributes.status'
: 1764720410:0;kubectl -n sakaylink get pods
: 1764720440:0;kubectl -n sakaylink logs deploy/api --tail=100
: 1764720501:0;git status
''', paymongo())

add("shell/decoy-history-env", "sakaylink/ops/home/mae/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
cd sakaylink/app
flutter pub get
flutter run -d emulator-5554
export PAYMONGO_SECRET_KEY=$(aws secretsmanager get-secret-value --secret-id sakaylink/staging/api --query SecretString --output text | jq -r .paymongo_secret)
curl -s https://api.paymongo.com/v1/payments?limit=5 -u "$PAYMONGO_SECRET_KEY:" | jq .
git log --oneline -5
''')

add("shell/aws-session-export", "sakaylink/ops/scripts/assume_prod.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
#!/usr/bin/env bash
# Gin-paste tikang ha "Command line or programmatic access" han SSO portal.
# Valid la hin 1 oras, pero ayaw gihapon i-commit. (na-commit na, ig-revoke na)
export AWS_ACCESS_KEY_ID="ASIA@@ak@@"
export AWS_SECRET_ACCESS_KEY="@@s@@"
export AWS_SESSION_TOKEN="@@tok@@"
export AWS_REGION=ap-southeast-1
aws sts get-caller-identity
''', fakes.aws_secret_key(_seed()), ak=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), tok=fakes.aws_session_token(_seed()))

add("shell/decoy-aws-sso-login", "sakaylink/ops/scripts/login.sh", "https://docs.aws.amazon.com/cli/latest/userguide/sso-using-profile.html", r'''
#!/usr/bin/env bash
# Login ha AWS pinaagi han SSO (waray long-lived keys)
set -euo pipefail
PROFILE=${1:-sakaylink-dev}
aws sso login --profile "$PROFILE"
aws sts get-caller-identity --profile "$PROFILE"
echo "Maupay! Logged in as $PROFILE"
''')

add("env/vite-leaked-server-key", "sakaylink/web/.env.production", "https://vite.dev/guide/env-and-mode", r'''
VITE_API_BASE=https://api.sakaylink.ph/v1
VITE_ALGOLIA_APP_ID=Q4ZT7PLM2X
VITE_PAYMONGO_PUBLIC_KEY=pk_live_@@pk@@
# para han admin export button (sayop ini, makikita ha bundle!)
VITE_ADMIN_TOKEN=@@s@@
''', mixed(40, "slk_adm_"), pk=fakes.drawn_mixed(_seed(), 24))

add("env/decoy-env-sample", "sakaylink/api/.env.sample", "https://github.com/motdotla/dotenv#usage", r'''
NODE_ENV=development
PORT=4000
DATABASE_URL=postgres://sakay:sakay@localhost:5432/sakaylink_dev
REDIS_URL=redis://localhost:6379/0
PAYMONGO_SECRET_KEY=sk_test_REPLACE_ME
PAYMONGO_WEBHOOK_SECRET=whsk_REPLACE_ME
SEMAPHORE_KEY=
SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy
ADMIN_TOKEN=dev-admin-token
''')

add("yaml/docker-compose-rabbit", "sakaylink/infra/compose/queue.yml", "https://hub.docker.com/_/rabbitmq", r'''
# Queue para han SMS, email, ngan push (workers)
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: sakay
      RABBITMQ_DEFAULT_PASS: "@@s@@"
    ports:
      - "5672:5672"
      - "15672:15672"
  worker:
    image: registry.gitlab.com/sakaylink/workers:2.3.1
    environment:
      AMQP_URL: amqp://sakay:@@s@@@rabbitmq:5672/
    depends_on: [rabbitmq]
''', fakes.password(_seed()))

add("yaml/decoy-compose-secrets", "sakaylink/infra/compose/db.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: sakay
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password
secrets:
  pg_password:
    file: ./secrets/pg_password.txt   # waray ha git (.gitignore)
''')

add("toml/pypirc-token", "sakaylink/manifest/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "sakaylink/manifest/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[project]
name = "sakaylink-manifest"
version = "0.4.1"
description = "Passenger manifest export para han PCG (CSV/PDF)"
authors = [{ name = "Kenneth Abuda", email = "kenneth@sakaylink.ph" }]
requires-python = ">=3.10"
dependencies = ["reportlab>=4.0", "python-dateutil"]

[project.urls]
Homepage = "https://gitlab.com/sakaylink/manifest"
''')

add("json/composer-auth", "coop/portal/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    }
}
''', fakes.github_token(_seed()))

add("json/decoy-composer-lock-hash", "coop/portal/composer.lock.excerpt.json", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", r'''
{
    "_readme": [
        "This file locks the dependencies of your project to a known state"
    ],
    "content-hash": "@@h1@@",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.9.2",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/guzzle/guzzle/zipball/@@h2@@",
                "reference": "@@h2@@",
                "shasum": ""
            }
        }
    ]
}
''', h1=hexs(32), h2=hexs(40))

add("markdown/readme-twilio", "sakaylink/ivr/README.md", "https://www.twilio.com/docs/voice/twiml", r'''
# SakayLink IVR (hotline han mga senior nga diri maaram mag-app)

Pag-tawag ha hotline, an IVR nagsasabi han schedule ha Waray/Tagalog.

## Setup ha local

```bash
export TWILIO_ACCOUNT_SID=AC@@sid@@
export TWILIO_AUTH_TOKEN=@@s@@
npm install && npm start
ngrok http 3000
```

Ibutang an ngrok URL ha Twilio console > Phone Numbers > +1 (628) 555-0142 > Voice webhook.
''', twilio_auth(), sid=hexs(32))

add("markdown/decoy-readme-env", "sakaylink/api/README.md", "https://github.com/motdotla/dotenv#usage", r'''
# SakayLink API

Booking, seat holds, payments (PayMongo), manifests.

## Pagsugod

1. `cp .env.sample .env` ngan butangi an mga value tikang ha 1Password (SakayLink Dev vault)
2. `docker compose -f infra/compose/db.yml up -d`
3. `npm ci && npm run dev`

An PayMongo test key (`sk_test_...`) para ha local la. An live key ada la ha
AWS Secrets Manager; waray sin-o nga developer an may kopya ha laptop.

Example request:

```
curl -H "Authorization: Bearer $ADMIN_TOKEN" http://localhost:4000/v1/voyages
```
''')

add("text/notes-paymaya", "sakaylink/docs/notes/maya-onboarding.txt", "https://developers.maya.ph/reference/authentication", r'''
Maya Business onboarding - notes ni Kenneth (Nov 2025)

- merchant name: SAKAYLINK TRAVEL SERVICES
- ginhatag han Maya account manager (si Ms. Pangilinan) an production keys ha email:
    public key:  pk-@@pk@@
    secret key:  @@s@@
- kinahanglan i-whitelist an webhook URL: https://api.sakaylink.ph/v1/pay/maya/webhook
- settlement: T+2 ngadto ha BPI Tacloban
- TODO: ibalhin ini ha Secrets Manager ngan panasa ini nga file
''', mixed(43, "sk-"), pk=fakes.drawn_mixed(_seed(), 43))

add("text/decoy-notes-gcash", "sakaylink/docs/notes/gcash-direct.txt", "https://developer.gcash.com/", r'''
GCash direct integration (A+ Rewards / GCash Pay) - status

- Gin-apply na ha GCash partner portal (ref no. GPP-2025-118830)
- Hulat pa han approval; 4-6 weeks kuno
- Kun approved, an client id/secret ihahatag ha portal la, ig-download ha 1Password
- Para yana, PayMongo anay an gamit para ha GCash
- Contact: partner-support@gcash.com
''')

add("yaml/spring-mail", "sakaylink/payments-svc/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", r'''
server:
  port: 8090
spring:
  application:
    name: payments-svc
  mail:
    host: smtp.office365.com
    port: 587
    username: finance@sakaylink.ph
    password: "@@s@@"
    properties:
      mail.smtp.starttls.enable: true
payments:
  settlement-report-to: accounting@sakaylink.ph
''', words_pw())

add("yaml/decoy-spring-vault", "sakaylink/payments-svc/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-cloud-vault/reference/", r'''
spring:
  config:
    import: vault://
  cloud:
    vault:
      uri: https://vault.sakaylink.internal:8200
      authentication: KUBERNETES
      kubernetes:
        role: payments-svc
      kv:
        backend: secret
        default-context: payments-svc
  mail:
    password: ${mail.password}
''')

add("hcl/vault-token-in-script", "sakaylink/infra/vault/bootstrap.sh", "https://developer.hashicorp.com/vault/docs/commands#vault_token", r'''
#!/usr/bin/env bash
# Bootstrap han Vault policies (ginpadalagan ha una nga setup, Nov 2025)
export VAULT_ADDR=https://vault.sakaylink.internal:8200
export VAULT_TOKEN=@@s@@

vault secrets enable -path=secret kv-v2
vault policy write payments-svc policies/payments-svc.hcl
vault auth enable kubernetes
vault write auth/kubernetes/role/payments-svc \
  bound_service_account_names=payments-svc bound_service_account_namespaces=sakaylink \
  policies=payments-svc ttl=1h
''', vault_tok())

add("hcl/decoy-vault-policy", "sakaylink/infra/vault/policies/payments-svc.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# payments-svc: basa la han iya kaugalingon nga secrets
path "secret/data/payments-svc" {
  capabilities = ["read"]
}

path "secret/data/payments-svc/*" {
  capabilities = ["read", "list"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
''')

add("python/linear-issues", "sakaylink/tools/bug_from_feedback.py", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api", r'''
"""Himo hin Linear issue tikang ha app feedback (1-star reviews)."""
import requests

LINEAR_KEY = "@@s@@"
TEAM_ID = "@@u@@"


def create_issue(title, body):
    q = """mutation($t:String!,$d:String!,$team:String!){
      issueCreate(input:{title:$t,description:$d,teamId:$team}){ success issue { identifier } } }"""
    r = requests.post("https://api.linear.app/graphql",
                      json={"query": q, "variables": {"t": title, "d": body, "team": TEAM_ID}},
                      headers={"Authorization": LINEAR_KEY}, timeout=20)
    return r.json()
''', linear(), u=uuid_s())

add("python/hf-token", "sakaylink/chatbot/train_waray_intent.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Fine-tune hin gutiay nga intent classifier (Waray/Tagalog/English) para han chatbot."""
from datasets import load_dataset
from huggingface_hub import login
from transformers import AutoModelForSequenceClassification, AutoTokenizer

login(token="@@s@@")  # write token, para ma-push an model

ds = load_dataset("sakaylink/faq-intents-war", split="train")
tok = AutoTokenizer.from_pretrained("xlm-roberta-base")
model = AutoModelForSequenceClassification.from_pretrained("xlm-roberta-base", num_labels=12)
# ... training loop ...
model.push_to_hub("sakaylink/intent-war-tl-en")
''', mixed(34, "hf_"))

add("python/decoy-hf-cli-login", "sakaylink/chatbot/push_model.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r'''
"""Push han model. Mag-`huggingface-cli login` anay (an token ginbubutang ha ~/.cache/huggingface)."""
from huggingface_hub import HfApi

api = HfApi()
api.upload_folder(folder_path="out/intent-war-tl-en", repo_id="sakaylink/intent-war-tl-en")
print("Na-push na. Revision:", api.model_info("sakaylink/intent-war-tl-en").sha)
''')

add("yaml/decoy-github-dependabot", "sakaylink/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  npm-sakaylink:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /api
    registries: [npm-sakaylink]
    schedule: { interval: weekly, day: monday, time: "06:00", timezone: Asia/Manila }
''')

add("sql/postgres-role", "sakaylink/db/migrations/V12__reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- V12: role para han Metabase (dashboard han sales kada ruta)
-- Tagalog note ni Joanna: palitan ang password pag na-setup na ang Metabase sa prod
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE bookings TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON bookings, voyages, routes, payments TO metabase_ro;
''', fakes.password(_seed()))

add("sql/decoy-scram-verifier", "sakaylink/db/dumps/roles_2025-12-01.sql", "https://www.postgresql.org/docs/current/auth-password.html", r'''
--
-- PostgreSQL database cluster dump (roles only) - Dec 1, 2025
--
CREATE ROLE api;
ALTER ROLE api WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:@@salt1@@$@@k1@@:@@k2@@';
CREATE ROLE metabase_ro;
ALTER ROLE metabase_ro WITH NOSUPERUSER INHERIT LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt2@@$@@k3@@:@@k4@@';
''', salt1=rnd(22, ALNUM + "+/") + "==", k1=rnd(43, ALNUM + "+/") + "=", k2=rnd(43, ALNUM + "+/") + "=",
    salt2=rnd(22, ALNUM + "+/") + "==", k3=rnd(43, ALNUM + "+/") + "=", k4=rnd(43, ALNUM + "+/") + "=")

add("yaml/metabase-env", "sakaylink/infra/compose/metabase.yml", "https://www.metabase.com/docs/latest/installation-and-operation/configuring-application-database", r'''
services:
  metabase:
    image: metabase/metabase:v0.51.4
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: @@s@@
      MB_DB_HOST: db.sakaylink.internal
      MB_SITE_LOCALE: en
      JAVA_TIMEZONE: Asia/Manila
''', words_pw())

add("js/dev-seed-admin", "sakaylink/api/scripts/create_admin.js", "https://www.npmjs.com/package/pg", r'''
// Paghimo han admin user ha PRODUCTION (ginpadalagan usa la, Oct 2025)
const { Client } = require('pg');
const bcrypt = require('bcryptjs');

(async () => {
  const client = new Client({ connectionString: 'postgresql://sakay_admin:@@s@@@db.sakaylink.internal:5432/bookings?sslmode=require' });
  await client.connect();
  const hash = await bcrypt.hash(process.argv[2], 12);
  await client.query('INSERT INTO staff (email, pw_hash, role) VALUES ($1, $2, $3)', ['kenneth@sakaylink.ph', hash, 'admin']);
  await client.end();
  console.log('Nahimo na an admin.');
})();
''', fakes.password(_seed()))

add("js/decoy-test-fixture", "sakaylink/api/test/fixtures/users.js", "https://jestjs.io/docs/manual-mocks", r'''
// Fake nga mga user para han Jest tests - diri tinuod, diri ginagamit ha bisan diin nga server
module.exports = [
  { email: 'test.pasahero@example.com', password: 'test-password-123', role: 'passenger' },
  { email: 'test.clerk@example.com', password: 'test-password-456', role: 'clerk' },
  { email: 'test.admin@example.com', password: 'test-password-789', role: 'admin' },
];
''')

add("php/decoy-laravel-hash-check", "coop/portal/app/Http/Controllers/Auth/PinController.php", "https://laravel.com/docs/11.x/hashing", r'''
<?php

namespace App\Http\Controllers\Auth;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;

// PIN login para sa mga mangunguma nga wala email (6 digits, gin-hash sa DB)
class PinController
{
    public function login(Request $request)
    {
        $planter = \App\Models\Planter::where('code', $request->input('code'))->firstOrFail();
        if (! Hash::check($request->input('pin'), $planter->pin_hash)) {
            return back()->withErrors(['pin' => 'Sala ang PIN. Tilawi liwat.']);
        }
        auth('planter')->login($planter);
        return redirect('/akon-share');
    }
}
''')

add("php/paymongo-coop-store", "coop/store/includes/paymongo.php", "https://developers.paymongo.com/docs/authentication", r'''
<?php
// Tindahan sang kooperatiba (muscovado kag fertilizer sa mga miembro) - GCash checkout
const PAYMONGO_SK = '@@s@@';

function create_checkout(array $items, string $ref): array {
    $payload = ['data' => ['attributes' => [
        'line_items' => $items,
        'payment_method_types' => ['gcash', 'paymaya'],
        'reference_number' => $ref,
        'success_url' => 'https://tindahan.dungganon-coop.ph/salamat',
    ]]];
    $ch = curl_init('https://api.paymongo.com/v1/checkout_sessions');
    curl_setopt($ch, CURLOPT_USERPWD, PAYMONGO_SK . ':');
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return json_decode(curl_exec($ch), true);
}
''', paymongo())

add("python/basic-auth-header", "coop/integrations/bank_statement_pull.py", "https://www.rfc-editor.org/rfc/rfc7617", r'''
"""Kuha sang statement halin sa Landbank corporate API (pilot). Para sa reconciliation."""
import requests

HEADERS = {
    # Basic base64(user:password) - gin-kopya ni Tess halin sa Postman
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}


def statements(account_no, date_from, date_to):
    r = requests.get("https://api-pilot.landbank.example/corp/v1/statements",
                     params={"account": account_no, "from": date_from, "to": date_to},
                     headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()["transactions"]
''', b64("dungganon.treasury:" + words_pw()))

add("python/decoy-uuid-ids", "coop/integrations/constants.py", "https://docs.python.org/3/library/uuid.html", r'''
"""Mga ID nga ginagamit sang integrations (indi sekreto - makita man sa dashboard)."""

XENDIT_BUSINESS_ID = "@@b@@"
SHEET_WEEKLY_REPORT = "1hQf3Zc0dG8p7wXkqYlM2nBv5rTsUa9eJiOo4PLxCmWE"
SEMAPHORE_SENDER_NAME = "DUNGGANON"
ODOO_COMPANY_ID = 1
MILL_CODE_SRA = "042"
CROP_YEAR = "2025-2026"
WEBHOOK_EVENT_IDS = ["@@u1@@", "@@u2@@"]
''', b=hexs(24), u1=uuid_s(), u2=uuid_s())

add("yaml/decoy-openapi-example", "sakaylink/api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", r'''
openapi: 3.0.3
info:
  title: SakayLink Booking API
  version: 2.3.1
servers:
  - url: https://api.sakaylink.ph/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Example: `Authorization: Bearer <your-agent-token>`"
security:
  - bearerAuth: []
paths:
  /voyages:
    get:
      summary: Listahan han biyahe
      parameters:
        - { name: route, in: query, schema: { type: string, example: TAC-ORM } }
      responses:
        "200": { description: OK }
''')

add("python/ftp-manifest-upload", "sakaylink/manifest/upload_marina.py", "https://docs.python.org/3/library/ftplib.html", r'''
"""Upload han daily manifest summary ngadto ha MARINA regional office (FTP, RO VIII)."""
from ftplib import FTP_TLS

HOST = "ftp.marina-ro8.example.ph"
USER = "sakaylink"
PASS = "@@s@@"


def upload(path):
    ftps = FTP_TLS(HOST)
    ftps.login(USER, PASS)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR incoming/{path.rsplit('/', 1)[-1]}", fh)
    ftps.quit()
''', words_pw())

add("arduino/mqtt-wifi", "coop/iot/syrup_tank_level/syrup_tank_level.ino", "https://pubsubclient.knolleary.net/api", r'''
// Level sang syrup tank (ultrasonic) -> MQTT sa control room
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "Dungganon-Plant";
const char* WIFI_PASS = "@@s@@";
const char* MQTT_HOST = "10.20.5.2";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("syrup-tank-1");  // broker sa plant LAN, wala auth
  long cm = readUltrasonicCm();
  mqtt.publish("mill/syrup/tank1/level_cm", String(cm).c_str());
  delay(5000);
}
''', words_pw())

add("conf/decoy-mosquitto-passwd", "coop/iot/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
plantiot:$7$101$@@a@@$@@b@@
grafana:$7$101$@@c@@$@@d@@
scada-bridge:$7$101$@@e@@$@@f@@
nodered:$7$101$@@g@@$@@h@@
backup:$7$101$@@i@@$@@j@@
''', a=rnd(16, ALNUM + "+/"), b=rnd(86, ALNUM + "+/") + "==", c=rnd(16, ALNUM + "+/"), d=rnd(86, ALNUM + "+/") + "==",
    e=rnd(16, ALNUM + "+/"), f=rnd(86, ALNUM + "+/") + "==", g=rnd(16, ALNUM + "+/"), h=rnd(86, ALNUM + "+/") + "==",
    i=rnd(16, ALNUM + "+/"), j=rnd(86, ALNUM + "+/") + "==")

add("ini/grafana-admin", "coop/iot/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", r'''
[server]
http_port = 3000
root_url = http://10.20.5.3:3000/

[security]
admin_user = admin
# gin-ilisan sang Nov 20 (umpisa sang milling)
admin_password = @@s@@

[auth.anonymous]
enabled = true
org_role = Viewer
''', words_pw())

add("ini/decoy-grafana-env", "coop/iot/grafana/grafana.prod.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", r'''
[server]
http_port = 3000

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = sqlite3
''')

add("json/node-red-flow-creds", "coop/iot/node-red/flows_cred_plain.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
{
    "mqtt-broker-plant": {
        "user": "nodered",
        "password": "@@s@@"
    },
    "telegram-bot-ops": {
        "token": ""
    },
    "_note": "Gin-export ni Jun nga wala credentialSecret. Dapat encrypted ini."
}
''', fakes.password(_seed()))

add("systemd/env-password", "coop/ops/systemd/scale-reader.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Dungganon truck scale reader (gate 2)
After=network-online.target mysql.service

[Service]
User=scale
WorkingDirectory=/opt/scale-reader
Environment=SCALE_DB_HOST=10.20.1.5
Environment=SCALE_DB_USER=timbangan
Environment=SCALE_DB_PASSWORD=@@s@@
ExecStart=/opt/scale-reader/.venv/bin/python scale_reader.py
Restart=always

[Install]
WantedBy=multi-user.target
''', words_pw())

add("systemd/decoy-envfile", "coop/ops/systemd/scale-reader.prod.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=Dungganon truck scale reader (gate 2)
After=network-online.target mysql.service

[Service]
User=scale
WorkingDirectory=/opt/scale-reader
EnvironmentFile=/etc/dungganon/scale.env
LoadCredential=db_password:/etc/dungganon/creds/scale_db_password
ExecStart=/opt/scale-reader/.venv/bin/python scale_reader.py
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("crontab/pg-password", "coop/ops/crontab.millsrv", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
# m h  dom mon dow   command
0 2 * * *  /opt/dungganon/backup_nightly.sh >> /var/log/backup.log 2>&1
30 5 * * 1-6  PGPASSWORD='@@s@@' psql -h 10.20.1.8 -U analyst canedw -c "refresh materialized view yield_summary"
*/5 * * * *  /opt/dungganon/check_scale.sh
0 18 * * 5  /opt/dungganon/payouts/run_friday.sh
''', fakes.password(_seed()))

add("bat/net-use-password", "coop/legacy/login_warehouse.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", r'''
@echo off
REM Login script sang warehouse PCs (daan, Windows 7 pa ang iban)
REM Quedan share kag printer sang scale tickets
net use Q: \\MILLSRV\quedan /user:MILLSRV\warehouse @@s@@ /persistent:yes
net use LPT1 \\MILLSRV\EPSON-LX310 /persistent:yes
echo Konektado na ang Q: kag printer.
''', words_pw())

add("ruby/rails-db-yml", "sakaylink/agent-legacy/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
# Daan nga portal han mga travel agent (Rails 6) - pa-retire na ha Marso
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: agents_dev

production:
  <<: *default
  host: db.sakaylink.internal
  database: agents
  username: agents_app
  password: @@s@@
''', fakes.password(_seed()))

add("ruby/decoy-rails-storage-creds", "sakaylink/agent-legacy/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r'''
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

# Mga ID han agent (scan han business permit) - keys tikang ha encrypted credentials
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-southeast-1
  bucket: sakaylink-agent-docs
''')

add("pem/rsa-sra-client", "coop/integrations/sra/dungganon-mill.key", "https://www.openssl.org/docs/man3.0/man1/openssl-req.html", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-sra-cert", "coop/integrations/sra/dungganon-mill.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIDtTCCAp2gAwIBAgIUQ@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
-----END CERTIFICATE-----
''', a=rnd(48, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(64, ALNUM + "+/"), d=rnd(64, ALNUM + "+/"), e=rnd(40, ALNUM + "+/") + "==")

add("yaml/k8s-secret-stringdata", "sakaylink/infra/k8s/workers-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret", r'''
apiVersion: v1
kind: Secret
metadata:
  name: workers
  namespace: sakaylink
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@s@@"
  AMQP_URL: "amqp://sakay@rabbitmq:5672/"
''', sendgrid())

add("yaml/decoy-k8s-secret-ref", "sakaylink/infra/k8s/workers-deploy.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: workers
  namespace: sakaylink
spec:
  replicas: 2
  selector: { matchLabels: { app: workers } }
  template:
    metadata: { labels: { app: workers } }
    spec:
      containers:
        - name: workers
          image: registry.gitlab.com/sakaylink/workers:2.3.1
          envFrom:
            - secretRef: { name: workers }
          env:
            - name: TZ
              value: Asia/Manila
''')

add("python/slack-bot-token", "sakaylink/tools/daily_sales_digest.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Digest han sales kada adlaw ngadto ha #sales (06:00)."""
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def post_digest(rows):
    lines = [f"• {r['route']}: {r['pax']} pax, ₱{r['gross']:,.2f}" for r in rows]
    client.chat_postMessage(channel="#sales",
                            text="*Benta kahapon*\n" + "\n".join(lines))
''', slack_bot())

add("python/maps-geocode-key", "sakaylink/tools/geocode_terminals.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", r'''
# Geocode han mga terminal ngan pantalan para han "pinakahirani nga pantalan"
import googlemaps

gmaps = googlemaps.Client(key="@@s@@")

TERMINALS = ["Tacloban City Port", "Ormoc City Port", "Liloan Port, Southern Leyte",
             "San Isidro Port, Northern Samar", "Guiuan Port, Eastern Samar"]

for name in TERMINALS:
    g = gmaps.geocode(name + ", Philippines")[0]["geometry"]["location"]
    print(f"{name}\t{g['lat']:.6f}\t{g['lng']:.6f}")
''', google_api())

add("kotlin/ktor-jwt-secret", "sakaylink/seat-svc/src/main/kotlin/ph/sakaylink/seat/Auth.kt", "https://ktor.io/docs/server-jwt.html", r'''
package ph.sakaylink.seat

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

// HMAC secret han JWT (pareho han ha api). Ig-move ha env!
private const val JWT_SECRET = "@@s@@"

fun Application.configureAuth() {
    install(Authentication) {
        jwt("clerk") {
            verifier(JWT.require(Algorithm.HMAC256(JWT_SECRET)).withIssuer("sakaylink").build())
            validate { cred -> if (cred.payload.getClaim("role").asString() == "clerk") JWTPrincipal(cred.payload) else null }
        }
    }
}
''', hexs(64))

add("kotlin/decoy-jwt-env", "sakaylink/seat-svc/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", r'''
ktor {
  deployment { port = 8088 }
  application { modules = [ ph.sakaylink.seat.ApplicationKt.module ] }
}
jwt {
  secret = ${JWT_SECRET}
  issuer = "sakaylink"
  audience = "seat-svc"
}
''')

add("elixir/runtime-config", "sakaylink/realtime/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# Realtime seat map (Phoenix channels) para han kiosk ngan app
if config_env() == :prod do
  config :realtime, RealtimeWeb.Endpoint,
    url: [host: "rt.sakaylink.ph", port: 443, scheme: "https"],
    http: [port: 4001],
    # TODO - System.fetch_env!("SECRET_KEY_BASE")
    secret_key_base: "@@s@@"

  config :realtime, Realtime.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: 10
end
''', rnd(64, ALNUM + "+/"))

add("text/pip-conf-token", "sakaylink/manifest/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
# private nga index (GitLab package registry han sakaylink)
extra-index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/51233087/packages/pypi/simple
trusted-host = gitlab.com
''', gitlab())

add("xml/nuget-cleartext", "sakaylink/kiosk/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="sakaylink" value="https://gitlab.com/api/v4/projects/51233090/packages/nuget/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <sakaylink>
      <add key="Username" value="kiosk-build" />
      <add key="ClearTextPassword" value="@@s@@" />
    </sakaylink>
  </packageSourceCredentials>
</configuration>
''', gitlab())

add("gradle/properties-token", "sakaylink/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r'''
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# para ma-download an Mapbox SDK (secret token, downloads:read)
MAPBOX_DOWNLOADS_TOKEN=@@s@@
''', mapbox_secret())

add("csv/accounts-sheet", "sakaylink/docs/handover/accounts_export.csv", "https://support.google.com/docs/answer/40608", r'''
service,url,username,password,owner,notes
Semaphore,https://semaphore.co,ops@sakaylink.ph,(1Password),Kenneth,SMS OTP
SendGrid,https://app.sendgrid.com,ops@sakaylink.ph,(1Password),Kenneth,2FA on
MARINA RO8 FTP,ftp.marina-ro8.example.ph,sakaylink,@@s@@,Joanna,manifest summary - wala pa sa 1Password
Starlink Liloan,https://starlink.com,liloan@sakaylink.ph,(1Password),Mae,
PLDT Tacloban,https://my.pldthome.com,hq@sakaylink.ph,(1Password),Joanna,
''', words_pw())

add("markdown/handover-tagalog", "sakaylink/docs/handover/joanna_turnover.md", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
# Turnover notes ni Joanna (lilipat na ako sa Cebu office)

Hi Kenneth! Eto yung mga hawak ko:

- **Metabase** — admin account ko, ilipat mo na lang sa iyo.
- **GitLab runner ng kiosk** — naka-register gamit ang personal token ko:
  `@@s@@` — paki-revoke pagkatapos mong mag-register ng bago.
- **MARINA FTP** — nasa accounts_export.csv (alam ko, dapat nasa 1Password na).
- **PCG Tacloban** — contact si Lt. Abrenica, 0917 555 0193.

Salamat sa lahat! Ingat kayo diyan sa Tacloban. 🙏
''', gitlab())

add("markdown/decoy-handover-done", "sakaylink/docs/handover/kenneth_checklist.md", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html#revoke-a-personal-access-token", r'''
# Checklist pagkatapos han turnover ni Joanna

- [x] Gin-revoke an personal token ni Joanna ha GitLab (Dec 3)
- [x] Bag-o nga runner token para han kiosk, ginbutang ha 1Password > SakayLink Ops
- [x] MARINA FTP password gin-ilisan; an daan waray na gumagana
- [x] Metabase admin gin-transfer
- [ ] Panasa an accounts_export.csv ha git history (BFG)

Runner id: 31877204, tags: kiosk, windows
''')

add("python/teams-webhook", "coop/alerts/cane_quality_alert.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
"""Alerto sa Teams channel sang Cane Quality kon ang Pol% kag Brix ubos sa standard."""
import requests

WEBHOOK = "@@s@@"


def alert(truck, pol, brix):
    if pol < 12.0 or brix < 18.0:
        requests.post(WEBHOOK, json={"text": f"⚠️ Truck {truck}: Pol {pol:.2f}%, Brix {brix:.1f} - ubos sa standard, i-hold anay."}, timeout=10)
''', f"https://dungganoncoop.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
    f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")

add("shell/git-remote-token", "coop/ops/setup_portal_server.sh", "https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls", r'''
#!/usr/bin/env bash
# Setup sang bag-o nga portal server (Ubuntu 24.04) - ginpadalagan ni Jun
set -e
apt-get update && apt-get install -y nginx php8.3-fpm php8.3-mysql composer unzip
cd /var/www
git clone https://jun-belleza:@@s@@@github.com/dungganon-coop/planters-portal.git portal
cd portal
composer install --no-dev
cp .env.example .env && php artisan key:generate
chown -R www-data:www-data storage bootstrap/cache
systemctl reload nginx
''', fakes.github_token(_seed()))

add("dart/dio-basic-auth", "sakaylink/app/lib/services/agent_api.dart", "https://pub.dev/packages/dio", r'''
import 'package:dio/dio.dart';

/// API han mga partner nga shipping line (para makita an available nga cabin).
/// Gin-hatag han Cokaliong/Roble IT an credentials ha email. TODO: backend proxy.
final Dio partnerApi = Dio(BaseOptions(
  baseUrl: 'https://partners.example-shipping.ph/api/v2',
  headers: {
    'Authorization': 'Basic @@s@@',
  },
  connectTimeout: const Duration(seconds: 15),
));

Future<List<dynamic>> cabins(String voyageCode) async {
  final res = await partnerApi.get('/voyages/$voyageCode/cabins');
  return res.data['cabins'] as List<dynamic>;
}
''', b64("sakaylink:" + fakes.password(_seed())))

add("ipynb/aws-keys-boto", "sakaylink/analytics/ridership_forecast.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Forecast han pasahero (Pasko ngan Sto. Niño fiesta)\n", "Data tikang ha S3 export han bookings."]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', region_name='ap-southeast-1',\n",
    "                  aws_access_key_id='@@kid@@',\n",
    "                  aws_secret_access_key='@@s@@')\n",
    "obj = s3.get_object(Bucket='sakaylink-exports', Key='bookings/2025/11.parquet')\n",
    "df = pd.read_parquet(obj['Body'])"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("eml/api-key-partner", "sakaylink/docs/mail/partner_api_credentials.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: IT Partnerships <it-partners@example-shipping.ph>
To: kenneth@sakaylink.ph
Subject: RE: API access para sa SakayLink (production)
Date: Thu, 27 Nov 2025 14:22:05 +0800
Content-Type: text/plain; charset=UTF-8

Hi Kenneth,

Approved na po ang production access ninyo sa aming booking API.

  Partner ID: SKL-0042
  API key:    @@s@@

Rate limit: 60 requests/min. Paki-IP whitelist po ang outbound IP ng server ninyo.

Salamat po,
IT Partnerships
''', mixed(48, "pk_live_part_"))

add("eml/decoy-invoice-mail", "sakaylink/docs/mail/paymongo_invoice.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: PayMongo Billing <billing@paymongo.com>
To: finance@sakaylink.ph
Subject: Your PayMongo settlement report for 2025-12-05
Date: Sat, 6 Dec 2025 08:00:12 +0800
Content-Type: text/plain; charset=UTF-8

Hello SakayLink Travel Services,

Your settlement report is ready. Settlement ID: stl_@@sid@@
Total settled: PHP 412,880.50 (1,203 transactions)
Download from your dashboard: https://dashboard.paymongo.com/settlements

This is an automated message.
''', sid=mixed(24))

add("ts/nodemailer-gmail", "sakaylink/api/src/notify/mailer.ts", "https://nodemailer.com/usage/using-gmail/", r'''
import nodemailer from 'nodemailer';

// Fallback kun down an SendGrid (Gmail app password han ops@)
export const fallbackTransport = nodemailer.createTransport({
  service: 'gmail',
  auth: {
    user: 'ops@sakaylink.ph',
    pass: '@@s@@',
  },
});

export async function sendFallback(to: string, subject: string, html: string) {
  return fallbackTransport.sendMail({ from: 'SakayLink <ops@sakaylink.ph>', to, subject, html });
}
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("yaml/decoy-prometheus-basic-file", "sakaylink/infra/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: api
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/api_metrics_password
    static_configs:
      - targets: ["api.sakaylink.internal:4000"]
  - job_name: kiosk-liloan
    static_configs:
      - targets: ["10.44.0.12:9182"]
''')

add("yaml/prometheus-basic-inline", "coop/iot/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: boiler-plc-exporter
    static_configs:
      - targets: ["10.20.5.10:9100"]
  - job_name: portal
    scheme: https
    basic_auth:
      username: metrics
      password: "@@s@@"
    static_configs:
      - targets: ["portal.dungganon-coop.ph"]
''', fakes.password(_seed()))

add("gs/apps-script-semaphore", "coop/sheets/QuedanNotice.gs", "https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app", r'''
/**
 * Google Sheet sang cane office: kon i-tsek ang "Ready" nga column,
 * magpadala sang SMS sa mangunguma nga ara na ang iya quedan.
 */
var SEMAPHORE_APIKEY = '@@s@@';

function onEditReady(e) {
  var sheet = e.range.getSheet();
  if (sheet.getName() !== 'Quedan' || e.range.getColumn() !== 9 || e.value !== 'TRUE') return;
  var row = sheet.getRange(e.range.getRow(), 1, 1, 8).getValues()[0];
  var msg = 'DUNGGANON: Maayong adlaw ' + row[1] + '! Ara na ang quedan mo (' + row[5] + ' LKg). Kuhaa sa cane office.';
  UrlFetchApp.fetch('https://api.semaphore.co/api/v4/messages', {
    method: 'post',
    payload: { apikey: SEMAPHORE_APIKEY, number: row[3], message: msg, sendername: 'DUNGGANON' }
  });
}
''', semaphore())

add("gs/decoy-apps-script-props", "coop/sheets/PayoutSummary.gs", "https://developers.google.com/apps-script/guides/properties", r'''
/**
 * Summary sang payouts halin sa Xendit. Ang key ara sa Script Properties
 * (Project Settings > Script properties > XENDIT_KEY), indi diri sa code.
 */
function fetchDisbursements() {
  var key = PropertiesService.getScriptProperties().getProperty('XENDIT_KEY');
  var res = UrlFetchApp.fetch('https://api.xendit.co/disbursements?limit=50', {
    headers: { Authorization: 'Basic ' + Utilities.base64Encode(key + ':') }
  });
  return JSON.parse(res.getContentText());
}
''')

add("vba/excel-macro-odbc", "coop/legacy/CaneReports/Module1.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/open-a-connection-to-an-odbc-data-source", r'''
Attribute VB_Name = "Module1"
' Macro sang Excel report sang deliveries kada semana (ginagamit ni Ma'am Tess)
Sub KuhaDeliveries()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 ANSI Driver};Server=10.20.1.5;Database=cane_delivery;User=reporting;Password=@@s@@;"
    Set rs = cn.Execute("SELECT ticket_no, planter_id, net_kg, delivered_at FROM deliveries WHERE YEARWEEK(delivered_at) = YEARWEEK(NOW())")
    Sheets("Semana").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
    MsgBox "Tapos na! Na-update ang deliveries sang sini nga semana."
End Sub
''', words_pw())

add("json/messenger-export-password", "sakaylink/docs/chat/messenger_ops_gc.json", "https://www.facebook.com/help/212802592074644", r'''
{
  "participants": [{"name": "Mae Gabane"}, {"name": "Rolando Cinco"}],
  "messages": [
    {"sender_name": "Rolando Cinco", "timestamp_ms": 1764633600000, "content": "Mae, waray ko kasulod ha kiosk han Ormoc, nakalimot ak han password"},
    {"sender_name": "Mae Gabane", "timestamp_ms": 1764633720000, "content": "an kiosk admin: kioskadmin / @@s@@ . ayaw la ipakita ha iba ha"},
    {"sender_name": "Rolando Cinco", "timestamp_ms": 1764633800000, "content": "salamat gid Mae! nakasulod na"},
    {"sender_name": "Mae Gabane", "timestamp_ms": 1764633900000, "content": "sige, ig-ilis ko ini ha Lunes"}
  ],
  "title": "SakayLink Ops GC",
  "thread_path": "inbox/sakaylinkopsgc_8812"
}
''', words_pw())

add("config/web-config-sql", "sakaylink/kiosk/KioskWeb/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Local nga SQL Express ha kiosk PC (offline mode kun waray internet ha pantalan) -->
    <add name="KioskDb" connectionString="Data Source=.\SQLEXPRESS;Initial Catalog=KioskOffline;User ID=kiosk;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="TerminalCode" value="ORM" />
    <add key="SyncIntervalMinutes" value="5" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', fakes.password(_seed()))

add("go/mongo-uri", "sakaylink/tools/loyalty/main.go", "https://www.mongodb.com/docs/drivers/go/current/fundamentals/connections/connection-guide/", r'''
// Suki points (loyalty) - batch job kada bulan
package main

import (
	"context"
	"log"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const uri = "mongodb+srv://loyalty_job:@@s@@@prod-sgp.x8k2q.mongodb.net/?retryWrites=true&w=majority"

func main() {
	client, err := mongo.Connect(context.Background(), options.Client().ApplyURI(uri))
	if err != nil {
		log.Fatal(err)
	}
	defer client.Disconnect(context.Background())
	log.Println("konektado na ha Atlas")
}
''', fakes.password(_seed()))

add("text/notes-hiligaynon-prose", "coop/it-notes/para_kay_jun.txt", "https://semaphore.co/docs", r'''
Jun,

Samtang naka-leave ako (Dec 8-12), ikaw anay ang bahala sa SMS sang quedan.
Kon mag-error ang portal, ang Semaphore account login: ops@dungganon-coop.ph
kag ang password: @@s@@

Tan-awa man ang credits kada aga (dapat labaw sa 2,000). Kon kulang, i-top up
paagi sa GCash sa dashboard. Indi pag-kalimti i-check ang scale PC sa gate 2.

- Rudy
''', words_pw())

_sp = fakes.password(_seed())
add("csharp/split-connection-string", "sakaylink/kiosk/KioskSync/Db.cs", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r'''
namespace KioskSync
{
    // Central DB ha Tacloban HQ (pinaagi han VPN)
    internal static class Db
    {
        internal const string Central =
            "Server=10.44.0.1;Database=SakayCentral;User Id=kiosk_sync;" +
            "Password=@@a@@" +
            "@@b@@;Encrypt=True;TrustServerCertificate=True";
    }
}
''', _sp, a=_sp[:9], b=_sp[9:])

add("markdown/decoy-aws-docs-example", "sakaylink/docs/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# AWS setup para han bag-o nga developer

Ayaw paghimo hin IAM user. Gamita an SSO:

```
aws configure sso --profile sakaylink-dev
```

An format han `~/.aws/credentials` (tikang ha AWS docs; example la ini, diri amon):

```
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Kun may nakita ka nga tinuod nga key ha repo, sumat dayon ha #security.
''')

add("yaml/decoy-github-oidc", "coop/infra/.github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: Terraform (offsite backups)
on:
  push:
    branches: [main]
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::731942068215:role/gha-terraform
          aws-region: ap-southeast-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra init && terraform -chdir=infra plan
''')
