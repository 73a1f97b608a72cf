"""Blind set MD: Chichewa-speaking teams in Malawi.

A Thyolo tea estate's systems (plucking scales and tallies, wages over mobile money, the factory's
withering, CTC and drier lines, the auction shipments out of Blantyre) and a Lake Malawi ferry and
lodge booking service (Monkey Bay, Nkhata Bay, Likoma, Cape Maclear), with notes and comments
partly in Chichewa. Whole files with one credential each, and decoys. Generated fakes only
(seeds 6930000-6939999).
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
SEED_LO, SEED_HI = 6930000, 6939999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Chambo", "Usipa", "Mzuzu", "Likoma", "Thyolo", "Mulanje", "Nyanja", "Kampango", "Zomba", "Chisoka",
         "Kasungu", "Mangochi", "Dedza", "Nkhotakota", "Mpemba", "Ilala", "Chiuta", "Luwawa"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    r = _rng()
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"svc-ferry-booking","iat":%d,"scope":"bookings:write"}' % r.randint(1700000000, 1790000000)).rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{head}.{body.replace('+', '-').replace('/', '_')}.{sig}"


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def pypi() -> str:
    return fakes.pypi_token(_seed())


def fine_grained() -> str:
    return fakes.github_fine_grained_token(_seed())


def session_token() -> str:
    return fakes.aws_session_token(_seed())


DOCS = {
    "env": "https://12factor.net/config",
    "dotenv": "https://github.com/motdotla/dotenv#usage",
    "yaml": "https://yaml.org/spec/1.2.2/",
    "k8s": "https://kubernetes.io/docs/concepts/configuration/secret/",
    "compose": "https://docs.docker.com/compose/compose-file/",
    "docker": "https://docs.docker.com/reference/dockerfile/",
    "tf": "https://developer.hashicorp.com/terraform/language",
    "ansible": "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html",
    "gha": "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    "gitlab": "https://docs.gitlab.com/ee/ci/yaml/",
    "python": "https://docs.python.org/3/reference/",
    "django": "https://docs.djangoproject.com/en/stable/ref/settings/",
    "js": "https://nodejs.org/api/",
    "ts": "https://www.typescriptlang.org/docs/",
    "go": "https://go.dev/ref/spec",
    "java": "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    "kotlin": "https://kotlinlang.org/docs/home.html",
    "csharp": "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration",
    "php": "https://www.php.net/manual/en/",
    "laravel": "https://laravel.com/docs/configuration",
    "ruby": "https://guides.rubyonrails.org/configuring.html",
    "rust": "https://doc.rust-lang.org/book/",
    "swift": "https://www.swift.org/documentation/",
    "shell": "https://www.gnu.org/software/bash/manual/bash.html",
    "ps": "https://learn.microsoft.com/en-us/powershell/",
    "ini": "https://docs.python.org/3/library/configparser.html",
    "toml": "https://toml.io/en/v1.0.0",
    "json": "https://www.json.org/json-en.html",
    "xml": "https://www.w3.org/TR/xml/",
    "sql": "https://www.postgresql.org/docs/current/sql-createrole.html",
    "md": "https://spec.commonmark.org/",
    "rst": "https://docutils.sourceforge.io/rst.html",
    "html": "https://html.spec.whatwg.org/",
    "csv": "https://www.rfc-editor.org/rfc/rfc4180",
    "log": "https://www.rfc-editor.org/rfc/rfc5424",
    "ipynb": "https://nbformat.readthedocs.io/en/latest/format_description.html",
    "helm": "https://helm.sh/docs/chart_template_guide/values_files/",
    "npmrc": "https://docs.npmjs.com/cli/configuring-npm/npmrc",
    "pypirc": "https://packaging.python.org/en/latest/specifications/pypirc/",
    "netrc": "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
    "ssh": "https://man.openbsd.org/ssh_config",
    "history": "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "nginx": "https://nginx.org/en/docs/",
    "properties": "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-",
}

# ---------------------------------------------------------------------------------------------
# Tea estate: plucking, weighing, wages
# ---------------------------------------------------------------------------------------------

_v = words_pw()
add("blind-md/env/postgres-password", "plucking-tally/.env", DOCS["dotenv"], """# Kuthyola tiyi - tally service (Chisoka Estate, Thyolo)
APP_ENV=production
TALLY_DB_HOST=10.20.4.11
TALLY_DB_PORT=5432
TALLY_DB_NAME=plucking
TALLY_DB_USER=tally_app
TALLY_DB_PASSWORD=@@v@@
SCALE_POLL_SECONDS=30
FIELD_BLOCKS=A1,A2,B4,C7,Mwalunga
""", _v, v=_v)

add("blind-md/env/decoy-placeholder", "plucking-tally/.env.example", DOCS["dotenv"], """# Koperani fayiloyi ku .env ndipo lembani zanu (copy to .env and fill in)
APP_ENV=development
TALLY_DB_HOST=localhost
TALLY_DB_PORT=5432
TALLY_DB_NAME=plucking
TALLY_DB_USER=tally_app
TALLY_DB_PASSWORD=<lembani-mawu-achinsinsi>
AIRTEL_MONEY_CLIENT_SECRET=
SCALE_POLL_SECONDS=30
""")

_v = fakes.fake("", 32, _seed())
add("blind-md/python/mobile-money-secret", "wages/payout/airtel_client.py", DOCS["python"], """\"\"\"Kulipira malipiro a othyola tiyi kudzera pa Airtel Money (disbursement API).\"\"\"
import requests

BASE_URL = "https://openapi.airtel.africa"
CLIENT_ID = "3f9a0c7e-thyolo-wages"
CLIENT_SECRET = "@@v@@"


def token():
    r = requests.post(f"{BASE_URL}/auth/oauth2/token", json={
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "client_credentials",
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def pay(msisdn, kwacha, ref):
    # msisdn popanda 265 kutsogolo
    headers = {"Authorization": f"Bearer {token()}", "X-Country": "MW", "X-Currency": "MWK"}
    body = {"payee": {"msisdn": msisdn}, "reference": ref, "transaction": {"amount": kwacha, "id": ref}}
    return requests.post(f"{BASE_URL}/standard/v1/disbursements/", json=body, headers=headers, timeout=30)
""", _v, v=_v)

add("blind-md/python/decoy-env-reference", "wages/payout/settings.py", DOCS["python"], """import os

# Mawu achinsinsi onse amachokera ku chilengedwe (environment), osawalemba apa.
AIRTEL_CLIENT_ID = os.environ["AIRTEL_CLIENT_ID"]
AIRTEL_CLIENT_SECRET = os.environ["AIRTEL_CLIENT_SECRET"]
MPAMBA_API_KEY = os.getenv("MPAMBA_API_KEY", "")
PAYROLL_DB_URL = os.environ.get("PAYROLL_DB_URL", "postgresql://payroll@localhost/payroll")
RATE_PER_KG_MWK = int(os.getenv("RATE_PER_KG_MWK", "95"))
MIN_DAILY_KG = 44
""")

_v = rand_pw(24)
add("blind-md/yaml/mysql-password", "factory/withering/config/prod.yaml", DOCS["yaml"], """# Withering troughs monitor - fakitale ya Chisoka
site: chisoka-factory
troughs:
  count: 14
  target_moisture_pct: 68
  fan_hours_max: 16
sensors:
  poll: 15s
  modbus_host: 192.168.50.20
historian:
  driver: mysql
  host: historian.factory.lan
  port: 3306
  database: withering
  username: wither_writer
  password: "@@v@@"
alerts:
  sms_numbers:
    - "+265888000111"
""", _v, v=_v)

add("blind-md/yaml/decoy-vault-reference", "factory/withering/config/staging.yaml", DOCS["yaml"], """site: chisoka-factory-staging
troughs:
  count: 2
  target_moisture_pct: 68
historian:
  driver: mysql
  host: historian-stg.factory.lan
  port: 3306
  database: withering
  username: wither_writer
  # mawu achinsinsi ali mu Vault: secret/factory/historian
  password: "{{ vault('secret/factory/historian', 'password') }}"
alerts:
  sms_numbers: []
""")

_v = slack_webhook()
add("blind-md/shell/slack-webhook", "factory/scripts/drier_alarm.sh", DOCS["shell"], """#!/usr/bin/env bash
# Chenjezo: drier inlet temp ikapitirira 120C, tumizani uthenga ku #fakitale
set -euo pipefail

TEMP=$(modpoll -m tcp -a 3 -r 40021 -c 1 192.168.50.31 | awk '/\\[40021\\]/ {print $2}')
LIMIT=120
HOOK="@@v@@"

if [ "${TEMP}" -gt "${LIMIT}" ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Drier 2: kutentha ${TEMP}C (malire ${LIMIT}C)\\"}" \\
    "$HOOK"
fi
""", _v, v=_v)

_v = words_pw()
add("blind-md/md/ssh-password-in-runbook", "docs/runbooks/scale-gateway.md", DOCS["md"], """# Scale gateway (sikelo za m'munda)

Ma sikelo a Bluetooth amatumiza kulemera kwa tiyi ku gateway ya Raspberry Pi ku Mwalunga
division office. Ngati gateway yafa:

1. Lowani: `ssh pi@10.20.9.5`
2. Mawu achinsinsi a `pi`: **@@v@@** (tisinthe pambuyo pa nyengo ya mvula)
3. `sudo systemctl restart scale-bridge`
4. Onani `journalctl -u scale-bridge -n 50`

Ngati sizikuyenda, imbani foni kwa Chimwemwe (IT) pa 0999 000 222.
""", _v, v=_v)

add("blind-md/md/decoy-redacted", "docs/runbooks/scale-gateway-v2.md", DOCS["md"], """# Scale gateway v2

Tsopano gateway imagwiritsa ntchito SSH keys zokha. Palibe mawu achinsinsi.

| Host            | User     | Auth                          |
|-----------------|----------|-------------------------------|
| 10.20.9.5       | pi       | key `~/.ssh/scale_gw_ed25519` |
| 10.20.9.6       | pi       | key (same)                    |
| historian       | wither   | password: `********` (Bitwarden "Factory / historian") |

Zindikirani: musaike mawu achinsinsi mu wiki iyi.
""")

_v = aws_secret()
add("blind-md/ini/aws-secret-key", "auction/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = af-south-1

[auction-uploads]
# S3 bucket ya zitsanzo za tiyi (sample photos) zopita ku Limbe auction
aws_access_key_id = @@i@@
aws_secret_access_key = @@v@@
region = af-south-1
""", _v, v=_v, i=aws_id())

add("blind-md/ini/decoy-aws-example", "docs/aws-setup.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """; Chitsanzo chokha - chimachokera m'mabuku a AWS (documentation example)
; Osagwiritsa ntchito makiyi awa.
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = af-south-1
output = json
""")

_v = stripe()
add("blind-md/ts/stripe-secret", "ferry-booking/api/src/payments/stripe.ts", DOCS["ts"], """import Stripe from "stripe";

// Malipiro a matikiti a ngalawa (MV Chambo) - makhadi akunja okha; Airtel/Mpamba ali kwina.
const stripe = new Stripe("@@v@@", {
  apiVersion: "2023-10-16",
});

export async function createCheckout(bookingRef: string, amountUsdCents: number) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{
      price_data: {
        currency: "usd",
        product_data: { name: `Ferry ${bookingRef}` },
        unit_amount: amountUsdCents,
      },
      quantity: 1,
    }],
    success_url: "https://book.chamboferries.mw/zikomo?ref=" + bookingRef,
    cancel_url: "https://book.chamboferries.mw/basket",
  });
}
""", _v, v=_v)

add("blind-md/ts/decoy-publishable-key", "ferry-booking/web/src/config.ts", DOCS["ts"], """// Zokonza za tsamba la kusungitsa (public, zimapita ku browser)
export const config = {
  apiBase: "https://api.chamboferries.mw/v1",
  stripePublishableKey: "@@v@@",
  mapsStyle: "mapbox://styles/chambo/clake01",
  defaultPort: "MONKEY_BAY",
  ports: ["MONKEY_BAY", "CHIPOKA", "NKHATA_BAY", "LIKOMA", "CHIZUMULU", "METANGULA"],
  languages: ["en", "ny"],
};
""", v=stripe("pk_live_"))

_v = pem()
add("blind-md/k8s/private-key-base64", "deploy/k8s/booking-api-jwt-secret.yaml", DOCS["k8s"], """apiVersion: v1
kind: Secret
metadata:
  name: booking-api-jwt
  namespace: ferry
  labels:
    app: booking-api
type: Opaque
data:
  jwt_private.pem: @@enc@@
""", _v, enc=b64(_v))

add("blind-md/k8s/decoy-external-secret", "deploy/k8s/booking-api-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-api-db
  namespace: ferry
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: booking-api-db
  data:
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: prod/ferry/booking-db
        property: password
""")

_v = rand_pw(20)
add("blind-md/k8s/db-password-base64", "deploy/k8s/lodge-db-secret.yaml", DOCS["k8s"], """# Malo ogona (lodges) - database ya zipinda
apiVersion: v1
kind: Secret
metadata:
  name: lodge-db
  namespace: lodges
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@d@@
""", _v, enc=b64(_v), u=b64("lodge_app"), d=b64("lodges"))

add("blind-md/k8s/decoy-empty-secret", "deploy/k8s/lodge-smtp-secret.yaml", DOCS["k8s"], """apiVersion: v1
kind: Secret
metadata:
  name: lodge-smtp
  namespace: lodges
  annotations:
    note: "dzazani ndi kubectl create secret - osati mu git"
type: Opaque
stringData:
  SMTP_HOST: smtp.mailgun.org
  SMTP_USER: postmaster@mg.likomalodges.mw
  SMTP_PASSWORD: ""
""")

_v = telegram()
add("blind-md/python/telegram-bot-token", "ferry-booking/bots/ferry_status_bot.py", DOCS["python"], """# Bot ya Telegram yodziwitsa anthu nthawi ya ngalawa ikafika/ikachoka
import logging
from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = '@@v@@'

NTHAWI = {
    "monkeybay": "Lachisanu 10:00",
    "nkhatabay": "Lamulungu 02:00",
    "likoma": "Loweruka 06:30",
}


async def ndandanda(update, context):
    lines = [f"{doko}: {t}" for doko, t in NTHAWI.items()]
    await update.message.reply_text("\\n".join(lines))


if __name__ == "__main__":
    app = ApplicationBuilder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("ndandanda", ndandanda))
    app.run_polling()
""", _v, v=_v)

add("blind-md/python/decoy-test-fixture", "ferry-booking/bots/tests/test_status_bot.py", DOCS["python"], """import pytest

# Token yabodza ya mayeso okha (fake, not a real bot) - Telegram siyivomereza.
FAKE_TOKEN = "123456:TEST-TOKEN-not-real"


@pytest.fixture
def bot_env(monkeypatch):
    monkeypatch.setenv("FERRY_BOT_TOKEN", FAKE_TOKEN)
    yield


def test_schedule_lists_ports(bot_env):
    from bots.ferry_status_bot import NTHAWI
    assert "likoma" in NTHAWI
""")

_v = sendgrid()
add("blind-md/php/sendgrid-key", "lodge-site/app/Mail/BookingMailer.php", DOCS["php"], """<?php

namespace App\\Mail;

use SendGrid;
use SendGrid\\Mail\\Mail;

// Imelo yotsimikizira kusungitsa chipinda (booking confirmation)
class BookingMailer
{
    private const API_KEY = '@@v@@';

    public function send(string $to, string $guest, string $room, string $dates): int
    {
        $mail = new Mail();
        $mail->setFrom('malo@likomalodges.mw', 'Likoma Lodges');
        $mail->setSubject('Zikomo! Chipinda chanu chasungidwa');
        $mail->addTo($to, $guest);
        $mail->addContent('text/plain', "Moni {$guest}, chipinda {$room} ({$dates}) chakonzeka.");
        $sg = new SendGrid(self::API_KEY);
        return $sg->send($mail)->statusCode();
    }
}
""", _v, v=_v)

add("blind-md/php/decoy-laravel-env-call", "lodge-site/config/services.php", DOCS["laravel"], """<?php

return [
    // Makiyi onse ali mu .env ya seva, osati pano.
    'sendgrid' => [
        'key' => env('SENDGRID_API_KEY'),
    ],
    'airtel' => [
        'client_id' => env('AIRTEL_CLIENT_ID'),
        'client_secret' => env('AIRTEL_CLIENT_SECRET'),
        'country' => 'MW',
    ],
    'maps' => [
        'key' => env('GOOGLE_MAPS_KEY', ''),
    ],
];
""")

_v = words_pw()
add("blind-md/laravel-env/db-password", "lodge-site/.env.production", DOCS["laravel"], """APP_NAME="Likoma Lodges"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://likomalodges.mw

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=lodges
DB_USERNAME=lodges
DB_PASSWORD="@@v@@"

MAIL_MAILER=sendgrid
QUEUE_CONNECTION=database
""", _v, v=_v)

_v = fakes.fake("", 40, _seed())
add("blind-md/go/api-key-const", "estate-weather/main.go", DOCS["go"], """package main

// Kutenga nyengo (mvula, kutentha) ya Thyolo kuti tiwerengere zokolola
import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const owmKey = "@@v@@"

type reading struct {
	Main struct {
		Temp     float64 `json:"temp"`
		Humidity int     `json:"humidity"`
	} `json:"main"`
}

func main() {
	c := &http.Client{Timeout: 15 * time.Second}
	url := fmt.Sprintf("https://api.openweathermap.org/data/2.5/weather?lat=-16.07&lon=35.14&units=metric&appid=%s", owmKey)
	resp, err := c.Get(url)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var r reading
	json.NewDecoder(resp.Body).Decode(&r)
	fmt.Printf("Thyolo: %.1fC, chinyezi %d%%\\n", r.Main.Temp, r.Main.Humidity)
}
""", _v, v=_v)

add("blind-md/go/decoy-getenv", "estate-weather/config.go", DOCS["go"], """package main

import "os"

// Config ya nyengo - makiyi amachokera ku environment
type Config struct {
	OWMKey   string
	InfluxURL string
	InfluxToken string
}

func loadConfig() Config {
	return Config{
		OWMKey:      os.Getenv("OWM_API_KEY"),
		InfluxURL:   getenvDefault("INFLUX_URL", "http://localhost:8086"),
		InfluxToken: os.Getenv("INFLUX_TOKEN"),
	}
}

func getenvDefault(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

_v = gitlab()
add("blind-md/gitlab-ci/gitlab-token", ".gitlab-ci.yml", DOCS["gitlab"], """stages:
  - test
  - package
  - release

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

# Kutulutsa chart ya booking-api ku package registry ya gulu lathu
release-chart:
  stage: release
  image: alpine/helm:3.14.0
  script:
    - helm package charts/booking-api
    - curl --fail --header "PRIVATE-TOKEN: @@v@@" --upload-file booking-api-*.tgz "https://gitlab.com/api/v4/projects/48120931/packages/helm/api/stable/charts"
  only:
    - tags
""", _v, v=_v)

add("blind-md/gitlab-ci/decoy-ci-variable", "ci/templates/deploy.gitlab-ci.yml", DOCS["gitlab"], """.deploy:
  image: bitnami/kubectl:1.29
  before_script:
    # KUBE_TOKEN ndi masked variable mu Settings > CI/CD
    - kubectl config set-credentials ci --token="$KUBE_TOKEN"
    - kubectl config set-cluster lake --server="$KUBE_SERVER" --insecure-skip-tls-verify=false
    - kubectl config set-context lake --cluster=lake --user=ci
    - kubectl config use-context lake

deploy-booking:
  extends: .deploy
  script:
    - kubectl -n ferry rollout restart deploy/booking-api
  environment: production
""")

_v = ghp()
add("blind-md/gha/github-token", ".github/workflows/sync-tariffs.yml", DOCS["gha"], """name: Sync ferry tariffs

on:
  schedule:
    - cron: "0 4 * * 1"   # Lolemba m'mawa
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: chambo-ferries/tariffs
          token: @@v@@
      - name: Copy tariff table
        run: |
          cp tariffs/2025.csv data/tariffs.csv
          git config user.name "tariff-bot"
          git add data/tariffs.csv && git commit -m "Mitengo yatsopano" || true
          git push
""", _v, v=_v)

add("blind-md/gha/decoy-secrets-context", ".github/workflows/deploy-lodge-site.yml", DOCS["gha"], """name: Deploy lodge site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Rsync to host
        env:
          SSH_KEY: ${{ secrets.LODGE_DEPLOY_KEY }}
          HOST: ${{ vars.LODGE_HOST }}
        run: |
          install -m 600 /dev/null ~/.ssh/id_ed25519
          echo "$SSH_KEY" > ~/.ssh/id_ed25519
          rsync -az --delete public/ deploy@"$HOST":/srv/likoma/
""")

_v = pem("OPENSSH")
add("blind-md/ansible/ssh-private-key", "infra/ansible/group_vars/factory.yml", DOCS["ansible"], """---
# Ma seva a fakitale (withering, CTC, drier PLC gateways)
ansible_user: ops
ansible_python_interpreter: /usr/bin/python3
ntp_server: 0.africa.pool.ntp.org
factory_backup_host: backup.factory.lan
backup_ssh_key: |
  @@k@@
timezone: Africa/Blantyre
""", _v, k=_v.replace("\n", "\n  "))

add("blind-md/ansible/decoy-vault-encrypted", "infra/ansible/group_vars/estate_office/vault.yml", DOCS["ansible"], """$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48))

_v = redis_pw()
add("blind-md/compose/redis-password", "ferry-booking/docker-compose.yml", DOCS["compose"], """services:
  api:
    build: ./api
    ports:
      - "8080:8080"
    environment:
      REDIS_URL: redis://:@@v@@@redis:6379/0
      SEATS_HOLD_MINUTES: "15"
    depends_on: [redis, db]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@v@@"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw
    secrets: [pg_pw]
secrets:
  pg_pw:
    file: ./secrets/pg_pw.txt
""", _v, v=_v)

add("blind-md/compose/decoy-interpolation", "lodge-site/docker-compose.yml", DOCS["compose"], """services:
  web:
    image: ghcr.io/likoma-lodges/site:latest
    env_file: .env
    environment:
      DB_PASSWORD: ${DB_PASSWORD:?lembani DB_PASSWORD mu .env}
      SENDGRID_API_KEY: ${SENDGRID_API_KEY}
    ports: ["80:8000"]
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
      MYSQL_DATABASE: lodges
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
""")

_v = rand_pw(16, "!#%")
add("blind-md/dockerfile/env-password", "factory/ctc-line/Dockerfile", DOCS["docker"], """FROM python:3.11-slim

# CTC line throughput logger (makina odula tiyi)
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV OPCUA_ENDPOINT=opc.tcp://10.30.1.15:4840 \\
    OPCUA_USER=ctc_reader \\
    OPCUA_PASSWORD=@@v@@ \\
    LOG_LEVEL=info

CMD ["python", "-m", "ctc_logger"]
""", _v, v=_v)

add("blind-md/dockerfile/decoy-build-arg", "factory/sorting/Dockerfile", DOCS["docker"], """FROM node:20-alpine AS build
WORKDIR /src
# NPM_TOKEN imaperekedwa ngati build secret, siikhala mu image
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""")

_v = fakes.fake("", 64, _seed())
add("blind-md/tf/provider-token", "infra/terraform/dns.tf", DOCS["tf"], """terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
}

# DNS ya chamboferries.mw ndi likomalodges.mw
provider "cloudflare" {
  api_token = "@@t@@"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  value   = "41.70.12.8"
  type    = "A"
  proxied = true
}
""", _v[:40], t=_v[:40])

add("blind-md/tf/decoy-variable-sensitive", "infra/terraform/variables.tf", DOCS["tf"], """variable "zone_id" {
  type        = string
  description = "Cloudflare zone ya chamboferries.mw"
  default     = "3a1c9e0f4b7d2e6a8c5f1b0d9e7a4c2f"
}

variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Ikani mu TF_VAR_cloudflare_api_token; osalemba apa"
}

variable "db_password" {
  type      = string
  sensitive = true
}
""")

_v = words_pw()
add("blind-md/tfvars/db-password", "infra/terraform/prod.auto.tfvars", DOCS["tf"], """region         = "af-south-1"
environment    = "prod"
instance_class = "db.t4g.small"
db_name        = "ferry"
db_username    = "ferry_admin"
db_password    = "@@v@@"
backup_days    = 14
""", _v, v=_v)

_v = "mongodb+srv://lodges:" + rand_pw(18) + "@cluster0.x7k2p.mongodb.net/reviews"
_p = _v.split(":")[2].split("@")[0]
add("blind-md/js/mongo-uri-password", "lodge-reviews/server.js", DOCS["js"], """// Ndemanga za alendo (guest reviews) za Cape Maclear ndi Likoma
const express = require("express");
const mongoose = require("mongoose");

const app = express();
app.use(express.json());

mongoose.connect("@@v@@", {
  serverSelectionTimeoutMS: 8000,
});

const Review = mongoose.model("Review", new mongoose.Schema({
  lodge: String,
  stars: Number,
  text: String,
  lang: { type: String, default: "ny" },
}));

app.post("/reviews", async (req, res) => {
  const r = await Review.create(req.body);
  res.status(201).json({ id: r._id, uthenga: "Zikomo chifukwa cha ndemanga yanu" });
});

app.listen(process.env.PORT || 3000);
""", _p, v=_v)

add("blind-md/js/decoy-process-env", "lodge-reviews/db.js", DOCS["js"], """const mongoose = require("mongoose");

// MONGO_URL: mongodb+srv://<user>:<password>@<cluster>/reviews
const url = process.env.MONGO_URL;
if (!url) {
  throw new Error("MONGO_URL palibe - onani README");
}

module.exports = () => mongoose.connect(url, { serverSelectionTimeoutMS: 8000 });
""")

_v = rand_pw(22)
add("blind-md/java-properties/datasource-password", "factory/grading/src/main/resources/application-prod.properties", DOCS["java"], """# Grading ya tiyi (BP1, PF1, PD, D1, Fannings) - Chisoka factory
server.port=8085
spring.datasource.url=jdbc:postgresql://10.30.2.4:5432/grading
spring.datasource.username=grading
spring.datasource.password=@@v@@
spring.jpa.hibernate.ddl-auto=validate
grading.grades=BP1,PF1,PD,D1,FANNINGS,DUST
grading.lot.size.kg=2400
""", _v, v=_v)

add("blind-md/java-properties/decoy-placeholder-expression", "factory/grading/src/main/resources/application.properties", DOCS["java"], """server.port=8085
spring.datasource.url=${GRADING_DB_URL:jdbc:postgresql://localhost:5432/grading}
spring.datasource.username=${GRADING_DB_USER:grading}
spring.datasource.password=${GRADING_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
""")

_v = fakes.fake("", 32, _seed())
add("blind-md/kotlin/api-secret", "ferry-app/android/app/src/main/java/mw/chambo/ferry/net/Payments.kt", DOCS["kotlin"], """package mw.chambo.ferry.net

import okhttp3.OkHttpClient
import okhttp3.Request

// TODO: chotsani izi mu app; seva iziyankha (move to backend)
object Payments {
    private const val MPAMBA_MERCHANT = "CHAMBO-FERRY-001"
    private const val MPAMBA_SECRET = "@@v@@"

    private val http = OkHttpClient()

    fun status(ref: String): String? {
        val req = Request.Builder()
            .url("https://api.tnmmpamba.mw/v2/merchant/$MPAMBA_MERCHANT/tx/$ref")
            .header("X-Api-Secret", MPAMBA_SECRET)
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", _v, v=_v)

add("blind-md/kotlin/decoy-buildconfig", "ferry-app/android/app/build.gradle.kts", DOCS["kotlin"], """plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "mw.chambo.ferry"
    compileSdk = 34
    defaultConfig {
        applicationId = "mw.chambo.ferry"
        minSdk = 24
        versionCode = 41
        versionName = "2.3.0"
        // Makiyi amachokera ku local.properties (siili mu git)
        buildConfigField("String", "API_BASE", "\\"https://api.chamboferries.mw/v1\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

_v = rand_pw(18, "!$")
add("blind-md/csharp/connection-string", "payroll/Thyolo.Payroll/appsettings.Production.json", DOCS["csharp"], """{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Payroll": "Server=sql01.estate.lan;Database=Payroll;User Id=payroll_svc;Password=@@v@@;TrustServerCertificate=True"
  },
  "Payroll": {
    "RatePerKgMwk": 95,
    "OvertimeFactor": 1.5,
    "Divisions": [ "Mwalunga", "Nsuwadzi", "Chisoka", "Khonjeni" ]
  }
}
""", _v, v=_v)

add("blind-md/csharp/decoy-user-secrets", "payroll/Thyolo.Payroll/appsettings.json", DOCS["csharp"], """{
  "ConnectionStrings": {
    "Payroll": "Server=localhost;Database=Payroll;Integrated Security=True;TrustServerCertificate=True"
  },
  "Airtel": {
    "ClientId": "",
    "ClientSecret": "",
    "_comment": "dotnet user-secrets set Airtel:ClientSecret <...>"
  },
  "Payroll": {
    "RatePerKgMwk": 95
  }
}
""")

_v = azure_secret()
add("blind-md/csharp/azure-client-secret", "payroll/Thyolo.Payroll/Services/GraphMailer.cs", DOCS["csharp"], """using Azure.Identity;
using Microsoft.Graph;

namespace Thyolo.Payroll.Services;

// Kutumiza payslips kwa ma supervisor kudzera pa Microsoft 365
public class GraphMailer
{
    private const string TenantId = "b1d7e3a2-5c44-4f0e-9a61-0c2f8e7d3b15";
    private const string ClientId = "6e2a9f14-8b3c-4d7e-a0f5-91c3b2e4d8a7";
    private const string ClientSecret = "@@v@@";

    public GraphServiceClient Client()
    {
        var cred = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(cred, new[] { "https://graph.microsoft.com/.default" });
    }
}
""", _v, v=_v)

_v = mailgun()
add("blind-md/ruby/mailgun-key", "lodge-ops/config/initializers/mailgun.rb", DOCS["ruby"], """# Imelo za alendo a Cape Maclear lodge
Mailgun.configure do |config|
  config.api_key = '@@v@@'
end

ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: Mailgun.api_key,
  domain: 'mg.capemaclearlodge.mw',
  api_host: 'api.eu.mailgun.net'
}
""", _v, v=_v)

add("blind-md/ruby/decoy-credentials-fetch", "lodge-ops/config/initializers/airtel.rb", DOCS["ruby"], """# Airtel Money - makiyi ali mu config/credentials.yml.enc (rails credentials:edit)
AIRTEL = {
  client_id: Rails.application.credentials.dig(:airtel, :client_id),
  client_secret: Rails.application.credentials.dig(:airtel, :client_secret),
  base_url: ENV.fetch('AIRTEL_BASE_URL', 'https://openapiuat.airtel.africa'),
  country: 'MW',
  currency: 'MWK'
}.freeze
""")

_v = django_key()
add("blind-md/django/secret-key", "estate_portal/estate_portal/settings/prod.py", DOCS["django"], """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.chisokaestate.mw"]

SECRET_KEY = "@@v@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "estate_portal",
        "USER": "portal",
        "HOST": "10.20.4.11",
    }
}

LANGUAGE_CODE = "ny"
TIME_ZONE = "Africa/Blantyre"
""", _v, v=_v)

add("blind-md/django/decoy-get-random", "estate_portal/estate_portal/settings/dev.py", DOCS["django"], """from django.core.management.utils import get_random_secret_key

from .base import *  # noqa

DEBUG = True
# Pa kompyuta yanu yokha: kiyi yatsopano nthawi iliyonse
SECRET_KEY = get_random_secret_key()
ALLOWED_HOSTS = ["*"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "dev.sqlite3"}}
""")

_v = fakes.fake("", 40, _seed())
add("blind-md/rust/api-token", "scale-bridge/src/upload.rs", DOCS["rust"], """//! Kutumiza kulemera kwa tiyi kuchokera ku sikelo kupita ku tally API
use reqwest::blocking::Client;
use serde::Serialize;

const TALLY_URL: &str = "https://tally.chisokaestate.mw/api/weighings";
const TALLY_TOKEN: &str = "@@v@@";

#[derive(Serialize)]
pub struct Weighing {
    pub plucker_id: String,
    pub block: String,
    pub kg: f32,
    pub taken_at: String,
}

pub fn send(batch: &[Weighing]) -> reqwest::Result<()> {
    Client::new()
        .post(TALLY_URL)
        .bearer_auth(TALLY_TOKEN)
        .json(batch)
        .send()?
        .error_for_status()?;
    Ok(())
}
""", _v, v=_v)

add("blind-md/rust/decoy-env-var", "scale-bridge/src/config.rs", DOCS["rust"], """use std::env;

pub struct Config {
    pub tally_url: String,
    pub tally_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            tally_url: env::var("TALLY_URL").unwrap_or_else(|_| "http://localhost:8000/api/weighings".into()),
            // token siyikhala mu code: ikani TALLY_TOKEN mu /etc/scale-bridge.env
            tally_token: env::var("TALLY_TOKEN").expect("TALLY_TOKEN"),
        }
    }
}
""")

_v = google_key()
add("blind-md/swift/google-maps-key", "ferry-app/ios/ChamboFerry/AppDelegate.swift", DOCS["swift"], """import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // Mapu a madoko a Nyanja ya Malawi
        GMSServices.provideAPIKey("@@v@@")
        return true
    }
}
""", _v, v=_v)

add("blind-md/swift/decoy-info-plist-reference", "ferry-app/ios/ChamboFerry/Config.swift", DOCS["swift"], """import Foundation

enum Config {
    // Kiyi imachokera ku Secrets.xcconfig (siili mu repo); Info.plist: $(MAPS_API_KEY)
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? ""
    }
    static let apiBase = URL(string: "https://api.chamboferries.mw/v1")!
    static let ports = ["Monkey Bay", "Chipoka", "Nkhata Bay", "Likoma", "Chizumulu"]
}
""")

_v = words_pw()
add("blind-md/powershell/sql-password", "payroll/scripts/Export-Payslips.ps1", DOCS["ps"], """# Kutulutsa payslips za mlungu uliwonse (weekly) kupita ku share ya division
param(
    [string]$Week = (Get-Date -UFormat %V)
)

$server = "sql01.estate.lan"
$user = "payroll_export"
$pass = "@@v@@"

$query = "EXEC dbo.WeeklyPayslips @Week = $Week"
$rows = Invoke-Sqlcmd -ServerInstance $server -Database Payroll -Username $user -Password $pass -Query $query

foreach ($division in ($rows | Group-Object Division)) {
    $path = "\\\\fs01\\payroll\\$($division.Name)\\week-$Week.csv"
    $division.Group | Export-Csv -Path $path -NoTypeInformation -Encoding UTF8
    Write-Host "Zatheka: $path"
}
""", _v, v=_v)

add("blind-md/powershell/decoy-get-credential", "payroll/scripts/Import-Attendance.ps1", DOCS["ps"], """# Kulowetsa kaundula wa anthu (attendance) kuchokera ku biometric clocks
$cred = Get-Credential -Message "Lowani ndi akaunti ya payroll"
$secret = Get-Secret -Vault EstateVault -Name "clock-api" -AsPlainText

$clocks = @("10.20.7.21", "10.20.7.22", "10.20.7.23")
foreach ($c in $clocks) {
    Invoke-RestMethod -Uri "http://$c/api/logs?since=yesterday" -Headers @{ "X-Key" = $secret } |
        ForEach-Object { Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -Query "INSERT INTO Attendance VALUES ('$($_.id)','$($_.time)')" }
}
""")

_v = rand_pw(16)
add("blind-md/sql/create-role-password", "db/migrations/0007_reporting_role.sql", DOCS["sql"], """-- Ogwiritsa ntchito a malipoti (reporting) - kuwerenga kokha
BEGIN;

CREATE ROLE auction_reports LOGIN PASSWORD '@@v@@';
GRANT CONNECT ON DATABASE plucking TO auction_reports;
GRANT USAGE ON SCHEMA public TO auction_reports;
GRANT SELECT ON weighings, blocks, pluckers, daily_totals TO auction_reports;

COMMENT ON ROLE auction_reports IS 'Power BI ku ofesi ya Blantyre';

COMMIT;
""", _v, v=_v)

add("blind-md/sql/decoy-password-hash", "db/seed/0002_portal_users.sql", DOCS["sql"], """-- Ogwiritsa ntchito oyamba a portal (ma hash a bcrypt okha, osati mawu achinsinsi)
INSERT INTO portal_user (username, full_name, role, password_hash) VALUES
  ('tchirwa',  'Thokozani Chirwa',  'manager',    '$2b$12$@@a@@'),
  ('mbanda',   'Mphatso Banda',     'clerk',      '$2b$12$@@b@@'),
  ('kphiri',   'Kondwani Phiri',    'supervisor', '$2b$12$@@c@@');

UPDATE portal_user SET must_change_password = TRUE;
""", a=fakes.drawn(_seed(), 53, ALNUM + "./"), b=fakes.drawn(_seed(), 53, ALNUM + "./"), c=fakes.drawn(_seed(), 53, ALNUM + "./"))

_v = twilio_sid()
_t = hexs(32)
add("blind-md/python/twilio-auth-token", "ferry-booking/notify/sms.py", DOCS["python"], """from twilio.rest import Client

# Mauthenga a SMS kwa okwera ngalawa (ngati ngalawa yachedwa)
ACCOUNT_SID = "@@s@@"
AUTH_TOKEN = "@@t@@"
FROM = "+12025550147"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def chedwa(phone: str, port: str, minutes: int) -> None:
    body = f"Pepani, ngalawa ku {port} yachedwa mphindi {minutes}. Zikomo chifukwa cha kudekha."
    client.messages.create(to=phone, from_=FROM, body=body)
""", _t, s=_v, t=_t)

add("blind-md/python/decoy-masked-log-helper", "ferry-booking/notify/redact.py", DOCS["python"], """import re

_TOKEN = re.compile(r"(AC[0-9a-f]{4})[0-9a-f]{24}([0-9a-f]{4})")


def redact(s: str) -> str:
    \"\"\"Bisani ma SID ndi ma token mu ma log.\"\"\"
    return _TOKEN.sub(r"\\1************************\\2", s)


assert redact("sid=AC0123456789abcdef0123456789abcdef") == "sid=AC0123************************cdef"
""")

_v = npm()
add("blind-md/npmrc/npm-token", "ferry-booking/web/.npmrc", DOCS["npmrc"], """registry=https://registry.npmjs.org/
@chambo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
save-exact=true
fund=false
""", _v, v=_v)

add("blind-md/npmrc/decoy-env-token", "lodge-site/.npmrc", DOCS["npmrc"], """; Token imachokera ku CI (NPM_TOKEN) - osaika yeniyeni pano
@likoma:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

_v = pypi()
add("blind-md/pypirc/pypi-token", "scale-bridge-py/.pypirc", DOCS["pypirc"], """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@v@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", _v, v=_v)

add("blind-md/toml/decoy-poetry-source", "scale-bridge-py/pyproject.toml", DOCS["toml"], """[tool.poetry]
name = "thyolo-scale-bridge"
version = "0.6.2"
description = "Kulumikiza sikelo za Bluetooth ku tally API"
authors = ["Estate IT <it@chisokaestate.mw>"]

[tool.poetry.dependencies]
python = "^3.10"
bleak = "^0.21"
httpx = "^0.27"

[[tool.poetry.source]]
name = "estate"
url = "https://pkgs.chisokaestate.mw/simple/"
priority = "supplemental"
# poetry config http-basic.estate ci $ESTATE_PKG_TOKEN
""")

_v = rand_pw(14)
add("blind-md/history/mysql-cli-password", "ops/home/ops/.bash_history", DOCS["history"], """cd /srv/lodge-site
git pull
php artisan migrate --force
sudo systemctl restart php8.2-fpm
tail -n 100 storage/logs/laravel.log
mysql -u lodges -p'@@v@@' lodges -e "select count(*) from bookings where checkin >= curdate();"
df -h
sudo certbot renew --dry-run
exit
""", _v, v=_v)

add("blind-md/history/decoy-prompted-password", "ops/home/chimwemwe/.bash_history", DOCS["history"], """ssh ops@10.20.4.11
psql -h 10.20.4.11 -U tally_app -W plucking
pg_dump -h 10.20.4.11 -U tally_app -Fc plucking > plucking-$(date +%F).dump
export PGPASSWORD=$(pass show estate/tally_app)
sha256sum plucking-2025-03-14.dump
scp plucking-2025-03-14.dump backup.factory.lan:/backups/
history -c
""")

_v = rand_pw(20)
add("blind-md/netrc/machine-password", "ops/home/ops/.netrc", DOCS["netrc"], """machine pkgs.chisokaestate.mw
  login ci
  password @@v@@

# github: gwiritsani ntchito `gh auth login` (osati netrc)
machine nexus.chisokaestate.mw
  login readonly
""", _v, v=_v)

add("blind-md/ssh-config/decoy-identity-file", "ops/home/ops/.ssh/config", DOCS["ssh"], """# Ma seva a estate ndi ma lodge
Host factory-*
    User ops
    IdentityFile ~/.ssh/factory_ed25519
    ProxyJump bastion.chisokaestate.mw

Host likoma-lodge
    HostName 196.45.12.77
    User deploy
    IdentityFile ~/.ssh/lodges_ed25519
    Port 2222
""")

_v = pem("EC")
add("blind-md/pem/ec-private-key", "ferry-booking/api/keys/webhook-signing.pem", "https://www.rfc-editor.org/rfc/rfc5915", _v + "\n", _v)

add("blind-md/pem/decoy-public-key", "ferry-booking/api/keys/webhook-signing.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN PUBLIC KEY-----
@@a@@
@@c@@
@@b@@
-----END PUBLIC KEY-----
""", a=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 64, ALNUM + "+/"), b=fakes.drawn(_seed(), 24, ALNUM + "+/") + "==")

_v = words_pw()
add("blind-md/csv/credentials-sheet", "it/handover/estate-accounts-2024.csv", DOCS["csv"], """system,url,username,password,mwini (owner),notes
Tally portal,https://tally.chisokaestate.mw,admin,see Bitwarden,Chimwemwe,
Weighbridge PC,\\\\WB-01,weigh,@@v@@,Mphatso,Windows local account
Factory historian,historian.factory.lan,wither_writer,(vault),Kondwani,
Router Mwalunga,192.168.1.1,admin,changed 03/2024 - ask IT,Chimwemwe,
""", _v, v=_v)

add("blind-md/csv/decoy-plucker-ids", "data/pluckers/mwalunga-2025.csv", DOCS["csv"], """plucker_id,dzina,block,nfc_tag,msisdn_hash
MW-00412,Esnart Kachingwe,A1,04A1B2C3D4E5F6,@@a@@
MW-00413,Grace Mwale,A1,04A1B2C3D4E5F7,@@b@@
MW-00419,Joseph Nyirenda,A2,04A1B2C3D4E601,@@c@@
MW-00420,Alinafe Chikwawa,B4,04A1B2C3D4E602,@@d@@
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

_v = fakes.fake("", 48, _seed())
add("blind-md/log/bearer-token-in-log", "logs/booking-api-2025-02-11.log", DOCS["log"], """2025-02-11T05:59:58Z INFO  booking-api starting on :8080 (env=prod)
2025-02-11T06:00:03Z INFO  GET /v1/sailings?port=MONKEY_BAY 200 41ms
2025-02-11T06:00:09Z DEBUG upstream request POST https://partners.lakeview-agents.mw/api/holds headers={"Authorization": "Bearer @@v@@", "Content-Type": "application/json"}
2025-02-11T06:00:09Z INFO  POST /v1/holds 201 312ms ref=CF-88213
2025-02-11T06:00:15Z WARN  seat map stale for MV Chambo deck B, refreshing
2025-02-11T06:00:16Z INFO  GET /v1/sailings/CF-0211-MB/seats 200 77ms
""", _v, v=_v)

add("blind-md/log/decoy-redacted-log", "logs/booking-api-2025-02-12.log", DOCS["log"], """2025-02-12T06:00:02Z INFO  booking-api starting on :8080 (env=prod, log_redaction=on)
2025-02-12T06:00:09Z DEBUG upstream request POST https://partners.lakeview-agents.mw/api/holds headers={"Authorization": "Bearer [REDACTED]", "Content-Type": "application/json"}
2025-02-12T06:00:09Z INFO  POST /v1/holds 201 298ms ref=CF-88240
2025-02-12T06:01:44Z INFO  payment webhook verified sig=sha256=@@h@@
2025-02-12T06:01:44Z INFO  booking CF-88240 paid (MWK 42,000)
""", h=hexs(64))

_v = openai()
add("blind-md/ipynb/openai-key", "analytics/notebooks/ndemanga_sentiment.ipynb", DOCS["ipynb"], """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ndemanga za alendo: positive kapena negative?\\n", "Tikuyesa kumasulira Chichewa -> English kenako sentiment."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "import pandas as pd\\n",
    "client = OpenAI(api_key=\\"@@v@@\\")\\n",
    "df = pd.read_csv('reviews_2024.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _v, v=_v)

add("blind-md/ipynb/decoy-getpass", "analytics/notebooks/yield_per_block.ipynb", DOCS["ipynb"], """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\\n",
    "pw = getpass.getpass('Mawu achinsinsi a tally_app: ')\\n",
    "eng = sa.create_engine(f'postgresql://tally_app:{pw}@10.20.4.11/plucking')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df = pd.read_sql('select block, sum(kg) from weighings group by block', eng)"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

_v = rand_pw(24)
add("blind-md/helm/values-password", "charts/booking-api/values-prod.yaml", DOCS["helm"], """replicaCount: 3
image:
  repository: ghcr.io/chambo-ferries/booking-api
  tag: "2.8.1"
ingress:
  enabled: true
  host: api.chamboferries.mw
postgresql:
  enabled: true
  auth:
    username: booking
    database: ferry
    password: @@v@@
resources:
  requests: { cpu: 200m, memory: 256Mi }
# Zindikirani: seats hold = mphindi 15
env:
  SEATS_HOLD_MINUTES: "15"
""", _v, v=_v)

add("blind-md/helm/decoy-existing-secret", "charts/booking-api/values.yaml", DOCS["helm"], """replicaCount: 1
image:
  repository: ghcr.io/chambo-ferries/booking-api
  tag: ""
postgresql:
  enabled: true
  auth:
    username: booking
    database: ferry
    existingSecret: booking-db   # kubectl create secret generic booking-db --from-literal=password=...
    secretKeys:
      userPasswordKey: password
stripe:
  secretKeyRef:
    name: stripe
    key: secret_key
""")

_v = rand_pw(22)
add("blind-md/xml/tomcat-users-password", "factory/historian-web/conf/tomcat-users.xml", DOCS["xml"], """<?xml version="1.0" encoding="UTF-8"?>
<!-- Historian web - woyang'anira (manager) yekha -->
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="fakitale-admin" password="@@v@@" roles="manager-gui,manager-script"/>
</tomcat-users>
""", _v, v=_v)

add("blind-md/xml/decoy-maven-settings-env", "factory/grading/.mvn/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>estate-releases</id>
      <username>${env.ESTATE_MAVEN_USER}</username>
      <password>${env.ESTATE_MAVEN_TOKEN}</password>
    </server>
  </servers>
  <!-- mawu achinsinsi enieni ali mu CI okha -->
</settings>
""")

_v = "https://discord.com/api/webhooks/" + str(_rng().randint(10**17, 10**18)) + "/" + fakes.drawn(_seed(), 68, ALNUM + "_-")
add("blind-md/toml/discord-webhook", "lodge-ops/monitor/config.toml", DOCS["toml"], """# Kuyang'anira ma generator ndi ma solar a lodge ku Likoma
[site]
name = "Likoma Beach Lodge"
timezone = "Africa/Blantyre"

[generator]
modbus = "192.168.10.40:502"
fuel_low_pct = 20

[notify]
discord = "@@v@@"
quiet_hours = ["22:00", "05:30"]
""", _v, v=_v)

add("blind-md/toml/decoy-cargo-empty-token", "scale-bridge/.cargo/config.toml", DOCS["toml"], """[registries.estate]
index = "sparse+https://crates.chisokaestate.mw/index/"
# token = ""  # gwiritsani ntchito `cargo login --registry estate`, osati apa
credential-provider = "cargo:token"

[build]
target = "armv7-unknown-linux-gnueabihf"
""")

# ---------------------------------------------------------------------------------------------
# Ferry and lodge bookings, more estate systems
# ---------------------------------------------------------------------------------------------

_v = rand_pw(20)
add("blind-md/rst/smtp-password-in-docs", "docs/source/operations/email.rst", DOCS["rst"], """Imelo zotsimikizira (confirmation emails)
========================================

Ma booking onse a ngalawa ndi a malo ogona amatumiza imelo kudzera pa SMTP relay ya
Mailgun.

.. code-block:: ini

   [smtp]
   host = smtp.eu.mailgun.org
   port = 587
   user = postmaster@mg.chamboferries.mw
   password = @@v@@

Ngati imelo sizikupita, onani ``/var/log/booking/mailer.log`` kaye.

.. note:: Tidzasamutsa izi ku Vault mwezi wamawa.
""", _v, v=_v)

add("blind-md/rst/decoy-doc-example", "docs/source/dev/setup.rst", DOCS["rst"], """Kukhazikitsa kompyuta yanu (developer setup)
===========================================

1. Koperani ``.env.example`` kukhala ``.env``.
2. Lembani zanu::

      DATABASE_URL=postgresql://booking:changeme@localhost:5432/ferry
      STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
      REDIS_URL=redis://localhost:6379/0

3. ``make dev``

Mawu ngati ``changeme`` ndi zitsanzo chabe; seva zenizeni zimagwiritsa ntchito Vault.
""")

_v = slack_bot()
add("blind-md/html/slack-token-in-admin-page", "lodge-site/public/admin/notify-test.html", DOCS["html"], """<!doctype html>
<html lang="ny">
<head>
  <meta charset="utf-8">
  <title>Yesani zidziwitso (notify test)</title>
</head>
<body>
  <h1>Tumizani uthenga ku #lodge-bookings</h1>
  <textarea id="msg">Alendo atsopano afika ku Cape Maclear</textarea>
  <button onclick="send()">Tumizani</button>
  <script>
    function send() {
      fetch("https://slack.com/api/chat.postMessage", {
        method: "POST",
        headers: { "Authorization": "Bearer @@v@@", "Content-Type": "application/json" },
        body: JSON.stringify({ channel: "#lodge-bookings", text: document.getElementById("msg").value })
      });
    }
  </script>
</body>
</html>
""", _v, v=_v)

add("blind-md/html/decoy-recaptcha-site-key", "lodge-site/resources/views/book.html", DOCS["html"], """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Book a room - Likoma Lodges</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form method="post" action="/book">
    <label>Dzina (name) <input name="name" required></label>
    <label>Tsiku lofika <input type="date" name="checkin"></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
    <button>Sungitsani</button>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

_v = "postgres://ferry_admin:" + rand_pw(22) + "@ferry-db.c9xk2.af-south-1.rds.amazonaws.com:5432/ferry"
_p = _v.split(":")[2].split("@")[0]
add("blind-md/md/db-url-in-readme", "ferry-booking/README.md", DOCS["md"], """# Chambo Ferries - booking API

Kusungitsa mipando pa ngalawa za MV Chambo ndi MV Usipa (Monkey Bay - Nkhata Bay - Likoma).

## Kuyambitsa

```bash
make dev
```

## Production

Kuti mulumikize ku database ya production (pa nthawi ya mavuto okha):

```
DATABASE_URL=@@v@@
```

## Ma port

| Code        | Doko          |
|-------------|---------------|
| MONKEY_BAY  | Monkey Bay    |
| NKHATA_BAY  | Nkhata Bay    |
| LIKOMA      | Likoma Island |
""", _p, v=_v)

add("blind-md/md/decoy-readme-placeholders", "lodge-site/README.md", DOCS["md"], """# Likoma Lodges website

Laravel 10. Kusungitsa zipinda pa Likoma ndi Chizumulu.

## Zofunika (.env)

| Dzina               | Chitsanzo                         |
|---------------------|-----------------------------------|
| `DB_PASSWORD`       | `your-db-password`                |
| `SENDGRID_API_KEY`  | `SG.xxxxxxxxxxxxxxxxxxxxxx.yyyy`  |
| `AIRTEL_CLIENT_SECRET` | funsani Chimwemwe              |

```bash
cp .env.example .env && php artisan key:generate
```
""")

_v = fakes.fake("", 32, _seed())
add("blind-md/python/header-api-key", "ferry-booking/integrations/lakeview_agents.py", DOCS["python"], """\"\"\"Partner API: ma agent oyendera (Lakeview Agents, Lilongwe) amasungitsa mipando.\"\"\"
import httpx

PARTNER_BASE = "https://partners.lakeview-agents.mw/api"

session = httpx.Client(
    base_url=PARTNER_BASE,
    headers={"X-Api-Key": "@@v@@", "Accept": "application/json"},
    timeout=20.0,
)


def push_manifest(sailing_id: str, passengers: list[dict]) -> None:
    # mndandanda wa okwera (manifest) umatumizidwa maola 6 ngalawa isanachoke
    r = session.post(f"/manifests/{sailing_id}", json={"passengers": passengers})
    r.raise_for_status()
""", _v, v=_v)

add("blind-md/python/decoy-hash-compare", "ferry-booking/integrations/webhook_verify.py", DOCS["python"], """import hashlib
import hmac
import os

# Chinsinsi chimachokera ku environment; chili pansipa ndi hash ya mayeso chabe.
SECRET = os.environb.get(b"LAKEVIEW_WEBHOOK_SECRET", b"")
KNOWN_SAMPLE_DIGEST = "@@h@@"


def verify(body: bytes, header: str) -> bool:
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))
""", h=hexs(64))

_v = aws_secret()
add("blind-md/python/boto3-keys", "auction/uploader/push_samples.py", DOCS["python"], """# Zithunzi za zitsanzo za tiyi zopita ku broker (Limbe auction floor)
import boto3
from pathlib import Path

s3 = boto3.client(
    "s3",
    region_name="af-south-1",
    aws_access_key_id="@@i@@",
    aws_secret_access_key="@@v@@",
)

for photo in Path("/srv/samples/outgoing").glob("*.jpg"):
    lot = photo.stem  # e.g. CHS-2025-0412-BP1
    s3.upload_file(str(photo), "chisoka-auction-samples", f"2025/{lot}.jpg")
    print("zatumizidwa", lot)
""", _v, v=_v, i=aws_id())

add("blind-md/python/decoy-boto3-profile", "auction/uploader/push_catalogue.py", DOCS["python"], """import boto3

# Gwiritsani ntchito profile ya ~/.aws/credentials kapena IAM role ya EC2
session = boto3.Session(profile_name="auction-uploads")
s3 = session.client("s3")

KEY_ID_FOR_AUDIT = "AKIA****************"  # yabisidwa (masked) mu malipoti

s3.upload_file("catalogue.pdf", "chisoka-auction-samples", "2025/catalogue.pdf")
print("catalogue yatumizidwa")
""")

_v = aws_secret()
add("blind-md/env/aws-temporary-credentials", "auction/.env.local", DOCS["dotenv"], """# Ma credential a kanthawi (sso) - amatha mu maola 12
AWS_REGION=af-south-1
AWS_ACCESS_KEY_ID=ASIA@@k@@
AWS_SECRET_ACCESS_KEY=@@v@@
AWS_SESSION_TOKEN=@@t@@
BUCKET=chisoka-auction-samples
""", _v, v=_v, k=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), t=session_token())

add("blind-md/env/decoy-op-references", "ferry-booking/.env.tpl", "https://developer.1password.com/docs/cli/secrets-template-syntax/", """# op inject -i .env.tpl -o .env
DATABASE_URL=postgres://booking:{{ op://Ferry/booking-db/password }}@localhost:5432/ferry
STRIPE_SECRET_KEY={{ op://Ferry/stripe/secret key }}
TWILIO_AUTH_TOKEN={{ op://Ferry/twilio/credential }}
REDIS_URL=redis://localhost:6379/0
SEATS_HOLD_MINUTES=15
""")

_v = fine_grained()
add("blind-md/shell/github-fine-grained", "ops/scripts/mirror-estate-repos.sh", DOCS["shell"], """#!/bin/sh
# Kukopera ma repo a estate ku seva ya backup usiku uliwonse
set -e
GH_TOKEN=@@v@@
DEST=/backups/git

for repo in plucking-tally scale-bridge estate-weather factory-withering; do
  if [ -d "$DEST/$repo.git" ]; then
    git -C "$DEST/$repo.git" remote update --prune
  else
    git clone --mirror "https://oauth2:${GH_TOKEN}@github.com/chisoka-estate/$repo.git" "$DEST/$repo.git"
  fi
done
echo "Zatha $(date)"
""", _v, v=_v)

add("blind-md/shell/decoy-gh-auth-token-cmd", "ops/scripts/open-release.sh", DOCS["shell"], """#!/usr/bin/env bash
set -euo pipefail
# Token imachokera ku `gh auth login`, osati mu script
export GH_TOKEN="$(gh auth token)"
TAG="v$(date +%Y.%m.%d)"
gh release create "$TAG" --repo chisoka-estate/plucking-tally \\
  --title "Tally $TAG" --notes "Zosintha za mlungu uno"
echo "Release $TAG yapangidwa"
""")

_v = rand_pw(18)
add("blind-md/shell/heredoc-pgpass", "ops/scripts/setup-reporting-host.sh", DOCS["shell"], """#!/usr/bin/env bash
# Kukonza kompyuta ya malipoti ku ofesi ya Blantyre (Power BI gateway)
set -euo pipefail

apt-get install -y postgresql-client
cat > /home/reports/.pgpass <<'EOF'
10.20.4.11:5432:plucking:auction_reports:@@v@@
EOF
chmod 600 /home/reports/.pgpass
chown reports:reports /home/reports/.pgpass
echo "pgpass yakonzedwa"
""", _v, v=_v)

_v = rand_pw(26)
add("blind-md/python/split-password", "factory/ctc-line/ctc_logger/opc.py", DOCS["python"], """from asyncua import Client

ENDPOINT = "opc.tcp://10.30.1.15:4840"
USER = "ctc_reader"
# mawu achinsinsi aatali, agawidwa pa mizere iwiri
PASSWORD = ("@@a@@"
            "@@b@@")


async def read_throughput():
    async with Client(url=ENDPOINT) as c:
        c.set_user(USER)
        c.set_password(PASSWORD)
        node = c.get_node("ns=2;s=CTC.Line1.KgPerHour")
        return await node.read_value()
""", _v, a=_v[:13], b=_v[13:])

add("blind-md/python/decoy-opc-anonymous", "factory/ctc-line/ctc_logger/opc_test.py", DOCS["python"], """# Mayeso pa simulator: palibe mawu achinsinsi (anonymous)
import asyncio
from asyncua import Client

SIM = "opc.tcp://localhost:4840"
PASSWORD = None  # simulator ilibe auth


async def main():
    async with Client(url=SIM) as c:
        v = await c.get_node("ns=2;s=CTC.Line1.KgPerHour").read_value()
        print("kg/h:", v)

asyncio.run(main())
""")

_v = rand_pw(16)
add("blind-md/json/json-in-string", "ferry-booking/api/src/config/partners.js", DOCS["js"], """// Zokonza za ma partner, zimachokera ku chinthu chimodzi cha JSON
const raw = process.env.PARTNERS_JSON || '{"ilala_agency":{"sftp_host":"sftp.ilala-agency.mw","user":"chambo","password":"@@v@@"},"lodges":{"api":"https://api.likomalodges.mw"}}';

const partners = JSON.parse(raw);

module.exports = {
  ilala: partners.ilala_agency,
  lodges: partners.lodges,
};
""", _v, v=_v)

add("blind-md/json/decoy-schema-example", "ferry-booking/api/openapi/booking.json", DOCS["json"], """{
  "openapi": "3.0.3",
  "info": { "title": "Chambo Ferries booking", "version": "2.8.0" },
  "components": {
    "securitySchemes": {
      "apiKey": { "type": "apiKey", "in": "header", "name": "X-Api-Key" }
    },
    "examples": {
      "partnerKey": { "summary": "Chitsanzo", "value": "YOUR_PARTNER_API_KEY" }
    }
  },
  "paths": {
    "/v1/sailings": { "get": { "summary": "Ndandanda ya ngalawa", "security": [{ "apiKey": [] }] } }
  }
}
""")

_k = fakes.fake_pem(_seed(), "")
_k = _k.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("blind-md/json/service-account-private-key", "ferry-app/functions/service-account.json", "https://firebase.google.com/docs/admin/setup", """{
  "type": "service_account",
  "project_id": "chambo-ferry-app",
  "private_key_id": "@@id@@",
  "private_key": "@@k@@",
  "client_email": "firebase-adminsdk-x1p2q@chambo-ferry-app.iam.gserviceaccount.com",
  "client_id": "104418820133715729934",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _k.replace("\n", "\\n"), id=hexs(40), k=_k.replace("\n", "\\n"))

add("blind-md/json/decoy-google-services", "ferry-app/android/app/google-services.json", "https://developers.google.com/android/guides/google-services-plugin", """{
  "project_info": {
    "project_number": "551204887310",
    "project_id": "chambo-ferry-app",
    "storage_bucket": "chambo-ferry-app.appspot.com"
  },
  "client": [
    {
      "client_info": { "mobilesdk_app_id": "1:551204887310:android:7c1e2a9b3d4f5e60", "android_client_info": { "package_name": "mw.chambo.ferry" } },
      "api_key": [ { "current_key": "@@k@@" } ]
    }
  ],
  "configuration_version": "1"
}
""", k=google_key())

_v = words_pw()
add("blind-md/md/note-sentence", "notes/2025-01-20-msonkhano.md", DOCS["md"], """# Msonkhano wa IT - 20 Januwale 2025

Analipo: Chimwemwe, Mphatso, Kondwani, Thoko (factory)

- Sikelo zatsopano 12 zafika; Mphatso aziyika ku Nsuwadzi division mlungu uno.
- Weighbridge PC yasinthidwa Windows 11. Akaunti ya `weigh` tsopano ili ndi mawu achinsinsi
  atsopano: @@v@@ (Thoko yekha ndi amene akuwadziwa kupatula IT).
- Drier 2 alarm ikugwira ntchito (Slack #fakitale).
- Tichite: kusamutsa ma password onse ku Bitwarden pofika Marichi.
""", _v, v=_v)

add("blind-md/md/decoy-meeting-note", "notes/2025-02-17-msonkhano.md", DOCS["md"], """# Msonkhano wa IT - 17 Febuluwale 2025

- Ma password onse a weighbridge ndi historian tsopano ali mu Bitwarden (collection "Factory").
- Akaunti ya `weigh`: mawu achinsinsi asinthidwa; onani Bitwarden, osati wiki kapena WhatsApp.
- Airtel Money: client secret yatsopano yapangidwa pa portal; yakale yachotsedwa (revoked).
- Fingerprint ya SSH host key ya gateway: `SHA256:@@f@@`
- Tichite: 2FA pa akaunti ya GitHub ya aliyense.
""", f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

_v = rand_pw(20)
add("blind-md/yaml/mqtt-password", "scale-bridge/deploy/mosquitto-bridge.yaml", DOCS["yaml"], """# Sikelo zimatumiza kulemera pa MQTT; bridge iyi imatumiza ku tally
mqtt:
  broker: tcp://10.20.9.2:1883
  client_id: scale-bridge-mwalunga
  username: scales
  password: @@v@@
  topics:
    - estate/mwalunga/scales/+/weight
    - estate/nsuwadzi/scales/+/weight
tally:
  url: https://tally.chisokaestate.mw/api/weighings
  batch: 50
""", _v, v=_v)

add("blind-md/yaml/decoy-sops-encrypted", "scale-bridge/deploy/secrets.enc.yaml", "https://github.com/getsops/sops#usage", """mqtt:
    password: ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
tally:
    token: ENC[AES256_GCM,data:@@d@@,iv:@@e@@,tag:@@f@@,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2025-02-03T08:11:42Z"
    version: 3.8.1
""", a=b64(hexs(15)), b=b64(hexs(24))[:32], c=b64(hexs(12)), d=b64(hexs(30)), e=b64(hexs(24))[:32], f=b64(hexs(12)))

_v = rand_pw(20)
_u = "https://tally_app:" + _v + "@tally.chisokaestate.mw/api/export?fmt=csv"
add("blind-md/shell/url-userinfo-cron", "ops/cron/daily-export", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# Kutulutsa kulemera kwa tsiku lililonse kupita ku ofesi ya Blantyre
SHELL=/bin/bash
MAILTO=it@chisokaestate.mw

# m h dom mon dow user command
30 18 * * * reports curl -fsS "@@u@@" -o /srv/exports/tally-$(date +\\%F).csv
45 18 * * * reports /usr/local/bin/upload-exports.sh
""", _v, u=_u)

add("blind-md/shell/decoy-cron-credfile", "ops/cron/weekly-backup", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# Backup ya database mlungu uliwonse (Lamulungu 02:00)
SHELL=/bin/bash
MAILTO=it@chisokaestate.mw
# PGPASSFILE ili ndi chmod 600, siili mu git
PGPASSFILE=/etc/estate/pgpass
0 2 * * 0 postgres pg_dump -h 10.20.4.11 -U backup -Fc plucking > /backups/plucking-$(date +\\%F).dump
""")

_v = rand_pw(32)
add("blind-md/ini/php-ini-style-secret", "lodge-ops/airtel/airtel.ini", DOCS["ini"], """; Airtel Money collection - malipiro a zipinda
[airtel]
base_url = https://openapi.airtel.africa
client_id = 9d3c1a7e-lodges-collect
client_secret = @@v@@
country = MW
currency = MWK
callback = https://likomalodges.mw/airtel/callback
""", _v, v=_v)

add("blind-md/ini/decoy-uat-sandbox", "lodge-ops/airtel/airtel.uat.ini", DOCS["ini"], """; UAT (sandbox) - Airtel amapereka zitsanzo izi m'mabuku awo
[airtel]
base_url = https://openapiuat.airtel.africa
client_id = <your-client-id>
client_secret = <your-client-secret>
country = MW
currency = MWK
callback = http://localhost:8000/airtel/callback
""")

_v = jwt_like()
add("blind-md/http/jwt-bearer", "ferry-booking/api/requests/holds.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", """### Kusunga mipando iwiri pa ngalawa ya Lachisanu
POST https://api.chamboferries.mw/v1/holds
Authorization: Bearer @@v@@
Content-Type: application/json

{
  "sailing": "CF-0214-MB",
  "seats": ["B12", "B13"],
  "passenger": { "name": "Chisomo Mbewe", "phone": "+265999000333" }
}
""", _v, v=_v)

add("blind-md/http/decoy-variable-token", "ferry-booking/api/requests/sailings.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", """### Ndandanda ya sabata
GET {{base}}/v1/sailings?port=NKHATA_BAY
Authorization: Bearer {{token}}

### Mipando yotsala
GET {{base}}/v1/sailings/CF-0214-MB/seats
Authorization: Bearer {{token}}
""")

_v = rand_pw(24)
add("blind-md/go/dsn-in-code", "ferry-booking/seatmap/db.go", DOCS["go"], """package seatmap

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Database ya mipando (seat maps) ya MV Chambo ndi MV Usipa
const dsn = "seatmap:@@v@@@tcp(10.40.0.12:3306)/seatmap?parseTime=true"

func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	return db, db.Ping()
}
""", _v, v=_v)

add("blind-md/go/decoy-test-dsn", "ferry-booking/seatmap/db_test.go", DOCS["go"], """package seatmap

import (
	"os"
	"testing"
)

// Mayeso amagwiritsa ntchito MySQL ya docker yokha (testcontainers); palibe mawu achinsinsi enieni.
func TestOpen(t *testing.T) {
	if os.Getenv("SEATMAP_TEST_DSN") == "" {
		t.Skip("SEATMAP_TEST_DSN palibe")
	}
	db, err := openWith(os.Getenv("SEATMAP_TEST_DSN"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
}
""")

_v = rand_pw(20)
add("blind-md/java/hardcoded-password", "factory/grading/src/main/java/mw/chisoka/grading/LabScale.java", DOCS["java"], """package mw.chisoka.grading;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

/** Sikelo ya labotale (moisture balance) - imapereka kulemera kwa zitsanzo za grading. */
public class LabScale {
    private static final String USER = "lab";
    private static final String PASSWORD = "@@v@@";

    public String reading() throws Exception {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://10.30.3.7/api/reading"))
                .header("Authorization", "Basic " + auth)
                .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", _v, v=_v)

add("blind-md/java/decoy-annotation-value", "factory/grading/src/main/java/mw/chisoka/grading/AuctionClient.java", DOCS["java"], """package mw.chisoka.grading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AuctionClient {
    // Kiyi ya broker (Limbe auction) imachokera ku environment: AUCTION_API_KEY
    @Value("${auction.api-key}")
    private String apiKey;

    @Value("${auction.base-url:https://api.auction-floor.mw}")
    private String baseUrl;

    public String lotsUrl(String season) {
        return baseUrl + "/v1/lots?season=" + season;
    }
}
""")

_v = b64("booking-svc:" + words_pw())
add("blind-md/yaml/basic-auth-header", "ferry-booking/gateway/kong.yaml", "https://docs.konghq.com/gateway/latest/production/deployment-topologies/db-less-and-declarative-config/", """_format_version: "3.0"
services:
  - name: lodges-upstream
    url: https://api.likomalodges.mw
    routes:
      - name: lodges
        paths: ["/lodges"]
    plugins:
      - name: request-transformer
        config:
          add:
            headers:
              - "Authorization: Basic @@v@@"
  - name: booking
    url: http://booking-api.ferry.svc:8080
""", _v, v=_v)

add("blind-md/yaml/decoy-basic-auth-htpasswd", "ferry-booking/gateway/ingress-auth.yaml", DOCS["k8s"], """apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: booking-admin
  namespace: ferry
  annotations:
    nginx.ingress.kubernetes.io/auth-type: basic
    nginx.ingress.kubernetes.io/auth-secret: booking-admin-htpasswd
    nginx.ingress.kubernetes.io/auth-realm: "Lowani - oyang'anira okha"
spec:
  rules:
    - host: admin.chamboferries.mw
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: booking-admin, port: { number: 80 } }
""")

_v = fakes.fake("", 32, _seed())
add("blind-md/php/array-config-key", "lodge-site/config/channel_manager.php", DOCS["php"], """<?php
// Channel manager (Booking.com / Expedia sync ya zipinda)
return [
    'endpoint' => 'https://supplier-xml.channelhub.io/v3',
    'property_id' => 'MW-LIKOMA-0042',
    'username' => 'likoma_lodges',
    'api_secret' => '@@v@@',
    'sync_days_ahead' => 180,
    'rooms' => [
        'chambo-suite' => 'CS',
        'usipa-double' => 'UD',
        'beach-banda' => 'BB',
    ],
];
""", _v, v=_v)

add("blind-md/php/decoy-hash-password", "lodge-site/database/seeders/AdminSeeder.php", DOCS["laravel"], """<?php

namespace Database\\Seeders;

use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\Hash;
use Illuminate\\Support\\Str;
use App\\Models\\User;

class AdminSeeder extends Seeder
{
    public function run(): void
    {
        // Mawu achinsinsi amapangidwa mwachisawawa; woyang'anira amasintha pa kulowa koyamba
        User::create([
            'name' => 'Oyang\\'anira',
            'email' => 'admin@likomalodges.mw',
            'password' => Hash::make(Str::random(32)),
        ]);
    }
}
""")

_v = rand_pw(20, "#")
add("blind-md/nginx/proxy-auth-header", "lodge-ops/nginx/reviews.conf", DOCS["nginx"], """# Proxy ya ndemanga (reviews) ku TripAdvisor content API
server {
    listen 443 ssl;
    server_name reviews.likomalodges.mw;

    ssl_certificate     /etc/letsencrypt/live/likomalodges.mw/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/likomalodges.mw/privkey.pem;

    location /api/ {
        proxy_pass https://api.content.tripadvisor.com/api/v1/;
        proxy_set_header X-TripAdvisor-API-Key "@@v@@";
        proxy_set_header Host api.content.tripadvisor.com;
    }
}
""", _v, v=_v)

add("blind-md/nginx/decoy-cert-paths", "lodge-ops/nginx/site.conf", DOCS["nginx"], """server {
    listen 443 ssl http2;
    server_name likomalodges.mw www.likomalodges.mw;

    ssl_certificate     /etc/letsencrypt/live/likomalodges.mw/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/likomalodges.mw/privkey.pem;
    auth_basic_user_file /etc/nginx/.htpasswd;   # yopangidwa ndi htpasswd, siili mu git

    root /srv/likoma/public;
    index index.php;
    location ~ \\.php$ { fastcgi_pass unix:/run/php/php8.2-fpm.sock; include fastcgi_params; }
}
""")

_v = stripe("rk_live_")
add("blind-md/ruby/stripe-restricted-key", "lodge-ops/lib/tasks/refunds.rake", DOCS["ruby"], """# Kubweza ndalama (refunds) za ma booking oletsedwa chifukwa cha mphepo pa nyanja
namespace :refunds do
  desc "Bwezerani ndalama za ma booking a tsiku lomwe ngalawa sinayende"
  task :storm_day, [:date] => :environment do |_t, args|
    Stripe.api_key = "@@v@@"
    Booking.where(sailing_date: args[:date], status: "paid").find_each do |b|
      Stripe::Refund.create(payment_intent: b.payment_intent_id)
      b.update!(status: "refunded")
      puts "Zabwezedwa: #{b.ref}"
    end
  end
end
""", _v, v=_v)

add("blind-md/ruby/decoy-test-stripe-mock", "lodge-ops/spec/support/stripe.rb", DOCS["ruby"], """# Mayeso: Stripe ndi yonyenga (stripe-ruby-mock), palibe kiyi yeniyeni
require "stripe_mock"

RSpec.configure do |config|
  config.before(:each, :stripe) do
    StripeMock.start
    Stripe.api_key = "sk_test_fake_for_specs"
  end
  config.after(:each, :stripe) { StripeMock.stop }
end
""")

_v = words_pw()
add("blind-md/powershell/connection-string-arg", "payroll/scripts/Sync-Mpamba.ps1", DOCS["ps"], """<#
  Kugwirizanitsa malipiro otumizidwa pa TNM Mpamba ndi database ya payroll.
#>
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=sql01.estate.lan;Database=Payroll;User ID=mpamba_sync;Password=@@v@@;"
$conn.Open()

$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT Ref, Msisdn, AmountMwk FROM Payouts WHERE Channel='MPAMBA' AND Reconciled=0"
$reader = $cmd.ExecuteReader()
while ($reader.Read()) {
    Write-Output ("{0} {1} MWK {2}" -f $reader["Ref"], $reader["Msisdn"], $reader["AmountMwk"])
}
$conn.Close()
""", _v, v=_v)

add("blind-md/powershell/decoy-securestring", "payroll/scripts/New-ServiceAccount.ps1", DOCS["ps"], """# Kupanga akaunti ya service: mawu achinsinsi amalembedwa pa nthawi yoyendetsa
$pw = Read-Host -AsSecureString "Mawu achinsinsi atsopano"
New-LocalUser -Name "mpamba_sync" -Password $pw -FullName "Mpamba sync" -Description "Payroll reconciliation"
Add-LocalGroupMember -Group "Users" -Member "mpamba_sync"
Write-Host "Akaunti yapangidwa. Sungani mawu achinsinsi mu Bitwarden."
""")

_v = rand_pw(22)
add("blind-md/env/amqp-url", "factory/withering/.env", DOCS["dotenv"], """# Withering -> drier scheduling queue
RABBIT_URL=amqp://wither:@@v@@@mq.factory.lan:5672/factory
TROUGH_COUNT=14
TARGET_MOISTURE=68
TZ=Africa/Blantyre
""", _v, v=_v)

_v = fakes.drawn(_seed(), 43, ALNUM + "+/") + "="
add("blind-md/ini/wireguard-private-key", "ops/wireguard/wg-estate.conf", "https://www.wireguard.com/quickstart/", """# VPN pakati pa ofesi ya Thyolo ndi Blantyre
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@v@@
ListenPort = 51820
DNS = 10.20.0.1

[Peer]
# Blantyre office
PublicKey = @@p@@
Endpoint = vpn.chisokaestate.mw:51820
AllowedIPs = 10.10.0.0/16
PersistentKeepalive = 25
""", _v, v=_v, p=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-md/ini/decoy-wireguard-peer-only", "ops/wireguard/peers-likoma.conf", "https://www.wireguard.com/quickstart/", """# Ma peer okha (ma public key) - PrivateKey ili pa router ya Likoma yokha
[Peer]
# Likoma lodge router
PublicKey = @@a@@
AllowedIPs = 10.99.0.10/32

[Peer]
# Cape Maclear lodge router
PublicKey = @@b@@
AllowedIPs = 10.99.0.11/32
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", b=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

_v = rand_pw(18)
add("blind-md/yaml/ldap-bind-password", "infra/keycloak/ldap-federation.yaml", "https://www.keycloak.org/docs/latest/server_admin/#_ldap", """# Keycloak: ogwira ntchito a estate alowa ndi akaunti zawo za Active Directory
realm: estate
components:
  org.keycloak.storage.UserStorageProvider:
    - name: estate-ad
      providerId: ldap
      config:
        connectionUrl: ["ldaps://dc01.estate.lan:636"]
        bindDn: ["CN=svc-keycloak,OU=Service,DC=estate,DC=lan"]
        bindCredential: ["@@v@@"]
        usersDn: ["OU=Staff,DC=estate,DC=lan"]
        editMode: ["READ_ONLY"]
""", _v, v=_v)

_v = slack_webhook()
add("blind-md/python/slack-webhook-split-url", "factory/drier/alerts.py", DOCS["python"], """import json
import urllib.request

# Webhook ya #fakitale (Slack)
WEBHOOK = (
    "@@a@@"
    "@@b@@"
)


def chenjeza(drier: int, temp_c: float) -> None:
    msg = {"text": f":fire: Drier {drier}: kutentha {temp_c:.0f}C - onani tsopano!"}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(msg).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", _v, a=_v[:33], b=_v[33:])

_v = fakes.fake("", 40, _seed())
add("blind-md/md/wiki-table-token", "wiki/Integrations.md", DOCS["md"], """# Ma integration (Integrations)

| Service            | Kagwiritsidwe                | Credential                                   |
|--------------------|------------------------------|----------------------------------------------|
| Airtel Money       | malipiro a othyola           | Bitwarden "Payroll / Airtel"                 |
| OpenWeatherMap     | nyengo ya Thyolo             | env `OWM_API_KEY`                            |
| Auction floor API  | kutumiza ma lot ku Limbe     | `@@v@@`     |
| Slack              | zidziwitso za fakitale       | webhook (Slack app config)                   |

Zindikirani: ngati kiyi ya auction yasinthidwa, sinthani pano ndi mu `auction/.env`.
""", _v, v=_v)

add("blind-md/md/decoy-wiki-rotation", "wiki/Key-rotation.md", DOCS["md"], """# Kusintha makiyi (key rotation)

Mwezi uliwonse wachitatu:

1. Pangani kiyi yatsopano pa portal ya service.
2. Ikani mu Vault: `vault kv put secret/estate/<service> key=<kiyi-yatsopano>`
3. Yambitsaninso (restart) pods: `kubectl -n estate rollout restart deploy/<name>`
4. Chotsani kiyi yakale (revoke).

Chitsanzo cha lamulo:

```
vault kv put secret/estate/auction key=REPLACE_ME
```
""")

_v = words_pw()
add("blind-md/yaml/ansible-inline-password", "infra/ansible/playbooks/weighbridge.yml", DOCS["ansible"], """---
- name: Kukonza weighbridge PC (Windows)
  hosts: weighbridge
  vars:
    ansible_connection: winrm
    ansible_user: Administrator
    ansible_password: "@@v@@"
    ansible_winrm_transport: ntlm
    ansible_winrm_server_cert_validation: ignore
  tasks:
    - name: Ikani weighbridge software
      win_package:
        path: \\\\fs01\\software\\WeighPro-5.2.msi
        state: present
""", _v, v=_v)

add("blind-md/yaml/decoy-ansible-vault-var", "infra/ansible/playbooks/lodges.yml", DOCS["ansible"], """---
- name: Ma seva a lodge
  hosts: lodges
  become: true
  vars_files:
    - ../group_vars/lodges/vault.yml
  vars:
    mysql_root_password: "{{ vault_mysql_root_password }}"
    site_db_password: "{{ vault_site_db_password }}"
  roles:
    - common
    - mysql
    - php-site
""")

_v = twilio_sid()
_t = hexs(32)
add("blind-md/csharp/twilio-in-code", "ferry-ops/Ferry.Notify/SmsSender.cs", DOCS["csharp"], """using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Ferry.Notify;

public static class SmsSender
{
    // Uthenga kwa okwera (passengers) ngati ngalawa yaletsedwa chifukwa cha mphepo (mwera)
    public static void Init() => TwilioClient.Init("@@s@@", "@@t@@");

    public static void Cancelled(string phone, string sailing) =>
        MessageResource.Create(
            to: new Twilio.Types.PhoneNumber(phone),
            from: new Twilio.Types.PhoneNumber("+12025550147"),
            body: $"Ngalawa {sailing} yaletsedwa lero chifukwa cha mphepo. Ndalama zanu zibwezedwa.");
}
""", _t, s=_v, t=_t)

_v = rand_pw(20)
add("blind-md/xml/connection-strings-config", "ferry-ops/Ferry.Manifest/App.config", DOCS["csharp"], """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Manifest ya okwera: imatumizidwa ku Marine Department maola 6 ngalawa isanachoke -->
  <connectionStrings>
    <add name="Ferry"
         connectionString="Data Source=sql-ferry.lake.lan;Initial Catalog=Ferry;User ID=manifest;Password=@@v@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="MarineDeptEmail" value="manifests@marine.gov.mw" />
    <add key="HoursBeforeDeparture" value="6" />
  </appSettings>
</configuration>
""", _v, v=_v)

add("blind-md/xml/decoy-transform-placeholder", "ferry-ops/Ferry.Manifest/App.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/dd465326(v=vs.110)", """<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Ferry"
         connectionString="Data Source=sql-ferry.lake.lan;Initial Catalog=Ferry;User ID=manifest;Password=#{ManifestDbPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

_v = telegram()
add("blind-md/env/telegram-token", "lodge-ops/bot/.env", DOCS["dotenv"], """# Bot ya Telegram ya ogwira ntchito ku lodge (housekeeping, zipinda zokonzeka)
TELEGRAM_BOT_TOKEN=@@v@@
STAFF_CHAT_ID=-1001934421875
LODGE=cape-maclear
LANG=ny
""", _v, v=_v)

add("blind-md/env/decoy-masked", "lodge-ops/bot/.env.sample", DOCS["dotenv"], """# Chitsanzo - tokeni yeniyeni ili pa seva yokha
TELEGRAM_BOT_TOKEN=1234567890:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
STAFF_CHAT_ID=-100XXXXXXXXXX
LODGE=cape-maclear
LANG=ny
""")

_v = pem("RSA")
add("blind-md/shell/heredoc-private-key", "ops/scripts/bootstrap-bastion.sh", DOCS["shell"], """#!/usr/bin/env bash
# Kukhazikitsa bastion yatsopano ya estate
set -e
useradd -m -s /bin/bash ops || true
mkdir -p /home/ops/.ssh
cat > /home/ops/.ssh/id_rsa <<'KEY'
@@k@@
KEY
chmod 600 /home/ops/.ssh/id_rsa
chown -R ops:ops /home/ops/.ssh
echo "bastion yakonzeka"
""", _v, k=_v)

add("blind-md/shell/decoy-ssh-keygen", "ops/scripts/new-deploy-key.sh", DOCS["shell"], """#!/usr/bin/env bash
# Pangani kiyi yatsopano ya deploy; private key siichoka pa kompyuta iyi
set -euo pipefail
NAME=${1:?dzina la kiyi}
ssh-keygen -t ed25519 -N "" -C "deploy-$NAME@chisokaestate.mw" -f "$HOME/.ssh/deploy_$NAME"
echo "Ikani public key iyi pa GitHub (Deploy keys):"
cat "$HOME/.ssh/deploy_$NAME.pub"
""")

_v = rand_pw(16)
add("blind-md/python/ftp-login", "auction/catalogue/ftp_push.py", DOCS["python"], """\"\"\"Kutumiza catalogue ya sabata kwa broker pa FTP (broker sanasinthebe kukhala SFTP).\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

HOST = "ftp.limbe-brokers.mw"


def push(path: Path) -> None:
    with FTP_TLS(HOST, timeout=60) as ftp:
        ftp.login("chisoka", "@@v@@")
        ftp.prot_p()
        ftp.cwd("/incoming/catalogues")
        with path.open("rb") as f:
            ftp.storbinary(f"STOR {path.name}", f)
    print("catalogue yatumizidwa:", path.name)
""", _v, v=_v)

_v = rand_pw(14)
add("blind-md/history/redis-cli-auth", "ops/home/mphatso/.bash_history", DOCS["history"], """kubectl -n ferry get pods
kubectl -n ferry port-forward svc/booking-redis 6379:6379 &
redis-cli -h 127.0.0.1 -a @@v@@ --no-auth-warning keys 'hold:*' | head
redis-cli -h 127.0.0.1 -a @@v@@ --no-auth-warning ttl hold:CF-0214-MB:B12
kill %1
git status
""", _v, v=_v)

_v = ghp()
add("blind-md/dockerfile/git-clone-token", "factory/grading/Dockerfile.legacy", DOCS["docker"], """FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Library ya grading rules ili mu repo yachinsinsi (private)
RUN git clone https://@@v@@@github.com/chisoka-estate/grading-rules.git /deps/grading-rules \\
 && cd /deps/grading-rules && mvn -q install -DskipTests
COPY . .
RUN mvn -q package -DskipTests

FROM eclipse-temurin:17-jre
COPY --from=build /build/target/grading.jar /app/grading.jar
CMD ["java", "-jar", "/app/grading.jar"]
""", _v, v=_v)

_v = rand_pw(24)
add("blind-md/k8s/stringdata-password", "deploy/k8s/historian-secret.yaml", DOCS["k8s"], """apiVersion: v1
kind: Secret
metadata:
  name: historian-mysql
  namespace: factory
type: Opaque
stringData:
  MYSQL_USER: wither_writer
  MYSQL_PASSWORD: "@@v@@"
  MYSQL_DATABASE: withering
""", _v, v=_v)

_inner = b64("chambo-ci:" + ghp())
_v = b64('{"auths":{"ghcr.io":{"auth":"' + _inner + '"}}}')
add("blind-md/k8s/dockerconfigjson", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: ferry
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@v@@
""", _inner, v=_v)

add("blind-md/k8s/decoy-configmap", "deploy/k8s/booking-api-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  namespace: ferry
data:
  SEATS_HOLD_MINUTES: "15"
  PORTS: "MONKEY_BAY,CHIPOKA,NKHATA_BAY,LIKOMA,CHIZUMULU"
  STRIPE_PUBLISHABLE_KEY: "@@k@@"
  DATABASE_PASSWORD_FILE: /var/run/secrets/booking-db/password
  LOG_REDACT: "true"
""", k=stripe("pk_live_"))

_v = sendgrid()
add("blind-md/yaml/sendgrid-in-app-yaml", "lodge-reviews/app.yaml", "https://cloud.google.com/appengine/docs/standard/reference/app-yaml", """runtime: nodejs20
service: reviews
env_variables:
  NODE_ENV: production
  SENDGRID_API_KEY: "@@v@@"
  THANK_YOU_TEMPLATE: d-4c1f0e8b2a7d4b6e9c3a5f7e1d2b8c0a
  DEFAULT_LANG: ny
automatic_scaling:
  max_instances: 2
""", _v, v=_v)

_v = fakes.fake("", 36, _seed())
add("blind-md/ts/api-key-in-fetch", "ferry-booking/web/src/lib/weather.ts", DOCS["ts"], """// Mphepo pa nyanja (wind) - timaonetsa chenjezo pa tsamba la kusungitsa
const WINDY_URL = "https://api.windy.com/api/point-forecast/v2";

export async function lakeWind(lat: number, lon: number) {
  const res = await fetch(WINDY_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      lat, lon,
      model: "gfs",
      parameters: ["wind", "windGust"],
      key: "@@v@@",
    }),
  });
  if (!res.ok) throw new Error("mphepo: " + res.status);
  return res.json();
}
""", _v, v=_v)

_v = rand_pw(20)
add("blind-md/js/nodemailer-auth", "lodge-reviews/mailer.js", DOCS["js"], """const nodemailer = require("nodemailer");

// Imelo ya "zikomo" kwa alendo atalemba ndemanga
const transport = nodemailer.createTransport({
  host: "smtp.zoho.com",
  port: 465,
  secure: true,
  auth: {
    user: "alendo@capemaclearlodge.mw",
    pass: "@@v@@",
  },
});

module.exports = (to, name) => transport.sendMail({
  from: '"Cape Maclear Lodge" <alendo@capemaclearlodge.mw>',
  to,
  subject: "Zikomo kwambiri!",
  text: `Moni ${name}, zikomo chifukwa cha ndemanga yanu. Tikuyembekezerani kachiwiri.`,
});
""", _v, v=_v)

_v = azure_secret()
add("blind-md/tf/azure-client-secret", "infra/terraform/azure/backup.tf", DOCS["tf"], """# Backup ya ma database a estate ku Azure (South Africa North)
provider "azurerm" {
  features {}
  subscription_id = "2f6c8a1e-4b3d-4e7f-9a0c-5d1b2e3f4a6c"
  tenant_id       = "b1d7e3a2-5c44-4f0e-9a61-0c2f8e7d3b15"
  client_id       = "0c9e5b2a-7d1f-4a3e-8b6c-2e4f1a9d7c30"
  client_secret   = "@@v@@"
}

resource "azurerm_storage_account" "backups" {
  name                     = "chisokabackups"
  resource_group_name      = "estate-backups"
  location                 = "southafricanorth"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
""", _v, v=_v)

add("blind-md/tf/decoy-data-source-secret", "infra/terraform/azure/keyvault.tf", DOCS["tf"], """data "azurerm_key_vault" "estate" {
  name                = "kv-chisoka-estate"
  resource_group_name = "estate-security"
}

# Mawu achinsinsi amawerengedwa ku Key Vault pa nthawi ya plan
data "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-admin-password"
  key_vault_id = data.azurerm_key_vault.estate.id
}

output "sql_admin_secret_version" {
  value = data.azurerm_key_vault_secret.sql_admin.version
}
""")

_v = "DefaultEndpointsProtocol=https;AccountName=chisokabackups;AccountKey=" + fakes.drawn(_seed(), 86, ALNUM + "+/") + "==;EndpointSuffix=core.windows.net"
_k = _v.split("AccountKey=")[1].split(";")[0]
add("blind-md/env/azure-storage-connection", "ops/backup/.env", DOCS["dotenv"], """# Backup ya usiku - zimatumizidwa ku Azure Blob
AZURE_STORAGE_CONNECTION_STRING="@@v@@"
BACKUP_CONTAINER=db-dumps
RETENTION_DAYS=30
DUMP_HOUR=2
""", _k, v=_v)

add("blind-md/env/decoy-azurite-dev", "ops/backup/.env.dev", DOCS["dotenv"], """# Azurite (emulator) pa kompyuta yanu; kiyi iyi ndi yodziwika bwino m'mabuku a Microsoft
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
BACKUP_CONTAINER=db-dumps
RETENTION_DAYS=1
DUMP_HOUR=now
""")

_v = rand_pw(19)
add("blind-md/md/runbook-command-line", "docs/runbooks/ferry-db-restore.md", DOCS["md"], """# Kubwezeretsa database ya ferry (restore)

Ngati database yawonongeka (mwachitsanzo disk yadzaza):

```bash
aws s3 cp s3://chambo-backups/ferry/latest.dump /tmp/
pg_restore --clean --if-exists \\
  -d "postgresql://ferry_admin:@@v@@@ferry-db.c9xk2.af-south-1.rds.amazonaws.com/ferry" \\
  /tmp/latest.dump
```

Kenako yambitsaninso booking-api: `kubectl -n ferry rollout restart deploy/booking-api`.

Nthawi yonse: pafupifupi mphindi 20.
""", _v, v=_v)

_v = pem("DSA")
add("blind-md/yaml/private-key-block", "infra/ansible/group_vars/lodges/sftp.yml", DOCS["ansible"], """---
# SFTP ya ma invoice a lodge (accountant ku Lilongwe)
sftp_host: sftp.lodgeaccounts.mw
sftp_user: likoma
sftp_private_key: |
  @@k@@
sftp_remote_dir: /invoices/likoma
""", _v, k=_v.replace("\n", "\n  "))

add("blind-md/yaml/decoy-key-path", "infra/ansible/group_vars/lodges/main.yml", DOCS["ansible"], """---
sftp_host: sftp.lodgeaccounts.mw
sftp_user: likoma
sftp_private_key_path: /etc/lodge/keys/sftp_ed25519   # imakopedwa ndi role ya 'keys' kuchokera ku Vault
sftp_remote_dir: /invoices/likoma
lodge_timezone: Africa/Blantyre
backup_hour: 3
""")

_v = rand_pw(28)
add("blind-md/properties/gradle-publish-password", "factory/grading/gradle.properties", DOCS["properties"], """org.gradle.jvmargs=-Xmx2g
kotlin.code.style=official
# Nexus ya estate (kutulutsa grading-rules)
estateNexusUrl=https://nexus.chisokaestate.mw/repository/releases/
estateNexusUser=publisher
estateNexusPassword=@@v@@
""", _v, v=_v)

add("blind-md/properties/decoy-gradle-empty", "ferry-app/android/gradle.properties", DOCS["properties"], """org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Signing: ikani mu ~/.gradle/gradle.properties ya kompyuta yomanga (osati pano)
CHAMBO_UPLOAD_STORE_PASSWORD=
CHAMBO_UPLOAD_KEY_PASSWORD=
""")

_v = rand_pw(16)
add("blind-md/kotlin/signing-config-password", "ferry-app/android/app/signing.gradle.kts", DOCS["kotlin"], """// Signing ya Play Store upload key
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/chambo-upload.jks")
            storePassword = "@@v@@"
            keyAlias = "chambo-upload"
            keyPassword = "@@v@@"
        }
    }
    buildTypes {
        getByName("release") {
            signingConfig = signingConfigs.getByName("release")
            isMinifyEnabled = true
        }
    }
}
""", _v, v=_v)

_v = "https://outlook.office.com/webhook/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s()
add("blind-md/powershell/teams-webhook", "payroll/scripts/Notify-PayrollDone.ps1", DOCS["ps"], """# Kudziwitsa ofesi ya zachuma (finance) pa Teams kuti malipiro atumizidwa
param([int]$Paid, [decimal]$TotalMwk)

$hook = '@@v@@'
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = 'Malipiro'
    text       = "Malipiro a othyola $Paid atumizidwa: MWK $TotalMwk"
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $hook -Body $card -ContentType 'application/json'
""", _v, v=_v)

_v = fakes.fake("", 40, _seed())
add("blind-md/swift/api-secret-plist", "ferry-app/ios/ChamboFerry/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>ApiBase</key>
    <string>https://api.chamboferries.mw/v1</string>
    <key>PartnerApiSecret</key>
    <string>@@v@@</string>
    <key>DefaultLanguage</key>
    <string>ny</string>
</dict>
</plist>
""", _v, v=_v)

add("blind-md/xml/decoy-plist-public-ids", "ferry-app/ios/ChamboFerry/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>GCM_SENDER_ID</key>
    <string>551204887310</string>
    <key>BUNDLE_ID</key>
    <string>mw.chambo.ferry</string>
    <key>PROJECT_ID</key>
    <string>chambo-ferry-app</string>
    <key>GOOGLE_APP_ID</key>
    <string>1:551204887310:ios:2b8e4f6a1c3d5e70</string>
</dict>
</plist>
""")

_v = words_pw()
add("blind-md/python/smtp-login", "wages/payout/payslip_mail.py", DOCS["python"], """import smtplib
from email.message import EmailMessage

# Kutumiza payslip ya PDF kwa ma supervisor a division iliyonse


def send(to: str, division: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Malipiro a mlungu - {division}"
    msg["From"] = "payroll@chisokaestate.mw"
    msg["To"] = to
    msg.set_content("Moni, payslips za mlungu uno zili pansipa. Zikomo.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{division}.pdf")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("payroll@chisokaestate.mw", "@@v@@")
        s.send_message(msg)
""", _v, v=_v)

_v = b64("\0payroll@chisokaestate.mw\0" + rand_pw(16))
add("blind-md/log/smtp-auth-plain", "logs/payslip-mail-debug.log", DOCS["log"], """send: 'ehlo estate-app01\\r\\n'
reply: b'250-smtp.office365.com Hello [41.70.3.18]\\r\\n'
reply: b'250-AUTH LOGIN PLAIN XOAUTH2\\r\\n'
reply: b'250 SMTPUTF8\\r\\n'
send: 'AUTH PLAIN @@v@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<payroll@chisokaestate.mw> size=48211\\r\\n'
reply: b'250 2.1.0 Sender OK\\r\\n'
""", _v, v=_v)

add("blind-md/log/decoy-auth-failed", "logs/scale-bridge-2025-03-02.log", DOCS["log"], """2025-03-02 06:14:01 INFO  scale-bridge v0.6.2 starting (block=Mwalunga)
2025-03-02 06:14:02 INFO  mqtt connected user=scales password=*** broker=10.20.9.2
2025-03-02 06:20:44 INFO  weighing plucker=MW-00412 kg=18.4
2025-03-02 06:21:10 WARN  tally upload 401: token expired (token id 7f3e...c21a)
2025-03-02 06:21:11 INFO  retrying with refreshed token
2025-03-02 06:21:12 INFO  batch 50 uploaded
""")

_v = fakes.fake("", 32, _seed())
add("blind-md/csv/partner-keys-export", "ferry-booking/data/partners.csv", DOCS["csv"], """partner_id,dzina,contact,api_key,status
LV01,Lakeview Agents,ops@lakeview-agents.mw,(rotated 2024-11),revoked
MT02,Mzuzu Travel,bookings@mzuzutravel.mw,@@v@@,active
IL03,Ilala Agency,info@ilala-agency.mw,see portal,active
NB04,Nkhata Bay Tours,hello@nbtours.mw,,pending
""", _v, v=_v)

add("blind-md/csv/decoy-booking-refs", "ferry-booking/data/bookings-2025-02-14.csv", DOCS["csv"], """ref,sailing,seat,passenger,phone_masked,payment_ref,amount_mwk
CF-88213,CF-0214-MB,B12,Chisomo Mbewe,+265 99* *** 333,pi_@@a@@,42000
CF-88214,CF-0214-MB,B13,Yamikani Mbewe,+265 99* *** 334,pi_@@b@@,42000
CF-88240,CF-0214-MB,A02,Dalitso Tembo,+265 88* *** 019,AIRTEL-7718300211,38000
CF-88251,CF-0214-MB,C07,Tiyamike Gondwe,+265 99* *** 871,MPAMBA-5501823,38000
""", a=fakes.drawn(_seed(), 24), b=fakes.drawn(_seed(), 24))

_v = rand_pw(20)
add("blind-md/toml/db-password-toml", "scale-bridge/config/production.toml", DOCS["toml"], """[bridge]
division = "Nsuwadzi"
poll_ms = 500

[buffer]
# Ngati intaneti yatha, kulemera kumasungidwa mu SQLite kaye
path = "/var/lib/scale-bridge/buffer.db"

[tally_db]
url = "postgresql://bridge_writer:@@v@@@10.20.4.11:5432/plucking"
pool = 4
""", _v, v=_v)

_v = fakes.fake("", 64, _seed())
add("blind-md/yaml/influx-token", "factory/telegraf/telegraf.yaml", "https://docs.influxdata.com/telegraf/v1/configuration/", """# Telegraf: ma sensor a fakitale (withering, CTC, drier) -> InfluxDB
agent:
  interval: 10s
outputs:
  influxdb_v2:
    urls: ["http://influx.factory.lan:8086"]
    token: "@@v@@=="
    organization: chisoka
    bucket: factory
inputs:
  modbus:
    - name: drier2
      controller: tcp://192.168.50.31:502
""", _v + "==", v=_v)

add("blind-md/yaml/decoy-influx-env", "factory/telegraf/telegraf.dev.yaml", "https://docs.influxdata.com/telegraf/v1/configuration/", """agent:
  interval: 30s
outputs:
  influxdb_v2:
    urls: ["http://localhost:8086"]
    token: "${INFLUX_TOKEN}"
    organization: chisoka
    bucket: factory-dev
inputs:
  cpu: {}
""")

_v = rand_pw(12)
add("blind-md/ini/odbc-password", "auction/powerbi/odbc.ini", DOCS["ini"], """[ODBC Data Sources]
Plucking = PostgreSQL Unicode

[Plucking]
Driver      = PostgreSQL Unicode
Description = Kulemera kwa tiyi (tally)
Servername  = 10.20.4.11
Port        = 5432
Database    = plucking
Username    = auction_reports
Password    = @@v@@
SSLmode     = require
""", _v, v=_v)

_v = rand_pw(18)
add("blind-md/php/pdo-password", "lodge-site/legacy/db.php", DOCS["php"], """<?php
// Tsamba lakale la kusungitsa (2019) - lidzachotsedwa tikasamukira ku Laravel
$dsn = 'mysql:host=127.0.0.1;dbname=lodges_old;charset=utf8mb4';
try {
    $pdo = new PDO($dsn, 'lodges_old', '@@v@@', [
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    ]);
} catch (PDOException $e) {
    die('Pepani, database sikupezeka.');
}
""", _v, v=_v)

add("blind-md/php/decoy-getenv", "lodge-site/legacy/db.example.php", DOCS["php"], """<?php
// Chitsanzo: koperani kukhala db.php pa seva
$dsn = 'mysql:host=127.0.0.1;dbname=lodges_old;charset=utf8mb4';
$pdo = new PDO($dsn, getenv('LODGE_DB_USER'), getenv('LODGE_DB_PASS'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
""")

_v = rand_pw(20)
add("blind-md/md/chat-paste-note", "notes/whatsapp-ferry-ops-2025-03.md", DOCS["md"], """# Zokambirana za WhatsApp (ferry ops) - zosungidwa

**[08/03 06:02] Kondwani:** Ngalawa ya Monkey Bay yanyamuka 06:00, okwera 212.
**[08/03 06:15] Mphatso:** Booking admin sikutsegula pa tablet ya ku doko.
**[08/03 06:17] Kondwani:** Lowani ndi `dokomb` / `@@v@@` mpaka Chimwemwe akonze SSO.
**[08/03 06:20] Mphatso:** Zatheka, zikomo!
**[08/03 09:41] Chimwemwe:** SSO yakonzedwa; tisintha password ija lero.
""", _v, v=_v)

add("blind-md/md/decoy-chat-note-rotated", "notes/whatsapp-ferry-ops-2025-04.md", DOCS["md"], """# Zokambirana za WhatsApp (ferry ops) - Epulo

**[02/04 05:50] Kondwani:** Ngalawa ya Likoma yachedwa ora limodzi (mphepo).
**[02/04 05:58] Mphatso:** Tablet ya doko ikufunsa password kachiwiri.
**[02/04 06:01] Chimwemwe:** Gwiritsani ntchito SSO (batani "Lowani ndi Microsoft"). Password yakale
ija yachotsedwa; musaigwiritsenso. Palibe password yatsopano ya tablet.
**[02/04 06:03] Mphatso:** Chabwino, zikomo.
""")

_v = gitlab()
add("blind-md/shell/git-remote-token", "ops/scripts/push-docs.sh", DOCS["shell"], """#!/usr/bin/env bash
# Kutumiza docs zomangidwa (mkdocs) ku GitLab Pages ya estate
set -euo pipefail
mkdocs build -d site
cd site
git init -q
git add -A
git commit -qm "docs $(date +%F)"
git push -f "https://docs-bot:@@v@@@gitlab.com/chisoka-estate/docs-site.git" HEAD:pages
echo "Docs zatumizidwa"
""", _v, v=_v)

_v = rand_pw(24)
add("blind-md/compose/postgres-env", "factory/withering/docker-compose.yml", DOCS["compose"], """version: "3.8"
services:
  historian:
    image: timescale/timescaledb:latest-pg16
    restart: unless-stopped
    environment:
      - POSTGRES_USER=historian
      - POSTGRES_PASSWORD=@@v@@
      - POSTGRES_DB=withering
    volumes:
      - /srv/historian:/var/lib/postgresql/data
  grafana:
    image: grafana/grafana:10.4.2
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
""", _v, v=_v)

_v = rand_pw(18)
add("blind-md/ini/grafana-admin", "factory/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """[server]
http_port = 3000
domain = grafana.factory.lan

[security]
admin_user = fakitale
admin_password = @@v@@
disable_gravatar = true

[users]
default_language = en-US
allow_sign_up = false
""", _v, v=_v)

add("blind-md/ini/decoy-grafana-env-expansion", "factory/grafana/grafana.staging.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """[server]
http_port = 3000

[security]
admin_user = fakitale
admin_password = $__file{/run/secrets/grafana_admin}
secret_key = $__env{GF_SECRET_KEY}

[users]
allow_sign_up = false
""")

_v = slack_bot()
add("blind-md/go/slack-bot-token", "factory/shift-report/slack.go", DOCS["go"], """package main

import (
	"github.com/slack-go/slack"
)

// Lipoti la shift (kg zolowa, kg zotuluka, maola a drier) ku #fakitale-shift
var api = slack.New("@@v@@")

func postShift(summary string) error {
	_, _, err := api.PostMessage("C05FAKTL1",
		slack.MsgOptionText("Lipoti la shift:\\n"+summary, false),
		slack.MsgOptionAsUser(true),
	)
	return err
}
""", _v, v=_v)

_v = pem("RSA")
add("blind-md/python/private-key-string", "ferry-booking/api/auth/jwt_keys.py", DOCS["python"], """\"\"\"Makiyi osainira ma JWT a ma partner (RS256).\"\"\"
import jwt

PRIVATE_KEY = \"\"\"@@k@@\"\"\"


def sign(partner_id: str, scopes: list[str]) -> str:
    return jwt.encode({"sub": partner_id, "scope": " ".join(scopes)}, PRIVATE_KEY, algorithm="RS256")
""", _v, k=_v)

add("blind-md/python/decoy-load-key-file", "ferry-booking/api/auth/keys.py", DOCS["python"], """\"\"\"Makiyi amawerengedwa ku fayilo yoperekedwa ndi Kubernetes Secret (volume).\"\"\"
from pathlib import Path

KEY_DIR = Path("/var/run/secrets/jwt")


def private_key() -> bytes:
    return (KEY_DIR / "jwt_private.pem").read_bytes()


def public_key() -> bytes:
    return (KEY_DIR / "jwt_public.pem").read_bytes()
""")

_v = fakes.fake("", 40, _seed())
add("blind-md/js/config-object-secret", "ferry-booking/api/src/config/index.js", DOCS["js"], """// Zokonza za booking-api
module.exports = {
  port: process.env.PORT || 8080,
  holdMinutes: 15,
  ports: ["MONKEY_BAY", "CHIPOKA", "NKHATA_BAY", "LIKOMA", "CHIZUMULU", "METANGULA"],
  mpamba: {
    baseUrl: "https://api.tnmmpamba.mw/v2",
    merchant: "CHAMBO-FERRY-001",
    secret: "@@v@@",
  },
  database: process.env.DATABASE_URL,
};
""", _v, v=_v)

add("blind-md/js/decoy-jest-fake-keys", "ferry-booking/api/test/setup.js", DOCS["js"], """// Mayeso: makiyi onse ndi onyenga (fake) ndipo ma API akunja ali ndi nock
process.env.DATABASE_URL = "postgres://test:test@localhost:5433/ferry_test";
process.env.STRIPE_SECRET_KEY = "sk_test_dummy";
process.env.MPAMBA_SECRET = "test-secret-not-real";
process.env.JWT_PUBLIC_KEY_PATH = __dirname + "/fixtures/jwt_public.pem";

const nock = require("nock");
nock.disableNetConnect();
nock.enableNetConnect("127.0.0.1");
""")

_v = npm()
add("blind-md/gha/npm-token-env", ".github/workflows/publish-ui-kit.yml", DOCS["gha"], """name: Publish @chambo/ui-kit
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@v@@
""", _v, v=_v)

_v = rand_pw(20)
add("blind-md/sql/dblink-password", "db/migrations/0011_lodge_link.sql", DOCS["sql"], """-- Kulumikiza database ya ferry ndi ya lodges: alendo amasungitsa ngalawa + chipinda pamodzi
CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER lodges_srv FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.40.0.20', port '5432', dbname 'lodges');

CREATE USER MAPPING FOR booking SERVER lodges_srv
  OPTIONS (user 'ferry_link', password '@@v@@');

IMPORT FOREIGN SCHEMA public LIMIT TO (rooms, room_bookings)
  FROM SERVER lodges_srv INTO lodges;
""", _v, v=_v)

add("blind-md/sql/decoy-psql-variable", "db/migrations/0012_lodge_link_v2.sql", DOCS["sql"], """-- v2: mawu achinsinsi amaperekedwa ngati psql variable: psql -v link_pw="$LINK_PW" -f ...
ALTER USER MAPPING FOR booking SERVER lodges_srv
  OPTIONS (SET password :'link_pw');

-- Onetsetsani kuti palibe mawu achinsinsi mu git
COMMENT ON SERVER lodges_srv IS 'Lodges DB (password kuchokera ku Vault)';
""")

_v = ghp()
add("blind-md/git-credentials/github-token", "ops/home/ops/.git-credentials", "https://git-scm.com/docs/git-credential-store", """https://estate-ops:@@v@@@github.com
https://docs-bot:REVOKED@gitlab.com
https://ci:${CI_JOB_TOKEN}@gitlab.com
https://estate-ops@bitbucket.org
https://readonly@pkgs.chisokaestate.mw
""", _v, v=_v)

_v = rand_pw(22)
add("blind-md/systemd/environment-password", "ops/systemd/scale-bridge.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html", """[Unit]
Description=Scale bridge (sikelo -> tally)
After=network-online.target
Wants=network-online.target

[Service]
User=bridge
Environment=MQTT_BROKER=tcp://10.20.9.2:1883
Environment=MQTT_USER=scales
Environment=MQTT_PASSWORD=@@v@@
ExecStart=/usr/local/bin/scale-bridge --division Mwalunga
Restart=always

[Install]
WantedBy=multi-user.target
""", _v, v=_v)

add("blind-md/systemd/decoy-environment-file", "ops/systemd/ctc-logger.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html", """[Unit]
Description=CTC line throughput logger
After=network-online.target

[Service]
User=ctc
# /etc/ctc-logger.env (chmod 600) ili ndi OPCUA_PASSWORD; siili mu repo
EnvironmentFile=/etc/ctc-logger.env
LoadCredential=opcua_password:/etc/credstore/opcua_password
ExecStart=/usr/bin/python3 -m ctc_logger
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

_v = rand_pw(20)
add("blind-md/rclone/obscured-free-password", "ops/backup/rclone.conf", "https://rclone.org/sftp/", """[lodge-sftp]
type = sftp
host = sftp.lodgeaccounts.mw
user = likoma
port = 22
# TODO: gwiritsani ntchito `rclone obscure`; pakadali pano password ndi yolembedwa bwino
pass = @@v@@
shell_type = unix

[offsite]
type = b2
account = 0031f2a7c9e4
key = ${B2_KEY}
""", _v, v=_v)

_v = fakes.drawn(_seed(), 31, ALNUM)
add("blind-md/jenkinsfile/inline-credential", "auction/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
    agent any
    environment {
        // Broker API ya Limbe auction (kutumiza ma lot a sabata)
        AUCTION_API_KEY = '@@v@@'
        SEASON = '2025'
    }
    stages {
        stage('Lots') {
            steps {
                sh 'python3 auction/push_lots.py --season "$SEASON"'
            }
        }
        stage('Catalogue') {
            steps {
                sh 'python3 auction/catalogue/build.py'
            }
        }
    }
}
""", "K" + _v, v="K" + _v)

add("blind-md/jenkinsfile/decoy-credentials-binding", "factory/grading/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'estate-nexus',
                                                  usernameVariable: 'NEXUS_USER',
                                                  passwordVariable: 'NEXUS_PASSWORD')]) {
                    sh './gradlew publish -PestateNexusUser=$NEXUS_USER -PestateNexusPassword=$NEXUS_PASSWORD'
                }
            }
        }
    }
}
""")

_v = rand_pw(18)
add("blind-md/makefile/password-variable", "lodge-site/Makefile", "https://www.gnu.org/software/make/manual/make.html", """DB_HOST ?= 127.0.0.1
DB_USER ?= lodges
DB_PASS := @@v@@

.PHONY: dump restore deploy

# Kutulutsa database (backup yachangu musanayambe kusintha)
dump:
	mysqldump -h $(DB_HOST) -u $(DB_USER) -p'$(DB_PASS)' lodges > backups/lodges-$$(date +%F).sql

restore:
	mysql -h $(DB_HOST) -u $(DB_USER) -p'$(DB_PASS)' lodges < $(FILE)

deploy:
	rsync -az --delete public/ deploy@likoma:/srv/likoma/
""", _v, v=_v)

_v = rand_pw(24)
add("blind-md/spring-yaml/datasource", "ferry-ops/manifest-service/src/main/resources/application-prod.yml", DOCS["java"], """spring:
  application:
    name: manifest-service
  datasource:
    url: jdbc:sqlserver://sql-ferry.lake.lan:1433;databaseName=Ferry;encrypt=true
    username: manifest
    password: @@v@@
  mail:
    host: smtp.office365.com
    port: 587
manifest:
  hours-before-departure: 6
  marine-dept-email: manifests@marine.gov.mw
""", _v, v=_v)

add("blind-md/spring-yaml/decoy-cipher-value", "ferry-ops/manifest-service/src/main/resources/application-staging.yml", "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html", """spring:
  datasource:
    url: jdbc:sqlserver://sql-ferry-stg.lake.lan:1433;databaseName=Ferry
    username: manifest
    # yosungidwa mwachinsinsi (encrypted) ndi config server; imamasuliridwa pa seva yokha
    password: '{cipher}@@c@@'
manifest:
  hours-before-departure: 6
""", c=hexs(96))

_v = aws_secret()
add("blind-md/yaml/serverless-aws-keys", "ferry-booking/lambdas/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml", """service: ferry-reminders
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: af-south-1
  environment:
    SES_REGION: eu-west-1
    # Ma key a SES a akaunti ina (ya lodges) - kanthawi
    LODGES_SES_KEY_ID: @@i@@
    LODGES_SES_SECRET: @@v@@

functions:
  remind:
    handler: remind.handler
    events:
      - schedule: cron(0 16 * * ? *)   # 18:00 nthawi ya Malawi
""", _v, v=_v, i=aws_id())

add("blind-md/yaml/decoy-serverless-ssm", "lodge-reviews/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """service: lodge-reviews-digest
provider:
  name: aws
  runtime: nodejs20.x
  region: af-south-1
  environment:
    SENDGRID_API_KEY: ${ssm:/lodges/sendgrid/api-key}
    MONGO_URL: ${ssm:/lodges/mongo/url}
functions:
  digest:
    handler: digest.handler
    events:
      - schedule: cron(0 5 ? * MON *)
""")

_v = rand_pw(20)
add("blind-md/bitbucket/pipeline-password", "lodge-ops/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: ruby:3.2

pipelines:
  branches:
    main:
      - step:
          name: Mayeso
          script:
            - bundle install
            - bundle exec rspec
      - step:
          name: Deploy ku Cape Maclear server
          script:
            - apt-get update && apt-get install -y sshpass
            - sshpass -p '@@v@@' rsync -az ./ deploy@196.45.12.80:/srv/lodge-ops/
""", _v, v=_v)

add("blind-md/azure-pipelines/decoy-variable-group", "payroll/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """trigger:
  - main

pool:
  vmImage: windows-latest

variables:
  - group: payroll-prod   # Library: PayrollDbPassword (secret)

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: Thyolo.Payroll/Thyolo.Payroll.csproj
  - powershell: ./scripts/Deploy.ps1 -DbPassword "$(PayrollDbPassword)"
    displayName: Deploy payroll
""")

_v = words_pw()
add("blind-md/txt/handover-note", "it/handover/kuchoka-kwa-chimwemwe.txt", "https://www.rfc-editor.org/rfc/rfc2119", """ZOLEMBA ZOPEREKA NTCHITO (handover) - Chimwemwe, Meyi 2025

1. Tally portal: zonse zili bwino. Backup imachitika Lamulungu 02:00.
2. Weighbridge: ngati pulogalamu yaima, restart service "WeighPro".
3. Router ya Nsuwadzi: admin / @@v@@  (sindinasinthebe, chonde sinthani)
4. Bitwarden: ndapereka "Owner" kwa Mphatso.
5. Domain chisokaestate.mw imatha Okutobala - lipirani kwa registrar kumayambiriro.

Zikomo nonse, ndakhala bwino kuno.
""", _v, v=_v)

add("blind-md/txt/decoy-handover-no-secrets", "it/handover/kuchoka-kwa-kondwani.txt", "https://www.rfc-editor.org/rfc/rfc2119", """ZOLEMBA ZOPEREKA NTCHITO - Kondwani, Ogasiti 2025

1. Ma password onse ndawasintha tsiku lomaliza; atsopano ali mu Bitwarden okha.
2. API keys (auction, weather, Airtel): zasinthidwa (rotated) ndipo zakale zachotsedwa.
3. Password ya router: onani Bitwarden > "Network" > "Nsuwadzi router".
4. Fingerprint ya kiyi ya GPG ya backups: 4F2A 9C1E 7B3D 0E58 A6C4  2D91 E0F7 3B5A 8C26 D41E
5. Zikomo chifukwa cha zonse.
""")

_v = fakes.fake("", 40, _seed())
add("blind-md/python/requests-auth-tuple", "auction/push_lots.py", DOCS["python"], """\"\"\"Kutumiza ma lot a tiyi (grade, kg, chitsanzo) ku auction floor ya Limbe.\"\"\"
import csv
import sys

import requests

API = "https://api.auction-floor.mw/v1/lots"


def main(path: str) -> None:
    with open(path, newline="") as f:
        lots = list(csv.DictReader(f))
    r = requests.post(API, json={"estate": "CHISOKA", "lots": lots},
                      auth=("chisoka", "@@v@@"), timeout=60)
    r.raise_for_status()
    print(f"ma lot {len(lots)} atumizidwa")


if __name__ == "__main__":
    main(sys.argv[1])
""", _v, v=_v)

_v = rand_pw(20)
add("blind-md/yaml/docker-registry-auth", "infra/ansible/roles/factory-host/defaults/main.yml", DOCS["ansible"], """---
factory_registry: registry.chisokaestate.mw
factory_registry_user: factory-pull
factory_registry_password: "@@v@@"
factory_images:
  - withering-monitor:1.9.0
  - ctc-logger:0.4.3
  - drier-alarm:0.2.1
""", _v, v=_v)

_v = fakes.fake("", 32, _seed())
add("blind-md/ts/header-constant", "lodge-site/resources/js/channel.ts", DOCS["ts"], """// Kupeza zipinda zopanda anthu (availability) kuchokera ku channel manager
const CHANNEL_URL = "https://supplier-xml.channelhub.io/v3/availability";
const CHANNEL_TOKEN = "@@v@@";

export interface Availability { room: string; date: string; free: number }

export async function availability(from: string, to: string): Promise<Availability[]> {
  const res = await fetch(`${CHANNEL_URL}?property=MW-LIKOMA-0042&from=${from}&to=${to}`, {
    headers: { Authorization: `Token ${CHANNEL_TOKEN}` },
  });
  if (!res.ok) throw new Error(`channel manager: ${res.status}`);
  return res.json();
}
""", _v, v=_v)

_v = rand_pw(24)
add("blind-md/rust/connection-url", "ferry-booking/seat-lock/src/main.rs", DOCS["rust"], """//! Seat lock service: imaletsa anthu awiri kusungitsa mpando umodzi nthawi imodzi
use redis::Commands;

const REDIS_URL: &str = "redis://:@@v@@@10.40.0.15:6379/2";

fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    let ok: bool = con.set_nx("lock:CF-0214-MB:B12", "CF-88213")?;
    if ok {
        let _: () = con.expire("lock:CF-0214-MB:B12", 900)?;
        println!("mpando wasungidwa");
    } else {
        println!("mpando uli kale ndi wina");
    }
    Ok(())
}
""", _v, v=_v)

_v = rand_pw(16)
add("blind-md/vbs/weighbridge-dsn", "factory/weighbridge/export_tickets.vbs", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", """' Kutulutsa ma ticket a weighbridge (malori a tiyi obiriwira) ku CSV
Dim conn, rs, fso, out
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=WB-01\\SQLEXPRESS;Initial Catalog=WeighPro;User ID=wbexport;Password=@@v@@;"
Set rs = conn.Execute("SELECT TicketNo, Truck, GrossKg, TareKg, NetKg, Division FROM Tickets WHERE TicketDate = CAST(GETDATE() AS date)")
Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("\\\\fs01\\weighbridge\\tickets_" & Year(Now) & Month(Now) & Day(Now) & ".csv", True)
Do Until rs.EOF
  out.WriteLine rs("TicketNo") & "," & rs("Truck") & "," & rs("NetKg") & "," & rs("Division")
  rs.MoveNext
Loop
out.Close
conn.Close
""", _v, v=_v)

_v = openai()
add("blind-md/env/openai-key", "lodge-reviews/translate/.env", DOCS["dotenv"], """# Kumasulira ndemanga za Chichewa kukhala Chingerezi (ndi mosemphanitsa)
OPENAI_API_KEY=@@v@@
OPENAI_MODEL=gpt-4o-mini
SOURCE_LANG=ny
TARGET_LANG=en
""", _v, v=_v)

_v = fakes.fake("", 40, _seed())
add("blind-md/md/curl-in-docs", "docs/api/partners.md", DOCS["md"], """# Partner API - chitsanzo

Ma agent oyendera amasungitsa mipando kudzera pa API iyi. Chitsanzo chogwira ntchito (Mzuzu
Travel, production):

```bash
curl -X POST https://api.chamboferries.mw/v1/holds \\
  -H "X-Api-Key: @@v@@" \\
  -H "Content-Type: application/json" \\
  -d '{"sailing":"CF-0214-MB","seats":["B12"]}'
```

Yankho: `201 Created` ndi `{"ref": "CF-88213", "expires_in": 900}`.
""", _v, v=_v)

add("blind-md/md/decoy-curl-placeholder", "docs/api/partners-v2.md", DOCS["md"], """# Partner API v2

Chitsanzo (lembani kiyi yanu m'malo mwa `$CHAMBO_API_KEY`):

```bash
export CHAMBO_API_KEY=...   # kuchokera ku portal ya ma partner
curl -X POST https://api.chamboferries.mw/v2/holds \\
  -H "X-Api-Key: $CHAMBO_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"sailing":"CF-0214-MB","seats":["B12"]}'
```

Makiyi a sandbox amayamba ndi `test_` ndipo sagwira ntchito pa production.
""")

_v = stripe()
add("blind-md/python/stripe-webhook-job", "ferry-booking/jobs/reconcile_stripe.py", DOCS["python"], """\"\"\"Usiku uliwonse: kuyerekeza malipiro a Stripe ndi ma booking (kuti tisaphonye).\"\"\"
import datetime as dt

import stripe

stripe.api_key = "@@v@@"


def yesterday_charges():
    since = int((dt.datetime.utcnow() - dt.timedelta(days=1)).timestamp())
    return stripe.Charge.list(created={"gte": since}, limit=100).auto_paging_iter()


if __name__ == "__main__":
    for ch in yesterday_charges():
        print(ch.id, ch.amount, ch.metadata.get("booking_ref", "?"))
""", _v, v=_v)

add("blind-md/python/decoy-stripe-test-fixture", "ferry-booking/jobs/tests/test_reconcile.py", DOCS["python"], """from unittest import mock

import reconcile_stripe

# Zonse ndi zonyenga: palibe kuyitana Stripe kwenikweni
FAKE_CHARGE = mock.Mock(id="ch_test_000000000000000000000000", amount=4200000, metadata={"booking_ref": "CF-1"})


def test_yesterday_charges_uses_gte():
    with mock.patch("stripe.Charge.list") as lst:
        lst.return_value.auto_paging_iter.return_value = [FAKE_CHARGE]
        assert list(reconcile_stripe.yesterday_charges()) == [FAKE_CHARGE]
""")

_v = rand_pw(20)
add("blind-md/powershell/plaintext-securestring", "payroll/scripts/Map-PayrollShare.ps1", DOCS["ps"], """# Kulumikiza \\\\fs01\\payroll pa kompyuta ya accountant
$user = "ESTATE\\svc-payroll-share"
$secure = ConvertTo-SecureString "@@v@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\fs01\\payroll" -Credential $cred -Persist
Write-Host "P: yalumikizidwa"
""", _v, v=_v)

_v = rand_pw(18)
add("blind-md/vagrant/provision-password", "lodge-site/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/vagrantfile", """# Kompyuta yoyesera (VM) ya tsamba la lodges - imagwirizana ndi seva ya Likoma
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 80, host: 8080
  config.vm.provision "shell", inline: <<-SHELL
    apt-get update && apt-get install -y mysql-client
    mysql -h 196.45.12.77 -u lodges_ro -p'@@v@@' lodges < /vagrant/db/schema.sql
  SHELL
end
""", _v, v=_v)

_v = fakes.fake("", 40, _seed())
add("blind-md/rst/api-key-table", "docs/source/operations/weather.rst", DOCS["rst"], """Nyengo (weather feed)
=====================

Tally imatenga mvula ndi kutentha kwa Thyolo maola atatu aliwonse.

=================  ==========================================
Setting            Value
=================  ==========================================
provider           OpenWeatherMap
lat / lon          -16.07 / 35.14
appid              ``@@v@@``
interval           3h
=================  ==========================================
""", _v, v=_v)

add("blind-md/rst/decoy-env-table", "docs/source/operations/tally.rst", DOCS["rst"], """Tally service
=============

=====================  ===========================================
Variable               Kufotokoza
=====================  ===========================================
``TALLY_DB_PASSWORD``  Vault ``secret/estate/tally``
``TALLY_TOKEN``        Yopangidwa ndi ``manage.py issue_token``
``OWM_API_KEY``        Onani weather.rst
=====================  ===========================================
""")

_v = rand_pw(20)
add("blind-md/hocon/ktor-db-password", "ferry-ops/checkin/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", """# Check-in pa doko (port): ma tablet a ogwira ntchito amasanthula (scan) matikiti
ktor {
    deployment {
        port = 8090
    }
    application {
        modules = [ mw.chambo.checkin.ApplicationKt.module ]
    }
}
checkin {
    db {
        url = "jdbc:postgresql://10.40.0.12:5432/ferry"
        user = "checkin"
        password = "@@v@@"
    }
    ports = ["MONKEY_BAY", "NKHATA_BAY", "LIKOMA"]
}
""", _v, v=_v)

add("blind-md/hocon/decoy-env-substitution", "ferry-ops/checkin/src/main/resources/application-dev.conf", "https://github.com/lightbend/config/blob/main/HOCON.md#substitution-fallback-to-environment-variables", """checkin {
    db {
        url = "jdbc:postgresql://localhost:5432/ferry"
        user = "checkin"
        password = ${?CHECKIN_DB_PASSWORD}
    }
    # pa kompyuta yanu: export CHECKIN_DB_PASSWORD=... (kuchokera kwa Mphatso)
    ports = ["MONKEY_BAY"]
}
""")

_v = words_pw()
add("blind-md/xml/soap-username-token", "ferry-ops/marine/manifest-request.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Chitsanzo cha pempho lotumiza manifest ku Marine Department (lojambulidwa pa 14/02) -->
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header>
    <Security xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <UsernameToken>
        <Username>chambo_ferries</Username>
        <Password>@@p@@</Password>
      </UsernameToken>
    </Security>
  </soap:Header>
  <soap:Body>
    <SubmitManifest>
      <Vessel>MV Chambo</Vessel>
      <Sailing>CF-0214-MB</Sailing>
      <Passengers>212</Passengers>
    </SubmitManifest>
  </soap:Body>
</soap:Envelope>
""", _v, p=_v)

_v = fakes.fake("", 40, _seed())
add("blind-md/ipynb/output-leak", "analytics/notebooks/auction_prices.ipynb", DOCS["ipynb"], """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "GET https://api.auction-floor.mw/v1/prices?season=2025&key=@@v@@\\n",
      "200 OK: 412 lots\\n"
     ]
    }
   ],
   "source": [
    "prices = fetch_prices('2025', verbose=True)  # mitengo ya tiyi pa auction ya Limbe"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _v, v=_v)

add("blind-md/ipynb/decoy-cleared-output", "analytics/notebooks/auction_prices_clean.ipynb", DOCS["ipynb"], """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "KEY = os.environ['AUCTION_API_KEY']  # osalemba kiyi mu notebook\\n",
    "prices = fetch_prices('2025', key=KEY)"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

_v = rand_pw(20)
add("blind-md/md/chichewa-procedure", "docs/ndondomeko/kutseka-fakitale.md", DOCS["md"], """# Ndondomeko yotseka fakitale kumapeto kwa nyengo

1. Zimitsani ma fan onse a withering troughs kuchokera pa SCADA.
2. Lowani pa PLC ya drier: http://192.168.50.31, dzina `mkulu`, mawu achinsinsi `@@v@@`.
3. Ikani drier mu "maintenance mode" ndipo dikirani mpaka kutentha kutsike pansi pa 40C.
4. Tsekani ma valve a nthunzi (steam) a boiler.
5. Lembani mu buku la fakitale tsiku ndi nthawi.

Mafunso: funsani Thoko (factory manager).
""", _v, v=_v)

add("blind-md/md/decoy-chichewa-procedure", "docs/ndondomeko/kutsegula-fakitale.md", DOCS["md"], """# Ndondomeko yotsegula fakitale kumayambiriro kwa nyengo

1. Onetsetsani kuti boiler yayesedwa (inspection certificate).
2. Lowani pa PLC ya drier ndi akaunti yanu ya SSO (palibe akaunti yogawana).
3. Chotsani drier mu "maintenance mode".
4. Yatsani ma fan a withering troughs imodzi imodzi.
5. Mawu achinsinsi a PLC ya kanthawi (ngati SSO yafa) ali mu envelopu yosindikizidwa
   mu sefu ya ofesi ya factory manager - osawalemba pano.
""")

_v = uuid_s()
add("blind-md/yaml/codecov-upload-token", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci && npm test
      - run:
          name: Tumizani coverage
          command: |
            curl -s https://codecov.io/bash | bash -s -- -t @@v@@
workflows:
  main:
    jobs: [build]
""", _v, v=_v)

_v = "CAESI" + fakes.drawn(_seed(), 86, ALNUM + "_-")
add("blind-md/shell/export-in-profile", "ops/home/ops/.bashrc", DOCS["shell"], """# ~/.bashrc ya akaunti ya ops
[ -z "$PS1" ] && return
HISTSIZE=5000
alias ll='ls -alF'
alias tally-logs='journalctl -u tally -f'
export PATH="$HOME/bin:$PATH"
export EDITOR=vim
# Kuti script za backup zigwire ntchito popanda kufunsa
export VAULT_ADDR=https://vault.chisokaestate.mw
export VAULT_TOKEN=hvs.@@v@@
""", "hvs." + _v, v=_v)

add("blind-md/shell/decoy-bashrc-vault-login", "ops/home/mphatso/.bashrc", DOCS["shell"], """[ -z "$PS1" ] && return
alias ll='ls -alF'
export VAULT_ADDR=https://vault.chisokaestate.mw
# Token imapezeka mukalowa: vault login -method=oidc (imatha mu maola 8)
vlogin() { vault login -method=oidc role=ops >/dev/null && echo "mwalowa"; }
export EDITOR=nano
""")

_v = rand_pw(22, "!@")
add("blind-md/php/wp-config-db-password", "lodge-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** Blog ya Likoma Lodges (nkhani za pachilumba, zithunzi) */
define( 'DB_NAME', 'likoma_blog' );
define( 'DB_USER', 'likoma_blog' );
define( 'DB_PASSWORD', '@@v@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

/* Salts: sinthani ndi https://api.wordpress.org/secret-key/1.1/salt/ */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'lk_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _v, v=_v)

add("blind-md/helm/decoy-template-lookup", "charts/booking-api/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#lookup", """{{- $existing := lookup "v1" "Secret" .Release.Namespace "booking-api-app" }}
apiVersion: v1
kind: Secret
metadata:
  name: booking-api-app
type: Opaque
data:
  {{- if $existing }}
  SESSION_SECRET: {{ index $existing.data "SESSION_SECRET" }}
  {{- else }}
  SESSION_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
  {{- end }}
""")

_v = fakes.fake("", 32, _seed())
add("blind-md/dart/api-key-const", "ferry-app/flutter/lib/services/booking_api.dart", "https://dart.dev/language", """import 'dart:convert';
import 'package:http/http.dart' as http;

// Utumiki wa kusungitsa (booking) wa app yatsopano ya Flutter
class BookingApi {
  static const _base = 'https://api.chamboferries.mw/v1';
  static const _appKey = '@@v@@';

  Future<List<dynamic>> sailings(String port) async {
    final res = await http.get(
      Uri.parse('$_base/sailings?port=$port'),
      headers: {'X-App-Key': _appKey, 'Accept-Language': 'ny'},
    );
    if (res.statusCode != 200) {
      throw Exception('Zalephera: ${res.statusCode}');
    }
    return jsonDecode(res.body) as List<dynamic>;
  }
}
""", _v, v=_v)

add("blind-md/dart/decoy-dart-define", "ferry-app/flutter/lib/config.dart", "https://dart.dev/guides/environment-declarations", """// Makiyi amaperekedwa pa nthawi yomanga: flutter build apk --dart-define=APP_KEY=...
class Config {
  static const appKey = String.fromEnvironment('APP_KEY');
  static const apiBase = String.fromEnvironment('API_BASE',
      defaultValue: 'https://api.chamboferries.mw/v1');
  static const mapsKey = String.fromEnvironment('MAPS_KEY', defaultValue: '');
}
""")

_v = rand_pw(20)
add("blind-md/pgpass/pgpass-line", "ops/home/reports/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# hostname:port:database:username:password
10.20.4.11:5432:plucking:auction_reports:@@v@@
10.20.4.11:5432:plucking:readonly:*
# ferry: funsani Mphatso
localhost:5432:*:reports:
""", _v, v=_v)

add("blind-md/k8s/decoy-sealed-secret", "deploy/k8s/lodge-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: lodge-db
  namespace: lodges
spec:
  encryptedData:
    POSTGRES_PASSWORD: Ag@@a@@
    POSTGRES_USER: Ag@@b@@
  template:
    metadata:
      name: lodge-db
""", a=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", b=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

_v = rand_pw(18)
add("blind-md/md/docker-run-readme", "factory/withering/README.md", DOCS["md"], """# Withering monitor

Imayang'anira chinyezi (moisture) cha masamba a tiyi mu ma trough 14 a fakitale.

## Kuyendetsa pa seva ya fakitale

```sh
docker run -d --name withering --restart unless-stopped \\
  -e HISTORIAN_URL=mysql://wither_writer:@@v@@@historian.factory.lan:3306/withering \\
  -e TROUGHS=14 \\
  -p 8070:8070 registry.chisokaestate.mw/withering-monitor:1.9.0
```

Dashboard: http://factory-app01:8070
""", _v, v=_v)

add("blind-md/go/decoy-fake-key-test", "estate-weather/weather_test.go", DOCS["go"], """package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Kiyi yonyenga: seva ya mayeso (httptest) siyiyang'ana kiyi
const testKey = "test-owm-key-000000"

func TestReading(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"main":{"temp":21.5,"humidity":83}}`))
	}))
	defer srv.Close()
	if r := fetch(srv.URL, testKey); r.Main.Humidity != 83 {
		t.Fatalf("chinyezi: %d", r.Main.Humidity)
	}
}
""")

