"""Blind set MN: Tamil Nadu teams.

A Tiruppur knitwear exporter (factory floor machines, buyer EDI, GST e-invoicing, payments) and a
Madurai eye hospital (appointment app, lab interfaces, pharmacy stock), with their decoys.
Comments and notes partly in Tamil. Generated fakes only (seeds 7430000-7439999).
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
SEED_LO, SEED_HI = 7430000, 7439999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Noyyal", "Kovai", "Vaigai", "Meenakshi", "Kolam", "Jasmine", "Pongal", "Marudham", "Thenkasi",
         "Banyan", "Kaveri", "Aravind", "Thiru", "Neem", "Malli", "Senthil", "Palani", "Kurinji"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("@#!$*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def razorpay_secret() -> str:
    return fakes.drawn_mixed(_seed(), 24)


def razorpay_id(mode: str = "live") -> str:
    return fakes.fake(f"rzp_{mode}_", 14, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"edi-bot","iat":%d}' % _rng().randint(1700000000, 1790000000)).encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- Tiruppur knitwear exporter

S = words_pw()
add("blind-mn/env/database-password", "knit-erp/.env", "https://github.com/motdotla/dotenv", """# Sri Velan Knits ERP - உற்பத்தி (production)
APP_ENV=production
DB_HOST=10.20.1.14
DB_PORT=5432
DB_NAME=knit_erp
DB_USER=erp_app
DB_PASSWORD=@@pw@@
GST_STATE_CODE=33
""", S, pw=S)

add("blind-mn/env/decoy-placeholder", "knit-erp/.env.example", "https://github.com/motdotla/dotenv", """# இந்த கோப்பை .env ஆக நகலெடுத்து மதிப்புகளை நிரப்பவும்
APP_ENV=local
DB_HOST=localhost
DB_PORT=5432
DB_USER=erp_app
DB_PASSWORD=<your-db-password>
RAZORPAY_KEY_SECRET=
EINVOICE_CLIENT_SECRET=changeme
""")

S = rand_pw(24)
add("blind-mn/python/einvoice-client-secret", "gst_einvoice/irp_client.py", "https://einvoice1.gst.gov.in/Others/ApiDocs", """\"\"\"IRP (e-invoice) API client - GSTIN 33AAGCS4417M1Z2, Tiruppur.\"\"\"
import requests

IRP_BASE = "https://api.einvoice1.gst.gov.in"
CLIENT_ID = "AAGCS29TXP6QWE1"
# ஜிஎஸ்டி போர்ட்டலில் இருந்து பெற்றது - பகிர வேண்டாம்
CLIENT_SECRET = "@@s@@"


def auth_headers(gstin: str) -> dict:
    return {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "Gstin": gstin}


def get_token(session: requests.Session, gstin: str) -> str:
    resp = session.post(IRP_BASE + "/eivital/v1.04/auth", headers=auth_headers(gstin), timeout=30)
    resp.raise_for_status()
    return resp.json()["Data"]["AuthToken"]
""", S, s=S)

add("blind-mn/python/decoy-env-reference", "gst_einvoice/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """import os

# அனைத்து ரகசியங்களும் Vault இலிருந்து சூழல் மாறிகளாக வருகின்றன
IRP_CLIENT_ID = os.environ["IRP_CLIENT_ID"]
IRP_CLIENT_SECRET = os.environ["IRP_CLIENT_SECRET"]
IRP_PASSWORD = os.environ.get("IRP_PASSWORD", "")
EWB_API_PASSWORD = os.getenv("EWB_API_PASSWORD")
GSTIN = os.getenv("GSTIN", "33AAGCS4417M1Z2")
""")

S = razorpay_secret()
add("blind-mn/php/razorpay-secret", "buyer-portal/config/razorpay.php", "https://razorpay.com/docs/payments/server-integration/php/", """<?php
// Razorpay - advance payment for sample orders (மாதிரி ஆர்டர் முன்பணம்)
return [
    'key_id'     => '@@kid@@',
    'key_secret' => '@@s@@',
    'currency'   => 'INR',
    'webhook_path' => '/hooks/razorpay',
];
""", S, s=S, kid=razorpay_id())

add("blind-mn/php/decoy-publishable-key", "buyer-portal/resources/views/checkout.blade.php", "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", """<script src="https://checkout.razorpay.com/v1/checkout.js"></script>
<script>
  // key_id பொது விசை மட்டுமே; secret சர்வரில் மட்டும்
  var options = {
    "key": "{{ config('razorpay.key_id') }}",
    "amount": "{{ $order->amount_paise }}",
    "currency": "INR",
    "name": "Sri Velan Knits",
    "order_id": "{{ $order->razorpay_order_id }}"
  };
  new Razorpay(options).open();
</script>
""")

S = rand_pw(16)
add("blind-mn/yaml/sftp-password", "edi/as2-partners.yml", "https://docs.spring.io/spring-integration/reference/sftp.html", """# வாங்குபவர் EDI கூட்டாளிகள் (buyer EDI partners)
partners:
  - name: nordic-retail
    protocol: sftp
    host: edi.nordicretail.example.se
    port: 22
    user: svk_tiruppur
    password: "@@pw@@"
    inbound: /out/850
    outbound: /in/856
  - name: uk-highstreet
    protocol: as2
    as2_id: SVKNITS-TUP
""", S, pw=S)

add("blind-mn/yaml/decoy-vault-reference", "edi/as2-partners.staging.yml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """# staging - கடவுச்சொல் Vault இல் உள்ளது
partners:
  - name: nordic-retail
    protocol: sftp
    host: sftp-test.nordicretail.example.se
    user: svk_tiruppur_test
    password: "{{ with secret \\"kv/data/edi/nordic\\" }}{{ .Data.data.password }}{{ end }}"
    inbound: /out/850
    outbound: /in/856
""")

S = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-mn/pem/ssh-private-key", "edi/keys/nordic_sftp_ed25519", "https://man.openbsd.org/ssh-keygen", "@@k@@\n", S, k=S)

add("blind-mn/pem/decoy-public-key", "edi/keys/nordic_sftp_ed25519.pub", "https://man.openbsd.org/ssh-keygen", """# nordic-retail SFTP க்கு அனுப்பிய பொது விசை - 2026-03-02
# fingerprint SHA256:q3vR0cKq9tP8bY1mZlX2e7wW4uJ6hN5sD0aF1gH2jK4
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2Wc4Qw8m1tq7nPjv0Lr3sYxZ5aBdE9fGhIjKlMnOp svk-edi@tup-gw01
# expires with the partner agreement, renew via purchasing
# contact: edi-team@srivelanknits.example.in
""")

S = slack_webhook()
add("blind-mn/shell/slack-webhook", "factory/scripts/knit_downtime_alert.sh", "https://api.slack.com/messaging/webhooks", """#!/usr/bin/env bash
# பின்னல் இயந்திரம் நின்றால் Slack க்கு அறிவிப்பு
set -euo pipefail
MACHINE="$1"
MINUTES="$2"
HOOK="@@h@@"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Machine ${MACHINE} down ${MINUTES} min - shift B\\"}" \\
  "$HOOK"
""", S, h=S)

add("blind-mn/shell/decoy-env-reference", "factory/scripts/shift_report.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """#!/usr/bin/env bash
# ஷிப்ட் அறிக்கை - ஒவ்வொரு நாளும் காலை 6 மணி
set -euo pipefail
: "${SLACK_WEBHOOK_URL:?set SLACK_WEBHOOK_URL in /etc/default/shift-report}"
: "${ERP_DB_PASSWORD:?missing}"
PGPASSWORD="$ERP_DB_PASSWORD" psql -h 10.20.1.14 -U report knit_erp -f /opt/reports/shift.sql -o /tmp/shift.txt
curl -s -X POST -H 'Content-type: application/json' --data @/tmp/shift.json "$SLACK_WEBHOOK_URL"
""")

S = rand_pw(12, "#@")
add("blind-mn/ini/mqtt-password", "factory/gateway/mosquitto_bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """# தறி இயந்திர IoT நுழைவாயில் - Unit 2, Avinashi Road
connection cloud-bridge
address mqtt.srivelanknits.example.in:8883
topic knit/+/rpm out 1
topic knit/+/stops out 1
remote_clientid tup-unit2-gw
remote_username unit2_gateway
remote_password @@pw@@
bridge_cafile /etc/mosquitto/ca.crt
""", S, pw=S)

add("blind-mn/ini/decoy-hashed-password", "factory/gateway/mosquitto_passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """unit1_gateway:$7$101$Qm9yX2tuaXRzX3NhbHQx$kF0a3y8vR2n9Lq5WcXbT1pZ7mJ4sH6dE0uA2gYiO3rNfK8lB5tV9eC1xQ4wS7zU2hM6jD0aP3oG5iR8yL1nX==
unit2_gateway:$7$101$dGlydXBwdXJfdW5pdDJz$Hc9Pq2Lz5Xw8Nv1Rk4Tb7Ym0Ja3Ue6Sd9Gf2Hi5Ko8Lp1Mq4Nr7Os0Pt3Qu6Rv9Sw2Tx5Uy8Vz1Wa4Xb7==
dyeing_plc:$7$101$ZHllaW5nX3BsY19zYWx0$Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mm3Nn4Oo5Pp6Qq7Rr8Ss9Tt0Uu1Vv2Ww3Xx4Yy5Zz6Aa7Bb8==
# mosquitto_passwd -U மூலம் உருவாக்கப்பட்டது; எளிய கடவுச்சொற்கள் இங்கு இல்லை
# regenerate: mosquitto_passwd -c mosquitto_passwd unit1_gateway
""")

S = rand_pw(20)
add("blind-mn/java/database-password", "buyer-edi/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """# EDI 850/856/810 converter
spring.application.name=buyer-edi
spring.datasource.url=jdbc:sqlserver://10.20.1.30:1433;databaseName=EDI_HUB;encrypt=true;trustServerCertificate=true
spring.datasource.username=edi_svc
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
edi.partner.default=nordic-retail
# ஆர்டர் கோப்புகள் ஒவ்வொரு 10 நிமிடமும் சரிபார்க்கப்படும்
edi.poll.cron=0 */10 * * * *
""", S, pw=S)

add("blind-mn/java/decoy-env-reference", "buyer-edi/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """spring.datasource.url=jdbc:sqlserver://edi-db.prod.internal:1433;databaseName=EDI_HUB;encrypt=true
spring.datasource.username=${EDI_DB_USER}
spring.datasource.password=${EDI_DB_PASSWORD}
edi.sftp.password=${NORDIC_SFTP_PASSWORD:}
edi.as2.keystore-password=${AS2_KEYSTORE_PASSWORD}
# prod ரகசியங்கள் Kubernetes Secret edi-prod இல்
""")

S = rand_pw(18)
add("blind-mn/k8s-secret/database-password", "deploy/k8s/knit-erp-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: knit-erp-db
  namespace: erp
  labels:
    app: knit-erp
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
""", S, u=b64("erp_app"), p=b64(S))

add("blind-mn/k8s-secret/decoy-sealed", "deploy/k8s/knit-erp-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: knit-erp-db
  namespace: erp
spec:
  encryptedData:
    DB_USER: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8TcqkQpH5uS6mD2aLk0r0M1eNfqz7yWvXh3LbC9JtR8sPnUo2gF5dE1cA6bK
    DB_PASSWORD: AgC8mQ2xR7tY1uI9oP3aS5dF6gH8jK0lZ4xC7vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4qW7eR0tY
  template:
    metadata:
      name: knit-erp-db
""")

S = fakes.aws_secret_key(_seed())
add("blind-mn/terraform/aws-secret-key", "infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """# ஏற்றுமதி ஆவணங்களுக்கான S3 (shipping bills, packing lists)
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@a@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "export_docs" {
  bucket = "svk-export-docs-prod"
}
""", S, a=fakes.aws_key_id(_seed()), s=S)

add("blind-mn/terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """variable "db_password" {
  description = "ERP RDS கடவுச்சொல் - TF_VAR_db_password மூலம் அனுப்பவும்"
  type        = string
  sensitive   = true
}

variable "razorpay_key_secret" {
  type      = string
  sensitive = true
  default   = ""
}
""")

S = gitlab_token()
add("blind-mn/gitlab-ci/gitlab-token", "knit-erp/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """stages: [test, package, deploy]

variables:
  # TODO: CI/CD variables க்கு நகர்த்தவும் - முருகன் 
  GL_DEPLOY_TOKEN: "@@t@@"
  PIP_INDEX_URL: https://gitlab.srivelanknits.example.in/api/v4/projects/12/packages/pypi/simple

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $GL_DEPLOY_TOKEN" https://gitlab.srivelanknits.example.in/api/v4/projects/12/deployments
""", S, t=S)

add("blind-mn/gitlab-ci/decoy-masked-variable", "buyer-edi/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """stages: [build, deploy]

build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B package -DskipTests
deploy:
  stage: deploy
  script:
    # $EDI_DEPLOY_TOKEN masked + protected (Settings > CI/CD > Variables)
    - 'curl --fail --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file target/buyer-edi.jar "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/buyer-edi/$CI_COMMIT_TAG/buyer-edi.jar"'
  only: [tags]
""")

S = sendgrid_key()
add("blind-mn/node/sendgrid-key", "buyer-portal/mailer/sendPackingList.js", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs", """// பேக்கிங் பட்டியல் மின்னஞ்சல் - buyer QA team க்கு
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@k@@');

async function sendPackingList(buyerEmail, poNumber, pdfBase64) {
  await sgMail.send({
    to: buyerEmail,
    from: 'shipping@srivelanknits.example.in',
    subject: `Packing list PO ${poNumber}`,
    text: 'Please find the packing list attached. Nandri!',
    attachments: [{ content: pdfBase64, filename: `PL-${poNumber}.pdf`, type: 'application/pdf' }],
  });
}

module.exports = { sendPackingList };
""", S, k=S)

add("blind-mn/node/decoy-test-fixture", "buyer-portal/mailer/sendPackingList.test.js", "https://jestjs.io/docs/mock-functions", """// போலி விசை - சோதனைக்கு மட்டும், SendGrid அழைக்கப்படாது
jest.mock('@sendgrid/mail');
const sgMail = require('@sendgrid/mail');
const { sendPackingList } = require('./sendPackingList');

test('sends to buyer', async () => {
  sgMail.setApiKey('SG.fake-key-for-tests');
  await sendPackingList('qa@buyer.example', 'PO-4471', 'UEsDBBQ=');
  expect(sgMail.send).toHaveBeenCalledWith(expect.objectContaining({ to: 'qa@buyer.example' }));
});
""")

S = words_pw()
add("blind-mn/compose/database-password", "factory/docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """services:
  mes:
    image: registry.srivelanknits.example.in/mes:2.4.1
    ports: ["8080:8080"]
    environment:
      MES_DB_URL: postgresql://mes:@@pw@@@mes-db:5432/mes
      PLANT: TUP-UNIT2
    depends_on: [mes-db]
  mes-db:
    image: postgres:16
    environment:
      POSTGRES_USER: mes
      POSTGRES_DB: mes
      POSTGRES_PASSWORD_FILE: /run/secrets/mes_db_pw
    secrets: [mes_db_pw]
secrets:
  mes_db_pw:
    file: ./secrets/mes_db_pw.txt
""", S, pw=S)

add("blind-mn/compose/decoy-secret-file", "factory/docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """# உள்ளூர் மேம்பாட்டுக்கு மட்டும்
services:
  mes:
    environment:
      MES_DB_URL: postgresql://mes@mes-db:5432/mes
      MES_DB_PASSWORD_FILE: /run/secrets/mes_db_pw
  mes-db:
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
""")

S = rand_pw(32)
add("blind-mn/csharp/plc-opc-password", "factory/OpcCollector/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Opc": {
    "Endpoint": "opc.tcp://10.20.5.21:4840",
    "SecurityPolicy": "Basic256Sha256",
    "UserName": "collector",
    "Password": "@@pw@@"
  },
  "ConnectionStrings": {
    "Mes": "Host=10.20.1.40;Database=mes;Username=collector;Password=${MES_PW}"
  }
}
""", S, pw=S)

add("blind-mn/csharp/decoy-user-secrets", "factory/OpcCollector/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """using Microsoft.Extensions.Configuration;

// சாய ஆலை (dyeing) OPC-UA தரவு சேகரிப்பு
var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json")
    .AddUserSecrets<Program>()   // dotnet user-secrets set "Opc:Password" "..."
    .AddEnvironmentVariables("OPC_")
    .Build();

var password = config["Opc:Password"] ?? throw new InvalidOperationException("Opc:Password not set");
Console.WriteLine($"Connecting to {config["Opc:Endpoint"]} as {config["Opc:UserName"]}");
""")

S = razorpay_secret()
add("blind-mn/python/razorpay-webhook-secret", "buyer_portal/payments/webhooks.py", "https://razorpay.com/docs/webhooks/validate-test/", """import hmac
import hashlib

from flask import Blueprint, request, abort

bp = Blueprint("rzp_hooks", __name__)
WEBHOOK_SECRET = b"@@s@@"  # Razorpay dashboard > Webhooks


@bp.post("/hooks/razorpay")
def razorpay_hook():
    sig = request.headers.get("X-Razorpay-Signature", "")
    digest = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, sig):
        abort(400)
    # பணம் பெறப்பட்டது -> ஆர்டர் நிலை மாற்றம்
    return "", 204
""", S, s=S)

add("blind-mn/python/decoy-signature-in-test", "buyer_portal/tests/test_webhooks.py", "https://razorpay.com/docs/webhooks/validate-test/", """import hmac, hashlib

# சோதனை ரகசியம் - உண்மையானது அல்ல
TEST_SECRET = b"test_webhook_secret"
BODY = b'{"event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_TEST0000000001"}}}}'


def test_signature_ok(client, monkeypatch):
    monkeypatch.setattr("buyer_portal.payments.webhooks.WEBHOOK_SECRET", TEST_SECRET)
    sig = hmac.new(TEST_SECRET, BODY, hashlib.sha256).hexdigest()
    r = client.post("/hooks/razorpay", data=BODY, headers={"X-Razorpay-Signature": sig})
    assert r.status_code == 204
""")

S = fakes.github_token(_seed())
add("blind-mn/shell-history/github-token", "ops/notes/murugan_bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd /opt/knit-erp
git pull
git remote -v
git remote set-url origin https://svk-deploy:@@t@@@github.com/srivelanknits/knit-erp.git
git pull origin main
sudo systemctl restart knit-erp
journalctl -u knit-erp -n 50
exit
""", S, t=S)

add("blind-mn/shell-history/decoy-credential-helper", "ops/notes/selvi_bash_history.txt", "https://git-scm.com/docs/gitcredentials", """cd /opt/buyer-portal
git config --global credential.helper 'cache --timeout=3600'
gh auth login --with-token < ~/.config/svk/gh_token
gh auth status
git pull origin main
php artisan migrate --force
sudo systemctl reload php8.2-fpm
""")

S = rand_pw(14, "!$")
add("blind-mn/markdown/ewaybill-password", "docs/ewaybill-setup.md", "https://docs.ewaybillgst.gov.in/apidocs/", """# இ-வே பில் (E-Way Bill) API அமைப்பு

டிரக் கிளம்பும் முன் EWB உருவாக்க வேண்டும் (consignment > ₹50,000).

| Field | Value |
|---|---|
| GSTIN | 33AAGCS4417M1Z2 |
| API user | SVK_API_TUP |
| API password | `@@pw@@` |
| Sandbox URL | https://gsp.adaequare.example/test/enriched/ewb |

Password ஐ 90 நாட்களுக்கு ஒருமுறை மாற்றவும் (portal rule).
""", S, pw=S)

add("blind-mn/markdown/decoy-redacted", "docs/einvoice-onboarding.md", "https://einvoice1.gst.gov.in/Others/ApiDocs", """# இ-இன்வாய்ஸ் IRP இணைப்பு

1. GST portal இல் API user உருவாக்கவும் (`SVK_EINV`).
2. Client ID / secret ஐ Vault `kv/gst/irp` இல் சேமிக்கவும்.
3. உள்ளூர் சோதனைக்கு `.env` இல் மட்டும்:

```
IRP_CLIENT_ID=AAGCS29TXP6QWE1
IRP_CLIENT_SECRET=****************
IRP_PASSWORD=<ask accounts team>
```

Secret கசிந்தால் உடனே portal இல் regenerate செய்யவும்.
""")

S = fakes.telegram_token(_seed())
add("blind-mn/python/telegram-bot-token", "factory/bots/stitching_line_bot.py", "https://core.telegram.org/bots/api", """\"\"\"தையல் பிரிவு மேற்பார்வையாளர்களுக்கான Telegram bot - hourly output.\"\"\"
import requests

BOT_TOKEN = "@@t@@"
CHAT_ID = -1002211334455


def post_output(line: str, pieces: int, target: int) -> None:
    text = f"Line {line}: {pieces}/{target} pcs ({pieces * 100 // target}%)"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    post_output("S-07", 412, 480)
""", S, t=S)

add("blind-mn/python/decoy-chat-id", "factory/bots/config_example.py", "https://core.telegram.org/bots/api", """# நகலெடுத்து config.py ஆக மாற்றவும்
BOT_TOKEN = "123456789:REPLACE_WITH_BOTFATHER_TOKEN"
CHAT_ID = -1002211334455          # supervisors group id (not secret)
LINES = ["S-01", "S-02", "S-07", "S-09"]
TARGET_PER_HOUR = 480
""")

S = rand_pw(22)
add("blind-mn/sql/database-password", "buyer-edi/db/migrations/V14__create_edi_reader.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """-- V14: read-only login for the Power BI shipment dashboard
-- ஏற்றுமதி டாஷ்போர்டுக்கான படிக்க மட்டும் அனுமதி
CREATE LOGIN edi_reader WITH PASSWORD = '@@pw@@', CHECK_POLICY = ON;
GO
USE EDI_HUB;
CREATE USER edi_reader FOR LOGIN edi_reader;
ALTER ROLE db_datareader ADD MEMBER edi_reader;
GO
""", S, pw=S)

add("blind-mn/sql/decoy-hash", "knit-erp/db/seed_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """-- ERP பயனர்கள் (bcrypt hashes only)
INSERT INTO app_user (login, full_name, role, password_hash) VALUES
 ('murugan.k', 'Murugan K', 'admin',  '$2b$12$Lq7vXxk0S1f0o5yI4pQj7uYtQhH0c3l9m8b7n6v5c4x3z2a1s0d9e'),
 ('selvi.r',   'Selvi R',   'merch',  '$2b$12$9hP0oL2kM4nB6vC8xZ1aQeWsRdTfYgUhJiKoLpMnBvCxZaSdFgHjK'),
 ('arun.s',    'Arun S',    'floor',  '$2b$12$Qw1Er2Ty3Ui4Op5As6Df7uGh8Jk9Lz0Xc1Vb2Nm3Qw4Er5Ty6Ui7O');
-- புதிய பயனர்: app இல் "reset password" பயன்படுத்தவும்
""")

S = fakes.drawn(_seed(), 40, HEX[:16])
add("blind-mn/go/api-key", "factory/rfid/cmd/bundlescan/main.go", "https://pkg.go.dev/net/http", """package main

// பண்டில் RFID ஸ்கேனர் -> MES
import (
	"bytes"
	"log"
	"net/http"
)

const mesURL = "https://mes.srivelanknits.example.in/api/v1/bundles"
const mesAPIKey = "@@k@@"

func push(body []byte) error {
	req, _ := http.NewRequest(http.MethodPost, mesURL, bytes.NewReader(body))
	req.Header.Set("X-Api-Key", mesAPIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	log.Printf("bundle push: %s", resp.Status)
	return nil
}
""", S, k=S)

add("blind-mn/go/decoy-checksum", "factory/rfid/go.sum", "https://go.dev/ref/mod#go-sum-files", """github.com/eclipse/paho.mqtt.golang v1.4.3 h1:2kwcUGn8seMUfWndX0hGbvH8r7crgcJguQNCyp70xik=
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:CSYvoAlsMkhYOXh/oKyxa8EcBci6dVkLCbo5tTC1RIE=
github.com/gorilla/websocket v1.5.0 h1:PPwGk2jz7EePpoHN/+ClbZu8SPxiqlu12wZP/3sWmnc=
github.com/gorilla/websocket v1.5.0/go.mod h1:YR8l580nyteQvAITg2hZ9XVh4b55+EU/adAjf1fMHhE=
golang.org/x/net v0.21.0 h1:AQyQV4dYCvJ7vGmJyKki9+PBdyvhkSd8EIx/qb0AYv4=
golang.org/x/net v0.21.0/go.mod h1:bIjVDfnllIU7BJ2DNgfnXvpSvtn8VRwhlsaeUTyUS44=
golang.org/x/sync v0.6.0 h1:5BMeUDZ7vkXGfEr1x9B4bRcTH4lpkTkpdh0T/J+qjbQ=
""")

S = fakes.fake_pem(_seed(), "RSA")
add("blind-mn/pem/as2-private-key", "edi/as2/svknits_as2_signing.key", "https://datatracker.ietf.org/doc/html/rfc4130", "@@k@@\n", S, k=S)

add("blind-mn/pem/decoy-certificate", "edi/as2/uk_highstreet_partner.crt", "https://datatracker.ietf.org/doc/html/rfc5280", """-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIUQ2hlbm5haS1hczItcGFydG5lcjAwDQYJKoZIhvcNAQEL
BQAwRTELMAkGA1UEBhMCR0IxEzARBgNVBAgMClNvbWUtU3RhdGUxITAfBgNVBAoM
GEludGVybmV0IFdpZGdpdHMgUHR5IEx0ZDAeFw0yNjAxMTAwOTAwMDBaFw0yNzAx
MTAwOTAwMDBaMEUxCzAJBgNVBAYTAkdCMRMwEQYDVQQIDApTb21lLVN0YXRlMSEw
HwYDVQQKDBhJbnRlcm5ldCBXaWRnaXRzIFB0eSBMdGQwggEiMA0GCSqGSIb3DQEB
-----END CERTIFICATE-----
""")

S = rand_pw(16)
add("blind-mn/powershell/smtp-password", "ops/scripts/Send-GstrReminder.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """# GSTR-1 தாக்கல் நினைவூட்டல் - ஒவ்வொரு மாதமும் 9ஆம் தேதி
$smtpUser = "accounts@srivelanknits.example.in"
$smtpPass = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
  -From $smtpUser -To "ca-office@example.in" `
  -Subject "GSTR-1 due on 11th" -Body "Sales register attached." `
  -Attachments "D:\\Reports\\sales_register.xlsx" -Credential $cred
""", S, pw=S)

add("blind-mn/powershell/decoy-credential-manager", "ops/scripts/Backup-TallyData.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """# Tally தரவு காப்புப்பிரதி -> NAS
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "svk-nas-backup"
if (-not $cred) { throw "Run: New-StoredCredential -Target svk-nas-backup -UserName backup -Password (Read-Host)" }
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\nas01\\tally" -Credential $cred | Out-Null
Copy-Item "C:\\Tally\\Data\\*" "B:\\$(Get-Date -Format yyyyMMdd)\\" -Recurse
Remove-PSDrive B
""")

# ---------------------------------------------------------------- Madurai eye hospital

S = hexs(32)
add("blind-mn/kotlin/twilio-auth-token", "kann-app/android/app/src/main/java/in/kannoli/appt/SmsReminder.kt", "https://www.twilio.com/docs/usage/api", """package `in`.kannoli.appt

import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

// சந்திப்பு நினைவூட்டல் SMS - நாளைய OPD
object SmsReminder {
    private const val ACCOUNT_SID = "@@sid@@"
    private const val AUTH_TOKEN = "@@t@@"
    private val client = OkHttpClient()

    fun send(to: String, body: String) {
        val form = FormBody.Builder().add("To", to).add("From", "+914522530000").add("Body", body).build()
        val req = Request.Builder()
            .url("https://api.twilio.com/2010-04-01/Accounts/$ACCOUNT_SID/Messages.json")
            .header("Authorization", Credentials.basic(ACCOUNT_SID, AUTH_TOKEN))
            .post(form).build()
        client.newCall(req).execute().close()
    }
}
""", S, sid=twilio_sid(), t=S)

add("blind-mn/kotlin/decoy-buildconfig", "kann-app/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    namespace = "in.kannoli.appt"
    defaultConfig {
        applicationId = "in.kannoli.appt"
        minSdk = 26
        // மதிப்புகள் local.properties / CI இல் இருந்து; repo வில் இல்லை
        buildConfigField("String", "API_BASE", "\\"https://api.kannoli-eye.example.in/\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

S = google_api_key()
add("blind-mn/xml/google-maps-key", "kann-app/android/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- கிளை மருத்துவமனைகள் வரைபடம் (Madurai, Theni, Dindigul) -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@k@@</string>
    <string name="branch_madurai">அண்ணா நகர், மதுரை</string>
</resources>
""", S, k=S)

add("blind-mn/xml/decoy-strings", "kann-app/android/app/src/main/res/values-ta/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">கண்ணொளி</string>
    <string name="login_password">கடவுச்சொல்</string>
    <string name="login_otp_hint">6 இலக்க OTP ஐ உள்ளிடவும்</string>
    <string name="error_wrong_password">தவறான கடவுச்சொல். மீண்டும் முயற்சிக்கவும்.</string>
    <string name="book_appointment">சந்திப்பை பதிவு செய்</string>
    <string name="api_key_missing">API key not configured</string>
</resources>
""")

S = rand_pw(20)
add("blind-mn/hl7/lab-interface-password", "lab/mirth/channels/cbc_analyzer_in.properties", "https://docs.nextgen.com/bundle/Mirth_User_Guide_4_5_0/page/connect/connect/topics/c_Database_Reader_connector_mc.html", """# Mirth channel: CBC / blood sugar analyzer -> LIS (ஆய்வகம்)
channel.name=CBC_ANALYZER_IN
source.type=TCP Listener
source.port=6661
destination.type=Database Writer
destination.driver=com.mysql.cj.jdbc.Driver
destination.url=jdbc:mysql://10.40.2.11:3306/lis
destination.username=mirth_lis
destination.password=@@pw@@
destination.query=INSERT INTO lab_result (mrn, test_code, value, unit) VALUES (${mrn}, ${code}, ${value}, ${unit})
""", S, pw=S)

add("blind-mn/hl7/decoy-message-sample", "lab/samples/oru_r01_hba1c.hl7", "https://www.hl7.org/implement/standards/product_brief.cfm?product_id=185", """MSH|^~\\&|ANALYZER|KANNOLI_LAB|LIS|KANNOLI|20260412093012||ORU^R01|MSG00042|P|2.5
PID|1||MRN2026004471^^^KANNOLI||PANDIAN^MEENA||19640302|F
OBR|1||LAB88213|4548-4^HbA1c^LN|||20260412084500
OBX|1|NM|4548-4^HbA1c^LN||7.9|%|4.0-5.6|H|||F
NTE|1||Diabetic retinopathy screening - refer to retina clinic
""")

S = fakes.django_secret_key(_seed())
add("blind-mn/python/django-secret-key", "appointments/kannoli/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["appt.kannoli-eye.example.in"]

# TODO env க்கு மாற்றவும் (சுரேஷ்)
SECRET_KEY = "@@k@@"

DATABASES["default"]["HOST"] = "10.40.1.5"
CSRF_TRUSTED_ORIGINS = ["https://appt.kannoli-eye.example.in"]
TIME_ZONE = "Asia/Kolkata"
LANGUAGE_CODE = "ta"
""", S, k=S)

add("blind-mn/python/decoy-get-random-secret", "appointments/kannoli/settings/dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from django.core.management.utils import get_random_secret_key

from .base import *  # noqa

DEBUG = True
# உள்ளூர் மட்டும் - ஒவ்வொரு முறையும் புதிய விசை
SECRET_KEY = get_random_secret_key()
ALLOWED_HOSTS = ["*"]
DATABASES["default"]["PASSWORD"] = ""
""")

S = rand_pw(16, "@#")
add("blind-mn/yaml/pharmacy-db-password", "pharmacy/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """# மருந்தகம் இருப்பு (pharmacy stock) - Rails
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: pharmacy_prod
  host: 10.40.1.7
  username: pharmacy
  password: "@@pw@@"
""", S, pw=S)

add("blind-mn/yaml/decoy-erb-env", "pharmacy/config/database.ci.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """test:
  adapter: postgresql
  database: pharmacy_test
  host: <%= ENV.fetch("PGHOST", "localhost") %>
  username: <%= ENV["PGUSER"] %>
  password: <%= ENV["PGPASSWORD"] %>
  # CI இல் postgres service container கடவுச்சொல் GitHub secret இலிருந்து
""")

S = hexs(32)
add("blind-mn/ruby/rails-master-key", "pharmacy/config/master.key.bak", "https://guides.rubyonrails.org/security.html#custom-credentials", """@@k@@
# பழைய master key - pharmacy app, 2025 ஜூலை
# credentials.yml.enc ஐ திறக்க தேவை
# TODO: இந்த கோப்பை நீக்கவும்
# (bin/rails credentials:edit)
""", S, k=S)

add("blind-mn/ruby/decoy-encrypted-credentials", "pharmacy/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """Lx7kQ0mZp3Vw9sN2bR5tY8uC1eF4gH6jK0lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hI7jK9lM1nO3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO9pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5z--Q2hlbm5haU1hZHVyYWk=--bTZ0Y2xhYnNhbHQ9PQ==


# (binary-safe; edit with bin/rails credentials:edit)
# மருந்தக ரகசியங்கள் இங்கே மறையாக்கப்பட்டவை
""")

S = fakes.fake("sk_live_", 24, _seed())
add("blind-mn/typescript/stripe-secret", "kann-app/server/src/payments/stripe.ts", "https://docs.stripe.com/api/authentication", """// NRI நோயாளிகளுக்கான அறுவை சிகிச்சை முன்பணம் (USD)
import Stripe from 'stripe';

export const stripe = new Stripe('@@k@@', {
  apiVersion: '2024-06-20',
});

export async function createDeposit(patientMrn: string, amountUsd: number) {
  return stripe.paymentIntents.create({
    amount: Math.round(amountUsd * 100),
    currency: 'usd',
    metadata: { mrn: patientMrn, dept: 'cataract' },
  });
}
""", S, k=S)

add("blind-mn/typescript/decoy-publishable-key", "kann-app/web/src/config/stripe.ts", "https://docs.stripe.com/keys", """// பொது (publishable) விசை - உலாவியில் பயன்படுத்தலாம்
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_51Nq8KannoliEyeHospitalPublicKey0xYz7Wq2Lm9Rt4Vb';
export const STRIPE_PRICE_CATARACT_DEPOSIT = 'price_1Nq8XYZcataractDeposit01';
export const SUPPORT_EMAIL = 'billing@kannoli-eye.example.in';
export const CURRENCY = 'usd';
""")

S = words_pw()
add("blind-mn/dotnet/connection-string", "lab/LisBridge/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- OCT / perimetry இயந்திர அறிக்கைகள் -> LIS -->
  <connectionStrings>
    <add name="Lis" connectionString="Server=10.40.2.20\\SQLEXPRESS;Database=LIS;User Id=lisbridge;Password=@@pw@@;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="WatchFolder" value="D:\\OCT\\Export" />
    <add key="PollSeconds" value="30" />
  </appSettings>
</configuration>
""", S, pw=S)

add("blind-mn/dotnet/decoy-integrated-security", "lab/LisBridge/App.Release.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <!-- Windows auth - கடவுச்சொல் தேவையில்லை -->
    <add name="Lis" connectionString="Server=lis-db01;Database=LIS;Integrated Security=SSPI;TrustServerCertificate=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

S = fakes.openai_key(_seed())
add("blind-mn/notebook/openai-key", "research/notebooks/discharge_summary_tamil.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# வெளியேற்ற சுருக்கம் தமிழில் (discharge summary translation trial)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@k@@\\")\\n",
    "resp = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=[{\\"role\\": \\"user\\", \\"content\\": summary_en}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", S, k=S)

add("blind-mn/notebook/decoy-getpass", "research/notebooks/iop_trend.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "# கண் அழுத்தம் (IOP) போக்கு - glaucoma clinic\\n",
    "os.environ[\\"LIS_PASSWORD\\"] = getpass.getpass(\\"LIS password: \\")\\n",
    "df = load_iop(mrn_list, password=os.environ[\\"LIS_PASSWORD\\"])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

S = slack_bot()
add("blind-mn/yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """global:
  resolve_timeout: 5m
route:
  receiver: it-oncall
receivers:
  - name: it-oncall
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@t@@
        channel: '#kannoli-it-alerts'
        title: '{{ .CommonLabels.alertname }} - மருத்துவமனை IT'
""", S, t=S)

add("blind-mn/yaml/decoy-credentials-file", "ops/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: it-oncall
receivers:
  - name: it-oncall
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: '#kannoli-it-alerts'
        send_resolved: true
# webhook கோப்பு Secret volume மூலம் mount செய்யப்படுகிறது
""")

S = rand_pw(28)
add("blind-mn/helm/redis-password", "deploy/helm/appt-api/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis", """replicaCount: 3
image:
  repository: registry.kannoli-eye.example.in/appt-api
  tag: "3.8.2"
env:
  OPD_SLOT_MINUTES: "10"
  # டோக்கன் வரிசை (queue display) cache
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@pw@@"
""", S, pw=S)

add("blind-mn/helm/decoy-existing-secret", "deploy/helm/appt-api/values-staging.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis", """replicaCount: 1
image:
  repository: registry.kannoli-eye.example.in/appt-api
  tag: "3.9.0-rc1"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: appt-redis
    existingSecretPasswordKey: redis-password
# கடவுச்சொல் appt-redis Secret இல் (kubectl create secret ...)
""")

S = fakes.fake_pem(_seed(), "EC")
add("blind-mn/swift/apns-key", "kann-app/ios/Kannoli/Resources/AuthKey_push.swift", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """import Foundation

// APNs .p8 விசை - சோதனைக்காக நேரடியாக சேர்த்தது
enum PushKey {
    static let keyID = "7QX4KB9M2C"
    static let teamID = "K4N0L1EYE9"
    static let pem = \"\"\"
@@k@@
\"\"\"
}
""", S, k=S)

add("blind-mn/swift/decoy-keychain", "kann-app/ios/Kannoli/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security
import Foundation

// அணுகல் டோக்கன் Keychain இல் மட்டும் சேமிக்கப்படும்
struct TokenStore {
    static let service = "in.kannoli.appt.token"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

S = azure_secret()
add("blind-mn/json/azure-client-secret", "lab/pacs-sync/local.settings.json", "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file", """{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "PACS_TENANT_ID": "@@ten@@",
    "PACS_CLIENT_ID": "@@cid@@",
    "PACS_CLIENT_SECRET": "@@s@@",
    "FUNDUS_CONTAINER": "fundus-images"
  }
}
""", S, s=S, ten=uuid_s(), cid=uuid_s())

add("blind-mn/json/decoy-keyvault-reference", "lab/pacs-sync/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """{
  "PACS_TENANT_ID": "9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
  "PACS_CLIENT_ID": "0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a",
  "PACS_CLIENT_SECRET": "@Microsoft.KeyVault(SecretUri=https://kannoli-kv.vault.azure.net/secrets/pacs-client-secret/)",
  "FUNDUS_CONTAINER": "fundus-images",
  "_note": "விழித்திரை படங்கள் - Key Vault reference மட்டும்"
}
""")

S = rand_pw(18)
add("blind-mn/ansible/vault-less-password", "ops/ansible/group_vars/lab_servers.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """---
# ஆய்வக சர்வர்கள் - Madurai main campus
lis_db_host: 10.40.2.11
lis_db_name: lis
lis_db_user: lis_app
lis_db_password: "@@pw@@"
mirth_admin_user: admin
ntp_servers:
  - 0.in.pool.ntp.org
  - 1.in.pool.ntp.org
""", S, pw=S)

add("blind-mn/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/pharmacy_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
63386435623439613965376632386237396665623233353731313939336234623366353531303861
3061353231643264656137356439326262633234393363310a393836353433336139613561663261
36626230326637646666613162333561663363386139653565303762386334393263636331303963
3530353961643133380a653962356162303164363936346565366431316230323163393865383839
39386138303966363932373235633031373261353838366462376163356135613535
""")

S = rand_pw(24)
add("blind-mn/ansible/smb-password-inline", "ops/ansible/playbooks/mount_oct_share.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/mount_module.html", """- name: OCT ஏற்றுமதி பகிர்வை இணைக்கவும்
  hosts: lab_servers
  become: true
  tasks:
    - name: mount OCT export share
      ansible.posix.mount:
        src: //oct-pc07/Export
        path: /mnt/oct
        fstype: cifs
        opts: "username=octshare,password=@@pw@@,vers=3.0,ro"
        state: mounted
""", S, pw=S)

add("blind-mn/ansible/decoy-lookup", "ops/ansible/playbooks/pharmacy_backup.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """- name: மருந்தக தரவுத்தள காப்புப்பிரதி
  hosts: pharmacy_servers
  vars:
    pg_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/pharmacy/db:password') }}"
  tasks:
    - name: dump
      ansible.builtin.shell: pg_dump -h localhost -U pharmacy pharmacy_prod | gzip > /backup/pharmacy_{{ ansible_date_time.date }}.sql.gz
      environment:
        PGPASSWORD: "{{ pg_password }}"
      no_log: true
""")

S = npm_token()
add("blind-mn/npmrc/npm-token", "kann-app/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """@kannoli:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
# கண்ணொளி UI கூறுகள் (private scope)
save-exact=true
engine-strict=true
""", S, t=S)

add("blind-mn/npmrc/decoy-env-token", "buyer-portal/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """# CI இல் NPM_TOKEN அமைக்கப்படுகிறது
@svk:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

S = rand_pw(20, "-_")
add("blind-mn/dockerfile/build-arg-password", "pharmacy/Dockerfile", "https://docs.docker.com/reference/dockerfile/", """FROM ruby:3.3-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev build-essential && rm -rf /var/lib/apt/lists/*
COPY Gemfile Gemfile.lock ./
# தனியார் gem சர்வர் (drug master data gem)
RUN bundle config set --global gems.kannoli-eye.example.in pharmacy-ci:@@pw@@ \\
 && bundle install --without development test
COPY . .
ENV RAILS_ENV=production
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
""", S, pw=S)

add("blind-mn/dockerfile/decoy-build-secret", "appointments/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# தனியார் PyPI கடவுச்சொல் BuildKit secret மூலம் மட்டும்
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=kannoli.settings.production
CMD ["gunicorn", "kannoli.wsgi", "-b", "0.0.0.0:8000"]
""")

S = fakes.aws_secret_key(_seed())
add("blind-mn/ini/aws-credentials", "ops/notes/aws_credentials_fundus_backup.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """# ~/.aws/credentials நகல் - fundus backup box (backup01)
[fundus-backup]
aws_access_key_id = @@a@@
aws_secret_access_key = @@s@@
region = ap-south-1

[default]
region = ap-south-1
""", S, a=fakes.aws_key_id(_seed()), s=S)

add("blind-mn/ini/decoy-sso-profile", "ops/notes/aws_config_sso.ini", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """# ~/.aws/config - SSO மட்டும், நீண்ட கால விசைகள் இல்லை
[profile kannoli-prod]
sso_session = kannoli
sso_account_id = 412345678901
sso_role_name = ReadOnly
region = ap-south-1

[sso-session kannoli]
sso_start_url = https://kannoli.awsapps.com/start
sso_region = ap-south-1
""")

S = words_pw()
add("blind-mn/runbook/vpn-password", "ops/runbooks/branch-vpn-theni.md", "https://docs.strongswan.org/docs/5.9/howtos/introduction.html", """# தேனி கிளை VPN மீட்பு (Theni branch)

ISP மாறிய பிறகு tunnel வரவில்லை என்றால்:

1. Theni router (MikroTik) இல் login: `admin` / router box மேல் ஒட்டியுள்ள label.
2. IPsec peer: `main-fw.kannoli-eye.example.in`
3. Pre-shared key: @@psk@@
4. `/ip ipsec active-peers print` - established வர வேண்டும்.
5. OPD queue display மீண்டும் வேலை செய்கிறதா என பார்க்கவும்.

அழைக்க: IT on-call 0452-253-xxxx
""", S, psk=S)

add("blind-mn/runbook/decoy-rotation-steps", "ops/runbooks/rotate-lis-password.md", "https://learn.microsoft.com/en-us/sql/t-sql/statements/alter-login-transact-sql", """# LIS கடவுச்சொல் மாற்றும் முறை

1. புதிய கடவுச்சொல்: `openssl rand -base64 24`
2. SQL Server இல்:
   `ALTER LOGIN lisbridge WITH PASSWORD = '<new-password>' OLD_PASSWORD = '<old-password>';`
3. Vault இல் `kv/lab/lisbridge` ஐ புதுப்பிக்கவும்.
4. LisBridge சேவையை மறுதொடக்கம் செய்யவும்.
5. பழைய கடவுச்சொல்லை எங்கும் எழுத வேண்டாம் (no Slack, no WhatsApp).
""")

S = rand_pw(32)
add("blind-mn/php/sms-gateway-key", "kann-app/legacy/opd_sms.php", "https://www.php.net/manual/en/function.curl-setopt.php", """<?php
// பழைய OPD SMS - MSG91 gateway (2019 முதல்)
$authkey = "@@k@@";
$mobile  = $_POST['mobile'];
$msg     = "உங்கள் கண் பரிசோதனை நாளை காலை 9:30 க்கு. - கண்ணொளி மருத்துவமனை";

$ch = curl_init("https://api.msg91.example/api/v5/flow/");
curl_setopt($ch, CURLOPT_HTTPHEADER, ["authkey: $authkey", "Content-Type: application/json"]);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(["mobiles" => "91$mobile", "message" => $msg]));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);
""", S, k=S)

add("blind-mn/php/decoy-getenv", "kann-app/legacy/config.php", "https://www.php.net/manual/en/function.getenv.php", """<?php
// அனைத்து விசைகளும் Apache SetEnv இலிருந்து
define('SMS_AUTHKEY', getenv('SMS_AUTHKEY') ?: '');
define('DB_PASS', getenv('OPD_DB_PASS'));
define('DB_USER', 'opd');
define('DB_NAME', 'opd_legacy');
if (SMS_AUTHKEY === '') {
    error_log('SMS_AUTHKEY not set - reminders disabled');
}
""")

S = rand_pw(40, "")
add("blind-mn/csv/api-keys-sheet", "ops/exports/vendor_integrations.csv", "https://www.rfc-editor.org/rfc/rfc4180", """vendor,system,contact,api_user,api_key,renewal
Medilink,Pharmacy stock sync,ravi@medilink.example,kannoli_sync,@@k@@,2026-12-31
Zeiss,FORUM viewer,support@zeiss.example,,see portal,2027-03-15
Topcon,Harmony,support@topcon.example,,vendor managed,2026-09-01
Practo,Appointment widget,partners@practo.example,kannoli,in Vault,2026-11-30
""", S, k=S)

add("blind-mn/csv/decoy-masked", "ops/exports/user_access_review_q1.csv", "https://www.rfc-editor.org/rfc/rfc4180", """login,name,department,last_login,password_set,mfa
suresh.p,Suresh P,IT,2026-03-28,yes (hidden),totp
kavitha.m,Kavitha M,Pharmacy,2026-03-30,yes (hidden),sms
dr.lakshmi,Dr Lakshmi N,Retina,2026-03-29,yes (hidden),totp
lab.night,Lab night shift,Laboratory,2026-03-31,********,none
""")

S = b64("kannoli_lis:" + rand_pw(14))
add("blind-mn/http/basic-auth-header", "lab/docs/analyzer_api.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """### Biochemistry analyzer - pending work list
GET https://10.40.2.31/api/worklist?status=pending
Accept: application/json
Authorization: Basic @@b@@

### Result upload (ஆய்வக முடிவு)
POST https://10.40.2.31/api/results
Content-Type: application/json
Authorization: Basic @@b@@

{"sampleId": "LAB88213", "test": "FBS", "value": 142, "unit": "mg/dL"}
""", S, b=S)

add("blind-mn/http/decoy-variable", "kann-app/server/requests/appointments.http", "https://www.jetbrains.com/help/idea/http-client-variables.html", """### சந்திப்புகள் பட்டியல்
GET {{baseUrl}}/api/v2/appointments?date=2026-04-14&dept=cornea
Authorization: Bearer {{accessToken}}

### புதிய சந்திப்பு
POST {{baseUrl}}/api/v2/appointments
Authorization: Bearer {{accessToken}}
Content-Type: application/json

{"mrn": "MRN2026004471", "slot": "09:30", "doctor": "dr.lakshmi"}
""")

S = jwt_like()
add("blind-mn/log/bearer-token", "kann-app/server/logs/api-2026-04-14.log", "https://datatracker.ietf.org/doc/html/rfc6750", """2026-04-14T09:12:03+05:30 INFO  appt-api  GET /api/v2/slots?dept=retina 200 41ms
2026-04-14T09:12:07+05:30 DEBUG appt-api  outbound POST https://practo-partner.example/api/sync headers={'Authorization': 'Bearer @@t@@', 'Content-Type': 'application/json'}
2026-04-14T09:12:07+05:30 INFO  appt-api  practo sync ok (14 slots)
2026-04-14T09:12:15+05:30 WARN  appt-api  slot 10:40 double-booked MRN2026004471
2026-04-14T09:12:16+05:30 INFO  appt-api  POST /api/v2/appointments 201 88ms
""", S, t=S)

add("blind-mn/log/decoy-redacted-token", "kann-app/server/logs/api-2026-04-15.log", "https://datatracker.ietf.org/doc/html/rfc6750", """2026-04-15T09:02:11+05:30 INFO  appt-api  GET /api/v2/slots?dept=cornea 200 37ms
2026-04-15T09:02:14+05:30 DEBUG appt-api  outbound POST https://practo-partner.example/api/sync headers={'Authorization': 'Bearer [REDACTED]', 'Content-Type': 'application/json'}
2026-04-15T09:02:14+05:30 INFO  appt-api  practo sync ok (11 slots)
2026-04-15T09:03:40+05:30 INFO  appt-api  login ok user=kavitha.m password=*** otp=verified
2026-04-15T09:04:02+05:30 INFO  appt-api  POST /api/v2/appointments 201 92ms
""")

S = rand_pw(26)
add("blind-mn/rust/influx-token", "factory/telemetry/src/config.rs", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", """// தறி வேகம் (RPM) தரவு -> InfluxDB
pub struct Influx {
    pub url: &'static str,
    pub org: &'static str,
    pub bucket: &'static str,
    pub token: &'static str,
}

pub const INFLUX: Influx = Influx {
    url: "http://10.20.1.50:8086",
    org: "svk",
    bucket: "knitting",
    token: "@@t@@==",
};
""", S + "==", t=S)

add("blind-mn/rust/decoy-env-var", "factory/telemetry/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """use std::env;

fn main() {
    // டோக்கன் systemd EnvironmentFile இல் இருந்து
    let token = env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN not set");
    let url = env::var("INFLUX_URL").unwrap_or_else(|_| "http://10.20.1.50:8086".into());
    println!("writing to {} (token {} chars)", url, token.len());
    telemetry::run(&url, &token);
}
""")

# ---------------------------------------------------------------- more exporter files

S = rand_pw(16)
add("blind-mn/python/split-password", "knit_erp/integrations/tally_odbc.py", "https://help.tallysolutions.com/article/Tally.ERP9/Tally_ODBC/odbc_connection.htm", """\"\"\"Tally Prime ODBC - விற்பனை பதிவேடு (sales register) ஐ ERP க்கு இழுக்கும்.\"\"\"
import pyodbc

CONN = (
    "DRIVER={Tally ODBC Driver64};SERVER=10.20.1.9;PORT=9000;"
    "UID=erp_pull;PWD=@@a@@"
    "@@b@@;"
)


def sales_register(month: str):
    with pyodbc.connect(CONN, autocommit=True) as cx:
        cur = cx.cursor()
        cur.execute("SELECT $Date, $VoucherNumber, $PartyLedgerName, $Amount FROM SalesRegister WHERE $Month = ?", month)
        return cur.fetchall()
""", S, a=S[:7], b=S[7:])

S = rand_pw(20)
add("blind-mn/shell/heredoc-pgpass", "ops/scripts/setup_report_box.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """#!/bin/sh
# அறிக்கை சர்வர் ஆரம்ப அமைப்பு - ஒரு முறை மட்டும்
set -e
cat > /home/report/.pgpass <<'EOF'
10.20.1.14:5432:knit_erp:report:@@pw@@
EOF
chmod 600 /home/report/.pgpass
chown report:report /home/report/.pgpass
echo "pgpass ready"
""", S, pw=S)

add("blind-mn/shell/decoy-pgpass-template", "ops/scripts/setup_report_box_v2.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """#!/bin/sh
# v2: கடவுச்சொல் கேட்கப்படும், கோப்பில் இல்லை
set -e
printf 'ERP report password: '
stty -echo; read -r PW; stty echo; echo
printf '10.20.1.14:5432:knit_erp:report:%s\\n' "$PW" > /home/report/.pgpass
chmod 600 /home/report/.pgpass
unset PW
""")

S = rand_pw(12)
add("blind-mn/url/ftp-password", "edi/docs/legacy_buyer_ftp.txt", "https://datatracker.ietf.org/doc/html/rfc1738", """பழைய ஜெர்மன் வாங்குபவர் FTP (2027 வரை மட்டும்)
------------------------------------------------
Orders drop:   ftp://svk_orders:@@pw@@@ftp.modehaus.example.de/incoming/
Invoices:      same login, folder /invoices
Format:        EDIFACT ORDERS D96A, INVOIC D96A
Schedule:      every 2 hours between 08:00 and 20:00 IST
Owner:         Selvi (merchandising)
""", S, pw=S)

add("blind-mn/url/decoy-no-password", "edi/docs/buyer_endpoints.txt", "https://datatracker.ietf.org/doc/html/rfc3986", """வாங்குபவர் இணைப்புகள் (endpoints only)
sftp://svk_tiruppur@edi.nordicretail.example.se:22/out/850
https://as2.ukhighstreet.example.co.uk/as2/receive
ftp://anonymous@ftp.modehaus.example.de/pub/specs/
https://api.example-buyer.com/v1/asn  (token: see Vault kv/edi/buyer-api)
""")

S = fakes.github_fine_grained_token(_seed())
add("blind-mn/github-actions/fine-grained-pat", "knit-erp/.github/workflows/release.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """name: release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      # தற்காலிகம் - secrets க்கு மாற்ற வேண்டும்
      GH_TOKEN: @@t@@
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" dist/*.whl --generate-notes
""", S, t=S)

add("blind-mn/github-actions/decoy-secrets-context", "buyer-portal/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: rsync to server
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          RAZORPAY_KEY_SECRET: ${{ secrets.RAZORPAY_KEY_SECRET }}
        run: ./deploy/push.sh
""")

S = rand_pw(18)
add("blind-mn/java/jdbc-url-password", "factory/cutting-planner/src/main/java/in/svk/cutting/Db.java", "https://jdbc.postgresql.org/documentation/use/", """package in.svk.cutting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** வெட்டும் திட்டம் (cutting plan) - marker efficiency DB */
public final class Db {
    private static final String URL =
        "jdbc:postgresql://10.20.1.14:5432/cutting?user=planner&password=@@pw@@&ssl=false";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", S, pw=S)

add("blind-mn/java/decoy-char-array", "factory/cutting-planner/src/main/java/in/svk/cutting/Login.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/io/Console.html#readPassword()", """package in.svk.cutting;

import java.io.Console;
import java.util.Arrays;

public final class Login {
    public static char[] askPassword() {
        Console c = System.console();
        // கடவுச்சொல் திரையில் காட்டப்படாது
        char[] password = c.readPassword("Planner password: ");
        return password;
    }
    public static void wipe(char[] password) { Arrays.fill(password, '\\0'); }
}
""")

S = rand_pw(30)
add("blind-mn/toml/api-secret", "factory/label-printer/config.toml", "https://toml.io/en/v1.0.0", """# கார்டன் லேபிள் அச்சுப்பொறி சேவை (carton labels, GS1-128)
[printer]
host = "10.20.6.12"
port = 9100
dpi = 203

[buyer_asn]
endpoint = "https://asn.nordicretail.example.se/v2"
client_id = "svk-tiruppur"
client_secret = "@@s@@"
""", S, s=S)

add("blind-mn/toml/decoy-empty", "factory/label-printer/config.example.toml", "https://toml.io/en/v1.0.0", """[printer]
host = "10.20.6.12"
port = 9100

[buyer_asn]
endpoint = "https://asn-test.nordicretail.example.se/v2"
client_id = "svk-tiruppur-test"
client_secret = ""   # கேட்கவும்: Selvi
""")

S = rand_pw(16, "!")
add("blind-mn/yaml/k8s-env-plain", "deploy/k8s/mes-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: mes
  namespace: factory
spec:
  replicas: 2
  selector:
    matchLabels: {app: mes}
  template:
    metadata:
      labels: {app: mes}
    spec:
      containers:
        - name: mes
          image: registry.srivelanknits.example.in/mes:2.4.1
          env:
            - name: PLANT
              value: TUP-UNIT2
            - name: MES_DB_PASSWORD
              value: "@@pw@@"
""", S, pw=S)

add("blind-mn/yaml/decoy-secret-key-ref", "deploy/k8s/mes-deployment-v2.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: mes
  namespace: factory
spec:
  template:
    spec:
      containers:
        - name: mes
          image: registry.srivelanknits.example.in/mes:2.5.0
          env:
            - name: MES_DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: mes-db, key: password}
""")

S = rand_pw(24)
add("blind-mn/k8s-secret/string-data", "deploy/k8s/edi-sftp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """# வாங்குபவர் SFTP - nordic
apiVersion: v1
kind: Secret
metadata:
  name: edi-nordic-sftp
  namespace: edi
type: Opaque
stringData:
  username: svk_tiruppur
  password: @@pw@@
""", S, pw=S)

S = b64(sendgrid_key())
add("blind-mn/k8s-secret/sendgrid-key-b64", "deploy/k8s/mailer-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: buyer-portal
type: Opaque
data:
  SENDGRID_API_KEY: @@b@@
  FROM_ADDRESS: @@f@@
""", base64.b64decode(S).decode(), b=S, f=b64("shipping@srivelanknits.example.in"))

add("blind-mn/k8s-secret/decoy-empty-data", "deploy/k8s/mailer-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """# வார்ப்புரு - kubectl create secret generic மூலம் நிரப்பவும்
apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: buyer-portal
type: Opaque
data:
  SENDGRID_API_KEY: ""
  FROM_ADDRESS: c2hpcHBpbmdAc3JpdmVsYW5rbml0cy5leGFtcGxlLmlu
""")

S = rand_pw(22)
add("blind-mn/python/json-in-string", "knit_erp/integrations/courier.py", "https://docs.python.org/3/library/json.html", """import json
import requests

# DHL Express (மாதிரி துணிகள் அனுப்ப) - account config
_CFG = json.loads('{"account": "964212345", "user": "srivelanIN", "password": "@@pw@@", "env": "prod"}')


def create_shipment(payload: dict) -> dict:
    r = requests.post("https://express.api.dhl.example/mydhlapi/shipments",
                      auth=(_CFG["user"], _CFG["password"]), json=payload, timeout=30)
    r.raise_for_status()
    return r.json()
""", S, pw=S)

add("blind-mn/python/decoy-hash-compare", "knit_erp/auth/kiosk_pin.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """import hashlib
import hmac

# தறி கியோஸ்க் PIN - hash மட்டும் சேமிக்கப்படுகிறது
SALT = bytes.fromhex("5f1c9a3e7b2d4f60")
PIN_HASH = "9c1d0b7f3e5a2c8d4f6b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c"


def check(pin: str) -> bool:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
    return hmac.compare_digest(digest, PIN_HASH)
""")

S = words_pw()
add("blind-mn/vba/erp-odbc-password", "factory/excel/CostSheet_macros.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/connect-to-a-data-source", """Attribute VB_Name = "CostSheet"
' ஆடை செலவுத் தாள் (garment cost sheet) - ERP இலிருந்து நூல் விலை
Public Sub RefreshYarnRates()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={PostgreSQL Unicode};Server=10.20.1.14;Port=5432;Database=knit_erp;Uid=costing;Pwd=@@pw@@;"
    Set rs = cn.Execute("SELECT count, rate_per_kg FROM yarn_rate WHERE valid_to IS NULL")
    Sheets("Yarn").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
""", S, pw=S)

add("blind-mn/vba/decoy-inputbox", "factory/excel/Payroll_macros.bas", "https://learn.microsoft.com/en-us/office/vba/language/reference/user-interface-help/inputbox-function", """Attribute VB_Name = "Payroll"
' பீஸ் ரேட் சம்பளம் - கடவுச்சொல் ஒவ்வொரு முறையும் கேட்கப்படும்
Public Sub LoadPieceRates()
    Dim pw As String
    pw = InputBox("ERP password for " & Environ("USERNAME"))
    If pw = "" Then Exit Sub
    Dim cn As Object: Set cn = CreateObject("ADODB.Connection")
    cn.Open "DSN=knit_erp;Uid=" & Environ("USERNAME") & ";Pwd=" & pw & ";"
    cn.Close
End Sub
""")

S = rand_pw(32, "")
add("blind-mn/ini/odbc-dsn-password", "factory/excel/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[knit_erp]
Driver      = PostgreSQL Unicode
Servername  = 10.20.1.14
Port        = 5432
Database    = knit_erp
; அறிக்கைகளுக்கு மட்டும் (read-only)
Username    = bi_reader
Password    = @@pw@@
SSLmode     = prefer
""", S, pw=S)

S = rand_pw(20)
add("blind-mn/xml/maven-settings-password", "buyer-edi/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <server>
      <!-- நிறுவன Nexus - EDI mapper நூலகங்கள் -->
      <id>svk-nexus</id>
      <username>ci-edi</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>svk-nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.srivelanknits.example.in/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
""", S, pw=S)

add("blind-mn/xml/decoy-maven-encrypted", "factory/cutting-planner/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>svk-nexus</id>
      <username>ci-cutting</username>
      <!-- mvn --encrypt-password மூலம் மறையாக்கப்பட்டது; master key CI இல் -->
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
""")

S = rand_pw(40, "")
add("blind-mn/markdown/sentence-in-notes", "docs/meeting-notes/2026-02-18-gst-portal.md", "https://commonmark.org/help/", """# கூட்டக் குறிப்புகள் - 18 பிப்ரவரி 2026

பங்கேற்றவர்கள்: முருகன், செல்வி, CA office (Ramesh)

- GSTR-1 ஜனவரி filed on time.
- GSP (Adaequare) sandbox ready; production access came today. Ramesh shared the production
  ASP secret over phone: @@s@@ - Murugan to move it into Vault before Friday.
- E-way bill auto-generation for Unit 2 dispatch from next week.
- அடுத்த கூட்டம்: 4 மார்ச்.
""", S, s=S)

add("blind-mn/markdown/decoy-example-values", "docs/api/webhooks.md", "https://razorpay.com/docs/webhooks/", """# Webhooks (buyer portal)

Razorpay signs each delivery with your webhook secret. Example from Razorpay's docs:

```
X-Razorpay-Signature: 3b5f6e7a8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091
webhook secret:       <your_webhook_secret>
```

நம் secret Vault `kv/buyer-portal/razorpay-webhook` இல் உள்ளது. Logs இல் signature ஐ
மட்டும் பதிவு செய்யவும், secret ஐ அல்ல.
""")

# ---------------------------------------------------------------- more eye-hospital files

S = rand_pw(24)
add("blind-mn/env/lab-hl7-password", "lab/mirth/.env", "https://github.com/motdotla/dotenv", """# Mirth Connect (ஆய்வக இடைமுகம்) docker
MIRTH_VERSION=4.5.0
DATABASE=postgres
DATABASE_URL=jdbc:postgresql://mirth-db:5432/mirthdb
DATABASE_USERNAME=mirth
DATABASE_PASSWORD=@@pw@@
KEYSTORE_STOREPASS=${MIRTH_KEYSTORE_PASS}
VMOPTIONS=-Xmx1024m
""", S, pw=S)

add("blind-mn/env/decoy-commented-sample", "appointments/.env.sample", "https://github.com/motdotla/dotenv", """# சந்திப்பு சேவை - மாதிரி மதிப்புகள்
DJANGO_SECRET_KEY=replace-me-with-50-random-chars
DATABASE_URL=postgres://appt:password@localhost:5432/appt
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
REDIS_URL=redis://localhost:6379/0
""")

S = rand_pw(16)
add("blind-mn/url/redis-url", "appointments/kannoli/settings/queue.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", """\"\"\"OPD டோக்கன் வரிசை - காத்திருப்பு அறை திரை (waiting-hall display).\"\"\"
import redis

QUEUE_URL = "rediss://default:@@pw@@@queue.kannoli-eye.example.in:6380/2"
r = redis.Redis.from_url(QUEUE_URL, decode_responses=True)


def next_token(dept: str) -> int:
    return r.incr(f"opd:{dept}:token")


def now_serving(dept: str) -> str:
    return r.get(f"opd:{dept}:serving") or "-"
""", S, pw=S)

add("blind-mn/url/decoy-localhost-nopw", "appointments/kannoli/settings/queue_dev.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """import os
import redis

# உள்ளூர் redis - கடவுச்சொல் இல்லை
QUEUE_URL = os.environ.get("QUEUE_URL", "redis://localhost:6379/2")
r = redis.Redis.from_url(QUEUE_URL, decode_responses=True)
DEPARTMENTS = ["cataract", "retina", "cornea", "glaucoma", "paediatric"]
""")

S = fakes.fake_pem(_seed(), "RSA")
add("blind-mn/yaml/pem-in-yaml", "lab/pacs-sync/dicom-tls.yaml", "https://dicom.nema.org/medical/dicom/current/output/chtml/part15/sect_B.9.html", """# விழித்திரை படங்கள் DICOM TLS (fundus camera -> PACS)
pacs:
  ae_title: KANNOLI_PACS
  host: 10.40.3.5
  port: 2762
  tls:
    cert_file: /etc/pacs/client.crt
    private_key: |
      @@k@@
""", S, k=S.replace("\n", "\n      "))

add("blind-mn/yaml/decoy-pem-path", "lab/pacs-sync/dicom-tls.prod.yaml", "https://dicom.nema.org/medical/dicom/current/output/chtml/part15/sect_B.9.html", """pacs:
  ae_title: KANNOLI_PACS
  host: pacs.kannoli-eye.internal
  port: 2762
  tls:
    cert_file: /etc/pacs/client.crt
    private_key_file: /etc/pacs/client.key   # Secret volume, 0400
    ca_file: /etc/pacs/ca.crt
""")

S = rand_pw(20)
add("blind-mn/cron/crontab-password", "ops/cron/pharmacy.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# மருந்தக இருப்பு - காலாவதி அறிக்கை (expiry report)
MAILTO=pharmacy-it@kannoli-eye.example.in
15 6 * * * /usr/bin/mysqldump -h 10.40.1.8 -u stockread -p'@@pw@@' pharmacy_stock batch expiry > /srv/reports/expiry_$(date +\\%F).sql
30 6 * * * /srv/bin/expiry_report.py --days 60
0 2 * * 0 /srv/bin/vacuum_stock.sh
""", S, pw=S)

add("blind-mn/cron/decoy-defaults-file", "ops/cron/lab.crontab", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """# ஆய்வக முடிவுகள் காப்புப்பிரதி
MAILTO=lab-it@kannoli-eye.example.in
0 1 * * * /usr/bin/mysqldump --defaults-extra-file=/etc/lab/backup.cnf lis | gzip > /backup/lis_$(date +\\%F).sql.gz
0 3 * * * find /backup -name 'lis_*.sql.gz' -mtime +30 -delete
# backup.cnf: root 0600, கடவுச்சொல் அங்கு மட்டும்
*/10 * * * * /srv/bin/check_analyzer_link.sh 10.40.2.31
""")

S = rand_pw(18)
add("blind-mn/ini/mysql-option-file", "ops/notes/backup.cnf.txt", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """# /etc/lab/backup.cnf நகல் - lab-db01 மீட்பு சோதனைக்காக எடுத்தது
[client]
user=lisbackup
password=@@pw@@
host=10.40.2.11

[mysqldump]
single-transaction
quick
""", S, pw=S)

FCM_TAIL = fakes.drawn(_seed(), 134, ALNUM + "-_")
S = "AAAAkZ1q9xM:APA91b" + FCM_TAIL
add("blind-mn/javascript/firebase-server-key", "kann-app/server/src/notify/fcm_legacy.js", "https://firebase.google.com/docs/cloud-messaging/auth-server", """// பழைய FCM சர்வர் (மாத்திரை நினைவூட்டல் - eye drops reminder)
const axios = require('axios');

const FCM_SERVER_KEY = 'AAAA' + 'kZ1q9xM:APA91b@@k@@';

async function remind(deviceToken, drop) {
  await axios.post('https://fcm.googleapis.com/fcm/send', {
    to: deviceToken,
    notification: { title: 'கண் சொட்டு மருந்து', body: `${drop} போட வேண்டிய நேரம்` },
  }, { headers: { Authorization: `key=${FCM_SERVER_KEY}` } });
}

module.exports = { remind };
""", S, k=FCM_TAIL)

add("blind-mn/javascript/decoy-firebase-web-config", "kann-app/web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """// Firebase web config - இது பொது; பாதுகாப்பு rules மூலம்
import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
  authDomain: 'kannoli-eye.firebaseapp.com',
  projectId: 'kannoli-eye',
  messagingSenderId: '408812345678',
  appId: '1:408812345678:web:7c3b2a1f0e9d8c7b',
};

export const app = initializeApp(firebaseConfig);
""")

S = rand_pw(24)
add("blind-mn/go/smtp-password", "lab/report-mailer/main.go", "https://pkg.go.dev/net/smtp#PlainAuth", """package main

// ஆய்வக அறிக்கை PDF -> மருத்துவர் மின்னஞ்சல்
import (
	"log"
	"net/smtp"
)

func main() {
	auth := smtp.PlainAuth("", "lab-reports@kannoli-eye.example.in", "@@pw@@", "smtp.gmail.com")
	msg := []byte("Subject: Lab report LAB88213\\r\\n\\r\\nReport attached in portal.\\r\\n")
	err := smtp.SendMail("smtp.gmail.com:587", auth, "lab-reports@kannoli-eye.example.in",
		[]string{"dr.lakshmi@kannoli-eye.example.in"}, msg)
	if err != nil {
		log.Fatal(err)
	}
}
""", S, pw=S)

add("blind-mn/go/decoy-flag", "lab/report-mailer/config.go", "https://pkg.go.dev/flag", """package main

import (
	"flag"
	"os"
)

// கடவுச்சொல் கொடியாக அல்ல, சூழல் மாறியாக மட்டும்
var (
	smtpHost = flag.String("smtp-host", "smtp.gmail.com", "SMTP host")
	smtpUser = flag.String("smtp-user", "lab-reports@kannoli-eye.example.in", "SMTP user")
	smtpPass = os.Getenv("LAB_SMTP_PASSWORD")
)
""")

S = b64("\0lab-reports@kannoli-eye.example.in\0" + rand_pw(16))
add("blind-mn/log/smtp-auth-plain", "lab/report-mailer/smtp_debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """2026-04-10 07:01:02 > EHLO lab-mailer
2026-04-10 07:01:02 < 250-smtp.gmail.com at your service
2026-04-10 07:01:02 < 250 AUTH LOGIN PLAIN XOAUTH2
2026-04-10 07:01:03 > AUTH PLAIN @@p@@
2026-04-10 07:01:03 < 235 2.7.0 Accepted
2026-04-10 07:01:03 > MAIL FROM:<lab-reports@kannoli-eye.example.in>
2026-04-10 07:01:04 < 250 2.1.0 OK
""", S, p=S)

add("blind-mn/log/decoy-auth-masked", "lab/report-mailer/smtp_debug_2.log", "https://datatracker.ietf.org/doc/html/rfc4954", """2026-04-11 07:01:02 > EHLO lab-mailer
2026-04-11 07:01:02 < 250 AUTH LOGIN PLAIN XOAUTH2
2026-04-11 07:01:03 > AUTH PLAIN <credentials hidden by debug filter>
2026-04-11 07:01:03 < 235 2.7.0 Accepted
2026-04-11 07:01:04 > MAIL FROM:<lab-reports@kannoli-eye.example.in>
2026-04-11 07:01:04 < 250 2.1.0 OK
""")

S = rand_pw(20)
add("blind-mn/ruby/smtp-settings", "pharmacy/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """Rails.application.configure do
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  # மருந்து ஆர்டர் மின்னஞ்சல்கள் (distributor POs)
  config.action_mailer.smtp_settings = {
    address: "smtp.zoho.in",
    port: 587,
    user_name: "pharmacy@kannoli-eye.example.in",
    password: "@@pw@@",
    authentication: :login,
    enable_starttls_auto: true
  }
end
""", S, pw=S)

add("blind-mn/ruby/decoy-credentials-dig", "pharmacy/config/environments/staging.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.zoho.in",
    port: 587,
    user_name: Rails.application.credentials.dig(:smtp, :user),
    password: Rails.application.credentials.dig(:smtp, :password),
    authentication: :login
  }
end
""")

S = fakes.pypi_token(_seed())
add("blind-mn/pypirc/pypi-token", "research/oct-utils/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
# OCT பட கருவிகள் - திறந்த மூல வெளியீடு
username = __token__
password = @@t@@
""", S, t=S)

add("blind-mn/pypirc/decoy-keyring", "research/fundus-grading/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
# கடவுச்சொல் keyring இல் (keyring set https://upload.pypi.org/legacy/ __token__)

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""")

S = rand_pw(20)
add("blind-mn/kotlin/retrofit-api-key", "kann-app/android/app/src/main/java/in/kannoli/appt/net/LabApi.kt", "https://square.github.io/retrofit/", """package `in`.kannoli.appt.net

import okhttp3.Interceptor

// நோயாளி ஆய்வக அறிக்கைகள் - app இல் பார்க்க
class LabKeyInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain) = chain.proceed(
        chain.request().newBuilder()
            .header("X-Lab-Key", "@@k@@")
            .build()
    )
}
""", S, k=S)

S = rand_pw(24)
add("blind-mn/csharp/hardcoded-connection", "pharmacy/StockKiosk/Data/StockContext.cs", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """using Microsoft.EntityFrameworkCore;

namespace StockKiosk.Data;

// மருந்தக கவுண்டர் கியோஸ்க் - பங்கு சரிபார்ப்பு
public class StockContext : DbContext
{
    public DbSet<Batch> Batches => Set<Batch>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseMySql("server=10.40.1.8;database=pharmacy_stock;user=kiosk;password=@@pw@@",
                         ServerVersion.Parse("8.0.36-mysql"));
}
""", S, pw=S)

add("blind-mn/csharp/decoy-dpapi", "pharmacy/StockKiosk/Security/Protector.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.protecteddata", """using System.Security.Cryptography;
using System.Text;

// கியோஸ்க் கடவுச்சொல் DPAPI மூலம் மறையாக்கப்பட்டு registry இல்
public static class Protector
{
    public static string Unprotect(string blob) =>
        Encoding.UTF8.GetString(ProtectedData.Unprotect(Convert.FromBase64String(blob), null, DataProtectionScope.LocalMachine));

    // sample blob (machine-bound, useless elsewhere):
    public const string Sample = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA3k2kq0ZtSkmF1X5Z7G8bWQQAAAACAAAAAAAQZgAAAAEAACAAAAA=";
}
""")

S = fakes.aws_session_token(_seed())
add("blind-mn/shell/aws-session-token", "ops/notes/fundus_s3_copy.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """#!/bin/bash
# ஒரு முறை - பழைய fundus படங்களை புதிய bucket க்கு நகலெடு (Suresh, 12 April)
export AWS_ACCESS_KEY_ID=ASIA4KANNOLI7EYE2MDU
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@t@@
aws s3 sync s3://kannoli-fundus-2019 s3://kannoli-fundus-archive --storage-class GLACIER_IR
""", S, sk=fakes.aws_secret_key(_seed()), t=S)

add("blind-mn/shell/decoy-assume-role", "ops/notes/fundus_s3_copy_v2.sh", "https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html", """#!/bin/bash
# v2 - role மூலம் தற்காலிக அனுமதி, விசைகள் கோப்பில் இல்லை
set -euo pipefail
creds=$(aws sts assume-role --role-arn arn:aws:iam::412345678901:role/fundus-archiver --role-session-name copy --query Credentials --output json)
export AWS_ACCESS_KEY_ID=$(jq -r .AccessKeyId <<<"$creds")
export AWS_SECRET_ACCESS_KEY=$(jq -r .SecretAccessKey <<<"$creds")
export AWS_SESSION_TOKEN=$(jq -r .SessionToken <<<"$creds")
aws s3 sync s3://kannoli-fundus-2019 s3://kannoli-fundus-archive --storage-class GLACIER_IR
""")

S = rand_pw(18)
add("blind-mn/rst/docs-password", "lab/docs/source/analyzer_setup.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """Biochemistry analyzer setup
===========================

ஆய்வக பகுப்பாய்வி இணைப்பு (ASTM over TCP).

.. code-block:: ini

   [lis]
   host = 10.40.2.11
   port = 5001
   user = analyzer01
   password = @@pw@@

After saving, restart the *LIS Bridge* service and run a QC sample.
""", S, pw=S)

add("blind-mn/rst/decoy-placeholder", "lab/docs/source/mirth_setup.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """Mirth setup
===========

.. code-block:: properties

   database.username = mirth
   database.password = <from Vault: kv/lab/mirth-db>

.. warning::

   கடவுச்சொல்லை ஆவணத்தில் எழுத வேண்டாம். Vault path ஐ மட்டும் குறிப்பிடவும்.
""")

S = rand_pw(32, "")
add("blind-mn/html/wiki-page-key", "ops/wiki/sms-gateway.html", "https://html.spec.whatwg.org/", """<!DOCTYPE html>
<html lang="ta">
<head><meta charset="utf-8"><title>SMS Gateway - IT Wiki</title></head>
<body>
<h1>SMS நுழைவாயில் (DLT registered)</h1>
<table>
  <tr><th>Sender ID</th><td>KNOLIE</td></tr>
  <tr><th>DLT Entity ID</th><td>1201160000012345678</td></tr>
  <tr><th>API key</th><td><code>@@k@@</code></td></tr>
  <tr><th>Template</th><td>உங்கள் சந்திப்பு {#var#} அன்று.</td></tr>
</table>
</body>
</html>
""", S, k=S)

add("blind-mn/html/decoy-ids-only", "ops/wiki/whatsapp-business.html", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """<!DOCTYPE html>
<html lang="ta">
<head><meta charset="utf-8"><title>WhatsApp Business - IT Wiki</title></head>
<body>
<h1>WhatsApp சந்திப்பு உறுதிப்படுத்தல்</h1>
<ul>
  <li>Phone number ID: 104512345678901</li>
  <li>WABA ID: 112233445566778</li>
  <li>Access token: Meta Business settings &gt; System users (கோப்பில் இல்லை)</li>
</ul>
</body>
</html>
""")

# ---------------------------------------------------------------- GST invoicing and payments

S = rand_pw(32, "")
add("blind-mn/python/gsp-asp-secret", "gst_einvoice/gsp_adaequare.py", "https://docs.python.org/3/library/urllib.request.html", """\"\"\"GSP (Adaequare) வழியாக IRN உருவாக்கம்.\"\"\"
import requests

GSP_TOKEN_URL = "https://gsp.adaequare.example/gsp/authenticate?grant_type=token"


def gsp_token() -> str:
    r = requests.post(GSP_TOKEN_URL, headers={
        "gspappid": "SVKTUPGSP01",
        "gspappsecret": "@@s@@",
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
""", S, s=S)

add("blind-mn/python/decoy-irn-hash", "gst_einvoice/tests/test_irn.py", "https://einvoice1.gst.gov.in/Others/ApiDocs", """from gst_einvoice.irn import irn_for

# IRN = SHA-256(GSTIN + FY + doc type + doc no) - இது ரகசியம் அல்ல
def test_irn_is_sha256_of_invoice_identity():
    irn = irn_for("33AAGCS4417M1Z2", "2026-27", "INV", "SVK/26-27/0412")
    assert irn == "8f14e45fceea167a5a36dedd4bea2543b2e0c5b9a7c4b9d3f8e6a1d2c3b4a596"
    assert len(irn) == 64
""")

S = rand_pw(14, "@")
add("blind-mn/json/postman-env-password", "gst_einvoice/postman/IRP-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "id": "3c1e0f52-8b6a-4a1e-9d2f-7e0c1b2a3d4e",
  "name": "IRP prod (SVK)",
  "values": [
    {"key": "base_url", "value": "https://api.einvoice1.gst.gov.in", "enabled": true},
    {"key": "gstin", "value": "33AAGCS4417M1Z2", "enabled": true},
    {"key": "username", "value": "SVK_EINV", "enabled": true},
    {"key": "password", "value": "@@pw@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", S, pw=S)

add("blind-mn/json/decoy-postman-empty", "gst_einvoice/postman/IRP-sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "id": "4d2f1a63-9c7b-4b2f-8e3a-8f1d2c3b4e5f",
  "name": "IRP sandbox (SVK)",
  "values": [
    {"key": "base_url", "value": "https://einv-apisandbox.nic.in", "enabled": true},
    {"key": "gstin", "value": "33AAGCS4417M1Z2", "enabled": true},
    {"key": "username", "value": "", "enabled": true},
    {"key": "password", "value": "", "type": "secret", "enabled": true}
  ]
}
""")

S = razorpay_secret()
add("blind-mn/shell/curl-basic", "buyer-portal/scripts/razorpay_settlements.sh", "https://razorpay.com/docs/api/settlements/", """#!/usr/bin/env bash
# வாராந்திர settlement அறிக்கை - accounts க்கு
curl -s -u @@kid@@:@@s@@ \\
  "https://api.razorpay.com/v1/settlements?count=50" \\
  | jq -r '.items[] | [.id, .amount/100, .status, (.created_at|todate)] | @csv' \\
  > "settlements_$(date +%F).csv"
echo "done"
""", S, kid=razorpay_id(), s=S)

add("blind-mn/shell/decoy-test-mode", "buyer-portal/scripts/razorpay_smoke.sh", "https://razorpay.com/docs/payments/payments/test-card-details/", """#!/usr/bin/env bash
# சோதனை முறை மட்டும் - test keys env இலிருந்து
: "${RZP_TEST_KEY_ID:?}" "${RZP_TEST_KEY_SECRET:?}"
curl -s -u "$RZP_TEST_KEY_ID:$RZP_TEST_KEY_SECRET" \\
  -d amount=100 -d currency=INR -d receipt=smoke-001 \\
  https://api.razorpay.com/v1/orders | jq .id
# test card: 4111 1111 1111 1111, any CVV, future expiry
""")

S = rand_pw(36, "")
add("blind-mn/yaml/icici-api-key", "buyer_portal/config/bank.yaml", "https://yaml.org/spec/1.2.2/", """# ICICI corporate API - ஏற்றுமதி வருவாய் (export realisation / eBRC)
bank:
  name: ICICI
  base_url: https://apibankingone.icicibank.example/api/v1
  corp_id: SVKNITS01
  user_id: SVKAPI
  api_key: >-
    @@k@@
  timeout_seconds: 30
""", S, k=S)

add("blind-mn/yaml/decoy-sops-encrypted", "buyer_portal/config/bank.prod.enc.yaml", "https://github.com/getsops/sops", """bank:
    name: ICICI
    corp_id: SVKNITS01
    api_key: ENC[AES256_GCM,data:q8Xk2mV7hP0cT1bR4nZ9yL3wE6uA5sD8fG2jK0lQ==,iv:Zm9vYmFyYmF6cXV4MTIzNA==,tag:a2V5dGFnMTIzNDU2Nzg5MA==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-south-1:412345678901:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
    lastmodified: "2026-03-01T10:12:44Z"
    version: 3.8.1
""")

S = words_pw()
add("blind-mn/properties/tally-xml-gateway", "knit_erp/conf/tally.properties", "https://help.tallysolutions.com/developer-reference/integration-using-xml-interface/", """# Tally XML gateway (விலைப்பட்டியல் ஒத்திசைவு)
tally.host=10.20.1.9
tally.port=9000
tally.company=Sri Velan Knits Pvt Ltd 2026-27
tally.user=erpsync
tally.password=@@pw@@
sync.vouchers=Sales,Credit Note,Receipt
sync.interval.minutes=15
""", S, pw=S)

add("blind-mn/properties/decoy-jasypt", "knit_erp/conf/tally.prod.properties", "http://www.jasypt.org/encrypting-configuration.html", """tally.host=tally01.svk.internal
tally.port=9000
tally.user=erpsync
# jasypt மறையாக்கம்; JASYPT_ENCRYPTOR_PASSWORD env இல்
tally.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)
sync.interval.minutes=15
""")

S = rand_pw(40, "")
add("blind-mn/csharp/edi-van-key", "edi/VanClient/VanSettings.cs", "https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/builtin-types/reference-types#string-literals", """namespace Svk.Edi.Van;

// EDI VAN (mailbox) - US buyer 850/856
public static class VanSettings
{
    public const string Mailbox = "SVKNITS-TUP";
    public const string Endpoint = "https://van.edi-provider.example/mailbox/v2";
    public const string ApiKey =
        "@@a@@" +
        "@@b@@";
}
""", S, a=S[:20], b=S[20:])

add("blind-mn/csharp/decoy-options-pattern", "edi/VanClient/VanOptions.cs", "https://learn.microsoft.com/en-us/dotnet/core/extensions/options", """namespace Svk.Edi.Van;

// மதிப்புகள் appsettings + Key Vault இலிருந்து bind செய்யப்படும்
public sealed class VanOptions
{
    public const string Section = "Van";
    public string Mailbox { get; set; } = "SVKNITS-TUP";
    public string Endpoint { get; set; } = "";
    public string ApiKey { get; set; } = string.Empty;
}
""")

S = rand_pw(20)
add("blind-mn/edi/x12-isa-password", "edi/samples/outbound_856_PO4471.edi", "https://x12.org/examples/004010x12/856", """ISA*00*          *01*@@pw@@*ZZ*SVKNITSTUP     *ZZ*NORDICRETAIL   *260412*0930*U*00401*000004471*0*P*>~
GS*SH*SVKNITSTUP*NORDICRETAIL*20260412*0930*4471*X*004010~
ST*856*0001~
BSN*00*ASN4471*20260412*0930~
HL*1**S~
TD5**2*DHL~
SE*5*0001~
GE*1*4471~
IEA*1*000004471~
""", S[:10], pw=S[:10])

add("blind-mn/edi/decoy-isa-no-security", "edi/samples/inbound_850_PO4471.edi", "https://x12.org/examples/004010x12/850", """ISA*00*          *00*          *ZZ*NORDICRETAIL   *ZZ*SVKNITSTUP     *260410*1412*U*00401*000009921*0*P*>~
GS*PO*NORDICRETAIL*SVKNITSTUP*20260410*1412*9921*X*004010~
ST*850*0001~
BEG*00*SA*PO4471**20260410~
PO1*1*1200*EA*4.35**VP*SVK-TEE-180GSM-NVY~
SE*4*0001~
GE*1*9921~
IEA*1*000009921~
""")

S = slack_webhook()
add("blind-mn/python/webhook-in-dict", "knit_erp/alerts/notify.py", "https://api.slack.com/messaging/webhooks", """import requests

# துறை வாரியாக Slack சேனல்கள்
CHANNELS = {
    "dyeing": "@@h@@",
    "stitching": None,   # இன்னும் அமைக்கப்படவில்லை
}


def notify(dept: str, text: str) -> None:
    url = CHANNELS.get(dept)
    if url:
        requests.post(url, json={"text": text}, timeout=10)
""", S, h=S)

add("blind-mn/python/decoy-webhook-doc-example", "knit_erp/alerts/README.md", "https://api.slack.com/messaging/webhooks", """# alerts

Slack incoming webhook URL ஐ `KNIT_SLACK_WEBHOOK_<DEPT>` env ஆக அமைக்கவும்.

Slack docs example shape (not ours):

    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

Test: `python -m knit_erp.alerts.notify dyeing "test"`
""")

S = fakes.fake_pem(_seed(), "ENCRYPTED")
add("blind-mn/pem/pkcs8-key", "buyer-portal/storage/keys/icici_client.pem", "https://datatracker.ietf.org/doc/html/rfc5958", "@@k@@\n", S, k=S)

S = rand_pw(22)
add("blind-mn/compose/env-file-inline", "buyer-portal/docker-compose.prod.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """services:
  app:
    image: registry.srivelanknits.example.in/buyer-portal:5.1.0
    restart: unless-stopped
    environment:
      - APP_ENV=production
      - DB_HOST=mysql
      - DB_DATABASE=portal
      - DB_USERNAME=portal
      - DB_PASSWORD=@@pw@@
    ports:
      - "8081:80"
  mysql:
    image: mysql:8.0
    volumes: ["dbdata:/var/lib/mysql"]
volumes:
  dbdata: {}
""", S, pw=S)

add("blind-mn/compose/decoy-env-interpolation", "buyer-portal/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """services:
  app:
    image: registry.srivelanknits.example.in/buyer-portal:5.1.0
    environment:
      DB_HOST: mysql
      DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD required}
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?}
      MYSQL_PASSWORD: ${DB_PASSWORD}
""")

S = rand_pw(18)
add("blind-mn/sql/dblink-password", "knit_erp/db/views/v_export_invoice.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """-- ஏற்றுமதி விலைப்பட்டியல் + Tally voucher இணைப்பு
CREATE OR REPLACE VIEW v_export_invoice AS
SELECT i.invoice_no, i.buyer, i.fob_usd, t.voucher_no
FROM export_invoice i
LEFT JOIN dblink('host=10.20.1.30 dbname=tally_mirror user=mirror password=@@pw@@',
                 'SELECT invoice_ref, voucher_no FROM vouchers')
     AS t(invoice_ref text, voucher_no text)
  ON t.invoice_ref = i.invoice_no;
""", S, pw=S)

add("blind-mn/sql/decoy-user-mapping", "knit_erp/db/views/fdw_tally.sql", "https://www.postgresql.org/docs/current/sql-createusermapping.html", """-- fdw: கடவுச்சொல் psql மாறியாக (-v) மட்டும், கோப்பில் இல்லை
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER tally_mirror FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.20.1.30', dbname 'tally_mirror');
CREATE USER MAPPING FOR erp_app SERVER tally_mirror
  OPTIONS (user 'mirror', password :'mirror_password');
""")

S = b64("svk_edi:" + rand_pw(16))
add("blind-mn/json/docker-config-auth", "ops/notes/docker_config_gw01.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.srivelanknits.example.in": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"},
  "_note": "gw01 இலிருந்து நகல் - மீட்புக்காக"
}
""", S, a=S)

add("blind-mn/json/decoy-docker-credstore", "ops/notes/docker_config_gw02.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.srivelanknits.example.in": {}
  },
  "credsStore": "pass",
  "_note": "gw02 - credential helper பயன்படுத்துகிறது"
}
""")

S = fakes.redis_password(_seed())
add("blind-mn/conf/redis-requirepass", "factory/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """# MES நேரடி டாஷ்போர்டு cache
bind 10.20.1.60
port 6379
protected-mode yes
requirepass @@pw@@
maxmemory 512mb
maxmemory-policy allkeys-lru
# தினமும் snapshot
save 3600 1
""", S, pw=S)

add("blind-mn/conf/decoy-acl-hashed", "factory/redis/users.acl", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", """user default off
user mes on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~mes:* +@read +@write
user dashboard on #a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3 ~mes:* +@read
# SHA-256 மட்டும்; எளிய கடவுச்சொற்கள் Vault இல்
user admin on #03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4 ~* +@all
""")

# ---------------------------------------------------------------- client configs and tools

S = rand_pw(16)
add("blind-mn/xml/filezilla-base64", "ops/notes/filezilla_sitemanager_lab.xml", "https://wiki.filezilla-project.org/Site_Manager", """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>10.40.2.40</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>octupload</User>
      <Pass encoding="base64">@@b@@</Pass>
      <Name>OCT export server (ஆய்வகம்)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", S, b=b64(S))

S = rand_pw(20)
add("blind-mn/netrc/netrc-password", "ops/notes/netrc_build01.txt", "https://everything.curl.dev/usingcurl/netrc", """# build01 ~/.netrc (நகல்) - nexus பதிவிறக்கங்களுக்கு
machine nexus.srivelanknits.example.in
  login ci-build
  password @@pw@@
machine github.com
  login svk-deploy
  password ${GH_TOKEN}
""", S, pw=S)

S = rand_pw(18)
add("blind-mn/pip/index-url-password", "research/oct-utils/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """[global]
# மருத்துவமனை உள் PyPI (DICOM helpers)
index-url = https://research:@@pw@@@pypi.kannoli-eye.example.in/simple/
extra-index-url = https://pypi.org/simple
timeout = 60
""", S, pw=S)

S = fakes.github_token(_seed())
add("blind-mn/json/composer-auth", "buyer-portal/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """{
    "github-oauth": {
        "github.com": "@@t@@"
    },
    "http-basic": {},
    "_comment": "தனியார் PDF invoice package க்கு"
}
""", S, t=S)

S = rand_pw(24)
add("blind-mn/gradle/properties-password", "kann-app/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Play store வெளியீட்டு keystore
KANNOLI_STORE_FILE=../keystore/kannoli-release.jks
KANNOLI_KEY_ALIAS=kannoli
KANNOLI_STORE_PASSWORD=@@pw@@
KANNOLI_KEY_PASSWORD=@@pw@@
""", S, pw=S)

add("blind-mn/gradle/decoy-signing-env", "kann-app/android/app/signing.gradle", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """android {
    signingConfigs {
        release {
            // CI இல் மட்டும்; உள்ளூர் build debug key
            storeFile file(System.getenv("KANNOLI_STORE_FILE") ?: "debug.keystore")
            storePassword System.getenv("KANNOLI_STORE_PASSWORD")
            keyAlias System.getenv("KANNOLI_KEY_ALIAS")
            keyPassword System.getenv("KANNOLI_KEY_PASSWORD")
        }
    }
}
""")

S = rand_pw(24)
add("blind-mn/nuget/nuget-config-password", "lab/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kannoli" value="https://nuget.kannoli-eye.example.in/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kannoli>
      <add key="Username" value="lab-build" />
      <add key="ClearTextPassword" value="@@pw@@" />
    </kannoli>
  </packageSourceCredentials>
</configuration>
""", S, pw=S)

S = rand_pw(20)
add("blind-mn/jenkins/jenkinsfile-password", "buyer-edi/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
  agent any
  environment {
    // TODO: credentials() க்கு மாற்றவும்
    NEXUS_USER = 'ci-edi'
    NEXUS_PASS = '@@pw@@'
  }
  stages {
    stage('Build') { steps { sh 'mvn -B package' } }
    stage('Publish') {
      steps { sh 'mvn -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' }
    }
  }
}
""", S, pw=S)

add("blind-mn/jenkins/decoy-credentials-binding", "factory/cutting-planner/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
  agent any
  stages {
    stage('Publish') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'svk-nexus', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
          sh 'mvn -B deploy -s .mvn/settings.xml'
        }
      }
    }
  }
}
""")

S = fakes.drawn(_seed(), 32, HEX)
add("blind-mn/ini/grafana-admin", "factory/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """[server]
http_port = 3000
domain = dash.srivelanknits.example.in

[security]
admin_user = admin
# தொழிற்சாலை டாஷ்போர்டு நிர்வாகி
admin_password = @@pw@@
secret_key = ${GF_SECRET_KEY}

[auth.anonymous]
enabled = true
org_role = Viewer
""", S, pw=S)

S = rand_pw(22)
add("blind-mn/yaml/grafana-datasource", "factory/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """apiVersion: 1
datasources:
  - name: knitting-influx
    type: influxdb
    url: http://10.20.1.50:8086
    jsonData:
      version: Flux
      organization: svk
      defaultBucket: knitting
    secureJsonData:
      token: @@t@@
""", S, t=S)

add("blind-mn/yaml/decoy-grafana-env", "factory/grafana/provisioning/datasources/mes-postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """apiVersion: 1
datasources:
  - name: mes-postgres
    type: postgres
    url: 10.20.1.40:5432
    user: grafana_ro
    jsonData: {database: mes, sslmode: disable}
    secureJsonData:
      password: $__env{MES_GRAFANA_PW}
""")

S = rand_pw(18)
add("blind-mn/url/mongodb-uri", "kann-app/server/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """import mongoose from 'mongoose';

// நோயாளி கருத்து (feedback) தொகுப்பு
const uri = 'mongodb+srv://feedback_app:@@pw@@@cluster0.kannoli.mongodb.example.net/feedback?retryWrites=true&w=majority';

export async function connect() {
  await mongoose.connect(uri);
  console.log('mongo connected');
}
""", S, pw=S)

S = rand_pw(16)
add("blind-mn/url/amqp-uri", "lab/results-worker/worker.py", "https://pika.readthedocs.io/en/stable/modules/parameters.html#urlparameters", """\"\"\"ஆய்வக முடிவுகள் வரிசை - LIS -> appointment app notify.\"\"\"
import pika

params = pika.URLParameters("amqp://labworker:@@pw@@@10.40.2.50:5672/lab")
conn = pika.BlockingConnection(params)
ch = conn.channel()
ch.queue_declare(queue="results.ready", durable=True)


def publish(mrn: str, sample: str) -> None:
    ch.basic_publish("", "results.ready", f"{mrn}:{sample}".encode())
""", S, pw=S)

S = rand_pw(24)
add("blind-mn/kafka/jaas-password", "factory/kafka/client-jaas.conf", "https://kafka.apache.org/documentation/#security_sasl_plain", """// MES நிகழ்வுகள் -> Kafka (machine stop events)
KafkaClient {
  org.apache.kafka.common.security.plain.PlainLoginModule required
  username="mes-producer"
  password="@@pw@@";
};
""", S, pw=S)

S = rand_pw(20)
add("blind-mn/conf/logstash-es-password", "ops/logstash/pipeline/opd.conf", "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html", """input {
  beats { port => 5044 }
}
filter {
  # OPD காத்திருப்பு நேரம் கணக்கீடு
  if [service] == "appt-api" { json { source => "message" } }
}
output {
  elasticsearch {
    hosts => ["https://10.40.1.30:9200"]
    user => "logstash_writer"
    password => "@@pw@@"
    index => "opd-%{+YYYY.MM.dd}"
  }
}
""", S, pw=S)

add("blind-mn/conf/decoy-logstash-keystore", "ops/logstash/pipeline/lab.conf", "https://www.elastic.co/guide/en/logstash/current/keystore.html", """input { beats { port => 5045 } }
output {
  elasticsearch {
    hosts => ["https://10.40.1.30:9200"]
    user => "logstash_writer"
    # logstash-keystore add ES_PWD
    password => "${ES_PWD}"
    index => "lab-%{+YYYY.MM.dd}"
  }
}
""")

S = rand_pw(28)
add("blind-mn/ini/rclone-config", "ops/notes/rclone_backup.conf", "https://rclone.org/b2/", """# rclone - நோயாளி பதிவு PDF காப்புப்பிரதி -> Backblaze
[b2-archive]
type = b2
account = 0051a2b3c4d5e6f0000000003
key = K005@@k@@
hard_delete = false

[local-nas]
type = local
""", "K005" + S, k=S)

S = fakes.fake_pem(_seed(), "RSA")
add("blind-mn/json/gcp-service-account", "kann-app/server/secrets/kannoli-bq-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "kannoli-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@k@@",
  "client_email": "opd-export@kannoli-analytics.iam.gserviceaccount.com",
  "client_id": "104857392016482735190",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", S.replace("\n", "\\n"), kid=hexs(40), k=S.replace("\n", "\\n"))

add("blind-mn/json/decoy-gcp-wif", "kann-app/server/secrets/kannoli-bq-wif.json", "https://cloud.google.com/iam/docs/workload-identity-federation-with-other-clouds", """{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/408812345678/locations/global/workloadIdentityPools/github/providers/kannoli",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/opd-export@kannoli-analytics.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token"}
}
""")

S = rand_pw(20)
add("blind-mn/powershell/here-string-json", "lab/scripts/Register-Analyzer.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", """# புதிய பகுப்பாய்வி LIS இல் பதிவு
$body = @"
{
  "name": "Cobas-C111-02",
  "ip": "10.40.2.33",
  "lisUser": "analyzer02",
  "lisPassword": "@@pw@@"
}
"@
Invoke-RestMethod -Method Post -Uri "https://lis.kannoli-eye.internal/api/analyzers" -Body $body -ContentType "application/json"
""", S, pw=S)

add("blind-mn/powershell/decoy-secretmanagement", "lab/scripts/Register-Analyzer-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# v2: SecretManagement vault இலிருந்து
Import-Module Microsoft.PowerShell.SecretManagement
$pw = Get-Secret -Name "lis-analyzer02" -AsPlainText
$body = @{ name = "Cobas-C111-02"; ip = "10.40.2.33"; lisUser = "analyzer02"; lisPassword = $pw } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri "https://lis.kannoli-eye.internal/api/analyzers" -Body $body -ContentType "application/json"
Remove-Variable pw
""")

S = rand_pw(18)
add("blind-mn/helm/set-command-line", "ops/runbooks/install-mirth.md", "https://helm.sh/docs/helm/helm_install/", """# Mirth Connect நிறுவல் (lab namespace)

```bash
helm repo add kannoli https://charts.kannoli-eye.example.in
helm upgrade --install mirth kannoli/mirth-connect -n lab \\
  --set database.host=mirth-db.lab.svc \\
  --set database.username=mirth \\
  --set database.password=@@pw@@ \\
  --set service.type=ClusterIP
```

நிறுவிய பின் `kubectl -n lab get pods` மூலம் சரிபார்க்கவும்.
""", S, pw=S)

S = rand_pw(22)
add("blind-mn/kubectl/create-secret-literal", "ops/notes/pharmacy_k8s_setup.txt", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/", """மருந்தக k8s அமைப்பு - 2026-04-02 (Kavitha உடன்)
kubectl create namespace pharmacy
kubectl -n pharmacy create secret generic pharmacy-db \\
  --from-literal=username=pharmacy \\
  --from-literal=password='@@pw@@'
kubectl -n pharmacy apply -f pharmacy-deploy.yaml
kubectl -n pharmacy rollout status deploy/pharmacy
""", S, pw=S)

add("blind-mn/kubectl/decoy-from-file", "ops/notes/lab_k8s_setup.txt", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/", """ஆய்வக k8s அமைப்பு
kubectl create namespace lab
# கடவுச்சொல் கோப்பு USB இல் இருந்து, பின்னர் shred
kubectl -n lab create secret generic lis-db --from-file=password=./lis_db_password.txt
shred -u ./lis_db_password.txt
kubectl -n lab apply -f lis-deploy.yaml
""")

S = rand_pw(20)
add("blind-mn/systemd/environment-password", "factory/systemd/opc-collector.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=OPC-UA collector (சாய ஆலை)
After=network-online.target

[Service]
User=collector
Environment=OPC_ENDPOINT=opc.tcp://10.20.5.21:4840
Environment=OPC_PASSWORD=@@pw@@
ExecStart=/opt/opc-collector/OpcCollector
Restart=always

[Install]
WantedBy=multi-user.target
""", S, pw=S)

add("blind-mn/systemd/decoy-load-credential", "factory/systemd/rfid-bridge.service", "https://systemd.io/CREDENTIALS/", """[Unit]
Description=RFID bundle bridge
After=network-online.target

[Service]
User=rfid
LoadCredentialEncrypted=mes-api-key:/etc/credstore.encrypted/mes-api-key
Environment=MES_API_KEY_FILE=%d/mes-api-key
ExecStart=/opt/rfid/bundlescan
Restart=on-failure
""")

S = rand_pw(14, "#")
add("blind-mn/chat/whatsapp-export", "ops/notes/it_group_chat_2026-03.txt", "https://faq.whatsapp.com/1180414079177245", """12/03/26, 10:02 - Suresh IT: theni branch printer again offline
12/03/26, 10:05 - Kavitha Pharmacy: pharmacy kiosk login ஆகவில்லை
12/03/26, 10:07 - Suresh IT: kiosk user = kiosk, புது password @@pw@@ , try pannunga
12/03/26, 10:09 - Kavitha Pharmacy: ok working, nandri
12/03/26, 10:15 - Suresh IT: <Media omitted>
""", S, pw=S)

add("blind-mn/chat/decoy-otp-talk", "ops/notes/it_group_chat_2026-04.txt", "https://faq.whatsapp.com/1180414079177245", """02/04/26, 09:12 - Dr Lakshmi: app login OTP வரவில்லை
02/04/26, 09:14 - Suresh IT: SMS DLT template approve ஆகவில்லை, இன்று மாலை சரியாகும்
02/04/26, 09:15 - Suresh IT: அதுவரை password login use pannunga, password யாருக்கும் அனுப்ப வேண்டாம்
02/04/26, 09:20 - Dr Lakshmi: ok
02/04/26, 18:40 - Suresh IT: OTP fixed ✅
""")

S = rand_pw(16)
add("blind-mn/email/eml-credentials", "ops/notes/vendor_handover.eml", "https://datatracker.ietf.org/doc/html/rfc5322", """From: ravi@medilink.example
To: suresh.p@kannoli-eye.example.in
Subject: Pharmacy stock sync - production access
Date: Tue, 10 Mar 2026 16:22:10 +0530
Content-Type: text/plain; charset=utf-8

Hi Suresh,

Production sync user is ready.
  URL: https://sync.medilink.example/api
  User: kannoli_sync
  Password: @@pw@@

Please change it after first login.
Regards, Ravi
""", S, pw=S)

S = rand_pw(32, "")
add("blind-mn/jira/ticket-export", "ops/notes/JIRA-OPS-412.txt", "https://support.atlassian.com/jira-software-cloud/docs/export-issues/", """OPS-412  Appointment widget not loading on kannoli-eye.example.in
Status: Resolved    Priority: High    Reporter: Front office (Anna Nagar)
-----------------------------------------------------------------------
Comment (suresh.p, 14/Mar/26 11:02):
  Practo partner key had expired. New key generated in partner portal and pasted in
  widget config: @@k@@
  Widget loads now. Front office confirmed.
Comment (kavitha.m, 14/Mar/26 11:30): நன்றி!
""", S, k=S)

S = rand_pw(26)
add("blind-mn/dart/flutter-api-key", "kann-app/patient_flutter/lib/env.dart", "https://dart.dev/language/variables", """// நோயாளி app - Flutter
class Env {
  static const apiBase = 'https://api.kannoli-eye.example.in';
  static const teleconsultKey = '@@k@@';
  static const supportPhone = '+91 452 253 0000';
  static const languages = ['ta', 'en'];
}
""", S, k=S)

add("blind-mn/dart/decoy-dart-define", "kann-app/patient_flutter/lib/env_release.dart", "https://dart.dev/tools/dart-compile#dart-define", """// --dart-define=TELECONSULT_KEY=... மூலம் build நேரத்தில்
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.kannoli-eye.example.in');
  static const teleconsultKey = String.fromEnvironment('TELECONSULT_KEY');
  static const supportPhone = '+91 452 253 0000';
}
""")

S = rand_pw(18)
add("blind-mn/r/odbc-password", "research/glaucoma/iop_cohort.R", "https://solutions.posit.co/connections/db/best-practices/managing-credentials/", """# கிளாகோமா cohort - IOP போக்கு ஆய்வு
library(DBI)
con <- dbConnect(odbc::odbc(),
                 Driver = "ODBC Driver 18 for SQL Server",
                 Server = "10.40.2.20",
                 Database = "LIS",
                 UID = "research_ro",
                 PWD = "@@pw@@",
                 TrustServerCertificate = "yes")
iop <- dbGetQuery(con, "SELECT mrn, visit_date, iop_od, iop_os FROM v_iop WHERE visit_date >= '2024-01-01'")
dbDisconnect(con)
""", S, pw=S)

add("blind-mn/r/decoy-keyring", "research/glaucoma/cataract_outcomes.R", "https://solutions.posit.co/connections/db/best-practices/managing-credentials/", """library(DBI)
# கடவுச்சொல் keyring இல் (keyring::key_set("lis_research"))
con <- dbConnect(odbc::odbc(),
                 Driver = "ODBC Driver 18 for SQL Server",
                 Server = "10.40.2.20", Database = "LIS",
                 UID = "research_ro",
                 PWD = keyring::key_get("lis_research"))
outcomes <- dbGetQuery(con, "SELECT * FROM v_cataract_outcome")
""")

# ---------------------------------------------------------------- last round: mixed carriers

S = rand_pw(20)
add("blind-mn/git/git-credentials", "ops/notes/git-credentials_mes01.txt", "https://git-scm.com/docs/git-credential-store", """https://ci-mes:@@pw@@@gitlab.srivelanknits.example.in
# mes01 /root/.git-credentials நகல் - (ஏன் root? விசாரிக்க வேண்டும்)
# auto-deploy cron இதைப் பயன்படுத்துகிறது
# TODO: deploy token க்கு மாற்றவும்
# கண்டுபிடித்தது: Arun, 2026-04-03
""", S, pw=S)

S = rand_pw(24)
add("blind-mn/php/wp-config", "export-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// srivelanknits.example.in - ஏற்றுமதி இணையதளம் (catalogue)
define( 'DB_NAME', 'svk_site' );
define( 'DB_USER', 'svk_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'svk_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", S, pw=S)

add("blind-mn/php/decoy-wp-salts-placeholder", "export-site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
// https://api.wordpress.org/secret-key/1.1/salt/ இலிருந்து உருவாக்கவும்
""")

S = fakes.drawn(_seed(), 20, HEX)
add("blind-mn/env/pusher-app-secret", "buyer-portal/.env.production", "https://laravel.com/docs/11.x/configuration#environment-configuration", """APP_NAME="SVK Buyer Portal"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://buyers.srivelanknits.example.in
# வாங்குபவர் portal - கப்பல் ஆவணங்கள்
DB_CONNECTION=mysql
DB_HOST=mysql
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=${PORTAL_DB_PASSWORD}
PUSHER_APP_SECRET=@@s@@
""", S, s=S)

S = rand_pw(16)
add("blind-mn/ini/winscp-session", "ops/notes/WinSCP_tally_box.ini", "https://winscp.net/eng/docs/session_configuration", """[Sessions\\tally-box]
HostName=10.20.1.9
UserName=tallybackup
PortNumber=22
FSProtocol=2
; கடவுச்சொல் சேமிக்கப்பட்டது (Murugan laptop)
PasswordPlain=@@pw@@
LocalDirectory=D:%5CTallyBackup
""", S, pw=S)

S = rand_pw(20)
add("blind-mn/perl/legacy-cgi", "export-site/cgi-bin/sample_request.pl", "https://metacpan.org/pod/DBI", """#!/usr/bin/perl
# பழைய மாதிரி கோரிக்கை படிவம் (2014) - இன்னும் இயங்குகிறது!
use strict;
use warnings;
use CGI;
use DBI;

my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=samples;host=localhost", "samples", "@@pw@@", { RaiseError => 1 });
$dbh->do("INSERT INTO sample_request (buyer, style, qty) VALUES (?, ?, ?)", undef,
         $q->param('buyer'), $q->param('style'), $q->param('qty'));
print $q->header, "Nandri - we will contact you.";
""", S, pw=S)

S = rand_pw(18)
add("blind-mn/lua/nginx-auth", "ops/nginx/lua/queue_display_auth.lua", "https://github.com/openresty/lua-nginx-module", """-- காத்திருப்பு அறை திரை - basic auth (TV browsers)
local user, pass = "tvdisplay", "@@pw@@"
local auth = ngx.var.http_authorization
local expected = "Basic " .. ngx.encode_base64(user .. ":" .. pass)
if auth ~= expected then
  ngx.header["WWW-Authenticate"] = 'Basic realm="OPD queue"'
  return ngx.exit(401)
end
""", S, pw=S)

add("blind-mn/conf/decoy-htpasswd", "ops/nginx/htpasswd.queue", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """tvdisplay:$apr1$Kx9Lm2Qp$3vR7tY1uI9oP3aS5dF6gH.
theni_tv:$apr1$Ab3Cd4Ef$9zX8cV7bN6mM5lK4jH3gF/
dindigul_tv:$2y$10$Qw1Er2Ty3Ui4Op5As6Df7uGh8Jk9Lz0Xc1Vb2Nm3Qw4Er5Ty6Ui7O
# htpasswd -B மூலம்; எளிய கடவுச்சொல் இங்கு இல்லை
# owner: Suresh IT
""")

S = fakes.github_token(_seed())
add("blind-mn/json5/renovate-token", "knit-erp/renovate.json5", "https://docs.renovatebot.com/configuration-options/#hostrules", """{
  // சார்பு புதுப்பிப்புகள் (dependency updates)
  extends: ['config:recommended'],
  timezone: 'Asia/Kolkata',
  schedule: ['before 6am on monday'],
  hostRules: [
    {
      matchHost: 'github.com',
      token: '@@t@@',
    },
  ],
}
""", S, t=S)

S = rand_pw(30)
add("blind-mn/bitbucket/pipelines-variable", "lab/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: mcr.microsoft.com/dotnet/sdk:8.0
pipelines:
  branches:
    main:
      - step:
          name: build + publish LisBridge
          script:
            - dotnet publish lab/LisBridge -c Release -o out
            - export NUGET_KEY=@@k@@
            - dotnet nuget push out/*.nupkg -k $NUGET_KEY -s https://nuget.kannoli-eye.example.in/v3/index.json
""", S, k=S)

add("blind-mn/azure-pipelines/decoy-variable-group", "pharmacy/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """trigger: [main]
pool: {vmImage: ubuntu-latest}
variables:
  - group: pharmacy-prod   # Library இல், secrets பூட்டப்பட்டவை
steps:
  - script: bundle install && bin/rails test
    env:
      RAILS_MASTER_KEY: $(RAILS_MASTER_KEY)
      DATABASE_URL: $(PHARMACY_DATABASE_URL)
""")

S = rand_pw(24)
add("blind-mn/scala/spark-jdbc", "research/spark/VisitAggregates.scala", "https://spark.apache.org/docs/latest/sql-data-sources-jdbc.html", """// OPD வருகை மொத்தங்கள் - மாவட்ட வாரியாக
import org.apache.spark.sql.SparkSession

object VisitAggregates extends App {
  val spark = SparkSession.builder.appName("visit-aggregates").getOrCreate()
  val visits = spark.read.format("jdbc")
    .option("url", "jdbc:postgresql://10.40.1.5:5432/appt")
    .option("dbtable", "opd_visit")
    .option("user", "spark_ro")
    .option("password", "@@pw@@")
    .load()
  visits.groupBy("district").count().show()
}
""", S, pw=S)

S = rand_pw(20)
add("blind-mn/airflow/connection-uri", "research/airflow/connections.env", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables", """# Airflow இணைப்புகள் (research ETL)
AIRFLOW_CONN_LIS_DB=mssql://research_etl:@@pw@@@10.40.2.20:1433/LIS
AIRFLOW_CONN_APPT_DB=postgres://airflow_ro@10.40.1.5:5432/appt
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__CORE__DEFAULT_TIMEZONE=Asia/Kolkata
""", S, pw=S)

S = rand_pw(16)
add("blind-mn/vagrant/provision-password", "factory/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/provisioning/shell", """# MES சோதனை VM
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "private_network", ip: "192.168.56.20"
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y postgresql
    sudo -u postgres psql -c "CREATE ROLE mes LOGIN PASSWORD '@@pw@@';"
    sudo -u postgres createdb -O mes mes
  SHELL
end
""", S, pw=S)

S = rand_pw(22)
add("blind-mn/terraform/tfvars", "infra/terraform/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """region         = "ap-south-1"
environment    = "prod"
erp_db_class   = "db.t4g.medium"
# RDS முதன்மை கடவுச்சொல்
db_password    = "@@pw@@"
backup_days    = 14
allowed_cidrs  = ["103.21.44.0/24", "10.20.0.0/16"]
""", S, pw=S)

S = rand_pw(18)
add("blind-mn/pgbouncer/userlist", "factory/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", """"mes" "@@pw@@"
"grafana_ro" "SCRAM-SHA-256$4096:bWVzX3NhbHQ=$Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==:cXV4MTIzNDU2Nzg5MGZvb2Jhcg=="
"report" "md5e9b2c1a0f3d4b5c6a7e8f9d0c1b2a3f4"
"pgbouncer_admin" "md5a1b2c3d4e5f60718293a4b5c6d7e8f9"
"collector" "md55f4dcc3b5aa765d61d8327deb882cf99"
""", S, pw=S)

S = rand_pw(32, "")
add("blind-mn/swift/plist-api-key", "kann-app/ios/Kannoli/Config/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>TeleconsultAPIKey</key>
    <string>@@k@@</string>
    <key>APIBase</key>
    <string>https://api.kannoli-eye.example.in</string>
</dict>
</plist>
""", S, k=S)

S = rand_pw(20)
add("blind-mn/typescript/env-default-fallback", "kann-app/server/src/config.ts", "https://nodejs.org/api/process.html#processenv", """// சர்வர் அமைப்பு - env இல்லையெனில் default (!)
export const config = {
  port: Number(process.env.PORT ?? 8080),
  labApiBase: process.env.LAB_API_BASE ?? 'https://lis.kannoli-eye.internal/api',
  labApiKey: process.env.LAB_API_KEY ?? '@@k@@',
  otpTtlSeconds: 300,
  defaultLanguage: 'ta',
};
""", S, k=S)

add("blind-mn/typescript/decoy-zod-env", "kann-app/server/src/env.ts", "https://zod.dev/", """import { z } from 'zod';

// env சரிபார்ப்பு - மதிப்பு இல்லையெனில் start ஆகாது
const Env = z.object({
  PORT: z.coerce.number().default(8080),
  LAB_API_KEY: z.string().min(20),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  DATABASE_URL: z.string().url(),
});

export const env = Env.parse(process.env);
""")

S = b64(rand_pw(24))
add("blind-mn/k8s-secret/opaque-token-b64", "deploy/k8s/lab-api-key-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: lab-api-key
  namespace: appt
  annotations:
    owner: suresh.p
type: Opaque
data:
  LAB_API_KEY: @@b@@
""", base64.b64decode(S).decode(), b=S)

S = fakes.fake_pem(_seed(), "DSA")
add("blind-mn/ansible/inline-key-block", "ops/ansible/host_vars/oct-pc07.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """---
# OCT PC - பழைய Windows; SSH via OpenSSH server
ansible_host: 10.40.2.47
ansible_user: octadmin
ansible_ssh_private_key_content: |
  @@k@@
ansible_shell_type: powershell
""", S, k=S.replace("\n", "\n  "))

S = rand_pw(20)
add("blind-mn/java/spring-yaml-password", "factory/cutting-planner/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.yaml", """server:
  port: 8090
spring:
  datasource:
    url: jdbc:postgresql://10.20.1.14:5432/cutting
    username: planner
    password: @@pw@@
  jpa:
    open-in-view: false
# வெட்டும் திட்டம் - marker திறன் அறிக்கை
planner:
  fabric-width-cm: 180
""", S, pw=S)

S = rand_pw(26)
add("blind-mn/markdown/readme-quickstart", "lab/pacs-sync/README.md", "https://commonmark.org/help/", """# pacs-sync

விழித்திரை (fundus) படங்களை PACS இலிருந்து Azure Blob க்கு ஒத்திசைக்கும்.

## Quick start

```bash
export PACS_USER=pacsync
export PACS_PASSWORD='@@pw@@'
python -m pacs_sync --since 2026-04-01
```

Logs: `/var/log/pacs-sync/`. பிரச்சனை என்றால் Suresh ஐ அழைக்கவும்.
""", S, pw=S)
