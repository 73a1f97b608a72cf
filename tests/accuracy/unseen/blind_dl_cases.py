"""Blind set DL: agricultural co-operatives and farm technology.

The grain desk and scale house of a farmers' co-operative (scale ticket bridges from truck-scale
indicators, grain accounting on Agvance, AgTrax and Agris over SQL Server and ODBC, settlement
workbooks in VBA), its agronomy team (John Deere Operations Center, Climate FieldView, CNH and
Trimble APIs, Agworld), field-sensor and irrigation engineers (LoRaWAN end devices, ChirpStack and
The Things Stack, Basic Station and packet-forwarder gateways, Mosquitto, Node-RED, ESPHome and
Arduino firmware, Rachio and Hydrawise controllers, Ambient and Davis weather stations), the
feed-mill controls group (OPC UA, Ignition, Kepware, PLC tag exports, InfluxDB and Grafana), the
market desk (DTN, Barchart, Nasdaq Data Link, USDA feeds) and the member-portal and drone-imagery
developers (Django, WordPress, Rails, ASP.NET, Node and TypeScript, Go, Kotlin and Swift apps,
OpenDroneMap, DJI Cloud API, Planet, Sentinel Hub, Mapbox). Files: dotenv, YAML and TOML configs,
Kubernetes Secrets and Helm values, Compose files, Python, notebooks, JavaScript, TypeScript, Go,
Java properties, C#, PHP, Ruby, Rust, Kotlin, Swift, C headers, shell, PowerShell, batch files,
CI pipelines (GitHub Actions, GitLab, Jenkins, Azure Pipelines), Terraform, Ansible, SQL, Markdown
and reStructuredText runbooks, CSV exports, PEM and SSH key files, netrc, pgpass, npmrc, NuGet and
Maven settings, systemd, nginx, supervisor and cron files, Postman and REST-client files, logs and
lockfiles. Generated fakes only (seeds 1090000-1099999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
_START, _END = 1090000, 1100000
_SEED = [_START]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < _END
    return random.Random(_SEED[0])


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def raw(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64_bytes(n: int) -> str:
    return base64.b64encode(raw(n)).decode()


def b64url_nopad(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


WORDS = ["Harvest", "Combine", "Prairie", "Tractor", "Silo", "Auger", "Bushel", "Granary", "Heifer",
         "Sorghum", "Canola", "Alfalfa", "Barley", "Tillage", "Furrow", "Wheatland", "Hopper",
         "Elevator", "Cattle", "Soybean", "Pivot", "Thresher", "Swather", "Sprayer"]
NAMES = ["Dale", "Marlene", "Gus", "Loretta", "Wendell", "Arlo", "Darlene", "Merle", "Verna", "Clem",
         "Earl", "Shirley", "Lyle", "Bonnie", "Roger", "Deb"]
TOWNS = ["Ames", "Salina", "Fargo", "Mitchell", "Kearney", "Hastings", "Brandon", "Yorkton", "Minot",
         "Dodge", "Pierre", "Wahoo"]


def human_pw(symbols: str = "!#$%*&@") -> str:
    """A password a person chose: farm words, a name, a year, a symbol."""
    r = _rng()
    style = r.randrange(5)
    s = r.choice(symbols)
    if style == 0:
        return r.choice(WORDS) + r.choice(WORDS) + s + str(r.randint(2012, 2025))
    if style == 1:
        return r.choice(NAMES) + str(r.randint(1958, 2004)) + s + r.choice(WORDS).lower()
    if style == 2:
        return r.choice(WORDS).lower() + s + r.choice(TOWNS) + str(r.randint(10, 99))
    if style == 3:
        return r.choice(TOWNS) + r.choice(WORDS) + str(r.randint(100, 999)) + s
    return r.choice(NAMES) + s + r.choice(WORDS) + str(r.randint(10, 99))


URL_SYMBOLS = "-_.~!"
SAFE_SYMBOLS = "!*-_.+"


def gen_pw(n: int = 24, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def aws_key_id() -> str:
    return "AKIA" + draw(16, UPPER_ALNUM.replace("0", "").replace("1", "").replace("8", "").replace("9", ""))


def aws_secret() -> str:
    return draw(40, ALNUM + "/+")


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(52, B32)


def jwt(payload: dict, alg: str = "HS256", sig_bytes: int = 32) -> str:
    head = b64url_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url_nopad(raw(sig_bytes))}"


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def sendgrid_key() -> str:
    return "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")


def stripe_key(prefix: str = "sk_live_") -> str:
    return prefix + "51" + draw(97)


def github_pat() -> str:
    return "ghp_" + draw(36)


def gitlab_pat() -> str:
    return "glpat-" + draw(20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + draw(36)


def docker_pat() -> str:
    return "dckr_pat_" + draw(27, ALNUM + "-_")


def google_key() -> str:
    return "AIza" + draw(35, ALNUM + "-_")


def mapbox_token(prefix: str, user: str) -> str:
    body = b64url_nopad(json.dumps({"u": user, "a": "cl" + draw(23, LOWER_ALNUM)}, separators=(",", ":")).encode())
    return f"{prefix}.{body}." + draw(22, ALNUM + "-_")


def influx_token() -> str:
    return base64.urlsafe_b64encode(raw(64)).decode()


def grafana_sa_token() -> str:
    return "glsa_" + draw(32) + "_" + hexs(8)


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_sp_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def okta_client_id() -> str:
    return "0oa" + draw(17)


def okta_secret() -> str:
    return draw(40, ALNUM + "-_")


def telegram_token() -> str:
    r = _rng()
    return f"{r.randint(1_000_000_000, 7_999_999_999)}:AA" + draw(33, ALNUM + "_-")


def django_key() -> str:
    return draw(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")


def _pem_lines(data: bytes) -> str:
    text = base64.b64encode(data).decode()
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def rsa_pem() -> str:
    body = bytes.fromhex("308204a40201000282010100") + raw(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _pem_lines(body) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_pem() -> str:
    body = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + raw(1180)
    return "-----BEGIN PRIVATE KEY-----\n" + _pem_lines(body) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    body = (bytes.fromhex("30770201010420") + raw(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
            + raw(64))
    return "-----BEGIN EC PRIVATE KEY-----\n" + _pem_lines(body) + "\n-----END EC PRIVATE KEY-----"


def _sshstr(b: bytes) -> bytes:
    return len(b).to_bytes(4, "big") + b


def openssh_pem(comment: str) -> str:
    pub = raw(32)
    pub_blob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = raw(4)
    priv = (check + check + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(raw(32) + pub)
            + _sshstr(comment.encode()))
    priv += bytes(range(1, 1 + (8 - len(priv) % 8) % 8))
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + (1).to_bytes(4, "big") + _sshstr(pub_blob) + _sshstr(priv))
    text = base64.b64encode(blob).decode()
    lines = "\n".join(text[i:i + 70] for i in range(0, len(text), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + lines + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_ed25519_pub(comment: str) -> str:
    blob = _sshstr(b"ssh-ed25519") + _sshstr(raw(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def cert_pem() -> str:
    body = bytes.fromhex("308203") + raw(760)
    return "-----BEGIN CERTIFICATE-----\n" + _pem_lines(body) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    body = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + raw(256) + bytes.fromhex("0203010001")
    return "-----BEGIN PUBLIC KEY-----\n" + _pem_lines(body) + "\n-----END PUBLIC KEY-----"


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("@@" + key + "@@", value)
    assert "@@" not in template, template
    return template


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    assert category.startswith("blind-dl/")
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- dotenv
pw = human_pw(URL_SYMBOLS)
add("blind-dl/dotenv/postgres", ".env.production", fill("""\
# Member portal (Django) - production
DJANGO_SETTINGS_MODULE=portal.settings.production
ALLOWED_HOSTS=members.prairielandcoop.com
DATABASE_URL=postgres://portal_app:@@pw@@@pg-portal-prod.internal:5432/member_portal
DB_CONN_MAX_AGE=60
CELERY_BROKER_URL=redis://redis-portal.internal:6379/2
PATRONAGE_STATEMENTS_BUCKET=plc-patronage-statements
TIME_ZONE=America/Chicago
""", pw=pw), pw, "12-factor config; libpq connection URI (PostgreSQL docs 34.1.1)")

k = sendgrid_key()
add("blind-dl/dotenv/sendgrid", "portal/.env", fill("""\
EMAIL_BACKEND=anymail.backends.sendgrid.EmailBackend
DEFAULT_FROM_EMAIL=grain-desk@prairielandcoop.com
SENDGRID_API_KEY=@@k@@
SETTLEMENT_EMAIL_BCC=accounting@prairielandcoop.com
# contract confirmations go out at 6pm after the close
CONTRACT_CONFIRM_HOUR=18
""", k=k), k, "django-anymail SendGrid backend; SendGrid API key format SG.<id>.<secret>")

k = hexs(32)
add("blind-dl/dotenv/openweathermap", "services/weather-ingest/.env", fill("""\
# weather-ingest: pulls hourly forecasts for every elevator location
OWM_BASE_URL=https://api.openweathermap.org/data/3.0/onecall
OWM_APPID=@@k@@
OWM_UNITS=imperial
LOCATIONS_FILE=/etc/weather-ingest/locations.csv
POLL_MINUTES=60
""", k=k), k, "OpenWeather One Call API 3.0: appid parameter")

add("blind-dl/dotenv/decoy-placeholder", ".env.example", """\
# Copy to .env and fill in. Never commit the real file.
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://portal_app:<password>@localhost:5432/member_portal
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DEERE_CLIENT_ID=
DEERE_CLIENT_SECRET=
STRIPE_SECRET_KEY=sk_test_your_key_here
""", None, "dotenv example file convention")

cid, sec = okta_client_id(), okta_secret()
add("blind-dl/dotenv/deere-oauth", "apps/agronomy/.env.local", fill("""\
# John Deere Operations Center - agronomy sync app (sandbox -> prod switched 2024-03)
DEERE_API_BASE=https://partnerapi.deere.com/platform
DEERE_AUTH_SERVER=https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7
DEERE_CLIENT_ID=@@cid@@
DEERE_CLIENT_SECRET=@@sec@@
DEERE_REDIRECT_URI=https://agronomy.prairielandcoop.com/deere/callback
DEERE_SCOPES="ag1 ag2 ag3 eq1 org1 offline_access"
""", cid=cid, sec=sec), sec, "John Deere Developer: OAuth 2.0 client credentials (Okta authorization server)")

add("blind-dl/dotenv/decoy-placeholder", "services/price-feed/.env.sample", """\
# Price feed service. Values come from 1Password vault "Grain Desk".
BARCHART_API_KEY=<your-barchart-ondemand-key>
DTN_CLIENT_ID=<dtn-client-id>
DTN_CLIENT_SECRET=<dtn-client-secret>
CME_SYMBOLS=ZC,ZS,ZW,KE
BASIS_TABLE=grain.daily_basis
""", None, "dotenv sample file convention")

pw = human_pw("!*-_.")
add("blind-dl/dotenv/grafana-admin", ".env.staging", fill("""\
# feed-mill historian stack (staging)
GF_SERVER_ROOT_URL=https://grafana-stg.mill.prairielandcoop.com
GF_SECURITY_ADMIN_USER=millops
GF_SECURITY_ADMIN_PASSWORD=@@pw@@
GF_USERS_ALLOW_SIGN_UP=false
INFLUXDB_URL=http://influxdb:8086
INFLUXDB_ORG=feedmill
""", pw=pw), pw, "Grafana configuration: GF_SECURITY_ADMIN_PASSWORD environment override")

# ---------------------------------------------------------------- yaml
pw = human_pw("!*%&")
add("blind-dl/yaml/mssql", "config/elevator.yaml", fill("""\
# scale-bridge: reads tickets from the Cardinal 225 indicators and posts them to Agvance
site: "Kearney Elevator #3"
indicators:
  - name: inbound-scale
    host: 10.40.3.21
    port: 10001
  - name: outbound-scale
    host: 10.40.3.22
    port: 10001
agvance:
  server: AGV-SQL01\\AGVANCE
  database: AgvGrain
  user: scalebridge
  password: "@@pw@@"
ticket_prefix: KE3
""", pw=pw), pw, "SSI Agvance SQL Server connection settings; Cardinal 225 TCP output")

k = ttn_key()
add("blind-dl/yaml/ttn-api-key", "config/settings.prod.yml", fill("""\
lorawan:
  network: the-things-stack
  cluster: nam1.cloud.thethings.network
  application_id: plc-soil-moisture
  api_key: @@k@@
  webhook_path: /uplinks/ttn
storage:
  timescale_dsn_env: SENSOR_DB_DSN
  retention_days: 730
""", k=k), k, "The Things Stack API keys (NNSXS.<id>.<secret>)")

add("blind-dl/yaml/decoy-env-reference", "config/settings.yml", """\
# scale-bridge defaults; secrets come from the environment on the scale-house PC
agvance:
  server: ${AGVANCE_SQL_HOST}
  database: AgvGrain
  user: ${AGVANCE_SQL_USER}
  password: ${SCALE_DB_PASSWORD}
printer:
  zpl_host: 10.40.3.30
  copies: 2
""", None, "environment-variable interpolation in YAML config")

kid, ks = aws_key_id(), aws_secret()
add("blind-dl/yaml/aws", "pipelines/odm/config.yml", fill("""\
# NodeODM batch: stitch drone flights into orthomosaics and push to S3
odm:
  node_url: http://nodeodm-01:3000
  options:
    dsm: true
    orthophoto-resolution: 2.5
    feature-quality: high
upload:
  bucket: plc-drone-orthos
  region: us-east-2
  aws_access_key_id: @@kid@@
  aws_secret_access_key: @@ks@@
""", kid=kid, ks=ks), ks, "AWS access keys (IAM user access key pair); NodeODM task options")

# ---------------------------------------------------------------- k8s secrets
pw = gen_pw(22)
add("blind-dl/k8s-secret/postgres-base64", "deploy/k8s/grain-db-secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: grain-db
  namespace: grain-accounting
  labels:
    app.kubernetes.io/part-of: grain-desk
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", u=b64("grain_svc"), p=b64(pw), d=b64("grain")), pw, "Kubernetes Secret data (base64 values)")

pw = gen_pw(28)
add("blind-dl/k8s-secret/redis", "k8s/chirpstack/secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: chirpstack-redis
  namespace: lorawan
type: Opaque
stringData:
  REDIS_HOST: redis-master.lorawan.svc.cluster.local
  REDIS_PASSWORD: "@@pw@@"
""", pw=pw), pw, "Kubernetes Secret stringData; ChirpStack Redis settings")

add("blind-dl/k8s-secret/decoy-sealed-secret", "k8s/sealed/deere-sync-sealedsecret.yaml", fill("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: deere-sync
  namespace: agronomy
spec:
  encryptedData:
    DEERE_CLIENT_SECRET: @@a@@
    DEERE_REFRESH_TOKEN: @@b@@
  template:
    metadata:
      name: deere-sync
""", a="AgB" + draw(380, ALNUM + "+/") + "==", b="AgC" + draw(420, ALNUM + "+/") + "="), None,
    "Bitnami Sealed Secrets: encryptedData is public-key encrypted")

pw = human_pw("!*-_")
add("blind-dl/k8s-secret/mqtt", "deploy/k8s/mqtt-bridge-secret.yaml", fill("""\
---
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-bridge-credentials
  namespace: field-sensors
  annotations:
    owner: irrigation-team
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@p@@
""", u=b64("pivot-bridge"), p=b64(pw)), pw, "Kubernetes basic-auth Secret type")

add("blind-dl/k8s-secret/decoy-placeholder", "deploy/k8s/templates/scale-secret.example.yaml", fill("""\
# Example only: create the real one with
#   kubectl create secret generic scale-bridge --from-literal=password=...
apiVersion: v1
kind: Secret
metadata:
  name: scale-bridge
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", u=b64("scalebridge"), p=b64("changeme")), None, "Kubernetes Secret example with placeholder value")

# ---------------------------------------------------------------- helm
k = stripe_key()
add("blind-dl/helm-values/stripe", "charts/member-portal/values-prod.yaml", fill("""\
replicaCount: 3
image:
  repository: registry.prairielandcoop.com/portal/web
  tag: "2024.10.2"
ingress:
  enabled: true
  hosts:
    - host: members.prairielandcoop.com
      paths: ["/"]
env:
  PAYMENTS_PROVIDER: stripe
  STRIPE_SECRET_KEY: "@@k@@"
  PREPAY_FERTILIZER_ENABLED: "true"
resources:
  limits:
    memory: 768Mi
""", k=k), k, "Stripe API keys: secret keys sk_live_; Helm values.yaml")

add("blind-dl/helm-template/decoy-secret-ref", "charts/field-sensors/templates/deployment.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "field-sensors.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: uplink-consumer
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: TTN_API_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.ttn.existingSecret }}
                  key: api-key
            - name: SENSOR_DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: sensor-db
                  key: password
""", None, "Helm chart template; Kubernetes secretKeyRef")

pw = gen_pw(20)
add("blind-dl/helm-values/postgres", "charts/chirpstack/values-coop.yaml", fill("""\
chirpstack:
  region: us915_1
  postgresql:
    host: pg-lorawan.prairielandcoop.internal
    database: chirpstack
    username: chirpstack
    password: @@pw@@
  redis:
    servers: ["redis://redis-master.lorawan:6379"]
gatewayBridge:
  enabled: true
  backend: basic_station
""", pw=pw), pw, "ChirpStack Helm values; PostgreSQL connection settings")

# ---------------------------------------------------------------- compose
pw = human_pw("!*-_.")
add("blind-dl/docker-compose/postgres", "docker-compose.yml", fill("""\
version: "3.8"
services:
  db:
    image: opendronemap/webodm_db
    environment:
      POSTGRES_USER: webodm
      POSTGRES_PASSWORD: "@@pw@@"
    volumes:
      - dbdata:/var/lib/postgresql/data
  webapp:
    image: opendronemap/webodm_webapp
    depends_on: [db, broker]
    ports: ["8000:8000"]
  broker:
    image: redis:7
volumes:
  dbdata:
""", pw=pw), pw, "Docker Compose file reference; WebODM compose services")

k = influx_token()
add("blind-dl/docker-compose/influxdb", "deploy/edge/docker-compose.yaml", fill("""\
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
    volumes: ["./mosquitto:/mosquitto/config"]
  influxdb:
    image: influxdb:2.7
    environment:
      - DOCKER_INFLUXDB_INIT_MODE=setup
      - DOCKER_INFLUXDB_INIT_USERNAME=millops
      - DOCKER_INFLUXDB_INIT_ORG=feedmill
      - DOCKER_INFLUXDB_INIT_BUCKET=pellet-line
      - DOCKER_INFLUXDB_INIT_ADMIN_TOKEN=@@k@@
  nodered:
    image: nodered/node-red:3.1
    ports: ["1880:1880"]
""", k=k), k, "InfluxDB 2 Docker image: DOCKER_INFLUXDB_INIT_ADMIN_TOKEN")

add("blind-dl/docker-compose/decoy-env-reference", "docker-compose.override.yml", """\
services:
  db:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  webapp:
    env_file:
      - .env
    environment:
      WO_SECRET_KEY: ${WO_SECRET_KEY}
      WO_DEBUG: "NO"
""", None, "Docker Compose variable interpolation ${VAR:?err}")

# ---------------------------------------------------------------- python
pw = human_pw("!*#%")
add("blind-dl/python/mssql", "scale_sync/agris_export.py", fill('''\
"""Nightly export of settled scale tickets from Agris to the data warehouse."""
import csv
import datetime as dt

import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=agris-db01.coop.local,1433;"
    "DATABASE=AGRIS_GRAIN;"
    "UID=svc_ticket_export;"
    "PWD=@@pw@@;"
    "TrustServerCertificate=yes"
)


def export(day: dt.date, out_path: str) -> int:
    with pyodbc.connect(CONN_STR) as conn:
        rows = conn.execute(
            "SELECT TicketNo, Commodity, NetBu, Moisture, Dockage FROM ScaleTickets WHERE SettleDate = ?",
            day,
        ).fetchall()
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ticket", "commodity", "net_bu", "moisture", "dockage"])
        writer.writerows(rows)
    return len(rows)
''', pw=pw), pw, "Microsoft ODBC Driver for SQL Server connection string keywords (UID, PWD)")

cid, sec = okta_client_id(), okta_secret()
add("blind-dl/python/deere-oauth", "deere/client.py", fill('''\
import requests
from requests_oauthlib import OAuth2Session

TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token"
API = "https://partnerapi.deere.com/platform"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"


def session(refresh_token: str) -> OAuth2Session:
    s = OAuth2Session(CLIENT_ID, token={"refresh_token": refresh_token, "token_type": "Bearer"})
    s.refresh_token(TOKEN_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    s.headers["Accept"] = "application/vnd.deere.axiom.v3+json"
    return s


def fields(s: OAuth2Session, org_id: str):
    return s.get(f"{API}/organizations/{org_id}/fields").json()["values"]
''', cid=cid, sec=sec), sec, "John Deere Operations Center API: OAuth 2 token refresh with client secret")

sec = draw(64, ALNUM)
add("blind-dl/python/dtn", "weather/dtn_client.py", fill('''\
"""DTN Weather API client used by the agronomy spray-window report."""
import time

import httpx

DTN_TOKEN_URL = "https://api.auth.dtn.com/v1/tokens/authorize"
DTN_CLIENT_ID = "plc-agronomy-prod"
DTN_CLIENT_SECRET = "@@sec@@"

_token = {"value": None, "exp": 0.0}


def token() -> str:
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    resp = httpx.post(DTN_TOKEN_URL, json={
        "grant_type": "client_credentials",
        "client_id": DTN_CLIENT_ID,
        "client_secret": DTN_CLIENT_SECRET,
        "audience": "https://weather.api.dtn.com/observations",
    })
    resp.raise_for_status()
    body = resp.json()
    _token.update(value=body["data"]["access_token"], exp=time.time() + body["data"]["expires_in"])
    return _token["value"]
''', sec=sec), sec, "DTN APIs: client-credentials token request")

k = hexs(32)
add("blind-dl/python/barchart", "prices/cme_quotes.py", fill('''\
import requests

ONDEMAND = "https://ondemand.websol.barchart.com/getQuote.json"
SYMBOLS = ["ZCZ24", "ZSX24", "ZWZ24", "KEZ24"]


def quotes():
    r = requests.get(ONDEMAND, params={
        "apikey": "@@k@@",
        "symbols": ",".join(SYMBOLS),
        "fields": "lastPrice,netChange,tradeTimestamp",
    }, timeout=10)
    r.raise_for_status()
    return {q["symbol"]: q["lastPrice"] for q in r.json()["results"]}


if __name__ == "__main__":
    for sym, px in quotes().items():
        print(f"{sym:8} {px:>8}")
''', k=k), k, "Barchart OnDemand getQuote API: apikey parameter")

kid, ks = aws_key_id(), aws_secret()
add("blind-dl/python/aws", "drone/upload_to_s3.py", fill('''\
#!/usr/bin/env python3
"""Push a finished flight (JPEGs + geotags) from the field laptop to S3."""
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@ks@@",
)


def upload(flight_dir: str) -> None:
    root = pathlib.Path(flight_dir)
    for img in sorted(root.glob("DJI_*.JPG")):
        s3.upload_file(str(img), "plc-drone-raw", f"{root.name}/{img.name}")
        print("uploaded", img.name)


if __name__ == "__main__":
    upload(sys.argv[1])
''', kid=kid, ks=ks), ks, "boto3 client credentials parameters")

sid, tok = "AC" + hexs(32), hexs(32)
add("blind-dl/python/twilio", "alerts/sms.py", fill('''\
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"
FROM = "+16205550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def bin_temp_alert(site: str, bin_no: int, temp_f: float, to: str) -> None:
    client.messages.create(
        body=f"{site} bin {bin_no}: cable temp {temp_f:.0f}F - check aeration fans",
        from_=FROM,
        to=to,
    )
''', sid=sid, tok=tok), tok, "Twilio REST API: Account SID and Auth Token")

add("blind-dl/python/decoy-test-fixture", "tests/test_scale_ticket.py", '''\
import pytest

from scale_sync.tickets import Ticket, shrink

# Fixture credentials for the throwaway SQL Server container started by docker-compose.test.yml
TEST_DB_USER = "sa"
TEST_DB_PASSWORD = "test-only-not-secret"


@pytest.fixture
def ticket():
    return Ticket(number="KE3-104577", commodity="YC", gross_lb=78420, tare_lb=31860, moisture=17.2)


def test_shrink_uses_coop_table(ticket):
    assert shrink(ticket) == pytest.approx(0.0364, rel=1e-3)


def test_net_bushels(ticket):
    assert round(ticket.net_bu, 2) == 797.84
''', None, "pytest fixtures with marked test-only credentials")

add("blind-dl/python/decoy-env-reference", "deere/settings.py", '''\
import os

from dotenv import load_dotenv

load_dotenv()

DEERE_CLIENT_ID = os.environ["DEERE_CLIENT_ID"]
DEERE_CLIENT_SECRET = os.environ["DEERE_CLIENT_SECRET"]
DEERE_REDIRECT_URI = os.getenv("DEERE_REDIRECT_URI", "http://localhost:9090/callback")
DEERE_ORG_IDS = [o for o in os.getenv("DEERE_ORG_IDS", "").split(",") if o]
TOKEN_STORE = os.getenv("DEERE_TOKEN_STORE", "secretsmanager://agronomy/deere-tokens")
''', None, "os.environ configuration; python-dotenv")

tok = uuid4()
add("blind-dl/python/rachio", "irrigation/rachio_schedule.py", fill('''\
"""Skip Rachio zones when the field probes say the root zone is wet."""
import requests

RACHIO_API = "https://api.rach.io/1/public"
HEADERS = {"Authorization": "Bearer @@tok@@"}
WET_THRESHOLD = 32.0  # volumetric %


def person_id() -> str:
    return requests.get(f"{RACHIO_API}/person/info", headers=HEADERS).json()["id"]


def skip_zone(zone_id: str, minutes: int) -> None:
    requests.put(f"{RACHIO_API}/zone/start", headers=HEADERS, json={"id": zone_id, "duration": 0})


def run(moisture_by_zone: dict) -> None:
    for zone_id, vwc in moisture_by_zone.items():
        if vwc >= WET_THRESHOLD:
            skip_zone(zone_id, 0)
''', tok=tok), tok, "Rachio public API: Bearer API key from the Rachio app")

app, key = hexs(64), hexs(64)
add("blind-dl/python/ambient-weather", "sensors/ambient_pull.py", fill('''\
import requests

AMBIENT_URL = "https://rt.ambientweather.net/v1/devices"
APPLICATION_KEY = "@@app@@"
API_KEY = "@@key@@"


def latest():
    r = requests.get(AMBIENT_URL, params={"applicationKey": APPLICATION_KEY, "apiKey": API_KEY})
    r.raise_for_status()
    out = []
    for dev in r.json():
        last = dev["lastData"]
        out.append((dev["macAddress"], last["tempf"], last["hourlyrainin"], last["windspeedmph"]))
    return out
''', app=app, key=key), key, "Ambient Weather REST API: applicationKey and apiKey")

add("blind-dl/python/decoy-colour-codes", "imagery/ndvi_colormap.py", '''\
"""NDVI colour ramp used on the agronomist's field maps (matches the FieldView legend)."""
from matplotlib.colors import LinearSegmentedColormap

NDVI_STOPS = [
    (0.00, "#a50026"),
    (0.20, "#d73027"),
    (0.35, "#fdae61"),
    (0.50, "#fee08b"),
    (0.65, "#a6d96a"),
    (0.80, "#1a9850"),
    (1.00, "#006837"),
]
NDVI_CMAP = LinearSegmentedColormap.from_list("coop_ndvi", NDVI_STOPS)
NODATA_RGBA = "#00000000"
''', None, "matplotlib colormap; hex colour codes")

k = django_key()
add("blind-dl/python/django-secret", "portal/settings/production.py", fill("""\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["members.prairielandcoop.com"]
SECRET_KEY = '@@k@@'
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
PATRONAGE_PDF_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
""", k=k), k, "Django settings: SECRET_KEY (get_random_secret_key shape)")

pw = human_pw("!*#")
cut = len(pw) // 2
add("blind-dl/python/split-password", "feedmill/batch_report.py", fill('''\
"""Daily batch report from the mill's batching PC (SQL Express on the control network)."""
import pymssql

HOST = "10.20.0.15"
USER = "batchreport"
PASSWORD = ("@@a@@"
            "@@b@@")


def batches(day):
    conn = pymssql.connect(server=HOST, user=USER, password=PASSWORD, database="BatchHistory")
    cur = conn.cursor(as_dict=True)
    cur.execute("SELECT BatchID, Formula, TargetLb, ActualLb FROM Batches WHERE CAST(Started AS date) = %s", (day,))
    return cur.fetchall()
''', a=pw[:cut], b=pw[cut:]), pw, "pymssql.connect parameters; Python adjacent string literal concatenation")

add("blind-dl/python/decoy-hash", "scale_sync/ticket_hash.py", fill('''\
"""Tamper evidence for scale tickets: the printed ticket carries a short digest of its fields."""
import hashlib

# Known answers, checked in CI (digest of the canonical field string of sample tickets).
SAMPLE_DIGESTS = {
    "KE3-104577|YC|78420|31860": "@@h1@@",
    "KE3-104578|SB|71260|30110": "@@h2@@",
}


def digest(ticket_no: str, commodity: str, gross: int, tare: int) -> str:
    canon = f"{ticket_no}|{commodity}|{gross}|{tare}"
    return hashlib.sha256(canon.encode()).hexdigest()
''', h1=hashlib.sha256(b"KE3-104577|YC|78420|31860").hexdigest(),
    h2=hashlib.sha256(b"KE3-104578|SB|71260|30110").hexdigest()), None, "SHA-256 digests as known-answer values")

# ---------------------------------------------------------------- notebooks
def notebook(cells: list) -> str:
    out = []
    for kind, src, *rest in cells:
        lines = src.splitlines(True)
        cell = {"cell_type": kind, "metadata": {}, "source": lines}
        if kind == "code":
            cell["execution_count"] = rest[0] if rest else None
            cell["outputs"] = rest[1] if len(rest) > 1 else []
        out.append(cell)
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


cid, sec = uuid4(), draw(40, ALNUM + "+/=:@,.")[:32] + draw(8)
add("blind-dl/jupyter/sentinel-hub", "notebooks/yield_analysis.ipynb", notebook([
    ("markdown", "# Yield vs. late-season NDVI\nSentinel-2 L2A over the 2024 corn fields, compared with combine yield maps.\n"),
    ("code", "from sentinelhub import SHConfig, SentinelHubRequest, DataCollection, BBox, CRS\n"
             "config = SHConfig()\n"
             f"config.sh_client_id = \"{cid}\"\n"
             f"config.sh_client_secret = \"{sec}\"\n"
             "config.save(\"coop-agronomy\")\n", 1),
    ("code", "bbox = BBox((-98.52, 40.61, -98.47, 40.65), crs=CRS.WGS84)\n"
             "request = SentinelHubRequest(evalscript=open('ndvi.js').read(), input_data=[\n"
             "    SentinelHubRequest.input_data(DataCollection.SENTINEL2_L2A, time_interval=('2024-08-01', '2024-08-31'))],\n"
             "    responses=[SentinelHubRequest.output_response('default', 'tiff')], bbox=bbox, config=config)\n", 2),
]), sec, "sentinelhub-py SHConfig: sh_client_id and sh_client_secret (OAuth client)")

k = uuid4().upper()
add("blind-dl/jupyter/usda-nass", "notebooks/basis_pricing.ipynb", notebook([
    ("markdown", "## Basis vs. county yield\nPull NASS county yields and compare with our posted basis history.\n"),
    ("code", "import requests, pandas as pd\n"
             f"NASS_KEY = \"{k}\"\n"
             "params = {\"key\": NASS_KEY, \"source_desc\": \"SURVEY\", \"commodity_desc\": \"CORN\",\n"
             "          \"statisticcat_desc\": \"YIELD\", \"agg_level_desc\": \"COUNTY\", \"state_alpha\": \"NE\", \"year__GE\": \"2015\"}\n"
             "df = pd.DataFrame(requests.get('https://quickstats.nass.usda.gov/api/api_GET/', params=params).json()['data'])\n", 3),
    ("code", "df[['year', 'county_name', 'Value']].head()\n", 4,
     [{"output_type": "execute_result", "execution_count": 4, "metadata": {},
       "data": {"text/plain": ["   year county_name  Value\n", "0  2023     ADAMS   201.3\n", "1  2023    BUFFALO  188.7"]}}]),
]), k, "USDA NASS Quick Stats API: key parameter")

add("blind-dl/jupyter/decoy-getpass", "notebooks/ndvi_explore.ipynb", notebook([
    ("markdown", "# NDVI exploration\nCredentials are prompted for, never stored in the notebook.\n"),
    ("code", "from getpass import getpass\nimport os\n"
             "os.environ['SH_CLIENT_SECRET'] = getpass('Sentinel Hub client secret: ')\n", 1,
     [{"name": "stdout", "output_type": "stream", "text": ["Sentinel Hub client secret: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}]),
    ("code", "fields = {\n"
             f"    '{uuid4()}': 'North 80 (Hastings)',\n"
             f"    '{uuid4()}': 'River bottom pivot 4',\n"
             "}\n", 2),
]), None, "Python getpass; Deere field ids are UUIDs")

k = "PLAK" + hexs(32)
add("blind-dl/jupyter/planet", "notebooks/planet_scenes.ipynb", notebook([
    ("markdown", "### PlanetScope scenes over the hail-damage claims (Aug 2024)\n"),
    ("code", "import requests\n"
             "from requests.auth import HTTPBasicAuth\n"
             f"PL_API_KEY = '{k}'\n"
             "auth = HTTPBasicAuth(PL_API_KEY, '')\n"
             "r = requests.get('https://api.planet.com/data/v1/item-types', auth=auth)\n"
             "r.status_code\n", 1,
     [{"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": ["200"]}}]),
]), k, "Planet APIs: API key as HTTP Basic username (PLAK prefix)")

# ---------------------------------------------------------------- javascript / typescript
pw = human_pw(URL_SYMBOLS)
add("blind-dl/javascript/mongodb", "portal-web/server/config.js", fill("""\
'use strict';

module.exports = {
  port: process.env.PORT || 3000,
  mongoUri: 'mongodb+srv://portal:@@pw@@@members.x7kqp.mongodb.net/coop?retryWrites=true&w=majority',
  session: {
    cookieName: 'plc.sid',
    maxAgeHours: 12,
  },
  features: {
    deliveryTickets: true,
    patronageStatements: true,
  },
};
""", pw=pw), pw, "MongoDB connection string URI format (mongodb+srv)")

sec = draw(32, ALNUM)
add("blind-dl/javascript/node-red-credential-secret", "node-red/settings.js", fill("""\
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "@@sec@@",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "millops",
            password: "$2b$08$@@hash@@",
            permissions: "*"
        }]
    },
    functionGlobalContext: { },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", sec=sec, hash=draw(53, ALNUM + "./")), sec, "Node-RED settings.js: credentialSecret encrypts flows_cred.json")

add("blind-dl/javascript/decoy-env-and-hash", "edge/node-red/settings.js", fill("""\
module.exports = {
    flowFile: 'flows_pivot.json',
    // key for flows_cred.json comes from the unit's environment (set by the provisioning script)
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: 1880,
    adminAuth: {
        type: "credentials",
        users: [{ username: "irrigation", password: "$2b$08$@@hash@@", permissions: "*" }]
    },
    logging: { console: { level: "warn" } }
};
""", hash=draw(53, ALNUM + "./")), None, "Node-RED securing guide: adminAuth bcrypt hash; env var for credentialSecret")

hook = slack_webhook()
add("blind-dl/javascript/slack-webhook", "functions/price-alert/index.js", fill("""\
const fetch = require('node-fetch');

const SLACK_URL = '@@hook@@';
const THRESHOLD_CENTS = 8;

exports.handler = async (event) => {
  const { symbol, last, prevClose } = JSON.parse(event.body);
  const move = Math.round((last - prevClose) * 100);
  if (Math.abs(move) < THRESHOLD_CENTS) return { statusCode: 204 };
  await fetch(SLACK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `:corn: ${symbol} moved ${move}c to ${last}` }),
  });
  return { statusCode: 200 };
};
""", hook=hook), hook, "Slack incoming webhooks URL")

k = mapbox_token("sk", "prairielandcoop")
add("blind-dl/javascript/mapbox-secret", "scripts/upload-tiles.js", fill("""\
#!/usr/bin/env node
// Upload the weekly NDVI mbtiles to Mapbox as a tileset (needs an uploads:write scope token)
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');
const { S3 } = require('@aws-sdk/client-s3');

const uploads = mbxUploads({ accessToken: '@@k@@' });

async function main(file, week) {
  const creds = (await uploads.createUploadCredentials().send()).body;
  const s3 = new S3({ region: 'us-east-1', credentials: creds });
  await s3.putObject({ Bucket: creds.bucket, Key: creds.key, Body: require('fs').createReadStream(file) });
  await uploads.createUpload({ tileset: `prairielandcoop.ndvi-${week}`, url: creds.url }).send();
}

main(process.argv[2], process.argv[3]);
""", k=k), k, "Mapbox access tokens: secret tokens start with sk.")

k = mapbox_token("pk", "prairielandcoop")
add("blind-dl/javascript/decoy-public-token", "web/src/map.js", fill("""\
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to members.prairielandcoop.com in the Mapbox account.
mapboxgl.accessToken = '@@k@@';

export function fieldMap(container, center) {
  return new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/satellite-streets-v12',
    center,
    zoom: 14,
  });
}
""", k=k), None, "Mapbox access tokens: public tokens (pk.) are meant for client-side use")

k = stripe_key("pk_live_")
add("blind-dl/javascript/decoy-publishable-key", "web/src/checkout/prepay.js", fill("""\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in browser code (Stripe docs). The secret key lives on the server.
const stripePromise = loadStripe('@@k@@');

export async function payPrepay(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) console.error(error.message);
}
""", k=k), None, "Stripe API keys: publishable keys (pk_live_) are public")

key, sec = draw(40, ALNUM), draw(48, ALNUM + "-_")
add("blind-dl/typescript/fieldview", "src/integrations/climate-fieldview.ts", fill("""\
import axios from 'axios';

const FIELDVIEW_AUTH = 'https://api.climate.com/api/oauth/token';
const FIELDVIEW_API = 'https://platform.climate.com/v4';

export const fieldviewConfig = {
  apiKey: '@@key@@',
  clientId: 'prairieland-coop-agronomy',
  clientSecret: '@@sec@@',
};

export async function refresh(refreshToken: string): Promise<string> {
  const basic = Buffer.from(`${fieldviewConfig.clientId}:${fieldviewConfig.clientSecret}`).toString('base64');
  const { data } = await axios.post(FIELDVIEW_AUTH, new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  }), { headers: { Authorization: `Basic ${basic}`, 'X-Api-Key': fieldviewConfig.apiKey } });
  return data.access_token;
}
""", key=key, sec=sec), sec, "Climate FieldView Platform API: OAuth client secret and X-Api-Key")

k = grafana_sa_token()
add("blind-dl/typescript/grafana", "src/lib/grafana.ts", fill("""\
const GRAFANA_URL = 'https://grafana.mill.prairielandcoop.com';
const GRAFANA_TOKEN = '@@k@@';

export async function annotate(text: string, tags: string[]): Promise<void> {
  await fetch(`${GRAFANA_URL}/api/annotations`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${GRAFANA_TOKEN}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ time: Date.now(), tags, text }),
  });
}
""", k=k), k, "Grafana service account tokens (glsa_ prefix)")

add("blind-dl/typescript/decoy-type-definitions", "src/types/scale.ts", """\
export interface ScaleTicket {
  ticketNumber: string;      // e.g. "KE3-104577"
  commodity: 'YC' | 'SB' | 'HRW' | 'MILO';
  grossLb: number;
  tareLb: number;
  moisturePct: number;
}

export interface ScaleHouseLogin {
  operatorId: string;
  password: string;          // entered at the kiosk, never persisted
  passwordExpiresAt?: Date;
}

export const PASSWORD_MIN_LENGTH = 12;
""", None, "TypeScript interface with credential field names only")

cid = okta_client_id()
add("blind-dl/typescript/decoy-public-client-id", "mobile/src/auth/deereAuth.ts", fill("""\
import { authorize } from 'react-native-app-auth';

// Public client (PKCE). A client id is an identifier, not a secret; there is no client secret.
const config = {
  issuer: 'https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7',
  clientId: '@@cid@@',
  redirectUrl: 'com.prairielandcoop.scout:/oauthredirect',
  scopes: ['openid', 'ag1', 'org1', 'offline_access'],
  usePKCE: true,
};

export const signIn = () => authorize(config);
""", cid=cid), None, "OAuth 2.0 for native apps (RFC 8252): public clients with PKCE")

# ---------------------------------------------------------------- go
pw = human_pw("!*#%-")
add("blind-dl/go/mqtt", "cmd/lns-bridge/main.go", fill("""\
package main

import (
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.fieldnet.prairielandcoop.com:8883").
		SetClientID("lns-bridge-01").
		SetUsername("lns-bridge").
		SetPassword("@@pw@@").
		SetKeepAlive(30 * time.Second)
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatal(tok.Error())
	}
	c.Subscribe("application/+/device/+/event/up", 1, forward)
	select {}
}
""", pw=pw), pw, "Eclipse Paho Go client: ClientOptions.SetPassword")

k = draw(32, ALNUM)
add("blind-dl/go/tomorrow-io", "internal/weather/tomorrow.go", fill("""\
package weather

import (
	"fmt"
	"net/http"
)

const (
	tomorrowBase = "https://api.tomorrow.io/v4/timelines"
	tomorrowKey  = "@@k@@"
)

// SprayWindow asks for wind and precipitation for the next 48h at a field centroid.
func SprayWindow(lat, lon float64) (*http.Response, error) {
	url := fmt.Sprintf("%s?location=%.5f,%.5f&fields=windSpeed,precipitationProbability&timesteps=1h&apikey=%s",
		tomorrowBase, lat, lon, tomorrowKey)
	return http.Get(url)
}
""", k=k), k, "Tomorrow.io Timelines API: apikey query parameter")

add("blind-dl/go/decoy-published-test-vector", "internal/lorawan/mic_test.go", """\
package lorawan

import "testing"

// RFC 4493 section 4 test vectors for AES-CMAC (the MIC of LoRaWAN frames uses AES-CMAC).
var rfc4493Key = mustHex("2b7e151628aed2a6abf7158809cf4f3c")

func TestCMACEmpty(t *testing.T) {
	got := cmac(rfc4493Key, nil)
	if hexs(got) != "bb1d6929e95937287fa37d129b756746" {
		t.Fatalf("cmac empty = %x", got)
	}
}

func TestDevEUIParse(t *testing.T) {
	eui, err := ParseEUI64("70B3D57ED0061A2F")
	if err != nil || eui.String() != "70b3d57ed0061a2f" {
		t.Fatal(err)
	}
}
""", None, "RFC 4493 published AES-CMAC test vectors; LoRaWAN DevEUI (public identifier)")

# ---------------------------------------------------------------- java / spring
pw = human_pw("!*#%")
add("blind-dl/java-properties/mysql", "ticket-service/src/main/resources/application.properties", fill("""\
spring.application.name=ticket-service
server.port=8085
spring.datasource.url=jdbc:mysql://grain-mysql.coop.local:3306/grain_accounting?useSSL=true
spring.datasource.username=ticket_svc
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
tickets.dockage.schedule=/etc/ticket-service/dockage-2024.csv
management.endpoints.web.exposure.include=health,info
""", pw=pw), pw, "Spring Boot common application properties: spring.datasource.password")

sec = okta_secret()
add("blind-dl/spring-yaml/spring-oauth", "ticket-service/src/main/resources/application-prod.yml", fill("""\
spring:
  security:
    oauth2:
      client:
        registration:
          cnh:
            provider: cnh
            client-id: plc-ticket-service
            client-secret: @@sec@@
            authorization-grant-type: client_credentials
            scope: fleet.read
        provider:
          cnh:
            token-uri: https://identity.cnhind.com/oauth2/token
tickets:
  sync-cron: "0 */15 * * * *"
""", sec=sec), sec, "Spring Security OAuth2 client registration properties")

add("blind-dl/java-properties/decoy-placeholder", "ticket-service/src/main/resources/application-dev.properties", """\
# Local development. Values are resolved from the environment / Vault by Spring Cloud Vault.
spring.datasource.url=jdbc:mysql://localhost:3306/grain_accounting
spring.datasource.username=${GRAIN_DB_USER:ticket_svc}
spring.datasource.password=${GRAIN_DB_PASSWORD}
spring.cloud.vault.kv.backend=secret
spring.cloud.vault.kv.default-context=ticket-service
logging.level.coop.grain=DEBUG
""", None, "Spring property placeholders ${...}; Spring Cloud Vault")

# ---------------------------------------------------------------- c# / appsettings
pw = human_pw("!*#%")
add("blind-dl/appsettings-json/mssql", "ScaleHouse.Api/appsettings.Production.json", fill("""\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Agvance": "Server=AGV-SQL01;Database=AgvGrain;User Id=scalehouse_api;Password=@@pw@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Scale": {
    "IndicatorHost": "10.40.3.21",
    "IndicatorPort": 10001,
    "TicketPrinter": "ZebraZT411-Inbound"
  },
  "AllowedHosts": "*"
}
""", pw=pw), pw, "ASP.NET Core appsettings.json ConnectionStrings; SqlClient connection string keywords")

key = b64_bytes(32)
add("blind-dl/appsettings-json/azure-iot-hub", "FeedMill.Gateway/appsettings.json", fill("""\
{
  "IoTHub": {
    "DeviceConnectionString": "HostName=plc-feedmill-hub.azure-devices.net;DeviceId=pellet-line-2;SharedAccessKey=@@key@@",
    "TelemetryIntervalSeconds": 10
  },
  "Opc": {
    "Endpoint": "opc.tcp://10.20.0.10:4840",
    "Tags": ["ns=2;s=Pellet2.Amps", "ns=2;s=Pellet2.DieTempF", "ns=2;s=Conditioner.SteamPct"]
  }
}
""", key=key), key, "Azure IoT Hub device connection string: SharedAccessKey")

add("blind-dl/appsettings-json/decoy-key-vault-ref", "ScaleHouse.Api/appsettings.Development.json", """\
{
  "ConnectionStrings": {
    "Agvance": "Server=(localdb)\\\\MSSQLLocalDB;Database=AgvGrain_Dev;Trusted_Connection=True",
    "Blob": "UseDevelopmentStorage=true"
  },
  "DeereApi": {
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-scalehouse.vault.azure.net/secrets/DeereClientSecret/)"
  },
  "Scale": { "IndicatorHost": "127.0.0.1", "IndicatorPort": 10001 }
}
""", None, "Azure App Service Key Vault references; Azurite development storage")

key = azure_storage_key()
add("blind-dl/csharp/azure-storage", "FeedMill.Gateway/Services/BlobArchiver.cs", fill("""\
using Azure.Storage.Blobs;

namespace FeedMill.Gateway.Services;

public sealed class BlobArchiver
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=plcmillarchive;AccountKey=@@key@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(ConnectionString, "batch-records");

    public async Task ArchiveAsync(string batchId, Stream pdf)
    {
        await _container.CreateIfNotExistsAsync();
        await _container.UploadBlobAsync($"{DateTime.UtcNow:yyyy/MM}/{batchId}.pdf", pdf);
    }
}
""", key=key), key, "Azure Storage connection string: AccountKey")

pw = human_pw("!*#%")
add("blind-dl/web-config/mssql", "MemberPortal/Web.config", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PatronageDb"
         connectionString="Data Source=AGRIS-DB01;Initial Catalog=Patronage;User ID=portal_ro;Password=@@pw@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StatementYear" value="2024" />
    <add key="SupportPhone" value="(620) 555-0148" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET Web.config connectionStrings element")

add("blind-dl/web-config/decoy-token-replacement", "MemberPortal/Web.Release.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="PatronageDb"
         connectionString="Data Source=#{PatronageDbHost}#;Initial Catalog=Patronage;User ID=#{PatronageDbUser}#;Password=#{PatronageDbPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", None, "Web.config transformation; Replace Tokens #{...}# pipeline task")

# ---------------------------------------------------------------- toml
sec = b64_bytes(32)
add("blind-dl/toml/chirpstack-api-secret", "chirpstack/chirpstack.toml", fill("""\
[logging]
  level="info"

[postgresql]
  dsn="postgres://chirpstack@pg-lorawan/chirpstack?sslmode=require"
  max_open_connections=10

[redis]
  servers=["redis://redis-master:6379"]

[network]
  net_id="000000"
  enabled_regions=["us915_1"]

[api]
  bind="0.0.0.0:8080"
  secret="@@sec@@"
""", sec=sec), sec, "ChirpStack v4 configuration file: [api] secret signs JWT tokens")

pw = gen_pw(24)
add("blind-dl/toml/mqtt", "chirpstack/chirpstack-gateway-bridge.toml", fill("""\
[backend]
type="basic_station"

  [backend.basic_station]
  bind=":3001"
  region="US915"
  frequency_min=902000000
  frequency_max=928000000

[integration.mqtt.auth]
type="generic"

  [integration.mqtt.auth.generic]
  servers=["tcp://mosquitto:1883"]
  username="gateway-bridge"
  password="@@pw@@"
""", pw=pw), pw, "ChirpStack Gateway Bridge configuration: MQTT generic auth")

add("blind-dl/toml/decoy-lockfile-checksums", "firmware/gateway-agent/Cargo.lock", fill("""\
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serialport"
version = "4.3.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=hexs(64), c2=hexs(64)), None, "Cargo.lock package checksums (SHA-256)")

k = influx_token()
add("blind-dl/telegraf-conf/influxdb", "telegraf/telegraf.conf", fill("""\
[agent]
  interval = "10s"
  hostname = "mill-edge-01"

[[outputs.influxdb_v2]]
  urls = ["http://influxdb.mill.local:8086"]
  token = "@@k@@"
  organization = "feedmill"
  bucket = "pellet-line"

[[inputs.modbus]]
  name = "pellet_mill_2"
  controller = "tcp://10.20.0.21:502"
  slave_id = 1
  holding_registers = [
    { name = "motor_amps", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [40001] },
    { name = "die_temp_f", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [40002] },
  ]
""", k=k), k, "Telegraf influxdb_v2 output plugin: token; modbus input plugin")

# ---------------------------------------------------------------- ini / cfg / credentials files
kid, ks = aws_key_id(), aws_secret()
add("blind-dl/aws-credentials/aws", "ops/aws/credentials", fill("""\
[default]
region = us-east-2

[drone-pipeline]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@ks@@

[grain-warehouse-ro]
role_arn = arn:aws:iam::481516234200:role/grain-warehouse-readonly
source_profile = drone-pipeline
""", kid=kid, ks=ks), ks, "AWS CLI shared credentials file format")

pw = human_pw("!*-_.")
add("blind-dl/ini/odbc", "config/agtrax.ini", fill("""\
; AgTrax export settings for the nightly grain position report
[agtrax]
dsn = AGTRAX_PROD
uid = rpt_position
pwd = @@pw@@
company = 01

[report]
locations = KE3,HA1,WA2
output_dir = \\\\fileserver\\GrainDesk\\Position
email_to = merchandising@prairielandcoop.com
""", pw=pw), pw, "ODBC DSN credentials in an INI settings file")

pw = gen_pw(32, "-_")
add("blind-dl/pypirc/pypi-index", "deploy/.pypirc", fill("""\
[distutils]
index-servers =
    coop-internal

[coop-internal]
repository = https://artifactory.prairielandcoop.com/artifactory/api/pypi/pypi-local
username = ci-publisher
password = @@pw@@
""", pw=pw), pw, "The .pypirc file (PyPA packaging guide)")

add("blind-dl/ini/decoy-trusted-connection", "config/odbc.ini", """\
[ODBC Data Sources]
AGVANCE_PROD = ODBC Driver 18 for SQL Server

[AGVANCE_PROD]
Driver = ODBC Driver 18 for SQL Server
Server = AGV-SQL01.coop.local,1433
Database = AgvGrain
Trusted_Connection = yes
Encrypt = yes
""", None, "unixODBC odbc.ini DSN with integrated (Kerberos) authentication")

key = azure_storage_key()
add("blind-dl/rclone-conf/azure-storage", "ops/rclone/rclone.conf", fill("""\
[drone-raw]
type = azureblob
account = plcdroneraw
key = @@key@@
access_tier = Cool

[nas]
type = local
nounc = true
""", key=key), key, "rclone Azure Blob backend: account and key options")

# ---------------------------------------------------------------- shell
pw = human_pw("!*#%-")
add("blind-dl/shell/ftp-password", "scripts/pull_scale_tickets.sh", fill("""\
#!/usr/bin/env bash
# Pull the day's ticket CSV from the scale indicator's FTP drop (Rice Lake 920i USB/FTP export)
set -euo pipefail

DAY=${1:-$(date +%Y%m%d)}
OUT=/srv/scale/incoming/${DAY}
mkdir -p "$OUT"

curl --fail --silent --show-error \\
  -u 'scaleftp:@@pw@@' \\
  "ftp://10.40.3.25/tickets/TKT${DAY}.CSV" \\
  -o "$OUT/TKT${DAY}.CSV"

python3 -m scale_sync.load "$OUT/TKT${DAY}.CSV"
""", pw=pw), pw, "curl -u user:password; FTP URL")

pw = human_pw("!*#%")
add("blind-dl/shell/mssql", "scripts/backup_agvance.sh", fill("""\
#!/bin/sh
# weekly copy-only backup of the grain DB, run from the ops box via cron
STAMP=$(date +%F)
sqlcmd -S AGV-SQL01 -U backup_op -P '@@pw@@' -C -Q \\
  "BACKUP DATABASE AgvGrain TO DISK = N'\\\\\\\\nas01\\\\sqlbackup\\\\AgvGrain_${STAMP}.bak' WITH COPY_ONLY, COMPRESSION"
find /mnt/sqlbackup -name 'AgvGrain_*.bak' -mtime +35 -delete
echo "backup ${STAMP} done"
""", pw=pw), pw, "sqlcmd utility: -U and -P options")

k = ttn_key()
add("blind-dl/shell/ttn-api-key", "scripts/gateway-provision.sh", fill("""\
#!/bin/bash
# Provision a Basic Station gateway for The Things Stack (run on the gateway over SSH)
set -e
GW_DIR=/opt/basicstation/config
mkdir -p "$GW_DIR"
echo "wss://nam1.cloud.thethings.network:8887" > "$GW_DIR/tc.uri"
curl -sf https://letsencrypt.org/certs/isrgrootx1.pem -o "$GW_DIR/tc.trust"
cat > "$GW_DIR/tc.key" <<EOF2
Authorization: Bearer @@k@@
EOF2
sed -i 's/\\r$//' "$GW_DIR/tc.key"
systemctl restart basicstation
""", k=k).replace("EOF2", "EOF"), k, "The Things Stack: LoRa Basics Station LNS tc.key with API key")

add("blind-dl/shell/decoy-secret-store", "scripts/deploy.sh", """\
#!/usr/bin/env bash
set -euo pipefail
ENV=${1:?usage: deploy.sh <env>}

DB_PASSWORD=$(aws ssm get-parameter --name "/coop/${ENV}/grain-db/password" --with-decryption \\
  --query Parameter.Value --output text)
DEERE_CLIENT_SECRET=$(vault kv get -field=client_secret "secret/agronomy/${ENV}/deere")
export DB_PASSWORD DEERE_CLIENT_SECRET

helm upgrade --install grain-desk charts/grain-desk -f "charts/grain-desk/values-${ENV}.yaml" \\
  --set-string db.password="$DB_PASSWORD" --set-string deere.clientSecret="$DEERE_CLIENT_SECRET"
""", None, "AWS SSM Parameter Store; HashiCorp Vault kv get")

tok = telegram_token()
add("blind-dl/shell/telegram", "scripts/notify.sh", fill("""\
#!/bin/sh
# Post a message to the elevator managers' Telegram group (used by the bin-temp cron)
MSG="$1"
curl -s -X POST \\
  "https://api.telegram.org/bot@@tok@@/sendMessage" \\
  -d chat_id=-1001873345521 \\
  --data-urlencode "text=${MSG}" >/dev/null
""", tok=tok), tok, "Telegram Bot API: bot token in the request URL")

pw = human_pw("!*-_.")
add("blind-dl/shell/mqtt", "ops/mosquitto-users.sh", fill("""\
#!/bin/sh
# (re)create the broker's password file; run on mqtt01 as root
set -e
PWFILE=/etc/mosquitto/passwd
touch "$PWFILE" && chmod 0640 "$PWFILE"
mosquitto_passwd -b "$PWFILE" chirpstack "$(cat /etc/mosquitto/chirpstack.pw)"
mosquitto_passwd -b "$PWFILE" pivot-controller '@@pw@@'
systemctl reload mosquitto
""", pw=pw), pw, "mosquitto_passwd -b batch mode")

# ---------------------------------------------------------------- powershell / batch
pw = human_pw("!*#%")
add("blind-dl/powershell/windows-password", "scripts/Sync-ScaleTickets.ps1", fill("""\
# Copies printed tickets from the scale-house PC to the office share every 10 min (Task Scheduler)
$ErrorActionPreference = 'Stop'
$user = 'COOP\\svc_scalehouse'
$secure = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

New-PSDrive -Name T -PSProvider FileSystem -Root '\\\\fs01\\Tickets' -Credential $cred | Out-Null
Get-ChildItem 'C:\\ScaleHouse\\Printed\\*.pdf' |
    Where-Object LastWriteTime -gt (Get-Date).AddMinutes(-15) |
    Copy-Item -Destination 'T:\\Kearney3' -Force
Remove-PSDrive T
""", pw=pw), pw, "PowerShell ConvertTo-SecureString -AsPlainText; PSCredential")

add("blind-dl/powershell/decoy-secret-store", "scripts/Install-ScaleService.ps1", """\
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Site = 'KE3')

$cred = Get-Secret -Name "scalehouse-$Site" -Vault CoopVault
New-Service -Name ScaleBridge -BinaryPathName 'C:\\ScaleBridge\\ScaleBridge.exe' `
    -Credential $cred -StartupType Automatic -Description "Cardinal -> Agvance ticket bridge ($Site)"
Start-Service ScaleBridge
Write-Host "ScaleBridge installed for $Site"
""", None, "PowerShell SecretManagement Get-Secret")

pw = human_pw("!*#-")
add("blind-dl/batch/smb-password", "scale/upload_tickets.bat", fill("""\
@echo off
rem Scale house: copy ticket exports to the office server every night
set SHARE=\\\\fs01\\Tickets
net use T: %SHARE% /user:COOP\\scaleop @@pw@@ /persistent:no
if errorlevel 1 goto fail
xcopy C:\\ScaleData\\Export\\*.csv T:\\Hastings\\ /D /Y
net use T: /delete
exit /b 0
:fail
echo could not map %SHARE% >> C:\\ScaleData\\upload.log
exit /b 1
""", pw=pw), pw, "Windows net use /user: command line")

# ---------------------------------------------------------------- CI
tok = docker_pat()
add("blind-dl/github-actions/dockerhub", ".github/workflows/deploy-portal.yml", fill("""\
name: deploy-portal
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      DOCKERHUB_USER: prairielandcoop
      DOCKERHUB_TOKEN: @@tok@@
    steps:
      - uses: actions/checkout@v4
      - run: echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
      - run: docker build -t prairielandcoop/member-portal:${{ github.sha }} .
      - run: docker push prairielandcoop/member-portal:${{ github.sha }}
""", tok=tok), tok, "Docker Hub personal access tokens (dckr_pat_)")

add("blind-dl/github-actions/decoy-secrets-context", ".github/workflows/ci.yml", """\
name: ci
on: [push, pull_request]
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
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          DEERE_CLIENT_SECRET: ${{ secrets.DEERE_CLIENT_SECRET_SANDBOX }}
""", None, "GitHub Actions secrets context; throwaway service container defaults")

sec = azure_sp_secret()
add("blind-dl/github-actions/azure-sp", ".github/workflows/imagery-nightly.yml", fill("""\
name: imagery-nightly
on:
  schedule:
    - cron: "15 7 * * *"
jobs:
  stitch:
    runs-on: [self-hosted, gpu]
    env:
      AZURE_TENANT_ID: @@t@@
      AZURE_CLIENT_ID: @@c@@
      AZURE_CLIENT_SECRET: "@@sec@@"
    steps:
      - uses: actions/checkout@v4
      - run: az login --service-principal -u "$AZURE_CLIENT_ID" -p "$AZURE_CLIENT_SECRET" --tenant "$AZURE_TENANT_ID"
      - run: python -m drone.pipeline.nightly --since 24h
""", t=uuid4(), c=uuid4(), sec=sec), sec, "Microsoft Entra application client secrets; az login --service-principal")

tok = gitlab_pat()
add("blind-dl/gitlab-ci/gitlab-token", ".gitlab-ci.yml", fill("""\
stages: [test, release]

variables:
  PIP_INDEX_URL: https://gitlab.prairielandcoop.com/api/v4/projects/42/packages/pypi/simple
  RELEASE_TOKEN: "@@tok@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest

release:
  stage: release
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=release-bot TWINE_PASSWORD=$RELEASE_TOKEN twine upload --repository-url https://gitlab.prairielandcoop.com/api/v4/projects/42/packages/pypi dist/*
  only: [tags]
""", tok=tok), tok, "GitLab personal access tokens (glpat-); GitLab PyPI package registry")

add("blind-dl/gitlab-ci/decoy-ci-variables", "ci/deploy.gitlab-ci.yml", """\
deploy:
  stage: deploy
  image: registry.gitlab.com/gitlab-org/cloud-deploy/aws-base:latest
  script:
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
    - aws ecs update-service --cluster grain --service ticket-svc --force-new-deployment
  variables:
    AWS_ACCESS_KEY_ID: $AWS_DEPLOY_KEY_ID        # masked, protected project variable
    AWS_SECRET_ACCESS_KEY: $AWS_DEPLOY_SECRET    # masked, protected project variable
  environment: production
  rules:
    - if: $CI_COMMIT_TAG
""", None, "GitLab CI/CD variables and CI_JOB_TOKEN")

pw = human_pw("!*#%-")
add("blind-dl/jenkinsfile/ssh-password", "Jenkinsfile", fill("""\
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps { sh 'make dist' }
        }
        stage('Deploy to scale PCs') {
            steps {
                sh '''
                    for host in scale-ke3 scale-ha1 scale-wa2; do
                      sshpass -p '@@pw@@' scp -o StrictHostKeyChecking=no dist/scale-bridge.zip scaleadmin@$host:/opt/
                    done
                '''
            }
        }
    }
}
""", pw=pw), pw, "sshpass -p on a Jenkins declarative pipeline sh step")

add("blind-dl/jenkinsfile/decoy-with-credentials", "jenkins/Jenkinsfile.release", """\
pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-publisher',
                                                  usernameVariable: 'NEXUS_USER',
                                                  passwordVariable: 'NEXUS_PASS')]) {
                    sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPass=$NEXUS_PASS'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin: withCredentials")

pw = human_pw("!*#%")
add("blind-dl/azure-pipelines/mssql", "pipelines/azure-pipelines-release.yml", fill("""\
trigger: none
pool:
  vmImage: windows-latest
steps:
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: coop-prod
      ServerName: plc-grain.database.windows.net
      DatabaseName: GrainSettlement
      SqlUsername: dacpac_deployer
      SqlPassword: '@@pw@@'
      DacpacFile: $(Pipeline.Workspace)/drop/GrainSettlement.dacpac
""", pw=pw), pw, "Azure Pipelines SqlAzureDacpacDeployment task inputs")

add("blind-dl/azure-pipelines/decoy-variable-group", "azure-pipelines.yml", """\
trigger:
  branches: { include: [main] }
variables:
  - group: scalehouse-prod        # linked to Key Vault kv-scalehouse
  - name: buildConfiguration
    value: Release
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, projects: 'ScaleHouse.Api/*.csproj', arguments: '-c $(buildConfiguration)' }
  - task: AzureWebApp@1
    inputs:
      azureSubscription: coop-prod
      appName: scalehouse-api
      appSettings: '-ConnectionStrings__Agvance "$(AgvanceConnectionString)"'
""", None, "Azure Pipelines variable groups linked to Key Vault; $(var) macro syntax")

# ---------------------------------------------------------------- terraform
pw = human_pw("!*#-_")
add("blind-dl/terraform/postgres", "infra/terraform/rds.tf", fill("""\
resource "aws_db_instance" "grain" {
  identifier              = "grain-accounting-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.large"
  allocated_storage       = 200
  db_name                 = "grain"
  username                = "grain_admin"
  password                = "@@pw@@"
  backup_retention_period = 14
  deletion_protection     = true
  vpc_security_group_ids  = [aws_security_group.grain_db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
}
""", pw=pw), pw, "Terraform AWS provider aws_db_instance: password argument")

k = hexs(32)
add("blind-dl/tfvars/datadog", "infra/envs/prod/terraform.tfvars", fill("""\
environment        = "prod"
region             = "us-east-2"
elevator_sites     = ["KE3", "HA1", "WA2", "MI4"]
datadog_api_key    = "@@k@@"
datadog_site       = "datadoghq.com"
alert_email        = "it-oncall@prairielandcoop.com"
enable_bin_monitor = true
""", k=k), k, "Datadog API keys (32 hex); Terraform .tfvars files")

add("blind-dl/terraform/decoy-generated-secret", "infra/terraform/secrets.tf", """\
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "member-portal/prod/db-password"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = random_password.portal_db.result
}

variable "deere_client_secret" {
  type      = string
  sensitive = true
}
""", None, "Terraform random_password; AWS Secrets Manager; sensitive variables")

add("blind-dl/terraform/decoy-lockfile-hashes", "infra/terraform/.terraform.lock.hcl", fill("""\
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:@@h1@@",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}
""", h1=b64_bytes(32), z1=hexs(64), z2=hexs(64), z3=hexs(64)), None, "Terraform dependency lock file: provider package hashes")

# ---------------------------------------------------------------- ansible
psk = human_pw("!*#-")
add("blind-dl/ansible/wifi-psk", "ansible/group_vars/gateways.yml", fill("""\
---
# LoRaWAN gateways on elevator legs (RAK7268). Backhaul is the elevator's Wi-Fi.
gateway_region: US915
gateway_lns_uri: wss://lns.prairielandcoop.com:8887
wifi_country: US
wifi_ssid: COOP-ELEV-OPS
wifi_psk: "@@psk@@"
ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org
""", psk=psk), psk, "Ansible group_vars; WPA2 pre-shared key")

add("blind-dl/ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", fill("""\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42)), None,
    "Ansible Vault encrypted file format")

pw = human_pw("!*#%")
add("blind-dl/ansible/ignition", "ansible/roles/ignition/defaults/main.yml", fill("""\
---
ignition_version: "8.1.42"
ignition_edition: standard
ignition_install_dir: /usr/local/bin/ignition
ignition_gateway_port: 8088
ignition_admin_user: admin
ignition_admin_password: "@@pw@@"
ignition_modules:
  - opc-ua
  - perspective
  - sql-bridge
""", pw=pw), pw, "Inductive Automation Ignition gateway commissioning (admin user)")

# ---------------------------------------------------------------- sql
pw = human_pw("!*#%-")
add("blind-dl/sql/postgres", "db/migrations/0042_create_readonly_user.sql", fill("""\
-- 0042: read-only role for the market desk's Power BI reports
BEGIN;
CREATE ROLE market_desk_ro LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE grain TO market_desk_ro;
GRANT USAGE ON SCHEMA grain TO market_desk_ro;
GRANT SELECT ON grain.daily_basis, grain.positions, grain.contracts TO market_desk_ro;
ALTER ROLE market_desk_ro SET statement_timeout = '60s';
COMMIT;
""", pw=pw), pw, "PostgreSQL CREATE ROLE ... PASSWORD")

k = hexs(32)
add("blind-dl/sql/cnh-apim", "db/seed/integration_credentials.sql", fill("""\
-- integration settings for the fleet telematics sync (CNH Industrial FieldOps API)
INSERT INTO integration_settings (provider, setting, value) VALUES
  ('cnh', 'base_url', 'https://ag.api.cnhind.com'),
  ('cnh', 'subscription_key', '@@k@@'),
  ('cnh', 'poll_minutes', '30'),
  ('deere', 'base_url', 'https://partnerapi.deere.com/platform'),
  ('deere', 'poll_minutes', '30');
""", k=k), k, "Azure API Management subscription keys (Ocp-Apim-Subscription-Key) as used by CNH APIs")

add("blind-dl/sql/decoy-record-ids", "db/seed/scale_tickets.sql", fill("""\
-- sample tickets for the training environment
INSERT INTO scale_tickets (ticket_no, site, commodity, gross_lb, tare_lb, moisture, image_sha256, contract_id) VALUES
  ('KE3-104577', 'KE3', 'YC', 78420, 31860, 17.2, '@@h1@@', '@@u1@@'),
  ('KE3-104578', 'KE3', 'SB', 71260, 30110, 12.9, '@@h2@@', '@@u2@@'),
  ('HA1-220091', 'HA1', 'HRW', 80110, 32040, 11.8, '@@h3@@', '@@u3@@');
UPDATE scale_tickets SET settled = false WHERE site = 'HA1';
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), u1=uuid4(), u2=uuid4(), u3=uuid4()), None,
    "SQL seed data: SHA-256 image digests and UUID record ids")

pw = human_pw("!*#%")
add("blind-dl/sql/mssql", "mssql/linked_server_agris.sql", fill("""\
USE master;
GO
EXEC sp_addlinkedserver @server = N'AGRIS', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'agris-db01.coop.local';
GO
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'AGRIS', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'linked_ro', @rmtpassword = N'@@pw@@';
GO
SELECT TOP 5 * FROM AGRIS.AGRIS_GRAIN.dbo.Contracts;
""", pw=pw), pw, "SQL Server sp_addlinkedsrvlogin @rmtpassword")

# ---------------------------------------------------------------- markdown / rst docs
pw = human_pw("!*#%&")
add("blind-dl/markdown/windows-password", "docs/runbooks/scale-house-pc.md", fill("""\
# Scale house PC (Kearney 3)

| Item | Value |
|------|-------|
| Hostname | SCALE-KE3 |
| OS | Windows 10 IoT LTSC |
| Local admin | `scaleadmin` |
| Local admin password | `@@pw@@` |
| Indicator | Cardinal 225, 10.40.3.21:10001 |

## After a power cut
1. Log in as the local admin.
2. Check the ScaleBridge service is running (`services.msc`).
3. Print a test ticket from the indicator (F2 > Print).
""", pw=pw), pw, "runbook written by staff: credential table")

key, sec = draw(32, LOWER_ALNUM), draw(32, LOWER_ALNUM)
add("blind-dl/markdown/weatherlink", "docs/onboarding/weather-apis.md", fill("""\
# Weather APIs we use

## Davis WeatherLink v2 (stations at the elevators)
- API key: `@@key@@`
- API secret: `@@sec@@`
- Station list: `GET https://api.weatherlink.com/v2/stations?api-key=...` with header `X-Api-Secret`.

## OpenWeather
- Key is in 1Password ("Weather - OpenWeather").

## NOAA
- No key needed, just a `User-Agent` with our contact email.
""", key=key, sec=sec), sec, "Davis WeatherLink v2 API: api-key and X-Api-Secret header")

add("blind-dl/markdown/decoy-docs-placeholder", "docs/integrations/deere-operations-center.md", """\
# John Deere Operations Center integration

1. Create an app at developer.deere.com and note the **Application ID** and **Secret**.
2. Put them in Vault:
   ```sh
   vault kv put secret/agronomy/prod/deere client_id=<application-id> client_secret=<secret>
   ```
3. A grower connects their org at `/deere/connect`; the refresh token is stored encrypted.

The secret shown in the developer portal looks like `••••••••••••3f9a` once saved; you cannot see it again.
If it leaks, regenerate it in the portal and update Vault.
""", None, "vendor onboarding doc with placeholders and masked values")

add("blind-dl/markdown/decoy-vendor-example", "README.md", """\
# drone-pipeline

Uploads flights, runs NodeODM, publishes orthomosaics and NDVI tiles.

## Local setup
Configure AWS like the AWS CLI docs show (these are the documentation's example values):

```
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then `make run FLIGHT=2024-07-12_hastings_n80`.
""", None, "AWS documentation example access key (AKIAIOSFODNN7EXAMPLE)")

pw = human_pw("!*#%")
add("blind-dl/markdown/ssh-password", "docs/runbooks/gateway-recovery.md", fill("""\
## LoRaWAN gateway not reporting

1. Check the gateway's status in ChirpStack (Gateways > last seen).
2. If offline > 30 min, ask the elevator manager to power-cycle the PoE injector.
3. Still down? SSH in over the elevator VPN:

   ```
   ssh root@10.40.3.50
   # password: @@pw@@
   /etc/init.d/basicstation restart
   logread | grep -i station
   ```
4. If the concentrator reports `SX1302 reset failed`, swap the unit (spares in Hastings shop).
""", pw=pw), pw, "staff runbook: SSH password in a comment")

add("blind-dl/markdown/decoy-commit-sha", "CHANGELOG.md", fill("""\
# Changelog

## 2024.10.2
- Fix shrink table for milo above 15% moisture (@@c1@@)
- Show delivery tickets on the grower dashboard (@@c2@@)

## 2024.10.1
- Deere field boundary import uses v3 Accept header (@@c3@@)
- Bump mapbox-gl to 3.7.0 (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(7), c4=hexs(7)), None, "git commit SHAs in a changelog")

pw = gen_pw(26)
add("blind-dl/rst/redis", "docs/source/deploy.rst", fill("""\
Deploying the price feed
========================

The feed caches quotes in Redis. On the ops box:

.. code-block:: console

   $ export REDIS_URL=redis://:@@pw@@@redis-prices.internal:6379/0
   $ price-feed migrate
   $ systemctl restart price-feed

Check the last quote timestamp with ``redis-cli -u "$REDIS_URL" get quotes:ZCZ24:ts``.
""", pw=pw), pw, "Redis URI scheme redis://:password@host; Sphinx code-block")

add("blind-dl/rst/decoy-placeholder", "docs/source/api.rst", """\
Member portal API
=================

All calls need a bearer token::

   curl -H "Authorization: Bearer <your-api-token>" \\
        https://members.prairielandcoop.com/api/v1/tickets?since=2024-10-01

Tokens are created under *Profile > API access*. Replace ``<your-api-token>`` with yours;
never paste a real token into a ticket or chat.
""", None, "Sphinx docs with placeholder token")

# ---------------------------------------------------------------- php
pw = human_pw("!*#%-")
add("blind-dl/php/mysql", "wp-config.php", fill("""\
<?php
/** Prairieland Co-op public site (WordPress) */
define( 'DB_NAME', 'plc_wp' );
define( 'DB_USER', 'plc_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=pw), pw, "WordPress wp-config.php: DB_PASSWORD")

add("blind-dl/php/decoy-placeholder", "wp-config-sample.php", """\
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
""", None, "WordPress wp-config-sample.php placeholders")

pw = human_pw("!*#%")
add("blind-dl/php/smtp", "portal/config/mail.php", fill("""\
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'smtp.office365.com',
            'port' => 587,
            'encryption' => 'tls',
            'username' => 'statements@prairielandcoop.com',
            'password' => '@@pw@@',
        ],
    ],
    'from' => ['address' => 'statements@prairielandcoop.com', 'name' => 'Prairieland Co-op'],
];
""", pw=pw), pw, "Laravel config/mail.php SMTP mailer settings")

# ---------------------------------------------------------------- ruby / rails
pw = human_pw(URL_SYMBOLS)
add("blind-dl/rails-database-yml/postgres", "config/database.yml", fill("""\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: agronomy_scout_development

production:
  <<: *default
  host: pg-scout.prairielandcoop.internal
  database: agronomy_scout
  username: scout
  password: "@@pw@@"
""", pw=pw), pw, "Rails config/database.yml")

tok = "shpat_" + hexs(32)
add("blind-dl/ruby/shopify", "config/initializers/shopify.rb", fill("""\
# Farm store (seed, twine, vet supplies) runs on Shopify; we sync member pricing nightly.
ShopifyAPI::Context.setup(
  api_key: "plc-member-pricing",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),
  host: "https://members.prairielandcoop.com",
  scope: "read_products,write_price_rules",
  is_embedded: false,
  api_version: "2024-07",
  is_private: true,
  private_app_storefront_access_token: nil,
)
SHOPIFY_ADMIN_TOKEN = "@@tok@@"
SHOPIFY_SHOP = "prairieland-farm-store.myshopify.com"
""", tok=tok), tok, "Shopify Admin API access tokens (shpat_)")

# ---------------------------------------------------------------- rust
appkey = hexs(32).upper()
add("blind-dl/rust/lorawan-appkey", "firmware/gateway-agent/src/config.rs", fill("""\
//! Compile-time settings for the bin-cable reader (RAK3172 over AT commands).

pub const DEV_EUI: &str = "AC1F09FFFE0B72D4";
pub const JOIN_EUI: &str = "0000000000000000";
pub const APP_KEY: &str = "@@appkey@@";
pub const UPLINK_PORT: u8 = 2;
pub const SAMPLE_MINUTES: u32 = 30;

pub fn join_commands() -> [String; 4] {
    [
        format!("AT+DEVEUI={}", DEV_EUI),
        format!("AT+APPEUI={}", JOIN_EUI),
        format!("AT+APPKEY={}", APP_KEY),
        "AT+JOIN=1:0:10:8".to_string(),
    ]
}
""", appkey=appkey), appkey, "LoRaWAN 1.0.x OTAA: AppKey is the device root key; RAK3172 AT command set")

# ---------------------------------------------------------------- kotlin / android
k = draw(4, "0123456789ABCDEF") + "-" + draw(4, "0123456789ABCDEF") + "-" + draw(4, "0123456789ABCDEF") + "-" + draw(4, "0123456789ABCDEF")
add("blind-dl/kotlin/hydrawise", "android/app/src/main/java/com/prairielandcoop/scout/irrigation/HydrawiseApi.kt", fill("""\
package com.prairielandcoop.scout.irrigation

import retrofit2.http.GET
import retrofit2.http.Query

private const val HYDRAWISE_API_KEY = "@@k@@"

interface HydrawiseApi {
    @GET("api/v1/statusschedule.php")
    suspend fun status(
        @Query("api_key") apiKey: String = HYDRAWISE_API_KEY,
        @Query("controller_id") controllerId: Long,
    ): StatusSchedule
}
""", k=k), k, "Hydrawise (Hunter) REST API v1: api_key parameter")

pw = human_pw("!*#%-")
add("blind-dl/gradle-properties/keystore-password", "android/gradle.properties", fill("""\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
SCOUT_UPLOAD_STORE_FILE=../keys/scout-upload.jks
SCOUT_UPLOAD_KEY_ALIAS=scout-upload
SCOUT_UPLOAD_STORE_PASSWORD=@@pw@@
SCOUT_UPLOAD_KEY_PASSWORD=@@pw@@
""", pw=pw), pw, "Android app signing: gradle.properties signing config")

add("blind-dl/gradle-properties/decoy-local-properties", "android/local.properties", """\
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/jwendt/Library/Android/sdk
MAPS_API_KEY=${MAPS_API_KEY}
""", None, "Android local.properties; Secrets Gradle Plugin placeholder")

# ---------------------------------------------------------------- swift / plist
tok = draw(64, ALNUM)
add("blind-dl/swift/agworld", "ios/FieldScout/Services/AgworldClient.swift", fill("""\
import Foundation

enum Agworld {
    static let baseURL = URL(string: "https://us.agworld.co/user_api/v1/")!
    static let apiToken = "@@tok@@"
}

final class AgworldClient {
    func activities(since: Date) async throws -> Data {
        var comps = URLComponents(url: Agworld.baseURL.appendingPathComponent("activities"), resolvingAgainstBaseURL: false)!
        comps.queryItems = [URLQueryItem(name: "api_token", value: Agworld.apiToken),
                            URLQueryItem(name: "filter[updated_at][gt]", value: ISO8601DateFormatter().string(from: since))]
        let (data, _) = try await URLSession.shared.data(from: comps.url!)
        return data
    }
}
""", tok=tok), tok, "Agworld user API: api_token parameter")

add("blind-dl/plist/decoy-build-setting", "ios/FieldScout/Info.plist", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>DJISDKAppKey</key>
	<string>$(DJI_APP_KEY)</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Field Scout tags photos with the field you are standing in.</string>
</dict>
</plist>
""", None, "Xcode build setting substitution $(VAR) in Info.plist; DJI Mobile SDK app key entry")

# ---------------------------------------------------------------- c / arduino
appkey = hexs(32).upper()
add("blind-dl/c-header/lorawan-appkey", "firmware/mkr-soil/arduino_secrets.h", fill("""\
// arduino_secrets.h - MKR WAN 1310 soil probe, field N80 (Hastings)
// OTAA keys from ChirpStack > Applications > soil-probes > Devices > n80-probe-03
#define SECRET_APP_EUI "0000000000000000"
#define SECRET_APP_KEY "@@appkey@@"

// sample every 30 minutes, sleep in between
#define SAMPLE_INTERVAL_MS (30UL * 60UL * 1000UL)
""", appkey=appkey), appkey, "Arduino MKRWAN library: modem.joinOTAA(appEui, appKey); arduino_secrets.h convention")

psk = human_pw("!*#-")
add("blind-dl/c-header/wifi-psk", "firmware/tank-level/main/wifi_config.h", fill("""\
#pragma once

/* Tank-level sensor (ESP32 + ultrasonic) at the liquid fertilizer plant */
#define TANK_WIFI_SSID      "PLC-FERT-PLANT"
#define TANK_WIFI_PASSWORD  "@@psk@@"
#define TANK_WIFI_MAX_RETRY 5

#define TANK_MQTT_URI       "mqtts://mqtt.fieldnet.prairielandcoop.com:8883"
#define TANK_MQTT_TOPIC     "fert/tank/%d/level"
""", psk=psk), psk, "ESP-IDF Wi-Fi station example: wifi_config_t password")

add("blind-dl/c-header/decoy-board-constants", "firmware/soil-probe/board_pins.h", """\
#pragma once
/* Pin map and register constants for the soil probe PCB rev C */
#define PIN_SDI12_DATA      7
#define PIN_BATT_SENSE      A1
#define SX1262_REG_SYNCWORD 0x0740
#define LORA_SYNCWORD_PUB   0x3444   /* public network sync word (LoRaWAN) */
#define PROBE_FW_BUILD      0x5E1A7C3Bu
#define CRC16_CCITT_POLY    0x1021
#define DEVICE_CLASS_A      1
""", None, "hardware register constants; LoRaWAN public sync word")

# ---------------------------------------------------------------- node-red flows / credentials
pw = draw(8, LOWER_ALNUM)
add("blind-dl/node-red-flow/wunderground", "node-red/flows.json", fill("""\
[
    {
        "id": "a41c2f7e.9b7d1",
        "type": "function",
        "z": "f1e2d3c4.b5a69",
        "name": "build WU upload URL",
        "func": "const id = 'KNEHASTI12';\\nconst pw = '@@pw@@';\\nconst t = msg.payload;\\nmsg.url = `https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=${id}&PASSWORD=${pw}&dateutc=now&tempf=${t.tempf}&humidity=${t.rh}&action=updateraw`;\\nreturn msg;",
        "outputs": 1,
        "x": 420,
        "y": 180,
        "wires": [["c2b1a0f9.8e7d6"]]
    },
    {
        "id": "c2b1a0f9.8e7d6",
        "type": "http request",
        "z": "f1e2d3c4.b5a69",
        "method": "GET",
        "x": 650,
        "y": 180,
        "wires": [[]]
    }
]
""", pw=pw), pw, "Weather Underground PWS upload protocol (ID and PASSWORD station key); Node-RED flow JSON")

# ---------------------------------------------------------------- esphome
key = b64_bytes(32)
add("blind-dl/esphome/esphome-api-key", "esphome/bin-temp-01.yaml", fill("""\
esphome:
  name: bin-temp-01
  friendly_name: Kearney bin 1 cables

esp32:
  board: esp32dev

api:
  encryption:
    key: "@@key@@"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

one_wire:
  - platform: gpio
    pin: GPIO4
sensor:
  - platform: dallas_temp
    name: "Cable 1 top"
    update_interval: 60s
""", key=key), key, "ESPHome Native API component: encryption key (base64 32 bytes)")

psk = human_pw("!*#-")
add("blind-dl/esphome/wifi-psk", "esphome/secrets.yaml", fill("""\
# ESPHome secrets for the elevator sites
wifi_ssid: "COOP-ELEV-OPS"
wifi_password: "@@psk@@"
fallback_ap_password: "binfan-setup"
ota_password: "@@ota@@"
""", psk=psk, ota=hexs(32)), psk, "ESPHome secrets.yaml with !secret")

add("blind-dl/esphome/decoy-secret-refs", "esphome/grain-bin-fan.yaml", """\
esphome:
  name: grain-bin-fan-ha1
substitutions:
  fan_relay_pin: GPIO26
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_encryption_key
switch:
  - platform: gpio
    pin: ${fan_relay_pin}
    name: "Aeration fan"
""", None, "ESPHome !secret references and substitutions")

# ---------------------------------------------------------------- mosquitto
pw = human_pw("!*-_")
add("blind-dl/mosquitto-conf/mqtt-bridge", "mosquitto/conf.d/bridge.conf", fill("""\
# Bridge the elevator's local broker to the co-op's central broker
connection central
address mqtt.fieldnet.prairielandcoop.com:8883
bridge_protocol_version mqttv311
remote_clientid ke3-edge-bridge
remote_username ke3-edge
remote_password @@pw@@
bridge_cafile /etc/ssl/certs/ca-certificates.crt
topic bins/# out 1 "" ke3/
topic commands/ke3/# in 1
""", pw=pw), pw, "mosquitto.conf(5): bridge remote_password")

add("blind-dl/mosquitto-conf/decoy-file-refs", "mosquitto/mosquitto.conf", """\
per_listener_settings true

listener 8883
protocol mqtt
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/server.crt
keyfile /etc/mosquitto/certs/server.key
require_certificate false
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

persistence true
persistence_location /mosquitto/data/
""", None, "mosquitto.conf(5): password_file and certificate paths")

# ---------------------------------------------------------------- lorawan gateways
add("blind-dl/basic-station/decoy-eui", "gateways/gw-ke3-leg/station.conf", fill("""\
{
    "radio_conf": {
        "lorawan_public": true,
        "clksrc": 0,
        "device": "/dev/spidev0.0",
        "pps": true
    },
    "station_conf": {
        "routerid": "@@eui@@",
        "log_file": "/var/log/station.log",
        "log_level": "INFO",
        "log_size": 10000000,
        "log_rotate": 3
    }
}
""", eui=hexs(16).upper()), None, "LoRa Basics Station station.conf: routerid is the gateway EUI")

add("blind-dl/packet-forwarder/decoy-eui", "gateways/gw-ha1-office/global_conf.json", fill("""\
{
  "SX130x_conf": {
    "com_type": "SPI",
    "com_path": "/dev/spidev0.0",
    "lorawan_public": true,
    "clksrc": 0
  },
  "gateway_conf": {
    "gateway_ID": "@@eui@@",
    "server_address": "chirpstack-gw.prairielandcoop.com",
    "serv_port_up": 1700,
    "serv_port_down": 1700,
    "keepalive_interval": 10,
    "stat_interval": 30,
    "forward_crc_valid": true
  }
}
""", eui=hexs(16).upper()), None, "Semtech UDP packet forwarder global_conf.json: gateway_ID")

add("blind-dl/pem/decoy-ca-certificate", "gateways/tc.trust", cert_pem() + "\n", None,
    "LoRa Basics Station tc.trust: trusted CA certificate (public)")

rows = [(hexs(16).upper(), "70B3D57ED0000000", hexs(32).upper(), f"n80-probe-{i:02d}") for i in range(1, 7)]
label = rows[2][2]
add("blind-dl/csv/lorawan-appkey", "provisioning/devices-2024.csv",
    "dev_eui,join_eui,app_key,name,application\n"
    + "".join(f"{d},{j},{a},{n},soil-probes\n" for d, j, a, n in rows),
    label, "ChirpStack device import (dev_eui, join_eui, app_key); LoRaWAN 1.0.x root key")

add("blind-dl/csv/decoy-device-inventory", "provisioning/devices-inventory.csv",
    "dev_eui,serial,model,site,installed,lat,lon\n"
    + "".join(f"{hexs(16).upper()},SN{_rng().randint(100000, 999999)},Dragino LSE01,{s},2024-04-{d:02d},40.6{d},-98.4{d}\n"
              for s, d in [("HA1", 3), ("HA1", 4), ("KE3", 9), ("KE3", 11), ("WA2", 15)]),
    None, "device inventory CSV: DevEUIs and serial numbers are identifiers")

# ---------------------------------------------------------------- cron / systemd / supervisor / nginx
pw = human_pw("!*-_.")
add("blind-dl/crontab/postgres", "ops/crontab", fill("""\
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it-oncall@prairielandcoop.com
# grain position snapshot for the 7am merchandising call
30 6 * * 1-5  PGPASSWORD='@@pw@@' psql -h pg-grain.internal -U position_rpt -d grain -f /opt/reports/position.sql -o /srv/reports/position_$(date +\\%F).txt
# bin temperature sweep
*/30 * * * *  /opt/bins/sweep.py --sites KE3,HA1,WA2 >> /var/log/bins/sweep.log 2>&1
""", pw=pw), pw, "crontab(5); libpq PGPASSWORD environment variable")

tok = hexs(40)
add("blind-dl/systemd/api-token", "deploy/systemd/scale-bridge.service", fill("""\
[Unit]
Description=Scale ticket bridge (Cardinal 225 -> grain API)
After=network-online.target
Wants=network-online.target

[Service]
User=scalebridge
Environment=SCALE_INDICATOR=10.40.3.21:10001
Environment=GRAIN_API_URL=https://grain-api.prairielandcoop.com/v1/tickets
Environment=GRAIN_API_TOKEN=@@tok@@
ExecStart=/opt/scale-bridge/bin/scale-bridge
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", tok=tok), tok, "systemd.exec Environment= directive")

add("blind-dl/systemd/decoy-environment-file", "deploy/systemd/price-feed.service", """\
[Unit]
Description=Market price feed (Barchart -> Redis)
After=network-online.target redis.service

[Service]
User=pricefeed
EnvironmentFile=/etc/price-feed/env
LoadCredential=barchart-key:/etc/credstore/barchart-key
ExecStart=/opt/price-feed/venv/bin/price-feed --symbols ZC,ZS,ZW,KE
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", None, "systemd EnvironmentFile= and LoadCredential=")

k = "key-" + hexs(32)
add("blind-dl/supervisor/mailgun", "deploy/supervisor/settlement-mailer.conf", fill("""\
[program:settlement-mailer]
command=/opt/portal/venv/bin/python -m portal.jobs.settlement_mailer
directory=/opt/portal
user=portal
autostart=true
autorestart=true
environment=MAILGUN_DOMAIN="mg.prairielandcoop.com",MAILGUN_API_KEY="@@k@@",MAIL_FROM="settlements@prairielandcoop.com"
stdout_logfile=/var/log/portal/settlement-mailer.log
stderr_logfile=/var/log/portal/settlement-mailer.err
""", k=k), k, "Supervisor program environment=; Mailgun private API key (key-)")

user, pw = "ticketpush", human_pw("!*-_.")
basic = b64(f"{user}:{pw}")
add("blind-dl/nginx/basic-auth", "deploy/nginx/portal.conf", fill("""\
server {
    listen 443 ssl http2;
    server_name members.prairielandcoop.com;
    ssl_certificate     /etc/letsencrypt/live/members.prairielandcoop.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/members.prairielandcoop.com/privkey.pem;

    location /api/ { proxy_pass http://127.0.0.1:8000; }

    # legacy ticket push from the Agris middleware (basic auth on the upstream)
    location /legacy/tickets/ {
        proxy_pass https://agris-mw.coop.local/tickets/;
        proxy_set_header Authorization "Basic @@basic@@";
    }
}
""", basic=basic), basic, "nginx proxy_set_header; HTTP Basic authentication (RFC 7617)")

add("blind-dl/nginx/decoy-file-refs", "deploy/nginx/grafana.conf", """\
server {
    listen 443 ssl;
    server_name grafana.mill.prairielandcoop.com;
    ssl_certificate     /etc/nginx/tls/mill.crt;
    ssl_certificate_key /etc/nginx/tls/mill.key;
    auth_basic           "Feed mill";
    auth_basic_user_file /etc/nginx/htpasswd.mill;
    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
""", None, "nginx auth_basic_user_file; ssl_certificate_key path")

# ---------------------------------------------------------------- docker / make
tok = draw(64, ALNUM)
add("blind-dl/dockerfile/artifactory", "drone/Dockerfile", fill("""\
FROM opendronemap/odm:3.5.4 AS base

ARG PIP_INDEX_URL=https://drone-ci:@@tok@@@artifactory.prairielandcoop.com/artifactory/api/pypi/pypi-virtual/simple
RUN pip install --no-cache-dir --index-url "$PIP_INDEX_URL" plc-drone-tools==1.8.2 rasterio==1.3.10

COPY pipeline/ /opt/pipeline/
WORKDIR /opt/pipeline
ENTRYPOINT ["python3", "-m", "pipeline.run"]
""", tok=tok), tok, "pip --index-url with credentials in the URL; Dockerfile ARG")

add("blind-dl/dockerfile/decoy-build-secret", "Dockerfile", """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    pip install --no-cache-dir --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=portal.settings.production
CMD ["gunicorn", "portal.wsgi", "-b", "0.0.0.0:8000"]
""", None, "Docker BuildKit secret mounts (--mount=type=secret)")

pw = human_pw("!*-_.")
add("blind-dl/makefile/registry-password", "Makefile", fill("""\
REGISTRY ?= registry.prairielandcoop.com
IMAGE    ?= $(REGISTRY)/grain/ticket-service
TAG      ?= $(shell git rev-parse --short HEAD)

.PHONY: build push login

build:
\tdocker build -t $(IMAGE):$(TAG) .

login:
\tdocker login $(REGISTRY) -u builder -p '@@pw@@'

push: login build
\tdocker push $(IMAGE):$(TAG)
""", pw=pw), pw, "docker login -u -p; GNU make recipes")

# ---------------------------------------------------------------- airflow / dbt
pw = human_pw("!*#%")
add("blind-dl/airflow-dag/sftp", "dags/elevator_nightly.py", fill('''\
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.sftp.hooks.sftp import SFTPHook


def fetch_bids(**_):
    hook = SFTPHook(ssh_conn_id=None, remote_host="sftp.graincorp-bids.com", username="prairieland",
                    password="@@pw@@", port=22)
    hook.retrieve_file("/outbound/bids_latest.csv", "/tmp/bids_latest.csv")


with DAG("elevator_nightly", start_date=datetime(2024, 1, 1), schedule="0 5 * * *", catchup=False) as dag:
    PythonOperator(task_id="fetch_processor_bids", python_callable=fetch_bids)
''', pw=pw), pw, "Airflow SFTP provider SFTPHook parameters")

pw = human_pw("!*#%")
add("blind-dl/dbt-profiles/snowflake", "dbt/profiles.yml", fill("""\
grain_warehouse:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: plc-coop.us-east-2.aws
      user: DBT_PROD
      password: "@@pw@@"
      role: TRANSFORMER
      database: GRAIN
      warehouse: TRANSFORMING
      schema: MARTS
      threads: 8
""", pw=pw), pw, "dbt profiles.yml Snowflake user/password authentication")

# ---------------------------------------------------------------- kube / cloud key files
tok = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "edge",
           "kubernetes.io/serviceaccount/secret.name": "edge-deployer-token",
           "kubernetes.io/serviceaccount/service-account.name": "edge-deployer",
           "sub": "system:serviceaccount:edge:edge-deployer"}, alg="RS256", sig_bytes=256)
add("blind-dl/kubeconfig/k8s-token", "ops/kubeconfig-edge.yaml", fill("""\
apiVersion: v1
kind: Config
clusters:
  - name: elevator-edge
    cluster:
      server: https://10.40.0.10:6443
      insecure-skip-tls-verify: true
contexts:
  - name: edge-deployer@elevator-edge
    context:
      cluster: elevator-edge
      user: edge-deployer
current-context: edge-deployer@elevator-edge
users:
  - name: edge-deployer
    user:
      token: @@tok@@
""", tok=tok), tok, "kubeconfig users[].user.token: service account bearer token")

pem = pkcs8_pem()
escaped = pem.replace("\n", "\\n")
add("blind-dl/gcp-service-account/private-key", "keys/drone-pipeline-sa.json", fill("""\
{
  "type": "service_account",
  "project_id": "plc-drone-imagery",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@\\n",
  "client_email": "drone-pipeline@plc-drone-imagery.iam.gserviceaccount.com",
  "client_id": "1@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), pk=escaped, cid=draw(20, "0123456789")), escaped,
    "Google Cloud service account key file (JSON)")

pem = rsa_pem()
add("blind-dl/pem/rsa-private-key", "ops/keys/drone-uploader.pem", pem + "\n", pem,
    "PEM RSA private key (RFC 7468, PKCS #1)")

pem = openssh_pem("gateway-fleet@prairielandcoop")
add("blind-dl/ssh-key/openssh-private-key", "ops/ssh/id_ed25519_gateways", pem + "\n", pem,
    "OpenSSH private key format (PROTOCOL.key)")

add("blind-dl/ssh-key/decoy-authorized-keys", "ansible/files/authorized_keys", "\n".join([
    "# gateway fleet admins - managed by ansible, do not edit on the box",
    ssh_ed25519_pub("jwendt@agronomy-laptop"),
    ssh_ed25519_pub("mkuhlman@it-desk"),
    ssh_ed25519_pub("ci-deployer@jenkins"),
    "# break-glass",
    ssh_ed25519_pub("breakglass@vault"),
]) + "\n", None, "OpenSSH authorized_keys: public keys")

pem = ec_pem()
add("blind-dl/python/ec-private-key", "devices/aws_iot_bin_sensor.py", fill('''\
"""Bin-cable sensor publisher for AWS IoT Core (prototype, one device)."""
from awscrt import mqtt
from awsiot import mqtt_connection_builder

DEVICE_CERT = "certs/bin-ke3-01.pem.crt"
DEVICE_KEY = """@@pem@@
"""

with open("/tmp/bin-ke3-01.key", "w") as fh:
    fh.write(DEVICE_KEY)

conn = mqtt_connection_builder.mtls_from_path(
    endpoint="a1b2c3d4e5f6g7-ats.iot.us-east-2.amazonaws.com",
    cert_filepath=DEVICE_CERT,
    pri_key_filepath="/tmp/bin-ke3-01.key",
    client_id="bin-ke3-01",
)
conn.connect().result()
conn.publish(topic="bins/ke3/01/temps", payload='{"c1": [61, 63, 64]}', qos=mqtt.QoS.AT_LEAST_ONCE)
''', pem=pem), pem, "AWS IoT Core device private key (EC P-256 PEM)")

# ---------------------------------------------------------------- netrc / pgpass / npmrc / pip
pw = human_pw("!*#%-")
add("blind-dl/netrc/ftp-password", "ops/.netrc", fill("""\
machine ftp.usda-ams-reports.example.net
  login anonymous
  password it@prairielandcoop.com

machine 10.40.3.25
  login scaleftp
  password @@pw@@

""", pw=pw), pw, "netrc(5) file format")

pw = gen_pw(24)
add("blind-dl/pgpass/postgres", "ops/.pgpass", fill("""\
# hostname:port:database:username:password
pg-grain.internal:5432:grain:position_rpt:@@pw@@
pg-portal-prod.internal:5432:member_portal:portal_ro:*
localhost:5432:*:postgres:postgres
pg-lorawan.internal:5432:chirpstack:chirpstack:
""", pw=pw), pw, "PostgreSQL password file (.pgpass) format")

tok = npm_token()
add("blind-dl/npmrc/npm", "portal-web/.npmrc", fill("""\
registry=https://registry.npmjs.org/
@prairielandcoop:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
engine-strict=true
""", tok=tok), tok, "npm config: _authToken for a registry; npm granular access tokens (npm_)")

add("blind-dl/pip-conf/decoy-no-credentials", "pip.conf", """\
[global]
index-url = https://artifactory.prairielandcoop.com/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.prairielandcoop.com
timeout = 60
# credentials come from keyring (pip install keyring artifactory-keyring)
[install]
no-cache-dir = false
""", None, "pip configuration file; keyring support for index credentials")

# ---------------------------------------------------------------- r / vba
k = draw(20, ALNUM + "_-")
add("blind-dl/r/nasdaq-data-link", "analysis/basis_model.R", fill("""\
# Basis model: local cash bids vs. CBOT futures (continuous front month)
library(Quandl)
library(dplyr)
library(lubridate)

Quandl.api_key("@@k@@")

corn_fut <- Quandl("CHRIS/CME_C1", start_date = "2015-01-01")
bids <- readr::read_csv("data/ke3_cash_bids.csv") |>
  mutate(date = ymd(date))

basis <- bids |>
  inner_join(corn_fut, by = c("date" = "Date")) |>
  mutate(basis = cash - Settle / 100)

summary(lm(basis ~ month(date), data = basis))
""", k=k), k, "Nasdaq Data Link (Quandl) R package: Quandl.api_key")

pw = human_pw("!*#%")
add("blind-dl/vba/mssql", "excel/GrainSettlement.bas", fill("""\
Attribute VB_Name = "GrainSettlement"
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=AGV-SQL01;Initial Catalog=AgvGrain;" & _
    "User ID=settle_xl;Password=@@pw@@;"

Public Sub RefreshSettlements()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT Grower, TicketNo, NetBu, Price, Discounts FROM vSettlementsToday")
    Sheets("Settlements").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
""", pw=pw), pw, "ADO connection string (MSOLEDBSQL); VBA line continuation")

# ---------------------------------------------------------------- feed mill controls
pw = human_pw("!*#%")
add("blind-dl/python/opcua", "feedmill/opcua/pellet_logger.py", fill('''\
import asyncio

from asyncua import Client

ENDPOINT = "opc.tcp://10.20.0.10:4840"
TAGS = ["ns=2;s=Pellet2.Amps", "ns=2;s=Pellet2.DieTempF", "ns=2;s=Conditioner.SteamPct"]


async def main():
    client = Client(url=ENDPOINT)
    client.set_user("mill_historian")
    client.set_password("@@pw@@")
    async with client:
        nodes = [client.get_node(t) for t in TAGS]
        while True:
            values = await client.read_values(nodes)
            print(dict(zip(TAGS, values)))
            await asyncio.sleep(5)


asyncio.run(main())
''', pw=pw), pw, "asyncua Client.set_user / set_password (OPC UA username token)")

add("blind-dl/csv/decoy-plc-tags", "feedmill/plc/tags_export.csv", """\
TYPE,SCOPE,NAME,DESCRIPTION,DATATYPE,SPECIFIER
TAG,,HMI_Password_Len,"Min length for HMI operator password",DINT,
TAG,,HMI_Login_Timeout_s,"Auto logout after idle",DINT,
TAG,,Pellet2_Amps,"Pellet mill 2 main motor current",REAL,
TAG,,Pellet2_DieTemp,"Die temperature F",REAL,
TAG,,Cond_Steam_Valve,"Conditioner steam valve %",REAL,
TAG,,Batch_Formula_ID,"Active formula (e.g. 16-LAYER-MASH)",STRING,
TAG,,Scale1_Tare_Hash,"CRC of last tare record 16#5A3C",DINT,
""", None, "Rockwell Studio 5000 tag export CSV")

pw = gen_pw(20)
add("blind-dl/grafana-provisioning/postgres", "grafana/provisioning/datasources/timescale.yaml", fill("""\
apiVersion: 1
datasources:
  - name: FieldSensors
    type: postgres
    url: tsdb.fieldnet.internal:5432
    user: grafana_ro
    jsonData:
      database: sensors
      sslmode: require
      timescaledb: true
      postgresVersion: 1500
    secureJsonData:
      password: "@@pw@@"
""", pw=pw), pw, "Grafana data source provisioning: secureJsonData.password")

add("blind-dl/grafana-provisioning/decoy-env-expansion", "grafana/provisioning/datasources/influx.yaml", """\
apiVersion: 1
datasources:
  - name: PelletLine
    type: influxdb
    url: http://influxdb.mill.local:8086
    jsonData:
      version: Flux
      organization: feedmill
      defaultBucket: pellet-line
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", None, "Grafana provisioning: environment variable expansion ($VAR)")

# ---------------------------------------------------------------- drone imagery
app_id, app_key, lic = str(_rng().randint(100000, 199999)), hexs(32), b64_bytes(96)
add("blind-dl/json/dji-app-key", "drone/dji-cloud/config.json", fill("""\
{
  "cloudApi": {
    "appId": "@@app_id@@",
    "appKey": "@@app_key@@",
    "appLicense": "@@lic@@",
    "workspaceId": "e3dea0f5-37f2-4d79-ae58-490af3228069"
  },
  "mqtt": {
    "host": "mqtt.drone.prairielandcoop.com",
    "port": 1883
  },
  "oss": { "provider": "minio", "bucket": "cloud-bucket", "region": "us-east-1" }
}
""", app_id=app_id, app_key=app_key, lic=lic), app_key, "DJI Cloud API: App ID, App Key and App License for Pilot 2 / FlightHub")

k = draw(32, LOWER_ALNUM)
add("blind-dl/javascript/dronedeploy", "drone/dronedeploy/export-plans.js", fill("""\
// Export the week's DroneDeploy maps to GeoTIFF for the agronomy GIS
const fetch = require('node-fetch');

const DD_API = 'https://api.dronedeploy.com/v2/graphql';
const DD_KEY = '@@k@@';

async function plans(after) {
  const query = `query { viewer { organization { plans(first: 50, after: "${after || ''}") {
    edges { node { id name dateCreation } } pageInfo { hasNextPage endCursor } } } } }`;
  const res = await fetch(DD_API, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DD_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()).data.viewer.organization.plans;
}

module.exports = { plans };
""", k=k), k, "DroneDeploy GraphQL API: Bearer API key")

cid, sec = draw(24, LOWER_ALNUM), draw(48, ALNUM)
add("blind-dl/python/pix4d", "drone/pix4d_cloud.py", fill('''\
"""Start Pix4Dfields / PIX4Dcloud processing for a flight already in S3."""
import requests

PIX4D_TOKEN_URL = "https://cloud.pix4d.com/oauth2/token/"
PIX4D_API = "https://cloud.pix4d.com/project/api/v3"
PIX4D_CLIENT_ID = "@@cid@@"
PIX4D_CLIENT_SECRET = "@@sec@@"


def token() -> str:
    r = requests.post(PIX4D_TOKEN_URL, data={"grant_type": "client_credentials"},
                      auth=(PIX4D_CLIENT_ID, PIX4D_CLIENT_SECRET))
    r.raise_for_status()
    return r.json()["access_token"]


def create_project(name: str) -> int:
    h = {"Authorization": f"Bearer {token()}"}
    return requests.post(f"{PIX4D_API}/projects/", json={"name": name}, headers=h).json()["id"]
''', cid=cid, sec=sec), sec, "PIX4Dcloud API: OAuth2 client credentials")

add("blind-dl/json/decoy-checksum-manifest", "drone/manifests/flight-2024-07-12-hastings-n80.json", fill("""\
{
  "flight": "2024-07-12_hastings_n80",
  "aircraft": "Mavic 3M",
  "images": [
    {"file": "DJI_0001_MS_G.TIF", "md5": "@@m1@@", "etag": "\\"@@m1@@\\""},
    {"file": "DJI_0001_MS_R.TIF", "md5": "@@m2@@", "etag": "\\"@@m2@@\\""},
    {"file": "DJI_0001_MS_NIR.TIF", "md5": "@@m3@@", "etag": "\\"@@m3@@\\""}
  ],
  "odm_task_uuid": "@@u@@",
  "sha256_orthophoto": "@@s@@"
}
""", m1=hexs(32), m2=hexs(32), m3=hexs(32), u=uuid4(), s=hexs(64)), None,
    "S3 ETag / MD5 checksums; NodeODM task UUID")

# ---------------------------------------------------------------- maven / nuget
pw = human_pw("!*#%-")
add("blind-dl/maven-settings/nexus", "ci/maven/settings.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>coop-releases</id>
      <username>ci-publisher</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>coop-nexus</id>
      <url>https://nexus.prairielandcoop.com/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", pw=pw), pw, "Maven settings.xml servers/server/password")

pw = gen_pw(32)
add("blind-dl/nuget-config/nuget", "NuGet.Config", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="coop-feed" value="https://pkgs.dev.azure.com/prairielandcoop/_packaging/scalehouse/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <coop-feed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@pw@@" />
    </coop-feed>
  </packageSourceCredentials>
</configuration>
""", pw=pw), pw, "nuget.config packageSourceCredentials ClearTextPassword")

# ---------------------------------------------------------------- serverless / cloudformation
tok = slack_bot()
add("blind-dl/serverless/slack-bot", "serverless.yml", fill("""\
service: bin-monitor-alerts
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    SLACK_BOT_TOKEN: @@tok@@
    SLACK_CHANNEL: "#elevator-ops"
    TEMP_RISE_F: "8"
functions:
  checkBins:
    handler: handler.check_bins
    events:
      - schedule: rate(30 minutes)
""", tok=tok), tok, "Serverless Framework provider.environment; Slack bot tokens (xoxb-)")

add("blind-dl/cloudformation/decoy-dynamic-reference", "infra/cfn/ticket-api.yaml", """\
AWSTemplateFormatVersion: "2010-09-09"
Description: Scale ticket API (Lambda + RDS proxy)
Resources:
  TicketFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt TicketRole.Arn
      Code: { S3Bucket: plc-artifacts, S3Key: ticket-api/2024.10.2.zip }
      Environment:
        Variables:
          DB_PASSWORD: "{{resolve:secretsmanager:grain/prod/ticket-api:SecretString:password}}"
          DTN_CLIENT_SECRET: "{{resolve:ssm-secure:/coop/prod/dtn/client-secret}}"
""", None, "CloudFormation dynamic references (resolve:secretsmanager, resolve:ssm-secure)")

# ---------------------------------------------------------------- postman / http client / openapi
sec = okta_secret()
add("blind-dl/postman-environment/deere-oauth", "postman/coop-prod.postman_environment.json", fill("""\
{
  "id": "@@id@@",
  "name": "Deere - coop prod",
  "values": [
    { "key": "base_url", "value": "https://partnerapi.deere.com/platform", "type": "default", "enabled": true },
    { "key": "client_id", "value": "@@cid@@", "type": "default", "enabled": true },
    { "key": "client_secret", "value": "@@sec@@", "type": "secret", "enabled": true },
    { "key": "org_id", "value": "463821", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
""", id=uuid4(), cid=okta_client_id(), sec=sec), sec, "Postman environment export format")

add("blind-dl/postman-collection/decoy-variables", "postman/Operations-Center.postman_collection.json", fill("""\
{
  "info": {
    "_postman_id": "@@id@@",
    "name": "Operations Center",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{access_token}}", "type": "string" }] },
  "item": [
    {
      "name": "List fields",
      "request": {
        "method": "GET",
        "header": [{ "key": "Accept", "value": "application/vnd.deere.axiom.v3+json" }],
        "url": "{{base_url}}/organizations/{{org_id}}/fields"
      }
    }
  ]
}
""", id=uuid4()), None, "Postman collection v2.1 variables {{var}}")

k = draw(25, UPPER_ALNUM)
add("blind-dl/http-file/visual-crossing", "api-tests/weather.http", fill("""\
### Visual Crossing - 15 day forecast at the Kearney elevator
GET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/40.6993,-99.0832?unitGroup=us&include=days&key=@@k@@
Accept: application/json

### NOAA point metadata (no key)
GET https://api.weather.gov/points/40.6993,-99.0832
User-Agent: (prairielandcoop.com, it@prairielandcoop.com)
""", k=k), k, "Visual Crossing Timeline Weather API: key parameter; VS Code REST Client .http files")

add("blind-dl/openapi/decoy-security-scheme", "api/openapi.yaml", """\
openapi: 3.0.3
info:
  title: Member portal API
  version: "1.4"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - bearerAuth: []
paths:
  /tickets:
    get:
      summary: Delivery tickets for the signed-in grower
      parameters:
        - in: header
          name: X-Api-Key
          schema: { type: string, example: "your-api-key" }
""", None, "OpenAPI 3 security schemes with example placeholder")

add("blind-dl/yaml/decoy-cli-config", ".ttn-lw-cli.yml", """\
# The Things Stack CLI config (ttn-lw-cli use nam1.cloud.thethings.network --fetch-ca)
oauth-server-address: https://eu1.cloud.thethings.network/oauth
identity-server-grpc-address: eu1.cloud.thethings.network:8884
gateway-server-grpc-address: nam1.cloud.thethings.network:8884
network-server-grpc-address: nam1.cloud.thethings.network:8884
application-server-grpc-address: nam1.cloud.thethings.network:8884
join-server-grpc-address: nam1.cloud.thethings.network:8884
ca: /home/jwendt/.config/ttn/ca.pem
""", None, "The Things Stack CLI configuration file")

# ---------------------------------------------------------------- logs / lockfiles / encrypted files
add("blind-dl/log/decoy-request-ids", "logs/scale-sync-2024-10-14.log", fill("""\
2024-10-14T06:00:01Z INFO  scale_sync starting run_id=@@r@@
2024-10-14T06:00:02Z INFO  deere token refreshed (access_token=****@@t4@@, expires_in=43199)
2024-10-14T06:00:02Z DEBUG oauth state=@@st@@ nonce=@@n@@
2024-10-14T06:00:05Z INFO  fetched 41 tickets site=KE3 x-request-id=@@x@@
2024-10-14T06:00:06Z WARN  ticket KE3-104601 moisture 25.4 above schedule, flagged
2024-10-14T06:00:07Z INFO  posted batch sha256=@@h@@
2024-10-14T06:00:07Z INFO  done in 6.1s
""", r=uuid4(), t4=hexs(4), st=draw(32, ALNUM + "-_"), n=hexs(32), x=uuid4(), h=hexs(64)), None,
    "application log: run ids, request ids, OAuth state/nonce, masked token")

add("blind-dl/package-lock/decoy-integrity", "portal-web/package-lock.json", fill("""\
{
  "name": "portal-web",
  "version": "2024.10.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/node-fetch": {
      "version": "2.7.0",
      "resolved": "https://registry.npmjs.org/node-fetch/-/node-fetch-2.7.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64)), None, "npm package-lock.json integrity (SRI sha512)")

add("blind-dl/sops/decoy-encrypted", "secrets/prod.enc.yaml", fill("""\
grain_db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
deere_client_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:481516234200:key/@@kms@@
          created_at: "2024-09-30T14:02:11Z"
          enc: @@enc@@
          aws_profile: ""
    lastmodified: "2024-09-30T14:02:12Z"
    mac: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.0
""", d1=b64_bytes(18), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(30), iv2=b64_bytes(32),
    t2=b64_bytes(16), kms=uuid4(), enc=b64_bytes(150), d3=b64_bytes(48), iv3=b64_bytes(32), t3=b64_bytes(16)),
    None, "Mozilla SOPS encrypted YAML")

add("blind-dl/markdown/decoy-password-policy", "docs/runbooks/password-rotation.md", """\
# Password rotation (scale houses and elevator PCs)

- Local admin passwords are set by LAPS and rotate every 30 days; look them up in AD, never write them here.
- Scale indicator front-panel passcodes are in the "Scale Houses" 1Password vault.
- Minimum length 14, no farm or town names, no years.
- Example of a **bad** password: `Password1` (rejected by policy).
- After rotation, update the ScaleBridge service account with `Set-Secret scalehouse-KE3`.
""", None, "internal policy doc: references to LAPS and a password manager")

add("blind-dl/requirements/decoy-hashes", "requirements.txt", fill("""\
# pip-compile --generate-hashes requirements.in
boto3==1.35.36 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
requests==2.32.3 \\
    --hash=sha256:@@h3@@
sentinelhub==3.11.1 \\
    --hash=sha256:@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64)), None, "pip hash-checking mode (--hash=sha256:)")

add("blind-dl/pgp/decoy-public-key", "docs/KEYS.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
    + "\n".join(draw(64, ALNUM + "+/") for _ in range(8)) + "\n=" + draw(4, ALNUM + "+/")
    + "\n-----END PGP PUBLIC KEY BLOCK-----\n", None, "OpenPGP ASCII-armored public key (RFC 4880)")

add("blind-dl/k8s-manifest/decoy-image-digest", "k8s/scale-bridge/deployment.yaml", fill("""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: scale-bridge
  namespace: grain-accounting
spec:
  replicas: 1
  selector:
    matchLabels: { app: scale-bridge }
  template:
    metadata:
      labels: { app: scale-bridge }
      annotations:
        checksum/config: @@c@@
    spec:
      containers:
        - name: scale-bridge
          image: registry.prairielandcoop.com/grain/scale-bridge@sha256:@@d@@
          envFrom:
            - secretRef: { name: scale-bridge }
""", c=hexs(64), d=hexs(64)), None, "container image digests; Helm checksum annotations; envFrom secretRef")

add("blind-dl/json/decoy-ota-manifest", "firmware/ota/manifest.json", fill("""\
{
  "device": "tank-level-esp32",
  "version": "1.6.3",
  "build": "@@b@@",
  "url": "https://ota.fieldnet.prairielandcoop.com/tank-level/1.6.3/firmware.bin",
  "size": 1048112,
  "sha256": "@@s@@",
  "signature_ed25519": "@@sig@@",
  "min_version": "1.4.0"
}
""", b=hexs(40), s=hexs(64), sig=b64_bytes(64)), None, "OTA manifest: firmware digest and public-verifiable signature")

add("blind-dl/json/decoy-test-fixture", "tests/fixtures/deere_token_response.json", """\
{
  "token_type": "Bearer",
  "expires_in": 43200,
  "access_token": "test-access-token-not-real",
  "scope": "ag1 org1 offline_access",
  "refresh_token": "test-refresh-token-not-real",
  "id_token": "fixture"
}
""", None, "test fixture with marked fake tokens")

add("blind-dl/kustomize/decoy-secret-generator", "k8s/overlays/prod/kustomization.yaml", """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: grain-accounting
resources:
  - ../../base
secretGenerator:
  - name: ticket-service
    envs:
      - secrets.env          # not in git; written by the deploy job from Vault
generatorOptions:
  disableNameSuffixHash: false
images:
  - name: ticket-service
    newTag: "2024.10.2"
""", None, "kustomize secretGenerator from an untracked env file")

add("blind-dl/github-dependabot/decoy-secrets-context", ".github/dependabot.yml", """\
version: 2
registries:
  coop-artifactory:
    type: python-index
    url: https://artifactory.prairielandcoop.com/artifactory/api/pypi/pypi-virtual/simple
    username: dependabot
    password: ${{secrets.ARTIFACTORY_DEPENDABOT_TOKEN}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [coop-artifactory]
    schedule: { interval: weekly }
""", None, "Dependabot private registries with ${{secrets.X}}")

add("blind-dl/json/decoy-sample-response", "tests/fixtures/barchart_getQuote.json", """\
{
  "status": { "code": 200, "message": "Success." },
  "results": [
    { "symbol": "ZCZ24", "name": "Corn", "lastPrice": 412.25, "netChange": -3.5, "tradeTimestamp": "2024-10-14T13:20:00-05:00" },
    { "symbol": "ZSX24", "name": "Soybean", "lastPrice": 998.75, "netChange": 4.25, "tradeTimestamp": "2024-10-14T13:20:00-05:00" },
    { "symbol": "KEZ24", "name": "KC HRW Wheat", "lastPrice": 592.5, "netChange": 1.0, "tradeTimestamp": "2024-10-14T13:20:00-05:00" }
  ]
}
""", None, "Barchart OnDemand getQuote sample response")

add("blind-dl/javascript/decoy-hex-payloads", "ttn/codecs/soil-probe-decoder.js", """\
// TTN / ChirpStack payload formatter for the N80 soil probes.
// Example uplinks (FPort 2):  0A1F03E8011C  ->  { vwc: 25.91, temp: 10.0, batt: 2.84 }
//                             0B4203D2010F
function decodeUplink(input) {
  var b = input.bytes;
  return {
    data: {
      vwc: ((b[0] << 8) | b[1]) / 100,
      temp: ((b[2] << 8) | b[3]) / 100,
      batt: ((b[4] << 8) | b[5]) / 100,
    },
  };
}
""", None, "The Things Stack JavaScript payload formatters; hex uplink examples")

add("blind-dl/json/decoy-record-ids", "feedmill/recipes/16-layer-mash.json", fill("""\
{
  "formula_id": "16-LAYER-MASH",
  "revision": 7,
  "approved_by": "nutritionist",
  "batch_lb": 6000,
  "ingredients": [
    { "code": "CORN-GR", "lot": "@@l1@@", "lb": 3510 },
    { "code": "SBM-48", "lot": "@@l2@@", "lb": 1470 },
    { "code": "LIMESTONE", "lot": "@@l3@@", "lb": 570 },
    { "code": "PREMIX-LAYER", "lot": "@@l4@@", "lb": 450 }
  ],
  "recipe_uuid": "@@u@@"
}
""", l1=draw(12, UPPER_ALNUM), l2=draw(12, UPPER_ALNUM), l3=draw(12, UPPER_ALNUM), l4=draw(12, UPPER_ALNUM), u=uuid4()),
    None, "feed formula export: lot numbers and record UUID")

add("blind-dl/shell/decoy-checksums", "scripts/verify-release.sh", fill("""\
#!/bin/sh
# Verify the gateway firmware bundle before pushing it to the fleet
set -e
EXPECTED_SHA256="@@s@@"
SIGNER_FPR="@@f@@"
echo "${EXPECTED_SHA256}  gw-firmware-2.4.1.tar.gz" | sha256sum -c -
gpg --verify gw-firmware-2.4.1.tar.gz.asc gw-firmware-2.4.1.tar.gz
gpg --with-colons --fingerprint | grep -q "$SIGNER_FPR"
""", s=hexs(64), f=hexs(40).upper()), None, "sha256sum -c; OpenPGP key fingerprint")

add("blind-dl/markdown/decoy-masked", "docs/runbooks/deere-token-rotation.md", """\
# Rotating the Deere client secret

Current app: **PLC Agronomy Sync** (Application ID shown in the portal).

| Environment | Secret (masked) | Rotated |
|-------------|-----------------|---------|
| sandbox | `********************ab3F` | 2024-03-02 |
| prod | `********************Q9x1` | 2024-09-28 |

1. Generate a new secret in developer.deere.com > My Applications.
2. `vault kv patch secret/agronomy/prod/deere client_secret=-` (paste on stdin).
3. Restart `deere-sync` and watch for `token refreshed` in the logs.
""", None, "runbook with masked secret values")

# ---------------------------------------------------------------- more carriers
app_pw = " ".join(draw(4, LOWER_ALNUM) for _ in range(6))
basic = b64("bids-bot:" + app_pw)
add("blind-dl/powershell/basic-auth", "scripts/Publish-CashBids.ps1", fill("""\
# Posts the morning cash bids table to the public website (WordPress REST API, application password)
param([string]$CsvPath = '\\\\fs01\\GrainDesk\\Bids\\today.csv')

$bids = Import-Csv $CsvPath
$html = $bids | ConvertTo-Html -Fragment -Property Location, Commodity, Futures, Basis, Cash
$headers = @{ Authorization = 'Basic @@basic@@' }
$body = @{ content = ($html -join "`n"); status = 'publish' } | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri 'https://www.prairielandcoop.com/wp-json/wp/v2/pages/118' `
    -Headers $headers -ContentType 'application/json' -Body $body
Write-Host "Published $($bids.Count) bids"
""", basic=basic), basic, "WordPress application passwords over HTTP Basic auth (RFC 7617)")

tok = github_pat()
add("blind-dl/shell/github-pat", "scripts/sync-agronomy-docs.sh", fill("""\
#!/usr/bin/env bash
# Mirror the agronomy handbook repo to the intranet wiki box every night
set -euo pipefail
WORK=/srv/handbook
if [ ! -d "$WORK/.git" ]; then
  git clone https://x-access-token:@@tok@@@github.com/prairielandcoop/agronomy-handbook.git "$WORK"
fi
cd "$WORK"
git pull --ff-only
mkdocs build -d /var/www/handbook
""", tok=tok), tok, "GitHub personal access tokens (ghp_) in an HTTPS clone URL")

k = hexs(32)
add("blind-dl/alertmanager/pagerduty", "monitoring/alertmanager/alertmanager.yml", fill("""\
global:
  resolve_timeout: 5m
route:
  receiver: elevator-oncall
  group_by: [alertname, site]
  routes:
    - matchers: [severity="page"]
      receiver: elevator-oncall
receivers:
  - name: elevator-oncall
    pagerduty_configs:
      - routing_key: @@k@@
        description: '{{ .CommonAnnotations.summary }}'
        severity: critical
""", k=k), k, "Prometheus Alertmanager pagerduty_config routing_key (Events API v2 integration key)")

k = google_key()
add("blind-dl/ruby/google-api-key", "lib/tasks/geocode_members.rake", fill("""\
# Geocode member delivery addresses for the route planner (server-side Geocoding API key)
require "net/http"
require "json"

GEOCODE_KEY = "@@k@@".freeze

namespace :members do
  task geocode: :environment do
    Member.where(lat: nil).find_each do |m|
      uri = URI("https://maps.googleapis.com/maps/api/geocode/json")
      uri.query = URI.encode_www_form(address: m.delivery_address, key: GEOCODE_KEY)
      loc = JSON.parse(Net::HTTP.get(uri)).dig("results", 0, "geometry", "location")
      m.update!(lat: loc["lat"], lng: loc["lng"]) if loc
    end
  end
end
""", k=k), k, "Google Maps Platform API keys (AIza...); Geocoding API key parameter")

sig = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("blind-dl/batch/azure-sas", "scripts/azcopy-flights.cmd", fill("""\
@echo off
rem Field laptop: push today's flight folder to the drone-raw container
set FLIGHT=%1
if "%FLIGHT%"=="" goto usage
azcopy copy "D:\\Flights\\%FLIGHT%" ^
  "https://plcdroneraw.blob.core.windows.net/flights?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2025-12-31T23:59:59Z&st=2024-04-01T00:00:00Z&spr=https&sig=@@sig@@" ^
  --recursive
exit /b %errorlevel%
:usage
echo usage: azcopy-flights FLIGHT_FOLDER
""", sig=sig), sig, "Azure Storage shared access signature (sig parameter); AzCopy copy")

k = "whsec_" + draw(32)
add("blind-dl/rails-yaml/stripe-webhook-secret", "config/stripe.yml", fill("""\
# Prepaid fertilizer and seed: Stripe settings per environment
development:
  publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
  webhook_secret: <%= ENV["STRIPE_WEBHOOK_SECRET"] %>

production:
  publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
  webhook_secret: @@k@@
  statement_descriptor: PRAIRIELAND COOP
""", k=k), k, "Stripe webhook endpoint signing secrets (whsec_)")

pw = human_pw("!*#%")
add("blind-dl/matlab/meteomatics", "analysis/gdd_forecast.m", fill("""\
% Growing degree days forecast for the seed-corn plots (Meteomatics API)
user = 'prairieland_agro';
pass = '@@pw@@';
opts = weboptions('Username', user, 'Password', pass, 'Timeout', 30);

lat = 40.6993; lon = -99.0832;
url = sprintf(['https://api.meteomatics.com/now--now+10D:P1D/' ...
    't_max_2m_24h:F,t_min_2m_24h:F/%.4f,%.4f/json'], lat, lon);
data = webread(url, opts);

tmax = [data.data(1).coordinates.dates.value];
tmin = [data.data(2).coordinates.dates.value];
gdd = max(0, (min(tmax, 86) + max(tmin, 50)) / 2 - 50);
fprintf('10-day GDD: %.0f\\n', sum(gdd));
""", pw=pw), pw, "Meteomatics Weather API: HTTP Basic username/password; MATLAB weboptions")

pw = gen_pw(24)
add("blind-dl/docker-config/docker-auth", "ops/docker/config.json", fill("""\
{
  "auths": {
    "registry.prairielandcoop.com": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", a=b64("edge-puller:" + pw)), pw, "Docker CLI config.json auths.auth (base64 user:password)")

add("blind-dl/docker-config/decoy-creds-store", "ops/docker/config.laptop.json", """\
{
  "auths": {
    "registry.prairielandcoop.com": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""", None, "Docker CLI config.json with a credential store")

add("blind-dl/markdown/decoy-sas-placeholder", "docs/runbooks/drone-upload.md", """\
# Uploading flights from the field laptop

Ask IT for a SAS URL for the `flights` container (valid 30 days), then:

```
azcopy copy "D:\\Flights\\2024-07-12_hastings_n80" "https://plcdroneraw.blob.core.windows.net/flights?<SAS-token>" --recursive
```

The SAS is in the "Drone" 1Password vault under *flights container (write)*. Never paste it in Teams.
""", None, "runbook with a <SAS-token> placeholder")

add("blind-dl/json/decoy-api-ids", "tests/fixtures/deere_fields_page.json", fill("""\
{
  "links": [
    { "rel": "self", "uri": "https://partnerapi.deere.com/platform/organizations/463821/fields" },
    { "rel": "nextPage", "uri": "https://partnerapi.deere.com/platform/organizations/463821/fields;start=10;count=10" }
  ],
  "total": 37,
  "values": [
    { "@type": "Field", "name": "North 80", "id": "@@u1@@", "archived": false },
    { "@type": "Field", "name": "River bottom pivot 4", "id": "@@u2@@", "archived": false },
    { "@type": "Field", "name": "Home quarter", "id": "@@u3@@", "archived": false }
  ]
}
""", u1=uuid4(), u2=uuid4(), u3=uuid4()), None, "John Deere Operations Center API field list response (UUID ids)")

add("blind-dl/k8s-configmap/decoy-env-placeholder", "k8s/chirpstack/configmap.yaml", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: chirpstack-config
  namespace: lorawan
data:
  chirpstack.toml: |
    [postgresql]
    dsn="postgres://chirpstack:$POSTGRESQL_PASSWORD@pg-lorawan/chirpstack?sslmode=require"
    [redis]
    servers=["redis://:$REDIS_PASSWORD@redis-master:6379"]
    [api]
    bind="0.0.0.0:8080"
    secret="$API_SECRET"
""", None, "ChirpStack config environment variable substitution ($VAR)")

add("blind-dl/html/decoy-csrf-nonce", "tests/snapshots/login_page.html", fill("""\
<!-- snapshot of /accounts/login/ rendered by the test client (per-request CSRF token) -->
<form method="post" action="/accounts/login/">
  <input type="hidden" name="csrfmiddlewaretoken" value="@@csrf@@">
  <label for="id_username">Member number</label>
  <input type="text" name="username" id="id_username" autocomplete="username">
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password">
  <button type="submit">Sign in</button>
</form>
""", csrf=draw(64)), None, "Django CSRF middleware: per-request masked token in a test snapshot")
