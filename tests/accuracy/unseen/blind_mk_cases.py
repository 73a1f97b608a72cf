"""Blind set MK: Romansh teams in the Engadin (Graubünden, Switzerland).

An Engadin ski-lift and cable-car company (turnstile gates, snow-making, the season-pass web shop)
and a spa hotel in Scuol (bookings, kitchen, wellness), with notes partly in Rumantsch (Vallader).
Generated fakes only (seeds 7400000-7409999).
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
_SEED = [7400000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 7400000 <= _SEED[0] <= 7409999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


PLAZ = ["Piz", "Lai", "Muntogna", "Nair", "Sent", "Ftan", "Tarasp", "Motta", "Naluns", "Clemgia",
        "Vuorcha", "Chamanna", "Flüela", "Zernez", "Ardez", "Guarda"]


def pw() -> str:
    r = _rng()
    return r.choice(PLAZ) + r.choice("!#%*$.") + r.choice(PLAZ).lower() + str(r.randint(10, 9999))


def rnd(n: int = 22, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"kassa-%d","iss":"scuol-spa","iat":1764547200}' % _rng().randint(1, 99)).encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


D_ENV = "https://docs.docker.com/compose/environment-variables/env-file/"
D_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
D_YAML = "https://yaml.org/spec/1.2.2/"
D_PY = "https://docs.python.org/3/library/configparser.html"
D_MD = "https://commonmark.org/"
D_JSON = "https://www.json.org/json-en.html"
D_TOML = "https://toml.io/en/v1.0.0"
D_SH = "https://www.gnu.org/software/bash/manual/bash.html"
D_TF = "https://developer.hashicorp.com/terraform/language"
D_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
D_GL = "https://docs.gitlab.com/ee/ci/yaml/"
D_DOCKER = "https://docs.docker.com/reference/dockerfile/"
D_COMPOSE = "https://docs.docker.com/compose/compose-file/"
D_ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
D_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
D_SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
D_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
D_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
D_PHP = "https://www.php.net/manual/en/language.variables.php"
D_NODE = "https://nodejs.org/api/process.html#processenv"
D_GO = "https://pkg.go.dev/database/sql"
D_RS = "https://doc.rust-lang.org/book/"
D_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
D_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
D_RB = "https://guides.rubyonrails.org/configuring.html"
D_JAVA = "https://docs.oracle.com/javase/tutorial/essential/environment/properties.html"
D_KT = "https://kotlinlang.org/docs/home.html"
D_SWIFT = "https://developer.apple.com/documentation/foundation/processinfo"
D_RST = "https://docutils.sourceforge.io/rst.html"
D_HTML = "https://html.spec.whatwg.org/"
D_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
D_XML = "https://www.w3.org/TR/xml/"
D_INI = "https://en.wikipedia.org/wiki/INI_file"
D_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
D_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
D_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
D_NETRC = "https://everything.curl.dev/usingcurl/netrc"
D_SSH = "https://man.openbsd.org/ssh-keygen.1"

# ---- ski lifts: gates and turnstiles --------------------------------------------------------

add("blind-mk/env/database", "gates/.env", D_ENV, """# Portas da Motta Naluns - controller da las turnichas
GATE_SITE=motta-naluns
GATE_DB_HOST=10.40.2.11
GATE_DB_USER=turnicha
GATE_DB_PASSWORD=@@s@@
GATE_READER=skidata-freeflow
""", pw())

add("blind-mk/env/decoy-placeholder", "gates/.env.example", D_ENV, """# Copchar a .env e implir oura las valuors
GATE_SITE=motta-naluns
GATE_DB_HOST=10.40.2.11
GATE_DB_USER=turnicha
GATE_DB_PASSWORD=<metter pled-clav qua>
GATE_READER=skidata-freeflow
""")

add("blind-mk/python/api-key", "gates/turnicha/reader_client.py", "https://docs.python-requests.org/en/latest/user/quickstart/", '''"""Cliaint pel lectur da tessera a la porta (Ftan-Prui)."""
import requests

READER_BASE = "https://gates.bergbahnen-scuol.ch/api/v2"
READER_KEY = "@@s@@"


def validate(card_uid: str) -> bool:
    resp = requests.post(f"{READER_BASE}/validate", json={"uid": card_uid},
                         headers={"X-Api-Key": READER_KEY}, timeout=2)
    return resp.ok and resp.json().get("access") == "granted"
''', rnd(32))

add("blind-mk/python/decoy-env-reference", "gates/turnicha/settings.py", D_PY, '''import os

# La clav vain dal vault, mai in git!
READER_KEY = os.environ["GATE_READER_KEY"]
READER_BASE = os.environ.get("GATE_READER_BASE", "https://gates.bergbahnen-scuol.ch/api/v2")
TIMEOUT_S = float(os.environ.get("GATE_TIMEOUT", "2.0"))
PASSWORD_MIN_LENGTH = 12
''')

add("blind-mk/go/database", "gates/cmd/gatesync/main.go", D_GO, '''package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// dsn da la banca da datas da las portas (Motta Naluns)
const dsn = "postgres://gatesync:@@s@@@db-gates.scuol.local:5432/gates?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("gatesync: connected")
}
''', rnd(20))

add("blind-mk/go/decoy-env-reference", "gates/cmd/gatecount/main.go", D_GO, '''package main

import (
	"fmt"
	"os"
)

// Dumbra ils passagis per porta. Il DSN vain da GATES_DSN (Vault agent).
func main() {
	dsn := os.Getenv("GATES_DSN")
	if dsn == "" {
		fmt.Fprintln(os.Stderr, "GATES_DSN manca")
		os.Exit(2)
	}
	fmt.Println("dumbrond passagis...")
}
''')

add("blind-mk/yaml/mqtt-password", "gates/config/mqtt.yaml", D_YAML, """# broker MQTT per las turnichas da la staziun da val
broker:
  host: mqtt.gates.scuol.local
  port: 8883
  tls: true
  client_id: porta-ftan-01
  username: porta-ftan
  password: "@@s@@"
topics:
  passage: gates/ftan/passage
  alarm: gates/ftan/alarm
""", pw())

add("blind-mk/yaml/decoy-vault-reference", "gates/config/mqtt.prod.yaml", D_YAML, """broker:
  host: mqtt.gates.scuol.local
  port: 8883
  tls: true
  client_id: porta-sent-02
  username: porta-sent
  password: "{{ vault:secret/data/gates/mqtt#password }}"
topics:
  passage: gates/sent/passage
""")

add("blind-mk/ini/database", "gates/legacy/turnstile.ini", D_INI, """; Turnicha veglia (2014) - Chamanna Naluns
[db]
server=SQL-GATES01\\SKI
database=Zutrittskontrolle
uid=zk_service
pwd=@@s@@

[reader]
com=COM3
baud=9600
""", pw())

add("blind-mk/ini/decoy-masked", "gates/legacy/turnstile.sample.ini", D_INI, """; Exaimpel - pled-clav zoppà
[db]
server=SQL-GATES01\\SKI
database=Zutrittskontrolle
uid=zk_service
pwd=********

[reader]
com=COM3
""")

add("blind-mk/csharp/connection-string", "gates/GateService/appsettings.json", D_CS, """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Gates": "Server=sql-gates01.scuol.local;Database=Zutritt;User Id=gate_svc;Password=@@s@@;TrustServerCertificate=True"
  },
  "Reader": { "Port": "COM4", "Site": "Scuol-Motta" }
}
""", pw())

add("blind-mk/csharp/decoy-env-reference", "gates/GateService/appsettings.Production.json", D_CS, """{
  "ConnectionStrings": {
    "Gates": "Server=sql-gates01.scuol.local;Database=Zutritt;User Id=gate_svc;Password=${GATES_SQL_PASSWORD};TrustServerCertificate=True"
  },
  "Reader": { "Port": "COM4", "Site": "Scuol-Motta" },
  "AllowedHosts": "*"
}
""")

add("blind-mk/csharp/api-key", "gates/GateService/SkidataClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient", """using System.Net.Http;

namespace Bergbahnen.Gates
{
    // Cliaint per il server central da las tesseras
    public class SkidataClient
    {
        private const string ApiToken = "@@s@@";
        private readonly HttpClient _http = new HttpClient();

        public SkidataClient()
        {
            _http.DefaultRequestHeaders.Add("Authorization", "Bearer " + ApiToken);
        }
    }
}
""", rnd(40))

add("blind-mk/markdown/decoy-example", "gates/docs/README.md", D_MD, """# Portas (gates) – Motta Naluns

Quist servezzan legia las tesseras a las turnichas e trametta ils passagis al server central.

## Configuraziun

| variabla | exaimpel | remarcas |
|---|---|---|
| `GATE_DB_PASSWORD` | `changeme` | be per il docker local |
| `GATE_READER_KEY` | `xxxxxxxxxxxxxxxx` | da dumandar a l'IT |

Per la producziun vegnan las valuors dal Vault (`secret/gates/*`).
""")

add("blind-mk/log/basic-auth-url", "gates/logs/gatesync-2025-12-20.log", D_LOG, """2025-12-20T07:58:01Z INFO  gatesync starting site=ftan-prui
2025-12-20T07:58:01Z DEBUG upstream=https://sync:@@s@@@central.bergbahnen-scuol.ch/gates/v1
2025-12-20T07:58:02Z INFO  loaded 1843 passes
2025-12-20T07:58:05Z WARN  reader porta-3 timeout, retry 1/3
2025-12-20T07:58:06Z INFO  reader porta-3 ok
""", rnd(18))

add("blind-mk/log/decoy-redacted", "gates/logs/gatesync-2025-12-21.log", D_LOG, """2025-12-21T07:58:01Z INFO  gatesync starting site=ftan-prui
2025-12-21T07:58:01Z DEBUG upstream=https://sync:[REDACTED]@central.bergbahnen-scuol.ch/gates/v1
2025-12-21T07:58:02Z INFO  loaded 1851 passes
2025-12-21T07:58:02Z DEBUG card uid=04A1B2C3D4E5F6 sha256=9f2b4c1e7a0d5e3f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f
2025-12-21T07:58:06Z INFO  reader porta-3 ok
""")

_p = pw()
add("blind-mk/k8s/secret-base64", "gates/k8s/gatesync-secret.yaml", D_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: gatesync
  namespace: portas
type: Opaque
data:
  DB_USER: Z2F0ZXN5bmM=
  DB_PASSWORD: @@enc@@
""", _p, enc=b64(_p))

add("blind-mk/k8s/decoy-placeholder", "gates/k8s/gatesync-secret.template.yaml", D_K8S, """# Template: ils valurs vegnan implids da sealed-secrets en la pipeline
apiVersion: v1
kind: Secret
metadata:
  name: gatesync
  namespace: portas
type: Opaque
stringData:
  DB_USER: gatesync
  DB_PASSWORD: REPLACE_ME
""")

add("blind-mk/shell-history/database", "gates/ops/.bash_history", D_SH, """ssh gate-ftan-01
systemctl status gatesync
journalctl -u gatesync --since today | tail -50
psql "host=db-gates.scuol.local user=gatesync dbname=gates password=@@s@@" -c 'select count(*) from passage'
exit
""", rnd(16))

add("blind-mk/powershell/credential", "gates/ops/Restart-Turnicha.ps1", D_PS, """# Reinizialisar la turnicha sün il PC da la cassa (Sent)
param([string]$Computer = "KASSA-SENT-01")

$user = "BERGBAHNEN\\svc-turnicha"
$secure = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

Invoke-Command -ComputerName $Computer -Credential $cred -ScriptBlock {
    Restart-Service -Name "TurnichaAgent"
}
""", pw())

add("blind-mk/powershell/decoy-secret-manager", "gates/ops/Restart-Turnicha.v2.ps1", D_PS, """# Versiun nouva: il pled-clav vain dal SecretStore
param([string]$Computer = "KASSA-SENT-01")

$cred = Get-Secret -Name "svc-turnicha" -Vault "BergbahnenOps"
Invoke-Command -ComputerName $Computer -Credential $cred -ScriptBlock {
    Restart-Service -Name "TurnichaAgent"
}
""")

# ---- snow-making (innavaziun) ---------------------------------------------------------------

add("blind-mk/python/modbus-scada-password", "snow/pumpstation/scada_export.py", "https://pymodbus.readthedocs.io/en/latest/", '''"""Export da las datas da las lanzas da naiv (Pumpstaziun Clemgia) al SCADA."""
from opcua import Client

OPC_URL = "opc.tcp://scada-snow.scuol.local:4840"
OPC_USER = "export"
OPC_PASSWORD = "@@s@@"


def export():
    client = Client(OPC_URL)
    client.set_user(OPC_USER)
    client.set_password(OPC_PASSWORD)
    client.connect()
    try:
        node = client.get_node("ns=2;s=Pumpstation.Clemgia.Flow")
        return node.get_value()
    finally:
        client.disconnect()
''', pw())

add("blind-mk/python/decoy-test-fixture", "snow/pumpstation/tests/test_scada_export.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''import pytest

from pumpstation import scada_export

FAKE_PASSWORD = "test-password-not-real"


@pytest.fixture
def fake_client(monkeypatch):
    monkeypatch.setattr(scada_export, "OPC_PASSWORD", FAKE_PASSWORD)
    monkeypatch.setattr(scada_export, "OPC_URL", "opc.tcp://localhost:4840")
    yield


def test_export_uses_fake(fake_client):
    assert scada_export.OPC_PASSWORD == FAKE_PASSWORD
''')

add("blind-mk/toml/influx-token", "snow/telegraf/telegraf.toml", "https://docs.influxdata.com/telegraf/v1/configuration/", """# Telegraf sün la staziun meteo da Motta Naluns
[agent]
  interval = "30s"
  hostname = "meteo-naluns"

[[outputs.influxdb_v2]]
  urls = ["https://influx.bergbahnen-scuol.ch:8086"]
  token = "@@s@@"
  organization = "innavaziun"
  bucket = "naiv"

[[inputs.modbus]]
  name = "lanzas"
  controller = "tcp://10.40.8.20:502"
""", rnd(86, "-_") + "==")

add("blind-mk/toml/decoy-env-reference", "snow/telegraf/telegraf.lai.toml", "https://docs.influxdata.com/telegraf/v1/configuration/", """[agent]
  interval = "30s"
  hostname = "meteo-lai"

[[outputs.influxdb_v2]]
  urls = ["https://influx.bergbahnen-scuol.ch:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "innavaziun"
  bucket = "naiv"
""")

add("blind-mk/csv/device-passwords", "snow/inventory/lanzas.csv", D_CSV, """lanza,zona,ip,firmware,web_user,web_password
L-01,Naluns-Pista1,10.40.8.31,4.2.1,admin,(KeePass)
L-02,Naluns-Pista1,10.40.8.32,4.2.1,admin,(KeePass)
L-03,Naluns-Pista3,10.40.8.33,4.2.1,admin,@@s@@
L-04,Prui,10.40.8.34,4.1.9,admin,(KeePass)
""", pw())

add("blind-mk/csv/decoy-hashes", "snow/inventory/lanzas_sha.csv", D_CSV, """lanza,firmware,image_sha256
L-01,4.2.1,3b5d5c3712955042212316173ccf37be8002b3b1d04b8c5e8a9d1f0e2c4a6b8d
L-02,4.2.1,3b5d5c3712955042212316173ccf37be8002b3b1d04b8c5e8a9d1f0e2c4a6b8d
L-03,4.2.1,3b5d5c3712955042212316173ccf37be8002b3b1d04b8c5e8a9d1f0e2c4a6b8d
L-04,4.1.9,e7a1c0f4d2b8e6a9c3d5f7b1a0e2c4d6f8a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5
""")

add("blind-mk/markdown/runbook-password", "snow/docs/runbook-pumpstaziun.md", D_MD, """# Runbook: Pumpstaziun Clemgia

1. Metter en funcziun la pumpa P2 sün il panel local.
2. S'annunziar al HMI (Siemens WinCC) cun l'utent `operatur`.
   Pled-clav: `@@s@@` (müdà als 3.11.2025)
3. Controllar la pressiun: almain 42 bar avant co avrir las lanzas.
4. Scha la temperatura da bagnà > -2.5 °C, NA betg cumanzar.

Contact: piquet innavaziun +41 81 000 00 00
""", pw())

add("blind-mk/markdown/decoy-masked", "snow/docs/runbook-lai.md", D_MD, """# Runbook: Lai da Motta (reservuar d'aua)

1. Controllar il nivel dal lai (min. 1.8 m).
2. S'annunziar al HMI cun l'utent `operatur` (pled-clav: vair KeePass, `Innavaziun/HMI Lai`).
3. La clav API dal sensur: `sk_••••••••••••3f9a` (be ils ultims 4 caracters).
4. Serrar la valvla V7 cur cha'l lai es plain.
""")

add("blind-mk/yaml/ansible-vault-plaintext", "snow/ansible/group_vars/hmi.yml", D_ANS, """---
# Variablas per ils PCs HMI da l'innavaziun
hmi_admin_user: hmiadmin
hmi_admin_password: "@@s@@"
hmi_ntp: ntp.scuol.local
hmi_vnc_port: 5900
hmi_sites:
  - clemgia
  - naluns
""", rnd(20, "!#%"))

add("blind-mk/yaml/decoy-ansible-vault", "snow/ansible/group_vars/hmi_vault.yml", D_ANS, """---
hmi_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          62313365396662343061393464336163383764373764613633653634306231386433626436623361
          6435643035306437633037366462306435376435613865630a653839353933373036613036336532
          31346361666135323134366233303737366464346563316339393837313562646332633962343839
          3364613465376338360a343265373632653336393431616231623632666530613235336238356433
""")

add("blind-mk/dockerfile/build-arg-token", "snow/dashboard/Dockerfile", D_DOCKER, """FROM node:20-alpine
WORKDIR /app
# registry privat per ils widgets meteo
ENV NPM_TOKEN=@@s@@
RUN echo "//npm.bergbahnen-scuol.ch/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["npm", "start"]
""", fakes.fake("npm_", 36, _seed()))

add("blind-mk/dockerfile/decoy-build-secret", "snow/api/Dockerfile", D_DOCKER, """# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.bergbahnen-scuol.ch/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["uvicorn", "snowapi:app", "--host", "0.0.0.0"]
""")

add("blind-mk/javascript/weather-api-key", "snow/dashboard/src/meteo.js", D_NODE, """// Prognosa meteo per la planisaziun da l'innavaziun
const METEO_KEY = '@@s@@';

export async function prognosa(lat, lon) {
  const url = `https://api.meteo-engiadina.ch/v1/forecast?lat=${lat}&lon=${lon}&key=${METEO_KEY}`;
  const r = await fetch(url);
  if (!r.ok) throw new Error('meteo: ' + r.status);
  return r.json();
}
""", hexs(32))

add("blind-mk/javascript/decoy-public-key", "snow/dashboard/src/map.js", D_NODE, """// Charta da las pistas – mapbox public token (pk.*), restrict a bergbahnen-scuol.ch
const MAPBOX_PUBLIC = 'pk.eyJ1IjoiYmVyZ2JhaG5lbiIsImEiOiJjbHBpc3RhczAwMXgifQ.placeholder';

export function charta(el) {
  return new mapboxgl.Map({ container: el, accessToken: MAPBOX_PUBLIC,
    style: 'mapbox://styles/mapbox/outdoors-v12', center: [10.30, 46.80], zoom: 12 });
}
""")

add("blind-mk/rust/database", "snow/lanzactl/src/db.rs", D_RS, """use postgres::{Client, NoTls};

// Connexiun a la banca da datas da l'innavaziun
pub fn connect() -> Result<Client, postgres::Error> {
    Client::connect(
        "host=db-snow.scuol.local user=lanzactl password=@@s@@ dbname=naiv",
        NoTls,
    )
}
""", rnd(24))

add("blind-mk/rust/decoy-env-reference", "snow/lanzactl/src/config.rs", D_RS, """use std::env;

pub struct Config {
    pub db_url: String,
    pub plc_host: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            db_url: env::var("LANZACTL_DATABASE_URL").expect("LANZACTL_DATABASE_URL"),
            plc_host: env::var("PLC_HOST").unwrap_or_else(|_| "10.40.8.20".into()),
        }
    }
}
""")

add("blind-mk/sql/create-role", "snow/db/migrations/003_roles.sql", D_SQL, """-- Rollas per la banca da datas "naiv"
CREATE ROLE grafana_read LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE naiv TO grafana_read;
GRANT USAGE ON SCHEMA public TO grafana_read;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO grafana_read;
""", pw())

add("blind-mk/sql/decoy-scram-hash", "snow/db/migrations/004_roles_scram.sql", D_SQL, """-- Il pled-clav es deponà sco hash SCRAM (na betg il pled-clav svess)
CREATE ROLE lanzactl LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdG5hbHVuczIwMjU=$Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo=:YmFzZTY0c2VydmVya2V5bmFsdW5zMjAyNWFiY2RlZmc=';
GRANT CONNECT ON DATABASE naiv TO lanzactl;
GRANT SELECT, INSERT ON lanza_log TO lanzactl;
-- fin
""")

add("blind-mk/json/grafana-datasource", "snow/grafana/provisioning/influx.json", "https://grafana.com/docs/grafana/latest/administration/provisioning/", """{
  "apiVersion": 1,
  "datasources": [
    {
      "name": "Naiv Influx",
      "type": "influxdb",
      "url": "https://influx.bergbahnen-scuol.ch:8086",
      "jsonData": { "version": "Flux", "organization": "innavaziun", "defaultBucket": "naiv" },
      "secureJsonData": { "token": "@@s@@" }
    }
  ]
}
""", rnd(86, "-_") + "==")

add("blind-mk/yaml/decoy-env-reference", "snow/grafana/provisioning/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/", """apiVersion: 1
datasources:
  - name: Naiv Postgres
    type: postgres
    url: db-snow.scuol.local:5432
    user: grafana_read
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
    jsonData:
      database: naiv
      sslmode: require
""")

add("blind-mk/c/plc-password", "snow/firmware/lanza_net.h", "https://en.cppreference.com/w/c/preprocessor", """/* Lanza da naiv TF10 – configuraziun da la rait
 * (betg publichar!) */
#ifndef LANZA_NET_H
#define LANZA_NET_H

#define LANZA_WIFI_SSID   "Innavaziun-Naluns"
#define LANZA_WIFI_PSK    "@@s@@"
#define LANZA_MQTT_HOST   "10.40.8.5"
#define LANZA_MQTT_PORT   1883

#endif
""", pw())

add("blind-mk/c/decoy-placeholder", "snow/firmware/lanza_net.example.h", "https://en.cppreference.com/w/c/preprocessor", """/* Copchar a lanza_net.h e adattar */
#ifndef LANZA_NET_H
#define LANZA_NET_H

#define LANZA_WIFI_SSID   "your-ssid"
#define LANZA_WIFI_PSK    "your-wifi-password"
#define LANZA_MQTT_HOST   "192.168.1.10"
#define LANZA_MQTT_PORT   1883

#endif
""")

add("blind-mk/notebook/influx-token", "snow/analysis/consum_aua_2025.ipynb", D_NB, """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Consum d'aua da l'innavaziun, stagiun 2024/25"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\\n",
    "client = InfluxDBClient(url='https://influx.bergbahnen-scuol.ch:8086',\\n",
    "                        token='@@s@@', org='innavaziun')\\n",
    "q = client.query_api()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rnd(86, "-_") + "==")

add("blind-mk/notebook/decoy-getpass", "snow/analysis/temperaturas.ipynb", D_NB, """{
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
    "client = InfluxDBClient(url='https://influx.bergbahnen-scuol.ch:8086', token=token, org='innavaziun')"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-mk/terraform/aws-secret-key", "snow/infra/backup.tf", D_TF, """# Backup da las datas SCADA sün S3 (Frankfurt)
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "scada_backup" {
  bucket = "bergbahnen-scuol-scada-backup"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mk/terraform/decoy-variable", "snow/infra/variables.tf", D_TF, """variable "aws_region" {
  type    = string
  default = "eu-central-1"
}

variable "scada_db_password" {
  type        = string
  sensitive   = true
  description = "Pled-clav da la DB SCADA (vain da TF_VAR_scada_db_password)"
}
""")

add("blind-mk/shell/curl-token", "snow/scripts/snow_report.sh", D_SH, """#!/usr/bin/env bash
# Rapport da naiv a las 06:30 per il bulletin
set -euo pipefail

DEPTH=$(curl -s http://10.40.8.40/api/depth | jq -r .cm)
curl -sS -X POST https://api.skiresort-info.example/v2/snowreport/scuol \\
  -H "Authorization: Token @@s@@" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"depth_cm\\": ${DEPTH}, \\"lifts_open\\": 11}"
""", hexs(40))

add("blind-mk/shell/decoy-env-reference", "snow/scripts/snow_report_v2.sh", D_SH, """#!/usr/bin/env bash
# Rapport da naiv – token dal file /etc/snowreport/token (root:root 0600)
set -euo pipefail
: "${SNOWREPORT_TOKEN:=$(cat /etc/snowreport/token)}"
DEPTH=$(curl -s http://10.40.8.40/api/depth | jq -r .cm)
curl -sS -X POST https://api.skiresort-info.example/v2/snowreport/scuol \\
  -H "Authorization: Token ${SNOWREPORT_TOKEN}" \\
  -d "{\\"depth_cm\\": ${DEPTH}}"
""")

add("blind-mk/yaml/slack-webhook", "snow/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """global:
  resolve_timeout: 5m
route:
  receiver: innavaziun-piquet
  group_by: [alertname, lanza]
receivers:
  - name: innavaziun-piquet
    slack_configs:
      - api_url: @@s@@
        channel: '#innavaziun-alarms'
        title: 'Alarm: {{ .CommonLabels.alertname }}'
""", slack_hook())

add("blind-mk/yaml/decoy-file-reference", "snow/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """global:
  resolve_timeout: 5m
route:
  receiver: innavaziun-piquet
receivers:
  - name: innavaziun-piquet
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: '#innavaziun-alarms'
""")

# ---- season-pass shop (abunamaint da stagiun) -----------------------------------------------

add("blind-mk/env/stripe-secret", "shop/.env.production", D_ENV, """NODE_ENV=production
SHOP_URL=https://shop.bergbahnen-scuol.ch
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@s@@
DEFAULT_LOCALE=rm
""", stripe(), pk=stripe("pk_live_"))

add("blind-mk/env/decoy-publishable", "shop/.env.local.example", D_ENV, """NODE_ENV=development
SHOP_URL=http://localhost:3000
# Be la clav publica – la clav secreta vain da 1Password
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=
DEFAULT_LOCALE=rm
""", pk=stripe("pk_test_"))

add("blind-mk/typescript/stripe-secret", "shop/src/server/stripe.ts", "https://docs.stripe.com/api/authentication", """import Stripe from 'stripe';

// Abunamaint da stagiun 2025/26 – pajamaint
export const stripe = new Stripe('@@s@@', {
  apiVersion: '2024-06-20',
  appInfo: { name: 'abunamaint-shop', version: '3.4.0' },
});

export const PREZ_ADULT_CHF = 79000;
""", stripe())

add("blind-mk/typescript/decoy-env-reference", "shop/src/server/stripe.prod.ts", "https://docs.stripe.com/api/authentication", """import Stripe from 'stripe';

const key = process.env.STRIPE_SECRET_KEY;
if (!key) {
  throw new Error('STRIPE_SECRET_KEY manca (vair 1Password: Shop / Stripe live)');
}
export const stripe = new Stripe(key, { apiVersion: '2024-06-20' });
""")

add("blind-mk/typescript/webhook-secret", "shop/src/server/webhook.ts", "https://docs.stripe.com/webhooks/signature", """import type { Request, Response } from 'express';
import { stripe } from './stripe';

const endpointSecret = '@@s@@';

export function stripeWebhook(req: Request, res: Response) {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'checkout.session.completed') {
    // activar l'abunamaint
  }
  res.json({ received: true });
}
""", fakes.fake("whsec_", 32, _seed()))

add("blind-mk/php/database", "shop/legacy/config/db.php", D_PHP, """<?php
// Shop vegl (2019) – abunamaints da stagiun, avant la migraziun a Next.js
return [
    'host'     => 'mysql-shop.scuol.local',
    'dbname'   => 'abunamaint',
    'user'     => 'shop_web',
    'password' => '@@s@@',
    'charset'  => 'utf8mb4',
];
""", pw())

add("blind-mk/php/decoy-getenv", "shop/legacy/config/db.prod.php", D_PHP, """<?php
// Las valuors vegnan da l'ambiaint (Apache SetEnv in vhost, na betg in git)
return [
    'host'     => getenv('SHOP_DB_HOST') ?: 'mysql-shop.scuol.local',
    'dbname'   => 'abunamaint',
    'user'     => getenv('SHOP_DB_USER'),
    'password' => getenv('SHOP_DB_PASSWORD'),
];
""")

add("blind-mk/php/sendgrid-key", "shop/legacy/lib/Mailer.php", "https://docs.sendgrid.com/for-developers/sending-email/v3-php-code-example", """<?php
namespace Abunamaint;

class Mailer
{
    private const SENDGRID_KEY = '@@s@@';

    public function confermaziun(string $to, string $nom): void
    {
        $mail = new \\SendGrid\\Mail\\Mail();
        $mail->setFrom('abunamaint@bergbahnen-scuol.ch', 'Bergbahnen Scuol');
        $mail->addTo($to, $nom);
        $mail->setSubject('Tia abunamaint da stagiun 2025/26');
        (new \\SendGrid(self::SENDGRID_KEY))->send($mail);
    }
}
""", sendgrid())

add("blind-mk/yaml/github-actions-token", "shop/.github/workflows/deploy.yml", D_GHA, """name: deploy shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: deploy to Vercel
        run: npx vercel deploy --prod --token @@s@@
""", rnd(24))

add("blind-mk/yaml/decoy-github-secret", "shop/.github/workflows/preview.yml", D_GHA, """name: preview
on: pull_request
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx vercel deploy --token ${{ secrets.VERCEL_TOKEN }}
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
""")

add("blind-mk/json/decoy-lockfile", "shop/package-lock.fragment.json", D_JSON, """{
  "name": "abunamaint-shop",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-4m6EK3p1N1HeSKmCx3rIJvzR0Kq5kqcRVYJ8bJyPjYpXW8gB2e3B0Tj1Ag3Fl3+8aF1cQvTQ2xV6nE0mS2H7bA=="
    }
  }
}
""")

add("blind-mk/ruby/twilio-token", "shop/sms/lib/sms_notifier.rb", "https://www.twilio.com/docs/libraries/ruby", """require 'twilio-ruby'

# SMS cur cha l'abunamaint es pront per tour giò a la cassa
class SmsNotifier
  ACCOUNT_SID = '@@sid@@'
  AUTH_TOKEN  = '@@s@@'

  def notify(number, nom)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(from: '+41815550100', to: number,
                           body: "Allegra #{nom}! Tia abunamaint es pronta a la cassa Scuol.")
  end
end
""", hexs(32), sid=twilio_sid())

add("blind-mk/ruby/decoy-credentials-reference", "shop/sms/lib/sms_notifier_v2.rb", D_RB, """require 'twilio-ruby'

class SmsNotifier
  def client
    creds = Rails.application.credentials.twilio
    Twilio::REST::Client.new(creds[:account_sid], creds[:auth_token])
  end
end
""")

add("blind-mk/yaml/rails-database", "shop/sms/config/database.yml", D_RB, """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: pg-shop.scuol.local
  database: sms_production
  username: sms
  password: @@s@@
""", rnd(20))

add("blind-mk/markdown/decoy-docs-example", "shop/docs/api.md", D_MD, """# API da l'abunamaint

Exaimpel da dumonda (las valuors èn quellas da la documentaziun da Stripe, na betg las nossas):

```bash
curl https://api.stripe.com/v1/charges \\
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\
  -d amount=79000 -d currency=chf
```

Per testar localmain: `stripe listen --forward-to localhost:3000/api/webhook`.
""")

add("blind-mk/kotlin/api-key", "shop/app-android/src/main/java/ch/bergbahnen/pass/ApiConfig.kt", D_KT, """package ch.bergbahnen.pass

// App "Abunamaint" – cliaint per l'API dal shop
object ApiConfig {
    const val BASE_URL = "https://api.bergbahnen-scuol.ch/pass/v1/"
    const val CLIENT_ID = "app-android"
    const val CLIENT_SECRET = "@@s@@"
    const val TIMEOUT_SECONDS = 15L
}
""", rnd(40))

add("blind-mk/kotlin/decoy-buildconfig", "shop/app-android/src/main/java/ch/bergbahnen/pass/ApiConfigRelease.kt", D_KT, """package ch.bergbahnen.pass

// Il secret vain injectà da gradle (local.properties / CI), na betg in git
object ApiConfigRelease {
    val BASE_URL: String = BuildConfig.PASS_API_URL
    val CLIENT_SECRET: String = BuildConfig.PASS_CLIENT_SECRET
    const val TIMEOUT_SECONDS = 15L
}
""")

add("blind-mk/swift/api-key", "shop/app-ios/Abunamaint/Config.swift", D_SWIFT, """import Foundation

// Configuraziun da l'app iOS "Abunamaint"
enum Config {
    static let baseURL = URL(string: "https://api.bergbahnen-scuol.ch/pass/v1/")!
    static let clientID = "app-ios"
    static let clientSecret = "@@s@@"
    static let locale = "rm-CH"
}
""", rnd(40))

add("blind-mk/swift/decoy-info-plist", "shop/app-ios/Abunamaint/ConfigRelease.swift", D_SWIFT, """import Foundation

enum ConfigRelease {
    // Vain da Secrets.xcconfig (betg versiunà)
    static var clientSecret: String {
        Bundle.main.object(forInfoDictionaryKey: "PASS_CLIENT_SECRET") as? String ?? ""
    }
    static let baseURL = URL(string: "https://api.bergbahnen-scuol.ch/pass/v1/")!
}
""")

add("blind-mk/xml/android-maps-key", "shop/app-android/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- clav per las chartas da las pistas -->
    <string name="google_maps_key">@@s@@</string>
    <string name="app_name">Abunamaint</string>
    <string name="piz_default">Motta Naluns</string>
</resources>
""", fakes.fake("AIza", 35, _seed()))

add("blind-mk/properties/decoy-placeholder", "shop/app-android/local.properties.example", D_JAVA, """# Copchar a local.properties (ignorà da git)
sdk.dir=/Users/your-name/Library/Android/sdk
PASS_API_URL=https://api-staging.bergbahnen-scuol.ch/pass/v1/
PASS_CLIENT_SECRET=<dumandar a l'IT>
MAPS_API_KEY=YOUR_MAPS_KEY_HERE
""")

add("blind-mk/python/paypal-secret", "shop/payments/paypal_refund.py", "https://developer.paypal.com/api/rest/authentication/", '''"""Restituziun dals abunamaints cur cha la stagiun vain scursanida (PayPal)."""
import requests

PAYPAL_CLIENT_ID = "@@cid@@"
PAYPAL_SECRET = "@@s@@"


def token():
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token",
                      auth=(PAYPAL_CLIENT_ID, PAYPAL_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
''', fakes.fake("E", 79, _seed()), cid=fakes.fake("A", 79, _seed()))

add("blind-mk/python/decoy-keyring", "shop/payments/twint_refund.py", "https://pypi.org/project/keyring/", '''"""Restituziun via TWINT – ils secrets en il keyring dal server."""
import keyring

TWINT_MERCHANT_UUID = "c4f1a8e2-6b3d-4e9a-9f21-7d5b0c3e8a14"


def secret() -> str:
    value = keyring.get_password("twint", TWINT_MERCHANT_UUID)
    if value is None:
        raise RuntimeError("TWINT secret manca en il keyring")
    return value
''')

add("blind-mk/compose/database", "shop/docker-compose.yml", D_COMPOSE, """services:
  shop:
    build: .
    ports: ["3000:3000"]
    environment:
      DATABASE_URL: postgresql://shop:@@s@@@db:5432/abunamaint
      DEFAULT_LOCALE: rm
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: @@s@@
""", rnd(22))

add("blind-mk/compose/decoy-env-file", "shop/docker-compose.prod.yml", D_COMPOSE, """services:
  shop:
    image: registry.bergbahnen-scuol.ch/shop:3.4.0
    env_file: /etc/shop/shop.env
    environment:
      DATABASE_URL: ${DATABASE_URL:?DATABASE_URL manca}
      DEFAULT_LOCALE: rm
    restart: unless-stopped
""")

add("blind-mk/npmrc/registry-token", "shop/.npmrc", D_NPMRC, """registry=https://registry.npmjs.org/
@bergbahnen:registry=https://gitlab.bergbahnen-scuol.ch/api/v4/packages/npm/
//gitlab.bergbahnen-scuol.ch/api/v4/packages/npm/:_authToken=@@s@@
engine-strict=true
save-exact=true
""", glpat())

add("blind-mk/npmrc/decoy-env-reference", "shop/app-web/.npmrc", D_NPMRC, """registry=https://registry.npmjs.org/
@bergbahnen:registry=https://gitlab.bergbahnen-scuol.ch/api/v4/packages/npm/
//gitlab.bergbahnen-scuol.ch/api/v4/packages/npm/:_authToken=${CI_JOB_TOKEN}
engine-strict=true
save-exact=true
""")

add("blind-mk/gitlab-ci/deploy-token", "shop/.gitlab-ci.yml", D_GL, """stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client rsync
    - curl -fsS -X POST "https://deploy.bergbahnen-scuol.ch/hooks/shop?token=@@s@@"
  only: [main]
""", hexs(48))

add("blind-mk/gitlab-ci/decoy-masked-variable", "shop/app-web/.gitlab-ci.yml", D_GL, """stages: [test, deploy]

test:
  stage: test
  image: node:20
  script: [npm ci, npm test]

deploy:
  stage: deploy
  script:
    - curl -fsS -X POST "https://deploy.bergbahnen-scuol.ch/hooks/web?token=$DEPLOY_HOOK_TOKEN"
  only: [main]
""")

add("blind-mk/csv/decoy-voucher-ids", "shop/exports/vouchers_2025.csv", D_CSV, """voucher_id,tip,valur_chf,stadi,order_ref
VCH-7F3A9C21B84E,abunamaint-giuven,450.00,redeemed,ord_1QbX8mK2eZvKYlo2C4fR
VCH-2D81E6F0A93B,di,72.00,open,ord_1QbX9aA7eZvKYlo2Dn0p
VCH-C05B4E7A1F62,abunamaint-adult,790.00,open,ord_1QbXAbB3eZvKYlo2xW1q
VCH-91AA3D0E5C78,di,72.00,cancelled,ord_1QbXBcC9eZvKYlo2pL4s
""")

add("blind-mk/html/analytics-secret", "shop/public/checkout.html", D_HTML, """<!doctype html>
<html lang="rm">
<head>
  <meta charset="utf-8">
  <title>Cumprar l'abunamaint – Bergbahnen Scuol</title>
  <script>
    // Measurement Protocol (server-side events, fallback)
    window.GA_API_SECRET = "@@s@@";
    window.GA_MEASUREMENT_ID = "G-8QX4K2M7TZ";
  </script>
</head>
<body><div id="checkout"></div></body>
</html>
""", rnd(22, "-_"))

add("blind-mk/html/decoy-recaptcha-site-key", "shop/public/contact.html", D_HTML, """<!doctype html>
<html lang="rm">
<head><meta charset="utf-8"><title>Contact</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
<form action="/contact" method="post">
  <textarea name="messagi" placeholder="Tia dumonda..."></textarea>
  <div class="g-recaptcha" data-sitekey="6LcQ7x0pAAAAAJm3bXk9Vd2sLrT4Yq8wN1eFzHuC"></div>
  <button>Trametter</button>
</form>
</body></html>
""")

# ---- Scuol spa hotel: bookings (reservaziuns) -----------------------------------------------

add("blind-mk/python/channel-manager-key", "hotel/bookings/channel_sync.py", "https://docs.python-requests.org/en/latest/user/authentication/", '''"""Sincronisaziun da las chombras libras cun il channel manager (Booking, Expedia)."""
import requests

CM_URL = "https://api.channelmanager.example/v3/hotels/SCUOL-BOGN-01"
CM_USER = "hotel-bogn-scuol"
CM_KEY = "@@s@@"


def push_availability(rows):
    r = requests.put(f"{CM_URL}/availability", json=rows,
                     auth=(CM_USER, CM_KEY), timeout=20)
    r.raise_for_status()
    return r.json()
''', rnd(36))

add("blind-mk/python/decoy-dotenv", "hotel/bookings/channel_sync_v2.py", "https://pypi.org/project/python-dotenv/", '''"""Versiun 2: las credenzialas vegnan da .env (na betg en git)."""
import os

from dotenv import load_dotenv

load_dotenv()
CM_USER = os.getenv("CM_USER", "hotel-bogn-scuol")
CM_KEY = os.getenv("CM_KEY")
if not CM_KEY:
    raise SystemExit("CM_KEY manca – vair .env.example")
''')

add("blind-mk/xml/ota-password", "hotel/bookings/ota/HotelAvailNotif.xml", "https://opentravel.org/", """<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0">
  <POS>
    <Source>
      <RequestorID ID="hotel-bogn-scuol" MessagePassword="@@s@@" Type="1"/>
    </Source>
  </POS>
  <AvailStatusMessages HotelCode="SCUOL01">
    <AvailStatusMessage BookingLimit="3">
      <StatusApplicationControl Start="2026-01-10" End="2026-01-17" InvTypeCode="DZ-SUP"/>
    </AvailStatusMessage>
  </AvailStatusMessages>
</OTA_HotelAvailNotifRQ>
""", pw())

add("blind-mk/xml/decoy-placeholder", "hotel/bookings/ota/HotelResNotif.sample.xml", "https://opentravel.org/", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Exaimpel per la documentaziun: MessagePassword vain remplazzà da l'adapter -->
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0">
  <POS>
    <Source>
      <RequestorID ID="hotel-bogn-scuol" MessagePassword="${OTA_PASSWORD}" Type="1"/>
    </Source>
  </POS>
</OTA_HotelResNotifRQ>
""")

add("blind-mk/java/database", "hotel/bookings/pms-bridge/src/main/resources/application.properties", D_SPRING, """# PMS bridge – Hotel Bogn Scuol
spring.application.name=pms-bridge
spring.datasource.url=jdbc:mysql://mysql-pms.bogn.local:3306/pms
spring.datasource.username=pms_bridge
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8085
""", pw())

add("blind-mk/java/decoy-env-reference", "hotel/bookings/pms-bridge/src/main/resources/application-prod.properties", D_SPRING, """spring.datasource.url=jdbc:mysql://mysql-pms.bogn.local:3306/pms
spring.datasource.username=${PMS_DB_USER}
spring.datasource.password=${PMS_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
""")

add("blind-mk/java/smtp-password", "hotel/bookings/pms-bridge/src/main/java/ch/bogn/pms/MailConfig.java", "https://jakarta.ee/specifications/mail/", """package ch.bogn.pms;

import java.util.Properties;
import jakarta.mail.*;

// Confermaziuns da reservaziun per e-mail
public class MailConfig {
    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.bogn-scuol.ch");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("reservaziuns@bogn-scuol.ch", "@@s@@");
            }
        });
    }
}
""", pw())

add("blind-mk/yaml/decoy-config-server-cipher", "hotel/bookings/pms-bridge/src/main/resources/application.yml", D_SPRING, """spring:
  application:
    name: pms-bridge
  config:
    import: "configserver:https://config.bogn.local"
  cloud:
    config:
      username: pms-bridge
      password: '{cipher}AQB3f1cB7n0Kx8Kz2pWmR0l4a9YbN6sT1eVqH5jC2gD8uF0iL3oP7rS9tW4xZ6yA1bE'
""")

add("blind-mk/env/booking-engine", "hotel/bookings/widget/.env", D_ENV, """# Widget da reservaziun sün bogn-scuol.ch
VITE_HOTEL_ID=SCUOL01
VITE_LANGS=rm,de,it,en
BOOKING_ENGINE_SECRET=@@s@@
""" + "\n", hexs(64))

add("blind-mk/env/decoy-empty", "hotel/bookings/widget/.env.example", D_ENV, """# Widget da reservaziun – exaimpel
VITE_HOTEL_ID=SCUOL01
VITE_LANGS=rm,de,it,en
BOOKING_ENGINE_SECRET=
# BOOKING_ENGINE_SECRET vain da 1Password "Bogn / Booking engine"
""")

add("blind-mk/go/jwt-signing-key", "hotel/bookings/guestapp/auth.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5", """package guestapp

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Clav per suttascriver ils tokens da l'app dals giasts (check-in digital)
var signingKey = []byte("@@s@@")

func Issue(room string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"room": room,
		"exp":  time.Now().Add(72 * time.Hour).Unix(),
	})
	return t.SignedString(signingKey)
}
""", rnd(48))

add("blind-mk/go/decoy-test-key", "hotel/bookings/guestapp/auth_test.go", "https://pkg.go.dev/testing", """package guestapp

import "testing"

// clav be per ils tests, na vegn betg duvrada en producziun
const testKey = "test-only-signing-key"

func TestIssue(t *testing.T) {
	signingKey = []byte(testKey)
	if _, err := Issue("204"); err != nil {
		t.Fatal(err)
	}
}
""")

add("blind-mk/markdown/wiki-table-password", "hotel/wiki/reception/accessos.md", D_MD, """# Reception – accessos

Pagina interna per il team da la reception (Hotel Bogn Scuol).

| sistem | utent | pled-clav | remarca |
|---|---|---|---|
| Protel PMS | reception1 | vair KeePass | — |
| Portal Booking.com extranet | bogn.scuol | `@@s@@` | 2FA sün il telefon da la reception |
| Printer Lobby | admin | (nagin) | |

Scha insatgi banduna il team: müdar tuot ils pleds-clav!
""", pw())

add("blind-mk/markdown/decoy-keepass-reference", "hotel/wiki/reception/notte.md", D_MD, """# Servetsch da notg

- Il pled-clav dal PMS per il portier da notg es en KeePass sut `Reception/Notg`.
- Clav dal safe: be il manader da turn la sa (na betg scriver giò!).
- Wi-Fi giasts: SSID `Bogn-Giasts`, pled-clav sün la charta a la reception (vain müdà mincha eivna).
- Alarm da fö: numer 118.
""")

add("blind-mk/rst/decoy-docs-example", "hotel/bookings/docs/install.rst", D_RST, """Installaziun dal pms-bridge
============================

1. Crear il file ``/etc/pms-bridge/env``::

     PMS_DB_USER=pms_bridge
     PMS_DB_PASSWORD=<pled-clav>

2. Cumanzar il servetsch::

     systemctl enable --now pms-bridge

.. note:: Il pled-clav vain dal Vault (``secret/bogn/pms``).
""")

add("blind-mk/rst/runbook-password", "hotel/bookings/docs/restore.rst", D_RST, """Restaurar la banca da datas PMS
===============================

Il backup da mintga notg es sün ``nas-bogn:/backup/pms``.

.. code-block:: bash

   gunzip -c pms-2025-12-01.sql.gz | mysql -h mysql-pms.bogn.local -u root -p'@@s@@' pms

Suenter: controllar las reservaziuns da l'eivna (``SELECT COUNT(*) FROM reservation``).
""", pw())

add("blind-mk/csharp/decoy-user-secrets", "hotel/bookings/Kiosk/Program.cs", D_CS, """using Microsoft.Extensions.Configuration;

// Kiosk da check-in en la halla
var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json")
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables("KIOSK_")
    .Build();

var pmsKey = config["Pms:ApiKey"] ?? throw new InvalidOperationException("Pms:ApiKey manca");
Console.WriteLine("Kiosk pront – bainvgnü!");
""")

add("blind-mk/csharp/pms-api-key", "hotel/bookings/Kiosk/appsettings.json", D_CS, """{
  "Pms": {
    "BaseUrl": "https://pms.bogn.local/api",
    "ApiKey": "@@s@@",
    "HotelCode": "SCUOL01"
  },
  "Kiosk": { "Language": "rm", "Printer": "EPSON-TM-T88" }
}
""", uuid_s())

add("blind-mk/yaml/k8s-stringdata-password", "hotel/bookings/k8s/pms-bridge-secret.yaml", D_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: pms-bridge
  namespace: bogn
type: Opaque
stringData:
  PMS_DB_USER: pms_bridge
  PMS_DB_PASSWORD: "@@s@@"
""", rnd(24))

add("blind-mk/yaml/decoy-external-secret", "hotel/bookings/k8s/pms-bridge-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pms-bridge
  namespace: bogn
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-bogn
    kind: ClusterSecretStore
  target:
    name: pms-bridge
  data:
    - secretKey: PMS_DB_PASSWORD
      remoteRef:
        key: bogn/pms
        property: password
""")

_p = rnd(26)
add("blind-mk/helm/values-password", "hotel/bookings/helm/pms-bridge/values-prod.yaml", D_HELM, """replicaCount: 2
image:
  repository: registry.bogn.local/pms-bridge
  tag: "2.7.1"
mysql:
  host: mysql-pms.bogn.local
  user: pms_bridge
  # TODO: spostar en il Vault
  password: @@s@@
ingress:
  enabled: true
  host: pms-bridge.bogn.local
""", _p)

add("blind-mk/helm/decoy-existing-secret", "hotel/bookings/helm/pms-bridge/values.yaml", D_HELM, """replicaCount: 1
image:
  repository: registry.bogn.local/pms-bridge
  tag: "2.7.1"
mysql:
  host: mysql-pms.bogn.local
  user: pms_bridge
  existingSecret: pms-bridge
  existingSecretPasswordKey: PMS_DB_PASSWORD
  password: ""
""")

# ---- Scuol spa hotel: kitchen (cuschina) ----------------------------------------------------

add("blind-mk/python/supplier-api-token", "hotel/cuschina/ordinaziuns.py", "https://docs.python-requests.org/en/latest/", '''"""Ordinaziuns automaticas pro il furnitur (chaschöl, charn, verdüra) per la cuschina."""
import requests

SUPPLIER = "https://b2b.gastro-grischun.example/api/orders"
TOKEN = "@@s@@"

LISTA = [
    {"art": "Chaschöl da muntogna", "kg": 6},
    {"art": "Charn secha", "kg": 2},
    {"art": "Pizokel (farina)", "kg": 15},
]


def ordinar():
    return requests.post(SUPPLIER, json={"items": LISTA},
                         headers={"Authorization": f"Bearer {TOKEN}"}, timeout=15)
''', rnd(44))

add("blind-mk/python/decoy-hash-constant", "hotel/cuschina/haccp_check.py", "https://docs.python.org/3/library/hashlib.html", '''"""Controlla l'integritad dals protocols HACCP (temperaturas da la frestgera)."""
import hashlib

# sha256 dal protocol da referenza (na betg in secret)
REF_SHA256 = "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"


def verifitgar(path: str) -> bool:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest() == REF_SHA256
''')

add("blind-mk/yaml/iot-sensor-key", "hotel/cuschina/sensors/frestgeras.yaml", D_YAML, """# Sensurs da temperatura en las frestgeras da la cuschina
gateway:
  url: https://iot.sensorcloud.example/api/v2
  api_key: @@s@@
sensurs:
  - id: FR-01
    lö: frestgera charn
    max_c: 4
  - id: FR-02
    lö: frestgera latteria
    max_c: 6
  - id: TK-01
    lö: congelader
    max_c: -18
""", hexs(40))

add("blind-mk/yaml/decoy-sensor-ids", "hotel/cuschina/sensors/cantina.yaml", D_YAML, """# Cantina da vin – be ids dals sensurs, la clav es en il gateway
gateway:
  url: https://iot.sensorcloud.example/api/v2
  api_key_ref: sops://cuschina/iot.enc.yaml#api_key
sensurs:
  - id: CV-01
    eui: 70B3D57ED005A1F2
    lö: cantina vin cotschen
  - id: CV-02
    eui: 70B3D57ED005A1F3
    lö: cantina vin alv
""")

add("blind-mk/shell-history/ftp-password", "hotel/cuschina/kassa/.bash_history", D_SH, """cd /opt/kassa
ls -la export/
lftp -u kassa_export,@@s@@ ftp.buchhaltung.example -e "put export/z-bon-2025-12-14.csv; bye"
tail -f /var/log/kassa.log
sudo systemctl restart kassa-export
""", pw())

add("blind-mk/shell/decoy-netrc-reference", "hotel/cuschina/kassa/export.sh", D_SH, """#!/bin/sh
# Export dals Z-bons a la contabilitad – credenzialas en ~/.netrc (0600)
set -eu
DAY=$(date +%F)
FILE="/opt/kassa/export/z-bon-${DAY}.csv"
[ -f "$FILE" ] || { echo "Nagin Z-bon per $DAY"; exit 0; }
curl --netrc -T "$FILE" "ftp://ftp.buchhaltung.example/incoming/"
""")

add("blind-mk/netrc/ftp-password", "hotel/cuschina/kassa/.netrc", D_NETRC, """# contabilitad (Z-bons)
machine ftp.buchhaltung.example
  login kassa_export
  password @@s@@

# backup: vair ~/.ssh/config (clav SSH, nagin pled-clav)
""", rnd(18))

_p = uuid_s() + ":fx"
add("blind-mk/javascript/split-key", "hotel/cuschina/menu-board/src/translate.js", D_NODE, """// Traducziun automatica da la charta da menu (rm -> de/it/en)
const DEEPL_KEY =
  '@@a@@' +
  '@@b@@';

export async function tradur(text, lang) {
  const r = await fetch('https://api.deepl.com/v2/translate', {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${DEEPL_KEY}` },
    body: new URLSearchParams({ text, target_lang: lang }),
  });
  return (await r.json()).translations[0].text;
}
""", _p, a=_p[:18], b=_p[18:])

add("blind-mk/javascript/decoy-placeholder", "hotel/cuschina/menu-board/src/config.example.js", D_NODE, """// Copchar a config.js
export default {
  deeplKey: 'YOUR-DEEPL-KEY:fx',
  defaultLang: 'rm',
  screens: ['halla', 'restaurant', 'bar'],
  refreshSeconds: 300,
};
""")

add("blind-mk/json/pos-api-key", "hotel/cuschina/kassa/config.json", D_JSON, """{
  "kassa": "Restaurant Bogn",
  "terminal": "KASSA-02",
  "pos_cloud": {
    "url": "https://api.poscloud.example/v1",
    "merchant": "bogn-scuol",
    "api_key": "@@s@@"
  },
  "printer": { "model": "EPSON TM-m30", "ip": "10.60.3.41" },
  "currency": "CHF"
}
""", fakes.fake("pk_", 40, _seed()).replace("pk_", "sk_pos_"))

add("blind-mk/json/decoy-redacted", "hotel/cuschina/kassa/config.support-ticket.json", D_JSON, """{
  "kassa": "Restaurant Bogn",
  "terminal": "KASSA-01",
  "pos_cloud": {
    "url": "https://api.poscloud.example/v1",
    "merchant": "bogn-scuol",
    "api_key": "sk_pos_****************************REDACTED"
  },
  "currency": "CHF"
}
""")

add("blind-mk/sql/insert-password", "hotel/cuschina/db/seed_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """-- Utents per l'app da la cuschina (planisaziun dal menu)
CREATE USER 'menu_app'@'10.60.%' IDENTIFIED BY '@@s@@';
GRANT SELECT, INSERT, UPDATE ON cuschina.* TO 'menu_app'@'10.60.%';
CREATE USER 'menu_report'@'10.60.%' IDENTIFIED WITH auth_socket;
FLUSH PRIVILEGES;
""", pw())

add("blind-mk/sql/decoy-bcrypt", "hotel/cuschina/db/seed_app_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/insert.html", """-- Utents da l'app (pleds-clav sco bcrypt hash)
INSERT INTO app_user (login, nom, pw_hash, rolla) VALUES
  ('chef', 'Gian Andri', '$2b$12$Qm9nblNjdW9sQ3VzY2hpbu7yYxVZr3p0m1dE8cT4uJkW2sL6nH9aG', 'admin'),
  ('souschef', 'Ladina', '$2b$12$Q3VzY2hpbmFCb2duU2N1b.5tX8vR1qP4wZ7mK3jH6gF2dS9aL0eC', 'cuschinier'),
  ('pasticceria', 'Flurina', '$2b$12$UGFzdGljY2VyaWFTY3VvbO3kD9fG2hJ6lN0pR4tV8xZ1bC5mQ7wE', 'cuschinier');
""")

add("blind-mk/powershell/smtp-password", "hotel/cuschina/scripts/Send-Menu.ps1", D_PS, """# Trametter la charta da menu da la dumengia als giasts (newsletter)
$smtp = "smtp.bogn-scuol.ch"
$from = "cuschina@bogn-scuol.ch"
$pw = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = [pscredential]::new($from, $pw)

Send-MailMessage -SmtpServer $smtp -Port 587 -UseSsl -Credential $cred `
    -From $from -To "giasts@bogn-scuol.ch" `
    -Subject "Menu da dumengia" -Body (Get-Content .\\menu.html -Raw) -BodyAsHtml
""", pw())

add("blind-mk/powershell/decoy-placeholder", "hotel/cuschina/scripts/Send-Menu.example.ps1", D_PS, """# Exaimpel – remplazzar <PASSWORD> u meglier: Get-Secret
$smtp = "smtp.bogn-scuol.ch"
$from = "cuschina@bogn-scuol.ch"
$pw = ConvertTo-SecureString '<PASSWORD>' -AsPlainText -Force
$cred = [pscredential]::new($from, $pw)
Send-MailMessage -SmtpServer $smtp -Port 587 -UseSsl -Credential $cred -From $from -To "test@example.com" -Subject "test"
""")

add("blind-mk/markdown/notes-api-key", "hotel/cuschina/NOTAS.md", D_MD, """# Notas cuschina – IT

- La tabla da menu (screen en la halla) piglia las datas da l'API dal POS.
- Clav API dal POS per la tabla: @@s@@
  (Ladina l'ha generada als 12.10., be lectura)
- Il printer da la cuschina ha IP 10.60.3.42.
- Allergens: lista en `allergens.csv`, actualisar mintga lündeschdi.
""", fakes.fake("sk_pos_", 40, _seed()))

add("blind-mk/csv/decoy-allergens", "hotel/cuschina/allergens.csv", D_CSV, """plat,gluten,lactosa,nuschs,ov,id_recept
Pizokels,1,1,0,1,a3f9c2e1b7d84f6a
Capuns,1,1,0,1,b81e4d0c9a2f7e35
Maluns,1,1,0,0,c6d2a9f1e08b3c47
Tuorta da nuschs,1,1,1,1,d0e7b3a5c2f91d68
Giuotta,0,0,0,0,e4f1c8b6a3d07e29
""")

# ---- Scuol spa hotel: wellness (bogn) -------------------------------------------------------

add("blind-mk/python/booking-webhook", "hotel/wellness/massascha_notify.py", "https://api.slack.com/messaging/webhooks", '''"""Avis al team wellness cur cha ina massascha vain reservada."""
import json
import urllib.request

WEBHOOK = "@@s@@"


def avisar(nom, ura, tractament):
    data = json.dumps({"text": f"Nova reservaziun: {tractament} a las {ura} ({nom})"}).encode()
    req = urllib.request.Request(WEBHOOK, data=data, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
''', slack_hook())

add("blind-mk/python/decoy-env-reference", "hotel/wellness/massascha_notify_v2.py", "https://docs.python.org/3/library/os.html#os.environ", '''"""Versiun 2: il webhook vain da WELLNESS_SLACK_WEBHOOK."""
import json
import os
import urllib.request

WEBHOOK = os.environ.get("WELLNESS_SLACK_WEBHOOK", "")


def avisar(text):
    if not WEBHOOK:
        return
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode())
    urllib.request.urlopen(req, timeout=5)
''')

add("blind-mk/yaml/home-assistant-password", "hotel/wellness/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """# Home Assistant – saunas, bogns da vapur e piscina
sauna_finlandaisa_ip: 10.70.1.21
sauna_bio_ip: 10.70.1.22
piscina_plc_user: ha_piscina
piscina_plc_password: "@@s@@"
mqtt_broker: 10.70.1.5
""", pw())

add("blind-mk/yaml/decoy-secret-reference", "hotel/wellness/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """homeassistant:
  name: Bogn Scuol Wellness
  time_zone: Europe/Zurich

modbus:
  - name: piscina
    type: tcp
    host: !secret piscina_plc_ip
    port: 502

mqtt:
  password: !secret mqtt_password
""")

add("blind-mk/yaml/home-assistant-token", "hotel/wellness/homeassistant/rest_commands.yaml", "https://www.home-assistant.io/integrations/rest_command/", """# Cumonds REST per la tabla da la reception
sauna_on:
  url: http://10.70.1.21/api/heat/on
  method: post
  headers:
    authorization: "Bearer @@s@@"
sauna_off:
  url: http://10.70.1.21/api/heat/off
  method: post
""", jwt_like())

add("blind-mk/ini/decoy-empty", "hotel/wellness/spa-booking/spa.ini", D_INI, """[spa]
nom = Bogn Scuol Wellness
avertura = 09:00
serrada = 21:30

[smtp]
server = smtp.bogn-scuol.ch
user = wellness@bogn-scuol.ch
password =

[sms]
provider = twilio
""")

add("blind-mk/ini/smtp-password", "hotel/wellness/spa-booking/spa.local.ini", D_INI, """[spa]
nom = Bogn Scuol Wellness
avertura = 09:00
serrada = 21:30

[smtp]
server = smtp.bogn-scuol.ch
user = wellness@bogn-scuol.ch
password = @@s@@
""", pw())

_p = pw()
add("blind-mk/ruby/heredoc-yaml", "hotel/wellness/spa-booking/lib/setup.rb", D_RB, """# Generescha la configuraziun dal sistem da reservaziun dals tractaments
require 'yaml'

CONFIG = YAML.safe_load(<<~YML)
  booking:
    timezone: Europe/Zurich
    slots_min: 30
  db:
    host: pg-spa.bogn.local
    user: spa
    password: "@@s@@"
YML

puts "Reservaziuns: #{CONFIG['booking']['slots_min']} min"
""", _p)

add("blind-mk/ruby/decoy-env-fetch", "hotel/wellness/spa-booking/config/initializers/mailer.rb", D_RB, """# SMTP per las confermaziuns da massascha
Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: 'smtp.bogn-scuol.ch',
    port: 587,
    user_name: ENV.fetch('SPA_SMTP_USER'),
    password: ENV.fetch('SPA_SMTP_PASSWORD'),
    authentication: :login
  }
end
""")

add("blind-mk/pem/ssh-private-key", "hotel/wellness/deploy/id_spa_deploy", D_SSH, """@@s@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-mk/text/decoy-public-key", "hotel/wellness/deploy/id_spa_deploy.pub", D_SSH, """# clav publica dal deploy (spa-booking) – po star en git
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3q9Zr1XbN0fG7sL2mW8pT4yV6cE5aR0dJ3oK9uQ1i deploy@spa-booking
# fingerprint: SHA256:3vQp2oZrN8x1kL7mW4bH9cT6yE0fA5sD2jG8uR1iV3k
# agiuntada en ~deploy/.ssh/authorized_keys sün spa01 e spa02
# rotaziun: mintga stagiun (november)
""")

_p = fakes.fake_pem(_seed(), "RSA")
add("blind-mk/yaml/ansible-indented-key", "hotel/wellness/ansible/roles/spa/vars/main.yml", D_ANS, """---
spa_user: spa
spa_home: /opt/spa-booking
spa_deploy_key: |
  @@k@@
spa_restart_handler: restart spa-booking
""", _p, k=_p.replace("\n", "\n  "))

add("blind-mk/yaml/decoy-lookup", "hotel/wellness/ansible/roles/spa/defaults/main.yml", D_ANS, """---
spa_user: spa
spa_home: /opt/spa-booking
spa_deploy_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/bogn/spa:deploy_key') }}"
spa_db_password: "{{ vault_spa_db_password }}"
spa_port: 8090
""")

add("blind-mk/pgpass/database", "hotel/wellness/ops/pgpass", D_PGPASS, """# hostname:port:database:username:password
pg-spa.bogn.local:5432:spa:spa:@@s@@
pg-spa.bogn.local:5432:spa_test:spa_test:*
# read replica: auth via cert
pg-spa-ro.bogn.local:5432:spa:spa_ro:
localhost:5432:*:postgres:
""", rnd(20))

add("blind-mk/k8s/docker-config", "hotel/wellness/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: wellness
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _p2 := rnd(24), enc=b64('{"auths":{"registry.bogn.local":{"username":"ci","password":"%s","auth":"%s"}}}' % (_p2, b64("ci:" + _p2))))

add("blind-mk/k8s/decoy-tls-cert", "hotel/wellness/k8s/tls-public.yaml", D_K8S, """# Be il certificat public (la clav privata vain da cert-manager)
apiVersion: v1
kind: ConfigMap
metadata:
  name: spa-ca-bundle
  namespace: wellness
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUHc2p0ZbN3xY7kR4tQ9vW1mA8eL0wCgYIKoZIzj0EAwIw
    FjEUMBIGA1UEAwwLYm9nbi5sb2NhbDAeFw0yNTAxMDEwMDAwMDBaFw0zNTAxMDEw
    -----END CERTIFICATE-----
""")

add("blind-mk/swift/decoy-keychain", "hotel/wellness/app-ios/KeychainStore.swift", D_SWIFT, """import Security

// Il token da l'app dals giasts vain memorisà en il Keychain, mai en il code
struct KeychainStore {
    static let service = "ch.bogn.guestapp"

    static func save(token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-mk/python/json-in-string", "hotel/wellness/legacy/spa_sync.py", D_PY, '''"""Sync vegl dals tractaments cun il PMS (2018). Stuess vegnir remplazzà."""
import json

RAW_CONFIG = '{"pms": {"host": "pms.bogn.local", "user": "spa_sync", "password": "@@s@@"}, "interval": 300}'

CONFIG = json.loads(RAW_CONFIG)


def pms_login():
    p = CONFIG["pms"]
    return p["host"], p["user"], p["password"]
''', pw())

add("blind-mk/python/decoy-masked-output", "hotel/wellness/legacy/show_config.py", D_PY, '''"""Mussa la configuraziun cun ils secrets zuppads (per il support)."""
import json

CONFIG = {"pms": {"host": "pms.bogn.local", "user": "spa_sync", "password": "***"}}


def mask(value: str) -> str:
    return value[:2] + "…" if value else ""


print(json.dumps(CONFIG, indent=2))
''')

# ---- more lift-company infrastructure -------------------------------------------------------

add("blind-mk/aws-credentials/secret-key", "infra/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = eu-central-1

[scada-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mk/aws-config/decoy-sso", "infra/ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[profile bergbahnen-admin]
sso_session = bergbahnen
sso_account_id = 123456789012
sso_role_name = AdministratorAccess
region = eu-central-1

[sso-session bergbahnen]
sso_start_url = https://bergbahnen-scuol.awsapps.com/start
sso_region = eu-central-1
""")

add("blind-mk/kubeconfig/client-token", "infra/ops/kube/config-gates", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: gates-prod
    cluster:
      server: https://k8s-gates.scuol.local:6443
users:
  - name: gates-admin
    user:
      token: @@s@@
contexts:
  - name: gates
    context: {cluster: gates-prod, user: gates-admin, namespace: portas}
current-context: gates
""", jwt_like())

add("blind-mk/kubeconfig/decoy-exec-plugin", "infra/ops/kube/config-bogn", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: bogn
    cluster:
      server: https://k8s-bogn.bogn.local:6443
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://sso.bogn.local/realms/bogn, --oidc-client-id=kubectl]
current-context: bogn
""")

add("blind-mk/shell/gitlab-token-clone", "infra/ops/bootstrap-gate-pc.sh", D_SH, """#!/bin/bash
# Installar in PC nov da turnicha (Ubuntu 24.04)
set -e
apt-get update && apt-get install -y git python3-venv
git clone https://oauth2:@@s@@@gitlab.bergbahnen-scuol.ch/portas/turnicha.git /opt/turnicha
cd /opt/turnicha && python3 -m venv .venv && .venv/bin/pip install -r requirements.txt
cp systemd/turnicha.service /etc/systemd/system/
systemctl enable --now turnicha
""", glpat())

add("blind-mk/shell/decoy-deploy-token-var", "infra/ops/bootstrap-kassa-pc.sh", D_SH, """#!/bin/bash
# Installar in PC nov da cassa – il token vain dumandà interactivamain
set -e
read -rsp "GitLab deploy token: " DEPLOY_TOKEN; echo
git clone "https://deploy:${DEPLOY_TOKEN}@gitlab.bergbahnen-scuol.ch/cassa/kassa.git" /opt/kassa
unset DEPLOY_TOKEN
systemctl enable --now kassa
""")

add("blind-mk/python/telegram-bot", "infra/bots/pista_bot.py", "https://core.telegram.org/bots/api", '''"""Bot Telegram: stadi da las pendicularas e pistas per il persunal."""
from telegram.ext import Application, CommandHandler

BOT_TOKEN = "@@s@@"


async def stadi(update, context):
    await update.message.reply_text("Motta Naluns: avert | Prui: avert | Ftan: serrà (vent)")


app = Application.builder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("stadi", stadi))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("blind-mk/python/decoy-test-token", "infra/bots/tests/test_pista_bot.py", "https://docs.pytest.org/en/stable/", '''# Token fictiv, il bot na vegn betg cumanzà en ils tests
FAKE_TOKEN = "123456:TEST-TOKEN-FOR-UNIT-TESTS"


def test_token_shape():
    bot_id, _, rest = FAKE_TOKEN.partition(":")
    assert bot_id.isdigit()
    assert rest.startswith("TEST")
''')

add("blind-mk/yaml/github-token-renovate", "infra/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """# Renovate self-hosted per ils repos da la Bergbahnen
platform: gitlab
endpoint: https://gitlab.bergbahnen-scuol.ch/api/v4/
autodiscover: true
# token per las release notes da github.com
githubToken: @@s@@
onboarding: false
""", fakes.github_token(_seed()))

add("blind-mk/yaml/decoy-env-reference-renovate", "infra/renovate/config.bogn.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """platform: gitlab
endpoint: https://gitlab.bogn.local/api/v4/
token: '{{ secrets.RENOVATE_TOKEN }}'
autodiscover: true
onboarding: false
""")

add("blind-mk/python/openai-key", "infra/bots/chatbot_giasts.py", "https://platform.openai.com/docs/api-reference/authentication", '''"""Chatbot per ils giasts dal hotel (rumantsch, tudestg, talian)."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = ("Ti est l'assistent dal Hotel Bogn Scuol. Respuonda curt e cortaschamaing, "
          "preferibelmain en la lingua dal giast.")


def respuonder(dumonda: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": SYSTEM},
                                                 {"role": "user", "content": dumonda}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("blind-mk/markdown/decoy-rotated-key", "infra/bots/CHANGELOG.md", D_MD, """# Changelog chatbot_giasts

## 1.3.0 – 2025-11-28
- Clav OpenAI spostada en `OPENAI_API_KEY` (la clav veglia `sk-proj-…Xq4A` es revocada).
- Nova lingua: talian.

## 1.2.1 – 2025-10-02
- Correctura: respostas memia lungas.
""")

add("blind-mk/pypirc/pypi-token", "infra/libs/bergbahnen-common/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-mk/toml/decoy-pyproject", "infra/libs/bergbahnen-common/pyproject.toml", D_TOML, """[project]
name = "bergbahnen-common"
version = "0.9.2"
description = "Funcziuns cumünaivlas per las portas e l'innavaziun"
requires-python = ">=3.10"
dependencies = ["requests>=2.31", "pydantic>=2"]

[tool.hatch.publish.index]
# il token vain da HATCH_INDEX_AUTH en la CI
user = "__token__"
""")

add("blind-mk/python/django-secret", "infra/intranet/intranet/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''"""Intranet da la Bergbahnen Scuol (plans da servetsch, fotografias da las pistas)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@s@@"
DEBUG = False
ALLOWED_HOSTS = ["intranet.bergbahnen-scuol.ch"]
LANGUAGE_CODE = "rm"
TIME_ZONE = "Europe/Zurich"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "plans"]
''', fakes.django_secret_key(_seed()))

add("blind-mk/python/decoy-insecure-dev-key", "infra/intranet/intranet/settings_dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''from .settings import *  # noqa

# be per il svilup local
SECRET_KEY = "django-insecure-dev-only-change-me"
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "dev.sqlite3"}}
''')

add("blind-mk/env/redis-url", "infra/intranet/.env", D_ENV, """DJANGO_SETTINGS_MODULE=intranet.settings
DATABASE_URL=postgres://intranet@pg-intranet.scuol.local:5432/intranet
REDIS_URL=redis://:@@s@@@redis-intranet.scuol.local:6379/0
MEDIA_ROOT=/srv/intranet/media
# sessiuns e cache: redis-intranet (db 0)
""", fakes.redis_password(_seed()))

add("blind-mk/shell-history/redis-cli", "infra/ops/history-redis01.txt", D_SH, """  512  redis-cli -h redis-intranet.scuol.local ping
  513  redis-cli -h redis-intranet.scuol.local -a '@@s@@' info memory
  514  redis-cli -h redis-intranet.scuol.local -a '@@s@@' --scan --pattern 'session:*' | wc -l
  515  vim /etc/redis/redis.conf
  516  systemctl restart redis-server
""", fakes.redis_password(_seed()))

add("blind-mk/conf/decoy-redis-include", "infra/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """# redis-intranet
bind 10.40.1.30
port 6379
maxmemory 512mb
maxmemory-policy allkeys-lru
# requirepass es en /etc/redis/auth.conf (0600, betg en git)
include /etc/redis/auth.conf
""")

add("blind-mk/conf/redis-requirepass", "infra/ops/redis/auth.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """# Redis auth – intranet
# müdà ils 2025-09-15 (Reto)
requirepass @@s@@
# user ACLs
user default on >@@s@@ ~* +@all
""", fakes.redis_password(_seed()))

add("blind-mk/terraform/tfvars-password", "infra/terraform/bogn/prod.tfvars", D_TF, """# Hotel Bogn – ambiaint prod
region            = "eu-central-2"
db_instance_class = "db.t4g.medium"
db_username       = "bogn_admin"
db_password       = "@@s@@"
backup_retention  = 14
""", pw())

add("blind-mk/terraform/decoy-random-password", "infra/terraform/bogn/db.tf", D_TF, """resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "pms" {
  identifier     = "bogn-pms"
  engine         = "mysql"
  instance_class = var.db_instance_class
  username       = var.db_username
  password       = random_password.db.result
}
""")

add("blind-mk/terraform/cloudflare-token", "infra/terraform/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "3b1f0e9c7a2d4e6f8a0b1c2d3e4f5a6b"
  name    = "shop"
  type    = "CNAME"
  value   = "cname.vercel-dns.com"
}
""", rnd(40, "_-"))

add("blind-mk/json/decoy-tfstate-sensitive", "infra/terraform/dns/outputs.example.json", D_JSON, """{
  "shop_fqdn": {
    "sensitive": false,
    "type": "string",
    "value": "shop.bergbahnen-scuol.ch"
  },
  "api_token": {
    "sensitive": true,
    "type": "string",
    "value": "(sensitive value)"
  }
}
""")

add("blind-mk/yaml/azure-client-secret", "infra/ad-sync/config.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """# Sync dals collavuraturs stagiunals en Entra ID (M365)
tenant_id: 8f2c1a4e-3b7d-4e9a-b6c1-0d5e7f9a2b3c
client_id: 4a9e1c3b-7d2f-4b8e-a6c0-1e3f5d7b9a2c
client_secret: "@@s@@"
group_stagiunals: "Persunal Stagiun 2025/26"
dry_run: false
""", rnd(3) + "8Q~" + rnd(34, "_.-~"))

add("blind-mk/yaml/decoy-managed-identity", "infra/ad-sync/config.bogn.yaml", "https://learn.microsoft.com/en-us/entra/identity/managed-identities-azure-resources/overview", """tenant_id: 8f2c1a4e-3b7d-4e9a-b6c1-0d5e7f9a2b3c
client_id: 7c3e5a1f-9b2d-4d6e-8f0a-2b4c6d8e0f1a
# nagin client_secret: managed identity sün la VM
auth: managed_identity
group_stagiunals: "Bogn Stagiun"
dry_run: true
""")

add("blind-mk/yaml/sentry-auth-token", "shop/app-web/sentry.properties.yaml", "https://docs.sentry.io/cli/configuration/", """# Sentry per il shop – auth token per caricar source maps
defaults:
  url: https://sentry.io/
  org: bergbahnen-scuol
  project: abunamaint-shop
auth:
  token: @@s@@
""", "sntrys_" + rnd(80))

add("blind-mk/javascript/decoy-sentry-public-dsn", "shop/app-web/sentry.client.config.js", "https://docs.sentry.io/platforms/javascript/", """import * as Sentry from '@sentry/nextjs';

// La DSN dal client es publica (vain tramessa al navigatur)
Sentry.init({
  dsn: 'https://3f9c2a1e7b5d4c8e9a0f1b2c3d4e5f6a@o450012.ingest.sentry.io/5523841',
  tracesSampleRate: 0.1,
  environment: process.env.NODE_ENV,
});
""")

add("blind-mk/yaml/mailgun-key", "hotel/bookings/newsletter/config.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """# Newsletter "Novitads dal Bogn" (mintga mais)
provider: mailgun
domain: mg.bogn-scuol.ch
api_key: key-@@s@@
from: "Hotel Bogn Scuol <newsletter@bogn-scuol.ch>"
lists:
  - giasts-rm
  - giasts-de
""".replace("key-@@s@@", "@@s@@"), "key-" + hexs(32))

add("blind-mk/yaml/decoy-mailgun-public", "hotel/bookings/newsletter/config.public.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """provider: mailgun
domain: mg.bogn-scuol.ch
# la clav publica (validaziun d'adressas), betg la clav privata
public_key: pubkey-@@h@@
api_key: ${MAILGUN_API_KEY}
from: "Hotel Bogn Scuol <newsletter@bogn-scuol.ch>"
""", h=hexs(32))

add("blind-mk/python/basic-auth-header", "hotel/bookings/reports/occupancy.py", "https://www.rfc-editor.org/rfc/rfc7617", '''"""Rapport d'occupaziun per il turissem (Engadin Samnaun Val Müstair)."""
import requests

HEADERS = {
    "Authorization": "Basic @@enc@@",
    "Accept": "application/json",
}


def trametter(mais: str, pernottaziuns: int):
    return requests.post("https://stats.turissem-engiadina.example/api/occupancy",
                         json={"hotel": "SCUOL01", "mais": mais, "pernottaziuns": pernottaziuns},
                         headers=HEADERS, timeout=10)
''', _p3 := pw(), enc=b64("bogn-scuol:" + _p3))

add("blind-mk/python/decoy-base64-non-secret", "hotel/bookings/reports/logo.py", D_PY, '''"""Logo pitschen (PNG, base64) per ils rapports PDF."""
import base64

LOGO_PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbBKBgFQwkAAAQQAAFS"
)


def logo_bytes() -> bytes:
    return base64.b64decode(LOGO_PNG_B64 + "==")
''')

add("blind-mk/log/smtp-auth-plain", "hotel/bookings/logs/smtp-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """2025-12-02 18:04:11 connect smtp.bogn-scuol.ch:587
2025-12-02 18:04:11 > EHLO pms-bridge
2025-12-02 18:04:11 < 250-AUTH PLAIN LOGIN
2025-12-02 18:04:11 > STARTTLS
2025-12-02 18:04:12 > AUTH PLAIN @@enc@@
2025-12-02 18:04:12 < 235 2.7.0 Authentication successful
2025-12-02 18:04:12 > MAIL FROM:<reservaziuns@bogn-scuol.ch>
""", _p4 := pw(), enc=b64("\0reservaziuns@bogn-scuol.ch\0" + _p4))

add("blind-mk/log/decoy-auth-masked", "hotel/bookings/logs/smtp-debug-2.log", D_LOG, """2025-12-03 18:04:11 connect smtp.bogn-scuol.ch:587
2025-12-03 18:04:11 > EHLO pms-bridge
2025-12-03 18:04:12 > AUTH PLAIN <credentials hidden>
2025-12-03 18:04:12 < 235 2.7.0 Authentication successful
2025-12-03 18:04:12 > MAIL FROM:<reservaziuns@bogn-scuol.ch>
2025-12-03 18:04:13 < 250 2.0.0 Ok: queued as 4F1A22C0B3
""")

add("blind-mk/go/twilio-split-struct", "gates/cmd/sms-alarm/main.go", "https://www.twilio.com/docs/usage/api", """package main

import (
	"net/http"
	"net/url"
	"strings"
)

// SMS al piquet cur cha ina turnicha es blocada
var (
	accountSID = "@@sid@@"
	authToken  = "@@s@@"
)

func alarm(msg string) error {
	v := url.Values{"To": {"+41790000000"}, "From": {"+41815550100"}, "Body": {msg}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(v.Encode()))
	req.SetBasicAuth(accountSID, authToken)
	_, err := http.DefaultClient.Do(req)
	return err
}
""", hexs(32), sid=twilio_sid())

add("blind-mk/yaml/slack-bot-token", "infra/bots/pista-slack/values.yaml", D_HELM, """# Slack bot per il stadi da las pistas
image:
  repository: registry.bergbahnen-scuol.ch/pista-slack
  tag: 1.0.4
slack:
  channel: "#pistas"
  botToken: @@s@@
schedule: "0 7 * * *"
""", slack_bot())

add("blind-mk/yaml/decoy-sops", "infra/bots/pista-slack/secrets.enc.yaml", "https://github.com/getsops/sops", """slack:
    botToken: ENC[AES256_GCM,data:9xkQ2mW7vR4pT1zY8bN3cL6fH0jD5sA2eG9uK4iO7qV1wX3=,iv:Zm9vYmFyYmF6cXV4MTIz,tag:cXV4MTIzZm9vYmFyYmF6,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2025-11-20T09:12:44Z"
    mac: ENC[AES256_GCM,data:b2dMbWFjdmFsdWVub3RzZWNyZXQ=,iv:aXZpdml2aXY=,tag:dGFndGFn,type:str]
    version: 3.9.1
""")

add("blind-mk/powershell/webhook-teams", "gates/ops/Watch-Turnichas.ps1", D_PS, """# Controllar las turnichas mintga 5 minuts e avisar en Teams
$hook = "https://bergbahnenscuol.webhook.office.com/webhookb2/@@g1@@@@@g2@@/IncomingWebhook/@@s@@/@@g3@@"
$gates = @("10.40.2.21", "10.40.2.22", "10.40.2.23")
foreach ($g in $gates) {
    if (-not (Test-Connection $g -Count 1 -Quiet)) {
        $body = @{ text = "Turnicha $g na respuonda betg!" } | ConvertTo-Json
        Invoke-RestMethod -Uri $hook -Method Post -Body $body -ContentType 'application/json'
    }
}
""", hexs(32), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("blind-mk/markdown/handover-note", "gates/docs/surdada-stagiun.md", D_MD, """# Surdada da la stagiun 2025/26 (Curdin -> Seraina)

Allegra Seraina! Qua tuot quai chi't douvra per las portas:

- Server central: `central.bergbahnen-scuol.ch`, utent `admin-portas`
- Il pled-clav da l'admin es @@s@@ – per plaschair müdar davo la prüma s'annunziada.
- Las turnichas a Prui han üna firmware nouva (4.2.1).
- Sch'üna porta resta averta: resetar via `Restart-Turnicha.ps1`.

Bun plaschair e buna stagiun!
""", pw())

add("blind-mk/text/notes-vpn-password", "gates/docs/notas_curdin.txt", D_MD, """notas curdin – NA BETG METTER EN GIT (oups)

vpn portas: vpn.bergbahnen-scuol.ch
utent: curdin.b
pw vpn: @@s@@
tel. Skidata support: +43 662 0000 000
""", pw())

add("blind-mk/text/decoy-notes", "gates/docs/notas_seraina.txt", D_MD, """notas seraina

vpn portas: vpn.bergbahnen-scuol.ch (s'annunziar cun SSO + YubiKey)
pw vpn: nagin, be SSO
Skidata ticket #48213: reader porta-3 (Ftan) – spetgar sün la part
proxima controlla: 15.1.
""")

add("blind-mk/gitlab-ci/docker-login-password", "gates/.gitlab-ci.yml", D_GL, """variables:
  IMAGE: registry.bergbahnen-scuol.ch/portas/gatesync

build:
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u ci-portas -p @@s@@ registry.bergbahnen-scuol.ch
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", rnd(24))

add("blind-mk/json/docker-config-auth", "infra/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.bergbahnen-scuol.ch": {
      "auth": "@@enc@@"
    }
  },
  "credsStore": "",
  "currentContext": "default"
}
""", _p5 := rnd(24), enc=b64("ci-portas:" + _p5))

add("blind-mk/json/decoy-docker-creds-store", "infra/ops/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.bergbahnen-scuol.ch": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
""")

add("blind-mk/java/jdbc-url-password", "snow/reporting/src/main/java/ch/bergbahnen/naiv/Report.java", D_JAVA, """package ch.bergbahnen.naiv;

import java.sql.Connection;
import java.sql.DriverManager;

// Rapport da stagiun: uras da lanzas, m3 d'aua, kWh
public class Report {
    private static final String URL =
        "jdbc:postgresql://db-snow.scuol.local:5432/naiv?user=report&password=@@s@@&ssl=true";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", rnd(20))

add("blind-mk/kotlin/decoy-env-reference", "snow/reporting/src/main/kotlin/ch/bergbahnen/naiv/Db.kt", D_KT, """package ch.bergbahnen.naiv

import java.sql.DriverManager

object Db {
    private val url = System.getenv("NAIV_JDBC_URL") ?: "jdbc:postgresql://localhost:5432/naiv"
    private val user = System.getenv("NAIV_DB_USER") ?: "report"
    private val password = System.getenv("NAIV_DB_PASSWORD").orEmpty()

    fun open() = DriverManager.getConnection(url, user, password)
}
""")

add("blind-mk/python/mqtt-split-lines", "snow/lanzas/mqtt_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", '''"""Punt MQTT: lanzas da naiv -> Influx."""
import paho.mqtt.client as mqtt

BROKER = "mqtt.snow.scuol.local"
PASSWORD = ("@@a@@"
            "@@b@@")

client = mqtt.Client(client_id="lanza-bridge")
client.username_pw_set("lanza-bridge", PASSWORD)
client.tls_set()
client.connect(BROKER, 8883)
client.subscribe("lanzas/+/stadi")
client.loop_forever()
''', _p6 := rnd(28), a=_p6[:14], b=_p6[14:])

add("blind-mk/mosquitto/decoy-pbkdf2-hash", "snow/lanzas/mosquitto/passwd.example", "https://mosquitto.org/man/mosquitto_passwd-1.html", """# mosquitto_passwd -c passwd lanza-bridge
# (be hash PBKDF2, nagin pled-clav)
lanza-bridge:$7$101$Qm9nbkxhbnphQnJpZGdl$3q9ZkD2mW7vR4pT1zY8bN3cL6fH0jD5sA2eG9uK4iO7qV1wX3yZ5aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT5uV7wA==
telegraf:$7$101$VGVsZWdyYWZTYWx0MTIz$8aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT5uV7wX9yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1e==
grafana:$7$101$R3JhZmFuYVNhbHQ0NTY=$1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9==
""")

add("blind-mk/env/gates-vendor-sftp", "gates/vendor/.env.sftp", D_ENV, """# Export dals passagis a Skidata (mintga notg a las 02:00)
SFTP_HOST=sftp.vendor-portal.example
SFTP_PORT=22
SFTP_USER=bergbahnen_scuol
SFTP_PASS="@@s@@"
SFTP_DIR=/incoming/scuol
""", pw())

add("blind-mk/yaml/github-actions-env-password", "snow/.github/workflows/nightly.yml", D_GHA, """name: rapport notturn
on:
  schedule:
    - cron: '30 5 * * *'
jobs:
  report:
    runs-on: [self-hosted, snow]
    env:
      NAIV_DB_PASSWORD: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: ./gradlew run --args="--mais=current"
""", rnd(20))

add("blind-mk/python/aws-session-token", "snow/analysis/s3_export.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", '''"""Export ad hoc dals datas da lanzas a S3 (cun credenzialas temporaras da l'SSO)."""
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@s@@",
    region_name="eu-central-1",
)
s3 = session.client("s3")
s3.upload_file("lanzas_2025.parquet", "bergbahnen-scuol-analysis", "naiv/lanzas_2025.parquet")
''', fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sk=fakes.aws_secret_key(_seed()))

add("blind-mk/shell/heredoc-env", "hotel/wellness/ops/install_spa.sh", D_SH, """#!/bin/bash
# Installaziun dal sistem da reservaziun wellness sün spa02
set -euo pipefail
install -d -m 0750 /etc/spa-booking
cat > /etc/spa-booking/env <<'EOF'
SPA_DB_HOST=pg-spa.bogn.local
SPA_DB_USER=spa
SPA_DB_PASSWORD=@@s@@
SPA_LANG=rm
EOF
chmod 0600 /etc/spa-booking/env
systemctl restart spa-booking
""", rnd(22))

add("blind-mk/python/cli-argument", "hotel/wellness/ops/fabfile.py", "https://docs.fabfile.org/en/latest/", '''"""Deploy dal sistem wellness cun Fabric."""
from fabric import Connection

HOSTS = ["spa01.bogn.local", "spa02.bogn.local"]


def deploy():
    for h in HOSTS:
        c = Connection(h, user="deploy", connect_kwargs={"password": "@@s@@"})
        c.run("cd /opt/spa-booking && git pull && systemctl restart spa-booking")
''', pw())

add("blind-mk/php/wp-db-password", "hotel/website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** WordPress – www.bogn-scuol.ch */
define( 'DB_NAME', 'wp_bogn' );
define( 'DB_USER', 'wp_bogn' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'mysql-web.bogn.local' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'rm_CH' );
$table_prefix = 'bgn_';
require_once ABSPATH . 'wp-settings.php';
""", pw())

add("blind-mk/json/wp-plugin-license", "hotel/website/wp-content/uploads/booking-widget-settings.json", D_JSON, """{
  "plugin": "hotel-booking-widget",
  "version": "5.1.2",
  "hotel_code": "SCUOL01",
  "languages": ["rm", "de", "it", "en"],
  "api": {
    "endpoint": "https://api.bookingengine.example/v2",
    "secret": "@@s@@"
  },
  "colors": { "primary": "#0b5c8a", "accent": "#d8a227" }
}
""", hexs(48))

add("blind-mk/xml/web-config-connection", "hotel/bookings/Kiosk/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- kiosk vegl: check-in per la halla -->
    <add name="Pms" connectionString="Data Source=sql-pms.bogn.local;Initial Catalog=Protel;User ID=kiosk;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Language" value="rm" />
  </appSettings>
</configuration>
""", pw())

add("blind-mk/xml/maven-settings", "snow/reporting/.mvn/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>bergbahnen-nexus</id>
      <username>ci-snow</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>bergbahnen-nexus</id><url>https://nexus.bergbahnen-scuol.ch/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rnd(20))

add("blind-mk/gradle/properties-token", "shop/app-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# Nexus (libs internas)
nexusUser=ci-android
nexusPassword=@@s@@
""", rnd(22))

add("blind-mk/python/ldap-bind", "infra/intranet/plans/ldap_sync.py", "https://ldap3.readthedocs.io/en/latest/", '''"""Sync dals collavuraturs (AD) -> intranet (plans da servetsch)."""
from ldap3 import Connection, Server

server = Server("ldaps://dc01.bergbahnen.local", use_ssl=True)
conn = Connection(server,
                  user="CN=svc-intranet,OU=Service,DC=bergbahnen,DC=local",
                  password="@@s@@",
                  auto_bind=True)
conn.search("OU=Persunal,DC=bergbahnen,DC=local", "(objectClass=person)", attributes=["cn", "mail"])
for e in conn.entries:
    print(e.cn, e.mail)
''', pw())

add("blind-mk/ansible/inventory-password", "snow/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """[hmi]
hmi-clemgia ansible_host=10.40.8.51
hmi-naluns  ansible_host=10.40.8.52

[hmi:vars]
ansible_user=hmiadmin
ansible_connection=winrm
ansible_password=@@s@@
ansible_winrm_server_cert_validation=ignore
""", pw())

add("blind-mk/csharp/hardcoded-cred", "snow/HmiBridge/OpcClient.cs", D_CS, """using Opc.Ua;
using Opc.Ua.Client;

namespace Innavaziun.HmiBridge
{
    public static class OpcClient
    {
        // TODO: spostar en appsettings (Gian, 2024)
        public static readonly UserIdentity Identity = new UserIdentity("hmi-bridge", "@@s@@");
        public const string Endpoint = "opc.tcp://scada-snow.scuol.local:4840";
    }
}
""", pw())

add("blind-mk/env/openai-split-quoted", "hotel/cuschina/menu-board/.env", D_ENV, """# Charta da menu: descripziuns generadas automaticamain
VITE_LANG=rm
OPENAI_MODEL=gpt-4o-mini
OPENAI_API_KEY='@@s@@'
REFRESH_MINUTES=30
""", fakes.openai_key(_seed(), "svcacct"))

add("blind-mk/yaml/prometheus-basic-auth", "snow/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/", """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: lanzas
    static_configs:
      - targets: ['10.40.8.31:9100', '10.40.8.32:9100', '10.40.8.33:9100']
  - job_name: pumpstaziun
    basic_auth:
      username: prometheus
      password: @@s@@
    static_configs:
      - targets: ['10.40.8.20:9273']
""", rnd(20))

add("blind-mk/rclone/config-password", "hotel/ops/rclone.conf", "https://rclone.org/docs/", """[nas-bogn]
type = sftp
host = nas-bogn.bogn.local
user = backup
pass = @@s@@
shell_type = unix

[b2-offsite]
type = b2
account = 0021a3b4c5d6e7f0000000001
hard_delete = false
""", rnd(40, "-_"))

add("blind-mk/python/private-key-inline", "gates/turnicha/signing.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", '''"""Suttascriver ils QR-codes da las tesseras digitalas (abunamaint sül telefon)."""
from cryptography.hazmat.primitives import serialization

PRIVATE_KEY_PEM = b"""@@s@@
"""

KEY = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)
''', fakes.fake_pem(_seed(), "EC"))

add("blind-mk/yaml/k8s-configmap-mistake", "hotel/wellness/k8s/spa-configmap.yaml", D_K8S, """apiVersion: v1
kind: ConfigMap
metadata:
  name: spa-booking
  namespace: wellness
data:
  SPA_LANG: rm
  SPA_SLOTS_MIN: "30"
  # FIXME: quai stuess esser in Secret
  SPA_PAYMENT_API_KEY: "@@s@@"
""", stripe("rk_live_"))

add("blind-mk/csv/staff-accounts", "hotel/ops/wlan_accounts_2025.csv", D_CSV, """ssid,vlan,descripziun,psk
Bogn-Giasts,20,giasts (charta a la reception),vain müdà mincha eivna
Bogn-Persunal,30,persunal hotel,@@s@@
Bogn-Kassa,40,cassas e terminals,vair KeePass
Bogn-IoT,50,saunas e sensurs,vair KeePass
""", pw())

add("blind-mk/notebook/db-password", "hotel/analysis/occupaziun.ipynb", D_NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('mysql+pymysql://analysis:@@s@@@mysql-pms.bogn.local/pms')\\n",
    "df = pd.read_sql('select * from reservation where arrival >= \\"2025-12-01\\"', eng)\\n",
    "df.groupby('room_type').size()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rnd(18))

add("blind-mk/typescript/gitlab-token-script", "shop/scripts/release-notes.ts", "https://docs.gitlab.com/ee/api/releases/", """// Genera las notas da release dal shop (rumantsch + tudestg)
const GITLAB = 'https://gitlab.bergbahnen-scuol.ch/api/v4';
const TOKEN = '@@s@@';

async function main() {
  const r = await fetch(`${GITLAB}/projects/42/merge_requests?state=merged&per_page=50`, {
    headers: { 'PRIVATE-TOKEN': TOKEN },
  });
  const mrs = await r.json();
  for (const mr of mrs) console.log(`- ${mr.title} (!${mr.iid})`);
}

main();
""", glpat())

add("blind-mk/rust/api-key-const", "gates/lift-status/src/main.rs", D_RS, """// Publitgescha il stadi da las pendicularas sün la pagina web
use reqwest::blocking::Client;

const STATUS_API: &str = "https://www.bergbahnen-scuol.ch/api/lifts";
const STATUS_KEY: &str = "@@s@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"Motta Naluns":"open","Prui":"open","Ftan":"closed"}"#;
    Client::new()
        .put(STATUS_API)
        .header("X-Status-Key", STATUS_KEY)
        .body(body)
        .send()?;
    Ok(())
}
""", rnd(32))

add("blind-mk/toml/cargo-registry-token", "gates/lift-status/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", """[registries.bergbahnen]
index = "sparse+https://cargo.bergbahnen-scuol.ch/index/"
token = "@@s@@"

[net]
git-fetch-with-cli = true
""", "cio" + rnd(32))

add("blind-mk/yaml/gcp-service-account", "shop/k8s/gcs-secret.yaml", D_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: gcs-backup
  namespace: shop
type: Opaque
stringData:
  key.json: |
    {"type": "service_account", "project_id": "bergbahnen-shop",
     "private_key_id": "@@kid@@",
     "private_key": "@@k@@",
     "client_email": "backup@bergbahnen-shop.iam.gserviceaccount.com"}
""", _p7 := fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n",
    kid=hexs(40), k=_p7)

add("blind-mk/markdown/incident-report", "infra/docs/incident-2025-11-30.md", D_MD, """# Incident 30.11.2025 – shop nu va betg

**Cuort:** Il shop da l'abunamaint ha dà errurs 500 da las 09:12 fin las 09:47.

**Motiv:** Il pled-clav da la DB (`shop`) era scrit sbaglià en il deploy. Nus avain fixà cun:

    kubectl -n shop set env deploy/shop DATABASE_URL='postgresql://shop:@@s@@@pg-shop.scuol.local:5432/abunamaint'

**Proxims pass:** spostar en ExternalSecret (ticket OPS-311).
""", rnd(22))

add("blind-mk/ini/odbc-password", "hotel/cuschina/kassa/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[KassaDB]
Description = Kassa restaurant Bogn
Driver      = FreeTDS
Server      = sql-kassa.bogn.local
Port        = 1433
Database    = Kassa
UID         = kassa_report
PWD         = @@s@@
""", pw())

add("blind-mk/python/hmac-secret", "shop/payments/postfinance.py", "https://checkout.postfinance.ch/en-ch/doc/api/web-service", '''"""PostFinance Checkout – suttascripziun dals webhooks."""
import hashlib
import hmac

SPACE_ID = 40817
USER_ID = 71234
AUTH_KEY = "@@s@@"


def verify(body: bytes, signature: str) -> bool:
    mac = hmac.new(AUTH_KEY.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)
''', rnd(43, "+/") + "=")

add("blind-mk/yaml/keycloak-client-secret", "infra/sso/realm-bergbahnen.yaml", "https://www.keycloak.org/docs/latest/server_admin/", """realm: bergbahnen
enabled: true
defaultLocale: rm
clients:
  - clientId: intranet
    protocol: openid-connect
    publicClient: false
    secret: @@s@@
    redirectUris:
      - https://intranet.bergbahnen-scuol.ch/*
""", rnd(32))

add("blind-mk/shell/mysql-dump-cron", "hotel/ops/cron/backup_pms", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# /etc/cron.d/backup_pms – backup da la DB PMS mintga notg
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=it@bogn-scuol.ch
15 2 * * * root mysqldump -h mysql-pms.bogn.local -u backup --password=@@s@@ --single-transaction pms | gzip > /backup/pms-$(date +\\%F).sql.gz
""", pw())

add("blind-mk/yaml/compose-rabbitmq", "gates/docker-compose.dev.yml", D_COMPOSE, """# Ambiaint da svilup per las portas (MQ + DB)
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: portas
      RABBITMQ_DEFAULT_PASS: "@@s@@"
    ports: ["5672:5672", "15672:15672"]
  db:
    image: postgres:16
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
""", pw())

add("blind-mk/properties/spring-kafka-jaas", "snow/reporting/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """# Kafka: events da las lanzas
bootstrap.servers=kafka.snow.scuol.local:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="report" \\
    password="@@s@@";
group.id=naiv-report
""", rnd(24))

#@@END@@
