"""Blind set EJ: zoos and public aquariums.

Animal records systems (ZIMS exports, TRACKS, in-house husbandry apps), life-support and
water-quality SCADA (Ignition, Telegraf/InfluxDB, Node-RED, MQTT, reef controllers, plant network
gear), membership and ticketing (Stripe, Square, Tessitura, Galaxy, Shopify gift shop), donor CRMs
(Raiser's Edge NXT / SKY API, Salesforce NPSP, DonorPerfect, Neon), keeper apps (Android, iOS,
Flutter), webcam streaming (YouTube, Twitch, Mux, IVS, RTSP cameras) and veterinary lab
integrations (IDEXX, Antech, HL7, DICOM), with their decoys. Generated fakes only
(seeds 1430000-1439999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
BCRYPT_ALPHABET = "./" + ALNUM
SEED_LOW, SEED_HIGH = 1_430_000, 1_439_999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """Drawn from `alphabet`, with an upper, a lower and a digit when the alphabet has them
    (a bounded number of redraws, then the last draw is patched)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    if alphabet == ALNUM and n >= 3:
        value = "A" + "7" + "q" + value[3:]
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def b64bytes(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


ANIMALS = ["Penguin", "Otter", "Manatee", "Okapi", "Tapir", "Capybara", "Axolotl", "Lemur", "Puffin",
           "Narwhal", "Seahorse", "Walrus", "Gharial", "Pangolin", "Meerkat", "Flamingo", "Anemone",
           "Stingray", "Wombat", "Bonobo", "Cassowary", "Hornbill", "Jaguar", "Nautilus"]
PLACES = ["Reef", "Lagoon", "Savanna", "Kelp", "Tundra", "Canopy", "Harbor", "Delta", "Glacier",
          "Outback", "Marsh", "Lowland", "Estuary", "Ridge", "Grotto", "Shoal"]
LOWER_WORDS = ["kelp", "tide", "otter", "mangrove", "coral", "heron", "basalt", "current", "plankton",
               "driftwood", "lantern", "krill", "ember", "willow", "quartz", "sandbar", "lichen", "pumice"]


def words_pw() -> str:
    """A password a person chose: two theme words, a sign, a number."""
    r = _rng()
    return r.choice(ANIMALS) + r.choice("!#$%*&") + r.choice(PLACES) + str(r.randint(10, 2099))


def name_pw() -> str:
    """Another person's habit: a word, digits and a sign at the end."""
    r = _rng()
    return r.choice(ANIMALS) + r.choice(PLACES).lower() + str(r.randint(1, 99)).zfill(2) + r.choice("!?#$")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER_WORDS, 4)) + "-" + str(r.randint(2, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra) if extra else mixed(n)


def pem(kind: str = "RSA", lines: int = 12) -> str:
    """A private key block of a realistic size (random base64 body, never a real key)."""
    heads = {"RSA": "MIIEowIBAAKCAQEA", "EC": "MHcCAQEEI", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB",
             "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"}
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    r = _rng()
    body = heads.get(kind, "") + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(heads.get(kind, "")) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] = rows[-1] + "=" if len(rows[-1]) < 64 else rows[-1]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def p8_key() -> str:
    """An APNs / App Store Connect .p8 key's shape: PKCS#8 of a P-256 key, four short lines."""
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(136))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END PRIVATE KEY-----"


def donorperfect_key() -> str:
    """A DonorPerfect XML API key as it is pasted into URLs: base64 with /, + and = percent-encoded."""
    raw = b64bytes(72)
    return raw.replace("/", "%2f").replace("+", "%2b").replace("=", "%3d")


def cert_pem(lines: int = 14) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 30))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "=\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 6 - 52)) + "IDAQAB"
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/") + " " + comment


# --- vendor shapes -------------------------------------------------------------------------------

def stripe_secret() -> str:
    return "sk_live_51" + mixed(97)


def stripe_restricted() -> str:
    return "rk_live_51" + mixed(97)


def stripe_publishable() -> str:
    return "pk_live_51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAA" + mixed(60, ALNUM + "-_")


def paypal_secret() -> str:
    return "E" + mixed(79, ALNUM + "-_")


def adyen_key() -> str:
    return "AQE" + mixed(60) + "=-" + chars(43, ALNUM + "+/") + "=-" + mixed(10)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def sendgrid_key() -> str:
    return "SG." + mixed(22, ALNUM + "-_") + "." + mixed(43, ALNUM + "-_")


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + mixed(24))


def teams_webhook() -> str:
    return (f"https://riverbendzoo.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + mixed(43, ALNUM + "-_"))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + mixed(68, ALNUM + "-_")


def aws_pair():
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_client_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~")


def influx_token() -> str:
    return b64bytes(64, urlsafe=True)


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def okta_token() -> str:
    return "00" + mixed(40, ALNUM + "-_")


def vault_token() -> str:
    return "hvs.CAESI" + mixed(86, ALNUM + "-_")


def tfc_token() -> str:
    return mixed(14) + ".atlasv1." + mixed(67)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + mixed(171, ALNUM + "-_") + "=" + hexs(8).upper()


def google_api_key() -> str:
    return "AIza" + mixed(35, ALNUM + "-_")


def google_refresh() -> str:
    return "1//0" + chars(2, string.ascii_letters) + mixed(99, ALNUM + "-_")


def fcm_server_key() -> str:
    return "AAAA" + mixed(7, ALNUM + "-_") + ":APA91b" + mixed(134, ALNUM + "-_")


def twitch_key() -> str:
    return f"live_{_rng().randint(10**8, 10**9)}_" + mixed(30)


def youtube_key() -> str:
    return "-".join(chars(4, LOWER_ALNUM) for _ in range(5))


def ivs_key() -> str:
    return "sk_us-east-1_" + mixed(36)


def mapbox_token(kind: str, user: str) -> str:
    return kind + "." + b64url('{"u":"%s","a":"%s"}' % (user, chars(25, LOWER_ALNUM))) + "." + mixed(22, ALNUM + "-_")


def supabase_service_jwt(ref: str) -> str:
    head = b64url('{"alg":"HS256","typ":"JWT"}')
    body = b64url('{"iss":"supabase","ref":"%s","role":"service_role","iat":1708012345,"exp":2023588345}' % ref)
    return f"{head}.{body}." + mixed(43, ALNUM + "-_")


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, BCRYPT_ALPHABET)


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + chars(22) + "$" + b64bytes(32)


def sha256_hex() -> str:
    return hexs(64)


# --- building the cases --------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_MARK = re.compile(r"@[A-Z][A-Z0-9_]*@")


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **subs: str) -> None:
    if secret is not None and "S" not in subs:
        subs["S"] = secret
    for key, value in subs.items():
        text = text.replace(f"@{key}@", value)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    CASES.append(LabelledCase(f"blind-ej/{category}", file_name, text.lstrip("\n"), secret, source))


# === Animal records systems ======================================================================

add("django/db-password", "records/riverbend_records/settings/production.py", r"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["records.riverbendzoo.org", "records-int.riverbendzoo.local"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "animal_records",
        "USER": "records_app",
        "PASSWORD": "@S@",
        "HOST": "pg-records-01.riverbendzoo.local",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

ZIMS_EXPORT_DIR = "/srv/exports/zims"
MEDIA_ROOT = "/srv/media/animal-photos"
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SECURE = True
""", words_pw(), "Django settings reference: DATABASES (docs.djangoproject.com/en/stable/ref/settings/#databases)")

add("django/django-secret-key", "husbandry/husbandry/settings.py", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@S@"

DEBUG = False
ALLOWED_HOSTS = ["husbandry.harborview-aquarium.org"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "specimens",
    "feeding",
    "enrichment",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "husbandry.sqlite3"}}
TIME_ZONE = "America/Los_Angeles"
USE_TZ = True
""", fakes.django_secret_key(_seed()), "Django startproject template settings.py; get_random_secret_key")

add("env/laravel-app-key", "keeper-portal/.env.production", r"""
APP_NAME="Keeper Portal"
APP_ENV=production
APP_KEY=@S@
APP_DEBUG=false
APP_URL=https://keepers.prairiewildszoo.org

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/keeper-portal/database/keepers.sqlite

SESSION_DRIVER=file
QUEUE_CONNECTION=sync
MAIL_MAILER=log
""", "base64:" + b64bytes(32), "Laravel docs: Configuration, application key (laravel.com/docs/configuration)")

add("sql/mssql-login", "db/tracks/2024-03-reporting-login.sql", r"""
-- Read-only login for the Power BI animal-inventory report (ticket LSS-412)
USE [master];
GO
CREATE LOGIN [tracks_report]
    WITH PASSWORD = N'@S@',
         CHECK_POLICY = ON,
         DEFAULT_DATABASE = [TRACKS];
GO
USE [TRACKS];
GO
CREATE USER [tracks_report] FOR LOGIN [tracks_report];
ALTER ROLE [db_datareader] ADD MEMBER [tracks_report];
GO
""", name_pw(), "Microsoft Learn: CREATE LOGIN (Transact-SQL)")

add("r/odbc-password", "analysis/weights/elephant_weight_trends.R", r"""
# Monthly body-weight trends for the elephant herd, from the husbandry database.
library(DBI)
library(odbc)
library(dplyr)
library(ggplot2)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "sql-husbandry.cascadezoo.local",
                 Database = "Husbandry",
                 UID      = "analyst_ro",
                 PWD      = "@S@",
                 TrustServerCertificate = "yes")

weights <- dbGetQuery(con, "
  SELECT a.house_name, w.measured_on, w.weight_kg
  FROM weights w JOIN animals a ON a.animal_id = w.animal_id
  WHERE a.taxon = 'Loxodonta africana'")

weights %>%
  mutate(month = lubridate::floor_date(measured_on, 'month')) %>%
  group_by(house_name, month) %>%
  summarise(kg = mean(weight_kg), .groups = 'drop') %>%
  ggplot(aes(month, kg, colour = house_name)) + geom_line()

dbDisconnect(con)
""", words_pw(), "odbc R package: dbConnect arguments (odbc.r-dbi.org)")

s = rand_pw(16)
add("notebook/postgres-url", "notebooks/enrichment_response.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Enrichment response scores, 2023 season\n", "Pulls keeper enrichment logs for the primate team."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://enrich_ro:@S@@pg-analytics.riverbendzoo.local:5432/keeper_logs\")\n",
    "logs = pd.read_sql(\"select * from enrichment_log where team = 'primates'\", engine)\n",
    "logs.head()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["logs.groupby('item_type')['response_score'].mean().sort_values()"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, "SQLAlchemy docs: Engine Configuration, database URLs; Jupyter nbformat 4")

s = words_pw()
add("json/mssql-connection-string", "src/Harborview.Husbandry.Api/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Husbandry": "Server=tcp:sql-husb-prod.database.windows.net,1433;Initial Catalog=Husbandry;User ID=husb_api;Password=@S@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Zims": {
    "InstitutionMnemonic": "HRBVW",
    "ExportFolder": "D:\\Exports\\ZIMS"
  },
  "Feeding": {
    "DefaultDietUnits": "g",
    "AlertOnMissedFeedAfterHours": 36
  }
}
""", s, "Microsoft Learn: ASP.NET Core configuration; SqlConnection.ConnectionString")

add("properties/spring-datasource", "specimen-service/src/main/resources/application-prod.properties", r"""
server.port=8085
spring.application.name=specimen-service

spring.datasource.url=jdbc:postgresql://pg-specimens.bayfrontaquarium.local:5432/specimens
spring.datasource.username=specimen_svc
spring.datasource.password=@S@
spring.datasource.hikari.maximum-pool-size=8

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

specimens.zims.institution=BYFRT
specimens.quarantine.default-days=30
management.endpoints.web.exposure.include=health,info
""", rand_pw(14, "#%"), "Spring Boot reference: Data Properties (spring.datasource.*)")

add("go/mongodb-uri", "cmd/feedlog/main.go", r"""
package main

import (
	"context"
	"log"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const mongoURI = "mongodb+srv://feedlog:@S@@keeper-cluster.x7kq2.mongodb.net/feedlog?retryWrites=true&w=majority"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	client, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI))
	if err != nil {
		log.Fatalf("mongo connect: %v", err)
	}
	defer client.Disconnect(context.Background())

	store := NewStore(client.Database("feedlog"))
	http.Handle("/api/feeds", feedsHandler(store))
	log.Println("feedlog listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""", rand_pw(16), "MongoDB Go driver docs: Connection URI (mongodb+srv)")

add("yaml/rails-database", "config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: volunteer_portal_development

test:
  <<: *default
  database: volunteer_portal_test

production:
  <<: *default
  host: db-volunteers.prairiewildszoo.local
  database: volunteer_portal
  username: volunteer_portal
  password: @S@
""", name_pw(), "Rails Guides: Configuring a Database (config/database.yml)")

add("kotlin/basic-auth", "app/src/main/java/org/riverbendzoo/keeper/net/RecordsApi.kt", r"""
package org.riverbendzoo.keeper.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object RecordsApi {
    private const val BASE_URL = "https://records.riverbendzoo.org/api/v2/"
    private const val API_USER = "keeper-app"
    private const val API_PASSWORD = "@S@"

    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val request = chain.request().newBuilder()
                .header("Authorization", Credentials.basic(API_USER, API_PASSWORD))
                .build()
            chain.proceed(request)
        }
        .build()

    val service: RecordsService = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(RecordsService::class.java)
}
""", rand_pw(22), "OkHttp docs: Credentials.basic; Retrofit")

add("swift/api-token", "KeeperRounds/Networking/RoundsClient.swift", r"""
import Foundation

final class RoundsClient {
    static let shared = RoundsClient()

    private let baseURL = URL(string: "https://rounds.bayfrontaquarium.org/api")!
    private let apiToken = "@S@"
    private let session = URLSession(configuration: .default)

    func submitCheck(_ check: TankCheck) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent("checks"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Token \(apiToken)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONEncoder().encode(check)
        let (_, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw RoundsError.rejected
        }
    }
}
""", hexs(40), "Django REST framework TokenAuthentication (Authorization: Token <40 hex>); URLSession")

ref = chars(20, string.ascii_lowercase)
add("dart/supabase-service-role", "lib/src/config/supabase_config.dart", r"""
import 'package:supabase_flutter/supabase_flutter.dart';

class SupabaseConfig {
  static const url = 'https://@REF@.supabase.co';

  // TODO(mk): move to a backend function before release
  static const serviceRoleKey =
      '@S@';

  static Future<void> init() async {
    await Supabase.initialize(url: url, anonKey: serviceRoleKey);
  }
}

final keeperDb = Supabase.instance.client;
""", supabase_service_jwt(ref), "Supabase docs: API keys (anon vs service_role)", REF=ref)

add("ts/airtable-pat", "scripts/sync-enrichment-calendar.ts", r"""
import Airtable from "airtable";
import { readFileSync } from "node:fs";

const base = new Airtable({
  apiKey: "@S@",
}).base("appQ3rTz8LkW2mNpx");

type EnrichmentItem = { animal: string; item: string; date: string; keeper: string };

async function main(): Promise<void> {
  const items: EnrichmentItem[] = JSON.parse(readFileSync("out/enrichment-week.json", "utf8"));
  for (const chunk of chunks(items, 10)) {
    await base("Enrichment Calendar").create(
      chunk.map((i) => ({ fields: { Animal: i.animal, Item: i.item, Date: i.date, Keeper: i.keeper } })),
    );
  }
  console.log(`synced ${items.length} enrichment items`);
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

main();
""", "pat" + mixed(14) + "." + hexs(64), "Airtable docs: Personal access tokens")

add("python/notion-token", "tools/keeper_wiki/sync_protocols.py", r"""
'''Push the approved husbandry protocols from SharePoint export into the keeper Notion wiki.'''
import json
import pathlib

from notion_client import Client

NOTION_TOKEN = "@S@"
PROTOCOLS_DB = "8f1c2e4a9b7d4f3e8a6c5b2d1e0f9a8b"

notion = Client(auth=NOTION_TOKEN)


def push(protocol: dict) -> None:
    notion.pages.create(
        parent={"database_id": PROTOCOLS_DB},
        properties={
            "Name": {"title": [{"text": {"content": protocol["title"]}}]},
            "Taxon": {"select": {"name": protocol["taxon"]}},
            "Revision": {"number": protocol["revision"]},
        },
    )


if __name__ == "__main__":
    for path in sorted(pathlib.Path("export").glob("*.json")):
        push(json.loads(path.read_text()))
""", "secret_" + mixed(43), "Notion API docs: Authorization, internal integration token")

add("perl/dbi-password", "legacy/bin/nightly_inventory.pl", r"""
#!/usr/bin/perl
# Nightly animal inventory export for the AZA census (runs from cron on records01)
use strict;
use warnings;
use DBI;

my $dsn  = "DBI:mysql:database=animal_inventory;host=records01.cascadezoo.local";
my $dbh  = DBI->connect($dsn, "inventory", "@S@", { RaiseError => 1, AutoCommit => 1 })
    or die "cannot connect: $DBI::errstr";

my $sth = $dbh->prepare(q{
    SELECT taxon, sex, COUNT(*) FROM specimens WHERE status = 'ALIVE' GROUP BY taxon, sex
});
$sth->execute();

open(my $out, '>', '/srv/exports/census.csv') or die $!;
while (my @row = $sth->fetchrow_array) {
    print $out join(',', @row), "\n";
}
close $out;
$dbh->disconnect;
""", words_pw(), "Perl DBI documentation: connect")

# --- animal records decoys ---

add("json/decoy-uuid-ids", "exports/zims/2024-05-specimens.json", r"""
{
  "institution": "RVBND",
  "exportedAt": "2024-05-31T23:10:04Z",
  "specimens": [
    {"globalAccession": "MIG12-30118822", "localId": "M-2291", "guid": "@G1@",
     "taxon": "Spheniscus demersus", "sex": "F", "houseName": "Pebble", "status": "Alive"},
    {"globalAccession": "MIG12-30118907", "localId": "M-2292", "guid": "@G2@",
     "taxon": "Spheniscus demersus", "sex": "M", "houseName": "Bramble", "status": "Alive"},
    {"globalAccession": "MIG12-29870113", "localId": "M-1804", "guid": "@G3@",
     "taxon": "Enhydra lutris", "sex": "M", "houseName": "Kelp", "status": "Alive"},
    {"globalAccession": "MIG12-29501276", "localId": "M-1650", "guid": "@G4@",
     "taxon": "Tapirus terrestris", "sex": "F", "houseName": "Luna", "status": "Transferred"}
  ]
}
""", None, "Species360 ZIMS specimen export fields (GAN, local ID, GUID)",
    G1=uuid_s(), G2=uuid_s(), G3=uuid_s(), G4=uuid_s())

add("json/decoy-password-hashes", "husbandry/specimens/fixtures/staff_users.json", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "curator.lopez",
      "password": "@H1@",
      "is_staff": true,
      "email": "m.lopez@harborview-aquarium.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "keeper.nakamura",
      "password": "@H2@",
      "is_staff": false,
      "email": "a.nakamura@harborview-aquarium.org"
    }
  }
]
""", None, "Django docs: Password management, how Django stores passwords (pbkdf2_sha256)",
    H1=pbkdf2_hash(), H2=pbkdf2_hash())

add("python/decoy-env-settings", "records/riverbend_records/settings/staging.py", r"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["records-staging.riverbendzoo.org"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("RECORDS_DB_NAME", "animal_records_staging"),
        "USER": os.environ["RECORDS_DB_USER"],
        "PASSWORD": os.environ["RECORDS_DB_PASSWORD"],
        "HOST": os.environ.get("RECORDS_DB_HOST", "pg-records-stg.riverbendzoo.local"),
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.office365.com"
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
""", None, "Django docs: deployment checklist, reading secrets from the environment")

add("r/decoy-keyring", "analysis/diets/diet_cost_by_section.R", r"""
# Diet cost per section, FY24. Credentials come from the OS keychain:
#   keyring::key_set("husbandry-sql", username = "analyst_ro")
library(DBI)
library(odbc)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "sql-husbandry.cascadezoo.local",
                 Database = "Husbandry",
                 UID      = "analyst_ro",
                 PWD      = keyring::key_get("husbandry-sql", "analyst_ro"))

costs <- dbGetQuery(con, "SELECT section, SUM(cost_usd) AS cost FROM diet_items GROUP BY section")
print(costs[order(-costs$cost), ])
dbDisconnect(con)
""", None, "keyring R package: key_get / key_set")

add("notebook/decoy-getpass", "notebooks/quarantine_durations.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import psycopg2\n",
    "\n",
    "conn = psycopg2.connect(host='pg-analytics.riverbendzoo.local', dbname='vet',\n",
    "                        user='vet_ro', password=getpass.getpass('vet_ro password: '))\n",
    "q = pd.read_sql('select taxon, quarantine_days from quarantine_stays', conn)\n",
    "q.describe()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Python docs: getpass; psycopg2 connect")

add("sql/decoy-bcrypt-seed", "db/seeds/002_keeper_accounts.sql", r"""
-- Seed accounts for the keeper rounds app (local development only).
-- Hashes are bcrypt (cost 12) of throwaway dev passwords; real accounts come from Entra ID.
INSERT INTO app_user (username, display_name, team, password_hash) VALUES
  ('dev.keeper1', 'Dev Keeper One', 'aquarium',  '@H1@'),
  ('dev.keeper2', 'Dev Keeper Two', 'primates',  '@H2@'),
  ('dev.curator', 'Dev Curator',    'curatorial','@H3@');

INSERT INTO team (code, name) VALUES
  ('aquarium', 'Aquarium & LSS'),
  ('primates', 'Primates'),
  ('curatorial', 'Curatorial');
""", None, "bcrypt modular crypt format ($2b$)", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

add("kotlin/decoy-local-properties", "app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "org.riverbendzoo.keeper"
    compileSdk = 34

    defaultConfig {
        applicationId = "org.riverbendzoo.keeper"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.6.0"
        buildConfigField("String", "RECORDS_API_KEY", "\"${localProps.getProperty("RECORDS_API_KEY", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
""", None, "Android developers: build configuration, buildConfigField from local.properties")

add("swift/decoy-keychain", "KeeperRounds/Security/TokenStore.swift", r"""
import Foundation
import Security

enum TokenStore {
    private static let service = "org.bayfrontaquarium.rounds"

    static func token() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "api-token",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "Apple developer docs: Keychain Services, SecItemCopyMatching")

# === Life support and water-quality SCADA ========================================================

add("python/pagerduty-routing-key", "ignition/projects/LSS/script-python/alarms/pager/code.py", r"""
# Ignition gateway event script library: page the on-call LSS operator for critical alarms.
ROUTING_KEY = "@S@"
EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"


def page(alarm_path, label, value, priority):
	if priority not in ("High", "Critical"):
		return
	body = system.util.jsonEncode({
		"routing_key": ROUTING_KEY,
		"event_action": "trigger",
		"dedup_key": str(alarm_path),
		"payload": {
			"summary": "%s = %s" % (label, value),
			"source": "ignition-lss-gw01",
			"severity": "critical" if priority == "Critical" else "error",
			"component": "life-support",
		},
	})
	system.net.httpPost(EVENTS_URL, "application/json", body)
""", hexs(32), "PagerDuty Events API v2 (routing_key); Ignition system.net.httpPost")

add("toml/influxdb-token", "telegraf/lss-gw01/telegraf.conf", r"""
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "lss-gw01"

[[inputs.modbus]]
  name = "shark_reef_sandfilters"
  controller = "tcp://10.40.12.21:502"
  slave_id = 1
  holding_registers = [
    { name = "inlet_psi",   byte_order = "AB", data_type = "FIXED", scale = 0.1, address = [0] },
    { name = "outlet_psi",  byte_order = "AB", data_type = "FIXED", scale = 0.1, address = [1] },
    { name = "orp_mv",      byte_order = "AB", data_type = "INT16", scale = 1.0, address = [4] },
    { name = "temp_c",      byte_order = "AB", data_type = "FIXED", scale = 0.01, address = [6] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.harborview-aquarium.org:8086"]
  token = "@S@"
  organization = "lss"
  bucket = "water_quality"
""", influx_token(), "Telegraf outputs.influxdb_v2 and inputs.modbus plugin READMEs")

add("toml/influxdb-v1-password", "telegraf/quarantine/telegraf.d/outputs.conf", r"""
# Quarantine building: ozone/ORP controllers -> legacy InfluxDB 1.8 on hist01
[[outputs.influxdb]]
  urls = ["http://hist01.lss.bayfront.local:8086"]
  database = "quarantine"
  retention_policy = "autogen"
  username = "telegraf_qt"
  password = "@S@"
  skip_database_creation = true
  timeout = "5s"
""", words_pw(), "Telegraf outputs.influxdb plugin README")

s = rand_pw(20)
add("json/node-red-credentials", "node-red/flows_cred.json", r"""
{
    "b3f1c2a4.9e7d1": {
        "user": "nodered-lss",
        "password": "@S@"
    },
    "7c9e21d0.44a18": {
        "user": "",
        "password": ""
    }
}
""", s, "Node-RED docs: credentials in flows_cred.json (credentialSecret: false)")

add("js/node-red-credential-secret", "node-red/settings.js", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    credentialSecret: "@S@",
    flowFilePretty: true,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "lss-admin",
            password: "$2b$08$wJ4nR1sQe7yLk2TzP0mVxO3cH8dGfA5bN6uIi9jWqE1rT4yU7oPa.",
            permissions: "*"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: {}
};
""", hexs(48), "Node-RED docs: settings.js credentialSecret, adminAuth")

add("conf/mosquitto-bridge-password", "mosquitto/conf.d/bridge-cloud.conf", r"""
# Bridge the plant-floor broker to the cloud dashboard broker
connection lss-cloud-bridge
address mqtt.bayfront-lss.cloud:8883
bridge_cafile /etc/mosquitto/certs/isrgrootx1.pem
bridge_protocol_version mqttv311
remote_clientid lss-gw01-bridge
remote_username lss-gw01
remote_password @S@
topic lss/+/telemetry out 1
topic lss/+/alarms out 2
topic lss/+/setpoints in 1
cleansession false
notifications true
""", rand_pw(24, "-_"), "mosquitto.conf(5) man page: bridges, remote_password")

add("esphome/api-encryption-key", "esphome/quarantine-tank-q4.yaml", r"""
esphome:
  name: quarantine-tank-q4
  friendly_name: Quarantine Q4 probes

esp32:
  board: esp32dev

wifi:
  ssid: !secret lss_wifi_ssid
  password: !secret lss_wifi_password

api:
  encryption:
    key: "@S@"

ota:
  - platform: esphome
    password: !secret ota_password

one_wire:
  - platform: gpio
    pin: GPIO4

sensor:
  - platform: dallas_temp
    name: "Q4 water temperature"
    update_interval: 30s
  - platform: adc
    pin: GPIO34
    name: "Q4 pH raw"
    attenuation: 12db
""", b64bytes(32), "ESPHome docs: Native API component, encryption key")

add("arduino/thingspeak-write-key", "firmware/ph_logger/ph_logger.ino", r"""
// pH + temperature logger for the seahorse propagation racks
#include <WiFiNINA.h>
#include "ThingSpeak.h"
#include "arduino_secrets.h"

char ssid[] = SECRET_SSID;
char pass[] = SECRET_PASS;
WiFiClient client;

unsigned long channelNumber = 2381904;
const char *writeAPIKey = "@S@";

void setup() {
  Serial.begin(115200);
  ThingSpeak.begin(client);
}

void loop() {
  if (WiFi.status() != WL_CONNECTED) {
    while (WiFi.begin(ssid, pass) != WL_CONNECTED) delay(5000);
  }
  float ph = analogRead(A0) * (14.0 / 1023.0);
  float tempC = readTemperature();
  ThingSpeak.setField(1, ph);
  ThingSpeak.setField(2, tempC);
  ThingSpeak.writeFields(channelNumber, writeAPIKey);
  delay(60000);
}
""", chars(16, UPPER_ALNUM), "ThingSpeak docs: Write API key; ThingSpeak Arduino library examples")

add("c-header/wifi-password", "firmware/ph_logger/arduino_secrets.h", r"""
// Network credentials for the propagation lab sensors.
// (Arduino IDE keeps these in a separate tab so the sketch can be shared.)
#define SECRET_SSID "HVA-LSS-IoT"
#define SECRET_PASS "@S@"
#define SECRET_NTP "pool.ntp.org"
""", words_pw(), "Arduino docs: storing credentials in arduino_secrets.h")

add("yaml/grafana-datasource-password", "grafana/provisioning/datasources/lss-timescale.yaml", r"""
apiVersion: 1

datasources:
  - name: LSS Timescale
    type: postgres
    uid: lss-timescale
    url: tsdb01.lss.harborview.local:5432
    user: grafana_ro
    jsonData:
      database: lss_history
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "@S@"
    editable: false
""", rand_pw(18), "Grafana docs: Provisioning data sources (secureJsonData)")

add("shell/grafana-service-account", "scripts/export-lss-dashboards.sh", r"""
#!/usr/bin/env bash
# Export every dashboard in the LSS folder to git (run weekly from the ops box)
set -euo pipefail

GRAFANA_URL="https://grafana.harborview-aquarium.org"
GRAFANA_TOKEN="@S@"
OUT=dashboards/lss

mkdir -p "$OUT"
curl -sf -H "Authorization: Bearer ${GRAFANA_TOKEN}" \
  "${GRAFANA_URL}/api/search?folderUIDs=lss&type=dash-db" |
  jq -r '.[].uid' |
  while read -r uid; do
    curl -sf -H "Authorization: Bearer ${GRAFANA_TOKEN}" "${GRAFANA_URL}/api/dashboards/uid/${uid}" |
      jq '.dashboard' > "${OUT}/${uid}.json"
  done
git add "$OUT" && git commit -m "lss dashboards $(date +%F)" || true
""", grafana_sa(), "Grafana docs: Service accounts, service account tokens (glsa_)")

add("yaml/prometheus-basic-auth", "prometheus/prometheus.yml", r"""
global:
  scrape_interval: 30s
  external_labels:
    site: bayfront-aquarium

scrape_configs:
  - job_name: lss-exporters
    static_configs:
      - targets: ["lss-gw01:9100", "lss-gw02:9100", "hist01:9100"]
  - job_name: apex-exporter
    static_configs:
      - targets: ["reef-apex-exporter:9812"]

remote_write:
  - url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push
    basic_auth:
      username: "1187342"
      password: "@S@"
""", "glc_" + b64('{"o":"904122","n":"lss-prom-write","k":"%s","m":{"r":"prod-us-east-0"}}' % mixed(24)),
    "Prometheus docs: remote_write basic_auth; Grafana Cloud access policy tokens (glc_)")

add("python/opcua-password", "lss_bridge/opcua_reader.py", r"""
import asyncio
import logging

from asyncua import Client

ENDPOINT = "opc.tcp://plc-lss-01.lss.cascadezoo.local:4840"
NODES = {
    "penguin_pool_temp": "ns=3;s=PenguinPool.Chiller.SupplyTemp",
    "penguin_pool_orp": "ns=3;s=PenguinPool.Ozone.ORP",
    "otter_pool_turbidity": "ns=3;s=OtterPool.Filter.Turbidity",
}


async def main() -> None:
    client = Client(url=ENDPOINT)
    client.set_user("lss_reader")
    client.set_password("@S@")
    async with client:
        for name, node_id in NODES.items():
            value = await client.get_node(node_id).read_value()
            logging.info("%s=%s", name, value)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
""", name_pw(), "asyncua (opcua-asyncio) docs: Client.set_user / set_password")

add("powershell/metasys-login", "scripts/Get-MetasysAlarms.ps1", r"""
# Pull active alarms from the Metasys ADX for the aquarium building, for the morning LSS report
$Base = "https://adx01.riverbendzoo.local/api/v4"
$Body = @{
    username = "svc-lssreport"
    password = "@S@"
} | ConvertTo-Json

$login = Invoke-RestMethod -Method Post -Uri "$Base/login" -Body $Body -ContentType "application/json"
$headers = @{ Authorization = "Bearer $($login.accessToken)" }

$alarms = Invoke-RestMethod -Uri "$Base/alarms?pageSize=200&priorityRange=0,100" -Headers $headers
$alarms.items |
    Where-Object { $_.itemReference -like "*AQUARIUM*" } |
    Select-Object creationTime, itemReference, message, priority |
    Export-Csv -NoTypeInformation -Path "\\fs01\lss\reports\metasys-alarms-$(Get-Date -Format yyyyMMdd).csv"
""", words_pw(), "Johnson Controls Metasys REST API: /login; PowerShell Invoke-RestMethod")

add("python/apex-basic-auth", "reef_monitor/apex_poll.py", r"""
'''Poll the Neptune Apex on the coral propagation system and forward readings to MQTT.'''
import time
import xml.etree.ElementTree as ET

import paho.mqtt.publish as publish
import requests

APEX = "http://10.40.30.15"
AUTH = ("admin", "@S@")


def read_probes() -> dict:
    resp = requests.get(f"{APEX}/cgi-bin/status.xml", auth=AUTH, timeout=10)
    resp.raise_for_status()
    root = ET.fromstring(resp.text)
    return {p.findtext("name"): float(p.findtext("value")) for p in root.iter("probe")}


while True:
    for name, value in read_probes().items():
        publish.single(f"lss/coralprop/{name}", value, hostname="mqtt.lss.local")
    time.sleep(60)
""", name_pw(), "Neptune Systems Apex: status.xml over HTTP basic auth; requests auth tuple")

add("cisco-ios/snmp-community-rw", "network/configs/lss-core-sw01.cfg", r"""
!
hostname lss-core-sw01
!
aaa new-model
aaa authentication login default group tacacs+ local
!
username netadmin privilege 15 secret 9 $9$2MJBozw/9R3UsU$7yPPqYvR/8T5H1m0Zb7m6a4G2E0pW1dVj5u3y8xQzCk
!
vlan 40
 name LSS-CONTROL
vlan 41
 name LSS-IOT
!
interface Vlan40
 ip address 10.40.0.2 255.255.255.0
!
snmp-server community lssmonRO RO 90
snmp-server community @S@ RW 91
snmp-server location Aquarium LSS basement, rack B2
snmp-server contact lss-ops@bayfrontaquarium.org
!
access-list 90 permit 10.10.5.20
access-list 91 permit 10.10.5.21
!
end
""", rand_pw(16), "Cisco IOS configuration guide: snmp-server community")

add("routeros/ipsec-secret", "network/mikrotik/offsite-quarantine.rsc", r"""
# 2024-02-11 by RouterOS 7.13.4
# Off-site quarantine facility <-> main campus LSS network
/ip ipsec profile
add dh-group=modp2048 enc-algorithm=aes-256 name=campus-profile
/ip ipsec peer
add address=203.0.113.40/32 name=campus profile=campus-profile
/ip ipsec proposal
add enc-algorithms=aes-256-cbc name=campus-proposal pfs-group=modp2048
/ip ipsec identity
add peer=campus secret="@S@"
/ip ipsec policy
add dst-address=10.40.0.0/16 peer=campus proposal=campus-proposal src-address=10.90.0.0/24 tunnel=yes
/system identity
set name=quarantine-gw
""", rand_pw(32), "MikroTik RouterOS manual: IP/IPsec identity secret")

add("wireguard/private-key", "ops/wireguard/lss-remote.conf", r"""
# On-call LSS engineer remote access (tunnel to the plant VLANs only)
[Interface]
PrivateKey = @S@
Address = 10.77.0.14/32
DNS = 10.40.0.10

[Peer]
PublicKey = @P@
Endpoint = vpn.cascadezoo.org:51820
AllowedIPs = 10.40.0.0/16
PersistentKeepalive = 25
""", b64bytes(32), "WireGuard wg-quick(8) configuration format", P=b64bytes(32))

add("openvpn/inline-key", "ops/openvpn/lss-vendor.ovpn", r"""
client
dev tun
proto udp
remote vpn-lss.harborview-aquarium.org 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@CA@
</ca>
<cert>
@CERT@
</cert>
<key>
@S@
</key>
""", pem("", 10), "OpenVPN 2.6 manual: inline <ca>/<cert>/<key> blocks", CA=cert_pem(8), CERT=cert_pem(8))

add("python/historian-pyodbc", "reports/daily_dissolved_oxygen.py", r"""
'''Daily dissolved-oxygen min/max per exhibit, from the Wonderware historian.'''
import datetime as dt

import pyodbc

CONN = (
    "DRIVER={ODBC Driver 17 for SQL Server};"
    "SERVER=hist01.lss.riverbendzoo.local;"
    "DATABASE=Runtime;"
    "UID=hist_report;"
    "PWD=@S@;"
)

SQL = '''
SELECT TagName, MIN(Value) AS min_do, MAX(Value) AS max_do
FROM History
WHERE TagName LIKE '%.DO_mgL' AND DateTime >= ? AND DateTime < ? AND wwRetrievalMode = 'Cyclic'
GROUP BY TagName
'''

day = dt.date.today() - dt.timedelta(days=1)
with pyodbc.connect(CONN) as cx:
    for tag, lo, hi in cx.execute(SQL, day, day + dt.timedelta(days=1)):
        print(f"{tag:40s} {lo:5.2f} {hi:5.2f}")
""", words_pw(), "pyodbc wiki: connecting to SQL Server; AVEVA Historian Runtime.History")

add("python/twilio-auth-token", "lss_alerts/sms.py", r"""
from twilio.rest import Client

ACCOUNT_SID = "AC@SID@"
AUTH_TOKEN = "@S@"
FROM = "+15035550142"
ON_CALL = ["+15035550177", "+15035550190"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def low_oxygen(exhibit: str, mg_l: float) -> None:
    for number in ON_CALL:
        client.messages.create(
            to=number,
            from_=FROM,
            body=f"LSS ALARM {exhibit}: dissolved oxygen {mg_l:.1f} mg/L",
        )
""", hexs(32), "Twilio docs: Account SID and Auth Token; twilio-python Client", SID=hexs(32))

add("shell/slack-webhook", "lss/bin/notify-chiller-fault.sh", r"""
#!/bin/sh
# Called by the chiller controller's fault relay (via the Moxa ioLogik "Click&Go" rule)
WEBHOOK="@S@"
EXHIBIT="${1:-unknown}"
CODE="${2:-?}"

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\":rotating_light: Chiller fault on *${EXHIBIT}* (code ${CODE}). On-call LSS please check.\"}" \
  "$WEBHOOK"
""", slack_webhook(), "Slack docs: Sending messages using incoming webhooks")

add("powershell/teams-webhook", "scripts/Send-LssShiftSummary.ps1", r"""
param(
    [Parameter(Mandatory)] [string] $SummaryPath
)

$webhook = "@S@"
$summary = Get-Content -Raw -Path $SummaryPath

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "LSS shift summary"
    themeColor = "0078D7"
    title      = "LSS shift summary - $(Get-Date -Format 'ddd d MMM HH:mm')"
    text       = $summary
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json"
""", teams_webhook(), "Microsoft Learn: Create an Incoming Webhook (Office 365 connector)")

add("yaml/alertmanager-opsgenie", "monitoring/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m
  opsgenie_api_url: https://api.eu.opsgenie.com/

route:
  receiver: lss-oncall
  group_by: [alertname, exhibit]
  group_wait: 30s
  repeat_interval: 2h

receivers:
  - name: lss-oncall
    opsgenie_configs:
      - api_key: @S@
        message: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.exhibit }}'
        priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
        tags: lss,aquarium
""", uuid_s(), "Prometheus Alertmanager docs: opsgenie_config api_key")

add("python/telegram-bot-token", "night_watch/bot.py", r"""
'''Night keeper alarm relay: forwards LSS alarms from MQTT to the night-watch Telegram group.'''
import paho.mqtt.client as mqtt
import requests

BOT_TOKEN = "@S@"
CHAT_ID = -1002187654321


def send(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)


def on_message(client, userdata, msg):
    send(f"{msg.topic}: {msg.payload.decode()}")


client = mqtt.Client()
client.on_message = on_message
client.connect("mqtt.lss.local", 1883)
client.subscribe("lss/+/alarms")
client.loop_forever()
""", fakes.telegram_token(_seed()), "Telegram Bot API: authorizing your bot (bot token)")

# --- SCADA decoys ---

add("yaml/decoy-esphome-secrets-refs", "esphome/jellyfish-kreisel-2.yaml", r"""
esphome:
  name: jellyfish-kreisel-2

esp8266:
  board: d1_mini

wifi:
  ssid: !secret lss_wifi_ssid
  password: !secret lss_wifi_password
  ap:
    ssid: "Kreisel2 Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret kreisel2_api_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: pulse_counter
    pin: D5
    name: "Kreisel 2 flow"
""", None, "ESPHome docs: substitutions and !secret")

add("toml/decoy-telegraf-env", "telegraf/lss-gw02/telegraf.conf", r"""
[global_tags]
  site = "riverbend"
  building = "aquarium"

[agent]
  interval = "15s"
  hostname = "lss-gw02"

[[inputs.mqtt_consumer]]
  servers = ["tcp://mqtt.lss.local:1883"]
  topics = ["lss/+/telemetry"]
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://influx.riverbendzoo.org:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "lss"
  bucket = "water_quality"
""", None, "Telegraf docs: configuration, environment variables")

add("yaml/decoy-grafana-env", "grafana/provisioning/datasources/influx.yaml", r"""
apiVersion: 1

datasources:
  - name: Water quality (Flux)
    type: influxdb
    uid: wq-flux
    url: https://influx.riverbendzoo.org:8086
    jsonData:
      version: Flux
      organization: lss
      defaultBucket: water_quality
    secureJsonData:
      token: $INFLUX_READ_TOKEN
  - name: LSS Timescale
    type: postgres
    url: tsdb01.lss.riverbend.local:5432
    user: grafana_ro
    jsonData:
      database: lss_history
      sslmode: require
    secureJsonData:
      password: ${LSS_TSDB_PASSWORD}
""", None, "Grafana docs: Provisioning, using environment variables")

add("mosquitto/decoy-passwd-hashes", "mosquitto/passwd", r"""
lss-gw01:$7$101$@A1@$@B1@
lss-gw02:$7$101$@A2@$@B2@
nodered-lss:$7$101$@A3@$@B3@
grafana-live:$7$101$@A4@$@B4@
apex-bridge:$7$101$@A5@$@B5@
""", None, "mosquitto_passwd(1): PBKDF2-SHA512 password file format ($7$)",
    A1=b64bytes(12), B1=b64bytes(64), A2=b64bytes(12), B2=b64bytes(64), A3=b64bytes(12), B3=b64bytes(64),
    A4=b64bytes(12), B4=b64bytes(64), A5=b64bytes(12), B5=b64bytes(64))

add("cisco-ios/decoy-hashed-secrets", "network/configs/lss-access-sw03.cfg", r"""
!
hostname lss-access-sw03
!
enable secret 9 $9$@E1@$@E2@
!
username netadmin privilege 15 secret 9 $9$@U1@$@U2@
!
aaa new-model
aaa authentication login default group tacacs+ local
tacacs server ISE01
 address ipv4 10.10.5.30
 key 7 REDACTED-IN-GIT
!
interface range GigabitEthernet1/0/1-24
 switchport access vlan 41
 switchport mode access
 spanning-tree portfast
!
ip ssh version 2
line vty 0 15
 transport input ssh
!
end
""", None, "Cisco IOS security config guide: enable secret type 9 (scrypt)",
    E1=chars(14, BCRYPT_ALPHABET), E2=chars(43, BCRYPT_ALPHABET), U1=chars(14, BCRYPT_ALPHABET), U2=chars(43, BCRYPT_ALPHABET))

add("wireguard/decoy-private-key-file", "ops/wireguard/wg-lss.conf", r"""
# Private key lives in /etc/wireguard/private.key (0600, generated on the host, never in git)
[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

# on-call laptop: mk
[Peer]
PublicKey = @P1@
AllowedIPs = 10.77.0.14/32

# on-call laptop: jr
[Peer]
PublicKey = @P2@
AllowedIPs = 10.77.0.15/32
""", None, "wg(8): set private-key <file>; wg-quick PostUp", P1=b64bytes(32), P2=b64bytes(32))

add("pem/decoy-opcua-certificate", "lss_bridge/pki/own/cert/lss_bridge_cert.pem", "@C@\n", None,
    "OPC UA Part 6: application instance certificates (PEM-encoded X.509)", C=cert_pem(16))

add("xml/decoy-opcua-config", "lss_bridge/config/opcua-client.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ApplicationConfiguration>
  <ApplicationName>LSS Bridge</ApplicationName>
  <ApplicationUri>urn:cascadezoo:lss-bridge</ApplicationUri>
  <SecurityConfiguration>
    <ApplicationCertificate>
      <StoreType>Directory</StoreType>
      <StorePath>%LocalApplicationData%/OPC Foundation/pki/own</StorePath>
      <SubjectName>CN=LSS Bridge, O=Cascade Zoological Society</SubjectName>
    </ApplicationCertificate>
    <TrustedPeerCertificates>
      <StoreType>Directory</StoreType>
      <StorePath>%LocalApplicationData%/OPC Foundation/pki/trusted</StorePath>
    </TrustedPeerCertificates>
    <AutoAcceptUntrustedCertificates>false</AutoAcceptUntrustedCertificates>
  </SecurityConfiguration>
  <ClientConfiguration>
    <DefaultSessionTimeout>60000</DefaultSessionTimeout>
    <EndpointUrl>opc.tcp://plc-lss-01.lss.cascadezoo.local:4840</EndpointUrl>
    <SecurityPolicy>http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256</SecurityPolicy>
    <UserIdentity type="Certificate" />
  </ClientConfiguration>
</ApplicationConfiguration>
""", None, "OPC Foundation .NET Standard stack: ApplicationConfiguration XML")

add("python/decoy-env-twilio", "lss_alerts/sms_v2.py", r"""
import os

from twilio.rest import Client

# Account SID is an identifier; the auth token comes from the service's environment file.
ACCOUNT_SID = "AC@SID@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])

ON_CALL = os.environ.get("LSS_ON_CALL", "").split(",")


def alarm(exhibit: str, text: str) -> None:
    for number in filter(None, ON_CALL):
        client.messages.create(to=number, from_="+15035550142", body=f"LSS {exhibit}: {text}")
""", None, "Twilio docs: store your credentials in environment variables", SID=hexs(32))

add("text/decoy-firmware-checksums", "firmware/releases/SHA256SUMS", r"""
@H1@  ph_logger-1.4.2-mkrwifi1010.bin
@H2@  ph_logger-1.4.2-nano33iot.bin
@H3@  kreisel_flow-0.9.0-d1mini.bin
@H4@  do_probe_bridge-2.1.0-esp32.bin
@H5@  chiller_relay-1.0.3-esp32.bin
""", None, "sha256sum(1) output format", H1=sha256_hex(), H2=sha256_hex(), H3=sha256_hex(), H4=sha256_hex(), H5=sha256_hex())

# === Membership and ticketing ====================================================================

add("js/stripe-secret-key", "membership-checkout/server/index.js", r"""
const express = require("express");
const stripe = require("stripe")("@S@");

const app = express();
app.use(express.json());

const PRICES = {
  individual: "price_1OqJ2bH7uZx4Kk9RlVbqPz3N",
  family: "price_1OqJ3eH7uZx4Kk9R2Wn0aTfQ",
  patron: "price_1OqJ4lH7uZx4Kk9RMxg7eYcD",
};

app.post("/api/membership/checkout", async (req, res) => {
  const { level, email } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer_email: email,
    line_items: [{ price: PRICES[level], quantity: 1 }],
    success_url: "https://www.riverbendzoo.org/membership/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://www.riverbendzoo.org/membership",
  });
  res.json({ url: session.url });
});

app.listen(4242, () => console.log("membership checkout on :4242"));
""", stripe_secret(), "Stripe docs: API keys (sk_live_); stripe-node Checkout Sessions")

add("env/stripe-webhook-secret", "membership-checkout/.env", r"""
NODE_ENV=production
PORT=4242
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=@S@
MEMBERSHIP_DB_URL=postgres://membership@db-members.riverbendzoo.local:5432/membership
FULFILMENT_QUEUE=membership-cards
""", stripe_whsec(), "Stripe docs: Check the webhook signatures (whsec_ endpoint secret)")

add("python/stripe-restricted-key", "finance/reconcile_stripe_payouts.py", r"""
'''Match Stripe payouts to the Raiser's Edge gift batches (run by Finance on the 2nd of each month).'''
import csv
import datetime as dt

import stripe

stripe.api_key = "@S@"  # restricted: payouts read, balance transactions read


def month_payouts(year: int, month: int):
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return stripe.Payout.list(arrival_date={"gte": int(start.timestamp()), "lt": int(end.timestamp())},
                              limit=100).auto_paging_iter()


with open("payouts.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["payout", "arrival", "amount"])
    today = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    for p in month_payouts(today.year, today.month):
        out.writerow([p.id, dt.date.fromtimestamp(p.arrival_date), p.amount / 100])
""", stripe_restricted(), "Stripe docs: Restricted API keys (rk_live_)")

add("ruby/square-access-token", "giftshop/lib/square_sync.rb", r"""
# Nightly sync of gift shop sales from Square into the visitor analytics warehouse
require "square"
require "json"

client = Square::Client.new(
  access_token: "@S@",
  environment: "production"
)

LOCATIONS = %w[L8QK2Z0M3XQ7A L1HF4RG9C5T2B].freeze

LOCATIONS.each do |location_id|
  result = client.orders.search_orders(
    body: {
      location_ids: [location_id],
      query: { filter: { date_time_filter: { closed_at: { start_at: (Date.today - 1).iso8601 } } } }
    }
  )
  abort(result.errors.inspect) if result.error?
  File.write("out/orders-#{location_id}.json", JSON.pretty_generate(result.data.orders || []))
end
""", square_token(), "Square developer docs: access tokens (EAAA...); square-ruby-sdk")

add("php/braintree-private-key", "wp-content/plugins/zoo-donations/includes/braintree-config.php", r"""
<?php
/**
 * Braintree gateway for the "Adopt an Animal" symbolic adoptions.
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

require_once __DIR__ . '/../vendor/autoload.php';

function zoo_adopt_gateway() {
    return new Braintree\Gateway( array(
        'environment' => 'production',
        'merchantId'  => 'k7qz3m9d2xw4hbfn',
        'publicKey'   => 'yv2c8rjw6k3pq9tm',
        'privateKey'  => '@S@',
    ) );
}
""", hexs(32), "Braintree developer docs: API credentials (merchant id, public key, private key)")

add("csharp/authorize-net-transaction-key", "src/Prairie.Membership/Payments/AuthNetClient.cs", r"""
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers;
using AuthorizeNet.Api.Controllers.Bases;

namespace Prairie.Membership.Payments;

public sealed class AuthNetClient
{
    private const string ApiLoginId = "6rHq9B4xZn";
    private const string TransactionKey = "@S@";

    public AuthNetClient()
    {
        ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
        ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType
        {
            name = ApiLoginId,
            ItemElementName = ItemChoiceType.transactionKey,
            Item = TransactionKey,
        };
    }

    public createTransactionResponse ChargeRenewal(creditCardType card, decimal amount)
    {
        var request = new createTransactionRequest
        {
            transactionRequest = new transactionRequestType
            {
                transactionType = transactionTypeEnum.authCaptureTransaction.ToString(),
                amount = amount,
                payment = new paymentType { Item = card },
            },
        };
        var controller = new createTransactionController(request);
        controller.Execute();
        return controller.GetApiResponse();
    }
}
""", mixed(16), "Authorize.Net developer docs: API Login ID and Transaction Key; sdk-dotnet")

add("yaml/paypal-client-secret", "config/payments.yml", r"""
# Donation page payment providers (symfony parameters)
parameters:
  paypal:
    mode: live
    client_id: AZk3Tq8yN1v0rW5mXh2pJ7cL9dQ4sF6gB0eR3tY8uI2oP5aS7dF1gH4jK6lZ9xC2vB5nM8qW0eR
    client_secret: @S@
    webhook_id: 4JH82617YW093410N
  donation:
    currency: USD
    suggested: [25, 50, 100, 250]
    campaign: sea-turtle-rescue-2024
""", paypal_secret(), "PayPal developer docs: REST API credentials (client ID and secret)")

add("ts/adyen-api-key", "kiosk/src/payments/adyen.ts", r"""
import { Client, CheckoutAPI, TerminalCloudAPI } from "@adyen/api-library";

// Entrance kiosks 1-6 (Verifone P400) via Adyen Cloud Terminal API
const client = new Client({
  apiKey: "@S@",
  environment: "LIVE",
  liveEndpointUrlPrefix: "b7d1f0c2a9e83f45-BayfrontAquarium",
});

export const checkout = new CheckoutAPI(client);
export const terminal = new TerminalCloudAPI(client);

export const MERCHANT_ACCOUNT = "BayfrontAquariumECOM";
export const POIS = ["P400Plus-805123456", "P400Plus-805123457", "P400Plus-805123458"];
""", adyen_key(), "Adyen docs: API credentials, API key; adyen-node-api-library")

add("json/tessitura-password", "src/Cascade.Ticketing.Sync/appsettings.json", r"""
{
  "Tessitura": {
    "BaseUrl": "https://tessapi.cascadezoo.org/TessituraService/",
    "Username": "webapi_sync",
    "UserGroup": "webapi",
    "MachineLocation": "sync01",
    "Password": "@S@"
  },
  "Sync": {
    "PerformanceTypes": [ 12, 14 ],
    "DaysAhead": 21,
    "CapacityWarningPercent": 85
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "Console" } ]
  }
}
""", words_pw(), "Tessitura REST API: authentication (username, user group, machine location, password)")

add("xml/galaxy-password", "integration/galaxy/eGalaxyConnector.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Galaxy.Url" value="https://galaxy.prairiewildszoo.org/eGalaxy/eGalaxy.aspx" />
    <add key="Galaxy.SourceID" value="WEBSTORE" />
    <add key="Galaxy.UserID" value="webstore_int" />
    <add key="Galaxy.Password" value="@S@" />
    <add key="Galaxy.NodeNo" value="7" />
    <add key="Galaxy.TimeoutSeconds" value="45" />
    <add key="Tickets.DefaultPLU" value="10001" />
  </appSettings>
</configuration>
""", name_pw(), "Gateway Ticketing eGalaxy XML interface: SourceID / UserID / Password header")

add("python/eventbrite-token", "events/import_eventbrite_orders.py", r"""
'''Import Brew at the Zoo / Zoo Lights orders from Eventbrite into the CRM staging table.'''
import requests
import sqlite3

TOKEN = "@S@"
ORG_ID = "183445126811"
API = "https://www.eventbriteapi.com/v3"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {TOKEN}"

db = sqlite3.connect("staging.db")
db.execute("create table if not exists eb_orders (id text primary key, event_id text, email text, total real)")

url = f"{API}/organizations/{ORG_ID}/orders/?status=active"
while url:
    page = session.get(url, timeout=30).json()
    for o in page["orders"]:
        db.execute("insert or ignore into eb_orders values (?,?,?,?)",
                   (o["id"], o["event_id"], o["email"], float(o["costs"]["gross"]["major_value"])))
    url = page["pagination"].get("continuation") and f"{url}&continuation={page['pagination']['continuation']}"
db.commit()
""", chars(20, UPPER_ALNUM), "Eventbrite Platform docs: Authentication, private token")

add("toml/shopify-admin-token", "giftshop-sync/shopify.toml", r"""
[store]
domain = "harborview-aquarium-shop.myshopify.com"
api_version = "2024-04"
admin_access_token = "@S@"

[sync]
collections = ["plush", "apparel", "books", "conservation"]
inventory_location = "gid://shopify/Location/71244513412"
low_stock_threshold = 4

[notify]
email = "retail-ops@harborview-aquarium.org"
""", "shpat_" + hexs(32), "Shopify docs: custom apps, Admin API access token (shpat_)")

_mc = mailchimp_key()
add("python/mailchimp-key", "marketing/sync_members_to_mailchimp.py", r"""
import csv

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@S@", "server": "@DC@"})

MEMBERS_LIST = "5a1f3c9e2b"

with open("exports/active_members.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        client.lists.set_list_member(MEMBERS_LIST, row["email_hash"], {
            "email_address": row["email"],
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": row["first"], "LEVEL": row["level"], "EXPIRES": row["expires"]},
        })
""", _mc, "Mailchimp Marketing API docs: API keys (…-usN) and server prefix", DC=_mc.split("-")[1])

add("csharp/sendgrid-key", "src/Riverbend.Tickets/Email/TicketMailer.cs", r"""
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Riverbend.Tickets.Email;

public class TicketMailer
{
    private static readonly SendGridClient Client = new("@S@");
    private const string TemplateId = "d-4c1f9a7e2b3d4e5f8a9b0c1d2e3f4a5b";

    public async Task SendAsync(string to, string orderNumber, byte[] pdf)
    {
        var msg = new SendGridMessage();
        msg.SetFrom("tickets@riverbendzoo.org", "Riverbend Zoo");
        msg.AddTo(to);
        msg.SetTemplateId(TemplateId);
        msg.SetTemplateData(new { order = orderNumber });
        msg.AddAttachment($"tickets-{orderNumber}.pdf", Convert.ToBase64String(pdf), "application/pdf");
        var response = await Client.SendEmailAsync(msg);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"SendGrid {response.StatusCode}");
    }
}
""", sendgrid_key(), "SendGrid docs: API keys (SG.); sendgrid-csharp")

add("env/mailgun-key", "group-sales/.env", r"""
FLASK_APP=group_sales
FLASK_ENV=production
DATABASE_URL=sqlite:////srv/group-sales/group_sales.db
MAILGUN_DOMAIN=mg.prairiewildszoo.org
MAILGUN_API_KEY=@S@
MAIL_FROM="Group Sales <groups@prairiewildszoo.org>"
SCHOOL_PRICING_SHEET=https://docs.google.com/spreadsheets/d/1xQ9bL2vK7mN4pR8sT0wY3zA6cE5fH1jU/export?format=csv
""", mailgun_key(), "Mailgun docs: API keys (private API key)")

s = mixed(32)
add("go/twilio-api-key-secret", "internal/notify/whatsapp.go", r"""
package notify

import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

// Timed-entry reminders over WhatsApp ("Your 10:30 Shark Reef entry starts in 30 minutes").
var client = twilio.NewRestClientWithParams(twilio.ClientParams{
	Username:   "SK@KEYSID@",
	Password:   "@S@",
	AccountSid: "AC@SID@",
})

func Reminder(to, body string) error {
	params := &api.CreateMessageParams{}
	params.SetTo("whatsapp:" + to)
	params.SetFrom("whatsapp:+14155550123")
	params.SetBody(body)
	_, err := client.Api.CreateMessage(params)
	return err
}
""", s, "Twilio docs: API keys (SK… SID and secret); twilio-go ClientParams", KEYSID=hexs(32), SID=hexs(32))

s = pem("", 26)
add("pem/pass-signing-key", "wallet/certs/pass.org.bayfrontaquarium.membership.key", "@S@\n", s,
    "Apple Wallet developer guide: pass type ID certificate and signing key (PEM)")

_pk = pem("", 26)
_esc = _pk.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "wallet/google/membership-wallet-sa.json", r"""
{
  "type": "service_account",
  "project_id": "riverbend-membership-wallet",
  "private_key_id": "@KID@",
  "private_key": "@S@",
  "client_email": "wallet-issuer@riverbend-membership-wallet.iam.gserviceaccount.com",
  "client_id": "104839271650382746519",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/wallet-issuer%40riverbend-membership-wallet.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _esc, "Google Cloud docs: service account key file (JSON) format", KID=hexs(40))

add("shell/salesforce-auth-url", "ci/deploy-membership-org.sh", r"""
#!/usr/bin/env bash
# Deploy the membership/NPSP customisations to production (run by the release pipeline)
set -euo pipefail

echo "force://PlatformCLI::@S@@riverbendzoo.my.salesforce.com" > /tmp/sfdx-auth.txt
sf org login sfdx-url --sfdx-url-file /tmp/sfdx-auth.txt --alias prod --set-default
rm -f /tmp/sfdx-auth.txt

sf project deploy start --source-dir force-app --target-org prod --test-level RunLocalTests --wait 60
sf apex run test --target-org prod --class-names MembershipRenewalTest --result-format human
""", "5Aep861" + mixed(80, ALNUM + "._"), "Salesforce CLI docs: org login sfdx-url (force://PlatformCLI::<refresh token>@<instance>)")

add("python/salesforce-security-token", "crm/load_member_visits.py", r"""
'''Load yesterday's member gate scans onto the Contact record (Last_Visit__c, Visits_YTD__c).'''
import os

import pandas as pd
from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration@cascadezoo.org",
    password=os.environ["SF_PASSWORD"],
    security_token="@S@",
)

scans = pd.read_csv("exports/gate_scans_yesterday.csv")
visits = scans.groupby("member_number").agg(last=("scanned_at", "max"), n=("scanned_at", "count"))

for number, row in visits.iterrows():
    hits = sf.query(f"SELECT Id, Visits_YTD__c FROM Contact WHERE Member_Number__c = '{number}'")["records"]
    if hits:
        contact = hits[0]
        sf.Contact.update(contact["Id"], {"Last_Visit__c": row["last"][:10],
                                          "Visits_YTD__c": (contact["Visits_YTD__c"] or 0) + int(row["n"])})
""", mixed(24), "simple-salesforce docs: password + security_token login")

# --- membership and ticketing decoys ---

add("js/decoy-stripe-publishable", "www/assets/js/membership-form.js", r"""
// Membership join form (runs in the visitor's browser)
const stripe = Stripe("@PK@");
const elements = stripe.elements({ appearance: { theme: "stripe", variables: { colorPrimary: "#0b6e4f" } } });
const card = elements.create("payment");
card.mount("#payment-element");

document.querySelector("#join-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const { error } = await stripe.confirmPayment({
    elements,
    confirmParams: { return_url: "https://www.riverbendzoo.org/membership/welcome" },
  });
  if (error) {
    document.querySelector("#payment-message").textContent = error.message;
  }
});
""", None, "Stripe docs: API keys, publishable keys are safe in client-side code", PK=stripe_publishable())

add("env/decoy-env-example", "membership-checkout/.env.example", r"""
# Copy to .env and fill in from 1Password (vault: Web / item: membership-checkout)
NODE_ENV=development
PORT=4242
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_replace_me
MEMBERSHIP_DB_URL=postgres://membership:<password>@localhost:5432/membership
SENDGRID_API_KEY=
FULFILMENT_QUEUE=membership-cards
""", None, "dotenv convention: .env.example with placeholders")

add("env/decoy-1password-refs", "ticketing-api/.env.tpl", r"""
# Rendered at deploy time with: op inject -i .env.tpl -o .env
TESSITURA_USERNAME=webapi_sync
TESSITURA_PASSWORD="op://Ticketing/Tessitura webapi_sync/password"
STRIPE_SECRET_KEY="op://Ticketing/Stripe live/secret key"
SHOPIFY_ADMIN_TOKEN="op://Retail/Shopify admin app/credential"
SENDGRID_API_KEY="op://Ticketing/SendGrid tickets/credential"
REDIS_URL=redis://cache-tix.cascadezoo.local:6379/2
""", None, "1Password CLI docs: secret references (op://vault/item/field) and op inject")

add("python/decoy-test-fixtures", "tests/test_tessitura_client.py", r"""
import pytest
import responses

from ticketing.tessitura import TessituraClient

FAKE_PASSWORD = "not-a-real-password"


@pytest.fixture
def client():
    return TessituraClient(base_url="https://tess.example.test/TessituraService/",
                           username="unit", user_group="webapi", location="pytest",
                           password=FAKE_PASSWORD)


@responses.activate
def test_performances_are_filtered_by_type(client):
    responses.get("https://tess.example.test/TessituraService/TXN/Performances",
                  json=[{"Id": 1, "PerformanceType": {"Id": 12}}, {"Id": 2, "PerformanceType": {"Id": 3}}])
    assert [p["Id"] for p in client.performances(types=[12])] == [1]


def test_auth_header_is_basic(client):
    assert client.session.auth[0] == "unit:webapi:pytest"
""", None, "pytest fixtures; responses library (dummy credentials in tests)")

add("js/decoy-stripe-ids", "membership-checkout/test/fixtures/checkout.session.completed.json", r"""
{
  "id": "evt_1P2xQcH7uZx4Kk9RpL0aS3dF",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ0123456789abcdEF",
      "object": "checkout.session",
      "customer": "cus_PsL3mQ0aZx7Yt2",
      "subscription": "sub_1P2xQbH7uZx4Kk9R8yUqWc1e",
      "payment_intent": null,
      "customer_email": "test.member@example.com",
      "metadata": { "level": "family" },
      "mode": "subscription",
      "status": "complete"
    }
  }
}
""", None, "Stripe docs: Event object (ids evt_, cs_test_, cus_, sub_)")

add("yaml/decoy-pass-template-ids", "wallet/passes/membership/pass.json.template.yaml", r"""
# Source for pass.json; signing happens in CI with the certificate from the build keychain
formatVersion: 1
passTypeIdentifier: pass.org.bayfrontaquarium.membership
teamIdentifier: 9QX4K7L2MZ
organizationName: Bayfront Aquarium
description: Bayfront Aquarium membership card
serialNumber: "{{ member.number }}"
barcodes:
  - format: PKBarcodeFormatQR
    message: "{{ member.number }}"
    messageEncoding: iso-8859-1
foregroundColor: rgb(255, 255, 255)
backgroundColor: rgb(0, 82, 122)
""", None, "Apple Wallet developer guide: pass.json keys")

add("html/decoy-recaptcha-site-key", "www/templates/group-booking.html", r"""
<form id="group-booking" method="post" action="/groups/request">
  <label>School or group name <input name="group_name" required></label>
  <label>Visit date <input type="date" name="visit_date" required></label>
  <label>Number of students <input type="number" name="students" min="10" max="300"></label>
  <div class="g-recaptcha" data-sitekey="6L@SK@"></div>
  <button type="submit">Request booking</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", None, "Google reCAPTCHA docs: site key is used in HTML (public)", SK=mixed(38, ALNUM + "-_"))

add("sql/decoy-redacted-config", "db/migrations/2024_04_ticketing_integrations.sql", r"""
-- Integration endpoints for the ticketing service. Credentials are NOT stored here:
-- the app reads them from Azure Key Vault by the secret name below.
CREATE TABLE integration_endpoint (
    code          varchar(32) PRIMARY KEY,
    base_url      varchar(255) NOT NULL,
    username      varchar(64),
    kv_secret     varchar(128) NOT NULL
);

INSERT INTO integration_endpoint (code, base_url, username, kv_secret) VALUES
  ('tessitura', 'https://tessapi.cascadezoo.org/TessituraService/', 'webapi_sync', 'tessitura-webapi-sync-password'),
  ('galaxy',    'https://galaxy.cascadezoo.org/eGalaxy/eGalaxy.aspx', 'webstore_int', 'galaxy-webstore-password'),
  ('shopify',   'https://cascadezoo-shop.myshopify.com/admin/api/2024-04', NULL, 'shopify-admin-token');
""", None, "Azure Key Vault: referencing secrets by name")

# === Donor CRMs ==================================================================================

add("python/blackbaud-subscription-key", "development/nxt/pull_gifts.py", r"""
'''Pull yesterday's gifts from Raiser's Edge NXT (SKY API) for the development dashboard.'''
import datetime as dt
import json
import pathlib

import requests

SUBSCRIPTION_KEY = "@S@"
TOKEN_FILE = pathlib.Path.home() / ".config" / "sky" / "token.json"


def headers() -> dict:
    token = json.loads(TOKEN_FILE.read_text())["access_token"]
    return {"Bb-Api-Subscription-Key": SUBSCRIPTION_KEY, "Authorization": f"Bearer {token}"}


since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
resp = requests.get("https://api.sky.blackbaud.com/gift/v1/gifts",
                    params={"date_added": since, "limit": 500}, headers=headers(), timeout=60)
resp.raise_for_status()
gifts = resp.json()["value"]
pathlib.Path("out/gifts.json").write_text(json.dumps(gifts, indent=2))
print(f"{len(gifts)} gifts since {since}")
""", hexs(32), "Blackbaud SKY API docs: Bb-Api-Subscription-Key header")

add("env/blackbaud-app-secret", "development/nxt/.env", r"""
SKY_APPLICATION_ID=@APPID@
SKY_APPLICATION_SECRET=@S@
SKY_REDIRECT_URI=http://localhost:5000/auth/callback
SKY_SUBSCRIPTION_KEY=${SKY_SUBSCRIPTION_KEY}
ENVIRONMENT_ID=p-kq8Z3vN1m0e7T2yWb4xLrA
""", b64bytes(32), "Blackbaud SKY API docs: application ID and application secret (OAuth 2.0)", APPID=uuid_s())

add("php/donorperfect-apikey-url", "wp-content/themes/riverbend/inc/donorperfect.php", r"""
<?php
// Recent tribute gifts for the "In memory of" wall on the conservation page.
const DP_API = 'https://www.donorperfect.net/prod/xmlrequest.asp';
const DP_KEY = '@S@';

function riverbend_recent_tributes( $limit = 20 ) {
    $sql = sprintf(
        "SELECT TOP %d first_name, last_name, memory_honor, gift_date FROM dpgift WHERE memory_honor <> '' ORDER BY gift_date DESC",
        intval( $limit )
    );
    $url = DP_API . '?apikey=' . DP_KEY . '&action=' . rawurlencode( $sql );
    $response = wp_remote_get( $url, array( 'timeout' => 20 ) );
    if ( is_wp_error( $response ) ) {
        return array();
    }
    $xml = simplexml_load_string( wp_remote_retrieve_body( $response ) );
    return $xml ? $xml->record : array();
}
""", donorperfect_key(), "DonorPerfect XML API documentation: apikey parameter")

add("js/bloomerang-private-key", "functions/donation-receipt/index.js", r"""
const fetch = require("node-fetch");

const BLOOMERANG_KEY = "@S@";
const API = "https://api.bloomerang.co/v2";

exports.handler = async (event) => {
  const donation = JSON.parse(event.body);
  const res = await fetch(`${API}/transaction`, {
    method: "POST",
    headers: { "X-API-KEY": BLOOMERANG_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({
      AccountId: donation.constituentId,
      Date: donation.date,
      Amount: donation.amount,
      Method: "CreditCard",
      Designations: [{ Amount: donation.amount, FundId: 4096, Type: "Donation" }],
    }),
  });
  return { statusCode: res.status, body: await res.text() };
};
""", mixed(40), "Bloomerang REST API v2: X-API-KEY header (private API key)")

add("powershell/re7-sql-password", "scripts/Export-RE7Constituents.ps1", r"""
# Legacy Raiser's Edge 7 (on-prem) export for the NXT migration dry run
$server   = "RE7SQL01\RE7"
$database = "RE7"
$user     = "re_export"
$pass     = "@S@"

$query = @"
SELECT r.CONSTITUENT_ID, r.FIRST_NAME, r.LAST_NAME, a.ADDRESS_BLOCK, a.CITY, a.STATE, a.POST_CODE
FROM RECORDS r LEFT JOIN CONSTIT_ADDRESS ca ON ca.CONSTIT_ID = r.ID AND ca.PREFERRED = -1
LEFT JOIN ADDRESS a ON a.ID = ca.ADDRESS_ID
WHERE r.IS_CONSTITUENT = -1
"@

Invoke-Sqlcmd -ServerInstance $server -Database $database -Username $user -Password $pass -Query $query |
    Export-Csv -NoTypeInformation -Encoding UTF8 -Path "D:\Migration\re7_constituents.csv"
""", words_pw(), "SqlServer PowerShell module: Invoke-Sqlcmd -Username/-Password")

add("markdown/neon-crm-curl", "docs/integrations/neon-crm.md", r"""
# Neon CRM integration (education programs)

Camp and class registrations are pushed to Neon CRM v2 as event registrations.

## Quick check that the API user still works

```bash
curl -s -u "prairiewildszoo:@S@" \
  -H "NEON-API-VERSION: 2.8" \
  "https://api.neoncrm.com/v2/events?pageSize=5" | jq '.events[].name'
```

## Notes

- The API user is `Education Integration` (system user, no login).
- Field mapping lives in `src/neon/mapping.py`.
- Rate limit is 5 requests/second; the sync backs off on HTTP 429.
""", hexs(32), "Neon CRM API v2 docs: HTTP Basic auth with org ID and API key")

add("python/atlassian-api-token", "tools/jira/create_gift_followups.py", r"""
'''Create a Jira task for each major gift (>= $10k) so the development officer sends a site-visit invite.'''
import csv

from jira import JIRA

jira = JIRA(
    server="https://cascadezoo.atlassian.net",
    basic_auth=("dev-automation@cascadezoo.org", "@S@"),
)

with open("out/major_gifts.csv", newline="") as fh:
    for gift in csv.DictReader(fh):
        jira.create_issue(
            project="DEV",
            summary=f"Site visit invite: {gift['donor_name']} (${gift['amount']})",
            description=f"Gift {gift['gift_id']} received {gift['date']}. Offer behind-the-scenes at the Asian Highlands.",
            issuetype={"name": "Task"},
            labels=["major-gift", "stewardship"],
        )
""", atlassian_token(), "Atlassian docs: API tokens for Jira Cloud basic auth (ATATT...)")

add("bash-history/mysql-password", "ops/notes/crm-migration-shell-history.txt", r"""
  501  cd /srv/crm-migration
  502  ls -lah dumps/
  503  mysql -h crmdb01 -u crm_admin -p'@S@' civicrm -e 'select count(*) from civicrm_contribution'
  504  mysqldump -h crmdb01 -u crm_admin --single-transaction civicrm | gzip > dumps/civicrm-$(date +%F).sql.gz
  505  aws s3 cp dumps/ s3://riverbend-crm-archive/2024/ --recursive --storage-class GLACIER_IR
  506  history | tail
""", name_pw(), "bash(1) history; mysql(1) --password command-line option")

# --- donor CRM decoys ---

add("xml/decoy-dataloader-encrypted", "crm/dataloader/process-conf.xml", r"""
<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
<beans>
  <bean id="giftUpsert" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
    <property name="name" value="giftUpsert"/>
    <property name="configOverrideMap">
      <map>
        <entry key="sfdc.endpoint" value="https://cascadezoo.my.salesforce.com"/>
        <entry key="sfdc.username" value="dataloader@cascadezoo.org"/>
        <!-- encrypted with: encrypt.bat -e <password> conf/dataloader.key -->
        <entry key="sfdc.password" value="@ENC@"/>
        <entry key="process.encryptionKeyFile" value="C:\dataloader\conf\dataloader.key"/>
        <entry key="sfdc.entity" value="Opportunity"/>
        <entry key="process.operation" value="upsert"/>
        <entry key="sfdc.externalIdField" value="RE_Gift_ID__c"/>
        <entry key="dataAccess.name" value="C:\dataloader\data\gifts.csv"/>
        <entry key="dataAccess.type" value="csvRead"/>
      </map>
    </property>
  </bean>
</beans>
""", None, "Salesforce Data Loader guide: encrypting passwords for process-conf.xml (key file)", ENC=hexs(64))

add("markdown/decoy-sky-api-placeholders", "docs/integrations/raisers-edge-nxt.md", r"""
# Raiser's Edge NXT (SKY API)

1. Register the app at developer.blackbaud.com and note the **Application ID**.
2. Get your subscription key from *My subscriptions* (primary key).
3. Put both in your local `.env`:

```
SKY_APPLICATION_ID=<application id>
SKY_APPLICATION_SECRET=<application secret>
SKY_SUBSCRIPTION_KEY=<primary subscription key>
```

4. Run `python -m nxt.auth login` once; the refresh token is stored in your OS keychain.

Every request needs:

```
Bb-Api-Subscription-Key: {subscription key}
Authorization: Bearer {access token}
```
""", None, "Blackbaud SKY API docs: getting started (placeholders)")

add("csv/decoy-salesforce-ids", "crm/soql/major_donor_ids.csv", r"""
Id,AccountId,Name,RE_Constituent_ID__c,Giving_Level__c
0035e00000AbCdEAA1,0015e00000XyZ12AAB,Evelyn Marsh,11873,Leadership Circle
0035e00000AbCdFAA1,0015e00000XyZ13AAB,Tomasz Okafor,12044,Conservation Partner
0035e00000AbCdGAA1,0015e00000XyZ14AAB,Priya Raman,9981,Leadership Circle
0035e00000AbCdHAA1,0015e00000XyZ15AAB,Hal & June Becker,7730,Founders Society
0035e00000AbCdIAA1,0015e00000XyZ16AAB,Marisol Vega,13310,Conservation Partner
""", None, "Salesforce docs: 18-character record IDs")

add("python/decoy-keyring-refresh-token", "development/nxt/auth.py", r"""
'''SKY API OAuth helper: the refresh token lives in the OS keychain, never on disk.'''
import os

import keyring
import requests

SERVICE = "sky-api-nxt"
TOKEN_URL = "https://oauth2.sky.blackbaud.com/token"


def access_token() -> str:
    refresh = keyring.get_password(SERVICE, "refresh_token")
    if not refresh:
        raise SystemExit("run `python -m nxt.auth login` first")
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "refresh_token",
        "refresh_token": refresh,
        "client_id": os.environ["SKY_APPLICATION_ID"],
        "client_secret": os.environ["SKY_APPLICATION_SECRET"],
    }, timeout=30)
    resp.raise_for_status()
    body = resp.json()
    keyring.set_password(SERVICE, "refresh_token", body["refresh_token"])
    return body["access_token"]
""", None, "keyring package docs; OAuth 2.0 refresh token grant (RFC 6749)")

# === Webcam streaming ============================================================================

add("shell/youtube-stream-key", "webcams/penguin-cam/stream.sh", r"""
#!/usr/bin/env bash
# Penguin Beach cam: Axis Q1798 -> YouTube Live (24/7). Runs under systemd on cam-encoder-02.
set -euo pipefail

SRC="rtsp://10.60.4.31/axis-media/media.amp?videocodec=h264&resolution=1920x1080"
YT_URL="rtmp://a.rtmp.youtube.com/live2"
YT_KEY="@S@"

exec ffmpeg -hide_banner -loglevel warning \
  -rtsp_transport tcp -i "$SRC" \
  -f lavfi -i anullsrc=channel_layout=stereo:sample_rate=44100 \
  -c:v copy -c:a aac -b:a 128k -shortest \
  -f flv "${YT_URL}/${YT_KEY}"
""", youtube_key(), "YouTube Help: Live encoder settings, stream URL and stream key; ffmpeg flv muxer")

add("json/obs-twitch-key", "webcams/studio-pc/obs/basic/profiles/OtterCam/service.json", r"""
{
    "settings": {
        "bwtest": false,
        "key": "@S@",
        "server": "auto",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
""", twitch_key(), "OBS Studio profile service.json; Twitch stream key format (live_…)")

add("nginx/rtmp-facebook-key", "webcams/relay/nginx.conf", r"""
worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application sharkreef {
            live on;
            record off;
            allow publish 10.60.0.0/16;
            deny publish all;

            # fan out to YouTube (key in the stunnel side) and Facebook Live
            push rtmp://127.0.0.1:19350/rtmp/@S@;
        }
    }
}
""", "FB-" + str(_rng().randint(10**14, 10**15)) + "-0-Ab" + mixed(54, ALNUM + "-_"),
    "nginx-rtmp-module directives: push; Facebook Live persistent stream key (FB-…-0-…)")

add("env/mux-token-secret", "webcams/player-api/.env.production", r"""
MUX_TOKEN_ID=@TID@
MUX_TOKEN_SECRET=@S@
MUX_WEBHOOK_SECRET=
CAM_DIRECTORY_URL=https://www.bayfrontaquarium.org/live-cams/index.json
CACHE_TTL_SECONDS=300
""", chars(75, ALNUM + "/+"), "Mux docs: Access tokens (token ID and token secret)", TID=uuid_s())

add("text/wowza-publish-password", "webcams/wowza/conf/publish.password", r"""
# Publish password file (format [username][space][password])
# Used by the Axis cameras pushing RTMP into the "cams" application.
pandacam01 @S@
""" + "#\n# Rotated 2024-03-18 (ticket WEB-771)\n", rand_pw(12), "Wowza Streaming Engine docs: publish.password file format")

add("python/axis-rtsp-password", "webcams/snapshots/grab_snapshots.py", r"""
'''Grab a still every 5 minutes from each cam for the website thumbnails.'''
import datetime as dt
import pathlib
import time

import cv2

CAMS = {
    "penguin-beach": "rtsp://root:@S@@10.60.4.31/axis-media/media.amp",
    "otter-creek": "rtsp://10.60.4.32/axis-media/media.amp",
}
OUT = pathlib.Path("/srv/www/cams")

while True:
    for name, url in CAMS.items():
        cap = cv2.VideoCapture(url)
        ok, frame = cap.read()
        cap.release()
        if ok:
            cv2.imwrite(str(OUT / f"{name}.jpg"), frame)
    print(dt.datetime.now().isoformat(timespec="seconds"), "snapshots done")
    time.sleep(300)
""", name_pw().replace("?", "!").replace("#", "!"), "Axis VAPIX: RTSP URL axis-media/media.amp with credentials; OpenCV VideoCapture")

add("go/hikvision-digest", "cmd/nvr-health/main.go", r"""
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/icholy/digest"
)

// Checks the HDD status of the NVR that records the nocturnal house cams.
func main() {
	client := &http.Client{
		Transport: &digest.Transport{
			Username: "admin",
			Password: "@S@",
		},
	}
	resp, err := client.Get("http://10.60.8.2/ISAPI/ContentMgmt/Storage/hdd")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(string(body))
}
""", words_pw(), "Hikvision ISAPI: digest authentication, /ISAPI/ContentMgmt/Storage/hdd")

add("terraform/cloudflare-api-token", "infra/webcams/cloudflare.tf", r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@S@"
}

resource "cloudflare_stream_live_input" "reef_cam" {
  account_id = "3f0c2a9b7e1d4c5a8b6e2f1d0c9a8b7e"
  meta = {
    name = "Coral Reef cam"
  }
  recording {
    mode                = "automatic"
    timeout_seconds     = 60
    require_signed_urls = false
  }
}
""", mixed(40, ALNUM + "-_"), "Cloudflare docs: API tokens; terraform-provider-cloudflare cloudflare_stream_live_input")

add("ini/ivs-stream-key", "webcams/encoder-03/ivs.ini", r"""
; AWS IVS channel for the Jellyfish Gallery cam (low-latency, basic)
[channel]
arn = arn:aws:ivs:us-east-1:381204775612:channel/Wq7Tn2Lk8ZbX
ingest_endpoint = 8b3f2d1c9a7e.global-contribute.live-video.net
playback_url = https://8b3f2d1c9a7e.us-east-1.playback.live-video.net/api/video/v1/us-east-1.381204775612.channel.Wq7Tn2Lk8ZbX.m3u8

[stream]
stream_key = @S@
bitrate_kbps = 4500
keyframe_interval = 2
""", ivs_key(), "Amazon IVS user guide: stream keys (sk_<region>_…), ingest endpoint")

add("python/vimeo-token", "webcams/archive/upload_keeper_talks.py", r"""
'''Upload the recorded daily keeper talks to the private Vimeo showcase.'''
import pathlib

import vimeo

client = vimeo.VimeoClient(
    token="@S@",
    key="7c2e1b9f0a3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f",
    secret=None,
)

SHOWCASE = "/me/albums/10987654"

for mp4 in sorted(pathlib.Path("/srv/recordings/keeper-talks").glob("*.mp4")):
    uri = client.upload(str(mp4), data={"name": mp4.stem.replace("_", " "), "privacy": {"view": "disable"}})
    client.put(f"{SHOWCASE}/videos/{uri.split('/')[-1]}")
    mp4.rename(mp4.with_suffix(".uploaded"))
""", hexs(32), "Vimeo API docs: personal access token; PyVimeo VimeoClient")

_r = google_refresh()
add("json/youtube-oauth-token", "webcams/youtube-scheduler/token.json", r"""
{
  "token": null,
  "refresh_token": "@S@",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "583019274651-k2m9q8d7f3s1a0b6c4e5g7h2j9l1n3p0.apps.googleusercontent.com",
  "scopes": ["https://www.googleapis.com/auth/youtube"],
  "universe_domain": "googleapis.com",
  "expiry": "2024-05-02T14:11:09Z"
}
""", _r, "google-auth: Credentials.to_json (authorized user token.json with refresh_token)")

_kid, _sk = aws_pair()
add("ini/aws-credentials", "webcams/encoder-01/aws/credentials", r"""
[default]
region = us-west-2

[cam-archive]
aws_access_key_id = @KID@
aws_secret_access_key = @S@
region = us-west-2
""", _sk, "AWS CLI docs: configuration and credential file settings", KID=_kid)

add("csharp/azure-storage-key", "src/Cams.Snapshotter/BlobUploader.cs", r"""
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Cams.Snapshotter;

internal static class BlobUploader
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=rzoocamstills;AccountKey=@S@;EndpointSuffix=core.windows.net";

    private static readonly BlobContainerClient Container = new(ConnectionString, "stills");

    public static async Task UploadAsync(string camName, Stream jpeg)
    {
        var blob = Container.GetBlobClient($"{camName}/{DateTime.UtcNow:yyyy/MM/dd/HHmm}.jpg");
        await blob.UploadAsync(jpeg, new BlobHttpHeaders { ContentType = "image/jpeg", CacheControl = "public, max-age=300" });
    }
}
""", azure_storage_key(), "Microsoft Learn: Configure Azure Storage connection strings (AccountKey)")

add("yaml/frigate-rtsp-password", "webcams/frigate/config.yml", r"""
mqtt:
  host: mqtt.cams.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  red_panda_yard:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@S@@10.60.9.14:554/cam/realmonitor?channel=1&subtype=0
          roles: [record, detect]
    detect:
      width: 1280
      height: 720
    objects:
      track: [person]
    record:
      enabled: true
      retain:
        days: 7
""", rand_pw(14), "Frigate docs: camera configuration (ffmpeg inputs, RTSP with credentials)")

add("shell/bunny-stream-key", "webcams/bin/purge-cam-thumbs.sh", r"""
#!/bin/sh
# Purge the bunny.net CDN cache for the cam thumbnails after the snapshotter run
BUNNY_ACCESS_KEY="@S@"
PULL_ZONE_ID=1873402

curl -sf -X POST \
  -H "AccessKey: ${BUNNY_ACCESS_KEY}" \
  -H "Content-Type: application/json" \
  "https://api.bunny.net/pullzone/${PULL_ZONE_ID}/purgeCache" \
  && echo "purged pull zone ${PULL_ZONE_ID}"
""", uuid_s() + uuid_s(),
    "bunny.net API docs: AccessKey header (account API key)")

# --- webcam decoys ---

add("yaml/decoy-frigate-env-subst", "webcams/frigate/config.prod.yml", r"""
mqtt:
  host: mqtt.cams.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  snow_leopard_den:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.60.9.21:554/Streaming/Channels/101
          roles: [record, detect]
  tiger_pool:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.60.9.22:554/Streaming/Channels/101
          roles: [record]
""", None, "Frigate docs: environment variable substitution {FRIGATE_*}")

add("html/decoy-youtube-embed", "www/templates/live-cams.html", r"""
<section class="live-cams">
  <h1>Live animal cams</h1>
  <div class="cam">
    <h2>Penguin Beach</h2>
    <iframe src="https://www.youtube-nocookie.com/embed/live_stream?channel=UCq7vT3kL9mZ2xB0wR5yN8pA"
            title="Penguin Beach live cam" allow="autoplay; encrypted-media" allowfullscreen></iframe>
  </div>
  <div class="cam">
    <h2>Otter Creek (highlights)</h2>
    <iframe src="https://www.youtube-nocookie.com/embed/dQ7vX2kLp9M?rel=0"
            title="Otter Creek highlights" allowfullscreen></iframe>
  </div>
</section>
""", None, "YouTube IFrame embed: video and channel ids are public")

add("ts/decoy-mux-playback-ids", "webcams/player/src/cams.ts", r"""
// Public playback IDs (policy: public). Signed playback is not used for the cams.
export const CAMS = [
  { slug: "jellyfish", title: "Jellyfish Gallery", playbackId: "@P1@" },
  { slug: "kelp-forest", title: "Kelp Forest", playbackId: "@P2@" },
  { slug: "shark-reef", title: "Shark Reef", playbackId: "@P3@" },
];

export const hlsUrl = (playbackId: string): string => `https://stream.mux.com/${playbackId}.m3u8`;
export const posterUrl = (playbackId: string): string =>
  `https://image.mux.com/${playbackId}/thumbnail.webp?width=640`;
""", None, "Mux docs: playback IDs with public playback policy",
    P1=mixed(40), P2=mixed(40), P3=mixed(40))

add("markdown/decoy-stream-key-howto", "webcams/README.md", r"""
# Live cams

| Cam | Encoder | Destination |
|-----|---------|-------------|
| Penguin Beach | cam-encoder-02 | YouTube (24/7) |
| Otter Creek | studio-pc (OBS) | Twitch |
| Jellyfish Gallery | encoder-03 | AWS IVS |

## Rotating a stream key

1. In YouTube Studio > Go live > Stream, choose **Reset** next to the stream key.
2. Store the new key in 1Password (`Web / YouTube Penguin Beach stream key`).
3. On cam-encoder-02 run `sudo systemctl edit penguin-cam` and set
   `Environment=YT_KEY=xxxx-xxxx-xxxx-xxxx-xxxx` (your key), then restart the unit.

Never paste the key into this repository; `stream.sh` reads `$YT_KEY` from the environment.
""", None, "YouTube Help: reset stream key; systemd.exec Environment=")

add("m3u8/decoy-playlist", "webcams/player/public/offline/offline.m3u8", r"""
#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:0
#EXTINF:6.000,
offline-slate-@H1@.ts
#EXTINF:6.000,
offline-slate-@H2@.ts
#EXTINF:6.000,
offline-slate-@H3@.ts
#EXT-X-ENDLIST
""", None, "RFC 8216 HTTP Live Streaming playlist format", H1=hexs(16), H2=hexs(16), H3=hexs(16))

# === Veterinary lab integrations =================================================================

add("java/idexx-basic-auth", "vet-results/src/main/java/org/cascadezoo/vet/IdexxClient.java", r"""
package org.cascadezoo.vet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls IDEXX VetConnect PLUS for finalized results and hands them to the ZIMS Medical importer. */
public final class IdexxClient {
    private static final String BASE = "https://integration.vetconnectplus.com/api/v1";
    private static final String AUTH = "Basic @S@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    public String results(String sinceIso) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/results/search?updatedSince=" + sinceIso))
                .header("Authorization", AUTH)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("IDEXX returned " + resp.statusCode());
        }
        return resp.body();
    }
}
""", b64("cascadezoo-vet:" + words_pw()), "RFC 7617 HTTP Basic authentication; IDEXX VetConnect PLUS integration API")

add("python/antech-sftp-password", "vet_results/antech_fetch.py", r"""
'''Fetch Antech result files (HL7 ORU) dropped for our account and move them to the import share.'''
import pathlib

import paramiko

HOST = "sftp.antechdiagnostics.com"
USER = "zoo_rvbnd_48213"
PASSWORD = "@S@"
INBOX = pathlib.Path(r"\\vetfs01\imports\antech")

transport = paramiko.Transport((HOST, 22))
transport.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(transport)
try:
    for name in sftp.listdir("outbound"):
        if name.endswith(".hl7"):
            sftp.get(f"outbound/{name}", str(INBOX / name))
            sftp.rename(f"outbound/{name}", f"archive/{name}")
finally:
    sftp.close()
    transport.close()
""", rand_pw(12, "!$"), "Paramiko docs: Transport.connect(username, password); SFTPClient")

add("xml/mirth-db-password", "mirth/channels/Lab Results to ZIMS Staging.xml", r"""
<channel version="4.4.2">
  <id>4b8c1f0e-2d7a-4c3b-9e6f-1a2b3c4d5e6f</id>
  <name>Lab Results to ZIMS Staging</name>
  <sourceConnector version="4.4.2">
    <transportName>TCP Listener</transportName>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties">
      <listenerConnectorProperties>
        <host>0.0.0.0</host>
        <port>6661</port>
      </listenerConnectorProperties>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>Insert result rows</name>
      <transportName>Database Writer</transportName>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://vetsql01.bayfront.local:1433;databaseName=LabStaging</url>
        <username>mirth_lab</username>
        <password>@S@</password>
        <query>INSERT INTO lab_result (accession, animal_gan, test_code, value, units) VALUES (${accession}, ${gan}, ${code}, ${value}, ${units})</query>
      </properties>
    </connector>
  </destinationConnectors>
</channel>
""", words_pw(), "Mirth Connect user guide: Database Writer destination; MLLP TCP Listener")

add("pem/sftp-openssh-key", "vet-results/deploy/keys/heska_sftp_ed25519", "@S@\n", pem("OPENSSH", 7),
    "OpenSSH ssh-keygen(1): private key file format (openssh-key-v1)")

add("json/orthanc-registered-users", "radiology/orthanc/orthanc.json", r"""
{
  "Name": "RZOO-VETRAD",
  "StorageDirectory": "/var/lib/orthanc/db",
  "IndexDirectory": "/var/lib/orthanc/db",
  "DicomAet": "RZOOVETRAD",
  "DicomPort": 4242,
  "HttpPort": 8042,
  "RemoteAccessAllowed": true,
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "vetrad": "@S@"
  },
  "DicomModalities": {
    "dr-panel": ["VETDR01", "10.70.2.41", 104],
    "ct": ["VETCT01", "10.70.2.42", 104]
  },
  "StableAge": 60
}
""", name_pw(), "Orthanc Book: configuration file, RegisteredUsers")

add("go/lab-client-key", "internal/labgw/tls.go", r"""
package labgw

import (
	"crypto/tls"
	"net/http"
	"time"
)

// Mutual TLS for the reference lab's results gateway (client certificate issued to the zoo).
const clientCert = `@CERT@`

const clientKey = `@S@`

func Client() (*http.Client, error) {
	pair, err := tls.X509KeyPair([]byte(clientCert), []byte(clientKey))
	if err != nil {
		return nil, err
	}
	return &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}},
	}, nil
}
""", pem("EC", 3), "Go crypto/tls: X509KeyPair (PEM certificate and EC private key)", CERT=cert_pem(10))

add("pgpass/pharmacy-db", "ops/vet/pgpass", r"""
# hostname:port:database:username:password
vetdb01.riverbend.local:5432:pharmacy:pharm_app:@S@
# pharmacy_audit and the superuser log in with Kerberos (gss), no entries needed.
#
# Install: copy to ~/.pgpass on vetapp01 and chmod 0600 (libpq ignores it otherwise).
""", rand_pw(20, "-_."), "PostgreSQL docs: The Password File (.pgpass)")

# --- vet lab decoys ---

add("hl7/decoy-sample-message", "vet_results/tests/data/idexx_oru_sample.hl7", r"""
MSH|^~\&|VCPLUS|IDEXX|ZIMS-STAGING|RVBND|20240514101522||ORU^R01|MSG00001842|P|2.5.1
PID|1||MIG12-30118822^^^RVBND||Pebble^Spheniscus demersus||20190402|F
OBR|1|ACC-7731942|ACC-7731942|CHEM25^Chemistry panel|||20240513090000
OBX|1|NM|ALB^Albumin||1.9|g/dL|1.5-2.4||||F
OBX|2|NM|GLU^Glucose||212|mg/dL|180-260||||F
OBX|3|NM|UA^Uric acid||4.1|mg/dL|1.0-9.0||||F
""", None, "HL7 v2.5.1 ORU^R01 message structure")

add("pem/decoy-lab-public-key", "vet_results/keys/idexx_webhook_signing.pub.pem", "@K@\n", None,
    "RFC 7468 textual encoding: SubjectPublicKeyInfo (public key)", K=public_pem())

add("json/decoy-orthanc-env", "radiology/orthanc/orthanc.prod.json", r"""
{
  "Name": "BYFRT-VETRAD",
  "DicomAet": "BYFRTVETRAD",
  "DicomPort": 4242,
  "HttpPort": 8042,
  "RemoteAccessAllowed": true,
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "vetrad": "${ORTHANC_VETRAD_PASSWORD}"
  },
  "PostgreSQL": {
    "EnableIndex": true,
    "Host": "vetdb01",
    "Database": "orthanc",
    "Username": "orthanc",
    "Password": "${ORTHANC_DB_PASSWORD}"
  }
}
""", None, "Orthanc Book: environment variables in configuration files")

add("csharp/decoy-keyvault-client", "src/Vet.LabImport/Secrets.cs", r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Vet.LabImport;

internal static class Secrets
{
    private static readonly SecretClient Client =
        new(new Uri("https://kv-vet-prod.vault.azure.net/"), new DefaultAzureCredential());

    public static string AntechSftpPassword => Client.GetSecret("antech-sftp-password").Value.Value;
    public static string LabStagingConnection => Client.GetSecret("labstaging-sql").Value.Value;
}
""", None, "Azure SDK for .NET: SecretClient with DefaultAzureCredential")

# === Keeper and visitor apps =====================================================================

add("properties/mapbox-downloads-token", "keeper-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# Mapbox Maps SDK download token (scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@S@
""", mapbox_token("sk", "riverbendzoo"), "Mapbox docs: Android SDK install, secret token with DOWNLOADS:READ scope")

add("xml/decoy-mapbox-public-token", "visitor-android/app/src/main/res/values/mapbox_access_token.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
    <!-- Public token (pk.) for the visitor map; URL-restricted in the Mapbox account -->
    <string name="mapbox_access_token" translatable="false" tools:ignore="UnusedResources">@PK@</string>
    <string name="map_style_url" translatable="false">mapbox://styles/riverbendzoo/clr4t8n2k00ab01qx3s9d7e5f</string>
</resources>
""", None, "Mapbox docs: access tokens, public tokens (pk.) in client apps", PK=mapbox_token("pk", "riverbendzoo"))

add("swift/algolia-admin-key", "VisitorApp/Search/SpeciesSearch.swift", r"""
import AlgoliaSearchClient

final class SpeciesSearch {
    private let client = SearchClient(appID: "QF7K2M9XZ1", apiKey: "@S@")
    private lazy var index = client.index(withName: "species_prod")

    func reindex(_ species: [Species]) throws {
        _ = try index.clearObjects()
        _ = try index.saveObjects(species)
        _ = try index.setSettings(Settings().set(\.searchableAttributes, to: ["commonName", "scientificName", "exhibit"]))
    }

    func search(_ text: String, completion: @escaping (Result<[Species], Error>) -> Void) {
        index.search(query: Query(text)) { result in
            completion(result.flatMap { response in Result { try response.extractHits() } })
        }
    }
}
""", hexs(32), "Algolia docs: API keys (Admin API key must stay secret)")

add("js/decoy-algolia-search-key", "www/assets/js/species-search.js", r"""
// Species finder on the website. Search-only key: safe to expose, restricted to species_prod.
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

const searchClient = algoliasearch("QF7K2M9XZ1", "@K@");

const search = instantsearch({ indexName: "species_prod", searchClient });
search.addWidgets([
  searchBox({ container: "#species-search", placeholder: "Search animals" }),
  hits({ container: "#species-hits", templates: { item: (hit, { html }) => html`<a href="/animals/${hit.slug}">${hit.commonName}</a>` } }),
]);
search.start();
""", None, "Algolia docs: search-only API key for front-end use", K=hexs(32))

add("python/google-api-key", "visitor_app/backend/translate.py", r"""
'''Translate the daily keeper-talk schedule for the visitor app (es, zh, vi, ko).'''
import requests

GOOGLE_API_KEY = "@S@"
TARGETS = ["es", "zh-CN", "vi", "ko"]


def translate(texts: list[str], target: str) -> list[str]:
    resp = requests.post(
        "https://translation.googleapis.com/language/translate/v2",
        params={"key": GOOGLE_API_KEY},
        json={"q": texts, "target": target, "format": "text"},
        timeout=30,
    )
    resp.raise_for_status()
    return [t["translatedText"] for t in resp.json()["data"]["translations"]]


def schedule_in_all_languages(schedule: list[str]) -> dict[str, list[str]]:
    return {lang: translate(schedule, lang) for lang in TARGETS}
""", google_api_key(), "Google Cloud Translation v2 REST: API key query parameter")

add("python/openai-key", "visitor_app/backend/ask_a_keeper.py", r"""
'''"Ask a keeper" chat in the visitor app: answers from the species fact sheets only.'''
from openai import OpenAI

client = OpenAI(api_key="@S@")

SYSTEM = (
    "You answer visitors' questions about animals at Harborview Aquarium. "
    "Use only the fact sheet provided. If unsure, suggest asking a keeper at the exhibit."
)


def answer(question: str, fact_sheet: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Fact sheet:\n{fact_sheet}\n\nQuestion: {question}"},
        ],
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()), "OpenAI API reference: authentication (project API keys)")

add("js/fcm-server-key", "visitor-push/send-feeding-alert.js", r"""
// Legacy FCM HTTP API: "Sea lion feeding in 15 minutes at the Pacific Shores amphitheater"
const https = require("https");

const SERVER_KEY = "@S@";

function notifyTopic(topic, title, body) {
  const payload = JSON.stringify({ to: `/topics/${topic}`, notification: { title, body }, priority: "high" });
  const req = https.request({
    hostname: "fcm.googleapis.com",
    path: "/fcm/send",
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `key=${SERVER_KEY}` },
  }, (res) => console.log("fcm", res.statusCode));
  req.end(payload);
}

notifyTopic("feedings-sea-lions", "Sea lion feeding", "Starts in 15 minutes at the Pacific Shores amphitheater");
""", fcm_server_key(), "Firebase docs: legacy FCM HTTP protocol, server key (Authorization: key=)")

add("pem/apns-auth-key", "visitor-ios/fastlane/keys/AuthKey_7QX9K2L4MZ.p8", "@S@\n", p8_key(),
    "Apple developer docs: token-based APNs, .p8 authentication key (PKCS#8)")

add("python/onesignal-rest-key", "visitor_app/backend/push.py", r"""
import requests

ONESIGNAL_APP_ID = "@APP@"
ONESIGNAL_REST_KEY = "@S@"


def closing_soon(minutes: int = 30) -> None:
    requests.post(
        "https://onesignal.com/api/v1/notifications",
        headers={"Authorization": f"Basic {ONESIGNAL_REST_KEY}", "Content-Type": "application/json"},
        json={
            "app_id": ONESIGNAL_APP_ID,
            "included_segments": ["Visiting Today"],
            "headings": {"en": "Closing soon"},
            "contents": {"en": f"The zoo closes in {minutes} minutes. Exit via the Main Gate or the Lakeside Gate."},
        },
        timeout=20,
    ).raise_for_status()
""", b64(uuid_s()), "OneSignal docs: REST API key (Authorization: Basic <key>)", APP=uuid_s())

add("json/decoy-sentry-dsn", "visitor-web/src/config/public.json", r"""
{
  "apiBase": "https://api.riverbendzoo.org/visitor/v1",
  "sentry": {
    "dsn": "https://@PUB@@o4506123456789504.ingest.us.sentry.io/4506123459870720",
    "tracesSampleRate": 0.05,
    "environment": "production"
  },
  "googleOAuthClientId": "583019274651-a8s7d6f5g4h3j2k1l0z9x8c7v6b5n4m3.apps.googleusercontent.com",
  "mapStyle": "mapbox://styles/riverbendzoo/clr4t8n2k00ab01qx3s9d7e5f"
}
""", None, "Sentry docs: DSN (public key only, safe in client code); Google OAuth client ID is public", PUB=hexs(32))

add("dart/decoy-dart-define", "keeper_flutter/lib/env.dart", r"""
/// Build-time configuration, passed with --dart-define (see ci/build_android.sh).
class Env {
  static const supabaseUrl = String.fromEnvironment('SUPABASE_URL');
  static const supabaseAnonKey = String.fromEnvironment('SUPABASE_ANON_KEY');
  static const recordsApiBase = String.fromEnvironment(
    'RECORDS_API_BASE',
    defaultValue: 'https://records-staging.prairiewildszoo.org/api',
  );

  static void assertConfigured() {
    assert(supabaseUrl.isNotEmpty, 'SUPABASE_URL missing: pass --dart-define');
    assert(supabaseAnonKey.isNotEmpty, 'SUPABASE_ANON_KEY missing');
  }
}
""", None, "Dart docs: String.fromEnvironment with --dart-define")

# === CI, deployment and operations ===============================================================

add("github-actions/dockerhub-token", ".github/workflows/build-keeper-api.yml", r"""
name: build keeper-api image

on:
  push:
    branches: [main]
    paths: ["keeper-api/**"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: riverbendzoo
          password: @S@
      - uses: docker/build-push-action@v6
        with:
          context: keeper-api
          push: true
          tags: riverbendzoo/keeper-api:${{ github.sha }},riverbendzoo/keeper-api:latest
""", "dckr_pat_" + mixed(27, ALNUM + "-_"), "Docker docs: personal access tokens (dckr_pat_); docker/login-action")

_kid, _sk = aws_pair()
add("gitlab-ci/aws-secret-key", ".gitlab-ci.yml", r"""
stages: [test, deploy]

variables:
  AWS_DEFAULT_REGION: us-west-2
  AWS_ACCESS_KEY_ID: @KID@
  AWS_SECRET_ACCESS_KEY: @S@
  SITE_BUCKET: s3://www-harborview-aquarium-org

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy_site:
  stage: deploy
  image: amazon/aws-cli:2.15.30
  only: [main]
  script:
    - aws s3 sync dist/ "$SITE_BUCKET" --delete --cache-control "public, max-age=600"
    - aws cloudfront create-invalidation --distribution-id E2Q8LX0KZ7Y3TF --paths "/*"
""", _sk, "GitLab CI/CD YAML reference: variables; AWS CLI environment variables", KID=_kid)

add("jenkinsfile/sshpass-password", "Jenkinsfile", r"""
pipeline {
    agent { label 'linux' }
    environment {
        TARGET = 'deploy@keeperapp01.prairiewilds.local'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean bootJar'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh '''
                    sshpass -p '@S@' scp -o StrictHostKeyChecking=no build/libs/keeper-app.jar ${TARGET}:/opt/keeper-app/
                    sshpass -p '@S@' ssh ${TARGET} 'sudo systemctl restart keeper-app'
                '''
            }
        }
    }
}
""", words_pw(), "Jenkins Pipeline syntax; sshpass(1) -p")

add("azure-pipelines/sqlcmd-password", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet publish src/Cascade.Ticketing.Sync -c Release -o $(Build.ArtifactStagingDirectory)/sync
    displayName: Publish sync service
  - script: >
      sqlcmd -S tcp:sql-tix-prod.database.windows.net,1433 -d Ticketing
      -U tix_migrator -P "@S@" -i db/migrations/latest.sql -b
    displayName: Apply database migrations
  - task: PublishBuildArtifacts@1
""", name_pw(), "Azure Pipelines YAML schema; sqlcmd utility -U/-P")

add("bitbucket-pipelines/npm-token", "bitbucket-pipelines.yml", r"""
image: node:20

pipelines:
  tags:
    'v*':
      - step:
          name: Publish @riverbendzoo/exhibit-signage
          script:
            - echo "//registry.npmjs.org/:_authToken=@S@" > .npmrc
            - npm ci
            - npm run build
            - npm publish --access restricted
""", fakes.fake("npm_", 36, _seed()), "Bitbucket Pipelines docs; npm docs: access tokens (npm_) in .npmrc")

add("dockerfile/pgpassword", "ticket-scanner-sync/Dockerfile", r"""
FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PGHOST=db-gates.cascadezoo.local \
    PGDATABASE=gate_scans \
    PGUSER=scanner_sync \
    PGPASSWORD=@S@

CMD ["python", "-m", "scanner_sync", "--interval", "30"]
""", rand_pw(18), "Dockerfile reference: ENV; PostgreSQL libpq environment variables (PGPASSWORD)")

add("compose/postgres-password", "deploy/volunteer-portal/docker-compose.yml", r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: volunteer_portal
      POSTGRES_USER: volunteer_portal
      POSTGRES_PASSWORD: @S@
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: ghcr.io/prairiewildszoo/volunteer-portal:2.3.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://volunteer_portal@db:5432/volunteer_portal
      RAILS_ENV: production
    ports:
      - "127.0.0.1:3000:3000"

volumes:
  pgdata:
""", passphrase(), "Docker Hub postgres image: POSTGRES_PASSWORD; Compose file reference")

_pw = words_pw()
add("k8s-secret/ticketing-db", "k8s/ticketing/secret-db.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ticketing-db
  namespace: ticketing
  labels:
    app.kubernetes.io/part-of: ticketing
type: Opaque
data:
  username: @U@
  password: @P@
  host: @H@
""", _pw, "Kubernetes docs: Secrets (data values are base64)", U=b64("tix_app"), P=b64(_pw), H=b64("sql-tix-prod.database.windows.net"))

add("k8s-secret/slack-bot-stringdata", "k8s/keeper-bot/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: keeper-bot
  namespace: bots
type: Opaque
stringData:
  SLACK_BOT_TOKEN: @S@
  SLACK_CHANNEL_DAILY_REPORT: C05QX7K2L9M
  ROUNDS_API_BASE: https://rounds.bayfrontaquarium.org/api
""", slack_bot(), "Kubernetes docs: Secret stringData; Slack docs: bot tokens (xoxb-)")

add("helm/redis-password", "charts/visitor-api/values-prod.yaml", r"""
replicaCount: 3

image:
  repository: ghcr.io/riverbendzoo/visitor-api
  tag: "1.14.2"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.riverbendzoo.org
      paths: [{ path: /visitor, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@S@"

resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { memory: 512Mi }
""", fakes.redis_password(_seed()), "Bitnami Redis Helm chart: auth.password value")

add("terraform/sql-admin-password", "infra/ticketing/sql.tf", r"""
resource "azurerm_mssql_server" "tix" {
  name                         = "sql-tix-prod"
  resource_group_name          = azurerm_resource_group.tix.name
  location                     = azurerm_resource_group.tix.location
  version                      = "12.0"
  administrator_login          = "tixadmin"
  administrator_login_password = "@S@"
  minimum_tls_version          = "1.2"

  azuread_administrator {
    login_username = "sg-ticketing-dba"
    object_id      = "5d2c7e1a-90b4-4f3e-8a61-2c9d0e7b4f18"
  }
}

resource "azurerm_mssql_database" "ticketing" {
  name      = "Ticketing"
  server_id = azurerm_mssql_server.tix.id
  sku_name  = "S2"
}
""", rand_pw(24, "!#%"), "Terraform azurerm provider: azurerm_mssql_server administrator_login_password")

add("ansible/winrm-password", "ansible/inventories/lss/hosts.ini", r"""
[hmi]
lss-hmi-01.lss.harborview.local
lss-hmi-02.lss.harborview.local
lss-hmi-03.lss.harborview.local

[historian]
hist01.lss.harborview.local

[windows:children]
hmi
historian

[windows:vars]
ansible_user=LSS\svc-ansible
ansible_password=@S@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", words_pw(), "Ansible docs: Windows Remote Management, inventory variables ansible_password")

add("shell/git-credentials-token", "ops/bootstrap/git-setup.sh", r"""
#!/bin/sh
# Bootstrap the historian export job's git identity (pushes CSV snapshots to lss-history-data)
set -eu
git config --global user.name "LSS historian export"
git config --global user.email "lss-deploy@harborview-aquarium.org"
git config --global credential.helper store
printf 'https://lss-deploy:%s@github.com\n' "@S@" > "$HOME/.git-credentials"
chmod 600 "$HOME/.git-credentials"
git clone https://github.com/harborview-aquarium/lss-history-data.git /srv/lss-history-data
""", fakes.github_token(_seed()), "git-credential-store(1): ~/.git-credentials format; GitHub personal access tokens (ghp_)")

add("pip-conf/index-password", "lss_bridge/pip.conf", r"""
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://lss-ci:@S@@pkgs.harborview-aquarium.org/simple/

[install]
trusted-host = pkgs.harborview-aquarium.org
""", rand_pw(20), "pip docs: configuration files, extra-index-url with credentials")

add("ps-history/securestring", "ops/notes/ConsoleHost_history.txt", r"""
Import-Module ActiveDirectory
Get-ADUser -Filter "Department -eq 'Animal Care'" | Measure-Object
$pw = ConvertTo-SecureString "@S@" -AsPlainText -Force
New-ADUser -Name "svc-zimsexport" -SamAccountName svc-zimsexport -AccountPassword $pw -Enabled $true -Path "OU=Service Accounts,DC=rzoo,DC=local"
Add-ADGroupMember -Identity "SQL-Husbandry-Readers" -Members svc-zimsexport
Get-ADUser svc-zimsexport -Properties PasswordLastSet
""", name_pw(), "PSReadLine history file (ConsoleHost_history.txt); ConvertTo-SecureString -AsPlainText")

add("markdown/hmi-password-runbook", "runbooks/lss/hmi-recovery.md", r"""
# LSS HMI recovery (aquarium basement)

Use this when an HMI panel shows "Gateway communication lost" for more than 5 minutes.

1. Check the Ignition gateway status page: http://lss-gw01:8088/web/status
2. If the gateway is up, restart the Vision client on the panel (Ctrl+Alt+R).
3. If the panel is frozen, log in to the Windows session:
   - user: `LSS\hmi-operator`
   - password: `@S@`
4. Open **Services**, restart *Ignition Vision Client Launcher*.
5. If pumps are in HAND, do **not** switch to AUTO until the on-call LSS engineer confirms setpoints.

Escalation: on-call LSS engineer (PagerDuty "LSS Primary"), then the Curator of Life Support.
""", words_pw(), "Team runbook in Markdown (credentials written in a numbered step)")

add("systemd/database-url", "ops/systemd/zims-export.service", r"""
[Unit]
Description=Nightly ZIMS export (animal records -> Species360 batch files)
After=network-online.target

[Service]
Type=oneshot
User=zimsexport
WorkingDirectory=/opt/zims-export
Environment="DATABASE_URL=postgresql://zims_export:@S@@pg-records-01.riverbendzoo.local:5432/animal_records"
Environment="EXPORT_DIR=/srv/exports/zims"
ExecStart=/opt/zims-export/.venv/bin/python -m zims_export run

[Install]
WantedBy=multi-user.target
""", rand_pw(18), "systemd.exec(5): Environment=; PostgreSQL connection URIs")

add("crontab/mysqldump-password", "ops/cron/membership-backup.cron", r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it-ops@prairiewildszoo.org
15 2 * * * mysqldump --single-transaction -h mysql-members01 -u backup --password='@S@' membership | gzip > /backup/membership/membership-$(date +\%F).sql.gz
45 2 * * * find /backup/membership -name '*.sql.gz' -mtime +30 -delete
""", words_pw(), "crontab(5); mysqldump --password option")

add("rclone/b2-application-key", "ops/backup/rclone.conf", r"""
[b2-records]
type = b2
account = @KEYID@
key = @S@
hard_delete = false

[records-crypt]
type = crypt
remote = b2-records:rzoo-animal-records-backup
filename_encryption = standard
password = *** ENCRYPTED ***
""", "K005" + mixed(27), "rclone docs: Backblaze B2 (account = keyID, key = applicationKey)", KEYID="005" + hexs(22))

add("netrc/artifact-password", "ops/bootstrap/files/netrc", r"""
# ~/.netrc for the ci-lss user on the LSS build agent (curl --netrc, pip, git over https)
machine nexus.cascadezoo.local
  login ci-lss
  password @S@

# github.com uses the gh credential helper, not this file
""", rand_pw(22), "GNU inetutils ftp/netrc(5) file format")

add("shell/vault-token", "scripts/rotate-ticketing-db.sh", r"""
#!/usr/bin/env bash
# Rotate the ticketing DB password through Vault's database secrets engine
set -euo pipefail

export VAULT_ADDR="https://vault.cascadezoo.local:8200"
export VAULT_TOKEN="@S@"

vault write -f database/rotate-role/ticketing-app
vault read -format=json database/static-creds/ticketing-app | jq -r '.data.last_vault_rotation'
kubectl -n ticketing rollout restart deployment/ticketing-api
""", vault_token(), "HashiCorp Vault docs: tokens (hvs. prefix), VAULT_TOKEN")

add("ini/sentry-auth-token", "visitor-web/.sentryclirc", r"""
[defaults]
url = https://sentry.io/
org = riverbend-zoo
project = visitor-web

[auth]
token = @S@

[log]
level = warn
""", "sntryu_" + hexs(64), "Sentry CLI docs: configuration file .sentryclirc, auth token")

add("yaml/datadog-api-key", "ops/ansible/roles/datadog/files/datadog.yaml", r"""
api_key: @S@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:lss
  - site:bayfront
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32), "Datadog Agent configuration: datadog.yaml api_key")

add("ini/newrelic-license", "ticketing-api/newrelic.ini", r"""
[newrelic]
license_key = @S@
app_name = Ticketing API (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.record_sql = obfuscated
""", hexs(36) + "NRAL", "New Relic Python agent: newrelic.ini license_key")

add("powershell/okta-api-token", "scripts/New-SeasonalKeeperAccounts.ps1", r"""
# Create Okta accounts for the summer seasonal keepers from the HR export
$OktaOrg = "https://riverbendzoo.okta.com"
$Headers = @{
    Authorization  = "SSWS @S@"
    Accept         = "application/json"
    "Content-Type" = "application/json"
}

Import-Csv .\seasonal_keepers_2024.csv | ForEach-Object {
    $body = @{
        profile = @{ firstName = $_.First; lastName = $_.Last; email = $_.Email; login = $_.Email; department = "Animal Care" }
        groupIds = @("00g9q8k2lZx7YbT3e5d7")
    } | ConvertTo-Json -Depth 4
    Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users?activate=true" -Headers $Headers -Body $body
}
""", okta_token(), "Okta docs: API tokens (Authorization: SSWS)")

add("json/azure-ad-client-secret", "src/Keeper.Portal/appsettings.json", r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "cascadezoo.org",
    "TenantId": "@TENANT@",
    "ClientId": "@CLIENT@",
    "ClientSecret": "@S@",
    "CallbackPath": "/signin-oidc"
  },
  "DownstreamApi": {
    "BaseUrl": "https://graph.microsoft.com/v1.0",
    "Scopes": "User.Read GroupMember.Read.All"
  },
  "AllowedHosts": "*"
}
""", azure_client_secret(), "Microsoft identity platform: Microsoft.Identity.Web appsettings (ClientSecret)",
    TENANT=uuid_s(), CLIENT=uuid_s())

_pw = rand_pw(22)
add("python/split-smtp-password", "records/riverbend_records/settings/mail.py", r"""
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "records-noreply@riverbendzoo.org"
EMAIL_HOST_PASSWORD = ("@A@"
                       "@B@")
DEFAULT_FROM_EMAIL = "Animal Records <records-noreply@riverbendzoo.org>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
""", _pw, "Django settings: EMAIL_HOST_PASSWORD; Python implicit string concatenation", A=_pw[:11], B=_pw[11:])

_s = stripe_secret()
add("js/split-stripe-key", "kiosk/scripts/refund-day-passes.js", r"""
// One-off: refund day passes sold for the 14 Feb closure (ice storm)
const Stripe = require("stripe");
const stripe = Stripe("@A@" +
  "@B@");

(async () => {
  const charges = await stripe.charges.search({
    query: "metadata['visit_date']:'2024-02-14' AND metadata['product']:'day-pass'",
    limit: 100,
  });
  for (const charge of charges.data) {
    if (!charge.refunded) {
      await stripe.refunds.create({ charge: charge.id, reason: "requested_by_customer" });
      console.log("refunded", charge.id);
    }
  }
})();
""", _s, "Stripe docs: secret keys; JavaScript string concatenation", A=_s[:40], B=_s[40:])

_t = fakes.github_fine_grained_token(_seed())
add("shell/split-github-pat", "scripts/mirror-zims-schemas.sh", r"""
#!/usr/bin/env bash
# Mirror the ZIMS export schema repo into the internal GitLab (weekly)
set -euo pipefail
GH_TOKEN='@A@'\
'@B@'
git clone --mirror "https://x-access-token:${GH_TOKEN}@github.com/riverbendzoo/zims-export-schemas.git" /tmp/schemas.git
cd /tmp/schemas.git
git push --mirror "git@gitlab.riverbend.local:records/zims-export-schemas.git"
rm -rf /tmp/schemas.git
""", _t, "GitHub docs: fine-grained personal access tokens (github_pat_); bash line continuation", A=_t[:45], B=_t[45:])

_auth = b64("rzoo-ci:" + rand_pw(20))
add("docker-config/registry-auth", "ops/ci-runner/docker-config.json", r"""
{
  "auths": {
    "harbor.riverbendzoo.local": {
      "auth": "@S@"
    },
    "ghcr.io": {
      "credHelper": "gh"
    }
  },
  "credsStore": "",
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", _auth, "Docker CLI docs: config.json auths (base64 of user:password)")

add("pypirc/pypi-token", "ops/release/.pypirc", r"""
[distutils]
index-servers =
    pypi
    lss-internal

[pypi]
username = __token__
password = @S@

[lss-internal]
repository = https://pkgs.harborview-aquarium.org/
username = lss-ci
""", fakes.pypi_token(_seed()), "Python packaging docs: .pypirc with API token (__token__)")

# === Operations decoys ===========================================================================

add("github-actions/decoy-secrets-refs", ".github/workflows/deploy-visitor-api.yml", r"""
name: deploy visitor-api

on:
  workflow_dispatch:
  push:
    tags: ["visitor-api-v*"]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: ${{ secrets.AZURE_CLIENT_ID }}
          tenant-id: ${{ secrets.AZURE_TENANT_ID }}
          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}
      - uses: azure/setup-helm@v4
      - run: az aks get-credentials -g rg-visitor -n aks-visitor-prod
      - run: |
          helm upgrade --install visitor-api charts/visitor-api -n visitor \
            -f charts/visitor-api/values-prod.yaml \
            --set redis.auth.existingSecret=visitor-redis \
            --set image.tag=${GITHUB_REF_NAME#visitor-api-v}
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""", None, "GitHub Actions docs: using secrets in workflows; OIDC with azure/login")

add("k8s/decoy-secret-key-ref", "k8s/ticketing/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ticketing-api
  namespace: ticketing
spec:
  replicas: 2
  selector:
    matchLabels: { app: ticketing-api }
  template:
    metadata:
      labels: { app: ticketing-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/cascadezoo/ticketing-api:3.2.0
          env:
            - name: DB_HOST
              valueFrom: { secretKeyRef: { name: ticketing-db, key: host } }
            - name: DB_PASSWORD
              valueFrom: { secretKeyRef: { name: ticketing-db, key: password } }
            - name: STRIPE_SECRET_KEY
              valueFrom: { secretKeyRef: { name: stripe, key: secret-key } }
          ports:
            - containerPort: 8080
""", None, "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

add("helm/decoy-existing-secret", "charts/visitor-api/values.yaml", r"""
replicaCount: 1

image:
  repository: ghcr.io/riverbendzoo/visitor-api
  tag: ""

redis:
  enabled: true
  auth:
    enabled: true
    # Use a pre-created secret (key: redis-password); leave password empty.
    existingSecret: visitor-redis
    existingSecretPasswordKey: redis-password
    password: ""

postgresql:
  auth:
    existingSecret: visitor-db
    secretKeys:
      userPasswordKey: password
""", None, "Bitnami Helm charts: auth.existingSecret")

add("terraform/decoy-random-password", "infra/volunteers/db.tf", r"""
variable "db_admin_login" {
  type    = string
  default = "volunteeradmin"
}

resource "random_password" "db_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "azurerm_postgresql_flexible_server" "volunteers" {
  name                   = "psql-volunteers-prod"
  resource_group_name    = azurerm_resource_group.volunteers.name
  location               = azurerm_resource_group.volunteers.location
  version                = "16"
  administrator_login    = var.db_admin_login
  administrator_password = random_password.db_admin.result
  sku_name               = "B_Standard_B1ms"
  storage_mb             = 32768
}

resource "azurerm_key_vault_secret" "db_admin" {
  name         = "volunteers-db-admin-password"
  value        = random_password.db_admin.result
  key_vault_id = azurerm_key_vault.ops.id
}
""", None, "Terraform random provider: random_password; azurerm_key_vault_secret")

_hex = hexs(80 * 7)
add("ansible/decoy-vault-encrypted", "ansible/inventories/lss/group_vars/windows/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(_hex[i:i + 80] for i in range(0, len(_hex), 80)) + "\n", None,
    "Ansible docs: Ansible Vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

add("sops/decoy-encrypted-values", "deploy/lss-cloud/secrets.enc.yaml", r"""
mqtt_bridge_password: ENC[AES256_GCM,data:@D1@,iv:@I1@,tag:@T1@,type:str]
influx_token: ENC[AES256_GCM,data:@D2@,iv:@I2@,tag:@T2@,type:str]
grafana_admin_password: ENC[AES256_GCM,data:@D3@,iv:@I3@,tag:@T3@,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    age:
        - recipient: age1@AGE@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @E1@
            @E2@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:@D4@,iv:@I4@,tag:@T4@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "SOPS docs: encrypted file format (ENC[AES256_GCM,...]) with age recipients",
    D1=b64bytes(18), I1=b64bytes(32), T1=b64bytes(16), D2=b64bytes(66), I2=b64bytes(32), T2=b64bytes(16),
    D3=b64bytes(15), I3=b64bytes(32), T3=b64bytes(16), D4=b64bytes(66), I4=b64bytes(32), T4=b64bytes(16),
    AGE=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), E1=b64bytes(48), E2=b64bytes(48))

add("k8s/decoy-sealed-secret", "k8s/keeper-bot/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: keeper-bot
  namespace: bots
spec:
  encryptedData:
    SLACK_BOT_TOKEN: @C1@
    SLACK_SIGNING_SECRET: @C2@
  template:
    metadata:
      name: keeper-bot
      namespace: bots
    type: Opaque
""", None, "Bitnami sealed-secrets: SealedSecret encryptedData (asymmetric ciphertext)",
    C1="AgB" + b64bytes(520)[3:], C2="AgC" + b64bytes(400)[3:])

add("htpasswd/decoy-webcam-admin", "webcams/relay/htpasswd", r"""
camadmin:$apr1$@S1@$@H1@
webteam:$2y$05$@H2@
lss-view:$2y$05$@H3@
pressroom:$apr1$@S2@$@H4@
volunteer-cams:$2y$05$@H5@
""", None, "Apache htpasswd docs: password formats (apr1 MD5, bcrypt $2y$)",
    S1=chars(8, BCRYPT_ALPHABET), H1=chars(22, BCRYPT_ALPHABET), H2=chars(53, BCRYPT_ALPHABET),
    H3=chars(53, BCRYPT_ALPHABET), S2=chars(8, BCRYPT_ALPHABET), H4=chars(22, BCRYPT_ALPHABET), H5=chars(53, BCRYPT_ALPHABET))

add("ssh/decoy-authorized-keys", "ops/bootstrap/files/authorized_keys", "\n".join([
    "# LSS jump host: engineers allowed to reach the plant VLANs",
    ssh_pub("m.kovacs@lss-laptop-07"),
    ssh_pub("j.rahman@lss-laptop-09"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(512, ALNUM + "+/") + "= ansible@ops01",
    ssh_pub("historian-export@hist01"),
]) + "\n", None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

add("markdown/decoy-aws-doc-example", "webcams/archive/README.md", r"""
# Cam archive (S3)

Stills and highlight clips are archived to `s3://rzoo-cam-archive` with a 400-day lifecycle.

## Local testing

Use a named profile; the example below uses the placeholder keys from the AWS documentation:

```ini
[cam-archive-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

In production the encoder boxes use an IAM Roles Anywhere certificate; no static keys.
""", None, "AWS docs: example access key ID and secret access key (AKIAIOSFODNN7EXAMPLE)")

add("json/decoy-package-lock", "membership-checkout/package-lock.json", r"""
{
  "name": "membership-checkout",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "membership-checkout",
      "version": "1.8.0",
      "dependencies": { "express": "^4.19.2", "stripe": "^15.4.0" }
    },
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-@I1@"
    },
    "node_modules/stripe": {
      "version": "15.4.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.4.0.tgz",
      "integrity": "sha512-@I2@"
    },
    "node_modules/qs": {
      "version": "6.11.0",
      "resolved": "https://registry.npmjs.org/qs/-/qs-6.11.0.tgz",
      "integrity": "sha512-@I3@"
    }
  }
}
""", None, "npm docs: package-lock.json integrity (Subresource Integrity sha512)",
    I1=b64bytes(64), I2=b64bytes(64), I3=b64bytes(64))

add("requirements/decoy-hashes", "lss_bridge/requirements.txt", r"""
# pip-compile --generate-hashes requirements.in
asyncua==1.1.0 \
    --hash=sha256:@H1@ \
    --hash=sha256:@H2@
paho-mqtt==2.1.0 \
    --hash=sha256:@H3@
requests==2.31.0 \
    --hash=sha256:@H4@ \
    --hash=sha256:@H5@
""", None, "pip docs: hash-checking mode (--hash=sha256:...)",
    H1=sha256_hex(), H2=sha256_hex(), H3=sha256_hex(), H4=sha256_hex(), H5=sha256_hex())

add("go-sum/decoy-module-hashes", "go.sum", r"""
github.com/icholy/digest v0.1.22 h1:@A1@=
github.com/icholy/digest v0.1.22/go.mod h1:@A2@=
go.mongodb.org/mongo-driver v1.15.0 h1:@A3@=
go.mongodb.org/mongo-driver v1.15.0/go.mod h1:@A4@=
golang.org/x/crypto v0.22.0 h1:@A5@=
golang.org/x/crypto v0.22.0/go.mod h1:@A6@=
""", None, "Go modules reference: go.sum h1: hashes",
    A1=b64bytes(32)[:43], A2=b64bytes(32)[:43], A3=b64bytes(32)[:43], A4=b64bytes(32)[:43], A5=b64bytes(32)[:43], A6=b64bytes(32)[:43])

add("compose/decoy-secret-files", "deploy/keeper-api/compose.yaml", r"""
services:
  api:
    image: ghcr.io/riverbendzoo/keeper-api@sha256:@D1@
    environment:
      DB_HOST: db
      DB_USER: keeper_api
      DB_PASSWORD_FILE: /run/secrets/keeper_db_password
    secrets: [keeper_db_password]
  db:
    image: postgres:16@sha256:@D2@
    environment:
      POSTGRES_USER: keeper_api
      POSTGRES_PASSWORD_FILE: /run/secrets/keeper_db_password
    secrets: [keeper_db_password]

secrets:
  keeper_db_password:
    file: ./secrets/keeper_db_password.txt
""", None, "Compose docs: secrets (file:) and *_FILE environment convention; image digests",
    D1=sha256_hex(), D2=sha256_hex())

add("hcl/decoy-terraform-lock", "infra/webcams/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.30.0"
  constraints = "~> 4.30"
  hashes = [
    "h1:@H1@=",
    "zh:@Z1@",
    "zh:@Z2@",
    "zh:@Z3@",
  ]
}
""", None, "Terraform docs: dependency lock file (h1: and zh: hashes)",
    H1=b64bytes(32)[:43], Z1=sha256_hex(), Z2=sha256_hex(), Z3=sha256_hex())

add("bicep/decoy-keyvault-references", "infra/keeper-portal/appservice.bicep", r"""
param location string = resourceGroup().location
param keyVaultName string = 'kv-keeper-prod'

resource plan 'Microsoft.Web/serverfarms@2023-01-01' existing = {
  name: 'asp-keeper-prod'
}

resource app 'Microsoft.Web/sites@2023-01-01' = {
  name: 'app-keeper-portal-prod'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    siteConfig: {
      appSettings: [
        { name: 'AzureAd__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=keeper-portal-client-secret)' }
        { name: 'ConnectionStrings__Husbandry', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=husbandry-sql)' }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
      ]
    }
  }
}
""", None, "Microsoft Learn: Key Vault references for App Service (@Microsoft.KeyVault(...))")

add("cloudformation/decoy-resolve-secretsmanager", "infra/cam-archive/template.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: Cam highlight clipper (Lambda) for the webcam archive

Resources:
  ClipperFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: clipper.handler
      Timeout: 300
      MemorySize: 1024
      Environment:
        Variables:
          ARCHIVE_BUCKET: rzoo-cam-archive
          YOUTUBE_REFRESH_TOKEN: "{{resolve:secretsmanager:webcams/youtube:SecretString:refresh_token}}"
          MUX_TOKEN_SECRET: "{{resolve:secretsmanager:webcams/mux:SecretString:token_secret}}"
      Policies:
        - S3CrudPolicy: { BucketName: rzoo-cam-archive }
""", None, "AWS CloudFormation docs: dynamic references {{resolve:secretsmanager:...}}")

add("yaml/decoy-spring-placeholders", "specimen-service/src/main/resources/application.yml", r"""
server:
  port: 8085

spring:
  application:
    name: specimen-service
  datasource:
    url: jdbc:postgresql://${SPECIMENS_DB_HOST:localhost}:5432/specimens
    username: ${SPECIMENS_DB_USER:specimen_svc}
    password: ${SPECIMENS_DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate

specimens:
  zims:
    institution: BYFRT
    api-key: ${ZIMS_API_KEY:}
""", None, "Spring Boot reference: externalized configuration, property placeholders")

add("log/decoy-redacted", "docs/incidents/2024-03-02-ticket-sync-outage.log", r"""
2024-03-02T07:58:11Z INFO  sync  starting Tessitura -> Galaxy capacity sync
2024-03-02T07:58:11Z DEBUG http  POST https://tessapi.cascadezoo.org/TessituraService/Web/Session
2024-03-02T07:58:11Z DEBUG http  Authorization: Basic [REDACTED]
2024-03-02T07:58:12Z ERROR http  401 Unauthorized (user=webapi_sync:webapi:sync01 password=********)
2024-03-02T07:58:12Z WARN  sync  retrying in 60s (attempt 1/5)
2024-03-02T08:03:14Z ERROR sync  giving up; Tessitura login failed 5 times
2024-03-02T09:12:40Z INFO  ops   password rotated in Key Vault (tessitura-webapi-sync-password, version 7)
2024-03-02T09:13:02Z INFO  sync  Tessitura session OK
""", None, "Incident log with redacted credentials")

add("js/decoy-jest-fake-key", "membership-checkout/test/checkout.test.js", r"""
const request = require("supertest");

jest.mock("stripe", () => () => ({
  checkout: { sessions: { create: jest.fn().mockResolvedValue({ url: "https://checkout.stripe.test/s/abc" }) } },
}));

process.env.STRIPE_SECRET_KEY = "sk_test_FAKE_NOT_A_REAL_KEY";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_fake_for_unit_tests";

const app = require("../server/app");

test("checkout returns the session url", async () => {
  const res = await request(app).post("/api/membership/checkout").send({ level: "family", email: "a@example.com" });
  expect(res.status).toBe(200);
  expect(res.body.url).toMatch(/checkout\.stripe\.test/);
});
""", None, "Jest docs: mocking modules; fake credentials in tests")

add("xml/decoy-jenkins-encrypted", "jenkins/casc/credentials.xml", r"""
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
          <id>keeperapp-deploy</id>
          <description>deploy@keeperapp01</description>
          <username>deploy</username>
          <password>{@C1@}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", None, "Jenkins credentials plugin: secrets stored encrypted ({AQAAABAAAAAQ...}) with the controller's master key",
    C1="AQAAABAAAAAQ" + b64bytes(48))

add("hcl/decoy-vault-agent-template", "ops/vault-agent/templates/zims-export.env.ctmpl", r"""
{{- with secret "database/static-creds/zims-export" -}}
DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@pg-records-01.riverbendzoo.local:5432/animal_records
{{- end }}
{{ with secret "kv/data/zims/export" -}}
ZIMS_SFTP_USER={{ .Data.data.sftp_user }}
ZIMS_SFTP_PASSWORD={{ .Data.data.sftp_password }}
{{- end }}
EXPORT_DIR=/srv/exports/zims
""", None, "Vault Agent docs: templates (consul-template secret function)")

add("k8s/decoy-external-secret", "k8s/visitor/externalsecret-openai.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ask-a-keeper
  namespace: visitor
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-keyvault
    kind: ClusterSecretStore
  target:
    name: ask-a-keeper
  data:
    - secretKey: OPENAI_API_KEY
      remoteRef:
        key: visitor-openai-api-key
    - secretKey: GOOGLE_API_KEY
      remoteRef:
        key: visitor-translate-api-key
""", None, "External Secrets Operator docs: ExternalSecret")

add("markdown/decoy-changelog-key-ids", "CHANGELOG.md", r"""
# Changelog

## 3.2.0 (2024-04-18)

- Ticketing API moved to `sql-tix-prod` (commit @C1@).
- Rotated the Stripe live secret key (old key ending `…q8Xz` revoked in the Dashboard); the new key is
  only in Key Vault `kv-tix-prod/stripe-secret-key`.
- Twilio messages now use the Messaging Service `MG@MG@`.

## 3.1.4 (2024-03-02)

- Fix: Tessitura login retry storm after password rotation (commit @C2@).
- Galaxy capacity sync runs every 5 minutes instead of 15.
""", None, "Keep a Changelog; git commit ids; Twilio Messaging Service SID (MG…)",
    C1=hexs(40), C2=hexs(40), MG=hexs(32))

add("log/decoy-twilio-sids", "lss_alerts/logs/sms-2024-05-11.log", r"""
2024-05-11 02:14:07 ALARM shark-reef DO=4.1 mg/L -> +15035550177 sid=SM@M1@ status=queued
2024-05-11 02:14:07 ALARM shark-reef DO=4.1 mg/L -> +15035550190 sid=SM@M2@ status=queued
2024-05-11 02:14:09 DELIVERED sid=SM@M1@
2024-05-11 02:14:10 DELIVERED sid=SM@M2@
2024-05-11 02:31:44 CLEAR shark-reef DO=6.8 mg/L -> +15035550177 sid=SM@M3@ status=queued
""", None, "Twilio docs: Message resource SID (SM…)", M1=hexs(32), M2=hexs(32), M3=hexs(32))

add("markdown/decoy-jwt-io-example", "docs/api/authentication.md", r"""
# Keeper API authentication

The keeper API accepts a bearer JWT issued by Entra ID. For reference, a JWT has three
base64url parts. The example from jwt.io:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

decodes to `{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}`.

Request a real token with the Azure CLI:

```bash
az account get-access-token --resource api://keeper-api --query accessToken -o tsv
```
""", None, "jwt.io introduction: example token (signed with 'your-256-bit-secret')")

add("sql/decoy-scram-verifier", "db/roles/create_roles.sql", r"""
-- Roles for the animal records database. Passwords are pre-hashed SCRAM verifiers
-- (generated with `pg_scram_hash`); the clear passwords are in Key Vault.
CREATE ROLE records_app LOGIN PASSWORD 'SCRAM-SHA-256$4096:@SA1@$@SK1@:@SV1@';
CREATE ROLE zims_export LOGIN PASSWORD 'SCRAM-SHA-256$4096:@SA2@$@SK2@:@SV2@';
CREATE ROLE analyst_ro LOGIN PASSWORD 'SCRAM-SHA-256$4096:@SA3@$@SK3@:@SV3@';
GRANT CONNECT ON DATABASE animal_records TO records_app, zims_export, analyst_ro;
GRANT pg_read_all_data TO analyst_ro;
""", None, "PostgreSQL docs: password authentication, SCRAM-SHA-256 verifier format",
    SA1=b64bytes(16), SK1=b64bytes(32), SV1=b64bytes(32), SA2=b64bytes(16), SK2=b64bytes(32), SV2=b64bytes(32),
    SA3=b64bytes(16), SK3=b64bytes(32), SV3=b64bytes(32))

add("sql/decoy-mysql-native-hash", "db/mysql/grants-membership.sql", r"""
-- Recreate application users after restoring membership from backup.
-- Hashes copied from SHOW CREATE USER on the old primary.
CREATE USER IF NOT EXISTS 'membership_app'@'10.20.%' IDENTIFIED WITH mysql_native_password AS '*@H1@';
CREATE USER IF NOT EXISTS 'backup'@'localhost' IDENTIFIED WITH mysql_native_password AS '*@H2@';
GRANT SELECT, INSERT, UPDATE, DELETE ON membership.* TO 'membership_app'@'10.20.%';
GRANT SELECT, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON membership.* TO 'backup'@'localhost';
""", None, "MySQL reference: CREATE USER ... IDENTIFIED WITH mysql_native_password AS 'hash'",
    H1=hexs(40).upper(), H2=hexs(40).upper())

add("k8s/decoy-configmap-ca-bundle", "k8s/lss-bridge/configmap-ca.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: lss-ca-bundle
  namespace: lss
data:
  ca.crt: |
    @CA@
  opcua-endpoint: opc.tcp://plc-lss-01.lss.cascadezoo.local:4840
""", None, "Kubernetes docs: ConfigMap holding a CA certificate (public)", CA=cert_pem(10).replace("\n", "\n    "))

add("shell/decoy-read-password", "scripts/restore-records-db.sh", r"""
#!/usr/bin/env bash
# Restore the animal records DB from a nightly dump (DR drill)
set -euo pipefail

DUMP="${1:?usage: restore-records-db.sh <dump.sql.gz>}"
read -r -s -p "Password for postgres on pg-records-dr: " PGPASSWORD
echo
export PGPASSWORD

dropdb --if-exists -h pg-records-dr -U postgres animal_records_restore
createdb -h pg-records-dr -U postgres animal_records_restore
gunzip -c "$DUMP" | psql -h pg-records-dr -U postgres -d animal_records_restore -v ON_ERROR_STOP=1
unset PGPASSWORD
""", None, "bash(1) read -s; libpq PGPASSWORD")

add("makefile/decoy-pass-show", "webcams/Makefile", r"""
.PHONY: deploy-encoder restart-cams

ENCODER ?= cam-encoder-02

deploy-encoder:
	rsync -av penguin-cam/ $(ENCODER):/opt/penguin-cam/
	ssh $(ENCODER) 'sudo systemctl daemon-reload'

restart-cams:
	YT_KEY="$$(pass show webcams/youtube-penguin-beach)" \
	  ssh $(ENCODER) "sudo systemctl set-environment YT_KEY=$$YT_KEY && sudo systemctl restart penguin-cam"
""", None, "pass(1) password store; GNU make")

add("yaml/decoy-home-assistant", "homeassistant/configuration.yaml", r"""
homeassistant:
  name: Coral Propagation Lab
  unit_system: metric
  time_zone: America/Los_Angeles

mqtt:
  sensor:
    - name: "Frag tank pH"
      state_topic: "lss/coralprop/pH"
      unit_of_measurement: "pH"
    - name: "Frag tank temp"
      state_topic: "lss/coralprop/Temp"
      unit_of_measurement: "°C"

notify:
  - name: lss_oncall
    platform: smtp
    server: smtp.office365.com
    port: 587
    sender: coralprop@harborview-aquarium.org
    username: !secret smtp_user
    password: !secret smtp_password
    recipient: lss-oncall@harborview-aquarium.org
""", None, "Home Assistant docs: storing secrets (!secret)")

add("pgp/decoy-public-key", "ops/release/KEYS.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(
    ("mQINBG" + chars(58, ALNUM + "+/")) if n == 0 else chars(64, ALNUM + "+/") for n in range(10)) + "\n=" + chars(4, ALNUM) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
    None, "RFC 4880 OpenPGP ASCII armor: public key block")

add("markdown/decoy-rails-credentials-readme", "volunteer-portal/config/credentials/README.md", r"""
# Credentials

Encrypted per environment with Rails credentials:

- `production.yml.enc` is committed; `production.key` is **not** (it is in 1Password,
  item *Volunteer portal RAILS_MASTER_KEY*, and in the `RAILS_MASTER_KEY` secret of the deploy).
- Edit with `bin/rails credentials:edit --environment production`.
- Keys in use: `secret_key_base`, `smtp.password`, `sentry.dsn`.

Example of the encrypted file's shape (not a real one):

    <ciphertext>--<iv>--<auth_tag>
""", None, "Rails guides: custom credentials and RAILS_MASTER_KEY")

add("powershell/decoy-secretmanagement", "scripts/Sync-GateScans.ps1", r"""
#requires -Modules Microsoft.PowerShell.SecretManagement, SqlServer
# Gate scanner sync; the SQL credential comes from the SecretStore vault on the task server.
$cred = Get-Secret -Vault OpsVault -Name "gate-scans-sql" -ErrorAction Stop

$rows = Invoke-Sqlcmd -ServerInstance "sqlgates01" -Database "GateScans" -Credential $cred `
    -Query "SELECT MemberNumber, ScannedAt FROM Scans WHERE ScannedAt >= DATEADD(day, -1, SYSUTCDATETIME())"

$rows | Export-Csv -NoTypeInformation -Path "\\fs01\crm\imports\gate_scans_yesterday.csv"
Write-Host "exported $($rows.Count) scans"
""", None, "Microsoft.PowerShell.SecretManagement: Get-Secret")

add("go/decoy-docker-secret-file", "internal/config/config.go", r"""
package config

import (
	"fmt"
	"os"
	"strings"
)

// Secret returns the value of NAME, or the contents of the file named by NAME_FILE
// (Docker/Kubernetes secrets mounted under /run/secrets).
func Secret(name string) (string, error) {
	if v := os.Getenv(name); v != "" {
		return v, nil
	}
	path := os.Getenv(name + "_FILE")
	if path == "" {
		return "", fmt.Errorf("%s or %s_FILE must be set", name, name)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}
""", None, "Docker docs: secrets mounted at /run/secrets; *_FILE convention")

add("terraform/decoy-secretsmanager-data", "infra/cam-archive/encoder.tf", r"""
data "aws_secretsmanager_secret_version" "ivs" {
  secret_id = "webcams/ivs-jellyfish"
}

locals {
  ivs = jsondecode(data.aws_secretsmanager_secret_version.ivs.secret_string)
}

resource "aws_ssm_parameter" "encoder_stream_key" {
  name   = "/webcams/encoder-03/stream_key"
  type   = "SecureString"
  value  = local.ivs.stream_key
  key_id = "alias/webcams"
}

resource "aws_ivs_channel" "jellyfish" {
  name         = "jellyfish-gallery"
  latency_mode = "LOW"
  type         = "BASIC"
}
""", None, "Terraform AWS provider: aws_secretsmanager_secret_version data source; aws_ivs_channel")

add("ansible/decoy-hashi-vault-lookup", "ansible/roles/grafana/tasks/main.yml", r"""
- name: Install Grafana
  ansible.builtin.apt:
    name: grafana
    state: present

- name: Configure admin password
  community.grafana.grafana_user:
    url: https://grafana.harborview-aquarium.org
    url_username: admin
    url_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/lss/grafana:admin_password') }}"
    name: LSS Operators
    login: lss-operators
    email: lss-ops@harborview-aquarium.org
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/lss/grafana:operators_password') }}"
    state: present
""", None, "community.hashi_vault collection: hashi_vault lookup")

add("json/decoy-renovate-encrypted", "renovate.json", r"""
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "schedule": ["before 6am on monday"],
  "hostRules": [
    {
      "matchHost": "pkgs.harborview-aquarium.org",
      "hostType": "pypi",
      "encrypted": {
        "password": "wcFMA@C@"
      }
    }
  ],
  "packageRules": [
    { "matchPackageNames": ["asyncua"], "groupName": "opc-ua" }
  ]
}
""", None, "Renovate docs: encrypted secrets (PGP-encrypted with the app's public key)", C="/" + b64bytes(270))

add("env/decoy-test-env", "ticketing-api/.env.test", r"""
# Used by `npm test` only: points at the docker-compose test stack, dummy credentials.
NODE_ENV=test
DATABASE_URL=postgres://test:test@localhost:55432/ticketing_test
REDIS_URL=redis://localhost:56379/0
STRIPE_SECRET_KEY=sk_test_dummy
TESSITURA_BASE_URL=http://localhost:9911/TessituraService/
TESSITURA_PASSWORD=dummy
JWT_SECRET=test-only-not-secret
""", None, "dotenv .env.test convention; dummy values for a local test stack")

add("npmrc/decoy-env-token", "visitor-web/.npmrc", r"""
@riverbendzoo:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
fund=false
""", None, "npm docs: .npmrc environment variable substitution")

add("python/decoy-hash-compare", "keeper_api/auth/webhook.py", r"""
'''Verify the signature of the lab results webhook (HMAC-SHA256 of the body).'''
import hashlib
import hmac
import os

# A known-answer test vector for our own unit tests: the digest of b"ping" under the test key.
PING_DIGEST_FOR_TESTS = "@D@"


def verify(body: bytes, signature_header: str) -> bool:
    key = os.environ["LAB_WEBHOOK_SECRET"].encode()
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature_header.removeprefix("sha256="))
""", None, "Python docs: hmac.compare_digest; webhook signature verification", D=sha256_hex())
