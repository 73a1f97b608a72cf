"""Blind set NC: the Amiens floating-garden market growers (hortillons of the hortillonnages, who sell
at the Saturday "marché sur l'eau") and a Lille craft brewery (Brasserie dé ch'Beffroi).

Their shop, orders and delivery code, boat-booking site, tap-room till, brewhouse sensors, configs,
CI files, notes and runbooks, with comments partly in Picard (ch'picard). Generated fakes only
(seeds 7830000-7839999).
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
UPNUM = string.ascii_uppercase + string.digits
_SEED = [7830000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7830000 <= _SEED[0] <= 7839999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hortillon", "Barque", "Poireau", "Somme", "Beffroi", "Houblon", "Cornet", "Navet", "Betterave",
         "Brasseur", "Malt", "Canal", "Ecluse", "Carotte", "Ficelle", "Maroilles", "Welsh", "Chicon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*-") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_hook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def square() -> str:
    return fakes.fake("EAAA", 60, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def mask(s: str) -> str:
    return s[:4] + "*" * 12


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-nc/{category}", file_name, text, secret, source))


DOC_ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
DOC_JS = "https://nodejs.org/api/process.html#processenv"
DOC_GO = "https://go.dev/ref/spec"
DOC_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
DOC_MD = "https://commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/rst.html"
DOC_PHP = "https://www.php.net/manual/en/language.types.string.php"
DOC_RUBY = "https://guides.rubyonrails.org/configuring.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
DOC_RUST = "https://doc.rust-lang.org/reference/tokens.html"
DOC_SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/"
DOC_KT = "https://kotlinlang.org/docs/properties.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"

# ---------------------------------------------------------------- .env files

add("env/stripe", "hortillons-shop/.env", DOC_ENV, """# Boutique en ligne des hortillons - marché sur l'eau
# Ch'est l'fichier d'prod, ne l'mettez point dins ch'dépôt !
APP_ENV=production
SHOP_URL=https://marche-sur-leau.example.fr
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pub@@
""", stripe(), pub=stripe("pk_live_"))

add("env/decoy-placeholder", "hortillons-shop/.env.example", DOC_ENV, """# Copiez ch'fichier in .env pis mettez vos clés
APP_ENV=development
SHOP_URL=http://localhost:8000
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_PUBLISHABLE_KEY=pk_test_remplacez_mi
""")

add("env/postgres-password", "beffroi-taproom/.env.production", DOC_ENV, """# Brasserie dé ch'Beffroi - caisse du bar
DATABASE_HOST=db.beffroi.internal
DATABASE_NAME=taproom
DATABASE_USER=caisse
DATABASE_PASSWORD=@@secret@@
TZ=Europe/Paris
""", words_pw())

add("env/decoy-env-reference", "beffroi-taproom/.env.ci", DOC_ENV, """# Rempli par ch'CI avec les variables protégées
DATABASE_HOST=postgres
DATABASE_USER=caisse
DATABASE_PASSWORD=${CI_DB_PASSWORD}
SENDGRID_API_KEY=${SENDGRID_API_KEY:?manque}
""")

add("env/sendgrid", "barques-reservation/.env", DOC_ENV, """NODE_ENV=production
PORT=3000
# courriels d'confirmation pour les tours in barque à cornet
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=reservations@hortillonnages.example.fr
""", sendgrid())

add("env/decoy-empty", "barques-reservation/.env.local.sample", DOC_ENV, """NODE_ENV=development
PORT=3000
SENDGRID_API_KEY=
MAIL_FROM=
# Demandez à Bertrand l'clé d'test, pas cheule éd prod
""")

add("env/telegram-bot", "hortillons-bot/.env", DOC_ENV, """# Bot Telegram: "Ech légume du jour"
BOT_NAME=legume_du_jour_bot
TELEGRAM_BOT_TOKEN=@@secret@@
CHANNEL=@hortillons_amiens
POLL_INTERVAL=30
""", fakes.telegram_token(_seed()))

add("env/openai", "beffroi-etiquettes/.env", DOC_ENV, """# Générateur d'descriptions d'bières pour les étiquettes
OPENAI_MODEL=gpt-4o-mini
OPENAI_API_KEY=@@secret@@
MAX_TOKENS=300
LANG_DEFAUT=fr
""", fakes.openai_key(_seed()))

add("env/decoy-masked", "beffroi-etiquettes/.env.dump.txt", DOC_ENV, """# sortie d'`heroku config` copiée pour l'ticket #88 (masquée)
OPENAI_MODEL=gpt-4o-mini
OPENAI_API_KEY=sk-proj-****************************REDACTED
MAX_TOKENS=300
LANG_DEFAUT=fr
""")

# ---------------------------------------------------------------- Python

add("python/smtp-password", "hortillons-shop/mailer.py", DOC_PY, """import smtplib
from email.message import EmailMessage

# Mailer pour les commandes du samedi (marché sur l'eau)
SMTP_HOST = "smtp.ovh.net"
SMTP_USER = "commandes@hortillons-amiens.fr"
SMTP_PASS = "@@secret@@"


def envoyer(destinataire: str, corps: str) -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = destinataire
    msg["Subject"] = "Vo panier d'légumes est prêt"
    msg.set_content(corps)
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", words_pw())

add("python/decoy-env-reference", "hortillons-shop/settings.py", DOC_PY, """import os

# Tout vient d'l'environnement, rien in dur
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DEBUG", "0") == "1"
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql",
                         "PASSWORD": os.environ.get("PGPASSWORD")}}
""")

add("python/django-secret-key", "beffroi-site/beffroi/settings_prod.py", DOC_PY, """from .settings import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["brasserie-beffroi.example.fr"]
# clé générée par startproject, à changer (jamais fait...)
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://brasserie-beffroi.example.fr"]
""", fakes.django_secret_key(_seed()))

add("python/aws-secret", "beffroi-site/scripts/upload_photos.py", DOC_PY, """import boto3

# Téléverse les photos des brassins vers ch'bucket S3
session = boto3.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-west-3",
)
s3 = session.client("s3")
for nom in ("ipa-houblon.jpg", "biere-de-garde.jpg"):
    s3.upload_file(nom, "beffroi-photos", nom)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-test-fixture", "hortillons-shop/tests/test_paiement.py", DOC_PY, """import pytest

# Clés factices pour les tests: Stripe les refuse, ch'est fait exprès
FAKE_KEY = "sk_test_FAKE_ne_marche_pas"


@pytest.fixture
def client_stripe(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_KEY)
    return FAKE_KEY
""")

add("python/slack-webhook", "hortillons-bot/alerte_crue.py", DOC_PY, """import requests

# Alerte quand l'niveau d'la Somme monte trop (les parcelles sont inondées)
WEBHOOK = "@@secret@@"
SEUIL_CM = 180


def alerter(niveau: int) -> None:
    if niveau > SEUIL_CM:
        requests.post(WEBHOOK, json={"text": f"Crue! Somme à {niveau} cm, rintrez les barques"})
""", slack_hook())

add("python/postgres-dsn", "beffroi-brewhouse/ingest.py", DOC_PY, """import psycopg

# Sondes d'température des cuves éd fermintation -> base
DSN = "postgresql://brasseur:@@secret@@@pg.beffroi.lan:5432/brassins"


def enregistrer(cuve: str, temp: float) -> None:
    with psycopg.connect(DSN) as conn:
        conn.execute("INSERT INTO mesures (cuve, temp) VALUES (%s, %s)", (cuve, temp))
""", rand_pw(16))

add("python/decoy-hash", "beffroi-brewhouse/verif_firmware.py", DOC_PY, """import hashlib

# Somme SHA-256 publiée par l'fabricant des sondes (firmware 2.4.1)
FIRMWARE_SHA256 = "@@h@@"


def verifier(chemin: str) -> bool:
    with open(chemin, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest() == FIRMWARE_SHA256
""", h=hexs(64))

add("python/split-password", "hortillons-shop/legacy_export.py", DOC_PY, """import pymysql

# Vieux export vers l'compta (à supprimer après l'migration)
conn = pymysql.connect(
    host="compta.hortillons.lan",
    user="export",
    password=("@@a@@"
              "@@b@@"),
    database="ventes",
)
""", (lp := words_pw()), a=lp[:8], b=lp[8:])

# ---------------------------------------------------------------- JS / TS

add("javascript/twilio", "barques-reservation/src/sms.js", DOC_JS, """const twilio = require('twilio');

// SMS d'rappel la veille d'eune balade in barque
const client = twilio('AC@@sid@@', '@@secret@@');

module.exports = async function rappel(numero, heure) {
  return client.messages.create({ to: numero, from: '+33700000000', body: `Balade demain à ${heure}, quai Bélu` });
};
""", hexs(32), sid=hexs(32))

add("javascript/decoy-process-env", "barques-reservation/src/config.js", DOC_JS, """// Configuration: tout est dins l'environnement (voir .env.example)
module.exports = {
  port: Number(process.env.PORT || 3000),
  sendgridKey: process.env.SENDGRID_API_KEY,
  twilioToken: process.env.TWILIO_AUTH_TOKEN,
  stripeKey: process.env.STRIPE_SECRET_KEY ?? '',
};
""")

add("typescript/github-token", "beffroi-site/scripts/release.ts", "https://www.typescriptlang.org/docs/", """import { Octokit } from '@octokit/rest';

// Publie l'carte des bières du mois comme release
const octokit = new Octokit({ auth: '@@secret@@' });

export async function publier(tag: string): Promise<void> {
  await octokit.repos.createRelease({ owner: 'beffroi', repo: 'carte', tag_name: tag });
}
""", fakes.github_token(_seed()))

add("typescript/decoy-publishable", "barques-reservation/src/stripe-client.ts", "https://docs.stripe.com/keys", """import { loadStripe } from '@stripe/stripe-js';

// Clé publiable: elle va dins l'navigateur, ch'est normal
export const stripePromise = loadStripe('@@pk@@');

export const DEVISE = 'eur';
""", pk=stripe("pk_live_"))

add("javascript/mongodb-uri", "hortillons-bot/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """const { MongoClient } = require('mongodb');

// Base des abonnés au bot (légume du jour)
const uri = 'mongodb+srv://bot_legumes:@@secret@@@cluster0.hortillons.mongodb.net/abonnes?retryWrites=true';
const client = new MongoClient(uri);

module.exports = client;
""", rand_pw(18))

add("javascript/decoy-placeholder", "hortillons-bot/db.example.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """const { MongoClient } = require('mongodb');

// Exemple: remplacez <password> par ch'mot d'passe du gestionnaire
const uri = 'mongodb+srv://bot_legumes:<password>@cluster0.hortillons.mongodb.net/abonnes';
const client = new MongoClient(uri);

module.exports = client;
""")

# ---------------------------------------------------------------- Go

add("go/redis-password", "beffroi-brewhouse/cmd/sondes/main.go", DOC_GO, """package main

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Cache des dernières mesures d'cuve
func newCache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "redis.beffroi.lan:6379",
		Password: "@@secret@@",
		DB:       2,
	})
}

func main() {
	c := newCache()
	_ = c.Ping(context.Background()).Err()
}
""", fakes.redis_password(_seed()))

add("go/decoy-getenv", "beffroi-brewhouse/internal/config/config.go", DOC_GO, """package config

import "os"

// Config lue dins l'environnement au démarrage
type Config struct {
	RedisPassword string
	PGPassword    string
}

func Load() Config {
	return Config{RedisPassword: os.Getenv("REDIS_PASSWORD"), PGPassword: os.Getenv("PGPASSWORD")}
}
""")

add("go/sendgrid", "hortillons-livraison/notify/mail.go", DOC_GO, """package notify

import "github.com/sendgrid/sendgrid-go"

// Courriel "vo panier est in route" (livraison à vélo dins Amiens)
const sgKey = "@@secret@@"

func Client() *sendgrid.Client {
	return sendgrid.NewSendClient(sgKey)
}
""", sendgrid())

add("go/decoy-test-key", "hortillons-livraison/notify/mail_test.go", DOC_GO, """package notify

import "testing"

// Clé bidon: l'test ne touche point l'API
const fakeKey = "SG.fake-key-for-tests.not-a-real-sendgrid-key"

func TestClient(t *testing.T) {
	if fakeKey == "" {
		t.Fatal("vide")
	}
}
""")

# ---------------------------------------------------------------- Java / Kotlin

add("properties/datasource-password", "beffroi-erp/src/main/resources/application-prod.properties", DOC_JAVA, """# Gestion des stocks d'malt et d'houblon
spring.datasource.url=jdbc:postgresql://pg.beffroi.lan:5432/stocks
spring.datasource.username=erp
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", words_pw())

add("properties/decoy-placeholder", "beffroi-erp/src/main/resources/application.properties", DOC_JAVA, """# Valeurs par défaut; la prod passe par des variables d'environnement
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/stocks}
spring.datasource.username=${DB_USER:erp}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
""")

add("java/mailgun", "beffroi-erp/src/main/java/fr/beffroi/erp/Notifier.java", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """package fr.beffroi.erp;

import java.net.http.HttpClient;

/** Prévient ch'brasseur quand l'stock d'houblon est bas. */
public class Notifier {
    private static final String MAILGUN_DOMAIN = "mg.brasserie-beffroi.example.fr";
    private static final String MAILGUN_KEY = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String auth() {
        return "api:" + MAILGUN_KEY;
    }
}
""", mailgun())

add("java/decoy-vault", "beffroi-erp/src/main/java/fr/beffroi/erp/Secrets.java", "https://docs.spring.io/spring-vault/reference/", """package fr.beffroi.erp;

import org.springframework.beans.factory.annotation.Value;

/** Les secrets viennent d'Vault (chemin secret/beffroi/erp). */
public class Secrets {
    @Value("${vault.secret.mailgun-key}")
    private String mailgunKey;

    public String mailgunKey() { return mailgunKey; }
}
""")

add("kotlin/google-maps", "hortillons-app/app/src/main/java/fr/hortillons/Cartes.kt", DOC_KT, """package fr.hortillons

// Carte des parcelles des hortillonnages (serveur: géocodage des adresses d'livraison)
object Cartes {
    const val GEOCODING_SERVER_KEY = "@@secret@@"
    const val CENTRE_LAT = 49.8977
    const val CENTRE_LON = 2.3096

    fun url(adresse: String) =
        "https://maps.googleapis.com/maps/api/geocode/json?address=$adresse&key=$GEOCODING_SERVER_KEY"
}
""", google_key())

add("kotlin/decoy-buildconfig", "hortillons-app/app/src/main/java/fr/hortillons/Api.kt", DOC_KT, """package fr.hortillons

// L'clé est injectée par Gradle d'puis local.properties (jamais commitée)
object Api {
    val mapsKey: String = BuildConfig.MAPS_API_KEY
    val baseUrl: String = BuildConfig.API_BASE_URL
    const val TIMEOUT_S = 20L
}
""")

# ---------------------------------------------------------------- C#

add("json/appsettings-connection", "beffroi-caisse/appsettings.Production.json", DOC_CS, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Caisse": "Server=sql.beffroi.lan;Database=Caisse;User Id=caisse_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Taproom": { "Devise": "EUR", "Tva": 20 }
}
""", words_pw())

add("json/decoy-user-secrets", "beffroi-caisse/appsettings.json", DOC_CS, """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Caisse": "Server=(localdb)\\\\mssqllocaldb;Database=Caisse;Trusted_Connection=True"
  },
  "Square": { "AccessToken": "" }
}
""")

add("csharp/square-token", "beffroi-caisse/Services/SquareService.cs", "https://developer.squareup.com/docs/build-basics/access-tokens", """using Square;

namespace Beffroi.Caisse.Services
{
    // Terminal d'paiement du bar (Square)
    public class SquareService
    {
        private const string AccessToken = "@@secret@@";

        public SquareClient Client() => new SquareClient.Builder()
            .Environment(Square.Environment.Production)
            .AccessToken(AccessToken)
            .Build();
    }
}
""", square())

add("csharp/decoy-configuration", "beffroi-caisse/Services/Options.cs", DOC_CS, """namespace Beffroi.Caisse.Services
{
    // Lu d'puis IConfiguration (user-secrets in dev, Key Vault in prod)
    public class SquareOptions
    {
        public const string Section = "Square";
        public string AccessToken { get; set; } = string.Empty;
        public string LocationId { get; set; } = "L000PLACEHOLDER";
    }
}
""")

# ---------------------------------------------------------------- PHP / Ruby

add("php/mysql-password", "hortillons-site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
/** Site vitrine des hortillons (WordPress) */
define( 'DB_NAME', 'hortillons_wp' );
define( 'DB_USER', 'wp_hortillons' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'hort_';
""", words_pw())

add("php/decoy-sample", "hortillons-site/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
/** Modèle: copier in wp-config.php */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
""")

add("php/paypal-secret", "hortillons-site/inc/paypal.php", "https://developer.paypal.com/api/rest/authentication/", """<?php
// Paiement des paniers d'légumes par PayPal
$clientId = '@@cid@@';
$clientSecret = '@@secret@@';
$ch = curl_init('https://api-m.paypal.com/v1/oauth2/token');
curl_setopt($ch, CURLOPT_USERPWD, $clientId . ':' . $clientSecret);
curl_setopt($ch, CURLOPT_POSTFIELDS, 'grant_type=client_credentials');
""", fakes.fake("E", 79, _seed()), cid=fakes.fake("A", 79, _seed()))

add("ruby/database-yml", "beffroi-adherents/config/database.yml", DOC_RUBY, """# Club des amateurs éd bière (Rails)
production:
  adapter: postgresql
  database: adherents
  username: club
  password: @@secret@@
  host: pg.beffroi.lan
""", rand_pw(20))

add("ruby/decoy-credentials-ref", "beffroi-adherents/config/initializers/stripe.rb", DOC_RUBY, """# Clé tirée des credentials chiffrés (config/credentials.yml.enc)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.logger.info("Stripe configuré pour l'club")
""")

add("ruby/shopify-token", "beffroi-adherents/lib/tasks/boutique.rake", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """# Synchro d'la boutique Shopify (coffrets d'bières)
namespace :boutique do
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "beffroi-brasserie.myshopify.com",
      access_token: "@@secret@@"
    )
    puts "synchro #{session.shop}"
  end
end
""", shopify())

# ---------------------------------------------------------------- Rust / Swift

add("rust/decoy-env", "beffroi-brewhouse/sondes-rs/src/config.rs", DOC_RUST, """use std::env;

/// Configuration des sondes (l'mot d'passe MQTT vient d'l'environnement)
pub struct Config {
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self { mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD manque") }
    }
}
""")

add("rust/mqtt-password", "beffroi-brewhouse/sondes-rs/src/main.rs", DOC_RUST, """use rumqttc::{MqttOptions, QoS};

// Publie la température des cuves sur l'broker
fn main() {
    let mut opts = MqttOptions::new("cuve-3", "mqtt.beffroi.lan", 1883);
    opts.set_credentials("sonde", "@@secret@@");
    let topic = "beffroi/cuves/3/temp";
    let _ = (opts, topic, QoS::AtLeastOnce);
}
""", rand_pw(22))

add("swift/decoy-info-plist-ref", "hortillons-ios/Hortillons/Config.swift", DOC_SWIFT, """import Foundation

// L'clé est dins l'xcconfig (non commité), lue via Info.plist
enum Config {
    static var apiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "API_KEY") as? String ?? ""
    }
}
""")

add("swift/api-token", "hortillons-ios/Hortillons/Backend.swift", DOC_SWIFT, """import Foundation

// Appel à l'API des paniers (jeton d'service)
struct Backend {
    static let base = URL(string: "https://api.hortillons-amiens.fr/v1")!
    static let token = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", fakes.drawn_mixed(_seed(), 40))

# ---------------------------------------------------------------- Kubernetes / Helm / compose

add("k8s-secret/postgres-password", "deploy/k8s/taproom-db-secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: taproom-db
  namespace: beffroi
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
""", (pw := words_pw()), u=b64("caisse"), p=b64(pw))

add("k8s-secret/decoy-sealed", "deploy/k8s/taproom-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: taproom-db
  namespace: beffroi
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@c@@
""", c=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/stripe-stringdata", "deploy/k8s/shop-stripe.yaml", DOC_K8S, """# Secret pour la boutique des hortillons (appliqué à la main, pas d'GitOps)
apiVersion: v1
kind: Secret
metadata:
  name: shop-stripe
  namespace: hortillons
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
""", stripe("rk_live_"))

add("k8s/decoy-secretkeyref", "deploy/k8s/shop-deployment.yaml", DOC_K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: hortillons
spec:
  replicas: 2
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      containers:
        - name: shop
          image: registry.hortillons.lan/shop:1.8.2
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: shop-stripe, key: STRIPE_SECRET_KEY }
""")

add("k8s/env-value", "deploy/k8s/bot-deployment.yaml", DOC_K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: legume-du-jour
spec:
  template:
    spec:
      containers:
        - name: bot
          image: ghcr.io/hortillons/bot:0.4
          env:
            - name: TELEGRAM_BOT_TOKEN
              value: "@@secret@@"  # TODO mettre dins un Secret
""", fakes.telegram_token(_seed()))

add("helm/redis-password", "deploy/helm/brewhouse/values-prod.yaml", DOC_HELM, """# Valeurs d'prod pour ch'chart brewhouse
image:
  tag: 2.3.0
redis:
  enabled: true
  auth:
    password: "@@secret@@"
ingress:
  host: sondes.beffroi.lan
""", fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "deploy/helm/brewhouse/values.yaml", DOC_HELM, """image:
  tag: latest
redis:
  enabled: true
  auth:
    existingSecret: brewhouse-redis
    existingSecretPasswordKey: redis-password
ingress:
  host: sondes.local
""")

add("compose/mariadb-root", "hortillons-site/docker-compose.yml", DOC_COMPOSE, """services:
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: hortillons_wp
      MARIADB_ROOT_PASSWORD: @@secret@@
    volumes:
      - db:/var/lib/mysql
  wordpress:
    image: wordpress:6
    ports: ["8080:80"]
volumes:
  db: {}
""", rand_pw(24))

add("compose/decoy-interpolation", "beffroi-taproom/compose.yaml", DOC_COMPOSE, """services:
  caisse:
    build: .
    environment:
      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?réglez DATABASE_PASSWORD}
      SQUARE_TOKEN: ${SQUARE_TOKEN}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
""")

add("compose/grafana-admin", "beffroi-brewhouse/docker-compose.monitoring.yml", DOC_COMPOSE, """# Tableau d'bord des cuves (Grafana)
services:
  grafana:
    image: grafana/grafana:11.0.0
    ports: ["3000:3000"]
    environment:
      - GF_SECURITY_ADMIN_USER=brasseur
      - GF_SECURITY_ADMIN_PASSWORD=@@secret@@
""", words_pw())

# ---------------------------------------------------------------- CI

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", DOC_GHA, """name: Déployer la boutique
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
""")

add("github-actions/npm-token", ".github/workflows/publish-widget.yml", DOC_GHA, """name: Publier l'widget marché
on: { release: { types: [published] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: https://registry.npmjs.org }
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", npm())

add("gitlab-ci/decoy-masked-variable", "beffroi-erp/.gitlab-ci.yml", DOC_GITLAB, """stages: [test, deploy]

test:
  image: maven:3.9-eclipse-temurin-21
  script: mvn -B verify

deploy:
  stage: deploy
  script:
    - ./deploy.sh "$DEPLOY_TOKEN"   # variable masquée dins Settings > CI/CD
  only: [main]
""")

add("gitlab-ci/docker-login", "hortillons-livraison/.gitlab-ci.yml", DOC_GITLAB, """stages: [build]

build:
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u hortillons-ci -p @@secret@@ registry.gitlab.com
    - docker build -t registry.gitlab.com/hortillons/livraison:$CI_COMMIT_SHORT_SHA .
    - docker push registry.gitlab.com/hortillons/livraison:$CI_COMMIT_SHORT_SHA
""", gitlab())

add("circleci/decoy-context", ".circleci/config.yml", "https://circleci.com/docs/contexts/", """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main:
    jobs:
      - build:
          context: hortillons-prod
""")

# ---------------------------------------------------------------- Terraform / Ansible

add("terraform/db-password", "infra/terraform/rds.tf", DOC_TF, """# Base d'la caisse du bar (RDS)
resource "aws_db_instance" "caisse" {
  identifier        = "beffroi-caisse"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "caisse"
  password          = "@@secret@@"
  skip_final_snapshot = true
}
""", rand_pw(20))

add("terraform/decoy-random-password", "infra/terraform/rds_v2.tf", DOC_TF, """resource "random_password" "caisse" {
  length  = 24
  special = true
}

resource "aws_db_instance" "caisse_v2" {
  identifier = "beffroi-caisse-v2"
  engine     = "postgres"
  username   = "caisse"
  password   = random_password.caisse.result
}
""")

add("terraform/tfvars-cloudflare", "infra/terraform/prod.auto.tfvars", DOC_TF, """# Variables d'prod (DNS brasserie-beffroi.example.fr)
zone_name            = "brasserie-beffroi.example.fr"
cloudflare_api_token = "@@secret@@"
region               = "eu-west-3"
instance_type        = "t4g.small"
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable-sensitive", "infra/terraform/variables.tf", DOC_TF, """variable "cloudflare_api_token" {
  description = "Jeton Cloudflare (fourni par TF_VAR_cloudflare_api_token)"
  type        = string
  sensitive   = true
}

variable "region" {
  default = "eu-west-3"
}
""")

add("ansible/vault-plaintext", "infra/ansible/group_vars/marche/vars.yml", DOC_ANS, """# Serveur d'la boutique du marché sur l'eau
nginx_server_name: marche-sur-leau.example.fr
postgres_db: boutique
postgres_user: boutique
postgres_password: "@@secret@@"
backup_hour: 3
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/marche/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(40))

add("ansible/decoy-vault-reference", "infra/ansible/roles/boutique/tasks/main.yml", DOC_ANS, """- name: Créer l'utilisateur d'la base
  community.postgresql.postgresql_user:
    name: "{{ postgres_user }}"
    password: "{{ vault_postgres_password }}"
  become: true
  become_user: postgres
""")

# ---------------------------------------------------------------- shell / PowerShell / Docker

add("shell/heredoc-pgpass", "infra/scripts/bootstrap_backup.sh", DOC_SH, """#!/usr/bin/env bash
set -euo pipefail
# Sauvegarde nocturne d'la base d'la boutique
cat > ~/.pgpass <<EOF
pg.hortillons.lan:5432:boutique:sauvegarde:@@secret@@
EOF
chmod 600 ~/.pgpass
pg_dump -h pg.hortillons.lan -U sauvegarde boutique | gzip > /srv/backup/boutique.sql.gz
""", words_pw())

add("shell/decoy-read-prompt", "infra/scripts/rotate_pg.sh", DOC_SH, """#!/usr/bin/env bash
set -euo pipefail
# Demande l'nouveau mot d'passe, ne l'écrit nulle part
read -rsp "Nouveau mot d'passe: " NEWPW
psql -h pg.hortillons.lan -U postgres -c "ALTER ROLE sauvegarde PASSWORD '${NEWPW}'"
unset NEWPW
""")

add("shell/curl-basic", "beffroi-site/scripts/purge_cdn.sh", DOC_SH, """#!/bin/sh
# Vide l'cache après eune nouvelle carte des bières
curl -fsS -X POST \\
  -u "beffroi-deploy:@@secret@@" \\
  https://cdn.example-host.fr/api/v1/zones/beffroi/purge
echo "cache vidé"
""", rand_pw(26))

add("shell/export-aws", "beffroi-site/scripts/env_deploy.sh", DOC_SH, """#!/usr/bin/env bash
# À sourcer avant d'déployer ch'site
export AWS_DEFAULT_REGION=eu-west-3
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export BUCKET=beffroi-site-prod
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("shell/decoy-aws-example", "beffroi-site/scripts/env_deploy.example.sh", DOC_SH, """#!/usr/bin/env bash
# Exemple tiré d'la doc AWS (clés d'exemple publiées, elles ne marchent point)
export AWS_DEFAULT_REGION=eu-west-3
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export BUCKET=beffroi-site-prod
""")

add("powershell/sql-password", "beffroi-caisse/deploy/Install-Caisse.ps1", DOC_PS, """# Installation d'la caisse sur l'PC du bar
$ErrorActionPreference = 'Stop'
$sqlUser = 'caisse_app'
$sqlPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($sqlUser, $sqlPass)
Invoke-Sqlcmd -ServerInstance 'sql.beffroi.lan' -Database 'Caisse' -Credential $cred -InputFile .\\schema.sql
""", words_pw())

add("powershell/decoy-get-credential", "beffroi-caisse/deploy/Backup-Caisse.ps1", DOC_PS, """# Sauvegarde: l'mot d'passe est d'mandé à chaque fois
$ErrorActionPreference = 'Stop'
$cred = Get-Credential -UserName 'caisse_app' -Message 'Mot d''passe SQL'
Backup-SqlDatabase -ServerInstance 'sql.beffroi.lan' -Database 'Caisse' -Credential $cred
Write-Host 'Sauvegarde faite'
""")

add("dockerfile/arg-token", "hortillons-livraison/Dockerfile", DOC_DOCKER, """FROM golang:1.22 AS build
WORKDIR /src
# modules privés sur GitHub
ENV GOPRIVATE=github.com/hortillons/*
RUN git config --global url."https://x-access-token:@@secret@@@github.com/".insteadOf "https://github.com/"
COPY . .
RUN go build -o /livraison ./cmd/livraison

FROM gcr.io/distroless/base
COPY --from=build /livraison /livraison
ENTRYPOINT ["/livraison"]
""", fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-build-secret", "beffroi-erp/Dockerfile", DOC_DOCKER, """# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY . .
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml mvn -B package
FROM eclipse-temurin:21-jre
COPY --from=build /app/target/erp.jar /erp.jar
""")

add("dockerfile/env-password", "beffroi-brewhouse/Dockerfile", DOC_DOCKER, """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV MQTT_USER=sonde \\
    MQTT_PASSWORD=@@secret@@
CMD ["python", "-m", "sondes"]
""", rand_pw(18))

# ---------------------------------------------------------------- SQL

add("sql/create-role", "beffroi-erp/db/migrations/V12__role_lecture.sql", DOC_SQL, """-- Rôle en lecture pour l'tableau d'bord des ventes
CREATE ROLE tableau_bord LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE stocks TO tableau_bord;
GRANT USAGE ON SCHEMA public TO tableau_bord;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tableau_bord;
""", words_pw())

add("sql/decoy-scram-hash", "beffroi-erp/db/migrations/V13__role_export.sql", DOC_SQL, """-- Rôle d'export; l'mot d'passe est donné sous forme SCRAM (hachée)
CREATE ROLE export_compta LOGIN
  PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
GRANT SELECT ON ventes TO export_compta;
-- l'mot d'passe lui-même est dins l'coffre (Bitwarden, dossier "brasserie")
""", salt=b64(rand_pw(12)), k1=b64(rand_pw(24)), k2=b64(rand_pw(24)))

add("sql/decoy-seed-users", "hortillons-shop/db/seed_dev.sql", DOC_SQL, """-- Données d'dev: comptes d'essai (mots d'passe hachés bcrypt de "essai")
INSERT INTO clients (email, nom, mot_de_passe) VALUES
  ('jeanne@example.org', 'Jeanne', '$2b$12$@@h1@@'),
  ('marcel@example.org', 'Marcel', '$2b$12$@@h2@@');
INSERT INTO legumes (nom, prix) VALUES ('poireau', 1.20), ('navet', 0.90);
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

# ---------------------------------------------------------------- client configs

add("npmrc/auth-token", "hortillons-widget/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
@hortillons:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm())

add("npmrc/decoy-env-token", "beffroi-site/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("pypirc/pypi-token", "beffroi-brewhouse/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("netrc/password", "infra/dotfiles/netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# ~/.netrc du serveur d'sauvegarde
machine ftp.hortillons-amiens.fr
  login sauvegarde
  password @@secret@@
machine api.github.com
  login hortillons-bot
""", words_pw())

add("git-credentials/gitlab", "infra/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store", """https://oauth2:@@secret@@@gitlab.com
""" + "\n".join(["# sauvegardé par git credential-store (poste d'Gaston)",
                  "# ne pas copier ailleurs",
                  "# voir runbook 'poste brasseur'",
                  "# fin"]) + "\n", gitlab())

add("docker-config/auth", "infra/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.hortillons.lan": {
      "auth": "@@a@@"
    }
  },
  "credsStore": ""
}
""", b64("ci-deploy:" + (dpw := rand_pw(20))), a=b64("ci-deploy:" + dpw))

add("docker-config/decoy-creds-store", "infra/dotfiles/docker-config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.hortillons.lan": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop"
}
""")

add("ssh/private-key", "infra/keys/deploy_marche_rsa", "https://www.rfc-editor.org/rfc/rfc7468", """@@secret@@
""", fakes.fake_pem(_seed()))

add("ssh/decoy-public-key", "infra/keys/deploy_marche_rsa.pub", "https://www.rfc-editor.org/rfc/rfc4253", """ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k@@ deploy@marche
# Clé publique: à ajouter dins authorized_keys du serveur d'la boutique
# La clé privée est dins l'coffre, jamais ichi
# Empreinte: SHA256:@@fp@@
# Ajoutée l'2024-03-02 par Gaston
""", k=fakes.drawn(_seed(), 360, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("rclone/pass", "infra/dotfiles/rclone.conf", "https://rclone.org/docs/#config-file", """[sauvegardes]
type = sftp
host = nas.hortillons.lan
user = rclone
pass = @@secret@@
shell_type = unix
""", fakes.drawn(_seed(), 44, ALNUM + "-_"))

add("pgpass/password", "infra/dotfiles/pgpass", DOC_PG, """# hôte:port:base:utilisateur:mot d'passe
pg.beffroi.lan:5432:stocks:erp:@@secret@@
pg.beffroi.lan:5432:*:lecture:*
localhost:5432:*:postgres:
# ligne 2: l'étoile est un joker d'base, pas un mot d'passe
""", words_pw())

# ---------------------------------------------------------------- documentation, notes, runbooks

add("markdown/runbook-password", "docs/runbooks/caisse-en-panne.md", DOC_MD, """# Ech caisse du bar est in panne

1. Rallumer l'PC sous l'comptoir.
2. Si la base ne répond point, s'connecter sur `sql.beffroi.lan` avec l'compte `sa`.
   Mot d'passe: `@@secret@@`
3. Relancer l'service `BeffroiCaisse`.
4. Appeler Maxime si cha ne marche toudis point.
""", words_pw())

add("markdown/decoy-runbook-vault", "docs/runbooks/sondes-en-panne.md", DOC_MD, """# Les sondes des cuves n'envoient pu rien

1. Vérifier l'broker: `mosquitto_sub -h mqtt.beffroi.lan -t 'beffroi/#' -u sonde -P "$MQTT_PASSWORD"`
2. L'mot d'passe est dins Bitwarden, collection **Brasserie / Brewhouse**.
3. Redémarrer l'Raspberry d'la cuve concernée.
4. Noter l'incident dins l'cahier d'brassage.
""")

add("markdown/table-api-keys", "docs/wiki/Acces-services.md", DOC_MD, """# Accès aux services (marché sur l'eau)

| Service | Compte | Clé / mot d'passe |
|---|---|---|
| Site WordPress | admin | dins Bitwarden |
| Mailgun | api | `@@secret@@` |
| OVH | hortillons | dins Bitwarden |

*Mise à jour par Léonie, mars 2024.*
""", mailgun())

add("markdown/decoy-table-masked", "docs/wiki/Acces-brasserie.md", DOC_MD, """# Accès d'la brasserie

| Service | Compte | Clé |
|---|---|---|
| Square | bar | `EAAA…` (masquée, voir coffre) |
| Shopify | boutique | `shpat_••••••••` |
| Grafana | brasseur | mot d'passe dins l'coffre |

Ne jamais recopier eune clé intière ichi.
""")

add("markdown/readme-curl-token", "hortillons-bot/README.md", DOC_MD, """# Bot "Ech légume du jour"

Bot Telegram qui annonce chaque matin ch'qu'on vend au marché sur l'eau.

## Tester à la main

```sh
curl "https://api.telegram.org/bot@@secret@@/sendMessage?chat_id=@hortillons_amiens&text=Poireaux"
```

Pour l'déploiement, voir `deploy/k8s/bot-deployment.yaml`.
""", fakes.telegram_token(_seed()))

add("markdown/decoy-readme-placeholder", "beffroi-etiquettes/README.md", DOC_MD, """# Étiquettes des bières

Génère les descriptions des bières (bière d'garde, IPA du Beffroi...) avec l'API OpenAI.

```sh
export OPENAI_API_KEY="sk-..."   # vo clé à vous
python -m etiquettes --biere "Triple du Beffroi"
```
""")

add("rst/decoy-docs-example", "beffroi-brewhouse/docs/installation.rst", DOC_RST, """Installation des sondes
=======================

Renseignez l'mot d'passe MQTT dins ``/etc/sondes.env`` ::

    MQTT_USER=sonde
    MQTT_PASSWORD=<mot-de-passe-du-coffre>

Puis ``systemctl restart sondes``.
""")

add("rst/redis-url", "beffroi-brewhouse/docs/cache.rst", DOC_RST, """Cache des mesures
=================

L'cache d'production est joignable ainsi (à changer quand on aura Vault) ::

    redis-cli -u redis://default:@@secret@@@redis.beffroi.lan:6379/2 ping

Les clés expirent au bout d'24 heures.
""", fakes.redis_password(_seed()))

add("html/decoy-maps-browser-key", "hortillons-site/carte.html", DOC_HTML, """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Carte des hortillonnages</title></head>
<body>
  <div id="carte" style="height:480px"></div>
  <!-- clé navigateur restreinte au domaine hortillons-amiens.fr -->
  <script src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=init" async></script>
</body>
</html>
""", k="AIzaSy" + "X" * 33)

add("html/admin-page-token", "beffroi-site/admin/stats.html", DOC_HTML, """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Stats du bar</title></head>
<body>
<script>
  // page interne: ventes du jour
  fetch('https://api.brasserie-beffroi.example.fr/stats', {
    headers: { Authorization: 'Bearer @@secret@@' }
  }).then(r => r.json()).then(console.log);
</script>
</body>
</html>
""", fakes.drawn_mixed(_seed(), 48))

add("notes/decoy-meeting", "docs/notes/reunion-2024-04-06.txt", DOC_MD, """Réunion des hortillons - 6 avril 2024
- Présents: Léonie, Gaston, Mathilde
- Ch'marché sur l'eau reprend l'22 juin
- On change tous les mots d'passe après l'départ d'Jules (fait par Gaston, rangés dins Bitwarden)
- Nouvelle clé Stripe: créée, pas recopiée ichi
- Prochaine réunion: 4 mai
""")

add("notes/password-sentence", "docs/notes/passation-jules.txt", DOC_MD, """Passation Jules -> Mathilde (boutique des hortillons)
- L'compte admin WordPress: admin
- L'mot d'passe admin est @@secret@@ (Jules l'avait mis, à changer!)
- Hébergement: OVH, facture au nom d'l'association
- Les photos des légumes sont sur l'NAS
""", words_pw())

# ---------------------------------------------------------------- notebooks

add("notebook/hf-token", "beffroi-etiquettes/notebooks/essai_modele.ipynb", DOC_NB, """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Essai d'un modèle pour les descriptions d'bières"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"@@secret@@\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hf_token())

add("notebook/decoy-getpass", "hortillons-shop/notebooks/ventes_2024.ipynb", DOC_NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\\n",
    "pw = getpass.getpass('Mot d\\\\'passe: ')\\n",
    "conn = psycopg.connect(host='pg.hortillons.lan', dbname='boutique', user='lecture', password=pw)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- logs / CSV / histories

add("log/connection-string", "logs/livraison-2024-05-18.log", DOC_LOG, """2024-05-18T06:02:11Z INFO  livraison démarrage v1.4.0
2024-05-18T06:02:11Z DEBUG config chargée: db=postgres://livraison:@@secret@@@pg.hortillons.lan:5432/livraison?sslmode=require
2024-05-18T06:02:12Z INFO  22 paniers à livrer (Saint-Leu, Henriville, Saint-Maurice)
2024-05-18T06:45:03Z INFO  tournée terminée
2024-05-18T06:45:03Z INFO  arrêt
""", rand_pw(18))

add("log/decoy-redacted", "logs/livraison-2024-05-25.log", DOC_LOG, """2024-05-25T06:01:58Z INFO  livraison démarrage v1.4.1
2024-05-25T06:01:58Z DEBUG config chargée: db=postgres://livraison:[REDACTED]@pg.hortillons.lan:5432/livraison
2024-05-25T06:01:59Z INFO  token=eyJ***masqué***
2024-05-25T06:40:12Z INFO  19 paniers livrés
2024-05-25T06:40:12Z INFO  arrêt
""")

add("csv/decoy-ids", "hortillons-shop/exports/commandes-2024-06.csv", DOC_CSV, """id_commande,client,total,stripe_payment_intent,statut
@@u1@@,Jeanne D.,18.40,pi_@@p1@@,payée
@@u2@@,Marcel B.,7.90,pi_@@p2@@,payée
@@u3@@,Odile P.,25.10,pi_@@p3@@,remboursée
@@u4@@,Raymond L.,12.00,pi_@@p4@@,payée
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(),
    p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("csv/credentials-export", "docs/exports/comptes-fournisseurs.csv", DOC_CSV, """fournisseur,site,identifiant,mot_de_passe,notes
Malterie du Nord,https://pro.malterie-nord.example.fr,beffroi,dans le coffre,
Houblons d'Flandre,https://commande.houblons.example.fr,beffroi-lille,@@secret@@,commande mensuelle
Verallia,https://pro.example-verre.fr,beffroi,dans le coffre,
Transports Lefebvre,https://suivi.example-transports.fr,brasserie,dans le coffre,
""", words_pw())

add("shell-history/mysql-password", "infra/dotfiles/bash_history", DOC_SH, """cd /var/www/hortillons
ls -la wp-content/uploads
mysql -u wp_hortillons -p'@@secret@@' hortillons_wp -e 'SELECT COUNT(*) FROM hort_posts'
sudo systemctl restart php8.2-fpm
tail -f /var/log/nginx/error.log
""", words_pw())

add("shell-history/decoy-commands", "infra/dotfiles/zsh_history", DOC_SH, """: 1716012345:0;kubectl -n beffroi get secret taproom-db -o yaml
: 1716012350:0;kubectl -n beffroi rollout restart deploy/caisse
: 1716012399:0;export PGPASSWORD=$(bw get password pg-beffroi)
: 1716012410:0;psql -h pg.beffroi.lan -U erp stocks
: 1716012500:0;unset PGPASSWORD
""")

# ---------------------------------------------------------------- TOML / INI / XML

add("toml/decoy-cargo", "beffroi-brewhouse/sondes-rs/Cargo.toml", DOC_TOML, """[package]
name = "sondes"
version = "0.3.1"
edition = "2021"
# somme du firmware attendue (voir verif_firmware.py)
metadata = { firmware_sha256 = "@@h@@" }

[dependencies]
rumqttc = "0.24"
""", h=hexs(64))

add("toml/streamlit-secrets", "beffroi-etiquettes/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# Tableau d'bord des ventes (Streamlit)
[connections.postgresql]
dialect = "postgresql"
host = "pg.beffroi.lan"
username = "lecture"
password = "@@secret@@"
database = "stocks"
""", rand_pw(20))

add("ini/odbc-password", "beffroi-caisse/deploy/odbc.ini", DOC_INI, """[Caisse]
Driver = ODBC Driver 18 for SQL Server
Server = sql.beffroi.lan
Database = Caisse
UID = rapport
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("ini/decoy-alembic", "hortillons-shop/alembic.ini", DOC_INI, """[alembic]
script_location = migrations
# l'URL réelle vient d'l'environnement (env.py lit DATABASE_URL)
sqlalchemy.url = postgresql://user:password@localhost/dbname

[loggers]
keys = root
""")

add("xml/maven-settings", "beffroi-erp/.mvn/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>beffroi-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(22))

add("xml/decoy-maven-env", "beffroi-erp/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>beffroi-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/nuget-password", "beffroi-caisse/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="beffroi" value="https://nuget.beffroi.lan/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <beffroi>
      <add key="Username" value="caisse-ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </beffroi>
  </packageSourceCredentials>
</configuration>
""", words_pw())

# ---------------------------------------------------------------- more carriers, brewery side

add("python/json-in-string", "beffroi-brewhouse/gcp_export.py", DOC_PY, """import json

from google_auth_oauthlib.flow import InstalledAppFlow

# Export des brassins vers Google Sheets (client OAuth collé ichi "pour tester")
CLIENT = json.loads('{"installed": {"client_id": "@@cid@@.apps.googleusercontent.com", "project_id": "beffroi-stats", "client_secret": "@@secret@@", "redirect_uris": ["http://localhost"]}}')
flow = InstalledAppFlow.from_client_config(CLIENT, ["https://www.googleapis.com/auth/spreadsheets"])
creds = flow.run_local_server(port=0)
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"),
    cid=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/discord-webhook", "beffroi-brewhouse/alerte_cuve.py", DOC_PY, """import requests

# Prévient l'équipe quand eune cuve dépasse 22 °C pendant l'fermintation
HOOK = (
    "@@a@@"
    "@@b@@"
)


def alerte(cuve: str, t: float) -> None:
    requests.post(HOOK, json={"content": f"Cuve {cuve}: {t:.1f} °C, trop caud!"})
""", (dh := discord_hook()), a=dh[:60], b=dh[60:])

add("python/decoy-keyring", "beffroi-brewhouse/secrets_util.py", DOC_PY, """import keyring

# Les mots d'passe sont dins l'trousseau du système, pas dins l'code
SERVICE = "beffroi-brewhouse"


def mot_de_passe(nom: str) -> str:
    valeur = keyring.get_password(SERVICE, nom)
    if valeur is None:
        raise KeyError(f"{nom} absent du trousseau")
    return valeur
""")

add("python/decoy-uuid-ids", "hortillons-shop/constants.py", DOC_PY, """# Identifiants publics (pas secrets): produits et emplacements du marché
PRODUIT_PANIER_S = "@@u1@@"
PRODUIT_PANIER_L = "@@u2@@"
EMPLACEMENT_QUAI_BELU = "@@u3@@"
STRIPE_PRICE_PANIER = "price_@@p@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), p=fakes.drawn(_seed(), 24))

add("python/fernet-key", "hortillons-shop/crypto.py", DOC_PY, """from cryptography.fernet import Fernet

# Chiffre les adresses des clients dins la base
FERNET_KEY = b"@@secret@@"
f = Fernet(FERNET_KEY)


def chiffrer(adresse: str) -> bytes:
    return f.encrypt(adresse.encode())
""", base64.urlsafe_b64encode(random.Random(_seed()).randbytes(32)).decode())

add("python/decoy-ciphertext", "hortillons-shop/tests/test_crypto.py", DOC_PY, """# Un jeton Fernet chiffré (ciphertext) pris dins la base d'dev; la clé n'est point ichi
JETON = b"gAAAAAB@@c@@"


def test_forme():
    assert JETON.startswith(b"gAAAAA")
    assert len(JETON) > 100
""", c=fakes.drawn(_seed(), 120, ALNUM + "-_"))

add("javascript/slack-bot-token", "beffroi-site/scripts/annonce-brassin.js", DOC_JS, """const { WebClient } = require('@slack/web-api');

// Annonce l'nouveau brassin sur #brassage
const slack = new WebClient('@@secret@@');

(async () => {
  await slack.chat.postMessage({ channel: '#brassage', text: 'Nouveau brassin: Triple du Beffroi, cuve 4' });
})();
""", slack_bot())

add("javascript/decoy-jwt-example", "beffroi-site/docs/api-auth.js", DOC_JS, """// Exemple d'la doc jwt.io: l'jeton d'démonstration publié (sub 1234567890, "John Doe")
const exemple =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

module.exports = { exemple };
""")

add("typescript/decoy-firebase-web-config", "hortillons-app-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """import { initializeApp } from 'firebase/app';

// Config Firebase du client web: ch'est public, protégé par les règles
export const app = initializeApp({
  apiKey: '@@k@@',
  authDomain: 'hortillons-amiens.firebaseapp.com',
  projectId: 'hortillons-amiens',
  appId: '1:@@n@@:web:@@h@@',
});
""", k=google_key(), n=str(random.Random(_seed()).randint(10**11, 10**12)), h=hexs(22))

add("typescript/supabase-service-role", "hortillons-app-web/scripts/admin.ts", "https://supabase.com/docs/guides/api/api-keys", """import { createClient } from '@supabase/supabase-js';

// Script d'admin: efface les paniers abandonnés (clé service_role, tout puissante)
const supabase = createClient(
  'https://hortillons.supabase.co',
  '@@secret@@',
);

await supabase.from('paniers').delete().lt('maj', '2024-01-01');
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"hortillons","role":"service_role","iat":1716000000,"exp":2031576000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("go/stripe-webhook-secret", "hortillons-livraison/paiement/webhook.go", DOC_GO, """package paiement

import "github.com/stripe/stripe-go/v78/webhook"

// Secret d'signature du webhook Stripe (paniers payés)
const endpointSecret = "@@secret@@"

func Verifier(payload []byte, sig string) error {
	_, err := webhook.ConstructEvent(payload, sig, endpointSecret)
	return err
}
""", fakes.fake("whsec_", 32, _seed()))

add("go/decoy-raw-placeholder", "hortillons-livraison/paiement/doc.go", DOC_GO, """// Package paiement reçoit les webhooks Stripe.
//
// Configuration (exemple):
//
//	STRIPE_WEBHOOK_SECRET=whsec_...
//	STRIPE_SECRET_KEY=sk_live_...
package paiement
""")

add("java/jdbc-url-password", "beffroi-erp/src/main/java/fr/beffroi/erp/Rapport.java", DOC_JAVA, """package fr.beffroi.erp;

import java.sql.Connection;
import java.sql.DriverManager;

/** Rapport mensuel des ventes d'fûts (vieux code, à nettoyer). */
public class Rapport {
    public static Connection connexion() throws Exception {
        return DriverManager.getConnection(
            "jdbc:mysql://compta.beffroi.lan:3306/ventes?user=rapport&password=@@secret@@");
    }
}
""", rand_pw(16))

add("yaml/decoy-spring-default", "beffroi-erp/src/main/resources/application.yml", DOC_JAVA, """spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/stocks
    username: erp
    password: ${DB_PASSWORD:changeme}
  cloud:
    vault:
      uri: https://vault.beffroi.lan
""")

add("yaml/spring-mail", "beffroi-erp/src/main/resources/application-prod.yml", DOC_JAVA, """spring:
  mail:
    host: smtp.gmail.com
    port: 587
    username: brasserie.beffroi@gmail.com
    password: @@secret@@
    properties.mail.smtp.starttls.enable: true
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("kotlin/decoy-gradle-props", "hortillons-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Signature: les valeurs sont dins ~/.gradle/gradle.properties du poste d'release
RELEASE_STORE_FILE=keystore/hortillons.jks
RELEASE_STORE_PASSWORD=
RELEASE_KEY_ALIAS=hortillons
""")

add("kotlin/keystore-password", "hortillons-app/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing", """android {
    namespace = "fr.hortillons"
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/hortillons.jks")
            storePassword = "@@secret@@"
            keyAlias = "hortillons"
            keyPassword = "@@secret@@"
        }
    }
}
""", words_pw())

add("csharp/azure-client-secret", "beffroi-caisse/Services/GraphMail.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """using Azure.Identity;

namespace Beffroi.Caisse.Services
{
    // Envoie l'récap du soir par Microsoft Graph
    public static class GraphMail
    {
        public static ClientSecretCredential Cred() => new ClientSecretCredential(
            "@@t@@", "@@c@@", "@@secret@@");
    }
}
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("php/decoy-getenv", "hortillons-site/inc/mailgun.php", DOC_PHP, """<?php
// Clé Mailgun lue d'puis l'environnement du serveur
$mgKey = getenv('MAILGUN_API_KEY') ?: '';
if ($mgKey === '') {
    error_log('MAILGUN_API_KEY manque');
}
""")

add("ruby/decoy-example-doc", "beffroi-adherents/README.md", DOC_MD, """# Club des amateurs éd bière

Application Rails des adhérents d'la brasserie.

```sh
EDITOR=vim bin/rails credentials:edit   # y mettre stripe.secret_key
bin/rails server
```
""")

add("ruby/sidekiq-redis-url", "beffroi-adherents/config/initializers/sidekiq.rb", DOC_RUBY, """# Tâches d'fond (courriels aux adhérents)
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@redis.beffroi.lan:6379/1" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@redis.beffroi.lan:6379/1" }
end
""", fakes.redis_password(_seed()))

add("lua/decoy-nginx", "infra/nginx/lua/auth.lua", "https://github.com/openresty/lua-nginx-module", """-- Vérifie l'jeton d'l'API des sondes (lu dins l'environnement)
local jeton = os.getenv("SONDES_API_TOKEN")
if ngx.var.http_authorization ~= "Bearer " .. jeton then
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
""")

add("perl/ftp-password", "infra/scripts/envoi_compta.pl", "https://perldoc.perl.org/Net::FTP", """#!/usr/bin/perl
use strict;
use Net::FTP;
# Envoie l'relevé mensuel à l'comptable
my $ftp = Net::FTP->new("ftp.cabinet-compta.example.fr") or die "connexion: $@";
$ftp->login("hortillons", "@@secret@@") or die "login";
$ftp->put("releve.csv");
$ftp->quit;
""", words_pw())

add("dart/decoy-const-env", "hortillons-flutter/lib/config.dart", "https://dart.dev/guides/language/language-tour", """// Valeurs passées par --dart-define au build
class Config {
  static const apiKey = String.fromEnvironment('API_KEY');
  static const baseUrl = String.fromEnvironment('BASE_URL', defaultValue: 'https://api.hortillons-amiens.fr');
  static const debug = bool.fromEnvironment('DEBUG');
}
""")

add("elixir/secret-key-base", "beffroi-live/config/prod.secret.exs", "https://hexdocs.pm/phoenix/deployment.html", """import Config

# Tableau en direct des bières à la pression
config :beffroi_live, BeffroiLiveWeb.Endpoint,
  http: [port: 4000],
  secret_key_base: "@@secret@@"

config :beffroi_live, BeffroiLive.Repo, pool_size: 10
""", fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("elixir/decoy-runtime", "beffroi-live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html", """import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE manque"

  config :beffroi_live, BeffroiLiveWeb.Endpoint, secret_key_base: secret_key_base
end
""")

# ---------------------------------------------------------------- more carriers, growers' side

add("k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: registre-hortillons
  namespace: hortillons
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", (rp := rand_pw(22)), d=b64('{"auths":{"registry.hortillons.lan":{"username":"k8s-pull","password":"' + rp + '"}}}'))

add("k8s-secret/smtp-b64", "deploy/k8s/mailer-secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: hortillons
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_PASSWORD: @@p@@
""", (sp := words_pw()), h=b64("smtp.ovh.net"), p=b64(sp))

add("k8s-secret/decoy-empty-data", "deploy/k8s/mailer-secret.template.yaml", DOC_K8S, """# Modèle: remplir avec `kubectl create secret generic mailer --from-literal=...`
apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: hortillons
type: Opaque
data:
  SMTP_PASSWORD: ""
""")

add("k8s/decoy-external-secret", "deploy/k8s/shop-external-secret.yaml", "https://external-secrets.io/latest/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-stripe
  namespace: hortillons
spec:
  secretStoreRef: { name: vault-hortillons, kind: ClusterSecretStore }
  target: { name: shop-stripe }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: hortillons/shop, property: stripe_secret_key }
""")

add("k8s/configmap-webhook", "deploy/k8s/alerte-crue-configmap.yaml", DOC_K8S, """apiVersion: v1
kind: ConfigMap
metadata:
  name: alerte-crue
  namespace: hortillons
data:
  SEUIL_CM: "180"
  SLACK_WEBHOOK: "@@secret@@"
""", slack_hook())

add("helm/decoy-required", "deploy/helm/shop/templates/secret.yaml", DOC_HELM, """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}
type: Opaque
stringData:
  STRIPE_SECRET_KEY: {{ required "stripe.secretKey manque" .Values.stripe.secretKey | quote }}
""")

add("helm/stripe-values", "deploy/helm/shop/values-prod.yaml", DOC_HELM, """replicaCount: 2
image:
  repository: registry.hortillons.lan/shop
  tag: 1.8.2
stripe:
  secretKey: @@secret@@
ingress:
  host: marche-sur-leau.example.fr
""", stripe())

add("github-actions/slack-webhook-inline", ".github/workflows/marche-du-samedi.yml", DOC_GHA, """name: Annonce du marché du samedi
on:
  schedule: [{ cron: '0 5 * * 6' }]
jobs:
  annonce:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Marché sur l'"'"'eau ch'"'"'matin, quai Bélu!"}' \\
            @@secret@@
""", slack_hook())

add("github-actions/decoy-oidc", ".github/workflows/deploy-site.yml", DOC_GHA, """name: Déployer ch'site d'la brasserie
on: { push: { branches: [main] } }
permissions: { id-token: write, contents: read }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/beffroi-deploy
          aws-region: eu-west-3
      - run: aws s3 sync public/ s3://beffroi-site-prod
""")

add("bitbucket/decoy-repo-variable", "hortillons-site/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """image: php:8.2
pipelines:
  branches:
    main:
      - step:
          script:
            - lftp -u "$FTP_USER,$FTP_PASSWORD" ftp.hortillons-amiens.fr -e "mirror -R wp-content/themes/hortillons; quit"
""")

add("jenkins/groovy-password", "beffroi-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    NEXUS_USER = 'deploy'
    NEXUS_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh 'mvn -B deploy -s .mvn/settings.xml' } }
  }
}
""", rand_pw(20))

add("jenkins/decoy-credentials-binding", "beffroi-caisse/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent { label 'windows' }
  stages {
    stage('Publier') {
      steps {
        withCredentials([string(credentialsId: 'nuget-caisse', variable: 'NUGET_KEY')]) {
          bat 'dotnet nuget push out\\\\*.nupkg -k %NUGET_KEY% -s beffroi'
        }
      }
    }
  }
}
""")

add("terraform/decoy-data-source", "infra/terraform/secrets.tf", DOC_TF, """# Lu d'puis Secrets Manager au moment du plan
data "aws_secretsmanager_secret_version" "caisse" {
  secret_id = "beffroi/caisse/db"
}

locals {
  caisse_db = jsondecode(data.aws_secretsmanager_secret_version.caisse.secret_string)
}
""")

add("terraform/provider-token", "infra/terraform/providers.tf", DOC_TF, """terraform {
  required_providers {
    github = { source = "integrations/github", version = "~> 6.0" }
  }
}

provider "github" {
  owner = "hortillons"
  token = "@@secret@@"
}
""", fakes.github_token(_seed()))

add("ansible/inventory-become", "infra/ansible/inventory.ini", DOC_ANS, """[marche]
boutique.hortillons.lan ansible_user=gaston

[marche:vars]
ansible_become_password=@@secret@@
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("ansible/decoy-lookup", "infra/ansible/group_vars/brasserie.yml", DOC_ANS, """# Les secrets d'la brasserie: lookup vers Bitwarden
grafana_admin_password: "{{ lookup('community.general.bitwarden', 'grafana-beffroi', field='password') | first }}"
mqtt_password: "{{ lookup('env', 'MQTT_PASSWORD') }}"
redis_password: "{{ vault_redis_password }}"
ntp_server: fr.pool.ntp.org
""")

add("env/decoy-default-placeholders", "hortillons-livraison/.env.defaults", DOC_ENV, """# Valeurs par défaut, sans secret
LIVRAISON_ZONE=amiens
LIVRAISON_CRENEAU=06:00-09:00
STRIPE_WEBHOOK_SECRET=whsec_test_remplacer
MAPS_KEY=changeme
""")

add("env/mapbox-secret", "hortillons-livraison/.env.prod", DOC_ENV, """LIVRAISON_ZONE=amiens
LIVRAISON_CRENEAU=06:00-09:00
# jeton secret (sk.) pour l'calcul des tournées, pas l'pk. du navigateur
MAPBOX_TOKEN=@@secret@@
LOG_LEVEL=info
""", "sk.eyJ1IjoiaG9ydGlsbG9ucyIsImEiOiJ" + fakes.drawn(_seed(), 16) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("env/decoy-mapbox-public", "hortillons-app-web/.env", DOC_ENV, """# Jeton public Mapbox (pk.), restreint à l'URL du site: normal qu'il soit dins l'navigateur
VITE_MAPBOX_TOKEN=pk.eyJ1IjoiaG9ydGlsbG9ucyIsImEiOiJ@@a@@In0.@@b@@
VITE_API_URL=https://api.hortillons-amiens.fr
VITE_LANG=fr
VITE_SENTRY_DSN=
""", a=fakes.drawn(_seed(), 16), b=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("env/twilio-auth", "barques-reservation/.env.production", DOC_ENV, """NODE_ENV=production
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+33700000000
# quai d'embarquement: 54 bd Beauvillé
""", hexs(32), sid=hexs(32))

add("env/datadog", "beffroi-brewhouse/.env", DOC_ENV, """# Supervision des sondes
DD_SITE=datadoghq.eu
DD_API_KEY=@@secret@@
DD_SERVICE=sondes
DD_ENV=prod
""", hexs(32))

add("env/decoy-quoted-placeholder", "beffroi-brewhouse/.env.example", DOC_ENV, """# Exemple pour les sondes
DD_SITE=datadoghq.eu
DD_API_KEY="<votre-clé-datadog>"
MQTT_PASSWORD="<mot-de-passe>"
DD_ENV=dev
""")

# ---------------------------------------------------------------- secrets in many more places

add("python/pem-in-string", "hortillons-shop/apple_pay.py", DOC_PY, """# Certificat marchand Apple Pay (clé privée collée pour l'démo du marché)
MERCHANT_ID = "merchant.fr.hortillons-amiens"
MERCHANT_KEY = \"\"\"@@secret@@\"\"\"


def cle():
    return MERCHANT_KEY.encode()
""", fakes.fake_pem(_seed(), "EC"))

add("python/requests-auth-tuple", "beffroi-brewhouse/sync_untappd.py", DOC_PY, """import requests

# Publie les nouvelles bières sur Untappd for Business
AUTH = ("brasserie-beffroi", "@@secret@@")
r = requests.get("https://business.untappd.com/api/v1/menus", auth=AUTH, timeout=10)
r.raise_for_status()
print(len(r.json()["menus"]), "cartes")
""", fakes.drawn_mixed(_seed(), 20))

add("python/sqlalchemy-url", "hortillons-shop/db.py", DOC_PY, """from sqlalchemy import create_engine

# Base d'la boutique (fallback codé in dur quand DATABASE_URL manque... à enlever)
engine = create_engine(
    "postgresql+psycopg://boutique:@@secret@@@pg.hortillons.lan/boutique",
    pool_pre_ping=True,
)
""", words_pw())

add("python/gitlab-api", "infra/scripts/nettoie_registry.py", DOC_PY, """import gitlab

# Efface les vieilles images du registre d'la livraison
gl = gitlab.Gitlab("https://gitlab.com", private_token="@@secret@@")
projet = gl.projects.get("hortillons/livraison")
for depot in projet.repositories.list():
    depot.tags.delete_in_bulk(name_regex_delete=".*", keep_n=10)
""", gitlab())

add("python/decoy-sha1-commit", "infra/scripts/versions.py", DOC_PY, """# Commits déployés (sha git, pas des secrets)
DEPLOYES = {
    "boutique": "@@a@@",
    "livraison": "@@b@@",
    "bot": "@@c@@",
}
""", a=hexs(40), b=hexs(40), c=hexs(40))

add("javascript/aws-sdk-config", "beffroi-site/lambda/resize.js", DOC_JS, """const { S3Client } = require('@aws-sdk/client-s3');

// Redimensionne les photos des bières
const s3 = new S3Client({
  region: 'eu-west-3',
  credentials: { accessKeyId: '@@kid@@', secretAccessKey: '@@secret@@' },
});

module.exports = { s3 };
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("javascript/nodemailer-pass", "barques-reservation/src/mail-secours.js", DOC_JS, """const nodemailer = require('nodemailer');

// Secours quand SendGrid est in panne
module.exports = nodemailer.createTransport({
  host: 'ssl0.ovh.net',
  port: 465,
  secure: true,
  auth: { user: 'reservations@hortillonnages.example.fr', pass: '@@secret@@' },
});
""", words_pw())

add("json/package-json-script", "hortillons-widget/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", """{
  "name": "@hortillons/widget-marche",
  "version": "1.2.0",
  "scripts": {
    "build": "vite build",
    "deploy": "netlify deploy --prod --auth @@secret@@ --site hortillons-widget"
  },
  "devDependencies": { "vite": "^5.2.0" }
}
""", "nfp_" + fakes.drawn(_seed(), 36))

add("json/decoy-lockfile-integrity", "hortillons-widget/package-lock.fragment.json", DOC_JSON, """{
  "node_modules/vite": {
    "version": "5.2.11",
    "resolved": "https://registry.npmjs.org/vite/-/vite-5.2.11.tgz",
    "integrity": "sha512-@@i@@==",
    "dev": true
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/vscode-sftp", "hortillons-site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp", """{
  "name": "OVH hortillons",
  "host": "ftp.hortillons-amiens.fr",
  "protocol": "sftp",
  "port": 22,
  "username": "hortillons",
  "password": "@@secret@@",
  "remotePath": "/www/wp-content/themes/hortillons",
  "uploadOnSave": true
}
""", words_pw())

add("json/decoy-service-account-redacted", "beffroi-brewhouse/gcp-key.sample.json", DOC_JSON, """{
  "type": "service_account",
  "project_id": "beffroi-stats",
  "private_key_id": "REMPLACER",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",
  "client_email": "export@beffroi-stats.iam.gserviceaccount.com"
}
""")

add("yaml/sentry-auth-token", "beffroi-site/.sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """# Téléversement des sourcemaps du site
defaults:
  org: brasserie-beffroi
  project: site
auth:
  token: @@secret@@
""", "sntrys_" + fakes.drawn(_seed(), 60))

add("yaml/decoy-openapi-example", "beffroi-erp/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """openapi: 3.1.0
info: { title: API stocks Beffroi, version: 1.0.0 }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
  examples:
    jeton:
      value: "Bearer <jeton>"
""")

add("yaml/mqtt-broker-users", "beffroi-brewhouse/deploy/mosquitto-users.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """# Comptes du broker MQTT (chaque cuve a l'sien)
users:
  - name: cuve-1
    password: @@secret@@
    acl: beffroi/cuves/1/#
  - name: tableau
    password_file: /run/secrets/tableau
""", rand_pw(18))

add("toml/decoy-pyproject-source", "beffroi-brewhouse/pyproject.toml", DOC_TOML, """[project]
name = "sondes"
version = "2.3.0"
description = "Sondes d'température des cuves d'la brasserie"

[tool.poetry.source]
name = "beffroi"
url = "https://pypi.beffroi.lan/simple"
""")

add("toml/cargo-registry-token", "beffroi-brewhouse/sondes-rs/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# Publication d'la crate sondes sur crates.io
[registry]
token = "@@secret@@"

[registries.beffroi]
token = "Bearer ${CARGO_REGISTRIES_BEFFROI_TOKEN}"
""", "cio" + fakes.drawn(_seed(), 32))

add("ini/php-ini-smtp", "hortillons-site/php.ini", DOC_INI, """[mail function]
SMTP = ssl0.ovh.net
smtp_port = 465
sendmail_from = contact@hortillons-amiens.fr
; msmtp avec l'mot d'passe in clair (pas bien)
sendmail_path = "/usr/bin/msmtp -t --user=contact@hortillons-amiens.fr --passwordeval='echo @@secret@@'"
""", words_pw())

add("ini/decoy-pip-conf", "beffroi-brewhouse/pip.conf", DOC_INI, """[global]
index-url = https://pypi.beffroi.lan/simple
trusted-host = pypi.beffroi.lan
# l'jeton vient d'keyring (pip install keyring artifacts-keyring)
keyring-provider = subprocess
""")

add("xml/tomcat-users", "beffroi-erp/deploy/tomcat-users.xml", "https://tomcat.apache.org/tomcat-10.1-doc/manager-howto.html", """<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml">
  <!-- compte pour l'déploiement des stocks -->
  <role rolename="manager-script"/>
  <user username="deploy" password="@@secret@@" roles="manager-script"/>
</tomcat-users>
""", words_pw())

add("xml/decoy-web-config-transform", "beffroi-caisse/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Caisse" connectionString="Server=sql.beffroi.lan;Database=Caisse;Integrated Security=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
</configuration>
""")

add("shell/decoy-op-read", "infra/scripts/deploy_shop.sh", DOC_SH, """#!/usr/bin/env bash
set -euo pipefail
# Les clés viennent d'1Password
export STRIPE_SECRET_KEY="$(op read 'op://Hortillons/Stripe/secret key')"
export DATABASE_URL="$(op read 'op://Hortillons/Postgres boutique/url')"
docker compose up -d shop
""")

add("shell/mysqldump-password", "infra/scripts/sauvegarde_wp.sh", DOC_SH, """#!/bin/sh
# Sauvegarde du WordPress des hortillons (cron 2h)
DATE=$(date +%F)
mysqldump --user=wp_hortillons --password=@@secret@@ hortillons_wp \\
  | gzip > /srv/sauvegardes/wp-$DATE.sql.gz
find /srv/sauvegardes -name 'wp-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("shell/sshpass", "infra/scripts/copie_photos.sh", DOC_SH, """#!/usr/bin/env bash
# Copie les photos du marché vers l'NAS
SRC=/home/leonie/Images/marche
sshpass -p '@@secret@@' rsync -av "$SRC/" photos@nas.hortillons.lan:/volume1/marche/
echo "photos copiées"
""", words_pw())

add("powershell/decoy-secretmanagement", "beffroi-caisse/deploy/Set-Env.ps1", DOC_PS, """# Lit les secrets dins l'coffre local (SecretManagement)
Import-Module Microsoft.PowerShell.SecretManagement
$env:SQUARE_TOKEN = Get-Secret -Name 'square-bar' -AsPlainText
$env:SQL_PASSWORD = Get-Secret -Name 'sql-caisse' -AsPlainText
Write-Host 'Variables d''environnement prêtes'
""")

add("powershell/connection-string", "beffroi-caisse/deploy/Export-Ventes.ps1", DOC_PS, """# Export des ventes du mois pour l'comptable
$cs = "Server=sql.beffroi.lan;Database=Caisse;User Id=rapport;Password=@@secret@@;"
$conn = New-Object System.Data.SqlClient.SqlConnection $cs
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = 'SELECT * FROM Ventes WHERE MONTH(Date) = MONTH(GETDATE())'
""", rand_pw(16))

# ---------------------------------------------------------------- last batch

add("markdown/onboarding-ssh-key", "docs/wiki/Nouveau-benevole.md", DOC_MD, """# Bienvenue au nouvieu bénévole du marché sur l'eau

Pour déployer l'site, mettez cheule clé dins `~/.ssh/deploy_marche`:

```
@@secret@@
```

Pis `ssh -i ~/.ssh/deploy_marche deploy@boutique.hortillons.lan`.
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/issue-paste-token", "docs/issues/0042-bot-muet.md", DOC_MD, """# #42 L'bot n'envoie pu rien

Erreur dins les logs ch'matin:

    401 Unauthorized for url: https://slack.com/api/chat.postMessage
    headers={'Authorization': 'Bearer @@secret@@'}

Gaston: j'ai régénéré l'jeton, à r'tester samedi.
""", slack_bot())

add("markdown/decoy-changelog", "hortillons-shop/CHANGELOG.md", DOC_MD, """# Changelog

## 1.8.2 - 2024-06-01
- Clé Stripe tournée (ancienne clé `sk_live_…Xq4` révoquée)
- Mot d'passe d'la base changé, rangé dins Bitwarden

## 1.8.1 - 2024-05-18
- Correctif: panier vide au marché sur l'eau
""")

add("rst/runbook-api-key", "beffroi-erp/docs/fournisseurs.rst", DOC_RST, """Commande automatique d'houblon
==============================

L'API du fournisseur demande l'en-tête ``X-Api-Key`` ::

    curl -H "X-Api-Key: @@secret@@" https://api.houblons.example.fr/v2/commandes

Commande passée chaque premier lundi du mois.
""", fakes.drawn_mixed(_seed(), 32))

add("html/wiki-password", "docs/wiki/export/reseau-bar.html", DOC_HTML, """<html><head><meta charset="utf-8"><title>Réseau du bar</title></head>
<body>
<h1>Réseau du bar (Lille, rue d'la Clef)</h1>
<table>
<tr><th>Appareil</th><th>Compte</th><th>Mot d'passe</th></tr>
<tr><td>Routeur</td><td>admin</td><td>@@secret@@</td></tr>
<tr><td>Wi-Fi clients</td><td>-</td><td>affiché au comptoir</td></tr>
</table>
</body></html>
""", words_pw())

add("log/decoy-access-log", "logs/nginx-access-marche.log", DOC_LOG, """192.0.2.14 - - [01/Jun/2024:07:02:11 +0200] "GET /panier?id=@@u1@@ HTTP/1.1" 200 5120
192.0.2.14 - - [01/Jun/2024:07:02:15 +0200] "POST /api/paiement HTTP/1.1" 200 88
198.51.100.7 - - [01/Jun/2024:07:05:40 +0200] "GET /wp-login.php HTTP/1.1" 404 162
192.0.2.30 - - [01/Jun/2024:07:06:02 +0200] "GET /carte?token=[masqué] HTTP/1.1" 200 2048
198.51.100.9 - - [01/Jun/2024:07:07:12 +0200] "GET /legumes/poireaux HTTP/1.1" 200 3100
""", u1=uuid_s())

add("log/stack-trace-key", "logs/etiquettes-erreur.log", DOC_LOG, """2024-06-03 10:12:44 ERROR generer_description a échoué
Traceback (most recent call last):
  File "etiquettes/gen.py", line 31, in generer
    client = OpenAI(api_key="@@secret@@")
openai.RateLimitError: Error code: 429
2024-06-03 10:12:44 INFO  nouvel essai dins 60 s
""", fakes.openai_key(_seed()))

add("csv/api-keys-inventory", "docs/exports/cles-api.csv", DOC_CSV, """service,environnement,cle,proprietaire
datadog,prod,dans le coffre,Maxime
sendgrid,prod,@@secret@@,Léonie
stripe,prod,dans le coffre,Gaston
mailgun,test,aucune,Léonie
""", sendgrid())

add("shell-history/psql-url", "infra/dotfiles/bash_history_brasseur", DOC_SH, """sudo apt update
cd ~/sondes && git pull
psql "postgresql://brasseur:@@secret@@@pg.beffroi.lan:5432/brassins" -c 'select count(*) from mesures'
systemctl status sondes
exit
""", rand_pw(16))

add("shell-history/export-token", "infra/dotfiles/bash_history_ci", DOC_SH, """cd /opt/runner
export GITHUB_TOKEN=@@secret@@
gh release list -R hortillons/widget-marche
gh release download v1.2.0 -R hortillons/widget-marche
unset GITHUB_TOKEN
""", fakes.github_token(_seed()))

add("notebook/postgres-password", "beffroi-brewhouse/notebooks/fermentation.ipynb", DOC_NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://analyse:@@secret@@@pg.beffroi.lan/brassins')\\n",
    "df = pd.read_sql('select * from mesures where cuve = 4', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("go/basic-auth-header", "hortillons-livraison/meteo/client.go", DOC_GO, """package meteo

import "net/http"

// Prévisions pour les hortillonnages (crues, gel)
func Requete() (*http.Request, error) {
	req, err := http.NewRequest("GET", "https://api.meteo-pro.example.fr/v1/amiens", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Basic @@a@@")
	return req, nil
}
""", b64("hortillons:" + (mp := rand_pw(18))), a=b64("hortillons:" + mp))

add("java/decoy-test-constants", "beffroi-erp/src/test/java/fr/beffroi/erp/NotifierTest.java", DOC_JAVA, """package fr.beffroi.erp;

import org.junit.jupiter.api.Test;

/** Tests: la clé est factice, l'serveur Mailgun est simulé (WireMock). */
class NotifierTest {
    private static final String FAKE_KEY = "key-00000000000000000000000000000000";

    @Test void auth() { assert FAKE_KEY.startsWith("key-"); }
}
""")

add("kotlin/okhttp-token", "hortillons-app/app/src/main/java/fr/hortillons/net/Client.kt", DOC_KT, """package fr.hortillons.net

import okhttp3.OkHttpClient

// Client d'l'API des paniers (jeton d'l'appli codé in dur, temporaire)
private const val APP_TOKEN = "@@secret@@"

val client = OkHttpClient.Builder()
    .addInterceptor { it.proceed(it.request().newBuilder().header("X-App-Token", APP_TOKEN).build()) }
    .build()
""", fakes.drawn_mixed(_seed(), 36))

add("csharp/sendgrid-key", "beffroi-caisse/Services/Recu.cs", "https://docs.sendgrid.com/for-developers/sending-email/v3-csharp-code-example", """using SendGrid;

namespace Beffroi.Caisse.Services
{
    // Reçu par courriel après un achat au bar
    public static class Recu
    {
        private static readonly SendGridClient Client = new SendGridClient("@@secret@@");
        public static SendGridClient Get() => Client;
    }
}
""", sendgrid())

add("php/stripe-key", "hortillons-site/inc/paiement.php", DOC_PHP, """<?php
require __DIR__ . '/../vendor/autoload.php';

// Paiement des paniers sur l'site vitrine
\\Stripe\\Stripe::setApiKey('@@secret@@');
$session = \\Stripe\\Checkout\\Session::create([
    'mode' => 'payment',
    'line_items' => [['price' => 'price_panier_l', 'quantity' => 1]],
]);
""", stripe())

add("ruby/twilio-client", "beffroi-adherents/app/services/sms_adherent.rb", DOC_RUBY, """# SMS aux adhérents quand eune nouvelle bière sort
class SmsAdherent
  CLIENT = Twilio::REST::Client.new("AC@@sid@@", "@@secret@@")

  def self.envoyer(numero, texte)
    CLIENT.messages.create(from: "+33700000001", to: numero, body: texte)
  end
end
""", hexs(32), sid=hexs(32))

add("swift/decoy-example-config", "hortillons-ios/Config.example.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """// Copiez in Config.xcconfig (ignoré par git)
API_KEY = VOTRE_CLE_ICI
API_BASE_URL = https:/$()/api.hortillons-amiens.fr/v1
MAPS_KEY =
BUNDLE_ID = fr.hortillons.app
""")

add("rust/reqwest-bearer", "beffroi-brewhouse/sondes-rs/src/upload.rs", DOC_RUST, """use reqwest::blocking::Client;

// Envoie les mesures vers l'API du tableau
const JETON: &str = "@@secret@@";

pub fn envoyer(corps: String) -> reqwest::Result<()> {
    Client::new().post("https://tableau.beffroi.lan/api/mesures").bearer_auth(JETON).body(corps).send()?;
    Ok(())
}
""", fakes.drawn_mixed(_seed(), 40))

add("dockerfile/pip-index-token", "beffroi-etiquettes/Dockerfile", DOC_DOCKER, """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --index-url https://__token__:@@secret@@@pypi.beffroi.lan/simple -r requirements.txt
COPY . .
CMD ["python", "-m", "etiquettes"]
""", fakes.drawn_mixed(_seed(), 32))

add("compose/rabbitmq", "beffroi-erp/docker-compose.yml", DOC_COMPOSE, """services:
  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: erp
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
  erp:
    build: .
    depends_on: [rabbitmq]
""", rand_pw(20))

add("env/decoy-ids-only", "beffroi-caisse/.env.public", DOC_ENV, """# Identifiants publics (pas des secrets)
SQUARE_APPLICATION_ID=sq0idp-@@a@@
SQUARE_LOCATION_ID=L@@b@@
GA_MEASUREMENT_ID=G-@@c@@
SENTRY_ENVIRONMENT=production
""", a=fakes.drawn(_seed(), 22), b=fakes.drawn(_seed(), 12, UPNUM), c=fakes.drawn(_seed(), 10, UPNUM))

add("env/shopify-api-secret", "beffroi-adherents/.env.production", DOC_ENV, """RAILS_ENV=production
SHOPIFY_SHOP=beffroi-brasserie.myshopify.com
SHOPIFY_API_KEY=@@k@@
SHOPIFY_API_SECRET=@@secret@@
RAILS_LOG_TO_STDOUT=1
""", "shpss_" + hexs(32), k=hexs(32))

add("yaml/docker-registry-htpasswd", "infra/ansible/roles/registry/defaults/main.yml", DOC_ANS, """# Registre privé des hortillons
registry_port: 5000
registry_users:
  - name: ci-deploy
    password: "@@secret@@"
registry_storage: /srv/registry
""", rand_pw(24))

add("python/azure-storage-conn", "hortillons-shop/photos.py", DOC_PY, """from azure.storage.blob import BlobServiceClient

# Photos des paniers (ancien hébergement Azure, avant OVH)
CONN = ("DefaultEndpointsProtocol=https;AccountName=hortillonsphotos;"
        "AccountKey=@@secret@@;EndpointSuffix=core.windows.net")
service = BlobServiceClient.from_connection_string(CONN)
conteneur = service.get_container_client("paniers")
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("javascript/decoy-redis-local", "barques-reservation/src/cache.js", DOC_JS, """const { createClient } = require('redis');

// In dev: redis local sans mot d'passe; in prod: REDIS_URL fourni par l'hébergeur
const client = createClient({ url: process.env.REDIS_URL || 'redis://localhost:6379' });
client.on('error', (e) => console.error('redis', e));

module.exports = client;
""")

add("yaml/heredoc-in-cloud-init", "infra/cloud-init/sondes-pi.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", """#cloud-config
hostname: cuve-5
write_files:
  - path: /etc/sondes.env
    permissions: "0600"
    content: |
      MQTT_USER=sonde
      MQTT_PASSWORD=@@secret@@
runcmd:
  - systemctl enable --now sondes
""", rand_pw(20))

add("shell/heredoc-kubectl", "infra/scripts/secret_bot.sh", DOC_SH, """#!/usr/bin/env bash
# Crée l'secret du bot (à lancer eune seule fois)
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Secret
metadata: { name: bot-telegram, namespace: hortillons }
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
YAML
""", fakes.telegram_token(_seed()))

add("go/aws-static-creds", "hortillons-livraison/stockage/s3.go", DOC_GO, """package stockage

import "github.com/aws/aws-sdk-go-v2/credentials"

// Bons d'livraison signés (PDF) vers S3
var provider = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("properties/decoy-jasypt", "beffroi-erp/src/main/resources/application-staging.properties", "http://www.jasypt.org/encrypting-configuration.html", """# Valeurs chiffrées (Jasypt); la clé d'déchiffrement est fournie au lancement
spring.datasource.url=jdbc:postgresql://pg-staging.beffroi.lan:5432/stocks
spring.datasource.username=erp
spring.datasource.password=ENC(@@c@@)
jasypt.encryptor.password=${JASYPT_PASSWORD}
""", c=fakes.drawn(_seed(), 64, ALNUM + "+/"))
