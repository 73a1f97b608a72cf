"""Blind set KW: a Kinyarwanda-speaking team in Rwanda running coffee washing stations and tea estates.

Cherry intake apps at the washing stations (Huye, Nyamasheke, Rusizi, Karongi), tea leaf weighing
at the estates (Gisovu, Nyaruguru, Rubaya), mobile-money payouts to farmers (MTN MoMo, Airtel
Money, Africa's Talking SMS), drying-bed sensors over MQTT, export documents and lot traceability,
their CI, infrastructure and runbooks; notes and comments partly in Kinyarwanda. And their decoys.
Generated fakes only (seeds 6040000-6049999).
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
UPNUM = string.ascii_uppercase + string.digits
_SEED = [6040000]
SEED_END = 6050000

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert 6040000 <= _SEED[0] < SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: object) -> None:
    text = textwrap.dedent(text).lstrip("\n")
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace("@@" + key + "@@", str(value))
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Ikawa", "Icyayi", "Huye", "Rusizi", "Kivu", "Umusozi", "Inyange", "Nyungwe", "Karisimbi", "Gisovu",
         "Imvura", "Izuba", "Inka", "Ingoma", "Intore", "Akagera", "Bourbon", "Umuganda", "Rubavu", "Kibuye"]
LOWER = ["cherry", "parchment", "pulper", "fermenta", "drying", "hulling", "greenbean", "teabush", "withering",
         "rolling", "sorting", "cupping", "lotcode", "washing", "bushes", "kivulake"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


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
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://kivucoffee.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            + hexs(32) + "/" + uuid_s())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def at_key() -> str:
    return "atsk_" + hexs(96)


def flutterwave_key() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def paystack_key() -> str:
    return "sk_live_" + hexs(40)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": uuid_s(), "iss": "momo.kivucoffee.rw", "exp": 1893456000}).encode()).decode().rstrip("=")
    r = _rng()
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def sha256ish() -> str:
    return hexs(64)


def ssh_key() -> str:
    return fakes.fake_pem(_seed(), "OPENSSH")


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines()).lstrip()


SRC = {
    "env": "https://12factor.net/config",
    "dotenv": "https://github.com/motdotla/dotenv#usage",
    "python": "https://docs.python.org/3/tutorial/",
    "django": "https://docs.djangoproject.com/en/stable/ref/settings/",
    "node": "https://nodejs.org/api/process.html#processenv",
    "go": "https://go.dev/doc/effective_go",
    "java": "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    "kotlin": "https://kotlinlang.org/docs/home.html",
    "csharp": "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration",
    "php": "https://www.php.net/manual/en/pdo.connections.php",
    "ruby": "https://guides.rubyonrails.org/configuring.html",
    "rust": "https://doc.rust-lang.org/book/",
    "swift": "https://developer.apple.com/documentation/foundation/urlsession",
    "shell": "https://www.gnu.org/software/bash/manual/bash.html",
    "powershell": "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "yaml": "https://yaml.org/spec/1.2.2/",
    "toml": "https://toml.io/en/v1.0.0",
    "ini": "https://docs.python.org/3/library/configparser.html",
    "json": "https://www.json.org/json-en.html",
    "xml": "https://www.w3.org/TR/xml/",
    "k8s": "https://kubernetes.io/docs/concepts/configuration/secret/",
    "helm": "https://helm.sh/docs/chart_template_guide/values_files/",
    "compose": "https://docs.docker.com/compose/compose-file/",
    "terraform": "https://developer.hashicorp.com/terraform/language/values/variables",
    "ansible": "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html",
    "gha": "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    "gitlab": "https://docs.gitlab.com/ee/ci/yaml/",
    "docker": "https://docs.docker.com/engine/reference/builder/",
    "jupyter": "https://nbformat.readthedocs.io/en/latest/format_description.html",
    "sql": "https://www.postgresql.org/docs/current/sql-createrole.html",
    "log": "https://docs.python.org/3/library/logging.html",
    "csv": "https://datatracker.ietf.org/doc/html/rfc4180",
    "markdown": "https://spec.commonmark.org/",
    "rst": "https://docutils.sourceforge.io/rst.html",
    "html": "https://html.spec.whatwg.org/",
    "history": "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "netrc": "https://everything.curl.dev/usingcurl/netrc",
    "npmrc": "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    "pypirc": "https://packaging.python.org/en/latest/specifications/pypirc/",
    "mqtt": "https://mosquitto.org/man/mosquitto-conf-5.html",
    "momo": "https://momodeveloper.mtn.com/api-documentation",
    "africastalking": "https://developers.africastalking.com/docs/sms/sending",
    "nginx": "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html",
    "pgpass": "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    "maven": "https://maven.apache.org/settings.html",
    "gradle": "https://docs.gradle.org/current/userguide/build_environment.html",
    "rclone": "https://rclone.org/docs/",
    "php-env": "https://laravel.com/docs/configuration",
    "ssh": "https://man.openbsd.org/ssh-keygen.1",
    "wiki": "https://www.mediawiki.org/wiki/Help:Formatting",
    "vscode": "https://code.visualstudio.com/docs/editor/debugging",
    "systemd": "https://www.freedesktop.org/software/systemd/man/systemd.exec.html",
    "cron": "https://man7.org/linux/man-pages/man5/crontab.5.html",
    "arduino": "https://docs.arduino.cc/language-reference/",
}

STATIONS = ["huye", "nyamasheke", "rusizi", "karongi", "gakenke", "rulindo", "nyaruguru", "gisovu", "rubaya", "musasa"]
PEOPLE = ["uwase", "mugisha", "niyonzima", "habimana", "mukamana", "nshimiyimana", "iradukunda", "ishimwe", "kayitesi", "ndayisaba"]

# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

add("blind-kw/env/database-password", "cherry-intake/.env", SRC["dotenv"], """
    # Cherry intake — sitasiyo ya Huye
    # Icyitonderwa: iyi dosiye ntigomba kujya kuri git (ariko...)
    APP_ENV=production
    STATION_CODE=HUY-01
    DB_HOST=10.20.1.5
    DB_PORT=5432
    DB_NAME=cherry_intake
    DB_USER=intake_app
    DB_PASSWORD=@@secret@@
    CHERRY_PRICE_RWF_PER_KG=410
    """, words_pw())

add("blind-kw/python/momo-subscription-key", "payouts/momo_client.py", SRC["momo"], """
    \"\"\"Kwishyura abahinzi kuri MTN MoMo (Disbursement API).\"\"\"
    import uuid

    import requests

    BASE = "https://proxy.momoapi.mtn.com/disbursement"
    # Urufunguzo rwa subscription (Primary key) — rwatanzwe na MTN Rwanda
    SUBSCRIPTION_KEY = "@@secret@@"
    TARGET_ENV = "mtnrwanda"


    def pay_farmer(msisdn: str, amount_rwf: int, token: str) -> str:
        ref = str(uuid.uuid4())
        requests.post(
            f"{BASE}/v1_0/transfer",
            headers={
                "Authorization": f"Bearer {token}",
                "X-Reference-Id": ref,
                "X-Target-Environment": TARGET_ENV,
                "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
            },
            json={"amount": str(amount_rwf), "currency": "RWF",
                  "payee": {"partyIdType": "MSISDN", "partyId": msisdn},
                  "payerMessage": "Amafaranga y'ikawa", "payeeNote": "Murakoze"},
            timeout=30,
        ).raise_for_status()
        return ref
    """, hexs(32))

add("blind-kw/python/africastalking-key", "sms/notify_farmers.py", SRC["africastalking"], """
    import africastalking

    # Ubutumwa bugufi ku bahinzi: igiciro cy'ikawa y'uyu munsi
    africastalking.initialize(username="kivucoffee", api_key="@@secret@@")
    sms = africastalking.SMS


    def tell_price(phones, price):
        msg = f"Muraho! Igiciro cy'ikawa uyu munsi ni {price} RWF/kg. Murakoze."
        return sms.send(msg, phones, sender_id="KIVUCOFFEE")
    """, at_key())

add("blind-kw/yaml/mqtt-password", "sensors/drying-beds.yaml", SRC["mqtt"], """
    # Sensors z'ubushyuhe ku mbuga zumishirizaho (drying beds)
    broker:
      host: mqtt.nyamasheke.kivucoffee.rw
      port: 8883
      tls: true
      username: dryingbeds
      password: "@@secret@@"
    topics:
      - stations/nyamasheke/beds/+/temp
      - stations/nyamasheke/beds/+/humidity
    sample_every_seconds: 300
    """, rand_pw(22))

add("blind-kw/k8s-secret/postgres", "k8s/tea-weighing-secret.yaml", SRC["k8s"], """
    apiVersion: v1
    kind: Secret
    metadata:
      name: tea-weighing-db
      namespace: gisovu
      labels:
        app: tea-weighing
    type: Opaque
    data:
      POSTGRES_USER: @@user@@
      POSTGRES_PASSWORD: @@pw@@
      POSTGRES_DB: @@db@@
    """, (_pw := words_pw()), user=b64("weigh_app"), pw=b64(_pw), db=b64("tea_leaf"))

add("blind-kw/go/slack-webhook", "cmd/lotalert/main.go", SRC["go"], """
    package main

    // Kumenyesha itsinda iyo lot nshya y'ikawa yiteguye koherezwa (export)
    import (
    	"bytes"
    	"fmt"
    	"net/http"
    )

    const webhookURL = "@@secret@@"

    func notify(lot string, kg int) error {
    	body := fmt.Sprintf(`{"text":"Lot %s yiteguye: %d kg"}`, lot, kg)
    	resp, err := http.Post(webhookURL, "application/json", bytes.NewBufferString(body))
    	if err != nil {
    		return err
    	}
    	return resp.Body.Close()
    }

    func main() {
    	_ = notify("RW-HUY-2024-031", 19200)
    }
    """, slack_webhook())

add("blind-kw/shell/ssh-private-key-heredoc", "scripts/setup_station_pi.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Gushyiraho Raspberry Pi nshya kuri sitasiyo (kopi ya backup ijya i Kigali)
    set -euo pipefail
    mkdir -p /home/pi/.ssh
    cat > /home/pi/.ssh/id_backup <<'EOF'
    @@secret@@
    EOF
    chmod 600 /home/pi/.ssh/id_backup
    echo "backup.kivucoffee.rw ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeHostKeyForDocsOnly" >> /home/pi/.ssh/known_hosts
    echo "Byarangiye — murakoze"
    """, ssh_key())

add("blind-kw/markdown/runbook-password", "docs/runbooks/scale-calibration.md", SRC["markdown"], """
    # Gupima neza iminzani (scale calibration) — Gisovu tea estate

    1. Injira kuri tablet y'umunzani: user `calibrator`.
    2. Ijambo ry'ibanga rya admin kuri firmware ya Avery: `@@secret@@`
    3. Shyira ibiro 20 by'icyitegererezo ku munzani, wemeze ko herekana 20.00 kg.
    4. Andika ibisubizo muri sheet "Calibration 2024".

    > Niba bitemera, hamagara Mugisha (0788 000 000 — nimero y'urugero).
    """, words_pw())

add("blind-kw/terraform/do-token", "infra/main.tf", SRC["terraform"], """
    terraform {
      required_providers {
        digitalocean = {
          source  = "digitalocean/digitalocean"
          version = "~> 2.34"
        }
      }
    }

    # TODO(habimana): kwimura token muri variable — by'agateganyo
    provider "digitalocean" {
      token = "@@secret@@"
    }

    resource "digitalocean_droplet" "traceability" {
      image  = "ubuntu-22-04-x64"
      name   = "lot-traceability"
      region = "fra1"
      size   = "s-1vcpu-2gb"
    }
    """, do_token())

add("blind-kw/json/firebase-service-key", "mobile/collector-app/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
    {
      "type": "service_account",
      "project_id": "cherry-collector-rw",
      "private_key_id": "@@kid@@",
      "private_key": "@@pk@@",
      "client_email": "collector-sync@cherry-collector-rw.iam.gserviceaccount.com",
      "client_id": "1048576204857620485",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
    """, (_pk := fakes.fake_pem(_seed(), "RSA").replace("\n", "\\n") + "\\n"), kid=hexs(40), pk=_pk)

add("blind-kw/js/flutterwave-key", "web/checkout/server.js", "https://developer.flutterwave.com/docs/integration-guides/authentication", """
    // Kwishyura ikawa yoherejwe hanze (roasters bishyura kuri Flutterwave)
    const express = require("express");
    const Flutterwave = require("flutterwave-node-v3");

    const flw = new Flutterwave("FLWPUBK-" + process.env.FLW_PUBLIC_SUFFIX, "@@secret@@");
    const app = express();
    app.use(express.json());

    app.post("/api/invoices/:lot/pay", async (req, res) => {
      const charge = await flw.Charge.card({ ...req.body, tx_ref: `lot-${req.params.lot}` });
      res.json(charge);
    });

    app.listen(8080, () => console.log("Checkout iri kumva ku 8080"));
    """, flutterwave_key())

add("blind-kw/ts/sendgrid-key", "web/notifications/src/mailer.ts", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """
    import sgMail from "@sendgrid/mail";

    // Imeri zoherezwa ku baguzi (buyers) iyo certificate ya lot yasohotse
    sgMail.setApiKey("@@secret@@");

    export async function sendCertificate(to: string, lot: string, pdfUrl: string): Promise<void> {
      await sgMail.send({
        to,
        from: "export@kivucoffee.rw",
        subject: `Certificate — lot ${lot}`,
        text: `Muraho, certificate ya lot ${lot} iri hano: ${pdfUrl}`,
      });
    }
    """, sendgrid_key())

add("blind-kw/java/mysql-password", "estate-payroll/src/main/resources/application.properties", SRC["java"], """
    # Payroll y'abasoromyi b'icyayi (tea pluckers) — Nyaruguru
    spring.application.name=estate-payroll
    spring.datasource.url=jdbc:mysql://db.nyaruguru.local:3306/payroll?useSSL=true
    spring.datasource.username=payroll_svc
    spring.datasource.password=@@secret@@
    spring.jpa.hibernate.ddl-auto=validate
    payroll.rate.rwf-per-kg-green-leaf=62
    """, rand_pw(16, "#%"))

add("blind-kw/kotlin/airtel-client-secret", "android/collector/src/main/java/rw/kivu/collector/AirtelPay.kt", "https://developers.airtel.africa/documentation", """
    package rw.kivu.collector

    // Kwishyura abahinzi bakoresha Airtel Money
    object AirtelPay {
        const val BASE_URL = "https://openapi.airtel.africa"
        const val CLIENT_ID = "@@cid@@"
        const val CLIENT_SECRET = "@@secret@@"
        const val COUNTRY = "RW"
        const val CURRENCY = "RWF"

        fun tokenBody(): String =
            "{\\"client_id\\":\\"$CLIENT_ID\\",\\"client_secret\\":\\"$CLIENT_SECRET\\",\\"grant_type\\":\\"client_credentials\\"}"
    }
    """, rand_pw(32), cid=uuid_s())

add("blind-kw/csharp/sqlserver-connection", "ExportDocs/appsettings.Production.json", SRC["csharp"], """
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "ConnectionStrings": {
        "ExportDb": "Server=tcp:kivu-export.database.windows.net,1433;Initial Catalog=exportdocs;User ID=exportadmin;Password=@@secret@@;Encrypt=True;"
      },
      "Ncba": { "Port": "Mombasa", "Incoterm": "FOB" },
      "AllowedHosts": "*"
    }
    """, words_pw())

add("blind-kw/php/mailgun-key", "portal/config/mail.php", SRC["php"], """
    <?php
    // Imeri z'urubuga rw'abahinzi (farmer portal)
    return [
        'driver' => 'mailgun',
        'mailgun' => [
            'domain' => 'mg.kivucoffee.rw',
            'secret' => '@@secret@@',
            'endpoint' => 'api.eu.mailgun.net',
        ],
        'from' => ['address' => 'abahinzi@kivucoffee.rw', 'name' => 'Kivu Coffee'],
    ];
    """, mailgun_key())

add("blind-kw/ruby/redis-url", "traceability/config/initializers/sidekiq.rb", SRC["ruby"], """
    # Imirimo ikorerwa inyuma (background jobs): gukora QR codes za lots
    Sidekiq.configure_server do |config|
      config.redis = { url: "redis://:@@secret@@@redis.kigali.internal:6379/2" }
    end

    Sidekiq.configure_client do |config|
      config.redis = { url: "redis://:@@secret@@@redis.kigali.internal:6379/2" }
    end
    """, fakes.redis_password(_seed()))

add("blind-kw/rust/telegram-token", "bots/imvura-bot/src/main.rs", SRC["rust"], """
    // Bot ya Telegram itanga amakuru y'imvura ku mirima y'icyayi
    use teloxide::prelude::*;

    const BOT_TOKEN: &str = "@@secret@@";

    #[tokio::main]
    async fn main() {
        let bot = Bot::new(BOT_TOKEN);
        teloxide::repl(bot, |bot: Bot, msg: Message| async move {
            bot.send_message(msg.chat.id, "Imvura uyu munsi: 12 mm i Gisovu").await?;
            Ok(())
        })
        .await;
    }
    """, fakes.telegram_token(_seed()))

add("blind-kw/swift/google-maps-key", "ios/FarmMap/FarmMap/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key", """
    import UIKit
    import GoogleMaps

    @main
    class AppDelegate: UIResponder, UIApplicationDelegate {
        // Ikarita y'imirima y'abahinzi (GPS polygons)
        func application(_ application: UIApplication,
                         didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
            GMSServices.provideAPIKey("@@secret@@")
            return true
        }
    }
    """, google_key())

add("blind-kw/powershell/smtp-password", "ops/Send-DailyReport.ps1", SRC["powershell"], """
    # Raporo ya buri munsi: ibiro by'ikawa byakiriwe kuri buri sitasiyo
    $smtpServer = "smtp.office365.com"
    $user = "raporo@kivucoffee.rw"
    $pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($user, $pass)

    $body = Get-Content "C:\\Raporo\\daily.html" -Raw
    Send-MailMessage -From $user -To "ubuyobozi@kivucoffee.rw" -Subject "Raporo y'umunsi" `
        -Body $body -BodyAsHtml -SmtpServer $smtpServer -Port 587 -UseSsl -Credential $cred
    """, words_pw())

add("blind-kw/toml/pypi-token", "packages/kivu-lotcode/.pypirc", SRC["pypirc"], """
    [distutils]
    index-servers =
        pypi

    [pypi]
    # Gusohora paki ya lotcode (ikoreshwa n'abaguzi kugenzura aho ikawa yaturutse)
    username = __token__
    password = @@secret@@
    """, fakes.pypi_token(_seed()))

add("blind-kw/npmrc/npm-token", "web/.npmrc", SRC["npmrc"], """
    # Paki zacu bwite (@kivu) — ntugasangize iyi dosiye
    @kivu:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@@secret@@
    save-exact=true
    fund=false
    """, npm_token())

add("blind-kw/compose/rabbitmq-password", "deploy/docker-compose.yml", SRC["compose"], """
    services:
      intake-api:
        image: ghcr.io/kivucoffee/intake-api:1.8.2
        environment:
          AMQP_URL: amqp://intake:@@secret@@@rabbit:5672/stations
        depends_on: [rabbit]
      rabbit:
        image: rabbitmq:3.13-management
        environment:
          RABBITMQ_DEFAULT_USER: intake
          RABBITMQ_DEFAULT_PASS: "@@secret@@"
        ports:
          - "15672:15672"
    # Icyitonderwa: port 15672 ifunguye kuri LAN ya sitasiyo gusa
    """, rand_pw(18))

add("blind-kw/gha/aws-secret-key", ".github/workflows/sync-photos.yml", SRC["gha"], """
    name: Kohereza amafoto ya lots kuri S3
    on:
      schedule:
        - cron: "0 18 * * *"
    jobs:
      sync:
        runs-on: ubuntu-latest
        env:
          AWS_ACCESS_KEY_ID: @@kid@@
          AWS_SECRET_ACCESS_KEY: @@secret@@
          AWS_DEFAULT_REGION: eu-west-1
        steps:
          - uses: actions/checkout@v4
          - run: aws s3 sync ./photos s3://kivu-lot-photos/ --exclude "*.tmp"
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kw/gitlab-ci/gitlab-token", ".gitlab-ci.yml", SRC["gitlab"], """
    stages: [test, release]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -r requirements.txt
        - pytest -q

    release:
      stage: release
      script:
        # Gusohora verisiyo nshya ya tea-weighing
        - curl --header "PRIVATE-TOKEN: @@secret@@" -X POST "https://gitlab.com/api/v4/projects/4821/releases" --data "tag_name=$CI_COMMIT_TAG"
      only: [tags]
    """, gitlab_token())

add("blind-kw/dockerfile/github-token", "services/cupping-scores/Dockerfile", SRC["docker"], """
    FROM python:3.12-slim
    WORKDIR /app
    # Paki ya private kuri GitHub (amanota ya cupping)
    ARG GH_TOKEN=@@secret@@
    RUN pip install "git+https://${GH_TOKEN}@github.com/kivucoffee/cupping-core.git@v0.4.1"
    COPY . .
    CMD ["uvicorn", "app:api", "--host", "0.0.0.0", "--port", "8000"]
    """, fakes.github_token(_seed()))

add("blind-kw/ansible/vault-less-password", "ansible/group_vars/stations.yml", SRC["ansible"], """
    ---
    # Imiterere ya za seriveri ziri kuri sitasiyo zose
    ntp_server: 0.africa.pool.ntp.org
    timezone: Africa/Kigali
    station_admin_user: kivuadmin
    station_admin_password: "@@secret@@"
    backup_target: backup.kivucoffee.rw
    ufw_allowed_ports:
      - 22
      - 443
    """, words_pw())

add("blind-kw/helm/openai-key", "charts/cupping-assistant/values.yaml", SRC["helm"], """
    replicaCount: 1
    image:
      repository: ghcr.io/kivucoffee/cupping-assistant
      tag: "0.3.0"
    # Umufasha wandika ibisobanuro by'uburyohe (tasting notes) mu Kinyarwanda n'Icyongereza
    env:
      OPENAI_MODEL: gpt-4o-mini
      OPENAI_API_KEY: "@@secret@@"
    resources:
      limits:
        memory: 256Mi
    """, fakes.openai_key(_seed()))

add("blind-kw/sql/create-role-password", "db/migrations/0007_reporting_role.sql", SRC["sql"], """
    -- Uruhare (role) rwa Metabase: gusoma gusa
    CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
    GRANT CONNECT ON DATABASE cherry_intake TO metabase_ro;
    GRANT USAGE ON SCHEMA public TO metabase_ro;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
    """, rand_pw(20))

add("blind-kw/log/leaked-basic-auth", "logs/momo-payout-2024-05-14.log", SRC["log"], """
    2024-05-14 06:01:12 INFO  payout batch HUY-0514 starting: 212 abahinzi
    2024-05-14 06:01:13 DEBUG POST https://proxy.momoapi.mtn.com/collection/token/ headers={'Authorization': 'Basic @@secret@@', 'Ocp-Apim-Subscription-Key': '***'}
    2024-05-14 06:01:14 INFO  token ok, expires_in=3600
    2024-05-14 06:03:40 INFO  paid 208/212
    2024-05-14 06:03:41 WARN  4 failed: numero ntizibaho (invalid MSISDN)
    """, b64(uuid_s() + ":" + hexs(32)))

add("blind-kw/csv/station-wifi-passwords", "inventory/station_routers.csv", SRC["csv"], """
    sitasiyo,router,ssid,admin_user,admin_password,notes
    Huye-01,MikroTik hAP ac2,KIVU-HUYE,admin,see vault,ikoreshwa na intake tablets
    Nyamasheke-02,MikroTik hAP ac2,KIVU-NYAM,admin,@@secret@@,password yahinduwe 2024-03
    Rusizi-01,TP-Link ER605,KIVU-RUSI,admin,see vault,
    Karongi-03,MikroTik hEX,KIVU-KARO,admin,see vault,generator ikunze kuzima
    """, words_pw())

add("blind-kw/history/mysql-cli", "ops/notes/kayitesi_bash_history", SRC["history"], """
    cd /srv/payroll
    git pull
    systemctl status payroll
    mysql -h db.nyaruguru.local -u payroll_svc -p'@@secret@@' payroll -e "select count(*) from pluckers"
    tail -n 50 /var/log/payroll/app.log
    exit
    """, rand_pw(14, "#%"))

add("blind-kw/netrc/api-password", "ops/dotfiles/.netrc", SRC["netrc"], """
    machine api.icyayi-auction.rw
      login gisovu-estate
      password @@secret@@

    # files.kivucoffee.rw: koresha SSO (nta password hano)
    default login anonymous
    """, rand_pw(24))

add("blind-kw/jupyter/hf-token", "analysis/cupping_notes_classifier.ipynb", SRC["jupyter"], """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Gusesengura amanota ya cupping (2023/24)"]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "from huggingface_hub import login\\n",
        "login(token=\\"@@secret@@\\")\\n",
        "import pandas as pd\\n",
        "df = pd.read_csv('cupping_2024.csv')"
       ]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, hf_token())

add("blind-kw/rst/docs-db-url", "docs/source/deploy.rst", SRC["rst"], """
    Gushyira porogaramu kuri seriveri (Deploy)
    ==========================================

    Porogaramu ya *tea-weighing* ikoresha PostgreSQL. Ku nshuro ya mbere:

    .. code-block:: bash

       export DATABASE_URL=postgresql://weigh_app:@@secret@@@db.gisovu.local:5432/tea_leaf
       ./manage.py migrate

    Nyuma yaho, tangira serivisi: ``systemctl start tea-weighing``.
    """, words_pw())

add("blind-kw/html/stripe-secret", "portal/templates/admin/billing_debug.html", SRC["html"], """
    <!doctype html>
    <html lang="rw">
    <head><meta charset="utf-8"><title>Billing (debug)</title></head>
    <body>
      <h1>Kwishyura kw'abaguzi — debug</h1>
      <!-- TODO siba iyi page mbere ya release -->
      <script>
        const STRIPE_SECRET = "@@secret@@";
        fetch("/debug/charges?key=" + STRIPE_SECRET).then(r => r.json()).then(console.log);
      </script>
    </body>
    </html>
    """, stripe_key())

add("blind-kw/ini/ftp-password", "ops/lab/moisture_meter_upload.ini", SRC["ini"], """
    ; Kohereza ibipimo by'ubuhehere (moisture) bya parchment kuri laboratwari
    [meter]
    model = Sinar 6070
    port = COM3

    [upload]
    host = ftp.cupping-lab.rw
    user = kivu_upload
    password = @@secret@@
    remote_dir = /incoming/moisture
    """, rand_pw(12))

add("blind-kw/xml/maven-settings", "estate-payroll/.mvn/settings.xml", SRC["maven"], """
    <settings>
      <!-- Nexus ya kompanyi: paki za payroll -->
      <servers>
        <server>
          <id>kivu-nexus</id>
          <username>deploy</username>
          <password>@@secret@@</password>
        </server>
      </servers>
      <mirrors>
        <mirror><id>kivu-nexus</id><url>https://nexus.kivucoffee.rw/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
      </mirrors>
    </settings>
    """, rand_pw(20))

add("blind-kw/gradle/signing-password", "android/collector/gradle.properties", SRC["gradle"], """
    org.gradle.jvmargs=-Xmx2048m
    android.useAndroidX=true
    # Gusinya APK ya collector (release)
    KIVU_STORE_FILE=../keystore/collector-release.jks
    KIVU_KEY_ALIAS=collector
    KIVU_STORE_PASSWORD=@@secret@@
    KIVU_KEY_PASSWORD=@@secret@@
    """, words_pw())

add("blind-kw/systemd/env-password", "deploy/systemd/tea-weighing.service", SRC["systemd"], """
    [Unit]
    Description=Tea leaf weighing API (Gisovu)
    After=network-online.target

    [Service]
    User=weigh
    Environment=DATABASE_URL=postgresql://weigh_app:@@secret@@@127.0.0.1:5432/tea_leaf
    ExecStart=/srv/tea-weighing/venv/bin/gunicorn app:app -b 0.0.0.0:8000
    Restart=always

    [Install]
    WantedBy=multi-user.target
    """, rand_pw(20, "-_"))

add("blind-kw/cron/curl-basic-auth", "ops/crontab.station-sync", SRC["cron"], """
    # Guhuza amakuru ya sitasiyo na Kigali buri saha
    SHELL=/bin/bash
    MAILTO=ops@kivucoffee.rw
    5 * * * * curl -fsS -u sync:@@secret@@ -T /var/lib/intake/export.csv https://files.kivucoffee.rw/stations/huye/
    30 2 * * * /usr/local/bin/backup_intake.sh >> /var/log/backup.log 2>&1
    """, rand_pw(16))

add("blind-kw/arduino/wifi-password", "firmware/drying_bed_node/drying_bed_node.ino", SRC["arduino"], """
    // Sensor y'ubushyuhe ku mbuga yumisha ikawa (ESP32)
    #include <WiFi.h>
    #include <PubSubClient.h>

    const char* WIFI_SSID = "KIVU-NYAM";
    const char* WIFI_PASS = "@@secret@@";
    const char* MQTT_HOST = "mqtt.nyamasheke.kivucoffee.rw";

    void setup() {
      Serial.begin(115200);
      WiFi.begin(WIFI_SSID, WIFI_PASS);
      while (WiFi.status() != WL_CONNECTED) { delay(500); }
    }

    void loop() {}
    """, words_pw())

add("blind-kw/python/django-secret-key", "portal/portal/settings/production.py", SRC["django"], """
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["abahinzi.kivucoffee.rw"]
    SECRET_KEY = "@@secret@@"
    LANGUAGE_CODE = "rw"
    TIME_ZONE = "Africa/Kigali"
    CSRF_TRUSTED_ORIGINS = ["https://abahinzi.kivucoffee.rw"]
    """, fakes.django_secret_key(_seed()))

add("blind-kw/python/split-password", "etl/load_tea_auction.py", SRC["python"], """
    \"\"\"Gukura ibiciro bya cyamunara y'icyayi (Mombasa auction) tukabishyira muri warehouse.\"\"\"
    import psycopg2

    DSN = ("host=warehouse.kivucoffee.rw dbname=dw user=etl "
           "password=@@p1@@"
           "@@p2@@ sslmode=require")


    def load(rows):
        with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
            cur.executemany("INSERT INTO auction_prices VALUES (%s, %s, %s)", rows)
    """, (_sp := rand_pw(22)), p1=_sp[:11], p2=_sp[11:])

add("blind-kw/markdown/teams-webhook", "docs/alerts.md", SRC["markdown"], """
    # Ubutumwa bw'impuruza (alerts)

    Iyo ubushyuhe bwa fermentation tank burenze 28°C, Grafana yohereza ubutumwa muri Teams
    (channel "Sitasiyo — Impuruza").

    Webhook dukoresha:

    ```
    @@secret@@
    ```

    Niba ushaka kuyigerageza: `curl -H 'Content-Type: application/json' -d '{"text":"test"}' <webhook>`
    """, teams_webhook())

add("blind-kw/yaml/discord-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """
    route:
      receiver: discord-ops
      group_wait: 30s
    receivers:
      - name: discord-ops
        discord_configs:
          - webhook_url: "@@secret@@"
            title: "Impuruza: {{ .CommonLabels.alertname }}"
    # Twakoresheje Discord kuko abakozi ba sitasiyo bayikoresha kuri telefoni
    """, discord_webhook())

add("blind-kw/env/paystack-key", "web/checkout/.env.production", SRC["dotenv"], """
    NODE_ENV=production
    PORT=8080
    # Abaguzi bo muri Nigeria na Ghana bishyura kuri Paystack
    PAYSTACK_PUBLIC_KEY=pk_live_@@pub@@
    PAYSTACK_SECRET_KEY=@@secret@@
    CURRENCY=USD
    """, paystack_key(), pub=hexs(40))

add("blind-kw/env/anthropic-key", "tools/translator/.env", SRC["dotenv"], """
    # Guhindura raporo z'abahinzi mu Cyongereza (Kinyarwanda -> English)
    ANTHROPIC_API_KEY=@@secret@@
    MODEL=claude-3-5-sonnet-latest
    MAX_TOKENS=2048
    OUTPUT_DIR=./translated
    """, anthropic_key())

add("blind-kw/k8s-secret/twilio-token", "k8s/sms-gateway-secret.yaml", SRC["k8s"], """
    apiVersion: v1
    kind: Secret
    metadata:
      name: sms-gateway
      namespace: payouts
    type: Opaque
    stringData:
      TWILIO_ACCOUNT_SID: @@sid@@
      TWILIO_AUTH_TOKEN: "@@secret@@"
      SENDER: "+15005550006"
    """, hexs(32), sid=twilio_sid())

add("blind-kw/python/smtp-login", "reports/weekly_cherry_report.py", SRC["python"], """
    import smtplib
    from email.message import EmailMessage

    # Raporo ya buri cyumweru: ibiro by'ikawa (cherry) byakiriwe
    def send(report_html: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = "Raporo y'icyumweru — cherry intake"
        msg["From"] = "raporo@kivucoffee.rw"
        msg["To"] = "ubuyobozi@kivucoffee.rw"
        msg.set_content(report_html, subtype="html")
        with smtplib.SMTP("smtp.gmail.com", 587) as s:
            s.starttls()
            s.login("raporo@kivucoffee.rw", "@@secret@@")
            s.send_message(msg)
    """, "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("blind-kw/go/mongodb-uri", "services/lots/internal/store/mongo.go", SRC["go"], """
    package store

    import (
    	"context"

    	"go.mongodb.org/mongo-driver/mongo"
    	"go.mongodb.org/mongo-driver/mongo/options"
    )

    // Ububiko bw'amakuru ya lots (traceability)
    const uri = "mongodb+srv://lots_rw:@@secret@@@cluster0.kivu.mongodb.net/lots?retryWrites=true&w=majority"

    func Connect(ctx context.Context) (*mongo.Client, error) {
    	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
    }
    """, rand_pw(16))

add("blind-kw/php/laravel-env", "portal/.env", SRC["php-env"], """
    APP_NAME="Abahinzi Portal"
    APP_ENV=production
    APP_KEY=base64:@@secret@@
    APP_DEBUG=false
    APP_URL=https://abahinzi.kivucoffee.rw
    DB_CONNECTION=mysql
    DB_PASSWORD=${VAULT_DB_PASSWORD}
    """, base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("blind-kw/csharp/azure-storage", "ExportDocs/Services/BlobArchive.cs", SRC["csharp"], """
    using Azure.Storage.Blobs;

    namespace ExportDocs.Services;

    // Ububiko bw'inyandiko z'export (ICO certificates, phytosanitary)
    public class BlobArchive
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=kivuexportdocs;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        public BlobContainerClient Container() => new BlobServiceClient(Conn).GetBlobContainerClient("certificates");
    }
    """, azure_storage_key())

add("blind-kw/shell/mc-alias", "scripts/backup_photos.sh", SRC["shell"], """
    #!/bin/sh
    # Backup y'amafoto ya lots kuri MinIO i Kigali
    set -e
    mc alias set kigali https://minio.kivucoffee.rw backup-bot @@secret@@
    mc mirror --overwrite /data/photos kigali/lot-photos
    echo "backup yarangiye: $(date)"
    """, rand_pw(32))

add("blind-kw/ini/rclone-b2-key", "ops/rclone/rclone.conf", SRC["rclone"], """
    # Kohereza backup za database kuri Backblaze
    [b2-backup]
    type = b2
    account = @@acct@@
    key = @@secret@@
    hard_delete = false
    """, "K003" + rand_pw(27), acct="003" + hexs(21))


add("blind-kw/jenkins/groovy-password", "estate-payroll/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
    pipeline {
      agent any
      environment {
        // TODO: gukoresha credentials() — by'agateganyo
        NEXUS_USER = 'deploy'
        NEXUS_PASS = '@@secret@@'
      }
      stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Publish') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
      }
    }
    """, rand_pw(20))

add("blind-kw/azure-pipelines/sql-password", "ExportDocs/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """
    trigger:
      - main
    pool:
      vmImage: windows-latest
    variables:
      buildConfiguration: Release
      sqlAdminPassword: '@@secret@@'   # TODO: shyira muri Library (secret)
    steps:
      - script: dotnet build --configuration $(buildConfiguration)
      - script: sqlcmd -S kivu-export.database.windows.net -U exportadmin -P $(sqlAdminPassword) -i migrate.sql
    """, words_pw())

add("blind-kw/bitbucket/ssh-deploy", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """
    image: python:3.12
    pipelines:
      branches:
        main:
          - step:
              name: Deploy kuri seriveri ya Huye
              script:
                - pip install fabric
                - fab -H deploy@huye.kivucoffee.rw --password '@@secret@@' deploy
    """, words_pw())

add("blind-kw/makefile/registry-password", "Makefile", "https://www.gnu.org/software/make/manual/make.html", """
    IMAGE ?= registry.kivucoffee.rw/intake-api
    TAG   ?= $(shell git describe --tags)

    # Kwinjira kuri registry yacu bwite (Harbor)
    login:
    	docker login registry.kivucoffee.rw -u robot$$ci -p @@secret@@

    push: login
    	docker build -t $(IMAGE):$(TAG) .
    	docker push $(IMAGE):$(TAG)
    """, rand_pw(32))

add("blind-kw/nginx/proxy-basic-auth", "deploy/nginx/weather.conf", SRC["nginx"], """
    # Proxy ijya kuri API y'iteganyagihe (weather) ikoreshwa n'imirima y'icyayi
    server {
        listen 443 ssl;
        server_name weather.kivucoffee.rw;
        location / {
            proxy_pass https://api.meteo-provider.example/v2/;
            proxy_set_header Authorization "Basic @@secret@@";
        }
    }
    """, b64("kivu_estates:" + rand_pw(18)))

add("blind-kw/pem/rsa-key-file", "deploy/certs/lots-api.key", "https://www.rfc-editor.org/rfc/rfc7468", """
    @@secret@@
    """, fakes.fake_pem(_seed(), "RSA"))

add("blind-kw/yaml/spring-yaml-password", "estate-payroll/src/main/resources/application-staging.yml", SRC["java"], """
    spring:
      datasource:
        url: jdbc:mysql://staging-db.nyaruguru.local:3306/payroll
        username: payroll_stg
        password: "@@secret@@"
      mail:
        host: smtp.office365.com
        username: payroll@kivucoffee.rw
    # Staging ikoresha amakuru yigana aya production (ariko password ni nyayo)
    """, rand_pw(16))

add("blind-kw/tomcat/context-xml", "legacy/lot-reports/META-INF/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """
    <?xml version="1.0" encoding="UTF-8"?>
    <Context>
      <!-- Raporo za kera za lots (Jasper) -->
      <Resource name="jdbc/LotsDB" auth="Container" type="javax.sql.DataSource"
                maxTotal="20" maxIdle="5" username="reports"
                password="@@secret@@" driverClassName="org.postgresql.Driver"
                url="jdbc:postgresql://10.50.0.7:5432/lots"/>
    </Context>
    """, words_pw())

add("blind-kw/python/split-token-concat", "tools/github_issues_export.py", SRC["python"], """
    import requests

    # Gukura ibibazo (issues) bya repo ya cherry-intake tukabishyira muri Excel
    TOKEN = ("@@p1@@"
             "@@p2@@")


    def issues():
        return requests.get("https://api.github.com/repos/kivucoffee/cherry-intake/issues",
                            headers={"Authorization": f"token {TOKEN}"}, timeout=30).json()
    """, (_gt := fakes.github_token(_seed())), p1=_gt[:20], p2=_gt[20:])

add("blind-kw/shell/backslash-split-url", "scripts/push_metrics.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Kohereza ibipimo bya fermentation kuri InfluxDB
    curl -sS -XPOST "https://influx.kivucoffee.rw/api/v2/write?org=kivu&bucket=fermentation" \\
      -H "Authorization: Token @@secret@@" \\
      --data-binary "tank,station=huye temp=$(cat /sys/bus/w1/devices/28-*/temperature)"
    echo "byoherejwe"
    """, rand_pw(86, "_-") + "==")

add("blind-kw/k8s-secret/slack-webhook-b64", "k8s/alerts-secret.yaml", SRC["k8s"], """
    apiVersion: v1
    kind: Secret
    metadata:
      name: alert-webhooks
      namespace: monitoring
    type: Opaque
    data:
      slack-url: @@data@@
    """, (_sw := slack_webhook()), data=b64(_sw))

add("blind-kw/env/mqtt-url", "sensors/.env", SRC["dotenv"], """
    # Sensors za fermentation tanks (Huye)
    MQTT_URL=mqtts://fermenta:@@secret@@@mqtt.huye.kivucoffee.rw:8883
    SAMPLE_SECONDS=60
    ALERT_MAX_TEMP_C=28
    STATION=HUY-01
    """, rand_pw(20))

add("blind-kw/python/redis-client-arg", "services/pricing/cache.py", SRC["python"], """
    import redis

    # Ububiko bw'agateganyo bw'ibiciro by'ikawa ku isoko (ICE "C" price)
    cache = redis.Redis(
        host="redis.kigali.internal",
        port=6379,
        password="@@secret@@",
        db=4,
        decode_responses=True,
    )
    """, fakes.redis_password(_seed()))

add("blind-kw/js/mongoose-uri", "services/buyers/db.js", SRC["node"], """
    const mongoose = require("mongoose");

    // Abaguzi (buyers) n'amasezerano (contracts)
    mongoose
      .connect("mongodb://buyers_app:@@secret@@@10.50.0.9:27017/buyers?authSource=admin")
      .then(() => console.log("MongoDB yafunguye"))
      .catch((e) => console.error("Ikibazo:", e.message));

    module.exports = mongoose;
    """, rand_pw(18))

add("blind-kw/ts/hmac-webhook-secret", "web/checkout/src/webhooks.ts", "https://developer.flutterwave.com/docs/integration-guides/webhooks", """
    import crypto from "crypto";

    // Ibanga dusangiye na Flutterwave ryo kugenzura webhooks
    const FLW_WEBHOOK_SECRET = "@@secret@@";

    export function verify(signature: string | undefined): boolean {
      return signature !== undefined && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(FLW_WEBHOOK_SECRET));
    }
    """, rand_pw(32))

add("blind-kw/markdown/wiki-sms-key-sentence", "wiki/SMS-ku-bahinzi.md", SRC["wiki"], """
    # SMS ku bahinzi

    Dukoresha Africa's Talking. Konti: `kivucoffee`.
    Urufunguzo rwa API ni @@secret@@ — ntimurusangize abandi.

    Uko wohereza ubutumwa bwo kugerageza:

        at sms send --to +250788000000 --message "Muraho"

    Igiciro: 9 RWF kuri SMS imwe.
    """, at_key())

add("blind-kw/html/wiki-page-password", "wiki/export/Gakenke-Station.html", SRC["html"], """
    <html>
    <head><title>Sitasiyo ya Gakenke</title></head>
    <body>
    <h2>Amakuru y'ikoranabuhanga</h2>
    <ul>
      <li>Tablet: Samsung Tab A8 (3)</li>
      <li>Wi-Fi: KIVU-GAKE &mdash; ijambo ry'ibanga: <code>@@secret@@</code></li>
      <li>Uwayishinzwe: Ndayisaba</li>
    </ul>
    </body>
    </html>
    """, words_pw())

add("blind-kw/yaml/ansible-task-password", "ansible/roles/mosquitto/tasks/main.yml", SRC["ansible"], """
    ---
    - name: Shyiraho mosquitto
      ansible.builtin.apt:
        name: mosquitto
        state: present

    - name: Umukoresha wa sensors
      ansible.builtin.command: mosquitto_passwd -b /etc/mosquitto/passwd dryingbeds @@secret@@
      args:
        creates: /etc/mosquitto/passwd
      notify: restart mosquitto
    """, rand_pw(22))

add("blind-kw/terraform/provider-password", "infra/grafana.tf", SRC["terraform"], """
    provider "grafana" {
      url  = "https://grafana.kivucoffee.rw"
      auth = "admin:@@secret@@"
    }

    resource "grafana_folder" "stations" {
      title = "Amasitasiyo"
    }
    """, words_pw())

add("blind-kw/python/ftp-login", "tools/lab_results_fetch.py", SRC["python"], """
    from ftplib import FTP_TLS

    # Gukura ibisubizo bya laboratwari (cupping & moisture)
    def fetch(day: str) -> None:
        ftp = FTP_TLS("ftp.cupping-lab.rw")
        ftp.login(user="kivu_download", passwd="@@secret@@")
        ftp.prot_p()
        with open(f"lab_{day}.csv", "wb") as fh:
            ftp.retrbinary(f"RETR results/{day}.csv", fh.write)
        ftp.quit()
    """, rand_pw(14))

add("blind-kw/powershell/invoke-rest-key", "ops/Get-AuctionPrices.ps1", SRC["powershell"], """
    # Ibiciro bya cyamunara y'icyayi (Mombasa) — buri wa kabiri
    $headers = @{ "X-Api-Key" = "@@secret@@" }
    $sale = (Get-Date).ToString("yyyy") + "-" + (Get-Date -UFormat %V)
    $r = Invoke-RestMethod -Uri "https://api.icyayi-auction.rw/v1/prices?sale=$sale" -Headers $headers
    $r.lots | Where-Object { $_.estate -eq "Gisovu" } | Export-Csv "C:\\Raporo\\auction-$sale.csv" -NoTypeInformation
    """, rand_pw(40))

add("blind-kw/csharp/twilio-client", "ExportDocs/Services/SmsAlert.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
    using Twilio;
    using Twilio.Rest.Api.V2010.Account;

    namespace ExportDocs.Services;

    public static class SmsAlert
    {
        // Kumenyesha umuyobozi iyo container igeze i Mombasa
        public static void Send(string body)
        {
            TwilioClient.Init("@@sid@@", "@@secret@@");
            MessageResource.Create(body: body, from: new Twilio.Types.PhoneNumber("+15005550006"),
                                   to: new Twilio.Types.PhoneNumber("+250788000000"));
        }
    }
    """, hexs(32), sid=twilio_sid())

add("blind-kw/php/pdo-password", "portal/scripts/import_farmers.php", SRC["php"], """
    <?php
    // Kwinjiza urutonde rw'abahinzi ruvuye muri cooperative (CSV)
    $pdo = new PDO('mysql:host=127.0.0.1;dbname=portal;charset=utf8mb4', 'portal_import', '@@secret@@');
    $fh = fopen($argv[1], 'r');
    $stmt = $pdo->prepare('INSERT INTO farmers (code, name, village) VALUES (?, ?, ?)');
    while (($row = fgetcsv($fh)) !== false) {
        $stmt->execute([$row[0], $row[1], $row[2]]);
    }
    echo "Byarangiye\\n";
    """, words_pw())

add("blind-kw/ruby/smtp-settings", "traceability/config/environments/production.rb", SRC["ruby"], """
    Rails.application.configure do
      config.action_mailer.delivery_method = :smtp
      # Imeri za certificates z'abaguzi
      config.action_mailer.smtp_settings = {
        address: "smtp.sendgrid.net",
        port: 587,
        user_name: "apikey",
        password: "@@secret@@",
        authentication: :plain
      }
    end
    """, sendgrid_key())

add("blind-kw/go/aws-static-creds", "services/photos/uploader.go", SRC["go"], """
    package photos

    import (
    	"github.com/aws/aws-sdk-go-v2/aws"
    	"github.com/aws/aws-sdk-go-v2/credentials"
    )

    // Amafoto ya lots ajya kuri S3 (eu-west-1)
    var provider = credentials.NewStaticCredentialsProvider(
    	"@@kid@@",
    	"@@secret@@",
    	"",
    )

    var _ aws.CredentialsProvider = provider
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kw/jupyter/openai-key-cell", "analysis/translate_farmer_feedback.ipynb", SRC["jupyter"], """
    {
     "cells": [
      {"cell_type": "markdown", "metadata": {}, "source": ["# Ibitekerezo by'abahinzi: guhindura mu Cyongereza"]},
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import os\\n",
        "os.environ['OPENAI_API_KEY'] = '@@secret@@'\\n",
        "from openai import OpenAI\\n",
        "client = OpenAI()"
       ]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, fakes.openai_key(_seed()))

add("blind-kw/history/psql-url", "ops/notes/uwase_bash_history", SRC["history"], """
    ls -la /srv
    psql "postgresql://postgres:@@secret@@@10.20.1.5:5432/cherry_intake" -c "\\dt"
    vim /etc/intake/env
    systemctl restart intake-api
    journalctl -u intake-api -n 40
    """, words_pw())

add("blind-kw/yaml/telegram-bot-config", "bots/imvura-bot/config.yaml", SRC["yaml"], """
    # Bot y'iteganyagihe ku mirima y'icyayi
    telegram:
      token: "@@secret@@"
      chats:
        gisovu: -1001876543210
        nyaruguru: -1001876543211
    weather:
      provider: open-meteo
      hour: 6
    """, fakes.telegram_token(_seed()))

add("blind-kw/text/notes-handover", "docs/notes/guhererekanya-akazi-niyonzima.txt", SRC["markdown"], """
    Guhererekanya akazi — Niyonzima (yimukiye i Musanze)

    - Seriveri ya Rubaya: ssh kivuadmin@10.42.0.10
    - Password ya sa kuri SQL Express (TeaScale): @@secret@@
    - Backup zikorwa buri joro saa 2:30, zijya kuri D:\\Backups
    - Iyo umunzani wa 3 wanze, uwusubize ku ngufu (restart) mbere yo guhamagara Avery.

    Murakoze, mugire akazi keza!
    """, words_pw())

add("blind-kw/json/vscode-rest-client", ".vscode/settings.json", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", """
    {
      "editor.formatOnSave": true,
      "python.defaultInterpreterPath": ".venv/bin/python",
      "rest-client.environmentVariables": {
        "prod": {
          "host": "https://lots.kivucoffee.rw",
          "token": "@@secret@@"
        }
      }
    }
    """, jwt_like())

add("blind-kw/ini/odbc-dsn", "ops/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
    [TeaScale]
    Driver = ODBC Driver 18 for SQL Server
    Server = tcp:10.42.0.10,1433
    Database = TeaScale
    UID = reports
    PWD = @@secret@@
    TrustServerCertificate = yes
    """, rand_pw(16))

add("blind-kw/k8s-secret/tls-key-b64", "k8s/lots-tls-secret.yaml", SRC["k8s"], """
    apiVersion: v1
    kind: Secret
    metadata:
      name: lots-tls
      namespace: traceability
    type: kubernetes.io/tls
    data:
      tls.crt: @@crt@@
      tls.key: @@key@@
    """, (_tk := fakes.fake_pem(_seed(), "RSA")), crt=b64("-----BEGIN CERTIFICATE-----\n" + rand_pw(64, "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(_tk + "\n"))

add("blind-kw/json/dockerconfig-auth", "deploy/registry/config.json", "https://docs.docker.com/engine/reference/commandline/login/#credential-stores", """
    {
      "auths": {
        "ghcr.io": {
          "auth": "@@secret@@"
        }
      },
      "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}
    }
    """, b64("kivubot:" + fakes.github_token(_seed())))

add("blind-kw/pgpass/warehouse", "ops/dotfiles/.pgpass", SRC["pgpass"], """
    # ~/.pgpass ya Kayitesi (chmod 600)
    # host:port:database:user:password
    warehouse.kivucoffee.rw:5432:dw:analyst:@@secret@@
    localhost:5432:*:postgres:*
    # (umurongo wa kabiri: nta password, peer auth)
    """, rand_pw(18))

add("blind-kw/ini/grafana-admin", "monitoring/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """
    [server]
    domain = grafana.kivucoffee.rw
    root_url = https://grafana.kivucoffee.rw/

    [security]
    # Ibanga rya admin — Iradukunda azarihindura nyuma ya setup
    admin_user = admin
    admin_password = @@secret@@

    [auth.anonymous]
    enabled = false
    """, words_pw())

add("blind-kw/ini/odoo-db-password", "erp/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
    [options]
    ; ERP ya Kivu Coffee: ububiko (inventory) bwa parchment n'icyayi cyumye
    admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
    db_host = 10.30.0.4
    db_port = 5432
    db_user = odoo
    db_password = @@secret@@
    addons_path = /opt/odoo/addons,/opt/kivu/addons
    """, rand_pw(20), salt=rand_pw(22, "./"), hash=rand_pw(86, "./"))

add("blind-kw/python/airflow-conn-uri", "dags/auction_prices_dag.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """
    from datetime import datetime

    from airflow import DAG
    from airflow.providers.postgres.operators.postgres import PostgresOperator

    # Igiciro cy'icyayi muri cyamunara — buri wa kabiri
    CONN_URI = "postgres://etl:@@secret@@@warehouse.kivucoffee.rw:5432/dw"

    with DAG("auction_prices", start_date=datetime(2024, 1, 2), schedule="0 9 * * TUE", catchup=False) as dag:
        PostgresOperator(task_id="refresh_view", postgres_conn_id="warehouse",
                         sql="REFRESH MATERIALIZED VIEW auction_weekly;")
    """, rand_pw(20, "-_"))

add("blind-kw/yaml/sentry-auth-token", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """
    # Kohereza source maps za portal kuri Sentry
    defaults:
      url: https://sentry.io/
      org: kivu-coffee
      project: abahinzi-portal
    auth:
      token: @@secret@@
    """, "sntrys_" + b64(json.dumps({"iat": 1717000000, "url": "https://sentry.io", "org": "kivu-coffee"})).rstrip("=") + "_" + rand_pw(43, "+/"))

add("blind-kw/toml/cloudflare-token", "infra/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """
    name = "lot-qr-redirect"
    main = "src/index.ts"
    compatibility_date = "2024-05-01"

    # QR ziri ku mifuka y'ikawa zijyana umuguzi ku makuru ya lot
    [vars]
    LOT_API = "https://lots.kivucoffee.rw"
    CF_API_TOKEN = "@@secret@@"
    """, rand_pw(40, "_-"))

add("blind-kw/js/datadog-key", "web/notifications/datadog.config.js", "https://docs.datadoghq.com/account_management/api-app-keys/", """
    // Ibipimo (metrics) bya serivisi y'ubutumwa
    module.exports = {
      site: "datadoghq.eu",
      apiKey: "@@secret@@",
      service: "notifications",
      env: "production",
      tags: ["team:kigali", "domain:coffee"],
    };
    """, hexs(32))

add("blind-kw/python/google-oauth-secret", "portal/auth/google_login.py", "https://developers.google.com/identity/protocols/oauth2/web-server", """
    from authlib.integrations.django_client import OAuth

    oauth = OAuth()
    # Kwinjira kwa abakozi bakoresheje konti za Google Workspace
    oauth.register(
        name="google",
        client_id="482910374821-@@cid@@.apps.googleusercontent.com",
        client_secret="@@secret@@",
        server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
        client_kwargs={"scope": "openid email profile", "hd": "kivucoffee.rw"},
    )
    """, "GOCSPX-" + rand_pw(28, "_-"), cid="".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(32)))

add("blind-kw/shell/azure-sp-login", "scripts/deploy_exportdocs.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Deploy ya ExportDocs kuri Azure App Service
    set -euo pipefail
    az login --service-principal \\
      -u 7c1e2b9d-4b1a-4f55-9a1e-2f1c0d9e8a71 \\
      -p '@@secret@@' \\
      --tenant kivucoffee.onmicrosoft.com
    az webapp deploy --resource-group rg-export --name kivu-exportdocs --src-path ./publish.zip
    """, rand_pw(3) + "8Q~" + rand_pw(34, "_.-~"))

add("blind-kw/go/jwt-secret", "services/lots/internal/auth/jwt.go", SRC["go"], """
    package auth

    import "github.com/golang-jwt/jwt/v5"

    // Ibanga ryo gusinya tokens z'abaguzi (buyers portal)
    var signingKey = []byte("@@secret@@")

    func Sign(buyerID string) (string, error) {
    	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": buyerID, "aud": "buyers"})
    	return t.SignedString(signingKey)
    }
    """, rand_pw(48))

add("blind-kw/yaml/ec-private-key-block", "k8s/lot-signer-configmap.yaml", SRC["k8s"], """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: lot-signer
      namespace: traceability
    data:
      # Urufunguzo rusinya QR za lots (TODO: rwimurire muri Secret!)
      signer.pem: |
        @@pem@@
      issuer: "Kivu Coffee Ltd"
    """, (_ec := fakes.fake_pem(_seed(), "EC")), pem=indent(_ec, "    "))

add("blind-kw/python/json-in-string", "payouts/momo_token.py", SRC["momo"], """
    import json

    # Amakuru ya API user ya MoMo (production) — byavuye kuri /v1_0/apiuser/{id}/apikey
    MOMO_CREDS = json.loads('{"apiUser": "@@user@@", "apiKey": "@@secret@@", "env": "mtnrwanda"}')


    def basic_auth() -> tuple:
        return MOMO_CREDS["apiUser"], MOMO_CREDS["apiKey"]
    """, hexs(32), user=uuid_s())

add("blind-kw/markdown/notes-table-password", "wiki/Sitasiyo-Karongi.md", SRC["wiki"], """
    # Sitasiyo ya Karongi — amakuru y'ingenzi

    | Ikintu | Agaciro |
    |---|---|
    | Umuyobozi | Nshimiyimana Claude |
    | Generator | Perkins 20kVA (ikoreshwa iyo REG yabuze) |
    | Router admin | `admin` / `@@secret@@` |
    | Tablet PIN | reba ku muyobozi |

    Icyitonderwa: ikawa y'ibanze ijya kuri pulper saa kumi n'ebyiri z'umugoroba.
    """, words_pw())

add("blind-kw/vscode/launch-env", ".vscode/launch.json", SRC["vscode"], """
    {
      "version": "0.2.0",
      "configurations": [
        {
          "name": "intake-api (prod DB, witonde!)",
          "type": "debugpy",
          "request": "launch",
          "module": "uvicorn",
          "args": ["app:api", "--reload"],
          "env": {
            "DATABASE_URL": "postgresql://intake_app:@@secret@@@10.20.1.5:5432/cherry_intake"
          }
        }
      ]
    }
    """, words_pw())

add("blind-kw/terraform/tfvars-password", "infra/prod.auto.tfvars", SRC["terraform"], """
    region          = "fra1"
    droplet_size    = "s-2vcpu-4gb"
    # Database ya traceability
    db_name         = "lots"
    db_user         = "lots_rw"
    db_password     = "@@secret@@"
    allowed_ips     = ["41.186.0.0/16"]
    """, rand_pw(24))

add("blind-kw/ansible/inventory-become", "ansible/inventory/estates.ini", SRC["ansible"], """
    # Seriveri z'imirima y'icyayi
    [estates]
    gisovu-srv    ansible_host=10.40.0.10
    nyaruguru-srv ansible_host=10.41.0.10

    [estates:vars]
    ansible_user=kivuadmin
    ansible_become_pass=@@secret@@
    ansible_python_interpreter=/usr/bin/python3
    """, words_pw())

add("blind-kw/shell/helm-set-password", "scripts/install_metabase.sh", SRC["helm"], """
    #!/usr/bin/env bash
    # Metabase: raporo z'umusaruro (ikawa n'icyayi)
    helm repo add pmint93 https://pmint93.github.io/helm-charts
    helm upgrade --install metabase pmint93/metabase -n reporting \\
      --set database.type=postgres \\
      --set database.host=warehouse.kivucoffee.rw \\
      --set database.username=metabase \\
      --set database.password=@@secret@@
    """, rand_pw(20))

add("blind-kw/ini/pip-conf-token", "ops/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
    [global]
    timeout = 60
    # Paki zacu ziri kuri GitLab package registry
    index-url = https://__token__:@@secret@@@gitlab.com/api/v4/projects/4821/packages/pypi/simple
    extra-index-url = https://pypi.org/simple
    """, gitlab_token())

add("blind-kw/json/composer-auth", "portal/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """
    {
      "github-oauth": {
        "github.com": "@@secret@@"
      },
      "_comment": "Paki ya kivu/momo-php iri private"
    }
    """, fakes.github_token(_seed()))

add("blind-kw/php/wp-config", "website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
    <?php
    // Urubuga rwa kompanyi (kivucoffee.rw) — WordPress
    define( 'DB_NAME', 'kivu_wp' );
    define( 'DB_USER', 'kivu_wp' );
    define( 'DB_PASSWORD', '@@secret@@' );
    define( 'DB_HOST', 'localhost' );
    define( 'WPLANG', 'rw' );
    $table_prefix = 'wp_';
    require_once ABSPATH . 'wp-settings.php';
    """, rand_pw(16, "!#"))

add("blind-kw/notes/git-remote-token-url", "ops/notes/clone_on_station.txt", SRC["shell"], """
    Uko twakuye code kuri Pi ya Rusizi (nta SSH yari ihari):

      git clone https://oauth2:@@secret@@@gitlab.com/kivucoffee/cherry-intake.git
      cd cherry-intake && ./install.sh

    Nyuma tuzahindura remote ikoreshe deploy key.
    """, gitlab_token())

add("blind-kw/csharp/mapbox-secret", "ExportDocs/Services/RouteMap.cs", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
    namespace ExportDocs.Services;

    // Ikarita y'inzira ikawa inyuramo: Huye -> Kigali -> Mombasa
    public static class RouteMap
    {
        // Token ya "secret" (downloads:read) ikoreshwa mu gukora amashusho
        public const string Token = "@@secret@@";
        public static string StaticUrl(string path) =>
            $"https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/{path}/auto/600x400?access_token={Token}";
    }
    """, "sk.eyJ1Ijoia2l2dWNvZmZlZSIsImEiOiJ" + rand_pw(20) + "." + rand_pw(22, "_-"))

add("blind-kw/ruby/shopify-token", "shop/lib/shopify_sync.rb", "https://shopify.dev/docs/apps/auth/admin-app-access-tokens", """
    require "shopify_api"

    # Iduka rya online: ikawa ikaranze (roasted) igurishwa mu mahanga
    ShopifyAPI::Context.setup(
      api_key: "3f9c2a7e1b",
      api_secret_key: "",
      host: "https://shop.kivucoffee.rw",
      scope: "write_products",
      is_embedded: false,
      api_version: "2024-04",
      is_private: true,
      private_app_storefront_access_token: nil
    )
    SESSION = ShopifyAPI::Auth::Session.new(shop: "kivu-coffee.myshopify.com", access_token: "@@secret@@")
    """, shopify_token())

add("blind-kw/kotlin/fcm-server-key", "android/collector/src/main/java/rw/kivu/collector/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
    package rw.kivu.collector

    // Ubutumwa bwa push ku bakusanya ikawa (collectors)
    object Push {
        private const val SERVER_KEY =
            "@@secret@@"

        fun header(): Pair<String, String> = "Authorization" to "key=$SERVER_KEY"
    }
    """, "AAAA" + rand_pw(7, "_-") + ":APA91b" + rand_pw(134, "_-"))

add("blind-kw/go/heroku-key", "tools/migrate/main.go", SRC["go"], """
    package main

    import (
    	"fmt"
    	"os/exec"
    )

    // Kwimura app ya kera ya lots ivuye kuri Heroku
    const herokuAPIKey = "@@secret@@"

    func main() {
    	cmd := exec.Command("heroku", "pg:backups:capture", "-a", "kivu-lots-legacy")
    	cmd.Env = append(cmd.Env, "HEROKU_API_KEY="+herokuAPIKey)
    	out, _ := cmd.CombinedOutput()
    	fmt.Println(string(out))
    }
    """, uuid_s())

add("blind-kw/yaml/infobip-key", "sms/providers.yaml", "https://www.infobip.com/docs/essentials/api-authentication", """
    # Abatanga SMS: Africa's Talking ni iya mbere, Infobip ni iyo gusimbura
    primary: africastalking
    fallback:
      provider: infobip
      base_url: https://8kq3xe.api.infobip.com
      authorization: "App @@secret@@"
      sender: KIVUCOFFEE
    """, hexs(32) + "-" + uuid_s())

add("blind-kw/python/basic-auth-header", "tools/tea_board_upload.py", SRC["python"], """
    import requests

    # Kohereza raporo y'umusaruro w'icyayi kuri NAEB (buri kwezi)
    HEADERS = {
        "Authorization": "Basic @@secret@@",
        "Content-Type": "application/json",
    }


    def upload(report: dict) -> None:
        r = requests.post("https://reports.naeb-portal.rw/api/v2/tea/monthly", json=report, headers=HEADERS, timeout=60)
        r.raise_for_status()
    """, b64("gisovu_estate:" + words_pw()))

add("blind-kw/env/postmark-token", "web/notifications/.env", SRC["dotenv"], """
    # Imeri z'abaguzi (transactional)
    POSTMARK_SERVER_TOKEN=@@secret@@
    MAIL_FROM=export@kivucoffee.rw
    MAIL_REPLY_TO=uwase@kivucoffee.rw
    LOG_LEVEL=info
    """, uuid_s())

add("blind-kw/shell/here-doc-env", "scripts/bootstrap_intake.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Gushyiraho intake-api kuri sitasiyo nshya
    set -e
    sudo mkdir -p /etc/intake
    sudo tee /etc/intake/env >/dev/null <<EOF
    STATION_CODE=${1:?station code}
    DB_PASSWORD=@@secret@@
    MQTT_HOST=mqtt.kivucoffee.rw
    EOF
    sudo systemctl restart intake-api
    """, rand_pw(20))

add("blind-kw/k8s-secret/dockerconfigjson", "k8s/ghcr-pull-secret.yaml", SRC["k8s"], """
    apiVersion: v1
    kind: Secret
    metadata:
      name: ghcr-pull
      namespace: huye
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: @@data@@
    """, (_gh := fakes.github_token(_seed())),
    data=b64(json.dumps({"auths": {"ghcr.io": {"username": "kivubot", "password": _gh}}})))

add("blind-kw/markdown/onboarding-token", "docs/onboarding/abakozi-bashya.md", SRC["markdown"], """
    # Ikaze ku bakozi bashya b'ikoranabuhanga

    1. Saba Uwase konti ya GitLab n'iya Grafana.
    2. Shyiraho `glab` hanyuma winjire:

       ```
       glab auth login --hostname gitlab.com --token @@secret@@
       ```

       (iyi ni token y'itsinda ryose, ikoreshwa by'agateganyo)
    3. Soma `docs/runbooks/` mbere yo gukora kuri production.
    """, gitlab_token())

add("blind-kw/log/traceback-dsn", "logs/lots-api-error.log", SRC["log"], """
    Traceback (most recent call last):
      File "/srv/lots/app/db.py", line 14, in connect
        engine = create_engine(settings.DSN)
    sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server
    [SQL: connect] DSN=postgresql://lots_rw:@@secret@@@10.50.0.7:5432/lots
    2024-06-11 03:12:44 ERROR worker exited, restarting (attempt 3)
    """, rand_pw(18))

add("blind-kw/csv/api-keys-export", "ops/exports/integrations_2024.csv", SRC["csv"], """
    integration,owner,created,key,status
    momo-collections,uwase,2024-01-10,stored-in-vault,active
    sms-africastalking,mugisha,2024-02-03,@@secret@@,active
    weather-api,iradukunda,2024-03-21,stored-in-vault,revoked
    maps,ishimwe,2024-04-02,stored-in-vault,active
    """, at_key())

add("blind-kw/xml/web-config-connection", "legacy/TeaScale/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <!-- Porogaramu ya kera y'iminzani (2016) — iracyakoreshwa i Rubaya -->
      <connectionStrings>
        <add name="ScaleDb" connectionString="Data Source=RUBAYA-SRV\\SQLEXPRESS;Initial Catalog=TeaScale;User Id=sa;Password=@@secret@@;" providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="Estate" value="Rubaya" />
      </appSettings>
    </configuration>
    """, words_pw())

add("blind-kw/swift/api-token-header", "ios/FarmMap/FarmMap/LotAPI.swift", SRC["swift"], """
    import Foundation

    struct LotAPI {
        static let base = URL(string: "https://lots.kivucoffee.rw/api/v1")!
        // Token y'abakozi bo ku murima (field staff)
        static let token = "@@secret@@"

        static func request(_ path: String) -> URLRequest {
            var r = URLRequest(url: base.appendingPathComponent(path))
            r.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
            return r
        }
    }
    """, jwt_like())

add("blind-kw/powershell/azure-storage-sas", "ops/Upload-Certificates.ps1", SRC["powershell"], """
    # Kohereza certificates za phytosanitary kuri Azure Blob
    $account = "kivuexportdocs"
    $key = "@@secret@@"
    $ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
    Get-ChildItem "D:\\Export\\Certificates\\*.pdf" | ForEach-Object {
        Set-AzStorageBlobContent -File $_.FullName -Container "certificates" -Context $ctx -Force
    }
    Write-Host "Byoherejwe: $(Get-Date)"
    """, azure_storage_key())

add("blind-kw/rust/database-url", "services/grading/src/db.rs", SRC["rust"], """
    use sqlx::postgres::PgPoolOptions;

    // Amanota y'ubwiza bw'ikawa (grading: AA, AB, PB...)
    pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
        PgPoolOptions::new()
            .max_connections(5)
            .connect("postgres://grading:@@secret@@@db.kigali.internal/grading")
            .await
    }
    """, rand_pw(22))

add("blind-kw/ts/slack-bot-token", "web/notifications/src/slack.ts", "https://api.slack.com/authentication/token-types", """
    import { WebClient } from "@slack/web-api";

    // Ubutumwa bujya muri #umusaruro iyo sitasiyo irangije umunsi
    const slack = new WebClient("@@secret@@");

    export async function dailyClose(station: string, kg: number): Promise<void> {
      await slack.chat.postMessage({ channel: "#umusaruro", text: `${station}: ${kg} kg bya cherry uyu munsi` });
    }
    """, slack_bot())

add("blind-kw/java/jdbc-in-code", "estate-payroll/src/main/java/rw/kivu/payroll/LegacyImport.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
    package rw.kivu.payroll;

    import java.sql.Connection;
    import java.sql.DriverManager;

    /** Kwinjiza amakuru ya payroll ya kera (Access -> MySQL) — rimwe gusa. */
    public class LegacyImport {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(
                    "jdbc:mysql://db.nyaruguru.local:3306/payroll", "import_once", "@@secret@@")) {
                System.out.println("Byakunze: " + c.getMetaData().getDatabaseProductVersion());
            }
        }
    }
    """, rand_pw(14, "#%"))

add("blind-kw/env/aws-keys-pair", "analysis/.env.local", SRC["dotenv"], """
    # Amafoto ya drone y'imirima y'icyayi (S3)
    AWS_REGION=eu-west-1
    AWS_ACCESS_KEY_ID=@@kid@@
    AWS_SECRET_ACCESS_KEY=@@secret@@
    S3_BUCKET=kivu-drone-nyaruguru
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kw/yaml/github-fine-grained", "ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """
    # Renovate yivugurura ku ma-repo yacu
    platform: github
    token: @@secret@@
    repositories:
      - kivucoffee/cherry-intake
      - kivucoffee/tea-weighing
    onboarding: false
    """, fakes.github_fine_grained_token(_seed()))

add("blind-kw/notes/docker-run-env", "ops/notes/rusizi_pi_setup.txt", SRC["docker"], """
    Kuri Pi ya Rusizi (2024-03-18):

    docker run -d --name mosquitto -p 8883:8883 eclipse-mosquitto:2
    docker run -d --name intake --restart=always \\
      -e DB_PASSWORD=@@secret@@ \\
      -e STATION_CODE=RUS-01 ghcr.io/kivucoffee/intake-api:1.8.2

    Byose birakora. — Ishimwe
    """, words_pw())
# ---------------------------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------------------------

add("blind-kw/env/decoy-placeholder", "cherry-intake/.env.example", SRC["dotenv"], """
    # Kopi iyi dosiye uyite .env, hanyuma wuzuzemo amakuru nyayo (ntuyashyire kuri git)
    APP_ENV=development
    STATION_CODE=HUY-01
    DB_HOST=localhost
    DB_PORT=5432
    DB_NAME=cherry_intake
    DB_USER=intake_app
    DB_PASSWORD=<shyiramo-ijambo-ry-ibanga>
    MOMO_SUBSCRIPTION_KEY=
    AFRICASTALKING_API_KEY=your_api_key_here
    """)

add("blind-kw/python/decoy-env-reference", "payouts/settings.py", SRC["python"], """
    import os

    # Amabanga yose ava mu mpinduka z'ibidukikije (environment) — ntabwo ari muri code
    MOMO_SUBSCRIPTION_KEY = os.environ["MOMO_SUBSCRIPTION_KEY"]
    MOMO_API_USER = os.environ["MOMO_API_USER"]
    MOMO_API_KEY = os.environ.get("MOMO_API_KEY", "")
    AT_API_KEY = os.getenv("AFRICASTALKING_API_KEY")
    TARGET_ENV = os.getenv("MOMO_TARGET_ENV", "sandbox")
    """)

add("blind-kw/k8s/decoy-secret-ref", "k8s/intake-deployment.yaml", SRC["k8s"], """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: intake-api
      namespace: huye
    spec:
      replicas: 2
      selector:
        matchLabels: {app: intake-api}
      template:
        metadata:
          labels: {app: intake-api}
        spec:
          containers:
            - name: api
              image: ghcr.io/kivucoffee/intake-api:1.8.2
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: intake-db
                      key: password
                - name: MOMO_SUBSCRIPTION_KEY
                  valueFrom:
                    secretKeyRef: {name: momo, key: subscription-key}
    """)

add("blind-kw/yaml/decoy-vault-encrypted", "ansible/group_vars/estates/vault.yml", SRC["ansible"], """
    $ANSIBLE_VAULT;1.1;AES256
    @@l1@@
    @@l2@@
    @@l3@@
    @@l4@@
    @@l5@@
    """, l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("blind-kw/markdown/decoy-redacted", "docs/incidents/2024-04-momo-key.md", SRC["markdown"], """
    # Ikibazo cyo ku wa 12/04/2024: urufunguzo rwa MoMo rwagaragaye muri log

    **Icyabaye:** subscription key ya MoMo yagaragaye muri `payout.log` (DEBUG yari ifunguye).

    | Ikintu | Agaciro |
    |---|---|
    | Key yagaragaye | `a3f1••••••••••••••••••••••••9c2e` |
    | Yasimbuwe | 12/04/2024 14:20 |
    | Uwabikoze | Uwase |

    Twahinduye key kuri portal ya MTN, tuvanaho DEBUG. Key nshya iri muri Vault (`secret/momo/prod`).
    """)

add("blind-kw/json/decoy-checksums", "firmware/releases/manifest.json", SRC["json"], """
    {
      "device": "drying-bed-node",
      "version": "2.1.4",
      "sha256": "@@h1@@",
      "md5": "@@h2@@",
      "signed_by": "kivu-firmware-2024",
      "notes": "Ikosora ry'igipimo cy'ubuhehere (humidity offset)"
    }
    """, h1=sha256ish(), h2=hexs(32))

add("blind-kw/js/decoy-publishable-key", "web/checkout/public/pay.js", "https://stripe.com/docs/keys", """
    // Urufunguzo rwa "publishable" rushobora kujya muri browser (nta banga ririmo)
    const stripe = Stripe("pk_live_@@pk@@");
    const elements = stripe.elements();
    const card = elements.create("card");
    card.mount("#card-element");
    document.querySelector("#pay").addEventListener("click", async () => {
      const { error } = await stripe.confirmCardPayment(window.CLIENT_SECRET_FROM_SERVER, { payment_method: { card } });
      if (error) alert("Kwishyura byanze: " + error.message);
    });
    """, pk=rand_pw(99))

add("blind-kw/python/decoy-test-fixture", "payouts/tests/test_momo_client.py", SRC["python"], """
    import pytest

    from payouts.momo_client import pay_farmer

    # Amakuru y'igerageza gusa — ntabwo ari urufunguzo nyarwo
    FAKE_SUBSCRIPTION_KEY = "test-subscription-key-not-real"
    FAKE_TOKEN = "dummy-token"


    def test_pay_farmer_sends_reference(requests_mock):
        requests_mock.post("https://proxy.momoapi.mtn.com/disbursement/v1_0/transfer", status_code=202)
        ref = pay_farmer("250788000000", 1500, FAKE_TOKEN)
        assert len(ref) == 36
    """)

add("blind-kw/yaml/decoy-gha-secrets-context", ".github/workflows/deploy.yml", SRC["gha"], """
    name: Deploy tea-weighing
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Injira kuri registry
            run: echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u kivubot --password-stdin
          - name: Deploy
            env:
              SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
              DB_PASSWORD: ${{ secrets.GISOVU_DB_PASSWORD }}
            run: ./scripts/deploy.sh gisovu
    """)

add("blind-kw/terraform/decoy-variable", "infra/variables.tf", SRC["terraform"], """
    variable "do_token" {
      description = "Token ya DigitalOcean (yinjizwa na TF_VAR_do_token)"
      type        = string
      sensitive   = true
    }

    variable "db_password" {
      description = "Ijambo ry'ibanga rya database ya traceability"
      type        = string
      sensitive   = true
      default     = null
    }
    """)

add("blind-kw/log/decoy-masked", "logs/airtel-payout-2024-06-02.log", SRC["log"], """
    2024-06-02 07:00:01 INFO  airtel token request client_id=5b1f…e21 client_secret=********
    2024-06-02 07:00:02 INFO  Authorization: Bearer [REDACTED]
    2024-06-02 07:00:05 INFO  disbursed 96 farmers, total 1,842,500 RWF
    2024-06-02 07:00:05 INFO  failed 0
    2024-06-02 07:00:06 INFO  batch RUS-0602 closed
    """)

add("blind-kw/csv/decoy-farmer-ids", "data/farmers_huye_2024.csv", SRC["csv"], """
    farmer_id,izina,umudugudu,msisdn_hash,cooperative_uuid,ibiti
    F-00121,Mukamana Jeanne,Maraba,@@h1@@,@@u1@@,820
    F-00122,Habimana Eric,Maraba,@@h2@@,@@u1@@,1150
    F-00123,Nyirahabimana Alice,Simbi,@@h3@@,@@u2@@,640
    F-00124,Ndayisaba Jean,Simbi,@@h4@@,@@u2@@,990
    """, h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), u1=uuid_s(), u2=uuid_s())

add("blind-kw/compose/decoy-env-file", "deploy/docker-compose.dev.yml", SRC["compose"], """
    # Ibidukikije by'iterambere (development) — amabanga ava muri .env
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: ${POSTGRES_USER}
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?shyiraho POSTGRES_PASSWORD muri .env}
      api:
        build: .
        env_file: .env
        ports: ["8000:8000"]
    """)

add("blind-kw/shell/decoy-read-prompt", "scripts/rotate_db_password.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Guhindura ijambo ry'ibanga rya database (buri mezi 3)
    set -euo pipefail
    read -rsp "Ijambo ry'ibanga rishya: " NEW_PW; echo
    NEW_PW_HASH=$(printf '%s' "$NEW_PW" | sha256sum | cut -d' ' -f1)
    psql "$ADMIN_DSN" -c "ALTER ROLE intake_app PASSWORD '${NEW_PW}'"
    vault kv put secret/intake/db password="$NEW_PW"
    echo "Byakozwe. hash: ${NEW_PW_HASH:0:8}…"
    """)

add("blind-kw/markdown/decoy-docs-example", "docs/momo-sandbox.md", SRC["momo"], """
    # Kugerageza MoMo muri sandbox

    Mu nyandiko za MTN, urugero rwa header ni:

    ```
    Ocp-Apim-Subscription-Key: {subscription key}
    X-Reference-Id: {uuid}
    X-Target-Environment: sandbox
    ```

    1. Iyandikishe kuri momodeveloper.mtn.com, ubone *Primary key* yawe.
    2. Yishyire muri `.env` nka `MOMO_SUBSCRIPTION_KEY=...` (ntuyandike hano).
    3. Koresha `make sandbox-user` gukora API user.
    """)

add("blind-kw/json/decoy-public-key", "mobile/collector-app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """
    {
      "project_info": {
        "project_number": "482910374821",
        "project_id": "cherry-collector-rw",
        "storage_bucket": "cherry-collector-rw.appspot.com"
      },
      "client": [
        {
          "client_info": {
            "mobilesdk_app_id": "1:482910374821:android:@@app@@",
            "android_client_info": {"package_name": "rw.kivu.collector"}
          },
          "api_key": [{"current_key": "<API_KEY_YASIBWE>"}]
        }
      ],
      "configuration_version": "1"
    }
    """, app=hexs(16))

add("blind-kw/sql/decoy-password-hash", "db/seeds/0002_admin_user.sql", SRC["sql"], """
    -- Umukoresha wa mbere (admin) — ijambo ry'ibanga rihindurwa ku nshuro ya mbere yinjiye
    INSERT INTO users (username, full_name, password_hash, must_change_password)
    VALUES ('admin', 'Ubuyobozi', '$2b$12$@@h@@', true);
    INSERT INTO stations (code, name, district) VALUES
      ('HUY-01', 'Huye Mountain', 'Huye'),
      ('NYA-02', 'Nyamasheke Lake', 'Nyamasheke');
    """, h="".join(_rng().choice(ALNUM + "./") for _ in range(53)))

add("blind-kw/helm/decoy-existing-secret", "charts/tea-weighing/values.yaml", SRC["helm"], """
    image:
      repository: ghcr.io/kivucoffee/tea-weighing
      tag: "2.4.0"
    postgresql:
      auth:
        username: weigh_app
        database: tea_leaf
        existingSecret: tea-weighing-db
        secretKeys:
          userPasswordKey: password
    # Amabanga ari muri Sealed Secrets (reba k8s/sealed/)
    """)

add("blind-kw/yaml/decoy-sealed-secret", "k8s/sealed/momo-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: momo
      namespace: payouts
    spec:
      encryptedData:
        subscription-key: Ag@@c1@@
        api-key: Ag@@c2@@
    """, c1=rand_pw(300, "+/"), c2=rand_pw(300, "+/"))

add("blind-kw/ini/decoy-empty", "ops/lab/moisture_meter_upload.example.ini", SRC["ini"], """
    ; Urugero: kopi ujye muri moisture_meter_upload.ini
    [meter]
    model = Sinar 6070
    port = COM3

    [upload]
    host = ftp.cupping-lab.rw
    user =
    password =
    remote_dir = /incoming/moisture
    """)

add("blind-kw/python/decoy-keyring", "tools/auction_sync.py", SRC["python"], """
    import keyring
    import requests

    # Ijambo ry'ibanga ribikwa muri keyring ya mudasobwa (ntabwo riri muri code)
    USER = "gisovu-estate"
    password = keyring.get_password("icyayi-auction", USER)
    if password is None:
        raise SystemExit("Banza ukore: keyring set icyayi-auction gisovu-estate")
    session = requests.Session()
    session.auth = (USER, password)
    print(session.get("https://api.icyayi-auction.rw/v1/lots?sale=2024-22").json())
    """)

add("blind-kw/go/decoy-const-names", "services/lots/internal/config/keys.go", SRC["go"], """
    package config

    // Amazina y'impinduka z'ibidukikije (ntabwo ari amabanga ubwayo)
    const (
    	EnvMongoURI      = "LOTS_MONGO_URI"
    	EnvSlackWebhook  = "LOTS_SLACK_WEBHOOK"
    	EnvJWTSecret     = "LOTS_JWT_SECRET"
    	PasswordMinLen   = 12
    	TokenHeader      = "X-Kivu-Token"
    )
    """)

add("blind-kw/markdown/decoy-readme-setup", "README.md", SRC["markdown"], """
    # Kivu Coffee — Cherry Intake

    Porogaramu yakira ikawa (cherry) ku masitasiyo yo koza ikawa (washing stations).

    ## Gutangira

    ```bash
    cp .env.example .env           # uzuzamo DB_PASSWORD n'ibindi
    docker compose up -d db
    export DB_PASSWORD=changeme    # by'iterambere gusa (local)
    make migrate run
    ```

    Amabanga ya production ari muri Vault: `vault kv get secret/intake/prod`.
    """)

add("blind-kw/yaml/decoy-sops", "k8s/secrets/gisovu.enc.yaml", "https://github.com/getsops/sops#usage", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: tea-weighing-db
    stringData:
      POSTGRES_PASSWORD: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
    sops:
      age:
        - recipient: age1@@age@@
      lastmodified: "2024-05-02T08:14:55Z"
      version: 3.8.1
    """, d=rand_pw(24, "+/"), iv=rand_pw(43, "+/") + "=", t=rand_pw(22, "+/") + "==",
    age="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)))

add("blind-kw/csharp/decoy-user-secrets", "ExportDocs/appsettings.json", SRC["csharp"], """
    {
      "ConnectionStrings": {
        "ExportDb": "Server=localhost;Database=exportdocs;Trusted_Connection=True;"
      },
      "Storage": {
        "AccountName": "kivuexportdocs",
        "AccountKey": "set-with-dotnet-user-secrets"
      },
      "AllowedHosts": "*"
    }
    """)

add("blind-kw/php/decoy-getenv", "portal/config/database.php", SRC["php"], """
    <?php
    // Amakuru ya database ava muri .env (Laravel)
    return [
        'default' => env('DB_CONNECTION', 'mysql'),
        'connections' => [
            'mysql' => [
                'host' => env('DB_HOST', '127.0.0.1'),
                'database' => env('DB_DATABASE', 'portal'),
                'username' => env('DB_USERNAME', 'portal'),
                'password' => env('DB_PASSWORD', ''),
            ],
        ],
    ];
    """)

add("blind-kw/ruby/decoy-credentials-example", "traceability/config/credentials.example.yml", SRC["ruby"], """
    # Urugero rw'ibiri muri credentials.yml.enc (fungura na: bin/rails credentials:edit)
    # Agaciro nyako kari muri dosiye ifunze gusa; master.key ntijya kuri git.
    secret_key_base: <generate with bin/rails secret>
    momo:
      subscription_key: <MoMo primary key>
      api_user: <uuid>
    sendgrid:
      api_key: SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    """)

add("blind-kw/rust/decoy-env-var", "bots/imvura-bot/src/config.rs", SRC["rust"], """
    // Token ya bot ivanwa mu mpinduka z'ibidukikije
    pub fn bot_token() -> String {
        std::env::var("TELOXIDE_TOKEN")
            .expect("Shyiraho TELOXIDE_TOKEN (reba README)")
    }

    pub const DEFAULT_CHAT: i64 = -1001234567890;
    """)

add("blind-kw/swift/decoy-info-plist-ref", "ios/FarmMap/FarmMap/Config.swift", SRC["swift"], """
    import Foundation

    // Urufunguzo rwa Maps ruvanwa muri Secrets.xcconfig (ntirujya kuri git)
    enum Config {
        static var mapsKey: String {
            Bundle.main.object(forInfoDictionaryKey: "GMS_API_KEY") as? String ?? ""
        }
        static let defaultRegion = "Nyamasheke"
    }
    """)

add("blind-kw/powershell/decoy-get-credential", "ops/Connect-ExportDb.ps1", SRC["powershell"], """
    # Kwinjira kuri database y'export: ijambo ry'ibanga urisabwa igihe cyose
    param([string]$Server = "kivu-export.database.windows.net")
    $cred = Get-Credential -UserName "exportadmin" -Message "Injiza ijambo ry'ibanga"
    $secret = Get-Secret -Name "ExportDbPassword" -Vault KivuVault -ErrorAction SilentlyContinue
    Invoke-Sqlcmd -ServerInstance $Server -Database exportdocs -Credential $cred `
        -Query "SELECT TOP 10 lot_code, bags FROM shipments ORDER BY shipped_at DESC"
    """)

add("blind-kw/xml/decoy-maven-env", "estate-payroll/.mvn/settings.ci.xml", SRC["maven"], """
    <settings>
      <!-- CI: ijambo ry'ibanga riva muri variables za GitLab -->
      <servers>
        <server>
          <id>kivu-nexus</id>
          <username>${env.NEXUS_USER}</username>
          <password>${env.NEXUS_PASSWORD}</password>
        </server>
      </servers>
    </settings>
    """)

add("blind-kw/jupyter/decoy-getpass", "analysis/yield_per_hectare.ipynb", SRC["jupyter"], """
    {
     "cells": [
      {"cell_type": "markdown", "metadata": {}, "source": ["# Umusaruro kuri hegitari (icyayi, Nyaruguru)"]},
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "import getpass, sqlalchemy\\n",
        "pw = getpass.getpass('Ijambo ry\\'ibanga rya warehouse: ')\\n",
        "eng = sqlalchemy.create_engine(f'postgresql://analyst:{pw}@warehouse.kivucoffee.rw/dw')"
       ]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """)

add("blind-kw/history/decoy-history-env", "ops/notes/mugisha_bash_history", SRC["history"], """
    export PGPASSWORD=$(vault kv get -field=password secret/intake/prod)
    psql -h 10.20.1.5 -U intake_app cherry_intake -c "select station, sum(kg) from intake group by 1"
    unset PGPASSWORD
    ssh -i ~/.ssh/id_ed25519 pi@huye-pi.local
    history -c
    """)

add("blind-kw/rst/decoy-config-table", "docs/source/configuration.rst", SRC["rst"], """
    Imiterere (Configuration)
    =========================

    ===================  ==========================================  ===============
    Impinduka            Icyo ikora                                  Urugero
    ===================  ==========================================  ===============
    ``DATABASE_URL``     Aho database iri                            ``postgresql://user:PASSWORD@host/db``
    ``MOMO_KEY``         Urufunguzo rwa MTN MoMo                     ``<subscription-key>``
    ``SECRET_KEY``       Django secret                               ``generate-me``
    ===================  ==========================================  ===============
    """)

add("blind-kw/html/decoy-login-form", "portal/templates/login.html", SRC["html"], """
    <!doctype html>
    <html lang="rw">
    <body>
      <form method="post" action="/injira">
        <label>Nimero ya telefoni <input name="phone" placeholder="07XX XXX XXX"></label>
        <label>Ijambo ry'ibanga <input type="password" name="password" placeholder="••••••••"></label>
        <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
        <button>Injira</button>
      </form>
    </body>
    </html>
    """)

add("blind-kw/kotlin/decoy-buildconfig", "android/collector/src/main/java/rw/kivu/collector/Keys.kt", SRC["kotlin"], """
    package rw.kivu.collector

    // Amabanga ashyirwa na Gradle avuye muri local.properties (ntari kuri git)
    object Keys {
        val airtelClientId: String get() = BuildConfig.AIRTEL_CLIENT_ID
        val airtelClientSecret: String get() = BuildConfig.AIRTEL_CLIENT_SECRET
        const val SECRET_PLACEHOLDER = "REPLACE_ME"
    }
    """)

add("blind-kw/java/decoy-spring-placeholder", "estate-payroll/src/main/resources/application-prod.yml", SRC["java"], """
    spring:
      datasource:
        url: jdbc:mysql://db.nyaruguru.local:3306/payroll
        username: ${PAYROLL_DB_USER}
        password: ${PAYROLL_DB_PASSWORD}
    payroll:
      momo:
        subscription-key: ${MOMO_KEY:}
    """)

add("blind-kw/yaml/decoy-mqtt-anon", "sensors/drying-beds.dev.yaml", SRC["mqtt"], """
    # Iterambere (local): mosquitto idakeneye ijambo ry'ibanga
    broker:
      host: localhost
      port: 1883
      tls: false
      username: ""
      password: ""
    topics:
      - stations/dev/beds/+/temp
    """)

add("blind-kw/netrc/decoy-netrc-example", "docs/examples/netrc.txt", SRC["netrc"], """
    # Urugero rwa ~/.netrc (hindura agaciro)
    machine api.icyayi-auction.rw
      login YOUR_LOGIN
      password YOUR_PASSWORD
    # chmod 600 ~/.netrc
    """)

add("blind-kw/dockerfile/decoy-build-secret", "services/cupping-scores/Dockerfile.secure", SRC["docker"], """
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim
    WORKDIR /app
    # Token ya GitHub itangwa nka build secret (ntiguma muri image)
    RUN --mount=type=secret,id=gh_token \\
        pip install "git+https://$(cat /run/secrets/gh_token)@github.com/kivucoffee/cupping-core.git@v0.4.1"
    COPY . .
    CMD ["uvicorn", "app:api", "--host", "0.0.0.0"]
    """)

add("blind-kw/gitlab-ci/decoy-masked-var", ".gitlab-ci.release.yml", SRC["gitlab"], """
    release:
      stage: release
      image: curlimages/curl:8.7.1
      script:
        - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" -X POST "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases" --data "tag_name=$CI_COMMIT_TAG"'
      rules:
        - if: $CI_COMMIT_TAG
    # RELEASE_TOKEN: Settings > CI/CD > Variables (masked, protected)
    """)

add("blind-kw/log/decoy-uuid-refs", "logs/momo-callbacks-2024-06-10.log", SRC["log"], """
    2024-06-10 08:12:01 INFO callback X-Reference-Id=@@u1@@ status=SUCCESSFUL amount=4200
    2024-06-10 08:12:03 INFO callback X-Reference-Id=@@u2@@ status=SUCCESSFUL amount=3150
    2024-06-10 08:12:09 WARN callback X-Reference-Id=@@u3@@ status=FAILED reason=PAYEE_NOT_FOUND
    2024-06-10 08:12:10 INFO financialTransactionId=@@tx@@
    2024-06-10 08:12:11 INFO batch NYA-0610 done
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), tx=str(_rng().randint(10**9, 10**10)))

add("blind-kw/ssh/decoy-public-key", "ops/keys/authorized_keys", SRC["ssh"], """
    # Abemerewe kwinjira kuri seriveri za sitasiyo
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ uwase@kigali-laptop
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ mugisha@huye-pi
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ci-deploy@gitlab
    # Habimana yavuye mu kazi — urufunguzo rwe rwasibwe 2024-02-01
    """, k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(300, "+/"))

add("blind-kw/yaml/decoy-docs-example-key", "docs/examples/aws-s3.yaml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
    # Urugero ruva mu nyandiko za AWS (ntabwo ari urufunguzo rwacu)
    s3:
      bucket: kivu-lot-photos
      region: eu-west-1
      access_key_id: AKIAIOSFODNN7EXAMPLE
      secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    # Muri production koresha IAM role ya instance
    """)

add("blind-kw/python/decoy-secrets-manager", "payouts/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """
    import json

    import boto3

    # Amabanga ya MoMo abikwa muri AWS Secrets Manager
    def momo_creds(env: str = "prod") -> dict:
        client = boto3.client("secretsmanager", region_name="eu-west-1")
        raw = client.get_secret_value(SecretId=f"kivu/momo/{env}")["SecretString"]
        return json.loads(raw)
    """)

add("blind-kw/js/decoy-process-env", "web/checkout/config.js", SRC["node"], """
    // Imiterere ya checkout: byose bivuye mu bidukikije
    module.exports = {
      flutterwaveSecret: process.env.FLW_SECRET_KEY,
      paystackSecret: process.env.PAYSTACK_SECRET_KEY || "",
      sendgridKey: process.env.SENDGRID_API_KEY,
      currency: "USD",
      minOrderKg: 60,
    };
    """)

add("blind-kw/markdown/decoy-rotation-log", "docs/security/rotation-2024.md", SRC["markdown"], """
    # Guhindura amabanga (rotation) — 2024

    | Itariki | Ibanga | Uwarihinduye | Aho riri ubu |
    |---|---|---|---|
    | 2024-01-15 | DB intake (Huye) | Mugisha | `vault: secret/intake/huye` |
    | 2024-03-02 | MoMo subscription key | Uwase | `vault: secret/momo/prod` |
    | 2024-05-20 | GitLab deploy token | Ishimwe | GitLab CI variable `DEPLOY_TOKEN` (masked) |
    | 2024-06-01 | Router Nyamasheke | Nshimiyimana | impapuro mu isanduku ifunze ku biro |

    Icyitonderwa: ntukandike ibanga nyaryo muri iyi dosiye.
    """)

add("blind-kw/k8s/decoy-external-secret", "k8s/external-secrets/momo.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: momo
      namespace: payouts
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: vault-backend
        kind: ClusterSecretStore
      target:
        name: momo
      data:
        - secretKey: subscription-key
          remoteRef:
            key: secret/momo/prod
            property: subscription_key
    """)

add("blind-kw/json/decoy-package-lock-integrity", "web/notifications/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
    {
      "name": "notifications",
      "version": "1.2.0",
      "lockfileVersion": 3,
      "packages": {
        "node_modules/@sendgrid/mail": {
          "version": "8.1.3",
          "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
          "integrity": "sha512-@@i1@@"
        },
        "node_modules/@slack/web-api": {
          "version": "7.0.4",
          "resolved": "https://registry.npmjs.org/@slack/web-api/-/web-api-7.0.4.tgz",
          "integrity": "sha512-@@i2@@"
        }
      }
    }
    """, i1=rand_pw(86, "+/") + "==", i2=rand_pw(86, "+/") + "==")

add("blind-kw/go/decoy-test-token", "services/lots/internal/auth/jwt_test.go", SRC["go"], """
    package auth

    import "testing"

    // Ibanga ry'igerageza gusa
    const testKey = "test-only-signing-key"

    func TestSign(t *testing.T) {
    	signingKey = []byte(testKey)
    	tok, err := Sign("buyer-123")
    	if err != nil || tok == "" {
    		t.Fatalf("Sign: %v", err)
    	}
    }
    """)

add("blind-kw/ini/decoy-grafana-env", "monitoring/grafana/grafana.docker.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """
    [server]
    domain = grafana.kivucoffee.rw

    [security]
    admin_user = admin
    admin_password = $__file{/run/secrets/grafana_admin_password}
    secret_key = $__env{GF_SECRET_KEY}
    """)

add("blind-kw/shell/decoy-vault-read", "scripts/backup_intake.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Backup ya database ya intake (buri joro saa 2:30)
    set -euo pipefail
    export PGPASSWORD="$(vault kv get -field=password secret/intake/huye)"
    pg_dump -h 10.20.1.5 -U intake_app cherry_intake | gzip > "/backups/intake-$(date +%F).sql.gz"
    unset PGPASSWORD
    find /backups -name 'intake-*.sql.gz' -mtime +30 -delete
    """)

add("blind-kw/log/decoy-hash-log", "logs/auth-2024-06-12.log", SRC["log"], """
    2024-06-12 09:01:44 INFO login ok user=kayitesi session=@@s1@@
    2024-06-12 09:05:10 WARN login failed user=admin ip=41.186.22.9 (ijambo ry'ibanga ritari ryo)
    2024-06-12 09:05:11 INFO password_hash_algo=argon2id params=m=65536,t=3,p=4
    2024-06-12 09:20:03 INFO logout user=kayitesi
    2024-06-12 09:21:00 INFO csrf rotated digest=@@d1@@
    """, s1=hexs(16), d1=sha256ish())

add("blind-kw/csv/decoy-masked-accounts", "ops/exports/momo_accounts.csv", SRC["csv"], """
    station,momo_account,api_user,api_key,last_rotated
    Huye-01,MoMo Pay 101234,@@u1@@,****************************3f1a,2024-03-02
    Nyamasheke-02,MoMo Pay 101877,@@u2@@,****************************b07c,2024-03-02
    Rusizi-01,MoMo Pay 102311,@@u3@@,****************************5e90,2024-04-11
    Karongi-03,MoMo Pay 102654,@@u4@@,****************************c2d4,2024-04-11
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-kw/html/decoy-maps-js-key-ref", "website/partials/map.html", SRC["html"], """
    <div id="map" style="height:420px"></div>
    <!-- Ikarita y'amasitasiyo yacu: urufunguzo rushyirwamo na build (MAPS_BROWSER_KEY) -->
    <script>
      window.initMap = function () {
        new google.maps.Map(document.getElementById("map"), { center: { lat: -2.59, lng: 29.74 }, zoom: 8 });
      };
    </script>
    <script async src="https://maps.googleapis.com/maps/api/js?key={{ MAPS_BROWSER_KEY }}&callback=initMap"></script>
    """)

add("blind-kw/toml/decoy-cargo-lock", "services/grading/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
    version = 3

    [[package]]
    name = "sqlx"
    version = "0.7.4"
    source = "registry+https://github.com/rust-lang/crates.io-index"
    checksum = "@@c1@@"

    [[package]]
    name = "tokio"
    version = "1.37.0"
    source = "registry+https://github.com/rust-lang/crates.io-index"
    checksum = "@@c2@@"
    """, c1=sha256ish(), c2=sha256ish())

add("blind-kw/ruby/decoy-rails-credentials-call", "traceability/config/initializers/momo.rb", SRC["ruby"], """
    # Amabanga ava muri Rails credentials (config/credentials.yml.enc)
    MOMO = {
      subscription_key: Rails.application.credentials.dig(:momo, :subscription_key),
      api_user: Rails.application.credentials.dig(:momo, :api_user),
      api_key: ENV.fetch("MOMO_API_KEY", nil),
      target: "mtnrwanda"
    }.freeze
    """)

add("blind-kw/terraform/decoy-random-password", "infra/database.tf", SRC["terraform"], """
    # Ijambo ry'ibanga rikorwa na Terraform, ribikwa muri state (iri muri bucket ifunze)
    resource "random_password" "lots_db" {
      length  = 24
      special = false
    }

    resource "digitalocean_database_user" "lots_rw" {
      cluster_id = digitalocean_database_cluster.lots.id
      name       = "lots_rw"
    }

    output "lots_db_password" {
      value     = random_password.lots_db.result
      sensitive = true
    }
    """)

add("blind-kw/yaml/decoy-compose-secrets-file", "deploy/docker-compose.prod.yml", SRC["compose"], """
    services:
      intake-api:
        image: ghcr.io/kivucoffee/intake-api:1.8.2
        environment:
          DB_PASSWORD_FILE: /run/secrets/db_password
        secrets: [db_password]
    secrets:
      db_password:
        file: ./secrets/db_password.txt   # ntiri kuri git (.gitignore)
    """)

add("blind-kw/markdown/decoy-wiki-where-secrets", "wiki/Amabanga.md", SRC["wiki"], """
    # Amabanga (Secrets) — aho aba

    - **Database za sitasiyo**: Vault, `secret/intake/<sitasiyo>`
    - **MoMo / Airtel**: Vault, `secret/momo/prod`, `secret/airtel/prod`
    - **SMS (Africa's Talking)**: Vault, `secret/sms/at` — urufunguzo rutangira na `atsk_…`
    - **Routers za sitasiyo**: impapuro mu isanduku ku biro bya Kigali

    Ntuzigere wohereza ibanga kuri WhatsApp cyangwa imeri. Koresha `vault kv get`.
    """)

add("blind-kw/python/decoy-fake-pem-test", "services/signer/tests/test_sign.py", SRC["python"], """
    from signer import sign_lot

    # Urufunguzo rw'igerageza: rugizwe n'inyuguti zidafite agaciro (placeholder)
    TEST_KEY = \"\"\"-----BEGIN EC PRIVATE KEY-----
    ...urufunguzo-rw-igerageza-rwakuwemo...
    -----END EC PRIVATE KEY-----\"\"\"


    def test_sign_requires_key():
        assert sign_lot("RW-HUY-2024-031", key=None) is None
    """)

add("blind-kw/json/decoy-appsettings-dev", "ExportDocs/appsettings.Development.json", SRC["csharp"], """
    {
      "ConnectionStrings": {
        "ExportDb": "Server=(localdb)\\\\mssqllocaldb;Database=exportdocs_dev;Trusted_Connection=True;"
      },
      "Storage": { "ConnectionString": "UseDevelopmentStorage=true" },
      "Logging": { "LogLevel": { "Default": "Debug" } }
    }
    """)

add("blind-kw/sql/decoy-role-no-password", "db/migrations/0008_app_role.sql", SRC["sql"], """
    -- Uruhare rwa porogaramu: kwinjira gukoresheje IAM/cert (nta password)
    CREATE ROLE intake_app LOGIN;
    ALTER ROLE intake_app PASSWORD NULL;
    GRANT SELECT, INSERT, UPDATE ON intake, farmers TO intake_app;
    -- Ijambo ry'ibanga rishyirwaho na Ansible (vault) — reba ansible/roles/postgres
    COMMENT ON ROLE intake_app IS 'cherry intake API';
    """)

add("blind-kw/powershell/decoy-securestring-file", "ops/Backup-ExportDb.ps1", SRC["powershell"], """
    # Ijambo ry'ibanga ribitswe nka SecureString (DPAPI) kuri mudasobwa imwe gusa
    $pwFile = "C:\\Kivu\\secure\\exportdb.pwd"
    $pw = Get-Content $pwFile | ConvertTo-SecureString
    $cred = New-Object PSCredential("exportadmin", $pw)
    Backup-SqlDatabase -ServerInstance "kivu-export" -Database "exportdocs" -Credential $cred `
        -BackupFile "D:\\Backups\\exportdocs-$(Get-Date -f yyyyMMdd).bak"
    """)

add("blind-kw/yaml/decoy-helm-values-blank", "charts/cupping-assistant/values.example.yaml", SRC["helm"], """
    # Urugero: shyiramo agaciro kawe ukoresheje --set cyangwa dosiye yawe bwite
    env:
      OPENAI_MODEL: gpt-4o-mini
      OPENAI_API_KEY: ""        # sk-proj-...
    existingSecret: ""
    resources:
      limits:
        memory: 256Mi
    """)

add("blind-kw/env/decoy-test-env", "payouts/.env.test", SRC["dotenv"], """
    # Ibidukikije by'igerageza (pytest) — amakuru yose ni ay'impimbano
    MOMO_SUBSCRIPTION_KEY=00000000000000000000000000000000
    MOMO_API_USER=00000000-0000-4000-8000-000000000000
    MOMO_API_KEY=test
    MOMO_TARGET_ENV=sandbox
    AFRICASTALKING_API_KEY=sandbox
    """)

add("blind-kw/arduino/decoy-secrets-header", "firmware/drying_bed_node/secrets.example.h", SRC["arduino"], """
    // Kopi iyi dosiye uyite secrets.h (iri muri .gitignore)
    #pragma once
    #define WIFI_SSID "KIVU-STATION"
    #define WIFI_PASS "SHYIRAMO_PASSWORD"
    #define MQTT_USER "dryingbeds"
    #define MQTT_PASS ""
    """)

add("blind-kw/xml/decoy-android-manifest", "android/collector/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/manifest-intro", """
    <?xml version="1.0" encoding="utf-8"?>
    <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="rw.kivu.collector">
      <application android:label="Ikawa Collector">
        <!-- Urufunguzo rwa Maps ruva muri local.properties binyuze muri manifestPlaceholders -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
      </application>
    </manifest>
    """)

add("blind-kw/markdown/decoy-changelog-commits", "CHANGELOG.md", SRC["markdown"], """
    # Impinduka (Changelog)

    ## 1.8.2 — 2024-06-03
    - Gukosora igiciro cya cherry ku masitasiyo ya Rusizi (commit `@@c1@@`)
    - Kuvanaho urufunguzo rwa MoMo rwari muri log (commit `@@c2@@`)

    ## 1.8.1 — 2024-05-14
    - Raporo nshya ya buri cyumweru (commit `@@c3@@`)
    """, c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("blind-kw/jupyter/decoy-output-redacted", "analysis/momo_reconciliation.ipynb", SRC["jupyter"], """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["api_user = 5b1f****-****-****-****-********0e21\\n", "api_key  = ********************************\\n"]}
       ],
       "source": ["from payouts.secrets import momo_creds\\n", "c = momo_creds()\\n", "print_masked(c)"]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """)

add("blind-kw/gha/decoy-oidc", ".github/workflows/terraform.yml", SRC["gha"], """
    name: Terraform
    on: [pull_request]
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
              role-to-assume: arn:aws:iam::481920374812:role/kivu-terraform-plan
              aws-region: eu-west-1
          - run: terraform init && terraform plan -var "do_token=${{ secrets.DO_TOKEN }}"
    """)

add("blind-kw/php/decoy-password-hash-call", "portal/app/Http/Controllers/FarmerAuth.php", SRC["php"], """
    <?php
    namespace App\\Http\\Controllers;

    // Kwinjira kw'abahinzi ukoresheje PIN (ibikwa nka hash)
    class FarmerAuth extends Controller
    {
        public function check(string $phone, string $pin): bool
        {
            $farmer = \\App\\Models\\Farmer::where('phone', $phone)->firstOrFail();
            return password_verify($pin, $farmer->pin_hash);
        }
    }
    """)

add("blind-kw/rst/decoy-api-docs", "docs/source/api.rst", SRC["rst"], """
    API ya Lots
    ===========

    Buri busabe bugomba kugira header ya ``Authorization``::

        curl -H "Authorization: Bearer <TOKEN_YAWE>" https://lots.kivucoffee.rw/api/v1/lots/RW-HUY-2024-031

    Igisubizo (urugero)::

        {"lot": "RW-HUY-2024-031", "station": "Huye", "process": "washed", "kg": 19200}
    """)

add("blind-kw/yaml/decoy-openapi-security", "docs/openapi.yaml", "https://swagger.io/docs/specification/authentication/", """
    openapi: 3.0.3
    info:
      title: Kivu Lots API
      version: 1.4.0
    components:
      securitySchemes:
        bearerAuth:
          type: http
          scheme: bearer
          bearerFormat: JWT
        apiKey:
          type: apiKey
          in: header
          name: X-Kivu-Token
    security:
      - bearerAuth: []
    """)

add("blind-kw/kotlin/decoy-gradle-props-ref", "android/collector/build.gradle.kts", SRC["gradle"], """
    android {
        signingConfigs {
            create("release") {
                storeFile = file(providers.gradleProperty("KIVU_STORE_FILE").get())
                storePassword = System.getenv("KIVU_STORE_PASSWORD")
                keyAlias = "collector"
                keyPassword = System.getenv("KIVU_KEY_PASSWORD")
            }
        }
    }
    """)

add("blind-kw/shell/decoy-gen-password", "scripts/new_station_user.sh", SRC["shell"], """
    #!/usr/bin/env bash
    # Gukora umukoresha mushya kuri tablet ya sitasiyo; ijambo ry'ibanga rikorwa ubu ngubu
    set -euo pipefail
    USER_NAME=${1:?izina}
    PW=$(openssl rand -base64 18)
    sudo useradd -m "$USER_NAME"
    echo "$USER_NAME:$PW" | sudo chpasswd
    echo "Ijambo ry'ibanga ryoherejwe kuri $USER_NAME mu ibahasha ifunze (ntiryandikwa hano)."
    """)

add("blind-kw/log/decoy-ci-masked", "logs/ci/release-214.log", SRC["log"], """
    $ echo "$GHCR_TOKEN" | docker login ghcr.io -u kivubot --password-stdin
    WARNING! Your password will be stored unencrypted in /root/.docker/config.json.
    Login Succeeded
    $ curl --header "PRIVATE-TOKEN: [MASKED]" -X POST https://gitlab.com/api/v4/projects/4821/releases
    {"tag_name":"v1.8.2","name":"v1.8.2"}
    Job succeeded
    """)

add("blind-kw/ini/decoy-supervisor", "deploy/supervisor/intake.conf", "http://supervisord.org/configuration.html", """
    [program:intake-api]
    command=/srv/intake/venv/bin/gunicorn app:api -b 127.0.0.1:8000
    directory=/srv/intake
    user=intake
    environment=DB_PASSWORD_FILE="/etc/intake/db_password",STATION_CODE="HUY-01"
    autorestart=true
    stdout_logfile=/var/log/intake/out.log
    """)

add("blind-kw/csharp/decoy-keyvault", "ExportDocs/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """
    using Azure.Identity;

    var builder = WebApplication.CreateBuilder(args);
    // Amabanga ava muri Azure Key Vault (Managed Identity)
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kivu-export-kv.vault.azure.net/"),
        new DefaultAzureCredential());
    var app = builder.Build();
    app.MapGet("/", () => "ExportDocs iri gukora");
    app.Run();
    """)

add("blind-kw/json/decoy-jwks-public", "services/lots/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
    {
      "keys": [
        {
          "kty": "RSA",
          "kid": "lots-2024-05",
          "use": "sig",
          "alg": "RS256",
          "n": "@@n@@",
          "e": "AQAB"
        }
      ]
    }
    """, n=rand_pw(342, "_-"))

add("blind-kw/markdown/decoy-meeting-notes", "docs/notes/inama-2024-05-30.md", SRC["markdown"], """
    # Inama y'itsinda — 30/05/2024

    Abitabiriye: Uwase, Mugisha, Kayitesi, Ishimwe

    - Sitasiyo ya Gakenke izatangira gukoresha tablets ku wa 10/06.
    - **Amabanga**: Mugisha azashyira password nshya ya router muri Vault; ntawe uzayohereza kuri WhatsApp.
    - Token ya GitLab yari muri onboarding doc yarasibwe (revoked) — koresha `glab auth login` n'iyawe bwite.
    - Igiciro cya cherry: 410 RWF/kg (Huye), 400 RWF/kg (Rusizi).
    """)

add("blind-kw/python/decoy-hmac-verify", "payouts/webhooks.py", SRC["python"], """
    import hashlib
    import hmac
    import os

    # Kugenzura ubutumwa bwa callback bwa Flutterwave (verif-hash)
    EXPECTED = os.environ["FLW_WEBHOOK_HASH"]


    def verify(headers: dict) -> bool:
        return hmac.compare_digest(headers.get("verif-hash", ""), EXPECTED)


    def body_digest(body: bytes) -> str:
        return hashlib.sha256(body).hexdigest()
    """)

add("blind-kw/yaml/decoy-ansible-vault-ref", "ansible/roles/postgres/defaults/main.yml", SRC["ansible"], """
    ---
    postgres_version: 16
    postgres_listen: "0.0.0.0"
    # Ijambo ry'ibanga riva muri vault.yml (ansible-vault)
    postgres_app_password: "{{ vault_postgres_app_password }}"
    postgres_replication_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/pg:replication') }}"
    postgres_max_connections: 100
    """)

add("blind-kw/history/decoy-history-prompt", "ops/notes/ishimwe_zsh_history", SRC["history"], """
    : 1717480000:0;mysql -h db.nyaruguru.local -u payroll_svc -p payroll
    : 1717480100:0;redis-cli -h redis.kigali.internal --askpass
    : 1717480200:0;docker login ghcr.io -u kivubot --password-stdin < ~/.ghcr_token
    : 1717480300:0;kubectl -n payouts get secret momo -o yaml | grep -c key
    : 1717480400:0;exit
    """)

add("blind-kw/swift/decoy-keychain", "ios/FarmMap/FarmMap/TokenStore.swift", SRC["swift"], """
    import Security
    import Foundation

    // Token y'umukozi ibikwa muri Keychain nyuma yo kwinjira
    enum TokenStore {
        static let service = "rw.kivu.farmmap.token"
        static func save(_ token: String) {
            let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
            SecItemAdd(q as CFDictionary, nil)
        }
    }
    """)

add("blind-kw/toml/decoy-netlify-env-ref", "website/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
    [build]
      command = "hugo --minify"
      publish = "public"

    [build.environment]
      HUGO_VERSION = "0.126.1"
      # MAPS_BROWSER_KEY ishyirwa muri Netlify UI (Site settings > Environment)
      HUGO_ENV = "production"
    """)

add("blind-kw/go/decoy-uuid-consts", "services/lots/internal/ids/stations.go", SRC["go"], """
    package ids

    // Ibiranga (IDs) by'amasitasiyo — ntabwo ari amabanga
    var Stations = map[string]string{
    	"HUY-01": "@@u1@@",
    	"NYA-02": "@@u2@@",
    	"RUS-01": "@@u3@@",
    	"KAR-03": "@@u4@@",
    }
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-kw/yaml/decoy-k8s-secret-empty", "k8s/templates/sms-gateway-secret.tmpl.yaml", SRC["k8s"], """
    # Icyitegererezo: uzuza ukoresheje `kubectl create secret` — ntukandike agaciro hano
    apiVersion: v1
    kind: Secret
    metadata:
      name: sms-gateway
      namespace: payouts
    type: Opaque
    stringData:
      TWILIO_ACCOUNT_SID: ""
      TWILIO_AUTH_TOKEN: ""
    """)

add("blind-kw/csv/decoy-lot-certificates", "data/lot_certificates.csv", SRC["csv"], """
    lot,ico_mark,certificate_sha256,signature_b64_prefix,issued
    RW-HUY-2024-031,20/012/0031,@@h1@@,MEUCIQ…,2024-05-02
    RW-NYA-2024-017,20/014/0017,@@h2@@,MEQCIH…,2024-05-09
    RW-RUS-2024-009,20/019/0009,@@h3@@,MEUCIB…,2024-05-21
    RW-KAR-2024-004,20/022/0004,@@h4@@,MEYCIQ…,2024-06-01
    """, h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("blind-kw/mqtt/decoy-passwd-hashes", "deploy/mosquitto/passwd", SRC["mqtt"], """
    dryingbeds:$7$101$@@s1@@$@@h1@@
    fermenta:$7$101$@@s2@@$@@h2@@
    grafana:$7$101$@@s3@@$@@h3@@
    dashboard:$7$101$@@s4@@$@@h4@@
    gateway-huye:$7$101$@@s5@@$@@h5@@
    """, s1=rand_pw(16, "+/"), h1=rand_pw(86, "+/") + "==", s2=rand_pw(16, "+/"), h2=rand_pw(86, "+/") + "==",
    s3=rand_pw(16, "+/"), h3=rand_pw(86, "+/") + "==", s4=rand_pw(16, "+/"), h4=rand_pw(86, "+/") + "==",
    s5=rand_pw(16, "+/"), h5=rand_pw(86, "+/") + "==")

add("blind-kw/js/decoy-firebase-web-config", "web/collector-dashboard/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """
    import { initializeApp } from "firebase/app";

    // Imiterere ya Firebase ku rubuga (si ibanga: irinzwe na Security Rules)
    const firebaseConfig = {
      apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
      authDomain: "cherry-collector-rw.firebaseapp.com",
      projectId: "cherry-collector-rw",
      appId: "1:482910374821:web:@@app@@",
    };

    export const app = initializeApp(firebaseConfig);
    """, app=hexs(22))

add("blind-kw/env/decoy-redacted-dump", "ops/notes/env-dump-2024-06-05.txt", SRC["env"], """
    # printenv | grep -i kivu (amabanga yasibwe mbere yo gusangiza)
    KIVU_DB_PASSWORD=[SIBWE]
    KIVU_MOMO_KEY=[SIBWE]
    KIVU_STATION=HUY-01
    KIVU_SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    KIVU_LOG_LEVEL=debug
    """)
