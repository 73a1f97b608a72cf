"""Blind set LD: a West Frisian-speaking team in Friesland running dairy farms and ice-skating clubs.

Milking robots and herd management (MQTT, feed computers, milk-tank sensors, dairy cooperative
APIs), skating clubs' member administration, ice-rink booking sites, payment links, newsletters,
their CI, deployments and notes (partly in Frisian), and their decoys.
Generated fakes only (seeds 6110000-6119999).
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 6110000, 6119999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Greide", "Terp", "Skutsje", "Molke", "Tsiis", "Hynder", "Fjild", "Wetter", "Sleat", "Iisbaan",
         "Skaats", "Reed", "Klomp", "Sinne", "Wyn", "Mar", "Dyk", "Hiem", "Kealle", "Bolle"]
LOWER = ["kij", "molke", "hea", "greide", "iis", "skaats", "wyn", "sleat", "terp", "klomp", "fjild", "dyk",
         "reid", "toer", "mar", "boer"]


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


def mollie_key(kind: str = "live_") -> str:
    return fakes.drawn_mixed(_seed(), 30).join([kind, ""])


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def teams_webhook() -> str:
    r = _rng()
    g = fakes.uuid4(_seed())
    t = fakes.uuid4(_seed())
    return (f"https://boerenbond.webhook.office.com/webhookb2/{g}@{t}/IncomingWebhook/"
            + "".join(r.choice(HEX) for _ in range(32)) + "/" + fakes.uuid4(_seed()))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def jwt_secret() -> str:
    return hexs(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def digitalocean_token() -> str:
    return "dop_v1_" + hexs(64)


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1IjoiZnJ5c2tlLWlpcyIsImEiOiJ" + "".join(r.choice(ALNUM) for _ in range(20)) + "In0." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def public_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n" + "".join(r.choice(ALNUM) for _ in range(40)) + "==\n-----END PUBLIC KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def vault_blob() -> str:
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs(80) for _ in range(5)]
    return "\n".join(lines)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# --------------------------------------------------------------------------------------------
# Milking robots, herd management, dairy cooperative
# --------------------------------------------------------------------------------------------

add("blind-ld/env/mqtt-password", "melkrobot/.env", "https://12factor.net/config", """\
# Melkrobot stâl 2 - Buorkerij De Terp
# Net yn git sette! (tink derom, Sjoerd)
MQTT_HOST=192.168.20.14
MQTT_PORT=8883
MQTT_USER=robot-stal2
MQTT_PASSWORD=@@secret@@
HERD_DB=sqlite:///data/keppel.db
LOG_LEVEL=info
""", secret=words_pw())

add("blind-ld/python/mqtt-password", "melkrobot/sensor_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """\
\"\"\"Bridge tusken de molketank-sensors en de MQTT-broker op it hiem.\"\"\"
import json
import paho.mqtt.client as mqtt

BROKER = "mqtt.deterp.local"
TOPIC = "buorkerij/molketank/temperatuer"


def main() -> None:
    client = mqtt.Client(client_id="tank-bridge")
    # TODO: wachtwurd nei in env-fariabele ferpleatse
    client.username_pw_set("tankbridge", "@@secret@@")
    client.tls_set()
    client.connect(BROKER, 8883)
    client.publish(TOPIC, json.dumps({"celsius": 3.8}))
    client.loop_forever()


if __name__ == "__main__":
    main()
""", secret=rand_pw(22))

add("blind-ld/yaml/decoy-env-reference", "melkrobot/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """\
services:
  mosquitto:
    image: eclipse-mosquitto:2.0
    ports:
      - "8883:8883"
    volumes:
      - ./mosquitto:/mosquitto/config
  bridge:
    build: .
    environment:
      MQTT_HOST: mosquitto
      MQTT_USER: tankbridge
      # it wachtwurd komt út .env (net yn git)
      MQTT_PASSWORD: ${MQTT_PASSWORD:?set MQTT_PASSWORD}
    depends_on:
      - mosquitto
""")

add("blind-ld/mosquitto/decoy-password-hash", "melkrobot/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
robot-stal1:$7$101$@@salt1@@$@@hash1@@
robot-stal2:$7$101$@@salt2@@$@@hash2@@
tankbridge:$7$101$@@salt3@@$@@hash3@@
voerkompjuter:$7$101$@@salt4@@$@@hash4@@
grafana:$7$101$@@salt5@@$@@hash5@@
""", salt1=b64(hexs(12)), hash1=b64(hexs(48)), salt2=b64(hexs(12)), hash2=b64(hexs(48)),
    salt3=b64(hexs(12)), hash3=b64(hexs(48)), salt4=b64(hexs(12)), hash4=b64(hexs(48)),
    salt5=b64(hexs(12)), hash5=b64(hexs(48)))

add("blind-ld/ini/feed-computer-password", "voerkompjuter/config.ini", "https://docs.python.org/3/library/configparser.html", """\
; Voerkompjuter - krêftfoer per kij
[algemien]
buorkerij = Hoekstra-Sate
stallen = 2

[database]
host = 10.0.4.2
port = 1433
user = voer_app
password = @@secret@@
database = VoerDB

[skema]
moarns = 05:30
jûns = 17:00
""", secret=words_pw())

add("blind-ld/csharp/sql-connection-string", "voerkompjuter/VoerRepository.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """\
using System.Data.SqlClient;

namespace Hoekstra.Voer
{
    // Lêst de krêftfoer-rantsoenen út VoerDB
    public class VoerRepository
    {
        private const string ConnectionString =
            "Server=10.0.4.2,1433;Database=VoerDB;User Id=voer_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True";

        public SqlConnection Open()
        {
            var conn = new SqlConnection(ConnectionString);
            conn.Open();
            return conn;
        }
    }
}
""", secret=rand_pw(16, "!#"))

add("blind-ld/json/cooperative-api-key", "molkfabryk/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Molkfabryk": {
    "BaseUrl": "https://api.melkcoop.example.nl/v2/",
    "LidNummer": "FR-00417",
    "ApiKey": "@@secret@@",
    "OphaalDagen": [ "moandei", "woansdei", "freed" ]
  },
  "ConnectionStrings": {
    "Keppel": "Data Source=keppel.db"
  }
}
""", secret=hexs(40))

add("blind-ld/json/decoy-placeholder", "molkfabryk/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Molkfabryk": {
    "BaseUrl": "https://api.melkcoop.example.nl/v2/",
    "LidNummer": "FR-00000",
    "ApiKey": "<folje hjir jo API-kaai yn>",
    "OphaalDagen": [ "moandei", "woansdei", "freed" ]
  },
  "ConnectionStrings": {
    "Keppel": "Data Source=keppel.db"
  }
}
""")

add("blind-ld/go/influx-token", "stal-sensors/main.go", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/go/", """\
package main

import (
	"context"
	"time"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

// Stjoert temperatuer en lochtfochtigens fan stâl 1 nei InfluxDB.
func main() {
	client := influxdb2.NewClient("http://influx.deterp.local:8086",
		"@@secret@@")
	defer client.Close()
	w := client.WriteAPIBlocking("buorkerij", "stal")
	p := influxdb2.NewPointWithMeasurement("klimaat").
		AddTag("stal", "1").
		AddField("celsius", 17.5).
		SetTime(time.Now())
	_ = w.WritePoint(context.Background(), p)
}
""", secret=fakes.drawn_mixed(_seed(), 86, ALNUM + "-_") + "==")

add("blind-ld/toml/decoy-env-reference", "stal-sensors/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/", """\
# Telegraf op de stâl-pc
[agent]
  interval = "30s"

[[outputs.influxdb_v2]]
  urls = ["http://influx.deterp.local:8086"]
  ## token út de omjouwing, sjoch /etc/default/telegraf
  token = "${INFLUX_TOKEN}"
  organization = "buorkerij"
  bucket = "stal"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.deterp.local:8883"]
  topics = ["buorkerij/#"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
""")

add("blind-ld/shell/ftp-password", "scripts/upload_molkproduksje.sh", "https://curl.se/docs/manpage.html", """\
#!/usr/bin/env bash
# Stjoer de deiproduksje (CSV) nei de molkfabryk. Draait elke nacht om 02:00 (cron).
set -euo pipefail

DATUM=$(date +%Y%m%d)
BESTAN="/srv/keppel/export/produksje_${DATUM}.csv"

curl --ssl-reqd -T "$BESTAN" \\
  --user "deterp:@@secret@@" \\
  "ftp://ftp.melkcoop.example.nl/inkomend/"

echo "Opladen: $BESTAN"
""", secret=words_pw())

add("blind-ld/csv/decoy-ids", "exports/keppel_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
levensnummer,namme,berne,kealle_nr,dier_uuid,molke_kg_dei
NL 5839 2741 1,Bonte Akke,2019-03-12,4,@@u1@@,31.4
NL 5839 2742 9,Tsjitske,2020-01-08,3,@@u2@@,28.9
NL 5839 2755 3,Griet,2018-11-30,5,@@u3@@,33.1
NL 5839 2761 0,Dirkje,2021-04-17,2,@@u4@@,26.7
NL 5839 2770 2,Sytske,2021-06-02,2,@@u5@@,27.3
NL 5839 2781 6,Minke,2022-02-20,1,@@u6@@,24.8
""", u1=fakes.uuid4(_seed()), u2=fakes.uuid4(_seed()), u3=fakes.uuid4(_seed()), u4=fakes.uuid4(_seed()),
    u5=fakes.uuid4(_seed()), u6=fakes.uuid4(_seed()))

add("blind-ld/python/decoy-env-reference", "keppel/settings.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """\
\"\"\"Django-ynstellings foar de keppel-administraasje.\"\"\"
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# De geheime kaai stiet yn de omjouwing fan de server, nea hjir.
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["keppel.deterp.frl"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "keppel",
        "USER": "keppel",
        "PASSWORD": os.environ.get("KEPPEL_DB_PASSWORD", ""),
        "HOST": "localhost",
    }
}
LANGUAGE_CODE = "fy"
TIME_ZONE = "Europe/Amsterdam"
""")

add("blind-ld/python/django-secret-key", "keppel/settings_lokaal.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
# Lokale ynstellings foar Wytse syn laptop
from .settings import *  # noqa

DEBUG = True
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["*"]
DATABASES["default"]["HOST"] = "127.0.0.1"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""", secret=fakes.django_secret_key(_seed()))

add("blind-ld/sql/database-password", "keppel/db/001_rollen.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Rollen foar de keppel-database
-- Oanmakke troch Wytse, 2024-02-11
CREATE ROLE keppel_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE keppel_lêzer NOLOGIN;
GRANT CONNECT ON DATABASE keppel TO keppel_app;
GRANT USAGE ON SCHEMA public TO keppel_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO keppel_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO keppel_lêzer;
""", secret=words_pw())

add("blind-ld/sql/decoy-placeholder", "keppel/db/002_rollen_acc.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Rollen foar de acceptaasje-omjouwing
-- It wachtwurd wurdt troch psql ynfolle: psql -v app_pw="..." -f 002_rollen_acc.sql
CREATE ROLE keppel_app LOGIN PASSWORD :'app_pw';
GRANT CONNECT ON DATABASE keppel_acc TO keppel_app;
GRANT USAGE ON SCHEMA public TO keppel_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO keppel_app;
""")

add("blind-ld/yaml/k8s-secret-base64", "deploy/keppel/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: keppel-db
  namespace: buorkerij
  labels:
    app: keppel
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
""", secret=(_kp := words_pw()), user=b64("keppel_app"), pw=b64(_kp))

add("blind-ld/yaml/decoy-secret-manager", "deploy/keppel/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: keppel-db
  namespace: buorkerij
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv-buorkerij
    kind: ClusterSecretStore
  target:
    name: keppel-db
  data:
    - secretKey: password
      remoteRef:
        key: keppel-db-wachtwurd
""")

add("blind-ld/yaml/telegram-bot-token", "deploy/kealle-alarm/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# Helm-wearden foar it kealle-alarm (stjoert in berjocht as in kij begjint te kalvjen)
image:
  repository: ghcr.io/deterp/kealle-alarm
  tag: "1.4.2"
replicaCount: 1
telegram:
  chatId: "-1001847263514"
  botToken: "@@secret@@"
sensors:
  - stal: 1
    topic: buorkerij/stal1/kealle
  - stal: 2
    topic: buorkerij/stal2/kealle
resources:
  limits:
    memory: 128Mi
""", secret=fakes.telegram_token(_seed()))

add("blind-ld/yaml/decoy-helm-template", "deploy/kealle-alarm/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/functions_and_pipelines/", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "kealle-alarm.fullname" . }}
  labels:
    {{- include "kealle-alarm.labels" . | nindent 4 }}
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: {{ .Values.telegram.botToken | b64enc | quote }}
  TELEGRAM_CHAT_ID: {{ .Values.telegram.chatId | b64enc | quote }}
""")

add("blind-ld/markdown/decoy-redacted", "docs/kealle-alarm.md", "https://www.markdownguide.org/basic-syntax/", """\
# Kealle-alarm

It alarm stjoert in Telegram-berjocht nei de groep *Stâl De Terp* sa gau't de sensor
yn it kealhok beweging mjit.

## Ynstellings

| Namme | Wearde | Opmerking |
|-------|--------|-----------|
| `telegram.chatId` | `-1001847263514` | de groep, net geheim |
| `telegram.botToken` | `59XXXXXXXX:AA****************` | stiet yn 1Password, kluis "Buorkerij" |

Nije token oanfreegje by @BotFather en dan `helm upgrade` mei `--set telegram.botToken=...`.
""")

add("blind-ld/markdown/telegram-bot-token", "docs/kealle-alarm-testen.md", "https://core.telegram.org/bots/api#making-requests", """\
# Kealle-alarm teste

Earst sjen oft de bot wurket:

```bash
curl "https://api.telegram.org/bot@@secret@@/getMe"
```

Dan in testberjocht nei de groep:

```bash
curl -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001847263514 -d text="Test: kij 417 is oan it kalvjen"
```
""", secret=fakes.telegram_token(_seed()))

# --------------------------------------------------------------------------------------------
# Ice-skating clubs: member administration, rink bookings, payments, newsletters
# --------------------------------------------------------------------------------------------

add("blind-ld/php/mollie-api-key", "ledeadministraasje/config/betelje.php", "https://docs.mollie.com/reference/authentication", """\
<?php
// IJsclub De Sleatten - kontribúsje betelje fia Mollie (iDEAL)
// Ponghâlder: Anneke. By fragen earst har belje.

return [
    'mollie' => [
        'api_key'      => '@@secret@@',
        'redirect_url' => 'https://desleatten.frl/betelle',
        'webhook_url'  => 'https://desleatten.frl/api/mollie-hook',
    ],
    'kontribusje' => [
        'folwoeksen' => '27.50',
        'jeugd'      => '12.50',
    ],
];
""", secret=mollie_key())

add("blind-ld/php/decoy-env-reference", "ledeadministraasje/config/betelje.dist.php", "https://docs.mollie.com/reference/authentication", """\
<?php
// Kopiearje nei betelje.php en folje de kaai yn (live_... fan it Mollie-dashboard).
return [
    'mollie' => [
        'api_key'      => getenv('MOLLIE_API_KEY') ?: 'live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'redirect_url' => 'https://desleatten.frl/betelle',
        'webhook_url'  => 'https://desleatten.frl/api/mollie-hook',
    ],
];
""")

add("blind-ld/php/database-password", "ledeadministraasje/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** WordPress-ynstellings - IJsclub De Sleatten */
define( 'DB_NAME', 'sleatten_wp' );
define( 'DB_USER', 'sleatten_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ijs_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'fy' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(24, "!#%^&*"))

add("blind-ld/php/decoy-documentation-example", "ledeadministraasje/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Foarbyld - kopiearje nei wp-config.php */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'ijs_';
""")

add("blind-ld/ruby/smtp-password", "ledenpost/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html", """\
Rails.application.configure do
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  # Nijsbrief fan de iisklub giet fia it postfak fan it bestjoer
  config.action_mailer.smtp_settings = {
    address:              "smtp.transip.email",
    port:                 587,
    domain:               "desleatten.frl",
    user_name:            "bestjoer@desleatten.frl",
    password:             "@@secret@@",
    authentication:       "plain",
    enable_starttls_auto: true
  }
  config.log_level = :info
end
""", secret=words_pw())

add("blind-ld/ruby/decoy-credentials-reference", "ledenpost/config/environments/staging.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
Rails.application.configure do
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address:   "smtp.transip.email",
    port:      587,
    user_name: Rails.application.credentials.dig(:smtp, :user_name),
    password:  Rails.application.credentials.dig(:smtp, :password),
    authentication: "plain"
  }
end
""")

add("blind-ld/js/sendgrid-key", "iisbaan-boeking/src/mail.js", "https://docs.sendgrid.com/for-developers/sending-email/v3-nodejs-code-example", """\
// Befêstigingsmail nei in boeking fan de iisbaan
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

async function stjoerBefestiging(lid, tiidslot) {
  await sgMail.send({
    to: lid.email,
    from: 'iisbaan@desleatten.frl',
    subject: 'Jo boeking is befêstige',
    text: `Hoi ${lid.foarnamme}, jo kinne om ${tiidslot} op it iis. Goeie reed!`,
  });
}

module.exports = { stjoerBefestiging };
""", secret=sendgrid_key())

add("blind-ld/ts/stripe-secret-key", "iisbaan-boeking/src/betelje.ts", "https://docs.stripe.com/api/authentication", """\
import Stripe from "stripe";

// Dagkaarten foar de iisbaan (gasten, gjin leden)
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function makeDagkaartSession(oantal: number): Promise<string> {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: "price_1PdagkaartIisbaan", quantity: oantal }],
    success_url: "https://iisbaan.desleatten.frl/tank",
    cancel_url: "https://iisbaan.desleatten.frl/",
  });
  return session.url ?? "";
}
""", secret=stripe_key())

add("blind-ld/ts/decoy-publishable-key", "iisbaan-boeking/src/client/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: mei yn de browser, dat is de bedoeling.
export const stripePromise = loadStripe("@@pk@@");

export const KLEUREN = {
  primer: "#0b5fa5",
  iis: "#e8f4fb",
};
""", pk=stripe_key("pk_live_"))

add("blind-ld/env/decoy-empty-values", "iisbaan-boeking/.env.example", "https://github.com/motdotla/dotenv#usage", """\
# Kopiearje nei .env en folje yn
NODE_ENV=development
PORT=3000
DATABASE_URL=
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
SENDGRID_API_KEY=
# de publishable key mei wol yn git
STRIPE_PUBLISHABLE_KEY=pk_test_
""")

add("blind-ld/env/stripe-webhook-secret", "iisbaan-boeking/.env.production", "https://docs.stripe.com/webhooks#verify-events", """\
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://iisbaan@db.internal:5432/iisbaan
STRIPE_WEBHOOK_SECRET=@@secret@@
SENDGRID_FROM=iisbaan@desleatten.frl
""", secret=fakes.fake("whsec_", 32, _seed()))

add("blind-ld/env/postgres-url", "iisbaan-boeking/.env.staging", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """\
NODE_ENV=staging
PORT=8080
# test-omjouwing op de VPS fan Jelle
DATABASE_URL=postgres://iisbaan:@@secret@@@db.staging.desleatten.frl:5432/iisbaan
LOG_LEVEL=debug
""", secret=rand_pw(20))

add("blind-ld/sql/decoy-password-hash", "iisbaan-boeking/db/seed_bestjoer.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """\
-- Bestjoersleden mei admin-rjochten op it boekingssysteem
-- (wachtwurden binne bcrypt-hashes; it wachtwurd sels kenne allinnich de leden)
INSERT INTO brûkers (email, namme, rol, wachtwurd_hash) VALUES
  ('anneke@desleatten.frl', 'Anneke de Vries', 'ponghalder', '@@h1@@'),
  ('jelle@desleatten.frl',  'Jelle Postma',    'admin',      '@@h2@@'),
  ('sietske@desleatten.frl','Sietske Bergsma', 'skriuwer',   '@@h3@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("blind-ld/python/google-api-key", "ledeadministraasje/scripts/iismaster_kaart.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """\
\"\"\"Set de adressen fan de leden op de kaart foar de iismasters (wa wennet by hokker baan).\"\"\"
import csv
import requests

GEOCODE = "https://maps.googleapis.com/maps/api/geocode/json"
# server-kaai, net beheind op referer - net diele!
KAAI = "@@secret@@"


def lokaasje(adres: str):
    antwurd = requests.get(GEOCODE, params={"address": adres, "key": KAAI}, timeout=10)
    antwurd.raise_for_status()
    return antwurd.json()["results"][0]["geometry"]["location"]


with open("leden.csv", newline="", encoding="utf-8") as f:
    for rige in csv.DictReader(f):
        print(rige["namme"], lokaasje(rige["adres"]))
""", secret=google_key())

add("blind-ld/python/decoy-fake-fixture", "ledeadministraasje/tests/test_kontribusje.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
\"\"\"Tests foar it berekkenjen fan de kontribúsje.\"\"\"
import pytest

from kontribusje import berekkenje, MollieClient

# Nep-kaai: de testen prate nea mei Mollie (sjoch FakeMollie hjirûnder).
NEP_KAAI = "test_dit-is-gjin-echte-kaai"


class FakeMollie(MollieClient):
    def create_payment(self, bedrach, omskriuwing):
        return {"id": "tr_nep123", "status": "open"}


@pytest.fixture
def mollie():
    return FakeMollie(api_key=NEP_KAAI)


def test_jeugdlid_betellet_minder(mollie):
    assert berekkenje("jeugd", mollie)["bedrach"] == "12.50"
""")

add("blind-ld/html/decoy-masked", "ledeadministraasje/templates/admin/ynstellings.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", """\
<!doctype html>
<html lang="fy">
<head><meta charset="utf-8"><title>Ynstellings - IJsclub De Sleatten</title></head>
<body>
  <h1>Ynstellings</h1>
  <form method="post" action="/admin/ynstellings">
    <label>Mollie API-kaai
      <input type="password" name="mollie_key" value="live_••••••••••••••••••••••••sQ3f">
    </label>
    <label>SMTP-wachtwurd
      <input type="password" name="smtp_pw" value="********" autocomplete="off">
    </label>
    <button type="submit">Bewarje</button>
  </form>
</body>
</html>
""")

add("blind-ld/markdown/smtp-password", "bestjoer/oerdracht-skriuwer.md", "https://www.markdownguide.org/basic-syntax/", """\
# Oerdracht skriuwer (Sietske -> Hylke)

Hoi Hylke, hjir alles wat ik wit. Lês it goed troch foar de ALV.

## Postfak
- adres: skriuwer@desleatten.frl
- webmail: https://webmail.transip.email
- wachtwurd: `@@secret@@` (feroarje it dyn earste wike, graach)

## Ledelist
De ledelist stiet yn de Google Drive fan it bestjoer, map *Leden 2024-2025*.

## Iiskalender
Sa gau't it friest: it iis mjitte mei Durk, dan it berjocht op Facebook en yn de app.
""", secret=words_pw())

add("blind-ld/markdown/decoy-secret-manager", "bestjoer/wachtwurden.md", "https://support.1password.com/vaults/", """\
# Wachtwurden en tagong

Wy sette **gjin** wachtwurden yn dit repo. Alles stiet yn 1Password, kluis *IJsclub bestjoer*.

| Tsjinst | Wêr | Wa hat tagong |
|---------|-----|---------------|
| Mollie | 1Password: `Mollie live` | ponghâlder, foarsitter |
| TransIP | 1Password: `TransIP DNS+mail` | skriuwer, Jelle |
| Facebook-side | 1Password: `Facebook IJsclub` | hiele bestjoer |
| Iisbaan-boekings | `op://IJsclub/iisbaan-admin/password` | Jelle |

By in wiksel yn it bestjoer: alle wachtwurden fan de âlde persoan feroarje.
""")

add("blind-ld/yaml/discord-webhook", ".github/workflows/iisberjocht.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """\
name: Iisberjocht
on:
  workflow_dispatch:
    inputs:
      status:
        description: "Is der iis? (ja/nee/mooglik)"
        required: true

jobs:
  berjocht:
    runs-on: ubuntu-latest
    steps:
      - name: Stjoer nei Discord
        run: |
          curl -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"Iis op De Sleatten: ${{ inputs.status }}\\"}" \\
            "@@secret@@"
""", secret=discord_webhook())

add("blind-ld/yaml/decoy-github-secrets", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: Deploy iisbaan-boeking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Nei de VPS
        env:
          SSH_KEY: ${{ secrets.VPS_SSH_KEY }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: ./scripts/deploy.sh
""")

add("blind-ld/kotlin/api-token", "iisapp/app/src/main/java/frl/desleatten/iisapp/Api.kt", "https://square.github.io/retrofit/", """\
package frl.desleatten.iisapp

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// App foar de leden: iisberjochten en tiidslotten.
object Api {
    private const val BASE_URL = "https://iisbaan.desleatten.frl/api/"
    private const val APP_TOKEN = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer $APP_TOKEN")
                .build())
        })
        .build()
}
""", secret=rand_pw(40))

add("blind-ld/swift/decoy-info-plist-reference", "iisapp-ios/IisApp/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """\
import Foundation

// De tokens komme út Secrets.xcconfig (net yn git) fia Info.plist.
enum Config {
    static var apiBase: URL { URL(string: "https://iisbaan.desleatten.frl/api/")! }
    static var appToken: String {
        Bundle.main.object(forInfoDictionaryKey: "IIS_APP_TOKEN") as? String ?? ""
    }
    static var mapboxToken: String {
        Bundle.main.object(forInfoDictionaryKey: "MBXAccessToken") as? String ?? ""
    }
}
""")

add("blind-ld/xcconfig/mapbox-secret-token", "iisapp-ios/Secrets.xcconfig", "https://docs.mapbox.com/ios/maps/guides/install/", """\
// Secrets.xcconfig - NET YN GIT (hy stiet wol yn .gitignore, mar dochs...)
IIS_APP_TOKEN = @@tok@@
// download-token foar de Mapbox SDK
MBX_DOWNLOADS_TOKEN = @@secret@@
MBXAccessToken = pk.eyJ1IjoiZnJ5c2tlLWlpcyIsImEiOiJja2V5cHVibGlrIn0.publyk
""", secret=mapbox_secret(), tok="$(IIS_APP_TOKEN_FROM_CI)")

# --------------------------------------------------------------------------------------------
# Infrastructure: Terraform, Ansible, Docker, Kubernetes, CI, shells
# --------------------------------------------------------------------------------------------

add("blind-ld/terraform/digitalocean-token", "infra/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """\
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

# VPS foar iisbaan-boeking en de ledeadministraasje
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "iisbaan" {
  name   = "iisbaan-ams3"
  region = "ams3"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-22-04-x64"
}
""", secret=digitalocean_token())

add("blind-ld/terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "do_token" {
  description = "DigitalOcean API-token (stiet yn TF_VAR_do_token, nea yn dit bestân)"
  type        = string
  sensitive   = true
}

variable "db_wachtwurd" {
  description = "Wachtwurd foar de managed Postgres"
  type        = string
  sensitive   = true
  default     = null
}
""")

add("blind-ld/terraform/decoy-state-sensitive", "infra/terraform.tfstate.backup", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", """\
{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 12,
  "lineage": "@@lineage@@",
  "outputs": {
    "droplet_ip": { "value": "188.166.12.40", "type": "string" },
    "db_password": { "value": "(sensitive value)", "type": "string", "sensitive": true }
  },
  "resources": []
}
""", lineage=fakes.uuid4(_seed()))

add("blind-ld/tfvars/database-password", "infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# prod - Boeking en ledeadministraasje
region        = "ams3"
droplet_size  = "s-1vcpu-2gb"
db_wachtwurd  = "@@secret@@"
backup_dagen  = 14
""", secret=rand_pw(24))

add("blind-ld/ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/buorkerij/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
@@vault@@
""", vault=vault_blob())

add("blind-ld/ansible/mqtt-password", "infra/ansible/roles/mosquitto/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
---
# Standertwearden foar de Mosquitto-rol (melkrobots)
mosquitto_port: 8883
mosquitto_tls: true
mosquitto_users:
  - name: robot-stal1
    password: "{{ vault_robot_stal1 }}"
  - name: telegraf
    password: "@@secret@@"   # TODO yn vault sette
mosquitto_acl_default: deny
""", secret=words_pw())

add("blind-ld/ansible/decoy-vault-reference", "infra/ansible/group_vars/buorkerij/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """\
---
buorkerij_namme: De Terp
mosquitto_users:
  - name: robot-stal1
    password: "{{ vault_robot_stal1 }}"
  - name: robot-stal2
    password: "{{ vault_robot_stal2 }}"
  - name: telegraf
    password: "{{ vault_telegraf }}"
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=buorkerij/data/influx:token') }}"
""")

add("blind-ld/ansible/ssh-private-key", "infra/ansible/files/deploy_id_ed25519", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", secret=fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-ld/ssh/decoy-public-key", "infra/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Tagong ta de stâl-pc en de VPS
@@k1@@ sjoerd@laptop
@@k2@@ wytse@thuis
@@k3@@ jelle@iisbaan
@@k4@@ deploy@github-actions
@@k5@@ anneke@ponghalder
""", k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub(), k5=ssh_pub())

add("blind-ld/dockerfile/npm-token", "iisbaan-boeking/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
FROM node:20-alpine AS build
WORKDIR /app
# privee-pakket @desleatten/ui fan npm
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
""", secret=npm_token())

add("blind-ld/dockerfile/decoy-build-secret", "ledeadministraasje/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM php:8.3-apache
WORKDIR /var/www/html
COPY composer.json composer.lock ./
# De token foar it privee Composer-repo komt as build-secret, net yn in laach
RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json \\
    composer install --no-dev --no-interaction
COPY . .
ENV APP_ENV=production
""")

add("blind-ld/npmrc/decoy-env-reference", "iisbaan-boeking/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
@desleatten:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("blind-ld/compose/database-password", "ledeadministraasje/docker-compose.yml", "https://hub.docker.com/_/mariadb", """\
services:
  wordpress:
    image: wordpress:6.5-php8.3-apache
    ports: ["8080:80"]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: sleatten_wp
      WORDPRESS_DB_PASSWORD: "@@secret@@"
      WORDPRESS_DB_NAME: sleatten_wp
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: sleatten_wp
      MARIADB_USER: sleatten_wp
      MARIADB_PASSWORD: "@@secret@@"
      MARIADB_RANDOM_ROOT_PASSWORD: "1"
    volumes:
      - db:/var/lib/mysql
volumes:
  db:
""", secret=rand_pw(18))

add("blind-ld/compose/decoy-docker-secrets", "stal-sensors/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: sjoerd
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_wachtwurd
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx_token
      DOCKER_INFLUXDB_INIT_ORG: buorkerij
      DOCKER_INFLUXDB_INIT_BUCKET: stal
    secrets: [influx_wachtwurd, influx_token]
secrets:
  influx_wachtwurd:
    file: ./geheim/influx_wachtwurd.txt
  influx_token:
    file: ./geheim/influx_token.txt
""")

add("blind-ld/yaml/k8s-secret-stringdata", "deploy/molkfabryk/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: molkfabryk-api
  namespace: buorkerij
type: Opaque
stringData:
  MOLKFABRYK_LID: "FR-00417"
  MOLKFABRYK_API_KEY: "@@secret@@"
""", secret=hexs(40))

add("blind-ld/yaml/k8s-dockerconfigjson", "deploy/kealle-alarm/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-deterp
  namespace: buorkerij
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@blob@@
""", secret=(_gh := fakes.github_token(_seed())),
    blob=b64('{"auths":{"ghcr.io":{"username":"sjoerd-deterp","password":"' + _gh + '","auth":"'
             + b64("sjoerd-deterp:" + _gh) + '"}}}'))

add("blind-ld/yaml/decoy-sealed-secret", "deploy/molkfabryk/sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: molkfabryk-api
  namespace: buorkerij
spec:
  encryptedData:
    MOLKFABRYK_API_KEY: AgB@@c1@@
    MOLKFABRYK_LID: AgC@@c2@@
  template:
    metadata:
      name: molkfabryk-api
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 260, ALNUM + "+/"))

add("blind-ld/gitlab-ci/sendgrid-key", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [test, nijsbrief]

variables:
  PYTHON_VERSION: "3.12"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

nijsbrief:
  stage: nijsbrief
  image: python:3.12
  when: manual
  variables:
    SENDGRID_API_KEY: "@@secret@@"
  script:
    - python scripts/stjoer_nijsbrief.py --list leden-2025
""", secret=sendgrid_key())

add("blind-ld/gitlab-ci/decoy-masked-variable", "ledenpost/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [deploy]

deploy:
  stage: deploy
  image: ruby:3.3
  script:
    - echo "Deploy nei $DEPLOY_HOST"
    # SMTP_PASSWORD is in masked CI/CD-fariabele (Settings > CI/CD > Variables)
    - bundle exec cap production deploy SMTP_PASSWORD="$SMTP_PASSWORD"
  only:
    - main
""")

add("blind-ld/shell-history/database-password", "notysjes/bash_history_stalpc.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /srv/keppel
git pull
sudo systemctl restart keppel
journalctl -u keppel -n 50
psql "postgresql://keppel_app:@@secret@@@localhost:5432/keppel" -c "select count(*) from kij;"
df -h
sudo apt upgrade
ls export/
exit
""", secret=words_pw())

add("blind-ld/shell-history/redis-password", "notysjes/zsh_history_jelle.txt", "https://redis.io/docs/latest/develop/tools/cli/", """\
: 1707314022:0;ssh iisbaan-ams3
: 1707314090:0;docker ps
: 1707314125:0;docker logs boeking-api --tail 100
: 1707314201:0;redis-cli -h 127.0.0.1 -p 6379 -a '@@secret@@' KEYS 'tiidslot:*'
: 1707314260:0;redis-cli -h 127.0.0.1 -p 6379 FLUSHDB
: 1707314301:0;exit
""", secret=fakes.redis_password(_seed()))

add("blind-ld/shell-history/decoy-prompted-password", "notysjes/bash_history_wytse.txt", "https://www.postgresql.org/docs/current/app-psql.html", """\
cd ~/keppel
source .venv/bin/activate
python manage.py migrate
psql -h localhost -U keppel_app -W keppel
export KEPPEL_DB_PASSWORD=$(pass show buorkerij/keppel-db)
python manage.py runserver
git status
git commit -am "kealle-registraasje: berte-gewicht tafoege"
""")

add("blind-ld/powershell/smtp-password", "scripts/Stjoer-Molkrapport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """\
# Stjoert it wykrapport fan de molkproduksje nei de feedokter en de boekhâlder
param([string]$Wike = (Get-Date -UFormat %V))

$wachtwurd = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('rapport@deterp.frl', $wachtwurd)

Send-MailMessage -From 'rapport@deterp.frl' `
  -To 'boekhald@accountant.example.nl','dokter@feedokter.example.nl' `
  -Subject "Molkproduksje wike $Wike" `
  -Attachments "C:\\Keppel\\export\\wike_$Wike.pdf" `
  -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred
""", secret=words_pw())

add("blind-ld/powershell/decoy-credential-manager", "scripts/Stjoer-Faktuer.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """\
# Stjoert de fakturen fan de kealle-ferkeap
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'DeTerpSmtp' -Vault 'Buorkerij'

Send-MailMessage -From 'fakturen@deterp.frl' -To $args[0] `
  -Subject 'Faktuer kealle' -Attachments $args[1] `
  -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred
""")

add("blind-ld/rust/api-key", "weerstasjon/src/main.rs", "https://openweathermap.org/appid", """\
// Lêst it waar foar de iisprognoaze (hoefolle nachtfrost?)
use serde::Deserialize;

const API_KAAI: &str = "@@secret@@";
const LOKAASJE: (f64, f64) = (53.2012, 5.7999);

#[derive(Deserialize)]
struct Waar {
    main: Main,
}

#[derive(Deserialize)]
struct Main {
    temp_min: f64,
}

fn main() -> Result<(), reqwest::Error> {
    let url = format!(
        "https://api.openweathermap.org/data/2.5/weather?lat={}&lon={}&units=metric&appid={}",
        LOKAASJE.0, LOKAASJE.1, API_KAAI
    );
    let waar: Waar = reqwest::blocking::get(url)?.json()?;
    println!("Minimum: {:.1} °C", waar.main.temp_min);
    Ok(())
}
""", secret=hexs(32))

add("blind-ld/rust/decoy-env-reference", "weerstasjon/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

/// Ynstellings foar it waarstasjon; de kaai komt út OWM_API_KEY.
pub struct Config {
    pub api_kaai: String,
    pub lat: f64,
    pub lon: f64,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            api_kaai: env::var("OWM_API_KEY").expect("set OWM_API_KEY"),
            lat: 53.2012,
            lon: 5.7999,
        }
    }
}
""")

add("blind-ld/java/mongodb-uri", "iisklassemint/src/main/java/frl/knsb/fryslan/Database.java", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
package frl.knsb.fryslan;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Rûntiden fan de klassemintswedstriden (Fryske iisklubs). */
public final class Database {
    private static final String URI =
        "mongodb+srv://klassemint:@@secret@@@cluster0.fryslan.mongodb.net/rûntiden?retryWrites=true&w=majority";

    private Database() {}

    public static MongoClient client() {
        return MongoClients.create(URI);
    }
}
""", secret=rand_pw(16))

add("blind-ld/properties/database-password", "iisklassemint/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# Klassemint - produksje
server.port=8080
spring.datasource.url=jdbc:postgresql://db.klassemint.frl:5432/klassemint
spring.datasource.username=klassemint
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
""", secret=words_pw())

add("blind-ld/properties/decoy-env-reference", "iisklassemint/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# Klassemint - standert
server.port=8080
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/klassemint}
spring.datasource.username=${DB_USER:klassemint}
spring.datasource.password=${DB_PASSWORD:}
spring.mail.password=${MAIL_PASSWORD}
spring.jpa.open-in-view=false
""")

# --------------------------------------------------------------------------------------------
# Cloud, chat, AI helpers, notebooks and logs
# --------------------------------------------------------------------------------------------

add("blind-ld/python/aws-secret-key", "molkanalyse/upload_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"Set de nachtlike eksport fan de melkrobots yn S3 (foar de analyze fan de feedokter).\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def opladen(paad: str) -> None:
    s3.upload_file(paad, "deterp-molkdata", f"robot/{paad.rsplit('/', 1)[-1]}")


if __name__ == "__main__":
    import sys
    opladen(sys.argv[1])
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ld/ini/aws-secret-key", "notysjes/aws-credentials-feedokter.txt", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
Foar de feedokter (Marijke), sadat se de molkdata lêze kin.
Set dit yn ~/.aws/credentials:

[deterp-lêzer]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ld/ini/decoy-documentation-example", "docs/aws-ynstelle.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
# AWS ynstelle foar de molkanalyse

Meitsje `~/.aws/credentials` oan lykas yn it foarbyld fan AWS sels:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Jo eigen kaaien krije jo fan Sjoerd (IAM-brûker `feedokter-lêzer`).
""")

add("blind-ld/json/aws-session-token", "molkanalyse/.aws-sso-cache.json", "https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html", """\
{
  "ProviderType": "sso",
  "Credentials": {
    "AccessKeyId": "ASIA@@kid@@",
    "SecretAccessKey": "(sjoch hjirûnder)",
    "SessionToken": "@@secret@@",
    "Expiration": "2025-01-14T18:22:05Z"
  }
}
""", secret=fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"))

add("blind-ld/python/slack-webhook", "molkanalyse/alarm.py", "https://api.slack.com/messaging/webhooks", """\
\"\"\"Warskôget yn Slack as it selgetal (celgetal) te heech is.\"\"\"
import requests

WEBHOOK = (
    "@@secret@@"
)
GRINS = 250_000


def kontrolearje(kij: str, selgetal: int) -> None:
    if selgetal > GRINS:
        requests.post(WEBHOOK, json={"text": f":cow: Kij {kij}: selgetal {selgetal} (grins {GRINS})"}, timeout=5)
""", secret=slack_webhook())

add("blind-ld/python/decoy-webhook-placeholder", "molkanalyse/alarm_test.py", "https://api.slack.com/messaging/webhooks", """\
\"\"\"Test foar alarm.py - stjoert neat echt.\"\"\"
from unittest import mock

import alarm

FOARBYLD_WEBHOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"


def test_gjin_alarm_ûnder_grins():
    with mock.patch.object(alarm, "WEBHOOK", FOARBYLD_WEBHOOK), mock.patch("requests.post") as post:
        alarm.kontrolearje("417", 120_000)
    post.assert_not_called()
""")

add("blind-ld/json/teams-webhook", "molkanalyse/notifikaasjes.json", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
{
  "kanalen": [
    {
      "namme": "Stâl - alarmen",
      "type": "teams",
      "url": "@@secret@@"
    },
    {
      "namme": "Molkfabryk",
      "type": "email",
      "adres": "kwaliteit@melkcoop.example.nl"
    }
  ]
}
""", secret=teams_webhook())

add("blind-ld/python/openai-key", "iisklub-bot/bot.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"Chatbot op de webside: beantwurdet fragen oer iis, tiden en lidmaatskip (Frysk en Hollânsk).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEEM = (
    "Do bist de assistint fan IJsclub De Sleatten. Antwurdzje yn it Frysk as de fraach "
    "yn it Frysk steld is. Sis noait dat der iis is as de iismaster dat net sein hat."
)


def antwurd(fraach: str) -> str:
    res = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEEM}, {"role": "user", "content": fraach}],
    )
    return res.choices[0].message.content
""", secret=fakes.openai_key(_seed()))

add("blind-ld/python/huggingface-token", "iisklub-bot/oersette.py", "https://huggingface.co/docs/hub/security-tokens", """\
\"\"\"Oersette fan it iisberjocht nei it Frysk mei in model fan de Hub.\"\"\"
from huggingface_hub import InferenceClient

hf = InferenceClient(token="@@secret@@")


def nei_frysk(tekst: str) -> str:
    return hf.translation(tekst, model="Helsinki-NLP/opus-mt-nl-fy")


print(nei_frysk("Er is ijs! De baan is open vanaf 10 uur."))
""", secret=hf_token())

add("blind-ld/python/decoy-env-reference-ai", "iisklub-bot/config.py", "https://platform.openai.com/docs/quickstart", """\
import os

# De kaaien stean yn de omjouwing fan de server (systemd EnvironmentFile).
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
HF_TOKEN = os.getenv("HF_TOKEN")
MODEL = os.getenv("BOT_MODEL", "gpt-4o-mini")

if not OPENAI_API_KEY:
    raise SystemExit("OPENAI_API_KEY ûntbrekt")
""")

add("blind-ld/notebook/influx-token", "molkanalyse/selgetal_analyze.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Selgetal per kij, winter 2024\\n", "Data út InfluxDB (stâl 1 en 2)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\\n",
    "import pandas as pd\\n",
    "client = InfluxDBClient(url='http://influx.deterp.local:8086', token='@@secret@@', org='buorkerij')\\n",
    "df = client.query_api().query_data_frame('from(bucket:\\"stal\\") |> range(start: -90d)')\\n",
    "df.head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.drawn_mixed(_seed(), 86, ALNUM + "-_") + "==")

add("blind-ld/notebook/decoy-getpass", "molkanalyse/fetproteine.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Fet en proteïne per kij\\n", "It token wurdt by it útfieren frege (getpass)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "from influxdb_client import InfluxDBClient\\n",
    "token = getpass('Influx-token: ')\\n",
    "client = InfluxDBClient(url='http://influx.deterp.local:8086', token=token, org='buorkerij')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ld/log/basic-auth-header", "logs/molkfabryk-sync-2025-01-12.log", "https://www.rfc-editor.org/rfc/rfc7617", """\
2025-01-12 02:00:01 INFO  sync start (lid FR-00417)
2025-01-12 02:00:01 DEBUG GET https://api.melkcoop.example.nl/v2/levering?dei=2025-01-11
2025-01-12 02:00:01 DEBUG headers: {'User-Agent': 'deterp-sync/1.3', 'Authorization': 'Basic @@secret@@'}
2025-01-12 02:00:02 INFO  200 OK, 3 leveringen
2025-01-12 02:00:02 INFO  tank 1: 4212 kg, 4.41% fet, 3.52% proteïne
2025-01-12 02:00:02 INFO  sync klear
""", secret=b64("FR-00417:" + words_pw()))

add("blind-ld/log/decoy-redacted", "logs/molkfabryk-sync-2025-01-13.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", """\
2025-01-13 02:00:01 INFO  sync start (lid FR-00417)
2025-01-13 02:00:01 DEBUG GET https://api.melkcoop.example.nl/v2/levering?dei=2025-01-12
2025-01-13 02:00:01 DEBUG headers: {'User-Agent': 'deterp-sync/1.4', 'Authorization': 'Basic [REDACTED]'}
2025-01-13 02:00:02 INFO  200 OK, 3 leveringen
2025-01-13 02:00:02 INFO  request-id @@rid@@
2025-01-13 02:00:02 INFO  sync klear
""", rid=fakes.uuid4(_seed()))

add("blind-ld/log/decoy-checksums", "logs/firmware-update-robot.log", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
[2025-02-03 10:14:22] firmware download: robot-a5-fw-7.2.1.bin
[2025-02-03 10:14:40] sha256 ferwachte: @@h1@@
[2025-02-03 10:14:40] sha256 mjitten:   @@h1@@
[2025-02-03 10:14:41] handtekening OK (kaai-id @@kid@@)
[2025-02-03 10:16:02] robot stâl 2 op 'e nij opstart
[2025-02-03 10:17:30] status: melke
""", h1=sha256ish(), kid=hexs(16))

add("blind-ld/yaml/gitlab-token", "renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """\
# Renovate foar de repos fan de buorkerij (self-hosted op de stâl-pc)
platform: gitlab
endpoint: https://gitlab.com/api/v4/
token: "@@secret@@"
autodiscover: true
autodiscoverFilter: ["deterp/*"]
onboarding: false
labels: ["fernijing"]
""", secret=gitlab_token())

add("blind-ld/git-config/gitlab-token-url", "notysjes/git-remote-stalpc.txt", "https://git-scm.com/docs/git-clone#_git_urls", """\
Op de stâl-pc stiet it repo mei in token yn de remote (Sjoerd hat dat sa dien, moat oars):

$ git remote -v
origin  https://oauth2:@@secret@@@gitlab.com/deterp/melkrobot.git (fetch)
origin  https://oauth2:@@secret@@@gitlab.com/deterp/melkrobot.git (push)

TODO: deploy-kaai brûke ynstee.
""", secret=gitlab_token())

add("blind-ld/pypirc/pypi-token", "iisklassemint-py/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("blind-ld/toml/decoy-trusted-publishing", "iisklassemint-py/pyproject.toml", "https://docs.pypi.org/trusted-publishers/", """\
[project]
name = "fryske-iisklassemint"
version = "0.4.1"
description = "Rûntiden en klassemint fan Fryske iisklubs"
requires-python = ">=3.10"
dependencies = ["requests>=2.31"]

[tool.hatch.build]
include = ["src/klassemint"]

# Publisearje giet fia PyPI Trusted Publishing (GitHub Actions), gjin token nedich.
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
""")

add("blind-ld/yaml/github-token", "iisklassemint-py/.github/workflows/release.yml", "https://docs.github.com/en/actions/security-guides/automatic-token-authentication", """\
name: Release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: GitHub-release meitsje
        env:
          # tydlik, de GITHUB_TOKEN hie net genôch rjochten
          GH_TOKEN: @@secret@@
        run: gh release create "$GITHUB_REF_NAME" --generate-notes
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-ld/csharp/azure-client-secret", "ledeadministraasje-sync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """\
using Azure.Identity;
using Microsoft.Graph;

// Syngronisearret de ledelist mei de Microsoft 365-groep "Leden De Sleatten"
var credential = new ClientSecretCredential(
    tenantId: "@@tenant@@",
    clientId: "@@client@@",
    clientSecret: "@@secret@@");

var graph = new GraphServiceClient(credential);
var leden = await graph.Groups["leden-desleatten"].Members.GetAsync();
Console.WriteLine($"Tal fan leden: {leden?.Value?.Count}");
""", secret=azure_secret(), tenant=fakes.uuid4(_seed()), client=fakes.uuid4(_seed()))

add("blind-ld/json/decoy-azure-ids", "ledeadministraasje-sync/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """\
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "",
    "ClientCertificateThumbprint": "@@thumb@@"
  },
  "Groep": "leden-desleatten"
}
""", tenant=fakes.uuid4(_seed()), client=fakes.uuid4(_seed()), thumb=hexs(40).upper())

add("blind-ld/env/azure-storage-key", "ledeadministraasje-sync/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
# Foto's fan de klupkampioenskippen
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=sleattenfotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
FOTO_CONTAINER=kampioenskippen-2025
FOTO_MAX_MB=12
GRAPH_GROEP=leden-desleatten
LOG_LEVEL=info
""", secret=azure_storage_key())

add("blind-ld/env/decoy-azurite-dev-key", "ledeadministraasje-sync/.env.development", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings", """\
# Lokaal mei Azurite - dit is de publike ûntwikkelkaai fan Microsoft, gjin geheim
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
FOTO_CONTAINER=kampioenskippen-test
FOTO_MAX_MB=12
# start Azurite mei: docker run -p 10000:10000 mcr.microsoft.com/azure-storage/azurite
LOG_LEVEL=debug
""")

add("blind-ld/python/twilio-auth-token", "iisklub-bot/sms_iisberjocht.py", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """\
\"\"\"SMS nei de âldere leden sûnder app: 'Der is iis!'\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def stjoer(nûmers, tekst="Der is iis op De Sleatten! Iepen fan 10.00 oant 21.00 oere."):
    for nûmer in nûmers:
        client.messages.create(to=nûmer, from_="+3197010253412", body=tekst)
""", secret=hexs(32), sid=twilio_sid())

add("blind-ld/python/mailgun-key", "iisklub-bot/nijsbrief.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
import requests

DOMEIN = "post.desleatten.frl"


def stjoer_nijsbrief(ûntfangers, ûnderwerp, html):
    return requests.post(
        f"https://api.eu.mailgun.net/v3/{DOMEIN}/messages",
        auth=("api", "@@secret@@"),
        data={"from": "IJsclub De Sleatten <nijsbrief@post.desleatten.frl>",
              "to": ûntfangers, "subject": ûnderwerp, "html": html},
        timeout=30,
    )
""", secret=mailgun_key())

# --------------------------------------------------------------------------------------------
# Split values, here-documents, JSON in strings, documentation pages
# --------------------------------------------------------------------------------------------

_pw = rand_pw(24)
add("blind-ld/python/split-password", "rûntiidmjitting/transponder.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
\"\"\"Lêst de transponders út by de finish fan de 200 meter (klupkampioenskip).\"\"\"
import serial
import pymysql

DB = dict(
    host="10.1.0.5",
    user="tiidmjitting",
    password=("@@a@@"
              "@@b@@"),
    database="rûntiden",
)


def bewarje(transponder: str, tiid_ms: int) -> None:
    with pymysql.connect(**DB) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO passaazjes (transponder, tiid_ms) VALUES (%s, %s)", (transponder, tiid_ms))
        conn.commit()
""", secret=_pw, a=_pw[:11], b=_pw[11:])

_pw = words_pw()
add("blind-ld/shell/heredoc-password", "scripts/nije_stalpc.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/usr/bin/env bash
# Ynstallaasje fan in nije stâl-pc (Raspberry Pi) - Sjoerd, jannewaris 2025
set -e
sudo apt-get install -y mosquitto-clients python3-venv

mkdir -p ~/.config/melkrobot
cat > ~/.config/melkrobot/mqtt.conf <<'EOF'
host = mqtt.deterp.local
port = 8883
user = robot-stal3
password = @@secret@@
EOF
chmod 600 ~/.config/melkrobot/mqtt.conf

echo "Klear. No: systemctl --user enable --now melkrobot-bridge"
""", secret=_pw)

add("blind-ld/shell/decoy-heredoc-placeholder", "scripts/nije_stalpc_sjabloan.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/usr/bin/env bash
# Sjabloan: freget it wachtwurd by it ynstallearjen
set -e
read -r -s -p "MQTT-wachtwurd foar $(hostname): " MQTT_PW
echo
mkdir -p ~/.config/melkrobot
cat > ~/.config/melkrobot/mqtt.conf <<EOF
host = mqtt.deterp.local
port = 8883
user = $(hostname)
password = ${MQTT_PW}
EOF
chmod 600 ~/.config/melkrobot/mqtt.conf
""")

_pw = rand_pw(20)
add("blind-ld/js/json-in-string", "iisbaan-boeking/scripts/seed.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse", """\
// Folt de test-database mei tiidslotten
const { Client } = require('pg');

const konfig = JSON.parse('{"host":"db.staging.desleatten.frl","port":5432,"user":"iisbaan","password":"@@secret@@","database":"iisbaan"}');

(async () => {
  const db = new Client(konfig);
  await db.connect();
  for (const oere of [10, 11, 12, 14, 15, 16, 19, 20]) {
    await db.query('INSERT INTO tiidslotten (oere, plakken) VALUES ($1, $2)', [oere, 120]);
  }
  await db.end();
})();
""", secret=_pw)

_tok = fakes.github_token(_seed())
add("blind-ld/go/github-token-split", "klupside/cmd/sync/main.go", "https://pkg.go.dev/github.com/google/go-github/v60/github", """\
package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v60/github"
)

// Helje de útslaggen (Markdown) út it repo fan de KNSB-gewest Fryslân.
var token = "@@a@@" +
	"@@b@@"

func main() {
	client := github.NewClient(nil).WithAuthToken(token)
	files, _, _, err := client.Repositories.GetContents(context.Background(), "gewest-fryslan", "utslaggen", "2025", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(files.Content), "bestannen")
}
""", secret=_tok, a=_tok[:20], b=_tok[20:])

add("blind-ld/go/decoy-env-reference", "klupside/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """\
package config

import "os"

// Config hâldt de ynstellings fan de klupside.
type Config struct {
	GitHubToken string
	Poarte      string
}

// Lade lêst alles út de omjouwing; nea in token yn de koade.
func Lade() Config {
	return Config{
		GitHubToken: os.Getenv("GITHUB_TOKEN"),
		Poarte:      envOf("PORT", "8080"),
	}
}

func envOf(kaai, standert string) string {
	if w := os.Getenv(kaai); w != "" {
		return w
	}
	return standert
}
""")

add("blind-ld/rst/database-password", "docs/tiidmjitting/ynstallaasje.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Tiidmjitting ynstallearje
=========================

De tiidmjitting draait op de laptop yn it klupgebou.

Database
--------

.. code-block:: console

   $ mysql -h 10.1.0.5 -u tiidmjitting -p'@@secret@@' rûntiden < skema.sql

Transponders
------------

Ferbyn de lêzer mei USB en kontrolearje mei ``dmesg`` oft ``/dev/ttyUSB0`` der is.
""", secret=words_pw())

add("blind-ld/rst/decoy-placeholder", "docs/tiidmjitting/backup.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Reservekopy meitsje
===================

Nei elke wedstriid:

.. code-block:: console

   $ mysqldump -h 10.1.0.5 -u tiidmjitting -p rûntiden > rûntiden-$(date +%F).sql

``-p`` sûnder wearde: mysqldump freget dan sels om it wachtwurd (stiet yn 1Password).
Foarbyld foar in ``~/.my.cnf``:

.. code-block:: ini

   [client]
   user = tiidmjitting
   password = <wachtwurd út 1Password>
""")

add("blind-ld/html/stripe-secret-in-script", "klupside/public/oud/betelje.html", "https://docs.stripe.com/keys", """\
<!DOCTYPE html>
<html lang="fy">
<head>
  <meta charset="utf-8">
  <title>Lid wurde - IJsclub De Sleatten</title>
</head>
<body>
  <h1>Lid wurde</h1>
  <p>Betelje jo kontribúsje hjirûnder.</p>
  <script>
    // âlde side (2021), wurdt net mear brûkt
    const STRIPE_KEY = "@@secret@@";
    fetch("https://api.stripe.com/v1/checkout/sessions", {
      method: "POST",
      headers: { Authorization: "Bearer " + STRIPE_KEY }
    });
  </script>
</body>
</html>
""", secret=stripe_key("rk_live_"))

add("blind-ld/xml/database-password", "iisklassemint/src/main/webapp/META-INF/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Tomcat-kontekst foar it âlde klassemint (2019) -->
<Context>
  <Resource name="jdbc/klassemint" auth="Container"
            type="javax.sql.DataSource"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://db.klassemint.frl:5432/klassemint"
            username="klassemint"
            password="@@secret@@"
            maxTotal="20" maxIdle="5"/>
</Context>
""", secret=rand_pw(14, "!$"))

add("blind-ld/xml/decoy-env-reference", "iisklassemint/pom-profile.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>klassemint-repo</id>
      <username>${env.MAVEN_REPO_USER}</username>
      <password>${env.MAVEN_REPO_PASSWORD}</password>
    </server>
  </servers>
  <!-- wachtwurden komme út de CI, sjoch de wiki -->
</settings>
""")

add("blind-ld/xml/maven-password", "iisklassemint/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Private-Token</name>
            <value>@@secret@@</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
""", secret=gitlab_token())

add("blind-ld/wiki/ftp-password", "wiki/Skoaltsjinst-iisbaan.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", """\
# Skoaltsjinst op de iisbaan

De basisskoallen út it doarp meie op snein fergees op it iis. De listen komme fia FTP.

* Server: `ftp.desleatten.frl`
* Brûker: `skoallen`
* Wachtwurd: @@secret@@

Elke skoalle set op freed in CSV mei de bern del yn `/skoallen/yn/`.
Durk (iismaster) printet de list op sneon.
""", secret=words_pw())

add("blind-ld/wiki/decoy-secret-manager", "wiki/Tagong-iisbaan-kompjûter.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", """\
# Tagong ta de kompjûter yn it klupgebou

* Brûker: `iismaster`
* Wachtwurd: stiet op it briefke yn de kluis yn it kantoar (net hjir!)
* Wifi: netwurk `Sleatten-Gast`, wachtwurd hinget by de bar

Mei fragen: Jelle (06-xxxxxxxx).
""")

add("blind-ld/markdown/decoy-hash-table", "docs/downloads.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# Downloads

| Bestân | Ferzje | SHA-256 |
|--------|--------|---------|
| iisapp-1.8.0.apk | 1.8.0 | `@@h1@@` |
| iisapp-1.7.2.apk | 1.7.2 | `@@h2@@` |
| tiidmjitting-2.3.zip | 2.3 | `@@h3@@` |

Kontrolearje mei `sha256sum <bestân>`.
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("blind-ld/markdown/decoy-git-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Feroaringen

## [1.8.0] - 2025-01-10
- Iisberjocht mei foto (@@c1@@)
- Tiidslotten foar jeugd (@@c2@@)

## [1.7.2] - 2024-12-02
- Flater by it beteljen mei iDEAL ferholpen (@@c3@@)
- Frysk as standerttaal (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("blind-ld/kotlin/decoy-buildconfig", "iisapp/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "frl.desleatten.iisapp"
    compileSdk = 34
    defaultConfig {
        applicationId = "frl.desleatten.iisapp"
        minSdk = 24
        versionName = "1.8.0"
        // token komt út local.properties / CI, net yn git
        buildConfigField("String", "APP_TOKEN", "\\"${project.findProperty("IIS_APP_TOKEN") ?: ""}\\"")
    }
}
""")

add("blind-ld/properties/keystore-password", "iisapp/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
# Undertekenje fan de iisapp foar Google Play
storeFile=../keys/desleatten-upload.jks
storePassword=@@secret@@
keyAlias=upload
keyPassword=@@secret@@
""", secret=words_pw())

add("blind-ld/json/google-service-account", "iisapp/play-publisher.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "desleatten-iisapp",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "play-publisher@desleatten-iisapp.iam.gserviceaccount.com",
  "client_id": "1048576201938475610",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("blind-ld/json/decoy-firebase-public-config", "iisapp/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "project_info": {
    "project_number": "482019374652",
    "project_id": "desleatten-iisapp",
    "storage_bucket": "desleatten-iisapp.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:482019374652:android:@@appid@@",
        "android_client_info": { "package_name": "frl.desleatten.iisapp" }
      },
      "oauth_client": [],
      "configuration_version": "1"
    }
  ]
}
""", appid=hexs(16))

# --------------------------------------------------------------------------------------------
# Other farms and clubs in the region: smaller scripts and configs
# --------------------------------------------------------------------------------------------

add("blind-ld/yaml/home-assistant-password", "hiem/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
# Home Assistant op 'e buorkerij (ljocht yn 'e stâl, doarren, kealle-kamera)
mqtt_password: @@secret@@
stal_lat: 53.1183
stal_lon: 5.8421
kamera_brûker: kealhok
""", secret=words_pw())

add("blind-ld/yaml/decoy-secret-reference", "hiem/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
homeassistant:
  name: Buorkerij De Terp
  latitude: !secret stal_lat
  longitude: !secret stal_lon
  time_zone: Europe/Amsterdam

mqtt:
  broker: mqtt.deterp.local
  username: homeassistant
  password: !secret mqtt_password

camera:
  - platform: generic
    name: Kealhok
    still_image_url: http://10.0.3.21/snapshot.jpg
    username: !secret kamera_brûker
    password: !secret kamera_wachtwurd
""")

add("blind-ld/url/camera-rtsp-password", "hiem/frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """\
mqtt:
  host: mqtt.deterp.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  kealhok:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.0.3.21:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
""", secret=rand_pw(12))

add("blind-ld/yaml/decoy-frigate-env", "hiem/frigate/config.kealhok2.yml", "https://docs.frigate.video/configuration/reference", """\
mqtt:
  host: mqtt.deterp.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  kealhok2:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.0.3.22:554/Streaming/Channels/101
          roles: [detect]
""")

_glsa = "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8)
add("blind-ld/python/grafana-service-account-token", "molketank/koeling.py", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """\
\"\"\"Koeling fan de molketank: lêst de PLC en set de temperatuer yn Grafana as annotaasje.\"\"\"
import requests
from pymodbus.client import ModbusTcpClient

PLC = ModbusTcpClient("10.0.5.10", port=502)
GRAFANA = "https://grafana.deterp.frl/api/annotations"
GRAFANA_TOKEN = "@@secret@@"


def lês_temperatuer() -> float:
    rr = PLC.read_holding_registers(100, count=1, slave=1)
    return rr.registers[0] / 10


if __name__ == "__main__":
    t = lês_temperatuer()
    if t > 4.5:
        requests.post(GRAFANA, json={"text": f"Tank te waarm: {t} °C", "tags": ["molketank"]},
                      headers={"Authorization": f"Bearer {GRAFANA_TOKEN}"}, timeout=5)
""", secret=_glsa)

add("blind-ld/ini/grafana-admin-password", "hiem/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
[server]
domain = grafana.deterp.frl
root_url = https://grafana.deterp.frl/

[security]
admin_user = sjoerd
admin_password = @@secret@@

[auth.anonymous]
enabled = false

[users]
default_language = nl-NL
""", secret=words_pw())

add("blind-ld/ini/decoy-env-reference", "hiem/grafana/grafana.acc.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """\
[server]
domain = grafana-acc.deterp.frl

[security]
admin_user = sjoerd
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/run/secrets/grafana_secret_key}

[users]
default_language = nl-NL
""")

add("blind-ld/shell/mysql-password-argument", "scripts/backup_tiidmjitting.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
#!/bin/sh
# Reservekopy fan de rûntiden nei de NAS (nei elke wedstriid draaie)
DOEL=/mnt/nas/iisklub/backup
DATUM=$(date +%F)
mysqldump -h 10.1.0.5 -u tiidmjitting --password=@@secret@@ rûntiden | gzip > "$DOEL/rûntiden-$DATUM.sql.gz"
find "$DOEL" -name 'rûntiden-*.sql.gz' -mtime +60 -delete
echo "Reservekopy klear: $DOEL/rûntiden-$DATUM.sql.gz"
""", secret=rand_pw(16))

add("blind-ld/shell/decoy-option-file", "scripts/backup_ledeadministraasje.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
#!/bin/sh
# Reservekopy fan WordPress (ledeadministraasje).
# Brûker en wachtwurd stean yn /root/.my.cnf (chmod 600), dus net hjir.
DOEL=/mnt/nas/iisklub/backup
DATUM=$(date +%F)
mysqldump --defaults-extra-file=/root/.my.cnf sleatten_wp | gzip > "$DOEL/wp-$DATUM.sql.gz"
echo "klear"
""")

add("blind-ld/cnf/database-password", "notysjes/my.cnf.klupgebou", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
# /root/.my.cnf op de server yn it klupgebou
# (kopy hjir bewarre foar as de server stikken giet - Jelle)
[client]
user = sleatten_backup
password = "@@secret@@"
host = localhost
""", secret=words_pw())

add("blind-ld/netrc/service-password", "notysjes/netrc-stalpc", "https://everything.curl.dev/usingcurl/netrc.html", """\
# ~/.netrc op de stâl-pc (foar it opheljen fan de firmware fan de robot)
machine service.robotleverancier.example.com
login deterp-fr
password @@secret@@

# de FTP fan de molkfabryk: sjoch upload_molkproduksje.sh
""", secret=words_pw())

add("blind-ld/python/decoy-keyring", "molkanalyse/fabryk_client.py", "https://pypi.org/project/keyring/", """\
\"\"\"Client foar de API fan de molkfabryk. It wachtwurd stiet yn de keyring fan it systeem.\"\"\"
import keyring
import requests

LID = "FR-00417"


def sesje() -> requests.Session:
    s = requests.Session()
    s.auth = (LID, keyring.get_password("melkcoop", LID))
    s.headers["User-Agent"] = "deterp-sync/1.4"
    return s
""")

add("blind-ld/python/basic-auth-tuple", "molkanalyse/fabryk_client_oud.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """\
\"\"\"Alde ferzje fan de client (foar de keyring). Net mear brûke.\"\"\"
import requests

LID = "FR-00417"


def sesje() -> requests.Session:
    s = requests.Session()
    s.auth = (LID, "@@secret@@")
    s.headers["User-Agent"] = "deterp-sync/1.2"
    return s
""", secret=words_pw())

add("blind-ld/yaml/rabbitmq-amqp-url", "fokkerij/config/prod.yaml", "https://www.rabbitmq.com/docs/uri-spec", """\
# Fokkerij-app: ynseminaasjes en drachtichheidskontrôles
app:
  namme: fokkerij
  taal: fy
queue:
  url: amqps://fokkerij:@@secret@@@rabbit.deterp.frl:5671/buorkerij
  wachtrige: ynseminaasjes
database:
  url: sqlite:////srv/fokkerij/fokkerij.db
""", secret=rand_pw(20))

add("blind-ld/yaml/decoy-url-without-password", "fokkerij/config/dev.yaml", "https://www.rabbitmq.com/docs/uri-spec", """\
app:
  namme: fokkerij
  taal: fy
queue:
  # lokaal: guest/guest fan RabbitMQ sels, allinnich op localhost
  url: amqp://guest:guest@localhost:5672/
  wachtrige: ynseminaasjes
database:
  url: sqlite:///fokkerij-dev.db
""")

add("blind-ld/ruby/redis-url", "ledenpost/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """\
# Sidekiq foar it ferstjoeren fan de nijsbrieven
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://default:@@secret@@@redis.desleatten.frl:6380/0" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://default:@@secret@@@redis.desleatten.frl:6380/0" }
end
""", secret=fakes.redis_password(_seed()))

add("blind-ld/ruby/decoy-env-fetch", "ledenpost/config/initializers/sidekiq_env.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """\
# Nije opset: de URL komt út REDIS_URL
Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") }
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") }
end
""")

add("blind-ld/swift/api-key", "iisapp-ios/IisApp/WaarService.swift", "https://openweathermap.org/appid", """\
import Foundation

// Iisprognoaze yn 'e app: nachtfrost de kommende dagen
struct WaarService {
    private let kaai = "@@secret@@"

    func prognoaze() async throws -> Data {
        let url = URL(string: "https://api.openweathermap.org/data/2.5/forecast?lat=53.20&lon=5.80&units=metric&appid=\\(kaai)")!
        let (data, _) = try await URLSession.shared.data(from: url)
        return data
    }
}
""", secret=hexs(32))

add("blind-ld/js/decoy-example-token", "klupside/docs/api-foarbyld.js", "https://jwt.io/introduction", """\
// Foarbyld út de API-dokumintaasje: sa stjoerst in token mei.
// It token hjirûnder is it bekende foarbyld fan jwt.io en jildt net by ús.
const foarbyldToken =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

fetch('https://iisbaan.desleatten.frl/api/tiidslotten', {
  headers: { Authorization: `Bearer ${foarbyldToken}` },
});
""")

add("blind-ld/js/jwt-signing-secret", "iisbaan-boeking/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", """\
const jwt = require('jsonwebtoken');

// Sesjes foar leden dy't ynlogge om in tiidslot te boeken
const JWT_GEHEIM = '@@secret@@';

function meitsjeToken(lid) {
  return jwt.sign({ sub: lid.id, rol: lid.rol }, JWT_GEHEIM, { expiresIn: '12h' });
}

function kontrolearje(token) {
  return jwt.verify(token, JWT_GEHEIM);
}

module.exports = { meitsjeToken, kontrolearje };
""", secret=jwt_secret())

add("blind-ld/ts/decoy-public-key-verify", "iisbaan-boeking/src/verify.ts", "https://datatracker.ietf.org/doc/html/rfc7517", """\
import { createVerify } from "crypto";

// Publike kaai fan de KNSB om útslaggen te kontrolearjen (mei iepenbier)
const KNSB_PUBLIKE_KAAI = `@@pub@@`;

export function echtUtslach(tekst: string, hantekening: string): boolean {
  const v = createVerify("SHA256");
  v.update(tekst);
  return v.verify(KNSB_PUBLIKE_KAAI, hantekening, "base64");
}
""", pub=public_pem())

add("blind-ld/pem/private-key", "tiidmjitting/certs/klupgebou.key", "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html", """\
@@secret@@
""", secret=fakes.fake_pem(_seed(), "RSA"))

add("blind-ld/pem/decoy-certificate", "tiidmjitting/certs/klupgebou.crt", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@cert@@
""", cert=cert_pem())

add("blind-ld/yaml/ec-private-key-block", "deploy/tiidmjitting/tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: tiidmjitting-tls
  namespace: iisklub
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUWjC3rVfYk2X8wZ0n1bQ6pDk7s8wwCgYIKoZIzj0EAwIw
    -----END CERTIFICATE-----
  tls.key: |
    @@key@@
""", secret=(_k := fakes.fake_pem(_seed(), "EC")), key=_k.replace("\n", "\n    "))

# --------------------------------------------------------------------------------------------
# Notes, runbooks, chats, tables, client configs
# --------------------------------------------------------------------------------------------

add("blind-ld/text/notes-password-sentence", "notysjes/winter-2025.txt", "https://en.wikipedia.org/wiki/Plain_text", """\
Notysjes winter 2025 - iisklub

- 3 jan: iis mjitten, 6 sm. Noch net iepen.
- 5 jan: iepen! 412 besikers. Bar draaide goed.
- Nije kassa yn it klupgebou: SumUp. Ynlogge mei bar@desleatten.frl, it wachtwurd is @@secret@@
  (Anneke wit it ek).
- 8 jan: tei. Baan ticht.
- ALV op 14 febrewaris, doarpshûs.
""", secret=words_pw())

add("blind-ld/text/decoy-notes-reference", "notysjes/winter-2024.txt", "https://en.wikipedia.org/wiki/Plain_text", """\
Notysjes winter 2024 - iisklub

- 12 jan: iis mjitten, 4 sm. Net iepen.
- 17 jan: iepen foar jeugd.
- Kassa: ynlogge mei it bar-account, wachtwurd yn 1Password (kluis IJsclub bestjoer).
- De Wi-Fi by de bar is feroare, nije kaart leit yn de la.
- 22 jan: tei.
""")

add("blind-ld/markdown/runbook-api-key", "runbooks/molkfabryk-sync-stikken.md", "https://www.pagerduty.com/resources/learn/what-is-a-runbook/", """\
# Runbook: molkfabryk-sync is stikken

1. Sjoch yn `logs/molkfabryk-sync-*.log` wat der mis gie.
2. Test de API mei de hân:

   ```bash
   curl -H "X-Api-Key: @@secret@@" \\
        https://api.melkcoop.example.nl/v2/levering?dei=$(date -d yesterday +%F)
   ```

3. Jout dat 401: de kaai is ferrûn. Nije oanfreegje by de molkfabryk (ledeportaal).
4. Jout dat 200: dan is de sync sels stikken, `systemctl status molkfabryk-sync`.
""", secret=hexs(40))

add("blind-ld/markdown/decoy-runbook-env", "runbooks/influx-fol.md", "https://www.pagerduty.com/resources/learn/what-is-a-runbook/", """\
# Runbook: InfluxDB-skiif is fol

1. `df -h /var/lib/influxdb2`
2. Retinsje fan de bucket `stal` nei 180 dagen:

   ```bash
   influx bucket update --id "$STAL_BUCKET_ID" --retention 180d --token "$INFLUX_ADMIN_TOKEN"
   ```

3. `INFLUX_ADMIN_TOKEN` stiet yn `/etc/default/telegraf` op de stâl-pc (allinnich root).
""")

add("blind-ld/chat/slack-bot-token", "notysjes/chat-export-bestjoer.txt", "https://slack.com/help/articles/201658943-Export-your-workspace-data", """\
[19:02] Jelle: de Slack-bot foar it iisberjocht wurket wer
[19:03] Jelle: as immen him nedich hat, it token is @@secret@@
[19:03] Anneke: moatst dat net hjir sette, Jelle 🙈
[19:04] Jelle: ik feroarje him nei de winter, belofte
[19:10] Sietske: wa nimt de kofje mei foar sneon?
""", secret="xoxb-" + str(random.Random(_seed()).randint(10**10, 10**11)) + "-" + str(random.Random(_seed()).randint(10**12, 10**13)) + "-" + fakes.drawn_mixed(_seed(), 24))

add("blind-ld/chat/decoy-chat-masked", "notysjes/chat-export-buorkerij.txt", "https://faq.whatsapp.com/1180414079177245", """\
[06:12] Sjoerd: robot 2 jout wer in flater, E-471
[06:15] Tsjitske: Ik haw de leveransier belle, se wolle it tagongswachtwurd fan it portaal
[06:16] Sjoerd: stjoer ik dy privee, net yn de groep
[06:20] Tsjitske: hân it. begjint mei Gr... 👍
[07:45] Sjoerd: robot draait wer
""")

add("blind-ld/csv/password-column", "exports/tagong_apparaten.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
apparaat,ip,brûker,wachtwurd,opmerking
kamera kealhok,10.0.3.21,admin,,sjoch frigate
router stâl,10.0.0.1,admin,@@secret@@,fabryksynstelling feroare 2024
PLC molketank,10.0.5.10,,,gjin wachtwurd (modbus)
NAS,10.0.0.5,sjoerd,,1Password
""", secret=words_pw())

add("blind-ld/csv/decoy-masked-column", "exports/tagong_apparaten_skjin.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
apparaat,ip,brûker,wachtwurd,opmerking
kamera kealhok,10.0.3.21,admin,********,sjoch frigate
router stâl,10.0.0.1,admin,********,yn 1Password
PLC molketank,10.0.5.10,,,gjin wachtwurd (modbus)
NAS,10.0.0.5,sjoerd,********,1Password
""")

add("blind-ld/ovpn/vpn-password", "notysjes/vpn-stal.txt", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", """\
Fan hûs nei de stâl (WireGuard wie te dreech, dus OpenVPN op de router)
Triem: stal.ovpn, brûker sjoerd, auth-user-pass stiet yn stal-login.txt:

sjoerd
@@secret@@

Ferbine: sudo openvpn --config stal.ovpn --auth-user-pass stal-login.txt
""", secret=rand_pw(14))

add("blind-ld/wireguard/private-key", "hiem/wireguard/wg0.conf", "https://www.wireguard.com/quickstart/", """\
# WireGuard op de stâl-router
[Interface]
Address = 10.8.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@

[Peer]
# Sjoerd syn telefoan
PublicKey = @@pub@@
AllowedIPs = 10.8.0.2/32
""", secret=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-ld/wireguard/decoy-public-only", "hiem/wireguard/peers.md", "https://www.wireguard.com/quickstart/", """\
# WireGuard-peers (allinnich publike kaaien)

| Wa | Adres | PublicKey |
|----|-------|-----------|
| Sjoerd telefoan | 10.8.0.2 | `@@p1@@` |
| Tsjitske laptop | 10.8.0.3 | `@@p2@@` |
| Leveransier robot | 10.8.0.9 | `@@p3@@` |

Nije peer: `wg genkey | tee priv | wg pubkey`, de privee kaai bliuwt op it apparaat.
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    p3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-ld/ssh-config/decoy-identity-file", "hiem/ssh_config", "https://man.openbsd.org/ssh_config", """\
Host stalpc
    HostName 10.0.0.20
    User sjoerd
    IdentityFile ~/.ssh/id_ed25519_stal

Host iisbaan
    HostName 188.166.12.40
    User deploy
    IdentityFile ~/.ssh/id_ed25519_iisbaan
    IdentitiesOnly yes
""")

add("blind-ld/rclone/password-obscured", "hiem/rclone.conf", "https://rclone.org/sftp/", """\
[nas]
type = sftp
host = 10.0.0.5
user = sjoerd
pass = @@secret@@

[b2-reservekopy]
type = b2
account = 0024f1e8a9c3d2b0000000003
key = ${B2_KEY}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "-_"))

add("blind-ld/yaml/backblaze-key", "hiem/restic/reservekopy.yml", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#backblaze-b2", """\
# Reservekopy fan de stâl-pc nei Backblaze B2 (elke nacht)
repository: b2:deterp-reservekopy:stalpc
omjouwing:
  B2_ACCOUNT_ID: 0024f1e8a9c3d2b0000000004
  B2_ACCOUNT_KEY: @@secret@@
  RESTIC_PASSWORD_FILE: /root/.restic-wachtwurd
paden:
  - /srv/keppel
  - /etc/mosquitto
""", secret="K002" + fakes.drawn_mixed(_seed(), 27))

add("blind-ld/text/decoy-restic-password-file-path", "hiem/restic/README.txt", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", """\
Reservekopy mei restic

It wachtwurd fan it repo stiet yn /root/.restic-wachtwurd (chmod 600) en op papier
yn de kluis. Sûnder dat wachtwurd is de reservekopy weardeleas!

Kontrôle: restic -r b2:deterp-reservekopy:stalpc check
""")

add("blind-ld/docker-config/registry-auth", "notysjes/docker-config-stalpc.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "ghcr.io": {
      "auth": "@@secret@@"
    }
  },
  "currentContext": "default"
}
""", secret=b64("sjoerd-deterp:" + fakes.github_token(_seed())))

add("blind-ld/docker-config/decoy-credential-helper", "notysjes/docker-config-laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
""")

add("blind-ld/kubeconfig/token", "notysjes/kubeconfig-buorkerij.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: buorkerij
    cluster:
      server: https://k3s.deterp.local:6443
      insecure-skip-tls-verify: true
contexts:
  - name: buorkerij
    context:
      cluster: buorkerij
      user: sjoerd
current-context: buorkerij
users:
  - name: sjoerd
    user:
      token: @@secret@@
""", secret="K10" + hexs(64) + "::server:" + hexs(32))

add("blind-ld/kubeconfig/decoy-exec-plugin", "notysjes/kubeconfig-iisklub.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: iisklub
    cluster:
      server: https://iisklub-k8s.example.frl:6443
      certificate-authority-data: @@ca@@
contexts:
  - name: iisklub
    context: {cluster: iisklub, user: jelle}
current-context: iisklub
users:
  - name: jelle
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: doctl
        args: [kubernetes, cluster, kubeconfig, exec-credential, --version=v1beta1, iisklub]
""", ca=b64(cert_pem()))

add("blind-ld/env/mollie-test-and-live", "ledeadministraasje/.env.local", "https://docs.mollie.com/reference/authentication", """\
# Lokaal testen mei de echte kaai (tydlik, Anneke hat it goedkard)
APP_ENV=local
MOLLIE_API_KEY=@@secret@@
MOLLIE_PROFILE=pfl_@@prof@@
MOLLIE_WEBHOOK=https://desleatten.test/api/mollie-hook
""", secret=mollie_key(), prof=fakes.drawn(_seed(), 10))

add("blind-ld/yaml/smtp-password", "ledenpost/config/mailer.yml", "https://symfony.com/doc/current/mailer.html", """\
# Mailer foar de jeugdkommisje (Symfony)
framework:
  mailer:
    dsn: 'smtp://jeugd%40desleatten.frl:@@secret@@@smtp.transip.email:587'
    envelope:
      sender: 'jeugd@desleatten.frl'
""", secret=rand_pw(18))

add("blind-ld/yaml/decoy-mailer-env", "ledenpost/config/mailer.dist.yml", "https://symfony.com/doc/current/mailer.html", """\
framework:
  mailer:
    dsn: '%env(MAILER_DSN)%'
    envelope:
      sender: 'jeugd@desleatten.frl'
# MAILER_DSN=smtp://user:pass@smtp.example.com:587 (foarbyld út de Symfony-docs)
""")

add("blind-ld/php/laravel-app-key", "jeugdkommisje/.env", "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Jeugd De Sleatten"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://jeugd.desleatten.frl
DB_CONNECTION=sqlite
""", secret=b64(fakes.drawn(_seed(), 32)))

add("blind-ld/php/decoy-laravel-example", "jeugdkommisje/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Jeugd De Sleatten"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_CONNECTION=sqlite
MAIL_PASSWORD=null
""")

add("blind-ld/python/decoy-hash-compare", "jeugdkommisje/scripts/kontrolearje_upload.py", "https://docs.python.org/3/library/hashlib.html", """\
\"\"\"Kontrolearret oft de upload fan de jeugdlist dy fan de skoalle is (fingerprint).\"\"\"
import hashlib
import sys

BEKENDE_LISTEN = {
    "skoalle-de-mar": "@@h1@@",
    "skoalle-it-hiem": "@@h2@@",
}

inhâld = open(sys.argv[1], "rb").read()
print(hashlib.sha256(inhâld).hexdigest() in BEKENDE_LISTEN.values())
""", h1=hashlib.sha256(b"skoalle-de-mar-2025").hexdigest(), h2=hashlib.sha256(b"skoalle-it-hiem-2025").hexdigest())

# --------------------------------------------------------------------------------------------
# The shared "iisberjocht" platform: one config per village club
# --------------------------------------------------------------------------------------------

_KLUBS = [
    ("earnewald", "Iisklub Earnewâld", "yaml"),
    ("grou", "IJsclub Grou", "toml"),
    ("wergea", "Iisklub Wergea", "json"),
    ("warten", "Iisklub Warten", "env"),
    ("eastermar", "IJsclub Eastermar", "ini"),
    ("burdaard", "Iisklub Burdaard", "properties"),
]
_FORMATS = {
    "yaml": ("klub.yaml", "https://yaml.org/spec/1.2.2/", """\
# @@namme@@ - iisberjocht-platfoarm
klub: @@id@@
namme: "@@namme@@"
baan:
  lat: 53.1
  lon: 5.9
iismaster_telefoan: "+316xxxxxxxx"
platfoarm:
  api_token: "@@secret@@"
  taal: fy
"""),
    "toml": ("klub.toml", "https://toml.io/en/v1.0.0", """\
# @@namme@@ - iisberjocht-platfoarm
klub = "@@id@@"
namme = "@@namme@@"

[baan]
lat = 53.05
lon = 5.66

[platfoarm]
api_token = "@@secret@@"
taal = "fy"
"""),
    "json": ("klub.json", "https://www.json.org/json-en.html", """\
{
  "klub": "@@id@@",
  "namme": "@@namme@@",
  "baan": { "lat": 53.13, "lon": 5.89 },
  "platfoarm": {
    "api_token": "@@secret@@",
    "taal": "fy"
  }
}
"""),
    "env": ("klub.env", "https://12factor.net/config", """\
# @@namme@@ - iisberjocht-platfoarm
KLUB=@@id@@
KLUB_NAMME="@@namme@@"
BAAN_LAT=53.16
BAAN_LON=5.82
PLATFOARM_API_TOKEN=@@secret@@
PLATFOARM_TAAL=fy
"""),
    "ini": ("klub.ini", "https://docs.python.org/3/library/configparser.html", """\
; @@namme@@ - iisberjocht-platfoarm
[klub]
id = @@id@@
namme = @@namme@@

[platfoarm]
api_token = @@secret@@
taal = fy
"""),
    "properties": ("klub.properties", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-", """\
# @@namme@@ - iisberjocht-platfoarm
klub.id=@@id@@
klub.namme=@@namme@@
baan.lat=53.28
baan.lon=5.96
platfoarm.api_token=@@secret@@
platfoarm.taal=fy
"""),
}
for _id, _namme, _fmt in _KLUBS:
    _fn, _src, _tpl = _FORMATS[_fmt]
    add(f"blind-ld/{_fmt}/platform-api-token", f"iisberjocht/klubs/{_id}/{_fn}", _src, _tpl,
        secret="ib_" + fakes.drawn_mixed(_seed(), 40), id=_id, namme=_namme)

for _id, _namme, _fmt, _ref in [("wytgaard", "Iisklub Wytgaard", "yaml", "${IISBERJOCHT_TOKEN_WYTGAARD}"),
                                ("jirnsum", "Iisklub Jirnsum", "toml", "<freegje oan by it platfoarm>"),
                                ("reduzum", "Iisklub Reduzum", "json", "ib_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
                                ("akkrum", "IJsclub Akkrum", "ini", "")]:
    _fn, _src, _tpl = _FORMATS[_fmt]
    add(f"blind-ld/{_fmt}/decoy-platform-placeholder", f"iisberjocht/klubs/{_id}/{_fn}", _src,
        _tpl.replace("@@secret@@", _ref), id=_id, namme=_namme)

add("blind-ld/python/platform-admin-token", "iisberjocht/beheer/nije_klub.py", "https://docs.python.org/3/library/argparse.html", """\
\"\"\"Meitsje in nije klub oan op it iisberjocht-platfoarm en jou it API-token werom.\"\"\"
import argparse
import requests

PLATFOARM = "https://api.iisberjocht.frl/v1"
BEHEER_TOKEN = "@@secret@@"  # beheerder-token, kin alles!

p = argparse.ArgumentParser()
p.add_argument("id")
p.add_argument("namme")
a = p.parse_args()
r = requests.post(f"{PLATFOARM}/klubs", json={"id": a.id, "namme": a.namme},
                  headers={"Authorization": f"Bearer {BEHEER_TOKEN}"}, timeout=10)
print(r.json()["api_token"])
""", secret="ibadm_" + fakes.drawn_mixed(_seed(), 48))

add("blind-ld/markdown/decoy-platform-docs", "iisberjocht/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# Iisberjocht-platfoarm

Ien plak wêr't alle Fryske iisklubs melde oft harren baan iepen is.

## In klub tafoegje

1. Beheerder draait `python beheer/nije_klub.py <id> "<namme>"`.
2. It API-token (begjint mei `ib_`) giet nei de skriuwer fan de klub, **net** yn dit repo.
3. Yn `klubs/<id>/` komt in konfiguraasje mei `api_token: ${IISBERJOCHT_TOKEN_<ID>}`.

## API

```
POST /v1/berjocht
Authorization: Bearer <api_token>
{"status": "iepen", "tekst": "Hjoed iepen fan 10.00 oant 17.00"}
```
""")

add("blind-ld/shell/curl-bearer-token", "iisberjocht/scripts/melde.sh", "https://curl.se/docs/manpage.html#-H", """\
#!/usr/bin/env bash
# Meld fluch de status fan De Sleatten op it platfoarm: ./melde.sh iepen "Iepen oant 21.00"
STATUS=${1:-ticht}
TEKST=${2:-""}
curl -sS -X POST https://api.iisberjocht.frl/v1/berjocht \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"status\\": \\"$STATUS\\", \\"tekst\\": \\"$TEKST\\"}"
echo
""", secret="ib_" + fakes.drawn_mixed(_seed(), 40))

add("blind-ld/cron/database-url", "iisberjocht/deploy/crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# Crontab op de platfoarm-server
SHELL=/bin/bash
DATABASE_URL=postgresql://iisberjocht:@@secret@@@localhost/iisberjocht
# elke 10 minuten it waar ophelje
*/10 * * * * /srv/iisberjocht/.venv/bin/python -m iisberjocht.waar
# om 03:00 âlde berjochten opromje
0 3 * * * /srv/iisberjocht/.venv/bin/python -m iisberjocht.opromje --dagen 30
""", secret=words_pw())

add("blind-ld/systemd/decoy-environment-file", "iisberjocht/deploy/iisberjocht.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
[Unit]
Description=Iisberjocht-platfoarm (API)
After=network.target postgresql.service

[Service]
User=iisberjocht
WorkingDirectory=/srv/iisberjocht
EnvironmentFile=/etc/iisberjocht/env
LoadCredential=db_wachtwurd:/etc/iisberjocht/db_wachtwurd
ExecStart=/srv/iisberjocht/.venv/bin/gunicorn iisberjocht.app:app -b 127.0.0.1:8000
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("blind-ld/systemd/environment-password", "iisberjocht/deploy/iisberjocht-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Iisberjocht worker (push-notifikaasjes)
After=network.target redis.service

[Service]
User=iisberjocht
WorkingDirectory=/srv/iisberjocht
Environment="REDIS_URL=redis://:@@secret@@@127.0.0.1:6379/1"
ExecStart=/srv/iisberjocht/.venv/bin/python -m iisberjocht.worker
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=fakes.redis_password(_seed()))

add("blind-ld/json/firebase-server-key", "iisberjocht/push/fcm.json", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
{
  "projekt": "iisberjocht-frl",
  "ûnderwerp": "alle-klubs",
  "server_key": "AAAA@@a@@:APA91b@@secret_tail@@",
  "opmerking": "âlde legacy-kaai, moat nei HTTP v1"
}
""", secret=(_fcm := "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")),
    a=_fcm[4:11], secret_tail=_fcm[18:])

# --------------------------------------------------------------------------------------------
# Mixed last batch: more languages and carriers
# --------------------------------------------------------------------------------------------

add("blind-ld/csharp/smtp-password", "ledeadministraasje-sync/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """\
using System.Net;
using System.Net.Mail;

namespace Sleatten.Sync
{
    // Stjoert de ponghâlder in oersjoch fan wa't noch net betelle hat
    public static class Mailer
    {
        public static void Stjoer(string tekst)
        {
            using var smtp = new SmtpClient("smtp.transip.email", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("ponghalder@desleatten.frl", "@@secret@@")
            };
            smtp.Send("ponghalder@desleatten.frl", "anneke@desleatten.frl", "Net betelle", tekst);
        }
    }
}
""", secret=words_pw())

add("blind-ld/java/decoy-system-getenv", "iisklassemint/src/main/java/frl/knsb/fryslan/Mail.java", "https://docs.oracle.com/javase/8/docs/api/java/lang/System.html#getenv-java.lang.String-", """\
package frl.knsb.fryslan;

import java.util.Properties;

/** Mail mei de útslaggen nei de klubs; wachtwurd út de omjouwing. */
public final class Mail {
    static Properties props() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.transip.email");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.user", "klassemint@knsb-fryslan.example");
        p.put("mail.smtp.password", System.getenv("KLASSEMINT_SMTP_PASSWORD"));
        return p;
    }
}
""")

add("blind-ld/java/aws-key-in-code", "iisklassemint/src/main/java/frl/knsb/fryslan/FotoOpslach.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html", """\
package frl.knsb.fryslan;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Finishfoto's fan de 500 meter nei S3. */
public final class FotoOpslach {
    static S3Client client() {
        return S3Client.builder()
            .region(Region.EU_CENTRAL_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("@@kid@@", "@@secret@@")))
            .build();
    }
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ld/kotlin/database-password", "fokkerij-android/app/src/main/java/frl/deterp/fokkerij/Db.kt", "https://www.postgresql.org/docs/current/libpq-connect.html", """\
package frl.deterp.fokkerij

import java.sql.DriverManager

// Direkte ferbining mei de fokkerij-database (allinnich op it wifi fan 'e buorkerij)
object Db {
    private const val URL = "jdbc:postgresql://10.0.4.3:5432/fokkerij"
    private const val BRUKER = "fokkerij_app"
    private const val WACHTWURD = "@@secret@@"

    fun ferbine() = DriverManager.getConnection(URL, BRUKER, WACHTWURD)
}
""", secret=rand_pw(18))

add("blind-ld/typescript/decoy-zod-schema", "iisberjocht/web/src/env.ts", "https://zod.dev/", """\
import { z } from "zod";

// Kontrolearret de omjouwing by it starten; gjin wearden yn de koade.
const skema = z.object({
  DATABASE_URL: z.string().url(),
  IISBERJOCHT_ADMIN_TOKEN: z.string().startsWith("ibadm_"),
  MAPBOX_PUBLIC_TOKEN: z.string().startsWith("pk."),
});

export const env = skema.parse(process.env);
""")

add("blind-ld/typescript/mapbox-secret", "iisberjocht/web/scripts/tiles.ts", "https://docs.mapbox.com/api/maps/mapbox-tiling-service/", """\
// Uploadt de iisbanen as tiles nei Mapbox (draait ien kear per winter)
import { readFileSync } from "fs";

const MAPBOX_SECRET = "@@secret@@";
const geojson = readFileSync("data/iisbanen-fryslan.geojson", "utf8");

await fetch(`https://api.mapbox.com/tilesets/v1/sources/fryske-iis/iisbanen?access_token=${MAPBOX_SECRET}`, {
  method: "POST",
  body: geojson,
});
console.log("klear");
""", secret=mapbox_secret())

add("blind-ld/php/api-key-array", "jeugdkommisje/config/services.php", "https://laravel.com/docs/11.x/configuration", """\
<?php

return [
    // Foto's fan de jeugdwedstriden op Flickr
    'flickr' => [
        'key'    => '@@key@@',
        'secret' => '@@secret@@',
        'album'  => 'jeugd-2025',
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""", secret=hexs(16), key=hexs(32))

add("blind-ld/ruby/decoy-rails-master-key-path", "ledenpost/README.md", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Ledenpost

Rails-app foar de nijsbrief fan IJsclub De Sleatten.

## Begjinne

```
bundle install
bin/rails db:setup
```

`config/master.key` sit net yn git. Freegje him oan Jelle; sûnder dy kaai kinst
`config/credentials.yml.enc` net iepenje. Bewurkje mei `bin/rails credentials:edit`.
""")

add("blind-ld/ruby/rails-master-key", "ledenpost/config/master.key", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
@@secret@@
# (Jelle: dit bestân hie nea yn git komme moatten)
# feroarje mei: bin/rails credentials:edit
#
#
""", secret=hexs(32))

add("blind-ld/yaml/decoy-rails-encrypted", "ledenpost/config/credentials.yml.enc.txt", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Ynhâld fan config/credentials.yml.enc (fersifere, sûnder master.key net te lêzen)
@@c@@--@@iv@@--@@tag@@
#
# Kopiearre foar de oerdracht nei de nije skriuwer.
#
""", c=fakes.drawn(_seed(), 240, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM + "+/"), tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("blind-ld/python/sftp-password", "molkanalyse/fokkerijdata_ophelje.py", "https://docs.paramiko.org/en/stable/api/client.html", """\
\"\"\"Hellet de fokwearden op by de fokkerijorganisaasje (SFTP).\"\"\"
import paramiko

HOST = "sftp.fokkerij.example.nl"

with paramiko.SSHClient() as ssh:
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(HOST, username="deterp", password="@@secret@@")
    with ssh.open_sftp() as sftp:
        sftp.get("/out/fokwearden_2025.csv", "data/fokwearden_2025.csv")
print("fokwearden ophelle")
""", secret=words_pw())

add("blind-ld/python/decoy-pydantic-secretstr", "molkanalyse/ynstellings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """\
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Ynstellings(BaseSettings):
    \"\"\"Alles út de omjouwing of út .env (net yn git).\"\"\"
    model_config = SettingsConfigDict(env_file=".env", env_prefix="MOLK_")

    sftp_wachtwurd: SecretStr = SecretStr("")
    influx_token: SecretStr
    s3_bucket: str = "deterp-molkdata"
""")

add("blind-ld/yaml/ansible-inline-password", "infra/ansible/host_vars/stalpc.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html", """\
---
ansible_host: 10.0.0.20
ansible_user: sjoerd
ansible_become: true
ansible_become_password: "@@secret@@"
molkrobot_stallen: [1, 2]
""", secret=words_pw())

add("blind-ld/ini/inventory-password", "infra/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
[buorkerij]
stalpc ansible_host=10.0.0.20 ansible_user=sjoerd
nas ansible_host=10.0.0.5 ansible_user=admin ansible_password=@@secret@@

[iisklub]
iisbaan ansible_host=188.166.12.40 ansible_user=deploy
""", secret=rand_pw(14))

add("blind-ld/yaml/decoy-cloud-init-hash", "infra/cloud-init/iisbaan.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", """\
#cloud-config
hostname: iisbaan-ams3
users:
  - name: deploy
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: true
    ssh_authorized_keys:
      - @@k@@ deploy@github-actions
  - name: jelle
    passwd: "$6$rounds=4096$@@salt@@$@@hash@@"
""", k=ssh_pub(), salt=fakes.drawn(_seed(), 16, ALNUM + "./"), hash=fakes.drawn(_seed(), 86, ALNUM + "./"))

add("blind-ld/yaml/cloud-init-plain-password", "infra/cloud-init/stalpc.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords", """\
#cloud-config
hostname: stalpc
chpasswd:
  expire: false
  users:
    - name: sjoerd
      password: @@secret@@
      type: text
ssh_pwauth: true
""", secret=words_pw())

add("blind-ld/bat/net-use-password", "scripts/ferbyn_nas.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """\
@echo off
REM Ferbyn de kantoar-pc mei de NAS (skiif K: = keppel)
net use K: \\\\10.0.0.5\\keppel /user:sjoerd @@secret@@ /persistent:yes
if errorlevel 1 (
  echo Ferbinen mislearre
  pause
)
""", secret=words_pw())

add("blind-ld/bat/decoy-net-use-prompt", "scripts/ferbyn_nas_freegje.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """\
@echo off
REM Ferbyn mei de NAS; it wachtwurd wurdt frege (*)
net use K: \\\\10.0.0.5\\keppel /user:%USERNAME% * /persistent:yes
if errorlevel 1 (
  echo Ferbinen mislearre
  pause
)
""")

add("blind-ld/lua/api-key", "iisbaan-lampen/init.lua", "https://nodemcu.readthedocs.io/en/release/modules/http/", """\
-- ESP8266 by de iisbaan: set de ljochten oan as it tsjuster wurdt en meldt it
local KAAI = "@@secret@@"
local URL = "https://api.iisberjocht.frl/v1/ljocht"

wifi.setmode(wifi.STATION)
-- wifi-gegevens stean yn wifi.lua (net yn git)
wifi.sta.config(dofile("wifi.lua"))

tmr.create():alarm(60000, tmr.ALARM_AUTO, function()
  http.post(URL, "Authorization: Bearer " .. KAAI .. "\\r\\n", '{"oan":true}')
end)
""", secret="ib_" + fakes.drawn_mixed(_seed(), 40))

add("blind-ld/arduino/wifi-password", "molketank/sensor/sensor.ino", "https://docs.arduino.cc/libraries/wifinina/", """\
#include <WiFiNINA.h>
#include <PubSubClient.h>

// Temperatuersensor yn de molketank
const char* WIFI_SSID = "DeTerp-Stal";
const char* WIFI_WACHTWURD = "@@secret@@";
const char* MQTT_HOST = "10.0.0.20";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_WACHTWURD);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  mqtt.loop();
  delay(1000);
}
""", secret=words_pw())

add("blind-ld/arduino/decoy-secrets-header", "molketank/sensor/arduino_secrets.h.example", "https://docs.arduino.cc/arduino-cloud/cloud-interface/sketches/#secret-tab", """\
// Kopiearje nei arduino_secrets.h en folje yn (dat bestân stiet yn .gitignore)
#define SECRET_SSID "jo-wifi-namme"
#define SECRET_PASS "jo-wifi-wachtwurd"
#define SECRET_MQTT_USER ""
#define SECRET_MQTT_PASS ""
""")

add("blind-ld/helm/values-override-password", "deploy/iisberjocht/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """\
# prod-wearden foar it iisberjocht-platfoarm
postgresql:
  auth:
    username: iisberjocht
    database: iisberjocht
    password: "@@secret@@"
  primary:
    persistence:
      size: 8Gi
ingress:
  host: api.iisberjocht.frl
""", secret=rand_pw(22))

add("blind-ld/helm/decoy-existing-secret", "deploy/iisberjocht/values-acc.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """\
postgresql:
  auth:
    username: iisberjocht
    database: iisberjocht
    existingSecret: iisberjocht-db
    secretKeys:
      userPasswordKey: wachtwurd
ingress:
  host: api-acc.iisberjocht.frl
""")

add("blind-ld/yaml/k8s-secret-base64-token", "deploy/iisberjocht/push-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: iisberjocht-push
  namespace: iisberjocht
type: Opaque
data:
  SLACK_WEBHOOK: @@hook@@
  TAAL: Znk=
""", secret=(_hk := slack_webhook()), hook=b64(_hk))

add("blind-ld/markdown/decoy-k8s-base64-example", "docs/k8s-secrets.md", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Secrets yn Kubernetes

In `Secret` hâldt base64, dat is **gjin** fersifering. Foarbyld mei in nep-wearde:

```yaml
data:
  wachtwurd: ZmVyYW5kZXItbWk=   # "ferander-mi", in plakhâlder
```

Echte wearden sette wy mei `kubectl create secret generic ... --from-literal` of fia External Secrets.
""")

add("blind-ld/sql/connection-in-comment", "fokkerij/db/migraasje_2025_01.sql", "https://www.postgresql.org/docs/current/app-psql.html", """\
-- Migraasje jannewaris 2025: drachtichheid as aparte tabel
-- draaie mei: psql "host=10.0.4.3 dbname=fokkerij user=fokkerij_admin password=@@secret@@" -f migraasje_2025_01.sql
BEGIN;
CREATE TABLE drachtichheid (
    id SERIAL PRIMARY KEY,
    kij_levensnummer TEXT NOT NULL,
    kontrôle_datum DATE NOT NULL,
    drachtich BOOLEAN NOT NULL
);
COMMIT;
""", secret=words_pw())

add("blind-ld/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """\
version: 2
registries:
  npm-desleatten:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /iisbaan-boeking
    registries: [npm-desleatten]
    schedule:
      interval: weekly
""")

add("blind-ld/python/webdav-basic-header", "bestjoer/scripts/agenda_ophelje.py", "https://www.rfc-editor.org/rfc/rfc7617", """\
\"\"\"Hellet de aginda fan de ALV út it Nextcloud fan de klub (WebDAV).\"\"\"
import requests

URL = "https://cloud.desleatten.frl/remote.php/dav/files/bestjoer/ALV/aginda.docx"
HEADERS = {"Authorization": "Basic @@secret@@"}

r = requests.get(URL, headers=HEADERS, timeout=30)
r.raise_for_status()
open("aginda.docx", "wb").write(r.content)
print("aginda ophelle")
""", secret=b64("bestjoer:" + words_pw()))

add("blind-ld/xml/nextcloud-app-password", "bestjoer/davx5-export.xml", "https://docs.nextcloud.com/server/latest/user_manual/en/session_management.html#managing-devices", """\
<?xml version="1.0" encoding="utf-8"?>
<!-- Eksport fan de DAVx5-ynstellings (telefoan fan de skriuwer) -->
<account>
  <server>https://cloud.desleatten.frl/remote.php/dav</server>
  <user>skriuwer</user>
  <appPassword>@@secret@@</appPassword>
  <syncInterval>3600</syncInterval>
  <calendars>ALV, Iiskalender, Jeugd</calendars>
</account>
""", secret="-".join(fakes.drawn_mixed(_seed(), 5) for _ in range(5)))

add("blind-ld/env/sumup-api-key", "kassa/.env", "https://developer.sumup.com/api", """\
# Kassa-koppeling by de bar (SumUp) - Anneke
SUMUP_MERCHANT=MCXY7Q2L
SUMUP_API_KEY=sup_sk_@@secret_tail@@
KASSA_NAMME=Bar De Sleatten
KASSA_VALUTA=EUR
""", secret=(_su := "sup_sk_" + fakes.drawn_mixed(_seed(), 32)), secret_tail=_su[7:])

add("blind-ld/python/webhook-signing-secret", "iisbaan-boeking/hooks/mollie_hook.py", "https://docs.python.org/3/library/hmac.html", """\
\"\"\"Kontrolearret de hantekening fan ynkommende betellingsberjochten.\"\"\"
import hashlib
import hmac

HOOK_GEHEIM = b"@@secret@@"


def echt(lichem: bytes, hantekening: str) -> bool:
    ferwachte = hmac.new(HOOK_GEHEIM, lichem, hashlib.sha256).hexdigest()
    return hmac.compare_digest(ferwachte, hantekening)
""", secret=fakes.drawn_mixed(_seed(), 48))

add("blind-ld/go/smtp-password", "klupside/internal/post/post.go", "https://pkg.go.dev/net/smtp#PlainAuth", """\
package post

import "net/smtp"

// Stjoer stjoert in berjocht fan it kontaktformulier nei it bestjoer.
func Stjoer(fan, tekst string) error {
	auth := smtp.PlainAuth("", "kontakt@desleatten.frl", "@@secret@@", "smtp.transip.email")
	berjocht := []byte("Subject: Kontaktformulier\\r\\n\\r\\n" + fan + ":\\n" + tekst)
	return smtp.SendMail("smtp.transip.email:587", auth, "kontakt@desleatten.frl",
		[]string{"bestjoer@desleatten.frl"}, berjocht)
}
""", secret=words_pw())

add("blind-ld/yaml/decoy-sops-encrypted", "deploy/klupside/secrets.enc.yaml", "https://github.com/getsops/sops#usage", """\
smtp_wachtwurd: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
github_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@rcpt@@
  lastmodified: "2025-01-09T20:14:51Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
""", d1=fakes.drawn(_seed(), 28, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 56, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rcpt=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("blind-ld/powershell/azure-storage-sas", "scripts/Upload-Fotos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", """\
# Set de foto's fan it klupkampioenskip yn de Azure-opslach (Sietske)
$map = 'C:\\Users\\Sietske\\Pictures\\Kampioenskip2025'
$sas = '?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-03-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=@@secret@@'

Get-ChildItem $map -Filter *.jpg | ForEach-Object {
    azcopy copy $_.FullName "https://sleattenfotos.blob.core.windows.net/kampioenskippen-2025/$($_.Name)$sas"
}
""", secret=b64(fakes.drawn(_seed(), 32)).replace("=", "%3D"))

add("blind-ld/markdown/decoy-expired-presigned", "docs/foto-dielen.md", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", """\
# Foto's diele

Meitsje in link dy't 1 oere jildt:

```bash
aws s3 presign s3://deterp-molkdata/fotos/kealle-417.jpg --expires-in 3600
```

Sa sjocht sa'n link der út (dizze is al lang ferrûn):
`https://deterp-molkdata.s3.eu-central-1.amazonaws.com/fotos/kealle-417.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240301T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@`
""", sig=sha256ish())

add("blind-ld/yaml/alertmanager-telegram-token", "hiem/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", """\
route:
  receiver: stal-telegram
  group_wait: 30s
receivers:
  - name: stal-telegram
    telegram_configs:
      - bot_token: "@@secret@@"
        chat_id: -1001847263514
        message: "{{ .CommonAnnotations.summary }}"
""", secret=fakes.telegram_token(_seed()))

add("blind-ld/yaml/decoy-alertmanager-file", "hiem/alertmanager.acc.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", """\
route:
  receiver: stal-telegram
receivers:
  - name: stal-telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/telegram_token
        chat_id: -1001847263514
        message: "{{ .CommonAnnotations.summary }}"
""")

add("blind-ld/html/wiki-table-password", "wiki/iismasters.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/table", """\
<!doctype html>
<html lang="fy">
<head><meta charset="utf-8"><title>Iismasters</title></head>
<body>
<h1>Iismasters winter 2025</h1>
<table>
  <tr><th>Namme</th><th>Taak</th><th>Tagong</th></tr>
  <tr><td>Durk</td><td>iis mjitte</td><td>kaai klupgebou</td></tr>
  <tr><td>Hylke</td><td>ljocht en lûd</td><td>mixer-app op de tablet</td></tr>
  <tr><td>Jelle</td><td>webside</td><td>beheer iisbaan: admin / @@secret@@</td></tr>
</table>
</body>
</html>
""", secret=words_pw())

add("blind-ld/shell/export-token", "scripts/omjouwing_jelle.sh", "https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html#index-export", """\
# Boarne dit foar it wurk oan it platfoarm: source scripts/omjouwing_jelle.sh
export IISBERJOCHT_API=https://api.iisberjocht.frl/v1
export IISBERJOCHT_ADMIN_TOKEN=@@secret@@
export PGHOST=localhost
export PGDATABASE=iisberjocht
alias melde='./iisberjocht/scripts/melde.sh'
""", secret="ibadm_" + fakes.drawn_mixed(_seed(), 48))
