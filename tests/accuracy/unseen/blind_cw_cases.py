"""Blind set CW: IT teams of law enforcement and public safety agencies.

Computer-aided dispatch and records management interfaces (CAD-to-RMS bridges, .NET and Java
interface services, SQL Server and Oracle back ends), 911/PSAP integrations (ALI feeds, RapidSOS,
NG911 ESInet certificates, text-to-911 SMS), body-camera and digital evidence platforms (Axon
Evidence.com API, evidence archive jobs, chain-of-custody hashes), NCIC/CJIS gateways (state
message switch accounts, IPsec tunnels, LDAP/AD for advanced authentication), radio, AVL/GPS and
LPR feeds (MQTT brokers, Samsara, Geotab, Cradlepoint/Sierra in-vehicle routers, Flock hot lists,
ShotSpotter), mobile data terminals (NetMotion, PowerShell deployment), GIS (ArcGIS, Mapbox),
paging and alerting (PagerDuty, Teams, Slack, Everbridge, Twilio), and the CI, container, Terraform,
device and documentation files these teams commit, with their decoys (placeholders, secret-store
references, vault and SOPS ciphertext, hashes, certificates, public identifiers, fixtures).
Generated fakes only (seeds 940000-949999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
_SEED = [940000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 940000 <= _SEED[0] < 950000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 940000 <= _SEED[0] < 950000
    return _SEED[0]


THEME = ["Dispatch", "Patrol", "Sheriff", "Badge", "Precinct", "Cruiser", "Trooper", "Marshal", "Deputy",
         "Sector", "Beat", "Siren", "Console", "Tower", "Station", "Harbor", "Summit", "Falcon", "Ridge", "Copper"]
LOWER = ["lantern", "gravel", "orchard", "canyon", "whistle", "compass", "thunder", "meadow", "granite",
         "harbor", "signal", "bramble", "copper", "falcon", "timber", "quarry"]


def human_pw(url_safe: bool = False) -> str:
    """What a county IT admin or vendor installer picks: words of the trade, a year, a symbol."""
    r = _rng()
    symbols = "!*-_." if url_safe else "!#@*-_."
    shape = r.randint(0, 3)
    if shape == 0:
        return r.choice(THEME) + str(r.choice([911, 2019, 2021, 2022, 2023, 2024, 77, 412])) + r.choice(symbols)
    if shape == 1:
        return r.choice(THEME) + r.choice(symbols) + r.choice(THEME) + str(r.randint(10, 999))
    if shape == 2:
        return r.choice(THEME).lower() + r.choice(symbols) + r.choice(THEME) + r.choice(symbols) + str(r.randint(1, 99))
    return r.choice(THEME) + str(r.randint(1000, 9999)) + r.choice(symbols) + r.choice(THEME)[:3].lower()


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# --- vendor shapes --------------------------------------------------------------------------

def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_pat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def dockerhub_pat() -> str:
    return "dckr_pat_" + chars(27, B64URL)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return chars(86, B64) + "=="


def sas_key() -> str:
    return chars(43, B64) + "="


def google_key() -> str:
    return "AIza" + chars(35, B64URL)


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + chars(64, B64URL)


def mapbox_token(kind: str, user: str) -> str:
    head = b64url_nopad(json.dumps({"u": user, "a": chars(25, string.ascii_lowercase + string.digits)}, separators=(",", ":")))
    return f"{kind}.{head}." + chars(22, B64URL)


def samsara_token() -> str:
    return "samsara_api_" + chars(30)


def vault_token() -> str:
    return "hvs.CAESI" + chars(82, B64URL)


def tfc_token() -> str:
    return chars(14) + ".atlasv1." + chars(67)


def ado_pat() -> str:
    return chars(52, string.ascii_lowercase + "234567")


def okta_token() -> str:
    return "00" + chars(40, B64URL)


def sonar_token() -> str:
    return "sqp_" + hexs(40)


def grafana_sa_token() -> str:
    return "glsa_" + chars(32) + "_" + hexs(8)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def influx_token() -> str:
    return chars(86, B64URL) + "=="


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def private_key(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


# --- decoy shapes ---------------------------------------------------------------------------

def cert_pem() -> str:
    r = _rng()
    lines = ["MII" + "".join(r.choice(B64) for _ in range(61))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(r.randint(8, 12))]
    lines.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def sealed() -> str:
    return "AgB" + chars(380, B64) + "=="


def sops_enc(n: int) -> str:
    return f"ENC[AES256_GCM,data:{chars(n, B64)}=,iv:{chars(43, B64)}=,tag:{chars(22, B64)}==,type:str]"


def ansible_vault(pad: str) -> str:
    r = _rng()
    body = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(5)] + ["".join(r.choice(HEX) for _ in range(32))]
    return "\n".join([pad + "$ANSIBLE_VAULT;1.1;AES256"] + [pad + line for line in body])


_MARK = re.compile(r"<<[A-Z0-9_]+>>")


def fill(template: str, **values: str) -> str:
    text = template
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not _MARK.search(text), _MARK.search(text)
    return text


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    """One case; `<<S>>` in the template is the planted secret, other markers its surroundings."""
    if secret is not None and "S" not in values:
        values["S"] = secret
    CASES.append(LabelledCase(f"blind-cw/{category}", file_name, fill(template, **values), secret, source))


def decoy(category: str, file_name: str, template: str, source: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-cw/{category}", file_name, fill(template, **values), None, source))


# =============================================================================================
# Secrets: YAML configs, CI, Kubernetes, Helm, Compose, Ansible
# =============================================================================================

add("yaml/sqlserver", "cad-rms-bridge/src/main/resources/application-prod.yml", r"""spring:
  application:
    name: cad-rms-bridge
  datasource:
    # New World RMS (SQL Server 2019, AG listener)
    url: jdbc:sqlserver://rmsdb-ag.sheriff.local:1433;databaseName=NWS_RMS;encrypt=true;trustServerCertificate=true
    username: svc_cadbridge
    password: <<S>>
    hikari:
      maximum-pool-size: 12
      connection-timeout: 15000
  jpa:
    open-in-view: false

cad:
  feed:
    host: cad-app01.sheriff.local
    port: 6500
    agency-ori: XX0450000
    poll-interval-ms: 2000

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", human_pw(), "Spring Boot reference: Externalized Configuration / DataSource properties")

add("yaml/rapidsos", "ali-gateway/config/gateway.yaml", r"""# ALI / supplemental location gateway for the PSAP CPE (Vesta 4)
psap:
  id: "2215"
  name: "Northfield County ECC"
  fcc_id: 4410

rapidsos:
  base_url: https://api.rapidsos.com
  token_path: /oauth/token
  client_id: "<<CID>>"
  client_secret: "<<S>>"
  scopes: [ "location", "additional_data" ]
  timeout_s: 4

ali:
  serial_port: /dev/ttyS1
  baud: 9600
  format: "NENA-2-E"   # 512-byte record

logging:
  level: INFO
  file: /var/log/ali-gateway/gateway.log
""", chars(32), "RapidSOS Emergency API docs: OAuth client credentials", CID=chars(32))

add("yaml/samsara", "avl-collector/config/collector.yaml", r"""# AVL collector: pulls fleet GPS from Samsara for the CAD unit map
source:
  provider: samsara
  api_base: https://api.samsara.com
  api_token: <<S>>
  endpoints:
    locations: /fleet/vehicles/locations/feed
    stats: /fleet/vehicles/stats/feed?types=gps,engineStates
  poll_seconds: 5

sink:
  type: udp
  host: cad-avl.pd.local
  port: 5151
  format: nmea-gprmc

units:
  map_file: /etc/avl/unit_map.csv
  drop_unmapped: true
""", samsara_token(), "Samsara API docs: Authentication (Bearer API token)")

add("yaml/flock", "lpr-sync/config.yml", r"""# Flock Safety hot list sync (NCIC stolen vehicle / wanted extract -> Flock custom hot list)
flock:
  api_url: https://api.flocksafety.com/api/v3
  api_key: <<S>>
  hotlist_id: 5f2c0e9a-custom-ncic
  org: northfield-pd

schedule: "*/15 * * * *"

ncic_extract:
  path: /data/ncic/hotfile/current.txt
  encoding: latin-1
  expire_after_hours: 24

notify:
  email: rtcc-supervisors@northfieldpd.org
""", chars(40), "Flock Safety developer portal: API key authentication")

add("yaml/ldap", "ansible/host_vars/cjis-gw01.yml", r"""---
# CJIS gateway host. AA per CJIS Security Policy 5.6: AD + RSA for remote users
ansible_host: 10.40.8.21
gateway_role: primary

sssd_domain: sheriff.local
ldap_uri: ldaps://dc01.sheriff.local
ldap_search_base: "OU=CJIS Users,DC=sheriff,DC=local"
ldap_bind_dn: "CN=svc_cjis_bind,OU=Service Accounts,DC=sheriff,DC=local"
ldap_bind_password: "<<S>>"

allowed_groups:
  - CJIS-Terminal-Operators
  - CJIS-TAC

syslog_targets:
  - 10.40.1.50:514
""", human_pw(), "Ansible docs: host_vars; sssd-ldap(5) ldap_default_authtok")

add("yaml/pagerduty", "monitoring/alertmanager/alertmanager.yml", r"""global:
  resolve_timeout: 5m

route:
  receiver: cad-oncall
  group_by: ['alertname', 'site']
  routes:
    - matchers: [ 'team="radio"' ]
      receiver: radio-shop
    - matchers: [ 'severity="critical"', 'service=~"cad|ali|cjis"' ]
      receiver: cad-oncall

receivers:
  - name: cad-oncall
    pagerduty_configs:
      - routing_key: <<S>>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
  - name: radio-shop
    email_configs:
      - to: radio-shop@county.gov
        from: alertmanager@county.gov
        smarthost: smtp.county.gov:25
        require_tls: false
""", hexs(32), "Prometheus Alertmanager configuration: pagerduty_config routing_key")

add("yaml/postgres", "grafana/provisioning/datasources/rms-replica.yaml", r"""apiVersion: 1

datasources:
  - name: RMS Reporting (replica)
    type: postgres
    url: rms-replica.pd.local:5432
    user: grafana_ro
    jsonData:
      database: rms_reporting
      sslmode: require
      postgresVersion: 1400
      timescaledb: false
    secureJsonData:
      password: '<<S>>'
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
    isDefault: true
""", human_pw(), "Grafana docs: Provision data sources (secureJsonData)")

add("yaml/elasticsearch", "logging/filebeat/filebeat.yml", r"""filebeat.inputs:
  - type: filestream
    id: cad-interface-logs
    paths:
      - /opt/cadinterface/logs/*.log
    fields:
      agency: northfield-so
      system: cad

  - type: filestream
    id: mdt-gateway-logs
    paths:
      - /var/log/mdtgw/*.log

output.elasticsearch:
  hosts: ["https://siem-es01.county.gov:9200"]
  username: "filebeat_writer"
  password: "<<S>>"
  ssl.certificate_authorities: ["/etc/filebeat/county-ca.pem"]

setup.ilm.enabled: false
""", rand_pw(20, "*_"), "Elastic Filebeat reference: Configure the Elasticsearch output")

key_id, aws_secret = aws_pair()
add("github-actions/aws", ".github/workflows/deploy-evidence-archiver.yml", r"""name: deploy evidence-archiver

on:
  push:
    branches: [ main ]
    paths: [ 'evidence-archiver/**' ]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: us-gov-west-1
      AWS_ACCESS_KEY_ID: <<KID>>
      AWS_SECRET_ACCESS_KEY: <<S>>
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.11'
      - run: pip install -r evidence-archiver/requirements.txt
      - name: package
        run: cd evidence-archiver && zip -r ../archiver.zip .
      - name: update lambda
        run: aws lambda update-function-code --function-name evidence-archiver --zip-file fileb://archiver.zip
""", aws_secret, "GitHub Actions docs: Workflow syntax (env); AWS CLI environment variables", KID=key_id)

add("gitlab-ci/registry", ".gitlab-ci.yml", r"""stages: [build, push]

variables:
  IMAGE: harbor.county.gov/public-safety/mdt-gateway
  HARBOR_USER: "robot$public-safety+ci"
  HARBOR_PASSWORD: "<<S>>"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .

push:
  stage: push
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$HARBOR_PASSWORD" | docker login harbor.county.gov -u "$HARBOR_USER" --password-stdin
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]
""", chars(32), "GitLab CI/CD YAML reference: variables; Harbor robot accounts")

add("azure-pipelines/azure-devops", "azure-pipelines.yml", r"""trigger:
  branches:
    include: [ main ]

pool:
  vmImage: windows-2022

variables:
  buildConfiguration: Release
  # feed for the CAD interface NuGet packages
  FEED_PAT: <<S>>

steps:
  - task: NuGetAuthenticate@1
  - script: |
      dotnet nuget add source "https://pkgs.dev.azure.com/northfield-ps/_packaging/cad-interfaces/nuget/v3/index.json" ^
        --name cad-interfaces --username build --password $(FEED_PAT) --store-password-in-clear-text
    displayName: add feed
  - script: dotnet build CadInterface.sln -c $(buildConfiguration)
  - script: dotnet test CadInterface.Tests/CadInterface.Tests.csproj -c $(buildConfiguration)
""", ado_pat(), "Azure Pipelines YAML schema: variables; Azure Artifacts personal access tokens")

axon_secret = chars(43, B64URL)
add("k8s-secret/axon", "k8s/evidence-sync/secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: evidence-sync-axon
  namespace: evidence
  labels:
    app: evidence-sync
type: Opaque
data:
  AXON_PARTNER_ID: <<PID>>
  AXON_CLIENT_ID: <<CID>>
  AXON_CLIENT_SECRET: <<ENC>>
""", axon_secret, "Kubernetes docs: Secrets (data is base64)", PID=b64(uuid_s()), CID=b64(uuid_s()), ENC=b64(axon_secret))

mssql_pw = human_pw()
add("k8s-secret/sqlserver", "deploy/k8s/cad-reporting/db-secret.yaml", r"""---
apiVersion: v1
kind: Secret
metadata:
  name: cad-reporting-db
  namespace: cad-reporting
type: Opaque
data:
  DB_HOST: <<HOST>>
  DB_USER: <<USER>>
  DB_PASSWORD: <<ENC>>
""", mssql_pw, "Kubernetes docs: Secrets (data is base64)", HOST=b64("cadsql02.pd.local"), USER=b64("cad_report"), ENC=b64(mssql_pw))

add("k8s-secret/splunk-hec", "k8s/logging/splunk-hec-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: splunk-hec
  namespace: logging
type: Opaque
stringData:
  splunk_hec_url: https://hec.splunk.county.gov:8088/services/collector
  # index: cjis_audit (CJIS 5.4 audit events from the message switch)
  splunk_hec_token: <<S>>
""", uuid_s(), "Kubernetes docs: Secrets stringData; Splunk HTTP Event Collector tokens")

ldap_pw = rand_pw(16, "!#")
add("k8s-secret/ldap", "clusters/prod/rms-web/ldap-bind.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: rms-web-ldap-bind
  namespace: rms
  annotations:
    owner: "ps-it@county.gov"
type: kubernetes.io/basic-auth
data:
  username: <<USER>>
  password: <<ENC>>
""", ldap_pw, "Kubernetes docs: Secret type kubernetes.io/basic-auth", USER=b64("svc_rmsweb_ldap"), ENC=b64(ldap_pw))

sb_key = sas_key()
add("helm/azure-servicebus", "deploy/helm/cad-bridge/values-prod.yaml", r"""replicaCount: 2

image:
  repository: psacr.azurecr.us/cad-bridge
  tag: "3.4.1"

env:
  ASPNETCORE_ENVIRONMENT: Production
  Cad__AgencyOri: XX0450000
  Cad__IncidentTopic: cad-incidents
  ServiceBus__ConnectionString: "Endpoint=sb://ps-cad-prod.servicebus.usgovcloudapi.net/;SharedAccessKeyName=cad-bridge-send;SharedAccessKey=<<S>>"

resources:
  limits:
    cpu: 500m
    memory: 512Mi

ingress:
  enabled: false
""", sb_key, "Azure Service Bus docs: SAS connection strings (Azure Government endpoints)")

ec_key = private_key("EC")
add("helm/private-key", "deploy/helm/esinet-proxy/values.yaml", r"""# NG911 ESInet SIP/TLS edge (i3 BCF side)
image:
  repository: registry.ecc.local/esinet-proxy
  tag: 2.1.0

service:
  type: LoadBalancer
  ports:
    sipTls: 5061

tls:
  crt: |
<<CRT>>
  key: |
<<KEY>>

esrp:
  upstream: sips:esrp.esinet.state.local:5061
""", ec_key, "Helm docs: values files; NENA i3 (NENA-STA-010) TLS on the ESInet", CRT=indent(cert_pem(), "    "), KEY=indent(ec_key, "    "))

add("docker-compose/postgres", "docker-compose.yml", r"""version: "3.8"

services:
  rms-reporting-db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: rms_reporting
      POSTGRES_USER: rms
      POSTGRES_PASSWORD: <<S>>
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"

  etl:
    build: ./etl
    depends_on: [rms-reporting-db]
    environment:
      PGHOST: rms-reporting-db
      PGUSER: rms
      CAD_EXPORT_DIR: /exports

volumes:
  pgdata: {}
""", human_pw(), "Docker Hub postgres image: Environment Variables")

add("docker-compose/rabbitmq", "avl/docker-compose.override.yml", r"""services:
  rabbitmq:
    image: rabbitmq:3.12-management
    hostname: avl-mq
    environment:
      - RABBITMQ_DEFAULT_USER=avl
      - RABBITMQ_DEFAULT_PASS=<<S>>
    ports:
      - "5672:5672"
      - "15672:15672"

  avl-ingest:
    environment:
      - AMQP_URL=amqp://avl@avl-mq:5672/%2F
      - UNIT_MAP=/config/units.csv
""", passphrase(), "Docker Hub rabbitmq image: Environment Variables")

graylog_secret = chars(96)
add("docker-compose/graylog", "siem/graylog/docker-compose.yml", r"""services:
  mongodb:
    image: mongo:6.0
    volumes: [ "mongo_data:/data/db" ]

  opensearch:
    image: opensearchproject/opensearch:2.11.1
    environment:
      - discovery.type=single-node
      - plugins.security.disabled=true

  graylog:
    image: graylog/graylog:5.2
    environment:
      GRAYLOG_PASSWORD_SECRET: "<<S>>"
      GRAYLOG_ROOT_PASSWORD_SHA2: "<<SHA>>"
      GRAYLOG_HTTP_EXTERNAL_URI: "https://graylog.ecc.local/"
      GRAYLOG_ELASTICSEARCH_HOSTS: "http://opensearch:9200"
    ports:
      - "9000:9000"
      - "1514:1514/udp"   # CAD servers syslog
    depends_on: [ mongodb, opensearch ]

volumes:
  mongo_data: {}
""", graylog_secret, "Graylog docs: Docker installation (GRAYLOG_PASSWORD_SECRET)", SHA=hexs(64))

add("yaml/everbridge", "notify/config/everbridge.yaml", r"""# Everbridge mass notification: CAD "critical incident" -> community alert template
everbridge:
  api_base: https://api.everbridge.net/rest
  organization_id: 892733049201
  username: cad_integration@northfieldcounty.gov
  password: "<<S>>"
  templates:
    shelter_in_place: 1489201
    evacuation: 1489202
    boil_water: 1489310
  default_contact_groups:
    - "Zone 3 Residents"
    - "Schools - District 12"

cad_filters:
  incident_types: [ "HAZMAT", "ACTIVE SHOOTER", "EVAC" ]
""", human_pw(), "Everbridge Suite REST API: basic authentication")

add("kustomize/postgres", "deploy/overlays/prod/kustomization.yaml", r"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: warrants
resources:
  - ../../base

images:
  - name: warrants-api
    newTag: "2024.06.3"

secretGenerator:
  - name: warrants-db
    literals:
      - PGHOST=pg-warrants.prod.svc
      - PGUSER=warrants_app
      - PGPASSWORD=<<S>>

patches:
  - path: replicas.yaml
""", human_pw(), "Kustomize docs: secretGenerator literals")

add("k8s/api-key", "k8s/shotspotter-relay/deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: shotspotter-relay
  namespace: rtcc
spec:
  replicas: 1
  selector:
    matchLabels: { app: shotspotter-relay }
  template:
    metadata:
      labels: { app: shotspotter-relay }
    spec:
      containers:
        - name: relay
          image: registry.rtcc.local/shotspotter-relay:1.8
          env:
            - name: SST_FEED_URL
              value: https://alerts.shotspotter.com/api/v2/incidents
            - name: SST_USERNAME
              value: northfield_rtcc
            - name: SST_PASSWORD
              value: "<<S>>"
            - name: CAD_POST_URL
              value: http://cad-gateway.cad.svc:8080/api/incidents
""", rand_pw(14, "!"), "Kubernetes docs: Define environment variables for a container")

add("ansible/netmotion", "ansible/group_vars/mdt_fleet.yml", r"""---
# Patrol MDTs (Getac B360 / Toughbook 40), Win11 Enterprise
netmotion_server: mobility.sheriff.local
netmotion_port: 5008
netmotion_device_auth: psk
netmotion_device_password: "<<S>>"

mdt_apps:
  - name: "CAD Mobile"
    msi: \\fs01\deploy\cadmobile\CadMobile-7.2.msi
  - name: "eCitation"
    msi: \\fs01\deploy\ecite\eCite-4.9.msi

bitlocker_required: true
autologon: false
""", human_pw(), "NetMotion Mobility admin guide: device authentication; Ansible group_vars")

add("ansible/smb", "ansible/roles/evidence_share/defaults/main.yml", r"""---
evidence_share_server: evid-nas01.pd.local
evidence_share_name: DigitalEvidence
evidence_mount_point: /mnt/evidence
evidence_share_user: svc_evid_ingest
evidence_share_domain: PD
evidence_share_password: <<S>>
evidence_mount_opts: "vers=3.0,ro,uid=evidence,gid=evidence,file_mode=0640"

# body-cam dock uploads land under Incoming\<badge>\<date>
evidence_incoming_dir: Incoming
""", human_pw(), "Ansible docs: role defaults; mount.cifs(8) credentials")

# =============================================================================================
# Secrets: JSON, TOML, INI, XML, .properties, .env
# =============================================================================================

add("json/sqlserver", "src/CadInterface.Service/appsettings.Production.json", r"""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "ConnectionStrings": {
    "CadDb": "Server=cadsql01.ecc.local;Database=Hexagon_CAD;User Id=cad_iface;Password=<<S>>;TrustServerCertificate=True;",
    "Staging": "Server=cadsql01.ecc.local;Database=CadInterface;Integrated Security=True;TrustServerCertificate=True;"
  },
  "Interface": {
    "AgencyCode": "NCSO",
    "RmsEndpoint": "https://rms.ecc.local/api/v1/incidents",
    "BatchSize": 50
  }
}
""", human_pw(), "Microsoft docs: Configuration in ASP.NET Core; SqlConnection.ConnectionString")

add("json/mark43", "integrations/mark43-export/appsettings.json", r"""{
  "Mark43": {
    "BaseUrl": "https://northfield.mark43.com/rms/api",
    "Department": "NFPD",
    "ApiToken": "<<S>>",
    "PageSize": 100
  },
  "Export": {
    "Destination": "\\\\dw-sql01\\staging\\mark43",
    "Schedule": "0 */30 * * * *",
    "IncludeSupplements": true
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "File", "Args": { "path": "logs/export-.log", "rollingInterval": "Day" } } ]
  }
}
""", chars(48), "Microsoft docs: appsettings.json configuration; Mark43 public API bearer tokens")

add("json/mqtt", "mdt-client/config/avl.json", r"""{
  "unitIdSource": "registry:HKLM\\SOFTWARE\\County\\MDT\\UnitId",
  "gps": {
    "port": "COM4",
    "baud": 4800,
    "minIntervalSec": 5
  },
  "broker": {
    "url": "mqtts://avl-broker.sheriff.local:8883",
    "clientIdPrefix": "mdt-",
    "username": "mdt_fleet",
    "password": "<<S>>",
    "topic": "avl/units/{unitId}/position",
    "qos": 1
  },
  "offlineQueueMax": 5000
}
""", rand_pw(18), "MQTT v3.1.1 (OASIS) CONNECT username/password; Eclipse Paho client options")

add("json/okta", ".vscode/launch.json", r"""{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "warrants-api (local)",
      "type": "node",
      "request": "launch",
      "program": "${workspaceFolder}/src/server.js",
      "env": {
        "NODE_ENV": "development",
        "OKTA_ORG_URL": "https://northfieldcounty.okta.com",
        "OKTA_API_TOKEN": "<<S>>",
        "PORT": "3001"
      },
      "skipFiles": ["<node_internals>/**"]
    }
  ]
}
""", okta_token(), "VS Code docs: launch.json attributes (env); Okta API tokens")

add("json/twilio", "citizen-notify/config/production.json", r"""{
  "app": { "port": 8080, "publicUrl": "https://notify.northfieldpd.org" },
  "twilio": {
    "accountSid": "<<SID>>",
    "authToken": "<<S>>",
    "messagingServiceSid": "MG<<MG>>",
    "statusCallback": "https://notify.northfieldpd.org/twilio/status"
  },
  "optOutKeywords": ["STOP", "UNSUBSCRIBE"],
  "templates": {
    "caseUpdate": "Northfield PD: your report {caseNumber} was updated. Reply STOP to opt out."
  }
}
""", twilio_token(), "node-config docs: config/production.json; Twilio docs: Auth Token", SID=twilio_sid(), MG=hexs(32))

add("json/arcgis", "gis-tools/secrets.json", r"""{
  "portal": "https://gis.northfieldcounty.gov/portal",
  "geocoder": "https://gis.northfieldcounty.gov/server/rest/services/Locators/CAD_Composite/GeocodeServer",
  "routing_service": "https://route-api.arcgis.com/arcgis/rest/services/World/Route/NAServer/Route_World",
  "api_key": "<<S>>",
  "beat_layer": "https://gis.northfieldcounty.gov/server/rest/services/PublicSafety/Beats/FeatureServer/0"
}
""", arcgis_key(), "Esri ArcGIS Developer docs: API key authentication")

add("json/azure-ad", "terraform/envs/gov/terraform.tfvars.json", r"""{
  "environment": "usgovernment",
  "location": "usgovvirginia",
  "tenant_id": "<<TID>>",
  "subscription_id": "<<SUB>>",
  "client_id": "<<CID>>",
  "client_secret": "<<S>>",
  "resource_group": "rg-ps-cad-prod",
  "tags": { "department": "sheriff", "cjis": "true" }
}
""", azure_secret(), "Terraform docs: variable definitions (.tfvars.json); azurerm provider service principal", TID=uuid_s(), SUB=uuid_s(), CID=uuid_s())

reg_pw = rand_pw(24)
add("json/registry", "deploy/.docker/config.json", r"""{
	"auths": {
		"harbor.county.gov": {
			"auth": "<<ENC>>"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", reg_pw, "Docker docs: docker login (credentials in config.json, auth = base64 user:password)",
    ENC=b64("svc_deploy:" + reg_pw))

add("toml/oracle", "cad_poller/config.toml", r"""# cad_poller: polls Oracle CAD (PremierOne) for closed incidents and pushes them to the RMS queue
[cad]
dsn = "cadora-scan.ecc.local:1521/P1CAD"
user = "P1_READONLY"
password = "<<S>>"
poll_seconds = 30

[rms]
queue_url = "amqps://rms-mq.ecc.local:5671/rms"
exchange = "incidents.closed"

[logging]
level = "INFO"
path = "/var/log/cad_poller/poller.log"
""", human_pw(), "python-oracledb docs: connection parameters; TOML v1.0.0")

add("toml/influxdb", "telegraf/telegraf.conf", r"""[agent]
  interval = "10s"
  hostname = "radio-mon01"

# P25 site controller SNMP (ASTRO 25)
[[inputs.snmp]]
  agents = ["udp://10.60.1.10:161", "udp://10.60.1.11:161"]
  version = 3
  sec_name = "telegraf"
  sec_level = "authPriv"
  auth_protocol = "SHA"
  auth_password = "$SNMP_AUTH"
  priv_protocol = "AES"
  priv_password = "$SNMP_PRIV"

[[outputs.influxdb_v2]]
  urls = ["https://influx.ecc.local:8086"]
  token = "<<S>>"
  organization = "ecc"
  bucket = "radio"
""", influx_token(), "Telegraf docs: influxdb_v2 output plugin; SNMP input plugin")

add("ini/sqlserver", "etl/odbc.ini", r"""[ODBC Data Sources]
CADREPORT = ODBC Driver 18 for SQL Server

[CADREPORT]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:cadsql02.pd.local,1433
Database = CAD_Reporting
UID = etl_reader
PWD = <<S>>
Encrypt = yes
TrustServerCertificate = yes
ApplicationIntent = ReadOnly
""", human_pw(), "Microsoft ODBC Driver for SQL Server on Linux: DSN and connection string keywords")

add("ini/cjis-switch", "ncic-gateway/conf/switch.ini", r"""; State message switch connection (NCIC / NLETS via the state CJIS switch)
[switch]
host = msgswitch.cjis.state.local
port = 7003
protocol = tls
mnemonic = NCSO
ori = XX0450000
device_id = NCSOGW1

[account]
operator = GW_NCSO01
password = <<S>>
password_expires = 2024-11-30

[queue]
spool_dir = D:\NcicGateway\spool
max_retries = 5
""", human_pw(), "State CJIS switch interface specs (operator account, ORI, mnemonic); INI format")

add("ini/postgres", "rms-reporting/alembic.ini", r"""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://rms_migrator:<<S>>@pg-records.county.gov:5432/rms_reporting

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_alembic]
level = INFO
handlers =
qualname = alembic
""", human_pw(url_safe=True), "Alembic docs: The alembic.ini file (sqlalchemy.url)")

add("xml/sqlserver", "RmsPortal/Web.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="RmsContext"
         connectionString="Data Source=rmssql01;Initial Catalog=RMS;User ID=rmsweb;Password=<<S>>;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="AgencyName" value="Northfield Police Department" />
    <add key="ReportsPath" value="\\rmsapp01\Reports$" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", human_pw(), "Microsoft docs: connectionStrings element (ASP.NET Settings Schema)")

axon_secret2 = chars(43, B64URL)
add("xml/axon", "EvidenceUploader/App.config", r"""<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <appSettings>
    <add key="EvidenceApiBase" value="https://northfieldpd.evidence.com/api" />
    <add key="PartnerId" value="<<PID>>" />
    <add key="ClientId" value="<<CID>>" />
    <add key="ClientSecret" value="<<S>>" />
    <add key="WatchFolder" value="D:\Interview Room Exports" />
    <add key="DeleteAfterUpload" value="false" />
  </appSettings>
</configuration>
""", axon_secret2, "Axon Evidence.com Partner API: client credentials; .NET appSettings element",
    PID=uuid_s(), CID=uuid_s())

add("xml/smtp", "CadInterface/log4net.config", r"""<log4net>
  <appender name="RollingFile" type="log4net.Appender.RollingFileAppender">
    <file value="C:\ProgramData\CadInterface\logs\iface.log" />
    <appendToFile value="true" />
    <rollingStyle value="Date" />
    <layout type="log4net.Layout.PatternLayout">
      <conversionPattern value="%date [%thread] %-5level %logger - %message%newline" />
    </layout>
  </appender>
  <appender name="SmtpAlert" type="log4net.Appender.SmtpAppender">
    <to value="cad-admins@county.gov" />
    <from value="cadinterface@county.gov" />
    <subject value="CAD interface error" />
    <smtpHost value="smtp.office365.us" />
    <port value="587" />
    <EnableSsl value="true" />
    <authentication value="Basic" />
    <username value="cadinterface@county.gov" />
    <password value="<<S>>" />
    <bufferSize value="1" />
    <evaluator type="log4net.Core.LevelEvaluator"><threshold value="ERROR" /></evaluator>
    <layout type="log4net.Layout.PatternLayout"><conversionPattern value="%date %-5level %message%newline" /></layout>
  </appender>
  <root>
    <level value="INFO" />
    <appender-ref ref="RollingFile" />
    <appender-ref ref="SmtpAlert" />
  </root>
</log4net>
""", human_pw(), "Apache log4net: SmtpAppender configuration example")

sftp_pw = human_pw()
add("xml/sftp", "docs/filezilla/sitemanager.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
	<Servers>
		<Server>
			<Host>sftp.state-courts.gov</Host>
			<Port>22</Port>
			<Protocol>1</Protocol>
			<Type>0</Type>
			<User>ncso_warrants</User>
			<Pass encoding="base64"><<ENC>></Pass>
			<Logontype>1</Logontype>
			<Name>Courts warrant drop</Name>
			<RemoteDir>1 0 8 outbound</RemoteDir>
		</Server>
	</Servers>
</FileZilla3>
""", sftp_pw, "FileZilla wiki: sitemanager.xml (Pass encoding=\"base64\")", ENC=b64(sftp_pw))

add("xml/oracle", "tomcat/conf/context.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/JailMgmt"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//jmsora01.sheriff.local:1521/JMSPRD"
              username="JMS_APP"
              password="<<S>>"
              maxTotal="40"
              maxIdle="10"
              validationQuery="select 1 from dual"/>
</Context>
""", human_pw(), "Apache Tomcat docs: JNDI Datasource How-To (Oracle)")

add("xml/nuget", "NuGet.Config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="cad-vendor" value="https://nuget.cadvendor-support.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <cad-vendor>
      <add key="Username" value="northfield-ecc" />
      <add key="ClearTextPassword" value="<<S>>" />
    </cad-vendor>
  </packageSourceCredentials>
</configuration>
""", rand_pw(16), "NuGet docs: nuget.config reference (packageSourceCredentials)")

add("properties/oracle", "rms-interface/src/main/resources/application.properties", r"""spring.application.name=rms-interface
server.port=8085

# Spillman / Oracle RMS
spring.datasource.url=jdbc:oracle:thin:@rmsora.sheriff.local:1521/RMSPRD
spring.datasource.username=RMS_IFACE
spring.datasource.password=<<S>>
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver

rms.interface.ori=XX0450000
rms.interface.batch-size=200
logging.level.gov.county.rms=INFO
""", human_pw(), "Spring Boot reference: Common application properties (spring.datasource.*)")

add("properties/kafka", "avl-stream/config/client.properties", r"""bootstrap.servers=kafka1.ecc.local:9093,kafka2.ecc.local:9093,kafka3.ecc.local:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="avl-producer" password="<<S>>";
ssl.truststore.location=/etc/kafka/ecc-truststore.jks
ssl.truststore.type=JKS
acks=all
linger.ms=20
client.id=avl-stream
""", rand_pw(24), "Apache Kafka docs: Authentication using SASL/SCRAM (client config)")

add("properties/smtp", "warrants-service/src/main/resources/mail.properties", r"""# Outbound mail for warrant service notifications
mail.smtp.host=smtp.county.gov
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=warrants-noreply@county.gov
mail.smtp.password=<<S>>
mail.from=Warrants Unit <warrants-noreply@county.gov>
""", human_pw(), "Jakarta Mail API: com.sun.mail.smtp package properties")

add("env/sendgrid", "records-request-portal/.env", r"""# Public records request portal
NODE_ENV=production
PORT=3000
BASE_URL=https://records.northfieldpd.org
DATABASE_URL=postgres://records@pg-records.county.gov:5432/records_requests
SENDGRID_API_KEY=<<S>>
MAIL_FROM=records@northfieldpd.org
UPLOAD_MAX_MB=25
""", sendgrid_key(), "dotenv README; SendGrid docs: API keys")

add("env/twilio", "text-to-911-bridge/.env.production", r"""TWILIO_ACCOUNT_SID=<<SID>>
TWILIO_AUTH_TOKEN=<<S>>
TWILIO_NUMBER=+15550104411
# TTY/TDD fallback for the PSAP text console
PSAP_CONSOLE_URL=https://ttc.ecc.local/api/messages
LOG_LEVEL=info
""", twilio_token(), "Twilio docs: Store your Twilio credentials safely (.env)", SID=twilio_sid())

add("env/datadog", "ops/datadog-agent.env", r"""DD_SITE=ddog-gov.com
DD_API_KEY=<<S>>
DD_ENV=prod
DD_TAGS="agency:ncso system:rms"
DD_LOGS_ENABLED=true
DD_PROCESS_AGENT_ENABLED=true
""", hexs(32), "Datadog Agent docs: environment variables (DD_API_KEY)")

add("env/google-api", "cad-geocode/.env.local", r"""# Secondary geocoder when the county locator fails (server-side only)
GOOGLE_GEOCODING_KEY=<<S>>
COUNTY_LOCATOR_URL=https://gis.northfieldcounty.gov/server/rest/services/Locators/CAD_Composite/GeocodeServer
FALLBACK_ENABLED=true
MAX_QPS=10
""", google_key(), "Google Maps Platform docs: Geocoding API key")

add("env/rapidsos", "psap-dashboard/.env", r"""VITE_MAP_CENTER=41.59,-87.34
RAPIDSOS_CLIENT_ID=<<CID>>
RAPIDSOS_CLIENT_SECRET=<<S>>
RAPIDSOS_BASE=https://api.rapidsos.com
SESSION_SECRET=
""", chars(32), "RapidSOS Emergency API: client credentials", CID=chars(32))

# =============================================================================================
# Secrets: HCL, nginx, Apache, systemd, cron, Python, PowerShell, shell
# =============================================================================================

kid2, aws_secret2 = aws_pair()
add("hcl/aws", "terraform/evidence-archive/provider.tf", r"""terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-gov-west-1"
  access_key = "<<KID>>"
  secret_key = "<<S>>"
}

resource "aws_s3_bucket" "bodycam_cold" {
  bucket = "ncso-bodycam-cold-archive"
  tags = {
    retention = "7y"
    cjis      = "true"
  }
}
""", aws_secret2, "Terraform AWS provider docs: Provider configuration (static credentials)", KID=kid2)

add("hcl/azure-ad", "terraform/azuregov/main.tf", r"""provider "azurerm" {
  features {}
  environment     = "usgovernment"
  subscription_id = "<<SUB>>"
  tenant_id       = "<<TID>>"
  client_id       = "<<CID>>"
  client_secret   = "<<S>>"
}

resource "azurerm_resource_group" "cad" {
  name     = "rg-ecc-cad-prod"
  location = "usgovvirginia"
}

resource "azurerm_servicebus_namespace" "cad" {
  name                = "ps-cad-prod"
  location            = azurerm_resource_group.cad.location
  resource_group_name = azurerm_resource_group.cad.name
  sku                 = "Standard"
}
""", azure_secret(), "Terraform azurerm provider docs: Authenticating using a Service Principal with a Client Secret",
    SUB=uuid_s(), TID=uuid_s(), CID=uuid_s())

add("hcl/vault", "ops/consul-template/cad-interface.hcl", r"""# consul-template renders the CAD interface env file from Vault
vault {
  address     = "https://vault.ecc.local:8200"
  # TODO switch to approle once the CAD hosts are enrolled
  token       = "<<S>>"
  renew_token = true

  ssl {
    enabled = true
    ca_cert = "/etc/pki/ecc-root.pem"
  }
}

template {
  source      = "/etc/consul-template/cad.env.ctmpl"
  destination = "/opt/cadinterface/cad.env"
  perms       = 0600
  command     = "systemctl restart cadinterface"
}
""", vault_token(), "consul-template docs: vault stanza (token)")

add("hcl/rabbitmq", "nomad/avl-ingest.nomad.hcl", r"""job "avl-ingest" {
  datacenters = ["ecc"]
  type        = "service"

  group "ingest" {
    count = 2

    task "ingest" {
      driver = "docker"
      config {
        image = "registry.ecc.local/avl-ingest:1.14"
      }
      env {
        AMQP_URL   = "amqps://avl_ingest:<<S>>@avl-mq.ecc.local:5671/avl"
        UNIT_MAP   = "/local/units.csv"
        LOG_FORMAT = "json"
      }
      resources {
        cpu    = 300
        memory = 256
      }
    }
  }
}
""", rand_pw(22), "Nomad docs: job specification (env block)")

basic_pw = human_pw(url_safe=True)
add("nginx/basic-auth", "nginx/conf.d/cad-api-proxy.conf", r"""upstream cad_api {
    server cadapp01.ecc.local:8443;
    server cadapp02.ecc.local:8443 backup;
}

server {
    listen 443 ssl;
    server_name cadapi.ecc.local;

    ssl_certificate     /etc/nginx/tls/cadapi.crt;
    ssl_certificate_key /etc/nginx/tls/cadapi.key;

    location /api/ {
        proxy_pass https://cad_api;
        # vendor API only accepts basic auth; inject the interface account here
        proxy_set_header Authorization "Basic <<ENC>>";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_read_timeout 30s;
    }
}
""", basic_pw, "nginx docs: ngx_http_proxy_module proxy_set_header; RFC 7617 Basic auth",
    ENC=b64("iface_rtcc:" + basic_pw))

add("nginx/api-key", "nginx/sites-available/evidence-upload", r"""server {
    listen 8443 ssl http2;
    server_name evidence-upload.pd.local;

    ssl_certificate     /etc/ssl/pd/evidence-upload.pem;
    ssl_certificate_key /etc/ssl/pd/evidence-upload.key;
    client_max_body_size 4G;   # interview room video

    location /upload/ {
        proxy_pass https://ingest.evidence-vendor.example-cloud.com/v2/upload/;
        proxy_set_header X-Api-Key <<S>>;
        proxy_set_header X-Agency NFPD;
        proxy_request_buffering off;
    }
}
""", chars(40), "nginx docs: ngx_http_proxy_module proxy_set_header")

add("apache/ldap", "apache/conf.d/rms-portal.conf", r"""<VirtualHost *:443>
    ServerName rms.pd.local
    DocumentRoot /var/www/rms-portal

    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/rms.pd.local.crt
    SSLCertificateKeyFile /etc/pki/tls/private/rms.pd.local.key

    <Location />
        AuthType Basic
        AuthName "Northfield PD RMS"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.pd.local/OU=Sworn,DC=pd,DC=local?sAMAccountName?sub?(objectClass=user)"
        AuthLDAPBindDN "CN=svc_apache_ldap,OU=Service Accounts,DC=pd,DC=local"
        AuthLDAPBindPassword "<<S>>"
        Require ldap-group CN=RMS Users,OU=Groups,DC=pd,DC=local
    </Location>
</VirtualHost>
""", human_pw(), "Apache httpd docs: mod_authnz_ldap AuthLDAPBindPassword")

add("systemd/mqtt", "deploy/systemd/avl-ingest.service", r"""[Unit]
Description=AVL ingest (MQTT -> CAD unit positions)
After=network-online.target
Wants=network-online.target

[Service]
User=avl
WorkingDirectory=/opt/avl-ingest
Environment=MQTT_URL=mqtts://avl-broker.sheriff.local:8883
Environment=MQTT_USER=avl_ingest
Environment=MQTT_PASSWORD=<<S>>
Environment=CAD_AVL_PORT=5151
ExecStart=/opt/avl-ingest/venv/bin/python -m avl_ingest
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", rand_pw(20), "systemd.exec(5): Environment=")

add("systemd/sqlserver", "deploy/systemd/cad-export.service", r"""[Unit]
Description=Nightly CAD export to state NIBRS repository
After=network-online.target

[Service]
Type=oneshot
User=cadexport
ExecStart=/opt/mssql-tools18/bin/bcp "EXEC CAD_Reporting.dbo.usp_NibrsExtract" queryout /srv/nibrs/out/extract.txt -c -t "|" -S cadsql02.pd.local -U nibrs_export -P <<S>> -C
ExecStartPost=/usr/local/bin/nibrs-submit /srv/nibrs/out/extract.txt
""", human_pw(), "bcp utility docs (-U/-P); systemd.service(5)")

add("crontab/sqlserver", "ops/cron/ncic-purge.cron", r"""# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=cad-admins@county.gov

# purge NCIC/III query responses older than retention (CJIS 5.8 media protection)
15 2 * * * /opt/mssql-tools18/bin/sqlcmd -S cadsql01.ecc.local -d CjisGateway -U purge_job -P '<<S>>' -C -Q "EXEC dbo.usp_PurgeResponses @Days=30" >> /var/log/ncic-purge.log 2>&1

# weekly index maintenance
30 3 * * 0 /opt/scripts/ola_index_maint.sh
""", human_pw(), "crontab(5); sqlcmd utility docs (-U/-P)")

ev_pw = human_pw(url_safe=True)
add("crontab/basic-auth", "ops/cron/evidence-archive", r"""# /etc/cron.d/evidence-archive
# Move evidence older than 180 days from hot storage to the archive tier
PATH=/usr/local/bin:/usr/bin:/bin

0 1 * * * evidence curl -sS -u archive_svc:<<S>> -X POST https://evidence-mgmt.pd.local/api/jobs/archive?olderThanDays=180 >/dev/null
0 6 * * 1 evidence /opt/evidence/bin/report-archive-stats --mail evidence-unit@pd.local
""", ev_pw, "crontab(5) /etc/cron.d format; curl(1) -u")

add("crontab/flock", "ops/cron/lpr-hotlist", r"""# /etc/cron.d/lpr-hotlist  -- push the state hot list to the LPR vendor every 15 min
SHELL=/bin/sh
*/15 * * * * rtcc /opt/lpr/bin/build_hotlist.py > /tmp/hotlist.csv && curl -fsS -H "Authorization: Bearer <<S>>" -F file=@/tmp/hotlist.csv https://api.flocksafety.com/api/v3/hotlists/ncic/upload
5 0 * * * rtcc find /opt/lpr/archive -mtime +30 -delete
# weekly: report hot list hits to the RTCC sergeant
0 7 * * 1 rtcc /opt/lpr/bin/weekly_hits_report.py --mail rtcc-supervisors@northfieldpd.org
""", chars(40), "crontab(5); Flock Safety API hot list upload")

add("python/slack-webhook", "scripts/push_bolo_to_slack.py", r"""#!/usr/bin/env python3
# Post new BOLOs from the RMS bulletin table into #patrol-bolos
import json
import sys

import pyodbc
import requests

SLACK_WEBHOOK = "<<S>>"
CONN = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=rmssql01;DATABASE=RMS;Trusted_Connection=yes;TrustServerCertificate=yes"


def new_bolos(cur):
    cur.execute("SELECT BulletinId, Title, Body FROM dbo.Bulletins WHERE Type='BOLO' AND Posted=0")
    return cur.fetchall()


def main():
    with pyodbc.connect(CONN) as db:
        cur = db.cursor()
        for bid, title, body in new_bolos(cur):
            payload = {"text": f":rotating_light: *BOLO {bid}*: {title}\n{body[:500]}"}
            r = requests.post(SLACK_WEBHOOK, data=json.dumps(payload), timeout=10)
            if r.ok:
                cur.execute("UPDATE dbo.Bulletins SET Posted=1 WHERE BulletinId=?", bid)
        db.commit()


if __name__ == "__main__":
    sys.exit(main())
""", slack_webhook(), "Slack docs: Sending messages using incoming webhooks")

add("python/cjis-switch", "tools/ncic_query.py", r"""\"\"\"Ad-hoc NCIC QW/QV test against the state switch training environment.\"\"\"
import socket
import ssl

SWITCH_HOST = "msgswitch-train.cjis.state.local"
SWITCH_PORT = 7003
ORI = "XX0450000"
MNEMONIC = "NCSOT"
OPERATOR = "GW_NCSO02"
OPERATOR_PW = "<<S>>"


def sign_on(sock):
    msg = f"SIGNON.{MNEMONIC}.{OPERATOR}.{OPERATOR_PW}\r\n"
    sock.sendall(msg.encode("ascii"))
    return sock.recv(4096).decode("ascii", "replace")


def main():
    ctx = ssl.create_default_context(cafile="state-cjis-ca.pem")
    with socket.create_connection((SWITCH_HOST, SWITCH_PORT)) as raw:
        with ctx.wrap_socket(raw, server_hostname=SWITCH_HOST) as s:
            print(sign_on(s))
            s.sendall(f"QV.{ORI}.LIC/ABC1234.LIS/XX.LIY/2024\r\n".encode())
            print(s.recv(8192).decode("ascii", "replace"))


if __name__ == "__main__":
    main()
""".replace('\\"', '"'), human_pw(), "State CJIS switch message formats (sign-on, QV); Python ssl docs")

add("python/geotab", "avl/geotab_pull.py", r"""import time

import mygeotab

API = mygeotab.API(
    username="avl-service@northfieldcounty.gov",
    password="<<S>>",
    database="northfield_county",
    server="my.geotab.com",
)


def positions(since):
    return API.get("LogRecord", search={"fromDate": since}, resultsLimit=5000)


if __name__ == "__main__":
    API.authenticate()
    since = None
    while True:
        for rec in positions(since):
            print(rec["device"]["id"], rec["latitude"], rec["longitude"], rec["dateTime"])
            since = rec["dateTime"]
        time.sleep(10)
""", human_pw(), "mygeotab Python SDK docs: API(username, password, database)")

axon_secret3 = chars(43, B64URL)
add("python/axon", "scripts/evidence_bulk_export.py", r"""#!/usr/bin/env python3
\"\"\"Bulk export of case evidence from Evidence.com for the prosecutor's discovery portal.\"\"\"
import argparse
import requests

BASE = "https://northfieldpd.evidence.com/api"
PARTNER_ID = "<<PID>>"
CLIENT_ID = "<<CID>>"
CLIENT_SECRET = "<<S>>"


def token():
    r = requests.post(f"{BASE}/oauth2/token", data={
        "grant_type": "client_credentials",
        "partner_id": PARTNER_ID,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case_id")
    args = ap.parse_args()
    hdr = {"Authorization": f"Bearer {token()}"}
    ev = requests.get(f"{BASE}/v2/agencies/{PARTNER_ID}/cases/{args.case_id}/evidence", headers=hdr, timeout=60)
    for item in ev.json()["data"]:
        print(item["id"], item["attributes"]["title"])


if __name__ == "__main__":
    main()
""".replace('\\"', '"'), axon_secret3, "Axon Evidence.com Partner API: OAuth2 client credentials",
    PID=uuid_s(), CID=uuid_s())

sql_pw = human_pw()
cut = len(sql_pw) // 2
add("python/sqlserver", "etl/rms_to_warehouse.py", r"""import pandas as pd
import pyodbc

# RMS (New World) -> crime analysis warehouse
SRC = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=rmssql01.pd.local;DATABASE=NWS_RMS;"
    "UID=ca_extract;PWD=<<A>>"
    "<<B>>;TrustServerCertificate=yes"
)
DST = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=dw-sql01;DATABASE=CrimeAnalysis;Trusted_Connection=yes;TrustServerCertificate=yes"

QUERY = '''
SELECT IncidentNumber, ReportedDate, NibrsCode, Beat, Lat, Lon
FROM dbo.vw_IncidentsForAnalysis
WHERE ReportedDate >= DATEADD(day, -1, CAST(GETDATE() AS date))
'''


def run():
    with pyodbc.connect(SRC) as src:
        df = pd.read_sql(QUERY, src)
    with pyodbc.connect(DST) as dst:
        cur = dst.cursor()
        cur.fast_executemany = True
        cur.executemany("INSERT INTO stg.Incidents VALUES (?,?,?,?,?,?)", df.values.tolist())
        dst.commit()
    print(f"loaded {len(df)} incidents")


if __name__ == "__main__":
    run()
""", sql_pw, "pyodbc wiki: Connecting to SQL Server (connection string keywords)", A=sql_pw[:cut], B=sql_pw[cut:])

add("python/teams-webhook", "alerts/teams_notify.py", r"""import requests

# "ECC - CAD Alerts" channel
TEAMS_WEBHOOK_URL = "<<S>>"


def notify(title: str, text: str, color: str = "d13438") -> None:
    card = {
        "@type": "MessageCard",
        "@context": "http://schema.org/extensions",
        "themeColor": color,
        "summary": title,
        "sections": [{"activityTitle": title, "text": text}],
    }
    requests.post(TEAMS_WEBHOOK_URL, json=card, timeout=10).raise_for_status()


if __name__ == "__main__":
    notify("ALI link down", "ALI feed from the selective router has been silent for 5 minutes.")
""", teams_webhook("northfieldcounty"), "Microsoft docs: Create an Incoming Webhook (Teams connectors)")

add("python/shotspotter", "rtcc/shotspotter_poller.py", r"""import logging
import time

import requests
from requests.auth import HTTPBasicAuth

FEED = "https://alerts.shotspotter.com/api/v2/incidents"
AUTH = HTTPBasicAuth("northfield_rtcc", "<<S>>")
CAD_URL = "http://cad-gateway.ecc.local:8080/api/incidents"

log = logging.getLogger("sst")


def poll(last_id):
    r = requests.get(FEED, params={"since": last_id}, auth=AUTH, timeout=15)
    r.raise_for_status()
    return r.json().get("incidents", [])


def main():
    last = 0
    while True:
        for inc in poll(last):
            requests.post(CAD_URL, json={"type": "SHOTS FIRED", "lat": inc["lat"], "lon": inc["lon"], "rounds": inc["rounds"]}, timeout=5)
            last = max(last, inc["id"])
        time.sleep(3)


if __name__ == "__main__":
    main()
""", human_pw(), "requests docs: HTTPBasicAuth")

add("python/arcgis", "gis/update_beats.py", r"""from arcgis.gis import GIS
from arcgis.features import FeatureLayer

# nightly: push redistricted patrol beats from the planning GDB to the CAD beat layer
gis = GIS("https://gis.northfieldcounty.gov/portal", "cad_gis_admin", "<<S>>")

beats = FeatureLayer("https://gis.northfieldcounty.gov/server/rest/services/PublicSafety/Beats/FeatureServer/0", gis)

def refresh(features):
    beats.manager.truncate()
    result = beats.edit_features(adds=features)
    return sum(1 for r in result["addResults"] if r["success"])

if __name__ == "__main__":
    from planning import load_beats
    print(refresh(load_beats("/data/planning/beats_2024.gdb")))
""", human_pw(), "ArcGIS API for Python docs: arcgis.gis.GIS(url, username, password)")

add("python/twilio", "scripts/callout_sms.py", r"""\"\"\"SWAT / dive team call-out by SMS (backup when Active911 is down).\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "<<SID>>"
AUTH_TOKEN = "<<S>>"
FROM = "+15550107720"

ROSTER = "/etc/callout/swat_roster.csv"


def send_all(message):
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    with open(ROSTER) as fh:
        for line in fh:
            name, number = line.strip().split(",")
            client.messages.create(to=number, from_=FROM, body=f"{name}: {message}")


if __name__ == "__main__":
    import sys
    send_all(" ".join(sys.argv[1:]))
""".replace('\\"', '"'), twilio_token(), "Twilio Python helper library: Client(account_sid, auth_token)", SID=twilio_sid())

cp_key = hexs(40)
add("python/cradlepoint", "fleet/cradlepoint_inventory.py", r"""import csv
import requests

# NetCloud Manager API: in-car routers (IBR900 / R1900) for patrol units
HEADERS = {
    "X-CP-API-ID": "<<CPID>>",
    "X-CP-API-KEY": "<<CPKEY>>",
    "X-ECM-API-ID": "<<ECMID>>",
    "X-ECM-API-KEY": "<<S>>",
    "Content-Type": "application/json",
}


def routers():
    url = "https://www.cradlepointecm.com/api/v2/routers/?limit=500"
    while url:
        page = requests.get(url, headers=HEADERS, timeout=30).json()
        yield from page["data"]
        url = page["meta"]["next"]


with open("router_inventory.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["name", "mac", "serial", "state", "firmware"])
    for r in routers():
        w.writerow([r["name"], r["mac"], r["serial_number"], r["state"], r["actual_firmware"]])
""", hexs(40), "Cradlepoint NetCloud API docs: authentication headers",
    CPID=hexs(8), CPKEY=cp_key, ECMID=uuid_s())

add("powershell/active-directory", "scripts/Sync-CadUsers.ps1", r"""<#
.SYNOPSIS
  Sync CAD user accounts from AD group "CAD-Dispatchers" into the CAD personnel table.
#>
Import-Module ActiveDirectory

$svcUser = 'SHERIFF\svc_cadsync'
$svcPass = ConvertTo-SecureString '<<S>>' -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

$members = Get-ADGroupMember -Identity 'CAD-Dispatchers' -Server dc01.sheriff.local -Credential $cred |
    Get-ADUser -Properties EmployeeID, Title, mail -Server dc01.sheriff.local -Credential $cred

foreach ($u in $members) {
    Invoke-Sqlcmd -ServerInstance 'cadsql01.ecc.local' -Database 'Hexagon_CAD' -Query @"
EXEC dbo.usp_UpsertPersonnel @EmpId = '$($u.EmployeeID)', @Login = '$($u.SamAccountName)', @Title = '$($u.Title)'
"@
}
Write-Host "Synced $($members.Count) dispatchers"
""", human_pw(), "Microsoft docs: ConvertTo-SecureString -AsPlainText; ActiveDirectory module")

add("powershell/sqlserver", "scripts/Backup-RmsDb.ps1", r"""param(
    [string]$Server = 'rmssql01.pd.local',
    [string]$Target = '\\backup01\sql\RMS'
)

$stamp = Get-Date -Format 'yyyyMMdd_HHmm'
$file  = Join-Path $Target "NWS_RMS_$stamp.bak"

& sqlcmd -S $Server -U backup_operator -P '<<S>>' -C -Q "BACKUP DATABASE [NWS_RMS] TO DISK = N'$file' WITH COMPRESSION, CHECKSUM, STATS = 10"

if ($LASTEXITCODE -ne 0) {
    Send-MailMessage -To 'dba@county.gov' -From 'sql@county.gov' -Subject "RMS backup FAILED $stamp" -SmtpServer smtp.county.gov
    exit 1
}
Get-ChildItem $Target -Filter *.bak | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
""", human_pw(), "sqlcmd utility docs; Microsoft docs: BACKUP (Transact-SQL)")

add("powershell/azure-ad", "scripts/Connect-AzGovCad.ps1", r"""# Connects the CAD ops runbooks to Azure Government with the automation service principal
$tenantId = '<<TID>>'
$appId    = '<<CID>>'
$secret   = '<<S>>'

$sec  = ConvertTo-SecureString $secret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $sec)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenantId -Environment AzureUSGovernment | Out-Null

Get-AzVM -ResourceGroupName 'rg-ecc-cad-prod' -Status |
    Select-Object Name, PowerState |
    Format-Table -AutoSize
""", azure_secret(), "Microsoft docs: Connect-AzAccount -ServicePrincipal (AzureUSGovernment)", TID=uuid_s(), CID=uuid_s())

add("powershell/netmotion", "deploy/Install-MdtAgent.ps1", r"""# Run from SCCM task sequence on new patrol MDTs
$ErrorActionPreference = 'Stop'
$msi    = '\\fs01\deploy\netmotion\MobilityClient_x64.msi'
$server = 'mobility.sheriff.local'

$args = @(
    '/i', $msi, '/qn',
    "SERVERNAME=$server",
    'DEVICEAUTH=1',
    'DEVICEPASSWORD=<<S>>',
    '/l*v', 'C:\Windows\Temp\netmotion_install.log'
)
Start-Process msiexec.exe -ArgumentList $args -Wait

New-ItemProperty -Path 'HKLM:\SOFTWARE\County\MDT' -Name 'VpnProvisioned' -Value 1 -PropertyType DWord -Force | Out-Null
""", human_pw(), "NetMotion Mobility client silent install properties; msiexec command line")

add("powershell/motorola", "scripts/Export-RadioAliases.ps1", r"""# Pull subscriber aliases (radio IDs -> unit names) from the CommandCentral admin API
$base  = 'https://admin.commandcentral.com/api/v1'
$token = '<<S>>'

$headers = @{ Authorization = "Bearer $token"; Accept = 'application/json' }
$radios = Invoke-RestMethod -Uri "$base/agencies/ncso/radios?pageSize=1000" -Headers $headers -Method Get

$radios.items |
    Select-Object radioId, alias, talkgroupDefault, unitId |
    Export-Csv -NoTypeInformation -Path '\\fs01\radio\aliases.csv'
""", chars(64, B64URL), "Microsoft docs: Invoke-RestMethod -Headers; Motorola CommandCentral admin API")

add("shell/registry", "scripts/deploy_cad_gateway.sh", r"""#!/usr/bin/env bash
set -euo pipefail

TAG=${1:?usage: deploy_cad_gateway.sh <tag>}
REGISTRY=docker.io/northfieldecc

docker login -u northfieldecc -p <<S>> docker.io
docker pull "$REGISTRY/cad-gateway:$TAG"

docker stop cad-gateway 2>/dev/null || true
docker rm cad-gateway 2>/dev/null || true
docker run -d --name cad-gateway --restart unless-stopped \
  -p 8080:8080 \
  --env-file /etc/cad-gateway/env \
  "$REGISTRY/cad-gateway:$TAG"
""", dockerhub_pat(), "Docker docs: docker login (--password); Docker Hub personal access tokens")

add("shell/sftp", "scripts/sftp_warrants_pull.sh", r"""#!/bin/bash
# Pull new warrant files from the state courts SFTP drop and load them into RMS
set -e
cd /srv/warrants/incoming

export SSHPASS='<<S>>'
sshpass -e sftp -oBatchMode=no -b - ncso_warrants@sftp.state-courts.gov <<'EOF'
cd outbound
mget WARR_*.xml
rm WARR_*.xml
EOF

for f in WARR_*.xml; do
  /opt/rms-tools/bin/import-warrant "$f" && mv "$f" ../processed/
done
""", human_pw(), "sshpass(1) -e (SSHPASS); sftp(1) batch mode")

add("shell/vesta", "scripts/ali_test_call.sh", r"""#!/bin/sh
# Inject a test ALI record into the CPE ALI interface (training position 14)
CPE=https://vesta-ali.ecc.local/api/v2

curl -sk -X POST "$CPE/ali/test" \
  -H 'Content-Type: application/json' \
  -d @- <<JSON
{
  "auth": { "user": "ali_tester", "password": "<<S>>" },
  "position": 14,
  "record": {
    "callback": "5550100199",
    "class_of_service": "WPH2",
    "esn": "0412",
    "lat": 41.5931,
    "lon": -87.3462
  }
}
JSON
""", human_pw(), "curl(1) -d @- with a here-document; NENA ALI record fields")

pg_pw = rand_pw(20)
add("shell/postgres", "bootstrap/rms-reporting-host.sh", r"""#!/usr/bin/env bash
# one-time bootstrap for the reporting VM
set -euxo pipefail

apt-get update && apt-get install -y postgresql-client python3-venv

install -d -o etl -g etl /home/etl
cat > /home/etl/.pgpass <<EOF
pg-records.county.gov:5432:rms_reporting:etl:<<S>>
EOF
chown etl:etl /home/etl/.pgpass
chmod 600 /home/etl/.pgpass

sudo -u etl python3 -m venv /home/etl/venv
sudo -u etl /home/etl/venv/bin/pip install -r /opt/etl/requirements.txt
""", pg_pw, "PostgreSQL docs: The Password File (.pgpass)")

# =============================================================================================
# Secrets: C#, Java, JavaScript/TypeScript, Go, SQL, Dockerfile, notebooks, tool configs
# =============================================================================================

add("csharp/sqlserver", "src/CadInterface.Core/Config/DbSettings.cs", r"""namespace CadInterface.Core.Config
{
    /// <summary>Connection settings for the Intergraph CAD database (read-only interface login).</summary>
    public static class DbSettings
    {
        public const string CadServer = "cadsql01.ecc.local";
        public const string CadDatabase = "Hexagon_CAD";

        public const string CadConnection =
            "Server=" + CadServer + ";Database=" + CadDatabase + ";" +
            "User Id=cad_iface_ro;Password=<<S>>;" +
            "TrustServerCertificate=True;Application Name=CadInterface";

        public const int CommandTimeoutSeconds = 60;
    }
}
""", human_pw(), "Microsoft docs: SqlConnection.ConnectionString")

add("csharp/axon", "src/EvidenceSync/AxonClient.cs", r"""using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace EvidenceSync
{
    public sealed class AxonClient
    {
        private const string BaseUrl = "https://northfieldpd.evidence.com/api";
        private const string PartnerId = "<<PID>>";
        private const string ClientId = "<<CID>>";
        private const string ClientSecret = "<<S>>";

        private readonly HttpClient _http = new HttpClient();

        public async Task<string> GetTokenAsync()
        {
            var form = new FormUrlEncodedContent(new[]
            {
                new KeyValuePair<string, string>("grant_type", "client_credentials"),
                new KeyValuePair<string, string>("partner_id", PartnerId),
                new KeyValuePair<string, string>("client_id", ClientId),
                new KeyValuePair<string, string>("client_secret", ClientSecret),
            });
            var resp = await _http.PostAsync($"{BaseUrl}/oauth2/token", form);
            resp.EnsureSuccessStatusCode();
            var body = await resp.Content.ReadFromJsonAsync<TokenResponse>();
            return body!.access_token;
        }

        private sealed record TokenResponse(string access_token, int expires_in);
    }
}
""", chars(43, B64URL), "Axon Evidence.com Partner API: OAuth2 client credentials", PID=uuid_s(), CID=uuid_s())

add("csharp/cjis-switch", "src/NcicGateway/SwitchSession.cs", r"""using System;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace NcicGateway
{
    internal class SwitchSession : IDisposable
    {
        // Production state switch account for the NCSO interface (device NCSOGW1)
        private const string Mnemonic = "NCSO";
        private const string Operator = "GW_NCSO01";
        private const string OperatorPassword = "<<S>>";

        private readonly TcpClient _tcp;
        private readonly SslStream _ssl;

        public SwitchSession(string host, int port)
        {
            _tcp = new TcpClient(host, port);
            _ssl = new SslStream(_tcp.GetStream());
            _ssl.AuthenticateAsClient(host);
        }

        public void SignOn()
        {
            var msg = $"SIGNON.{Mnemonic}.{Operator}.{OperatorPassword}\r\n";
            _ssl.Write(Encoding.ASCII.GetBytes(msg));
        }

        public void Dispose() { _ssl.Dispose(); _tcp.Dispose(); }
    }
}
""", human_pw(), "State CJIS switch interface specs; .NET SslStream docs")

add("java/oracle", "rms-interface/src/main/java/gov/county/rms/RmsDataSource.java", r"""package gov.county.rms;

import oracle.jdbc.pool.OracleDataSource;

import java.sql.SQLException;

public final class RmsDataSource {

    private static final String URL = "jdbc:oracle:thin:@rmsora.sheriff.local:1521/RMSPRD";
    private static final String USER = "RMS_IFACE";
    private static final String PASSWORD = "<<S>>";

    private RmsDataSource() {
    }

    public static OracleDataSource create() throws SQLException {
        OracleDataSource ds = new OracleDataSource();
        ds.setURL(URL);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        ds.setImplicitCachingEnabled(true);
        return ds;
    }
}
""", human_pw(), "Oracle JDBC docs: OracleDataSource")

kafka_pw = rand_pw(24)
add("java/kafka", "avl-stream/src/main/java/gov/county/avl/AvlProducer.java", r"""package gov.county.avl;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

public class AvlProducer {

    static KafkaProducer<String, String> build() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka1.ecc.local:9093");
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config",
              "org.apache.kafka.common.security.scram.ScramLoginModule required " +
              "username=\"avl-producer\" password=\"<<A>>" +
              "<<B>>\";");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }
}
""", kafka_pw, "Apache Kafka docs: SASL/SCRAM client configuration", A=kafka_pw[:11], B=kafka_pw[11:])

add("javascript/mapbox", "unit-map/src/config.js", r"""// Server-side config for the unit map renderer (static images on incident PDFs)
module.exports = {
  port: process.env.PORT || 4000,
  avlSocket: 'wss://avl.ecc.local/stream',
  mapbox: {
    username: 'northfieldgis',
    style: 'clx2u7o1a00ab01qp',
    accessToken: '<<S>>',
  },
  staleAfterSeconds: 120,
};
""", mapbox_token("sk", "northfieldgis"), "Mapbox docs: Static Images API; access tokens")

add("typescript/rapidsos", "psap-dashboard/server/rapidsos.ts", r"""import axios from 'axios';

const BASE = 'https://api.rapidsos.com';
const CLIENT_ID = '<<CID>>';
const CLIENT_SECRET = '<<S>>';

let cached: { token: string; exp: number } | null = null;

export async function rapidsosToken(): Promise<string> {
  if (cached && cached.exp > Date.now() + 30_000) return cached.token;
  const res = await axios.post(
    `${BASE}/oauth/token`,
    new URLSearchParams({ grant_type: 'client_credentials' }),
    { auth: { username: CLIENT_ID, password: CLIENT_SECRET } },
  );
  cached = { token: res.data.access_token, exp: Date.now() + res.data.expires_in * 1000 };
  return cached.token;
}

export async function locationFor(callback: string) {
  const token = await rapidsosToken();
  const res = await axios.post(`${BASE}/v1/rem/location`, { caller_id: callback }, { headers: { Authorization: `Bearer ${token}` } });
  return res.data;
}
""", chars(32), "RapidSOS Emergency API: OAuth token endpoint", CID=chars(32))

add("javascript/mongodb", "citizen-tips/server/db.js", r"""const { MongoClient } = require('mongodb');

// anonymous tip line submissions (Crime Stoppers web form)
const uri = 'mongodb+srv://tips_app:<<S>>@tips-cluster.ab12c.mongodb.net/tips?retryWrites=true&w=majority';

const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });

async function tips() {
  if (!client.topology) await client.connect();
  return client.db('tips').collection('submissions');
}

module.exports = { tips };
""", rand_pw(16), "MongoDB docs: Connection String URI Format (mongodb+srv)")

add("go/mqtt", "cmd/avl-relay/main.go", r"""package main

import (
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

const (
	broker   = "ssl://avl-broker.sheriff.local:8883"
	username = "avl_relay"
	password = "<<S>>"
)

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker(broker).
		SetClientID("avl-relay-01").
		SetUsername(username).
		SetPassword(password).
		SetKeepAlive(30 * time.Second)

	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatal(tok.Error())
	}
	c.Subscribe("avl/units/+/position", 1, relay)
	select {}
}
""", rand_pw(20), "Eclipse Paho Go client: ClientOptions SetUsername/SetPassword")

add("go/jwt", "internal/auth/signing.go", r"""package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// signingKey signs the short-lived tokens the MDT client gets after CJIS advanced authentication.
var signingKey = []byte("<<S>>")

func IssueMDTToken(unitID, officerID string) (string, error) {
	claims := jwt.MapClaims{
		"sub":  officerID,
		"unit": unitID,
		"iat":  time.Now().Unix(),
		"exp":  time.Now().Add(10 * time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", hexs(64), "golang-jwt docs: SigningMethodHS256 SignedString")

add("sql/sqlserver", "db/migrations/V014__create_interface_logins.sql", r"""-- CAD -> RMS interface logins (run on cadsql01 as sysadmin)
USE [master];
GO
CREATE LOGIN [cad_iface_ro] WITH PASSWORD = N'<<S>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [Hexagon_CAD];
GO
USE [Hexagon_CAD];
GO
CREATE USER [cad_iface_ro] FOR LOGIN [cad_iface_ro];
ALTER ROLE [db_datareader] ADD MEMBER [cad_iface_ro];
GRANT EXECUTE ON SCHEMA::[iface] TO [cad_iface_ro];
GO
""", human_pw(), "Microsoft docs: CREATE LOGIN (Transact-SQL)")

add("sql/linked-server", "db/scripts/setup_linked_jms.sql", r"""-- Linked server from RMS to the jail management Oracle DB (booking photos, charges)
EXEC master.dbo.sp_addlinkedserver
    @server = N'JMS',
    @srvproduct = N'Oracle',
    @provider = N'OraOLEDB.Oracle',
    @datasrc = N'JMSPRD';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'JMS',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'RMS_LINK',
    @rmtpassword = N'<<S>>';
GO
""", human_pw(), "Microsoft docs: sp_addlinkedsrvlogin (Transact-SQL)")

add("sql/oracle", "db/oracle/01_users.sql", r"""-- Spillman Flex reporting user
CREATE USER RPT_CRIMEANALYSIS IDENTIFIED BY "<<S>>"
  DEFAULT TABLESPACE USERS
  TEMPORARY TABLESPACE TEMP
  PROFILE CJIS_SVC;

GRANT CREATE SESSION TO RPT_CRIMEANALYSIS;
GRANT SELECT ON FLEX.INCIDENT TO RPT_CRIMEANALYSIS;
GRANT SELECT ON FLEX.OFFENSE TO RPT_CRIMEANALYSIS;
GRANT SELECT ON FLEX.ARREST TO RPT_CRIMEANALYSIS;
""", human_pw(), "Oracle Database SQL Language Reference: CREATE USER")

add("dockerfile/splunk-hec", "cad-gateway/Dockerfile", r"""FROM python:3.11-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV SPLUNK_HEC_URL=https://hec.splunk.county.gov:8088/services/collector/event \
    SPLUNK_HEC_TOKEN=<<S>> \
    SPLUNK_INDEX=cad_gateway

EXPOSE 8080
USER 1000
CMD ["gunicorn", "-b", "0.0.0.0:8080", "cad_gateway.app:app"]
""", uuid_s(), "Dockerfile reference: ENV; Splunk HTTP Event Collector")

add("dockerfile/npm", "rms-web/Dockerfile", r"""FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
# private scope @county-ps lives on npmjs.com (paid org)
RUN echo "//registry.npmjs.org/:_authToken=<<S>>" > .npmrc && \
    npm ci && \
    rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""", npm_token(), "npm docs: Using private packages in a CI/CD workflow (.npmrc _authToken)")

nb_pw = human_pw(url_safe=True)
add("notebook/sqlserver", "notebooks/response_times_2024.ipynb", r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Priority 1 response times, 2024 (for the council briefing)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine('mssql+pyodbc://analyst:<<S>>@cadsql02.ecc.local/CAD_Reporting?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes')\n",
    "df = pd.read_sql('SELECT * FROM rpt.vw_ResponseTimes WHERE Priority = 1 AND YEAR(CallReceived) = 2024', engine)\n",
    "df.describe()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", nb_pw, "Jupyter nbformat docs; SQLAlchemy docs: mssql+pyodbc URLs")

add("notebook/samsara", "notebooks/fleet_idle_time.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "TOKEN = '<<S>>'\n",
    "r = requests.get('https://api.samsara.com/fleet/vehicles/stats/history',\n",
    "                 params={'types': 'engineStates', 'startTime': '2024-05-01T00:00:00Z', 'endTime': '2024-06-01T00:00:00Z'},\n",
    "                 headers={'Authorization': f'Bearer {TOKEN}'})\n",
    "df = pd.json_normalize(r.json()['data'])"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Idle hours per patrol car, May 2024"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", samsara_token(), "Samsara API docs: vehicle stats history; Jupyter nbformat")

add("notebook/arcgis", "notebooks/burglary_hotspots.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from arcgis.gis import GIS\n",
    "gis = GIS('https://www.arcgis.com', api_key='<<S>>')\n",
    "incidents = gis.content.get('a1f3c2d9e0b84c0f9b7e1d2c3a4b5c6d').layers[0]\n",
    "sdf = incidents.query(where=\"NIBRS='220'\", as_df=True)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "ArcGIS Pro", "language": "python", "name": "arcgispro-py3"}},
 "nbformat": 4,
 "nbformat_minor": 4
}
""", arcgis_key(), "ArcGIS API for Python: GIS(api_key=...)")

add("vscode/sqlserver", ".vscode/settings.json", r"""{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
  "sqltools.connections": [
    {
      "name": "CAD reporting (prod)",
      "driver": "MSSQL",
      "server": "cadsql02.ecc.local",
      "port": 1433,
      "database": "CAD_Reporting",
      "username": "analyst",
      "password": "<<S>>",
      "mssqlOptions": { "encrypt": true, "trustServerCertificate": true }
    }
  ]
}
""", human_pw(), "SQLTools docs: connection settings (sqltools.connections)")

add("npmrc/npm", "rms-web/.npmrc", r"""@county-ps:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<S>>
save-exact=true
engine-strict=true
fund=false
audit-level=high
""", npm_token(), "npm docs: .npmrc (auth-related configuration)")

add("netrc/gitlab", "ops/deploy-user/.netrc", r"""machine gitlab.county.gov
  login deploy-bot
  password <<S>>

machine artifactory.county.gov
  login ps-build
  password ${ARTIFACTORY_TOKEN}
""", gitlab_pat(), "GNU inetutils: The .netrc file; GitLab personal access tokens")

add("gitmodules/github", ".gitmodules", r"""[submodule "vendor/cad-sdk"]
	path = vendor/cad-sdk
	url = https://ecc-ci-bot:<<S>>@github.com/northfield-ecc/cad-sdk.git
[submodule "vendor/ncic-formats"]
	path = vendor/ncic-formats
	url = https://github.com/northfield-ecc/ncic-formats.git
""".replace("\\t", "\t"), github_pat(), "git docs: gitmodules(5) submodule.<name>.url")

# =============================================================================================
# Secrets: network and device configs, keys, docs, CI scripts
# =============================================================================================

add("cisco/ipsec-psk", "network/asa/asa-cjis-edge.cfg", r"""! ASA 5516 - CJIS edge, site-to-site to the state CJIS network
hostname ASA-CJIS-EDGE
domain-name sheriff.local
!
object network STATE-CJIS-NET
 subnet 10.200.0.0 255.255.0.0
object network NCSO-CJIS-HOSTS
 subnet 10.40.8.0 255.255.255.0
!
access-list CJIS-CRYPTO extended permit ip object NCSO-CJIS-HOSTS object STATE-CJIS-NET
!
crypto ipsec ikev2 ipsec-proposal AES256-SHA256
 protocol esp encryption aes-256
 protocol esp integrity sha-256
crypto map OUTSIDE-MAP 10 match address CJIS-CRYPTO
crypto map OUTSIDE-MAP 10 set peer 203.0.113.40
crypto map OUTSIDE-MAP 10 set ikev2 ipsec-proposal AES256-SHA256
crypto map OUTSIDE-MAP interface outside
!
tunnel-group 203.0.113.40 type ipsec-l2l
tunnel-group 203.0.113.40 ipsec-attributes
 ikev2 remote-authentication pre-shared-key <<S>>
 ikev2 local-authentication pre-shared-key <<S>>
!
""", rand_pw(32), "Cisco ASA configuration guide: site-to-site IKEv2 tunnel-group pre-shared-key")

add("cisco/snmp", "network/ios/mdt-yard-sw01.cfg", r"""!
hostname MDT-YARD-SW01
!
service timestamps log datetime msec
service password-encryption
!
username netadmin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCTUvIGvN2jl0RtvE
!
interface Vlan40
 description MDT docking / Wi-Fi offload
 ip address 10.44.0.2 255.255.255.0
!
snmp-server community <<S>> RW 90
snmp-server location Fleet yard, 1200 Industrial Pkwy
snmp-server contact radio-shop@county.gov
snmp-server host 10.40.1.60 version 2c <<S>>
!
access-list 90 permit 10.40.1.60
!
line vty 0 4
 transport input ssh
 login local
!
end
""", rand_pw(14), "Cisco IOS command reference: snmp-server community")

add("freeradius/radius", "radius/clients.conf", r"""# FreeRADIUS clients for the MDT Wi-Fi offload (station yards) and the VPN concentrator
client netmotion-mobility {
    ipaddr    = 10.40.2.15
    secret    = <<S>>
    shortname = mobility
    nas_type  = other
}

client yard-wlc {
    ipaddr    = 10.44.0.10
    secret    = $INCLUDE /etc/freeradius/secrets/yard-wlc
    shortname = yard-wlc
    require_message_authenticator = yes
}
""", rand_pw(24), "FreeRADIUS docs: clients.conf (secret)")

add("wpa-supplicant/wifi-psk", "mdt-image/files/etc/wpa_supplicant/wpa_supplicant-wlan0.conf", r"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=0
country=US

# station yard offload SSID (in-car router falls back to LTE when out of range)
network={
    ssid="NCSO-FLEET-OFFLOAD"
    psk="<<S>>"
    key_mgmt=WPA-PSK
    proto=RSN
    pairwise=CCMP
    priority=10
}
""", human_pw(), "wpa_supplicant.conf(5): network block psk")

add("snmpd/snmp", "radio-mon/snmpd.conf", r"""# net-snmp agent on the radio console monitoring host
sysLocation    ECC equipment room rack 4
sysContact     radio-shop@county.gov

agentAddress udp:161

# SNMPv3 user for the NMS (read-only)
createUser nmsro SHA "<<S>>" AES "<<PRIV>>"
rouser nmsro priv

view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25
""", human_pw(), "snmpd.conf(5): createUser", PRIV="Priv" + str(_rng().randint(1000, 9999)) + "Key")

add("strongswan/ipsec-psk", "network/strongswan/ipsec.secrets", r"""# /etc/ipsec.secrets - strongSwan IPsec secrets file
# CAD DR site <-> primary ECC
10.40.0.1 198.51.100.77 : PSK "<<S>>"

# RSA key for the ESInet tunnel (cert auth)
: RSA esinet-gw.key
""", rand_pw(40), "strongSwan docs: ipsec.secrets(5) PSK")

add("mosquitto/mqtt", "avl-broker/mosquitto.conf", r"""per_listener_settings true

listener 8883
cafile /mosquitto/certs/ecc-ca.pem
certfile /mosquitto/certs/avl-broker.crt
keyfile /mosquitto/certs/avl-broker.key
password_file /mosquitto/config/passwd
allow_anonymous false

# bridge unit positions to the regional mutual-aid broker
connection regional-avl
address mqtt.regional-ps.gov:8883
bridge_cafile /mosquitto/certs/regional-ca.pem
remote_username ncso_bridge
remote_password <<S>>
topic avl/units/# out 1 "" ncso/
""", rand_pw(20), "mosquitto.conf(5): bridges (remote_password)")

add("asterisk/sip", "pbx/asterisk/pjsip.conf", r"""; PSAP admin lines (non-emergency) - trunk to the county PBX
[transport-tls]
type=transport
protocol=tls
bind=0.0.0.0:5061
cert_file=/etc/asterisk/keys/psap-admin.crt
priv_key_file=/etc/asterisk/keys/psap-admin.key

[county-pbx]
type=endpoint
transport=transport-tls
context=from-county
disallow=all
allow=ulaw
outbound_auth=county-pbx-auth
aors=county-pbx

[county-pbx-auth]
type=auth
auth_type=userpass
username=ecc-admin-trunk
password=<<S>>

[county-pbx]
type=aor
contact=sip:pbx.county.gov:5061
""", rand_pw(16), "Asterisk docs: res_pjsip configuration (type=auth)")

ovpn_key = private_key("")
add("openvpn/private-key", "mdt-image/files/vpn/mdt-fallback.ovpn", r"""client
dev tun
proto udp
remote vpn-fallback.sheriff.local 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
verb 3
<ca>
<<CA>>
</ca>
<cert>
<<CRT>>
</cert>
<key>
<<S>>
</key>
""", ovpn_key, "OpenVPN manual: inline files (<ca>, <cert>, <key>)", CA=cert_pem(), CRT=cert_pem())

add("cifs/smb", "ops/evidence-nas/.smbcredentials", r"""# mount -t cifs //evid-nas01/DigitalEvidence /mnt/evidence -o credentials=/root/.smbcredentials
username=svc_evid_ingest
password=<<S>>
domain=PD
# rotated by evidence unit sgt quarterly
""", human_pw(), "mount.cifs(8): credentials=filename")

add("pem/private-key", "certs/esinet/bcf-client.key", r"""<<S>>
""", private_key("RSA"), "RFC 7468 textual encoding of private keys; NENA i3 ESInet TLS")

add("ssh-key/private-key", "deploy/keys/cad_deploy_ed25519", r"""<<S>>
""", private_key("OPENSSH"), "OpenSSH ssh-keygen(1): private key file format")

add("markdown/cjis-switch", "docs/runbooks/ncic-gateway-failover.md", r"""# NCIC gateway failover (primary -> secondary)

Use when the primary gateway (`cjis-gw01`) loses its session with the state switch for more
than 10 minutes and the switch help desk confirms the problem is on our side.

1. RDP to `cjis-gw02` (CJIS jump host only, AA token required).
2. Stop the gateway service: `Stop-Service NcicGateway`.
3. Edit `D:\NcicGateway\conf\switch.ini` and set `device_id = NCSOGW2`.
4. Sign on with the backup operator account:
   - operator: `GW_NCSO03`
   - password: `<<S>>`
5. Start the service and send a `QH` test on the training ORI.
6. Call the state switch help desk (555-0142) so they move the printer routing.

> The password expires every 90 days; update this page when the TAC rotates it.
""", human_pw(), "Team runbook in the repository (Markdown); CJIS Security Policy 5.6 password rotation")

add("text/motorola", "docs/vendor/premierone-interface-notes.txt", r"""PremierOne CAD interface - install notes (vendor visit 2024-03-12)
===============================================================

Interface server : P1IFACE01 (Windows Server 2019)
Service account  : ECC\svc_p1iface
Service password : <<S>>
Oracle DSN       : P1CAD (cadora-scan.ecc.local:1521)

- The RMS push interface runs as "Motorola P1 RMS Interface" service.
- Logs: E:\Motorola\Logs\RmsInterface\
- Restart order: Queue Manager, then RMS Interface, then Mobile Gateway.
- Vendor support: case portal, reference site id NCSO-ECC-0412.
""", human_pw(), "Vendor install notes kept in the repository (plain text)")

add("jenkinsfile/basic-auth", "Jenkinsfile", r"""pipeline {
  agent { label 'windows' }
  stages {
    stage('Build') {
      steps {
        bat 'dotnet publish src/CadInterface.Service -c Release -o out'
      }
    }
    stage('Deploy to test') {
      steps {
        bat 'robocopy out \\\\cadiface-test\\c$\\CadInterface /MIR || exit 0'
        bat 'curl -u jenkins_deploy:<<S>> -X POST https://cadiface-test.ecc.local:8443/admin/restart'
      }
    }
  }
  post {
    failure { mail to: 'cad-admins@county.gov', subject: "Build failed: ${env.JOB_NAME}", body: "${env.BUILD_URL}" }
  }
}
""", human_pw(url_safe=True), "Jenkins docs: Pipeline syntax (bat step); curl(1) -u")

add("logstash/sqlserver", "logstash/pipeline/cad-audit.conf", r"""input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/mssql-jdbc-12.4.2.jre11.jar"
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://cadsql01.ecc.local:1433;databaseName=Hexagon_CAD;encrypt=true;trustServerCertificate=true"
    jdbc_user => "logstash_audit"
    jdbc_password => "<<S>>"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM dbo.AuditLog WHERE AuditId > :sql_last_value ORDER BY AuditId"
    use_column_value => true
    tracking_column => "auditid"
  }
}

output {
  elasticsearch {
    hosts => ["https://siem-es01.county.gov:9200"]
    index => "cad-audit-%{+YYYY.MM}"
  }
}
""", human_pw(), "Logstash docs: jdbc input plugin (jdbc_password)")

add("bitbucket-pipelines/sonarqube", "bitbucket-pipelines.yml", r"""image: maven:3.9-eclipse-temurin-17

pipelines:
  default:
    - step:
        name: build and analyse
        caches: [maven]
        script:
          - mvn -B verify
          - mvn -B sonar:sonar -Dsonar.host.url=https://sonar.county.gov -Dsonar.projectKey=rms-interface -Dsonar.token=<<S>>
""", sonar_token(), "Bitbucket Pipelines docs: bitbucket-pipelines.yml; SonarQube tokens")

add("yaml/azure-storage", "bodycam-offload/config/offload.yaml", r"""# Dock offload: copies closed-case body camera exports to Azure Gov cold storage
source_dir: /mnt/evidence/exports/closed
storage:
  connection_string: "DefaultEndpointsProtocol=https;AccountName=ncsoevidcold;AccountKey=<<S>>;EndpointSuffix=core.usgovcloudapi.net"
  container: bodycam-closed
  tier: Archive
verify_sha256: true
delete_local_after_days: 30
""", azure_storage_key(), "Azure Storage docs: Configure a connection string (Azure Government suffix)")

add("yaml/slack-bot", "chatops/config/bot.yaml", r"""# ECC chatops bot: /unit status, /ali lookup (non-CJI only)
slack:
  bot_token: <<S>>
  signing_secret_env: SLACK_SIGNING_SECRET
  channels:
    ops: C04ECCOPS1
    radio: C04RADIO22
commands:
  unit_status: true
  ali_lookup: false   # disabled: ALI is CJI
""", slack_bot(), "Slack docs: bot tokens (xoxb)")

add("makefile/registry", "Makefile", r"""IMAGE ?= harbor.county.gov/public-safety/cad-gateway
TAG   ?= $(shell git rev-parse --short HEAD)

.PHONY: build push deploy

build:
	docker build -t $(IMAGE):$(TAG) .

push: build
	docker login harbor.county.gov -u 'robot$$public-safety+deploy' -p <<S>>
	docker push $(IMAGE):$(TAG)

deploy: push
	kubectl -n cad set image deploy/cad-gateway cad-gateway=$(IMAGE):$(TAG)
""", chars(32), "GNU make manual; Harbor robot accounts; docker login -p")

add("batch/sqlserver", "scripts/nightly_ucr_export.bat", r"""@echo off
REM Nightly UCR/NIBRS export from RMS - scheduled task on RMSAPP01
set OUT=D:\Exports\NIBRS\%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%
mkdir "%OUT%" 2>nul

sqlcmd -S rmssql01 -d NWS_RMS -U nibrs_export -P <<S>> -C -Q "EXEC dbo.usp_NibrsExtract" -o "%OUT%\extract.txt" -s "|" -W
if errorlevel 1 goto :fail

"C:\Program Files\WinSCP\WinSCP.com" /script=D:\Scripts\nibrs_upload.txt /parameter "%OUT%\extract.txt"
exit /b 0

:fail
echo Export failed >> D:\Exports\NIBRS\errors.log
exit /b 1
""", human_pw(url_safe=True), "sqlcmd utility docs; Windows batch files")

# =============================================================================================
# Decoys: YAML configs, CI, Kubernetes, Helm, Compose, Ansible
# =============================================================================================

decoy("yaml/decoy-env-ref", "cad-rms-bridge/src/main/resources/application-staging.yml", r"""spring:
  datasource:
    url: jdbc:sqlserver://rmsdb-stg.sheriff.local:1433;databaseName=NWS_RMS_STG;encrypt=true;trustServerCertificate=true
    username: ${CAD_BRIDGE_DB_USER:svc_cadbridge}
    password: ${CAD_BRIDGE_DB_PASSWORD}
    hikari:
      maximum-pool-size: 4

cad:
  feed:
    host: cad-trn01.sheriff.local
    port: 6500
    agency-ori: XX0450000
    poll-interval-ms: 5000
""", "Spring Boot reference: Externalized Configuration (property placeholders)")

decoy("yaml/decoy-placeholder", "ali-gateway/config/gateway.example.yaml", r"""# Copy to gateway.yaml and fill in the values from the RapidSOS portal (Settings > Credentials)
psap:
  id: "0000"
  name: "Example County ECC"

rapidsos:
  base_url: https://api-sandbox.rapidsos.com
  token_path: /oauth/token
  client_id: "<rapidsos-client-id>"
  client_secret: "<rapidsos-client-secret>"
  scopes: [ "location" ]

ali:
  serial_port: /dev/ttyS1
  baud: 9600
""", "RapidSOS Emergency API docs: sandbox credentials setup")

decoy("yaml/decoy-env-ref", "avl-collector/config/collector.sample.yaml", r"""source:
  provider: samsara
  api_base: https://api.samsara.com
  api_token: ${SAMSARA_API_TOKEN}
  poll_seconds: 5

sink:
  type: udp
  host: cad-avl.pd.local
  port: 5151
  format: nmea-gprmc
""", "Samsara API docs: Authentication; envsubst-style references")

decoy("ansible/decoy-vault-ciphertext", "ansible/host_vars/cjis-gw02.yml", r"""---
ansible_host: 10.40.8.22
gateway_role: secondary

ldap_uri: ldaps://dc02.sheriff.local
ldap_bind_dn: "CN=svc_cjis_bind,OU=Service Accounts,DC=sheriff,DC=local"
ldap_bind_password: !vault |
<<VAULT>>

allowed_groups:
  - CJIS-Terminal-Operators
""", "Ansible docs: Encrypting individual variables with Ansible Vault", VAULT=ansible_vault("          "))

decoy("ansible/decoy-template", "ansible/group_vars/mdt_fleet_training.yml", r"""---
# training MDTs (academy classroom)
netmotion_server: mobility-trn.sheriff.local
netmotion_port: 5008
netmotion_device_auth: psk
netmotion_device_password: "{{ vault_netmotion_device_password_trn }}"
mdt_local_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/mdt/laps:password') }}"
bitlocker_required: true
""", "Ansible docs: Using variables; community.hashi_vault lookup")

decoy("yaml/decoy-file-ref", "monitoring/alertmanager/alertmanager.prod.yml", r"""global:
  resolve_timeout: 5m

route:
  receiver: cad-oncall

receivers:
  - name: cad-oncall
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_cad_routing_key
        severity: critical
    webhook_configs:
      - url_file: /etc/alertmanager/secrets/teams_ecc_webhook_url
""", "Prometheus Alertmanager configuration: routing_key_file, url_file")

decoy("yaml/decoy-file-ref", "grafana/provisioning/datasources/rms-replica-prod.yaml", r"""apiVersion: 1

datasources:
  - name: RMS Reporting (replica)
    type: postgres
    url: rms-replica.pd.local:5432
    user: grafana_ro
    jsonData:
      database: rms_reporting
      sslmode: require
    secureJsonData:
      password: $__file{/etc/grafana/secrets/rms_ro_password}
""", "Grafana docs: Configure Grafana (variable expansion $__file{})")

decoy("yaml/decoy-env-ref", "logging/filebeat/filebeat.prod.yml", r"""filebeat.inputs:
  - type: filestream
    id: cad-interface-logs
    paths:
      - /opt/cadinterface/logs/*.log

output.elasticsearch:
  hosts: ["https://siem-es01.county.gov:9200"]
  username: "${ES_USERNAME}"
  password: "${ES_PASSWORD}"   # stored in the filebeat keystore
  ssl.certificate_authorities: ["/etc/filebeat/county-ca.pem"]
""", "Elastic docs: Secrets keystore for secure settings (Filebeat)")

decoy("github-actions/decoy-secret-ref", ".github/workflows/deploy-lpr-sync.yml", r"""name: deploy lpr-sync

on:
  push:
    branches: [ main ]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws-us-gov:iam::123456789012:role/gha-lpr-sync-deploy
          aws-region: us-gov-west-1
      - name: push config
        env:
          FLOCK_API_KEY: ${{ secrets.FLOCK_API_KEY }}
        run: ./scripts/push_config.sh
""", "GitHub docs: Using secrets in GitHub Actions; configure-aws-credentials OIDC")

decoy("gitlab-ci/decoy-env-ref", "mdt-gateway/.gitlab-ci.yml", r"""stages: [build, push]

variables:
  IMAGE: $CI_REGISTRY_IMAGE/mdt-gateway

push:
  stage: push
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login $CI_REGISTRY -u "$CI_REGISTRY_USER" --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", "GitLab docs: predefined CI/CD variables (CI_REGISTRY_PASSWORD)")

decoy("k8s/decoy-secret-ref", "k8s/evidence-sync/deployment.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: evidence-sync
  namespace: evidence
spec:
  replicas: 1
  selector:
    matchLabels: { app: evidence-sync }
  template:
    metadata:
      labels: { app: evidence-sync }
    spec:
      containers:
        - name: sync
          image: registry.pd.local/evidence-sync:2.3.0
          env:
            - name: AXON_CLIENT_SECRET
              valueFrom:
                secretKeyRef:
                  name: evidence-sync-axon
                  key: AXON_CLIENT_SECRET
            - name: AXON_PARTNER_ID
              valueFrom:
                secretKeyRef: { name: evidence-sync-axon, key: AXON_PARTNER_ID }
""", "Kubernetes docs: Using Secrets as environment variables")

decoy("k8s/decoy-external-secret", "k8s/cad-reporting/external-secret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: cad-reporting-db
  namespace: cad-reporting
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: azure-kv-ecc
  target:
    name: cad-reporting-db
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: cad-reporting-db-password
    - secretKey: DB_USER
      remoteRef:
        key: cad-reporting-db-user
""", "External Secrets Operator docs: ExternalSecret")

decoy("k8s/decoy-sealed-secret", "k8s/logging/splunk-hec-sealed.yaml", r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: splunk-hec
  namespace: logging
spec:
  encryptedData:
    splunk_hec_token: <<C1>>
    splunk_hec_url: <<C2>>
  template:
    metadata:
      name: splunk-hec
      namespace: logging
    type: Opaque
""", "Bitnami sealed-secrets README: SealedSecret encryptedData", C1=sealed(), C2=sealed())

decoy("sops/decoy-ciphertext", "deploy/secrets/prod.enc.yaml", r"""cad_db_password: <<E1>>
axon_client_secret: <<E2>>
netmotion_device_password: <<E3>>
sops:
    age:
        - recipient: age1<<AGE>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<AGEBODY1>>
            <<AGEBODY2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T16:02:11Z"
    mac: <<MAC>>
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "SOPS README: encrypted YAML files and age recipients",
    E1=sops_enc(16), E2=sops_enc(56), E3=sops_enc(20), AGE=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    AGEBODY1=chars(64, B64), AGEBODY2=chars(40, B64) + "=",
    MAC=sops_enc(64).replace("type:str", "type:str"))

decoy("helm/decoy-template", "deploy/helm/cad-bridge/templates/secret.yaml", r"""{{- if not .Values.serviceBus.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "cad-bridge.fullname" . }}-servicebus
  labels:
    {{- include "cad-bridge.labels" . | nindent 4 }}
type: Opaque
data:
  connectionString: {{ required "serviceBus.connectionString is required" .Values.serviceBus.connectionString | b64enc | quote }}
{{- end }}
""", "Helm docs: Chart template guide (required, b64enc)")

decoy("helm/decoy-placeholder", "deploy/helm/cad-bridge/values.yaml", r"""replicaCount: 1

image:
  repository: psacr.azurecr.us/cad-bridge
  tag: ""

serviceBus:
  # either reference an existing secret or pass the connection string at install time:
  #   helm install ... --set serviceBus.connectionString="Endpoint=sb://<ns>.servicebus.usgovcloudapi.net/;SharedAccessKeyName=<name>;SharedAccessKey=<key>"
  existingSecret: ""
  connectionString: ""

env:
  ASPNETCORE_ENVIRONMENT: Production
""", "Helm docs: values files; Azure Service Bus connection string format")

decoy("docker-compose/decoy-env-ref", "rms-reporting/docker-compose.prod.yml", r"""services:
  rms-reporting-db:
    image: postgres:15
    environment:
      POSTGRES_DB: rms_reporting
      POSTGRES_USER: rms
      POSTGRES_PASSWORD_FILE: /run/secrets/rms_db_password
    secrets: [ rms_db_password ]

  etl:
    build: ./etl
    environment:
      PGHOST: rms-reporting-db
      PGPASSWORD: ${RMS_DB_PASSWORD:?set RMS_DB_PASSWORD in the host environment}

secrets:
  rms_db_password:
    file: ./secrets/rms_db_password.txt
""", "Docker docs: Compose secrets; interpolation ${VAR:?err}")

decoy("k8s-secret/decoy-placeholder", "k8s/templates/ldap-bind-secret.template.yaml", r"""# Template only: copy, fill in, and seal with kubeseal before committing.
apiVersion: v1
kind: Secret
metadata:
  name: rms-web-ldap-bind
  namespace: rms
type: kubernetes.io/basic-auth
stringData:
  username: svc_rmsweb_ldap
  password: REPLACE_ME
""", "Kubernetes docs: Secret type kubernetes.io/basic-auth; kubeseal workflow")

decoy("yaml/decoy-masked", "notify/config/everbridge.effective.yaml", r"""# Effective configuration dumped by `notify-svc --print-config` (secrets masked)
everbridge:
  api_base: https://api.everbridge.net/rest
  organization_id: 892733049201
  username: cad_integration@northfieldcounty.gov
  password: "********"
  templates:
    shelter_in_place: 1489201
    evacuation: 1489202
""", "Everbridge Suite REST API; masked config dump")

decoy("k8s/decoy-public-id", "k8s/cad-bridge/secret-provider-class.yaml", r"""apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: cad-bridge-kv
  namespace: cad
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    useVMManagedIdentity: "true"
    userAssignedIdentityID: "<<UAMI>>"
    keyvaultName: kv-ecc-cad-prod
    cloudName: AzureUSGovernmentCloud
    tenantId: "<<TID>>"
    objects: |
      array:
        - |
          objectName: servicebus-connection-string
          objectType: secret
""", "Azure Key Vault Provider for Secrets Store CSI Driver docs: SecretProviderClass", UAMI=uuid_s(), TID=uuid_s())

decoy("yaml/decoy-doc-example", "rms-api/openapi.yaml", r"""openapi: 3.0.3
info:
  title: Records Portal API
  version: 1.4.0
servers:
  - url: https://records.county.gov/api
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Issued by the Records Unit. Example: X-Api-Key: YOUR_API_KEY"
security:
  - ApiKeyAuth: []
paths:
  /requests/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, example: "PRR-2024-00153" } }
      responses:
        "200": { description: OK }
""", "OpenAPI Specification 3.0.3: Security Scheme Object")

# =============================================================================================
# Decoys: JSON, TOML, INI, XML, .properties, .env, HCL, web servers, systemd, cron
# =============================================================================================

decoy("json/decoy-secret-ref", "src/CadInterface.Service/appsettings.json", r"""{
  "KeyVault": {
    "Uri": "https://kv-ecc-cad-prod.vault.usgovcloudapi.net/",
    "UseManagedIdentity": true
  },
  "ConnectionStrings": {
    "CadDb": "Server=cadsql01.ecc.local;Database=Hexagon_CAD;User Id=cad_iface;Password=;TrustServerCertificate=True;"
  },
  "Interface": {
    "AgencyCode": "NCSO",
    "RmsEndpoint": "https://rms.ecc.local/api/v1/incidents",
    "PasswordSecretName": "cad-iface-db-password"
  }
}
""", "Microsoft docs: Azure Key Vault configuration provider in ASP.NET Core")

decoy("json/decoy-placeholder", "src/CadInterface.Service/appsettings.Development.json", r"""{
  "ConnectionStrings": {
    "CadDb": "Server=localhost,1433;Database=Hexagon_CAD_Dev;User Id=sa;Password=<your-password>;TrustServerCertificate=True;"
  },
  "Interface": {
    "AgencyCode": "TEST",
    "RmsEndpoint": "http://localhost:5080/api/v1/incidents"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""", "Microsoft docs: Configuration in ASP.NET Core (environment-specific appsettings)")

decoy("json/decoy-secret-ref", "deploy/arm/cad-function.parameters.json", r"""{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "functionAppName": { "value": "func-ecc-cad-alerts" },
    "appSettings": {
      "value": {
        "TEAMS_WEBHOOK_URL": "@Microsoft.KeyVault(SecretUri=https://kv-ecc-cad-prod.vault.usgovcloudapi.net/secrets/teams-webhook/)",
        "SERVICEBUS_CONNECTION": "@Microsoft.KeyVault(VaultName=kv-ecc-cad-prod;SecretName=servicebus-listen)",
        "AGENCY_ORI": "XX0450000"
      }
    },
    "sqlAdminPassword": {
      "reference": {
        "keyVault": { "id": "/subscriptions/<<SUB>>/resourceGroups/rg-ecc-cad-prod/providers/Microsoft.KeyVault/vaults/kv-ecc-cad-prod" },
        "secretName": "sql-admin-password"
      }
    }
  }
}
""", "Microsoft docs: Key Vault references for App Service; ARM parameter file Key Vault reference", SUB=uuid_s())

lock_entries = "\n".join(
    f'''    "node_modules/{name}": {{
      "version": "{ver}",
      "resolved": "https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",
      "integrity": "sha512-{chars(86, B64)}=="
    }},''' for name, ver in [("axios", "1.6.8"), ("leaflet", "1.9.4"), ("mqtt", "5.5.0"), ("dayjs", "1.11.10")])
decoy("json/decoy-hash", "unit-map/package-lock.json", r"""{
  "name": "unit-map",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "unit-map",
      "version": "2.3.0",
      "dependencies": { "axios": "^1.6.8", "leaflet": "^1.9.4", "mqtt": "^5.5.0", "dayjs": "^1.11.10" }
    },
<<ENTRIES>>
    "node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
      "integrity": "sha512-<<LAST>>=="
    }
  }
}
""", "npm docs: package-lock.json (integrity is a Subresource Integrity digest)", ENTRIES=lock_entries, LAST=chars(86, B64))

jwk_n = chars(342, B64URL)
decoy("json/decoy-public-key", "sso/.well-known/jwks.json", r"""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "ecc-sso-2024-05",
      "alg": "RS256",
      "n": "<<N>>",
      "e": "AQAB"
    }
  ]
}
""", "RFC 7517 JSON Web Key Set (public RSA key: n, e)", N=jwk_n)

decoy("json/decoy-template", "postman/Evidence.com.postman_environment.json", r"""{
  "id": "<<ID>>",
  "name": "Evidence.com (prod)",
  "values": [
    { "key": "base_url", "value": "https://northfieldpd.evidence.com/api", "type": "default", "enabled": true },
    { "key": "partner_id", "value": "", "type": "default", "enabled": true },
    { "key": "client_id", "value": "", "type": "secret", "enabled": true },
    { "key": "client_secret", "value": "", "type": "secret", "enabled": true },
    { "key": "access_token", "value": "{{access_token}}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.24.3"
}
""", "Postman docs: Managing environments (secret type variables)", ID=uuid_s())

decoy("json/decoy-test-fixture", "ali-gateway/tests/fixtures/ali_wireless_phase2.json", r"""{
  "_comment": "Synthetic ALI record for unit tests. Numbers are from the 555-01XX fictional range; no real caller data.",
  "callback": "5550100123",
  "class_of_service": "WPH2",
  "esn": "0412",
  "pani": "5550100999",
  "lat": 41.593100,
  "lon": -87.346200,
  "uncertainty_m": 35,
  "provider": "TESTCO WIRELESS",
  "rapidsos": { "access_token": "test-token-not-real", "expires_in": 3600 }
}
""", "NENA ALI data exchange fields; test fixtures declared synthetic")

decoy("json/decoy-public-token", "unit-map/public/map-config.json", r"""{
  "style": "mapbox://styles/northfieldgis/clx2u7o1a00ab01qp",
  "accessToken": "<<PK>>",
  "center": [-87.3462, 41.5931],
  "zoom": 11,
  "layers": { "beats": true, "stations": true, "hydrants": false }
}
""", "Mapbox docs: access tokens (public pk. tokens are meant for client-side use)",
    PK=mapbox_token("pk", "northfieldgis"))

decoy("json/decoy-public-id", "ncic-gateway/conf/ori_map.json", r"""{
  "_comment": "ORIs and switch mnemonics for the agencies dispatched by the Northfield ECC",
  "agencies": [
    { "name": "Northfield County Sheriff's Office", "ori": "XX0450000", "mnemonic": "NCSO", "device": "NCSOGW1" },
    { "name": "Northfield Police Department", "ori": "XX0450100", "mnemonic": "NFPD", "device": "NFPDT01" },
    { "name": "Lakeview Police Department", "ori": "XX0450300", "mnemonic": "LVPD", "device": "LVPDT01" },
    { "name": "Northfield County 911", "ori": "XX045013N", "mnemonic": "NECC", "device": "NECCT01" }
  ]
}
""", "FBI NCIC: Originating Agency Identifier (ORI) format")

decoy("toml/decoy-env-ref", "telegraf/telegraf.prod.conf", r"""[agent]
  interval = "10s"
  hostname = "radio-mon02"

[[inputs.snmp]]
  agents = ["udp://10.60.1.12:161"]
  version = 3
  sec_name = "telegraf"
  sec_level = "authPriv"
  auth_password = "${SNMP_AUTH_PASSWORD}"
  priv_password = "${SNMP_PRIV_PASSWORD}"

[[outputs.influxdb_v2]]
  urls = ["https://influx.ecc.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "ecc"
  bucket = "radio"
""", "Telegraf docs: Configuration (environment variables)")

decoy("toml/decoy-hash", "cad_poller/poetry.lock", r"""# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

[[package]]
name = "oracledb"
version = "2.1.2"
description = "Python interface to Oracle Database"
optional = false
python-versions = ">=3.7"
files = [
    {file = "oracledb-2.1.2-cp311-cp311-manylinux_2_17_x86_64.whl", hash = "sha256:<<H1>>"},
    {file = "oracledb-2.1.2.tar.gz", hash = "sha256:<<H2>>"},
]

[[package]]
name = "pika"
version = "1.3.2"
description = "Pika Python AMQP Client Library"
optional = false
python-versions = ">=3.7"
files = [
    {file = "pika-1.3.2-py3-none-any.whl", hash = "sha256:<<H3>>"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "<<H4>>"
""", "Poetry docs: poetry.lock (file hashes)", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

decoy("toml/decoy-placeholder", "cad_poller/config.example.toml", r"""# Copy to config.toml. The real password is in Secret Server: "CAD / P1_READONLY".
[cad]
dsn = "cadora-scan.ecc.local:1521/P1CAD"
user = "P1_READONLY"
password = "changeme"
poll_seconds = 30

[rms]
queue_url = "amqps://rms-mq.ecc.local:5671/rms"
""", "python-oracledb docs; TOML example config")

decoy("ini/decoy-no-password", "etl/odbc.prod.ini", r"""[ODBC Data Sources]
CADREPORT = ODBC Driver 18 for SQL Server

[CADREPORT]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:cadsql02.pd.local,1433
Database = CAD_Reporting
Trusted_Connection = yes
Authentication = ActiveDirectoryIntegrated
Encrypt = yes
ApplicationIntent = ReadOnly
""", "Microsoft ODBC Driver for SQL Server: Kerberos / integrated authentication")

decoy("ini/decoy-placeholder", "rms-reporting/migrations/alembic.ini.dist", r"""# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .

sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
qualname =
""", "Alembic docs: alembic init generic template (driver://user:pass@localhost/dbname)")

decoy("ini/decoy-masked", "ncic-gateway/conf/switch.prod.ini", r"""; State message switch connection - production
[switch]
host = msgswitch.cjis.state.local
port = 7003
protocol = tls
mnemonic = NCSO
ori = XX0450000

[account]
operator = GW_NCSO01
; password is stored in Windows Credential Manager (target "NcicGateway/GW_NCSO01")
password = ********
credential_target = NcicGateway/GW_NCSO01
""", "Windows Credential Manager (CredRead target names); INI format")

decoy("xml/decoy-no-password", "RmsPortal/Web.Release.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="RmsContext"
         connectionString="Data Source=rmssql01;Initial Catalog=RMS;Integrated Security=SSPI;MultipleActiveResultSets=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", "Microsoft docs: Web.config transformation syntax; Integrated Security=SSPI")

decoy("xml/decoy-ciphertext", "EvidenceUploader/App.Release.config", r"""<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue><<K>></CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue><<V>></CipherValue></CipherData>
    </EncryptedData>
  </appSettings>
</configuration>
""", "Microsoft docs: Encrypting configuration information using protected configuration (aspnet_regiis)",
    K=chars(342, B64) + "==", V=chars(600, B64) + "=")

decoy("xml/decoy-ciphertext", "rms-interface/.mvn/settings.prod.xml", r"""<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>county-nexus</id>
      <username>ps-deployer</username>
      <!-- encrypted with mvn --encrypt-password; master key in ~/.m2/settings-security.xml -->
      <password>{<<ENC>>}</password>
    </server>
  </servers>
</settings>
""", "Maven docs: Password Encryption (settings-security.xml)", ENC=chars(43, B64) + "=")

decoy("xml/decoy-env-ref", "ci/NuGet.Config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="cad-vendor" value="https://nuget.cadvendor-support.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <cad-vendor>
      <add key="Username" value="northfield-ecc" />
      <add key="ClearTextPassword" value="%CAD_VENDOR_FEED_PAT%" />
    </cad-vendor>
  </packageSourceCredentials>
</configuration>
""", "NuGet docs: nuget.config (environment variables in values)")

decoy("xml/decoy-certificate", "sso/saml/idp-metadata.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.county.gov/adfs/services/trust">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate><<CERT>></ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sts.county.gov/adfs/ls/"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", "OASIS SAML 2.0 Metadata: KeyDescriptor X509Certificate",
    CERT="".join(cert_pem().splitlines()[1:-1]))

decoy("properties/decoy-env-ref", "rms-interface/src/main/resources/application-prod.properties", r"""spring.datasource.url=jdbc:oracle:thin:@rmsora.sheriff.local:1521/RMSPRD
spring.datasource.username=${RMS_DB_USER}
spring.datasource.password=${RMS_DB_PASSWORD}
spring.config.import=optional:vault://
spring.cloud.vault.uri=https://vault.ecc.local:8200
spring.cloud.vault.authentication=KUBERNETES
rms.interface.ori=XX0450000
""", "Spring Boot reference: property placeholders; Spring Cloud Vault config import")

decoy("properties/decoy-ciphertext", "warrants-service/src/main/resources/application.properties", r"""# values wrapped in ENC() are decrypted at startup by jasypt-spring-boot
# (encryptor password comes from JASYPT_ENCRYPTOR_PASSWORD on the host)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
spring.datasource.url=jdbc:sqlserver://warrants-sql01:1433;databaseName=Warrants;encrypt=true
spring.datasource.username=warrants_app
spring.datasource.password=ENC(<<E1>>)
mail.smtp.password=ENC(<<E2>>)
""", "jasypt-spring-boot README: ENC() encrypted properties", E1=chars(64, B64), E2=chars(64, B64))

decoy("properties/decoy-file-ref", "avl-stream/config/client.prod.properties", r"""bootstrap.servers=kafka1.ecc.local:9093,kafka2.ecc.local:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="avl-producer" password="${file:/etc/kafka/secrets/avl.properties:sasl.password}";
ssl.truststore.location=/etc/kafka/ecc-truststore.jks
""", "Apache Kafka docs: Externalizing secrets (FileConfigProvider)")

decoy("properties/decoy-ui-text", "rms-web/src/main/resources/messages.properties", r"""login.title=Northfield PD Records Management
login.username=User name
login.password=Password
login.submit=Sign in
login.password.expired=Your password has expired. CJIS policy requires a new password every 90 days.
login.password.rules=Passwords must be at least 8 characters and may not be a dictionary word.
login.mfa.prompt=Enter the code from your token
""", "Java ResourceBundle .properties message bundles; CJIS Security Policy 5.6.2.1")

decoy("env/decoy-placeholder", "text-to-911-bridge/.env.example", r"""# Copy to .env and fill in from the Twilio console
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_NUMBER=+15550100000
PSAP_CONSOLE_URL=https://ttc.ecc.local/api/messages
LOG_LEVEL=debug
""", "Twilio docs: Store your Twilio credentials safely (.env example)")

decoy("env/decoy-placeholder", "records-request-portal/.env.sample", r"""NODE_ENV=development
PORT=3000
BASE_URL=http://localhost:3000
DATABASE_URL=postgres://records:records@localhost:5432/records_requests
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SESSION_SECRET=change-me
MAIL_FROM=records@example.org
""", "dotenv README (.env.sample); SendGrid API key format")

decoy("env/decoy-file-ref", "cad-geocode/.env", r"""COUNTY_LOCATOR_URL=https://gis.northfieldcounty.gov/server/rest/services/Locators/CAD_Composite/GeocodeServer
FALLBACK_ENABLED=false
PGHOST=pg-records.county.gov
PGUSER=geocode
PGPASSFILE=/run/secrets/pgpass
GOOGLE_GEOCODING_KEY_FILE=/run/secrets/google_geocoding_key
""", "PostgreSQL docs: PGPASSFILE; Docker secrets mounted as files")

decoy("env/decoy-test-fixture", "psap-dashboard/.env.test", r"""# used by `npm test` against the mock RapidSOS server (tests/mocks/rapidsos.js)
RAPIDSOS_BASE=http://localhost:9911
RAPIDSOS_CLIENT_ID=test-client
RAPIDSOS_CLIENT_SECRET=test-secret-for-mock-server
SESSION_SECRET=test-session-secret
""", "Jest / dotenv test environment files; mock server credentials")

decoy("hcl/decoy-variable", "terraform/azuregov/sql.tf", r"""variable "sql_admin_password" {
  type      = string
  sensitive = true
}

resource "random_password" "cad_reporting" {
  length           = 24
  special          = true
  override_special = "!#*-_"
}

resource "azurerm_mssql_server" "cad" {
  name                         = "sql-ecc-cad-prod"
  resource_group_name          = azurerm_resource_group.cad.name
  location                     = azurerm_resource_group.cad.location
  version                      = "12.0"
  administrator_login          = "sqladmin_ecc"
  administrator_login_password = var.sql_admin_password
}

output "cad_reporting_password" {
  value     = random_password.cad_reporting.result
  sensitive = true
}
""", "Terraform docs: sensitive variables; random_password resource")

decoy("hcl/decoy-secret-ref", "terraform/evidence-archive/secrets.tf", r"""data "aws_secretsmanager_secret_version" "axon" {
  secret_id = "evidence/axon-partner-api"
}

data "aws_ssm_parameter" "splunk_hec" {
  name            = "/ecc/logging/splunk-hec-token"
  with_decryption = true
}

resource "aws_lambda_function" "archiver" {
  function_name = "evidence-archiver"
  role          = aws_iam_role.archiver.arn
  handler       = "app.handler"
  runtime       = "python3.11"
  filename      = "archiver.zip"
  environment {
    variables = {
      AXON_SECRET_ARN = data.aws_secretsmanager_secret_version.axon.arn
      HEC_PARAM       = data.aws_ssm_parameter.splunk_hec.name
    }
  }
}
""", "Terraform AWS provider docs: aws_secretsmanager_secret_version, aws_ssm_parameter data sources")

decoy("nginx/decoy-file-ref", "nginx/conf.d/rtcc-wall.conf", r"""server {
    listen 443 ssl;
    server_name rtcc-wall.ecc.local;

    ssl_certificate     /etc/nginx/tls/rtcc-wall.crt;
    ssl_certificate_key /etc/nginx/tls/rtcc-wall.key;
    ssl_password_file   /etc/nginx/tls/rtcc-wall.pass;

    location / {
        auth_basic           "RTCC video wall";
        auth_basic_user_file /etc/nginx/htpasswd.rtcc;
        proxy_pass           http://127.0.0.1:8088;
    }
}
""", "nginx docs: ngx_http_auth_basic_module auth_basic_user_file; ssl_password_file")

decoy("apache/decoy-exec", "apache/conf.d/rms-portal-prod.conf", r"""<VirtualHost *:443>
    ServerName rms.pd.local
    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/rms.pd.local.crt
    SSLCertificateKeyFile /etc/pki/tls/private/rms.pd.local.key

    <Location />
        AuthType Basic
        AuthName "Northfield PD RMS"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.pd.local/OU=Sworn,DC=pd,DC=local?sAMAccountName?sub"
        AuthLDAPBindDN "CN=svc_apache_ldap,OU=Service Accounts,DC=pd,DC=local"
        AuthLDAPBindPassword "exec:/usr/local/sbin/get-ldap-bind-password"
        Require ldap-group CN=RMS Users,OU=Groups,DC=pd,DC=local
    </Location>
</VirtualHost>
""", "Apache httpd docs: mod_authnz_ldap AuthLDAPBindPassword exec:")

decoy("systemd/decoy-file-ref", "deploy/systemd/avl-ingest@.service", r"""[Unit]
Description=AVL ingest for %i
After=network-online.target

[Service]
User=avl
EnvironmentFile=/etc/avl-ingest/%i.env
LoadCredential=mqtt-password:/etc/avl-ingest/credentials/%i.mqtt
Environment=MQTT_PASSWORD_FILE=%d/mqtt-password
ExecStart=/opt/avl-ingest/venv/bin/python -m avl_ingest --site %i
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): EnvironmentFile=, LoadCredential=")

decoy("crontab/decoy-file-ref", "ops/cron/rms-reporting", r"""# /etc/cron.d/rms-reporting
PGPASSFILE=/home/etl/.pgpass
MAILTO=dba@county.gov

10 2 * * * etl pg_dump -h pg-records.county.gov -U etl -Fc rms_reporting -f /backup/rms_reporting_$(date +\%F).dump
40 2 * * * etl mysqldump --defaults-extra-file=/etc/jms/backup.cnf jail_mgmt | gzip > /backup/jms_$(date +\%F).sql.gz
""", "crontab(5) (escaped %); PGPASSFILE; mysqldump --defaults-extra-file")

decoy("htpasswd/decoy-hash", "nginx/htpasswd.rtcc", r"""rtcc_wall:<<H1>>
rtcc_sgt:<<H2>>
analyst01:<<H3>>
analyst02:<<H4>>
vendor_support:<<H5>>
""", "Apache docs: htpasswd (bcrypt -B entries)",
    H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash(), H5=bcrypt_hash())

# =============================================================================================
# Decoys: code, SQL, containers, notebooks, devices, docs and data files
# =============================================================================================

decoy("python/decoy-env-ref", "records_portal/settings/prod.py", r"""import os

from .base import *  # noqa: F401,F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["records.county.gov"]

DATABASES["default"].update({
    "HOST": os.environ.get("RECORDS_DB_HOST", "pg-records.county.gov"),
    "USER": os.environ.get("RECORDS_DB_USER", "records_portal"),
    "PASSWORD": os.environ["RECORDS_DB_PASSWORD"],
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 30 * 60  # CJIS 5.5.5
""", "Django docs: deployment checklist (SECRET_KEY from the environment)")

decoy("python/decoy-test-fixture", "tests/test_switch_messages.py", r"""\"\"\"Unit tests for the state switch message builder. All values are synthetic test data.\"\"\"
from ncic_gateway.messages import build_signon, build_qv

FAKE_OPERATOR = "TESTOP01"
FAKE_PASSWORD = "not-a-real-password"
TEST_ORI = "XX0000000"


def test_signon_format():
    msg = build_signon("TEST", FAKE_OPERATOR, FAKE_PASSWORD)
    assert msg == "SIGNON.TEST.TESTOP01.not-a-real-password\r\n"


def test_qv_plate():
    assert build_qv(TEST_ORI, plate="ABC1234", state="XX", year=2024) == "QV.XX0000000.LIC/ABC1234.LIS/XX.LIY/2024\r\n"
""".replace('\\"', '"'), "pytest docs; synthetic fixtures declared in the module docstring")

decoy("python/decoy-hash", "evidence/verify_integrity.py", r"""\"\"\"Chain-of-custody check: re-hash evidence files and compare with the digests recorded at intake.\"\"\"
import hashlib
import sys
from pathlib import Path

# digests recorded by the intake workstation for the sample case used in the SOP walkthrough
KNOWN_DIGESTS = {
    "BWC_0412_20240311T221503.mp4": "<<H1>>",
    "BWC_0412_20240311T223010.mp4": "<<H2>>",
    "Interview_Room2_20240312.mp4": "<<H3>>",
}


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    for name, digest in KNOWN_DIGESTS.items():
        ok = sha256_of(folder / name) == digest
        print(f"{'OK ' if ok else 'BAD'} {name}")
""".replace('\\"', '"'), "Python hashlib docs; SWGDE best practices for digital evidence hashing",
    H1=hexs(64), H2=hexs(64), H3=hexs(64))

decoy("python/decoy-docs-example-key", "tests/test_archiver_s3.py", r"""import boto3
import pytest
from moto import mock_aws

from evidence_archiver import archive_case


@pytest.fixture
def s3(monkeypatch):
    # AWS documentation example credentials; moto never sends them anywhere
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-gov-west-1")
    with mock_aws():
        client = boto3.client("s3")
        client.create_bucket(Bucket="ncso-bodycam-cold-archive",
                             CreateBucketConfiguration={"LocationConstraint": "us-gov-west-1"})
        yield client


def test_archive_case_moves_objects(s3):
    s3.put_object(Bucket="ncso-bodycam-cold-archive", Key="hot/24-018233/a.mp4", Body=b"x")
    archive_case(s3, "24-018233")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="ncso-bodycam-cold-archive")["Contents"]]
    assert keys == ["cold/24-018233/a.mp4"]
""", "AWS docs: example access keys (AKIAIOSFODNN7EXAMPLE); moto docs")

decoy("python/decoy-secret-ref", "lambda/rapidsos_ingest.py", r"""import json
import os

import boto3
import urllib3

_sm = boto3.client("secretsmanager")
_http = urllib3.PoolManager()
SECRET_ID = os.environ.get("RAPIDSOS_SECRET_ID", "ecc/rapidsos/client")


def _creds():
    value = _sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(value)


def handler(event, context):
    c = _creds()
    r = _http.request("POST", "https://api.rapidsos.com/oauth/token",
                      fields={"grant_type": "client_credentials", "client_id": c["client_id"], "client_secret": c["client_secret"]})
    token = json.loads(r.data)["access_token"]
    return {"statusCode": 200, "body": json.dumps({"ok": bool(token)})}
""", "boto3 docs: SecretsManager.Client.get_secret_value")

decoy("python/decoy-prompt", "tools/reset_mdt_password.py", r"""#!/usr/bin/env python3
\"\"\"Reset the local MDT service password over WinRM (CJIS TAC use only).\"\"\"
import getpass
import sys

import winrm

host = sys.argv[1]
admin = input("Admin (DOMAIN\\user): ")
admin_pw = getpass.getpass("Admin password: ")
new_pw = getpass.getpass("New MDT service password: ")
if new_pw != getpass.getpass("Again: "):
    sys.exit("passwords differ")

s = winrm.Session(host, auth=(admin, admin_pw), transport="ntlm")
r = s.run_ps(f"net user mdtsvc '{new_pw}'")
print(r.status_code, r.std_err.decode() or "ok")
""".replace('\\"', '"'), "Python getpass docs; pywinrm README")

decoy("powershell/decoy-prompt", "scripts/Rotate-SwitchPassword.ps1", r"""param([Parameter(Mandatory)][string]$Operator)

$cred = Get-Credential -UserName $Operator -Message "New state switch password for $Operator"
$target = "NcicGateway/$Operator"

# store in Windows Credential Manager for the gateway service account
New-StoredCredential -Target $target -UserName $cred.UserName -SecurePassword $cred.Password -Persist LocalMachine | Out-Null
Restart-Service NcicGateway
Write-Host "Updated $target and restarted the gateway."
""", "Microsoft docs: Get-Credential; CredentialManager module New-StoredCredential")

decoy("powershell/decoy-ciphertext", "scripts/Start-CadExport.ps1", r"""# The password below is a DPAPI-protected SecureString: it only decrypts as svc_cadexport on CADRPT01
$encrypted = '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000<<BLOB>>'
$secure = ConvertTo-SecureString -String $encrypted
$cred = New-Object System.Management.Automation.PSCredential('ECC\svc_cadexport', $secure)

Invoke-Command -ComputerName cadsql02 -Credential $cred -ScriptBlock {
    & 'C:\Program Files\CadExport\CadExport.exe' /profile:nibrs
}
""", "Microsoft docs: ConvertFrom-SecureString / ConvertTo-SecureString (DPAPI standard string)", BLOB=hexs(420))

decoy("powershell/decoy-secret-ref", "scripts/Connect-EvidenceApi.ps1", r"""Import-Module Microsoft.PowerShell.SecretManagement

$clientSecret = Get-Secret -Name 'AxonClientSecret' -Vault 'EccSecretStore' -AsPlainText
$partnerId    = Get-Secret -Name 'AxonPartnerId' -Vault 'EccSecretStore' -AsPlainText
$clientId     = Get-Secret -Name 'AxonClientId' -Vault 'EccSecretStore' -AsPlainText

$body = @{ grant_type = 'client_credentials'; partner_id = $partnerId; client_id = $clientId; client_secret = $clientSecret }
$tok = Invoke-RestMethod -Method Post -Uri 'https://northfieldpd.evidence.com/api/oauth2/token' -Body $body
$global:AxonHeaders = @{ Authorization = "Bearer $($tok.access_token)" }
""", "Microsoft docs: SecretManagement module Get-Secret")

decoy("shell/decoy-secret-ref", "scripts/deploy_cad_interface.sh", r"""#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.ecc.local:8200
vault login -method=oidc -no-print >/dev/null

DB_PASSWORD="$(vault kv get -field=db_password secret/cad/interface)"
SWITCH_PASSWORD="$(vault kv get -field=operator_password secret/cad/ncic/gw01)"

ansible-playbook -i inventories/prod site.yml \
  -e "cad_db_password=${DB_PASSWORD}" \
  -e "switch_password=${SWITCH_PASSWORD}"
""", "Vault docs: vault kv get -field; vault login -method=oidc")

decoy("shell/decoy-env-ref", "scripts/push_ecr.sh", r"""#!/bin/sh
set -e
REGION=us-gov-west-1
ACCOUNT=123456789012
REPO=$ACCOUNT.dkr.ecr.$REGION.amazonaws.com/evidence-archiver

aws ecr get-login-password --region $REGION | docker login --username AWS --password-stdin $ACCOUNT.dkr.ecr.$REGION.amazonaws.com
docker build -t $REPO:$(git rev-parse --short HEAD) .
docker push $REPO:$(git rev-parse --short HEAD)
""", "AWS docs: aws ecr get-login-password; docker login --password-stdin")

decoy("shell/decoy-placeholder", "scripts/ncic_test_query.sh", r"""#!/usr/bin/env bash
# Usage: ncic_test_query.sh --operator <id> --password <password> --plate <plate> [--state XX]
#   e.g. ncic_test_query.sh --operator GW_NCSO02 --password '<from Secret Server>' --plate ABC1234
set -euo pipefail

while [[ $# -gt 0 ]]; do
  case "$1" in
    --operator) OP="$2"; shift 2 ;;
    --password) PW="$2"; shift 2 ;;
    --plate) PLATE="$2"; shift 2 ;;
    --state) STATE="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

python3 tools/ncic_query.py --operator "$OP" --password "$PW" --plate "$PLATE" --state "${STATE:-XX}"
""", "Bash usage text; state switch test query procedure")

decoy("csharp/decoy-secret-ref", "src/EvidenceSync/SecretsProvider.cs", r"""using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace EvidenceSync
{
    public static class SecretsProvider
    {
        private static readonly SecretClient Client = new SecretClient(
            new Uri("https://kv-ecc-evidence.vault.usgovcloudapi.net/"),
            new DefaultAzureCredential(new DefaultAzureCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzureGovernment }));

        public static string AxonClientSecret => Client.GetSecret("axon-client-secret").Value.Value;

        public static string CadConnection =>
            Environment.GetEnvironmentVariable("CAD_DB_CONNECTION")
            ?? throw new InvalidOperationException("CAD_DB_CONNECTION is not set");
    }
}
""", "Azure SDK for .NET: SecretClient, DefaultAzureCredential (Azure Government authority)")

decoy("csharp/decoy-test-fixture", "tests/CadInterface.Tests/AliParserTests.cs", r"""using Xunit;

namespace CadInterface.Tests
{
    public class AliParserTests
    {
        // Synthetic record: 555-01XX number, test ESN; not caller data
        private const string SampleAli = "(555) 010-0123  WPH2 0412  TESTCO WIRELESS  X-87.346200 Y+41.593100 CF95 UNC35";
        private const string FakeApiKey = "test-api-key-0000";

        [Fact]
        public void ParsesClassOfService()
        {
            var rec = AliParser.Parse(SampleAli);
            Assert.Equal("WPH2", rec.ClassOfService);
            Assert.Equal("0412", rec.Esn);
        }
    }
}
""", "xUnit docs; NENA ALI display formats (synthetic test data)")

decoy("java/decoy-env-ref", "rms-interface/src/main/java/gov/county/rms/RmsProperties.java", r"""package gov.county.rms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class RmsProperties {

    @Value("${rms.datasource.url}")
    private String url;

    @Value("${rms.datasource.username}")
    private String username;

    @Value("${rms.datasource.password}")
    private String password;

    public String url() { return url; }
    public String username() { return username; }
    public String password() { return password; }
}
""", "Spring Framework docs: @Value with property placeholders")

decoy("javascript/decoy-env-ref", "citizen-tips/server/config.js", r"""// All secrets come from the environment (set by the App Service / Key Vault references)
module.exports = {
  mongoUri: process.env.TIPS_MONGO_URI,
  recaptchaSecret: process.env.RECAPTCHA_SECRET,
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID,
    authToken: process.env.TWILIO_AUTH_TOKEN,
  },
  maxAttachmentMb: 10,
};
""", "Node.js docs: process.env")

decoy("typescript/decoy-public-id", "crime-map/src/environments/environment.prod.ts", r"""// Public crime map (no CJI). ArcGIS OAuth client IDs are public; the app uses PKCE, no client secret.
export const environment = {
  production: true,
  portalUrl: 'https://gis.northfieldcounty.gov/portal',
  arcgisClientId: '<<CLIENTID>>',
  incidentsLayer: 'https://gis.northfieldcounty.gov/server/rest/services/Public/CrimeMap/FeatureServer/0',
  recaptchaSiteKey: '6L<<SITEKEY>>',
  delayDays: 7,
};
""", "Esri docs: OAuth 2.0 client ID for browser apps (PKCE); Google reCAPTCHA site key (public)",
    CLIENTID=chars(16), SITEKEY=chars(38, B64URL))

decoy("sql/decoy-variable", "db/migrations/V015__create_export_login.sql", r"""-- run with: sqlcmd -S cadsql01 -i V015__create_export_login.sql -v ExportPassword="..." (from Secret Server)
USE [master];
GO
CREATE LOGIN [nibrs_export] WITH PASSWORD = N'$(ExportPassword)', CHECK_POLICY = ON;
GO
USE [CAD_Reporting];
GO
CREATE USER [nibrs_export] FOR LOGIN [nibrs_export];
GRANT EXECUTE ON [dbo].[usp_NibrsExtract] TO [nibrs_export];
GO
""", "sqlcmd docs: scripting variables $(var) with -v")

decoy("sql/decoy-hash", "db/seed/dev_users.sql", r"""-- development seed users for the records portal (bcrypt hashes; passwords documented in README-dev)
INSERT INTO portal_user (username, display_name, role, password_hash) VALUES
  ('clerk.dev',    'Records Clerk (dev)', 'clerk',    '<<H1>>'),
  ('sgt.dev',      'Records Sgt (dev)',   'reviewer', '<<H2>>'),
  ('public.dev',   'Requester (dev)',     'public',   '<<H3>>');
""", "Seed SQL with bcrypt password hashes", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

decoy("sql/decoy-hash", "db/oracle/02_clone_users.sql", r"""-- Recreate the reporting user on the refreshed test database with the same password verifier
-- (exported with DBMS_METADATA from production; this is a hash, not the password)
CREATE USER RPT_CRIMEANALYSIS IDENTIFIED BY VALUES 'S:<<S1>>;T:<<T1>>'
  DEFAULT TABLESPACE USERS
  TEMPORARY TABLESPACE TEMP
  PROFILE CJIS_SVC;
GRANT CREATE SESSION TO RPT_CRIMEANALYSIS;
""", "Oracle docs: DBMS_METADATA.GET_DDL output (IDENTIFIED BY VALUES password verifiers)",
    S1=hexs(60).upper(), T1=hexs(160).upper())

decoy("dockerfile/decoy-build-secret", "rms-web/Dockerfile.ci", r"""# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/src/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
ARG SPLUNK_HEC_TOKEN
COPY --from=build /src/dist /usr/share/nginx/html
""", "Docker docs: Build secrets (RUN --mount=type=secret)")

decoy("notebook/decoy-prompt", "notebooks/calls_for_service_trends.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "pw = os.environ.get('CAD_RO_PASSWORD') or getpass.getpass('CAD reporting password: ')\n",
    "engine = create_engine(f'mssql+pyodbc://analyst:{pw}@cadsql02.ecc.local/CAD_Reporting?driver=ODBC+Driver+18+for+SQL+Server')\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "Jupyter nbformat; Python getpass docs")

decoy("cisco/decoy-hash", "network/ios/station12-rtr01.cfg", r"""!
hostname STATION12-RTR01
!
enable secret 9 $9$<<E1>>$<<E2>>
!
username netadmin privilege 15 secret 9 $9$<<U1>>$<<U2>>
!
aaa new-model
aaa authentication login default group tacacs+ local
tacacs server ISE01
 address ipv4 10.40.1.30
 key 6 <<K6>>
!
snmp-server group NMS-RO v3 priv read NMS-VIEW
snmp-server view NMS-VIEW iso included
!
interface GigabitEthernet0/0/1
 description MDT yard LTE failover
!
end
""", "Cisco IOS docs: type 9 (scrypt) secrets; type 6 AES-encrypted keys",
    E1=chars(14, ALNUM + "./"), E2=chars(43, ALNUM + "./"), U1=chars(14, ALNUM + "./"), U2=chars(43, ALNUM + "./"),
    K6=chars(58, string.ascii_uppercase + "[]^_`"))

decoy("mosquitto/decoy-hash", "avl-broker/passwd", r"""avl_ingest:$7$101$<<S1>>$<<H1>>
avl_relay:$7$101$<<S2>>$<<H2>>
mdt_fleet:$7$101$<<S3>>$<<H3>>
cad_avl:$7$101$<<S4>>$<<H4>>
ncso_bridge:$7$101$<<S5>>$<<H5>>
""", "mosquitto_passwd(1): PBKDF2-SHA512 password file",
    S1=chars(16, B64), H1=chars(86, B64) + "==", S2=chars(16, B64), H2=chars(86, B64) + "==",
    S3=chars(16, B64), H3=chars(86, B64) + "==", S4=chars(16, B64), H4=chars(86, B64) + "==",
    S5=chars(16, B64), H5=chars(86, B64) + "==")

decoy("ssh/decoy-public-key", "deploy/keys/authorized_keys", r"""# CAD interface hosts: deploy access (Ansible control node and break-glass)
<<K1>>
<<K2>>
from="10.40.1.0/24" <<K3>>
<<K4>>
""", "OpenSSH sshd(8): AUTHORIZED_KEYS FILE FORMAT",
    K1=ssh_pub("ansible@ecc-ctl01"), K2=ssh_pub("breakglass@ecc"), K3=ssh_pub("jenkins@ecc-ci01"), K4=ssh_pub("radio-shop@rmon01"))

decoy("pem/decoy-certificate", "certs/esinet/esinet-root-ca.pem", r"""# State ESInet PKI root (public). Trust anchor for BCF/ESRP TLS.
<<C1>>
""", "RFC 7468 textual encoding of certificates; NENA PSAP Credentialing Agency", C1=cert_pem())

decoy("yaml/decoy-key-id", "radio/kmf/p25-key-inventory.yaml", r"""# P25 OTAR key inventory (metadata only: key material lives in the KMF, never here)
kmf: ASTRO25-KMF-01
algorithm_ids:
  aes256: 0x84
  adp: 0xAA
keysets:
  - keyset: 1
    keys:
      - { kid: 0x0001, algid: 0x84, sln: 101, talkgroups: [ "LE-DISP-1", "LE-DISP-2" ] }
      - { kid: 0x0002, algid: 0x84, sln: 102, talkgroups: [ "LE-TAC-1", "LE-TAC-2" ] }
      - { kid: 0x0010, algid: 0x84, sln: 110, talkgroups: [ "SWAT-1" ] }
  - keyset: 2
    keys:
      - { kid: 0x0101, algid: 0x84, sln: 201, talkgroups: [ "LE-DISP-1", "LE-DISP-2" ] }
crypto_period_days: 90
""", "TIA-102.AACA (P25 OTAR): key ID, algorithm ID, storage location number")

decoy("markdown/decoy-placeholder", "docs/runbooks/evidence-sync-setup.md", r"""# Evidence.com sync: first-time setup

1. In Evidence.com, go to **Admin > Security Settings > API Settings** and create a client
   for "evidence-sync" with the *Evidence: view, download* scopes.
2. Store the values in Secret Server under `Evidence / API / evidence-sync`:
   - Partner ID: `<partner id>`
   - Client ID: `<client id>`
   - Secret: `<client secret shown once>`
3. Create the Kubernetes secret (never commit it):

   ```sh
   kubectl -n evidence create secret generic evidence-sync-axon \
     --from-literal=AXON_PARTNER_ID='<partner id>' \
     --from-literal=AXON_CLIENT_ID='<client id>' \
     --from-literal=AXON_CLIENT_SECRET='<client secret>'
   ```
4. Restart the deployment: `kubectl -n evidence rollout restart deploy/evidence-sync`.
""", "Team runbook in the repository; kubectl create secret generic")

decoy("markdown/decoy-doc-example", "docs/api/authentication.md", r"""# Records Portal API: authentication

Every call needs a bearer JWT obtained from `/auth/token`. A token looks like this (the
example token from jwt.io, not one of ours):

```
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Tokens expire after 30 minutes (CJIS session lock). Request one with:

```sh
curl -X POST https://records.county.gov/api/auth/token \
  -d username="$RP_USER" -d password="$RP_PASSWORD"
```
""", "jwt.io introduction (example token); RFC 6750 bearer tokens")

decoy("csv/decoy-hash", "evidence/manifests/case_24-018233.csv", r"""evidence_id,file_name,sha256,collected_by,collected_at
<<U1>>,BWC_0412_20240311T221503.mp4,<<H1>>,Dep. 0412,2024-03-11T22:15:03Z
<<U2>>,BWC_0412_20240311T223010.mp4,<<H2>>,Dep. 0412,2024-03-11T22:30:10Z
<<U3>>,Scene_Photos_01.zip,<<H3>>,CSI 07,2024-03-12T01:40:55Z
<<U4>>,Interview_Room2_20240312.mp4,<<H4>>,Det. 221,2024-03-12T10:02:31Z
""", "Evidence manifest CSV with SHA-256 digests (SWGDE hashing guidance)",
    U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

decoy("csv/decoy-record-id", "reports/exports/cad_incidents_sample.csv", r"""incident_guid,incident_number,call_type,priority,received,beat,disposition
<<U1>>,24-018233,DOMESTIC,1,2024-03-11T22:09:41Z,B3,RPT
<<U2>>,24-018240,TRAFFIC STOP,3,2024-03-11T22:31:02Z,B1,WARN
<<U3>>,24-018247,ALARM COMM,2,2024-03-11T23:05:17Z,B4,FALSE
<<U4>>,24-018251,SUSP VEH,2,2024-03-11T23:44:50Z,B2,GOA
<<U5>>,24-018266,WELFARE CHK,2,2024-03-12T00:12:09Z,B3,CLR
""", "CAD incident export (record identifiers)", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), U5=uuid_s())
