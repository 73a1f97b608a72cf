"""Blind set MJ: a Gallura pecorino and sheep-milk co-operative, and a Cagliari ferry-port logistics service.

The co-operative's dairy (caseificio), its milk lab (analisi latte), the collection trucks that run
the pastures' rounds (giro raccolta), and a Cagliari port logistics and trailer-booking service
(prenotazione semirimorchi, imbarchi Tirrenia/Grimaldi-style). Notes partly in Sardinian and
Italian. Generated fakes only (seeds 6990000-6999999).
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
_SEED = [6990000]


def _seed() -> int:
    _SEED[0] += 11
    assert 6990000 <= _SEED[0] <= 6999999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Berbeghe", "Nuraghe", "Maestrale", "Limbara", "Gallura", "Sughero", "Mirto", "Corbezzolo",
         "Tavolara", "Fiore", "Pecorino", "Molo", "Poetto", "Caprera", "Asinara", "Cannonau"]
LOWER = ["casu", "latte", "cuile", "pastore", "molo", "nave", "vento", "sale", "mare", "murta",
         "trailer", "banchina", "sughero", "granito", "gregge", "tancas"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    r = _rng()
    g = [fakes.uuid4(_seed()) for _ in range(2)]
    return (f"https://cooparborea.webhook.office.com/webhookb2/{g[0]}@{g[1]}/IncomingWebhook/"
            + "".join(r.choice(HEX) for _ in range(32)) + "/" + fakes.uuid4(_seed()))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_secret() -> str:
    return hexs(64)


def mapbox_secret() -> str:
    return fakes.fake("sk.eyJ1IjoiY29vcGdhbGx1cmEiLCJhIjoi", 22, _seed()) + fakes.fake(".", 22, _seed())


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def digitalocean_token() -> str:
    return "dop_v1_" + hexs(64)


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- caseificio (dairy) -----------

_pw = words_pw()
add("blind-mj/env/postgres-password", "caseificio/.env", "https://github.com/motdotla/dotenv#usage", """# Caseificio Sociale Gallura - gestionale produzione
APP_ENV=production
DB_HOST=10.20.1.14
DB_PORT=5432
DB_NAME=caseificio_prod
DB_USER=casaro
DB_PASSWORD=@@pw@@
# forme in stagionatura: tabella 'forme_cantina'
LOTTO_PREFIX=PG-
""", _pw, pw=_pw)

add("blind-mj/env/decoy-placeholder", "caseificio/.env.example", "https://github.com/motdotla/dotenv#usage", """# Copia custu file in .env e ponne sos valores veros (no los cummittes!)
APP_ENV=development
DB_HOST=localhost
DB_PORT=5432
DB_NAME=caseificio_dev
DB_USER=casaro
DB_PASSWORD=change-me
LOTTO_PREFIX=PG-
""")

_pw = rand_pw(24)
add("blind-mj/python/mysql-connect", "lab/analisi/carica_campioni.py", "https://dev.mysql.com/doc/connector-python/en/connector-python-example-connecting.html", """\"\"\"Carica i risultati del Combifoss (cellule somatiche, carica batterica) nel DB del laboratorio.\"\"\"
import csv
import sys

import mysql.connector

cnx = mysql.connector.connect(user="lab_latte", password="@@pw@@",
                              host="192.168.40.5", database="analisi_latte")
cur = cnx.cursor()

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        cur.execute(
            "INSERT INTO campioni (conferente, data_prelievo, cellule_somatiche, cbt, grasso, proteine) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            (row["conferente"], row["data"], row["scc"], row["cbt"], row["grasso"], row["proteine"]),
        )
cnx.commit()
print("caricati", cur.rowcount)
""", _pw, pw=_pw)

add("blind-mj/python/decoy-env-reference", "lab/analisi/db.py", "https://docs.python.org/3/library/os.html#os.environ", """import os

import mysql.connector


def connessione():
    # sa password benit dae s'ambiente (Vault -> systemd EnvironmentFile)
    return mysql.connector.connect(
        user=os.environ.get("LAB_DB_USER", "lab_latte"),
        password=os.environ["LAB_DB_PASSWORD"],
        host=os.environ.get("LAB_DB_HOST", "192.168.40.5"),
        database="analisi_latte",
    )
""")

_k = sendgrid_key()
add("blind-mj/php/sendgrid-key", "portale-soci/app/Mail/EstrattoConto.php", "https://docs.sendgrid.com/for-developers/sending-email/v3-php-code-example", """<?php
// Estratto conto mensile pro sos pastores conferentes
namespace App\\Mail;

use SendGrid\\Mail\\Mail;

class EstrattoConto
{
    private const SENDGRID_KEY = '@@k@@';

    public function invia(string $email, string $nome, string $pdf): void
    {
        $mail = new Mail();
        $mail->setFrom('amministrazione@coopgallura.it', 'Coop. Pastori Gallura');
        $mail->setSubject('Estratto conto latte conferito');
        $mail->addTo($email, $nome);
        $mail->addAttachment(base64_encode($pdf), 'application/pdf', 'estratto.pdf');
        (new \\SendGrid(self::SENDGRID_KEY))->send($mail);
    }
}
""", _k, k=_k)

add("blind-mj/php/decoy-config-env", "portale-soci/config/services.php", "https://laravel.com/docs/10.x/configuration#environment-configuration", """<?php

return [
    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY'),
    ],
    'sms' => [
        // gateway SMS pro avvisare sos pastores de su giro de raccolta
        'sid' => env('SMS_SID'),
        'token' => env('SMS_TOKEN', ''),
        'from' => '+39079000000',
    ],
];
""")

_pw = words_pw()
add("blind-mj/yaml/spring-datasource", "tracciabilita/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource", """spring:
  datasource:
    url: jdbc:postgresql://db-tracciabilita.coopgallura.lan:5432/tracciabilita
    username: tracciabilita_app
    password: "@@pw@@"
  jpa:
    hibernate:
      ddl-auto: validate
tracciabilita:
  dop: "Pecorino Sardo DOP"
  stabilimento: "IT 1234 CE"
""", _pw, pw=_pw)

add("blind-mj/yaml/decoy-spring-placeholder", "tracciabilita/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", """spring:
  datasource:
    url: ${DB_URL:jdbc:postgresql://localhost:5432/tracciabilita}
    username: ${DB_USER:tracciabilita_app}
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false
tracciabilita:
  dop: "Pecorino Sardo DOP"
""")

_pw = rand_pw(16)
add("blind-mj/ini/odbc-dsn", "caseificio/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[Magazzino]
Description = Magazzino forme - SQL Server su ufficio
Driver      = ODBC Driver 18 for SQL Server
Server      = 192.168.10.3,1433
Database    = MagazzinoForme
UID         = magazzino
PWD         = @@pw@@
TrustServerCertificate = yes
""", _pw, pw=_pw)

add("blind-mj/ini/decoy-odbc-no-password", "caseificio/odbc.ini.sample", "https://www.unixodbc.org/odbcinst.html", """; sample DSN - sa password la dimandas a Giuanne (IT)
[Magazzino]
Description = Magazzino forme
Driver      = ODBC Driver 18 for SQL Server
Server      = 192.168.10.3,1433
Database    = MagazzinoForme
Trusted_Connection = yes
""")

_t = slack_webhook()
add("blind-mj/shell/slack-webhook", "caseificio/scripts/allarme_cella.sh", "https://api.slack.com/messaging/webhooks", """#!/bin/bash
# Allarme temperatura cella di stagionatura (sonde Modbus) -> canale #caseificio
TEMP=$(modpoll -m tcp -a 1 -r 100 -c 1 -1 192.168.10.50 | awk '/\\[100\\]/{print $2/10}')
SOGLIA=14
if (( $(echo "$TEMP > $SOGLIA" | bc -l) )); then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Cella 2: temperatura ${TEMP}°C, sopra soglia ${SOGLIA}\\"}" \\
    @@t@@
fi
""", _t, t=_t)

add("blind-mj/shell/decoy-webhook-from-file", "caseificio/scripts/allarme_umidita.sh", "https://api.slack.com/messaging/webhooks", """#!/bin/bash
set -euo pipefail
# s'URL de su webhook est in /etc/caseificio/slack.url (root:root 0600)
WEBHOOK_URL="$(cat /etc/caseificio/slack.url)"
UR=$(cat /var/lib/sonde/cella2_ur)
if [ "$UR" -lt 80 ]; then
  curl -fsS -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Cella 2: umidità ${UR}% (bassa)\\"}" "$WEBHOOK_URL"
fi
""")

_k = fakes.aws_secret_key(_seed())
_id = fakes.aws_key_id(_seed())
add("blind-mj/ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = eu-south-1

[backup-caseificio]
aws_access_key_id = @@id@@
aws_secret_access_key = @@k@@
region = eu-south-1
""", _k, id=_id, k=_k)

add("blind-mj/ini/decoy-aws-docs-example", "ops/aws/credentials.example", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """# Esempio dalla documentazione AWS - NON sono chiavi vere
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-south-1
""")

_pw = passphrase()
add("blind-mj/markdown/runbook-password", "docs/runbook-caldaia.md", "https://www.markdownguide.org/basic-syntax/", """# Runbook - pastorizzatore e caldaia

Se su pastorizzatore si firmat (allarme "T < 72°C"):

1. Controllare la valvola deviatrice sul pannello HMI.
2. Entrare nel pannello Siemens con utente `manutentore`, password `@@pw@@`.
3. Reset allarme, poi riavviare il ciclo CIP.
4. Segnare su registro HACCP ora e temperatura.

Chiamare Bachisio se l'allarme torna entro un'ora.
""", _pw, pw=_pw)

add("blind-mj/markdown/decoy-runbook-vault", "docs/runbook-confezionamento.md", "https://www.markdownguide.org/basic-syntax/", """# Runbook - linea confezionamento sottovuoto

- Credenziali del pannello HMI: in Bitwarden, cartella **Caseificio / Linea 3**.
- Non scrivere password in questo file (l'audit IFS del 2025 ce l'ha segnalato).
- Dopo il cambio bobina: test di tenuta su 3 confezioni, esito nel registro.

| Campo            | Valore                      |
|------------------|-----------------------------|
| utente HMI       | `operatore`                 |
| password HMI     | *(vedi Bitwarden)*          |
| IP pannello      | 192.168.10.61               |
""")

_pem = fakes.fake_pem(_seed(), "RSA")
add("blind-mj/pem/rsa-private-key", "ops/ssh/raccolta_deploy_rsa", "https://www.rfc-editor.org/rfc/rfc7468", _pem + "\n\n\n\n", _pem)

add("blind-mj/pem/decoy-public-key", "ops/ssh/raccolta_deploy_rsa.pub", "https://man.openbsd.org/ssh-keygen.1", """ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vG3kq0L2m9yF0bX1dJc8pUeT5nR4wQ6sA2hK7iZ3oV9xN1mB5cD8fE0gH2jK4lM6nO8pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hI7jK9lM1nO3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO9pQ1rS3tU5vW7xY9zA1bC3dE5 deploy@raccolta
# chiave pubblica, va in authorized_keys dei camion (tablet di bordo)
# fingerprint: SHA256:3xk9Qm2Lr7VdT0pWc5bN8yHfJ1sZ4gUe6aKoRiXvBtM
# creata il 2026-03-02 da Mario
# ruotare ogni 12 mesi
""")

_t = fakes.telegram_token(_seed())
add("blind-mj/python/telegram-bot", "raccolta/bot/avvisi_pastori.py", "https://core.telegram.org/bots/api#sendmessage", """# Bot Telegram: avvisa i pastori quando il camion è a 20 minuti dall'ovile
import requests

TOKEN = "@@t@@"
API = f"https://api.telegram.org/bot{TOKEN}"


def avvisa(chat_id: int, ovile: str, minuti: int) -> None:
    testo = f"Su camion de su latte arribat a {ovile} intro {minuti} minutos. Preparade sos bidones!"
    requests.post(f"{API}/sendMessage", json={"chat_id": chat_id, "text": testo}, timeout=10)


if __name__ == "__main__":
    avvisa(123456789, "Cuile Sa Castagna", 20)
""", _t, t=_t)

add("blind-mj/python/decoy-telegram-test", "raccolta/bot/test_avvisi.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """import avvisi_pastori

# token finto per i test: il formato è giusto ma non esiste nessun bot
FAKE_TOKEN = "123456789:AAFake-Token-For-Tests-Only-xxxxxxxx"


def test_avvisa(monkeypatch):
    chiamate = []
    monkeypatch.setattr(avvisi_pastori, "TOKEN", FAKE_TOKEN)
    monkeypatch.setattr(avvisi_pastori.requests, "post", lambda url, json, timeout: chiamate.append((url, json)))
    avvisi_pastori.avvisa(1, "Cuile Test", 5)
    assert chiamate and "Cuile Test" in chiamate[0][1]["text"]
""")

_pw = rand_pw(20)
add("blind-mj/compose/postgres-env", "raccolta/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: raccolta
      POSTGRES_USER: raccolta
      POSTGRES_PASSWORD: @@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  pgdata:
""", _pw, pw=_pw)

add("blind-mj/compose/decoy-secrets-file", "raccolta/docker-compose.prod.yml", "https://docs.docker.com/compose/use-secrets/", """services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: raccolta
      POSTGRES_USER: raccolta
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

# ---------------------------------------------------------------- porto di Cagliari -------------

_pw = words_pw()
add("blind-mj/k8s-secret/base64-db-password", "porto/k8s/prenotazioni-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: prenotazioni-db
  namespace: porto-cagliari
  labels:
    app: prenotazione-trailer
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
""", _pw, u=b64("prenotazioni"), p=b64(_pw))

add("blind-mj/k8s-secret/decoy-empty-data", "porto/k8s/prenotazioni-db-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """# Modello: i valori veri li mette la pipeline (sealed-secrets), qui restano vuoti
apiVersion: v1
kind: Secret
metadata:
  name: prenotazioni-db
  namespace: porto-cagliari
type: Opaque
stringData:
  DB_USER: prenotazioni
  DB_PASSWORD: ""
""")

_k = stripe_key("sk_live_")
add("blind-mj/go/stripe-key", "porto/pagamenti/stripe.go", "https://stripe.com/docs/api/authentication", """package pagamenti

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/paymentintent"
)

// Pagamento della prenotazione slot semirimorchio (banchina Rinascita)
func init() {
	stripe.Key = "@@k@@"
}

func NuovoPagamento(centesimi int64, prenotazione string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(centesimi),
		Currency: stripe.String(string(stripe.CurrencyEUR)),
	}
	params.AddMetadata("prenotazione", prenotazione)
	return paymentintent.New(params)
}
""", _k, k=_k)

_pk = fakes.fake("pk_live_", 24, _seed())
add("blind-mj/typescript/decoy-publishable-key", "porto/web/src/stripe.ts", "https://stripe.com/docs/keys#obtain-api-keys", """import { loadStripe } from "@stripe/stripe-js";

// Chiave pubblicabile: può stare nel bundle del browser (la segreta sta solo sul backend Go)
const STRIPE_PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: "it" });

export function formatEuro(centesimi: number): string {
  return new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(centesimi / 100);
}
""", pk=_pk)

_pw = rand_pw(22, "-_")
add("blind-mj/csharp/connection-string", "porto/Gate.Service/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "ConnectionStrings": {
    "Varchi": "Server=sql-porto.cagliari.lan;Database=VarchiPortuali;User Id=gate_svc;Password=@@pw@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Ocr": {
    "Targhe": "http://10.40.2.11:9000/ocr",
    "SogliaConfidenza": 0.82
  }
}
""", _pw, pw=_pw)

add("blind-mj/csharp/decoy-integrated-security", "porto/Gate.Service/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "ConnectionStrings": {
    "Varchi": "Server=(localdb)\\\\MSSQLLocalDB;Database=VarchiPortuali;Integrated Security=True"
  },
  "Ocr": {
    "Targhe": "http://localhost:9000/ocr",
    "SogliaConfidenza": 0.82
  },
  "_nota": "in produzione la connection string arriva da Azure Key Vault (kv-porto-ca)"
}
""")

_k = azure_secret()
add("blind-mj/csharp/azure-client-secret", "porto/Gate.Service/KeyVaultBootstrap.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Gate.Service;

public static class KeyVaultBootstrap
{
    // TODO: passare a managed identity quando il varco Sud va su AKS
    private const string TenantId = "5f1c2a7e-93b1-4c0e-8a1d-2b7f6c9e0d41";
    private const string ClientId = "c3e9a0f2-71d4-4b8a-9e65-0a1b2c3d4e5f";
    private const string ClientSecret = "@@k@@";

    public static SecretClient Client() =>
        new SecretClient(new Uri("https://kv-porto-ca.vault.azure.net/"),
            new ClientSecretCredential(TenantId, ClientId, ClientSecret));
}
""", _k, k=_k)

add("blind-mj/csharp/decoy-managed-identity", "porto/Gate.Service/KeyVaultManaged.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.defaultazurecredential", """using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Gate.Service;

// Nessun segreto qui: DefaultAzureCredential usa la managed identity del pod
public static class KeyVaultManaged
{
    public static SecretClient Client() =>
        new SecretClient(new Uri("https://kv-porto-ca.vault.azure.net/"), new DefaultAzureCredential());

    public static string Leggi(string nome) => Client().GetSecret(nome).Value.Value;
}
""")

_pw = words_pw()
add("blind-mj/kotlin/jdbc-password", "porto/booking/src/main/kotlin/it/portoca/booking/Db.kt", "https://github.com/brettwooldridge/HikariCP#rocket-initialization", """package it.portoca.booking

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object Db {
    val ds: HikariDataSource by lazy {
        val cfg = HikariConfig()
        cfg.jdbcUrl = "jdbc:postgresql://pg-booking.portoca.internal:5432/booking"
        cfg.username = "booking_rw"
        cfg.password = "@@pw@@"
        cfg.maximumPoolSize = 8
        cfg.poolName = "booking-trailer"
        HikariDataSource(cfg)
    }
}
""", _pw, pw=_pw)

add("blind-mj/kotlin/decoy-system-getenv", "porto/booking/src/main/kotlin/it/portoca/booking/Config.kt", "https://kotlinlang.org/api/latest/jvm/stdlib/", """package it.portoca.booking

data class Config(val dbUrl: String, val dbUser: String, val dbPassword: String)

fun loadConfig(): Config = Config(
    dbUrl = System.getenv("BOOKING_DB_URL") ?: "jdbc:postgresql://localhost:5432/booking",
    dbUser = System.getenv("BOOKING_DB_USER") ?: "booking_rw",
    dbPassword = System.getenv("BOOKING_DB_PASSWORD")
        ?: error("BOOKING_DB_PASSWORD mancante"),
)
""")

_t = gitlab_token()
add("blind-mj/yaml/gitlab-token-ci", "porto/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """stages: [build, deploy]

variables:
  REGISTRY: registry.gitlab.com/portoca/booking
  GITLAB_API_TOKEN: "@@t@@"

build:
  stage: build
  script:
    - docker build -t $REGISTRY:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY:$CI_COMMIT_SHORT_SHA

tag-release:
  stage: deploy
  script:
    - 'curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" -X POST "https://gitlab.com/api/v4/projects/4811/releases" -d tag_name=$CI_COMMIT_TAG'
  only: [tags]
""", _t, t=_t)

add("blind-mj/yaml/decoy-gitlab-masked-var", "raccolta/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    # DEPLOY_TOKEN è una variabile mascherata e protetta nelle impostazioni CI/CD
    - curl -fsS -H "PRIVATE-TOKEN: ${DEPLOY_TOKEN}" https://gitlab.com/api/v4/projects/5120/trigger/pipeline
  only: [main]
""")

_pw = rand_pw(18)
add("blind-mj/terraform/rds-password", "porto/infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """resource "aws_db_instance" "booking" {
  identifier             = "booking-trailer-prod"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 50
  db_name                = "booking"
  username               = "booking_admin"
  password               = "@@pw@@"
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = false
  tags = { progetto = "porto-cagliari" }
}
""", _pw, pw=_pw)

add("blind-mj/terraform/decoy-random-password", "porto/infra/rds_staging.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """resource "random_password" "booking_staging" {
  length  = 24
  special = false
}

resource "aws_db_instance" "booking_staging" {
  identifier        = "booking-trailer-staging"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "booking_admin"
  password          = random_password.booking_staging.result
}
""")

_t = fakes.github_token(_seed())
add("blind-mj/shell-history/github-token", "ops/notes/bash_history_deploy.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd /opt/booking
git pull
git remote -v
git remote set-url origin https://ciccio-porto:@@t@@@github.com/portoca/booking-trailer.git
git pull origin main
systemctl restart booking
journalctl -u booking -n 50
""", _t, t=_t)

add("blind-mj/shell-history/decoy-gh-auth", "ops/notes/bash_history_dev.txt", "https://cli.github.com/manual/gh_auth_login", """cd ~/src/booking-trailer
gh auth login --hostname github.com --git-protocol https --web
gh auth status
git pull
make test
gh pr create --title "Slot notturni Grimaldi" --body "vedi #41"
""")

# ---------------------------------------------------------------- camion raccolta latte ---------

_pw = words_pw()
add("blind-mj/rust/mqtt-password", "raccolta/telemetria/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Telemetria cisterna: temperatura latte e litri caricati per ogni ovile
fn main() {
    let mut opts = MqttOptions::new("cisterna-07", "mqtt.coopgallura.it", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("cisterna-07", "@@pw@@");
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("raccolta/cisterna-07/cmd", QoS::AtLeastOnce).unwrap();
    for notification in connection.iter() {
        println!("{:?}", notification);
    }
}
""", _pw, pw=_pw)

add("blind-mj/rust/decoy-env-var", "raccolta/telemetria/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """use std::env;

pub struct Config {
    pub broker: String,
    pub user: String,
    pub password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "mqtt.coopgallura.it".into()),
            user: env::var("MQTT_USER").expect("MQTT_USER"),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

_k = google_api_key()
add("blind-mj/swift/google-maps-key", "raccolta/ios/GiroRaccolta/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/config", """import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // mappa dei giri: Luras, Calangianus, Tempio, Aggius, Luogosanto
        GMSServices.provideAPIKey("@@k@@")
        return true
    }
}
""", _k, k=_k)

add("blind-mj/swift/decoy-plist-lookup", "raccolta/ios/GiroRaccolta/Secrets.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """import Foundation

enum Secrets {
    /// La chiave sta in Secrets.xcconfig (non versionato) e arriva qui via Info.plist
    static var mapsKey: String {
        guard let key = Bundle.main.object(forInfoDictionaryKey: "GMS_API_KEY") as? String, !key.isEmpty else {
            fatalError("GMS_API_KEY mancante: copia Secrets.example.xcconfig")
        }
        return key
    }
}
""")

add("blind-mj/xcconfig/decoy-example", "raccolta/ios/Secrets.example.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """// Copia in Secrets.xcconfig e inserisci la chiave Google Maps del progetto "giro-raccolta"
// Secrets.xcconfig è in .gitignore
GMS_API_KEY = YOUR_GOOGLE_MAPS_API_KEY
BACKEND_URL = https:/$()/api.coopgallura.it
ENV_NAME = staging
""")

_t = twilio_sid()
_tok = hexs(32)
add("blind-mj/ruby/twilio-auth-token", "raccolta/sms/avviso_ritiro.rb", "https://www.twilio.com/docs/libraries/ruby", """# Avviso SMS ai pastori senza smartphone (giro di Berchidda e Monti)
require 'twilio-ruby'

ACCOUNT_SID = '@@sid@@'
AUTH_TOKEN  = '@@tok@@'

client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)

File.readlines('pastori_sms.txt', chomp: true).each do |numero|
  client.messages.create(
    from: '+390789000111',
    to: numero,
    body: 'Coop Gallura: domani ritiro latte anticipato alle 5:30. Grazie!'
  )
end
""", _tok, sid=_t, tok=_tok)

add("blind-mj/ruby/decoy-credentials-lookup", "raccolta/sms/config.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """# Le credenziali Twilio sono in config/credentials.yml.enc (rails credentials:edit)
module Sms
  def self.client
    creds = Rails.application.credentials.twilio
    Twilio::REST::Client.new(creds[:account_sid], creds[:auth_token])
  end

  MITTENTE = '+390789000111'
end
""")

_pw = rand_pw(14)
add("blind-mj/powershell/secure-string-plain", "ops/windows/backup_pesa.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """# Backup del PC della pesa (bilancia a ponte) sul NAS dell'ufficio
$utente = 'COOPGALLURA\\svc_backup'
$pw = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($utente, $pw)

New-PSDrive -Name N -PSProvider FileSystem -Root '\\\\nas-ufficio\\backup' -Credential $cred | Out-Null
$oggi = Get-Date -Format 'yyyyMMdd'
Compress-Archive -Path 'C:\\Pesa\\dati\\*' -DestinationPath "N:\\pesa\\pesa_$oggi.zip" -Force
Remove-PSDrive N
""", _pw, pw=_pw)

add("blind-mj/powershell/decoy-get-credential", "ops/windows/backup_laboratorio.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/import-clixml", """# Sa credenziale est salvada cun Export-Clixml (DPAPI, leghibile solu dae s'utente svc_backup)
$cred = Import-Clixml -Path 'C:\\ProgramData\\Backup\\nas.cred.xml'

New-PSDrive -Name N -PSProvider FileSystem -Root '\\\\nas-ufficio\\backup' -Credential $cred | Out-Null
$oggi = Get-Date -Format 'yyyyMMdd'
Compress-Archive -Path 'D:\\Combifoss\\export\\*' -DestinationPath "N:\\lab\\lab_$oggi.zip" -Force
Remove-PSDrive N
""")

_pw = words_pw()
add("blind-mj/ansible/vars-password", "ops/ansible/group_vars/caseificio.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", """---
# Variabili per i server del caseificio (Luras)
ntp_server: ntp1.inrim.it
timezone: Europe/Rome
postgres_version: 16
postgres_db: caseificio_prod
postgres_user: casaro
postgres_password: "@@pw@@"
backup_dest: /mnt/nas/backup/caseificio
""", _pw, pw=_pw)

add("blind-mj/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/porto/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
38316264353937643135386232633636313337353432613939663936326363363666386434373432
3230333766386537383063313762306130643465306263330a633231303961656434306665366239
62643966626537386362393464393466336530363332636366356634313937643839616432663838
3632373937623733630a343765306538383065386536383938613930353665333230306166646632
31373761343433656438373236363262646539613836363965613832303831333864333363333533
3361
""")

add("blind-mj/ansible/decoy-vault-reference", "ops/ansible/group_vars/porto/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """---
booking_db_host: pg-booking.portoca.internal
booking_db_user: booking_rw
booking_db_password: "{{ vault_booking_db_password }}"
gate_api_token: "{{ vault_gate_api_token }}"
nginx_server_name: booking.portocagliari.example
""")

_k = hexs(40)
add("blind-mj/dockerfile/build-arg-token", "lab/Dockerfile", "https://docs.docker.com/engine/reference/builder/#env", """FROM python:3.12-slim
WORKDIR /app
# token per scaricare il pacchetto privato 'combifoss-parser' dal nostro Gitea
ENV GITEA_TOKEN=@@k@@
RUN pip install --no-cache-dir \\
    "git+https://lab-ci:${GITEA_TOKEN}@git.coopgallura.it/lab/combifoss-parser.git@v1.4.2"
COPY . .
CMD ["python", "-m", "analisi.server"]
""", _k, k=_k)

add("blind-mj/dockerfile/decoy-build-secret", "raccolta/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# il token arriva come build secret: docker build --secret id=gitea,src=$HOME/.gitea_token .
RUN --mount=type=secret,id=gitea \\
    pip install --no-cache-dir -r requirements.txt \\
      --extra-index-url "https://lab-ci:$(cat /run/secrets/gitea)@git.coopgallura.it/api/packages/lab/pypi/simple"
COPY . .
CMD ["gunicorn", "raccolta.wsgi", "-b", "0.0.0.0:8000"]
""")

_t = npm_token()
add("blind-mj/npmrc/npm-token", "porto/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """registry=https://registry.npmjs.org/
@portoca:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
save-exact=true
engine-strict=true
""", _t, t=_t)

add("blind-mj/npmrc/decoy-env-token", "raccolta/dashboard/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """registry=https://registry.npmjs.org/
@coopgallura:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
""")

# ---------------------------------------------------------------- laboratorio analisi -----------

_pw = rand_pw(16)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Cellule somatiche per conferente - campagna 2026\n", "Dati dal DB del laboratorio."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "from sqlalchemy import create_engine\n",
            "eng = create_engine('mysql+pymysql://lab_latte:" + _pw + "@192.168.40.5/analisi_latte')\n",
            "df = pd.read_sql('SELECT conferente, data_prelievo, cellule_somatiche FROM campioni', eng)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df.groupby('conferente').cellule_somatiche.median().sort_values().tail(10)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-mj/notebook/sqlalchemy-url", "lab/notebooks/scc_conferenti.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", json.dumps(_nb, indent=1) + "\n", _pw)

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Grasso e proteine per mese\n", "Connessione da variabile d'ambiente `LAB_DB_URL`."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "import pandas as pd\n", "from sqlalchemy import create_engine\n",
            "eng = create_engine(os.environ['LAB_DB_URL'])  # es. mysql+pymysql://utente:***@host/analisi_latte\n",
            "df = pd.read_sql('SELECT data_prelievo, grasso, proteine FROM campioni', eng, parse_dates=['data_prelievo'])"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df.resample('M', on='data_prelievo')[['grasso', 'proteine']].mean().round(2)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-mj/notebook/decoy-env-url", "lab/notebooks/grasso_proteine.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", json.dumps(_nb, indent=1) + "\n")

_pw = words_pw()
add("blind-mj/sql/create-user", "lab/db/002_utenti.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """-- Utenti del DB analisi_latte
CREATE USER IF NOT EXISTS 'lab_report'@'192.168.40.%' IDENTIFIED BY '@@pw@@';
GRANT SELECT ON analisi_latte.* TO 'lab_report'@'192.168.40.%';

-- sola lettura per il portale soci (vede solo i propri campioni tramite vista)
GRANT SELECT ON analisi_latte.v_campioni_socio TO 'lab_report'@'192.168.40.%';
FLUSH PRIVILEGES;
""", _pw, pw=_pw)

add("blind-mj/sql/decoy-hashed-password", "lab/db/003_utenti_portale.sql", "https://www.php.net/manual/en/function.password-hash.php", """-- Utenti del portale soci: password salvate come hash bcrypt (password_hash PHP)
INSERT INTO utenti (username, ruolo, password_hash) VALUES
  ('admin', 'admin', '$2y$12$Qm4rT8vLz1pXc9Wk3yHn6u0aBfD7eGjK2sMoNqRtUvWxYz1AbCdEe'),
  ('lab', 'laboratorio', '$2y$12$Hk2pL7cXv9Zq4Wr1tYm3n.8aSdFgJhKlMnBvCxZq0WeRtYuIoPaSd'),
  ('ufficio', 'amministrazione', '$2y$12$Zx8cV6bN4mQ2wE0rT9yU7iOpAsDfGhJkLqWeRtYuIoP1aSdFgHjKl');
-- reset: php artisan soci:reset-password <username>
""")

_k = mailgun_key()
add("blind-mj/python/mailgun-key", "lab/referti/invia_referti.py", "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/", """\"\"\"Invia ai soci il referto PDF delle analisi latte del mese.\"\"\"
import requests

MAILGUN_DOMAIN = "mg.coopgallura.it"
MAILGUN_KEY = "@@k@@"


def invia(destinatario: str, pdf_path: str, mese: str) -> int:
    with open(pdf_path, "rb") as pdf:
        r = requests.post(
            f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            files=[("attachment", ("referto.pdf", pdf))],
            data={"from": "Laboratorio <lab@coopgallura.it>", "to": destinatario,
                  "subject": f"Referto analisi latte - {mese}"},
            timeout=30,
        )
    return r.status_code
""", _k, k=_k)

_pw = rand_pw(12)
add("blind-mj/csv/instrument-password", "lab/strumenti/inventario_strumenti.csv", "https://www.rfc-editor.org/rfc/rfc4180", """strumento,modello,ip,utente_web,password_web,note
Combifoss,7 FC,192.168.40.21,admin,@@pw@@,aggiornato firmware 03/2026
MilkoScan,FT+,192.168.40.22,service,(su etichetta retro),calibrazione mensile
Bilancia analitica,XPR205,192.168.40.30,,,nessun accesso web
Frigo campioni,FRX-4,192.168.40.41,,,allarme SMS
""", _pw, pw=_pw)

add("blind-mj/csv/decoy-sample-results", "lab/strumenti/export_combifoss_2026-04.csv", "https://www.rfc-editor.org/rfc/rfc4180", """campione,conferente,data,scc_x1000,cbt_x1000,grasso,proteine,lattosio,checksum
C260401-001,SOC0142,2026-04-01,612,48,6.81,5.62,4.71,9f2c4e1a7b3d
C260401-002,SOC0087,2026-04-01,1340,112,7.05,5.80,4.58,1ab47d0e9c22
C260401-003,SOC0311,2026-04-01,455,31,6.42,5.49,4.80,c70de13f5a86
C260401-004,SOC0019,2026-04-01,980,77,6.90,5.71,4.66,04e5b8d2f19c
C260401-005,SOC0204,2026-04-01,702,55,6.77,5.55,4.74,e3a91c60b7d4
""")

_k = fakes.openai_key(_seed())
add("blind-mj/python/openai-key", "lab/referti/riassunto_ai.py", "https://platform.openai.com/docs/api-reference/authentication", """# Prova: riassunto in italiano semplice del referto per i pastori più anziani
from openai import OpenAI

client = OpenAI(api_key="@@k@@")


def riassumi(referto: str) -> str:
    risposta = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Spiega in italiano semplice i valori del latte di pecora."},
            {"role": "user", "content": referto},
        ],
    )
    return risposta.choices[0].message.content
""", _k, k=_k)

add("blind-mj/python/decoy-openai-env", "lab/referti/riassunto_ai_v2.py", "https://platform.openai.com/docs/quickstart", """# v2: niente chiavi nel codice. OpenAI() legge OPENAI_API_KEY dall'ambiente.
from openai import OpenAI

client = OpenAI()

PROMPT = "Spiega in italiano semplice (o in sardu, si lu pedit su sociu) i valori del latte."


def riassumi(referto: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": PROMPT},
                                                 {"role": "user", "content": referto}])
    return r.choices[0].message.content
""")

_pw = words_pw()
add("blind-mj/log/connection-string-leak", "lab/logs/import_2026-04-02.log", "https://docs.python.org/3/library/logging.html", """2026-04-02 05:10:01,221 INFO  import: avvio import Combifoss (file export_combifoss_2026-04-02.csv)
2026-04-02 05:10:01,340 DEBUG db: connessione mysql://lab_latte:@@pw@@@192.168.40.5:3306/analisi_latte
2026-04-02 05:10:02,007 INFO  import: 212 campioni letti
2026-04-02 05:10:02,512 WARNING import: conferente SOC0399 sconosciuto, riga 118 saltata
2026-04-02 05:10:03,118 INFO  import: 211 campioni caricati
2026-04-02 05:10:03,119 INFO  import: fine (2.1s)
""", _pw, pw=_pw)

add("blind-mj/log/decoy-masked-dsn", "lab/logs/import_2026-04-03.log", "https://docs.python.org/3/library/logging.html", """2026-04-03 05:10:01,198 INFO  import: avvio import Combifoss (file export_combifoss_2026-04-03.csv)
2026-04-03 05:10:01,301 DEBUG db: connessione mysql://lab_latte:********@192.168.40.5:3306/analisi_latte
2026-04-03 05:10:01,950 INFO  import: 198 campioni letti
2026-04-03 05:10:02,433 INFO  import: 198 campioni caricati
2026-04-03 05:10:02,434 INFO  import: fine (1.2s)
""")

_pw = rand_pw(20)
add("blind-mj/xml/hibernate-password", "tracciabilita/src/main/resources/hibernate.cfg.xml", "https://docs.jboss.org/hibernate/orm/6.4/userguide/html_single/Hibernate_User_Guide.html#configurations", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
  "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.url">jdbc:postgresql://db-tracciabilita.coopgallura.lan:5432/tracciabilita</property>
    <property name="hibernate.connection.username">tracciabilita_app</property>
    <property name="hibernate.connection.password">@@pw@@</property>
    <property name="hibernate.hbm2ddl.auto">validate</property>
    <mapping class="it.coopgallura.tracciabilita.Forma"/>
    <mapping class="it.coopgallura.tracciabilita.Lotto"/>
  </session-factory>
</hibernate-configuration>
""", _pw, pw=_pw)

add("blind-mj/xml/decoy-maven-settings-env", "tracciabilita/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>coopgallura-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>coopgallura-nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.coopgallura.it/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
""")

_pw = words_pw()
add("blind-mj/xml/maven-settings-password", "ops/maven/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <server>
      <id>coopgallura-nexus</id>
      <username>ci-deploy</username>
      <password>@@pw@@</password>
    </server>
  </servers>
</settings>
""", _pw, pw=_pw)

# ---------------------------------------------------------------- porto: servizi e integrazioni --

_pw = fakes.redis_password(_seed())
add("blind-mj/helm/redis-password", "porto/charts/booking/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """replicaCount: 3
image:
  repository: registry.gitlab.com/portoca/booking
  tag: "2.8.1"
ingress:
  enabled: true
  host: booking.portocagliari.example
redis:
  enabled: true
  auth:
    enabled: true
    password: @@pw@@
resources:
  limits: { cpu: 500m, memory: 512Mi }
""", _pw, pw=_pw)

add("blind-mj/helm/decoy-existing-secret", "porto/charts/booking/values.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", """replicaCount: 1
image:
  repository: registry.gitlab.com/portoca/booking
  tag: latest
redis:
  enabled: true
  auth:
    enabled: true
    # la password sta nel Secret 'booking-redis' (chiave redis-password), creato da ExternalSecrets
    existingSecret: booking-redis
    existingSecretPasswordKey: redis-password
""")

_pw = rand_pw(24)
add("blind-mj/go/amqp-url", "porto/eventi/consumer.go", "https://pkg.go.dev/github.com/rabbitmq/amqp091-go#Dial", """package eventi

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Eventi dai varchi: ingresso/uscita semirimorchi (targa, ora, varco)
const brokerURL = "amqps://varchi:@@pw@@@rabbit.portoca.internal:5671/porto"

func Ascolta(handler func(amqp.Delivery)) {
	conn, err := amqp.Dial(brokerURL)
	if err != nil {
		log.Fatalf("rabbit: %v", err)
	}
	ch, _ := conn.Channel()
	msgs, _ := ch.Consume("varchi.transiti", "booking", false, false, false, false, nil)
	for m := range msgs {
		handler(m)
	}
}
""", _pw, pw=_pw)

add("blind-mj/go/decoy-test-broker", "porto/eventi/consumer_test.go", "https://pkg.go.dev/testing", """package eventi

import "testing"

// broker di test locale (docker run rabbitmq:3-management), utente di default guest/guest
const testBrokerURL = "amqp://guest:guest@localhost:5672/"

func TestParseTransito(t *testing.T) {
	tr, err := parseTransito([]byte(`{"targa":"AB123CD","varco":"V2","ora":"2026-05-01T06:12:00Z"}`))
	if err != nil || tr.Targa != "AB123CD" {
		t.Fatalf("parse: %v %+v", err, tr)
	}
}
""")

_w = teams_webhook()
add("blind-mj/powershell/teams-webhook", "porto/ops/notifica_ritardo_nave.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """param(
    [string]$Nave = 'Sharden',
    [int]$Ritardo = 45
)
# Avviso sul canale Teams "Operativo Porto" quando la nave per Civitavecchia è in ritardo
$url = '@@w@@'
$body = @{ text = "Nave $Nave in ritardo di $Ritardo minuti: riprogrammare gli slot di imbarco trailer." } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $url -Body $body -ContentType 'application/json'
""", _w, w=_w)

_w = discord_webhook()
add("blind-mj/javascript/discord-webhook", "raccolta/dashboard/scripts/notifica-giro.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """// Notifica sul server Discord dei camionisti: giro completato
const WEBHOOK = "@@w@@";

async function giroCompletato(camion, litri, ovili) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      content: `🚛 ${camion}: giro finito, ${litri} L da ${ovili} ovili. Bonu traballu!`,
    }),
  });
}

module.exports = { giroCompletato };
""", _w, w=_w)

add("blind-mj/javascript/decoy-webhook-env", "raccolta/dashboard/scripts/notifica-guasto.js", "https://nodejs.org/api/process.html#processenv", """// Notifica guasto cisterna (stesso canale Discord). URL in DISCORD_WEBHOOK_URL.
const WEBHOOK = process.env.DISCORD_WEBHOOK_URL;
if (!WEBHOOK) throw new Error("DISCORD_WEBHOOK_URL non impostata");

async function guasto(camion, descrizione) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `⚠️ ${camion}: ${descrizione}` }),
  });
}

module.exports = { guasto };
""")

_pw = words_pw()
add("blind-mj/netrc/ftp-password", "ops/notes/netrc.agenzia-marittima", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# copia di ~/.netrc sul server booking (per il ritiro manifesti EDI dall'agenzia marittima)
machine ftp.agenziamarittima-ca.example
login portoca_edi
password @@pw@@

machine nexus.coopgallura.it
login anonymous
password guest@
""", _pw, pw=_pw)

_pw = rand_pw(16)
add("blind-mj/shell/sftp-sshpass", "porto/edi/ritira_manifesti.sh", "https://linux.die.net/man/1/sshpass", """#!/bin/sh
# Ritira i manifesti di carico (BAPLIE/COPRAR) dall'SFTP della compagnia
cd /srv/edi/in || exit 1
sshpass -p '@@pw@@' sftp -oBatchMode=no -b - edi_portoca@sftp.compagnia-navi.example <<'EOF'
cd outbound
mget *.edi
rm *.edi
bye
EOF
ls -1 *.edi | wc -l | xargs echo "manifesti ritirati:"
""", _pw, pw=_pw)

add("blind-mj/shell/decoy-sftp-key", "porto/edi/invia_prenotazioni.sh", "https://man.openbsd.org/sftp.1", """#!/bin/sh
# Invia le prenotazioni trailer in formato IFTMBF. Accesso con chiave (nessuna password).
cd /srv/edi/out || exit 1
sftp -i /etc/portoca/edi_ed25519 -b - edi_portoca@sftp.compagnia-navi.example <<'EOF'
cd inbound
mput *.edi
bye
EOF
mv *.edi ../sent/
""")

_k = hexs(32)
add("blind-mj/typescript/api-key-header", "porto/web/src/api/meteo.ts", "https://openweathermap.org/appid", """// Vento (maestrale) nel Golfo degli Angeli: se > 35 nodi avvisiamo che gli imbarchi possono slittare
const OWM_KEY = "@@k@@";

export async function ventoCagliari(): Promise<number> {
  const url = `https://api.openweathermap.org/data/2.5/weather?lat=39.21&lon=9.11&units=metric&appid=${OWM_KEY}`;
  const r = await fetch(url);
  const j = await r.json();
  return Math.round(j.wind.speed * 1.944);
}
""", _k, k=_k)

_pw = rand_pw(20, "!#")
add("blind-mj/properties/spring-mail", "tracciabilita/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/io.html#io.email", """# Avvisi di non conformità (NC) al responsabile qualità
spring.mail.host=smtps.aruba.it
spring.mail.port=465
spring.mail.username=qualita@coopgallura.it
spring.mail.password=@@pw@@
spring.mail.properties.mail.smtp.ssl.enable=true
tracciabilita.nc.destinatari=qualita@coopgallura.it,direzione@coopgallura.it
""", _pw, pw=_pw)

add("blind-mj/properties/decoy-spring-placeholder", "tracciabilita/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """spring.mail.host=smtps.aruba.it
spring.mail.port=465
spring.mail.username=${MAIL_USER:qualita@coopgallura.it}
spring.mail.password=${MAIL_PASSWORD:}
spring.mail.properties.mail.smtp.ssl.enable=true
management.endpoints.web.exposure.include=health,info
""")

_s = fakes.django_secret_key(_seed())
add("blind-mj/python/django-secret-key", "portale-soci-django/portale/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["soci.coopgallura.it"]

SECRET_KEY = "@@s@@"

DATABASES["default"]["HOST"] = "10.20.1.14"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_CODE = "it"
""", _s, s=_s)

add("blind-mj/python/decoy-django-dev-key", "portale-soci-django/portale/settings/dev.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]

# Solo sviluppo locale: chiave dichiaratamente insicura, prod legge DJANGO_SECRET_KEY
SECRET_KEY = "django-insecure-dev-only-not-a-secret"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

_auth = "trailer-ops:" + words_pw()
add("blind-mj/json/docker-config-auth", "ops/docker/config.json", "https://docs.docker.com/engine/reference/commandline/login/#credential-stores", """{
  "auths": {
    "registry.portoca.internal:5000": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", b64(_auth), a=b64(_auth))

add("blind-mj/json/decoy-docker-credstore", "ops/docker/config.credstore.json", "https://docs.docker.com/engine/reference/commandline/login/#credential-stores", """{
  "auths": {
    "registry.portoca.internal:5000": {},
    "registry.gitlab.com": {}
  },
  "credsStore": "pass",
  "currentContext": "default"
}
""")

# ---------------------------------------------------------------- varie: pacchetti, doc, note -----

_t = fakes.pypi_token(_seed())
add("blind-mj/pypirc/pypi-token", "lab/combifoss-parser/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@t@@
""", _t, t=_t)

add("blind-mj/pypirc/decoy-keyring", "lab/combifoss-parser/pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """# ~/.pypirc di esempio: il token lo tiene keyring
#   keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
""")

_t = fakes.github_fine_grained_token(_seed())
add("blind-mj/yaml/github-actions-token", "raccolta/.github/workflows/release.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """name: release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: @@t@@
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" --generate-notes
""", _t, t=_t)

add("blind-mj/yaml/decoy-github-actions-secret", "porto/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """name: ci
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
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "21" }
      - run: ./gradlew test
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
""")

_pw = words_pw()
add("blind-mj/rst/doc-password", "docs/source/pesa.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """Pesa a ponte (ingresso cisterne)
================================

La pesa registra tara e lordo di ogni cisterna al rientro dal giro.

Accesso al software
-------------------

* PC: ``PESA-01`` (Windows 10, in guardiola)
* Utente: ``pesatore``
* Password: ``@@pw@@``

.. note:: Sa password est sa matessi pro su servizio FTP de s'esportazione.
""", _pw, pw=_pw)

add("blind-mj/rst/decoy-doc-placeholder", "docs/source/laboratorio.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """Laboratorio analisi latte
========================

Configurare ``/etc/lab/lab.conf``::

    [db]
    host = 192.168.40.5
    user = lab_latte
    password = <password del DB, chiedere al responsabile IT>

La password **non** va scritta in questa documentazione.
""")

_k = sendgrid_key()
add("blind-mj/html/wiki-api-key", "docs/wiki/Integrazioni.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/table", """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Integrazioni - Wiki Coop Gallura</title></head>
<body>
<h1>Integrazioni esterne</h1>
<table>
  <tr><th>Servizio</th><th>Uso</th><th>Credenziale</th></tr>
  <tr><td>SendGrid</td><td>newsletter ai soci</td><td><code>@@k@@</code></td></tr>
  <tr><td>Mailgun</td><td>referti laboratorio</td><td>vedi Bitwarden</td></tr>
  <tr><td>Telegram</td><td>avvisi giro raccolta</td><td>vedi Bitwarden</td></tr>
</table>
</body>
</html>
""", _k, k=_k)

add("blind-mj/html/decoy-masked-table", "docs/wiki/Integrazioni-porto.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/table", """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Integrazioni porto</title></head>
<body>
<h1>Integrazioni (porto)</h1>
<table>
  <tr><th>Servizio</th><th>Credenziale</th></tr>
  <tr><td>Stripe</td><td><code>sk_live_••••••••••••7QmT</code> (Vault: porto/stripe)</td></tr>
  <tr><td>OpenWeatherMap</td><td><code>****</code> (Vault: porto/owm)</td></tr>
</table>
</body>
</html>
""")

_pw = passphrase()
add("blind-mj/markdown/readme-wifi-and-vpn", "raccolta/README.md", "https://www.markdownguide.org/basic-syntax/", """# Giro raccolta latte

App per i tablet dei camion: percorso, ovili, litri caricati, temperatura in cisterna.

## Sviluppo

```sh
pip install -r requirements.txt
flask --app raccolta run
```

## VPN dei camion

I tablet si collegano via WireGuard; per entrare nel pannello del router di bordo (Teltonika):
utente `admin`, password `@@pw@@`.

Sos camionistas no depent tocare custa cunfigurazione.
""", _pw, pw=_pw)

add("blind-mj/markdown/decoy-readme-example-values", "lab/combifoss-parser/README.md", "https://www.markdownguide.org/basic-syntax/", """# combifoss-parser

Legge gli export del Combifoss 7 e li trasforma in record per `analisi_latte`.

```python
from combifoss_parser import leggi
for r in leggi("export.csv"):
    print(r.conferente, r.scc)
```

Per l'upload su DB serve `LAB_DB_URL`, per esempio
`mysql+pymysql://utente:password@localhost/analisi_latte` (valori di esempio).
""")

_pw = rand_pw(18)
add("blind-mj/yaml/rails-database", "portale-soci/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: soci_dev

production:
  <<: *default
  database: soci_prod
  host: 10.20.1.14
  username: soci
  password: @@pw@@
""", _pw, pw=_pw)

add("blind-mj/yaml/decoy-rails-erb-env", "portale-soci/config/database.yml.example", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  database: soci_prod
  host: <%= ENV["DB_HOST"] %>
  username: soci
  password: <%= ENV["SOCI_DATABASE_PASSWORD"] %>
""")

_pw = words_pw()
add("blind-mj/java/jdbc-drivermanager", "tracciabilita/src/main/java/it/coopgallura/tracciabilita/ExportDop.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """package it.coopgallura.tracciabilita;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/** Export mensile per il Consorzio di tutela: forme marchiate per lotto. */
public class ExportDop {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://db-tracciabilita.coopgallura.lan:5432/tracciabilita";
        try (Connection c = DriverManager.getConnection(url, "export_consorzio", "@@pw@@");
             ResultSet rs = c.createStatement().executeQuery(
                 "SELECT lotto, count(*) FROM forme WHERE marchiata GROUP BY lotto")) {
            while (rs.next()) {
                System.out.println(rs.getString(1) + ";" + rs.getInt(2));
            }
        }
    }
}
""", _pw, pw=_pw)

_t = hf_token()
add("blind-mj/python/huggingface-token", "lab/visione/classifica_crosta.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """# Prova: classificazione difetti della crosta (muffe, spaccature) da foto della cantina
from huggingface_hub import login
from transformers import pipeline

login(token="@@t@@")

clf = pipeline("image-classification", model="coopgallura/crosta-pecorino-vit")

for foto in ["cantina/fila3_forma12.jpg", "cantina/fila3_forma13.jpg"]:
    print(foto, clf(foto)[0])
""", _t, t=_t)

add("blind-mj/python/decoy-hf-cached-login", "lab/visione/allena.py", "https://huggingface.co/docs/huggingface_hub/guides/cli#huggingface-cli-login", """# Il token lo prende da ~/.cache/huggingface/token (huggingface-cli login una volta sola)
from datasets import load_dataset
from transformers import AutoImageProcessor, AutoModelForImageClassification

ds = load_dataset("imagefolder", data_dir="cantina/etichettate")
proc = AutoImageProcessor.from_pretrained("google/vit-base-patch16-224")
model = AutoModelForImageClassification.from_pretrained("google/vit-base-patch16-224", num_labels=3,
                                                        ignore_mismatched_sizes=True)
print(ds)
""")

_t = digitalocean_token()
add("blind-mj/toml/do-token", "porto/tools/snapshot.toml", "https://toml.io/en/v1.0.0", """# Snapshot notturni dei droplet del sito pubblico prenotazioni
[digitalocean]
token = "@@t@@"
region = "fra1"

[snapshot]
droplets = ["booking-web-1", "booking-web-2"]
keep = 7
ora = "03:30"
""", _t, t=_t)

add("blind-mj/toml/decoy-cargo-config", "raccolta/telemetria/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", """[registries.coopgallura]
index = "sparse+https://git.coopgallura.it/api/packages/raccolta/cargo/"
# token: `cargo login --registry coopgallura` (salvato in ~/.cargo/credentials.toml, non qui)

[target.armv7-unknown-linux-gnueabihf]
linker = "arm-linux-gnueabihf-gcc"

[build]
target = "armv7-unknown-linux-gnueabihf"
""")

# ---------------------------------------------------------------- altri segreti -----------------

_pw = words_pw()
add("blind-mj/k8s/deployment-env-value", "porto/k8s/gate-ocr-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: gate-ocr
  namespace: porto-cagliari
spec:
  replicas: 2
  selector:
    matchLabels: { app: gate-ocr }
  template:
    metadata:
      labels: { app: gate-ocr }
    spec:
      containers:
        - name: ocr
          image: registry.portoca.internal:5000/gate-ocr:1.9.0
          env:
            - name: CAMERA_USER
              value: ocr-reader
            - name: CAMERA_PASSWORD
              value: "@@pw@@"
            - name: VARCHI
              value: "V1,V2,V3-Sud"
""", _pw, pw=_pw)

add("blind-mj/k8s/decoy-secret-key-ref", "porto/k8s/booking-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking
  namespace: porto-cagliari
spec:
  replicas: 3
  selector:
    matchLabels: { app: booking }
  template:
    metadata:
      labels: { app: booking }
    spec:
      containers:
        - name: booking
          image: registry.gitlab.com/portoca/booking:2.8.1
          env:
            - name: BOOKING_DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: prenotazioni-db
                  key: DB_PASSWORD
""")

_pw = rand_pw(14)
add("blind-mj/python/split-password", "raccolta/sync/ovili_sync.py", "https://peps.python.org/pep-0008/#maximum-line-length", """\"\"\"Sincronizza l'anagrafica ovili (codici ASL, coordinate) dal gestionale al server dei camion.\"\"\"
import paramiko

HOST = "raccolta.coopgallura.lan"
UTENTE = "sync"
PASSWORD = ("@@a@@"
            "@@b@@")


def invia(percorso_locale: str) -> None:
    t = paramiko.Transport((HOST, 22))
    t.connect(username=UTENTE, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(percorso_locale, "/srv/raccolta/ovili.json")
    t.close()
""", _pw, a=_pw[:7], b=_pw[7:])

_pw = words_pw()
add("blind-mj/systemd/environment-password", "ops/systemd/raccolta-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=API giro raccolta latte
After=network-online.target postgresql.service

[Service]
User=raccolta
WorkingDirectory=/opt/raccolta
Environment=RACCOLTA_DB_URL=postgresql://raccolta:@@pw@@@localhost:5432/raccolta
Environment=FLASK_ENV=production
ExecStart=/opt/raccolta/venv/bin/gunicorn -w 3 -b 127.0.0.1:8000 raccolta.wsgi:app
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", _pw, pw=_pw)

add("blind-mj/systemd/decoy-environment-file", "ops/systemd/lab-import.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """[Unit]
Description=Import giornaliero Combifoss

[Service]
Type=oneshot
User=lab
EnvironmentFile=/etc/lab/import.env
LoadCredential=db_password:/etc/credstore/lab_db_password
ExecStart=/opt/lab/venv/bin/python -m analisi.importa
""")

_pw = rand_pw(16)
_basic = b64("tablet-cisterne:" + _pw)
add("blind-mj/http/basic-auth-header", "raccolta/api-tests/carichi.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """### Carico di un ovile (prova dal tablet cisterna 07)
POST https://raccolta.coopgallura.it/api/v1/carichi
Content-Type: application/json
Authorization: Basic @@b@@

{
  "cisterna": "07",
  "ovile": "IT045SS012",
  "litri": 412,
  "temperatura": 4.1
}

### Lista carichi di oggi
GET https://raccolta.coopgallura.it/api/v1/carichi?data=oggi
Authorization: Basic @@b@@
""", _basic, b=_basic)

add("blind-mj/http/decoy-env-variables", "porto/api-tests/slot.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """### Slot di imbarco disponibili (nave per Civitavecchia)
GET {{host}}/api/slot?porto=CAG&dest=CVV&data=2026-06-12
Authorization: Bearer {{token}}

### Prenota slot per semirimorchio
POST {{host}}/api/prenotazioni
Authorization: Bearer {{token}}
Content-Type: application/json

{ "slot": "CAG-CVV-20260612-2030", "targa": "XA123BC", "lunghezza_m": 13.6 }
""")

_k = slack_bot()
add("blind-mj/javascript/slack-bot-token", "porto/bot/index.js", "https://slack.dev/bolt-js/getting-started", """const { App } = require("@slack/bolt");

// /slot CAG-OLB -> slot liberi per domani
const app = new App({
  token: "@@k@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/slot", async ({ command, ack, respond }) => {
  await ack();
  const [tratta] = command.text.split(" ");
  await respond(`Slot liberi per ${tratta}: controllo in corso...`);
});

(async () => {
  await app.start(3000);
  console.log("bot porto avviato");
})();
""", _k, k=_k)

_pw = words_pw()
add("blind-mj/php/pdo-dsn", "portale-soci/legacy/conferimenti.php", "https://www.php.net/manual/en/pdo.connections.php", """<?php
// Vecchia pagina conferimenti (da dismettere, la usa ancora l'ufficio di Tempio)
$pdo = new PDO('mysql:host=192.168.10.3;dbname=conferimenti;charset=utf8mb4', 'ufficio', '@@pw@@');
$socio = $_GET['socio'] ?? '';
$st = $pdo->prepare('SELECT data, litri, prezzo FROM conferimenti WHERE socio = ? ORDER BY data DESC LIMIT 60');
$st->execute([$socio]);
foreach ($st as $r) {
    printf("<tr><td>%s</td><td>%d</td><td>%.3f</td></tr>\\n", $r['data'], $r['litri'], $r['prezzo']);
}
""", _pw, pw=_pw)

_k = fakes.aws_secret_key(_seed())
add("blind-mj/python/boto3-keys", "caseificio/backup/carica_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """import datetime

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-south-1",
    aws_access_key_id="@@id@@",
    aws_secret_access_key="@@k@@",
)

oggi = datetime.date.today().isoformat()
s3.upload_file("/var/backups/caseificio_prod.dump", "coopgallura-backup", f"caseificio/{oggi}.dump")
print("backup caricato", oggi)
""", _k, id=fakes.aws_key_id(_seed()), k=_k)

add("blind-mj/python/decoy-boto3-profile", "caseificio/backup/carica_s3_v2.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#shared-credentials-file", """import datetime

import boto3

# profilo 'backup-caseificio' da ~/.aws/credentials del server (non nel repo)
s3 = boto3.Session(profile_name="backup-caseificio").client("s3")

oggi = datetime.date.today().isoformat()
s3.upload_file("/var/backups/caseificio_prod.dump", "coopgallura-backup", f"caseificio/{oggi}.dump")
print("backup caricato", oggi)
""")

_pw = rand_pw(20)
add("blind-mj/json/json-in-string", "porto/booking/config/agenzie.json", "https://www.json.org/json-en.html", """{
  "agenzie": [
    {
      "codice": "AGM-CA-01",
      "nome": "Agenzia Marittima Sarda",
      "endpoint": "https://api.agenziamarittima-ca.example/v2",
      "credenziali": "{\\"client_id\\": \\"portoca-booking\\", \\"client_secret\\": \\"@@pw@@\\"}"
    },
    {
      "codice": "AGM-OL-02",
      "nome": "Olbia Shipping Services",
      "endpoint": "https://edi.olbiashipping.example/in",
      "credenziali": null
    }
  ]
}
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/shell/mysqldump-cron", "ops/cron/backup-lab.cron", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it@coopgallura.it
# dump notturno del DB del laboratorio
15 2 * * * mysqldump -h 192.168.40.5 -u lab_backup -p'@@pw@@' --single-transaction analisi_latte | gzip > /mnt/nas/lab/analisi_$(date +\\%F).sql.gz
# pulizia dopo 30 giorni
0 4 * * * find /mnt/nas/lab -name 'analisi_*.sql.gz' -mtime +30 -delete
""", _pw, pw=_pw)

add("blind-mj/shell/decoy-mysql-defaults-file", "ops/cron/backup-caseificio.cron", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """# m h dom mon dow  command
MAILTO=it@coopgallura.it
# le credenziali stanno in /root/.my.cnf (0600), niente password sulla riga di comando
30 2 * * * mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction magazzino | gzip > /mnt/nas/caseificio/magazzino_$(date +\\%F).sql.gz
0 4 * * * find /mnt/nas/caseificio -name 'magazzino_*.sql.gz' -mtime +30 -delete
""")

_pw = rand_pw(18)
add("blind-mj/ini/my-cnf", "ops/mysql/my.cnf.server-lab", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """# /root/.my.cnf sul server del laboratorio
[client]
user = lab_backup
password = "@@pw@@"
host = 192.168.40.5

[mysqldump]
single-transaction
quick
""", _pw, pw=_pw)

# ---------------------------------------------------------------- note, chat, runbook -------------

_pw = words_pw()
add("blind-mj/text/handover-note", "docs/note/passaggio-consegne-luglio.txt", "https://en.wikipedia.org/wiki/Plain_text", """PASSAGGIO CONSEGNE - IT caseificio (Giuanne -> Martina), luglio 2026

- Il NAS dell'ufficio (nas-ufficio, Synology) ha l'utente admin disattivato.
  Usare "itadmin", la password è @@pw@@ (cambiala appena puoi).
- Il backup su S3 gira alle 02:30, controllare la mail la mattina.
- La stampante etichette forme (Zebra) ogni tanto perde l'IP: riavviare.
- Sos tablet de sos camiones: aggiornamenti solo il lunedì.

Bona fortuna!
""", _pw, pw=_pw)

add("blind-mj/text/decoy-handover-bitwarden", "docs/note/passaggio-consegne-agosto.txt", "https://en.wikipedia.org/wiki/Plain_text", """PASSAGGIO CONSEGNE - IT porto (Efisio -> Roberta), agosto 2026

- Tutte le password sono nel Bitwarden dell'organizzazione, raccolta "Porto".
- Password del router varco Sud: ruotata il 01/08, NON è più quella del manuale (admin/admin).
- Token GitLab di deploy: scade il 30/09, rinnovare da Settings > Access Tokens.
- Turni di agosto: la notte del 15 c'è il picco di imbarchi per Civitavecchia.
""")

_k = hexs(40)
add("blind-mj/markdown/chat-export-token", "docs/chat/2026-05-14-canale-dev.md", "https://www.markdownguide.org/basic-syntax/", """**Efisio** 10:42
ragazzi qualcuno ha il token dell'API del Port Community System? il mio è scaduto

**Roberta** 10:44
usa quello di servizio per ora: `@@k@@`
header `X-PCS-Token`, scade a fine mese

**Efisio** 10:45
grazie, funziona 👍

**Roberta** 10:51
poi lo togliamo da qui eh
""", _k, k=_k)

_pw = rand_pw(14)
add("blind-mj/shell/curl-user-password", "porto/tools/scarica_arrivi.sh", "https://curl.se/docs/manpage.html#-u", """#!/usr/bin/env bash
# Scarica la lista arrivi navi di domani dal sistema dell'Autorità Portuale (CSV)
set -e
DOMANI=$(date -d tomorrow +%Y-%m-%d)
curl -fsS -u portoca_booking:@@pw@@ \\
  "https://pcs.adsp-sardegna.example/api/arrivi?porto=CAG&data=${DOMANI}&formato=csv" \\
  -o "/srv/booking/arrivi/arrivi_${DOMANI}.csv"
echo "ok ${DOMANI}"
""", _pw, pw=_pw)

add("blind-mj/shell/decoy-curl-netrc", "porto/tools/scarica_partenze.sh", "https://curl.se/docs/manpage.html#--netrc-file", """#!/usr/bin/env bash
# Partenze di domani; le credenziali vengono da /etc/portoca/pcs.netrc (0600, root)
set -e
DOMANI=$(date -d tomorrow +%Y-%m-%d)
curl -fsS --netrc-file /etc/portoca/pcs.netrc \\
  "https://pcs.adsp-sardegna.example/api/partenze?porto=CAG&data=${DOMANI}&formato=csv" \\
  -o "/srv/booking/partenze/partenze_${DOMANI}.csv"
""")

_t = hexs(32)
add("blind-mj/go/bearer-header", "porto/pcs/client.go", "https://pkg.go.dev/net/http#Header.Set", """package pcs

import (
	"net/http"
	"time"
)

// Client del Port Community System (manifesti, ETA navi)
var client = &http.Client{Timeout: 20 * time.Second}

func Get(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer @@t@@")
	req.Header.Set("Accept", "application/json")
	return client.Do(req)
}
""", _t, t=_t)

add("blind-mj/go/decoy-bearer-from-env", "porto/pcs/client_v2.go", "https://pkg.go.dev/os#Getenv", """package pcs

import (
	"net/http"
	"os"
)

func NewRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PCS_TOKEN"))
	return req, nil
}
""")

_k = azure_storage_key()
add("blind-mj/env/azure-storage-connection", "porto/foto-danni/.env.production", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """# Foto danni ai semirimorchi (check-in al varco) -> Azure Blob
NODE_ENV=production
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=portocafoto;AccountKey=@@k@@;EndpointSuffix=core.windows.net
AZURE_CONTAINER=danni-trailer
MAX_FOTO=12
""", _k, k=_k)

add("blind-mj/env/decoy-azurite", "porto/foto-danni/.env.development", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", """# Sviluppo locale con Azurite: è la chiave pubblica dell'emulatore, documentata da Microsoft
NODE_ENV=development
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;
AZURE_CONTAINER=danni-trailer
MAX_FOTO=12
""")

_pw = words_pw()
add("blind-mj/yaml/grafana-datasource", "ops/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """apiVersion: 1
datasources:
  - name: Sonde celle
    type: influxdb
    access: proxy
    url: http://influx.coopgallura.lan:8086
    database: sonde
    user: grafana
    secureJsonData:
      password: "@@pw@@"
""", _pw, pw=_pw)

add("blind-mj/yaml/decoy-grafana-env-expansion", "ops/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """apiVersion: 1
datasources:
  - name: Raccolta
    type: postgres
    url: raccolta.coopgallura.lan:5432
    user: grafana_ro
    jsonData:
      database: raccolta
      sslmode: require
    secureJsonData:
      password: $GF_RACCOLTA_DB_PASSWORD
""")

_pw = rand_pw(22)
add("blind-mj/toml/influx-telegraf", "ops/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/plugins/", """[agent]
  interval = "30s"

# sonde di temperatura e umidità delle celle di stagionatura
[[inputs.modbus]]
  name = "cella2"
  controller = "tcp://192.168.10.50:502"
  holding_registers = [
    { name = "temperatura", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [100] },
  ]

[[outputs.influxdb]]
  urls = ["http://influx.coopgallura.lan:8086"]
  database = "sonde"
  username = "telegraf"
  password = "@@pw@@"
""", _pw, pw=_pw)

_k = fakes.aws_secret_key(_seed())
_kid = fakes.aws_key_id(_seed())
add("blind-mj/terraform/tfvars-aws", "porto/infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """region          = "eu-south-1"
ambiente        = "prod"
booking_domain  = "booking.portocagliari.example"
aws_access_key  = "@@kid@@"
aws_secret_key  = "@@k@@"
alb_cert_arn    = "arn:aws:acm:eu-south-1:123456789012:certificate/3f6c1e0a-2b7d-4e9a-8c5f-1d0b2a3c4e5f"
""", _k, kid=_kid, k=_k)

add("blind-mj/terraform/decoy-variables-sensitive", "porto/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """variable "region" {
  type    = string
  default = "eu-south-1"
}

variable "db_password" {
  type      = string
  sensitive = true
  # valore da TF_VAR_db_password nella pipeline
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

_pem = fakes.fake_pem(_seed(), "EC")
add("blind-mj/k8s-secret/tls-key-stringdata", "porto/k8s/booking-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: booking-tls
  namespace: porto-cagliari
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIB9TCCAZugAwIBAgIUe3sdJ2yq8v0b0O3K1nQ0ZlTm6xYwCgYIKoZIzj0EAwIw
    -----END CERTIFICATE-----
  tls.key: |
""" + "\n".join("    " + line for line in _pem.splitlines()) + "\n", _pem)

# ---------------------------------------------------------------- app mobili e build --------------

_pw = words_pw()
add("blind-mj/gradle/keystore-password", "raccolta/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# firma release app "Giro Raccolta"
RACCOLTA_STORE_FILE=../keystore/raccolta-release.jks
RACCOLTA_KEY_ALIAS=raccolta
RACCOLTA_STORE_PASSWORD=@@pw@@
RACCOLTA_KEY_PASSWORD=@@pw@@
""", _pw, pw=_pw)

add("blind-mj/gradle/decoy-signing-env", "raccolta/android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#sign-auto", """plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "it.coopgallura.raccolta"
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RACCOLTA_STORE_FILE") ?: "../keystore/raccolta-release.jks")
            storePassword = System.getenv("RACCOLTA_STORE_PASSWORD")
            keyAlias = "raccolta"
            keyPassword = System.getenv("RACCOLTA_KEY_PASSWORD")
        }
    }
}
""")

_pw = rand_pw(18)
add("blind-mj/groovy/jenkinsfile-password", "tracciabilita/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
    agent any
    environment {
        NEXUS_URL = 'https://nexus.coopgallura.it'
        NEXUS_PASS = '@@pw@@'
    }
    stages {
        stage('Build') {
            steps { sh './mvnw -B package' }
        }
        stage('Deploy') {
            steps {
                sh './mvnw -B deploy -Dnexus.user=ci-deploy -Dnexus.password=$NEXUS_PASS'
            }
        }
    }
}
""", _pw, pw=_pw)

add("blind-mj/groovy/decoy-jenkins-credentials", "lab/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
    agent { docker { image 'python:3.12' } }
    stages {
        stage('Test') {
            steps { sh 'pip install -r requirements.txt && pytest -q' }
        }
        stage('Publish') {
            environment { PYPI = credentials('pypi-coopgallura') }
            steps { sh 'twine upload -u __token__ -p "$PYPI_PSW" dist/*' }
        }
    }
}
""")

_k = fakes.fake("", 40, _seed())
add("blind-mj/dart/api-key-const", "raccolta/flutter/lib/config.dart", "https://dart.dev/language/variables#final-and-const", """// Configurazione app pastori (Flutter): prenotazione ritiro straordinario
class Config {
  static const String baseUrl = 'https://api.coopgallura.it/pastori/v1';
  static const String apiKey = '@@k@@';
  static const Duration timeout = Duration(seconds: 15);

  // lingue: italiano e sardo (logudorese)
  static const supportedLocales = ['it', 'sc'];
}
""", _k, k=_k)

_pw = words_pw()
add("blind-mj/perl/dbi-connect", "caseificio/legacy/etichette.pl", "https://metacpan.org/pod/DBI#connect", """#!/usr/bin/perl
# Stampa etichette forme per la Zebra (vecchio script, funziona ancora)
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect('dbi:Pg:dbname=caseificio_prod;host=10.20.1.14', 'etichette', '@@pw@@',
                       { RaiseError => 1, AutoCommit => 1 });
my $sth = $dbh->prepare('SELECT lotto, data_produzione, peso FROM forme WHERE stampata = false');
$sth->execute;
while (my ($lotto, $data, $peso) = $sth->fetchrow_array) {
    print "^XA^FO50,50^A0N,40^FD$lotto  $data  ${peso}kg^FS^XZ\\n";
}
""", _pw, pw=_pw)

_s = hexs(64)
add("blind-mj/elixir/secret-key-base", "porto/tracker/config/prod.secret.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """import Config

# Tracker posizione trailer in piazzale (Phoenix LiveView)
config :tracker, TrackerWeb.Endpoint,
  http: [port: 4000],
  secret_key_base: "@@s@@"

config :tracker, Tracker.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10
""", _s, s=_s)

add("blind-mj/elixir/decoy-runtime-env", "porto/tracker/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE mancante (mix phx.gen.secret)"

  config :tracker, TrackerWeb.Endpoint, secret_key_base: secret_key_base
  config :tracker, Tracker.Repo, url: System.fetch_env!("DATABASE_URL")
end
""")

_pem = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-mj/markdown/key-in-runbook", "docs/runbook-accesso-tablet.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """# Accesso SSH ai tablet Linux delle cisterne

Se il tablet non si aggiorna, entrare in SSH dal portatile dell'officina.
Chiave (utente `bordo`), salvarla in `~/.ssh/cisterne` con permessi 600:

```
@@k@@
```

Poi: `ssh -i ~/.ssh/cisterne bordo@cisterna-07.vpn`
""", _pem, k=_pem)

add("blind-mj/markdown/decoy-key-fingerprint", "docs/runbook-accesso-server.md", "https://man.openbsd.org/ssh-keygen.1", """# Accesso ai server del porto

Le chiavi private **non** stanno nel wiki: ognuno usa la propria, registrata in `authorized_keys`
tramite Ansible (`ops/ansible/roles/utenti`).

| Utente  | Tipo    | Fingerprint                                           |
|---------|---------|-------------------------------------------------------|
| efisio  | ed25519 | SHA256:Yk3pQ8vN2wLr5tZ0bC7mX1sD4fG9hJ6aE2uI8oP0qRk   |
| roberta | ed25519 | SHA256:pL0mN9bV8cX7zA6sD5fG4hJ3kL2qW1eR0tY9uI8oPa   |
| deploy  | rsa4096 | SHA256:3xk9Qm2Lr7VdT0pWc5bN8yHfJ1sZ4gUe6aKoRiXvBtM   |
""")

_pw = rand_pw(16)
add("blind-mj/csharp/smtp-credential", "porto/Notifiche/MailSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """using System.Net;
using System.Net.Mail;

namespace Notifiche;

public class MailSender
{
    // Conferma prenotazione slot all'autotrasportatore
    public void Invia(string a, string oggetto, string corpo)
    {
        using var smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("prenotazioni@portocagliari.example", "@@pw@@")
        };
        smtp.Send(new MailMessage("prenotazioni@portocagliari.example", a, oggetto, corpo));
    }
}
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/env/laravel-env", "portale-soci/.env", "https://laravel.com/docs/10.x/configuration#environment-configuration", """APP_NAME="Portale Soci"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://soci.coopgallura.it

DB_CONNECTION=mysql
DB_HOST=192.168.10.3
DB_PORT=3306
DB_DATABASE=portale_soci
DB_USERNAME=portale
DB_PASSWORD="@@pw@@"

MAIL_MAILER=sendgrid
""", _pw, pw=_pw)

_k = fakes.fake("base64:", 43, _seed()) + "="
add("blind-mj/env/laravel-app-key", "portale-soci/.env.staging", "https://laravel.com/docs/10.x/encryption#configuration", """APP_NAME="Portale Soci (staging)"
APP_ENV=staging
APP_KEY=@@k@@
APP_DEBUG=true
APP_URL=https://staging.soci.coopgallura.it
DB_CONNECTION=sqlite
""", _k, k=_k)

add("blind-mj/env/decoy-laravel-empty-key", "portale-soci/.env.testing", "https://laravel.com/docs/10.x/testing#the-env-testing-environment-file", """APP_NAME="Portale Soci (test)"
APP_ENV=testing
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
""")

# ---------------------------------------------------------------- reti, vpn, broker ---------------

_wk = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("blind-mj/wireguard/private-key", "ops/wireguard/cisterna-07.conf", "https://www.wireguard.com/quickstart/", """# Tablet cisterna 07 -> concentratore VPN caseificio (Luras)
[Interface]
PrivateKey = @@k@@
Address = 10.77.0.17/32
DNS = 10.20.1.1

[Peer]
PublicKey = 4nR6vB0qL3mX8yZ1cT5wE9uH2jK7fD0sA6gP3oI1lQ8=
Endpoint = vpn.coopgallura.it:51820
AllowedIPs = 10.20.0.0/16, 10.77.0.0/24
PersistentKeepalive = 25
""", _wk, k=_wk)

add("blind-mj/wireguard/decoy-peers-public", "ops/wireguard/peers.md", "https://www.wireguard.com/quickstart/", """# Peer VPN dei camion (solo chiavi PUBBLICHE)

| Cisterna | IP VPN       | Chiave pubblica                                  |
|----------|--------------|--------------------------------------------------|
| 03       | 10.77.0.13   | hV2kP8sN4qL1mX6yZ0cT5wE9uR3jK7fD2sA6gP1oI0l=     |
| 05       | 10.77.0.15   | Qm3rT8vLz1pXc9Wk3yHn6u0aBfD7eGjK2sMoNqRtUvW=     |
| 07       | 10.77.0.17   | zX8cV6bN4mQ2wE0rT9yU7iOpAsDfGhJkLqWeRtYuIoP=     |

Le chiavi private restano sui tablet (`/etc/wireguard/wg0.conf`, 0600).
""")

_pw = fakes.redis_password(_seed())
add("blind-mj/shell-history/redis-cli", "ops/notes/history_booking01.txt", "https://redis.io/docs/latest/develop/connect/cli/", """  501  sudo -iu booking
  502  redis-cli -h redis.portoca.internal -a '@@pw@@' info keyspace
  503  redis-cli -h redis.portoca.internal -a '@@pw@@' --scan --pattern 'slot:CAG-CVV:*' | head
  504  exit
  505  df -h
  506  sudo systemctl status booking
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/markdown/psql-pgpassword", "raccolta/docs/query-utili.md", "https://www.postgresql.org/docs/current/libpq-envars.html", """# Query utili (raccolta)

Litri per giro, ultima settimana:

```bash
PGPASSWORD='@@pw@@' psql -h raccolta.coopgallura.lan -U raccolta -d raccolta -c "
  SELECT giro, sum(litri) FROM carichi
  WHERE data > now() - interval '7 days' GROUP BY giro ORDER BY 2 DESC;"
```

Ovili senza carico da più di 3 giorni: vedi `sql/ovili_fermi.sql`.
""", _pw, pw=_pw)

add("blind-mj/markdown/decoy-psql-pgpass", "lab/docs/query-utili.md", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# Query utili (laboratorio)

Configura prima `~/.pgpass` (una riga `host:porta:db:utente:password`, permessi 600),
poi:

```bash
psql -h 10.20.1.14 -U lab_ro -d caseificio_prod -c "SELECT count(*) FROM forme WHERE data_produzione = current_date;"
```

Non serve mai scrivere la password nel comando.
""")

_s = rand_pw(32)
add("blind-mj/python/flask-secret-key", "raccolta/raccolta/__init__.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", """from flask import Flask

from .carichi import bp as carichi_bp
from .ovili import bp as ovili_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "@@s@@"
    app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql:///raccolta"
    app.register_blueprint(carichi_bp, url_prefix="/api/v1/carichi")
    app.register_blueprint(ovili_bp, url_prefix="/api/v1/ovili")
    return app
""", _s, s=_s)

_s = rand_pw(40)
add("blind-mj/json/node-config-jwt", "porto/api/config/production.json", "https://github.com/node-config/node-config/wiki/Configuration-Files", """{
  "server": { "port": 8080 },
  "auth": {
    "jwtSecret": "@@s@@",
    "expiresIn": "8h"
  },
  "porti": ["CAG", "OLB", "PTO", "AHO"],
  "slotMinuti": 30
}
""", _s, s=_s)

add("blind-mj/json/decoy-node-config-custom-env", "porto/api/config/custom-environment-variables.json", "https://github.com/node-config/node-config/wiki/Environment-Variables#custom-environment-variables", """{
  "server": { "port": "PORT" },
  "auth": {
    "jwtSecret": "JWT_SECRET",
    "expiresIn": "JWT_EXPIRES_IN"
  },
  "db": {
    "password": "BOOKING_DB_PASSWORD"
  }
}
""")

_pw = words_pw()
add("blind-mj/php/define-constants", "sito-vetrina/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-settings", """<?php
// Sito vetrina del pecorino (WordPress) - shop online
define( 'DB_NAME', 'vetrina_wp' );
define( 'DB_USER', 'vetrina' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'pg_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _pw, pw=_pw)

add("blind-mj/php/decoy-wp-salts-placeholder", "sito-vetrina/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'wp_';
""")

_pw = rand_pw(20)
add("blind-mj/python/mongo-uri", "porto/analytics/tempi_attesa.py", "https://pymongo.readthedocs.io/en/stable/examples/authentication.html", """\"\"\"Tempi di attesa dei trailer in piazzale (dal check-in all'imbarco), per fascia oraria.\"\"\"
from pymongo import MongoClient

client = MongoClient("mongodb+srv://analytics:@@pw@@@cluster0.portoca.mongodb.net/?retryWrites=true")
db = client["piazzale"]

pipeline = [
    {"$match": {"stato": "imbarcato"}},
    {"$project": {"ora": {"$hour": "$checkin"}, "attesa": {"$subtract": ["$imbarco", "$checkin"]}}},
    {"$group": {"_id": "$ora", "media_ms": {"$avg": "$attesa"}}},
    {"$sort": {"_id": 1}},
]
for r in db.transiti.aggregate(pipeline):
    print(f"{r['_id']:02d}:00  {r['media_ms'] / 60000:.0f} min")
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/ini/ansible-inventory-become", "ops/ansible/inventory/porto.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """[booking]
booking01.portoca.internal
booking02.portoca.internal

[varchi]
varco-nord.portoca.internal
varco-sud.portoca.internal

[porto:children]
booking
varchi

[porto:vars]
ansible_user=efisio
ansible_become_password=@@pw@@
""", _pw, pw=_pw)

add("blind-mj/htpasswd/decoy-apr1-hash", "ops/nginx/htpasswd.grafana", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """# utenti per Grafana (dietro nginx basic auth) - hash apr1, non password in chiaro
martina:$apr1$Qp3Lk9sV$2bN7xRz4mC8tW1yF6hJ0e.
giuanne:$apr1$Zr8Tm2aX$kP5vD9nL3qW7sE1uY4cB0/
bachisio:$apr1$Hs6Nd4pE$uV2xC8mQ5rT1yL9kA3fG7.
ufficio:$apr1$Wb1Yc7kR$eM4nJ6sH9pZ2tX8vQ0dL5/
""")

_cs = rand_pw(32)
add("blind-mj/yaml/keycloak-client-secret", "porto/api/src/main/resources/application-oidc.yml", "https://docs.spring.io/spring-security/reference/servlet/oauth2/login/core.html", """spring:
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: booking-backoffice
            client-secret: @@cs@@
            scope: openid,profile,email
        provider:
          keycloak:
            issuer-uri: https://sso.portocagliari.example/realms/porto
""", _cs, cs=_cs)

_k = mapbox_secret()
add("blind-mj/shell/mapbox-upload", "raccolta/mappe/carica_tileset.sh", "https://docs.mapbox.com/api/maps/uploads/", """#!/bin/bash
# Carica su Mapbox il tileset dei pascoli e degli ovili (Alta Gallura)
export MAPBOX_ACCESS_TOKEN=@@k@@
tilesets upload-source coopgallura ovili-2026 ovili_2026.geojson.ld --replace
tilesets create coopgallura.ovili-2026 --recipe recipe.json --name "Ovili 2026"
tilesets publish coopgallura.ovili-2026
""", _k, k=_k)

add("blind-mj/javascript/decoy-mapbox-public", "raccolta/dashboard/src/mappa.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """import mapboxgl from "mapbox-gl";

// token pubblico (pk.) con restrizione di URL su dashboard.coopgallura.it
mapboxgl.accessToken = "pk.eyJ1IjoiY29vcGdhbGx1cmEiLCJhIjoiY2x4N2Rhc2JvYXJkIn0.Vq3kM8pL2wN6rT0yX4cB1g";

export const mappa = new mapboxgl.Map({
  container: "mappa",
  style: "mapbox://styles/coopgallura/ovili-2026",
  center: [9.18, 40.94],
  zoom: 10,
});
""")

# ---------------------------------------------------------------- sensori, firmware, IoT -----------

_pw = passphrase()
add("blind-mj/cpp/arduino-wifi", "caseificio/firmware/sonda_cella/sonda_cella.ino", "https://docs.arduino.cc/libraries/wifi/", """// Sonda temperatura/umidità cella di stagionatura -> MQTT
#include <WiFi.h>
#include <PubSubClient.h>
#include <DHT.h>

const char* WIFI_SSID = "Caseificio-IoT";
const char* WIFI_PASS = "@@pw@@";
const char* MQTT_HOST = "192.168.10.5";

WiFiClient net;
PubSubClient mqtt(net);
DHT dht(4, DHT22);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
  dht.begin();
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("sonda-cella3");
  mqtt.publish("celle/3/temperatura", String(dht.readTemperature()).c_str());
  mqtt.publish("celle/3/umidita", String(dht.readHumidity()).c_str());
  delay(60000);
}
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/yaml/esphome-secrets", "caseificio/esphome/secrets.yaml", "https://esphome.io/guides/faq.html#how-do-i-use-my-home-assistant-secrets-yaml", """# secrets.yaml ESPHome (sonde celle 1-4)
wifi_ssid: "Caseificio-IoT"
wifi_password: "@@pw@@"
ota_password: ""   # OTA solo via cavo per ora
api_encryption_key: ""
# sonde nuove (cella 5) ancora da configurare
""", _pw, pw=_pw)

add("blind-mj/yaml/decoy-esphome-secret-refs", "caseificio/esphome/sonda-cella4.yaml", "https://esphome.io/guides/faq.html#how-do-i-use-my-home-assistant-secrets-yaml", """esphome:
  name: sonda-cella4
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
ota:
  - platform: esphome
    password: !secret ota_password
sensor:
  - platform: dht
    pin: GPIO4
    model: DHT22
    temperature: { name: "Cella 4 temperatura" }
    humidity: { name: "Cella 4 umidità" }
""")

_pw = rand_pw(16)
add("blind-mj/c/plc-credentials-header", "caseificio/firmware/gateway_plc/config.h", "https://gcc.gnu.org/onlinedocs/cpp/Object-like-Macros.html", """#ifndef GATEWAY_PLC_CONFIG_H
#define GATEWAY_PLC_CONFIG_H

/* Gateway tra PLC pastorizzatore (S7-1200) e server HACCP */
#define PLC_IP            "192.168.10.20"
#define PLC_RACK          0
#define PLC_SLOT          1
#define HACCP_API_URL     "https://haccp.coopgallura.lan/api/letture"
#define HACCP_API_USER    "gateway-pastorizzatore"
#define HACCP_API_PASS    "@@pw@@"
#define INTERVALLO_MS     5000

#endif
""", _pw, pw=_pw)

add("blind-mj/c/decoy-config-template", "caseificio/firmware/gateway_plc/config.h.in", "https://cmake.org/cmake/help/latest/command/configure_file.html", """#ifndef GATEWAY_PLC_CONFIG_H
#define GATEWAY_PLC_CONFIG_H

/* Generato da CMake: -DHACCP_API_PASS=... alla configurazione (mai committare config.h) */
#define PLC_IP            "@PLC_IP@"
#define HACCP_API_URL     "@HACCP_API_URL@"
#define HACCP_API_USER    "@HACCP_API_USER@"
#define HACCP_API_PASS    "@HACCP_API_PASS@"
#define INTERVALLO_MS     5000

#endif
""")

_pw = words_pw()
add("blind-mj/text/vault-password-file", "ops/ansible/.vault_pass", "https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_passwords.html#storing-passwords-in-files", """@@pw@@
# file letto da ansible.cfg (vault_password_file); NON dovrebbe stare nel repo
# TODO spostarlo in ~/.ansible/ e ruotare
# (Efisio, 2026-02)
#
""", _pw, pw=_pw)

add("blind-mj/yaml/decoy-sops-encrypted", "porto/k8s/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """apiVersion: v1
kind: Secret
metadata:
    name: booking-api
    namespace: porto-cagliari
stringData:
    STRIPE_SECRET_KEY: ENC[AES256_GCM,data:q8Vn2kPz7LwX1c9R5tYb3mHj0sDf4gAe6uIo,iv:Jk3LmN8pQ2rS6tU0vW4xY8zA2bC6dE0f=,tag:Hg7Tr3Yp1Lk5Mn9Qa2Ws6E==,type:str]
    JWT_SECRET: ENC[AES256_GCM,data:Zx4Cv8Bn2Mq6Wp0Er4Ty8Ui2Op6As0Df4Gh8Jk2Lz6Xc0Vb4Nm8Qw2Er6,iv:Pl9Ok8Ij7Uh6Yg5Tf4Rd3Es2Wa1Qz0Xc=,tag:Mn8Bv7Cx6Zl5Kj4Hg3Fd2S==,type:str]
sops:
    age:
        - recipient: age1qk7x9d3lm2v8n5p0r4t6w1y3z5c7e9g2j4l6n8q0s2u4w6y8a0c2e4g6
    lastmodified: "2026-05-02T09:14:22Z"
    mac: ENC[AES256_GCM,data:Rt5Yh6Uj7Ik8Ol9Pa0Sd1Fg2Hj3Kl4,iv:Qw1Er2Ty3Ui4Op5As6Df7Gh8=,tag:Zx9Cv8Bn7Mq6Wp5Er4Ty3==,type:str]
    version: 3.8.1
""")

_t = hexs(40)
add("blind-mj/log/auth-header-debug", "porto/logs/pcs-client-debug.log", "https://docs.python.org/3/library/http.client.html#http.client.HTTPConnection.set_debuglevel", """[2026-05-20 06:01:12] DEBUG pcs-client: GET https://pcs.adsp-sardegna.example/api/eta?nave=IMO9350123
[2026-05-20 06:01:12] DEBUG pcs-client: > Accept: application/json
[2026-05-20 06:01:12] DEBUG pcs-client: > X-PCS-Token: @@t@@
[2026-05-20 06:01:13] DEBUG pcs-client: < 200 OK (412 bytes)
[2026-05-20 06:01:13] INFO  eta: Sharden ETA 2026-05-20T19:40+02:00 (ritardo 25 min)
[2026-05-20 06:01:13] INFO  slot: riprogrammati 14 slot di imbarco
""", _t, t=_t)

add("blind-mj/log/decoy-redacted-header", "porto/logs/pcs-client-debug-2.log", "https://docs.python.org/3/library/logging.html#filter-objects", """[2026-05-21 06:01:10] DEBUG pcs-client: GET https://pcs.adsp-sardegna.example/api/eta?nave=IMO9350123
[2026-05-21 06:01:10] DEBUG pcs-client: > Accept: application/json
[2026-05-21 06:01:10] DEBUG pcs-client: > X-PCS-Token: [REDACTED]
[2026-05-21 06:01:11] DEBUG pcs-client: < 200 OK (398 bytes)
[2026-05-21 06:01:11] INFO  eta: Sharden ETA 2026-05-21T19:15+02:00 (in orario)
""")

_pw = rand_pw(18)
add("blind-mj/xml/web-config-connection", "porto/Varchi.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Varchi"
         connectionString="Data Source=sql-porto.cagliari.lan;Initial Catalog=VarchiPortuali;User ID=varchi_legacy;Password=@@pw@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="VarcoDefault" value="V1" />
  </appSettings>
</configuration>
""", _pw, pw=_pw)

add("blind-mj/xml/decoy-web-config-encrypted", "porto/Varchi.Legacy/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <CipherData>
        <CipherValue>m3Yb7Q2pXk9LwV1cR5tZ8nH0sD4fG6jA2eU8iO0pQ4rS7tU1vW5xY9zA3bC7dE1fG5hI9jK3lM7nO1pQ5rS9tU3vW7xY1zA5bC9dE3f==</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""")

_t = rand_pw(32)
add("blind-mj/json/postman-environment", "porto/api-tests/porto-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "id": "8c1d4f2a-6b3e-4a9c-9d7e-2f5a1b0c3e4d",
  "name": "Porto - produzione",
  "values": [
    { "key": "host", "value": "https://booking.portocagliari.example", "enabled": true },
    { "key": "api_key", "value": "@@t@@", "type": "secret", "enabled": true },
    { "key": "porto", "value": "CAG", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", _t, t=_t)

add("blind-mj/json/decoy-postman-empty", "porto/api-tests/porto-staging.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "id": "2a7e9c1b-3d5f-4b8a-8e6c-0f1a2b3c4d5e",
  "name": "Porto - staging",
  "values": [
    { "key": "host", "value": "https://staging.booking.portocagliari.example", "enabled": true },
    { "key": "api_key", "value": "", "type": "secret", "enabled": true },
    { "key": "porto", "value": "CAG", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""")

_pw = words_pw()
add("blind-mj/python/smtplib-login", "caseificio/scripts/report_produzione.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """\"\"\"Report giornaliero: forme prodotte, latte lavorato, resa (kg formaggio / 100 L).\"\"\"
import smtplib
from email.message import EmailMessage


def invia_report(testo: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Produzione di oggi - Caseificio Luras"
    msg["From"] = "produzione@coopgallura.it"
    msg["To"] = "direzione@coopgallura.it"
    msg.set_content(testo)
    with smtplib.SMTP_SSL("smtps.aruba.it", 465) as s:
        s.login("produzione@coopgallura.it", "@@pw@@")
        s.send_message(msg)
""", _pw, pw=_pw)

# ---------------------------------------------------------------- piazzale e prenotazioni ---------

_pw = rand_pw(20)
add("blind-mj/env/prisma-database-url", "porto/web/.env", "https://www.prisma.io/docs/orm/reference/connection-urls", """# Backoffice prenotazioni trailer (Next.js + Prisma)
DATABASE_URL="postgresql://backoffice:@@pw@@@pg-booking.portoca.internal:5432/booking?schema=public&sslmode=require"
NEXT_PUBLIC_STRIPE_KEY=pk_live_placeholder_vedi_stripe_ts
NEXTAUTH_URL=https://backoffice.portocagliari.example
TZ=Europe/Rome
""", _pw, pw=_pw)

add("blind-mj/env/decoy-prisma-local", "porto/web/.env.local.example", "https://www.prisma.io/docs/orm/reference/connection-urls", """# Copiare in .env.local; database locale di sviluppo (docker compose up db)
DATABASE_URL="postgresql://backoffice:<PASSWORD>@localhost:5432/booking?schema=public"
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=
TZ=Europe/Rome
""")

_s = rand_pw(44)
add("blind-mj/kotlin/jwt-hmac-secret", "porto/booking/src/main/kotlin/it/portoca/booking/auth/Jwt.kt", "https://ktor.io/docs/server-jwt.html", """package it.portoca.booking.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import java.util.Date

object Jwt {
    private const val SECRET = "@@s@@"
    private val algoritmo = Algorithm.HMAC256(SECRET)

    fun perAutotrasportatore(partitaIva: String): String = JWT.create()
        .withIssuer("booking.portocagliari")
        .withSubject(partitaIva)
        .withExpiresAt(Date(System.currentTimeMillis() + 8 * 3600_000))
        .sign(algoritmo)
}
""", _s, s=_s)

_pw = words_pw()
add("blind-mj/swift/basic-auth-string", "raccolta/ios/GiroRaccolta/API/Client.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """import Foundation

struct Client {
    let base = URL(string: "https://raccolta.coopgallura.it/api/v1")!

    func carichiDiOggi() async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("carichi"))
        let credenziali = "tablet-cisterne:@@pw@@"
        req.setValue("Basic \\(Data(credenziali.utf8).base64EncodedString())", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", _pw, pw=_pw)

_pw = rand_pw(16)
add("blind-mj/ruby/sidekiq-redis-url", "portale-soci/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """# Job in background: PDF estratti conto, invio SMS, import conferimenti
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@pw@@@10.20.1.30:6379/2' }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@pw@@@10.20.1.30:6379/2' }
end
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/powershell/sqlcmd-password", "porto/ops/pulizia_transiti.ps1", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """# Archivia i transiti ai varchi più vecchi di 18 mesi (richiesta Garante: minimizzazione targhe)
$server = 'sql-porto.cagliari.lan'
$db = 'VarchiPortuali'
$query = @"
INSERT INTO TransitiArchivio SELECT * FROM Transiti WHERE DataOra < DATEADD(month, -18, GETDATE());
DELETE FROM Transiti WHERE DataOra < DATEADD(month, -18, GETDATE());
"@
sqlcmd -S $server -d $db -U manutenzione -P '@@pw@@' -Q $query -b
if ($LASTEXITCODE -ne 0) { Write-Error "pulizia fallita" }
""", _pw, pw=_pw)

add("blind-mj/powershell/decoy-secretmanagement", "porto/ops/pulizia_foto.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# Pulizia foto danni > 24 mesi. Credenziale dal vault locale (Microsoft.PowerShell.SecretManagement)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'sql-porto-manutenzione' -Vault PortoVault
$server = 'sql-porto.cagliari.lan'
Invoke-Sqlcmd -ServerInstance $server -Database 'FotoDanni' -Credential $cred `
  -Query "DELETE FROM Foto WHERE Scattata < DATEADD(month, -24, GETDATE());"
""")

_k = rand_pw(32)
add("blind-mj/typescript/header-api-key", "porto/web/src/api/agenzia.ts", "https://developer.mozilla.org/en-US/docs/Web/API/Headers", """// Integrazione con l'agenzia marittima: conferma prenotazione trailer sulla nave
const BASE = "https://api.agenziamarittima-ca.example/v2";

export async function confermaImbarco(prenotazione: string, nave: string) {
  const r = await fetch(`${BASE}/imbarchi`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Api-Key": "@@k@@",
    },
    body: JSON.stringify({ prenotazione, nave, porto: "CAG" }),
  });
  if (!r.ok) throw new Error(`agenzia: ${r.status}`);
  return r.json();
}
""", _k, k=_k)

add("blind-mj/typescript/decoy-fixture-fake", "porto/web/src/api/agenzia.test.ts", "https://vitest.dev/guide/mocking.html", """import { describe, expect, it, vi } from "vitest";
import { confermaImbarco } from "./agenzia";

// chiave finta per i test: fetch è mockato, nessuna chiamata reale
const FAKE_API_KEY = "test-key-not-real-0000000000000000";

describe("confermaImbarco", () => {
  it("manda la prenotazione", async () => {
    globalThis.fetch = vi.fn().mockResolvedValue({ ok: true, json: async () => ({ ok: 1, key: FAKE_API_KEY }) });
    await expect(confermaImbarco("P-1", "Sharden")).resolves.toMatchObject({ ok: 1 });
  });
});
""")

_pw = words_pw()
add("blind-mj/sql/dblink-password", "caseificio/db/vista_conferimenti.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """-- Vista sui conferimenti del portale soci (il portale ha il suo postgres su 10.20.1.15)
CREATE EXTENSION IF NOT EXISTS dblink;

CREATE OR REPLACE VIEW v_conferimenti_portale AS
SELECT *
FROM dblink('host=10.20.1.15 dbname=soci_prod user=lettore password=@@pw@@',
            'SELECT socio, data, litri FROM conferimenti')
     AS t(socio text, data date, litri integer);

COMMENT ON VIEW v_conferimenti_portale IS 'conferimenti letti dal DB del portale soci';
""", _pw, pw=_pw)

add("blind-mj/sql/decoy-user-mapping-note", "caseificio/db/fdw_portale.sql", "https://www.postgresql.org/docs/current/sql-createusermapping.html", """-- Foreign data wrapper verso il DB del portale soci.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER portale FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.20.1.15', dbname 'soci_prod');
-- La user mapping si crea a mano sul server (la password non va nel repo):
--   CREATE USER MAPPING FOR casaro SERVER portale OPTIONS (user 'lettore', password '...');
IMPORT FOREIGN SCHEMA public LIMIT TO (conferimenti) FROM SERVER portale INTO portale;
""")

_k = sendgrid_key()
add("blind-mj/yaml/ansible-task-arg", "ops/ansible/roles/newsletter/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """---
- name: Crea la lista contatti "Soci 2026" su SendGrid
  ansible.builtin.uri:
    url: https://api.sendgrid.com/v3/marketing/lists
    method: POST
    headers:
      Authorization: "Bearer @@k@@"
    body_format: json
    body:
      name: "Soci 2026"
    status_code: [200, 201]
""", _k, k=_k)

_pw = rand_pw(14)
add("blind-mj/csv/users-plaintext", "porto/import/utenti_autotrasportatori.csv", "https://www.rfc-editor.org/rfc/rfc4180", """partita_iva,ragione_sociale,email,utente,password_iniziale
01234560921,Trasporti Campidano srl,ufficio@trasporticampidano.example,trcampidano,@@pw@@
02345670924,Autotrasporti Ogliastra snc,info@autogliastra.example,autogliastra,(inviata via PEC)
03456780925,Sulcis Logistica spa,logistica@sulcislog.example,sulcislog,(inviata via PEC)
04567890926,Frigo Gallura srl,frigo@frigogallura.example,frigogallura,(inviata via PEC)
""", _pw, pw=_pw)

add("blind-mj/csv/decoy-targhe-ids", "porto/import/trailer_registrati.csv", "https://www.rfc-editor.org/rfc/rfc4180", """targa,tipo,lunghezza_m,tara_kg,rfid_tag,proprietario
XA123BC,semirimorchio frigo,13.6,7200,E2801160600002084C5A1F3B,01234560921
XA456DE,semirimorchio telonato,13.6,6400,E2801160600002084C5A2A7C,02345670924
XB789FG,cisterna alimentare,12.5,7900,E2801160600002084C5A3E10,04567890926
XC012HI,portacontainer,12.2,5300,E2801160600002084C5A4B92,03456780925
""")

_k = hexs(32)
add("blind-mj/yaml/docker-compose-env-list", "lab/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """services:
  lab-api:
    build: .
    ports: ["8081:8000"]
    environment:
      - LAB_DB_URL=mysql+pymysql://lab_latte@192.168.40.5/analisi_latte
      - MAILGUN_DOMAIN=mg.coopgallura.it
      - REFERTI_SIGNING_KEY=@@k@@
    restart: unless-stopped
""", _k, k=_k)

# ---------------------------------------------------------------- ultimi: integrazioni varie -----

_pw = rand_pw(18)
add("blind-mj/go/struct-literal-sftp", "porto/edi/config.go", "https://pkg.go.dev/golang.org/x/crypto/ssh#ClientConfig", """package edi

import "golang.org/x/crypto/ssh"

// Endpoint EDI delle compagnie (manifesti di carico)
var compagnie = []Endpoint{
	{Nome: "Linea Tirrenica", Host: "sftp.lineatirrenica.example:22", Utente: "portoca", Password: "@@pw@@"},
	{Nome: "Navi Sarde", Host: "sftp.navisarde.example:22", Utente: "portoca", ChiaveFile: "/etc/portoca/edi_ed25519"},
}

type Endpoint struct {
	Nome, Host, Utente, Password, ChiaveFile string
}

func (e Endpoint) auth() []ssh.AuthMethod { return []ssh.AuthMethod{ssh.Password(e.Password)} }
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/python/ftplib-login", "caseificio/pesa/esporta_pesate.py", "https://docs.python.org/3/library/ftplib.html", """# Esporta le pesate del giorno (tara/lordo cisterne) sull'FTP del gestionale
import datetime
from ftplib import FTP_TLS

oggi = datetime.date.today().strftime("%Y%m%d")
with FTP_TLS("ftp.gestionale-coop.example") as ftp:
    ftp.login("pesa_luras", "@@pw@@")
    ftp.prot_p()
    with open(f"C:/Pesa/export/pesate_{oggi}.csv", "rb") as fh:
        ftp.storbinary(f"STOR pesate_{oggi}.csv", fh)
print("ok", oggi)
""", _pw, pw=_pw)

_pw = rand_pw(20)
add("blind-mj/toml/poetry-auth", "lab/notes/poetry-auth.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """# copia di ~/.config/pypoetry/auth.toml del portatile lab (per installare combifoss-parser)
[http-basic.coopgallura]
username = "lab-ci"
password = "@@pw@@"

[repositories.coopgallura]
url = "https://git.coopgallura.it/api/packages/lab/pypi/simple"
""", _pw, pw=_pw)

_pw = fakes.redis_password(_seed())
add("blind-mj/shell/helm-set-password", "porto/deploy/upgrade.sh", "https://helm.sh/docs/helm/helm_upgrade/", """#!/usr/bin/env bash
set -euo pipefail
VERSIONE=${1:?versione}
helm upgrade --install booking ./charts/booking \\
  -n porto-cagliari \\
  -f charts/booking/values.yaml \\
  --set image.tag="$VERSIONE" \\
  --set redis.auth.password='@@pw@@' \\
  --wait --timeout 5m
kubectl -n porto-cagliari rollout status deploy/booking
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/k8s/configmap-password", "raccolta/k8s/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: raccolta-config
  namespace: raccolta
data:
  FLASK_ENV: production
  GIRI: "luras,calangianus,tempio,aggius,luogosanto,berchidda"
  MQTT_BROKER: mqtt.coopgallura.it
  MQTT_USER: raccolta-api
  MQTT_PASSWORD: "@@pw@@"
""", _pw, pw=_pw)

add("blind-mj/k8s/decoy-external-secret", "raccolta/k8s/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: raccolta-mqtt
  namespace: raccolta
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-coopgallura
    kind: ClusterSecretStore
  target:
    name: raccolta-mqtt
  data:
    - secretKey: MQTT_PASSWORD
      remoteRef:
        key: kv/raccolta/mqtt
        property: password
""")

_pw = rand_pw(16)
add("blind-mj/markdown/docker-run-readme", "lab/README.md", "https://docs.docker.com/engine/reference/commandline/run/#env", """# lab-api

API del laboratorio analisi latte (referti, campioni).

## Avvio sul server del laboratorio

```sh
docker run -d --name lab-api -p 8081:8000 \\
  -e LAB_DB_URL="mysql+pymysql://lab_latte:@@pw@@@192.168.40.5/analisi_latte" \\
  registry.portoca.internal:5000/lab-api:0.9
```

Log: `docker logs -f lab-api`
""", _pw, pw=_pw)

_k = stripe_key("sk_live_")
add("blind-mj/json/vscode-launch-env", "porto/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "go",
      "request": "launch",
      "name": "pagamenti (prod key, ATTENZIONE)",
      "program": "${workspaceFolder}/pagamenti/cmd",
      "env": {
        "STRIPE_KEY": "@@k@@",
        "PORTO": "CAG"
      }
    }
  ]
}
""", _k, k=_k)

_w = fakes.fake("whsec_", 32, _seed())
add("blind-mj/rst/stripe-webhook-secret", "porto/docs/pagamenti.rst", "https://stripe.com/docs/webhooks#verify-events", """Pagamenti prenotazioni
======================

Il backend riceve gli eventi Stripe su ``/webhook/stripe`` e verifica la firma.

============================  ==========================================
Parametro                     Valore
============================  ==========================================
Endpoint                      https://booking.portocagliari.example/webhook/stripe
Eventi                        ``payment_intent.succeeded``, ``charge.refunded``
Signing secret                ``@@w@@``
============================  ==========================================
""", _w, w=_w)

_w = slack_webhook()
add("blind-mj/markdown/meeting-notes-webhook", "docs/riunioni/2026-03-10-it.md", "https://www.markdownguide.org/basic-syntax/", """# Riunione IT - 10 marzo 2026

Presenti: Giuanne, Martina, Bachisio (caseificio), Efisio (porto)

- Allarmi celle: ora arrivano su Slack #caseificio. Webhook creato da Martina:
  @@w@@
- Combifoss: firmware aggiornato, export CSV ok.
- Camion: cisterna 05 in officina fino al 20/03, il giro di Aggius lo fa la 03.
- Prossima riunione: 7 aprile.
""", _w, w=_w)

_pw = words_pw()
add("blind-mj/python/sms-gateway-auth", "raccolta/sms/skebby.py", "https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication", """\"\"\"Invio SMS ai pastori tramite gateway italiano (fallback se Twilio non consegna).\"\"\"
import requests

GATEWAY = "https://api.smsgateway-italia.example/v1/sms"


def invia(numero: str, testo: str) -> bool:
    r = requests.post(
        GATEWAY,
        auth=("coopgallura", "@@pw@@"),
        json={"recipient": numero, "message": testo, "sender": "CoopGallura"},
        timeout=15,
    )
    return r.ok
""", _pw, pw=_pw)

_t = rand_pw(40)
add("blind-mj/rust/reqwest-bearer", "porto/meteo-mare/src/lib.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth", """// Previsioni mare (altezza onda) per il Golfo di Cagliari
use serde::Deserialize;

const TOKEN: &str = "@@t@@";

#[derive(Deserialize)]
pub struct Previsione { pub ora: String, pub onda_m: f32, pub vento_nodi: f32 }

pub async fn golfo() -> reqwest::Result<Vec<Previsione>> {
    reqwest::Client::new()
        .get("https://api.meteomarino.example/v1/forecast?lat=39.19&lon=9.12")
        .bearer_auth(TOKEN)
        .send().await?
        .json().await
}
""", _t, t=_t)

_pw = rand_pw(14)
add("blind-mj/php/curl-userpwd", "portale-soci/legacy/sincronizza_asl.php", "https://www.php.net/manual/en/function.curl-setopt.php", """<?php
// Scarica l'anagrafe ovini dalla BDN (proxy regionale) per i soci
$ch = curl_init('https://bdn-proxy.regione.example/api/allevamenti?provincia=SS');
curl_setopt($ch, CURLOPT_USERPWD, 'coopgallura:@@pw@@');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_TIMEOUT, 60);
$json = curl_exec($ch);
curl_close($ch);
file_put_contents(__DIR__ . '/cache/allevamenti_ss.json', $json);
echo "ok\\n";
""", _pw, pw=_pw)

_pw = words_pw()
add("blind-mj/ini/odoo-admin-passwd", "ops/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#configuration-sample", """[options]
; Odoo gestionale cooperativa (soci, conferimenti, fatture)
admin_passwd = @@pw@@
db_host = 10.20.1.14
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/coop_addons
proxy_mode = True
""", _pw, pw=_pw)

_pw = passphrase()
add("blind-mj/conf/mosquitto-bridge", "ops/mosquitto/bridge-caseificio.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """# Bridge dal broker locale del caseificio al broker centrale
connection caseificio-centrale
address mqtt.coopgallura.it:8883
bridge_cafile /etc/mosquitto/certs/ca.crt
remote_clientid caseificio-luras
remote_username caseificio-luras
remote_password @@pw@@
topic celle/# out 1
topic allarmi/# both 1
""", _pw, pw=_pw)

add("blind-mj/conf/decoy-mosquitto-passwd-hash", "ops/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """# generato con mosquitto_passwd -c (PBKDF2-SHA512, non password in chiaro)
cisterna-03:$7$101$Zk3mQ8vL2pXc9Wk3$Hn6u0aBfD7eGjK2sMoNqRtUvWxYz1AbCdEeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefGhIjKlMnOpQrStUvWx==
cisterna-05:$7$101$Pq9rS2tU5vW8xY1z$aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4kL7mN0oP3qR6sT9uV2wX5yZ8aB1cD4eF7gH==
cisterna-07:$7$101$Lm4nO7pQ0rS3tU6v$W9xY2zA5bC8dE1fG4hI7jK0lM3nO6pQ9rS2tU5vW8xY1zA4bC7dE0fG3hI6jK9lM2nO5pQ8rS1tU4vW7xY0zA3bC==
raccolta-api:$7$101$Vw5xY8zA1bC4dE7f$G0hI3jK6lM9nO2pQ5rS8tU1vW4xY7zA0bC3dE6fG9hI2jK5lM8nO1pQ4rS7tU0vW3xY6zA9bC2dE5fG8hI1jK4lM==
""")

_t = rand_pw(36)
add("blind-mj/k8s-secret/base64-api-token", "porto/k8s/pcs-token-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: pcs-token
  namespace: porto-cagliari
  annotations:
    nota: "token Port Community System, scade 2026-12-31"
type: Opaque
data:
  PCS_TOKEN: @@t@@
""", _t, t=b64(_t))

add("blind-mj/python/decoy-password-hash-compare", "raccolta/raccolta/auth.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """import hashlib
import hmac

# hash PBKDF2 della password dei tablet (la password in chiaro non sta nel codice)
SALT = bytes.fromhex("9c2e4f1a7b3d60c58e1f2a4b6c8d0e13")
HASH_TABLET = "3b8f1e6a9c2d4b7e0f5a8c1d3e6b9f2a4c7e0d3b6a9f1c4e7b0a3d6f9c2e5b8a1"


def verifica(password: str) -> bool:
    calcolato = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 310_000).hex()
    return hmac.compare_digest(calcolato, HASH_TABLET)
""")

add("blind-mj/text/decoy-sha256sums", "raccolta/release/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """e3b7c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  giro-raccolta-2.4.0.apk
9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  giro-raccolta-2.4.0.aab
60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752  telemetria-armv7-2.4.0.tar.gz
fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13  telemetria-aarch64-2.4.0.tar.gz
a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a  dashboard-2.4.0.tar.gz
""")

add("blind-mj/markdown/decoy-changelog-rotation", "porto/CHANGELOG.md", "https://keepachangelog.com/it-IT/1.1.0/", """# Changelog

## [2.8.1] - 2026-05-30
### Sicurezza
- Ruotata la chiave Stripe (la vecchia `sk_live_...7QmT` è revocata) e il token PCS.
- Le password non sono più nei file `values-*.yaml`: vedi `existingSecret`.

## [2.8.0] - 2026-05-12
### Aggiunto
- Slot notturni per la tratta Cagliari-Civitavecchia.
- Riprogrammazione automatica degli slot quando la nave è in ritardo.
""")

add("blind-mj/yaml/decoy-ansible-inline-vault", "ops/ansible/host_vars/booking01.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", """---
booking_port: 8080
booking_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  62313365396662343061393464336163383764373764613633653634306231386433626436623361
  6134333665353966363534333632666535333761666131620a663537646436643839616531643561
  63396265333966386166373632626539326166353965363262633030333630313338646335303630
  3438626666666137650a353638643435666633633964366338633066623234616432373231333331
  6134
booking_workers: 4
""")

# ---------------------------------------------------------------- coda ----------------------------

_t = npm_token()
add("blind-mj/shell-history/npm-config-set", "ops/notes/zsh_history_martina.txt", "https://docs.npmjs.com/cli/v10/commands/npm-config", """: 1747291201:0;cd ~/src/dashboard
: 1747291213:0;npm whoami
: 1747291240:0;npm config set //registry.npmjs.org/:_authToken=@@t@@
: 1747291252:0;npm publish --access restricted
: 1747291310:0;git tag v2.4.0 && git push --tags
: 1747291399:0;code .
""", _t, t=_t)

_pw = words_pw()
add("blind-mj/shell/heredoc-pgpass", "ops/bootstrap/nuovo_server_lab.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """#!/bin/bash
# Preparazione nuovo server del laboratorio (Debian 12)
set -e
apt-get install -y postgresql-client mariadb-client python3-venv
useradd -m -s /bin/bash lab || true
cat > /home/lab/.pgpass <<EOF
10.20.1.14:5432:caseificio_prod:lab_ro:@@pw@@
EOF
chmod 600 /home/lab/.pgpass
chown lab:lab /home/lab/.pgpass
echo "fatto"
""", _pw, pw=_pw)

_t = fakes.github_token(_seed())
add("blind-mj/javascript/split-token-concat", "raccolta/dashboard/scripts/changelog.js", "https://docs.github.com/en/rest/releases/releases", """// Genera il changelog dai PR chiusi (script una tantum, Martina)
const { Octokit } = require("@octokit/rest");

const octokit = new Octokit({
  auth: "@@a@@" +
        "@@b@@",
});

(async () => {
  const { data } = await octokit.pulls.list({ owner: "coopgallura", repo: "dashboard", state: "closed", per_page: 50 });
  for (const pr of data) console.log(`- ${pr.title} (#${pr.number})`);
})();
""", _t, a=_t[:20], b=_t[20:])

_pw = rand_pw(18)
add("blind-mj/python/json-loads-string", "porto/analytics/config_agenzie.py", "https://docs.python.org/3/library/json.html#json.loads", """import json

# configurazione incollata dal vecchio pannello (da spostare in Vault)
_RAW = '{"agenzia": "AGM-CA-01", "utente": "portoca_ws", "password": "@@pw@@", "wsdl": "https://ws.agenziamarittima-ca.example/booking?wsdl"}'

CONFIG = json.loads(_RAW)


def client():
    from zeep import Client
    from zeep.wsse.username import UsernameToken
    return Client(CONFIG["wsdl"], wsse=UsernameToken(CONFIG["utente"], CONFIG["password"]))
""", _pw, pw=_pw)

_k = google_api_key()
add("blind-mj/xml/android-manifest-maps-key", "raccolta/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/config#step_3_add_your_api_key_to_the_project", """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:label="Giro Raccolta"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="@@k@@" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""", _k, k=_k)

_pw = passphrase()
add("blind-mj/conf/wpa-supplicant", "raccolta/tablet/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=IT

# rete del piazzale del caseificio (scarico latte)
network={
    ssid="Caseificio-Piazzale"
    psk="@@pw@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", _pw, pw=_pw)

_t = gitlab_token()
add("blind-mj/text/git-credentials", "ops/notes/git-credentials.booking01", "https://git-scm.com/docs/git-credential-store#_storage_format", """https://deploy-booking:@@t@@@gitlab.com
# ^ copiato da /home/booking/.git-credentials per il ticket #88
# il token è di tipo project access token (read_repository)
# scadenza: 2026-11-30
# TODO: passare a deploy key SSH
""", _t, t=_t)

_k = rand_pw(48)
add("blind-mj/json/appsettings-jwt-key", "porto/Gate.Service/appsettings.Staging.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", """{
  "Jwt": {
    "Issuer": "gate.portocagliari",
    "Audience": "varchi",
    "Key": "@@k@@",
    "ScadenzaMinuti": 480
  },
  "Ocr": {
    "Targhe": "http://10.40.2.11:9000/ocr"
  }
}
""", _k, k=_k)

add("blind-mj/json/decoy-i18n-labels", "portale-soci/resources/lang/sc.json", "https://laravel.com/docs/10.x/localization#using-translation-strings-as-keys", """{
  "Password": "Crae",
  "Confirm Password": "Cunfirma sa crae",
  "Forgot your password?": "Ti ses ismentigadu sa crae?",
  "The password is incorrect.": "Sa crae no est zusta.",
  "Reset Password": "Torra a pònnere sa crae",
  "Token": "Token",
  "API Key": "Crae API",
  "Log in": "Intra"
}
""")

add("blind-mj/yaml/decoy-openapi-example", "porto/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """openapi: 3.0.3
info:
  title: API prenotazione semirimorchi - Porto di Cagliari
  version: 2.8.1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Esempio: Authorization: Bearer <il-tuo-token>"
security:
  - bearerAuth: []
paths:
  /api/slot:
    get:
      summary: Slot di imbarco liberi
      responses: { "200": { description: OK } }
""")

add("blind-mj/log/decoy-failed-logins", "porto/logs/auth-2026-06-02.log", "https://www.rfc-editor.org/rfc/rfc5424", """2026-06-02T05:58:11+02:00 booking01 booking[812]: login ok utente=trcampidano ip=93.44.12.7
2026-06-02T06:02:40+02:00 booking01 booking[812]: login FALLITO utente=sulcislog ip=151.18.3.220 motivo=password_errata
2026-06-02T06:02:58+02:00 booking01 booking[812]: login FALLITO utente=sulcislog ip=151.18.3.220 motivo=password_errata
2026-06-02T06:03:20+02:00 booking01 booking[812]: reset password richiesto utente=sulcislog (link via email, scade in 30 min)
2026-06-02T06:09:02+02:00 booking01 booking[812]: login ok utente=sulcislog ip=151.18.3.220
""")

add("blind-mj/yaml/decoy-traefik-hashed-users", "porto/k8s/traefik-dashboard-auth.yaml", "https://doc.traefik.io/traefik/middlewares/http/basicauth/", """apiVersion: traefik.io/v1alpha1
kind: Middleware
metadata:
  name: dashboard-auth
  namespace: porto-cagliari
spec:
  basicAuth:
    # utenti in formato htpasswd (bcrypt), nessuna password in chiaro
    users:
      - "efisio:$2y$10$Lk8pQ3vN2wXr5tZ0bC7mYe1sD4fG9hJ6aE2uI8oP0qRkT3yU5iO7a"
      - "roberta:$2y$10$Zq1wE3rT5yU7iO9pA2sD4eF6gH8jK0lZxC2vB4nM6qW8eR0tY2uIq"
""")
