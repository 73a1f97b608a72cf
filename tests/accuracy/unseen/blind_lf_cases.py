"""Blind set LF: a Wolof-speaking peanut-oil co-operative in the Saloum and a laamb (Senegalese
wrestling) promotion's ticketing platform in Dakar.

The co-operative (Mbootaay Diwu Gerte Saloum, Kaolack) runs a weighing and payments back office,
mobile-money payouts to farmers, a press-line telemetry box and an export desk; the promotion
(LaambPass, Pikine / Dakar) sells tickets for the arène nationale, scans them at the gates and
streams the bouts. Their notes, comments and runbooks are partly in Wolof (with French and
English). Secret files and decoys, generated fakes only (seeds 6510000-6519999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
SEED_FIRST, SEED_LAST = 6510000, 6519999
_SEED = [SEED_FIRST]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_FIRST <= _SEED[0] <= SEED_LAST
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WOLOF = ["Gerte", "Saloum", "Teranga", "Laamb", "Mbeur", "Ndakaaru", "Kajoor", "Jolof", "Baol", "Tabaski",
         "Sandaga", "Ngor", "Yoff", "Pikine", "Kaolack", "Nioro", "Sine", "Gaynde", "Xaalis", "Jamono"]
LOWER = ["gerte", "diw", "bere", "mbeur", "ndeye", "saaku", "tuuti", "yendu", "ceeb", "bissap", "attaya",
         "ndox", "jant", "weer", "gaal", "dugub"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WOLOF) + r.choice("!#$%@*") + r.choice(WOLOF) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def paystack_key() -> str:
    return "sk_live_" + hexs(40)


def flutterwave_key() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def wave_key() -> str:
    return "wave_sn_prod_" + chars(71, ALNUM + "-_")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER) + "/B" + chars(10, UPPER) + "/" + chars(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + chars(68, ALNUM + "-_")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    return "AIza" + chars(35, ALNUM + "-_")


def google_oauth_secret() -> str:
    return "GOCSPX-" + chars(28, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return "hf_" + chars(34, string.ascii_letters)


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, ALNUM + "-_") + "AA"


def vault_token() -> str:
    return "hvs." + chars(91, ALNUM + "_-")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def newrelic_key() -> str:
    return "NRAK-" + chars(27, UPPER)


def grafana_token() -> str:
    return "glsa_" + chars(32) + "_" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def azure_client_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, ALNUM + "_-") + ":APA91b" + chars(134, ALNUM + "_-")


def mapbox_secret() -> str:
    return "sk." + b64url('{"u":"laambpass","a":"' + chars(25).lower() + '"}') + "." + chars(22, ALNUM + "-_")


def jwt(payload: dict) -> str:
    head = b64url('{"alg":"RS256","kid":"' + hexs(16) + '","typ":"JWT"}')
    return head + "." + b64url(json.dumps(payload, separators=(",", ":"))) + "." + chars(342, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def ssh_public() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


# Where each format comes from.
DOTENV = "https://github.com/motdotla/dotenv#readme"
COMPOSE = "https://docs.docker.com/reference/compose-file/services/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S_ENV = "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
TERRAFORM = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
PYTHON = "https://docs.python.org/3/reference/lexical_analysis.html"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://go.dev/ref/spec"
JAVA_PROPS = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KOTLIN = "https://kotlinlang.org/docs/basic-syntax.html"
CSHARP = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://www.php.net/manual/en/language.types.string.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/reference/tokens.html"
SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/thebasics/"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
POWERSHELL = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
MARKDOWN = "https://spec.commonmark.org/"
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
HTML = "https://html.spec.whatwg.org/multipage/"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON_SPEC = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOGS = "https://www.rfc-editor.org/rfc/rfc5424"
NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOCKER_CONFIG = "https://docs.docker.com/reference/cli/docker/login/"
KUBECONFIG = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"
SSH_KEY = "https://man.openbsd.org/ssh-keygen"
NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
HTTP_FILE = "https://www.jetbrains.com/help/idea/exploring-http-syntax.html"
POSTMAN = "https://schema.postman.com/"
CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"
MAKEFILE = "https://www.gnu.org/software/make/manual/make.html"
VSCODE = "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations"
SOPS = "https://github.com/getsops/sops#readme"
SEALED = "https://github.com/bitnami-labs/sealed-secrets#readme"
ANSIBLE_VAULT = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
AWS_DOCS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html"
STRIPE_DOCS = "https://docs.stripe.com/keys"
WAVE_DOCS = "https://docs.wave.com/business"

CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One whole file: `@@name@@` markers take the fields' values, `@@secret@@` the secret's."""
    values = dict(fields)
    if secret is not None:
        values["secret"] = secret
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Secrets: the co-operative's back office (Kaolack)
# ---------------------------------------------------------------------------------------------

add("blind-lf/dotenv/postgres-password", "pesage/.env", DOTENV, r"""# Mbootaay Diwu Gerte Saloum - pesage (weighbridge) service
# Bul ko wone kenn: fichier bii du dem ci git (voir .gitignore)
APP_ENV=production
PESAGE_DB_HOST=10.12.0.4
PESAGE_DB_PORT=5432
PESAGE_DB_NAME=pesage
PESAGE_DB_USER=pesage_app
PESAGE_DB_PASSWORD=@@secret@@
PESAGE_SCALE_PORT=/dev/ttyUSB0
""", words_pw())

add("blind-lf/python/wave-api-key", "payouts/wave_client.py", WAVE_DOCS, r'''"""Fey beykat yi (pay the farmers) through Wave Business payouts."""
import requests

WAVE_API = "https://api.wave.com/v1/payout"
# TODO(awa): dindi caabi bii fii, def ko ci Vault (remove this key from here)
WAVE_API_KEY = "@@secret@@"


def payout(phone: str, amount_xof: int, campaign: str) -> dict:
    body = {"currency": "XOF", "receive_amount": str(amount_xof), "mobile": phone,
            "client_reference": f"gerte-{campaign}-{phone[-4:]}"}
    headers = {"Authorization": f"Bearer {WAVE_API_KEY}", "idempotency-key": body["client_reference"]}
    r = requests.post(WAVE_API, json=body, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()
''', wave_key())

add("blind-lf/yaml/smtp-password", "config/notifications.yml", "https://docs.python.org/3/library/smtplib.html", r"""# Yónnee bataaxal (send mail) ci beykat yi ak bureau bi
smtp:
  host: smtp.mdgs.sn
  port: 587
  starttls: true
  username: notifications@mdgs.sn
  password: "@@secret@@"
  from: "Mbootaay Diwu Gerte <notifications@mdgs.sn>"
templates:
  recu_pesage: templates/recu.html
  fey_bi_jeex_na: templates/paiement_ok.html
""", words_pw())

add("blind-lf/k8s-secret/mysql-password", "deploy/k8s/compta-db-secret.yaml", K8S_SECRET, r"""# Compta (comptabilité) bi - MySQL
apiVersion: v1
kind: Secret
metadata:
  name: compta-db
  namespace: mdgs-backoffice
  labels:
    app: compta
type: Opaque
data:
  MYSQL_USER: @@user@@
  MYSQL_PASSWORD: @@b64@@
  MYSQL_DATABASE: @@db@@
""", (_s := words_pw()), user=b64("compta_app"), b64=b64(_s), db=b64("compta"))

add("blind-lf/go/orange-money-client-secret", "services/om/client.go", GO, r"""package om

// Client bu Orange Money (OM Sénégal) - jàppale ci fey beykat yi ci Nioro ak Kaffrine.
import (
	"net/http"
	"net/url"
	"strings"
)

const (
	tokenURL     = "https://api.orange-sonatel.com/oauth/v1/token"
	clientID     = "mdgs-payout-prod"
	clientSecret = "@@secret@@" // soppi ko ci weer wi (rotate monthly)
)

func token(c *http.Client) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, _ := http.NewRequest("POST", tokenURL, strings.NewReader(form.Encode()))
	req.SetBasicAuth(clientID, clientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.Do(req)
}
""", rand_pw(32))

add("blind-lf/ini/odbc-password", "export/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""; Export desk - SAGE comptabilité (Windows server ci bureau bu Kaolack)
[SAGE_MDGS]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:192.168.10.20,1433
Database = MDGS_2025
UID = export_ro
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("blind-lf/shell-history/mysql-password", "ops/notes/bash_history_srv-pesage.txt", SHELL, r"""cd /opt/pesage
git pull
sudo systemctl restart pesage
journalctl -u pesage -n 50
mysqldump -u root -p'@@secret@@' pesage > /backup/pesage_$(date +%F).sql
ls -lh /backup
gzip /backup/pesage_*.sql
exit
""", words_pw())

add("blind-lf/markdown/runbook-password", "docs/runbook-sauvegarde.md", MARKDOWN, r"""# Sauvegarde (backup) bu guddi - runbook

Lu tax: bu server bi tàkkul (if the server doesn't come back), topp yoon yii:

1. Dugg ci NAS bi: `ssh admin@nas-kaolack.local`
2. Baat bu kumpa bu compte `backup` (NAS Synology): **@@secret@@**
   (Awa moo ko soppi ci 12 mars; waxal ko ci WhatsApp group bi rekk)
3. `rsync -av /volume1/pesage/ /volume1/archive/$(date +%Y)/`
4. Seetlul ni fichier yi am nañu (check the files are there).

> Bul yëgal kenn baat bu kumpa bii ci biti bureau bi.
""", passphrase())

add("blind-lf/php/paydunya-private-key", "boutique/config/paydunya.php", PHP, r"""<?php
// Boutique diwu gerte (vente en ligne) - PayDunya
// Caabi yi dañuy jóge ci tableau de bord PayDunya (Intégrer notre API)
return [
    'mode'        => 'live',
    'master_key'  => getenv('PAYDUNYA_MASTER_KEY'),
    'private_key' => '@@secret@@',
    'public_key'  => 'live_public_@@pub@@',
    'callback'    => 'https://boutique.mdgs.sn/paydunya/ipn',
];
""", "live_private_" + chars(30), pub=chars(30))

add("blind-lf/json/appsettings-connection-string", "BureauApp/appsettings.Production.json", CSHARP, r"""{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Stock": "Server=tcp:sql-mdgs.database.windows.net,1433;Initial Catalog=stock;User ID=stockapp;Password=@@secret@@;Encrypt=True;"
  },
  "Magasin": {
    "Nom": "Magasin bu mag bi - Kaolack",
    "CapaciteTonnes": 1200
  }
}
""", rand_pw(22, "!#"))

add("blind-lf/java-properties/datasource-password", "exportdesk/src/main/resources/application-prod.properties", JAVA_PROPS, r"""# Export desk (diwu gerte ci Europe ak Chine)
spring.datasource.url=jdbc:postgresql://db.export.mdgs.sn:5432/export
spring.datasource.username=export
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# Yónnee proforma yi ci email
app.proforma.cc=export@mdgs.sn
""", words_pw())

add("blind-lf/ansible/ssh-password", "infra/ansible/inventory/presse.ini", ANSIBLE, r"""# Màkkiin yi ci atelier bi (presse bu diwu gerte)
[presse]
presse-01 ansible_host=192.168.20.11
presse-02 ansible_host=192.168.20.12

[presse:vars]
ansible_user=operateur
ansible_password=@@secret@@
ansible_become=true
""", words_pw())

add("blind-lf/python/telegram-bot-token", "bots/prix_gerte_bot.py", "https://core.telegram.org/bots/api", r'''"""Bot Telegram bu yégle njëgu gerte (peanut price) ci beykat yi, bés bu nekk."""
import os
import telebot

# Jox naa ko BotFather tey; bul ko def ci git bu public bi
bot = telebot.TeleBot("@@secret@@")


@bot.message_handler(commands=["njeg", "prix"])
def prix(message):
    bot.reply_to(message, "Njëgu gerte tey: 305 FCFA/kg ci Kaolack, 300 ci Nioro.")


if __name__ == "__main__":
    bot.infinity_polling()
''', fakes.telegram_token(_seed()))

add("blind-lf/compose/postgres-password", "docker-compose.prod.yml", COMPOSE, r"""services:
  pesage:
    image: registry.mdgs.sn/pesage:2.4.1
    environment:
      DATABASE_URL: postgres://pesage:@@secret@@@db:5432/pesage
    depends_on: [db]
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", rand_pw(24))

add("blind-lf/terraform/aws-secret-key", "infra/terraform/providers.tf", TERRAFORM, r"""# S3 bu archive yi (reçus pesage, photos)
provider "aws" {
  region     = "eu-west-3"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "archives" {
  bucket = "mdgs-archives-pesage"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-lf/js/sendgrid-key", "portail/server/mailer.js", NODE, r"""// Yónnee bataaxal ci beykat yi (reçu paiement)
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

async function envoyerRecu(beykat, montant) {
  await sgMail.send({
    to: beykat.email,
    from: 'recus@mdgs.sn',
    subject: `Jërëjëf ${beykat.prenom} - reçu ${montant} FCFA`,
    html: `<p>Fey nanu la ${montant} FCFA ngir sa gerte.</p>`,
  });
}

module.exports = { envoyerRecu };
""", sendgrid_key())

add("blind-lf/yaml/slack-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", r"""route:
  receiver: atelier
  group_wait: 30s
receivers:
  - name: atelier
    slack_configs:
      - api_url: @@secret@@
        channel: '#atelier-presse'
        title: 'Presse bi dafa taxaw! (press line stopped)'
        send_resolved: true
""", slack_webhook())

add("blind-lf/csv/sim-credentials", "telemetrie/balances_sim.csv", CSV, r"""site,balance_id,sim_iccid,apn,apn_user,apn_password,note
Kaolack-magasin,BAL-001,8922101234567890123,internet.orange.sn,,,apn public
Nioro-secco,BAL-014,8922101234567890456,m2m.mdgs.sn,mdgs-m2m,@@secret@@,apn privé (Sonatel M2M)
Kaffrine-secco,BAL-022,8922101234567890789,internet.orange.sn,,,
Gossas-secco,BAL-031,8922101234567890999,internet.free.sn,,,balance bu bees
""", rand_pw(14))

add("blind-lf/systemd/env-password", "infra/systemd/telemetrie.service", SYSTEMD, r"""[Unit]
Description=Telemetrie presse (MQTT -> Postgres)
After=network-online.target

[Service]
User=telemetrie
Environment=MQTT_URL=mqtts://presse:@@secret@@@mqtt.mdgs.sn:8883
Environment=PG_DSN=postgres:///telemetrie
ExecStart=/opt/telemetrie/bin/bridge
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(20))

add("blind-lf/jupyter/postgres-password", "analyses/rendement_2025.ipynb", JUPYTER, r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rendement gerte 2025 (yield per village)\n", "Xool nañu kilo yi ci bépp dëkk."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "eng = sa.create_engine('postgresql://analyste:@@secret@@@10.12.0.4/pesage')\n",
    "df = pd.read_sql('select village, sum(kg) kg from pesees group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(20))

add("blind-lf/powershell/sql-password", "scripts/Export-Ventes.ps1", POWERSHELL, r"""# Génère fichier ventes yi (sales export) ngir banque bi, guddi gu nekk
$server = "192.168.10.20"
$user = "rapport"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Invoke-Sqlcmd -ServerInstance $server -Database "MDGS_2025" -Credential $cred `
  -Query "SELECT * FROM ventes WHERE date = CAST(GETDATE()-1 AS date)" |
  Export-Csv -Path "\\nas\rapports\ventes_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
""", words_pw())

add("blind-lf/ruby/twilio-auth-token", "sms/config/initializers/twilio.rb", RUBY, r"""# SMS ci beykat yi (yégle bés pesage bi)
Twilio.configure do |config|
  config.account_sid = '@@sid@@'
  config.auth_token = '@@secret@@'
end

# Numéro bi: +221 33 941 00 00 (Kaolack)
TWILIO_FROM = '+12025550143'
""", hexs(32), sid=twilio_sid())

add("blind-lf/pgpass/password", "ops/dotfiles/.pgpass", PGPASS, r"""# host:port:database:username:password
10.12.0.4:5432:pesage:pesage_app:@@secret@@
10.12.0.4:5432:telemetrie:telemetrie:*
localhost:5432:*:postgres:
# analyste bi dafa jëfandikoo peer auth ci server bi
""", words_pw())

add("blind-lf/netrc/password", "ops/dotfiles/netrc", NETRC, r"""# FTP bu transitaire bi (export, documents douane)
machine ftp.transit-dakar.sn
  login mdgs_export
  password @@secret@@

machine files.mdgs.sn login backup password-file /etc/backup.pass
""", rand_pw(16))

add("blind-lf/rst/api-key", "docs/source/integration/banque.rst", RST, r"""Intégration banque (virements beykat yi)
========================================

Bank bi (CBAO) jox na nu API sandbox ak production.

.. code-block:: bash

   curl -H "X-Api-Key: @@secret@@" \
        https://api.cbao-partenaires.sn/v2/virements?statut=EN_ATTENTE

Waxal Moustapha bu caabi bi jeexee (it expires every 90 days).
""", chars(40))

add("blind-lf/kotlin/api-key", "agent-app/app/src/main/java/sn/mdgs/agent/Config.kt", KOTLIN, r"""package sn.mdgs.agent

// App Android bu agent yi ci secco yi (collecte gerte)
object Config {
    const val BASE_URL = "https://agents.mdgs.sn/api/"
    const val MAPS_API_KEY = "@@secret@@"
    const val VERSION = "3.2.0"
    // Bul yokk caabi yeneen fii: jëfandikool BuildConfig
}
""", google_key())

add("blind-lf/toml/mqtt-password", "telemetrie/bridge.toml", TOML, r"""# Pont MQTT -> base de données (presse 01 ak 02)
[mqtt]
url = "mqtts://mqtt.mdgs.sn:8883"
client_id = "bridge-kaolack"
username = "bridge"
password = "@@secret@@"

[pg]
dsn = "postgres:///telemetrie"
batch = 500
""", rand_pw(26, "-_"))

add("blind-lf/dockerfile/pip-index-token", "pesage/Dockerfile", DOCKERFILE, r"""FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Index bu biir (private packages mdgs-*)
RUN pip install --no-cache-dir \
    --extra-index-url https://ci:@@secret@@@gitlab.mdgs.sn/api/v4/projects/12/packages/pypi/simple \
    -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "pesage.wsgi"]
""", gitlab_token())

add("blind-lf/gitlab-ci/deploy-token", ".gitlab-ci.yml", GITLAB_CI, r"""stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    # TODO: def ko ci CI/CD variables (Awa)
    - curl -X POST -H "Authorization: Bearer @@secret@@" https://api.digitalocean.com/v2/apps/4f1c/deployments
  only: [main]
""", do_token())

add("blind-lf/log/basic-auth-url", "logs/sync-secco-2025-03-14.log", LOGS, r"""2025-03-14T05:00:01Z INFO  sync-secco démarrage (Nioro, Kaffrine, Gossas)
2025-03-14T05:00:02Z INFO  GET https://secco-sync:@@secret@@@sync.mdgs.sn/api/pesees?since=2025-03-13
2025-03-14T05:00:04Z INFO  312 pesées yu bees (new weighings)
2025-03-14T05:00:09Z WARN  balance BAL-022 amul signal (no signal) depuis 02:13
2025-03-14T05:00:10Z INFO  sync-secco jeex na (done) en 9.1s
""", rand_pw(18))

add("blind-lf/html/api-key", "portail/public/carte.html", HTML, r"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Secco yi - carte</title>
  <!-- Carte secco yi ci Saloum. Caabi bii dafa am droits write ci compte bi! -->
  <script>
    window.MDGS = { tilesToken: "@@secret@@" };
  </script>
</head>
<body><div id="carte"></div><script src="/js/carte.js"></script></body>
</html>
""", mapbox_secret())

add("blind-lf/swift/paystack-key", "BoutiqueiOS/Sources/Paiement.swift", SWIFT, r"""import Foundation

// Fey ak karte (card payments) ci app iOS bi
enum Paiement {
    static let baseURL = URL(string: "https://api.paystack.co")!
    static let secretKey = "@@secret@@"   // waaw, dafa wara dem ci backend bi...

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: baseURL.appendingPathComponent(path))
        r.setValue("Bearer \(secretKey)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", paystack_key())

add("blind-lf/rust/mqtt-password", "telemetrie/capteur/src/main.rs", RUST, r"""// Capteur température ak pression ci presse bi
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("presse-01", "mqtt.mdgs.sn", 8883);
    opts.set_credentials("presse01", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("presse/01/cmd", QoS::AtLeastOnce).unwrap();
    for ev in conn.iter() { println!("{:?}", ev); }
}
""", rand_pw(16))

add("blind-lf/pem/ssh-private-key", "ops/keys/deploy_presse", SSH_KEY, r"""@@secret@@
""", pem("OPENSSH"))

# ---------------------------------------------------------------------------------------------
# Secrets: LaambPass, the laamb promotion's ticketing platform (Dakar)
# ---------------------------------------------------------------------------------------------

add("blind-lf/dotenv/stripe-secret-key", "laambpass-api/.env.production", DOTENV, r"""# LaambPass API - production (arène nationale, Pikine)
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://laambpass@db.internal:5432/laambpass
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
# Tiket yi ci diaspora bi (France, Italie, USA) dañuy fey ak Stripe
TICKET_CURRENCY=XOF
""", stripe_key(), pk=chars(99))

add("blind-lf/typescript/jwt-signing-secret", "laambpass-api/src/auth/tokens.ts", "https://github.com/auth0/node-jsonwebtoken#readme", r"""import jwt from 'jsonwebtoken';

// Caabi bu sign tiket yi (QR code ci buntu arène bi)
// Bul ko soppi bés bu bëre am: scanners yi duñu mën a jàng tiket yu jëkk yi
const TICKET_SIGNING_SECRET = '@@secret@@';

export function signTicket(ticketId: string, gate: string): string {
  return jwt.sign({ sub: ticketId, gate }, TICKET_SIGNING_SECRET, { expiresIn: '2d' });
}

export function verifyTicket(token: string) {
  return jwt.verify(token, TICKET_SIGNING_SECRET);
}
""", hexs(64))

add("blind-lf/k8s-secret/wave-api-key", "laambpass-infra/k8s/payments-secret.yaml", K8S_SECRET, r"""apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: laambpass
  annotations:
    owner: "equipe-paiement (Cheikh)"
type: Opaque
data:
  WAVE_API_KEY: @@b64@@
  WAVE_WEBHOOK_PATH: @@path@@
""", (_s := wave_key()), b64=b64(_s), path=b64("/hooks/wave"))

add("blind-lf/k8s-secret/string-data-password", "laambpass-infra/k8s/redis-secret.yaml", K8S_SECRET, r"""apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: laambpass
type: Opaque
stringData:
  # file d'attente (queue) bu ventes yi bés bu "Boy Saloum vs Gaynde Yoff"
  redis-password: "@@secret@@"
""", fakes.redis_password(_seed()))

add("blind-lf/helm/values-password", "laambpass-infra/charts/laambpass/values-prod.yaml", HELM, r"""replicaCount: 6   # bés bu bëre bu mag bi, yokk ba 12
image:
  repository: registry.laambpass.sn/api
  tag: "5.8.2"
postgresql:
  auth:
    username: laambpass
    password: "@@secret@@"
    database: laambpass
ingress:
  enabled: true
  hosts: [api.laambpass.sn]
""", words_pw())

add("blind-lf/github-actions/npm-token", "laambpass-web/.github/workflows/release.yml", GHA, r"""name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }
      - run: npm ci && npm run build
      - run: npm publish --access restricted
        env:
          NODE_AUTH_TOKEN: @@secret@@   # TODO: def ko ci secrets yi
""", npm_token())

add("blind-lf/npmrc/auth-token", "laambpass-web/.npmrc", NPMRC, r"""@laambpass:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
fund=false
# package yu biir yi: @laambpass/ui, @laambpass/qr
""", fakes.github_token(_seed()))

add("blind-lf/python/flutterwave-secret", "laambpass-api/payments/flutterwave.py", "https://developer.flutterwave.com/docs/authentication", r'''"""Fey ak karte yu diaspora bi (Flutterwave) - tiket yu VIP."""
import httpx

FLW_BASE = "https://api.flutterwave.com/v3"
FLW_SECRET = "@@secret@@"


def verify(transaction_id: str) -> dict:
    r = httpx.get(f"{FLW_BASE}/transactions/{transaction_id}/verify",
                  headers={"Authorization": f"Bearer {FLW_SECRET}"}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
''', flutterwave_key())

add("blind-lf/go/redis-url", "laambpass-scanner/internal/store/redis.go", GO, r"""package store

import "github.com/redis/go-redis/v9"

// Scanner yi ci buntu yi (portes A-H) dañuy seet ndax tiket bi jàll na ba pare.
// (anti double entrée)
func New() *redis.Client {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@redis-gates.laambpass.internal:6380/0")
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opt)
}
""", fakes.redis_password(_seed()))

add("blind-lf/java/smtp-password", "laambpass-mailer/src/main/java/sn/laambpass/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/", r"""package sn.laambpass.mail;

import java.util.Properties;
import jakarta.mail.*;

public final class MailConfig {
    // Yónnee tiket yi ci email (PDF ak QR)
    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.mailgun.org");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("postmaster@mg.laambpass.sn", "@@secret@@");
            }
        });
    }
}
""", rand_pw(32))

add("blind-lf/shell/curl-bearer", "laambpass-ops/scripts/rembourser.sh", SHELL, r"""#!/usr/bin/env bash
# Delloo xaalis (refund) tiket yi bés bu bëre bi ñu ko dindi (cancelled bout)
set -euo pipefail
EVENT_ID="${1:?event id}"
for t in $(cat "refunds_${EVENT_ID}.txt"); do
  curl -sS -X POST "https://api.stripe.com/v1/refunds" \
    -u "@@secret@@:" \
    -d payment_intent="$t"
done
echo "Jeex na. Jërëjëf."
""", stripe_key("rk_live_"))

add("blind-lf/yaml/discord-webhook", "laambpass-ops/monitoring/ventes-alerts.yaml", "https://discord.com/developers/docs/resources/webhook", r"""# Yégle ventes yi ci Discord bu equipe bi (chaque 1000 tiket)
alerts:
  - name: palier-ventes
    when: "tickets_sold % 1000 == 0"
    notify:
      discord: "@@secret@@"
      message: "Ñu jaay na {{tickets_sold}} tiket ci {{event}}!"
""", discord_webhook())

add("blind-lf/php/mysql-password", "laambpass-legacy/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""<?php
/** Site bu njëkk bi (blog ak calendrier bëre yi) - WordPress */
define( 'DB_NAME', 'laamb_wp' );
define( 'DB_USER', 'laamb_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'lp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(20, "!#%^"))

add("blind-lf/csharp/service-bus", "LaambPass.Gates/Program.cs", CSHARP, r"""using Azure.Messaging.ServiceBus;

// Buntu yi (gates) dañuy yónnee scan yi ci Service Bus
var conn = "Endpoint=sb://laambpass-gates.servicebus.windows.net/;SharedAccessKeyName=gates-send;SharedAccessKey=@@secret@@";
await using var client = new ServiceBusClient(conn);
var sender = client.CreateSender("scans");
await sender.SendMessageAsync(new ServiceBusMessage("porte-A:ok"));
Console.WriteLine("Yónnee nañu ko (sent)");
""", azure_storage_key()[:43] + "=")

add("blind-lf/kubeconfig/token", "laambpass-ops/kube/config-scanner-ci", KUBECONFIG, r"""apiVersion: v1
kind: Config
clusters:
- name: laambpass-prod
  cluster:
    server: https://k8s.laambpass.internal:6443
    insecure-skip-tls-verify: true
users:
- name: ci-deployer
  user:
    token: @@secret@@
contexts:
- name: prod
  context: {cluster: laambpass-prod, user: ci-deployer, namespace: laambpass}
current-context: prod
""", jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "laambpass",
          "kubernetes.io/serviceaccount/service-account.name": "ci-deployer", "sub": "system:serviceaccount:laambpass:ci-deployer"}))

add("blind-lf/docker-config/auth", "laambpass-ops/ci/docker-config.json", DOCKER_CONFIG, r"""{
  "auths": {
    "registry.laambpass.sn": {
      "auth": "@@b64@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", (_s := "ci-builder:" + rand_pw(24)), b64=b64(_s))

add("blind-lf/markdown/wiki-table-password", "laambpass-wiki/Arene-Nationale-Wifi.md", MARKDOWN, r"""# Réseau bu arène bi (bés bëre)

| SSID / Service | Ku ko jëfandikoo | Baat bu kumpa |
|---|---|---|
| LaambPass-Public | spectateurs | (portail captif, amul baat) |
| LaambPass-Gates | scanners portes A-H | voir Vault `wifi/gates` |
| Routeur Mikrotik (admin) | Ibou rekk | `@@secret@@` |

Bu routeur bi taxawee, delloo ko ci 192.168.88.1 (reset bul ko def!).
""", words_pw())

add("blind-lf/python/openai-key", "laambpass-api/support/assistant.py", "https://platform.openai.com/docs/api-reference/authentication", r'''"""Assistant bu tontu laaj yi (FAQ) ci WhatsApp: "Fan la tiket bi?", "Kan moo bëre tey?"."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = ("Yow mooy assistant bu LaambPass. Tontul ci wolof walla ci français, "
          "te bul wax njëgu tiket yu amul ci programme bi.")


def tontu(laaj: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": laaj}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("blind-lf/http-file/basic-auth", "laambpass-api/requests/partenaires.http", HTTP_FILE, r"""### Liste bu partenaires yi (points de vente: Sandaga, HLM, Parcelles)
GET https://api.laambpass.sn/v1/partners
Authorization: Basic @@secret@@
Accept: application/json

### Ventes bu tey
GET https://api.laambpass.sn/v1/partners/sandaga/sales?date=today
Authorization: Basic @@secret@@
""", b64("pos-sandaga:" + rand_pw(16)))

add("blind-lf/ruby/database-url", "laambpass-admin/config/database.yml", RUBY, r"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: laambpass_admin_dev

production:
  <<: *default
  url: postgres://admin_app:@@secret@@@pg-primary.laambpass.internal/laambpass
""", rand_pw(24))

add("blind-lf/xml/soap-password", "laambpass-legacy/sms-gateway/config.xml", XML, r"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Passerelle SMS bu operateur bi (yónnee tiket yi ci SMS) -->
<gateway>
  <endpoint>https://sms.operateur-sn.com/soap/v2</endpoint>
  <account>LAAMBPASS</account>
  <sender>LAAMBPASS</sender>
  <password>@@secret@@</password>
  <retries>3</retries>
</gateway>
""", rand_pw(12))

add("blind-lf/powershell/azure-client-secret", "laambpass-ops/windows/Connect-Compta.ps1", POWERSHELL, r"""# Dugg ci Azure ngir export bu ventes yi ci Power BI
$tenant = "@@tenant@@"
$appId  = "@@app@@"
$secret = "@@secret@@"
$sec = ConvertTo-SecureString $secret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $sec)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Write-Host "Dugg nañu (connected)."
""", azure_client_secret(), tenant=uuid_s(), app=uuid_s())

add("blind-lf/terraform/tfvars-token", "laambpass-infra/terraform/prod.tfvars", TERRAFORM, r"""region           = "fra1"
droplet_size     = "s-4vcpu-8gb"
scanner_count    = 8
# Token DigitalOcean (compte LaambPass SARL)
do_token         = "@@secret@@"
domain           = "laambpass.sn"
""", do_token())

add("blind-lf/swift/api-key", "LaambPassScanner/Sources/Config.swift", SWIFT, r"""import Foundation

/// Scanner app bu buntu yi (iPhone yu portiers yi)
struct Config {
    static let apiBase = "https://api.laambpass.sn"
    static let gateKey = "@@secret@@"
    static let offlineGraceSeconds = 120  // bu internet bi dee (if the network drops)
}
""", "lpg_live_" + chars(40))

add("blind-lf/sql/create-role-password", "laambpass-db/migrations/0042_reporting_role.sql", SQL, r"""-- Rôle bu rapport yi (Metabase)
-- Moussa: jox ko Metabase rekk, bul ko jox kenn
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE laambpass TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON tickets, events, sales TO reporting;
""", words_pw())

add("blind-lf/ini/pypirc-token", "laambpass-qr/.pypirc", PYPIRC, r"""[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-lf/yaml/github-token", "laambpass-ops/renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/", r"""# Renovate bu repo yi (yeesal dependencies yi)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - laambpass/laambpass-api
  - laambpass/laambpass-web
  - laambpass/laambpass-scanner
""", fakes.github_fine_grained_token(_seed()))

add("blind-lf/js/firebase-server-key", "laambpass-api/src/push/notify.js", NODE, r"""// Notifications push: "Bëre bi dina tàmbali ci 30 minutes!"
const axios = require('axios');

const FCM_SERVER_KEY = '@@secret@@';

async function yegle(topic, title, body) {
  return axios.post('https://fcm.googleapis.com/fcm/send',
    { to: `/topics/${topic}`, notification: { title, body } },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}` } });
}

module.exports = { yegle };
""", fcm_server_key())

add("blind-lf/notes/slack-token", "laambpass-ops/notes/passation-ibou.txt", "https://api.slack.com/authentication/token-types", r"""Passation (handover) - Ibou -> Fatou, 2025-04-02

- Server yi: seetal dashboard Grafana bi ci suba (each morning).
- Bot Slack bu ventes yi (#ventes-live) dafay jëfandikoo token bii:
  @@secret@@
  (dinañu ko soppi bu Fatou dugg ci workspace bi admin)
- Tiket yu VIP yi: Cheikh moo leen di toppatoo.
- Jërëjëf ci lépp!
""", slack_bot())

add("blind-lf/compose/env-file-inline", "laambpass-scanner/docker-compose.yml", COMPOSE, r"""services:
  scanner-sync:
    build: .
    environment:
      - API_BASE=https://api.laambpass.sn
      - GATE_ID=porte-C
      - AMQP_URL=amqps://gates:@@secret@@@mq.laambpass.internal:5671/gates
    restart: unless-stopped
""", rand_pw(22))

add("blind-lf/python/split-password", "laambpass-api/scripts/import_pos.py", PYTHON, r'''"""Import ventes yu points de vente yi (CSV yu Sandaga, HLM, Parcelles) ci base bi."""
import csv
import psycopg

DSN = ("host=pg-primary.laambpass.internal dbname=laambpass user=import "
       "password=@@p1@@"
       "@@p2@@")


def main(path: str) -> None:
    with psycopg.connect(DSN) as conn, open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            conn.execute("insert into pos_sales(pos, ticket, amount) values (%s, %s, %s)",
                         (row["pos"], row["ticket"], row["montant"]))
''', (_s := rand_pw(24)), p1=_s[:11], p2=_s[11:])

add("blind-lf/shell/heredoc-env", "laambpass-ops/scripts/bootstrap-gate.sh", SHELL, r"""#!/bin/sh
# Sàmp (install) scanner bu bees ci buntu bi. Doxal ko ak root.
set -e
mkdir -p /etc/laambpass
cat > /etc/laambpass/gate.env <<'EOF'
GATE_ID=${1:-porte-A}
API_BASE=https://api.laambpass.sn
GATE_API_SECRET=@@secret@@
EOF
chmod 600 /etc/laambpass/gate.env
systemctl enable --now laambpass-gate
""", "lpg_live_" + chars(40))

add("blind-lf/json/service-config", "laambpass-api/config/production.json", JSON_SPEC, r"""{
  "port": 8080,
  "tickets": { "maxPerOrder": 10, "holdMinutes": 12 },
  "sms": {
    "provider": "twilio",
    "accountSid": "@@sid@@",
    "authToken": "@@secret@@",
    "from": "LAAMBPASS"
  },
  "features": { "wolofUi": true, "diaspora": true }
}
""", hexs(32), sid=twilio_sid())

add("blind-lf/python/json-in-string", "laambpass-api/src/integrations/ortb.py", PYTHON, r'''"""Diffusion bëre yi (streaming) ci partenaire TV bi."""
import json
import os

# Partenaire bi yónne na nu JSON bii ci email; dinañu ko dindi fii bu Vault bi pare
_CREDS = json.loads('{"client_id": "laambpass-live", "client_secret": "@@secret@@", "region": "af-west"}')


def stream_key(event_id: str) -> dict:
    return {"event": event_id, "auth": (_CREDS["client_id"], _CREDS["client_secret"])}
''', rand_pw(40))

add("blind-lf/makefile/registry-password", "laambpass-web/Makefile", MAKEFILE, r"""IMAGE := registry.laambpass.sn/web
TAG   ?= $(shell git rev-parse --short HEAD)

login:
	docker login registry.laambpass.sn -u deploy -p @@secret@@

build:
	docker build -t $(IMAGE):$(TAG) .

push: login build
	docker push $(IMAGE):$(TAG)
""", rand_pw(20))

add("blind-lf/nginx/basic-proxy-header", "laambpass-infra/nginx/metabase.conf", NGINX, r"""# Metabase (rapports ventes) - dafa nekk ginnaaw nginx
server {
    listen 443 ssl;
    server_name rapports.laambpass.sn;
    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host $host;
    }
}
""", b64("rapports:" + words_pw()))

add("blind-lf/cron/api-key-in-url", "laambpass-ops/cron/ventes.cron", CRON, r"""# m h dom mon dow command
# Yónnee rapport ventes yi ci promoteur bi guddi gu nekk
30 23 * * * curl -s "https://api.laambpass.sn/v1/reports/daily?api_key=@@secret@@" -o /var/reports/$(date +\%F).json
0 4 * * * /opt/laambpass/bin/purge-holds
15 4 * * 1 /opt/laambpass/bin/rotate-logs
""", "lpr_" + chars(36))

add("blind-lf/vscode/launch-env", "laambpass-api/.vscode/launch.json", VSCODE, r"""{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API (prod data - moytu!)",
      "program": "${workspaceFolder}/dist/server.js",
      "env": {
        "DATABASE_URL": "postgres://laambpass:@@secret@@@pg-replica.laambpass.internal/laambpass",
        "LOG_LEVEL": "debug"
      }
    }
  ]
}
""", rand_pw(24))

add("blind-lf/postman/api-key", "laambpass-api/docs/LaambPass.postman_collection.json", POSTMAN, r"""{
  "info": { "name": "LaambPass API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "X-Api-Key", "type": "string" },
      { "key": "value", "value": "@@secret@@", "type": "string" }
    ]
  },
  "item": [
    { "name": "Events", "request": { "method": "GET", "url": "https://api.laambpass.sn/v1/events" } }
  ]
}
""", "lpk_live_" + chars(40))

add("blind-lf/ansible/vars-password", "laambpass-infra/ansible/group_vars/db.yml", ANSIBLE, r"""---
# Postgres yi (primary ak replica)
postgres_version: 16
postgres_replication_user: replicator
postgres_replication_password: "@@secret@@"
postgres_max_connections: 400   # bés bëre: 400 ba 600
postgres_backup_bucket: s3://laambpass-backups
""", words_pw())

add("blind-lf/dotenv/huggingface-token", "laambpass-ml/.env", DOTENV, r"""# Modèle bu xam xam (recommandation tiket) ak traduction wolof
HF_TOKEN=@@secret@@
MODEL_ID=laambpass/reco-tiket-v2
TRANSLATE_MODEL=laambpass/fr-wo-small
BATCH_SIZE=32
""", hf_token())

add("blind-lf/python/aws-temporary-credentials", "laambpass-ml/notebooks/export_s3.py", AWS_DOCS, r'''# Exporter ventes yi ci S3 ngir data team bi (temporaire, credentials STS)
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@secret@@",
    aws_session_token="@@st@@",
    region_name="eu-west-3",
)
s3 = session.client("s3")
s3.upload_file("ventes_2025.parquet", "laambpass-data", "raw/ventes_2025.parquet")
''', fakes.aws_secret_key(_seed()), kid=chars(16, string.ascii_uppercase + "234567"), st=fakes.aws_session_token(_seed()))

add("blind-lf/go/sendgrid-env-default", "laambpass-mailer/cmd/mailer/main.go", GO, r"""package main

import (
	"log"
	"os"
)

// Yónnee tiket yi ci email. Su SENDGRID_KEY amul, nu jëfandikoo bii (TODO dindi ko!)
func apiKey() string {
	if k := os.Getenv("SENDGRID_KEY"); k != "" {
		return k
	}
	return "@@secret@@"
}

func main() {
	log.Printf("mailer tambali na, key len=%d", len(apiKey()))
}
""", sendgrid_key())

add("blind-lf/markdown/readme-curl", "laambpass-partners/README.md", MARKDOWN, r"""# LaambPass - API partenaires

API bii dafa jox points de vente yi (boutiques, kiosques) ndogal ngir jaay tiket yi.

## Tàmbali (quick start)

```bash
export LP_KEY=@@secret@@   # caabi bu test bu Sandaga (production!)
curl -H "X-Api-Key: $LP_KEY" https://api.laambpass.sn/v1/events
```

Laaj ci equipe bi (partenaires@laambpass.sn) caabi pa sa boutique.
""", "lpk_live_" + chars(40))

add("blind-lf/k8s-deployment/env-value", "laambpass-infra/k8s/gates-deployment.yaml", K8S_ENV, r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: gates-api
  namespace: laambpass
spec:
  replicas: 4
  selector:
    matchLabels: {app: gates-api}
  template:
    metadata:
      labels: {app: gates-api}
    spec:
      containers:
        - name: api
          image: registry.laambpass.sn/gates:3.1.0
          env:
            - name: GATE_HMAC_SECRET
              value: "@@secret@@"
            - name: REDIS_URL
              valueFrom: {secretKeyRef: {name: redis-auth, key: url}}
""", hexs(64))

add("blind-lf/yaml/anthropic-key", "laambpass-api/config/assistant.yaml", "https://docs.anthropic.com/en/api/getting-started", r"""# Assistant bu support bi (tontu ci wolof ak français)
assistant:
  provider: anthropic
  model: claude-3-5-haiku-latest
  api_key: @@secret@@
  max_tokens: 400
  langues: [wo, fr]
""", anthropic_key())

add("blind-lf/java-properties/keystore-password", "laambpass-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""# Signature bu app Android bi (LaambPass Tiket)
storeFile=../keys/laambpass-release.jks
storePassword=@@secret@@
keyAlias=laambpass
keyPassword=@@secret@@
""", words_pw())

add("blind-lf/java-properties/gradle-maven-password", "laambpass-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", r"""org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Nexus bu biir (librairies laambpass-ui)
nexusUser=android-ci
nexusPassword=@@secret@@
kotlin.code.style=official
""", rand_pw(22))

add("blind-lf/log/stack-trace-dsn", "laambpass-api/logs/api-2025-05-03.log", LOGS, r"""2025-05-03 21:14:07,112 INFO  [sales] bëre "Tigre Bu Ndaw vs Boy Niang 3" - 18,402 tiket
2025-05-03 21:14:09,880 ERROR [db] connection failed
sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection to server failed
  url: postgresql+psycopg://laambpass:@@secret@@@pg-primary.laambpass.internal:5432/laambpass
2025-05-03 21:14:10,004 WARN  [db] retry 1/5
2025-05-03 21:14:12,117 INFO  [db] reconnected (dellu na)
""", rand_pw(24))

add("blind-lf/dotenv/mailchimp-key", "laambpass-web/.env.local", DOTENV, r"""NEXT_PUBLIC_SITE_URL=https://laambpass.sn
NEXT_PUBLIC_DEFAULT_LANG=wo
# Newsletter "Xibaaru Laamb" (Mailchimp)
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_LIST_ID=a1b2c3d4e5
""", mailchimp_key())

add("blind-lf/csharp/const-key", "LaambPass.Kiosk/Services/PaymentService.cs", CSHARP, r"""namespace LaambPass.Kiosk.Services;

// Kiosque yu tiket yi ci Sandaga ak HLM (Windows)
public class PaymentService
{
    private const string WaveKey = "@@secret@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.wave.com/") };

    public PaymentService() =>
        _http.DefaultRequestHeaders.Authorization = new("Bearer", WaveKey);
}
""", wave_key())

add("blind-lf/dockerfile/env-password", "laambpass-legacy/Dockerfile", DOCKERFILE, r"""FROM php:8.2-apache
RUN docker-php-ext-install mysqli pdo_mysql
ENV WORDPRESS_DB_HOST=db \
    WORDPRESS_DB_USER=laamb_wp \
    WORDPRESS_DB_PASSWORD=@@secret@@
COPY . /var/www/html/
EXPOSE 80
""", rand_pw(18))

add("blind-lf/k8s-configmap/ec-private-key", "laambpass-infra/k8s/apns-config.yaml", K8S_ENV, r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: apns
  namespace: laambpass
data:
  team_id: "9QK2X7LMNP"
  key_id: "R8T4Z2Y6WV"
  # Caabi bu APNs (notifications iOS) - dafa wara nekk ci Secret, du ConfigMap!
  auth_key.p8: |
@@key@@
""", (_s := pem("EC")), key=indent(_s, 4))

add("blind-lf/ruby/stripe-key", "laambpass-admin/config/initializers/stripe.rb", RUBY, r"""# Remboursements yi ci admin bi
Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  secret_key: "@@secret@@"
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", stripe_key())

add("blind-lf/github-actions/inline-secret", "laambpass-api/.github/workflows/deploy.yml", GHA, r"""name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VAULT_ADDR: https://vault.laambpass.internal:8200
      VAULT_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/render-secrets.sh && helm upgrade --install api charts/laambpass -f values-prod.yaml
""", vault_token())

add("blind-lf/ini/alembic-url", "laambpass-api/alembic.ini", INI, r"""[alembic]
script_location = migrations
# Bul fatte: url bii dafa jëm ci production!
sqlalchemy.url = postgresql://migrator:@@secret@@@pg-primary.laambpass.internal/laambpass

[loggers]
keys = root
""", words_pw())

add("blind-lf/php/env-array", "laambpass-legacy/config/services.php", PHP, r"""<?php
// Services yu site bu njëkk bi (Laravel)
return [
    'mailgun' => [
        'domain' => 'mg.laambpass.sn',
        'secret' => '@@secret@@',
        'endpoint' => 'api.eu.mailgun.net',
    ],
    'ses' => ['key' => env('AWS_ACCESS_KEY_ID'), 'secret' => env('AWS_SECRET_ACCESS_KEY')],
];
""", mailgun_key())

add("blind-lf/toml/cargo-registry-token", "laambpass-scanner-fw/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", r"""[registries.laambpass]
index = "sparse+https://crates.laambpass.sn/index/"
token = "Bearer @@secret@@"

[build]
target = "armv7-unknown-linux-gnueabihf"   # scanner yu buntu yi (Raspberry Pi)
""", chars(48))

add("blind-lf/notes/whatsapp-export", "laambpass-ops/notes/whatsapp-equipe-tech.txt", "https://faq.whatsapp.com/1180414079177245", r"""[12/04/2025, 19:02:11] Cheikh: Server bi dafa dee, kan moo am baat bu root bi?
[12/04/2025, 19:03:40] Ibou: Mangi ci yoon wi
[12/04/2025, 19:05:02] Ibou: root@api-02 -> @@secret@@
[12/04/2025, 19:05:30] Fatou: Ibou!! bul ko bind fii 😅 soppi ko léegi
[12/04/2025, 19:06:12] Ibou: Waaw, dinaa ko soppi ëllëg
""", words_pw())

add("blind-lf/sql/insert-api-key", "laambpass-db/seeds/partners.sql", SQL, r"""-- Partenaires yi (points de vente) - seed production
INSERT INTO partners (code, name, city) VALUES ('SANDAGA', 'Kiosque Sandaga', 'Dakar');
INSERT INTO partners (code, name, city) VALUES ('HLM5', 'Boutique HLM 5', 'Dakar');
-- caabi API bu Sandaga (stocké en clair, TODO hacher)
INSERT INTO partner_keys (partner, api_key, active) VALUES ('SANDAGA', '@@secret@@', true);
""", "lpk_live_" + chars(40))

# ---------------------------------------------------------------------------------------------
# Secrets: more carriers, both teams
# ---------------------------------------------------------------------------------------------

add("blind-lf/python/django-secret-key", "portail/portail/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portail.mdgs.sn"]
# Caabi bu Django bi - Awa moo ko sos (generated) ci 2024
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Dakar"
''', fakes.django_secret_key(_seed()))

add("blind-lf/yaml/mongo-uri", "tracabilite/config/app.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""# Traçabilité (lot diwu gerte -> beykat yi -> dëkk yi)
server:
  port: 9000
mongo:
  uri: mongodb+srv://traca:@@secret@@@cluster0.mdgs.mongodb.net/traca?retryWrites=true&w=majority
lots:
  prefixe: "MDGS-LOT-"
""", rand_pw(20))

add("blind-lf/dotenv/azure-storage", "tracabilite/.env", DOTENV, r"""# Photos yu sac yi ak certificats (Azure Blob)
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=mdgstraca;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
AZURE_CONTAINER=certificats
LOT_PREFIX=MDGS-LOT-
TZ=Africa/Dakar
""", azure_storage_key())

add("blind-lf/shell-history/psql-url", "ops/notes/history_awa.txt", SHELL, r"""  501  ssh awa@srv-pesage
  502  sudo -u postgres psql
  503  psql "postgresql://pesage_app:@@secret@@@10.12.0.4:5432/pesage" -c "select count(*) from pesees where jour = current_date"
  504  htop
  505  df -h
  506  exit
""", rand_pw(22))

add("blind-lf/js/google-oauth-secret", "portail/server/auth.js", "https://developers.google.com/identity/protocols/oauth2/web-server", r"""// Dugg ak Google (membres bureau bi rekk)
const { OAuth2Client } = require('google-auth-library');

const client = new OAuth2Client({
  clientId: '481516234200-8fj3kq0v2m1lq7d6s9a0b1c2d3e4f5g6.apps.googleusercontent.com',
  clientSecret: '@@secret@@',
  redirectUri: 'https://portail.mdgs.sn/auth/callback',
});

module.exports = client;
""", google_oauth_secret())

add("blind-lf/pem/rsa-key-file", "export/certs/edi-signing.key", "https://www.openssl.org/docs/man3.0/man1/openssl-genpkey.html", r"""@@secret@@
""", pem("RSA"))

add("blind-lf/ansible/private-key-block", "infra/ansible/host_vars/presse-01.yml", ANSIBLE, r"""---
# Caabi SSH bu màkkiin presse-01 (kopi temporaire, Moustapha)
presse_deploy_user: deploy
presse_deploy_key: |
@@key@@
presse_service: presse-controller
""", (_s := pem("OPENSSH")), key=indent(_s, 2))

add("blind-lf/k8s-secret/docker-config", "laambpass-infra/k8s/regcred.yaml", K8S_SECRET, r"""apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: laambpass
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b64@@
""", (_s := rand_pw(26)), b64=b64(json.dumps({"auths": {"registry.laambpass.sn": {"username": "k8s-pull", "password": _s}}})))

add("blind-lf/typescript/shopify-token", "boutique-shopify/src/sync.ts", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", r"""// Yeesal stock bu diwu gerte (bidons 1L, 5L, 20L) ci Shopify
const SHOP = 'diwu-gerte-saloum.myshopify.com';
const TOKEN = '@@secret@@';

export async function setStock(inventoryItemId: number, qty: number) {
  await fetch(`https://${SHOP}/admin/api/2024-07/inventory_levels/set.json`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ location_id: 7712, inventory_item_id: inventoryItemId, available: qty }),
  });
}
""", shopify_token())

add("blind-lf/yaml/newrelic-key", "laambpass-infra/newrelic/newrelic-infra.yml", "https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/configuration/infrastructure-agent-configuration-settings/", r"""# Agent New Relic ci server yu API yi
license_key: @@secret@@
display_name: api-02
log:
  level: info
custom_attributes:
  equipe: laambpass-tech
""", newrelic_key())

add("blind-lf/yaml/grafana-token", "laambpass-ops/grafana/provisioning-sync.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r"""# Sync dashboards yi (ventes live, buntu yi, paiements)
grafana:
  url: https://grafana.laambpass.internal
  service_account_token: @@secret@@
dashboards:
  - ventes-live.json
  - portes-arene.json
""", grafana_token())

add("blind-lf/rst/connection-table", "docs/source/exploitation/bases.rst", RST, r"""Bases de données
================

.. list-table::
   :header-rows: 1

   * - Base
     - Utilisateur
     - Baat bu kumpa
   * - pesage
     - pesage_app
     - voir Vault ``kv/pesage``
   * - telemetrie
     - grafana_ro
     - ``@@secret@@``
""", words_pw())

add("blind-lf/python/ftp-login", "export/scripts/envoyer_docs.py", "https://docs.python.org/3/library/ftplib.html", r'''"""Yónnee documents export yi (facture, certificat origine) ci transitaire bi."""
from ftplib import FTP_TLS
from pathlib import Path

def envoyer(dossier: Path) -> None:
    ftp = FTP_TLS("ftp.transit-dakar.sn")
    ftp.login(user="mdgs_export", passwd="@@secret@@")
    ftp.prot_p()
    for f in dossier.glob("*.pdf"):
        with f.open("rb") as fh:
            ftp.storbinary(f"STOR {f.name}", fh)
    ftp.quit()
''', rand_pw(16))

add("blind-lf/dotenv/multiline-private-key", "laambpass-api/.env.staging", DOTENV, r"""NODE_ENV=staging
# Caabi bu sign tiket yi ci staging (RS256)
TICKET_PRIVATE_KEY="@@secret@@"
TICKET_KEY_ID=staging-2025
""", pem("RSA"))

add("blind-lf/powershell/net-use", "scripts/Monter-Partage.ps1", POWERSHELL, r"""# Monter partage NAS bi (rapports) ci PC yu bureau bi
$share = "\\nas-kaolack\rapports"
net use R: $share /user:MDGS\rapports @@secret@@ /persistent:yes
if ($LASTEXITCODE -eq 0) { Write-Host "R: pare na (ready)" }
else { Write-Warning "Mënul dugg ci NAS bi" }
""", words_pw())

add("blind-lf/xml/maven-settings", "exportdesk/settings.xml", "https://maven.apache.org/settings.html", r"""<settings>
  <servers>
    <server>
      <id>mdgs-nexus</id>
      <username>export-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>mdgs-nexus</id><url>https://nexus.mdgs.sn/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("blind-lf/markdown/helm-set-flag", "laambpass-ops/runbooks/deploy-redis.md", MARKDOWN, r"""# Deploy Redis bu buntu yi

```bash
helm upgrade --install redis-gates bitnami/redis \
  --namespace laambpass \
  --set auth.password=@@secret@@ \
  --set replica.replicaCount=2
```

Bu ñu ko defee, seetlul ni scanner yi dañuy dugg (redis-cli ping).
""", fakes.redis_password(_seed()))

add("blind-lf/kotlin/http-basic", "laambpass-android/app/src/main/java/sn/laambpass/net/Api.kt", KOTLIN, r"""package sn.laambpass.net

import okhttp3.Credentials
import okhttp3.OkHttpClient

// Client bu app portier yi (scanner Android)
object Api {
    private val basic = Credentials.basic("gate-android", "@@secret@@")
    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain -> chain.proceed(chain.request().newBuilder().header("Authorization", basic).build()) }
        .build()
}
""", rand_pw(24))

add("blind-lf/csv/partner-keys", "laambpass-ops/exports/partenaires_actifs.csv", CSV, r"""code,nom,ville,contact,api_key
SANDAGA,Kiosque Sandaga,Dakar,+221770000001,(voir Vault)
HLM5,Boutique HLM 5,Dakar,+221770000002,(voir Vault)
THIES1,Point Thiès Gare,Thiès,+221770000003,@@secret@@
MBOUR2,Kiosque Mbour,Mbour,+221770000004,(révoquée)
""", "lpk_live_" + chars(40))

add("blind-lf/go/dsn-sprintf", "laambpass-scanner/internal/db/db.go", GO, r"""package db

import (
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
)

// Base bu offline bi ci scanner yi (liste tiket yi)
func Open(host string) (*sql.DB, error) {
	dsn := fmt.Sprintf("gates:%s@tcp(%s:3306)/gates?parseTime=true", "@@secret@@", host)
	return sql.Open("mysql", dsn)
}
""", rand_pw(18))

add("blind-lf/terraform/provider-password", "infra/terraform/mikrotik.tf", TERRAFORM, r"""# Routeur bu magasin bi (Kaolack)
provider "routeros" {
  hosturl  = "https://192.168.10.1"
  username = "terraform"
  password = "@@secret@@"
  insecure = true
}
""", words_pw())

add("blind-lf/markdown/issue-paste", "laambpass-web/docs/incidents/2025-06-01-paiement.md", MARKDOWN, r"""# Incident 2025-06-01: paiements Wave yi dañu taxaw

**Lu xew:** webhook bi dafa dellu 401 diggante 20:10 ak 20:42 (bëre bu mag bi).

**Log bi:**

```
POST /hooks/wave 401 signature mismatch
WAVE_WEBHOOK_SECRET=@@secret@@ (env bu pod api-7f9c)
```

**Lu ñu def:** yeesal nañu secret bi ci Wave dashboard bi ak ci Vault.
""", "wave_sn_WHS_" + chars(52))

add("blind-lf/compose/rabbitmq-password", "tracabilite/docker-compose.yml", COMPOSE, r"""services:
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: traca
      RABBITMQ_DEFAULT_PASS: @@secret@@
    ports: ["5672:5672", "15672:15672"]
  worker:
    build: ./worker
    depends_on: [rabbitmq]
""", rand_pw(20))

add("blind-lf/python/requests-auth-tuple", "tracabilite/sync/certif.py", PYTHON, r'''"""Jël certificats bio yi ci organisme bi (Ecocert) ngir lot yi."""
import requests

BASE = "https://portail.organisme-certif.example/api"


def certificats(lot: str) -> list:
    r = requests.get(f"{BASE}/lots/{lot}/certificats",
                     auth=("mdgs-kaolack", "@@secret@@"), timeout=30)
    r.raise_for_status()
    return r.json()
''', words_pw())

add("blind-lf/xml/web-config-password", "BureauApp/Web.config", CSHARP, r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Pesage" providerName="System.Data.SqlClient"
         connectionString="Data Source=SRV-BUREAU\SQLEXPRESS;Initial Catalog=Pesage;User Id=bureau;Password=@@secret@@;" />
  </connectionStrings>
  <appSettings>
    <add key="Langue" value="wo" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-lf/ini/supervisor-env", "infra/supervisor/sync.conf", "http://supervisord.org/configuration.html", r"""[program:sync-secco]
command=/opt/sync/bin/sync --loop
user=sync
autorestart=true
environment=SYNC_URL="https://sync.mdgs.sn",SYNC_TOKEN="@@secret@@"
stdout_logfile=/var/log/sync.log
""", chars(48))

add("blind-lf/jupyter/hf-token", "laambpass-ml/notebooks/traduction_wolof.ipynb", JUPYTER, r"""{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Traduction fr -> wolof (FAQ tiket yi)"]},
  {
   "cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Login successful\n"]}],
   "source": [
    "from huggingface_hub import login\n",
    "login(token=\"@@secret@@\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", hf_token())

add("blind-lf/html/admin-doc", "laambpass-ops/docs/acces-buntu.html", HTML, r"""<!doctype html>
<html lang="wo">
<head><meta charset="utf-8"><title>Accès buntu yi (portes)</title></head>
<body>
<h1>Scanner yi - bés bëre</h1>
<p>Compte bu superviseur bi ci app scanner bi:</p>
<ul>
  <li>Login: <code>superviseur</code></li>
  <li>Baat bu kumpa: <code>@@secret@@</code></li>
</ul>
<p>Bul ko jox portier yi.</p>
</body>
</html>
""", words_pw())

add("blind-lf/rust/const-token", "laambpass-scanner-fw/src/config.rs", RUST, r"""//! Firmware bu scanner yi (Raspberry Pi)
pub const API_BASE: &str = "https://api.laambpass.sn";
pub const GATE_TOKEN: &str = "@@secret@@";
pub const OFFLINE_GRACE_SECS: u64 = 120;
pub const BEEP_MS: u64 = 80; // riir bu tiket bi baax
""", "lpg_live_" + chars(40))

add("blind-lf/toml/gitlab-runner-token", "infra/gitlab-runner/config.toml", TOML, r"""concurrent = 2
check_interval = 0

[[runners]]
  name = "runner-kaolack"
  url = "https://gitlab.mdgs.sn/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.12"
""", fakes.fake("glrt-", 20, _seed()))

add("blind-lf/shell/export-line", "laambpass-ops/scripts/env-prod.sh", SHELL, r"""# source env-prod.sh  (bul ko commit... dafa am secrets)
export AWS_REGION=eu-west-3
export LAAMBPASS_ENV=prod
export SENTRY_ENVIRONMENT=production
export GITHUB_TOKEN=@@secret@@
export KUBECONFIG=$HOME/.kube/laambpass-prod
""", fakes.github_token(_seed()))

add("blind-lf/tfstate/password", "infra/terraform/terraform.tfstate.backup", "https://developer.hashicorp.com/terraform/language/state", r"""{
  "version": 4,
  "terraform_version": "1.7.5",
  "resources": [
    {
      "mode": "managed", "type": "digitalocean_database_user", "name": "pesage",
      "instances": [
        {"attributes": {"cluster_id": "c7a1e1c2-0d2b-4c55-a7a5-2f1f0e7d9a11", "name": "pesage_app", "password": "@@secret@@", "role": "normal"}}
      ]
    }
  ]
}
""", "AVNS_" + chars(19, ALNUM + "_-"))

add("blind-lf/java/jdbc-url", "exportdesk/src/main/java/sn/mdgs/export/Db.java", "https://jdbc.postgresql.org/documentation/use/", r"""package sn.mdgs.export;

import java.sql.Connection;
import java.sql.DriverManager;

public class Db {
    // TODO soppi ko ak DataSource bu Spring
    private static final String URL = "jdbc:postgresql://db.export.mdgs.sn:5432/export?user=export&password=@@secret@@";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(20))

add("blind-lf/yaml/cloudflare-token", "laambpass-infra/external-dns/values.yaml", HELM, r"""provider: cloudflare
domainFilters: [laambpass.sn]
cloudflare:
  apiToken: "@@secret@@"
  proxied: true
txtOwnerId: laambpass-prod
""", chars(40, ALNUM + "_-"))

add("blind-lf/dotenv/base64-password", "laambpass-api/.env.docker", DOTENV, r"""# Docker local ak base prod (moytu!)
PGHOST=pg-primary.laambpass.internal
PGUSER=laambpass
# Baat bi ci base64 (script bi dafa ko decode)
PGPASSWORD_B64=@@b64@@
PGDATABASE=laambpass
""", (_s := words_pw()), b64=b64(_s))

add("blind-lf/xml/plist-wave-key", "LaambPassScanner/Resources/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>SentryEnvironment</key><string>production</string>
    <key>WaveApiKey</key><string>@@secret@@</string>
</dict>
</plist>
""", wave_key())

# ---------------------------------------------------------------------------------------------
# Decoys: no credential a reviewer would block, but they look as if they might
# ---------------------------------------------------------------------------------------------

add("blind-lf/dotenv/decoy-placeholder", "pesage/.env.example", DOTENV, r"""# Kopi fichier bii ci .env te def sa baat yu dëgg yi (never commit .env)
APP_ENV=development
PESAGE_DB_HOST=localhost
PESAGE_DB_PORT=5432
PESAGE_DB_NAME=pesage
PESAGE_DB_USER=pesage_app
PESAGE_DB_PASSWORD=<baat-bu-kumpa-bi>
WAVE_API_KEY=wave_sn_prod_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PESAGE_SCALE_PORT=/dev/ttyUSB0
""")

add("blind-lf/python/decoy-env-reference", "payouts/settings.py", PYTHON, r'''"""Settings yu fey beykat yi. Caabi yi dañuy jóge ci environment bi rekk."""
import os

WAVE_API = "https://api.wave.com/v1/payout"
WAVE_API_KEY = os.environ["WAVE_API_KEY"]
OM_CLIENT_ID = os.environ.get("OM_CLIENT_ID", "mdgs-payout-prod")
OM_CLIENT_SECRET = os.environ["OM_CLIENT_SECRET"]
CAMPAGNE = os.environ.get("CAMPAGNE", "2025-2026")
''')

add("blind-lf/k8s-deployment/decoy-secret-key-ref", "deploy/k8s/pesage-deployment.yaml", K8S_ENV, r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: pesage
  namespace: mdgs-backoffice
spec:
  replicas: 2
  selector: {matchLabels: {app: pesage}}
  template:
    metadata: {labels: {app: pesage}}
    spec:
      containers:
        - name: pesage
          image: registry.mdgs.sn/pesage:2.4.1
          env:
            - name: PESAGE_DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: pesage-db, key: password}
            - name: WAVE_API_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: WAVE_API_KEY}
""")

add("blind-lf/helm/decoy-template-reference", "laambpass-infra/charts/laambpass/templates/secret.yaml", HELM, r"""apiVersion: v1
kind: Secret
metadata:
  name: {{ include "laambpass.fullname" . }}-db
type: Opaque
data:
  # Baat bi dafa jóge ci values bu prod (chiffré ak helm-secrets), du fii
  password: {{ required "postgresql.auth.password dafa wara am" .Values.postgresql.auth.password | b64enc | quote }}
  username: {{ .Values.postgresql.auth.username | b64enc | quote }}
""")

add("blind-lf/github-actions/decoy-secrets-context", "laambpass-web/.github/workflows/publish.yml", GHA, r"""name: publish
on:
  release:
    types: [published]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: 'https://npm.pkg.github.com' }
      - run: npm ci && npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
""")

add("blind-lf/gitlab-ci/decoy-ci-variable", "tracabilite/.gitlab-ci.yml", GITLAB_CI, r"""stages: [build]

build:
  image: docker:24
  services: [docker:24-dind]
  script:
    # CI_REGISTRY_PASSWORD dafa nekk ci GitLab rekk (job token bu jeex)
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

add("blind-lf/terraform/decoy-sensitive-variable", "infra/terraform/variables.tf", TERRAFORM, r"""variable "do_token" {
  description = "Token DigitalOcean (def ko ci TF_VAR_do_token, bul ko bind fii)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Baat bu base pesage bi"
  type        = string
  sensitive   = true
  default     = null
}
""")

add("blind-lf/terraform/decoy-secrets-manager", "laambpass-infra/terraform/rds.tf", TERRAFORM, r"""data "aws_secretsmanager_secret_version" "db" {
  secret_id = "arn:aws:secretsmanager:eu-west-3:381492004417:secret:laambpass/rds-master-Xq7b2N"
}

resource "aws_db_instance" "main" {
  identifier        = "laambpass"
  engine            = "postgres"
  instance_class    = "db.t4g.large"
  username          = "laambpass"
  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  allocated_storage = 100
}
""")

add("blind-lf/ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/presse/vault.yml", ANSIBLE_VAULT, "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(34) + "\n")

add("blind-lf/yaml/decoy-sops-encrypted", "laambpass-infra/secrets/prod.enc.yaml", SOPS, r"""stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
wave_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            @@e2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-05-30T18:22:04Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=chars(43, ALNUM + "+/") + "=", iv1=chars(43, ALNUM + "+/") + "=", t1=chars(22, ALNUM + "+/") + "==",
    d2=chars(96, ALNUM + "+/"), iv2=chars(43, ALNUM + "+/") + "=", t2=chars(22, ALNUM + "+/") + "==",
    age=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=chars(64, ALNUM + "+/"), e2=chars(60, ALNUM + "+/"),
    mac=chars(88, ALNUM + "+/"), iv3=chars(43, ALNUM + "+/") + "=", t3=chars(22, ALNUM + "+/") + "==")

add("blind-lf/k8s-sealed-secret/decoy-ciphertext", "laambpass-infra/k8s/payments-sealed.yaml", SEALED, r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: laambpass
spec:
  encryptedData:
    WAVE_API_KEY: @@c1@@
    FLW_SECRET: @@c2@@
  template:
    metadata: {name: payments, namespace: laambpass}
""", c1="AgB" + chars(400, ALNUM + "+/") + "==", c2="AgC" + chars(380, ALNUM + "+/") + "=")

add("blind-lf/js/decoy-publishable-key", "laambpass-web/src/lib/stripe.js", STRIPE_DOCS, r"""// Clé publiable (publishable): dafa wara nekk ci navigateur bi, du caabi bu kumpa
import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('pk_live_@@pk@@');

export const devise = 'XOF';
export const paysDiaspora = ['FR', 'IT', 'ES', 'US'];
""", pk=chars(99))

add("blind-lf/log/decoy-masked", "logs/payouts-2025-03-15.log", LOGS, r"""2025-03-15T07:00:00Z INFO payouts campagne=2025-2026 lot=17 beykat=412
2025-03-15T07:00:00Z INFO using wave key wave_sn_prod_****************************a9Fq (len=84)
2025-03-15T07:00:03Z INFO payout +221 77 *** ** 41 amount=182500 XOF status=succeeded id=pt-1b7c2f9e0d
2025-03-15T07:00:04Z WARN payout +221 70 *** ** 08 amount=94000 XOF status=failed reason=recipient-limit
2025-03-15T07:02:55Z INFO lot=17 jeex na: 410 ok, 2 failed
""")

add("blind-lf/checksums/decoy-sha256", "telemetrie/capteur/releases/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r"""@@h1@@  capteur-1.4.0-armv7.tar.gz
@@h2@@  capteur-1.4.0-aarch64.tar.gz
@@h3@@  capteur-1.4.1-armv7.tar.gz
@@h4@@  capteur-1.4.1-aarch64.tar.gz
@@h5@@  firmware-presse-0.9.bin
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("blind-lf/json/decoy-lockfile-integrity", "laambpass-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""{
  "name": "laambpass-web",
  "version": "5.8.2",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/qrcode": {
      "version": "1.5.4",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=chars(86, ALNUM + "+/"), i2=chars(86, ALNUM + "+/"))

add("blind-lf/html/decoy-sri-hash", "laambpass-web/public/index.html", HTML, r"""<!doctype html>
<html lang="wo">
<head>
  <meta charset="utf-8">
  <title>LaambPass - Tiket bëre yi</title>
  <script src="https://cdn.jsdelivr.net/npm/qrcode@1.5.4/build/qrcode.min.js"
          integrity="sha384-@@sri@@" crossorigin="anonymous"></script>
</head>
<body><div id="app">Xaaral tuuti...</div></body>
</html>
""", sri=chars(64, ALNUM + "+/"))

add("blind-lf/ssh/decoy-authorized-keys", "infra/ansible/files/authorized_keys", SSH_KEY, r"""# Caabi publik yu equipe bi (public keys only) - presse-01, presse-02
@@k1@@ awa@mdgs-laptop
@@k2@@ moustapha@mdgs-desktop
@@k3@@ ci-deploy@gitlab.mdgs.sn
# ibou (dem na, dindi nañu caabi bi 2025-01)
""", k1=ssh_public(), k2=ssh_public(), k3=ssh_public())

add("blind-lf/k8s-configmap/decoy-certificate", "laambpass-infra/k8s/ca-bundle.yaml", K8S_ENV, r"""apiVersion: v1
kind: ConfigMap
metadata:
  name: partner-ca
  namespace: laambpass
data:
  # Certificat publik bu partenaire TV bi (mTLS) - du caabi bu kumpa
  ca.crt: |
@@cert@@
""", cert=indent(cert_pem(), 4))

add("blind-lf/json/decoy-jwks", "laambpass-api/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r"""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "tiket-2025-01",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=chars(342, ALNUM + "-_"))

add("blind-lf/markdown/decoy-docs-example", "laambpass-ops/docs/aws-setup.md", AWS_DOCS, r"""# Configurer AWS CLI (equipe data)

Misaal rekk la (exemple tiré de la documentation AWS) - du caabi bu dëgg:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-3
```

Caabi yu dëgg yi dañuy jóge ci IAM Identity Center (`aws sso login --profile laambpass-data`).
""")

add("blind-lf/csv/decoy-ids", "payouts/exports/paiements_lot17.csv", CSV, r"""beykat_id,telephone,montant_xof,wave_payout_id,client_reference,statut
BK-00412,+22177*****41,182500,pt-1b7c2f9e0d4a,gerte-2025-2026-0041,succeeded
BK-00413,+22170*****08,94000,pt-9f3e6d2c1b0a,gerte-2025-2026-0008,failed
BK-00414,+22176*****77,210000,pt-4c8a2e1f9b3d,gerte-2025-2026-0077,succeeded
BK-00415,+22178*****12,56000,pt-7d2b9e4a1c6f,gerte-2025-2026-0012,succeeded
""")

add("blind-lf/markdown/decoy-changelog-shas", "laambpass-api/CHANGELOG.md", MARKDOWN, r"""# Changelog

## 5.8.2 (2025-06-02)
- Webhook Wave: yeesal vérification signature ([@@c1@@](https://github.com/laambpass/laambpass-api/commit/@@c1@@))
- Tiket VIP: limite 4 ci commande bu nekk (@@c2s@@)

## 5.8.1 (2025-05-28)
- Scanner yi: mode offline 120 s (@@c3s@@)
- Traduction wolof: écran paiement
""", c1=hexs(40), c2s=hexs(7), c3s=hexs(7))

add("blind-lf/sql/decoy-bcrypt-hashes", "portail/db/seed_utilisateurs.sql", SQL, r"""-- Utilisateurs bu portail bi (hash bcrypt rekk, baat yi du fii)
INSERT INTO utilisateurs (login, nom, role, password_hash) VALUES
  ('awa', 'Awa Ndiaye', 'admin', '@@h1@@'),
  ('moustapha', 'Moustapha Sarr', 'compta', '@@h2@@'),
  ('agent.nioro', 'Agent Nioro', 'agent', '@@h3@@');
-- Baat yu njëkk yi dañu wara soppi ko ci dugg bu njëkk (must change on first login)
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("blind-lf/python/decoy-test-fixture", "laambpass-api/tests/test_wave_webhook.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''"""Test webhook Wave. Caabi yi fii dañu fake (test rekk la)."""
import hashlib
import hmac

import pytest

from payments.wave import verify_signature

FAKE_SECRET = "test-webhook-secret-not-real"


@pytest.fixture
def body() -> bytes:
    return b'{"type":"checkout.session.completed","data":{"id":"cos-test-0001"}}'


def test_signature_ok(body):
    sig = hmac.new(FAKE_SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert verify_signature(body, sig, secret=FAKE_SECRET)
''')

add("blind-lf/dotenv/decoy-empty-value", "laambpass-api/.env.test", DOTENV, r"""NODE_ENV=test
PORT=0
DATABASE_URL=postgres://postgres@localhost:5432/laambpass_test
STRIPE_SECRET_KEY=
WAVE_API_KEY=
FLW_SECRET=
# Test yi dañuy jëfandikoo mocks (nock) - amul caabi
""")

add("blind-lf/shell/decoy-vault-reference", "laambpass-ops/scripts/render-secrets.sh", SHELL, r"""#!/usr/bin/env bash
# Jël secrets yi ci Vault te def leen ci values bu Helm (dara du des ci disque)
set -euo pipefail
: "${VAULT_ADDR:?}" "${VAULT_TOKEN:?}"
STRIPE=$(vault kv get -field=secret_key kv/laambpass/stripe)
WAVE=$(vault kv get -field=api_key kv/laambpass/wave)
helm upgrade --install api charts/laambpass -f values-prod.yaml \
  --set-string payments.stripe="$STRIPE" --set-string payments.wave="$WAVE"
unset STRIPE WAVE
""")

add("blind-lf/k8s-external-secret/decoy-secret-manager", "laambpass-infra/k8s/external-secret-payments.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
  namespace: laambpass
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}
  target: {name: payments}
  data:
    - secretKey: WAVE_API_KEY
      remoteRef: {key: kv/laambpass/wave, property: api_key}
    - secretKey: FLW_SECRET
      remoteRef: {key: kv/laambpass/flutterwave, property: secret}
""")

add("blind-lf/markdown/decoy-placeholder-curl", "laambpass-partners/docs/authentification.md", MARKDOWN, r"""# Authentification (partenaires)

Yokkal header `X-Api-Key` ci laaj bu nekk:

```bash
curl -H "X-Api-Key: <SA_CAABI_API>" https://api.laambpass.sn/v1/events
```

Caabi yi dañuy tàmbali ak `lpk_live_` (production) walla `lpk_test_` (sandbox), te am 40 araf ginnaaw.
Bul ko yónnee ci email: jëfandikool portail partenaires bi.
""")

add("blind-lf/log/decoy-redacted", "laambpass-api/logs/api-2025-05-04.log", LOGS, r"""2025-05-04 10:02:11,004 INFO  [config] DATABASE_URL=postgresql://laambpass:[REDACTED]@pg-primary.laambpass.internal/laambpass
2025-05-04 10:02:11,005 INFO  [config] STRIPE_SECRET_KEY=sk_live_************************
2025-05-04 10:02:11,006 INFO  [config] WAVE_API_KEY=<set, 84 chars>
2025-05-04 10:02:11,210 INFO  [http] listening on :8080
2025-05-04 10:05:40,771 INFO  [sales] tiket 1,204 jaay nañu ci 5 minutes
""")

add("blind-lf/compose/decoy-interpolation", "laambpass-api/docker-compose.yml", COMPOSE, r"""services:
  api:
    build: .
    env_file: .env            # du ci git
    environment:
      DATABASE_URL: postgres://laambpass:${POSTGRES_PASSWORD:?def ko ci .env}@db:5432/laambpass
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
""")

add("blind-lf/npmrc/decoy-env-token", "laambpass-scanner/.npmrc", NPMRC, r"""@laambpass:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
# NODE_AUTH_TOKEN: def ko ci sa shell (gh auth token), bul ko bind fii
""")

add("blind-lf/ini/decoy-keyring-pypirc", "laambpass-qr/pypirc.example", PYPIRC, r"""[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password: dafa nekk ci keyring bi (keyring set https://upload.pypi.org/legacy/ __token__)
""")

add("blind-lf/kubeconfig/decoy-exec-plugin", "laambpass-ops/kube/config-doks", KUBECONFIG, r"""apiVersion: v1
kind: Config
clusters:
- name: do-fra1-laambpass
  cluster:
    server: https://a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d.k8s.ondigitalocean.com
    certificate-authority-data: @@ca@@
users:
- name: do-fra1-laambpass-admin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: doctl
      args: [kubernetes, cluster, kubeconfig, exec-credential, --version=v1beta1, a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d]
contexts:
- name: laambpass
  context: {cluster: do-fra1-laambpass, user: do-fra1-laambpass-admin}
current-context: laambpass
""", ca=b64(cert_pem() + "\n"))

add("blind-lf/docker-config/decoy-creds-store", "laambpass-ops/ci/config.json.example", DOCKER_CONFIG, r"""{
  "auths": {
    "registry.laambpass.sn": {}
  },
  "credsStore": "pass",
  "currentContext": "default"
}
""")

add("blind-lf/python/decoy-generated-at-runtime", "laambpass-api/scripts/new_partner_key.py", "https://docs.python.org/3/library/secrets.html", r'''"""Sos caabi bu partenaire bu bees (dafa ko wone benn yoon rekk, te denc hash bi)."""
import hashlib
import secrets


def nouvelle_cle(env: str = "live") -> tuple[str, str]:
    cle = f"lpk_{env}_" + secrets.token_urlsafe(30)[:40]
    empreinte = hashlib.sha256(cle.encode()).hexdigest()
    return cle, empreinte


if __name__ == "__main__":
    cle, h = nouvelle_cle()
    print("Caabi (wone ko partenaire bi benn yoon):", cle)
    print("sha256 bu ñuy denc:", h)
''')

add("blind-lf/python/decoy-format-regex", "laambpass-api/payments/validate.py", PYTHON, r'''"""Seetlu ni caabi yi am format bu baax balaa ñuy tàmbali service bi."""
import re

PATTERNS = {
    "STRIPE_SECRET_KEY": re.compile(r"^(sk|rk)_live_[0-9A-Za-z]{24,99}$"),
    "WAVE_API_KEY": re.compile(r"^wave_sn_prod_[0-9A-Za-z_-]{60,80}$"),
    "FLW_SECRET": re.compile(r"^FLWSECK-[0-9a-f]{32}-X$"),
}


def check(env: dict) -> list[str]:
    return [name for name, rx in PATTERNS.items() if not rx.match(env.get(name, ""))]
''')

add("blind-lf/jupyter/decoy-getpass", "analyses/stock_magasin.ipynb", JUPYTER, r"""{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Stock magasin bi (tonnes)\n", "Baat bi dañuy ko laaj, du ci notebook bi."]},
  {
   "cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\n",
    "pw = getpass.getpass('Baat bu analyste bi: ')\n",
    "eng = sa.create_engine(sa.URL.create('postgresql', 'analyste', pw, '10.12.0.4', database='pesage'))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""")

add("blind-lf/powershell/decoy-secret-management", "scripts/Export-Ventes-v2.ps1", POWERSHELL, r"""# Version 2: baat bi dafa nekk ci SecretStore bu Windows, du ci script bi
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "MDGS-Rapport-SQL" -Vault "BureauStore"
Invoke-Sqlcmd -ServerInstance "192.168.10.20" -Database "MDGS_2025" -Credential $cred `
  -Query "SELECT * FROM ventes WHERE date = CAST(GETDATE()-1 AS date)" |
  Export-Csv -Path "\\nas\rapports\ventes_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
""")

add("blind-lf/json/decoy-keyvault-reference", "LaambPass.Gates/appsettings.json", CSHARP, r"""{
  "ServiceBus": {
    "ConnectionString": "@Microsoft.KeyVault(SecretUri=https://kv-laambpass.vault.azure.net/secrets/servicebus-gates/)"
  },
  "Gates": { "Count": 8, "Names": ["A", "B", "C", "D", "E", "F", "G", "H"] },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

add("blind-lf/java-properties/decoy-env-placeholder", "exportdesk/src/main/resources/application.properties", JAVA_PROPS, r"""spring.application.name=exportdesk
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/export
spring.datasource.username=${DB_USER:export}
spring.datasource.password=${DB_PASSWORD}
app.proforma.cc=export@mdgs.sn
# Baat bi: def ko ci variable d'environnement DB_PASSWORD
""")

add("blind-lf/yaml/decoy-encrypted-fixture", "laambpass-admin/test/fixtures/partners.yml", "https://guides.rubyonrails.org/active_record_encryption.html", r"""# Partenaires yi ci test yi: api_key dafa chiffré ak ActiveRecord::Encryption (caabi test yi ci credentials/test.key)
sandaga:
  code: SANDAGA
  name: Kiosque Sandaga
  api_key: '{"p":"@@p1@@","h":{"iv":"@@iv1@@","at":"@@at1@@"}}'
hlm5:
  code: HLM5
  name: Boutique HLM 5
  api_key: '{"p":"@@p2@@","h":{"iv":"@@iv2@@","at":"@@at2@@"}}'
""", p1=chars(68, ALNUM + "+/"), iv1=chars(16, ALNUM + "+/"), at1=chars(22, ALNUM + "+/") + "==",
    p2=chars(68, ALNUM + "+/"), iv2=chars(16, ALNUM + "+/"), at2=chars(22, ALNUM + "+/") + "==")

add("blind-lf/go/decoy-getenv", "laambpass-scanner/internal/config/config.go", GO, r"""package config

import "os"

// Config bu scanner bi: lépp dafa jóge ci /etc/laambpass/gate.env (systemd EnvironmentFile)
type Config struct {
	APIBase string
	GateID  string
	Secret  string
}

func Load() Config {
	return Config{
		APIBase: os.Getenv("API_BASE"),
		GateID:  os.Getenv("GATE_ID"),
		Secret:  os.Getenv("GATE_API_SECRET"),
	}
}
""")

add("blind-lf/rust/decoy-env-var", "laambpass-scanner-fw/src/secrets.rs", RUST, r"""//! Jël token bu buntu bi ci environment bi walla ci fichier bi (provisionné ci montage)
use std::{env, fs};

pub fn gate_token() -> String {
    env::var("GATE_TOKEN")
        .or_else(|_| fs::read_to_string("/etc/laambpass/gate.token").map(|s| s.trim().to_string()))
        .expect("GATE_TOKEN amul (missing)")
}
""")

add("blind-lf/swift/decoy-keychain", "LaambPassScanner/Sources/Keychain.swift", SWIFT, r"""import Security
import Foundation

/// Token bu buntu bi dafa nekk ci Keychain (provisionné ak QR bu superviseur bi)
enum Keychain {
    static func gateToken() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: "sn.laambpass.gate",
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("blind-lf/kotlin/decoy-buildconfig", "laambpass-android/app/build.gradle.kts", KOTLIN, r"""import java.util.Properties

// Caabi yi dañuy jóge ci local.properties (du ci git) walla ci CI env
val local = Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }

android {
    namespace = "sn.laambpass.tiket"
    defaultConfig {
        buildConfigField("String", "MAPS_API_KEY", "\"${local.getProperty("MAPS_API_KEY") ?: System.getenv("MAPS_API_KEY") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("blind-lf/systemd/decoy-environment-file", "laambpass-ops/systemd/laambpass-gate.service", SYSTEMD, r"""[Unit]
Description=LaambPass scanner (buntu arène bi)
After=network-online.target

[Service]
EnvironmentFile=/etc/laambpass/gate.env
LoadCredential=gate-token:/etc/laambpass/gate.token
ExecStart=/opt/laambpass/bin/gate --token-file=${CREDENTIALS_DIRECTORY}/gate-token
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-lf/nginx/decoy-htpasswd-reference", "infra/nginx/grafana.conf", NGINX, r"""# Grafana bu atelier bi (presse) - auth basic ak fichier htpasswd ci server bi
server {
    listen 443 ssl;
    server_name grafana.mdgs.sn;
    auth_basic "Atelier MDGS";
    auth_basic_user_file /etc/nginx/htpasswd.grafana;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

add("blind-lf/csv/decoy-hashed-phones", "analyses/exports/beykat_anonymes.csv", CSV, r"""beykat_hash,village,kg_2024,kg_2025
@@h1@@,Keur Madiabel,4120,3880
@@h2@@,Ndoffane,2210,2650
@@h3@@,Porokhane,5030,4975
@@h4@@,Médina Sabakh,1880,2105
# telefon yi dañu hach (sha256 + sel bu ci Vault) ngir anonymat
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-lf/markdown/decoy-rotation-runbook", "laambpass-ops/runbooks/rotation-caabi.md", MARKDOWN, r"""# Soppi caabi yi (rotation) - weer wu nekk

1. Sos caabi bu bees ci dashboard bu service bi (Stripe, Wave, Flutterwave).
2. Denc ko ci Vault: `vault kv put kv/laambpass/wave api_key=-` (jàng ko ci stdin, du ci history).
3. `kubectl -n laambpass annotate externalsecret payments force-sync=$(date +%s) --overwrite`
4. Seetlu logs yi: `using wave key wave_sn_prod_****` ak 4 araf yu mujj yi.
5. Far caabi bu màggat bi ci dashboard bi.

> Bul bind caabi bi fenn: du ci Slack, du ci WhatsApp, du ci ticket Jira.
""")

add("blind-lf/rst/decoy-example-key", "docs/source/integration/wave.rst", RST, r"""Intégration Wave
================

Variables
---------

``WAVE_API_KEY``
   Caabi API bu Wave Business, misaal: ``wave_sn_prod_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX``.
   Caabi bu dëgg bi dafa nekk ci Vault (``kv/mdgs/wave``).

``WAVE_WEBHOOK_SECRET``
   Dafa tàmbali ak ``wave_sn_WHS_`` ; bul ko bind ci documentation bi.
""")

add("blind-lf/html/decoy-login-form", "portail/templates/login.html", HTML, r"""<!doctype html>
<html lang="wo">
<head><meta charset="utf-8"><title>Dugg - Portail MDGS</title></head>
<body>
<form method="post" action="/dugg">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <label>Turu jëfandikukat <input name="login" autocomplete="username"></label>
  <label>Baat bu kumpa <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
  <button type="submit">Dugg</button>
</form>
</body>
</html>
""")

add("blind-lf/terraform/decoy-random-password", "laambpass-infra/terraform/db.tf", TERRAFORM, r"""resource "random_password" "reporting" {
  length  = 32
  special = false
}

resource "postgresql_role" "reporting" {
  name     = "reporting"
  login    = true
  password = random_password.reporting.result
}

output "reporting_password" {
  value     = random_password.reporting.result
  sensitive = true
}
""")

add("blind-lf/ansible/decoy-vault-lookup", "infra/ansible/roles/pesage/tasks/main.yml", ANSIBLE, r"""---
- name: Def fichier .env bu pesage bi
  ansible.builtin.template:
    src: env.j2
    dest: /opt/pesage/.env
    mode: "0600"
  vars:
    pesage_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mdgs/pesage:password') }}"
    wave_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mdgs/wave:api_key') }}"
  notify: restart pesage
""")

add("blind-lf/ansible/decoy-inline-vault", "infra/ansible/group_vars/all/main.yml", ANSIBLE_VAULT, "---\n# Baat yi dañu chiffré ak ansible-vault (caabi vault bi ci KeePass bu bureau bi)\nsmtp_host: smtp.mdgs.sn\nsmtp_password: !vault |\n"
    + "  $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("  " + hexs(80) for _ in range(5)) + "\n  " + hexs(42) + "\nsmtp_port: 587\n")

add("blind-lf/dockerfile/decoy-build-secret", "tracabilite/Dockerfile", DOCKERFILE, r"""# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Token bu index bi dafa jóge ci --secret (du des ci image bi)
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_token)@gitlab.mdgs.sn/api/v4/projects/12/packages/pypi/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "traca"]
""")

add("blind-lf/k8s-secret/decoy-placeholder-stringdata", "deploy/k8s/pesage-db-secret.template.yaml", K8S_SECRET, r"""# Template rekk: def baat bi ci kubectl create secret ... (bul commit baat bu dëgg)
apiVersion: v1
kind: Secret
metadata:
  name: pesage-db
  namespace: mdgs-backoffice
type: Opaque
stringData:
  username: pesage_app
  password: "<DEF-FII-BAAT-BI>"
""")

add("blind-lf/markdown/decoy-helm-values-table", "laambpass-infra/charts/laambpass/README.md", HELM, r"""# Chart laambpass

| Paramètre | Description | Défaut |
|---|---|---|
| `postgresql.auth.password` | Baat bu base bi (dafa wara jóge ci helm-secrets) | `""` |
| `payments.stripe` | Caabi Stripe (`sk_live_...`) | `""` |
| `payments.wave` | Caabi Wave (`wave_sn_prod_...`) | `""` |
| `gates.hmacSecret` | Secret HMAC bu tiket yi | `""` (sos ko ak `openssl rand -hex 32`) |
""")

add("blind-lf/yaml/decoy-action-sha-pin", "laambpass-api/.github/workflows/ci.yml", GHA, r"""name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@sha1@@ # v4
      - uses: actions/setup-node@@@sha2@@ # v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npm test -- --reporter=dot
""", sha1=hexs(40), sha2=hexs(40))

add("blind-lf/go-sum/decoy-hashes", "laambpass-scanner/go.sum", "https://go.dev/ref/mod#go-sum-files", r"""github.com/cespare/xxhash/v2 v2.2.0 h1:@@a@@=
github.com/cespare/xxhash/v2 v2.2.0/go.mod h1:@@b@@=
github.com/go-sql-driver/mysql v1.8.1 h1:@@c@@=
github.com/go-sql-driver/mysql v1.8.1/go.mod h1:@@d@@=
github.com/redis/go-redis/v9 v9.5.1 h1:@@e@@=
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:@@f@@=
""", a=chars(43, ALNUM + "+/"), b=chars(43, ALNUM + "+/"), c=chars(43, ALNUM + "+/"), d=chars(43, ALNUM + "+/"),
    e=chars(43, ALNUM + "+/"), f=chars(43, ALNUM + "+/"))

add("blind-lf/known-hosts/decoy-public-keys", "infra/ansible/files/known_hosts", SSH_KEY, r"""# Caabi publik yu server yi (host keys)
presse-01,192.168.20.11 @@k1@@
presse-02,192.168.20.12 @@k2@@
nas-kaolack.local @@k3@@
gitlab.mdgs.sn @@k4@@
""", k1=ssh_public(), k2=ssh_public(), k3=ssh_public(), k4=ssh_public())

add("blind-lf/pgp/decoy-public-key-block", "export/keys/douane-public.asc", "https://www.rfc-editor.org/rfc/rfc4880", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Clé publique bu douane bi (chiffrer declarations yi)\n\n"
    + "\n".join(chars(64, ALNUM + "+/") for _ in range(8)) + "\n=" + chars(4, ALNUM + "+/") + "\n-----END PGP PUBLIC KEY BLOCK-----\n")

add("blind-lf/yaml/decoy-sops-config", "laambpass-infra/.sops.yaml", SOPS, r"""# Kan mën a décrypter secrets yi (caabi publik age yi rekk)
creation_rules:
  - path_regex: secrets/prod\..*\.yaml$
    age: >-
      age1@@a1@@,
      age1@@a2@@
  - path_regex: secrets/staging\..*\.yaml$
    age: age1@@a3@@
""", a1=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a2=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    a3=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-lf/markdown/decoy-wireguard-peers", "laambpass-ops/docs/vpn-arene.md", MARKDOWN, r"""# VPN arène bi (WireGuard) - peers yi

Caabi publik yi rekk la (public keys). Caabi privé bu scanner bu nekk dafa sos ci biir màkkiin bi.

| Peer | IP | PublicKey |
|---|---|---|
| gw-arene | 10.60.0.1 | `@@p1@@` |
| scanner-A | 10.60.0.11 | `@@p2@@` |
| scanner-B | 10.60.0.12 | `@@p3@@` |
""", p1=chars(43, ALNUM + "+/") + "=", p2=chars(43, ALNUM + "+/") + "=", p3=chars(43, ALNUM + "+/") + "=")

add("blind-lf/js/decoy-mapbox-public-token", "portail/public/js/carte.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r"""// Carte secco yi - token publik (pk.) bu URL restrictions ci mdgs.sn rekk
mapboxgl.accessToken = 'pk.@@p@@.@@q@@';
const carte = new mapboxgl.Map({
  container: 'carte',
  style: 'mapbox://styles/mapbox/outdoors-v12',
  center: [-16.07, 14.15], // Kaolack
  zoom: 8,
});
""", p=b64url('{"u":"mdgs","a":"' + chars(25).lower() + '"}'), q=chars(22, ALNUM + "-_"))

add("blind-lf/python/decoy-mock-keys", "payouts/tests/conftest.py", "https://docs.pytest.org/en/stable/reference/fixtures.html", r'''"""Fixtures yu test yi: caabi yi dañu fake, te API bi dañu ko mock (responses)."""
import pytest


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("WAVE_API_KEY", "wave_sn_test_FAKE_KEY_FOR_UNIT_TESTS")
    monkeypatch.setenv("OM_CLIENT_SECRET", "dummy-client-secret")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
''')

add("blind-lf/markdown/decoy-meeting-notes", "ops/notes/reunion-2025-02-10.md", MARKDOWN, r"""# Ndajem equipe tech bi - 10 février 2025

- Awa: caabi Wave bu màggat bi, far nañu ko (revoked) ci 9 fév. Bu bees bi ci Vault rekk.
- Moustapha: baat bu NAS bi soppi nañu ko; ku ko soxla, laajal Awa (du ci email).
- Balance BAL-022 (Kaffrine): SIM bi dafa jeex, yeesal nañu abonnement bi.
- Jëf yi: (1) yokk 2FA ci portail bi, (2) dindi secrets yi ci repo pesage (git filter-repo).
""")

add("blind-lf/sql/decoy-encrypted-column", "laambpass-db/dumps/partner_keys_sample.sql", SQL, r"""-- Extrait (anonymisé) - api_key_enc dafa chiffré ak KMS (envelope), hash bi ngir lookup
INSERT INTO partner_keys (partner, api_key_sha256, api_key_enc, kms_key) VALUES
('SANDAGA', '@@h1@@', '@@c1@@', 'arn:aws:kms:eu-west-3:381492004417:key/@@u1@@'),
('HLM5', '@@h2@@', '@@c2@@', 'arn:aws:kms:eu-west-3:381492004417:key/@@u1@@');
-- Caabi yu dëgg yi du fii: partenaire bi rekk moo ko am.
""", h1=hexs(64), c1=chars(120, ALNUM + "+/") + "==", h2=hexs(64), c2=chars(120, ALNUM + "+/") + "==", u1=uuid_s())

add("blind-lf/yaml/decoy-alertmanager-file", "laambpass-ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", r"""route:
  receiver: equipe
receivers:
  - name: equipe
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-webhook-url
        channel: '#alertes-prod'
        title: 'LaambPass: {{ .CommonLabels.alertname }}'
        text: 'Seetal ko léegi (check now)'
""")

add("blind-lf/markdown/decoy-slack-doc-example", "laambpass-ops/docs/notifications.md", "https://api.slack.com/messaging/webhooks", r"""# Notifications Slack

Webhook URL yi dañuy mel ni (misaal bu documentation Slack):

    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

Bu dëgg bi dafa nekk ci `kv/laambpass/slack` (property `webhook_url`).
Yokkal ko ci Alertmanager ak `api_url_file`, du `api_url`.
""")

add("blind-lf/postman/decoy-environment-vars", "laambpass-api/docs/LaambPass-prod.postman_environment.json", POSTMAN, r"""{
  "name": "LaambPass prod",
  "values": [
    { "key": "base_url", "value": "https://api.laambpass.sn", "enabled": true },
    { "key": "api_key", "value": "", "type": "secret", "enabled": true },
    { "key": "partner", "value": "SANDAGA", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""")

add("blind-lf/http-file/decoy-variables", "laambpass-api/requests/events.http", HTTP_FILE, r"""### Bëre yi ci weer wi
GET {{base_url}}/v1/events?month=2025-06
X-Api-Key: {{api_key}}

### Tiket yu des (remaining) ci bëre bi
GET {{base_url}}/v1/events/{{event_id}}/availability
X-Api-Key: {{api_key}}
""")

add("blind-lf/vscode/decoy-envfile", "portail/.vscode/launch.json", VSCODE, r"""{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django (portail)",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver"],
      "envFile": "${workspaceFolder}/.env"
    }
  ]
}
""")

add("blind-lf/makefile/decoy-password-stdin", "pesage/Makefile", MAKEFILE, r"""IMAGE := registry.mdgs.sn/pesage
TAG ?= $(shell git describe --tags --always)

login:
	@printf '%s' "$$REGISTRY_PASSWORD" | docker login registry.mdgs.sn -u "$$REGISTRY_USER" --password-stdin

release: login
	docker build -t $(IMAGE):$(TAG) . && docker push $(IMAGE):$(TAG)
""")

add("blind-lf/cron/decoy-secret-file", "ops/cron/sauvegarde.cron", CRON, r"""# Sauvegarde guddi gu nekk (baat bi ci /root/.config/backup.pass, mode 600)
0 2 * * * /usr/bin/restic -r sftp:backup@nas-kaolack.local:/restic --password-file /root/.config/backup.pass backup /opt/pesage /var/backups
30 2 * * 0 /usr/bin/restic -r sftp:backup@nas-kaolack.local:/restic --password-file /root/.config/backup.pass forget --keep-weekly 8 --prune
# m h dom mon dow
# Seetal logs yi ci /var/log/restic.log
""")

add("blind-lf/powershell/decoy-read-host", "scripts/Nouveau-Compte.ps1", POWERSHELL, r"""# Sos compte bu bees ci SQL (laaj baat bi, du ko bind)
param([Parameter(Mandatory)] [string]$Login)
$pw = Read-Host -AsSecureString "Baat bu kumpa bu $Login"
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($pw))
Invoke-Sqlcmd -ServerInstance "192.168.10.20" -Query "CREATE LOGIN [$Login] WITH PASSWORD = N'$plain', CHECK_POLICY = ON"
Remove-Variable plain
""")

add("blind-lf/csv/decoy-stripe-ids", "laambpass-ops/exports/remboursements_2025-06-01.csv", CSV, r"""ticket,payment_intent,charge,montant_eur,statut
LP-2025-061-000188,pi_@@a@@,ch_@@b@@,25.00,refunded
LP-2025-061-000214,pi_@@c@@,ch_@@d@@,40.00,refunded
LP-2025-061-000377,pi_@@e@@,ch_@@f@@,25.00,pending
LP-2025-061-000402,pi_@@g@@,ch_@@h@@,75.00,refunded
""", a=chars(24), b=chars(24), c=chars(24), d=chars(24), e=chars(24), f=chars(24), g=chars(24), h=chars(24))

add("blind-lf/json/decoy-twilio-sid-only", "sms/config/settings.json", JSON_SPEC, r"""{
  "twilio": {
    "accountSid": "@@sid@@",
    "messagingServiceSid": "MG@@mg@@",
    "authToken": "env:TWILIO_AUTH_TOKEN"
  },
  "templates": { "pesage": "Salaam {prenom}, pesage bi ci {secco} ëllëg la ci {heure}." }
}
""", sid=twilio_sid(), mg=hexs(32))

add("blind-lf/dotenv/decoy-masked-copy", "laambpass-ops/docs/env-prod-inventaire.env", DOTENV, r"""# Inventaire bu variables yi ci prod (valeurs masquées - voir Vault)
STRIPE_SECRET_KEY=sk_live_••••••••••••••••••••Qx7d
WAVE_API_KEY=wave_sn_prod_••••••••••••••••••••••••••k2Pa
FLW_SECRET=FLWSECK-••••••••••••••••••••••••••••••••-X
DATABASE_URL=postgres://laambpass:••••••••@pg-primary.laambpass.internal/laambpass
GATE_HMAC_SECRET=•••••••• (64 hex)
""")

add("blind-lf/yaml/decoy-docker-digest", "laambpass-infra/k8s/images.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", r"""# Images yi ñu pin ak digest (sha256) - bés bëre bu mag bi
images:
  api: registry.laambpass.sn/api@sha256:@@d1@@
  gates: registry.laambpass.sn/gates@sha256:@@d2@@
  web: registry.laambpass.sn/web@sha256:@@d3@@
  redis: docker.io/bitnami/redis@sha256:@@d4@@
""", d1=hexs(64), d2=hexs(64), d3=hexs(64), d4=hexs(64))

add("blind-lf/python/decoy-hmac-verify", "laambpass-api/payments/wave.py", PYTHON, r'''"""Seetlu signature bu webhook Wave yi (secret bi ci environment bi)."""
import hashlib
import hmac
import os


def verify_signature(body: bytes, signature: str, secret: str | None = None) -> bool:
    secret = secret or os.environ["WAVE_WEBHOOK_SECRET"]
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
''')

add("blind-lf/log/decoy-webhook-signatures", "laambpass-api/logs/webhooks-2025-06-01.log", LOGS, r"""2025-06-01T20:10:04Z INFO  wave webhook id=evt_@@e1@@ sig=t=1748808604,v1=@@s1@@ ok
2025-06-01T20:10:06Z INFO  wave webhook id=evt_@@e2@@ sig=t=1748808606,v1=@@s2@@ ok
2025-06-01T20:10:09Z WARN  wave webhook id=evt_@@e3@@ sig=t=1748808609,v1=@@s3@@ mismatch
2025-06-01T20:42:10Z INFO  secret bu bees bi (rotation) - signatures yi dellu nañu baax
2025-06-01T20:42:11Z INFO  wave webhook backlog: 312 traités
""", e1=chars(20), s1=hexs(64), e2=chars(20), s2=hexs(64), e3=chars(20), s3=hexs(64))

add("blind-lf/toml/decoy-cargo-lock", "laambpass-scanner-fw/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r"""# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde"
version = "1.0.203"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=hexs(64), c2=hexs(64))

add("blind-lf/xml/decoy-maven-encrypted", "exportdesk/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r"""<settings>
  <servers>
    <server>
      <id>mdgs-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <!-- Baat bi dafa jóge ci GitLab CI variables (masked, protected) -->
</settings>
""")

add("blind-lf/ini/decoy-odbc-trusted", "export/odbc.ini.example", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""; Misaal: jëfandikool Kerberos (Trusted_Connection), amul baat ci fichier bi
[SAGE_MDGS]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:192.168.10.20,1433
Database = MDGS_2025
Trusted_Connection = yes
TrustServerCertificate = yes
""")

add("blind-lf/shell-history/decoy-env-usage", "ops/notes/history_moustapha.txt", SHELL, r"""  210  export PGPASSWORD="$(pass show mdgs/pesage_app)"
  211  psql -h 10.12.0.4 -U pesage_app pesage -c "select count(*) from pesees"
  212  unset PGPASSWORD
  213  vault kv get -field=api_key kv/mdgs/wave | wc -c
  214  history -d 213
  215  exit
""")

add("blind-lf/rst/decoy-password-policy", "docs/source/securite/baat-yi.rst", RST, r"""Baat yu kumpa yi (politique)
============================

* Baat bu nekk dafa wara am lu ëpp 14 araf (letters, chiffres, symboles).
* Bul jëfandikoo turu kooperatiif bi (``Gerte``, ``Saloum``, ``MDGS``) ci baat bi.
* Misaal bu **bon** (du baat bu dëgg!): ``<wax-yu-bari-yu-la-mën-a-fàttaliku>``.
* Denc baat yi ci KeePassXC bu bureau bi; caabi bu fichier bi dafa nekk ci USB bu Awa.
""")

add("blind-lf/yaml/decoy-gate-config-ids", "laambpass-scanner/config/gates.yaml", "https://yaml.org/spec/1.2.2/", r"""# Buntu yi (portes) ak ids yu scanner yi - du caabi
gates:
  - id: porte-A
    device_id: @@u1@@
    tribune: Tribune officielle
  - id: porte-B
    device_id: @@u2@@
    tribune: Pelouse nord
  - id: porte-C
    device_id: @@u3@@
    tribune: Pelouse sud
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-lf/json/decoy-firebase-public-config", "laambpass-web/src/firebase-messaging.json", "https://firebase.google.com/docs/cloud-messaging/js/client", r"""{
  "projectId": "laambpass-prod",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "vapidPublicKey": "B@@vapid@@",
  "note": "Ñoom ñépp dañu publik (navigateur bi dafa leen soxla)"
}
""", sender=digits(12), app=hexs(22), vapid=chars(86, ALNUM + "-_"))

add("blind-lf/xml/decoy-build-setting-reference", "LaambPassScanner/Resources/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key><string>LaambPass Buntu</string>
    <!-- Dafa jóge ci Secrets.xcconfig (du ci git) -->
    <key>WaveApiKey</key><string>$(WAVE_API_KEY)</string>
    <key>SentryDSN</key><string>$(SENTRY_DSN)</string>
</dict>
</plist>
""")

add("blind-lf/xml/decoy-user-secrets-id", "BureauApp/BureauApp.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- Baat yi ci dev: dotnet user-secrets set "ConnectionStrings:Stock" "..." (du ci repo bi) -->
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.1" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("blind-lf/php/decoy-getenv", "boutique/config/database.php", PHP, r"""<?php
// Base bu boutique bi: lépp dafa jóge ci .env (vlucas/phpdotenv), dara du fii
return [
    'host'     => getenv('DB_HOST') ?: '127.0.0.1',
    'database' => getenv('DB_NAME') ?: 'boutique',
    'username' => getenv('DB_USER') ?: 'boutique',
    'password' => getenv('DB_PASSWORD'),
    'charset'  => 'utf8mb4',
];
""")

add("blind-lf/markdown/decoy-truncated-key-in-issue", "laambpass-web/docs/incidents/2025-03-09-stripe.md", MARKDOWN, r"""# Incident 2025-03-09: Stripe 401 ci paiements diaspora

**Lu xew:** deploy bi dafa jël `STRIPE_SECRET_KEY` bu staging (`sk_test_…`) ci prod.

**Caabi bi ci logs yi:** `sk_live_…Qx7d` (4 araf yu mujj yi rekk, Stripe dashboard bi wone na ko).

**Lu ñu def:** ExternalSecret bi dafa jëm ci `kv/laambpass/stripe` léegi; rollback ci 5.7.9.
""")

assert SEED_FIRST < _SEED[0] <= SEED_LAST

