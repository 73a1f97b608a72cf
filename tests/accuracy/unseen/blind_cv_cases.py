"""Blind set CV: credit unions and cooperative banks.

The teams of a credit union or a cooperative bank and their vendors' integrations: core banking
(Jack Henry Symitar SymXchange and jXchange, Fiserv DNA, Corelation KeyStone/KeyBridge), card
processors and issuing platforms (Co-op Solutions/PSCU, Marqeta, Lithic, Galileo, Visa and
Mastercard developer APIs, ISO 8583 switches), ACH and wire files (NACHA files, corporate credit
union and FinCEN SFTP drops, ISO 20022 pacs.008, Fedwire), fraud scoring (Alloy, Socure, Sardine,
SEON, Kount, Featurespace), member portals (Django, Node, ASP.NET home banking, Okta, Auth0,
Azure AD, Plaid, Twilio Verify, reCAPTCHA), regulatory reporting (NCUA 5300, BSA/CTR/SAR
batches, data warehouse jobs) and HSM configs (Thales payShield, Luna, AWS CloudHSM, PKCS#11),
as they are committed: Python, notebooks, YAML, JSON, XML, .properties, INI, TOML, .env, HCL,
nginx, systemd, crontabs, shell, PowerShell, C#, Java, Go, JavaScript/TypeScript, Dockerfiles,
compose files, Kubernetes, Helm, CI configs, Ansible, SQL, runbooks, device configs and keys;
with their decoys. Generated fakes only (seeds 930000-939999).
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
B64 = ALNUM + "+/"
_SEED = [930000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 930000 <= _SEED[0] < 940000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 930000 <= _SEED[0] < 940000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Teller", "Dividend", "Prairie", "Lakeshore", "Granite", "Summit", "Beacon",
         "Cedar", "Heritage", "Pioneer", "Keystone", "Cardinal", "Members", "Coop", "Vault", "Ledger",
         "Riverbend", "Falcon", "Orchard", "Willow"]
LOWER = ["river", "teller", "ledger", "pepper", "glacier", "violet", "anchor", "prairie", "ember",
         "saddle", "orchid", "walnut", "harvest", "lantern", "copper", "meadow", "tundra"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]


def human_pw() -> str:
    """The passwords people at a credit union really set: words, a season or year, a symbol."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 999))
    if form == 1:
        return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$@")
    if form == 2:
        return r.choice(WORDS) + str(r.randint(1, 99)) + r.choice("!#$%") + r.choice(WORDS).lower()
    return r.choice(WORDS) + r.choice(WORDS) + "#" + str(r.randint(1000, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return chars(86, B64) + "=="


def okta_token() -> str:
    return "00" + chars(40, ALNUM + "-_")


def auth0_secret() -> str:
    return chars(64, ALNUM + "-_")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24, ALNUM))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, ALNUM + '-_')}")


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def nuget_key() -> str:
    return "oy2" + chars(43, string.ascii_lowercase + string.digits)


def ado_pat() -> str:
    return chars(52, string.ascii_lowercase + "234567")


def jfrog_key() -> str:
    return "AKCp8" + chars(68, ALNUM)


def vault_token() -> str:
    return "hvs.CAESI" + chars(82, ALNUM + "_-")


def datadog_key() -> str:
    return hexs(32)


def confluent_secret() -> str:
    return chars(64, B64)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def jwt(payload: dict, sig_bytes: int = 32, alg: str = "HS256") -> str:
    r = _rng()
    header = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(bytes(r.getrandbits(8) for _ in range(sig_bytes)))
    return f"{header}.{body}.{sig}"


def paseto(payload: dict) -> str:
    r = _rng()
    body = json.dumps(payload, separators=(",", ":")).encode() + bytes(r.getrandbits(8) for _ in range(64))
    return "v2.public." + b64url(body)


def pem_body(lines: int, head: str = "", width: int = 64) -> str:
    r = _rng()
    text = head + "".join(r.choice(B64) for _ in range(lines * width - len(head)))
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def private_pem(kind: str = "RSA", lines: int = 12) -> str:
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    head = {"RSA": "MIIEow", "EC": "MHcCAQEE", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAA"}.get(kind, "")
    last = "\n" + chars(20, B64) + "=" if kind != "EC" else ""
    return f"-----BEGIN {label}-----\n{pem_body(lines, head, 70 if kind == 'OPENSSH' else 64)}{last}\n-----END {label}-----"


def pgp_private() -> str:
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG" + pem_body(14, "", 64)[6:]
            + "\n=" + chars(4, B64) + "\n-----END PGP PRIVATE KEY BLOCK-----")


def cert_pem(lines: int = 14) -> str:
    return f"-----BEGIN CERTIFICATE-----\n{pem_body(lines, 'MIID')}\n{chars(32, B64)}=\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        assert "@@" + key + "@@" in template, key
        template = template.replace("@@" + key + "@@", value)
    assert "@@" not in template, template[:120]
    return template.lstrip("\n")


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-cv/" + category, file_name, text, secret, source))

# ---------------------------------------------------------------- Python: core, card, fraud, ACH
_pw = human_pw()
add("python/symxchange", "integrations/symitar/symx_client.py", fill('''
"""Thin client for SymXchange (Episys) account inquiry used by the member portal back end."""
from __future__ import annotations

import logging

from requests import Session
from zeep import Client
from zeep.transports import Transport

log = logging.getLogger(__name__)

SYMX_WSDL = "https://symx.prod.lakeshorefcu.local:8443/SymXchange/2020.00/AccountService?wsdl"
DEVICE_NUMBER = 20417
DEVICE_TYPE = "PORTALAPI"
# SymXchange administrative credential for the portal device (rotated with Jack Henry ticket)
SYMX_ADMIN_PASSWORD = "@@pw@@"


def _client() -> Client:
    session = Session()
    session.verify = "/etc/pki/lakeshore/symx-ca.pem"
    return Client(SYMX_WSDL, transport=Transport(session=session, timeout=20))


def get_share_balances(account_number: str) -> list[dict]:
    client = _client()
    request = {
        "Credentials": {"AdministrativeCredentials": {"Password": SYMX_ADMIN_PASSWORD}},
        "DeviceInformation": {"DeviceNumber": DEVICE_NUMBER, "DeviceType": DEVICE_TYPE},
        "MessageId": "portal-share-inq",
        "AccountNumber": account_number,
        "BriefShareSelectableFields": {"IncludeAllShareFields": True},
    }
    response = client.service.getAccountSelectFields(Request=request)
    shares = response.Share or []
    log.debug("symx shares for ...%s: %d", account_number[-4:], len(shares))
    return [dict(id=s.Id, balance=s.Balance, desc=s.Description) for s in shares]
''', pw=_pw), _pw, "Jack Henry SymXchange developer guide (AdministrativeCredentials, DeviceInformation); zeep docs")

_pw = rand_pw(16, "!#")
add("python/jxchange", "svc/jx/jxchange.py", fill('''
import datetime as dt
import uuid

from zeep import Client
from zeep.wsse.username import UsernameToken

JX_URL = "https://jxtest.jackhenry.com/jxchange/2008/ServiceGateway/ServiceGateway.svc?wsdl"
INST_RT_ID = "291471024"          # our routing number (public)
INST_ENV = "TEST"
CONSUMER_NAME = "PrairieCUMobile"
CONSUMER_PROD = "MemberApp"

# jXchange WS-Security user issued by JH for the SilverLake test environment
JX_USER = "prairiecu_jx_svc"
JX_PASSWORD = "@@pw@@"


def msg_hdr() -> dict:
    return {
        "jXchangeHdr": {
            "AuditUsrId": "MOBILE",
            "AuditWsId": "APP01",
            "ConsumerName": CONSUMER_NAME,
            "ConsumerProd": CONSUMER_PROD,
            "jXLogTrackingId": str(uuid.uuid4()),
            "InstRtId": INST_RT_ID,
            "InstEnv": INST_ENV,
            "BusCorrelId": str(uuid.uuid4()),
            "ValidConsmName": CONSUMER_NAME,
            "ValidConsmProd": CONSUMER_PROD,
        }
    }


def acct_inq(acct_id: str, acct_type: str = "D"):
    client = Client(JX_URL, wsse=UsernameToken(JX_USER, JX_PASSWORD))
    return client.service.AcctInq(
        **msg_hdr(),
        InAcctId={"AcctId": acct_id, "AcctType": acct_type},
        IncXtendElemArray=[{"XtendElem": "x_DepInfoRec"}],
        AsOfDt=dt.date.today().isoformat(),
    )
''', pw=_pw), _pw, "Jack Henry jXchange developer documentation (jXchangeHdr, AcctInq); zeep WS-Security UsernameToken")

_sec = hexs(30)
add("python/plaid", "portal/linking/plaid_client.py", fill('''
"""Plaid Link for external account verification (ACH origination from the member portal)."""
import plaid
from plaid.api import plaid_api
from plaid.model.country_code import CountryCode
from plaid.model.link_token_create_request import LinkTokenCreateRequest
from plaid.model.link_token_create_request_user import LinkTokenCreateRequestUser
from plaid.model.products import Products

PLAID_CLIENT_ID = "@@cid@@"
PLAID_SECRET = "@@sec@@"  # production secret
PLAID_ENV = plaid.Environment.Production

configuration = plaid.Configuration(
    host=PLAID_ENV,
    api_key={"clientId": PLAID_CLIENT_ID, "secret": PLAID_SECRET, "plaidVersion": "2020-09-14"},
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


def create_link_token(member_id: str) -> str:
    request = LinkTokenCreateRequest(
        products=[Products("auth")],
        client_name="Heritage Valley FCU",
        country_codes=[CountryCode("US")],
        language="en",
        user=LinkTokenCreateRequestUser(client_user_id=member_id),
        webhook="https://portal.heritagevalleyfcu.org/hooks/plaid",
    )
    return client.link_token_create(request)["link_token"]
''', cid=hexs(24), sec=_sec), _sec, "Plaid API docs: quickstart (client_id, secret) and /link/token/create")

_tok, _sec = chars(32, ALNUM), chars(32, ALNUM)
add("python/alloy", "fraud/alloy_eval.py", fill('''
import base64
import logging

import requests

ALLOY_BASE = "https://api.alloy.co/v1"
# Workflow: "Membership Application - Consumer" (production)
WORKFLOW_TOKEN = "@@tok@@"
WORKFLOW_SECRET = "@@sec@@"

log = logging.getLogger("fraud.alloy")


def _auth_header() -> dict:
    raw = f"{WORKFLOW_TOKEN}:{WORKFLOW_SECRET}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def evaluate_applicant(app: dict) -> dict:
    payload = {
        "name_first": app["first_name"],
        "name_last": app["last_name"],
        "birth_date": app["dob"],
        "document_ssn": app["ssn"],
        "email_address": app["email"],
        "phone_number": app["phone"],
        "address_line_1": app["street"],
        "address_city": app["city"],
        "address_state": app["state"],
        "address_postal_code": app["zip"],
    }
    resp = requests.post(f"{ALLOY_BASE}/evaluations", json=payload, headers=_auth_header(), timeout=30)
    resp.raise_for_status()
    body = resp.json()
    log.info("alloy outcome=%s entity=%s", body["summary"]["outcome"], body.get("entity_token"))
    return body
''', tok=_tok, sec=_sec), _sec, "Alloy API reference: POST /evaluations with workflow token and secret (HTTP Basic)")

_key = uuid_s()
add("python/socure", "fraud/kyc/socure_client.py", fill('''
import requests

SOCURE_URL = "https://service.socure.com/api/3.0/EmailAuthScore"
SOCURE_API_KEY = "@@key@@"
MODULES = ["kyc", "fraud", "emailrisk", "phonerisk", "addressrisk", "decision"]


def score(applicant: dict) -> dict:
    headers = {
        "Authorization": f"SocureApiKey {SOCURE_API_KEY}",
        "Content-Type": "application/json",
    }
    body = {
        "modules": MODULES,
        "firstName": applicant["first"],
        "surName": applicant["last"],
        "dob": applicant["dob"],
        "nationalId": applicant["ssn"],
        "email": applicant["email"],
        "mobileNumber": applicant["phone"],
        "physicalAddress": applicant["street"],
        "city": applicant["city"],
        "state": applicant["state"],
        "zip": applicant["zip"],
        "country": "US",
        "customerUserId": applicant["app_id"],
    }
    r = requests.post(SOCURE_URL, json=body, headers=headers, timeout=15)
    r.raise_for_status()
    return r.json()
''', key=_key), _key, "Socure ID+ API docs: Authorization: SocureApiKey <key>")

_key = uuid_s()
add("python/lithic", "cards/issuing/lithic_setup.py", fill('''
"""One-off: create the debit card program's auth rules in Lithic (run from a jump host)."""
from lithic import Lithic

client = Lithic(
    api_key="@@key@@",
    environment="production",
)

rule = client.auth_rules.v2.create(
    type="CONDITIONAL_BLOCK",
    parameters={
        "conditions": [
            {"attribute": "MCC", "operation": "IS_ONE_OF", "value": ["7995", "6051", "4829"]},
        ]
    },
    program_level=True,
)
print("created", rule.token)

for card in client.cards.list(page_size=5):
    print(card.token, card.last_four, card.state)
''', key=_key), _key, "Lithic Python SDK README (Lithic(api_key=..., environment=...))")

_tok = uuid_s()
add("python/marqeta", "cards/marqeta/mq.py", fill('''
import requests
from requests.auth import HTTPBasicAuth

MQ_BASE = "https://cooperativebank-api.marqeta.com/v3"
APPLICATION_TOKEN = "@@app@@"
ADMIN_ACCESS_TOKEN = "@@tok@@"

session = requests.Session()
session.auth = HTTPBasicAuth(APPLICATION_TOKEN, ADMIN_ACCESS_TOKEN)
session.headers["Content-Type"] = "application/json"


def create_user(member: dict) -> str:
    r = session.post(f"{MQ_BASE}/users", json={
        "first_name": member["first"],
        "last_name": member["last"],
        "email": member["email"],
        "metadata": {"member_number": member["number"]},
    })
    r.raise_for_status()
    return r.json()["token"]


def issue_card(user_token: str, product_token: str) -> dict:
    r = session.post(f"{MQ_BASE}/cards?show_pan=false&show_cvv_number=false", json={
        "user_token": user_token,
        "card_product_token": product_token,
    })
    r.raise_for_status()
    return r.json()
''', app=uuid_s(), tok=_tok), _tok, "Marqeta Core API: authentication with application token and admin access token")

_key, _sec = chars(50, ALNUM), chars(50, ALNUM)
add("python/dwolla", "payments/a2a/dwolla_client.py", fill('''
import dwollav2

# Account-to-account transfers for the loan payment page
DWOLLA_KEY = "@@key@@"
DWOLLA_SECRET = "@@sec@@"

client = dwollav2.Client(key=DWOLLA_KEY, secret=DWOLLA_SECRET, environment="production")
app_token = client.Auth.client()

FUNDING_SOURCE_CU = "https://api.dwolla.com/funding-sources/5b29279d-6359-4c87-a318-e09095532733"


def pull_payment(member_source: str, amount: str, loan_id: str) -> str:
    transfer = app_token.post("transfers", {
        "_links": {
            "source": {"href": member_source},
            "destination": {"href": FUNDING_SOURCE_CU},
        },
        "amount": {"currency": "USD", "value": amount},
        "metadata": {"loanId": loan_id},
        "clearing": {"source": "standard"},
    })
    return transfer.headers["location"]
''', key=_key, sec=_sec), _sec, "Dwolla Python SDK (dwollav2.Client key/secret) and Transfers API")

_pw = human_pw()
add("python/sftp", "dags/ach_outbound_to_corporate.py", fill('''
"""Airflow DAG: push the day's ACH origination file to the corporate credit union."""
from datetime import datetime, timedelta

import paramiko
from airflow import DAG
from airflow.operators.python import PythonOperator

CORP_HOST = "sftp.catalystcorp-example.org"
CORP_USER = "cu68412_ach"
CORP_PASS = "@@pw@@"
REMOTE_DIR = "/inbound/ach"


def push_ach(ds_nodash: str, **_):
    local = f"/data/ach/out/ACH_{ds_nodash}.ach"
    transport = paramiko.Transport((CORP_HOST, 22))
    transport.connect(username=CORP_USER, password=CORP_PASS)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local, f"{REMOTE_DIR}/ACH_{ds_nodash}.ach")
    finally:
        sftp.close()
        transport.close()


with DAG(
    dag_id="ach_outbound_corporate",
    start_date=datetime(2024, 1, 2),
    schedule="30 16 * * 1-5",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["ach", "payments"],
) as dag:
    PythonOperator(task_id="push_ach", python_callable=push_ach)
''', pw=_pw), _pw, "Apache Airflow DAG docs; paramiko Transport/SFTPClient docs")

_key = fakes.django_secret_key(_seed())
add("python/django", "homebanking/homebanking/settings/production.py", fill('''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["online.cardinalcu.org", "www.cardinalcu.org"]

SECRET_KEY = "@@key@@"

CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 15 * 60  # FFIEC guidance: short idle timeout
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "homebanking",
        "USER": "hb_app",
        "HOST": "pg-hb.internal",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "verify-full"},
    }
}

LOGGING["root"]["level"] = "WARNING"  # noqa: F405
''', key=_key), _key, "Django deployment checklist (SECRET_KEY, secure cookies)")

_pin = passphrase()
add("python/pkcs11-pin", "hsm/tools/rotate_zpk.py", fill('''
#!/usr/bin/env python3
"""Generate a new zone PIN key on the Luna partition and print its KCV for the processor."""
import pkcs11
from pkcs11 import KeyType, Mechanism

LIB = "/usr/safenet/lunaclient/lib/libCryptoki2_64.so"
TOKEN_LABEL = "cu-payments-p1"
CO_PIN = "@@pin@@"

lib = pkcs11.lib(LIB)
token = lib.get_token(token_label=TOKEN_LABEL)

with token.open(user_pin=CO_PIN, rw=True) as session:
    key = session.generate_key(
        KeyType.DES3, 192,
        label="ZPK-COOP-2025",
        store=True,
        capabilities=pkcs11.MechanismFlag.ENCRYPT | pkcs11.MechanismFlag.DECRYPT,
    )
    kcv = key.encrypt(bytes(8), mechanism=Mechanism.DES3_ECB)[:3].hex().upper()
    print("ZPK-COOP-2025 KCV:", kcv)
''', pin=_pin), _pin, "python-pkcs11 docs (lib.get_token, token.open(user_pin=...)); Luna client library path")

_key = hexs(32)
add("python/seon", "fraud/seon_check.py", fill('''
import requests

SEON_URL = "https://api.seon.io/SeonRestService/fraud-api/v2/"
SEON_LICENSE_KEY = "@@key@@"


def check_login(event: dict) -> float:
    """Score a digital banking login; returns SEON fraud_score (0-100)."""
    payload = {
        "config": {"ip": {"include": "flags,history,id", "version": "v1"},
                   "email_api": True, "phone_api": True, "device_fingerprinting": True},
        "ip": event["ip"],
        "action_type": "login",
        "transaction_id": event["session_id"],
        "email": event.get("email"),
        "user_id": event["member_id"],
        "session": event.get("seon_session"),
    }
    r = requests.post(SEON_URL, json=payload, headers={"X-API-KEY": SEON_LICENSE_KEY}, timeout=5)
    r.raise_for_status()
    return r.json()["data"]["fraud_score"]
''', key=_key), _key, "SEON Fraud API reference (X-API-KEY license key)")

_tok = hexs(32)
add("python/twilio", "portal/mfa/otp.py", fill('''
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@tok@@"
VERIFY_SID = "VA@@vsid@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_code(phone: str, channel: str = "sms") -> str:
    verification = client.verify.v2.services(VERIFY_SID).verifications.create(to=phone, channel=channel)
    return verification.status


def check_code(phone: str, code: str) -> bool:
    check = client.verify.v2.services(VERIFY_SID).verification_checks.create(to=phone, code=code)
    return check.status == "approved"
''', sid=hexs(32), tok=_tok, vsid=hexs(32)), _tok, "Twilio Verify quickstart (Python)")

_pw = human_pw()
add("python/oracle", "reporting/dna_extract.py", fill('''
"""Nightly extract of loan delinquency from Fiserv DNA for the ALM vendor."""
import csv
import sys

import oracledb

conn = oracledb.connect(user="osiread", password="@@pw@@", dsn="dnaprod-scan.coopbank.local:1521/DNAPROD")

SQL = """
select a.acctnbr, a.mjaccttypcd, a.currmiacctypcd, a.notebal, a.daysdelinq
  from osibank.acctloan a
 where a.curracctstatcd = 'ACT'
   and a.daysdelinq >= :days
"""

with conn.cursor() as cur, open(sys.argv[1], "w", newline="") as out:
    cur.execute(SQL, days=30)
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cur.description])
    for row in cur:
        writer.writerow(row)
conn.close()
''', pw=_pw), _pw, "python-oracledb docs (oracledb.connect user/password/dsn); Fiserv DNA OSIBANK schema")

_key = rand_pw(12)
add("python/galileo", "cards/galileo/api.py", fill('''
import uuid

import requests

GALILEO_URL = "https://api-cu.galileo-ft.com/instant/v1"
API_LOGIN = "CoopBk-4471"
PROVIDER_ID = "4471"
API_TRANS_KEY = ("@@a@@"
                 "@@b@@")


def _base() -> dict:
    return {"apiLogin": API_LOGIN, "apiTransKey": API_TRANS_KEY, "providerId": PROVIDER_ID,
            "transactionId": str(uuid.uuid4())}


def get_balance(prn: str) -> dict:
    r = requests.post(f"{GALILEO_URL}/getBalance", data={**_base(), "accountNo": prn}, timeout=20)
    r.raise_for_status()
    return r.json()


def set_card_status(prn: str, status: str) -> dict:
    r = requests.post(f"{GALILEO_URL}/modifyStatus", data={**_base(), "accountNo": prn, "type": status}, timeout=20)
    r.raise_for_status()
    return r.json()
''', a=_key[:6], b=_key[6:]), _key, "Galileo Program API docs (apiLogin, apiTransKey, providerId, transactionId)")

_tok = paseto({"role": "org", "userId": "1472", "sub": "cooperative-bank@unit.co", "exp": "2026-03-01T00:00:00.000Z",
               "scope": "customers applications accounts payments"})
add("python/unit", "baas/unit_accounts.py", fill('''
import requests

UNIT_API = "https://api.s.unit.sh"
UNIT_TOKEN = "@@tok@@"

HEADERS = {
    "Authorization": f"Bearer {UNIT_TOKEN}",
    "Content-Type": "application/vnd.api+json",
}


def open_deposit_account(customer_id: str, product: str = "checking") -> str:
    body = {
        "data": {
            "type": "depositAccount",
            "attributes": {"depositProduct": product, "tags": {"channel": "youth-savings"}},
            "relationships": {"customer": {"data": {"type": "customer", "id": customer_id}}},
        }
    }
    r = requests.post(f"{UNIT_API}/accounts", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["id"]
''', tok=_tok), _tok, "Unit API docs: org API token as Bearer, application/vnd.api+json")

_pem = private_pem("RSA", 14)
add("python/docusign-rsa", "lending/esign/docusign_jwt.py", fill('''
"""DocuSign JWT grant for the loan closing envelopes."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "@@ik@@"
IMPERSONATED_USER = "@@user@@"
AUTH_SERVER = "account.docusign.com"

PRIVATE_KEY = b"""@@pem@@
"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name(AUTH_SERVER)
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY,
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.host = "https://na3.docusign.net/restapi"
    client.set_default_header("Authorization", "Bearer " + token.access_token)
    return client
''', ik=uuid_s(), user=uuid_s(), pem=_pem), _pem, "DocuSign eSignature Python SDK: JWT grant (request_jwt_user_token)")

_wh = teams_webhook("heritagevalleyfcu")
add("python/teams-webhook", "fraud/alerts/notify.py", fill('''
import requests

FRAUD_ALERTS_WEBHOOK = (
    "@@wh@@"
)


def post_alert(rule: str, member: str, amount: float, score: int) -> None:
    card = {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "themeColor": "C0392B",
        "summary": f"Fraud rule {rule}",
        "sections": [{
            "activityTitle": f"Rule {rule} fired",
            "facts": [
                {"name": "Member", "value": member},
                {"name": "Amount", "value": f"${amount:,.2f}"},
                {"name": "Score", "value": str(score)},
            ],
        }],
    }
    requests.post(FRAUD_ALERTS_WEBHOOK, json=card, timeout=10).raise_for_status()
''', wh=_wh), _wh, "Microsoft Teams incoming webhooks (MessageCard)")

# ---------------------------------------------------------------- Python decoys
add("python/decoy-env", "integrations/symitar/settings.py", fill('''
"""SymXchange settings, read from the environment (injected by the Vault agent)."""
import os

SYMX_WSDL = os.environ.get(
    "SYMX_WSDL", "https://symx.prod.lakeshorefcu.local:8443/SymXchange/2020.00/AccountService?wsdl")
DEVICE_NUMBER = int(os.environ.get("SYMX_DEVICE_NUMBER", "20417"))
DEVICE_TYPE = os.environ.get("SYMX_DEVICE_TYPE", "PORTALAPI")
SYMX_ADMIN_PASSWORD = os.environ["SYMX_ADMIN_PASSWORD"]
SYMX_CA_BUNDLE = os.environ.get("SYMX_CA_BUNDLE", "/etc/pki/lakeshore/symx-ca.pem")

PLAID_CLIENT_ID = os.getenv("PLAID_CLIENT_ID", "")
PLAID_SECRET = os.getenv("PLAID_SECRET", "")
PLAID_ENV = os.getenv("PLAID_ENV", "sandbox")

if not PLAID_SECRET and PLAID_ENV == "production":
    raise RuntimeError("PLAID_SECRET must be set in production")
''', ), None, "Twelve-factor config; SymXchange and Plaid setting names")

add("python/decoy-secret-store", "cards/processor/credentials.py", fill('''
"""Credentials for the card processor APIs, fetched from AWS Secrets Manager at start-up."""
import json
from functools import lru_cache

import boto3

SECRET_IDS = {
    "marqeta": "prod/cards/marqeta-admin",
    "lithic": "prod/cards/lithic-api-key",
    "coop-sftp": "prod/cards/coop-solutions-sftp",
}


@lru_cache(maxsize=None)
def secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name="us-east-2")
    value = client.get_secret_value(SecretId=SECRET_IDS[name])
    return json.loads(value["SecretString"])


def marqeta_auth() -> tuple[str, str]:
    s = secret("marqeta")
    return s["application_token"], s["admin_access_token"]


def lithic_key() -> str:
    return secret("lithic")["api_key"]
'''), None, "boto3 Secrets Manager get_secret_value docs")

add("python/decoy-test-fixture", "tests/fraud/conftest.py", fill('''
import pytest

# Fake credentials for the fraud client unit tests; the HTTP layer is mocked with responses.
FAKE_ALLOY_TOKEN = "test-workflow-token-not-real"
FAKE_ALLOY_SECRET = "test-workflow-secret-not-real"
FAKE_SOCURE_KEY = "00000000-0000-0000-0000-000000000000"
FAKE_SEON_KEY = "fake-seon-license-key"


@pytest.fixture
def alloy_env(monkeypatch):
    monkeypatch.setenv("ALLOY_WORKFLOW_TOKEN", FAKE_ALLOY_TOKEN)
    monkeypatch.setenv("ALLOY_WORKFLOW_SECRET", FAKE_ALLOY_SECRET)
    yield


@pytest.fixture
def socure_env(monkeypatch):
    monkeypatch.setenv("SOCURE_API_KEY", FAKE_SOCURE_KEY)
    yield


@pytest.fixture
def applicant():
    return {"first_name": "Test", "last_name": "Member", "dob": "1980-01-01", "ssn": "123456789",
            "email": "test.member@example.com", "phone": "+15555550100", "street": "1 Main St",
            "city": "Springfield", "state": "IL", "zip": "62701"}
'''), None, "pytest fixtures and monkeypatch docs")

add("python/decoy-hash", "portal/security/pin_policy.py", fill('''
"""Weak-PIN list for card PIN change (hashes only: the list itself is public, see NIST SP 800-63B)."""
import hashlib

# sha256 of the 20 most common 4-digit PINs; compared against sha256(pin) on change
WEAK_PIN_SHA256 = {
    "@@h1@@",
    "@@h2@@",
    "@@h3@@",
    "@@h4@@",
}

PIN_LENGTH = 4
MAX_ATTEMPTS = 3


def is_weak(pin: str) -> bool:
    return hashlib.sha256(pin.encode()).hexdigest() in WEAK_PIN_SHA256
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64)), None, "NIST SP 800-63B blocklists; hashlib docs")

add("python/decoy-placeholder", "scripts/ach/nacha_builder_example.py", fill('''
"""Example: build a NACHA PPD file with the ach library. Copy to nacha_builder.py and fill in."""
from ach.builder import AchFile

SETTINGS = {
    "immediate_dest": "071000301",          # Federal Reserve (public routing number)
    "immediate_org": "1234567890",
    "immediate_dest_name": "FRB CHICAGO",
    "immediate_org_name": "EXAMPLE CU",
    "company_id": "1234567890",
}

SFTP = {
    "host": "sftp.your-corporate-cu.example",
    "user": "<your-sftp-user>",
    "password": "<your-sftp-password>",
}

entries = [
    {"type": "22", "routing_number": "011000015", "account_number": "000123456789",
     "amount": "150.00", "name": "JANE DOE"},
]

ach_file = AchFile("A", SETTINGS)
ach_file.add_batch("PPD", entries, credits=True, debits=False)
print(ach_file.render_to_string())
'''), None, "ach (python) library README; NACHA file format")

# ---------------------------------------------------------------- Jupyter notebooks
def notebook(cells: List[tuple]) -> str:
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.strip("\n").split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "id": f"c{i:03d}", "metadata": {}, "source": source}
        if kind == "code":
            cell.update(execution_count=i + 1, outputs=[])
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1) + "\n"


_pw = human_pw()
add("jupyter/snowflake", "analytics/notebooks/card_fraud_losses_q3.ipynb", notebook([
    ("markdown", "# Q3 card fraud losses by MCC\nSource: Co-op Solutions fraud file loaded into Snowflake."),
    ("code", fill('''
import snowflake.connector
import pandas as pd

conn = snowflake.connector.connect(
    account="cooperativebank-east",
    user="ANALYST_RKELLER",
    password="@@pw@@",
    warehouse="ANALYTICS_WH",
    database="CARDS",
    schema="FRAUD",
)
''', pw=_pw)),
    ("code", "df = pd.read_sql(\"select mcc, sum(loss_amt) loss from fraud_claims where qtr='2024Q3' group by 1\", conn)\ndf.sort_values('LOSS', ascending=False).head(20)"),
]), _pw, "Snowflake Connector for Python docs; Jupyter nbformat 4")

_pw = rand_pw(14, "!$")
add("jupyter/mssql", "analytics/notebooks/member_attrition.ipynb", notebook([
    ("markdown", "## Member attrition model - feature pull from the ARCU warehouse"),
    ("code", fill('''
import pyodbc
import pandas as pd

cnx = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=dw-sql01.hvfcu.local;DATABASE=ARCU_DW;"
    "UID=svc_datasci;PWD=@@pw@@;TrustServerCertificate=yes"
)
members = pd.read_sql("select * from dbo.member_monthly where as_of >= '2023-01-01'", cnx)
members.shape
''', pw=_pw)),
    ("code", "features = members.groupby('member_nbr').agg(products=('product_cnt','max'), tenure=('tenure_mo','max'))\nfeatures.describe()"),
]), _pw, "pyodbc connection strings (ODBC Driver 18 for SQL Server)")

_sec = chars(32, ALNUM)
add("jupyter/alloy", "fraud/notebooks/alloy_threshold_tuning.ipynb", notebook([
    ("markdown", "# Alloy threshold tuning\nReplay last month's applications through the sandbox workflow."),
    ("code", fill('''
import requests, pandas as pd
TOKEN = "@@tok@@"
SECRET = "@@sec@@"
apps = pd.read_parquet("s3://hvfcu-fraud/apps/2024-09.parquet")
''', tok=chars(32, ALNUM), sec=_sec)),
    ("code", "res = [requests.post('https://sandbox.alloy.co/v1/evaluations', json=a, auth=(TOKEN, SECRET)).json() for a in apps.to_dict('records')[:200]]\npd.Series([r['summary']['outcome'] for r in res]).value_counts()"),
]), _sec, "Alloy sandbox evaluations; Jupyter nbformat 4")

add("jupyter/decoy-getpass", "analytics/notebooks/share_draft_overdrafts.ipynb", notebook([
    ("markdown", "# Share draft overdraft fees - NCUA 5300 schedule A cross-check"),
    ("code", '''
import getpass
import oracledb
import pandas as pd

conn = oracledb.connect(user="osiread", password=getpass.getpass("DNA password: "),
                        dsn="dnaprod-scan.coopbank.local:1521/DNAPROD")
'''),
    ("code", "fees = pd.read_sql(\"select trunc(postdate,'MM') m, sum(tranamt) from osibank.rtxn where rtxntypcd='ODFE' group by 1\", conn)\nfees.tail(12)"),
]), None, "Python getpass docs; python-oracledb")

# ---------------------------------------------------------------- YAML configs
_pw = human_pw()
add("yaml/jxchange", "core-gateway/src/main/resources/application-prod.yml", fill('''
server:
  port: 8443
  ssl:
    enabled: true
    key-store: file:/opt/core-gateway/tls/gateway.p12
    key-store-type: PKCS12

jxchange:
  endpoint: https://jx.jackhenry.com/jxchange/2008/ServiceGateway/ServiceGateway.svc
  inst-rt-id: "291471024"
  inst-env: PROD
  consumer-name: KeystoneCUGateway
  consumer-prod: CoreGateway
  audit-usr-id: GATEWAY
  username: keystonecu_jx_prod
  password: @@pw@@
  timeout: 30s

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus

logging:
  level:
    org.apache.cxf: WARN
    org.keystonecu.gateway: INFO
''', pw=_pw), _pw, "Spring Boot externalized configuration (application-{profile}.yml); jXchange header fields")

_sec = chars(40, ALNUM)
add("yaml/featurespace", "services/txn-monitor/config/aric.yaml", fill('''
# Featurespace ARIC Risk Hub connection for real-time card and ACH scoring
aric:
  base_url: https://coopbank.aric.featurespace.net/api/v2
  tenant: coopbank-prod
  oauth:
    token_url: https://coopbank.aric.featurespace.net/oauth/token
    client_id: txn-monitor
    client_secret: "@@sec@@"
  event_types:
    - card_authorisation
    - ach_origination
    - wire_outbound
  timeout_ms: 150
  fallback_decision: ALLOW_AND_REVIEW

kafka:
  bootstrap: kafka-1.payments.internal:9093,kafka-2.payments.internal:9093
  topic_in: auth-requests
  topic_out: auth-scores
''', sec=_sec), _sec, "Featurespace ARIC Risk Hub integration (OAuth2 client credentials); YAML config")

_sec = chars(40, ALNUM + "-_")
add("yaml/okta-client-secret", "member-portal/src/main/resources/application.yml", fill('''
spring:
  application:
    name: member-portal
  security:
    oauth2:
      client:
        registration:
          okta:
            client-id: 0oa8k2mzq1XyD4Hf5697
            client-secret: @@sec@@
            scope: openid, profile, email, offline_access
            authorization-grant-type: authorization_code
            redirect-uri: "{baseUrl}/login/oauth2/code/{registrationId}"
        provider:
          okta:
            issuer-uri: https://login.pioneercu.org/oauth2/default
  session:
    timeout: 15m

portal:
  branding: pioneer
  features:
    zelle: true
    bill-pay: true
    card-controls: true
''', sec=_sec), _sec, "Spring Security OAuth2 client with Okta (okta-spring-boot docs)")

_key, _sec = chars(16, string.ascii_uppercase + string.digits), confluent_secret()
add("yaml/confluent", "auth-stream/src/main/resources/application-cloud.yml", fill('''
spring:
  kafka:
    bootstrap-servers: pkc-4nym6.us-east-1.aws.confluent.cloud:9092
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      sasl.jaas.config: >-
        org.apache.kafka.common.security.plain.PlainLoginModule required
        username="@@key@@" password="@@sec@@";
      schema.registry.url: https://psrc-8kz20.us-east-2.aws.confluent.cloud
    consumer:
      group-id: card-auth-scoring
      auto-offset-reset: latest
    producer:
      acks: all

auth-stream:
  topics:
    requests: iso8583.auth.requests
    decisions: iso8583.auth.decisions
''', key=_key, sec=_sec), _sec, "Confluent Cloud client configuration for Spring Boot (SASL PLAIN with API key/secret)")

_sec = "6L" + chars(38, ALNUM + "-_")
add("yaml/recaptcha", "portal/config/enrollment.yaml", fill('''
# Online membership application / enrollment flow
enrollment:
  min_age: 18
  eligibility:
    - select_employer_group
    - live_work_worship_in_county
    - family_of_member
  captcha:
    provider: recaptcha-v3
    site_key: 6Lc@@site@@
    secret_key: @@sec@@
    min_score: 0.5
  id_verification: socure
  funding:
    methods: [ach_plaid, debit_card]
    min_share_deposit: 5.00
''', site=chars(37, ALNUM + "-_"), sec=_sec), _sec, "Google reCAPTCHA v3 docs (site key is public, secret key is not)")

_key = datadog_key()
add("yaml/datadog", "ops/datadog/datadog.yaml", fill('''
## Datadog Agent config on the Episys reporting host (RHEL 8)
api_key: @@key@@
site: datadoghq.com
hostname: episys-rpt01
tags:
  - env:prod
  - team:core-systems
  - cu:riverbendfcu

logs_enabled: true
process_config:
  process_collection:
    enabled: false

apm_config:
  enabled: false
''', key=_key), _key, "Datadog Agent datadog.yaml reference (api_key, site)")

_pw = human_pw()
add("yaml/keybridge", "keystone/keybridge-client/config/keybridge.yml", fill('''
# Corelation KeyStone - KeyBridge query client used by the loan origination connector
keybridge:
  host: keybridge.corelation.internal
  port: 42500
  tls: true
  ca_file: /etc/keybridge/corelation-ca.pem
  user: LOSCONN
  password: "@@pw@@"
  sequence_prefix: LOS
  pool_size: 4
queries:
  person_lookup: KB_PERSON_BY_TIN
  account_list: KB_ACCOUNTS_BY_PERSON
  loan_book: KB_LOAN_CREATE
''', pw=_pw), _pw, "Corelation KeyStone KeyBridge integration notes; YAML config")

_pw = rand_pw(20)
add("yaml/visa-developer", "cards/push-to-card/config/visa.yml", fill('''
visa:
  environment: production
  base_url: https://api.visa.com
  two_way_ssl:
    user_id: @@uid@@
    password: @@pw@@
    cert: /etc/visa/cert.pem
    key: /etc/visa/key.pem
    ca: /etc/visa/DigiCertGlobalRootCA.pem
  visa_direct:
    acquiring_bin: "408999"
    acquirer_country_code: "840"
    business_application_id: AA
    merchant_category_code: "6012"
''', uid=chars(32, string.ascii_uppercase + string.digits), pw=_pw), _pw, "Visa Developer two-way SSL (user ID and password); Visa Direct API")

add("yaml/decoy-env", "core-gateway/src/main/resources/application.yml", fill('''
jxchange:
  endpoint: ${JX_ENDPOINT:https://jxtest.jackhenry.com/jxchange/2008/ServiceGateway/ServiceGateway.svc}
  inst-rt-id: "291471024"
  inst-env: ${JX_ENV:TEST}
  consumer-name: KeystoneCUGateway
  consumer-prod: CoreGateway
  username: ${JX_USERNAME}
  password: ${JX_PASSWORD}

spring:
  datasource:
    url: jdbc:sqlserver://dw-sql01:1433;databaseName=gateway;encrypt=true
    username: ${DB_USER:gateway_app}
    password: ${DB_PASSWORD}
''', ), None, "Spring Boot property placeholders (${VAR:default})")

add("yaml/decoy-cipher", "config-repo/member-portal-prod.yml", fill('''
# Spring Cloud Config server repository: values are encrypted with the server's key
portal:
  okta:
    client-id: 0oa8k2mzq1XyD4Hf5697
    client-secret: '{cipher}@@c1@@'
  symx:
    device-number: 20417
    admin-password: '{cipher}@@c2@@'
  twilio:
    account-sid: AC@@sid@@
    auth-token: '{cipher}@@c3@@'
''', c1=hexs(160), c2=hexs(96), sid=hexs(32), c3=hexs(128)), None, "Spring Cloud Config: encryption and decryption ({cipher} values)")

add("yaml/decoy-sops", "deploy/secrets/fraud-prod.enc.yaml", fill('''
alloy:
    workflow_token: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    workflow_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418277116535:key/5f0d8a3c-2b7e-4c1e-9a0f-7d3b2c1e8f90
          created_at: "2024-08-14T15:02:11Z"
          enc: @@kms@@
          aws_profile: ""
    lastmodified: "2024-08-14T15:02:12Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@i3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', d1=chars(43, B64) + "=", i1=chars(43, B64) + "=", t1=chars(22, B64) + "==",
     d2=chars(43, B64) + "=", i2=chars(43, B64) + "=", t2=chars(22, B64) + "==",
     kms=chars(180, B64) + "==", mac=chars(86, B64) + "==", i3=chars(43, B64) + "=", t3=chars(22, B64) + "=="),
    None, "Mozilla SOPS encrypted file format")

add("yaml/decoy-secret-handle", "ops/datadog/conf.d/sqlserver.d/conf.yaml", fill('''
init_config:

instances:
  - host: dw-sql01.hvfcu.local,1433
    username: datadog
    password: ENC[sqlserver_datadog_password]
    connector: odbc
    driver: ODBC Driver 18 for SQL Server
    connection_string: "TrustServerCertificate=yes;"
    database_autodiscovery: true
    tags:
      - env:prod
      - role:warehouse
''', ), None, "Datadog Agent secrets management (ENC[] handles resolved by secret_backend_command)")

add("yaml/decoy-example", "api/openapi/member-accounts.yaml", fill('''
openapi: 3.0.3
info:
  title: Member Accounts API
  version: 1.4.0
  description: |
    Internal API for digital banking. Call it with an access token from the
    authorization server, e.g. `Authorization: Bearer <access-token>`.
servers:
  - url: https://api.internal.cardinalcu.org/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
paths:
  /members/{memberId}/shares:
    get:
      summary: List share accounts
      parameters:
        - name: memberId
          in: path
          required: true
          schema: {type: string, example: "M000123456"}
      responses:
        "200":
          description: OK
''', ), None, "OpenAPI 3.0 securitySchemes (bearer)")

# ---------------------------------------------------------------- JSON configs
_pw = human_pw()
add("json/mssql", "src/HomeBanking.Api/appsettings.Production.json", fill('''
{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "online.riverbendfcu.org",
  "ConnectionStrings": {
    "HomeBanking": "Server=tcp:hb-sql-prod.riverbend.local,1433;Database=HomeBanking;User ID=hb_api;Password=@@pw@@;Encrypt=True;TrustServerCertificate=False;",
    "Audit": "Server=tcp:hb-sql-prod.riverbend.local,1433;Database=HbAudit;Integrated Security=True;"
  },
  "SymXchange": {
    "BaseUrl": "https://symx.riverbend.local:8443/SymXchange/2020.00/",
    "DeviceNumber": 30112,
    "DeviceType": "HBAPI"
  },
  "Session": {
    "IdleTimeoutMinutes": 10
  }
}
''', pw=_pw), _pw, "ASP.NET Core configuration (appsettings.{Environment}.json, ConnectionStrings)")

_key = chars(40, ALNUM)
add("json/meridianlink", "lending/los-sync/appsettings.json", fill('''
{
  "MeridianLink": {
    "BaseUrl": "https://cu.loanspq.com/services/",
    "OrgCode": "HVFCU",
    "ApiUserId": "4f1c9a2e-los-sync",
    "ApiPassword": "@@key@@",
    "PollMinutes": 5,
    "Statuses": [ "APPROVED", "BOOKED", "DECLINED" ]
  },
  "Core": {
    "Type": "Symitar",
    "BookingQueue": "los-booking"
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "Console" } ]
  }
}
''', key=_key), _key, "MeridianLink LoansPQ API (API user and password); .NET appsettings.json")

_key = azure_storage_key()
add("json/azure-storage", "functions/RegReporting/local.settings.json", fill('''
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stregrptprod01;AccountKey=@@key@@;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "Ncua5300__OutputContainer": "callreport",
    "Ncua5300__CycleDate": "2024-09-30",
    "Bsa__CtrThreshold": "10000"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
''', key=_key), _key, "Azure Functions local.settings.json; Azure Storage connection strings")

_pw = rand_pw(16, "!@#")
add("postman/jxchange", "docs/postman/jXchange-TEST.postman_environment.json", fill('''
{
  "id": "@@id@@",
  "name": "jXchange TEST",
  "values": [
    { "key": "jx_url", "value": "https://jxtest.jackhenry.com/jxchange/2008/ServiceGateway/ServiceGateway.svc", "type": "default", "enabled": true },
    { "key": "inst_rt_id", "value": "291471024", "type": "default", "enabled": true },
    { "key": "jx_user", "value": "prairiecu_jx_svc", "type": "default", "enabled": true },
    { "key": "jx_password", "value": "@@pw@@", "type": "secret", "enabled": true },
    { "key": "consumer_name", "value": "PrairieCUMobile", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-06-03T14:22:51.318Z",
  "_postman_exported_using": "Postman/11.1.0"
}
''', id=uuid_s(), pw=_pw), _pw, "Postman environment export format")

_tok = okta_token()
add("json/okta-api-token", ".vscode/launch.json", fill('''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "member-sync (okta)",
      "type": "debugpy",
      "request": "launch",
      "module": "member_sync",
      "args": ["--dry-run", "--since", "2024-10-01"],
      "env": {
        "OKTA_ORG_URL": "https://pioneercu.okta.com",
        "OKTA_API_TOKEN": "@@tok@@",
        "SYMX_ENV": "test"
      },
      "justMyCode": true
    }
  ]
}
''', tok=_tok), _tok, "VS Code launch.json (env); Okta API token (SSWS)")

_pw = human_pw()
add("json/mastercard-p12", "cards/mdes/config/mastercard.json", fill('''
{
  "environment": "production",
  "baseUrl": "https://api.mastercard.com/mdes",
  "consumerKey": "@@ck@@!@@ck2@@",
  "signingKey": {
    "file": "/etc/mastercard/mdes-prod-signing.p12",
    "alias": "keyalias",
    "password": "@@pw@@"
  },
  "encryption": {
    "publicCert": "/etc/mastercard/mdes-encryption.crt",
    "fingerprint": "@@fp@@"
  },
  "tokenRequestorId": "50123197928"
}
''', ck=chars(48, ALNUM + "_-"), ck2=hexs(48), pw=_pw, fp=hexs(64)), _pw,
    "Mastercard Developers OAuth 1.0a signing (consumer key, PKCS#12 signing key and password)")

add("json/decoy-keyvault-ref", "src/HomeBanking.Api/appsettings.Staging.json", fill('''
{
  "ConnectionStrings": {
    "HomeBanking": "@Microsoft.KeyVault(SecretUri=https://kv-hb-stg.vault.azure.net/secrets/HomeBankingSql/)"
  },
  "SymXchange": {
    "BaseUrl": "https://symx-test.riverbend.local:8443/SymXchange/2020.00/",
    "DeviceNumber": 30113,
    "DeviceType": "HBAPI",
    "AdminPassword": "@Microsoft.KeyVault(VaultName=kv-hb-stg;SecretName=SymxAdminPassword)"
  },
  "Twilio": {
    "AccountSid": "AC@@sid@@",
    "AuthToken": "@Microsoft.KeyVault(VaultName=kv-hb-stg;SecretName=TwilioAuthToken)"
  }
}
''', sid=hexs(32)), None, "Azure App Service Key Vault references")

add("json/decoy-placeholder", "src/HomeBanking.Api/appsettings.Development.json", fill('''
{
  "ConnectionStrings": {
    "HomeBanking": "Server=(localdb)\\\\mssqllocaldb;Database=HomeBanking;Trusted_Connection=True;"
  },
  "SymXchange": {
    "BaseUrl": "https://localhost:5443/mock-symx/",
    "DeviceNumber": 0,
    "AdminPassword": "<set with dotnet user-secrets>"
  },
  "Plaid": {
    "ClientId": "<your-plaid-client-id>",
    "Secret": "<your-plaid-sandbox-secret>",
    "Environment": "sandbox"
  }
}
'''), None, "ASP.NET Core safe storage of app secrets in development (user-secrets)")

_members = ",\n".join(
    f'    {{"memberId": "{uuid_s()}", "memberNumber": "{digits(7)}", "correlationId": "{uuid_s()}", "shareId": "S000{i}"}}'
    for i in range(1, 7))
add("json/decoy-ids", "tests/fixtures/member_accounts.json", "[\n" + _members + "\n]\n", None,
    "Test fixture of record ids (UUIDs, member numbers)")

add("json/decoy-public-client-id", "portal-spa/src/auth_config.json", fill('''
{
  "domain": "login.cardinalcu.org",
  "clientId": "@@cid@@",
  "authorizationParams": {
    "audience": "https://api.cardinalcu.org",
    "scope": "openid profile email accounts:read transfers:write"
  },
  "useRefreshTokens": true,
  "cacheLocation": "memory",
  "recaptchaSiteKey": "6Lf@@site@@"
}
''', cid=chars(32, ALNUM), site=chars(37, ALNUM + "-_")), None,
    "Auth0 SPA SDK configuration (client id is public, PKCE); reCAPTCHA site key is public")

add("json/decoy-integrity", "portal-spa/package-lock.json", fill('''
{
  "name": "portal-spa",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "portal-spa",
      "version": "3.2.0",
      "dependencies": {
        "@auth0/auth0-react": "^2.2.4",
        "react-plaid-link": "^3.5.2"
      }
    },
    "node_modules/@auth0/auth0-react": {
      "version": "2.2.4",
      "resolved": "https://registry.npmjs.org/@auth0/auth0-react/-/auth0-react-2.2.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/react-plaid-link": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/react-plaid-link/-/react-plaid-link-3.5.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=chars(86, B64), i2=chars(86, B64)), None, "npm package-lock.json (integrity is a SHA-512 digest)")

add("postman/decoy-empty", "docs/postman/Alloy-sandbox.postman_environment.json", fill('''
{
  "id": "@@id@@",
  "name": "Alloy sandbox",
  "values": [
    { "key": "alloy_url", "value": "https://sandbox.alloy.co/v1", "type": "default", "enabled": true },
    { "key": "workflow_token", "value": "", "type": "secret", "enabled": true },
    { "key": "workflow_secret", "value": "", "type": "secret", "enabled": true },
    { "key": "auth", "value": "{{workflow_token}}:{{workflow_secret}}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-09-11T09:40:02.114Z",
  "_postman_exported_using": "Postman/11.12.0"
}
''', id=uuid_s()), None, "Postman environment export (secret values not exported)")

# ---------------------------------------------------------------- XML configs
_pw = human_pw()
add("xml/mssql", "HomeBanking.Web/Web.config", fill('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SymxDeviceNumber" value="30112" />
    <add key="SessionTimeoutMinutes" value="10" />
    <add key="EStatementsUrl" value="https://estatements.riverbendfcu.org/" />
  </appSettings>
  <connectionStrings>
    <add name="HomeBankingDb"
         connectionString="Data Source=HBSQL02;Initial Catalog=HomeBanking;User Id=hbweb;Password=@@pw@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <sessionState mode="InProc" timeout="10" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error.aspx" />
  </system.web>
</configuration>
''', pw=_pw), _pw, "ASP.NET Web.config connectionStrings")

_pw = rand_pw(16, "!#")
add("xml/jxchange-wsse", "docs/samples/jxchange/AcctInq_request.xml", fill('''
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:ns="http://jackhenry.com/jxchange/TPG/2008">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>prairiecu_jx_svc</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@pw@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ns:AcctInq>
      <ns:MsgRqHdr>
        <ns:jXchangeHdr>
          <ns:AuditUsrId>MOBILE</ns:AuditUsrId>
          <ns:AuditWsId>APP01</ns:AuditWsId>
          <ns:ConsumerName>PrairieCUMobile</ns:ConsumerName>
          <ns:ConsumerProd>MemberApp</ns:ConsumerProd>
          <ns:InstRtId>291471024</ns:InstRtId>
          <ns:InstEnv>TEST</ns:InstEnv>
        </ns:jXchangeHdr>
      </ns:MsgRqHdr>
      <ns:InAcctId>
        <ns:AcctId>1000234567</ns:AcctId>
        <ns:AcctType>D</ns:AcctType>
      </ns:InAcctId>
    </ns:AcctInq>
  </soapenv:Body>
</soapenv:Envelope>
''', pw=_pw), _pw, "jXchange SOAP request with WS-Security UsernameToken (OASIS WSS UsernameToken Profile)")

_pw = passphrase()
add("xml/nexus", "ci/maven/settings.xml", fill('''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>coopbank-releases</id>
      <username>ci-deployer</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>coopbank-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.coopbank.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw=_pw), _pw, "Maven settings.xml servers/password")

_pat = ado_pat()
add("xml/azure-devops-pat", "NuGet.config", fill('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="RiverbendShared" value="https://pkgs.dev.azure.com/riverbendfcu/_packaging/Shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <RiverbendShared>
      <add key="Username" value="build@riverbendfcu.org" />
      <add key="ClearTextPassword" value="@@pat@@" />
    </RiverbendShared>
  </packageSourceCredentials>
</configuration>
''', pat=_pat), _pat, "nuget.config packageSourceCredentials (ClearTextPassword); Azure Artifacts PAT")

_pw = human_pw()
add("xml/ssis", "etl/SSIS/Ncua5300Extract.dtsConfig", fill('''
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="RIVERBEND\\etl.admin" GeneratedFromPackageName="Ncua5300Extract" GeneratedDate="3/4/2024 8:12:45 AM" />
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[ARCU_DW].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=DWSQL01;User ID=ssis_5300;Password=@@pw@@;Initial Catalog=ARCU_DW;Provider=MSOLEDBSQL.1;Application Name=Ncua5300Extract;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::CycleDate].Properties[Value]" ValueType="String">
    <ConfiguredValue>2024-09-30</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
''', pw=_pw), _pw, "SSIS XML configuration files (.dtsConfig)")

_pw = human_pw()
add("xml/filezilla-sftp", "ops/filezilla/sitemanager.xml", fill('''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">Payments
            <Server>
                <Host>sftp.coopfs-example.com</Host>
                <Port>22</Port>
                <Protocol>1</Protocol>
                <Type>0</Type>
                <User>cu10417_cardops</User>
                <Pass encoding="base64">@@b@@</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <Name>CO-OP settlement</Name>
                <RemoteDir>1 0 8 outbound</RemoteDir>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
''', b=b64(_pw)), _pw, "FileZilla sitemanager.xml (Pass with encoding base64)")

add("xml/decoy-keyvault", "HomeBanking.Web/Web.Release.config", fill('''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <configBuilders>
    <builders>
      <add name="AzureKeyVault" vaultName="kv-hb-prod" type="Microsoft.Configuration.ConfigurationBuilders.AzureKeyVaultConfigBuilder, Microsoft.Configuration.ConfigurationBuilders.Azure" />
    </builders>
  </configBuilders>
  <connectionStrings configBuilders="AzureKeyVault" xdt:Transform="SetAttributes(configBuilders)">
    <add name="HomeBankingDb" connectionString="{from key vault: HomeBankingDb}" xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
'''), None, "Microsoft.Configuration.ConfigurationBuilders AzureKeyVaultConfigBuilder")

add("xml/decoy-env", "ci/maven/settings-ci.xml", fill('''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>coopbank-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>coopbank-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
'''), None, "Maven settings.xml with environment variable references")

# ---------------------------------------------------------------- .properties
_pw = human_pw()
add("properties/oracle", "dna-bridge/src/main/resources/application-prod.properties", fill('''
# Fiserv DNA bridge - production
spring.datasource.url=jdbc:oracle:thin:@//dnaprod-scan.coopbank.local:1521/DNAPROD
spring.datasource.username=DNABRIDGE
spring.datasource.password=@@pw@@
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
spring.datasource.hikari.maximum-pool-size=8
spring.jpa.properties.hibernate.default_schema=OSIBANK

dna.communicator.url=https://dnacomm.coopbank.local/DNAAppService/
dna.communicator.network-node=BRIDGE01
dna.communicator.application-id=EXTAPP
logging.level.com.coopbank.dna=INFO
''', pw=_pw), _pw, "Spring Boot application properties (spring.datasource.*); Fiserv DNA Communicator")

_pw = rand_pw(18)
add("properties/keystore", "hsm-proxy/conf/payshield.properties", fill('''
# Thales payShield 10K host connection (TLS host port 1500)
payshield.hosts=10.40.12.21:1500,10.40.12.22:1500
payshield.header.length=4
payshield.lmk.id=00
payshield.timeout.ms=2000
payshield.pool.size=16

# mutual TLS client credential registered on the HSM
payshield.tls.keystore=/opt/hsm-proxy/tls/hsm-client.p12
payshield.tls.keystore.type=PKCS12
payshield.tls.keystore.password=@@pw@@
payshield.tls.truststore=/opt/hsm-proxy/tls/payshield-ca.jks
payshield.tls.truststore.password=changeit

# key names under LMK (no clear keys here)
keys.zpk.coop=ZPK-COOP-2025
keys.cvk.debit=CVK-DEBIT-01
''', pw=_pw), _pw, "Thales payShield 10K host TLS configuration; Java keystore properties")

_key, _sec = chars(16, string.ascii_uppercase + string.digits), confluent_secret()
add("properties/confluent", "ach-events/config/client.properties", fill('''
# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=pkc-4nym6.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username='@@key@@' \\
    password='@@sec@@';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all

# ACH return and NOC events from the Fed file processor
topic.returns=ach.returns
topic.noc=ach.noc
''', key=_key, sec=_sec), _sec, "Confluent Cloud client.properties (sasl.jaas.config)")

_pw = human_pw()
add("properties/smtp", "notices/src/main/resources/mail.properties", fill('''
# Adverse action and NSF notices
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=notices@heritagevalleyfcu.org
mail.smtp.password=@@pw@@
mail.from=Heritage Valley FCU <notices@heritagevalleyfcu.org>
notices.templates=classpath:/templates/
notices.bcc.compliance=compliance@heritagevalleyfcu.org
''', pw=_pw), _pw, "JavaMail properties (mail.smtp.*); Office 365 SMTP AUTH")

add("properties/decoy-jasypt", "dna-bridge/src/main/resources/application-uat.properties", fill('''
spring.datasource.url=jdbc:oracle:thin:@//dnauat-scan.coopbank.local:1521/DNAUAT
spring.datasource.username=DNABRIDGE
spring.datasource.password=ENC(@@c@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
dna.communicator.url=https://dnacomm-uat.coopbank.local/DNAAppService/
''', c=chars(64, B64) + "=="), None, "jasypt-spring-boot: ENC() encrypted properties")

add("properties/decoy-env", "hsm-proxy/conf/payshield-dr.properties", fill('''
# DR site payShield pair; credentials come from the service environment
payshield.hosts=10.60.12.21:1500,10.60.12.22:1500
payshield.header.length=4
payshield.lmk.id=00
payshield.tls.keystore=/opt/hsm-proxy/tls/hsm-client-dr.p12
payshield.tls.keystore.type=PKCS12
payshield.tls.keystore.password=${HSM_KEYSTORE_PASSWORD}
payshield.tls.truststore=/opt/hsm-proxy/tls/payshield-ca.jks
payshield.tls.truststore.password=${HSM_TRUSTSTORE_PASSWORD}
keys.zpk.coop=ZPK-COOP-2025
'''), None, "Spring property placeholders")

# ---------------------------------------------------------------- INI
_pw = human_pw()
add("ini/odbc", "reporting/odbc.ini", fill('''
[ODBC Data Sources]
ARCU_DW=ODBC Driver 18 for SQL Server
EPISYS_RPT=ODBC Driver 18 for SQL Server

[ARCU_DW]
Driver=ODBC Driver 18 for SQL Server
Server=dw-sql01.hvfcu.local,1433
Database=ARCU_DW
UID=rpt_reader
PWD=@@pw@@
Encrypt=yes
TrustServerCertificate=yes

[EPISYS_RPT]
Driver=ODBC Driver 18 for SQL Server
Server=episys-rpt01.hvfcu.local,1433
Database=SymitarReplica
Trusted_Connection=yes
''', pw=_pw), _pw, "unixODBC odbc.ini DSN (UID/PWD); Microsoft ODBC Driver 18 keywords")

_pw = rand_pw(22)
add("ini/postgres", "member-portal/alembic.ini", fill('''
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://portal_owner:@@pw@@@pg-portal.internal:5432/portal

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
''', pw=_pw), _pw, "Alembic alembic.ini (sqlalchemy.url)")

_kid, _key = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws", "ops/regreport/aws-credentials", fill('''
[default]
region = us-east-2

[regreport-uploader]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@key@@
region = us-east-2
# used by the nightly 5300/CTR export to s3://hvfcu-regreport-prod
''', kid=_kid, key=_key), _key, "AWS CLI shared credentials file")

_tok = jfrog_key()
add("ini/artifactory", "ops/pip/pip.conf", fill('''
[global]
index-url = https://ci-build:@@tok@@@coopbank.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = coopbank.jfrog.io
timeout = 60

[install]
no-cache-dir = false
''', tok=_tok), _tok, "pip configuration (index-url with credentials); JFrog Artifactory PyPI repositories")

add("ini/decoy-integrated-auth", "reporting/odbc-windows.ini", fill('''
[ODBC Data Sources]
ARCU_DW=ODBC Driver 18 for SQL Server

[ARCU_DW]
Driver=ODBC Driver 18 for SQL Server
Server=dw-sql01.hvfcu.local,1433
Database=ARCU_DW
Trusted_Connection=yes
Authentication=ActiveDirectoryIntegrated
Encrypt=yes
; no UID/PWD: the reporting service account logs in with Kerberos
'''), None, "ODBC Driver 18 for SQL Server: integrated authentication")

add("ini/decoy-sso", "ops/regreport/aws-config", fill('''
[profile regreport-prod]
sso_session = hvfcu
sso_account_id = 418277116535
sso_role_name = RegReportOperator
region = us-east-2

[sso-session hvfcu]
sso_start_url = https://hvfcu.awsapps.com/start
sso_region = us-east-2
sso_registration_scopes = sso:account:access
'''), None, "AWS CLI IAM Identity Center (SSO) configuration")

# ---------------------------------------------------------------- TOML
_pw = human_pw()
add("toml/snowflake", "dashboards/branch-kpis/.streamlit/secrets.toml", fill('''
# Streamlit secrets for the branch KPI dashboard
[connections.snowflake]
account = "cooperativebank-east"
user = "SVC_BRANCH_KPI"
password = "@@pw@@"
role = "REPORTING"
warehouse = "DASH_WH"
database = "CORE"
schema = "BRANCH"
client_session_keep_alive = true
''', pw=_pw), _pw, "Streamlit secrets.toml and st.connection('snowflake')")

_sec = uuid_s()
add("toml/sardine", "services/device-risk/config/production.toml", fill('''
[server]
listen = "0.0.0.0:8080"
read_timeout = "5s"

[sardine]
base_url = "https://api.sardine.ai"
client_id = "@@cid@@"
client_secret = "@@sec@@"
flow = "digital-banking-login"
risk_threshold = "high"

[redis]
addr = "redis-risk.internal:6379"
db = 2
''', cid=uuid_s(), sec=_sec), _sec, "Sardine API authentication (client id and secret, HTTP Basic); TOML config")

_key = sendgrid_key()
add("toml/sendgrid", "workers/estatement-notify/wrangler.toml", fill('''
name = "estatement-notify"
main = "src/index.ts"
compatibility_date = "2024-09-23"

[triggers]
crons = ["0 13 1 * *"]

[vars]
FROM_ADDRESS = "statements@prairiecu.org"
TEMPLATE_ID = "d-5b1f0f6b2a7c4c1ab0e7a6f7c0e9d3a1"
SENDGRID_API_KEY = "@@key@@"
''', key=_key), _key, "Cloudflare Workers wrangler.toml [vars]; SendGrid API keys")

add("toml/decoy-placeholder", "dashboards/branch-kpis/.streamlit/secrets.toml.example", fill('''
# Copy to secrets.toml (git-ignored) and fill in from the "Branch KPI" 1Password item.
[connections.snowflake]
account = "cooperativebank-east"
user = "SVC_BRANCH_KPI"
password = "YOUR_PASSWORD_HERE"
role = "REPORTING"
warehouse = "DASH_WH"
database = "CORE"
schema = "BRANCH"
'''), None, "Streamlit secrets management docs (example file)")

# ---------------------------------------------------------------- .env
_key = rand_pw(16)
add("dotenv/authorize-net", "loan-payments/.env", fill('''
NODE_ENV=production
PORT=3000
# Authorize.Net - loan payment by debit card
AUTHNET_API_LOGIN_ID=@@login@@
AUTHNET_TRANSACTION_KEY=@@key@@
AUTHNET_ENV=production
CONVENIENCE_FEE_CENTS=0
CORE_API_URL=https://core-gateway.internal:8443
''', login=rand_pw(10), key=_key), _key, "Authorize.Net API credentials (API Login ID and Transaction Key)")

_sec = auth0_secret()
add("dotenv/auth0", "member-portal-web/.env.production", fill('''
AUTH0_SECRET='@@cookie@@'
AUTH0_BASE_URL='https://online.cardinalcu.org'
AUTH0_ISSUER_BASE_URL='https://login.cardinalcu.org'
AUTH0_CLIENT_ID='@@cid@@'
AUTH0_CLIENT_SECRET='@@sec@@'
AUTH0_AUDIENCE='https://api.cardinalcu.org'
AUTH0_SCOPE='openid profile email offline_access'
NEXT_PUBLIC_BRAND=cardinal
''', cookie=hexs(64), cid=chars(32, ALNUM), sec=_sec), _sec, "Auth0 Next.js SDK environment variables")

_key = sendgrid_key()
add("dotenv/sendgrid", "adverse-action-notices/.env", fill('''
# Adverse action notice mailer (Reg B) - prod
SENDGRID_API_KEY=@@key@@
SENDGRID_TEMPLATE_ADVERSE=d-2f3a9c0d51a54c0f8b1f2e7d6c5b4a39
MAIL_FROM=lending@keystonecu.org
LOS_EXPORT_DIR=/data/los/adverse
DRY_RUN=false
''', key=_key), _key, "SendGrid API keys; dotenv")

_key = mailgun_key()
add("dotenv/mailgun", "estatements/.env", fill('''
APP_ENV=prod
MAILGUN_DOMAIN=mg.riverbendfcu.org
MAILGUN_API_KEY=@@key@@
MAILGUN_REGION=us
STATEMENT_BUCKET=s3://riverbend-estatements
STATEMENT_CYCLE=monthly
''', key=_key), _key, "Mailgun API keys (key-...); dotenv")

_key = stripe_key()
add("dotenv/stripe", "donations/.env.local", fill('''
# Foundation scholarship donations page (card payments)
STRIPE_SECRET_KEY=@@key@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_PRICE_ANNUAL=price_1Nv3Qb2eZvKYlo2CjX2a7s9B
SITE_URL=https://foundation.prairiecu.org
''', key=_key, pk=stripe_key("pk_live_")), _key, "Stripe API keys (secret and publishable)")

_pw = rand_pw(24)
add("dotenv/postgres-url", "fraud-case-mgmt/.env", fill('''
DATABASE_URL=postgres://casemgmt:@@pw@@@pg-fraud.internal:5432/casemgmt?sslmode=require
REDIS_URL=redis://redis-fraud.internal:6379/0
VERAFIN_EXPORT_DIR=/mnt/verafin/outbound
SAR_DEADLINE_DAYS=30
LOG_LEVEL=info
''', pw=_pw), _pw, "PostgreSQL connection URIs; dotenv")

add("dotenv/decoy-placeholder", "loan-payments/.env.example", fill('''
NODE_ENV=development
PORT=3000
# Authorize.Net sandbox credentials: create your own at developer.authorize.net
AUTHNET_API_LOGIN_ID=your_api_login_id
AUTHNET_TRANSACTION_KEY=your_transaction_key
AUTHNET_ENV=sandbox
CORE_API_URL=http://localhost:8443
'''), None, "dotenv example file with placeholders")

add("dotenv/decoy-interpolation", "fraud-case-mgmt/.env.docker", fill('''
DATABASE_URL=postgres://${PGUSER}:${PGPASSWORD}@db:5432/casemgmt
REDIS_URL=redis://redis:6379/0
VERAFIN_EXPORT_DIR=/mnt/verafin/outbound
SAR_DEADLINE_DAYS=30
SENTRY_DSN=${SENTRY_DSN}
'''), None, "docker compose env_file with variable interpolation")

add("dotenv/decoy-test", "member-portal-web/.env.test", fill('''
# Used by jest/playwright against the mock auth server; not real credentials.
AUTH0_SECRET=test-cookie-secret-0000000000000000000000000000
AUTH0_BASE_URL=http://localhost:3000
AUTH0_ISSUER_BASE_URL=http://localhost:9000
AUTH0_CLIENT_ID=test-client
AUTH0_CLIENT_SECRET=test-client-secret
NEXT_PUBLIC_BRAND=cardinal
'''), None, "Test environment file with declared fake values")

# ---------------------------------------------------------------- Dockerfiles
_pw = human_pw()
add("dockerfile/oracle", "dna-bridge/Dockerfile", fill('''
FROM eclipse-temurin:17-jre-jammy

LABEL org.opencontainers.image.title="dna-bridge" \\
      org.opencontainers.image.vendor="Cooperative Bank IT"

RUN useradd --system --uid 10001 bridge
WORKDIR /opt/dna-bridge
COPY target/dna-bridge.jar app.jar

ENV SPRING_PROFILES_ACTIVE=prod \\
    SPRING_DATASOURCE_URL=jdbc:oracle:thin:@//dnaprod-scan.coopbank.local:1521/DNAPROD \\
    SPRING_DATASOURCE_USERNAME=DNABRIDGE \\
    SPRING_DATASOURCE_PASSWORD=@@pw@@ \\
    JAVA_OPTS="-XX:MaxRAMPercentage=75"

USER bridge
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar app.jar"]
''', pw=_pw), _pw, "Dockerfile reference (ENV); Spring Boot relaxed binding of environment variables")

_tok = jfrog_key()
add("dockerfile/artifactory", "fraud-scoring/Dockerfile", fill('''
FROM python:3.11-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir \\
      --index-url https://svc-build:@@tok@@@coopbank.jfrog.io/artifactory/api/pypi/pypi-virtual/simple \\
      -r requirements.txt --target /deps

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /deps /usr/local/lib/python3.11/site-packages
COPY fraud_scoring/ fraud_scoring/
USER 1000
CMD ["python", "-m", "fraud_scoring.serve", "--port", "8080"]
''', tok=_tok), _tok, "Dockerfile multi-stage builds; pip --index-url with credentials (JFrog)")

_pw = rand_pw(20)
add("dockerfile/cloudhsm", "pin-service/Dockerfile", fill('''
FROM amazoncorretto:17
# AWS CloudHSM JCE provider (client SDK 5)
RUN yum install -y https://s3.amazonaws.com/cloudhsmv2-software/CloudHsmClient/EL7/cloudhsm-jce-latest.el7.x86_64.rpm \\
 && yum clean all
COPY customerCA.crt /opt/cloudhsm/etc/customerCA.crt
RUN /opt/cloudhsm/bin/configure-jce -a 10.20.3.41
ENV HSM_USER=cu_pinsvc
ENV HSM_PASSWORD=@@pw@@
COPY build/libs/pin-service.jar /app/pin-service.jar
ENTRYPOINT ["java", "-cp", "/app/pin-service.jar:/opt/cloudhsm/java/*", "org.riverbend.pin.Main"]
''', pw=_pw), _pw, "AWS CloudHSM Client SDK 5 JCE provider (HSM_USER/HSM_PASSWORD environment variables)")

add("dockerfile/decoy-build-secret", "member-portal/Dockerfile", fill('''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc.template ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" \\
    sh -c 'sed "s/\\${NPM_TOKEN}/$NPM_TOKEN/" .npmrc.template > .npmrc && npm ci && rm .npmrc'

FROM node:20-alpine
WORKDIR /app
ARG AUTH0_CLIENT_SECRET
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
CMD ["node", "server.js"]
'''), None, "Docker BuildKit secret mounts (RUN --mount=type=secret)")

# ---------------------------------------------------------------- docker compose
_pw = human_pw()
add("docker-compose/mssql", "local/docker-compose.yml", fill('''
services:
  sql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@pw@@"
      MSSQL_PID: Developer
    ports:
      - "1433:1433"
    volumes:
      - ./restore:/var/opt/mssql/backup
  symx-mock:
    image: registry.riverbend.local/qa/symx-mock:2.3
    ports:
      - "5443:5443"
  api:
    build: ../src/HomeBanking.Api
    depends_on: [sql, symx-mock]
    environment:
      ConnectionStrings__HomeBanking: "Server=sql;Database=HomeBanking;User ID=sa;Password=@@pw@@;TrustServerCertificate=True"
      SymXchange__BaseUrl: https://symx-mock:5443/
''', pw=_pw), _pw, "Microsoft SQL Server container image (MSSQL_SA_PASSWORD); Compose file reference")

_pw = rand_pw(20)
add("docker-compose/rabbitmq", "deploy/ach-processor/docker-compose.prod.yml", fill('''
version: "3.8"
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    hostname: ach-mq
    environment:
      RABBITMQ_DEFAULT_USER: achproc
      RABBITMQ_DEFAULT_PASS: @@pw@@
    volumes:
      - mqdata:/var/lib/rabbitmq
    restart: unless-stopped
  ach-processor:
    image: registry.coopbank.local/payments/ach-processor:4.2.1
    environment:
      AMQP_URL: amqp://achproc@ach-mq:5672/
      FED_INBOUND_DIR: /data/fed/in
      FED_OUTBOUND_DIR: /data/fed/out
    volumes:
      - /data/fed:/data/fed
    depends_on: [rabbitmq]
volumes:
  mqdata:
''', pw=_pw), _pw, "RabbitMQ Docker image (RABBITMQ_DEFAULT_USER/PASS)")

_pw = fakes.redis_password(_seed())
add("docker-compose/redis", "services/device-risk/docker-compose.yml", fill('''
services:
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "@@pw@@", "--appendonly", "yes"]
    ports:
      - "6379:6379"
  device-risk:
    build: .
    environment:
      REDIS_ADDR: redis:6379
      SARDINE_CONFIG: /etc/device-risk/production.toml
    depends_on:
      - redis
''', pw=_pw), _pw, "Redis configuration (requirepass) on the command line; Compose")

_pw = human_pw()
add("docker-compose/postgres", "fraud-case-mgmt/docker-compose.yml", fill('''
services:
  db:
    image: postgres:16
    environment:
      - POSTGRES_DB=casemgmt
      - POSTGRES_USER=casemgmt
      - POSTGRES_PASSWORD=@@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    env_file: .env.docker
    ports:
      - "8000:8000"
    depends_on:
      - db
volumes:
  pgdata: {}
''', pw=_pw), _pw, "postgres Docker image (POSTGRES_PASSWORD)")

add("docker-compose/decoy-required-var", "deploy/ach-processor/docker-compose.uat.yml", fill('''
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: achproc
      RABBITMQ_DEFAULT_PASS: ${RABBITMQ_PASS:?set RABBITMQ_PASS in the UAT host .env}
  ach-processor:
    image: registry.coopbank.local/payments/ach-processor:4.3.0-rc1
    environment:
      AMQP_URL: amqp://achproc:${RABBITMQ_PASS}@rabbitmq:5672/
      FED_INBOUND_DIR: /data/fed/in
    secrets:
      - corp_sftp_key
secrets:
  corp_sftp_key:
    file: /etc/ach/corp_sftp_ed25519
'''), None, "Compose interpolation (${VAR:?err}) and secrets")

# ---------------------------------------------------------------- Kubernetes
_pw = human_pw()
add("k8s-secret/symxchange", "deploy/k8s/prod/symx-credentials.yaml", fill('''
apiVersion: v1
kind: Secret
metadata:
  name: symx-credentials
  namespace: digital-banking
  labels:
    app.kubernetes.io/part-of: home-banking
type: Opaque
data:
  SYMX_DEVICE_NUMBER: @@dev@@
  SYMX_DEVICE_TYPE: @@typ@@
  SYMX_ADMIN_PASSWORD: @@b@@
''', dev=b64("30112"), typ=b64("HBAPI"), b=b64(_pw)), _pw, "Kubernetes Secret (data: base64)")

_sec = chars(32, ALNUM)
add("k8s-secret/alloy", "deploy/k8s/prod/alloy-secret.yaml", fill('''
apiVersion: v1
kind: Secret
metadata:
  name: alloy-workflow
  namespace: account-opening
type: Opaque
stringData:
  ALLOY_BASE_URL: https://api.alloy.co/v1
  ALLOY_WORKFLOW_TOKEN: @@tok@@
  ALLOY_WORKFLOW_SECRET: @@sec@@
''', tok=chars(32, ALNUM), sec=_sec), _sec, "Kubernetes Secret (stringData)")

_pin = rand_pw(12)
add("k8s-secret/hsm-pin", "deploy/k8s/prod/luna-client.yaml", fill('''
apiVersion: v1
kind: Secret
metadata:
  name: luna-partition
  namespace: card-services
type: Opaque
data:
  partition-label: @@lbl@@
  partition-password: @@b@@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: luna-chrystoki
  namespace: card-services
data:
  Chrystoki.conf: |
    Chrystoki2 = {
       LibUNIX64 = /usr/safenet/lunaclient/lib/libCryptoki2_64.so;
    }
    LunaSA Client = {
       ServerName00 = 10.40.14.10;
       ServerPort00 = 1792;
    }
''', lbl=b64("cu-cards-p1"), b=b64(_pin)), _pin, "Kubernetes Secret; Thales Luna Network HSM client Chrystoki.conf")

_pem = private_pem("", 16)
add("k8s-secret/tls-key", "deploy/k8s/prod/coop-mtls.yaml", fill('''
apiVersion: v1
kind: Secret
metadata:
  name: coop-solutions-mtls
  namespace: card-services
type: kubernetes.io/tls
stringData:
  tls.crt: |
    @@crt@@
  tls.key: |
    @@key@@
''', crt=cert_pem(8).replace("\n", "\n    "), key=_pem.replace("\n", "\n    ")), _pem,
    "Kubernetes TLS Secret (kubernetes.io/tls) for mutual TLS to the card processor")

_tok = datadog_key()
add("k8s/datadog", "deploy/k8s/prod/fraud-scoring-deployment.yaml", fill('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fraud-scoring
  namespace: fraud
spec:
  replicas: 3
  selector:
    matchLabels: {app: fraud-scoring}
  template:
    metadata:
      labels: {app: fraud-scoring}
    spec:
      containers:
        - name: fraud-scoring
          image: coopbank.jfrog.io/docker/fraud-scoring:2.8.0
          ports:
            - containerPort: 8080
          env:
            - name: MODEL_URI
              value: s3://coopbank-models/fraud/gbm-2024-10.onnx
            - name: DD_API_KEY
              value: "@@tok@@"
            - name: DD_SITE
              value: datadoghq.com
            - name: SEON_LICENSE_KEY
              valueFrom:
                secretKeyRef: {name: seon, key: license-key}
          resources:
            limits: {cpu: "1", memory: 1Gi}
''', tok=_tok), _tok, "Kubernetes Deployment env (value vs valueFrom.secretKeyRef); Datadog API key")

add("k8s/decoy-secretkeyref", "deploy/k8s/prod/home-banking-api.yaml", fill('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: home-banking-api
  namespace: digital-banking
spec:
  replicas: 4
  selector:
    matchLabels: {app: home-banking-api}
  template:
    metadata:
      labels: {app: home-banking-api}
    spec:
      containers:
        - name: api
          image: registry.riverbend.local/hb/api:5.14.2
          env:
            - name: SymXchange__AdminPassword
              valueFrom:
                secretKeyRef:
                  name: symx-credentials
                  key: SYMX_ADMIN_PASSWORD
            - name: ConnectionStrings__HomeBanking
              valueFrom:
                secretKeyRef:
                  name: hb-sql
                  key: connection-string
          envFrom:
            - configMapRef:
                name: hb-api-config
'''), None, "Kubernetes: using Secrets as environment variables (secretKeyRef)")

add("k8s/decoy-external-secret", "deploy/k8s/prod/external-secrets/marqeta.yaml", fill('''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: marqeta-admin
  namespace: card-services
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: marqeta-admin
    creationPolicy: Owner
  data:
    - secretKey: MARQETA_APPLICATION_TOKEN
      remoteRef:
        key: prod/cards/marqeta-admin
        property: application_token
    - secretKey: MARQETA_ADMIN_ACCESS_TOKEN
      remoteRef:
        key: prod/cards/marqeta-admin
        property: admin_access_token
'''), None, "External Secrets Operator ExternalSecret")

add("k8s/decoy-sealed-secret", "deploy/k8s/prod/sealed/alloy-workflow.yaml", fill('''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: alloy-workflow
  namespace: account-opening
spec:
  encryptedData:
    ALLOY_WORKFLOW_TOKEN: AgB@@c1@@
    ALLOY_WORKFLOW_SECRET: AgC@@c2@@
  template:
    metadata:
      name: alloy-workflow
      namespace: account-opening
    type: Opaque
''', c1=chars(340, B64) + "==", c2=chars(340, B64) + "=="), None, "Bitnami Sealed Secrets (encryptedData)")

add("k8s/decoy-configmap", "deploy/k8s/prod/ach-processor-config.yaml", fill('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: ach-processor-config
  namespace: payments
data:
  ODFI_ROUTING: "271987543"
  IMMEDIATE_DESTINATION: " 071000301"
  IMMEDIATE_ORIGIN: "1271987543"
  COMPANY_ID: "1362718491"
  FED_CUTOFF_ET: "16:45"
  SAME_DAY_WINDOWS: "10:30,14:45,16:45"
  FILE_ID_MODIFIERS: "ABCDEFGHIJ"
  PGP_RECIPIENT_FPR: "@@fpr@@"
''', fpr=upper_hex(40)), None, "Kubernetes ConfigMap of public routing data; NACHA file header fields")

# ---------------------------------------------------------------- Helm values
_pw = human_pw()
add("helm/jxchange", "deploy/helm/core-gateway/values-prod.yaml", fill('''
replicaCount: 3
image:
  repository: registry.keystonecu.local/core/core-gateway
  tag: "3.9.4"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: core-gateway.keystonecu.local
      paths: [{path: /, pathType: Prefix}]
jxchange:
  endpoint: https://jx.jackhenry.com/jxchange/2008/ServiceGateway/ServiceGateway.svc
  instRtId: "291471024"
  instEnv: PROD
  username: keystonecu_jx_prod
  password: "@@pw@@"
resources:
  limits: {cpu: 500m, memory: 768Mi}
''', pw=_pw), _pw, "Helm values files")

_tok = hexs(32)
add("helm/twilio", "deploy/helm/member-portal/values-production.yaml", fill('''
portal:
  brand: pioneer
  hostname: online.pioneercu.org
twilio:
  accountSid: AC@@sid@@
  authToken: @@tok@@
  verifyServiceSid: VA@@vsid@@
okta:
  issuer: https://login.pioneercu.org/oauth2/default
  clientId: 0oa8k2mzq1XyD4Hf5697
  existingSecret: member-portal-okta
autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 8
''', sid=hexs(32), tok=_tok, vsid=hexs(32)), _tok, "Helm values; Twilio auth token")

_wh = slack_webhook()
add("helm/slack-webhook", "deploy/helm/alertmanager/values-prod.yaml", fill('''
alertmanager:
  config:
    global:
      resolve_timeout: 5m
    route:
      receiver: core-oncall
      group_by: [alertname, service]
      routes:
        - matchers: [team="fraud"]
          receiver: fraud-ops
    receivers:
      - name: core-oncall
        pagerduty_configs:
          - routing_key_file: /etc/alertmanager/secrets/pd-routing-key
      - name: fraud-ops
        slack_configs:
          - api_url: @@wh@@
            channel: "#fraud-ops-alerts"
            send_resolved: true
''', wh=_wh), _wh, "Prometheus Alertmanager slack_configs (api_url); kube-prometheus-stack Helm values")

add("helm/decoy-existing-secret", "deploy/helm/core-gateway/values-uat.yaml", fill('''
replicaCount: 1
image:
  repository: registry.keystonecu.local/core/core-gateway
  tag: "3.10.0-rc2"
jxchange:
  endpoint: https://jxtest.jackhenry.com/jxchange/2008/ServiceGateway/ServiceGateway.svc
  instRtId: "291471024"
  instEnv: TEST
  username: keystonecu_jx_uat
  # password comes from the Secret below (created by Vault Secrets Operator)
  existingSecret: core-gateway-jx
  existingSecretPasswordKey: password
'''), None, "Helm chart convention: existingSecret")

# ---------------------------------------------------------------- Terraform / HCL
_pw = human_pw()
add("hcl/tfvars", "infra/envs/prod/terraform.tfvars", fill('''
environment          = "prod"
region               = "us-east-2"
vpc_cidr             = "10.42.0.0/16"
portal_instance_type = "m6i.large"

# RDS PostgreSQL for the member portal
db_name              = "portal"
db_username          = "portal_owner"
db_password          = "@@pw@@"
db_instance_class    = "db.r6g.large"
db_multi_az          = true

alert_email          = "it-alerts@heritagevalleyfcu.org"
''', pw=_pw), _pw, "Terraform input variables (.tfvars)")

_pw = rand_pw(24)
add("hcl/rds", "infra/modules/regreport-db/main.tf", fill('''
resource "aws_db_subnet_group" "regreport" {
  name       = "regreport-${var.environment}"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "regreport" {
  identifier              = "regreport-${var.environment}"
  engine                  = "sqlserver-se"
  engine_version          = "15.00.4345.5.v1"
  instance_class          = "db.m6i.xlarge"
  license_model           = "license-included"
  allocated_storage       = 500
  username                = "rptadmin"
  password                = "@@pw@@"
  db_subnet_group_name    = aws_db_subnet_group.regreport.name
  vpc_security_group_ids  = [aws_security_group.regreport.id]
  backup_retention_period = 35
  storage_encrypted       = true
  deletion_protection     = true
  skip_final_snapshot     = false
  tags = {
    Purpose = "NCUA 5300 / BSA reporting"
  }
}
''', pw=_pw), _pw, "Terraform AWS provider aws_db_instance")

_tok = vault_token()
add("hcl/vault-token", "infra/vault/providers.tf", fill('''
terraform {
  required_providers {
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.2"
    }
  }
}

provider "vault" {
  address = "https://vault.coopbank.local:8200"
  token   = "@@tok@@"
}

resource "vault_kv_secret_v2" "coop_sftp" {
  mount = "payments"
  name  = "coop-solutions/sftp"
  data_json = jsonencode({
    username = "cu10417_cardops"
    password = var.coop_sftp_password
  })
}
''', tok=_tok), _tok, "Terraform Vault provider (token argument); HashiCorp Vault service tokens (hvs.)")

add("hcl/decoy-random-password", "infra/modules/portal-db/main.tf", fill('''
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "${var.environment}/portal/db-master"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = random_password.portal_db.result
}

resource "aws_db_instance" "portal" {
  identifier     = "portal-${var.environment}"
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = var.db_instance_class
  username       = var.db_username
  password       = random_password.portal_db.result
}
'''), None, "Terraform random_password and Secrets Manager")

add("hcl/decoy-data-source", "infra/envs/prod/fraud.tf", fill('''
data "aws_secretsmanager_secret_version" "alloy" {
  secret_id = "prod/fraud/alloy-workflow"
}

locals {
  alloy = jsondecode(data.aws_secretsmanager_secret_version.alloy.secret_string)
}

resource "kubernetes_secret" "alloy" {
  metadata {
    name      = "alloy-workflow"
    namespace = "account-opening"
  }
  data = {
    ALLOY_WORKFLOW_TOKEN  = local.alloy["token"]
    ALLOY_WORKFLOW_SECRET = local.alloy["secret"]
  }
}
'''), None, "Terraform aws_secretsmanager_secret_version data source")

# ---------------------------------------------------------------- Ansible
_pw = human_pw()
add("ansible/sftp", "ansible/group_vars/ach_hosts.yml", fill('''
---
ach_user: achxfer
ach_home: /data/ach
corp_sftp_host: sftp.catalystcorp-example.org
corp_sftp_user: cu68412_ach
corp_sftp_password: "@@pw@@"
fed_pickup_cron: "*/10 6-19 * * 1-5"
ach_retention_days: 2555   # 7 years, NACHA record retention
pgp_recipient: "ACH Operations <achops@catalystcorp-example.org>"
''', pw=_pw), _pw, "Ansible group_vars")

_pw = rand_pw(16, "!#$")
add("ansible/winrm", "ansible/inventories/prod/hosts.ini", fill('''
[episys]
episys-rpt01.hvfcu.local

[sqlservers]
dw-sql01.hvfcu.local
hb-sql-prod.hvfcu.local

[windows:children]
sqlservers

[windows:vars]
ansible_user=HVFCU\\svc_ansible
ansible_password=@@pw@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
''', pw=_pw), _pw, "Ansible inventory (ansible_password, WinRM connection)")

add("ansible/decoy-vault", "ansible/group_vars/all/vault.yml", fill('''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42)), None, "Ansible Vault encrypted file format")

add("ansible/decoy-vault-ref", "ansible/roles/symx_monitor/defaults/main.yml", fill('''
---
symx_monitor_host: "{{ inventory_hostname }}"
symx_monitor_device_number: 30990
symx_monitor_admin_password: "{{ vault_symx_monitor_admin_password }}"
symx_monitor_interval: 60
symx_monitor_alert_webhook: "{{ vault_teams_core_webhook }}"
symx_monitor_tls_ca: /etc/pki/hvfcu/symx-ca.pem
'''), None, "Ansible variables referencing vault_ variables (best practice)")

# ---------------------------------------------------------------- CI configs
_pw = human_pw()
add("github-actions/sshpass", ".github/workflows/deploy-estatements.yml", fill('''
name: deploy-estatements
on:
  push:
    branches: [main]
    paths: ["estatements/**"]

jobs:
  deploy:
    runs-on: [self-hosted, dmz]
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: |
          cd estatements
          python -m pip install -r requirements.txt
          python -m build
      - name: Copy to statement server
        run: |
          sshpass -p '@@pw@@' scp -o StrictHostKeyChecking=no \\
            estatements/dist/*.whl deploy@estmt01.riverbend.local:/opt/estatements/releases/
          sshpass -p '@@pw@@' ssh deploy@estmt01.riverbend.local 'sudo systemctl restart estatements'
''', pw=_pw), _pw, "GitHub Actions workflow syntax; sshpass")

_tok = okta_token()
add("github-actions/okta", ".github/workflows/member-sync-nightly.yml", fill('''
name: member-sync-nightly
on:
  schedule:
    - cron: "15 7 * * *"
  workflow_dispatch: {}

env:
  OKTA_ORG_URL: https://pioneercu.okta.com
  OKTA_API_TOKEN: @@tok@@

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r member_sync/requirements.txt
      - run: python -m member_sync --since yesterday
''', tok=_tok), _tok, "GitHub Actions env; Okta API tokens (SSWS)")

_tok = gitlab_token()
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", fill('''
stages: [test, package, release]

variables:
  PIP_INDEX_URL: https://nexus.coopbank.local/repository/pypi/simple
  RELEASE_TOKEN: "@@tok@@"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q tests/

package:
  stage: package
  image: python:3.11
  script:
    - python -m build
  artifacts:
    paths: [dist/]

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file dist/*.whl "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/ach-tools/$CI_COMMIT_TAG/"'
''', tok=_tok), _tok, "GitLab CI/CD variables; GitLab personal access tokens (glpat-)")

_pw = human_pw()
add("gitlab-ci/sqlcmd", "ci/regreport.gitlab-ci.yml", fill('''
regreport:validate-5300:
  stage: test
  image: mcr.microsoft.com/mssql-tools
  variables:
    SQL_HOST: dw-sql01.hvfcu.local
  script:
    - /opt/mssql-tools/bin/sqlcmd -S $SQL_HOST -d ARCU_DW -U ci_validator -P "@@pw@@" -i sql/5300_schedule_a_checks.sql -b
    - /opt/mssql-tools/bin/sqlcmd -S $SQL_HOST -d ARCU_DW -U ci_validator -P "@@pw@@" -i sql/5300_schedule_b_checks.sql -b
  rules:
    - changes: [sql/**]
''', pw=_pw), _pw, "sqlcmd utility (-U/-P); GitLab CI job")

_pw = human_pw()
add("jenkinsfile/sftp", "jobs/positive-pay/Jenkinsfile", fill('''
pipeline {
    agent { label 'windows-batch' }
    triggers { cron('H 17 * * 1-5') }
    environment {
        POSPAY_HOST = 'sftp.positivepay-vendor.example'
        POSPAY_USER = 'hvfcu_pospay'
        POSPAY_PASS = '@@pw@@'
    }
    stages {
        stage('Build issue file') {
            steps {
                bat 'python jobs\\\\positive-pay\\\\build_issue_file.py --date %DATE%'
            }
        }
        stage('Upload') {
            steps {
                bat '"C:\\\\Program Files (x86)\\\\WinSCP\\\\WinSCP.com" /command "open sftp://%POSPAY_USER%:%POSPAY_PASS%@%POSPAY_HOST%/" "put out\\\\*.csv /inbound/" "exit"'
            }
        }
    }
}
''', pw=_pw), _pw, "Jenkins declarative pipeline (environment); WinSCP scripting (open sftp://user:password@host)")

_pat = ado_pat()
add("azure-pipelines/ado-pat", "azure-pipelines.yml", fill('''
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  feedPat: @@pat@@

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.0.x
  - script: dotnet nuget add source https://pkgs.dev.azure.com/riverbendfcu/_packaging/Shared/nuget/v3/index.json -n Shared -u build -p $(feedPat) --store-password-in-clear-text
    displayName: Add Shared feed
  - script: dotnet build HomeBanking.sln -c $(buildConfiguration)
  - script: dotnet test HomeBanking.sln -c $(buildConfiguration) --no-build
''', pat=_pat), _pat, "Azure Pipelines YAML variables; Azure DevOps personal access tokens")

_sec = azure_secret()
add("azure-pipelines/azure-sp", "pipelines/deploy-regreport.yml", fill('''
stages:
  - stage: deploy
    jobs:
      - job: functions
        pool:
          vmImage: ubuntu-latest
        steps:
          - script: |
              az login --service-principal \\
                -u 6c0b9e51-2f7a-4a8e-bb35-1d3f0c9e7a42 \\
                -p '@@sec@@' \\
                --tenant 3e1f5c2a-8d94-4b7e-a6c1-0f2d9b8e4a17
              az functionapp deployment source config-zip -g rg-regreport-prod -n func-regreport-prod --src $(Pipeline.Workspace)/drop/regreport.zip
            displayName: Deploy RegReporting functions
''', sec=_sec), _sec, "az login --service-principal; Microsoft Entra client secrets")

add("github-actions/decoy-secrets", ".github/workflows/ach-tools-release.yml", fill('''
name: ach-tools-release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: python -m pip install build twine && python -m build
      - name: Upload to internal index
        env:
          TWINE_USERNAME: ${{ secrets.NEXUS_USER }}
          TWINE_PASSWORD: ${{ secrets.NEXUS_PASSWORD }}
        run: twine upload --repository-url https://nexus.coopbank.local/repository/pypi-internal/ dist/*
'''), None, "GitHub Actions encrypted secrets (${{ secrets.NAME }})")

add("github-actions/decoy-oidc", ".github/workflows/regreport-deploy.yml", fill('''
name: regreport-deploy
on:
  workflow_dispatch:
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418277116535:role/gha-regreport-deploy
          aws-region: us-east-2
      - run: aws s3 sync reports/templates s3://hvfcu-regreport-prod/templates --delete
'''), None, "GitHub Actions OIDC with aws-actions/configure-aws-credentials")

add("gitlab-ci/decoy-masked-var", "ci/corp-sftp.gitlab-ci.yml", fill('''
ach:upload-test-file:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client lftp
    - mkdir -p ~/.ssh && echo "$CORP_SFTP_KNOWN_HOSTS" > ~/.ssh/known_hosts
  script:
    - lftp -u "$CORP_SFTP_USER","$CORP_SFTP_PASSWORD" sftp://sftp.catalystcorp-example.org -e "put test/ACH_PRENOTE.ach -o /test/inbound/; bye"
  rules:
    - if: $CI_PIPELINE_SOURCE == "web"
'''), None, "GitLab CI masked/protected CI/CD variables")

add("jenkinsfile/decoy-credentials", "jobs/ncua-5300/Jenkinsfile", fill('''
pipeline {
    agent { label 'linux' }
    stages {
        stage('Extract') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'arcu-dw-reader',
                                                  usernameVariable: 'DW_USER',
                                                  passwordVariable: 'DW_PASS')]) {
                    sh 'python regreport/extract_5300.py --user "$DW_USER" --password-env DW_PASS --cycle 2024-09-30'
                }
            }
        }
        stage('Archive') {
            steps { archiveArtifacts artifacts: 'out/5300_*.xlsx' }
        }
    }
}
'''), None, "Jenkins Credentials Binding plugin (withCredentials)")

add("azure-pipelines/decoy-keyvault-task", "pipelines/deploy-homebanking.yml", fill('''
stages:
  - stage: prod
    jobs:
      - deployment: web
        environment: homebanking-prod
        strategy:
          runOnce:
            deploy:
              steps:
                - task: AzureKeyVault@2
                  inputs:
                    azureSubscription: sc-riverbend-prod
                    KeyVaultName: kv-hb-prod
                    SecretsFilter: HomeBankingDb,SymxAdminPassword
                - task: AzureWebApp@1
                  inputs:
                    azureSubscription: sc-riverbend-prod
                    appName: app-homebanking-prod
                    appSettings: -SymXchange__AdminPassword "$(SymxAdminPassword)"
'''), None, "Azure Pipelines AzureKeyVault@2 task and $(var) macro syntax")

# ---------------------------------------------------------------- shell scripts
_pw = human_pw()
add("shell/lftp", "scripts/ach/pull_fed_returns.sh", fill('''
#!/usr/bin/env bash
# Pull ACH return/NOC files from the corporate CU and hand them to the ACH processor.
set -euo pipefail

HOST=sftp.catalystcorp-example.org
USER=cu68412_ach
PASS='@@pw@@'
IN=/data/ach/returns/$(date +%Y%m%d)
mkdir -p "$IN"

lftp -u "$USER","$PASS" "sftp://$HOST" <<EOF
set sftp:auto-confirm yes
cd /outbound/returns
mget -E *.ach -O $IN
bye
EOF

for f in "$IN"/*.ach; do
  [ -e "$f" ] || continue
  /opt/ach-processor/bin/ingest --type returns "$f"
done
''', pw=_pw), _pw, "lftp manual (-u user,password; here-doc command script)")

_pw = rand_pw(14, "#!")
add("shell/sqlcmd", "scripts/dw/backup_arcu_dw.sh", fill('''
#!/bin/bash
# nightly COPY_ONLY backup of the warehouse to the NAS share
export PATH="$PATH:/opt/mssql-tools18/bin"
STAMP=$(date +%F)
sqlcmd -S dw-sql01.hvfcu.local -U backup_op -P '@@pw@@' -C -Q \\
  "BACKUP DATABASE [ARCU_DW] TO DISK = N'/var/opt/mssql/backup/ARCU_DW_${STAMP}.bak' WITH COPY_ONLY, COMPRESSION, CHECKSUM"
find /mnt/nas/dw-backups -name 'ARCU_DW_*.bak' -mtime +14 -delete
echo "backup done ${STAMP}"
''', pw=_pw), _pw, "sqlcmd utility (-U/-P/-Q)")

_key = uuid_s()
add("shell/curl-bearer", "scripts/cards/freeze_card.sh", fill('''
#!/bin/sh
# usage: freeze_card.sh <card_token>  -- card ops runbook step 3 (lost/stolen)
set -e
CARD="$1"
LITHIC_API_KEY="@@key@@"
curl -sS -X PATCH "https://api.lithic.com/v1/cards/${CARD}" \\
  -H "Authorization: ${LITHIC_API_KEY}" \\
  -H "Content-Type: application/json" \\
  -d '{"state": "PAUSED", "memo": "member reported lost"}'
echo
''', key=_key), _key, "Lithic API reference: PATCH /v1/cards/{card_token}")

_pw = passphrase()
add("shell/openssl-pkcs12", "scripts/hsm/make_client_p12.sh", fill('''
#!/usr/bin/env bash
# Bundle the payShield TLS client cert for the hsm-proxy keystore.
set -euo pipefail
cd /opt/hsm-proxy/tls
openssl pkcs12 -export \\
  -in hsm-client.crt -inkey hsm-client.key \\
  -certfile payshield-ca.crt \\
  -name hsm-client \\
  -out hsm-client.p12 \\
  -passout pass:@@pw@@
chmod 0640 hsm-client.p12
chown root:hsmproxy hsm-client.p12
''', pw=_pw), _pw, "openssl-pkcs12 (-passout pass:...)")

_pw = human_pw()
add("shell/pgpassword", "scripts/fraud/export_sar_queue.sh", fill('''
#!/usr/bin/env bash
set -euo pipefail
export PGHOST=pg-fraud.internal PGDATABASE=casemgmt PGUSER=bsa_officer
export PGPASSWORD="@@pw@@"
OUT=/mnt/verafin/outbound/sar_queue_$(date +%Y%m%d).csv
psql -v ON_ERROR_STOP=1 -c "\\copy (select case_id, member_nbr, opened_at, status from cases where status in ('REVIEW','SAR_DRAFT')) to '${OUT}' csv header"
gpg --batch --yes --recipient bsa@heritagevalleyfcu.org --encrypt "$OUT" && rm -f "$OUT"
''', pw=_pw), _pw, "PostgreSQL environment variables (PGPASSWORD); psql \\\\copy")

add("shell/decoy-prompt", "scripts/ach/manual_upload.sh", fill('''
#!/usr/bin/env bash
# Manual ACH upload when the scheduled job fails. Asks for the SFTP password; nothing stored.
set -euo pipefail
FILE=${1:?usage: manual_upload.sh ACH_FILE}
read -r -s -p "Corporate SFTP password for cu68412_ach: " CORP_PASS
echo
lftp -u "cu68412_ach,${CORP_PASS}" sftp://sftp.catalystcorp-example.org -e "put ${FILE} -o /inbound/ach/; bye"
unset CORP_PASS
'''), None, "bash read -s; lftp")

add("shell/decoy-env", "scripts/cards/settlement_pull.sh", fill('''
#!/usr/bin/env bash
set -euo pipefail
: "${COOP_SFTP_USER:?}" "${COOP_SFTP_KEY:=/etc/cardops/coop_ed25519}"
DEST=/data/settlement/$(date +%Y%m%d)
mkdir -p "$DEST"
sftp -i "$COOP_SFTP_KEY" -o BatchMode=yes "${COOP_SFTP_USER}@sftp.coopfs-example.com" <<EOF
cd outbound
mget SETL_*.dat $DEST/
EOF
ls -l "$DEST"
'''), None, "OpenSSH sftp with key authentication and parameter expansion")

# ---------------------------------------------------------------- PowerShell
_pw = human_pw()
add("powershell/pscredential", "scripts/Invoke-EpisysReportPull.ps1", fill('''
<#
.SYNOPSIS
  Copies the nightly Episys report files from the Symitar host to the reporting share.
#>
param(
    [string]$ReportDate = (Get-Date).AddDays(-1).ToString('yyyyMMdd')
)

$user = 'HVFCU\\svc_episysrpt'
$secure = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

New-PSDrive -Name REP -PSProvider FileSystem -Root '\\\\episys-rpt01\\letters' -Credential $cred | Out-Null
Get-ChildItem "REP:\\$ReportDate" -Filter '*.txt' |
    Copy-Item -Destination "\\\\fs01\\Reports\\Episys\\$ReportDate" -Force
Remove-PSDrive REP
''', pw=_pw), _pw, "PowerShell ConvertTo-SecureString -AsPlainText; PSCredential")

_key = hexs(32)
add("powershell/pagerduty", "scripts/Watch-AchCutoff.ps1", fill('''
# Raises a PagerDuty incident when the ACH file has not left by the Fed cutoff.
$RoutingKey = "@@key@@"
$outbound = Get-ChildItem '\\\\fs01\\ACH\\Outbound\\Sent' -Filter "ACH_$(Get-Date -f yyyyMMdd)*.ach" -ErrorAction SilentlyContinue
if (-not $outbound) {
    $body = @{
        routing_key  = $RoutingKey
        event_action = 'trigger'
        payload      = @{
            summary  = "ACH origination file not sent by $(Get-Date -f HH:mm) ET"
            source   = $env:COMPUTERNAME
            severity = 'critical'
        }
    } | ConvertTo-Json -Depth 4
    Invoke-RestMethod -Method Post -Uri 'https://events.pagerduty.com/v2/enqueue' -Body $body -ContentType 'application/json'
}
''', key=_key), _key, "PagerDuty Events API v2 (routing_key)")

_pw = human_pw()
add("powershell/invoke-sqlcmd", "scripts/Export-CtrCandidates.ps1", fill('''
Import-Module SqlServer
$params = @{
    ServerInstance = 'dw-sql01.hvfcu.local'
    Database       = 'ARCU_DW'
    Username       = 'bsa_export'
    Password       = '@@pw@@'
    Query          = "EXEC bsa.usp_CtrCandidates @BusinessDate = '$((Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))'"
    TrustServerCertificate = $true
}
$rows = Invoke-Sqlcmd @params
$rows | Export-Csv -Path "\\\\fs01\\BSA\\CTR\\candidates_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
Write-Host "$($rows.Count) CTR candidates exported"
''', pw=_pw), _pw, "SqlServer module Invoke-Sqlcmd (-Username/-Password)")

_pw = human_pw()
add("powershell/posh-ssh", "scripts/Send-FinCenBatch.ps1", fill('''
# Upload the BSA CTR/SAR batch XML to FinCEN SDTM (BSA E-Filing secure direct transfer)
Import-Module Posh-SSH
$sdtmUser = 'HVFCUSDTM01'
$sdtmPass = ConvertTo-SecureString -String "@@pw@@" -AsPlainText -Force
$cred = [pscredential]::new($sdtmUser, $sdtmPass)

$session = New-SFTPSession -ComputerName 'bsaefiling-direct.fincen.treas.gov' -Port 2222 -Credential $cred -AcceptKey
Get-ChildItem '\\\\fs01\\BSA\\Outbound' -Filter '*.xml' | ForEach-Object {
    Set-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination '/submission'
    Move-Item $_.FullName '\\\\fs01\\BSA\\Sent'
}
Remove-SFTPSession -SessionId $session.SessionId | Out-Null
''', pw=_pw), _pw, "Posh-SSH New-SFTPSession; FinCEN BSA E-Filing SDTM")

_sec = azure_secret()
add("powershell/graph-client-secret", "scripts/Sync-BranchDistributionLists.ps1", fill('''
$tenantId = '3e1f5c2a-8d94-4b7e-a6c1-0f2d9b8e4a17'
$clientId = 'b7d2c1e4-5a8f-4c3b-9e0d-2f6a1b7c8d90'
$clientSecret = '@@sec@@'

$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body @{
    client_id     = $clientId
    client_secret = $clientSecret
    scope         = 'https://graph.microsoft.com/.default'
    grant_type    = 'client_credentials'
}
$headers = @{ Authorization = "Bearer $($token.access_token)" }
Import-Csv .\\branches.csv | ForEach-Object {
    Invoke-RestMethod -Headers $headers -Uri "https://graph.microsoft.com/v1.0/groups?`$filter=mailNickname eq '$($_.Alias)'"
}
''', sec=_sec), _sec, "Microsoft identity platform client credentials flow; Microsoft Graph")

add("powershell/decoy-secretmanagement", "scripts/Invoke-SymxHealthCheck.ps1", fill('''
Import-Module Microsoft.PowerShell.SecretManagement
$admin = Get-Secret -Name 'SymxAdminPassword' -Vault 'CoreSystems' -AsPlainText
$body = @"
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Body><getVersion><Request><Credentials><AdministrativeCredentials><Password>$admin</Password></AdministrativeCredentials></Credentials></Request></getVersion></soapenv:Body>
</soapenv:Envelope>
"@
Invoke-WebRequest -Uri 'https://symx.riverbend.local:8443/SymXchange/2020.00/SystemService' -Method Post -Body $body -ContentType 'text/xml'
'''), None, "Microsoft.PowerShell.SecretManagement Get-Secret")

add("powershell/decoy-clixml", "scripts/Copy-PositivePayFile.ps1", fill('''
# The credential file is created once per service account with:
#   Get-Credential | Export-Clixml C:\\svc\\pospay.cred.xml   (DPAPI-protected, machine+user bound)
$cred = Import-Clixml -Path 'C:\\svc\\pospay.cred.xml'
$session = New-SFTPSession -ComputerName 'sftp.positivepay-vendor.example' -Credential $cred -AcceptKey
Set-SFTPItem -SessionId $session.SessionId -Path "C:\\PosPay\\Out\\issue_$(Get-Date -f yyyyMMdd).csv" -Destination '/inbound'
Remove-SFTPSession -SessionId $session.SessionId | Out-Null
'''), None, "PowerShell Export-Clixml/Import-Clixml of a PSCredential (DPAPI)")

# ---------------------------------------------------------------- crontab / systemd
_pw = human_pw()
add("crontab/curl-basic", "ops/cron/cardops.crontab", fill('''
# m h dom mon dow  command   (user: cardops)
MAILTO=cardops@prairiecu.org
15 5 * * 1-6  /opt/cardops/bin/pull_settlement.sh >> /var/log/cardops/settlement.log 2>&1
30 5 * * 1-6  curl -sf -u prairiecu_hotlist:@@pw@@ -o /data/hotlist/hotlist_$(date +\\%Y\\%m\\%d).csv https://files.processor-example.com/hotlist/latest.csv
0 6 * * *     find /data/hotlist -mtime +30 -delete
''', pw=_pw), _pw, "crontab(5) (escaped %); curl -u user:password")

_pw = rand_pw(16)
add("crontab/sshpass", "ops/cron/ach.crontab", fill('''
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
# Fed ACH windows: push the origination file after each cutoff
20 10 * * 1-5 sshpass -p '@@pw@@' sftp -oBatchMode=no cu68412_ach@sftp.catalystcorp-example.org <<< $'put /data/ach/out/*.ach /inbound/ach/' >> /var/log/ach/push.log 2>&1
35 14 * * 1-5 sshpass -p '@@pw@@' sftp -oBatchMode=no cu68412_ach@sftp.catalystcorp-example.org <<< $'put /data/ach/out/*.ach /inbound/ach/' >> /var/log/ach/push.log 2>&1
50 16 * * 1-5 /opt/ach/bin/verify_ack.sh
0 2 * * *     /opt/ach/bin/archive.sh
''', pw=_pw), _pw, "crontab(5); sshpass -p")

add("crontab/decoy-netrc", "ops/cron/regreport.crontab", fill('''
# Credentials for the curl downloads live in ~regreport/.netrc (mode 600, managed by Ansible Vault)
MAILTO=regreport@hvfcu.org
0 4 1 * *   curl -sf --netrc -o /data/ncua/5300_template.xlsx https://files.hvfcu.local/ncua/5300_template.xlsx
30 4 1 * *  /opt/regreport/bin/build_5300.py --cycle last-quarter-end
0 7 * * 1-5 /opt/regreport/bin/ctr_candidates.py --date yesterday
'''), None, "curl --netrc; crontab(5)")

_pw = human_pw()
add("systemd/hsm-password", "ops/systemd/pin-service.service", fill('''
[Unit]
Description=PIN translation service (CloudHSM)
After=network-online.target cloudhsm-client.service
Wants=network-online.target

[Service]
Type=simple
User=pinsvc
Environment=HSM_USER=cu_pinsvc
Environment=HSM_PASSWORD=@@pw@@
Environment=JAVA_OPTS=-Xmx512m
ExecStart=/usr/bin/java $JAVA_OPTS -cp /opt/pin-service/pin-service.jar:/opt/cloudhsm/java/* org.riverbend.pin.Main
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
''', pw=_pw), _pw, "systemd.exec Environment=; AWS CloudHSM JCE HSM_USER/HSM_PASSWORD")

_key = chars(40, ALNUM)
add("systemd/api-key", "ops/systemd/verafin-export.service", fill('''
[Unit]
Description=Verafin daily export uploader
After=network-online.target

[Service]
Type=oneshot
User=bsa
Environment="VERAFIN_API_URL=https://api.verafin-example.com/v1/ingest"
Environment="VERAFIN_API_KEY=@@key@@"
ExecStart=/opt/bsa/bin/verafin_export --date yesterday --dir /data/bsa/verafin
''', key=_key), _key, "systemd.exec Environment= (quoted form)")

add("systemd/decoy-environment-file", "ops/systemd/ach-processor.service", fill('''
[Unit]
Description=ACH processor
After=network-online.target rabbitmq-server.service

[Service]
User=achproc
EnvironmentFile=/etc/ach-processor/env
LoadCredential=corp-sftp-password:/etc/credstore/corp-sftp-password
ExecStart=/opt/ach-processor/bin/ach-processor --config /etc/ach-processor/config.yaml
Restart=always

[Install]
WantedBy=multi-user.target
'''), None, "systemd EnvironmentFile= and LoadCredential=")

# ---------------------------------------------------------------- nginx / apache
_pw = human_pw()
add("nginx/basic-auth-header", "ops/nginx/conf.d/core-proxy.conf", fill('''
# Reverse proxy in front of the core's REST bridge: adds the bridge's service credential
upstream core_bridge {
    server 10.30.5.17:9443;
    keepalive 16;
}

server {
    listen 443 ssl;
    server_name core-proxy.keystonecu.local;
    ssl_certificate     /etc/nginx/tls/core-proxy.crt;
    ssl_certificate_key /etc/nginx/tls/core-proxy.key;

    location /bridge/ {
        proxy_pass https://core_bridge/;
        proxy_set_header Authorization "Basic @@b@@";
        proxy_set_header X-Request-Id $request_id;
        proxy_ssl_verify on;
        proxy_ssl_trusted_certificate /etc/nginx/tls/core-ca.pem;
    }
}
''', b=b64("portal_svc:" + _pw)), _pw, "nginx ngx_http_proxy_module proxy_set_header; RFC 7617 Basic")

_key = chars(32, ALNUM)
add("apache/api-key-header", "ops/apache/sites-available/loan-app.conf", fill('''
<VirtualHost *:443>
    ServerName apply.heritagevalleyfcu.org
    SSLEngine on
    SSLCertificateFile /etc/pki/tls/certs/apply.crt
    SSLCertificateKeyFile /etc/pki/tls/private/apply.key

    ProxyPreserveHost On
    ProxyPass        /los/ https://cu.loanspq.com/services/
    ProxyPassReverse /los/ https://cu.loanspq.com/services/
    RequestHeader set X-API-Key "@@key@@"
    RequestHeader unset Cookie

    ErrorLog ${APACHE_LOG_DIR}/loan-app-error.log
    CustomLog ${APACHE_LOG_DIR}/loan-app-access.log combined
</VirtualHost>
''', key=_key), _key, "Apache mod_headers RequestHeader; mod_proxy")

add("nginx/decoy-auth-request", "ops/nginx/conf.d/portal.conf", fill('''
server {
    listen 443 ssl http2;
    server_name online.cardinalcu.org;
    ssl_certificate     /etc/nginx/tls/online.crt;
    ssl_certificate_key /etc/nginx/tls/online.key;

    location = /_oauth2 {
        internal;
        proxy_pass http://oauth2-proxy:4180/oauth2/auth;
        proxy_set_header Content-Length "";
    }

    location /api/ {
        auth_request /_oauth2;
        auth_request_set $token $upstream_http_x_auth_request_access_token;
        proxy_set_header Authorization "Bearer $token";
        proxy_pass http://portal-api:8080/;
    }
}
'''), None, "nginx auth_request with oauth2-proxy (token from a variable)")

# ---------------------------------------------------------------- SQL
_pw = human_pw()
add("sql/create-login", "db/migrations/V2024.10.02__regreport_logins.sql", fill('''
-- Logins for the NCUA 5300 / BSA reporting jobs (change ticket CHG0041877)
USE [master];
GO
CREATE LOGIN [svc_regreport] WITH PASSWORD = N'@@pw@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [ARCU_DW];
GO
USE [ARCU_DW];
GO
CREATE USER [svc_regreport] FOR LOGIN [svc_regreport];
ALTER ROLE [db_datareader] ADD MEMBER [svc_regreport];
GRANT EXECUTE ON SCHEMA::[bsa] TO [svc_regreport];
GRANT EXECUTE ON SCHEMA::[ncua] TO [svc_regreport];
GO
''', pw=_pw), _pw, "T-SQL CREATE LOGIN ... WITH PASSWORD")

_pw = rand_pw(16)
add("sql/db-link", "dna/sql/create_dblink_dw.sql", fill('''
-- Database link from the DNA reporting replica to the data warehouse staging schema
CREATE DATABASE LINK dw_stage
  CONNECT TO dw_loader IDENTIFIED BY "@@pw@@"
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=dwora01.coopbank.local)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=DWSTAGE)))';

-- smoke test
SELECT COUNT(*) FROM osibank.acct@dw_stage WHERE ROWNUM < 10;
''', pw=_pw), _pw, "Oracle CREATE DATABASE LINK ... IDENTIFIED BY")

_pw = human_pw()
add("sql/linked-server", "db/scripts/linked_server_episys.sql", fill('''
-- Linked server to the Episys reporting replica (used by the ALM extract)
EXEC master.dbo.sp_addlinkedserver
     @server = N'EPISYS_RPT',
     @srvproduct = N'',
     @provider = N'MSOLEDBSQL',
     @datasrc = N'episys-rpt01.hvfcu.local';

EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'EPISYS_RPT',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'alm_reader',
     @rmtpassword = N'@@pw@@';
GO
''', pw=_pw), _pw, "sp_addlinkedsrvlogin (@rmtuser/@rmtpassword)")

add("sql/decoy-bcrypt-seed", "portal/db/seed/001_admin_users.sql", fill('''
-- Seed admin users for the member portal back office (password hashes only, bcrypt cost 12)
INSERT INTO admin_user (username, display_name, password_hash, role, mfa_required) VALUES
  ('jmartinez', 'Julia Martinez', '@@h1@@', 'CALL_CENTER_LEAD', true),
  ('dpatel',    'Dev Patel',      '@@h2@@', 'FRAUD_ANALYST',    true),
  ('kowens',    'Kim Owens',      '@@h3@@', 'ADMIN',            true);
''', h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()), None, "bcrypt modular crypt format ($2b$)")

add("sql/decoy-windows-login", "db/migrations/V2024.10.03__etl_logins.sql", fill('''
-- ETL runs under the gMSA; no SQL authentication password exists for it
USE [master];
GO
CREATE LOGIN [HVFCU\\gmsa_etl$] FROM WINDOWS WITH DEFAULT_DATABASE = [ARCU_DW];
GO
USE [ARCU_DW];
CREATE USER [HVFCU\\gmsa_etl$] FOR LOGIN [HVFCU\\gmsa_etl$];
ALTER ROLE [db_datawriter] ADD MEMBER [HVFCU\\gmsa_etl$];
GO
'''), None, "CREATE LOGIN ... FROM WINDOWS (group managed service account)")

# ---------------------------------------------------------------- C#
_pw = human_pw()
add("csharp/symxchange", "src/Riverbend.Core/SymX/SymXClientFactory.cs", fill('''
using System;
using System.ServiceModel;
using Riverbend.Core.SymX.AccountService;

namespace Riverbend.Core.SymX
{
    public static class SymXClientFactory
    {
        private const int DeviceNumber = 30112;
        private const string DeviceType = "HBAPI";
        private const string AdminPassword = "@@pw@@";

        public static AccountServiceClient Create(Uri baseUri)
        {
            var binding = new BasicHttpsBinding { MaxReceivedMessageSize = 4 * 1024 * 1024 };
            var endpoint = new EndpointAddress(new Uri(baseUri, "AccountService"));
            return new AccountServiceClient(binding, endpoint);
        }

        public static Credentials AdminCredentials() => new Credentials
        {
            Item = new AdministrativeCredentials { Password = AdminPassword }
        };

        public static DeviceInformation Device() => new DeviceInformation
        {
            DeviceNumber = DeviceNumber,
            DeviceType = DeviceType
        };
    }
}
''', pw=_pw), _pw, "SymXchange WCF client (AdministrativeCredentials, DeviceInformation)")

_pw = rand_pw(18)
add("csharp/x509-password", "src/Riverbend.Cards/CoopMtlsHandler.cs", fill('''
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace Riverbend.Cards
{
    internal static class CoopMtlsHandler
    {
        // client certificate for the CO-OP card services API (renews each March)
        public static HttpClientHandler Build()
        {
            var cert = new X509Certificate2(
                @"C:\\Riverbend\\certs\\coop-api-client.pfx",
                "@@pw@@",
                X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.EphemeralKeySet);
            var handler = new HttpClientHandler { ClientCertificateOptions = ClientCertificateOption.Manual };
            handler.ClientCertificates.Add(cert);
            return handler;
        }
    }
}
''', pw=_pw), _pw, "X509Certificate2(string fileName, string password, X509KeyStorageFlags)")

_key = uuid_s()
add("csharp/socure-split", "src/Riverbend.Onboarding/Fraud/SocureClient.cs", fill('''
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Riverbend.Onboarding.Fraud
{
    public sealed class SocureClient
    {
        private static readonly string ApiKey = "@@a@@" +
                                                "@@b@@";
        private readonly HttpClient _http;

        public SocureClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://service.socure.com/api/3.0/");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SocureApiKey", ApiKey);
        }

        public async Task<string> ScoreAsync(string json)
        {
            var resp = await _http.PostAsync("EmailAuthScore", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
''', a=_key[:18], b=_key[18:]), _key, "Socure ID+ (SocureApiKey header); C# string concatenation")

add("csharp/decoy-configuration", "src/Riverbend.Cards/CardServicesOptions.cs", fill('''
using Microsoft.Extensions.Configuration;

namespace Riverbend.Cards
{
    public sealed class CardServicesOptions
    {
        public string BaseUrl { get; init; } = "https://api.coopfs-example.com/";
        public string ClientCertPath { get; init; } = "";
        public string ClientCertPassword { get; init; } = "";

        public static CardServicesOptions From(IConfiguration config) => new()
        {
            BaseUrl = config["CardServices:BaseUrl"] ?? "https://api.coopfs-example.com/",
            ClientCertPath = config["CardServices:ClientCertPath"]!,
            ClientCertPassword = config["CardServices:ClientCertPassword"]!,   // Key Vault in prod
        };
    }
}
'''), None, "Microsoft.Extensions.Configuration indexer")

# ---------------------------------------------------------------- Java
_pw = passphrase()
add("java/luna-partition", "hsm-proxy/src/main/java/org/coopbank/hsm/LunaSession.java", fill('''
package org.coopbank.hsm;

import com.safenetinc.luna.LunaSlotManager;
import java.security.KeyStore;

public final class LunaSession {

    private static final String PARTITION = "cu-cards-p1";
    private static final String PARTITION_PASSWORD = "@@pw@@";

    private LunaSession() {}

    public static KeyStore open() throws Exception {
        LunaSlotManager slots = LunaSlotManager.getInstance();
        slots.login(PARTITION, PARTITION_PASSWORD);
        KeyStore ks = KeyStore.getInstance("Luna");
        ks.load(null, null);
        return ks;
    }

    public static void close() {
        LunaSlotManager.getInstance().logout();
    }
}
''', pw=_pw), _pw, "Thales Luna JSP (LunaSlotManager.login(label, password))")

_pw = human_pw()
add("java/jdbc", "alm-extract/src/main/java/org/keystonecu/alm/Db.java", fill('''
package org.keystonecu.alm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Db {
    private static final String URL =
        "jdbc:sqlserver://dw-sql01.keystonecu.local:1433;databaseName=ARCU_DW;encrypt=true;trustServerCertificate=true";
    private static final String USER = "alm_reader";
    private static final String PASSWORD =
        "@@a@@" +
        "@@b@@";

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
''', a=_pw[:5], b=_pw[5:]), _pw, "JDBC DriverManager.getConnection(url, user, password); Microsoft JDBC Driver URL")

_key, _sec = chars(16, string.ascii_uppercase + string.digits), confluent_secret()
add("java/kafka-jaas", "auth-stream/src/main/java/org/coopbank/auth/KafkaConfig.java", fill('''
package org.coopbank.auth;

import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

public final class KafkaConfig {
    static Properties base() {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "pkc-4nym6.us-east-1.aws.confluent.cloud:9092");
        p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        p.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        p.put(SaslConfigs.SASL_JAAS_CONFIG,
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\\"@@key@@\\" password=\\"@@sec@@\\";");
        return p;
    }
}
''', key=_key, sec=_sec), _sec, "Apache Kafka client SASL/PLAIN (sasl.jaas.config)")

add("java/decoy-getenv", "pin-service/src/main/java/org/riverbend/pin/HsmLogin.java", fill('''
package org.riverbend.pin;

import com.amazonaws.cloudhsm.jce.provider.CloudHsmProvider;
import java.security.Security;

final class HsmLogin {
    static void init() throws Exception {
        // CloudHSM JCE reads HSM_USER / HSM_PASSWORD from the environment (set by the service unit)
        if (System.getenv("HSM_USER") == null || System.getenv("HSM_PASSWORD") == null) {
            throw new IllegalStateException("HSM_USER and HSM_PASSWORD must be set");
        }
        if (Security.getProvider(CloudHsmProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new CloudHsmProvider());
        }
    }
}
'''), None, "AWS CloudHSM JCE provider login via environment variables")

# ---------------------------------------------------------------- Go
_sec = rand_pw(32)
add("go/webhook-secret", "services/card-events/internal/marqeta/webhook.go", fill('''
package marqeta

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"io"
	"net/http"
)

// shared secret configured on the Marqeta webhook "cu-card-events-prod"
const webhookSecret = "@@sec@@"

func Verify(r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, false
	}
	mac := hmac.New(sha1.New, []byte(webhookSecret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-Marqeta-Signature")))
}
''', sec=_sec), _sec, "Marqeta webhooks: signature verification with the webhook secret; Go crypto/hmac")

_pw = human_pw()
add("go/pkcs11-pin", "services/pin-translate/cmd/pintrans/main.go", fill('''
package main

import (
	"log"

	"github.com/miekg/pkcs11"
)

const (
	module    = "/opt/cloudhsm/lib/libcloudhsm_pkcs11.so"
	slotLabel = "hsm1"
	userPIN   = "cu_pinsvc:@@pw@@"
)

func main() {
	p := pkcs11.New(module)
	if err := p.Initialize(); err != nil {
		log.Fatal(err)
	}
	defer p.Finalize()
	slots, _ := p.GetSlotList(true)
	session, err := p.OpenSession(slots[0], pkcs11.CKF_SERIAL_SESSION|pkcs11.CKF_RW_SESSION)
	if err != nil {
		log.Fatal(err)
	}
	if err := p.Login(session, pkcs11.CKU_USER, userPIN); err != nil {
		log.Fatal(err)
	}
	log.Printf("logged in to %s", slotLabel)
}
''', pw=_pw), _pw, "AWS CloudHSM PKCS#11 library (PIN is <CU user>:<password>); miekg/pkcs11")

add("go/decoy-getenv", "services/device-risk/internal/config/config.go", fill('''
package config

import (
	"fmt"
	"os"
)

type Sardine struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
}

func LoadSardine() (Sardine, error) {
	s := Sardine{
		BaseURL:      getenv("SARDINE_BASE_URL", "https://api.sandbox.sardine.ai"),
		ClientID:     os.Getenv("SARDINE_CLIENT_ID"),
		ClientSecret: os.Getenv("SARDINE_CLIENT_SECRET"),
	}
	if s.ClientID == "" || s.ClientSecret == "" {
		return s, fmt.Errorf("SARDINE_CLIENT_ID and SARDINE_CLIENT_SECRET are required")
	}
	return s, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
'''), None, "Go os.Getenv")

# ---------------------------------------------------------------- JavaScript / TypeScript
_sec = hexs(64)
add("javascript/session-secret", "member-portal-node/server.js", fill('''
const express = require("express");
const session = require("express-session");
const RedisStore = require("connect-redis").default;
const { createClient } = require("redis");

const app = express();
const redisClient = createClient({ url: "redis://redis-portal.internal:6379" });
redisClient.connect().catch(console.error);

app.set("trust proxy", 1);
app.use(session({
  store: new RedisStore({ client: redisClient, prefix: "hb:" }),
  name: "__Host-hb",
  secret: "@@sec@@",
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: "lax", maxAge: 10 * 60 * 1000 },
}));

app.use("/api", require("./routes/api"));
app.listen(process.env.PORT || 3000);
''', sec=_sec), _sec, "express-session (secret option); connect-redis")

_sec = hexs(30)
add("typescript/plaid", "portal-bff/src/plaid.ts", fill('''
import { Configuration, PlaidApi, PlaidEnvironments, Products, CountryCode } from "plaid";

const config = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      "PLAID-CLIENT-ID": "@@cid@@",
      "PLAID-SECRET": "@@sec@@",
      "Plaid-Version": "2020-09-14",
    },
  },
});

export const plaid = new PlaidApi(config);

export async function linkToken(memberId: string): Promise<string> {
  const res = await plaid.linkTokenCreate({
    user: { client_user_id: memberId },
    client_name: "Cardinal Credit Union",
    products: [Products.Auth],
    country_codes: [CountryCode.Us],
    language: "en",
  });
  return res.data.link_token;
}
''', cid=hexs(24), sec=_sec), _sec, "Plaid Node SDK quickstart (PLAID-CLIENT-ID / PLAID-SECRET headers)")

_key = jwt({"iss": "kount.com", "sub": "900417", "aud": "kount.api", "iat": 1717171717, "scope": "k360:ris k360:orders"},
           256, "RS256")
add("typescript/kount", "fraud-gateway/src/kount.ts", fill('''
import axios from "axios";

// Kount 360 / RIS API key for merchant 900417 (card-not-present loan payments)
const KOUNT_API_KEY =
  "@@key@@";

const kount = axios.create({
  baseURL: "https://api.kount.net/rpc/v1",
  timeout: 3000,
  headers: { Authorization: `Bearer ${KOUNT_API_KEY}` },
});

export async function inquire(order: Record<string, unknown>) {
  const { data } = await kount.post("/orders", order, { params: { riskInquiry: true } });
  return data.order.riskInquiry;
}
''', key=_key), _key, "Kount API keys (JWT bearer); axios")

_tok = npm_token()
add("npmrc/npm-token", "portal-spa/.npmrc", fill('''
@cardinalcu:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
always-auth=true
save-exact=true
engine-strict=true
''', tok=_tok), _tok, "npm .npmrc (_authToken); npm access tokens (npm_)")

add("javascript/decoy-process-env", "member-portal-node/config.js", fill('''
// All secrets come from the environment (AWS Parameter Store via the ECS task definition)
module.exports = {
  port: Number(process.env.PORT || 3000),
  sessionSecret: process.env.SESSION_SECRET,
  redisUrl: process.env.REDIS_URL || "redis://localhost:6379",
  plaid: {
    clientId: process.env.PLAID_CLIENT_ID,
    secret: process.env.PLAID_SECRET,
    env: process.env.PLAID_ENV || "sandbox",
  },
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID,
    authToken: process.env.TWILIO_AUTH_TOKEN,
  },
};
'''), None, "Node.js process.env")

add("javascript/decoy-public-dsn", "portal-spa/src/sentry.js", fill('''
import * as Sentry from "@sentry/react";

// The DSN is public by design (it only allows sending events); see Sentry docs "DSN Explainer".
Sentry.init({
  dsn: "https://@@k@@@o4506123456789.ingest.us.sentry.io/4506123456790",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.05,
  beforeSend(event) {
    if (event.request && event.request.headers) delete event.request.headers.Authorization;
    return event;
  },
});
''', k=hexs(32)), None, "Sentry DSN explainer (DSNs are safe to keep public)")

add("typescript/decoy-publishable", "donations/src/checkout.ts", fill('''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser by design (Stripe docs, "API keys").
const stripePromise = loadStripe("@@pk@@");

export async function redirectToCheckout(sessionId: string) {
  const stripe = await stripePromise;
  if (!stripe) throw new Error("Stripe.js failed to load");
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) console.error(error.message);
}
''', pk=stripe_key("pk_live_")), None, "Stripe publishable keys (pk_live_) are public")

# ---------------------------------------------------------------- docs kept in the repository
_pw = human_pw()
add("markdown/sftp-password", "docs/runbooks/corporate-cu-sftp.md", fill('''
# Runbook: ACH exchange with the corporate credit union

The corporate CU settles our ACH with the Fed. Files go both ways over SFTP.

| | |
|---|---|
| Host | `sftp.catalystcorp-example.org` (port 22) |
| User | `cu68412_ach` |
| Password | `@@pw@@` |
| Inbound (to corporate) | `/inbound/ach` |
| Outbound (from corporate) | `/outbound/returns`, `/outbound/noc` |

## When the 16:45 ET window is missed
1. Check `/var/log/ach/push.log` on `achxfer01`.
2. Call corporate payments ops (number in the BCP binder) and ask for the late window.
3. Push by hand: `lftp -u cu68412_ach sftp://sftp.catalystcorp-example.org` and `put` the file.
4. Log the event in the ACH audit workbook (NACHA Rule 1.2.2 risk assessment).
''', pw=_pw), _pw, "Team runbook (Markdown) for an SFTP exchange")

_pw = rand_pw(14, "!#")
add("markdown/uat-credentials", "docs/onboarding/jxchange-uat.md", fill('''
# jXchange UAT access for new developers

1. Ask the service desk to add you to `SG-Core-Dev`.
2. Import `docs/postman/jXchange-TEST.postman_environment.json`.
3. The shared UAT service user is below; do not use it from anything but your workstation.

```
InstRtId : 291471024
InstEnv  : TEST
User     : prairiecu_jx_uat
Password : @@pw@@
```

4. First call to try: `AcctInq` on test account `1000234567` (type `D`).
5. Jack Henry's jXchange test window is 6:00-22:00 CT; outside it you get `300015 Service unavailable`.
''', pw=_pw), _pw, "Team onboarding notes (Markdown); jXchange test environment")

_key = uuid_s()
add("markdown/api-key", "docs/cards/lithic-sandbox.md", fill('''
# Lithic sandbox

We share one sandbox account for the card program prototype.

```bash
export LITHIC_API_KEY=@@key@@
curl https://sandbox.lithic.com/v1/cards -H "Authorization: $LITHIC_API_KEY"
```

Simulate an authorization:

```bash
curl -X POST https://sandbox.lithic.com/v1/simulate/authorize \\
  -H "Authorization: $LITHIC_API_KEY" -H "Content-Type: application/json" \\
  -d '{"amount": 1250, "descriptor": "COFFEE SHOP", "pan": "4111111289144142"}'
```
''', key=_key), _key, "Lithic sandbox docs (simulate authorize); team notes")

add("markdown/decoy-placeholder", "docs/integrations/socure.md", fill('''
# Socure ID+ integration

Calls go from `fraud-gateway` to `https://service.socure.com/api/3.0/EmailAuthScore`.

```bash
curl -X POST https://sandbox.socure.com/api/3.0/EmailAuthScore \\
  -H "Authorization: SocureApiKey <your-sandbox-api-key>" \\
  -H "Content-Type: application/json" \\
  -d @sample_applicant.json
```

- The production key is in Key Vault `kv-fraud-prod`, secret `SocureApiKey`.
- Rotate it in the Socure admin dashboard, then update Key Vault; pods pick it up within an hour.
- Modules we use: `kyc`, `fraud`, `emailrisk`, `phonerisk`, `decision`.
'''), None, "Socure ID+ API docs; team notes with placeholders")

add("markdown/decoy-secret-manager", "docs/runbooks/hsm-key-ceremony.md", fill('''
# Runbook: ZPK exchange with the card processor

Participants: two key custodians (dual control) and a witness from Internal Audit.

1. Custodian A retrieves component 1 from the safe (envelope `ZMK-COOP-C1`); custodian B component 2.
2. On the payShield console: `FK` (form key from components), key type `000` (ZMK), scheme `U`.
3. Record the **KCV only** in the key log: KCV for the 2025 ZMK is `@@kcv@@`.
4. Import the processor's ZPK under the ZMK with host command `A6`; verify the KCV they sent.
5. Custodian credentials for the payShield Manager smart cards are in 1Password, vault
   "HSM Custodians" (`op read "op://HSM Custodians/payShield Manager A/password"`).
6. Shred the printed components; sign the ceremony form.
''', kcv=upper_hex(6)), None, "Thales payShield key management (FK, A6, KCV); 1Password CLI secret references")

# ---------------------------------------------------------------- keys committed by mistake
_key = private_pem("OPENSSH", 7)
add("pem/openssh-key", "ops/keys/coop_settlement_ed25519", _key + "\n", _key,
    "OpenSSH private key format (PROTOCOL.key)")

_key = pgp_private()
add("pem/pgp-private", "ops/pgp/ach-file-signing.asc", fill('''
Key for signing ACH files sent to the corporate CU (exported from the ACH host, 2024-04-11)
@@key@@
''', key=_key), _key, "OpenPGP ASCII armor (RFC 4880), private key block")

add("pem/decoy-certificate", "integrations/symitar/certs/symx-ca.pem", fill('''
# Riverbend FCU internal issuing CA (signs the SymXchange listener certificate)
@@c1@@
@@c2@@
''', c1=cert_pem(10), c2=cert_pem(12)), None, "PEM certificates (RFC 7468)")

add("pem/decoy-public-key", "services/card-events/keys/processor-webhook-pub.pem", fill('''
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@body@@
@@tail@@IDAQAB
-----END PUBLIC KEY-----
''', body=pem_body(5, "", 64)[:20] + "\n" + pem_body(4, "", 64), tail=chars(22, B64)), None,
    "PEM SubjectPublicKeyInfo (RFC 7468): public key for webhook signature verification")

add("pem/decoy-pgp-public", "ops/pgp/catalyst-corporate-ach.pub.asc", fill('''
Encryption key published by the corporate CU for inbound ACH files (fingerprint @@fpr@@)
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBG@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
''', fpr=upper_hex(40), body=pem_body(12, "", 64)[6:], crc=chars(4, B64)), None, "OpenPGP ASCII armor, public key block")

add("ssh/decoy-authorized-keys", "ops/ansible/files/achxfer_authorized_keys", fill('''
# achxfer@ach01 - corporate CU pulls returns with these keys (public keys only)
@@k1@@
@@k2@@
@@k3@@
from="10.42.7.0/24" @@k4@@
''', k1=ssh_pub("catalyst-corp-returns@sftp01"), k2=ssh_pub("catalyst-corp-returns@sftp02"),
     k3=ssh_pub("jenkins@build01"), k4=ssh_pub("ops-jump@hvfcu")), None, "OpenSSH authorized_keys format")

# ---------------------------------------------------------------- device and vendor configs
_psk = rand_pw(24)
add("cisco/ipsec-psk", "network/asa/asa-dc1-coop-vpn.cfg", fill('''
! Site-to-site tunnel to the card processor (CO-OP) - ASA 5516 DC1
crypto ikev2 policy 10
 encryption aes-256
 integrity sha256
 group 14
 prf sha256
 lifetime seconds 86400
crypto ipsec ikev2 ipsec-proposal COOP-P2
 protocol esp encryption aes-256
 protocol esp integrity sha-256
access-list COOP-CRYPTO extended permit ip object-group CARD-HOSTS object-group COOP-NETS
crypto map OUTSIDE-MAP 20 match address COOP-CRYPTO
crypto map OUTSIDE-MAP 20 set peer 203.0.113.44
crypto map OUTSIDE-MAP 20 set ikev2 ipsec-proposal COOP-P2
tunnel-group 203.0.113.44 type ipsec-l2l
tunnel-group 203.0.113.44 ipsec-attributes
 ikev2 remote-authentication pre-shared-key @@psk@@
 ikev2 local-authentication pre-shared-key @@psk@@
''', psk=_psk), _psk, "Cisco ASA site-to-site IKEv2 configuration (tunnel-group ipsec-attributes)")

_psk = passphrase()
add("strongswan/ipsec-secrets", "network/strongswan/ipsec.secrets", fill('''
# /etc/ipsec.secrets - DR site tunnel to the corporate credit union
# This file holds shared secrets or RSA private keys for authentication.

: RSA /etc/ipsec.d/private/dr-gw.key
198.51.100.10 203.0.113.80 : PSK "@@psk@@"
''', psk=_psk), _psk, "strongSwan ipsec.secrets (PSK)")

add("cisco/decoy-masked", "network/asa/show-run-tunnel-group.txt", fill('''
asa-dc1# show running-config tunnel-group 203.0.113.44
tunnel-group 203.0.113.44 type ipsec-l2l
tunnel-group 203.0.113.44 general-attributes
 default-group-policy GP-COOP
tunnel-group 203.0.113.44 ipsec-attributes
 ikev2 remote-authentication pre-shared-key *****
 ikev2 local-authentication pre-shared-key *****
asa-dc1#
'''), None, "Cisco ASA show running-config (pre-shared keys masked)")

add("fortigate/decoy-enc", "network/fortigate/fgt-branch-vpn.conf", fill('''
config vpn ipsec phase1-interface
    edit "to-hq"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 198.51.100.10
        set psksecret ENC @@enc@@
    next
end
''', enc=chars(120, B64) + "=="), None, "FortiOS configuration backup (psksecret ENC, encrypted)")

_pw = human_pw()
add("pgpass/postgres", "ops/home/bsa/.pgpass", fill('''
# hostname:port:database:username:password
pg-fraud.internal:5432:casemgmt:bsa_officer:@@pw@@
pg-fraud-replica.internal:5432:casemgmt:bsa_officer:@@pw@@
localhost:5432:*:postgres:*
*:*:*:*:
''', pw=_pw), _pw, "PostgreSQL password file (.pgpass)")

_pw = rand_pw(20)
add("netrc/regreport", "ops/home/regreport/.netrc", fill('''
machine files.hvfcu.local
  login regreport
  password @@pw@@

machine api.verafin-example.com
  login hvfcu-bsa
  password stored-in-vault
''', pw=_pw), _pw, "netrc file format (machine/login/password)")

# ---------------------------------------------------------------- HSM decoys
add("yaml/decoy-kcv", "hsm/key-inventory.yaml", fill('''
# Key inventory (PCI PIN 6-x): names, schemes and check values only. Keys are stored
# encrypted under the LMK; the cryptograms below are useless without the HSM.
keys:
  - name: ZMK-COOP-2025
    type: "000"
    scheme: U
    kcv: @@k1@@
    under_lmk: U@@c1@@
  - name: ZPK-COOP-2025
    type: "001"
    scheme: U
    kcv: @@k2@@
    under_lmk: U@@c2@@
  - name: CVK-DEBIT-01
    type: "402"
    scheme: U
    kcv: @@k3@@
    under_lmk: U@@c3@@
  - name: PVK-DEBIT-01
    type: "002"
    scheme: U
    kcv: @@k4@@
    under_lmk: U@@c4@@
''', k1=upper_hex(6), c1=upper_hex(32), k2=upper_hex(6), c2=upper_hex(32), k3=upper_hex(6), c3=upper_hex(32),
     k4=upper_hex(6), c4=upper_hex(32)), None, "Thales payShield key schemes (U = variant, under LMK) and key check values")

add("python/decoy-test-vector", "hsm/tests/test_pin_block.py", fill('''
"""ISO 9564 format 0 PIN block tests against the well-known development key (never used live)."""
from hsm.pinblock import clear_pin_block, encrypt_pin_block

# test-only double-length key used in every ISO 9564 / payShield example
TEST_ZPK = "0123456789ABCDEFFEDCBA9876543210"
TEST_PAN = "4111111111111111"


def test_clear_pin_block_format_0():
    # 041234FFFFFFFFFF xor 0000111111111111
    assert clear_pin_block("1234", TEST_PAN) == "041225EEEEEEEEEE"


def test_encrypt_round_trip():
    block = encrypt_pin_block("1234", TEST_PAN, TEST_ZPK)
    assert len(block) == 16
    assert block != "041225EEEEEEEEEE"
'''), None, "ISO 9564-1 PIN block format 0; test key from the standard's examples")

add("shell/decoy-test-pin", "scripts/test/init_softhsm.sh", fill('''
#!/usr/bin/env bash
# CI only: an empty SoftHSM token for the hsm-proxy unit tests. The PINs are throwaway test values.
set -euo pipefail
export SOFTHSM2_CONF="$PWD/.softhsm2.conf"
mkdir -p .softhsm/tokens
echo "directories.tokendir = $PWD/.softhsm/tokens" > "$SOFTHSM2_CONF"
softhsm2-util --init-token --free --label ci-test --pin 1234 --so-pin 5678
pkcs11-tool --module /usr/lib/softhsm/libsofthsm2.so --login --pin 1234 \\
  --keygen --key-type DES3:24 --label TEST-ZPK
'''), None, "SoftHSM v2 softhsm2-util --init-token (test token)")

add("ini/decoy-luna-conf", "hsm/luna/Chrystoki.conf", fill('''
Chrystoki2 = {
   LibUNIX64 = /usr/safenet/lunaclient/lib/libCryptoki2_64.so;
}
Luna = {
   DefaultTimeOut = 500000;
   PEDTimeout1 = 100000;
   PEDTimeout2 = 200000;
   KeypairGenTimeOut = 2700000;
   CloningCommandTimeOut = 300000;
}
LunaSA Client = {
   ReceiveTimeout = 20000;
   SSLConfigFile = /usr/safenet/lunaclient/bin/openssl.cnf;
   ClientPrivKeyFile = /usr/safenet/lunaclient/cert/client/cardsvc01Key.pem;
   ClientCertFile = /usr/safenet/lunaclient/cert/client/cardsvc01.pem;
   ServerCAFile = /usr/safenet/lunaclient/cert/server/CAFile.pem;
   ServerName00 = 10.40.14.10;
   ServerPort00 = 1792;
}
'''), None, "Thales Luna client Chrystoki.conf (paths only)")

add("pkcs11/decoy-pin-source", "hsm/openssl/pkcs11-engine.cnf", fill('''
openssl_conf = openssl_init

[openssl_init]
engines = engine_section

[engine_section]
pkcs11 = pkcs11_section

[pkcs11_section]
engine_id = pkcs11
MODULE_PATH = /usr/safenet/lunaclient/lib/libCryptoki2_64.so
# the PIN is read from a root-only file, per RFC 7512 pin-source
# key URI: pkcs11:token=cu-cards-p1;object=coop-mtls;type=private?pin-source=file:/etc/hsm/partition.pin
init = 0
'''), None, "OpenSSL pkcs11 engine configuration; RFC 7512 PKCS#11 URI pin-source")

# ---------------------------------------------------------------- payment files and data (decoys)
def nacha_file(sec: str, company: str, company_id: str, desc: str, entries: List[tuple], credit: bool) -> str:
    """A NACHA file: 94-character records, blocked by 10 (filler lines of 9s)."""
    odfi = "27198754"
    lines = ["101 071000301" + " 2719875431" + "241002" + "0930" + "A094101"
             + "FRB CHICAGO".ljust(23) + "HERITAGE VALLEY FCU".ljust(23) + " " * 8]
    lines[0] = lines[0][:94].ljust(94)
    lines.append(("5" + ("220" if credit else "225") + company.ljust(16)[:16] + " " * 20 + company_id + sec
                  + desc.ljust(10)[:10] + "241003" + "241003" + "   " + "1" + odfi + "0000001").ljust(94))
    entry_hash, total = 0, 0
    for i, (rdfi, account, amount, ident, name) in enumerate(entries, 1):
        tx = "22" if credit else "27"
        entry_hash += int(rdfi[:8])
        total += amount
        lines.append(("6" + tx + rdfi + account.ljust(17) + f"{amount:010d}" + ident.ljust(15) + name.ljust(22)[:22]
                      + "  " + "0" + odfi + f"{i:07d}").ljust(94))
    n = len(entries)
    debit_t, credit_t = (0, total) if credit else (total, 0)
    lines.append(("8" + ("220" if credit else "225") + f"{n:06d}" + f"{entry_hash % 10**10:010d}" + f"{debit_t:012d}"
                  + f"{credit_t:012d}" + company_id + " " * 19 + " " * 6 + odfi + "0000001").ljust(94))
    blocks = -(-(len(lines) + 1) // 10)
    lines.append(("9" + "000001" + f"{blocks:06d}" + f"{n:08d}" + f"{entry_hash % 10**10:010d}" + f"{debit_t:012d}"
                  + f"{credit_t:012d}" + " " * 39).ljust(94))
    while len(lines) % 10:
        lines.append("9" * 94)
    return "\n".join(lines) + "\n"


add("nacha/decoy-payroll-file", "tests/fixtures/ach/ppd_payroll_credits.ach", nacha_file(
    "PPD", "ACME MFG PAYROLL", "1362718491", "PAYROLL", [
        ("07100001" + "3", "4820173301", 184523, "EMP000117", "MARTINEZ JULIA"),
        ("27198754" + "6", "000120034517", 221090, "EMP000118", "PATEL DEV"),
        ("04400003" + "7", "77310045", 97811, "EMP000121", "OWENS KIM"),
        ("27198754" + "6", "000120099812", 153300, "EMP000125", "NGUYEN THANH"),
    ], credit=True), None, "NACHA Operating Rules, ACH file format (file header, batch, entry, control records)")

add("nacha/decoy-loan-debits", "tests/fixtures/ach/ppd_loan_payment_debits.ach", nacha_file(
    "PPD", "HERITAGE VALLEY F", "1271987543", "LOAN PMT", [
        ("11100061" + "4", "33019982", 42517, "LN0081772", "JOHNSON ALEX"),
        ("05300012" + "4", "1002938471", 31950, "LN0081901", "BROWN TAYLOR"),
        ("07100001" + "3", "9910022", 58800, "LN0082004", "GARCIA MARIA"),
    ], credit=False), None, "NACHA Operating Rules, PPD debit entries")

add("iso20022/decoy-pacs008", "tests/fixtures/wires/pacs008_outbound.xml", fill('''
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
  <FIToFICstmrCdtTrf>
    <GrpHdr>
      <MsgId>20241002HVFCU00000417</MsgId>
      <CreDtTm>2024-10-02T14:05:33-05:00</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>FDW</Cd></ClrSys></SttlmInf>
    </GrpHdr>
    <CdtTrfTxInf>
      <PmtId>
        <InstrId>HVFCU-W-000417</InstrId>
        <EndToEndId>MBR4471-CLOSING</EndToEndId>
        <UETR>@@uetr@@</UETR>
      </PmtId>
      <IntrBkSttlmAmt Ccy="USD">248500.00</IntrBkSttlmAmt>
      <IntrBkSttlmDt>2024-10-02</IntrBkSttlmDt>
      <ChrgBr>SLEV</ChrgBr>
      <InstgAgt><FinInstnId><ClrSysMmbId><ClrSysId><Cd>USABA</Cd></ClrSysId><MmbId>271987543</MmbId></ClrSysMmbId></FinInstnId></InstgAgt>
      <InstdAgt><FinInstnId><ClrSysMmbId><ClrSysId><Cd>USABA</Cd></ClrSysId><MmbId>021000021</MmbId></ClrSysMmbId></FinInstnId></InstdAgt>
      <Dbtr><Nm>TEST MEMBER ONE</Nm></Dbtr>
      <DbtrAcct><Id><Othr><Id>1000234567</Id></Othr></Id></DbtrAcct>
      <Cdtr><Nm>EXAMPLE TITLE COMPANY LLC</Nm></Cdtr>
      <CdtrAcct><Id><Othr><Id>998877665544</Id></Othr></Id></CdtrAcct>
      <RmtInf><Ustrd>CLOSING 123 MAIN ST FILE 24-1187</Ustrd></RmtInf>
    </CdtTrfTxInf>
  </FIToFICstmrCdtTrf>
</Document>
''', uetr=uuid_s()), None, "ISO 20022 pacs.008.001.08 (Fedwire Funds ISO 20022 implementation)")

add("fedwire/decoy-faim", "tests/fixtures/wires/fedwire_faim_customer_transfer.txt", fill('''
{1500}30        T
{1510}1000
{1520}20241002HVFCUQ0100000417
{2000}000024850000
{3100}271987543HERITAGE VALLEY
{3400}021000021JPMCHASE
{3600}CTR
{4200}D998877665544*EXAMPLE TITLE COMPANY LLC*
{5000}D1000234567*TEST MEMBER ONE*
{6000}CLOSING 123 MAIN ST FILE 24-1187*
'''), None, "Fedwire Funds Service FAIM format (tags {1500}-{6000})")

add("yaml/decoy-iso8583", "tests/fixtures/iso8583/auth_0100_visa.yaml", fill('''
# Authorization request as received from the switch; test card and values from the Visa test suite.
mti: "0100"
bitmap: "7234054128C28805"
fields:
  2: "4761739001010010"        # Visa test PAN
  3: "000000"
  4: "000000012500"
  7: "1002140533"
  11: "004471"
  14: "2712"
  22: "051"
  35: "4761739001010010=27122011143804400000"
  37: "427614004471"
  41: "ATM00417"
  42: "HVFCU0000000417"
  49: "840"
  52: "@@pb@@"                 # PIN block under the test ZPK
  55: "9F2608@@ac@@9F2701809F10120110A00003220000000000000000000000FF"
expect:
  response_code: "00"
''', pb=upper_hex(16), ac=upper_hex(16)), None, "ISO 8583:1987 authorization request; Visa test cards")

add("csv/decoy-test-cards", "tests/fixtures/cards/test_cards.csv", fill('''
brand,pan,expiry,cvv,pin,notes
visa,4111111111111111,12/27,123,1234,generic test PAN (Luhn valid)
visa,4761739001010010,12/27,201,1234,Visa test suite card
mastercard,5555555555554444,11/28,321,0000,generic test PAN
mastercard,5200828282828210,10/28,456,1111,debit test PAN
discover,6011111111111117,09/29,789,2222,generic test PAN
'''), None, "Public test card numbers (processors' test card lists)")

add("csv/decoy-routing", "reference/fed_ach_participants_subset.csv", fill('''
routing_number,office_code,servicing_frb,record_type,change_date,new_routing,name,city,state
071000301,O,071000301,0,092324,000000000,FEDERAL RESERVE BANK,CHICAGO,IL
271987543,O,071000301,1,031524,000000000,HERITAGE VALLEY FCU,NAPERVILLE,IL
021000021,O,021001208,1,010124,000000000,JPMORGAN CHASE,TAMPA,FL
111000614,O,111000038,1,041223,000000000,JPMORGAN CHASE BANK NA,TAMPA,FL
053000219,O,053000206,1,081523,000000000,WELLS FARGO BANK NA,MINNEAPOLIS,MN
'''), None, "Federal Reserve E-Payments Routing Directory (FedACH participants)")

add("csv/decoy-5300", "regreport/output/5300_schedule_a_2024Q3.csv", fill('''
account_code,description,count,amount
025A,Total amount of loans and leases,18234,412988311.52
025B,Total number of loans and leases,18234,
041B,Delinquent loans 60+ days,211,3918220.10
657,Total shares and deposits,41877,598220114.87
010,Total assets,,702118946.33
997,Net worth,,81932117.40
'''), None, "NCUA Form 5300 Call Report account codes")

add("htpasswd/decoy-hashes", "ops/nginx/.htpasswd", fill('''
# basic auth for the internal ACH dashboard (hashes only)
achops:@@h1@@
cardops:$apr1$@@s2@@$@@h2@@
auditor:{SHA}@@h3@@
regreport:@@h4@@
readonly:@@h5@@
''', h1=bcrypt_hash(), s2=chars(8, ALNUM + "./"), h2=chars(22, ALNUM + "./"), h3=chars(27, B64) + "=",
     h4=bcrypt_hash(), h5=bcrypt_hash()), None, "Apache htpasswd formats (bcrypt, apr1, SHA)")

add("python/decoy-jwt-example", "portal/tests/test_jwt_middleware.py", fill('''
"""The middleware must reject tokens it did not sign, e.g. the sample token from jwt.io."""
import pytest

from portal.auth.middleware import verify_access_token, InvalidToken

# the well-known example token from https://jwt.io (HS256, key "your-256-bit-secret")
JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_rejects_foreign_token():
    with pytest.raises(InvalidToken):
        verify_access_token(JWT_IO_EXAMPLE, issuer="https://login.cardinalcu.org")


def test_rejects_empty():
    with pytest.raises(InvalidToken):
        verify_access_token("", issuer="https://login.cardinalcu.org")
'''), None, "jwt.io debugger example token (public)")

add("requirements/decoy-hashes", "fraud-scoring/requirements.txt", fill('''
# pip-compile --generate-hashes requirements.in
numpy==1.26.4 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
onnxruntime==1.19.2 \\
    --hash=sha256:@@h3@@
requests==2.32.3 \\
    --hash=sha256:@@h4@@ \\
    --hash=sha256:@@h5@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), None, "pip hash-checking mode (--hash=sha256:)")

add("vault-template/decoy-template", "ops/vault/templates/symx.env.ctmpl", fill('''
{{- with secret "kv/data/core/symxchange" -}}
SYMX_DEVICE_NUMBER={{ .Data.data.device_number }}
SYMX_DEVICE_TYPE={{ .Data.data.device_type }}
SYMX_ADMIN_PASSWORD={{ .Data.data.admin_password }}
{{- end }}
{{ with secret "database/creds/hb-api" -}}
DB_USER={{ .Data.username }}
DB_PASSWORD={{ .Data.password }}
{{- end }}
'''), None, "Vault Agent templates (consul-template syntax)")
