"""Blind set HY: window-blind and shutter fitters (a Finnish firm, about a third of its pages in Finnish).

Quote and booking web shop (Django, Node), Paytrail and Stripe payments, Netvisor and Procountor
accounting, Somfy TaHoma and motor-controller hubs, fitters' mobile app, CI, containers, runbooks,
wiki notes, SQL, CSV exports and logs, and their decoys. Generated fakes only (seeds 3300000-3309999).
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
SEED_LO, SEED_HI = 3300000, 3309999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kaihdin", "Rulla", "Verho", "Ikkuna", "Markiisi", "Lamelli", "Kisko", "Tuuli", "Sauna", "Lumi",
         "Kuusi", "Koivu", "Pimennys", "Laituri", "Revontuli", "Kaamos", "Hilla", "Mustikka"]
LOWER = ["kaihdin", "lamelli", "ikkuna", "revontuli", "koivu", "sauna", "pakkanen", "helle", "kisko",
         "ruuvi", "naru", "varjo", "tuuli", "kesä".replace("ä", "a"), "talvi", "mokki"]


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


def upper_alnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def atlassian_token() -> str:
    r = _rng()
    return "ATATT3xFfGF0" + "".join(r.choice(ALNUM + "-_") for _ in range(171)) + "=" + "".join(r.choice(HEX.upper()) for _ in range(8))


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_account_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def mapbox_token(prefix: str = "sk") -> str:
    r = _rng()
    head = b64url(json.dumps({"u": "kaihdinpro", "a": "cl" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(23))}, separators=(",", ":")))
    return f"{prefix}.{head}." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def jwt_like(payload: dict) -> str:
    r = _rng()
    return (b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":"))) + "."
            + b64url(json.dumps(payload, separators=(",", ":"))) + "."
            + "".join(r.choice(ALNUM + "-_") for _ in range(43)))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-hy/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env and dotfiles

add("env/paytrail-secret", "verkkokauppa/.env.production", "https://docs.paytrail.com/#/?id=authentication", """
# Tarjouslaskuri / verkkokauppa - tuotanto
DJANGO_SETTINGS_MODULE=kaihdin.settings.prod
ALLOWED_HOSTS=tilaus.kaihdinpro.fi
PAYTRAIL_ACCOUNT=695874
PAYTRAIL_SECRET=@@secret@@
PAYTRAIL_CALLBACK_URL=https://tilaus.kaihdinpro.fi/maksu/paluu/
DEFAULT_FROM_EMAIL=tilaukset@kaihdinpro.fi
""", upper_alnum(40))

add("env/decoy-env-reference", "verkkokauppa/.env.example", "https://docs.paytrail.com/#/?id=authentication", """
# Kopioi tiedostoksi .env ja täytä arvot salasanaholvista (1Password: "Verkkokauppa prod")
DJANGO_SETTINGS_MODULE=kaihdin.settings.dev
PAYTRAIL_ACCOUNT=375917
PAYTRAIL_SECRET=SAIPPUAKAUPPIAS
DATABASE_URL=postgres://kaihdin:kaihdin@localhost:5432/kaihdin
NETVISOR_CUSTOMER_KEY=
NETVISOR_PARTNER_KEY=
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

add("env/netvisor-api-key", "integraatiot/netvisor/.env", "https://support.netvisor.fi/en/support/solutions/articles/77000466839", """
NETVISOR_HOST=https://integration.netvisor.fi
NETVISOR_SENDER=KaihdinPro-tilausjarjestelma
NETVISOR_CUSTOMER_ID=KAIHP_8812
NETVISOR_CUSTOMER_KEY=@@secret@@
NETVISOR_PARTNER_ID=Kai_4417
NETVISOR_ORGANISATION_ID=2931187-4
NETVISOR_LANGUAGE=FI
""", hexs(32).upper())

add("env/smtp-password", "asennusvaraus/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_USE_TLS=1
EMAIL_HOST_USER=varaukset@kaihdinpro.fi
EMAIL_HOST_PASSWORD=@@secret@@
SMS_SENDER=KaihdinPro
""", words_pw())

add("env/decoy-vault-reference", "asennusvaraus/.env.ci", "https://developer.1password.com/docs/cli/secret-references/", """
# CI lukee arvot 1Passwordista: op run --env-file=.env.ci -- pytest
EMAIL_HOST_PASSWORD=op://Asennus/smtp-varaukset/password
PAYTRAIL_SECRET=op://Verkkokauppa/paytrail-prod/credential
TAHOMA_TOKEN=op://Laitteet/tahoma-showroom/token
DATABASE_URL=op://Asennus/postgres-ci/url
""")

add("env/twilio-auth-token", "muistutukset/.env.local", "https://www.twilio.com/docs/iam/credentials/api", """
# asennusmuistutukset tekstiviestinä päivää ennen käyntiä
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+358451234000
REMINDER_HOUR=17
""", hexs(32), sid=twilio_sid())

add("env/decoy-publishable-key", "web/quote-widget/.env", "https://docs.stripe.com/keys", """
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_API_BASE=https://api.kaihdinpro.fi/v2
VITE_RECAPTCHA_SITE_KEY=6Lc@@rc@@
VITE_DEFAULT_LOCALE=fi
""", pk=stripe_key("pk_live_"), mb=mapbox_token("pk"), rc=rand_pw(37, "-_"))

add("env/redis-password", "deploy/docker/.env.staging", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
COMPOSE_PROJECT_NAME=kaihdin-staging
POSTGRES_DB=kaihdin
POSTGRES_USER=kaihdin
POSTGRES_PASSWORD_FILE=/run/secrets/pg_password
REDIS_URL=redis://default:@@secret@@@redis:6379/1
CELERY_BROKER_URL=${REDIS_URL}
""", fakes.redis_password(_seed()))

add("env/shopify-access-token", "kauppa-sync/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
SHOPIFY_SHOP=kaihdinpro-varaosat.myshopify.com
SHOPIFY_API_VERSION=2024-07
# varaosakauppa (narut, kiskot, kaukosäätimet)
SHOPIFY_ADMIN_TOKEN=@@secret@@
SYNC_INTERVAL_MIN=30
""", shopify_token())

add("env/decoy-placeholder", "kauppa-sync/.env.sample", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
SHOPIFY_SHOP=your-shop.myshopify.com
SHOPIFY_API_VERSION=2024-07
# Admin API access token (alkaa shpat_), luodaan Shopify-adminissa: Apps > Develop apps
SHOPIFY_ADMIN_TOKEN=shpat_<token>
SYNC_INTERVAL_MIN=30
""")

# ---------------------------------------------------------------- python

add("python/django-secret-key", "kaihdin/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tilaus.kaihdinpro.fi", "www.kaihdinpro.fi"]

SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://tilaus.kaihdinpro.fi"]
SESSION_COOKIE_SECURE = True
LANGUAGE_CODE = "fi"
TIME_ZONE = "Europe/Helsinki"
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "kaihdin/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
PAYTRAIL_ACCOUNT = os.environ.get("PAYTRAIL_ACCOUNT", "375917")
PAYTRAIL_SECRET = os.environ.get("PAYTRAIL_SECRET", "SAIPPUAKAUPPIAS")  # Paytrailin julkinen testitunnus
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "tarjoukset",
    "asennukset",
]
""")

add("python/paytrail-secret", "maksut/paytrail_client.py", "https://docs.paytrail.com/#/?id=headers-and-request-signing", """
import hashlib
import hmac
import time
import uuid

ACCOUNT = "695874"
SECRET = "@@secret@@"


def signed_headers(body: str) -> dict:
    headers = {
        "checkout-account": ACCOUNT,
        "checkout-algorithm": "sha256",
        "checkout-method": "POST",
        "checkout-nonce": str(uuid.uuid4()),
        "checkout-timestamp": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
    }
    payload = "\\n".join(f"{k}:{headers[k]}" for k in sorted(headers)) + "\\n" + body
    headers["signature"] = hmac.new(SECRET.encode(), payload.encode(), hashlib.sha256).hexdigest()
    return headers
""", rand_pw(30))

add("python/somfy-tahoma-token", "showroom/tahoma_demo.py", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
# Showroomin esittelyikkunat: ajetaan aamulla ylös, illalla alas.
import requests

GATEWAY = "https://gateway-2001-4417-8812.local:8443/enduser-mobile-web/1/enduserAPI"
TOKEN = "@@secret@@"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {TOKEN}"
session.verify = "showroom/overkiz-root-ca-2048.crt"


def ajo(device_url: str, command: str) -> None:
    body = {"label": "showroom", "actions": [{"deviceURL": device_url, "commands": [{"name": command}]}]}
    session.post(f"{GATEWAY}/exec/apply", json=body, timeout=10).raise_for_status()


if __name__ == "__main__":
    ajo("io://2001-4417-8812/10874125", "open")
""", hexs(20))

add("python/postgres-password", "raportit/asennukset_viikko.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
import csv
import sys

import psycopg2

conn = psycopg2.connect(host="db.kaihdinpro.internal", dbname="kaihdin", user="raportti",
                        password="@@secret@@")

with conn, conn.cursor() as cur:
    cur.execute("SELECT asentaja, count(*) FROM asennukset WHERE viikko = %s GROUP BY 1", (sys.argv[1],))
    w = csv.writer(sys.stdout, delimiter=";")
    for row in cur:
        w.writerow(row)
""", words_pw())

add("python/decoy-test-fixture", "tests/test_paytrail_signature.py", "https://docs.paytrail.com/#/?id=headers-and-request-signing", """
from maksut.paytrail_client import calculate_hmac

# Paytrailin dokumentaation esimerkki: testitunnus 375917 / SAIPPUAKAUPPIAS
TEST_ACCOUNT = "375917"
TEST_SECRET = "SAIPPUAKAUPPIAS"


def test_signature_matches_docs_example():
    headers = {
        "checkout-account": TEST_ACCOUNT,
        "checkout-algorithm": "sha256",
        "checkout-method": "GET",
        "checkout-nonce": "564635208570151",
        "checkout-timestamp": "2018-07-06T10:01:31.904Z",
    }
    assert calculate_hmac(TEST_SECRET, headers) == "@@sig@@"
""", sig=sha256ish())

add("python/aws-secret-key", "scripts/upload_mittakuvat.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Siirtää asentajien mittauskuvat tabletilta S3:een (kaihdinpro-mittaukset).\"\"\"
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for path in pathlib.Path("/srv/mittaukset/inbox").glob("*.jpg"):
    s3.upload_file(str(path), "kaihdinpro-mittaukset", f"2024/{path.name}")
    path.unlink()
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/telegram-bot-token", "botit/asentajabotti.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Asentajien Telegram-ryhmä: päivän keikat klo 7.00
import datetime

import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001874412883


def laheta(teksti: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": teksti}, timeout=10)


if __name__ == "__main__":
    laheta(f"Keikat {datetime.date.today():%d.%m.}: katso asennuskalenteri")
""", fakes.telegram_token(_seed()))

add("python/decoy-uuid", "asennukset/migrations/0007_tuotekoodit.py", "https://docs.djangoproject.com/en/5.0/topics/migrations/", """
import uuid

from django.db import migrations

TUOTTEET = {
    "@@u1@@": "Sälekaihdin 25 mm",
    "@@u2@@": "Rullaverho pimentävä",
    "@@u3@@": "Plisseverho",
    "@@u4@@": "Ulkoterassimarkiisi 4 m",
}


def lisaa(apps, schema_editor):
    Tuote = apps.get_model("asennukset", "Tuote")
    for key, nimi in TUOTTEET.items():
        Tuote.objects.update_or_create(id=uuid.UUID(key), defaults={"nimi": nimi})


class Migration(migrations.Migration):
    dependencies = [("asennukset", "0006_asentaja_puhelin")]
    operations = [migrations.RunPython(lisaa, migrations.RunPython.noop)]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/stripe-secret-key", "maksut/stripe_export.py", "https://docs.stripe.com/keys", """
import stripe

stripe.api_key = "@@secret@@"


def kuukauden_maksut(alku: int, loppu: int):
    for charge in stripe.Charge.list(created={"gte": alku, "lt": loppu}).auto_paging_iter():
        yield charge.id, charge.amount / 100, charge.currency, charge.metadata.get("tilausnro")
""", stripe_key())

add("python/sendgrid-api-key", "muistutukset/sahkoposti.py", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@secret@@")


def vahvistus(asiakas_email: str, paiva: str) -> None:
    SG.send(Mail(from_email="asennus@kaihdinpro.fi", to_emails=asiakas_email,
                 subject="Asennusaika vahvistettu",
                 html_content=f"<p>Asentajamme saapuu {paiva} klo 8-12.</p>"))
""", sendgrid_key())

add("python/netvisor-api-key", "integraatiot/netvisor/client.py", "https://support.netvisor.fi/en/support/solutions/articles/77000466839", """
import hashlib
import uuid
from datetime import datetime

CUSTOMER_ID = "KAIHP_8812"
PARTNER_ID = "Kai_4417"
CUSTOMER_KEY = "@@secret@@"
PARTNER_KEY = "@@pk@@"


def mac(url: str, timestamp: str, tx: str) -> str:
    parts = [url, "KaihdinPro", CUSTOMER_ID, timestamp, "FI", "2931187-4", tx, CUSTOMER_KEY, PARTNER_KEY]
    return hashlib.sha256("&".join(parts).encode()).hexdigest()


def headers(url: str) -> dict:
    ts = datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S.000")
    tx = uuid.uuid4().hex
    return {"X-Netvisor-Authentication-CustomerId": CUSTOMER_ID, "X-Netvisor-Authentication-MAC": mac(url, ts, tx),
            "X-Netvisor-Authentication-TransactionId": tx, "X-Netvisor-Authentication-Timestamp": ts}
""", hexs(32).upper(), pk=hexs(32).upper())

add("python/decoy-redacted", "integraatiot/netvisor/debug_dump.py", "https://support.netvisor.fi/en/support/solutions/articles/77000466839", """
\"\"\"Tulostaa pyynnön otsakkeet lokiin ilman avaimia.\"\"\"
import logging

log = logging.getLogger(__name__)
MASK = "********"
SECRET_HEADERS = {"X-Netvisor-Authentication-MAC", "Authorization", "checkout-signature"}


def dump(headers: dict) -> None:
    safe = {k: (MASK if k in SECRET_HEADERS else v) for k, v in headers.items()}
    log.debug("netvisor request headers: %s", safe)
    # esim. {'X-Netvisor-Authentication-CustomerId': 'KAIHP_8812', 'X-Netvisor-Authentication-MAC': '********'}
""")

add("python/mysql-password", "vanha_jarjestelma/siirto.py", "https://dev.mysql.com/doc/connector-python/en/connector-python-connectargs.html", """
# Vanhan tilausjärjestelmän (PHP/MySQL) asiakkaat uuteen. Kertakäyttöinen, poistetaan siirron jälkeen.
import mysql.connector

vanha = mysql.connector.connect(
    host="10.20.0.15",
    user="kaihdin_old",
    password="@@secret@@",
    database="tilaukset2014",
)
cur = vanha.cursor(dictionary=True)
cur.execute("SELECT asiakasnro, nimi, osoite, postinro, puhelin FROM asiakkaat")
for rivi in cur:
    print(rivi["asiakasnro"], rivi["nimi"])
""", rand_pw(14))

add("python/openai-api-key", "tarjoukset/kuvaus_ai.py", "https://platform.openai.com/docs/api-reference/authentication", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def tuotekuvaus(tuote: str, mitat: str) -> str:
    vastaus = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Kirjoita lyhyt myyntiteksti: {tuote}, {mitat}"}],
    )
    return vastaus.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/decoy-sha256", "tuotekuvat/tarkista.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib
import pathlib

# Valmistajan kuvapankin tiedostojen tarkistussummat (Somfy, Velux, Luxaflex), 2024-03
ODOTETUT = {
    "somfy_rs100_io.png": "@@h1@@",
    "velux_mml_markiisi.png": "@@h2@@",
    "luxaflex_plisse.png": "@@h3@@",
}

for nimi, summa in ODOTETUT.items():
    data = pathlib.Path("tuotekuvat", nimi).read_bytes()
    assert hashlib.sha256(data).hexdigest() == summa, nimi
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("python/ftp-password", "tilaukset/lahetys_tehtaalle.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Lähettää päivän kaihdintilaukset tehtaan FTP-palvelimelle (Lamellitehdas Oy) klo 15.\"\"\"
import datetime
import ftplib

tiedosto = f"tilaukset_{datetime.date.today():%Y%m%d}.csv"
with ftplib.FTP("ftp.lamellitehdas.fi") as ftp:
    ftp.login("kaihdinpro", "@@secret@@")
    ftp.cwd("/incoming")
    with open(f"/srv/tilaukset/{tiedosto}", "rb") as f:
        ftp.storbinary(f"STOR {tiedosto}", f)
""", words_pw())

add("python/decoy-regex", "kaihdin/validators.py", "https://docs.python.org/3/library/re.html", """
import re

# Y-tunnus, viitenumero ja IBAN tarjouslomakkeelle
Y_TUNNUS = re.compile(r"^\\d{7}-\\d$")
VIITE = re.compile(r"^(RF\\d{2})?\\d{4,20}$")
IBAN_FI = re.compile(r"^FI\\d{2}\\s?(\\d{4}\\s?){3}\\d{2}$")
# ei koskaan hyväksytä avaimia lisätietokenttään
AVAIN = re.compile(r"(sk_live_[0-9a-zA-Z]{24}|shpat_[0-9a-f]{32}|SG\\.[\\w-]{22}\\.[\\w-]{43})")


def tarkista_y_tunnus(arvo: str) -> bool:
    return bool(Y_TUNNUS.match(arvo))
""")

add("python/ldap-password", "intranet/ldap_sync.py", "https://ldap3.readthedocs.io/en/latest/bind.html", """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.kaihdinpro.local", get_info=ALL)
conn = Connection(server, user="CN=svc-intranet,OU=Palvelut,DC=kaihdinpro,DC=local",
                  password="@@secret@@", auto_bind=True)

conn.search("OU=Asentajat,DC=kaihdinpro,DC=local", "(objectClass=user)", attributes=["mail", "mobile"])
for entry in conn.entries:
    print(entry.mail, entry.mobile)
""", words_pw())

add("python/pipedrive-api-token", "crm/liidit_pipedriveen.py", "https://pipedrive.readme.io/docs/how-to-find-the-api-token", """
import requests

API = "https://kaihdinpro.pipedrive.com/api/v1"
TOKEN = "@@secret@@"


def uusi_liidi(nimi: str, puhelin: str, kohde: str) -> int:
    person = requests.post(f"{API}/persons", params={"api_token": TOKEN},
                           json={"name": nimi, "phone": puhelin}).json()["data"]
    lead = requests.post(f"{API}/leads", params={"api_token": TOKEN},
                         json={"title": f"Kaihdintarjous: {kohde}", "person_id": person["id"]}).json()
    return lead["data"]["id"]
""", hexs(40))

add("python/decoy-client-id", "crm/google_calendar.py", "https://developers.google.com/identity/protocols/oauth2/native-app", """
# Asennuskalenteri: Google-kalenterin OAuth (asentajan tabletti = installed app)
from google_auth_oauthlib.flow import InstalledAppFlow

CLIENT_CONFIG = {
    "installed": {
        "client_id": "@@cid@@.apps.googleusercontent.com",
        "project_id": "kaihdinpro-asennuskalenteri",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["http://localhost"],
    }
}
SCOPES = ["https://www.googleapis.com/auth/calendar.events"]

flow = InstalledAppFlow.from_client_config(CLIENT_CONFIG, SCOPES)
""", cid=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + "".join(random.Random(_seed()).choice(string.ascii_lowercase + string.digits) for _ in range(32)))

add("python/mqtt-password", "laitteet/markiisi_tuulianturi.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """
# Terassimarkiisien tuulianturi: yli 9 m/s -> kaikki markiisit sisään
import paho.mqtt.client as mqtt

BROKER = "mqtt.kaihdinpro.fi"
TUULIRAJA = 9.0

client = mqtt.Client(client_id="tuulivahti-01")
client.username_pw_set("tuulivahti", "@@secret@@")
client.tls_set()


def on_message(c, userdata, msg):
    if float(msg.payload) > TUULIRAJA:
        c.publish("markiisit/kaikki/komento", "SISAAN", qos=1)


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("anturit/tuuli/+")
client.loop_forever()
""", rand_pw(22))

add("python/decoy-password-hash", "tests/fixtures/kayttajat.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
# Testikäyttäjät: salasana kaikilla "testi1234" (vain paikallinen kanta)
KAYTTAJAT = [
    {"username": "asentaja1", "password": "@@h1@@", "is_staff": False},
    {"username": "myynti", "password": "@@h2@@", "is_staff": True},
    {"username": "admin", "password": "@@h3@@", "is_superuser": True},
]
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

# ---------------------------------------------------------------- other languages

add("typescript/stripe-secret-key", "api/src/payments/stripe.ts", "https://docs.stripe.com/api/authentication", """
import Stripe from 'stripe';

// quote deposit (30 %) for motorised shutters
const stripe = new Stripe('@@secret@@', { apiVersion: '2024-06-20' });

export async function createDeposit(quoteId: string, amountCents: number) {
  return stripe.paymentIntents.create({
    amount: amountCents,
    currency: 'eur',
    metadata: { quoteId },
    automatic_payment_methods: { enabled: true },
  });
}
""", stripe_key("rk_live_"))

add("typescript/decoy-publishable-key", "web/quote-widget/src/stripe.ts", "https://docs.stripe.com/keys", """
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser bundle by design.
export const stripePromise = loadStripe('@@pk@@', { locale: 'fi' });

export const RECAPTCHA_SITE_KEY = '6Le@@rc@@';
""", pk=stripe_key("pk_live_"), rc=rand_pw(37, "-_"))

add("typescript/mapbox-secret-token", "tools/route-planner/upload-tileset.ts", "https://docs.mapbox.com/api/maps/uploads/", """
// Uploads the fitters' service areas (Uusimaa, Pirkanmaa, Varsinais-Suomi) as a tileset.
import mbxUploads from '@mapbox/mapbox-sdk/services/uploads';

const uploads = mbxUploads({ accessToken: '@@secret@@' });

export async function uploadAreas(url: string) {
  await uploads.createUpload({
    tileset: 'kaihdinpro.service-areas',
    url,
    name: 'Asennusalueet 2024',
  }).send();
}
""", mapbox_token("sk"))

add("typescript/decoy-env-reference", "api/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing env ${name}`);
  return value;
}

export const config = {
  stripeSecretKey: required('STRIPE_SECRET_KEY'),
  paytrailSecret: required('PAYTRAIL_SECRET'),
  databaseUrl: required('DATABASE_URL'),
  tahomaToken: process.env.TAHOMA_TOKEN ?? '',
  port: Number(process.env.PORT ?? 8080),
};
""")

add("typescript/hubspot-private-app-token", "crm-sync/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from '@hubspot/api-client';

// yritysasiakkaat (taloyhtiöt, toimistot) HubSpotiin tarjouksen jälkeen
const hubspot = new Client({ accessToken: '@@secret@@' });

export async function upsertCompany(yTunnus: string, name: string) {
  return hubspot.crm.companies.basicApi.create({
    properties: { name, y_tunnus: yTunnus, lifecyclestage: 'opportunity' },
    associations: [],
  });
}
""", hubspot_token())

add("go/postgres-password", "services/scheduler/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package scheduler

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://ajanvaraus:@@secret@@@db.kaihdinpro.internal:5432/kaihdin?sslmode=require"

// Open returns the pool used by the fitter booking calendar.
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(20))

add("go/decoy-test-fixture", "services/scheduler/slots_test.go", "https://pkg.go.dev/testing", """
package scheduler

import "testing"

// Fixture values only: the test DB runs in a throwaway container.
const testDSN = "postgres://test:test@localhost:55432/scheduler_test?sslmode=disable"

func TestSlotsForFitter(t *testing.T) {
	slots := SlotsFor("asentaja-07", "2024-05-13")
	if len(slots) != 4 {
		t.Fatalf("want 4 slots (8-10, 10-12, 12-14, 14-16), got %d", len(slots))
	}
}
""")

add("go/somfy-tahoma-token", "tools/tahoma-cli/main.go", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
package main

import (
	"fmt"
	"net/http"
	"os"
)

const (
	gateway = "https://gateway-1210-7745-3390.local:8443/enduser-mobile-web/1/enduserAPI"
	token   = "@@secret@@"
)

func main() {
	req, _ := http.NewRequest("GET", gateway+"/setup/devices", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
}
""", hexs(20))

add("java/smtp-password", "laskutus/src/main/java/fi/kaihdinpro/laskutus/MailConfig.java", "https://jakarta.ee/specifications/mail/", """
package fi.kaihdinpro.laskutus;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailConfig {
    private MailConfig() {}

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.kaihdinpro.fi");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("laskut@kaihdinpro.fi", "@@secret@@");
            }
        });
    }
}
""", words_pw())

add("properties/decoy-placeholder", "laskutus/src/main/resources/application-example.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
# Copy to application-local.properties
spring.datasource.url=jdbc:postgresql://localhost:5432/laskutus
spring.datasource.username=laskutus
spring.datasource.password=<vaihda-tama>
spring.mail.host=smtp.kaihdinpro.fi
spring.mail.username=laskut@kaihdinpro.fi
spring.mail.password=${MAIL_PASSWORD}
maventa.api-key=YOUR_MAVENTA_API_KEY
""")

add("properties/maventa-api-key", "laskutus/src/main/resources/application-prod.properties", "https://documentation.maventa.com/integration-guide/authentication/", """
spring.profiles.active=prod
spring.datasource.url=jdbc:postgresql://db.kaihdinpro.internal:5432/laskutus
spring.datasource.username=laskutus
spring.datasource.password=${DB_PASSWORD}
# Maventa verkkolaskut (e-invoicing)
maventa.company-id=@@cid@@
maventa.vendor-api-key=@@vk@@
maventa.client-secret=@@secret@@
maventa.base-url=https://ax.maventa.com
""", rand_pw(40), cid=uuid_s(), vk=uuid_s())

add("kotlin/device-admin-password", "asentaja-app/app/src/main/java/fi/kaihdinpro/asentaja/hub/HubPairing.kt", "https://developer.android.com/kotlin", """
package fi.kaihdinpro.asentaja.hub

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

// Moottoriohjaimen (Motionblinds-silta) paritus asiakkaan kotona
object HubPairing {
    private const val HUB_ADMIN_USER = "admin"
    private const val HUB_ADMIN_PASSWORD = "@@secret@@"

    fun pair(client: OkHttpClient, hubIp: String): Boolean {
        val req = Request.Builder()
            .url("http://$hubIp/api/pairing/start")
            .header("Authorization", Credentials.basic(HUB_ADMIN_USER, HUB_ADMIN_PASSWORD))
            .post(okhttp3.RequestBody.create(null, ByteArray(0)))
            .build()
        client.newCall(req).execute().use { return it.isSuccessful }
    }
}
""", words_pw())

add("kotlin/decoy-build-config", "asentaja-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "fi.kaihdinpro.asentaja"
    compileSdk = 34
    defaultConfig {
        applicationId = "fi.kaihdinpro.asentaja"
        minSdk = 26
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "API_BASE", "\\"https://api.kaihdinpro.fi/v2\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
    }
}
""")

add("json/sql-server-password", "Varasto/Varasto.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Varasto": "Server=tcp:sql01.kaihdinpro.local,1433;Database=Varasto;User Id=varasto_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Varasto": {
    "HyllyPaikat": 420,
    "Hälytysraja": 5
  }
}
""", words_pw())

add("csharp/decoy-key-vault-reference", "Varasto/Varasto.Api/appsettings.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "ConnectionStrings": {
    "Varasto": "@Microsoft.KeyVault(SecretUri=https://kv-kaihdinpro.vault.azure.net/secrets/varasto-sql/)"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@t@@",
    "ClientId": "@@c@@"
  },
  "AllowedHosts": "*"
}
""", t=uuid_s(), c=uuid_s())

add("csharp/azure-client-secret", "Varasto/Varasto.Worker/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """
using Azure.Identity;
using Microsoft.Graph;

namespace Varasto.Worker;

// Lähettää varastohälytykset jaettuun postilaatikkoon varasto@kaihdinpro.fi
public static class GraphMailer
{
    private const string TenantId = "@@t@@";
    private const string ClientId = "@@c@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create()
    {
        var cred = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(cred, new[] { "https://graph.microsoft.com/.default" });
    }
}
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("php/woocommerce-consumer-secret", "wp-content/plugins/kaihdin-sync/config.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
// Synkronoi WooCommerce-tilaukset asennuskalenteriin
define('KSYNC_STORE_URL', 'https://kauppa.kaihdinpro.fi');
define('KSYNC_CONSUMER_KEY', '@@ck@@');
define('KSYNC_CONSUMER_SECRET', '@@secret@@');
define('KSYNC_CALENDAR_API', 'https://api.kaihdinpro.fi/v2/asennukset');
define('KSYNC_INTERVAL', 900);
""", "cs_" + hexs(40), ck="ck_" + hexs(40))

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'kaihdinpro_wp' );
define( 'DB_USER', 'kaihdinpro_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'kp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%^*"))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'kp_';
""")

add("php/mailchimp-api-key", "wp-content/themes/kaihdinpro/inc/uutiskirje.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
<?php
// Uutiskirjeen tilauslomake (kevätkampanja: markiisit -15 %)
function kp_uutiskirje_tilaa( $email ) {
    $api_key = '@@secret@@';
    $list_id = '4f8a1c2d9e';
    $url = 'https://us21.api.mailchimp.com/3.0/lists/' . $list_id . '/members';
    return wp_remote_post( $url, array(
        'headers' => array( 'Authorization' => 'apikey ' . $api_key ),
        'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
    ) );
}
""", mailchimp_key())

add("ruby/twilio-auth-token", "muistutin/lib/sms.rb", "https://www.twilio.com/docs/iam/credentials/api", """
require "twilio-ruby"

module Muistutin
  # Tekstiviesti asiakkaalle edellisenä päivänä
  class Sms
    CLIENT = Twilio::REST::Client.new("@@sid@@", "@@secret@@")

    def self.muistuta(numero, aika)
      CLIENT.messages.create(from: "KaihdinPro", to: numero,
                             body: "Muistutus: kaihdinasennus huomenna klo #{aika}.")
    end
  end
end
""", hexs(32), sid=twilio_sid())

add("ruby/decoy-credentials-reference", "muistutin/config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Avaimet ovat config/credentials.yml.enc:ssä (bin/rails credentials:edit), master key 1Passwordissa.
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end

Rails.application.config.x.sms_sender = ENV.fetch("SMS_SENDER", "KaihdinPro")
""")

add("rust/mqtt-password", "tuulivahti/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    // terassimarkiisien tuulivahti, Raspberry Pi katolla
    let mut opts = MqttOptions::new("tuulivahti-02", "mqtt.kaihdinpro.fi", 8883);
    opts.set_credentials("tuulivahti", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("anturit/tuuli/#", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        println!("{:?}", event);
    }
}
""", rand_pw(24))

add("swift/decoy-info-plist-reference", "AsentajaIOS/AsentajaIOS/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """
import Foundation

enum Config {
    static var apiBase: URL { URL(string: Bundle.main.object(forInfoDictionaryKey: "API_BASE") as! String)! }
    static var mapsKey: String { Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? "" }
    static let keychainService = "fi.kaihdinpro.asentaja.token"
}
""")

add("swift/google-api-key", "AsentajaIOS/AsentajaIOS/Geocoder.swift", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
import Foundation

// Asiakkaan osoite -> koordinaatit ajoreittiä varten
struct Geocoder {
    private let key = "@@secret@@"

    func url(for address: String) -> URL {
        var c = URLComponents(string: "https://maps.googleapis.com/maps/api/geocode/json")!
        c.queryItems = [URLQueryItem(name: "address", value: address), URLQueryItem(name: "key", value: key),
                        URLQueryItem(name: "region", value: "fi")]
        return c.url!
    }
}
""", google_api_key())

# ---------------------------------------------------------------- yaml, compose, k8s, ci

add("yaml/postgres-password", "deploy/ansible/group_vars/prod.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
app_user: kaihdin
app_domain: tilaus.kaihdinpro.fi
postgres_host: db.kaihdinpro.internal
postgres_db: kaihdin
postgres_user: kaihdin_app
postgres_password: "@@secret@@"
gunicorn_workers: 4
backup_bucket: kaihdinpro-varmuuskopiot
""", words_pw())

add("ansible/decoy-vault-encrypted", "deploy/ansible/group_vars/staging/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("ansible/smtp-password", "deploy/ansible/roles/postfix/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/lineinfile_module.html", """
---
- name: Asenna postfix
  ansible.builtin.apt:
    name: [postfix, libsasl2-modules]
    state: present

- name: Relay-tunnukset (Microsoft 365)
  ansible.builtin.copy:
    dest: /etc/postfix/sasl_passwd
    mode: "0600"
    content: "[smtp.office365.com]:587 palvelin@kaihdinpro.fi:@@secret@@\\n"
  notify: postmap sasl

- name: Relayhost
  ansible.builtin.lineinfile:
    path: /etc/postfix/main.cf
    regexp: "^relayhost"
    line: "relayhost = [smtp.office365.com]:587"
""", words_pw())

add("compose/redis-password", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/compose-file/05-services/#command", """
services:
  web:
    image: ghcr.io/kaihdinpro/tilaus:2024.05.2
    env_file: .env.production
    depends_on: [db, redis]
    ports: ["127.0.0.1:8000:8000"]
  worker:
    image: ghcr.io/kaihdinpro/tilaus:2024.05.2
    command: celery -A kaihdin worker -l info
    env_file: .env.production
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes: ["redis:/data"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
volumes:
  redis: {}
""", fakes.redis_password(_seed()))

add("compose/decoy-env-reference", "docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: kaihdin
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?aseta .env-tiedostoon}
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
    command: redis-server --requirepass "${REDIS_PASSWORD}"
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
""")

add("compose/mysql-password", "legacy/docker-compose.yml", "https://hub.docker.com/_/mysql", """
# Vanha tilausjärjestelmä (PHP 5.6) - pidetään pystyssä arkistoa varten
services:
  php:
    image: kaihdinpro/tilaukset-legacy:5.6
    ports: ["8081:80"]
    environment:
      DB_HOST: mysql
      DB_USER: tilaukset
      DB_PASS: @@secret@@
  mysql:
    image: mysql:5.7
    environment:
      MYSQL_ROOT_PASSWORD: @@root@@
      MYSQL_DATABASE: tilaukset2014
      MYSQL_USER: tilaukset
      MYSQL_PASSWORD: @@secret@@
""", rand_pw(16), root=rand_pw(16))

add("k8s-secret/paytrail-secret", "k8s/prod/tilaus-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: tilaus-secrets
  namespace: kaihdin-prod
type: Opaque
data:
  PAYTRAIL_ACCOUNT: @@acc@@
  PAYTRAIL_SECRET: @@enc@@
  SENTRY_ENVIRONMENT: @@env@@
""", (sec := upper_alnum(36)), acc=b64("695874"), enc=b64(sec), env=b64("production"))

add("k8s-secret/decoy-sealed-secret", "k8s/prod/tilaus-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tilaus-secrets
  namespace: kaihdin-prod
spec:
  encryptedData:
    PAYTRAIL_SECRET: Ag@@e1@@
    STRIPE_SECRET_KEY: Ag@@e2@@
  template:
    metadata:
      name: tilaus-secrets
""", e1=rand_pw(340, "+/") + "==", e2=rand_pw(340, "+/") + "==")

add("k8s-secret/smtp-password", "k8s/prod/mail-relay-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: mail-relay
  namespace: kaihdin-prod
type: kubernetes.io/basic-auth
stringData:
  username: palvelin@kaihdinpro.fi
  password: "@@secret@@"
""", words_pw())

add("k8s-secret/decoy-external-secret", "k8s/prod/netvisor-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: netvisor
  namespace: kaihdin-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv
    kind: ClusterSecretStore
  target:
    name: netvisor
  data:
    - secretKey: NETVISOR_CUSTOMER_KEY
      remoteRef:
        key: netvisor-customer-key
    - secretKey: NETVISOR_PARTNER_KEY
      remoteRef:
        key: netvisor-partner-key
""")

add("k8s-secret/github-token", "k8s/prod/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: kaihdin-prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", (tok := fakes.github_token(_seed())), cfg=b64(json.dumps({"auths": {"ghcr.io": {"username": "kaihdinpro-ci", "password": tok, "auth": b64("kaihdinpro-ci:" + tok)}}})))

add("k8s/decoy-configmap", "k8s/prod/tilaus-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: tilaus-config
  namespace: kaihdin-prod
data:
  DJANGO_SETTINGS_MODULE: kaihdin.settings.prod
  PAYTRAIL_ACCOUNT: "695874"
  STRIPE_PUBLISHABLE_KEY: "@@pk@@"
  MAPBOX_PUBLIC_TOKEN: "@@mb@@"
  SENTRY_RELEASE: "@@sha@@"
""", pk=stripe_key("pk_live_"), mb=mapbox_token("pk"), sha=hexs(40))

add("github-actions/pypi-token", ".github/workflows/julkaise-kirjasto.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: Julkaise kaihdinmitat-kirjasto
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy
on:
  push:
    branches: [main]
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
      - run: ./deploy/release.sh
        env:
          PAYTRAIL_SECRET: ${{ secrets.PAYTRAIL_SECRET }}
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-e2e.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly e2e
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx playwright test
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Yön e2e-testit epäonnistuivat (tarjouslaskuri)"}' \\
            @@secret@@
""", slack_webhook())

add("yaml/sentry-auth-token", ".gitlab-ci.yml", "https://docs.sentry.io/account/auth-tokens/", """
stages: [build, release]

variables:
  SENTRY_ORG: kaihdinpro
  SENTRY_PROJECT: asentaja-app
  SENTRY_AUTH_TOKEN: "@@secret@@"

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build

release:
  stage: release
  image: getsentry/sentry-cli
  script:
    - sentry-cli releases new "$CI_COMMIT_SHA"
    - sentry-cli sourcemaps upload --release "$CI_COMMIT_SHA" dist/
""", sentry_user_token())

add("yaml/decoy-gitlab-ci-variables", "asentaja-app/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
stages: [test, deploy]

variables:
  NODE_VERSION: "20"
  # SENTRY_AUTH_TOKEN, PLAY_STORE_JSON: Settings > CI/CD > Variables (masked, protected)

test:
  image: node:${NODE_VERSION}
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  script:
    - echo "$PLAY_STORE_JSON" > play.json
    - fastlane supply --json_key play.json --track internal
  only: [tags]
""")

add("yaml/somfy-tahoma-token", "homeassistant/showroom/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Showroom Home Assistant (Vantaa). Ei versionhallintaan!
tahoma_host: gateway-1210-7745-3390.local
tahoma_token: "@@secret@@"
mqtt_password: "@@mq@@"
latitude: 60.2934
longitude: 25.0378
""", hexs(20), mq=rand_pw(18))

add("yaml/decoy-secret-reference", "homeassistant/showroom/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Showroom Vantaa
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: Europe/Helsinki

mqtt:
  broker: mqtt.kaihdinpro.fi
  username: showroom
  password: !secret mqtt_password

automation: !include automations.yaml
cover: !include covers.yaml
""")

add("yaml/mqtt-password", "tuulivahti/config/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Tuulivahdin silta: paikallinen mosquitto -> keskusbrokeri
bridge:
  name: tuulivahti-ylakerta
  address: mqtt.kaihdinpro.fi:8883
  remote_username: tuulivahti
  remote_password: "@@secret@@"
  topics:
    - pattern: "anturit/tuuli/#"
      direction: out
      qos: 1
    - pattern: "markiisit/#"
      direction: in
      qos: 1
""", rand_pw(22))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: KaihdinPro asennus-API
  version: 2.4.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    Token:
      type: object
      properties:
        access_token:
          type: string
          example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
        expires_in:
          type: integer
          example: 3600
security:
  - bearerAuth: []
""")

# ---------------------------------------------------------------- shell, powershell, docker, terraform

add("shell/postgres-password", "deploy/varmuuskopio.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/usr/bin/env bash
# Yöllinen varmuuskopio tilauskannasta -> Upcloud object storage
set -euo pipefail
export PGPASSWORD='@@secret@@'
PAIVA=$(date +%F)
pg_dump -h db.kaihdinpro.internal -U varmuuskopio -Fc kaihdin > "/var/backups/kaihdin-${PAIVA}.dump"
s3cmd put "/var/backups/kaihdin-${PAIVA}.dump" s3://kaihdinpro-varmuuskopiot/pg/
find /var/backups -name 'kaihdin-*.dump' -mtime +14 -delete
""", words_pw())

add("shell/decoy-env-reference", "deploy/release.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """
#!/usr/bin/env bash
set -euo pipefail
: "${PAYTRAIL_SECRET:?PAYTRAIL_SECRET puuttuu}"
: "${DATABASE_URL:?DATABASE_URL puuttuu}"
TAG="${GITHUB_SHA:0:7}"
docker build -t "ghcr.io/kaihdinpro/tilaus:${TAG}" .
echo "${GHCR_TOKEN}" | docker login ghcr.io -u kaihdinpro-ci --password-stdin
docker push "ghcr.io/kaihdinpro/tilaus:${TAG}"
ssh deploy@app01.kaihdinpro.fi "cd /srv/tilaus && TAG=${TAG} docker compose up -d"
""")

add("shell/ftp-password", "tilaukset/hae_toimitusvahvistukset.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# Hakee tehtaan toimitusvahvistukset (Lamellitehdas Oy) joka aamu klo 6
cd /srv/tilaukset/vahvistukset || exit 1
curl -s --ftp-ssl -u 'kaihdinpro:@@secret@@' \\
  "ftp://ftp.lamellitehdas.fi/outgoing/" -l | grep '\\.xml$' | while read -r f; do
  curl -s --ftp-ssl -u 'kaihdinpro:@@secret@@' -O "ftp://ftp.lamellitehdas.fi/outgoing/$f"
done
""", words_pw())

add("shell/somfy-tahoma-token", "showroom/iltasulku.sh", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
#!/bin/bash
# cron 21:00 - showroomin kaikki verhot alas
GW=https://gateway-2001-4417-8812.local:8443/enduser-mobile-web/1/enduserAPI
curl -sk -X POST "$GW/exec/apply" \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d '{"label":"iltasulku","actions":[{"deviceURL":"io://2001-4417-8812/*","commands":[{"name":"close"}]}]}'
""", hexs(20))

add("shell/upcloud-password", "infra/upcloud/luo_palvelin.sh", "https://developers.upcloud.com/1.3/3-accounts/", """
#!/usr/bin/env bash
# Uusi testipalvelin Helsingin konesaliin (fi-hel2)
API_USER="kaihdinpro-api"
API_PASS="@@secret@@"
curl -s -u "${API_USER}:${API_PASS}" -H 'Content-Type: application/json' \\
  -X POST https://api.upcloud.com/1.3/server -d @- <<'JSON'
{"server":{"zone":"fi-hel2","title":"testi-tilaus","hostname":"testi.kaihdinpro.fi","plan":"1xCPU-2GB",
 "storage_devices":{"storage_device":[{"action":"clone","storage":"01000000-0000-4000-8000-000030220200","size":25}]}}}
JSON
""", rand_pw(18, "#%"))

add("shell/decoy-checksum", "scripts/asenna_tyokalut.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/usr/bin/env bash
set -euo pipefail
VERSION=1.9.4
curl -sLO "https://github.com/aptible/supercronic/releases/download/v0.2.29/supercronic-linux-amd64"
echo "@@s1@@  supercronic-linux-amd64" | sha256sum -c -
curl -sLO "https://releases.hashicorp.com/terraform/${VERSION}/terraform_${VERSION}_linux_amd64.zip"
echo "@@s2@@  terraform_${VERSION}_linux_amd64.zip" | sha256sum -c -
unzip -o terraform_${VERSION}_linux_amd64.zip -d /usr/local/bin
""", s1=sha256ish(), s2=sha256ish())

add("shell/github-token", "scripts/kloonaa_kaikki.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/bash
# Uuden kehittäjän koneelle kaikki repot kerralla
TOKEN=@@secret@@
for repo in tilaus asentaja-app laskutus varasto tuulivahti kaihdinmitat; do
  git clone "https://kaihdinpro-bot:${TOKEN}@github.com/kaihdinpro/${repo}.git"
done
""", fakes.github_token(_seed()))

add("powershell/ldap-password", "it/ps/Lisaa-Asentaja.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", """
# Uuden asentajan tunnus AD:hen ja Asentajat-ryhmään
param([Parameter(Mandatory)] [string]$Etunimi, [Parameter(Mandatory)] [string]$Sukunimi)

$svcPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('KAIHDINPRO\\svc-tunnukset', $svcPass)
$sam = ($Etunimi.Substring(0,1) + $Sukunimi).ToLower()

New-ADUser -Name "$Etunimi $Sukunimi" -SamAccountName $sam -Path 'OU=Asentajat,DC=kaihdinpro,DC=local' `
  -AccountPassword (Read-Host -AsSecureString 'Alkusalasana') -Enabled $true -Credential $cred
Add-ADGroupMember -Identity 'Asentajat' -Members $sam -Credential $cred
""", words_pw())

add("powershell/decoy-secret-management", "it/ps/Hae-Varmuuskopio.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Salasanat haetaan SecretStore-holvista, ei koskaan tiedostoon
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'nas01-varmuuskopio' -Vault 'KaihdinPro'
New-PSDrive -Name V -PSProvider FileSystem -Root '\\\\nas01\\varmuuskopio' -Credential $cred | Out-Null
Copy-Item 'V:\\sql\\Varasto_*.bak' -Destination 'D:\\Palautus\\' -Verbose
Remove-PSDrive V
""")

add("powershell/azure-storage-key", "it/ps/Siirra-Mittakuvat.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
$conn = 'DefaultEndpointsProtocol=https;AccountName=kaihdinpromittaus;AccountKey=@@secret@@;EndpointSuffix=core.windows.net'
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem 'D:\\Mittakuvat\\Saapuneet' -Filter *.jpg | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'mittakuvat' -Blob ("2024/" + $_.Name) -Context $ctx -Force
    Move-Item $_.FullName 'D:\\Mittakuvat\\Siirretty\\'
}
""", azure_account_key())

add("dockerfile/npm-token", "web/quote-widget/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && \\
    npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret", "Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv/tilaus
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.kaihdinpro.fi/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=kaihdin.settings.prod
CMD ["gunicorn", "kaihdin.wsgi", "-b", "0.0.0.0:8000", "-w", "4"]
""")

add("dockerfile/django-secret-key", "legacy/Dockerfile.admin", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.9-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
ENV DJANGO_SETTINGS_MODULE=hallinta.settings \\
    DJANGO_SECRET_KEY="@@secret@@" \\
    LANG=fi_FI.UTF-8
EXPOSE 8001
CMD ["python", "manage.py", "runserver", "0.0.0.0:8001"]
""", fakes.django_secret_key(_seed()))

add("terraform/hetzner-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.45" }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "mqtt" {
  name        = "mqtt-hel1"
  image       = "debian-12"
  server_type = "cx22"
  location    = "hel1"
  ssh_keys    = ["ops-2024"]
}
""", rand_pw(64))

add("terraform/decoy-variable-reference", "infra/azure/main.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "sql_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_mssql_server" "varasto" {
  name                         = "sql-kaihdinpro-varasto"
  resource_group_name          = "rg-varasto"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "varastoadmin"
  administrator_login_password = var.sql_admin_password
}

data "azurerm_key_vault_secret" "paytrail" {
  name         = "paytrail-secret"
  key_vault_id = "/subscriptions/@@sub@@/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-kaihdinpro"
}
""", sub=uuid_s())

add("terraform/aws-secret-key", "infra/aws/terraform.tfvars", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
region        = "eu-north-1"
bucket_name   = "kaihdinpro-mittaukset"
access_key    = "@@kid@@"
secret_key    = "@@secret@@"
lifecycle_days = 365
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-tfstate-hash", "infra/hetzner/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", """
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hetznercloud/hcloud" {
  version     = "1.45.0"
  constraints = "~> 1.45"
  hashes = [
    "h1:@@h1@@=",
    "zh:@@z1@@",
    "zh:@@z2@@",
  ]
}
""", h1=rand_pw(43, "+/"), z1=sha256ish(), z2=sha256ish())

add("terraform/digitalocean-token", "infra/do/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
# Vanha markkinointisivujen droplet (kampanjasivut kevät 2023)
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "kampanja" {
  image  = "ubuntu-22-04-x64"
  name   = "kampanja-ams3"
  region = "ams3"
  size   = "s-1vcpu-1gb"
}
""", do_token())

# ---------------------------------------------------------------- ini, toml, json, xml, plist, properties

add("ini/postgres-password", "raportit/config.ini", "https://docs.python.org/3/library/configparser.html", """
[tietokanta]
host = db.kaihdinpro.internal
port = 5432
dbname = kaihdin
user = raportti
password = @@secret@@

[raportti]
vastaanottajat = toimisto@kaihdinpro.fi, myynti@kaihdinpro.fi
""", rand_pw(18))

add("ini/decoy-placeholder", "raportit/config.ini.example", "https://docs.python.org/3/library/configparser.html", """
[tietokanta]
host = localhost
port = 5432
dbname = kaihdin
user = raportti
password = CHANGE_ME

[raportti]
vastaanottajat = sinä@example.com
""")

add("ini/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    kaihdinpro

[pypi]
username = __token__
password = @@secret@@

[kaihdinpro]
repository = https://pypi.kaihdinpro.fi/
username = ci
""", fakes.pypi_token(_seed()))

add("ini/smb-password", "it/asentajatabletti/mittaukset.cred", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", """
# /etc/fstab: //nas01/mittaukset /mnt/mittaukset cifs credentials=/etc/mittaukset.cred,uid=1000 0 0
username=tabletti
password=@@secret@@
domain=KAIHDINPRO
""".replace("# /etc", "# asennus: /etc") + "# vaihdettu 2024-02 (Jari)\n", words_pw())

add("toml/decoy-pyproject", "kaihdinmitat/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "kaihdinmitat"
version = "1.3.0"
description = "Kaihtimien ja rullaverhojen mittalaskenta (kangasleveys, kiskot, narut)"
requires-python = ">=3.10"
authors = [{ name = "KaihdinPro Oy", email = "ohjelmistot@kaihdinpro.fi" }]

[tool.hatch.publish.index]
user = "__token__"
# token: PYPI_TOKEN ympäristömuuttujasta (hatch publish lukee HATCH_INDEX_AUTH)
""")

add("toml/mqtt-password", "tuulivahti/Config.toml", "https://docs.rs/config/latest/config/", """
[anturi]
malli = "Davis 6410"
portti = "/dev/ttyUSB0"
raja_ms = 9.0

[mqtt]
host = "mqtt.kaihdinpro.fi"
port = 8883
kayttaja = "tuulivahti"
salasana = "@@secret@@"
""", rand_pw(20))

add("toml/decoy-netlify", "web/kampanja/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_STRIPE_KEY = "@@pk@@"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://js.stripe.com 'sha256-@@csp@@='"
""", pk=stripe_key("pk_live_"), csp=rand_pw(43, "+/"))

add("json/google-service-account", "integraatiot/kalenteri/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "kaihdinpro-asennuskalenteri",
  "private_key_id": "@@kid@@",
  "private_key": "@@pemj@@",
  "client_email": "kalenterisync@kaihdinpro-asennuskalenteri.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (k := pem("")).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").split("\n")[1], kid=hexs(40), cid=str(random.Random(_seed()).randint(10**20, 10**21)), pemj=k.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n")

add("json/decoy-package-lock", "web/quote-widget/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "quote-widget",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("json/jira-api-token", "tools/jira-export/config.json", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", """
{
  "site": "https://kaihdinpro.atlassian.net",
  "email": "it@kaihdinpro.fi",
  "apiToken": "@@secret@@",
  "project": "ASN",
  "jql": "project = ASN AND status = 'Reklamaatio' ORDER BY created DESC",
  "output": "reklamaatiot.csv"
}
""", atlassian_token())

add("json/decoy-appsettings-dev", "Varasto/Varasto.Api/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Varasto": "Server=(localdb)\\\\mssqllocaldb;Database=Varasto;Trusted_Connection=True"
  },
  "UserSecretsId": "@@u@@",
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""", u=uuid_s())

add("json/paytrail-secret", "tarjouslaskuri/firebase/functions/.runtimeconfig.json", "https://firebase.google.com/docs/functions/config-env", """
{
  "paytrail": {
    "account": "695874",
    "secret": "@@secret@@"
  },
  "app": {
    "base_url": "https://laskuri.kaihdinpro.fi",
    "env": "production"
  }
}
""", upper_alnum(36))

add("json/decoy-manifest", "web/quote-widget/public/manifest.webmanifest", "https://developer.mozilla.org/en-US/docs/Web/Manifest", """
{
  "name": "KaihdinPro tarjouslaskuri",
  "short_name": "Laskuri",
  "start_url": "/?utm_source=pwa",
  "display": "standalone",
  "background_color": "#ffffff",
  "theme_color": "#1f4e79",
  "icons": [{ "src": "/icons/192.png", "sizes": "192x192", "type": "image/png" }]
}
""")

add("xml/smtp-password", "laskutus/src/main/webapp/WEB-INF/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans https://www.springframework.org/schema/beans/spring-beans.xsd">
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.kaihdinpro.fi"/>
    <property name="port" value="587"/>
    <property name="username" value="laskut@kaihdinpro.fi"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", words_pw())

add("xml/decoy-maven-settings", "laskutus/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>kaihdinpro-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/netvisor-api-key", "integraatiot/netvisor/NetvisorAsetukset.config", "https://support.netvisor.fi/en/support/solutions/articles/77000466839", """
<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <add key="Netvisor.Url" value="https://integration.netvisor.fi" />
  <add key="Netvisor.Sender" value="KaihdinPro-varasto" />
  <add key="Netvisor.CustomerId" value="KAIHP_8812" />
  <add key="Netvisor.CustomerKey" value="@@secret@@" />
  <add key="Netvisor.PartnerId" value="Kai_4417" />
  <add key="Netvisor.PartnerKey" value="@@pk@@" />
</appSettings>
""", hexs(32).upper(), pk=hexs(32).upper())

add("plist/decoy-google-service-info", "AsentajaIOS/AsentajaIOS/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>GCM_SENDER_ID</key>
  <string>@@sender@@</string>
  <key>BUNDLE_ID</key>
  <string>fi.kaihdinpro.asentaja</string>
  <key>PROJECT_ID</key>
  <string>kaihdinpro-asentaja</string>
  <key>GOOGLE_APP_ID</key>
  <string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", sender=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(22))

add("properties/sentry-auth-token", "AsentajaIOS/fastlane/sentry.properties", "https://docs.sentry.io/platforms/apple/guides/ios/dsym/", """
defaults.url=https://sentry.io/
defaults.org=kaihdinpro
defaults.project=asentaja-ios
auth.token=@@secret@@
cli.executable=../node_modules/@sentry/cli/bin/sentry-cli
""", sentry_user_token())

add("properties/decoy-gradle-properties", "asentaja-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# MAPS_API_KEY ja RELEASE_STORE_PASSWORD: ~/.gradle/gradle.properties (ei repoon)
android.nonTransitiveRClass=true
""")

add("properties/keystore-password", "asentaja-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
storeFile=../release/kaihdinpro-release.jks
storePassword=@@secret@@
keyAlias=asentaja
keyPassword=@@secret@@
""".replace("storeFile", "# allekirjoitus (Play Store)\nstoreFile"), rand_pw(16))

# ---------------------------------------------------------------- markdown: runbooks, wiki, handover

add("markdown/device-admin-password", "docs/wiki/showroom-vantaa.md", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
# Showroom Vantaa – laitteet

| Laite | Osoite | Tunnus | Salasana |
|---|---|---|---|
| TaHoma Switch (esittelyikkunat) | 192.168.40.20 | somfy-tili: showroom@kaihdinpro.fi | ks. 1Password |
| Motionblinds-silta | 192.168.40.21 | admin | @@secret@@ |
| Ubiquiti-kytkin | 192.168.40.2 | ui-admin | 1Password |

Jos verhot eivät liiku: käynnistä silta uudelleen (virtajohto irti 10 s), odota vihreää lediä.
Aukioloajat ma–pe 10–18, la 10–15. Avaimet: Pirjo tai Jari.
""", rand_pw(12))

add("markdown/decoy-runbook-vault", "docs/runbooks/paytrail-avaimen-vaihto.md", "https://docs.paytrail.com/#/?id=authentication", """
# Paytrail-avaimen vaihto (runbook)

1. Kirjaudu Paytrailin kauppiaspalveluun (merchant.paytrail.com) pääkäyttäjänä.
2. Asetukset → Rajapinta → *Luo uusi salainen avain*. Uusi avain näkyy vain kerran.
3. Tallenna avain 1Passwordiin kohteeseen **Verkkokauppa / paytrail-prod** (kenttä `credential`).
4. Päivitä Azure Key Vault: `az keyvault secret set --vault-name kv-kaihdinpro -n paytrail-secret --value "$(op read op://Verkkokauppa/paytrail-prod/credential)"`
5. Käynnistä podit: `kubectl -n kaihdin-prod rollout restart deploy/tilaus`
6. Testaa 1 € maksulla ja hyvitä se.

Testiympäristössä käytetään Paytrailin julkista testitunnusta 375917 / `SAIPPUAKAUPPIAS`.
""")

add("markdown/ftp-password", "docs/wiki/lamellitehdas-tilaukset.md", "https://curl.se/docs/manpage.html#-u", """
# Tilaukset Lamellitehtaalle

Tilaukset lähtevät automaattisesti klo 15 (`tilaukset/lahetys_tehtaalle.py`). Jos ajo kaatuu:

- Tarkista `/var/log/tilaukset/lahetys.log`
- Lähetä käsin FileZillalla:
  - Palvelin: `ftp.lamellitehdas.fi` (FTPS, portti 21)
  - Käyttäjä: `kaihdinpro`
  - Salasana: `@@secret@@`
  - Kansio: `/incoming`
- Soita tehtaalle (Marko, 040 123 4567), jos tiedosto ei näy heillä 30 min sisällä.

Tiedostomuoto: puolipisteellä eroteltu CSV, UTF-8, rivinvaihto CRLF.
""", words_pw())

add("markdown/decoy-placeholder-readme", "README.md", "https://www.makeareadme.com/", """
# KaihdinPro tilausjärjestelmä

Tarjouslaskuri, asennusvaraukset ja maksut (Paytrail). Django 5 + Celery + PostgreSQL.

## Kehitysympäristö

```bash
cp .env.example .env      # täytä arvot 1Passwordista
docker compose up -d db redis mailpit
python manage.py migrate
python manage.py runserver
```

Paikallisesti `PAYTRAIL_SECRET=SAIPPUAKAUPPIAS` (Paytrailin testitunnus) ja
`STRIPE_SECRET_KEY=sk_test_...` riittävät. Tuotantoavaimia ei tarvita koskaan kehityskoneella.

## Testit

```bash
pytest -q
```
""")

add("markdown/mssql-password", "docs/runbooks/varasto-palautus.md", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """
# Varastokannan palautus varmuuskopiosta

Jos Varasto-sovellus näyttää tyhjää hyllylistaa tai kanta on korruptoitunut:

```powershell
sqlcmd -S sql01.kaihdinpro.local -U sa -P "@@secret@@" -Q "RESTORE DATABASE Varasto FROM DISK = N'D:\\\\Palautus\\\\Varasto_full.bak' WITH REPLACE"
```

Sen jälkeen käynnistä `Varasto.Worker`-palvelu uudelleen ja tarkista, että hälytysrajat
(5 kpl) toimivat: tee testisiirto hyllyltä A-12.
""", words_pw())

add("markdown/telegram-bot-token", "docs/luovutus/asentajabotti.md", "https://core.telegram.org/bots/features#botfather", """
# Luovutus: asentajabotti (Jari → Tiina), 3.6.2024

- Botti: @KaihdinProAsentajaBot, omistaja BotFatherissa nyt Tiinan tili
- Token: `@@secret@@`
- Ajo: `botit/asentajabotti.py`, cron 07:00 palvelimella app01
- Ryhmä: "Asentajat 2024" (chat id -1001874412883)
- TODO: siirrä token ympäristömuuttujaan ja uusi se BotFatherissa (/revoke), kun ehdit
""", fakes.telegram_token(_seed()))

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.4.0] - 2024-05-20
### Added
- Plisseverhojen hinnoittelu tarjouslaskuriin
- Asentajan kuittaus tabletilla (commit @@c1@@)
### Fixed
- Paytrail-paluuosoitteen allekirjoituksen tarkistus (#212)

## [2.3.1] - 2024-04-02
### Security
- Vaihdettu Paytrail- ja SendGrid-avaimet (vanhat mitätöity), ks. @@c2@@
""", c1=hexs(40), c2=hexs(40))

add("markdown/wifi-psk", "docs/wiki/toimisto-verkko.md", "https://help.ui.com/hc/en-us/articles/115000166827", """
# Toimiston verkko (Tampere, Hatanpään valtatie)

- **KaihdinPro** (henkilökunta): WPA2-Enterprise, AD-tunnuksilla
- **KaihdinPro-Asentajat** (tabletit, varasto): WPA2-PSK, salasana `@@secret@@`
- **KaihdinPro-Vieras**: avoin, captive portal, 1 Mbit/s

Asentajaverkon salasana vaihdetaan kun joku lähtee firmasta (viimeksi 1/2024).
Reititin: UDM Pro 10.10.0.1, hallinta unifi.ui.com (it@kaihdinpro.fi).
""", passphrase())

add("markdown/decoy-api-docs-example", "docs/api/autentikointi.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# Asennus-API: autentikointi

Kumppanit (Lamellitehdas, Markiisipiste) saavat oman API-avaimen yhteyshenkilöltä.
Avain välitetään otsakkeessa:

```http
GET /v2/asennukset?paiva=2024-05-13 HTTP/1.1
Host: api.kaihdinpro.fi
Authorization: Bearer <API-AVAIN>
```

Esimerkki curlilla:

```bash
curl -H "Authorization: Bearer $KAIHDINPRO_API_KEY" https://api.kaihdinpro.fi/v2/asennukset
```

Avaimen muoto: `kp_live_` + 32 merkkiä. Testiavaimet alkavat `kp_test_`.
""")

add("markdown/stripe-secret-key", "docs/wiki/maksut-stripe.md", "https://docs.stripe.com/keys", """
# Stripe (yritysasiakkaiden korttimaksut)

Stripeä käytetään vain B2B-laskujen korttimaksuihin; kuluttajat maksavat Paytraililla.

Dashboard: dashboard.stripe.com (tili: talous@kaihdinpro.fi)

Raportointiskriptin rajoitettu avain (vain luku, charges + payouts):

    @@secret@@

Kuukausiraportti: `python maksut/stripe_export.py 2024-05` → talous-kansioon.
""", stripe_key("rk_live_"))

add("markdown/decoy-redacted-incident", "docs/postmortem/2024-03-sendgrid.md", "https://sre.google/sre-book/example-postmortem/", """
# Postmortem: SendGrid-avain julkisessa repossa (2024-03-12)

**Mitä tapahtui:** `muistutukset/sahkoposti.py` sisälsi SendGrid-avaimen (`SG.kL3…redacted…`), ja
repo oli hetken julkinen GitHubissa (n. 40 min).

**Toimenpiteet:**
- Avain mitätöity SendGridissä 12.3. klo 14.05, uusi avain Key Vaultissa (`sendgrid-api-key`)
- GitHub secret scanning + pre-commit-hook käyttöön kaikissa repoissa
- Historiasta poistettu `git filter-repo`lla

**Vaikutus:** ei havaittuja väärinkäyttöjä (SendGrid activity log tarkistettu).
""")

add("markdown/upcloud-password", "docs/luovutus/it-tunnukset-2023.md", "https://developers.upcloud.com/1.3/3-accounts/", """
# IT-tunnukset – luovutus Mikalle (joulukuu 2023)

Nämä siirretään 1Passwordiin tammikuussa, sen jälkeen tämä sivu poistetaan.

- UpCloud API-käyttäjä: `kaihdinpro-api`
- UpCloud API-salasana: `@@secret@@`
- Palvelimet: app01 (fi-hel2), db01 (fi-hel2), mqtt (Hetzner hel1)
- Domainit: Zone.fi (kaihdinpro.fi, kaihdinpro.com), uusiutuu 03/2025
""", rand_pw(18, "#%"))

add("markdown/decoy-install-guide", "docs/asennusohjeet/somfy-rts-parinmuodostus.md", "https://www.somfy.fi/", """
# Somfy RTS -moottorin parinmuodostus (asentajan ohje)

1. Kytke moottori virtaan. Vain yksi moottori kerrallaan!
2. Paina kaukosäätimen YLÖS ja ALAS yhtä aikaa, kunnes verho nytkähtää.
3. Tarkista suunta: jos YLÖS vie alas, paina STOP 5 s.
4. Aseta ylä- ja alaraja (YLÖS+STOP / ALAS+STOP).
5. Paina PROG takana 2 s → verho nytkähtää = tallennettu.

Moottorin sarjanumero (esim. `5123456A01`) ja kaukosäätimen osoite kirjataan
asennuspöytäkirjaan tabletilla. Takuu 5 vuotta.
""")

add("markdown/ssh-private-key", "docs/wiki/deploy-avain.md", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys", """
# Deploy-avain app01:lle

GitHub Actions käyttää tätä avainta (`kaihdinpro/tilaus` → Settings → Deploy keys).
Jos pitää asentaa käsin uudelle palvelimelle, kopioi `~deploy/.ssh/id_ed25519`:

```
@@secret@@
```

Julkinen avain on `~deploy/.ssh/authorized_keys`:ssa.
""", pem("OPENSSH"))

add("markdown/decoy-wiki-keys-location", "docs/wiki/missa-avaimet-ovat.md", "https://developer.1password.com/docs/cli/secret-references/", """
# Missä avaimet ovat?

| Palvelu | Paikka |
|---|---|
| Paytrail | 1Password: Verkkokauppa / paytrail-prod |
| Netvisor | Key Vault: netvisor-customer-key, netvisor-partner-key |
| SendGrid | Key Vault: sendgrid-api-key |
| TaHoma (showroom) | 1Password: Laitteet / tahoma-showroom |
| Telegram-botti | 1Password: IT / asentajabotti |

Älä koskaan kirjoita avainta wikiin, Slackiin tai commit-viestiin.
""")

add("markdown/procountor-client-secret", "docs/integraatiot/procountor.md", "https://dev.procountor.com/m2m-authentication/", """
# Procountor-integraatio (tytäryhtiö Markiisipiste Oy)

Markiisipisteen kirjanpito on Procountorissa, emoyhtiön Netvisorissa. Ostolaskut siirretään
kerran viikossa M2M-rajapinnalla.

```
client_id:     KaihdinProSync
client_secret: @@secret@@
redirect_uri:  https://api.kaihdinpro.fi/procountor/callback
api_key:       ks. 1Password (Markiisipiste / procountor-api-key)
```

Tokenin haku: `POST https://api.procountor.com/api/oauth/token` (grant_type=client_credentials).
""", "prcnt_" + rand_pw(40))

# ---------------------------------------------------------------- notebook, sql, csv, log

add("notebook/postgres-password", "analyysi/asennusajat.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Asennusajat asentajittain (kevät 2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analyysi:@@secret@@@db.kaihdinpro.internal/kaihdin')\\n",
    "df = pd.read_sql('SELECT asentaja, kesto_min, tuote FROM asennukset', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analyysi/myynti_alueittain.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('PGPASSWORD') or getpass.getpass('Kannan salasana: ')\\n",
    "engine = create_engine(f'postgresql://analyysi:{pw}@db.kaihdinpro.internal/kaihdin')\\n",
    "df = pd.read_sql('SELECT postinro, sum(summa) FROM tilaukset GROUP BY 1', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analyysi/reklamaatiot_luokittelu.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ['OPENAI_API_KEY'] = '@@secret@@'\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI()\\n",
    "luokat = ['kangas', 'moottori', 'kisko', 'asennusvirhe', 'muu']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("sql/postgres-password", "db/migrations/V12__raportti_kayttaja.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Raportointikäyttäjä Power BI:lle (vain luku)
CREATE ROLE raportti LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE kaihdin TO raportti;
GRANT USAGE ON SCHEMA public TO raportti;
GRANT SELECT ON asennukset, tilaukset, asentajat TO raportti;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO raportti;
""", words_pw())

add("sql/decoy-password-hash", "db/seed/dev_kayttajat.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Kehityskannan käyttäjät (salasana kaikilla: kehitys123)
INSERT INTO auth_user (username, email, password, is_staff, is_superuser) VALUES
  ('admin', 'admin@example.com', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', true, true),
  ('myynti', 'myynti@example.com', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', true, false),
  ('asentaja1', 'asentaja1@example.com', 'pbkdf2_sha256$720000$@@s3@@$@@h3@@=', false, false);
""", s1=rand_pw(22), h1=rand_pw(43, "+/"), s2=rand_pw(22), h2=rand_pw(43, "+/"), s3=rand_pw(22), h3=rand_pw(43, "+/"))

add("sql/decoy-schema", "db/migrations/V3__asennukset.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE asennukset (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tilaus_id       uuid NOT NULL REFERENCES tilaukset(id),
    asentaja        text NOT NULL,
    paiva           date NOT NULL,
    aikaikkuna      text CHECK (aikaikkuna IN ('8-10', '10-12', '12-14', '14-16')),
    kuittaus_token  text,          -- asiakkaan kuittauslinkin kertakäyttötunniste (hash)
    api_key_hash    text,          -- kumppanin API-avaimen sha256, ei itse avain
    luotu           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX asennukset_paiva_idx ON asennukset (paiva, asentaja);
""")

add("sql/paytrail-secret", "db/seed/kauppiasasetukset_prod.sql", "https://docs.paytrail.com/#/?id=authentication", """
-- Tuotannon kauppiasasetukset (ajettu käsin 14.2.2024, Jari)
INSERT INTO maksut_kauppiasasetus (palvelu, tunnus, salainen_avain, aktiivinen) VALUES
  ('paytrail', '695874', '@@secret@@', true),
  ('paytrail-testi', '375917', 'SAIPPUAKAUPPIAS', false)
ON CONFLICT (palvelu) DO UPDATE SET salainen_avain = EXCLUDED.salainen_avain;
""", upper_alnum(40))

add("csv/decoy-order-export", "exports/tilaukset_2024-05.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
tilausnro;pvm;asiakas;postinro;tuote;leveys_mm;korkeus_mm;summa;paytrail_transaction_id
2024-05-0412;2024-05-02;Virtanen;33100;Rullaverho pimentävä;1180;1450;214.00;@@u1@@
2024-05-0413;2024-05-02;As Oy Koivurinne;33540;Sälekaihdin 25 mm;880;1210;96.50;@@u2@@
2024-05-0414;2024-05-03;Laaksonen;37600;Plisseverho;640;1300;158.00;@@u3@@
2024-05-0415;2024-05-03;Mäkelä;33720;Ulkoterassimarkiisi 4 m;4000;3000;2890.00;@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/device-admin-password", "exports/asiakaslaitteet_taloyhtiot.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
kohde;osoite;laite;ip;kayttaja;salasana;asennettu
As Oy Koivurinne;Koivurinteenkatu 4;Somfy TaHoma Switch;192.168.1.50;kiinteisto@koivurinne.fi;1Password;2023-09-14
As Oy Laituri;Laiturikatu 2;Motionblinds-silta;10.0.0.40;admin;@@secret@@;2024-01-22
Toimisto Hatanpää;Hatanpään valtatie 26;Velux Active KIX 300;-;-;sovellus;2024-03-05
As Oy Revontuli;Revontulentie 8;Somfy TaHoma Switch;192.168.10.5;isannointi@revontuli.fi;1Password;2024-04-11
""", rand_pw(12))

add("csv/decoy-product-codes", "exports/hinnasto_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
tuotekoodi;ean;nimi;kangas;hinta_m2;toimitusaika_pv
RV-PIM-001;6430012345672;Rullaverho pimentävä;Blackout 7040;89.00;10
SK-25-AL;6430012345689;Sälekaihdin 25 mm alumiini;-;64.00;7
PL-HC-210;6430012345696;Plisseverho hunajakenno;Duette 2100;132.00;14
MK-TER-400;6430012345702;Terassimarkiisi 4 m;Sattler 314-@@k@@;410.00;21
""", k=hexs(6).upper())

add("log/smtp-password", "logs/asennusvaraus-2024-05-13.log", "https://docs.python.org/3/library/logging.html", """
2024-05-13 07:00:01,112 INFO  celery.beat Scheduler: Sending due task muistutukset.laheta_huomiset
2024-05-13 07:00:01,540 INFO  muistutukset 18 asennusta huomenna, lähetetään muistutukset
2024-05-13 07:00:02,003 ERROR muistutukset SMTP login failed: (535, b'5.7.3 Authentication unsuccessful')
2024-05-13 07:00:02,004 DEBUG muistutukset smtp config={'host': 'smtp.office365.com', 'port': 587, 'user': 'varaukset@kaihdinpro.fi', 'password': '@@secret@@'}
2024-05-13 07:00:02,010 WARNING muistutukset retry 1/3 in 60 s
""", words_pw())

add("log/decoy-masked", "logs/paytrail-callback-2024-05-14.log", "https://docs.paytrail.com/#/?id=redirect-and-callback-url-parameters", """
2024-05-14T09:12:44Z INFO callback checkout-account=695874 checkout-status=ok checkout-stamp=@@u1@@
2024-05-14T09:12:44Z INFO callback checkout-transaction-id=@@u2@@ signature=@@sig@@ valid=true
2024-05-14T09:12:44Z DEBUG merchant secret=****** (len 40)
2024-05-14T09:12:45Z INFO tilaus 2024-05-0433 merkitty maksetuksi (214.00 EUR)
2024-05-14T09:20:03Z INFO callback checkout-account=695874 checkout-status=fail checkout-stamp=@@u3@@
""", u1=uuid_s(), u2=uuid_s(), sig=sha256ish(), u3=uuid_s())

add("log/twilio-auth-token", "logs/muistutin-debug.log", "https://www.twilio.com/docs/usage/requests-to-twilio", """
[2024-05-12 16:59:58] DEBUG -- : Twilio::REST::Client initialized account_sid=@@sid@@
[2024-05-12 16:59:58] DEBUG -- : request POST https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json
[2024-05-12 16:59:58] DEBUG -- : headers {"Authorization"=>"Basic @@basic@@", "User-Agent"=>"twilio-ruby/7.0.2"}
[2024-05-12 16:59:59] INFO -- : 201 Created SM@@msg@@
[2024-05-12 17:00:00] INFO -- : 18 muistutusta lähetetty
""", (tw := hexs(32)), sid=(s := twilio_sid()), basic=b64(s + ":" + tw), msg=hexs(32))

# ---------------------------------------------------------------- more vendors and carriers

add("ini/aws-secret-key", "it/asentajatabletti/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# ~/.aws/credentials tableteille (vain mittakuvien upload)
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-north-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/stripe-secret-key", "maksut/hyvitykset.py", "https://docs.stripe.com/api/refunds/create", """
import stripe

# avain pätkitty ettei secret scanning valita (TODO: ympäristömuuttujaan)
stripe.api_key = ("@@p1@@"
                  "@@p2@@")


def hyvita(payment_intent: str, euroa: float, syy: str = "requested_by_customer"):
    return stripe.Refund.create(payment_intent=payment_intent, amount=int(euroa * 100), reason=syy)
""", (sk := stripe_key()), p1=sk[:18], p2=sk[18:])

add("python/slack-bot-token", "botit/varastohalytys.py", "https://api.slack.com/authentication/token-types#bot", """
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def halyta(tuote: str, saldo: int) -> None:
    client.chat_postMessage(channel="#varasto",
                            text=f":warning: {tuote}: saldo {saldo} kpl, tilaa lisää Lamellitehtaalta")
""", f"xoxb-{random.Random(_seed()).randint(10**10, 10**11)}-{random.Random(_seed()).randint(10**12, 10**13)}-{rand_pw(24)}")

add("python/teams-webhook", "botit/teams_paivaraportti.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
import requests

WEBHOOK = ("https://kaihdinpro.webhook.office.com/webhookb2/@@g1@@@@@g2@@/IncomingWebhook/"
           "@@secret@@/@@g3@@")


def raportti(asennuksia: int, reklamaatioita: int) -> None:
    requests.post(WEBHOOK, json={"text": f"Tänään {asennuksia} asennusta, {reklamaatioita} reklamaatiota."}, timeout=10)
""", hexs(32), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("python/decoy-webhook-verification", "maksut/views.py", "https://docs.stripe.com/webhooks#verify-events", """
import os

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@csrf_exempt
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(request.body, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "payment_intent.succeeded":
        pass  # merkitse tarjous maksetuksi
    return HttpResponse(status=200)
""")

add("python/stripe-webhook-secret", "maksut/webhook_local.py", "https://docs.stripe.com/webhooks#verify-events", """
import stripe
from flask import Flask, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def webhook():
    event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    print(event["type"], event["data"]["object"]["id"])
    return "", 200
""", fakes.fake("whsec_", 32, _seed()))

add("python/elks-api-password", "muistutukset/elks_sms.py", "https://46elks.com/docs/send-sms", """
# Varalla Twilion tilalle: 46elks (halvempi Suomen numeroihin)
import requests

AUTH = ("@@user@@", "@@secret@@")


def laheta(numero: str, viesti: str) -> None:
    requests.post("https://api.46elks.com/a1/sms", auth=AUTH,
                  data={"from": "KaihdinPro", "to": numero, "message": viesti}, timeout=10)
""", hexs(32).upper(), user="u" + hexs(32))

add("python/decoy-fake-factory", "tests/factories.py", "https://factoryboy.readthedocs.io/en/stable/", """
import factory

from asennukset.models import Asentaja, Asennus


class AsentajaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Asentaja

    nimi = factory.Faker("name", locale="fi_FI")
    puhelin = factory.Faker("phone_number", locale="fi_FI")
    api_token = factory.Faker("sha256")
    tablet_pin = "0000"


class AsennusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Asennus

    asentaja = factory.SubFactory(AsentajaFactory)
    aikaikkuna = "8-10"
""")

add("python/redis-password", "kaihdin/celery.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kaihdin.settings.prod")

app = Celery("kaihdin", broker="rediss://:@@secret@@@redis-kaihdin.redis.cache.windows.net:6380/0?ssl_cert_reqs=required")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
""", azure_account_key()[:43] + "=")

add("python/hubspot-private-app-token", "crm/hubspot_taloyhtiot.py", "https://developers.hubspot.com/docs/api/private-apps", """
import requests

HEADERS = {"Authorization": "Bearer @@secret@@", "Content-Type": "application/json"}


def taloyhtiot():
    url = "https://api.hubapi.com/crm/v3/objects/companies"
    params = {"properties": "name,y_tunnus,isannoitsija", "limit": 100}
    return requests.get(url, headers=HEADERS, params=params, timeout=20).json()["results"]
""", hubspot_token())

add("python/posti-api-secret", "toimitukset/posti_seuranta.py", "https://developer.posti.fi/", """
import base64

import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://gateway.posti.fi/api/v1/token",
                      headers={"Authorization": f"Basic {basic}"}, timeout=10)
    return r.json()["access_token"]


def seuranta(lahetystunnus: str) -> dict:
    return requests.get(f"https://gateway.posti.fi/tracking/v3/shipments/{lahetystunnus}",
                        headers={"Authorization": f"Bearer {token()}"}, timeout=10).json()
""", rand_pw(40), cid=uuid_s())

add("python/decoy-tahoma-discovery", "showroom/etsi_tahoma.py", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
# Etsii TaHoma-yhdyskäytävät lähiverkosta (mDNS _kizboxdev._tcp), ei tarvitse tunnuksia
from zeroconf import ServiceBrowser, Zeroconf


class Kuuntelija:
    def add_service(self, zc, tyyppi, nimi):
        info = zc.get_service_info(tyyppi, nimi)
        print(nimi, info.parsed_addresses(), info.properties.get(b"gateway_pin"))

    def update_service(self, *args):
        pass

    def remove_service(self, *args):
        pass


zc = Zeroconf()
ServiceBrowser(zc, "_kizboxdev._tcp.local.", Kuuntelija())
input("Enter lopettaa\\n")
zc.close()
""")

add("python/github-fine-grained-token", "scripts/tuo_reklamaatiot_issueiksi.py", "https://docs.github.com/en/rest/issues/issues#create-an-issue", """
import csv

import requests

GH = "https://api.github.com/repos/kaihdinpro/asentaja-app/issues"
H = {"Authorization": "Bearer @@secret@@", "Accept": "application/vnd.github+json"}

with open("reklamaatiot.csv", encoding="utf-8") as f:
    for rivi in csv.DictReader(f, delimiter=";"):
        if rivi["luokka"] == "sovellus":
            requests.post(GH, headers=H, json={"title": rivi["otsikko"], "body": rivi["kuvaus"], "labels": ["reklamaatio"]})
""", fakes.github_fine_grained_token(_seed()))

add("typescript/decoy-test-mock", "api/test/paytrail.spec.ts", "https://jestjs.io/docs/mock-functions", """
import { signHeaders } from '../src/payments/paytrail';

describe('paytrail signing', () => {
  it('signs like the docs example', () => {
    const headers = {
      'checkout-account': '375917',
      'checkout-algorithm': 'sha256',
      'checkout-method': 'POST',
      'checkout-nonce': '564635208570151',
      'checkout-timestamp': '2018-07-06T10:01:31.904Z',
    };
    expect(signHeaders('SAIPPUAKAUPPIAS', headers, '')).toMatch(/^[0-9a-f]{64}$/);
  });
});
""")

add("typescript/vipps-mobilepay-client-secret", "api/src/payments/mobilepay.ts", "https://developer.vippsmobilepay.com/docs/APIs/access-token-api/", """
// MobilePay (Vipps MobilePay ePayment) – kokeilu yritysasiakkaille
const BASE = 'https://api.vipps.no';

const credentials = {
  clientId: '@@cid@@',
  clientSecret: '@@secret@@',
  subscriptionKey: '@@sub@@',
  merchantSerialNumber: '2087411',
};

export async function accessToken(): Promise<string> {
  const res = await fetch(`${BASE}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      'Ocp-Apim-Subscription-Key': credentials.subscriptionKey,
      'Merchant-Serial-Number': credentials.merchantSerialNumber,
    },
  });
  return (await res.json()).access_token;
}
""", rand_pw(40, "+/").rstrip("/") + "=", cid=uuid_s(), sub=hexs(32))

add("typescript/decoy-jwt-verify", "api/src/auth/jwks.ts", "https://github.com/panva/jose", """
import { createRemoteJWKSet, jwtVerify } from 'jose';

// Asentaja-app kirjautuu Entra ID:llä; API tarkistaa tokenin julkisilla avaimilla.
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/@@t@@/discovery/v2.0/keys'));

export async function verify(token: string) {
  const { payload } = await jwtVerify(token, JWKS, {
    issuer: 'https://login.microsoftonline.com/@@t@@/v2.0',
    audience: 'api://kaihdinpro-asennus',
  });
  return payload;
}
""", t=uuid_s())

add("javascript/cloudflare-api-token", "web/kampanja/scripts/purge-cache.js", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
// Tyhjentää Cloudflaren välimuistin kampanjasivujen julkaisun jälkeen
const ZONE = '@@zone@@';
const TOKEN = '@@secret@@';

fetch(`https://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ purge_everything: true }),
}).then((r) => r.json()).then((j) => console.log(j.success ? 'välimuisti tyhjennetty' : j.errors));
""", rand_pw(40, "-_"), zone=hexs(32))

add("javascript/decoy-analytics-ids", "web/kampanja/src/analytics.js", "https://developers.google.com/tag-platform/gtagjs/install", """
// Julkiset mittaustunnisteet (näkyvät kaikille sivun lähdekoodissa)
export const GA_MEASUREMENT_ID = 'G-@@ga@@';
export const META_PIXEL_ID = '@@px@@';
export const HOTJAR_SITE_ID = 3920417;

export function init() {
  window.dataLayer = window.dataLayer || [];
  function gtag() { window.dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', GA_MEASUREMENT_ID, { anonymize_ip: true });
}
""", ga=upper_alnum(10), px=str(random.Random(_seed()).randint(10**14, 10**15)))

add("javascript/mailgun-api-key", "web/kampanja/functions/tarjouspyynto.js", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
// Netlify function: kampanjasivun tarjouspyyntö sähköpostiin
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mg = new Mailgun(formData).client({ username: 'api', key: '@@secret@@', url: 'https://api.eu.mailgun.net' });

exports.handler = async (event) => {
  const d = JSON.parse(event.body);
  await mg.messages.create('mg.kaihdinpro.fi', {
    from: 'Kampanja <kampanja@mg.kaihdinpro.fi>',
    to: ['myynti@kaihdinpro.fi'],
    subject: `Tarjouspyyntö: ${d.tuote}`,
    text: `${d.nimi}, ${d.puhelin}, ${d.postinro}`,
  });
  return { statusCode: 204 };
};
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("go/decoy-config-struct", "services/scheduler/config.go", "https://pkg.go.dev/github.com/kelseyhightower/envconfig", """
package scheduler

// Config is read from the environment (envconfig), never from files in the repo.
type Config struct {
	DatabaseURL  string `envconfig:"DATABASE_URL" required:"true"`
	TahomaToken  string `envconfig:"TAHOMA_TOKEN"`
	SMTPPassword string `envconfig:"SMTP_PASSWORD" required:"true"`
	SlotMinutes  int    `envconfig:"SLOT_MINUTES" default:"120"`
}
""")

add("go/redis-password", "services/notifier/main.go", "https://redis.uptrace.dev/guide/go-redis.html", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "redis.kaihdinpro.internal:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatal(err)
	}
	log.Println("notifier: odotetaan asennusmuutoksia")
}
""", fakes.redis_password(_seed()))

add("java/decoy-password-encoder-test", "laskutus/src/test/java/fi/kaihdinpro/laskutus/HashTest.java", "https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html", """
package fi.kaihdinpro.laskutus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class HashTest {
    @Test
    void matchesKnownHash() {
        var enc = new BCryptPasswordEncoder();
        assertTrue(enc.matches("salasana", "@@h@@"));
    }
}
""", h=bcrypt_hash())

add("java/ftp-password", "laskutus/src/main/java/fi/kaihdinpro/laskutus/TehdasSftp.java", "http://www.jcraft.com/jsch/", """
package fi.kaihdinpro.laskutus;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class TehdasSftp {
    public void laheta(String polku) throws Exception {
        Session s = new JSch().getSession("kaihdinpro", "sftp.markiisitehdas.fi", 22);
        s.setPassword("@@secret@@");
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect();
        ChannelSftp c = (ChannelSftp) s.openChannel("sftp");
        c.connect();
        c.put(polku, "/tilaukset/in/");
        c.disconnect();
        s.disconnect();
    }
}
""", words_pw())

add("csharp/decoy-user-secrets", "Varasto/Varasto.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();
else
    builder.Configuration.AddAzureKeyVault(new Uri("https://kv-kaihdinpro.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());

builder.Services.AddDbContext<VarastoDb>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Varasto")));
var app = builder.Build();
app.MapGet("/hyllyt", (VarastoDb db) => db.Hyllyt.ToList());
app.Run();
""")

add("csharp/sendgrid-api-key", "Varasto/Varasto.Worker/Halytys.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Varasto.Worker;

public class Halytys
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task LahetaAsync(string tuote, int saldo) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("varasto@kaihdinpro.fi"), new EmailAddress("hankinta@kaihdinpro.fi"),
            $"Saldo alhainen: {tuote}", $"Saldo {saldo} kpl", null));
}
""", sendgrid_key())

add("ruby/decoy-fastlane-env", "AsentajaIOS/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: ENV["ASC_KEY_ID"],
      issuer_id: ENV["ASC_ISSUER_ID"],
      key_content: ENV["ASC_KEY_P8"],
      is_key_content_base64: true
    )
    build_app(scheme: "AsentajaIOS")
    upload_to_testflight(api_key: api_key)
  end
end
""")

add("ruby/app-store-connect-key", "AsentajaIOS/fastlane/asc_key.rb", "https://docs.fastlane.tools/app-store-connect-api/", """
# Väliaikainen: CI:n ympäristömuuttujat rikki, käytetään tätä (Tiina 4/2024)
ASC_API_KEY = app_store_connect_api_key(
  key_id: "@@kid@@",
  issuer_id: "@@iss@@",
  key_content: "@@kc@@",
  in_house: false
)
""", (p8 := pem("")).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").split("\n")[2], kid=upper_alnum(10), iss=uuid_s(), kc=p8.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"))

add("rust/decoy-test-constants", "tuulivahti/src/tests.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", """
#[cfg(test)]
mod tests {
    use super::*;

    const TEST_BROKER: &str = "localhost";
    const TEST_PASSWORD: &str = "test";

    #[test]
    fn raja_ylittyy() {
        assert!(ylittaa(9.4, 9.0));
        assert!(!ylittaa(8.9, 9.0));
    }
}
""")

add("rust/somfy-tahoma-token", "tuulivahti/src/tahoma.rs", "https://github.com/Somfy-Developer/Somfy-TaHoma-Developer-Mode", """
use reqwest::blocking::Client;
use serde_json::json;

const GATEWAY: &str = "https://gateway-0811-2297-5564.local:8443/enduser-mobile-web/1/enduserAPI";
const TOKEN: &str = "@@secret@@";

pub fn markiisit_sisaan(client: &Client) -> reqwest::Result<()> {
    let body = json!({"label": "tuulivahti", "actions": [{"deviceURL": "io://0811-2297-5564/*", "commands": [{"name": "close"}]}]});
    client.post(format!("{GATEWAY}/exec/apply")).bearer_auth(TOKEN).json(&body).send()?.error_for_status()?;
    Ok(())
}
""", hexs(20))

add("swift/decoy-keychain", "AsentajaIOS/AsentajaIOS/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security
import Foundation

enum TokenStore {
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: "fi.kaihdinpro.asentaja.token",
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("swift/basic-auth-password", "AsentajaIOS/AsentajaIOS/LegacyAPI.swift", "https://datatracker.ietf.org/doc/html/rfc7617", """
import Foundation

// Vanha tilausjärjestelmän API (PHP), poistuu 2025
struct LegacyAPI {
    static let base = URL(string: "https://vanha.kaihdinpro.fi/api/")!
    static let authHeader = "Basic @@basic@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue(authHeader, forHTTPHeaderField: "Authorization")
        return r
    }
}
""", (lp := words_pw()), basic=b64("tabletti:" + lp))

# ---------------------------------------------------------------- devices, network, last docs

add("ini/wireguard-private-key", "it/vpn/wg-asentajat.conf", "https://www.wireguard.com/quickstart/", """
# Asentajien VPN (tabletit -> toimiston NAS ja varasto)
[Interface]
PrivateKey = @@secret@@
Address = 10.66.0.1/24
ListenPort = 51820

[Peer]
# tabletti-07 (Antti)
PublicKey = @@pub@@
AllowedIPs = 10.66.0.17/32
""", b64(rand_pw(32))[:43] + "=", pub=b64(rand_pw(32))[:43] + "=")

add("ini/decoy-wireguard-peer", "it/vpn/wg-tabletti-template.conf", "https://www.wireguard.com/quickstart/", """
# Pohja uudelle tabletille: PrivateKey generoidaan tabletilla (wg genkey), ei koskaan tänne
[Interface]
PrivateKey = <tabletin oma avain>
Address = 10.66.0.XX/32
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.kaihdinpro.fi:51820
AllowedIPs = 10.66.0.0/24, 10.10.0.0/24
""", pub=b64(rand_pw(32))[:43] + "=")

add("yaml/camera-rtsp-password", "it/frigate/config.yml", "https://docs.frigate.video/configuration/cameras/", """
# Varaston valvontakamerat (Frigate NVR, nas01)
mqtt:
  enabled: false
cameras:
  varasto_ovi:
    ffmpeg:
      inputs:
        - path: rtsp://nvr:@@secret@@@10.10.0.61:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  lastauslaituri:
    ffmpeg:
      inputs:
        - path: rtsp://nvr:@@secret@@@10.10.0.62:554/Streaming/Channels/101
          roles: [detect, record]
""", rand_pw(14))

add("yaml/decoy-frigate-env", "it/frigate/config.example.yml", "https://docs.frigate.video/configuration/reference/", """
cameras:
  varasto_ovi:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.10.0.61:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: true
  retain:
    days: 14
""")

add("conf/decoy-mosquitto-passwd-hash", "it/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
tuulivahti:$7$101$@@s1@@$@@h1@@==
showroom:$7$101$@@s2@@$@@h2@@==
homeassistant:$7$101$@@s3@@$@@h3@@==
asentaja-app:$7$101$@@s4@@$@@h4@@==
nodered:$7$101$@@s5@@$@@h5@@==
""", s1=rand_pw(16, "+/"), h1=rand_pw(86, "+/"), s2=rand_pw(16, "+/"), h2=rand_pw(86, "+/"), s3=rand_pw(16, "+/"),
    h3=rand_pw(86, "+/"), s4=rand_pw(16, "+/"), h4=rand_pw(86, "+/"), s5=rand_pw(16, "+/"), h5=rand_pw(86, "+/"))

add("conf/openvpn-static-key", "it/vpn/legacy/ta.key", "https://openvpn.net/community-resources/hardening-openvpn-security/", """
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
@@secret@@
-----END OpenVPN Static key V1-----
""", "\n".join(hexs(32) for _ in range(16)))

add("shell/router-admin-password", "it/scripts/varmuuskopioi_reititin.sh", "https://help.mikrotik.com/docs/display/ROS/SSH", """
#!/bin/bash
# MikroTik-reitittimen (varasto) konfiguraation varmuuskopio viikoittain
ROUTER=10.20.0.1
sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$ROUTER "/export file=varmuus"
sshpass -p '@@secret@@' scp admin@$ROUTER:/varmuus.rsc "/srv/varmuus/mikrotik-$(date +%F).rsc"
""", words_pw())

add("shell/decoy-ssh-fingerprint", "it/scripts/known_hosts_lisaa.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# Lisää palvelimien avaimet known_hostsiin; tarkista sormenjäljet alta ennen hyväksyntää
# app01: SHA256:@@f1@@
# db01:  SHA256:@@f2@@
for h in app01.kaihdinpro.fi db01.kaihdinpro.fi; do
  ssh-keyscan -t ed25519 "$h" >> ~/.ssh/known_hosts
done
ssh-keygen -lf ~/.ssh/known_hosts
""", f1=rand_pw(43, "+/"), f2=rand_pw(43, "+/"))

add("markdown/alarm-panel-code", "docs/wiki/varasto-halytys.md", "https://www.ajax.systems/", """
# Varaston hälytysjärjestelmä (Ajax)

- Hälytyskeskus: Ajax Hub 2, sovellus "Ajax Security" (tili: varasto@kaihdinpro.fi)
- Sovelluksen salasana: `@@secret@@`
- Näppäimistön koodit on jaettu henkilökohtaisesti (älä kirjoita tänne)
- Vartiointi: Turvatiimi, hälytykset 24/7 → päivystäjä 040 555 0199

Aamulla ensimmäinen purkaa hälytyksen, viimeinen kytkee klo 17 jälkeen.
""", words_pw())

add("markdown/decoy-vendor-contacts", "docs/wiki/toimittajat.md", "https://www.makeareadme.com/", """
# Toimittajat ja yhteyshenkilöt

| Toimittaja | Tuotteet | Asiakasnumero | Yhteys |
|---|---|---|---|
| Lamellitehdas Oy | sälekaihtimet, rullaverhot | 40118 | Marko, 040 123 4567 |
| Markiisitehdas Oy | markiisit | KP-2209 | tilaukset@markiisitehdas.fi |
| Somfy Nordic | moottorit, TaHoma | 7730012 | partner-portaali |
| Velux Suomi | ikkunamarkiisit | 661204 | myynti.fi@velux.com |

Y-tunnuksemme tilauksiin: 2931187-4. Laskutusosoite (verkkolasku): 003729311874.
""")

add("markdown/netvisor-api-key", "docs/integraatiot/netvisor.md", "https://support.netvisor.fi/en/support/solutions/articles/77000466839", """
# Netvisor-rajapinta

Myyntilaskut siirtyvät tilausjärjestelmästä Netvisoriin joka yö klo 02.

Tunnisteet (rajapintatunnukset, Netvisor → Ohjelmistopalvelut → Rajapinta):

- CustomerId: `KAIHP_8812`
- CustomerKey: `@@secret@@`
- PartnerId: `Kai_4417`
- Organisaatio: 2931187-4

Jos siirto kaatuu virheeseen `AUTHENTICATION_FAILED`, avain on vanhentunut: pyydä uusi talouspäälliköltä.
""", hexs(32).upper())

add("markdown/decoy-postman-guide", "docs/api/postman.md", "https://learning.postman.com/docs/sending-requests/variables/variables/", """
# API:n testaus Postmanilla

1. Tuo kokoelma `docs/api/kaihdinpro.postman_collection.json`.
2. Luo ympäristö "KaihdinPro dev" ja aseta muuttujat:
   - `baseUrl` = `http://localhost:8000/v2`
   - `apiKey` = oma kehitysavaimesi (`python manage.py luo_api_avain --dev`)
3. Otsake kaikissa pyynnöissä: `Authorization: Bearer {{apiKey}}`

Tuotannon avaimia ei käytetä Postmanissa.
""")

add("markdown/gitlab-token", "docs/wiki/ci-runner.md", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
# GitLab-runner (asentaja-app)

Runner pyörii build01:llä (macOS, iOS-buildit). Rekisteröinti uudelleen:

```bash
gitlab-runner register --url https://gitlab.com --token glrt-<rekisteröintitunniste>
```

Riippuvuuksien peilaukseen käytetään henkilökohtaista tokenia (Tiina):

    GITLAB_TOKEN=@@secret@@

Vaihda tämä ryhmätokeniin ennen kuin Tiina lähtee lomalle.
""", gitlab_token())

add("env/hetzner-token", "infra/hetzner/.envrc", "https://docs.hetzner.cloud/#authentication", """
# direnv: hcloud-komentoriville ja terraformille
export HCLOUD_TOKEN=@@secret@@
export TF_VAR_location=hel1
export TF_VAR_ssh_key=ops-2024
export TF_VAR_server_type=cx22
""", rand_pw(64))

add("env/decoy-direnv-op", "infra/aws/.envrc", "https://developer.1password.com/docs/cli/reference/commands/read/", """
# direnv: avaimet 1Passwordista, ei levylle
export AWS_ACCESS_KEY_ID=$(op read "op://IT/aws-terraform/access key id")
export AWS_SECRET_ACCESS_KEY=$(op read "op://IT/aws-terraform/secret access key")
export AWS_REGION=eu-north-1
export TF_VAR_bucket_name=kaihdinpro-mittaukset
""")

add("env/digitalocean-token", "web/kampanja/.env.deploy", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
# kampanjasivujen deploy (doctl)
DIGITALOCEAN_ACCESS_TOKEN=@@secret@@
DO_APP_ID=@@app@@
DEPLOY_BRANCH=kampanja-kevat
DEPLOY_REGION=ams3
""", do_token(), app=uuid_s())

add("env/decoy-test-env", "api/.env.test", "https://vitest.dev/guide/features.html#environment-variables", """
NODE_ENV=test
DATABASE_URL=postgres://test:test@localhost:55432/api_test
STRIPE_SECRET_KEY=sk_test_dummy
PAYTRAIL_ACCOUNT=375917
PAYTRAIL_SECRET=SAIPPUAKAUPPIAS
TAHOMA_TOKEN=0000000000
""")

add("yaml/slack-bot-token", "botit/config/varasto.yaml", "https://api.slack.com/authentication/token-types#bot", """
slack:
  bot_token: @@secret@@
  channel: "#varasto"
rajat:
  RV-PIM-001: 10
  SK-25-AL: 20
  MK-TER-400: 2
""", f"xoxb-{random.Random(_seed()).randint(10**10, 10**11)}-{random.Random(_seed()).randint(10**12, 10**13)}-{rand_pw(24)}")

add("yaml/decoy-helm-values", "k8s/charts/tilaus/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: ghcr.io/kaihdinpro/tilaus
  tag: "2024.05.2"
  digest: sha256:@@d@@
existingSecret: tilaus-secrets
env:
  DJANGO_SETTINGS_MODULE: kaihdin.settings.prod
  PAYTRAIL_ACCOUNT: "695874"
resources:
  limits:
    memory: 512Mi
""", d=sha256ish())

add("github-actions/aws-secret-key", ".github/workflows/mittakuvat-sync.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: mittakuvat sync
on:
  schedule:
    - cron: "30 3 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-north-1
      - run: aws s3 sync s3://kaihdinpro-mittaukset/2024/ s3://kaihdinpro-arkisto/mittakuvat/2024/
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
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
          role-to-assume: arn:aws:iam::318427650914:role/github-terraform
          aws-region: eu-north-1
      - run: terraform -chdir=infra/aws init && terraform -chdir=infra/aws plan
""")

add("python/private-key", "laskutus_py/finvoice_allekirjoitus.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", """
# Finvoice-verkkolaskujen allekirjoitus (pankin vaatima), avain upotettu väliaikaisesti
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

AVAIN = b\"\"\"@@secret@@\"\"\"

_key = serialization.load_pem_private_key(AVAIN, password=None)


def allekirjoita(xml: bytes) -> bytes:
    return _key.sign(xml, padding.PKCS1v15(), hashes.SHA256())
""", pem())

add("python/decoy-public-key", "laskutus_py/pankki_julkinen.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", """
# Pankin julkinen avain vastausten tarkistukseen (julkaistu pankin sivuilla)
from cryptography.hazmat.primitives import serialization

PANKKI_PUB = b\"\"\"-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
-----END PUBLIC KEY-----\"\"\"

pankki_avain = serialization.load_pem_public_key(PANKKI_PUB)
""", l1=rand_pw(64, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(40, "+/") + "IDAQAB")

add("php/pipedrive-api-token", "wp-content/plugins/kaihdin-sync/includes/liidi.php", "https://pipedrive.readme.io/docs/how-to-find-the-api-token", """
<?php
// Yhteydenottolomake -> Pipedrive-liidi
add_action( 'wpcf7_mail_sent', function ( $form ) {
    $data = WPCF7_Submission::get_instance()->get_posted_data();
    wp_remote_post( 'https://kaihdinpro.pipedrive.com/api/v1/leads?api_token=@@secret@@', array(
        'headers' => array( 'Content-Type' => 'application/json' ),
        'body'    => wp_json_encode( array( 'title' => 'Verkkolomake: ' . $data['tuote'] ) ),
    ) );
} );
""", hexs(40))

add("php/decoy-wp-config-env", "web/bedrock/config/application.php", "https://roots.io/bedrock/docs/environment-variables/", """
<?php
use Roots\\WPConfig\\Config;
use function Env\\env;

Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD'));
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');
Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('WP_HOME', env('WP_HOME'));
Config::apply();
""")

add("csv/decoy-motor-serials", "exports/moottorit_takuu.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sarjanumero;malli;asennettu;kohde;rts_osoite;takuu_paattyy
5123456A01;Somfy RS100 io;2023-04-12;Virtanen 33100;-;2028-04-12
5123457B14;Somfy Sonesse 40 RTS;2023-05-03;As Oy Koivurinne;@@a1@@;2028-05-03
5123461C07;Somfy RS100 io;2023-09-14;As Oy Koivurinne;-;2028-09-14
MB-@@m1@@;Motionblinds CMD-01;2024-01-22;As Oy Laituri;-;2026-01-22
""", a1=hexs(6).upper(), m1=hexs(12).upper())

add("csv/smtp-password", "exports/sahkopostitilit_siirto.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
tili;palvelin;portti;kayttaja;salasana;huom
varaukset;smtp.office365.com;587;varaukset@kaihdinpro.fi;siirretty;M365
laskut;smtp.kaihdinpro.fi;587;laskut@kaihdinpro.fi;@@secret@@;vanha Zone.fi-palvelin
kampanja;smtp.eu.mailgun.org;587;postmaster@mg.kaihdinpro.fi;Key Vault;Mailgun
tuki;smtp.office365.com;587;tuki@kaihdinpro.fi;siirretty;M365
""", words_pw())

add("log/decoy-request-ids", "logs/api-access-2024-05-15.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.66.0.17 - - [15/May/2024:07:41:02 +0300] "GET /v2/asennukset?paiva=2024-05-15 HTTP/1.1" 200 4411 "-" "Asentaja/4.1.2" rid=@@r1@@
10.66.0.17 - - [15/May/2024:07:41:09 +0300] "POST /v2/asennukset/@@u1@@/kuittaus HTTP/1.1" 204 0 "-" "Asentaja/4.1.2" rid=@@r2@@
10.66.0.22 - - [15/May/2024:07:55:31 +0300] "GET /v2/asennukset?paiva=2024-05-15 HTTP/1.1" 401 38 "-" "Asentaja/4.0.9" rid=@@r3@@
10.66.0.22 - - [15/May/2024:07:55:40 +0300] "POST /v2/kirjaudu HTTP/1.1" 200 912 "-" "Asentaja/4.0.9" rid=@@r4@@
10.66.0.22 - - [15/May/2024:07:55:44 +0300] "GET /v2/asennukset?paiva=2024-05-15 HTTP/1.1" 200 3980 "-" "Asentaja/4.0.9" rid=@@r5@@
""", r1=hexs(32), u1=uuid_s(), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("log/github-token", "logs/ci-build-1412.log", "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs", """
2024-05-16T10:02:11.4412Z ##[group]Run git clone kaihdinmitat
2024-05-16T10:02:11.4420Z + git clone https://x-access-token:@@secret@@@github.com/kaihdinpro/kaihdinmitat.git vendor/kaihdinmitat
2024-05-16T10:02:12.9031Z Cloning into 'vendor/kaihdinmitat'...
2024-05-16T10:02:13.5520Z ##[endgroup]
2024-05-16T10:02:13.5601Z Run pip install -e vendor/kaihdinmitat
""", fakes.fake("ghs_", 36, _seed()))

# ---------------------------------------------------------------- last group

add("k8s-secret/redis-password", "k8s/prod/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: kaihdin-prod
  labels:
    app.kubernetes.io/part-of: tilaus
type: Opaque
data:
  redis-password: @@enc@@
""", (rp := fakes.redis_password(_seed())), enc=b64(rp))

add("markdown/klarna-api-password", "docs/integraatiot/klarna-kokeilu.md", "https://docs.klarna.com/api/authentication/", """
# Klarna-kokeilu (osamaksu markiiseille), syksy 2023

Kokeilu lopetettiin 12/2023, mutta tili on vielä auki.

```bash
curl -u 'PK81442_@@uid@@:@@secret@@' \\
  https://api.klarna.com/payments/v1/sessions \\
  -H 'Content-Type: application/json' -d @sessio.json
```

Merchant portal: portal.klarna.com (talous@kaihdinpro.fi).
""", "klarna_live_api_" + rand_pw(40), uid=hexs(12))

add("markdown/decoy-finnish-example-password", "docs/asennusohjeet/tabletin-kayttoonotto.md", "https://support.google.com/android/answer/9079129", """
# Asentajan tabletin käyttöönotto

1. Käynnistä tabletti ja valitse kieli *Suomi*.
2. Yhdistä verkkoon **KaihdinPro-Asentajat** (salasana saat esimieheltä).
3. Kirjaudu Asentaja-sovellukseen omalla AD-tunnuksellasi (muotoa `etunimi.sukunimi`).
4. Aseta PIN-koodi, esimerkiksi *ei* `1234` tai `0000` – valitse oma.
5. Salli sijainti ja kamera (mittakuvat).

Jos unohdat salasanan, IT nollaa sen: it@kaihdinpro.fi.
""")

add("toml/smtp-password", "muistutukset/asetukset.toml", "https://toml.io/en/v1.0.0", """
[sms]
palvelu = "twilio"
lahettaja = "KaihdinPro"

[smtp]
palvelin = "smtp.kaihdinpro.fi"
portti = 587
kayttaja = "muistutus@kaihdinpro.fi"
salasana = "@@secret@@"
""", words_pw())

add("json/aws-secret-key", "tools/mittakuva-uploader/appsettings.json", "https://docs.aws.amazon.com/sdk-for-net/v3/developer-guide/creds-assign.html", """
{
  "Upload": {
    "Bucket": "kaihdinpro-mittaukset",
    "Region": "eu-north-1",
    "AccessKeyId": "@@kid@@",
    "SecretAccessKey": "@@secret@@",
    "Prefix": "2024/"
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/pypi-token", "kaihdinmitat/.env.release", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# kaihdinmitat-kirjaston julkaisu: source .env.release && twine upload dist/*
TWINE_USERNAME=__token__
TWINE_PASSWORD=@@secret@@
TWINE_NON_INTERACTIVE=1
TWINE_REPOSITORY_URL=https://upload.pypi.org/legacy/
""", fakes.pypi_token(_seed()))

add("env/mailchimp-api-key", "web/kampanja/.env.production", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
PUBLIC_SITE_URL=https://kevat.kaihdinpro.fi
PUBLIC_STRIPE_KEY=@@pk@@
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_LIST_ID=4f8a1c2d9e
# kampanja päättyy 31.5. -> poista Mailchimp-lomake
""", mailchimp_key(), pk=stripe_key("pk_live_"))

add("yaml/ldap-password", "it/nextcloud/ldap.yaml", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", """
# occ ldap:set-config s01 ... (Nextcloud, asennusdokumentit)
ldapHost: ldaps://dc01.kaihdinpro.local
ldapPort: 636
ldapAgentName: CN=svc-nextcloud,OU=Palvelut,DC=kaihdinpro,DC=local
ldapAgentPassword: "@@secret@@"
ldapBase: DC=kaihdinpro,DC=local
ldapUserFilter: (&(objectClass=user)(memberOf=CN=Nextcloud,OU=Ryhmat,DC=kaihdinpro,DC=local))
""", words_pw())

add("kotlin/decoy-feature-flags", "asentaja-app/app/src/main/java/fi/kaihdinpro/asentaja/Flags.kt", "https://developer.android.com/kotlin", """
package fi.kaihdinpro.asentaja

object Flags {
    const val MITTAKUVA_MAX_KB = 2048
    const val KUITTAUS_TOKEN_HEADER = "X-Kuittaus-Token"
    const val API_KEY_PREFS = "api_key_encrypted"
    const val SENTRY_DSN_RESOURCE = "sentry_dsn"
    val TUOTTEET = listOf("RV-PIM-001", "SK-25-AL", "PL-HC-210", "MK-TER-400")
}
""")

add("powershell/velux-cloud-password", "it/ps/Velux-Raportti.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """
# Toimiston Velux Active -anturit: CO2 ja lämpötila viikkoraporttiin
$body = @{ grant_type = 'password'; username = 'toimisto@kaihdinpro.fi'; password = '@@secret@@';
           client_id = 'kaihdinpro-raportti' }
$token = (Invoke-RestMethod -Method Post -Uri 'https://app.velux-active.com/oauth2/token' -Body $body).access_token
$data = Invoke-RestMethod -Uri 'https://app.velux-active.com/api/homestatus' -Headers @{ Authorization = "Bearer $token" }
$data.body.home.modules | Select-Object id, type, co2, temperature | Export-Csv 'D:\\Raportit\\velux.csv' -NoTypeInformation
""", words_pw())
