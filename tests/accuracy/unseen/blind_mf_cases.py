"""Blind set MF: a Faroese (Faroe Islands) team's files.

A Klaksvík salmon farm (feed barges, pen sensors, camera feeds, harvest reports) and a Tórshavn
bus, ferry and helicopter ticketing service (ticket sales, card payments, validators, timetables).
Comments and notes partly in Faroese. Generated fakes only (seeds 6950000-6959999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import Any, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 6950000, 6959999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


FO_WORDS = ["Laksur", "Prámur", "Nólsoy", "Mykines", "Kalsoy", "Eysturoy", "Havn", "Smyril", "Teistin",
            "Borðoy", "Tindur", "Lundi", "Tjaldur", "Skarvur", "Grindin", "Bøur", "Fjørður", "Vágur"]
FO_PLAIN = ["Laksur", "Pramur", "Nolsoy", "Mykines", "Kalsoy", "Havn", "Smyril", "Teistin", "Bordoy",
            "Tindur", "Lundi", "Tjaldur", "Skarvur", "Fjordur", "Vagur", "Sandoy"]
LOWER = ["alda", "fjall", "sjogvur", "vindur", "lomur", "stormur", "hav", "dalur", "bolgja", "kjolur",
         "grind", "torv", "heyggjur", "nes"]


def words_pw() -> str:
    r = _rng()
    return r.choice(FO_PLAIN) + r.choice("!#%@*.-") + r.choice(FO_PLAIN) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook() -> str:
    return (f"https://smyrilfarm.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + fakes.drawn(_seed(), 32, ALNUM))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "_-") for _ in range(68))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_storage_key() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "+/") + "=="


def azure_sb_key() -> str:
    return fakes.drawn(_seed(), 43, ALNUM + "+/") + "="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_hs() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(
        ('{"sub":"validator-%d","iss":"ferdasedil.fo","iat":%d}' % (r.randint(100, 999), r.randint(1700000000, 1790000000))).encode()
    ).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{head}.{body}.{sig}"


def ssh_ed25519_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\nMIID{body}\n-----END CERTIFICATE-----"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: Any) -> None:
    body = textwrap.dedent(text).lstrip("\n")
    for name, value in fields.items():
        body = body.replace(f"@@{name}@@", str(value))
    if secret is not None:
        body = body.replace("@@secret@@", secret)
    assert "@@" not in body, file_name
    CASES.append(LabelledCase(f"blind-mf/{category}", file_name, body, secret, source))


# ---------------------------------------------------------------- feed barges and sensors (Klaksvík)

add("env/postgres", "fodurpramur/.env", "https://github.com/motdotla/dotenv#usage", """
# Fóðurprámur "Borðoy" - stýriskipan
BARGE_ID=KLK-FP-03
SILO_COUNT=6
PGHOST=10.40.3.12
PGUSER=barge_writer
PGPASSWORD=@@secret@@
PGDATABASE=fodur
LOG_LEVEL=info
""", secret=words_pw())

add("env/decoy-placeholder", "fodurpramur/.env.example", "https://github.com/motdotla/dotenv#usage", """
# Avrita til .env og fyll út. Ikki leggja .env í git!
BARGE_ID=KLK-FP-XX
SILO_COUNT=6
PGHOST=localhost
PGUSER=barge_writer
PGPASSWORD=<loyniorð her>
PGDATABASE=fodur
""")

add("python/mqtt-password", "sensors/collector/mqtt_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """
import json
import paho.mqtt.client as mqtt

BROKER = "mqtt.alibrk.klaksvik.fo"
# Súrevnismátarar og hitamátarar í ringunum 1-12
TOPIC = "ringur/+/surevni"

client = mqtt.Client(client_id="collector-klk-1")
client.username_pw_set("collector", "@@secret@@")
client.tls_set()

def on_message(c, userdata, msg):
    reading = json.loads(msg.payload)
    print(msg.topic, reading["mg_l"], reading["temp_c"])

client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe(TOPIC)
client.loop_forever()
""", secret=rand_pw(22))

add("python/decoy-env-reference", "sensors/collector/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

# Øll loyniorð koma úr umhvørvinum (systemd EnvironmentFile), ongantíð úr koduni.
MQTT_HOST = os.environ.get("MQTT_HOST", "mqtt.alibrk.klaksvik.fo")
MQTT_USER = os.environ.get("MQTT_USER", "collector")
MQTT_PASSWORD = os.environ["MQTT_PASSWORD"]
INFLUX_TOKEN = os.environ["INFLUX_TOKEN"]
PEN_COUNT = int(os.environ.get("PEN_COUNT", "12"))
""")

add("toml/influx-token", "sensors/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/", """
# Telegraf á fóðurprámi 2 - sendir sjóhita og súrevni til InfluxDB í Klaksvík
[agent]
  interval = "30s"
  hostname = "pramur-2"

[[outputs.influxdb_v2]]
  urls = ["https://influx.alibrk.klaksvik.fo:8086"]
  token = "@@secret@@"
  organization = "laksaaling"
  bucket = "sjogvur"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.alibrk.klaksvik.fo:8883"]
  topics = ["ringur/+/surevni", "ringur/+/hiti"]
  data_format = "json"
""", secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("toml/decoy-env-reference", "sensors/telegraf-pramur3.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """
[agent]
  interval = "30s"
  hostname = "pramur-3"

[[outputs.influxdb_v2]]
  urls = ["https://influx.alibrk.klaksvik.fo:8086"]
  ## token úr /etc/default/telegraf
  token = "${INFLUX_TOKEN}"
  organization = "laksaaling"
  bucket = "sjogvur"
""")

add("yaml/modbus-gateway", "barge/plc-gateway.yaml", "https://docs.docker.com/compose/compose-file/", """
# Modbus TCP -> REST gateway for the feed blowers (Akva CCS style controllers)
gateway:
  listen: 0.0.0.0:8502
  plc:
    host: 192.168.20.5
    unit_id: 1
  rest:
    base_url: https://feedapi.alibrk.klaksvik.fo/v1
    api_key: @@secret@@
  blowers:
    - {id: B1, silo: 1, max_kg_min: 45}
    - {id: B2, silo: 2, max_kg_min: 45}
    - {id: B3, silo: 3, max_kg_min: 30}
""", secret="fk_live_" + fakes.drawn_mixed(_seed(), 32))

add("yaml/decoy-vault-reference", "barge/plc-gateway.prod.yaml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
gateway:
  listen: 0.0.0.0:8502
  plc:
    host: 192.168.20.5
    unit_id: 1
  rest:
    base_url: https://feedapi.alibrk.klaksvik.fo/v1
    # Vault agent skrivar lykilin inn við byrjan
    api_key: '{{ with secret "kv/data/barge/feedapi" }}{{ .Data.data.api_key }}{{ end }}'
""")

add("go/postgres-dsn", "feedlog/cmd/feedlog/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

// fóðurloggur: skrivar hvussu nógv fóður hvør ringur fekk
const dsn = "postgres://feedlog:@@secret@@@db.alibrk.klaksvik.fo:5432/fodur?sslmode=require"

func main() {
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		log.Fatalf("kann ikki knýta í db: %v", err)
	}
	defer conn.Close(context.Background())
	log.Println("feedlog started")
}
""", secret=rand_pw(18))

add("go/decoy-flag", "feedlog/cmd/replay/main.go", "https://pkg.go.dev/flag", """
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	dsn := flag.String("dsn", os.Getenv("FEEDLOG_DSN"), "postgres DSN, e.g. postgres://user:password@host/fodur")
	day := flag.String("day", "", "dagur at endurspæla (YYYY-MM-DD)")
	flag.Parse()
	if *dsn == "" {
		log.Fatal("set FEEDLOG_DSN or -dsn")
	}
	log.Printf("replaying %s", *day)
}
""")

add("json/appsettings-connection-string", "CameraFeed/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Harvest": "Server=sql01.alibrk.local;Database=Slaktan;User Id=camerafeed;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Cameras": {
    "Pens": [ "R1", "R2", "R3", "R4", "R7" ],
    "SnapshotSeconds": 60
  }
}
""", secret=words_pw())

add("json/decoy-user-secrets", "CameraFeed/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Harvest": "Server=(localdb)\\\\mssqllocaldb;Database=Slaktan;Trusted_Connection=True"
  },
  "Cameras": {
    "Pens": [ "R1", "R2" ],
    "SnapshotSeconds": 60,
    "RtspPassword": ""
  }
}
""")

add("csharp/rtsp-url", "CameraFeed/Services/PenCameraClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.uri", """
using System;
using System.Threading.Tasks;

namespace CameraFeed.Services
{
    // Undirvatnskamera í ringunum. TODO: flyt loyniorðið í Key Vault
    public class PenCameraClient
    {
        private static readonly Uri StreamUri =
            new Uri("rtsp://viewer:@@secret@@@10.40.8.21:554/Streaming/Channels/101");

        public Task<byte[]> SnapshotAsync(string pen)
        {
            Console.WriteLine($"snapshot {pen} from {StreamUri.Host}");
            return Task.FromResult(Array.Empty<byte>());
        }
    }
}
""", secret=rand_pw(14))

add("csharp/decoy-keyvault", "CameraFeed/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Loyniorð liggja í Azure Key Vault "kv-alibrk-prod"
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-alibrk-prod.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/", () => "CameraFeed");
app.Run();
""")

add("k8s-secret/influx", "deploy/k8s/sensor-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: sensor-collector
  namespace: alibrk
  labels:
    app: sensor-collector
type: Opaque
data:
  MQTT_USER: Y29sbGVjdG9y
  MQTT_PASSWORD: @@enc@@
""", secret=(_mq := rand_pw(20)), enc=b64(_mq))

add("k8s-secret/decoy-sealed", "deploy/k8s/sensor-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sensor-collector
  namespace: alibrk
spec:
  encryptedData:
    MQTT_PASSWORD: AgB@@c1@@
    INFLUX_TOKEN: AgC@@c2@@
  template:
    metadata:
      name: sensor-collector
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("markdown/ssh-runbook", "docs/runbook-pramur.md", "https://www.markdownguide.org/basic-syntax/", """
# Runbook: fóðurprámur fer ikki í gongd

1. Ring til vaktina (tlf. í vaktarskipanini).
2. Rita inn á prámin um 4G-routarin:

   ```
   ssh operator@10.40.3.1
   ```

   Loyniorð til `operator` á routaranum: `@@secret@@`

3. Kanna `systemctl status feed-controller`.
4. Um silo-sensorarnir vísa 0%, endurbyrja `modbus-gw`.
""", secret=words_pw())

add("markdown/decoy-runbook", "docs/runbook-sensorar.md", "https://www.markdownguide.org/basic-syntax/", """
# Runbook: súrevnismátarar vísa skeivt

- Rita inn við tínum egna SSO-brúkara (`ssh <initialar>@jump.alibrk.klaksvik.fo`).
- Loyniorðið til MQTT liggur í 1Password undir **Alibrk / MQTT collector**.
- Kalibrering: sí `docs/kalibrering.md`.
- Ring ikki til veitaran uttan at hava raðnummarið (t.d. `OXY-2231-0042`).
""")

add("shell/curl-bearer", "scripts/pull_feed_plan.sh", "https://curl.se/docs/manpage.html", """
#!/usr/bin/env bash
# Heintar fóðurætlanina fyri morgindagin frá feedapi og leggur á prámin
set -euo pipefail
DAY=$(date -d tomorrow +%F)
curl -fsS \\
  -H "Authorization: Bearer @@secret@@" \\
  "https://feedapi.alibrk.klaksvik.fo/v1/plans?day=${DAY}" \\
  -o /srv/barge/plan-${DAY}.json
echo "ætlan fyri ${DAY} heintað"
""", secret=fakes.drawn_mixed(_seed(), 40))

add("shell/decoy-bearer-env", "scripts/push_feed_log.sh", "https://curl.se/docs/manpage.html", """
#!/usr/bin/env bash
set -euo pipefail
: "${FEEDAPI_TOKEN:?set FEEDAPI_TOKEN (sí 1Password)}"
curl -fsS -X POST \\
  -H "Authorization: Bearer ${FEEDAPI_TOKEN}" \\
  -H "Content-Type: application/json" \\
  --data @/srv/barge/log-$(date +%F).json \\
  https://feedapi.alibrk.klaksvik.fo/v1/logs
""")

add("compose/grafana-admin", "monitoring/docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """
services:
  influxdb:
    image: influxdb:2.7
    volumes:
      - influx-data:/var/lib/influxdb2
  grafana:
    image: grafana/grafana:10.4.2
    ports:
      - "3000:3000"
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_SERVER_ROOT_URL: https://grafana.alibrk.klaksvik.fo
volumes:
  influx-data:
""", secret=words_pw())

add("compose/decoy-secrets-file", "monitoring/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets:
      - grafana_admin
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
""")

add("ini/decoy-masked", "barge/controller.ini", "https://docs.python.org/3/library/configparser.html", """
; Stýriskipan fyri fóðurblásara - útflutt úr admin-síðuni
[controller]
name = Pramur-Kalsoy
firmware = 4.12.7

[uplink]
host = feedapi.alibrk.klaksvik.fo
user = pramur-kalsoy
password = ********
""")

add("ini/uplink-password", "barge/controller-bordoy.ini", "https://docs.python.org/3/library/configparser.html", """
; Pramur Borðoy - fylt út av Jógvani 14. mars
[controller]
name = Pramur-Bordoy
firmware = 4.12.7

[uplink]
host = feedapi.alibrk.klaksvik.fo
user = pramur-bordoy
password = @@secret@@
retry_seconds = 30
""", secret=rand_pw(16))

add("terraform/azure-storage", "infra/storage.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs", """
# Goymsla til kamerabilætir úr ringunum
resource "azurerm_storage_container" "pen_snapshots" {
  name                  = "ringmyndir"
  storage_account_name  = "stalibrkprod"
  container_access_type = "private"
}

locals {
  # brúkt av gamla upload-scriptinum, skal burtur
  legacy_conn = "DefaultEndpointsProtocol=https;AccountName=stalibrkprod;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
}
""", secret=azure_storage_key())

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """
variable "grafana_admin_password" {
  description = "Admin loyniorð til Grafana (set í TF_VAR_grafana_admin_password)"
  type        = string
  sensitive   = true
}

variable "location" {
  type    = string
  default = "northeurope"
}
""")

add("sql/create-user", "db/migrations/0007_sensor_reader.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0007: lesibrúkari til Grafana (bara SELECT)
CREATE ROLE grafana_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fodur TO grafana_reader;
GRANT USAGE ON SCHEMA public TO grafana_reader;
GRANT SELECT ON sensor_readings, feed_log, pens TO grafana_reader;
""", secret=words_pw())

add("sql/decoy-psql-variable", "db/migrations/0008_feed_writer.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-VARIABLES", """
-- 0008: skrivibrúkari til fóðurloggin
-- Koyr við: psql -v writer_pw="$FEED_WRITER_PW" -f 0008_feed_writer.sql
CREATE ROLE feed_writer LOGIN PASSWORD :'writer_pw';
GRANT INSERT, SELECT ON feed_log TO feed_writer;
GRANT USAGE ON SEQUENCE feed_log_id_seq TO feed_writer;
""")

add("csv/decoy-sensor-ids", "data/sensorar.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ring,sensor,raðnummar,slag,hash_firmware
R1,OXY-1,OXY-2231-0042,surevni,3f9c@@h1@@
R1,TMP-1,TMP-1120-0311,hiti,a07e@@h2@@
R2,OXY-2,OXY-2231-0057,surevni,3f9c@@h1@@
R2,TMP-2,TMP-1120-0318,hiti,a07e@@h2@@
R3,OXY-3,OXY-2231-0061,surevni,3f9c@@h1@@
""", h1=hexs(60), h2=hexs(60))

add("csv/ftp-password", "data/veitarar_adgongd.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
veitari,tænasta,brúkari,loyniorð,viðmerking
BioMar,ftp.biomar-fo.example,klaksvik_fodur,,brúka SSO
Skretting,sftp.skretting-fo.example,alibrk,@@secret@@,nýtt frá jan
Havsbrún,portal,alibrk,(í 1Password),
Vónin,netlistin,innkeyp,,bara teldupostur
Bakkafrost,edi,alibrk-edi,(sí Vault),
""", secret=words_pw())

add("python/decoy-test-fixture", "sensors/collector/tests/test_bridge.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from collector.bridge import parse_reading

# Falskt loyniorð bara til mosquitto í docker í testunum
FAKE_MQTT_PASSWORD = "test-only-not-a-real-password"


@pytest.fixture
def payload():
    return b'{"mg_l": 8.4, "temp_c": 9.1}'


def test_parse(payload):
    assert parse_reading(payload).mg_l == 8.4
""")

add("rust/api-key", "barge-agent/src/config.rs", "https://doc.rust-lang.org/book/ch03-01-variables-and-mutability.html#constants", """
//! Stýriskipan til barge-agent (keyrir á Raspberry Pi á prámunum)

pub const FEEDAPI_URL: &str = "https://feedapi.alibrk.klaksvik.fo/v1";
pub const FEEDAPI_KEY: &str = "@@secret@@";
pub const POLL_SECONDS: u64 = 15;

pub fn silo_count() -> usize {
    6
}
""", secret="fk_live_" + fakes.drawn_mixed(_seed(), 32))

add("rust/decoy-env", "barge-agent/src/secrets.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

/// Lesur lykilin úr umhvørvinum; panikk um hann manglar.
pub fn feedapi_key() -> String {
    env::var("FEEDAPI_KEY").expect("FEEDAPI_KEY manglar (sí /etc/barge-agent.env)")
}

pub fn mqtt_password() -> Option<String> {
    env::var("MQTT_PASSWORD").ok()
}
""")

add("notes/wifi", "docs/notur/pramur-wifi.txt", "https://www.rfc-editor.org/rfc/rfc3629", """
Notur frá túrinum út á Kalsoy-prámin 3. apríl

- Routarin er ein Teltonika RUT955, standur í stýrirúminum
- WiFi: ALIBRK-PRAMUR2
- Loyniorð: @@secret@@
- 4G kort frá Føroya Tele, PIN liggur í skápinum
- Kamerar R4 og R5 hava ikki samband - skift kaðal næstu ferð
""", secret=passphrase())

add("notes/decoy-wifi", "docs/notur/pramur3-wifi.txt", "https://www.rfc-editor.org/rfc/rfc3629", """
Notur frá túrinum út á Borðoy-prámin

- Routarin: Teltonika RUT955
- WiFi: ALIBRK-PRAMUR3
- Loyniorð: stendur á lappinum inni í skápinum (ikki skriva tað her)
- Kamera R9 er flutt til R10
""")

add("powershell/sql-password", "scripts/Export-Slaktan.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Útflutningur av slaktitølum til Fiskaaling (hvønn mánadag)
param([string]$Week = (Get-Date -UFormat %V))

$query = "SELECT ring, fiskar, kg FROM Slaktan WHERE vika = $Week"
Invoke-Sqlcmd -ServerInstance "sql01.alibrk.local" -Database "Slaktan" `
    -Username "export" -Password "@@secret@@" `
    -Query $query | Export-Csv -Path "\\\\fil01\\utflutningur\\slaktan-$Week.csv" -NoTypeInformation
Write-Host "Liðugt: vika $Week"
""", secret=words_pw())

add("powershell/decoy-credential", "scripts/Export-Fodur.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([string]$Week = (Get-Date -UFormat %V))

# Brúkar goymdu credential-fíluna (Export-Clixml) hjá tænastubrúkaranum
$cred = Import-Clixml -Path "$env:USERPROFILE\\.alibrk\\sql-export.xml"
Invoke-Sqlcmd -ServerInstance "sql01.alibrk.local" -Database "Fodur" `
    -Credential $cred -Query "SELECT * FROM FeedLog WHERE vika = $Week" |
    Export-Csv -Path "fodur-$Week.csv" -NoTypeInformation
""")

add("kotlin/api-key", "tender-app/app/src/main/java/fo/alibrk/tender/Api.kt", "https://kotlinlang.org/docs/properties.html#compile-time-constants", """
package fo.alibrk.tender

import okhttp3.OkHttpClient
import okhttp3.Request

// Appin hjá bátsfólkinum á arbeiðsbátinum - skráset deyðfisk og netaskaða
object Api {
    private const val BASE = "https://feedapi.alibrk.klaksvik.fo/v1"
    private const val KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun mortality(pen: String, count: Int) = http.newCall(
        Request.Builder()
            .url("$BASE/pens/$pen/mortality?count=$count")
            .header("X-Api-Key", KEY)
            .build()
    ).execute()
}
""", secret="fk_live_" + fakes.drawn_mixed(_seed(), 32))

add("kotlin/decoy-buildconfig", "tender-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "fo.alibrk.tender"
    defaultConfig {
        applicationId = "fo.alibrk.tender"
        minSdk = 26
        // lykilin kemur úr local.properties / CI, ikki úr git
        buildConfigField("String", "FEEDAPI_KEY", "\\"${project.findProperty("feedapiKey") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("properties/maps-key", "tender-app/local.properties", "https://developer.android.com/build#properties-files", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/sunnvaj/Library/Android/sdk
feedapiKey=fk_test_localonly
MAPS_API_KEY=@@secret@@
""", secret=google_api_key())

add("xml/decoy-google-services", "tender-app/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Alibrúk Bátur</string>
    <string name="mortality_title">Deyðfiskur</string>
    <string name="net_damage_title">Netaskaði</string>
    <string name="save">Goym</string>
    <!-- Firebase client id (almenn, ikki loyniligt) -->
    <string name="gcm_defaultSenderId">@@sender@@</string>
    <string name="project_id">alibrk-batur</string>
</resources>
""", sender=str(_rng().randint(10**11, 10**12)))

add("javascript/slack-webhook", "dashboard/server/alerts.js", "https://api.slack.com/messaging/webhooks", """
// Boð til #vakt-alibrk tá súrevnið fer undir 6 mg/l
const fetch = require('node-fetch');

const WEBHOOK = '@@secret@@';

async function lowOxygen(pen, mgL) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `:warning: Lítið súrevni í ${pen}: ${mgL} mg/l` }),
  });
}

module.exports = { lowOxygen };
""", secret=slack_webhook())

add("javascript/decoy-webhook-env", "dashboard/server/notify.js", "https://nodejs.org/api/process.html#processenv", """
// Sama sum alerts.js, men URL kemur úr umhvørvinum
const WEBHOOK = process.env.SLACK_WEBHOOK_URL; // https://hooks.slack.com/services/T000/B000/XXXX

async function harvestDone(pen, kg) {
  if (!WEBHOOK) return;
  await fetch(WEBHOOK, {
    method: 'POST',
    body: JSON.stringify({ text: `Slakting liðug í ${pen}: ${kg} kg` }),
  });
}

module.exports = { harvestDone };
""")

add("yaml/github-actions", ".github/workflows/deploy-dashboard.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """
name: deploy-dashboard
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        working-directory: dashboard
      - name: upload
        env:
          SFTP_PASSWORD: @@secret@@
        run: |
          sshpass -e sftp -oBatchMode=no deploy@web.alibrk.klaksvik.fo <<< "put -r dashboard/dist /var/www/dashboard"
""", secret=words_pw())

add("yaml/decoy-github-secrets", ".github/workflows/deploy-collector.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy-collector
on:
  push:
    branches: [main]
    paths: ['sensors/**']
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: ${{ secrets.AZURE_CREDENTIALS }}
      - run: ./scripts/deploy_collector.sh
        env:
          MQTT_PASSWORD: ${{ secrets.MQTT_PASSWORD }}
""")

add("jupyter/influx-token", "analysis/surevni_vika14.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Súrevni í ringunum, vika 14\\n", "Samanbering millum R1-R6."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\\n",
    "client = InfluxDBClient(url=\\"https://influx.alibrk.klaksvik.fo:8086\\",\\n",
    "                        token=\\"@@secret@@\\", org=\\"laksaaling\\")\\n",
    "q = client.query_api()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("jupyter/decoy-getpass", "analysis/hiti_vika15.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "from influxdb_client import InfluxDBClient\\n",
    "token = getpass.getpass('Influx token: ')\\n",
    "client = InfluxDBClient(url='https://influx.alibrk.klaksvik.fo:8086', token=token, org='laksaaling')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ansible/vault-password-plain", "ansible/group_vars/pramar.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
# Allir fóðurprámar
barge_agent_version: 1.8.3
barge_agent_user: barge
ntp_servers:
  - ntp.alibrk.klaksvik.fo
mqtt_host: mqtt.alibrk.klaksvik.fo
mqtt_user: barge
mqtt_password: "@@secret@@"
""", secret=rand_pw(24))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/pramar_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
mqtt_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

add("dockerfile/build-arg", "barge-agent/Dockerfile", "https://docs.docker.com/reference/dockerfile/", """
FROM rust:1.78 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/barge-agent /usr/local/bin/
ENV FEEDAPI_URL=https://feedapi.alibrk.klaksvik.fo/v1
ENV MQTT_PASSWORD=@@secret@@
USER 1000
ENTRYPOINT ["barge-agent"]
""", secret=rand_pw(20))

add("dockerfile/decoy-secret-mount", "sensors/collector/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# privat pakkaregistur: token kemur sum build secret, ikki ARG
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pkgs.alibrk.klaksvik.fo/simple" \\
    pip install -r requirements.txt
COPY collector ./collector
CMD ["python", "-m", "collector"]
""")

add("log/decoy-redacted", "logs/barge-agent-2024-04-03.log", "https://www.rfc-editor.org/rfc/rfc5424", """
2024-04-03T05:00:01Z INFO  barge-agent 1.8.3 starting (pramur-kalsoy)
2024-04-03T05:00:01Z INFO  config: feedapi=https://feedapi.alibrk.klaksvik.fo/v1 key=fk_live_****************
2024-04-03T05:00:02Z INFO  mqtt: connected as barge (password=[REDACTED])
2024-04-03T05:00:15Z WARN  silo 4: level sensor returned 0, retrying
2024-04-03T05:00:30Z INFO  plan loaded: 6 silos, 12 pens, 14200 kg
""")

add("log/debug-dump", "logs/collector-debug.log", "https://www.rfc-editor.org/rfc/rfc5424", """
2024-04-09 07:12:44,118 DEBUG collector.main settings loaded
2024-04-09 07:12:44,119 DEBUG collector.main {'MQTT_HOST': 'mqtt.alibrk.klaksvik.fo', 'MQTT_USER': 'collector', 'MQTT_PASSWORD': '@@secret@@', 'PEN_COUNT': 12}
2024-04-09 07:12:44,420 INFO  collector.mqtt connected rc=0
2024-04-09 07:12:45,002 INFO  collector.mqtt ringur/R3/surevni 8.1
2024-04-09 07:12:45,003 INFO  collector.mqtt ringur/R4/surevni 7.9
""", secret=rand_pw(22))

add("php/smtp", "heimasida/config/mail.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """
<?php
// Heimasíðan hjá alibrúkinum - kontaktformur
return [
    'host' => 'smtp.office365.com',
    'port' => 587,
    'username' => 'heimasida@alibrk.fo',
    'password' => '@@secret@@',
    'from' => ['address' => 'heimasida@alibrk.fo', 'name' => 'Alibrúkið í Klaksvík'],
];
""", secret=words_pw())

add("php/decoy-getenv", "heimasida/config/database.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
return [
    'driver' => 'mysql',
    'host' => getenv('DB_HOST') ?: '127.0.0.1',
    'database' => 'heimasida',
    'username' => getenv('DB_USER'),
    'password' => getenv('DB_PASSWORD'), // set í .env á servarinum
    'charset' => 'utf8mb4',
];
""")

add("systemd/env-password", "deploy/systemd/collector.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=Alibrúk sensor collector
After=network-online.target

[Service]
User=collector
Environment=MQTT_HOST=mqtt.alibrk.klaksvik.fo
Environment=MQTT_USER=collector
Environment="MQTT_PASSWORD=@@secret@@"
ExecStart=/opt/collector/venv/bin/python -m collector
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=rand_pw(22))

add("systemd/decoy-envfile", "deploy/systemd/barge-agent.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """
[Unit]
Description=barge-agent (fóðurprámur)
After=network-online.target

[Service]
User=barge
EnvironmentFile=/etc/barge-agent.env
LoadCredential=feedapi_key:/etc/credstore/feedapi_key
ExecStart=/usr/local/bin/barge-agent
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("pem/ssh-key-in-repo", "deploy/keys/pramur_deploy", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", secret=ssh_ed25519_pem())

add("pem/decoy-public-key", "deploy/keys/pramur_deploy.pub", "https://man.openbsd.org/ssh-keygen", """
# deploy-lykil til fóðurprámarnar (almenni partur)
# legg í ~barge/.ssh/authorized_keys á øllum prámum
@@pub@@ deploy@alibrk
# fingraprent: SHA256:@@fp@@
# gjørdur 2024-02-11 av hjh
""", pub=ssh_pub(), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/helm-values", "deploy/helm/dashboard/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: ghcr.io/alibrk/dashboard
  tag: "2.4.1"
ingress:
  enabled: true
  host: dashboard.alibrk.klaksvik.fo
postgresql:
  auth:
    username: dashboard
    password: @@secret@@
    database: fodur
""", secret=words_pw())

add("yaml/decoy-helm-existing-secret", "deploy/helm/dashboard/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 1
image:
  repository: ghcr.io/alibrk/dashboard
  tag: latest
postgresql:
  auth:
    username: dashboard
    # set í values-prod.yaml ella brúka existingSecret
    password: ""
    existingSecret: dashboard-db
    secretKeys:
      userPasswordKey: password
""")

# ---------------------------------------------------------------- ticketing: bus, ferry, helicopter (Tórshavn)

add("env/stripe", "ferdasedil/api/.env.production", "https://github.com/motdotla/dotenv#usage", """
# Ferðaseðil API - framleiðsla
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://ferdasedil@db.ferdasedil.internal:5432/ferdasedil
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
TIMETABLE_URL=https://timetable.ferdasedil.fo/v2
""", secret=stripe_key(), pk=fakes.drawn_mixed(_seed(), 24))

add("env/decoy-publishable", "ferdasedil/web/.env", "https://docs.stripe.com/keys", """
# Vevurin (browser) - bara almennir lyklar her!
VITE_API_BASE=https://api.ferdasedil.fo
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
VITE_DEFAULT_LANG=fo
VITE_SENTRY_DSN=https://@@dsn@@@o45123.ingest.sentry.io/4507
""", pk=fakes.drawn_mixed(_seed(), 24), dsn=hexs(32))

add("env/decoy-test-key", "ferdasedil/api/.env.test", "https://docs.stripe.com/keys#test-live-modes", """
# Testumhvørvi - Stripe test-lyklar eru falskir og dokumenteraðir
NODE_ENV=test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/ferdasedil_test
STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX
STRIPE_WEBHOOK_SECRET=whsec_test_placeholder
""")

add("typescript/stripe-webhook", "ferdasedil/api/src/payments/webhook.ts", "https://docs.stripe.com/webhooks#verify-events", """
import Stripe from 'stripe';
import type { Request, Response } from 'express';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-04-10' });
// TODO(rógvi): flyt í env áðrenn vit fara live við Smyril-ferðaseðlum
const endpointSecret = '@@secret@@';

export function handleWebhook(req: Request, res: Response) {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'checkout.session.completed') {
    // ferðaseðil goldin - send QR kotu
  }
  res.json({ received: true });
}
""", secret="whsec_" + fakes.drawn_mixed(_seed(), 32))

add("typescript/decoy-config-schema", "ferdasedil/api/src/config.ts", "https://zod.dev/", """
import { z } from 'zod';

// Allar loyniligar stillingar koma úr umhvørvinum; hetta er bara skipanin
export const Config = z.object({
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
  JWT_SECRET: z.string().min(32),
  SMS_API_KEY: z.string(),
});

export const config = Config.parse(process.env);
""")

add("typescript/jwt-secret", "ferdasedil/api/src/auth/validatorToken.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """
import jwt from 'jsonwebtoken';

// Validatorarnir í bussunum (Bussleiðin) sanna seg við hesum
const VALIDATOR_SECRET = '@@secret@@';

export function signValidator(busId: string): string {
  return jwt.sign({ sub: `bus-${busId}`, role: 'validator' }, VALIDATOR_SECRET, { expiresIn: '12h' });
}

export function verifyValidator(token: string) {
  return jwt.verify(token, VALIDATOR_SECRET);
}
""", secret=rand_pw(48))

add("json/decoy-jwks", "ferdasedil/api/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "ferdasedil-2024-03",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("python/sms-gateway", "ferdasedil/notify/sms.py", "https://www.twilio.com/docs/sms/quickstart/python", """
\"\"\"SMS við ferðaseðli til fólk uttan smartfon (Strandferðslan).\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+298 00 00 00"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_ticket(phone: str, code: str) -> None:
    client.messages.create(to=phone, from_=FROM, body=f"Tín ferðaseðil: {code}. Góða ferð!")
""", secret=hexs(32), sid=twilio_sid())

add("python/decoy-sms-settings", "ferdasedil/notify/settings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    twilio_account_sid: str = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    twilio_auth_token: SecretStr
    sms_from: str = "+298 00 00 00"

    class Config:
        env_prefix = "NOTIFY_"


settings = Settings()
""")

add("properties/spring-datasource", "ferry-booking/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
# Bíleggjan á Smyril, Teistin og Ternan
spring.application.name=ferry-booking
spring.datasource.url=jdbc:postgresql://db.ferdasedil.internal:5432/ferry
spring.datasource.username=ferry
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
ferry.vessels=SMYRIL,TEISTIN,TERNAN
""", secret=words_pw())

add("properties/decoy-env-default", "ferry-booking/src/main/resources/application-local.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
# Lokalt - docker compose postgres
spring.datasource.url=jdbc:postgresql://localhost:5432/ferry
spring.datasource.username=ferry
spring.datasource.password=${FERRY_DB_PASSWORD:changeme}
spring.jpa.show-sql=true
logging.level.fo.ferdasedil=DEBUG
""")

add("java/vessel-api-key", "ferry-booking/src/main/java/fo/ferdasedil/ferry/VesselTrackingClient.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpClient.html", """
package fo.ferdasedil.ferry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Heintar AIS-støðu hjá ferjunum, so vit kunnu vísa "ferjan er 10 min seinkað". */
public class VesselTrackingClient {
    private static final String API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String position(String mmsi) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://ais.example-tracking.com/v1/vessels/" + mmsi))
                .header("Authorization", "ApiKey " + API_KEY)
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=hexs(40))

add("java/decoy-value-annotation", "ferry-booking/src/main/java/fo/ferdasedil/ferry/PaymentConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package fo.ferdasedil.ferry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentConfig {
    @Value("${payments.nets.secret-key}")
    private String netsSecretKey;

    @Value("${payments.nets.checkout-key:test-checkout-key}")
    private String checkoutKey;
}
""")

add("yaml/spring-nets", "ferry-booking/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files", """
payments:
  nets:
    # Nets Easy (Nexi) - kortgjald til ferjur og tyrlu
    base-url: https://api.dibspayment.eu
    secret-key: live-secret-key-@@secret@@
    checkout-key: live-checkout-key-@@ck@@
ferry:
  booking-window-days: 60
""", secret=hexs(32), ck=hexs(32))

add("yaml/decoy-spring-env", "ferry-booking/src/main/resources/application-staging.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
payments:
  nets:
    base-url: https://test.api.dibspayment.eu
    secret-key: ${NETS_SECRET_KEY}
    checkout-key: ${NETS_CHECKOUT_KEY}
ferry:
  booking-window-days: 60
""")

add("markdown/heli-booking-wiki", "wiki/Tyrlan-bileggjan.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """
# Tyrlan: bíleggjan

Tyrlan (Atlantic Airways helicopter) flýgur til Mykines, Skúvoy, Fugloy, Svínoy og Stóra Dímun.
Sæti verða seld gjøgnum Ferðaseðil; flogfelagið hevur sítt egna kervi.

| Umhvørvi | URL | Brúkari | Loyniorð |
|----------|-----|---------|----------|
| test     | https://heli-test.partner.example/api | ferdasedil | (sama sum prod) |
| prod     | https://heli.partner.example/api      | ferdasedil | `@@secret@@` |

Um kervið svarar 503, royn aftur eftir 5 min; ring ikki á flogvøllin.
""", secret=words_pw())

add("markdown/decoy-heli-wiki", "wiki/Tyrlan-test.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """
# Tyrlan: testing

Test-kontan hjá flogfelagnum er deild við øll. Brúka:

- brúkari: `ferdasedil-test`
- loyniorð: sí **Bitwarden → Ferðaseðil → Tyrlan test**

Dømi um svar (`GET /seats?route=VAG-MYK`):

```json
{ "route": "VAG-MYK", "date": "2024-06-01", "free": 4 }
```
""")

add("json/device-secret", "Validator/Validator.Device/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration", """
{
  "Device": {
    "BusPrefix": "BL",
    "Route": "Bussleiðin 1",
    "QrScannerPort": "/dev/ttyACM0"
  },
  "Backend": {
    "Url": "https://api.ferdasedil.fo",
    "DeviceSecret": "@@secret@@"
  },
  "OfflineCacheHours": 48
}
""", secret=rand_pw(32))

add("csharp/decoy-hash", "Validator/Validator.Device/TicketVerifier.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.sha256", """
using System.Security.Cryptography;
using System.Text;

namespace Validator.Device;

// Vit goyma bara SHA-256 av QR-kotuni; tað er ikki loyniligt
public static class TicketVerifier
{
    public const string KnownTestTicketHash = "@@h@@";

    public static bool IsTestTicket(string qr) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(qr))).ToLowerInvariant() == KnownTestTicketHash;
}
""", h=hexs(64))

add("go/redis-url", "timetable/internal/cache/cache.go", "https://redis.uptrace.dev/guide/go-redis.html", """
package cache

import "github.com/redis/go-redis/v9"

// Ferðaætlanin (bussar + ferjur) verður goymd í redis í 10 min
func New() *redis.Client {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@cache.ferdasedil.internal:6380/0")
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opt)
}
""", secret=fakes.redis_password(_seed()))

add("go/decoy-redis-env", "timetable/internal/cache/cache_local.go", "https://redis.uptrace.dev/guide/go-redis.html", """
//go:build local

package cache

import (
	"os"

	"github.com/redis/go-redis/v9"
)

func NewLocal() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "localhost:6379", Password: os.Getenv("REDIS_PASSWORD")})
}
""")

add("k8s-secret/stripe", "deploy/ferdasedil/k8s/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: ferdasedil
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT: @@acct@@
""", secret=(_sk := stripe_key()), enc=b64(_sk), acct=b64("acct_1" + fakes.drawn_mixed(_seed(), 15)))

add("k8s-secret/decoy-empty", "deploy/ferdasedil/k8s/sms-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Skabelón - fylt av external-secrets operator
apiVersion: v1
kind: Secret
metadata:
  name: sms
  namespace: ferdasedil
type: Opaque
stringData:
  NOTIFY_TWILIO_AUTH_TOKEN: ""
""")

add("k8s/decoy-external-secret", "deploy/ferdasedil/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sms
  namespace: ferdasedil
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv
    kind: ClusterSecretStore
  target:
    name: sms
  data:
    - secretKey: NOTIFY_TWILIO_AUTH_TOKEN
      remoteRef:
        key: ferdasedil-twilio-auth-token
""")

add("k8s/deployment-env", "deploy/ferdasedil/k8s/timetable-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: timetable
  namespace: ferdasedil
spec:
  replicas: 2
  selector:
    matchLabels: {app: timetable}
  template:
    metadata:
      labels: {app: timetable}
    spec:
      containers:
        - name: timetable
          image: ghcr.io/ferdasedil/timetable:3.1.0
          env:
            - name: GTFS_FEED_URL
              value: https://gtfs.ferdasedil.fo/feed.zip
            - name: REDIS_URL
              value: rediss://default:@@secret@@@cache.ferdasedil.internal:6380/0
""", secret=fakes.redis_password(_seed()))

add("ruby/sendgrid", "kvittan/config/initializers/mail.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
# Kvittanir fyri ferðaseðlar verða sendar við SendGrid
ActionMailer::Base.smtp_settings = {
  address: "smtp.sendgrid.net",
  port: 587,
  user_name: "apikey",
  password: "@@secret@@",
  domain: "ferdasedil.fo",
  authentication: :plain,
  enable_starttls_auto: true
}
""", secret=sendgrid_key())

add("ruby/decoy-credentials", "kvittan/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Lyklarnir eru í config/credentials.yml.enc (rails credentials:edit)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-04-10"

Rails.application.config.x.stripe_publishable =
  Rails.application.credentials.dig(:stripe, :publishable_key)
""")

add("yaml/decoy-rails-encrypted", "kvittan/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@==
""", c1=fakes.drawn(_seed(), 76, ALNUM + "+/"), c2=fakes.drawn(_seed(), 76, ALNUM + "+/"), c3=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c4=fakes.drawn(_seed(), 76, ALNUM + "+/"), c5=fakes.drawn(_seed(), 40, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM + "+/"),
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/"))

add("shell-history/mysql", "docs/incidents/2024-05-17-bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """
# Avrit av .bash_history frá tí, vit fingu ferðaseðlarnar at virka aftur 17. mai
  501  cd /srv/kvittan
  502  tail -n 200 log/production.log
  503  systemctl status kvittan
  504  mysql -h db2.ferdasedil.internal -u kvittan -p'@@secret@@' kvittan -e "select count(*) from receipts where created_at > now() - interval 1 hour"
  505  systemctl restart kvittan
  506  exit
""", secret=words_pw())

add("shell-history/decoy-prompt", "docs/incidents/2024-06-02-bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """
# Avrit av history (ferjan Teistin - seinking av bíleggjan)
  311  kubectl -n ferdasedil get pods
  312  kubectl -n ferdasedil logs deploy/ferry-booking --since=30m | grep ERROR
  313  psql "host=db.ferdasedil.internal user=ferry dbname=ferry" -W
  314  kubectl -n ferdasedil rollout restart deploy/ferry-booking
  315  exit
""")

add("swift/api-key", "FerdasedilApp/FerdasedilApp/Config.swift", "https://developer.apple.com/documentation/swift/string", """
import Foundation

// Ferðaseðil iOS - stillingar
enum Config {
    static let apiBase = URL(string: "https://api.ferdasedil.fo")!
    static let partnerKey = "@@secret@@"
    static let defaultLanguage = "fo"
    static let supportPhone = "+298 34 30 00"
}
""", secret="fsk_live_" + fakes.drawn_mixed(_seed(), 40))

add("swift/decoy-info-plist", "FerdasedilApp/FerdasedilApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Ferðaseðil</string>
    <key>PartnerKey</key>
    <string>$(PARTNER_KEY)</string>
    <key>StripePublishableKey</key>
    <string>pk_live_@@pk@@</string>
</dict>
</plist>
""", pk=fakes.drawn_mixed(_seed(), 24))

# ---------------------------------------------------------------- shared tooling, CI and client configs

add("npmrc/npm-token", "ferdasedil/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
; privat pakkar (@ferdasedil/ui)
@ferdasedil:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", secret=npm_token())

add("npmrc/decoy-env-token", "dashboard/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@alibrk:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
save-exact=true
fund=false
""")

add("pypirc/pypi-token", "sensors/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("pypirc/decoy-keyring", "barge-tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    alibrk

[alibrk]
repository = https://pkgs.alibrk.klaksvik.fo/
username = __token__
# loyniorðið er í keyring: `keyring set https://pkgs.alibrk.klaksvik.fo/ __token__`
""")

add("markdown/git-clone-token-url", "docs/notur/git-uppseting.md", "https://git-scm.com/docs/git-clone#_git_urls", """
# Uppseting av git á nýggju vaktarteldu

Klona repo'ini á henda hátt (token hjá tænastubrúkaranum `alibrk-bot`):

```
git clone https://alibrk-bot:@@secret@@@github.com/alibrk/barge-agent.git
git clone https://github.com/alibrk/dashboard.git
```

Set síðan `git config user.name "Vakt Klaksvík"`.
""", secret=fakes.github_token(_seed()))

add("markdown/decoy-credential-helper", "docs/notur/git-credential.md", "https://git-scm.com/docs/gitcredentials", """
# Git credentials á vaktarteldum

Vit brúka **Git Credential Manager**, so eingin token liggur í fílum:

```
git config --global credential.helper manager
git clone https://github.com/alibrk/barge-agent.git   # spyr um innritan í kaganum
```

Um tú sært `https://<token>@github.com/...` í einari gamlari vegleiðing, so er hon ov gomul.
""")

add("gitlab-ci/deploy-password", "ferdasedil/api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """
stages: [test, deploy]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: alpine:3.19
  variables:
    DEPLOY_HOST: app1.ferdasedil.internal
    DEPLOY_PASSWORD: "@@secret@@"
  script:
    - apk add --no-cache openssh sshpass rsync
    - sshpass -p "$DEPLOY_PASSWORD" rsync -az dist/ deploy@$DEPLOY_HOST:/srv/api/
  only: [main]
""", secret=words_pw())

add("gitlab-ci/decoy-masked-var", "ferdasedil/notify/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  script:
    # KUBE_TOKEN er ein "masked + protected" CI/CD variabul í GitLab
    - kubectl --server=https://k8s.ferdasedil.internal --token="$KUBE_TOKEN" -n ferdasedil apply -f k8s/
  only:
    - main
""")

add("jenkins/docker-login", "ferry-booking/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
    agent any
    stages {
        stage('Build') {
            steps { sh './gradlew bootJar' }
        }
        stage('Push') {
            steps {
                sh 'echo "@@secret@@" | docker login registry.ferdasedil.fo -u jenkins --password-stdin'
                sh 'docker push registry.ferdasedil.fo/ferry-booking:${BUILD_NUMBER}'
            }
        }
    }
}
""", secret=rand_pw(24))

add("jenkins/decoy-credentials-binding", "timetable/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """
pipeline {
    agent any
    stages {
        stage('Push') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'registry-ferdasedil', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'echo "$P" | docker login registry.ferdasedil.fo -u "$U" --password-stdin'
                }
                sh 'docker push registry.ferdasedil.fo/timetable:${BUILD_NUMBER}'
            }
        }
    }
}
""")

add("azure-pipelines/sp-secret", "infra/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """
trigger:
  - main
pool:
  vmImage: ubuntu-latest
variables:
  ARM_CLIENT_ID: @@cid@@
  ARM_TENANT_ID: @@tid@@
  ARM_CLIENT_SECRET: @@secret@@
  ARM_SUBSCRIPTION_ID: @@sub@@
steps:
  - script: terraform init && terraform apply -auto-approve
    workingDirectory: infra
""", secret=azure_secret(), cid=uuid_s(), tid=uuid_s(), sub=uuid_s())

add("azure-pipelines/decoy-variable-group", "infra/azure-pipelines-plan.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """
trigger: none
pool:
  vmImage: ubuntu-latest
variables:
  - group: alibrk-terraform   # ARM_CLIENT_SECRET liggur her (læst)
  - name: ARM_CLIENT_ID
    value: @@cid@@
steps:
  - script: terraform init && terraform plan
    workingDirectory: infra
    env:
      ARM_CLIENT_SECRET: $(ARM_CLIENT_SECRET)
""", cid=uuid_s())

add("markdown/aws-credentials-block", "docs/notur/aws-backup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Trygdarrit av kameramyndum til S3 (Írland)

Á `backup01` liggur `~/.aws/credentials`:

```ini
[alibrk-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-1
```

Cron koyrir `aws s3 sync /srv/ringmyndir s3://alibrk-ringmyndir --profile alibrk-backup` kl. 02.
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-doc-example", "docs/notur/aws-uppseting.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# AWS CLI uppseting

Koyr `aws configure sso` - vit brúka IAM Identity Center, ikki langlívaðar lyklar.
Um ein vegleiðing vísir

```
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

so eru tað AWS sínir dømislyklar úr skjølunum, ikki okkara.
""")

add("netrc/heli-api", "scripts/heli/netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
# brúkt av sync_heli_seats.sh (curl --netrc-file)
machine heli.partner.example
login ferdasedil
password @@secret@@

machine heli-test.partner.example
login ferdasedil-test
""", secret=rand_pw(20))

add("pgpass/decoy-empty", "scripts/heli/pgpass.example", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# Avrit til ~/.pgpass og set chmod 600
# hostname:port:database:username:password
db.ferdasedil.internal:5432:heli:heli_sync:
localhost:5432:heli:postgres:postgres
# (postgres/postgres bara í docker lokalt)
""")

add("pgpass/password", "ops/pgpass-backup", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# pg_dump til náttarligt trygdarrit (ferdasedil + ferry)
db.ferdasedil.internal:5432:ferdasedil:backup:@@secret@@
db.ferdasedil.internal:5432:ferry:backup:*
# hin loyniorðið er tað sama
# sí ops/backup.sh
""", secret=rand_pw(20))

add("docker-config/auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.ferdasedil.fo": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", secret=b64("jenkins:" + rand_pw(24)))

add("docker-config/decoy-credsstore", "ops/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.ferdasedil.fo": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("kubeconfig/token", "ops/kube/ferdasedil-ci.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
apiVersion: v1
kind: Config
clusters:
  - name: ferdasedil
    cluster:
      server: https://k8s.ferdasedil.internal:6443
      certificate-authority-data: @@ca@@
users:
  - name: ci
    user:
      token: @@secret@@
contexts:
  - name: ci@ferdasedil
    context: {cluster: ferdasedil, user: ci, namespace: ferdasedil}
current-context: ci@ferdasedil
""", secret=jwt_hs(), ca=b64(cert_pem()))

add("kubeconfig/decoy-exec", "ops/kube/ferdasedil-aks.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """
apiVersion: v1
kind: Config
clusters:
  - name: aks-ferdasedil
    cluster:
      server: https://aks-ferdasedil-dns-1b2c3d4e.hcp.northeurope.azmk8s.io:443
users:
  - name: aad
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [get-token, --login, azurecli, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630]
current-context: aks
""")

add("terraform/tfvars", "infra/ferdasedil/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
location            = "northeurope"
app_service_sku     = "P1v3"
db_admin_login      = "fsadmin"
db_admin_password   = "@@secret@@"
allowed_ips         = ["185.12.44.0/24"]  # Tórshavn skrivstovan
""", secret=words_pw())

add("terraform/decoy-random-password", "infra/ferdasedil/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "db_admin" {
  length  = 32
  special = true
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "psql-ferdasedil-prod"
  administrator_login    = "fsadmin"
  administrator_password = random_password.db_admin.result
  sku_name               = "GP_Standard_D2ds_v5"
}
""")

add("html/embedded-key", "ferdasedil/kiosk/index.html", "https://developer.mozilla.org/en-US/docs/Web/HTML", """
<!doctype html>
<html lang="fo">
<head>
  <meta charset="utf-8">
  <title>Ferðaseðlar - Farstøðin í Tórshavn</title>
  <script>
    // kiosk-maskinan á ferjuleguni - hon hevur ikki login
    window.KIOSK = {
      api: "https://api.ferdasedil.fo",
      kioskSecret: "@@secret@@",
      terminal: "TH-KIOSK-02"
    };
  </script>
  <script src="/kiosk.js" defer></script>
</head>
<body><main id="app">Bíða...</main></body>
</html>
""", secret=rand_pw(36))

add("html/decoy-maps-restricted", "ferdasedil/web/public/kort.html", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key", """
<!doctype html>
<html lang="fo">
<head>
  <meta charset="utf-8">
  <title>Kort: bussleiðir í Tórshavn</title>
  <!-- vevkort-lykil: avmarkaður til https://ferdasedil.fo/* í Google Cloud -->
  <script src="https://maps.googleapis.com/maps/api/js?key=YOUR_API_KEY&callback=initMap" defer></script>
</head>
<body><div id="kort" style="height:100vh"></div></body>
</html>
""")

add("rst/sftp-docs", "docs/source/integrations/ssl.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """
Strandfaraskip Landsins (SSL)
=============================

Dagligar sølutølur verða sendar til SSL um SFTP kl. 03:00.

.. code-block:: bash

   sshpass -p '@@secret@@' sftp -oPort=2222 ferdasedil@sftp.ssl-partner.example <<EOF
   put /srv/export/solur-$(date +%F).csv inn/
   EOF

Kontakt: IT-deildin hjá SSL.
""", secret=words_pw())

add("rst/decoy-sftp-docs", "docs/source/integrations/bygdaleidir.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """
Bygdaleiðir
===========

Sølutølur verða sendar um SFTP við SSH-lykli (ikki loyniorði).

.. code-block:: bash

   sftp -i ~/.ssh/bygdaleidir_ed25519 ferdasedil@sftp.bygdaleidir-partner.example

Lykilin liggur í Vault: ``kv/ferdasedil/bygdaleidir/ssh``.
""")

# ---------------------------------------------------------------- more carriers

add("python/split-password", "sensors/collector/legacy_db.py", "https://peps.python.org/pep-0008/#maximum-line-length", """
import psycopg2

# gamla Access-dbin varð flutt til postgres í 2021; hetta scriptið er enn í nýtslu
CONN = psycopg2.connect(
    host="db.alibrk.klaksvik.fo",
    dbname="fodur_gomul",
    user="legacy",
    password=("@@p1@@"
              "@@p2@@"),
)
""", secret=(_sp := words_pw()), p1=_sp[:7], p2=_sp[7:])

add("python/json-in-string", "ferdasedil/notify/push.py", "https://firebase.google.com/docs/admin/setup", """
import json

import firebase_admin
from firebase_admin import credentials

# Push-boð til appina (seinkingar hjá Smyrli)
_SA = json.loads('{"type": "service_account", "project_id": "ferdasedil-app", '
                 '"private_key_id": "@@kid@@", "client_email": "push@ferdasedil-app.iam.gserviceaccount.com", '
                 '"private_key": "@@secret@@"}')

firebase_admin.initialize_app(credentials.Certificate(_SA))
""", secret=fakes.fake_pem(_seed(), "RSA").replace("\n", "\\\\n"), kid=hexs(40))

add("python/heredoc-config", "scripts/provision_pramur.py", "https://docs.python.org/3/library/pathlib.html#pathlib.Path.write_text", """
#!/usr/bin/env python3
\"\"\"Ger /etc/barge-agent.env á nýggjum prámi.\"\"\"
from pathlib import Path
import sys

name = sys.argv[1]  # t.d. pramur-fugloy
Path("/etc/barge-agent.env").write_text(f\"\"\"\\
BARGE_NAME={name}
FEEDAPI_URL=https://feedapi.alibrk.klaksvik.fo/v1
MQTT_USER=barge
MQTT_PASSWORD=@@secret@@
\"\"\")
print("skrivað", name)
""", secret=rand_pw(24))

add("shell/heredoc", "scripts/install_collector.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """
#!/bin/sh
# Installerar collector á nýggjari vaktarteldu
set -e
install -d -m 750 /etc/collector
cat > /etc/collector/collector.env <<'EOF'
MQTT_HOST=mqtt.alibrk.klaksvik.fo
MQTT_USER=collector
MQTT_PASSWORD=@@secret@@
PEN_COUNT=12
EOF
chmod 600 /etc/collector/collector.env
systemctl enable --now collector
""", secret=rand_pw(22))

add("shell/decoy-heredoc-prompt", "scripts/install_barge_agent.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """
#!/usr/bin/env bash
set -euo pipefail
read -rsp "MQTT loyniorð: " MQTT_PASSWORD; echo
cat > /etc/barge-agent.env <<EOF
BARGE_NAME=$(hostname)
MQTT_USER=barge
MQTT_PASSWORD=${MQTT_PASSWORD}
EOF
chmod 600 /etc/barge-agent.env
""")

add("markdown/mosquitto-sub-command", "docs/notur/mqtt-kanning.md", "https://mosquitto.org/man/mosquitto_pub-1.html", """
# Kanna MQTT úr vaktarteldu

```
mosquitto_sub -h mqtt.alibrk.klaksvik.fo -p 8883 --capath /etc/ssl/certs \\
  -u vakt -P '@@secret@@' -t 'ringur/#' -v
```

Tú skalt síggja `ringur/R1/surevni {"mg_l": 8.2, ...}` hvørt 30. sekund.
Um einki kemur, kanna collector-tænastuna.
""", secret=words_pw())

add("shell/decoy-mosquitto-passwd", "deploy/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
# gjørt við mosquitto_passwd -c ... (bara hash, ikki loyniorð)
collector:$7$101$@@s1@@$@@h1@@
barge:$7$101$@@s2@@$@@h2@@
vakt:$7$101$@@s3@@$@@h3@@
grafana:$7$101$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("conf/mosquitto-bridge", "deploy/mosquitto/bridge-bordoy.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Brúgv frá prámi Borðoy til høvuðs-brokerin í Klaksvík
connection pramur-bordoy
address mqtt.alibrk.klaksvik.fo:8883
bridge_capath /etc/ssl/certs
remote_username barge
remote_password @@secret@@
topic ringur/# out 1
topic pramur/bordoy/# both 1
""", secret=rand_pw(24))

add("xml/web-config", "Slaktan/Slaktan.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Slaktan"
         connectionString="Data Source=sql01.alibrk.local;Initial Catalog=Slaktan;User ID=slaktan_web;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Fabrikk" value="Klaksvík" />
  </appSettings>
</configuration>
""", secret=words_pw())

add("xml/decoy-web-config-transform", "Slaktan/Slaktan.Web/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Slaktan"
         connectionString="Data Source=sql01.alibrk.local;Initial Catalog=Slaktan;Integrated Security=SSPI"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("xml/maven-settings", "ferry-booking/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>ferdasedil-releases</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>nexus</id><url>https://nexus.ferdasedil.fo/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", secret=rand_pw(20))

add("xml/decoy-maven-encrypted", "timetable-java/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings>
  <servers>
    <server>
      <id>ferdasedil-releases</id>
      <username>deploy</username>
      <!-- krypterað við mvn --encrypt-password, master í ~/.m2/settings-security.xml -->
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("gradle/properties", "tender-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# upload keystore
RELEASE_STORE_FILE=../keys/alibrk-upload.jks
RELEASE_KEY_ALIAS=alibrk
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("gradle/decoy-properties", "FerdasedilAndroid/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Signing: set í ~/.gradle/gradle.properties ella CI
# RELEASE_STORE_PASSWORD=
# RELEASE_KEY_PASSWORD=
android.nonTransitiveRClass=true
""")

add("javascript/mongo-uri", "dashboard/server/db.js", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/", """
const { MongoClient } = require('mongodb');

// myndir og viðmerkingar frá kavarunum
const uri = 'mongodb+srv://dashboard:@@secret@@@cluster0.fo7ab.mongodb.net/kavarar?retryWrites=true&w=majority';

const client = new MongoClient(uri);

module.exports = async function db() {
  await client.connect();
  return client.db('kavarar');
};
""", secret=rand_pw(16))

add("javascript/decoy-mongo-local", "dashboard/server/db.test.js", "https://www.mongodb.com/docs/drivers/node/current/", """
const { MongoMemoryServer } = require('mongodb-memory-server');

// Testir brúka eina mongo í minninum - eingin loyniorð
let mongod;
beforeAll(async () => {
  mongod = await MongoMemoryServer.create();
  process.env.MONGO_URI = mongod.getUri();
});
afterAll(() => mongod.stop());
""")

add("typescript/sendgrid-arg", "ferdasedil/api/src/mail/client.ts", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """
import sgMail from '@sendgrid/mail';

sgMail.setApiKey('@@secret@@');

export async function sendReceipt(to: string, html: string) {
  await sgMail.send({
    to,
    from: 'kvittan@ferdasedil.fo',
    subject: 'Tín ferðaseðil',
    html,
  });
}
""", secret=sendgrid_key())

add("typescript/decoy-test-keys", "ferdasedil/api/test/payments.test.ts", "https://docs.stripe.com/testing", """
import { describe, it, expect } from 'vitest';
import { priceFor } from '../src/payments/price';

// Stripe testkort (almenn): 4242 4242 4242 4242, hvør CVC, hvør framtíðar dato
const TEST_CARD = '4242424242424242';
const FAKE_KEY = 'sk_test_fake_for_unit_tests_only';

describe('priceFor', () => {
  it('Smyril, vaksin, Tórshavn-Suðuroy', () => {
    expect(priceFor('SMYRIL', 'adult')).toBe(90);
  });
});
""")

add("python/telegram-bot", "vakt/bot.py", "https://core.telegram.org/bots/api", """
\"\"\"Vaktarbottur: sendir alarmir frá prámunum til Telegram-bólkin 'Alibrúk vakt'.\"\"\"
import requests

TOKEN = "@@secret@@"
CHAT_ID = -1001234567890


def alarm(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    alarm("Test: vaktarbotturin virkar")
""", secret=fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "vakt/bot_v2.py", "https://core.telegram.org/bots/api", """
import os

import requests

TOKEN = os.environ.get("TELEGRAM_BOT_TOKEN", "123456789:REPLACE_ME")
CHAT_ID = int(os.environ.get("TELEGRAM_CHAT_ID", "0"))


def alarm(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": text})
""")

add("yaml/discord-webhook", "vakt/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#discord_config", """
route:
  receiver: vakt
  group_wait: 30s
  repeat_interval: 2h
receivers:
  - name: vakt
    discord_configs:
      - webhook_url: @@secret@@
        title: 'Alibrúk: {{ .CommonLabels.alertname }}'
""", secret=discord_webhook())

add("yaml/decoy-alertmanager-file", "vakt/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: vakt
receivers:
  - name: vakt
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: '#vakt-alibrk'
        send_resolved: true
""")

add("json/teams-webhook", "vakt/notify.config.json", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
{
  "channels": {
    "teams-slakting": "@@secret@@",
    "email": "vakt@alibrk.fo"
  },
  "quietHours": { "from": "23:00", "to": "05:00" },
  "severityMin": "warning"
}
""", secret=teams_webhook())

add("toml/pyproject-token", "barge-tools/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
[virtualenvs]
in-project = true

[repositories.alibrk]
url = "https://pkgs.alibrk.klaksvik.fo/simple/"

[http-basic.alibrk]
username = "ci"
password = "@@secret@@"
""", secret=rand_pw(32))

add("toml/decoy-cargo-config", "barge-agent/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/registry-authentication.html", """
[registries.alibrk]
index = "sparse+https://cargo.alibrk.klaksvik.fo/index/"
credential-provider = "cargo:token"
# token: `cargo login --registry alibrk` (goymt í ~/.cargo/credentials.toml, ikki her)

[build]
target = "aarch64-unknown-linux-gnu"
""")

add("toml/cargo-credentials", "docs/notur/cargo-credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
# avrit av ~/.cargo/credentials.toml á byggimaskinuni (til at gera nýggja maskinu)
[registries.alibrk]
token = "@@secret@@"

[net]
git-fetch-with-cli = true
""", secret="alb_" + fakes.drawn_mixed(_seed(), 40))

add("markdown/meeting-notes", "docs/fundir/2024-03-12.md", "https://www.markdownguide.org/basic-syntax/", """
# Fundur 12. mars - Ferðaseðil og Strandferðslan

Til staðar: Rógvi, Sunneva, Jákup, Marita (SSL)

1. Tyrlan: nýggj sæti til Mykines frá 1. mai.
2. Ferjan Ternan: bíleggjan opnar 60 dagar frammanundan.
3. Marita sendi nýggja API lykilin til ferðaætlanina hjá SSL: `@@secret@@`
   (Jákup setur hann í Vault og strikar hesa notuna) 
4. Næsti fundur: 26. mars.
""", secret=hexs(48))

add("markdown/decoy-meeting-notes", "docs/fundir/2024-03-26.md", "https://www.markdownguide.org/basic-syntax/", """
# Fundur 26. mars

1. API lykilin frá SSL er nú í Vault (`kv/ferdasedil/ssl/api_key`) og notan frá 12. mars er rættað.
2. Lykilin verður skiftur hvønn ársfjórðing - næstu ferð í juni.
3. Bussleiðin: nýggir validatorar í 5 bussum (BL-11 til BL-15).
4. Hash av gamla lyklinum til loggin: `sha256:@@h@@`
""", h=hexs(64))

add("yaml/ansible-task-password", "ansible/roles/validator/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """
- name: Skráset validator í backend
  ansible.builtin.uri:
    url: https://api.ferdasedil.fo/admin/devices
    method: POST
    url_username: admin
    url_password: "@@secret@@"
    force_basic_auth: true
    body_format: json
    body:
      serial: "{{ inventory_hostname }}"
      route: "{{ validator_route }}"
    status_code: [200, 201]
""", secret=words_pw())

add("yaml/decoy-ansible-lookup", "ansible/roles/validator/tasks/register.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
- name: Skráset validator í backend
  ansible.builtin.uri:
    url: https://api.ferdasedil.fo/admin/devices
    method: POST
    url_username: admin
    url_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ferdasedil/admin:password') }}"
    force_basic_auth: true
    body_format: json
    body:
      serial: "{{ inventory_hostname }}"
""")

add("python/django-secret", "heimasida-django/heimasida/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ferdasedil.fo", "www.ferdasedil.fo"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "fo"
TIME_ZONE = "Atlantic/Faroe"
CSRF_TRUSTED_ORIGINS = ["https://ferdasedil.fo"]
""", secret=fakes.django_secret_key(_seed()))

add("python/decoy-django-dev", "heimasida-django/heimasida/settings/dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = True
# Bara til menningar; production lesur DJANGO_SECRET_KEY úr umhvørvinum
SECRET_KEY = "django-insecure-dev-only-change-me"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("python/openai-notebook-script", "analysis/timetable_summaries.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Ger stuttar lýsingar av seinkingum (føroyskt + enskt) til heimasíðuna.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

def summarise(delays: list[str]) -> str:
    prompt = "Skriva eina stutta fráboðan á føroyskum um hesar seinkingar:\\n" + "\\n".join(delays)
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content
""", secret=fakes.openai_key(_seed()))

add("python/amqp-url", "ferdasedil/workers/queue.py", "https://pika.readthedocs.io/en/stable/examples/using_urlparameters.html", """
import pika

# Køin til útskriving av kvittanum (ferjuskrivstovan í Tórshavn)
PARAMS = pika.URLParameters("amqps://kvittan:@@secret@@@mq.ferdasedil.internal:5671/%2F?heartbeat=30")


def channel():
    conn = pika.BlockingConnection(PARAMS)
    ch = conn.channel()
    ch.queue_declare(queue="prenta", durable=True)
    return ch
""", secret=rand_pw(18))

add("python/decoy-amqp-guest", "ferdasedil/workers/queue_dev.py", "https://www.rabbitmq.com/docs/access-control#default-state", """
import pika

# Lokal docker rabbitmq: guest/guest er sjálvgivið og virkar bara á localhost
PARAMS = pika.URLParameters("amqp://guest:guest@localhost:5672/%2F")


def channel():
    return pika.BlockingConnection(PARAMS).channel()
""")

add("go/aws-session", "camera-archive/internal/s3/client.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """
package s3

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Bráðfeingis, til vit fáa IAM-leiklut á maskinuni (Jógvan 9/4)
var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)

func Config() aws.Config { return aws.Config{Region: "eu-west-1", Credentials: creds} }
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/decoy-aws-default-chain", "camera-archive/internal/s3/default.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html#specifying-credentials", """
package s3

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Lesur lyklar úr umhvørvinum, ~/.aws ella IMDS - ongin lykil í koduni.
func Default(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
}
""")

add("env/aws-session-token", "camera-archive/.envrc", "https://direnv.net/man/direnv-stdlib.1.html", """
# direnv - bráðfeingis lyklar úr `aws sts assume-role` (ganga út eftir 12 t)
export AWS_REGION=eu-west-1
export AWS_ACCESS_KEY_ID=ASIA@@kid@@
export AWS_SESSION_TOKEN=@@secret@@
export ARCHIVE_BUCKET=alibrk-ringmyndir
""", secret=fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))

add("env/github-pat", "scripts/.env.release", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# release.sh: ger GitHub release við changelog
GITHUB_OWNER=alibrk
GITHUB_REPO=barge-agent
GITHUB_TOKEN=@@secret@@
RELEASE_BRANCH=main
""", secret=fakes.github_fine_grained_token(_seed()))

add("env/decoy-1password-refs", "scripts/.env.tpl", "https://developer.1password.com/docs/cli/secrets-template-syntax/", """
# op inject -i .env.tpl -o .env
GITHUB_OWNER=alibrk
GITHUB_TOKEN=op://Alibrk/GitHub release bot/credential
MQTT_PASSWORD=op://Alibrk/MQTT collector/password
INFLUX_TOKEN=op://Alibrk/InfluxDB/token
""")

add("javascript/gitlab-token-renovate", "renovate/config.js", "https://docs.renovatebot.com/self-hosted-configuration/", """
module.exports = {
  platform: 'gitlab',
  endpoint: 'https://gitlab.ferdasedil.fo/api/v4/',
  token: '@@secret@@',
  repositories: ['ferdasedil/api', 'ferdasedil/web', 'ferdasedil/notify'],
  onboarding: false,
  timezone: 'Atlantic/Faroe',
};
""", secret=gitlab_token())

add("php/mailgun", "heimasida/src/Kontakt.php", "https://documentation.mailgun.com/docs/mailgun/sdk/php_sdk/", """
<?php
namespace Alibrk\\Heimasida;

use Mailgun\\Mailgun;

final class Kontakt
{
    public static function send(string $from, string $boð): void
    {
        $mg = Mailgun::create('@@secret@@', 'https://api.eu.mailgun.net');
        $mg->messages()->send('mg.alibrk.fo', [
            'from' => $from, 'to' => 'info@alibrk.fo',
            'subject' => 'Fyrispurningur frá heimasíðuni', 'text' => $boð,
        ]);
    }
}
""", secret=mailgun_key())

add("php/pdo-dsn", "ferdasedil/legacy/db.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Gamla bíleggingarkervið hjá tyrluni (PHP 7) - verður slökt í 2025
$pdo = new PDO(
    'mysql:host=db-legacy.ferdasedil.internal;dbname=tyrla;charset=utf8mb4',
    'tyrla_app',
    '@@secret@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""", secret=words_pw())

add("php/decoy-wp-salts", "heimasida/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("ruby/database-yml", "kvittan/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 5

production:
  <<: *default
  host: db2.ferdasedil.internal
  database: kvittan
  username: kvittan
  password: @@secret@@
""", secret=words_pw())

add("ruby/decoy-database-yml-erb", "kvittan/config/database.staging.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
staging:
  adapter: mysql2
  encoding: utf8mb4
  host: <%= ENV.fetch("DB_HOST") %>
  database: kvittan_staging
  username: kvittan
  password: <%= ENV["KVITTAN_DB_PASSWORD"] %>
""")

add("ruby/slack-bot", "kvittan/lib/tasks/daily_report.rake", "https://api.slack.com/methods/chat.postMessage", """
namespace :report do
  desc "Dagsins søla til #ferdasedil-sola"
  task daily: :environment do
    client = Slack::Web::Client.new(token: "@@secret@@")
    total = Receipt.where(created_at: Date.yesterday.all_day).sum(:amount_dkk)
    client.chat_postMessage(channel: "#ferdasedil-sola",
                            text: "Søla í gjár: #{total} kr. (bussur, ferja, tyrla)")
  end
end
""", secret=slack_bot())

add("csharp/servicebus", "Validator/Validator.Sync/Program.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues", """
using Azure.Messaging.ServiceBus;

// Validatorarnir senda "stempl" (hvør ferðaseðil varð brúktur hvar) til Service Bus
const string conn = "Endpoint=sb://sb-ferdasedil.servicebus.windows.net/;SharedAccessKeyName=validator-send;SharedAccessKey=@@secret@@";

await using var client = new ServiceBusClient(conn);
var sender = client.CreateSender("stempl");
await sender.SendMessageAsync(new ServiceBusMessage("{\\"bus\\":\\"BL-11\\",\\"ticket\\":\\"T-0001\\"}"));
Console.WriteLine("sent");
""", secret=azure_sb_key())

add("csharp/decoy-managed-identity", "Validator/Validator.Sync/Worker.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-managed-service-identity", """
using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace Validator.Sync;

public sealed class Worker
{
    // Managed identity - eingin SharedAccessKey í koduni longur
    private readonly ServiceBusClient _client =
        new("sb-ferdasedil.servicebus.windows.net", new DefaultAzureCredential());

    public ServiceBusSender Sender => _client.CreateSender("stempl");
}
""")

add("swift/basic-auth", "FerdasedilApp/FerdasedilApp/Heli/HeliClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

/// Sæti í tyrluni (Vágar - Mykines o.s.fr.)
struct HeliClient {
    let base = URL(string: "https://heli.partner.example/api")!

    func seats(route: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("seats/\\(route)"))
        req.setValue("Basic @@secret@@", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", secret=b64("ferdasedil:" + words_pw()))

add("crontab/backup", "ops/crontab.backup01", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=vakt@ferdasedil.fo
15 2 * * * PGPASSWORD='@@secret@@' pg_dump -h db.ferdasedil.internal -U backup ferdasedil | gzip > /backup/ferdasedil-$(date +\\%F).sql.gz
45 2 * * * find /backup -name '*.sql.gz' -mtime +30 -delete
""", secret=rand_pw(20))

add("crontab/decoy-backup", "ops/crontab.backup02", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=vakt@alibrk.fo
# loyniorð í ~/.pgpass (chmod 600)
30 2 * * * pg_dump -h db.alibrk.klaksvik.fo -U backup fodur | gzip > /backup/fodur-$(date +\\%F).sql.gz
""")

add("nginx/decoy-htpasswd", "ops/nginx/grafana.htpasswd", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """
# htpasswd -B (bcrypt) - bara hash
vakt:$2y$05$@@h1@@
joan:$2y$05$@@h2@@
rogvi:$2y$05$@@h3@@
sunneva:$2y$05$@@h4@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("nginx/proxy-auth-header", "ops/nginx/timetable.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
server {
    listen 443 ssl;
    server_name ferdaaetlan.ferdasedil.fo;

    location /ssl/ {
        # SSL (Strandfaraskip) krevur lykil; kaganin skal ikki síggja hann
        proxy_set_header X-Api-Key "@@secret@@";
        proxy_pass https://api.ssl-partner.example/;
    }
}
""", secret=hexs(48))

add("haproxy/stats-auth", "ops/haproxy/haproxy.cfg", "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth", """
global
    log /dev/log local0
defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s
listen stats
    bind :8404
    stats enable
    stats uri /
    stats auth admin:@@secret@@
frontend api
    bind :443 ssl crt /etc/haproxy/ferdasedil.pem
    default_backend api_nodes
backend api_nodes
    server app1 10.10.0.11:8080 check
""", secret=words_pw())

add("pem/decoy-certificate", "ops/haproxy/ca-ferdasedil.crt", "https://www.rfc-editor.org/rfc/rfc7468", """
# Innanhýsis CA hjá Ferðaseðli (almennur partur - kann deilast)
@@cert@@
""", cert=cert_pem())

add("pem/tls-key", "ops/haproxy/ferdasedil.pem.bak", "https://docs.haproxy.org/2.8/configuration.html#5.1-crt", """
@@cert@@
@@secret@@
""", secret=fakes.fake_pem(_seed(), "RSA"), cert=cert_pem())

# ---------------------------------------------------------------- devices and firmware

add("c/firmware-wifi", "firmware/oxy-node/src/secrets.h", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/network/esp_wifi.html", """
/* oxy-node: ESP32 við súrevnismátara á ringkantinum */
#pragma once

#define WIFI_SSID      "ALIBRK-PRAMUR2"
#define WIFI_PASS      "@@secret@@"
#define MQTT_URI       "mqtts://mqtt.alibrk.klaksvik.fo:8883"
#define NODE_PEN       "R4"
""", secret=passphrase())

add("c/decoy-secrets-template", "firmware/oxy-node/src/secrets.h.example", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/network/esp_wifi.html", """
/* Avrita til secrets.h (sum er í .gitignore) og fyll út */
#pragma once

#define WIFI_SSID      "ALIBRK-PRAMURx"
#define WIFI_PASS      "CHANGE_ME"
#define MQTT_URI       "mqtts://mqtt.alibrk.klaksvik.fo:8883"
#define NODE_PEN       "Rx"
""")

add("arduino/mqtt-password", "firmware/temp-node/temp-node.ino", "https://pubsubclient.knolleary.net/api", """
#include <WiFi.h>
#include <PubSubClient.h>

// hitamátari í ring R7, 3 dýpir (1m, 5m, 10m)
WiFiClientSecure net;
PubSubClient mqtt(net);

void connectMqtt() {
  mqtt.setServer("mqtt.alibrk.klaksvik.fo", 8883);
  while (!mqtt.connected()) {
    mqtt.connect("temp-node-R7", "sensor", "@@secret@@");
    delay(2000);
  }
}

void setup() { Serial.begin(115200); connectMqtt(); }
void loop() { mqtt.loop(); }
""", secret=rand_pw(16))

add("micropython/lorawan-appkey", "firmware/lora-buoy/main.py", "https://www.thethingsindustries.com/docs/devices/concepts/abp-vs-otaa/", """
# Loftstøðsboya við Kalsoy - LoRaWAN OTAA (The Things Network)
from network import LoRa
import ubinascii

lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
app_eui = ubinascii.unhexlify("@@eui@@")
app_key = ubinascii.unhexlify("@@secret@@")
lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), timeout=0)
while not lora.has_joined():
    pass
print("joined")
""", secret=hexs(32).upper(), eui=hexs(16).upper())

add("csv/decoy-device-eui", "firmware/lora-buoy/devices.csv", "https://www.thethingsindustries.com/docs/devices/concepts/", """
navn,dev_eui,join_eui,staður
boya-kalsoy-1,@@d1@@,0000000000000000,Kalsoy norður
boya-kalsoy-2,@@d2@@,0000000000000000,Kalsoy suður
boya-bordoy-1,@@d3@@,0000000000000000,Borðoyarvík
# app_key liggur í TTN console, ikki her
""", d1=hexs(16).upper(), d2=hexs(16).upper(), d3=hexs(16).upper())

add("json/thingsboard-token", "firmware/gateway/tb_gateway.json", "https://thingsboard.io/docs/iot-gateway/configuration/", """
{
  "thingsboard": {
    "host": "tb.alibrk.klaksvik.fo",
    "port": 1883,
    "security": {
      "accessToken": "@@secret@@"
    }
  },
  "connectors": [
    { "name": "Modbus fóðurblásarar", "type": "modbus", "configuration": "modbus.json" }
  ]
}
""", secret=fakes.drawn_mixed(_seed(), 20))

add("json/node-red-flow", "firmware/gateway/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", """
{
  "a3f1c0de.4b21": {
    "user": "barge",
    "password": "@@secret@@"
  },
  "b77e9c10.02aa": {
    "user": "grafana"
  }
}
""", secret=rand_pw(20))

add("conf/wpa-supplicant", "firmware/rpi-image/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=FO

network={
    ssid="ALIBRK-PRAMUR3"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
""", secret=passphrase())

add("conf/decoy-wpa-hashed", "firmware/rpi-image/wpa_supplicant.kalsoy.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=FO

network={
    ssid="ALIBRK-PRAMUR1"
    # psk=<sí lappin í stýrirúminum>
    key_mgmt=WPA-PSK
    priority=10
}
""")

add("conf/snmp-community", "ops/snmp/snmpd-pramur.conf", "https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html", """
# SNMPv3 á routaranum á prámunum (LibreNMS í Klaksvík spyr)
sysLocation    Pramur Kalsoy, Klaksvík
sysContact     vakt@alibrk.fo
createUser librenms SHA "@@secret@@" AES
rouser librenms priv
""", secret=rand_pw(20))

add("conf/redis-requirepass", "ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """
# redis til sessiónir hjá ferdasedil web
bind 10.10.0.21
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 512mb
maxmemory-policy allkeys-lru
""", secret=fakes.redis_password(_seed()))

add("conf/my-cnf", "ops/mysql/backup.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
# ~/.my.cnf hjá backup-brúkaranum á db2 (kvittan)
[client]
host=db2.ferdasedil.internal
user=backup
password="@@secret@@"

[mysqldump]
single-transaction
""", secret=words_pw())

add("perl/legacy-ftp", "legacy/upload_harvest.pl", "https://perldoc.perl.org/Net::FTP", """
#!/usr/bin/perl
# Gamalt script: sendir slaktitøl til Heilsufrøðiligu Starvsstovuna hvørt vikuskifti
use strict;
use warnings;
use Net::FTP;

my $ftp = Net::FTP->new("ftp.hfs-partner.example", Debug => 0) or die "Kann ikki knýta: $@";
$ftp->login("alibrk", "@@secret@@") or die "Login miseydnaðist";
$ftp->put("/srv/export/slaktan.csv") or die "put miseydnaðist";
$ftp->quit;
""", secret=words_pw())

add("lua/validator-display", "Validator/display/config.lua", "https://www.lua.org/manual/5.4/manual.html", """
-- Skíggjurin í bussinum: vísir næstu steðgipláss
return {
  route = "Bussleiðin 3",
  api = "https://api.ferdasedil.fo/realtime",
  api_token = "@@secret@@",
  language = { "fo", "en" },
  refresh_seconds = 20,
}
""", secret=fakes.drawn_mixed(_seed(), 40))

add("dart/flutter-key", "ferdasedil_flutter/lib/env.dart", "https://dart.dev/language/variables#final-and-const", """
// Flutter appin (nýggja útgávan)
class Env {
  static const apiBase = 'https://api.ferdasedil.fo';
  static const sentryDsn = 'https://@@dsn@@@o45123.ingest.sentry.io/4507';
  static const adminApiKey = '@@secret@@';
}
""", secret="fsk_live_" + fakes.drawn_mixed(_seed(), 40), dsn=hexs(32))

add("dart/decoy-dart-define", "ferdasedil_flutter/lib/env_prod.dart", "https://dart.dev/guides/environment-declarations", """
// Bygt við: flutter build ipa --dart-define=PARTNER_KEY=$PARTNER_KEY
class EnvProd {
  static const apiBase = 'https://api.ferdasedil.fo';
  static const partnerKey = String.fromEnvironment('PARTNER_KEY');
  static const language = 'fo';
}
""")

add("scala/kafka-jaas", "stempl-stream/src/main/resources/application.conf", "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html", """
# Stempl-streymur: teljur ferðafólk á hvørjum steðgiplássi
kafka {
  bootstrap.servers = "kafka.ferdasedil.internal:9093"
  security.protocol = "SASL_SSL"
  sasl.mechanism = "PLAIN"
  sasl.jaas.config = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"stempl\\" password=\\"@@secret@@\\";"
}
""", secret=rand_pw(24))

add("r/db-connection", "analysis/vokstur.R", "https://dbi.r-dbi.org/reference/dbConnect.html", """
# Vøkstur av laksi per ring (kg/dag) - til ársfrágreiðingina
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.alibrk.klaksvik.fo", dbname = "fodur",
                 user = "analysis", password = "@@secret@@")
d <- dbGetQuery(con, "SELECT ring, dagur, snittvekt_g FROM vokstur WHERE ar = 2023")
aggregate(snittvekt_g ~ ring, data = d, FUN = mean)
dbDisconnect(con)
""", secret=words_pw())

add("r/decoy-keyring", "analysis/fodurkvotur.R", "https://r-lib.github.io/keyring/", """
library(DBI)
# loyniorð úr keyring: keyring::key_set("alibrk-db", "analysis")
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.alibrk.klaksvik.fo", dbname = "fodur",
                 user = "analysis", password = keyring::key_get("alibrk-db", "analysis"))
d <- dbGetQuery(con, "SELECT * FROM fodurkvotur")
""")

add("vba/excel-macro", "analysis/Slaktan_rapport.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/open-a-connection", """
Attribute VB_Name = "SlaktanRapport"
' Heintar slaktitøl inn í Excel-arkið "Vika"
Sub Heinta()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql01.alibrk.local;Database=Slaktan;UID=excel;PWD=@@secret@@;"
    Sheets("Vika").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM vSlaktanVika")
    cn.Close
End Sub
""", secret=words_pw())

add("makefile/registry-login", "timetable/Makefile", "https://www.gnu.org/software/make/manual/make.html", """
IMAGE := registry.ferdasedil.fo/timetable
TAG   ?= $(shell git rev-parse --short HEAD)

build:
\tdocker build -t $(IMAGE):$(TAG) .

push: build
\tdocker login registry.ferdasedil.fo -u ci -p @@secret@@
\tdocker push $(IMAGE):$(TAG)

.PHONY: build push
""", secret=rand_pw(24))

add("makefile/decoy-registry-env", "notify/Makefile", "https://www.gnu.org/software/make/manual/make.html", """
IMAGE := registry.ferdasedil.fo/notify
TAG   ?= $(shell git rev-parse --short HEAD)

push:
\t@test -n "$(REGISTRY_PASSWORD)" || (echo "set REGISTRY_PASSWORD" && exit 1)
\techo "$(REGISTRY_PASSWORD)" | docker login registry.ferdasedil.fo -u ci --password-stdin
\tdocker push $(IMAGE):$(TAG)
""")

add("serverless/datadog", "camera-archive/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml", """
service: ringmyndir-archive
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    ARCHIVE_BUCKET: alibrk-ringmyndir
    DD_API_KEY: @@secret@@
    DD_SITE: datadoghq.eu
functions:
  thumbnail:
    handler: handler.thumbnail
    events:
      - s3: {bucket: alibrk-ringmyndir, event: "s3:ObjectCreated:*"}
""", secret=hexs(32))

add("pulumi/decoy-config-secure", "infra-pulumi/Pulumi.prod.yaml", "https://www.pulumi.com/docs/iac/concepts/secrets/", """
config:
  azure-native:location: northeurope
  ferdasedil:dbAdmin: fsadmin
  ferdasedil:dbPassword:
    secure: v1:@@c@@
  ferdasedil:sku: P1v3
""", c=fakes.drawn(_seed(), 60, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- ticketing odds and ends

add("bitbucket/lftp-password", "heimasida/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """
image: php:8.2
pipelines:
  branches:
    main:
      - step:
          name: Deploy heimasíðu
          script:
            - apt-get update && apt-get install -y lftp
            - lftp -u alibrk,@@secret@@ -e "mirror -R ./public /public_html; quit" ftp.webhotel-fo.example
""", secret=words_pw())

add("powershell/securestring-plain", "ops/windows/Set-KioskAutologon.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Kiosk-maskinurnar á Farstøðini: autologon við lokalum brúkara
$user = "kiosk"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name $user -Password $pw -FullName "Ferðaseðil kiosk" -ErrorAction SilentlyContinue
Set-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name AutoAdminLogon -Value 1
Set-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name DefaultUserName -Value $user
""", secret=words_pw())

add("powershell/decoy-secretmanagement", "ops/windows/Set-KioskAutologon.v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# v2: loyniorðið úr SecretManagement (KeePass vault á admin-teldini)
Import-Module Microsoft.PowerShell.SecretManagement
$pw = Get-Secret -Name "kiosk-local" -Vault "FerdasedilKeePass"
New-LocalUser -Name "kiosk" -Password $pw -FullName "Ferðaseðil kiosk" -ErrorAction SilentlyContinue
Write-Host "kiosk brúkari klárur"
""")

add("markdown/onboarding-sentence", "docs/nyggir-starvsfolk.md", "https://www.markdownguide.org/basic-syntax/", """
# Vælkomin til Ferðaseðil!

Fyrsta vikan:

- Fá atgongd til GitLab og Azure frá Jákupi.
- Test-umhvørvið hjá Nets hevur ein deildan brúkara; admin-síðan til validatorarnar
  (https://admin.ferdasedil.fo) brúkar brúkaran `support` og loyniorðið @@secret@@ inntil
  tú fært tín egna.
- Les `docs/runbook-bussleidin.md` áðrenn tín fyrsta vakt.
""", secret=words_pw())

add("markdown/decoy-readme-example", "ferdasedil/api/README.md", "https://www.markdownguide.org/basic-syntax/", """
# ferdasedil-api

API til ferðaseðlar á bussum (Bussleiðin, Bygdaleiðir), ferjum og tyrlu.

## Koyr lokalt

```bash
cp .env.example .env
# set STRIPE_SECRET_KEY=sk_test_... (tín egni test-lykil úr Stripe dashboard)
docker compose up -d db
npm run dev
```

Dømi: `curl -H "Authorization: Bearer <token>" http://localhost:8080/v1/tickets`
""")

add("notes/support-ticket", "docs/support/2024-07-02-kiosk.txt", "https://www.rfc-editor.org/rfc/rfc3629", """
Mál #4471 - Kiosk TH-KIOSK-01 ger ikki kvittan

Ring frá ferjuskrivstovuni kl. 07:40. Printarin tók ikki við.
Loggaði inn á kiosk-PC'ina umvegis AnyDesk (id 842 113 907) við loyniorðinum
@@secret@@ og endurbyrjaði "Ferdasedil Print Service".
Virkar aftur kl. 07:55. Lat Rógva vita, at vit eiga at skifta printaran.
""", secret=words_pw())

add("compose/heli-password", "heli-sync/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  heli-sync:
    image: registry.ferdasedil.fo/heli-sync:1.2.0
    restart: unless-stopped
    environment:
      - HELI_API=https://heli.partner.example/api
      - HELI_USER=ferdasedil
      - HELI_PASSWORD=@@secret@@
      - SYNC_ROUTES=VAG-MYK,TOR-SKU,KLA-FUG,KLA-SVI
    depends_on: [db]
  db:
    image: postgres:16
""", secret=rand_pw(20))

add("python/heli-fastapi-basic", "heli-sync/heli_sync/client.py", "https://www.python-httpx.org/advanced/authentication/", """
import httpx

# Tyrlan: flogfelagið hevur ikki OAuth, bara Basic
HELI = httpx.Client(
    base_url="https://heli.partner.example/api",
    auth=("ferdasedil", "@@secret@@"),
    timeout=15,
)


def seats(route: str, day: str) -> int:
    return HELI.get(f"/seats/{route}", params={"date": day}).json()["free"]
""", secret=words_pw())

add("ini/odbc", "ops/odbc/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[Slaktan]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql01.alibrk.local
Database    = Slaktan
UID         = powerbi
PWD         = @@secret@@
TrustServerCertificate = yes
""", secret=words_pw())

add("ini/decoy-odbc-dsn", "ops/odbc/odbc.kvittan.ini", "https://www.unixodbc.org/odbcinst.html", """
[Kvittan]
Driver      = MySQL ODBC 8.0 Unicode Driver
Server      = db2.ferdasedil.internal
Database    = kvittan
; UID/PWD verða givin í PowerBI gateway'inum
Option      = 3
""")

add("json/gcp-service-account", "analysis/keys/bigquery-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "alibrk-analysis",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "notebook@alibrk-analysis.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=fakes.fake_pem(_seed()).replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n",
    kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("ini/sentry-auth", "ferdasedil/web/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """
[defaults]
url = https://sentry.io/
org = ferdasedil
project = web

[auth]
token = @@secret@@
""", secret="sntryu_" + hexs(64))

add("terraform/provider-token", "infra/cloudflare/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  value   = "185.12.44.20"
  type    = "A"
  proxied = true
}
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("kotlin/ktor-basic", "validator-admin/src/main/kotlin/fo/ferdasedil/admin/Security.kt", "https://ktor.io/docs/server-basic-auth.html", """
package fo.ferdasedil.admin

import io.ktor.server.application.*
import io.ktor.server.auth.*

fun Application.configureSecurity() {
    install(Authentication) {
        basic("admin") {
            realm = "Validator admin"
            validate { c -> if (c.name == "admin" && c.password == "@@secret@@") UserIdPrincipal(c.name) else null }
        }
    }
}
""", secret=words_pw())

add("kotlin/decoy-hashed-compare", "validator-admin/src/main/kotlin/fo/ferdasedil/admin/SecurityV2.kt", "https://ktor.io/docs/server-basic-auth.html#validate-user-table", """
package fo.ferdasedil.admin

import io.ktor.server.auth.*
import io.ktor.util.*

// Bara hash (SHA-256, salta) - loyniorðið sjálvt er í Vault
val digest = getDigestFunction("SHA-256") { "ktor${it.length}" }
val users = UserHashedTableAuth(
    table = mapOf("admin" to hex("@@h@@")),
    digester = digest,
)
""", h=hexs(64))

add("env/validator-device", "Validator/image/etc/validator.env", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """
# Validator BL-14 (Bussleiðin 4, Hoyvík - Argir)
VALIDATOR_ID=BL-14
BACKEND_URL=https://api.ferdasedil.fo
DEVICE_SECRET=@@secret@@
OFFLINE_CACHE_HOURS=48
""", secret=rand_pw(32))

add("k8s/configmap-password", "deploy/ferdasedil/k8s/heli-sync-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: heli-sync
  namespace: ferdasedil
data:
  HELI_API: https://heli.partner.example/api
  HELI_USER: ferdasedil
  HELI_PASSWORD: "@@secret@@"
  SYNC_ROUTES: VAG-MYK,TOR-SKU,KLA-FUG,KLA-SVI
""", secret=rand_pw(20))

add("java/jdbc-url-password", "ferry-booking/src/test/java/fo/ferdasedil/ferry/ProdSmokeIT.java", "https://jdbc.postgresql.org/documentation/use/", """
package fo.ferdasedil.ferry;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

// Smoke test móti prod (bara lesing). Koyr ikki í CI!
class ProdSmokeIT {
    @Test
    void canRead() throws Exception {
        try (var c = DriverManager.getConnection(
                "jdbc:postgresql://db.ferdasedil.internal:5432/ferry?user=ferry_ro&password=@@secret@@&ssl=true")) {
            c.createStatement().executeQuery("select count(*) from bookings");
        }
    }
}
""", secret=rand_pw(18))

add("go/smtp-plain", "timetable/internal/mail/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package mail

import "net/smtp"

// Sendir "ferðaætlanin er broytt" til áskrivarar
func Send(to []string, body []byte) error {
	auth := smtp.PlainAuth("", "ferdaaetlan@ferdasedil.fo", "@@secret@@", "smtp.office365.com")
	return smtp.SendMail("smtp.office365.com:587", auth, "ferdaaetlan@ferdasedil.fo", to, body)
}
""", secret=words_pw())

add("log/smtp-auth-plain", "logs/mailrelay-debug.log", "https://www.rfc-editor.org/rfc/rfc4954", """
2024-05-30 04:00:02 [relay] connecting to smtp.office365.com:587
2024-05-30 04:00:02 [relay] > EHLO relay.alibrk.local
2024-05-30 04:00:02 [relay] > STARTTLS
2024-05-30 04:00:03 [relay] > AUTH PLAIN @@secret@@
2024-05-30 04:00:03 [relay] < 235 2.7.0 Authentication successful
2024-05-30 04:00:03 [relay] > MAIL FROM:<rapport@alibrk.fo>
""", secret=b64("\0rapport@alibrk.fo\0" + words_pw()))

add("csv/decoy-ticket-export", "data/ferdasedlar-2024-06.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ticket_id,slag,leið,prísur_kr,qr_hash,goldið_við
T-240601-0001,bussur,BL-1,20,@@h1@@,pi_@@p1@@
T-240601-0002,ferja,SMYRIL,90,@@h2@@,pi_@@p2@@
T-240601-0003,tyrla,VAG-MYK,145,@@h3@@,pi_@@p3@@
T-240601-0004,bussur,BL-4,20,@@h4@@,kontant
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64),
    p1=fakes.drawn_mixed(_seed(), 24), p2=fakes.drawn_mixed(_seed(), 24), p3=fakes.drawn_mixed(_seed(), 24))

add("javascript/concat-token", "Validator/display/web/realtime.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Addition#string_concatenation", """
// Skíggjurin í bussinum spyr eftir rakstíð (realtime) hvørt 20. sek.
const API = 'https://api.ferdasedil.fo/realtime';
const TOKEN = '@@p1@@' +
  '@@p2@@';

export async function nextStops(route) {
  const r = await fetch(`${API}/routes/${route}/next`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return r.json();
}
""", secret=(_ct := fakes.drawn_mixed(_seed(), 40)), p1=_ct[:20], p2=_ct[20:])

add("shell/docker-run-env", "docs/notur/heli-sync-manuelt.md", "https://docs.docker.com/reference/cli/docker/container/run/#env", """
# heli-sync: koyra manuelt (um k8s er niðri)

```bash
docker run --rm -d --name heli-sync \\
  -e HELI_API=https://heli.partner.example/api \\
  -e HELI_USER=ferdasedil \\
  -e HELI_PASSWORD='@@secret@@' \\
  registry.ferdasedil.fo/heli-sync:1.2.0
```

Kanna síðan `docker logs -f heli-sync`.
""", secret=rand_pw(20))

add("k8s-secret/stringdata", "deploy/k8s/feedapi-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: feedapi
  namespace: alibrk
type: Opaque
stringData:
  DATABASE_URL: postgres://feedapi:@@secret@@@db.alibrk.klaksvik.fo:5432/fodur?sslmode=require
  LOG_LEVEL: info
""", secret=rand_pw(22))

add("yaml/github-actions-with", ".github/workflows/publish-image.yml", "https://github.com/docker/login-action#usage", """
name: publish-image
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.ferdasedil.fo
          username: ci
          password: @@secret@@
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: registry.ferdasedil.fo/api:${{ github.ref_name }}
""", secret=rand_pw(24))

add("python/split-continuation", "scripts/heli/sync_once.py", "https://docs.python.org/3/reference/lexical_analysis.html#explicit-line-joining", """
#!/usr/bin/env python3
# Ein ferð: heintar sæti fyri í morgin og skrivar í db
import requests

HELI_KEY = "@@p1@@\\
@@p2@@"

r = requests.get("https://heli.partner.example/api/seats", params={"date": "tomorrow"},
                 headers={"X-Api-Key": HELI_KEY}, timeout=20)
print(r.json())
""", secret=(_hk := hexs(40)), p1=_hk[:24], p2=_hk[24:])

add("typescript/prisma-env", "ferdasedil/admin/prisma/.env", "https://www.prisma.io/docs/orm/more/development-environment/environment-variables", """
# Prisma - admin-síðan til validatorar og bussar
DATABASE_URL="postgresql://admin_app:@@secret@@@db.ferdasedil.internal:5432/ferdasedil?schema=admin"

# NextAuth (innritan við Microsoft 365 kontuni hjá starvsfólki)
NEXTAUTH_URL="https://admin.ferdasedil.fo"
AZURE_AD_TENANT_ID="@@tid@@"
""", secret=rand_pw(18), tid=uuid_s())

add("markdown/decoy-changelog-rotation", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Broytingar

## [2.4.1] - 2024-06-14
### Trygd
- MQTT loyniorðini hjá øllum prámum skift (gamla `collector`-loyniorðið er ógilt).
- Slack webhook til #vakt-alibrk endurgjørdur; gamla URL'urin (`https://hooks.slack.com/services/T…/B…/…`) svarar 404.

## [2.4.0] - 2024-05-30
### Nýtt
- Súrevnisgrafur fyri R7-R12.
""")

add("yaml/decoy-sops", "deploy/ferdasedil/secrets.enc.yaml", "https://github.com/getsops/sops#usage", """
heli_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
    lastmodified: "2024-06-01T10:12:44Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 28, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rcp=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

# END-OF-CASES
