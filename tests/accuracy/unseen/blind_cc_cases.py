"""Blind set CC: construction, architecture and engineering firms.

The BIM, CAD and field-technology teams of builders, architects and engineers: Autodesk Platform
Services (Forge) apps and viewers, Revit add-ins in C#, Dynamo graphs and their Python nodes,
pyRevit extensions, Rhino/Grasshopper scripts, Speckle, Procore and PlanGrid integrations,
Bentley iTwin and ProjectWise, Trimble Connect, drone surveying (DroneDeploy, Pix4D, Cesium ion,
Mapbox, ArcGIS), site cameras (RTSP/ONVIF, Frigate) and sensors (MQTT, LoRaWAN/TTN, Azure IoT
Hub, InfluxDB/Telegraf, Node-RED), estimating and ERP (Sage 300 CRE / Timberline ODBC, Viewpoint
Vista SQL Server, Spectrum), document control over SharePoint (PnP, Graph, ACS) and SFTP
(WinSCP, FileZilla, lftp), and the Dockerfiles, CI, Kubernetes, Terraform, systemd, cron,
PowerShell, batch, VBA, AutoLISP and MATLAB files these teams commit; with their decoys
(placeholders, secret references, ciphertext, GUIDs, IFC GlobalIds, model URNs, hashes, public
tokens and keys). Generated fakes only (seeds 740000-749999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
BASE32 = string.ascii_uppercase + "234567"
_SEED = [740000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 750000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 750000
    return _SEED[0]


TWORDS = ["Rebar", "Girder", "Truss", "Formwork", "Caisson", "Gantry", "Footing", "Lintel", "Keystone",
          "Trestle", "Plinth", "Corbel", "Purlin", "Gusset", "Soffit", "Dormer", "Joist", "Mullion",
          "Abutment", "Cantilever", "Rafter", "Parapet", "Spandrel", "Transom"]
PLACES = ["Harbor", "Northgate", "Ridgeline", "Calder", "Meridian", "Bayview", "Summit", "Eastpark"]


def human_pw(symbols: str = "!@*#%") -> str:
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(TWORDS) + r.choice(symbols) + str(r.randint(2015, 2025))
    if form == 1:
        return r.choice(PLACES) + str(r.randint(10, 99)) + r.choice(symbols) + r.choice(TWORDS).lower()
    if form == 2:
        return r.choice(TWORDS) + r.choice(TWORDS) + str(r.randint(1, 999)) + r.choice(symbols)
    return r.choice(PLACES) + r.choice(symbols) + r.choice(TWORDS) + str(r.randint(100, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def urlsafe(n: int) -> str:
    return fakes.drawn(_seed(), n, ALNUM + "-_")


def rand_b64_bytes(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt(payload: dict, alg: str = "RS256", kid: Optional[str] = None) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    sig = urlsafe(342 if alg.startswith("RS") else 43)
    return b64url(json.dumps(header, separators=(",", ":"))) + "." + b64url(json.dumps(payload, separators=(",", ":"))) + "." + sig


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def mapbox_token(kind: str, user: str) -> str:
    r = _rng()
    a = "cl" + "".join(r.choice(LOWER_ALNUM) for _ in range(23))
    return f"{kind}." + b64url(json.dumps({"u": user, "a": a}, separators=(",", ":"))) + "." + urlsafe(22)


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + urlsafe(68)


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def ttn_key() -> str:
    return "NNSXS." + fakes.drawn(_seed(), 39, BASE32) + "." + fakes.drawn(_seed(), 52, BASE32)


def influx_token() -> str:
    return urlsafe(86) + "=="


def azdo_pat() -> str:
    return fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567")


def nuget_key() -> str:
    return "oy2" + fakes.drawn(_seed(), 43, LOWER_ALNUM)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + fakes.drawn(_seed(), 8, up) + "/B"
            + fakes.drawn(_seed(), 10, up) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str, v2: bool = True) -> str:
    url = f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}"
    return url + ("/V2" + urlsafe(43) if v2 else "")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + \
        "".join(r.choice(ALNUM + "+/") for _ in range(330))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 12 - 20))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "=\n-----END CERTIFICATE-----"


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def ssh_rsa_pub() -> str:
    return "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + fakes.drawn(_seed(), 512, ALNUM + "+/")


def ifc_guid() -> str:
    return fakes.drawn(_seed(), 1, "0123") + fakes.drawn(_seed(), 21, string.digits + string.ascii_letters + "_$")


def T(template: str, **values: str) -> str:
    text = template
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, text[:120]
    return text.lstrip("\n")


def ind(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-cc/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# .env files
# ---------------------------------------------------------------------------------------------

_v = mixed(16)
add("env/aps-client-secret", "tools/aps-model-derivative/.env", T("""
# APS (Forge) app "HSB-ModelDerivative-Prod" - owner: BIM automation (bim-auto@harborsteel.com)
# Translate uploaded RVT/NWD to SVF2 for the project viewer.
APS_CLIENT_ID=@@cid@@
APS_CLIENT_SECRET=@@sec@@
APS_BUCKET=hsb-md-prod-2024
APS_CALLBACK_URL=http://localhost:8080/api/auth/callback
APS_REGION=US
PORT=8080
LOG_LEVEL=info
""", cid=mixed(32), sec=_v), _v, "Autodesk Platform Services docs: Create an app, client ID and client secret (.env in the tutorials)")

_v = hexs(64)
add("env/procore-client-secret", "integrations/procore-vista-sync/.env", T("""
# Procore DMSA (developer managed service account) - Procore -> Vista commitments sync
PROCORE_API_BASE=https://api.procore.com
PROCORE_LOGIN_BASE=https://login.procore.com
PROCORE_CLIENT_ID=@@cid@@
PROCORE_CLIENT_SECRET=@@sec@@
PROCORE_COMPANY_ID=4271
VISTA_ODBC_DSN=VistaReporting
SYNC_INTERVAL_MINUTES=15
DRY_RUN=false
""", cid=hexs(64), sec=_v), _v, "Procore developer docs: OAuth 2.0 client credentials grant for DMSA apps")

_v = hexs(32)
add("env/dronedeploy-api-key", "services/drone-ingest/.env", T("""
# DroneDeploy -> S3 ortho / DSM export worker
DRONEDEPLOY_API_KEY=@@key@@
DRONEDEPLOY_EXPORT_LAYERS=Orthomosaic,Elevation
EXPORT_BUCKET=ridgeline-survey-exports
AWS_REGION=us-west-2
MAX_CONCURRENT_EXPORTS=3
NOTIFY_EMAIL=survey@ridgelinebuild.com
""", key=_v), _v, "DroneDeploy developer docs: API key in account settings, used as api_key")

_v = mapbox_token("sk", "calder-eng")
add("env/mapbox-secret-token", "apps/site-dashboard/.env.local", T("""
# Public style token (URL-restricted to dashboard.caldereng.com) - safe in the browser bundle
NEXT_PUBLIC_MAPBOX_TOKEN=@@pk@@
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/calder-eng/clsite01basemap
# Secret token with uploads:write for pushing drone orthos as tilesets (server side only)
MAPBOX_SECRET_TOKEN=@@sk@@
MAPBOX_USERNAME=calder-eng
DATABASE_URL=postgresql://dashboard@localhost:5432/sites
""", pk=mapbox_token("pk", "calder-eng"), sk=_v), _v, "Mapbox docs: Access tokens, public (pk) and secret (sk) tokens and scopes")

_v = hexs(42)
add("env/speckle-token", "speckle-connector/.env", T("""
SPECKLE_SERVER_URL=https://speckle.meridianstructural.com
SPECKLE_TOKEN=@@tok@@
SPECKLE_STREAM_ID=7d2b0c91f4
SPECKLE_BRANCH=structure/analysis
ETABS_EXPORT_DIR=C:\\Projects\\2331\\ETABS\\exports
""", tok=_v), _v, "Speckle docs: Personal access tokens, used by specklepy and the connectors")

_v = urlsafe(64)
add("env/itwin-client-secret", "itwin-reports/.env", T("""
# iTwin Platform service app (client credentials) - nightly iModel changeset report
IMJS_AUTHORITY=https://ims.bentley.com
IMJS_CLIENT_ID=service-Hq2Xv7LkP0wRt9Zs4Yb1
IMJS_CLIENT_SECRET=@@sec@@
IMJS_SCOPE=itwin-platform
ITWIN_ID=@@itwin@@
IMODEL_ID=@@imodel@@
""", sec=_v, itwin=uuid_s(), imodel=uuid_s()), _v, "Bentley iTwin Platform docs: Register a service application, client credentials")

_v = azure_secret()
add("env/azure-ad-client-secret", "doc-control/sp-transmittals/.env.production", T("""
# Entra ID app "DocControl-Transmittals" (Sites.Selected on the Projects site)
SHAREPOINT_TENANT_ID=@@ten@@
SHAREPOINT_CLIENT_ID=@@cid@@
SHAREPOINT_CLIENT_SECRET=@@sec@@
SHAREPOINT_SITE=https://northgatecx.sharepoint.com/sites/Projects
TRANSMITTAL_LIBRARY=Transmittals
OUTBOX_DIR=/srv/transmittals/outbox
""", ten=uuid_s(), cid=uuid_s(), sec=_v), _v, "Microsoft identity platform docs: client secret credentials for Microsoft Graph")

add("env/decoy-placeholder", "tools/aps-model-derivative/.env.example", T("""
# Copy to .env and fill in from the APS developer portal (https://aps.autodesk.com/myapps)
APS_CLIENT_ID=<your-aps-client-id>
APS_CLIENT_SECRET=<your-aps-client-secret>
APS_BUCKET=<unique-bucket-key>
APS_CALLBACK_URL=http://localhost:8080/api/auth/callback
PORT=8080
"""), None, "Autodesk Platform Services tutorials: .env template")

add("env/decoy-placeholder", "integrations/procore-vista-sync/.env.sample", T("""
# Sandbox values come from the Procore Developer Portal -> My Apps -> Sandbox OAuth credentials
PROCORE_API_BASE=https://sandbox.procore.com
PROCORE_LOGIN_BASE=https://login-sandbox.procore.com
PROCORE_CLIENT_ID=changeme
PROCORE_CLIENT_SECRET=changeme
PROCORE_COMPANY_ID=0000
VISTA_ODBC_DSN=VistaReporting
"""), None, "Procore developer docs: sandbox environment")

add("env/decoy-test-fixture", "integrations/procore-vista-sync/.env.test", T("""
# Used by pytest (tests/conftest.py loads this); all requests are mocked with responses
PROCORE_API_BASE=http://procore.test
PROCORE_LOGIN_BASE=http://login.procore.test
PROCORE_CLIENT_ID=test-client-id
PROCORE_CLIENT_SECRET=test-client-secret-not-real
PROCORE_COMPANY_ID=1
VISTA_ODBC_DSN=
"""), None, "pytest docs: test configuration; Procore developer docs")

add("env/decoy-env-reference", "services/drone-ingest/.env.docker", T("""
# Values interpolated by docker compose from the host environment / CI variables
DRONEDEPLOY_API_KEY=${DRONEDEPLOY_API_KEY}
EXPORT_BUCKET=${EXPORT_BUCKET:-ridgeline-survey-exports}
AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}
AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}
AWS_REGION=us-west-2
"""), None, "Docker docs: env_file and variable interpolation")

add("env/decoy-public-token", "apps/site-map/.env", T("""
# Browser-side values only; these ship in the JS bundle
VITE_MAPBOX_TOKEN=@@pk@@
VITE_CESIUM_ION_ASSET=2275207
VITE_SENTRY_DSN=https://@@dsnkey@@@o450112.ingest.sentry.io/5812233
VITE_API_BASE=https://api.sitemap.caldereng.com
""", pk=mapbox_token("pk", "calder-eng"), dsnkey=hexs(32)), None, "Mapbox docs: public tokens; Sentry docs: the DSN is not a secret")

# ---------------------------------------------------------------------------------------------
# docker compose
# ---------------------------------------------------------------------------------------------

_v = human_pw("!*-_")
add("docker-compose/postgres-password", "project-controls/docker-compose.yml", T("""
services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: projectcontrols
      POSTGRES_USER: pc_admin
      POSTGRES_PASSWORD: "@@pw@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
  api:
    build: ./api
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://pc_admin@db:5432/projectcontrols
      PROCORE_COMPANY_ID: "4271"
    ports:
      - "8000:8000"
volumes:
  pgdata:
""", pw=_v), _v, "Docker Hub postgres image docs: POSTGRES_PASSWORD")

_v = rand_pw(22)
add("docker-compose/mongodb-uri", "pyrevit-telemetry/docker-compose.yml", T("""
# pyRevit telemetry server (pyrevit-telemetry) + MongoDB, on bim-tools01
version: "3.8"
services:
  mongo:
    image: mongo:6
    environment:
      MONGO_INITDB_ROOT_USERNAME: pyrevit
      MONGO_INITDB_ROOT_PASSWORD: @@pw@@
    volumes:
      - ./data:/data/db
  telemetry:
    image: ghcr.io/ridgeline-bim/pyrevit-telemetry:0.19
    command: >
      pyrevit-telemetryserver
      "mongodb://pyrevit:@@pw@@@mongo:27017/pyrevit_telemetry?authSource=admin"
      --port=8090
    ports:
      - "8090:8090"
    depends_on: [mongo]
""", pw=_v), _v, "pyRevit docs: Telemetry server (pyrevit-telemetryserver with a MongoDB connection string)")

_v = hexs(64)
add("docker-compose/session-secret", "speckle/docker-compose.override.yml", T("""
# Local overrides for our self-hosted Speckle server (speckle.meridianstructural.com)
services:
  speckle-server:
    environment:
      CANONICAL_URL: "https://speckle.meridianstructural.com"
      SESSION_SECRET: "@@sec@@"
      POSTGRES_URL: "postgres"
      POSTGRES_USER: "speckle"
      POSTGRES_PASSWORD: "${POSTGRES_PASSWORD}"
      POSTGRES_DB: "speckle"
      REDIS_URL: "redis://redis"
      S3_ENDPOINT: "http://minio:9000"
      S3_ACCESS_KEY: "${MINIO_ROOT_USER}"
      S3_SECRET_KEY: "${MINIO_ROOT_PASSWORD}"
      EMAIL_FROM: "speckle@meridianstructural.com"
""", sec=_v), _v, "Speckle docs: Deploying a server manually with Docker Compose (SESSION_SECRET)")

_v = rand_pw(18)
add("docker-compose/grafana-admin-password", "site-sensors/docker-compose.yml", T("""
services:
  influxdb:
    image: influxdb:2.7
    volumes: ["influx:/var/lib/influxdb2"]
    ports: ["8086:8086"]
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      - GF_SECURITY_ADMIN_USER=sitecontrols
      - GF_SECURITY_ADMIN_PASSWORD=@@pw@@
      - GF_SERVER_ROOT_URL=https://sensors.eastparkbuilders.com
      - GF_AUTH_ANONYMOUS_ENABLED=false
    ports: ["3000:3000"]
    depends_on: [influxdb]
volumes:
  influx:
""", pw=_v), _v, "Grafana docs: Configure a Grafana Docker image, GF_SECURITY_ADMIN_PASSWORD")

add("docker-compose/decoy-env-reference", "project-controls/docker-compose.prod.yml", T("""
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: projectcontrols
      POSTGRES_USER: pc_admin
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in the deploy environment}
  api:
    image: registry.northgatecx.com/pc/api:${TAG:-latest}
    environment:
      DATABASE_URL: postgresql://pc_admin:${POSTGRES_PASSWORD}@db:5432/projectcontrols
      PROCORE_CLIENT_SECRET: ${PROCORE_CLIENT_SECRET}
"""), None, "Docker docs: Interpolation, required variables ${VAR:?err}")

add("docker-compose/decoy-documented-dev-key", "viewer-hub/docker-compose.dev.yml", T("""
# Local dev: Azurite stands in for the blob storage that holds SVF2 derivatives
services:
  azurite:
    image: mcr.microsoft.com/azure-storage/azurite
    ports: ["10000:10000"]
  hub:
    build: .
    environment:
      ASPNETCORE_ENVIRONMENT: Development
      Storage__ConnectionString: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"
    depends_on: [azurite]
"""), None, "Microsoft docs: Use the Azurite emulator, well-known devstoreaccount1 account key")

add("docker-compose/decoy-secret-ref", "speckle/docker-compose.yml", T("""
services:
  speckle-server:
    image: speckle/speckle-server:2
    environment:
      SESSION_SECRET_FILE: /run/secrets/speckle_session_secret
      POSTGRES_PASSWORD_FILE: /run/secrets/speckle_pg_password
    secrets:
      - speckle_session_secret
      - speckle_pg_password
secrets:
  speckle_session_secret:
    file: ./secrets/session_secret.txt
  speckle_pg_password:
    external: true
"""), None, "Docker docs: Manage sensitive data with Docker secrets")

# ---------------------------------------------------------------------------------------------
# Kubernetes and Helm
# ---------------------------------------------------------------------------------------------

_v = hexs(64)
add("k8s-secret/procore-client-secret", "deploy/k8s/procore-sync-secret.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: procore-sync
  namespace: integrations
  labels:
    app.kubernetes.io/name: procore-sync
type: Opaque
data:
  PROCORE_CLIENT_ID: @@cid@@
  PROCORE_CLIENT_SECRET: @@sec@@
  PROCORE_COMPANY_ID: NDI3MQ==
""", cid=b64(hexs(64)), sec=b64(_v)), _v, "Kubernetes docs: Secret, data values are base64-encoded")

_v = human_pw("!*#%")
add("k8s-secret/sqlserver-password", "deploy/k8s/vista-reporting-secret.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: vista-reporting-db
  namespace: finance-apps
type: Opaque
data:
  ConnectionStrings__Vista: @@cs@@
""", cs=b64(f"Server=vistasql01.corp.northgatecx.com;Database=Viewpoint;User Id=vp_reports;Password={_v};TrustServerCertificate=True")),
    _v, "Kubernetes docs: Secret; Microsoft docs: SqlClient connection strings")

_v = mixed(64)
add("k8s-secret/aps-client-secret", "deploy/k8s/viewer-hub/secret.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: viewer-hub-aps
  namespace: viewer
type: Opaque
stringData:
  APS_CLIENT_ID: @@cid@@
  APS_CLIENT_SECRET: @@sec@@
  APS_BUCKET: hsb-viewer-prod
""", cid=mixed(32), sec=_v), _v, "Kubernetes docs: Secret stringData")

_v = pem("RSA")
add("k8s-secret/tls-private-key", "deploy/k8s/viewer-hub/tls.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: viewer-hsb-tls
  namespace: viewer
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", crt=b64(cert_pem()), key=b64(_v)), _v, "Kubernetes docs: TLS Secrets (kubernetes.io/tls)")

_v = urlsafe(64)
add("helm/itwin-client-secret", "deploy/helm/itwin-reports/values-prod.yaml", T("""
replicaCount: 1
image:
  repository: acr.meridianstructural.com/itwin-reports
  tag: "2.3.1"
schedule: "0 5 * * *"
itwin:
  authority: https://ims.bentley.com
  clientId: service-Hq2Xv7LkP0wRt9Zs4Yb1
  clientSecret: @@sec@@
  scope: itwin-platform
  iTwinId: @@tw@@
resources:
  limits:
    memory: 1Gi
""", sec=_v, tw=uuid_s()), _v, "Helm docs: values files; Bentley iTwin docs: service applications")

_v = pem("RSA")
add("helm/rsa-private-key", "deploy/helm/sftp-gateway/values.yaml", T("""
# SFTP gateway that GCs and consultants drop drawing sets into
service:
  type: LoadBalancer
  port: 22
sftp:
  users:
    - name: consultants
      uid: 1001
      homeDir: /data/inbound
  hostKeys:
    rsa: |
@@key@@
persistence:
  size: 200Gi
""", key=ind(_v, 6)), _v, "atmoz/sftp image docs: host keys; Helm docs: block scalars in values")

_v = teams_webhook("northgatecx")
add("k8s-configmap/teams-webhook", "deploy/k8s/rfi-notifier/configmap.yaml", T("""
apiVersion: v1
kind: ConfigMap
metadata:
  name: rfi-notifier
  namespace: integrations
data:
  POLL_INTERVAL: "300"
  PROCORE_COMPANY_ID: "4271"
  TEAMS_WEBHOOK_URL: "@@url@@"
  OVERDUE_DAYS: "7"
""", url=_v), _v, "Microsoft docs: Create an Incoming Webhook for Teams")

add("k8s/decoy-secret-ref", "deploy/k8s/viewer-hub/deployment.yaml", T("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: viewer-hub
  namespace: viewer
spec:
  replicas: 2
  selector:
    matchLabels: {app: viewer-hub}
  template:
    metadata:
      labels: {app: viewer-hub}
    spec:
      containers:
        - name: hub
          image: acr.harborsteel.com/viewer-hub:1.8.0
          env:
            - name: APS_CLIENT_ID
              valueFrom:
                secretKeyRef: {name: viewer-hub-aps, key: APS_CLIENT_ID}
            - name: APS_CLIENT_SECRET
              valueFrom:
                secretKeyRef: {name: viewer-hub-aps, key: APS_CLIENT_SECRET}
          ports:
            - containerPort: 8080
"""), None, "Kubernetes docs: Using Secrets as environment variables (secretKeyRef)")

add("k8s/decoy-sealed-secret", "deploy/k8s/procore-sync-sealed.yaml", T("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: procore-sync
  namespace: integrations
spec:
  encryptedData:
    PROCORE_CLIENT_ID: AgB@@a@@
    PROCORE_CLIENT_SECRET: AgC@@b@@
  template:
    metadata:
      name: procore-sync
      namespace: integrations
    type: Opaque
""", a=fakes.drawn(_seed(), 340, ALNUM + "+/"), b=fakes.drawn(_seed(), 340, ALNUM + "+/")), None, "Bitnami sealed-secrets README: SealedSecret encryptedData")

add("k8s/decoy-external-secret", "deploy/k8s/vista-reporting-externalsecret.yaml", T("""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: vista-reporting-db
  namespace: finance-apps
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: azure-kv-northgate
  target:
    name: vista-reporting-db
  data:
    - secretKey: ConnectionStrings__Vista
      remoteRef:
        key: vista-reporting-connection-string
"""), None, "External Secrets Operator docs: ExternalSecret with Azure Key Vault")

add("k8s-secret/decoy-non-secret-data", "deploy/k8s/sftp-target-config.yaml", T("""
# Non-sensitive connection settings; the key itself is mounted from Key Vault (see csi.yaml)
apiVersion: v1
kind: Secret
metadata:
  name: sftp-target
  namespace: doc-control
type: Opaque
data:
  SFTP_HOST: @@h@@
  SFTP_PORT: MjI=
  SFTP_USER: @@u@@
  SFTP_REMOTE_DIR: @@d@@
""", h=b64("sftp.bayviewgc.com"), u=b64("harborsteel_upload"), d=b64("/inbound/2417-harbor-street")), None, "Kubernetes docs: Secret data (base64)")

add("k8s-secret/decoy-placeholder", "deploy/k8s/templates/aps-secret.example.yaml", T("""
# Template only: fill the values with `kubectl create secret generic ... --dry-run=client -o yaml`
apiVersion: v1
kind: Secret
metadata:
  name: viewer-hub-aps
type: Opaque
data:
  APS_CLIENT_ID: @@a@@
  APS_CLIENT_SECRET: @@b@@
""", a=b64("REPLACE_ME"), b=b64("REPLACE_ME")), None, "Kubernetes docs: Managing Secrets using kubectl")

add("helm/decoy-template-var", "deploy/helm/viewer-hub/templates/secret.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "viewer-hub.fullname" . }}-aps
  labels:
    {{- include "viewer-hub.labels" . | nindent 4 }}
type: Opaque
data:
  APS_CLIENT_ID: {{ .Values.aps.clientId | b64enc | quote }}
  APS_CLIENT_SECRET: {{ required "aps.clientSecret is required" .Values.aps.clientSecret | b64enc | quote }}
"""), None, "Helm docs: Template functions (b64enc, required)")

add("helm/decoy-empty", "deploy/helm/viewer-hub/values.yaml", T("""
replicaCount: 2
image:
  repository: acr.harborsteel.com/viewer-hub
  tag: ""
aps:
  clientId: ""
  # Set with --set aps.clientSecret=... from the pipeline, or use existingSecret
  clientSecret: ""
  existingSecret: viewer-hub-aps
  bucket: hsb-viewer-prod
ingress:
  enabled: true
  host: viewer.harborsteel.com
"""), None, "Helm docs: values files, existingSecret convention")

# ---------------------------------------------------------------------------------------------
# CI configs and Ansible
# ---------------------------------------------------------------------------------------------

_v = nuget_key()
add("github-actions/nuget-api-key", ".github/workflows/publish-revitkit.yml", T("""
name: Publish RevitKit to nuget.org
on:
  push:
    tags: ["v*"]
jobs:
  pack:
    runs-on: windows-latest
    env:
      NUGET_API_KEY: @@key@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: "8.0.x"
      - run: dotnet pack src/RevitKit/RevitKit.csproj -c Release -o out
      - run: dotnet nuget push "out/*.nupkg" --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json
""", key=_v), _v, "NuGet docs: Publish a package with dotnet nuget push --api-key")

_v = rand_b64_bytes(64)
add("github-actions/azure-storage-key", ".github/workflows/deploy-viewer.yml", T("""
name: Deploy viewer static site
on:
  push:
    branches: [main]
    paths: ["viewer/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=https;AccountName=hsbviewerweb;AccountKey=@@key@@;EndpointSuffix=core.windows.net"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm run build
        working-directory: viewer
      - run: az storage blob upload-batch -d '$web' -s viewer/dist --overwrite
""", key=_v), _v, "Microsoft docs: Azure Storage connection strings (AccountKey)")

add("github-actions/decoy-secret-ref", ".github/workflows/build-addin.yml", T("""
name: Build Revit add-in
on: [push, pull_request]
jobs:
  build:
    runs-on: windows-latest
    strategy:
      matrix:
        revit: ["2023", "2024", "2025"]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: microsoft/setup-msbuild@6fb02220983dee41ce7ae257b6f4d8f9bf5ed4ce # v2
      - name: Import signing cert
        run: |
          $bytes = [Convert]::FromBase64String("${{ secrets.CODESIGN_PFX_BASE64 }}")
          [IO.File]::WriteAllBytes("codesign.pfx", $bytes)
      - run: msbuild FirmTools.sln /p:Configuration=Release /p:RevitVersion=${{ matrix.revit }}
      - run: signtool sign /f codesign.pfx /p "${{ secrets.CODESIGN_PFX_PASSWORD }}" /fd sha256 /tr http://timestamp.digicert.com /td sha256 bin\\Release\\${{ matrix.revit }}\\FirmTools.dll
      - uses: actions/upload-artifact@5d5d22a31266ced268874388b861e4b58bb5c2f3 # v4.3.1
        with:
          name: FirmTools-${{ matrix.revit }}
          path: bin/Release/${{ matrix.revit }}
"""), None, "GitHub Actions docs: Using secrets in workflows; pinning actions to a full commit SHA")

_v = human_pw("!*-_")
add("gitlab-ci/sftp-password", ".gitlab-ci.yml", T("""
stages: [export, deliver]

variables:
  SFTP_HOST: sftp.bayviewgc.com
  SFTP_USER: harborsteel_upload
  SFTP_PASSWORD: "@@pw@@"
  REMOTE_DIR: /inbound/2417-harbor-street

export-pdfs:
  stage: export
  image: python:3.11
  script:
    - pip install -r tools/requirements.txt
    - python tools/collect_issued_sheets.py --issue "IFC Rev 3" --out dist/
  artifacts:
    paths: [dist/]

deliver:
  stage: deliver
  image: alpine:3.19
  script:
    - apk add --no-cache lftp
    - lftp -u "$SFTP_USER,$SFTP_PASSWORD" sftp://$SFTP_HOST -e "mirror -R dist/ $REMOTE_DIR; bye"
  only: [tags]
""", pw=_v), _v, "GitLab CI docs: variables; lftp manual: -u user,password")

_v = human_pw("!*#")
add("azure-pipelines/pfx-password", "azure-pipelines.yml", T("""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-2022
variables:
  buildConfiguration: Release
  pfxPassword: '@@pw@@'
steps:
  - task: NuGetToolInstaller@1
  - script: nuget restore CalderDynamoPackage.sln
  - task: VSBuild@1
    inputs:
      solution: CalderDynamoPackage.sln
      configuration: $(buildConfiguration)
  - task: DownloadSecureFile@1
    name: codesign
    inputs:
      secureFile: calder-codesign.pfx
  - script: >
      "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe" sign
      /f $(codesign.secureFilePath) /p $(pfxPassword) /fd sha256
      /tr http://timestamp.digicert.com /td sha256 bin\\Release\\CalderNodes.dll
    displayName: Sign Dynamo nodes
""", pw=_v), _v, "Microsoft docs: SignTool sign /f /p; Azure Pipelines variables")

add("azure-pipelines/decoy-secret-ref", "pipelines/release-addins.yml", T("""
trigger: none
pool:
  vmImage: windows-2022
variables:
  - group: codesign-keyvault   # linked to Key Vault kv-calder-build
steps:
  - task: AzureKeyVault@2
    inputs:
      azureSubscription: sc-calder-build
      KeyVaultName: kv-calder-build
      SecretsFilter: 'CodesignPfxPassword,NugetFeedPat'
  - script: signtool sign /f calder-codesign.pfx /p $(CodesignPfxPassword) /fd sha256 bin\\Release\\CalderNodes.dll
  - script: dotnet nuget push out\\*.nupkg --source CalderFeed --api-key $(NugetFeedPat)
"""), None, "Azure Pipelines docs: Azure Key Vault task and variable groups")

_v = human_pw("!*#%")
add("ansible/winrm-password", "ansible/inventories/site-servers/group_vars/windows.yml", T("""
# Jobsite trailer servers (camera NVR + plotter print server), managed over WinRM
ansible_user: NORTHGATE\\svc_siteops
ansible_password: "@@pw@@"
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
chocolatey_packages:
  - bluebeam-revu
  - autodesk-design-review
  - milestone-xprotect-smart-client
""", pw=_v), _v, "Ansible docs: Windows Remote Management, ansible_password")

add("ansible/decoy-vault-ciphertext", "ansible/inventories/office/group_vars/revit_servers.yml", T("""
revit_server_version: "2024"
revit_server_projects_root: 'D:\\RevitServer\\Projects'
ansible_user: NORTHGATE\\svc_revitsrv
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@l1@@
          @@l2@@
          @@l3@@
          @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(46)), None, "Ansible docs: Encrypting variables with ansible-vault (!vault)")

add("ansible/decoy-template-var", "ansible/roles/sftp_push/templates/transmittal-push.conf.j2", T("""
# Managed by Ansible - role sftp_push
[target]
host = {{ sftp_push_host }}
port = {{ sftp_push_port | default(22) }}
user = {{ sftp_push_user }}
password = {{ vault_sftp_push_password }}
remote_dir = {{ sftp_push_remote_dir }}

[local]
outbox = /srv/transmittals/outbox
archive = /srv/transmittals/sent
"""), None, "Ansible docs: Templating (Jinja2), vault_ variable naming convention")

add("sops/decoy-sops-ciphertext", "deploy/secrets/itwin-reports.enc.yaml", T("""
itwin:
    clientId: ENC[AES256_GCM,data:@@a@@,iv:@@ia@@,tag:@@ta@@,type:str]
    clientSecret: ENC[AES256_GCM,data:@@b@@,iv:@@ib@@,tag:@@tb@@,type:str]
sops:
    azure_kv:
        - vault_url: https://kv-meridian-apps.vault.azure.net
          name: sops-key
          version: 6a1d4c0e9b2f4e7d8a3b5c1e0f9d2a7b
          created_at: "2024-04-02T09:12:44Z"
          enc: @@enc@@
    lastmodified: "2024-04-02T09:12:45Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@im@@,tag:@@tm@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=rand_b64_bytes(30), ia=rand_b64_bytes(32), ta=rand_b64_bytes(16), b=rand_b64_bytes(64),
    ib=rand_b64_bytes(32), tb=rand_b64_bytes(16), enc=urlsafe(342), mac=rand_b64_bytes(48),
    im=rand_b64_bytes(32), tm=rand_b64_bytes(16)), None, "SOPS README: encrypted YAML files with Azure Key Vault")

# ---------------------------------------------------------------------------------------------
# YAML application and device configs
# ---------------------------------------------------------------------------------------------

_v = hexs(32)
add("yaml/trimble-client-secret", "config/trimble_connect.yaml", T("""
# Trimble Connect -> BIM 360 issue bridge
trimble:
  identity_url: https://id.trimble.com/oauth/token
  client_id: @@cid@@
  client_secret: @@sec@@
  scope: openid CalderBridge
  region: us
  project_ids:
    - "Xk7PqR2sT0vW"
    - "Lm3NoP8qRsT1"
bim360:
  hub: b.@@hub@@
sync:
  every_minutes: 10
""", cid=uuid_s(), sec=_v, hub=uuid_s()), _v, "Trimble Developer docs: Trimble Identity OAuth client credentials")

_v = human_pw("!*-_")
add("yaml/mqtt-password", "config/sensors.yaml", T("""
# Concrete maturity + dewatering sensors, jobsite 2417 (Harbor Street)
mqtt:
  host: mqtt.eastparkbuilders.com
  port: 8883
  tls: true
  username: site2417-gateway
  password: @@pw@@
  client_id: site2417-gw01
topics:
  maturity: sites/2417/concrete/+/maturity
  wells: sites/2417/dewatering/+/level
influx:
  url: http://localhost:8086
  org: eastpark
  bucket: site2417
""", pw=_v), _v, "Eclipse Paho / MQTT docs: username and password authentication")

_v = human_pw("!*-_")
add("yaml/camera-rtsp-password", "site-cams/camera_streams.yaml", T("""
# Hikvision DS-2CD2387G2 bullets on the tower crane and gate, recorded by camera-archiver
defaults:
  segment_seconds: 600
  retention_days: 45
cameras:
  - name: crane-north
    url: rtsp://admin:@@pw@@@10.24.17.21:554/Streaming/Channels/101
  - name: gate-east
    url: rtsp://admin:@@pw@@@10.24.17.22:554/Streaming/Channels/101
  - name: laydown-yard
    url: rtsp://admin:@@pw@@@10.24.17.23:554/Streaming/Channels/102
""", pw=_v), _v, "Hikvision docs: RTSP URL format rtsp://user:password@ip:554/Streaming/Channels/101")

_v = rand_pw(16)
add("yaml/camera-rtsp-password", "site-cams/frigate/config.yml", T("""
mqtt:
  host: 10.24.17.5
detectors:
  coral:
    type: edgetpu
    device: usb
cameras:
  site_entrance:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@pw@@@10.24.17.30:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://frigate:@@pw@@@10.24.17.30:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 1280
      height: 720
    record:
      enabled: true
      retain:
        days: 30
""", pw=_v), _v, "Frigate docs: Camera configuration, ffmpeg inputs")

add("yaml/decoy-template-var", "site-cams/frigate/config.prod.yml", T("""
mqtt:
  host: 10.24.17.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  crane_north:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.24.17.21:554/Streaming/Channels/101
          roles: [record, detect]
    record:
      enabled: true
"""), None, "Frigate docs: environment variable substitution {FRIGATE_*}")

_v = mixed(40)
add("serverless/pix4d-client-secret", "drone/pix4d-webhook/serverless.yml", T("""
service: pix4d-webhook
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.11
  region: us-west-2
  environment:
    PIX4D_CLIENT_ID: hsb-survey-automation
    PIX4D_CLIENT_SECRET: @@sec@@
    OUTPUT_BUCKET: hsb-pix4d-outputs
functions:
  processingDone:
    handler: handler.processing_done
    events:
      - httpApi:
          path: /pix4d/processing-done
          method: post
""", sec=_v), _v, "Serverless Framework docs: provider.environment; Pix4D cloud API docs: client credentials")

_v = human_pw("!*#%")
add("yaml/arcgis-password", "gis/publish_config.yml", T("""
portal:
  url: https://calder.maps.arcgis.com
  username: calder_gis_publisher
  password: @@pw@@
publish:
  folder: Site Progress
  orthos:
    - source: //nas01/survey/2417/ortho_2024-05-12.tif
      title: Harbor Street ortho 2024-05-12
      tags: [ortho, drone, 2417]
  share_with_groups: ["3f2a9c0d5e7b41a8b6c4d2e1f0a9b8c7"]
""", pw=_v), _v, "ArcGIS API for Python docs: GIS(url, username, password)")

_v = rand_pw(24)
add("yaml/grafana-admin-password", "deploy/helm/sensor-grafana/values.yaml", T("""
# grafana/grafana chart values for the site sensor dashboards
adminUser: admin
adminPassword: @@pw@@
persistence:
  enabled: true
  size: 10Gi
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: site-influx
        type: influxdb
        url: http://influxdb2:8086
ingress:
  enabled: true
  hosts: [sensors.eastparkbuilders.com]
""", pw=_v), _v, "Grafana Helm chart README: adminPassword")

add("yaml/decoy-record-id", "gis/webmaps.yml", T("""
# ArcGIS Online item ids (public web maps embedded on the client portal)
webmaps:
  harbor_street_progress: @@a@@
  eastpark_utilities: @@b@@
  bayview_phase2: @@c@@
feature_layers:
  survey_control_points: @@d@@
  stockpiles: @@e@@
portal: https://calder.maps.arcgis.com
""", a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32)), None, "ArcGIS REST API docs: item ids are 32-character identifiers")

add("yaml/decoy-public-client-id", "itwin-viewer/config/auth.yaml", T("""
# Single-page app registration: authorization code + PKCE, no client secret exists for SPA clients
oidc:
  authority: https://ims.bentley.com
  client_id: spa-@@cid@@
  redirect_uri: https://viewer.meridianstructural.com/signin-callback
  post_signout_redirect_uri: https://viewer.meridianstructural.com/
  scope: itwin-platform
  response_type: code
itwin_id: @@tw@@
""", cid=mixed(24), tw=uuid_s()), None, "Bentley iTwin docs: SPA applications use PKCE without a secret")

add("yaml/decoy-placeholder", "config/trimble_connect.example.yaml", T("""
trimble:
  identity_url: https://id.trimble.com/oauth/token
  client_id: 00000000-0000-0000-0000-000000000000
  client_secret: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  scope: openid YourAppName
  region: us
sync:
  every_minutes: 10
"""), None, "Trimble Developer docs: Trimble Identity application registration")

# ---------------------------------------------------------------------------------------------
# JSON: .NET settings, tool configs, Dynamo graphs, Postman, notebooks
# ---------------------------------------------------------------------------------------------


def js(obj: object, indent: int = 2) -> str:
    return json.dumps(obj, indent=indent) + "\n"


def notebook(cells: List[str]) -> str:
    nb_cells = []
    for number, cell in enumerate(cells, 1):
        lines = cell.strip("\n").split("\n")
        nb_cells.append({"cell_type": "code", "execution_count": number, "metadata": {}, "outputs": [],
                         "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]})
    return js({"cells": nb_cells,
               "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                            "language_info": {"name": "python", "version": "3.11.7"}},
               "nbformat": 4, "nbformat_minor": 5}, indent=1)


def dyn_graph(name: str, code: str, node_id: str) -> str:
    return js({
        "Uuid": uuid_s(), "IsCustomNode": False, "Description": "", "Name": name,
        "ElementResolver": {"ResolutionMap": {}}, "Inputs": [], "Outputs": [],
        "Nodes": [{
            "ConcreteType": "PythonNodeModels.PythonNode, PythonNodeModels", "Code": code,
            "Engine": "CPython3", "VariableInputPorts": True, "NodeType": "PythonScriptNode",
            "Id": node_id,
            "Inputs": [{"Id": hexs(32), "Name": "IN[0]", "Description": "Input #0", "UsingDefaultValue": False,
                        "Level": 2, "UseLevels": False, "KeepListStructure": False}],
            "Outputs": [{"Id": hexs(32), "Name": "OUT", "Description": "Result of the python script",
                         "UsingDefaultValue": False, "Level": 2, "UseLevels": False, "KeepListStructure": False}],
            "Replication": "Disabled", "Description": "Runs an embedded Python script."}],
        "Connectors": [], "Dependencies": [], "NodeLibraryDependencies": [], "Bindings": [],
        "View": {"Dynamo": {"ScaleFactor": 1.0, "HasRunWithoutCrash": True, "IsVisibleInDynamoLibrary": True,
                            "Version": "2.17.0.3472", "RunType": "Manual", "RunPeriod": "1000"}},
    })


_v = human_pw("!*#%")
add("json/sqlserver-password", "src/Northgate.CostReports/appsettings.Production.json", js({
    "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
    "ConnectionStrings": {
        "Vista": f"Server=vistasql01.corp.northgatecx.com;Database=Viewpoint;User Id=vp_reports;Password={_v};Encrypt=True;TrustServerCertificate=True",
        "Reports": "Server=rptsql01;Database=CostReports;Integrated Security=True;TrustServerCertificate=True"},
    "Vista": {"Company": 1, "JobCostMonth": "2024-05-01"},
    "AllowedHosts": "*"}), _v, "Microsoft docs: Configuration in ASP.NET Core, ConnectionStrings; Viewpoint Vista SQL database")

_v = mixed(16)
add("json/aps-client-secret", "src/Harbor.ViewerHub/appsettings.json", js({
    "Forge": {"ClientId": mixed(32), "ClientSecret": _v, "Bucket": "hsb-viewer-prod",
              "CallbackUrl": "https://viewer.harborsteel.com/api/auth/callback"},
    "Logging": {"LogLevel": {"Default": "Information"}},
    "AllowedHosts": "*"}), _v, "Autodesk Platform Services sample (forge-viewhubs .NET): appsettings.json Forge section")

_v = mixed(32)
add("json/box-client-secret", "doc-control/box-archive/box_config.json", js({
    "boxAppSettings": {"clientID": fakes.drawn(_seed(), 32, LOWER_ALNUM), "clientSecret": _v},
    "enterpriseID": "918273645",
    "archive": {"rootFolderId": "231457789012", "projectsFolderName": "Closed Projects"}}),
    _v, "Box developer docs: Client credentials grant (CCG) app configuration")

_v = mixed(24)
add("dynamo/egnyte-token", "dynamo/graphs/Publish Sheets to Egnyte.dyn", dyn_graph(
    "Publish Sheets to Egnyte",
    "import clr\r\nimport sys\r\nimport json\r\nimport urllib.request\r\n\r\n"
    "EGNYTE_DOMAIN = 'ridgelinearch.egnyte.com'\r\n"
    f"EGNYTE_TOKEN = '{_v}'\r\n"
    "TARGET = '/Shared/Projects/2417 Harbor Street/05 Issued/'\r\n\r\n"
    "results = []\r\nfor path in IN[0]:\r\n    name = path.split('\\\\')[-1]\r\n"
    "    req = urllib.request.Request('https://' + EGNYTE_DOMAIN + '/pubapi/v1/fs-content' + TARGET + name, "
    "data=open(path, 'rb').read(), method='POST')\r\n"
    "    req.add_header('Authorization', 'Bearer ' + EGNYTE_TOKEN)\r\n"
    "    results.append(urllib.request.urlopen(req).status)\r\nOUT = results",
    hexs(32)), _v, "Dynamo docs: .dyn JSON format and Python Script node; Egnyte Public API docs: bearer tokens")

add("dynamo/decoy-guid", "dynamo/graphs/Renumber Doors by Room.dyn", dyn_graph(
    "Renumber Doors by Room",
    "import clr\r\nclr.AddReference('RevitAPI')\r\nfrom Autodesk.Revit.DB import *\r\n"
    "clr.AddReference('RevitServices')\r\nfrom RevitServices.Persistence import DocumentManager\r\n"
    "from RevitServices.Transactions import TransactionManager\r\n\r\n"
    "doc = DocumentManager.Instance.CurrentDBDocument\r\ndoors = UnwrapElement(IN[0])\r\n"
    "TransactionManager.Instance.EnsureInTransaction(doc)\r\nfor d in doors:\r\n"
    "    room = d.ToRoom or d.FromRoom\r\n    if room:\r\n"
    "        d.get_Parameter(BuiltInParameter.ALL_MODEL_MARK).Set(room.Number + '-' + str(d.Id.IntegerValue)[-2:])\r\n"
    "TransactionManager.Instance.TransactionTaskDone()\r\nOUT = doors",
    hexs(32)), None, "Dynamo docs: .dyn JSON format (node and port Ids are GUIDs without dashes)")

_v = hexs(64)
add("postman/procore-client-secret", "postman/Procore Sandbox.postman_environment.json", js({
    "id": uuid_s(), "name": "Procore Sandbox",
    "values": [
        {"key": "base_url", "value": "https://sandbox.procore.com", "type": "default", "enabled": True},
        {"key": "login_url", "value": "https://login-sandbox.procore.com", "type": "default", "enabled": True},
        {"key": "client_id", "value": hexs(64), "type": "default", "enabled": True},
        {"key": "client_secret", "value": _v, "type": "secret", "enabled": True},
        {"key": "company_id", "value": "4271", "type": "default", "enabled": True},
        {"key": "access_token", "value": "", "type": "secret", "enabled": True}],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-03-11T14:22:05.118Z",
    "_postman_exported_using": "Postman/10.24.3"}), _v, "Postman docs: Exporting environments (environment JSON)")

add("postman/decoy-template-var", "postman/Procore API.postman_collection.json", js({
    "info": {"_postman_id": uuid_s(), "name": "Procore API (integrations team)",
             "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "item": [{"name": "Get token (client credentials)", "request": {
        "method": "POST", "header": [],
        "body": {"mode": "urlencoded", "urlencoded": [
            {"key": "grant_type", "value": "client_credentials"},
            {"key": "client_id", "value": "{{client_id}}"},
            {"key": "client_secret", "value": "{{client_secret}}"}]},
        "url": "{{login_url}}/oauth/token"}},
        {"name": "List projects", "request": {"method": "GET", "header": [
            {"key": "Authorization", "value": "Bearer {{access_token}}"},
            {"key": "Procore-Company-Id", "value": "{{company_id}}"}],
            "url": "{{base_url}}/rest/v1.0/projects?company_id={{company_id}}"}}]}),
    None, "Postman docs: Variables ({{name}}) in collections")

add("postman/decoy-empty", "postman/Procore Production.postman_environment.json", js({
    "id": uuid_s(), "name": "Procore Production",
    "values": [
        {"key": "base_url", "value": "https://api.procore.com", "type": "default", "enabled": True},
        {"key": "login_url", "value": "https://login.procore.com", "type": "default", "enabled": True},
        {"key": "client_id", "value": "", "type": "default", "enabled": True},
        {"key": "client_secret", "value": "", "type": "secret", "enabled": True},
        {"key": "company_id", "value": "4271", "type": "default", "enabled": True}],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-03-11T14:25:40.002Z",
    "_postman_exported_using": "Postman/10.24.3"}), None, "Postman docs: secret-type variables, exported empty")

_v = mixed(64)
add("json/aps-client-secret", "viewer-server/.vscode/launch.json", js({
    "version": "0.2.0",
    "configurations": [{"type": "node", "request": "launch", "name": "Launch viewer server",
                        "program": "${workspaceFolder}/server.js",
                        "env": {"APS_CLIENT_ID": mixed(32), "APS_CLIENT_SECRET": _v, "APS_BUCKET": "hsb-dev-bucket",
                                "PORT": "8080"},
                        "skipFiles": ["<node_internals>/**"]}]}), _v, "VS Code docs: launch.json env attribute")

_v = arcgis_key()
add("json/arcgis-api-key", "src/Calder.SiteMapper/Properties/launchSettings.json", js({
    "profiles": {"Calder.SiteMapper": {
        "commandName": "Project", "dotnetRunMessages": True, "launchBrowser": True,
        "applicationUrl": "https://localhost:7121;http://localhost:5121",
        "environmentVariables": {"ASPNETCORE_ENVIRONMENT": "Development", "ARCGIS_API_KEY": _v,
                                 "ARCGIS_BASEMAP": "arcgis/imagery"}}}}),
    _v, "Microsoft docs: launchSettings.json environmentVariables; Esri docs: API keys")

_v = airtable_pat()
add("json/airtable-token", "Ridgeline.extension/config.json", js({
    "extension": "Ridgeline", "min_pyrevit": "4.8.14",
    "airtable": {"base": "appQ7v2xLk9PzR3mT", "table": "Door Hardware Schedule", "token": _v},
    "sheets": {"titleblock_family": "RA_TB_ARCH_D_30x42", "issue_param": "RA_IssueStatus"}}),
    _v, "Airtable docs: Personal access tokens (pat...)")

_v = hexs(64)
add("json/matterport-token-secret", "scans/matterport/config.json", js({
    "api": "https://api.matterport.com/api/models/graph",
    "tokenId": hexs(24), "tokenSecret": _v,
    "models": {"2417-L01": "Sx3bJ2mYtQv", "2417-L02": "Kq8Pz1NwLa7"},
    "export": {"e57": True, "pointCloudDensity": "full"}}),
    _v, "Matterport developer docs: API token ID and secret (basic auth)")

_v = mixed(40)
add("json/bluebeam-client-secret", "src/Northgate.Studio/secrets.json", js({
    "Bluebeam:ClientId": uuid_s(), "Bluebeam:ClientSecret": _v,
    "Bluebeam:RedirectUri": "http://localhost:5000/callback",
    "Studio:Region": "US"}), _v, "Microsoft docs: Safe storage of app secrets (secrets.json); Bluebeam Studio API docs")

_v = hexs(32)
add("ipynb/dronedeploy-api-key", "notebooks/stockpile_volumes.ipynb", notebook([
    "import requests\nimport pandas as pd",
    f"API_KEY = '{_v}'\nPLAN_ID = '{hexs(24)}'\nurl = f'https://www.dronedeploy.com/api/v2/plans/{{PLAN_ID}}/measurements'\n"
    "resp = requests.get(url, params={'api_key': API_KEY}, timeout=60)\nresp.raise_for_status()",
    "df = pd.DataFrame(resp.json()['data'])\ndf[['name', 'volume_cubic_yards', 'created']].sort_values('created')"]),
    _v, "DroneDeploy API docs: api_key query parameter; Jupyter nbformat")

_v = human_pw("!*#%")
add("ipynb/arcgis-password", "notebooks/publish_ortho.ipynb", notebook([
    "from arcgis.gis import GIS\nfrom arcgis.raster.analytics import copy_raster",
    f"gis = GIS('https://calder.maps.arcgis.com', 'calder_gis_publisher', '{_v}')\nprint(gis.properties.user.username)",
    "item = copy_raster(input_raster='//nas01/survey/2417/ortho_2024-05-12.tif',\n"
    "                   output_name='harbor_street_ortho_20240512', gis=gis)\nitem"]),
    _v, "ArcGIS API for Python docs: Working with different authentication schemes")

_v = human_pw("!*#%")
add("ipynb/sqlserver-password", "analysis/wip_report.ipynb", notebook([
    "import pyodbc\nimport pandas as pd",
    "conn = pyodbc.connect(\n    'DRIVER={ODBC Driver 18 for SQL Server};SERVER=vistasql01;DATABASE=Viewpoint;'\n"
    f"    'UID=vp_reports;PWD={_v};TrustServerCertificate=yes')",
    "wip = pd.read_sql(\"SELECT JCCo, Job, Description, ContractAmt, BilledAmt FROM JCCM WHERE JCCo = 1\", conn)\nwip.head()"]),
    _v, "pyodbc wiki: connecting to SQL Server; Viewpoint Vista job cost tables (JCCM)")

add("ipynb/decoy-prompt", "notebooks/procore_rfis.ipynb", notebook([
    "import getpass, requests\nimport pandas as pd",
    "CLIENT_ID = '" + hexs(64) + "'  # public app id, see the Marketplace listing\n"
    "CLIENT_SECRET = getpass.getpass('Procore client secret: ')",
    "tok = requests.post('https://login.procore.com/oauth/token', data={'grant_type': 'client_credentials',\n"
    "    'client_id': CLIENT_ID, 'client_secret': CLIENT_SECRET}).json()['access_token']",
    "rfis = requests.get('https://api.procore.com/rest/v1.0/projects/318800/rfis',\n"
    "    headers={'Authorization': f'Bearer {tok}', 'Procore-Company-Id': '4271'}).json()\npd.DataFrame(rfis)[['number', 'subject', 'status']]"]),
    None, "Python docs: getpass; Procore docs: client credentials")

add("json/decoy-empty", "src/Harbor.ViewerHub/appsettings.Production.json", js({
    "Forge": {"ClientId": "", "ClientSecret": "", "Bucket": "hsb-viewer-prod",
              "CallbackUrl": "https://viewer.harborsteel.com/api/auth/callback"},
    "KeyVault": {"Uri": "https://kv-harbor-viewer.vault.azure.net/"},
    "Logging": {"LogLevel": {"Default": "Warning"}}}),
    None, "Microsoft docs: Azure Key Vault configuration provider in ASP.NET Core")

add("json/decoy-integrated-auth", "src/Northgate.CostReports/appsettings.Development.json", js({
    "ConnectionStrings": {
        "Vista": "Server=vistasql-dev;Database=Viewpoint_Test;Integrated Security=True;TrustServerCertificate=True",
        "Reports": "Server=(localdb)\\MSSQLLocalDB;Database=CostReports;Trusted_Connection=True"},
    "Vista": {"Company": 101, "JobCostMonth": "2024-05-01"},
    "DetailedErrors": True}), None, "Microsoft docs: SqlClient Integrated Security / LocalDB")

add("json/decoy-secret-ref", "infra/appservice/viewer-hub.settings.json", js([
    {"name": "Forge__ClientId", "value": "@Microsoft.KeyVault(SecretUri=https://kv-harbor-viewer.vault.azure.net/secrets/aps-client-id/)", "slotSetting": False},
    {"name": "Forge__ClientSecret", "value": "@Microsoft.KeyVault(VaultName=kv-harbor-viewer;SecretName=aps-client-secret)", "slotSetting": False},
    {"name": "Forge__Bucket", "value": "hsb-viewer-prod", "slotSetting": False},
    {"name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": False}]),
    None, "Microsoft docs: Use Key Vault references for App Service")

add("json/decoy-integrity-hash", "viewer/package-lock.json", js({
    "name": "hsb-viewer", "version": "1.8.0", "lockfileVersion": 3, "requires": True,
    "packages": {
        "": {"name": "hsb-viewer", "version": "1.8.0", "dependencies": {"@aps_sdk/authentication": "^1.0.0", "express": "^4.19.2"}},
        "node_modules/@aps_sdk/authentication": {"version": "1.0.0",
            "resolved": "https://registry.npmjs.org/@aps_sdk/authentication/-/authentication-1.0.0.tgz",
            "integrity": "sha512-" + rand_b64_bytes(64)},
        "node_modules/express": {"version": "4.19.2", "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
            "integrity": "sha512-" + rand_b64_bytes(64)}}}),
    None, "npm docs: package-lock.json integrity (Subresource Integrity hashes)")

add("json/decoy-record-id", "drone/exports/plans_2024-05.json", js({
    "plans": [{"id": hexs(24), "name": "2417 Harbor St - weekly", "date": "2024-05-12", "area_acres": 6.4,
               "map_id": hexs(24), "image_count": 412},
              {"id": hexs(24), "name": "2502 Eastpark - grading", "date": "2024-05-14", "area_acres": 31.9,
               "map_id": hexs(24), "image_count": 1288}],
    "exported_by": "survey@ridgelinebuild.com"}),
    None, "DroneDeploy API docs: plan and map ids (24-hex object ids)")

add("json/decoy-record-id", "itwin-viewer/config/itwins.json", js({
    "iTwins": [{"name": "2331 Riverside Garage", "iTwinId": uuid_s(), "iModelId": uuid_s(), "changesetId": hexs(40)},
               {"name": "2402 Calder Bridge Rehab", "iTwinId": uuid_s(), "iModelId": uuid_s(), "changesetId": hexs(40)}],
    "defaultView": "3d"}),
    None, "Bentley iTwin docs: iTwin, iModel and changeset ids")

add("json/decoy-redacted", "logs/procore-sync-2024-05-14.jsonl", "\n".join(json.dumps(r) for r in [
    {"ts": "2024-05-14T05:00:01Z", "level": "INFO", "msg": "token request", "client_id": "f3a1...c9", "client_secret": "***REDACTED***"},
    {"ts": "2024-05-14T05:00:02Z", "level": "INFO", "msg": "token ok", "expires_in": 5400, "access_token": "eyJ***"},
    {"ts": "2024-05-14T05:00:04Z", "level": "INFO", "msg": "commitments", "project": 318800, "count": 42},
    {"ts": "2024-05-14T05:00:09Z", "level": "WARN", "msg": "vendor not in Vista", "vendor": "Bayview Glazing"},
    {"ts": "2024-05-14T05:00:11Z", "level": "INFO", "msg": "done", "created": 3, "updated": 11}]) + "\n",
    None, "structured logging with redacted credentials")

# ---------------------------------------------------------------------------------------------
# XML: .NET configs, FileZilla, NuGet, Grasshopper, Revit manifests, Jenkins
# ---------------------------------------------------------------------------------------------

_v = human_pw("!*#%")
add("xml/sqlserver-password", "src/Harbor.RevitTools/App.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <!-- Project directory DB: sheet register, transmittals, room data -->
    <add name="ProjectDb"
         connectionString="Data Source=bimsql01.harborsteel.local;Initial Catalog=ProjectDirectory;User ID=revit_tools;Password=@@pw@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SheetRegisterTable" value="dbo.SheetRegister" />
    <add key="LogFolder" value="%LOCALAPPDATA%\\HarborTools\\logs" />
  </appSettings>
</configuration>
""", pw=_v), _v, "Microsoft docs: Connection strings and configuration files (.NET Framework)")

_v = rand_b64_bytes(32)
add("xml/sharepoint-acs-secret", "DocControl.Web/Web.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <!-- SharePoint app-only principal registered via appregnew.aspx on the Projects site -->
    <add key="ClientId" value="@@cid@@" />
    <add key="ClientSecret" value="@@sec@@" />
    <add key="SiteUrl" value="https://northgatecx.sharepoint.com/sites/Projects" />
    <add key="TransmittalLibrary" value="Transmittals" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="102400" />
  </system.web>
</configuration>
""", cid=uuid_s(), sec=_v), _v, "Microsoft docs: Granting access using SharePoint App-Only (AppRegNew.aspx client secret)")

_v = human_pw("!*#%-")
add("xml/sftp-password", "doc-control/filezilla/sitemanager.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Folder expanded="1">GC portals
      <Server>
        <Host>sftp.bayviewgc.com</Host>
        <Port>22</Port>
        <Protocol>1</Protocol>
        <Type>0</Type>
        <User>harborsteel_upload</User>
        <Pass encoding="base64">@@pw@@</Pass>
        <Logontype>1</Logontype>
        <PasvMode>MODE_DEFAULT</PasvMode>
        <EncodingType>Auto</EncodingType>
        <BypassProxy>0</BypassProxy>
        <Name>Bayview GC - 2417 Harbor Street</Name>
        <RemoteDir>1 0 7 inbound 19 2417-harbor-street</RemoteDir>
        <SyncBrowsing>0</SyncBrowsing>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", pw=b64(_v)), _v, "FileZilla wiki: sitemanager.xml, Pass encoding=base64")

_v = azdo_pat()
add("xml/azure-devops-pat", "NuGet.Config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="CalderFeed" value="https://pkgs.dev.azure.com/caldereng/_packaging/calder-bim/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <CalderFeed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@pat@@" />
    </CalderFeed>
  </packageSourceCredentials>
</configuration>
""", pat=_v), _v, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword")

_v = mixed(32)
add("xml/aps-client-secret", "deploy/addins/2024/HarborBimSync/HarborBimSync.dll.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ApsClientId" value="@@cid@@" />
    <add key="ApsClientSecret" value="@@sec@@" />
    <add key="AccHubId" value="b.@@hub@@" />
    <add key="PublishFolder" value="Project Files/03 Models/WIP" />
    <add key="LogLevel" value="Info" />
  </appSettings>
</configuration>
""", cid=mixed(32), sec=_v, hub=uuid_s()), _v, "Microsoft docs: appSettings element; APS Data Management API (ACC hubs)")

_v = rand_pw(32)
add("ghx/rhino-compute-key", "grasshopper/facade_panels_compute.ghx", T("""
<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Archive name="Root">
  <!--Archive generated by GH_IO.dll file utility library {0.2.0002}-->
  <items count="1">
    <item name="ArchiveVersion" type_name="gh_version" type_code="80">
      <Major>0</Major>
      <Minor>2</Minor>
      <Revision>2</Revision>
    </item>
  </items>
  <chunks count="1">
    <chunk name="Definition">
      <items count="1">
        <item name="plugin_version" type_name="gh_version" type_code="80">
          <Major>1</Major>
          <Minor>0</Minor>
          <Revision>7</Revision>
        </item>
      </items>
      <chunks count="1">
        <chunk name="DefinitionObjects">
          <items count="1">
            <item name="ObjectCount" type_name="gh_int32" type_code="3">1</item>
          </items>
          <chunks count="1">
            <chunk name="Object" index="0">
              <items count="2">
                <item name="GUID" type_name="gh_guid" type_code="9">410755b1-224a-4c1e-a407-bf32fb45ea7e</item>
                <item name="Name" type_name="gh_string" type_code="10">GhPython Script</item>
              </items>
              <chunks count="1">
                <chunk name="Container">
                  <items count="3">
                    <item name="CodeInput" type_name="gh_string" type_code="10">import compute_rhino3d.Util&#xD;&#xA;import compute_rhino3d.Grasshopper as gh&#xD;&#xA;compute_rhino3d.Util.url = 'https://compute.meridianstructural.com/'&#xD;&#xA;compute_rhino3d.Util.apiKey = '@@key@@'&#xD;&#xA;tree = gh.DataTree('panels')&#xD;&#xA;tree.Append([0], [str(x) for x in srf])&#xD;&#xA;a = gh.EvaluateDefinition('panelize.gh', [tree])</item>
                    <item name="Description" type_name="gh_string" type_code="10">Sends facade surfaces to Rhino.Compute</item>
                    <item name="InstanceGuid" type_name="gh_guid" type_code="9">@@ig@@</item>
                  </items>
                </chunk>
              </chunks>
            </chunk>
          </chunks>
        </chunk>
      </chunks>
    </chunk>
  </chunks>
</Archive>
""", key=_v, ig=uuid_s()), _v, "McNeel docs: Grasshopper .ghx XML archive; compute.rhino3d (RHINO_COMPUTE_KEY / apiKey)")

add("ghx/decoy-guid", "grasshopper/stair_generator.ghx", T("""
<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Archive name="Root">
  <!--Archive generated by GH_IO.dll file utility library {0.2.0002}-->
  <chunks count="1">
    <chunk name="Definition">
      <items count="3">
        <item name="plugin_version" type_name="gh_version" type_code="80">
          <Major>1</Major>
          <Minor>0</Minor>
          <Revision>7</Revision>
        </item>
        <item name="DocumentID" type_name="gh_guid" type_code="9">@@doc@@</item>
        <item name="Name" type_name="gh_string" type_code="10">stair_generator.ghx</item>
      </items>
      <chunks count="1">
        <chunk name="DefinitionObjects">
          <chunks count="2">
            <chunk name="Object" index="0">
              <items count="2">
                <item name="GUID" type_name="gh_guid" type_code="9">57da07bd-ecab-415d-9d86-af36d7073abc</item>
                <item name="Name" type_name="gh_string" type_code="10">Number Slider</item>
              </items>
              <chunks count="1">
                <chunk name="Container">
                  <items count="2">
                    <item name="InstanceGuid" type_name="gh_guid" type_code="9">@@a@@</item>
                    <item name="NickName" type_name="gh_string" type_code="10">Riser</item>
                  </items>
                </chunk>
              </chunks>
            </chunk>
            <chunk name="Object" index="1">
              <items count="2">
                <item name="GUID" type_name="gh_guid" type_code="9">e9eb1dcf-92f6-4d4d-84ae-96222d60f56b</item>
                <item name="Name" type_name="gh_string" type_code="10">Move</item>
              </items>
              <chunks count="1">
                <chunk name="Container">
                  <items count="1">
                    <item name="InstanceGuid" type_name="gh_guid" type_code="9">@@b@@</item>
                  </items>
                </chunk>
              </chunks>
            </chunk>
          </chunks>
        </chunk>
      </chunks>
    </chunk>
  </chunks>
</Archive>
""", doc=uuid_s(), a=uuid_s(), b=uuid_s()), None, "McNeel docs: Grasshopper .ghx archive (component and instance GUIDs)")

add("xml/decoy-guid", "deploy/addins/2024/HarborTools.addin", T("""
<?xml version="1.0" encoding="utf-8" standalone="no"?>
<RevitAddIns>
  <AddIn Type="Application">
    <Name>HarborTools</Name>
    <Assembly>HarborTools\\HarborTools.dll</Assembly>
    <AddInId>@@g1@@</AddInId>
    <FullClassName>HarborTools.App</FullClassName>
    <VendorId>HSB</VendorId>
    <VendorDescription>Harbor and Steel Builders BIM team, bim@harborsteel.com</VendorDescription>
  </AddIn>
  <AddIn Type="Command">
    <Name>Sheet Register Export</Name>
    <Assembly>HarborTools\\HarborTools.dll</Assembly>
    <AddInId>@@g2@@</AddInId>
    <FullClassName>HarborTools.Commands.ExportSheetRegister</FullClassName>
    <VendorId>HSB</VendorId>
  </AddIn>
</RevitAddIns>
""", g1=uuid_s(), g2=uuid_s()), None, "Autodesk Revit API docs: Add-in registration (.addin manifest, AddInId)")

add("xml/decoy-guid", "src/Northgate.CostReports/Northgate.CostReports.csproj", T("""
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@us@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Azure.Identity" Version="1.11.3" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.0" />
    <PackageReference Include="Dapper" Version="2.1.35" />
  </ItemGroup>
</Project>
""", us=uuid_s()), None, "Microsoft docs: Safe storage of app secrets (UserSecretsId is an id, not a secret)")

add("xml/decoy-env-reference", "tools/NuGet.Config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="CalderFeed" value="https://pkgs.dev.azure.com/caldereng/_packaging/calder-bim/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <CalderFeed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%CALDER_FEED_PAT%" />
    </CalderFeed>
  </packageSourceCredentials>
</configuration>
"""), None, "NuGet docs: nuget.config, environment variables in ClearTextPassword")

add("xml/decoy-ciphertext", "jenkins/credentials.xml", T("""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>vista-sql-reports</id>
          <description>Vista reporting login</description>
          <username>vp_reports</username>
          <password>{AQAAABAAAAAQ@@a@@}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>aps-client-secret</id>
          <secret>{AQAAABAAAAAg@@b@@}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", a=rand_b64_bytes(36), b=rand_b64_bytes(60)), None, "Jenkins docs: credentials stored encrypted ({AQAAAB...} secrets)")

add("xml/decoy-ciphertext", "DocControl.Web/Web.Release.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>@@k@@</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", k=rand_b64_bytes(256), c=rand_b64_bytes(192)), None, "Microsoft docs: Encrypting configuration sections with aspnet_regiis (RsaProtectedConfigurationProvider)")

# ---------------------------------------------------------------------------------------------
# INI-style files: ODBC .dsn, tool configs, pip, MySQL, pgpass
# ---------------------------------------------------------------------------------------------

_v = human_pw("!*#")
add("ini/sage-odbc-password", "estimating/reports/Sage300CRE.dsn", T("""
[ODBC]
DRIVER=Timberline Data
UID=ESTRPT
PWD=@@pw@@
DBQ=\\\\acctsrv01\\Timberline Office\\Accounting\\Data\\Northgate Construction
CODEPAGE=1252
DictionaryMode=0
StandardMode=1
MaxColSupport=1536
ShortenNames=0
DatabaseType=1
""", pw=_v), _v, "Sage 300 Construction and Real Estate: Timberline Data ODBC driver (file DSN)")

add("ini/decoy-empty", "estimating/reports/Sage300CRE_prompt.dsn", T("""
[ODBC]
DRIVER=Timberline Data
UID=
PWD=
DBQ=\\\\acctsrv01\\Timberline Office\\Accounting\\Data\\Northgate Construction
CODEPAGE=1252
DictionaryMode=0
StandardMode=1
; leave UID/PWD blank: Excel prompts each estimator for their own Sage login
"""), None, "Sage 300 CRE: Timberline Data ODBC driver prompts when UID/PWD are blank")

_v = uuid_s().upper()
add("ini/spectrum-auth-id", "tools/spectrum_export/config.ini", T("""
[spectrum]
; Viewpoint Spectrum Data Exchange web services
base_url = https://spectrum.eastparkbuilders.com:8482/ws
company_code = EPB
authorization_id = @@aid@@

[export]
jobs = 2417, 2502, 2510
cost_types = L, M, S, E, O
output_dir = \\\\fs01\\Accounting\\Spectrum Exports

[email]
smtp_host = smtp.office365.com
to = pm-team@eastparkbuilders.com
""", aid=_v), _v, "Viewpoint Spectrum Data Exchange docs: web service Authorization ID")

_v = mixed(32)
add("ini/tomorrowio-api-key", "concrete/pour_monitor/settings.ini", T("""
[weather]
provider = tomorrow.io
api_key = @@key@@
location = 47.6097,-122.3331
units = imperial
fields = temperature,windSpeed,precipitationProbability

[alerts]
min_temp_f = 40
max_wind_mph = 25
notify = superintendent@northgatecx.com, concrete-qc@northgatecx.com
""", key=_v), _v, "Tomorrow.io API docs: apikey query parameter")

_v = azdo_pat()
add("ini/azure-devops-pat", "pip.conf", T("""
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://calder-build:@@pat@@@pkgs.dev.azure.com/caldereng/_packaging/calder-python/pypi/simple/
trusted-host = pkgs.dev.azure.com
""", pat=_v), _v, "Azure Artifacts docs: Connect to a feed with pip (PAT in the index URL)")

_v = human_pw("!*#%")
add("ini/mysql-password", "timesheets/.my.cnf", T("""
[client]
host=timesheets-db.internal.ridgelinebuild.com
port=3306
user=ts_export
password="@@pw@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", pw=_v), _v, "MySQL docs: Option files, [client] password")

add("ini/decoy-config-no-secret", "deploy/pyrevit/pyRevit_config.ini", T("""
[core]
checkupdates = false
autoupdate = false
verbose = true
debug = false
filelogging = true
startuplogtimeout = 10
userextensions = ["\\\\\\\\fs01\\\\BIM\\\\pyRevit\\\\Extensions"]
usercanupdate = false
usercanextend = false
usercanconfig = false

[telemetry]
active = true
utc_timestamps = true
telemetry_file_dir = ""
telemetry_server_url = "https://telemetry.ridgelinearch.com/api/v2/scripts/"
include_hooks = false
active_app = true
apptelemetry_server_url = "https://telemetry.ridgelinearch.com/api/v2/events/"
apptelemetry_event_flags = "0x3fffff"

[Ridgeline.extension]
disabled = false
private_repo = true
username = ""
password = ""
"""), None, "pyRevit docs: pyRevit_config.ini (core, telemetry and extension sections)")

add("ini/decoy-config-no-secret", "tools/pip.conf", T("""
[global]
timeout = 60
index-url = https://pypi.org/simple
# Auth comes from artifacts-keyring (pip install artifacts-keyring), no PAT stored here
extra-index-url = https://pkgs.dev.azure.com/caldereng/_packaging/calder-python/pypi/simple/
"""), None, "Azure Artifacts docs: artifacts-keyring with pip")

_v = human_pw("!*#%")
add("pgpass/postgres-password", "ops/.pgpass", T("""
# hostname:port:database:username:password
pcdb01.internal.northgatecx.com:5432:projectcontrols:pc_admin:@@pw@@
pcdb01.internal.northgatecx.com:5432:projectcontrols:pc_readonly:*
localhost:5432:*:postgres:
# the readonly role uses ident auth on the reporting box
""", pw=_v), _v, "PostgreSQL docs: The Password File (.pgpass)")

# ---------------------------------------------------------------------------------------------
# TOML, .properties, HCL
# ---------------------------------------------------------------------------------------------

_v = human_pw("!*#%")
add("toml/sqlserver-password", "dashboards/job-cost/.streamlit/secrets.toml", T("""
[vista]
driver = "ODBC Driver 18 for SQL Server"
server = "vistasql01.corp.northgatecx.com"
database = "Viewpoint"
username = "vp_reports"
password = "@@pw@@"
trust_server_certificate = true

[app]
default_company = 1
""", pw=_v), _v, "Streamlit docs: Secrets management (.streamlit/secrets.toml)")

_v = influx_token()
add("toml/influxdb-token", "site-iot/telegraf/telegraf.conf", T("""
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "site2417-gw01"

[[outputs.influxdb_v2]]
  urls = ["https://influx.eastparkbuilders.com"]
  token = "@@tok@@"
  organization = "eastpark"
  bucket = "site2417"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["sites/2417/concrete/+/maturity", "sites/2417/dewatering/+/level"]
  data_format = "json"
  tag_keys = ["sensor_id"]
""", tok=_v), _v, "Telegraf docs: InfluxDB v2 output plugin (token)")

_v = human_pw("!*#%")
add("toml/sftp-password", "doc-control/transmittal-push/settings.toml", T("""
[default]
outbox = "/srv/transmittals/outbox"
archive = "/srv/transmittals/sent"

[default.sftp]
host = "sftp.bayviewgc.com"
port = 22
username = "northgate_docs"
password = "@@pw@@"
remote_dir = "/inbound/2502-eastpark"
known_hosts = "/etc/transmittal-push/known_hosts"

[development.sftp]
host = "localhost"
port = 2222
""", pw=_v), _v, "Dynaconf docs: settings.toml environments")

add("toml/decoy-placeholder", "dashboards/job-cost/.streamlit/secrets.toml.example", T("""
# Copy to secrets.toml (git-ignored) and fill in
[vista]
driver = "ODBC Driver 18 for SQL Server"
server = "vistasql01.corp.northgatecx.com"
database = "Viewpoint"
username = "your-sql-login"
password = "********"
trust_server_certificate = true
"""), None, "Streamlit docs: Secrets management")

add("toml/decoy-env-reference", "site-iot/telegraf/telegraf.prod.conf", T("""
[agent]
  interval = "30s"
  hostname = "$HOSTNAME"

[[outputs.influxdb_v2]]
  urls = ["https://influx.eastparkbuilders.com"]
  token = "${INFLUX_TOKEN}"
  organization = "eastpark"
  bucket = "${SITE_BUCKET}"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  topics = ["sites/+/concrete/+/maturity"]
  data_format = "json"
"""), None, "Telegraf docs: environment variables in the configuration")

_v = human_pw("!*#%")
add("properties/projectwise-password", "pw-sync/src/main/resources/projectwise-sync.properties", T("""
# ProjectWise Web Services Gateway -> SharePoint archive sync
pw.wsg.url=https://pwwsg.meridianstructural.com/ws/v2.8/repositories/Bentley.PW--pw01.meridian.local~3APW_Meridian
pw.username=svc_pwsync
pw.password=@@pw@@
pw.root.folder=Projects/2331 Riverside Garage/Issued
sp.site=https://meridianstructural.sharepoint.com/sites/Archive
sync.cron=0 0 2 * * *
sync.batch.size=50
""", pw=_v), _v, "Bentley ProjectWise Web Services Gateway docs: basic authentication")

_v = hexs(32)
add("properties/trimble-client-secret", "tc-bridge/src/main/resources/application.properties", T("""
spring.application.name=tc-bridge
server.port=8085
trimble.identity.token-url=https://id.trimble.com/oauth/token
trimble.identity.client-id=@@cid@@
trimble.identity.client-secret=@@sec@@
trimble.connect.api=https://app.connect.trimble.com/tc/api/2.0
trimble.connect.region=us
bridge.poll-interval=PT10M
logging.level.com.caldereng=INFO
""", cid=uuid_s(), sec=_v), _v, "Spring Boot docs: application.properties; Trimble Identity client credentials")

add("properties/decoy-template-var", "tc-bridge/src/main/resources/application-prod.properties", T("""
trimble.identity.client-id=${TRIMBLE_CLIENT_ID}
trimble.identity.client-secret=${TRIMBLE_CLIENT_SECRET}
spring.datasource.url=jdbc:sqlserver://bimsql01:1433;databaseName=TcBridge;encrypt=true
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.config.import=optional:azure-keyvault://kv-calder-apps
"""), None, "Spring Boot docs: Externalized configuration, property placeholders")

_v = human_pw("!*#%")
add("hcl/sqlserver-password", "infra/terraform/reporting/main.tf", T("""
resource "azurerm_resource_group" "reporting" {
  name     = "rg-northgate-reporting"
  location = "westus2"
}

resource "azurerm_mssql_server" "reporting" {
  name                         = "sql-northgate-reporting"
  resource_group_name          = azurerm_resource_group.reporting.name
  location                     = azurerm_resource_group.reporting.location
  version                      = "12.0"
  administrator_login          = "ngadmin"
  administrator_login_password = "@@pw@@"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_database" "wip" {
  name      = "wip-reporting"
  server_id = azurerm_mssql_server.reporting.id
  sku_name  = "S1"
}
""", pw=_v), _v, "Terraform azurerm provider docs: azurerm_mssql_server administrator_login_password")

_v = mixed(16)
add("hcl/aps-client-secret", "infra/terraform/viewer/terraform.tfvars", T("""
environment      = "prod"
location         = "westus2"
app_service_sku  = "P1v3"
aps_client_id    = "@@cid@@"
aps_client_secret = "@@sec@@"
aps_bucket       = "hsb-viewer-prod"
custom_domain    = "viewer.harborsteel.com"
""", cid=mixed(32), sec=_v), _v, "Terraform docs: variable definitions (.tfvars) files")

_v = fakes.aws_secret_key(_seed())
add("hcl/aws-secret-key", "infra/terraform/drone-bucket/provider.tf", T("""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@sk@@"
}

resource "aws_s3_bucket" "survey" {
  bucket = "ridgeline-survey-exports"
}
""", kid=fakes.aws_key_id(_seed()), sk=_v), _v, "Terraform AWS provider docs: static credentials (access_key, secret_key)")

add("hcl/decoy-generated", "infra/terraform/project-db/main.tf", T("""
resource "random_password" "pc_admin" {
  length           = 24
  special          = true
  override_special = "!#*-_"
}

resource "azurerm_postgresql_flexible_server" "pc" {
  name                   = "psql-northgate-pc"
  resource_group_name    = var.resource_group
  location               = var.location
  version                = "15"
  administrator_login    = "pc_admin"
  administrator_password = random_password.pc_admin.result
  sku_name               = "GP_Standard_D2s_v3"
}

resource "azurerm_key_vault_secret" "pc_admin" {
  name         = "pc-admin-password"
  value        = random_password.pc_admin.result
  key_vault_id = var.key_vault_id
}
"""), None, "Terraform random provider docs: random_password; azurerm_key_vault_secret")

add("hcl/decoy-variable", "infra/terraform/viewer/variables.tf", T("""
variable "aps_client_id" {
  type        = string
  description = "APS app client id (public identifier)"
}

variable "aps_client_secret" {
  type        = string
  description = "APS app client secret; pass with TF_VAR_aps_client_secret"
  sensitive   = true
}

variable "aps_bucket" {
  type    = string
  default = "hsb-viewer-prod"
}
"""), None, "Terraform docs: Input variables, sensitive = true")

# ---------------------------------------------------------------------------------------------
# Web servers, systemd units, cron, MQTT brokers, device lists
# ---------------------------------------------------------------------------------------------

_v = human_pw("!*#%")
add("nginx/camera-basic-auth", "site-cams/nginx/cams.conf", T("""
server {
    listen 443 ssl;
    server_name cams.northgatecx.com;
    ssl_certificate     /etc/letsencrypt/live/cams.northgatecx.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/cams.northgatecx.com/privkey.pem;

    auth_basic           "Jobsite cameras";
    auth_basic_user_file /etc/nginx/.htpasswd-cams;

    # Axis Q6135-LE on the tower crane: VAPIX snapshots for the progress page
    location /crane/ {
        proxy_pass http://10.24.17.40/axis-cgi/;
        proxy_set_header Authorization "Basic @@b@@";
        proxy_buffering off;
    }

    location / {
        root /var/www/cams;
    }
}
""", b=b64("viewer:" + _v)), _v, "nginx docs: ngx_http_proxy_module proxy_set_header; Axis VAPIX basic authentication")

_v = hexs(32)
add("apache/plangrid-api-key", "ops/apache/plangrid-proxy.conf", T("""
<VirtualHost *:443>
    ServerName plangrid-proxy.ridgelinebuild.local
    SSLEngine on
    SSLCertificateFile    /etc/ssl/ridgeline/wildcard.crt
    SSLCertificateKeyFile /etc/ssl/ridgeline/wildcard.key
    SSLProxyEngine on

    # Field tablets hit this proxy; the API key never leaves the server
    ProxyPass        /plangrid/ https://io.plangrid.com/
    ProxyPassReverse /plangrid/ https://io.plangrid.com/
    RequestHeader set Authorization "Basic @@b@@"
    RequestHeader set Accept "application/vnd.plangrid+json; version=1"

    ErrorLog  ${APACHE_LOG_DIR}/plangrid-proxy-error.log
    CustomLog ${APACHE_LOG_DIR}/plangrid-proxy-access.log combined
</VirtualHost>
""", b=b64(_v + ":")), _v, "PlanGrid API docs: HTTP basic auth with the API key as username; Apache mod_headers")

add("nginx/decoy-config-no-secret", "ops/nginx/telemetry.conf", T("""
server {
    listen 443 ssl http2;
    server_name telemetry.ridgelinearch.com;
    ssl_certificate     /etc/nginx/tls/telemetry.crt;
    ssl_certificate_key /etc/nginx/tls/telemetry.key;

    # only office and VPN ranges may post pyRevit telemetry
    allow 10.20.0.0/16;
    allow 10.99.0.0/16;
    deny  all;

    location /api/ {
        auth_basic           "pyRevit telemetry";
        auth_basic_user_file /etc/nginx/htpasswd/telemetry;
        proxy_pass http://127.0.0.1:8090;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
"""), None, "nginx docs: ngx_http_auth_basic_module (auth_basic_user_file)")

add("htpasswd/decoy-password-hash", "ops/nginx/htpasswd/telemetry", T("""
pyrevit:$apr1$@@s1@@$@@h1@@
bimadmin:$2y$10$@@h2@@
grafana-probe:$apr1$@@s3@@$@@h3@@
ci-smoke:{SHA}@@h4@@
pm-dashboard:$2y$05$@@h5@@
""", s1=fakes.drawn(_seed(), 8, ALNUM + "./"), h1=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h2=fakes.drawn(_seed(), 53, ALNUM + "./"), s3=fakes.drawn(_seed(), 8, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 22, ALNUM + "./"), h4=rand_b64_bytes(20), h5=fakes.drawn(_seed(), 53, ALNUM + "./")),
    None, "Apache docs: htpasswd password formats (apr1, bcrypt, SHA)")

add("mosquitto/decoy-password-hash", "site-iot/mosquitto/passwd", T("""
site2417-gateway:$7$101$@@s1@@$@@h1@@
site2502-gateway:$7$101$@@s2@@$@@h2@@
telegraf:$7$101$@@s3@@$@@h3@@
nodered:$7$101$@@s4@@$@@h4@@
frigate:$7$101$@@s5@@$@@h5@@
""", s1=rand_b64_bytes(12), h1=rand_b64_bytes(64), s2=rand_b64_bytes(12), h2=rand_b64_bytes(64),
    s3=rand_b64_bytes(12), h3=rand_b64_bytes(64), s4=rand_b64_bytes(12), h4=rand_b64_bytes(64),
    s5=rand_b64_bytes(12), h5=rand_b64_bytes(64)), None, "Mosquitto docs: mosquitto_passwd (PBKDF2-SHA512 $7$ hashes)")

_v = rand_pw(20)
add("mosquitto/mqtt-password", "site-iot/mosquitto/conf.d/bridge.conf", T("""
# Bridge from the jobsite gateway (LTE) to the company broker
connection site2417-to-cloud
address mqtt.eastparkbuilders.com:8883
bridge_cafile /etc/ssl/certs/ca-certificates.crt
bridge_protocol_version mqttv311
remote_clientid site2417-gw01
remote_username site2417-gateway
remote_password @@pw@@
cleansession false
try_private true
topic sites/2417/# out 1
topic cmd/site2417/# in 1
""", pw=_v), _v, "Mosquitto docs: mosquitto.conf bridge configuration (remote_password)")

_v = ttn_key()
add("systemd/ttn-api-key", "site-iot/deploy/ttn-bridge.service", T("""
[Unit]
Description=TTN -> InfluxDB bridge for site 2417 LoRaWAN sensors
After=network-online.target
Wants=network-online.target

[Service]
User=sensors
WorkingDirectory=/opt/ttn-bridge
Environment=TTN_APP_ID=eastpark-site2417
Environment="TTN_API_KEY=@@key@@"
Environment=TTN_MQTT_HOST=nam1.cloud.thethings.network
Environment=INFLUX_URL=http://127.0.0.1:8086
ExecStart=/opt/ttn-bridge/venv/bin/python -m ttn_bridge
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
""", key=_v), _v, "The Things Stack docs: API keys (NNSXS.) and the MQTT server")

_v = human_pw("!*-_")
add("systemd/camera-rtsp-password", "site-cams/deploy/camera-archiver@.service", T("""
[Unit]
Description=Record %i site camera to the NAS in 10 minute segments
After=network-online.target

[Service]
User=cams
ExecStart=/usr/bin/ffmpeg -nostdin -rtsp_transport tcp \\
    -i rtsp://recorder:@@pw@@@10.24.17.21:554/Streaming/Channels/101 \\
    -c copy -f segment -segment_time 600 -reset_timestamps 1 -strftime 1 \\
    /mnt/nas/cams/%i/%%Y-%%m-%%d_%%H-%%M-%%S.mp4
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", pw=_v), _v, "systemd.service docs: ExecStart; FFmpeg docs: RTSP input and segment muxer")

add("systemd/decoy-env-file-ref", "services/drone-ingest/deploy/drone-ingest.service", T("""
[Unit]
Description=DroneDeploy export worker
After=network-online.target

[Service]
Type=simple
User=droneingest
EnvironmentFile=/etc/drone-ingest/env
LoadCredential=dronedeploy-api-key:/etc/credstore/dronedeploy-api-key
ExecStart=/opt/drone-ingest/venv/bin/drone-ingest --credential-file ${CREDENTIALS_DIRECTORY}/dronedeploy-api-key
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""), None, "systemd.exec docs: EnvironmentFile= and LoadCredential=")

_v = human_pw("!*#")
add("crontab/sftp-password", "ops/crontab.transmittals", T("""
SHELL=/bin/bash
MAILTO=doc-control@harborsteel.com
# m h dom mon dow  command
# push issued sheets to the GC portal every night
30 22 * * 1-5  sshpass -p '@@pw@@' sftp -oBatchMode=no -b /opt/transmittals/put.batch harborsteel_upload@sftp.bayviewgc.com >> /var/log/transmittals/push.log 2>&1
# clean the outbox on Sundays
0 3 * * 0      find /srv/transmittals/sent -mtime +90 -delete
""", pw=_v), _v, "crontab(5) man page; sshpass(1) -p password")

_v = human_pw("!*#")
add("crontab/sqlserver-password", "ops/cron.d/vista-wip-export", T("""
# /etc/cron.d/vista-wip-export - month-end WIP extract for the controllers
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/opt/mssql-tools18/bin
15 6 1 * *  reports  sqlcmd -S vistasql01.corp.northgatecx.com -d Viewpoint -U vp_reports -P '@@pw@@' -C -i /opt/reports/wip.sql -o /srv/reports/wip_$(date +\\%Y\\%m).csv -s"," -W
0 7 1 * *   reports  /opt/reports/mail_wip.sh
""", pw=_v), _v, "sqlcmd docs: -U and -P options; crontab(5) in /etc/cron.d")

_v = slack_webhook()
add("crontab/slack-webhook", "ops/crontab.backups", T("""
MAILTO=""
# Revit Server / Vault nightly backup, then post the result to #bim-ops
0 1 * * *  /opt/backup/revitserver_backup.sh && curl -s -X POST -H 'Content-type: application/json' --data '{"text":"Revit Server backup OK"}' @@url@@
0 2 * * *  /opt/backup/vault_backup.sh || curl -s -X POST -H 'Content-type: application/json' --data '{"text":"Vault backup FAILED"}' @@url@@
# weekly restore test on Saturday
0 6 * * 6  /opt/backup/restore_test.sh
""", url=_v), _v, "Slack docs: Sending messages using Incoming Webhooks")

add("crontab/decoy-config-no-secret", "ops/crontab.pgdump", T("""
MAILTO=it-ops@northgatecx.com
# project controls DB dump; credentials come from ~reports/.pgpass (mode 0600)
45 23 * * *  pg_dump -h pcdb01.internal.northgatecx.com -U pc_readonly -Fc projectcontrols -f /backups/pc_$(date +\\%F).dump
30 4 * * 0   find /backups -name 'pc_*.dump' -mtime +28 -delete
0 5 * * 1    /opt/reports/weekly_cost_report.py --company 1 --to controllers@northgatecx.com
"""), None, "PostgreSQL docs: .pgpass; crontab(5)")

_v = hexs(32).upper()
add("shell/lorawan-appkey", "site-iot/devices/register_site2417.sh", T("""
#!/usr/bin/env bash
# Register a new concrete maturity sensor on The Things Stack (run once per device)
set -euo pipefail
APP=eastpark-site2417

ttn-lw-cli end-devices create "$APP" maturity-l02-slab-a \\
  --dev-eui @@eui@@ \\
  --join-eui 70B3D57ED0054F1A \\
  --frequency-plan-id US_902_928_FSB_2 \\
  --lorawan-version 1.0.3 \\
  --lorawan-phy-version 1.0.3-a \\
  --root-keys.app-key.key @@key@@ \\
  --name "Maturity L02 slab pour A"
""", eui=hexs(16).upper(), key=_v), _v, "The Things Stack docs: ttn-lw-cli end-devices create (OTAA root keys)")

add("csv/decoy-record-id", "site-iot/devices/site2502_inventory.csv", T("""
dev_eui,join_eui,name,device_profile,installed,notes
""") + "".join(
    f"{hexs(16).upper()},70B3D57ED0054F1A,{name},{prof},2024-05-{day:02d},{note}\n" for name, prof, day, note in [
        ("maturity-F01-footing-1", "concrete-maturity-v2", 3, "AppKey in Key Vault"),
        ("maturity-F01-footing-2", "concrete-maturity-v2", 3, "AppKey in Key Vault"),
        ("well-DW01", "dewatering-level", 7, ""),
        ("vib-monitor-east", "vibration", 9, "seismograph gateway"),
        ("tilt-SOE-S2", "inclinometer", 12, "")]),
    None, "LoRaWAN 1.0.x specification: DevEUI and JoinEUI are public identifiers")

# ---------------------------------------------------------------------------------------------
# Python: APS, pyRevit, Dynamo, Rhino, drones, ERP, SharePoint, sensors, notifications
# ---------------------------------------------------------------------------------------------

_v = mixed(16)
add("python/aps-client-secret", "scripts/aps_auth.py", T('''
"""Get a 2-legged APS token and translate a model to SVF2 (run from the BIM server)."""
import base64
import sys

import requests

APS_CLIENT_ID = "@@cid@@"
APS_CLIENT_SECRET = "@@sec@@"
BUCKET = "hsb-md-prod-2024"


def token(scopes="data:read data:write data:create bucket:read"):
    r = requests.post(
        "https://developer.api.autodesk.com/authentication/v2/token",
        auth=(APS_CLIENT_ID, APS_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": scopes},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def translate(object_id):
    urn = base64.urlsafe_b64encode(object_id.encode()).decode().rstrip("=")
    body = {"input": {"urn": urn}, "output": {"formats": [{"type": "svf2", "views": ["2d", "3d"]}]}}
    r = requests.post("https://developer.api.autodesk.com/modelderivative/v2/designdata/job",
                      json=body, headers={"Authorization": "Bearer " + token()}, timeout=30)
    r.raise_for_status()
    return urn


if __name__ == "__main__":
    print(translate(sys.argv[1]))
''', cid=mixed(32), sec=_v), _v, "Autodesk Platform Services docs: Authentication v2 token endpoint, Model Derivative job")

_v = teams_webhook("ridgelinearch", v2=False)
add("python/teams-webhook", "Ridgeline.extension/Ridgeline.tab/QA.panel/Model Health.pushbutton/script.py", T('''
# -*- coding: utf-8 -*-
"""Posts a model health summary of the active document to the BIM Teams channel."""
__title__ = "Model\\nHealth"
__author__ = "Ridgeline BIM"

import json
from pyrevit import revit, DB, script
from System.Net import WebClient

TEAMS_URL = "@@url@@"

doc = revit.doc
warnings = len(doc.GetWarnings())
imports = DB.FilteredElementCollector(doc).OfClass(DB.ImportInstance).GetElementCount()
groups = DB.FilteredElementCollector(doc).OfClass(DB.GroupType).GetElementCount()

card = {"text": "**{}**: {} warnings, {} CAD imports, {} group types".format(doc.Title, warnings, imports, groups)}
client = WebClient()
client.Headers.Add("Content-Type", "application/json")
client.UploadString(TEAMS_URL, json.dumps(card))
script.get_output().print_md("Posted health summary for **{}**".format(doc.Title))
''', url=_v), _v, "pyRevit docs: pushbutton bundles (script.py); Microsoft docs: Teams incoming webhooks")

_v = airtable_pat()
add("python/airtable-token", "dynamo/python/push_door_schedule.py", T('''
# Dynamo CPython3 node: push the door hardware schedule to Airtable
import json
import urllib.request

AIRTABLE_TOKEN = "@@tok@@"
BASE = "appQ7v2xLk9PzR3mT"
TABLE = "Door%20Hardware%20Schedule"

rows = IN[0]  # list of [mark, room, hardware_set, fire_rating]
records = [{"fields": {"Mark": r[0], "Room": r[1], "HW Set": r[2], "Rating": r[3]}} for r in rows]
sent = 0
for i in range(0, len(records), 10):
    req = urllib.request.Request(
        "https://api.airtable.com/v0/%s/%s" % (BASE, TABLE),
        data=json.dumps({"records": records[i:i + 10], "typecast": True}).encode(),
        headers={"Authorization": "Bearer " + AIRTABLE_TOKEN, "Content-Type": "application/json"},
        method="POST")
    urllib.request.urlopen(req)
    sent += len(records[i:i + 10])
OUT = sent
''', tok=_v), _v, "Airtable Web API docs: create records with a personal access token")

_v = hexs(42)
add("python/speckle-token", "rhino/scripts/publish_to_speckle.py", T('''
#! python3
# Rhino 8 ScriptEditor: send the selected facade objects to Speckle
import rhinoscriptsyntax as rs
from specklepy.api.client import SpeckleClient
from specklepy.api import operations
from specklepy.transports.server import ServerTransport
from specklepy.objects import Base

HOST = "https://speckle.meridianstructural.com"
TOKEN = "@@tok@@"
STREAM = "7d2b0c91f4"

client = SpeckleClient(host=HOST)
client.authenticate_with_token(TOKEN)
ids = rs.GetObjects("Select facade panels", preselect=True)
payload = Base()
payload["@panels"] = [{"id": str(i), "area": rs.SurfaceArea(i)[0]} for i in ids]
transport = ServerTransport(client=client, stream_id=STREAM)
obj_id = operations.send(payload, [transport])
client.commit.create(STREAM, obj_id, branch_name="facade/panels", message="From Rhino")
print("sent", obj_id)
''', tok=_v), _v, "specklepy docs: SpeckleClient.authenticate_with_token")

_v = mixed(40)
add("python/pix4d-client-secret", "drone/pipeline/upload_pix4d.py", T('''
import os
import sys
from pathlib import Path

import requests

PIX4D_TOKEN_URL = "https://cloud.pix4d.com/oauth2/token/"
PIX4D_CLIENT_ID = "hsb-survey-automation"
PIX4D_CLIENT_SECRET = "@@sec@@"


def get_token():
    r = requests.post(PIX4D_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": PIX4D_CLIENT_ID,
        "client_secret": PIX4D_CLIENT_SECRET,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def create_project(name, token):
    r = requests.post("https://cloud.pix4d.com/project/api/v3/projects/",
                      json={"name": name}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    flight = Path(sys.argv[1])
    tok = get_token()
    pid = create_project(flight.name, tok)
    print(f"created Pix4D project {pid} for {len(list(flight.glob('*.JPG')))} images")
''', sec=_v), _v, "Pix4D cloud API docs: OAuth2 client credentials")

_v = human_pw("!*#")
add("python/sage-odbc-password", "estimating/sage_export.py", T('''
"""Export Sage 300 CRE job cost actuals for the estimating feedback loop."""
import csv
import datetime

import pyodbc

CONN = (
    "DRIVER={Timberline Data};"
    r"DBQ=\\\\acctsrv01\\Timberline Office\\Accounting\\Data\\Northgate Construction;"
    "UID=ESTRPT;PWD=@@pw@@;"
)

SQL = """
SELECT Job, Phase, Cost_Code, Category, Amount, Units
FROM JCT_CURRENT__TRANSACTION
WHERE Accounting_Date >= ?
"""


def main():
    since = datetime.date.today().replace(day=1)
    with pyodbc.connect(CONN, autocommit=True) as cn, open("actuals.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["job", "phase", "cost_code", "category", "amount", "units"])
        for row in cn.cursor().execute(SQL, since):
            w.writerow(row)


if __name__ == "__main__":
    main()
''', pw=_v), _v, "Sage 300 CRE: Timberline Data ODBC driver connection string (DBQ, UID, PWD)")

_v = azure_secret()
add("python/azure-ad-client-secret", "doc-control/sp_sync.py", T('''
from office365.graph_client import GraphClient

TENANT = "northgatecx.onmicrosoft.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"
SITE = "northgatecx.sharepoint.com:/sites/Projects"


def client():
    return GraphClient.with_client_secret(TENANT, CLIENT_ID, CLIENT_SECRET)


def upload_transmittal(path, folder="Transmittals/Outgoing"):
    site = client().sites.get_by_url("https://northgatecx.sharepoint.com/sites/Projects")
    drive = site.drive.root.get_by_path(folder)
    with open(path, "rb") as fh:
        return drive.upload_file(fh).execute_query()


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        print(upload_transmittal(p).web_url)
''', cid=uuid_s(), sec=_v), _v, "Office365-REST-Python-Client README: GraphClient.with_client_secret")

_v = human_pw("!*-_")
add("python/mqtt-password", "sensors/mqtt_bridge.py", T('''
import json
import time

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point

BROKER = "mqtt.eastparkbuilders.com"

influx = InfluxDBClient(url="http://localhost:8086", org="eastpark")
write = influx.write_api()


def on_message(client, userdata, msg):
    data = json.loads(msg.payload)
    sensor = msg.topic.split("/")[3]
    write.write("site2417", record=Point("maturity").tag("sensor", sensor)
                .field("temp_c", data["t"]).field("maturity_ch", data["m"]))


client = mqtt.Client(client_id="site2417-bridge")
client.username_pw_set("site2417-gateway", "@@pw@@")
client.tls_set()
client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("sites/2417/concrete/+/maturity")
client.loop_forever()
''', pw=_v), _v, "Eclipse Paho Python docs: username_pw_set")

_v = rand_b64_bytes(32)
add("python/azure-iot-connection-string", "sensors/iothub_sender.py", T('''
"""Tilt sensor on the north shoring wall -> Azure IoT Hub (runs on the site Raspberry Pi)."""
import json
import time

from azure.iot.device import IoTHubDeviceClient, Message

from tilt import read_tilt

CONNECTION_STRING = "HostName=iot-northgate-sites.azure-devices.net;DeviceId=site2502-tilt-soe-n1;SharedAccessKey=@@key@@"

device = IoTHubDeviceClient.create_from_connection_string(CONNECTION_STRING)
device.connect()
while True:
    x, y = read_tilt()
    msg = Message(json.dumps({"x_deg": x, "y_deg": y, "ts": time.time()}))
    msg.content_type = "application/json"
    device.send_message(msg)
    time.sleep(60)
''', key=_v), _v, "Azure IoT device SDK for Python docs: create_from_connection_string")

_v = hexs(32)
add("python/twilio-auth-token", "notify/sms.py", T('''
"""Text the superintendent when a pour-day alert fires."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@tok@@"
FROM = "+12065550143"

SUPERS = {
    "2417": "+12065550177",
    "2502": "+14255550122",
}


def send(job, text):
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    return client.messages.create(to=SUPERS[job], from_=FROM, body=text).sid
''', sid=hexs(32), tok=_v), _v, "Twilio docs: Account SID and Auth Token with the Python helper library")

_v = urlsafe(64)
add("python/itwin-client-secret", "itwin/export_ifc.py", T('''
import requests

AUTHORITY = "https://ims.bentley.com/connect/token"
CLIENT_ID = "service-Hq2Xv7LkP0wRt9Zs4Yb1"
CLIENT_SECRET = ("@@a@@"
                 "@@b@@")
IMODEL_ID = "@@im@@"


def token():
    r = requests.post(AUTHORITY, data={"grant_type": "client_credentials", "scope": "itwin-platform"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def export_ifc():
    r = requests.post("https://api.bentley.com/exports/",
                      json={"iModelId": IMODEL_ID, "exportType": "IFC"},
                      headers={"Authorization": "Bearer " + token(), "Accept": "application/vnd.bentley.itwin-platform.v1+json"})
    r.raise_for_status()
    return r.json()["export"]["id"]


if __name__ == "__main__":
    print(export_ifc())
''', a=_v[:32], b=_v[32:], im=uuid_s()), _v, "Bentley iTwin Platform docs: client credentials, Export API")

_v = fakes.django_secret_key(_seed())
add("python/django-secret-key", "portal/portal/settings.py", T('''
"""Django settings for the subcontractor portal (prequal forms, insurance certificates)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@key@@"
DEBUG = False
ALLOWED_HOSTS = ["subs.northgatecx.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "prequal",
    "coi",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "subportal",
        "HOST": "pcdb01.internal.northgatecx.com",
        "USER": "subportal",
    }
}
''', key=_v), _v, "Django docs: settings SECRET_KEY")

_v = pem("RSA")
add("python/rsa-private-key", "tools/docusign_subcontracts.py", T('''
"""Send subcontract agreements through DocuSign (JWT grant, impersonating contracts@)."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "@@ik@@"
USER_ID = "@@uid@@"
PRIVATE_KEY = """@@key@@"""


def api_client():
    client = ApiClient()
    client.set_oauth_host_name("account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY, user_id=USER_ID, oauth_host_name="account.docusign.com",
        private_key_bytes=PRIVATE_KEY.encode(), expires_in=3600, scopes=["signature", "impersonation"])
    client.set_default_header("Authorization", "Bearer " + token.access_token)
    return client
''', ik=uuid_s(), uid=uuid_s(), key=_v), _v, "DocuSign eSignature docs: JWT Grant with an RSA private key")

_v = sendgrid_key()
add("python/sendgrid-api-key", "tools/send_transmittal.py", T('''
import base64
import sys
from pathlib import Path

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

SENDGRID_API_KEY = "@@key@@"


def send(pdf, to):
    msg = Mail(from_email="doc-control@harborsteel.com", to_emails=to,
               subject=f"Transmittal {Path(pdf).stem}",
               html_content="<p>Please find the attached transmittal.</p>")
    msg.attachment = Attachment(base64.b64encode(Path(pdf).read_bytes()).decode(), Path(pdf).name, "application/pdf")
    return SendGridAPIClient(SENDGRID_API_KEY).send(msg).status_code


if __name__ == "__main__":
    print(send(sys.argv[1], sys.argv[2:]))
''', key=_v), _v, "SendGrid docs: API keys with the Python library")

_v = jwt({"jti": uuid_s(), "id": 188412, "iat": 1714060800}, alg="HS256")
add("python/cesium-ion-token", "drone/pipeline/cesium_upload.py", T('''
"""Upload a Pix4D point cloud (LAS) to Cesium ion as a 3D Tiles asset."""
import sys

import boto3
import requests

ION_TOKEN = "@@tok@@"
HEADERS = {"Authorization": f"Bearer {ION_TOKEN}"}


def upload(las_path, name):
    r = requests.post("https://api.cesium.com/v1/assets", headers=HEADERS, json={
        "name": name, "type": "3DTILES", "options": {"sourceType": "POINT_CLOUD"}})
    r.raise_for_status()
    up = r.json()["uploadLocation"]
    s3 = boto3.client("s3", aws_access_key_id=up["accessKey"], aws_secret_access_key=up["secretAccessKey"],
                      aws_session_token=up["sessionToken"], endpoint_url=up["endpoint"])
    s3.upload_file(las_path, up["bucket"], up["prefix"] + name + ".las")
    done = r.json()["onComplete"]
    requests.request(done["method"], done["url"], headers=HEADERS, json=done["fields"]).raise_for_status()


if __name__ == "__main__":
    upload(sys.argv[1], sys.argv[2])
''', tok=_v), _v, "Cesium ion REST API docs: uploading data (access tokens are JWTs)")

add("python/decoy-env-reference", "scripts/aps_token.py", T('''
import os

import requests

APS_CLIENT_ID = os.environ["APS_CLIENT_ID"]
APS_CLIENT_SECRET = os.environ["APS_CLIENT_SECRET"]


def token(scopes="data:read viewables:read"):
    r = requests.post("https://developer.api.autodesk.com/authentication/v2/token",
                      auth=(APS_CLIENT_ID, APS_CLIENT_SECRET),
                      data={"grant_type": "client_credentials", "scope": scopes}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]
'''), None, "Autodesk Platform Services docs: Authentication v2 (credentials from the environment)")

add("python/decoy-credential-store", "Ridgeline.extension/lib/ridgeline/creds.py", T('''
# -*- coding: utf-8 -*-
"""Procore credentials for pyRevit buttons, kept in the Windows Credential Manager."""
from pyrevit import forms
import keyring

SERVICE = "ridgeline-procore"


def client_secret():
    secret = keyring.get_password(SERVICE, "client_secret")
    if not secret:
        secret = forms.ask_for_string(prompt="Procore client secret (saved to Credential Manager):",
                                      title="Procore login")
        keyring.set_password(SERVICE, "client_secret", secret)
    return secret
'''), None, "keyring docs: get_password / set_password (Windows Credential Locker)")

add("python/decoy-test-fixture", "integrations/procore-vista-sync/tests/test_token.py", T('''
import responses

from procore_sync.auth import ProcoreAuth

FAKE_CLIENT_ID = "0" * 64
FAKE_CLIENT_SECRET = "f" * 64
FAKE_TOKEN = "eyJhbGciOiJIUzI1NiJ9.dGVzdA.not-a-real-signature"


@responses.activate
def test_token_is_cached():
    responses.post("https://login.procore.test/oauth/token",
                   json={"access_token": FAKE_TOKEN, "expires_in": 5400, "token_type": "Bearer"})
    auth = ProcoreAuth("https://login.procore.test", FAKE_CLIENT_ID, FAKE_CLIENT_SECRET)
    assert auth.token() == FAKE_TOKEN
    assert auth.token() == FAKE_TOKEN
    assert len(responses.calls) == 1
'''), None, "responses docs: mocking requests in tests")

add("python/decoy-signature", "viewer-server/webhooks/verify.py", T('''
"""Verify the x-adsk-signature header of APS webhook callbacks."""
import hashlib
import hmac
import os

WEBHOOK_SECRET = os.environ.get("APS_WEBHOOK_SECRET", "")


def valid(body: bytes, header: str) -> bool:
    expected = "sha1hash=" + hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha1).hexdigest()
    return hmac.compare_digest(expected, header)


def test_valid_signature():
    # fixture from our test suite: secret "test-secret", body b'{"hook":{}}'
    global WEBHOOK_SECRET
    WEBHOOK_SECRET = "test-secret"
    body = b'{"hook":{}}'
    sig = "sha1hash=" + hmac.new(b"test-secret", body, hashlib.sha1).hexdigest()
    assert valid(body, sig)
    assert not valid(body, "sha1hash=@@h@@")
''', h=hexs(40)), None, "Autodesk Platform Services docs: Webhooks secret token and x-adsk-signature")

add("python/decoy-model-urn", "scripts/urns.py", T('''
"""Model URNs of the current viewer projects (base64url of the OSS object ids, not secrets)."""
import base64

MODELS = {
    "2417-ARCH": "@@u1@@",
    "2417-STR": "@@u2@@",
    "2417-MEP": "@@u3@@",
}


def object_id(urn: str) -> str:
    return base64.urlsafe_b64decode(urn + "=" * (-len(urn) % 4)).decode()
''', u1=b64url("urn:adsk.objects:os.object:hsb-md-prod-2024/2417-HSB-ARCH-CENTRAL.rvt"),
    u2=b64url("urn:adsk.objects:os.object:hsb-md-prod-2024/2417-HSB-STR-CENTRAL.rvt"),
    u3=b64url("urn:adsk.objects:os.object:hsb-md-prod-2024/2417-HSB-MEP-CENTRAL.nwd")),
    None, "Autodesk Platform Services docs: Model Derivative URNs are base64url-encoded object ids")

# ---------------------------------------------------------------------------------------------
# C#: Revit / Navisworks add-ins and tools
# ---------------------------------------------------------------------------------------------

_v = mixed(16)
add("csharp/aps-client-secret", "src/Harbor.RevitTools/Services/ApsAuthService.cs", T("""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace Harbor.RevitTools.Services
{
    internal static class ApsAuthService
    {
        private const string ClientId = "@@cid@@";
        private const string ClientSecret = "@@sec@@";
        private static readonly HttpClient Http = new HttpClient();

        public static async Task<string> GetTokenAsync(string scope = "data:read data:write bucket:read")
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));
            var req = new HttpRequestMessage(HttpMethod.Post, "https://developer.api.autodesk.com/authentication/v2/token");
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            req.Content = new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials"),
                new System.Collections.Generic.KeyValuePair<string, string>("scope", scope),
            });
            var res = await Http.SendAsync(req).ConfigureAwait(false);
            res.EnsureSuccessStatusCode();
            return JObject.Parse(await res.Content.ReadAsStringAsync())["access_token"].ToString();
        }
    }
}
""", cid=mixed(32), sec=_v), _v, "Autodesk Platform Services docs: Authentication v2 (Basic client credentials)")

_v = human_pw("!*#%")
add("csharp/sqlserver-password", "src/Northgate.RevitCost/Data/VistaRepository.cs", T("""
using System.Collections.Generic;
using System.Data.SqlClient;
using Dapper;

namespace Northgate.RevitCost.Data
{
    public class VistaRepository
    {
        // Read-only reporting login on the Vista server, used by the Revit cost overlay
        private const string ConnectionString =
            "Server=vistasql01.corp.northgatecx.com;Database=Viewpoint;" +
            "User Id=vp_reports;Password=@@pw@@;TrustServerCertificate=True";

        public IEnumerable<CostCode> CostCodes(int jcco, string job)
        {
            using (var cn = new SqlConnection(ConnectionString))
            {
                return cn.Query<CostCode>(
                    "SELECT Phase, CostType, Description, OrigEstCost FROM JCCH WHERE JCCo = @jcco AND Job = @job",
                    new { jcco, job });
            }
        }
    }

    public class CostCode
    {
        public string Phase { get; set; }
        public byte CostType { get; set; }
        public string Description { get; set; }
        public decimal OrigEstCost { get; set; }
    }
}
""", pw=_v), _v, "Microsoft docs: SqlConnection.ConnectionString; Viewpoint Vista job cost tables")

_v = hexs(32)
add("csharp/plangrid-api-key", "tools/PlanGridSync/Program.cs", T("""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

class Program
{
    const string ApiKey = "@@key@@";
    const string ProjectUid = "@@puid@@";

    static async Task Main()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://io.plangrid.com/") };
        var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes(ApiKey + ":"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", auth);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.plangrid+json; version=1");

        var json = await http.GetStringAsync($"projects/{ProjectUid}/issues?limit=50");
        Console.WriteLine(json);
    }
}
""", key=_v, puid=uuid_s()), _v, "PlanGrid API docs: authentication (API key as basic auth username)")

_v = rand_b64_bytes(64)
add("csharp/azure-storage-key", "src/Meridian.NavisClash/Export/ClashUploader.cs", T("""
using Azure.Storage.Blobs;
using System.IO;

namespace Meridian.NavisClash.Export
{
    /// <summary>Uploads clash reports from the Navisworks plugin to the coordination storage account.</summary>
    public static class ClashUploader
    {
        private static readonly string Conn =
            "DefaultEndpointsProtocol=https;AccountName=meridiancoord;" +
            "AccountKey=@@key@@;" +
            "EndpointSuffix=core.windows.net";

        public static string Upload(string projectNumber, string reportPath)
        {
            var container = new BlobContainerClient(Conn, "clash-reports");
            container.CreateIfNotExists();
            var blob = container.GetBlobClient($"{projectNumber}/{Path.GetFileName(reportPath)}");
            blob.Upload(reportPath, overwrite: true);
            return blob.Uri.ToString();
        }
    }
}
""", key=_v), _v, "Azure Storage docs: connection strings with an account key; Azure.Storage.Blobs")

_v = human_pw("!*#%")
add("csharp/vault-password", "src/Harbor.VaultJobs/VaultSession.cs", T("""
using Autodesk.DataManagement.Client.Framework.Vault.Currency.Connections;
using VDF = Autodesk.DataManagement.Client.Framework;

namespace Harbor.VaultJobs
{
    internal static class VaultSession
    {
        public static Connection Open()
        {
            var result = VDF.Vault.Library.ConnectionManager.LogIn(
                "vault01.harborsteel.local", "HarborVault", "svc_vaultjobs", "@@pw@@",
                AuthenticationFlags.Standard, null);
            if (!result.Success)
                throw new System.InvalidOperationException("Vault login failed: " + result.ErrorMessages.Count);
            return result.Connection;
        }
    }
}
""", pw=_v), _v, "Autodesk Vault SDK docs: ConnectionManager.LogIn")

add("csharp/decoy-secret-store", "src/Harbor.ViewerHub/Program.cs", T("""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

// APS client secret lives in Key Vault; the app service uses its managed identity
var kv = new SecretClient(new Uri(builder.Configuration["KeyVault:Uri"]!), new DefaultAzureCredential());
builder.Configuration["Forge:ClientSecret"] = kv.GetSecret("aps-client-secret").Value.Value;

builder.Services.AddControllers();
builder.Services.AddSingleton<ApsService>();
var app = builder.Build();
app.UseStaticFiles();
app.MapControllers();
app.Run();
"""), None, "Microsoft docs: Azure Key Vault secret client library for .NET with DefaultAzureCredential")

add("csharp/decoy-test-fixture", "tests/Harbor.RevitTools.Tests/ApsAuthServiceTests.cs", T("""
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Harbor.RevitTools.Tests
{
    public class ApsAuthServiceTests
    {
        private const string FakeClientId = "TEST_CLIENT_ID_0000000000000000";
        private const string FakeClientSecret = "TEST_SECRET_0000";

        [Test]
        public void Token_request_uses_basic_auth()
        {
            var mock = new MockHttpMessageHandler();
            mock.When("https://developer.api.autodesk.com/authentication/v2/token")
                .WithHeaders("Authorization", "Basic VEVTVF9DTElFTlRfSURfMDAwMDAwMDAwMDAwMDAwMDpURVNUX1NFQ1JFVF8wMDAw")
                .Respond("application/json", "{\\"access_token\\":\\"fake\\",\\"expires_in\\":3599}");
            Assert.Pass();
        }
    }
}
"""), None, "NUnit and MockHttp docs: unit tests with fake credentials")

add("csharp/decoy-documented-example", "src/Harbor.ViewerHub/Docs/JwtExample.cs", T("""
namespace Harbor.ViewerHub.Docs
{
    /// <summary>
    /// Shape of a bearer token, for the onboarding docs only. This is the sample token from
    /// jwt.io (HS256, secret "your-256-bit-secret"); it grants nothing anywhere.
    /// </summary>
    internal static class JwtExample
    {
        public const string Sample =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    }
}
"""), None, "jwt.io: the documented example token")

# ---------------------------------------------------------------------------------------------
# JavaScript / TypeScript: APS viewer servers, webhooks, Node-RED
# ---------------------------------------------------------------------------------------------

_v = mixed(64)
add("javascript/aps-client-secret", "viewer-server/routes/auth.js", T("""
const express = require('express');
const { AuthenticationClient, Scopes } = require('@aps_sdk/authentication');

const APS_CLIENT_ID = '@@cid@@';
const APS_CLIENT_SECRET = '@@sec@@';

const authClient = new AuthenticationClient();
const router = express.Router();

router.get('/api/auth/token', async (req, res, next) => {
    try {
        const credentials = await authClient.getTwoLeggedToken(APS_CLIENT_ID, APS_CLIENT_SECRET, [Scopes.ViewablesRead]);
        res.json({ access_token: credentials.access_token, expires_in: credentials.expires_in });
    } catch (err) {
        next(err);
    }
});

module.exports = router;
""", cid=mixed(32), sec=_v), _v, "APS tutorials: Simple viewer (Node.js), getTwoLeggedToken")

_v = hexs(64)
add("typescript/procore-client-secret", "procore-webhooks/src/config.ts", T("""
export const config = {
  port: Number(process.env.PORT ?? 3000),
  procore: {
    apiBase: 'https://api.procore.com',
    loginBase: 'https://login.procore.com',
    clientId: '@@cid@@',
    clientSecret: '@@sec@@',
    companyId: 4271,
  },
  teams: {
    channel: 'RFIs and Submittals',
  },
  resources: ['RFIs', 'Submittals', 'Change Events'] as const,
};

export type Config = typeof config;
""", cid=hexs(64), sec=_v), _v, "Procore developer docs: OAuth client credentials; webhooks")

_v = mapbox_token("sk", "calder-eng")
add("javascript/mapbox-secret-token", "apps/site-dashboard/scripts/upload-tileset.js", T("""
#!/usr/bin/env node
// Upload a drone orthomosaic GeoTIFF to Mapbox as a raster tileset
const fs = require('fs');
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

const MAPBOX_TOKEN = '@@tok@@';
const uploads = mbxUploads({ accessToken: MAPBOX_TOKEN });

async function main(file, tileset) {
  const { body: creds } = await uploads.createUploadCredentials().send();
  const s3 = new S3Client({ region: 'us-east-1', credentials: {
    accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken } });
  await s3.send(new PutObjectCommand({ Bucket: creds.bucket, Key: creds.key, Body: fs.createReadStream(file) }));
  const { body } = await uploads.createUpload({ tileset: `calder-eng.${tileset}`, url: creds.url, name: tileset }).send();
  console.log('upload', body.id);
}

main(process.argv[2], process.argv[3]).catch((e) => { console.error(e); process.exit(1); });
""", tok=_v), _v, "Mapbox Uploads API docs: secret token with uploads:write scope")

_v = rand_pw(32)
add("javascript/nodered-credential-secret", "site-iot/node-red/settings.js", T("""
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,
    // Key used to encrypt flows_cred.json (MQTT + Influx credentials of the site gateway)
    credentialSecret: "@@sec@@",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "siteops",
            password: "$2b$08$@@h@@",
            permissions: "*"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", sec=_v, h=fakes.drawn(_seed(), 53, ALNUM + "./")), _v, "Node-RED docs: settings.js credentialSecret and adminAuth")

_v = slack_bot()
add("javascript/slack-bot-token", "bots/submittal-bot/index.js", T("""
const { App } = require('@slack/bolt');
const { listOverdueSubmittals } = require('./procore');

const app = new App({
  token: '@@tok@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/overdue', async ({ command, ack, respond }) => {
  await ack();
  const items = await listOverdueSubmittals(command.text.trim());
  await respond(items.length
    ? items.map((s) => `• ${s.number} ${s.title} (due ${s.due_date})`).join('\\n')
    : 'No overdue submittals :tada:');
});

(async () => {
  await app.start(process.env.PORT || 3000);
  console.log('submittal-bot running');
})();
""", tok=_v), _v, "Slack Bolt for JavaScript docs: App token (xoxb) and signingSecret")

_v = rand_pw(40)
add("javascript/aps-webhook-secret", "viewer-server/webhooks/register.js", T("""
// Registers the ACC file-version webhook and its signing secret (run once per environment)
const axios = require('axios');
const { getInternalToken } = require('../services/aps');

const WEBHOOK_TOKEN_SECRET = '@@sec@@';

async function register(folderUrn) {
  const token = await getInternalToken();
  const headers = { Authorization: `Bearer ${token}` };
  await axios.post('https://developer.api.autodesk.com/webhooks/v1/tokens', { token: WEBHOOK_TOKEN_SECRET }, { headers });
  await axios.post('https://developer.api.autodesk.com/webhooks/v1/systems/data/events/dm.version.added/hooks', {
    callbackUrl: 'https://viewer.harborsteel.com/api/webhooks/dm',
    scope: { folder: folderUrn },
  }, { headers });
}

register(process.argv[2]).then(() => console.log('registered'));
""", sec=_v), _v, "APS Webhooks API docs: POST tokens (secret token for x-adsk-signature)")

add("javascript/decoy-env-reference", "viewer-server/config.js", T("""
const { APS_CLIENT_ID, APS_CLIENT_SECRET, APS_BUCKET } = process.env;
let { PORT } = process.env;

if (!APS_CLIENT_ID || !APS_CLIENT_SECRET) {
    console.warn('Missing some of the environment variables.');
    process.exit(1);
}
PORT = PORT || 8080;

module.exports = {
    APS_CLIENT_ID,
    APS_CLIENT_SECRET,
    APS_BUCKET: APS_BUCKET || `${APS_CLIENT_ID.toLowerCase()}-basic-app`,
    PORT,
};
"""), None, "APS tutorials: Simple viewer (Node.js) config.js")

add("javascript/decoy-public-token", "apps/site-map/src/map.js", T("""
import mapboxgl from 'mapbox-gl';

// Public token, restricted to https://sitemap.caldereng.com/* in the Mapbox account
mapboxgl.accessToken = '@@pk@@';

export function createMap(container, site) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/satellite-streets-v12',
    center: [site.lon, site.lat],
    zoom: 17,
  });
  map.on('load', () => {
    map.addSource('ortho', { type: 'raster', url: `mapbox://calder-eng.${site.tileset}`, tileSize: 256 });
    map.addLayer({ id: 'ortho', type: 'raster', source: 'ortho' });
  });
  return map;
}
""", pk=mapbox_token("pk", "calder-eng")), None, "Mapbox docs: Access tokens, public tokens in client-side code")

add("javascript/decoy-model-urn", "viewer/src/viewer.js", T("""
/* global Autodesk */
const MODEL_URN = '@@urn@@';

export async function initViewer(container, getAccessToken) {
  await new Promise((resolve) => Autodesk.Viewing.Initializer({ env: 'AutodeskProduction2', api: 'streamingV2', getAccessToken }, resolve));
  const viewer = new Autodesk.Viewing.GuiViewer3D(container, { extensions: ['Autodesk.DocumentBrowser'] });
  viewer.start();
  Autodesk.Viewing.Document.load('urn:' + MODEL_URN, (doc) => {
    viewer.loadDocumentNode(doc, doc.getRoot().getDefaultGeometry());
  }, (code, message) => console.error(code, message));
  return viewer;
}
""", urn=b64url("urn:adsk.objects:os.object:hsb-viewer-prod/2417-HSB-COORD-L03.nwd")), None, "APS Viewer docs: loading a model by URN")

# ---------------------------------------------------------------------------------------------
# PowerShell and batch: SharePoint, SFTP, Vault, deployment of add-ins
# ---------------------------------------------------------------------------------------------

_v = rand_b64_bytes(32)
add("powershell/sharepoint-acs-secret", "scripts/Provision-ProjectSite.ps1", T("""
<#
.SYNOPSIS
  Creates the document libraries and folder template for a new project on the Projects site.
.EXAMPLE
  .\\Provision-ProjectSite.ps1 -ProjectNumber 2510 -ProjectName "Bayview Phase 2"
#>
param(
    [Parameter(Mandatory)] [string] $ProjectNumber,
    [Parameter(Mandatory)] [string] $ProjectName
)
Import-Module PnP.PowerShell

$siteUrl = "https://northgatecx.sharepoint.com/sites/Projects"
Connect-PnPOnline -Url $siteUrl -ClientId "@@cid@@" -ClientSecret "@@sec@@" -WarningAction Ignore

$lib = "$ProjectNumber $ProjectName"
New-PnPList -Title $lib -Template DocumentLibrary -OnQuickLaunch
foreach ($f in "01 Contract","02 Drawings","03 Specifications","04 RFIs","05 Submittals","06 Transmittals") {
    Add-PnPFolder -Name $f -Folder $lib | Out-Null
}
Write-Host "Provisioned $lib"
""", cid=uuid_s(), sec=_v), _v, "PnP PowerShell docs: Connect-PnPOnline -ClientId -ClientSecret (ACS app-only)")

_v = human_pw("!*#%")
add("powershell/sftp-password", "scripts/Upload-Transmittals.ps1", T("""
Import-Module Posh-SSH

$sftpHost = "sftp.bayviewgc.com"
$user = "harborsteel_upload"
$secure = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

$session = New-SFTPSession -ComputerName $sftpHost -Credential $cred -AcceptKey
try {
    Get-ChildItem "\\\\fs01\\Projects\\2417\\06 Transmittals\\Outgoing" -Filter *.pdf |
        Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-1) } |
        ForEach-Object {
            Set-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination "/inbound/2417-harbor-street" -Force
            Write-Host "sent $($_.Name)"
        }
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
""", pw=_v), _v, "Posh-SSH docs: New-SFTPSession with a PSCredential; ConvertTo-SecureString -AsPlainText")

_v = human_pw("!*#%")
add("powershell/vault-password", "vault/jobs/Publish-PDFs.ps1", T("""
# coolOrange powerJobs: publish released IDW/DWG drawings as PDF to the project share
Import-Module powerVault

Open-VaultConnection -Server "vault01.harborsteel.local" -Vault "HarborVault" -User "svc_vaultjobs" -Password "@@pw@@"

$files = Get-VaultFiles -Properties @{ "State" = "Released"; "Category Name" = "Drawing" }
foreach ($file in $files | Where-Object { $_._Extension -in "idw", "dwg" }) {
    $pdf = Join-Path "\\\\fs01\\Projects\\PDF" ($file._Name + ".pdf")
    Write-Host "Publishing $($file._FullPath) -> $pdf"
}
Close-VaultConnection
""", pw=_v), _v, "coolOrange powerVault docs: Open-VaultConnection")

_v = azdo_pat()
add("powershell/azure-devops-pat", "deploy/Install-RevitAddins.ps1", T("""
# Run from Intune as SYSTEM: pull the approved add-in build and copy it to the Revit addins folders
$ErrorActionPreference = "Stop"
$repo = "https://build:@@pat@@@dev.azure.com/caldereng/BIM/_git/revit-addins-release"
$work = "$env:ProgramData\\Calder\\addins-release"

if (Test-Path $work) { git -C $work pull --quiet } else { git clone --depth 1 $repo $work }

foreach ($ver in "2023", "2024", "2025") {
    $target = "$env:ProgramData\\Autodesk\\Revit\\Addins\\$ver"
    if (Test-Path $target) {
        Copy-Item "$work\\$ver\\*" $target -Recurse -Force
        Write-Output "Installed Calder add-ins for Revit $ver"
    }
}
""", pat=_v), _v, "Azure DevOps docs: Use personal access tokens with Git over HTTPS")

_v = human_pw("!*#")
add("powershell/sqlserver-password", "scripts/Export-VistaApAging.ps1", T("""
Import-Module SqlServer

$query = @"
SELECT v.Name AS Vendor, h.APRef, h.InvDate, h.DueDate, h.InvTotal - h.PaidAmt AS Open
FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = 1 AND h.InvTotal > h.PaidAmt
"@

$rows = Invoke-Sqlcmd -ServerInstance "vistasql01.corp.northgatecx.com" -Database "Viewpoint" `
    -Username "vp_reports" -Password "@@pw@@" -Query $query -TrustServerCertificate

$out = "\\\\fs01\\Accounting\\AP Aging\\ap_aging_$(Get-Date -Format yyyyMMdd).csv"
$rows | Export-Csv -Path $out -NoTypeInformation
Write-Host "Wrote $($rows.Count) rows to $out"
""", pw=_v), _v, "SqlServer module docs: Invoke-Sqlcmd -Username -Password")

add("powershell/decoy-hash", "deploy/Install-BimTools.ps1", T("""
# Installs the approved desktop tool versions on BIM workstations; refuses a download whose hash differs
$packages = @(
    @{ Name = "pyRevit";        Url = "https://github.com/pyrevitlabs/pyRevit/releases/download/v4.8.16.24121%2B2117/pyRevit_4.8.16.24121_signed.exe"; Sha256 = "@@h1@@" },
    @{ Name = "DynamoCore";     Url = "https://dyn-builds-data.s3.amazonaws.com/DynamoCoreRuntime2.19.3.zip";                               Sha256 = "@@h2@@" },
    @{ Name = "BluebeamRevu21"; Url = "\\\\fs01\\Software\\Bluebeam\\Revu21.msi";                                                   Sha256 = "@@h3@@" }
)
foreach ($p in $packages) {
    $file = Join-Path $env:TEMP (Split-Path $p.Url -Leaf)
    if ($p.Url -like "http*") { Invoke-WebRequest $p.Url -OutFile $file } else { Copy-Item $p.Url $file }
    $actual = (Get-FileHash $file -Algorithm SHA256).Hash
    if ($actual -ne $p.Sha256.ToUpper()) { throw "$($p.Name): hash mismatch $actual" }
    Write-Host "$($p.Name) verified"
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64)), None, "PowerShell docs: Get-FileHash -Algorithm SHA256")

_v = human_pw("!*#-")
add("batch/smb-password", "deploy/map_drives.bat", T("""
@echo off
REM Logon script for jobsite trailer PCs (not domain joined)
net use P: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use P: \\\\fs01.northgatecx.local\\Projects @@pw@@ /user:NORTHGATE\\svc_trailer /persistent:no
net use R: \\\\fs01.northgatecx.local\\Reprographics @@pw@@ /user:NORTHGATE\\svc_trailer /persistent:no
if errorlevel 1 echo Could not map drives, call IT x4410
start "" "C:\\Program Files\\Bluebeam Software\\Bluebeam Revu\\21\\Revu\\Revu.exe"
""", pw=_v), _v, "Microsoft docs: net use command syntax")

_v = rand_pw(18, "-_")
add("batch/sftp-password", "scripts/winscp_upload.bat", T('''
@echo off
setlocal
set LOG=%~dp0logs\\winscp_%DATE:~-4%%DATE:~4,2%%DATE:~7,2%.log
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /ini=nul /log="%LOG%" /command ^
  "open sftp://ridgeline_docs:@@pw@@@sftp.calderpartners.com/ -hostkey=""ssh-ed25519 255 @@fp@@""" ^
  "cd /incoming/2331" ^
  "put -neweronly ""\\\\fs01\\Projects\\2331\\05 Issued\\*.pdf""" ^
  "exit"
set WINSCP_RESULT=%ERRORLEVEL%
if %WINSCP_RESULT% neq 0 echo Upload failed, see %LOG%
exit /b %WINSCP_RESULT%
''', pw=_v, fp=fakes.drawn(_seed(), 43, ALNUM + "+/")), _v, "WinSCP docs: Scripting and task automation (open sftp://user:password@host -hostkey)")

add("batch/decoy-env-reference", "scripts/winscp_download.bat", T('''
@echo off
REM SFTP_PASSWORD is set on the scheduled task's account (setx), never in this file
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /ini=nul /command ^
  "open sftp://ridgeline_docs:%%SFTP_PASSWORD%%@sftp.calderpartners.com/ -hostkey=""ssh-ed25519 255 @@fp@@""" ^
  "cd /outgoing/2331" ^
  "get -neweronly *.pdf ""\\\\fs01\\Projects\\2331\\04 Received\\""" ^
  "exit"
exit /b %ERRORLEVEL%
''', fp=fakes.drawn(_seed(), 43, ALNUM + "+/")), None, "WinSCP docs: host key fingerprints and environment variables in scripts")

add("batch/decoy-cert-thumbprint", "build/sign_addins.cmd", T("""
@echo off
REM Sign with the EV cert on the YubiKey; selected by SHA1 thumbprint, PIN entered by the release manager
set SIGNTOOL="C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
set THUMB=@@t@@
for %%V in (2023 2024 2025) do (
  %SIGNTOOL% sign /sha1 %THUMB% /fd sha256 /tr http://timestamp.digicert.com /td sha256 ^
    "bin\\Release\\%%V\\HarborTools.dll"
)
%SIGNTOOL% verify /pa /v "bin\\Release\\2025\\HarborTools.dll"
""", t=hexs(40).upper()), None, "Microsoft docs: SignTool sign /sha1 (certificate thumbprint)")

# ---------------------------------------------------------------------------------------------
# Shell scripts and Dockerfiles
# ---------------------------------------------------------------------------------------------

_v = hexs(32)
add("shell/dronedeploy-api-key", "scripts/dd_latest_maps.sh", T("""
#!/usr/bin/env bash
# List the latest DroneDeploy maps of a project (used by the weekly progress report)
set -euo pipefail

DD_API_KEY="@@key@@"
PROJECT_ID="${1:?usage: dd_latest_maps.sh PROJECT_ID}"

read -r -d '' QUERY <<'GQL' || true
query($id: ID!) { node(id: $id) { ... on Project { name plans(first: 5) { edges { node { id name dateCreation } } } } } }
GQL

curl -sS https://www.dronedeploy.com/graphql \\
  -H "Authorization: Bearer ${DD_API_KEY}" \\
  -H 'Content-Type: application/json' \\
  --data "$(jq -n --arg q "$QUERY" --arg id "$PROJECT_ID" '{query: $q, variables: {id: $id}}')" | jq .
""", key=_v), _v, "DroneDeploy GraphQL API docs: Authorization Bearer API key")

_v = human_pw("!*-")
add("shell/sftp-password", "doc-control/push_issued_sets.sh", T("""
#!/bin/sh
# Mirror the issued-for-construction sets to the GC's SFTP (run by cron on docs01)
SRC=/srv/projects/2502-eastpark/issued
LOG=/var/log/doc-control/push_$(date +%F).log

lftp <<EOF >>"$LOG" 2>&1
set sftp:auto-confirm yes
set net:max-retries 3
open -u northgate_docs,@@pw@@ sftp://sftp.bayviewgc.com
mirror -R --only-newer --verbose "$SRC" /inbound/2502-eastpark
bye
EOF
""", pw=_v), _v, "lftp manual: open -u user,password; here-documents in sh")

_v = fakes.github_token(_seed())
add("shell/github-token", "scripts/release_pyrevit_ext.sh", T("""
#!/usr/bin/env bash
# Tag and publish a release of the Ridgeline pyRevit extension
set -euo pipefail
VERSION="$1"
export GH_TOKEN=@@tok@@

git tag -a "v${VERSION}" -m "Ridgeline.extension ${VERSION}"
git push origin "v${VERSION}"
zip -r "Ridgeline.extension-${VERSION}.zip" Ridgeline.extension -x '*.pyc'
gh release create "v${VERSION}" "Ridgeline.extension-${VERSION}.zip" \\
  --repo ridgeline-arch/pyrevit-extension --title "v${VERSION}" --notes-file CHANGELOG.md
""", tok=_v), _v, "GitHub CLI docs: GH_TOKEN environment variable; gh release create")

_v = mixed(16)
add("dockerfile/aps-client-secret", "viewer-server/Dockerfile", T("""
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    PORT=8080 \\
    APS_CLIENT_ID=@@cid@@ \\
    APS_CLIENT_SECRET=@@sec@@ \\
    APS_BUCKET=hsb-viewer-prod
EXPOSE 8080
USER node
CMD ["node", "server.js"]
""", cid=mixed(32), sec=_v), _v, "Dockerfile reference: ENV")

_v = azdo_pat()
add("dockerfile/azure-devops-pat", "tools/Dockerfile", T("""
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends unixodbc && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/bimtools
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
 && pip install --no-cache-dir \\
      --extra-index-url https://build:@@pat@@@pkgs.dev.azure.com/caldereng/_packaging/calder-python/pypi/simple/ \\
      calder-bimtools==2.4.0
COPY . .
ENTRYPOINT ["python", "-m", "calder_bimtools"]
""", pat=_v), _v, "Azure Artifacts docs: pip with a PAT in the index URL; Dockerfile RUN")

add("dockerfile/decoy-build-secret", "services/drone-ingest/Dockerfile", T("""
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
# The feed token is a BuildKit secret: docker build --secret id=pip_index,env=PIP_INDEX_URL .
RUN --mount=type=secret,id=pip_index \\
    PIP_EXTRA_INDEX_URL="$(cat /run/secrets/pip_index)" pip install --no-cache-dir -r requirements.txt
COPY drone_ingest ./drone_ingest
ENV DRONEDEPLOY_API_KEY=""
CMD ["python", "-m", "drone_ingest"]
"""), None, "Docker docs: Build secrets (RUN --mount=type=secret)")

add("groovy/decoy-secret-ref", "Jenkinsfile", T("""
pipeline {
    agent { label 'windows-revit' }
    environment {
        APS = credentials('aps-client')            // sets APS_USR and APS_PSW
    }
    stages {
        stage('Build') {
            steps { bat 'msbuild HarborTools.sln /p:Configuration=Release' }
        }
        stage('Publish to ACC') {
            steps {
                withCredentials([string(credentialsId: 'vista-sql-reports', variable: 'VISTA_PW')]) {
                    bat 'tools\\\\publish.exe --client-id %APS_USR% --client-secret %APS_PSW% --vista-password %VISTA_PW%'
                }
            }
        }
    }
}
"""), None, "Jenkins docs: credentials() binding and withCredentials")

# ---------------------------------------------------------------------------------------------
# SQL, docs, Office VBA, AutoLISP, MATLAB
# ---------------------------------------------------------------------------------------------

_v = human_pw("!*#%")
add("sql/sqlserver-password", "db/vista/010_powerbi_login.sql", T("""
-- Read-only login for the Power BI gateway (job cost and WIP dashboards)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'vp_powerbi')
    CREATE LOGIN [vp_powerbi] WITH PASSWORD = N'@@pw@@',
        DEFAULT_DATABASE = [Viewpoint], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [Viewpoint];
GO
CREATE USER [vp_powerbi] FOR LOGIN [vp_powerbi];
ALTER ROLE [db_datareader] ADD MEMBER [vp_powerbi];
DENY SELECT ON SCHEMA::[dbo] TO [vp_powerbi];
GRANT SELECT ON [dbo].[brvJCCostRevenue] TO [vp_powerbi];
GO
""", pw=_v), _v, "Microsoft docs: CREATE LOGIN (Transact-SQL) WITH PASSWORD")

_v = human_pw("!*#")
add("sql/linked-server-password", "db/reporting/020_timberline_linked_server.sql", T("""
-- Linked server to Sage 300 CRE (Timberline) through the 64-bit Timberline Data ODBC DSN
EXEC master.dbo.sp_addlinkedserver
    @server = N'TIMBERLINE',
    @srvproduct = N'Timberline',
    @provider = N'MSDASQL',
    @datasrc = N'Timberline Data Source';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'TIMBERLINE',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'RPTLINK',
    @rmtpassword = N'@@pw@@';

EXEC master.dbo.sp_serveroption @server = N'TIMBERLINE', @optname = N'rpc out', @optvalue = N'true';
GO
SELECT TOP 10 * FROM OPENQUERY(TIMBERLINE, 'SELECT Job, Description FROM JCM_MASTER__JOB');
""", pw=_v), _v, "Microsoft docs: sp_addlinkedsrvlogin @rmtpassword; Sage 300 CRE ODBC")

add("sql/decoy-password-hash", "portal/fixtures/seed_users.sql", T("""
-- Seed accounts for the subcontractor portal staging database (passwords are bcrypt hashes)
INSERT INTO auth_user (username, email, password, is_staff, is_active, date_joined) VALUES
  ('jmorales', 'jmorales@northgatecx.com', 'bcrypt_sha256$$2b$12$@@h1@@', true, true, now()),
  ('kpatel',   'kpatel@northgatecx.com',   'bcrypt_sha256$$2b$12$@@h2@@', true, true, now()),
  ('bayview-glazing', 'office@bayviewglazing.com', 'pbkdf2_sha256$600000$@@s3@@$@@h3@@', false, true, now()),
  ('eastside-rebar', 'ap@eastsiderebar.com', 'pbkdf2_sha256$600000$@@s4@@$@@h4@@', false, true, now());
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    s3=mixed(22), h3=rand_b64_bytes(32), s4=mixed(22), h4=rand_b64_bytes(32)),
    None, "Django docs: Password management (hasher formats bcrypt_sha256, pbkdf2_sha256)")

_v = human_pw("!*#%-")
add("markdown/sftp-password", "docs/projects/2417-drawing-exchange.md", T("""
# 2417 Harbor Street - drawing exchange with Bayview GC

Issued sets go to Bayview's SFTP every night (see `ops/crontab.transmittals`).
If the job fails, upload by hand with WinSCP or FileZilla:

| Setting  | Value |
|----------|-------|
| Host     | sftp.bayviewgc.com |
| Port     | 22 |
| User     | harborsteel_upload |
| Password | `@@pw@@` |
| Folder   | /inbound/2417-harbor-street |

Naming: `2417-HSB-<discipline>-<sheet>-<rev>.pdf`, e.g. `2417-HSB-S-201-R3.pdf`.
Questions: doc-control@harborsteel.com
""", pw=_v), _v, "team wiki page kept in the repository (Markdown table)")

_v = human_pw("!*#%")
add("markdown/camera-password", "docs/sites/2502-eastpark-cameras.md", T("""
# Eastpark (2502) site cameras

Four Hikvision DS-2CD2387G2-LU on the site network (VLAN 24, 10.24.17.0/24), recorded by the
NVR in the site trailer and by `camera-archiver@` on the NAS.

- crane-north 10.24.17.21, gate-east 10.24.17.22, laydown 10.24.17.23, hoist 10.24.17.24
- Web UI / ONVIF admin: `admin` / `@@pw@@`
- RTSP main stream: `rtsp://<user>:<password>@<ip>:554/Streaming/Channels/101`

Hand the cameras over to the owner with a new password (ticket template IT-112).
""", pw=_v), _v, "team documentation kept in the repository; Hikvision RTSP URL format")

_v = mixed(16)
add("markdown/aps-client-secret", "tools/aps-model-derivative/README.md", T("""
# aps-model-derivative

Translates RVT/NWD files uploaded to our OSS bucket into SVF2 for the project viewer.

## Setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env
```

For local testing use the shared **dev** APS app (the prod app is in Key Vault):

- Client ID: `@@cid@@`
- Client secret: `@@sec@@`
- Bucket: `hsb-md-dev`

Then run `python translate.py path/to/model.rvt`.
""", cid=mixed(32), sec=_v), _v, "README kept in the repository; APS developer portal (client id and secret)")

add("markdown/decoy-redacted", "docs/runbooks/rotate-aps-secret.md", T("""
# Rotating the APS client secret

1. In https://aps.autodesk.com/myapps open **HSB-ModelDerivative-Prod** and click *Regenerate* next to
   the client secret. The old secret stops working immediately.
2. Store the new value in Key Vault: `az keyvault secret set --vault-name kv-harbor-viewer --name aps-client-secret --value "<new secret>"`.
3. Restart the app service: `az webapp restart -g rg-viewer -n app-harbor-viewer`.
4. Check `/api/auth/token` returns 200.

Example of a good log line after the restart:

    2024-05-14T05:00:02Z INFO aps token ok client_id=Xk7...q2 secret=**************** expires_in=3599
"""), None, "runbook in the repository with redacted values and placeholders")

add("markdown/decoy-documented-example", "docs/aws-setup.md", T("""
# AWS access for the drone pipeline

The pipeline runs under the `drone-ingest` IAM role; nobody needs long-lived keys.
For local testing with the AWS CLI, configure a profile as in the AWS docs:

```ini
[profile drone-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

(those are the example values from the AWS documentation; use `aws sso login --profile drone-dev`.)
"""), None, "AWS CLI docs: configuration and credential file settings (documented example keys)")

add("markdown/decoy-documented-example", "bots/submittal-bot/README.md", T("""
# submittal-bot

Posts overdue Procore submittals to Slack.

## Configuration

| Variable | Example |
|----------|---------|
| `SLACK_WEBHOOK_URL` | `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX` |
| `SLACK_BOT_TOKEN` | `xoxb-your-bot-token` |
| `PROCORE_COMPANY_ID` | `4271` |

The example webhook is the one from Slack's documentation; create your own under
*Apps > Incoming Webhooks* and keep it in the deployment secret.
"""), None, "Slack docs: Incoming Webhooks (documented example URL)")

add("markdown/decoy-placeholder", "docs/integrations/teams-notifications.md", T("""
# Teams notifications for RFIs

1. In the project channel choose *Connectors > Incoming Webhook > Configure*.
2. Copy the URL; it looks like
   `https://<tenant>.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>`.
3. Add it to Key Vault as `teams-webhook-<project>`; the rfi-notifier reads it at start-up.

Never paste the URL into a ticket: anyone holding it can post to the channel.
"""), None, "Microsoft docs: Create an Incoming Webhook (URL shape with placeholders)")

_v = human_pw("!*#")
add("vba/sage-odbc-password", "estimating/excel/SageLink.bas", T("""
Attribute VB_Name = "SageLink"
Option Explicit

' Pulls the current cost code list from Sage 300 CRE into the Estimate Template
Private Const SAGE_CONN As String = "DSN=Timberline Data Source;" & _
    "DBQ=\\\\acctsrv01\\Timberline Office\\Accounting\\Data\\Northgate Construction;" & _
    "UID=EST_XL;PWD=@@pw@@;"

Public Sub RefreshCostCodes()
    Dim cn As Object, rs As Object, ws As Worksheet, r As Long
    Set cn = CreateObject("ADODB.Connection")
    cn.Open SAGE_CONN
    Set rs = cn.Execute("SELECT Cost_Code, Description FROM MASTER_JCM_STANDARD_COST_CODE ORDER BY Cost_Code")
    Set ws = ThisWorkbook.Worksheets("CostCodes")
    ws.Range("A2:B5000").ClearContents
    r = 2
    Do Until rs.EOF
        ws.Cells(r, 1).Value = rs.Fields("Cost_Code").Value
        ws.Cells(r, 2).Value = rs.Fields("Description").Value
        r = r + 1
        rs.MoveNext
    Loop
    rs.Close: cn.Close
End Sub
""", pw=_v), _v, "Microsoft docs: ADO Connection.Open from VBA; Sage 300 CRE ODBC DSN")

add("vba/decoy-prompt", "estimating/excel/VistaLink.bas", T("""
Attribute VB_Name = "VistaLink"
Option Explicit

' Each estimator signs in with their own Vista reporting login; nothing is stored in the workbook
Public Function VistaConnection() As Object
    Dim user As String, pwd As String
    user = Environ$("USERNAME")
    pwd = InputBox("Vista password for " & user & ":", "Vista login")
    Set VistaConnection = CreateObject("ADODB.Connection")
    VistaConnection.Open "Provider=MSOLEDBSQL;Data Source=vistasql01;Initial Catalog=Viewpoint;" & _
        "User ID=" & user & ";Password=" & pwd & ";"
End Function
"""), None, "Microsoft docs: InputBox function; ADO connection strings")

_v = human_pw("!*#%")
add("autolisp/sqlserver-password", "cad/lisp/tbsync.lsp", T("""
;;; TBSYNC.LSP - fill title block attributes from the project directory database
;;; Load from acaddoc.lsp; command: TBSYNC
(vl-load-com)

(setq *tbsync-conn*
  "Provider=MSOLEDBSQL;Data Source=bimsql01.harborsteel.local;Initial Catalog=ProjectDirectory;User ID=cad_tb;Password=@@pw@@;")

(defun tbsync:query (sql / conn rs val)
  (setq conn (vlax-create-object "ADODB.Connection"))
  (vlax-invoke-method conn 'Open *tbsync-conn* "" "" -1)
  (setq rs (vlax-invoke-method conn 'Execute sql nil -1))
  (setq val (vlax-get (vlax-get-property (vlax-get rs 'Fields) 'Item 0) 'Value))
  (vlax-invoke-method conn 'Close)
  (vlax-release-object conn)
  val)

(defun c:TBSYNC (/ projno name)
  (setq projno (substr (getvar "DWGNAME") 1 4))
  (setq name (tbsync:query (strcat "SELECT ProjectName FROM dbo.Projects WHERE Number = '" projno "'")))
  (princ (strcat "\\nProject " projno ": " name))
  (princ))
""", pw=_v), _v, "Autodesk AutoCAD AutoLISP docs: vlax-create-object with ADODB")

add("autolisp/decoy-integrated-auth", "cad/lisp/layerstd.lsp", T("""
;;; LAYERSTD.LSP - load the firm layer standard from the CAD standards database
(vl-load-com)
(setq *layerstd-conn*
  "Provider=MSOLEDBSQL;Data Source=bimsql01.harborsteel.local;Initial Catalog=CadStandards;Integrated Security=SSPI;")

(defun c:LAYERSTD (/ conn rs)
  (setq conn (vlax-create-object "ADODB.Connection"))
  (vlax-invoke-method conn 'Open *layerstd-conn* "" "" -1)
  (setq rs (vlax-invoke-method conn 'Execute "SELECT Name, Color, Linetype FROM dbo.Layers" nil -1))
  (while (= :vlax-false (vlax-get rs 'EOF))
    (command "_.-LAYER" "_M" (vlax-get (vlax-get-property (vlax-get rs 'Fields) 'Item 0) 'Value) "")
    (vlax-invoke-method rs 'MoveNext))
  (vlax-invoke-method conn 'Close)
  (princ))
"""), None, "Microsoft docs: OLE DB connection strings with Integrated Security=SSPI")

_v = human_pw("!*#%")
add("matlab/database-password", "analysis/vibration/load_sensor_data.m", T("""
%% load_sensor_data.m - vibration monitor records for the FE model calibration (2331 Riverside)
% Requires Database Toolbox (R2022a+ native PostgreSQL interface)
conn = postgresql('sensors_ro', '@@pw@@', ...
    'Server', 'pcdb01.internal.northgatecx.com', ...
    'DatabaseName', 'sensors', 'PortNumber', 5432);

q = ['SELECT ts, sensor_id, ppv_mm_s, freq_hz FROM vibration ' ...
     'WHERE site = ''2331'' AND ts >= now() - interval ''30 days'''];
T = fetch(conn, q);
close(conn);

T.ts = datetime(T.ts);
plot(T.ts, T.ppv_mm_s); ylabel('PPV (mm/s)'); grid on
save('vib_2331_last30.mat', 'T');
""", pw=_v), _v, "MATLAB Database Toolbox docs: postgresql(username, password, ...)")

# ---------------------------------------------------------------------------------------------
# Keys, credentials files, public keys and certificates, model data
# ---------------------------------------------------------------------------------------------

_v = openssh_key()
add("openssh/private-key", "deploy/keys/transmittals_sftp_ed25519", _v + "\n",
    _v, "OpenSSH ssh-keygen: the openssh-key-v1 private key format")

_v = pem("RSA")
add("pem/rsa-private-key", "site-iot/gateway/certs/site2417-gw01.key", _v + "\n",
    _v, "RFC 7468 textual encoding (PEM); AWS IoT / MQTT mTLS device keys")

_v = human_pw("!*-")
add("netrc/ftp-password", "ops/reprographics/.netrc", T("""
machine ftp.bayviewreprographics.com
  login harborsteel
  password @@pw@@

default
  login anonymous
  password doc-control@harborsteel.com
""", pw=_v), _v, "GNU inetutils ftp manual: the .netrc file")

_v = fakes.github_token(_seed())
add("npmrc/github-token", "viewer-extensions/.npmrc", T("""
@harborsteel:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@tok@@
always-auth=true
engine-strict=true
save-exact=true
""", tok=_v), _v, "GitHub Packages docs: Authenticating to the npm registry with a personal access token")

_v = azdo_pat()
add("shell/azure-devops-pat", "build-agent/setup-agent.sh", T("""
#!/usr/bin/env bash
# Prepare a Linux build agent for the BIM tools repos
set -euo pipefail
sudo apt-get update -y && sudo apt-get install -y git unixodbc-dev python3.11-venv

git config --global credential.helper store
cat > ~/.git-credentials <<EOF
https://build:@@pat@@@dev.azure.com
EOF
chmod 600 ~/.git-credentials

git clone https://dev.azure.com/caldereng/BIM/_git/bimtools ~/src/bimtools
python3.11 -m venv ~/venvs/bimtools && ~/venvs/bimtools/bin/pip install -e ~/src/bimtools
""", pat=_v), _v, "Git docs: git-credential-store (~/.git-credentials); Azure DevOps PATs")

add("ssh/decoy-host-key", "doc-control/known_hosts", T("""
# Host keys of the SFTP servers we deliver to (checked with StrictHostKeyChecking=yes)
sftp.bayviewgc.com @@k1@@
sftp.bayviewgc.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k2@@
sftp.calderpartners.com @@k3@@
[files.meridianstructural.com]:2222 ssh-rsa @@k4@@
""", k1=ssh_ed25519_pub(), k2=fakes.drawn(_seed(), 87, ALNUM + "+/") + "=", k3=ssh_ed25519_pub(), k4=ssh_rsa_pub()),
    None, "OpenSSH sshd(8) manual: SSH_KNOWN_HOSTS file format")

add("ssh/decoy-public-key", "site-iot/gateway/authorized_keys", T("""
# Site gateway access: site ops team + the Ansible controller
@@k1@@ jmorales@northgatecx.com
@@k2@@ kpatel@northgatecx.com
ssh-rsa @@k3@@ ansible@ctl01
@@k4@@ siteops-break-glass
""", k1=ssh_ed25519_pub(), k2=ssh_ed25519_pub(), k3=ssh_rsa_pub(), k4=ssh_ed25519_pub()),
    None, "OpenSSH sshd(8) manual: AUTHORIZED_KEYS file format (public keys)")

add("pem/decoy-certificate", "site-iot/gateway/certs/eastpark-iot-ca.crt", T("""
# Eastpark IoT root CA (public); gateways trust it for mqtt.eastparkbuilders.com
@@c@@
""", c=cert_pem()), None, "RFC 7468: textual encoding of certificates")

add("pgp/decoy-public-key", "Ridgeline.extension/RELEASE-KEY.asc", T("""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Ridgeline BIM release signing key <bim@ridgelinearch.com>

mDMEZkN2rBYJKwYBBAHaRw8BAQdA@@a@@
tCdSaWRnZWxpbmUgQklNIDxiaW1AcmlkZ2VsaW5lYXJjaC5jb20+iJMEExYKADsW
@@b@@
@@c@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", a=fakes.drawn(_seed(), 36, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 40, ALNUM + "+/"), crc=fakes.drawn(_seed(), 4, ALNUM + "+/")),
    None, "RFC 4880: OpenPGP ASCII armor (public key block)")

add("ifc/decoy-ifc-globalid", "models/2417/2417-ARCH-L03-excerpt.ifc", T("""
ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('ViewDefinition [CoordinationView_V2.0]'),'2;1');
FILE_NAME('2417-ARCH-L03.ifc','2024-05-02T10:14:33',('jdoe'),('Harbor and Steel Builders'),'The EXPRESS Data Manager Version 5.02.0100.07 : 28 Aug 2013','24.2.0.63 - Exporter 24.2.0.49 - Alternate UI 24.2.0.49','');
FILE_SCHEMA(('IFC2X3'));
ENDSEC;
DATA;
#1= IFCORGANIZATION($,'Autodesk Revit 2024 (ENU)',$,$,$);
#5= IFCAPPLICATION(#1,'2024','Autodesk Revit 2024 (ENU)','Revit');
#33= IFCPROJECT('@@g1@@',#41,'2417',$,$,'Harbor Street Mixed-Use','Construction Documents',(#107),#102);
#120= IFCBUILDINGSTOREY('@@g2@@',#41,'Level 3',$,'Level:8mm Head',#118,$,'Level 3',.ELEMENT.,8400.);
#220= IFCWALLSTANDARDCASE('@@g3@@',#41,'Basic Wall:Generic - 200mm:312455',$,'Basic Wall:Generic - 200mm:31244',#219,#214,'312455');
#260= IFCDOOR('@@g4@@',#41,'Single-Flush:0915 x 2134mm:318802',$,'0915 x 2134mm',#259,#254,'318802',2134.,915.);
#300= IFCPROPERTYSINGLEVALUE('Reference',$,IFCIDENTIFIER('Generic - 200mm'),$);
#301= IFCPROPERTYSET('@@g5@@',#41,'Pset_WallCommon',$,(#300));
ENDSEC;
END-ISO-10303-21;
""", g1=ifc_guid(), g2=ifc_guid(), g3=ifc_guid(), g4=ifc_guid(), g5=ifc_guid()),
    None, "ISO 10303-21 / buildingSMART IFC2x3: IfcGloballyUniqueId (22-character compressed GUID)")

add("revit/decoy-guid", "standards/revit/Harbor_SharedParameters.txt", T("""
# This is a Revit shared parameter file.
# Do not edit manually.
*META	VERSION	MINVERSION
META	2	1
*GROUP	ID	NAME
GROUP	1	HSB_Sheets
GROUP	2	HSB_Doors
*PARAM	GUID	NAME	DATATYPE	DATACATEGORY	GROUP	VISIBLE	DESCRIPTION	USERMODIFIABLE	HIDEWHENNOGROUP
PARAM	@@g1@@	HSB_SheetDiscipline	TEXT		1	1	Discipline code for the sheet register	1	0
PARAM	@@g2@@	HSB_IssueStatus	TEXT		1	1		1	0
PARAM	@@g3@@	HSB_HardwareSet	TEXT		2	1	Door hardware set number	1	0
PARAM	@@g4@@	HSB_FireRating	TEXT		2	1		1	0
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s()),
    None, "Autodesk Revit docs: shared parameter file format (GUIDs identify parameters)")

add("dvc/decoy-hash", "survey/dvc.lock", T("""
schema: '2.0'
stages:
  orthomosaic:
    cmd: python pipeline/ortho.py data/raw/2024-05-12 data/ortho/2024-05-12.tif
    deps:
    - path: data/raw/2024-05-12
      hash: md5
      md5: @@a@@.dir
      size: 8412331520
      nfiles: 412
    outs:
    - path: data/ortho/2024-05-12.tif
      hash: md5
      md5: @@b@@
      size: 2147483648
  volumes:
    cmd: python pipeline/volumes.py data/ortho/2024-05-12.tif
    deps:
    - path: data/ortho/2024-05-12.tif
      md5: @@b@@
    outs:
    - path: reports/volumes_2024-05-12.csv
      md5: @@c@@
""", a=hexs(32), b=hexs(32), c=hexs(32)), None, "DVC docs: dvc.lock file (md5 hashes of data)")
