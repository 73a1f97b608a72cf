"""Blind set HS: fish farms, salmon and trout hatcheries and aquaculture suppliers.

Feed-barge controllers, oxygen and water-quality telemetry, hatchery tank sensors, feed and smolt
suppliers' ordering APIs, lice-count reporting, harvest and logistics exports, the farms' web shops
and office IT, in code, configs, CI, containers, infrastructure, notebooks, docs, SQL, CSV and logs.
Generated fakes only (seeds 3060000-3069999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3060000, 3069999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Salmon", "Fjord", "Smolt", "Trout", "Netpen", "Harbor", "Kelp", "Osprey", "Char", "Tide",
         "Spawn", "Roe", "Current", "Skerry", "Pier", "Gill"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def pw(n: int = 18, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def datadog() -> str:
    return hexs(32)


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"svc-feedbarge","iat":1764201600}').rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


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
    CASES.append(LabelledCase(f"blind-hs/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/postgres-password", "feedbarge-controller/.env", "https://github.com/motdotla/dotenv#usage", """
# Feed barge FB-07 (Storvika site) controller service
SITE_ID=storvika-07
FEED_SILO_COUNT=6
MODBUS_HOST=10.40.7.21
MODBUS_PORT=502
POSTGRES_URL=postgresql://feedctl:@@secret@@@db.storvika.local:5432/feeding
MQTT_BROKER=tcp://10.40.7.5:1883
LOG_LEVEL=info
""", words_pw())

add("python/influxdb-token", "hatchery/telemetry/oxygen_poller.py", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/python/", '''
"""Poll dissolved-oxygen probes in the smolt hatchery and push to InfluxDB."""
import time

from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX_URL = "https://influx.hatchery.laksvik.no:8086"
INFLUX_ORG = "laksvik-hatchery"
INFLUX_TOKEN = "@@secret@@"
BUCKET = "tank-o2"

client = InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=INFLUX_ORG)
write_api = client.write_api(write_options=SYNCHRONOUS)


def push(tank: str, mg_l: float, temp_c: float) -> None:
    point = Point("oxygen").tag("tank", tank).field("mg_l", mg_l).field("temp_c", temp_c)
    write_api.write(bucket=BUCKET, record=point)


if __name__ == "__main__":
    while True:
        push("RAS-A3", 9.4, 12.1)
        time.sleep(30)
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("yaml/smtp-password", "deploy/harvest-planner/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: registry.nordfjordsalmon.no/harvest-planner
  tag: "2.14.3"
env:
  WELLBOAT_API_URL: https://api.wellboat-logistics.no/v2
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: harvest-notify@nordfjordsalmon.no
  SMTP_PASSWORD: "@@secret@@"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
""", words_pw())

add("json/mssql-password", "config/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "LiceCounts": "Server=tcp:sql-fishhealth.database.windows.net,1433;Database=licecounts;User ID=fh_app;Password=@@secret@@;Encrypt=True;"
  },
  "Reporting": {
    "Authority": "Mattilsynet",
    "WeeklyDeadline": "Tuesday 23:59"
  }
}
""", pw(20))

add("toml/stripe-secret-key", "troutshop/config/production.toml", "https://toml.io/en/v1.0.0", """
[shop]
name = "Blue Creek Trout Farm"
currency = "USD"
ship_live_fish = false

[stripe]
publishable_key = "@@pub@@"
secret_key = "@@secret@@"

[shipping]
carrier = "ups"
cold_chain = true
""", stripe(), pub=stripe("pk_live_"))

add("ini/mssql-password", "scada/historian.ini", "https://docs.python.org/3/library/configparser.html", """
[historian]
site = Rossvatn RAS
poll_seconds = 15

[database]
driver = ODBC Driver 18 for SQL Server
server = 192.168.20.14
database = RAS_Historian
uid = historian_rw
pwd = @@secret@@

[alarms]
o2_low_mg_l = 6.5
co2_high_mg_l = 15
""", words_pw())

add("go/aws-secret-key", "cmd/pencam/main.go", "https://pkg.go.dev/github.com/aws/aws-sdk-go-v2/credentials", """
package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Uploads underwater pen-camera stills for the lice-detection model.
func main() {
	cfg, err := config.LoadDefaultConfig(context.TODO(),
		config.WithRegion("eu-north-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@keyid@@", "@@secret@@", "")),
	)
	if err != nil {
		log.Fatal(err)
	}
	client := s3.NewFromConfig(cfg)
	_ = client
	log.Println("bucket:", aws.ToString(aws.String("pen-cam-stills-nf")))
}
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("java/feed-supplier-api-key", "src/main/java/no/akvafeed/order/FeedOrderClient.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpRequest.html", """
package no.akvafeed.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class FeedOrderClient {
    private static final String BASE = "https://partner.akvafeed-supply.com/api/orders";
    private static final String API_KEY = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String placeOrder(String siteCode, int tonnes, String pelletMm) throws Exception {
        String body = String.format("{\\"site\\":\\"%s\\",\\"tonnes\\":%d,\\"pellet\\":\\"%s\\"}", siteCode, tonnes, pelletMm);
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE))
                .header("X-Api-Key", API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", "afs_live_" + pw(32))

add("kotlin/barge-monitor-secret", "app/src/main/java/com/fjordtrack/BargeApi.kt", "https://square.github.io/okhttp/", """
package com.fjordtrack

import okhttp3.OkHttpClient
import okhttp3.Request

object BargeApi {
    private const val HOST = "https://cloud.feedbarge-monitor.com"
    private const val CLIENT_SECRET = "@@secret@@"
    private val http = OkHttpClient()

    fun silos(siteId: String): String? {
        val req = Request.Builder()
            .url("$HOST/v1/sites/$siteId/silos")
            .header("Authorization", "Bearer $CLIENT_SECRET")
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", hexs(40))

add("csharp/twilio-auth-token", "src/Hatchery.Alarms/SmsNotifier.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Hatchery.Alarms
{
    public static class SmsNotifier
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public static void OxygenAlarm(string tank, double mgL, string onCall)
        {
            TwilioClient.Init(AccountSid, AuthToken);
            MessageResource.Create(
                body: $"O2 ALARM {tank}: {mgL:F1} mg/L",
                from: new PhoneNumber("+4759440120"),
                to: new PhoneNumber(onCall));
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("php/mailgun-api-key", "wp-content/themes/troutvalley/inc/newsletter.php", "https://documentation.mailgun.com/docs/mailgun/sdk/php_sdk/", """
<?php
// Monthly newsletter for the Trout Valley farm shop subscribers
require_once __DIR__ . '/../vendor/autoload.php';

use Mailgun\\Mailgun;

$mg = Mailgun::create('@@secret@@', 'https://api.eu.mailgun.net');
$domain = 'mg.troutvalleyfarm.co.uk';

function tv_send_newsletter($to, $subject, $html) {
    global $mg, $domain;
    return $mg->messages()->send($domain, [
        'from'    => 'Trout Valley <news@troutvalleyfarm.co.uk>',
        'to'      => $to,
        'subject' => $subject,
        'html'    => $html,
    ]);
}
""", mailgun())

add("ruby/shopify-access-token", "config/initializers/shopify.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """
# Smoked salmon web shop: sync stock from the processing plant
ShopifyAPI::Context.setup(
  api_key: "f3c1d0e2a7b84c6f9e1d2c3b4a5f6e7d",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET"),
  host: "https://sync.fjordsmoked.no",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-07",
  is_private: true,
)

SHOP_SESSION = ShopifyAPI::Auth::Session.new(
  shop: "fjord-smoked.myshopify.com",
  access_token: "@@secret@@"
)
""", shopify())

add("rust/mqtt-password", "src/bin/sensor_gateway.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Gateway for the net-pen oxygen buoys at Hestnes
fn main() {
    let mut opts = MqttOptions::new("hestnes-gw-01", "mqtt.aquasense-cloud.io", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("hestnes-gw", "@@secret@@");

    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("buoys/hestnes/+/o2", QoS::AtLeastOnce).unwrap();
    for notification in connection.iter() {
        println!("{:?}", notification);
    }
}
""", pw(24))

add("swift/backend-api-key", "FishHealth/Sources/Config/Secrets.swift", "https://docs.sentry.io/platforms/apple/", """
import Foundation

// Field app for fish health biologists (lice counts, mortality logs)
enum AppSecrets {
    static let apiBase = URL(string: "https://api.fishhealth.sjomat.no")!
    static let sentryDSN = "https://a1b2c3d4e5f60718293a4b5c6d7e8f90@o451122.ingest.sentry.io/5533120"
    static let backendKey = "@@secret@@"
    static let appGroup = "group.no.sjomat.fishhealth"
}
""", "fh_sk_" + pw(40))

add("typescript/openweathermap-key", "src/lib/weather.ts", "https://openweathermap.org/api/one-call-3", """
// Wind and wave forecast for the offshore pens; used by the feeding planner
import axios from "axios";

const OWM_KEY = "@@secret@@";
const SITES: Record<string, [number, number]> = {
  "Frohavet-12": [63.85, 9.02],
  "Hitra-03": [63.55, 8.75],
};

export async function forecast(site: string) {
  const [lat, lon] = SITES[site];
  const { data } = await axios.get("https://api.openweathermap.org/data/3.0/onecall", {
    params: { lat, lon, appid: OWM_KEY, units: "metric", exclude: "minutely" },
  });
  return data.hourly.map((h: any) => ({ t: h.dt, wind: h.wind_speed, gust: h.wind_gust }));
}
""", hexs(32))

add("shell/postgres-password", "scripts/backup_feedlogs.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/usr/bin/env bash
# Nightly dump of feeding logs from every barge to the office NAS
set -euo pipefail

BARGES="fb-03 fb-05 fb-07"
export PGPASSWORD='@@secret@@'
DEST=/mnt/nas/feedlogs/$(date +%F)
mkdir -p "$DEST"

for b in $BARGES; do
  pg_dump -h "$b.barge.local" -U feedbackup -d feeding -Fc -f "$DEST/$b.dump"
done

find /mnt/nas/feedlogs -maxdepth 1 -mtime +30 -exec rm -rf {} +
""", words_pw())

add("powershell/windows-service-password", "ops/Sync-SmoltInventory.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Copies the smolt inventory export from the hatchery PC to SharePoint
$user = "HATCHERY\\svc_smoltsync"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$src = "\\\\hatch-pc01\\exports\\smolt_inventory.xlsx"
New-PSDrive -Name H -PSProvider FileSystem -Root "\\\\hatch-pc01\\exports" -Credential $cred | Out-Null
Copy-Item $src -Destination "C:\\Sync\\Inventory\\" -Force
Remove-PSDrive H
Write-Host "Smolt inventory synced $(Get-Date -Format s)"
""", words_pw())

add("dockerfile/roboflow-api-key", "services/lice-counter/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MODEL_PATH=/app/models/lice_yolov8.pt \\
    ROBOFLOW_API_KEY=@@secret@@ \\
    PEN_CAMERA_RTSP=rtsp://10.50.1.40/stream1
EXPOSE 8080
CMD ["uvicorn", "app:api", "--host", "0.0.0.0", "--port", "8080"]
""", pw(20))

add("compose/grafana-admin-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  grafana:
    image: grafana/grafana:11.2.0
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
    volumes:
      - grafana:/var/lib/grafana
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    volumes:
      - influx:/var/lib/influxdb2
volumes:
  grafana:
  influx:
""", words_pw())

_p = words_pw()
add("k8s-secret/wellboat-api-password", "k8s/wellboat-sync/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: wellboat-sync
  namespace: logistics
type: Opaque
data:
  WELLBOAT_API_USER: @@user@@
  WELLBOAT_API_PASSWORD: @@enc@@
""", _p, user=b64("nordfjord-sync"), enc=b64(_p))

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "feedbarge-controller/.env.example", "https://github.com/motdotla/dotenv#should-i-commit-my-env-file", """
# Copy to .env and fill in from the barge's handover sheet (never commit .env)
SITE_ID=changeme
FEED_SILO_COUNT=6
MODBUS_HOST=10.40.x.x
MODBUS_PORT=502
POSTGRES_URL=postgresql://feedctl:<password>@db.<site>.local:5432/feeding
MQTT_BROKER=tcp://10.40.x.5:1883
LOG_LEVEL=info
""")

add("python/decoy-env-reference", "hatchery/telemetry/temp_poller.py", "https://docs.python.org/3/library/os.html#os.environ", '''
"""Poll water temperature in the first-feeding tanks and push to InfluxDB."""
import os

from influxdb_client import InfluxDBClient, Point

client = InfluxDBClient(
    url=os.environ["INFLUX_URL"],
    token=os.environ["INFLUX_TOKEN"],
    org=os.environ.get("INFLUX_ORG", "laksvik-hatchery"),
)
write_api = client.write_api()


def push(tank: str, temp_c: float) -> None:
    write_api.write(bucket="tank-temp", record=Point("temp").tag("tank", tank).field("c", temp_c))
''')

add("yaml/decoy-vault-reference", "deploy/harvest-planner/values-prod.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
replicaCount: 3
env:
  WELLBOAT_API_URL: https://api.wellboat-logistics.no/v2
  SMTP_HOST: smtp.office365.com
  SMTP_USER: harvest-notify@nordfjordsalmon.no
envFromSecret:
  SMTP_PASSWORD:
    secretKeyRef:
      name: harvest-planner-smtp
      key: password
externalSecret:
  refreshInterval: 1h
  remoteRef: secret/data/nordfjord/harvest-planner/smtp
""")

add("json/decoy-publishable-key", "troutshop/web/public/config.json", "https://docs.stripe.com/keys#obtain-api-keys", """
{
  "shopName": "Blue Creek Trout Farm",
  "stripePublishableKey": "@@pk@@",
  "mapsBrowserKeyRestricted": true,
  "pickupLocations": [
    { "name": "Farm gate", "lat": 44.1021, "lon": -121.3310 },
    { "name": "Saturday market", "lat": 44.0582, "lon": -121.3153 }
  ]
}
""", pk=stripe("pk_live_"))

add("csv/decoy-tag-ids", "exports/pit_tags_2025_broodstock.csv", "https://www.iso.org/standard/25881.html", """
pit_tag,species,strain,sex,weight_kg,length_cm,tank,tagged_on
982000411837261,Salmo salar,Aqua Gen Atlantic QTL,F,7.8,82,BS-04,2025-03-11
982000411837274,Salmo salar,Aqua Gen Atlantic QTL,M,8.4,86,BS-04,2025-03-11
982000411837288,Salmo salar,Aqua Gen Atlantic QTL,F,6.9,79,BS-05,2025-03-12
982000411837293,Oncorhynchus mykiss,Troutlodge All-Female,F,3.1,58,BS-09,2025-03-14
982000411837305,Oncorhynchus mykiss,Troutlodge All-Female,F,2.9,56,BS-09,2025-03-14
""")

add("log/decoy-redacted", "logs/feedbarge-fb07-2025-11-02.log", "https://docs.python.org/3/library/logging.html", """
2025-11-02T05:59:58Z INFO  feedctl starting, site=storvika-07 silos=6
2025-11-02T06:00:01Z INFO  db connect postgresql://feedctl:****@db.storvika.local:5432/feeding ok
2025-11-02T06:00:02Z INFO  mqtt connect tcp://10.40.7.5:1883 user=fb07 password=[REDACTED]
2025-11-02T06:00:15Z INFO  pen=P3 feeding start rate=42.0 kg/min pellet=9mm
2025-11-02T06:12:40Z WARN  pen=P3 pellet detection camera: 14 uneaten/min > 10, reducing rate
2025-11-02T06:30:00Z INFO  pen=P3 feeding stop total=1104 kg
""")

add("markdown/decoy-example-values", "docs/onboarding/barge-controller.md", "https://www.markdownguide.org/basic-syntax/", """
# Barge controller: onboarding

1. Ask the site manager for the barge's handover sheet (kept in 1Password, vault *Sites*).
2. Copy `.env.example` to `.env` and fill it in:

   ```
   POSTGRES_URL=postgresql://feedctl:YOUR_PASSWORD@db.<site>.local:5432/feeding
   MQTT_PASSWORD=your-mqtt-password-here
   ```

3. Run `make up` and check the feeding dashboard at http://<barge-ip>:3000.

Never paste credentials into Teams or this wiki; link the 1Password item instead.
""")

add("python/decoy-checksum", "tools/firmware/verify_probe_fw.py", "https://docs.python.org/3/library/hashlib.html", '''
"""Check the O2 probe firmware image before flashing it to the buoys."""
import hashlib
import sys

KNOWN = {
    "oxyguard-pacific-4.2.1.bin": "@@h1@@",
    "oxyguard-pacific-4.3.0.bin": "@@h2@@",
}


def sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


name = sys.argv[1]
digest = sha256(name)
print("OK" if KNOWN.get(name.rsplit("/", 1)[-1]) == digest else f"MISMATCH {digest}")
''', h1=hexs(64), h2=hexs(64))

add("terraform/decoy-secret-manager", "infra/aws/pen-cam/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
provider "aws" {
  region = "eu-north-1"
}

resource "aws_s3_bucket" "stills" {
  bucket = "pen-cam-stills-nf"
}

data "aws_secretsmanager_secret_version" "roboflow" {
  secret_id = "pen-cam/roboflow-api-key"
}

resource "aws_lambda_function" "lice_detect" {
  function_name = "lice-detect"
  role          = "arn:aws:iam::418273645501:role/lice-detect"
  image_uri     = "418273645501.dkr.ecr.eu-north-1.amazonaws.com/lice-detect:1.8.2"
  package_type  = "Image"
  environment {
    variables = {
      ROBOFLOW_API_KEY = data.aws_secretsmanager_secret_version.roboflow.secret_string
      BUCKET           = aws_s3_bucket.stills.id
    }
  }
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy harvest-planner
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: ${{ secrets.AZURE_CREDENTIALS }}
      - run: |
          az acr login --name nordfjordacr
          docker build -t nordfjordacr.azurecr.io/harvest-planner:${{ github.sha }} .
          docker push nordfjordacr.azurecr.io/harvest-planner:${{ github.sha }}
        env:
          SMTP_PASSWORD: ${{ secrets.SMTP_PASSWORD }}
""")

add("k8s-secret/decoy-empty-template", "k8s/wellboat-sync/secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Template only: the real Secret is created by sealed-secrets in the cluster
apiVersion: v1
kind: Secret
metadata:
  name: wellboat-sync
  namespace: logistics
type: Opaque
stringData:
  WELLBOAT_API_USER: "<user>"
  WELLBOAT_API_PASSWORD: "<from 1Password: Wellboat partner portal>"
""")

add("yaml/decoy-sealed-secret", "k8s/lice-counter/sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: lice-counter
  namespace: fishhealth
spec:
  encryptedData:
    ROBOFLOW_API_KEY: @@e1@@
  template:
    metadata:
      name: lice-counter
""", e1="AgB" + fakes.drawn(_seed(), 380, ALNUM + "+/") + "==")

add("sql/decoy-uuid-keys", "db/migrations/0042_add_pen_sensors.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html", """
-- Net-pen sensor registry (oxygen, temperature, current)
CREATE TABLE pen_sensor (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    site_code   text NOT NULL,
    pen         text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('o2', 'temp', 'current', 'salinity')),
    serial      text NOT NULL UNIQUE,
    installed   date NOT NULL
);

INSERT INTO pen_sensor (id, site_code, pen, kind, serial, installed) VALUES
    ('@@u1@@', 'HESTNES', 'P1', 'o2',   'OXG-PAC-22871', '2025-04-02'),
    ('@@u2@@', 'HESTNES', 'P2', 'o2',   'OXG-PAC-22874', '2025-04-02'),
    ('@@u3@@', 'HESTNES', 'P1', 'temp', 'AAN-4117-0932', '2025-04-03');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

# ---------------------------------------------------------------- secrets, part 2

add("terraform/azure-client-secret", "infra/azure/fishhealth/providers.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", """
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.110" }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cid@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "fh" {
  name     = "rg-fishhealth-prod"
  location = "norwayeast"
}
""", azure_secret(), sub=uuid_s(), ten=uuid_s(), cid=uuid_s())

add("ansible/smb-password", "ansible/roles/hatchery_pc/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/windows/win_credential_module.html", """
---
hatchery_pc_hostname: hatch-pc01
hatchery_share: \\\\nas01.laksvik.local\\hatchery
hatchery_share_user: LAKSVIK\\svc_hatchnas
hatchery_share_password: "@@secret@@"
hatchery_pc_packages:
  - oxyguard-commander
  - akva-fishtalk-client
  - 7zip
""", words_pw())

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: release aquasense-client
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("notebook/aws-secret-key", "notebooks/growth_model_sgr.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Specific growth rate per pen, autumn 2025 smolt cohort"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\\n",
    "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\\n",
    "                  aws_secret_access_key='@@secret@@')\\n",
    "obj = s3.get_object(Bucket='nf-biomass-exports', Key='2025/weighings.csv')\\n",
    "df = pd.read_csv(obj['Body'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df['sgr'] = 100 * (df.log_w2 - df.log_w1) / df.days"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/router-admin-password", "docs/sites/hestnes/handover.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Hestnes site: handover to night shift

| Device | Address | Login | Password |
|---|---|---|---|
| Feed barge PLC HMI | 10.60.1.10 | operator | (no login) |
| Teltonika RUT955 (4G uplink) | 10.60.1.1 | admin | @@secret@@ |
| Camera NVR | 10.60.1.30 | see 1Password | see 1Password |

Night checks: O2 on P1-P6 every two hours, feeding off from 22:00.
If the 4G link drops, power-cycle the router in the barge's control room.
""", words_pw())

add("sql/db-user-password", "db/init/02_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Roles for the lice-count reporting database
CREATE ROLE fishhealth_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE fishhealth_ro NOLOGIN;
GRANT CONNECT ON DATABASE licecounts TO fishhealth_app;
GRANT USAGE ON SCHEMA public TO fishhealth_app, fishhealth_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO fishhealth_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO fishhealth_ro;
""", pw(22))

add("xml/ftp-password", "HatcheryBridge/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="HatcheryCode" value="LKV-01" />
    <add key="ExportFolder" value="C:\\FishTalk\\Export" />
    <add key="FtpHost" value="ftp.smoltbuyers-coop.no" />
    <add key="FtpUser" value="lkv01_upload" />
    <add key="FtpPassword" value="@@secret@@" />
    <add key="UploadCron" value="0 4 * * *" />
  </appSettings>
</configuration>
""", words_pw())

add("properties/datasource-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=traceability-service
spring.datasource.url=jdbc:postgresql://pg-trace.prod.internal:5432/traceability
spring.datasource.username=trace_svc
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
trace.label.gs1-company-prefix=7090012
trace.batch.harvest-lot-format=HL-{site}-{yyyyMMdd}
""", pw(20))

add("log/sendgrid-api-key", "logs/harvest-notify-debug.log", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """
2025-10-14 07:02:11,402 DEBUG harvest_notify.mail: building message to=kjopere@fiskeeksport.no lot=HL-HES-20251014
2025-10-14 07:02:11,405 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.sendgrid.com:443
2025-10-14 07:02:11,406 DEBUG harvest_notify.mail: request headers={'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2025-10-14 07:02:11,611 DEBUG urllib3.connectionpool: https://api.sendgrid.com:443 "POST /v3/mail/send HTTP/1.1" 202 0
2025-10-14 07:02:11,612 INFO  harvest_notify.mail: sent lot=HL-HES-20251014 recipients=4
""", sendgrid())

add("yaml/slack-webhook", "alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: hatchery-ops
  group_by: [alertname, tank]
  routes:
    - matchers: [severity="critical"]
      receiver: hatchery-ops
receivers:
  - name: hatchery-ops
    slack_configs:
      - api_url: @@secret@@
        channel: "#hatchery-alarms"
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.tank }}"
        send_resolved: true
""", slack_hook())

add("python/telegram-bot-token", "bots/o2_alarm_bot.py", "https://core.telegram.org/bots/api#sendmessage", '''
"""Posts oxygen alarms from the RAS plant to the night-shift Telegram group."""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873344120


def alarm(tank: str, mg_l: float) -> None:
    text = f"\\u26a0\\ufe0f O2 low in {tank}: {mg_l:.1f} mg/L, check diffusers and backup O2 cone"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text},
        timeout=10,
    )


if __name__ == "__main__":
    alarm("RAS-B2", 5.8)
''', fakes.telegram_token(_seed()))

add("shell/github-token", "scripts/clone_site_configs.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/sh
# Pulls the per-site barge configs onto a fresh field laptop
set -e
GH_TOKEN=@@secret@@
for repo in barge-configs feed-tables pen-layouts; do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/nordfjord-salmon/${repo}.git" "$HOME/sites/${repo}"
done
echo "done: $(ls $HOME/sites)"
""", fakes.github_token(_seed()))

add("env/datadog-api-key", "ras-plant/.env.production", "https://docs.datadoghq.com/account_management/api-app-keys/", """
NODE_ENV=production
PLANT=Rossvatn RAS
DD_SITE=datadoghq.eu
DD_API_KEY=@@secret@@
DD_SERVICE=ras-controller
DD_ENV=prod
PUMP_VFD_HOSTS=10.20.3.11,10.20.3.12,10.20.3.13
""", datadog())

add("typescript/google-maps-server-key", "server/src/routes/deliveries.ts", "https://developers.google.com/maps/documentation/directions/get-api-key", """
// Live-fish delivery routing for the trout stocking trucks (server side, unrestricted key)
import { Client } from "@googlemaps/google-maps-services-js";

const maps = new Client({});
const MAPS_SERVER_KEY = "@@secret@@";

export async function route(origin: string, lakes: string[]) {
  const res = await maps.directions({
    params: { origin, destination: lakes[lakes.length - 1], waypoints: lakes.slice(0, -1), key: MAPS_SERVER_KEY },
  });
  return res.data.routes[0]?.legs.map((l) => ({ to: l.end_address, minutes: Math.round(l.duration.value / 60) }));
}
""", google_key())

_k = pem("OPENSSH")
add("ansible/ssh-private-key", "ansible/group_vars/barges/vars.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# TODO: move to ansible-vault before the season starts
barge_tunnel_user: wgtunnel
barge_tunnel_host: vpn.nordfjordsalmon.no
barge_tunnel_key: |
  @@ind@@
barge_feed_tables_branch: season-2026
""", _k, ind=_k.replace("\n", "\n  "))

add("python/barentswatch-client-secret", "fishhealth/sync/barentswatch_lice.py", "https://developer.barentswatch.no/docs/tutorial", '''
"""Fetch weekly lice counts from BarentsWatch FiskInfo for the neighbouring sites."""
import requests

TOKEN_URL = "https://id.barentswatch.no/connect/token"
CLIENT_ID = "ops@nordfjordsalmon.no:fishhealth-sync"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "api",
    }, timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]


def lice(locality: int, year: int, week: int) -> dict:
    url = f"https://www.barentswatch.no/bwapi/v1/geodata/fishhealth/locality/{locality}/{year}/{week}"
    return requests.get(url, headers={"Authorization": f"Bearer {token()}"}, timeout=20).json()
''', pw(24))

add("csharp/fishtalk-connection-string", "src/Biomass.Sync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring", """
using Microsoft.Data.SqlClient;

// Nightly copy of biomass estimates from the FishTalk database to the reporting warehouse
var source = new SqlConnection(
    "Data Source=fishtalk-sql01;Initial Catalog=FishTalk;User Id=ft_reader;" +
    "Password=@@secret@@;TrustServerCertificate=True");
await source.OpenAsync();

using var cmd = new SqlCommand(
    "SELECT UnitName, EstimatedBiomassKg, AvgWeightG, CountedAt FROM dbo.vBiomassDaily WHERE CountedAt >= @since",
    source);
cmd.Parameters.AddWithValue("@since", DateTime.UtcNow.AddDays(-1));
using var reader = await cmd.ExecuteReaderAsync();
while (await reader.ReadAsync())
{
    Console.WriteLine($"{reader.GetString(0)} {reader.GetDecimal(1)} kg");
}
""", words_pw())

add("go/redis-url", "internal/feedqueue/queue.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL", """
package feedqueue

import (
	"context"

	"github.com/redis/go-redis/v9"
)

const redisURL = "rediss://default:@@secret@@@feedqueue-cache.nordfjord.internal:6380/0"

// Queue holds feeding commands waiting for each barge's PLC.
type Queue struct{ rdb *redis.Client }

func New() (*Queue, error) {
	opt, err := redis.ParseURL(redisURL)
	if err != nil {
		return nil, err
	}
	return &Queue{rdb: redis.NewClient(opt)}, nil
}

func (q *Queue) Push(ctx context.Context, barge, cmd string) error {
	return q.rdb.RPush(ctx, "feed:"+barge, cmd).Err()
}
""", fakes.redis_password(_seed()))

add("php/db-password", "hatchery-shop/config/database.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Eyed-egg and fry order shop for trout farms
return [
    'driver'   => 'mysql',
    'host'     => 'mysql.hatchery-shop.internal',
    'port'     => 3306,
    'database' => 'eggorders',
    'username' => 'eggshop',
    'password' => '@@secret@@',
    'charset'  => 'utf8mb4',
];
""", words_pw())

add("ruby/smtp-password", "config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailersend.net",
    port: 587,
    user_name: "MS_q1fz8e@trouthatcheries.org",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "orders.trouthatcheries.org" }
end
""", "mssp." + pw(7) + "." + pw(29).lower())

add("k8s-secret/stringdata-mqtt", "k8s/buoy-gateway/secret.yaml", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/", """
apiVersion: v1
kind: Secret
metadata:
  name: buoy-gateway-mqtt
  namespace: telemetry
type: Opaque
stringData:
  MQTT_HOST: mqtt.aquasense-cloud.io
  MQTT_USER: hestnes-gw
  MQTT_PASSWORD: "@@secret@@"
""", pw(24))

add("dockerfile/npm-token", "web/farm-portal/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && \\
    npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""", fakes.fake("npm_", 36, _seed()))

add("ini/pypirc-token", "tools/release/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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

add("java/ldap-bind-password", "src/main/java/no/laksvik/auth/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/", """
package no.laksvik.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource ctx = new LdapContextSource();
        ctx.setUrl("ldaps://dc01.laksvik.local:636");
        ctx.setBase("DC=laksvik,DC=local");
        ctx.setUserDn("CN=svc-hatchportal,OU=Service,DC=laksvik,DC=local");
        ctx.setPassword("@@secret@@");
        return ctx;
    }
}
""", words_pw())

add("toml/cargo-registry-token", "sensor-fw/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html#registries", """
[build]
target = "thumbv7em-none-eabihf"

[registries.aquasense]
index = "sparse+https://cargo.aquasense-cloud.io/index/"
token = "Bearer @@secret@@"

[target.thumbv7em-none-eabihf]
runner = "probe-rs run --chip STM32L476RGTx"
""", pw(40))

add("csv/device-passwords", "it/inventory/barge_devices_2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
site,device,model,ip,admin_user,admin_password,notes
storvika-07,4G router,Teltonika RUT956,10.40.7.1,admin,@@secret@@,replaced 2025-03
storvika-07,PLC HMI,Siemens TP1200,10.40.7.10,operator,,no login
storvika-07,camera NVR,Hikvision DS-7616,10.40.7.30,admin,see 1Password,
storvika-07,feed blower VFD,ABB ACS580,10.40.7.41,,,Modbus only
""", words_pw())

add("swift/sendbird-token", "FeedLog/Sources/Chat/ChatConfig.swift", "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api", """
import Foundation

// Chat between barge operators and the feed planner
struct ChatConfig {
    static let appId = "8E1C6D2B-44F1-4A6C-9B7E-2A1F3C5D7E90"
    static let apiHost = "https://api-8E1C6D2B-44F1-4A6C-9B7E-2A1F3C5D7E90.sendbird.com"
    static let apiToken = "@@secret@@"
    static let operatorsChannel = "barge-operators"
}
""", hexs(40))

add("powershell/smtp-password", "ops/Send-MortalityReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Weekly mortality report to the veterinarian and the insurer
$report = "C:\\Reports\\mortality_week_$(Get-Date -UFormat %V).pdf"
$smtpPass = '@@secret@@'
$cred = New-Object PSCredential('reports@troutvalleyfarm.co.uk', (ConvertTo-SecureString $smtpPass -AsPlainText -Force))
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From 'reports@troutvalleyfarm.co.uk' `
    -To 'vet@aquavets.co.uk','claims@marineinsure.co.uk' `
    -Subject "Mortality report week $(Get-Date -UFormat %V)" `
    -Attachments $report
""", words_pw())

add("compose/postgres-password", "ras-plant/docker-compose.prod.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: ras
      POSTGRES_USER: ras
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - /srv/ras/pg:/var/lib/postgresql/data
  controller:
    image: registry.rossvatn.local/ras-controller:3.4.1
    environment:
      DATABASE_URL: postgres://ras@db:5432/ras
    depends_on: [db]
""", pw(20))

add("shell/curl-basic-auth", "scripts/push_lice_report.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# Uploads this week's lice count CSV to the feed supplier's health portal
set -euo pipefail
WEEK=$(date +%G-W%V)
FILE="/srv/reports/lice_${WEEK}.csv"
curl -fsS -u "nordfjord-upload:@@secret@@" \\
     -F "week=${WEEK}" -F "file=@${FILE}" \\
     https://health-portal.marinefeeds.example/api/v1/lice-reports
echo "uploaded ${FILE}"
""", words_pw())

add("yaml/openai-api-key", "services/vet-assistant/config.yaml", "https://platform.openai.com/docs/api-reference/authentication", """
app:
  name: vet-assistant
  description: Drafts fish-health visit summaries from the vet's notes
llm:
  provider: openai
  model: gpt-4o-mini
  api_key: @@secret@@
  temperature: 0.2
storage:
  notes_bucket: nf-vet-notes
""", fakes.openai_key(_seed()))

add("kotlin/keystore-password", "app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.fjordtrack.pens"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file("../keys/fjordtrack-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "fjordtrack"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        release { signingConfig = signingConfigs.getByName("release") }
    }
}
""", words_pw())

# ---------------------------------------------------------------- decoys, part 2

add("python/decoy-test-fixture", "tests/test_feed_tables.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import pytest

from feedctl.tables import FeedTable, ration_kg


@pytest.fixture
def table():
    # Skretting feed table for Atlantic salmon, 9 mm pellet, fake API creds for the stub server
    return FeedTable(supplier="stub", api_key="test-key-not-real", temps=[6, 8, 10, 12])


def test_ration_rises_with_temperature(table):
    assert ration_kg(table, biomass_kg=120_000, temp_c=12) > ration_kg(table, biomass_kg=120_000, temp_c=6)


def test_no_feeding_below_two_degrees(table):
    assert ration_kg(table, biomass_kg=120_000, temp_c=1.5) == 0
''')

add("yaml/decoy-ansible-vault", "ansible/group_vars/hatchery/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("typescript/decoy-firebase-config", "field-app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
// Firebase web config for the pen inspection field app: identifies the project, not a secret
import { initializeApp } from "firebase/app";

export const app = initializeApp({
  apiKey: "@@k@@",
  authDomain: "pen-inspect-nf.firebaseapp.com",
  projectId: "pen-inspect-nf",
  storageBucket: "pen-inspect-nf.appspot.com",
  messagingSenderId: "604118273341",
  appId: "1:604118273341:web:3c9e1f7a2b5d8e40c6a1f2",
});
""", k=google_key())

add("html/decoy-recaptcha-site-key", "troutshop/templates/contact.html", "https://developers.google.com/recaptcha/docs/display", """
<!doctype html>
<html lang="en">
<head>
  <title>Contact Blue Creek Trout Farm</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form method="post" action="/contact">
    <label>Email <input type="email" name="email" required></label>
    <label>Message <textarea name="message"></textarea></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("shell/decoy-read-prompt", "scripts/setup_barge_laptop.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """
#!/usr/bin/env bash
# First-time setup of a barge operator laptop
set -euo pipefail
read -rp "Barge id (e.g. fb-07): " BARGE
read -rsp "Barge DB password (from the handover sheet): " PGPASS; echo
cat > "$HOME/.pgpass" <<CONF
db.${BARGE}.local:5432:feeding:feedctl:${PGPASS}
CONF
chmod 600 "$HOME/.pgpass"
echo "configured for ${BARGE}"
""")

add("json/decoy-package-lock-integrity", "field-app/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "pen-inspect-field-app",
  "version": "1.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/idb": {
      "version": "8.0.0",
      "resolved": "https://registry.npmjs.org/idb/-/idb-8.0.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("go/decoy-config-struct", "internal/config/config.go", "https://pkg.go.dev/github.com/kelseyhightower/envconfig", """
package config

import "github.com/kelseyhightower/envconfig"

// Config of the pen-camera uploader; every secret comes from the environment.
type Config struct {
	Region          string `envconfig:"AWS_REGION" default:"eu-north-1"`
	Bucket          string `envconfig:"STILLS_BUCKET" default:"pen-cam-stills-nf"`
	AccessKeyID     string `envconfig:"AWS_ACCESS_KEY_ID" required:"true"`
	SecretAccessKey string `envconfig:"AWS_SECRET_ACCESS_KEY" required:"true"`
	RoboflowKey     string `envconfig:"ROBOFLOW_API_KEY" required:"true"`
}

func Load() (Config, error) {
	var c Config
	err := envconfig.Process("", &c)
	return c, err
}
""")

add("markdown/decoy-aws-docs-example", "docs/runbooks/pen-cam-s3.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Pen camera stills: S3 access

The uploader on each barge uses an IAM user scoped to `pen-cam-stills-nf/<site>/*`.
Configure it like the AWS documentation shows (these are AWS's own example values):

```
aws configure --profile pencam
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-north-1
```

Real keys are in 1Password under *Infra / pen-cam uploader <site>*; rotate them every 90 days.
""")

add("sql/decoy-password-hashes", "db/seed/dev_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Dev seed for the hatchery portal: bcrypt hashes only, the dev password is in the README
INSERT INTO portal_user (email, role, password_hash) VALUES
  ('hatchery.manager@example.com', 'manager', '$2b$12$@@h1@@'),
  ('night.shift@example.com',      'operator', '$2b$12$@@h2@@'),
  ('vet@example.com',              'viewer',  '$2b$12$@@h3@@');
UPDATE portal_user SET must_change_password = true;
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("log/decoy-request-ids", "logs/wellboat-sync-2025-09-18.log", "https://docs.python.org/3/library/logging.html", """
2025-09-18 04:00:00 INFO wellboat-sync run started
2025-09-18 04:00:01 INFO GET /v2/vessels status=200 request_id=@@r1@@
2025-09-18 04:00:02 INFO GET /v2/voyages?site=HESTNES status=200 request_id=@@r2@@
2025-09-18 04:00:02 INFO voyage MS Ronja Fjord delousing treatment pens=P2,P4 etag="@@e1@@"
2025-09-18 04:00:03 INFO run finished voyages=3 duration=3.1s
""", r1=uuid_s(), r2=uuid_s(), e1=hexs(32))

add("dockerfile/decoy-build-arg", "services/harvest-planner/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.nordfjord.internal/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "planner.wsgi", "-b", "0.0.0.0:8000"]
""")

add("compose/decoy-env-interpolation", "monitoring/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      GF_SECURITY_ADMIN_USER: ${GRAFANA_ADMIN_USER:-admin}
      GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD:?set it in .env}
      GF_DATABASE_PASSWORD_FILE: /run/secrets/grafana_db
    secrets: [grafana_db]
secrets:
  grafana_db:
    file: ./secrets/grafana_db.txt
""")

add("java/decoy-regex", "src/main/java/no/akvafeed/order/Validators.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html", """
package no.akvafeed.order;

import java.util.regex.Pattern;

public final class Validators {
    // Partner API keys look like afs_live_ followed by 32 characters; reject anything else early.
    public static final Pattern API_KEY = Pattern.compile("^afs_(live|test)_[A-Za-z0-9]{32}$");
    public static final Pattern SITE_CODE = Pattern.compile("^[A-Z]{3,8}-\\\\d{2}$");
    public static final Pattern LOT = Pattern.compile("^HL-[A-Z]{3}-\\\\d{8}$");

    private Validators() {}
}
""")

add("csv/decoy-batch-numbers", "exports/feed_deliveries_oct2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
delivery_no,supplier,product,pellet_mm,tonnes,batch,silo,delivered_at
DL-2025-10-0412,Skretting,Optiline 2500,9,38.0,SK2510-7F3A9C21,S1,2025-10-03
DL-2025-10-0413,BioMar,Energy X 1000,9,41.5,BM-25-41-0088213,S2,2025-10-07
DL-2025-10-0430,Skretting,Optiline 2500,12,36.0,SK2510-7F3B0D44,S3,2025-10-15
DL-2025-10-0451,Cargill,Intro Plus,6,12.0,CG-NO-2510-55127,S5,2025-10-22
""")

add("xml/decoy-encrypted-config", "HatcheryBridge/Web.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#tripledes-cbc" />
      <CipherData>
        <CipherValue>@@c1@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", c1=fakes.drawn(_seed(), 172, ALNUM + "+/") + "==")

add("properties/decoy-spring-placeholders", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=traceability-service
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/traceability}
spring.datasource.username=${DB_USER:trace}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${MAIL_PASSWORD:}
trace.label.gs1-company-prefix=7090012
""")

add("rust/decoy-env-var", "src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

/// Settings for the buoy gateway; credentials only from the environment.
pub struct Settings {
    pub broker: String,
    pub user: String,
    pub password: String,
}

impl Settings {
    pub fn from_env() -> Self {
        Settings {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "mqtt.aquasense-cloud.io".into()),
            user: env::var("MQTT_USER").expect("MQTT_USER"),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

# ---------------------------------------------------------------- secrets, part 3

add("python/split-api-key", "integrations/scaleaq/client.py", "https://requests.readthedocs.io/en/latest/user/authentication/", '''
"""Client for the feed-system vendor's cloud API (feeding history per pen)."""
import requests

BASE = "https://api.feedcloud-vendor.example/v3"
# key split so the linter stops complaining (still needs to move to Key Vault)
_KEY = ("@@a@@"
        "@@b@@")


def feeding_history(site: str, pen: str, day: str) -> list:
    r = requests.get(f"{BASE}/sites/{site}/pens/{pen}/feedings", params={"date": day},
                     headers={"Authorization": f"ApiKey {_KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]
''', _k2 := pw(40), a=_k2[:20], b=_k2[20:])

add("env/stripe-restricted-key", "egg-shop/.env.local", "https://docs.stripe.com/keys#limit-access", """
APP_URL=https://eggs.trouthatcheries.org
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_RESTRICTED_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}
SHIPPING_ORIGIN_ZIP=83338
""", stripe("rk_live_"), pk=stripe("pk_live_"))

add("yaml/stripe-webhook-secret", "egg-shop/config/payments.yml", "https://docs.stripe.com/webhooks#verify-official-libraries", """
production:
  stripe:
    api_version: "2024-06-20"
    webhook_endpoint: https://eggs.trouthatcheries.org/stripe/events
    webhook_signing_secret: @@secret@@
    events:
      - checkout.session.completed
      - charge.refunded
""", fakes.fake("whsec_", 32, _seed()))

add("terraform/datadog-keys", "infra/monitoring/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", """
provider "datadog" {
  api_key = "@@api@@"
  app_key = "@@secret@@"
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "o2_low" {
  name    = "RAS oxygen below 7 mg/L"
  type    = "metric alert"
  query   = "avg(last_5m):avg:ras.o2.mg_l{plant:rossvatn} by {tank} < 7"
  message = "@slack-hatchery-alarms O2 low in {{tank.name}}"
}
""", hexs(40), api=hexs(32))

add("github-actions/docker-password", ".github/workflows/build-lice-counter.yml", "https://github.com/docker/login-action#usage", """
name: build lice-counter
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.nordfjordsalmon.no
          username: ci-builder
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          context: services/lice-counter
          push: true
          tags: registry.nordfjordsalmon.no/lice-counter:${{ github.sha }}
""", pw(32))

add("notebook/postgres-url", "notebooks/mortality_by_pen.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#postgresql", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\\n",
    "import pandas as pd\\n",
    "eng = create_engine('postgresql+psycopg://analyst:@@secret@@@pg-fishhealth.nordfjord.internal/fishhealth')\\n",
    "mort = pd.read_sql('select site, pen, week, dead, cause from mortality where year = 2025', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["mort.pivot_table(index='pen', columns='cause', values='dead', aggfunc='sum')"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("markdown/vpn-psk", "docs/it/site-vpn.md", "https://docs.strongswan.org/docs/5.9/config/quickstart.html", """
# Site-to-site VPN: barges to head office

All barges connect with IPsec to `vpn.nordfjordsalmon.no` (strongSwan).

```
conn barge-storvika
    left=%defaultroute
    right=vpn.nordfjordsalmon.no
    authby=secret
    auto=start
```

`/etc/ipsec.secrets` on each barge router:

```
%any vpn.nordfjordsalmon.no : PSK "@@secret@@"
```

Same PSK on all barges until we move to certificates (ticket IT-412).
""", pw(28))

add("ruby/aws-keys", "lib/tasks/export_harvest.rake", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", """
namespace :harvest do
  desc "Export harvest lots to the buyers' S3 drop"
  task export: :environment do
    s3 = Aws::S3::Client.new(
      region: "eu-west-1",
      access_key_id: "@@kid@@",
      secret_access_key: "@@secret@@"
    )
    HarvestLot.where(exported_at: nil).find_each do |lot|
      s3.put_object(bucket: "buyers-drop-fjordsmoked", key: "lots/#{lot.code}.json", body: lot.to_json)
      lot.update!(exported_at: Time.current)
    end
  end
end
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("php/api-header", "hatchery-shop/src/Service/CourierClient.php", "https://docs.guzzlephp.org/en/stable/request-options.html#headers", """
<?php
namespace App\\Service;

use GuzzleHttp\\Client;

// Books the chilled courier for eyed-egg boxes
class CourierClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.coldchain-courier.example/v1/',
            'headers'  => ['Authorization' => 'Token @@secret@@'],
        ]);
    }

    public function book(string $orderNo, float $kg): array
    {
        $res = $this->http->post('shipments', ['json' => ['reference' => $orderNo, 'weight_kg' => $kg, 'temp' => '2-6C']]);
        return json_decode((string) $res->getBody(), true);
    }
}
""", hexs(40))

add("json/azure-storage-key", "src/Biomass.Sync/appsettings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=nfbiomassexports;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "Container": "biomass-daily"
  },
  "Schedule": "0 2 * * *"
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("shell/sshpass", "scripts/pull_plc_logs.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Pulls alarm logs from the RAS PLC gateway (old box, password login only)
DAY=${1:-$(date -d yesterday +%F)}
sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no \\
    plcadmin@10.20.3.2:/var/log/plc/alarms-${DAY}.log /srv/ras/plc-logs/
gzip -f /srv/ras/plc-logs/alarms-${DAY}.log
""", words_pw())

add("toml/pyproject-index-password", "pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
[tool.poetry]
name = "aquasense-client"
version = "0.9.4"
description = "Client for the AquaSense buoy cloud"
authors = ["Nordfjord Salmon IT <it@nordfjordsalmon.no>"]

[tool.poetry.dependencies]
python = "^3.10"
httpx = "^0.27"

[[tool.poetry.source]]
name = "nordfjord"
url = "https://ci:@@secret@@@pypi.nordfjord.internal/simple/"
priority = "supplemental"
""", pw(26))

add("ini/odbc-password", "fishtalk/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[FishTalk]
Driver = ODBC Driver 18 for SQL Server
Server = fishtalk-sql01.laksvik.local
Database = FishTalk
UID = ft_reader
PWD = @@secret@@
TrustServerCertificate = yes

[Historian]
Driver = ODBC Driver 18 for SQL Server
Server = 192.168.20.14
Database = RAS_Historian
Trusted_Connection = yes
""", pw(16, "#!$"))

_gk = pem("")
_gk = _gk.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "ml/lice-model/sa-key.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "nf-lice-vision",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@",
  "client_email": "trainer@nf-lice-vision.iam.gserviceaccount.com",
  "client_id": "108273645501928374651",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gk.split("\n")[1], kid=hexs(40), esc=_gk.replace("\n", "\\n") + "\\n")

add("go/telegram-token", "cmd/feedbot/main.go", "https://core.telegram.org/bots/api", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

const botToken = "@@secret@@"
const chatID = "-1002211334455"

// Posts the daily feed summary to the farm's Telegram group
func main() {
	msg := "Feed 2025-11-02: P1 1104 kg, P2 980 kg, P3 1210 kg"
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	resp, err := http.PostForm(u, url.Values{"chat_id": {chatID}, "text": {msg}})
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
}
""", fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- decoys, part 3

add("yaml/decoy-k8s-secret-ref", "k8s/harvest-planner/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: harvest-planner
  namespace: logistics
spec:
  replicas: 2
  selector:
    matchLabels: { app: harvest-planner }
  template:
    metadata:
      labels: { app: harvest-planner }
    spec:
      containers:
        - name: app
          image: registry.nordfjordsalmon.no/harvest-planner:2.14.3
          env:
            - name: WELLBOAT_API_PASSWORD
              valueFrom:
                secretKeyRef: { name: wellboat-sync, key: WELLBOAT_API_PASSWORD }
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: harvest-planner-db, key: url }
""")

add("python/decoy-hashed-device-ids", "fishhealth/anonymise.py", "https://docs.python.org/3/library/hmac.html", '''
"""Pseudonymise pen camera ids before sharing images with the research institute."""
import hashlib
import hmac
import os

SALT = os.environ["CAMERA_ID_SALT"].encode()

# Examples of the output for the data-sharing agreement (appendix B)
EXAMPLES = {
    "HES-P1-CAM2": "@@h1@@",
    "HES-P3-CAM1": "@@h2@@",
}


def pseudonym(camera_id: str) -> str:
    return hmac.new(SALT, camera_id.encode(), hashlib.sha256).hexdigest()
''', h1=hexs(64), h2=hexs(64))

add("terraform/decoy-variables", "infra/azure/fishhealth/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "sql_admin_login" {
  type    = string
  default = "fhadmin"
}

variable "sql_admin_password" {
  type      = string
  sensitive = true
  description = "Set in the pipeline from Key Vault kv-nf-infra / sql-admin-password"
}

variable "location" {
  type    = string
  default = "norwayeast"
}
""")

add("env/decoy-empty-values", "ras-plant/.env.sample", "https://12factor.net/config", """
NODE_ENV=development
PLANT=Rossvatn RAS (dev)
DD_SITE=datadoghq.eu
DD_API_KEY=
DD_SERVICE=ras-controller
PUMP_VFD_HOSTS=127.0.0.1
DATABASE_URL=postgres://ras:ras@localhost:5432/ras_dev
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.14.3] - 2025-10-20
### Fixed
- Wellboat voyage import skipped pens with a treatment flag (commit 4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39).

## [2.14.0] - 2025-09-01
### Changed
- SMTP password and wellboat API credentials now come from Key Vault; removed from values.yaml.
- Rotated all partner API keys after the August audit.

## [2.13.2] - 2025-07-11
### Added
- Harvest lot codes `HL-<site>-<yyyymmdd>` printed on the bin labels.
""")

add("json/decoy-oauth-client-id", "field-app/src/auth/msal-config.json", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration", """
{
  "auth": {
    "clientId": "@@c@@",
    "authority": "https://login.microsoftonline.com/@@t@@",
    "redirectUri": "https://inspect.nordfjordsalmon.no/auth/callback"
  },
  "cache": { "cacheLocation": "localStorage" },
  "scopes": ["api://pen-inspect/Inspections.ReadWrite"]
}
""", c=uuid_s(), t=uuid_s())

add("sql/decoy-grant-no-password", "db/init/03_grants.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """
-- Passwords are set by the provisioning job from Vault (vault kv get db/fishhealth/app)
ALTER ROLE fishhealth_app WITH LOGIN;
ALTER ROLE fishhealth_app SET statement_timeout = '30s';
GRANT SELECT ON lice_count, mortality, treatment TO fishhealth_ro;
REVOKE ALL ON pg_catalog.pg_authid FROM PUBLIC;
COMMENT ON ROLE fishhealth_app IS 'password rotated monthly by vault-db-rotator';
""")

add("kotlin/decoy-buildconfig", "app/src/main/java/com/fjordtrack/Config.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
package com.fjordtrack

object Config {
    // Injected at build time from local.properties / CI secrets, never in git
    val backendKey: String = BuildConfig.BACKEND_KEY
    val mapsKey: String = BuildConfig.MAPS_API_KEY
    const val API_BASE = "https://api.fjordtrack.no/v2"
    const val PEN_REFRESH_SECONDS = 60
}
""")

add("log/decoy-hex-frames", "logs/modbus-fb05-trace.log", "https://modbus.org/docs/Modbus_Application_Protocol_V1_1b3.pdf", """
2025-11-03 06:00:00.102 TX 0001 0000 0006 01 03 0064 000A
2025-11-03 06:00:00.131 RX 0001 0000 0017 01 03 14 01F4 0208 01E0 0000 0000 00C8 0190 0000 0001 0032
2025-11-03 06:00:01.102 TX 0002 0000 0006 01 03 00C8 0004
2025-11-03 06:00:01.129 RX 0002 0000 000B 01 03 08 3F8CCCCD 41200000
2025-11-03 06:00:02.002 INFO silo levels S1=50.0% S2=52.0% S3=48.0% crc=@@c@@
""", c=hexs(8))

add("powershell/decoy-secretmanagement", "ops/Send-WeeklyReport.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Weekly feed-conversion report; credentials come from the SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'ReportsSmtp' -Vault 'FarmOffice'
$report = "C:\\Reports\\fcr_week_$(Get-Date -UFormat %V).xlsx"
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From 'reports@troutvalleyfarm.co.uk' -To 'manager@troutvalleyfarm.co.uk' `
    -Subject 'Weekly FCR' -Attachments $report
""")

add("ini/decoy-prompted-password", "scada/historian.example.ini", "https://docs.python.org/3/library/configparser.html", """
[historian]
site = <site name>
poll_seconds = 15

[database]
server = <historian host>
database = RAS_Historian
uid = historian_rw
; pwd is read from Windows Credential Manager (target "RAS_Historian")
pwd =
""")

add("csv/decoy-water-quality", "exports/water_quality_hestnes_w44.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
timestamp,pen,depth_m,o2_mg_l,o2_sat_pct,temp_c,salinity_psu,sensor_serial
2025-10-27T06:00:00Z,P1,5,8.9,96,10.8,33.1,OXG-PAC-22871
2025-10-27T06:00:00Z,P2,5,8.6,93,10.9,33.0,OXG-PAC-22874
2025-10-27T12:00:00Z,P1,5,8.1,88,11.2,33.2,OXG-PAC-22871
2025-10-27T12:00:00Z,P2,5,7.7,84,11.3,33.1,OXG-PAC-22874
2025-10-27T18:00:00Z,P1,5,8.4,91,11.0,33.1,OXG-PAC-22871
""")

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform pen-cam
on:
  pull_request:
    paths: ["infra/aws/**"]
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
          role-to-assume: arn:aws:iam::418273645501:role/gha-terraform-pencam
          aws-region: eu-north-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/aws/pen-cam init && terraform -chdir=infra/aws/pen-cam plan
""")

add("swift/decoy-keychain", "FishHealth/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

// Stores the biologist's session token in the keychain; nothing is compiled into the app
enum TokenStore {
    static let service = "no.sjomat.fishhealth.session"

    static func read() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("php/decoy-getenv", "wp-content/themes/troutvalley/inc/config.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
// Shop settings; secrets come from the host's environment (Plesk > PHP settings)
define('TV_MAILGUN_KEY', getenv('MAILGUN_API_KEY') ?: '');
define('TV_MAILGUN_DOMAIN', 'mg.troutvalleyfarm.co.uk');
define('TV_STRIPE_SECRET', getenv('STRIPE_SECRET_KEY') ?: '');
define('TV_PICKUP_DAYS', 'Fri,Sat');
""")

# ---------------------------------------------------------------- secrets, part 4

_da = pw(22)
add("json/docker-config-auth", "ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.nordfjordsalmon.no": {
      "auth": "@@enc@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", _da, enc=b64("ci-builder:" + _da))

add("netrc/vendor-portal-password", "provisioning/barge-laptop/netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
# ~/.netrc for the barge laptops (feed tables download)
machine feedtables.marinefeeds.example
  login nordfjord-ops
  password @@secret@@
machine pypi.nordfjord.internal
  login ci
  password see-1password
""", words_pw())

add("xml/maven-settings", "ci/maven/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nordfjord-releases</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nordfjord-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.nordfjordsalmon.no/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw(20))

add("yaml/gitlab-ci-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """
stages: [test, deploy]

variables:
  PIP_INDEX_URL: https://pypi.org/simple
  DEPLOY_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

deploy-feed-tables:
  stage: deploy
  script:
    - git clone https://oauth2:${DEPLOY_TOKEN}@gitlab.com/aquafeed-partners/feed-tables.git
    - ./scripts/publish_tables.sh
  only: [main]
""", gitlab())

add("python/smtp-login", "reports/weekly_lice_mail.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", '''
"""Mails the weekly lice report to Mattilsynet contacts and the farm managers."""
import smtplib
from email.message import EmailMessage


def send(pdf_path: str, week: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Lusetelling uke {week}"
    msg["From"] = "fiskehelse@nordfjordsalmon.no"
    msg["To"] = "driftsledere@nordfjordsalmon.no"
    with open(pdf_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="pdf", filename=f"lus_{week}.pdf")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("fiskehelse@nordfjordsalmon.no", "@@secret@@")
        s.send_message(msg)
''', words_pw())

add("plist/api-key", "FeedLog/Resources/Config.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.feedlog.aquacloud.example/v1</string>
    <key>APISecretKey</key>
    <string>@@secret@@</string>
    <key>SyncIntervalMinutes</key>
    <integer>15</integer>
</dict>
</plist>
""", "sk_" + pw(40))

add("typescript/slack-bot-token", "bots/harvest-bot/src/index.ts", "https://slack.dev/bolt-js/getting-started", """
import { App } from "@slack/bolt";

// Posts harvest and wellboat schedules to #harvest
const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/harvest", async ({ ack, respond, command }) => {
  await ack();
  await respond(`Next harvest for ${command.text || "all sites"}: Thursday, MS Ronja Fjord`);
});

(async () => {
  await app.start(Number(process.env.PORT) || 3000);
})();
""", slack_bot())

add("ansible/mysql-password", "ansible/roles/egg_shop/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
egg_shop_domain: eggs.trouthatcheries.org
egg_shop_db_name: eggorders
egg_shop_db_user: eggshop
egg_shop_db_password: @@secret@@
egg_shop_php_version: "8.2"
egg_shop_backup_hour: 3
""", pw(18))

add("k8s-secret/tls-private-key", "k8s/farm-portal/tls-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: farm-portal-tls
  namespace: web
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
""", _tk := pem("RSA"), enc=b64(_tk + "\n"), crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("xml/jdbc-url-password", "src/main/resources/META-INF/persistence.xml", "https://jakarta.ee/specifications/persistence/3.1/jakarta-persistence-spec-3.1", """
<?xml version="1.0" encoding="UTF-8"?>
<persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">
  <persistence-unit name="smolt">
    <properties>
      <property name="jakarta.persistence.jdbc.url"
                value="jdbc:mysql://smolt-db.laksvik.local:3306/smolt?user=smolt_app&amp;password=@@secret@@&amp;useSSL=true"/>
      <property name="jakarta.persistence.jdbc.driver" value="com.mysql.cj.jdbc.Driver"/>
      <property name="hibernate.hbm2ddl.auto" value="validate"/>
    </properties>
  </persistence-unit>
</persistence>
""", pw(18))

add("shell/helm-set", "deploy/upgrade-planner.sh", "https://helm.sh/docs/helm/helm_upgrade/", """
#!/usr/bin/env bash
set -euo pipefail
TAG=${1:?tag}
helm upgrade --install harvest-planner ./charts/harvest-planner \\
  --namespace logistics \\
  --set image.tag="${TAG}" \\
  --set env.WELLBOAT_API_USER=nordfjord-sync \\
  --set env.WELLBOAT_API_PASSWORD='@@secret@@' \\
  --wait --timeout 5m
""", words_pw())

add("dockerfile/pip-extra-index", "ml/lice-model/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
RUN apt-get update && apt-get install -y python3-pip && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/lice
COPY requirements.txt .
RUN pip3 install --extra-index-url https://trainer:@@secret@@@pypi.nordfjord.internal/simple -r requirements.txt
COPY train.py .
ENTRYPOINT ["python3", "train.py"]
""", pw(24))

add("terraform/postgres-admin", "infra/azure/fishhealth/db.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server", """
resource "azurerm_postgresql_flexible_server" "fh" {
  name                   = "pg-fishhealth-prod"
  resource_group_name    = azurerm_resource_group.fh.name
  location               = "norwayeast"
  version                = "16"
  administrator_login    = "fhadmin"
  administrator_password = "@@secret@@"
  sku_name               = "GP_Standard_D2ds_v5"
  storage_mb             = 65536
  backup_retention_days  = 14
}
""", words_pw())

add("log/basic-auth-header", "logs/feedtables-sync-2025-11-04.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
[2025-11-04 03:00:00] sync start supplier=marinefeeds tables=salmon,trout
[2025-11-04 03:00:01] > GET /api/v2/feedtables?species=salmon HTTP/1.1
[2025-11-04 03:00:01] > Host: feedtables.marinefeeds.example
[2025-11-04 03:00:01] > Authorization: Basic @@enc@@
[2025-11-04 03:00:01] < HTTP/1.1 200 OK
[2025-11-04 03:00:02] sync done rows=1840
""", _bp := words_pw(), enc=b64("nordfjord-ops:" + _bp))

add("csharp/sendgrid-key", "src/Hatchery.Alarms/MailAlarm.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Hatchery.Alarms
{
    public class MailAlarm
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public Task SendAsync(string tank, string text) =>
            _client.SendEmailAsync(MailHelper.CreateSingleEmail(
                new EmailAddress("alarms@laksvik-settefisk.no", "Laksvik alarms"),
                new EmailAddress("vakt@laksvik-settefisk.no"),
                $"Alarm {tank}", text, null));
    }
}
""", sendgrid())

add("rust/api-bearer", "src/uploader.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth", """
use reqwest::blocking::Client;

const CAMERA_CLOUD: &str = "https://ingest.pencam-vision.example/v1/frames";
const INGEST_TOKEN: &str = "@@secret@@";

/// Sends a pen camera frame for biomass and lice estimation
pub fn upload(site: &str, pen: &str, jpeg: Vec<u8>) -> reqwest::Result<()> {
    Client::new()
        .post(CAMERA_CLOUD)
        .bearer_auth(INGEST_TOKEN)
        .query(&[("site", site), ("pen", pen)])
        .body(jpeg)
        .send()?
        .error_for_status()?;
    Ok(())
}
""", "pcv_" + pw(36))

add("properties/sftp-password", "integration/src/main/resources/sftp.properties", "https://docs.spring.io/spring-integration/reference/sftp/session-factory.html", """
# Daily upload of harvest certificates to the export authority's SFTP
sftp.host=sftp.seafood-export-certs.example
sftp.port=22
sftp.user=nordfjord
sftp.password=@@secret@@
sftp.remote-dir=/incoming/health-certs
sftp.allow-unknown-keys=false
""", words_pw())

add("markdown/handover-api-key", "docs/vendors/oxygen-system.md", "https://www.markdownguide.org/basic-syntax/", """
# Oxygen dosing system: vendor access

The oxygen dosing controllers on all RAS lines report to the vendor's cloud.

- Portal: https://portal.o2dosing-vendor.example (login with your own account)
- Integration user for our historian: `rossvatn-historian`
- API key for that user: `@@secret@@`
- Support: +47 40 00 12 34 (24/7 during smolt season)

The API key was set up by the vendor's engineer on commissioning day; ask them before rotating it.
""", "o2v_" + pw(32))

add("go/smtp-auth", "internal/notify/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package notify

import "net/smtp"

// Mails low-oxygen alarms to the night shift when SMS fails
func Mail(to []string, body string) error {
	auth := smtp.PlainAuth("", "alarms@laksvik-settefisk.no", "@@secret@@", "smtp.domeneshop.no")
	msg := []byte("Subject: O2 ALARM\\r\\n\\r\\n" + body)
	return smtp.SendMail("smtp.domeneshop.no:587", auth, "alarms@laksvik-settefisk.no", to, msg)
}
""", words_pw())

# ---------------------------------------------------------------- decoys, part 4

add("notebook/decoy-getpass", "notebooks/feed_conversion_2025.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('fishhealth db password: ')\\n",
    "eng = create_engine(f'postgresql+psycopg://analyst:{pw}@pg-fishhealth.nordfjord.internal/fishhealth')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["fcr = pd.read_sql('select pen, feed_kg / nullif(growth_kg, 0) as fcr from pen_week', eng)"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("yaml/decoy-public-cert", "k8s/farm-portal/ca-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: nordfjord-internal-ca
  namespace: web
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("shell/decoy-vault-cli", "scripts/rotate_barge_db.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Rotates the feedctl DB password on one barge; the new one is generated and kept in Vault
set -euo pipefail
BARGE=${1:?barge id}
NEW=$(openssl rand -base64 24)
vault kv put "secret/barges/${BARGE}/feedctl" password="${NEW}"
PGPASSWORD="$(vault kv get -field=admin_password secret/barges/${BARGE}/postgres)" \\
  psql -h "db.${BARGE}.local" -U postgres -c "ALTER ROLE feedctl PASSWORD '${NEW}'"
echo "rotated feedctl on ${BARGE}"
""")

add("json/decoy-feed-table", "data/feedtables/salmon_9mm.json", "https://www.json.org/json-en.html", """
{
  "supplier": "MarineFeeds",
  "product": "Optima 9",
  "pellet_mm": 9,
  "table_id": "@@tid@@",
  "sha256": "@@h@@",
  "rates_pct_bw_per_day": {
    "4": 0.35, "6": 0.52, "8": 0.71, "10": 0.88, "12": 0.96, "14": 0.90
  }
}
""", tid=uuid_s(), h=hexs(64))

add("markdown/decoy-readme-setup", "README.md", "https://www.markdownguide.org/basic-syntax/", """
# harvest-planner

Plans harvests, wellboat slots and processing-plant intake for Nordfjord Salmon.

## Running locally

```bash
cp .env.example .env        # then fill in SMTP_PASSWORD and WELLBOAT_API_PASSWORD
docker compose up -d db
export DATABASE_URL=postgres://planner:planner@localhost:5432/planner_dev
make run
```

Production credentials live in Key Vault `kv-nf-logistics`; see docs/runbooks/secrets.md.
""")

add("ruby/decoy-credentials-fetch", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Egg shop payments
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  webhook_secret: ENV["STRIPE_WEBHOOK_SECRET"],
}
""")

add("go/decoy-test-constants", "internal/feedqueue/queue_test.go", "https://pkg.go.dev/github.com/alicebob/miniredis/v2", """
package feedqueue

import (
	"context"
	"testing"

	"github.com/alicebob/miniredis/v2"
)

func TestPush(t *testing.T) {
	mr := miniredis.RunT(t)
	mr.RequireAuth("test-password")
	q, err := newWithURL("redis://:test-password@" + mr.Addr() + "/0")
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Push(context.Background(), "fb-07", "start P3 42"); err != nil {
		t.Fatal(err)
	}
}
""")

add("csv/decoy-smolt-transfers", "exports/smolt_transfers_2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
transfer_id,from_hatchery,to_site,wellboat,count,avg_weight_g,vaccine_lot,transfer_date
@@u1@@,LKV-01,HESTNES,MS Ronja Fjord,412000,118,ALPHAJECT-25-0913,2025-05-14
@@u2@@,LKV-01,STORVIKA,MS Ronja Fjord,398500,124,ALPHAJECT-25-0913,2025-05-21
@@u3@@,BJO-02,HESTNES,Aqua Tromoy,220000,96,ALPHAJECT-25-1002,2025-06-03
@@u4@@,BJO-02,STORVIKA,Aqua Tromoy,205400,101,ALPHAJECT-25-1002,2025-06-10
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("xml/decoy-placeholder-config", "HatcheryBridge/App.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <add key="FtpHost" value="ftp.smoltbuyers-coop.no" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="FtpUser" value="#{FtpUser}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="FtpPassword" value="#{FtpPassword}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("typescript/decoy-env-access", "server/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
// Server configuration for the stocking-truck routing service
function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
}

export const config = {
  mapsServerKey: required("MAPS_SERVER_KEY"),
  databaseUrl: required("DATABASE_URL"),
  port: Number(process.env.PORT ?? 8080),
  depot: { name: "Blue Creek hatchery", lat: 44.1021, lon: -121.331 },
};
""")

add("log/decoy-masked-token", "logs/barentswatch-sync-2025-11-05.log", "https://developer.barentswatch.no/docs/tutorial", """
2025-11-05T02:00:00Z INFO  token request client_id=ops@nordfjordsalmon.no:fishhealth-sync
2025-11-05T02:00:01Z INFO  token ok expires_in=3600 access_token=eyJhbG...<masked>
2025-11-05T02:00:01Z INFO  fetch locality=12345 year=2025 week=45
2025-11-05T02:00:02Z INFO  fetch locality=12377 year=2025 week=45
2025-11-05T02:00:02Z INFO  neighbours avg adult female lice=0.21 (limit 0.5)
""")

add("properties/decoy-encrypted-jasypt", "src/main/resources/application-staging.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
spring.datasource.url=jdbc:postgresql://pg-trace.staging.internal:5432/traceability
spring.datasource.username=trace_svc
spring.datasource.password=ENC(@@e@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", e=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==")

add("ansible/decoy-vault-vars", "ansible/roles/egg_shop/vars/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
# Real values are in group_vars/egg_shop/vault.yml (ansible-vault encrypted)
egg_shop_db_password: "{{ vault_egg_shop_db_password }}"
egg_shop_smtp_password: "{{ vault_egg_shop_smtp_password }}"
egg_shop_stripe_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/eggshop:stripe_secret') }}"
egg_shop_admin_email: orders@trouthatcheries.org
""")

add("csharp/decoy-user-secrets", "src/Biomass.Sync/Startup.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Azure.Identity;
using Microsoft.Extensions.Configuration;

// Configuration for the biomass sync: Key Vault in production, user-secrets on dev machines
var builder = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddUserSecrets<Program>(optional: true)
    .AddAzureKeyVault(new Uri("https://kv-nf-biomass.vault.azure.net/"), new DefaultAzureCredential());
var config = builder.Build();
var fishTalk = config.GetConnectionString("FishTalk");
Console.WriteLine($"FishTalk configured: {!string.IsNullOrEmpty(fishTalk)}");
""")

add("dockerfile/decoy-healthcheck", "services/buoy-gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#healthcheck", """
FROM rust:1.82 AS build
WORKDIR /src
COPY . .
RUN cargo build --release --bin sensor_gateway

FROM debian:bookworm-slim
COPY --from=build /src/target/release/sensor_gateway /usr/local/bin/
ENV MQTT_BROKER=mqtt.aquasense-cloud.io MQTT_USER="" MQTT_PASSWORD=""
HEALTHCHECK --interval=30s CMD pgrep sensor_gateway || exit 1
ENTRYPOINT ["sensor_gateway"]
""")

add("sql/decoy-lice-report", "reports/lice_weekly.sql", "https://www.postgresql.org/docs/current/queries-with.html", """
-- Weekly lice report per site (Mattilsynet format)
WITH wk AS (
    SELECT site_code, pen, date_trunc('week', counted_at) AS week,
           avg(adult_female) AS af, avg(mobile) AS mob, avg(attached) AS att
    FROM lice_count
    WHERE counted_at >= now() - interval '8 weeks'
    GROUP BY 1, 2, 3
)
SELECT site_code, week, round(avg(af), 2) AS adult_female, round(avg(mob), 2) AS mobile,
       round(avg(att), 2) AS attached, avg(af) > 0.5 AS over_limit
FROM wk GROUP BY 1, 2 ORDER BY 1, 2;
""")

# ---------------------------------------------------------------- secrets, part 5

add("python/django-secret-key", "portal/hatchportal/settings/production.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", '''
"""Production settings for the hatchery portal (egg and fry orders, tank logs)."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.laksvik-settefisk.no"]
SECRET_KEY = "@@secret@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hatchportal",
        "HOST": "pg01.laksvik.local",
        "USER": "hatchportal",
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}
''', fakes.django_secret_key(_seed()))

add("env/github-fine-grained-token", "tools/site-sync/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token", """
# site-sync: mirrors barge configs from GitHub to each barge's local gitea
GITHUB_ORG=nordfjord-salmon
GITHUB_TOKEN=@@secret@@
GITEA_URL=http://gitea.storvika.local:3000
SYNC_REPOS=barge-configs,feed-tables
""", fakes.github_fine_grained_token(_seed()))

add("yaml/aws-session-token", "tools/pencam-debug/credentials.yaml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", """
# copied from the SSO portal for debugging the uploader on fb-05 (delete after!)
profile: pencam-debug
region: eu-north-1
aws_access_key_id: @@kid@@
aws_secret_access_key: @@sak@@
aws_session_token: @@secret@@
""", fakes.aws_session_token(_seed()), kid="ASIA" + fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sak=fakes.aws_secret_key(_seed()))

add("shell/mysql-command-line", "ops/cron/egg_orders_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/sh
# crontab: 30 2 * * * /opt/ops/cron/egg_orders_backup.sh
OUT=/backup/eggorders-$(date +%Y%m%d).sql.gz
mysqldump -h mysql.hatchery-shop.internal -u backup -p'@@secret@@' \\
  --single-transaction eggorders | gzip > "$OUT"
find /backup -name 'eggorders-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("json/vscode-sftp", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
  "name": "trout valley shop (live)",
  "host": "troutvalleyfarm.co.uk",
  "protocol": "sftp",
  "port": 22,
  "username": "tvshop",
  "password": "@@secret@@",
  "remotePath": "/var/www/troutvalley/wp-content/themes/troutvalley",
  "uploadOnSave": true
}
""", words_pw())

add("kotlin/mqtt-credentials", "gateway/src/main/kotlin/no/aquasense/Gateway.kt", "https://eclipse.dev/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """
package no.aquasense

import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions

fun main() {
    val client = MqttClient("ssl://mqtt.aquasense-cloud.io:8883", "storvika-gw-02")
    val opts = MqttConnectOptions().apply {
        userName = "storvika-gw"
        password = "@@secret@@".toCharArray()
        isCleanSession = false
    }
    client.connect(opts)
    client.subscribe("buoys/storvika/+/o2") { topic, msg -> println("$topic ${String(msg.payload)}") }
}
""", pw(24))

add("powershell/azure-sp-secret", "ops/Connect-FishHealthAzure.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive", """
# Used by the reporting VM's scheduled task to export lice counts to the data lake
$tenant = "@@ten@@"
$appId = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred | Out-Null
$ctx = New-AzStorageContext -StorageAccountName nffishhealthlake -UseConnectedAccount
Set-AzStorageBlobContent -File "D:\\exports\\lice.parquet" -Container raw -Blob "lice/$(Get-Date -f yyyyMMdd).parquet" -Context $ctx
""", azure_secret(), ten=uuid_s(), app=uuid_s())

add("sql/linked-server-password", "db/mssql/linked_fishtalk.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Linked server from the reporting warehouse to FishTalk
EXEC sp_addlinkedserver @server = N'FISHTALK', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'fishtalk-sql01.laksvik.local';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'FISHTALK', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'ft_reader', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM FISHTALK.FishTalk.dbo.vBiomassDaily ORDER BY CountedAt DESC;
""", words_pw())

add("compose/redis-requirepass", "feedqueue/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  redis:
    image: redis:7.4-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    ports: ["6379:6379"]
    volumes: [redis:/data]
  worker:
    image: registry.nordfjordsalmon.no/feedqueue-worker:1.3.0
    environment:
      REDIS_HOST: redis
volumes:
  redis:
""", fakes.redis_password(_seed()))

add("ini/supervisor-password", "deploy/supervisord.conf", "http://supervisord.org/configuration.html#inet-http-server-section-settings", """
[inet_http_server]
port = 0.0.0.0:9001
username = ops
password = @@secret@@

[program:feedctl]
command = /opt/feedctl/venv/bin/feedctl run --site storvika-07
autorestart = true
stdout_logfile = /var/log/feedctl/out.log
""", pw(16))

add("markdown/wifi-and-camera", "docs/sites/storvika/README.md", "https://www.markdownguide.org/basic-syntax/", """
# Storvika (site 07)

- Barge: FB-07, 6 silos, 8 pens
- Wi-Fi on the barge: SSID `FB07-Ops`, WPA2 key `@@secret@@`
- Camera NVR: http://10.40.7.30 (accounts in 1Password)
- Nearest wellboat quay: Storvika kai, 12 min by workboat

Feeding starts 06:00 in winter, 05:00 from April. O2 alarm limit 6.5 mg/L.
""", words_pw())

add("typescript/supabase-service-role", "web/farm-portal/src/server/db.ts", "https://supabase.com/docs/guides/api/api-keys", """
import { createClient } from "@supabase/supabase-js";

// Server-side client for the farm portal (bypasses row level security)
export const admin = createClient(
  "https://qzvkfmbxlpwehtrnaycd.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);

export async function penStatus(site: string) {
  return admin.from("pen_status").select("*").eq("site", site);
}
""", b64('{"alg":"HS256","typ":"JWT"}').rstrip("=") + "." + b64('{"iss":"supabase","ref":"qzvkfmbxlpwehtrnaycd","role":"service_role","iat":1735689600,"exp":2051265600}').rstrip("=").replace("+", "-").replace("/", "_") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("github-actions/slack-webhook", ".github/workflows/nightly-lice-report.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly lice report
on:
  schedule:
    - cron: "0 5 * * 1"
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r reports/requirements.txt && python reports/lice_weekly.py
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Weekly lice report is ready"}' \\
            @@secret@@
""", slack_hook())

add("csv/vendor-accounts", "it/vendor_portals.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
vendor,portal,username,password,owner,last_changed
MarineFeeds,https://partner.marinefeeds.example,nordfjord-ops,@@secret@@,Feed planner,2025-02-11
Wellboat Logistics,https://portal.wellboat-logistics.no,nordfjord-sync,in vault,Logistics,2025-06-30
AquaSense,https://cloud.aquasense-cloud.io,it@nordfjordsalmon.no,SSO,IT,
PenCam Vision,https://app.pencam-vision.example,fishhealth@nordfjordsalmon.no,SSO,Fish health,
""", words_pw())

add("ruby/twilio-token", "app/jobs/oxygen_sms_job.rb", "https://www.twilio.com/docs/libraries/ruby", """
class OxygenSmsJob < ApplicationJob
  queue_as :alarms

  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN = "@@secret@@"

  def perform(tank, mg_l, phone)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(from: "+12085550147", to: phone, body: "O2 low in #{tank}: #{mg_l} mg/L")
  end
end
""", hexs(32), sid=twilio_sid())

add("swift/basic-auth-header", "FeedLog/Sources/Network/SupplierAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

struct SupplierAPI {
    static let base = URL(string: "https://feedtables.marinefeeds.example/api/v2")!
    // nordfjord-ops account, base64 of user:password
    static let authHeader = "Basic @@enc@@"

    static func tables(species: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("feedtables"))
        req.setValue(authHeader, forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", _sp := words_pw(), enc=b64("nordfjord-ops:" + _sp))

add("terraform/tfvars-password", "infra/azure/fishhealth/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
location           = "norwayeast"
sql_admin_login    = "fhadmin"
sql_admin_password = "@@secret@@"
tags = {
  owner   = "fishhealth"
  costctr = "4410"
}
""", words_pw())

# ---------------------------------------------------------------- decoys, part 5

add("python/decoy-keyring", "tools/field_sync/credentials.py", "https://pypi.org/project/keyring/", '''
"""Credentials for the field sync tool: stored in the OS keyring on each laptop."""
import getpass

import keyring

SERVICE = "nordfjord-field-sync"


def barge_password(barge: str) -> str:
    value = keyring.get_password(SERVICE, barge)
    if value is None:
        value = getpass.getpass(f"Password for {barge}: ")
        keyring.set_password(SERVICE, barge, value)
    return value
''')

add("yaml/decoy-openapi-spec", "api/openapi.yaml", "https://swagger.io/specification/#security-scheme-object", """
openapi: 3.0.3
info:
  title: Nordfjord pen status API
  version: 1.4.0
paths:
  /sites/{site}/pens:
    get:
      parameters:
        - { name: site, in: path, required: true, schema: { type: string, example: HESTNES } }
      security: [{ apiKey: [] }]
      responses:
        "200": { description: pens with biomass, lice and O2 }
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Partner key, e.g. `afs_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`"
""")

add("json/decoy-jwks-public", "portal/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("markdown/decoy-rotation-log", "docs/it/credential-rotation.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Credential rotation log

| Date | Credential | Where it lives | Rotated by |
|---|---|---|---|
| 2025-08-22 | Wellboat partner API | Key Vault `kv-nf-logistics/wellboat-api` | JH |
| 2025-08-22 | MarineFeeds portal | 1Password *Vendors* | KL |
| 2025-09-01 | Barge DB passwords (all) | Vault `secret/barges/*/feedctl` | script |
| 2025-10-14 | SendGrid key | Key Vault `kv-nf-logistics/sendgrid` | JH |

Old values are revoked at the vendor the same day; never write values in this file.
""")

add("shell/decoy-ssh-keygen", "provisioning/barge-laptop/make_tunnel_key.sh", "https://man.openbsd.org/ssh-keygen", """
#!/usr/bin/env bash
# Creates a per-laptop tunnel key; only the public key is sent to IT
set -euo pipefail
KEY="$HOME/.ssh/barge_tunnel_ed25519"
[ -f "$KEY" ] || ssh-keygen -t ed25519 -N "" -C "$(hostname)-barge-tunnel" -f "$KEY"
echo "Send this public key to it@nordfjordsalmon.no:"
cat "$KEY.pub"
""")

add("terraform/decoy-random-password", "infra/aws/pen-cam/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "labels_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "labels" {
  identifier          = "pen-cam-labels"
  engine              = "postgres"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "labels"
  password            = random_password.labels_db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "labels_db" {
  secret_id     = "pen-cam/labels-db"
  secret_string = random_password.labels_db.result
}
""")

add("csv/decoy-harvest-lots", "exports/harvest_lots_oct2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
lot,site,pens,wellboat,fish_count,avg_weight_kg,gutted_kg,plant,gtin,harvested_on
HL-HES-20251007,HESTNES,P1;P2,MS Ronja Fjord,41200,5.4,198100,Nordfjord Slakteri,07090012000413,2025-10-07
HL-HES-20251014,HESTNES,P3,MS Ronja Fjord,20650,5.1,93900,Nordfjord Slakteri,07090012000420,2025-10-14
HL-STO-20251021,STORVIKA,P5;P6,Aqua Tromoy,39800,4.9,173200,Nordfjord Slakteri,07090012000437,2025-10-21
HL-STO-20251028,STORVIKA,P7,Aqua Tromoy,19900,5.0,88400,Nordfjord Slakteri,07090012000444,2025-10-28
""")

add("properties/decoy-test-h2", "src/test/resources/application-test.properties", "https://docs.spring.io/spring-boot/reference/testing/spring-boot-applications.html", """
spring.datasource.url=jdbc:h2:mem:trace;MODE=PostgreSQL
spring.datasource.username=sa
spring.datasource.password=
spring.jpa.hibernate.ddl-auto=create-drop
trace.label.gs1-company-prefix=0000000
""")

add("k8s-secret/decoy-external-secret", "k8s/lice-counter/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lice-counter
  namespace: fishhealth
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv-fishhealth
    kind: ClusterSecretStore
  target:
    name: lice-counter
  data:
    - secretKey: ROBOFLOW_API_KEY
      remoteRef:
        key: roboflow-api-key
""")

add("log/decoy-commit-shas", "logs/deploy-harvest-planner.log", "https://git-scm.com/docs/git-rev-parse", """
2025-10-20 14:02:11 deploy start app=harvest-planner env=prod
2025-10-20 14:02:11 commit=@@c1@@ branch=main author=jhansen
2025-10-20 14:02:40 image registry.nordfjordsalmon.no/harvest-planner@sha256:@@d1@@ pushed
2025-10-20 14:03:55 helm upgrade harvest-planner revision=41 status=deployed
2025-10-20 14:04:10 smoke test /healthz 200 in 38 ms
""", c1=hexs(40), d1=hexs(64))

add("env/decoy-public-ids", "field-app/.env.production", "https://vitejs.dev/guide/env-and-mode.html", """
# Public build-time values for the pen inspection app (shipped in the JS bundle)
VITE_API_BASE=https://inspect.nordfjordsalmon.no/api
VITE_SENTRY_DSN=https://@@pub@@@o451122.ingest.sentry.io/4505512
VITE_MAPBOX_STYLE=mapbox://styles/nordfjord/clp8x1y2z000a01qk3f4g5h6i
VITE_ENTRA_CLIENT_ID=@@cid@@
VITE_PLAUSIBLE_DOMAIN=inspect.nordfjordsalmon.no
""", pub=hexs(32), cid=uuid_s())

add("rust/decoy-doc-example", "src/auth.rs", "https://doc.rust-lang.org/rustdoc/write-documentation/documentation-tests.html", """
/// Builds the bearer header for the pen camera ingest API.
///
/// ```
/// let h = pencam::auth::bearer("pcv_EXAMPLE_TOKEN_DO_NOT_USE");
/// assert_eq!(h, "Bearer pcv_EXAMPLE_TOKEN_DO_NOT_USE");
/// ```
pub fn bearer(token: &str) -> String {
    format!("Bearer {}", token)
}
""")

# ---------------------------------------------------------------- secrets, part 6

add("python/mongo-uri", "pencam/labels/store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''
"""Stores lice and wound labels from the biologists' review tool."""
from pymongo import MongoClient

MONGO_URI = "mongodb+srv://labeler:@@secret@@@pencam-labels.x7qke.mongodb.net/labels?retryWrites=true&w=majority"
client = MongoClient(MONGO_URI)
labels = client.labels.frames


def save(frame_id: str, site: str, pen: str, lice: int, wounds: int) -> None:
    labels.update_one({"_id": frame_id},
                      {"$set": {"site": site, "pen": pen, "lice": lice, "wounds": wounds}},
                      upsert=True)
''', pw(20))

add("ini/sentry-auth-token", "field-app/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """
; sentry-cli settings for uploading field-app source maps
[defaults]
url = https://sentry.io/
org = nordfjord-salmon
project = pen-inspect-field-app

[auth]
token = @@secret@@
""", "sntryu_" + hexs(64))

add("shell/export-keys", "scripts/env_pencam.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/usr/bin/env bash
# source me before running the uploader by hand on a barge
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-north-1
export STILLS_BUCKET=pen-cam-stills-nf
echo "pencam env loaded for $(hostname)"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/firebase-admin-key", "functions/serviceAccount.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "pen-inspect-nf",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@",
  "client_email": "firebase-adminsdk-x2k9q@pen-inspect-nf.iam.gserviceaccount.com",
  "client_id": "117733551199228844660",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_fk := pem("RSA").replace("RSA PRIVATE", "PRIVATE")).split("\n")[2], kid=hexs(40), esc=_fk.replace("\n", "\\n") + "\\n")

add("java/aws-basic-credentials", "src/main/java/no/nordfjord/trace/S3Config.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html", """
package no.nordfjord.trace;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Config {
    public static S3Client labels() {
        return S3Client.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("@@kid@@", "@@secret@@")))
                .build();
    }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("php/stripe-secret", "hatchery-shop/src/Payments/Checkout.php", "https://docs.stripe.com/api/authentication?lang=php", """
<?php
namespace App\\Payments;

// Checkout for eyed-egg orders (deposits for spring deliveries)
final class Checkout
{
    public static function session(string $orderNo, int $amountCents): string
    {
        $stripe = new \\Stripe\\StripeClient('@@secret@@');
        $s = $stripe->checkout->sessions->create([
            'mode' => 'payment',
            'line_items' => [['price_data' => ['currency' => 'usd', 'unit_amount' => $amountCents,
                'product_data' => ['name' => "Eyed eggs deposit $orderNo"]], 'quantity' => 1]],
            'success_url' => 'https://eggs.trouthatcheries.org/thanks',
        ]);
        return $s->url;
    }
}
""", stripe())

add("dockerfile/arg-default-token", "services/feedtables-sync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-alpine
ARG FEEDTABLES_TOKEN=@@secret@@
ENV FEEDTABLES_TOKEN=${FEEDTABLES_TOKEN}
WORKDIR /app
COPY sync.py .
RUN pip install httpx==0.27.2
CMD ["python", "sync.py"]
""", "mf_" + pw(34))

add("xml/spring-datasource", "webapp/WEB-INF/classes/spring/datasource.xml", "https://docs.spring.io/spring-framework/reference/data-access/jdbc/connections.html", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
  <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
    <property name="driverClassName" value="org.postgresql.Driver"/>
    <property name="url" value="jdbc:postgresql://pg01.laksvik.local:5432/tanklog"/>
    <property name="username" value="tanklog"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", words_pw())

add("go/ftp-dial", "cmd/certupload/main.go", "https://pkg.go.dev/github.com/jlaffaye/ftp", """
package main

import (
	"log"
	"os"
	"time"

	"github.com/jlaffaye/ftp"
)

// Uploads smolt health certificates to the buyers' cooperative FTP
func main() {
	c, err := ftp.Dial("ftp.smoltbuyers-coop.no:21", ftp.DialWithTimeout(10*time.Second))
	if err != nil {
		log.Fatal(err)
	}
	if err := c.Login("lkv01_upload", "@@secret@@"); err != nil {
		log.Fatal(err)
	}
	f, _ := os.Open(os.Args[1])
	defer f.Close()
	if err := c.Stor("/certs/"+os.Args[1], f); err != nil {
		log.Fatal(err)
	}
}
""", words_pw())

add("notebook/openai-key", "notebooks/vet_notes_summary.ipynb", "https://platform.openai.com/docs/quickstart", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "notes = open('visit_2025-10-30_hestnes.txt').read()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Summarise for the site manager: ' + notes}])\\n",
    "print(r.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("ansible/inventory-ssh-pass", "ansible/inventory/barges.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
[barges]
fb-03 ansible_host=10.30.3.2
fb-05 ansible_host=10.50.5.2
fb-07 ansible_host=10.40.7.2

[barges:vars]
ansible_user=fieldops
ansible_ssh_pass=@@secret@@
ansible_become=true
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("log/telegram-url", "logs/o2-alarm-bot.log", "https://core.telegram.org/bots/api#making-requests", """
2025-11-01 02:14:07 WARNING RAS-B2 O2 5.8 mg/L below 6.0
2025-11-01 02:14:07 DEBUG POST https://api.telegram.org/bot@@secret@@/sendMessage chat_id=-1001873344120
2025-11-01 02:14:08 DEBUG response 200 {"ok":true,"result":{"message_id":4412}}
2025-11-01 02:29:07 INFO RAS-B2 O2 7.2 mg/L back to normal
2025-11-01 02:29:08 DEBUG response 200 {"ok":true,"result":{"message_id":4413}}
""", fakes.telegram_token(_seed()))

add("json/jwt-signing-key", "src/Hatchery.Api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", """
{
  "Jwt": {
    "Issuer": "https://api.laksvik-settefisk.no",
    "Audience": "hatchery-tablets",
    "SigningKey": "@@secret@@",
    "LifetimeMinutes": 720
  },
  "Tanks": { "Count": 48, "Zones": ["Startfôring", "Yngel", "Smolt"] }
}
""", pw(48))

add("toml/influx-telegraf", "telegraf/telegraf.conf", "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md", """
[agent]
  interval = "15s"
  hostname = "ras-gw-01"

[[inputs.modbus]]
  name = "ras_line_a"
  controller = "tcp://10.20.3.11:502"
  holding_registers = [
    { name = "o2_mg_l", byte_order = "AB", data_type = "FLOAT32-IEEE", scale = 1.0, address = [100, 101] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.hatchery.laksvik.no:8086"]
  token = "@@secret@@"
  organization = "laksvik-hatchery"
  bucket = "ras"
""", fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("markdown/smtp-handover", "docs/it/handover-2025-summer.md", "https://www.markdownguide.org/basic-syntax/", """
# IT handover, summer 2025 (while Kari is on leave)

- Report mails go out through `reports@troutvalleyfarm.co.uk` on Office 365.
  If the scheduled task fails, log in to the reports PC and run it by hand.
  The mailbox password is @@secret@@ (MFA is off for this account, ticket #211).
- The shop's SFTP account is in the vault.
- Call the feed supplier before 10:00 on Thursdays for Friday delivery.
""", words_pw())

add("typescript/sendgrid-key", "functions/src/notifyBuyers.ts", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """
import sgMail from "@sendgrid/mail";
import { onDocumentCreated } from "firebase-functions/v2/firestore";

sgMail.setApiKey("@@secret@@");

export const notifyBuyers = onDocumentCreated("harvestLots/{lot}", async (event) => {
  const lot = event.data?.data();
  if (!lot) return;
  await sgMail.send({
    to: lot.buyerEmails,
    from: "harvest@nordfjordsalmon.no",
    subject: `Harvest lot ${event.params.lot} ready`,
    text: `Gutted weight ${lot.guttedKg} kg, plant ${lot.plant}.`,
  });
});
""", sendgrid())

add("k8s-secret/registry-dockerconfig", "k8s/common/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: logistics
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _rp := pw(24), enc=b64('{"auths":{"registry.nordfjordsalmon.no":{"username":"k8s-pull","password":"' + _rp + '"}}}'))

# ---------------------------------------------------------------- secrets, part 7

add("python/ssh-private-key", "tools/plc_backup/keys.py", "https://docs.paramiko.org/en/stable/api/keys.html", '''
"""Key for the PLC backup job (the gateway only accepts this key)."""
import io

import paramiko

PLC_GATEWAY = "10.20.3.2"
_KEY = """@@secret@@"""


def client() -> paramiko.SSHClient:
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(PLC_GATEWAY, username="plcbackup", pkey=paramiko.RSAKey.from_private_key(io.StringIO(_KEY)))
    return c
''', pem("RSA"))

add("conf/mqtt-bridge-password", "mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Bridge from the barge's local broker to the AquaSense cloud
connection aquasense-cloud
address mqtt.aquasense-cloud.io:8883
remote_clientid fb07-bridge
remote_username fb07-bridge
remote_password @@secret@@
bridge_cafile /etc/ssl/certs/ca-certificates.crt
topic buoys/# out 1 "" storvika/
try_private true
""", pw(24))

add("env/mapbox-secret-token", "tools/tiles/.env", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", """
# Uploads sea-chart tiles with pen positions to Mapbox (secret token: uploads:write)
MAPBOX_USERNAME=nordfjord
MAPBOX_ACCESS_TOKEN=@@secret@@
TILESET_ID=nordfjord.pen-grid-2025
SOURCE_GEOJSON=data/pens_2025.geojson
""", "sk." + b64('{"u":"nordfjord","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("shell/wget-password", "scripts/fetch_feedtables.sh", "https://www.gnu.org/software/wget/manual/wget.html#HTTP-Options", """
#!/bin/sh
# Nightly download of the supplier's feed tables
cd /srv/feedtables || exit 1
wget -q --user=nordfjord-ops --password='@@secret@@' \\
  -O salmon.json https://feedtables.marinefeeds.example/api/v2/feedtables?species=salmon
wget -q --user=nordfjord-ops --password='@@secret@@' \\
  -O trout.json https://feedtables.marinefeeds.example/api/v2/feedtables?species=trout
""", words_pw())

add("ini/git-credentials-url", "provisioning/barge-laptop/gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", """
[user]
    name = Barge operator
    email = fieldops@nordfjordsalmon.no
[url "https://fieldops:@@secret@@@gitea.nordfjordsalmon.no/"]
    insteadOf = https://gitea.nordfjordsalmon.no/
[pull]
    rebase = false
""", pw(40).lower())

add("properties/gradle-publish", "gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx2g
android.useAndroidX=true
kotlin.code.style=official
nexusUsername=deployer
nexusPassword=@@secret@@
MAPS_API_KEY_RESTRICTED=see local.properties
""", pw(22))

add("powershell/sql-invoke", "ops/Export-Biomass.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Exports daily biomass per unit to CSV for the bank's covenant report
Import-Module SqlServer
$rows = Invoke-Sqlcmd -ServerInstance "fishtalk-sql01" -Database "FishTalk" `
    -Username "ft_reader" -Password "@@secret@@" -TrustServerCertificate `
    -Query "SELECT UnitName, EstimatedBiomassKg, CountedAt FROM dbo.vBiomassDaily WHERE CountedAt >= DATEADD(day,-1,GETDATE())"
$rows | Export-Csv "D:\\exports\\biomass_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
""", words_pw())

add("github-actions/aws-keys-env", ".github/workflows/sync-stills.yml", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", """
name: sync pen-cam stills to the research bucket
on:
  schedule:
    - cron: "15 3 * * *"
env:
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@
  AWS_DEFAULT_REGION: eu-north-1
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - run: aws s3 sync s3://pen-cam-stills-nf/hestnes/ s3://imr-research-drop/nordfjord/hestnes/ --only-show-errors
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- decoys, part 6

add("python/decoy-mock-credentials", "tests/test_barentswatch.py", "https://docs.python.org/3/library/unittest.mock.html", '''
from unittest import mock

from fishhealth.sync import barentswatch_lice as bw


@mock.patch.object(bw, "CLIENT_SECRET", "dummy-secret-for-tests")
@mock.patch("fishhealth.sync.barentswatch_lice.requests.post")
def test_token(post):
    post.return_value.json.return_value = {"access_token": "fake.jwt.token", "expires_in": 3600}
    assert bw.token() == "fake.jwt.token"
    assert post.call_args.kwargs["data"]["client_secret"] == "dummy-secret-for-tests"
''')

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """
version: 2
registries:
  nordfjord-pypi:
    type: python-index
    url: https://pypi.nordfjord.internal/simple
    username: dependabot
    password: ${{secrets.NORDFJORD_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [nordfjord-pypi]
    schedule: { interval: weekly }
""")

add("json/decoy-appsettings-dev", "src/Hatchery.Api/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Jwt": {
    "Issuer": "https://localhost:5001",
    "Audience": "hatchery-tablets",
    "SigningKey": "<set with dotnet user-secrets>",
    "LifetimeMinutes": 60
  },
  "ConnectionStrings": { "TankLog": "Host=localhost;Database=tanklog_dev;Username=dev;Password=<user-secrets>" }
}
""")

add("markdown/decoy-api-docs", "docs/api/pen-status.md", "https://www.markdownguide.org/basic-syntax/#code-blocks", """
# Pen status API

Request a partner key from it@nordfjordsalmon.no. Send it in the `X-Api-Key` header:

```bash
curl -H "X-Api-Key: $NORDFJORD_API_KEY" \\
  https://api.nordfjordsalmon.no/v1/sites/HESTNES/pens
```

Response (shortened):

```json
{ "site": "HESTNES", "pens": [{ "pen": "P1", "biomass_t": 612.4, "adult_female_lice": 0.18, "o2_mg_l": 8.9 }] }
```
""")

add("shell/decoy-op-cli", "scripts/with_vendor_creds.sh", "https://developer.1password.com/docs/cli/secrets-scripts/", """
#!/usr/bin/env bash
# Runs a command with the feed supplier's credentials from 1Password
set -euo pipefail
export FEEDTABLES_USER="op://Vendors/MarineFeeds portal/username"
export FEEDTABLES_PASSWORD="op://Vendors/MarineFeeds portal/password"
exec op run -- "$@"
""")

add("sql/decoy-vendor-table", "db/migrations/0051_vendor_accounts.sql", "https://www.postgresql.org/docs/current/ddl-constraints.html", """
-- Vendor portal accounts: we store where the credential is kept, never the credential
CREATE TABLE vendor_account (
    id           serial PRIMARY KEY,
    vendor       text NOT NULL,
    username     text NOT NULL,
    vault_path   text NOT NULL CHECK (vault_path LIKE 'op://%' OR vault_path LIKE 'kv/%'),
    rotated_on   date
);
INSERT INTO vendor_account (vendor, username, vault_path, rotated_on) VALUES
    ('MarineFeeds', 'nordfjord-ops', 'op://Vendors/MarineFeeds portal/password', '2025-02-11'),
    ('Wellboat Logistics', 'nordfjord-sync', 'kv/nf-logistics/wellboat-api', '2025-08-22');
""")

add("csv/decoy-vaccination", "exports/vaccination_lkv01_2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
batch_id,tank,vaccine,lot,fish_count,avg_weight_g,temp_c,operator,vaccinated_on
VB-2025-031,S-12,ALPHA JECT micro 6,ALPHAJECT-25-0913,104200,42,11.5,EK,2025-03-18
VB-2025-032,S-13,ALPHA JECT micro 6,ALPHAJECT-25-0913,99800,44,11.5,EK,2025-03-19
VB-2025-040,S-20,Clynav,CLY-25-004417,101300,38,11.8,TR,2025-04-02
VB-2025-041,S-21,Clynav,CLY-25-004417,97650,39,11.8,TR,2025-04-03
""")

add("typescript/decoy-stripe-test-fixture", "web/farm-portal/tests/checkout.spec.ts", "https://docs.stripe.com/testing#cards", """
import { test, expect } from "@playwright/test";

// Stripe test-mode card numbers from Stripe's testing docs
const CARD_OK = "4242 4242 4242 4242";
const CARD_DECLINED = "4000 0000 0000 0002";

test("eyed-egg deposit checkout", async ({ page }) => {
  await page.goto("/orders/new?product=eyed-eggs-rainbow");
  await page.fill("#card", CARD_OK);
  await page.click("text=Pay deposit");
  await expect(page.locator(".status")).toHaveText("Deposit received");
});

test("declined card", async ({ page }) => {
  await page.goto("/orders/new?product=eyed-eggs-rainbow");
  await page.fill("#card", CARD_DECLINED);
  await expect(page.locator(".error")).toBeVisible();
});
""")

add("log/decoy-auth-failure", "logs/sshd-fb05.log", "https://man.openbsd.org/sshd", """
Nov  4 01:12:44 fb05 sshd[2231]: Invalid user admin from 185.220.101.44 port 51812
Nov  4 01:12:44 fb05 sshd[2231]: Failed password for invalid user admin from 185.220.101.44 port 51812 ssh2
Nov  4 01:12:51 fb05 sshd[2240]: Failed password for root from 185.220.101.44 port 51990 ssh2
Nov  4 06:01:02 fb05 sshd[2611]: Accepted publickey for fieldops from 10.50.5.20 port 40122 ssh2: ED25519 SHA256:@@fp@@
Nov  4 06:01:02 fb05 sshd[2611]: pam_unix(sshd:session): session opened for user fieldops
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("kotlin/decoy-local-properties-read", "app/secrets.gradle.kts", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
import java.util.Properties

// Reads keys from local.properties (git-ignored) into BuildConfig
val local = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}
android.defaultConfig.buildConfigField("String", "BACKEND_KEY", "\\"${local.getProperty("BACKEND_KEY", "")}\\"")
android.defaultConfig.buildConfigField("String", "MAPS_API_KEY", "\\"${local.getProperty("MAPS_API_KEY", "")}\\"")
""")

add("ini/decoy-tox", "tox.ini", "https://tox.wiki/en/latest/config.html", """
[tox]
envlist = py310, py311, py312

[testenv]
deps = pytest
passenv = AQUASENSE_API_KEY, AQUASENSE_BASE_URL
setenv =
    AQUASENSE_BASE_URL = http://127.0.0.1:8765
commands = pytest -q {posargs}
""")

add("compose/decoy-secrets-files", "ras-plant/docker-compose.secrets.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ras
      POSTGRES_PASSWORD_FILE: /run/secrets/ras_db_password
    secrets: [ras_db_password]
secrets:
  ras_db_password:
    external: true
""")

add("go/decoy-hmac-verify", "internal/webhooks/verify.go", "https://pkg.go.dev/crypto/hmac", """
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

// Verify checks the wellboat partner's webhook signature (secret from the environment).
func Verify(body []byte, signature string) bool {
	mac := hmac.New(sha256.New, []byte(os.Getenv("WELLBOAT_WEBHOOK_SECRET")))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(signature))
}
""")

add("notebook/decoy-outputs-ids", "notebooks/pit_tag_matching.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["matched 982000411837261 -> family F-2024-118 (sha1 @@h@@)\\n"]
    }
   ],
   "source": ["match_tag('982000411837261')"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h=hexs(40))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'tv_';
""")

# ---------------------------------------------------------------- secrets, part 8

add("sql/integration-api-key", "db/seed/integration_config.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Integration settings for the fish-health service (prod seed, run once)
INSERT INTO integration_config (vendor, base_url, api_key, enabled) VALUES
    ('PenCam Vision', 'https://ingest.pencam-vision.example/v1', '@@secret@@', true),
    ('BarentsWatch', 'https://www.barentswatch.no/bwapi/v1', NULL, true),
    ('AquaSense', 'https://cloud.aquasense-cloud.io/api', NULL, false);
UPDATE integration_config SET updated_at = now();
""", "pcv_" + pw(36))

add("crontab/smb-password", "ops/cron/hatchery.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command  (hatchery gateway, user fieldops)
*/5 * * * * /opt/ras/bin/poll_o2 >> /var/log/ras/poll.log 2>&1
0 1 * * * smbclient //nas01.laksvik.local/hatchery -U 'LAKSVIK\\svc_hatchnas%@@secret@@' -c 'cd exports; put /srv/ras/daily.csv daily.csv'
30 1 * * * /opt/ras/bin/rotate_logs
0 6 * * 1 /opt/ras/bin/weekly_report --mail driftsleder@laksvik-settefisk.no
""", pw(18))

# END OF CASES
