"""Blind set GW: mobile phone and electronics repair shops.

Repair ticketing and parts ordering, device diagnostics tools, IMEI/blacklist check APIs, buy-back
and trade-in marketplaces, courier mail-in labels, POS and card payments, customer SMS and e-mail,
and the shops' office IT (NAS, CCTV, Wi-Fi, VPN, directory, CI), with their decoys.
Generated fakes only (seeds 2510000-2519999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import struct
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 2510000, 2519999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-gw/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- value helpers (all seeded)

WORDS = ["Solder", "Bezel", "Flex", "Pentalobe", "Digitizer", "Gasket", "Ribbon", "Torx", "Spudger",
         "Capacitor", "Harbour", "Quartz", "Lantern", "Falcon", "Copper", "Meadow", "Orchard", "Pylon"]
LOWER = ["battery", "hinge", "screen", "charger", "logic", "board", "camera", "speaker", "antenna",
         "socket", "magnet", "tweezer", "heatgun", "suction", "adhesive", "stencil"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uhex(n: int) -> str:
    return fakes.drawn(_seed(), n, UHEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def uuid4() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def imei(tac: Optional[str] = None) -> str:
    """A 15-digit IMEI with a valid Luhn check digit (a device id, never a credential)."""
    r = _rng()
    body = (tac or "35" + "".join(r.choice(string.digits) for _ in range(6))) + "".join(r.choice(string.digits) for _ in range(6))
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def serial_apple() -> str:
    return fakes.drawn(_seed(), 10, string.ascii_uppercase.replace("O", "").replace("I", "") + string.digits)


def wrap64(text: str) -> str:
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def pem(label: str, der: bytes) -> str:
    return f"-----BEGIN {label}-----\n{wrap64(base64.b64encode(der).decode())}\n-----END {label}-----"


def rsa_pkcs1_pem() -> str:
    return pem("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100") + rbytes(1180))


def rsa_pkcs8_pem() -> str:
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    return pem("PRIVATE KEY", head + rbytes(1180))


def ec_p8_pem() -> str:
    """The shape of an App Store Connect / APNs .p8 key (PKCS#8, P-256)."""
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420") + rbytes(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(64))
    return pem("PRIVATE KEY", der)


def _ssh_string(raw: bytes) -> bytes:
    return struct.pack(">I", len(raw)) + raw


def openssh_ed25519_pem(comment: str) -> str:
    pub, priv_seed, check = rbytes(32), rbytes(32), rbytes(4)
    pub_blob = _ssh_string(b"ssh-ed25519") + _ssh_string(pub)
    private = (check + check + _ssh_string(b"ssh-ed25519") + _ssh_string(pub) + _ssh_string(priv_seed + pub)
               + _ssh_string(comment.encode()))
    private += bytes(range(1, 1 + (8 - len(private) % 8) % 8))
    blob = (b"openssh-key-v1\x00" + _ssh_string(b"none") + _ssh_string(b"none") + _ssh_string(b"")
            + struct.pack(">I", 1) + _ssh_string(pub_blob) + _ssh_string(private))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(
        base64.b64encode(blob).decode()[i:i + 70] for i in range(0, len(base64.b64encode(blob)), 70)) + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_ed25519_pub(comment: str) -> str:
    return "ssh-ed25519 " + base64.b64encode(_ssh_string(b"ssh-ed25519") + _ssh_string(rbytes(32))).decode() + " " + comment


def cert_pem() -> str:
    return pem("CERTIFICATE", bytes.fromhex("308203") + rbytes(2) + bytes.fromhex("308202") + rbytes(700))


def wg_key() -> str:
    return base64.b64encode(rbytes(32)).decode()


def jwt_like(header: dict, payload: dict, sig_len: int = 43) -> str:
    head = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(sig_len, URLSAFE)}"


# vendor shapes ------------------------------------------------------------------------------

def stripe_key(prefix: str = "sk_live_", long: bool = False) -> str:
    return fakes.fake(prefix + ("51" if long else ""), 97 if long else 24, _seed())


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def slack_webhook_tail() -> str:
    return draw(24)


def discord_hook() -> str:
    return draw(68, URLSAFE)


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url_nopad(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode())
    return f"{prefix}.{payload}.{draw(22, URLSAFE)}"


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def ebay_cert_id() -> str:
    return f"PRD-{hexs(12)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(4)}"


def ebay_app_id(shop: str) -> str:
    return f"{shop}-PRD-{hexs(9)}-{hexs(8)}"


def sha256() -> str:
    return hexs(64)


def sha1() -> str:
    return hexs(40)


# ================================================================ repair ticketing, shop backend

add("env/repairshopr-api-key", "fixbench/.env.production",
    "https://repair.uservoice.com/knowledgebase/articles/376312-repairshopr-rest-api-build-custom-extensions-app", """
# FixBench sync worker - production
APP_ENV=production
LOG_LEVEL=info
TZ=Europe/London

# RepairShopr (subdomain: voltfix)
REPAIRSHOPR_SUBDOMAIN=voltfix
REPAIRSHOPR_API_KEY=@@secret@@
REPAIRSHOPR_POLL_SECONDS=90

# Postgres lives in the compose stack; password comes from a docker secret
DATABASE_HOST=db
DATABASE_NAME=fixbench
DATABASE_USER=fixbench
DATABASE_PASSWORD_FILE=/run/secrets/db_password

SENTRY_ENVIRONMENT=production
FEATURE_PARTS_AUTO_REORDER=true
""", "T" + hexs(16) + "-" + hexs(32))

add("python/repairdesk-api-key", "integrations/repairdesk/client.py",
    "https://api-docs.repairdesk.co/ (api_key query parameter)", '''
"""Thin client for the RepairDesk public API (tickets, customers, inventory)."""
from __future__ import annotations

import logging
from typing import Any, Dict, Iterator, Optional

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://api.repairdesk.co/api/web/v1"
API_KEY = "@@secret@@"  # Store settings > API. TODO: move to env before go-live
TIMEOUT = 20


class RepairDeskClient:
    def __init__(self, api_key: str = API_KEY, session: Optional[requests.Session] = None) -> None:
        self.api_key = api_key
        self.session = session or requests.Session()

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        params["api_key"] = self.api_key
        resp = self.session.get(f"{BASE_URL}/{path}", params=params, timeout=TIMEOUT)
        resp.raise_for_status()
        body = resp.json()
        if not body.get("success", True):
            raise RuntimeError(body.get("message", "RepairDesk error"))
        return body["data"]

    def tickets(self, status: Optional[str] = None) -> Iterator[Dict[str, Any]]:
        page = 0
        while True:
            data = self._get("tickets", page=page, status=status or "")
            rows = data.get("ticketData", [])
            if not rows:
                return
            log.debug("repairdesk page %s: %s tickets", page, len(rows))
            yield from rows
            page += 1

    def ticket(self, ticket_id: str) -> Dict[str, Any]:
        return self._get(f"tickets/{ticket_id}")
''', draw(40))

add("typescript/repairshopr-api-key", "src/lib/repairshopr.ts",
    "https://api-docs.repairshopr.com/ (Authorization: Bearer API token)", """
import axios, { AxiosInstance } from "axios";

export interface RsTicket {
  id: number;
  number: number;
  subject: string;
  status: string;
  customer_id: number;
  problem_type: string;
}

const SUBDOMAIN = process.env.RS_SUBDOMAIN ?? "pocketmedic";
// fallback so the kiosk keeps working if the env is missing on the till PC
const RS_TOKEN = process.env.RS_TOKEN ?? "@@secret@@";

export const rs: AxiosInstance = axios.create({
  baseURL: `https://${SUBDOMAIN}.repairshopr.com/api/v1`,
  headers: { Authorization: `Bearer ${RS_TOKEN}`, Accept: "application/json" },
  timeout: 15000,
});

export async function openTickets(): Promise<RsTicket[]> {
  const { data } = await rs.get("/tickets", { params: { status: "Not Closed" } });
  return data.tickets as RsTicket[];
}

export async function addComment(ticketId: number, body: string, hidden = true): Promise<void> {
  await rs.post(`/tickets/${ticketId}/comment`, {
    subject: "Kiosk update",
    body,
    hidden,
    do_not_email: true,
  });
}
""", "T" + hexs(16) + "-" + hexs(32))

add("python/django-secret-key", "bookings/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["book.voltfix-repairs.co.uk", "www.voltfix-repairs.co.uk"]

SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://book.voltfix-repairs.co.uk"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "10.20.0.12"  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

BOOKING_SLOTS_PER_HOUR = 3
BOOKING_DEPOSIT_PENCE = 1000
''', fakes.django_secret_key(_seed()))

add("compose/postgres-password", "deploy/docker-compose.prod.yml",
    "https://hub.docker.com/_/postgres (POSTGRES_PASSWORD)", """
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: fixbench
      POSTGRES_USER: fixbench
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    image: ghcr.io/voltfix/fixbench-api:2.14.1
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://fixbench:@@secret@@@db:5432/fixbench
      REDIS_URL: redis://redis:6379/0
      WEB_CONCURRENCY: "3"
    ports:
      - "127.0.0.1:8080:8080"

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--save", "", "--appendonly", "no"]

volumes:
  pgdata:
""", rand_pw(20))

_pw = rand_pw(22)
add("k8s-secret/postgres-password", "k8s/ticketing/db-credentials.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: ticketing-db
  namespace: fixbench
  labels:
    app.kubernetes.io/name: ticketing
    app.kubernetes.io/part-of: fixbench
type: Opaque
data:
  PGUSER: @@user@@
  PGDATABASE: @@db@@
  DATABASE_URL: @@url@@
""", _pw, user=b64("ticketing"), db=b64("tickets"),
    url=b64(f"postgresql://ticketing:{_pw}@pg-primary.fixbench.svc:5432/tickets?sslmode=require"))

add("properties/mysql-password", "parts-service/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", """
# parts-service - production profile
server.port=8081
spring.application.name=parts-service

spring.datasource.url=jdbc:mysql://parts-db.internal:3306/parts?useSSL=true&serverTimezone=UTC
spring.datasource.username=parts_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=8

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

parts.reorder.threshold-default=3
parts.reorder.cron=0 30 6 * * MON-SAT
parts.suppliers.mobilesentrix.enabled=true
parts.suppliers.injuredgadgets.enabled=false

management.endpoints.web.exposure.include=health,info
""", words_pw())

add("json/mssql-password", "PosBridge/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Pos": "Server=tcp:POS-SQL01,1433;Database=RepairPos;User Id=posbridge;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
  },
  "PosBridge": {
    "StoreCode": "NGT-01",
    "TillCount": 2,
    "ExportFolder": "D:/exports/daily",
    "PushToTicketing": true
  },
  "AllowedHosts": "*"
}
""", rand_pw(16, "!#$%"))

add("php/mysql-password", "public_html/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/**
 * WordPress config - PocketMedic booking site
 */

define( 'DB_NAME', 'pm_wp_booking' );
define( 'DB_USER', 'pm_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'pmb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24))

add("yaml/postgres-password", "config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: tradein_development

test:
  <<: *default
  database: tradein_test

production:
  <<: *default
  host: db-1.tradein.internal
  database: tradein_production
  username: tradein
  password: @@secret@@
""", passphrase())

add("go/mysql-password", "internal/store/mysql.go",
    "https://github.com/go-sql-driver/mysql#dsn-data-source-name", """
package store

import (
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const (
	dbUser = "intake"
	dbPass = "@@secret@@"
	dbHost = "10.0.4.20:3306"
	dbName = "repair_intake"
)

// Open connects to the intake database used by the counter tablets.
func Open() (*sql.DB, error) {
	dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s?parseTime=true&loc=UTC", dbUser, dbPass, dbHost, dbName)
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, fmt.Errorf("open intake db: %w", err)
	}
	db.SetConnMaxLifetime(3 * time.Minute)
	db.SetMaxOpenConns(10)
	db.SetMaxIdleConns(10)
	return db, db.Ping()
}
""", words_pw())

add("sql/mysql-password", "db/migrations/V42__reporting_user.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- V42: read-only account for the Metabase dashboards (repair KPIs)
CREATE USER IF NOT EXISTS 'metabase_ro'@'10.0.4.%'
  IDENTIFIED BY '@@secret@@';

GRANT SELECT ON repair_intake.tickets        TO 'metabase_ro'@'10.0.4.%';
GRANT SELECT ON repair_intake.ticket_items   TO 'metabase_ro'@'10.0.4.%';
GRANT SELECT ON repair_intake.parts_usage    TO 'metabase_ro'@'10.0.4.%';
GRANT SELECT ON repair_intake.technicians    TO 'metabase_ro'@'10.0.4.%';

FLUSH PRIVILEGES;
""", rand_pw(18))

add("shell/postgres-password", "scripts/nightly_ticket_backup.sh",
    "https://www.postgresql.org/docs/current/libpq-envars.html (PGPASSWORD)", r"""
#!/usr/bin/env bash
# Nightly dump of the ticketing DB to the NAS, keep 14 days.
set -euo pipefail

STAMP=$(date +%F)
DEST=/mnt/nas/backups/ticketing
mkdir -p "$DEST"

export PGHOST=127.0.0.1
export PGUSER=fixbench
export PGPASSWORD='@@secret@@'

pg_dump --format=custom --no-owner fixbench > "$DEST/fixbench-$STAMP.dump"
find "$DEST" -name 'fixbench-*.dump' -mtime +14 -delete

echo "$(date -Is) backup ok: $DEST/fixbench-$STAMP.dump" >> /var/log/fixbench-backup.log
""", rand_pw(20))

add("conf/redis-password", "deploy/redis/redis.conf",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/ (requirepass)", """
# Redis for the job queue (SMS reminders, label printing)
bind 127.0.0.1 10.0.4.21
port 6379
protected-mode yes

requirepass @@secret@@

maxmemory 256mb
maxmemory-policy allkeys-lru

save 900 1
save 300 10
appendonly no
dir /var/lib/redis
""", fakes.redis_password(_seed()))

add("github-actions/digitalocean-token", ".github/workflows/deploy-droplet.yml",
    "https://github.com/digitalocean/action-doctl", """
name: deploy-booking-site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4

      - name: Install doctl
        uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@

      - name: Build and push image
        run: |
          doctl registry login --expiry-seconds 600
          docker build -t registry.digitalocean.com/pocketmedic/booking:${{ github.sha }} .
          docker push registry.digitalocean.com/pocketmedic/booking:${{ github.sha }}

      - name: Roll the app
        run: doctl apps create-deployment ${{ vars.DO_APP_ID }} --wait
""", "dop_v1_" + hexs(64))

add("ruby/rails-master-key", "config/deploy.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials (RAILS_MASTER_KEY)", """
# config valid for current version and patch releases of Capistrano
lock "~> 3.18.0"

set :application, "tradein"
set :repo_url, "git@github.com:voltfix/tradein.git"
set :deploy_to, "/srv/tradein"
set :branch, ENV.fetch("BRANCH", "main")

set :linked_files, %w[config/database.yml]
set :linked_dirs, %w[log tmp/pids tmp/cache public/uploads]

set :default_env, {
  "RAILS_ENV" => "production",
  "RAILS_MASTER_KEY" => "@@secret@@"
}

set :keep_releases, 5
set :puma_threads, [2, 8]

namespace :deploy do
  after :finishing, "deploy:cleanup"
end
""", hexs(32))

add("env/laravel-app-key", "booking-portal/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Northgate Mobile Clinic"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://bookings.northgate-mobile.co.uk

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=ngmc_bookings
DB_USERNAME=ngmc
DB_PASSWORD=${NGMC_DB_PASSWORD}

QUEUE_CONNECTION=database
SESSION_DRIVER=database
MAIL_MAILER=log
""", base64.b64encode(rbytes(32)).decode())

add("javascript/jwt-secret", "server/config/auth.js",
    "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """
'use strict';

// Staff login for the repair dashboard (technicians + front desk)
module.exports = {
  jwt: {
    secret: '@@secret@@',
    expiresIn: '12h',
    issuer: 'fixbench-dashboard',
    audience: 'fixbench-staff',
  },
  bcryptRounds: 12,
  lockout: {
    maxAttempts: 5,
    windowMinutes: 15,
  },
  roles: ['owner', 'manager', 'technician', 'front-desk'],
};
""", hexs(64))

add("yaml/redis-password", "helm/fixbench/values-prod.yaml",
    "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters (auth.password)", """
image:
  repository: ghcr.io/voltfix/fixbench-api
  tag: "2.14.1"

replicaCount: 2

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.fixbench.app
      paths: ["/"]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 2Gi

resources:
  requests:
    cpu: 100m
    memory: 256Mi
""", fakes.redis_password(_seed()))

add("python/redis-password", "worker/celeryconfig.py",
    "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", '''
"""Celery settings for the SMS-reminder and label-print workers."""

broker_url = "redis://:@@secret@@@10.0.4.21:6379/2"
result_backend = "redis://:@@secret@@@10.0.4.21:6379/3"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/London"
enable_utc = True

task_routes = {
    "notify.tasks.send_ready_sms": {"queue": "sms"},
    "shipping.tasks.print_label": {"queue": "labels"},
}

beat_schedule = {
    "uncollected-reminders": {
        "task": "notify.tasks.uncollected_reminders",
        "schedule": 60 * 60 * 4,
    },
}
''', fakes.redis_password(_seed()))

# ---- decoys of the shop backend

add("env/decoy-placeholder", "fixbench/.env.example",
    "https://github.com/motdotla/dotenv#usage", """
# Copy to .env and fill in. Never commit the filled-in copy.
APP_ENV=development
LOG_LEVEL=debug

REPAIRSHOPR_SUBDOMAIN=your-subdomain
REPAIRSHOPR_API_KEY=<paste API token from Admin > API Tokens>
REPAIRSHOPR_POLL_SECONDS=90

DATABASE_HOST=localhost
DATABASE_NAME=fixbench
DATABASE_USER=fixbench
DATABASE_PASSWORD=changeme

STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=
SHIPPO_API_TOKEN=shippo_live_REPLACE_ME
""")

add("python/decoy-env-reference", "bookings/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "bookings"),
        "USER": os.environ.get("DB_USER", "bookings"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "bookings@voltfix-repairs.co.uk")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")
''')

add("compose/decoy-docker-secrets", "deploy/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: fixbench
      POSTGRES_USER: fixbench
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]

  api:
    build: .
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
      REPAIRSHOPR_API_KEY: ${REPAIRSHOPR_API_KEY:?set it in .env}
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:-}
    secrets: [db_password]
    ports:
      - "8080:8080"

secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("yaml/decoy-external-secret", "k8s/ticketing/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ticketing-db
  namespace: fixbench
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: ticketing-db
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/fixbench/ticketing
        property: database_url
    - secretKey: REPAIRSHOPR_API_KEY
      remoteRef:
        key: prod/fixbench/repairshopr
        property: api_key
""")

add("k8s-secret/decoy-sealed-secret", "k8s/ticketing/sealed-smtp.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-relay
  namespace: fixbench
spec:
  encryptedData:
    SMTP_PASSWORD: @@a@@
    SMTP_USERNAME: @@b@@
  template:
    metadata:
      name: smtp-relay
      namespace: fixbench
    type: Opaque
""", a="AgB" + draw(677, B64) + "==", b="AgC" + draw(361, B64) + "=")

add("sql/decoy-password-hash", "db/seeds/staff_users.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html (crypt with bf)", """
-- Seed staff accounts for a fresh shop install.
-- Hashes are bcrypt (cost 12); the initial passwords are handed over in person
-- and must be changed on first login (must_reset = true).
INSERT INTO staff_users (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'owner@voltfix-repairs.co.uk', 'Shop Owner', 'owner', '$2b$12$@@h1@@', true),
  (2, 'bench1@voltfix-repairs.co.uk', 'Bench Tech 1', 'technician', '$2b$12$@@h2@@', true),
  (3, 'bench2@voltfix-repairs.co.uk', 'Bench Tech 2', 'technician', '$2b$12$@@h3@@', true),
  (4, 'frontdesk@voltfix-repairs.co.uk', 'Front Desk', 'front-desk', '$2b$12$@@h4@@', true);

SELECT setval('staff_users_id_seq', 4);
""", h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"), h3=draw(53, ALNUM + "./"), h4=draw(53, ALNUM + "./"))

add("yaml/decoy-existing-secret", "helm/fixbench/values.yaml",
    "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters (auth.existingSecret)", """
image:
  repository: ghcr.io/voltfix/fixbench-api
  tag: ""

replicaCount: 1

env:
  REPAIRSHOPR_SUBDOMAIN: voltfix
  FEATURE_PARTS_AUTO_REORDER: "false"

envFromSecrets:
  - ticketing-db
  - fixbench-vendors

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: fixbench-redis
    existingSecretPasswordKey: redis-password

postgresql:
  enabled: false
""")

add("go/decoy-env-reference", "internal/config/config.go",
    "https://pkg.go.dev/os#Getenv", """
package config

import (
	"fmt"
	"os"
	"strconv"
)

type Config struct {
	DBDSN          string
	ImeiAPIKey     string
	ShippoToken    string
	TwilioSID      string
	TwilioToken    string
	PollSeconds    int
}

func mustEnv(key string) string {
	v, ok := os.LookupEnv(key)
	if !ok || v == "" {
		panic(fmt.Sprintf("missing required env %s", key))
	}
	return v
}

func Load() Config {
	poll, _ := strconv.Atoi(os.Getenv("POLL_SECONDS"))
	if poll == 0 {
		poll = 60
	}
	return Config{
		DBDSN:       mustEnv("INTAKE_DB_DSN"),
		ImeiAPIKey:  mustEnv("IMEI_API_KEY"),
		ShippoToken: mustEnv("SHIPPO_API_TOKEN"),
		TwilioSID:   os.Getenv("TWILIO_ACCOUNT_SID"),
		TwilioToken: os.Getenv("TWILIO_AUTH_TOKEN"),
		PollSeconds: poll,
	}
}
""")

add("ruby/decoy-credentials-reference", "config/initializers/vendors.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Vendor clients for the trade-in app. Keys live in config/credentials/production.yml.enc.
Rails.application.config.to_prepare do
  creds = Rails.application.credentials

  EbayClient.configure do |c|
    c.app_id  = creds.dig(:ebay, :app_id)
    c.cert_id = creds.dig(:ebay, :cert_id)
    c.env     = Rails.env.production? ? :production : :sandbox
  end

  ImeiCheck.api_key = creds.dig(:imei_check, :api_key) || ENV["IMEI_CHECK_API_KEY"]
  Shippo::API.token = creds.dig(:shippo, :token)

  Stripe.api_key = creds.stripe&.fetch(:secret_key, nil)
end
""")

add("properties/decoy-placeholder", "parts-service/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
# parts-service defaults; profile files override per environment
server.port=8081
spring.application.name=parts-service

spring.datasource.url=${PARTS_DB_URL:jdbc:mysql://localhost:3306/parts}
spring.datasource.username=${PARTS_DB_USER:parts_app}
spring.datasource.password=${PARTS_DB_PASSWORD}

parts.suppliers.mobilesentrix.base-url=https://www.mobilesentrix.com/rest/V1
parts.suppliers.mobilesentrix.token=${MOBILESENTRIX_TOKEN:}
parts.reorder.threshold-default=3

management.endpoints.web.exposure.include=health
""")

# ================================================================ parts ordering

add("python/magento-integration-token", "parts/suppliers/mobilesentrix.py",
    "https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/ (integration token as Bearer)", '''
"""Mobilesentrix wholesale account (Magento 2 REST): stock check and cart push."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

import httpx

MS_BASE = "https://www.mobilesentrix.com/rest/V1"
# integration "FixBench reorder" created by Dan 2024-03-02, access token:
MS_TOKEN = "@@secret@@"


@dataclass
class PartLine:
    sku: str
    qty: int


def _client() -> httpx.Client:
    return httpx.Client(base_url=MS_BASE, headers={"Authorization": f"Bearer {MS_TOKEN}"}, timeout=20)


def stock_levels(skus: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    with _client() as c:
        for sku in skus:
            r = c.get(f"/stockItems/{sku}")
            out[sku] = int(r.json().get("qty", 0)) if r.status_code == 200 else 0
    return out


def push_cart(lines: List[PartLine]) -> str:
    with _client() as c:
        cart_id = c.post("/carts/mine").json()
        for line in lines:
            c.post("/carts/mine/items", json={"cartItem": {"sku": line.sku, "qty": line.qty, "quote_id": cart_id}})
    return str(cart_id)
''', fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("env/amazon-lwa-client-secret", "sp-api/.env",
    "https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api", """
# Amazon SP-API - refurbished phones storefront (UK marketplace)
SPAPI_REGION=eu-west-1
SPAPI_MARKETPLACE_ID=A1F83G8C2ARO7P
SPAPI_SELLER_ID=A2XK7Q1M9Z4RTB

LWA_CLIENT_ID=amzn1.application-oa2-client.@@cid@@
LWA_CLIENT_SECRET=@@secret@@
# refresh token is in 1Password: "SP-API refresh token (refurb store)"
LWA_REFRESH_TOKEN=

LISTING_SYNC_INTERVAL_MIN=30
GRADE_MAP=A:Excellent,B:Good,C:Fair
""", "amzn1.oa2-cs.v1." + hexs(64), cid=hexs(32))

add("yaml/ebay-cert-id", "buyback/ebay.yaml",
    "https://github.com/timotheus/ebaysdk-python/wiki/YAML-Configuration", """
name: ebay_api_config

# Trading API - refurbished stock listings
api.ebay.com:
    compatability: 1219
    appid: @@app@@
    certid: @@secret@@
    devid: @@dev@@
    # token: fetched per run by oauth_refresh.py
    siteid: 3

# Finding API - price research for trade-in offers
svcs.ebay.com:
    appid: @@app@@
    version: 1.13.0

open.api.ebay.com:
    appid: @@app@@
    version: 671
""", ebay_cert_id(), app=ebay_app_id("VoltFixR-TradeIn"), dev=fakes.uuid4(_seed()))

add("csharp/shopify-access-token", "RefurbStore/ShopifyClient.cs",
    "https://shopify.dev/docs/api/usage/authentication#access-tokens-for-custom-apps-in-the-shopify-admin", """
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace RefurbStore
{
    public sealed class ShopifyClient
    {
        private const string Shop = "pocketmedic-refurb.myshopify.com";
        private const string ApiVersion = "2024-04";
        private const string AdminToken = "@@secret@@";

        private readonly HttpClient _http;

        public ShopifyClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri($"https://{Shop}/admin/api/{ApiVersion}/");
            _http.DefaultRequestHeaders.Add("X-Shopify-Access-Token", AdminToken);
        }

        public async Task SetInventoryAsync(long inventoryItemId, long locationId, int available)
        {
            var body = new { location_id = locationId, inventory_item_id = inventoryItemId, available };
            var resp = await _http.PostAsJsonAsync("inventory_levels/set.json", body);
            resp.EnsureSuccessStatusCode();
        }

        public Task<ProductList?> ProductsAsync(string vendor) =>
            _http.GetFromJsonAsync<ProductList>($"products.json?vendor={vendor}&limit=250");
    }

    public sealed record ProductList(System.Collections.Generic.List<object> Products);
}
""", "shpat_" + hexs(32))

add("typescript/shopify-api-secret", "app/shopify.server.ts",
    "https://shopify.dev/docs/api/shopify-app-remix/v2/entrypoints/shopifyapp", """
import "@shopify/shopify-app-remix/adapters/node";
import { ApiVersion, AppDistribution, shopifyApp } from "@shopify/shopify-app-remix/server";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import prisma from "./db.server";

// Trade-in quote widget (custom app, single store)
const shopify = shopifyApp({
  apiKey: "@@cid@@",
  apiSecretKey: "@@secret@@",
  apiVersion: ApiVersion.April24,
  scopes: ["read_products", "write_draft_orders", "read_customers"],
  appUrl: process.env.SHOPIFY_APP_URL || "https://tradein-widget.fly.dev",
  authPathPrefix: "/auth",
  sessionStorage: new PrismaSessionStorage(prisma),
  distribution: AppDistribution.SingleMerchant,
  future: { unstable_newEmbeddedAuthStrategy: true },
});

export default shopify;
export const authenticate = shopify.authenticate;
export const login = shopify.login;
""", hexs(32), cid=hexs(32))

add("php/woocommerce-consumer-secret", "wp-content/mu-plugins/parts-sync.php",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https", """
<?php
/**
 * Plugin Name: Parts stock sync
 * Description: Pushes bench stock counts from the repair shop to the parts webshop every 15 minutes.
 */

defined( 'ABSPATH' ) || exit;

const PARTS_SHOP_URL = 'https://parts.northgate-mobile.co.uk';
const PARTS_CK       = 'ck_@@ck@@';
const PARTS_CS       = '@@secret@@';

add_action( 'ngmc_parts_sync', function () {
	$stock = ngmc_bench_stock();
	foreach ( array_chunk( $stock, 50 ) as $batch ) {
		$update = array_map( fn( $row ) => [ 'id' => $row['product_id'], 'stock_quantity' => $row['qty'] ], $batch );
		wp_remote_post( PARTS_SHOP_URL . '/wp-json/wc/v3/products/batch', [
			'headers' => [
				'Authorization' => 'Basic ' . base64_encode( PARTS_CK . ':' . PARTS_CS ),
				'Content-Type'  => 'application/json',
			],
			'body'    => wp_json_encode( [ 'update' => $update ] ),
			'timeout' => 30,
		] );
	}
} );

if ( ! wp_next_scheduled( 'ngmc_parts_sync' ) ) {
	wp_schedule_event( time(), 'fifteen_minutes', 'ngmc_parts_sync' );
}
""", "cs_" + hexs(40), ck=hexs(40))

add("json/ebay-user-token", "tools/ebay-lister/config.json",
    "https://developer.ebay.com/api-docs/static/oauth-tokens.html", """
{
  "environment": "PRODUCTION",
  "siteId": 3,
  "marketplaceId": "EBAY_GB",
  "paymentPolicyId": "243517298019",
  "returnPolicyId": "243517301019",
  "fulfillmentPolicyId": "243517290019",
  "userToken": "@@secret@@",
  "defaultCondition": "SELLER_REFURBISHED",
  "gradeNotes": {
    "A": "Excellent - minimal signs of use, battery health 85%+",
    "B": "Good - light scratches, battery health 80%+",
    "C": "Fair - visible wear, fully tested"
  }
}
""", "v^1.1#i^1#r^1#p^3#f^0#I^3#t^H4sIAAAAAAAAAO" + draw(520, B64) + "=")

# ================================================================ diagnostics tools

add("python/phonecheck-password", "tools/phonecheck_export.py",
    "https://phonecheck.atlassian.net/wiki/spaces/KB/pages/2257911848 (token_master from login)", '''
"""Pull yesterday's Phonecheck device reports into the trade-in grading sheet."""
import csv
import datetime as dt

import requests

API = "https://api.phonecheck.com/v2"
MASTER_USER = "voltfix-master"
MASTER_PASSWORD = "@@secret@@"


def token() -> str:
    r = requests.post(f"{API}/auth/master/login", json={"username": MASTER_USER, "password": MASTER_PASSWORD}, timeout=20)
    r.raise_for_status()
    return r.json()["token"]


def main() -> None:
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    headers = {"token_master": token()}
    rows = requests.get(f"{API}/master/devices", params={"date": day}, headers=headers, timeout=60).json()["data"]
    with open(f"grading-{day}.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["imei", "model", "grade", "battery_health", "failed"])
        for d in rows:
            w.writerow([d["IMEI"], d["Model"], d.get("Grade", ""), d.get("BatteryHealthPercentage", ""), d.get("Failed", "")])


if __name__ == "__main__":
    main()
''', words_pw())

add("powershell/blancco-api-key", "Scripts/Export-BlanccoReports.ps1",
    "https://support.blancco.com/display/KB/Blancco+Management+Portal+API", r"""
<#
.SYNOPSIS
  Downloads yesterday's erasure reports from Blancco Management Portal for trade-in stock.
#>
param(
    [string]$OutDir = "\\NAS01\tradein\erasure-reports",
    [int]$Days = 1
)

$ErrorActionPreference = 'Stop'
$apiBase = 'https://api.eu-west-1.blancco.cloud/v1'
$headers = @{
    'X-BLANCCO-API-KEY' = '@@secret@@'
    'Accept'            = 'application/json'
}

$since = (Get-Date).AddDays(-$Days).ToString('yyyy-MM-ddT00:00:00Z')
$body = @{ filter = @{ date = @{ gte = $since } }; size = 500 } | ConvertTo-Json -Depth 5

$reports = Invoke-RestMethod -Method Post -Uri "$apiBase/report/export" -Headers $headers -Body $body -ContentType 'application/json'

foreach ($r in $reports.reports) {
    $file = Join-Path $OutDir ("{0}_{1}.pdf" -f $r.imei, $r.uuid)
    Invoke-WebRequest -Uri "$apiBase/report/$($r.uuid)/pdf" -Headers $headers -OutFile $file
    Write-Host "saved $file"
}
""", uuid4())

add("ini/diagnostics-api-key", "diag-station/station.ini",
    "https://docs.python.org/3/library/configparser.html (INI layout)", """
; Bench diagnostics station - uploads test results to FixBench
[station]
name = BENCH-03
location = Northgate
operator_login = badge

[tests]
run_battery = true
run_display_touch = true
run_cameras = true
run_audio = true
timeout_seconds = 240

[cloud]
endpoint = https://api.fixbench.app/v2/diagnostics
api_key = @@secret@@
upload_photos = true

[printer]
model = Zebra ZD421
label = 50x25
""", "fbst_" + draw(40))

add("pem/rsa-private-key", "gsx/certs/gsx-client-prod.key",
    "https://developer.apple.com/documentation/gsx (GSX API client certificate)", """
@@secret@@
""", rsa_pkcs1_pem())

add("rust/mqtt-password", "diag-agent/src/config.rs",
    "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
use rumqttc::MqttOptions;
use std::time::Duration;

pub const BROKER_HOST: &str = "mqtt.shop.lan";
pub const BROKER_PORT: u16 = 8883;
pub const MQTT_USER: &str = "bench-agent";
pub const MQTT_PASS: &str = "@@secret@@";

/// Each bench PC publishes results to bench/<station>/results.
pub fn mqtt_options(station: &str) -> MqttOptions {
    let mut opts = MqttOptions::new(format!("diag-{station}"), BROKER_HOST, BROKER_PORT);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials(MQTT_USER, MQTT_PASS);
    opts.set_clean_session(false);
    opts
}

pub fn results_topic(station: &str) -> String {
    format!("bench/{station}/results")
}
""", rand_pw(16))

# ================================================================ IMEI / blacklist checks

add("python/imeicheck-api-token", "blacklist/imeicheck.py",
    "https://imeicheck.net/developer-api (Authorization: Bearer token)", '''
"""GSMA blacklist + iCloud status before we buy a device over the counter."""
from __future__ import annotations

import time

import requests

IMEICHECK_URL = "https://api.imeicheck.net/v1/checks"
IMEICHECK_TOKEN = "@@secret@@"
SERVICE_BLACKLIST = 12
SERVICE_ICLOUD = 4


def check(imei: str, service_id: int = SERVICE_BLACKLIST) -> dict:
    resp = requests.post(
        IMEICHECK_URL,
        headers={"Authorization": f"Bearer {IMEICHECK_TOKEN}", "Accept-Language": "en"},
        json={"deviceId": imei, "serviceId": service_id},
        timeout=30,
    )
    resp.raise_for_status()
    data = resp.json()
    while data.get("status") == "processing":
        time.sleep(2)
        data = requests.get(f"{IMEICHECK_URL}/{data['id']}", headers={"Authorization": f"Bearer {IMEICHECK_TOKEN}"}, timeout=30).json()
    return data


def is_clean(imei: str) -> bool:
    props = check(imei).get("properties", {})
    return props.get("gsmaBlacklisted") is False
''', digits(4) + "|" + draw(40))

_sickw = "-".join(fakes.drawn(_seed() + i, 3, string.ascii_uppercase + string.digits) for i in range(8))
add("php/sickw-api-key", "includes/imei_lookup.php",
    "https://sickw.com/ (api.php?format=json&key=...&imei=...&service=...)", """
<?php
// Counter lookup: carrier + blacklist before accepting a trade-in.
declare(strict_types=1);

const SICKW_KEY = '@@secret@@';
const SICKW_SERVICE_BLACKLIST = 7;

function imei_lookup(string $imei, int $service = SICKW_SERVICE_BLACKLIST): array
{
    if (!preg_match('/^\\d{15}$/', $imei)) {
        throw new InvalidArgumentException('IMEI must be 15 digits');
    }
    $url = 'https://sickw.com/api.php?' . http_build_query([
        'format'  => 'json',
        'key'     => SICKW_KEY,
        'imei'    => $imei,
        'service' => $service,
    ]);
    $raw = file_get_contents($url, false, stream_context_create(['http' => ['timeout' => 25]]));
    $data = json_decode((string) $raw, true) ?: [];
    return [
        'ok'      => ($data['status'] ?? '') === 'success',
        'result'  => strip_tags((string) ($data['result'] ?? '')),
        'balance' => $data['balance'] ?? null,
    ];
}
""", _sickw)

add("javascript/checkmend-secret", "services/checkmend.js",
    "https://www.checkmend.com/ (partner API, request signing with partner secret)", """
const crypto = require('crypto');
const fetch = require('node-fetch');

const PARTNER_ID = 1187;
const PARTNER_SECRET = '@@secret@@';
const STORE_ID = 'NGMC-LEEDS';

function sign(body) {
  return crypto.createHash('sha1').update(PARTNER_SECRET + body).digest('hex');
}

async function dueDiligence(imei, { category = 1, reference } = {}) {
  const body = JSON.stringify({ storeid: STORE_ID, category, serials: [imei], reference });
  const res = await fetch(`https://gapi.checkmend.com/duediligence/${STORE_ID}/${imei}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${PARTNER_ID}:${sign(body)}`).toString('base64')}`,
    },
    body,
  });
  if (!res.ok) throw new Error(`CheckMEND ${res.status}`);
  return res.json();
}

module.exports = { dueDiligence };
""", hexs(40))

add("go/imei-info-api-key", "cmd/imeiscan/main.go",
    "https://www.imei.info/api/ (API key query parameter)", """
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"time"
)

const apiKey = "@@secret@@"

type result struct {
	Brand  string `json:"brand"`
	Model  string `json:"model"`
	Status string `json:"status"`
}

func main() {
	imei := flag.String("imei", "", "15-digit IMEI")
	flag.Parse()
	if len(*imei) != 15 {
		log.Fatal("need -imei with 15 digits")
	}
	q := url.Values{"API_KEY": {apiKey}, "imei": {*imei}}
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Get("https://dash.imei.info/api/check/0/?" + q.Encode())
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %s %s -> %s\\n", *imei, r.Brand, r.Model, r.Status)
}
""", draw(32))

add("kotlin/imeicheck-api-token", "intake-app/src/main/java/uk/northgate/intake/IntakeConfig.kt",
    "https://imeicheck.net/developer-api (Authorization: Bearer token)", """
package uk.northgate.intake

object IntakeConfig {
    const val API_BASE = "https://api.fixbench.app/v2/"
    const val IMEI_CHECK_URL = "https://api.imeicheck.net/v1/checks"

    // counter tablets only, not published to Play
    const val IMEI_CHECK_TOKEN = "@@secret@@"

    const val BLACKLIST_SERVICE_ID = 12
    const val PHOTO_MAX_EDGE_PX = 1600
    val REQUIRED_PHOTOS = listOf("front", "back", "imei_label", "damage")
}
""", digits(4) + "|" + draw(40))

add("sql/sickw-api-key", "db/seeds/integration_settings.sql",
    "https://sickw.com/ (api.php key parameter)", """
-- Integration settings for a new branch (run once after migrations).
INSERT INTO integration_settings (branch_code, name, value, updated_by) VALUES
  ('LDS', 'imei.provider',          'sickw',                 'setup'),
  ('LDS', 'imei.sickw.key',         '@@secret@@', 'setup'),
  ('LDS', 'imei.sickw.service',     '7',                     'setup'),
  ('LDS', 'labels.printer',         'ZD421-FRONT',           'setup'),
  ('LDS', 'sms.sender_id',          'NGMobile',              'setup'),
  ('LDS', 'sms.ready_template',     'ready_for_collection',  'setup')
ON CONFLICT (branch_code, name) DO UPDATE SET value = EXCLUDED.value;
""", "-".join(fakes.drawn(_seed() + i, 3, string.ascii_uppercase + string.digits) for i in range(8)))

_imei_log_key = digits(4) + "|" + draw(40)
add("log/imeicheck-api-token", "logs/intake-api-2024-06-11.log",
    "https://imeicheck.net/developer-api", """
2024-06-11T09:02:14.118Z INFO  intake-api listening on :8090
2024-06-11T09:14:51.402Z INFO  POST /intake ticket=T-20931 device="iPhone 13" imei=@@i1@@
2024-06-11T09:14:51.410Z DEBUG imeicheck request POST https://api.imeicheck.net/v1/checks headers={"Authorization":"Bearer @@secret@@","Accept-Language":"en"} body={"deviceId":"@@i1@@","serviceId":12}
2024-06-11T09:14:53.977Z INFO  imeicheck status=successful gsmaBlacklisted=false
2024-06-11T09:31:07.225Z INFO  POST /intake ticket=T-20932 device="Galaxy S22" imei=@@i2@@
2024-06-11T09:31:09.840Z INFO  imeicheck status=successful gsmaBlacklisted=false
2024-06-11T10:05:44.601Z WARN  imeicheck slow response 8.2s
2024-06-11T10:05:44.603Z INFO  POST /intake ticket=T-20933 device="Pixel 7" imei=@@i3@@
""", _imei_log_key, i1=imei("35391110"), i2=imei("35067647"), i3=imei("35315875"))

# ---- decoys: devices, parts, diagnostics

_rows = "\n".join(
    f"T-{20900 + i},{d},{imei()},{serial_apple() if 'iPhone' in d or 'iPad' in d else ''},{p},{s}"
    for i, (d, p, s) in enumerate([
        ("iPhone 13", "Screen", "Ready"), ("Galaxy S21", "Battery", "In progress"), ("iPhone 11", "Charging port", "Waiting parts"),
        ("iPad 9th gen", "Digitizer", "Ready"), ("Pixel 6a", "Screen", "Collected"), ("iPhone 14 Pro", "Back glass", "Quoted"),
        ("Galaxy A52", "Screen", "Ready"), ("iPhone XR", "Battery", "Collected")]))
add("csv/decoy-imei", "exports/intake_2024-05.csv",
    "https://www.gsma.com/services/gsma-imei/ (IMEI format)", """
ticket,device,imei,serial,problem,status
@@rows@@
""", rows=_rows)

add("json/decoy-api-response", "tests/fixtures/imeicheck_clean.json",
    "https://imeicheck.net/developer-api (check response)", """
{
  "id": "@@id@@",
  "type": "api",
  "status": "successful",
  "orderId": null,
  "service": { "id": 12, "title": "Blacklist Status (GSMA)" },
  "amount": "0.06",
  "deviceId": "@@imei@@",
  "processedAt": 1718096093,
  "properties": {
    "deviceName": "iPhone 13 128GB Midnight",
    "image": "https://sources.imeicheck.net/images/@@img@@.png",
    "imei": "@@imei@@",
    "estPurchaseDate": 1641081600,
    "simLock": false,
    "gsmaBlacklisted": false,
    "fmiOn": false,
    "network": "global"
  }
}
""", id=hexs(8) + "-" + draw(6), imei=imei("35391110"), img=hexs(32))

add("log/decoy-imei-check", "logs/blacklist-2024-06-12.log",
    "https://www.gsma.com/services/gsma-imei/ (IMEI format)", """
[2024-06-12 10:01:12] intake.INFO: blacklist check started {"ticket":"T-20951","imei":"@@a@@","provider":"sickw","service":7}
[2024-06-12 10:01:15] intake.INFO: blacklist check done {"ticket":"T-20951","result":"CLEAN","balance":"41.20","request_id":"@@r1@@"}
[2024-06-12 10:22:40] intake.INFO: blacklist check started {"ticket":"T-20952","imei":"@@b@@","provider":"sickw","service":7}
[2024-06-12 10:22:44] intake.WARNING: blacklist check done {"ticket":"T-20952","result":"BLACKLISTED (Lost/Stolen, Vodafone UK)","balance":"41.14","request_id":"@@r2@@"}
[2024-06-12 10:22:44] intake.WARNING: trade-in refused, manager notified {"ticket":"T-20952","staff":"frontdesk"}
[2024-06-12 11:05:02] intake.INFO: blacklist check started {"ticket":"T-20953","imei":"@@c@@","provider":"sickw","service":7}
[2024-06-12 11:05:05] intake.INFO: blacklist check done {"ticket":"T-20953","result":"CLEAN","balance":"41.08","request_id":"@@r3@@"}
""", a=imei(), b=imei(), c=imei(), r1=hexs(24), r2=hexs(24), r3=hexs(24))

add("php/decoy-hash", "includes/imei_anonymise.php",
    "https://www.php.net/manual/en/function.hash-hmac.php", """
<?php
declare(strict_types=1);

/**
 * Reporting tables keep a keyed hash of the IMEI, never the IMEI itself.
 * The pepper comes from the environment (set in the vhost, not in git).
 */
function imei_token(string $imei): string
{
    $pepper = getenv('IMEI_PEPPER');
    if ($pepper === false || $pepper === '') {
        throw new RuntimeException('IMEI_PEPPER not set');
    }
    return hash_hmac('sha256', preg_replace('/\\D/', '', $imei), $pepper);
}

// Known test devices (hashes, for excluding bench phones from KPI reports)
const BENCH_DEVICE_TOKENS = [
    '@@h1@@',
    '@@h2@@',
    '@@h3@@',
];
""", h1=sha256(), h2=sha256(), h3=sha256())

_parts = [("iPhone 13 OLED Screen (Soft)", "MS-IP13-OLED-S"), ("iPhone 12/12 Pro Battery", "MS-IP12-BAT"),
          ("Galaxy S22 Charging Port Flex", "IG-S22-CPF"), ("Pixel 7 Back Glass", "IG-P7-BG"),
          ("iPad 9 Digitizer Black", "MS-IPAD9-DIG-B"), ("iPhone 14 Pro Rear Camera", "MS-IP14P-RCAM"),
          ("Galaxy A53 LCD w/ Frame", "IG-A53-LCDF"), ("iPhone 11 Taptic Engine", "MS-IP11-TAP")]
add("csv/decoy-sku", "parts/price_list_2024Q2.csv",
    "https://www.rfc-editor.org/rfc/rfc4180 (CSV)", """
description,supplier_sku,supplier_item_id,barcode,cost_gbp,sell_gbp,bin
@@rows@@
""", rows="\n".join(f'"{d}",{s},{digits(9)},{digits(13)},{_rng().randint(8, 140)}.{i}9,{_rng().randint(40, 260)}.00,B{i + 1:02d}'
                    for i, (d, s) in enumerate(_parts)))

add("json/decoy-checksum", "firmware/ipsw-manifest.json",
    "https://developer.apple.com/documentation/ (IPSW restore images, SHA-1 checksums)", """
{
  "generated": "2024-06-03T07:00:00Z",
  "mirror": "smb://NAS01/firmware/ipsw",
  "images": [
    { "device": "iPhone14,5", "model": "iPhone 13", "build": "21F90", "version": "17.5.1",
      "file": "iPhone14,5_17.5.1_21F90_Restore.ipsw", "sha1": "@@a@@", "size": 7619184562 },
    { "device": "iPhone12,1", "model": "iPhone 11", "build": "21F90", "version": "17.5.1",
      "file": "iPhone12,1_17.5.1_21F90_Restore.ipsw", "sha1": "@@b@@", "size": 7211093301 },
    { "device": "iPad12,1", "model": "iPad (9th generation)", "build": "21F90", "version": "17.5.1",
      "file": "iPad_64bit_TouchID_ASTC_17.5.1_21F90_Restore.ipsw", "sha1": "@@c@@", "size": 6530012847 }
  ]
}
""", a=sha1(), b=sha1(), c=sha1())

add("shell/decoy-checksum", "scripts/fetch_ipsw.sh",
    "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r"""
#!/bin/sh
# Refresh the IPSW mirror for the restore bench. Verifies every image before it replaces the old one.
set -eu
MIRROR=/mnt/nas/firmware/ipsw
cd "$MIRROR/incoming"

cat > SHA256SUMS <<'SUMS'
@@a@@  iPhone14,5_17.5.1_21F90_Restore.ipsw
@@b@@  iPhone12,1_17.5.1_21F90_Restore.ipsw
@@c@@  iPad_64bit_TouchID_ASTC_17.5.1_21F90_Restore.ipsw
SUMS

for f in $(cut -c67- SHA256SUMS); do
  [ -f "$f" ] || curl -fSL -o "$f" "https://updates.cdn-apple.com/mirror/$f"
done

sha256sum -c SHA256SUMS
mv -f ./*.ipsw "$MIRROR/"
echo "mirror updated $(date -I)"
""", a=sha256(), b=sha256(), c=sha256())

add("python/decoy-test-fixture", "tests/test_imeicheck.py",
    "https://github.com/getsentry/responses#basics", '''
import responses

from blacklist import imeicheck

FAKE_TOKEN = "test-token-not-real"


@responses.activate
def test_is_clean(monkeypatch):
    monkeypatch.setattr(imeicheck, "IMEICHECK_TOKEN", FAKE_TOKEN)
    responses.post(
        imeicheck.IMEICHECK_URL,
        json={"id": "abc123", "status": "successful", "properties": {"gsmaBlacklisted": False}},
        match=[responses.matchers.header_matcher({"Authorization": f"Bearer {FAKE_TOKEN}"}, strict_match=False)],
    )
    assert imeicheck.is_clean("356938035643809") is True


@responses.activate
def test_blacklisted(monkeypatch):
    monkeypatch.setattr(imeicheck, "IMEICHECK_TOKEN", FAKE_TOKEN)
    responses.post(imeicheck.IMEICHECK_URL, json={"status": "successful", "properties": {"gsmaBlacklisted": True}})
    assert imeicheck.is_clean("356938035643809") is False
''')

add("typescript/decoy-type-definitions", "src/types/vendors.ts",
    "https://zod.dev/ (schemas)", """
import { z } from "zod";

/** Credentials each branch configures in Settings > Integrations (stored encrypted server-side). */
export const VendorCredentials = z.object({
  repairshopr: z.object({ subdomain: z.string(), apiKey: z.string().min(20) }),
  imeiCheck: z.object({ provider: z.enum(["imeicheck", "sickw", "checkmend"]), apiKey: z.string() }),
  shippo: z.object({ token: z.string().startsWith("shippo_") }),
  twilio: z.object({ accountSid: z.string().regex(/^AC[0-9a-f]{32}$/), authToken: z.string().length(32) }),
  stripe: z.object({ secretKey: z.string().regex(/^(sk|rk)_(live|test)_/) }),
});

export type VendorCredentials = z.infer<typeof VendorCredentials>;

export const MASKED = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

export function mask(value: string, keep = 4): string {
  return value.length <= keep ? MASKED : `${MASKED}${value.slice(-keep)}`;
}
""")

add("python/decoy-uuid-namespace", "diagnostics/fingerprint.py",
    "https://docs.python.org/3/library/uuid.html#uuid.uuid5", '''
"""Stable ids for bench test runs: uuid5 over station + IMEI + start time."""
import hashlib
import uuid

# Namespaces are fixed so ids match across stations (not secrets: published in the API docs).
NS_TEST_RUN = uuid.UUID("@@ns1@@")
NS_PHOTO = uuid.UUID("@@ns2@@")


def run_id(station: str, imei: str, started_iso: str) -> uuid.UUID:
    return uuid.uuid5(NS_TEST_RUN, f"{station}|{imei}|{started_iso}")


def photo_id(run: uuid.UUID, slot: str) -> uuid.UUID:
    return uuid.uuid5(NS_PHOTO, f"{run}|{slot}")


def photo_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


EXAMPLE_RUN = "@@ex@@"  # run_id("BENCH-03", "356938035643809", "2024-06-01T10:00:00Z")
''', ns1=uuid4(), ns2=uuid4(), ex=uuid4())

add("markdown/decoy-api-docs", "docs/integrations/imei-check.md",
    "https://imeicheck.net/developer-api", """
# IMEI / blacklist checks at the counter

Every trade-in and every buy-over-the-counter runs a GSMA blacklist check **before** money changes hands.

## Providers

| Provider    | Used for                     | Where the key lives                       |
|-------------|------------------------------|-------------------------------------------|
| imeicheck   | GSMA blacklist, iCloud/FMI   | 1Password > Shop Integrations > imeicheck |
| sickw       | carrier + SIM lock           | 1Password > Shop Integrations > sickw     |
| CheckMEND   | police/insurer stolen report | branch manager only                       |

## Request shape

```http
POST https://api.imeicheck.net/v1/checks
Authorization: Bearer <IMEICHECK_TOKEN>
Content-Type: application/json

{"deviceId": "<15-digit IMEI>", "serviceId": 12}
```

A result of `gsmaBlacklisted: true` means **refuse the device** and call the manager.
Never paste a token into a ticket note or Slack; rotate it in the provider dashboard if you do.
""")

add("json/decoy-postman-environment", "postman/Parts-Suppliers.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Parts suppliers (shared)",
  "values": [
    { "key": "ms_base", "value": "https://www.mobilesentrix.com/rest/V1", "type": "default", "enabled": true },
    { "key": "ms_token", "value": "", "type": "secret", "enabled": true },
    { "key": "shop_url", "value": "https://parts.northgate-mobile.co.uk", "type": "default", "enabled": true },
    { "key": "wc_ck", "value": "{{vault:wc-consumer-key}}", "type": "secret", "enabled": true },
    { "key": "wc_cs", "value": "{{vault:wc-consumer-secret}}", "type": "secret", "enabled": true },
    { "key": "sku", "value": "MS-IP13-OLED-S", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-20T14:11:09.331Z",
  "_postman_exported_using": "Postman/11.1.0"
}
""", id=uuid4())

# ================================================================ buy-back and trade-in

add("python/backmarket-api-token", "buyback/backmarket.py",
    "https://api.backmarket.dev/ (Authorization: Basic <token>)", '''
"""Back Market seller API: publish graded trade-in stock, pull new orders."""
from __future__ import annotations

from typing import Iterator

import requests

BM_API = "https://www.backmarket.co.uk/ws"
BM_TOKEN = "@@secret@@"
HEADERS = {
    "Authorization": f"Basic {BM_TOKEN}",
    "Accept": "application/json",
    "Accept-Language": "en-gb",
    "User-Agent": "BM-VoltFix-Repairs-Ltd;it@voltfix-repairs.co.uk",
}

GRADE_TO_STATE = {"A": 1, "B": 2, "C": 3}


def new_orders() -> Iterator[dict]:
    url = f"{BM_API}/orders?state=1"
    while url:
        page = requests.get(url, headers=HEADERS, timeout=30).json()
        yield from page["results"]
        url = page.get("next")


def publish_listing(sku: str, grade: str, price: float, qty: int) -> None:
    body = {"sku": sku, "state": GRADE_TO_STATE[grade], "price": f"{price:.2f}", "quantity": qty, "currency": "GBP"}
    requests.post(f"{BM_API}/listings", json=body, headers=HEADERS, timeout=30).raise_for_status()
''', b64(f"{uuid4()}:{hexs(40)}"))

add("ruby/paypal-client-secret", "config/initializers/paypal.rb",
    "https://github.com/paypal/PayPal-Ruby-SDK#configuration", """
# Trade-in payouts: customers who choose PayPal get paid when the device passes grading.
require "paypal-sdk-rest"

PayPal::SDK.configure(
  mode: Rails.env.production? ? "live" : "sandbox",
  client_id: "@@cid@@",
  client_secret: "@@secret@@",
  ssl_options: { ca_file: nil }
)

PayPal::SDK.logger = Rails.logger
PayPal::SDK.logger.level = Logger::INFO

TRADEIN_PAYOUT_NOTE = "VoltFix trade-in payment for order %<order>s"
TRADEIN_PAYOUT_SENDER_BATCH_PREFIX = "VFTI"
""", "E" + draw(79, URLSAFE), cid="A" + draw(79, URLSAFE))

add("java/braintree-private-key", "tradein-payments/src/main/java/uk/voltfix/tradein/PaymentsConfig.java",
    "https://developer.paypal.com/braintree/docs/start/hello-server/java", """
package uk.voltfix.tradein;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentsConfig {

    private static final String MERCHANT_ID = "@@mid@@";
    private static final String PUBLIC_KEY = "@@pub@@";
    private static final String PRIVATE_KEY = "@@secret@@";

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(Environment.PRODUCTION, MERCHANT_ID, PUBLIC_KEY, PRIVATE_KEY);
    }

    @Bean
    public DepositPolicy depositPolicy() {
        // refundable deposit taken when a mail-in repair kit is ordered
        return new DepositPolicy(1500, "GBP", 30);
    }
}
""", hexs(32), mid=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits),
    pub=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("markdown/marketplace-password", "docs/buyback/marketplaces.md",
    "https://www.markdownguide.org/extended-syntax/#tables", """
# Where refurbished stock is sold

Graded trade-ins (A/B/C) go to these channels. Pricing rules live in `buyback/pricing.py`.

| Channel      | Account                         | Login                                   | Notes                          |
|--------------|---------------------------------|-----------------------------------------|--------------------------------|
| Back Market  | VoltFix Repairs Ltd (UK)        | Google SSO (sales@)                     | API token in 1Password         |
| eBay UK      | voltfix_refurb                  | 1Password > eBay                        | promoted listings 4%           |
| Swappa       | voltfix-refurb                  | sales@voltfix-repairs.co.uk / @@secret@@ | US buyers only, ship via DHL   |
| Amazon Renewed | pending approval              | -                                       | SP-API set up in sp-api/       |

## Weekly routine

1. Export grading sheet (`tools/phonecheck_export.py`).
2. Re-price anything older than 21 days by -5%.
3. Pull anything with battery health < 80% and send it back to the bench.
""", words_pw())

add("json/wise-api-token", "payouts/wise.config.json",
    "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", """
{
  "profileId": 41928377,
  "environment": "live",
  "baseUrl": "https://api.wise.com",
  "apiToken": "@@secret@@",
  "sourceCurrency": "GBP",
  "reference": "VoltFix trade-in",
  "maxSinglePayoutGBP": 900,
  "requireManagerApprovalAboveGBP": 400
}
""", uuid4())

# ================================================================ courier mail-in labels

add("python/easypost-api-key", "shipping/labels.py",
    "https://docs.easypost.com/docs/authentication", '''
"""Prepaid mail-in labels: customer gets a QR/PDF label to post their device to the lab."""
from __future__ import annotations

import easypost

client = easypost.EasyPostClient("@@secret@@")

LAB_ADDRESS = {
    "company": "Northgate Mobile Clinic - Mail-in Lab",
    "street1": "Unit 4, Kirkstall Trading Estate",
    "city": "Leeds",
    "zip": "LS5 3BT",
    "country": "GB",
    "phone": "01130000000",
}


def inbound_label(customer: dict, weight_oz: float = 12.0) -> dict:
    shipment = client.shipment.create(
        to_address=LAB_ADDRESS,
        from_address=customer,
        parcel={"length": 8, "width": 6, "height": 3, "weight": weight_oz},
        options={"label_format": "PDF", "print_custom_1": customer.get("ticket", "")},
    )
    bought = client.shipment.buy(shipment.id, rate=shipment.lowest_rate(carriers=["RoyalMail"]))
    return {"tracking": bought.tracking_code, "label_url": bought.postage_label.label_url}
''', "EZAK" + draw(54))

add("env/shippo-api-token", "mailin/.env",
    "https://docs.goshippo.com/docs/guides_general/authentication/", """
NODE_ENV=production
PORT=3000

SHIPPO_API_TOKEN=@@secret@@
SHIPPO_CARRIER_ACCOUNT_USPS=@@acct@@
DEFAULT_PARCEL_TEMPLATE=USPS_SmallFlatRateBox

LAB_NAME="PocketMedic Mail-in Lab"
LAB_STREET=1180 Industrial Pkwy Ste 12
LAB_CITY=Hayward
LAB_STATE=CA
LAB_ZIP=94544
""", "shippo_live_" + hexs(40), acct=hexs(32))

add("shell/shipstation-api-secret", "scripts/pull_shipments.sh",
    "https://www.shipstation.com/docs/api/requirements/#authentication", r"""
#!/usr/bin/env bash
# Pulls yesterday's mail-in return shipments from ShipStation into the ticket DB.
set -euo pipefail

SS_KEY="@@key@@"
SS_SECRET="@@secret@@"
SINCE=$(date -d yesterday +%Y-%m-%d)

curl -sf -u "${SS_KEY}:${SS_SECRET}" \
  "https://ssapi.shipstation.com/shipments?shipDateStart=${SINCE}&storeId=418223&pageSize=500" \
  | jq -c '.shipments[] | {order: .orderNumber, tracking: .trackingNumber, carrier: .carrierCode, cost: .shipmentCost}' \
  > "/tmp/shipments-${SINCE}.jsonl"

python3 -m fixbench.import_shipments "/tmp/shipments-${SINCE}.jsonl"
""", hexs(32), key=hexs(32))

add("yaml/ups-client-secret", "config/carriers.yaml",
    "https://developer.ups.com/api/reference/oauth/client-credentials", """
carriers:
  ups:
    enabled: true
    account_number: 8W41V7
    oauth:
      token_url: https://onlinetools.ups.com/security/v1/oauth/token
      client_id: @@cid@@
      client_secret: @@secret@@
    services: ["03", "12"]   # Ground, 3 Day Select
  usps:
    enabled: false
  dhl_express:
    enabled: true
    credentials_from_env: true

defaults:
  package: { length_in: 8, width_in: 6, height_in: 3, weight_lb: 1.2 }
  insurance_usd: 500
  signature_required: true
""", draw(64), cid=draw(48))

add("csharp/fedex-client-secret", "Shipping/FedExAuth.cs",
    "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html", """
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace MailIn.Shipping
{
    public static class FedExAuth
    {
        private const string TokenUrl = "https://apis.fedex.com/oauth/token";
        private const string ClientId = "@@cid@@";
        private const string ClientSecret = "@@secret@@";

        public static async Task<string> GetTokenAsync(HttpClient http)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ClientId,
                ["client_secret"] = ClientSecret,
            });
            var resp = await http.PostAsync(TokenUrl, form);
            resp.EnsureSuccessStatusCode();
            var token = await resp.Content.ReadFromJsonAsync<TokenResponse>();
            return token!.access_token;
        }

        private sealed record TokenResponse(string access_token, string token_type, int expires_in);
    }
}
""", hexs(32), cid="l7" + hexs(34))

add("json/royal-mail-api-key", "clickdrop/settings.json",
    "https://api.parcel.royalmail.com/ (Click & Drop API, Authorization: <API auth key>)", """
{
  "clickAndDrop": {
    "baseUrl": "https://api.parcel.royalmail.com/api/v1",
    "authKey": "@@secret@@",
    "tradingName": "VoltFix Repairs",
    "defaultService": "TPN24",
    "returnService": "TRN24"
  },
  "labels": {
    "format": "PDF",
    "size": "4x6",
    "includeCN22": false,
    "printer": "Zebra ZD421 (Front desk)"
  },
  "parcelDefaults": { "weightInGrams": 450, "packageFormat": "smallParcel" }
}
""", uuid4())

add("typescript/sendle-api-key", "src/couriers/sendle.ts",
    "https://developers.sendle.com/reference/authentication", """
import { Buffer } from "node:buffer";

const SENDLE_ID = "pocketmedic_repairs";
const SENDLE_API_KEY = "@@secret@@";
const BASE = "https://api.sendle.com/api";

const auth = "Basic " + Buffer.from(`${SENDLE_ID}:${SENDLE_API_KEY}`).toString("base64");

export interface ReturnLabel {
  orderId: string;
  tracking: string;
  labelUrl: string;
}

export async function bookReturn(ticket: string, sender: Record<string, unknown>): Promise<ReturnLabel> {
  const res = await fetch(`${BASE}/orders`, {
    method: "POST",
    headers: { Authorization: auth, "Content-Type": "application/json" },
    body: JSON.stringify({
      customer_reference: ticket,
      description: "Phone for repair",
      weight: { value: "0.5", units: "kg" },
      sender,
      receiver: { contact: { name: "PocketMedic Lab" }, address: { address_line1: "12 Dock St", suburb: "Fremantle", postcode: "6160", state_name: "WA", country: "AU" } },
    }),
  });
  if (!res.ok) throw new Error(`sendle ${res.status}`);
  const o = await res.json();
  return { orderId: o.order_id, tracking: o.sendle_reference, labelUrl: o.labels?.[0]?.url };
}
""", draw(24))

add("php/dhl-express-password", "app/Couriers/DhlExpress.php",
    "https://developer.dhl.com/api-reference/dhl-express-mydhl-api#get-started-section/user-guide (Basic auth)", """
<?php

namespace App\\Couriers;

use Illuminate\\Support\\Facades\\Http;

class DhlExpress
{
    private const BASE = 'https://express.api.dhl.com/mydhlapi';
    private const USERNAME = 'ngmcGB';
    private const PASSWORD = '@@secret@@';
    private const ACCOUNT = '421993300';

    public function returnLabel(array $customer, string $ticket): array
    {
        $payload = [
            'plannedShippingDateAndTime' => now()->addDay()->format('Y-m-d\\TH:i:s \\G\\M\\TP'),
            'productCode' => 'N',
            'accounts' => [['typeCode' => 'shipper', 'number' => self::ACCOUNT]],
            'customerReferences' => [['value' => $ticket, 'typeCode' => 'CU']],
            'customerDetails' => ['shipperDetails' => $customer, 'receiverDetails' => config('mailin.lab')],
            'content' => ['packages' => [['weight' => 0.5, 'dimensions' => ['length' => 20, 'width' => 15, 'height' => 8]]],
                          'isCustomsDeclarable' => false, 'description' => 'Mobile phone for repair', 'unitOfMeasurement' => 'metric'],
        ];

        return Http::withBasicAuth(self::USERNAME, self::PASSWORD)
            ->post(self::BASE . '/shipments', $payload)
            ->throw()
            ->json();
    }
}
""", rand_pw(16, "!$^#@"))

add("ruby/shipengine-api-key", "lib/shipengine_client.rb",
    "https://www.shipengine.com/docs/auth/", """
require "net/http"
require "json"

# Mail-in return labels for US customers (ShipEngine, carrier: stamps_com)
module ShipengineClient
  API_KEY = "@@secret@@".freeze
  BASE = URI("https://api.shipengine.com/v1/")
  CARRIER_ID = "se-1744021".freeze

  def self.create_label(shipment)
    uri = URI.join(BASE, "labels")
    req = Net::HTTP::Post.new(uri, "API-Key" => API_KEY, "Content-Type" => "application/json")
    req.body = { shipment: shipment.merge(carrier_id: CARRIER_ID, service_code: "usps_priority_mail"),
                 label_format: "pdf", label_layout: "4x6" }.to_json
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    raise "ShipEngine #{res.code}: #{res.body}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body)
  end
end
""", draw(43))

add("markdown/courier-portal-password", "docs/runbooks/mail-in-repairs.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Runbook: mail-in repairs

## When a mail-in request comes in
1. Ticket is created automatically from the website form (status **Awaiting device**).
2. A prepaid label is generated by `shipping/labels.py` and e-mailed to the customer.
3. If the label fails (API down), book it by hand in the courier portal (below).

## Booking a label by hand (DPD Local)
- Portal: https://www.dpdlocal.co.uk/ship - account 4117902
- Login: `mailin@northgate-mobile.co.uk`
- Password: `@@secret@@`
- Service: *Next Day to Shop*, parcel size S, reference = ticket number.

## When the parcel arrives
- Scan the label barcode at the front desk; the ticket moves to **Received**.
- Photograph the device in the box before unpacking (insurance).
- Run the intake checklist and blacklist check as for a walk-in.

## Returns
Same portal, service *Next Day*, signature required for anything over 250 GBP.
""", words_pw())

_ez = "EZAK" + draw(54)
add("k8s-secret/easypost-api-key", "k8s/labels/easypost-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: label-worker-easypost
  namespace: mailin
  annotations:
    owner: it@northgate-mobile.co.uk
type: Opaque
data:
  EASYPOST_API_KEY: @@enc@@
  EASYPOST_MODE: @@mode@@
""", _ez, enc=b64(_ez), mode=b64("production"))

add("plist/shippo-api-token", "MailInKit/Resources/PrivateConfig.plist",
    "https://docs.goshippo.com/docs/guides_general/authentication/", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>APIBaseURL</key>
	<string>https://api.pocketmedic.io/v1</string>
	<key>ShippoToken</key>
	<string>@@secret@@</string>
	<key>DefaultParcelTemplate</key>
	<string>USPS_SmallFlatRateBox</string>
	<key>SupportPhone</key>
	<string>+1 510 555 0142</string>
</dict>
</plist>
""", "shippo_live_" + hexs(40))

add("log/easypost-api-key", "logs/label-worker.err.log",
    "https://docs.python.org/3/library/traceback.html", """
2024-06-14 08:12:03,551 ERROR label-worker: job 88123 failed (ticket T-21044)
Traceback (most recent call last):
  File "/srv/label-worker/shipping/worker.py", line 41, in run_job
    label = inbound_label(job.customer)
  File "/srv/label-worker/shipping/labels.py", line 28, in inbound_label
    client = easypost.EasyPostClient("@@secret@@")
  File "/srv/label-worker/.venv/lib/python3.11/site-packages/easypost/easypost_client.py", line 61, in __init__
    raise ValueError("api_key must be a str")
ValueError: api_key must be a str
2024-06-14 08:12:03,553 INFO  label-worker: job 88123 re-queued (attempt 2/5)
""", "EZAK" + draw(54))

add("xml/auspost-api-password", "config/shipping-config.xml",
    "https://developers.auspost.com.au/apis/shipping-and-tracking/reference (Basic auth API key + password)", """
<?xml version="1.0" encoding="utf-8"?>
<shipping>
  <carrier name="auspost-eparcel" enabled="true">
    <endpoint>https://digitalapi.auspost.com.au/shipping/v1</endpoint>
    <accountNumber>0007412288</accountNumber>
    <apiKey>@@key@@</apiKey>
    <password>@@secret@@</password>
    <product returns="true">PR</product>
  </carrier>
  <carrier name="sendle" enabled="true">
    <credentialsFrom>env</credentialsFrom>
  </carrier>
  <labelPrinter host="10.1.0.40" port="9100" format="ZPL" />
</shipping>
""", draw(20), key=uuid4())

# ---- decoys: shipping and buy-back

add("csv/decoy-tracking-numbers", "exports/mailin_shipments_2024-06.csv",
    "https://www.ups.com/us/en/support/shipping-support/shipping-special-care-regulated-items/tracking-number.page", """
ticket,direction,carrier,service,tracking,label_id,cost_usd,created
@@rows@@
""", rows="\n".join(
    f"T-{21000 + i},{d},{c},{s},{t},{l},{p},2024-06-{i + 2:02d}"
    for i, (d, c, s, t, l, p) in enumerate([
        ("inbound", "UPS", "03", "1Z8W41V7" + uhex(10), "shp_" + hexs(32), "11.42"),
        ("inbound", "USPS", "Priority", "9405" + digits(18), "shp_" + hexs(32), "9.10"),
        ("outbound", "UPS", "12", "1Z8W41V7" + uhex(10), "shp_" + hexs(32), "18.77"),
        ("inbound", "USPS", "Priority", "9405" + digits(18), "shp_" + hexs(32), "9.10"),
        ("outbound", "FedEx", "FEDEX_2_DAY", digits(12), "shp_" + hexs(32), "21.05"),
        ("inbound", "UPS", "03", "1Z8W41V7" + uhex(10), "shp_" + hexs(32), "11.42")])))

add("markdown/decoy-tracking-numbers", "docs/customers/mail-in-instructions.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Sending your device to us

Thanks for booking a mail-in repair with VoltFix! Here is what happens next.

1. **Print the label** we e-mailed you (PDF). No printer? Show the QR code at any Post Office.
2. **Pack the device** in a padded envelope or small box. Remove SIM cards and cases.
3. **Turn off Find My / Find My Device** - we cannot repair a locked device. We never need your passcode
   for hardware repairs; if a test needs it we will call you.
4. **Drop it off.** Keep the receipt; your tracking number looks like `QF123456785GB`.

You can follow your parcel at https://www.royalmail.com/track-your-item using that number, and your
repair at https://voltfix-repairs.co.uk/track with your ticket number (for example `T-21044`).

Questions? Reply to the e-mail or call 0113 000 0000 (Mon-Sat, 9-5).
""")

add("log/decoy-redacted", "logs/shipping-2024-06-02.log",
    "https://12factor.net/logs", """
2024-06-02 09:00:01 INFO  shipping.worker started pid=3188 carriers=easypost,shippo
2024-06-02 09:00:01 INFO  config loaded: EASYPOST_API_KEY=EZAK****************************************************a1 SHIPPO_API_TOKEN=shippo_live_************************************7c
2024-06-02 09:14:22 INFO  created shipment shp_@@s1@@ ticket=T-20988 rate=rate_@@r1@@ carrier=USPS
2024-06-02 09:14:23 INFO  label bought tracking=9405@@t1@@ cost=9.10
2024-06-02 10:41:07 WARN  shippo 429 Too Many Requests, retrying in 2s (Authorization: ShippoToken [REDACTED])
2024-06-02 10:41:10 INFO  label bought tracking=1Z8W41V7@@t2@@ cost=11.42 ticket=T-20991
2024-06-02 17:30:00 INFO  shipping.worker idle, 14 labels today
""", s1=hexs(32), r1=hexs(32), t1=digits(18), t2=uhex(10))

add("yaml/decoy-vcr-cassette", "spec/cassettes/shippo_create_label.yml",
    "https://github.com/vcr/vcr#filter-sensitive-data", """
---
http_interactions:
- request:
    method: post
    uri: https://api.goshippo.com/transactions/
    body:
      encoding: UTF-8
      string: '{"rate":"@@rate@@","label_file_type":"PDF","async":false}'
    headers:
      Authorization:
      - ShippoToken <SHIPPO_TOKEN>
      Content-Type:
      - application/json
  response:
    status:
      code: 201
      message: Created
    body:
      encoding: UTF-8
      string: '{"object_state":"VALID","status":"SUCCESS","object_id":"@@obj@@","tracking_number":"9405@@trk@@","label_url":"https://deliver.goshippo.com/@@obj@@.pdf"}'
  recorded_at: Tue, 04 Jun 2024 15:02:11 GMT
recorded_with: VCR 6.2.0
""", rate=hexs(32), obj=hexs(32), trk=digits(18))

add("json/decoy-label-response", "tests/fixtures/easypost_shipment_bought.json",
    "https://docs.easypost.com/docs/shipments#buy-a-shipment", """
{
  "id": "shp_@@shp@@",
  "object": "Shipment",
  "mode": "production",
  "reference": "T-21044",
  "tracking_code": "9405@@trk@@",
  "selected_rate": {
    "id": "rate_@@rate@@",
    "carrier": "USPS",
    "service": "Priority",
    "rate": "9.10",
    "carrier_account_id": "ca_@@ca@@"
  },
  "postage_label": {
    "id": "pl_@@pl@@",
    "label_file_type": "application/pdf",
    "label_url": "https://easypost-files.s3.us-west-2.amazonaws.com/files/postage_label/20240614/@@file@@.pdf"
  },
  "tracker": { "id": "trk_@@tr@@", "public_url": "https://track.easypost.com/@@pub@@" }
}
""", shp=hexs(32), trk=digits(18), rate=hexs(32), ca=hexs(32), pl=hexs(32), file=hexs(32), tr=hexs(32),
    pub=b64url_nopad(("trk_" + hexs(32)).encode()))

add("toml/decoy-placeholder", "workers/courier-webhooks/wrangler.toml",
    "https://developers.cloudflare.com/workers/configuration/secrets/", """
name = "courier-webhooks"
main = "src/index.ts"
compatibility_date = "2024-05-29"

# Secrets are NOT set here. Use:
#   wrangler secret put SHIPPO_WEBHOOK_SECRET
#   wrangler secret put FIXBENCH_API_TOKEN
[vars]
FIXBENCH_API = "https://api.fixbench.app/v2"
TRACKING_STATUS_MAP = "TRANSIT:In transit,DELIVERED:Received at lab,RETURNED:Returned"

[[kv_namespaces]]
binding = "SEEN_EVENTS"
id = "@@kv@@"
""", kv=hexs(32))

add("swift/decoy-keychain-reference", "MailInKit/Sources/MailInKit/Credentials.swift",
    "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

/// Tokens are provisioned by MDM into the keychain; nothing is compiled into the app.
enum Credentials {
    static let service = "io.pocketmedic.mailin"

    static func token(named account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static var shippo: String? { token(named: "shippo") }
    static var pocketmedicAPI: String? { token(named: "api") }
}
""")

# ================================================================ POS and card payments

add("python/stripe-secret-key", "pos/stripe_terminal.py",
    "https://docs.stripe.com/keys", '''
"""Stripe Terminal for the counter (BBPOS WisePOS E): deposits and final payments."""
import stripe

stripe.api_key = "@@secret@@"
stripe.api_version = "2024-04-10"

LOCATION_ID = "tml_FuX0sV3kY9qGxA"


def connection_token() -> str:
    return stripe.terminal.ConnectionToken.create(location=LOCATION_ID).secret


def charge_ticket(ticket_no: str, amount_pence: int, reader_id: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_pence,
        currency="gbp",
        payment_method_types=["card_present"],
        capture_method="automatic",
        metadata={"ticket": ticket_no},
        description=f"Repair {ticket_no}",
    )
    stripe.terminal.Reader.process_payment_intent(reader_id, payment_intent=intent.id)
    return intent.id
''', stripe_key(long=True))

add("env/stripe-restricted-key", "pos-web/.env.local",
    "https://docs.stripe.com/keys#limit-access", """
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
# restricted: PaymentIntents write, Customers read, Terminal write
STRIPE_SECRET_KEY=@@secret@@
NEXT_PUBLIC_SHOP_NAME=VoltFix Repairs
NEXT_PUBLIC_DEPOSIT_PENCE=1000
NEXTAUTH_URL=https://pos.voltfix-repairs.co.uk
""", stripe_key("rk_live_", long=True), pk="51" + draw(97))

add("javascript/stripe-webhook-secret", "api/webhooks/stripe.js",
    "https://docs.stripe.com/webhooks#verify-official-libraries", """
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '@@secret@@';
const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === 'payment_intent.succeeded') {
    const pi = event.data.object;
    await req.app.locals.tickets.markPaid(pi.metadata.ticket, pi.amount_received);
  } else if (event.type === 'charge.refunded') {
    await req.app.locals.tickets.markRefunded(event.data.object.metadata.ticket);
  }
  res.json({ received: true });
});

module.exports = router;
""", "whsec_" + draw(32))

add("terraform/stripe-secret-key", "infra/stripe/main.tf",
    "https://registry.terraform.io/providers/lukasaron/stripe/latest/docs", """
terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

provider "stripe" {
  api_key = "@@secret@@"
}

resource "stripe_webhook_endpoint" "pos" {
  url         = "https://pos.voltfix-repairs.co.uk/api/webhooks/stripe"
  description = "POS ticket payments"
  enabled_events = [
    "payment_intent.succeeded",
    "charge.refunded",
  ]
}

resource "stripe_product" "screen_protector" {
  name        = "Tempered glass fitted"
  description = "Screen protector supplied and fitted"
}
""", stripe_key())

add("log/stripe-secret-key", "logs/pos-sync-2024-05-14.log",
    "https://docs.stripe.com/api/authentication", """
2024-05-14 08:59:58 INFO  [pos-sync] starting, tills=2 store=NGT-01
2024-05-14 09:00:02 DEBUG [http] --> POST https://api.stripe.com/v1/payment_intents
2024-05-14 09:00:02 DEBUG [http] Authorization: Bearer @@secret@@
2024-05-14 09:00:02 DEBUG [http] Stripe-Version: 2024-04-10
2024-05-14 09:00:02 DEBUG [http] body: amount=8999&currency=gbp&metadata[ticket]=T-20714
2024-05-14 09:00:03 DEBUG [http] <-- 200 OK (412ms) request-id=req_@@req@@
2024-05-14 09:00:03 INFO  [pos-sync] ticket T-20714 intent created pi_@@pi@@
2024-05-14 09:00:41 INFO  [pos-sync] ticket T-20714 paid 89.99 GBP (card_present)
""", stripe_key(), req=draw(14), pi=draw(24))

add("kotlin/square-access-token", "square-sync/src/main/kotlin/uk/voltfix/square/SquareSync.kt",
    "https://developer.squareup.com/docs/build-basics/access-tokens", """
package uk.voltfix.square

import com.squareup.square.Environment
import com.squareup.square.SquareClient
import com.squareup.square.models.SearchOrdersQuery
import com.squareup.square.models.SearchOrdersRequest

private const val ACCESS_TOKEN = "@@secret@@"
private const val LOCATION_ID = "LQ4V1C8XJ2M9A"

fun client(): SquareClient = SquareClient.Builder()
    .environment(Environment.PRODUCTION)
    .accessToken(ACCESS_TOKEN)
    .build()

fun todaysOrders(): List<String> {
    val request = SearchOrdersRequest.Builder()
        .locationIds(listOf(LOCATION_ID))
        .query(SearchOrdersQuery.Builder().build())
        .limit(200)
        .build()
    val result = client().ordersApi.searchOrders(request)
    return result.orders.orEmpty().mapNotNull { it.referenceId }
}

fun main() {
    todaysOrders().forEach { println("ticket paid in Square: $it") }
}
""", square_token())

add("yaml/square-application-secret", "config/square_oauth.yml",
    "https://developer.squareup.com/docs/oauth-api/overview", """
# Square OAuth app "FixBench POS Connector" - lets each franchise shop connect its own Square account
production:
  application_id: sq0idp-@@app@@
  application_secret: @@secret@@
  redirect_uri: https://app.fixbench.app/integrations/square/callback
  scopes:
    - MERCHANT_PROFILE_READ
    - PAYMENTS_READ
    - ORDERS_READ
    - ORDERS_WRITE
    - ITEMS_READ

sandbox:
  application_id: sandbox-sq0idb-@@sbx@@
  application_secret: <%= ENV["SQUARE_SANDBOX_APP_SECRET"] %>
  redirect_uri: http://localhost:3000/integrations/square/callback
""", "sq0csp-" + draw(43, URLSAFE), app=draw(22, URLSAFE), sbx=draw(22, URLSAFE))

add("shell/square-access-token", "scripts/square_refund.sh",
    "https://developer.squareup.com/reference/square/refunds-api/refund-payment", r"""
#!/usr/bin/env bash
# usage: square_refund.sh <payment_id> <amount_pence> <ticket>
# Front desk uses this when a repair is cancelled after the deposit was taken.
set -euo pipefail
PAYMENT_ID=$1; AMOUNT=$2; TICKET=$3

curl -sS https://connect.squareup.com/v2/refunds \
  -X POST \
  -H 'Square-Version: 2024-05-15' \
  -H 'Authorization: Bearer @@secret@@' \
  -H 'Content-Type: application/json' \
  -d "{
    \"idempotency_key\": \"$(uuidgen)\",
    \"payment_id\": \"${PAYMENT_ID}\",
    \"amount_money\": {\"amount\": ${AMOUNT}, \"currency\": \"GBP\"},
    \"reason\": \"Repair cancelled - ${TICKET}\"
  }" | jq '.refund | {id, status}'
""", square_token())

add("go/sumup-api-key", "internal/payments/sumup.go",
    "https://developer.sumup.com/api-keys", """
package payments

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	sumupAPI      = "https://api.sumup.com/v0.1"
	sumupKey      = "@@secret@@"
	merchantCode  = "MC8QZ4RT"
)

type checkout struct {
	CheckoutReference string  `json:"checkout_reference"`
	Amount            float64 `json:"amount"`
	Currency          string  `json:"currency"`
	MerchantCode      string  `json:"merchant_code"`
	Description       string  `json:"description"`
}

// CreateCheckout opens a hosted checkout for an online repair deposit.
func CreateCheckout(ticket string, amount float64) (string, error) {
	body, _ := json.Marshal(checkout{ticket, amount, "GBP", merchantCode, "Repair deposit " + ticket})
	req, _ := http.NewRequest(http.MethodPost, sumupAPI+"/checkouts", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+sumupKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 15 * time.Second}).Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ ID string `json:"id"` }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("sumup: %w", err)
	}
	return out.ID, nil
}
""", "sup_sk_" + draw(32))

add("toml/lightspeed-personal-token", "config/lightspeed.toml",
    "https://x-series-api.lightspeedhq.com/docs/authorization#personal-tokens", """
# Lightspeed Retail (X-Series) sync - accessories and screen protectors sold at the till
[lightspeed]
domain_prefix = "voltfixrepairs"
base_url = "https://voltfixrepairs.retail.lightspeed.app/api/2.0"
personal_token = "@@secret@@"
outlet_id = "@@outlet@@"
register_id = "@@reg@@"

[sync]
interval_minutes = 10
push_repairs_as_sales = true
repair_product_prefix = "REPAIR-"

[mapping]
screen_protector = "TG-FITTED"
case_fitting = "CASE-FIT"
""", "lsxs_pt_" + draw(32), outlet=uuid4(), reg=uuid4())

_adyen = "AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10)
add("csharp/adyen-api-key", "Payments/AdyenSettings.cs",
    "https://docs.adyen.com/development-resources/api-credentials/", """
using Adyen;
using Adyen.Model;

namespace PocketMedic.Payments
{
    public static class AdyenSettings
    {
        public const string MerchantAccount = "PocketMedicECOM";
        public const string LiveUrlPrefix = "1797a841fbb37ca7-PocketMedic";
        private const string ApiKey = "@@secret@@";

        public static Client CreateClient()
        {
            var config = new Config
            {
                XApiKey = ApiKey,
                Environment = Environment.Live,
                LiveEndpointUrlPrefix = LiveUrlPrefix,
            };
            return new Client(config);
        }
    }
}
""", _adyen)

add("properties/adyen-hmac-key", "payments/src/main/resources/adyen.properties",
    "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/", """
# Adyen webhooks (standard notifications) for in-store terminals
adyen.merchant-account=PocketMedicPOS
adyen.environment=LIVE
adyen.api-key=${ADYEN_API_KEY}
adyen.notification.username=adyen-webhook
adyen.notification.password=${ADYEN_WEBHOOK_BASIC_PASSWORD}
adyen.notification.hmac-key=@@secret@@
adyen.terminal.pool=S1F2-000158213301,S1F2-000158213302
""", uhex(64))

add("ini/clover-api-token", "clover_sync.ini",
    "https://docs.clover.com/docs/using-api-tokens", """
; Clover -> RepairDesk payment reconciliation (runs on the back-office PC every night)
[clover]
region = na
base_url = https://api.clover.com
merchant_id = R3K8Q2V1WZ7N4
api_token = @@secret@@

[repairdesk]
base_url = https://api.repairdesk.co/api/web/v1
api_key_env = REPAIRDESK_API_KEY

[output]
folder = C:\\Reports\\Reconciliation
keep_days = 90
""", uuid4())

add("json/zettle-api-key", "integrations/zettle.json",
    "https://developer.zettle.com/docs/get-started/user-guides/create-api-keys", """
{
  "provider": "zettle",
  "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
  "token_url": "https://oauth.zettle.com/token",
  "client_id": "@@cid@@",
  "assertion": "@@secret@@",
  "purchases": {
    "endpoint": "https://purchase.izettle.com/purchases/v2",
    "page_size": 200,
    "match_ticket_by": "comment"
  }
}
""", jwt_like({"kid": "0", "typ": "JWT", "alg": "RS256"},
              {"iss": "iZettle", "aud": "API", "exp": 2664869832, "sub": uuid4(), "iat": 1718186232,
               "renewed": False, "scope": ["READ:PURCHASE", "READ:FINANCE"], "user": {"userType": "USER", "uuid": uuid4()}, "type": "user-assertion"}, 342),
    cid=uuid4())

add("php/moneris-api-token", "includes/moneris_config.php",
    "https://developer.moneris.com/More/Testing/Testing%20a%20Solution (store_id / api_token)", """
<?php
// Moneris Gateway - online deposits for repair bookings (Toronto shop)
return [
    'environment' => 'production',
    'store_id'    => 'monca07731',
    'api_token'   => '@@secret@@',
    'country'     => 'CA',
    'crypt_type'  => '7',
    'status_check'=> false,
    'deposit'     => [
        'amount'   => '15.00',
        'currency' => 'CAD',
        'order_id_prefix' => 'NGTO-',
    ],
];
""", draw(20))

# ---- decoys: payments

add("typescript/decoy-publishable-key", "pos-web/src/lib/checkout.ts",
    "https://docs.stripe.com/keys#obtain-api-keys (publishable keys are safe in client code)", """
import { loadStripe, Stripe } from "@stripe/stripe-js";

// Publishable key: identifies the account in the browser, cannot move money.
const STRIPE_PK = "pk_live_@@pk@@";

let stripePromise: Promise<Stripe | null> | null = null;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) stripePromise = loadStripe(STRIPE_PK);
  return stripePromise;
}

export async function payDeposit(clientSecretFromServer: string, returnUrl: string) {
  const stripe = await getStripe();
  if (!stripe) throw new Error("Stripe failed to load");
  return stripe.confirmPayment({
    clientSecret: clientSecretFromServer,
    confirmParams: { return_url: returnUrl },
  });
}
""", pk="51" + draw(97))

add("javascript/decoy-publishable-key", "public/js/web-payments.js",
    "https://developer.squareup.com/docs/web-payments/take-card-payment (application ID and location ID are public)", """
// Square Web Payments SDK - online repair deposit form
const APPLICATION_ID = 'sq0idp-@@app@@';
const LOCATION_ID = 'LQ4V1C8XJ2M9A';

async function initCard() {
  if (!window.Square) throw new Error('Square.js failed to load');
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach('#card-container');
  return card;
}

document.addEventListener('DOMContentLoaded', async () => {
  const card = await initCard();
  document.querySelector('#pay-deposit').addEventListener('click', async (e) => {
    e.preventDefault();
    const result = await card.tokenize();
    if (result.status !== 'OK') return alert('Card declined, please try again');
    await fetch('/api/deposits', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sourceId: result.token, ticket: document.querySelector('#ticket').value }),
    });
  });
});
""", app=draw(22, URLSAFE))

add("html/decoy-client-id", "templates/deposit.html",
    "https://developer.paypal.com/sdk/js/configuration/ (client-id query parameter)", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your repair deposit - VoltFix</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=GBP&intent=capture"></script>
</head>
<body>
  <h1>Repair deposit</h1>
  <p>Ticket <strong>{{ ticket.number }}</strong> - {{ ticket.device }}</p>
  <div id="paypal-buttons"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch("/api/paypal/orders?ticket={{ ticket.number }}", { method: "POST" })
        .then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: "POST" })
        .then(() => window.location = "/deposit/thanks"),
    }).render("#paypal-buttons");
  </script>
</body>
</html>
""", cid="A" + draw(79, URLSAFE))

add("dart/decoy-affiliate-key", "lib/payments/sumup_config.dart",
    "https://developer.sumup.com/online-payments/tools/affiliate-keys/ (affiliate key identifies the app)", """
/// SumUp card reader config for the Flutter counter app.
/// The affiliate key only identifies this app to the SumUp SDK; merchants log in on the device.
class SumUpConfig {
  static const affiliateKey = 'sup_afk_@@afk@@';
  static const appId = 'uk.northgate.counter';
  static const currency = 'GBP';
  static const tipping = false;

  static const receiptFooter = 'Thank you for choosing Northgate Mobile Clinic';

  const SumUpConfig._();
}
""", afk=draw(32))

add("python/decoy-hmac-signature", "tests/test_stripe_webhook.py",
    "https://docs.stripe.com/webhooks#verify-manually", '''
import hashlib
import hmac
import json
import time

import pytest

from pos import webhooks

# A signing secret made up for this test module only (Stripe never issued it).
TEST_SECRET = "whsec_unit_tests_only"


def sign(payload: str, secret: str = TEST_SECRET, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={ts},v1={sig}"


def test_valid_signature_marks_ticket_paid(client, monkeypatch):
    monkeypatch.setattr(webhooks, "ENDPOINT_SECRET", TEST_SECRET)
    payload = json.dumps({"type": "payment_intent.succeeded", "data": {"object": {"metadata": {"ticket": "T-1"}, "amount_received": 4999}}})
    r = client.post("/webhooks/stripe", data=payload, headers={"Stripe-Signature": sign(payload)})
    assert r.status_code == 200


def test_recorded_signature_is_rejected_when_stale(client):
    header = "t=1717000000,v1=@@sig@@"
    r = client.post("/webhooks/stripe", data="{}", headers={"Stripe-Signature": header})
    assert r.status_code == 400
''', sig=sha256())

add("log/decoy-payment-ids", "logs/terminal-2024-06-03.log",
    "https://docs.stripe.com/api/payment_intents/object", """
2024-06-03T09:41:10Z reader tmr_@@rd@@ connected (WisePOS E, firmware 2.21.2.0)
2024-06-03T10:02:33Z ticket=T-20977 intent=pi_@@p1@@ amount=49.99 GBP
2024-06-03T10:02:51Z ticket=T-20977 approved card=visa ****4242 auth=@@a1@@ charge=ch_@@c1@@
2024-06-03T11:15:07Z ticket=T-20981 intent=pi_@@p2@@ amount=129.00 GBP
2024-06-03T11:15:29Z ticket=T-20981 declined card=mastercard ****0019 code=insufficient_funds
2024-06-03T11:16:40Z ticket=T-20981 approved card=amex ****1005 auth=@@a2@@ charge=ch_@@c2@@
2024-06-03T17:59:59Z end of day: 2 approved, 1 declined, total 178.99 GBP
""", rd=draw(14), p1=draw(24), a1=uhex(6), c1=draw(24), p2=draw(24), a2=uhex(6), c2=draw(24))

add("csv/decoy-payment-ids", "exports/card_payments_2024-06.csv",
    "https://docs.stripe.com/reports/balance (itemized export columns)", """
created_utc,ticket,payment_intent,charge,balance_transaction,amount,fee,net,card_brand,last4
@@rows@@
""", rows="\n".join(f"2024-06-{d:02d}T{h:02d}:12:00Z,T-{20960 + i},pi_{draw(24)},ch_{draw(24)},txn_{draw(24)},{a},{f},{n},{b},{l}"
                    for i, (d, h, a, f, n, b, l) in enumerate([
                        (1, 10, "49.99", "0.95", "49.04", "visa", "4242"), (1, 14, "89.00", "1.57", "87.43", "mastercard", "4444"),
                        (2, 9, "15.00", "0.43", "14.57", "visa", "1881"), (2, 16, "129.00", "2.18", "126.82", "amex", "8431"),
                        (3, 11, "69.99", "1.25", "68.74", "visa", "0077")])))

add("terraform/decoy-variable-reference", "infra/stripe/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "stripe_api_key" {
  description = "Restricted Stripe key for Terraform (set TF_VAR_stripe_api_key from 1Password)"
  type        = string
  sensitive   = true
}

variable "webhook_url" {
  type    = string
  default = "https://pos.voltfix-repairs.co.uk/api/webhooks/stripe"
}

provider "stripe" {
  api_key = var.stripe_api_key
}

output "webhook_secret_hint" {
  value     = "read the signing secret from the Stripe dashboard; it is never output here"
  sensitive = false
}
""")

add("kotlin/decoy-build-config", "pos-android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "uk.voltfix.pos"
    compileSdk = 34

    defaultConfig {
        applicationId = "uk.voltfix.pos"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "3.2.0"
        // values come from ~/.gradle/gradle.properties or CI env, never from this file
        buildConfigField("String", "SQUARE_APP_ID", "\\"${project.findProperty("squareAppId") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.fixbench.app/v2/\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("POS_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("POS_KEYSTORE_PASSWORD")
            keyAlias = "pos"
            keyPassword = System.getenv("POS_KEY_PASSWORD")
        }
    }

    buildFeatures { buildConfig = true }
}
""")

add("json/decoy-placeholder", "PocketMedic.Payments/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Adyen": {
    "MerchantAccount": "PocketMedicECOM",
    "Environment": "Test",
    "ApiKey": "",
    "HmacKey": "<set in Azure App Service configuration>"
  },
  "Braintree": {
    "MerchantId": "",
    "PublicKey": "",
    "PrivateKey": "use dotnet user-secrets locally"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

# ================================================================ customer SMS and e-mail

add("python/twilio-auth-token", "notify/sms.py",
    "https://www.twilio.com/docs/iam/credentials/api", '''
"""Customer SMS: quote ready, repair ready, uncollected reminders."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
MESSAGING_SERVICE_SID = "MG@@mg@@"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATES = {
    "quote": "Hi {name}, your quote for the {device} is {price}. Reply YES to approve. - VoltFix",
    "ready": "Hi {name}, your {device} is repaired and ready to collect (ticket {ticket}). - VoltFix",
    "uncollected": "Reminder: your {device} has been ready since {since}. We open 9-5 Mon-Sat. - VoltFix",
}


def send(kind: str, to: str, **fields: str) -> str:
    msg = _client.messages.create(
        messaging_service_sid=MESSAGING_SERVICE_SID,
        to=to,
        body=TEMPLATES[kind].format(**fields),
    )
    return msg.sid
''', hexs(32), sid=twilio_sid(), mg=hexs(32))

add("env/twilio-api-key-secret", "sms-gateway/.env.sms",
    "https://www.twilio.com/docs/iam/api-keys", """
# SMS gateway (two-way customer texting)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=SK@@sk@@
TWILIO_API_SECRET=@@secret@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
INBOUND_WEBHOOK_PATH=/twilio/inbound
OPT_OUT_KEYWORDS=STOP,UNSUBSCRIBE,END
QUIET_HOURS=20:00-08:30
""", draw(32), sid=twilio_sid(), sk=hexs(32), mg=hexs(32))

add("php/vonage-api-secret", "sms/send_ready_sms.php",
    "https://developer.vonage.com/en/getting-started/concepts/authentication#api-key-and-secret", """
<?php
require __DIR__ . '/../vendor/autoload.php';

use Vonage\\Client;
use Vonage\\Client\\Credentials\\Basic;
use Vonage\\SMS\\Message\\SMS;

$basic  = new Basic('@@key@@', '@@secret@@');
$client = new Client($basic);

function send_ready_sms(Client $client, string $to, string $name, string $device, string $ticket): bool
{
    $text = sprintf('Hi %s, your %s is ready to collect (ticket %s). Northgate Mobile Clinic', $name, $device, $ticket);
    $response = $client->sms()->send(new SMS($to, 'NGMobile', $text));
    $message = $response->current();
    return $message->getStatus() == 0;
}

foreach (ready_tickets_without_sms() as $t) {
    if (send_ready_sms($client, $t['phone'], $t['first_name'], $t['device'], $t['number'])) {
        mark_sms_sent($t['id']);
    }
}
""", draw(16), key=hexs(8))

add("ruby/messagebird-access-key", "app/services/sms_notifier.rb",
    "https://developers.messagebird.com/api/#authentication", """
require "messagebird"

class SmsNotifier
  ACCESS_KEY = "@@secret@@".freeze
  ORIGINATOR = "VoltFix".freeze

  def initialize(client: MessageBird::Client.new(ACCESS_KEY))
    @client = client
  end

  def trade_in_offer(customer, offer)
    body = "Hi #{customer.first_name}, we can offer #{offer.amount_formatted} for your #{offer.device_name}. " \\
           "Offer valid 7 days: #{offer.short_url}"
    deliver(customer.mobile, body)
  end

  def payout_sent(customer, amount)
    deliver(customer.mobile, "Your trade-in payment of #{amount} is on its way. Thanks for choosing VoltFix!")
  end

  private

  def deliver(to, body)
    @client.message_create(ORIGINATOR, [to], body, reference: "tradein")
  rescue MessageBird::ErrorException => e
    Rails.logger.warn("messagebird failed: #{e.errors.map(&:description).join(', ')}")
    nil
  end
end
""", draw(25))

add("go/plivo-auth-token", "notifier/plivo.go",
    "https://www.plivo.com/docs/sms/api/overview/authentication/", """
package notifier

import (
	"fmt"

	"github.com/plivo/plivo-go/v7"
)

const (
	plivoAuthID    = "@@aid@@"
	plivoAuthToken = "@@secret@@"
	senderNumber   = "+14155550183"
)

// SendReady tells the customer their device is repaired.
func SendReady(to, name, device, ticket string) error {
	client, err := plivo.NewClient(plivoAuthID, plivoAuthToken, &plivo.ClientOptions{})
	if err != nil {
		return fmt.Errorf("plivo client: %w", err)
	}
	_, err = client.Messages.Create(plivo.MessageCreateParams{
		Src:  senderNumber,
		Dst:  to,
		Text: fmt.Sprintf("Hi %s, your %s is ready for pickup (ticket %s). - PocketMedic", name, device, ticket),
	})
	return err
}
""", draw(40), aid="MA" + fakes.drawn(_seed(), 18, string.ascii_uppercase + string.digits))

add("yaml/clicksend-api-key", "config/notifications.yml",
    "https://developers.clicksend.com/docs/rest/v3/#authentication", """
sms:
  provider: clicksend
  clicksend:
    username: admin@pocketmedic.com.au
    api_key: @@secret@@
    sender_id: PocketMedic
  templates:
    booked: "Thanks {first_name}! Your {device} repair is booked for {date} at {time}."
    ready: "Your {device} is ready to collect from PocketMedic {store}. Ticket {ticket}."
    survey: "How did we do? Rate your repair: {survey_url}"

email:
  provider: smtp
  from: "PocketMedic Repairs <hello@pocketmedic.com.au>"
  credentials_from_env: true
""", uuid4().upper())

add("typescript/telnyx-api-key", "src/sms/telnyx.ts",
    "https://developers.telnyx.com/docs/development/authentication", """
import Telnyx from "telnyx";

const telnyx = new Telnyx("@@secret@@");
const FROM = "+13125550147";
const PROFILE_ID = "@@prof@@";

export async function sendQuoteApproval(to: string, ticket: string, amount: string): Promise<string> {
  const { data } = await telnyx.messages.create({
    from: FROM,
    to,
    messaging_profile_id: PROFILE_ID,
    text: `Your repair quote for ticket ${ticket} is ${amount}. Reply YES to approve or call us.`,
  });
  return data.id;
}

export function isApproval(body: string): boolean {
  return /^\\s*(yes|y|ok|approve)\\b/i.test(body);
}
""", "KEY" + uhex(32) + "_" + draw(22), prof=uuid4())

add("shell/textmagic-api-key", "bin/send-pickup-sms.sh",
    "https://docs.textmagic.com/#section/Authentication", r"""
#!/bin/bash
# send-pickup-sms.sh <phone> <ticket>
# Quick manual SMS from the back office when the POS integration is down.
PHONE="$1"
TICKET="$2"
[ -z "$PHONE" ] || [ -z "$TICKET" ] && { echo "usage: $0 <phone> <ticket>"; exit 1; }

curl -s -X POST https://rest.textmagic.com/api/v2/messages \
  -H "X-TM-Username: voltfixrepairs" \
  -H "X-TM-Key: @@secret@@" \
  -d "phones=${PHONE}" \
  -d "from=VoltFix" \
  --data-urlencode "text=Your repair (ticket ${TICKET}) is ready to collect. See you soon - VoltFix"
echo
""", draw(30))

add("env/brevo-api-key", "mailer/.env",
    "https://developers.brevo.com/docs/getting-started", """
MAIL_PROVIDER=brevo
BREVO_API_KEY=@@secret@@
MAIL_FROM_NAME="Northgate Mobile Clinic"
MAIL_FROM_ADDRESS=repairs@northgate-mobile.co.uk
REVIEW_TEMPLATE_ID=14
RECEIPT_TEMPLATE_ID=9
QUOTE_TEMPLATE_ID=11
""", "xkeysib-" + hexs(64) + "-" + draw(16))

add("python/mailgun-api-key", "notify/email.py",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", '''
"""Transactional e-mail: receipts, quotes and warranty certificates."""
import requests

MAILGUN_DOMAIN = "mg.voltfix-repairs.co.uk"
MAILGUN_KEY = "@@secret@@"
MAILGUN_API = f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages"


def send_receipt(to: str, ticket: str, pdf: bytes) -> None:
    resp = requests.post(
        MAILGUN_API,
        auth=("api", MAILGUN_KEY),
        files=[("attachment", (f"receipt-{ticket}.pdf", pdf, "application/pdf"))],
        data={
            "from": "VoltFix Repairs <receipts@voltfix-repairs.co.uk>",
            "to": to,
            "subject": f"Your receipt for repair {ticket}",
            "template": "receipt",
            "h:X-Mailgun-Variables": f\'{{"ticket": "{ticket}"}}\',
        },
        timeout=20,
    )
    resp.raise_for_status()
''', "key-" + hexs(32))

add("javascript/sendgrid-api-key", "functions/sendInvoice.js",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """
const functions = require('firebase-functions');
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

exports.sendInvoice = functions.firestore
  .document('tickets/{ticketId}')
  .onUpdate(async (change, context) => {
    const before = change.before.data();
    const after = change.after.data();
    if (before.status === after.status || after.status !== 'collected') return null;

    await sgMail.send({
      to: after.customer.email,
      from: { email: 'invoices@pocketmedic.io', name: 'PocketMedic' },
      templateId: 'd-4c1b7f2e9a8d4b6c8f0e1a2b3c4d5e6f',
      dynamicTemplateData: {
        ticket: context.params.ticketId,
        device: after.device,
        total: after.total,
      },
    });
    return null;
  });
""", sendgrid_key())

add("csharp/postmark-server-token", "Notifications/PostmarkMailer.cs",
    "https://postmarkapp.com/developer/api/overview#authentication", """
using System.Threading.Tasks;
using PostmarkDotNet;

namespace PocketMedic.Notifications
{
    public class PostmarkMailer
    {
        private readonly PostmarkClient _client = new PostmarkClient("@@secret@@");

        public async Task<bool> SendWarrantyAsync(string to, string ticket, string device, string pdfBase64)
        {
            var message = new TemplatedPostmarkMessage
            {
                From = "warranty@pocketmedic.io",
                To = to,
                TemplateAlias = "warranty-certificate",
                TemplateModel = new { ticket, device, months = 6 },
                MessageStream = "outbound",
            };
            message.AddAttachment(pdfBase64, $"warranty-{ticket}.pdf", "application/pdf");
            var result = await _client.SendEmailWithTemplateAsync(message);
            return result.Status == PostmarkStatus.Success;
        }
    }
}
""", uuid4())

add("json/mailchimp-api-key", "n8n/workflows/review-request.json",
    "https://mailchimp.com/developer/marketing/guides/quick-start/#make-your-first-api-call", """
{
  "name": "Review request after collection",
  "nodes": [
    {
      "parameters": { "path": "collected", "httpMethod": "POST" },
      "name": "Ticket collected",
      "type": "n8n-nodes-base.webhook",
      "position": [240, 300]
    },
    {
      "parameters": {
        "url": "https://us14.api.mailchimp.com/3.0/lists/8f2e71c0aa/members",
        "authentication": "genericCredentialType",
        "sendHeaders": true,
        "headerParameters": {
          "parameters": [
            { "name": "Authorization", "value": "apikey @@secret@@" }
          ]
        },
        "sendBody": true,
        "bodyParameters": {
          "parameters": [
            { "name": "email_address", "value": "={{ $json.customer.email }}" },
            { "name": "status_if_new", "value": "subscribed" },
            { "name": "tags", "value": "={{ ['repair-review'] }}" }
          ]
        }
      },
      "name": "Add to review journey",
      "type": "n8n-nodes-base.httpRequest",
      "position": [520, 300]
    }
  ],
  "connections": { "Ticket collected": { "main": [[{ "node": "Add to review journey", "type": "main", "index": 0 }]] } }
}
""", hexs(32) + "-us14")

add("swift/fcm-server-key", "CustomerApp/Push/PushSender.swift",
    "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", """
import Foundation

/// Used by the in-store iPad to push "your repair is ready" to the customer app.
struct PushSender {
    private let endpoint = URL(string: "https://fcm.googleapis.com/fcm/send")!
    private let serverKey = "@@secret@@"

    func notifyReady(fcmToken: String, ticket: String, device: String) async throws {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "to": fcmToken,
            "notification": ["title": "Repair ready", "body": "Your \\(device) is ready to collect."],
            "data": ["ticket": ticket],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
    }
}
""", fcm_server_key())

add("kotlin/onesignal-rest-api-key", "backend/src/main/kotlin/io/pocketmedic/push/PushService.kt",
    "https://documentation.onesignal.com/docs/keys-and-ids", """
package io.pocketmedic.push

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

class PushService(private val http: HttpClient) {
    private val appId = "@@app@@"
    private val restApiKey = "@@secret@@"

    suspend fun repairReady(externalId: String, device: String, ticket: String) {
        http.post("https://api.onesignal.com/notifications?c=push") {
            header("Authorization", "Key $restApiKey")
            contentType(ContentType.Application.Json)
            setBody(
                mapOf(
                    "app_id" to appId,
                    "include_aliases" to mapOf("external_id" to listOf(externalId)),
                    "target_channel" to "push",
                    "headings" to mapOf("en" to "Repair ready"),
                    "contents" to mapOf("en" to "Your $device is ready (ticket $ticket)"),
                )
            )
        }
    }
}
""", "os_v2_app_" + fakes.drawn(_seed(), 113, string.ascii_lowercase + "234567"), app=uuid4())

add("log/twilio-auth-token", "logs/sms-gateway-2024-06-07.log",
    "https://www.twilio.com/docs/usage/requests-to-twilio#credentials", """
Jun 07 09:30:01 sms-gw[2211]: starting sms-gateway v1.8.3
Jun 07 09:30:01 sms-gw[2211]: outbound via https://@@sid@@:@@secret@@@api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json
Jun 07 09:31:44 sms-gw[2211]: sent SM@@m1@@ to +4477009xxxxx template=ready ticket=T-20990
Jun 07 09:52:10 sms-gw[2211]: inbound from +4477009xxxxx body="YES" -> quote approved ticket=T-20993
Jun 07 10:05:29 sms-gw[2211]: sent SM@@m2@@ to +4479460xxxxx template=quote ticket=T-20995
Jun 07 10:05:30 sms-gw[2211]: status callback SM@@m2@@ delivered
""", hexs(32), sid=twilio_sid(), m1=hexs(32), m2=hexs(32))

add("xml/smtp-password", "PosBridge/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StoreCode" value="NGT-01" />
    <add key="ReceiptFromAddress" value="receipts@voltfix-repairs.co.uk" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp deliveryMethod="Network" from="receipts@voltfix-repairs.co.uk">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="receipts@voltfix-repairs.co.uk" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("notebook/klaviyo-private-key", "marketing/winback_campaign.ipynb",
    "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Win-back: customers whose last repair was 12+ months ago\\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "KLAVIYO_KEY = \\"@@secret@@\\"\\n",
    "HEADERS = {\\"Authorization\\": f\\"Klaviyo-API-Key {KLAVIYO_KEY}\\", \\"revision\\": \\"2024-05-15\\"}\\n",
    "customers = pd.read_csv(\\"exports/customers_last_repair.csv\\", parse_dates=[\\"last_repair\\"])\\n",
    "lapsed = customers[customers.last_repair < \\"2023-06-01\\"]\\n",
    "len(lapsed)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "for email in lapsed.email:\\n",
    "    requests.post(\\"https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs\\", headers=HEADERS, json={\\"data\\": {\\"type\\": \\"profile-subscription-bulk-create-job\\", \\"attributes\\": {\\"profiles\\": {\\"data\\": [{\\"type\\": \\"profile\\", \\"attributes\\": {\\"email\\": email}}]}}, \\"relationships\\": {\\"list\\": {\\"data\\": {\\"type\\": \\"list\\", \\"id\\": \\"WbK4Xq\\"}}}}})"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.11.6" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "pk_" + hexs(34))

add("dart/algolia-admin-key", "lib/services/parts_search_admin.dart",
    "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """
import 'package:algolia_client_search/algolia_client_search.dart';

/// Back-office tablet: re-indexes the parts catalogue after a price import.
class PartsIndexer {
  static const _appId = 'K7Q2ZP0V4M';
  static const _adminKey = '@@secret@@';
  static const indexName = 'parts_gb';

  final SearchClient _client = SearchClient(appId: _appId, apiKey: _adminKey);

  Future<void> upsert(List<Map<String, dynamic>> parts) async {
    await _client.saveObjects(
      indexName: indexName,
      objects: parts.map((p) => {...p, 'objectID': p['sku']}).toList(),
    );
  }

  Future<void> remove(String sku) => _client.deleteObject(indexName: indexName, objectID: sku);
}
""", hexs(32))

add("java/smtp-password", "mailer/src/main/java/uk/northgate/mailer/MailConfig.java",
    "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/passwordauthentication", """
package uk.northgate.mailer;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailConfig {
    private static final String HOST = "smtp.gmail.com";
    private static final String USER = "repairs@northgate-mobile.co.uk";
    private static final String APP_PASSWORD = "@@secret@@";

    private MailConfig() {}

    public static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.host", HOST);
        props.put("mail.smtp.port", "587");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, APP_PASSWORD);
            }
        });
    }
}
""", " ".join(fakes.drawn(_seed() + i, 4, string.ascii_lowercase) for i in range(4)))

add("php/smtp-password", "includes/mailer.php",
    "https://github.com/PHPMailer/PHPMailer#a-simple-example", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

require_once __DIR__ . '/../vendor/autoload.php';

function shop_mailer(): PHPMailer
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host       = 'mail.pocketmedic.com.au';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'bookings@pocketmedic.com.au';
    $mail->Password   = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
    $mail->Port       = 465;
    $mail->setFrom('bookings@pocketmedic.com.au', 'PocketMedic Bookings');
    $mail->CharSet = 'UTF-8';
    return $mail;
}
""", rand_pw(14, "!@#%"))

# ---- decoys: messaging

add("csharp/decoy-config-reference", "Notifications/Program.cs",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using PocketMedic.Notifications;
using Twilio;

var builder = WebApplication.CreateBuilder(args);

// Local dev: dotnet user-secrets set "Twilio:AuthToken" "<token>"
// Production: Azure Key Vault reference in App Service settings
builder.Configuration.AddUserSecrets<Program>(optional: true);

var twilio = builder.Configuration.GetSection("Twilio");
TwilioClient.Init(twilio["AccountSid"], twilio["AuthToken"]);

builder.Services.AddSingleton(_ => new PostmarkMailerOptions
{
    ServerToken = builder.Configuration["Postmark:ServerToken"]
        ?? throw new InvalidOperationException("Postmark:ServerToken missing"),
});

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("yaml/decoy-twilio-sid", "config/sms.yml",
    "https://www.twilio.com/docs/glossary/what-is-a-sid (SIDs are identifiers)", """
# Identifiers only; the auth token is injected as TWILIO_AUTH_TOKEN by the deploy pipeline.
twilio:
  account_sid: @@sid@@
  messaging_service_sid: MG@@mg@@
  inbound_number: "+447700900123"
  status_callback: https://api.fixbench.app/v2/twilio/status
  auth_token: ${TWILIO_AUTH_TOKEN}

quiet_hours:
  start: "20:00"
  end: "08:30"
  timezone: Europe/London
""", sid=twilio_sid(), mg=hexs(32))

add("json/decoy-device-tokens", "tests/fixtures/push_devices.json",
    "https://firebase.google.com/docs/cloud-messaging/manage-tokens (registration tokens address one app install)", """
{
  "devices": [
    {
      "customer_id": 48211,
      "platform": "ios",
      "apns_token": "@@apns1@@",
      "app_version": "2.3.0"
    },
    {
      "customer_id": 48219,
      "platform": "android",
      "fcm_token": "@@fcm1@@",
      "app_version": "2.3.0"
    },
    {
      "customer_id": 48230,
      "platform": "ios",
      "apns_token": "@@apns2@@",
      "app_version": "2.2.4"
    }
  ]
}
""", apns1=hexs(64), apns2=hexs(64), fcm1=draw(22, URLSAFE) + ":APA91b" + draw(134, URLSAFE))

add("markdown/decoy-sms-templates", "docs/sms-templates.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Customer SMS templates

All messages are sent from the sender id **VoltFix** (UK) through the messaging service.
Variables in `{braces}` are filled by `notify/sms.py`.

| Key          | When                              | Text |
|--------------|-----------------------------------|------|
| `quote`      | tech adds a quote to the ticket   | Hi {name}, your quote for the {device} is {price}. Reply YES to approve. |
| `ready`      | ticket moves to *Ready*           | Hi {name}, your {device} is repaired and ready to collect (ticket {ticket}). |
| `uncollected`| every 4 days after *Ready*        | Reminder: your {device} has been ready since {since}. |
| `survey`     | 2 days after *Collected*          | How did we do? {survey_url} |

Rules:
- Never include prices for insurance jobs (the insurer pays).
- Never include passcodes, Apple ID details or IMEIs in an SMS.
- Opt-outs (STOP) are handled by the provider; do not re-add a number by hand.
""")

add("php/decoy-env-reference", "config/services.php",
    "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [

    'vonage' => [
        'key'    => env('VONAGE_KEY'),
        'secret' => env('VONAGE_SECRET'),
        'sms_from' => env('VONAGE_SMS_FROM', 'NGMobile'),
    ],

    'sickw' => [
        'key'     => env('SICKW_API_KEY'),
        'service' => (int) env('SICKW_SERVICE', 7),
    ],

    'dhl' => [
        'username' => env('DHL_USERNAME'),
        'password' => env('DHL_PASSWORD'),
        'account'  => env('DHL_ACCOUNT', '421993300'),
    ],

    'brevo' => [
        'key' => env('BREVO_API_KEY'),
    ],

];
""")

add("javascript/decoy-mapbox-public", "public/js/store-map.js",
    "https://docs.mapbox.com/help/getting-started/access-tokens/#public-tokens", """
/* Store finder map on the website. Public (pk.) token, URL-restricted to our domains. */
mapboxgl.accessToken = '@@pk@@';

const STORES = [
  { name: 'Northgate Mobile Clinic - Leeds', lngLat: [-1.5491, 53.7997], phone: '0113 000 0000' },
  { name: 'Northgate Mobile Clinic - York', lngLat: [-1.0815, 53.9600], phone: '01904 000000' },
];

const map = new mapboxgl.Map({
  container: 'store-map',
  style: 'mapbox://styles/mapbox/streets-v12',
  center: [-1.33, 53.87],
  zoom: 8,
});

STORES.forEach((s) => {
  new mapboxgl.Marker()
    .setLngLat(s.lngLat)
    .setPopup(new mapboxgl.Popup().setHTML(`<strong>${s.name}</strong><br>${s.phone}`))
    .addTo(map);
});
""", pk=mapbox_token("pk", "northgatemobile"))

add("javascript/decoy-search-only-key", "src/search/partsSearch.js",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key (safe in front-end code)", """
import { liteClient as algoliasearch } from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only key: read access to the public parts index, nothing else.
const searchClient = algoliasearch('K7Q2ZP0V4M', '@@key@@');

const search = instantsearch({ indexName: 'parts_gb', searchClient });

search.addWidgets([
  searchBox({ container: '#parts-search', placeholder: 'Model or part, e.g. iPhone 13 screen' }),
  hits({
    container: '#parts-hits',
    templates: {
      item: (hit, { html, components }) => html`<div class="part">${components.Highlight({ hit, attribute: 'name' })} - ${hit.price_gbp} GBP</div>`,
    },
  }),
]);

search.start();
""", key=hexs(32))

add("javascript/decoy-sentry-dsn", "sentry.client.config.js",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSNs are safe to keep public)", """
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: 'https://@@pub@@@o4506112.ingest.de.sentry.io/4506112734265424',
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? 'development',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
  beforeSend(event) {
    // never send customer phone numbers or IMEIs
    if (event.request?.data) event.request.data = '[filtered]';
    return event;
  },
});
""", pub=hexs(32))

# ================================================================ office IT

add("conf/smtp-password", "it/etc/msmtprc",
    "https://marlam.de/msmtp/msmtp.html#Configuration-files", """
# msmtp on the back-office NUC: cron mails (backups, NAS health) go out through M365
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        m365
host           smtp.office365.com
port           587
from           alerts@voltfix-repairs.co.uk
user           alerts@voltfix-repairs.co.uk
password       @@secret@@

account default : m365
""", words_pw())

add("ini/ldap-bind-password", "it/etc/sssd/sssd.conf",
    "https://sssd.io/docs/ (ldap_default_bind_dn / ldap_default_authtok)", """
[sssd]
services = nss, pam, sudo
domains = shop.local
config_file_version = 2

[domain/shop.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.shop.local
ldap_search_base = dc=shop,dc=local
ldap_default_bind_dn = cn=svc-linux,ou=Service Accounts,dc=shop,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
enumerate = false
""", rand_pw(20))

add("python/ldap-bind-password", "it/ad_sync.py",
    "https://ldap3.readthedocs.io/en/latest/connection.html", '''
"""Nightly: disable AD accounts of staff who left (HR sheet -> Active Directory)."""
import csv

from ldap3 import MODIFY_REPLACE, NTLM, Connection, Server

SERVER = Server("ldaps://dc01.shop.local", use_ssl=True)
BIND_USER = "SHOP\\\\svc-adsync"
BIND_PASSWORD = "@@secret@@"
STAFF_OU = "OU=Staff,DC=shop,DC=local"


def leavers(path: str = "/mnt/nas/hr/leavers.csv") -> list[str]:
    with open(path, newline="") as fh:
        return [row["sam"] for row in csv.DictReader(fh) if row.get("disable") == "yes"]


def main() -> None:
    conn = Connection(SERVER, user=BIND_USER, password=BIND_PASSWORD, authentication=NTLM, auto_bind=True)
    for sam in leavers():
        conn.search(STAFF_OU, f"(sAMAccountName={sam})", attributes=["userAccountControl"])
        for entry in conn.entries:
            conn.modify(entry.entry_dn, {"userAccountControl": [(MODIFY_REPLACE, [514])]})
            print(f"disabled {sam}")
    conn.unbind()


if __name__ == "__main__":
    main()
''', words_pw())

add("powershell/azure-client-secret", "IT/Sync-IntuneDevices.ps1",
    "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#app-only-access", r"""
# Exports Intune-managed shop devices (tills, counter iPads) to the asset register.
$TenantId = '@@tenant@@'
$ClientId = '@@client@@'
$ClientSecret = '@@secret@@'

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$devices = Get-MgDeviceManagementManagedDevice -All |
    Select-Object DeviceName, SerialNumber, Model, OperatingSystem, OsVersion, UserPrincipalName, LastSyncDateTime

$devices | Export-Csv -Path '\\NAS01\it\assets\intune-devices.csv' -NoTypeInformation -Encoding UTF8
Write-Host ("exported {0} devices" -f $devices.Count)
Disconnect-MgGraph | Out-Null
""", azure_secret(), tenant=uuid4(), client=uuid4())

_gsa = rsa_pkcs8_pem().replace("\n", "\\n") + "\\n"
add("json/google-service-account-key", "it/gworkspace-directory-sa.json",
    "https://cloud.google.com/iam/docs/keys-create-delete#creating", """
{
  "type": "service_account",
  "project_id": "voltfix-it-automation",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "directory-sync@voltfix-it-automation.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/directory-sync%40voltfix-it-automation.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _gsa, kid=hexs(40), cid=digits(21))

add("ini/wifi-psk", "it/network/Shop-Staff.nmconnection",
    "https://networkmanager.dev/docs/api/latest/nm-settings-keyfile.html", """
[connection]
id=Shop-Staff
uuid=@@uuid@@
type=wifi
autoconnect=true

[wifi]
mode=infrastructure
ssid=Shop-Staff

[wifi-security]
key-mgmt=wpa-psk
psk=@@secret@@

[ipv4]
method=auto

[ipv6]
method=disabled
""", passphrase(), uuid=uuid4())

_nvr = rand_pw(12)
add("yaml/nvr-password", "it/frigate/config.yml",
    "https://docs.frigate.video/configuration/cameras", """
mqtt:
  enabled: false

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  counter:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.20.64:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://admin:@@secret@@@192.168.20.64:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
  workshop:
    ffmpeg:
      inputs:
        - path: rtsp://192.168.20.65:554/Streaming/Channels/101
          roles: [record, detect]

record:
  enabled: true
  retain:
    days: 14
    mode: motion
""", _nvr)

add("shell/smb-password", "it/mount-nas.sh",
    "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", r"""
#!/bin/bash
# Mounts the NAS shares on the bench Linux boxes (called from /etc/rc.local)
set -e
mkdir -p /mnt/nas/{firmware,photos,backups}

for share in firmware photos backups; do
  mountpoint -q /mnt/nas/$share && continue
  mount -t cifs //192.168.10.5/$share /mnt/nas/$share \
    -o username=bench,password='@@secret@@',uid=1000,gid=1000,vers=3.0,iocharset=utf8
done

echo "NAS shares mounted"
""", words_pw())

_ftp = rand_pw(14)
add("xml/ftp-password", "it/filezilla/sitemanager.xml",
    "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.voltfix-repairs.co.uk</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>voltfix_web</User>
			<Pass encoding="base64">@@enc@@</Pass>
			<Logontype>1</Logontype>
			<PasvMode>MODE_DEFAULT</PasvMode>
			<EncodingType>Auto</EncodingType>
			<BypassProxy>0</BypassProxy>
			<Name>Website (old host)</Name>
			<RemoteDir>1 0 11 public_html</RemoteDir>
			<SyncBrowsing>0</SyncBrowsing>
			<DirectoryComparison>0</DirectoryComparison>
		</Server>
	</Servers>
</FileZilla3>
""", _ftp, enc=b64(_ftp))

add("conf/wireguard-private-key", "it/vpn/wg0.conf",
    "https://www.wireguard.com/quickstart/ (wg-quick configuration)", """
# Shop VPN: back-office NUC <-> head office (Leeds). Brought up by wg-quick@wg0.
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
DNS = 10.99.0.1

[Peer]
# head office gateway
PublicKey = @@pub@@
Endpoint = vpn.northgate-mobile.co.uk:51820
AllowedIPs = 10.99.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
""", wg_key(), pub=wg_key())

add("markdown/unifi-admin-password", "docs/handover-2024-06.md",
    "https://www.markdownguide.org/basic-syntax/", """
# IT handover - June 2024 (Sam -> Priya)

Sam is leaving on the 28th. Everything below is what Priya needs for day-to-day IT at both shops.

## Network
- UniFi Cloud Key at 192.168.10.2 (head office). Local admin: `shopadmin` / `@@secret@@`
  (the UI account is on Sam's personal Ubiquiti login - **move it to it@ before the 28th**).
- ISP router is in bridge mode; support line and account number are in 1Password > ISP.
- Guest Wi-Fi "VoltFix Free WiFi" is isolated, 20 Mbps per client.

## Servers / boxes
- NUC (backups, VPN, msmtp): Ubuntu 22.04, SSH key only.
- NAS01 (Synology DS920+): shares firmware, photos, backups, hr. Admin via 1Password.
- NVR: Frigate on the NUC, cameras on VLAN 20.

## Accounts that renew soon
- Domain voltfix-repairs.co.uk - auto-renews 2024-09-14.
- Microsoft 365 Business Basic x7 - monthly.
- RepairShopr - annual, renews 2024-11-01.
""", words_pw())

_apple = words_pw()
add("csv/apple-id-password", "exports/ticket_notes_2024-06-18.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", """
ticket,created,author,visibility,note
T-21098,2024-06-18 09:12,frontdesk,internal,"Screen cracked top left, touch OK. Customer waiting list for Fri."
T-21099,2024-06-18 09:40,bench2,internal,"Board-level: no power, 0.00A on USB meter. Quoted 89 GBP."
T-21100,2024-06-18 10:05,frontdesk,public,"Quote approved by SMS."
T-21101,2024-06-18 11:22,frontdesk,internal,"Activation lock on - customer gave Apple ID to remove it after repair: j.whitfield@example.co.uk / @@secret@@ (delete this note after!)"
T-21102,2024-06-18 11:50,bench1,internal,"Battery health 71%, replaced. Tested 30 min."
T-21103,2024-06-18 13:31,frontdesk,public,"Ready for collection, SMS sent."
""", _apple)

add("python/telegram-bot-token", "bots/queue_bot.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", '''
"""Posts the bench queue to the staff Telegram group every morning at 08:45."""
import datetime as dt

import requests

BOT_TOKEN = "@@secret@@"
STAFF_CHAT_ID = -1002148830917
API = f"https://api.telegram.org/bot{BOT_TOKEN}"


def queue_summary(tickets: list[dict]) -> str:
    lines = [f"Bench queue {dt.date.today():%a %d %b}:"]
    for t in sorted(tickets, key=lambda t: t["due"]):
        lines.append(f"- {t['number']} {t['device']} ({t['problem']}) due {t['due']:%H:%M} -> {t['tech'] or 'unassigned'}")
    return "\\n".join(lines)


def post(text: str) -> None:
    requests.post(f"{API}/sendMessage", json={"chat_id": STAFF_CHAT_ID, "text": text}, timeout=10).raise_for_status()


if __name__ == "__main__":
    from fixbench.tickets import due_today

    post(queue_summary(due_today()))
''', fakes.telegram_token(_seed()))

_dh = discord_hook()
add("json/discord-webhook", "tools/stock-alert/config.json",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
{
  "checkEveryMinutes": 60,
  "lowStockThresholds": {
    "iPhone 13 OLED": 3,
    "iPhone 12 battery": 5,
    "USB-C port flex (generic)": 10,
    "B7000 adhesive": 2
  },
  "notify": {
    "discord": "https://discord.com/api/webhooks/@@id@@/@@secret@@",
    "mention": "<@&1187266023312001111>"
  },
  "quietHours": ["20:00", "08:00"]
}
""", _dh, id=digits(19))

_sw = slack_webhook_tail()
add("yaml/slack-webhook", "it/alertmanager/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
  slack_api_url: https://hooks.slack.com/services/T@@t@@/B@@b@@/@@secret@@

route:
  receiver: shop-it
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: shop-it
      repeat_interval: 30m

receivers:
  - name: shop-it
    slack_configs:
      - channel: "#shop-it"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\\n" }}{{ end }}'
""", _sw, t=fakes.drawn(_seed(), 8, string.ascii_uppercase + string.digits), b=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("npmrc/github-token", "frontend/.npmrc",
    "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry#authenticating-with-a-personal-access-token", """
@voltfix:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
always-auth=true
engine-strict=true
save-exact=true
fund=false
""", fakes.github_token(_seed()))

add("makefile/github-fine-grained-token", "Makefile",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", """
VERSION   ?= $(shell git describe --tags --always)
IMAGE     := ghcr.io/voltfix/fixbench-api
GH_TOKEN  ?= @@secret@@

.PHONY: test build push release

test:
	python -m pytest -q

build:
	docker build -t $(IMAGE):$(VERSION) .

push: build
	echo $(GH_TOKEN) | docker login ghcr.io -u voltfix-ci --password-stdin
	docker push $(IMAGE):$(VERSION)

release: push
	GH_TOKEN=$(GH_TOKEN) gh release create $(VERSION) --generate-notes
""", fakes.github_fine_grained_token(_seed()))

add("ini/pypi-token", "tools/imei-tools/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-imei-tools.yml",
    "https://github.com/pypa/gh-action-pypi-publish#usage", """
name: publish imei-tools

on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: tools/imei-tools
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: tools/imei-tools/dist
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("terraform/aws-secret-access-key", "terraform/backups.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
provider "aws" {
  region     = "eu-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "shop_backups" {
  bucket = "voltfix-shop-backups"
}

resource "aws_s3_bucket_lifecycle_configuration" "shop_backups" {
  bucket = aws_s3_bucket.shop_backups.id
  rule {
    id     = "expire-old-dumps"
    status = "Enabled"
    filter { prefix = "ticketing/" }
    expiration { days = 90 }
  }
}

resource "aws_s3_bucket_public_access_block" "shop_backups" {
  bucket                  = aws_s3_bucket.shop_backups.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-access-key", "it/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# copied to /root/.aws/credentials on the NUC by setup.sh
[default]
region = eu-west-2

[backup-writer]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[readonly]
role_arn = arn:aws:iam::418220667391:role/ShopReadOnly
source_profile = backup-writer
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/aws-secret-access-key", "analysis/sales_by_device.ipynb",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Repairs by device family, last 12 months (from the S3 exports)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, io\\n",
    "import pandas as pd\\n",
    "s3 = boto3.client('s3', region_name='eu-west-2',\\n",
    "                  aws_access_key_id='@@kid@@',\\n",
    "                  aws_secret_access_key='@@secret@@')\\n",
    "obj = s3.get_object(Bucket='voltfix-shop-backups', Key='exports/tickets-2024-06.csv')\\n",
    "df = pd.read_csv(io.BytesIO(obj['Body'].read()), parse_dates=['created'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df['family'] = df.device.str.extract(r'^(iPhone|Galaxy|Pixel|iPad)')\\n",
    "df.groupby([df.created.dt.to_period('M'), 'family']).size().unstack().plot(kind='bar', stacked=True)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("compose/cloudflare-api-token", "it/traefik/docker-compose.yml",
    "https://doc.traefik.io/traefik/https/acme/#providers (cloudflare: CF_DNS_API_TOKEN)", """
services:
  traefik:
    image: traefik:v3.0
    restart: unless-stopped
    command:
      - --providers.docker=true
      - --providers.docker.exposedbydefault=false
      - --entrypoints.websecure.address=:443
      - --certificatesresolvers.le.acme.dnschallenge=true
      - --certificatesresolvers.le.acme.dnschallenge.provider=cloudflare
      - --certificatesresolvers.le.acme.email=it@voltfix-repairs.co.uk
      - --certificatesresolvers.le.acme.storage=/letsencrypt/acme.json
    environment:
      CF_DNS_API_TOKEN: @@secret@@
    ports:
      - "443:443"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./letsencrypt:/letsencrypt
""", draw(40, URLSAFE))

_zd = b64(f"it@voltfix-repairs.co.uk/token:{draw(40)}")
add("javascript/zendesk-api-token", "support/zendesk.js",
    "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token", """
// Creates a Zendesk ticket when a repair warranty claim is submitted on the website.
const ZENDESK = 'https://voltfixrepairs.zendesk.com/api/v2';
const AUTH = 'Basic @@secret@@';

async function createWarrantyClaim({ name, email, ticket, device, description }) {
  const res = await fetch(`${ZENDESK}/tickets.json`, {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ticket: {
        subject: `Warranty claim - ${ticket} (${device})`,
        comment: { body: description },
        requester: { name, email },
        tags: ['warranty', 'website'],
        custom_fields: [{ id: 23817640418833, value: ticket }],
      },
    }),
  });
  if (!res.ok) throw new Error(`zendesk ${res.status}`);
  return (await res.json()).ticket.id;
}

module.exports = { createWarrantyClaim };
""", _zd)

add("python/hubspot-private-app-token", "crm/hubspot_sync.py",
    "https://developers.hubspot.com/docs/api/private-apps", '''
"""Upsert repair customers into HubSpot as contacts (for the B2B/corporate repair pipeline)."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate
from hubspot.crm.contacts.exceptions import ApiException

api = HubSpot(access_token="@@secret@@")


def upsert(customer: dict) -> str:
    props = {
        "email": customer["email"],
        "firstname": customer["first_name"],
        "lastname": customer["last_name"],
        "phone": customer.get("phone", ""),
        "company": customer.get("company", ""),
        "repair_count": str(customer.get("repair_count", 0)),
    }
    try:
        created = api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
        return created.id
    except ApiException as e:
        if e.status != 409:
            raise
        existing = api.crm.contacts.basic_api.get_by_id(customer["email"], id_property="email")
        api.crm.contacts.basic_api.update(existing.id, {"properties": props})
        return existing.id
''', "pat-na1-" + uuid4())

add("env/google-api-key", "store-locator-api/.env",
    "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
# server-side only: geocodes customer postcodes for the nearest-store and courier-zone lookup
PORT=8070
GOOGLE_GEOCODING_KEY=@@secret@@
GEOCODE_CACHE_TTL_DAYS=90
STORES_FILE=./stores.json
COURIER_ZONES_FILE=./zones.geojson
""", google_api_key())

add("php/recaptcha-secret-key", "public_html/contact.php",
    "https://developers.google.com/recaptcha/docs/verify", """
<?php
// Contact / quote request form handler
$recaptchaSecret = '@@secret@@';

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $recaptchaSecret,
    'response' => $_POST['g-recaptcha-response'] ?? '',
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$result = json_decode($verify, true);

if (empty($result['success']) || ($result['score'] ?? 0) < 0.5) {
    header('Location: /contact?error=captcha');
    exit;
}

$body = sprintf("Name: %s\\nPhone: %s\\nDevice: %s\\nProblem: %s\\n",
    $_POST['name'] ?? '', $_POST['phone'] ?? '', $_POST['device'] ?? '', $_POST['problem'] ?? '');
mail('quotes@voltfix-repairs.co.uk', 'Website quote request', $body, 'From: website@voltfix-repairs.co.uk');
header('Location: /contact?sent=1');
""", "6L" + draw(38, URLSAFE))

add("python/openai-api-key", "tools/ticket_summarizer.py",
    "https://platform.openai.com/docs/api-reference/authentication", '''
"""Summarise long bench notes into a two-line customer update (staff approves before sending)."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "You write short, friendly updates for phone repair customers. "
    "Summarise the technician notes in at most two sentences. No jargon, no prices."
)


def summarise(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": notes}],
        temperature=0.3,
        max_tokens=120,
    )
    return resp.choices[0].message.content.strip()


if __name__ == "__main__":
    import sys

    print(summarise(sys.stdin.read()))
''', fakes.openai_key(_seed()))

_ssh = openssh_ed25519_pem("deploy@fixbench")
add("ansible/ssh-private-key", "ansible/roles/deploy/vars/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
deploy_user: fixbench
deploy_root: /srv/fixbench
deploy_repo: git@github.com:voltfix/fixbench.git
deploy_branch: main

# key used by the servers to pull from GitHub (deploy key, read-only)
deploy_ssh_private_key: |
  @@key@@

deploy_known_hosts:
  - "@@host@@"
""", _ssh, key=_ssh.replace("\n", "\n  "), host=ssh_ed25519_pub("").replace("ssh-ed25519", "github.com ssh-ed25519").strip())

_p8 = ec_p8_pem()
add("ruby/app-store-connect-key", "fastlane/Fastfile",
    "https://docs.fastlane.tools/app-store-connect-api/#using-fastlane-api-key-hash-option", """
default_platform(:ios)

platform :ios do
  desc "Build the customer app and push it to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7K2QX9L4MD",
      issuer_id: "@@issuer@@",
      key_content: <<~KEY,
        @@key@@
      KEY
      in_house: false
    )

    increment_build_number(xcodeproj: "CustomerApp.xcodeproj")
    match(type: "appstore", readonly: true, api_key: api_key)
    build_app(scheme: "CustomerApp", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", _p8, issuer=uuid4(), key=_p8.replace("\n", "\n        "))

add("properties/android-keystore-password", "android/key.properties",
    "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", """
# release signing for the customer app (Flutter)
storePassword=@@secret@@
keyPassword=@@secret@@
keyAlias=upload
storeFile=/Users/build/keys/pocketmedic-upload.jks
""", rand_pw(16))

add("groovy/ssh-password", "Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
    agent any
    environment {
        TILL_HOST = '192.168.10.31'
    }
    stages {
        stage('Test') {
            steps {
                sh 'python -m pytest -q'
            }
        }
        stage('Package') {
            steps {
                sh 'python -m build --wheel'
            }
        }
        stage('Deploy to till PC') {
            when { branch 'main' }
            steps {
                sh "sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no dist/*.whl posadmin@${TILL_HOST}:C:/PosBridge/updates/"
                sh "sshpass -p '@@secret@@' ssh posadmin@${TILL_HOST} 'powershell -File C:/PosBridge/update.ps1'"
            }
        }
    }
}
""", words_pw())

add("dockerfile/npm-token", "Dockerfile",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc \\
 && npm ci \\
 && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE 3000
CMD ["node", "dist/server.js"]
""", "npm_" + draw(36))

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, mirror]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

mirror-to-franchise:
  stage: mirror
  image: alpine/git
  only: [main]
  script:
    - git remote add franchise https://oauth2:@@secret@@@gitlab.com/pocketmedic-franchise/fixbench.git || true
    - git push franchise HEAD:main --force
""", "glpat-" + draw(20, URLSAFE))

add("ansible/windows-admin-password", "ansible/inventory/host_vars/pos-till-01.yml",
    "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#ntlm", """
---
ansible_host: 192.168.10.31
ansible_user: posadmin
ansible_password: "@@secret@@"
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986

till_number: 1
receipt_printer: "EPSON TM-m30III"
card_reader: "Stripe S700"
""", words_pw())

add("batch/smb-password", "it/map-drives.bat",
    "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", r"""
@echo off
rem Maps the NAS shares on the front-desk PCs at logon (GPO logon script)
net use S: /delete /y >nul 2>&1
net use P: /delete /y >nul 2>&1

net use S: \\192.168.10.5\shop /user:NAS01\frontdesk @@secret@@ /persistent:yes
net use P: \\192.168.10.5\photos /user:NAS01\frontdesk @@secret@@ /persistent:yes

if errorlevel 1 (
  echo Could not map NAS drives - call IT on 07700 900456
  pause
)
""", rand_pw(12))

_dav = rand_pw(18)
add("crontab/webdav-password", "it/crontab",
    "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow   command
SHELL=/bin/bash
MAILTO=alerts@voltfix-repairs.co.uk

15 2 * * *  /usr/local/bin/nightly_ticket_backup.sh
45 2 * * *  curl -sfT /mnt/nas/backups/ticketing/fixbench-$(date +\\%F).dump -u backup:@@secret@@ https://cloud.voltfix-repairs.co.uk/remote.php/dav/files/backup/ticketing/
0 7 * * 1   /usr/local/bin/fetch_ipsw.sh >> /var/log/ipsw.log 2>&1
*/10 * * * * /usr/bin/python3 /opt/stock-alert/check.py
""", _dav)

add("systemd/printnode-api-key", "it/systemd/label-printer-bridge.service",
    "https://www.printnode.com/en/docs/api/curl#authentication", """
[Unit]
Description=Label printer bridge (FixBench -> PrintNode -> Zebra ZD421)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=labels
WorkingDirectory=/opt/label-bridge
Environment=PRINTNODE_API_KEY=@@secret@@
Environment=PRINTNODE_PRINTER_ID=71022836
Environment=FIXBENCH_QUEUE=labels
ExecStart=/opt/label-bridge/.venv/bin/python -m label_bridge
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", draw(40))

# ---- decoys: office IT, CI, mobile apps

add("conf/decoy-public-key", "it/vpn/wg-hub.conf",
    "https://www.wireguard.com/quickstart/ (private key loaded from a file, peers by public key)", """
# Head-office hub. The private key is generated on the box and never leaves it:
#   umask 077; wg genkey > /etc/wireguard/hub.key
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

[Peer]
# York shop NUC
PublicKey = @@p1@@
AllowedIPs = 10.99.0.2/32

[Peer]
# Sam's laptop (remove after 28 June)
PublicKey = @@p2@@
AllowedIPs = 10.99.0.10/32
""", p1=wg_key(), p2=wg_key())

add("ssh/decoy-public-key", "it/ssh/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# /home/fixbench/.ssh/authorized_keys on the NUC (managed by ansible, edits get overwritten)
@@k1@@
@@k2@@
from="10.99.0.0/24",no-agent-forwarding @@k3@@
@@k4@@
restrict,command="/usr/local/bin/backup-receive" @@k5@@
""", k1=ssh_ed25519_pub("priya@it-laptop"), k2=ssh_ed25519_pub("sam@macbook"), k3=ssh_ed25519_pub("ci@github-actions"),
    k4=ssh_ed25519_pub("dan@bench-03"), k5=ssh_ed25519_pub("backup@york-nuc"))

add("pem/decoy-certificate", "it/certs/shop-root-ca.crt",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5 (certificates are public)", """
# Shop internal root CA - install on counter iPads and bench PCs (Settings > Trust)
# subject=CN=VoltFix Internal Root CA 2024, O=VoltFix Repairs Ltd
# not after: Jun  1 00:00:00 2034 GMT
@@cert@@
""", cert=cert_pem())

add("rdp/decoy-dpapi-encrypted", "it/rdp/backoffice.rdp",
    "https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/rdp-files (password 51:b is DPAPI-encrypted per user and machine)", """
screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
session bpp:i:32
full address:s:backoffice.shop.local
username:s:SHOP\\frontdesk
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000@@blob@@
prompt for credentials:i:0
authentication level:i:2
redirectprinters:i:1
redirectclipboard:i:1
drivestoredirect:s:
gatewayusagemethod:i:4
""", blob=uhex(1120))

add("powershell/decoy-secret-management", "IT/Connect-Backoffice.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
<#
  Opens a session to the back-office server. Credentials come from the IT vault
  (SecretStore on the IT laptop, KeePass vault extension on the front-desk PCs).
#>
param([string]$Computer = 'backoffice.shop.local')

$cred = Get-Secret -Name 'backoffice-admin' -Vault 'ShopIT'
if (-not $cred) {
    throw "Secret 'backoffice-admin' not found in vault ShopIT - ask IT."
}

$session = New-PSSession -ComputerName $Computer -Credential $cred -UseSSL
Invoke-Command -Session $session -ScriptBlock {
    Get-Service -Name 'PosBridge', 'MSSQL$POS' | Select-Object Name, Status
}
Remove-PSSession $session
""")

add("shell/decoy-secret-manager", "it/bootstrap-secrets.sh",
    "https://developer.1password.com/docs/cli/reference/commands/read/", r"""
#!/usr/bin/env bash
# Writes runtime secrets for the NUC from 1Password and AWS Secrets Manager.
set -euo pipefail
umask 077

op read "op://Shop IT/NAS frontdesk/password" > /etc/fixbench/nas.pass
op read "op://Shop IT/M365 alerts mailbox/password" > /etc/fixbench/smtp.pass

aws secretsmanager get-secret-value \
  --secret-id prod/fixbench/ticketing \
  --query SecretString --output text \
  | jq -r '.database_url' > /etc/fixbench/database_url

chown root:fixbench /etc/fixbench/*.pass /etc/fixbench/database_url
chmod 640 /etc/fixbench/*.pass /etc/fixbench/database_url
echo "secrets refreshed $(date -Is)"
""")

add("ansible/decoy-ansible-vault", "ansible/group_vars/pos/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@body@@
""", body="\n".join(hexs(80) for _ in range(14)))

add("yaml/decoy-sops-encrypted", "secrets/office.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", """
nas:
    frontdesk_password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
unifi:
    admin_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
m365:
    alerts_password: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-20T10:14:31Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@i4@@,tag:@@t4@@,type:str]
    version: 3.8.1
""", d1=draw(24, B64), i1=draw(43, B64) + "=", t1=draw(22, B64) + "==",
    d2=draw(20, B64), i2=draw(43, B64) + "=", t2=draw(22, B64) + "==",
    d3=draw(28, B64), i3=draw(43, B64) + "=", t3=draw(22, B64) + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=draw(64, B64), a2=draw(40, B64) + "==",
    mac=draw(88, B64), i4=draw(43, B64) + "=", t4=draw(22, B64) + "==")

add("github-actions/decoy-secrets-reference", ".github/workflows/release.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  packages: write

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ghcr.io/voltfix/fixbench-api:${{ github.ref_name }}
          secrets: |
            npm_token=${{ secrets.NPM_TOKEN }}
      - name: Notify shop IT
        run: curl -sf -X POST -H 'Content-type: application/json' --data '{"text":"fixbench ${{ github.ref_name }} released"}' "$SLACK_WEBHOOK"
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("gitlab-ci/decoy-ci-variables", "ci/deploy.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html", """
# Included from .gitlab-ci.yml of the franchise mirror. Credentials are masked, protected CI/CD variables.
deploy-franchise:
  stage: deploy
  image: alpine:3.20
  only: [main]
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
  script:
    - docker login -u gitlab-ci-token -p "$CI_JOB_TOKEN" "$CI_REGISTRY"
    - rsync -az --delete dist/ "deploy@$FRANCHISE_HOST:/srv/fixbench/"
    - ssh "deploy@$FRANCHISE_HOST" "sudo systemctl restart fixbench"
  environment:
    name: franchise
    url: https://franchise.fixbench.app
""")

add("npmrc/decoy-env-reference", "mobile-web/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@voltfix:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

add("ini/decoy-keyring-reference", "tools/imei-tools/.pypirc.example",
    "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token", """
# Copy to ~/.pypirc. Do not put the token here: twine reads it from the system keyring
#   keyring set https://upload.pypi.org/legacy/ __token__
# or from TWINE_PASSWORD in CI (trusted publishing is preferred, see publish-imei-tools.yml).
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""")

add("dockerfile/decoy-build-secret", "docker/frontend.Dockerfile",
    "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ARG NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/node_modules ./node_modules
CMD ["npx", "next", "start", "-p", "3000"]
""")

add("dockerfile/decoy-image-digest", "docker/label-bridge.Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#from (pinning by digest)", """
FROM python:3.12-slim@sha256:@@d1@@ AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

FROM base AS deps
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt

FROM base
COPY --from=deps /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY label_bridge /opt/label_bridge
LABEL org.opencontainers.image.revision="@@rev@@"
USER 10001
CMD ["python", "-m", "label_bridge"]
""", d1=sha256(), rev=sha1())

add("json/decoy-lockfile-integrity", "frontend/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """
{
  "name": "fixbench-frontend",
  "version": "2.14.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "fixbench-frontend",
      "version": "2.14.1",
      "dependencies": { "@stripe/stripe-js": "3.4.0", "axios": "1.7.2", "zod": "3.23.8" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@==",
      "engines": { "node": ">=12.16" }
    },
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i2@@=="
    },
    "node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
      "integrity": "sha512-@@i3@@==",
      "funding": { "url": "https://github.com/sponsors/colinhacks" }
    }
  }
}
""", i1=draw(86, B64), i2=draw(86, B64), i3=draw(86, B64))

add("markdown/decoy-vendor-default", "docs/it/printers-and-cameras.md",
    "https://www.markdownguide.org/basic-syntax/", """
# Printers and cameras - resetting and re-adding

## Zebra ZD421 label printers
- Factory reset: hold FEED + PAUSE while powering on, release when the status light flashes.
- Web UI at the printer's IP; the factory admin login is printed on the label under the
  media door (it is the default from the box - **set a new one** and store it in 1Password).
- Re-add in PrintNode: the bridge picks it up automatically after reboot.

## Hikvision cameras (VLAN 20)
- New cameras ship *inactive*: SADP tool > Activate > set a strong password (store in 1Password
  as "CCTV cam <n>"). There is no shared default password on current firmware.
- Add to Frigate: copy an existing camera block in `it/frigate/config.yml`, change the IP, and
  reference the password as `{FRIGATE_RTSP_PASSWORD}` (Frigate substitutes env vars).

## Epson TM-m30III receipt printers
- Network settings: hold FEED at power-on for the status sheet.
- No login on these; lock them to the till VLAN instead.
""")

add("markdown/decoy-redacted", "docs/it/office-network.md",
    "https://www.markdownguide.org/extended-syntax/#tables", """
# Office network (head office, Leeds)

| VLAN | Name       | Subnet           | Wi-Fi SSID           | PSK                                  |
|------|------------|------------------|----------------------|--------------------------------------|
| 10   | Staff      | 192.168.10.0/24  | Shop-Staff           | ******** (1Password: "Wi-Fi Staff")  |
| 20   | CCTV       | 192.168.20.0/24  | -                    | -                                    |
| 30   | Tills      | 192.168.30.0/24  | -                    | -                                    |
| 40   | Guest      | 192.168.40.0/24  | VoltFix Free WiFi    | open (captive portal)                |

Devices:

- Gateway: UniFi UDM Pro, 192.168.10.1 - admin via SSO (it@), local fallback in 1Password.
- NAS01: 192.168.10.5 - shares `shop`, `photos`, `firmware`, `backups`.
- NUC: 192.168.10.20 - VPN, backups, Frigate.
- Tills: 192.168.30.31 (till 1), 192.168.30.32 (till 2).

Rotate the staff PSK whenever someone leaves: change it in UniFi, update 1Password, then
re-provision the counter iPads through Intune (profile "Shop-Staff Wi-Fi").
""")

add("htpasswd/decoy-password-hash", "deploy/nginx/.htpasswd",
    "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", """
# basic auth in front of /admin/metrics (htpasswd -B); people, not services
priya:$2y$10$@@h1@@
sam:$2y$10$@@h2@@
dan:$apr1$@@s3@@$@@h3@@
metrics-viewer:$2y$10$@@h4@@
owner:$2y$10$@@h5@@
""", h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"), s3=draw(8, ALNUM + "./"), h3=draw(22, ALNUM + "./"),
    h4=draw(53, ALNUM + "./"), h5=draw(53, ALNUM + "./"))

add("terraform/decoy-data-source", "terraform/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret" "ticketing" {
  name = "prod/fixbench/ticketing"
}

data "aws_secretsmanager_secret_version" "ticketing" {
  secret_id = data.aws_secretsmanager_secret.ticketing.id
}

locals {
  ticketing = jsondecode(data.aws_secretsmanager_secret_version.ticketing.secret_string)
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/fixbench/prod/db_host"
  type  = "String"
  value = local.ticketing["host"]
}

resource "random_password" "metabase_ro" {
  length  = 24
  special = false
}
""")

add("notebook/decoy-env-reference", "analysis/turnaround_times.ipynb",
    "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Repair turnaround by problem type\\n", "Connects read-only to the reporting replica."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('REPORTING_PW') or getpass.getpass('reporting password: ')\\n",
    "engine = create_engine(f'mysql+pymysql://metabase_ro:{pw}@10.0.4.20/repair_intake')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql('SELECT problem_type, TIMESTAMPDIFF(HOUR, created_at, ready_at) AS hours FROM tickets WHERE ready_at IS NOT NULL', engine)\\n",
    "df.groupby('problem_type').hours.describe()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("swift/decoy-cert-pin", "CustomerApp/Networking/Pinning.swift",
    "https://developer.apple.com/news/?id=g9ejcf8y (identity pinning: SPKI hashes are public)", """
import CryptoKit
import Foundation

/// SHA-256 of the SubjectPublicKeyInfo of api.pocketmedic.io's current and backup keys.
enum Pinning {
    static let pinnedSPKIHashes: Set<String> = [
        "@@p1@@",
        "@@p2@@",
    ]

    static func matches(spkiDER: Data) -> Bool {
        let digest = SHA256.hash(data: spkiDER)
        return pinnedSPKIHashes.contains(Data(digest).base64EncodedString())
    }
}
""", p1=base64.b64encode(rbytes(32)).decode(), p2=base64.b64encode(rbytes(32)).decode())

add("kotlin/decoy-cert-pin", "intake-app/src/main/java/uk/northgate/intake/net/Http.kt",
    "https://square.github.io/okhttp/4.x/okhttp/okhttp3/-certificate-pinner/", """
package uk.northgate.intake.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

object Http {
    private val pinner = CertificatePinner.Builder()
        .add("api.fixbench.app", "sha256/@@p1@@")
        .add("api.fixbench.app", "sha256/@@p2@@")
        .build()

    val client: OkHttpClient = OkHttpClient.Builder()
        .certificatePinner(pinner)
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .build()
}
""", p1=base64.b64encode(rbytes(32)).decode(), p2=base64.b64encode(rbytes(32)).decode())

add("json/decoy-jwks", "public/.well-known/jwks.json",
    "https://www.rfc-editor.org/rfc/rfc7517#section-5 (JWK Set of public keys)", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid1@@",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid2@@",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", kid1=hexs(16), n1=b64url_nopad(rbytes(256)), kid2=hexs(16), n2=b64url_nopad(rbytes(256)))

add("json/decoy-key-reference", "fastlane/api_key.json",
    "https://docs.fastlane.tools/app-store-connect-api/#using-fastlane-api-key-json-file", """
{
  "key_id": "7K2QX9L4MD",
  "issuer_id": "@@issuer@@",
  "key_filepath": "~/.appstoreconnect/private_keys/AuthKey_7K2QX9L4MD.p8",
  "duration": 1200,
  "in_house": false
}
""", issuer=uuid4())


def _fp(n: int) -> str:
    return ":".join(uhex(2) for _ in range(n))


add("text/decoy-fingerprint", "android/signing-report.txt",
    "https://developers.google.com/android/guides/client-auth (signing certificate fingerprints)", """
> Task :app:signingReport
Variant: release
Config: release
Store: /Users/build/keys/pocketmedic-upload.jks
Alias: upload
MD5: @@md5@@
SHA1: @@sha1@@
SHA-256: @@sha256@@
Valid until: Sunday, 14 May 2051
----------
Variant: debug
Config: debug
Store: /Users/build/.android/debug.keystore
Alias: AndroidDebugKey
MD5: @@md5b@@
SHA1: @@sha1b@@
SHA-256: @@sha256b@@
Valid until: Friday, 29 March 2054
----------
""", md5=_fp(16), sha1=_fp(20), sha256=_fp(32), md5b=_fp(16), sha1b=_fp(20), sha256b=_fp(32))

add("xml/decoy-manifest-placeholder", "customer-app/android/app/src/main/AndroidManifest.xml",
    "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />

    <application
        android:label="PocketMedic"
        android:name="${applicationName}"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <meta-data
            android:name="com.google.firebase.messaging.default_notification_channel_id"
            android:value="repair_updates" />
        <activity
            android:name=".MainActivity"
            android:exported="true"
            android:launchMode="singleTop">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

add("yaml/decoy-openapi", "docs/api/openapi.yaml",
    "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """
openapi: 3.1.0
info:
  title: FixBench partner API
  version: "2.14"
servers:
  - url: https://api.fixbench.app/v2
security:
  - bearerAuth: []
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: >
        Partner token from Settings > API. Example header:
        `Authorization: Bearer fbk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXX`
  schemas:
    Ticket:
      type: object
      properties:
        id: { type: string, format: uuid, example: "@@ex@@" }
        number: { type: string, example: "T-21044" }
        imei: { type: string, pattern: "^[0-9]{15}$", example: "356938035643809" }
        status: { type: string, enum: [booked, received, in_progress, ready, collected] }
paths:
  /tickets/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Ticket" } } } }
""", ex=uuid4())

add("java/decoy-test-fixture", "parts-service/src/test/java/uk/voltfix/parts/MobilesentrixClientTest.java",
    "https://wiremock.org/docs/stubbing/", """
package uk.voltfix.parts;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import org.junit.jupiter.api.Test;

@WireMockTest
class MobilesentrixClientTest {

    private static final String TOKEN = "test-token";

    @Test
    void readsStockLevel(WireMockRuntimeInfo wm) {
        stubFor(get("/rest/V1/stockItems/MS-IP13-OLED-S")
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(okJson("{\\"qty\\": 7, \\"is_in_stock\\": true}")));

        var client = new MobilesentrixClient(wm.getHttpBaseUrl() + "/rest/V1", TOKEN);

        assertThat(client.stockLevel("MS-IP13-OLED-S")).isEqualTo(7);
    }
}
""")

add("rust/decoy-env-reference", "diag-agent/src/secrets.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

/// Credentials for the bench agent. Provisioned by ansible into /etc/diag-agent/env.
pub struct Secrets {
    pub mqtt_user: String,
    pub mqtt_pass: String,
    pub fixbench_token: String,
}

impl Secrets {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            mqtt_user: env::var("DIAG_MQTT_USER").unwrap_or_else(|_| "bench-agent".into()),
            mqtt_pass: env::var("DIAG_MQTT_PASS")?,
            fixbench_token: env::var("FIXBENCH_STATION_TOKEN")?,
        })
    }
}
""")

add("log/decoy-request-ids", "logs/api-access-2024-06-15.log",
    "https://www.w3.org/TR/trace-context/#traceparent-header", """
10.0.4.31 - - [15/Jun/2024:09:12:44 +0100] "GET /v2/tickets?status=ready HTTP/1.1" 200 4812 "-" "FixBenchKiosk/3.2" req_id=@@r1@@ traceparent=00-@@t1@@-@@s1@@-01
10.0.4.32 - - [15/Jun/2024:09:13:02 +0100] "POST /v2/diagnostics HTTP/1.1" 201 311 "-" "diag-agent/0.9.4" req_id=@@r2@@ traceparent=00-@@t2@@-@@s2@@-01
10.0.4.31 - - [15/Jun/2024:09:15:20 +0100] "GET /v2/parts/MS-IP13-OLED-S HTTP/1.1" 304 0 "-" "FixBenchKiosk/3.2" req_id=@@r3@@ etag="@@e3@@"
10.0.4.40 - - [15/Jun/2024:09:16:51 +0100] "POST /v2/labels HTTP/1.1" 202 88 "-" "label-bridge/1.4" req_id=@@r4@@ traceparent=00-@@t4@@-@@s4@@-01
10.0.4.31 - - [15/Jun/2024:09:18:07 +0100] "GET /v2/tickets/@@r5@@ HTTP/1.1" 404 52 "-" "FixBenchKiosk/3.2" req_id=@@r6@@
""", r1=uuid4(), t1=hexs(32), s1=hexs(16), r2=uuid4(), t2=hexs(32), s2=hexs(16), r3=uuid4(), e3=hexs(32),
    r4=uuid4(), t4=hexs(32), s4=hexs(16), r5=uuid4(), r6=uuid4())

add("markdown/decoy-commit-hashes", "CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.14.1] - 2024-06-12
### Fixed
- Label worker retried forever when EasyPost returned 422 ([@@c1@@](https://github.com/voltfix/fixbench/commit/@@f1@@)).
- Kiosk showed collected tickets in the ready list (@@c2@@).

## [2.14.0] - 2024-06-03
### Added
- Sickw as a second IMEI/blacklist provider, selectable per branch (@@c3@@).
- Bench diagnostics upload from `diag-agent` over MQTT (@@c4@@).
### Changed
- Customer SMS now goes through a messaging service instead of a single number (@@c5@@).

## [2.13.2] - 2024-05-20
### Security
- Rotated all vendor tokens after the laptop theft; tokens now only in AWS Secrets Manager (@@c6@@).
""", c1=hexs(7), f1=sha1(), c2=hexs(7), c3=hexs(7), c4=hexs(7), c5=hexs(7), c6=hexs(7))

add("sql/decoy-uuid", "db/seeds/branches.sql",
    "https://www.postgresql.org/docs/current/datatype-uuid.html", """
-- Branches and their public booking-widget ids (the widget id is embedded in the website).
INSERT INTO branches (id, code, name, booking_widget_id, timezone) VALUES
  ('@@b1@@', 'LDS', 'Northgate Mobile Clinic - Leeds', '@@w1@@', 'Europe/London'),
  ('@@b2@@', 'YRK', 'Northgate Mobile Clinic - York',  '@@w2@@', 'Europe/London'),
  ('@@b3@@', 'HGT', 'Northgate Mobile Clinic - Harrogate', '@@w3@@', 'Europe/London')
ON CONFLICT (code) DO NOTHING;

INSERT INTO opening_hours (branch_id, weekday, opens, closes)
SELECT id, d, '09:00', CASE WHEN d = 6 THEN '16:00' ELSE '17:30' END
FROM branches CROSS JOIN generate_series(1, 6) AS d;
""", b1=uuid4(), w1=uuid4(), b2=uuid4(), w2=uuid4(), b3=uuid4(), w3=uuid4())

add("env/decoy-dummy-values", "fixbench/.env.test",
    "https://pytest-django.readthedocs.io/en/latest/configuring_django.html", """
# Used by pytest and CI only. Every value here is fake; real vendors are mocked with responses/VCR.
APP_ENV=test
DATABASE_URL=postgres://fixbench:fixbench@localhost:5432/fixbench_test
REDIS_URL=redis://localhost:6379/15
REPAIRSHOPR_SUBDOMAIN=example
REPAIRSHOPR_API_KEY=test-repairshopr-key
IMEICHECK_TOKEN=test-imeicheck-token
STRIPE_SECRET_KEY=sk_test_dummy
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=dummy
SHIPPO_API_TOKEN=shippo_test_dummy
""")

add("json/decoy-google-services", "customer-app/android/app/google-services.json",
    "https://firebase.google.com/docs/projects/api-keys (Firebase API keys identify the project, not secret)", """
{
  "project_info": {
    "project_number": "@@num@@",
    "project_id": "pocketmedic-customer",
    "storage_bucket": "pocketmedic-customer.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@num@@:android:@@app@@",
        "android_client_info": { "package_name": "io.pocketmedic.customer" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "@@key@@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", num=digits(12), app=hexs(16), key=google_api_key())

add("plist/decoy-google-service-info", "CustomerApp/GoogleService-Info.plist",
    "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@num@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>io.pocketmedic.customer</string>
	<key>PROJECT_ID</key>
	<string>pocketmedic-customer</string>
	<key>STORAGE_BUCKET</key>
	<string>pocketmedic-customer.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@num@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_api_key(), num=digits(12), app=hexs(16))

add("javascript/decoy-firebase-config", "customer-web/src/firebase.js",
    "https://firebase.google.com/docs/web/setup#config-object", """
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

// Firebase web config is public; access is enforced by Auth + Firestore security rules.
const firebaseConfig = {
  apiKey: '@@key@@',
  authDomain: 'pocketmedic-customer.firebaseapp.com',
  projectId: 'pocketmedic-customer',
  storageBucket: 'pocketmedic-customer.appspot.com',
  messagingSenderId: '@@num@@',
  appId: '1:@@num@@:web:@@app@@',
  measurementId: 'G-@@mid@@',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", key=google_api_key(), num=digits(12), app=hexs(22), mid=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("php/decoy-site-key", "templates/booking_form.php",
    "https://developers.google.com/recaptcha/docs/v3 (the site key is used in the page)", """
<?php /** Booking form partial; the secret key is read server-side from getenv('RECAPTCHA_SECRET'). */ ?>
<script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
<form id="booking" method="post" action="/book.php">
  <label>Device <input name="device" required placeholder="e.g. iPhone 13"></label>
  <label>Problem
    <select name="problem">
      <option>Cracked screen</option><option>Battery</option><option>Charging port</option><option>Other</option>
    </select>
  </label>
  <label>Phone <input name="phone" type="tel" required></label>
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Book repair</button>
</form>
<script>
  document.getElementById('booking').addEventListener('submit', function (e) {
    e.preventDefault();
    grecaptcha.ready(() => grecaptcha.execute('@@site@@', { action: 'book' }).then((t) => {
      document.getElementById('g-recaptcha-response').value = t;
      e.target.submit();
    }));
  });
</script>
""", site="6L" + draw(38, URLSAFE))

add("go/decoy-test-fixture", "internal/payments/sumup_test.go",
    "https://pkg.go.dev/net/http/httptest", """
package payments

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestCreateCheckoutSendsBearer(t *testing.T) {
	const fakeKey = "sup_sk_TEST_NOT_A_REAL_KEY"
	var gotAuth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotAuth = r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"chk_test_001"}`))
	}))
	defer srv.Close()

	c := newClient(srv.URL, fakeKey)
	id, err := c.createCheckout("T-1", 15.00)
	if err != nil {
		t.Fatal(err)
	}
	if id != "chk_test_001" || gotAuth != "Bearer "+fakeKey {
		t.Fatalf("id=%q auth=%q", id, gotAuth)
	}
}
""")

add("python/decoy-regex", "fixbench/redact.py",
    "https://docs.python.org/3/library/re.html", r'''
"""Scrub vendor credentials and customer identifiers from ticket notes before they are logged."""
import re

PATTERNS = {
    "stripe": re.compile(r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99}\b"),
    "shippo": re.compile(r"\bshippo_(?:live|test)_[0-9a-f]{40}\b"),
    "easypost": re.compile(r"\bEZ[AT]K[0-9A-Za-z]{54}\b"),
    "twilio_sid": re.compile(r"\bAC[0-9a-f]{32}\b"),
    "imei": re.compile(r"\b\d{15}\b"),
    "uk_mobile": re.compile(r"\b(?:\+44\s?7\d{3}|07\d{3})\s?\d{3}\s?\d{3}\b"),
    "apple_id_pw": re.compile(r"(?i)(apple\s*id|icloud)[^\n]{0,40}?(pass(word)?|pw)\s*[:=]\s*\S+"),
}


def redact(text: str) -> str:
    for name, pattern in PATTERNS.items():
        text = pattern.sub(f"[{name.upper()} REDACTED]", text)
    return text
''')

add("toml/decoy-regex", ".gitleaks.toml",
    "https://github.com/gitleaks/gitleaks#configuration", r"""
title = "fixbench gitleaks config"

[extend]
useDefault = true

[[rules]]
id = "imeicheck-token"
description = "imeicheck.net API token (Sanctum style id|secret)"
regex = '''\b\d{3,6}\|[A-Za-z0-9]{40}\b'''
keywords = ["imeicheck"]

[[rules]]
id = "sickw-key"
description = "sickw.com API key"
regex = '''\b[A-Z0-9]{3}(?:-[A-Z0-9]{3}){7}\b'''
keywords = ["sickw"]

[allowlist]
description = "fixtures and public identifiers"
paths = ['''tests/fixtures/''', '''spec/cassettes/''']
regexes = ['''pk_live_[0-9A-Za-z]+''', '''sq0idp-[0-9A-Za-z_-]{22}''', '''AC[0-9a-f]{32}''']
""")

add("csharp/decoy-hash-constant", "Diagnostics/KnownFirmware.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.sha256", """
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;

namespace Bench.Diagnostics
{
    /// <summary>SHA-256 of the restore images the bench is allowed to flash.</summary>
    public static class KnownFirmware
    {
        public static readonly IReadOnlyDictionary<string, string> Sha256 = new Dictionary<string, string>
        {
            ["iPhone14,5_17.5.1_21F90_Restore.ipsw"] = "@@a@@",
            ["iPhone12,1_17.5.1_21F90_Restore.ipsw"] = "@@b@@",
            ["G991BXXS9FXE1_Odin.tar.md5"] = "@@c@@",
        };

        public static bool Verify(string path)
        {
            using var sha = SHA256.Create();
            using var fs = File.OpenRead(path);
            var hex = Convert.ToHexString(sha.ComputeHash(fs)).ToLowerInvariant();
            return Sha256.TryGetValue(Path.GetFileName(path), out var expected) && expected == hex;
        }
    }
}
""", a=sha256(), b=sha256(), c=sha256())

add("yaml/decoy-configmap", "k8s/labels/configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: label-worker
  namespace: mailin
data:
  EASYPOST_MODE: production
  LABEL_FORMAT: PDF
  LABEL_SIZE: 4x6
  LAB_ADDRESS_ID: adr_@@adr@@
  CARRIER_ACCOUNT_IDS: ca_@@ca1@@,ca_@@ca2@@
  PRINTNODE_PRINTER_ID: "71022836"
  RETRY_MAX: "5"
  # credentials come from the Secret label-worker-easypost (envFrom)
""", adr=hexs(32), ca1=hexs(32), ca2=hexs(32))
